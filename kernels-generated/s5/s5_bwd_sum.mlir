module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_bwd_sum(%in_u: !llvm.ptr, %in_lam_re: !llvm.ptr, %in_lam_im: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %in_C_re: !llvm.ptr, %in_C_im: !llvm.ptr, %in_Dp: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %scratch_x_re: !llvm.ptr, %scratch_x_im: !llvm.ptr, %segsum_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v8 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v73 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v74 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v90 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v91 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v94 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v95 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v96 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v97 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v98 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v100 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v101 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v122 = arith.constant 404 : i64
      %v123 = llvm.alloca %v122 x f32 : (i64) -> !llvm.ptr
      %v124 = arith.constant 63 : i64
      %v125 = arith.shrui %size_L, %v124 : i64
      %v126 = llvm.getelementptr %v123[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v127 = arith.constant 0 : i64
      %v128 = llvm.getelementptr %v126[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = llvm.getelementptr %v126[%v3] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v130 = arith.constant 2 : i64
      %v131 = llvm.getelementptr %v126[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v132 = arith.constant 3 : i64
      %v133 = llvm.getelementptr %v126[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v134 = llvm.getelementptr %v126[%v1] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v135 = arith.constant 5 : i64
      %v136 = llvm.getelementptr %v126[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v137 = arith.constant 6 : i64
      %v138 = llvm.getelementptr %v126[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v139 = arith.constant 7 : i64
      %v140 = llvm.getelementptr %v126[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = arith.constant 8 : i64
      %v142 = llvm.getelementptr %v126[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v143 = arith.constant 9 : i64
      %v144 = llvm.getelementptr %v126[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v145 = arith.constant 10 : i64
      %v146 = llvm.getelementptr %v126[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v147 = arith.constant 11 : i64
      %v148 = llvm.getelementptr %v126[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v149 = arith.constant 12 : i64
      %v150 = llvm.getelementptr %v126[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v151 = arith.constant 13 : i64
      %v152 = llvm.getelementptr %v126[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v153 = arith.constant 14 : i64
      %v154 = llvm.getelementptr %v126[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = arith.constant 15 : i64
      %v156 = llvm.getelementptr %v126[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v157 = llvm.getelementptr %v126[%v2] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v158 = arith.constant 17 : i64
      %v159 = llvm.getelementptr %v126[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v160 = arith.constant 18 : i64
      %v161 = llvm.getelementptr %v126[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = arith.constant 19 : i64
      %v163 = llvm.getelementptr %v126[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v164 = arith.constant 20 : i64
      %v165 = llvm.getelementptr %v126[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v166 = arith.constant 21 : i64
      %v167 = llvm.getelementptr %v126[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v168 = arith.constant 22 : i64
      %v169 = llvm.getelementptr %v126[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v170 = arith.constant 23 : i64
      %v171 = llvm.getelementptr %v126[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = arith.constant 24 : i64
      %v173 = llvm.getelementptr %v126[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v174 = arith.constant 25 : i64
      %v175 = llvm.getelementptr %v126[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v176 = arith.constant 26 : i64
      %v177 = llvm.getelementptr %v126[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v178 = arith.constant 27 : i64
      %v179 = llvm.getelementptr %v126[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v180 = arith.constant 28 : i64
      %v181 = llvm.getelementptr %v126[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v182 = arith.constant 29 : i64
      %v183 = llvm.getelementptr %v126[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = arith.constant 30 : i64
      %v185 = llvm.getelementptr %v126[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v186 = arith.constant 31 : i64
      %v187 = llvm.getelementptr %v126[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v188 = arith.constant 32 : i64
      %v189 = llvm.getelementptr %v126[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v190 = arith.constant 33 : i64
      %v191 = llvm.getelementptr %v126[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v192 = arith.constant 34 : i64
      %v193 = llvm.getelementptr %v126[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v194 = arith.constant 35 : i64
      %v195 = llvm.getelementptr %v126[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v196 = arith.constant 36 : i64
      %v197 = llvm.getelementptr %v126[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v198 = arith.constant 37 : i64
      %v199 = llvm.getelementptr %v126[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v200 = arith.constant 38 : i64
      %v201 = llvm.getelementptr %v126[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v202 = arith.constant 39 : i64
      %v203 = llvm.getelementptr %v126[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v204 = arith.constant 40 : i64
      %v205 = llvm.getelementptr %v126[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v206 = arith.constant 41 : i64
      %v207 = llvm.getelementptr %v126[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v208 = arith.constant 42 : i64
      %v209 = llvm.getelementptr %v126[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v210 = arith.constant 43 : i64
      %v211 = llvm.getelementptr %v126[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v212 = arith.constant 44 : i64
      %v213 = llvm.getelementptr %v126[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = arith.constant 45 : i64
      %v215 = llvm.getelementptr %v126[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v216 = arith.constant 46 : i64
      %v217 = llvm.getelementptr %v126[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v218 = arith.constant 47 : i64
      %v219 = llvm.getelementptr %v126[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v220 = arith.constant 48 : i64
      %v221 = llvm.getelementptr %v126[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v222 = arith.constant 49 : i64
      %v223 = llvm.getelementptr %v126[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v224 = arith.constant 50 : i64
      %v225 = llvm.getelementptr %v126[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v226 = arith.constant 51 : i64
      %v227 = llvm.getelementptr %v126[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v228 = arith.constant 52 : i64
      %v229 = llvm.getelementptr %v126[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v230 = arith.constant 53 : i64
      %v231 = llvm.getelementptr %v126[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v232 = arith.constant 54 : i64
      %v233 = llvm.getelementptr %v126[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v234 = arith.constant 55 : i64
      %v235 = llvm.getelementptr %v126[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v236 = arith.constant 56 : i64
      %v237 = llvm.getelementptr %v126[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v238 = arith.constant 57 : i64
      %v239 = llvm.getelementptr %v126[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v240 = arith.constant 58 : i64
      %v241 = llvm.getelementptr %v126[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v242 = arith.constant 59 : i64
      %v243 = llvm.getelementptr %v126[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = arith.constant 60 : i64
      %v245 = llvm.getelementptr %v126[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v246 = arith.constant 61 : i64
      %v247 = llvm.getelementptr %v126[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v248 = arith.constant 62 : i64
      %v249 = llvm.getelementptr %v126[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v250 = llvm.getelementptr %v126[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v251 = arith.constant 64 : i64
      %v252 = llvm.getelementptr %v126[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v253 = arith.constant 65 : i64
      %v254 = llvm.getelementptr %v126[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v255 = arith.constant 66 : i64
      %v256 = llvm.getelementptr %v126[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v257 = arith.constant 67 : i64
      %v258 = llvm.getelementptr %v126[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v259 = arith.constant 68 : i64
      %v260 = llvm.getelementptr %v126[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v261 = arith.constant 69 : i64
      %v262 = llvm.getelementptr %v126[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v263 = arith.constant 70 : i64
      %v264 = llvm.getelementptr %v126[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v265 = arith.constant 71 : i64
      %v266 = llvm.getelementptr %v126[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = arith.constant 72 : i64
      %v268 = llvm.getelementptr %v126[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v269 = arith.constant 73 : i64
      %v270 = llvm.getelementptr %v126[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v271 = arith.constant 74 : i64
      %v272 = llvm.getelementptr %v126[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v273 = arith.constant 75 : i64
      %v274 = llvm.getelementptr %v126[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v275 = arith.constant 76 : i64
      %v276 = llvm.getelementptr %v126[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v277 = arith.constant 77 : i64
      %v278 = llvm.getelementptr %v126[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v279 = arith.constant 78 : i64
      %v280 = llvm.getelementptr %v126[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v281 = arith.constant 79 : i64
      %v282 = llvm.getelementptr %v126[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v283 = arith.constant 80 : i64
      %v284 = llvm.getelementptr %v126[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v285 = arith.constant 81 : i64
      %v286 = llvm.getelementptr %v126[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v287 = arith.constant 82 : i64
      %v288 = llvm.getelementptr %v126[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = arith.constant 83 : i64
      %v290 = llvm.getelementptr %v126[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v291 = arith.constant 84 : i64
      %v292 = llvm.getelementptr %v126[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v293 = arith.constant 85 : i64
      %v294 = llvm.getelementptr %v126[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v295 = arith.constant 86 : i64
      %v296 = llvm.getelementptr %v126[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v297 = arith.constant 87 : i64
      %v298 = llvm.getelementptr %v126[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v299 = arith.constant 88 : i64
      %v300 = llvm.getelementptr %v126[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v301 = arith.constant 89 : i64
      %v302 = llvm.getelementptr %v126[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v303 = arith.constant 90 : i64
      %v304 = llvm.getelementptr %v126[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v305 = arith.constant 91 : i64
      %v306 = llvm.getelementptr %v126[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v307 = arith.constant 92 : i64
      %v308 = llvm.getelementptr %v126[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v309 = arith.constant 93 : i64
      %v310 = llvm.getelementptr %v126[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v311 = arith.constant 94 : i64
      %v312 = llvm.getelementptr %v126[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v313 = arith.constant 95 : i64
      %v314 = llvm.getelementptr %v126[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v315 = arith.constant 96 : i64
      %v316 = llvm.getelementptr %v126[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v317 = arith.constant 97 : i64
      %v318 = llvm.getelementptr %v126[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v319 = arith.constant 98 : i64
      %v320 = llvm.getelementptr %v126[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v321 = arith.constant 99 : i64
      %v322 = llvm.getelementptr %v126[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v323 = arith.constant 100 : i64
      %v324 = llvm.getelementptr %v126[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v325 = arith.constant 101 : i64
      %v326 = llvm.getelementptr %v126[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v327 = arith.constant 102 : i64
      %v328 = llvm.getelementptr %v126[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v329 = arith.constant 103 : i64
      %v330 = llvm.getelementptr %v126[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v331 = arith.constant 104 : i64
      %v332 = llvm.getelementptr %v126[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = arith.constant 105 : i64
      %v334 = llvm.getelementptr %v126[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v335 = arith.constant 106 : i64
      %v336 = llvm.getelementptr %v126[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v337 = arith.constant 107 : i64
      %v338 = llvm.getelementptr %v126[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v339 = arith.constant 108 : i64
      %v340 = llvm.getelementptr %v126[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v341 = arith.constant 109 : i64
      %v342 = llvm.getelementptr %v126[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v343 = arith.constant 110 : i64
      %v344 = llvm.getelementptr %v126[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v345 = arith.constant 111 : i64
      %v346 = llvm.getelementptr %v126[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v347 = arith.constant 112 : i64
      %v348 = llvm.getelementptr %v126[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v349 = arith.constant 113 : i64
      %v350 = llvm.getelementptr %v126[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v351 = arith.constant 114 : i64
      %v352 = llvm.getelementptr %v126[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v353 = arith.constant 115 : i64
      %v354 = llvm.getelementptr %v126[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v355 = arith.constant 116 : i64
      %v356 = llvm.getelementptr %v126[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v357 = arith.constant 117 : i64
      %v358 = llvm.getelementptr %v126[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v359 = arith.constant 118 : i64
      %v360 = llvm.getelementptr %v126[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v361 = arith.constant 119 : i64
      %v362 = llvm.getelementptr %v126[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = arith.constant 120 : i64
      %v364 = llvm.getelementptr %v126[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = arith.constant 121 : i64
      %v366 = llvm.getelementptr %v126[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v367 = arith.constant 122 : i64
      %v368 = llvm.getelementptr %v126[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v369 = arith.constant 123 : i64
      %v370 = llvm.getelementptr %v126[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v371 = arith.constant 124 : i64
      %v372 = llvm.getelementptr %v126[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v373 = arith.constant 125 : i64
      %v374 = llvm.getelementptr %v126[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v375 = arith.constant 126 : i64
      %v376 = llvm.getelementptr %v126[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v377 = arith.constant 127 : i64
      %v378 = llvm.getelementptr %v126[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = arith.constant 128 : i64
      %v380 = llvm.getelementptr %v126[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v381 = arith.constant 129 : i64
      %v382 = llvm.getelementptr %v126[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v383 = arith.constant 130 : i64
      %v384 = llvm.getelementptr %v126[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v385 = arith.constant 131 : i64
      %v386 = llvm.getelementptr %v126[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v387 = arith.constant 132 : i64
      %v388 = llvm.getelementptr %v126[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v389 = arith.constant 133 : i64
      %v390 = llvm.getelementptr %v126[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v391 = arith.constant 134 : i64
      %v392 = llvm.getelementptr %v126[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = arith.constant 135 : i64
      %v394 = llvm.getelementptr %v126[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v395 = arith.constant 136 : i64
      %v396 = llvm.getelementptr %v126[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v397 = arith.constant 137 : i64
      %v398 = llvm.getelementptr %v126[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v399 = arith.constant 138 : i64
      %v400 = llvm.getelementptr %v126[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v401 = arith.constant 139 : i64
      %v402 = llvm.getelementptr %v126[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v403 = arith.constant 140 : i64
      %v404 = llvm.getelementptr %v126[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v405 = arith.constant 141 : i64
      %v406 = llvm.getelementptr %v126[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v407 = arith.constant 142 : i64
      %v408 = llvm.getelementptr %v126[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v409 = arith.constant 143 : i64
      %v410 = llvm.getelementptr %v126[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v411 = arith.constant 144 : i64
      %v412 = llvm.getelementptr %v126[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v413 = arith.constant 145 : i64
      %v414 = llvm.getelementptr %v126[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v415 = arith.constant 146 : i64
      %v416 = llvm.getelementptr %v126[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v417 = arith.constant 147 : i64
      %v418 = llvm.getelementptr %v126[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v419 = arith.constant 148 : i64
      %v420 = llvm.getelementptr %v126[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = arith.constant 149 : i64
      %v422 = llvm.getelementptr %v126[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v423 = arith.constant 150 : i64
      %v424 = llvm.getelementptr %v126[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v425 = arith.constant 151 : i64
      %v426 = llvm.getelementptr %v126[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v427 = arith.constant 152 : i64
      %v428 = llvm.getelementptr %v126[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v429 = arith.constant 153 : i64
      %v430 = llvm.getelementptr %v126[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v431 = arith.constant 154 : i64
      %v432 = llvm.getelementptr %v126[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v433 = arith.constant 155 : i64
      %v434 = llvm.getelementptr %v126[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v435 = arith.constant 156 : i64
      %v436 = llvm.getelementptr %v126[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v437 = arith.constant 157 : i64
      %v438 = llvm.getelementptr %v126[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v439 = arith.constant 158 : i64
      %v440 = llvm.getelementptr %v126[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v441 = arith.constant 159 : i64
      %v442 = llvm.getelementptr %v126[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v443 = arith.constant 160 : i64
      %v444 = llvm.getelementptr %v126[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v445 = arith.constant 161 : i64
      %v446 = llvm.getelementptr %v126[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v447 = arith.constant 162 : i64
      %v448 = llvm.getelementptr %v126[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v449 = arith.constant 163 : i64
      %v450 = llvm.getelementptr %v126[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v451 = arith.constant 164 : i64
      %v452 = llvm.getelementptr %v126[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v453 = arith.constant 165 : i64
      %v454 = llvm.getelementptr %v126[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v455 = arith.constant 166 : i64
      %v456 = llvm.getelementptr %v126[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v457 = arith.constant 167 : i64
      %v458 = llvm.getelementptr %v126[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v459 = arith.constant 168 : i64
      %v460 = llvm.getelementptr %v126[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v461 = arith.constant 169 : i64
      %v462 = llvm.getelementptr %v126[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = arith.constant 170 : i64
      %v464 = llvm.getelementptr %v126[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v465 = arith.constant 171 : i64
      %v466 = llvm.getelementptr %v126[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v467 = arith.constant 172 : i64
      %v468 = llvm.getelementptr %v126[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v469 = arith.constant 173 : i64
      %v470 = llvm.getelementptr %v126[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v471 = arith.constant 174 : i64
      %v472 = llvm.getelementptr %v126[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v473 = arith.constant 175 : i64
      %v474 = llvm.getelementptr %v126[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v475 = arith.constant 176 : i64
      %v476 = llvm.getelementptr %v126[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v477 = arith.constant 177 : i64
      %v478 = llvm.getelementptr %v126[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v479 = arith.constant 178 : i64
      %v480 = llvm.getelementptr %v126[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v481 = arith.constant 179 : i64
      %v482 = llvm.getelementptr %v126[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = arith.constant 180 : i64
      %v484 = llvm.getelementptr %v126[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v485 = arith.constant 181 : i64
      %v486 = llvm.getelementptr %v126[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v487 = arith.constant 182 : i64
      %v488 = llvm.getelementptr %v126[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v489 = arith.constant 183 : i64
      %v490 = llvm.getelementptr %v126[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = arith.constant 184 : i64
      %v492 = llvm.getelementptr %v126[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v493 = arith.constant 185 : i64
      %v494 = llvm.getelementptr %v126[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v495 = arith.constant 186 : i64
      %v496 = llvm.getelementptr %v126[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v497 = arith.constant 187 : i64
      %v498 = llvm.getelementptr %v126[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v499 = arith.constant 188 : i64
      %v500 = llvm.getelementptr %v126[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v501 = arith.constant 189 : i64
      %v502 = llvm.getelementptr %v126[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v503 = arith.constant 190 : i64
      %v504 = llvm.getelementptr %v126[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v505 = arith.constant 191 : i64
      %v506 = llvm.getelementptr %v126[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v507 = arith.constant 192 : i64
      %v508 = llvm.getelementptr %v126[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v509 = arith.constant 193 : i64
      %v510 = llvm.getelementptr %v126[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v511 = arith.constant 194 : i64
      %v512 = llvm.getelementptr %v126[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v513 = arith.constant 195 : i64
      %v514 = llvm.getelementptr %v126[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v515 = arith.constant 196 : i64
      %v516 = llvm.getelementptr %v126[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v517 = arith.constant 197 : i64
      %v518 = llvm.getelementptr %v126[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v519 = arith.constant 198 : i64
      %v520 = llvm.getelementptr %v126[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v521 = arith.constant 199 : i64
      %v522 = llvm.getelementptr %v126[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v523 = arith.constant 200 : i64
      %v524 = llvm.getelementptr %v126[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v525 = arith.constant 201 : i64
      %v526 = llvm.getelementptr %v126[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v527 = arith.constant 202 : i64
      %v528 = llvm.getelementptr %v126[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v529 = arith.constant 203 : i64
      %v530 = llvm.getelementptr %v126[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v531 = arith.constant 204 : i64
      %v532 = llvm.getelementptr %v126[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v533 = arith.constant 205 : i64
      %v534 = llvm.getelementptr %v126[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v535 = arith.constant 206 : i64
      %v536 = llvm.getelementptr %v126[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v537 = arith.constant 207 : i64
      %v538 = llvm.getelementptr %v126[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v539 = arith.constant 208 : i64
      %v540 = llvm.getelementptr %v126[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v541 = arith.constant 209 : i64
      %v542 = llvm.getelementptr %v126[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v543 = arith.constant 210 : i64
      %v544 = llvm.getelementptr %v126[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v545 = arith.constant 211 : i64
      %v546 = llvm.getelementptr %v126[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v547 = arith.constant 212 : i64
      %v548 = llvm.getelementptr %v126[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v549 = arith.constant 213 : i64
      %v550 = llvm.getelementptr %v126[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v551 = arith.constant 214 : i64
      %v552 = llvm.getelementptr %v126[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v553 = arith.constant 215 : i64
      %v554 = llvm.getelementptr %v126[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v555 = arith.constant 216 : i64
      %v556 = llvm.getelementptr %v126[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v557 = arith.constant 217 : i64
      %v558 = llvm.getelementptr %v126[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v559 = arith.constant 218 : i64
      %v560 = llvm.getelementptr %v126[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v561 = arith.constant 219 : i64
      %v562 = llvm.getelementptr %v126[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v563 = arith.constant 220 : i64
      %v564 = llvm.getelementptr %v126[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v565 = arith.constant 221 : i64
      %v566 = llvm.getelementptr %v126[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v567 = arith.constant 222 : i64
      %v568 = llvm.getelementptr %v126[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v569 = arith.constant 223 : i64
      %v570 = llvm.getelementptr %v126[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v571 = arith.constant 224 : i64
      %v572 = llvm.getelementptr %v126[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v573 = arith.constant 225 : i64
      %v574 = llvm.getelementptr %v126[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v575 = arith.constant 226 : i64
      %v576 = llvm.getelementptr %v126[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v577 = arith.constant 227 : i64
      %v578 = llvm.getelementptr %v126[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v579 = arith.constant 228 : i64
      %v580 = llvm.getelementptr %v126[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v581 = arith.constant 229 : i64
      %v582 = llvm.getelementptr %v126[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v583 = arith.constant 230 : i64
      %v584 = llvm.getelementptr %v126[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v585 = arith.constant 231 : i64
      %v586 = llvm.getelementptr %v126[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v587 = arith.constant 232 : i64
      %v588 = llvm.getelementptr %v126[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v589 = arith.constant 233 : i64
      %v590 = llvm.getelementptr %v126[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v591 = arith.constant 234 : i64
      %v592 = llvm.getelementptr %v126[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v593 = arith.constant 235 : i64
      %v594 = llvm.getelementptr %v126[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v595 = arith.constant 236 : i64
      %v596 = llvm.getelementptr %v126[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v597 = arith.constant 237 : i64
      %v598 = llvm.getelementptr %v126[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v599 = arith.constant 238 : i64
      %v600 = llvm.getelementptr %v126[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v601 = arith.constant 239 : i64
      %v602 = llvm.getelementptr %v126[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v603 = arith.constant 240 : i64
      %v604 = llvm.getelementptr %v126[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v605 = arith.constant 241 : i64
      %v606 = llvm.getelementptr %v126[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v607 = arith.constant 242 : i64
      %v608 = llvm.getelementptr %v126[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v609 = arith.constant 243 : i64
      %v610 = llvm.getelementptr %v126[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v611 = arith.constant 244 : i64
      %v612 = llvm.getelementptr %v126[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v613 = arith.constant 245 : i64
      %v614 = llvm.getelementptr %v126[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v615 = arith.constant 246 : i64
      %v616 = llvm.getelementptr %v126[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v617 = arith.constant 247 : i64
      %v618 = llvm.getelementptr %v126[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v619 = arith.constant 248 : i64
      %v620 = llvm.getelementptr %v126[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v621 = arith.constant 249 : i64
      %v622 = llvm.getelementptr %v126[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v623 = arith.constant 250 : i64
      %v624 = llvm.getelementptr %v126[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v625 = arith.constant 251 : i64
      %v626 = llvm.getelementptr %v126[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v627 = arith.constant 252 : i64
      %v628 = llvm.getelementptr %v126[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v629 = arith.constant 253 : i64
      %v630 = llvm.getelementptr %v126[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v631 = arith.constant 254 : i64
      %v632 = llvm.getelementptr %v126[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v633 = llvm.getelementptr %v126[%v4] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v634 = llvm.getelementptr %v126[%v6] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v635 = arith.constant 257 : i64
      %v636 = llvm.getelementptr %v126[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v637 = arith.constant 258 : i64
      %v638 = llvm.getelementptr %v126[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v639 = arith.constant 259 : i64
      %v640 = llvm.getelementptr %v126[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v641 = arith.constant 260 : i64
      %v642 = llvm.getelementptr %v126[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v643 = arith.constant 261 : i64
      %v644 = llvm.getelementptr %v126[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v645 = arith.constant 262 : i64
      %v646 = llvm.getelementptr %v126[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v647 = arith.constant 263 : i64
      %v648 = llvm.getelementptr %v126[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v649 = arith.constant 264 : i64
      %v650 = llvm.getelementptr %v126[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v651 = arith.constant 265 : i64
      %v652 = llvm.getelementptr %v126[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v653 = arith.constant 266 : i64
      %v654 = llvm.getelementptr %v126[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v655 = arith.constant 267 : i64
      %v656 = llvm.getelementptr %v126[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v657 = arith.constant 268 : i64
      %v658 = llvm.getelementptr %v126[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v659 = arith.constant 269 : i64
      %v660 = llvm.getelementptr %v126[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v661 = arith.constant 270 : i64
      %v662 = llvm.getelementptr %v126[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v663 = arith.constant 271 : i64
      %v664 = llvm.getelementptr %v126[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v665 = arith.constant 272 : i64
      %v666 = llvm.getelementptr %v126[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v667 = arith.constant 273 : i64
      %v668 = llvm.getelementptr %v126[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v669 = arith.constant 274 : i64
      %v670 = llvm.getelementptr %v126[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v671 = arith.constant 275 : i64
      %v672 = llvm.getelementptr %v126[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v673 = arith.constant 276 : i64
      %v674 = llvm.getelementptr %v126[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v675 = arith.constant 277 : i64
      %v676 = llvm.getelementptr %v126[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v677 = arith.constant 278 : i64
      %v678 = llvm.getelementptr %v126[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v679 = arith.constant 279 : i64
      %v680 = llvm.getelementptr %v126[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v681 = arith.constant 280 : i64
      %v682 = llvm.getelementptr %v126[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v683 = arith.constant 281 : i64
      %v684 = llvm.getelementptr %v126[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v685 = arith.constant 282 : i64
      %v686 = llvm.getelementptr %v126[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v687 = arith.constant 283 : i64
      %v688 = llvm.getelementptr %v126[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v689 = arith.constant 284 : i64
      %v690 = llvm.getelementptr %v126[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v691 = arith.constant 285 : i64
      %v692 = llvm.getelementptr %v126[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v693 = arith.constant 286 : i64
      %v694 = llvm.getelementptr %v126[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v695 = arith.constant 287 : i64
      %v696 = llvm.getelementptr %v126[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v697 = arith.constant 288 : i64
      %v698 = llvm.getelementptr %v126[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v699 = arith.constant 289 : i64
      %v700 = llvm.getelementptr %v126[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v701 = arith.constant 290 : i64
      %v702 = llvm.getelementptr %v126[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v703 = arith.constant 291 : i64
      %v704 = llvm.getelementptr %v126[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v705 = arith.constant 292 : i64
      %v706 = llvm.getelementptr %v126[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v707 = arith.constant 293 : i64
      %v708 = llvm.getelementptr %v126[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v709 = arith.constant 294 : i64
      %v710 = llvm.getelementptr %v126[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v711 = arith.constant 295 : i64
      %v712 = llvm.getelementptr %v126[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v713 = arith.constant 296 : i64
      %v714 = llvm.getelementptr %v126[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v715 = arith.constant 297 : i64
      %v716 = llvm.getelementptr %v126[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v717 = arith.constant 298 : i64
      %v718 = llvm.getelementptr %v126[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v719 = arith.constant 299 : i64
      %v720 = llvm.getelementptr %v126[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v721 = arith.constant 300 : i64
      %v722 = llvm.getelementptr %v126[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v723 = arith.constant 301 : i64
      %v724 = llvm.getelementptr %v126[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v725 = arith.constant 302 : i64
      %v726 = llvm.getelementptr %v126[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v727 = arith.constant 303 : i64
      %v728 = llvm.getelementptr %v126[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v729 = arith.constant 304 : i64
      %v730 = llvm.getelementptr %v126[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v731 = arith.constant 305 : i64
      %v732 = llvm.getelementptr %v126[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v733 = arith.constant 306 : i64
      %v734 = llvm.getelementptr %v126[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v735 = arith.constant 307 : i64
      %v736 = llvm.getelementptr %v126[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v737 = arith.constant 308 : i64
      %v738 = llvm.getelementptr %v126[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v739 = arith.constant 309 : i64
      %v740 = llvm.getelementptr %v126[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v741 = arith.constant 310 : i64
      %v742 = llvm.getelementptr %v126[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v743 = arith.constant 311 : i64
      %v744 = llvm.getelementptr %v126[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v745 = arith.constant 312 : i64
      %v746 = llvm.getelementptr %v126[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v747 = arith.constant 313 : i64
      %v748 = llvm.getelementptr %v126[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v749 = arith.constant 314 : i64
      %v750 = llvm.getelementptr %v126[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v751 = arith.constant 315 : i64
      %v752 = llvm.getelementptr %v126[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v753 = arith.constant 316 : i64
      %v754 = llvm.getelementptr %v126[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v755 = arith.constant 317 : i64
      %v756 = llvm.getelementptr %v126[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v757 = arith.constant 318 : i64
      %v758 = llvm.getelementptr %v126[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v759 = arith.constant 319 : i64
      %v760 = llvm.getelementptr %v126[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v761 = arith.constant 320 : i64
      %v762 = llvm.getelementptr %v126[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v763 = arith.constant 321 : i64
      %v764 = llvm.getelementptr %v126[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v765 = arith.constant 322 : i64
      %v766 = llvm.getelementptr %v126[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v767 = arith.constant 323 : i64
      %v768 = llvm.getelementptr %v126[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v769 = arith.constant 324 : i64
      %v770 = llvm.getelementptr %v126[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v771 = arith.constant 325 : i64
      %v772 = llvm.getelementptr %v126[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v773 = arith.constant 326 : i64
      %v774 = llvm.getelementptr %v126[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v775 = arith.constant 327 : i64
      %v776 = llvm.getelementptr %v126[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v777 = arith.constant 328 : i64
      %v778 = llvm.getelementptr %v126[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v779 = arith.constant 329 : i64
      %v780 = llvm.getelementptr %v126[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v781 = arith.constant 330 : i64
      %v782 = llvm.getelementptr %v126[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v783 = arith.constant 331 : i64
      %v784 = llvm.getelementptr %v126[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v785 = arith.constant 332 : i64
      %v786 = llvm.getelementptr %v126[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v787 = arith.constant 333 : i64
      %v788 = llvm.getelementptr %v126[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v789 = arith.constant 334 : i64
      %v790 = llvm.getelementptr %v126[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v791 = arith.constant 335 : i64
      %v792 = llvm.getelementptr %v126[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v793 = arith.constant 336 : i64
      %v794 = llvm.getelementptr %v126[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v795 = arith.constant 337 : i64
      %v796 = llvm.getelementptr %v126[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v797 = arith.constant 338 : i64
      %v798 = llvm.getelementptr %v126[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v799 = arith.constant 339 : i64
      %v800 = llvm.getelementptr %v126[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v801 = arith.constant 340 : i64
      %v802 = llvm.getelementptr %v126[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v803 = arith.constant 341 : i64
      %v804 = llvm.getelementptr %v126[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v805 = arith.constant 342 : i64
      %v806 = llvm.getelementptr %v126[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v807 = arith.constant 343 : i64
      %v808 = llvm.getelementptr %v126[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v809 = arith.constant 344 : i64
      %v810 = llvm.getelementptr %v126[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v811 = arith.constant 345 : i64
      %v812 = llvm.getelementptr %v126[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v813 = arith.constant 346 : i64
      %v814 = llvm.getelementptr %v126[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v815 = arith.constant 347 : i64
      %v816 = llvm.getelementptr %v126[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v817 = arith.constant 348 : i64
      %v818 = llvm.getelementptr %v126[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v819 = arith.constant 349 : i64
      %v820 = llvm.getelementptr %v126[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v821 = arith.constant 350 : i64
      %v822 = llvm.getelementptr %v126[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v823 = arith.constant 351 : i64
      %v824 = llvm.getelementptr %v126[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v825 = arith.constant 352 : i64
      %v826 = llvm.getelementptr %v126[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v827 = arith.constant 353 : i64
      %v828 = llvm.getelementptr %v126[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v829 = arith.constant 354 : i64
      %v830 = llvm.getelementptr %v126[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v831 = arith.constant 355 : i64
      %v832 = llvm.getelementptr %v126[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v833 = arith.constant 356 : i64
      %v834 = llvm.getelementptr %v126[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v835 = arith.constant 357 : i64
      %v836 = llvm.getelementptr %v126[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v837 = arith.constant 358 : i64
      %v838 = llvm.getelementptr %v126[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v839 = arith.constant 359 : i64
      %v840 = llvm.getelementptr %v126[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v841 = arith.constant 360 : i64
      %v842 = llvm.getelementptr %v126[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v843 = arith.constant 361 : i64
      %v844 = llvm.getelementptr %v126[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v845 = arith.constant 362 : i64
      %v846 = llvm.getelementptr %v126[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v847 = arith.constant 363 : i64
      %v848 = llvm.getelementptr %v126[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v849 = arith.constant 364 : i64
      %v850 = llvm.getelementptr %v126[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v851 = arith.constant 365 : i64
      %v852 = llvm.getelementptr %v126[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v853 = arith.constant 366 : i64
      %v854 = llvm.getelementptr %v126[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v855 = arith.constant 367 : i64
      %v856 = llvm.getelementptr %v126[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v857 = arith.constant 368 : i64
      %v858 = llvm.getelementptr %v126[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v859 = arith.constant 369 : i64
      %v860 = llvm.getelementptr %v126[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v861 = arith.constant 370 : i64
      %v862 = llvm.getelementptr %v126[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v863 = arith.constant 371 : i64
      %v864 = llvm.getelementptr %v126[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v865 = arith.constant 372 : i64
      %v866 = llvm.getelementptr %v126[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v867 = arith.constant 373 : i64
      %v868 = llvm.getelementptr %v126[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v869 = arith.constant 374 : i64
      %v870 = llvm.getelementptr %v126[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v871 = arith.constant 375 : i64
      %v872 = llvm.getelementptr %v126[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v873 = arith.constant 376 : i64
      %v874 = llvm.getelementptr %v126[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v875 = arith.constant 377 : i64
      %v876 = llvm.getelementptr %v126[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v877 = arith.constant 378 : i64
      %v878 = llvm.getelementptr %v126[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v879 = arith.constant 379 : i64
      %v880 = llvm.getelementptr %v126[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v881 = arith.constant 380 : i64
      %v882 = llvm.getelementptr %v126[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v883 = arith.constant 381 : i64
      %v884 = llvm.getelementptr %v126[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v885 = arith.constant 382 : i64
      %v886 = llvm.getelementptr %v126[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v887 = arith.constant 383 : i64
      %v888 = llvm.getelementptr %v126[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v889 = arith.constant 384 : i64
      %v890 = llvm.getelementptr %v126[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v891 = arith.constant 385 : i64
      %v892 = llvm.getelementptr %v126[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v893 = arith.constant 386 : i64
      %v894 = llvm.getelementptr %v126[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v895 = arith.constant 387 : i64
      %v896 = llvm.getelementptr %v126[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v897 = arith.constant 388 : i64
      %v898 = llvm.getelementptr %v126[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v899 = arith.constant 389 : i64
      %v900 = llvm.getelementptr %v126[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v901 = arith.constant 390 : i64
      %v902 = llvm.getelementptr %v126[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v903 = arith.constant 391 : i64
      %v904 = llvm.getelementptr %v126[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v905 = arith.constant 392 : i64
      %v906 = llvm.getelementptr %v126[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v907 = arith.constant 393 : i64
      %v908 = llvm.getelementptr %v126[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v909 = arith.constant 394 : i64
      %v910 = llvm.getelementptr %v126[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v911 = arith.constant 395 : i64
      %v912 = llvm.getelementptr %v126[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v913 = arith.constant 396 : i64
      %v914 = llvm.getelementptr %v126[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v915 = arith.constant 397 : i64
      %v916 = llvm.getelementptr %v126[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v917 = arith.constant 398 : i64
      %v918 = llvm.getelementptr %v126[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v919 = arith.constant 399 : i64
      %v920 = llvm.getelementptr %v126[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v921 = arith.constant 400 : i64
      %v922 = llvm.getelementptr %v126[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v923 = arith.constant 401 : i64
      %v924 = llvm.getelementptr %v126[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v925 = arith.constant 402 : i64
      %v926 = llvm.getelementptr %v126[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v927 = arith.constant 403 : i64
      %v928 = llvm.getelementptr %v126[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v929 = arith.constant 0x00000000 : f32
      %v930 = arith.constant 0x3F800000 : f32
      %v959 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v960 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v961 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v962 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v963 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v964 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v965 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v966 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v967 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v968 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v969 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v970 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v971 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v972 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v973 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v974 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v975 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v976 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v977 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v978 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v979 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v980 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v981 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v982 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v983 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v984 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v985 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v986 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v987 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v988 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v989 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v990 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v991 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v992 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v993 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v994 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v995 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v996 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v997 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v998 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v999 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1000 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1001 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1002 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1003 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1004 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1005 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1006 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1007 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1008 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1009 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1010 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1011 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1012 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1013 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1014 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1015 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1016 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1017 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1018 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1019 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1020 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1021 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1022 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1061 = arith.constant 2147483647 : i64
      %v1064 = arith.constant 0 : i32
      %v1167 = arith.muli %v1, %size_L : i64
      %v2469 = arith.constant 0x3FB8AA3B : f32
      %v2479 = arith.constant 0x3E22F983 : f32
      %v2482 = arith.constant 0x40C90000 : f32
      %v2483 = arith.constant 0x3AFDAA22 : f32
      %v104 = gpu.block_id x
      %v105 = gpu.thread_id x
      %v106 = arith.index_cast %v105 : index to i64
      %v107 = arith.index_cast %v104 : index to i64
      %v108 = arith.addi %size_B, %v4 : i64
      %v109 = arith.divui %v108, %v6 : i64
      %v110 = arith.divui %v107, %v109 : i64
      %v111 = arith.remui %v107, %v109 : i64
      %v112 = arith.muli %v111, %v6 : i64
      %v113 = arith.addi %v112, %v106 : i64
      %v114 = arith.cmpi slt, %v113, %size_B : i64
      %v115 = arith.subi %size_B, %v3 : i64
      %v116 = arith.minsi %v113, %v115 : i64
      %v117 = arith.remui %v116, %size_B : i64
      %v118 = arith.divui %v116, %size_B : i64
      %v119 = arith.muli %v110, %v1 : i64
      %v120 = arith.addi %v119, %v1 : i64
      %v121 = arith.muli %v110, %size_B : i64
      llvm.store %v929, %v128 : f32, !llvm.ptr
      llvm.store %v929, %v129 : f32, !llvm.ptr
      llvm.store %v929, %v131 : f32, !llvm.ptr
      llvm.store %v929, %v133 : f32, !llvm.ptr
      llvm.store %v929, %v134 : f32, !llvm.ptr
      llvm.store %v929, %v136 : f32, !llvm.ptr
      llvm.store %v929, %v138 : f32, !llvm.ptr
      llvm.store %v929, %v140 : f32, !llvm.ptr
      llvm.store %v929, %v142 : f32, !llvm.ptr
      llvm.store %v929, %v144 : f32, !llvm.ptr
      llvm.store %v929, %v146 : f32, !llvm.ptr
      llvm.store %v929, %v148 : f32, !llvm.ptr
      llvm.store %v929, %v150 : f32, !llvm.ptr
      llvm.store %v929, %v152 : f32, !llvm.ptr
      llvm.store %v929, %v154 : f32, !llvm.ptr
      llvm.store %v929, %v156 : f32, !llvm.ptr
      llvm.store %v929, %v157 : f32, !llvm.ptr
      llvm.store %v929, %v159 : f32, !llvm.ptr
      llvm.store %v929, %v161 : f32, !llvm.ptr
      llvm.store %v929, %v163 : f32, !llvm.ptr
      llvm.store %v929, %v165 : f32, !llvm.ptr
      llvm.store %v929, %v167 : f32, !llvm.ptr
      llvm.store %v929, %v169 : f32, !llvm.ptr
      llvm.store %v929, %v171 : f32, !llvm.ptr
      llvm.store %v929, %v173 : f32, !llvm.ptr
      llvm.store %v929, %v175 : f32, !llvm.ptr
      llvm.store %v929, %v177 : f32, !llvm.ptr
      llvm.store %v929, %v179 : f32, !llvm.ptr
      llvm.store %v929, %v181 : f32, !llvm.ptr
      llvm.store %v929, %v183 : f32, !llvm.ptr
      llvm.store %v929, %v185 : f32, !llvm.ptr
      llvm.store %v929, %v187 : f32, !llvm.ptr
      llvm.store %v930, %v189 : f32, !llvm.ptr
      llvm.store %v930, %v191 : f32, !llvm.ptr
      llvm.store %v930, %v193 : f32, !llvm.ptr
      llvm.store %v930, %v195 : f32, !llvm.ptr
      llvm.store %v930, %v197 : f32, !llvm.ptr
      llvm.store %v930, %v199 : f32, !llvm.ptr
      llvm.store %v930, %v201 : f32, !llvm.ptr
      llvm.store %v930, %v203 : f32, !llvm.ptr
      llvm.store %v930, %v205 : f32, !llvm.ptr
      llvm.store %v930, %v207 : f32, !llvm.ptr
      llvm.store %v930, %v209 : f32, !llvm.ptr
      llvm.store %v930, %v211 : f32, !llvm.ptr
      llvm.store %v930, %v213 : f32, !llvm.ptr
      llvm.store %v930, %v215 : f32, !llvm.ptr
      llvm.store %v930, %v217 : f32, !llvm.ptr
      llvm.store %v930, %v219 : f32, !llvm.ptr
      llvm.store %v930, %v221 : f32, !llvm.ptr
      llvm.store %v930, %v223 : f32, !llvm.ptr
      llvm.store %v930, %v225 : f32, !llvm.ptr
      llvm.store %v930, %v227 : f32, !llvm.ptr
      llvm.store %v930, %v229 : f32, !llvm.ptr
      llvm.store %v930, %v231 : f32, !llvm.ptr
      llvm.store %v930, %v233 : f32, !llvm.ptr
      llvm.store %v930, %v235 : f32, !llvm.ptr
      llvm.store %v930, %v237 : f32, !llvm.ptr
      llvm.store %v930, %v239 : f32, !llvm.ptr
      llvm.store %v930, %v241 : f32, !llvm.ptr
      llvm.store %v930, %v243 : f32, !llvm.ptr
      llvm.store %v930, %v245 : f32, !llvm.ptr
      llvm.store %v930, %v247 : f32, !llvm.ptr
      llvm.store %v930, %v249 : f32, !llvm.ptr
      llvm.store %v930, %v250 : f32, !llvm.ptr
      llvm.store %v929, %v252 : f32, !llvm.ptr
      llvm.store %v929, %v254 : f32, !llvm.ptr
      llvm.store %v929, %v256 : f32, !llvm.ptr
      llvm.store %v929, %v258 : f32, !llvm.ptr
      llvm.store %v929, %v260 : f32, !llvm.ptr
      llvm.store %v929, %v262 : f32, !llvm.ptr
      llvm.store %v929, %v264 : f32, !llvm.ptr
      llvm.store %v929, %v266 : f32, !llvm.ptr
      llvm.store %v929, %v268 : f32, !llvm.ptr
      llvm.store %v929, %v270 : f32, !llvm.ptr
      llvm.store %v929, %v272 : f32, !llvm.ptr
      llvm.store %v929, %v274 : f32, !llvm.ptr
      llvm.store %v929, %v276 : f32, !llvm.ptr
      llvm.store %v929, %v278 : f32, !llvm.ptr
      llvm.store %v929, %v280 : f32, !llvm.ptr
      llvm.store %v929, %v282 : f32, !llvm.ptr
      llvm.store %v929, %v284 : f32, !llvm.ptr
      llvm.store %v929, %v286 : f32, !llvm.ptr
      llvm.store %v929, %v288 : f32, !llvm.ptr
      llvm.store %v929, %v290 : f32, !llvm.ptr
      llvm.store %v929, %v292 : f32, !llvm.ptr
      llvm.store %v929, %v294 : f32, !llvm.ptr
      llvm.store %v929, %v296 : f32, !llvm.ptr
      llvm.store %v929, %v298 : f32, !llvm.ptr
      llvm.store %v929, %v300 : f32, !llvm.ptr
      llvm.store %v929, %v302 : f32, !llvm.ptr
      llvm.store %v929, %v304 : f32, !llvm.ptr
      llvm.store %v929, %v306 : f32, !llvm.ptr
      llvm.store %v929, %v308 : f32, !llvm.ptr
      llvm.store %v929, %v310 : f32, !llvm.ptr
      llvm.store %v929, %v312 : f32, !llvm.ptr
      llvm.store %v929, %v314 : f32, !llvm.ptr
      llvm.store %v929, %v316 : f32, !llvm.ptr
      llvm.store %v929, %v318 : f32, !llvm.ptr
      llvm.store %v929, %v320 : f32, !llvm.ptr
      llvm.store %v929, %v322 : f32, !llvm.ptr
      llvm.store %v929, %v324 : f32, !llvm.ptr
      llvm.store %v929, %v326 : f32, !llvm.ptr
      llvm.store %v929, %v328 : f32, !llvm.ptr
      llvm.store %v929, %v330 : f32, !llvm.ptr
      llvm.store %v929, %v332 : f32, !llvm.ptr
      llvm.store %v929, %v334 : f32, !llvm.ptr
      llvm.store %v929, %v336 : f32, !llvm.ptr
      llvm.store %v929, %v338 : f32, !llvm.ptr
      llvm.store %v929, %v340 : f32, !llvm.ptr
      llvm.store %v929, %v342 : f32, !llvm.ptr
      llvm.store %v929, %v344 : f32, !llvm.ptr
      llvm.store %v929, %v346 : f32, !llvm.ptr
      llvm.store %v929, %v348 : f32, !llvm.ptr
      llvm.store %v929, %v350 : f32, !llvm.ptr
      llvm.store %v929, %v352 : f32, !llvm.ptr
      llvm.store %v929, %v354 : f32, !llvm.ptr
      llvm.store %v929, %v356 : f32, !llvm.ptr
      llvm.store %v929, %v358 : f32, !llvm.ptr
      llvm.store %v929, %v360 : f32, !llvm.ptr
      llvm.store %v929, %v362 : f32, !llvm.ptr
      llvm.store %v929, %v364 : f32, !llvm.ptr
      llvm.store %v929, %v366 : f32, !llvm.ptr
      llvm.store %v929, %v368 : f32, !llvm.ptr
      llvm.store %v929, %v370 : f32, !llvm.ptr
      llvm.store %v929, %v372 : f32, !llvm.ptr
      llvm.store %v929, %v374 : f32, !llvm.ptr
      llvm.store %v929, %v376 : f32, !llvm.ptr
      llvm.store %v929, %v378 : f32, !llvm.ptr
      llvm.store %v929, %v380 : f32, !llvm.ptr
      llvm.store %v929, %v382 : f32, !llvm.ptr
      llvm.store %v929, %v384 : f32, !llvm.ptr
      llvm.store %v929, %v386 : f32, !llvm.ptr
      llvm.store %v929, %v388 : f32, !llvm.ptr
      llvm.store %v929, %v390 : f32, !llvm.ptr
      llvm.store %v929, %v392 : f32, !llvm.ptr
      llvm.store %v929, %v394 : f32, !llvm.ptr
      llvm.store %v929, %v396 : f32, !llvm.ptr
      llvm.store %v929, %v398 : f32, !llvm.ptr
      llvm.store %v929, %v400 : f32, !llvm.ptr
      llvm.store %v929, %v402 : f32, !llvm.ptr
      llvm.store %v929, %v404 : f32, !llvm.ptr
      llvm.store %v929, %v406 : f32, !llvm.ptr
      llvm.store %v929, %v408 : f32, !llvm.ptr
      llvm.store %v929, %v410 : f32, !llvm.ptr
      %v931 = arith.index_cast %v411 : i64 to index
      %v932 = arith.index_cast %v539 : i64 to index
      %v933 = arith.index_cast %v3 : i64 to index
      scf.for %v934 = %v931 to %v932 step %v933 {
        %v935 = arith.index_cast %v934 : index to i64
        %v936 = llvm.getelementptr %v126[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v937 = arith.subi %v935, %v411 : i64
        llvm.store %v929, %v936 : f32, !llvm.ptr
      }
      %v938 = arith.index_cast %v539 : i64 to index
      %v939 = arith.index_cast %v665 : i64 to index
      %v940 = arith.index_cast %v3 : i64 to index
      scf.for %v941 = %v938 to %v939 step %v940 {
        %v942 = arith.index_cast %v941 : index to i64
        %v943 = llvm.getelementptr %v126[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v944 = arith.subi %v942, %v539 : i64
        llvm.store %v929, %v943 : f32, !llvm.ptr
      }
      %v945 = arith.index_cast %v665 : i64 to index
      %v946 = arith.index_cast %v793 : i64 to index
      %v947 = arith.index_cast %v3 : i64 to index
      scf.for %v948 = %v945 to %v946 step %v947 {
        %v949 = arith.index_cast %v948 : index to i64
        %v950 = llvm.getelementptr %v126[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v951 = arith.subi %v949, %v665 : i64
        llvm.store %v929, %v950 : f32, !llvm.ptr
      }
      %v952 = arith.index_cast %v793 : i64 to index
      %v953 = arith.index_cast %v921 : i64 to index
      %v954 = arith.index_cast %v3 : i64 to index
      scf.for %v955 = %v952 to %v953 step %v954 {
        %v956 = arith.index_cast %v955 : index to i64
        %v957 = llvm.getelementptr %v126[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v958 = arith.subi %v956, %v793 : i64
        llvm.store %v929, %v957 : f32, !llvm.ptr
      }
      llvm.store %v929, %v922 : f32, !llvm.ptr
      llvm.store %v929, %v924 : f32, !llvm.ptr
      llvm.store %v929, %v926 : f32, !llvm.ptr
      llvm.store %v929, %v928 : f32, !llvm.ptr
      llvm.store %v930, %v959 : f32, !llvm.ptr
      llvm.store %v929, %v960 : f32, !llvm.ptr
      llvm.store %v930, %v961 : f32, !llvm.ptr
      llvm.store %v929, %v962 : f32, !llvm.ptr
      llvm.store %v930, %v963 : f32, !llvm.ptr
      llvm.store %v929, %v964 : f32, !llvm.ptr
      llvm.store %v930, %v965 : f32, !llvm.ptr
      llvm.store %v929, %v966 : f32, !llvm.ptr
      llvm.store %v930, %v967 : f32, !llvm.ptr
      llvm.store %v929, %v968 : f32, !llvm.ptr
      llvm.store %v930, %v969 : f32, !llvm.ptr
      llvm.store %v929, %v970 : f32, !llvm.ptr
      llvm.store %v930, %v971 : f32, !llvm.ptr
      llvm.store %v929, %v972 : f32, !llvm.ptr
      llvm.store %v930, %v973 : f32, !llvm.ptr
      llvm.store %v929, %v974 : f32, !llvm.ptr
      llvm.store %v930, %v975 : f32, !llvm.ptr
      llvm.store %v929, %v976 : f32, !llvm.ptr
      llvm.store %v930, %v977 : f32, !llvm.ptr
      llvm.store %v929, %v978 : f32, !llvm.ptr
      llvm.store %v930, %v979 : f32, !llvm.ptr
      llvm.store %v929, %v980 : f32, !llvm.ptr
      llvm.store %v930, %v981 : f32, !llvm.ptr
      llvm.store %v929, %v982 : f32, !llvm.ptr
      llvm.store %v930, %v983 : f32, !llvm.ptr
      llvm.store %v929, %v984 : f32, !llvm.ptr
      llvm.store %v930, %v985 : f32, !llvm.ptr
      llvm.store %v929, %v986 : f32, !llvm.ptr
      llvm.store %v930, %v987 : f32, !llvm.ptr
      llvm.store %v929, %v988 : f32, !llvm.ptr
      llvm.store %v930, %v989 : f32, !llvm.ptr
      llvm.store %v929, %v990 : f32, !llvm.ptr
      llvm.store %v929, %v991 : f32, !llvm.ptr
      llvm.store %v930, %v992 : f32, !llvm.ptr
      llvm.store %v929, %v993 : f32, !llvm.ptr
      llvm.store %v930, %v994 : f32, !llvm.ptr
      llvm.store %v929, %v995 : f32, !llvm.ptr
      llvm.store %v930, %v996 : f32, !llvm.ptr
      llvm.store %v929, %v997 : f32, !llvm.ptr
      llvm.store %v930, %v998 : f32, !llvm.ptr
      llvm.store %v929, %v999 : f32, !llvm.ptr
      llvm.store %v930, %v1000 : f32, !llvm.ptr
      llvm.store %v929, %v1001 : f32, !llvm.ptr
      llvm.store %v930, %v1002 : f32, !llvm.ptr
      llvm.store %v929, %v1003 : f32, !llvm.ptr
      llvm.store %v930, %v1004 : f32, !llvm.ptr
      llvm.store %v929, %v1005 : f32, !llvm.ptr
      llvm.store %v930, %v1006 : f32, !llvm.ptr
      llvm.store %v929, %v1007 : f32, !llvm.ptr
      llvm.store %v930, %v1008 : f32, !llvm.ptr
      llvm.store %v929, %v1009 : f32, !llvm.ptr
      llvm.store %v930, %v1010 : f32, !llvm.ptr
      llvm.store %v929, %v1011 : f32, !llvm.ptr
      llvm.store %v930, %v1012 : f32, !llvm.ptr
      llvm.store %v929, %v1013 : f32, !llvm.ptr
      llvm.store %v930, %v1014 : f32, !llvm.ptr
      llvm.store %v929, %v1015 : f32, !llvm.ptr
      llvm.store %v930, %v1016 : f32, !llvm.ptr
      llvm.store %v929, %v1017 : f32, !llvm.ptr
      llvm.store %v930, %v1018 : f32, !llvm.ptr
      llvm.store %v929, %v1019 : f32, !llvm.ptr
      llvm.store %v930, %v1020 : f32, !llvm.ptr
      llvm.store %v929, %v1021 : f32, !llvm.ptr
      llvm.store %v930, %v1022 : f32, !llvm.ptr
      %v1023 = arith.cmpi eq, %size_L, %v127 : i64
      scf.if %v1023 {
        llvm.store %v929, %v72 : f32, !llvm.ptr
        llvm.store %v929, %v73 : f32, !llvm.ptr
        llvm.store %v929, %v74 : f32, !llvm.ptr
        llvm.store %v929, %v75 : f32, !llvm.ptr
        llvm.store %v929, %v76 : f32, !llvm.ptr
        llvm.store %v929, %v77 : f32, !llvm.ptr
        llvm.store %v929, %v78 : f32, !llvm.ptr
        llvm.store %v929, %v79 : f32, !llvm.ptr
        llvm.store %v929, %v80 : f32, !llvm.ptr
        llvm.store %v929, %v81 : f32, !llvm.ptr
        llvm.store %v929, %v82 : f32, !llvm.ptr
        llvm.store %v929, %v83 : f32, !llvm.ptr
        llvm.store %v929, %v84 : f32, !llvm.ptr
        llvm.store %v929, %v85 : f32, !llvm.ptr
        llvm.store %v929, %v86 : f32, !llvm.ptr
        llvm.store %v929, %v87 : f32, !llvm.ptr
        llvm.store %v929, %v88 : f32, !llvm.ptr
        llvm.store %v929, %v89 : f32, !llvm.ptr
        llvm.store %v929, %v90 : f32, !llvm.ptr
        llvm.store %v929, %v91 : f32, !llvm.ptr
        llvm.store %v929, %v92 : f32, !llvm.ptr
        llvm.store %v929, %v93 : f32, !llvm.ptr
        llvm.store %v929, %v94 : f32, !llvm.ptr
        llvm.store %v929, %v95 : f32, !llvm.ptr
        llvm.store %v929, %v96 : f32, !llvm.ptr
        llvm.store %v929, %v97 : f32, !llvm.ptr
        llvm.store %v929, %v98 : f32, !llvm.ptr
        llvm.store %v929, %v99 : f32, !llvm.ptr
        llvm.store %v929, %v100 : f32, !llvm.ptr
        llvm.store %v929, %v101 : f32, !llvm.ptr
        llvm.store %v929, %v102 : f32, !llvm.ptr
        llvm.store %v929, %v103 : f32, !llvm.ptr
      }
      %v1024 = arith.addi %size_L, %v124 : i64
      %v1025 = arith.divui %v1024, %v251 : i64
      %v1026 = arith.minsi %v120, %v1025 : i64
      %v1027 = arith.muli %v110, %v251 : i64
      %v1028 = arith.subi %v1026, %v119 : i64
      %v1029 = arith.maxsi %v1028, %v127 : i64
      %v1030 = arith.index_cast %v127 : i64 to index
      %v1031 = arith.index_cast %v1029 : i64 to index
      %v1032 = arith.index_cast %v3 : i64 to index
      scf.for %v1033 = %v1030 to %v1031 step %v1032 {
        %v1034 = arith.index_cast %v1033 : index to i64
        %v1035 = arith.subi %v1026, %v3 : i64
        %v1036 = arith.subi %v1035, %v1034 : i64
        %v1037 = arith.muli %v1036, %v251 : i64
        %v1038 = arith.subi %size_L, %v1037 : i64
        %v1039 = arith.minsi %v1038, %v251 : i64
        %v1040 = arith.divui %v1039, %v3 : i64
        %v1041 = arith.index_cast %v127 : i64 to index
        %v1042 = arith.index_cast %v3 : i64 to index
        %v1043 = arith.index_cast %v3 : i64 to index
        scf.for %v1044 = %v1041 to %v1042 step %v1043 {
          %v1045 = arith.index_cast %v1044 : index to i64
          %v1046 = arith.index_cast %v127 : i64 to index
          %v1047 = arith.index_cast %v1040 : i64 to index
          %v1048 = arith.index_cast %v3 : i64 to index
          scf.for %v1049 = %v1046 to %v1047 step %v1048 {
            %v1050 = arith.index_cast %v1049 : index to i64
            %v1051 = arith.cmpi slt, %v1050, %v1040 : i64
            scf.if %v1051 {
              %v1052 = arith.subi %v1040, %v3 : i64
              %v1053 = arith.subi %v1052, %v1050 : i64
              %v1054 = arith.addi %v1027, %v1053 : i64
              %v1055 = arith.subi %v1039, %v3 : i64
              // the group's states, recomputed into registers
              %v1056 = arith.subi %v1039, %v1053 : i64
              %v1057 = arith.trunci %v1056 : i64 to i32
              %v1058 = arith.subi %size_L, %v3 : i64
              %v1059 = arith.addi %v1037, %v1053 : i64
              %v1060 = arith.subi %v1058, %v1059 : i64
              %v1062 = arith.minsi %v1060, %v1061 : i64
              %v1063 = arith.trunci %v1062 : i64 to i32
              %v1065 = arith.cmpi slt, %v1064, %v1057 : i32
              %v1066 = arith.cmpi eq, %v1064, %v1063 : i32
              %v1067 = arith.addi %v1037, %v1053 : i64
              %v1068 = llvm.load %v128 : !llvm.ptr -> f32
              %v1069 = llvm.load %v129 : !llvm.ptr -> f32
              %v1070 = llvm.load %v131 : !llvm.ptr -> f32
              %v1071 = llvm.load %v133 : !llvm.ptr -> f32
              %v1072 = llvm.load %v134 : !llvm.ptr -> f32
              %v1073 = llvm.load %v136 : !llvm.ptr -> f32
              %v1074 = llvm.load %v138 : !llvm.ptr -> f32
              %v1075 = llvm.load %v140 : !llvm.ptr -> f32
              %v1076 = llvm.load %v142 : !llvm.ptr -> f32
              %v1077 = llvm.load %v144 : !llvm.ptr -> f32
              %v1078 = llvm.load %v146 : !llvm.ptr -> f32
              %v1079 = llvm.load %v148 : !llvm.ptr -> f32
              %v1080 = llvm.load %v150 : !llvm.ptr -> f32
              %v1081 = llvm.load %v152 : !llvm.ptr -> f32
              %v1082 = llvm.load %v154 : !llvm.ptr -> f32
              %v1083 = llvm.load %v156 : !llvm.ptr -> f32
              %v1084 = llvm.load %v157 : !llvm.ptr -> f32
              %v1085 = llvm.load %v159 : !llvm.ptr -> f32
              %v1086 = llvm.load %v161 : !llvm.ptr -> f32
              %v1087 = llvm.load %v163 : !llvm.ptr -> f32
              %v1088 = llvm.load %v165 : !llvm.ptr -> f32
              %v1089 = llvm.load %v167 : !llvm.ptr -> f32
              %v1090 = llvm.load %v169 : !llvm.ptr -> f32
              %v1091 = llvm.load %v171 : !llvm.ptr -> f32
              %v1092 = llvm.load %v173 : !llvm.ptr -> f32
              %v1093 = llvm.load %v175 : !llvm.ptr -> f32
              %v1094 = llvm.load %v177 : !llvm.ptr -> f32
              %v1095 = llvm.load %v179 : !llvm.ptr -> f32
              %v1096 = llvm.load %v181 : !llvm.ptr -> f32
              %v1097 = llvm.load %v183 : !llvm.ptr -> f32
              %v1098 = llvm.load %v185 : !llvm.ptr -> f32
              %v1099 = llvm.load %v187 : !llvm.ptr -> f32
              %v1100 = llvm.load %v959 : !llvm.ptr -> f32
              %v1101 = llvm.load %v960 : !llvm.ptr -> f32
              %v1102 = llvm.load %v961 : !llvm.ptr -> f32
              %v1103 = llvm.load %v962 : !llvm.ptr -> f32
              %v1104 = llvm.load %v963 : !llvm.ptr -> f32
              %v1105 = llvm.load %v964 : !llvm.ptr -> f32
              %v1106 = llvm.load %v965 : !llvm.ptr -> f32
              %v1107 = llvm.load %v966 : !llvm.ptr -> f32
              %v1108 = llvm.load %v967 : !llvm.ptr -> f32
              %v1109 = llvm.load %v968 : !llvm.ptr -> f32
              %v1110 = llvm.load %v969 : !llvm.ptr -> f32
              %v1111 = llvm.load %v970 : !llvm.ptr -> f32
              %v1112 = llvm.load %v971 : !llvm.ptr -> f32
              %v1113 = llvm.load %v972 : !llvm.ptr -> f32
              %v1114 = llvm.load %v973 : !llvm.ptr -> f32
              %v1115 = llvm.load %v974 : !llvm.ptr -> f32
              %v1116 = llvm.load %v975 : !llvm.ptr -> f32
              %v1117 = llvm.load %v976 : !llvm.ptr -> f32
              %v1118 = llvm.load %v977 : !llvm.ptr -> f32
              %v1119 = llvm.load %v978 : !llvm.ptr -> f32
              %v1120 = llvm.load %v979 : !llvm.ptr -> f32
              %v1121 = llvm.load %v980 : !llvm.ptr -> f32
              %v1122 = llvm.load %v981 : !llvm.ptr -> f32
              %v1123 = llvm.load %v982 : !llvm.ptr -> f32
              %v1124 = llvm.load %v983 : !llvm.ptr -> f32
              %v1125 = llvm.load %v984 : !llvm.ptr -> f32
              %v1126 = llvm.load %v985 : !llvm.ptr -> f32
              %v1127 = llvm.load %v986 : !llvm.ptr -> f32
              %v1128 = llvm.load %v987 : !llvm.ptr -> f32
              %v1129 = llvm.load %v988 : !llvm.ptr -> f32
              %v1130 = llvm.load %v989 : !llvm.ptr -> f32
              %v1131 = llvm.load %v990 : !llvm.ptr -> f32
              %v1132 = llvm.load %v991 : !llvm.ptr -> f32
              %v1133 = llvm.load %v992 : !llvm.ptr -> f32
              %v1134 = llvm.load %v993 : !llvm.ptr -> f32
              %v1135 = llvm.load %v994 : !llvm.ptr -> f32
              %v1136 = llvm.load %v995 : !llvm.ptr -> f32
              %v1137 = llvm.load %v996 : !llvm.ptr -> f32
              %v1138 = llvm.load %v997 : !llvm.ptr -> f32
              %v1139 = llvm.load %v998 : !llvm.ptr -> f32
              %v1140 = llvm.load %v999 : !llvm.ptr -> f32
              %v1141 = llvm.load %v1000 : !llvm.ptr -> f32
              %v1142 = llvm.load %v1001 : !llvm.ptr -> f32
              %v1143 = llvm.load %v1002 : !llvm.ptr -> f32
              %v1144 = llvm.load %v1003 : !llvm.ptr -> f32
              %v1145 = llvm.load %v1004 : !llvm.ptr -> f32
              %v1146 = llvm.load %v1005 : !llvm.ptr -> f32
              %v1147 = llvm.load %v1006 : !llvm.ptr -> f32
              %v1148 = llvm.load %v1007 : !llvm.ptr -> f32
              %v1149 = llvm.load %v1008 : !llvm.ptr -> f32
              %v1150 = llvm.load %v1009 : !llvm.ptr -> f32
              %v1151 = llvm.load %v1010 : !llvm.ptr -> f32
              %v1152 = llvm.load %v1011 : !llvm.ptr -> f32
              %v1153 = llvm.load %v1012 : !llvm.ptr -> f32
              %v1154 = llvm.load %v1013 : !llvm.ptr -> f32
              %v1155 = llvm.load %v1014 : !llvm.ptr -> f32
              %v1156 = llvm.load %v1015 : !llvm.ptr -> f32
              %v1157 = llvm.load %v1016 : !llvm.ptr -> f32
              %v1158 = llvm.load %v1017 : !llvm.ptr -> f32
              %v1159 = llvm.load %v1018 : !llvm.ptr -> f32
              %v1160 = llvm.load %v1019 : !llvm.ptr -> f32
              %v1161 = llvm.load %v1020 : !llvm.ptr -> f32
              %v1162 = llvm.load %v1021 : !llvm.ptr -> f32
              %v1163 = llvm.load %v1022 : !llvm.ptr -> f32
              %v1164 = arith.constant 0 : i64
              %v1165 = llvm.getelementptr %in_C_re[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
              %v1168 = arith.muli %v117, %v1167 : i64
              %v1169 = arith.muli %v1067, %v1 : i64
              %v1170 = arith.addi %v1168, %v1169 : i64
              %v1171 = llvm.getelementptr %dy_y[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
              %v1173 = arith.mulf %v1166, %v1172 fastmath<contract> : f32
              %v1174 = arith.constant 1 : i64
              %v1175 = arith.muli %v1174, %v2 : i64
              %v1176 = llvm.getelementptr %in_C_re[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
              %v1178 = arith.muli %v117, %v1167 : i64
              %v1179 = arith.muli %v1067, %v1 : i64
              %v1180 = arith.addi %v1178, %v1179 : i64
              %v1181 = arith.constant 1 : i64
              %v1182 = arith.addi %v1180, %v1181 : i64
              %v1183 = llvm.getelementptr %dy_y[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
              %v1185 = arith.mulf %v1177, %v1184 fastmath<contract> : f32
              %v1186 = arith.addf %v1173, %v1185 fastmath<contract> : f32
              %v1187 = arith.constant 2 : i64
              %v1188 = arith.muli %v1187, %v2 : i64
              %v1189 = llvm.getelementptr %in_C_re[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
              %v1191 = arith.muli %v117, %v1167 : i64
              %v1192 = arith.muli %v1067, %v1 : i64
              %v1193 = arith.addi %v1191, %v1192 : i64
              %v1194 = arith.constant 2 : i64
              %v1195 = arith.addi %v1193, %v1194 : i64
              %v1196 = llvm.getelementptr %dy_y[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1197 = llvm.load %v1196 : !llvm.ptr -> f32
              %v1198 = arith.mulf %v1190, %v1197 fastmath<contract> : f32
              %v1199 = arith.addf %v1186, %v1198 fastmath<contract> : f32
              %v1200 = arith.constant 3 : i64
              %v1201 = arith.muli %v1200, %v2 : i64
              %v1202 = llvm.getelementptr %in_C_re[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
              %v1204 = arith.muli %v117, %v1167 : i64
              %v1205 = arith.muli %v1067, %v1 : i64
              %v1206 = arith.addi %v1204, %v1205 : i64
              %v1207 = arith.constant 3 : i64
              %v1208 = arith.addi %v1206, %v1207 : i64
              %v1209 = llvm.getelementptr %dy_y[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
              %v1211 = arith.mulf %v1203, %v1210 fastmath<contract> : f32
              %v1212 = arith.addf %v1199, %v1211 fastmath<contract> : f32
              %v1213 = llvm.load %v189 : !llvm.ptr -> f32
              %v1214 = arith.mulf %v1213, %v1068 fastmath<contract> : f32
              %v1215 = arith.addf %v1212, %v1214 fastmath<contract> : f32
              %v1216 = llvm.load %v252 : !llvm.ptr -> f32
              %v1217 = arith.mulf %v1216, %v1084 fastmath<contract> : f32
              %v1218 = arith.addf %v1217, %v1215 fastmath<contract> : f32
              %v1219 = arith.mulf %v1100, %v1213 fastmath<contract> : f32
              %v1220 = arith.mulf %v1216, %v1132 fastmath<contract> : f32
              %v1221 = arith.addf %v1220, %v1219 fastmath<contract> : f32
              %v1222 = arith.mulf %v1101, %v1213 fastmath<contract> : f32
              %v1223 = arith.mulf %v1216, %v1133 fastmath<contract> : f32
              %v1224 = arith.addf %v1223, %v1222 fastmath<contract> : f32
              %v1225 = arith.constant 1 : i64
              %v1226 = llvm.getelementptr %in_C_re[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1227 = llvm.load %v1226 : !llvm.ptr -> f32
              %v1228 = arith.mulf %v1227, %v1172 fastmath<contract> : f32
              %v1229 = arith.constant 1 : i64
              %v1230 = arith.muli %v1229, %v2 : i64
              %v1231 = arith.constant 1 : i64
              %v1232 = arith.addi %v1230, %v1231 : i64
              %v1233 = llvm.getelementptr %in_C_re[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
              %v1235 = arith.mulf %v1234, %v1184 fastmath<contract> : f32
              %v1236 = arith.addf %v1228, %v1235 fastmath<contract> : f32
              %v1237 = arith.constant 2 : i64
              %v1238 = arith.muli %v1237, %v2 : i64
              %v1239 = arith.constant 1 : i64
              %v1240 = arith.addi %v1238, %v1239 : i64
              %v1241 = llvm.getelementptr %in_C_re[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
              %v1243 = arith.mulf %v1242, %v1197 fastmath<contract> : f32
              %v1244 = arith.addf %v1236, %v1243 fastmath<contract> : f32
              %v1245 = arith.constant 3 : i64
              %v1246 = arith.muli %v1245, %v2 : i64
              %v1247 = arith.constant 1 : i64
              %v1248 = arith.addi %v1246, %v1247 : i64
              %v1249 = llvm.getelementptr %in_C_re[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
              %v1251 = arith.mulf %v1250, %v1210 fastmath<contract> : f32
              %v1252 = arith.addf %v1244, %v1251 fastmath<contract> : f32
              %v1253 = llvm.load %v191 : !llvm.ptr -> f32
              %v1254 = arith.mulf %v1253, %v1069 fastmath<contract> : f32
              %v1255 = arith.addf %v1252, %v1254 fastmath<contract> : f32
              %v1256 = llvm.load %v254 : !llvm.ptr -> f32
              %v1257 = arith.mulf %v1256, %v1085 fastmath<contract> : f32
              %v1258 = arith.addf %v1257, %v1255 fastmath<contract> : f32
              %v1259 = arith.mulf %v1102, %v1253 fastmath<contract> : f32
              %v1260 = arith.mulf %v1256, %v1134 fastmath<contract> : f32
              %v1261 = arith.addf %v1260, %v1259 fastmath<contract> : f32
              %v1262 = arith.mulf %v1103, %v1253 fastmath<contract> : f32
              %v1263 = arith.mulf %v1256, %v1135 fastmath<contract> : f32
              %v1264 = arith.addf %v1263, %v1262 fastmath<contract> : f32
              %v1265 = arith.constant 2 : i64
              %v1266 = llvm.getelementptr %in_C_re[%v1265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1267 = llvm.load %v1266 : !llvm.ptr -> f32
              %v1268 = arith.mulf %v1267, %v1172 fastmath<contract> : f32
              %v1269 = arith.constant 1 : i64
              %v1270 = arith.muli %v1269, %v2 : i64
              %v1271 = arith.constant 2 : i64
              %v1272 = arith.addi %v1270, %v1271 : i64
              %v1273 = llvm.getelementptr %in_C_re[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
              %v1275 = arith.mulf %v1274, %v1184 fastmath<contract> : f32
              %v1276 = arith.addf %v1268, %v1275 fastmath<contract> : f32
              %v1277 = arith.constant 2 : i64
              %v1278 = arith.muli %v1277, %v2 : i64
              %v1279 = arith.constant 2 : i64
              %v1280 = arith.addi %v1278, %v1279 : i64
              %v1281 = llvm.getelementptr %in_C_re[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
              %v1283 = arith.mulf %v1282, %v1197 fastmath<contract> : f32
              %v1284 = arith.addf %v1276, %v1283 fastmath<contract> : f32
              %v1285 = arith.constant 3 : i64
              %v1286 = arith.muli %v1285, %v2 : i64
              %v1287 = arith.constant 2 : i64
              %v1288 = arith.addi %v1286, %v1287 : i64
              %v1289 = llvm.getelementptr %in_C_re[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1290 = llvm.load %v1289 : !llvm.ptr -> f32
              %v1291 = arith.mulf %v1290, %v1210 fastmath<contract> : f32
              %v1292 = arith.addf %v1284, %v1291 fastmath<contract> : f32
              %v1293 = llvm.load %v193 : !llvm.ptr -> f32
              %v1294 = arith.mulf %v1293, %v1070 fastmath<contract> : f32
              %v1295 = arith.addf %v1292, %v1294 fastmath<contract> : f32
              %v1296 = llvm.load %v256 : !llvm.ptr -> f32
              %v1297 = arith.mulf %v1296, %v1086 fastmath<contract> : f32
              %v1298 = arith.addf %v1297, %v1295 fastmath<contract> : f32
              %v1299 = arith.mulf %v1104, %v1293 fastmath<contract> : f32
              %v1300 = arith.mulf %v1296, %v1136 fastmath<contract> : f32
              %v1301 = arith.addf %v1300, %v1299 fastmath<contract> : f32
              %v1302 = arith.mulf %v1105, %v1293 fastmath<contract> : f32
              %v1303 = arith.mulf %v1296, %v1137 fastmath<contract> : f32
              %v1304 = arith.addf %v1303, %v1302 fastmath<contract> : f32
              %v1305 = arith.constant 3 : i64
              %v1306 = llvm.getelementptr %in_C_re[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1307 = llvm.load %v1306 : !llvm.ptr -> f32
              %v1308 = arith.mulf %v1307, %v1172 fastmath<contract> : f32
              %v1309 = arith.constant 1 : i64
              %v1310 = arith.muli %v1309, %v2 : i64
              %v1311 = arith.constant 3 : i64
              %v1312 = arith.addi %v1310, %v1311 : i64
              %v1313 = llvm.getelementptr %in_C_re[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1314 = llvm.load %v1313 : !llvm.ptr -> f32
              %v1315 = arith.mulf %v1314, %v1184 fastmath<contract> : f32
              %v1316 = arith.addf %v1308, %v1315 fastmath<contract> : f32
              %v1317 = arith.constant 2 : i64
              %v1318 = arith.muli %v1317, %v2 : i64
              %v1319 = arith.constant 3 : i64
              %v1320 = arith.addi %v1318, %v1319 : i64
              %v1321 = llvm.getelementptr %in_C_re[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
              %v1323 = arith.mulf %v1322, %v1197 fastmath<contract> : f32
              %v1324 = arith.addf %v1316, %v1323 fastmath<contract> : f32
              %v1325 = arith.constant 3 : i64
              %v1326 = arith.muli %v1325, %v2 : i64
              %v1327 = arith.constant 3 : i64
              %v1328 = arith.addi %v1326, %v1327 : i64
              %v1329 = llvm.getelementptr %in_C_re[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
              %v1331 = arith.mulf %v1330, %v1210 fastmath<contract> : f32
              %v1332 = arith.addf %v1324, %v1331 fastmath<contract> : f32
              %v1333 = llvm.load %v195 : !llvm.ptr -> f32
              %v1334 = arith.mulf %v1333, %v1071 fastmath<contract> : f32
              %v1335 = arith.addf %v1332, %v1334 fastmath<contract> : f32
              %v1336 = llvm.load %v258 : !llvm.ptr -> f32
              %v1337 = arith.mulf %v1336, %v1087 fastmath<contract> : f32
              %v1338 = arith.addf %v1337, %v1335 fastmath<contract> : f32
              %v1339 = arith.mulf %v1106, %v1333 fastmath<contract> : f32
              %v1340 = arith.mulf %v1336, %v1138 fastmath<contract> : f32
              %v1341 = arith.addf %v1340, %v1339 fastmath<contract> : f32
              %v1342 = arith.mulf %v1107, %v1333 fastmath<contract> : f32
              %v1343 = arith.mulf %v1336, %v1139 fastmath<contract> : f32
              %v1344 = arith.addf %v1343, %v1342 fastmath<contract> : f32
              %v1345 = arith.constant 4 : i64
              %v1346 = llvm.getelementptr %in_C_re[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1347 = llvm.load %v1346 : !llvm.ptr -> f32
              %v1348 = arith.mulf %v1347, %v1172 fastmath<contract> : f32
              %v1349 = arith.constant 1 : i64
              %v1350 = arith.muli %v1349, %v2 : i64
              %v1351 = arith.constant 4 : i64
              %v1352 = arith.addi %v1350, %v1351 : i64
              %v1353 = llvm.getelementptr %in_C_re[%v1352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
              %v1355 = arith.mulf %v1354, %v1184 fastmath<contract> : f32
              %v1356 = arith.addf %v1348, %v1355 fastmath<contract> : f32
              %v1357 = arith.constant 2 : i64
              %v1358 = arith.muli %v1357, %v2 : i64
              %v1359 = arith.constant 4 : i64
              %v1360 = arith.addi %v1358, %v1359 : i64
              %v1361 = llvm.getelementptr %in_C_re[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
              %v1363 = arith.mulf %v1362, %v1197 fastmath<contract> : f32
              %v1364 = arith.addf %v1356, %v1363 fastmath<contract> : f32
              %v1365 = arith.constant 3 : i64
              %v1366 = arith.muli %v1365, %v2 : i64
              %v1367 = arith.constant 4 : i64
              %v1368 = arith.addi %v1366, %v1367 : i64
              %v1369 = llvm.getelementptr %in_C_re[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
              %v1371 = arith.mulf %v1370, %v1210 fastmath<contract> : f32
              %v1372 = arith.addf %v1364, %v1371 fastmath<contract> : f32
              %v1373 = llvm.load %v197 : !llvm.ptr -> f32
              %v1374 = arith.mulf %v1373, %v1072 fastmath<contract> : f32
              %v1375 = arith.addf %v1372, %v1374 fastmath<contract> : f32
              %v1376 = llvm.load %v260 : !llvm.ptr -> f32
              %v1377 = arith.mulf %v1376, %v1088 fastmath<contract> : f32
              %v1378 = arith.addf %v1377, %v1375 fastmath<contract> : f32
              %v1379 = arith.mulf %v1108, %v1373 fastmath<contract> : f32
              %v1380 = arith.mulf %v1376, %v1140 fastmath<contract> : f32
              %v1381 = arith.addf %v1380, %v1379 fastmath<contract> : f32
              %v1382 = arith.mulf %v1109, %v1373 fastmath<contract> : f32
              %v1383 = arith.mulf %v1376, %v1141 fastmath<contract> : f32
              %v1384 = arith.addf %v1383, %v1382 fastmath<contract> : f32
              %v1385 = arith.constant 5 : i64
              %v1386 = llvm.getelementptr %in_C_re[%v1385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
              %v1388 = arith.mulf %v1387, %v1172 fastmath<contract> : f32
              %v1389 = arith.constant 1 : i64
              %v1390 = arith.muli %v1389, %v2 : i64
              %v1391 = arith.constant 5 : i64
              %v1392 = arith.addi %v1390, %v1391 : i64
              %v1393 = llvm.getelementptr %in_C_re[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
              %v1395 = arith.mulf %v1394, %v1184 fastmath<contract> : f32
              %v1396 = arith.addf %v1388, %v1395 fastmath<contract> : f32
              %v1397 = arith.constant 2 : i64
              %v1398 = arith.muli %v1397, %v2 : i64
              %v1399 = arith.constant 5 : i64
              %v1400 = arith.addi %v1398, %v1399 : i64
              %v1401 = llvm.getelementptr %in_C_re[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
              %v1403 = arith.mulf %v1402, %v1197 fastmath<contract> : f32
              %v1404 = arith.addf %v1396, %v1403 fastmath<contract> : f32
              %v1405 = arith.constant 3 : i64
              %v1406 = arith.muli %v1405, %v2 : i64
              %v1407 = arith.constant 5 : i64
              %v1408 = arith.addi %v1406, %v1407 : i64
              %v1409 = llvm.getelementptr %in_C_re[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
              %v1411 = arith.mulf %v1410, %v1210 fastmath<contract> : f32
              %v1412 = arith.addf %v1404, %v1411 fastmath<contract> : f32
              %v1413 = llvm.load %v199 : !llvm.ptr -> f32
              %v1414 = arith.mulf %v1413, %v1073 fastmath<contract> : f32
              %v1415 = arith.addf %v1412, %v1414 fastmath<contract> : f32
              %v1416 = llvm.load %v262 : !llvm.ptr -> f32
              %v1417 = arith.mulf %v1416, %v1089 fastmath<contract> : f32
              %v1418 = arith.addf %v1417, %v1415 fastmath<contract> : f32
              %v1419 = arith.mulf %v1110, %v1413 fastmath<contract> : f32
              %v1420 = arith.mulf %v1416, %v1142 fastmath<contract> : f32
              %v1421 = arith.addf %v1420, %v1419 fastmath<contract> : f32
              %v1422 = arith.mulf %v1111, %v1413 fastmath<contract> : f32
              %v1423 = arith.mulf %v1416, %v1143 fastmath<contract> : f32
              %v1424 = arith.addf %v1423, %v1422 fastmath<contract> : f32
              %v1425 = arith.constant 6 : i64
              %v1426 = llvm.getelementptr %in_C_re[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
              %v1428 = arith.mulf %v1427, %v1172 fastmath<contract> : f32
              %v1429 = arith.constant 1 : i64
              %v1430 = arith.muli %v1429, %v2 : i64
              %v1431 = arith.constant 6 : i64
              %v1432 = arith.addi %v1430, %v1431 : i64
              %v1433 = llvm.getelementptr %in_C_re[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1434 = llvm.load %v1433 : !llvm.ptr -> f32
              %v1435 = arith.mulf %v1434, %v1184 fastmath<contract> : f32
              %v1436 = arith.addf %v1428, %v1435 fastmath<contract> : f32
              %v1437 = arith.constant 2 : i64
              %v1438 = arith.muli %v1437, %v2 : i64
              %v1439 = arith.constant 6 : i64
              %v1440 = arith.addi %v1438, %v1439 : i64
              %v1441 = llvm.getelementptr %in_C_re[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1442 = llvm.load %v1441 : !llvm.ptr -> f32
              %v1443 = arith.mulf %v1442, %v1197 fastmath<contract> : f32
              %v1444 = arith.addf %v1436, %v1443 fastmath<contract> : f32
              %v1445 = arith.constant 3 : i64
              %v1446 = arith.muli %v1445, %v2 : i64
              %v1447 = arith.constant 6 : i64
              %v1448 = arith.addi %v1446, %v1447 : i64
              %v1449 = llvm.getelementptr %in_C_re[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
              %v1451 = arith.mulf %v1450, %v1210 fastmath<contract> : f32
              %v1452 = arith.addf %v1444, %v1451 fastmath<contract> : f32
              %v1453 = llvm.load %v201 : !llvm.ptr -> f32
              %v1454 = arith.mulf %v1453, %v1074 fastmath<contract> : f32
              %v1455 = arith.addf %v1452, %v1454 fastmath<contract> : f32
              %v1456 = llvm.load %v264 : !llvm.ptr -> f32
              %v1457 = arith.mulf %v1456, %v1090 fastmath<contract> : f32
              %v1458 = arith.addf %v1457, %v1455 fastmath<contract> : f32
              %v1459 = arith.mulf %v1112, %v1453 fastmath<contract> : f32
              %v1460 = arith.mulf %v1456, %v1144 fastmath<contract> : f32
              %v1461 = arith.addf %v1460, %v1459 fastmath<contract> : f32
              %v1462 = arith.mulf %v1113, %v1453 fastmath<contract> : f32
              %v1463 = arith.mulf %v1456, %v1145 fastmath<contract> : f32
              %v1464 = arith.addf %v1463, %v1462 fastmath<contract> : f32
              %v1465 = arith.constant 7 : i64
              %v1466 = llvm.getelementptr %in_C_re[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
              %v1468 = arith.mulf %v1467, %v1172 fastmath<contract> : f32
              %v1469 = arith.constant 1 : i64
              %v1470 = arith.muli %v1469, %v2 : i64
              %v1471 = arith.constant 7 : i64
              %v1472 = arith.addi %v1470, %v1471 : i64
              %v1473 = llvm.getelementptr %in_C_re[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
              %v1475 = arith.mulf %v1474, %v1184 fastmath<contract> : f32
              %v1476 = arith.addf %v1468, %v1475 fastmath<contract> : f32
              %v1477 = arith.constant 2 : i64
              %v1478 = arith.muli %v1477, %v2 : i64
              %v1479 = arith.constant 7 : i64
              %v1480 = arith.addi %v1478, %v1479 : i64
              %v1481 = llvm.getelementptr %in_C_re[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
              %v1483 = arith.mulf %v1482, %v1197 fastmath<contract> : f32
              %v1484 = arith.addf %v1476, %v1483 fastmath<contract> : f32
              %v1485 = arith.constant 3 : i64
              %v1486 = arith.muli %v1485, %v2 : i64
              %v1487 = arith.constant 7 : i64
              %v1488 = arith.addi %v1486, %v1487 : i64
              %v1489 = llvm.getelementptr %in_C_re[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
              %v1491 = arith.mulf %v1490, %v1210 fastmath<contract> : f32
              %v1492 = arith.addf %v1484, %v1491 fastmath<contract> : f32
              %v1493 = llvm.load %v203 : !llvm.ptr -> f32
              %v1494 = arith.mulf %v1493, %v1075 fastmath<contract> : f32
              %v1495 = arith.addf %v1492, %v1494 fastmath<contract> : f32
              %v1496 = llvm.load %v266 : !llvm.ptr -> f32
              %v1497 = arith.mulf %v1496, %v1091 fastmath<contract> : f32
              %v1498 = arith.addf %v1497, %v1495 fastmath<contract> : f32
              %v1499 = arith.mulf %v1114, %v1493 fastmath<contract> : f32
              %v1500 = arith.mulf %v1496, %v1146 fastmath<contract> : f32
              %v1501 = arith.addf %v1500, %v1499 fastmath<contract> : f32
              %v1502 = arith.mulf %v1115, %v1493 fastmath<contract> : f32
              %v1503 = arith.mulf %v1496, %v1147 fastmath<contract> : f32
              %v1504 = arith.addf %v1503, %v1502 fastmath<contract> : f32
              %v1505 = arith.constant 8 : i64
              %v1506 = llvm.getelementptr %in_C_re[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
              %v1508 = arith.mulf %v1507, %v1172 fastmath<contract> : f32
              %v1509 = arith.constant 1 : i64
              %v1510 = arith.muli %v1509, %v2 : i64
              %v1511 = arith.constant 8 : i64
              %v1512 = arith.addi %v1510, %v1511 : i64
              %v1513 = llvm.getelementptr %in_C_re[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1514 = llvm.load %v1513 : !llvm.ptr -> f32
              %v1515 = arith.mulf %v1514, %v1184 fastmath<contract> : f32
              %v1516 = arith.addf %v1508, %v1515 fastmath<contract> : f32
              %v1517 = arith.constant 2 : i64
              %v1518 = arith.muli %v1517, %v2 : i64
              %v1519 = arith.constant 8 : i64
              %v1520 = arith.addi %v1518, %v1519 : i64
              %v1521 = llvm.getelementptr %in_C_re[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1522 = llvm.load %v1521 : !llvm.ptr -> f32
              %v1523 = arith.mulf %v1522, %v1197 fastmath<contract> : f32
              %v1524 = arith.addf %v1516, %v1523 fastmath<contract> : f32
              %v1525 = arith.constant 3 : i64
              %v1526 = arith.muli %v1525, %v2 : i64
              %v1527 = arith.constant 8 : i64
              %v1528 = arith.addi %v1526, %v1527 : i64
              %v1529 = llvm.getelementptr %in_C_re[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
              %v1531 = arith.mulf %v1530, %v1210 fastmath<contract> : f32
              %v1532 = arith.addf %v1524, %v1531 fastmath<contract> : f32
              %v1533 = llvm.load %v205 : !llvm.ptr -> f32
              %v1534 = arith.mulf %v1533, %v1076 fastmath<contract> : f32
              %v1535 = arith.addf %v1532, %v1534 fastmath<contract> : f32
              %v1536 = llvm.load %v268 : !llvm.ptr -> f32
              %v1537 = arith.mulf %v1536, %v1092 fastmath<contract> : f32
              %v1538 = arith.addf %v1537, %v1535 fastmath<contract> : f32
              %v1539 = arith.mulf %v1116, %v1533 fastmath<contract> : f32
              %v1540 = arith.mulf %v1536, %v1148 fastmath<contract> : f32
              %v1541 = arith.addf %v1540, %v1539 fastmath<contract> : f32
              %v1542 = arith.mulf %v1117, %v1533 fastmath<contract> : f32
              %v1543 = arith.mulf %v1536, %v1149 fastmath<contract> : f32
              %v1544 = arith.addf %v1543, %v1542 fastmath<contract> : f32
              %v1545 = arith.constant 9 : i64
              %v1546 = llvm.getelementptr %in_C_re[%v1545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1547 = llvm.load %v1546 : !llvm.ptr -> f32
              %v1548 = arith.mulf %v1547, %v1172 fastmath<contract> : f32
              %v1549 = arith.constant 1 : i64
              %v1550 = arith.muli %v1549, %v2 : i64
              %v1551 = arith.constant 9 : i64
              %v1552 = arith.addi %v1550, %v1551 : i64
              %v1553 = llvm.getelementptr %in_C_re[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
              %v1555 = arith.mulf %v1554, %v1184 fastmath<contract> : f32
              %v1556 = arith.addf %v1548, %v1555 fastmath<contract> : f32
              %v1557 = arith.constant 2 : i64
              %v1558 = arith.muli %v1557, %v2 : i64
              %v1559 = arith.constant 9 : i64
              %v1560 = arith.addi %v1558, %v1559 : i64
              %v1561 = llvm.getelementptr %in_C_re[%v1560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1562 = llvm.load %v1561 : !llvm.ptr -> f32
              %v1563 = arith.mulf %v1562, %v1197 fastmath<contract> : f32
              %v1564 = arith.addf %v1556, %v1563 fastmath<contract> : f32
              %v1565 = arith.constant 3 : i64
              %v1566 = arith.muli %v1565, %v2 : i64
              %v1567 = arith.constant 9 : i64
              %v1568 = arith.addi %v1566, %v1567 : i64
              %v1569 = llvm.getelementptr %in_C_re[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
              %v1571 = arith.mulf %v1570, %v1210 fastmath<contract> : f32
              %v1572 = arith.addf %v1564, %v1571 fastmath<contract> : f32
              %v1573 = llvm.load %v207 : !llvm.ptr -> f32
              %v1574 = arith.mulf %v1573, %v1077 fastmath<contract> : f32
              %v1575 = arith.addf %v1572, %v1574 fastmath<contract> : f32
              %v1576 = llvm.load %v270 : !llvm.ptr -> f32
              %v1577 = arith.mulf %v1576, %v1093 fastmath<contract> : f32
              %v1578 = arith.addf %v1577, %v1575 fastmath<contract> : f32
              %v1579 = arith.mulf %v1118, %v1573 fastmath<contract> : f32
              %v1580 = arith.mulf %v1576, %v1150 fastmath<contract> : f32
              %v1581 = arith.addf %v1580, %v1579 fastmath<contract> : f32
              %v1582 = arith.mulf %v1119, %v1573 fastmath<contract> : f32
              %v1583 = arith.mulf %v1576, %v1151 fastmath<contract> : f32
              %v1584 = arith.addf %v1583, %v1582 fastmath<contract> : f32
              %v1585 = arith.constant 10 : i64
              %v1586 = llvm.getelementptr %in_C_re[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
              %v1588 = arith.mulf %v1587, %v1172 fastmath<contract> : f32
              %v1589 = arith.constant 1 : i64
              %v1590 = arith.muli %v1589, %v2 : i64
              %v1591 = arith.constant 10 : i64
              %v1592 = arith.addi %v1590, %v1591 : i64
              %v1593 = llvm.getelementptr %in_C_re[%v1592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1594 = llvm.load %v1593 : !llvm.ptr -> f32
              %v1595 = arith.mulf %v1594, %v1184 fastmath<contract> : f32
              %v1596 = arith.addf %v1588, %v1595 fastmath<contract> : f32
              %v1597 = arith.constant 2 : i64
              %v1598 = arith.muli %v1597, %v2 : i64
              %v1599 = arith.constant 10 : i64
              %v1600 = arith.addi %v1598, %v1599 : i64
              %v1601 = llvm.getelementptr %in_C_re[%v1600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
              %v1603 = arith.mulf %v1602, %v1197 fastmath<contract> : f32
              %v1604 = arith.addf %v1596, %v1603 fastmath<contract> : f32
              %v1605 = arith.constant 3 : i64
              %v1606 = arith.muli %v1605, %v2 : i64
              %v1607 = arith.constant 10 : i64
              %v1608 = arith.addi %v1606, %v1607 : i64
              %v1609 = llvm.getelementptr %in_C_re[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
              %v1611 = arith.mulf %v1610, %v1210 fastmath<contract> : f32
              %v1612 = arith.addf %v1604, %v1611 fastmath<contract> : f32
              %v1613 = llvm.load %v209 : !llvm.ptr -> f32
              %v1614 = arith.mulf %v1613, %v1078 fastmath<contract> : f32
              %v1615 = arith.addf %v1612, %v1614 fastmath<contract> : f32
              %v1616 = llvm.load %v272 : !llvm.ptr -> f32
              %v1617 = arith.mulf %v1616, %v1094 fastmath<contract> : f32
              %v1618 = arith.addf %v1617, %v1615 fastmath<contract> : f32
              %v1619 = arith.mulf %v1120, %v1613 fastmath<contract> : f32
              %v1620 = arith.mulf %v1616, %v1152 fastmath<contract> : f32
              %v1621 = arith.addf %v1620, %v1619 fastmath<contract> : f32
              %v1622 = arith.mulf %v1121, %v1613 fastmath<contract> : f32
              %v1623 = arith.mulf %v1616, %v1153 fastmath<contract> : f32
              %v1624 = arith.addf %v1623, %v1622 fastmath<contract> : f32
              %v1625 = arith.constant 11 : i64
              %v1626 = llvm.getelementptr %in_C_re[%v1625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1627 = llvm.load %v1626 : !llvm.ptr -> f32
              %v1628 = arith.mulf %v1627, %v1172 fastmath<contract> : f32
              %v1629 = arith.constant 1 : i64
              %v1630 = arith.muli %v1629, %v2 : i64
              %v1631 = arith.constant 11 : i64
              %v1632 = arith.addi %v1630, %v1631 : i64
              %v1633 = llvm.getelementptr %in_C_re[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
              %v1635 = arith.mulf %v1634, %v1184 fastmath<contract> : f32
              %v1636 = arith.addf %v1628, %v1635 fastmath<contract> : f32
              %v1637 = arith.constant 2 : i64
              %v1638 = arith.muli %v1637, %v2 : i64
              %v1639 = arith.constant 11 : i64
              %v1640 = arith.addi %v1638, %v1639 : i64
              %v1641 = llvm.getelementptr %in_C_re[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1642 = llvm.load %v1641 : !llvm.ptr -> f32
              %v1643 = arith.mulf %v1642, %v1197 fastmath<contract> : f32
              %v1644 = arith.addf %v1636, %v1643 fastmath<contract> : f32
              %v1645 = arith.constant 3 : i64
              %v1646 = arith.muli %v1645, %v2 : i64
              %v1647 = arith.constant 11 : i64
              %v1648 = arith.addi %v1646, %v1647 : i64
              %v1649 = llvm.getelementptr %in_C_re[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
              %v1651 = arith.mulf %v1650, %v1210 fastmath<contract> : f32
              %v1652 = arith.addf %v1644, %v1651 fastmath<contract> : f32
              %v1653 = llvm.load %v211 : !llvm.ptr -> f32
              %v1654 = arith.mulf %v1653, %v1079 fastmath<contract> : f32
              %v1655 = arith.addf %v1652, %v1654 fastmath<contract> : f32
              %v1656 = llvm.load %v274 : !llvm.ptr -> f32
              %v1657 = arith.mulf %v1656, %v1095 fastmath<contract> : f32
              %v1658 = arith.addf %v1657, %v1655 fastmath<contract> : f32
              %v1659 = arith.mulf %v1122, %v1653 fastmath<contract> : f32
              %v1660 = arith.mulf %v1656, %v1154 fastmath<contract> : f32
              %v1661 = arith.addf %v1660, %v1659 fastmath<contract> : f32
              %v1662 = arith.mulf %v1123, %v1653 fastmath<contract> : f32
              %v1663 = arith.mulf %v1656, %v1155 fastmath<contract> : f32
              %v1664 = arith.addf %v1663, %v1662 fastmath<contract> : f32
              %v1665 = arith.constant 12 : i64
              %v1666 = llvm.getelementptr %in_C_re[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
              %v1668 = arith.mulf %v1667, %v1172 fastmath<contract> : f32
              %v1669 = arith.constant 1 : i64
              %v1670 = arith.muli %v1669, %v2 : i64
              %v1671 = arith.constant 12 : i64
              %v1672 = arith.addi %v1670, %v1671 : i64
              %v1673 = llvm.getelementptr %in_C_re[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1674 = llvm.load %v1673 : !llvm.ptr -> f32
              %v1675 = arith.mulf %v1674, %v1184 fastmath<contract> : f32
              %v1676 = arith.addf %v1668, %v1675 fastmath<contract> : f32
              %v1677 = arith.constant 2 : i64
              %v1678 = arith.muli %v1677, %v2 : i64
              %v1679 = arith.constant 12 : i64
              %v1680 = arith.addi %v1678, %v1679 : i64
              %v1681 = llvm.getelementptr %in_C_re[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
              %v1683 = arith.mulf %v1682, %v1197 fastmath<contract> : f32
              %v1684 = arith.addf %v1676, %v1683 fastmath<contract> : f32
              %v1685 = arith.constant 3 : i64
              %v1686 = arith.muli %v1685, %v2 : i64
              %v1687 = arith.constant 12 : i64
              %v1688 = arith.addi %v1686, %v1687 : i64
              %v1689 = llvm.getelementptr %in_C_re[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
              %v1691 = arith.mulf %v1690, %v1210 fastmath<contract> : f32
              %v1692 = arith.addf %v1684, %v1691 fastmath<contract> : f32
              %v1693 = llvm.load %v213 : !llvm.ptr -> f32
              %v1694 = arith.mulf %v1693, %v1080 fastmath<contract> : f32
              %v1695 = arith.addf %v1692, %v1694 fastmath<contract> : f32
              %v1696 = llvm.load %v276 : !llvm.ptr -> f32
              %v1697 = arith.mulf %v1696, %v1096 fastmath<contract> : f32
              %v1698 = arith.addf %v1697, %v1695 fastmath<contract> : f32
              %v1699 = arith.mulf %v1124, %v1693 fastmath<contract> : f32
              %v1700 = arith.mulf %v1696, %v1156 fastmath<contract> : f32
              %v1701 = arith.addf %v1700, %v1699 fastmath<contract> : f32
              %v1702 = arith.mulf %v1125, %v1693 fastmath<contract> : f32
              %v1703 = arith.mulf %v1696, %v1157 fastmath<contract> : f32
              %v1704 = arith.addf %v1703, %v1702 fastmath<contract> : f32
              %v1705 = arith.constant 13 : i64
              %v1706 = llvm.getelementptr %in_C_re[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
              %v1708 = arith.mulf %v1707, %v1172 fastmath<contract> : f32
              %v1709 = arith.constant 1 : i64
              %v1710 = arith.muli %v1709, %v2 : i64
              %v1711 = arith.constant 13 : i64
              %v1712 = arith.addi %v1710, %v1711 : i64
              %v1713 = llvm.getelementptr %in_C_re[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
              %v1715 = arith.mulf %v1714, %v1184 fastmath<contract> : f32
              %v1716 = arith.addf %v1708, %v1715 fastmath<contract> : f32
              %v1717 = arith.constant 2 : i64
              %v1718 = arith.muli %v1717, %v2 : i64
              %v1719 = arith.constant 13 : i64
              %v1720 = arith.addi %v1718, %v1719 : i64
              %v1721 = llvm.getelementptr %in_C_re[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
              %v1723 = arith.mulf %v1722, %v1197 fastmath<contract> : f32
              %v1724 = arith.addf %v1716, %v1723 fastmath<contract> : f32
              %v1725 = arith.constant 3 : i64
              %v1726 = arith.muli %v1725, %v2 : i64
              %v1727 = arith.constant 13 : i64
              %v1728 = arith.addi %v1726, %v1727 : i64
              %v1729 = llvm.getelementptr %in_C_re[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
              %v1731 = arith.mulf %v1730, %v1210 fastmath<contract> : f32
              %v1732 = arith.addf %v1724, %v1731 fastmath<contract> : f32
              %v1733 = llvm.load %v215 : !llvm.ptr -> f32
              %v1734 = arith.mulf %v1733, %v1081 fastmath<contract> : f32
              %v1735 = arith.addf %v1732, %v1734 fastmath<contract> : f32
              %v1736 = llvm.load %v278 : !llvm.ptr -> f32
              %v1737 = arith.mulf %v1736, %v1097 fastmath<contract> : f32
              %v1738 = arith.addf %v1737, %v1735 fastmath<contract> : f32
              %v1739 = arith.mulf %v1126, %v1733 fastmath<contract> : f32
              %v1740 = arith.mulf %v1736, %v1158 fastmath<contract> : f32
              %v1741 = arith.addf %v1740, %v1739 fastmath<contract> : f32
              %v1742 = arith.mulf %v1127, %v1733 fastmath<contract> : f32
              %v1743 = arith.mulf %v1736, %v1159 fastmath<contract> : f32
              %v1744 = arith.addf %v1743, %v1742 fastmath<contract> : f32
              %v1745 = arith.constant 14 : i64
              %v1746 = llvm.getelementptr %in_C_re[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1747 = llvm.load %v1746 : !llvm.ptr -> f32
              %v1748 = arith.mulf %v1747, %v1172 fastmath<contract> : f32
              %v1749 = arith.constant 1 : i64
              %v1750 = arith.muli %v1749, %v2 : i64
              %v1751 = arith.constant 14 : i64
              %v1752 = arith.addi %v1750, %v1751 : i64
              %v1753 = llvm.getelementptr %in_C_re[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
              %v1755 = arith.mulf %v1754, %v1184 fastmath<contract> : f32
              %v1756 = arith.addf %v1748, %v1755 fastmath<contract> : f32
              %v1757 = arith.constant 2 : i64
              %v1758 = arith.muli %v1757, %v2 : i64
              %v1759 = arith.constant 14 : i64
              %v1760 = arith.addi %v1758, %v1759 : i64
              %v1761 = llvm.getelementptr %in_C_re[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
              %v1763 = arith.mulf %v1762, %v1197 fastmath<contract> : f32
              %v1764 = arith.addf %v1756, %v1763 fastmath<contract> : f32
              %v1765 = arith.constant 3 : i64
              %v1766 = arith.muli %v1765, %v2 : i64
              %v1767 = arith.constant 14 : i64
              %v1768 = arith.addi %v1766, %v1767 : i64
              %v1769 = llvm.getelementptr %in_C_re[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
              %v1771 = arith.mulf %v1770, %v1210 fastmath<contract> : f32
              %v1772 = arith.addf %v1764, %v1771 fastmath<contract> : f32
              %v1773 = llvm.load %v217 : !llvm.ptr -> f32
              %v1774 = arith.mulf %v1773, %v1082 fastmath<contract> : f32
              %v1775 = arith.addf %v1772, %v1774 fastmath<contract> : f32
              %v1776 = llvm.load %v280 : !llvm.ptr -> f32
              %v1777 = arith.mulf %v1776, %v1098 fastmath<contract> : f32
              %v1778 = arith.addf %v1777, %v1775 fastmath<contract> : f32
              %v1779 = arith.mulf %v1128, %v1773 fastmath<contract> : f32
              %v1780 = arith.mulf %v1776, %v1160 fastmath<contract> : f32
              %v1781 = arith.addf %v1780, %v1779 fastmath<contract> : f32
              %v1782 = arith.mulf %v1129, %v1773 fastmath<contract> : f32
              %v1783 = arith.mulf %v1776, %v1161 fastmath<contract> : f32
              %v1784 = arith.addf %v1783, %v1782 fastmath<contract> : f32
              %v1785 = arith.constant 15 : i64
              %v1786 = llvm.getelementptr %in_C_re[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
              %v1788 = arith.mulf %v1787, %v1172 fastmath<contract> : f32
              %v1789 = arith.constant 1 : i64
              %v1790 = arith.muli %v1789, %v2 : i64
              %v1791 = arith.constant 15 : i64
              %v1792 = arith.addi %v1790, %v1791 : i64
              %v1793 = llvm.getelementptr %in_C_re[%v1792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1794 = llvm.load %v1793 : !llvm.ptr -> f32
              %v1795 = arith.mulf %v1794, %v1184 fastmath<contract> : f32
              %v1796 = arith.addf %v1788, %v1795 fastmath<contract> : f32
              %v1797 = arith.constant 2 : i64
              %v1798 = arith.muli %v1797, %v2 : i64
              %v1799 = arith.constant 15 : i64
              %v1800 = arith.addi %v1798, %v1799 : i64
              %v1801 = llvm.getelementptr %in_C_re[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
              %v1803 = arith.mulf %v1802, %v1197 fastmath<contract> : f32
              %v1804 = arith.addf %v1796, %v1803 fastmath<contract> : f32
              %v1805 = arith.constant 3 : i64
              %v1806 = arith.muli %v1805, %v2 : i64
              %v1807 = arith.constant 15 : i64
              %v1808 = arith.addi %v1806, %v1807 : i64
              %v1809 = llvm.getelementptr %in_C_re[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1810 = llvm.load %v1809 : !llvm.ptr -> f32
              %v1811 = arith.mulf %v1810, %v1210 fastmath<contract> : f32
              %v1812 = arith.addf %v1804, %v1811 fastmath<contract> : f32
              %v1813 = llvm.load %v219 : !llvm.ptr -> f32
              %v1814 = arith.mulf %v1813, %v1083 fastmath<contract> : f32
              %v1815 = arith.addf %v1812, %v1814 fastmath<contract> : f32
              %v1816 = llvm.load %v282 : !llvm.ptr -> f32
              %v1817 = arith.mulf %v1816, %v1099 fastmath<contract> : f32
              %v1818 = arith.addf %v1817, %v1815 fastmath<contract> : f32
              %v1819 = arith.mulf %v1130, %v1813 fastmath<contract> : f32
              %v1820 = arith.mulf %v1816, %v1162 fastmath<contract> : f32
              %v1821 = arith.addf %v1820, %v1819 fastmath<contract> : f32
              %v1822 = arith.mulf %v1131, %v1813 fastmath<contract> : f32
              %v1823 = arith.mulf %v1816, %v1163 fastmath<contract> : f32
              %v1824 = arith.addf %v1823, %v1822 fastmath<contract> : f32
              %v1825 = arith.constant 0 : i64
              %v1826 = llvm.getelementptr %in_C_im[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1827 = llvm.load %v1826 : !llvm.ptr -> f32
              %v1828 = arith.negf %v1172 : f32
              %v1829 = arith.mulf %v1827, %v1828 fastmath<contract> : f32
              %v1830 = arith.constant 1 : i64
              %v1831 = arith.muli %v1830, %v2 : i64
              %v1832 = llvm.getelementptr %in_C_im[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
              %v1834 = arith.negf %v1184 : f32
              %v1835 = arith.mulf %v1833, %v1834 fastmath<contract> : f32
              %v1836 = arith.addf %v1829, %v1835 fastmath<contract> : f32
              %v1837 = arith.constant 2 : i64
              %v1838 = arith.muli %v1837, %v2 : i64
              %v1839 = llvm.getelementptr %in_C_im[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
              %v1841 = arith.negf %v1197 : f32
              %v1842 = arith.mulf %v1840, %v1841 fastmath<contract> : f32
              %v1843 = arith.addf %v1836, %v1842 fastmath<contract> : f32
              %v1844 = arith.constant 3 : i64
              %v1845 = arith.muli %v1844, %v2 : i64
              %v1846 = llvm.getelementptr %in_C_im[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1847 = llvm.load %v1846 : !llvm.ptr -> f32
              %v1848 = arith.negf %v1210 : f32
              %v1849 = arith.mulf %v1847, %v1848 fastmath<contract> : f32
              %v1850 = arith.addf %v1843, %v1849 fastmath<contract> : f32
              %v1851 = llvm.load %v221 : !llvm.ptr -> f32
              %v1852 = arith.mulf %v1851, %v1084 fastmath<contract> : f32
              %v1853 = arith.addf %v1850, %v1852 fastmath<contract> : f32
              %v1854 = llvm.load %v284 : !llvm.ptr -> f32
              %v1855 = arith.mulf %v1854, %v1068 fastmath<contract> : f32
              %v1856 = arith.addf %v1855, %v1853 fastmath<contract> : f32
              %v1857 = arith.mulf %v1132, %v1851 fastmath<contract> : f32
              %v1858 = arith.mulf %v1854, %v1100 fastmath<contract> : f32
              %v1859 = arith.addf %v1858, %v1857 fastmath<contract> : f32
              %v1860 = arith.mulf %v1133, %v1851 fastmath<contract> : f32
              %v1861 = arith.mulf %v1854, %v1101 fastmath<contract> : f32
              %v1862 = arith.addf %v1861, %v1860 fastmath<contract> : f32
              %v1863 = arith.constant 1 : i64
              %v1864 = llvm.getelementptr %in_C_im[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1865 = llvm.load %v1864 : !llvm.ptr -> f32
              %v1866 = arith.mulf %v1865, %v1828 fastmath<contract> : f32
              %v1867 = arith.constant 1 : i64
              %v1868 = arith.muli %v1867, %v2 : i64
              %v1869 = arith.constant 1 : i64
              %v1870 = arith.addi %v1868, %v1869 : i64
              %v1871 = llvm.getelementptr %in_C_im[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1872 = llvm.load %v1871 : !llvm.ptr -> f32
              %v1873 = arith.mulf %v1872, %v1834 fastmath<contract> : f32
              %v1874 = arith.addf %v1866, %v1873 fastmath<contract> : f32
              %v1875 = arith.constant 2 : i64
              %v1876 = arith.muli %v1875, %v2 : i64
              %v1877 = arith.constant 1 : i64
              %v1878 = arith.addi %v1876, %v1877 : i64
              %v1879 = llvm.getelementptr %in_C_im[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
              %v1881 = arith.mulf %v1880, %v1841 fastmath<contract> : f32
              %v1882 = arith.addf %v1874, %v1881 fastmath<contract> : f32
              %v1883 = arith.constant 3 : i64
              %v1884 = arith.muli %v1883, %v2 : i64
              %v1885 = arith.constant 1 : i64
              %v1886 = arith.addi %v1884, %v1885 : i64
              %v1887 = llvm.getelementptr %in_C_im[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
              %v1889 = arith.mulf %v1888, %v1848 fastmath<contract> : f32
              %v1890 = arith.addf %v1882, %v1889 fastmath<contract> : f32
              %v1891 = llvm.load %v223 : !llvm.ptr -> f32
              %v1892 = arith.mulf %v1891, %v1085 fastmath<contract> : f32
              %v1893 = arith.addf %v1890, %v1892 fastmath<contract> : f32
              %v1894 = llvm.load %v286 : !llvm.ptr -> f32
              %v1895 = arith.mulf %v1894, %v1069 fastmath<contract> : f32
              %v1896 = arith.addf %v1895, %v1893 fastmath<contract> : f32
              %v1897 = arith.mulf %v1134, %v1891 fastmath<contract> : f32
              %v1898 = arith.mulf %v1894, %v1102 fastmath<contract> : f32
              %v1899 = arith.addf %v1898, %v1897 fastmath<contract> : f32
              %v1900 = arith.mulf %v1135, %v1891 fastmath<contract> : f32
              %v1901 = arith.mulf %v1894, %v1103 fastmath<contract> : f32
              %v1902 = arith.addf %v1901, %v1900 fastmath<contract> : f32
              %v1903 = arith.constant 2 : i64
              %v1904 = llvm.getelementptr %in_C_im[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
              %v1906 = arith.mulf %v1905, %v1828 fastmath<contract> : f32
              %v1907 = arith.constant 1 : i64
              %v1908 = arith.muli %v1907, %v2 : i64
              %v1909 = arith.constant 2 : i64
              %v1910 = arith.addi %v1908, %v1909 : i64
              %v1911 = llvm.getelementptr %in_C_im[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
              %v1913 = arith.mulf %v1912, %v1834 fastmath<contract> : f32
              %v1914 = arith.addf %v1906, %v1913 fastmath<contract> : f32
              %v1915 = arith.constant 2 : i64
              %v1916 = arith.muli %v1915, %v2 : i64
              %v1917 = arith.constant 2 : i64
              %v1918 = arith.addi %v1916, %v1917 : i64
              %v1919 = llvm.getelementptr %in_C_im[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1920 = llvm.load %v1919 : !llvm.ptr -> f32
              %v1921 = arith.mulf %v1920, %v1841 fastmath<contract> : f32
              %v1922 = arith.addf %v1914, %v1921 fastmath<contract> : f32
              %v1923 = arith.constant 3 : i64
              %v1924 = arith.muli %v1923, %v2 : i64
              %v1925 = arith.constant 2 : i64
              %v1926 = arith.addi %v1924, %v1925 : i64
              %v1927 = llvm.getelementptr %in_C_im[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
              %v1929 = arith.mulf %v1928, %v1848 fastmath<contract> : f32
              %v1930 = arith.addf %v1922, %v1929 fastmath<contract> : f32
              %v1931 = llvm.load %v225 : !llvm.ptr -> f32
              %v1932 = arith.mulf %v1931, %v1086 fastmath<contract> : f32
              %v1933 = arith.addf %v1930, %v1932 fastmath<contract> : f32
              %v1934 = llvm.load %v288 : !llvm.ptr -> f32
              %v1935 = arith.mulf %v1934, %v1070 fastmath<contract> : f32
              %v1936 = arith.addf %v1935, %v1933 fastmath<contract> : f32
              %v1937 = arith.mulf %v1136, %v1931 fastmath<contract> : f32
              %v1938 = arith.mulf %v1934, %v1104 fastmath<contract> : f32
              %v1939 = arith.addf %v1938, %v1937 fastmath<contract> : f32
              %v1940 = arith.mulf %v1137, %v1931 fastmath<contract> : f32
              %v1941 = arith.mulf %v1934, %v1105 fastmath<contract> : f32
              %v1942 = arith.addf %v1941, %v1940 fastmath<contract> : f32
              %v1943 = arith.constant 3 : i64
              %v1944 = llvm.getelementptr %in_C_im[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1945 = llvm.load %v1944 : !llvm.ptr -> f32
              %v1946 = arith.mulf %v1945, %v1828 fastmath<contract> : f32
              %v1947 = arith.constant 1 : i64
              %v1948 = arith.muli %v1947, %v2 : i64
              %v1949 = arith.constant 3 : i64
              %v1950 = arith.addi %v1948, %v1949 : i64
              %v1951 = llvm.getelementptr %in_C_im[%v1950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
              %v1953 = arith.mulf %v1952, %v1834 fastmath<contract> : f32
              %v1954 = arith.addf %v1946, %v1953 fastmath<contract> : f32
              %v1955 = arith.constant 2 : i64
              %v1956 = arith.muli %v1955, %v2 : i64
              %v1957 = arith.constant 3 : i64
              %v1958 = arith.addi %v1956, %v1957 : i64
              %v1959 = llvm.getelementptr %in_C_im[%v1958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
              %v1961 = arith.mulf %v1960, %v1841 fastmath<contract> : f32
              %v1962 = arith.addf %v1954, %v1961 fastmath<contract> : f32
              %v1963 = arith.constant 3 : i64
              %v1964 = arith.muli %v1963, %v2 : i64
              %v1965 = arith.constant 3 : i64
              %v1966 = arith.addi %v1964, %v1965 : i64
              %v1967 = llvm.getelementptr %in_C_im[%v1966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1968 = llvm.load %v1967 : !llvm.ptr -> f32
              %v1969 = arith.mulf %v1968, %v1848 fastmath<contract> : f32
              %v1970 = arith.addf %v1962, %v1969 fastmath<contract> : f32
              %v1971 = llvm.load %v227 : !llvm.ptr -> f32
              %v1972 = arith.mulf %v1971, %v1087 fastmath<contract> : f32
              %v1973 = arith.addf %v1970, %v1972 fastmath<contract> : f32
              %v1974 = llvm.load %v290 : !llvm.ptr -> f32
              %v1975 = arith.mulf %v1974, %v1071 fastmath<contract> : f32
              %v1976 = arith.addf %v1975, %v1973 fastmath<contract> : f32
              %v1977 = arith.mulf %v1138, %v1971 fastmath<contract> : f32
              %v1978 = arith.mulf %v1974, %v1106 fastmath<contract> : f32
              %v1979 = arith.addf %v1978, %v1977 fastmath<contract> : f32
              %v1980 = arith.mulf %v1139, %v1971 fastmath<contract> : f32
              %v1981 = arith.mulf %v1974, %v1107 fastmath<contract> : f32
              %v1982 = arith.addf %v1981, %v1980 fastmath<contract> : f32
              %v1983 = arith.constant 4 : i64
              %v1984 = llvm.getelementptr %in_C_im[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
              %v1986 = arith.mulf %v1985, %v1828 fastmath<contract> : f32
              %v1987 = arith.constant 1 : i64
              %v1988 = arith.muli %v1987, %v2 : i64
              %v1989 = arith.constant 4 : i64
              %v1990 = arith.addi %v1988, %v1989 : i64
              %v1991 = llvm.getelementptr %in_C_im[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1992 = llvm.load %v1991 : !llvm.ptr -> f32
              %v1993 = arith.mulf %v1992, %v1834 fastmath<contract> : f32
              %v1994 = arith.addf %v1986, %v1993 fastmath<contract> : f32
              %v1995 = arith.constant 2 : i64
              %v1996 = arith.muli %v1995, %v2 : i64
              %v1997 = arith.constant 4 : i64
              %v1998 = arith.addi %v1996, %v1997 : i64
              %v1999 = llvm.getelementptr %in_C_im[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
              %v2001 = arith.mulf %v2000, %v1841 fastmath<contract> : f32
              %v2002 = arith.addf %v1994, %v2001 fastmath<contract> : f32
              %v2003 = arith.constant 3 : i64
              %v2004 = arith.muli %v2003, %v2 : i64
              %v2005 = arith.constant 4 : i64
              %v2006 = arith.addi %v2004, %v2005 : i64
              %v2007 = llvm.getelementptr %in_C_im[%v2006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
              %v2009 = arith.mulf %v2008, %v1848 fastmath<contract> : f32
              %v2010 = arith.addf %v2002, %v2009 fastmath<contract> : f32
              %v2011 = llvm.load %v229 : !llvm.ptr -> f32
              %v2012 = arith.mulf %v2011, %v1088 fastmath<contract> : f32
              %v2013 = arith.addf %v2010, %v2012 fastmath<contract> : f32
              %v2014 = llvm.load %v292 : !llvm.ptr -> f32
              %v2015 = arith.mulf %v2014, %v1072 fastmath<contract> : f32
              %v2016 = arith.addf %v2015, %v2013 fastmath<contract> : f32
              %v2017 = arith.mulf %v1140, %v2011 fastmath<contract> : f32
              %v2018 = arith.mulf %v2014, %v1108 fastmath<contract> : f32
              %v2019 = arith.addf %v2018, %v2017 fastmath<contract> : f32
              %v2020 = arith.mulf %v1141, %v2011 fastmath<contract> : f32
              %v2021 = arith.mulf %v2014, %v1109 fastmath<contract> : f32
              %v2022 = arith.addf %v2021, %v2020 fastmath<contract> : f32
              %v2023 = arith.constant 5 : i64
              %v2024 = llvm.getelementptr %in_C_im[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2025 = llvm.load %v2024 : !llvm.ptr -> f32
              %v2026 = arith.mulf %v2025, %v1828 fastmath<contract> : f32
              %v2027 = arith.constant 1 : i64
              %v2028 = arith.muli %v2027, %v2 : i64
              %v2029 = arith.constant 5 : i64
              %v2030 = arith.addi %v2028, %v2029 : i64
              %v2031 = llvm.getelementptr %in_C_im[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
              %v2033 = arith.mulf %v2032, %v1834 fastmath<contract> : f32
              %v2034 = arith.addf %v2026, %v2033 fastmath<contract> : f32
              %v2035 = arith.constant 2 : i64
              %v2036 = arith.muli %v2035, %v2 : i64
              %v2037 = arith.constant 5 : i64
              %v2038 = arith.addi %v2036, %v2037 : i64
              %v2039 = llvm.getelementptr %in_C_im[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2040 = llvm.load %v2039 : !llvm.ptr -> f32
              %v2041 = arith.mulf %v2040, %v1841 fastmath<contract> : f32
              %v2042 = arith.addf %v2034, %v2041 fastmath<contract> : f32
              %v2043 = arith.constant 3 : i64
              %v2044 = arith.muli %v2043, %v2 : i64
              %v2045 = arith.constant 5 : i64
              %v2046 = arith.addi %v2044, %v2045 : i64
              %v2047 = llvm.getelementptr %in_C_im[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2048 = llvm.load %v2047 : !llvm.ptr -> f32
              %v2049 = arith.mulf %v2048, %v1848 fastmath<contract> : f32
              %v2050 = arith.addf %v2042, %v2049 fastmath<contract> : f32
              %v2051 = llvm.load %v231 : !llvm.ptr -> f32
              %v2052 = arith.mulf %v2051, %v1089 fastmath<contract> : f32
              %v2053 = arith.addf %v2050, %v2052 fastmath<contract> : f32
              %v2054 = llvm.load %v294 : !llvm.ptr -> f32
              %v2055 = arith.mulf %v2054, %v1073 fastmath<contract> : f32
              %v2056 = arith.addf %v2055, %v2053 fastmath<contract> : f32
              %v2057 = arith.mulf %v1142, %v2051 fastmath<contract> : f32
              %v2058 = arith.mulf %v2054, %v1110 fastmath<contract> : f32
              %v2059 = arith.addf %v2058, %v2057 fastmath<contract> : f32
              %v2060 = arith.mulf %v1143, %v2051 fastmath<contract> : f32
              %v2061 = arith.mulf %v2054, %v1111 fastmath<contract> : f32
              %v2062 = arith.addf %v2061, %v2060 fastmath<contract> : f32
              %v2063 = arith.constant 6 : i64
              %v2064 = llvm.getelementptr %in_C_im[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2065 = llvm.load %v2064 : !llvm.ptr -> f32
              %v2066 = arith.mulf %v2065, %v1828 fastmath<contract> : f32
              %v2067 = arith.constant 1 : i64
              %v2068 = arith.muli %v2067, %v2 : i64
              %v2069 = arith.constant 6 : i64
              %v2070 = arith.addi %v2068, %v2069 : i64
              %v2071 = llvm.getelementptr %in_C_im[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
              %v2073 = arith.mulf %v2072, %v1834 fastmath<contract> : f32
              %v2074 = arith.addf %v2066, %v2073 fastmath<contract> : f32
              %v2075 = arith.constant 2 : i64
              %v2076 = arith.muli %v2075, %v2 : i64
              %v2077 = arith.constant 6 : i64
              %v2078 = arith.addi %v2076, %v2077 : i64
              %v2079 = llvm.getelementptr %in_C_im[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
              %v2081 = arith.mulf %v2080, %v1841 fastmath<contract> : f32
              %v2082 = arith.addf %v2074, %v2081 fastmath<contract> : f32
              %v2083 = arith.constant 3 : i64
              %v2084 = arith.muli %v2083, %v2 : i64
              %v2085 = arith.constant 6 : i64
              %v2086 = arith.addi %v2084, %v2085 : i64
              %v2087 = llvm.getelementptr %in_C_im[%v2086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2088 = llvm.load %v2087 : !llvm.ptr -> f32
              %v2089 = arith.mulf %v2088, %v1848 fastmath<contract> : f32
              %v2090 = arith.addf %v2082, %v2089 fastmath<contract> : f32
              %v2091 = llvm.load %v233 : !llvm.ptr -> f32
              %v2092 = arith.mulf %v2091, %v1090 fastmath<contract> : f32
              %v2093 = arith.addf %v2090, %v2092 fastmath<contract> : f32
              %v2094 = llvm.load %v296 : !llvm.ptr -> f32
              %v2095 = arith.mulf %v2094, %v1074 fastmath<contract> : f32
              %v2096 = arith.addf %v2095, %v2093 fastmath<contract> : f32
              %v2097 = arith.mulf %v1144, %v2091 fastmath<contract> : f32
              %v2098 = arith.mulf %v2094, %v1112 fastmath<contract> : f32
              %v2099 = arith.addf %v2098, %v2097 fastmath<contract> : f32
              %v2100 = arith.mulf %v1145, %v2091 fastmath<contract> : f32
              %v2101 = arith.mulf %v2094, %v1113 fastmath<contract> : f32
              %v2102 = arith.addf %v2101, %v2100 fastmath<contract> : f32
              %v2103 = arith.constant 7 : i64
              %v2104 = llvm.getelementptr %in_C_im[%v2103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2105 = llvm.load %v2104 : !llvm.ptr -> f32
              %v2106 = arith.mulf %v2105, %v1828 fastmath<contract> : f32
              %v2107 = arith.constant 1 : i64
              %v2108 = arith.muli %v2107, %v2 : i64
              %v2109 = arith.constant 7 : i64
              %v2110 = arith.addi %v2108, %v2109 : i64
              %v2111 = llvm.getelementptr %in_C_im[%v2110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2112 = llvm.load %v2111 : !llvm.ptr -> f32
              %v2113 = arith.mulf %v2112, %v1834 fastmath<contract> : f32
              %v2114 = arith.addf %v2106, %v2113 fastmath<contract> : f32
              %v2115 = arith.constant 2 : i64
              %v2116 = arith.muli %v2115, %v2 : i64
              %v2117 = arith.constant 7 : i64
              %v2118 = arith.addi %v2116, %v2117 : i64
              %v2119 = llvm.getelementptr %in_C_im[%v2118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2120 = llvm.load %v2119 : !llvm.ptr -> f32
              %v2121 = arith.mulf %v2120, %v1841 fastmath<contract> : f32
              %v2122 = arith.addf %v2114, %v2121 fastmath<contract> : f32
              %v2123 = arith.constant 3 : i64
              %v2124 = arith.muli %v2123, %v2 : i64
              %v2125 = arith.constant 7 : i64
              %v2126 = arith.addi %v2124, %v2125 : i64
              %v2127 = llvm.getelementptr %in_C_im[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2128 = llvm.load %v2127 : !llvm.ptr -> f32
              %v2129 = arith.mulf %v2128, %v1848 fastmath<contract> : f32
              %v2130 = arith.addf %v2122, %v2129 fastmath<contract> : f32
              %v2131 = llvm.load %v235 : !llvm.ptr -> f32
              %v2132 = arith.mulf %v2131, %v1091 fastmath<contract> : f32
              %v2133 = arith.addf %v2130, %v2132 fastmath<contract> : f32
              %v2134 = llvm.load %v298 : !llvm.ptr -> f32
              %v2135 = arith.mulf %v2134, %v1075 fastmath<contract> : f32
              %v2136 = arith.addf %v2135, %v2133 fastmath<contract> : f32
              %v2137 = arith.mulf %v1146, %v2131 fastmath<contract> : f32
              %v2138 = arith.mulf %v2134, %v1114 fastmath<contract> : f32
              %v2139 = arith.addf %v2138, %v2137 fastmath<contract> : f32
              %v2140 = arith.mulf %v1147, %v2131 fastmath<contract> : f32
              %v2141 = arith.mulf %v2134, %v1115 fastmath<contract> : f32
              %v2142 = arith.addf %v2141, %v2140 fastmath<contract> : f32
              %v2143 = arith.constant 8 : i64
              %v2144 = llvm.getelementptr %in_C_im[%v2143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2145 = llvm.load %v2144 : !llvm.ptr -> f32
              %v2146 = arith.mulf %v2145, %v1828 fastmath<contract> : f32
              %v2147 = arith.constant 1 : i64
              %v2148 = arith.muli %v2147, %v2 : i64
              %v2149 = arith.constant 8 : i64
              %v2150 = arith.addi %v2148, %v2149 : i64
              %v2151 = llvm.getelementptr %in_C_im[%v2150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2152 = llvm.load %v2151 : !llvm.ptr -> f32
              %v2153 = arith.mulf %v2152, %v1834 fastmath<contract> : f32
              %v2154 = arith.addf %v2146, %v2153 fastmath<contract> : f32
              %v2155 = arith.constant 2 : i64
              %v2156 = arith.muli %v2155, %v2 : i64
              %v2157 = arith.constant 8 : i64
              %v2158 = arith.addi %v2156, %v2157 : i64
              %v2159 = llvm.getelementptr %in_C_im[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2160 = llvm.load %v2159 : !llvm.ptr -> f32
              %v2161 = arith.mulf %v2160, %v1841 fastmath<contract> : f32
              %v2162 = arith.addf %v2154, %v2161 fastmath<contract> : f32
              %v2163 = arith.constant 3 : i64
              %v2164 = arith.muli %v2163, %v2 : i64
              %v2165 = arith.constant 8 : i64
              %v2166 = arith.addi %v2164, %v2165 : i64
              %v2167 = llvm.getelementptr %in_C_im[%v2166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2168 = llvm.load %v2167 : !llvm.ptr -> f32
              %v2169 = arith.mulf %v2168, %v1848 fastmath<contract> : f32
              %v2170 = arith.addf %v2162, %v2169 fastmath<contract> : f32
              %v2171 = llvm.load %v237 : !llvm.ptr -> f32
              %v2172 = arith.mulf %v2171, %v1092 fastmath<contract> : f32
              %v2173 = arith.addf %v2170, %v2172 fastmath<contract> : f32
              %v2174 = llvm.load %v300 : !llvm.ptr -> f32
              %v2175 = arith.mulf %v2174, %v1076 fastmath<contract> : f32
              %v2176 = arith.addf %v2175, %v2173 fastmath<contract> : f32
              %v2177 = arith.mulf %v1148, %v2171 fastmath<contract> : f32
              %v2178 = arith.mulf %v2174, %v1116 fastmath<contract> : f32
              %v2179 = arith.addf %v2178, %v2177 fastmath<contract> : f32
              %v2180 = arith.mulf %v1149, %v2171 fastmath<contract> : f32
              %v2181 = arith.mulf %v2174, %v1117 fastmath<contract> : f32
              %v2182 = arith.addf %v2181, %v2180 fastmath<contract> : f32
              %v2183 = arith.constant 9 : i64
              %v2184 = llvm.getelementptr %in_C_im[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
              %v2186 = arith.mulf %v2185, %v1828 fastmath<contract> : f32
              %v2187 = arith.constant 1 : i64
              %v2188 = arith.muli %v2187, %v2 : i64
              %v2189 = arith.constant 9 : i64
              %v2190 = arith.addi %v2188, %v2189 : i64
              %v2191 = llvm.getelementptr %in_C_im[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
              %v2193 = arith.mulf %v2192, %v1834 fastmath<contract> : f32
              %v2194 = arith.addf %v2186, %v2193 fastmath<contract> : f32
              %v2195 = arith.constant 2 : i64
              %v2196 = arith.muli %v2195, %v2 : i64
              %v2197 = arith.constant 9 : i64
              %v2198 = arith.addi %v2196, %v2197 : i64
              %v2199 = llvm.getelementptr %in_C_im[%v2198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2200 = llvm.load %v2199 : !llvm.ptr -> f32
              %v2201 = arith.mulf %v2200, %v1841 fastmath<contract> : f32
              %v2202 = arith.addf %v2194, %v2201 fastmath<contract> : f32
              %v2203 = arith.constant 3 : i64
              %v2204 = arith.muli %v2203, %v2 : i64
              %v2205 = arith.constant 9 : i64
              %v2206 = arith.addi %v2204, %v2205 : i64
              %v2207 = llvm.getelementptr %in_C_im[%v2206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2208 = llvm.load %v2207 : !llvm.ptr -> f32
              %v2209 = arith.mulf %v2208, %v1848 fastmath<contract> : f32
              %v2210 = arith.addf %v2202, %v2209 fastmath<contract> : f32
              %v2211 = llvm.load %v239 : !llvm.ptr -> f32
              %v2212 = arith.mulf %v2211, %v1093 fastmath<contract> : f32
              %v2213 = arith.addf %v2210, %v2212 fastmath<contract> : f32
              %v2214 = llvm.load %v302 : !llvm.ptr -> f32
              %v2215 = arith.mulf %v2214, %v1077 fastmath<contract> : f32
              %v2216 = arith.addf %v2215, %v2213 fastmath<contract> : f32
              %v2217 = arith.mulf %v1150, %v2211 fastmath<contract> : f32
              %v2218 = arith.mulf %v2214, %v1118 fastmath<contract> : f32
              %v2219 = arith.addf %v2218, %v2217 fastmath<contract> : f32
              %v2220 = arith.mulf %v1151, %v2211 fastmath<contract> : f32
              %v2221 = arith.mulf %v2214, %v1119 fastmath<contract> : f32
              %v2222 = arith.addf %v2221, %v2220 fastmath<contract> : f32
              %v2223 = arith.constant 10 : i64
              %v2224 = llvm.getelementptr %in_C_im[%v2223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2225 = llvm.load %v2224 : !llvm.ptr -> f32
              %v2226 = arith.mulf %v2225, %v1828 fastmath<contract> : f32
              %v2227 = arith.constant 1 : i64
              %v2228 = arith.muli %v2227, %v2 : i64
              %v2229 = arith.constant 10 : i64
              %v2230 = arith.addi %v2228, %v2229 : i64
              %v2231 = llvm.getelementptr %in_C_im[%v2230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2232 = llvm.load %v2231 : !llvm.ptr -> f32
              %v2233 = arith.mulf %v2232, %v1834 fastmath<contract> : f32
              %v2234 = arith.addf %v2226, %v2233 fastmath<contract> : f32
              %v2235 = arith.constant 2 : i64
              %v2236 = arith.muli %v2235, %v2 : i64
              %v2237 = arith.constant 10 : i64
              %v2238 = arith.addi %v2236, %v2237 : i64
              %v2239 = llvm.getelementptr %in_C_im[%v2238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2240 = llvm.load %v2239 : !llvm.ptr -> f32
              %v2241 = arith.mulf %v2240, %v1841 fastmath<contract> : f32
              %v2242 = arith.addf %v2234, %v2241 fastmath<contract> : f32
              %v2243 = arith.constant 3 : i64
              %v2244 = arith.muli %v2243, %v2 : i64
              %v2245 = arith.constant 10 : i64
              %v2246 = arith.addi %v2244, %v2245 : i64
              %v2247 = llvm.getelementptr %in_C_im[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
              %v2249 = arith.mulf %v2248, %v1848 fastmath<contract> : f32
              %v2250 = arith.addf %v2242, %v2249 fastmath<contract> : f32
              %v2251 = llvm.load %v241 : !llvm.ptr -> f32
              %v2252 = arith.mulf %v2251, %v1094 fastmath<contract> : f32
              %v2253 = arith.addf %v2250, %v2252 fastmath<contract> : f32
              %v2254 = llvm.load %v304 : !llvm.ptr -> f32
              %v2255 = arith.mulf %v2254, %v1078 fastmath<contract> : f32
              %v2256 = arith.addf %v2255, %v2253 fastmath<contract> : f32
              %v2257 = arith.mulf %v1152, %v2251 fastmath<contract> : f32
              %v2258 = arith.mulf %v2254, %v1120 fastmath<contract> : f32
              %v2259 = arith.addf %v2258, %v2257 fastmath<contract> : f32
              %v2260 = arith.mulf %v1153, %v2251 fastmath<contract> : f32
              %v2261 = arith.mulf %v2254, %v1121 fastmath<contract> : f32
              %v2262 = arith.addf %v2261, %v2260 fastmath<contract> : f32
              %v2263 = arith.constant 11 : i64
              %v2264 = llvm.getelementptr %in_C_im[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
              %v2266 = arith.mulf %v2265, %v1828 fastmath<contract> : f32
              %v2267 = arith.constant 1 : i64
              %v2268 = arith.muli %v2267, %v2 : i64
              %v2269 = arith.constant 11 : i64
              %v2270 = arith.addi %v2268, %v2269 : i64
              %v2271 = llvm.getelementptr %in_C_im[%v2270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2272 = llvm.load %v2271 : !llvm.ptr -> f32
              %v2273 = arith.mulf %v2272, %v1834 fastmath<contract> : f32
              %v2274 = arith.addf %v2266, %v2273 fastmath<contract> : f32
              %v2275 = arith.constant 2 : i64
              %v2276 = arith.muli %v2275, %v2 : i64
              %v2277 = arith.constant 11 : i64
              %v2278 = arith.addi %v2276, %v2277 : i64
              %v2279 = llvm.getelementptr %in_C_im[%v2278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
              %v2281 = arith.mulf %v2280, %v1841 fastmath<contract> : f32
              %v2282 = arith.addf %v2274, %v2281 fastmath<contract> : f32
              %v2283 = arith.constant 3 : i64
              %v2284 = arith.muli %v2283, %v2 : i64
              %v2285 = arith.constant 11 : i64
              %v2286 = arith.addi %v2284, %v2285 : i64
              %v2287 = llvm.getelementptr %in_C_im[%v2286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
              %v2289 = arith.mulf %v2288, %v1848 fastmath<contract> : f32
              %v2290 = arith.addf %v2282, %v2289 fastmath<contract> : f32
              %v2291 = llvm.load %v243 : !llvm.ptr -> f32
              %v2292 = arith.mulf %v2291, %v1095 fastmath<contract> : f32
              %v2293 = arith.addf %v2290, %v2292 fastmath<contract> : f32
              %v2294 = llvm.load %v306 : !llvm.ptr -> f32
              %v2295 = arith.mulf %v2294, %v1079 fastmath<contract> : f32
              %v2296 = arith.addf %v2295, %v2293 fastmath<contract> : f32
              %v2297 = arith.mulf %v1154, %v2291 fastmath<contract> : f32
              %v2298 = arith.mulf %v2294, %v1122 fastmath<contract> : f32
              %v2299 = arith.addf %v2298, %v2297 fastmath<contract> : f32
              %v2300 = arith.mulf %v1155, %v2291 fastmath<contract> : f32
              %v2301 = arith.mulf %v2294, %v1123 fastmath<contract> : f32
              %v2302 = arith.addf %v2301, %v2300 fastmath<contract> : f32
              %v2303 = arith.constant 12 : i64
              %v2304 = llvm.getelementptr %in_C_im[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2305 = llvm.load %v2304 : !llvm.ptr -> f32
              %v2306 = arith.mulf %v2305, %v1828 fastmath<contract> : f32
              %v2307 = arith.constant 1 : i64
              %v2308 = arith.muli %v2307, %v2 : i64
              %v2309 = arith.constant 12 : i64
              %v2310 = arith.addi %v2308, %v2309 : i64
              %v2311 = llvm.getelementptr %in_C_im[%v2310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2312 = llvm.load %v2311 : !llvm.ptr -> f32
              %v2313 = arith.mulf %v2312, %v1834 fastmath<contract> : f32
              %v2314 = arith.addf %v2306, %v2313 fastmath<contract> : f32
              %v2315 = arith.constant 2 : i64
              %v2316 = arith.muli %v2315, %v2 : i64
              %v2317 = arith.constant 12 : i64
              %v2318 = arith.addi %v2316, %v2317 : i64
              %v2319 = llvm.getelementptr %in_C_im[%v2318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
              %v2321 = arith.mulf %v2320, %v1841 fastmath<contract> : f32
              %v2322 = arith.addf %v2314, %v2321 fastmath<contract> : f32
              %v2323 = arith.constant 3 : i64
              %v2324 = arith.muli %v2323, %v2 : i64
              %v2325 = arith.constant 12 : i64
              %v2326 = arith.addi %v2324, %v2325 : i64
              %v2327 = llvm.getelementptr %in_C_im[%v2326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2328 = llvm.load %v2327 : !llvm.ptr -> f32
              %v2329 = arith.mulf %v2328, %v1848 fastmath<contract> : f32
              %v2330 = arith.addf %v2322, %v2329 fastmath<contract> : f32
              %v2331 = llvm.load %v245 : !llvm.ptr -> f32
              %v2332 = arith.mulf %v2331, %v1096 fastmath<contract> : f32
              %v2333 = arith.addf %v2330, %v2332 fastmath<contract> : f32
              %v2334 = llvm.load %v308 : !llvm.ptr -> f32
              %v2335 = arith.mulf %v2334, %v1080 fastmath<contract> : f32
              %v2336 = arith.addf %v2335, %v2333 fastmath<contract> : f32
              %v2337 = arith.mulf %v1156, %v2331 fastmath<contract> : f32
              %v2338 = arith.mulf %v2334, %v1124 fastmath<contract> : f32
              %v2339 = arith.addf %v2338, %v2337 fastmath<contract> : f32
              %v2340 = arith.mulf %v1157, %v2331 fastmath<contract> : f32
              %v2341 = arith.mulf %v2334, %v1125 fastmath<contract> : f32
              %v2342 = arith.addf %v2341, %v2340 fastmath<contract> : f32
              %v2343 = arith.constant 13 : i64
              %v2344 = llvm.getelementptr %in_C_im[%v2343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2345 = llvm.load %v2344 : !llvm.ptr -> f32
              %v2346 = arith.mulf %v2345, %v1828 fastmath<contract> : f32
              %v2347 = arith.constant 1 : i64
              %v2348 = arith.muli %v2347, %v2 : i64
              %v2349 = arith.constant 13 : i64
              %v2350 = arith.addi %v2348, %v2349 : i64
              %v2351 = llvm.getelementptr %in_C_im[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2352 = llvm.load %v2351 : !llvm.ptr -> f32
              %v2353 = arith.mulf %v2352, %v1834 fastmath<contract> : f32
              %v2354 = arith.addf %v2346, %v2353 fastmath<contract> : f32
              %v2355 = arith.constant 2 : i64
              %v2356 = arith.muli %v2355, %v2 : i64
              %v2357 = arith.constant 13 : i64
              %v2358 = arith.addi %v2356, %v2357 : i64
              %v2359 = llvm.getelementptr %in_C_im[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2360 = llvm.load %v2359 : !llvm.ptr -> f32
              %v2361 = arith.mulf %v2360, %v1841 fastmath<contract> : f32
              %v2362 = arith.addf %v2354, %v2361 fastmath<contract> : f32
              %v2363 = arith.constant 3 : i64
              %v2364 = arith.muli %v2363, %v2 : i64
              %v2365 = arith.constant 13 : i64
              %v2366 = arith.addi %v2364, %v2365 : i64
              %v2367 = llvm.getelementptr %in_C_im[%v2366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2368 = llvm.load %v2367 : !llvm.ptr -> f32
              %v2369 = arith.mulf %v2368, %v1848 fastmath<contract> : f32
              %v2370 = arith.addf %v2362, %v2369 fastmath<contract> : f32
              %v2371 = llvm.load %v247 : !llvm.ptr -> f32
              %v2372 = arith.mulf %v2371, %v1097 fastmath<contract> : f32
              %v2373 = arith.addf %v2370, %v2372 fastmath<contract> : f32
              %v2374 = llvm.load %v310 : !llvm.ptr -> f32
              %v2375 = arith.mulf %v2374, %v1081 fastmath<contract> : f32
              %v2376 = arith.addf %v2375, %v2373 fastmath<contract> : f32
              %v2377 = arith.mulf %v1158, %v2371 fastmath<contract> : f32
              %v2378 = arith.mulf %v2374, %v1126 fastmath<contract> : f32
              %v2379 = arith.addf %v2378, %v2377 fastmath<contract> : f32
              %v2380 = arith.mulf %v1159, %v2371 fastmath<contract> : f32
              %v2381 = arith.mulf %v2374, %v1127 fastmath<contract> : f32
              %v2382 = arith.addf %v2381, %v2380 fastmath<contract> : f32
              %v2383 = arith.constant 14 : i64
              %v2384 = llvm.getelementptr %in_C_im[%v2383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2385 = llvm.load %v2384 : !llvm.ptr -> f32
              %v2386 = arith.mulf %v2385, %v1828 fastmath<contract> : f32
              %v2387 = arith.constant 1 : i64
              %v2388 = arith.muli %v2387, %v2 : i64
              %v2389 = arith.constant 14 : i64
              %v2390 = arith.addi %v2388, %v2389 : i64
              %v2391 = llvm.getelementptr %in_C_im[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2392 = llvm.load %v2391 : !llvm.ptr -> f32
              %v2393 = arith.mulf %v2392, %v1834 fastmath<contract> : f32
              %v2394 = arith.addf %v2386, %v2393 fastmath<contract> : f32
              %v2395 = arith.constant 2 : i64
              %v2396 = arith.muli %v2395, %v2 : i64
              %v2397 = arith.constant 14 : i64
              %v2398 = arith.addi %v2396, %v2397 : i64
              %v2399 = llvm.getelementptr %in_C_im[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
              %v2401 = arith.mulf %v2400, %v1841 fastmath<contract> : f32
              %v2402 = arith.addf %v2394, %v2401 fastmath<contract> : f32
              %v2403 = arith.constant 3 : i64
              %v2404 = arith.muli %v2403, %v2 : i64
              %v2405 = arith.constant 14 : i64
              %v2406 = arith.addi %v2404, %v2405 : i64
              %v2407 = llvm.getelementptr %in_C_im[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2408 = llvm.load %v2407 : !llvm.ptr -> f32
              %v2409 = arith.mulf %v2408, %v1848 fastmath<contract> : f32
              %v2410 = arith.addf %v2402, %v2409 fastmath<contract> : f32
              %v2411 = llvm.load %v249 : !llvm.ptr -> f32
              %v2412 = arith.mulf %v2411, %v1098 fastmath<contract> : f32
              %v2413 = arith.addf %v2410, %v2412 fastmath<contract> : f32
              %v2414 = llvm.load %v312 : !llvm.ptr -> f32
              %v2415 = arith.mulf %v2414, %v1082 fastmath<contract> : f32
              %v2416 = arith.addf %v2415, %v2413 fastmath<contract> : f32
              %v2417 = arith.mulf %v1160, %v2411 fastmath<contract> : f32
              %v2418 = arith.mulf %v2414, %v1128 fastmath<contract> : f32
              %v2419 = arith.addf %v2418, %v2417 fastmath<contract> : f32
              %v2420 = arith.mulf %v1161, %v2411 fastmath<contract> : f32
              %v2421 = arith.mulf %v2414, %v1129 fastmath<contract> : f32
              %v2422 = arith.addf %v2421, %v2420 fastmath<contract> : f32
              %v2423 = arith.constant 15 : i64
              %v2424 = llvm.getelementptr %in_C_im[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2425 = llvm.load %v2424 : !llvm.ptr -> f32
              %v2426 = arith.mulf %v2425, %v1828 fastmath<contract> : f32
              %v2427 = arith.constant 1 : i64
              %v2428 = arith.muli %v2427, %v2 : i64
              %v2429 = arith.constant 15 : i64
              %v2430 = arith.addi %v2428, %v2429 : i64
              %v2431 = llvm.getelementptr %in_C_im[%v2430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2432 = llvm.load %v2431 : !llvm.ptr -> f32
              %v2433 = arith.mulf %v2432, %v1834 fastmath<contract> : f32
              %v2434 = arith.addf %v2426, %v2433 fastmath<contract> : f32
              %v2435 = arith.constant 2 : i64
              %v2436 = arith.muli %v2435, %v2 : i64
              %v2437 = arith.constant 15 : i64
              %v2438 = arith.addi %v2436, %v2437 : i64
              %v2439 = llvm.getelementptr %in_C_im[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2440 = llvm.load %v2439 : !llvm.ptr -> f32
              %v2441 = arith.mulf %v2440, %v1841 fastmath<contract> : f32
              %v2442 = arith.addf %v2434, %v2441 fastmath<contract> : f32
              %v2443 = arith.constant 3 : i64
              %v2444 = arith.muli %v2443, %v2 : i64
              %v2445 = arith.constant 15 : i64
              %v2446 = arith.addi %v2444, %v2445 : i64
              %v2447 = llvm.getelementptr %in_C_im[%v2446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2448 = llvm.load %v2447 : !llvm.ptr -> f32
              %v2449 = arith.mulf %v2448, %v1848 fastmath<contract> : f32
              %v2450 = arith.addf %v2442, %v2449 fastmath<contract> : f32
              %v2451 = llvm.load %v250 : !llvm.ptr -> f32
              %v2452 = arith.mulf %v2451, %v1099 fastmath<contract> : f32
              %v2453 = arith.addf %v2450, %v2452 fastmath<contract> : f32
              %v2454 = llvm.load %v314 : !llvm.ptr -> f32
              %v2455 = arith.mulf %v2454, %v1083 fastmath<contract> : f32
              %v2456 = arith.addf %v2455, %v2453 fastmath<contract> : f32
              %v2457 = arith.mulf %v1162, %v2451 fastmath<contract> : f32
              %v2458 = arith.mulf %v2454, %v1130 fastmath<contract> : f32
              %v2459 = arith.addf %v2458, %v2457 fastmath<contract> : f32
              %v2460 = arith.mulf %v1163, %v2451 fastmath<contract> : f32
              %v2461 = arith.mulf %v2454, %v1131 fastmath<contract> : f32
              %v2462 = arith.addf %v2461, %v2460 fastmath<contract> : f32
              llvm.store %v1218, %v128 : f32, !llvm.ptr
              llvm.store %v1221, %v959 : f32, !llvm.ptr
              llvm.store %v1224, %v960 : f32, !llvm.ptr
              llvm.store %v1258, %v129 : f32, !llvm.ptr
              llvm.store %v1261, %v961 : f32, !llvm.ptr
              llvm.store %v1264, %v962 : f32, !llvm.ptr
              llvm.store %v1298, %v131 : f32, !llvm.ptr
              llvm.store %v1301, %v963 : f32, !llvm.ptr
              llvm.store %v1304, %v964 : f32, !llvm.ptr
              llvm.store %v1338, %v133 : f32, !llvm.ptr
              llvm.store %v1341, %v965 : f32, !llvm.ptr
              llvm.store %v1344, %v966 : f32, !llvm.ptr
              llvm.store %v1378, %v134 : f32, !llvm.ptr
              llvm.store %v1381, %v967 : f32, !llvm.ptr
              llvm.store %v1384, %v968 : f32, !llvm.ptr
              llvm.store %v1418, %v136 : f32, !llvm.ptr
              llvm.store %v1421, %v969 : f32, !llvm.ptr
              llvm.store %v1424, %v970 : f32, !llvm.ptr
              llvm.store %v1458, %v138 : f32, !llvm.ptr
              llvm.store %v1461, %v971 : f32, !llvm.ptr
              llvm.store %v1464, %v972 : f32, !llvm.ptr
              llvm.store %v1498, %v140 : f32, !llvm.ptr
              llvm.store %v1501, %v973 : f32, !llvm.ptr
              llvm.store %v1504, %v974 : f32, !llvm.ptr
              llvm.store %v1538, %v142 : f32, !llvm.ptr
              llvm.store %v1541, %v975 : f32, !llvm.ptr
              llvm.store %v1544, %v976 : f32, !llvm.ptr
              llvm.store %v1578, %v144 : f32, !llvm.ptr
              llvm.store %v1581, %v977 : f32, !llvm.ptr
              llvm.store %v1584, %v978 : f32, !llvm.ptr
              llvm.store %v1618, %v146 : f32, !llvm.ptr
              llvm.store %v1621, %v979 : f32, !llvm.ptr
              llvm.store %v1624, %v980 : f32, !llvm.ptr
              llvm.store %v1658, %v148 : f32, !llvm.ptr
              llvm.store %v1661, %v981 : f32, !llvm.ptr
              llvm.store %v1664, %v982 : f32, !llvm.ptr
              llvm.store %v1698, %v150 : f32, !llvm.ptr
              llvm.store %v1701, %v983 : f32, !llvm.ptr
              llvm.store %v1704, %v984 : f32, !llvm.ptr
              llvm.store %v1738, %v152 : f32, !llvm.ptr
              llvm.store %v1741, %v985 : f32, !llvm.ptr
              llvm.store %v1744, %v986 : f32, !llvm.ptr
              llvm.store %v1778, %v154 : f32, !llvm.ptr
              llvm.store %v1781, %v987 : f32, !llvm.ptr
              llvm.store %v1784, %v988 : f32, !llvm.ptr
              llvm.store %v1818, %v156 : f32, !llvm.ptr
              llvm.store %v1821, %v989 : f32, !llvm.ptr
              llvm.store %v1824, %v990 : f32, !llvm.ptr
              llvm.store %v1856, %v157 : f32, !llvm.ptr
              llvm.store %v1859, %v991 : f32, !llvm.ptr
              llvm.store %v1862, %v992 : f32, !llvm.ptr
              llvm.store %v1896, %v159 : f32, !llvm.ptr
              llvm.store %v1899, %v993 : f32, !llvm.ptr
              llvm.store %v1902, %v994 : f32, !llvm.ptr
              llvm.store %v1936, %v161 : f32, !llvm.ptr
              llvm.store %v1939, %v995 : f32, !llvm.ptr
              llvm.store %v1942, %v996 : f32, !llvm.ptr
              llvm.store %v1976, %v163 : f32, !llvm.ptr
              llvm.store %v1979, %v997 : f32, !llvm.ptr
              llvm.store %v1982, %v998 : f32, !llvm.ptr
              llvm.store %v2016, %v165 : f32, !llvm.ptr
              llvm.store %v2019, %v999 : f32, !llvm.ptr
              llvm.store %v2022, %v1000 : f32, !llvm.ptr
              llvm.store %v2056, %v167 : f32, !llvm.ptr
              llvm.store %v2059, %v1001 : f32, !llvm.ptr
              llvm.store %v2062, %v1002 : f32, !llvm.ptr
              llvm.store %v2096, %v169 : f32, !llvm.ptr
              llvm.store %v2099, %v1003 : f32, !llvm.ptr
              llvm.store %v2102, %v1004 : f32, !llvm.ptr
              llvm.store %v2136, %v171 : f32, !llvm.ptr
              llvm.store %v2139, %v1005 : f32, !llvm.ptr
              llvm.store %v2142, %v1006 : f32, !llvm.ptr
              llvm.store %v2176, %v173 : f32, !llvm.ptr
              llvm.store %v2179, %v1007 : f32, !llvm.ptr
              llvm.store %v2182, %v1008 : f32, !llvm.ptr
              llvm.store %v2216, %v175 : f32, !llvm.ptr
              llvm.store %v2219, %v1009 : f32, !llvm.ptr
              llvm.store %v2222, %v1010 : f32, !llvm.ptr
              llvm.store %v2256, %v177 : f32, !llvm.ptr
              llvm.store %v2259, %v1011 : f32, !llvm.ptr
              llvm.store %v2262, %v1012 : f32, !llvm.ptr
              llvm.store %v2296, %v179 : f32, !llvm.ptr
              llvm.store %v2299, %v1013 : f32, !llvm.ptr
              llvm.store %v2302, %v1014 : f32, !llvm.ptr
              llvm.store %v2336, %v181 : f32, !llvm.ptr
              llvm.store %v2339, %v1015 : f32, !llvm.ptr
              llvm.store %v2342, %v1016 : f32, !llvm.ptr
              llvm.store %v2376, %v183 : f32, !llvm.ptr
              llvm.store %v2379, %v1017 : f32, !llvm.ptr
              llvm.store %v2382, %v1018 : f32, !llvm.ptr
              llvm.store %v2416, %v185 : f32, !llvm.ptr
              llvm.store %v2419, %v1019 : f32, !llvm.ptr
              llvm.store %v2422, %v1020 : f32, !llvm.ptr
              llvm.store %v2456, %v187 : f32, !llvm.ptr
              llvm.store %v2459, %v1021 : f32, !llvm.ptr
              llvm.store %v2462, %v1022 : f32, !llvm.ptr
              scf.if %v1066 {
              }
              %v2463 = arith.constant 0 : i64
              %v2464 = llvm.getelementptr %in_lam_re[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2465 = llvm.load %v2464 : !llvm.ptr -> f32
              %v2466 = arith.constant 0 : i64
              %v2467 = llvm.getelementptr %in_log_dt[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2468 = llvm.load %v2467 : !llvm.ptr -> f32
              %v2470 = arith.mulf %v2468, %v2469 fastmath<contract> : f32
              %v2471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2470) : (f32) -> f32
              %v2472 = arith.mulf %v2465, %v2471 fastmath<contract> : f32
              %v2473 = arith.mulf %v2472, %v2469 fastmath<contract> : f32
              %v2474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2473) : (f32) -> f32
              %v2475 = arith.constant 0 : i64
              %v2476 = llvm.getelementptr %in_lam_im[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
              %v2478 = arith.mulf %v2477, %v2471 fastmath<contract> : f32
              %v2480 = arith.mulf %v2478, %v2479 fastmath<contract> : f32
              %v2481 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2480) : (f32) -> f32
              %v2484 = arith.mulf %v2481, %v2482 fastmath<contract> : f32
              %v2485 = arith.subf %v2478, %v2484 fastmath<contract> : f32
              %v2486 = arith.mulf %v2481, %v2483 fastmath<contract> : f32
              %v2487 = arith.subf %v2485, %v2486 fastmath<contract> : f32
              %v2488 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2487) : (f32) -> f32
              %v2489 = arith.mulf %v2474, %v2488 fastmath<contract> : f32
              llvm.store %v2489, %v189 : f32, !llvm.ptr
              %v2490 = arith.mulf %v2478, %v2479 fastmath<contract> : f32
              %v2491 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2490) : (f32) -> f32
              %v2492 = arith.mulf %v2491, %v2482 fastmath<contract> : f32
              %v2493 = arith.subf %v2478, %v2492 fastmath<contract> : f32
              %v2494 = arith.mulf %v2491, %v2483 fastmath<contract> : f32
              %v2495 = arith.subf %v2493, %v2494 fastmath<contract> : f32
              %v2496 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2495) : (f32) -> f32
              %v2497 = arith.mulf %v2474, %v2496 fastmath<contract> : f32
              llvm.store %v2497, %v252 : f32, !llvm.ptr
              %v2498 = arith.constant 1 : i64
              %v2499 = llvm.getelementptr %in_lam_re[%v2498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2500 = llvm.load %v2499 : !llvm.ptr -> f32
              %v2501 = arith.constant 1 : i64
              %v2502 = llvm.getelementptr %in_log_dt[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2503 = llvm.load %v2502 : !llvm.ptr -> f32
              %v2504 = arith.mulf %v2503, %v2469 fastmath<contract> : f32
              %v2505 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2504) : (f32) -> f32
              %v2506 = arith.mulf %v2500, %v2505 fastmath<contract> : f32
              %v2507 = arith.mulf %v2506, %v2469 fastmath<contract> : f32
              %v2508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2507) : (f32) -> f32
              %v2509 = arith.constant 1 : i64
              %v2510 = llvm.getelementptr %in_lam_im[%v2509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
              %v2512 = arith.mulf %v2511, %v2505 fastmath<contract> : f32
              %v2513 = arith.mulf %v2512, %v2479 fastmath<contract> : f32
              %v2514 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2513) : (f32) -> f32
              %v2515 = arith.mulf %v2514, %v2482 fastmath<contract> : f32
              %v2516 = arith.subf %v2512, %v2515 fastmath<contract> : f32
              %v2517 = arith.mulf %v2514, %v2483 fastmath<contract> : f32
              %v2518 = arith.subf %v2516, %v2517 fastmath<contract> : f32
              %v2519 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2518) : (f32) -> f32
              %v2520 = arith.mulf %v2508, %v2519 fastmath<contract> : f32
              llvm.store %v2520, %v191 : f32, !llvm.ptr
              %v2521 = arith.mulf %v2512, %v2479 fastmath<contract> : f32
              %v2522 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2521) : (f32) -> f32
              %v2523 = arith.mulf %v2522, %v2482 fastmath<contract> : f32
              %v2524 = arith.subf %v2512, %v2523 fastmath<contract> : f32
              %v2525 = arith.mulf %v2522, %v2483 fastmath<contract> : f32
              %v2526 = arith.subf %v2524, %v2525 fastmath<contract> : f32
              %v2527 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2526) : (f32) -> f32
              %v2528 = arith.mulf %v2508, %v2527 fastmath<contract> : f32
              llvm.store %v2528, %v254 : f32, !llvm.ptr
              %v2529 = arith.constant 2 : i64
              %v2530 = llvm.getelementptr %in_lam_re[%v2529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2531 = llvm.load %v2530 : !llvm.ptr -> f32
              %v2532 = arith.constant 2 : i64
              %v2533 = llvm.getelementptr %in_log_dt[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2534 = llvm.load %v2533 : !llvm.ptr -> f32
              %v2535 = arith.mulf %v2534, %v2469 fastmath<contract> : f32
              %v2536 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2535) : (f32) -> f32
              %v2537 = arith.mulf %v2531, %v2536 fastmath<contract> : f32
              %v2538 = arith.mulf %v2537, %v2469 fastmath<contract> : f32
              %v2539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2538) : (f32) -> f32
              %v2540 = arith.constant 2 : i64
              %v2541 = llvm.getelementptr %in_lam_im[%v2540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2542 = llvm.load %v2541 : !llvm.ptr -> f32
              %v2543 = arith.mulf %v2542, %v2536 fastmath<contract> : f32
              %v2544 = arith.mulf %v2543, %v2479 fastmath<contract> : f32
              %v2545 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2544) : (f32) -> f32
              %v2546 = arith.mulf %v2545, %v2482 fastmath<contract> : f32
              %v2547 = arith.subf %v2543, %v2546 fastmath<contract> : f32
              %v2548 = arith.mulf %v2545, %v2483 fastmath<contract> : f32
              %v2549 = arith.subf %v2547, %v2548 fastmath<contract> : f32
              %v2550 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2549) : (f32) -> f32
              %v2551 = arith.mulf %v2539, %v2550 fastmath<contract> : f32
              llvm.store %v2551, %v193 : f32, !llvm.ptr
              %v2552 = arith.mulf %v2543, %v2479 fastmath<contract> : f32
              %v2553 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2552) : (f32) -> f32
              %v2554 = arith.mulf %v2553, %v2482 fastmath<contract> : f32
              %v2555 = arith.subf %v2543, %v2554 fastmath<contract> : f32
              %v2556 = arith.mulf %v2553, %v2483 fastmath<contract> : f32
              %v2557 = arith.subf %v2555, %v2556 fastmath<contract> : f32
              %v2558 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2557) : (f32) -> f32
              %v2559 = arith.mulf %v2539, %v2558 fastmath<contract> : f32
              llvm.store %v2559, %v256 : f32, !llvm.ptr
              %v2560 = arith.constant 3 : i64
              %v2561 = llvm.getelementptr %in_lam_re[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
              %v2563 = arith.constant 3 : i64
              %v2564 = llvm.getelementptr %in_log_dt[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
              %v2566 = arith.mulf %v2565, %v2469 fastmath<contract> : f32
              %v2567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2566) : (f32) -> f32
              %v2568 = arith.mulf %v2562, %v2567 fastmath<contract> : f32
              %v2569 = arith.mulf %v2568, %v2469 fastmath<contract> : f32
              %v2570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2569) : (f32) -> f32
              %v2571 = arith.constant 3 : i64
              %v2572 = llvm.getelementptr %in_lam_im[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
              %v2574 = arith.mulf %v2573, %v2567 fastmath<contract> : f32
              %v2575 = arith.mulf %v2574, %v2479 fastmath<contract> : f32
              %v2576 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2575) : (f32) -> f32
              %v2577 = arith.mulf %v2576, %v2482 fastmath<contract> : f32
              %v2578 = arith.subf %v2574, %v2577 fastmath<contract> : f32
              %v2579 = arith.mulf %v2576, %v2483 fastmath<contract> : f32
              %v2580 = arith.subf %v2578, %v2579 fastmath<contract> : f32
              %v2581 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2580) : (f32) -> f32
              %v2582 = arith.mulf %v2570, %v2581 fastmath<contract> : f32
              llvm.store %v2582, %v195 : f32, !llvm.ptr
              %v2583 = arith.mulf %v2574, %v2479 fastmath<contract> : f32
              %v2584 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2583) : (f32) -> f32
              %v2585 = arith.mulf %v2584, %v2482 fastmath<contract> : f32
              %v2586 = arith.subf %v2574, %v2585 fastmath<contract> : f32
              %v2587 = arith.mulf %v2584, %v2483 fastmath<contract> : f32
              %v2588 = arith.subf %v2586, %v2587 fastmath<contract> : f32
              %v2589 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2588) : (f32) -> f32
              %v2590 = arith.mulf %v2570, %v2589 fastmath<contract> : f32
              llvm.store %v2590, %v258 : f32, !llvm.ptr
              %v2591 = arith.constant 4 : i64
              %v2592 = llvm.getelementptr %in_lam_re[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2593 = llvm.load %v2592 : !llvm.ptr -> f32
              %v2594 = arith.constant 4 : i64
              %v2595 = llvm.getelementptr %in_log_dt[%v2594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2596 = llvm.load %v2595 : !llvm.ptr -> f32
              %v2597 = arith.mulf %v2596, %v2469 fastmath<contract> : f32
              %v2598 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2597) : (f32) -> f32
              %v2599 = arith.mulf %v2593, %v2598 fastmath<contract> : f32
              %v2600 = arith.mulf %v2599, %v2469 fastmath<contract> : f32
              %v2601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2600) : (f32) -> f32
              %v2602 = arith.constant 4 : i64
              %v2603 = llvm.getelementptr %in_lam_im[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2604 = llvm.load %v2603 : !llvm.ptr -> f32
              %v2605 = arith.mulf %v2604, %v2598 fastmath<contract> : f32
              %v2606 = arith.mulf %v2605, %v2479 fastmath<contract> : f32
              %v2607 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2606) : (f32) -> f32
              %v2608 = arith.mulf %v2607, %v2482 fastmath<contract> : f32
              %v2609 = arith.subf %v2605, %v2608 fastmath<contract> : f32
              %v2610 = arith.mulf %v2607, %v2483 fastmath<contract> : f32
              %v2611 = arith.subf %v2609, %v2610 fastmath<contract> : f32
              %v2612 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2611) : (f32) -> f32
              %v2613 = arith.mulf %v2601, %v2612 fastmath<contract> : f32
              llvm.store %v2613, %v197 : f32, !llvm.ptr
              %v2614 = arith.mulf %v2605, %v2479 fastmath<contract> : f32
              %v2615 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2614) : (f32) -> f32
              %v2616 = arith.mulf %v2615, %v2482 fastmath<contract> : f32
              %v2617 = arith.subf %v2605, %v2616 fastmath<contract> : f32
              %v2618 = arith.mulf %v2615, %v2483 fastmath<contract> : f32
              %v2619 = arith.subf %v2617, %v2618 fastmath<contract> : f32
              %v2620 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2619) : (f32) -> f32
              %v2621 = arith.mulf %v2601, %v2620 fastmath<contract> : f32
              llvm.store %v2621, %v260 : f32, !llvm.ptr
              %v2622 = arith.constant 5 : i64
              %v2623 = llvm.getelementptr %in_lam_re[%v2622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2624 = llvm.load %v2623 : !llvm.ptr -> f32
              %v2625 = arith.constant 5 : i64
              %v2626 = llvm.getelementptr %in_log_dt[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2627 = llvm.load %v2626 : !llvm.ptr -> f32
              %v2628 = arith.mulf %v2627, %v2469 fastmath<contract> : f32
              %v2629 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2628) : (f32) -> f32
              %v2630 = arith.mulf %v2624, %v2629 fastmath<contract> : f32
              %v2631 = arith.mulf %v2630, %v2469 fastmath<contract> : f32
              %v2632 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2631) : (f32) -> f32
              %v2633 = arith.constant 5 : i64
              %v2634 = llvm.getelementptr %in_lam_im[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2635 = llvm.load %v2634 : !llvm.ptr -> f32
              %v2636 = arith.mulf %v2635, %v2629 fastmath<contract> : f32
              %v2637 = arith.mulf %v2636, %v2479 fastmath<contract> : f32
              %v2638 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2637) : (f32) -> f32
              %v2639 = arith.mulf %v2638, %v2482 fastmath<contract> : f32
              %v2640 = arith.subf %v2636, %v2639 fastmath<contract> : f32
              %v2641 = arith.mulf %v2638, %v2483 fastmath<contract> : f32
              %v2642 = arith.subf %v2640, %v2641 fastmath<contract> : f32
              %v2643 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2642) : (f32) -> f32
              %v2644 = arith.mulf %v2632, %v2643 fastmath<contract> : f32
              llvm.store %v2644, %v199 : f32, !llvm.ptr
              %v2645 = arith.mulf %v2636, %v2479 fastmath<contract> : f32
              %v2646 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2645) : (f32) -> f32
              %v2647 = arith.mulf %v2646, %v2482 fastmath<contract> : f32
              %v2648 = arith.subf %v2636, %v2647 fastmath<contract> : f32
              %v2649 = arith.mulf %v2646, %v2483 fastmath<contract> : f32
              %v2650 = arith.subf %v2648, %v2649 fastmath<contract> : f32
              %v2651 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2650) : (f32) -> f32
              %v2652 = arith.mulf %v2632, %v2651 fastmath<contract> : f32
              llvm.store %v2652, %v262 : f32, !llvm.ptr
              %v2653 = arith.constant 6 : i64
              %v2654 = llvm.getelementptr %in_lam_re[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2655 = llvm.load %v2654 : !llvm.ptr -> f32
              %v2656 = arith.constant 6 : i64
              %v2657 = llvm.getelementptr %in_log_dt[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
              %v2659 = arith.mulf %v2658, %v2469 fastmath<contract> : f32
              %v2660 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2659) : (f32) -> f32
              %v2661 = arith.mulf %v2655, %v2660 fastmath<contract> : f32
              %v2662 = arith.mulf %v2661, %v2469 fastmath<contract> : f32
              %v2663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2662) : (f32) -> f32
              %v2664 = arith.constant 6 : i64
              %v2665 = llvm.getelementptr %in_lam_im[%v2664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2666 = llvm.load %v2665 : !llvm.ptr -> f32
              %v2667 = arith.mulf %v2666, %v2660 fastmath<contract> : f32
              %v2668 = arith.mulf %v2667, %v2479 fastmath<contract> : f32
              %v2669 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2668) : (f32) -> f32
              %v2670 = arith.mulf %v2669, %v2482 fastmath<contract> : f32
              %v2671 = arith.subf %v2667, %v2670 fastmath<contract> : f32
              %v2672 = arith.mulf %v2669, %v2483 fastmath<contract> : f32
              %v2673 = arith.subf %v2671, %v2672 fastmath<contract> : f32
              %v2674 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2673) : (f32) -> f32
              %v2675 = arith.mulf %v2663, %v2674 fastmath<contract> : f32
              llvm.store %v2675, %v201 : f32, !llvm.ptr
              %v2676 = arith.mulf %v2667, %v2479 fastmath<contract> : f32
              %v2677 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2676) : (f32) -> f32
              %v2678 = arith.mulf %v2677, %v2482 fastmath<contract> : f32
              %v2679 = arith.subf %v2667, %v2678 fastmath<contract> : f32
              %v2680 = arith.mulf %v2677, %v2483 fastmath<contract> : f32
              %v2681 = arith.subf %v2679, %v2680 fastmath<contract> : f32
              %v2682 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2681) : (f32) -> f32
              %v2683 = arith.mulf %v2663, %v2682 fastmath<contract> : f32
              llvm.store %v2683, %v264 : f32, !llvm.ptr
              %v2684 = arith.constant 7 : i64
              %v2685 = llvm.getelementptr %in_lam_re[%v2684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
              %v2687 = arith.constant 7 : i64
              %v2688 = llvm.getelementptr %in_log_dt[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2689 = llvm.load %v2688 : !llvm.ptr -> f32
              %v2690 = arith.mulf %v2689, %v2469 fastmath<contract> : f32
              %v2691 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2690) : (f32) -> f32
              %v2692 = arith.mulf %v2686, %v2691 fastmath<contract> : f32
              %v2693 = arith.mulf %v2692, %v2469 fastmath<contract> : f32
              %v2694 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2693) : (f32) -> f32
              %v2695 = arith.constant 7 : i64
              %v2696 = llvm.getelementptr %in_lam_im[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2697 = llvm.load %v2696 : !llvm.ptr -> f32
              %v2698 = arith.mulf %v2697, %v2691 fastmath<contract> : f32
              %v2699 = arith.mulf %v2698, %v2479 fastmath<contract> : f32
              %v2700 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2699) : (f32) -> f32
              %v2701 = arith.mulf %v2700, %v2482 fastmath<contract> : f32
              %v2702 = arith.subf %v2698, %v2701 fastmath<contract> : f32
              %v2703 = arith.mulf %v2700, %v2483 fastmath<contract> : f32
              %v2704 = arith.subf %v2702, %v2703 fastmath<contract> : f32
              %v2705 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2704) : (f32) -> f32
              %v2706 = arith.mulf %v2694, %v2705 fastmath<contract> : f32
              llvm.store %v2706, %v203 : f32, !llvm.ptr
              %v2707 = arith.mulf %v2698, %v2479 fastmath<contract> : f32
              %v2708 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2707) : (f32) -> f32
              %v2709 = arith.mulf %v2708, %v2482 fastmath<contract> : f32
              %v2710 = arith.subf %v2698, %v2709 fastmath<contract> : f32
              %v2711 = arith.mulf %v2708, %v2483 fastmath<contract> : f32
              %v2712 = arith.subf %v2710, %v2711 fastmath<contract> : f32
              %v2713 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2712) : (f32) -> f32
              %v2714 = arith.mulf %v2694, %v2713 fastmath<contract> : f32
              llvm.store %v2714, %v266 : f32, !llvm.ptr
              %v2715 = arith.constant 8 : i64
              %v2716 = llvm.getelementptr %in_lam_re[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
              %v2718 = arith.constant 8 : i64
              %v2719 = llvm.getelementptr %in_log_dt[%v2718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
              %v2721 = arith.mulf %v2720, %v2469 fastmath<contract> : f32
              %v2722 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2721) : (f32) -> f32
              %v2723 = arith.mulf %v2717, %v2722 fastmath<contract> : f32
              %v2724 = arith.mulf %v2723, %v2469 fastmath<contract> : f32
              %v2725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2724) : (f32) -> f32
              %v2726 = arith.constant 8 : i64
              %v2727 = llvm.getelementptr %in_lam_im[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
              %v2729 = arith.mulf %v2728, %v2722 fastmath<contract> : f32
              %v2730 = arith.mulf %v2729, %v2479 fastmath<contract> : f32
              %v2731 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2730) : (f32) -> f32
              %v2732 = arith.mulf %v2731, %v2482 fastmath<contract> : f32
              %v2733 = arith.subf %v2729, %v2732 fastmath<contract> : f32
              %v2734 = arith.mulf %v2731, %v2483 fastmath<contract> : f32
              %v2735 = arith.subf %v2733, %v2734 fastmath<contract> : f32
              %v2736 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2735) : (f32) -> f32
              %v2737 = arith.mulf %v2725, %v2736 fastmath<contract> : f32
              llvm.store %v2737, %v205 : f32, !llvm.ptr
              %v2738 = arith.mulf %v2729, %v2479 fastmath<contract> : f32
              %v2739 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2738) : (f32) -> f32
              %v2740 = arith.mulf %v2739, %v2482 fastmath<contract> : f32
              %v2741 = arith.subf %v2729, %v2740 fastmath<contract> : f32
              %v2742 = arith.mulf %v2739, %v2483 fastmath<contract> : f32
              %v2743 = arith.subf %v2741, %v2742 fastmath<contract> : f32
              %v2744 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2743) : (f32) -> f32
              %v2745 = arith.mulf %v2725, %v2744 fastmath<contract> : f32
              llvm.store %v2745, %v268 : f32, !llvm.ptr
              %v2746 = arith.constant 9 : i64
              %v2747 = llvm.getelementptr %in_lam_re[%v2746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2748 = llvm.load %v2747 : !llvm.ptr -> f32
              %v2749 = arith.constant 9 : i64
              %v2750 = llvm.getelementptr %in_log_dt[%v2749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2751 = llvm.load %v2750 : !llvm.ptr -> f32
              %v2752 = arith.mulf %v2751, %v2469 fastmath<contract> : f32
              %v2753 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2752) : (f32) -> f32
              %v2754 = arith.mulf %v2748, %v2753 fastmath<contract> : f32
              %v2755 = arith.mulf %v2754, %v2469 fastmath<contract> : f32
              %v2756 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2755) : (f32) -> f32
              %v2757 = arith.constant 9 : i64
              %v2758 = llvm.getelementptr %in_lam_im[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2759 = llvm.load %v2758 : !llvm.ptr -> f32
              %v2760 = arith.mulf %v2759, %v2753 fastmath<contract> : f32
              %v2761 = arith.mulf %v2760, %v2479 fastmath<contract> : f32
              %v2762 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2761) : (f32) -> f32
              %v2763 = arith.mulf %v2762, %v2482 fastmath<contract> : f32
              %v2764 = arith.subf %v2760, %v2763 fastmath<contract> : f32
              %v2765 = arith.mulf %v2762, %v2483 fastmath<contract> : f32
              %v2766 = arith.subf %v2764, %v2765 fastmath<contract> : f32
              %v2767 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2766) : (f32) -> f32
              %v2768 = arith.mulf %v2756, %v2767 fastmath<contract> : f32
              llvm.store %v2768, %v207 : f32, !llvm.ptr
              %v2769 = arith.mulf %v2760, %v2479 fastmath<contract> : f32
              %v2770 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2769) : (f32) -> f32
              %v2771 = arith.mulf %v2770, %v2482 fastmath<contract> : f32
              %v2772 = arith.subf %v2760, %v2771 fastmath<contract> : f32
              %v2773 = arith.mulf %v2770, %v2483 fastmath<contract> : f32
              %v2774 = arith.subf %v2772, %v2773 fastmath<contract> : f32
              %v2775 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2774) : (f32) -> f32
              %v2776 = arith.mulf %v2756, %v2775 fastmath<contract> : f32
              llvm.store %v2776, %v270 : f32, !llvm.ptr
              %v2777 = arith.constant 10 : i64
              %v2778 = llvm.getelementptr %in_lam_re[%v2777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2779 = llvm.load %v2778 : !llvm.ptr -> f32
              %v2780 = arith.constant 10 : i64
              %v2781 = llvm.getelementptr %in_log_dt[%v2780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2782 = llvm.load %v2781 : !llvm.ptr -> f32
              %v2783 = arith.mulf %v2782, %v2469 fastmath<contract> : f32
              %v2784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2783) : (f32) -> f32
              %v2785 = arith.mulf %v2779, %v2784 fastmath<contract> : f32
              %v2786 = arith.mulf %v2785, %v2469 fastmath<contract> : f32
              %v2787 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2786) : (f32) -> f32
              %v2788 = arith.constant 10 : i64
              %v2789 = llvm.getelementptr %in_lam_im[%v2788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2790 = llvm.load %v2789 : !llvm.ptr -> f32
              %v2791 = arith.mulf %v2790, %v2784 fastmath<contract> : f32
              %v2792 = arith.mulf %v2791, %v2479 fastmath<contract> : f32
              %v2793 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2792) : (f32) -> f32
              %v2794 = arith.mulf %v2793, %v2482 fastmath<contract> : f32
              %v2795 = arith.subf %v2791, %v2794 fastmath<contract> : f32
              %v2796 = arith.mulf %v2793, %v2483 fastmath<contract> : f32
              %v2797 = arith.subf %v2795, %v2796 fastmath<contract> : f32
              %v2798 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2797) : (f32) -> f32
              %v2799 = arith.mulf %v2787, %v2798 fastmath<contract> : f32
              llvm.store %v2799, %v209 : f32, !llvm.ptr
              %v2800 = arith.mulf %v2791, %v2479 fastmath<contract> : f32
              %v2801 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2800) : (f32) -> f32
              %v2802 = arith.mulf %v2801, %v2482 fastmath<contract> : f32
              %v2803 = arith.subf %v2791, %v2802 fastmath<contract> : f32
              %v2804 = arith.mulf %v2801, %v2483 fastmath<contract> : f32
              %v2805 = arith.subf %v2803, %v2804 fastmath<contract> : f32
              %v2806 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2805) : (f32) -> f32
              %v2807 = arith.mulf %v2787, %v2806 fastmath<contract> : f32
              llvm.store %v2807, %v272 : f32, !llvm.ptr
              %v2808 = arith.constant 11 : i64
              %v2809 = llvm.getelementptr %in_lam_re[%v2808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2810 = llvm.load %v2809 : !llvm.ptr -> f32
              %v2811 = arith.constant 11 : i64
              %v2812 = llvm.getelementptr %in_log_dt[%v2811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2813 = llvm.load %v2812 : !llvm.ptr -> f32
              %v2814 = arith.mulf %v2813, %v2469 fastmath<contract> : f32
              %v2815 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2814) : (f32) -> f32
              %v2816 = arith.mulf %v2810, %v2815 fastmath<contract> : f32
              %v2817 = arith.mulf %v2816, %v2469 fastmath<contract> : f32
              %v2818 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2817) : (f32) -> f32
              %v2819 = arith.constant 11 : i64
              %v2820 = llvm.getelementptr %in_lam_im[%v2819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
              %v2822 = arith.mulf %v2821, %v2815 fastmath<contract> : f32
              %v2823 = arith.mulf %v2822, %v2479 fastmath<contract> : f32
              %v2824 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2823) : (f32) -> f32
              %v2825 = arith.mulf %v2824, %v2482 fastmath<contract> : f32
              %v2826 = arith.subf %v2822, %v2825 fastmath<contract> : f32
              %v2827 = arith.mulf %v2824, %v2483 fastmath<contract> : f32
              %v2828 = arith.subf %v2826, %v2827 fastmath<contract> : f32
              %v2829 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2828) : (f32) -> f32
              %v2830 = arith.mulf %v2818, %v2829 fastmath<contract> : f32
              llvm.store %v2830, %v211 : f32, !llvm.ptr
              %v2831 = arith.mulf %v2822, %v2479 fastmath<contract> : f32
              %v2832 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2831) : (f32) -> f32
              %v2833 = arith.mulf %v2832, %v2482 fastmath<contract> : f32
              %v2834 = arith.subf %v2822, %v2833 fastmath<contract> : f32
              %v2835 = arith.mulf %v2832, %v2483 fastmath<contract> : f32
              %v2836 = arith.subf %v2834, %v2835 fastmath<contract> : f32
              %v2837 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2836) : (f32) -> f32
              %v2838 = arith.mulf %v2818, %v2837 fastmath<contract> : f32
              llvm.store %v2838, %v274 : f32, !llvm.ptr
              %v2839 = arith.constant 12 : i64
              %v2840 = llvm.getelementptr %in_lam_re[%v2839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2841 = llvm.load %v2840 : !llvm.ptr -> f32
              %v2842 = arith.constant 12 : i64
              %v2843 = llvm.getelementptr %in_log_dt[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2844 = llvm.load %v2843 : !llvm.ptr -> f32
              %v2845 = arith.mulf %v2844, %v2469 fastmath<contract> : f32
              %v2846 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2845) : (f32) -> f32
              %v2847 = arith.mulf %v2841, %v2846 fastmath<contract> : f32
              %v2848 = arith.mulf %v2847, %v2469 fastmath<contract> : f32
              %v2849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2848) : (f32) -> f32
              %v2850 = arith.constant 12 : i64
              %v2851 = llvm.getelementptr %in_lam_im[%v2850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2852 = llvm.load %v2851 : !llvm.ptr -> f32
              %v2853 = arith.mulf %v2852, %v2846 fastmath<contract> : f32
              %v2854 = arith.mulf %v2853, %v2479 fastmath<contract> : f32
              %v2855 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2854) : (f32) -> f32
              %v2856 = arith.mulf %v2855, %v2482 fastmath<contract> : f32
              %v2857 = arith.subf %v2853, %v2856 fastmath<contract> : f32
              %v2858 = arith.mulf %v2855, %v2483 fastmath<contract> : f32
              %v2859 = arith.subf %v2857, %v2858 fastmath<contract> : f32
              %v2860 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2859) : (f32) -> f32
              %v2861 = arith.mulf %v2849, %v2860 fastmath<contract> : f32
              llvm.store %v2861, %v213 : f32, !llvm.ptr
              %v2862 = arith.mulf %v2853, %v2479 fastmath<contract> : f32
              %v2863 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2862) : (f32) -> f32
              %v2864 = arith.mulf %v2863, %v2482 fastmath<contract> : f32
              %v2865 = arith.subf %v2853, %v2864 fastmath<contract> : f32
              %v2866 = arith.mulf %v2863, %v2483 fastmath<contract> : f32
              %v2867 = arith.subf %v2865, %v2866 fastmath<contract> : f32
              %v2868 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2867) : (f32) -> f32
              %v2869 = arith.mulf %v2849, %v2868 fastmath<contract> : f32
              llvm.store %v2869, %v276 : f32, !llvm.ptr
              %v2870 = arith.constant 13 : i64
              %v2871 = llvm.getelementptr %in_lam_re[%v2870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2872 = llvm.load %v2871 : !llvm.ptr -> f32
              %v2873 = arith.constant 13 : i64
              %v2874 = llvm.getelementptr %in_log_dt[%v2873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2875 = llvm.load %v2874 : !llvm.ptr -> f32
              %v2876 = arith.mulf %v2875, %v2469 fastmath<contract> : f32
              %v2877 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2876) : (f32) -> f32
              %v2878 = arith.mulf %v2872, %v2877 fastmath<contract> : f32
              %v2879 = arith.mulf %v2878, %v2469 fastmath<contract> : f32
              %v2880 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2879) : (f32) -> f32
              %v2881 = arith.constant 13 : i64
              %v2882 = llvm.getelementptr %in_lam_im[%v2881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2883 = llvm.load %v2882 : !llvm.ptr -> f32
              %v2884 = arith.mulf %v2883, %v2877 fastmath<contract> : f32
              %v2885 = arith.mulf %v2884, %v2479 fastmath<contract> : f32
              %v2886 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2885) : (f32) -> f32
              %v2887 = arith.mulf %v2886, %v2482 fastmath<contract> : f32
              %v2888 = arith.subf %v2884, %v2887 fastmath<contract> : f32
              %v2889 = arith.mulf %v2886, %v2483 fastmath<contract> : f32
              %v2890 = arith.subf %v2888, %v2889 fastmath<contract> : f32
              %v2891 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2890) : (f32) -> f32
              %v2892 = arith.mulf %v2880, %v2891 fastmath<contract> : f32
              llvm.store %v2892, %v215 : f32, !llvm.ptr
              %v2893 = arith.mulf %v2884, %v2479 fastmath<contract> : f32
              %v2894 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2893) : (f32) -> f32
              %v2895 = arith.mulf %v2894, %v2482 fastmath<contract> : f32
              %v2896 = arith.subf %v2884, %v2895 fastmath<contract> : f32
              %v2897 = arith.mulf %v2894, %v2483 fastmath<contract> : f32
              %v2898 = arith.subf %v2896, %v2897 fastmath<contract> : f32
              %v2899 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2898) : (f32) -> f32
              %v2900 = arith.mulf %v2880, %v2899 fastmath<contract> : f32
              llvm.store %v2900, %v278 : f32, !llvm.ptr
              %v2901 = arith.constant 14 : i64
              %v2902 = llvm.getelementptr %in_lam_re[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2903 = llvm.load %v2902 : !llvm.ptr -> f32
              %v2904 = arith.constant 14 : i64
              %v2905 = llvm.getelementptr %in_log_dt[%v2904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2906 = llvm.load %v2905 : !llvm.ptr -> f32
              %v2907 = arith.mulf %v2906, %v2469 fastmath<contract> : f32
              %v2908 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2907) : (f32) -> f32
              %v2909 = arith.mulf %v2903, %v2908 fastmath<contract> : f32
              %v2910 = arith.mulf %v2909, %v2469 fastmath<contract> : f32
              %v2911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2910) : (f32) -> f32
              %v2912 = arith.constant 14 : i64
              %v2913 = llvm.getelementptr %in_lam_im[%v2912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2914 = llvm.load %v2913 : !llvm.ptr -> f32
              %v2915 = arith.mulf %v2914, %v2908 fastmath<contract> : f32
              %v2916 = arith.mulf %v2915, %v2479 fastmath<contract> : f32
              %v2917 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2916) : (f32) -> f32
              %v2918 = arith.mulf %v2917, %v2482 fastmath<contract> : f32
              %v2919 = arith.subf %v2915, %v2918 fastmath<contract> : f32
              %v2920 = arith.mulf %v2917, %v2483 fastmath<contract> : f32
              %v2921 = arith.subf %v2919, %v2920 fastmath<contract> : f32
              %v2922 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2921) : (f32) -> f32
              %v2923 = arith.mulf %v2911, %v2922 fastmath<contract> : f32
              llvm.store %v2923, %v217 : f32, !llvm.ptr
              %v2924 = arith.mulf %v2915, %v2479 fastmath<contract> : f32
              %v2925 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2924) : (f32) -> f32
              %v2926 = arith.mulf %v2925, %v2482 fastmath<contract> : f32
              %v2927 = arith.subf %v2915, %v2926 fastmath<contract> : f32
              %v2928 = arith.mulf %v2925, %v2483 fastmath<contract> : f32
              %v2929 = arith.subf %v2927, %v2928 fastmath<contract> : f32
              %v2930 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2929) : (f32) -> f32
              %v2931 = arith.mulf %v2911, %v2930 fastmath<contract> : f32
              llvm.store %v2931, %v280 : f32, !llvm.ptr
              %v2932 = arith.constant 15 : i64
              %v2933 = llvm.getelementptr %in_lam_re[%v2932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2934 = llvm.load %v2933 : !llvm.ptr -> f32
              %v2935 = arith.constant 15 : i64
              %v2936 = llvm.getelementptr %in_log_dt[%v2935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2937 = llvm.load %v2936 : !llvm.ptr -> f32
              %v2938 = arith.mulf %v2937, %v2469 fastmath<contract> : f32
              %v2939 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2938) : (f32) -> f32
              %v2940 = arith.mulf %v2934, %v2939 fastmath<contract> : f32
              %v2941 = arith.mulf %v2940, %v2469 fastmath<contract> : f32
              %v2942 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2941) : (f32) -> f32
              %v2943 = arith.constant 15 : i64
              %v2944 = llvm.getelementptr %in_lam_im[%v2943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2945 = llvm.load %v2944 : !llvm.ptr -> f32
              %v2946 = arith.mulf %v2945, %v2939 fastmath<contract> : f32
              %v2947 = arith.mulf %v2946, %v2479 fastmath<contract> : f32
              %v2948 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2947) : (f32) -> f32
              %v2949 = arith.mulf %v2948, %v2482 fastmath<contract> : f32
              %v2950 = arith.subf %v2946, %v2949 fastmath<contract> : f32
              %v2951 = arith.mulf %v2948, %v2483 fastmath<contract> : f32
              %v2952 = arith.subf %v2950, %v2951 fastmath<contract> : f32
              %v2953 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2952) : (f32) -> f32
              %v2954 = arith.mulf %v2942, %v2953 fastmath<contract> : f32
              llvm.store %v2954, %v219 : f32, !llvm.ptr
              %v2955 = arith.mulf %v2946, %v2479 fastmath<contract> : f32
              %v2956 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2955) : (f32) -> f32
              %v2957 = arith.mulf %v2956, %v2482 fastmath<contract> : f32
              %v2958 = arith.subf %v2946, %v2957 fastmath<contract> : f32
              %v2959 = arith.mulf %v2956, %v2483 fastmath<contract> : f32
              %v2960 = arith.subf %v2958, %v2959 fastmath<contract> : f32
              %v2961 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2960) : (f32) -> f32
              %v2962 = arith.mulf %v2942, %v2961 fastmath<contract> : f32
              llvm.store %v2962, %v282 : f32, !llvm.ptr
              llvm.store %v2489, %v221 : f32, !llvm.ptr
              %v2963 = arith.negf %v2497 : f32
              llvm.store %v2963, %v284 : f32, !llvm.ptr
              llvm.store %v2520, %v223 : f32, !llvm.ptr
              %v2964 = arith.negf %v2528 : f32
              llvm.store %v2964, %v286 : f32, !llvm.ptr
              llvm.store %v2551, %v225 : f32, !llvm.ptr
              %v2965 = arith.negf %v2559 : f32
              llvm.store %v2965, %v288 : f32, !llvm.ptr
              llvm.store %v2582, %v227 : f32, !llvm.ptr
              %v2966 = arith.negf %v2590 : f32
              llvm.store %v2966, %v290 : f32, !llvm.ptr
              llvm.store %v2613, %v229 : f32, !llvm.ptr
              %v2967 = arith.negf %v2621 : f32
              llvm.store %v2967, %v292 : f32, !llvm.ptr
              llvm.store %v2644, %v231 : f32, !llvm.ptr
              %v2968 = arith.negf %v2652 : f32
              llvm.store %v2968, %v294 : f32, !llvm.ptr
              llvm.store %v2675, %v233 : f32, !llvm.ptr
              %v2969 = arith.negf %v2683 : f32
              llvm.store %v2969, %v296 : f32, !llvm.ptr
              llvm.store %v2706, %v235 : f32, !llvm.ptr
              %v2970 = arith.negf %v2714 : f32
              llvm.store %v2970, %v298 : f32, !llvm.ptr
              llvm.store %v2737, %v237 : f32, !llvm.ptr
              %v2971 = arith.negf %v2745 : f32
              llvm.store %v2971, %v300 : f32, !llvm.ptr
              llvm.store %v2768, %v239 : f32, !llvm.ptr
              %v2972 = arith.negf %v2776 : f32
              llvm.store %v2972, %v302 : f32, !llvm.ptr
              llvm.store %v2799, %v241 : f32, !llvm.ptr
              %v2973 = arith.negf %v2807 : f32
              llvm.store %v2973, %v304 : f32, !llvm.ptr
              llvm.store %v2830, %v243 : f32, !llvm.ptr
              %v2974 = arith.negf %v2838 : f32
              llvm.store %v2974, %v306 : f32, !llvm.ptr
              llvm.store %v2861, %v245 : f32, !llvm.ptr
              %v2975 = arith.negf %v2869 : f32
              llvm.store %v2975, %v308 : f32, !llvm.ptr
              llvm.store %v2892, %v247 : f32, !llvm.ptr
              %v2976 = arith.negf %v2900 : f32
              llvm.store %v2976, %v310 : f32, !llvm.ptr
              llvm.store %v2923, %v249 : f32, !llvm.ptr
              %v2977 = arith.negf %v2931 : f32
              llvm.store %v2977, %v312 : f32, !llvm.ptr
              llvm.store %v2954, %v250 : f32, !llvm.ptr
              %v2978 = arith.negf %v2962 : f32
              llvm.store %v2978, %v314 : f32, !llvm.ptr
            }
          }
        }
      }
      scf.if %v114 {
        %v2979 = llvm.load %v128 : !llvm.ptr -> f32
        %v2980 = arith.muli %v110, %v2 : i64
        %v2981 = arith.muli %v2980, %size_B : i64
        %v2982 = arith.subi %size_B, %v3 : i64
        %v2983 = arith.minsi %v113, %v2982 : i64
        %v2984 = arith.addi %v2981, %v2983 : i64
        %v2985 = llvm.getelementptr %segsum_x_re[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2979, %v2985 : f32, !llvm.ptr
        %v2986 = llvm.load %v959 : !llvm.ptr -> f32
        %v2987 = arith.addi %v7, %v110 : i64
        %v2988 = arith.muli %v2987, %v2 : i64
        %v2989 = arith.muli %v2988, %size_B : i64
        %v2990 = arith.subi %size_B, %v3 : i64
        %v2991 = arith.minsi %v113, %v2990 : i64
        %v2992 = arith.addi %v2989, %v2991 : i64
        %v2993 = llvm.getelementptr %segsum_x_re[%v2992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2986, %v2993 : f32, !llvm.ptr
        %v2994 = llvm.load %v960 : !llvm.ptr -> f32
        %v2995 = arith.muli %v130, %v7 : i64
        %v2996 = arith.addi %v2995, %v110 : i64
        %v2997 = arith.muli %v2996, %v2 : i64
        %v2998 = arith.muli %v2997, %size_B : i64
        %v2999 = arith.subi %size_B, %v3 : i64
        %v3000 = arith.minsi %v113, %v2999 : i64
        %v3001 = arith.addi %v2998, %v3000 : i64
        %v3002 = llvm.getelementptr %segsum_x_re[%v3001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2994, %v3002 : f32, !llvm.ptr
        %v3003 = llvm.load %v189 : !llvm.ptr -> f32
        %v3004 = arith.muli %v132, %v7 : i64
        %v3005 = arith.addi %v3004, %v110 : i64
        %v3006 = arith.muli %v3005, %v2 : i64
        %v3007 = arith.muli %v3006, %size_B : i64
        %v3008 = arith.subi %size_B, %v3 : i64
        %v3009 = arith.minsi %v113, %v3008 : i64
        %v3010 = arith.addi %v3007, %v3009 : i64
        %v3011 = llvm.getelementptr %segsum_x_re[%v3010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3003, %v3011 : f32, !llvm.ptr
        %v3012 = llvm.load %v252 : !llvm.ptr -> f32
        %v3013 = arith.muli %v1, %v7 : i64
        %v3014 = arith.addi %v3013, %v110 : i64
        %v3015 = arith.muli %v3014, %v2 : i64
        %v3016 = arith.muli %v3015, %size_B : i64
        %v3017 = arith.subi %size_B, %v3 : i64
        %v3018 = arith.minsi %v113, %v3017 : i64
        %v3019 = arith.addi %v3016, %v3018 : i64
        %v3020 = llvm.getelementptr %segsum_x_re[%v3019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3012, %v3020 : f32, !llvm.ptr
        %v3021 = llvm.load %v129 : !llvm.ptr -> f32
        %v3022 = arith.muli %v110, %v2 : i64
        %v3023 = arith.addi %v3022, %v3 : i64
        %v3024 = arith.muli %v3023, %size_B : i64
        %v3025 = arith.subi %size_B, %v3 : i64
        %v3026 = arith.minsi %v113, %v3025 : i64
        %v3027 = arith.addi %v3024, %v3026 : i64
        %v3028 = llvm.getelementptr %segsum_x_re[%v3027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3021, %v3028 : f32, !llvm.ptr
        %v3029 = llvm.load %v961 : !llvm.ptr -> f32
        %v3030 = arith.addi %v7, %v110 : i64
        %v3031 = arith.muli %v3030, %v2 : i64
        %v3032 = arith.addi %v3031, %v3 : i64
        %v3033 = arith.muli %v3032, %size_B : i64
        %v3034 = arith.subi %size_B, %v3 : i64
        %v3035 = arith.minsi %v113, %v3034 : i64
        %v3036 = arith.addi %v3033, %v3035 : i64
        %v3037 = llvm.getelementptr %segsum_x_re[%v3036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3029, %v3037 : f32, !llvm.ptr
        %v3038 = llvm.load %v962 : !llvm.ptr -> f32
        %v3039 = arith.muli %v130, %v7 : i64
        %v3040 = arith.addi %v3039, %v110 : i64
        %v3041 = arith.muli %v3040, %v2 : i64
        %v3042 = arith.addi %v3041, %v3 : i64
        %v3043 = arith.muli %v3042, %size_B : i64
        %v3044 = arith.subi %size_B, %v3 : i64
        %v3045 = arith.minsi %v113, %v3044 : i64
        %v3046 = arith.addi %v3043, %v3045 : i64
        %v3047 = llvm.getelementptr %segsum_x_re[%v3046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3038, %v3047 : f32, !llvm.ptr
        %v3048 = llvm.load %v191 : !llvm.ptr -> f32
        %v3049 = arith.muli %v132, %v7 : i64
        %v3050 = arith.addi %v3049, %v110 : i64
        %v3051 = arith.muli %v3050, %v2 : i64
        %v3052 = arith.addi %v3051, %v3 : i64
        %v3053 = arith.muli %v3052, %size_B : i64
        %v3054 = arith.subi %size_B, %v3 : i64
        %v3055 = arith.minsi %v113, %v3054 : i64
        %v3056 = arith.addi %v3053, %v3055 : i64
        %v3057 = llvm.getelementptr %segsum_x_re[%v3056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3048, %v3057 : f32, !llvm.ptr
        %v3058 = llvm.load %v254 : !llvm.ptr -> f32
        %v3059 = arith.muli %v1, %v7 : i64
        %v3060 = arith.addi %v3059, %v110 : i64
        %v3061 = arith.muli %v3060, %v2 : i64
        %v3062 = arith.addi %v3061, %v3 : i64
        %v3063 = arith.muli %v3062, %size_B : i64
        %v3064 = arith.subi %size_B, %v3 : i64
        %v3065 = arith.minsi %v113, %v3064 : i64
        %v3066 = arith.addi %v3063, %v3065 : i64
        %v3067 = llvm.getelementptr %segsum_x_re[%v3066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3058, %v3067 : f32, !llvm.ptr
        %v3068 = llvm.load %v131 : !llvm.ptr -> f32
        %v3069 = arith.muli %v110, %v2 : i64
        %v3070 = arith.addi %v3069, %v130 : i64
        %v3071 = arith.muli %v3070, %size_B : i64
        %v3072 = arith.subi %size_B, %v3 : i64
        %v3073 = arith.minsi %v113, %v3072 : i64
        %v3074 = arith.addi %v3071, %v3073 : i64
        %v3075 = llvm.getelementptr %segsum_x_re[%v3074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3068, %v3075 : f32, !llvm.ptr
        %v3076 = llvm.load %v963 : !llvm.ptr -> f32
        %v3077 = arith.addi %v7, %v110 : i64
        %v3078 = arith.muli %v3077, %v2 : i64
        %v3079 = arith.addi %v3078, %v130 : i64
        %v3080 = arith.muli %v3079, %size_B : i64
        %v3081 = arith.subi %size_B, %v3 : i64
        %v3082 = arith.minsi %v113, %v3081 : i64
        %v3083 = arith.addi %v3080, %v3082 : i64
        %v3084 = llvm.getelementptr %segsum_x_re[%v3083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3076, %v3084 : f32, !llvm.ptr
        %v3085 = llvm.load %v964 : !llvm.ptr -> f32
        %v3086 = arith.muli %v130, %v7 : i64
        %v3087 = arith.addi %v3086, %v110 : i64
        %v3088 = arith.muli %v3087, %v2 : i64
        %v3089 = arith.addi %v3088, %v130 : i64
        %v3090 = arith.muli %v3089, %size_B : i64
        %v3091 = arith.subi %size_B, %v3 : i64
        %v3092 = arith.minsi %v113, %v3091 : i64
        %v3093 = arith.addi %v3090, %v3092 : i64
        %v3094 = llvm.getelementptr %segsum_x_re[%v3093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3085, %v3094 : f32, !llvm.ptr
        %v3095 = llvm.load %v193 : !llvm.ptr -> f32
        %v3096 = arith.muli %v132, %v7 : i64
        %v3097 = arith.addi %v3096, %v110 : i64
        %v3098 = arith.muli %v3097, %v2 : i64
        %v3099 = arith.addi %v3098, %v130 : i64
        %v3100 = arith.muli %v3099, %size_B : i64
        %v3101 = arith.subi %size_B, %v3 : i64
        %v3102 = arith.minsi %v113, %v3101 : i64
        %v3103 = arith.addi %v3100, %v3102 : i64
        %v3104 = llvm.getelementptr %segsum_x_re[%v3103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3095, %v3104 : f32, !llvm.ptr
        %v3105 = llvm.load %v256 : !llvm.ptr -> f32
        %v3106 = arith.muli %v1, %v7 : i64
        %v3107 = arith.addi %v3106, %v110 : i64
        %v3108 = arith.muli %v3107, %v2 : i64
        %v3109 = arith.addi %v3108, %v130 : i64
        %v3110 = arith.muli %v3109, %size_B : i64
        %v3111 = arith.subi %size_B, %v3 : i64
        %v3112 = arith.minsi %v113, %v3111 : i64
        %v3113 = arith.addi %v3110, %v3112 : i64
        %v3114 = llvm.getelementptr %segsum_x_re[%v3113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3105, %v3114 : f32, !llvm.ptr
        %v3115 = llvm.load %v133 : !llvm.ptr -> f32
        %v3116 = arith.muli %v110, %v2 : i64
        %v3117 = arith.addi %v3116, %v132 : i64
        %v3118 = arith.muli %v3117, %size_B : i64
        %v3119 = arith.subi %size_B, %v3 : i64
        %v3120 = arith.minsi %v113, %v3119 : i64
        %v3121 = arith.addi %v3118, %v3120 : i64
        %v3122 = llvm.getelementptr %segsum_x_re[%v3121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3115, %v3122 : f32, !llvm.ptr
        %v3123 = llvm.load %v965 : !llvm.ptr -> f32
        %v3124 = arith.addi %v7, %v110 : i64
        %v3125 = arith.muli %v3124, %v2 : i64
        %v3126 = arith.addi %v3125, %v132 : i64
        %v3127 = arith.muli %v3126, %size_B : i64
        %v3128 = arith.subi %size_B, %v3 : i64
        %v3129 = arith.minsi %v113, %v3128 : i64
        %v3130 = arith.addi %v3127, %v3129 : i64
        %v3131 = llvm.getelementptr %segsum_x_re[%v3130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3123, %v3131 : f32, !llvm.ptr
        %v3132 = llvm.load %v966 : !llvm.ptr -> f32
        %v3133 = arith.muli %v130, %v7 : i64
        %v3134 = arith.addi %v3133, %v110 : i64
        %v3135 = arith.muli %v3134, %v2 : i64
        %v3136 = arith.addi %v3135, %v132 : i64
        %v3137 = arith.muli %v3136, %size_B : i64
        %v3138 = arith.subi %size_B, %v3 : i64
        %v3139 = arith.minsi %v113, %v3138 : i64
        %v3140 = arith.addi %v3137, %v3139 : i64
        %v3141 = llvm.getelementptr %segsum_x_re[%v3140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3132, %v3141 : f32, !llvm.ptr
        %v3142 = llvm.load %v195 : !llvm.ptr -> f32
        %v3143 = arith.muli %v132, %v7 : i64
        %v3144 = arith.addi %v3143, %v110 : i64
        %v3145 = arith.muli %v3144, %v2 : i64
        %v3146 = arith.addi %v3145, %v132 : i64
        %v3147 = arith.muli %v3146, %size_B : i64
        %v3148 = arith.subi %size_B, %v3 : i64
        %v3149 = arith.minsi %v113, %v3148 : i64
        %v3150 = arith.addi %v3147, %v3149 : i64
        %v3151 = llvm.getelementptr %segsum_x_re[%v3150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3142, %v3151 : f32, !llvm.ptr
        %v3152 = llvm.load %v258 : !llvm.ptr -> f32
        %v3153 = arith.muli %v1, %v7 : i64
        %v3154 = arith.addi %v3153, %v110 : i64
        %v3155 = arith.muli %v3154, %v2 : i64
        %v3156 = arith.addi %v3155, %v132 : i64
        %v3157 = arith.muli %v3156, %size_B : i64
        %v3158 = arith.subi %size_B, %v3 : i64
        %v3159 = arith.minsi %v113, %v3158 : i64
        %v3160 = arith.addi %v3157, %v3159 : i64
        %v3161 = llvm.getelementptr %segsum_x_re[%v3160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3152, %v3161 : f32, !llvm.ptr
        %v3162 = llvm.load %v134 : !llvm.ptr -> f32
        %v3163 = arith.muli %v110, %v2 : i64
        %v3164 = arith.addi %v3163, %v1 : i64
        %v3165 = arith.muli %v3164, %size_B : i64
        %v3166 = arith.subi %size_B, %v3 : i64
        %v3167 = arith.minsi %v113, %v3166 : i64
        %v3168 = arith.addi %v3165, %v3167 : i64
        %v3169 = llvm.getelementptr %segsum_x_re[%v3168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3162, %v3169 : f32, !llvm.ptr
        %v3170 = llvm.load %v967 : !llvm.ptr -> f32
        %v3171 = arith.addi %v7, %v110 : i64
        %v3172 = arith.muli %v3171, %v2 : i64
        %v3173 = arith.addi %v3172, %v1 : i64
        %v3174 = arith.muli %v3173, %size_B : i64
        %v3175 = arith.subi %size_B, %v3 : i64
        %v3176 = arith.minsi %v113, %v3175 : i64
        %v3177 = arith.addi %v3174, %v3176 : i64
        %v3178 = llvm.getelementptr %segsum_x_re[%v3177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3170, %v3178 : f32, !llvm.ptr
        %v3179 = llvm.load %v968 : !llvm.ptr -> f32
        %v3180 = arith.muli %v130, %v7 : i64
        %v3181 = arith.addi %v3180, %v110 : i64
        %v3182 = arith.muli %v3181, %v2 : i64
        %v3183 = arith.addi %v3182, %v1 : i64
        %v3184 = arith.muli %v3183, %size_B : i64
        %v3185 = arith.subi %size_B, %v3 : i64
        %v3186 = arith.minsi %v113, %v3185 : i64
        %v3187 = arith.addi %v3184, %v3186 : i64
        %v3188 = llvm.getelementptr %segsum_x_re[%v3187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3179, %v3188 : f32, !llvm.ptr
        %v3189 = llvm.load %v197 : !llvm.ptr -> f32
        %v3190 = arith.muli %v132, %v7 : i64
        %v3191 = arith.addi %v3190, %v110 : i64
        %v3192 = arith.muli %v3191, %v2 : i64
        %v3193 = arith.addi %v3192, %v1 : i64
        %v3194 = arith.muli %v3193, %size_B : i64
        %v3195 = arith.subi %size_B, %v3 : i64
        %v3196 = arith.minsi %v113, %v3195 : i64
        %v3197 = arith.addi %v3194, %v3196 : i64
        %v3198 = llvm.getelementptr %segsum_x_re[%v3197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3189, %v3198 : f32, !llvm.ptr
        %v3199 = llvm.load %v260 : !llvm.ptr -> f32
        %v3200 = arith.muli %v1, %v7 : i64
        %v3201 = arith.addi %v3200, %v110 : i64
        %v3202 = arith.muli %v3201, %v2 : i64
        %v3203 = arith.addi %v3202, %v1 : i64
        %v3204 = arith.muli %v3203, %size_B : i64
        %v3205 = arith.subi %size_B, %v3 : i64
        %v3206 = arith.minsi %v113, %v3205 : i64
        %v3207 = arith.addi %v3204, %v3206 : i64
        %v3208 = llvm.getelementptr %segsum_x_re[%v3207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3199, %v3208 : f32, !llvm.ptr
        %v3209 = llvm.load %v136 : !llvm.ptr -> f32
        %v3210 = arith.muli %v110, %v2 : i64
        %v3211 = arith.addi %v3210, %v135 : i64
        %v3212 = arith.muli %v3211, %size_B : i64
        %v3213 = arith.subi %size_B, %v3 : i64
        %v3214 = arith.minsi %v113, %v3213 : i64
        %v3215 = arith.addi %v3212, %v3214 : i64
        %v3216 = llvm.getelementptr %segsum_x_re[%v3215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3209, %v3216 : f32, !llvm.ptr
        %v3217 = llvm.load %v969 : !llvm.ptr -> f32
        %v3218 = arith.addi %v7, %v110 : i64
        %v3219 = arith.muli %v3218, %v2 : i64
        %v3220 = arith.addi %v3219, %v135 : i64
        %v3221 = arith.muli %v3220, %size_B : i64
        %v3222 = arith.subi %size_B, %v3 : i64
        %v3223 = arith.minsi %v113, %v3222 : i64
        %v3224 = arith.addi %v3221, %v3223 : i64
        %v3225 = llvm.getelementptr %segsum_x_re[%v3224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3217, %v3225 : f32, !llvm.ptr
        %v3226 = llvm.load %v970 : !llvm.ptr -> f32
        %v3227 = arith.muli %v130, %v7 : i64
        %v3228 = arith.addi %v3227, %v110 : i64
        %v3229 = arith.muli %v3228, %v2 : i64
        %v3230 = arith.addi %v3229, %v135 : i64
        %v3231 = arith.muli %v3230, %size_B : i64
        %v3232 = arith.subi %size_B, %v3 : i64
        %v3233 = arith.minsi %v113, %v3232 : i64
        %v3234 = arith.addi %v3231, %v3233 : i64
        %v3235 = llvm.getelementptr %segsum_x_re[%v3234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3226, %v3235 : f32, !llvm.ptr
        %v3236 = llvm.load %v199 : !llvm.ptr -> f32
        %v3237 = arith.muli %v132, %v7 : i64
        %v3238 = arith.addi %v3237, %v110 : i64
        %v3239 = arith.muli %v3238, %v2 : i64
        %v3240 = arith.addi %v3239, %v135 : i64
        %v3241 = arith.muli %v3240, %size_B : i64
        %v3242 = arith.subi %size_B, %v3 : i64
        %v3243 = arith.minsi %v113, %v3242 : i64
        %v3244 = arith.addi %v3241, %v3243 : i64
        %v3245 = llvm.getelementptr %segsum_x_re[%v3244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3236, %v3245 : f32, !llvm.ptr
        %v3246 = llvm.load %v262 : !llvm.ptr -> f32
        %v3247 = arith.muli %v1, %v7 : i64
        %v3248 = arith.addi %v3247, %v110 : i64
        %v3249 = arith.muli %v3248, %v2 : i64
        %v3250 = arith.addi %v3249, %v135 : i64
        %v3251 = arith.muli %v3250, %size_B : i64
        %v3252 = arith.subi %size_B, %v3 : i64
        %v3253 = arith.minsi %v113, %v3252 : i64
        %v3254 = arith.addi %v3251, %v3253 : i64
        %v3255 = llvm.getelementptr %segsum_x_re[%v3254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3246, %v3255 : f32, !llvm.ptr
        %v3256 = llvm.load %v138 : !llvm.ptr -> f32
        %v3257 = arith.muli %v110, %v2 : i64
        %v3258 = arith.addi %v3257, %v137 : i64
        %v3259 = arith.muli %v3258, %size_B : i64
        %v3260 = arith.subi %size_B, %v3 : i64
        %v3261 = arith.minsi %v113, %v3260 : i64
        %v3262 = arith.addi %v3259, %v3261 : i64
        %v3263 = llvm.getelementptr %segsum_x_re[%v3262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3256, %v3263 : f32, !llvm.ptr
        %v3264 = llvm.load %v971 : !llvm.ptr -> f32
        %v3265 = arith.addi %v7, %v110 : i64
        %v3266 = arith.muli %v3265, %v2 : i64
        %v3267 = arith.addi %v3266, %v137 : i64
        %v3268 = arith.muli %v3267, %size_B : i64
        %v3269 = arith.subi %size_B, %v3 : i64
        %v3270 = arith.minsi %v113, %v3269 : i64
        %v3271 = arith.addi %v3268, %v3270 : i64
        %v3272 = llvm.getelementptr %segsum_x_re[%v3271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3264, %v3272 : f32, !llvm.ptr
        %v3273 = llvm.load %v972 : !llvm.ptr -> f32
        %v3274 = arith.muli %v130, %v7 : i64
        %v3275 = arith.addi %v3274, %v110 : i64
        %v3276 = arith.muli %v3275, %v2 : i64
        %v3277 = arith.addi %v3276, %v137 : i64
        %v3278 = arith.muli %v3277, %size_B : i64
        %v3279 = arith.subi %size_B, %v3 : i64
        %v3280 = arith.minsi %v113, %v3279 : i64
        %v3281 = arith.addi %v3278, %v3280 : i64
        %v3282 = llvm.getelementptr %segsum_x_re[%v3281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3273, %v3282 : f32, !llvm.ptr
        %v3283 = llvm.load %v201 : !llvm.ptr -> f32
        %v3284 = arith.muli %v132, %v7 : i64
        %v3285 = arith.addi %v3284, %v110 : i64
        %v3286 = arith.muli %v3285, %v2 : i64
        %v3287 = arith.addi %v3286, %v137 : i64
        %v3288 = arith.muli %v3287, %size_B : i64
        %v3289 = arith.subi %size_B, %v3 : i64
        %v3290 = arith.minsi %v113, %v3289 : i64
        %v3291 = arith.addi %v3288, %v3290 : i64
        %v3292 = llvm.getelementptr %segsum_x_re[%v3291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3283, %v3292 : f32, !llvm.ptr
        %v3293 = llvm.load %v264 : !llvm.ptr -> f32
        %v3294 = arith.muli %v1, %v7 : i64
        %v3295 = arith.addi %v3294, %v110 : i64
        %v3296 = arith.muli %v3295, %v2 : i64
        %v3297 = arith.addi %v3296, %v137 : i64
        %v3298 = arith.muli %v3297, %size_B : i64
        %v3299 = arith.subi %size_B, %v3 : i64
        %v3300 = arith.minsi %v113, %v3299 : i64
        %v3301 = arith.addi %v3298, %v3300 : i64
        %v3302 = llvm.getelementptr %segsum_x_re[%v3301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3293, %v3302 : f32, !llvm.ptr
        %v3303 = llvm.load %v140 : !llvm.ptr -> f32
        %v3304 = arith.muli %v110, %v2 : i64
        %v3305 = arith.addi %v3304, %v139 : i64
        %v3306 = arith.muli %v3305, %size_B : i64
        %v3307 = arith.subi %size_B, %v3 : i64
        %v3308 = arith.minsi %v113, %v3307 : i64
        %v3309 = arith.addi %v3306, %v3308 : i64
        %v3310 = llvm.getelementptr %segsum_x_re[%v3309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3303, %v3310 : f32, !llvm.ptr
        %v3311 = llvm.load %v973 : !llvm.ptr -> f32
        %v3312 = arith.addi %v7, %v110 : i64
        %v3313 = arith.muli %v3312, %v2 : i64
        %v3314 = arith.addi %v3313, %v139 : i64
        %v3315 = arith.muli %v3314, %size_B : i64
        %v3316 = arith.subi %size_B, %v3 : i64
        %v3317 = arith.minsi %v113, %v3316 : i64
        %v3318 = arith.addi %v3315, %v3317 : i64
        %v3319 = llvm.getelementptr %segsum_x_re[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3311, %v3319 : f32, !llvm.ptr
        %v3320 = llvm.load %v974 : !llvm.ptr -> f32
        %v3321 = arith.muli %v130, %v7 : i64
        %v3322 = arith.addi %v3321, %v110 : i64
        %v3323 = arith.muli %v3322, %v2 : i64
        %v3324 = arith.addi %v3323, %v139 : i64
        %v3325 = arith.muli %v3324, %size_B : i64
        %v3326 = arith.subi %size_B, %v3 : i64
        %v3327 = arith.minsi %v113, %v3326 : i64
        %v3328 = arith.addi %v3325, %v3327 : i64
        %v3329 = llvm.getelementptr %segsum_x_re[%v3328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3320, %v3329 : f32, !llvm.ptr
        %v3330 = llvm.load %v203 : !llvm.ptr -> f32
        %v3331 = arith.muli %v132, %v7 : i64
        %v3332 = arith.addi %v3331, %v110 : i64
        %v3333 = arith.muli %v3332, %v2 : i64
        %v3334 = arith.addi %v3333, %v139 : i64
        %v3335 = arith.muli %v3334, %size_B : i64
        %v3336 = arith.subi %size_B, %v3 : i64
        %v3337 = arith.minsi %v113, %v3336 : i64
        %v3338 = arith.addi %v3335, %v3337 : i64
        %v3339 = llvm.getelementptr %segsum_x_re[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3330, %v3339 : f32, !llvm.ptr
        %v3340 = llvm.load %v266 : !llvm.ptr -> f32
        %v3341 = arith.muli %v1, %v7 : i64
        %v3342 = arith.addi %v3341, %v110 : i64
        %v3343 = arith.muli %v3342, %v2 : i64
        %v3344 = arith.addi %v3343, %v139 : i64
        %v3345 = arith.muli %v3344, %size_B : i64
        %v3346 = arith.subi %size_B, %v3 : i64
        %v3347 = arith.minsi %v113, %v3346 : i64
        %v3348 = arith.addi %v3345, %v3347 : i64
        %v3349 = llvm.getelementptr %segsum_x_re[%v3348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3340, %v3349 : f32, !llvm.ptr
        %v3350 = llvm.load %v142 : !llvm.ptr -> f32
        %v3351 = arith.muli %v110, %v2 : i64
        %v3352 = arith.addi %v3351, %v141 : i64
        %v3353 = arith.muli %v3352, %size_B : i64
        %v3354 = arith.subi %size_B, %v3 : i64
        %v3355 = arith.minsi %v113, %v3354 : i64
        %v3356 = arith.addi %v3353, %v3355 : i64
        %v3357 = llvm.getelementptr %segsum_x_re[%v3356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3350, %v3357 : f32, !llvm.ptr
        %v3358 = llvm.load %v975 : !llvm.ptr -> f32
        %v3359 = arith.addi %v7, %v110 : i64
        %v3360 = arith.muli %v3359, %v2 : i64
        %v3361 = arith.addi %v3360, %v141 : i64
        %v3362 = arith.muli %v3361, %size_B : i64
        %v3363 = arith.subi %size_B, %v3 : i64
        %v3364 = arith.minsi %v113, %v3363 : i64
        %v3365 = arith.addi %v3362, %v3364 : i64
        %v3366 = llvm.getelementptr %segsum_x_re[%v3365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3358, %v3366 : f32, !llvm.ptr
        %v3367 = llvm.load %v976 : !llvm.ptr -> f32
        %v3368 = arith.muli %v130, %v7 : i64
        %v3369 = arith.addi %v3368, %v110 : i64
        %v3370 = arith.muli %v3369, %v2 : i64
        %v3371 = arith.addi %v3370, %v141 : i64
        %v3372 = arith.muli %v3371, %size_B : i64
        %v3373 = arith.subi %size_B, %v3 : i64
        %v3374 = arith.minsi %v113, %v3373 : i64
        %v3375 = arith.addi %v3372, %v3374 : i64
        %v3376 = llvm.getelementptr %segsum_x_re[%v3375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3367, %v3376 : f32, !llvm.ptr
        %v3377 = llvm.load %v205 : !llvm.ptr -> f32
        %v3378 = arith.muli %v132, %v7 : i64
        %v3379 = arith.addi %v3378, %v110 : i64
        %v3380 = arith.muli %v3379, %v2 : i64
        %v3381 = arith.addi %v3380, %v141 : i64
        %v3382 = arith.muli %v3381, %size_B : i64
        %v3383 = arith.subi %size_B, %v3 : i64
        %v3384 = arith.minsi %v113, %v3383 : i64
        %v3385 = arith.addi %v3382, %v3384 : i64
        %v3386 = llvm.getelementptr %segsum_x_re[%v3385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3377, %v3386 : f32, !llvm.ptr
        %v3387 = llvm.load %v268 : !llvm.ptr -> f32
        %v3388 = arith.muli %v1, %v7 : i64
        %v3389 = arith.addi %v3388, %v110 : i64
        %v3390 = arith.muli %v3389, %v2 : i64
        %v3391 = arith.addi %v3390, %v141 : i64
        %v3392 = arith.muli %v3391, %size_B : i64
        %v3393 = arith.subi %size_B, %v3 : i64
        %v3394 = arith.minsi %v113, %v3393 : i64
        %v3395 = arith.addi %v3392, %v3394 : i64
        %v3396 = llvm.getelementptr %segsum_x_re[%v3395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3387, %v3396 : f32, !llvm.ptr
        %v3397 = llvm.load %v144 : !llvm.ptr -> f32
        %v3398 = arith.muli %v110, %v2 : i64
        %v3399 = arith.addi %v3398, %v143 : i64
        %v3400 = arith.muli %v3399, %size_B : i64
        %v3401 = arith.subi %size_B, %v3 : i64
        %v3402 = arith.minsi %v113, %v3401 : i64
        %v3403 = arith.addi %v3400, %v3402 : i64
        %v3404 = llvm.getelementptr %segsum_x_re[%v3403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3397, %v3404 : f32, !llvm.ptr
        %v3405 = llvm.load %v977 : !llvm.ptr -> f32
        %v3406 = arith.addi %v7, %v110 : i64
        %v3407 = arith.muli %v3406, %v2 : i64
        %v3408 = arith.addi %v3407, %v143 : i64
        %v3409 = arith.muli %v3408, %size_B : i64
        %v3410 = arith.subi %size_B, %v3 : i64
        %v3411 = arith.minsi %v113, %v3410 : i64
        %v3412 = arith.addi %v3409, %v3411 : i64
        %v3413 = llvm.getelementptr %segsum_x_re[%v3412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3405, %v3413 : f32, !llvm.ptr
        %v3414 = llvm.load %v978 : !llvm.ptr -> f32
        %v3415 = arith.muli %v130, %v7 : i64
        %v3416 = arith.addi %v3415, %v110 : i64
        %v3417 = arith.muli %v3416, %v2 : i64
        %v3418 = arith.addi %v3417, %v143 : i64
        %v3419 = arith.muli %v3418, %size_B : i64
        %v3420 = arith.subi %size_B, %v3 : i64
        %v3421 = arith.minsi %v113, %v3420 : i64
        %v3422 = arith.addi %v3419, %v3421 : i64
        %v3423 = llvm.getelementptr %segsum_x_re[%v3422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3414, %v3423 : f32, !llvm.ptr
        %v3424 = llvm.load %v207 : !llvm.ptr -> f32
        %v3425 = arith.muli %v132, %v7 : i64
        %v3426 = arith.addi %v3425, %v110 : i64
        %v3427 = arith.muli %v3426, %v2 : i64
        %v3428 = arith.addi %v3427, %v143 : i64
        %v3429 = arith.muli %v3428, %size_B : i64
        %v3430 = arith.subi %size_B, %v3 : i64
        %v3431 = arith.minsi %v113, %v3430 : i64
        %v3432 = arith.addi %v3429, %v3431 : i64
        %v3433 = llvm.getelementptr %segsum_x_re[%v3432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3424, %v3433 : f32, !llvm.ptr
        %v3434 = llvm.load %v270 : !llvm.ptr -> f32
        %v3435 = arith.muli %v1, %v7 : i64
        %v3436 = arith.addi %v3435, %v110 : i64
        %v3437 = arith.muli %v3436, %v2 : i64
        %v3438 = arith.addi %v3437, %v143 : i64
        %v3439 = arith.muli %v3438, %size_B : i64
        %v3440 = arith.subi %size_B, %v3 : i64
        %v3441 = arith.minsi %v113, %v3440 : i64
        %v3442 = arith.addi %v3439, %v3441 : i64
        %v3443 = llvm.getelementptr %segsum_x_re[%v3442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3434, %v3443 : f32, !llvm.ptr
        %v3444 = llvm.load %v146 : !llvm.ptr -> f32
        %v3445 = arith.muli %v110, %v2 : i64
        %v3446 = arith.addi %v3445, %v145 : i64
        %v3447 = arith.muli %v3446, %size_B : i64
        %v3448 = arith.subi %size_B, %v3 : i64
        %v3449 = arith.minsi %v113, %v3448 : i64
        %v3450 = arith.addi %v3447, %v3449 : i64
        %v3451 = llvm.getelementptr %segsum_x_re[%v3450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3444, %v3451 : f32, !llvm.ptr
        %v3452 = llvm.load %v979 : !llvm.ptr -> f32
        %v3453 = arith.addi %v7, %v110 : i64
        %v3454 = arith.muli %v3453, %v2 : i64
        %v3455 = arith.addi %v3454, %v145 : i64
        %v3456 = arith.muli %v3455, %size_B : i64
        %v3457 = arith.subi %size_B, %v3 : i64
        %v3458 = arith.minsi %v113, %v3457 : i64
        %v3459 = arith.addi %v3456, %v3458 : i64
        %v3460 = llvm.getelementptr %segsum_x_re[%v3459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3452, %v3460 : f32, !llvm.ptr
        %v3461 = llvm.load %v980 : !llvm.ptr -> f32
        %v3462 = arith.muli %v130, %v7 : i64
        %v3463 = arith.addi %v3462, %v110 : i64
        %v3464 = arith.muli %v3463, %v2 : i64
        %v3465 = arith.addi %v3464, %v145 : i64
        %v3466 = arith.muli %v3465, %size_B : i64
        %v3467 = arith.subi %size_B, %v3 : i64
        %v3468 = arith.minsi %v113, %v3467 : i64
        %v3469 = arith.addi %v3466, %v3468 : i64
        %v3470 = llvm.getelementptr %segsum_x_re[%v3469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3461, %v3470 : f32, !llvm.ptr
        %v3471 = llvm.load %v209 : !llvm.ptr -> f32
        %v3472 = arith.muli %v132, %v7 : i64
        %v3473 = arith.addi %v3472, %v110 : i64
        %v3474 = arith.muli %v3473, %v2 : i64
        %v3475 = arith.addi %v3474, %v145 : i64
        %v3476 = arith.muli %v3475, %size_B : i64
        %v3477 = arith.subi %size_B, %v3 : i64
        %v3478 = arith.minsi %v113, %v3477 : i64
        %v3479 = arith.addi %v3476, %v3478 : i64
        %v3480 = llvm.getelementptr %segsum_x_re[%v3479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3471, %v3480 : f32, !llvm.ptr
        %v3481 = llvm.load %v272 : !llvm.ptr -> f32
        %v3482 = arith.muli %v1, %v7 : i64
        %v3483 = arith.addi %v3482, %v110 : i64
        %v3484 = arith.muli %v3483, %v2 : i64
        %v3485 = arith.addi %v3484, %v145 : i64
        %v3486 = arith.muli %v3485, %size_B : i64
        %v3487 = arith.subi %size_B, %v3 : i64
        %v3488 = arith.minsi %v113, %v3487 : i64
        %v3489 = arith.addi %v3486, %v3488 : i64
        %v3490 = llvm.getelementptr %segsum_x_re[%v3489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3481, %v3490 : f32, !llvm.ptr
        %v3491 = llvm.load %v148 : !llvm.ptr -> f32
        %v3492 = arith.muli %v110, %v2 : i64
        %v3493 = arith.addi %v3492, %v147 : i64
        %v3494 = arith.muli %v3493, %size_B : i64
        %v3495 = arith.subi %size_B, %v3 : i64
        %v3496 = arith.minsi %v113, %v3495 : i64
        %v3497 = arith.addi %v3494, %v3496 : i64
        %v3498 = llvm.getelementptr %segsum_x_re[%v3497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3491, %v3498 : f32, !llvm.ptr
        %v3499 = llvm.load %v981 : !llvm.ptr -> f32
        %v3500 = arith.addi %v7, %v110 : i64
        %v3501 = arith.muli %v3500, %v2 : i64
        %v3502 = arith.addi %v3501, %v147 : i64
        %v3503 = arith.muli %v3502, %size_B : i64
        %v3504 = arith.subi %size_B, %v3 : i64
        %v3505 = arith.minsi %v113, %v3504 : i64
        %v3506 = arith.addi %v3503, %v3505 : i64
        %v3507 = llvm.getelementptr %segsum_x_re[%v3506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3499, %v3507 : f32, !llvm.ptr
        %v3508 = llvm.load %v982 : !llvm.ptr -> f32
        %v3509 = arith.muli %v130, %v7 : i64
        %v3510 = arith.addi %v3509, %v110 : i64
        %v3511 = arith.muli %v3510, %v2 : i64
        %v3512 = arith.addi %v3511, %v147 : i64
        %v3513 = arith.muli %v3512, %size_B : i64
        %v3514 = arith.subi %size_B, %v3 : i64
        %v3515 = arith.minsi %v113, %v3514 : i64
        %v3516 = arith.addi %v3513, %v3515 : i64
        %v3517 = llvm.getelementptr %segsum_x_re[%v3516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3508, %v3517 : f32, !llvm.ptr
        %v3518 = llvm.load %v211 : !llvm.ptr -> f32
        %v3519 = arith.muli %v132, %v7 : i64
        %v3520 = arith.addi %v3519, %v110 : i64
        %v3521 = arith.muli %v3520, %v2 : i64
        %v3522 = arith.addi %v3521, %v147 : i64
        %v3523 = arith.muli %v3522, %size_B : i64
        %v3524 = arith.subi %size_B, %v3 : i64
        %v3525 = arith.minsi %v113, %v3524 : i64
        %v3526 = arith.addi %v3523, %v3525 : i64
        %v3527 = llvm.getelementptr %segsum_x_re[%v3526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3518, %v3527 : f32, !llvm.ptr
        %v3528 = llvm.load %v274 : !llvm.ptr -> f32
        %v3529 = arith.muli %v1, %v7 : i64
        %v3530 = arith.addi %v3529, %v110 : i64
        %v3531 = arith.muli %v3530, %v2 : i64
        %v3532 = arith.addi %v3531, %v147 : i64
        %v3533 = arith.muli %v3532, %size_B : i64
        %v3534 = arith.subi %size_B, %v3 : i64
        %v3535 = arith.minsi %v113, %v3534 : i64
        %v3536 = arith.addi %v3533, %v3535 : i64
        %v3537 = llvm.getelementptr %segsum_x_re[%v3536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3528, %v3537 : f32, !llvm.ptr
        %v3538 = llvm.load %v150 : !llvm.ptr -> f32
        %v3539 = arith.muli %v110, %v2 : i64
        %v3540 = arith.addi %v3539, %v149 : i64
        %v3541 = arith.muli %v3540, %size_B : i64
        %v3542 = arith.subi %size_B, %v3 : i64
        %v3543 = arith.minsi %v113, %v3542 : i64
        %v3544 = arith.addi %v3541, %v3543 : i64
        %v3545 = llvm.getelementptr %segsum_x_re[%v3544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3538, %v3545 : f32, !llvm.ptr
        %v3546 = llvm.load %v983 : !llvm.ptr -> f32
        %v3547 = arith.addi %v7, %v110 : i64
        %v3548 = arith.muli %v3547, %v2 : i64
        %v3549 = arith.addi %v3548, %v149 : i64
        %v3550 = arith.muli %v3549, %size_B : i64
        %v3551 = arith.subi %size_B, %v3 : i64
        %v3552 = arith.minsi %v113, %v3551 : i64
        %v3553 = arith.addi %v3550, %v3552 : i64
        %v3554 = llvm.getelementptr %segsum_x_re[%v3553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3546, %v3554 : f32, !llvm.ptr
        %v3555 = llvm.load %v984 : !llvm.ptr -> f32
        %v3556 = arith.muli %v130, %v7 : i64
        %v3557 = arith.addi %v3556, %v110 : i64
        %v3558 = arith.muli %v3557, %v2 : i64
        %v3559 = arith.addi %v3558, %v149 : i64
        %v3560 = arith.muli %v3559, %size_B : i64
        %v3561 = arith.subi %size_B, %v3 : i64
        %v3562 = arith.minsi %v113, %v3561 : i64
        %v3563 = arith.addi %v3560, %v3562 : i64
        %v3564 = llvm.getelementptr %segsum_x_re[%v3563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3555, %v3564 : f32, !llvm.ptr
        %v3565 = llvm.load %v213 : !llvm.ptr -> f32
        %v3566 = arith.muli %v132, %v7 : i64
        %v3567 = arith.addi %v3566, %v110 : i64
        %v3568 = arith.muli %v3567, %v2 : i64
        %v3569 = arith.addi %v3568, %v149 : i64
        %v3570 = arith.muli %v3569, %size_B : i64
        %v3571 = arith.subi %size_B, %v3 : i64
        %v3572 = arith.minsi %v113, %v3571 : i64
        %v3573 = arith.addi %v3570, %v3572 : i64
        %v3574 = llvm.getelementptr %segsum_x_re[%v3573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3565, %v3574 : f32, !llvm.ptr
        %v3575 = llvm.load %v276 : !llvm.ptr -> f32
        %v3576 = arith.muli %v1, %v7 : i64
        %v3577 = arith.addi %v3576, %v110 : i64
        %v3578 = arith.muli %v3577, %v2 : i64
        %v3579 = arith.addi %v3578, %v149 : i64
        %v3580 = arith.muli %v3579, %size_B : i64
        %v3581 = arith.subi %size_B, %v3 : i64
        %v3582 = arith.minsi %v113, %v3581 : i64
        %v3583 = arith.addi %v3580, %v3582 : i64
        %v3584 = llvm.getelementptr %segsum_x_re[%v3583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3575, %v3584 : f32, !llvm.ptr
        %v3585 = llvm.load %v152 : !llvm.ptr -> f32
        %v3586 = arith.muli %v110, %v2 : i64
        %v3587 = arith.addi %v3586, %v151 : i64
        %v3588 = arith.muli %v3587, %size_B : i64
        %v3589 = arith.subi %size_B, %v3 : i64
        %v3590 = arith.minsi %v113, %v3589 : i64
        %v3591 = arith.addi %v3588, %v3590 : i64
        %v3592 = llvm.getelementptr %segsum_x_re[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3585, %v3592 : f32, !llvm.ptr
        %v3593 = llvm.load %v985 : !llvm.ptr -> f32
        %v3594 = arith.addi %v7, %v110 : i64
        %v3595 = arith.muli %v3594, %v2 : i64
        %v3596 = arith.addi %v3595, %v151 : i64
        %v3597 = arith.muli %v3596, %size_B : i64
        %v3598 = arith.subi %size_B, %v3 : i64
        %v3599 = arith.minsi %v113, %v3598 : i64
        %v3600 = arith.addi %v3597, %v3599 : i64
        %v3601 = llvm.getelementptr %segsum_x_re[%v3600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3593, %v3601 : f32, !llvm.ptr
        %v3602 = llvm.load %v986 : !llvm.ptr -> f32
        %v3603 = arith.muli %v130, %v7 : i64
        %v3604 = arith.addi %v3603, %v110 : i64
        %v3605 = arith.muli %v3604, %v2 : i64
        %v3606 = arith.addi %v3605, %v151 : i64
        %v3607 = arith.muli %v3606, %size_B : i64
        %v3608 = arith.subi %size_B, %v3 : i64
        %v3609 = arith.minsi %v113, %v3608 : i64
        %v3610 = arith.addi %v3607, %v3609 : i64
        %v3611 = llvm.getelementptr %segsum_x_re[%v3610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3602, %v3611 : f32, !llvm.ptr
        %v3612 = llvm.load %v215 : !llvm.ptr -> f32
        %v3613 = arith.muli %v132, %v7 : i64
        %v3614 = arith.addi %v3613, %v110 : i64
        %v3615 = arith.muli %v3614, %v2 : i64
        %v3616 = arith.addi %v3615, %v151 : i64
        %v3617 = arith.muli %v3616, %size_B : i64
        %v3618 = arith.subi %size_B, %v3 : i64
        %v3619 = arith.minsi %v113, %v3618 : i64
        %v3620 = arith.addi %v3617, %v3619 : i64
        %v3621 = llvm.getelementptr %segsum_x_re[%v3620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3612, %v3621 : f32, !llvm.ptr
        %v3622 = llvm.load %v278 : !llvm.ptr -> f32
        %v3623 = arith.muli %v1, %v7 : i64
        %v3624 = arith.addi %v3623, %v110 : i64
        %v3625 = arith.muli %v3624, %v2 : i64
        %v3626 = arith.addi %v3625, %v151 : i64
        %v3627 = arith.muli %v3626, %size_B : i64
        %v3628 = arith.subi %size_B, %v3 : i64
        %v3629 = arith.minsi %v113, %v3628 : i64
        %v3630 = arith.addi %v3627, %v3629 : i64
        %v3631 = llvm.getelementptr %segsum_x_re[%v3630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3622, %v3631 : f32, !llvm.ptr
        %v3632 = llvm.load %v154 : !llvm.ptr -> f32
        %v3633 = arith.muli %v110, %v2 : i64
        %v3634 = arith.addi %v3633, %v153 : i64
        %v3635 = arith.muli %v3634, %size_B : i64
        %v3636 = arith.subi %size_B, %v3 : i64
        %v3637 = arith.minsi %v113, %v3636 : i64
        %v3638 = arith.addi %v3635, %v3637 : i64
        %v3639 = llvm.getelementptr %segsum_x_re[%v3638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3632, %v3639 : f32, !llvm.ptr
        %v3640 = llvm.load %v987 : !llvm.ptr -> f32
        %v3641 = arith.addi %v7, %v110 : i64
        %v3642 = arith.muli %v3641, %v2 : i64
        %v3643 = arith.addi %v3642, %v153 : i64
        %v3644 = arith.muli %v3643, %size_B : i64
        %v3645 = arith.subi %size_B, %v3 : i64
        %v3646 = arith.minsi %v113, %v3645 : i64
        %v3647 = arith.addi %v3644, %v3646 : i64
        %v3648 = llvm.getelementptr %segsum_x_re[%v3647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3640, %v3648 : f32, !llvm.ptr
        %v3649 = llvm.load %v988 : !llvm.ptr -> f32
        %v3650 = arith.muli %v130, %v7 : i64
        %v3651 = arith.addi %v3650, %v110 : i64
        %v3652 = arith.muli %v3651, %v2 : i64
        %v3653 = arith.addi %v3652, %v153 : i64
        %v3654 = arith.muli %v3653, %size_B : i64
        %v3655 = arith.subi %size_B, %v3 : i64
        %v3656 = arith.minsi %v113, %v3655 : i64
        %v3657 = arith.addi %v3654, %v3656 : i64
        %v3658 = llvm.getelementptr %segsum_x_re[%v3657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3649, %v3658 : f32, !llvm.ptr
        %v3659 = llvm.load %v217 : !llvm.ptr -> f32
        %v3660 = arith.muli %v132, %v7 : i64
        %v3661 = arith.addi %v3660, %v110 : i64
        %v3662 = arith.muli %v3661, %v2 : i64
        %v3663 = arith.addi %v3662, %v153 : i64
        %v3664 = arith.muli %v3663, %size_B : i64
        %v3665 = arith.subi %size_B, %v3 : i64
        %v3666 = arith.minsi %v113, %v3665 : i64
        %v3667 = arith.addi %v3664, %v3666 : i64
        %v3668 = llvm.getelementptr %segsum_x_re[%v3667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3659, %v3668 : f32, !llvm.ptr
        %v3669 = llvm.load %v280 : !llvm.ptr -> f32
        %v3670 = arith.muli %v1, %v7 : i64
        %v3671 = arith.addi %v3670, %v110 : i64
        %v3672 = arith.muli %v3671, %v2 : i64
        %v3673 = arith.addi %v3672, %v153 : i64
        %v3674 = arith.muli %v3673, %size_B : i64
        %v3675 = arith.subi %size_B, %v3 : i64
        %v3676 = arith.minsi %v113, %v3675 : i64
        %v3677 = arith.addi %v3674, %v3676 : i64
        %v3678 = llvm.getelementptr %segsum_x_re[%v3677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3669, %v3678 : f32, !llvm.ptr
        %v3679 = llvm.load %v156 : !llvm.ptr -> f32
        %v3680 = arith.muli %v110, %v2 : i64
        %v3681 = arith.addi %v3680, %v155 : i64
        %v3682 = arith.muli %v3681, %size_B : i64
        %v3683 = arith.subi %size_B, %v3 : i64
        %v3684 = arith.minsi %v113, %v3683 : i64
        %v3685 = arith.addi %v3682, %v3684 : i64
        %v3686 = llvm.getelementptr %segsum_x_re[%v3685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3679, %v3686 : f32, !llvm.ptr
        %v3687 = llvm.load %v989 : !llvm.ptr -> f32
        %v3688 = arith.addi %v7, %v110 : i64
        %v3689 = arith.muli %v3688, %v2 : i64
        %v3690 = arith.addi %v3689, %v155 : i64
        %v3691 = arith.muli %v3690, %size_B : i64
        %v3692 = arith.subi %size_B, %v3 : i64
        %v3693 = arith.minsi %v113, %v3692 : i64
        %v3694 = arith.addi %v3691, %v3693 : i64
        %v3695 = llvm.getelementptr %segsum_x_re[%v3694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3687, %v3695 : f32, !llvm.ptr
        %v3696 = llvm.load %v990 : !llvm.ptr -> f32
        %v3697 = arith.muli %v130, %v7 : i64
        %v3698 = arith.addi %v3697, %v110 : i64
        %v3699 = arith.muli %v3698, %v2 : i64
        %v3700 = arith.addi %v3699, %v155 : i64
        %v3701 = arith.muli %v3700, %size_B : i64
        %v3702 = arith.subi %size_B, %v3 : i64
        %v3703 = arith.minsi %v113, %v3702 : i64
        %v3704 = arith.addi %v3701, %v3703 : i64
        %v3705 = llvm.getelementptr %segsum_x_re[%v3704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3696, %v3705 : f32, !llvm.ptr
        %v3706 = llvm.load %v219 : !llvm.ptr -> f32
        %v3707 = arith.muli %v132, %v7 : i64
        %v3708 = arith.addi %v3707, %v110 : i64
        %v3709 = arith.muli %v3708, %v2 : i64
        %v3710 = arith.addi %v3709, %v155 : i64
        %v3711 = arith.muli %v3710, %size_B : i64
        %v3712 = arith.subi %size_B, %v3 : i64
        %v3713 = arith.minsi %v113, %v3712 : i64
        %v3714 = arith.addi %v3711, %v3713 : i64
        %v3715 = llvm.getelementptr %segsum_x_re[%v3714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3706, %v3715 : f32, !llvm.ptr
        %v3716 = llvm.load %v282 : !llvm.ptr -> f32
        %v3717 = arith.muli %v1, %v7 : i64
        %v3718 = arith.addi %v3717, %v110 : i64
        %v3719 = arith.muli %v3718, %v2 : i64
        %v3720 = arith.addi %v3719, %v155 : i64
        %v3721 = arith.muli %v3720, %size_B : i64
        %v3722 = arith.subi %size_B, %v3 : i64
        %v3723 = arith.minsi %v113, %v3722 : i64
        %v3724 = arith.addi %v3721, %v3723 : i64
        %v3725 = llvm.getelementptr %segsum_x_re[%v3724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3716, %v3725 : f32, !llvm.ptr
        %v3726 = llvm.load %v157 : !llvm.ptr -> f32
        %v3727 = arith.muli %v110, %v2 : i64
        %v3728 = arith.muli %v3727, %size_B : i64
        %v3729 = arith.subi %size_B, %v3 : i64
        %v3730 = arith.minsi %v113, %v3729 : i64
        %v3731 = arith.addi %v3728, %v3730 : i64
        %v3732 = llvm.getelementptr %segsum_x_im[%v3731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3726, %v3732 : f32, !llvm.ptr
        %v3733 = llvm.load %v991 : !llvm.ptr -> f32
        %v3734 = arith.addi %v7, %v110 : i64
        %v3735 = arith.muli %v3734, %v2 : i64
        %v3736 = arith.muli %v3735, %size_B : i64
        %v3737 = arith.subi %size_B, %v3 : i64
        %v3738 = arith.minsi %v113, %v3737 : i64
        %v3739 = arith.addi %v3736, %v3738 : i64
        %v3740 = llvm.getelementptr %segsum_x_im[%v3739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3733, %v3740 : f32, !llvm.ptr
        %v3741 = llvm.load %v992 : !llvm.ptr -> f32
        %v3742 = arith.muli %v130, %v7 : i64
        %v3743 = arith.addi %v3742, %v110 : i64
        %v3744 = arith.muli %v3743, %v2 : i64
        %v3745 = arith.muli %v3744, %size_B : i64
        %v3746 = arith.subi %size_B, %v3 : i64
        %v3747 = arith.minsi %v113, %v3746 : i64
        %v3748 = arith.addi %v3745, %v3747 : i64
        %v3749 = llvm.getelementptr %segsum_x_im[%v3748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3741, %v3749 : f32, !llvm.ptr
        %v3750 = llvm.load %v284 : !llvm.ptr -> f32
        %v3751 = arith.muli %v132, %v7 : i64
        %v3752 = arith.addi %v3751, %v110 : i64
        %v3753 = arith.muli %v3752, %v2 : i64
        %v3754 = arith.muli %v3753, %size_B : i64
        %v3755 = arith.subi %size_B, %v3 : i64
        %v3756 = arith.minsi %v113, %v3755 : i64
        %v3757 = arith.addi %v3754, %v3756 : i64
        %v3758 = llvm.getelementptr %segsum_x_im[%v3757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3750, %v3758 : f32, !llvm.ptr
        %v3759 = llvm.load %v221 : !llvm.ptr -> f32
        %v3760 = arith.muli %v1, %v7 : i64
        %v3761 = arith.addi %v3760, %v110 : i64
        %v3762 = arith.muli %v3761, %v2 : i64
        %v3763 = arith.muli %v3762, %size_B : i64
        %v3764 = arith.subi %size_B, %v3 : i64
        %v3765 = arith.minsi %v113, %v3764 : i64
        %v3766 = arith.addi %v3763, %v3765 : i64
        %v3767 = llvm.getelementptr %segsum_x_im[%v3766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3759, %v3767 : f32, !llvm.ptr
        %v3768 = llvm.load %v159 : !llvm.ptr -> f32
        %v3769 = arith.muli %v110, %v2 : i64
        %v3770 = arith.addi %v3769, %v3 : i64
        %v3771 = arith.muli %v3770, %size_B : i64
        %v3772 = arith.subi %size_B, %v3 : i64
        %v3773 = arith.minsi %v113, %v3772 : i64
        %v3774 = arith.addi %v3771, %v3773 : i64
        %v3775 = llvm.getelementptr %segsum_x_im[%v3774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3768, %v3775 : f32, !llvm.ptr
        %v3776 = llvm.load %v993 : !llvm.ptr -> f32
        %v3777 = arith.addi %v7, %v110 : i64
        %v3778 = arith.muli %v3777, %v2 : i64
        %v3779 = arith.addi %v3778, %v3 : i64
        %v3780 = arith.muli %v3779, %size_B : i64
        %v3781 = arith.subi %size_B, %v3 : i64
        %v3782 = arith.minsi %v113, %v3781 : i64
        %v3783 = arith.addi %v3780, %v3782 : i64
        %v3784 = llvm.getelementptr %segsum_x_im[%v3783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3776, %v3784 : f32, !llvm.ptr
        %v3785 = llvm.load %v994 : !llvm.ptr -> f32
        %v3786 = arith.muli %v130, %v7 : i64
        %v3787 = arith.addi %v3786, %v110 : i64
        %v3788 = arith.muli %v3787, %v2 : i64
        %v3789 = arith.addi %v3788, %v3 : i64
        %v3790 = arith.muli %v3789, %size_B : i64
        %v3791 = arith.subi %size_B, %v3 : i64
        %v3792 = arith.minsi %v113, %v3791 : i64
        %v3793 = arith.addi %v3790, %v3792 : i64
        %v3794 = llvm.getelementptr %segsum_x_im[%v3793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3785, %v3794 : f32, !llvm.ptr
        %v3795 = llvm.load %v286 : !llvm.ptr -> f32
        %v3796 = arith.muli %v132, %v7 : i64
        %v3797 = arith.addi %v3796, %v110 : i64
        %v3798 = arith.muli %v3797, %v2 : i64
        %v3799 = arith.addi %v3798, %v3 : i64
        %v3800 = arith.muli %v3799, %size_B : i64
        %v3801 = arith.subi %size_B, %v3 : i64
        %v3802 = arith.minsi %v113, %v3801 : i64
        %v3803 = arith.addi %v3800, %v3802 : i64
        %v3804 = llvm.getelementptr %segsum_x_im[%v3803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3795, %v3804 : f32, !llvm.ptr
        %v3805 = llvm.load %v223 : !llvm.ptr -> f32
        %v3806 = arith.muli %v1, %v7 : i64
        %v3807 = arith.addi %v3806, %v110 : i64
        %v3808 = arith.muli %v3807, %v2 : i64
        %v3809 = arith.addi %v3808, %v3 : i64
        %v3810 = arith.muli %v3809, %size_B : i64
        %v3811 = arith.subi %size_B, %v3 : i64
        %v3812 = arith.minsi %v113, %v3811 : i64
        %v3813 = arith.addi %v3810, %v3812 : i64
        %v3814 = llvm.getelementptr %segsum_x_im[%v3813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3805, %v3814 : f32, !llvm.ptr
        %v3815 = llvm.load %v161 : !llvm.ptr -> f32
        %v3816 = arith.muli %v110, %v2 : i64
        %v3817 = arith.addi %v3816, %v130 : i64
        %v3818 = arith.muli %v3817, %size_B : i64
        %v3819 = arith.subi %size_B, %v3 : i64
        %v3820 = arith.minsi %v113, %v3819 : i64
        %v3821 = arith.addi %v3818, %v3820 : i64
        %v3822 = llvm.getelementptr %segsum_x_im[%v3821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3815, %v3822 : f32, !llvm.ptr
        %v3823 = llvm.load %v995 : !llvm.ptr -> f32
        %v3824 = arith.addi %v7, %v110 : i64
        %v3825 = arith.muli %v3824, %v2 : i64
        %v3826 = arith.addi %v3825, %v130 : i64
        %v3827 = arith.muli %v3826, %size_B : i64
        %v3828 = arith.subi %size_B, %v3 : i64
        %v3829 = arith.minsi %v113, %v3828 : i64
        %v3830 = arith.addi %v3827, %v3829 : i64
        %v3831 = llvm.getelementptr %segsum_x_im[%v3830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3823, %v3831 : f32, !llvm.ptr
        %v3832 = llvm.load %v996 : !llvm.ptr -> f32
        %v3833 = arith.muli %v130, %v7 : i64
        %v3834 = arith.addi %v3833, %v110 : i64
        %v3835 = arith.muli %v3834, %v2 : i64
        %v3836 = arith.addi %v3835, %v130 : i64
        %v3837 = arith.muli %v3836, %size_B : i64
        %v3838 = arith.subi %size_B, %v3 : i64
        %v3839 = arith.minsi %v113, %v3838 : i64
        %v3840 = arith.addi %v3837, %v3839 : i64
        %v3841 = llvm.getelementptr %segsum_x_im[%v3840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3832, %v3841 : f32, !llvm.ptr
        %v3842 = llvm.load %v288 : !llvm.ptr -> f32
        %v3843 = arith.muli %v132, %v7 : i64
        %v3844 = arith.addi %v3843, %v110 : i64
        %v3845 = arith.muli %v3844, %v2 : i64
        %v3846 = arith.addi %v3845, %v130 : i64
        %v3847 = arith.muli %v3846, %size_B : i64
        %v3848 = arith.subi %size_B, %v3 : i64
        %v3849 = arith.minsi %v113, %v3848 : i64
        %v3850 = arith.addi %v3847, %v3849 : i64
        %v3851 = llvm.getelementptr %segsum_x_im[%v3850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3842, %v3851 : f32, !llvm.ptr
        %v3852 = llvm.load %v225 : !llvm.ptr -> f32
        %v3853 = arith.muli %v1, %v7 : i64
        %v3854 = arith.addi %v3853, %v110 : i64
        %v3855 = arith.muli %v3854, %v2 : i64
        %v3856 = arith.addi %v3855, %v130 : i64
        %v3857 = arith.muli %v3856, %size_B : i64
        %v3858 = arith.subi %size_B, %v3 : i64
        %v3859 = arith.minsi %v113, %v3858 : i64
        %v3860 = arith.addi %v3857, %v3859 : i64
        %v3861 = llvm.getelementptr %segsum_x_im[%v3860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3852, %v3861 : f32, !llvm.ptr
        %v3862 = llvm.load %v163 : !llvm.ptr -> f32
        %v3863 = arith.muli %v110, %v2 : i64
        %v3864 = arith.addi %v3863, %v132 : i64
        %v3865 = arith.muli %v3864, %size_B : i64
        %v3866 = arith.subi %size_B, %v3 : i64
        %v3867 = arith.minsi %v113, %v3866 : i64
        %v3868 = arith.addi %v3865, %v3867 : i64
        %v3869 = llvm.getelementptr %segsum_x_im[%v3868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3862, %v3869 : f32, !llvm.ptr
        %v3870 = llvm.load %v997 : !llvm.ptr -> f32
        %v3871 = arith.addi %v7, %v110 : i64
        %v3872 = arith.muli %v3871, %v2 : i64
        %v3873 = arith.addi %v3872, %v132 : i64
        %v3874 = arith.muli %v3873, %size_B : i64
        %v3875 = arith.subi %size_B, %v3 : i64
        %v3876 = arith.minsi %v113, %v3875 : i64
        %v3877 = arith.addi %v3874, %v3876 : i64
        %v3878 = llvm.getelementptr %segsum_x_im[%v3877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3870, %v3878 : f32, !llvm.ptr
        %v3879 = llvm.load %v998 : !llvm.ptr -> f32
        %v3880 = arith.muli %v130, %v7 : i64
        %v3881 = arith.addi %v3880, %v110 : i64
        %v3882 = arith.muli %v3881, %v2 : i64
        %v3883 = arith.addi %v3882, %v132 : i64
        %v3884 = arith.muli %v3883, %size_B : i64
        %v3885 = arith.subi %size_B, %v3 : i64
        %v3886 = arith.minsi %v113, %v3885 : i64
        %v3887 = arith.addi %v3884, %v3886 : i64
        %v3888 = llvm.getelementptr %segsum_x_im[%v3887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3879, %v3888 : f32, !llvm.ptr
        %v3889 = llvm.load %v290 : !llvm.ptr -> f32
        %v3890 = arith.muli %v132, %v7 : i64
        %v3891 = arith.addi %v3890, %v110 : i64
        %v3892 = arith.muli %v3891, %v2 : i64
        %v3893 = arith.addi %v3892, %v132 : i64
        %v3894 = arith.muli %v3893, %size_B : i64
        %v3895 = arith.subi %size_B, %v3 : i64
        %v3896 = arith.minsi %v113, %v3895 : i64
        %v3897 = arith.addi %v3894, %v3896 : i64
        %v3898 = llvm.getelementptr %segsum_x_im[%v3897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3889, %v3898 : f32, !llvm.ptr
        %v3899 = llvm.load %v227 : !llvm.ptr -> f32
        %v3900 = arith.muli %v1, %v7 : i64
        %v3901 = arith.addi %v3900, %v110 : i64
        %v3902 = arith.muli %v3901, %v2 : i64
        %v3903 = arith.addi %v3902, %v132 : i64
        %v3904 = arith.muli %v3903, %size_B : i64
        %v3905 = arith.subi %size_B, %v3 : i64
        %v3906 = arith.minsi %v113, %v3905 : i64
        %v3907 = arith.addi %v3904, %v3906 : i64
        %v3908 = llvm.getelementptr %segsum_x_im[%v3907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3899, %v3908 : f32, !llvm.ptr
        %v3909 = llvm.load %v165 : !llvm.ptr -> f32
        %v3910 = arith.muli %v110, %v2 : i64
        %v3911 = arith.addi %v3910, %v1 : i64
        %v3912 = arith.muli %v3911, %size_B : i64
        %v3913 = arith.subi %size_B, %v3 : i64
        %v3914 = arith.minsi %v113, %v3913 : i64
        %v3915 = arith.addi %v3912, %v3914 : i64
        %v3916 = llvm.getelementptr %segsum_x_im[%v3915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3909, %v3916 : f32, !llvm.ptr
        %v3917 = llvm.load %v999 : !llvm.ptr -> f32
        %v3918 = arith.addi %v7, %v110 : i64
        %v3919 = arith.muli %v3918, %v2 : i64
        %v3920 = arith.addi %v3919, %v1 : i64
        %v3921 = arith.muli %v3920, %size_B : i64
        %v3922 = arith.subi %size_B, %v3 : i64
        %v3923 = arith.minsi %v113, %v3922 : i64
        %v3924 = arith.addi %v3921, %v3923 : i64
        %v3925 = llvm.getelementptr %segsum_x_im[%v3924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3917, %v3925 : f32, !llvm.ptr
        %v3926 = llvm.load %v1000 : !llvm.ptr -> f32
        %v3927 = arith.muli %v130, %v7 : i64
        %v3928 = arith.addi %v3927, %v110 : i64
        %v3929 = arith.muli %v3928, %v2 : i64
        %v3930 = arith.addi %v3929, %v1 : i64
        %v3931 = arith.muli %v3930, %size_B : i64
        %v3932 = arith.subi %size_B, %v3 : i64
        %v3933 = arith.minsi %v113, %v3932 : i64
        %v3934 = arith.addi %v3931, %v3933 : i64
        %v3935 = llvm.getelementptr %segsum_x_im[%v3934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3926, %v3935 : f32, !llvm.ptr
        %v3936 = llvm.load %v292 : !llvm.ptr -> f32
        %v3937 = arith.muli %v132, %v7 : i64
        %v3938 = arith.addi %v3937, %v110 : i64
        %v3939 = arith.muli %v3938, %v2 : i64
        %v3940 = arith.addi %v3939, %v1 : i64
        %v3941 = arith.muli %v3940, %size_B : i64
        %v3942 = arith.subi %size_B, %v3 : i64
        %v3943 = arith.minsi %v113, %v3942 : i64
        %v3944 = arith.addi %v3941, %v3943 : i64
        %v3945 = llvm.getelementptr %segsum_x_im[%v3944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3936, %v3945 : f32, !llvm.ptr
        %v3946 = llvm.load %v229 : !llvm.ptr -> f32
        %v3947 = arith.muli %v1, %v7 : i64
        %v3948 = arith.addi %v3947, %v110 : i64
        %v3949 = arith.muli %v3948, %v2 : i64
        %v3950 = arith.addi %v3949, %v1 : i64
        %v3951 = arith.muli %v3950, %size_B : i64
        %v3952 = arith.subi %size_B, %v3 : i64
        %v3953 = arith.minsi %v113, %v3952 : i64
        %v3954 = arith.addi %v3951, %v3953 : i64
        %v3955 = llvm.getelementptr %segsum_x_im[%v3954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3946, %v3955 : f32, !llvm.ptr
        %v3956 = llvm.load %v167 : !llvm.ptr -> f32
        %v3957 = arith.muli %v110, %v2 : i64
        %v3958 = arith.addi %v3957, %v135 : i64
        %v3959 = arith.muli %v3958, %size_B : i64
        %v3960 = arith.subi %size_B, %v3 : i64
        %v3961 = arith.minsi %v113, %v3960 : i64
        %v3962 = arith.addi %v3959, %v3961 : i64
        %v3963 = llvm.getelementptr %segsum_x_im[%v3962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3956, %v3963 : f32, !llvm.ptr
        %v3964 = llvm.load %v1001 : !llvm.ptr -> f32
        %v3965 = arith.addi %v7, %v110 : i64
        %v3966 = arith.muli %v3965, %v2 : i64
        %v3967 = arith.addi %v3966, %v135 : i64
        %v3968 = arith.muli %v3967, %size_B : i64
        %v3969 = arith.subi %size_B, %v3 : i64
        %v3970 = arith.minsi %v113, %v3969 : i64
        %v3971 = arith.addi %v3968, %v3970 : i64
        %v3972 = llvm.getelementptr %segsum_x_im[%v3971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3964, %v3972 : f32, !llvm.ptr
        %v3973 = llvm.load %v1002 : !llvm.ptr -> f32
        %v3974 = arith.muli %v130, %v7 : i64
        %v3975 = arith.addi %v3974, %v110 : i64
        %v3976 = arith.muli %v3975, %v2 : i64
        %v3977 = arith.addi %v3976, %v135 : i64
        %v3978 = arith.muli %v3977, %size_B : i64
        %v3979 = arith.subi %size_B, %v3 : i64
        %v3980 = arith.minsi %v113, %v3979 : i64
        %v3981 = arith.addi %v3978, %v3980 : i64
        %v3982 = llvm.getelementptr %segsum_x_im[%v3981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3973, %v3982 : f32, !llvm.ptr
        %v3983 = llvm.load %v294 : !llvm.ptr -> f32
        %v3984 = arith.muli %v132, %v7 : i64
        %v3985 = arith.addi %v3984, %v110 : i64
        %v3986 = arith.muli %v3985, %v2 : i64
        %v3987 = arith.addi %v3986, %v135 : i64
        %v3988 = arith.muli %v3987, %size_B : i64
        %v3989 = arith.subi %size_B, %v3 : i64
        %v3990 = arith.minsi %v113, %v3989 : i64
        %v3991 = arith.addi %v3988, %v3990 : i64
        %v3992 = llvm.getelementptr %segsum_x_im[%v3991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3983, %v3992 : f32, !llvm.ptr
        %v3993 = llvm.load %v231 : !llvm.ptr -> f32
        %v3994 = arith.muli %v1, %v7 : i64
        %v3995 = arith.addi %v3994, %v110 : i64
        %v3996 = arith.muli %v3995, %v2 : i64
        %v3997 = arith.addi %v3996, %v135 : i64
        %v3998 = arith.muli %v3997, %size_B : i64
        %v3999 = arith.subi %size_B, %v3 : i64
        %v4000 = arith.minsi %v113, %v3999 : i64
        %v4001 = arith.addi %v3998, %v4000 : i64
        %v4002 = llvm.getelementptr %segsum_x_im[%v4001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3993, %v4002 : f32, !llvm.ptr
        %v4003 = llvm.load %v169 : !llvm.ptr -> f32
        %v4004 = arith.muli %v110, %v2 : i64
        %v4005 = arith.addi %v4004, %v137 : i64
        %v4006 = arith.muli %v4005, %size_B : i64
        %v4007 = arith.subi %size_B, %v3 : i64
        %v4008 = arith.minsi %v113, %v4007 : i64
        %v4009 = arith.addi %v4006, %v4008 : i64
        %v4010 = llvm.getelementptr %segsum_x_im[%v4009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4003, %v4010 : f32, !llvm.ptr
        %v4011 = llvm.load %v1003 : !llvm.ptr -> f32
        %v4012 = arith.addi %v7, %v110 : i64
        %v4013 = arith.muli %v4012, %v2 : i64
        %v4014 = arith.addi %v4013, %v137 : i64
        %v4015 = arith.muli %v4014, %size_B : i64
        %v4016 = arith.subi %size_B, %v3 : i64
        %v4017 = arith.minsi %v113, %v4016 : i64
        %v4018 = arith.addi %v4015, %v4017 : i64
        %v4019 = llvm.getelementptr %segsum_x_im[%v4018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4011, %v4019 : f32, !llvm.ptr
        %v4020 = llvm.load %v1004 : !llvm.ptr -> f32
        %v4021 = arith.muli %v130, %v7 : i64
        %v4022 = arith.addi %v4021, %v110 : i64
        %v4023 = arith.muli %v4022, %v2 : i64
        %v4024 = arith.addi %v4023, %v137 : i64
        %v4025 = arith.muli %v4024, %size_B : i64
        %v4026 = arith.subi %size_B, %v3 : i64
        %v4027 = arith.minsi %v113, %v4026 : i64
        %v4028 = arith.addi %v4025, %v4027 : i64
        %v4029 = llvm.getelementptr %segsum_x_im[%v4028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4020, %v4029 : f32, !llvm.ptr
        %v4030 = llvm.load %v296 : !llvm.ptr -> f32
        %v4031 = arith.muli %v132, %v7 : i64
        %v4032 = arith.addi %v4031, %v110 : i64
        %v4033 = arith.muli %v4032, %v2 : i64
        %v4034 = arith.addi %v4033, %v137 : i64
        %v4035 = arith.muli %v4034, %size_B : i64
        %v4036 = arith.subi %size_B, %v3 : i64
        %v4037 = arith.minsi %v113, %v4036 : i64
        %v4038 = arith.addi %v4035, %v4037 : i64
        %v4039 = llvm.getelementptr %segsum_x_im[%v4038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4030, %v4039 : f32, !llvm.ptr
        %v4040 = llvm.load %v233 : !llvm.ptr -> f32
        %v4041 = arith.muli %v1, %v7 : i64
        %v4042 = arith.addi %v4041, %v110 : i64
        %v4043 = arith.muli %v4042, %v2 : i64
        %v4044 = arith.addi %v4043, %v137 : i64
        %v4045 = arith.muli %v4044, %size_B : i64
        %v4046 = arith.subi %size_B, %v3 : i64
        %v4047 = arith.minsi %v113, %v4046 : i64
        %v4048 = arith.addi %v4045, %v4047 : i64
        %v4049 = llvm.getelementptr %segsum_x_im[%v4048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4040, %v4049 : f32, !llvm.ptr
        %v4050 = llvm.load %v171 : !llvm.ptr -> f32
        %v4051 = arith.muli %v110, %v2 : i64
        %v4052 = arith.addi %v4051, %v139 : i64
        %v4053 = arith.muli %v4052, %size_B : i64
        %v4054 = arith.subi %size_B, %v3 : i64
        %v4055 = arith.minsi %v113, %v4054 : i64
        %v4056 = arith.addi %v4053, %v4055 : i64
        %v4057 = llvm.getelementptr %segsum_x_im[%v4056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4050, %v4057 : f32, !llvm.ptr
        %v4058 = llvm.load %v1005 : !llvm.ptr -> f32
        %v4059 = arith.addi %v7, %v110 : i64
        %v4060 = arith.muli %v4059, %v2 : i64
        %v4061 = arith.addi %v4060, %v139 : i64
        %v4062 = arith.muli %v4061, %size_B : i64
        %v4063 = arith.subi %size_B, %v3 : i64
        %v4064 = arith.minsi %v113, %v4063 : i64
        %v4065 = arith.addi %v4062, %v4064 : i64
        %v4066 = llvm.getelementptr %segsum_x_im[%v4065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4058, %v4066 : f32, !llvm.ptr
        %v4067 = llvm.load %v1006 : !llvm.ptr -> f32
        %v4068 = arith.muli %v130, %v7 : i64
        %v4069 = arith.addi %v4068, %v110 : i64
        %v4070 = arith.muli %v4069, %v2 : i64
        %v4071 = arith.addi %v4070, %v139 : i64
        %v4072 = arith.muli %v4071, %size_B : i64
        %v4073 = arith.subi %size_B, %v3 : i64
        %v4074 = arith.minsi %v113, %v4073 : i64
        %v4075 = arith.addi %v4072, %v4074 : i64
        %v4076 = llvm.getelementptr %segsum_x_im[%v4075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4067, %v4076 : f32, !llvm.ptr
        %v4077 = llvm.load %v298 : !llvm.ptr -> f32
        %v4078 = arith.muli %v132, %v7 : i64
        %v4079 = arith.addi %v4078, %v110 : i64
        %v4080 = arith.muli %v4079, %v2 : i64
        %v4081 = arith.addi %v4080, %v139 : i64
        %v4082 = arith.muli %v4081, %size_B : i64
        %v4083 = arith.subi %size_B, %v3 : i64
        %v4084 = arith.minsi %v113, %v4083 : i64
        %v4085 = arith.addi %v4082, %v4084 : i64
        %v4086 = llvm.getelementptr %segsum_x_im[%v4085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4077, %v4086 : f32, !llvm.ptr
        %v4087 = llvm.load %v235 : !llvm.ptr -> f32
        %v4088 = arith.muli %v1, %v7 : i64
        %v4089 = arith.addi %v4088, %v110 : i64
        %v4090 = arith.muli %v4089, %v2 : i64
        %v4091 = arith.addi %v4090, %v139 : i64
        %v4092 = arith.muli %v4091, %size_B : i64
        %v4093 = arith.subi %size_B, %v3 : i64
        %v4094 = arith.minsi %v113, %v4093 : i64
        %v4095 = arith.addi %v4092, %v4094 : i64
        %v4096 = llvm.getelementptr %segsum_x_im[%v4095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4087, %v4096 : f32, !llvm.ptr
        %v4097 = llvm.load %v173 : !llvm.ptr -> f32
        %v4098 = arith.muli %v110, %v2 : i64
        %v4099 = arith.addi %v4098, %v141 : i64
        %v4100 = arith.muli %v4099, %size_B : i64
        %v4101 = arith.subi %size_B, %v3 : i64
        %v4102 = arith.minsi %v113, %v4101 : i64
        %v4103 = arith.addi %v4100, %v4102 : i64
        %v4104 = llvm.getelementptr %segsum_x_im[%v4103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4097, %v4104 : f32, !llvm.ptr
        %v4105 = llvm.load %v1007 : !llvm.ptr -> f32
        %v4106 = arith.addi %v7, %v110 : i64
        %v4107 = arith.muli %v4106, %v2 : i64
        %v4108 = arith.addi %v4107, %v141 : i64
        %v4109 = arith.muli %v4108, %size_B : i64
        %v4110 = arith.subi %size_B, %v3 : i64
        %v4111 = arith.minsi %v113, %v4110 : i64
        %v4112 = arith.addi %v4109, %v4111 : i64
        %v4113 = llvm.getelementptr %segsum_x_im[%v4112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4105, %v4113 : f32, !llvm.ptr
        %v4114 = llvm.load %v1008 : !llvm.ptr -> f32
        %v4115 = arith.muli %v130, %v7 : i64
        %v4116 = arith.addi %v4115, %v110 : i64
        %v4117 = arith.muli %v4116, %v2 : i64
        %v4118 = arith.addi %v4117, %v141 : i64
        %v4119 = arith.muli %v4118, %size_B : i64
        %v4120 = arith.subi %size_B, %v3 : i64
        %v4121 = arith.minsi %v113, %v4120 : i64
        %v4122 = arith.addi %v4119, %v4121 : i64
        %v4123 = llvm.getelementptr %segsum_x_im[%v4122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4114, %v4123 : f32, !llvm.ptr
        %v4124 = llvm.load %v300 : !llvm.ptr -> f32
        %v4125 = arith.muli %v132, %v7 : i64
        %v4126 = arith.addi %v4125, %v110 : i64
        %v4127 = arith.muli %v4126, %v2 : i64
        %v4128 = arith.addi %v4127, %v141 : i64
        %v4129 = arith.muli %v4128, %size_B : i64
        %v4130 = arith.subi %size_B, %v3 : i64
        %v4131 = arith.minsi %v113, %v4130 : i64
        %v4132 = arith.addi %v4129, %v4131 : i64
        %v4133 = llvm.getelementptr %segsum_x_im[%v4132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4124, %v4133 : f32, !llvm.ptr
        %v4134 = llvm.load %v237 : !llvm.ptr -> f32
        %v4135 = arith.muli %v1, %v7 : i64
        %v4136 = arith.addi %v4135, %v110 : i64
        %v4137 = arith.muli %v4136, %v2 : i64
        %v4138 = arith.addi %v4137, %v141 : i64
        %v4139 = arith.muli %v4138, %size_B : i64
        %v4140 = arith.subi %size_B, %v3 : i64
        %v4141 = arith.minsi %v113, %v4140 : i64
        %v4142 = arith.addi %v4139, %v4141 : i64
        %v4143 = llvm.getelementptr %segsum_x_im[%v4142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4134, %v4143 : f32, !llvm.ptr
        %v4144 = llvm.load %v175 : !llvm.ptr -> f32
        %v4145 = arith.muli %v110, %v2 : i64
        %v4146 = arith.addi %v4145, %v143 : i64
        %v4147 = arith.muli %v4146, %size_B : i64
        %v4148 = arith.subi %size_B, %v3 : i64
        %v4149 = arith.minsi %v113, %v4148 : i64
        %v4150 = arith.addi %v4147, %v4149 : i64
        %v4151 = llvm.getelementptr %segsum_x_im[%v4150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4144, %v4151 : f32, !llvm.ptr
        %v4152 = llvm.load %v1009 : !llvm.ptr -> f32
        %v4153 = arith.addi %v7, %v110 : i64
        %v4154 = arith.muli %v4153, %v2 : i64
        %v4155 = arith.addi %v4154, %v143 : i64
        %v4156 = arith.muli %v4155, %size_B : i64
        %v4157 = arith.subi %size_B, %v3 : i64
        %v4158 = arith.minsi %v113, %v4157 : i64
        %v4159 = arith.addi %v4156, %v4158 : i64
        %v4160 = llvm.getelementptr %segsum_x_im[%v4159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4152, %v4160 : f32, !llvm.ptr
        %v4161 = llvm.load %v1010 : !llvm.ptr -> f32
        %v4162 = arith.muli %v130, %v7 : i64
        %v4163 = arith.addi %v4162, %v110 : i64
        %v4164 = arith.muli %v4163, %v2 : i64
        %v4165 = arith.addi %v4164, %v143 : i64
        %v4166 = arith.muli %v4165, %size_B : i64
        %v4167 = arith.subi %size_B, %v3 : i64
        %v4168 = arith.minsi %v113, %v4167 : i64
        %v4169 = arith.addi %v4166, %v4168 : i64
        %v4170 = llvm.getelementptr %segsum_x_im[%v4169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4161, %v4170 : f32, !llvm.ptr
        %v4171 = llvm.load %v302 : !llvm.ptr -> f32
        %v4172 = arith.muli %v132, %v7 : i64
        %v4173 = arith.addi %v4172, %v110 : i64
        %v4174 = arith.muli %v4173, %v2 : i64
        %v4175 = arith.addi %v4174, %v143 : i64
        %v4176 = arith.muli %v4175, %size_B : i64
        %v4177 = arith.subi %size_B, %v3 : i64
        %v4178 = arith.minsi %v113, %v4177 : i64
        %v4179 = arith.addi %v4176, %v4178 : i64
        %v4180 = llvm.getelementptr %segsum_x_im[%v4179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4171, %v4180 : f32, !llvm.ptr
        %v4181 = llvm.load %v239 : !llvm.ptr -> f32
        %v4182 = arith.muli %v1, %v7 : i64
        %v4183 = arith.addi %v4182, %v110 : i64
        %v4184 = arith.muli %v4183, %v2 : i64
        %v4185 = arith.addi %v4184, %v143 : i64
        %v4186 = arith.muli %v4185, %size_B : i64
        %v4187 = arith.subi %size_B, %v3 : i64
        %v4188 = arith.minsi %v113, %v4187 : i64
        %v4189 = arith.addi %v4186, %v4188 : i64
        %v4190 = llvm.getelementptr %segsum_x_im[%v4189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4181, %v4190 : f32, !llvm.ptr
        %v4191 = llvm.load %v177 : !llvm.ptr -> f32
        %v4192 = arith.muli %v110, %v2 : i64
        %v4193 = arith.addi %v4192, %v145 : i64
        %v4194 = arith.muli %v4193, %size_B : i64
        %v4195 = arith.subi %size_B, %v3 : i64
        %v4196 = arith.minsi %v113, %v4195 : i64
        %v4197 = arith.addi %v4194, %v4196 : i64
        %v4198 = llvm.getelementptr %segsum_x_im[%v4197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4191, %v4198 : f32, !llvm.ptr
        %v4199 = llvm.load %v1011 : !llvm.ptr -> f32
        %v4200 = arith.addi %v7, %v110 : i64
        %v4201 = arith.muli %v4200, %v2 : i64
        %v4202 = arith.addi %v4201, %v145 : i64
        %v4203 = arith.muli %v4202, %size_B : i64
        %v4204 = arith.subi %size_B, %v3 : i64
        %v4205 = arith.minsi %v113, %v4204 : i64
        %v4206 = arith.addi %v4203, %v4205 : i64
        %v4207 = llvm.getelementptr %segsum_x_im[%v4206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4199, %v4207 : f32, !llvm.ptr
        %v4208 = llvm.load %v1012 : !llvm.ptr -> f32
        %v4209 = arith.muli %v130, %v7 : i64
        %v4210 = arith.addi %v4209, %v110 : i64
        %v4211 = arith.muli %v4210, %v2 : i64
        %v4212 = arith.addi %v4211, %v145 : i64
        %v4213 = arith.muli %v4212, %size_B : i64
        %v4214 = arith.subi %size_B, %v3 : i64
        %v4215 = arith.minsi %v113, %v4214 : i64
        %v4216 = arith.addi %v4213, %v4215 : i64
        %v4217 = llvm.getelementptr %segsum_x_im[%v4216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4208, %v4217 : f32, !llvm.ptr
        %v4218 = llvm.load %v304 : !llvm.ptr -> f32
        %v4219 = arith.muli %v132, %v7 : i64
        %v4220 = arith.addi %v4219, %v110 : i64
        %v4221 = arith.muli %v4220, %v2 : i64
        %v4222 = arith.addi %v4221, %v145 : i64
        %v4223 = arith.muli %v4222, %size_B : i64
        %v4224 = arith.subi %size_B, %v3 : i64
        %v4225 = arith.minsi %v113, %v4224 : i64
        %v4226 = arith.addi %v4223, %v4225 : i64
        %v4227 = llvm.getelementptr %segsum_x_im[%v4226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4218, %v4227 : f32, !llvm.ptr
        %v4228 = llvm.load %v241 : !llvm.ptr -> f32
        %v4229 = arith.muli %v1, %v7 : i64
        %v4230 = arith.addi %v4229, %v110 : i64
        %v4231 = arith.muli %v4230, %v2 : i64
        %v4232 = arith.addi %v4231, %v145 : i64
        %v4233 = arith.muli %v4232, %size_B : i64
        %v4234 = arith.subi %size_B, %v3 : i64
        %v4235 = arith.minsi %v113, %v4234 : i64
        %v4236 = arith.addi %v4233, %v4235 : i64
        %v4237 = llvm.getelementptr %segsum_x_im[%v4236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4228, %v4237 : f32, !llvm.ptr
        %v4238 = llvm.load %v179 : !llvm.ptr -> f32
        %v4239 = arith.muli %v110, %v2 : i64
        %v4240 = arith.addi %v4239, %v147 : i64
        %v4241 = arith.muli %v4240, %size_B : i64
        %v4242 = arith.subi %size_B, %v3 : i64
        %v4243 = arith.minsi %v113, %v4242 : i64
        %v4244 = arith.addi %v4241, %v4243 : i64
        %v4245 = llvm.getelementptr %segsum_x_im[%v4244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4238, %v4245 : f32, !llvm.ptr
        %v4246 = llvm.load %v1013 : !llvm.ptr -> f32
        %v4247 = arith.addi %v7, %v110 : i64
        %v4248 = arith.muli %v4247, %v2 : i64
        %v4249 = arith.addi %v4248, %v147 : i64
        %v4250 = arith.muli %v4249, %size_B : i64
        %v4251 = arith.subi %size_B, %v3 : i64
        %v4252 = arith.minsi %v113, %v4251 : i64
        %v4253 = arith.addi %v4250, %v4252 : i64
        %v4254 = llvm.getelementptr %segsum_x_im[%v4253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4246, %v4254 : f32, !llvm.ptr
        %v4255 = llvm.load %v1014 : !llvm.ptr -> f32
        %v4256 = arith.muli %v130, %v7 : i64
        %v4257 = arith.addi %v4256, %v110 : i64
        %v4258 = arith.muli %v4257, %v2 : i64
        %v4259 = arith.addi %v4258, %v147 : i64
        %v4260 = arith.muli %v4259, %size_B : i64
        %v4261 = arith.subi %size_B, %v3 : i64
        %v4262 = arith.minsi %v113, %v4261 : i64
        %v4263 = arith.addi %v4260, %v4262 : i64
        %v4264 = llvm.getelementptr %segsum_x_im[%v4263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4255, %v4264 : f32, !llvm.ptr
        %v4265 = llvm.load %v306 : !llvm.ptr -> f32
        %v4266 = arith.muli %v132, %v7 : i64
        %v4267 = arith.addi %v4266, %v110 : i64
        %v4268 = arith.muli %v4267, %v2 : i64
        %v4269 = arith.addi %v4268, %v147 : i64
        %v4270 = arith.muli %v4269, %size_B : i64
        %v4271 = arith.subi %size_B, %v3 : i64
        %v4272 = arith.minsi %v113, %v4271 : i64
        %v4273 = arith.addi %v4270, %v4272 : i64
        %v4274 = llvm.getelementptr %segsum_x_im[%v4273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4265, %v4274 : f32, !llvm.ptr
        %v4275 = llvm.load %v243 : !llvm.ptr -> f32
        %v4276 = arith.muli %v1, %v7 : i64
        %v4277 = arith.addi %v4276, %v110 : i64
        %v4278 = arith.muli %v4277, %v2 : i64
        %v4279 = arith.addi %v4278, %v147 : i64
        %v4280 = arith.muli %v4279, %size_B : i64
        %v4281 = arith.subi %size_B, %v3 : i64
        %v4282 = arith.minsi %v113, %v4281 : i64
        %v4283 = arith.addi %v4280, %v4282 : i64
        %v4284 = llvm.getelementptr %segsum_x_im[%v4283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4275, %v4284 : f32, !llvm.ptr
        %v4285 = llvm.load %v181 : !llvm.ptr -> f32
        %v4286 = arith.muli %v110, %v2 : i64
        %v4287 = arith.addi %v4286, %v149 : i64
        %v4288 = arith.muli %v4287, %size_B : i64
        %v4289 = arith.subi %size_B, %v3 : i64
        %v4290 = arith.minsi %v113, %v4289 : i64
        %v4291 = arith.addi %v4288, %v4290 : i64
        %v4292 = llvm.getelementptr %segsum_x_im[%v4291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4285, %v4292 : f32, !llvm.ptr
        %v4293 = llvm.load %v1015 : !llvm.ptr -> f32
        %v4294 = arith.addi %v7, %v110 : i64
        %v4295 = arith.muli %v4294, %v2 : i64
        %v4296 = arith.addi %v4295, %v149 : i64
        %v4297 = arith.muli %v4296, %size_B : i64
        %v4298 = arith.subi %size_B, %v3 : i64
        %v4299 = arith.minsi %v113, %v4298 : i64
        %v4300 = arith.addi %v4297, %v4299 : i64
        %v4301 = llvm.getelementptr %segsum_x_im[%v4300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4293, %v4301 : f32, !llvm.ptr
        %v4302 = llvm.load %v1016 : !llvm.ptr -> f32
        %v4303 = arith.muli %v130, %v7 : i64
        %v4304 = arith.addi %v4303, %v110 : i64
        %v4305 = arith.muli %v4304, %v2 : i64
        %v4306 = arith.addi %v4305, %v149 : i64
        %v4307 = arith.muli %v4306, %size_B : i64
        %v4308 = arith.subi %size_B, %v3 : i64
        %v4309 = arith.minsi %v113, %v4308 : i64
        %v4310 = arith.addi %v4307, %v4309 : i64
        %v4311 = llvm.getelementptr %segsum_x_im[%v4310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4302, %v4311 : f32, !llvm.ptr
        %v4312 = llvm.load %v308 : !llvm.ptr -> f32
        %v4313 = arith.muli %v132, %v7 : i64
        %v4314 = arith.addi %v4313, %v110 : i64
        %v4315 = arith.muli %v4314, %v2 : i64
        %v4316 = arith.addi %v4315, %v149 : i64
        %v4317 = arith.muli %v4316, %size_B : i64
        %v4318 = arith.subi %size_B, %v3 : i64
        %v4319 = arith.minsi %v113, %v4318 : i64
        %v4320 = arith.addi %v4317, %v4319 : i64
        %v4321 = llvm.getelementptr %segsum_x_im[%v4320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4312, %v4321 : f32, !llvm.ptr
        %v4322 = llvm.load %v245 : !llvm.ptr -> f32
        %v4323 = arith.muli %v1, %v7 : i64
        %v4324 = arith.addi %v4323, %v110 : i64
        %v4325 = arith.muli %v4324, %v2 : i64
        %v4326 = arith.addi %v4325, %v149 : i64
        %v4327 = arith.muli %v4326, %size_B : i64
        %v4328 = arith.subi %size_B, %v3 : i64
        %v4329 = arith.minsi %v113, %v4328 : i64
        %v4330 = arith.addi %v4327, %v4329 : i64
        %v4331 = llvm.getelementptr %segsum_x_im[%v4330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4322, %v4331 : f32, !llvm.ptr
        %v4332 = llvm.load %v183 : !llvm.ptr -> f32
        %v4333 = arith.muli %v110, %v2 : i64
        %v4334 = arith.addi %v4333, %v151 : i64
        %v4335 = arith.muli %v4334, %size_B : i64
        %v4336 = arith.subi %size_B, %v3 : i64
        %v4337 = arith.minsi %v113, %v4336 : i64
        %v4338 = arith.addi %v4335, %v4337 : i64
        %v4339 = llvm.getelementptr %segsum_x_im[%v4338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4332, %v4339 : f32, !llvm.ptr
        %v4340 = llvm.load %v1017 : !llvm.ptr -> f32
        %v4341 = arith.addi %v7, %v110 : i64
        %v4342 = arith.muli %v4341, %v2 : i64
        %v4343 = arith.addi %v4342, %v151 : i64
        %v4344 = arith.muli %v4343, %size_B : i64
        %v4345 = arith.subi %size_B, %v3 : i64
        %v4346 = arith.minsi %v113, %v4345 : i64
        %v4347 = arith.addi %v4344, %v4346 : i64
        %v4348 = llvm.getelementptr %segsum_x_im[%v4347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4340, %v4348 : f32, !llvm.ptr
        %v4349 = llvm.load %v1018 : !llvm.ptr -> f32
        %v4350 = arith.muli %v130, %v7 : i64
        %v4351 = arith.addi %v4350, %v110 : i64
        %v4352 = arith.muli %v4351, %v2 : i64
        %v4353 = arith.addi %v4352, %v151 : i64
        %v4354 = arith.muli %v4353, %size_B : i64
        %v4355 = arith.subi %size_B, %v3 : i64
        %v4356 = arith.minsi %v113, %v4355 : i64
        %v4357 = arith.addi %v4354, %v4356 : i64
        %v4358 = llvm.getelementptr %segsum_x_im[%v4357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4349, %v4358 : f32, !llvm.ptr
        %v4359 = llvm.load %v310 : !llvm.ptr -> f32
        %v4360 = arith.muli %v132, %v7 : i64
        %v4361 = arith.addi %v4360, %v110 : i64
        %v4362 = arith.muli %v4361, %v2 : i64
        %v4363 = arith.addi %v4362, %v151 : i64
        %v4364 = arith.muli %v4363, %size_B : i64
        %v4365 = arith.subi %size_B, %v3 : i64
        %v4366 = arith.minsi %v113, %v4365 : i64
        %v4367 = arith.addi %v4364, %v4366 : i64
        %v4368 = llvm.getelementptr %segsum_x_im[%v4367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4359, %v4368 : f32, !llvm.ptr
        %v4369 = llvm.load %v247 : !llvm.ptr -> f32
        %v4370 = arith.muli %v1, %v7 : i64
        %v4371 = arith.addi %v4370, %v110 : i64
        %v4372 = arith.muli %v4371, %v2 : i64
        %v4373 = arith.addi %v4372, %v151 : i64
        %v4374 = arith.muli %v4373, %size_B : i64
        %v4375 = arith.subi %size_B, %v3 : i64
        %v4376 = arith.minsi %v113, %v4375 : i64
        %v4377 = arith.addi %v4374, %v4376 : i64
        %v4378 = llvm.getelementptr %segsum_x_im[%v4377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4369, %v4378 : f32, !llvm.ptr
        %v4379 = llvm.load %v185 : !llvm.ptr -> f32
        %v4380 = arith.muli %v110, %v2 : i64
        %v4381 = arith.addi %v4380, %v153 : i64
        %v4382 = arith.muli %v4381, %size_B : i64
        %v4383 = arith.subi %size_B, %v3 : i64
        %v4384 = arith.minsi %v113, %v4383 : i64
        %v4385 = arith.addi %v4382, %v4384 : i64
        %v4386 = llvm.getelementptr %segsum_x_im[%v4385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4379, %v4386 : f32, !llvm.ptr
        %v4387 = llvm.load %v1019 : !llvm.ptr -> f32
        %v4388 = arith.addi %v7, %v110 : i64
        %v4389 = arith.muli %v4388, %v2 : i64
        %v4390 = arith.addi %v4389, %v153 : i64
        %v4391 = arith.muli %v4390, %size_B : i64
        %v4392 = arith.subi %size_B, %v3 : i64
        %v4393 = arith.minsi %v113, %v4392 : i64
        %v4394 = arith.addi %v4391, %v4393 : i64
        %v4395 = llvm.getelementptr %segsum_x_im[%v4394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4387, %v4395 : f32, !llvm.ptr
        %v4396 = llvm.load %v1020 : !llvm.ptr -> f32
        %v4397 = arith.muli %v130, %v7 : i64
        %v4398 = arith.addi %v4397, %v110 : i64
        %v4399 = arith.muli %v4398, %v2 : i64
        %v4400 = arith.addi %v4399, %v153 : i64
        %v4401 = arith.muli %v4400, %size_B : i64
        %v4402 = arith.subi %size_B, %v3 : i64
        %v4403 = arith.minsi %v113, %v4402 : i64
        %v4404 = arith.addi %v4401, %v4403 : i64
        %v4405 = llvm.getelementptr %segsum_x_im[%v4404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4396, %v4405 : f32, !llvm.ptr
        %v4406 = llvm.load %v312 : !llvm.ptr -> f32
        %v4407 = arith.muli %v132, %v7 : i64
        %v4408 = arith.addi %v4407, %v110 : i64
        %v4409 = arith.muli %v4408, %v2 : i64
        %v4410 = arith.addi %v4409, %v153 : i64
        %v4411 = arith.muli %v4410, %size_B : i64
        %v4412 = arith.subi %size_B, %v3 : i64
        %v4413 = arith.minsi %v113, %v4412 : i64
        %v4414 = arith.addi %v4411, %v4413 : i64
        %v4415 = llvm.getelementptr %segsum_x_im[%v4414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4406, %v4415 : f32, !llvm.ptr
        %v4416 = llvm.load %v249 : !llvm.ptr -> f32
        %v4417 = arith.muli %v1, %v7 : i64
        %v4418 = arith.addi %v4417, %v110 : i64
        %v4419 = arith.muli %v4418, %v2 : i64
        %v4420 = arith.addi %v4419, %v153 : i64
        %v4421 = arith.muli %v4420, %size_B : i64
        %v4422 = arith.subi %size_B, %v3 : i64
        %v4423 = arith.minsi %v113, %v4422 : i64
        %v4424 = arith.addi %v4421, %v4423 : i64
        %v4425 = llvm.getelementptr %segsum_x_im[%v4424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4416, %v4425 : f32, !llvm.ptr
        %v4426 = llvm.load %v187 : !llvm.ptr -> f32
        %v4427 = arith.muli %v110, %v2 : i64
        %v4428 = arith.addi %v4427, %v155 : i64
        %v4429 = arith.muli %v4428, %size_B : i64
        %v4430 = arith.subi %size_B, %v3 : i64
        %v4431 = arith.minsi %v113, %v4430 : i64
        %v4432 = arith.addi %v4429, %v4431 : i64
        %v4433 = llvm.getelementptr %segsum_x_im[%v4432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4426, %v4433 : f32, !llvm.ptr
        %v4434 = llvm.load %v1021 : !llvm.ptr -> f32
        %v4435 = arith.addi %v7, %v110 : i64
        %v4436 = arith.muli %v4435, %v2 : i64
        %v4437 = arith.addi %v4436, %v155 : i64
        %v4438 = arith.muli %v4437, %size_B : i64
        %v4439 = arith.subi %size_B, %v3 : i64
        %v4440 = arith.minsi %v113, %v4439 : i64
        %v4441 = arith.addi %v4438, %v4440 : i64
        %v4442 = llvm.getelementptr %segsum_x_im[%v4441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4434, %v4442 : f32, !llvm.ptr
        %v4443 = llvm.load %v1022 : !llvm.ptr -> f32
        %v4444 = arith.muli %v130, %v7 : i64
        %v4445 = arith.addi %v4444, %v110 : i64
        %v4446 = arith.muli %v4445, %v2 : i64
        %v4447 = arith.addi %v4446, %v155 : i64
        %v4448 = arith.muli %v4447, %size_B : i64
        %v4449 = arith.subi %size_B, %v3 : i64
        %v4450 = arith.minsi %v113, %v4449 : i64
        %v4451 = arith.addi %v4448, %v4450 : i64
        %v4452 = llvm.getelementptr %segsum_x_im[%v4451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4443, %v4452 : f32, !llvm.ptr
        %v4453 = llvm.load %v314 : !llvm.ptr -> f32
        %v4454 = arith.muli %v132, %v7 : i64
        %v4455 = arith.addi %v4454, %v110 : i64
        %v4456 = arith.muli %v4455, %v2 : i64
        %v4457 = arith.addi %v4456, %v155 : i64
        %v4458 = arith.muli %v4457, %size_B : i64
        %v4459 = arith.subi %size_B, %v3 : i64
        %v4460 = arith.minsi %v113, %v4459 : i64
        %v4461 = arith.addi %v4458, %v4460 : i64
        %v4462 = llvm.getelementptr %segsum_x_im[%v4461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4453, %v4462 : f32, !llvm.ptr
        %v4463 = llvm.load %v250 : !llvm.ptr -> f32
        %v4464 = arith.muli %v1, %v7 : i64
        %v4465 = arith.addi %v4464, %v110 : i64
        %v4466 = arith.muli %v4465, %v2 : i64
        %v4467 = arith.addi %v4466, %v155 : i64
        %v4468 = arith.muli %v4467, %size_B : i64
        %v4469 = arith.subi %size_B, %v3 : i64
        %v4470 = arith.minsi %v113, %v4469 : i64
        %v4471 = arith.addi %v4468, %v4470 : i64
        %v4472 = llvm.getelementptr %segsum_x_im[%v4471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4463, %v4472 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
