module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_biquad_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_biquad_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @biquad_fwd(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %out_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_biquad_fwd : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_biquad_fwd : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v25 = arith.constant 0 : i64
      %v26 = arith.muli %size_L, %size_D : i64
      %v39 = arith.constant 2 : i64
      %v40 = arith.constant 128 : i64
      %v46 = arith.constant -1 : i64
      %v48 = arith.constant 3 : i64
      %v49 = arith.constant 192 : i64
      %v59 = arith.constant 0x00000000 : f32
      %v67 = arith.constant 32 : i64
      %v77 = arith.constant 33 : i64
      %v94 = arith.constant 4 : i64
      %v107 = arith.constant 6 : i64
      %v120 = arith.constant 8 : i64
      %v133 = arith.constant 10 : i64
      %v146 = arith.constant 12 : i64
      %v159 = arith.constant 14 : i64
      %v172 = arith.constant 16 : i64
      %v185 = arith.constant 18 : i64
      %v198 = arith.constant 20 : i64
      %v211 = arith.constant 22 : i64
      %v224 = arith.constant 24 : i64
      %v237 = arith.constant 26 : i64
      %v250 = arith.constant 28 : i64
      %v263 = arith.constant 30 : i64
      %v288 = arith.constant 34 : i64
      %v301 = arith.constant 36 : i64
      %v314 = arith.constant 38 : i64
      %v327 = arith.constant 40 : i64
      %v340 = arith.constant 42 : i64
      %v353 = arith.constant 44 : i64
      %v366 = arith.constant 46 : i64
      %v379 = arith.constant 48 : i64
      %v392 = arith.constant 50 : i64
      %v405 = arith.constant 52 : i64
      %v418 = arith.constant 54 : i64
      %v431 = arith.constant 56 : i64
      %v444 = arith.constant 58 : i64
      %v457 = arith.constant 60 : i64
      %v470 = arith.constant 62 : i64
      %v1424 = arith.muli %size_B, %size_D : i64
      %v1433 = arith.muli %size_B, %size_D : i64
      %v2764 = arith.constant 0x40000000 : f32
      %v2770 = arith.constant 0x3F800000 : f32
      %v2772 = arith.constant 0x3FB8AA3B : f32
      %v2783 = arith.constant 0x3E22F983 : f32
      %v2786 = arith.constant 0x40C90000 : f32
      %v2787 = arith.constant 0x3AFDAA22 : f32
      %v2846 = arith.constant 320 : i64
      %v2853 = arith.constant 384 : i64
      %v2860 = arith.constant 448 : i64
      %v2867 = arith.constant 512 : i64
      %v2874 = arith.constant 576 : i64
      %v2881 = arith.constant 640 : i64
      %v2888 = arith.constant 704 : i64
      %v2895 = arith.constant 768 : i64
      %v2902 = arith.constant 832 : i64
      %v2909 = arith.constant 896 : i64
      %v2916 = arith.constant 960 : i64
      %v2923 = arith.constant 1024 : i64
      %v2930 = arith.constant 1088 : i64
      %v2937 = arith.constant 1152 : i64
      %v2944 = arith.constant 1216 : i64
      %v2951 = arith.constant 1280 : i64
      %v2958 = arith.constant 1344 : i64
      %v2965 = arith.constant 1408 : i64
      %v2972 = arith.constant 1472 : i64
      %v2979 = arith.constant 1536 : i64
      %v2986 = arith.constant 1600 : i64
      %v2993 = arith.constant 1664 : i64
      %v3000 = arith.constant 1728 : i64
      %v3007 = arith.constant 1792 : i64
      %v3014 = arith.constant 1856 : i64
      %v3021 = arith.constant 1920 : i64
      %v3028 = arith.constant 1984 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.muli %v14, %v15 : i64
      %v17 = arith.addi %v16, %v13 : i64
      %v18 = arith.cmpi slt, %v17, %v2 : i64
      %v19 = arith.subi %v2, %v1 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_D : i64
      %v22 = arith.divui %v20, %size_D : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v27 = arith.muli %v23, %v26 : i64
      %v28 = arith.muli %v21, %size_L : i64
      %v29 = arith.addi %v27, %v28 : i64
      %v30 = llvm.getelementptr %v5[%v13] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v29, %v30 : i64, !llvm.ptr<3>
      %v31 = arith.muli %v23, %v26 : i64
      %v32 = arith.muli %v21, %size_L : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = arith.addi %v15, %v13 : i64
      %v35 = llvm.getelementptr %v5[%v34] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v33, %v35 : i64, !llvm.ptr<3>
      %v36 = arith.muli %v23, %v26 : i64
      %v37 = arith.muli %v21, %size_L : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v41 = arith.addi %v40, %v13 : i64
      %v42 = llvm.getelementptr %v5[%v41] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v42 : i64, !llvm.ptr<3>
      %v43 = arith.muli %v23, %v26 : i64
      %v44 = arith.muli %v21, %size_L : i64
      %v45 = arith.addi %v43, %v44 : i64
      %v47 = arith.select %v18, %v45, %v46 : i64
      %v50 = arith.addi %v49, %v13 : i64
      %v51 = llvm.getelementptr %v5[%v50] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v47, %v51 : i64, !llvm.ptr<3>
      gpu.barrier
      %v52 = arith.muli %v23, %size_D : i64
      %v53 = arith.addi %v52, %v21 : i64
      %v54 = llvm.mlir.zero : !llvm.ptr
      %v55 = llvm.icmp "ne" %in_h0, %v54 : !llvm.ptr
      %v56 = scf.if %v55 -> (f32) {
        %v57 = llvm.getelementptr %in_h0[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v58 = llvm.load %v57 : !llvm.ptr -> f32
        scf.yield %v58 : f32
      } else {
        scf.yield %v59 : f32
      }
      llvm.store %v56, %v3 : f32, !llvm.ptr
      %v60 = arith.muli %v23, %size_D : i64
      %v61 = arith.addi %v60, %v21 : i64
      %v62 = llvm.mlir.zero : !llvm.ptr
      %v63 = llvm.icmp "ne" %in_hp0, %v62 : !llvm.ptr
      %v64 = scf.if %v63 -> (f32) {
        %v65 = llvm.getelementptr %in_hp0[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v66 = llvm.load %v65 : !llvm.ptr -> f32
        scf.yield %v66 : f32
      } else {
        scf.yield %v59 : f32
      }
      llvm.store %v64, %v4 : f32, !llvm.ptr
      // staged load of `x`'s first tile: read, then shared memory
      %v68 = arith.divui %v13, %v67 : i64
      %v69 = arith.remui %v13, %v67 : i64
      %v70 = arith.constant true
      %v71 = llvm.getelementptr %v5[%v68] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v72 = llvm.load %v71 : !llvm.ptr<3> -> i64
      %v73 = arith.cmpi slt, %v69, %size_L : i64
      %v74 = arith.subi %size_L, %v1 : i64
      %v75 = arith.minsi %v69, %v74 : i64
      %v76 = arith.addi %v72, %v75 : i64
      %v78 = arith.muli %v68, %v77 : i64
      %v79 = arith.addi %v78, %v69 : i64
      %v80 = llvm.getelementptr %in_x[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      %v82 = arith.addi %v68, %v39 : i64
      %v83 = arith.constant true
      %v84 = llvm.getelementptr %v5[%v82] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v85 = llvm.load %v84 : !llvm.ptr<3> -> i64
      %v86 = arith.cmpi slt, %v69, %size_L : i64
      %v87 = arith.subi %size_L, %v1 : i64
      %v88 = arith.minsi %v69, %v87 : i64
      %v89 = arith.addi %v85, %v88 : i64
      %v90 = arith.muli %v82, %v77 : i64
      %v91 = arith.addi %v90, %v69 : i64
      %v92 = llvm.getelementptr %in_x[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v93 = llvm.load %v92 : !llvm.ptr -> f32
      %v95 = arith.addi %v68, %v94 : i64
      %v96 = arith.constant true
      %v97 = llvm.getelementptr %v5[%v95] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v98 = llvm.load %v97 : !llvm.ptr<3> -> i64
      %v99 = arith.cmpi slt, %v69, %size_L : i64
      %v100 = arith.subi %size_L, %v1 : i64
      %v101 = arith.minsi %v69, %v100 : i64
      %v102 = arith.addi %v98, %v101 : i64
      %v103 = arith.muli %v95, %v77 : i64
      %v104 = arith.addi %v103, %v69 : i64
      %v105 = llvm.getelementptr %in_x[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v106 = llvm.load %v105 : !llvm.ptr -> f32
      %v108 = arith.addi %v68, %v107 : i64
      %v109 = arith.constant true
      %v110 = llvm.getelementptr %v5[%v108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v111 = llvm.load %v110 : !llvm.ptr<3> -> i64
      %v112 = arith.cmpi slt, %v69, %size_L : i64
      %v113 = arith.subi %size_L, %v1 : i64
      %v114 = arith.minsi %v69, %v113 : i64
      %v115 = arith.addi %v111, %v114 : i64
      %v116 = arith.muli %v108, %v77 : i64
      %v117 = arith.addi %v116, %v69 : i64
      %v118 = llvm.getelementptr %in_x[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v119 = llvm.load %v118 : !llvm.ptr -> f32
      %v121 = arith.addi %v68, %v120 : i64
      %v122 = arith.constant true
      %v123 = llvm.getelementptr %v5[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v124 = llvm.load %v123 : !llvm.ptr<3> -> i64
      %v125 = arith.cmpi slt, %v69, %size_L : i64
      %v126 = arith.subi %size_L, %v1 : i64
      %v127 = arith.minsi %v69, %v126 : i64
      %v128 = arith.addi %v124, %v127 : i64
      %v129 = arith.muli %v121, %v77 : i64
      %v130 = arith.addi %v129, %v69 : i64
      %v131 = llvm.getelementptr %in_x[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v132 = llvm.load %v131 : !llvm.ptr -> f32
      %v134 = arith.addi %v68, %v133 : i64
      %v135 = arith.constant true
      %v136 = llvm.getelementptr %v5[%v134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v137 = llvm.load %v136 : !llvm.ptr<3> -> i64
      %v138 = arith.cmpi slt, %v69, %size_L : i64
      %v139 = arith.subi %size_L, %v1 : i64
      %v140 = arith.minsi %v69, %v139 : i64
      %v141 = arith.addi %v137, %v140 : i64
      %v142 = arith.muli %v134, %v77 : i64
      %v143 = arith.addi %v142, %v69 : i64
      %v144 = llvm.getelementptr %in_x[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v145 = llvm.load %v144 : !llvm.ptr -> f32
      %v147 = arith.addi %v68, %v146 : i64
      %v148 = arith.constant true
      %v149 = llvm.getelementptr %v5[%v147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v150 = llvm.load %v149 : !llvm.ptr<3> -> i64
      %v151 = arith.cmpi slt, %v69, %size_L : i64
      %v152 = arith.subi %size_L, %v1 : i64
      %v153 = arith.minsi %v69, %v152 : i64
      %v154 = arith.addi %v150, %v153 : i64
      %v155 = arith.muli %v147, %v77 : i64
      %v156 = arith.addi %v155, %v69 : i64
      %v157 = llvm.getelementptr %in_x[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v158 = llvm.load %v157 : !llvm.ptr -> f32
      %v160 = arith.addi %v68, %v159 : i64
      %v161 = arith.constant true
      %v162 = llvm.getelementptr %v5[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v163 = llvm.load %v162 : !llvm.ptr<3> -> i64
      %v164 = arith.cmpi slt, %v69, %size_L : i64
      %v165 = arith.subi %size_L, %v1 : i64
      %v166 = arith.minsi %v69, %v165 : i64
      %v167 = arith.addi %v163, %v166 : i64
      %v168 = arith.muli %v160, %v77 : i64
      %v169 = arith.addi %v168, %v69 : i64
      %v170 = llvm.getelementptr %in_x[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v173 = arith.addi %v68, %v172 : i64
      %v174 = arith.constant true
      %v175 = llvm.getelementptr %v5[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v176 = llvm.load %v175 : !llvm.ptr<3> -> i64
      %v177 = arith.cmpi slt, %v69, %size_L : i64
      %v178 = arith.subi %size_L, %v1 : i64
      %v179 = arith.minsi %v69, %v178 : i64
      %v180 = arith.addi %v176, %v179 : i64
      %v181 = arith.muli %v173, %v77 : i64
      %v182 = arith.addi %v181, %v69 : i64
      %v183 = llvm.getelementptr %in_x[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v186 = arith.addi %v68, %v185 : i64
      %v187 = arith.constant true
      %v188 = llvm.getelementptr %v5[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v189 = llvm.load %v188 : !llvm.ptr<3> -> i64
      %v190 = arith.cmpi slt, %v69, %size_L : i64
      %v191 = arith.subi %size_L, %v1 : i64
      %v192 = arith.minsi %v69, %v191 : i64
      %v193 = arith.addi %v189, %v192 : i64
      %v194 = arith.muli %v186, %v77 : i64
      %v195 = arith.addi %v194, %v69 : i64
      %v196 = llvm.getelementptr %in_x[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v197 = llvm.load %v196 : !llvm.ptr -> f32
      %v199 = arith.addi %v68, %v198 : i64
      %v200 = arith.constant true
      %v201 = llvm.getelementptr %v5[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v202 = llvm.load %v201 : !llvm.ptr<3> -> i64
      %v203 = arith.cmpi slt, %v69, %size_L : i64
      %v204 = arith.subi %size_L, %v1 : i64
      %v205 = arith.minsi %v69, %v204 : i64
      %v206 = arith.addi %v202, %v205 : i64
      %v207 = arith.muli %v199, %v77 : i64
      %v208 = arith.addi %v207, %v69 : i64
      %v209 = llvm.getelementptr %in_x[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v210 = llvm.load %v209 : !llvm.ptr -> f32
      %v212 = arith.addi %v68, %v211 : i64
      %v213 = arith.constant true
      %v214 = llvm.getelementptr %v5[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v215 = llvm.load %v214 : !llvm.ptr<3> -> i64
      %v216 = arith.cmpi slt, %v69, %size_L : i64
      %v217 = arith.subi %size_L, %v1 : i64
      %v218 = arith.minsi %v69, %v217 : i64
      %v219 = arith.addi %v215, %v218 : i64
      %v220 = arith.muli %v212, %v77 : i64
      %v221 = arith.addi %v220, %v69 : i64
      %v222 = llvm.getelementptr %in_x[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v223 = llvm.load %v222 : !llvm.ptr -> f32
      %v225 = arith.addi %v68, %v224 : i64
      %v226 = arith.constant true
      %v227 = llvm.getelementptr %v5[%v225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v228 = llvm.load %v227 : !llvm.ptr<3> -> i64
      %v229 = arith.cmpi slt, %v69, %size_L : i64
      %v230 = arith.subi %size_L, %v1 : i64
      %v231 = arith.minsi %v69, %v230 : i64
      %v232 = arith.addi %v228, %v231 : i64
      %v233 = arith.muli %v225, %v77 : i64
      %v234 = arith.addi %v233, %v69 : i64
      %v235 = llvm.getelementptr %in_x[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v236 = llvm.load %v235 : !llvm.ptr -> f32
      %v238 = arith.addi %v68, %v237 : i64
      %v239 = arith.constant true
      %v240 = llvm.getelementptr %v5[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v241 = llvm.load %v240 : !llvm.ptr<3> -> i64
      %v242 = arith.cmpi slt, %v69, %size_L : i64
      %v243 = arith.subi %size_L, %v1 : i64
      %v244 = arith.minsi %v69, %v243 : i64
      %v245 = arith.addi %v241, %v244 : i64
      %v246 = arith.muli %v238, %v77 : i64
      %v247 = arith.addi %v246, %v69 : i64
      %v248 = llvm.getelementptr %in_x[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v249 = llvm.load %v248 : !llvm.ptr -> f32
      %v251 = arith.addi %v68, %v250 : i64
      %v252 = arith.constant true
      %v253 = llvm.getelementptr %v5[%v251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v254 = llvm.load %v253 : !llvm.ptr<3> -> i64
      %v255 = arith.cmpi slt, %v69, %size_L : i64
      %v256 = arith.subi %size_L, %v1 : i64
      %v257 = arith.minsi %v69, %v256 : i64
      %v258 = arith.addi %v254, %v257 : i64
      %v259 = arith.muli %v251, %v77 : i64
      %v260 = arith.addi %v259, %v69 : i64
      %v261 = llvm.getelementptr %in_x[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v262 = llvm.load %v261 : !llvm.ptr -> f32
      %v264 = arith.addi %v68, %v263 : i64
      %v265 = arith.constant true
      %v266 = llvm.getelementptr %v5[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v267 = llvm.load %v266 : !llvm.ptr<3> -> i64
      %v268 = arith.cmpi slt, %v69, %size_L : i64
      %v269 = arith.subi %size_L, %v1 : i64
      %v270 = arith.minsi %v69, %v269 : i64
      %v271 = arith.addi %v267, %v270 : i64
      %v272 = arith.muli %v264, %v77 : i64
      %v273 = arith.addi %v272, %v69 : i64
      %v274 = llvm.getelementptr %in_x[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v275 = llvm.load %v274 : !llvm.ptr -> f32
      %v276 = arith.addi %v68, %v67 : i64
      %v277 = arith.constant true
      %v278 = llvm.getelementptr %v5[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v279 = llvm.load %v278 : !llvm.ptr<3> -> i64
      %v280 = arith.cmpi slt, %v69, %size_L : i64
      %v281 = arith.subi %size_L, %v1 : i64
      %v282 = arith.minsi %v69, %v281 : i64
      %v283 = arith.addi %v279, %v282 : i64
      %v284 = arith.muli %v276, %v77 : i64
      %v285 = arith.addi %v284, %v69 : i64
      %v286 = llvm.getelementptr %in_x[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v287 = llvm.load %v286 : !llvm.ptr -> f32
      %v289 = arith.addi %v68, %v288 : i64
      %v290 = arith.constant true
      %v291 = llvm.getelementptr %v5[%v289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v292 = llvm.load %v291 : !llvm.ptr<3> -> i64
      %v293 = arith.cmpi slt, %v69, %size_L : i64
      %v294 = arith.subi %size_L, %v1 : i64
      %v295 = arith.minsi %v69, %v294 : i64
      %v296 = arith.addi %v292, %v295 : i64
      %v297 = arith.muli %v289, %v77 : i64
      %v298 = arith.addi %v297, %v69 : i64
      %v299 = llvm.getelementptr %in_x[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v300 = llvm.load %v299 : !llvm.ptr -> f32
      %v302 = arith.addi %v68, %v301 : i64
      %v303 = arith.constant true
      %v304 = llvm.getelementptr %v5[%v302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v305 = llvm.load %v304 : !llvm.ptr<3> -> i64
      %v306 = arith.cmpi slt, %v69, %size_L : i64
      %v307 = arith.subi %size_L, %v1 : i64
      %v308 = arith.minsi %v69, %v307 : i64
      %v309 = arith.addi %v305, %v308 : i64
      %v310 = arith.muli %v302, %v77 : i64
      %v311 = arith.addi %v310, %v69 : i64
      %v312 = llvm.getelementptr %in_x[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v313 = llvm.load %v312 : !llvm.ptr -> f32
      %v315 = arith.addi %v68, %v314 : i64
      %v316 = arith.constant true
      %v317 = llvm.getelementptr %v5[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v318 = llvm.load %v317 : !llvm.ptr<3> -> i64
      %v319 = arith.cmpi slt, %v69, %size_L : i64
      %v320 = arith.subi %size_L, %v1 : i64
      %v321 = arith.minsi %v69, %v320 : i64
      %v322 = arith.addi %v318, %v321 : i64
      %v323 = arith.muli %v315, %v77 : i64
      %v324 = arith.addi %v323, %v69 : i64
      %v325 = llvm.getelementptr %in_x[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v326 = llvm.load %v325 : !llvm.ptr -> f32
      %v328 = arith.addi %v68, %v327 : i64
      %v329 = arith.constant true
      %v330 = llvm.getelementptr %v5[%v328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v331 = llvm.load %v330 : !llvm.ptr<3> -> i64
      %v332 = arith.cmpi slt, %v69, %size_L : i64
      %v333 = arith.subi %size_L, %v1 : i64
      %v334 = arith.minsi %v69, %v333 : i64
      %v335 = arith.addi %v331, %v334 : i64
      %v336 = arith.muli %v328, %v77 : i64
      %v337 = arith.addi %v336, %v69 : i64
      %v338 = llvm.getelementptr %in_x[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v339 = llvm.load %v338 : !llvm.ptr -> f32
      %v341 = arith.addi %v68, %v340 : i64
      %v342 = arith.constant true
      %v343 = llvm.getelementptr %v5[%v341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v344 = llvm.load %v343 : !llvm.ptr<3> -> i64
      %v345 = arith.cmpi slt, %v69, %size_L : i64
      %v346 = arith.subi %size_L, %v1 : i64
      %v347 = arith.minsi %v69, %v346 : i64
      %v348 = arith.addi %v344, %v347 : i64
      %v349 = arith.muli %v341, %v77 : i64
      %v350 = arith.addi %v349, %v69 : i64
      %v351 = llvm.getelementptr %in_x[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v352 = llvm.load %v351 : !llvm.ptr -> f32
      %v354 = arith.addi %v68, %v353 : i64
      %v355 = arith.constant true
      %v356 = llvm.getelementptr %v5[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v357 = llvm.load %v356 : !llvm.ptr<3> -> i64
      %v358 = arith.cmpi slt, %v69, %size_L : i64
      %v359 = arith.subi %size_L, %v1 : i64
      %v360 = arith.minsi %v69, %v359 : i64
      %v361 = arith.addi %v357, %v360 : i64
      %v362 = arith.muli %v354, %v77 : i64
      %v363 = arith.addi %v362, %v69 : i64
      %v364 = llvm.getelementptr %in_x[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = llvm.load %v364 : !llvm.ptr -> f32
      %v367 = arith.addi %v68, %v366 : i64
      %v368 = arith.constant true
      %v369 = llvm.getelementptr %v5[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v370 = llvm.load %v369 : !llvm.ptr<3> -> i64
      %v371 = arith.cmpi slt, %v69, %size_L : i64
      %v372 = arith.subi %size_L, %v1 : i64
      %v373 = arith.minsi %v69, %v372 : i64
      %v374 = arith.addi %v370, %v373 : i64
      %v375 = arith.muli %v367, %v77 : i64
      %v376 = arith.addi %v375, %v69 : i64
      %v377 = llvm.getelementptr %in_x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v68, %v379 : i64
      %v381 = arith.constant true
      %v382 = llvm.getelementptr %v5[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v383 = llvm.load %v382 : !llvm.ptr<3> -> i64
      %v384 = arith.cmpi slt, %v69, %size_L : i64
      %v385 = arith.subi %size_L, %v1 : i64
      %v386 = arith.minsi %v69, %v385 : i64
      %v387 = arith.addi %v383, %v386 : i64
      %v388 = arith.muli %v380, %v77 : i64
      %v389 = arith.addi %v388, %v69 : i64
      %v390 = llvm.getelementptr %in_x[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v391 = llvm.load %v390 : !llvm.ptr -> f32
      %v393 = arith.addi %v68, %v392 : i64
      %v394 = arith.constant true
      %v395 = llvm.getelementptr %v5[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v396 = llvm.load %v395 : !llvm.ptr<3> -> i64
      %v397 = arith.cmpi slt, %v69, %size_L : i64
      %v398 = arith.subi %size_L, %v1 : i64
      %v399 = arith.minsi %v69, %v398 : i64
      %v400 = arith.addi %v396, %v399 : i64
      %v401 = arith.muli %v393, %v77 : i64
      %v402 = arith.addi %v401, %v69 : i64
      %v403 = llvm.getelementptr %in_x[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v404 = llvm.load %v403 : !llvm.ptr -> f32
      %v406 = arith.addi %v68, %v405 : i64
      %v407 = arith.constant true
      %v408 = llvm.getelementptr %v5[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v409 = llvm.load %v408 : !llvm.ptr<3> -> i64
      %v410 = arith.cmpi slt, %v69, %size_L : i64
      %v411 = arith.subi %size_L, %v1 : i64
      %v412 = arith.minsi %v69, %v411 : i64
      %v413 = arith.addi %v409, %v412 : i64
      %v414 = arith.muli %v406, %v77 : i64
      %v415 = arith.addi %v414, %v69 : i64
      %v416 = llvm.getelementptr %in_x[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v417 = llvm.load %v416 : !llvm.ptr -> f32
      %v419 = arith.addi %v68, %v418 : i64
      %v420 = arith.constant true
      %v421 = llvm.getelementptr %v5[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v422 = llvm.load %v421 : !llvm.ptr<3> -> i64
      %v423 = arith.cmpi slt, %v69, %size_L : i64
      %v424 = arith.subi %size_L, %v1 : i64
      %v425 = arith.minsi %v69, %v424 : i64
      %v426 = arith.addi %v422, %v425 : i64
      %v427 = arith.muli %v419, %v77 : i64
      %v428 = arith.addi %v427, %v69 : i64
      %v429 = llvm.getelementptr %in_x[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v430 = llvm.load %v429 : !llvm.ptr -> f32
      %v432 = arith.addi %v68, %v431 : i64
      %v433 = arith.constant true
      %v434 = llvm.getelementptr %v5[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v435 = llvm.load %v434 : !llvm.ptr<3> -> i64
      %v436 = arith.cmpi slt, %v69, %size_L : i64
      %v437 = arith.subi %size_L, %v1 : i64
      %v438 = arith.minsi %v69, %v437 : i64
      %v439 = arith.addi %v435, %v438 : i64
      %v440 = arith.muli %v432, %v77 : i64
      %v441 = arith.addi %v440, %v69 : i64
      %v442 = llvm.getelementptr %in_x[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v443 = llvm.load %v442 : !llvm.ptr -> f32
      %v445 = arith.addi %v68, %v444 : i64
      %v446 = arith.constant true
      %v447 = llvm.getelementptr %v5[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v448 = llvm.load %v447 : !llvm.ptr<3> -> i64
      %v449 = arith.cmpi slt, %v69, %size_L : i64
      %v450 = arith.subi %size_L, %v1 : i64
      %v451 = arith.minsi %v69, %v450 : i64
      %v452 = arith.addi %v448, %v451 : i64
      %v453 = arith.muli %v445, %v77 : i64
      %v454 = arith.addi %v453, %v69 : i64
      %v455 = llvm.getelementptr %in_x[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v456 = llvm.load %v455 : !llvm.ptr -> f32
      %v458 = arith.addi %v68, %v457 : i64
      %v459 = arith.constant true
      %v460 = llvm.getelementptr %v5[%v458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v461 = llvm.load %v460 : !llvm.ptr<3> -> i64
      %v462 = arith.cmpi slt, %v69, %size_L : i64
      %v463 = arith.subi %size_L, %v1 : i64
      %v464 = arith.minsi %v69, %v463 : i64
      %v465 = arith.addi %v461, %v464 : i64
      %v466 = arith.muli %v458, %v77 : i64
      %v467 = arith.addi %v466, %v69 : i64
      %v468 = llvm.getelementptr %in_x[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v469 = llvm.load %v468 : !llvm.ptr -> f32
      %v471 = arith.addi %v68, %v470 : i64
      %v472 = arith.constant true
      %v473 = llvm.getelementptr %v5[%v471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v474 = llvm.load %v473 : !llvm.ptr<3> -> i64
      %v475 = arith.cmpi slt, %v69, %size_L : i64
      %v476 = arith.subi %size_L, %v1 : i64
      %v477 = arith.minsi %v69, %v476 : i64
      %v478 = arith.addi %v474, %v477 : i64
      %v479 = arith.muli %v471, %v77 : i64
      %v480 = arith.addi %v479, %v69 : i64
      %v481 = llvm.getelementptr %in_x[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v482 = llvm.load %v481 : !llvm.ptr -> f32
      scf.if %v70 {
        %v483 = llvm.getelementptr %v6[%v79] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v81, %v483 : f32, !llvm.ptr<3>
      }
      scf.if %v83 {
        %v484 = llvm.getelementptr %v6[%v91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v93, %v484 : f32, !llvm.ptr<3>
      }
      scf.if %v96 {
        %v485 = llvm.getelementptr %v6[%v104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v106, %v485 : f32, !llvm.ptr<3>
      }
      scf.if %v109 {
        %v486 = llvm.getelementptr %v6[%v117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v119, %v486 : f32, !llvm.ptr<3>
      }
      scf.if %v122 {
        %v487 = llvm.getelementptr %v6[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v132, %v487 : f32, !llvm.ptr<3>
      }
      scf.if %v135 {
        %v488 = llvm.getelementptr %v6[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v145, %v488 : f32, !llvm.ptr<3>
      }
      scf.if %v148 {
        %v489 = llvm.getelementptr %v6[%v156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v158, %v489 : f32, !llvm.ptr<3>
      }
      scf.if %v161 {
        %v490 = llvm.getelementptr %v6[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v171, %v490 : f32, !llvm.ptr<3>
      }
      scf.if %v174 {
        %v491 = llvm.getelementptr %v6[%v182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v184, %v491 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v492 = llvm.getelementptr %v6[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v197, %v492 : f32, !llvm.ptr<3>
      }
      scf.if %v200 {
        %v493 = llvm.getelementptr %v6[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v210, %v493 : f32, !llvm.ptr<3>
      }
      scf.if %v213 {
        %v494 = llvm.getelementptr %v6[%v221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v223, %v494 : f32, !llvm.ptr<3>
      }
      scf.if %v226 {
        %v495 = llvm.getelementptr %v6[%v234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v236, %v495 : f32, !llvm.ptr<3>
      }
      scf.if %v239 {
        %v496 = llvm.getelementptr %v6[%v247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v249, %v496 : f32, !llvm.ptr<3>
      }
      scf.if %v252 {
        %v497 = llvm.getelementptr %v6[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v262, %v497 : f32, !llvm.ptr<3>
      }
      scf.if %v265 {
        %v498 = llvm.getelementptr %v6[%v273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v275, %v498 : f32, !llvm.ptr<3>
      }
      scf.if %v277 {
        %v499 = llvm.getelementptr %v6[%v285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v287, %v499 : f32, !llvm.ptr<3>
      }
      scf.if %v290 {
        %v500 = llvm.getelementptr %v6[%v298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v300, %v500 : f32, !llvm.ptr<3>
      }
      scf.if %v303 {
        %v501 = llvm.getelementptr %v6[%v311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v313, %v501 : f32, !llvm.ptr<3>
      }
      scf.if %v316 {
        %v502 = llvm.getelementptr %v6[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v326, %v502 : f32, !llvm.ptr<3>
      }
      scf.if %v329 {
        %v503 = llvm.getelementptr %v6[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v339, %v503 : f32, !llvm.ptr<3>
      }
      scf.if %v342 {
        %v504 = llvm.getelementptr %v6[%v350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v352, %v504 : f32, !llvm.ptr<3>
      }
      scf.if %v355 {
        %v505 = llvm.getelementptr %v6[%v363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v365, %v505 : f32, !llvm.ptr<3>
      }
      scf.if %v368 {
        %v506 = llvm.getelementptr %v6[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v506 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v507 = llvm.getelementptr %v6[%v389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v391, %v507 : f32, !llvm.ptr<3>
      }
      scf.if %v394 {
        %v508 = llvm.getelementptr %v6[%v402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v404, %v508 : f32, !llvm.ptr<3>
      }
      scf.if %v407 {
        %v509 = llvm.getelementptr %v6[%v415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v417, %v509 : f32, !llvm.ptr<3>
      }
      scf.if %v420 {
        %v510 = llvm.getelementptr %v6[%v428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v430, %v510 : f32, !llvm.ptr<3>
      }
      scf.if %v433 {
        %v511 = llvm.getelementptr %v6[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v443, %v511 : f32, !llvm.ptr<3>
      }
      scf.if %v446 {
        %v512 = llvm.getelementptr %v6[%v454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v456, %v512 : f32, !llvm.ptr<3>
      }
      scf.if %v459 {
        %v513 = llvm.getelementptr %v6[%v467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v469, %v513 : f32, !llvm.ptr<3>
      }
      scf.if %v472 {
        %v514 = llvm.getelementptr %v6[%v480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v482, %v514 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      // staged load of `rho`'s first tile: read, then shared memory
      %v515 = arith.divui %v13, %v67 : i64
      %v516 = arith.remui %v13, %v67 : i64
      %v517 = arith.constant true
      %v518 = arith.addi %v15, %v515 : i64
      %v519 = llvm.getelementptr %v5[%v518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v520 = llvm.load %v519 : !llvm.ptr<3> -> i64
      %v521 = arith.cmpi slt, %v516, %size_L : i64
      %v522 = arith.subi %size_L, %v1 : i64
      %v523 = arith.minsi %v516, %v522 : i64
      %v524 = arith.addi %v520, %v523 : i64
      %v525 = arith.muli %v518, %v77 : i64
      %v526 = arith.addi %v525, %v516 : i64
      %v527 = llvm.getelementptr %in_rho[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v528 = llvm.load %v527 : !llvm.ptr -> f32
      %v529 = arith.addi %v515, %v39 : i64
      %v530 = arith.constant true
      %v531 = arith.addi %v15, %v529 : i64
      %v532 = llvm.getelementptr %v5[%v531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v533 = llvm.load %v532 : !llvm.ptr<3> -> i64
      %v534 = arith.cmpi slt, %v516, %size_L : i64
      %v535 = arith.subi %size_L, %v1 : i64
      %v536 = arith.minsi %v516, %v535 : i64
      %v537 = arith.addi %v533, %v536 : i64
      %v538 = arith.muli %v531, %v77 : i64
      %v539 = arith.addi %v538, %v516 : i64
      %v540 = llvm.getelementptr %in_rho[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v541 = llvm.load %v540 : !llvm.ptr -> f32
      %v542 = arith.addi %v515, %v94 : i64
      %v543 = arith.constant true
      %v544 = arith.addi %v15, %v542 : i64
      %v545 = llvm.getelementptr %v5[%v544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v546 = llvm.load %v545 : !llvm.ptr<3> -> i64
      %v547 = arith.cmpi slt, %v516, %size_L : i64
      %v548 = arith.subi %size_L, %v1 : i64
      %v549 = arith.minsi %v516, %v548 : i64
      %v550 = arith.addi %v546, %v549 : i64
      %v551 = arith.muli %v544, %v77 : i64
      %v552 = arith.addi %v551, %v516 : i64
      %v553 = llvm.getelementptr %in_rho[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v554 = llvm.load %v553 : !llvm.ptr -> f32
      %v555 = arith.addi %v515, %v107 : i64
      %v556 = arith.constant true
      %v557 = arith.addi %v15, %v555 : i64
      %v558 = llvm.getelementptr %v5[%v557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v559 = llvm.load %v558 : !llvm.ptr<3> -> i64
      %v560 = arith.cmpi slt, %v516, %size_L : i64
      %v561 = arith.subi %size_L, %v1 : i64
      %v562 = arith.minsi %v516, %v561 : i64
      %v563 = arith.addi %v559, %v562 : i64
      %v564 = arith.muli %v557, %v77 : i64
      %v565 = arith.addi %v564, %v516 : i64
      %v566 = llvm.getelementptr %in_rho[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v567 = llvm.load %v566 : !llvm.ptr -> f32
      %v568 = arith.addi %v515, %v120 : i64
      %v569 = arith.constant true
      %v570 = arith.addi %v15, %v568 : i64
      %v571 = llvm.getelementptr %v5[%v570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v572 = llvm.load %v571 : !llvm.ptr<3> -> i64
      %v573 = arith.cmpi slt, %v516, %size_L : i64
      %v574 = arith.subi %size_L, %v1 : i64
      %v575 = arith.minsi %v516, %v574 : i64
      %v576 = arith.addi %v572, %v575 : i64
      %v577 = arith.muli %v570, %v77 : i64
      %v578 = arith.addi %v577, %v516 : i64
      %v579 = llvm.getelementptr %in_rho[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v580 = llvm.load %v579 : !llvm.ptr -> f32
      %v581 = arith.addi %v515, %v133 : i64
      %v582 = arith.constant true
      %v583 = arith.addi %v15, %v581 : i64
      %v584 = llvm.getelementptr %v5[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v585 = llvm.load %v584 : !llvm.ptr<3> -> i64
      %v586 = arith.cmpi slt, %v516, %size_L : i64
      %v587 = arith.subi %size_L, %v1 : i64
      %v588 = arith.minsi %v516, %v587 : i64
      %v589 = arith.addi %v585, %v588 : i64
      %v590 = arith.muli %v583, %v77 : i64
      %v591 = arith.addi %v590, %v516 : i64
      %v592 = llvm.getelementptr %in_rho[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v593 = llvm.load %v592 : !llvm.ptr -> f32
      %v594 = arith.addi %v515, %v146 : i64
      %v595 = arith.constant true
      %v596 = arith.addi %v15, %v594 : i64
      %v597 = llvm.getelementptr %v5[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v598 = llvm.load %v597 : !llvm.ptr<3> -> i64
      %v599 = arith.cmpi slt, %v516, %size_L : i64
      %v600 = arith.subi %size_L, %v1 : i64
      %v601 = arith.minsi %v516, %v600 : i64
      %v602 = arith.addi %v598, %v601 : i64
      %v603 = arith.muli %v596, %v77 : i64
      %v604 = arith.addi %v603, %v516 : i64
      %v605 = llvm.getelementptr %in_rho[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v606 = llvm.load %v605 : !llvm.ptr -> f32
      %v607 = arith.addi %v515, %v159 : i64
      %v608 = arith.constant true
      %v609 = arith.addi %v15, %v607 : i64
      %v610 = llvm.getelementptr %v5[%v609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v611 = llvm.load %v610 : !llvm.ptr<3> -> i64
      %v612 = arith.cmpi slt, %v516, %size_L : i64
      %v613 = arith.subi %size_L, %v1 : i64
      %v614 = arith.minsi %v516, %v613 : i64
      %v615 = arith.addi %v611, %v614 : i64
      %v616 = arith.muli %v609, %v77 : i64
      %v617 = arith.addi %v616, %v516 : i64
      %v618 = llvm.getelementptr %in_rho[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v619 = llvm.load %v618 : !llvm.ptr -> f32
      %v620 = arith.addi %v515, %v172 : i64
      %v621 = arith.constant true
      %v622 = arith.addi %v15, %v620 : i64
      %v623 = llvm.getelementptr %v5[%v622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v624 = llvm.load %v623 : !llvm.ptr<3> -> i64
      %v625 = arith.cmpi slt, %v516, %size_L : i64
      %v626 = arith.subi %size_L, %v1 : i64
      %v627 = arith.minsi %v516, %v626 : i64
      %v628 = arith.addi %v624, %v627 : i64
      %v629 = arith.muli %v622, %v77 : i64
      %v630 = arith.addi %v629, %v516 : i64
      %v631 = llvm.getelementptr %in_rho[%v628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v632 = llvm.load %v631 : !llvm.ptr -> f32
      %v633 = arith.addi %v515, %v185 : i64
      %v634 = arith.constant true
      %v635 = arith.addi %v15, %v633 : i64
      %v636 = llvm.getelementptr %v5[%v635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v637 = llvm.load %v636 : !llvm.ptr<3> -> i64
      %v638 = arith.cmpi slt, %v516, %size_L : i64
      %v639 = arith.subi %size_L, %v1 : i64
      %v640 = arith.minsi %v516, %v639 : i64
      %v641 = arith.addi %v637, %v640 : i64
      %v642 = arith.muli %v635, %v77 : i64
      %v643 = arith.addi %v642, %v516 : i64
      %v644 = llvm.getelementptr %in_rho[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v645 = llvm.load %v644 : !llvm.ptr -> f32
      %v646 = arith.addi %v515, %v198 : i64
      %v647 = arith.constant true
      %v648 = arith.addi %v15, %v646 : i64
      %v649 = llvm.getelementptr %v5[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v650 = llvm.load %v649 : !llvm.ptr<3> -> i64
      %v651 = arith.cmpi slt, %v516, %size_L : i64
      %v652 = arith.subi %size_L, %v1 : i64
      %v653 = arith.minsi %v516, %v652 : i64
      %v654 = arith.addi %v650, %v653 : i64
      %v655 = arith.muli %v648, %v77 : i64
      %v656 = arith.addi %v655, %v516 : i64
      %v657 = llvm.getelementptr %in_rho[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v658 = llvm.load %v657 : !llvm.ptr -> f32
      %v659 = arith.addi %v515, %v211 : i64
      %v660 = arith.constant true
      %v661 = arith.addi %v15, %v659 : i64
      %v662 = llvm.getelementptr %v5[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v663 = llvm.load %v662 : !llvm.ptr<3> -> i64
      %v664 = arith.cmpi slt, %v516, %size_L : i64
      %v665 = arith.subi %size_L, %v1 : i64
      %v666 = arith.minsi %v516, %v665 : i64
      %v667 = arith.addi %v663, %v666 : i64
      %v668 = arith.muli %v661, %v77 : i64
      %v669 = arith.addi %v668, %v516 : i64
      %v670 = llvm.getelementptr %in_rho[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v671 = llvm.load %v670 : !llvm.ptr -> f32
      %v672 = arith.addi %v515, %v224 : i64
      %v673 = arith.constant true
      %v674 = arith.addi %v15, %v672 : i64
      %v675 = llvm.getelementptr %v5[%v674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v676 = llvm.load %v675 : !llvm.ptr<3> -> i64
      %v677 = arith.cmpi slt, %v516, %size_L : i64
      %v678 = arith.subi %size_L, %v1 : i64
      %v679 = arith.minsi %v516, %v678 : i64
      %v680 = arith.addi %v676, %v679 : i64
      %v681 = arith.muli %v674, %v77 : i64
      %v682 = arith.addi %v681, %v516 : i64
      %v683 = llvm.getelementptr %in_rho[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v684 = llvm.load %v683 : !llvm.ptr -> f32
      %v685 = arith.addi %v515, %v237 : i64
      %v686 = arith.constant true
      %v687 = arith.addi %v15, %v685 : i64
      %v688 = llvm.getelementptr %v5[%v687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v689 = llvm.load %v688 : !llvm.ptr<3> -> i64
      %v690 = arith.cmpi slt, %v516, %size_L : i64
      %v691 = arith.subi %size_L, %v1 : i64
      %v692 = arith.minsi %v516, %v691 : i64
      %v693 = arith.addi %v689, %v692 : i64
      %v694 = arith.muli %v687, %v77 : i64
      %v695 = arith.addi %v694, %v516 : i64
      %v696 = llvm.getelementptr %in_rho[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v697 = llvm.load %v696 : !llvm.ptr -> f32
      %v698 = arith.addi %v515, %v250 : i64
      %v699 = arith.constant true
      %v700 = arith.addi %v15, %v698 : i64
      %v701 = llvm.getelementptr %v5[%v700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v702 = llvm.load %v701 : !llvm.ptr<3> -> i64
      %v703 = arith.cmpi slt, %v516, %size_L : i64
      %v704 = arith.subi %size_L, %v1 : i64
      %v705 = arith.minsi %v516, %v704 : i64
      %v706 = arith.addi %v702, %v705 : i64
      %v707 = arith.muli %v700, %v77 : i64
      %v708 = arith.addi %v707, %v516 : i64
      %v709 = llvm.getelementptr %in_rho[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v710 = llvm.load %v709 : !llvm.ptr -> f32
      %v711 = arith.addi %v515, %v263 : i64
      %v712 = arith.constant true
      %v713 = arith.addi %v15, %v711 : i64
      %v714 = llvm.getelementptr %v5[%v713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v715 = llvm.load %v714 : !llvm.ptr<3> -> i64
      %v716 = arith.cmpi slt, %v516, %size_L : i64
      %v717 = arith.subi %size_L, %v1 : i64
      %v718 = arith.minsi %v516, %v717 : i64
      %v719 = arith.addi %v715, %v718 : i64
      %v720 = arith.muli %v713, %v77 : i64
      %v721 = arith.addi %v720, %v516 : i64
      %v722 = llvm.getelementptr %in_rho[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v723 = llvm.load %v722 : !llvm.ptr -> f32
      %v724 = arith.addi %v515, %v67 : i64
      %v725 = arith.constant true
      %v726 = arith.addi %v15, %v724 : i64
      %v727 = llvm.getelementptr %v5[%v726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v728 = llvm.load %v727 : !llvm.ptr<3> -> i64
      %v729 = arith.cmpi slt, %v516, %size_L : i64
      %v730 = arith.subi %size_L, %v1 : i64
      %v731 = arith.minsi %v516, %v730 : i64
      %v732 = arith.addi %v728, %v731 : i64
      %v733 = arith.muli %v726, %v77 : i64
      %v734 = arith.addi %v733, %v516 : i64
      %v735 = llvm.getelementptr %in_rho[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v736 = llvm.load %v735 : !llvm.ptr -> f32
      %v737 = arith.addi %v515, %v288 : i64
      %v738 = arith.constant true
      %v739 = arith.addi %v15, %v737 : i64
      %v740 = llvm.getelementptr %v5[%v739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v741 = llvm.load %v740 : !llvm.ptr<3> -> i64
      %v742 = arith.cmpi slt, %v516, %size_L : i64
      %v743 = arith.subi %size_L, %v1 : i64
      %v744 = arith.minsi %v516, %v743 : i64
      %v745 = arith.addi %v741, %v744 : i64
      %v746 = arith.muli %v739, %v77 : i64
      %v747 = arith.addi %v746, %v516 : i64
      %v748 = llvm.getelementptr %in_rho[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v749 = llvm.load %v748 : !llvm.ptr -> f32
      %v750 = arith.addi %v515, %v301 : i64
      %v751 = arith.constant true
      %v752 = arith.addi %v15, %v750 : i64
      %v753 = llvm.getelementptr %v5[%v752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v754 = llvm.load %v753 : !llvm.ptr<3> -> i64
      %v755 = arith.cmpi slt, %v516, %size_L : i64
      %v756 = arith.subi %size_L, %v1 : i64
      %v757 = arith.minsi %v516, %v756 : i64
      %v758 = arith.addi %v754, %v757 : i64
      %v759 = arith.muli %v752, %v77 : i64
      %v760 = arith.addi %v759, %v516 : i64
      %v761 = llvm.getelementptr %in_rho[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v762 = llvm.load %v761 : !llvm.ptr -> f32
      %v763 = arith.addi %v515, %v314 : i64
      %v764 = arith.constant true
      %v765 = arith.addi %v15, %v763 : i64
      %v766 = llvm.getelementptr %v5[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v767 = llvm.load %v766 : !llvm.ptr<3> -> i64
      %v768 = arith.cmpi slt, %v516, %size_L : i64
      %v769 = arith.subi %size_L, %v1 : i64
      %v770 = arith.minsi %v516, %v769 : i64
      %v771 = arith.addi %v767, %v770 : i64
      %v772 = arith.muli %v765, %v77 : i64
      %v773 = arith.addi %v772, %v516 : i64
      %v774 = llvm.getelementptr %in_rho[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v775 = llvm.load %v774 : !llvm.ptr -> f32
      %v776 = arith.addi %v515, %v327 : i64
      %v777 = arith.constant true
      %v778 = arith.addi %v15, %v776 : i64
      %v779 = llvm.getelementptr %v5[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v780 = llvm.load %v779 : !llvm.ptr<3> -> i64
      %v781 = arith.cmpi slt, %v516, %size_L : i64
      %v782 = arith.subi %size_L, %v1 : i64
      %v783 = arith.minsi %v516, %v782 : i64
      %v784 = arith.addi %v780, %v783 : i64
      %v785 = arith.muli %v778, %v77 : i64
      %v786 = arith.addi %v785, %v516 : i64
      %v787 = llvm.getelementptr %in_rho[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v788 = llvm.load %v787 : !llvm.ptr -> f32
      %v789 = arith.addi %v515, %v340 : i64
      %v790 = arith.constant true
      %v791 = arith.addi %v15, %v789 : i64
      %v792 = llvm.getelementptr %v5[%v791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v793 = llvm.load %v792 : !llvm.ptr<3> -> i64
      %v794 = arith.cmpi slt, %v516, %size_L : i64
      %v795 = arith.subi %size_L, %v1 : i64
      %v796 = arith.minsi %v516, %v795 : i64
      %v797 = arith.addi %v793, %v796 : i64
      %v798 = arith.muli %v791, %v77 : i64
      %v799 = arith.addi %v798, %v516 : i64
      %v800 = llvm.getelementptr %in_rho[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v801 = llvm.load %v800 : !llvm.ptr -> f32
      %v802 = arith.addi %v515, %v353 : i64
      %v803 = arith.constant true
      %v804 = arith.addi %v15, %v802 : i64
      %v805 = llvm.getelementptr %v5[%v804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v806 = llvm.load %v805 : !llvm.ptr<3> -> i64
      %v807 = arith.cmpi slt, %v516, %size_L : i64
      %v808 = arith.subi %size_L, %v1 : i64
      %v809 = arith.minsi %v516, %v808 : i64
      %v810 = arith.addi %v806, %v809 : i64
      %v811 = arith.muli %v804, %v77 : i64
      %v812 = arith.addi %v811, %v516 : i64
      %v813 = llvm.getelementptr %in_rho[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v814 = llvm.load %v813 : !llvm.ptr -> f32
      %v815 = arith.addi %v515, %v366 : i64
      %v816 = arith.constant true
      %v817 = arith.addi %v15, %v815 : i64
      %v818 = llvm.getelementptr %v5[%v817] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v819 = llvm.load %v818 : !llvm.ptr<3> -> i64
      %v820 = arith.cmpi slt, %v516, %size_L : i64
      %v821 = arith.subi %size_L, %v1 : i64
      %v822 = arith.minsi %v516, %v821 : i64
      %v823 = arith.addi %v819, %v822 : i64
      %v824 = arith.muli %v817, %v77 : i64
      %v825 = arith.addi %v824, %v516 : i64
      %v826 = llvm.getelementptr %in_rho[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v827 = llvm.load %v826 : !llvm.ptr -> f32
      %v828 = arith.addi %v515, %v379 : i64
      %v829 = arith.constant true
      %v830 = arith.addi %v15, %v828 : i64
      %v831 = llvm.getelementptr %v5[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v832 = llvm.load %v831 : !llvm.ptr<3> -> i64
      %v833 = arith.cmpi slt, %v516, %size_L : i64
      %v834 = arith.subi %size_L, %v1 : i64
      %v835 = arith.minsi %v516, %v834 : i64
      %v836 = arith.addi %v832, %v835 : i64
      %v837 = arith.muli %v830, %v77 : i64
      %v838 = arith.addi %v837, %v516 : i64
      %v839 = llvm.getelementptr %in_rho[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v840 = llvm.load %v839 : !llvm.ptr -> f32
      %v841 = arith.addi %v515, %v392 : i64
      %v842 = arith.constant true
      %v843 = arith.addi %v15, %v841 : i64
      %v844 = llvm.getelementptr %v5[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v845 = llvm.load %v844 : !llvm.ptr<3> -> i64
      %v846 = arith.cmpi slt, %v516, %size_L : i64
      %v847 = arith.subi %size_L, %v1 : i64
      %v848 = arith.minsi %v516, %v847 : i64
      %v849 = arith.addi %v845, %v848 : i64
      %v850 = arith.muli %v843, %v77 : i64
      %v851 = arith.addi %v850, %v516 : i64
      %v852 = llvm.getelementptr %in_rho[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v853 = llvm.load %v852 : !llvm.ptr -> f32
      %v854 = arith.addi %v515, %v405 : i64
      %v855 = arith.constant true
      %v856 = arith.addi %v15, %v854 : i64
      %v857 = llvm.getelementptr %v5[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v858 = llvm.load %v857 : !llvm.ptr<3> -> i64
      %v859 = arith.cmpi slt, %v516, %size_L : i64
      %v860 = arith.subi %size_L, %v1 : i64
      %v861 = arith.minsi %v516, %v860 : i64
      %v862 = arith.addi %v858, %v861 : i64
      %v863 = arith.muli %v856, %v77 : i64
      %v864 = arith.addi %v863, %v516 : i64
      %v865 = llvm.getelementptr %in_rho[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v866 = llvm.load %v865 : !llvm.ptr -> f32
      %v867 = arith.addi %v515, %v418 : i64
      %v868 = arith.constant true
      %v869 = arith.addi %v15, %v867 : i64
      %v870 = llvm.getelementptr %v5[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v871 = llvm.load %v870 : !llvm.ptr<3> -> i64
      %v872 = arith.cmpi slt, %v516, %size_L : i64
      %v873 = arith.subi %size_L, %v1 : i64
      %v874 = arith.minsi %v516, %v873 : i64
      %v875 = arith.addi %v871, %v874 : i64
      %v876 = arith.muli %v869, %v77 : i64
      %v877 = arith.addi %v876, %v516 : i64
      %v878 = llvm.getelementptr %in_rho[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v879 = llvm.load %v878 : !llvm.ptr -> f32
      %v880 = arith.addi %v515, %v431 : i64
      %v881 = arith.constant true
      %v882 = arith.addi %v15, %v880 : i64
      %v883 = llvm.getelementptr %v5[%v882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v884 = llvm.load %v883 : !llvm.ptr<3> -> i64
      %v885 = arith.cmpi slt, %v516, %size_L : i64
      %v886 = arith.subi %size_L, %v1 : i64
      %v887 = arith.minsi %v516, %v886 : i64
      %v888 = arith.addi %v884, %v887 : i64
      %v889 = arith.muli %v882, %v77 : i64
      %v890 = arith.addi %v889, %v516 : i64
      %v891 = llvm.getelementptr %in_rho[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v892 = llvm.load %v891 : !llvm.ptr -> f32
      %v893 = arith.addi %v515, %v444 : i64
      %v894 = arith.constant true
      %v895 = arith.addi %v15, %v893 : i64
      %v896 = llvm.getelementptr %v5[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
      %v898 = arith.cmpi slt, %v516, %size_L : i64
      %v899 = arith.subi %size_L, %v1 : i64
      %v900 = arith.minsi %v516, %v899 : i64
      %v901 = arith.addi %v897, %v900 : i64
      %v902 = arith.muli %v895, %v77 : i64
      %v903 = arith.addi %v902, %v516 : i64
      %v904 = llvm.getelementptr %in_rho[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v905 = llvm.load %v904 : !llvm.ptr -> f32
      %v906 = arith.addi %v515, %v457 : i64
      %v907 = arith.constant true
      %v908 = arith.addi %v15, %v906 : i64
      %v909 = llvm.getelementptr %v5[%v908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v910 = llvm.load %v909 : !llvm.ptr<3> -> i64
      %v911 = arith.cmpi slt, %v516, %size_L : i64
      %v912 = arith.subi %size_L, %v1 : i64
      %v913 = arith.minsi %v516, %v912 : i64
      %v914 = arith.addi %v910, %v913 : i64
      %v915 = arith.muli %v908, %v77 : i64
      %v916 = arith.addi %v915, %v516 : i64
      %v917 = llvm.getelementptr %in_rho[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v918 = llvm.load %v917 : !llvm.ptr -> f32
      %v919 = arith.addi %v515, %v470 : i64
      %v920 = arith.constant true
      %v921 = arith.addi %v15, %v919 : i64
      %v922 = llvm.getelementptr %v5[%v921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v923 = llvm.load %v922 : !llvm.ptr<3> -> i64
      %v924 = arith.cmpi slt, %v516, %size_L : i64
      %v925 = arith.subi %size_L, %v1 : i64
      %v926 = arith.minsi %v516, %v925 : i64
      %v927 = arith.addi %v923, %v926 : i64
      %v928 = arith.muli %v921, %v77 : i64
      %v929 = arith.addi %v928, %v516 : i64
      %v930 = llvm.getelementptr %in_rho[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v931 = llvm.load %v930 : !llvm.ptr -> f32
      scf.if %v517 {
        %v932 = llvm.getelementptr %v6[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v528, %v932 : f32, !llvm.ptr<3>
      }
      scf.if %v530 {
        %v933 = llvm.getelementptr %v6[%v539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v541, %v933 : f32, !llvm.ptr<3>
      }
      scf.if %v543 {
        %v934 = llvm.getelementptr %v6[%v552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v554, %v934 : f32, !llvm.ptr<3>
      }
      scf.if %v556 {
        %v935 = llvm.getelementptr %v6[%v565] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v567, %v935 : f32, !llvm.ptr<3>
      }
      scf.if %v569 {
        %v936 = llvm.getelementptr %v6[%v578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v580, %v936 : f32, !llvm.ptr<3>
      }
      scf.if %v582 {
        %v937 = llvm.getelementptr %v6[%v591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v593, %v937 : f32, !llvm.ptr<3>
      }
      scf.if %v595 {
        %v938 = llvm.getelementptr %v6[%v604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v606, %v938 : f32, !llvm.ptr<3>
      }
      scf.if %v608 {
        %v939 = llvm.getelementptr %v6[%v617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v619, %v939 : f32, !llvm.ptr<3>
      }
      scf.if %v621 {
        %v940 = llvm.getelementptr %v6[%v630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v632, %v940 : f32, !llvm.ptr<3>
      }
      scf.if %v634 {
        %v941 = llvm.getelementptr %v6[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v645, %v941 : f32, !llvm.ptr<3>
      }
      scf.if %v647 {
        %v942 = llvm.getelementptr %v6[%v656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v658, %v942 : f32, !llvm.ptr<3>
      }
      scf.if %v660 {
        %v943 = llvm.getelementptr %v6[%v669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v671, %v943 : f32, !llvm.ptr<3>
      }
      scf.if %v673 {
        %v944 = llvm.getelementptr %v6[%v682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v684, %v944 : f32, !llvm.ptr<3>
      }
      scf.if %v686 {
        %v945 = llvm.getelementptr %v6[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v697, %v945 : f32, !llvm.ptr<3>
      }
      scf.if %v699 {
        %v946 = llvm.getelementptr %v6[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v710, %v946 : f32, !llvm.ptr<3>
      }
      scf.if %v712 {
        %v947 = llvm.getelementptr %v6[%v721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v723, %v947 : f32, !llvm.ptr<3>
      }
      scf.if %v725 {
        %v948 = llvm.getelementptr %v6[%v734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v736, %v948 : f32, !llvm.ptr<3>
      }
      scf.if %v738 {
        %v949 = llvm.getelementptr %v6[%v747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v749, %v949 : f32, !llvm.ptr<3>
      }
      scf.if %v751 {
        %v950 = llvm.getelementptr %v6[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v762, %v950 : f32, !llvm.ptr<3>
      }
      scf.if %v764 {
        %v951 = llvm.getelementptr %v6[%v773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v775, %v951 : f32, !llvm.ptr<3>
      }
      scf.if %v777 {
        %v952 = llvm.getelementptr %v6[%v786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v788, %v952 : f32, !llvm.ptr<3>
      }
      scf.if %v790 {
        %v953 = llvm.getelementptr %v6[%v799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v801, %v953 : f32, !llvm.ptr<3>
      }
      scf.if %v803 {
        %v954 = llvm.getelementptr %v6[%v812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v814, %v954 : f32, !llvm.ptr<3>
      }
      scf.if %v816 {
        %v955 = llvm.getelementptr %v6[%v825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v827, %v955 : f32, !llvm.ptr<3>
      }
      scf.if %v829 {
        %v956 = llvm.getelementptr %v6[%v838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v840, %v956 : f32, !llvm.ptr<3>
      }
      scf.if %v842 {
        %v957 = llvm.getelementptr %v6[%v851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v853, %v957 : f32, !llvm.ptr<3>
      }
      scf.if %v855 {
        %v958 = llvm.getelementptr %v6[%v864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v866, %v958 : f32, !llvm.ptr<3>
      }
      scf.if %v868 {
        %v959 = llvm.getelementptr %v6[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v879, %v959 : f32, !llvm.ptr<3>
      }
      scf.if %v881 {
        %v960 = llvm.getelementptr %v6[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v892, %v960 : f32, !llvm.ptr<3>
      }
      scf.if %v894 {
        %v961 = llvm.getelementptr %v6[%v903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v905, %v961 : f32, !llvm.ptr<3>
      }
      scf.if %v907 {
        %v962 = llvm.getelementptr %v6[%v916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v918, %v962 : f32, !llvm.ptr<3>
      }
      scf.if %v920 {
        %v963 = llvm.getelementptr %v6[%v929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v931, %v963 : f32, !llvm.ptr<3>
      }
      // end staged load of `rho`
      // staged load of `theta`'s first tile: read, then shared memory
      %v964 = arith.divui %v13, %v67 : i64
      %v965 = arith.remui %v13, %v67 : i64
      %v966 = arith.constant true
      %v967 = arith.addi %v40, %v964 : i64
      %v968 = llvm.getelementptr %v5[%v967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v969 = llvm.load %v968 : !llvm.ptr<3> -> i64
      %v970 = arith.cmpi slt, %v965, %size_L : i64
      %v971 = arith.subi %size_L, %v1 : i64
      %v972 = arith.minsi %v965, %v971 : i64
      %v973 = arith.addi %v969, %v972 : i64
      %v974 = arith.muli %v967, %v77 : i64
      %v975 = arith.addi %v974, %v965 : i64
      %v976 = llvm.getelementptr %in_theta[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v977 = llvm.load %v976 : !llvm.ptr -> f32
      %v978 = arith.addi %v964, %v39 : i64
      %v979 = arith.constant true
      %v980 = arith.addi %v40, %v978 : i64
      %v981 = llvm.getelementptr %v5[%v980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v982 = llvm.load %v981 : !llvm.ptr<3> -> i64
      %v983 = arith.cmpi slt, %v965, %size_L : i64
      %v984 = arith.subi %size_L, %v1 : i64
      %v985 = arith.minsi %v965, %v984 : i64
      %v986 = arith.addi %v982, %v985 : i64
      %v987 = arith.muli %v980, %v77 : i64
      %v988 = arith.addi %v987, %v965 : i64
      %v989 = llvm.getelementptr %in_theta[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v990 = llvm.load %v989 : !llvm.ptr -> f32
      %v991 = arith.addi %v964, %v94 : i64
      %v992 = arith.constant true
      %v993 = arith.addi %v40, %v991 : i64
      %v994 = llvm.getelementptr %v5[%v993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v995 = llvm.load %v994 : !llvm.ptr<3> -> i64
      %v996 = arith.cmpi slt, %v965, %size_L : i64
      %v997 = arith.subi %size_L, %v1 : i64
      %v998 = arith.minsi %v965, %v997 : i64
      %v999 = arith.addi %v995, %v998 : i64
      %v1000 = arith.muli %v993, %v77 : i64
      %v1001 = arith.addi %v1000, %v965 : i64
      %v1002 = llvm.getelementptr %in_theta[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
      %v1004 = arith.addi %v964, %v107 : i64
      %v1005 = arith.constant true
      %v1006 = arith.addi %v40, %v1004 : i64
      %v1007 = llvm.getelementptr %v5[%v1006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1008 = llvm.load %v1007 : !llvm.ptr<3> -> i64
      %v1009 = arith.cmpi slt, %v965, %size_L : i64
      %v1010 = arith.subi %size_L, %v1 : i64
      %v1011 = arith.minsi %v965, %v1010 : i64
      %v1012 = arith.addi %v1008, %v1011 : i64
      %v1013 = arith.muli %v1006, %v77 : i64
      %v1014 = arith.addi %v1013, %v965 : i64
      %v1015 = llvm.getelementptr %in_theta[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
      %v1017 = arith.addi %v964, %v120 : i64
      %v1018 = arith.constant true
      %v1019 = arith.addi %v40, %v1017 : i64
      %v1020 = llvm.getelementptr %v5[%v1019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1021 = llvm.load %v1020 : !llvm.ptr<3> -> i64
      %v1022 = arith.cmpi slt, %v965, %size_L : i64
      %v1023 = arith.subi %size_L, %v1 : i64
      %v1024 = arith.minsi %v965, %v1023 : i64
      %v1025 = arith.addi %v1021, %v1024 : i64
      %v1026 = arith.muli %v1019, %v77 : i64
      %v1027 = arith.addi %v1026, %v965 : i64
      %v1028 = llvm.getelementptr %in_theta[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1029 = llvm.load %v1028 : !llvm.ptr -> f32
      %v1030 = arith.addi %v964, %v133 : i64
      %v1031 = arith.constant true
      %v1032 = arith.addi %v40, %v1030 : i64
      %v1033 = llvm.getelementptr %v5[%v1032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1034 = llvm.load %v1033 : !llvm.ptr<3> -> i64
      %v1035 = arith.cmpi slt, %v965, %size_L : i64
      %v1036 = arith.subi %size_L, %v1 : i64
      %v1037 = arith.minsi %v965, %v1036 : i64
      %v1038 = arith.addi %v1034, %v1037 : i64
      %v1039 = arith.muli %v1032, %v77 : i64
      %v1040 = arith.addi %v1039, %v965 : i64
      %v1041 = llvm.getelementptr %in_theta[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
      %v1043 = arith.addi %v964, %v146 : i64
      %v1044 = arith.constant true
      %v1045 = arith.addi %v40, %v1043 : i64
      %v1046 = llvm.getelementptr %v5[%v1045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1047 = llvm.load %v1046 : !llvm.ptr<3> -> i64
      %v1048 = arith.cmpi slt, %v965, %size_L : i64
      %v1049 = arith.subi %size_L, %v1 : i64
      %v1050 = arith.minsi %v965, %v1049 : i64
      %v1051 = arith.addi %v1047, %v1050 : i64
      %v1052 = arith.muli %v1045, %v77 : i64
      %v1053 = arith.addi %v1052, %v965 : i64
      %v1054 = llvm.getelementptr %in_theta[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
      %v1056 = arith.addi %v964, %v159 : i64
      %v1057 = arith.constant true
      %v1058 = arith.addi %v40, %v1056 : i64
      %v1059 = llvm.getelementptr %v5[%v1058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1060 = llvm.load %v1059 : !llvm.ptr<3> -> i64
      %v1061 = arith.cmpi slt, %v965, %size_L : i64
      %v1062 = arith.subi %size_L, %v1 : i64
      %v1063 = arith.minsi %v965, %v1062 : i64
      %v1064 = arith.addi %v1060, %v1063 : i64
      %v1065 = arith.muli %v1058, %v77 : i64
      %v1066 = arith.addi %v1065, %v965 : i64
      %v1067 = llvm.getelementptr %in_theta[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
      %v1069 = arith.addi %v964, %v172 : i64
      %v1070 = arith.constant true
      %v1071 = arith.addi %v40, %v1069 : i64
      %v1072 = llvm.getelementptr %v5[%v1071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1073 = llvm.load %v1072 : !llvm.ptr<3> -> i64
      %v1074 = arith.cmpi slt, %v965, %size_L : i64
      %v1075 = arith.subi %size_L, %v1 : i64
      %v1076 = arith.minsi %v965, %v1075 : i64
      %v1077 = arith.addi %v1073, %v1076 : i64
      %v1078 = arith.muli %v1071, %v77 : i64
      %v1079 = arith.addi %v1078, %v965 : i64
      %v1080 = llvm.getelementptr %in_theta[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
      %v1082 = arith.addi %v964, %v185 : i64
      %v1083 = arith.constant true
      %v1084 = arith.addi %v40, %v1082 : i64
      %v1085 = llvm.getelementptr %v5[%v1084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1086 = llvm.load %v1085 : !llvm.ptr<3> -> i64
      %v1087 = arith.cmpi slt, %v965, %size_L : i64
      %v1088 = arith.subi %size_L, %v1 : i64
      %v1089 = arith.minsi %v965, %v1088 : i64
      %v1090 = arith.addi %v1086, %v1089 : i64
      %v1091 = arith.muli %v1084, %v77 : i64
      %v1092 = arith.addi %v1091, %v965 : i64
      %v1093 = llvm.getelementptr %in_theta[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
      %v1095 = arith.addi %v964, %v198 : i64
      %v1096 = arith.constant true
      %v1097 = arith.addi %v40, %v1095 : i64
      %v1098 = llvm.getelementptr %v5[%v1097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1099 = llvm.load %v1098 : !llvm.ptr<3> -> i64
      %v1100 = arith.cmpi slt, %v965, %size_L : i64
      %v1101 = arith.subi %size_L, %v1 : i64
      %v1102 = arith.minsi %v965, %v1101 : i64
      %v1103 = arith.addi %v1099, %v1102 : i64
      %v1104 = arith.muli %v1097, %v77 : i64
      %v1105 = arith.addi %v1104, %v965 : i64
      %v1106 = llvm.getelementptr %in_theta[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
      %v1108 = arith.addi %v964, %v211 : i64
      %v1109 = arith.constant true
      %v1110 = arith.addi %v40, %v1108 : i64
      %v1111 = llvm.getelementptr %v5[%v1110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1112 = llvm.load %v1111 : !llvm.ptr<3> -> i64
      %v1113 = arith.cmpi slt, %v965, %size_L : i64
      %v1114 = arith.subi %size_L, %v1 : i64
      %v1115 = arith.minsi %v965, %v1114 : i64
      %v1116 = arith.addi %v1112, %v1115 : i64
      %v1117 = arith.muli %v1110, %v77 : i64
      %v1118 = arith.addi %v1117, %v965 : i64
      %v1119 = llvm.getelementptr %in_theta[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
      %v1121 = arith.addi %v964, %v224 : i64
      %v1122 = arith.constant true
      %v1123 = arith.addi %v40, %v1121 : i64
      %v1124 = llvm.getelementptr %v5[%v1123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1125 = llvm.load %v1124 : !llvm.ptr<3> -> i64
      %v1126 = arith.cmpi slt, %v965, %size_L : i64
      %v1127 = arith.subi %size_L, %v1 : i64
      %v1128 = arith.minsi %v965, %v1127 : i64
      %v1129 = arith.addi %v1125, %v1128 : i64
      %v1130 = arith.muli %v1123, %v77 : i64
      %v1131 = arith.addi %v1130, %v965 : i64
      %v1132 = llvm.getelementptr %in_theta[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
      %v1134 = arith.addi %v964, %v237 : i64
      %v1135 = arith.constant true
      %v1136 = arith.addi %v40, %v1134 : i64
      %v1137 = llvm.getelementptr %v5[%v1136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1138 = llvm.load %v1137 : !llvm.ptr<3> -> i64
      %v1139 = arith.cmpi slt, %v965, %size_L : i64
      %v1140 = arith.subi %size_L, %v1 : i64
      %v1141 = arith.minsi %v965, %v1140 : i64
      %v1142 = arith.addi %v1138, %v1141 : i64
      %v1143 = arith.muli %v1136, %v77 : i64
      %v1144 = arith.addi %v1143, %v965 : i64
      %v1145 = llvm.getelementptr %in_theta[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
      %v1147 = arith.addi %v964, %v250 : i64
      %v1148 = arith.constant true
      %v1149 = arith.addi %v40, %v1147 : i64
      %v1150 = llvm.getelementptr %v5[%v1149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1151 = llvm.load %v1150 : !llvm.ptr<3> -> i64
      %v1152 = arith.cmpi slt, %v965, %size_L : i64
      %v1153 = arith.subi %size_L, %v1 : i64
      %v1154 = arith.minsi %v965, %v1153 : i64
      %v1155 = arith.addi %v1151, %v1154 : i64
      %v1156 = arith.muli %v1149, %v77 : i64
      %v1157 = arith.addi %v1156, %v965 : i64
      %v1158 = llvm.getelementptr %in_theta[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
      %v1160 = arith.addi %v964, %v263 : i64
      %v1161 = arith.constant true
      %v1162 = arith.addi %v40, %v1160 : i64
      %v1163 = llvm.getelementptr %v5[%v1162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1164 = llvm.load %v1163 : !llvm.ptr<3> -> i64
      %v1165 = arith.cmpi slt, %v965, %size_L : i64
      %v1166 = arith.subi %size_L, %v1 : i64
      %v1167 = arith.minsi %v965, %v1166 : i64
      %v1168 = arith.addi %v1164, %v1167 : i64
      %v1169 = arith.muli %v1162, %v77 : i64
      %v1170 = arith.addi %v1169, %v965 : i64
      %v1171 = llvm.getelementptr %in_theta[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
      %v1173 = arith.addi %v964, %v67 : i64
      %v1174 = arith.constant true
      %v1175 = arith.addi %v40, %v1173 : i64
      %v1176 = llvm.getelementptr %v5[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
      %v1178 = arith.cmpi slt, %v965, %size_L : i64
      %v1179 = arith.subi %size_L, %v1 : i64
      %v1180 = arith.minsi %v965, %v1179 : i64
      %v1181 = arith.addi %v1177, %v1180 : i64
      %v1182 = arith.muli %v1175, %v77 : i64
      %v1183 = arith.addi %v1182, %v965 : i64
      %v1184 = llvm.getelementptr %in_theta[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1185 = llvm.load %v1184 : !llvm.ptr -> f32
      %v1186 = arith.addi %v964, %v288 : i64
      %v1187 = arith.constant true
      %v1188 = arith.addi %v40, %v1186 : i64
      %v1189 = llvm.getelementptr %v5[%v1188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1190 = llvm.load %v1189 : !llvm.ptr<3> -> i64
      %v1191 = arith.cmpi slt, %v965, %size_L : i64
      %v1192 = arith.subi %size_L, %v1 : i64
      %v1193 = arith.minsi %v965, %v1192 : i64
      %v1194 = arith.addi %v1190, %v1193 : i64
      %v1195 = arith.muli %v1188, %v77 : i64
      %v1196 = arith.addi %v1195, %v965 : i64
      %v1197 = llvm.getelementptr %in_theta[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1198 = llvm.load %v1197 : !llvm.ptr -> f32
      %v1199 = arith.addi %v964, %v301 : i64
      %v1200 = arith.constant true
      %v1201 = arith.addi %v40, %v1199 : i64
      %v1202 = llvm.getelementptr %v5[%v1201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1203 = llvm.load %v1202 : !llvm.ptr<3> -> i64
      %v1204 = arith.cmpi slt, %v965, %size_L : i64
      %v1205 = arith.subi %size_L, %v1 : i64
      %v1206 = arith.minsi %v965, %v1205 : i64
      %v1207 = arith.addi %v1203, %v1206 : i64
      %v1208 = arith.muli %v1201, %v77 : i64
      %v1209 = arith.addi %v1208, %v965 : i64
      %v1210 = llvm.getelementptr %in_theta[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1211 = llvm.load %v1210 : !llvm.ptr -> f32
      %v1212 = arith.addi %v964, %v314 : i64
      %v1213 = arith.constant true
      %v1214 = arith.addi %v40, %v1212 : i64
      %v1215 = llvm.getelementptr %v5[%v1214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1216 = llvm.load %v1215 : !llvm.ptr<3> -> i64
      %v1217 = arith.cmpi slt, %v965, %size_L : i64
      %v1218 = arith.subi %size_L, %v1 : i64
      %v1219 = arith.minsi %v965, %v1218 : i64
      %v1220 = arith.addi %v1216, %v1219 : i64
      %v1221 = arith.muli %v1214, %v77 : i64
      %v1222 = arith.addi %v1221, %v965 : i64
      %v1223 = llvm.getelementptr %in_theta[%v1220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
      %v1225 = arith.addi %v964, %v327 : i64
      %v1226 = arith.constant true
      %v1227 = arith.addi %v40, %v1225 : i64
      %v1228 = llvm.getelementptr %v5[%v1227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1229 = llvm.load %v1228 : !llvm.ptr<3> -> i64
      %v1230 = arith.cmpi slt, %v965, %size_L : i64
      %v1231 = arith.subi %size_L, %v1 : i64
      %v1232 = arith.minsi %v965, %v1231 : i64
      %v1233 = arith.addi %v1229, %v1232 : i64
      %v1234 = arith.muli %v1227, %v77 : i64
      %v1235 = arith.addi %v1234, %v965 : i64
      %v1236 = llvm.getelementptr %in_theta[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1237 = llvm.load %v1236 : !llvm.ptr -> f32
      %v1238 = arith.addi %v964, %v340 : i64
      %v1239 = arith.constant true
      %v1240 = arith.addi %v40, %v1238 : i64
      %v1241 = llvm.getelementptr %v5[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1242 = llvm.load %v1241 : !llvm.ptr<3> -> i64
      %v1243 = arith.cmpi slt, %v965, %size_L : i64
      %v1244 = arith.subi %size_L, %v1 : i64
      %v1245 = arith.minsi %v965, %v1244 : i64
      %v1246 = arith.addi %v1242, %v1245 : i64
      %v1247 = arith.muli %v1240, %v77 : i64
      %v1248 = arith.addi %v1247, %v965 : i64
      %v1249 = llvm.getelementptr %in_theta[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
      %v1251 = arith.addi %v964, %v353 : i64
      %v1252 = arith.constant true
      %v1253 = arith.addi %v40, %v1251 : i64
      %v1254 = llvm.getelementptr %v5[%v1253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1255 = llvm.load %v1254 : !llvm.ptr<3> -> i64
      %v1256 = arith.cmpi slt, %v965, %size_L : i64
      %v1257 = arith.subi %size_L, %v1 : i64
      %v1258 = arith.minsi %v965, %v1257 : i64
      %v1259 = arith.addi %v1255, %v1258 : i64
      %v1260 = arith.muli %v1253, %v77 : i64
      %v1261 = arith.addi %v1260, %v965 : i64
      %v1262 = llvm.getelementptr %in_theta[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
      %v1264 = arith.addi %v964, %v366 : i64
      %v1265 = arith.constant true
      %v1266 = arith.addi %v40, %v1264 : i64
      %v1267 = llvm.getelementptr %v5[%v1266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1268 = llvm.load %v1267 : !llvm.ptr<3> -> i64
      %v1269 = arith.cmpi slt, %v965, %size_L : i64
      %v1270 = arith.subi %size_L, %v1 : i64
      %v1271 = arith.minsi %v965, %v1270 : i64
      %v1272 = arith.addi %v1268, %v1271 : i64
      %v1273 = arith.muli %v1266, %v77 : i64
      %v1274 = arith.addi %v1273, %v965 : i64
      %v1275 = llvm.getelementptr %in_theta[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
      %v1277 = arith.addi %v964, %v379 : i64
      %v1278 = arith.constant true
      %v1279 = arith.addi %v40, %v1277 : i64
      %v1280 = llvm.getelementptr %v5[%v1279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1281 = llvm.load %v1280 : !llvm.ptr<3> -> i64
      %v1282 = arith.cmpi slt, %v965, %size_L : i64
      %v1283 = arith.subi %size_L, %v1 : i64
      %v1284 = arith.minsi %v965, %v1283 : i64
      %v1285 = arith.addi %v1281, %v1284 : i64
      %v1286 = arith.muli %v1279, %v77 : i64
      %v1287 = arith.addi %v1286, %v965 : i64
      %v1288 = llvm.getelementptr %in_theta[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
      %v1290 = arith.addi %v964, %v392 : i64
      %v1291 = arith.constant true
      %v1292 = arith.addi %v40, %v1290 : i64
      %v1293 = llvm.getelementptr %v5[%v1292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1294 = llvm.load %v1293 : !llvm.ptr<3> -> i64
      %v1295 = arith.cmpi slt, %v965, %size_L : i64
      %v1296 = arith.subi %size_L, %v1 : i64
      %v1297 = arith.minsi %v965, %v1296 : i64
      %v1298 = arith.addi %v1294, %v1297 : i64
      %v1299 = arith.muli %v1292, %v77 : i64
      %v1300 = arith.addi %v1299, %v965 : i64
      %v1301 = llvm.getelementptr %in_theta[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
      %v1303 = arith.addi %v964, %v405 : i64
      %v1304 = arith.constant true
      %v1305 = arith.addi %v40, %v1303 : i64
      %v1306 = llvm.getelementptr %v5[%v1305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1307 = llvm.load %v1306 : !llvm.ptr<3> -> i64
      %v1308 = arith.cmpi slt, %v965, %size_L : i64
      %v1309 = arith.subi %size_L, %v1 : i64
      %v1310 = arith.minsi %v965, %v1309 : i64
      %v1311 = arith.addi %v1307, %v1310 : i64
      %v1312 = arith.muli %v1305, %v77 : i64
      %v1313 = arith.addi %v1312, %v965 : i64
      %v1314 = llvm.getelementptr %in_theta[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
      %v1316 = arith.addi %v964, %v418 : i64
      %v1317 = arith.constant true
      %v1318 = arith.addi %v40, %v1316 : i64
      %v1319 = llvm.getelementptr %v5[%v1318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1320 = llvm.load %v1319 : !llvm.ptr<3> -> i64
      %v1321 = arith.cmpi slt, %v965, %size_L : i64
      %v1322 = arith.subi %size_L, %v1 : i64
      %v1323 = arith.minsi %v965, %v1322 : i64
      %v1324 = arith.addi %v1320, %v1323 : i64
      %v1325 = arith.muli %v1318, %v77 : i64
      %v1326 = arith.addi %v1325, %v965 : i64
      %v1327 = llvm.getelementptr %in_theta[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
      %v1329 = arith.addi %v964, %v431 : i64
      %v1330 = arith.constant true
      %v1331 = arith.addi %v40, %v1329 : i64
      %v1332 = llvm.getelementptr %v5[%v1331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1333 = llvm.load %v1332 : !llvm.ptr<3> -> i64
      %v1334 = arith.cmpi slt, %v965, %size_L : i64
      %v1335 = arith.subi %size_L, %v1 : i64
      %v1336 = arith.minsi %v965, %v1335 : i64
      %v1337 = arith.addi %v1333, %v1336 : i64
      %v1338 = arith.muli %v1331, %v77 : i64
      %v1339 = arith.addi %v1338, %v965 : i64
      %v1340 = llvm.getelementptr %in_theta[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
      %v1342 = arith.addi %v964, %v444 : i64
      %v1343 = arith.constant true
      %v1344 = arith.addi %v40, %v1342 : i64
      %v1345 = llvm.getelementptr %v5[%v1344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1346 = llvm.load %v1345 : !llvm.ptr<3> -> i64
      %v1347 = arith.cmpi slt, %v965, %size_L : i64
      %v1348 = arith.subi %size_L, %v1 : i64
      %v1349 = arith.minsi %v965, %v1348 : i64
      %v1350 = arith.addi %v1346, %v1349 : i64
      %v1351 = arith.muli %v1344, %v77 : i64
      %v1352 = arith.addi %v1351, %v965 : i64
      %v1353 = llvm.getelementptr %in_theta[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
      %v1355 = arith.addi %v964, %v457 : i64
      %v1356 = arith.constant true
      %v1357 = arith.addi %v40, %v1355 : i64
      %v1358 = llvm.getelementptr %v5[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1359 = llvm.load %v1358 : !llvm.ptr<3> -> i64
      %v1360 = arith.cmpi slt, %v965, %size_L : i64
      %v1361 = arith.subi %size_L, %v1 : i64
      %v1362 = arith.minsi %v965, %v1361 : i64
      %v1363 = arith.addi %v1359, %v1362 : i64
      %v1364 = arith.muli %v1357, %v77 : i64
      %v1365 = arith.addi %v1364, %v965 : i64
      %v1366 = llvm.getelementptr %in_theta[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1367 = llvm.load %v1366 : !llvm.ptr -> f32
      %v1368 = arith.addi %v964, %v470 : i64
      %v1369 = arith.constant true
      %v1370 = arith.addi %v40, %v1368 : i64
      %v1371 = llvm.getelementptr %v5[%v1370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1372 = llvm.load %v1371 : !llvm.ptr<3> -> i64
      %v1373 = arith.cmpi slt, %v965, %size_L : i64
      %v1374 = arith.subi %size_L, %v1 : i64
      %v1375 = arith.minsi %v965, %v1374 : i64
      %v1376 = arith.addi %v1372, %v1375 : i64
      %v1377 = arith.muli %v1370, %v77 : i64
      %v1378 = arith.addi %v1377, %v965 : i64
      %v1379 = llvm.getelementptr %in_theta[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
      scf.if %v966 {
        %v1381 = llvm.getelementptr %v6[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v977, %v1381 : f32, !llvm.ptr<3>
      }
      scf.if %v979 {
        %v1382 = llvm.getelementptr %v6[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v990, %v1382 : f32, !llvm.ptr<3>
      }
      scf.if %v992 {
        %v1383 = llvm.getelementptr %v6[%v1001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1003, %v1383 : f32, !llvm.ptr<3>
      }
      scf.if %v1005 {
        %v1384 = llvm.getelementptr %v6[%v1014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1016, %v1384 : f32, !llvm.ptr<3>
      }
      scf.if %v1018 {
        %v1385 = llvm.getelementptr %v6[%v1027] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1029, %v1385 : f32, !llvm.ptr<3>
      }
      scf.if %v1031 {
        %v1386 = llvm.getelementptr %v6[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1042, %v1386 : f32, !llvm.ptr<3>
      }
      scf.if %v1044 {
        %v1387 = llvm.getelementptr %v6[%v1053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1055, %v1387 : f32, !llvm.ptr<3>
      }
      scf.if %v1057 {
        %v1388 = llvm.getelementptr %v6[%v1066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1068, %v1388 : f32, !llvm.ptr<3>
      }
      scf.if %v1070 {
        %v1389 = llvm.getelementptr %v6[%v1079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1081, %v1389 : f32, !llvm.ptr<3>
      }
      scf.if %v1083 {
        %v1390 = llvm.getelementptr %v6[%v1092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1094, %v1390 : f32, !llvm.ptr<3>
      }
      scf.if %v1096 {
        %v1391 = llvm.getelementptr %v6[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1107, %v1391 : f32, !llvm.ptr<3>
      }
      scf.if %v1109 {
        %v1392 = llvm.getelementptr %v6[%v1118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1120, %v1392 : f32, !llvm.ptr<3>
      }
      scf.if %v1122 {
        %v1393 = llvm.getelementptr %v6[%v1131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1133, %v1393 : f32, !llvm.ptr<3>
      }
      scf.if %v1135 {
        %v1394 = llvm.getelementptr %v6[%v1144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1146, %v1394 : f32, !llvm.ptr<3>
      }
      scf.if %v1148 {
        %v1395 = llvm.getelementptr %v6[%v1157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1159, %v1395 : f32, !llvm.ptr<3>
      }
      scf.if %v1161 {
        %v1396 = llvm.getelementptr %v6[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1172, %v1396 : f32, !llvm.ptr<3>
      }
      scf.if %v1174 {
        %v1397 = llvm.getelementptr %v6[%v1183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1185, %v1397 : f32, !llvm.ptr<3>
      }
      scf.if %v1187 {
        %v1398 = llvm.getelementptr %v6[%v1196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1198, %v1398 : f32, !llvm.ptr<3>
      }
      scf.if %v1200 {
        %v1399 = llvm.getelementptr %v6[%v1209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1211, %v1399 : f32, !llvm.ptr<3>
      }
      scf.if %v1213 {
        %v1400 = llvm.getelementptr %v6[%v1222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1224, %v1400 : f32, !llvm.ptr<3>
      }
      scf.if %v1226 {
        %v1401 = llvm.getelementptr %v6[%v1235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1237, %v1401 : f32, !llvm.ptr<3>
      }
      scf.if %v1239 {
        %v1402 = llvm.getelementptr %v6[%v1248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1250, %v1402 : f32, !llvm.ptr<3>
      }
      scf.if %v1252 {
        %v1403 = llvm.getelementptr %v6[%v1261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1263, %v1403 : f32, !llvm.ptr<3>
      }
      scf.if %v1265 {
        %v1404 = llvm.getelementptr %v6[%v1274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1276, %v1404 : f32, !llvm.ptr<3>
      }
      scf.if %v1278 {
        %v1405 = llvm.getelementptr %v6[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1289, %v1405 : f32, !llvm.ptr<3>
      }
      scf.if %v1291 {
        %v1406 = llvm.getelementptr %v6[%v1300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1302, %v1406 : f32, !llvm.ptr<3>
      }
      scf.if %v1304 {
        %v1407 = llvm.getelementptr %v6[%v1313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1315, %v1407 : f32, !llvm.ptr<3>
      }
      scf.if %v1317 {
        %v1408 = llvm.getelementptr %v6[%v1326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1328, %v1408 : f32, !llvm.ptr<3>
      }
      scf.if %v1330 {
        %v1409 = llvm.getelementptr %v6[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1341, %v1409 : f32, !llvm.ptr<3>
      }
      scf.if %v1343 {
        %v1410 = llvm.getelementptr %v6[%v1352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1354, %v1410 : f32, !llvm.ptr<3>
      }
      scf.if %v1356 {
        %v1411 = llvm.getelementptr %v6[%v1365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1367, %v1411 : f32, !llvm.ptr<3>
      }
      scf.if %v1369 {
        %v1412 = llvm.getelementptr %v6[%v1378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1380, %v1412 : f32, !llvm.ptr<3>
      }
      // end staged load of `theta`
      gpu.barrier
      %v1413 = arith.index_cast %v25 : i64 to index
      %v1414 = arith.index_cast %size_L : i64 to index
      %v1415 = arith.index_cast %v67 : i64 to index
      scf.for %v1416 = %v1413 to %v1414 step %v1415 {
        %v1417 = arith.index_cast %v1416 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1418 = arith.remui %v1417, %v15 : i64
        %v1419 = arith.cmpi eq, %v1418, %v25 : i64
        %v1420 = arith.andi %v1419, %v18 : i1
        scf.if %v1420 {
          %v1421 = arith.divui %v1417, %v15 : i64
          %v1422 = llvm.mlir.zero : !llvm.ptr
          %v1423 = llvm.icmp "ne" %ckpt_h, %v1422 : !llvm.ptr
          scf.if %v1423 {
            %v1425 = arith.muli %v1421, %v1424 : i64
            %v1426 = llvm.load %v3 : !llvm.ptr -> f32
            %v1427 = arith.muli %v23, %size_D : i64
            %v1428 = arith.addi %v1427, %v21 : i64
            %v1429 = arith.addi %v1425, %v1428 : i64
            %v1430 = llvm.getelementptr %ckpt_h[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1426, %v1430 : f32, !llvm.ptr
          }
          %v1431 = llvm.mlir.zero : !llvm.ptr
          %v1432 = llvm.icmp "ne" %ckpt_hp, %v1431 : !llvm.ptr
          scf.if %v1432 {
            %v1434 = arith.muli %v1421, %v1433 : i64
            %v1435 = llvm.load %v4 : !llvm.ptr -> f32
            %v1436 = arith.muli %v23, %size_D : i64
            %v1437 = arith.addi %v1436, %v21 : i64
            %v1438 = arith.addi %v1434, %v1437 : i64
            %v1439 = llvm.getelementptr %ckpt_hp[%v1438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1435, %v1439 : f32, !llvm.ptr
          }
        }
        // end save
        %v1440 = arith.subi %size_L, %v1417 : i64
        %v1441 = arith.minsi %v1440, %v67 : i64
        %v1442 = arith.addi %v1417, %v67 : i64
        %v1443 = arith.divui %v13, %v67 : i64
        %v1444 = arith.remui %v13, %v67 : i64
        %v1445 = arith.constant true
        %v1446 = llvm.getelementptr %v5[%v1443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1447 = llvm.load %v1446 : !llvm.ptr<3> -> i64
        %v1448 = arith.addi %v1442, %v1444 : i64
        %v1449 = arith.cmpi slt, %v1448, %size_L : i64
        %v1450 = arith.subi %size_L, %v1 : i64
        %v1451 = arith.minsi %v1448, %v1450 : i64
        %v1452 = arith.addi %v1447, %v1451 : i64
        %v1453 = arith.muli %v1443, %v77 : i64
        %v1454 = arith.addi %v1453, %v1444 : i64
        %v1455 = llvm.getelementptr %in_x[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
        %v1457 = arith.addi %v1443, %v39 : i64
        %v1458 = arith.constant true
        %v1459 = llvm.getelementptr %v5[%v1457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1460 = llvm.load %v1459 : !llvm.ptr<3> -> i64
        %v1461 = arith.addi %v1442, %v1444 : i64
        %v1462 = arith.cmpi slt, %v1461, %size_L : i64
        %v1463 = arith.subi %size_L, %v1 : i64
        %v1464 = arith.minsi %v1461, %v1463 : i64
        %v1465 = arith.addi %v1460, %v1464 : i64
        %v1466 = arith.muli %v1457, %v77 : i64
        %v1467 = arith.addi %v1466, %v1444 : i64
        %v1468 = llvm.getelementptr %in_x[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
        %v1470 = arith.addi %v1443, %v94 : i64
        %v1471 = arith.constant true
        %v1472 = llvm.getelementptr %v5[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1473 = llvm.load %v1472 : !llvm.ptr<3> -> i64
        %v1474 = arith.addi %v1442, %v1444 : i64
        %v1475 = arith.cmpi slt, %v1474, %size_L : i64
        %v1476 = arith.subi %size_L, %v1 : i64
        %v1477 = arith.minsi %v1474, %v1476 : i64
        %v1478 = arith.addi %v1473, %v1477 : i64
        %v1479 = arith.muli %v1470, %v77 : i64
        %v1480 = arith.addi %v1479, %v1444 : i64
        %v1481 = llvm.getelementptr %in_x[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
        %v1483 = arith.addi %v1443, %v107 : i64
        %v1484 = arith.constant true
        %v1485 = llvm.getelementptr %v5[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1486 = llvm.load %v1485 : !llvm.ptr<3> -> i64
        %v1487 = arith.addi %v1442, %v1444 : i64
        %v1488 = arith.cmpi slt, %v1487, %size_L : i64
        %v1489 = arith.subi %size_L, %v1 : i64
        %v1490 = arith.minsi %v1487, %v1489 : i64
        %v1491 = arith.addi %v1486, %v1490 : i64
        %v1492 = arith.muli %v1483, %v77 : i64
        %v1493 = arith.addi %v1492, %v1444 : i64
        %v1494 = llvm.getelementptr %in_x[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
        %v1496 = arith.addi %v1443, %v120 : i64
        %v1497 = arith.constant true
        %v1498 = llvm.getelementptr %v5[%v1496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1499 = llvm.load %v1498 : !llvm.ptr<3> -> i64
        %v1500 = arith.addi %v1442, %v1444 : i64
        %v1501 = arith.cmpi slt, %v1500, %size_L : i64
        %v1502 = arith.subi %size_L, %v1 : i64
        %v1503 = arith.minsi %v1500, %v1502 : i64
        %v1504 = arith.addi %v1499, %v1503 : i64
        %v1505 = arith.muli %v1496, %v77 : i64
        %v1506 = arith.addi %v1505, %v1444 : i64
        %v1507 = llvm.getelementptr %in_x[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1508 = llvm.load %v1507 : !llvm.ptr -> f32
        %v1509 = arith.addi %v1443, %v133 : i64
        %v1510 = arith.constant true
        %v1511 = llvm.getelementptr %v5[%v1509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1512 = llvm.load %v1511 : !llvm.ptr<3> -> i64
        %v1513 = arith.addi %v1442, %v1444 : i64
        %v1514 = arith.cmpi slt, %v1513, %size_L : i64
        %v1515 = arith.subi %size_L, %v1 : i64
        %v1516 = arith.minsi %v1513, %v1515 : i64
        %v1517 = arith.addi %v1512, %v1516 : i64
        %v1518 = arith.muli %v1509, %v77 : i64
        %v1519 = arith.addi %v1518, %v1444 : i64
        %v1520 = llvm.getelementptr %in_x[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
        %v1522 = arith.addi %v1443, %v146 : i64
        %v1523 = arith.constant true
        %v1524 = llvm.getelementptr %v5[%v1522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1525 = llvm.load %v1524 : !llvm.ptr<3> -> i64
        %v1526 = arith.addi %v1442, %v1444 : i64
        %v1527 = arith.cmpi slt, %v1526, %size_L : i64
        %v1528 = arith.subi %size_L, %v1 : i64
        %v1529 = arith.minsi %v1526, %v1528 : i64
        %v1530 = arith.addi %v1525, %v1529 : i64
        %v1531 = arith.muli %v1522, %v77 : i64
        %v1532 = arith.addi %v1531, %v1444 : i64
        %v1533 = llvm.getelementptr %in_x[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1534 = llvm.load %v1533 : !llvm.ptr -> f32
        %v1535 = arith.addi %v1443, %v159 : i64
        %v1536 = arith.constant true
        %v1537 = llvm.getelementptr %v5[%v1535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1538 = llvm.load %v1537 : !llvm.ptr<3> -> i64
        %v1539 = arith.addi %v1442, %v1444 : i64
        %v1540 = arith.cmpi slt, %v1539, %size_L : i64
        %v1541 = arith.subi %size_L, %v1 : i64
        %v1542 = arith.minsi %v1539, %v1541 : i64
        %v1543 = arith.addi %v1538, %v1542 : i64
        %v1544 = arith.muli %v1535, %v77 : i64
        %v1545 = arith.addi %v1544, %v1444 : i64
        %v1546 = llvm.getelementptr %in_x[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1547 = llvm.load %v1546 : !llvm.ptr -> f32
        %v1548 = arith.addi %v1443, %v172 : i64
        %v1549 = arith.constant true
        %v1550 = llvm.getelementptr %v5[%v1548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1551 = llvm.load %v1550 : !llvm.ptr<3> -> i64
        %v1552 = arith.addi %v1442, %v1444 : i64
        %v1553 = arith.cmpi slt, %v1552, %size_L : i64
        %v1554 = arith.subi %size_L, %v1 : i64
        %v1555 = arith.minsi %v1552, %v1554 : i64
        %v1556 = arith.addi %v1551, %v1555 : i64
        %v1557 = arith.muli %v1548, %v77 : i64
        %v1558 = arith.addi %v1557, %v1444 : i64
        %v1559 = llvm.getelementptr %in_x[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
        %v1561 = arith.addi %v1443, %v185 : i64
        %v1562 = arith.constant true
        %v1563 = llvm.getelementptr %v5[%v1561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1564 = llvm.load %v1563 : !llvm.ptr<3> -> i64
        %v1565 = arith.addi %v1442, %v1444 : i64
        %v1566 = arith.cmpi slt, %v1565, %size_L : i64
        %v1567 = arith.subi %size_L, %v1 : i64
        %v1568 = arith.minsi %v1565, %v1567 : i64
        %v1569 = arith.addi %v1564, %v1568 : i64
        %v1570 = arith.muli %v1561, %v77 : i64
        %v1571 = arith.addi %v1570, %v1444 : i64
        %v1572 = llvm.getelementptr %in_x[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1573 = llvm.load %v1572 : !llvm.ptr -> f32
        %v1574 = arith.addi %v1443, %v198 : i64
        %v1575 = arith.constant true
        %v1576 = llvm.getelementptr %v5[%v1574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1577 = llvm.load %v1576 : !llvm.ptr<3> -> i64
        %v1578 = arith.addi %v1442, %v1444 : i64
        %v1579 = arith.cmpi slt, %v1578, %size_L : i64
        %v1580 = arith.subi %size_L, %v1 : i64
        %v1581 = arith.minsi %v1578, %v1580 : i64
        %v1582 = arith.addi %v1577, %v1581 : i64
        %v1583 = arith.muli %v1574, %v77 : i64
        %v1584 = arith.addi %v1583, %v1444 : i64
        %v1585 = llvm.getelementptr %in_x[%v1582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
        %v1587 = arith.addi %v1443, %v211 : i64
        %v1588 = arith.constant true
        %v1589 = llvm.getelementptr %v5[%v1587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1590 = llvm.load %v1589 : !llvm.ptr<3> -> i64
        %v1591 = arith.addi %v1442, %v1444 : i64
        %v1592 = arith.cmpi slt, %v1591, %size_L : i64
        %v1593 = arith.subi %size_L, %v1 : i64
        %v1594 = arith.minsi %v1591, %v1593 : i64
        %v1595 = arith.addi %v1590, %v1594 : i64
        %v1596 = arith.muli %v1587, %v77 : i64
        %v1597 = arith.addi %v1596, %v1444 : i64
        %v1598 = llvm.getelementptr %in_x[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1599 = llvm.load %v1598 : !llvm.ptr -> f32
        %v1600 = arith.addi %v1443, %v224 : i64
        %v1601 = arith.constant true
        %v1602 = llvm.getelementptr %v5[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1603 = llvm.load %v1602 : !llvm.ptr<3> -> i64
        %v1604 = arith.addi %v1442, %v1444 : i64
        %v1605 = arith.cmpi slt, %v1604, %size_L : i64
        %v1606 = arith.subi %size_L, %v1 : i64
        %v1607 = arith.minsi %v1604, %v1606 : i64
        %v1608 = arith.addi %v1603, %v1607 : i64
        %v1609 = arith.muli %v1600, %v77 : i64
        %v1610 = arith.addi %v1609, %v1444 : i64
        %v1611 = llvm.getelementptr %in_x[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1612 = llvm.load %v1611 : !llvm.ptr -> f32
        %v1613 = arith.addi %v1443, %v237 : i64
        %v1614 = arith.constant true
        %v1615 = llvm.getelementptr %v5[%v1613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v1442, %v1444 : i64
        %v1618 = arith.cmpi slt, %v1617, %size_L : i64
        %v1619 = arith.subi %size_L, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1613, %v77 : i64
        %v1623 = arith.addi %v1622, %v1444 : i64
        %v1624 = llvm.getelementptr %in_x[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
        %v1626 = arith.addi %v1443, %v250 : i64
        %v1627 = arith.constant true
        %v1628 = llvm.getelementptr %v5[%v1626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1629 = llvm.load %v1628 : !llvm.ptr<3> -> i64
        %v1630 = arith.addi %v1442, %v1444 : i64
        %v1631 = arith.cmpi slt, %v1630, %size_L : i64
        %v1632 = arith.subi %size_L, %v1 : i64
        %v1633 = arith.minsi %v1630, %v1632 : i64
        %v1634 = arith.addi %v1629, %v1633 : i64
        %v1635 = arith.muli %v1626, %v77 : i64
        %v1636 = arith.addi %v1635, %v1444 : i64
        %v1637 = llvm.getelementptr %in_x[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
        %v1639 = arith.addi %v1443, %v263 : i64
        %v1640 = arith.constant true
        %v1641 = llvm.getelementptr %v5[%v1639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1642 = llvm.load %v1641 : !llvm.ptr<3> -> i64
        %v1643 = arith.addi %v1442, %v1444 : i64
        %v1644 = arith.cmpi slt, %v1643, %size_L : i64
        %v1645 = arith.subi %size_L, %v1 : i64
        %v1646 = arith.minsi %v1643, %v1645 : i64
        %v1647 = arith.addi %v1642, %v1646 : i64
        %v1648 = arith.muli %v1639, %v77 : i64
        %v1649 = arith.addi %v1648, %v1444 : i64
        %v1650 = llvm.getelementptr %in_x[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1651 = llvm.load %v1650 : !llvm.ptr -> f32
        %v1652 = arith.addi %v1443, %v67 : i64
        %v1653 = arith.constant true
        %v1654 = llvm.getelementptr %v5[%v1652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1655 = llvm.load %v1654 : !llvm.ptr<3> -> i64
        %v1656 = arith.addi %v1442, %v1444 : i64
        %v1657 = arith.cmpi slt, %v1656, %size_L : i64
        %v1658 = arith.subi %size_L, %v1 : i64
        %v1659 = arith.minsi %v1656, %v1658 : i64
        %v1660 = arith.addi %v1655, %v1659 : i64
        %v1661 = arith.muli %v1652, %v77 : i64
        %v1662 = arith.addi %v1661, %v1444 : i64
        %v1663 = llvm.getelementptr %in_x[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1664 = llvm.load %v1663 : !llvm.ptr -> f32
        %v1665 = arith.addi %v1443, %v288 : i64
        %v1666 = arith.constant true
        %v1667 = llvm.getelementptr %v5[%v1665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1668 = llvm.load %v1667 : !llvm.ptr<3> -> i64
        %v1669 = arith.addi %v1442, %v1444 : i64
        %v1670 = arith.cmpi slt, %v1669, %size_L : i64
        %v1671 = arith.subi %size_L, %v1 : i64
        %v1672 = arith.minsi %v1669, %v1671 : i64
        %v1673 = arith.addi %v1668, %v1672 : i64
        %v1674 = arith.muli %v1665, %v77 : i64
        %v1675 = arith.addi %v1674, %v1444 : i64
        %v1676 = llvm.getelementptr %in_x[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
        %v1678 = arith.addi %v1443, %v301 : i64
        %v1679 = arith.constant true
        %v1680 = llvm.getelementptr %v5[%v1678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1681 = llvm.load %v1680 : !llvm.ptr<3> -> i64
        %v1682 = arith.addi %v1442, %v1444 : i64
        %v1683 = arith.cmpi slt, %v1682, %size_L : i64
        %v1684 = arith.subi %size_L, %v1 : i64
        %v1685 = arith.minsi %v1682, %v1684 : i64
        %v1686 = arith.addi %v1681, %v1685 : i64
        %v1687 = arith.muli %v1678, %v77 : i64
        %v1688 = arith.addi %v1687, %v1444 : i64
        %v1689 = llvm.getelementptr %in_x[%v1686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
        %v1691 = arith.addi %v1443, %v314 : i64
        %v1692 = arith.constant true
        %v1693 = llvm.getelementptr %v5[%v1691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1694 = llvm.load %v1693 : !llvm.ptr<3> -> i64
        %v1695 = arith.addi %v1442, %v1444 : i64
        %v1696 = arith.cmpi slt, %v1695, %size_L : i64
        %v1697 = arith.subi %size_L, %v1 : i64
        %v1698 = arith.minsi %v1695, %v1697 : i64
        %v1699 = arith.addi %v1694, %v1698 : i64
        %v1700 = arith.muli %v1691, %v77 : i64
        %v1701 = arith.addi %v1700, %v1444 : i64
        %v1702 = llvm.getelementptr %in_x[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1703 = llvm.load %v1702 : !llvm.ptr -> f32
        %v1704 = arith.addi %v1443, %v327 : i64
        %v1705 = arith.constant true
        %v1706 = llvm.getelementptr %v5[%v1704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1707 = llvm.load %v1706 : !llvm.ptr<3> -> i64
        %v1708 = arith.addi %v1442, %v1444 : i64
        %v1709 = arith.cmpi slt, %v1708, %size_L : i64
        %v1710 = arith.subi %size_L, %v1 : i64
        %v1711 = arith.minsi %v1708, %v1710 : i64
        %v1712 = arith.addi %v1707, %v1711 : i64
        %v1713 = arith.muli %v1704, %v77 : i64
        %v1714 = arith.addi %v1713, %v1444 : i64
        %v1715 = llvm.getelementptr %in_x[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1716 = llvm.load %v1715 : !llvm.ptr -> f32
        %v1717 = arith.addi %v1443, %v340 : i64
        %v1718 = arith.constant true
        %v1719 = llvm.getelementptr %v5[%v1717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1720 = llvm.load %v1719 : !llvm.ptr<3> -> i64
        %v1721 = arith.addi %v1442, %v1444 : i64
        %v1722 = arith.cmpi slt, %v1721, %size_L : i64
        %v1723 = arith.subi %size_L, %v1 : i64
        %v1724 = arith.minsi %v1721, %v1723 : i64
        %v1725 = arith.addi %v1720, %v1724 : i64
        %v1726 = arith.muli %v1717, %v77 : i64
        %v1727 = arith.addi %v1726, %v1444 : i64
        %v1728 = llvm.getelementptr %in_x[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1729 = llvm.load %v1728 : !llvm.ptr -> f32
        %v1730 = arith.addi %v1443, %v353 : i64
        %v1731 = arith.constant true
        %v1732 = llvm.getelementptr %v5[%v1730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1733 = llvm.load %v1732 : !llvm.ptr<3> -> i64
        %v1734 = arith.addi %v1442, %v1444 : i64
        %v1735 = arith.cmpi slt, %v1734, %size_L : i64
        %v1736 = arith.subi %size_L, %v1 : i64
        %v1737 = arith.minsi %v1734, %v1736 : i64
        %v1738 = arith.addi %v1733, %v1737 : i64
        %v1739 = arith.muli %v1730, %v77 : i64
        %v1740 = arith.addi %v1739, %v1444 : i64
        %v1741 = llvm.getelementptr %in_x[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
        %v1743 = arith.addi %v1443, %v366 : i64
        %v1744 = arith.constant true
        %v1745 = llvm.getelementptr %v5[%v1743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1746 = llvm.load %v1745 : !llvm.ptr<3> -> i64
        %v1747 = arith.addi %v1442, %v1444 : i64
        %v1748 = arith.cmpi slt, %v1747, %size_L : i64
        %v1749 = arith.subi %size_L, %v1 : i64
        %v1750 = arith.minsi %v1747, %v1749 : i64
        %v1751 = arith.addi %v1746, %v1750 : i64
        %v1752 = arith.muli %v1743, %v77 : i64
        %v1753 = arith.addi %v1752, %v1444 : i64
        %v1754 = llvm.getelementptr %in_x[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
        %v1756 = arith.addi %v1443, %v379 : i64
        %v1757 = arith.constant true
        %v1758 = llvm.getelementptr %v5[%v1756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1759 = llvm.load %v1758 : !llvm.ptr<3> -> i64
        %v1760 = arith.addi %v1442, %v1444 : i64
        %v1761 = arith.cmpi slt, %v1760, %size_L : i64
        %v1762 = arith.subi %size_L, %v1 : i64
        %v1763 = arith.minsi %v1760, %v1762 : i64
        %v1764 = arith.addi %v1759, %v1763 : i64
        %v1765 = arith.muli %v1756, %v77 : i64
        %v1766 = arith.addi %v1765, %v1444 : i64
        %v1767 = llvm.getelementptr %in_x[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
        %v1769 = arith.addi %v1443, %v392 : i64
        %v1770 = arith.constant true
        %v1771 = llvm.getelementptr %v5[%v1769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1772 = llvm.load %v1771 : !llvm.ptr<3> -> i64
        %v1773 = arith.addi %v1442, %v1444 : i64
        %v1774 = arith.cmpi slt, %v1773, %size_L : i64
        %v1775 = arith.subi %size_L, %v1 : i64
        %v1776 = arith.minsi %v1773, %v1775 : i64
        %v1777 = arith.addi %v1772, %v1776 : i64
        %v1778 = arith.muli %v1769, %v77 : i64
        %v1779 = arith.addi %v1778, %v1444 : i64
        %v1780 = llvm.getelementptr %in_x[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
        %v1782 = arith.addi %v1443, %v405 : i64
        %v1783 = arith.constant true
        %v1784 = llvm.getelementptr %v5[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1785 = llvm.load %v1784 : !llvm.ptr<3> -> i64
        %v1786 = arith.addi %v1442, %v1444 : i64
        %v1787 = arith.cmpi slt, %v1786, %size_L : i64
        %v1788 = arith.subi %size_L, %v1 : i64
        %v1789 = arith.minsi %v1786, %v1788 : i64
        %v1790 = arith.addi %v1785, %v1789 : i64
        %v1791 = arith.muli %v1782, %v77 : i64
        %v1792 = arith.addi %v1791, %v1444 : i64
        %v1793 = llvm.getelementptr %in_x[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1794 = llvm.load %v1793 : !llvm.ptr -> f32
        %v1795 = arith.addi %v1443, %v418 : i64
        %v1796 = arith.constant true
        %v1797 = llvm.getelementptr %v5[%v1795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v1442, %v1444 : i64
        %v1800 = arith.cmpi slt, %v1799, %size_L : i64
        %v1801 = arith.subi %size_L, %v1 : i64
        %v1802 = arith.minsi %v1799, %v1801 : i64
        %v1803 = arith.addi %v1798, %v1802 : i64
        %v1804 = arith.muli %v1795, %v77 : i64
        %v1805 = arith.addi %v1804, %v1444 : i64
        %v1806 = llvm.getelementptr %in_x[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
        %v1808 = arith.addi %v1443, %v431 : i64
        %v1809 = arith.constant true
        %v1810 = llvm.getelementptr %v5[%v1808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1811 = llvm.load %v1810 : !llvm.ptr<3> -> i64
        %v1812 = arith.addi %v1442, %v1444 : i64
        %v1813 = arith.cmpi slt, %v1812, %size_L : i64
        %v1814 = arith.subi %size_L, %v1 : i64
        %v1815 = arith.minsi %v1812, %v1814 : i64
        %v1816 = arith.addi %v1811, %v1815 : i64
        %v1817 = arith.muli %v1808, %v77 : i64
        %v1818 = arith.addi %v1817, %v1444 : i64
        %v1819 = llvm.getelementptr %in_x[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
        %v1821 = arith.addi %v1443, %v444 : i64
        %v1822 = arith.constant true
        %v1823 = llvm.getelementptr %v5[%v1821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1824 = llvm.load %v1823 : !llvm.ptr<3> -> i64
        %v1825 = arith.addi %v1442, %v1444 : i64
        %v1826 = arith.cmpi slt, %v1825, %size_L : i64
        %v1827 = arith.subi %size_L, %v1 : i64
        %v1828 = arith.minsi %v1825, %v1827 : i64
        %v1829 = arith.addi %v1824, %v1828 : i64
        %v1830 = arith.muli %v1821, %v77 : i64
        %v1831 = arith.addi %v1830, %v1444 : i64
        %v1832 = llvm.getelementptr %in_x[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
        %v1834 = arith.addi %v1443, %v457 : i64
        %v1835 = arith.constant true
        %v1836 = llvm.getelementptr %v5[%v1834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1837 = llvm.load %v1836 : !llvm.ptr<3> -> i64
        %v1838 = arith.addi %v1442, %v1444 : i64
        %v1839 = arith.cmpi slt, %v1838, %size_L : i64
        %v1840 = arith.subi %size_L, %v1 : i64
        %v1841 = arith.minsi %v1838, %v1840 : i64
        %v1842 = arith.addi %v1837, %v1841 : i64
        %v1843 = arith.muli %v1834, %v77 : i64
        %v1844 = arith.addi %v1843, %v1444 : i64
        %v1845 = llvm.getelementptr %in_x[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
        %v1847 = arith.addi %v1443, %v470 : i64
        %v1848 = arith.constant true
        %v1849 = llvm.getelementptr %v5[%v1847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1850 = llvm.load %v1849 : !llvm.ptr<3> -> i64
        %v1851 = arith.addi %v1442, %v1444 : i64
        %v1852 = arith.cmpi slt, %v1851, %size_L : i64
        %v1853 = arith.subi %size_L, %v1 : i64
        %v1854 = arith.minsi %v1851, %v1853 : i64
        %v1855 = arith.addi %v1850, %v1854 : i64
        %v1856 = arith.muli %v1847, %v77 : i64
        %v1857 = arith.addi %v1856, %v1444 : i64
        %v1858 = llvm.getelementptr %in_x[%v1855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1859 = llvm.load %v1858 : !llvm.ptr -> f32
        %v1860 = arith.divui %v13, %v67 : i64
        %v1861 = arith.remui %v13, %v67 : i64
        %v1862 = arith.constant true
        %v1863 = arith.addi %v15, %v1860 : i64
        %v1864 = llvm.getelementptr %v5[%v1863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1865 = llvm.load %v1864 : !llvm.ptr<3> -> i64
        %v1866 = arith.addi %v1442, %v1861 : i64
        %v1867 = arith.cmpi slt, %v1866, %size_L : i64
        %v1868 = arith.subi %size_L, %v1 : i64
        %v1869 = arith.minsi %v1866, %v1868 : i64
        %v1870 = arith.addi %v1865, %v1869 : i64
        %v1871 = arith.muli %v1863, %v77 : i64
        %v1872 = arith.addi %v1871, %v1861 : i64
        %v1873 = llvm.getelementptr %in_rho[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1874 = llvm.load %v1873 : !llvm.ptr -> f32
        %v1875 = arith.addi %v1860, %v39 : i64
        %v1876 = arith.constant true
        %v1877 = arith.addi %v15, %v1875 : i64
        %v1878 = llvm.getelementptr %v5[%v1877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1879 = llvm.load %v1878 : !llvm.ptr<3> -> i64
        %v1880 = arith.addi %v1442, %v1861 : i64
        %v1881 = arith.cmpi slt, %v1880, %size_L : i64
        %v1882 = arith.subi %size_L, %v1 : i64
        %v1883 = arith.minsi %v1880, %v1882 : i64
        %v1884 = arith.addi %v1879, %v1883 : i64
        %v1885 = arith.muli %v1877, %v77 : i64
        %v1886 = arith.addi %v1885, %v1861 : i64
        %v1887 = llvm.getelementptr %in_rho[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
        %v1889 = arith.addi %v1860, %v94 : i64
        %v1890 = arith.constant true
        %v1891 = arith.addi %v15, %v1889 : i64
        %v1892 = llvm.getelementptr %v5[%v1891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1893 = llvm.load %v1892 : !llvm.ptr<3> -> i64
        %v1894 = arith.addi %v1442, %v1861 : i64
        %v1895 = arith.cmpi slt, %v1894, %size_L : i64
        %v1896 = arith.subi %size_L, %v1 : i64
        %v1897 = arith.minsi %v1894, %v1896 : i64
        %v1898 = arith.addi %v1893, %v1897 : i64
        %v1899 = arith.muli %v1891, %v77 : i64
        %v1900 = arith.addi %v1899, %v1861 : i64
        %v1901 = llvm.getelementptr %in_rho[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1902 = llvm.load %v1901 : !llvm.ptr -> f32
        %v1903 = arith.addi %v1860, %v107 : i64
        %v1904 = arith.constant true
        %v1905 = arith.addi %v15, %v1903 : i64
        %v1906 = llvm.getelementptr %v5[%v1905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1907 = llvm.load %v1906 : !llvm.ptr<3> -> i64
        %v1908 = arith.addi %v1442, %v1861 : i64
        %v1909 = arith.cmpi slt, %v1908, %size_L : i64
        %v1910 = arith.subi %size_L, %v1 : i64
        %v1911 = arith.minsi %v1908, %v1910 : i64
        %v1912 = arith.addi %v1907, %v1911 : i64
        %v1913 = arith.muli %v1905, %v77 : i64
        %v1914 = arith.addi %v1913, %v1861 : i64
        %v1915 = llvm.getelementptr %in_rho[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1916 = llvm.load %v1915 : !llvm.ptr -> f32
        %v1917 = arith.addi %v1860, %v120 : i64
        %v1918 = arith.constant true
        %v1919 = arith.addi %v15, %v1917 : i64
        %v1920 = llvm.getelementptr %v5[%v1919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1921 = llvm.load %v1920 : !llvm.ptr<3> -> i64
        %v1922 = arith.addi %v1442, %v1861 : i64
        %v1923 = arith.cmpi slt, %v1922, %size_L : i64
        %v1924 = arith.subi %size_L, %v1 : i64
        %v1925 = arith.minsi %v1922, %v1924 : i64
        %v1926 = arith.addi %v1921, %v1925 : i64
        %v1927 = arith.muli %v1919, %v77 : i64
        %v1928 = arith.addi %v1927, %v1861 : i64
        %v1929 = llvm.getelementptr %in_rho[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1930 = llvm.load %v1929 : !llvm.ptr -> f32
        %v1931 = arith.addi %v1860, %v133 : i64
        %v1932 = arith.constant true
        %v1933 = arith.addi %v15, %v1931 : i64
        %v1934 = llvm.getelementptr %v5[%v1933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1935 = llvm.load %v1934 : !llvm.ptr<3> -> i64
        %v1936 = arith.addi %v1442, %v1861 : i64
        %v1937 = arith.cmpi slt, %v1936, %size_L : i64
        %v1938 = arith.subi %size_L, %v1 : i64
        %v1939 = arith.minsi %v1936, %v1938 : i64
        %v1940 = arith.addi %v1935, %v1939 : i64
        %v1941 = arith.muli %v1933, %v77 : i64
        %v1942 = arith.addi %v1941, %v1861 : i64
        %v1943 = llvm.getelementptr %in_rho[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1944 = llvm.load %v1943 : !llvm.ptr -> f32
        %v1945 = arith.addi %v1860, %v146 : i64
        %v1946 = arith.constant true
        %v1947 = arith.addi %v15, %v1945 : i64
        %v1948 = llvm.getelementptr %v5[%v1947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1949 = llvm.load %v1948 : !llvm.ptr<3> -> i64
        %v1950 = arith.addi %v1442, %v1861 : i64
        %v1951 = arith.cmpi slt, %v1950, %size_L : i64
        %v1952 = arith.subi %size_L, %v1 : i64
        %v1953 = arith.minsi %v1950, %v1952 : i64
        %v1954 = arith.addi %v1949, %v1953 : i64
        %v1955 = arith.muli %v1947, %v77 : i64
        %v1956 = arith.addi %v1955, %v1861 : i64
        %v1957 = llvm.getelementptr %in_rho[%v1954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
        %v1959 = arith.addi %v1860, %v159 : i64
        %v1960 = arith.constant true
        %v1961 = arith.addi %v15, %v1959 : i64
        %v1962 = llvm.getelementptr %v5[%v1961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1963 = llvm.load %v1962 : !llvm.ptr<3> -> i64
        %v1964 = arith.addi %v1442, %v1861 : i64
        %v1965 = arith.cmpi slt, %v1964, %size_L : i64
        %v1966 = arith.subi %size_L, %v1 : i64
        %v1967 = arith.minsi %v1964, %v1966 : i64
        %v1968 = arith.addi %v1963, %v1967 : i64
        %v1969 = arith.muli %v1961, %v77 : i64
        %v1970 = arith.addi %v1969, %v1861 : i64
        %v1971 = llvm.getelementptr %in_rho[%v1968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1972 = llvm.load %v1971 : !llvm.ptr -> f32
        %v1973 = arith.addi %v1860, %v172 : i64
        %v1974 = arith.constant true
        %v1975 = arith.addi %v15, %v1973 : i64
        %v1976 = llvm.getelementptr %v5[%v1975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1977 = llvm.load %v1976 : !llvm.ptr<3> -> i64
        %v1978 = arith.addi %v1442, %v1861 : i64
        %v1979 = arith.cmpi slt, %v1978, %size_L : i64
        %v1980 = arith.subi %size_L, %v1 : i64
        %v1981 = arith.minsi %v1978, %v1980 : i64
        %v1982 = arith.addi %v1977, %v1981 : i64
        %v1983 = arith.muli %v1975, %v77 : i64
        %v1984 = arith.addi %v1983, %v1861 : i64
        %v1985 = llvm.getelementptr %in_rho[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1986 = llvm.load %v1985 : !llvm.ptr -> f32
        %v1987 = arith.addi %v1860, %v185 : i64
        %v1988 = arith.constant true
        %v1989 = arith.addi %v15, %v1987 : i64
        %v1990 = llvm.getelementptr %v5[%v1989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1991 = llvm.load %v1990 : !llvm.ptr<3> -> i64
        %v1992 = arith.addi %v1442, %v1861 : i64
        %v1993 = arith.cmpi slt, %v1992, %size_L : i64
        %v1994 = arith.subi %size_L, %v1 : i64
        %v1995 = arith.minsi %v1992, %v1994 : i64
        %v1996 = arith.addi %v1991, %v1995 : i64
        %v1997 = arith.muli %v1989, %v77 : i64
        %v1998 = arith.addi %v1997, %v1861 : i64
        %v1999 = llvm.getelementptr %in_rho[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
        %v2001 = arith.addi %v1860, %v198 : i64
        %v2002 = arith.constant true
        %v2003 = arith.addi %v15, %v2001 : i64
        %v2004 = llvm.getelementptr %v5[%v2003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2005 = llvm.load %v2004 : !llvm.ptr<3> -> i64
        %v2006 = arith.addi %v1442, %v1861 : i64
        %v2007 = arith.cmpi slt, %v2006, %size_L : i64
        %v2008 = arith.subi %size_L, %v1 : i64
        %v2009 = arith.minsi %v2006, %v2008 : i64
        %v2010 = arith.addi %v2005, %v2009 : i64
        %v2011 = arith.muli %v2003, %v77 : i64
        %v2012 = arith.addi %v2011, %v1861 : i64
        %v2013 = llvm.getelementptr %in_rho[%v2010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2014 = llvm.load %v2013 : !llvm.ptr -> f32
        %v2015 = arith.addi %v1860, %v211 : i64
        %v2016 = arith.constant true
        %v2017 = arith.addi %v15, %v2015 : i64
        %v2018 = llvm.getelementptr %v5[%v2017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2019 = llvm.load %v2018 : !llvm.ptr<3> -> i64
        %v2020 = arith.addi %v1442, %v1861 : i64
        %v2021 = arith.cmpi slt, %v2020, %size_L : i64
        %v2022 = arith.subi %size_L, %v1 : i64
        %v2023 = arith.minsi %v2020, %v2022 : i64
        %v2024 = arith.addi %v2019, %v2023 : i64
        %v2025 = arith.muli %v2017, %v77 : i64
        %v2026 = arith.addi %v2025, %v1861 : i64
        %v2027 = llvm.getelementptr %in_rho[%v2024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2028 = llvm.load %v2027 : !llvm.ptr -> f32
        %v2029 = arith.addi %v1860, %v224 : i64
        %v2030 = arith.constant true
        %v2031 = arith.addi %v15, %v2029 : i64
        %v2032 = llvm.getelementptr %v5[%v2031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2033 = llvm.load %v2032 : !llvm.ptr<3> -> i64
        %v2034 = arith.addi %v1442, %v1861 : i64
        %v2035 = arith.cmpi slt, %v2034, %size_L : i64
        %v2036 = arith.subi %size_L, %v1 : i64
        %v2037 = arith.minsi %v2034, %v2036 : i64
        %v2038 = arith.addi %v2033, %v2037 : i64
        %v2039 = arith.muli %v2031, %v77 : i64
        %v2040 = arith.addi %v2039, %v1861 : i64
        %v2041 = llvm.getelementptr %in_rho[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2042 = llvm.load %v2041 : !llvm.ptr -> f32
        %v2043 = arith.addi %v1860, %v237 : i64
        %v2044 = arith.constant true
        %v2045 = arith.addi %v15, %v2043 : i64
        %v2046 = llvm.getelementptr %v5[%v2045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2047 = llvm.load %v2046 : !llvm.ptr<3> -> i64
        %v2048 = arith.addi %v1442, %v1861 : i64
        %v2049 = arith.cmpi slt, %v2048, %size_L : i64
        %v2050 = arith.subi %size_L, %v1 : i64
        %v2051 = arith.minsi %v2048, %v2050 : i64
        %v2052 = arith.addi %v2047, %v2051 : i64
        %v2053 = arith.muli %v2045, %v77 : i64
        %v2054 = arith.addi %v2053, %v1861 : i64
        %v2055 = llvm.getelementptr %in_rho[%v2052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2056 = llvm.load %v2055 : !llvm.ptr -> f32
        %v2057 = arith.addi %v1860, %v250 : i64
        %v2058 = arith.constant true
        %v2059 = arith.addi %v15, %v2057 : i64
        %v2060 = llvm.getelementptr %v5[%v2059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2061 = llvm.load %v2060 : !llvm.ptr<3> -> i64
        %v2062 = arith.addi %v1442, %v1861 : i64
        %v2063 = arith.cmpi slt, %v2062, %size_L : i64
        %v2064 = arith.subi %size_L, %v1 : i64
        %v2065 = arith.minsi %v2062, %v2064 : i64
        %v2066 = arith.addi %v2061, %v2065 : i64
        %v2067 = arith.muli %v2059, %v77 : i64
        %v2068 = arith.addi %v2067, %v1861 : i64
        %v2069 = llvm.getelementptr %in_rho[%v2066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2070 = llvm.load %v2069 : !llvm.ptr -> f32
        %v2071 = arith.addi %v1860, %v263 : i64
        %v2072 = arith.constant true
        %v2073 = arith.addi %v15, %v2071 : i64
        %v2074 = llvm.getelementptr %v5[%v2073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2075 = llvm.load %v2074 : !llvm.ptr<3> -> i64
        %v2076 = arith.addi %v1442, %v1861 : i64
        %v2077 = arith.cmpi slt, %v2076, %size_L : i64
        %v2078 = arith.subi %size_L, %v1 : i64
        %v2079 = arith.minsi %v2076, %v2078 : i64
        %v2080 = arith.addi %v2075, %v2079 : i64
        %v2081 = arith.muli %v2073, %v77 : i64
        %v2082 = arith.addi %v2081, %v1861 : i64
        %v2083 = llvm.getelementptr %in_rho[%v2080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2084 = llvm.load %v2083 : !llvm.ptr -> f32
        %v2085 = arith.addi %v1860, %v67 : i64
        %v2086 = arith.constant true
        %v2087 = arith.addi %v15, %v2085 : i64
        %v2088 = llvm.getelementptr %v5[%v2087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2089 = llvm.load %v2088 : !llvm.ptr<3> -> i64
        %v2090 = arith.addi %v1442, %v1861 : i64
        %v2091 = arith.cmpi slt, %v2090, %size_L : i64
        %v2092 = arith.subi %size_L, %v1 : i64
        %v2093 = arith.minsi %v2090, %v2092 : i64
        %v2094 = arith.addi %v2089, %v2093 : i64
        %v2095 = arith.muli %v2087, %v77 : i64
        %v2096 = arith.addi %v2095, %v1861 : i64
        %v2097 = llvm.getelementptr %in_rho[%v2094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2098 = llvm.load %v2097 : !llvm.ptr -> f32
        %v2099 = arith.addi %v1860, %v288 : i64
        %v2100 = arith.constant true
        %v2101 = arith.addi %v15, %v2099 : i64
        %v2102 = llvm.getelementptr %v5[%v2101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2103 = llvm.load %v2102 : !llvm.ptr<3> -> i64
        %v2104 = arith.addi %v1442, %v1861 : i64
        %v2105 = arith.cmpi slt, %v2104, %size_L : i64
        %v2106 = arith.subi %size_L, %v1 : i64
        %v2107 = arith.minsi %v2104, %v2106 : i64
        %v2108 = arith.addi %v2103, %v2107 : i64
        %v2109 = arith.muli %v2101, %v77 : i64
        %v2110 = arith.addi %v2109, %v1861 : i64
        %v2111 = llvm.getelementptr %in_rho[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2112 = llvm.load %v2111 : !llvm.ptr -> f32
        %v2113 = arith.addi %v1860, %v301 : i64
        %v2114 = arith.constant true
        %v2115 = arith.addi %v15, %v2113 : i64
        %v2116 = llvm.getelementptr %v5[%v2115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2117 = llvm.load %v2116 : !llvm.ptr<3> -> i64
        %v2118 = arith.addi %v1442, %v1861 : i64
        %v2119 = arith.cmpi slt, %v2118, %size_L : i64
        %v2120 = arith.subi %size_L, %v1 : i64
        %v2121 = arith.minsi %v2118, %v2120 : i64
        %v2122 = arith.addi %v2117, %v2121 : i64
        %v2123 = arith.muli %v2115, %v77 : i64
        %v2124 = arith.addi %v2123, %v1861 : i64
        %v2125 = llvm.getelementptr %in_rho[%v2122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2126 = llvm.load %v2125 : !llvm.ptr -> f32
        %v2127 = arith.addi %v1860, %v314 : i64
        %v2128 = arith.constant true
        %v2129 = arith.addi %v15, %v2127 : i64
        %v2130 = llvm.getelementptr %v5[%v2129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2131 = llvm.load %v2130 : !llvm.ptr<3> -> i64
        %v2132 = arith.addi %v1442, %v1861 : i64
        %v2133 = arith.cmpi slt, %v2132, %size_L : i64
        %v2134 = arith.subi %size_L, %v1 : i64
        %v2135 = arith.minsi %v2132, %v2134 : i64
        %v2136 = arith.addi %v2131, %v2135 : i64
        %v2137 = arith.muli %v2129, %v77 : i64
        %v2138 = arith.addi %v2137, %v1861 : i64
        %v2139 = llvm.getelementptr %in_rho[%v2136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
        %v2141 = arith.addi %v1860, %v327 : i64
        %v2142 = arith.constant true
        %v2143 = arith.addi %v15, %v2141 : i64
        %v2144 = llvm.getelementptr %v5[%v2143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2145 = llvm.load %v2144 : !llvm.ptr<3> -> i64
        %v2146 = arith.addi %v1442, %v1861 : i64
        %v2147 = arith.cmpi slt, %v2146, %size_L : i64
        %v2148 = arith.subi %size_L, %v1 : i64
        %v2149 = arith.minsi %v2146, %v2148 : i64
        %v2150 = arith.addi %v2145, %v2149 : i64
        %v2151 = arith.muli %v2143, %v77 : i64
        %v2152 = arith.addi %v2151, %v1861 : i64
        %v2153 = llvm.getelementptr %in_rho[%v2150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2154 = llvm.load %v2153 : !llvm.ptr -> f32
        %v2155 = arith.addi %v1860, %v340 : i64
        %v2156 = arith.constant true
        %v2157 = arith.addi %v15, %v2155 : i64
        %v2158 = llvm.getelementptr %v5[%v2157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2159 = llvm.load %v2158 : !llvm.ptr<3> -> i64
        %v2160 = arith.addi %v1442, %v1861 : i64
        %v2161 = arith.cmpi slt, %v2160, %size_L : i64
        %v2162 = arith.subi %size_L, %v1 : i64
        %v2163 = arith.minsi %v2160, %v2162 : i64
        %v2164 = arith.addi %v2159, %v2163 : i64
        %v2165 = arith.muli %v2157, %v77 : i64
        %v2166 = arith.addi %v2165, %v1861 : i64
        %v2167 = llvm.getelementptr %in_rho[%v2164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2168 = llvm.load %v2167 : !llvm.ptr -> f32
        %v2169 = arith.addi %v1860, %v353 : i64
        %v2170 = arith.constant true
        %v2171 = arith.addi %v15, %v2169 : i64
        %v2172 = llvm.getelementptr %v5[%v2171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2173 = llvm.load %v2172 : !llvm.ptr<3> -> i64
        %v2174 = arith.addi %v1442, %v1861 : i64
        %v2175 = arith.cmpi slt, %v2174, %size_L : i64
        %v2176 = arith.subi %size_L, %v1 : i64
        %v2177 = arith.minsi %v2174, %v2176 : i64
        %v2178 = arith.addi %v2173, %v2177 : i64
        %v2179 = arith.muli %v2171, %v77 : i64
        %v2180 = arith.addi %v2179, %v1861 : i64
        %v2181 = llvm.getelementptr %in_rho[%v2178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2182 = llvm.load %v2181 : !llvm.ptr -> f32
        %v2183 = arith.addi %v1860, %v366 : i64
        %v2184 = arith.constant true
        %v2185 = arith.addi %v15, %v2183 : i64
        %v2186 = llvm.getelementptr %v5[%v2185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2187 = llvm.load %v2186 : !llvm.ptr<3> -> i64
        %v2188 = arith.addi %v1442, %v1861 : i64
        %v2189 = arith.cmpi slt, %v2188, %size_L : i64
        %v2190 = arith.subi %size_L, %v1 : i64
        %v2191 = arith.minsi %v2188, %v2190 : i64
        %v2192 = arith.addi %v2187, %v2191 : i64
        %v2193 = arith.muli %v2185, %v77 : i64
        %v2194 = arith.addi %v2193, %v1861 : i64
        %v2195 = llvm.getelementptr %in_rho[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2196 = llvm.load %v2195 : !llvm.ptr -> f32
        %v2197 = arith.addi %v1860, %v379 : i64
        %v2198 = arith.constant true
        %v2199 = arith.addi %v15, %v2197 : i64
        %v2200 = llvm.getelementptr %v5[%v2199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2201 = llvm.load %v2200 : !llvm.ptr<3> -> i64
        %v2202 = arith.addi %v1442, %v1861 : i64
        %v2203 = arith.cmpi slt, %v2202, %size_L : i64
        %v2204 = arith.subi %size_L, %v1 : i64
        %v2205 = arith.minsi %v2202, %v2204 : i64
        %v2206 = arith.addi %v2201, %v2205 : i64
        %v2207 = arith.muli %v2199, %v77 : i64
        %v2208 = arith.addi %v2207, %v1861 : i64
        %v2209 = llvm.getelementptr %in_rho[%v2206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2210 = llvm.load %v2209 : !llvm.ptr -> f32
        %v2211 = arith.addi %v1860, %v392 : i64
        %v2212 = arith.constant true
        %v2213 = arith.addi %v15, %v2211 : i64
        %v2214 = llvm.getelementptr %v5[%v2213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2215 = llvm.load %v2214 : !llvm.ptr<3> -> i64
        %v2216 = arith.addi %v1442, %v1861 : i64
        %v2217 = arith.cmpi slt, %v2216, %size_L : i64
        %v2218 = arith.subi %size_L, %v1 : i64
        %v2219 = arith.minsi %v2216, %v2218 : i64
        %v2220 = arith.addi %v2215, %v2219 : i64
        %v2221 = arith.muli %v2213, %v77 : i64
        %v2222 = arith.addi %v2221, %v1861 : i64
        %v2223 = llvm.getelementptr %in_rho[%v2220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2224 = llvm.load %v2223 : !llvm.ptr -> f32
        %v2225 = arith.addi %v1860, %v405 : i64
        %v2226 = arith.constant true
        %v2227 = arith.addi %v15, %v2225 : i64
        %v2228 = llvm.getelementptr %v5[%v2227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2229 = llvm.load %v2228 : !llvm.ptr<3> -> i64
        %v2230 = arith.addi %v1442, %v1861 : i64
        %v2231 = arith.cmpi slt, %v2230, %size_L : i64
        %v2232 = arith.subi %size_L, %v1 : i64
        %v2233 = arith.minsi %v2230, %v2232 : i64
        %v2234 = arith.addi %v2229, %v2233 : i64
        %v2235 = arith.muli %v2227, %v77 : i64
        %v2236 = arith.addi %v2235, %v1861 : i64
        %v2237 = llvm.getelementptr %in_rho[%v2234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2238 = llvm.load %v2237 : !llvm.ptr -> f32
        %v2239 = arith.addi %v1860, %v418 : i64
        %v2240 = arith.constant true
        %v2241 = arith.addi %v15, %v2239 : i64
        %v2242 = llvm.getelementptr %v5[%v2241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2243 = llvm.load %v2242 : !llvm.ptr<3> -> i64
        %v2244 = arith.addi %v1442, %v1861 : i64
        %v2245 = arith.cmpi slt, %v2244, %size_L : i64
        %v2246 = arith.subi %size_L, %v1 : i64
        %v2247 = arith.minsi %v2244, %v2246 : i64
        %v2248 = arith.addi %v2243, %v2247 : i64
        %v2249 = arith.muli %v2241, %v77 : i64
        %v2250 = arith.addi %v2249, %v1861 : i64
        %v2251 = llvm.getelementptr %in_rho[%v2248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2252 = llvm.load %v2251 : !llvm.ptr -> f32
        %v2253 = arith.addi %v1860, %v431 : i64
        %v2254 = arith.constant true
        %v2255 = arith.addi %v15, %v2253 : i64
        %v2256 = llvm.getelementptr %v5[%v2255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2257 = llvm.load %v2256 : !llvm.ptr<3> -> i64
        %v2258 = arith.addi %v1442, %v1861 : i64
        %v2259 = arith.cmpi slt, %v2258, %size_L : i64
        %v2260 = arith.subi %size_L, %v1 : i64
        %v2261 = arith.minsi %v2258, %v2260 : i64
        %v2262 = arith.addi %v2257, %v2261 : i64
        %v2263 = arith.muli %v2255, %v77 : i64
        %v2264 = arith.addi %v2263, %v1861 : i64
        %v2265 = llvm.getelementptr %in_rho[%v2262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2266 = llvm.load %v2265 : !llvm.ptr -> f32
        %v2267 = arith.addi %v1860, %v444 : i64
        %v2268 = arith.constant true
        %v2269 = arith.addi %v15, %v2267 : i64
        %v2270 = llvm.getelementptr %v5[%v2269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2271 = llvm.load %v2270 : !llvm.ptr<3> -> i64
        %v2272 = arith.addi %v1442, %v1861 : i64
        %v2273 = arith.cmpi slt, %v2272, %size_L : i64
        %v2274 = arith.subi %size_L, %v1 : i64
        %v2275 = arith.minsi %v2272, %v2274 : i64
        %v2276 = arith.addi %v2271, %v2275 : i64
        %v2277 = arith.muli %v2269, %v77 : i64
        %v2278 = arith.addi %v2277, %v1861 : i64
        %v2279 = llvm.getelementptr %in_rho[%v2276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
        %v2281 = arith.addi %v1860, %v457 : i64
        %v2282 = arith.constant true
        %v2283 = arith.addi %v15, %v2281 : i64
        %v2284 = llvm.getelementptr %v5[%v2283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2285 = llvm.load %v2284 : !llvm.ptr<3> -> i64
        %v2286 = arith.addi %v1442, %v1861 : i64
        %v2287 = arith.cmpi slt, %v2286, %size_L : i64
        %v2288 = arith.subi %size_L, %v1 : i64
        %v2289 = arith.minsi %v2286, %v2288 : i64
        %v2290 = arith.addi %v2285, %v2289 : i64
        %v2291 = arith.muli %v2283, %v77 : i64
        %v2292 = arith.addi %v2291, %v1861 : i64
        %v2293 = llvm.getelementptr %in_rho[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2294 = llvm.load %v2293 : !llvm.ptr -> f32
        %v2295 = arith.addi %v1860, %v470 : i64
        %v2296 = arith.constant true
        %v2297 = arith.addi %v15, %v2295 : i64
        %v2298 = llvm.getelementptr %v5[%v2297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2299 = llvm.load %v2298 : !llvm.ptr<3> -> i64
        %v2300 = arith.addi %v1442, %v1861 : i64
        %v2301 = arith.cmpi slt, %v2300, %size_L : i64
        %v2302 = arith.subi %size_L, %v1 : i64
        %v2303 = arith.minsi %v2300, %v2302 : i64
        %v2304 = arith.addi %v2299, %v2303 : i64
        %v2305 = arith.muli %v2297, %v77 : i64
        %v2306 = arith.addi %v2305, %v1861 : i64
        %v2307 = llvm.getelementptr %in_rho[%v2304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2308 = llvm.load %v2307 : !llvm.ptr -> f32
        %v2309 = arith.divui %v13, %v67 : i64
        %v2310 = arith.remui %v13, %v67 : i64
        %v2311 = arith.constant true
        %v2312 = arith.addi %v40, %v2309 : i64
        %v2313 = llvm.getelementptr %v5[%v2312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2314 = llvm.load %v2313 : !llvm.ptr<3> -> i64
        %v2315 = arith.addi %v1442, %v2310 : i64
        %v2316 = arith.cmpi slt, %v2315, %size_L : i64
        %v2317 = arith.subi %size_L, %v1 : i64
        %v2318 = arith.minsi %v2315, %v2317 : i64
        %v2319 = arith.addi %v2314, %v2318 : i64
        %v2320 = arith.muli %v2312, %v77 : i64
        %v2321 = arith.addi %v2320, %v2310 : i64
        %v2322 = llvm.getelementptr %in_theta[%v2319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2323 = llvm.load %v2322 : !llvm.ptr -> f32
        %v2324 = arith.addi %v2309, %v39 : i64
        %v2325 = arith.constant true
        %v2326 = arith.addi %v40, %v2324 : i64
        %v2327 = llvm.getelementptr %v5[%v2326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2328 = llvm.load %v2327 : !llvm.ptr<3> -> i64
        %v2329 = arith.addi %v1442, %v2310 : i64
        %v2330 = arith.cmpi slt, %v2329, %size_L : i64
        %v2331 = arith.subi %size_L, %v1 : i64
        %v2332 = arith.minsi %v2329, %v2331 : i64
        %v2333 = arith.addi %v2328, %v2332 : i64
        %v2334 = arith.muli %v2326, %v77 : i64
        %v2335 = arith.addi %v2334, %v2310 : i64
        %v2336 = llvm.getelementptr %in_theta[%v2333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2337 = llvm.load %v2336 : !llvm.ptr -> f32
        %v2338 = arith.addi %v2309, %v94 : i64
        %v2339 = arith.constant true
        %v2340 = arith.addi %v40, %v2338 : i64
        %v2341 = llvm.getelementptr %v5[%v2340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2342 = llvm.load %v2341 : !llvm.ptr<3> -> i64
        %v2343 = arith.addi %v1442, %v2310 : i64
        %v2344 = arith.cmpi slt, %v2343, %size_L : i64
        %v2345 = arith.subi %size_L, %v1 : i64
        %v2346 = arith.minsi %v2343, %v2345 : i64
        %v2347 = arith.addi %v2342, %v2346 : i64
        %v2348 = arith.muli %v2340, %v77 : i64
        %v2349 = arith.addi %v2348, %v2310 : i64
        %v2350 = llvm.getelementptr %in_theta[%v2347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
        %v2352 = arith.addi %v2309, %v107 : i64
        %v2353 = arith.constant true
        %v2354 = arith.addi %v40, %v2352 : i64
        %v2355 = llvm.getelementptr %v5[%v2354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2356 = llvm.load %v2355 : !llvm.ptr<3> -> i64
        %v2357 = arith.addi %v1442, %v2310 : i64
        %v2358 = arith.cmpi slt, %v2357, %size_L : i64
        %v2359 = arith.subi %size_L, %v1 : i64
        %v2360 = arith.minsi %v2357, %v2359 : i64
        %v2361 = arith.addi %v2356, %v2360 : i64
        %v2362 = arith.muli %v2354, %v77 : i64
        %v2363 = arith.addi %v2362, %v2310 : i64
        %v2364 = llvm.getelementptr %in_theta[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
        %v2366 = arith.addi %v2309, %v120 : i64
        %v2367 = arith.constant true
        %v2368 = arith.addi %v40, %v2366 : i64
        %v2369 = llvm.getelementptr %v5[%v2368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2370 = llvm.load %v2369 : !llvm.ptr<3> -> i64
        %v2371 = arith.addi %v1442, %v2310 : i64
        %v2372 = arith.cmpi slt, %v2371, %size_L : i64
        %v2373 = arith.subi %size_L, %v1 : i64
        %v2374 = arith.minsi %v2371, %v2373 : i64
        %v2375 = arith.addi %v2370, %v2374 : i64
        %v2376 = arith.muli %v2368, %v77 : i64
        %v2377 = arith.addi %v2376, %v2310 : i64
        %v2378 = llvm.getelementptr %in_theta[%v2375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2379 = llvm.load %v2378 : !llvm.ptr -> f32
        %v2380 = arith.addi %v2309, %v133 : i64
        %v2381 = arith.constant true
        %v2382 = arith.addi %v40, %v2380 : i64
        %v2383 = llvm.getelementptr %v5[%v2382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2384 = llvm.load %v2383 : !llvm.ptr<3> -> i64
        %v2385 = arith.addi %v1442, %v2310 : i64
        %v2386 = arith.cmpi slt, %v2385, %size_L : i64
        %v2387 = arith.subi %size_L, %v1 : i64
        %v2388 = arith.minsi %v2385, %v2387 : i64
        %v2389 = arith.addi %v2384, %v2388 : i64
        %v2390 = arith.muli %v2382, %v77 : i64
        %v2391 = arith.addi %v2390, %v2310 : i64
        %v2392 = llvm.getelementptr %in_theta[%v2389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2393 = llvm.load %v2392 : !llvm.ptr -> f32
        %v2394 = arith.addi %v2309, %v146 : i64
        %v2395 = arith.constant true
        %v2396 = arith.addi %v40, %v2394 : i64
        %v2397 = llvm.getelementptr %v5[%v2396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2398 = llvm.load %v2397 : !llvm.ptr<3> -> i64
        %v2399 = arith.addi %v1442, %v2310 : i64
        %v2400 = arith.cmpi slt, %v2399, %size_L : i64
        %v2401 = arith.subi %size_L, %v1 : i64
        %v2402 = arith.minsi %v2399, %v2401 : i64
        %v2403 = arith.addi %v2398, %v2402 : i64
        %v2404 = arith.muli %v2396, %v77 : i64
        %v2405 = arith.addi %v2404, %v2310 : i64
        %v2406 = llvm.getelementptr %in_theta[%v2403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2407 = llvm.load %v2406 : !llvm.ptr -> f32
        %v2408 = arith.addi %v2309, %v159 : i64
        %v2409 = arith.constant true
        %v2410 = arith.addi %v40, %v2408 : i64
        %v2411 = llvm.getelementptr %v5[%v2410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2412 = llvm.load %v2411 : !llvm.ptr<3> -> i64
        %v2413 = arith.addi %v1442, %v2310 : i64
        %v2414 = arith.cmpi slt, %v2413, %size_L : i64
        %v2415 = arith.subi %size_L, %v1 : i64
        %v2416 = arith.minsi %v2413, %v2415 : i64
        %v2417 = arith.addi %v2412, %v2416 : i64
        %v2418 = arith.muli %v2410, %v77 : i64
        %v2419 = arith.addi %v2418, %v2310 : i64
        %v2420 = llvm.getelementptr %in_theta[%v2417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2421 = llvm.load %v2420 : !llvm.ptr -> f32
        %v2422 = arith.addi %v2309, %v172 : i64
        %v2423 = arith.constant true
        %v2424 = arith.addi %v40, %v2422 : i64
        %v2425 = llvm.getelementptr %v5[%v2424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2426 = llvm.load %v2425 : !llvm.ptr<3> -> i64
        %v2427 = arith.addi %v1442, %v2310 : i64
        %v2428 = arith.cmpi slt, %v2427, %size_L : i64
        %v2429 = arith.subi %size_L, %v1 : i64
        %v2430 = arith.minsi %v2427, %v2429 : i64
        %v2431 = arith.addi %v2426, %v2430 : i64
        %v2432 = arith.muli %v2424, %v77 : i64
        %v2433 = arith.addi %v2432, %v2310 : i64
        %v2434 = llvm.getelementptr %in_theta[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2435 = llvm.load %v2434 : !llvm.ptr -> f32
        %v2436 = arith.addi %v2309, %v185 : i64
        %v2437 = arith.constant true
        %v2438 = arith.addi %v40, %v2436 : i64
        %v2439 = llvm.getelementptr %v5[%v2438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2440 = llvm.load %v2439 : !llvm.ptr<3> -> i64
        %v2441 = arith.addi %v1442, %v2310 : i64
        %v2442 = arith.cmpi slt, %v2441, %size_L : i64
        %v2443 = arith.subi %size_L, %v1 : i64
        %v2444 = arith.minsi %v2441, %v2443 : i64
        %v2445 = arith.addi %v2440, %v2444 : i64
        %v2446 = arith.muli %v2438, %v77 : i64
        %v2447 = arith.addi %v2446, %v2310 : i64
        %v2448 = llvm.getelementptr %in_theta[%v2445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2449 = llvm.load %v2448 : !llvm.ptr -> f32
        %v2450 = arith.addi %v2309, %v198 : i64
        %v2451 = arith.constant true
        %v2452 = arith.addi %v40, %v2450 : i64
        %v2453 = llvm.getelementptr %v5[%v2452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2454 = llvm.load %v2453 : !llvm.ptr<3> -> i64
        %v2455 = arith.addi %v1442, %v2310 : i64
        %v2456 = arith.cmpi slt, %v2455, %size_L : i64
        %v2457 = arith.subi %size_L, %v1 : i64
        %v2458 = arith.minsi %v2455, %v2457 : i64
        %v2459 = arith.addi %v2454, %v2458 : i64
        %v2460 = arith.muli %v2452, %v77 : i64
        %v2461 = arith.addi %v2460, %v2310 : i64
        %v2462 = llvm.getelementptr %in_theta[%v2459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2463 = llvm.load %v2462 : !llvm.ptr -> f32
        %v2464 = arith.addi %v2309, %v211 : i64
        %v2465 = arith.constant true
        %v2466 = arith.addi %v40, %v2464 : i64
        %v2467 = llvm.getelementptr %v5[%v2466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2468 = llvm.load %v2467 : !llvm.ptr<3> -> i64
        %v2469 = arith.addi %v1442, %v2310 : i64
        %v2470 = arith.cmpi slt, %v2469, %size_L : i64
        %v2471 = arith.subi %size_L, %v1 : i64
        %v2472 = arith.minsi %v2469, %v2471 : i64
        %v2473 = arith.addi %v2468, %v2472 : i64
        %v2474 = arith.muli %v2466, %v77 : i64
        %v2475 = arith.addi %v2474, %v2310 : i64
        %v2476 = llvm.getelementptr %in_theta[%v2473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
        %v2478 = arith.addi %v2309, %v224 : i64
        %v2479 = arith.constant true
        %v2480 = arith.addi %v40, %v2478 : i64
        %v2481 = llvm.getelementptr %v5[%v2480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2482 = llvm.load %v2481 : !llvm.ptr<3> -> i64
        %v2483 = arith.addi %v1442, %v2310 : i64
        %v2484 = arith.cmpi slt, %v2483, %size_L : i64
        %v2485 = arith.subi %size_L, %v1 : i64
        %v2486 = arith.minsi %v2483, %v2485 : i64
        %v2487 = arith.addi %v2482, %v2486 : i64
        %v2488 = arith.muli %v2480, %v77 : i64
        %v2489 = arith.addi %v2488, %v2310 : i64
        %v2490 = llvm.getelementptr %in_theta[%v2487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2491 = llvm.load %v2490 : !llvm.ptr -> f32
        %v2492 = arith.addi %v2309, %v237 : i64
        %v2493 = arith.constant true
        %v2494 = arith.addi %v40, %v2492 : i64
        %v2495 = llvm.getelementptr %v5[%v2494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2496 = llvm.load %v2495 : !llvm.ptr<3> -> i64
        %v2497 = arith.addi %v1442, %v2310 : i64
        %v2498 = arith.cmpi slt, %v2497, %size_L : i64
        %v2499 = arith.subi %size_L, %v1 : i64
        %v2500 = arith.minsi %v2497, %v2499 : i64
        %v2501 = arith.addi %v2496, %v2500 : i64
        %v2502 = arith.muli %v2494, %v77 : i64
        %v2503 = arith.addi %v2502, %v2310 : i64
        %v2504 = llvm.getelementptr %in_theta[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2505 = llvm.load %v2504 : !llvm.ptr -> f32
        %v2506 = arith.addi %v2309, %v250 : i64
        %v2507 = arith.constant true
        %v2508 = arith.addi %v40, %v2506 : i64
        %v2509 = llvm.getelementptr %v5[%v2508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2510 = llvm.load %v2509 : !llvm.ptr<3> -> i64
        %v2511 = arith.addi %v1442, %v2310 : i64
        %v2512 = arith.cmpi slt, %v2511, %size_L : i64
        %v2513 = arith.subi %size_L, %v1 : i64
        %v2514 = arith.minsi %v2511, %v2513 : i64
        %v2515 = arith.addi %v2510, %v2514 : i64
        %v2516 = arith.muli %v2508, %v77 : i64
        %v2517 = arith.addi %v2516, %v2310 : i64
        %v2518 = llvm.getelementptr %in_theta[%v2515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2519 = llvm.load %v2518 : !llvm.ptr -> f32
        %v2520 = arith.addi %v2309, %v263 : i64
        %v2521 = arith.constant true
        %v2522 = arith.addi %v40, %v2520 : i64
        %v2523 = llvm.getelementptr %v5[%v2522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2524 = llvm.load %v2523 : !llvm.ptr<3> -> i64
        %v2525 = arith.addi %v1442, %v2310 : i64
        %v2526 = arith.cmpi slt, %v2525, %size_L : i64
        %v2527 = arith.subi %size_L, %v1 : i64
        %v2528 = arith.minsi %v2525, %v2527 : i64
        %v2529 = arith.addi %v2524, %v2528 : i64
        %v2530 = arith.muli %v2522, %v77 : i64
        %v2531 = arith.addi %v2530, %v2310 : i64
        %v2532 = llvm.getelementptr %in_theta[%v2529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2533 = llvm.load %v2532 : !llvm.ptr -> f32
        %v2534 = arith.addi %v2309, %v67 : i64
        %v2535 = arith.constant true
        %v2536 = arith.addi %v40, %v2534 : i64
        %v2537 = llvm.getelementptr %v5[%v2536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2538 = llvm.load %v2537 : !llvm.ptr<3> -> i64
        %v2539 = arith.addi %v1442, %v2310 : i64
        %v2540 = arith.cmpi slt, %v2539, %size_L : i64
        %v2541 = arith.subi %size_L, %v1 : i64
        %v2542 = arith.minsi %v2539, %v2541 : i64
        %v2543 = arith.addi %v2538, %v2542 : i64
        %v2544 = arith.muli %v2536, %v77 : i64
        %v2545 = arith.addi %v2544, %v2310 : i64
        %v2546 = llvm.getelementptr %in_theta[%v2543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2547 = llvm.load %v2546 : !llvm.ptr -> f32
        %v2548 = arith.addi %v2309, %v288 : i64
        %v2549 = arith.constant true
        %v2550 = arith.addi %v40, %v2548 : i64
        %v2551 = llvm.getelementptr %v5[%v2550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2552 = llvm.load %v2551 : !llvm.ptr<3> -> i64
        %v2553 = arith.addi %v1442, %v2310 : i64
        %v2554 = arith.cmpi slt, %v2553, %size_L : i64
        %v2555 = arith.subi %size_L, %v1 : i64
        %v2556 = arith.minsi %v2553, %v2555 : i64
        %v2557 = arith.addi %v2552, %v2556 : i64
        %v2558 = arith.muli %v2550, %v77 : i64
        %v2559 = arith.addi %v2558, %v2310 : i64
        %v2560 = llvm.getelementptr %in_theta[%v2557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2561 = llvm.load %v2560 : !llvm.ptr -> f32
        %v2562 = arith.addi %v2309, %v301 : i64
        %v2563 = arith.constant true
        %v2564 = arith.addi %v40, %v2562 : i64
        %v2565 = llvm.getelementptr %v5[%v2564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2566 = llvm.load %v2565 : !llvm.ptr<3> -> i64
        %v2567 = arith.addi %v1442, %v2310 : i64
        %v2568 = arith.cmpi slt, %v2567, %size_L : i64
        %v2569 = arith.subi %size_L, %v1 : i64
        %v2570 = arith.minsi %v2567, %v2569 : i64
        %v2571 = arith.addi %v2566, %v2570 : i64
        %v2572 = arith.muli %v2564, %v77 : i64
        %v2573 = arith.addi %v2572, %v2310 : i64
        %v2574 = llvm.getelementptr %in_theta[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2575 = llvm.load %v2574 : !llvm.ptr -> f32
        %v2576 = arith.addi %v2309, %v314 : i64
        %v2577 = arith.constant true
        %v2578 = arith.addi %v40, %v2576 : i64
        %v2579 = llvm.getelementptr %v5[%v2578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2580 = llvm.load %v2579 : !llvm.ptr<3> -> i64
        %v2581 = arith.addi %v1442, %v2310 : i64
        %v2582 = arith.cmpi slt, %v2581, %size_L : i64
        %v2583 = arith.subi %size_L, %v1 : i64
        %v2584 = arith.minsi %v2581, %v2583 : i64
        %v2585 = arith.addi %v2580, %v2584 : i64
        %v2586 = arith.muli %v2578, %v77 : i64
        %v2587 = arith.addi %v2586, %v2310 : i64
        %v2588 = llvm.getelementptr %in_theta[%v2585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2589 = llvm.load %v2588 : !llvm.ptr -> f32
        %v2590 = arith.addi %v2309, %v327 : i64
        %v2591 = arith.constant true
        %v2592 = arith.addi %v40, %v2590 : i64
        %v2593 = llvm.getelementptr %v5[%v2592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2594 = llvm.load %v2593 : !llvm.ptr<3> -> i64
        %v2595 = arith.addi %v1442, %v2310 : i64
        %v2596 = arith.cmpi slt, %v2595, %size_L : i64
        %v2597 = arith.subi %size_L, %v1 : i64
        %v2598 = arith.minsi %v2595, %v2597 : i64
        %v2599 = arith.addi %v2594, %v2598 : i64
        %v2600 = arith.muli %v2592, %v77 : i64
        %v2601 = arith.addi %v2600, %v2310 : i64
        %v2602 = llvm.getelementptr %in_theta[%v2599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2603 = llvm.load %v2602 : !llvm.ptr -> f32
        %v2604 = arith.addi %v2309, %v340 : i64
        %v2605 = arith.constant true
        %v2606 = arith.addi %v40, %v2604 : i64
        %v2607 = llvm.getelementptr %v5[%v2606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2608 = llvm.load %v2607 : !llvm.ptr<3> -> i64
        %v2609 = arith.addi %v1442, %v2310 : i64
        %v2610 = arith.cmpi slt, %v2609, %size_L : i64
        %v2611 = arith.subi %size_L, %v1 : i64
        %v2612 = arith.minsi %v2609, %v2611 : i64
        %v2613 = arith.addi %v2608, %v2612 : i64
        %v2614 = arith.muli %v2606, %v77 : i64
        %v2615 = arith.addi %v2614, %v2310 : i64
        %v2616 = llvm.getelementptr %in_theta[%v2613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2617 = llvm.load %v2616 : !llvm.ptr -> f32
        %v2618 = arith.addi %v2309, %v353 : i64
        %v2619 = arith.constant true
        %v2620 = arith.addi %v40, %v2618 : i64
        %v2621 = llvm.getelementptr %v5[%v2620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2622 = llvm.load %v2621 : !llvm.ptr<3> -> i64
        %v2623 = arith.addi %v1442, %v2310 : i64
        %v2624 = arith.cmpi slt, %v2623, %size_L : i64
        %v2625 = arith.subi %size_L, %v1 : i64
        %v2626 = arith.minsi %v2623, %v2625 : i64
        %v2627 = arith.addi %v2622, %v2626 : i64
        %v2628 = arith.muli %v2620, %v77 : i64
        %v2629 = arith.addi %v2628, %v2310 : i64
        %v2630 = llvm.getelementptr %in_theta[%v2627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2631 = llvm.load %v2630 : !llvm.ptr -> f32
        %v2632 = arith.addi %v2309, %v366 : i64
        %v2633 = arith.constant true
        %v2634 = arith.addi %v40, %v2632 : i64
        %v2635 = llvm.getelementptr %v5[%v2634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2636 = llvm.load %v2635 : !llvm.ptr<3> -> i64
        %v2637 = arith.addi %v1442, %v2310 : i64
        %v2638 = arith.cmpi slt, %v2637, %size_L : i64
        %v2639 = arith.subi %size_L, %v1 : i64
        %v2640 = arith.minsi %v2637, %v2639 : i64
        %v2641 = arith.addi %v2636, %v2640 : i64
        %v2642 = arith.muli %v2634, %v77 : i64
        %v2643 = arith.addi %v2642, %v2310 : i64
        %v2644 = llvm.getelementptr %in_theta[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2645 = llvm.load %v2644 : !llvm.ptr -> f32
        %v2646 = arith.addi %v2309, %v379 : i64
        %v2647 = arith.constant true
        %v2648 = arith.addi %v40, %v2646 : i64
        %v2649 = llvm.getelementptr %v5[%v2648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2650 = llvm.load %v2649 : !llvm.ptr<3> -> i64
        %v2651 = arith.addi %v1442, %v2310 : i64
        %v2652 = arith.cmpi slt, %v2651, %size_L : i64
        %v2653 = arith.subi %size_L, %v1 : i64
        %v2654 = arith.minsi %v2651, %v2653 : i64
        %v2655 = arith.addi %v2650, %v2654 : i64
        %v2656 = arith.muli %v2648, %v77 : i64
        %v2657 = arith.addi %v2656, %v2310 : i64
        %v2658 = llvm.getelementptr %in_theta[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2659 = llvm.load %v2658 : !llvm.ptr -> f32
        %v2660 = arith.addi %v2309, %v392 : i64
        %v2661 = arith.constant true
        %v2662 = arith.addi %v40, %v2660 : i64
        %v2663 = llvm.getelementptr %v5[%v2662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2664 = llvm.load %v2663 : !llvm.ptr<3> -> i64
        %v2665 = arith.addi %v1442, %v2310 : i64
        %v2666 = arith.cmpi slt, %v2665, %size_L : i64
        %v2667 = arith.subi %size_L, %v1 : i64
        %v2668 = arith.minsi %v2665, %v2667 : i64
        %v2669 = arith.addi %v2664, %v2668 : i64
        %v2670 = arith.muli %v2662, %v77 : i64
        %v2671 = arith.addi %v2670, %v2310 : i64
        %v2672 = llvm.getelementptr %in_theta[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2673 = llvm.load %v2672 : !llvm.ptr -> f32
        %v2674 = arith.addi %v2309, %v405 : i64
        %v2675 = arith.constant true
        %v2676 = arith.addi %v40, %v2674 : i64
        %v2677 = llvm.getelementptr %v5[%v2676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2678 = llvm.load %v2677 : !llvm.ptr<3> -> i64
        %v2679 = arith.addi %v1442, %v2310 : i64
        %v2680 = arith.cmpi slt, %v2679, %size_L : i64
        %v2681 = arith.subi %size_L, %v1 : i64
        %v2682 = arith.minsi %v2679, %v2681 : i64
        %v2683 = arith.addi %v2678, %v2682 : i64
        %v2684 = arith.muli %v2676, %v77 : i64
        %v2685 = arith.addi %v2684, %v2310 : i64
        %v2686 = llvm.getelementptr %in_theta[%v2683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2687 = llvm.load %v2686 : !llvm.ptr -> f32
        %v2688 = arith.addi %v2309, %v418 : i64
        %v2689 = arith.constant true
        %v2690 = arith.addi %v40, %v2688 : i64
        %v2691 = llvm.getelementptr %v5[%v2690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2692 = llvm.load %v2691 : !llvm.ptr<3> -> i64
        %v2693 = arith.addi %v1442, %v2310 : i64
        %v2694 = arith.cmpi slt, %v2693, %size_L : i64
        %v2695 = arith.subi %size_L, %v1 : i64
        %v2696 = arith.minsi %v2693, %v2695 : i64
        %v2697 = arith.addi %v2692, %v2696 : i64
        %v2698 = arith.muli %v2690, %v77 : i64
        %v2699 = arith.addi %v2698, %v2310 : i64
        %v2700 = llvm.getelementptr %in_theta[%v2697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
        %v2702 = arith.addi %v2309, %v431 : i64
        %v2703 = arith.constant true
        %v2704 = arith.addi %v40, %v2702 : i64
        %v2705 = llvm.getelementptr %v5[%v2704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2706 = llvm.load %v2705 : !llvm.ptr<3> -> i64
        %v2707 = arith.addi %v1442, %v2310 : i64
        %v2708 = arith.cmpi slt, %v2707, %size_L : i64
        %v2709 = arith.subi %size_L, %v1 : i64
        %v2710 = arith.minsi %v2707, %v2709 : i64
        %v2711 = arith.addi %v2706, %v2710 : i64
        %v2712 = arith.muli %v2704, %v77 : i64
        %v2713 = arith.addi %v2712, %v2310 : i64
        %v2714 = llvm.getelementptr %in_theta[%v2711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2715 = llvm.load %v2714 : !llvm.ptr -> f32
        %v2716 = arith.addi %v2309, %v444 : i64
        %v2717 = arith.constant true
        %v2718 = arith.addi %v40, %v2716 : i64
        %v2719 = llvm.getelementptr %v5[%v2718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2720 = llvm.load %v2719 : !llvm.ptr<3> -> i64
        %v2721 = arith.addi %v1442, %v2310 : i64
        %v2722 = arith.cmpi slt, %v2721, %size_L : i64
        %v2723 = arith.subi %size_L, %v1 : i64
        %v2724 = arith.minsi %v2721, %v2723 : i64
        %v2725 = arith.addi %v2720, %v2724 : i64
        %v2726 = arith.muli %v2718, %v77 : i64
        %v2727 = arith.addi %v2726, %v2310 : i64
        %v2728 = llvm.getelementptr %in_theta[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2729 = llvm.load %v2728 : !llvm.ptr -> f32
        %v2730 = arith.addi %v2309, %v457 : i64
        %v2731 = arith.constant true
        %v2732 = arith.addi %v40, %v2730 : i64
        %v2733 = llvm.getelementptr %v5[%v2732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2734 = llvm.load %v2733 : !llvm.ptr<3> -> i64
        %v2735 = arith.addi %v1442, %v2310 : i64
        %v2736 = arith.cmpi slt, %v2735, %size_L : i64
        %v2737 = arith.subi %size_L, %v1 : i64
        %v2738 = arith.minsi %v2735, %v2737 : i64
        %v2739 = arith.addi %v2734, %v2738 : i64
        %v2740 = arith.muli %v2732, %v77 : i64
        %v2741 = arith.addi %v2740, %v2310 : i64
        %v2742 = llvm.getelementptr %in_theta[%v2739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2743 = llvm.load %v2742 : !llvm.ptr -> f32
        %v2744 = arith.addi %v2309, %v470 : i64
        %v2745 = arith.constant true
        %v2746 = arith.addi %v40, %v2744 : i64
        %v2747 = llvm.getelementptr %v5[%v2746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2748 = llvm.load %v2747 : !llvm.ptr<3> -> i64
        %v2749 = arith.addi %v1442, %v2310 : i64
        %v2750 = arith.cmpi slt, %v2749, %size_L : i64
        %v2751 = arith.subi %size_L, %v1 : i64
        %v2752 = arith.minsi %v2749, %v2751 : i64
        %v2753 = arith.addi %v2748, %v2752 : i64
        %v2754 = arith.muli %v2746, %v77 : i64
        %v2755 = arith.addi %v2754, %v2310 : i64
        %v2756 = llvm.getelementptr %in_theta[%v2753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2757 = llvm.load %v2756 : !llvm.ptr -> f32
        %v2758 = arith.index_cast %v25 : i64 to index
        %v2759 = arith.index_cast %v1441 : i64 to index
        %v2760 = arith.index_cast %v1 : i64 to index
        scf.for %v2761 = %v2758 to %v2759 step %v2760 {
          %v2762 = arith.index_cast %v2761 : index to i64
          %v2763 = arith.addi %v1417, %v2762 : i64
          %v2765 = arith.addi %v15, %v13 : i64
          %v2766 = arith.muli %v2765, %v77 : i64
          %v2767 = arith.addi %v2766, %v2762 : i64
          %v2768 = llvm.getelementptr %v6[%v2767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2769 = llvm.load %v2768 : !llvm.ptr<3> -> f32
          %v2771 = arith.negf %v2769 : f32
          %v2773 = arith.mulf %v2771, %v2772 fastmath<contract> : f32
          %v2774 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2773) : (f32) -> f32
          %v2775 = arith.addf %v2770, %v2774 fastmath<contract> : f32
          %v2776 = arith.divf %v2770, %v2775 : f32
          %v2777 = arith.mulf %v2764, %v2776 fastmath<contract> : f32
          %v2778 = arith.addi %v40, %v13 : i64
          %v2779 = arith.muli %v2778, %v77 : i64
          %v2780 = arith.addi %v2779, %v2762 : i64
          %v2781 = llvm.getelementptr %v6[%v2780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2782 = llvm.load %v2781 : !llvm.ptr<3> -> f32
          %v2784 = arith.mulf %v2782, %v2783 fastmath<contract> : f32
          %v2785 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2784) : (f32) -> f32
          %v2788 = arith.mulf %v2785, %v2786 fastmath<contract> : f32
          %v2789 = arith.subf %v2782, %v2788 fastmath<contract> : f32
          %v2790 = arith.mulf %v2785, %v2787 fastmath<contract> : f32
          %v2791 = arith.subf %v2789, %v2790 fastmath<contract> : f32
          %v2792 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2791) : (f32) -> f32
          %v2793 = arith.mulf %v2777, %v2792 fastmath<contract> : f32
          %v2794 = arith.muli %v13, %v77 : i64
          %v2795 = arith.addi %v2794, %v2762 : i64
          %v2796 = llvm.getelementptr %v6[%v2795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2797 = llvm.load %v2796 : !llvm.ptr<3> -> f32
          %v2798 = llvm.load %v3 : !llvm.ptr -> f32
          %v2799 = arith.mulf %v2793, %v2798 fastmath<contract> : f32
          %v2800 = arith.addf %v2799, %v2797 fastmath<contract> : f32
          %v2801 = arith.mulf %v2776, %v2776 fastmath<contract> : f32
          %v2802 = arith.negf %v2801 : f32
          %v2803 = llvm.load %v4 : !llvm.ptr -> f32
          %v2804 = arith.mulf %v2802, %v2803 fastmath<contract> : f32
          %v2805 = arith.addf %v2800, %v2804 fastmath<contract> : f32
          %v2806 = llvm.load %v4 : !llvm.ptr -> f32
          %v2807 = arith.mulf %v59, %v2806 fastmath<contract> : f32
          %v2808 = arith.addf %v2807, %v59 fastmath<contract> : f32
          %v2809 = llvm.load %v3 : !llvm.ptr -> f32
          %v2810 = arith.mulf %v2770, %v2809 fastmath<contract> : f32
          %v2811 = arith.addf %v2808, %v2810 fastmath<contract> : f32
          llvm.store %v2805, %v3 : f32, !llvm.ptr
          llvm.store %v2811, %v4 : f32, !llvm.ptr
          %v2812 = llvm.load %v3 : !llvm.ptr -> f32
          %v2813 = arith.addi %v49, %v13 : i64
          %v2814 = arith.muli %v2813, %v77 : i64
          %v2815 = arith.addi %v2814, %v2762 : i64
          %v2816 = llvm.getelementptr %v6[%v2815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2812, %v2816 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2817 = arith.divui %v13, %v67 : i64
        %v2818 = arith.remui %v13, %v67 : i64
        %v2819 = arith.muli %v2817, %v77 : i64
        %v2820 = arith.addi %v2819, %v2818 : i64
        %v2821 = llvm.getelementptr %v6[%v2820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1456, %v2821 : f32, !llvm.ptr<3>
        %v2822 = arith.addi %v15, %v13 : i64
        %v2823 = arith.divui %v2822, %v67 : i64
        %v2824 = arith.remui %v2822, %v67 : i64
        %v2825 = arith.muli %v2823, %v77 : i64
        %v2826 = arith.addi %v2825, %v2824 : i64
        %v2827 = llvm.getelementptr %v6[%v2826] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1469, %v2827 : f32, !llvm.ptr<3>
        %v2828 = arith.addi %v40, %v13 : i64
        %v2829 = arith.divui %v2828, %v67 : i64
        %v2830 = arith.remui %v2828, %v67 : i64
        %v2831 = arith.muli %v2829, %v77 : i64
        %v2832 = arith.addi %v2831, %v2830 : i64
        %v2833 = llvm.getelementptr %v6[%v2832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1482, %v2833 : f32, !llvm.ptr<3>
        %v2834 = arith.addi %v49, %v13 : i64
        %v2835 = arith.divui %v2834, %v67 : i64
        %v2836 = arith.remui %v2834, %v67 : i64
        %v2837 = arith.muli %v2835, %v77 : i64
        %v2838 = arith.addi %v2837, %v2836 : i64
        %v2839 = llvm.getelementptr %v6[%v2838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1495, %v2839 : f32, !llvm.ptr<3>
        %v2840 = arith.addi %v9, %v13 : i64
        %v2841 = arith.divui %v2840, %v67 : i64
        %v2842 = arith.remui %v2840, %v67 : i64
        %v2843 = arith.muli %v2841, %v77 : i64
        %v2844 = arith.addi %v2843, %v2842 : i64
        %v2845 = llvm.getelementptr %v6[%v2844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1508, %v2845 : f32, !llvm.ptr<3>
        %v2847 = arith.addi %v2846, %v13 : i64
        %v2848 = arith.divui %v2847, %v67 : i64
        %v2849 = arith.remui %v2847, %v67 : i64
        %v2850 = arith.muli %v2848, %v77 : i64
        %v2851 = arith.addi %v2850, %v2849 : i64
        %v2852 = llvm.getelementptr %v6[%v2851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1521, %v2852 : f32, !llvm.ptr<3>
        %v2854 = arith.addi %v2853, %v13 : i64
        %v2855 = arith.divui %v2854, %v67 : i64
        %v2856 = arith.remui %v2854, %v67 : i64
        %v2857 = arith.muli %v2855, %v77 : i64
        %v2858 = arith.addi %v2857, %v2856 : i64
        %v2859 = llvm.getelementptr %v6[%v2858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1534, %v2859 : f32, !llvm.ptr<3>
        %v2861 = arith.addi %v2860, %v13 : i64
        %v2862 = arith.divui %v2861, %v67 : i64
        %v2863 = arith.remui %v2861, %v67 : i64
        %v2864 = arith.muli %v2862, %v77 : i64
        %v2865 = arith.addi %v2864, %v2863 : i64
        %v2866 = llvm.getelementptr %v6[%v2865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1547, %v2866 : f32, !llvm.ptr<3>
        %v2868 = arith.addi %v2867, %v13 : i64
        %v2869 = arith.divui %v2868, %v67 : i64
        %v2870 = arith.remui %v2868, %v67 : i64
        %v2871 = arith.muli %v2869, %v77 : i64
        %v2872 = arith.addi %v2871, %v2870 : i64
        %v2873 = llvm.getelementptr %v6[%v2872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1560, %v2873 : f32, !llvm.ptr<3>
        %v2875 = arith.addi %v2874, %v13 : i64
        %v2876 = arith.divui %v2875, %v67 : i64
        %v2877 = arith.remui %v2875, %v67 : i64
        %v2878 = arith.muli %v2876, %v77 : i64
        %v2879 = arith.addi %v2878, %v2877 : i64
        %v2880 = llvm.getelementptr %v6[%v2879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1573, %v2880 : f32, !llvm.ptr<3>
        %v2882 = arith.addi %v2881, %v13 : i64
        %v2883 = arith.divui %v2882, %v67 : i64
        %v2884 = arith.remui %v2882, %v67 : i64
        %v2885 = arith.muli %v2883, %v77 : i64
        %v2886 = arith.addi %v2885, %v2884 : i64
        %v2887 = llvm.getelementptr %v6[%v2886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1586, %v2887 : f32, !llvm.ptr<3>
        %v2889 = arith.addi %v2888, %v13 : i64
        %v2890 = arith.divui %v2889, %v67 : i64
        %v2891 = arith.remui %v2889, %v67 : i64
        %v2892 = arith.muli %v2890, %v77 : i64
        %v2893 = arith.addi %v2892, %v2891 : i64
        %v2894 = llvm.getelementptr %v6[%v2893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1599, %v2894 : f32, !llvm.ptr<3>
        %v2896 = arith.addi %v2895, %v13 : i64
        %v2897 = arith.divui %v2896, %v67 : i64
        %v2898 = arith.remui %v2896, %v67 : i64
        %v2899 = arith.muli %v2897, %v77 : i64
        %v2900 = arith.addi %v2899, %v2898 : i64
        %v2901 = llvm.getelementptr %v6[%v2900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1612, %v2901 : f32, !llvm.ptr<3>
        %v2903 = arith.addi %v2902, %v13 : i64
        %v2904 = arith.divui %v2903, %v67 : i64
        %v2905 = arith.remui %v2903, %v67 : i64
        %v2906 = arith.muli %v2904, %v77 : i64
        %v2907 = arith.addi %v2906, %v2905 : i64
        %v2908 = llvm.getelementptr %v6[%v2907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v2908 : f32, !llvm.ptr<3>
        %v2910 = arith.addi %v2909, %v13 : i64
        %v2911 = arith.divui %v2910, %v67 : i64
        %v2912 = arith.remui %v2910, %v67 : i64
        %v2913 = arith.muli %v2911, %v77 : i64
        %v2914 = arith.addi %v2913, %v2912 : i64
        %v2915 = llvm.getelementptr %v6[%v2914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1638, %v2915 : f32, !llvm.ptr<3>
        %v2917 = arith.addi %v2916, %v13 : i64
        %v2918 = arith.divui %v2917, %v67 : i64
        %v2919 = arith.remui %v2917, %v67 : i64
        %v2920 = arith.muli %v2918, %v77 : i64
        %v2921 = arith.addi %v2920, %v2919 : i64
        %v2922 = llvm.getelementptr %v6[%v2921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1651, %v2922 : f32, !llvm.ptr<3>
        %v2924 = arith.addi %v2923, %v13 : i64
        %v2925 = arith.divui %v2924, %v67 : i64
        %v2926 = arith.remui %v2924, %v67 : i64
        %v2927 = arith.muli %v2925, %v77 : i64
        %v2928 = arith.addi %v2927, %v2926 : i64
        %v2929 = llvm.getelementptr %v6[%v2928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1664, %v2929 : f32, !llvm.ptr<3>
        %v2931 = arith.addi %v2930, %v13 : i64
        %v2932 = arith.divui %v2931, %v67 : i64
        %v2933 = arith.remui %v2931, %v67 : i64
        %v2934 = arith.muli %v2932, %v77 : i64
        %v2935 = arith.addi %v2934, %v2933 : i64
        %v2936 = llvm.getelementptr %v6[%v2935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1677, %v2936 : f32, !llvm.ptr<3>
        %v2938 = arith.addi %v2937, %v13 : i64
        %v2939 = arith.divui %v2938, %v67 : i64
        %v2940 = arith.remui %v2938, %v67 : i64
        %v2941 = arith.muli %v2939, %v77 : i64
        %v2942 = arith.addi %v2941, %v2940 : i64
        %v2943 = llvm.getelementptr %v6[%v2942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1690, %v2943 : f32, !llvm.ptr<3>
        %v2945 = arith.addi %v2944, %v13 : i64
        %v2946 = arith.divui %v2945, %v67 : i64
        %v2947 = arith.remui %v2945, %v67 : i64
        %v2948 = arith.muli %v2946, %v77 : i64
        %v2949 = arith.addi %v2948, %v2947 : i64
        %v2950 = llvm.getelementptr %v6[%v2949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1703, %v2950 : f32, !llvm.ptr<3>
        %v2952 = arith.addi %v2951, %v13 : i64
        %v2953 = arith.divui %v2952, %v67 : i64
        %v2954 = arith.remui %v2952, %v67 : i64
        %v2955 = arith.muli %v2953, %v77 : i64
        %v2956 = arith.addi %v2955, %v2954 : i64
        %v2957 = llvm.getelementptr %v6[%v2956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1716, %v2957 : f32, !llvm.ptr<3>
        %v2959 = arith.addi %v2958, %v13 : i64
        %v2960 = arith.divui %v2959, %v67 : i64
        %v2961 = arith.remui %v2959, %v67 : i64
        %v2962 = arith.muli %v2960, %v77 : i64
        %v2963 = arith.addi %v2962, %v2961 : i64
        %v2964 = llvm.getelementptr %v6[%v2963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1729, %v2964 : f32, !llvm.ptr<3>
        %v2966 = arith.addi %v2965, %v13 : i64
        %v2967 = arith.divui %v2966, %v67 : i64
        %v2968 = arith.remui %v2966, %v67 : i64
        %v2969 = arith.muli %v2967, %v77 : i64
        %v2970 = arith.addi %v2969, %v2968 : i64
        %v2971 = llvm.getelementptr %v6[%v2970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1742, %v2971 : f32, !llvm.ptr<3>
        %v2973 = arith.addi %v2972, %v13 : i64
        %v2974 = arith.divui %v2973, %v67 : i64
        %v2975 = arith.remui %v2973, %v67 : i64
        %v2976 = arith.muli %v2974, %v77 : i64
        %v2977 = arith.addi %v2976, %v2975 : i64
        %v2978 = llvm.getelementptr %v6[%v2977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1755, %v2978 : f32, !llvm.ptr<3>
        %v2980 = arith.addi %v2979, %v13 : i64
        %v2981 = arith.divui %v2980, %v67 : i64
        %v2982 = arith.remui %v2980, %v67 : i64
        %v2983 = arith.muli %v2981, %v77 : i64
        %v2984 = arith.addi %v2983, %v2982 : i64
        %v2985 = llvm.getelementptr %v6[%v2984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1768, %v2985 : f32, !llvm.ptr<3>
        %v2987 = arith.addi %v2986, %v13 : i64
        %v2988 = arith.divui %v2987, %v67 : i64
        %v2989 = arith.remui %v2987, %v67 : i64
        %v2990 = arith.muli %v2988, %v77 : i64
        %v2991 = arith.addi %v2990, %v2989 : i64
        %v2992 = llvm.getelementptr %v6[%v2991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1781, %v2992 : f32, !llvm.ptr<3>
        %v2994 = arith.addi %v2993, %v13 : i64
        %v2995 = arith.divui %v2994, %v67 : i64
        %v2996 = arith.remui %v2994, %v67 : i64
        %v2997 = arith.muli %v2995, %v77 : i64
        %v2998 = arith.addi %v2997, %v2996 : i64
        %v2999 = llvm.getelementptr %v6[%v2998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1794, %v2999 : f32, !llvm.ptr<3>
        %v3001 = arith.addi %v3000, %v13 : i64
        %v3002 = arith.divui %v3001, %v67 : i64
        %v3003 = arith.remui %v3001, %v67 : i64
        %v3004 = arith.muli %v3002, %v77 : i64
        %v3005 = arith.addi %v3004, %v3003 : i64
        %v3006 = llvm.getelementptr %v6[%v3005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1807, %v3006 : f32, !llvm.ptr<3>
        %v3008 = arith.addi %v3007, %v13 : i64
        %v3009 = arith.divui %v3008, %v67 : i64
        %v3010 = arith.remui %v3008, %v67 : i64
        %v3011 = arith.muli %v3009, %v77 : i64
        %v3012 = arith.addi %v3011, %v3010 : i64
        %v3013 = llvm.getelementptr %v6[%v3012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1820, %v3013 : f32, !llvm.ptr<3>
        %v3015 = arith.addi %v3014, %v13 : i64
        %v3016 = arith.divui %v3015, %v67 : i64
        %v3017 = arith.remui %v3015, %v67 : i64
        %v3018 = arith.muli %v3016, %v77 : i64
        %v3019 = arith.addi %v3018, %v3017 : i64
        %v3020 = llvm.getelementptr %v6[%v3019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1833, %v3020 : f32, !llvm.ptr<3>
        %v3022 = arith.addi %v3021, %v13 : i64
        %v3023 = arith.divui %v3022, %v67 : i64
        %v3024 = arith.remui %v3022, %v67 : i64
        %v3025 = arith.muli %v3023, %v77 : i64
        %v3026 = arith.addi %v3025, %v3024 : i64
        %v3027 = llvm.getelementptr %v6[%v3026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1846, %v3027 : f32, !llvm.ptr<3>
        %v3029 = arith.addi %v3028, %v13 : i64
        %v3030 = arith.divui %v3029, %v67 : i64
        %v3031 = arith.remui %v3029, %v67 : i64
        %v3032 = arith.muli %v3030, %v77 : i64
        %v3033 = arith.addi %v3032, %v3031 : i64
        %v3034 = llvm.getelementptr %v6[%v3033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1859, %v3034 : f32, !llvm.ptr<3>
        %v3035 = arith.divui %v13, %v67 : i64
        %v3036 = arith.remui %v13, %v67 : i64
        %v3037 = arith.addi %v15, %v3035 : i64
        %v3038 = arith.muli %v3037, %v77 : i64
        %v3039 = arith.addi %v3038, %v3036 : i64
        %v3040 = llvm.getelementptr %v6[%v3039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1874, %v3040 : f32, !llvm.ptr<3>
        %v3041 = arith.addi %v15, %v13 : i64
        %v3042 = arith.divui %v3041, %v67 : i64
        %v3043 = arith.remui %v3041, %v67 : i64
        %v3044 = arith.addi %v15, %v3042 : i64
        %v3045 = arith.muli %v3044, %v77 : i64
        %v3046 = arith.addi %v3045, %v3043 : i64
        %v3047 = llvm.getelementptr %v6[%v3046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1888, %v3047 : f32, !llvm.ptr<3>
        %v3048 = arith.addi %v40, %v13 : i64
        %v3049 = arith.divui %v3048, %v67 : i64
        %v3050 = arith.remui %v3048, %v67 : i64
        %v3051 = arith.addi %v15, %v3049 : i64
        %v3052 = arith.muli %v3051, %v77 : i64
        %v3053 = arith.addi %v3052, %v3050 : i64
        %v3054 = llvm.getelementptr %v6[%v3053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1902, %v3054 : f32, !llvm.ptr<3>
        %v3055 = arith.addi %v49, %v13 : i64
        %v3056 = arith.divui %v3055, %v67 : i64
        %v3057 = arith.remui %v3055, %v67 : i64
        %v3058 = arith.addi %v15, %v3056 : i64
        %v3059 = arith.muli %v3058, %v77 : i64
        %v3060 = arith.addi %v3059, %v3057 : i64
        %v3061 = llvm.getelementptr %v6[%v3060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1916, %v3061 : f32, !llvm.ptr<3>
        %v3062 = arith.addi %v9, %v13 : i64
        %v3063 = arith.divui %v3062, %v67 : i64
        %v3064 = arith.remui %v3062, %v67 : i64
        %v3065 = arith.addi %v15, %v3063 : i64
        %v3066 = arith.muli %v3065, %v77 : i64
        %v3067 = arith.addi %v3066, %v3064 : i64
        %v3068 = llvm.getelementptr %v6[%v3067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1930, %v3068 : f32, !llvm.ptr<3>
        %v3069 = arith.addi %v2846, %v13 : i64
        %v3070 = arith.divui %v3069, %v67 : i64
        %v3071 = arith.remui %v3069, %v67 : i64
        %v3072 = arith.addi %v15, %v3070 : i64
        %v3073 = arith.muli %v3072, %v77 : i64
        %v3074 = arith.addi %v3073, %v3071 : i64
        %v3075 = llvm.getelementptr %v6[%v3074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1944, %v3075 : f32, !llvm.ptr<3>
        %v3076 = arith.addi %v2853, %v13 : i64
        %v3077 = arith.divui %v3076, %v67 : i64
        %v3078 = arith.remui %v3076, %v67 : i64
        %v3079 = arith.addi %v15, %v3077 : i64
        %v3080 = arith.muli %v3079, %v77 : i64
        %v3081 = arith.addi %v3080, %v3078 : i64
        %v3082 = llvm.getelementptr %v6[%v3081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1958, %v3082 : f32, !llvm.ptr<3>
        %v3083 = arith.addi %v2860, %v13 : i64
        %v3084 = arith.divui %v3083, %v67 : i64
        %v3085 = arith.remui %v3083, %v67 : i64
        %v3086 = arith.addi %v15, %v3084 : i64
        %v3087 = arith.muli %v3086, %v77 : i64
        %v3088 = arith.addi %v3087, %v3085 : i64
        %v3089 = llvm.getelementptr %v6[%v3088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1972, %v3089 : f32, !llvm.ptr<3>
        %v3090 = arith.addi %v2867, %v13 : i64
        %v3091 = arith.divui %v3090, %v67 : i64
        %v3092 = arith.remui %v3090, %v67 : i64
        %v3093 = arith.addi %v15, %v3091 : i64
        %v3094 = arith.muli %v3093, %v77 : i64
        %v3095 = arith.addi %v3094, %v3092 : i64
        %v3096 = llvm.getelementptr %v6[%v3095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1986, %v3096 : f32, !llvm.ptr<3>
        %v3097 = arith.addi %v2874, %v13 : i64
        %v3098 = arith.divui %v3097, %v67 : i64
        %v3099 = arith.remui %v3097, %v67 : i64
        %v3100 = arith.addi %v15, %v3098 : i64
        %v3101 = arith.muli %v3100, %v77 : i64
        %v3102 = arith.addi %v3101, %v3099 : i64
        %v3103 = llvm.getelementptr %v6[%v3102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2000, %v3103 : f32, !llvm.ptr<3>
        %v3104 = arith.addi %v2881, %v13 : i64
        %v3105 = arith.divui %v3104, %v67 : i64
        %v3106 = arith.remui %v3104, %v67 : i64
        %v3107 = arith.addi %v15, %v3105 : i64
        %v3108 = arith.muli %v3107, %v77 : i64
        %v3109 = arith.addi %v3108, %v3106 : i64
        %v3110 = llvm.getelementptr %v6[%v3109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2014, %v3110 : f32, !llvm.ptr<3>
        %v3111 = arith.addi %v2888, %v13 : i64
        %v3112 = arith.divui %v3111, %v67 : i64
        %v3113 = arith.remui %v3111, %v67 : i64
        %v3114 = arith.addi %v15, %v3112 : i64
        %v3115 = arith.muli %v3114, %v77 : i64
        %v3116 = arith.addi %v3115, %v3113 : i64
        %v3117 = llvm.getelementptr %v6[%v3116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2028, %v3117 : f32, !llvm.ptr<3>
        %v3118 = arith.addi %v2895, %v13 : i64
        %v3119 = arith.divui %v3118, %v67 : i64
        %v3120 = arith.remui %v3118, %v67 : i64
        %v3121 = arith.addi %v15, %v3119 : i64
        %v3122 = arith.muli %v3121, %v77 : i64
        %v3123 = arith.addi %v3122, %v3120 : i64
        %v3124 = llvm.getelementptr %v6[%v3123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2042, %v3124 : f32, !llvm.ptr<3>
        %v3125 = arith.addi %v2902, %v13 : i64
        %v3126 = arith.divui %v3125, %v67 : i64
        %v3127 = arith.remui %v3125, %v67 : i64
        %v3128 = arith.addi %v15, %v3126 : i64
        %v3129 = arith.muli %v3128, %v77 : i64
        %v3130 = arith.addi %v3129, %v3127 : i64
        %v3131 = llvm.getelementptr %v6[%v3130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2056, %v3131 : f32, !llvm.ptr<3>
        %v3132 = arith.addi %v2909, %v13 : i64
        %v3133 = arith.divui %v3132, %v67 : i64
        %v3134 = arith.remui %v3132, %v67 : i64
        %v3135 = arith.addi %v15, %v3133 : i64
        %v3136 = arith.muli %v3135, %v77 : i64
        %v3137 = arith.addi %v3136, %v3134 : i64
        %v3138 = llvm.getelementptr %v6[%v3137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2070, %v3138 : f32, !llvm.ptr<3>
        %v3139 = arith.addi %v2916, %v13 : i64
        %v3140 = arith.divui %v3139, %v67 : i64
        %v3141 = arith.remui %v3139, %v67 : i64
        %v3142 = arith.addi %v15, %v3140 : i64
        %v3143 = arith.muli %v3142, %v77 : i64
        %v3144 = arith.addi %v3143, %v3141 : i64
        %v3145 = llvm.getelementptr %v6[%v3144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2084, %v3145 : f32, !llvm.ptr<3>
        %v3146 = arith.addi %v2923, %v13 : i64
        %v3147 = arith.divui %v3146, %v67 : i64
        %v3148 = arith.remui %v3146, %v67 : i64
        %v3149 = arith.addi %v15, %v3147 : i64
        %v3150 = arith.muli %v3149, %v77 : i64
        %v3151 = arith.addi %v3150, %v3148 : i64
        %v3152 = llvm.getelementptr %v6[%v3151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2098, %v3152 : f32, !llvm.ptr<3>
        %v3153 = arith.addi %v2930, %v13 : i64
        %v3154 = arith.divui %v3153, %v67 : i64
        %v3155 = arith.remui %v3153, %v67 : i64
        %v3156 = arith.addi %v15, %v3154 : i64
        %v3157 = arith.muli %v3156, %v77 : i64
        %v3158 = arith.addi %v3157, %v3155 : i64
        %v3159 = llvm.getelementptr %v6[%v3158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2112, %v3159 : f32, !llvm.ptr<3>
        %v3160 = arith.addi %v2937, %v13 : i64
        %v3161 = arith.divui %v3160, %v67 : i64
        %v3162 = arith.remui %v3160, %v67 : i64
        %v3163 = arith.addi %v15, %v3161 : i64
        %v3164 = arith.muli %v3163, %v77 : i64
        %v3165 = arith.addi %v3164, %v3162 : i64
        %v3166 = llvm.getelementptr %v6[%v3165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2126, %v3166 : f32, !llvm.ptr<3>
        %v3167 = arith.addi %v2944, %v13 : i64
        %v3168 = arith.divui %v3167, %v67 : i64
        %v3169 = arith.remui %v3167, %v67 : i64
        %v3170 = arith.addi %v15, %v3168 : i64
        %v3171 = arith.muli %v3170, %v77 : i64
        %v3172 = arith.addi %v3171, %v3169 : i64
        %v3173 = llvm.getelementptr %v6[%v3172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2140, %v3173 : f32, !llvm.ptr<3>
        %v3174 = arith.addi %v2951, %v13 : i64
        %v3175 = arith.divui %v3174, %v67 : i64
        %v3176 = arith.remui %v3174, %v67 : i64
        %v3177 = arith.addi %v15, %v3175 : i64
        %v3178 = arith.muli %v3177, %v77 : i64
        %v3179 = arith.addi %v3178, %v3176 : i64
        %v3180 = llvm.getelementptr %v6[%v3179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2154, %v3180 : f32, !llvm.ptr<3>
        %v3181 = arith.addi %v2958, %v13 : i64
        %v3182 = arith.divui %v3181, %v67 : i64
        %v3183 = arith.remui %v3181, %v67 : i64
        %v3184 = arith.addi %v15, %v3182 : i64
        %v3185 = arith.muli %v3184, %v77 : i64
        %v3186 = arith.addi %v3185, %v3183 : i64
        %v3187 = llvm.getelementptr %v6[%v3186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2168, %v3187 : f32, !llvm.ptr<3>
        %v3188 = arith.addi %v2965, %v13 : i64
        %v3189 = arith.divui %v3188, %v67 : i64
        %v3190 = arith.remui %v3188, %v67 : i64
        %v3191 = arith.addi %v15, %v3189 : i64
        %v3192 = arith.muli %v3191, %v77 : i64
        %v3193 = arith.addi %v3192, %v3190 : i64
        %v3194 = llvm.getelementptr %v6[%v3193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2182, %v3194 : f32, !llvm.ptr<3>
        %v3195 = arith.addi %v2972, %v13 : i64
        %v3196 = arith.divui %v3195, %v67 : i64
        %v3197 = arith.remui %v3195, %v67 : i64
        %v3198 = arith.addi %v15, %v3196 : i64
        %v3199 = arith.muli %v3198, %v77 : i64
        %v3200 = arith.addi %v3199, %v3197 : i64
        %v3201 = llvm.getelementptr %v6[%v3200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2196, %v3201 : f32, !llvm.ptr<3>
        %v3202 = arith.addi %v2979, %v13 : i64
        %v3203 = arith.divui %v3202, %v67 : i64
        %v3204 = arith.remui %v3202, %v67 : i64
        %v3205 = arith.addi %v15, %v3203 : i64
        %v3206 = arith.muli %v3205, %v77 : i64
        %v3207 = arith.addi %v3206, %v3204 : i64
        %v3208 = llvm.getelementptr %v6[%v3207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2210, %v3208 : f32, !llvm.ptr<3>
        %v3209 = arith.addi %v2986, %v13 : i64
        %v3210 = arith.divui %v3209, %v67 : i64
        %v3211 = arith.remui %v3209, %v67 : i64
        %v3212 = arith.addi %v15, %v3210 : i64
        %v3213 = arith.muli %v3212, %v77 : i64
        %v3214 = arith.addi %v3213, %v3211 : i64
        %v3215 = llvm.getelementptr %v6[%v3214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2224, %v3215 : f32, !llvm.ptr<3>
        %v3216 = arith.addi %v2993, %v13 : i64
        %v3217 = arith.divui %v3216, %v67 : i64
        %v3218 = arith.remui %v3216, %v67 : i64
        %v3219 = arith.addi %v15, %v3217 : i64
        %v3220 = arith.muli %v3219, %v77 : i64
        %v3221 = arith.addi %v3220, %v3218 : i64
        %v3222 = llvm.getelementptr %v6[%v3221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2238, %v3222 : f32, !llvm.ptr<3>
        %v3223 = arith.addi %v3000, %v13 : i64
        %v3224 = arith.divui %v3223, %v67 : i64
        %v3225 = arith.remui %v3223, %v67 : i64
        %v3226 = arith.addi %v15, %v3224 : i64
        %v3227 = arith.muli %v3226, %v77 : i64
        %v3228 = arith.addi %v3227, %v3225 : i64
        %v3229 = llvm.getelementptr %v6[%v3228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2252, %v3229 : f32, !llvm.ptr<3>
        %v3230 = arith.addi %v3007, %v13 : i64
        %v3231 = arith.divui %v3230, %v67 : i64
        %v3232 = arith.remui %v3230, %v67 : i64
        %v3233 = arith.addi %v15, %v3231 : i64
        %v3234 = arith.muli %v3233, %v77 : i64
        %v3235 = arith.addi %v3234, %v3232 : i64
        %v3236 = llvm.getelementptr %v6[%v3235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2266, %v3236 : f32, !llvm.ptr<3>
        %v3237 = arith.addi %v3014, %v13 : i64
        %v3238 = arith.divui %v3237, %v67 : i64
        %v3239 = arith.remui %v3237, %v67 : i64
        %v3240 = arith.addi %v15, %v3238 : i64
        %v3241 = arith.muli %v3240, %v77 : i64
        %v3242 = arith.addi %v3241, %v3239 : i64
        %v3243 = llvm.getelementptr %v6[%v3242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2280, %v3243 : f32, !llvm.ptr<3>
        %v3244 = arith.addi %v3021, %v13 : i64
        %v3245 = arith.divui %v3244, %v67 : i64
        %v3246 = arith.remui %v3244, %v67 : i64
        %v3247 = arith.addi %v15, %v3245 : i64
        %v3248 = arith.muli %v3247, %v77 : i64
        %v3249 = arith.addi %v3248, %v3246 : i64
        %v3250 = llvm.getelementptr %v6[%v3249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2294, %v3250 : f32, !llvm.ptr<3>
        %v3251 = arith.addi %v3028, %v13 : i64
        %v3252 = arith.divui %v3251, %v67 : i64
        %v3253 = arith.remui %v3251, %v67 : i64
        %v3254 = arith.addi %v15, %v3252 : i64
        %v3255 = arith.muli %v3254, %v77 : i64
        %v3256 = arith.addi %v3255, %v3253 : i64
        %v3257 = llvm.getelementptr %v6[%v3256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2308, %v3257 : f32, !llvm.ptr<3>
        %v3258 = arith.divui %v13, %v67 : i64
        %v3259 = arith.remui %v13, %v67 : i64
        %v3260 = arith.addi %v40, %v3258 : i64
        %v3261 = arith.muli %v3260, %v77 : i64
        %v3262 = arith.addi %v3261, %v3259 : i64
        %v3263 = llvm.getelementptr %v6[%v3262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2323, %v3263 : f32, !llvm.ptr<3>
        %v3264 = arith.addi %v15, %v13 : i64
        %v3265 = arith.divui %v3264, %v67 : i64
        %v3266 = arith.remui %v3264, %v67 : i64
        %v3267 = arith.addi %v40, %v3265 : i64
        %v3268 = arith.muli %v3267, %v77 : i64
        %v3269 = arith.addi %v3268, %v3266 : i64
        %v3270 = llvm.getelementptr %v6[%v3269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2337, %v3270 : f32, !llvm.ptr<3>
        %v3271 = arith.addi %v40, %v13 : i64
        %v3272 = arith.divui %v3271, %v67 : i64
        %v3273 = arith.remui %v3271, %v67 : i64
        %v3274 = arith.addi %v40, %v3272 : i64
        %v3275 = arith.muli %v3274, %v77 : i64
        %v3276 = arith.addi %v3275, %v3273 : i64
        %v3277 = llvm.getelementptr %v6[%v3276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2351, %v3277 : f32, !llvm.ptr<3>
        %v3278 = arith.addi %v49, %v13 : i64
        %v3279 = arith.divui %v3278, %v67 : i64
        %v3280 = arith.remui %v3278, %v67 : i64
        %v3281 = arith.addi %v40, %v3279 : i64
        %v3282 = arith.muli %v3281, %v77 : i64
        %v3283 = arith.addi %v3282, %v3280 : i64
        %v3284 = llvm.getelementptr %v6[%v3283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2365, %v3284 : f32, !llvm.ptr<3>
        %v3285 = arith.addi %v9, %v13 : i64
        %v3286 = arith.divui %v3285, %v67 : i64
        %v3287 = arith.remui %v3285, %v67 : i64
        %v3288 = arith.addi %v40, %v3286 : i64
        %v3289 = arith.muli %v3288, %v77 : i64
        %v3290 = arith.addi %v3289, %v3287 : i64
        %v3291 = llvm.getelementptr %v6[%v3290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2379, %v3291 : f32, !llvm.ptr<3>
        %v3292 = arith.addi %v2846, %v13 : i64
        %v3293 = arith.divui %v3292, %v67 : i64
        %v3294 = arith.remui %v3292, %v67 : i64
        %v3295 = arith.addi %v40, %v3293 : i64
        %v3296 = arith.muli %v3295, %v77 : i64
        %v3297 = arith.addi %v3296, %v3294 : i64
        %v3298 = llvm.getelementptr %v6[%v3297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2393, %v3298 : f32, !llvm.ptr<3>
        %v3299 = arith.addi %v2853, %v13 : i64
        %v3300 = arith.divui %v3299, %v67 : i64
        %v3301 = arith.remui %v3299, %v67 : i64
        %v3302 = arith.addi %v40, %v3300 : i64
        %v3303 = arith.muli %v3302, %v77 : i64
        %v3304 = arith.addi %v3303, %v3301 : i64
        %v3305 = llvm.getelementptr %v6[%v3304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2407, %v3305 : f32, !llvm.ptr<3>
        %v3306 = arith.addi %v2860, %v13 : i64
        %v3307 = arith.divui %v3306, %v67 : i64
        %v3308 = arith.remui %v3306, %v67 : i64
        %v3309 = arith.addi %v40, %v3307 : i64
        %v3310 = arith.muli %v3309, %v77 : i64
        %v3311 = arith.addi %v3310, %v3308 : i64
        %v3312 = llvm.getelementptr %v6[%v3311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2421, %v3312 : f32, !llvm.ptr<3>
        %v3313 = arith.addi %v2867, %v13 : i64
        %v3314 = arith.divui %v3313, %v67 : i64
        %v3315 = arith.remui %v3313, %v67 : i64
        %v3316 = arith.addi %v40, %v3314 : i64
        %v3317 = arith.muli %v3316, %v77 : i64
        %v3318 = arith.addi %v3317, %v3315 : i64
        %v3319 = llvm.getelementptr %v6[%v3318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2435, %v3319 : f32, !llvm.ptr<3>
        %v3320 = arith.addi %v2874, %v13 : i64
        %v3321 = arith.divui %v3320, %v67 : i64
        %v3322 = arith.remui %v3320, %v67 : i64
        %v3323 = arith.addi %v40, %v3321 : i64
        %v3324 = arith.muli %v3323, %v77 : i64
        %v3325 = arith.addi %v3324, %v3322 : i64
        %v3326 = llvm.getelementptr %v6[%v3325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2449, %v3326 : f32, !llvm.ptr<3>
        %v3327 = arith.addi %v2881, %v13 : i64
        %v3328 = arith.divui %v3327, %v67 : i64
        %v3329 = arith.remui %v3327, %v67 : i64
        %v3330 = arith.addi %v40, %v3328 : i64
        %v3331 = arith.muli %v3330, %v77 : i64
        %v3332 = arith.addi %v3331, %v3329 : i64
        %v3333 = llvm.getelementptr %v6[%v3332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2463, %v3333 : f32, !llvm.ptr<3>
        %v3334 = arith.addi %v2888, %v13 : i64
        %v3335 = arith.divui %v3334, %v67 : i64
        %v3336 = arith.remui %v3334, %v67 : i64
        %v3337 = arith.addi %v40, %v3335 : i64
        %v3338 = arith.muli %v3337, %v77 : i64
        %v3339 = arith.addi %v3338, %v3336 : i64
        %v3340 = llvm.getelementptr %v6[%v3339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2477, %v3340 : f32, !llvm.ptr<3>
        %v3341 = arith.addi %v2895, %v13 : i64
        %v3342 = arith.divui %v3341, %v67 : i64
        %v3343 = arith.remui %v3341, %v67 : i64
        %v3344 = arith.addi %v40, %v3342 : i64
        %v3345 = arith.muli %v3344, %v77 : i64
        %v3346 = arith.addi %v3345, %v3343 : i64
        %v3347 = llvm.getelementptr %v6[%v3346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2491, %v3347 : f32, !llvm.ptr<3>
        %v3348 = arith.addi %v2902, %v13 : i64
        %v3349 = arith.divui %v3348, %v67 : i64
        %v3350 = arith.remui %v3348, %v67 : i64
        %v3351 = arith.addi %v40, %v3349 : i64
        %v3352 = arith.muli %v3351, %v77 : i64
        %v3353 = arith.addi %v3352, %v3350 : i64
        %v3354 = llvm.getelementptr %v6[%v3353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2505, %v3354 : f32, !llvm.ptr<3>
        %v3355 = arith.addi %v2909, %v13 : i64
        %v3356 = arith.divui %v3355, %v67 : i64
        %v3357 = arith.remui %v3355, %v67 : i64
        %v3358 = arith.addi %v40, %v3356 : i64
        %v3359 = arith.muli %v3358, %v77 : i64
        %v3360 = arith.addi %v3359, %v3357 : i64
        %v3361 = llvm.getelementptr %v6[%v3360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2519, %v3361 : f32, !llvm.ptr<3>
        %v3362 = arith.addi %v2916, %v13 : i64
        %v3363 = arith.divui %v3362, %v67 : i64
        %v3364 = arith.remui %v3362, %v67 : i64
        %v3365 = arith.addi %v40, %v3363 : i64
        %v3366 = arith.muli %v3365, %v77 : i64
        %v3367 = arith.addi %v3366, %v3364 : i64
        %v3368 = llvm.getelementptr %v6[%v3367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2533, %v3368 : f32, !llvm.ptr<3>
        %v3369 = arith.addi %v2923, %v13 : i64
        %v3370 = arith.divui %v3369, %v67 : i64
        %v3371 = arith.remui %v3369, %v67 : i64
        %v3372 = arith.addi %v40, %v3370 : i64
        %v3373 = arith.muli %v3372, %v77 : i64
        %v3374 = arith.addi %v3373, %v3371 : i64
        %v3375 = llvm.getelementptr %v6[%v3374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2547, %v3375 : f32, !llvm.ptr<3>
        %v3376 = arith.addi %v2930, %v13 : i64
        %v3377 = arith.divui %v3376, %v67 : i64
        %v3378 = arith.remui %v3376, %v67 : i64
        %v3379 = arith.addi %v40, %v3377 : i64
        %v3380 = arith.muli %v3379, %v77 : i64
        %v3381 = arith.addi %v3380, %v3378 : i64
        %v3382 = llvm.getelementptr %v6[%v3381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2561, %v3382 : f32, !llvm.ptr<3>
        %v3383 = arith.addi %v2937, %v13 : i64
        %v3384 = arith.divui %v3383, %v67 : i64
        %v3385 = arith.remui %v3383, %v67 : i64
        %v3386 = arith.addi %v40, %v3384 : i64
        %v3387 = arith.muli %v3386, %v77 : i64
        %v3388 = arith.addi %v3387, %v3385 : i64
        %v3389 = llvm.getelementptr %v6[%v3388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2575, %v3389 : f32, !llvm.ptr<3>
        %v3390 = arith.addi %v2944, %v13 : i64
        %v3391 = arith.divui %v3390, %v67 : i64
        %v3392 = arith.remui %v3390, %v67 : i64
        %v3393 = arith.addi %v40, %v3391 : i64
        %v3394 = arith.muli %v3393, %v77 : i64
        %v3395 = arith.addi %v3394, %v3392 : i64
        %v3396 = llvm.getelementptr %v6[%v3395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2589, %v3396 : f32, !llvm.ptr<3>
        %v3397 = arith.addi %v2951, %v13 : i64
        %v3398 = arith.divui %v3397, %v67 : i64
        %v3399 = arith.remui %v3397, %v67 : i64
        %v3400 = arith.addi %v40, %v3398 : i64
        %v3401 = arith.muli %v3400, %v77 : i64
        %v3402 = arith.addi %v3401, %v3399 : i64
        %v3403 = llvm.getelementptr %v6[%v3402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2603, %v3403 : f32, !llvm.ptr<3>
        %v3404 = arith.addi %v2958, %v13 : i64
        %v3405 = arith.divui %v3404, %v67 : i64
        %v3406 = arith.remui %v3404, %v67 : i64
        %v3407 = arith.addi %v40, %v3405 : i64
        %v3408 = arith.muli %v3407, %v77 : i64
        %v3409 = arith.addi %v3408, %v3406 : i64
        %v3410 = llvm.getelementptr %v6[%v3409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2617, %v3410 : f32, !llvm.ptr<3>
        %v3411 = arith.addi %v2965, %v13 : i64
        %v3412 = arith.divui %v3411, %v67 : i64
        %v3413 = arith.remui %v3411, %v67 : i64
        %v3414 = arith.addi %v40, %v3412 : i64
        %v3415 = arith.muli %v3414, %v77 : i64
        %v3416 = arith.addi %v3415, %v3413 : i64
        %v3417 = llvm.getelementptr %v6[%v3416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2631, %v3417 : f32, !llvm.ptr<3>
        %v3418 = arith.addi %v2972, %v13 : i64
        %v3419 = arith.divui %v3418, %v67 : i64
        %v3420 = arith.remui %v3418, %v67 : i64
        %v3421 = arith.addi %v40, %v3419 : i64
        %v3422 = arith.muli %v3421, %v77 : i64
        %v3423 = arith.addi %v3422, %v3420 : i64
        %v3424 = llvm.getelementptr %v6[%v3423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2645, %v3424 : f32, !llvm.ptr<3>
        %v3425 = arith.addi %v2979, %v13 : i64
        %v3426 = arith.divui %v3425, %v67 : i64
        %v3427 = arith.remui %v3425, %v67 : i64
        %v3428 = arith.addi %v40, %v3426 : i64
        %v3429 = arith.muli %v3428, %v77 : i64
        %v3430 = arith.addi %v3429, %v3427 : i64
        %v3431 = llvm.getelementptr %v6[%v3430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2659, %v3431 : f32, !llvm.ptr<3>
        %v3432 = arith.addi %v2986, %v13 : i64
        %v3433 = arith.divui %v3432, %v67 : i64
        %v3434 = arith.remui %v3432, %v67 : i64
        %v3435 = arith.addi %v40, %v3433 : i64
        %v3436 = arith.muli %v3435, %v77 : i64
        %v3437 = arith.addi %v3436, %v3434 : i64
        %v3438 = llvm.getelementptr %v6[%v3437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2673, %v3438 : f32, !llvm.ptr<3>
        %v3439 = arith.addi %v2993, %v13 : i64
        %v3440 = arith.divui %v3439, %v67 : i64
        %v3441 = arith.remui %v3439, %v67 : i64
        %v3442 = arith.addi %v40, %v3440 : i64
        %v3443 = arith.muli %v3442, %v77 : i64
        %v3444 = arith.addi %v3443, %v3441 : i64
        %v3445 = llvm.getelementptr %v6[%v3444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2687, %v3445 : f32, !llvm.ptr<3>
        %v3446 = arith.addi %v3000, %v13 : i64
        %v3447 = arith.divui %v3446, %v67 : i64
        %v3448 = arith.remui %v3446, %v67 : i64
        %v3449 = arith.addi %v40, %v3447 : i64
        %v3450 = arith.muli %v3449, %v77 : i64
        %v3451 = arith.addi %v3450, %v3448 : i64
        %v3452 = llvm.getelementptr %v6[%v3451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2701, %v3452 : f32, !llvm.ptr<3>
        %v3453 = arith.addi %v3007, %v13 : i64
        %v3454 = arith.divui %v3453, %v67 : i64
        %v3455 = arith.remui %v3453, %v67 : i64
        %v3456 = arith.addi %v40, %v3454 : i64
        %v3457 = arith.muli %v3456, %v77 : i64
        %v3458 = arith.addi %v3457, %v3455 : i64
        %v3459 = llvm.getelementptr %v6[%v3458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2715, %v3459 : f32, !llvm.ptr<3>
        %v3460 = arith.addi %v3014, %v13 : i64
        %v3461 = arith.divui %v3460, %v67 : i64
        %v3462 = arith.remui %v3460, %v67 : i64
        %v3463 = arith.addi %v40, %v3461 : i64
        %v3464 = arith.muli %v3463, %v77 : i64
        %v3465 = arith.addi %v3464, %v3462 : i64
        %v3466 = llvm.getelementptr %v6[%v3465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2729, %v3466 : f32, !llvm.ptr<3>
        %v3467 = arith.addi %v3021, %v13 : i64
        %v3468 = arith.divui %v3467, %v67 : i64
        %v3469 = arith.remui %v3467, %v67 : i64
        %v3470 = arith.addi %v40, %v3468 : i64
        %v3471 = arith.muli %v3470, %v77 : i64
        %v3472 = arith.addi %v3471, %v3469 : i64
        %v3473 = llvm.getelementptr %v6[%v3472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2743, %v3473 : f32, !llvm.ptr<3>
        %v3474 = arith.addi %v3028, %v13 : i64
        %v3475 = arith.divui %v3474, %v67 : i64
        %v3476 = arith.remui %v3474, %v67 : i64
        %v3477 = arith.addi %v40, %v3475 : i64
        %v3478 = arith.muli %v3477, %v77 : i64
        %v3479 = arith.addi %v3478, %v3476 : i64
        %v3480 = llvm.getelementptr %v6[%v3479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2757, %v3480 : f32, !llvm.ptr<3>
        %v3481 = arith.divui %v13, %v67 : i64
        %v3482 = arith.remui %v13, %v67 : i64
        %v3483 = arith.constant true
        %v3484 = arith.addi %v49, %v3481 : i64
        %v3485 = llvm.getelementptr %v5[%v3484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3486 = llvm.load %v3485 : !llvm.ptr<3> -> i64
        %v3487 = arith.addi %v1417, %v3482 : i64
        %v3488 = arith.cmpi slt, %v3487, %size_L : i64
        %v3489 = arith.subi %size_L, %v1 : i64
        %v3490 = arith.minsi %v3487, %v3489 : i64
        %v3491 = arith.addi %v3486, %v3490 : i64
        %v3492 = arith.muli %v3484, %v77 : i64
        %v3493 = arith.addi %v3492, %v3482 : i64
        %v3494 = arith.cmpi sge, %v3486, %v25 : i64
        %v3495 = arith.andi %v3488, %v3494 : i1
        %v3496 = arith.andi %v3495, %v3483 : i1
        %v3497 = llvm.getelementptr %v6[%v3493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3498 = llvm.load %v3497 : !llvm.ptr<3> -> f32
        %v3499 = arith.addi %v3481, %v39 : i64
        %v3500 = arith.constant true
        %v3501 = arith.addi %v49, %v3499 : i64
        %v3502 = llvm.getelementptr %v5[%v3501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3503 = llvm.load %v3502 : !llvm.ptr<3> -> i64
        %v3504 = arith.addi %v1417, %v3482 : i64
        %v3505 = arith.cmpi slt, %v3504, %size_L : i64
        %v3506 = arith.subi %size_L, %v1 : i64
        %v3507 = arith.minsi %v3504, %v3506 : i64
        %v3508 = arith.addi %v3503, %v3507 : i64
        %v3509 = arith.muli %v3501, %v77 : i64
        %v3510 = arith.addi %v3509, %v3482 : i64
        %v3511 = arith.cmpi sge, %v3503, %v25 : i64
        %v3512 = arith.andi %v3505, %v3511 : i1
        %v3513 = arith.andi %v3512, %v3500 : i1
        %v3514 = llvm.getelementptr %v6[%v3510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3515 = llvm.load %v3514 : !llvm.ptr<3> -> f32
        %v3516 = arith.addi %v3481, %v94 : i64
        %v3517 = arith.constant true
        %v3518 = arith.addi %v49, %v3516 : i64
        %v3519 = llvm.getelementptr %v5[%v3518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3520 = llvm.load %v3519 : !llvm.ptr<3> -> i64
        %v3521 = arith.addi %v1417, %v3482 : i64
        %v3522 = arith.cmpi slt, %v3521, %size_L : i64
        %v3523 = arith.subi %size_L, %v1 : i64
        %v3524 = arith.minsi %v3521, %v3523 : i64
        %v3525 = arith.addi %v3520, %v3524 : i64
        %v3526 = arith.muli %v3518, %v77 : i64
        %v3527 = arith.addi %v3526, %v3482 : i64
        %v3528 = arith.cmpi sge, %v3520, %v25 : i64
        %v3529 = arith.andi %v3522, %v3528 : i1
        %v3530 = arith.andi %v3529, %v3517 : i1
        %v3531 = llvm.getelementptr %v6[%v3527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3532 = llvm.load %v3531 : !llvm.ptr<3> -> f32
        %v3533 = arith.addi %v3481, %v107 : i64
        %v3534 = arith.constant true
        %v3535 = arith.addi %v49, %v3533 : i64
        %v3536 = llvm.getelementptr %v5[%v3535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3537 = llvm.load %v3536 : !llvm.ptr<3> -> i64
        %v3538 = arith.addi %v1417, %v3482 : i64
        %v3539 = arith.cmpi slt, %v3538, %size_L : i64
        %v3540 = arith.subi %size_L, %v1 : i64
        %v3541 = arith.minsi %v3538, %v3540 : i64
        %v3542 = arith.addi %v3537, %v3541 : i64
        %v3543 = arith.muli %v3535, %v77 : i64
        %v3544 = arith.addi %v3543, %v3482 : i64
        %v3545 = arith.cmpi sge, %v3537, %v25 : i64
        %v3546 = arith.andi %v3539, %v3545 : i1
        %v3547 = arith.andi %v3546, %v3534 : i1
        %v3548 = llvm.getelementptr %v6[%v3544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3549 = llvm.load %v3548 : !llvm.ptr<3> -> f32
        %v3550 = arith.addi %v3481, %v120 : i64
        %v3551 = arith.constant true
        %v3552 = arith.addi %v49, %v3550 : i64
        %v3553 = llvm.getelementptr %v5[%v3552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3554 = llvm.load %v3553 : !llvm.ptr<3> -> i64
        %v3555 = arith.addi %v1417, %v3482 : i64
        %v3556 = arith.cmpi slt, %v3555, %size_L : i64
        %v3557 = arith.subi %size_L, %v1 : i64
        %v3558 = arith.minsi %v3555, %v3557 : i64
        %v3559 = arith.addi %v3554, %v3558 : i64
        %v3560 = arith.muli %v3552, %v77 : i64
        %v3561 = arith.addi %v3560, %v3482 : i64
        %v3562 = arith.cmpi sge, %v3554, %v25 : i64
        %v3563 = arith.andi %v3556, %v3562 : i1
        %v3564 = arith.andi %v3563, %v3551 : i1
        %v3565 = llvm.getelementptr %v6[%v3561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3566 = llvm.load %v3565 : !llvm.ptr<3> -> f32
        %v3567 = arith.addi %v3481, %v133 : i64
        %v3568 = arith.constant true
        %v3569 = arith.addi %v49, %v3567 : i64
        %v3570 = llvm.getelementptr %v5[%v3569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3571 = llvm.load %v3570 : !llvm.ptr<3> -> i64
        %v3572 = arith.addi %v1417, %v3482 : i64
        %v3573 = arith.cmpi slt, %v3572, %size_L : i64
        %v3574 = arith.subi %size_L, %v1 : i64
        %v3575 = arith.minsi %v3572, %v3574 : i64
        %v3576 = arith.addi %v3571, %v3575 : i64
        %v3577 = arith.muli %v3569, %v77 : i64
        %v3578 = arith.addi %v3577, %v3482 : i64
        %v3579 = arith.cmpi sge, %v3571, %v25 : i64
        %v3580 = arith.andi %v3573, %v3579 : i1
        %v3581 = arith.andi %v3580, %v3568 : i1
        %v3582 = llvm.getelementptr %v6[%v3578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3583 = llvm.load %v3582 : !llvm.ptr<3> -> f32
        %v3584 = arith.addi %v3481, %v146 : i64
        %v3585 = arith.constant true
        %v3586 = arith.addi %v49, %v3584 : i64
        %v3587 = llvm.getelementptr %v5[%v3586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3588 = llvm.load %v3587 : !llvm.ptr<3> -> i64
        %v3589 = arith.addi %v1417, %v3482 : i64
        %v3590 = arith.cmpi slt, %v3589, %size_L : i64
        %v3591 = arith.subi %size_L, %v1 : i64
        %v3592 = arith.minsi %v3589, %v3591 : i64
        %v3593 = arith.addi %v3588, %v3592 : i64
        %v3594 = arith.muli %v3586, %v77 : i64
        %v3595 = arith.addi %v3594, %v3482 : i64
        %v3596 = arith.cmpi sge, %v3588, %v25 : i64
        %v3597 = arith.andi %v3590, %v3596 : i1
        %v3598 = arith.andi %v3597, %v3585 : i1
        %v3599 = llvm.getelementptr %v6[%v3595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3600 = llvm.load %v3599 : !llvm.ptr<3> -> f32
        %v3601 = arith.addi %v3481, %v159 : i64
        %v3602 = arith.constant true
        %v3603 = arith.addi %v49, %v3601 : i64
        %v3604 = llvm.getelementptr %v5[%v3603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3605 = llvm.load %v3604 : !llvm.ptr<3> -> i64
        %v3606 = arith.addi %v1417, %v3482 : i64
        %v3607 = arith.cmpi slt, %v3606, %size_L : i64
        %v3608 = arith.subi %size_L, %v1 : i64
        %v3609 = arith.minsi %v3606, %v3608 : i64
        %v3610 = arith.addi %v3605, %v3609 : i64
        %v3611 = arith.muli %v3603, %v77 : i64
        %v3612 = arith.addi %v3611, %v3482 : i64
        %v3613 = arith.cmpi sge, %v3605, %v25 : i64
        %v3614 = arith.andi %v3607, %v3613 : i1
        %v3615 = arith.andi %v3614, %v3602 : i1
        %v3616 = llvm.getelementptr %v6[%v3612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3617 = llvm.load %v3616 : !llvm.ptr<3> -> f32
        %v3618 = arith.addi %v3481, %v172 : i64
        %v3619 = arith.constant true
        %v3620 = arith.addi %v49, %v3618 : i64
        %v3621 = llvm.getelementptr %v5[%v3620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3622 = llvm.load %v3621 : !llvm.ptr<3> -> i64
        %v3623 = arith.addi %v1417, %v3482 : i64
        %v3624 = arith.cmpi slt, %v3623, %size_L : i64
        %v3625 = arith.subi %size_L, %v1 : i64
        %v3626 = arith.minsi %v3623, %v3625 : i64
        %v3627 = arith.addi %v3622, %v3626 : i64
        %v3628 = arith.muli %v3620, %v77 : i64
        %v3629 = arith.addi %v3628, %v3482 : i64
        %v3630 = arith.cmpi sge, %v3622, %v25 : i64
        %v3631 = arith.andi %v3624, %v3630 : i1
        %v3632 = arith.andi %v3631, %v3619 : i1
        %v3633 = llvm.getelementptr %v6[%v3629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3634 = llvm.load %v3633 : !llvm.ptr<3> -> f32
        %v3635 = arith.addi %v3481, %v185 : i64
        %v3636 = arith.constant true
        %v3637 = arith.addi %v49, %v3635 : i64
        %v3638 = llvm.getelementptr %v5[%v3637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3639 = llvm.load %v3638 : !llvm.ptr<3> -> i64
        %v3640 = arith.addi %v1417, %v3482 : i64
        %v3641 = arith.cmpi slt, %v3640, %size_L : i64
        %v3642 = arith.subi %size_L, %v1 : i64
        %v3643 = arith.minsi %v3640, %v3642 : i64
        %v3644 = arith.addi %v3639, %v3643 : i64
        %v3645 = arith.muli %v3637, %v77 : i64
        %v3646 = arith.addi %v3645, %v3482 : i64
        %v3647 = arith.cmpi sge, %v3639, %v25 : i64
        %v3648 = arith.andi %v3641, %v3647 : i1
        %v3649 = arith.andi %v3648, %v3636 : i1
        %v3650 = llvm.getelementptr %v6[%v3646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3651 = llvm.load %v3650 : !llvm.ptr<3> -> f32
        %v3652 = arith.addi %v3481, %v198 : i64
        %v3653 = arith.constant true
        %v3654 = arith.addi %v49, %v3652 : i64
        %v3655 = llvm.getelementptr %v5[%v3654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3656 = llvm.load %v3655 : !llvm.ptr<3> -> i64
        %v3657 = arith.addi %v1417, %v3482 : i64
        %v3658 = arith.cmpi slt, %v3657, %size_L : i64
        %v3659 = arith.subi %size_L, %v1 : i64
        %v3660 = arith.minsi %v3657, %v3659 : i64
        %v3661 = arith.addi %v3656, %v3660 : i64
        %v3662 = arith.muli %v3654, %v77 : i64
        %v3663 = arith.addi %v3662, %v3482 : i64
        %v3664 = arith.cmpi sge, %v3656, %v25 : i64
        %v3665 = arith.andi %v3658, %v3664 : i1
        %v3666 = arith.andi %v3665, %v3653 : i1
        %v3667 = llvm.getelementptr %v6[%v3663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3668 = llvm.load %v3667 : !llvm.ptr<3> -> f32
        %v3669 = arith.addi %v3481, %v211 : i64
        %v3670 = arith.constant true
        %v3671 = arith.addi %v49, %v3669 : i64
        %v3672 = llvm.getelementptr %v5[%v3671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3673 = llvm.load %v3672 : !llvm.ptr<3> -> i64
        %v3674 = arith.addi %v1417, %v3482 : i64
        %v3675 = arith.cmpi slt, %v3674, %size_L : i64
        %v3676 = arith.subi %size_L, %v1 : i64
        %v3677 = arith.minsi %v3674, %v3676 : i64
        %v3678 = arith.addi %v3673, %v3677 : i64
        %v3679 = arith.muli %v3671, %v77 : i64
        %v3680 = arith.addi %v3679, %v3482 : i64
        %v3681 = arith.cmpi sge, %v3673, %v25 : i64
        %v3682 = arith.andi %v3675, %v3681 : i1
        %v3683 = arith.andi %v3682, %v3670 : i1
        %v3684 = llvm.getelementptr %v6[%v3680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3685 = llvm.load %v3684 : !llvm.ptr<3> -> f32
        %v3686 = arith.addi %v3481, %v224 : i64
        %v3687 = arith.constant true
        %v3688 = arith.addi %v49, %v3686 : i64
        %v3689 = llvm.getelementptr %v5[%v3688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3690 = llvm.load %v3689 : !llvm.ptr<3> -> i64
        %v3691 = arith.addi %v1417, %v3482 : i64
        %v3692 = arith.cmpi slt, %v3691, %size_L : i64
        %v3693 = arith.subi %size_L, %v1 : i64
        %v3694 = arith.minsi %v3691, %v3693 : i64
        %v3695 = arith.addi %v3690, %v3694 : i64
        %v3696 = arith.muli %v3688, %v77 : i64
        %v3697 = arith.addi %v3696, %v3482 : i64
        %v3698 = arith.cmpi sge, %v3690, %v25 : i64
        %v3699 = arith.andi %v3692, %v3698 : i1
        %v3700 = arith.andi %v3699, %v3687 : i1
        %v3701 = llvm.getelementptr %v6[%v3697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3702 = llvm.load %v3701 : !llvm.ptr<3> -> f32
        %v3703 = arith.addi %v3481, %v237 : i64
        %v3704 = arith.constant true
        %v3705 = arith.addi %v49, %v3703 : i64
        %v3706 = llvm.getelementptr %v5[%v3705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3707 = llvm.load %v3706 : !llvm.ptr<3> -> i64
        %v3708 = arith.addi %v1417, %v3482 : i64
        %v3709 = arith.cmpi slt, %v3708, %size_L : i64
        %v3710 = arith.subi %size_L, %v1 : i64
        %v3711 = arith.minsi %v3708, %v3710 : i64
        %v3712 = arith.addi %v3707, %v3711 : i64
        %v3713 = arith.muli %v3705, %v77 : i64
        %v3714 = arith.addi %v3713, %v3482 : i64
        %v3715 = arith.cmpi sge, %v3707, %v25 : i64
        %v3716 = arith.andi %v3709, %v3715 : i1
        %v3717 = arith.andi %v3716, %v3704 : i1
        %v3718 = llvm.getelementptr %v6[%v3714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3719 = llvm.load %v3718 : !llvm.ptr<3> -> f32
        %v3720 = arith.addi %v3481, %v250 : i64
        %v3721 = arith.constant true
        %v3722 = arith.addi %v49, %v3720 : i64
        %v3723 = llvm.getelementptr %v5[%v3722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3724 = llvm.load %v3723 : !llvm.ptr<3> -> i64
        %v3725 = arith.addi %v1417, %v3482 : i64
        %v3726 = arith.cmpi slt, %v3725, %size_L : i64
        %v3727 = arith.subi %size_L, %v1 : i64
        %v3728 = arith.minsi %v3725, %v3727 : i64
        %v3729 = arith.addi %v3724, %v3728 : i64
        %v3730 = arith.muli %v3722, %v77 : i64
        %v3731 = arith.addi %v3730, %v3482 : i64
        %v3732 = arith.cmpi sge, %v3724, %v25 : i64
        %v3733 = arith.andi %v3726, %v3732 : i1
        %v3734 = arith.andi %v3733, %v3721 : i1
        %v3735 = llvm.getelementptr %v6[%v3731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3736 = llvm.load %v3735 : !llvm.ptr<3> -> f32
        %v3737 = arith.addi %v3481, %v263 : i64
        %v3738 = arith.constant true
        %v3739 = arith.addi %v49, %v3737 : i64
        %v3740 = llvm.getelementptr %v5[%v3739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3741 = llvm.load %v3740 : !llvm.ptr<3> -> i64
        %v3742 = arith.addi %v1417, %v3482 : i64
        %v3743 = arith.cmpi slt, %v3742, %size_L : i64
        %v3744 = arith.subi %size_L, %v1 : i64
        %v3745 = arith.minsi %v3742, %v3744 : i64
        %v3746 = arith.addi %v3741, %v3745 : i64
        %v3747 = arith.muli %v3739, %v77 : i64
        %v3748 = arith.addi %v3747, %v3482 : i64
        %v3749 = arith.cmpi sge, %v3741, %v25 : i64
        %v3750 = arith.andi %v3743, %v3749 : i1
        %v3751 = arith.andi %v3750, %v3738 : i1
        %v3752 = llvm.getelementptr %v6[%v3748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3753 = llvm.load %v3752 : !llvm.ptr<3> -> f32
        %v3754 = arith.addi %v3481, %v67 : i64
        %v3755 = arith.constant true
        %v3756 = arith.addi %v49, %v3754 : i64
        %v3757 = llvm.getelementptr %v5[%v3756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3758 = llvm.load %v3757 : !llvm.ptr<3> -> i64
        %v3759 = arith.addi %v1417, %v3482 : i64
        %v3760 = arith.cmpi slt, %v3759, %size_L : i64
        %v3761 = arith.subi %size_L, %v1 : i64
        %v3762 = arith.minsi %v3759, %v3761 : i64
        %v3763 = arith.addi %v3758, %v3762 : i64
        %v3764 = arith.muli %v3756, %v77 : i64
        %v3765 = arith.addi %v3764, %v3482 : i64
        %v3766 = arith.cmpi sge, %v3758, %v25 : i64
        %v3767 = arith.andi %v3760, %v3766 : i1
        %v3768 = arith.andi %v3767, %v3755 : i1
        %v3769 = llvm.getelementptr %v6[%v3765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3770 = llvm.load %v3769 : !llvm.ptr<3> -> f32
        %v3771 = arith.addi %v3481, %v288 : i64
        %v3772 = arith.constant true
        %v3773 = arith.addi %v49, %v3771 : i64
        %v3774 = llvm.getelementptr %v5[%v3773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3775 = llvm.load %v3774 : !llvm.ptr<3> -> i64
        %v3776 = arith.addi %v1417, %v3482 : i64
        %v3777 = arith.cmpi slt, %v3776, %size_L : i64
        %v3778 = arith.subi %size_L, %v1 : i64
        %v3779 = arith.minsi %v3776, %v3778 : i64
        %v3780 = arith.addi %v3775, %v3779 : i64
        %v3781 = arith.muli %v3773, %v77 : i64
        %v3782 = arith.addi %v3781, %v3482 : i64
        %v3783 = arith.cmpi sge, %v3775, %v25 : i64
        %v3784 = arith.andi %v3777, %v3783 : i1
        %v3785 = arith.andi %v3784, %v3772 : i1
        %v3786 = llvm.getelementptr %v6[%v3782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3787 = llvm.load %v3786 : !llvm.ptr<3> -> f32
        %v3788 = arith.addi %v3481, %v301 : i64
        %v3789 = arith.constant true
        %v3790 = arith.addi %v49, %v3788 : i64
        %v3791 = llvm.getelementptr %v5[%v3790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3792 = llvm.load %v3791 : !llvm.ptr<3> -> i64
        %v3793 = arith.addi %v1417, %v3482 : i64
        %v3794 = arith.cmpi slt, %v3793, %size_L : i64
        %v3795 = arith.subi %size_L, %v1 : i64
        %v3796 = arith.minsi %v3793, %v3795 : i64
        %v3797 = arith.addi %v3792, %v3796 : i64
        %v3798 = arith.muli %v3790, %v77 : i64
        %v3799 = arith.addi %v3798, %v3482 : i64
        %v3800 = arith.cmpi sge, %v3792, %v25 : i64
        %v3801 = arith.andi %v3794, %v3800 : i1
        %v3802 = arith.andi %v3801, %v3789 : i1
        %v3803 = llvm.getelementptr %v6[%v3799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3804 = llvm.load %v3803 : !llvm.ptr<3> -> f32
        %v3805 = arith.addi %v3481, %v314 : i64
        %v3806 = arith.constant true
        %v3807 = arith.addi %v49, %v3805 : i64
        %v3808 = llvm.getelementptr %v5[%v3807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3809 = llvm.load %v3808 : !llvm.ptr<3> -> i64
        %v3810 = arith.addi %v1417, %v3482 : i64
        %v3811 = arith.cmpi slt, %v3810, %size_L : i64
        %v3812 = arith.subi %size_L, %v1 : i64
        %v3813 = arith.minsi %v3810, %v3812 : i64
        %v3814 = arith.addi %v3809, %v3813 : i64
        %v3815 = arith.muli %v3807, %v77 : i64
        %v3816 = arith.addi %v3815, %v3482 : i64
        %v3817 = arith.cmpi sge, %v3809, %v25 : i64
        %v3818 = arith.andi %v3811, %v3817 : i1
        %v3819 = arith.andi %v3818, %v3806 : i1
        %v3820 = llvm.getelementptr %v6[%v3816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3821 = llvm.load %v3820 : !llvm.ptr<3> -> f32
        %v3822 = arith.addi %v3481, %v327 : i64
        %v3823 = arith.constant true
        %v3824 = arith.addi %v49, %v3822 : i64
        %v3825 = llvm.getelementptr %v5[%v3824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3826 = llvm.load %v3825 : !llvm.ptr<3> -> i64
        %v3827 = arith.addi %v1417, %v3482 : i64
        %v3828 = arith.cmpi slt, %v3827, %size_L : i64
        %v3829 = arith.subi %size_L, %v1 : i64
        %v3830 = arith.minsi %v3827, %v3829 : i64
        %v3831 = arith.addi %v3826, %v3830 : i64
        %v3832 = arith.muli %v3824, %v77 : i64
        %v3833 = arith.addi %v3832, %v3482 : i64
        %v3834 = arith.cmpi sge, %v3826, %v25 : i64
        %v3835 = arith.andi %v3828, %v3834 : i1
        %v3836 = arith.andi %v3835, %v3823 : i1
        %v3837 = llvm.getelementptr %v6[%v3833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3838 = llvm.load %v3837 : !llvm.ptr<3> -> f32
        %v3839 = arith.addi %v3481, %v340 : i64
        %v3840 = arith.constant true
        %v3841 = arith.addi %v49, %v3839 : i64
        %v3842 = llvm.getelementptr %v5[%v3841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3843 = llvm.load %v3842 : !llvm.ptr<3> -> i64
        %v3844 = arith.addi %v1417, %v3482 : i64
        %v3845 = arith.cmpi slt, %v3844, %size_L : i64
        %v3846 = arith.subi %size_L, %v1 : i64
        %v3847 = arith.minsi %v3844, %v3846 : i64
        %v3848 = arith.addi %v3843, %v3847 : i64
        %v3849 = arith.muli %v3841, %v77 : i64
        %v3850 = arith.addi %v3849, %v3482 : i64
        %v3851 = arith.cmpi sge, %v3843, %v25 : i64
        %v3852 = arith.andi %v3845, %v3851 : i1
        %v3853 = arith.andi %v3852, %v3840 : i1
        %v3854 = llvm.getelementptr %v6[%v3850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3855 = llvm.load %v3854 : !llvm.ptr<3> -> f32
        %v3856 = arith.addi %v3481, %v353 : i64
        %v3857 = arith.constant true
        %v3858 = arith.addi %v49, %v3856 : i64
        %v3859 = llvm.getelementptr %v5[%v3858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3860 = llvm.load %v3859 : !llvm.ptr<3> -> i64
        %v3861 = arith.addi %v1417, %v3482 : i64
        %v3862 = arith.cmpi slt, %v3861, %size_L : i64
        %v3863 = arith.subi %size_L, %v1 : i64
        %v3864 = arith.minsi %v3861, %v3863 : i64
        %v3865 = arith.addi %v3860, %v3864 : i64
        %v3866 = arith.muli %v3858, %v77 : i64
        %v3867 = arith.addi %v3866, %v3482 : i64
        %v3868 = arith.cmpi sge, %v3860, %v25 : i64
        %v3869 = arith.andi %v3862, %v3868 : i1
        %v3870 = arith.andi %v3869, %v3857 : i1
        %v3871 = llvm.getelementptr %v6[%v3867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3872 = llvm.load %v3871 : !llvm.ptr<3> -> f32
        %v3873 = arith.addi %v3481, %v366 : i64
        %v3874 = arith.constant true
        %v3875 = arith.addi %v49, %v3873 : i64
        %v3876 = llvm.getelementptr %v5[%v3875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3877 = llvm.load %v3876 : !llvm.ptr<3> -> i64
        %v3878 = arith.addi %v1417, %v3482 : i64
        %v3879 = arith.cmpi slt, %v3878, %size_L : i64
        %v3880 = arith.subi %size_L, %v1 : i64
        %v3881 = arith.minsi %v3878, %v3880 : i64
        %v3882 = arith.addi %v3877, %v3881 : i64
        %v3883 = arith.muli %v3875, %v77 : i64
        %v3884 = arith.addi %v3883, %v3482 : i64
        %v3885 = arith.cmpi sge, %v3877, %v25 : i64
        %v3886 = arith.andi %v3879, %v3885 : i1
        %v3887 = arith.andi %v3886, %v3874 : i1
        %v3888 = llvm.getelementptr %v6[%v3884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3889 = llvm.load %v3888 : !llvm.ptr<3> -> f32
        %v3890 = arith.addi %v3481, %v379 : i64
        %v3891 = arith.constant true
        %v3892 = arith.addi %v49, %v3890 : i64
        %v3893 = llvm.getelementptr %v5[%v3892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3894 = llvm.load %v3893 : !llvm.ptr<3> -> i64
        %v3895 = arith.addi %v1417, %v3482 : i64
        %v3896 = arith.cmpi slt, %v3895, %size_L : i64
        %v3897 = arith.subi %size_L, %v1 : i64
        %v3898 = arith.minsi %v3895, %v3897 : i64
        %v3899 = arith.addi %v3894, %v3898 : i64
        %v3900 = arith.muli %v3892, %v77 : i64
        %v3901 = arith.addi %v3900, %v3482 : i64
        %v3902 = arith.cmpi sge, %v3894, %v25 : i64
        %v3903 = arith.andi %v3896, %v3902 : i1
        %v3904 = arith.andi %v3903, %v3891 : i1
        %v3905 = llvm.getelementptr %v6[%v3901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3906 = llvm.load %v3905 : !llvm.ptr<3> -> f32
        %v3907 = arith.addi %v3481, %v392 : i64
        %v3908 = arith.constant true
        %v3909 = arith.addi %v49, %v3907 : i64
        %v3910 = llvm.getelementptr %v5[%v3909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3911 = llvm.load %v3910 : !llvm.ptr<3> -> i64
        %v3912 = arith.addi %v1417, %v3482 : i64
        %v3913 = arith.cmpi slt, %v3912, %size_L : i64
        %v3914 = arith.subi %size_L, %v1 : i64
        %v3915 = arith.minsi %v3912, %v3914 : i64
        %v3916 = arith.addi %v3911, %v3915 : i64
        %v3917 = arith.muli %v3909, %v77 : i64
        %v3918 = arith.addi %v3917, %v3482 : i64
        %v3919 = arith.cmpi sge, %v3911, %v25 : i64
        %v3920 = arith.andi %v3913, %v3919 : i1
        %v3921 = arith.andi %v3920, %v3908 : i1
        %v3922 = llvm.getelementptr %v6[%v3918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3923 = llvm.load %v3922 : !llvm.ptr<3> -> f32
        %v3924 = arith.addi %v3481, %v405 : i64
        %v3925 = arith.constant true
        %v3926 = arith.addi %v49, %v3924 : i64
        %v3927 = llvm.getelementptr %v5[%v3926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3928 = llvm.load %v3927 : !llvm.ptr<3> -> i64
        %v3929 = arith.addi %v1417, %v3482 : i64
        %v3930 = arith.cmpi slt, %v3929, %size_L : i64
        %v3931 = arith.subi %size_L, %v1 : i64
        %v3932 = arith.minsi %v3929, %v3931 : i64
        %v3933 = arith.addi %v3928, %v3932 : i64
        %v3934 = arith.muli %v3926, %v77 : i64
        %v3935 = arith.addi %v3934, %v3482 : i64
        %v3936 = arith.cmpi sge, %v3928, %v25 : i64
        %v3937 = arith.andi %v3930, %v3936 : i1
        %v3938 = arith.andi %v3937, %v3925 : i1
        %v3939 = llvm.getelementptr %v6[%v3935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3940 = llvm.load %v3939 : !llvm.ptr<3> -> f32
        %v3941 = arith.addi %v3481, %v418 : i64
        %v3942 = arith.constant true
        %v3943 = arith.addi %v49, %v3941 : i64
        %v3944 = llvm.getelementptr %v5[%v3943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3945 = llvm.load %v3944 : !llvm.ptr<3> -> i64
        %v3946 = arith.addi %v1417, %v3482 : i64
        %v3947 = arith.cmpi slt, %v3946, %size_L : i64
        %v3948 = arith.subi %size_L, %v1 : i64
        %v3949 = arith.minsi %v3946, %v3948 : i64
        %v3950 = arith.addi %v3945, %v3949 : i64
        %v3951 = arith.muli %v3943, %v77 : i64
        %v3952 = arith.addi %v3951, %v3482 : i64
        %v3953 = arith.cmpi sge, %v3945, %v25 : i64
        %v3954 = arith.andi %v3947, %v3953 : i1
        %v3955 = arith.andi %v3954, %v3942 : i1
        %v3956 = llvm.getelementptr %v6[%v3952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3957 = llvm.load %v3956 : !llvm.ptr<3> -> f32
        %v3958 = arith.addi %v3481, %v431 : i64
        %v3959 = arith.constant true
        %v3960 = arith.addi %v49, %v3958 : i64
        %v3961 = llvm.getelementptr %v5[%v3960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3962 = llvm.load %v3961 : !llvm.ptr<3> -> i64
        %v3963 = arith.addi %v1417, %v3482 : i64
        %v3964 = arith.cmpi slt, %v3963, %size_L : i64
        %v3965 = arith.subi %size_L, %v1 : i64
        %v3966 = arith.minsi %v3963, %v3965 : i64
        %v3967 = arith.addi %v3962, %v3966 : i64
        %v3968 = arith.muli %v3960, %v77 : i64
        %v3969 = arith.addi %v3968, %v3482 : i64
        %v3970 = arith.cmpi sge, %v3962, %v25 : i64
        %v3971 = arith.andi %v3964, %v3970 : i1
        %v3972 = arith.andi %v3971, %v3959 : i1
        %v3973 = llvm.getelementptr %v6[%v3969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3974 = llvm.load %v3973 : !llvm.ptr<3> -> f32
        %v3975 = arith.addi %v3481, %v444 : i64
        %v3976 = arith.constant true
        %v3977 = arith.addi %v49, %v3975 : i64
        %v3978 = llvm.getelementptr %v5[%v3977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3979 = llvm.load %v3978 : !llvm.ptr<3> -> i64
        %v3980 = arith.addi %v1417, %v3482 : i64
        %v3981 = arith.cmpi slt, %v3980, %size_L : i64
        %v3982 = arith.subi %size_L, %v1 : i64
        %v3983 = arith.minsi %v3980, %v3982 : i64
        %v3984 = arith.addi %v3979, %v3983 : i64
        %v3985 = arith.muli %v3977, %v77 : i64
        %v3986 = arith.addi %v3985, %v3482 : i64
        %v3987 = arith.cmpi sge, %v3979, %v25 : i64
        %v3988 = arith.andi %v3981, %v3987 : i1
        %v3989 = arith.andi %v3988, %v3976 : i1
        %v3990 = llvm.getelementptr %v6[%v3986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3991 = llvm.load %v3990 : !llvm.ptr<3> -> f32
        %v3992 = arith.addi %v3481, %v457 : i64
        %v3993 = arith.constant true
        %v3994 = arith.addi %v49, %v3992 : i64
        %v3995 = llvm.getelementptr %v5[%v3994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3996 = llvm.load %v3995 : !llvm.ptr<3> -> i64
        %v3997 = arith.addi %v1417, %v3482 : i64
        %v3998 = arith.cmpi slt, %v3997, %size_L : i64
        %v3999 = arith.subi %size_L, %v1 : i64
        %v4000 = arith.minsi %v3997, %v3999 : i64
        %v4001 = arith.addi %v3996, %v4000 : i64
        %v4002 = arith.muli %v3994, %v77 : i64
        %v4003 = arith.addi %v4002, %v3482 : i64
        %v4004 = arith.cmpi sge, %v3996, %v25 : i64
        %v4005 = arith.andi %v3998, %v4004 : i1
        %v4006 = arith.andi %v4005, %v3993 : i1
        %v4007 = llvm.getelementptr %v6[%v4003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4008 = llvm.load %v4007 : !llvm.ptr<3> -> f32
        %v4009 = arith.addi %v3481, %v470 : i64
        %v4010 = arith.constant true
        %v4011 = arith.addi %v49, %v4009 : i64
        %v4012 = llvm.getelementptr %v5[%v4011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4013 = llvm.load %v4012 : !llvm.ptr<3> -> i64
        %v4014 = arith.addi %v1417, %v3482 : i64
        %v4015 = arith.cmpi slt, %v4014, %size_L : i64
        %v4016 = arith.subi %size_L, %v1 : i64
        %v4017 = arith.minsi %v4014, %v4016 : i64
        %v4018 = arith.addi %v4013, %v4017 : i64
        %v4019 = arith.muli %v4011, %v77 : i64
        %v4020 = arith.addi %v4019, %v3482 : i64
        %v4021 = arith.cmpi sge, %v4013, %v25 : i64
        %v4022 = arith.andi %v4015, %v4021 : i1
        %v4023 = arith.andi %v4022, %v4010 : i1
        %v4024 = llvm.getelementptr %v6[%v4020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4025 = llvm.load %v4024 : !llvm.ptr<3> -> f32
        scf.if %v3496 {
          %v4026 = llvm.getelementptr %out_y[%v3491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3498, %v4026 : f32, !llvm.ptr
        }
        scf.if %v3513 {
          %v4027 = llvm.getelementptr %out_y[%v3508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3515, %v4027 : f32, !llvm.ptr
        }
        scf.if %v3530 {
          %v4028 = llvm.getelementptr %out_y[%v3525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3532, %v4028 : f32, !llvm.ptr
        }
        scf.if %v3547 {
          %v4029 = llvm.getelementptr %out_y[%v3542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3549, %v4029 : f32, !llvm.ptr
        }
        scf.if %v3564 {
          %v4030 = llvm.getelementptr %out_y[%v3559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3566, %v4030 : f32, !llvm.ptr
        }
        scf.if %v3581 {
          %v4031 = llvm.getelementptr %out_y[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3583, %v4031 : f32, !llvm.ptr
        }
        scf.if %v3598 {
          %v4032 = llvm.getelementptr %out_y[%v3593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3600, %v4032 : f32, !llvm.ptr
        }
        scf.if %v3615 {
          %v4033 = llvm.getelementptr %out_y[%v3610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3617, %v4033 : f32, !llvm.ptr
        }
        scf.if %v3632 {
          %v4034 = llvm.getelementptr %out_y[%v3627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3634, %v4034 : f32, !llvm.ptr
        }
        scf.if %v3649 {
          %v4035 = llvm.getelementptr %out_y[%v3644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3651, %v4035 : f32, !llvm.ptr
        }
        scf.if %v3666 {
          %v4036 = llvm.getelementptr %out_y[%v3661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3668, %v4036 : f32, !llvm.ptr
        }
        scf.if %v3683 {
          %v4037 = llvm.getelementptr %out_y[%v3678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3685, %v4037 : f32, !llvm.ptr
        }
        scf.if %v3700 {
          %v4038 = llvm.getelementptr %out_y[%v3695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3702, %v4038 : f32, !llvm.ptr
        }
        scf.if %v3717 {
          %v4039 = llvm.getelementptr %out_y[%v3712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3719, %v4039 : f32, !llvm.ptr
        }
        scf.if %v3734 {
          %v4040 = llvm.getelementptr %out_y[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3736, %v4040 : f32, !llvm.ptr
        }
        scf.if %v3751 {
          %v4041 = llvm.getelementptr %out_y[%v3746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3753, %v4041 : f32, !llvm.ptr
        }
        scf.if %v3768 {
          %v4042 = llvm.getelementptr %out_y[%v3763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3770, %v4042 : f32, !llvm.ptr
        }
        scf.if %v3785 {
          %v4043 = llvm.getelementptr %out_y[%v3780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3787, %v4043 : f32, !llvm.ptr
        }
        scf.if %v3802 {
          %v4044 = llvm.getelementptr %out_y[%v3797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3804, %v4044 : f32, !llvm.ptr
        }
        scf.if %v3819 {
          %v4045 = llvm.getelementptr %out_y[%v3814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3821, %v4045 : f32, !llvm.ptr
        }
        scf.if %v3836 {
          %v4046 = llvm.getelementptr %out_y[%v3831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3838, %v4046 : f32, !llvm.ptr
        }
        scf.if %v3853 {
          %v4047 = llvm.getelementptr %out_y[%v3848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3855, %v4047 : f32, !llvm.ptr
        }
        scf.if %v3870 {
          %v4048 = llvm.getelementptr %out_y[%v3865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3872, %v4048 : f32, !llvm.ptr
        }
        scf.if %v3887 {
          %v4049 = llvm.getelementptr %out_y[%v3882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3889, %v4049 : f32, !llvm.ptr
        }
        scf.if %v3904 {
          %v4050 = llvm.getelementptr %out_y[%v3899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3906, %v4050 : f32, !llvm.ptr
        }
        scf.if %v3921 {
          %v4051 = llvm.getelementptr %out_y[%v3916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3923, %v4051 : f32, !llvm.ptr
        }
        scf.if %v3938 {
          %v4052 = llvm.getelementptr %out_y[%v3933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3940, %v4052 : f32, !llvm.ptr
        }
        scf.if %v3955 {
          %v4053 = llvm.getelementptr %out_y[%v3950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3957, %v4053 : f32, !llvm.ptr
        }
        scf.if %v3972 {
          %v4054 = llvm.getelementptr %out_y[%v3967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3974, %v4054 : f32, !llvm.ptr
        }
        scf.if %v3989 {
          %v4055 = llvm.getelementptr %out_y[%v3984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3991, %v4055 : f32, !llvm.ptr
        }
        scf.if %v4006 {
          %v4056 = llvm.getelementptr %out_y[%v4001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4008, %v4056 : f32, !llvm.ptr
        }
        scf.if %v4023 {
          %v4057 = llvm.getelementptr %out_y[%v4018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4025, %v4057 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4058 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v18 {
        %v4059 = arith.muli %v23, %size_D : i64
        %v4060 = arith.addi %v4059, %v21 : i64
        %v4061 = llvm.getelementptr %out_h_last[%v4060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4058, %v4061 : f32, !llvm.ptr
      }
      %v4062 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v18 {
        %v4063 = arith.muli %v23, %size_D : i64
        %v4064 = arith.addi %v4063, %v21 : i64
        %v4065 = llvm.getelementptr %out_hp_last[%v4064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4062, %v4065 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
