module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_bwd_sum(%in_u: !llvm.ptr, %in_nu_log: !llvm.ptr, %in_theta_log: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %in_C_re: !llvm.ptr, %in_C_im: !llvm.ptr, %in_Dp: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %scratch_x_re: !llvm.ptr, %scratch_x_im: !llvm.ptr, %segsum_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v122 = arith.constant 388 : i64
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
      %v897 = arith.constant 0x00000000 : f32
      %v898 = arith.constant 0x3F800000 : f32
      %v899 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v900 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v901 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v902 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v903 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v904 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v905 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v906 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v907 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v908 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v909 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v910 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v911 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v912 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v913 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v914 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v915 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v916 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v917 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v918 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v919 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v920 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v921 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v922 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v923 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v924 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v925 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v926 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v927 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v928 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v929 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v930 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v931 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v932 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v933 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v934 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v935 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v936 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v937 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v938 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v939 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v940 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v941 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v942 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v943 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v944 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v945 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v946 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v947 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v948 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v949 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v950 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v951 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v952 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v953 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v954 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v955 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v956 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v957 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v958 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v959 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v960 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v961 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v962 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1003 = arith.constant 2147483647 : i64
      %v1006 = arith.constant 0 : i32
      %v1109 = arith.muli %v1, %size_L : i64
      %v2408 = arith.constant 0x3FB8AA3B : f32
      %v2419 = arith.constant 0x3E22F983 : f32
      %v2422 = arith.constant 0x40C90000 : f32
      %v2423 = arith.constant 0x3AFDAA22 : f32
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
      llvm.store %v897, %v128 : f32, !llvm.ptr
      llvm.store %v897, %v129 : f32, !llvm.ptr
      llvm.store %v897, %v131 : f32, !llvm.ptr
      llvm.store %v897, %v133 : f32, !llvm.ptr
      llvm.store %v897, %v134 : f32, !llvm.ptr
      llvm.store %v897, %v136 : f32, !llvm.ptr
      llvm.store %v897, %v138 : f32, !llvm.ptr
      llvm.store %v897, %v140 : f32, !llvm.ptr
      llvm.store %v897, %v142 : f32, !llvm.ptr
      llvm.store %v897, %v144 : f32, !llvm.ptr
      llvm.store %v897, %v146 : f32, !llvm.ptr
      llvm.store %v897, %v148 : f32, !llvm.ptr
      llvm.store %v897, %v150 : f32, !llvm.ptr
      llvm.store %v897, %v152 : f32, !llvm.ptr
      llvm.store %v897, %v154 : f32, !llvm.ptr
      llvm.store %v897, %v156 : f32, !llvm.ptr
      llvm.store %v897, %v157 : f32, !llvm.ptr
      llvm.store %v897, %v159 : f32, !llvm.ptr
      llvm.store %v897, %v161 : f32, !llvm.ptr
      llvm.store %v897, %v163 : f32, !llvm.ptr
      llvm.store %v897, %v165 : f32, !llvm.ptr
      llvm.store %v897, %v167 : f32, !llvm.ptr
      llvm.store %v897, %v169 : f32, !llvm.ptr
      llvm.store %v897, %v171 : f32, !llvm.ptr
      llvm.store %v897, %v173 : f32, !llvm.ptr
      llvm.store %v897, %v175 : f32, !llvm.ptr
      llvm.store %v897, %v177 : f32, !llvm.ptr
      llvm.store %v897, %v179 : f32, !llvm.ptr
      llvm.store %v897, %v181 : f32, !llvm.ptr
      llvm.store %v897, %v183 : f32, !llvm.ptr
      llvm.store %v897, %v185 : f32, !llvm.ptr
      llvm.store %v897, %v187 : f32, !llvm.ptr
      llvm.store %v898, %v189 : f32, !llvm.ptr
      llvm.store %v898, %v191 : f32, !llvm.ptr
      llvm.store %v898, %v193 : f32, !llvm.ptr
      llvm.store %v898, %v195 : f32, !llvm.ptr
      llvm.store %v898, %v197 : f32, !llvm.ptr
      llvm.store %v898, %v199 : f32, !llvm.ptr
      llvm.store %v898, %v201 : f32, !llvm.ptr
      llvm.store %v898, %v203 : f32, !llvm.ptr
      llvm.store %v898, %v205 : f32, !llvm.ptr
      llvm.store %v898, %v207 : f32, !llvm.ptr
      llvm.store %v898, %v209 : f32, !llvm.ptr
      llvm.store %v898, %v211 : f32, !llvm.ptr
      llvm.store %v898, %v213 : f32, !llvm.ptr
      llvm.store %v898, %v215 : f32, !llvm.ptr
      llvm.store %v898, %v217 : f32, !llvm.ptr
      llvm.store %v898, %v219 : f32, !llvm.ptr
      llvm.store %v898, %v221 : f32, !llvm.ptr
      llvm.store %v898, %v223 : f32, !llvm.ptr
      llvm.store %v898, %v225 : f32, !llvm.ptr
      llvm.store %v898, %v227 : f32, !llvm.ptr
      llvm.store %v898, %v229 : f32, !llvm.ptr
      llvm.store %v898, %v231 : f32, !llvm.ptr
      llvm.store %v898, %v233 : f32, !llvm.ptr
      llvm.store %v898, %v235 : f32, !llvm.ptr
      llvm.store %v898, %v237 : f32, !llvm.ptr
      llvm.store %v898, %v239 : f32, !llvm.ptr
      llvm.store %v898, %v241 : f32, !llvm.ptr
      llvm.store %v898, %v243 : f32, !llvm.ptr
      llvm.store %v898, %v245 : f32, !llvm.ptr
      llvm.store %v898, %v247 : f32, !llvm.ptr
      llvm.store %v898, %v249 : f32, !llvm.ptr
      llvm.store %v898, %v250 : f32, !llvm.ptr
      llvm.store %v897, %v252 : f32, !llvm.ptr
      llvm.store %v897, %v254 : f32, !llvm.ptr
      llvm.store %v897, %v256 : f32, !llvm.ptr
      llvm.store %v897, %v258 : f32, !llvm.ptr
      llvm.store %v897, %v260 : f32, !llvm.ptr
      llvm.store %v897, %v262 : f32, !llvm.ptr
      llvm.store %v897, %v264 : f32, !llvm.ptr
      llvm.store %v897, %v266 : f32, !llvm.ptr
      llvm.store %v897, %v268 : f32, !llvm.ptr
      llvm.store %v897, %v270 : f32, !llvm.ptr
      llvm.store %v897, %v272 : f32, !llvm.ptr
      llvm.store %v897, %v274 : f32, !llvm.ptr
      llvm.store %v897, %v276 : f32, !llvm.ptr
      llvm.store %v897, %v278 : f32, !llvm.ptr
      llvm.store %v897, %v280 : f32, !llvm.ptr
      llvm.store %v897, %v282 : f32, !llvm.ptr
      llvm.store %v897, %v284 : f32, !llvm.ptr
      llvm.store %v897, %v286 : f32, !llvm.ptr
      llvm.store %v897, %v288 : f32, !llvm.ptr
      llvm.store %v897, %v290 : f32, !llvm.ptr
      llvm.store %v897, %v292 : f32, !llvm.ptr
      llvm.store %v897, %v294 : f32, !llvm.ptr
      llvm.store %v897, %v296 : f32, !llvm.ptr
      llvm.store %v897, %v298 : f32, !llvm.ptr
      llvm.store %v897, %v300 : f32, !llvm.ptr
      llvm.store %v897, %v302 : f32, !llvm.ptr
      llvm.store %v897, %v304 : f32, !llvm.ptr
      llvm.store %v897, %v306 : f32, !llvm.ptr
      llvm.store %v897, %v308 : f32, !llvm.ptr
      llvm.store %v897, %v310 : f32, !llvm.ptr
      llvm.store %v897, %v312 : f32, !llvm.ptr
      llvm.store %v897, %v314 : f32, !llvm.ptr
      llvm.store %v897, %v316 : f32, !llvm.ptr
      llvm.store %v897, %v318 : f32, !llvm.ptr
      llvm.store %v897, %v320 : f32, !llvm.ptr
      llvm.store %v897, %v322 : f32, !llvm.ptr
      llvm.store %v897, %v324 : f32, !llvm.ptr
      llvm.store %v897, %v326 : f32, !llvm.ptr
      llvm.store %v897, %v328 : f32, !llvm.ptr
      llvm.store %v897, %v330 : f32, !llvm.ptr
      llvm.store %v897, %v332 : f32, !llvm.ptr
      llvm.store %v897, %v334 : f32, !llvm.ptr
      llvm.store %v897, %v336 : f32, !llvm.ptr
      llvm.store %v897, %v338 : f32, !llvm.ptr
      llvm.store %v897, %v340 : f32, !llvm.ptr
      llvm.store %v897, %v342 : f32, !llvm.ptr
      llvm.store %v897, %v344 : f32, !llvm.ptr
      llvm.store %v897, %v346 : f32, !llvm.ptr
      llvm.store %v897, %v348 : f32, !llvm.ptr
      llvm.store %v897, %v350 : f32, !llvm.ptr
      llvm.store %v897, %v352 : f32, !llvm.ptr
      llvm.store %v897, %v354 : f32, !llvm.ptr
      llvm.store %v897, %v356 : f32, !llvm.ptr
      llvm.store %v897, %v358 : f32, !llvm.ptr
      llvm.store %v897, %v360 : f32, !llvm.ptr
      llvm.store %v897, %v362 : f32, !llvm.ptr
      llvm.store %v897, %v364 : f32, !llvm.ptr
      llvm.store %v897, %v366 : f32, !llvm.ptr
      llvm.store %v897, %v368 : f32, !llvm.ptr
      llvm.store %v897, %v370 : f32, !llvm.ptr
      llvm.store %v897, %v372 : f32, !llvm.ptr
      llvm.store %v897, %v374 : f32, !llvm.ptr
      llvm.store %v897, %v376 : f32, !llvm.ptr
      llvm.store %v897, %v378 : f32, !llvm.ptr
      llvm.store %v897, %v380 : f32, !llvm.ptr
      llvm.store %v897, %v382 : f32, !llvm.ptr
      llvm.store %v897, %v384 : f32, !llvm.ptr
      llvm.store %v897, %v386 : f32, !llvm.ptr
      llvm.store %v897, %v388 : f32, !llvm.ptr
      llvm.store %v897, %v390 : f32, !llvm.ptr
      llvm.store %v897, %v392 : f32, !llvm.ptr
      llvm.store %v897, %v394 : f32, !llvm.ptr
      llvm.store %v897, %v396 : f32, !llvm.ptr
      llvm.store %v897, %v398 : f32, !llvm.ptr
      llvm.store %v897, %v400 : f32, !llvm.ptr
      llvm.store %v897, %v402 : f32, !llvm.ptr
      llvm.store %v897, %v404 : f32, !llvm.ptr
      llvm.store %v897, %v406 : f32, !llvm.ptr
      llvm.store %v897, %v408 : f32, !llvm.ptr
      llvm.store %v897, %v410 : f32, !llvm.ptr
      llvm.store %v897, %v412 : f32, !llvm.ptr
      llvm.store %v897, %v414 : f32, !llvm.ptr
      llvm.store %v897, %v416 : f32, !llvm.ptr
      llvm.store %v897, %v418 : f32, !llvm.ptr
      llvm.store %v897, %v420 : f32, !llvm.ptr
      llvm.store %v897, %v422 : f32, !llvm.ptr
      llvm.store %v897, %v424 : f32, !llvm.ptr
      llvm.store %v897, %v426 : f32, !llvm.ptr
      llvm.store %v897, %v428 : f32, !llvm.ptr
      llvm.store %v897, %v430 : f32, !llvm.ptr
      llvm.store %v897, %v432 : f32, !llvm.ptr
      llvm.store %v897, %v434 : f32, !llvm.ptr
      llvm.store %v897, %v436 : f32, !llvm.ptr
      llvm.store %v897, %v438 : f32, !llvm.ptr
      llvm.store %v897, %v440 : f32, !llvm.ptr
      llvm.store %v897, %v442 : f32, !llvm.ptr
      llvm.store %v897, %v444 : f32, !llvm.ptr
      llvm.store %v897, %v446 : f32, !llvm.ptr
      llvm.store %v897, %v448 : f32, !llvm.ptr
      llvm.store %v897, %v450 : f32, !llvm.ptr
      llvm.store %v897, %v452 : f32, !llvm.ptr
      llvm.store %v897, %v454 : f32, !llvm.ptr
      llvm.store %v897, %v456 : f32, !llvm.ptr
      llvm.store %v897, %v458 : f32, !llvm.ptr
      llvm.store %v897, %v460 : f32, !llvm.ptr
      llvm.store %v897, %v462 : f32, !llvm.ptr
      llvm.store %v897, %v464 : f32, !llvm.ptr
      llvm.store %v897, %v466 : f32, !llvm.ptr
      llvm.store %v897, %v468 : f32, !llvm.ptr
      llvm.store %v897, %v470 : f32, !llvm.ptr
      llvm.store %v897, %v472 : f32, !llvm.ptr
      llvm.store %v897, %v474 : f32, !llvm.ptr
      llvm.store %v897, %v476 : f32, !llvm.ptr
      llvm.store %v897, %v478 : f32, !llvm.ptr
      llvm.store %v897, %v480 : f32, !llvm.ptr
      llvm.store %v897, %v482 : f32, !llvm.ptr
      llvm.store %v897, %v484 : f32, !llvm.ptr
      llvm.store %v897, %v486 : f32, !llvm.ptr
      llvm.store %v897, %v488 : f32, !llvm.ptr
      llvm.store %v897, %v490 : f32, !llvm.ptr
      llvm.store %v897, %v492 : f32, !llvm.ptr
      llvm.store %v897, %v494 : f32, !llvm.ptr
      llvm.store %v897, %v496 : f32, !llvm.ptr
      llvm.store %v897, %v498 : f32, !llvm.ptr
      llvm.store %v897, %v500 : f32, !llvm.ptr
      llvm.store %v897, %v502 : f32, !llvm.ptr
      llvm.store %v897, %v504 : f32, !llvm.ptr
      llvm.store %v897, %v506 : f32, !llvm.ptr
      llvm.store %v897, %v508 : f32, !llvm.ptr
      llvm.store %v897, %v510 : f32, !llvm.ptr
      llvm.store %v897, %v512 : f32, !llvm.ptr
      llvm.store %v897, %v514 : f32, !llvm.ptr
      llvm.store %v897, %v516 : f32, !llvm.ptr
      llvm.store %v897, %v518 : f32, !llvm.ptr
      llvm.store %v897, %v520 : f32, !llvm.ptr
      llvm.store %v897, %v522 : f32, !llvm.ptr
      llvm.store %v897, %v524 : f32, !llvm.ptr
      llvm.store %v897, %v526 : f32, !llvm.ptr
      llvm.store %v897, %v528 : f32, !llvm.ptr
      llvm.store %v897, %v530 : f32, !llvm.ptr
      llvm.store %v897, %v532 : f32, !llvm.ptr
      llvm.store %v897, %v534 : f32, !llvm.ptr
      llvm.store %v897, %v536 : f32, !llvm.ptr
      llvm.store %v897, %v538 : f32, !llvm.ptr
      llvm.store %v897, %v540 : f32, !llvm.ptr
      llvm.store %v897, %v542 : f32, !llvm.ptr
      llvm.store %v897, %v544 : f32, !llvm.ptr
      llvm.store %v897, %v546 : f32, !llvm.ptr
      llvm.store %v897, %v548 : f32, !llvm.ptr
      llvm.store %v897, %v550 : f32, !llvm.ptr
      llvm.store %v897, %v552 : f32, !llvm.ptr
      llvm.store %v897, %v554 : f32, !llvm.ptr
      llvm.store %v897, %v556 : f32, !llvm.ptr
      llvm.store %v897, %v558 : f32, !llvm.ptr
      llvm.store %v897, %v560 : f32, !llvm.ptr
      llvm.store %v897, %v562 : f32, !llvm.ptr
      llvm.store %v897, %v564 : f32, !llvm.ptr
      llvm.store %v897, %v566 : f32, !llvm.ptr
      llvm.store %v897, %v568 : f32, !llvm.ptr
      llvm.store %v897, %v570 : f32, !llvm.ptr
      llvm.store %v897, %v572 : f32, !llvm.ptr
      llvm.store %v897, %v574 : f32, !llvm.ptr
      llvm.store %v897, %v576 : f32, !llvm.ptr
      llvm.store %v897, %v578 : f32, !llvm.ptr
      llvm.store %v897, %v580 : f32, !llvm.ptr
      llvm.store %v897, %v582 : f32, !llvm.ptr
      llvm.store %v897, %v584 : f32, !llvm.ptr
      llvm.store %v897, %v586 : f32, !llvm.ptr
      llvm.store %v897, %v588 : f32, !llvm.ptr
      llvm.store %v897, %v590 : f32, !llvm.ptr
      llvm.store %v897, %v592 : f32, !llvm.ptr
      llvm.store %v897, %v594 : f32, !llvm.ptr
      llvm.store %v897, %v596 : f32, !llvm.ptr
      llvm.store %v897, %v598 : f32, !llvm.ptr
      llvm.store %v897, %v600 : f32, !llvm.ptr
      llvm.store %v897, %v602 : f32, !llvm.ptr
      llvm.store %v897, %v604 : f32, !llvm.ptr
      llvm.store %v897, %v606 : f32, !llvm.ptr
      llvm.store %v897, %v608 : f32, !llvm.ptr
      llvm.store %v897, %v610 : f32, !llvm.ptr
      llvm.store %v897, %v612 : f32, !llvm.ptr
      llvm.store %v897, %v614 : f32, !llvm.ptr
      llvm.store %v897, %v616 : f32, !llvm.ptr
      llvm.store %v897, %v618 : f32, !llvm.ptr
      llvm.store %v897, %v620 : f32, !llvm.ptr
      llvm.store %v897, %v622 : f32, !llvm.ptr
      llvm.store %v897, %v624 : f32, !llvm.ptr
      llvm.store %v897, %v626 : f32, !llvm.ptr
      llvm.store %v897, %v628 : f32, !llvm.ptr
      llvm.store %v897, %v630 : f32, !llvm.ptr
      llvm.store %v897, %v632 : f32, !llvm.ptr
      llvm.store %v897, %v633 : f32, !llvm.ptr
      llvm.store %v897, %v634 : f32, !llvm.ptr
      llvm.store %v897, %v636 : f32, !llvm.ptr
      llvm.store %v897, %v638 : f32, !llvm.ptr
      llvm.store %v897, %v640 : f32, !llvm.ptr
      llvm.store %v897, %v642 : f32, !llvm.ptr
      llvm.store %v897, %v644 : f32, !llvm.ptr
      llvm.store %v897, %v646 : f32, !llvm.ptr
      llvm.store %v897, %v648 : f32, !llvm.ptr
      llvm.store %v897, %v650 : f32, !llvm.ptr
      llvm.store %v897, %v652 : f32, !llvm.ptr
      llvm.store %v897, %v654 : f32, !llvm.ptr
      llvm.store %v897, %v656 : f32, !llvm.ptr
      llvm.store %v897, %v658 : f32, !llvm.ptr
      llvm.store %v897, %v660 : f32, !llvm.ptr
      llvm.store %v897, %v662 : f32, !llvm.ptr
      llvm.store %v897, %v664 : f32, !llvm.ptr
      llvm.store %v897, %v666 : f32, !llvm.ptr
      llvm.store %v897, %v668 : f32, !llvm.ptr
      llvm.store %v897, %v670 : f32, !llvm.ptr
      llvm.store %v897, %v672 : f32, !llvm.ptr
      llvm.store %v897, %v674 : f32, !llvm.ptr
      llvm.store %v897, %v676 : f32, !llvm.ptr
      llvm.store %v897, %v678 : f32, !llvm.ptr
      llvm.store %v897, %v680 : f32, !llvm.ptr
      llvm.store %v897, %v682 : f32, !llvm.ptr
      llvm.store %v897, %v684 : f32, !llvm.ptr
      llvm.store %v897, %v686 : f32, !llvm.ptr
      llvm.store %v897, %v688 : f32, !llvm.ptr
      llvm.store %v897, %v690 : f32, !llvm.ptr
      llvm.store %v897, %v692 : f32, !llvm.ptr
      llvm.store %v897, %v694 : f32, !llvm.ptr
      llvm.store %v897, %v696 : f32, !llvm.ptr
      llvm.store %v897, %v698 : f32, !llvm.ptr
      llvm.store %v897, %v700 : f32, !llvm.ptr
      llvm.store %v897, %v702 : f32, !llvm.ptr
      llvm.store %v897, %v704 : f32, !llvm.ptr
      llvm.store %v897, %v706 : f32, !llvm.ptr
      llvm.store %v897, %v708 : f32, !llvm.ptr
      llvm.store %v897, %v710 : f32, !llvm.ptr
      llvm.store %v897, %v712 : f32, !llvm.ptr
      llvm.store %v897, %v714 : f32, !llvm.ptr
      llvm.store %v897, %v716 : f32, !llvm.ptr
      llvm.store %v897, %v718 : f32, !llvm.ptr
      llvm.store %v897, %v720 : f32, !llvm.ptr
      llvm.store %v897, %v722 : f32, !llvm.ptr
      llvm.store %v897, %v724 : f32, !llvm.ptr
      llvm.store %v897, %v726 : f32, !llvm.ptr
      llvm.store %v897, %v728 : f32, !llvm.ptr
      llvm.store %v897, %v730 : f32, !llvm.ptr
      llvm.store %v897, %v732 : f32, !llvm.ptr
      llvm.store %v897, %v734 : f32, !llvm.ptr
      llvm.store %v897, %v736 : f32, !llvm.ptr
      llvm.store %v897, %v738 : f32, !llvm.ptr
      llvm.store %v897, %v740 : f32, !llvm.ptr
      llvm.store %v897, %v742 : f32, !llvm.ptr
      llvm.store %v897, %v744 : f32, !llvm.ptr
      llvm.store %v897, %v746 : f32, !llvm.ptr
      llvm.store %v897, %v748 : f32, !llvm.ptr
      llvm.store %v897, %v750 : f32, !llvm.ptr
      llvm.store %v897, %v752 : f32, !llvm.ptr
      llvm.store %v897, %v754 : f32, !llvm.ptr
      llvm.store %v897, %v756 : f32, !llvm.ptr
      llvm.store %v897, %v758 : f32, !llvm.ptr
      llvm.store %v897, %v760 : f32, !llvm.ptr
      llvm.store %v897, %v762 : f32, !llvm.ptr
      llvm.store %v897, %v764 : f32, !llvm.ptr
      llvm.store %v897, %v766 : f32, !llvm.ptr
      llvm.store %v897, %v768 : f32, !llvm.ptr
      llvm.store %v897, %v770 : f32, !llvm.ptr
      llvm.store %v897, %v772 : f32, !llvm.ptr
      llvm.store %v897, %v774 : f32, !llvm.ptr
      llvm.store %v897, %v776 : f32, !llvm.ptr
      llvm.store %v897, %v778 : f32, !llvm.ptr
      llvm.store %v897, %v780 : f32, !llvm.ptr
      llvm.store %v897, %v782 : f32, !llvm.ptr
      llvm.store %v897, %v784 : f32, !llvm.ptr
      llvm.store %v897, %v786 : f32, !llvm.ptr
      llvm.store %v897, %v788 : f32, !llvm.ptr
      llvm.store %v897, %v790 : f32, !llvm.ptr
      llvm.store %v897, %v792 : f32, !llvm.ptr
      llvm.store %v897, %v794 : f32, !llvm.ptr
      llvm.store %v897, %v796 : f32, !llvm.ptr
      llvm.store %v897, %v798 : f32, !llvm.ptr
      llvm.store %v897, %v800 : f32, !llvm.ptr
      llvm.store %v897, %v802 : f32, !llvm.ptr
      llvm.store %v897, %v804 : f32, !llvm.ptr
      llvm.store %v897, %v806 : f32, !llvm.ptr
      llvm.store %v897, %v808 : f32, !llvm.ptr
      llvm.store %v897, %v810 : f32, !llvm.ptr
      llvm.store %v897, %v812 : f32, !llvm.ptr
      llvm.store %v897, %v814 : f32, !llvm.ptr
      llvm.store %v897, %v816 : f32, !llvm.ptr
      llvm.store %v897, %v818 : f32, !llvm.ptr
      llvm.store %v897, %v820 : f32, !llvm.ptr
      llvm.store %v897, %v822 : f32, !llvm.ptr
      llvm.store %v897, %v824 : f32, !llvm.ptr
      llvm.store %v897, %v826 : f32, !llvm.ptr
      llvm.store %v897, %v828 : f32, !llvm.ptr
      llvm.store %v897, %v830 : f32, !llvm.ptr
      llvm.store %v897, %v832 : f32, !llvm.ptr
      llvm.store %v897, %v834 : f32, !llvm.ptr
      llvm.store %v897, %v836 : f32, !llvm.ptr
      llvm.store %v897, %v838 : f32, !llvm.ptr
      llvm.store %v897, %v840 : f32, !llvm.ptr
      llvm.store %v897, %v842 : f32, !llvm.ptr
      llvm.store %v897, %v844 : f32, !llvm.ptr
      llvm.store %v897, %v846 : f32, !llvm.ptr
      llvm.store %v897, %v848 : f32, !llvm.ptr
      llvm.store %v897, %v850 : f32, !llvm.ptr
      llvm.store %v897, %v852 : f32, !llvm.ptr
      llvm.store %v897, %v854 : f32, !llvm.ptr
      llvm.store %v897, %v856 : f32, !llvm.ptr
      llvm.store %v897, %v858 : f32, !llvm.ptr
      llvm.store %v897, %v860 : f32, !llvm.ptr
      llvm.store %v897, %v862 : f32, !llvm.ptr
      llvm.store %v897, %v864 : f32, !llvm.ptr
      llvm.store %v897, %v866 : f32, !llvm.ptr
      llvm.store %v897, %v868 : f32, !llvm.ptr
      llvm.store %v897, %v870 : f32, !llvm.ptr
      llvm.store %v897, %v872 : f32, !llvm.ptr
      llvm.store %v897, %v874 : f32, !llvm.ptr
      llvm.store %v897, %v876 : f32, !llvm.ptr
      llvm.store %v897, %v878 : f32, !llvm.ptr
      llvm.store %v897, %v880 : f32, !llvm.ptr
      llvm.store %v897, %v882 : f32, !llvm.ptr
      llvm.store %v897, %v884 : f32, !llvm.ptr
      llvm.store %v897, %v886 : f32, !llvm.ptr
      llvm.store %v897, %v888 : f32, !llvm.ptr
      llvm.store %v897, %v890 : f32, !llvm.ptr
      llvm.store %v897, %v892 : f32, !llvm.ptr
      llvm.store %v897, %v894 : f32, !llvm.ptr
      llvm.store %v897, %v896 : f32, !llvm.ptr
      llvm.store %v898, %v899 : f32, !llvm.ptr
      llvm.store %v897, %v900 : f32, !llvm.ptr
      llvm.store %v898, %v901 : f32, !llvm.ptr
      llvm.store %v897, %v902 : f32, !llvm.ptr
      llvm.store %v898, %v903 : f32, !llvm.ptr
      llvm.store %v897, %v904 : f32, !llvm.ptr
      llvm.store %v898, %v905 : f32, !llvm.ptr
      llvm.store %v897, %v906 : f32, !llvm.ptr
      llvm.store %v898, %v907 : f32, !llvm.ptr
      llvm.store %v897, %v908 : f32, !llvm.ptr
      llvm.store %v898, %v909 : f32, !llvm.ptr
      llvm.store %v897, %v910 : f32, !llvm.ptr
      llvm.store %v898, %v911 : f32, !llvm.ptr
      llvm.store %v897, %v912 : f32, !llvm.ptr
      llvm.store %v898, %v913 : f32, !llvm.ptr
      llvm.store %v897, %v914 : f32, !llvm.ptr
      llvm.store %v898, %v915 : f32, !llvm.ptr
      llvm.store %v897, %v916 : f32, !llvm.ptr
      llvm.store %v898, %v917 : f32, !llvm.ptr
      llvm.store %v897, %v918 : f32, !llvm.ptr
      llvm.store %v898, %v919 : f32, !llvm.ptr
      llvm.store %v897, %v920 : f32, !llvm.ptr
      llvm.store %v898, %v921 : f32, !llvm.ptr
      llvm.store %v897, %v922 : f32, !llvm.ptr
      llvm.store %v898, %v923 : f32, !llvm.ptr
      llvm.store %v897, %v924 : f32, !llvm.ptr
      llvm.store %v898, %v925 : f32, !llvm.ptr
      llvm.store %v897, %v926 : f32, !llvm.ptr
      llvm.store %v898, %v927 : f32, !llvm.ptr
      llvm.store %v897, %v928 : f32, !llvm.ptr
      llvm.store %v898, %v929 : f32, !llvm.ptr
      llvm.store %v897, %v930 : f32, !llvm.ptr
      llvm.store %v897, %v931 : f32, !llvm.ptr
      llvm.store %v898, %v932 : f32, !llvm.ptr
      llvm.store %v897, %v933 : f32, !llvm.ptr
      llvm.store %v898, %v934 : f32, !llvm.ptr
      llvm.store %v897, %v935 : f32, !llvm.ptr
      llvm.store %v898, %v936 : f32, !llvm.ptr
      llvm.store %v897, %v937 : f32, !llvm.ptr
      llvm.store %v898, %v938 : f32, !llvm.ptr
      llvm.store %v897, %v939 : f32, !llvm.ptr
      llvm.store %v898, %v940 : f32, !llvm.ptr
      llvm.store %v897, %v941 : f32, !llvm.ptr
      llvm.store %v898, %v942 : f32, !llvm.ptr
      llvm.store %v897, %v943 : f32, !llvm.ptr
      llvm.store %v898, %v944 : f32, !llvm.ptr
      llvm.store %v897, %v945 : f32, !llvm.ptr
      llvm.store %v898, %v946 : f32, !llvm.ptr
      llvm.store %v897, %v947 : f32, !llvm.ptr
      llvm.store %v898, %v948 : f32, !llvm.ptr
      llvm.store %v897, %v949 : f32, !llvm.ptr
      llvm.store %v898, %v950 : f32, !llvm.ptr
      llvm.store %v897, %v951 : f32, !llvm.ptr
      llvm.store %v898, %v952 : f32, !llvm.ptr
      llvm.store %v897, %v953 : f32, !llvm.ptr
      llvm.store %v898, %v954 : f32, !llvm.ptr
      llvm.store %v897, %v955 : f32, !llvm.ptr
      llvm.store %v898, %v956 : f32, !llvm.ptr
      llvm.store %v897, %v957 : f32, !llvm.ptr
      llvm.store %v898, %v958 : f32, !llvm.ptr
      llvm.store %v897, %v959 : f32, !llvm.ptr
      llvm.store %v898, %v960 : f32, !llvm.ptr
      llvm.store %v897, %v961 : f32, !llvm.ptr
      llvm.store %v898, %v962 : f32, !llvm.ptr
      %v963 = arith.cmpi eq, %size_L, %v127 : i64
      scf.if %v963 {
        llvm.store %v897, %v72 : f32, !llvm.ptr
        llvm.store %v897, %v73 : f32, !llvm.ptr
        llvm.store %v897, %v74 : f32, !llvm.ptr
        llvm.store %v897, %v75 : f32, !llvm.ptr
        llvm.store %v897, %v76 : f32, !llvm.ptr
        llvm.store %v897, %v77 : f32, !llvm.ptr
        llvm.store %v897, %v78 : f32, !llvm.ptr
        llvm.store %v897, %v79 : f32, !llvm.ptr
        llvm.store %v897, %v80 : f32, !llvm.ptr
        llvm.store %v897, %v81 : f32, !llvm.ptr
        llvm.store %v897, %v82 : f32, !llvm.ptr
        llvm.store %v897, %v83 : f32, !llvm.ptr
        llvm.store %v897, %v84 : f32, !llvm.ptr
        llvm.store %v897, %v85 : f32, !llvm.ptr
        llvm.store %v897, %v86 : f32, !llvm.ptr
        llvm.store %v897, %v87 : f32, !llvm.ptr
        llvm.store %v897, %v88 : f32, !llvm.ptr
        llvm.store %v897, %v89 : f32, !llvm.ptr
        llvm.store %v897, %v90 : f32, !llvm.ptr
        llvm.store %v897, %v91 : f32, !llvm.ptr
        llvm.store %v897, %v92 : f32, !llvm.ptr
        llvm.store %v897, %v93 : f32, !llvm.ptr
        llvm.store %v897, %v94 : f32, !llvm.ptr
        llvm.store %v897, %v95 : f32, !llvm.ptr
        llvm.store %v897, %v96 : f32, !llvm.ptr
        llvm.store %v897, %v97 : f32, !llvm.ptr
        llvm.store %v897, %v98 : f32, !llvm.ptr
        llvm.store %v897, %v99 : f32, !llvm.ptr
        llvm.store %v897, %v100 : f32, !llvm.ptr
        llvm.store %v897, %v101 : f32, !llvm.ptr
        llvm.store %v897, %v102 : f32, !llvm.ptr
        llvm.store %v897, %v103 : f32, !llvm.ptr
      }
      %v964 = arith.addi %size_L, %v124 : i64
      %v965 = arith.divui %v964, %v251 : i64
      %v966 = arith.minsi %v120, %v965 : i64
      %v967 = arith.muli %v110, %v251 : i64
      %v968 = arith.subi %v966, %v119 : i64
      %v969 = arith.maxsi %v968, %v127 : i64
      %v970 = arith.index_cast %v127 : i64 to index
      %v971 = arith.index_cast %v969 : i64 to index
      %v972 = arith.index_cast %v3 : i64 to index
      scf.for %v973 = %v970 to %v971 step %v972 {
        %v974 = arith.index_cast %v973 : index to i64
        %v975 = arith.subi %v966, %v3 : i64
        %v976 = arith.subi %v975, %v974 : i64
        %v977 = arith.muli %v976, %v251 : i64
        %v978 = arith.subi %size_L, %v977 : i64
        %v979 = arith.minsi %v978, %v251 : i64
        %v980 = arith.divui %v979, %v3 : i64
        %v981 = arith.index_cast %v127 : i64 to index
        %v982 = arith.index_cast %v3 : i64 to index
        %v983 = arith.index_cast %v3 : i64 to index
        scf.for %v984 = %v981 to %v982 step %v983 {
          %v985 = arith.index_cast %v984 : index to i64
          %v986 = arith.index_cast %v127 : i64 to index
          %v987 = arith.index_cast %v980 : i64 to index
          %v988 = arith.index_cast %v3 : i64 to index
          scf.for %v989 = %v986 to %v987 step %v988 {
            %v990 = arith.index_cast %v989 : index to i64
            %v991 = arith.cmpi slt, %v990, %v980 : i64
            scf.if %v991 {
              %v992 = arith.subi %v980, %v3 : i64
              %v993 = arith.subi %v992, %v990 : i64
              %v994 = arith.addi %v967, %v993 : i64
              %v995 = arith.addi %v993, %v3 : i64
              %v996 = arith.cmpi sle, %v995, %v979 : i64
              scf.if %v996 {
                %v997 = arith.subi %v979, %v3 : i64
                // the group's states, recomputed into registers
                %v998 = arith.subi %v979, %v993 : i64
                %v999 = arith.trunci %v998 : i64 to i32
                %v1000 = arith.subi %size_L, %v3 : i64
                %v1001 = arith.addi %v977, %v993 : i64
                %v1002 = arith.subi %v1000, %v1001 : i64
                %v1004 = arith.minsi %v1002, %v1003 : i64
                %v1005 = arith.trunci %v1004 : i64 to i32
                %v1007 = arith.cmpi slt, %v1006, %v999 : i32
                %v1008 = arith.cmpi eq, %v1006, %v1005 : i32
                %v1009 = arith.addi %v977, %v993 : i64
                %v1010 = llvm.load %v128 : !llvm.ptr -> f32
                %v1011 = llvm.load %v129 : !llvm.ptr -> f32
                %v1012 = llvm.load %v131 : !llvm.ptr -> f32
                %v1013 = llvm.load %v133 : !llvm.ptr -> f32
                %v1014 = llvm.load %v134 : !llvm.ptr -> f32
                %v1015 = llvm.load %v136 : !llvm.ptr -> f32
                %v1016 = llvm.load %v138 : !llvm.ptr -> f32
                %v1017 = llvm.load %v140 : !llvm.ptr -> f32
                %v1018 = llvm.load %v142 : !llvm.ptr -> f32
                %v1019 = llvm.load %v144 : !llvm.ptr -> f32
                %v1020 = llvm.load %v146 : !llvm.ptr -> f32
                %v1021 = llvm.load %v148 : !llvm.ptr -> f32
                %v1022 = llvm.load %v150 : !llvm.ptr -> f32
                %v1023 = llvm.load %v152 : !llvm.ptr -> f32
                %v1024 = llvm.load %v154 : !llvm.ptr -> f32
                %v1025 = llvm.load %v156 : !llvm.ptr -> f32
                %v1026 = llvm.load %v157 : !llvm.ptr -> f32
                %v1027 = llvm.load %v159 : !llvm.ptr -> f32
                %v1028 = llvm.load %v161 : !llvm.ptr -> f32
                %v1029 = llvm.load %v163 : !llvm.ptr -> f32
                %v1030 = llvm.load %v165 : !llvm.ptr -> f32
                %v1031 = llvm.load %v167 : !llvm.ptr -> f32
                %v1032 = llvm.load %v169 : !llvm.ptr -> f32
                %v1033 = llvm.load %v171 : !llvm.ptr -> f32
                %v1034 = llvm.load %v173 : !llvm.ptr -> f32
                %v1035 = llvm.load %v175 : !llvm.ptr -> f32
                %v1036 = llvm.load %v177 : !llvm.ptr -> f32
                %v1037 = llvm.load %v179 : !llvm.ptr -> f32
                %v1038 = llvm.load %v181 : !llvm.ptr -> f32
                %v1039 = llvm.load %v183 : !llvm.ptr -> f32
                %v1040 = llvm.load %v185 : !llvm.ptr -> f32
                %v1041 = llvm.load %v187 : !llvm.ptr -> f32
                %v1042 = llvm.load %v899 : !llvm.ptr -> f32
                %v1043 = llvm.load %v900 : !llvm.ptr -> f32
                %v1044 = llvm.load %v901 : !llvm.ptr -> f32
                %v1045 = llvm.load %v902 : !llvm.ptr -> f32
                %v1046 = llvm.load %v903 : !llvm.ptr -> f32
                %v1047 = llvm.load %v904 : !llvm.ptr -> f32
                %v1048 = llvm.load %v905 : !llvm.ptr -> f32
                %v1049 = llvm.load %v906 : !llvm.ptr -> f32
                %v1050 = llvm.load %v907 : !llvm.ptr -> f32
                %v1051 = llvm.load %v908 : !llvm.ptr -> f32
                %v1052 = llvm.load %v909 : !llvm.ptr -> f32
                %v1053 = llvm.load %v910 : !llvm.ptr -> f32
                %v1054 = llvm.load %v911 : !llvm.ptr -> f32
                %v1055 = llvm.load %v912 : !llvm.ptr -> f32
                %v1056 = llvm.load %v913 : !llvm.ptr -> f32
                %v1057 = llvm.load %v914 : !llvm.ptr -> f32
                %v1058 = llvm.load %v915 : !llvm.ptr -> f32
                %v1059 = llvm.load %v916 : !llvm.ptr -> f32
                %v1060 = llvm.load %v917 : !llvm.ptr -> f32
                %v1061 = llvm.load %v918 : !llvm.ptr -> f32
                %v1062 = llvm.load %v919 : !llvm.ptr -> f32
                %v1063 = llvm.load %v920 : !llvm.ptr -> f32
                %v1064 = llvm.load %v921 : !llvm.ptr -> f32
                %v1065 = llvm.load %v922 : !llvm.ptr -> f32
                %v1066 = llvm.load %v923 : !llvm.ptr -> f32
                %v1067 = llvm.load %v924 : !llvm.ptr -> f32
                %v1068 = llvm.load %v925 : !llvm.ptr -> f32
                %v1069 = llvm.load %v926 : !llvm.ptr -> f32
                %v1070 = llvm.load %v927 : !llvm.ptr -> f32
                %v1071 = llvm.load %v928 : !llvm.ptr -> f32
                %v1072 = llvm.load %v929 : !llvm.ptr -> f32
                %v1073 = llvm.load %v930 : !llvm.ptr -> f32
                %v1074 = llvm.load %v931 : !llvm.ptr -> f32
                %v1075 = llvm.load %v932 : !llvm.ptr -> f32
                %v1076 = llvm.load %v933 : !llvm.ptr -> f32
                %v1077 = llvm.load %v934 : !llvm.ptr -> f32
                %v1078 = llvm.load %v935 : !llvm.ptr -> f32
                %v1079 = llvm.load %v936 : !llvm.ptr -> f32
                %v1080 = llvm.load %v937 : !llvm.ptr -> f32
                %v1081 = llvm.load %v938 : !llvm.ptr -> f32
                %v1082 = llvm.load %v939 : !llvm.ptr -> f32
                %v1083 = llvm.load %v940 : !llvm.ptr -> f32
                %v1084 = llvm.load %v941 : !llvm.ptr -> f32
                %v1085 = llvm.load %v942 : !llvm.ptr -> f32
                %v1086 = llvm.load %v943 : !llvm.ptr -> f32
                %v1087 = llvm.load %v944 : !llvm.ptr -> f32
                %v1088 = llvm.load %v945 : !llvm.ptr -> f32
                %v1089 = llvm.load %v946 : !llvm.ptr -> f32
                %v1090 = llvm.load %v947 : !llvm.ptr -> f32
                %v1091 = llvm.load %v948 : !llvm.ptr -> f32
                %v1092 = llvm.load %v949 : !llvm.ptr -> f32
                %v1093 = llvm.load %v950 : !llvm.ptr -> f32
                %v1094 = llvm.load %v951 : !llvm.ptr -> f32
                %v1095 = llvm.load %v952 : !llvm.ptr -> f32
                %v1096 = llvm.load %v953 : !llvm.ptr -> f32
                %v1097 = llvm.load %v954 : !llvm.ptr -> f32
                %v1098 = llvm.load %v955 : !llvm.ptr -> f32
                %v1099 = llvm.load %v956 : !llvm.ptr -> f32
                %v1100 = llvm.load %v957 : !llvm.ptr -> f32
                %v1101 = llvm.load %v958 : !llvm.ptr -> f32
                %v1102 = llvm.load %v959 : !llvm.ptr -> f32
                %v1103 = llvm.load %v960 : !llvm.ptr -> f32
                %v1104 = llvm.load %v961 : !llvm.ptr -> f32
                %v1105 = llvm.load %v962 : !llvm.ptr -> f32
                %v1106 = arith.constant 0 : i64
                %v1107 = llvm.getelementptr %in_C_re[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
                %v1110 = arith.muli %v117, %v1109 : i64
                %v1111 = arith.muli %v1009, %v1 : i64
                %v1112 = arith.addi %v1110, %v1111 : i64
                %v1113 = llvm.getelementptr %dy_y[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
                %v1115 = arith.mulf %v1108, %v1114 fastmath<contract> : f32
                %v1116 = arith.constant 1 : i64
                %v1117 = arith.muli %v1116, %v2 : i64
                %v1118 = llvm.getelementptr %in_C_re[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
                %v1120 = arith.muli %v117, %v1109 : i64
                %v1121 = arith.muli %v1009, %v1 : i64
                %v1122 = arith.addi %v1120, %v1121 : i64
                %v1123 = arith.constant 1 : i64
                %v1124 = arith.addi %v1122, %v1123 : i64
                %v1125 = llvm.getelementptr %dy_y[%v1124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1126 = llvm.load %v1125 : !llvm.ptr -> f32
                %v1127 = arith.mulf %v1119, %v1126 fastmath<contract> : f32
                %v1128 = arith.addf %v1115, %v1127 fastmath<contract> : f32
                %v1129 = arith.constant 2 : i64
                %v1130 = arith.muli %v1129, %v2 : i64
                %v1131 = llvm.getelementptr %in_C_re[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                %v1133 = arith.muli %v117, %v1109 : i64
                %v1134 = arith.muli %v1009, %v1 : i64
                %v1135 = arith.addi %v1133, %v1134 : i64
                %v1136 = arith.constant 2 : i64
                %v1137 = arith.addi %v1135, %v1136 : i64
                %v1138 = llvm.getelementptr %dy_y[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1139 = llvm.load %v1138 : !llvm.ptr -> f32
                %v1140 = arith.mulf %v1132, %v1139 fastmath<contract> : f32
                %v1141 = arith.addf %v1128, %v1140 fastmath<contract> : f32
                %v1142 = arith.constant 3 : i64
                %v1143 = arith.muli %v1142, %v2 : i64
                %v1144 = llvm.getelementptr %in_C_re[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
                %v1146 = arith.muli %v117, %v1109 : i64
                %v1147 = arith.muli %v1009, %v1 : i64
                %v1148 = arith.addi %v1146, %v1147 : i64
                %v1149 = arith.constant 3 : i64
                %v1150 = arith.addi %v1148, %v1149 : i64
                %v1151 = llvm.getelementptr %dy_y[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1152 = llvm.load %v1151 : !llvm.ptr -> f32
                %v1153 = arith.mulf %v1145, %v1152 fastmath<contract> : f32
                %v1154 = arith.addf %v1141, %v1153 fastmath<contract> : f32
                %v1155 = llvm.load %v189 : !llvm.ptr -> f32
                %v1156 = arith.mulf %v1155, %v1010 fastmath<contract> : f32
                %v1157 = arith.addf %v1154, %v1156 fastmath<contract> : f32
                %v1158 = llvm.load %v252 : !llvm.ptr -> f32
                %v1159 = arith.mulf %v1158, %v1026 fastmath<contract> : f32
                %v1160 = arith.addf %v1159, %v1157 fastmath<contract> : f32
                %v1161 = arith.mulf %v1042, %v1155 fastmath<contract> : f32
                %v1162 = arith.mulf %v1158, %v1074 fastmath<contract> : f32
                %v1163 = arith.addf %v1162, %v1161 fastmath<contract> : f32
                %v1164 = arith.mulf %v1043, %v1155 fastmath<contract> : f32
                %v1165 = arith.mulf %v1158, %v1075 fastmath<contract> : f32
                %v1166 = arith.addf %v1165, %v1164 fastmath<contract> : f32
                %v1167 = arith.constant 1 : i64
                %v1168 = llvm.getelementptr %in_C_re[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
                %v1170 = arith.mulf %v1169, %v1114 fastmath<contract> : f32
                %v1171 = arith.constant 1 : i64
                %v1172 = arith.muli %v1171, %v2 : i64
                %v1173 = arith.constant 1 : i64
                %v1174 = arith.addi %v1172, %v1173 : i64
                %v1175 = llvm.getelementptr %in_C_re[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1176 = llvm.load %v1175 : !llvm.ptr -> f32
                %v1177 = arith.mulf %v1176, %v1126 fastmath<contract> : f32
                %v1178 = arith.addf %v1170, %v1177 fastmath<contract> : f32
                %v1179 = arith.constant 2 : i64
                %v1180 = arith.muli %v1179, %v2 : i64
                %v1181 = arith.constant 1 : i64
                %v1182 = arith.addi %v1180, %v1181 : i64
                %v1183 = llvm.getelementptr %in_C_re[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
                %v1185 = arith.mulf %v1184, %v1139 fastmath<contract> : f32
                %v1186 = arith.addf %v1178, %v1185 fastmath<contract> : f32
                %v1187 = arith.constant 3 : i64
                %v1188 = arith.muli %v1187, %v2 : i64
                %v1189 = arith.constant 1 : i64
                %v1190 = arith.addi %v1188, %v1189 : i64
                %v1191 = llvm.getelementptr %in_C_re[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
                %v1193 = arith.mulf %v1192, %v1152 fastmath<contract> : f32
                %v1194 = arith.addf %v1186, %v1193 fastmath<contract> : f32
                %v1195 = llvm.load %v191 : !llvm.ptr -> f32
                %v1196 = arith.mulf %v1195, %v1011 fastmath<contract> : f32
                %v1197 = arith.addf %v1194, %v1196 fastmath<contract> : f32
                %v1198 = llvm.load %v254 : !llvm.ptr -> f32
                %v1199 = arith.mulf %v1198, %v1027 fastmath<contract> : f32
                %v1200 = arith.addf %v1199, %v1197 fastmath<contract> : f32
                %v1201 = arith.mulf %v1044, %v1195 fastmath<contract> : f32
                %v1202 = arith.mulf %v1198, %v1076 fastmath<contract> : f32
                %v1203 = arith.addf %v1202, %v1201 fastmath<contract> : f32
                %v1204 = arith.mulf %v1045, %v1195 fastmath<contract> : f32
                %v1205 = arith.mulf %v1198, %v1077 fastmath<contract> : f32
                %v1206 = arith.addf %v1205, %v1204 fastmath<contract> : f32
                %v1207 = arith.constant 2 : i64
                %v1208 = llvm.getelementptr %in_C_re[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
                %v1210 = arith.mulf %v1209, %v1114 fastmath<contract> : f32
                %v1211 = arith.constant 1 : i64
                %v1212 = arith.muli %v1211, %v2 : i64
                %v1213 = arith.constant 2 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = llvm.getelementptr %in_C_re[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.mulf %v1216, %v1126 fastmath<contract> : f32
                %v1218 = arith.addf %v1210, %v1217 fastmath<contract> : f32
                %v1219 = arith.constant 2 : i64
                %v1220 = arith.muli %v1219, %v2 : i64
                %v1221 = arith.constant 2 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = llvm.getelementptr %in_C_re[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v1139 fastmath<contract> : f32
                %v1226 = arith.addf %v1218, %v1225 fastmath<contract> : f32
                %v1227 = arith.constant 3 : i64
                %v1228 = arith.muli %v1227, %v2 : i64
                %v1229 = arith.constant 2 : i64
                %v1230 = arith.addi %v1228, %v1229 : i64
                %v1231 = llvm.getelementptr %in_C_re[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
                %v1233 = arith.mulf %v1232, %v1152 fastmath<contract> : f32
                %v1234 = arith.addf %v1226, %v1233 fastmath<contract> : f32
                %v1235 = llvm.load %v193 : !llvm.ptr -> f32
                %v1236 = arith.mulf %v1235, %v1012 fastmath<contract> : f32
                %v1237 = arith.addf %v1234, %v1236 fastmath<contract> : f32
                %v1238 = llvm.load %v256 : !llvm.ptr -> f32
                %v1239 = arith.mulf %v1238, %v1028 fastmath<contract> : f32
                %v1240 = arith.addf %v1239, %v1237 fastmath<contract> : f32
                %v1241 = arith.mulf %v1046, %v1235 fastmath<contract> : f32
                %v1242 = arith.mulf %v1238, %v1078 fastmath<contract> : f32
                %v1243 = arith.addf %v1242, %v1241 fastmath<contract> : f32
                %v1244 = arith.mulf %v1047, %v1235 fastmath<contract> : f32
                %v1245 = arith.mulf %v1238, %v1079 fastmath<contract> : f32
                %v1246 = arith.addf %v1245, %v1244 fastmath<contract> : f32
                %v1247 = arith.constant 3 : i64
                %v1248 = llvm.getelementptr %in_C_re[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
                %v1250 = arith.mulf %v1249, %v1114 fastmath<contract> : f32
                %v1251 = arith.constant 1 : i64
                %v1252 = arith.muli %v1251, %v2 : i64
                %v1253 = arith.constant 3 : i64
                %v1254 = arith.addi %v1252, %v1253 : i64
                %v1255 = llvm.getelementptr %in_C_re[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                %v1257 = arith.mulf %v1256, %v1126 fastmath<contract> : f32
                %v1258 = arith.addf %v1250, %v1257 fastmath<contract> : f32
                %v1259 = arith.constant 2 : i64
                %v1260 = arith.muli %v1259, %v2 : i64
                %v1261 = arith.constant 3 : i64
                %v1262 = arith.addi %v1260, %v1261 : i64
                %v1263 = llvm.getelementptr %in_C_re[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1264 = llvm.load %v1263 : !llvm.ptr -> f32
                %v1265 = arith.mulf %v1264, %v1139 fastmath<contract> : f32
                %v1266 = arith.addf %v1258, %v1265 fastmath<contract> : f32
                %v1267 = arith.constant 3 : i64
                %v1268 = arith.muli %v1267, %v2 : i64
                %v1269 = arith.constant 3 : i64
                %v1270 = arith.addi %v1268, %v1269 : i64
                %v1271 = llvm.getelementptr %in_C_re[%v1270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1272 = llvm.load %v1271 : !llvm.ptr -> f32
                %v1273 = arith.mulf %v1272, %v1152 fastmath<contract> : f32
                %v1274 = arith.addf %v1266, %v1273 fastmath<contract> : f32
                %v1275 = llvm.load %v195 : !llvm.ptr -> f32
                %v1276 = arith.mulf %v1275, %v1013 fastmath<contract> : f32
                %v1277 = arith.addf %v1274, %v1276 fastmath<contract> : f32
                %v1278 = llvm.load %v258 : !llvm.ptr -> f32
                %v1279 = arith.mulf %v1278, %v1029 fastmath<contract> : f32
                %v1280 = arith.addf %v1279, %v1277 fastmath<contract> : f32
                %v1281 = arith.mulf %v1048, %v1275 fastmath<contract> : f32
                %v1282 = arith.mulf %v1278, %v1080 fastmath<contract> : f32
                %v1283 = arith.addf %v1282, %v1281 fastmath<contract> : f32
                %v1284 = arith.mulf %v1049, %v1275 fastmath<contract> : f32
                %v1285 = arith.mulf %v1278, %v1081 fastmath<contract> : f32
                %v1286 = arith.addf %v1285, %v1284 fastmath<contract> : f32
                %v1287 = arith.constant 4 : i64
                %v1288 = llvm.getelementptr %in_C_re[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                %v1290 = arith.mulf %v1289, %v1114 fastmath<contract> : f32
                %v1291 = arith.constant 1 : i64
                %v1292 = arith.muli %v1291, %v2 : i64
                %v1293 = arith.constant 4 : i64
                %v1294 = arith.addi %v1292, %v1293 : i64
                %v1295 = llvm.getelementptr %in_C_re[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
                %v1297 = arith.mulf %v1296, %v1126 fastmath<contract> : f32
                %v1298 = arith.addf %v1290, %v1297 fastmath<contract> : f32
                %v1299 = arith.constant 2 : i64
                %v1300 = arith.muli %v1299, %v2 : i64
                %v1301 = arith.constant 4 : i64
                %v1302 = arith.addi %v1300, %v1301 : i64
                %v1303 = llvm.getelementptr %in_C_re[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
                %v1305 = arith.mulf %v1304, %v1139 fastmath<contract> : f32
                %v1306 = arith.addf %v1298, %v1305 fastmath<contract> : f32
                %v1307 = arith.constant 3 : i64
                %v1308 = arith.muli %v1307, %v2 : i64
                %v1309 = arith.constant 4 : i64
                %v1310 = arith.addi %v1308, %v1309 : i64
                %v1311 = llvm.getelementptr %in_C_re[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
                %v1313 = arith.mulf %v1312, %v1152 fastmath<contract> : f32
                %v1314 = arith.addf %v1306, %v1313 fastmath<contract> : f32
                %v1315 = llvm.load %v197 : !llvm.ptr -> f32
                %v1316 = arith.mulf %v1315, %v1014 fastmath<contract> : f32
                %v1317 = arith.addf %v1314, %v1316 fastmath<contract> : f32
                %v1318 = llvm.load %v260 : !llvm.ptr -> f32
                %v1319 = arith.mulf %v1318, %v1030 fastmath<contract> : f32
                %v1320 = arith.addf %v1319, %v1317 fastmath<contract> : f32
                %v1321 = arith.mulf %v1050, %v1315 fastmath<contract> : f32
                %v1322 = arith.mulf %v1318, %v1082 fastmath<contract> : f32
                %v1323 = arith.addf %v1322, %v1321 fastmath<contract> : f32
                %v1324 = arith.mulf %v1051, %v1315 fastmath<contract> : f32
                %v1325 = arith.mulf %v1318, %v1083 fastmath<contract> : f32
                %v1326 = arith.addf %v1325, %v1324 fastmath<contract> : f32
                %v1327 = arith.constant 5 : i64
                %v1328 = llvm.getelementptr %in_C_re[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
                %v1330 = arith.mulf %v1329, %v1114 fastmath<contract> : f32
                %v1331 = arith.constant 1 : i64
                %v1332 = arith.muli %v1331, %v2 : i64
                %v1333 = arith.constant 5 : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = llvm.getelementptr %in_C_re[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                %v1337 = arith.mulf %v1336, %v1126 fastmath<contract> : f32
                %v1338 = arith.addf %v1330, %v1337 fastmath<contract> : f32
                %v1339 = arith.constant 2 : i64
                %v1340 = arith.muli %v1339, %v2 : i64
                %v1341 = arith.constant 5 : i64
                %v1342 = arith.addi %v1340, %v1341 : i64
                %v1343 = llvm.getelementptr %in_C_re[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
                %v1345 = arith.mulf %v1344, %v1139 fastmath<contract> : f32
                %v1346 = arith.addf %v1338, %v1345 fastmath<contract> : f32
                %v1347 = arith.constant 3 : i64
                %v1348 = arith.muli %v1347, %v2 : i64
                %v1349 = arith.constant 5 : i64
                %v1350 = arith.addi %v1348, %v1349 : i64
                %v1351 = llvm.getelementptr %in_C_re[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1352 = llvm.load %v1351 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v1352, %v1152 fastmath<contract> : f32
                %v1354 = arith.addf %v1346, %v1353 fastmath<contract> : f32
                %v1355 = llvm.load %v199 : !llvm.ptr -> f32
                %v1356 = arith.mulf %v1355, %v1015 fastmath<contract> : f32
                %v1357 = arith.addf %v1354, %v1356 fastmath<contract> : f32
                %v1358 = llvm.load %v262 : !llvm.ptr -> f32
                %v1359 = arith.mulf %v1358, %v1031 fastmath<contract> : f32
                %v1360 = arith.addf %v1359, %v1357 fastmath<contract> : f32
                %v1361 = arith.mulf %v1052, %v1355 fastmath<contract> : f32
                %v1362 = arith.mulf %v1358, %v1084 fastmath<contract> : f32
                %v1363 = arith.addf %v1362, %v1361 fastmath<contract> : f32
                %v1364 = arith.mulf %v1053, %v1355 fastmath<contract> : f32
                %v1365 = arith.mulf %v1358, %v1085 fastmath<contract> : f32
                %v1366 = arith.addf %v1365, %v1364 fastmath<contract> : f32
                %v1367 = arith.constant 6 : i64
                %v1368 = llvm.getelementptr %in_C_re[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
                %v1370 = arith.mulf %v1369, %v1114 fastmath<contract> : f32
                %v1371 = arith.constant 1 : i64
                %v1372 = arith.muli %v1371, %v2 : i64
                %v1373 = arith.constant 6 : i64
                %v1374 = arith.addi %v1372, %v1373 : i64
                %v1375 = llvm.getelementptr %in_C_re[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1376, %v1126 fastmath<contract> : f32
                %v1378 = arith.addf %v1370, %v1377 fastmath<contract> : f32
                %v1379 = arith.constant 2 : i64
                %v1380 = arith.muli %v1379, %v2 : i64
                %v1381 = arith.constant 6 : i64
                %v1382 = arith.addi %v1380, %v1381 : i64
                %v1383 = llvm.getelementptr %in_C_re[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
                %v1385 = arith.mulf %v1384, %v1139 fastmath<contract> : f32
                %v1386 = arith.addf %v1378, %v1385 fastmath<contract> : f32
                %v1387 = arith.constant 3 : i64
                %v1388 = arith.muli %v1387, %v2 : i64
                %v1389 = arith.constant 6 : i64
                %v1390 = arith.addi %v1388, %v1389 : i64
                %v1391 = llvm.getelementptr %in_C_re[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
                %v1393 = arith.mulf %v1392, %v1152 fastmath<contract> : f32
                %v1394 = arith.addf %v1386, %v1393 fastmath<contract> : f32
                %v1395 = llvm.load %v201 : !llvm.ptr -> f32
                %v1396 = arith.mulf %v1395, %v1016 fastmath<contract> : f32
                %v1397 = arith.addf %v1394, %v1396 fastmath<contract> : f32
                %v1398 = llvm.load %v264 : !llvm.ptr -> f32
                %v1399 = arith.mulf %v1398, %v1032 fastmath<contract> : f32
                %v1400 = arith.addf %v1399, %v1397 fastmath<contract> : f32
                %v1401 = arith.mulf %v1054, %v1395 fastmath<contract> : f32
                %v1402 = arith.mulf %v1398, %v1086 fastmath<contract> : f32
                %v1403 = arith.addf %v1402, %v1401 fastmath<contract> : f32
                %v1404 = arith.mulf %v1055, %v1395 fastmath<contract> : f32
                %v1405 = arith.mulf %v1398, %v1087 fastmath<contract> : f32
                %v1406 = arith.addf %v1405, %v1404 fastmath<contract> : f32
                %v1407 = arith.constant 7 : i64
                %v1408 = llvm.getelementptr %in_C_re[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                %v1410 = arith.mulf %v1409, %v1114 fastmath<contract> : f32
                %v1411 = arith.constant 1 : i64
                %v1412 = arith.muli %v1411, %v2 : i64
                %v1413 = arith.constant 7 : i64
                %v1414 = arith.addi %v1412, %v1413 : i64
                %v1415 = llvm.getelementptr %in_C_re[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
                %v1417 = arith.mulf %v1416, %v1126 fastmath<contract> : f32
                %v1418 = arith.addf %v1410, %v1417 fastmath<contract> : f32
                %v1419 = arith.constant 2 : i64
                %v1420 = arith.muli %v1419, %v2 : i64
                %v1421 = arith.constant 7 : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = llvm.getelementptr %in_C_re[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
                %v1425 = arith.mulf %v1424, %v1139 fastmath<contract> : f32
                %v1426 = arith.addf %v1418, %v1425 fastmath<contract> : f32
                %v1427 = arith.constant 3 : i64
                %v1428 = arith.muli %v1427, %v2 : i64
                %v1429 = arith.constant 7 : i64
                %v1430 = arith.addi %v1428, %v1429 : i64
                %v1431 = llvm.getelementptr %in_C_re[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
                %v1433 = arith.mulf %v1432, %v1152 fastmath<contract> : f32
                %v1434 = arith.addf %v1426, %v1433 fastmath<contract> : f32
                %v1435 = llvm.load %v203 : !llvm.ptr -> f32
                %v1436 = arith.mulf %v1435, %v1017 fastmath<contract> : f32
                %v1437 = arith.addf %v1434, %v1436 fastmath<contract> : f32
                %v1438 = llvm.load %v266 : !llvm.ptr -> f32
                %v1439 = arith.mulf %v1438, %v1033 fastmath<contract> : f32
                %v1440 = arith.addf %v1439, %v1437 fastmath<contract> : f32
                %v1441 = arith.mulf %v1056, %v1435 fastmath<contract> : f32
                %v1442 = arith.mulf %v1438, %v1088 fastmath<contract> : f32
                %v1443 = arith.addf %v1442, %v1441 fastmath<contract> : f32
                %v1444 = arith.mulf %v1057, %v1435 fastmath<contract> : f32
                %v1445 = arith.mulf %v1438, %v1089 fastmath<contract> : f32
                %v1446 = arith.addf %v1445, %v1444 fastmath<contract> : f32
                %v1447 = arith.constant 8 : i64
                %v1448 = llvm.getelementptr %in_C_re[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1449 = llvm.load %v1448 : !llvm.ptr -> f32
                %v1450 = arith.mulf %v1449, %v1114 fastmath<contract> : f32
                %v1451 = arith.constant 1 : i64
                %v1452 = arith.muli %v1451, %v2 : i64
                %v1453 = arith.constant 8 : i64
                %v1454 = arith.addi %v1452, %v1453 : i64
                %v1455 = llvm.getelementptr %in_C_re[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
                %v1457 = arith.mulf %v1456, %v1126 fastmath<contract> : f32
                %v1458 = arith.addf %v1450, %v1457 fastmath<contract> : f32
                %v1459 = arith.constant 2 : i64
                %v1460 = arith.muli %v1459, %v2 : i64
                %v1461 = arith.constant 8 : i64
                %v1462 = arith.addi %v1460, %v1461 : i64
                %v1463 = llvm.getelementptr %in_C_re[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
                %v1465 = arith.mulf %v1464, %v1139 fastmath<contract> : f32
                %v1466 = arith.addf %v1458, %v1465 fastmath<contract> : f32
                %v1467 = arith.constant 3 : i64
                %v1468 = arith.muli %v1467, %v2 : i64
                %v1469 = arith.constant 8 : i64
                %v1470 = arith.addi %v1468, %v1469 : i64
                %v1471 = llvm.getelementptr %in_C_re[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
                %v1473 = arith.mulf %v1472, %v1152 fastmath<contract> : f32
                %v1474 = arith.addf %v1466, %v1473 fastmath<contract> : f32
                %v1475 = llvm.load %v205 : !llvm.ptr -> f32
                %v1476 = arith.mulf %v1475, %v1018 fastmath<contract> : f32
                %v1477 = arith.addf %v1474, %v1476 fastmath<contract> : f32
                %v1478 = llvm.load %v268 : !llvm.ptr -> f32
                %v1479 = arith.mulf %v1478, %v1034 fastmath<contract> : f32
                %v1480 = arith.addf %v1479, %v1477 fastmath<contract> : f32
                %v1481 = arith.mulf %v1058, %v1475 fastmath<contract> : f32
                %v1482 = arith.mulf %v1478, %v1090 fastmath<contract> : f32
                %v1483 = arith.addf %v1482, %v1481 fastmath<contract> : f32
                %v1484 = arith.mulf %v1059, %v1475 fastmath<contract> : f32
                %v1485 = arith.mulf %v1478, %v1091 fastmath<contract> : f32
                %v1486 = arith.addf %v1485, %v1484 fastmath<contract> : f32
                %v1487 = arith.constant 9 : i64
                %v1488 = llvm.getelementptr %in_C_re[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
                %v1490 = arith.mulf %v1489, %v1114 fastmath<contract> : f32
                %v1491 = arith.constant 1 : i64
                %v1492 = arith.muli %v1491, %v2 : i64
                %v1493 = arith.constant 9 : i64
                %v1494 = arith.addi %v1492, %v1493 : i64
                %v1495 = llvm.getelementptr %in_C_re[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
                %v1497 = arith.mulf %v1496, %v1126 fastmath<contract> : f32
                %v1498 = arith.addf %v1490, %v1497 fastmath<contract> : f32
                %v1499 = arith.constant 2 : i64
                %v1500 = arith.muli %v1499, %v2 : i64
                %v1501 = arith.constant 9 : i64
                %v1502 = arith.addi %v1500, %v1501 : i64
                %v1503 = llvm.getelementptr %in_C_re[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
                %v1505 = arith.mulf %v1504, %v1139 fastmath<contract> : f32
                %v1506 = arith.addf %v1498, %v1505 fastmath<contract> : f32
                %v1507 = arith.constant 3 : i64
                %v1508 = arith.muli %v1507, %v2 : i64
                %v1509 = arith.constant 9 : i64
                %v1510 = arith.addi %v1508, %v1509 : i64
                %v1511 = llvm.getelementptr %in_C_re[%v1510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1512 = llvm.load %v1511 : !llvm.ptr -> f32
                %v1513 = arith.mulf %v1512, %v1152 fastmath<contract> : f32
                %v1514 = arith.addf %v1506, %v1513 fastmath<contract> : f32
                %v1515 = llvm.load %v207 : !llvm.ptr -> f32
                %v1516 = arith.mulf %v1515, %v1019 fastmath<contract> : f32
                %v1517 = arith.addf %v1514, %v1516 fastmath<contract> : f32
                %v1518 = llvm.load %v270 : !llvm.ptr -> f32
                %v1519 = arith.mulf %v1518, %v1035 fastmath<contract> : f32
                %v1520 = arith.addf %v1519, %v1517 fastmath<contract> : f32
                %v1521 = arith.mulf %v1060, %v1515 fastmath<contract> : f32
                %v1522 = arith.mulf %v1518, %v1092 fastmath<contract> : f32
                %v1523 = arith.addf %v1522, %v1521 fastmath<contract> : f32
                %v1524 = arith.mulf %v1061, %v1515 fastmath<contract> : f32
                %v1525 = arith.mulf %v1518, %v1093 fastmath<contract> : f32
                %v1526 = arith.addf %v1525, %v1524 fastmath<contract> : f32
                %v1527 = arith.constant 10 : i64
                %v1528 = llvm.getelementptr %in_C_re[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1529 = llvm.load %v1528 : !llvm.ptr -> f32
                %v1530 = arith.mulf %v1529, %v1114 fastmath<contract> : f32
                %v1531 = arith.constant 1 : i64
                %v1532 = arith.muli %v1531, %v2 : i64
                %v1533 = arith.constant 10 : i64
                %v1534 = arith.addi %v1532, %v1533 : i64
                %v1535 = llvm.getelementptr %in_C_re[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1536 = llvm.load %v1535 : !llvm.ptr -> f32
                %v1537 = arith.mulf %v1536, %v1126 fastmath<contract> : f32
                %v1538 = arith.addf %v1530, %v1537 fastmath<contract> : f32
                %v1539 = arith.constant 2 : i64
                %v1540 = arith.muli %v1539, %v2 : i64
                %v1541 = arith.constant 10 : i64
                %v1542 = arith.addi %v1540, %v1541 : i64
                %v1543 = llvm.getelementptr %in_C_re[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1544 = llvm.load %v1543 : !llvm.ptr -> f32
                %v1545 = arith.mulf %v1544, %v1139 fastmath<contract> : f32
                %v1546 = arith.addf %v1538, %v1545 fastmath<contract> : f32
                %v1547 = arith.constant 3 : i64
                %v1548 = arith.muli %v1547, %v2 : i64
                %v1549 = arith.constant 10 : i64
                %v1550 = arith.addi %v1548, %v1549 : i64
                %v1551 = llvm.getelementptr %in_C_re[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
                %v1553 = arith.mulf %v1552, %v1152 fastmath<contract> : f32
                %v1554 = arith.addf %v1546, %v1553 fastmath<contract> : f32
                %v1555 = llvm.load %v209 : !llvm.ptr -> f32
                %v1556 = arith.mulf %v1555, %v1020 fastmath<contract> : f32
                %v1557 = arith.addf %v1554, %v1556 fastmath<contract> : f32
                %v1558 = llvm.load %v272 : !llvm.ptr -> f32
                %v1559 = arith.mulf %v1558, %v1036 fastmath<contract> : f32
                %v1560 = arith.addf %v1559, %v1557 fastmath<contract> : f32
                %v1561 = arith.mulf %v1062, %v1555 fastmath<contract> : f32
                %v1562 = arith.mulf %v1558, %v1094 fastmath<contract> : f32
                %v1563 = arith.addf %v1562, %v1561 fastmath<contract> : f32
                %v1564 = arith.mulf %v1063, %v1555 fastmath<contract> : f32
                %v1565 = arith.mulf %v1558, %v1095 fastmath<contract> : f32
                %v1566 = arith.addf %v1565, %v1564 fastmath<contract> : f32
                %v1567 = arith.constant 11 : i64
                %v1568 = llvm.getelementptr %in_C_re[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
                %v1570 = arith.mulf %v1569, %v1114 fastmath<contract> : f32
                %v1571 = arith.constant 1 : i64
                %v1572 = arith.muli %v1571, %v2 : i64
                %v1573 = arith.constant 11 : i64
                %v1574 = arith.addi %v1572, %v1573 : i64
                %v1575 = llvm.getelementptr %in_C_re[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
                %v1577 = arith.mulf %v1576, %v1126 fastmath<contract> : f32
                %v1578 = arith.addf %v1570, %v1577 fastmath<contract> : f32
                %v1579 = arith.constant 2 : i64
                %v1580 = arith.muli %v1579, %v2 : i64
                %v1581 = arith.constant 11 : i64
                %v1582 = arith.addi %v1580, %v1581 : i64
                %v1583 = llvm.getelementptr %in_C_re[%v1582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1584 = llvm.load %v1583 : !llvm.ptr -> f32
                %v1585 = arith.mulf %v1584, %v1139 fastmath<contract> : f32
                %v1586 = arith.addf %v1578, %v1585 fastmath<contract> : f32
                %v1587 = arith.constant 3 : i64
                %v1588 = arith.muli %v1587, %v2 : i64
                %v1589 = arith.constant 11 : i64
                %v1590 = arith.addi %v1588, %v1589 : i64
                %v1591 = llvm.getelementptr %in_C_re[%v1590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1592 = llvm.load %v1591 : !llvm.ptr -> f32
                %v1593 = arith.mulf %v1592, %v1152 fastmath<contract> : f32
                %v1594 = arith.addf %v1586, %v1593 fastmath<contract> : f32
                %v1595 = llvm.load %v211 : !llvm.ptr -> f32
                %v1596 = arith.mulf %v1595, %v1021 fastmath<contract> : f32
                %v1597 = arith.addf %v1594, %v1596 fastmath<contract> : f32
                %v1598 = llvm.load %v274 : !llvm.ptr -> f32
                %v1599 = arith.mulf %v1598, %v1037 fastmath<contract> : f32
                %v1600 = arith.addf %v1599, %v1597 fastmath<contract> : f32
                %v1601 = arith.mulf %v1064, %v1595 fastmath<contract> : f32
                %v1602 = arith.mulf %v1598, %v1096 fastmath<contract> : f32
                %v1603 = arith.addf %v1602, %v1601 fastmath<contract> : f32
                %v1604 = arith.mulf %v1065, %v1595 fastmath<contract> : f32
                %v1605 = arith.mulf %v1598, %v1097 fastmath<contract> : f32
                %v1606 = arith.addf %v1605, %v1604 fastmath<contract> : f32
                %v1607 = arith.constant 12 : i64
                %v1608 = llvm.getelementptr %in_C_re[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1609 = llvm.load %v1608 : !llvm.ptr -> f32
                %v1610 = arith.mulf %v1609, %v1114 fastmath<contract> : f32
                %v1611 = arith.constant 1 : i64
                %v1612 = arith.muli %v1611, %v2 : i64
                %v1613 = arith.constant 12 : i64
                %v1614 = arith.addi %v1612, %v1613 : i64
                %v1615 = llvm.getelementptr %in_C_re[%v1614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1616 = llvm.load %v1615 : !llvm.ptr -> f32
                %v1617 = arith.mulf %v1616, %v1126 fastmath<contract> : f32
                %v1618 = arith.addf %v1610, %v1617 fastmath<contract> : f32
                %v1619 = arith.constant 2 : i64
                %v1620 = arith.muli %v1619, %v2 : i64
                %v1621 = arith.constant 12 : i64
                %v1622 = arith.addi %v1620, %v1621 : i64
                %v1623 = llvm.getelementptr %in_C_re[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
                %v1625 = arith.mulf %v1624, %v1139 fastmath<contract> : f32
                %v1626 = arith.addf %v1618, %v1625 fastmath<contract> : f32
                %v1627 = arith.constant 3 : i64
                %v1628 = arith.muli %v1627, %v2 : i64
                %v1629 = arith.constant 12 : i64
                %v1630 = arith.addi %v1628, %v1629 : i64
                %v1631 = llvm.getelementptr %in_C_re[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1632 = llvm.load %v1631 : !llvm.ptr -> f32
                %v1633 = arith.mulf %v1632, %v1152 fastmath<contract> : f32
                %v1634 = arith.addf %v1626, %v1633 fastmath<contract> : f32
                %v1635 = llvm.load %v213 : !llvm.ptr -> f32
                %v1636 = arith.mulf %v1635, %v1022 fastmath<contract> : f32
                %v1637 = arith.addf %v1634, %v1636 fastmath<contract> : f32
                %v1638 = llvm.load %v276 : !llvm.ptr -> f32
                %v1639 = arith.mulf %v1638, %v1038 fastmath<contract> : f32
                %v1640 = arith.addf %v1639, %v1637 fastmath<contract> : f32
                %v1641 = arith.mulf %v1066, %v1635 fastmath<contract> : f32
                %v1642 = arith.mulf %v1638, %v1098 fastmath<contract> : f32
                %v1643 = arith.addf %v1642, %v1641 fastmath<contract> : f32
                %v1644 = arith.mulf %v1067, %v1635 fastmath<contract> : f32
                %v1645 = arith.mulf %v1638, %v1099 fastmath<contract> : f32
                %v1646 = arith.addf %v1645, %v1644 fastmath<contract> : f32
                %v1647 = arith.constant 13 : i64
                %v1648 = llvm.getelementptr %in_C_re[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
                %v1650 = arith.mulf %v1649, %v1114 fastmath<contract> : f32
                %v1651 = arith.constant 1 : i64
                %v1652 = arith.muli %v1651, %v2 : i64
                %v1653 = arith.constant 13 : i64
                %v1654 = arith.addi %v1652, %v1653 : i64
                %v1655 = llvm.getelementptr %in_C_re[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1656 = llvm.load %v1655 : !llvm.ptr -> f32
                %v1657 = arith.mulf %v1656, %v1126 fastmath<contract> : f32
                %v1658 = arith.addf %v1650, %v1657 fastmath<contract> : f32
                %v1659 = arith.constant 2 : i64
                %v1660 = arith.muli %v1659, %v2 : i64
                %v1661 = arith.constant 13 : i64
                %v1662 = arith.addi %v1660, %v1661 : i64
                %v1663 = llvm.getelementptr %in_C_re[%v1662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1664 = llvm.load %v1663 : !llvm.ptr -> f32
                %v1665 = arith.mulf %v1664, %v1139 fastmath<contract> : f32
                %v1666 = arith.addf %v1658, %v1665 fastmath<contract> : f32
                %v1667 = arith.constant 3 : i64
                %v1668 = arith.muli %v1667, %v2 : i64
                %v1669 = arith.constant 13 : i64
                %v1670 = arith.addi %v1668, %v1669 : i64
                %v1671 = llvm.getelementptr %in_C_re[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
                %v1673 = arith.mulf %v1672, %v1152 fastmath<contract> : f32
                %v1674 = arith.addf %v1666, %v1673 fastmath<contract> : f32
                %v1675 = llvm.load %v215 : !llvm.ptr -> f32
                %v1676 = arith.mulf %v1675, %v1023 fastmath<contract> : f32
                %v1677 = arith.addf %v1674, %v1676 fastmath<contract> : f32
                %v1678 = llvm.load %v278 : !llvm.ptr -> f32
                %v1679 = arith.mulf %v1678, %v1039 fastmath<contract> : f32
                %v1680 = arith.addf %v1679, %v1677 fastmath<contract> : f32
                %v1681 = arith.mulf %v1068, %v1675 fastmath<contract> : f32
                %v1682 = arith.mulf %v1678, %v1100 fastmath<contract> : f32
                %v1683 = arith.addf %v1682, %v1681 fastmath<contract> : f32
                %v1684 = arith.mulf %v1069, %v1675 fastmath<contract> : f32
                %v1685 = arith.mulf %v1678, %v1101 fastmath<contract> : f32
                %v1686 = arith.addf %v1685, %v1684 fastmath<contract> : f32
                %v1687 = arith.constant 14 : i64
                %v1688 = llvm.getelementptr %in_C_re[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1689 = llvm.load %v1688 : !llvm.ptr -> f32
                %v1690 = arith.mulf %v1689, %v1114 fastmath<contract> : f32
                %v1691 = arith.constant 1 : i64
                %v1692 = arith.muli %v1691, %v2 : i64
                %v1693 = arith.constant 14 : i64
                %v1694 = arith.addi %v1692, %v1693 : i64
                %v1695 = llvm.getelementptr %in_C_re[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1696 = llvm.load %v1695 : !llvm.ptr -> f32
                %v1697 = arith.mulf %v1696, %v1126 fastmath<contract> : f32
                %v1698 = arith.addf %v1690, %v1697 fastmath<contract> : f32
                %v1699 = arith.constant 2 : i64
                %v1700 = arith.muli %v1699, %v2 : i64
                %v1701 = arith.constant 14 : i64
                %v1702 = arith.addi %v1700, %v1701 : i64
                %v1703 = llvm.getelementptr %in_C_re[%v1702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1704 = llvm.load %v1703 : !llvm.ptr -> f32
                %v1705 = arith.mulf %v1704, %v1139 fastmath<contract> : f32
                %v1706 = arith.addf %v1698, %v1705 fastmath<contract> : f32
                %v1707 = arith.constant 3 : i64
                %v1708 = arith.muli %v1707, %v2 : i64
                %v1709 = arith.constant 14 : i64
                %v1710 = arith.addi %v1708, %v1709 : i64
                %v1711 = llvm.getelementptr %in_C_re[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1712 = llvm.load %v1711 : !llvm.ptr -> f32
                %v1713 = arith.mulf %v1712, %v1152 fastmath<contract> : f32
                %v1714 = arith.addf %v1706, %v1713 fastmath<contract> : f32
                %v1715 = llvm.load %v217 : !llvm.ptr -> f32
                %v1716 = arith.mulf %v1715, %v1024 fastmath<contract> : f32
                %v1717 = arith.addf %v1714, %v1716 fastmath<contract> : f32
                %v1718 = llvm.load %v280 : !llvm.ptr -> f32
                %v1719 = arith.mulf %v1718, %v1040 fastmath<contract> : f32
                %v1720 = arith.addf %v1719, %v1717 fastmath<contract> : f32
                %v1721 = arith.mulf %v1070, %v1715 fastmath<contract> : f32
                %v1722 = arith.mulf %v1718, %v1102 fastmath<contract> : f32
                %v1723 = arith.addf %v1722, %v1721 fastmath<contract> : f32
                %v1724 = arith.mulf %v1071, %v1715 fastmath<contract> : f32
                %v1725 = arith.mulf %v1718, %v1103 fastmath<contract> : f32
                %v1726 = arith.addf %v1725, %v1724 fastmath<contract> : f32
                %v1727 = arith.constant 15 : i64
                %v1728 = llvm.getelementptr %in_C_re[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1729 = llvm.load %v1728 : !llvm.ptr -> f32
                %v1730 = arith.mulf %v1729, %v1114 fastmath<contract> : f32
                %v1731 = arith.constant 1 : i64
                %v1732 = arith.muli %v1731, %v2 : i64
                %v1733 = arith.constant 15 : i64
                %v1734 = arith.addi %v1732, %v1733 : i64
                %v1735 = llvm.getelementptr %in_C_re[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
                %v1737 = arith.mulf %v1736, %v1126 fastmath<contract> : f32
                %v1738 = arith.addf %v1730, %v1737 fastmath<contract> : f32
                %v1739 = arith.constant 2 : i64
                %v1740 = arith.muli %v1739, %v2 : i64
                %v1741 = arith.constant 15 : i64
                %v1742 = arith.addi %v1740, %v1741 : i64
                %v1743 = llvm.getelementptr %in_C_re[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1744 = llvm.load %v1743 : !llvm.ptr -> f32
                %v1745 = arith.mulf %v1744, %v1139 fastmath<contract> : f32
                %v1746 = arith.addf %v1738, %v1745 fastmath<contract> : f32
                %v1747 = arith.constant 3 : i64
                %v1748 = arith.muli %v1747, %v2 : i64
                %v1749 = arith.constant 15 : i64
                %v1750 = arith.addi %v1748, %v1749 : i64
                %v1751 = llvm.getelementptr %in_C_re[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
                %v1753 = arith.mulf %v1752, %v1152 fastmath<contract> : f32
                %v1754 = arith.addf %v1746, %v1753 fastmath<contract> : f32
                %v1755 = llvm.load %v219 : !llvm.ptr -> f32
                %v1756 = arith.mulf %v1755, %v1025 fastmath<contract> : f32
                %v1757 = arith.addf %v1754, %v1756 fastmath<contract> : f32
                %v1758 = llvm.load %v282 : !llvm.ptr -> f32
                %v1759 = arith.mulf %v1758, %v1041 fastmath<contract> : f32
                %v1760 = arith.addf %v1759, %v1757 fastmath<contract> : f32
                %v1761 = arith.mulf %v1072, %v1755 fastmath<contract> : f32
                %v1762 = arith.mulf %v1758, %v1104 fastmath<contract> : f32
                %v1763 = arith.addf %v1762, %v1761 fastmath<contract> : f32
                %v1764 = arith.mulf %v1073, %v1755 fastmath<contract> : f32
                %v1765 = arith.mulf %v1758, %v1105 fastmath<contract> : f32
                %v1766 = arith.addf %v1765, %v1764 fastmath<contract> : f32
                %v1767 = arith.constant 0 : i64
                %v1768 = llvm.getelementptr %in_C_im[%v1767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1769 = llvm.load %v1768 : !llvm.ptr -> f32
                %v1770 = arith.negf %v1114 : f32
                %v1771 = arith.mulf %v1769, %v1770 fastmath<contract> : f32
                %v1772 = arith.constant 1 : i64
                %v1773 = arith.muli %v1772, %v2 : i64
                %v1774 = llvm.getelementptr %in_C_im[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
                %v1776 = arith.negf %v1126 : f32
                %v1777 = arith.mulf %v1775, %v1776 fastmath<contract> : f32
                %v1778 = arith.addf %v1771, %v1777 fastmath<contract> : f32
                %v1779 = arith.constant 2 : i64
                %v1780 = arith.muli %v1779, %v2 : i64
                %v1781 = llvm.getelementptr %in_C_im[%v1780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1782 = llvm.load %v1781 : !llvm.ptr -> f32
                %v1783 = arith.negf %v1139 : f32
                %v1784 = arith.mulf %v1782, %v1783 fastmath<contract> : f32
                %v1785 = arith.addf %v1778, %v1784 fastmath<contract> : f32
                %v1786 = arith.constant 3 : i64
                %v1787 = arith.muli %v1786, %v2 : i64
                %v1788 = llvm.getelementptr %in_C_im[%v1787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1789 = llvm.load %v1788 : !llvm.ptr -> f32
                %v1790 = arith.negf %v1152 : f32
                %v1791 = arith.mulf %v1789, %v1790 fastmath<contract> : f32
                %v1792 = arith.addf %v1785, %v1791 fastmath<contract> : f32
                %v1793 = llvm.load %v221 : !llvm.ptr -> f32
                %v1794 = arith.mulf %v1793, %v1026 fastmath<contract> : f32
                %v1795 = arith.addf %v1792, %v1794 fastmath<contract> : f32
                %v1796 = llvm.load %v284 : !llvm.ptr -> f32
                %v1797 = arith.mulf %v1796, %v1010 fastmath<contract> : f32
                %v1798 = arith.addf %v1797, %v1795 fastmath<contract> : f32
                %v1799 = arith.mulf %v1074, %v1793 fastmath<contract> : f32
                %v1800 = arith.mulf %v1796, %v1042 fastmath<contract> : f32
                %v1801 = arith.addf %v1800, %v1799 fastmath<contract> : f32
                %v1802 = arith.mulf %v1075, %v1793 fastmath<contract> : f32
                %v1803 = arith.mulf %v1796, %v1043 fastmath<contract> : f32
                %v1804 = arith.addf %v1803, %v1802 fastmath<contract> : f32
                %v1805 = arith.constant 1 : i64
                %v1806 = llvm.getelementptr %in_C_im[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
                %v1808 = arith.mulf %v1807, %v1770 fastmath<contract> : f32
                %v1809 = arith.constant 1 : i64
                %v1810 = arith.muli %v1809, %v2 : i64
                %v1811 = arith.constant 1 : i64
                %v1812 = arith.addi %v1810, %v1811 : i64
                %v1813 = llvm.getelementptr %in_C_im[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1814 = llvm.load %v1813 : !llvm.ptr -> f32
                %v1815 = arith.mulf %v1814, %v1776 fastmath<contract> : f32
                %v1816 = arith.addf %v1808, %v1815 fastmath<contract> : f32
                %v1817 = arith.constant 2 : i64
                %v1818 = arith.muli %v1817, %v2 : i64
                %v1819 = arith.constant 1 : i64
                %v1820 = arith.addi %v1818, %v1819 : i64
                %v1821 = llvm.getelementptr %in_C_im[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1822 = llvm.load %v1821 : !llvm.ptr -> f32
                %v1823 = arith.mulf %v1822, %v1783 fastmath<contract> : f32
                %v1824 = arith.addf %v1816, %v1823 fastmath<contract> : f32
                %v1825 = arith.constant 3 : i64
                %v1826 = arith.muli %v1825, %v2 : i64
                %v1827 = arith.constant 1 : i64
                %v1828 = arith.addi %v1826, %v1827 : i64
                %v1829 = llvm.getelementptr %in_C_im[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1830 = llvm.load %v1829 : !llvm.ptr -> f32
                %v1831 = arith.mulf %v1830, %v1790 fastmath<contract> : f32
                %v1832 = arith.addf %v1824, %v1831 fastmath<contract> : f32
                %v1833 = llvm.load %v223 : !llvm.ptr -> f32
                %v1834 = arith.mulf %v1833, %v1027 fastmath<contract> : f32
                %v1835 = arith.addf %v1832, %v1834 fastmath<contract> : f32
                %v1836 = llvm.load %v286 : !llvm.ptr -> f32
                %v1837 = arith.mulf %v1836, %v1011 fastmath<contract> : f32
                %v1838 = arith.addf %v1837, %v1835 fastmath<contract> : f32
                %v1839 = arith.mulf %v1076, %v1833 fastmath<contract> : f32
                %v1840 = arith.mulf %v1836, %v1044 fastmath<contract> : f32
                %v1841 = arith.addf %v1840, %v1839 fastmath<contract> : f32
                %v1842 = arith.mulf %v1077, %v1833 fastmath<contract> : f32
                %v1843 = arith.mulf %v1836, %v1045 fastmath<contract> : f32
                %v1844 = arith.addf %v1843, %v1842 fastmath<contract> : f32
                %v1845 = arith.constant 2 : i64
                %v1846 = llvm.getelementptr %in_C_im[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1847 = llvm.load %v1846 : !llvm.ptr -> f32
                %v1848 = arith.mulf %v1847, %v1770 fastmath<contract> : f32
                %v1849 = arith.constant 1 : i64
                %v1850 = arith.muli %v1849, %v2 : i64
                %v1851 = arith.constant 2 : i64
                %v1852 = arith.addi %v1850, %v1851 : i64
                %v1853 = llvm.getelementptr %in_C_im[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                %v1855 = arith.mulf %v1854, %v1776 fastmath<contract> : f32
                %v1856 = arith.addf %v1848, %v1855 fastmath<contract> : f32
                %v1857 = arith.constant 2 : i64
                %v1858 = arith.muli %v1857, %v2 : i64
                %v1859 = arith.constant 2 : i64
                %v1860 = arith.addi %v1858, %v1859 : i64
                %v1861 = llvm.getelementptr %in_C_im[%v1860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
                %v1863 = arith.mulf %v1862, %v1783 fastmath<contract> : f32
                %v1864 = arith.addf %v1856, %v1863 fastmath<contract> : f32
                %v1865 = arith.constant 3 : i64
                %v1866 = arith.muli %v1865, %v2 : i64
                %v1867 = arith.constant 2 : i64
                %v1868 = arith.addi %v1866, %v1867 : i64
                %v1869 = llvm.getelementptr %in_C_im[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1870 = llvm.load %v1869 : !llvm.ptr -> f32
                %v1871 = arith.mulf %v1870, %v1790 fastmath<contract> : f32
                %v1872 = arith.addf %v1864, %v1871 fastmath<contract> : f32
                %v1873 = llvm.load %v225 : !llvm.ptr -> f32
                %v1874 = arith.mulf %v1873, %v1028 fastmath<contract> : f32
                %v1875 = arith.addf %v1872, %v1874 fastmath<contract> : f32
                %v1876 = llvm.load %v288 : !llvm.ptr -> f32
                %v1877 = arith.mulf %v1876, %v1012 fastmath<contract> : f32
                %v1878 = arith.addf %v1877, %v1875 fastmath<contract> : f32
                %v1879 = arith.mulf %v1078, %v1873 fastmath<contract> : f32
                %v1880 = arith.mulf %v1876, %v1046 fastmath<contract> : f32
                %v1881 = arith.addf %v1880, %v1879 fastmath<contract> : f32
                %v1882 = arith.mulf %v1079, %v1873 fastmath<contract> : f32
                %v1883 = arith.mulf %v1876, %v1047 fastmath<contract> : f32
                %v1884 = arith.addf %v1883, %v1882 fastmath<contract> : f32
                %v1885 = arith.constant 3 : i64
                %v1886 = llvm.getelementptr %in_C_im[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1887 = llvm.load %v1886 : !llvm.ptr -> f32
                %v1888 = arith.mulf %v1887, %v1770 fastmath<contract> : f32
                %v1889 = arith.constant 1 : i64
                %v1890 = arith.muli %v1889, %v2 : i64
                %v1891 = arith.constant 3 : i64
                %v1892 = arith.addi %v1890, %v1891 : i64
                %v1893 = llvm.getelementptr %in_C_im[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
                %v1895 = arith.mulf %v1894, %v1776 fastmath<contract> : f32
                %v1896 = arith.addf %v1888, %v1895 fastmath<contract> : f32
                %v1897 = arith.constant 2 : i64
                %v1898 = arith.muli %v1897, %v2 : i64
                %v1899 = arith.constant 3 : i64
                %v1900 = arith.addi %v1898, %v1899 : i64
                %v1901 = llvm.getelementptr %in_C_im[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1902 = llvm.load %v1901 : !llvm.ptr -> f32
                %v1903 = arith.mulf %v1902, %v1783 fastmath<contract> : f32
                %v1904 = arith.addf %v1896, %v1903 fastmath<contract> : f32
                %v1905 = arith.constant 3 : i64
                %v1906 = arith.muli %v1905, %v2 : i64
                %v1907 = arith.constant 3 : i64
                %v1908 = arith.addi %v1906, %v1907 : i64
                %v1909 = llvm.getelementptr %in_C_im[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1910 = llvm.load %v1909 : !llvm.ptr -> f32
                %v1911 = arith.mulf %v1910, %v1790 fastmath<contract> : f32
                %v1912 = arith.addf %v1904, %v1911 fastmath<contract> : f32
                %v1913 = llvm.load %v227 : !llvm.ptr -> f32
                %v1914 = arith.mulf %v1913, %v1029 fastmath<contract> : f32
                %v1915 = arith.addf %v1912, %v1914 fastmath<contract> : f32
                %v1916 = llvm.load %v290 : !llvm.ptr -> f32
                %v1917 = arith.mulf %v1916, %v1013 fastmath<contract> : f32
                %v1918 = arith.addf %v1917, %v1915 fastmath<contract> : f32
                %v1919 = arith.mulf %v1080, %v1913 fastmath<contract> : f32
                %v1920 = arith.mulf %v1916, %v1048 fastmath<contract> : f32
                %v1921 = arith.addf %v1920, %v1919 fastmath<contract> : f32
                %v1922 = arith.mulf %v1081, %v1913 fastmath<contract> : f32
                %v1923 = arith.mulf %v1916, %v1049 fastmath<contract> : f32
                %v1924 = arith.addf %v1923, %v1922 fastmath<contract> : f32
                %v1925 = arith.constant 4 : i64
                %v1926 = llvm.getelementptr %in_C_im[%v1925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1927 = llvm.load %v1926 : !llvm.ptr -> f32
                %v1928 = arith.mulf %v1927, %v1770 fastmath<contract> : f32
                %v1929 = arith.constant 1 : i64
                %v1930 = arith.muli %v1929, %v2 : i64
                %v1931 = arith.constant 4 : i64
                %v1932 = arith.addi %v1930, %v1931 : i64
                %v1933 = llvm.getelementptr %in_C_im[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
                %v1935 = arith.mulf %v1934, %v1776 fastmath<contract> : f32
                %v1936 = arith.addf %v1928, %v1935 fastmath<contract> : f32
                %v1937 = arith.constant 2 : i64
                %v1938 = arith.muli %v1937, %v2 : i64
                %v1939 = arith.constant 4 : i64
                %v1940 = arith.addi %v1938, %v1939 : i64
                %v1941 = llvm.getelementptr %in_C_im[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
                %v1943 = arith.mulf %v1942, %v1783 fastmath<contract> : f32
                %v1944 = arith.addf %v1936, %v1943 fastmath<contract> : f32
                %v1945 = arith.constant 3 : i64
                %v1946 = arith.muli %v1945, %v2 : i64
                %v1947 = arith.constant 4 : i64
                %v1948 = arith.addi %v1946, %v1947 : i64
                %v1949 = llvm.getelementptr %in_C_im[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1950 = llvm.load %v1949 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1950, %v1790 fastmath<contract> : f32
                %v1952 = arith.addf %v1944, %v1951 fastmath<contract> : f32
                %v1953 = llvm.load %v229 : !llvm.ptr -> f32
                %v1954 = arith.mulf %v1953, %v1030 fastmath<contract> : f32
                %v1955 = arith.addf %v1952, %v1954 fastmath<contract> : f32
                %v1956 = llvm.load %v292 : !llvm.ptr -> f32
                %v1957 = arith.mulf %v1956, %v1014 fastmath<contract> : f32
                %v1958 = arith.addf %v1957, %v1955 fastmath<contract> : f32
                %v1959 = arith.mulf %v1082, %v1953 fastmath<contract> : f32
                %v1960 = arith.mulf %v1956, %v1050 fastmath<contract> : f32
                %v1961 = arith.addf %v1960, %v1959 fastmath<contract> : f32
                %v1962 = arith.mulf %v1083, %v1953 fastmath<contract> : f32
                %v1963 = arith.mulf %v1956, %v1051 fastmath<contract> : f32
                %v1964 = arith.addf %v1963, %v1962 fastmath<contract> : f32
                %v1965 = arith.constant 5 : i64
                %v1966 = llvm.getelementptr %in_C_im[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
                %v1968 = arith.mulf %v1967, %v1770 fastmath<contract> : f32
                %v1969 = arith.constant 1 : i64
                %v1970 = arith.muli %v1969, %v2 : i64
                %v1971 = arith.constant 5 : i64
                %v1972 = arith.addi %v1970, %v1971 : i64
                %v1973 = llvm.getelementptr %in_C_im[%v1972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1974 = llvm.load %v1973 : !llvm.ptr -> f32
                %v1975 = arith.mulf %v1974, %v1776 fastmath<contract> : f32
                %v1976 = arith.addf %v1968, %v1975 fastmath<contract> : f32
                %v1977 = arith.constant 2 : i64
                %v1978 = arith.muli %v1977, %v2 : i64
                %v1979 = arith.constant 5 : i64
                %v1980 = arith.addi %v1978, %v1979 : i64
                %v1981 = llvm.getelementptr %in_C_im[%v1980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1982 = llvm.load %v1981 : !llvm.ptr -> f32
                %v1983 = arith.mulf %v1982, %v1783 fastmath<contract> : f32
                %v1984 = arith.addf %v1976, %v1983 fastmath<contract> : f32
                %v1985 = arith.constant 3 : i64
                %v1986 = arith.muli %v1985, %v2 : i64
                %v1987 = arith.constant 5 : i64
                %v1988 = arith.addi %v1986, %v1987 : i64
                %v1989 = llvm.getelementptr %in_C_im[%v1988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1990 = llvm.load %v1989 : !llvm.ptr -> f32
                %v1991 = arith.mulf %v1990, %v1790 fastmath<contract> : f32
                %v1992 = arith.addf %v1984, %v1991 fastmath<contract> : f32
                %v1993 = llvm.load %v231 : !llvm.ptr -> f32
                %v1994 = arith.mulf %v1993, %v1031 fastmath<contract> : f32
                %v1995 = arith.addf %v1992, %v1994 fastmath<contract> : f32
                %v1996 = llvm.load %v294 : !llvm.ptr -> f32
                %v1997 = arith.mulf %v1996, %v1015 fastmath<contract> : f32
                %v1998 = arith.addf %v1997, %v1995 fastmath<contract> : f32
                %v1999 = arith.mulf %v1084, %v1993 fastmath<contract> : f32
                %v2000 = arith.mulf %v1996, %v1052 fastmath<contract> : f32
                %v2001 = arith.addf %v2000, %v1999 fastmath<contract> : f32
                %v2002 = arith.mulf %v1085, %v1993 fastmath<contract> : f32
                %v2003 = arith.mulf %v1996, %v1053 fastmath<contract> : f32
                %v2004 = arith.addf %v2003, %v2002 fastmath<contract> : f32
                %v2005 = arith.constant 6 : i64
                %v2006 = llvm.getelementptr %in_C_im[%v2005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2007 = llvm.load %v2006 : !llvm.ptr -> f32
                %v2008 = arith.mulf %v2007, %v1770 fastmath<contract> : f32
                %v2009 = arith.constant 1 : i64
                %v2010 = arith.muli %v2009, %v2 : i64
                %v2011 = arith.constant 6 : i64
                %v2012 = arith.addi %v2010, %v2011 : i64
                %v2013 = llvm.getelementptr %in_C_im[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2014 = llvm.load %v2013 : !llvm.ptr -> f32
                %v2015 = arith.mulf %v2014, %v1776 fastmath<contract> : f32
                %v2016 = arith.addf %v2008, %v2015 fastmath<contract> : f32
                %v2017 = arith.constant 2 : i64
                %v2018 = arith.muli %v2017, %v2 : i64
                %v2019 = arith.constant 6 : i64
                %v2020 = arith.addi %v2018, %v2019 : i64
                %v2021 = llvm.getelementptr %in_C_im[%v2020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
                %v2023 = arith.mulf %v2022, %v1783 fastmath<contract> : f32
                %v2024 = arith.addf %v2016, %v2023 fastmath<contract> : f32
                %v2025 = arith.constant 3 : i64
                %v2026 = arith.muli %v2025, %v2 : i64
                %v2027 = arith.constant 6 : i64
                %v2028 = arith.addi %v2026, %v2027 : i64
                %v2029 = llvm.getelementptr %in_C_im[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
                %v2031 = arith.mulf %v2030, %v1790 fastmath<contract> : f32
                %v2032 = arith.addf %v2024, %v2031 fastmath<contract> : f32
                %v2033 = llvm.load %v233 : !llvm.ptr -> f32
                %v2034 = arith.mulf %v2033, %v1032 fastmath<contract> : f32
                %v2035 = arith.addf %v2032, %v2034 fastmath<contract> : f32
                %v2036 = llvm.load %v296 : !llvm.ptr -> f32
                %v2037 = arith.mulf %v2036, %v1016 fastmath<contract> : f32
                %v2038 = arith.addf %v2037, %v2035 fastmath<contract> : f32
                %v2039 = arith.mulf %v1086, %v2033 fastmath<contract> : f32
                %v2040 = arith.mulf %v2036, %v1054 fastmath<contract> : f32
                %v2041 = arith.addf %v2040, %v2039 fastmath<contract> : f32
                %v2042 = arith.mulf %v1087, %v2033 fastmath<contract> : f32
                %v2043 = arith.mulf %v2036, %v1055 fastmath<contract> : f32
                %v2044 = arith.addf %v2043, %v2042 fastmath<contract> : f32
                %v2045 = arith.constant 7 : i64
                %v2046 = llvm.getelementptr %in_C_im[%v2045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2047 = llvm.load %v2046 : !llvm.ptr -> f32
                %v2048 = arith.mulf %v2047, %v1770 fastmath<contract> : f32
                %v2049 = arith.constant 1 : i64
                %v2050 = arith.muli %v2049, %v2 : i64
                %v2051 = arith.constant 7 : i64
                %v2052 = arith.addi %v2050, %v2051 : i64
                %v2053 = llvm.getelementptr %in_C_im[%v2052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2054 = llvm.load %v2053 : !llvm.ptr -> f32
                %v2055 = arith.mulf %v2054, %v1776 fastmath<contract> : f32
                %v2056 = arith.addf %v2048, %v2055 fastmath<contract> : f32
                %v2057 = arith.constant 2 : i64
                %v2058 = arith.muli %v2057, %v2 : i64
                %v2059 = arith.constant 7 : i64
                %v2060 = arith.addi %v2058, %v2059 : i64
                %v2061 = llvm.getelementptr %in_C_im[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2062 = llvm.load %v2061 : !llvm.ptr -> f32
                %v2063 = arith.mulf %v2062, %v1783 fastmath<contract> : f32
                %v2064 = arith.addf %v2056, %v2063 fastmath<contract> : f32
                %v2065 = arith.constant 3 : i64
                %v2066 = arith.muli %v2065, %v2 : i64
                %v2067 = arith.constant 7 : i64
                %v2068 = arith.addi %v2066, %v2067 : i64
                %v2069 = llvm.getelementptr %in_C_im[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2070 = llvm.load %v2069 : !llvm.ptr -> f32
                %v2071 = arith.mulf %v2070, %v1790 fastmath<contract> : f32
                %v2072 = arith.addf %v2064, %v2071 fastmath<contract> : f32
                %v2073 = llvm.load %v235 : !llvm.ptr -> f32
                %v2074 = arith.mulf %v2073, %v1033 fastmath<contract> : f32
                %v2075 = arith.addf %v2072, %v2074 fastmath<contract> : f32
                %v2076 = llvm.load %v298 : !llvm.ptr -> f32
                %v2077 = arith.mulf %v2076, %v1017 fastmath<contract> : f32
                %v2078 = arith.addf %v2077, %v2075 fastmath<contract> : f32
                %v2079 = arith.mulf %v1088, %v2073 fastmath<contract> : f32
                %v2080 = arith.mulf %v2076, %v1056 fastmath<contract> : f32
                %v2081 = arith.addf %v2080, %v2079 fastmath<contract> : f32
                %v2082 = arith.mulf %v1089, %v2073 fastmath<contract> : f32
                %v2083 = arith.mulf %v2076, %v1057 fastmath<contract> : f32
                %v2084 = arith.addf %v2083, %v2082 fastmath<contract> : f32
                %v2085 = arith.constant 8 : i64
                %v2086 = llvm.getelementptr %in_C_im[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
                %v2088 = arith.mulf %v2087, %v1770 fastmath<contract> : f32
                %v2089 = arith.constant 1 : i64
                %v2090 = arith.muli %v2089, %v2 : i64
                %v2091 = arith.constant 8 : i64
                %v2092 = arith.addi %v2090, %v2091 : i64
                %v2093 = llvm.getelementptr %in_C_im[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2094 = llvm.load %v2093 : !llvm.ptr -> f32
                %v2095 = arith.mulf %v2094, %v1776 fastmath<contract> : f32
                %v2096 = arith.addf %v2088, %v2095 fastmath<contract> : f32
                %v2097 = arith.constant 2 : i64
                %v2098 = arith.muli %v2097, %v2 : i64
                %v2099 = arith.constant 8 : i64
                %v2100 = arith.addi %v2098, %v2099 : i64
                %v2101 = llvm.getelementptr %in_C_im[%v2100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2102 = llvm.load %v2101 : !llvm.ptr -> f32
                %v2103 = arith.mulf %v2102, %v1783 fastmath<contract> : f32
                %v2104 = arith.addf %v2096, %v2103 fastmath<contract> : f32
                %v2105 = arith.constant 3 : i64
                %v2106 = arith.muli %v2105, %v2 : i64
                %v2107 = arith.constant 8 : i64
                %v2108 = arith.addi %v2106, %v2107 : i64
                %v2109 = llvm.getelementptr %in_C_im[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
                %v2111 = arith.mulf %v2110, %v1790 fastmath<contract> : f32
                %v2112 = arith.addf %v2104, %v2111 fastmath<contract> : f32
                %v2113 = llvm.load %v237 : !llvm.ptr -> f32
                %v2114 = arith.mulf %v2113, %v1034 fastmath<contract> : f32
                %v2115 = arith.addf %v2112, %v2114 fastmath<contract> : f32
                %v2116 = llvm.load %v300 : !llvm.ptr -> f32
                %v2117 = arith.mulf %v2116, %v1018 fastmath<contract> : f32
                %v2118 = arith.addf %v2117, %v2115 fastmath<contract> : f32
                %v2119 = arith.mulf %v1090, %v2113 fastmath<contract> : f32
                %v2120 = arith.mulf %v2116, %v1058 fastmath<contract> : f32
                %v2121 = arith.addf %v2120, %v2119 fastmath<contract> : f32
                %v2122 = arith.mulf %v1091, %v2113 fastmath<contract> : f32
                %v2123 = arith.mulf %v2116, %v1059 fastmath<contract> : f32
                %v2124 = arith.addf %v2123, %v2122 fastmath<contract> : f32
                %v2125 = arith.constant 9 : i64
                %v2126 = llvm.getelementptr %in_C_im[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2127 = llvm.load %v2126 : !llvm.ptr -> f32
                %v2128 = arith.mulf %v2127, %v1770 fastmath<contract> : f32
                %v2129 = arith.constant 1 : i64
                %v2130 = arith.muli %v2129, %v2 : i64
                %v2131 = arith.constant 9 : i64
                %v2132 = arith.addi %v2130, %v2131 : i64
                %v2133 = llvm.getelementptr %in_C_im[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
                %v2135 = arith.mulf %v2134, %v1776 fastmath<contract> : f32
                %v2136 = arith.addf %v2128, %v2135 fastmath<contract> : f32
                %v2137 = arith.constant 2 : i64
                %v2138 = arith.muli %v2137, %v2 : i64
                %v2139 = arith.constant 9 : i64
                %v2140 = arith.addi %v2138, %v2139 : i64
                %v2141 = llvm.getelementptr %in_C_im[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2142 = llvm.load %v2141 : !llvm.ptr -> f32
                %v2143 = arith.mulf %v2142, %v1783 fastmath<contract> : f32
                %v2144 = arith.addf %v2136, %v2143 fastmath<contract> : f32
                %v2145 = arith.constant 3 : i64
                %v2146 = arith.muli %v2145, %v2 : i64
                %v2147 = arith.constant 9 : i64
                %v2148 = arith.addi %v2146, %v2147 : i64
                %v2149 = llvm.getelementptr %in_C_im[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2150 = llvm.load %v2149 : !llvm.ptr -> f32
                %v2151 = arith.mulf %v2150, %v1790 fastmath<contract> : f32
                %v2152 = arith.addf %v2144, %v2151 fastmath<contract> : f32
                %v2153 = llvm.load %v239 : !llvm.ptr -> f32
                %v2154 = arith.mulf %v2153, %v1035 fastmath<contract> : f32
                %v2155 = arith.addf %v2152, %v2154 fastmath<contract> : f32
                %v2156 = llvm.load %v302 : !llvm.ptr -> f32
                %v2157 = arith.mulf %v2156, %v1019 fastmath<contract> : f32
                %v2158 = arith.addf %v2157, %v2155 fastmath<contract> : f32
                %v2159 = arith.mulf %v1092, %v2153 fastmath<contract> : f32
                %v2160 = arith.mulf %v2156, %v1060 fastmath<contract> : f32
                %v2161 = arith.addf %v2160, %v2159 fastmath<contract> : f32
                %v2162 = arith.mulf %v1093, %v2153 fastmath<contract> : f32
                %v2163 = arith.mulf %v2156, %v1061 fastmath<contract> : f32
                %v2164 = arith.addf %v2163, %v2162 fastmath<contract> : f32
                %v2165 = arith.constant 10 : i64
                %v2166 = llvm.getelementptr %in_C_im[%v2165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
                %v2168 = arith.mulf %v2167, %v1770 fastmath<contract> : f32
                %v2169 = arith.constant 1 : i64
                %v2170 = arith.muli %v2169, %v2 : i64
                %v2171 = arith.constant 10 : i64
                %v2172 = arith.addi %v2170, %v2171 : i64
                %v2173 = llvm.getelementptr %in_C_im[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2174 = llvm.load %v2173 : !llvm.ptr -> f32
                %v2175 = arith.mulf %v2174, %v1776 fastmath<contract> : f32
                %v2176 = arith.addf %v2168, %v2175 fastmath<contract> : f32
                %v2177 = arith.constant 2 : i64
                %v2178 = arith.muli %v2177, %v2 : i64
                %v2179 = arith.constant 10 : i64
                %v2180 = arith.addi %v2178, %v2179 : i64
                %v2181 = llvm.getelementptr %in_C_im[%v2180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2182 = llvm.load %v2181 : !llvm.ptr -> f32
                %v2183 = arith.mulf %v2182, %v1783 fastmath<contract> : f32
                %v2184 = arith.addf %v2176, %v2183 fastmath<contract> : f32
                %v2185 = arith.constant 3 : i64
                %v2186 = arith.muli %v2185, %v2 : i64
                %v2187 = arith.constant 10 : i64
                %v2188 = arith.addi %v2186, %v2187 : i64
                %v2189 = llvm.getelementptr %in_C_im[%v2188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
                %v2191 = arith.mulf %v2190, %v1790 fastmath<contract> : f32
                %v2192 = arith.addf %v2184, %v2191 fastmath<contract> : f32
                %v2193 = llvm.load %v241 : !llvm.ptr -> f32
                %v2194 = arith.mulf %v2193, %v1036 fastmath<contract> : f32
                %v2195 = arith.addf %v2192, %v2194 fastmath<contract> : f32
                %v2196 = llvm.load %v304 : !llvm.ptr -> f32
                %v2197 = arith.mulf %v2196, %v1020 fastmath<contract> : f32
                %v2198 = arith.addf %v2197, %v2195 fastmath<contract> : f32
                %v2199 = arith.mulf %v1094, %v2193 fastmath<contract> : f32
                %v2200 = arith.mulf %v2196, %v1062 fastmath<contract> : f32
                %v2201 = arith.addf %v2200, %v2199 fastmath<contract> : f32
                %v2202 = arith.mulf %v1095, %v2193 fastmath<contract> : f32
                %v2203 = arith.mulf %v2196, %v1063 fastmath<contract> : f32
                %v2204 = arith.addf %v2203, %v2202 fastmath<contract> : f32
                %v2205 = arith.constant 11 : i64
                %v2206 = llvm.getelementptr %in_C_im[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2207 = llvm.load %v2206 : !llvm.ptr -> f32
                %v2208 = arith.mulf %v2207, %v1770 fastmath<contract> : f32
                %v2209 = arith.constant 1 : i64
                %v2210 = arith.muli %v2209, %v2 : i64
                %v2211 = arith.constant 11 : i64
                %v2212 = arith.addi %v2210, %v2211 : i64
                %v2213 = llvm.getelementptr %in_C_im[%v2212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
                %v2215 = arith.mulf %v2214, %v1776 fastmath<contract> : f32
                %v2216 = arith.addf %v2208, %v2215 fastmath<contract> : f32
                %v2217 = arith.constant 2 : i64
                %v2218 = arith.muli %v2217, %v2 : i64
                %v2219 = arith.constant 11 : i64
                %v2220 = arith.addi %v2218, %v2219 : i64
                %v2221 = llvm.getelementptr %in_C_im[%v2220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2222 = llvm.load %v2221 : !llvm.ptr -> f32
                %v2223 = arith.mulf %v2222, %v1783 fastmath<contract> : f32
                %v2224 = arith.addf %v2216, %v2223 fastmath<contract> : f32
                %v2225 = arith.constant 3 : i64
                %v2226 = arith.muli %v2225, %v2 : i64
                %v2227 = arith.constant 11 : i64
                %v2228 = arith.addi %v2226, %v2227 : i64
                %v2229 = llvm.getelementptr %in_C_im[%v2228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2230 = llvm.load %v2229 : !llvm.ptr -> f32
                %v2231 = arith.mulf %v2230, %v1790 fastmath<contract> : f32
                %v2232 = arith.addf %v2224, %v2231 fastmath<contract> : f32
                %v2233 = llvm.load %v243 : !llvm.ptr -> f32
                %v2234 = arith.mulf %v2233, %v1037 fastmath<contract> : f32
                %v2235 = arith.addf %v2232, %v2234 fastmath<contract> : f32
                %v2236 = llvm.load %v306 : !llvm.ptr -> f32
                %v2237 = arith.mulf %v2236, %v1021 fastmath<contract> : f32
                %v2238 = arith.addf %v2237, %v2235 fastmath<contract> : f32
                %v2239 = arith.mulf %v1096, %v2233 fastmath<contract> : f32
                %v2240 = arith.mulf %v2236, %v1064 fastmath<contract> : f32
                %v2241 = arith.addf %v2240, %v2239 fastmath<contract> : f32
                %v2242 = arith.mulf %v1097, %v2233 fastmath<contract> : f32
                %v2243 = arith.mulf %v2236, %v1065 fastmath<contract> : f32
                %v2244 = arith.addf %v2243, %v2242 fastmath<contract> : f32
                %v2245 = arith.constant 12 : i64
                %v2246 = llvm.getelementptr %in_C_im[%v2245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2247 = llvm.load %v2246 : !llvm.ptr -> f32
                %v2248 = arith.mulf %v2247, %v1770 fastmath<contract> : f32
                %v2249 = arith.constant 1 : i64
                %v2250 = arith.muli %v2249, %v2 : i64
                %v2251 = arith.constant 12 : i64
                %v2252 = arith.addi %v2250, %v2251 : i64
                %v2253 = llvm.getelementptr %in_C_im[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2254 = llvm.load %v2253 : !llvm.ptr -> f32
                %v2255 = arith.mulf %v2254, %v1776 fastmath<contract> : f32
                %v2256 = arith.addf %v2248, %v2255 fastmath<contract> : f32
                %v2257 = arith.constant 2 : i64
                %v2258 = arith.muli %v2257, %v2 : i64
                %v2259 = arith.constant 12 : i64
                %v2260 = arith.addi %v2258, %v2259 : i64
                %v2261 = llvm.getelementptr %in_C_im[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2262 = llvm.load %v2261 : !llvm.ptr -> f32
                %v2263 = arith.mulf %v2262, %v1783 fastmath<contract> : f32
                %v2264 = arith.addf %v2256, %v2263 fastmath<contract> : f32
                %v2265 = arith.constant 3 : i64
                %v2266 = arith.muli %v2265, %v2 : i64
                %v2267 = arith.constant 12 : i64
                %v2268 = arith.addi %v2266, %v2267 : i64
                %v2269 = llvm.getelementptr %in_C_im[%v2268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2270 = llvm.load %v2269 : !llvm.ptr -> f32
                %v2271 = arith.mulf %v2270, %v1790 fastmath<contract> : f32
                %v2272 = arith.addf %v2264, %v2271 fastmath<contract> : f32
                %v2273 = llvm.load %v245 : !llvm.ptr -> f32
                %v2274 = arith.mulf %v2273, %v1038 fastmath<contract> : f32
                %v2275 = arith.addf %v2272, %v2274 fastmath<contract> : f32
                %v2276 = llvm.load %v308 : !llvm.ptr -> f32
                %v2277 = arith.mulf %v2276, %v1022 fastmath<contract> : f32
                %v2278 = arith.addf %v2277, %v2275 fastmath<contract> : f32
                %v2279 = arith.mulf %v1098, %v2273 fastmath<contract> : f32
                %v2280 = arith.mulf %v2276, %v1066 fastmath<contract> : f32
                %v2281 = arith.addf %v2280, %v2279 fastmath<contract> : f32
                %v2282 = arith.mulf %v1099, %v2273 fastmath<contract> : f32
                %v2283 = arith.mulf %v2276, %v1067 fastmath<contract> : f32
                %v2284 = arith.addf %v2283, %v2282 fastmath<contract> : f32
                %v2285 = arith.constant 13 : i64
                %v2286 = llvm.getelementptr %in_C_im[%v2285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2287 = llvm.load %v2286 : !llvm.ptr -> f32
                %v2288 = arith.mulf %v2287, %v1770 fastmath<contract> : f32
                %v2289 = arith.constant 1 : i64
                %v2290 = arith.muli %v2289, %v2 : i64
                %v2291 = arith.constant 13 : i64
                %v2292 = arith.addi %v2290, %v2291 : i64
                %v2293 = llvm.getelementptr %in_C_im[%v2292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2294 = llvm.load %v2293 : !llvm.ptr -> f32
                %v2295 = arith.mulf %v2294, %v1776 fastmath<contract> : f32
                %v2296 = arith.addf %v2288, %v2295 fastmath<contract> : f32
                %v2297 = arith.constant 2 : i64
                %v2298 = arith.muli %v2297, %v2 : i64
                %v2299 = arith.constant 13 : i64
                %v2300 = arith.addi %v2298, %v2299 : i64
                %v2301 = llvm.getelementptr %in_C_im[%v2300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2302 = llvm.load %v2301 : !llvm.ptr -> f32
                %v2303 = arith.mulf %v2302, %v1783 fastmath<contract> : f32
                %v2304 = arith.addf %v2296, %v2303 fastmath<contract> : f32
                %v2305 = arith.constant 3 : i64
                %v2306 = arith.muli %v2305, %v2 : i64
                %v2307 = arith.constant 13 : i64
                %v2308 = arith.addi %v2306, %v2307 : i64
                %v2309 = llvm.getelementptr %in_C_im[%v2308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2310 = llvm.load %v2309 : !llvm.ptr -> f32
                %v2311 = arith.mulf %v2310, %v1790 fastmath<contract> : f32
                %v2312 = arith.addf %v2304, %v2311 fastmath<contract> : f32
                %v2313 = llvm.load %v247 : !llvm.ptr -> f32
                %v2314 = arith.mulf %v2313, %v1039 fastmath<contract> : f32
                %v2315 = arith.addf %v2312, %v2314 fastmath<contract> : f32
                %v2316 = llvm.load %v310 : !llvm.ptr -> f32
                %v2317 = arith.mulf %v2316, %v1023 fastmath<contract> : f32
                %v2318 = arith.addf %v2317, %v2315 fastmath<contract> : f32
                %v2319 = arith.mulf %v1100, %v2313 fastmath<contract> : f32
                %v2320 = arith.mulf %v2316, %v1068 fastmath<contract> : f32
                %v2321 = arith.addf %v2320, %v2319 fastmath<contract> : f32
                %v2322 = arith.mulf %v1101, %v2313 fastmath<contract> : f32
                %v2323 = arith.mulf %v2316, %v1069 fastmath<contract> : f32
                %v2324 = arith.addf %v2323, %v2322 fastmath<contract> : f32
                %v2325 = arith.constant 14 : i64
                %v2326 = llvm.getelementptr %in_C_im[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
                %v2328 = arith.mulf %v2327, %v1770 fastmath<contract> : f32
                %v2329 = arith.constant 1 : i64
                %v2330 = arith.muli %v2329, %v2 : i64
                %v2331 = arith.constant 14 : i64
                %v2332 = arith.addi %v2330, %v2331 : i64
                %v2333 = llvm.getelementptr %in_C_im[%v2332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2334 = llvm.load %v2333 : !llvm.ptr -> f32
                %v2335 = arith.mulf %v2334, %v1776 fastmath<contract> : f32
                %v2336 = arith.addf %v2328, %v2335 fastmath<contract> : f32
                %v2337 = arith.constant 2 : i64
                %v2338 = arith.muli %v2337, %v2 : i64
                %v2339 = arith.constant 14 : i64
                %v2340 = arith.addi %v2338, %v2339 : i64
                %v2341 = llvm.getelementptr %in_C_im[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2342 = llvm.load %v2341 : !llvm.ptr -> f32
                %v2343 = arith.mulf %v2342, %v1783 fastmath<contract> : f32
                %v2344 = arith.addf %v2336, %v2343 fastmath<contract> : f32
                %v2345 = arith.constant 3 : i64
                %v2346 = arith.muli %v2345, %v2 : i64
                %v2347 = arith.constant 14 : i64
                %v2348 = arith.addi %v2346, %v2347 : i64
                %v2349 = llvm.getelementptr %in_C_im[%v2348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2350 = llvm.load %v2349 : !llvm.ptr -> f32
                %v2351 = arith.mulf %v2350, %v1790 fastmath<contract> : f32
                %v2352 = arith.addf %v2344, %v2351 fastmath<contract> : f32
                %v2353 = llvm.load %v249 : !llvm.ptr -> f32
                %v2354 = arith.mulf %v2353, %v1040 fastmath<contract> : f32
                %v2355 = arith.addf %v2352, %v2354 fastmath<contract> : f32
                %v2356 = llvm.load %v312 : !llvm.ptr -> f32
                %v2357 = arith.mulf %v2356, %v1024 fastmath<contract> : f32
                %v2358 = arith.addf %v2357, %v2355 fastmath<contract> : f32
                %v2359 = arith.mulf %v1102, %v2353 fastmath<contract> : f32
                %v2360 = arith.mulf %v2356, %v1070 fastmath<contract> : f32
                %v2361 = arith.addf %v2360, %v2359 fastmath<contract> : f32
                %v2362 = arith.mulf %v1103, %v2353 fastmath<contract> : f32
                %v2363 = arith.mulf %v2356, %v1071 fastmath<contract> : f32
                %v2364 = arith.addf %v2363, %v2362 fastmath<contract> : f32
                %v2365 = arith.constant 15 : i64
                %v2366 = llvm.getelementptr %in_C_im[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
                %v2368 = arith.mulf %v2367, %v1770 fastmath<contract> : f32
                %v2369 = arith.constant 1 : i64
                %v2370 = arith.muli %v2369, %v2 : i64
                %v2371 = arith.constant 15 : i64
                %v2372 = arith.addi %v2370, %v2371 : i64
                %v2373 = llvm.getelementptr %in_C_im[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2374 = llvm.load %v2373 : !llvm.ptr -> f32
                %v2375 = arith.mulf %v2374, %v1776 fastmath<contract> : f32
                %v2376 = arith.addf %v2368, %v2375 fastmath<contract> : f32
                %v2377 = arith.constant 2 : i64
                %v2378 = arith.muli %v2377, %v2 : i64
                %v2379 = arith.constant 15 : i64
                %v2380 = arith.addi %v2378, %v2379 : i64
                %v2381 = llvm.getelementptr %in_C_im[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
                %v2383 = arith.mulf %v2382, %v1783 fastmath<contract> : f32
                %v2384 = arith.addf %v2376, %v2383 fastmath<contract> : f32
                %v2385 = arith.constant 3 : i64
                %v2386 = arith.muli %v2385, %v2 : i64
                %v2387 = arith.constant 15 : i64
                %v2388 = arith.addi %v2386, %v2387 : i64
                %v2389 = llvm.getelementptr %in_C_im[%v2388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2390 = llvm.load %v2389 : !llvm.ptr -> f32
                %v2391 = arith.mulf %v2390, %v1790 fastmath<contract> : f32
                %v2392 = arith.addf %v2384, %v2391 fastmath<contract> : f32
                %v2393 = llvm.load %v250 : !llvm.ptr -> f32
                %v2394 = arith.mulf %v2393, %v1041 fastmath<contract> : f32
                %v2395 = arith.addf %v2392, %v2394 fastmath<contract> : f32
                %v2396 = llvm.load %v314 : !llvm.ptr -> f32
                %v2397 = arith.mulf %v2396, %v1025 fastmath<contract> : f32
                %v2398 = arith.addf %v2397, %v2395 fastmath<contract> : f32
                %v2399 = arith.mulf %v1104, %v2393 fastmath<contract> : f32
                %v2400 = arith.mulf %v2396, %v1072 fastmath<contract> : f32
                %v2401 = arith.addf %v2400, %v2399 fastmath<contract> : f32
                %v2402 = arith.mulf %v1105, %v2393 fastmath<contract> : f32
                %v2403 = arith.mulf %v2396, %v1073 fastmath<contract> : f32
                %v2404 = arith.addf %v2403, %v2402 fastmath<contract> : f32
                llvm.store %v1160, %v128 : f32, !llvm.ptr
                llvm.store %v1163, %v899 : f32, !llvm.ptr
                llvm.store %v1166, %v900 : f32, !llvm.ptr
                llvm.store %v1200, %v129 : f32, !llvm.ptr
                llvm.store %v1203, %v901 : f32, !llvm.ptr
                llvm.store %v1206, %v902 : f32, !llvm.ptr
                llvm.store %v1240, %v131 : f32, !llvm.ptr
                llvm.store %v1243, %v903 : f32, !llvm.ptr
                llvm.store %v1246, %v904 : f32, !llvm.ptr
                llvm.store %v1280, %v133 : f32, !llvm.ptr
                llvm.store %v1283, %v905 : f32, !llvm.ptr
                llvm.store %v1286, %v906 : f32, !llvm.ptr
                llvm.store %v1320, %v134 : f32, !llvm.ptr
                llvm.store %v1323, %v907 : f32, !llvm.ptr
                llvm.store %v1326, %v908 : f32, !llvm.ptr
                llvm.store %v1360, %v136 : f32, !llvm.ptr
                llvm.store %v1363, %v909 : f32, !llvm.ptr
                llvm.store %v1366, %v910 : f32, !llvm.ptr
                llvm.store %v1400, %v138 : f32, !llvm.ptr
                llvm.store %v1403, %v911 : f32, !llvm.ptr
                llvm.store %v1406, %v912 : f32, !llvm.ptr
                llvm.store %v1440, %v140 : f32, !llvm.ptr
                llvm.store %v1443, %v913 : f32, !llvm.ptr
                llvm.store %v1446, %v914 : f32, !llvm.ptr
                llvm.store %v1480, %v142 : f32, !llvm.ptr
                llvm.store %v1483, %v915 : f32, !llvm.ptr
                llvm.store %v1486, %v916 : f32, !llvm.ptr
                llvm.store %v1520, %v144 : f32, !llvm.ptr
                llvm.store %v1523, %v917 : f32, !llvm.ptr
                llvm.store %v1526, %v918 : f32, !llvm.ptr
                llvm.store %v1560, %v146 : f32, !llvm.ptr
                llvm.store %v1563, %v919 : f32, !llvm.ptr
                llvm.store %v1566, %v920 : f32, !llvm.ptr
                llvm.store %v1600, %v148 : f32, !llvm.ptr
                llvm.store %v1603, %v921 : f32, !llvm.ptr
                llvm.store %v1606, %v922 : f32, !llvm.ptr
                llvm.store %v1640, %v150 : f32, !llvm.ptr
                llvm.store %v1643, %v923 : f32, !llvm.ptr
                llvm.store %v1646, %v924 : f32, !llvm.ptr
                llvm.store %v1680, %v152 : f32, !llvm.ptr
                llvm.store %v1683, %v925 : f32, !llvm.ptr
                llvm.store %v1686, %v926 : f32, !llvm.ptr
                llvm.store %v1720, %v154 : f32, !llvm.ptr
                llvm.store %v1723, %v927 : f32, !llvm.ptr
                llvm.store %v1726, %v928 : f32, !llvm.ptr
                llvm.store %v1760, %v156 : f32, !llvm.ptr
                llvm.store %v1763, %v929 : f32, !llvm.ptr
                llvm.store %v1766, %v930 : f32, !llvm.ptr
                llvm.store %v1798, %v157 : f32, !llvm.ptr
                llvm.store %v1801, %v931 : f32, !llvm.ptr
                llvm.store %v1804, %v932 : f32, !llvm.ptr
                llvm.store %v1838, %v159 : f32, !llvm.ptr
                llvm.store %v1841, %v933 : f32, !llvm.ptr
                llvm.store %v1844, %v934 : f32, !llvm.ptr
                llvm.store %v1878, %v161 : f32, !llvm.ptr
                llvm.store %v1881, %v935 : f32, !llvm.ptr
                llvm.store %v1884, %v936 : f32, !llvm.ptr
                llvm.store %v1918, %v163 : f32, !llvm.ptr
                llvm.store %v1921, %v937 : f32, !llvm.ptr
                llvm.store %v1924, %v938 : f32, !llvm.ptr
                llvm.store %v1958, %v165 : f32, !llvm.ptr
                llvm.store %v1961, %v939 : f32, !llvm.ptr
                llvm.store %v1964, %v940 : f32, !llvm.ptr
                llvm.store %v1998, %v167 : f32, !llvm.ptr
                llvm.store %v2001, %v941 : f32, !llvm.ptr
                llvm.store %v2004, %v942 : f32, !llvm.ptr
                llvm.store %v2038, %v169 : f32, !llvm.ptr
                llvm.store %v2041, %v943 : f32, !llvm.ptr
                llvm.store %v2044, %v944 : f32, !llvm.ptr
                llvm.store %v2078, %v171 : f32, !llvm.ptr
                llvm.store %v2081, %v945 : f32, !llvm.ptr
                llvm.store %v2084, %v946 : f32, !llvm.ptr
                llvm.store %v2118, %v173 : f32, !llvm.ptr
                llvm.store %v2121, %v947 : f32, !llvm.ptr
                llvm.store %v2124, %v948 : f32, !llvm.ptr
                llvm.store %v2158, %v175 : f32, !llvm.ptr
                llvm.store %v2161, %v949 : f32, !llvm.ptr
                llvm.store %v2164, %v950 : f32, !llvm.ptr
                llvm.store %v2198, %v177 : f32, !llvm.ptr
                llvm.store %v2201, %v951 : f32, !llvm.ptr
                llvm.store %v2204, %v952 : f32, !llvm.ptr
                llvm.store %v2238, %v179 : f32, !llvm.ptr
                llvm.store %v2241, %v953 : f32, !llvm.ptr
                llvm.store %v2244, %v954 : f32, !llvm.ptr
                llvm.store %v2278, %v181 : f32, !llvm.ptr
                llvm.store %v2281, %v955 : f32, !llvm.ptr
                llvm.store %v2284, %v956 : f32, !llvm.ptr
                llvm.store %v2318, %v183 : f32, !llvm.ptr
                llvm.store %v2321, %v957 : f32, !llvm.ptr
                llvm.store %v2324, %v958 : f32, !llvm.ptr
                llvm.store %v2358, %v185 : f32, !llvm.ptr
                llvm.store %v2361, %v959 : f32, !llvm.ptr
                llvm.store %v2364, %v960 : f32, !llvm.ptr
                llvm.store %v2398, %v187 : f32, !llvm.ptr
                llvm.store %v2401, %v961 : f32, !llvm.ptr
                llvm.store %v2404, %v962 : f32, !llvm.ptr
                scf.if %v1008 {
                }
                %v2405 = arith.constant 0 : i64
                %v2406 = llvm.getelementptr %in_nu_log[%v2405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2407 = llvm.load %v2406 : !llvm.ptr -> f32
                %v2409 = arith.mulf %v2407, %v2408 fastmath<contract> : f32
                %v2410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2409) : (f32) -> f32
                %v2411 = arith.negf %v2410 : f32
                %v2412 = arith.mulf %v2411, %v2408 fastmath<contract> : f32
                %v2413 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2412) : (f32) -> f32
                %v2414 = arith.constant 0 : i64
                %v2415 = llvm.getelementptr %in_theta_log[%v2414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2416 = llvm.load %v2415 : !llvm.ptr -> f32
                %v2417 = arith.mulf %v2416, %v2408 fastmath<contract> : f32
                %v2418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2417) : (f32) -> f32
                %v2420 = arith.mulf %v2418, %v2419 fastmath<contract> : f32
                %v2421 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2420) : (f32) -> f32
                %v2424 = arith.mulf %v2421, %v2422 fastmath<contract> : f32
                %v2425 = arith.subf %v2418, %v2424 fastmath<contract> : f32
                %v2426 = arith.mulf %v2421, %v2423 fastmath<contract> : f32
                %v2427 = arith.subf %v2425, %v2426 fastmath<contract> : f32
                %v2428 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2427) : (f32) -> f32
                %v2429 = arith.mulf %v2413, %v2428 fastmath<contract> : f32
                llvm.store %v2429, %v189 : f32, !llvm.ptr
                %v2430 = arith.mulf %v2418, %v2419 fastmath<contract> : f32
                %v2431 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2430) : (f32) -> f32
                %v2432 = arith.mulf %v2431, %v2422 fastmath<contract> : f32
                %v2433 = arith.subf %v2418, %v2432 fastmath<contract> : f32
                %v2434 = arith.mulf %v2431, %v2423 fastmath<contract> : f32
                %v2435 = arith.subf %v2433, %v2434 fastmath<contract> : f32
                %v2436 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2435) : (f32) -> f32
                %v2437 = arith.mulf %v2413, %v2436 fastmath<contract> : f32
                llvm.store %v2437, %v252 : f32, !llvm.ptr
                %v2438 = arith.constant 1 : i64
                %v2439 = llvm.getelementptr %in_nu_log[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2440 = llvm.load %v2439 : !llvm.ptr -> f32
                %v2441 = arith.mulf %v2440, %v2408 fastmath<contract> : f32
                %v2442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2441) : (f32) -> f32
                %v2443 = arith.negf %v2442 : f32
                %v2444 = arith.mulf %v2443, %v2408 fastmath<contract> : f32
                %v2445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2444) : (f32) -> f32
                %v2446 = arith.constant 1 : i64
                %v2447 = llvm.getelementptr %in_theta_log[%v2446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2448 = llvm.load %v2447 : !llvm.ptr -> f32
                %v2449 = arith.mulf %v2448, %v2408 fastmath<contract> : f32
                %v2450 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2449) : (f32) -> f32
                %v2451 = arith.mulf %v2450, %v2419 fastmath<contract> : f32
                %v2452 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2451) : (f32) -> f32
                %v2453 = arith.mulf %v2452, %v2422 fastmath<contract> : f32
                %v2454 = arith.subf %v2450, %v2453 fastmath<contract> : f32
                %v2455 = arith.mulf %v2452, %v2423 fastmath<contract> : f32
                %v2456 = arith.subf %v2454, %v2455 fastmath<contract> : f32
                %v2457 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2456) : (f32) -> f32
                %v2458 = arith.mulf %v2445, %v2457 fastmath<contract> : f32
                llvm.store %v2458, %v191 : f32, !llvm.ptr
                %v2459 = arith.mulf %v2450, %v2419 fastmath<contract> : f32
                %v2460 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2459) : (f32) -> f32
                %v2461 = arith.mulf %v2460, %v2422 fastmath<contract> : f32
                %v2462 = arith.subf %v2450, %v2461 fastmath<contract> : f32
                %v2463 = arith.mulf %v2460, %v2423 fastmath<contract> : f32
                %v2464 = arith.subf %v2462, %v2463 fastmath<contract> : f32
                %v2465 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2464) : (f32) -> f32
                %v2466 = arith.mulf %v2445, %v2465 fastmath<contract> : f32
                llvm.store %v2466, %v254 : f32, !llvm.ptr
                %v2467 = arith.constant 2 : i64
                %v2468 = llvm.getelementptr %in_nu_log[%v2467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2469 = llvm.load %v2468 : !llvm.ptr -> f32
                %v2470 = arith.mulf %v2469, %v2408 fastmath<contract> : f32
                %v2471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2470) : (f32) -> f32
                %v2472 = arith.negf %v2471 : f32
                %v2473 = arith.mulf %v2472, %v2408 fastmath<contract> : f32
                %v2474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2473) : (f32) -> f32
                %v2475 = arith.constant 2 : i64
                %v2476 = llvm.getelementptr %in_theta_log[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
                %v2478 = arith.mulf %v2477, %v2408 fastmath<contract> : f32
                %v2479 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2478) : (f32) -> f32
                %v2480 = arith.mulf %v2479, %v2419 fastmath<contract> : f32
                %v2481 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2480) : (f32) -> f32
                %v2482 = arith.mulf %v2481, %v2422 fastmath<contract> : f32
                %v2483 = arith.subf %v2479, %v2482 fastmath<contract> : f32
                %v2484 = arith.mulf %v2481, %v2423 fastmath<contract> : f32
                %v2485 = arith.subf %v2483, %v2484 fastmath<contract> : f32
                %v2486 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2485) : (f32) -> f32
                %v2487 = arith.mulf %v2474, %v2486 fastmath<contract> : f32
                llvm.store %v2487, %v193 : f32, !llvm.ptr
                %v2488 = arith.mulf %v2479, %v2419 fastmath<contract> : f32
                %v2489 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2488) : (f32) -> f32
                %v2490 = arith.mulf %v2489, %v2422 fastmath<contract> : f32
                %v2491 = arith.subf %v2479, %v2490 fastmath<contract> : f32
                %v2492 = arith.mulf %v2489, %v2423 fastmath<contract> : f32
                %v2493 = arith.subf %v2491, %v2492 fastmath<contract> : f32
                %v2494 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2493) : (f32) -> f32
                %v2495 = arith.mulf %v2474, %v2494 fastmath<contract> : f32
                llvm.store %v2495, %v256 : f32, !llvm.ptr
                %v2496 = arith.constant 3 : i64
                %v2497 = llvm.getelementptr %in_nu_log[%v2496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2498 = llvm.load %v2497 : !llvm.ptr -> f32
                %v2499 = arith.mulf %v2498, %v2408 fastmath<contract> : f32
                %v2500 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2499) : (f32) -> f32
                %v2501 = arith.negf %v2500 : f32
                %v2502 = arith.mulf %v2501, %v2408 fastmath<contract> : f32
                %v2503 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2502) : (f32) -> f32
                %v2504 = arith.constant 3 : i64
                %v2505 = llvm.getelementptr %in_theta_log[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2506 = llvm.load %v2505 : !llvm.ptr -> f32
                %v2507 = arith.mulf %v2506, %v2408 fastmath<contract> : f32
                %v2508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2507) : (f32) -> f32
                %v2509 = arith.mulf %v2508, %v2419 fastmath<contract> : f32
                %v2510 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2509) : (f32) -> f32
                %v2511 = arith.mulf %v2510, %v2422 fastmath<contract> : f32
                %v2512 = arith.subf %v2508, %v2511 fastmath<contract> : f32
                %v2513 = arith.mulf %v2510, %v2423 fastmath<contract> : f32
                %v2514 = arith.subf %v2512, %v2513 fastmath<contract> : f32
                %v2515 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2514) : (f32) -> f32
                %v2516 = arith.mulf %v2503, %v2515 fastmath<contract> : f32
                llvm.store %v2516, %v195 : f32, !llvm.ptr
                %v2517 = arith.mulf %v2508, %v2419 fastmath<contract> : f32
                %v2518 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2517) : (f32) -> f32
                %v2519 = arith.mulf %v2518, %v2422 fastmath<contract> : f32
                %v2520 = arith.subf %v2508, %v2519 fastmath<contract> : f32
                %v2521 = arith.mulf %v2518, %v2423 fastmath<contract> : f32
                %v2522 = arith.subf %v2520, %v2521 fastmath<contract> : f32
                %v2523 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2522) : (f32) -> f32
                %v2524 = arith.mulf %v2503, %v2523 fastmath<contract> : f32
                llvm.store %v2524, %v258 : f32, !llvm.ptr
                %v2525 = arith.constant 4 : i64
                %v2526 = llvm.getelementptr %in_nu_log[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2527 = llvm.load %v2526 : !llvm.ptr -> f32
                %v2528 = arith.mulf %v2527, %v2408 fastmath<contract> : f32
                %v2529 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2528) : (f32) -> f32
                %v2530 = arith.negf %v2529 : f32
                %v2531 = arith.mulf %v2530, %v2408 fastmath<contract> : f32
                %v2532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2531) : (f32) -> f32
                %v2533 = arith.constant 4 : i64
                %v2534 = llvm.getelementptr %in_theta_log[%v2533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2535 = llvm.load %v2534 : !llvm.ptr -> f32
                %v2536 = arith.mulf %v2535, %v2408 fastmath<contract> : f32
                %v2537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2536) : (f32) -> f32
                %v2538 = arith.mulf %v2537, %v2419 fastmath<contract> : f32
                %v2539 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2538) : (f32) -> f32
                %v2540 = arith.mulf %v2539, %v2422 fastmath<contract> : f32
                %v2541 = arith.subf %v2537, %v2540 fastmath<contract> : f32
                %v2542 = arith.mulf %v2539, %v2423 fastmath<contract> : f32
                %v2543 = arith.subf %v2541, %v2542 fastmath<contract> : f32
                %v2544 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2543) : (f32) -> f32
                %v2545 = arith.mulf %v2532, %v2544 fastmath<contract> : f32
                llvm.store %v2545, %v197 : f32, !llvm.ptr
                %v2546 = arith.mulf %v2537, %v2419 fastmath<contract> : f32
                %v2547 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2546) : (f32) -> f32
                %v2548 = arith.mulf %v2547, %v2422 fastmath<contract> : f32
                %v2549 = arith.subf %v2537, %v2548 fastmath<contract> : f32
                %v2550 = arith.mulf %v2547, %v2423 fastmath<contract> : f32
                %v2551 = arith.subf %v2549, %v2550 fastmath<contract> : f32
                %v2552 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2551) : (f32) -> f32
                %v2553 = arith.mulf %v2532, %v2552 fastmath<contract> : f32
                llvm.store %v2553, %v260 : f32, !llvm.ptr
                %v2554 = arith.constant 5 : i64
                %v2555 = llvm.getelementptr %in_nu_log[%v2554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2556 = llvm.load %v2555 : !llvm.ptr -> f32
                %v2557 = arith.mulf %v2556, %v2408 fastmath<contract> : f32
                %v2558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2557) : (f32) -> f32
                %v2559 = arith.negf %v2558 : f32
                %v2560 = arith.mulf %v2559, %v2408 fastmath<contract> : f32
                %v2561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2560) : (f32) -> f32
                %v2562 = arith.constant 5 : i64
                %v2563 = llvm.getelementptr %in_theta_log[%v2562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2564 = llvm.load %v2563 : !llvm.ptr -> f32
                %v2565 = arith.mulf %v2564, %v2408 fastmath<contract> : f32
                %v2566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2565) : (f32) -> f32
                %v2567 = arith.mulf %v2566, %v2419 fastmath<contract> : f32
                %v2568 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2567) : (f32) -> f32
                %v2569 = arith.mulf %v2568, %v2422 fastmath<contract> : f32
                %v2570 = arith.subf %v2566, %v2569 fastmath<contract> : f32
                %v2571 = arith.mulf %v2568, %v2423 fastmath<contract> : f32
                %v2572 = arith.subf %v2570, %v2571 fastmath<contract> : f32
                %v2573 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2572) : (f32) -> f32
                %v2574 = arith.mulf %v2561, %v2573 fastmath<contract> : f32
                llvm.store %v2574, %v199 : f32, !llvm.ptr
                %v2575 = arith.mulf %v2566, %v2419 fastmath<contract> : f32
                %v2576 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2575) : (f32) -> f32
                %v2577 = arith.mulf %v2576, %v2422 fastmath<contract> : f32
                %v2578 = arith.subf %v2566, %v2577 fastmath<contract> : f32
                %v2579 = arith.mulf %v2576, %v2423 fastmath<contract> : f32
                %v2580 = arith.subf %v2578, %v2579 fastmath<contract> : f32
                %v2581 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2580) : (f32) -> f32
                %v2582 = arith.mulf %v2561, %v2581 fastmath<contract> : f32
                llvm.store %v2582, %v262 : f32, !llvm.ptr
                %v2583 = arith.constant 6 : i64
                %v2584 = llvm.getelementptr %in_nu_log[%v2583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2585 = llvm.load %v2584 : !llvm.ptr -> f32
                %v2586 = arith.mulf %v2585, %v2408 fastmath<contract> : f32
                %v2587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2586) : (f32) -> f32
                %v2588 = arith.negf %v2587 : f32
                %v2589 = arith.mulf %v2588, %v2408 fastmath<contract> : f32
                %v2590 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2589) : (f32) -> f32
                %v2591 = arith.constant 6 : i64
                %v2592 = llvm.getelementptr %in_theta_log[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2593 = llvm.load %v2592 : !llvm.ptr -> f32
                %v2594 = arith.mulf %v2593, %v2408 fastmath<contract> : f32
                %v2595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2594) : (f32) -> f32
                %v2596 = arith.mulf %v2595, %v2419 fastmath<contract> : f32
                %v2597 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2596) : (f32) -> f32
                %v2598 = arith.mulf %v2597, %v2422 fastmath<contract> : f32
                %v2599 = arith.subf %v2595, %v2598 fastmath<contract> : f32
                %v2600 = arith.mulf %v2597, %v2423 fastmath<contract> : f32
                %v2601 = arith.subf %v2599, %v2600 fastmath<contract> : f32
                %v2602 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2601) : (f32) -> f32
                %v2603 = arith.mulf %v2590, %v2602 fastmath<contract> : f32
                llvm.store %v2603, %v201 : f32, !llvm.ptr
                %v2604 = arith.mulf %v2595, %v2419 fastmath<contract> : f32
                %v2605 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2604) : (f32) -> f32
                %v2606 = arith.mulf %v2605, %v2422 fastmath<contract> : f32
                %v2607 = arith.subf %v2595, %v2606 fastmath<contract> : f32
                %v2608 = arith.mulf %v2605, %v2423 fastmath<contract> : f32
                %v2609 = arith.subf %v2607, %v2608 fastmath<contract> : f32
                %v2610 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2609) : (f32) -> f32
                %v2611 = arith.mulf %v2590, %v2610 fastmath<contract> : f32
                llvm.store %v2611, %v264 : f32, !llvm.ptr
                %v2612 = arith.constant 7 : i64
                %v2613 = llvm.getelementptr %in_nu_log[%v2612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2614 = llvm.load %v2613 : !llvm.ptr -> f32
                %v2615 = arith.mulf %v2614, %v2408 fastmath<contract> : f32
                %v2616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2615) : (f32) -> f32
                %v2617 = arith.negf %v2616 : f32
                %v2618 = arith.mulf %v2617, %v2408 fastmath<contract> : f32
                %v2619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2618) : (f32) -> f32
                %v2620 = arith.constant 7 : i64
                %v2621 = llvm.getelementptr %in_theta_log[%v2620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2622 = llvm.load %v2621 : !llvm.ptr -> f32
                %v2623 = arith.mulf %v2622, %v2408 fastmath<contract> : f32
                %v2624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2623) : (f32) -> f32
                %v2625 = arith.mulf %v2624, %v2419 fastmath<contract> : f32
                %v2626 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2625) : (f32) -> f32
                %v2627 = arith.mulf %v2626, %v2422 fastmath<contract> : f32
                %v2628 = arith.subf %v2624, %v2627 fastmath<contract> : f32
                %v2629 = arith.mulf %v2626, %v2423 fastmath<contract> : f32
                %v2630 = arith.subf %v2628, %v2629 fastmath<contract> : f32
                %v2631 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2630) : (f32) -> f32
                %v2632 = arith.mulf %v2619, %v2631 fastmath<contract> : f32
                llvm.store %v2632, %v203 : f32, !llvm.ptr
                %v2633 = arith.mulf %v2624, %v2419 fastmath<contract> : f32
                %v2634 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2633) : (f32) -> f32
                %v2635 = arith.mulf %v2634, %v2422 fastmath<contract> : f32
                %v2636 = arith.subf %v2624, %v2635 fastmath<contract> : f32
                %v2637 = arith.mulf %v2634, %v2423 fastmath<contract> : f32
                %v2638 = arith.subf %v2636, %v2637 fastmath<contract> : f32
                %v2639 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2638) : (f32) -> f32
                %v2640 = arith.mulf %v2619, %v2639 fastmath<contract> : f32
                llvm.store %v2640, %v266 : f32, !llvm.ptr
                %v2641 = arith.constant 8 : i64
                %v2642 = llvm.getelementptr %in_nu_log[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
                %v2644 = arith.mulf %v2643, %v2408 fastmath<contract> : f32
                %v2645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2644) : (f32) -> f32
                %v2646 = arith.negf %v2645 : f32
                %v2647 = arith.mulf %v2646, %v2408 fastmath<contract> : f32
                %v2648 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2647) : (f32) -> f32
                %v2649 = arith.constant 8 : i64
                %v2650 = llvm.getelementptr %in_theta_log[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
                %v2652 = arith.mulf %v2651, %v2408 fastmath<contract> : f32
                %v2653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2652) : (f32) -> f32
                %v2654 = arith.mulf %v2653, %v2419 fastmath<contract> : f32
                %v2655 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2654) : (f32) -> f32
                %v2656 = arith.mulf %v2655, %v2422 fastmath<contract> : f32
                %v2657 = arith.subf %v2653, %v2656 fastmath<contract> : f32
                %v2658 = arith.mulf %v2655, %v2423 fastmath<contract> : f32
                %v2659 = arith.subf %v2657, %v2658 fastmath<contract> : f32
                %v2660 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2659) : (f32) -> f32
                %v2661 = arith.mulf %v2648, %v2660 fastmath<contract> : f32
                llvm.store %v2661, %v205 : f32, !llvm.ptr
                %v2662 = arith.mulf %v2653, %v2419 fastmath<contract> : f32
                %v2663 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2662) : (f32) -> f32
                %v2664 = arith.mulf %v2663, %v2422 fastmath<contract> : f32
                %v2665 = arith.subf %v2653, %v2664 fastmath<contract> : f32
                %v2666 = arith.mulf %v2663, %v2423 fastmath<contract> : f32
                %v2667 = arith.subf %v2665, %v2666 fastmath<contract> : f32
                %v2668 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2667) : (f32) -> f32
                %v2669 = arith.mulf %v2648, %v2668 fastmath<contract> : f32
                llvm.store %v2669, %v268 : f32, !llvm.ptr
                %v2670 = arith.constant 9 : i64
                %v2671 = llvm.getelementptr %in_nu_log[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
                %v2673 = arith.mulf %v2672, %v2408 fastmath<contract> : f32
                %v2674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2673) : (f32) -> f32
                %v2675 = arith.negf %v2674 : f32
                %v2676 = arith.mulf %v2675, %v2408 fastmath<contract> : f32
                %v2677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2676) : (f32) -> f32
                %v2678 = arith.constant 9 : i64
                %v2679 = llvm.getelementptr %in_theta_log[%v2678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2680 = llvm.load %v2679 : !llvm.ptr -> f32
                %v2681 = arith.mulf %v2680, %v2408 fastmath<contract> : f32
                %v2682 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2681) : (f32) -> f32
                %v2683 = arith.mulf %v2682, %v2419 fastmath<contract> : f32
                %v2684 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2683) : (f32) -> f32
                %v2685 = arith.mulf %v2684, %v2422 fastmath<contract> : f32
                %v2686 = arith.subf %v2682, %v2685 fastmath<contract> : f32
                %v2687 = arith.mulf %v2684, %v2423 fastmath<contract> : f32
                %v2688 = arith.subf %v2686, %v2687 fastmath<contract> : f32
                %v2689 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2688) : (f32) -> f32
                %v2690 = arith.mulf %v2677, %v2689 fastmath<contract> : f32
                llvm.store %v2690, %v207 : f32, !llvm.ptr
                %v2691 = arith.mulf %v2682, %v2419 fastmath<contract> : f32
                %v2692 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2691) : (f32) -> f32
                %v2693 = arith.mulf %v2692, %v2422 fastmath<contract> : f32
                %v2694 = arith.subf %v2682, %v2693 fastmath<contract> : f32
                %v2695 = arith.mulf %v2692, %v2423 fastmath<contract> : f32
                %v2696 = arith.subf %v2694, %v2695 fastmath<contract> : f32
                %v2697 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2696) : (f32) -> f32
                %v2698 = arith.mulf %v2677, %v2697 fastmath<contract> : f32
                llvm.store %v2698, %v270 : f32, !llvm.ptr
                %v2699 = arith.constant 10 : i64
                %v2700 = llvm.getelementptr %in_nu_log[%v2699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
                %v2702 = arith.mulf %v2701, %v2408 fastmath<contract> : f32
                %v2703 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2702) : (f32) -> f32
                %v2704 = arith.negf %v2703 : f32
                %v2705 = arith.mulf %v2704, %v2408 fastmath<contract> : f32
                %v2706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2705) : (f32) -> f32
                %v2707 = arith.constant 10 : i64
                %v2708 = llvm.getelementptr %in_theta_log[%v2707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2709 = llvm.load %v2708 : !llvm.ptr -> f32
                %v2710 = arith.mulf %v2709, %v2408 fastmath<contract> : f32
                %v2711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2710) : (f32) -> f32
                %v2712 = arith.mulf %v2711, %v2419 fastmath<contract> : f32
                %v2713 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2712) : (f32) -> f32
                %v2714 = arith.mulf %v2713, %v2422 fastmath<contract> : f32
                %v2715 = arith.subf %v2711, %v2714 fastmath<contract> : f32
                %v2716 = arith.mulf %v2713, %v2423 fastmath<contract> : f32
                %v2717 = arith.subf %v2715, %v2716 fastmath<contract> : f32
                %v2718 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2717) : (f32) -> f32
                %v2719 = arith.mulf %v2706, %v2718 fastmath<contract> : f32
                llvm.store %v2719, %v209 : f32, !llvm.ptr
                %v2720 = arith.mulf %v2711, %v2419 fastmath<contract> : f32
                %v2721 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2720) : (f32) -> f32
                %v2722 = arith.mulf %v2721, %v2422 fastmath<contract> : f32
                %v2723 = arith.subf %v2711, %v2722 fastmath<contract> : f32
                %v2724 = arith.mulf %v2721, %v2423 fastmath<contract> : f32
                %v2725 = arith.subf %v2723, %v2724 fastmath<contract> : f32
                %v2726 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2725) : (f32) -> f32
                %v2727 = arith.mulf %v2706, %v2726 fastmath<contract> : f32
                llvm.store %v2727, %v272 : f32, !llvm.ptr
                %v2728 = arith.constant 11 : i64
                %v2729 = llvm.getelementptr %in_nu_log[%v2728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2730 = llvm.load %v2729 : !llvm.ptr -> f32
                %v2731 = arith.mulf %v2730, %v2408 fastmath<contract> : f32
                %v2732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2731) : (f32) -> f32
                %v2733 = arith.negf %v2732 : f32
                %v2734 = arith.mulf %v2733, %v2408 fastmath<contract> : f32
                %v2735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2734) : (f32) -> f32
                %v2736 = arith.constant 11 : i64
                %v2737 = llvm.getelementptr %in_theta_log[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2738 = llvm.load %v2737 : !llvm.ptr -> f32
                %v2739 = arith.mulf %v2738, %v2408 fastmath<contract> : f32
                %v2740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2739) : (f32) -> f32
                %v2741 = arith.mulf %v2740, %v2419 fastmath<contract> : f32
                %v2742 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2741) : (f32) -> f32
                %v2743 = arith.mulf %v2742, %v2422 fastmath<contract> : f32
                %v2744 = arith.subf %v2740, %v2743 fastmath<contract> : f32
                %v2745 = arith.mulf %v2742, %v2423 fastmath<contract> : f32
                %v2746 = arith.subf %v2744, %v2745 fastmath<contract> : f32
                %v2747 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2746) : (f32) -> f32
                %v2748 = arith.mulf %v2735, %v2747 fastmath<contract> : f32
                llvm.store %v2748, %v211 : f32, !llvm.ptr
                %v2749 = arith.mulf %v2740, %v2419 fastmath<contract> : f32
                %v2750 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2749) : (f32) -> f32
                %v2751 = arith.mulf %v2750, %v2422 fastmath<contract> : f32
                %v2752 = arith.subf %v2740, %v2751 fastmath<contract> : f32
                %v2753 = arith.mulf %v2750, %v2423 fastmath<contract> : f32
                %v2754 = arith.subf %v2752, %v2753 fastmath<contract> : f32
                %v2755 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2754) : (f32) -> f32
                %v2756 = arith.mulf %v2735, %v2755 fastmath<contract> : f32
                llvm.store %v2756, %v274 : f32, !llvm.ptr
                %v2757 = arith.constant 12 : i64
                %v2758 = llvm.getelementptr %in_nu_log[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2759 = llvm.load %v2758 : !llvm.ptr -> f32
                %v2760 = arith.mulf %v2759, %v2408 fastmath<contract> : f32
                %v2761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2760) : (f32) -> f32
                %v2762 = arith.negf %v2761 : f32
                %v2763 = arith.mulf %v2762, %v2408 fastmath<contract> : f32
                %v2764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2763) : (f32) -> f32
                %v2765 = arith.constant 12 : i64
                %v2766 = llvm.getelementptr %in_theta_log[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
                %v2768 = arith.mulf %v2767, %v2408 fastmath<contract> : f32
                %v2769 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2768) : (f32) -> f32
                %v2770 = arith.mulf %v2769, %v2419 fastmath<contract> : f32
                %v2771 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2770) : (f32) -> f32
                %v2772 = arith.mulf %v2771, %v2422 fastmath<contract> : f32
                %v2773 = arith.subf %v2769, %v2772 fastmath<contract> : f32
                %v2774 = arith.mulf %v2771, %v2423 fastmath<contract> : f32
                %v2775 = arith.subf %v2773, %v2774 fastmath<contract> : f32
                %v2776 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2775) : (f32) -> f32
                %v2777 = arith.mulf %v2764, %v2776 fastmath<contract> : f32
                llvm.store %v2777, %v213 : f32, !llvm.ptr
                %v2778 = arith.mulf %v2769, %v2419 fastmath<contract> : f32
                %v2779 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2778) : (f32) -> f32
                %v2780 = arith.mulf %v2779, %v2422 fastmath<contract> : f32
                %v2781 = arith.subf %v2769, %v2780 fastmath<contract> : f32
                %v2782 = arith.mulf %v2779, %v2423 fastmath<contract> : f32
                %v2783 = arith.subf %v2781, %v2782 fastmath<contract> : f32
                %v2784 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2783) : (f32) -> f32
                %v2785 = arith.mulf %v2764, %v2784 fastmath<contract> : f32
                llvm.store %v2785, %v276 : f32, !llvm.ptr
                %v2786 = arith.constant 13 : i64
                %v2787 = llvm.getelementptr %in_nu_log[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2788 = llvm.load %v2787 : !llvm.ptr -> f32
                %v2789 = arith.mulf %v2788, %v2408 fastmath<contract> : f32
                %v2790 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2789) : (f32) -> f32
                %v2791 = arith.negf %v2790 : f32
                %v2792 = arith.mulf %v2791, %v2408 fastmath<contract> : f32
                %v2793 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2792) : (f32) -> f32
                %v2794 = arith.constant 13 : i64
                %v2795 = llvm.getelementptr %in_theta_log[%v2794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2796 = llvm.load %v2795 : !llvm.ptr -> f32
                %v2797 = arith.mulf %v2796, %v2408 fastmath<contract> : f32
                %v2798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2797) : (f32) -> f32
                %v2799 = arith.mulf %v2798, %v2419 fastmath<contract> : f32
                %v2800 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2799) : (f32) -> f32
                %v2801 = arith.mulf %v2800, %v2422 fastmath<contract> : f32
                %v2802 = arith.subf %v2798, %v2801 fastmath<contract> : f32
                %v2803 = arith.mulf %v2800, %v2423 fastmath<contract> : f32
                %v2804 = arith.subf %v2802, %v2803 fastmath<contract> : f32
                %v2805 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2804) : (f32) -> f32
                %v2806 = arith.mulf %v2793, %v2805 fastmath<contract> : f32
                llvm.store %v2806, %v215 : f32, !llvm.ptr
                %v2807 = arith.mulf %v2798, %v2419 fastmath<contract> : f32
                %v2808 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2807) : (f32) -> f32
                %v2809 = arith.mulf %v2808, %v2422 fastmath<contract> : f32
                %v2810 = arith.subf %v2798, %v2809 fastmath<contract> : f32
                %v2811 = arith.mulf %v2808, %v2423 fastmath<contract> : f32
                %v2812 = arith.subf %v2810, %v2811 fastmath<contract> : f32
                %v2813 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2812) : (f32) -> f32
                %v2814 = arith.mulf %v2793, %v2813 fastmath<contract> : f32
                llvm.store %v2814, %v278 : f32, !llvm.ptr
                %v2815 = arith.constant 14 : i64
                %v2816 = llvm.getelementptr %in_nu_log[%v2815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2817 = llvm.load %v2816 : !llvm.ptr -> f32
                %v2818 = arith.mulf %v2817, %v2408 fastmath<contract> : f32
                %v2819 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2818) : (f32) -> f32
                %v2820 = arith.negf %v2819 : f32
                %v2821 = arith.mulf %v2820, %v2408 fastmath<contract> : f32
                %v2822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2821) : (f32) -> f32
                %v2823 = arith.constant 14 : i64
                %v2824 = llvm.getelementptr %in_theta_log[%v2823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2825 = llvm.load %v2824 : !llvm.ptr -> f32
                %v2826 = arith.mulf %v2825, %v2408 fastmath<contract> : f32
                %v2827 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2826) : (f32) -> f32
                %v2828 = arith.mulf %v2827, %v2419 fastmath<contract> : f32
                %v2829 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2828) : (f32) -> f32
                %v2830 = arith.mulf %v2829, %v2422 fastmath<contract> : f32
                %v2831 = arith.subf %v2827, %v2830 fastmath<contract> : f32
                %v2832 = arith.mulf %v2829, %v2423 fastmath<contract> : f32
                %v2833 = arith.subf %v2831, %v2832 fastmath<contract> : f32
                %v2834 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2833) : (f32) -> f32
                %v2835 = arith.mulf %v2822, %v2834 fastmath<contract> : f32
                llvm.store %v2835, %v217 : f32, !llvm.ptr
                %v2836 = arith.mulf %v2827, %v2419 fastmath<contract> : f32
                %v2837 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2836) : (f32) -> f32
                %v2838 = arith.mulf %v2837, %v2422 fastmath<contract> : f32
                %v2839 = arith.subf %v2827, %v2838 fastmath<contract> : f32
                %v2840 = arith.mulf %v2837, %v2423 fastmath<contract> : f32
                %v2841 = arith.subf %v2839, %v2840 fastmath<contract> : f32
                %v2842 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2841) : (f32) -> f32
                %v2843 = arith.mulf %v2822, %v2842 fastmath<contract> : f32
                llvm.store %v2843, %v280 : f32, !llvm.ptr
                %v2844 = arith.constant 15 : i64
                %v2845 = llvm.getelementptr %in_nu_log[%v2844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2846 = llvm.load %v2845 : !llvm.ptr -> f32
                %v2847 = arith.mulf %v2846, %v2408 fastmath<contract> : f32
                %v2848 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2847) : (f32) -> f32
                %v2849 = arith.negf %v2848 : f32
                %v2850 = arith.mulf %v2849, %v2408 fastmath<contract> : f32
                %v2851 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2850) : (f32) -> f32
                %v2852 = arith.constant 15 : i64
                %v2853 = llvm.getelementptr %in_theta_log[%v2852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2854 = llvm.load %v2853 : !llvm.ptr -> f32
                %v2855 = arith.mulf %v2854, %v2408 fastmath<contract> : f32
                %v2856 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2855) : (f32) -> f32
                %v2857 = arith.mulf %v2856, %v2419 fastmath<contract> : f32
                %v2858 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2857) : (f32) -> f32
                %v2859 = arith.mulf %v2858, %v2422 fastmath<contract> : f32
                %v2860 = arith.subf %v2856, %v2859 fastmath<contract> : f32
                %v2861 = arith.mulf %v2858, %v2423 fastmath<contract> : f32
                %v2862 = arith.subf %v2860, %v2861 fastmath<contract> : f32
                %v2863 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2862) : (f32) -> f32
                %v2864 = arith.mulf %v2851, %v2863 fastmath<contract> : f32
                llvm.store %v2864, %v219 : f32, !llvm.ptr
                %v2865 = arith.mulf %v2856, %v2419 fastmath<contract> : f32
                %v2866 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2865) : (f32) -> f32
                %v2867 = arith.mulf %v2866, %v2422 fastmath<contract> : f32
                %v2868 = arith.subf %v2856, %v2867 fastmath<contract> : f32
                %v2869 = arith.mulf %v2866, %v2423 fastmath<contract> : f32
                %v2870 = arith.subf %v2868, %v2869 fastmath<contract> : f32
                %v2871 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2870) : (f32) -> f32
                %v2872 = arith.mulf %v2851, %v2871 fastmath<contract> : f32
                llvm.store %v2872, %v282 : f32, !llvm.ptr
                llvm.store %v2429, %v221 : f32, !llvm.ptr
                %v2873 = arith.negf %v2437 : f32
                llvm.store %v2873, %v284 : f32, !llvm.ptr
                llvm.store %v2458, %v223 : f32, !llvm.ptr
                %v2874 = arith.negf %v2466 : f32
                llvm.store %v2874, %v286 : f32, !llvm.ptr
                llvm.store %v2487, %v225 : f32, !llvm.ptr
                %v2875 = arith.negf %v2495 : f32
                llvm.store %v2875, %v288 : f32, !llvm.ptr
                llvm.store %v2516, %v227 : f32, !llvm.ptr
                %v2876 = arith.negf %v2524 : f32
                llvm.store %v2876, %v290 : f32, !llvm.ptr
                llvm.store %v2545, %v229 : f32, !llvm.ptr
                %v2877 = arith.negf %v2553 : f32
                llvm.store %v2877, %v292 : f32, !llvm.ptr
                llvm.store %v2574, %v231 : f32, !llvm.ptr
                %v2878 = arith.negf %v2582 : f32
                llvm.store %v2878, %v294 : f32, !llvm.ptr
                llvm.store %v2603, %v233 : f32, !llvm.ptr
                %v2879 = arith.negf %v2611 : f32
                llvm.store %v2879, %v296 : f32, !llvm.ptr
                llvm.store %v2632, %v235 : f32, !llvm.ptr
                %v2880 = arith.negf %v2640 : f32
                llvm.store %v2880, %v298 : f32, !llvm.ptr
                llvm.store %v2661, %v237 : f32, !llvm.ptr
                %v2881 = arith.negf %v2669 : f32
                llvm.store %v2881, %v300 : f32, !llvm.ptr
                llvm.store %v2690, %v239 : f32, !llvm.ptr
                %v2882 = arith.negf %v2698 : f32
                llvm.store %v2882, %v302 : f32, !llvm.ptr
                llvm.store %v2719, %v241 : f32, !llvm.ptr
                %v2883 = arith.negf %v2727 : f32
                llvm.store %v2883, %v304 : f32, !llvm.ptr
                llvm.store %v2748, %v243 : f32, !llvm.ptr
                %v2884 = arith.negf %v2756 : f32
                llvm.store %v2884, %v306 : f32, !llvm.ptr
                llvm.store %v2777, %v245 : f32, !llvm.ptr
                %v2885 = arith.negf %v2785 : f32
                llvm.store %v2885, %v308 : f32, !llvm.ptr
                llvm.store %v2806, %v247 : f32, !llvm.ptr
                %v2886 = arith.negf %v2814 : f32
                llvm.store %v2886, %v310 : f32, !llvm.ptr
                llvm.store %v2835, %v249 : f32, !llvm.ptr
                %v2887 = arith.negf %v2843 : f32
                llvm.store %v2887, %v312 : f32, !llvm.ptr
                llvm.store %v2864, %v250 : f32, !llvm.ptr
                %v2888 = arith.negf %v2872 : f32
                llvm.store %v2888, %v314 : f32, !llvm.ptr
              } else {
                %v2889 = arith.subi %v979, %v3 : i64
                // the group's states, recomputed into registers
                %v2890 = arith.subi %v979, %v993 : i64
                %v2891 = arith.trunci %v2890 : i64 to i32
                %v2892 = arith.subi %size_L, %v3 : i64
                %v2893 = arith.addi %v977, %v993 : i64
                %v2894 = arith.subi %v2892, %v2893 : i64
                %v2895 = arith.minsi %v2894, %v1003 : i64
                %v2896 = arith.trunci %v2895 : i64 to i32
                %v2897 = arith.cmpi slt, %v1006, %v2891 : i32
                %v2898 = arith.cmpi eq, %v1006, %v2896 : i32
                scf.if %v2897 {
                  %v2899 = arith.addi %v977, %v993 : i64
                  %v2900 = llvm.load %v128 : !llvm.ptr -> f32
                  %v2901 = llvm.load %v129 : !llvm.ptr -> f32
                  %v2902 = llvm.load %v131 : !llvm.ptr -> f32
                  %v2903 = llvm.load %v133 : !llvm.ptr -> f32
                  %v2904 = llvm.load %v134 : !llvm.ptr -> f32
                  %v2905 = llvm.load %v136 : !llvm.ptr -> f32
                  %v2906 = llvm.load %v138 : !llvm.ptr -> f32
                  %v2907 = llvm.load %v140 : !llvm.ptr -> f32
                  %v2908 = llvm.load %v142 : !llvm.ptr -> f32
                  %v2909 = llvm.load %v144 : !llvm.ptr -> f32
                  %v2910 = llvm.load %v146 : !llvm.ptr -> f32
                  %v2911 = llvm.load %v148 : !llvm.ptr -> f32
                  %v2912 = llvm.load %v150 : !llvm.ptr -> f32
                  %v2913 = llvm.load %v152 : !llvm.ptr -> f32
                  %v2914 = llvm.load %v154 : !llvm.ptr -> f32
                  %v2915 = llvm.load %v156 : !llvm.ptr -> f32
                  %v2916 = llvm.load %v157 : !llvm.ptr -> f32
                  %v2917 = llvm.load %v159 : !llvm.ptr -> f32
                  %v2918 = llvm.load %v161 : !llvm.ptr -> f32
                  %v2919 = llvm.load %v163 : !llvm.ptr -> f32
                  %v2920 = llvm.load %v165 : !llvm.ptr -> f32
                  %v2921 = llvm.load %v167 : !llvm.ptr -> f32
                  %v2922 = llvm.load %v169 : !llvm.ptr -> f32
                  %v2923 = llvm.load %v171 : !llvm.ptr -> f32
                  %v2924 = llvm.load %v173 : !llvm.ptr -> f32
                  %v2925 = llvm.load %v175 : !llvm.ptr -> f32
                  %v2926 = llvm.load %v177 : !llvm.ptr -> f32
                  %v2927 = llvm.load %v179 : !llvm.ptr -> f32
                  %v2928 = llvm.load %v181 : !llvm.ptr -> f32
                  %v2929 = llvm.load %v183 : !llvm.ptr -> f32
                  %v2930 = llvm.load %v185 : !llvm.ptr -> f32
                  %v2931 = llvm.load %v187 : !llvm.ptr -> f32
                  %v2932 = llvm.load %v899 : !llvm.ptr -> f32
                  %v2933 = llvm.load %v900 : !llvm.ptr -> f32
                  %v2934 = llvm.load %v901 : !llvm.ptr -> f32
                  %v2935 = llvm.load %v902 : !llvm.ptr -> f32
                  %v2936 = llvm.load %v903 : !llvm.ptr -> f32
                  %v2937 = llvm.load %v904 : !llvm.ptr -> f32
                  %v2938 = llvm.load %v905 : !llvm.ptr -> f32
                  %v2939 = llvm.load %v906 : !llvm.ptr -> f32
                  %v2940 = llvm.load %v907 : !llvm.ptr -> f32
                  %v2941 = llvm.load %v908 : !llvm.ptr -> f32
                  %v2942 = llvm.load %v909 : !llvm.ptr -> f32
                  %v2943 = llvm.load %v910 : !llvm.ptr -> f32
                  %v2944 = llvm.load %v911 : !llvm.ptr -> f32
                  %v2945 = llvm.load %v912 : !llvm.ptr -> f32
                  %v2946 = llvm.load %v913 : !llvm.ptr -> f32
                  %v2947 = llvm.load %v914 : !llvm.ptr -> f32
                  %v2948 = llvm.load %v915 : !llvm.ptr -> f32
                  %v2949 = llvm.load %v916 : !llvm.ptr -> f32
                  %v2950 = llvm.load %v917 : !llvm.ptr -> f32
                  %v2951 = llvm.load %v918 : !llvm.ptr -> f32
                  %v2952 = llvm.load %v919 : !llvm.ptr -> f32
                  %v2953 = llvm.load %v920 : !llvm.ptr -> f32
                  %v2954 = llvm.load %v921 : !llvm.ptr -> f32
                  %v2955 = llvm.load %v922 : !llvm.ptr -> f32
                  %v2956 = llvm.load %v923 : !llvm.ptr -> f32
                  %v2957 = llvm.load %v924 : !llvm.ptr -> f32
                  %v2958 = llvm.load %v925 : !llvm.ptr -> f32
                  %v2959 = llvm.load %v926 : !llvm.ptr -> f32
                  %v2960 = llvm.load %v927 : !llvm.ptr -> f32
                  %v2961 = llvm.load %v928 : !llvm.ptr -> f32
                  %v2962 = llvm.load %v929 : !llvm.ptr -> f32
                  %v2963 = llvm.load %v930 : !llvm.ptr -> f32
                  %v2964 = llvm.load %v931 : !llvm.ptr -> f32
                  %v2965 = llvm.load %v932 : !llvm.ptr -> f32
                  %v2966 = llvm.load %v933 : !llvm.ptr -> f32
                  %v2967 = llvm.load %v934 : !llvm.ptr -> f32
                  %v2968 = llvm.load %v935 : !llvm.ptr -> f32
                  %v2969 = llvm.load %v936 : !llvm.ptr -> f32
                  %v2970 = llvm.load %v937 : !llvm.ptr -> f32
                  %v2971 = llvm.load %v938 : !llvm.ptr -> f32
                  %v2972 = llvm.load %v939 : !llvm.ptr -> f32
                  %v2973 = llvm.load %v940 : !llvm.ptr -> f32
                  %v2974 = llvm.load %v941 : !llvm.ptr -> f32
                  %v2975 = llvm.load %v942 : !llvm.ptr -> f32
                  %v2976 = llvm.load %v943 : !llvm.ptr -> f32
                  %v2977 = llvm.load %v944 : !llvm.ptr -> f32
                  %v2978 = llvm.load %v945 : !llvm.ptr -> f32
                  %v2979 = llvm.load %v946 : !llvm.ptr -> f32
                  %v2980 = llvm.load %v947 : !llvm.ptr -> f32
                  %v2981 = llvm.load %v948 : !llvm.ptr -> f32
                  %v2982 = llvm.load %v949 : !llvm.ptr -> f32
                  %v2983 = llvm.load %v950 : !llvm.ptr -> f32
                  %v2984 = llvm.load %v951 : !llvm.ptr -> f32
                  %v2985 = llvm.load %v952 : !llvm.ptr -> f32
                  %v2986 = llvm.load %v953 : !llvm.ptr -> f32
                  %v2987 = llvm.load %v954 : !llvm.ptr -> f32
                  %v2988 = llvm.load %v955 : !llvm.ptr -> f32
                  %v2989 = llvm.load %v956 : !llvm.ptr -> f32
                  %v2990 = llvm.load %v957 : !llvm.ptr -> f32
                  %v2991 = llvm.load %v958 : !llvm.ptr -> f32
                  %v2992 = llvm.load %v959 : !llvm.ptr -> f32
                  %v2993 = llvm.load %v960 : !llvm.ptr -> f32
                  %v2994 = llvm.load %v961 : !llvm.ptr -> f32
                  %v2995 = llvm.load %v962 : !llvm.ptr -> f32
                  %v2996 = arith.constant 0 : i64
                  %v2997 = llvm.getelementptr %in_C_re[%v2996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2998 = llvm.load %v2997 : !llvm.ptr -> f32
                  %v2999 = arith.muli %v117, %v1109 : i64
                  %v3000 = arith.muli %v2899, %v1 : i64
                  %v3001 = arith.addi %v2999, %v3000 : i64
                  %v3002 = llvm.getelementptr %dy_y[%v3001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3003 = llvm.load %v3002 : !llvm.ptr -> f32
                  %v3004 = arith.mulf %v2998, %v3003 fastmath<contract> : f32
                  %v3005 = arith.constant 1 : i64
                  %v3006 = arith.muli %v3005, %v2 : i64
                  %v3007 = llvm.getelementptr %in_C_re[%v3006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3008 = llvm.load %v3007 : !llvm.ptr -> f32
                  %v3009 = arith.muli %v117, %v1109 : i64
                  %v3010 = arith.muli %v2899, %v1 : i64
                  %v3011 = arith.addi %v3009, %v3010 : i64
                  %v3012 = arith.constant 1 : i64
                  %v3013 = arith.addi %v3011, %v3012 : i64
                  %v3014 = llvm.getelementptr %dy_y[%v3013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3015 = llvm.load %v3014 : !llvm.ptr -> f32
                  %v3016 = arith.mulf %v3008, %v3015 fastmath<contract> : f32
                  %v3017 = arith.addf %v3004, %v3016 fastmath<contract> : f32
                  %v3018 = arith.constant 2 : i64
                  %v3019 = arith.muli %v3018, %v2 : i64
                  %v3020 = llvm.getelementptr %in_C_re[%v3019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3021 = llvm.load %v3020 : !llvm.ptr -> f32
                  %v3022 = arith.muli %v117, %v1109 : i64
                  %v3023 = arith.muli %v2899, %v1 : i64
                  %v3024 = arith.addi %v3022, %v3023 : i64
                  %v3025 = arith.constant 2 : i64
                  %v3026 = arith.addi %v3024, %v3025 : i64
                  %v3027 = llvm.getelementptr %dy_y[%v3026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3028 = llvm.load %v3027 : !llvm.ptr -> f32
                  %v3029 = arith.mulf %v3021, %v3028 fastmath<contract> : f32
                  %v3030 = arith.addf %v3017, %v3029 fastmath<contract> : f32
                  %v3031 = arith.constant 3 : i64
                  %v3032 = arith.muli %v3031, %v2 : i64
                  %v3033 = llvm.getelementptr %in_C_re[%v3032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3034 = llvm.load %v3033 : !llvm.ptr -> f32
                  %v3035 = arith.muli %v117, %v1109 : i64
                  %v3036 = arith.muli %v2899, %v1 : i64
                  %v3037 = arith.addi %v3035, %v3036 : i64
                  %v3038 = arith.constant 3 : i64
                  %v3039 = arith.addi %v3037, %v3038 : i64
                  %v3040 = llvm.getelementptr %dy_y[%v3039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3041 = llvm.load %v3040 : !llvm.ptr -> f32
                  %v3042 = arith.mulf %v3034, %v3041 fastmath<contract> : f32
                  %v3043 = arith.addf %v3030, %v3042 fastmath<contract> : f32
                  %v3044 = llvm.load %v189 : !llvm.ptr -> f32
                  %v3045 = arith.mulf %v3044, %v2900 fastmath<contract> : f32
                  %v3046 = arith.addf %v3043, %v3045 fastmath<contract> : f32
                  %v3047 = llvm.load %v252 : !llvm.ptr -> f32
                  %v3048 = arith.mulf %v3047, %v2916 fastmath<contract> : f32
                  %v3049 = arith.addf %v3048, %v3046 fastmath<contract> : f32
                  %v3050 = arith.mulf %v2932, %v3044 fastmath<contract> : f32
                  %v3051 = arith.mulf %v3047, %v2964 fastmath<contract> : f32
                  %v3052 = arith.addf %v3051, %v3050 fastmath<contract> : f32
                  %v3053 = arith.mulf %v2933, %v3044 fastmath<contract> : f32
                  %v3054 = arith.mulf %v3047, %v2965 fastmath<contract> : f32
                  %v3055 = arith.addf %v3054, %v3053 fastmath<contract> : f32
                  %v3056 = arith.constant 1 : i64
                  %v3057 = llvm.getelementptr %in_C_re[%v3056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3058 = llvm.load %v3057 : !llvm.ptr -> f32
                  %v3059 = arith.mulf %v3058, %v3003 fastmath<contract> : f32
                  %v3060 = arith.constant 1 : i64
                  %v3061 = arith.muli %v3060, %v2 : i64
                  %v3062 = arith.constant 1 : i64
                  %v3063 = arith.addi %v3061, %v3062 : i64
                  %v3064 = llvm.getelementptr %in_C_re[%v3063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3065 = llvm.load %v3064 : !llvm.ptr -> f32
                  %v3066 = arith.mulf %v3065, %v3015 fastmath<contract> : f32
                  %v3067 = arith.addf %v3059, %v3066 fastmath<contract> : f32
                  %v3068 = arith.constant 2 : i64
                  %v3069 = arith.muli %v3068, %v2 : i64
                  %v3070 = arith.constant 1 : i64
                  %v3071 = arith.addi %v3069, %v3070 : i64
                  %v3072 = llvm.getelementptr %in_C_re[%v3071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3073 = llvm.load %v3072 : !llvm.ptr -> f32
                  %v3074 = arith.mulf %v3073, %v3028 fastmath<contract> : f32
                  %v3075 = arith.addf %v3067, %v3074 fastmath<contract> : f32
                  %v3076 = arith.constant 3 : i64
                  %v3077 = arith.muli %v3076, %v2 : i64
                  %v3078 = arith.constant 1 : i64
                  %v3079 = arith.addi %v3077, %v3078 : i64
                  %v3080 = llvm.getelementptr %in_C_re[%v3079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3081 = llvm.load %v3080 : !llvm.ptr -> f32
                  %v3082 = arith.mulf %v3081, %v3041 fastmath<contract> : f32
                  %v3083 = arith.addf %v3075, %v3082 fastmath<contract> : f32
                  %v3084 = llvm.load %v191 : !llvm.ptr -> f32
                  %v3085 = arith.mulf %v3084, %v2901 fastmath<contract> : f32
                  %v3086 = arith.addf %v3083, %v3085 fastmath<contract> : f32
                  %v3087 = llvm.load %v254 : !llvm.ptr -> f32
                  %v3088 = arith.mulf %v3087, %v2917 fastmath<contract> : f32
                  %v3089 = arith.addf %v3088, %v3086 fastmath<contract> : f32
                  %v3090 = arith.mulf %v2934, %v3084 fastmath<contract> : f32
                  %v3091 = arith.mulf %v3087, %v2966 fastmath<contract> : f32
                  %v3092 = arith.addf %v3091, %v3090 fastmath<contract> : f32
                  %v3093 = arith.mulf %v2935, %v3084 fastmath<contract> : f32
                  %v3094 = arith.mulf %v3087, %v2967 fastmath<contract> : f32
                  %v3095 = arith.addf %v3094, %v3093 fastmath<contract> : f32
                  %v3096 = arith.constant 2 : i64
                  %v3097 = llvm.getelementptr %in_C_re[%v3096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3098 = llvm.load %v3097 : !llvm.ptr -> f32
                  %v3099 = arith.mulf %v3098, %v3003 fastmath<contract> : f32
                  %v3100 = arith.constant 1 : i64
                  %v3101 = arith.muli %v3100, %v2 : i64
                  %v3102 = arith.constant 2 : i64
                  %v3103 = arith.addi %v3101, %v3102 : i64
                  %v3104 = llvm.getelementptr %in_C_re[%v3103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3105 = llvm.load %v3104 : !llvm.ptr -> f32
                  %v3106 = arith.mulf %v3105, %v3015 fastmath<contract> : f32
                  %v3107 = arith.addf %v3099, %v3106 fastmath<contract> : f32
                  %v3108 = arith.constant 2 : i64
                  %v3109 = arith.muli %v3108, %v2 : i64
                  %v3110 = arith.constant 2 : i64
                  %v3111 = arith.addi %v3109, %v3110 : i64
                  %v3112 = llvm.getelementptr %in_C_re[%v3111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3113 = llvm.load %v3112 : !llvm.ptr -> f32
                  %v3114 = arith.mulf %v3113, %v3028 fastmath<contract> : f32
                  %v3115 = arith.addf %v3107, %v3114 fastmath<contract> : f32
                  %v3116 = arith.constant 3 : i64
                  %v3117 = arith.muli %v3116, %v2 : i64
                  %v3118 = arith.constant 2 : i64
                  %v3119 = arith.addi %v3117, %v3118 : i64
                  %v3120 = llvm.getelementptr %in_C_re[%v3119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3121 = llvm.load %v3120 : !llvm.ptr -> f32
                  %v3122 = arith.mulf %v3121, %v3041 fastmath<contract> : f32
                  %v3123 = arith.addf %v3115, %v3122 fastmath<contract> : f32
                  %v3124 = llvm.load %v193 : !llvm.ptr -> f32
                  %v3125 = arith.mulf %v3124, %v2902 fastmath<contract> : f32
                  %v3126 = arith.addf %v3123, %v3125 fastmath<contract> : f32
                  %v3127 = llvm.load %v256 : !llvm.ptr -> f32
                  %v3128 = arith.mulf %v3127, %v2918 fastmath<contract> : f32
                  %v3129 = arith.addf %v3128, %v3126 fastmath<contract> : f32
                  %v3130 = arith.mulf %v2936, %v3124 fastmath<contract> : f32
                  %v3131 = arith.mulf %v3127, %v2968 fastmath<contract> : f32
                  %v3132 = arith.addf %v3131, %v3130 fastmath<contract> : f32
                  %v3133 = arith.mulf %v2937, %v3124 fastmath<contract> : f32
                  %v3134 = arith.mulf %v3127, %v2969 fastmath<contract> : f32
                  %v3135 = arith.addf %v3134, %v3133 fastmath<contract> : f32
                  %v3136 = arith.constant 3 : i64
                  %v3137 = llvm.getelementptr %in_C_re[%v3136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3138 = llvm.load %v3137 : !llvm.ptr -> f32
                  %v3139 = arith.mulf %v3138, %v3003 fastmath<contract> : f32
                  %v3140 = arith.constant 1 : i64
                  %v3141 = arith.muli %v3140, %v2 : i64
                  %v3142 = arith.constant 3 : i64
                  %v3143 = arith.addi %v3141, %v3142 : i64
                  %v3144 = llvm.getelementptr %in_C_re[%v3143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3145 = llvm.load %v3144 : !llvm.ptr -> f32
                  %v3146 = arith.mulf %v3145, %v3015 fastmath<contract> : f32
                  %v3147 = arith.addf %v3139, %v3146 fastmath<contract> : f32
                  %v3148 = arith.constant 2 : i64
                  %v3149 = arith.muli %v3148, %v2 : i64
                  %v3150 = arith.constant 3 : i64
                  %v3151 = arith.addi %v3149, %v3150 : i64
                  %v3152 = llvm.getelementptr %in_C_re[%v3151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3153 = llvm.load %v3152 : !llvm.ptr -> f32
                  %v3154 = arith.mulf %v3153, %v3028 fastmath<contract> : f32
                  %v3155 = arith.addf %v3147, %v3154 fastmath<contract> : f32
                  %v3156 = arith.constant 3 : i64
                  %v3157 = arith.muli %v3156, %v2 : i64
                  %v3158 = arith.constant 3 : i64
                  %v3159 = arith.addi %v3157, %v3158 : i64
                  %v3160 = llvm.getelementptr %in_C_re[%v3159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3161 = llvm.load %v3160 : !llvm.ptr -> f32
                  %v3162 = arith.mulf %v3161, %v3041 fastmath<contract> : f32
                  %v3163 = arith.addf %v3155, %v3162 fastmath<contract> : f32
                  %v3164 = llvm.load %v195 : !llvm.ptr -> f32
                  %v3165 = arith.mulf %v3164, %v2903 fastmath<contract> : f32
                  %v3166 = arith.addf %v3163, %v3165 fastmath<contract> : f32
                  %v3167 = llvm.load %v258 : !llvm.ptr -> f32
                  %v3168 = arith.mulf %v3167, %v2919 fastmath<contract> : f32
                  %v3169 = arith.addf %v3168, %v3166 fastmath<contract> : f32
                  %v3170 = arith.mulf %v2938, %v3164 fastmath<contract> : f32
                  %v3171 = arith.mulf %v3167, %v2970 fastmath<contract> : f32
                  %v3172 = arith.addf %v3171, %v3170 fastmath<contract> : f32
                  %v3173 = arith.mulf %v2939, %v3164 fastmath<contract> : f32
                  %v3174 = arith.mulf %v3167, %v2971 fastmath<contract> : f32
                  %v3175 = arith.addf %v3174, %v3173 fastmath<contract> : f32
                  %v3176 = arith.constant 4 : i64
                  %v3177 = llvm.getelementptr %in_C_re[%v3176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3178 = llvm.load %v3177 : !llvm.ptr -> f32
                  %v3179 = arith.mulf %v3178, %v3003 fastmath<contract> : f32
                  %v3180 = arith.constant 1 : i64
                  %v3181 = arith.muli %v3180, %v2 : i64
                  %v3182 = arith.constant 4 : i64
                  %v3183 = arith.addi %v3181, %v3182 : i64
                  %v3184 = llvm.getelementptr %in_C_re[%v3183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3185 = llvm.load %v3184 : !llvm.ptr -> f32
                  %v3186 = arith.mulf %v3185, %v3015 fastmath<contract> : f32
                  %v3187 = arith.addf %v3179, %v3186 fastmath<contract> : f32
                  %v3188 = arith.constant 2 : i64
                  %v3189 = arith.muli %v3188, %v2 : i64
                  %v3190 = arith.constant 4 : i64
                  %v3191 = arith.addi %v3189, %v3190 : i64
                  %v3192 = llvm.getelementptr %in_C_re[%v3191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3193 = llvm.load %v3192 : !llvm.ptr -> f32
                  %v3194 = arith.mulf %v3193, %v3028 fastmath<contract> : f32
                  %v3195 = arith.addf %v3187, %v3194 fastmath<contract> : f32
                  %v3196 = arith.constant 3 : i64
                  %v3197 = arith.muli %v3196, %v2 : i64
                  %v3198 = arith.constant 4 : i64
                  %v3199 = arith.addi %v3197, %v3198 : i64
                  %v3200 = llvm.getelementptr %in_C_re[%v3199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3201 = llvm.load %v3200 : !llvm.ptr -> f32
                  %v3202 = arith.mulf %v3201, %v3041 fastmath<contract> : f32
                  %v3203 = arith.addf %v3195, %v3202 fastmath<contract> : f32
                  %v3204 = llvm.load %v197 : !llvm.ptr -> f32
                  %v3205 = arith.mulf %v3204, %v2904 fastmath<contract> : f32
                  %v3206 = arith.addf %v3203, %v3205 fastmath<contract> : f32
                  %v3207 = llvm.load %v260 : !llvm.ptr -> f32
                  %v3208 = arith.mulf %v3207, %v2920 fastmath<contract> : f32
                  %v3209 = arith.addf %v3208, %v3206 fastmath<contract> : f32
                  %v3210 = arith.mulf %v2940, %v3204 fastmath<contract> : f32
                  %v3211 = arith.mulf %v3207, %v2972 fastmath<contract> : f32
                  %v3212 = arith.addf %v3211, %v3210 fastmath<contract> : f32
                  %v3213 = arith.mulf %v2941, %v3204 fastmath<contract> : f32
                  %v3214 = arith.mulf %v3207, %v2973 fastmath<contract> : f32
                  %v3215 = arith.addf %v3214, %v3213 fastmath<contract> : f32
                  %v3216 = arith.constant 5 : i64
                  %v3217 = llvm.getelementptr %in_C_re[%v3216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3218 = llvm.load %v3217 : !llvm.ptr -> f32
                  %v3219 = arith.mulf %v3218, %v3003 fastmath<contract> : f32
                  %v3220 = arith.constant 1 : i64
                  %v3221 = arith.muli %v3220, %v2 : i64
                  %v3222 = arith.constant 5 : i64
                  %v3223 = arith.addi %v3221, %v3222 : i64
                  %v3224 = llvm.getelementptr %in_C_re[%v3223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3225 = llvm.load %v3224 : !llvm.ptr -> f32
                  %v3226 = arith.mulf %v3225, %v3015 fastmath<contract> : f32
                  %v3227 = arith.addf %v3219, %v3226 fastmath<contract> : f32
                  %v3228 = arith.constant 2 : i64
                  %v3229 = arith.muli %v3228, %v2 : i64
                  %v3230 = arith.constant 5 : i64
                  %v3231 = arith.addi %v3229, %v3230 : i64
                  %v3232 = llvm.getelementptr %in_C_re[%v3231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3233 = llvm.load %v3232 : !llvm.ptr -> f32
                  %v3234 = arith.mulf %v3233, %v3028 fastmath<contract> : f32
                  %v3235 = arith.addf %v3227, %v3234 fastmath<contract> : f32
                  %v3236 = arith.constant 3 : i64
                  %v3237 = arith.muli %v3236, %v2 : i64
                  %v3238 = arith.constant 5 : i64
                  %v3239 = arith.addi %v3237, %v3238 : i64
                  %v3240 = llvm.getelementptr %in_C_re[%v3239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3241 = llvm.load %v3240 : !llvm.ptr -> f32
                  %v3242 = arith.mulf %v3241, %v3041 fastmath<contract> : f32
                  %v3243 = arith.addf %v3235, %v3242 fastmath<contract> : f32
                  %v3244 = llvm.load %v199 : !llvm.ptr -> f32
                  %v3245 = arith.mulf %v3244, %v2905 fastmath<contract> : f32
                  %v3246 = arith.addf %v3243, %v3245 fastmath<contract> : f32
                  %v3247 = llvm.load %v262 : !llvm.ptr -> f32
                  %v3248 = arith.mulf %v3247, %v2921 fastmath<contract> : f32
                  %v3249 = arith.addf %v3248, %v3246 fastmath<contract> : f32
                  %v3250 = arith.mulf %v2942, %v3244 fastmath<contract> : f32
                  %v3251 = arith.mulf %v3247, %v2974 fastmath<contract> : f32
                  %v3252 = arith.addf %v3251, %v3250 fastmath<contract> : f32
                  %v3253 = arith.mulf %v2943, %v3244 fastmath<contract> : f32
                  %v3254 = arith.mulf %v3247, %v2975 fastmath<contract> : f32
                  %v3255 = arith.addf %v3254, %v3253 fastmath<contract> : f32
                  %v3256 = arith.constant 6 : i64
                  %v3257 = llvm.getelementptr %in_C_re[%v3256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3258 = llvm.load %v3257 : !llvm.ptr -> f32
                  %v3259 = arith.mulf %v3258, %v3003 fastmath<contract> : f32
                  %v3260 = arith.constant 1 : i64
                  %v3261 = arith.muli %v3260, %v2 : i64
                  %v3262 = arith.constant 6 : i64
                  %v3263 = arith.addi %v3261, %v3262 : i64
                  %v3264 = llvm.getelementptr %in_C_re[%v3263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3265 = llvm.load %v3264 : !llvm.ptr -> f32
                  %v3266 = arith.mulf %v3265, %v3015 fastmath<contract> : f32
                  %v3267 = arith.addf %v3259, %v3266 fastmath<contract> : f32
                  %v3268 = arith.constant 2 : i64
                  %v3269 = arith.muli %v3268, %v2 : i64
                  %v3270 = arith.constant 6 : i64
                  %v3271 = arith.addi %v3269, %v3270 : i64
                  %v3272 = llvm.getelementptr %in_C_re[%v3271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3273 = llvm.load %v3272 : !llvm.ptr -> f32
                  %v3274 = arith.mulf %v3273, %v3028 fastmath<contract> : f32
                  %v3275 = arith.addf %v3267, %v3274 fastmath<contract> : f32
                  %v3276 = arith.constant 3 : i64
                  %v3277 = arith.muli %v3276, %v2 : i64
                  %v3278 = arith.constant 6 : i64
                  %v3279 = arith.addi %v3277, %v3278 : i64
                  %v3280 = llvm.getelementptr %in_C_re[%v3279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3281 = llvm.load %v3280 : !llvm.ptr -> f32
                  %v3282 = arith.mulf %v3281, %v3041 fastmath<contract> : f32
                  %v3283 = arith.addf %v3275, %v3282 fastmath<contract> : f32
                  %v3284 = llvm.load %v201 : !llvm.ptr -> f32
                  %v3285 = arith.mulf %v3284, %v2906 fastmath<contract> : f32
                  %v3286 = arith.addf %v3283, %v3285 fastmath<contract> : f32
                  %v3287 = llvm.load %v264 : !llvm.ptr -> f32
                  %v3288 = arith.mulf %v3287, %v2922 fastmath<contract> : f32
                  %v3289 = arith.addf %v3288, %v3286 fastmath<contract> : f32
                  %v3290 = arith.mulf %v2944, %v3284 fastmath<contract> : f32
                  %v3291 = arith.mulf %v3287, %v2976 fastmath<contract> : f32
                  %v3292 = arith.addf %v3291, %v3290 fastmath<contract> : f32
                  %v3293 = arith.mulf %v2945, %v3284 fastmath<contract> : f32
                  %v3294 = arith.mulf %v3287, %v2977 fastmath<contract> : f32
                  %v3295 = arith.addf %v3294, %v3293 fastmath<contract> : f32
                  %v3296 = arith.constant 7 : i64
                  %v3297 = llvm.getelementptr %in_C_re[%v3296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3298 = llvm.load %v3297 : !llvm.ptr -> f32
                  %v3299 = arith.mulf %v3298, %v3003 fastmath<contract> : f32
                  %v3300 = arith.constant 1 : i64
                  %v3301 = arith.muli %v3300, %v2 : i64
                  %v3302 = arith.constant 7 : i64
                  %v3303 = arith.addi %v3301, %v3302 : i64
                  %v3304 = llvm.getelementptr %in_C_re[%v3303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3305 = llvm.load %v3304 : !llvm.ptr -> f32
                  %v3306 = arith.mulf %v3305, %v3015 fastmath<contract> : f32
                  %v3307 = arith.addf %v3299, %v3306 fastmath<contract> : f32
                  %v3308 = arith.constant 2 : i64
                  %v3309 = arith.muli %v3308, %v2 : i64
                  %v3310 = arith.constant 7 : i64
                  %v3311 = arith.addi %v3309, %v3310 : i64
                  %v3312 = llvm.getelementptr %in_C_re[%v3311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3313 = llvm.load %v3312 : !llvm.ptr -> f32
                  %v3314 = arith.mulf %v3313, %v3028 fastmath<contract> : f32
                  %v3315 = arith.addf %v3307, %v3314 fastmath<contract> : f32
                  %v3316 = arith.constant 3 : i64
                  %v3317 = arith.muli %v3316, %v2 : i64
                  %v3318 = arith.constant 7 : i64
                  %v3319 = arith.addi %v3317, %v3318 : i64
                  %v3320 = llvm.getelementptr %in_C_re[%v3319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3321 = llvm.load %v3320 : !llvm.ptr -> f32
                  %v3322 = arith.mulf %v3321, %v3041 fastmath<contract> : f32
                  %v3323 = arith.addf %v3315, %v3322 fastmath<contract> : f32
                  %v3324 = llvm.load %v203 : !llvm.ptr -> f32
                  %v3325 = arith.mulf %v3324, %v2907 fastmath<contract> : f32
                  %v3326 = arith.addf %v3323, %v3325 fastmath<contract> : f32
                  %v3327 = llvm.load %v266 : !llvm.ptr -> f32
                  %v3328 = arith.mulf %v3327, %v2923 fastmath<contract> : f32
                  %v3329 = arith.addf %v3328, %v3326 fastmath<contract> : f32
                  %v3330 = arith.mulf %v2946, %v3324 fastmath<contract> : f32
                  %v3331 = arith.mulf %v3327, %v2978 fastmath<contract> : f32
                  %v3332 = arith.addf %v3331, %v3330 fastmath<contract> : f32
                  %v3333 = arith.mulf %v2947, %v3324 fastmath<contract> : f32
                  %v3334 = arith.mulf %v3327, %v2979 fastmath<contract> : f32
                  %v3335 = arith.addf %v3334, %v3333 fastmath<contract> : f32
                  %v3336 = arith.constant 8 : i64
                  %v3337 = llvm.getelementptr %in_C_re[%v3336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3338 = llvm.load %v3337 : !llvm.ptr -> f32
                  %v3339 = arith.mulf %v3338, %v3003 fastmath<contract> : f32
                  %v3340 = arith.constant 1 : i64
                  %v3341 = arith.muli %v3340, %v2 : i64
                  %v3342 = arith.constant 8 : i64
                  %v3343 = arith.addi %v3341, %v3342 : i64
                  %v3344 = llvm.getelementptr %in_C_re[%v3343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3345 = llvm.load %v3344 : !llvm.ptr -> f32
                  %v3346 = arith.mulf %v3345, %v3015 fastmath<contract> : f32
                  %v3347 = arith.addf %v3339, %v3346 fastmath<contract> : f32
                  %v3348 = arith.constant 2 : i64
                  %v3349 = arith.muli %v3348, %v2 : i64
                  %v3350 = arith.constant 8 : i64
                  %v3351 = arith.addi %v3349, %v3350 : i64
                  %v3352 = llvm.getelementptr %in_C_re[%v3351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3353 = llvm.load %v3352 : !llvm.ptr -> f32
                  %v3354 = arith.mulf %v3353, %v3028 fastmath<contract> : f32
                  %v3355 = arith.addf %v3347, %v3354 fastmath<contract> : f32
                  %v3356 = arith.constant 3 : i64
                  %v3357 = arith.muli %v3356, %v2 : i64
                  %v3358 = arith.constant 8 : i64
                  %v3359 = arith.addi %v3357, %v3358 : i64
                  %v3360 = llvm.getelementptr %in_C_re[%v3359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3361 = llvm.load %v3360 : !llvm.ptr -> f32
                  %v3362 = arith.mulf %v3361, %v3041 fastmath<contract> : f32
                  %v3363 = arith.addf %v3355, %v3362 fastmath<contract> : f32
                  %v3364 = llvm.load %v205 : !llvm.ptr -> f32
                  %v3365 = arith.mulf %v3364, %v2908 fastmath<contract> : f32
                  %v3366 = arith.addf %v3363, %v3365 fastmath<contract> : f32
                  %v3367 = llvm.load %v268 : !llvm.ptr -> f32
                  %v3368 = arith.mulf %v3367, %v2924 fastmath<contract> : f32
                  %v3369 = arith.addf %v3368, %v3366 fastmath<contract> : f32
                  %v3370 = arith.mulf %v2948, %v3364 fastmath<contract> : f32
                  %v3371 = arith.mulf %v3367, %v2980 fastmath<contract> : f32
                  %v3372 = arith.addf %v3371, %v3370 fastmath<contract> : f32
                  %v3373 = arith.mulf %v2949, %v3364 fastmath<contract> : f32
                  %v3374 = arith.mulf %v3367, %v2981 fastmath<contract> : f32
                  %v3375 = arith.addf %v3374, %v3373 fastmath<contract> : f32
                  %v3376 = arith.constant 9 : i64
                  %v3377 = llvm.getelementptr %in_C_re[%v3376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3378 = llvm.load %v3377 : !llvm.ptr -> f32
                  %v3379 = arith.mulf %v3378, %v3003 fastmath<contract> : f32
                  %v3380 = arith.constant 1 : i64
                  %v3381 = arith.muli %v3380, %v2 : i64
                  %v3382 = arith.constant 9 : i64
                  %v3383 = arith.addi %v3381, %v3382 : i64
                  %v3384 = llvm.getelementptr %in_C_re[%v3383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3385 = llvm.load %v3384 : !llvm.ptr -> f32
                  %v3386 = arith.mulf %v3385, %v3015 fastmath<contract> : f32
                  %v3387 = arith.addf %v3379, %v3386 fastmath<contract> : f32
                  %v3388 = arith.constant 2 : i64
                  %v3389 = arith.muli %v3388, %v2 : i64
                  %v3390 = arith.constant 9 : i64
                  %v3391 = arith.addi %v3389, %v3390 : i64
                  %v3392 = llvm.getelementptr %in_C_re[%v3391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3393 = llvm.load %v3392 : !llvm.ptr -> f32
                  %v3394 = arith.mulf %v3393, %v3028 fastmath<contract> : f32
                  %v3395 = arith.addf %v3387, %v3394 fastmath<contract> : f32
                  %v3396 = arith.constant 3 : i64
                  %v3397 = arith.muli %v3396, %v2 : i64
                  %v3398 = arith.constant 9 : i64
                  %v3399 = arith.addi %v3397, %v3398 : i64
                  %v3400 = llvm.getelementptr %in_C_re[%v3399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3401 = llvm.load %v3400 : !llvm.ptr -> f32
                  %v3402 = arith.mulf %v3401, %v3041 fastmath<contract> : f32
                  %v3403 = arith.addf %v3395, %v3402 fastmath<contract> : f32
                  %v3404 = llvm.load %v207 : !llvm.ptr -> f32
                  %v3405 = arith.mulf %v3404, %v2909 fastmath<contract> : f32
                  %v3406 = arith.addf %v3403, %v3405 fastmath<contract> : f32
                  %v3407 = llvm.load %v270 : !llvm.ptr -> f32
                  %v3408 = arith.mulf %v3407, %v2925 fastmath<contract> : f32
                  %v3409 = arith.addf %v3408, %v3406 fastmath<contract> : f32
                  %v3410 = arith.mulf %v2950, %v3404 fastmath<contract> : f32
                  %v3411 = arith.mulf %v3407, %v2982 fastmath<contract> : f32
                  %v3412 = arith.addf %v3411, %v3410 fastmath<contract> : f32
                  %v3413 = arith.mulf %v2951, %v3404 fastmath<contract> : f32
                  %v3414 = arith.mulf %v3407, %v2983 fastmath<contract> : f32
                  %v3415 = arith.addf %v3414, %v3413 fastmath<contract> : f32
                  %v3416 = arith.constant 10 : i64
                  %v3417 = llvm.getelementptr %in_C_re[%v3416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3418 = llvm.load %v3417 : !llvm.ptr -> f32
                  %v3419 = arith.mulf %v3418, %v3003 fastmath<contract> : f32
                  %v3420 = arith.constant 1 : i64
                  %v3421 = arith.muli %v3420, %v2 : i64
                  %v3422 = arith.constant 10 : i64
                  %v3423 = arith.addi %v3421, %v3422 : i64
                  %v3424 = llvm.getelementptr %in_C_re[%v3423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3425 = llvm.load %v3424 : !llvm.ptr -> f32
                  %v3426 = arith.mulf %v3425, %v3015 fastmath<contract> : f32
                  %v3427 = arith.addf %v3419, %v3426 fastmath<contract> : f32
                  %v3428 = arith.constant 2 : i64
                  %v3429 = arith.muli %v3428, %v2 : i64
                  %v3430 = arith.constant 10 : i64
                  %v3431 = arith.addi %v3429, %v3430 : i64
                  %v3432 = llvm.getelementptr %in_C_re[%v3431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3433 = llvm.load %v3432 : !llvm.ptr -> f32
                  %v3434 = arith.mulf %v3433, %v3028 fastmath<contract> : f32
                  %v3435 = arith.addf %v3427, %v3434 fastmath<contract> : f32
                  %v3436 = arith.constant 3 : i64
                  %v3437 = arith.muli %v3436, %v2 : i64
                  %v3438 = arith.constant 10 : i64
                  %v3439 = arith.addi %v3437, %v3438 : i64
                  %v3440 = llvm.getelementptr %in_C_re[%v3439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3441 = llvm.load %v3440 : !llvm.ptr -> f32
                  %v3442 = arith.mulf %v3441, %v3041 fastmath<contract> : f32
                  %v3443 = arith.addf %v3435, %v3442 fastmath<contract> : f32
                  %v3444 = llvm.load %v209 : !llvm.ptr -> f32
                  %v3445 = arith.mulf %v3444, %v2910 fastmath<contract> : f32
                  %v3446 = arith.addf %v3443, %v3445 fastmath<contract> : f32
                  %v3447 = llvm.load %v272 : !llvm.ptr -> f32
                  %v3448 = arith.mulf %v3447, %v2926 fastmath<contract> : f32
                  %v3449 = arith.addf %v3448, %v3446 fastmath<contract> : f32
                  %v3450 = arith.mulf %v2952, %v3444 fastmath<contract> : f32
                  %v3451 = arith.mulf %v3447, %v2984 fastmath<contract> : f32
                  %v3452 = arith.addf %v3451, %v3450 fastmath<contract> : f32
                  %v3453 = arith.mulf %v2953, %v3444 fastmath<contract> : f32
                  %v3454 = arith.mulf %v3447, %v2985 fastmath<contract> : f32
                  %v3455 = arith.addf %v3454, %v3453 fastmath<contract> : f32
                  %v3456 = arith.constant 11 : i64
                  %v3457 = llvm.getelementptr %in_C_re[%v3456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3458 = llvm.load %v3457 : !llvm.ptr -> f32
                  %v3459 = arith.mulf %v3458, %v3003 fastmath<contract> : f32
                  %v3460 = arith.constant 1 : i64
                  %v3461 = arith.muli %v3460, %v2 : i64
                  %v3462 = arith.constant 11 : i64
                  %v3463 = arith.addi %v3461, %v3462 : i64
                  %v3464 = llvm.getelementptr %in_C_re[%v3463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3465 = llvm.load %v3464 : !llvm.ptr -> f32
                  %v3466 = arith.mulf %v3465, %v3015 fastmath<contract> : f32
                  %v3467 = arith.addf %v3459, %v3466 fastmath<contract> : f32
                  %v3468 = arith.constant 2 : i64
                  %v3469 = arith.muli %v3468, %v2 : i64
                  %v3470 = arith.constant 11 : i64
                  %v3471 = arith.addi %v3469, %v3470 : i64
                  %v3472 = llvm.getelementptr %in_C_re[%v3471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3473 = llvm.load %v3472 : !llvm.ptr -> f32
                  %v3474 = arith.mulf %v3473, %v3028 fastmath<contract> : f32
                  %v3475 = arith.addf %v3467, %v3474 fastmath<contract> : f32
                  %v3476 = arith.constant 3 : i64
                  %v3477 = arith.muli %v3476, %v2 : i64
                  %v3478 = arith.constant 11 : i64
                  %v3479 = arith.addi %v3477, %v3478 : i64
                  %v3480 = llvm.getelementptr %in_C_re[%v3479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3481 = llvm.load %v3480 : !llvm.ptr -> f32
                  %v3482 = arith.mulf %v3481, %v3041 fastmath<contract> : f32
                  %v3483 = arith.addf %v3475, %v3482 fastmath<contract> : f32
                  %v3484 = llvm.load %v211 : !llvm.ptr -> f32
                  %v3485 = arith.mulf %v3484, %v2911 fastmath<contract> : f32
                  %v3486 = arith.addf %v3483, %v3485 fastmath<contract> : f32
                  %v3487 = llvm.load %v274 : !llvm.ptr -> f32
                  %v3488 = arith.mulf %v3487, %v2927 fastmath<contract> : f32
                  %v3489 = arith.addf %v3488, %v3486 fastmath<contract> : f32
                  %v3490 = arith.mulf %v2954, %v3484 fastmath<contract> : f32
                  %v3491 = arith.mulf %v3487, %v2986 fastmath<contract> : f32
                  %v3492 = arith.addf %v3491, %v3490 fastmath<contract> : f32
                  %v3493 = arith.mulf %v2955, %v3484 fastmath<contract> : f32
                  %v3494 = arith.mulf %v3487, %v2987 fastmath<contract> : f32
                  %v3495 = arith.addf %v3494, %v3493 fastmath<contract> : f32
                  %v3496 = arith.constant 12 : i64
                  %v3497 = llvm.getelementptr %in_C_re[%v3496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3498 = llvm.load %v3497 : !llvm.ptr -> f32
                  %v3499 = arith.mulf %v3498, %v3003 fastmath<contract> : f32
                  %v3500 = arith.constant 1 : i64
                  %v3501 = arith.muli %v3500, %v2 : i64
                  %v3502 = arith.constant 12 : i64
                  %v3503 = arith.addi %v3501, %v3502 : i64
                  %v3504 = llvm.getelementptr %in_C_re[%v3503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3505 = llvm.load %v3504 : !llvm.ptr -> f32
                  %v3506 = arith.mulf %v3505, %v3015 fastmath<contract> : f32
                  %v3507 = arith.addf %v3499, %v3506 fastmath<contract> : f32
                  %v3508 = arith.constant 2 : i64
                  %v3509 = arith.muli %v3508, %v2 : i64
                  %v3510 = arith.constant 12 : i64
                  %v3511 = arith.addi %v3509, %v3510 : i64
                  %v3512 = llvm.getelementptr %in_C_re[%v3511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3513 = llvm.load %v3512 : !llvm.ptr -> f32
                  %v3514 = arith.mulf %v3513, %v3028 fastmath<contract> : f32
                  %v3515 = arith.addf %v3507, %v3514 fastmath<contract> : f32
                  %v3516 = arith.constant 3 : i64
                  %v3517 = arith.muli %v3516, %v2 : i64
                  %v3518 = arith.constant 12 : i64
                  %v3519 = arith.addi %v3517, %v3518 : i64
                  %v3520 = llvm.getelementptr %in_C_re[%v3519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3521 = llvm.load %v3520 : !llvm.ptr -> f32
                  %v3522 = arith.mulf %v3521, %v3041 fastmath<contract> : f32
                  %v3523 = arith.addf %v3515, %v3522 fastmath<contract> : f32
                  %v3524 = llvm.load %v213 : !llvm.ptr -> f32
                  %v3525 = arith.mulf %v3524, %v2912 fastmath<contract> : f32
                  %v3526 = arith.addf %v3523, %v3525 fastmath<contract> : f32
                  %v3527 = llvm.load %v276 : !llvm.ptr -> f32
                  %v3528 = arith.mulf %v3527, %v2928 fastmath<contract> : f32
                  %v3529 = arith.addf %v3528, %v3526 fastmath<contract> : f32
                  %v3530 = arith.mulf %v2956, %v3524 fastmath<contract> : f32
                  %v3531 = arith.mulf %v3527, %v2988 fastmath<contract> : f32
                  %v3532 = arith.addf %v3531, %v3530 fastmath<contract> : f32
                  %v3533 = arith.mulf %v2957, %v3524 fastmath<contract> : f32
                  %v3534 = arith.mulf %v3527, %v2989 fastmath<contract> : f32
                  %v3535 = arith.addf %v3534, %v3533 fastmath<contract> : f32
                  %v3536 = arith.constant 13 : i64
                  %v3537 = llvm.getelementptr %in_C_re[%v3536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3538 = llvm.load %v3537 : !llvm.ptr -> f32
                  %v3539 = arith.mulf %v3538, %v3003 fastmath<contract> : f32
                  %v3540 = arith.constant 1 : i64
                  %v3541 = arith.muli %v3540, %v2 : i64
                  %v3542 = arith.constant 13 : i64
                  %v3543 = arith.addi %v3541, %v3542 : i64
                  %v3544 = llvm.getelementptr %in_C_re[%v3543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3545 = llvm.load %v3544 : !llvm.ptr -> f32
                  %v3546 = arith.mulf %v3545, %v3015 fastmath<contract> : f32
                  %v3547 = arith.addf %v3539, %v3546 fastmath<contract> : f32
                  %v3548 = arith.constant 2 : i64
                  %v3549 = arith.muli %v3548, %v2 : i64
                  %v3550 = arith.constant 13 : i64
                  %v3551 = arith.addi %v3549, %v3550 : i64
                  %v3552 = llvm.getelementptr %in_C_re[%v3551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3553 = llvm.load %v3552 : !llvm.ptr -> f32
                  %v3554 = arith.mulf %v3553, %v3028 fastmath<contract> : f32
                  %v3555 = arith.addf %v3547, %v3554 fastmath<contract> : f32
                  %v3556 = arith.constant 3 : i64
                  %v3557 = arith.muli %v3556, %v2 : i64
                  %v3558 = arith.constant 13 : i64
                  %v3559 = arith.addi %v3557, %v3558 : i64
                  %v3560 = llvm.getelementptr %in_C_re[%v3559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3561 = llvm.load %v3560 : !llvm.ptr -> f32
                  %v3562 = arith.mulf %v3561, %v3041 fastmath<contract> : f32
                  %v3563 = arith.addf %v3555, %v3562 fastmath<contract> : f32
                  %v3564 = llvm.load %v215 : !llvm.ptr -> f32
                  %v3565 = arith.mulf %v3564, %v2913 fastmath<contract> : f32
                  %v3566 = arith.addf %v3563, %v3565 fastmath<contract> : f32
                  %v3567 = llvm.load %v278 : !llvm.ptr -> f32
                  %v3568 = arith.mulf %v3567, %v2929 fastmath<contract> : f32
                  %v3569 = arith.addf %v3568, %v3566 fastmath<contract> : f32
                  %v3570 = arith.mulf %v2958, %v3564 fastmath<contract> : f32
                  %v3571 = arith.mulf %v3567, %v2990 fastmath<contract> : f32
                  %v3572 = arith.addf %v3571, %v3570 fastmath<contract> : f32
                  %v3573 = arith.mulf %v2959, %v3564 fastmath<contract> : f32
                  %v3574 = arith.mulf %v3567, %v2991 fastmath<contract> : f32
                  %v3575 = arith.addf %v3574, %v3573 fastmath<contract> : f32
                  %v3576 = arith.constant 14 : i64
                  %v3577 = llvm.getelementptr %in_C_re[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3578 = llvm.load %v3577 : !llvm.ptr -> f32
                  %v3579 = arith.mulf %v3578, %v3003 fastmath<contract> : f32
                  %v3580 = arith.constant 1 : i64
                  %v3581 = arith.muli %v3580, %v2 : i64
                  %v3582 = arith.constant 14 : i64
                  %v3583 = arith.addi %v3581, %v3582 : i64
                  %v3584 = llvm.getelementptr %in_C_re[%v3583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3585 = llvm.load %v3584 : !llvm.ptr -> f32
                  %v3586 = arith.mulf %v3585, %v3015 fastmath<contract> : f32
                  %v3587 = arith.addf %v3579, %v3586 fastmath<contract> : f32
                  %v3588 = arith.constant 2 : i64
                  %v3589 = arith.muli %v3588, %v2 : i64
                  %v3590 = arith.constant 14 : i64
                  %v3591 = arith.addi %v3589, %v3590 : i64
                  %v3592 = llvm.getelementptr %in_C_re[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3593 = llvm.load %v3592 : !llvm.ptr -> f32
                  %v3594 = arith.mulf %v3593, %v3028 fastmath<contract> : f32
                  %v3595 = arith.addf %v3587, %v3594 fastmath<contract> : f32
                  %v3596 = arith.constant 3 : i64
                  %v3597 = arith.muli %v3596, %v2 : i64
                  %v3598 = arith.constant 14 : i64
                  %v3599 = arith.addi %v3597, %v3598 : i64
                  %v3600 = llvm.getelementptr %in_C_re[%v3599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3601 = llvm.load %v3600 : !llvm.ptr -> f32
                  %v3602 = arith.mulf %v3601, %v3041 fastmath<contract> : f32
                  %v3603 = arith.addf %v3595, %v3602 fastmath<contract> : f32
                  %v3604 = llvm.load %v217 : !llvm.ptr -> f32
                  %v3605 = arith.mulf %v3604, %v2914 fastmath<contract> : f32
                  %v3606 = arith.addf %v3603, %v3605 fastmath<contract> : f32
                  %v3607 = llvm.load %v280 : !llvm.ptr -> f32
                  %v3608 = arith.mulf %v3607, %v2930 fastmath<contract> : f32
                  %v3609 = arith.addf %v3608, %v3606 fastmath<contract> : f32
                  %v3610 = arith.mulf %v2960, %v3604 fastmath<contract> : f32
                  %v3611 = arith.mulf %v3607, %v2992 fastmath<contract> : f32
                  %v3612 = arith.addf %v3611, %v3610 fastmath<contract> : f32
                  %v3613 = arith.mulf %v2961, %v3604 fastmath<contract> : f32
                  %v3614 = arith.mulf %v3607, %v2993 fastmath<contract> : f32
                  %v3615 = arith.addf %v3614, %v3613 fastmath<contract> : f32
                  %v3616 = arith.constant 15 : i64
                  %v3617 = llvm.getelementptr %in_C_re[%v3616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3618 = llvm.load %v3617 : !llvm.ptr -> f32
                  %v3619 = arith.mulf %v3618, %v3003 fastmath<contract> : f32
                  %v3620 = arith.constant 1 : i64
                  %v3621 = arith.muli %v3620, %v2 : i64
                  %v3622 = arith.constant 15 : i64
                  %v3623 = arith.addi %v3621, %v3622 : i64
                  %v3624 = llvm.getelementptr %in_C_re[%v3623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3625 = llvm.load %v3624 : !llvm.ptr -> f32
                  %v3626 = arith.mulf %v3625, %v3015 fastmath<contract> : f32
                  %v3627 = arith.addf %v3619, %v3626 fastmath<contract> : f32
                  %v3628 = arith.constant 2 : i64
                  %v3629 = arith.muli %v3628, %v2 : i64
                  %v3630 = arith.constant 15 : i64
                  %v3631 = arith.addi %v3629, %v3630 : i64
                  %v3632 = llvm.getelementptr %in_C_re[%v3631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3633 = llvm.load %v3632 : !llvm.ptr -> f32
                  %v3634 = arith.mulf %v3633, %v3028 fastmath<contract> : f32
                  %v3635 = arith.addf %v3627, %v3634 fastmath<contract> : f32
                  %v3636 = arith.constant 3 : i64
                  %v3637 = arith.muli %v3636, %v2 : i64
                  %v3638 = arith.constant 15 : i64
                  %v3639 = arith.addi %v3637, %v3638 : i64
                  %v3640 = llvm.getelementptr %in_C_re[%v3639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3641 = llvm.load %v3640 : !llvm.ptr -> f32
                  %v3642 = arith.mulf %v3641, %v3041 fastmath<contract> : f32
                  %v3643 = arith.addf %v3635, %v3642 fastmath<contract> : f32
                  %v3644 = llvm.load %v219 : !llvm.ptr -> f32
                  %v3645 = arith.mulf %v3644, %v2915 fastmath<contract> : f32
                  %v3646 = arith.addf %v3643, %v3645 fastmath<contract> : f32
                  %v3647 = llvm.load %v282 : !llvm.ptr -> f32
                  %v3648 = arith.mulf %v3647, %v2931 fastmath<contract> : f32
                  %v3649 = arith.addf %v3648, %v3646 fastmath<contract> : f32
                  %v3650 = arith.mulf %v2962, %v3644 fastmath<contract> : f32
                  %v3651 = arith.mulf %v3647, %v2994 fastmath<contract> : f32
                  %v3652 = arith.addf %v3651, %v3650 fastmath<contract> : f32
                  %v3653 = arith.mulf %v2963, %v3644 fastmath<contract> : f32
                  %v3654 = arith.mulf %v3647, %v2995 fastmath<contract> : f32
                  %v3655 = arith.addf %v3654, %v3653 fastmath<contract> : f32
                  %v3656 = arith.constant 0 : i64
                  %v3657 = llvm.getelementptr %in_C_im[%v3656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3658 = llvm.load %v3657 : !llvm.ptr -> f32
                  %v3659 = arith.negf %v3003 : f32
                  %v3660 = arith.mulf %v3658, %v3659 fastmath<contract> : f32
                  %v3661 = arith.constant 1 : i64
                  %v3662 = arith.muli %v3661, %v2 : i64
                  %v3663 = llvm.getelementptr %in_C_im[%v3662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3664 = llvm.load %v3663 : !llvm.ptr -> f32
                  %v3665 = arith.negf %v3015 : f32
                  %v3666 = arith.mulf %v3664, %v3665 fastmath<contract> : f32
                  %v3667 = arith.addf %v3660, %v3666 fastmath<contract> : f32
                  %v3668 = arith.constant 2 : i64
                  %v3669 = arith.muli %v3668, %v2 : i64
                  %v3670 = llvm.getelementptr %in_C_im[%v3669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3671 = llvm.load %v3670 : !llvm.ptr -> f32
                  %v3672 = arith.negf %v3028 : f32
                  %v3673 = arith.mulf %v3671, %v3672 fastmath<contract> : f32
                  %v3674 = arith.addf %v3667, %v3673 fastmath<contract> : f32
                  %v3675 = arith.constant 3 : i64
                  %v3676 = arith.muli %v3675, %v2 : i64
                  %v3677 = llvm.getelementptr %in_C_im[%v3676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3678 = llvm.load %v3677 : !llvm.ptr -> f32
                  %v3679 = arith.negf %v3041 : f32
                  %v3680 = arith.mulf %v3678, %v3679 fastmath<contract> : f32
                  %v3681 = arith.addf %v3674, %v3680 fastmath<contract> : f32
                  %v3682 = llvm.load %v221 : !llvm.ptr -> f32
                  %v3683 = arith.mulf %v3682, %v2916 fastmath<contract> : f32
                  %v3684 = arith.addf %v3681, %v3683 fastmath<contract> : f32
                  %v3685 = llvm.load %v284 : !llvm.ptr -> f32
                  %v3686 = arith.mulf %v3685, %v2900 fastmath<contract> : f32
                  %v3687 = arith.addf %v3686, %v3684 fastmath<contract> : f32
                  %v3688 = arith.mulf %v2964, %v3682 fastmath<contract> : f32
                  %v3689 = arith.mulf %v3685, %v2932 fastmath<contract> : f32
                  %v3690 = arith.addf %v3689, %v3688 fastmath<contract> : f32
                  %v3691 = arith.mulf %v2965, %v3682 fastmath<contract> : f32
                  %v3692 = arith.mulf %v3685, %v2933 fastmath<contract> : f32
                  %v3693 = arith.addf %v3692, %v3691 fastmath<contract> : f32
                  %v3694 = arith.constant 1 : i64
                  %v3695 = llvm.getelementptr %in_C_im[%v3694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3696 = llvm.load %v3695 : !llvm.ptr -> f32
                  %v3697 = arith.mulf %v3696, %v3659 fastmath<contract> : f32
                  %v3698 = arith.constant 1 : i64
                  %v3699 = arith.muli %v3698, %v2 : i64
                  %v3700 = arith.constant 1 : i64
                  %v3701 = arith.addi %v3699, %v3700 : i64
                  %v3702 = llvm.getelementptr %in_C_im[%v3701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3703 = llvm.load %v3702 : !llvm.ptr -> f32
                  %v3704 = arith.mulf %v3703, %v3665 fastmath<contract> : f32
                  %v3705 = arith.addf %v3697, %v3704 fastmath<contract> : f32
                  %v3706 = arith.constant 2 : i64
                  %v3707 = arith.muli %v3706, %v2 : i64
                  %v3708 = arith.constant 1 : i64
                  %v3709 = arith.addi %v3707, %v3708 : i64
                  %v3710 = llvm.getelementptr %in_C_im[%v3709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3711 = llvm.load %v3710 : !llvm.ptr -> f32
                  %v3712 = arith.mulf %v3711, %v3672 fastmath<contract> : f32
                  %v3713 = arith.addf %v3705, %v3712 fastmath<contract> : f32
                  %v3714 = arith.constant 3 : i64
                  %v3715 = arith.muli %v3714, %v2 : i64
                  %v3716 = arith.constant 1 : i64
                  %v3717 = arith.addi %v3715, %v3716 : i64
                  %v3718 = llvm.getelementptr %in_C_im[%v3717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3719 = llvm.load %v3718 : !llvm.ptr -> f32
                  %v3720 = arith.mulf %v3719, %v3679 fastmath<contract> : f32
                  %v3721 = arith.addf %v3713, %v3720 fastmath<contract> : f32
                  %v3722 = llvm.load %v223 : !llvm.ptr -> f32
                  %v3723 = arith.mulf %v3722, %v2917 fastmath<contract> : f32
                  %v3724 = arith.addf %v3721, %v3723 fastmath<contract> : f32
                  %v3725 = llvm.load %v286 : !llvm.ptr -> f32
                  %v3726 = arith.mulf %v3725, %v2901 fastmath<contract> : f32
                  %v3727 = arith.addf %v3726, %v3724 fastmath<contract> : f32
                  %v3728 = arith.mulf %v2966, %v3722 fastmath<contract> : f32
                  %v3729 = arith.mulf %v3725, %v2934 fastmath<contract> : f32
                  %v3730 = arith.addf %v3729, %v3728 fastmath<contract> : f32
                  %v3731 = arith.mulf %v2967, %v3722 fastmath<contract> : f32
                  %v3732 = arith.mulf %v3725, %v2935 fastmath<contract> : f32
                  %v3733 = arith.addf %v3732, %v3731 fastmath<contract> : f32
                  %v3734 = arith.constant 2 : i64
                  %v3735 = llvm.getelementptr %in_C_im[%v3734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3736 = llvm.load %v3735 : !llvm.ptr -> f32
                  %v3737 = arith.mulf %v3736, %v3659 fastmath<contract> : f32
                  %v3738 = arith.constant 1 : i64
                  %v3739 = arith.muli %v3738, %v2 : i64
                  %v3740 = arith.constant 2 : i64
                  %v3741 = arith.addi %v3739, %v3740 : i64
                  %v3742 = llvm.getelementptr %in_C_im[%v3741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3743 = llvm.load %v3742 : !llvm.ptr -> f32
                  %v3744 = arith.mulf %v3743, %v3665 fastmath<contract> : f32
                  %v3745 = arith.addf %v3737, %v3744 fastmath<contract> : f32
                  %v3746 = arith.constant 2 : i64
                  %v3747 = arith.muli %v3746, %v2 : i64
                  %v3748 = arith.constant 2 : i64
                  %v3749 = arith.addi %v3747, %v3748 : i64
                  %v3750 = llvm.getelementptr %in_C_im[%v3749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3751 = llvm.load %v3750 : !llvm.ptr -> f32
                  %v3752 = arith.mulf %v3751, %v3672 fastmath<contract> : f32
                  %v3753 = arith.addf %v3745, %v3752 fastmath<contract> : f32
                  %v3754 = arith.constant 3 : i64
                  %v3755 = arith.muli %v3754, %v2 : i64
                  %v3756 = arith.constant 2 : i64
                  %v3757 = arith.addi %v3755, %v3756 : i64
                  %v3758 = llvm.getelementptr %in_C_im[%v3757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3759 = llvm.load %v3758 : !llvm.ptr -> f32
                  %v3760 = arith.mulf %v3759, %v3679 fastmath<contract> : f32
                  %v3761 = arith.addf %v3753, %v3760 fastmath<contract> : f32
                  %v3762 = llvm.load %v225 : !llvm.ptr -> f32
                  %v3763 = arith.mulf %v3762, %v2918 fastmath<contract> : f32
                  %v3764 = arith.addf %v3761, %v3763 fastmath<contract> : f32
                  %v3765 = llvm.load %v288 : !llvm.ptr -> f32
                  %v3766 = arith.mulf %v3765, %v2902 fastmath<contract> : f32
                  %v3767 = arith.addf %v3766, %v3764 fastmath<contract> : f32
                  %v3768 = arith.mulf %v2968, %v3762 fastmath<contract> : f32
                  %v3769 = arith.mulf %v3765, %v2936 fastmath<contract> : f32
                  %v3770 = arith.addf %v3769, %v3768 fastmath<contract> : f32
                  %v3771 = arith.mulf %v2969, %v3762 fastmath<contract> : f32
                  %v3772 = arith.mulf %v3765, %v2937 fastmath<contract> : f32
                  %v3773 = arith.addf %v3772, %v3771 fastmath<contract> : f32
                  %v3774 = arith.constant 3 : i64
                  %v3775 = llvm.getelementptr %in_C_im[%v3774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3776 = llvm.load %v3775 : !llvm.ptr -> f32
                  %v3777 = arith.mulf %v3776, %v3659 fastmath<contract> : f32
                  %v3778 = arith.constant 1 : i64
                  %v3779 = arith.muli %v3778, %v2 : i64
                  %v3780 = arith.constant 3 : i64
                  %v3781 = arith.addi %v3779, %v3780 : i64
                  %v3782 = llvm.getelementptr %in_C_im[%v3781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3783 = llvm.load %v3782 : !llvm.ptr -> f32
                  %v3784 = arith.mulf %v3783, %v3665 fastmath<contract> : f32
                  %v3785 = arith.addf %v3777, %v3784 fastmath<contract> : f32
                  %v3786 = arith.constant 2 : i64
                  %v3787 = arith.muli %v3786, %v2 : i64
                  %v3788 = arith.constant 3 : i64
                  %v3789 = arith.addi %v3787, %v3788 : i64
                  %v3790 = llvm.getelementptr %in_C_im[%v3789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3791 = llvm.load %v3790 : !llvm.ptr -> f32
                  %v3792 = arith.mulf %v3791, %v3672 fastmath<contract> : f32
                  %v3793 = arith.addf %v3785, %v3792 fastmath<contract> : f32
                  %v3794 = arith.constant 3 : i64
                  %v3795 = arith.muli %v3794, %v2 : i64
                  %v3796 = arith.constant 3 : i64
                  %v3797 = arith.addi %v3795, %v3796 : i64
                  %v3798 = llvm.getelementptr %in_C_im[%v3797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3799 = llvm.load %v3798 : !llvm.ptr -> f32
                  %v3800 = arith.mulf %v3799, %v3679 fastmath<contract> : f32
                  %v3801 = arith.addf %v3793, %v3800 fastmath<contract> : f32
                  %v3802 = llvm.load %v227 : !llvm.ptr -> f32
                  %v3803 = arith.mulf %v3802, %v2919 fastmath<contract> : f32
                  %v3804 = arith.addf %v3801, %v3803 fastmath<contract> : f32
                  %v3805 = llvm.load %v290 : !llvm.ptr -> f32
                  %v3806 = arith.mulf %v3805, %v2903 fastmath<contract> : f32
                  %v3807 = arith.addf %v3806, %v3804 fastmath<contract> : f32
                  %v3808 = arith.mulf %v2970, %v3802 fastmath<contract> : f32
                  %v3809 = arith.mulf %v3805, %v2938 fastmath<contract> : f32
                  %v3810 = arith.addf %v3809, %v3808 fastmath<contract> : f32
                  %v3811 = arith.mulf %v2971, %v3802 fastmath<contract> : f32
                  %v3812 = arith.mulf %v3805, %v2939 fastmath<contract> : f32
                  %v3813 = arith.addf %v3812, %v3811 fastmath<contract> : f32
                  %v3814 = arith.constant 4 : i64
                  %v3815 = llvm.getelementptr %in_C_im[%v3814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3816 = llvm.load %v3815 : !llvm.ptr -> f32
                  %v3817 = arith.mulf %v3816, %v3659 fastmath<contract> : f32
                  %v3818 = arith.constant 1 : i64
                  %v3819 = arith.muli %v3818, %v2 : i64
                  %v3820 = arith.constant 4 : i64
                  %v3821 = arith.addi %v3819, %v3820 : i64
                  %v3822 = llvm.getelementptr %in_C_im[%v3821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3823 = llvm.load %v3822 : !llvm.ptr -> f32
                  %v3824 = arith.mulf %v3823, %v3665 fastmath<contract> : f32
                  %v3825 = arith.addf %v3817, %v3824 fastmath<contract> : f32
                  %v3826 = arith.constant 2 : i64
                  %v3827 = arith.muli %v3826, %v2 : i64
                  %v3828 = arith.constant 4 : i64
                  %v3829 = arith.addi %v3827, %v3828 : i64
                  %v3830 = llvm.getelementptr %in_C_im[%v3829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3831 = llvm.load %v3830 : !llvm.ptr -> f32
                  %v3832 = arith.mulf %v3831, %v3672 fastmath<contract> : f32
                  %v3833 = arith.addf %v3825, %v3832 fastmath<contract> : f32
                  %v3834 = arith.constant 3 : i64
                  %v3835 = arith.muli %v3834, %v2 : i64
                  %v3836 = arith.constant 4 : i64
                  %v3837 = arith.addi %v3835, %v3836 : i64
                  %v3838 = llvm.getelementptr %in_C_im[%v3837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3839 = llvm.load %v3838 : !llvm.ptr -> f32
                  %v3840 = arith.mulf %v3839, %v3679 fastmath<contract> : f32
                  %v3841 = arith.addf %v3833, %v3840 fastmath<contract> : f32
                  %v3842 = llvm.load %v229 : !llvm.ptr -> f32
                  %v3843 = arith.mulf %v3842, %v2920 fastmath<contract> : f32
                  %v3844 = arith.addf %v3841, %v3843 fastmath<contract> : f32
                  %v3845 = llvm.load %v292 : !llvm.ptr -> f32
                  %v3846 = arith.mulf %v3845, %v2904 fastmath<contract> : f32
                  %v3847 = arith.addf %v3846, %v3844 fastmath<contract> : f32
                  %v3848 = arith.mulf %v2972, %v3842 fastmath<contract> : f32
                  %v3849 = arith.mulf %v3845, %v2940 fastmath<contract> : f32
                  %v3850 = arith.addf %v3849, %v3848 fastmath<contract> : f32
                  %v3851 = arith.mulf %v2973, %v3842 fastmath<contract> : f32
                  %v3852 = arith.mulf %v3845, %v2941 fastmath<contract> : f32
                  %v3853 = arith.addf %v3852, %v3851 fastmath<contract> : f32
                  %v3854 = arith.constant 5 : i64
                  %v3855 = llvm.getelementptr %in_C_im[%v3854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3856 = llvm.load %v3855 : !llvm.ptr -> f32
                  %v3857 = arith.mulf %v3856, %v3659 fastmath<contract> : f32
                  %v3858 = arith.constant 1 : i64
                  %v3859 = arith.muli %v3858, %v2 : i64
                  %v3860 = arith.constant 5 : i64
                  %v3861 = arith.addi %v3859, %v3860 : i64
                  %v3862 = llvm.getelementptr %in_C_im[%v3861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3863 = llvm.load %v3862 : !llvm.ptr -> f32
                  %v3864 = arith.mulf %v3863, %v3665 fastmath<contract> : f32
                  %v3865 = arith.addf %v3857, %v3864 fastmath<contract> : f32
                  %v3866 = arith.constant 2 : i64
                  %v3867 = arith.muli %v3866, %v2 : i64
                  %v3868 = arith.constant 5 : i64
                  %v3869 = arith.addi %v3867, %v3868 : i64
                  %v3870 = llvm.getelementptr %in_C_im[%v3869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3871 = llvm.load %v3870 : !llvm.ptr -> f32
                  %v3872 = arith.mulf %v3871, %v3672 fastmath<contract> : f32
                  %v3873 = arith.addf %v3865, %v3872 fastmath<contract> : f32
                  %v3874 = arith.constant 3 : i64
                  %v3875 = arith.muli %v3874, %v2 : i64
                  %v3876 = arith.constant 5 : i64
                  %v3877 = arith.addi %v3875, %v3876 : i64
                  %v3878 = llvm.getelementptr %in_C_im[%v3877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3879 = llvm.load %v3878 : !llvm.ptr -> f32
                  %v3880 = arith.mulf %v3879, %v3679 fastmath<contract> : f32
                  %v3881 = arith.addf %v3873, %v3880 fastmath<contract> : f32
                  %v3882 = llvm.load %v231 : !llvm.ptr -> f32
                  %v3883 = arith.mulf %v3882, %v2921 fastmath<contract> : f32
                  %v3884 = arith.addf %v3881, %v3883 fastmath<contract> : f32
                  %v3885 = llvm.load %v294 : !llvm.ptr -> f32
                  %v3886 = arith.mulf %v3885, %v2905 fastmath<contract> : f32
                  %v3887 = arith.addf %v3886, %v3884 fastmath<contract> : f32
                  %v3888 = arith.mulf %v2974, %v3882 fastmath<contract> : f32
                  %v3889 = arith.mulf %v3885, %v2942 fastmath<contract> : f32
                  %v3890 = arith.addf %v3889, %v3888 fastmath<contract> : f32
                  %v3891 = arith.mulf %v2975, %v3882 fastmath<contract> : f32
                  %v3892 = arith.mulf %v3885, %v2943 fastmath<contract> : f32
                  %v3893 = arith.addf %v3892, %v3891 fastmath<contract> : f32
                  %v3894 = arith.constant 6 : i64
                  %v3895 = llvm.getelementptr %in_C_im[%v3894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3896 = llvm.load %v3895 : !llvm.ptr -> f32
                  %v3897 = arith.mulf %v3896, %v3659 fastmath<contract> : f32
                  %v3898 = arith.constant 1 : i64
                  %v3899 = arith.muli %v3898, %v2 : i64
                  %v3900 = arith.constant 6 : i64
                  %v3901 = arith.addi %v3899, %v3900 : i64
                  %v3902 = llvm.getelementptr %in_C_im[%v3901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3903 = llvm.load %v3902 : !llvm.ptr -> f32
                  %v3904 = arith.mulf %v3903, %v3665 fastmath<contract> : f32
                  %v3905 = arith.addf %v3897, %v3904 fastmath<contract> : f32
                  %v3906 = arith.constant 2 : i64
                  %v3907 = arith.muli %v3906, %v2 : i64
                  %v3908 = arith.constant 6 : i64
                  %v3909 = arith.addi %v3907, %v3908 : i64
                  %v3910 = llvm.getelementptr %in_C_im[%v3909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3911 = llvm.load %v3910 : !llvm.ptr -> f32
                  %v3912 = arith.mulf %v3911, %v3672 fastmath<contract> : f32
                  %v3913 = arith.addf %v3905, %v3912 fastmath<contract> : f32
                  %v3914 = arith.constant 3 : i64
                  %v3915 = arith.muli %v3914, %v2 : i64
                  %v3916 = arith.constant 6 : i64
                  %v3917 = arith.addi %v3915, %v3916 : i64
                  %v3918 = llvm.getelementptr %in_C_im[%v3917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3919 = llvm.load %v3918 : !llvm.ptr -> f32
                  %v3920 = arith.mulf %v3919, %v3679 fastmath<contract> : f32
                  %v3921 = arith.addf %v3913, %v3920 fastmath<contract> : f32
                  %v3922 = llvm.load %v233 : !llvm.ptr -> f32
                  %v3923 = arith.mulf %v3922, %v2922 fastmath<contract> : f32
                  %v3924 = arith.addf %v3921, %v3923 fastmath<contract> : f32
                  %v3925 = llvm.load %v296 : !llvm.ptr -> f32
                  %v3926 = arith.mulf %v3925, %v2906 fastmath<contract> : f32
                  %v3927 = arith.addf %v3926, %v3924 fastmath<contract> : f32
                  %v3928 = arith.mulf %v2976, %v3922 fastmath<contract> : f32
                  %v3929 = arith.mulf %v3925, %v2944 fastmath<contract> : f32
                  %v3930 = arith.addf %v3929, %v3928 fastmath<contract> : f32
                  %v3931 = arith.mulf %v2977, %v3922 fastmath<contract> : f32
                  %v3932 = arith.mulf %v3925, %v2945 fastmath<contract> : f32
                  %v3933 = arith.addf %v3932, %v3931 fastmath<contract> : f32
                  %v3934 = arith.constant 7 : i64
                  %v3935 = llvm.getelementptr %in_C_im[%v3934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3936 = llvm.load %v3935 : !llvm.ptr -> f32
                  %v3937 = arith.mulf %v3936, %v3659 fastmath<contract> : f32
                  %v3938 = arith.constant 1 : i64
                  %v3939 = arith.muli %v3938, %v2 : i64
                  %v3940 = arith.constant 7 : i64
                  %v3941 = arith.addi %v3939, %v3940 : i64
                  %v3942 = llvm.getelementptr %in_C_im[%v3941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3943 = llvm.load %v3942 : !llvm.ptr -> f32
                  %v3944 = arith.mulf %v3943, %v3665 fastmath<contract> : f32
                  %v3945 = arith.addf %v3937, %v3944 fastmath<contract> : f32
                  %v3946 = arith.constant 2 : i64
                  %v3947 = arith.muli %v3946, %v2 : i64
                  %v3948 = arith.constant 7 : i64
                  %v3949 = arith.addi %v3947, %v3948 : i64
                  %v3950 = llvm.getelementptr %in_C_im[%v3949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3951 = llvm.load %v3950 : !llvm.ptr -> f32
                  %v3952 = arith.mulf %v3951, %v3672 fastmath<contract> : f32
                  %v3953 = arith.addf %v3945, %v3952 fastmath<contract> : f32
                  %v3954 = arith.constant 3 : i64
                  %v3955 = arith.muli %v3954, %v2 : i64
                  %v3956 = arith.constant 7 : i64
                  %v3957 = arith.addi %v3955, %v3956 : i64
                  %v3958 = llvm.getelementptr %in_C_im[%v3957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3959 = llvm.load %v3958 : !llvm.ptr -> f32
                  %v3960 = arith.mulf %v3959, %v3679 fastmath<contract> : f32
                  %v3961 = arith.addf %v3953, %v3960 fastmath<contract> : f32
                  %v3962 = llvm.load %v235 : !llvm.ptr -> f32
                  %v3963 = arith.mulf %v3962, %v2923 fastmath<contract> : f32
                  %v3964 = arith.addf %v3961, %v3963 fastmath<contract> : f32
                  %v3965 = llvm.load %v298 : !llvm.ptr -> f32
                  %v3966 = arith.mulf %v3965, %v2907 fastmath<contract> : f32
                  %v3967 = arith.addf %v3966, %v3964 fastmath<contract> : f32
                  %v3968 = arith.mulf %v2978, %v3962 fastmath<contract> : f32
                  %v3969 = arith.mulf %v3965, %v2946 fastmath<contract> : f32
                  %v3970 = arith.addf %v3969, %v3968 fastmath<contract> : f32
                  %v3971 = arith.mulf %v2979, %v3962 fastmath<contract> : f32
                  %v3972 = arith.mulf %v3965, %v2947 fastmath<contract> : f32
                  %v3973 = arith.addf %v3972, %v3971 fastmath<contract> : f32
                  %v3974 = arith.constant 8 : i64
                  %v3975 = llvm.getelementptr %in_C_im[%v3974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3976 = llvm.load %v3975 : !llvm.ptr -> f32
                  %v3977 = arith.mulf %v3976, %v3659 fastmath<contract> : f32
                  %v3978 = arith.constant 1 : i64
                  %v3979 = arith.muli %v3978, %v2 : i64
                  %v3980 = arith.constant 8 : i64
                  %v3981 = arith.addi %v3979, %v3980 : i64
                  %v3982 = llvm.getelementptr %in_C_im[%v3981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3983 = llvm.load %v3982 : !llvm.ptr -> f32
                  %v3984 = arith.mulf %v3983, %v3665 fastmath<contract> : f32
                  %v3985 = arith.addf %v3977, %v3984 fastmath<contract> : f32
                  %v3986 = arith.constant 2 : i64
                  %v3987 = arith.muli %v3986, %v2 : i64
                  %v3988 = arith.constant 8 : i64
                  %v3989 = arith.addi %v3987, %v3988 : i64
                  %v3990 = llvm.getelementptr %in_C_im[%v3989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3991 = llvm.load %v3990 : !llvm.ptr -> f32
                  %v3992 = arith.mulf %v3991, %v3672 fastmath<contract> : f32
                  %v3993 = arith.addf %v3985, %v3992 fastmath<contract> : f32
                  %v3994 = arith.constant 3 : i64
                  %v3995 = arith.muli %v3994, %v2 : i64
                  %v3996 = arith.constant 8 : i64
                  %v3997 = arith.addi %v3995, %v3996 : i64
                  %v3998 = llvm.getelementptr %in_C_im[%v3997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3999 = llvm.load %v3998 : !llvm.ptr -> f32
                  %v4000 = arith.mulf %v3999, %v3679 fastmath<contract> : f32
                  %v4001 = arith.addf %v3993, %v4000 fastmath<contract> : f32
                  %v4002 = llvm.load %v237 : !llvm.ptr -> f32
                  %v4003 = arith.mulf %v4002, %v2924 fastmath<contract> : f32
                  %v4004 = arith.addf %v4001, %v4003 fastmath<contract> : f32
                  %v4005 = llvm.load %v300 : !llvm.ptr -> f32
                  %v4006 = arith.mulf %v4005, %v2908 fastmath<contract> : f32
                  %v4007 = arith.addf %v4006, %v4004 fastmath<contract> : f32
                  %v4008 = arith.mulf %v2980, %v4002 fastmath<contract> : f32
                  %v4009 = arith.mulf %v4005, %v2948 fastmath<contract> : f32
                  %v4010 = arith.addf %v4009, %v4008 fastmath<contract> : f32
                  %v4011 = arith.mulf %v2981, %v4002 fastmath<contract> : f32
                  %v4012 = arith.mulf %v4005, %v2949 fastmath<contract> : f32
                  %v4013 = arith.addf %v4012, %v4011 fastmath<contract> : f32
                  %v4014 = arith.constant 9 : i64
                  %v4015 = llvm.getelementptr %in_C_im[%v4014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4016 = llvm.load %v4015 : !llvm.ptr -> f32
                  %v4017 = arith.mulf %v4016, %v3659 fastmath<contract> : f32
                  %v4018 = arith.constant 1 : i64
                  %v4019 = arith.muli %v4018, %v2 : i64
                  %v4020 = arith.constant 9 : i64
                  %v4021 = arith.addi %v4019, %v4020 : i64
                  %v4022 = llvm.getelementptr %in_C_im[%v4021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4023 = llvm.load %v4022 : !llvm.ptr -> f32
                  %v4024 = arith.mulf %v4023, %v3665 fastmath<contract> : f32
                  %v4025 = arith.addf %v4017, %v4024 fastmath<contract> : f32
                  %v4026 = arith.constant 2 : i64
                  %v4027 = arith.muli %v4026, %v2 : i64
                  %v4028 = arith.constant 9 : i64
                  %v4029 = arith.addi %v4027, %v4028 : i64
                  %v4030 = llvm.getelementptr %in_C_im[%v4029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4031 = llvm.load %v4030 : !llvm.ptr -> f32
                  %v4032 = arith.mulf %v4031, %v3672 fastmath<contract> : f32
                  %v4033 = arith.addf %v4025, %v4032 fastmath<contract> : f32
                  %v4034 = arith.constant 3 : i64
                  %v4035 = arith.muli %v4034, %v2 : i64
                  %v4036 = arith.constant 9 : i64
                  %v4037 = arith.addi %v4035, %v4036 : i64
                  %v4038 = llvm.getelementptr %in_C_im[%v4037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4039 = llvm.load %v4038 : !llvm.ptr -> f32
                  %v4040 = arith.mulf %v4039, %v3679 fastmath<contract> : f32
                  %v4041 = arith.addf %v4033, %v4040 fastmath<contract> : f32
                  %v4042 = llvm.load %v239 : !llvm.ptr -> f32
                  %v4043 = arith.mulf %v4042, %v2925 fastmath<contract> : f32
                  %v4044 = arith.addf %v4041, %v4043 fastmath<contract> : f32
                  %v4045 = llvm.load %v302 : !llvm.ptr -> f32
                  %v4046 = arith.mulf %v4045, %v2909 fastmath<contract> : f32
                  %v4047 = arith.addf %v4046, %v4044 fastmath<contract> : f32
                  %v4048 = arith.mulf %v2982, %v4042 fastmath<contract> : f32
                  %v4049 = arith.mulf %v4045, %v2950 fastmath<contract> : f32
                  %v4050 = arith.addf %v4049, %v4048 fastmath<contract> : f32
                  %v4051 = arith.mulf %v2983, %v4042 fastmath<contract> : f32
                  %v4052 = arith.mulf %v4045, %v2951 fastmath<contract> : f32
                  %v4053 = arith.addf %v4052, %v4051 fastmath<contract> : f32
                  %v4054 = arith.constant 10 : i64
                  %v4055 = llvm.getelementptr %in_C_im[%v4054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4056 = llvm.load %v4055 : !llvm.ptr -> f32
                  %v4057 = arith.mulf %v4056, %v3659 fastmath<contract> : f32
                  %v4058 = arith.constant 1 : i64
                  %v4059 = arith.muli %v4058, %v2 : i64
                  %v4060 = arith.constant 10 : i64
                  %v4061 = arith.addi %v4059, %v4060 : i64
                  %v4062 = llvm.getelementptr %in_C_im[%v4061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4063 = llvm.load %v4062 : !llvm.ptr -> f32
                  %v4064 = arith.mulf %v4063, %v3665 fastmath<contract> : f32
                  %v4065 = arith.addf %v4057, %v4064 fastmath<contract> : f32
                  %v4066 = arith.constant 2 : i64
                  %v4067 = arith.muli %v4066, %v2 : i64
                  %v4068 = arith.constant 10 : i64
                  %v4069 = arith.addi %v4067, %v4068 : i64
                  %v4070 = llvm.getelementptr %in_C_im[%v4069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4071 = llvm.load %v4070 : !llvm.ptr -> f32
                  %v4072 = arith.mulf %v4071, %v3672 fastmath<contract> : f32
                  %v4073 = arith.addf %v4065, %v4072 fastmath<contract> : f32
                  %v4074 = arith.constant 3 : i64
                  %v4075 = arith.muli %v4074, %v2 : i64
                  %v4076 = arith.constant 10 : i64
                  %v4077 = arith.addi %v4075, %v4076 : i64
                  %v4078 = llvm.getelementptr %in_C_im[%v4077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4079 = llvm.load %v4078 : !llvm.ptr -> f32
                  %v4080 = arith.mulf %v4079, %v3679 fastmath<contract> : f32
                  %v4081 = arith.addf %v4073, %v4080 fastmath<contract> : f32
                  %v4082 = llvm.load %v241 : !llvm.ptr -> f32
                  %v4083 = arith.mulf %v4082, %v2926 fastmath<contract> : f32
                  %v4084 = arith.addf %v4081, %v4083 fastmath<contract> : f32
                  %v4085 = llvm.load %v304 : !llvm.ptr -> f32
                  %v4086 = arith.mulf %v4085, %v2910 fastmath<contract> : f32
                  %v4087 = arith.addf %v4086, %v4084 fastmath<contract> : f32
                  %v4088 = arith.mulf %v2984, %v4082 fastmath<contract> : f32
                  %v4089 = arith.mulf %v4085, %v2952 fastmath<contract> : f32
                  %v4090 = arith.addf %v4089, %v4088 fastmath<contract> : f32
                  %v4091 = arith.mulf %v2985, %v4082 fastmath<contract> : f32
                  %v4092 = arith.mulf %v4085, %v2953 fastmath<contract> : f32
                  %v4093 = arith.addf %v4092, %v4091 fastmath<contract> : f32
                  %v4094 = arith.constant 11 : i64
                  %v4095 = llvm.getelementptr %in_C_im[%v4094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4096 = llvm.load %v4095 : !llvm.ptr -> f32
                  %v4097 = arith.mulf %v4096, %v3659 fastmath<contract> : f32
                  %v4098 = arith.constant 1 : i64
                  %v4099 = arith.muli %v4098, %v2 : i64
                  %v4100 = arith.constant 11 : i64
                  %v4101 = arith.addi %v4099, %v4100 : i64
                  %v4102 = llvm.getelementptr %in_C_im[%v4101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4103 = llvm.load %v4102 : !llvm.ptr -> f32
                  %v4104 = arith.mulf %v4103, %v3665 fastmath<contract> : f32
                  %v4105 = arith.addf %v4097, %v4104 fastmath<contract> : f32
                  %v4106 = arith.constant 2 : i64
                  %v4107 = arith.muli %v4106, %v2 : i64
                  %v4108 = arith.constant 11 : i64
                  %v4109 = arith.addi %v4107, %v4108 : i64
                  %v4110 = llvm.getelementptr %in_C_im[%v4109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4111 = llvm.load %v4110 : !llvm.ptr -> f32
                  %v4112 = arith.mulf %v4111, %v3672 fastmath<contract> : f32
                  %v4113 = arith.addf %v4105, %v4112 fastmath<contract> : f32
                  %v4114 = arith.constant 3 : i64
                  %v4115 = arith.muli %v4114, %v2 : i64
                  %v4116 = arith.constant 11 : i64
                  %v4117 = arith.addi %v4115, %v4116 : i64
                  %v4118 = llvm.getelementptr %in_C_im[%v4117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4119 = llvm.load %v4118 : !llvm.ptr -> f32
                  %v4120 = arith.mulf %v4119, %v3679 fastmath<contract> : f32
                  %v4121 = arith.addf %v4113, %v4120 fastmath<contract> : f32
                  %v4122 = llvm.load %v243 : !llvm.ptr -> f32
                  %v4123 = arith.mulf %v4122, %v2927 fastmath<contract> : f32
                  %v4124 = arith.addf %v4121, %v4123 fastmath<contract> : f32
                  %v4125 = llvm.load %v306 : !llvm.ptr -> f32
                  %v4126 = arith.mulf %v4125, %v2911 fastmath<contract> : f32
                  %v4127 = arith.addf %v4126, %v4124 fastmath<contract> : f32
                  %v4128 = arith.mulf %v2986, %v4122 fastmath<contract> : f32
                  %v4129 = arith.mulf %v4125, %v2954 fastmath<contract> : f32
                  %v4130 = arith.addf %v4129, %v4128 fastmath<contract> : f32
                  %v4131 = arith.mulf %v2987, %v4122 fastmath<contract> : f32
                  %v4132 = arith.mulf %v4125, %v2955 fastmath<contract> : f32
                  %v4133 = arith.addf %v4132, %v4131 fastmath<contract> : f32
                  %v4134 = arith.constant 12 : i64
                  %v4135 = llvm.getelementptr %in_C_im[%v4134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4136 = llvm.load %v4135 : !llvm.ptr -> f32
                  %v4137 = arith.mulf %v4136, %v3659 fastmath<contract> : f32
                  %v4138 = arith.constant 1 : i64
                  %v4139 = arith.muli %v4138, %v2 : i64
                  %v4140 = arith.constant 12 : i64
                  %v4141 = arith.addi %v4139, %v4140 : i64
                  %v4142 = llvm.getelementptr %in_C_im[%v4141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4143 = llvm.load %v4142 : !llvm.ptr -> f32
                  %v4144 = arith.mulf %v4143, %v3665 fastmath<contract> : f32
                  %v4145 = arith.addf %v4137, %v4144 fastmath<contract> : f32
                  %v4146 = arith.constant 2 : i64
                  %v4147 = arith.muli %v4146, %v2 : i64
                  %v4148 = arith.constant 12 : i64
                  %v4149 = arith.addi %v4147, %v4148 : i64
                  %v4150 = llvm.getelementptr %in_C_im[%v4149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4151 = llvm.load %v4150 : !llvm.ptr -> f32
                  %v4152 = arith.mulf %v4151, %v3672 fastmath<contract> : f32
                  %v4153 = arith.addf %v4145, %v4152 fastmath<contract> : f32
                  %v4154 = arith.constant 3 : i64
                  %v4155 = arith.muli %v4154, %v2 : i64
                  %v4156 = arith.constant 12 : i64
                  %v4157 = arith.addi %v4155, %v4156 : i64
                  %v4158 = llvm.getelementptr %in_C_im[%v4157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4159 = llvm.load %v4158 : !llvm.ptr -> f32
                  %v4160 = arith.mulf %v4159, %v3679 fastmath<contract> : f32
                  %v4161 = arith.addf %v4153, %v4160 fastmath<contract> : f32
                  %v4162 = llvm.load %v245 : !llvm.ptr -> f32
                  %v4163 = arith.mulf %v4162, %v2928 fastmath<contract> : f32
                  %v4164 = arith.addf %v4161, %v4163 fastmath<contract> : f32
                  %v4165 = llvm.load %v308 : !llvm.ptr -> f32
                  %v4166 = arith.mulf %v4165, %v2912 fastmath<contract> : f32
                  %v4167 = arith.addf %v4166, %v4164 fastmath<contract> : f32
                  %v4168 = arith.mulf %v2988, %v4162 fastmath<contract> : f32
                  %v4169 = arith.mulf %v4165, %v2956 fastmath<contract> : f32
                  %v4170 = arith.addf %v4169, %v4168 fastmath<contract> : f32
                  %v4171 = arith.mulf %v2989, %v4162 fastmath<contract> : f32
                  %v4172 = arith.mulf %v4165, %v2957 fastmath<contract> : f32
                  %v4173 = arith.addf %v4172, %v4171 fastmath<contract> : f32
                  %v4174 = arith.constant 13 : i64
                  %v4175 = llvm.getelementptr %in_C_im[%v4174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4176 = llvm.load %v4175 : !llvm.ptr -> f32
                  %v4177 = arith.mulf %v4176, %v3659 fastmath<contract> : f32
                  %v4178 = arith.constant 1 : i64
                  %v4179 = arith.muli %v4178, %v2 : i64
                  %v4180 = arith.constant 13 : i64
                  %v4181 = arith.addi %v4179, %v4180 : i64
                  %v4182 = llvm.getelementptr %in_C_im[%v4181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4183 = llvm.load %v4182 : !llvm.ptr -> f32
                  %v4184 = arith.mulf %v4183, %v3665 fastmath<contract> : f32
                  %v4185 = arith.addf %v4177, %v4184 fastmath<contract> : f32
                  %v4186 = arith.constant 2 : i64
                  %v4187 = arith.muli %v4186, %v2 : i64
                  %v4188 = arith.constant 13 : i64
                  %v4189 = arith.addi %v4187, %v4188 : i64
                  %v4190 = llvm.getelementptr %in_C_im[%v4189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4191 = llvm.load %v4190 : !llvm.ptr -> f32
                  %v4192 = arith.mulf %v4191, %v3672 fastmath<contract> : f32
                  %v4193 = arith.addf %v4185, %v4192 fastmath<contract> : f32
                  %v4194 = arith.constant 3 : i64
                  %v4195 = arith.muli %v4194, %v2 : i64
                  %v4196 = arith.constant 13 : i64
                  %v4197 = arith.addi %v4195, %v4196 : i64
                  %v4198 = llvm.getelementptr %in_C_im[%v4197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4199 = llvm.load %v4198 : !llvm.ptr -> f32
                  %v4200 = arith.mulf %v4199, %v3679 fastmath<contract> : f32
                  %v4201 = arith.addf %v4193, %v4200 fastmath<contract> : f32
                  %v4202 = llvm.load %v247 : !llvm.ptr -> f32
                  %v4203 = arith.mulf %v4202, %v2929 fastmath<contract> : f32
                  %v4204 = arith.addf %v4201, %v4203 fastmath<contract> : f32
                  %v4205 = llvm.load %v310 : !llvm.ptr -> f32
                  %v4206 = arith.mulf %v4205, %v2913 fastmath<contract> : f32
                  %v4207 = arith.addf %v4206, %v4204 fastmath<contract> : f32
                  %v4208 = arith.mulf %v2990, %v4202 fastmath<contract> : f32
                  %v4209 = arith.mulf %v4205, %v2958 fastmath<contract> : f32
                  %v4210 = arith.addf %v4209, %v4208 fastmath<contract> : f32
                  %v4211 = arith.mulf %v2991, %v4202 fastmath<contract> : f32
                  %v4212 = arith.mulf %v4205, %v2959 fastmath<contract> : f32
                  %v4213 = arith.addf %v4212, %v4211 fastmath<contract> : f32
                  %v4214 = arith.constant 14 : i64
                  %v4215 = llvm.getelementptr %in_C_im[%v4214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4216 = llvm.load %v4215 : !llvm.ptr -> f32
                  %v4217 = arith.mulf %v4216, %v3659 fastmath<contract> : f32
                  %v4218 = arith.constant 1 : i64
                  %v4219 = arith.muli %v4218, %v2 : i64
                  %v4220 = arith.constant 14 : i64
                  %v4221 = arith.addi %v4219, %v4220 : i64
                  %v4222 = llvm.getelementptr %in_C_im[%v4221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4223 = llvm.load %v4222 : !llvm.ptr -> f32
                  %v4224 = arith.mulf %v4223, %v3665 fastmath<contract> : f32
                  %v4225 = arith.addf %v4217, %v4224 fastmath<contract> : f32
                  %v4226 = arith.constant 2 : i64
                  %v4227 = arith.muli %v4226, %v2 : i64
                  %v4228 = arith.constant 14 : i64
                  %v4229 = arith.addi %v4227, %v4228 : i64
                  %v4230 = llvm.getelementptr %in_C_im[%v4229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4231 = llvm.load %v4230 : !llvm.ptr -> f32
                  %v4232 = arith.mulf %v4231, %v3672 fastmath<contract> : f32
                  %v4233 = arith.addf %v4225, %v4232 fastmath<contract> : f32
                  %v4234 = arith.constant 3 : i64
                  %v4235 = arith.muli %v4234, %v2 : i64
                  %v4236 = arith.constant 14 : i64
                  %v4237 = arith.addi %v4235, %v4236 : i64
                  %v4238 = llvm.getelementptr %in_C_im[%v4237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4239 = llvm.load %v4238 : !llvm.ptr -> f32
                  %v4240 = arith.mulf %v4239, %v3679 fastmath<contract> : f32
                  %v4241 = arith.addf %v4233, %v4240 fastmath<contract> : f32
                  %v4242 = llvm.load %v249 : !llvm.ptr -> f32
                  %v4243 = arith.mulf %v4242, %v2930 fastmath<contract> : f32
                  %v4244 = arith.addf %v4241, %v4243 fastmath<contract> : f32
                  %v4245 = llvm.load %v312 : !llvm.ptr -> f32
                  %v4246 = arith.mulf %v4245, %v2914 fastmath<contract> : f32
                  %v4247 = arith.addf %v4246, %v4244 fastmath<contract> : f32
                  %v4248 = arith.mulf %v2992, %v4242 fastmath<contract> : f32
                  %v4249 = arith.mulf %v4245, %v2960 fastmath<contract> : f32
                  %v4250 = arith.addf %v4249, %v4248 fastmath<contract> : f32
                  %v4251 = arith.mulf %v2993, %v4242 fastmath<contract> : f32
                  %v4252 = arith.mulf %v4245, %v2961 fastmath<contract> : f32
                  %v4253 = arith.addf %v4252, %v4251 fastmath<contract> : f32
                  %v4254 = arith.constant 15 : i64
                  %v4255 = llvm.getelementptr %in_C_im[%v4254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4256 = llvm.load %v4255 : !llvm.ptr -> f32
                  %v4257 = arith.mulf %v4256, %v3659 fastmath<contract> : f32
                  %v4258 = arith.constant 1 : i64
                  %v4259 = arith.muli %v4258, %v2 : i64
                  %v4260 = arith.constant 15 : i64
                  %v4261 = arith.addi %v4259, %v4260 : i64
                  %v4262 = llvm.getelementptr %in_C_im[%v4261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4263 = llvm.load %v4262 : !llvm.ptr -> f32
                  %v4264 = arith.mulf %v4263, %v3665 fastmath<contract> : f32
                  %v4265 = arith.addf %v4257, %v4264 fastmath<contract> : f32
                  %v4266 = arith.constant 2 : i64
                  %v4267 = arith.muli %v4266, %v2 : i64
                  %v4268 = arith.constant 15 : i64
                  %v4269 = arith.addi %v4267, %v4268 : i64
                  %v4270 = llvm.getelementptr %in_C_im[%v4269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4271 = llvm.load %v4270 : !llvm.ptr -> f32
                  %v4272 = arith.mulf %v4271, %v3672 fastmath<contract> : f32
                  %v4273 = arith.addf %v4265, %v4272 fastmath<contract> : f32
                  %v4274 = arith.constant 3 : i64
                  %v4275 = arith.muli %v4274, %v2 : i64
                  %v4276 = arith.constant 15 : i64
                  %v4277 = arith.addi %v4275, %v4276 : i64
                  %v4278 = llvm.getelementptr %in_C_im[%v4277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4279 = llvm.load %v4278 : !llvm.ptr -> f32
                  %v4280 = arith.mulf %v4279, %v3679 fastmath<contract> : f32
                  %v4281 = arith.addf %v4273, %v4280 fastmath<contract> : f32
                  %v4282 = llvm.load %v250 : !llvm.ptr -> f32
                  %v4283 = arith.mulf %v4282, %v2931 fastmath<contract> : f32
                  %v4284 = arith.addf %v4281, %v4283 fastmath<contract> : f32
                  %v4285 = llvm.load %v314 : !llvm.ptr -> f32
                  %v4286 = arith.mulf %v4285, %v2915 fastmath<contract> : f32
                  %v4287 = arith.addf %v4286, %v4284 fastmath<contract> : f32
                  %v4288 = arith.mulf %v2994, %v4282 fastmath<contract> : f32
                  %v4289 = arith.mulf %v4285, %v2962 fastmath<contract> : f32
                  %v4290 = arith.addf %v4289, %v4288 fastmath<contract> : f32
                  %v4291 = arith.mulf %v2995, %v4282 fastmath<contract> : f32
                  %v4292 = arith.mulf %v4285, %v2963 fastmath<contract> : f32
                  %v4293 = arith.addf %v4292, %v4291 fastmath<contract> : f32
                  llvm.store %v3049, %v128 : f32, !llvm.ptr
                  llvm.store %v3052, %v899 : f32, !llvm.ptr
                  llvm.store %v3055, %v900 : f32, !llvm.ptr
                  llvm.store %v3089, %v129 : f32, !llvm.ptr
                  llvm.store %v3092, %v901 : f32, !llvm.ptr
                  llvm.store %v3095, %v902 : f32, !llvm.ptr
                  llvm.store %v3129, %v131 : f32, !llvm.ptr
                  llvm.store %v3132, %v903 : f32, !llvm.ptr
                  llvm.store %v3135, %v904 : f32, !llvm.ptr
                  llvm.store %v3169, %v133 : f32, !llvm.ptr
                  llvm.store %v3172, %v905 : f32, !llvm.ptr
                  llvm.store %v3175, %v906 : f32, !llvm.ptr
                  llvm.store %v3209, %v134 : f32, !llvm.ptr
                  llvm.store %v3212, %v907 : f32, !llvm.ptr
                  llvm.store %v3215, %v908 : f32, !llvm.ptr
                  llvm.store %v3249, %v136 : f32, !llvm.ptr
                  llvm.store %v3252, %v909 : f32, !llvm.ptr
                  llvm.store %v3255, %v910 : f32, !llvm.ptr
                  llvm.store %v3289, %v138 : f32, !llvm.ptr
                  llvm.store %v3292, %v911 : f32, !llvm.ptr
                  llvm.store %v3295, %v912 : f32, !llvm.ptr
                  llvm.store %v3329, %v140 : f32, !llvm.ptr
                  llvm.store %v3332, %v913 : f32, !llvm.ptr
                  llvm.store %v3335, %v914 : f32, !llvm.ptr
                  llvm.store %v3369, %v142 : f32, !llvm.ptr
                  llvm.store %v3372, %v915 : f32, !llvm.ptr
                  llvm.store %v3375, %v916 : f32, !llvm.ptr
                  llvm.store %v3409, %v144 : f32, !llvm.ptr
                  llvm.store %v3412, %v917 : f32, !llvm.ptr
                  llvm.store %v3415, %v918 : f32, !llvm.ptr
                  llvm.store %v3449, %v146 : f32, !llvm.ptr
                  llvm.store %v3452, %v919 : f32, !llvm.ptr
                  llvm.store %v3455, %v920 : f32, !llvm.ptr
                  llvm.store %v3489, %v148 : f32, !llvm.ptr
                  llvm.store %v3492, %v921 : f32, !llvm.ptr
                  llvm.store %v3495, %v922 : f32, !llvm.ptr
                  llvm.store %v3529, %v150 : f32, !llvm.ptr
                  llvm.store %v3532, %v923 : f32, !llvm.ptr
                  llvm.store %v3535, %v924 : f32, !llvm.ptr
                  llvm.store %v3569, %v152 : f32, !llvm.ptr
                  llvm.store %v3572, %v925 : f32, !llvm.ptr
                  llvm.store %v3575, %v926 : f32, !llvm.ptr
                  llvm.store %v3609, %v154 : f32, !llvm.ptr
                  llvm.store %v3612, %v927 : f32, !llvm.ptr
                  llvm.store %v3615, %v928 : f32, !llvm.ptr
                  llvm.store %v3649, %v156 : f32, !llvm.ptr
                  llvm.store %v3652, %v929 : f32, !llvm.ptr
                  llvm.store %v3655, %v930 : f32, !llvm.ptr
                  llvm.store %v3687, %v157 : f32, !llvm.ptr
                  llvm.store %v3690, %v931 : f32, !llvm.ptr
                  llvm.store %v3693, %v932 : f32, !llvm.ptr
                  llvm.store %v3727, %v159 : f32, !llvm.ptr
                  llvm.store %v3730, %v933 : f32, !llvm.ptr
                  llvm.store %v3733, %v934 : f32, !llvm.ptr
                  llvm.store %v3767, %v161 : f32, !llvm.ptr
                  llvm.store %v3770, %v935 : f32, !llvm.ptr
                  llvm.store %v3773, %v936 : f32, !llvm.ptr
                  llvm.store %v3807, %v163 : f32, !llvm.ptr
                  llvm.store %v3810, %v937 : f32, !llvm.ptr
                  llvm.store %v3813, %v938 : f32, !llvm.ptr
                  llvm.store %v3847, %v165 : f32, !llvm.ptr
                  llvm.store %v3850, %v939 : f32, !llvm.ptr
                  llvm.store %v3853, %v940 : f32, !llvm.ptr
                  llvm.store %v3887, %v167 : f32, !llvm.ptr
                  llvm.store %v3890, %v941 : f32, !llvm.ptr
                  llvm.store %v3893, %v942 : f32, !llvm.ptr
                  llvm.store %v3927, %v169 : f32, !llvm.ptr
                  llvm.store %v3930, %v943 : f32, !llvm.ptr
                  llvm.store %v3933, %v944 : f32, !llvm.ptr
                  llvm.store %v3967, %v171 : f32, !llvm.ptr
                  llvm.store %v3970, %v945 : f32, !llvm.ptr
                  llvm.store %v3973, %v946 : f32, !llvm.ptr
                  llvm.store %v4007, %v173 : f32, !llvm.ptr
                  llvm.store %v4010, %v947 : f32, !llvm.ptr
                  llvm.store %v4013, %v948 : f32, !llvm.ptr
                  llvm.store %v4047, %v175 : f32, !llvm.ptr
                  llvm.store %v4050, %v949 : f32, !llvm.ptr
                  llvm.store %v4053, %v950 : f32, !llvm.ptr
                  llvm.store %v4087, %v177 : f32, !llvm.ptr
                  llvm.store %v4090, %v951 : f32, !llvm.ptr
                  llvm.store %v4093, %v952 : f32, !llvm.ptr
                  llvm.store %v4127, %v179 : f32, !llvm.ptr
                  llvm.store %v4130, %v953 : f32, !llvm.ptr
                  llvm.store %v4133, %v954 : f32, !llvm.ptr
                  llvm.store %v4167, %v181 : f32, !llvm.ptr
                  llvm.store %v4170, %v955 : f32, !llvm.ptr
                  llvm.store %v4173, %v956 : f32, !llvm.ptr
                  llvm.store %v4207, %v183 : f32, !llvm.ptr
                  llvm.store %v4210, %v957 : f32, !llvm.ptr
                  llvm.store %v4213, %v958 : f32, !llvm.ptr
                  llvm.store %v4247, %v185 : f32, !llvm.ptr
                  llvm.store %v4250, %v959 : f32, !llvm.ptr
                  llvm.store %v4253, %v960 : f32, !llvm.ptr
                  llvm.store %v4287, %v187 : f32, !llvm.ptr
                  llvm.store %v4290, %v961 : f32, !llvm.ptr
                  llvm.store %v4293, %v962 : f32, !llvm.ptr
                  scf.if %v2898 {
                  }
                  %v4294 = arith.constant 0 : i64
                  %v4295 = llvm.getelementptr %in_nu_log[%v4294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4296 = llvm.load %v4295 : !llvm.ptr -> f32
                  %v4297 = arith.mulf %v4296, %v2408 fastmath<contract> : f32
                  %v4298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4297) : (f32) -> f32
                  %v4299 = arith.negf %v4298 : f32
                  %v4300 = arith.mulf %v4299, %v2408 fastmath<contract> : f32
                  %v4301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4300) : (f32) -> f32
                  %v4302 = arith.constant 0 : i64
                  %v4303 = llvm.getelementptr %in_theta_log[%v4302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4304 = llvm.load %v4303 : !llvm.ptr -> f32
                  %v4305 = arith.mulf %v4304, %v2408 fastmath<contract> : f32
                  %v4306 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4305) : (f32) -> f32
                  %v4307 = arith.mulf %v4306, %v2419 fastmath<contract> : f32
                  %v4308 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4307) : (f32) -> f32
                  %v4309 = arith.mulf %v4308, %v2422 fastmath<contract> : f32
                  %v4310 = arith.subf %v4306, %v4309 fastmath<contract> : f32
                  %v4311 = arith.mulf %v4308, %v2423 fastmath<contract> : f32
                  %v4312 = arith.subf %v4310, %v4311 fastmath<contract> : f32
                  %v4313 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4312) : (f32) -> f32
                  %v4314 = arith.mulf %v4301, %v4313 fastmath<contract> : f32
                  llvm.store %v4314, %v189 : f32, !llvm.ptr
                  %v4315 = arith.mulf %v4306, %v2419 fastmath<contract> : f32
                  %v4316 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4315) : (f32) -> f32
                  %v4317 = arith.mulf %v4316, %v2422 fastmath<contract> : f32
                  %v4318 = arith.subf %v4306, %v4317 fastmath<contract> : f32
                  %v4319 = arith.mulf %v4316, %v2423 fastmath<contract> : f32
                  %v4320 = arith.subf %v4318, %v4319 fastmath<contract> : f32
                  %v4321 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4320) : (f32) -> f32
                  %v4322 = arith.mulf %v4301, %v4321 fastmath<contract> : f32
                  llvm.store %v4322, %v252 : f32, !llvm.ptr
                  %v4323 = arith.constant 1 : i64
                  %v4324 = llvm.getelementptr %in_nu_log[%v4323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4325 = llvm.load %v4324 : !llvm.ptr -> f32
                  %v4326 = arith.mulf %v4325, %v2408 fastmath<contract> : f32
                  %v4327 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4326) : (f32) -> f32
                  %v4328 = arith.negf %v4327 : f32
                  %v4329 = arith.mulf %v4328, %v2408 fastmath<contract> : f32
                  %v4330 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4329) : (f32) -> f32
                  %v4331 = arith.constant 1 : i64
                  %v4332 = llvm.getelementptr %in_theta_log[%v4331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4333 = llvm.load %v4332 : !llvm.ptr -> f32
                  %v4334 = arith.mulf %v4333, %v2408 fastmath<contract> : f32
                  %v4335 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4334) : (f32) -> f32
                  %v4336 = arith.mulf %v4335, %v2419 fastmath<contract> : f32
                  %v4337 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4336) : (f32) -> f32
                  %v4338 = arith.mulf %v4337, %v2422 fastmath<contract> : f32
                  %v4339 = arith.subf %v4335, %v4338 fastmath<contract> : f32
                  %v4340 = arith.mulf %v4337, %v2423 fastmath<contract> : f32
                  %v4341 = arith.subf %v4339, %v4340 fastmath<contract> : f32
                  %v4342 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4341) : (f32) -> f32
                  %v4343 = arith.mulf %v4330, %v4342 fastmath<contract> : f32
                  llvm.store %v4343, %v191 : f32, !llvm.ptr
                  %v4344 = arith.mulf %v4335, %v2419 fastmath<contract> : f32
                  %v4345 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4344) : (f32) -> f32
                  %v4346 = arith.mulf %v4345, %v2422 fastmath<contract> : f32
                  %v4347 = arith.subf %v4335, %v4346 fastmath<contract> : f32
                  %v4348 = arith.mulf %v4345, %v2423 fastmath<contract> : f32
                  %v4349 = arith.subf %v4347, %v4348 fastmath<contract> : f32
                  %v4350 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4349) : (f32) -> f32
                  %v4351 = arith.mulf %v4330, %v4350 fastmath<contract> : f32
                  llvm.store %v4351, %v254 : f32, !llvm.ptr
                  %v4352 = arith.constant 2 : i64
                  %v4353 = llvm.getelementptr %in_nu_log[%v4352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4354 = llvm.load %v4353 : !llvm.ptr -> f32
                  %v4355 = arith.mulf %v4354, %v2408 fastmath<contract> : f32
                  %v4356 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4355) : (f32) -> f32
                  %v4357 = arith.negf %v4356 : f32
                  %v4358 = arith.mulf %v4357, %v2408 fastmath<contract> : f32
                  %v4359 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4358) : (f32) -> f32
                  %v4360 = arith.constant 2 : i64
                  %v4361 = llvm.getelementptr %in_theta_log[%v4360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4362 = llvm.load %v4361 : !llvm.ptr -> f32
                  %v4363 = arith.mulf %v4362, %v2408 fastmath<contract> : f32
                  %v4364 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4363) : (f32) -> f32
                  %v4365 = arith.mulf %v4364, %v2419 fastmath<contract> : f32
                  %v4366 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4365) : (f32) -> f32
                  %v4367 = arith.mulf %v4366, %v2422 fastmath<contract> : f32
                  %v4368 = arith.subf %v4364, %v4367 fastmath<contract> : f32
                  %v4369 = arith.mulf %v4366, %v2423 fastmath<contract> : f32
                  %v4370 = arith.subf %v4368, %v4369 fastmath<contract> : f32
                  %v4371 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4370) : (f32) -> f32
                  %v4372 = arith.mulf %v4359, %v4371 fastmath<contract> : f32
                  llvm.store %v4372, %v193 : f32, !llvm.ptr
                  %v4373 = arith.mulf %v4364, %v2419 fastmath<contract> : f32
                  %v4374 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4373) : (f32) -> f32
                  %v4375 = arith.mulf %v4374, %v2422 fastmath<contract> : f32
                  %v4376 = arith.subf %v4364, %v4375 fastmath<contract> : f32
                  %v4377 = arith.mulf %v4374, %v2423 fastmath<contract> : f32
                  %v4378 = arith.subf %v4376, %v4377 fastmath<contract> : f32
                  %v4379 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4378) : (f32) -> f32
                  %v4380 = arith.mulf %v4359, %v4379 fastmath<contract> : f32
                  llvm.store %v4380, %v256 : f32, !llvm.ptr
                  %v4381 = arith.constant 3 : i64
                  %v4382 = llvm.getelementptr %in_nu_log[%v4381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4383 = llvm.load %v4382 : !llvm.ptr -> f32
                  %v4384 = arith.mulf %v4383, %v2408 fastmath<contract> : f32
                  %v4385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4384) : (f32) -> f32
                  %v4386 = arith.negf %v4385 : f32
                  %v4387 = arith.mulf %v4386, %v2408 fastmath<contract> : f32
                  %v4388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4387) : (f32) -> f32
                  %v4389 = arith.constant 3 : i64
                  %v4390 = llvm.getelementptr %in_theta_log[%v4389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4391 = llvm.load %v4390 : !llvm.ptr -> f32
                  %v4392 = arith.mulf %v4391, %v2408 fastmath<contract> : f32
                  %v4393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4392) : (f32) -> f32
                  %v4394 = arith.mulf %v4393, %v2419 fastmath<contract> : f32
                  %v4395 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4394) : (f32) -> f32
                  %v4396 = arith.mulf %v4395, %v2422 fastmath<contract> : f32
                  %v4397 = arith.subf %v4393, %v4396 fastmath<contract> : f32
                  %v4398 = arith.mulf %v4395, %v2423 fastmath<contract> : f32
                  %v4399 = arith.subf %v4397, %v4398 fastmath<contract> : f32
                  %v4400 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4399) : (f32) -> f32
                  %v4401 = arith.mulf %v4388, %v4400 fastmath<contract> : f32
                  llvm.store %v4401, %v195 : f32, !llvm.ptr
                  %v4402 = arith.mulf %v4393, %v2419 fastmath<contract> : f32
                  %v4403 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4402) : (f32) -> f32
                  %v4404 = arith.mulf %v4403, %v2422 fastmath<contract> : f32
                  %v4405 = arith.subf %v4393, %v4404 fastmath<contract> : f32
                  %v4406 = arith.mulf %v4403, %v2423 fastmath<contract> : f32
                  %v4407 = arith.subf %v4405, %v4406 fastmath<contract> : f32
                  %v4408 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4407) : (f32) -> f32
                  %v4409 = arith.mulf %v4388, %v4408 fastmath<contract> : f32
                  llvm.store %v4409, %v258 : f32, !llvm.ptr
                  %v4410 = arith.constant 4 : i64
                  %v4411 = llvm.getelementptr %in_nu_log[%v4410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4412 = llvm.load %v4411 : !llvm.ptr -> f32
                  %v4413 = arith.mulf %v4412, %v2408 fastmath<contract> : f32
                  %v4414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4413) : (f32) -> f32
                  %v4415 = arith.negf %v4414 : f32
                  %v4416 = arith.mulf %v4415, %v2408 fastmath<contract> : f32
                  %v4417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4416) : (f32) -> f32
                  %v4418 = arith.constant 4 : i64
                  %v4419 = llvm.getelementptr %in_theta_log[%v4418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4420 = llvm.load %v4419 : !llvm.ptr -> f32
                  %v4421 = arith.mulf %v4420, %v2408 fastmath<contract> : f32
                  %v4422 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4421) : (f32) -> f32
                  %v4423 = arith.mulf %v4422, %v2419 fastmath<contract> : f32
                  %v4424 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4423) : (f32) -> f32
                  %v4425 = arith.mulf %v4424, %v2422 fastmath<contract> : f32
                  %v4426 = arith.subf %v4422, %v4425 fastmath<contract> : f32
                  %v4427 = arith.mulf %v4424, %v2423 fastmath<contract> : f32
                  %v4428 = arith.subf %v4426, %v4427 fastmath<contract> : f32
                  %v4429 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4428) : (f32) -> f32
                  %v4430 = arith.mulf %v4417, %v4429 fastmath<contract> : f32
                  llvm.store %v4430, %v197 : f32, !llvm.ptr
                  %v4431 = arith.mulf %v4422, %v2419 fastmath<contract> : f32
                  %v4432 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4431) : (f32) -> f32
                  %v4433 = arith.mulf %v4432, %v2422 fastmath<contract> : f32
                  %v4434 = arith.subf %v4422, %v4433 fastmath<contract> : f32
                  %v4435 = arith.mulf %v4432, %v2423 fastmath<contract> : f32
                  %v4436 = arith.subf %v4434, %v4435 fastmath<contract> : f32
                  %v4437 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4436) : (f32) -> f32
                  %v4438 = arith.mulf %v4417, %v4437 fastmath<contract> : f32
                  llvm.store %v4438, %v260 : f32, !llvm.ptr
                  %v4439 = arith.constant 5 : i64
                  %v4440 = llvm.getelementptr %in_nu_log[%v4439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4441 = llvm.load %v4440 : !llvm.ptr -> f32
                  %v4442 = arith.mulf %v4441, %v2408 fastmath<contract> : f32
                  %v4443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4442) : (f32) -> f32
                  %v4444 = arith.negf %v4443 : f32
                  %v4445 = arith.mulf %v4444, %v2408 fastmath<contract> : f32
                  %v4446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4445) : (f32) -> f32
                  %v4447 = arith.constant 5 : i64
                  %v4448 = llvm.getelementptr %in_theta_log[%v4447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4449 = llvm.load %v4448 : !llvm.ptr -> f32
                  %v4450 = arith.mulf %v4449, %v2408 fastmath<contract> : f32
                  %v4451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4450) : (f32) -> f32
                  %v4452 = arith.mulf %v4451, %v2419 fastmath<contract> : f32
                  %v4453 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4452) : (f32) -> f32
                  %v4454 = arith.mulf %v4453, %v2422 fastmath<contract> : f32
                  %v4455 = arith.subf %v4451, %v4454 fastmath<contract> : f32
                  %v4456 = arith.mulf %v4453, %v2423 fastmath<contract> : f32
                  %v4457 = arith.subf %v4455, %v4456 fastmath<contract> : f32
                  %v4458 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4457) : (f32) -> f32
                  %v4459 = arith.mulf %v4446, %v4458 fastmath<contract> : f32
                  llvm.store %v4459, %v199 : f32, !llvm.ptr
                  %v4460 = arith.mulf %v4451, %v2419 fastmath<contract> : f32
                  %v4461 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4460) : (f32) -> f32
                  %v4462 = arith.mulf %v4461, %v2422 fastmath<contract> : f32
                  %v4463 = arith.subf %v4451, %v4462 fastmath<contract> : f32
                  %v4464 = arith.mulf %v4461, %v2423 fastmath<contract> : f32
                  %v4465 = arith.subf %v4463, %v4464 fastmath<contract> : f32
                  %v4466 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4465) : (f32) -> f32
                  %v4467 = arith.mulf %v4446, %v4466 fastmath<contract> : f32
                  llvm.store %v4467, %v262 : f32, !llvm.ptr
                  %v4468 = arith.constant 6 : i64
                  %v4469 = llvm.getelementptr %in_nu_log[%v4468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4470 = llvm.load %v4469 : !llvm.ptr -> f32
                  %v4471 = arith.mulf %v4470, %v2408 fastmath<contract> : f32
                  %v4472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4471) : (f32) -> f32
                  %v4473 = arith.negf %v4472 : f32
                  %v4474 = arith.mulf %v4473, %v2408 fastmath<contract> : f32
                  %v4475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4474) : (f32) -> f32
                  %v4476 = arith.constant 6 : i64
                  %v4477 = llvm.getelementptr %in_theta_log[%v4476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4478 = llvm.load %v4477 : !llvm.ptr -> f32
                  %v4479 = arith.mulf %v4478, %v2408 fastmath<contract> : f32
                  %v4480 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4479) : (f32) -> f32
                  %v4481 = arith.mulf %v4480, %v2419 fastmath<contract> : f32
                  %v4482 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4481) : (f32) -> f32
                  %v4483 = arith.mulf %v4482, %v2422 fastmath<contract> : f32
                  %v4484 = arith.subf %v4480, %v4483 fastmath<contract> : f32
                  %v4485 = arith.mulf %v4482, %v2423 fastmath<contract> : f32
                  %v4486 = arith.subf %v4484, %v4485 fastmath<contract> : f32
                  %v4487 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4486) : (f32) -> f32
                  %v4488 = arith.mulf %v4475, %v4487 fastmath<contract> : f32
                  llvm.store %v4488, %v201 : f32, !llvm.ptr
                  %v4489 = arith.mulf %v4480, %v2419 fastmath<contract> : f32
                  %v4490 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4489) : (f32) -> f32
                  %v4491 = arith.mulf %v4490, %v2422 fastmath<contract> : f32
                  %v4492 = arith.subf %v4480, %v4491 fastmath<contract> : f32
                  %v4493 = arith.mulf %v4490, %v2423 fastmath<contract> : f32
                  %v4494 = arith.subf %v4492, %v4493 fastmath<contract> : f32
                  %v4495 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4494) : (f32) -> f32
                  %v4496 = arith.mulf %v4475, %v4495 fastmath<contract> : f32
                  llvm.store %v4496, %v264 : f32, !llvm.ptr
                  %v4497 = arith.constant 7 : i64
                  %v4498 = llvm.getelementptr %in_nu_log[%v4497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4499 = llvm.load %v4498 : !llvm.ptr -> f32
                  %v4500 = arith.mulf %v4499, %v2408 fastmath<contract> : f32
                  %v4501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4500) : (f32) -> f32
                  %v4502 = arith.negf %v4501 : f32
                  %v4503 = arith.mulf %v4502, %v2408 fastmath<contract> : f32
                  %v4504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4503) : (f32) -> f32
                  %v4505 = arith.constant 7 : i64
                  %v4506 = llvm.getelementptr %in_theta_log[%v4505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4507 = llvm.load %v4506 : !llvm.ptr -> f32
                  %v4508 = arith.mulf %v4507, %v2408 fastmath<contract> : f32
                  %v4509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4508) : (f32) -> f32
                  %v4510 = arith.mulf %v4509, %v2419 fastmath<contract> : f32
                  %v4511 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4510) : (f32) -> f32
                  %v4512 = arith.mulf %v4511, %v2422 fastmath<contract> : f32
                  %v4513 = arith.subf %v4509, %v4512 fastmath<contract> : f32
                  %v4514 = arith.mulf %v4511, %v2423 fastmath<contract> : f32
                  %v4515 = arith.subf %v4513, %v4514 fastmath<contract> : f32
                  %v4516 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4515) : (f32) -> f32
                  %v4517 = arith.mulf %v4504, %v4516 fastmath<contract> : f32
                  llvm.store %v4517, %v203 : f32, !llvm.ptr
                  %v4518 = arith.mulf %v4509, %v2419 fastmath<contract> : f32
                  %v4519 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4518) : (f32) -> f32
                  %v4520 = arith.mulf %v4519, %v2422 fastmath<contract> : f32
                  %v4521 = arith.subf %v4509, %v4520 fastmath<contract> : f32
                  %v4522 = arith.mulf %v4519, %v2423 fastmath<contract> : f32
                  %v4523 = arith.subf %v4521, %v4522 fastmath<contract> : f32
                  %v4524 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4523) : (f32) -> f32
                  %v4525 = arith.mulf %v4504, %v4524 fastmath<contract> : f32
                  llvm.store %v4525, %v266 : f32, !llvm.ptr
                  %v4526 = arith.constant 8 : i64
                  %v4527 = llvm.getelementptr %in_nu_log[%v4526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4528 = llvm.load %v4527 : !llvm.ptr -> f32
                  %v4529 = arith.mulf %v4528, %v2408 fastmath<contract> : f32
                  %v4530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4529) : (f32) -> f32
                  %v4531 = arith.negf %v4530 : f32
                  %v4532 = arith.mulf %v4531, %v2408 fastmath<contract> : f32
                  %v4533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4532) : (f32) -> f32
                  %v4534 = arith.constant 8 : i64
                  %v4535 = llvm.getelementptr %in_theta_log[%v4534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4536 = llvm.load %v4535 : !llvm.ptr -> f32
                  %v4537 = arith.mulf %v4536, %v2408 fastmath<contract> : f32
                  %v4538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4537) : (f32) -> f32
                  %v4539 = arith.mulf %v4538, %v2419 fastmath<contract> : f32
                  %v4540 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4539) : (f32) -> f32
                  %v4541 = arith.mulf %v4540, %v2422 fastmath<contract> : f32
                  %v4542 = arith.subf %v4538, %v4541 fastmath<contract> : f32
                  %v4543 = arith.mulf %v4540, %v2423 fastmath<contract> : f32
                  %v4544 = arith.subf %v4542, %v4543 fastmath<contract> : f32
                  %v4545 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4544) : (f32) -> f32
                  %v4546 = arith.mulf %v4533, %v4545 fastmath<contract> : f32
                  llvm.store %v4546, %v205 : f32, !llvm.ptr
                  %v4547 = arith.mulf %v4538, %v2419 fastmath<contract> : f32
                  %v4548 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4547) : (f32) -> f32
                  %v4549 = arith.mulf %v4548, %v2422 fastmath<contract> : f32
                  %v4550 = arith.subf %v4538, %v4549 fastmath<contract> : f32
                  %v4551 = arith.mulf %v4548, %v2423 fastmath<contract> : f32
                  %v4552 = arith.subf %v4550, %v4551 fastmath<contract> : f32
                  %v4553 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4552) : (f32) -> f32
                  %v4554 = arith.mulf %v4533, %v4553 fastmath<contract> : f32
                  llvm.store %v4554, %v268 : f32, !llvm.ptr
                  %v4555 = arith.constant 9 : i64
                  %v4556 = llvm.getelementptr %in_nu_log[%v4555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4557 = llvm.load %v4556 : !llvm.ptr -> f32
                  %v4558 = arith.mulf %v4557, %v2408 fastmath<contract> : f32
                  %v4559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4558) : (f32) -> f32
                  %v4560 = arith.negf %v4559 : f32
                  %v4561 = arith.mulf %v4560, %v2408 fastmath<contract> : f32
                  %v4562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4561) : (f32) -> f32
                  %v4563 = arith.constant 9 : i64
                  %v4564 = llvm.getelementptr %in_theta_log[%v4563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4565 = llvm.load %v4564 : !llvm.ptr -> f32
                  %v4566 = arith.mulf %v4565, %v2408 fastmath<contract> : f32
                  %v4567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4566) : (f32) -> f32
                  %v4568 = arith.mulf %v4567, %v2419 fastmath<contract> : f32
                  %v4569 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4568) : (f32) -> f32
                  %v4570 = arith.mulf %v4569, %v2422 fastmath<contract> : f32
                  %v4571 = arith.subf %v4567, %v4570 fastmath<contract> : f32
                  %v4572 = arith.mulf %v4569, %v2423 fastmath<contract> : f32
                  %v4573 = arith.subf %v4571, %v4572 fastmath<contract> : f32
                  %v4574 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4573) : (f32) -> f32
                  %v4575 = arith.mulf %v4562, %v4574 fastmath<contract> : f32
                  llvm.store %v4575, %v207 : f32, !llvm.ptr
                  %v4576 = arith.mulf %v4567, %v2419 fastmath<contract> : f32
                  %v4577 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4576) : (f32) -> f32
                  %v4578 = arith.mulf %v4577, %v2422 fastmath<contract> : f32
                  %v4579 = arith.subf %v4567, %v4578 fastmath<contract> : f32
                  %v4580 = arith.mulf %v4577, %v2423 fastmath<contract> : f32
                  %v4581 = arith.subf %v4579, %v4580 fastmath<contract> : f32
                  %v4582 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4581) : (f32) -> f32
                  %v4583 = arith.mulf %v4562, %v4582 fastmath<contract> : f32
                  llvm.store %v4583, %v270 : f32, !llvm.ptr
                  %v4584 = arith.constant 10 : i64
                  %v4585 = llvm.getelementptr %in_nu_log[%v4584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4586 = llvm.load %v4585 : !llvm.ptr -> f32
                  %v4587 = arith.mulf %v4586, %v2408 fastmath<contract> : f32
                  %v4588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4587) : (f32) -> f32
                  %v4589 = arith.negf %v4588 : f32
                  %v4590 = arith.mulf %v4589, %v2408 fastmath<contract> : f32
                  %v4591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4590) : (f32) -> f32
                  %v4592 = arith.constant 10 : i64
                  %v4593 = llvm.getelementptr %in_theta_log[%v4592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4594 = llvm.load %v4593 : !llvm.ptr -> f32
                  %v4595 = arith.mulf %v4594, %v2408 fastmath<contract> : f32
                  %v4596 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4595) : (f32) -> f32
                  %v4597 = arith.mulf %v4596, %v2419 fastmath<contract> : f32
                  %v4598 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4597) : (f32) -> f32
                  %v4599 = arith.mulf %v4598, %v2422 fastmath<contract> : f32
                  %v4600 = arith.subf %v4596, %v4599 fastmath<contract> : f32
                  %v4601 = arith.mulf %v4598, %v2423 fastmath<contract> : f32
                  %v4602 = arith.subf %v4600, %v4601 fastmath<contract> : f32
                  %v4603 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4602) : (f32) -> f32
                  %v4604 = arith.mulf %v4591, %v4603 fastmath<contract> : f32
                  llvm.store %v4604, %v209 : f32, !llvm.ptr
                  %v4605 = arith.mulf %v4596, %v2419 fastmath<contract> : f32
                  %v4606 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4605) : (f32) -> f32
                  %v4607 = arith.mulf %v4606, %v2422 fastmath<contract> : f32
                  %v4608 = arith.subf %v4596, %v4607 fastmath<contract> : f32
                  %v4609 = arith.mulf %v4606, %v2423 fastmath<contract> : f32
                  %v4610 = arith.subf %v4608, %v4609 fastmath<contract> : f32
                  %v4611 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4610) : (f32) -> f32
                  %v4612 = arith.mulf %v4591, %v4611 fastmath<contract> : f32
                  llvm.store %v4612, %v272 : f32, !llvm.ptr
                  %v4613 = arith.constant 11 : i64
                  %v4614 = llvm.getelementptr %in_nu_log[%v4613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4615 = llvm.load %v4614 : !llvm.ptr -> f32
                  %v4616 = arith.mulf %v4615, %v2408 fastmath<contract> : f32
                  %v4617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4616) : (f32) -> f32
                  %v4618 = arith.negf %v4617 : f32
                  %v4619 = arith.mulf %v4618, %v2408 fastmath<contract> : f32
                  %v4620 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4619) : (f32) -> f32
                  %v4621 = arith.constant 11 : i64
                  %v4622 = llvm.getelementptr %in_theta_log[%v4621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4623 = llvm.load %v4622 : !llvm.ptr -> f32
                  %v4624 = arith.mulf %v4623, %v2408 fastmath<contract> : f32
                  %v4625 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4624) : (f32) -> f32
                  %v4626 = arith.mulf %v4625, %v2419 fastmath<contract> : f32
                  %v4627 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4626) : (f32) -> f32
                  %v4628 = arith.mulf %v4627, %v2422 fastmath<contract> : f32
                  %v4629 = arith.subf %v4625, %v4628 fastmath<contract> : f32
                  %v4630 = arith.mulf %v4627, %v2423 fastmath<contract> : f32
                  %v4631 = arith.subf %v4629, %v4630 fastmath<contract> : f32
                  %v4632 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4631) : (f32) -> f32
                  %v4633 = arith.mulf %v4620, %v4632 fastmath<contract> : f32
                  llvm.store %v4633, %v211 : f32, !llvm.ptr
                  %v4634 = arith.mulf %v4625, %v2419 fastmath<contract> : f32
                  %v4635 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4634) : (f32) -> f32
                  %v4636 = arith.mulf %v4635, %v2422 fastmath<contract> : f32
                  %v4637 = arith.subf %v4625, %v4636 fastmath<contract> : f32
                  %v4638 = arith.mulf %v4635, %v2423 fastmath<contract> : f32
                  %v4639 = arith.subf %v4637, %v4638 fastmath<contract> : f32
                  %v4640 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4639) : (f32) -> f32
                  %v4641 = arith.mulf %v4620, %v4640 fastmath<contract> : f32
                  llvm.store %v4641, %v274 : f32, !llvm.ptr
                  %v4642 = arith.constant 12 : i64
                  %v4643 = llvm.getelementptr %in_nu_log[%v4642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4644 = llvm.load %v4643 : !llvm.ptr -> f32
                  %v4645 = arith.mulf %v4644, %v2408 fastmath<contract> : f32
                  %v4646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4645) : (f32) -> f32
                  %v4647 = arith.negf %v4646 : f32
                  %v4648 = arith.mulf %v4647, %v2408 fastmath<contract> : f32
                  %v4649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4648) : (f32) -> f32
                  %v4650 = arith.constant 12 : i64
                  %v4651 = llvm.getelementptr %in_theta_log[%v4650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4652 = llvm.load %v4651 : !llvm.ptr -> f32
                  %v4653 = arith.mulf %v4652, %v2408 fastmath<contract> : f32
                  %v4654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4653) : (f32) -> f32
                  %v4655 = arith.mulf %v4654, %v2419 fastmath<contract> : f32
                  %v4656 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4655) : (f32) -> f32
                  %v4657 = arith.mulf %v4656, %v2422 fastmath<contract> : f32
                  %v4658 = arith.subf %v4654, %v4657 fastmath<contract> : f32
                  %v4659 = arith.mulf %v4656, %v2423 fastmath<contract> : f32
                  %v4660 = arith.subf %v4658, %v4659 fastmath<contract> : f32
                  %v4661 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4660) : (f32) -> f32
                  %v4662 = arith.mulf %v4649, %v4661 fastmath<contract> : f32
                  llvm.store %v4662, %v213 : f32, !llvm.ptr
                  %v4663 = arith.mulf %v4654, %v2419 fastmath<contract> : f32
                  %v4664 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4663) : (f32) -> f32
                  %v4665 = arith.mulf %v4664, %v2422 fastmath<contract> : f32
                  %v4666 = arith.subf %v4654, %v4665 fastmath<contract> : f32
                  %v4667 = arith.mulf %v4664, %v2423 fastmath<contract> : f32
                  %v4668 = arith.subf %v4666, %v4667 fastmath<contract> : f32
                  %v4669 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4668) : (f32) -> f32
                  %v4670 = arith.mulf %v4649, %v4669 fastmath<contract> : f32
                  llvm.store %v4670, %v276 : f32, !llvm.ptr
                  %v4671 = arith.constant 13 : i64
                  %v4672 = llvm.getelementptr %in_nu_log[%v4671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4673 = llvm.load %v4672 : !llvm.ptr -> f32
                  %v4674 = arith.mulf %v4673, %v2408 fastmath<contract> : f32
                  %v4675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4674) : (f32) -> f32
                  %v4676 = arith.negf %v4675 : f32
                  %v4677 = arith.mulf %v4676, %v2408 fastmath<contract> : f32
                  %v4678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4677) : (f32) -> f32
                  %v4679 = arith.constant 13 : i64
                  %v4680 = llvm.getelementptr %in_theta_log[%v4679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4681 = llvm.load %v4680 : !llvm.ptr -> f32
                  %v4682 = arith.mulf %v4681, %v2408 fastmath<contract> : f32
                  %v4683 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4682) : (f32) -> f32
                  %v4684 = arith.mulf %v4683, %v2419 fastmath<contract> : f32
                  %v4685 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4684) : (f32) -> f32
                  %v4686 = arith.mulf %v4685, %v2422 fastmath<contract> : f32
                  %v4687 = arith.subf %v4683, %v4686 fastmath<contract> : f32
                  %v4688 = arith.mulf %v4685, %v2423 fastmath<contract> : f32
                  %v4689 = arith.subf %v4687, %v4688 fastmath<contract> : f32
                  %v4690 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4689) : (f32) -> f32
                  %v4691 = arith.mulf %v4678, %v4690 fastmath<contract> : f32
                  llvm.store %v4691, %v215 : f32, !llvm.ptr
                  %v4692 = arith.mulf %v4683, %v2419 fastmath<contract> : f32
                  %v4693 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4692) : (f32) -> f32
                  %v4694 = arith.mulf %v4693, %v2422 fastmath<contract> : f32
                  %v4695 = arith.subf %v4683, %v4694 fastmath<contract> : f32
                  %v4696 = arith.mulf %v4693, %v2423 fastmath<contract> : f32
                  %v4697 = arith.subf %v4695, %v4696 fastmath<contract> : f32
                  %v4698 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4697) : (f32) -> f32
                  %v4699 = arith.mulf %v4678, %v4698 fastmath<contract> : f32
                  llvm.store %v4699, %v278 : f32, !llvm.ptr
                  %v4700 = arith.constant 14 : i64
                  %v4701 = llvm.getelementptr %in_nu_log[%v4700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4702 = llvm.load %v4701 : !llvm.ptr -> f32
                  %v4703 = arith.mulf %v4702, %v2408 fastmath<contract> : f32
                  %v4704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4703) : (f32) -> f32
                  %v4705 = arith.negf %v4704 : f32
                  %v4706 = arith.mulf %v4705, %v2408 fastmath<contract> : f32
                  %v4707 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4706) : (f32) -> f32
                  %v4708 = arith.constant 14 : i64
                  %v4709 = llvm.getelementptr %in_theta_log[%v4708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4710 = llvm.load %v4709 : !llvm.ptr -> f32
                  %v4711 = arith.mulf %v4710, %v2408 fastmath<contract> : f32
                  %v4712 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4711) : (f32) -> f32
                  %v4713 = arith.mulf %v4712, %v2419 fastmath<contract> : f32
                  %v4714 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4713) : (f32) -> f32
                  %v4715 = arith.mulf %v4714, %v2422 fastmath<contract> : f32
                  %v4716 = arith.subf %v4712, %v4715 fastmath<contract> : f32
                  %v4717 = arith.mulf %v4714, %v2423 fastmath<contract> : f32
                  %v4718 = arith.subf %v4716, %v4717 fastmath<contract> : f32
                  %v4719 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4718) : (f32) -> f32
                  %v4720 = arith.mulf %v4707, %v4719 fastmath<contract> : f32
                  llvm.store %v4720, %v217 : f32, !llvm.ptr
                  %v4721 = arith.mulf %v4712, %v2419 fastmath<contract> : f32
                  %v4722 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4721) : (f32) -> f32
                  %v4723 = arith.mulf %v4722, %v2422 fastmath<contract> : f32
                  %v4724 = arith.subf %v4712, %v4723 fastmath<contract> : f32
                  %v4725 = arith.mulf %v4722, %v2423 fastmath<contract> : f32
                  %v4726 = arith.subf %v4724, %v4725 fastmath<contract> : f32
                  %v4727 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4726) : (f32) -> f32
                  %v4728 = arith.mulf %v4707, %v4727 fastmath<contract> : f32
                  llvm.store %v4728, %v280 : f32, !llvm.ptr
                  %v4729 = arith.constant 15 : i64
                  %v4730 = llvm.getelementptr %in_nu_log[%v4729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4731 = llvm.load %v4730 : !llvm.ptr -> f32
                  %v4732 = arith.mulf %v4731, %v2408 fastmath<contract> : f32
                  %v4733 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4732) : (f32) -> f32
                  %v4734 = arith.negf %v4733 : f32
                  %v4735 = arith.mulf %v4734, %v2408 fastmath<contract> : f32
                  %v4736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4735) : (f32) -> f32
                  %v4737 = arith.constant 15 : i64
                  %v4738 = llvm.getelementptr %in_theta_log[%v4737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4739 = llvm.load %v4738 : !llvm.ptr -> f32
                  %v4740 = arith.mulf %v4739, %v2408 fastmath<contract> : f32
                  %v4741 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4740) : (f32) -> f32
                  %v4742 = arith.mulf %v4741, %v2419 fastmath<contract> : f32
                  %v4743 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4742) : (f32) -> f32
                  %v4744 = arith.mulf %v4743, %v2422 fastmath<contract> : f32
                  %v4745 = arith.subf %v4741, %v4744 fastmath<contract> : f32
                  %v4746 = arith.mulf %v4743, %v2423 fastmath<contract> : f32
                  %v4747 = arith.subf %v4745, %v4746 fastmath<contract> : f32
                  %v4748 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4747) : (f32) -> f32
                  %v4749 = arith.mulf %v4736, %v4748 fastmath<contract> : f32
                  llvm.store %v4749, %v219 : f32, !llvm.ptr
                  %v4750 = arith.mulf %v4741, %v2419 fastmath<contract> : f32
                  %v4751 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4750) : (f32) -> f32
                  %v4752 = arith.mulf %v4751, %v2422 fastmath<contract> : f32
                  %v4753 = arith.subf %v4741, %v4752 fastmath<contract> : f32
                  %v4754 = arith.mulf %v4751, %v2423 fastmath<contract> : f32
                  %v4755 = arith.subf %v4753, %v4754 fastmath<contract> : f32
                  %v4756 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4755) : (f32) -> f32
                  %v4757 = arith.mulf %v4736, %v4756 fastmath<contract> : f32
                  llvm.store %v4757, %v282 : f32, !llvm.ptr
                  llvm.store %v4314, %v221 : f32, !llvm.ptr
                  %v4758 = arith.negf %v4322 : f32
                  llvm.store %v4758, %v284 : f32, !llvm.ptr
                  llvm.store %v4343, %v223 : f32, !llvm.ptr
                  %v4759 = arith.negf %v4351 : f32
                  llvm.store %v4759, %v286 : f32, !llvm.ptr
                  llvm.store %v4372, %v225 : f32, !llvm.ptr
                  %v4760 = arith.negf %v4380 : f32
                  llvm.store %v4760, %v288 : f32, !llvm.ptr
                  llvm.store %v4401, %v227 : f32, !llvm.ptr
                  %v4761 = arith.negf %v4409 : f32
                  llvm.store %v4761, %v290 : f32, !llvm.ptr
                  llvm.store %v4430, %v229 : f32, !llvm.ptr
                  %v4762 = arith.negf %v4438 : f32
                  llvm.store %v4762, %v292 : f32, !llvm.ptr
                  llvm.store %v4459, %v231 : f32, !llvm.ptr
                  %v4763 = arith.negf %v4467 : f32
                  llvm.store %v4763, %v294 : f32, !llvm.ptr
                  llvm.store %v4488, %v233 : f32, !llvm.ptr
                  %v4764 = arith.negf %v4496 : f32
                  llvm.store %v4764, %v296 : f32, !llvm.ptr
                  llvm.store %v4517, %v235 : f32, !llvm.ptr
                  %v4765 = arith.negf %v4525 : f32
                  llvm.store %v4765, %v298 : f32, !llvm.ptr
                  llvm.store %v4546, %v237 : f32, !llvm.ptr
                  %v4766 = arith.negf %v4554 : f32
                  llvm.store %v4766, %v300 : f32, !llvm.ptr
                  llvm.store %v4575, %v239 : f32, !llvm.ptr
                  %v4767 = arith.negf %v4583 : f32
                  llvm.store %v4767, %v302 : f32, !llvm.ptr
                  llvm.store %v4604, %v241 : f32, !llvm.ptr
                  %v4768 = arith.negf %v4612 : f32
                  llvm.store %v4768, %v304 : f32, !llvm.ptr
                  llvm.store %v4633, %v243 : f32, !llvm.ptr
                  %v4769 = arith.negf %v4641 : f32
                  llvm.store %v4769, %v306 : f32, !llvm.ptr
                  llvm.store %v4662, %v245 : f32, !llvm.ptr
                  %v4770 = arith.negf %v4670 : f32
                  llvm.store %v4770, %v308 : f32, !llvm.ptr
                  llvm.store %v4691, %v247 : f32, !llvm.ptr
                  %v4771 = arith.negf %v4699 : f32
                  llvm.store %v4771, %v310 : f32, !llvm.ptr
                  llvm.store %v4720, %v249 : f32, !llvm.ptr
                  %v4772 = arith.negf %v4728 : f32
                  llvm.store %v4772, %v312 : f32, !llvm.ptr
                  llvm.store %v4749, %v250 : f32, !llvm.ptr
                  %v4773 = arith.negf %v4757 : f32
                  llvm.store %v4773, %v314 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v114 {
        %v4774 = llvm.load %v128 : !llvm.ptr -> f32
        %v4775 = arith.muli %v110, %v2 : i64
        %v4776 = arith.muli %v4775, %size_B : i64
        %v4777 = arith.subi %size_B, %v3 : i64
        %v4778 = arith.minsi %v113, %v4777 : i64
        %v4779 = arith.addi %v4776, %v4778 : i64
        %v4780 = llvm.getelementptr %segsum_x_re[%v4779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4774, %v4780 : f32, !llvm.ptr
        %v4781 = llvm.load %v899 : !llvm.ptr -> f32
        %v4782 = arith.addi %v7, %v110 : i64
        %v4783 = arith.muli %v4782, %v2 : i64
        %v4784 = arith.muli %v4783, %size_B : i64
        %v4785 = arith.subi %size_B, %v3 : i64
        %v4786 = arith.minsi %v113, %v4785 : i64
        %v4787 = arith.addi %v4784, %v4786 : i64
        %v4788 = llvm.getelementptr %segsum_x_re[%v4787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4781, %v4788 : f32, !llvm.ptr
        %v4789 = llvm.load %v900 : !llvm.ptr -> f32
        %v4790 = arith.muli %v130, %v7 : i64
        %v4791 = arith.addi %v4790, %v110 : i64
        %v4792 = arith.muli %v4791, %v2 : i64
        %v4793 = arith.muli %v4792, %size_B : i64
        %v4794 = arith.subi %size_B, %v3 : i64
        %v4795 = arith.minsi %v113, %v4794 : i64
        %v4796 = arith.addi %v4793, %v4795 : i64
        %v4797 = llvm.getelementptr %segsum_x_re[%v4796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4789, %v4797 : f32, !llvm.ptr
        %v4798 = llvm.load %v189 : !llvm.ptr -> f32
        %v4799 = arith.muli %v132, %v7 : i64
        %v4800 = arith.addi %v4799, %v110 : i64
        %v4801 = arith.muli %v4800, %v2 : i64
        %v4802 = arith.muli %v4801, %size_B : i64
        %v4803 = arith.subi %size_B, %v3 : i64
        %v4804 = arith.minsi %v113, %v4803 : i64
        %v4805 = arith.addi %v4802, %v4804 : i64
        %v4806 = llvm.getelementptr %segsum_x_re[%v4805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4798, %v4806 : f32, !llvm.ptr
        %v4807 = llvm.load %v252 : !llvm.ptr -> f32
        %v4808 = arith.muli %v1, %v7 : i64
        %v4809 = arith.addi %v4808, %v110 : i64
        %v4810 = arith.muli %v4809, %v2 : i64
        %v4811 = arith.muli %v4810, %size_B : i64
        %v4812 = arith.subi %size_B, %v3 : i64
        %v4813 = arith.minsi %v113, %v4812 : i64
        %v4814 = arith.addi %v4811, %v4813 : i64
        %v4815 = llvm.getelementptr %segsum_x_re[%v4814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4807, %v4815 : f32, !llvm.ptr
        %v4816 = llvm.load %v129 : !llvm.ptr -> f32
        %v4817 = arith.muli %v110, %v2 : i64
        %v4818 = arith.addi %v4817, %v3 : i64
        %v4819 = arith.muli %v4818, %size_B : i64
        %v4820 = arith.subi %size_B, %v3 : i64
        %v4821 = arith.minsi %v113, %v4820 : i64
        %v4822 = arith.addi %v4819, %v4821 : i64
        %v4823 = llvm.getelementptr %segsum_x_re[%v4822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4816, %v4823 : f32, !llvm.ptr
        %v4824 = llvm.load %v901 : !llvm.ptr -> f32
        %v4825 = arith.addi %v7, %v110 : i64
        %v4826 = arith.muli %v4825, %v2 : i64
        %v4827 = arith.addi %v4826, %v3 : i64
        %v4828 = arith.muli %v4827, %size_B : i64
        %v4829 = arith.subi %size_B, %v3 : i64
        %v4830 = arith.minsi %v113, %v4829 : i64
        %v4831 = arith.addi %v4828, %v4830 : i64
        %v4832 = llvm.getelementptr %segsum_x_re[%v4831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4824, %v4832 : f32, !llvm.ptr
        %v4833 = llvm.load %v902 : !llvm.ptr -> f32
        %v4834 = arith.muli %v130, %v7 : i64
        %v4835 = arith.addi %v4834, %v110 : i64
        %v4836 = arith.muli %v4835, %v2 : i64
        %v4837 = arith.addi %v4836, %v3 : i64
        %v4838 = arith.muli %v4837, %size_B : i64
        %v4839 = arith.subi %size_B, %v3 : i64
        %v4840 = arith.minsi %v113, %v4839 : i64
        %v4841 = arith.addi %v4838, %v4840 : i64
        %v4842 = llvm.getelementptr %segsum_x_re[%v4841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4833, %v4842 : f32, !llvm.ptr
        %v4843 = llvm.load %v191 : !llvm.ptr -> f32
        %v4844 = arith.muli %v132, %v7 : i64
        %v4845 = arith.addi %v4844, %v110 : i64
        %v4846 = arith.muli %v4845, %v2 : i64
        %v4847 = arith.addi %v4846, %v3 : i64
        %v4848 = arith.muli %v4847, %size_B : i64
        %v4849 = arith.subi %size_B, %v3 : i64
        %v4850 = arith.minsi %v113, %v4849 : i64
        %v4851 = arith.addi %v4848, %v4850 : i64
        %v4852 = llvm.getelementptr %segsum_x_re[%v4851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4843, %v4852 : f32, !llvm.ptr
        %v4853 = llvm.load %v254 : !llvm.ptr -> f32
        %v4854 = arith.muli %v1, %v7 : i64
        %v4855 = arith.addi %v4854, %v110 : i64
        %v4856 = arith.muli %v4855, %v2 : i64
        %v4857 = arith.addi %v4856, %v3 : i64
        %v4858 = arith.muli %v4857, %size_B : i64
        %v4859 = arith.subi %size_B, %v3 : i64
        %v4860 = arith.minsi %v113, %v4859 : i64
        %v4861 = arith.addi %v4858, %v4860 : i64
        %v4862 = llvm.getelementptr %segsum_x_re[%v4861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4853, %v4862 : f32, !llvm.ptr
        %v4863 = llvm.load %v131 : !llvm.ptr -> f32
        %v4864 = arith.muli %v110, %v2 : i64
        %v4865 = arith.addi %v4864, %v130 : i64
        %v4866 = arith.muli %v4865, %size_B : i64
        %v4867 = arith.subi %size_B, %v3 : i64
        %v4868 = arith.minsi %v113, %v4867 : i64
        %v4869 = arith.addi %v4866, %v4868 : i64
        %v4870 = llvm.getelementptr %segsum_x_re[%v4869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4863, %v4870 : f32, !llvm.ptr
        %v4871 = llvm.load %v903 : !llvm.ptr -> f32
        %v4872 = arith.addi %v7, %v110 : i64
        %v4873 = arith.muli %v4872, %v2 : i64
        %v4874 = arith.addi %v4873, %v130 : i64
        %v4875 = arith.muli %v4874, %size_B : i64
        %v4876 = arith.subi %size_B, %v3 : i64
        %v4877 = arith.minsi %v113, %v4876 : i64
        %v4878 = arith.addi %v4875, %v4877 : i64
        %v4879 = llvm.getelementptr %segsum_x_re[%v4878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4871, %v4879 : f32, !llvm.ptr
        %v4880 = llvm.load %v904 : !llvm.ptr -> f32
        %v4881 = arith.muli %v130, %v7 : i64
        %v4882 = arith.addi %v4881, %v110 : i64
        %v4883 = arith.muli %v4882, %v2 : i64
        %v4884 = arith.addi %v4883, %v130 : i64
        %v4885 = arith.muli %v4884, %size_B : i64
        %v4886 = arith.subi %size_B, %v3 : i64
        %v4887 = arith.minsi %v113, %v4886 : i64
        %v4888 = arith.addi %v4885, %v4887 : i64
        %v4889 = llvm.getelementptr %segsum_x_re[%v4888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4880, %v4889 : f32, !llvm.ptr
        %v4890 = llvm.load %v193 : !llvm.ptr -> f32
        %v4891 = arith.muli %v132, %v7 : i64
        %v4892 = arith.addi %v4891, %v110 : i64
        %v4893 = arith.muli %v4892, %v2 : i64
        %v4894 = arith.addi %v4893, %v130 : i64
        %v4895 = arith.muli %v4894, %size_B : i64
        %v4896 = arith.subi %size_B, %v3 : i64
        %v4897 = arith.minsi %v113, %v4896 : i64
        %v4898 = arith.addi %v4895, %v4897 : i64
        %v4899 = llvm.getelementptr %segsum_x_re[%v4898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4890, %v4899 : f32, !llvm.ptr
        %v4900 = llvm.load %v256 : !llvm.ptr -> f32
        %v4901 = arith.muli %v1, %v7 : i64
        %v4902 = arith.addi %v4901, %v110 : i64
        %v4903 = arith.muli %v4902, %v2 : i64
        %v4904 = arith.addi %v4903, %v130 : i64
        %v4905 = arith.muli %v4904, %size_B : i64
        %v4906 = arith.subi %size_B, %v3 : i64
        %v4907 = arith.minsi %v113, %v4906 : i64
        %v4908 = arith.addi %v4905, %v4907 : i64
        %v4909 = llvm.getelementptr %segsum_x_re[%v4908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4900, %v4909 : f32, !llvm.ptr
        %v4910 = llvm.load %v133 : !llvm.ptr -> f32
        %v4911 = arith.muli %v110, %v2 : i64
        %v4912 = arith.addi %v4911, %v132 : i64
        %v4913 = arith.muli %v4912, %size_B : i64
        %v4914 = arith.subi %size_B, %v3 : i64
        %v4915 = arith.minsi %v113, %v4914 : i64
        %v4916 = arith.addi %v4913, %v4915 : i64
        %v4917 = llvm.getelementptr %segsum_x_re[%v4916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4910, %v4917 : f32, !llvm.ptr
        %v4918 = llvm.load %v905 : !llvm.ptr -> f32
        %v4919 = arith.addi %v7, %v110 : i64
        %v4920 = arith.muli %v4919, %v2 : i64
        %v4921 = arith.addi %v4920, %v132 : i64
        %v4922 = arith.muli %v4921, %size_B : i64
        %v4923 = arith.subi %size_B, %v3 : i64
        %v4924 = arith.minsi %v113, %v4923 : i64
        %v4925 = arith.addi %v4922, %v4924 : i64
        %v4926 = llvm.getelementptr %segsum_x_re[%v4925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4918, %v4926 : f32, !llvm.ptr
        %v4927 = llvm.load %v906 : !llvm.ptr -> f32
        %v4928 = arith.muli %v130, %v7 : i64
        %v4929 = arith.addi %v4928, %v110 : i64
        %v4930 = arith.muli %v4929, %v2 : i64
        %v4931 = arith.addi %v4930, %v132 : i64
        %v4932 = arith.muli %v4931, %size_B : i64
        %v4933 = arith.subi %size_B, %v3 : i64
        %v4934 = arith.minsi %v113, %v4933 : i64
        %v4935 = arith.addi %v4932, %v4934 : i64
        %v4936 = llvm.getelementptr %segsum_x_re[%v4935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4927, %v4936 : f32, !llvm.ptr
        %v4937 = llvm.load %v195 : !llvm.ptr -> f32
        %v4938 = arith.muli %v132, %v7 : i64
        %v4939 = arith.addi %v4938, %v110 : i64
        %v4940 = arith.muli %v4939, %v2 : i64
        %v4941 = arith.addi %v4940, %v132 : i64
        %v4942 = arith.muli %v4941, %size_B : i64
        %v4943 = arith.subi %size_B, %v3 : i64
        %v4944 = arith.minsi %v113, %v4943 : i64
        %v4945 = arith.addi %v4942, %v4944 : i64
        %v4946 = llvm.getelementptr %segsum_x_re[%v4945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4937, %v4946 : f32, !llvm.ptr
        %v4947 = llvm.load %v258 : !llvm.ptr -> f32
        %v4948 = arith.muli %v1, %v7 : i64
        %v4949 = arith.addi %v4948, %v110 : i64
        %v4950 = arith.muli %v4949, %v2 : i64
        %v4951 = arith.addi %v4950, %v132 : i64
        %v4952 = arith.muli %v4951, %size_B : i64
        %v4953 = arith.subi %size_B, %v3 : i64
        %v4954 = arith.minsi %v113, %v4953 : i64
        %v4955 = arith.addi %v4952, %v4954 : i64
        %v4956 = llvm.getelementptr %segsum_x_re[%v4955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4947, %v4956 : f32, !llvm.ptr
        %v4957 = llvm.load %v134 : !llvm.ptr -> f32
        %v4958 = arith.muli %v110, %v2 : i64
        %v4959 = arith.addi %v4958, %v1 : i64
        %v4960 = arith.muli %v4959, %size_B : i64
        %v4961 = arith.subi %size_B, %v3 : i64
        %v4962 = arith.minsi %v113, %v4961 : i64
        %v4963 = arith.addi %v4960, %v4962 : i64
        %v4964 = llvm.getelementptr %segsum_x_re[%v4963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4957, %v4964 : f32, !llvm.ptr
        %v4965 = llvm.load %v907 : !llvm.ptr -> f32
        %v4966 = arith.addi %v7, %v110 : i64
        %v4967 = arith.muli %v4966, %v2 : i64
        %v4968 = arith.addi %v4967, %v1 : i64
        %v4969 = arith.muli %v4968, %size_B : i64
        %v4970 = arith.subi %size_B, %v3 : i64
        %v4971 = arith.minsi %v113, %v4970 : i64
        %v4972 = arith.addi %v4969, %v4971 : i64
        %v4973 = llvm.getelementptr %segsum_x_re[%v4972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4965, %v4973 : f32, !llvm.ptr
        %v4974 = llvm.load %v908 : !llvm.ptr -> f32
        %v4975 = arith.muli %v130, %v7 : i64
        %v4976 = arith.addi %v4975, %v110 : i64
        %v4977 = arith.muli %v4976, %v2 : i64
        %v4978 = arith.addi %v4977, %v1 : i64
        %v4979 = arith.muli %v4978, %size_B : i64
        %v4980 = arith.subi %size_B, %v3 : i64
        %v4981 = arith.minsi %v113, %v4980 : i64
        %v4982 = arith.addi %v4979, %v4981 : i64
        %v4983 = llvm.getelementptr %segsum_x_re[%v4982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4974, %v4983 : f32, !llvm.ptr
        %v4984 = llvm.load %v197 : !llvm.ptr -> f32
        %v4985 = arith.muli %v132, %v7 : i64
        %v4986 = arith.addi %v4985, %v110 : i64
        %v4987 = arith.muli %v4986, %v2 : i64
        %v4988 = arith.addi %v4987, %v1 : i64
        %v4989 = arith.muli %v4988, %size_B : i64
        %v4990 = arith.subi %size_B, %v3 : i64
        %v4991 = arith.minsi %v113, %v4990 : i64
        %v4992 = arith.addi %v4989, %v4991 : i64
        %v4993 = llvm.getelementptr %segsum_x_re[%v4992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4984, %v4993 : f32, !llvm.ptr
        %v4994 = llvm.load %v260 : !llvm.ptr -> f32
        %v4995 = arith.muli %v1, %v7 : i64
        %v4996 = arith.addi %v4995, %v110 : i64
        %v4997 = arith.muli %v4996, %v2 : i64
        %v4998 = arith.addi %v4997, %v1 : i64
        %v4999 = arith.muli %v4998, %size_B : i64
        %v5000 = arith.subi %size_B, %v3 : i64
        %v5001 = arith.minsi %v113, %v5000 : i64
        %v5002 = arith.addi %v4999, %v5001 : i64
        %v5003 = llvm.getelementptr %segsum_x_re[%v5002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4994, %v5003 : f32, !llvm.ptr
        %v5004 = llvm.load %v136 : !llvm.ptr -> f32
        %v5005 = arith.muli %v110, %v2 : i64
        %v5006 = arith.addi %v5005, %v135 : i64
        %v5007 = arith.muli %v5006, %size_B : i64
        %v5008 = arith.subi %size_B, %v3 : i64
        %v5009 = arith.minsi %v113, %v5008 : i64
        %v5010 = arith.addi %v5007, %v5009 : i64
        %v5011 = llvm.getelementptr %segsum_x_re[%v5010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5004, %v5011 : f32, !llvm.ptr
        %v5012 = llvm.load %v909 : !llvm.ptr -> f32
        %v5013 = arith.addi %v7, %v110 : i64
        %v5014 = arith.muli %v5013, %v2 : i64
        %v5015 = arith.addi %v5014, %v135 : i64
        %v5016 = arith.muli %v5015, %size_B : i64
        %v5017 = arith.subi %size_B, %v3 : i64
        %v5018 = arith.minsi %v113, %v5017 : i64
        %v5019 = arith.addi %v5016, %v5018 : i64
        %v5020 = llvm.getelementptr %segsum_x_re[%v5019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5012, %v5020 : f32, !llvm.ptr
        %v5021 = llvm.load %v910 : !llvm.ptr -> f32
        %v5022 = arith.muli %v130, %v7 : i64
        %v5023 = arith.addi %v5022, %v110 : i64
        %v5024 = arith.muli %v5023, %v2 : i64
        %v5025 = arith.addi %v5024, %v135 : i64
        %v5026 = arith.muli %v5025, %size_B : i64
        %v5027 = arith.subi %size_B, %v3 : i64
        %v5028 = arith.minsi %v113, %v5027 : i64
        %v5029 = arith.addi %v5026, %v5028 : i64
        %v5030 = llvm.getelementptr %segsum_x_re[%v5029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5021, %v5030 : f32, !llvm.ptr
        %v5031 = llvm.load %v199 : !llvm.ptr -> f32
        %v5032 = arith.muli %v132, %v7 : i64
        %v5033 = arith.addi %v5032, %v110 : i64
        %v5034 = arith.muli %v5033, %v2 : i64
        %v5035 = arith.addi %v5034, %v135 : i64
        %v5036 = arith.muli %v5035, %size_B : i64
        %v5037 = arith.subi %size_B, %v3 : i64
        %v5038 = arith.minsi %v113, %v5037 : i64
        %v5039 = arith.addi %v5036, %v5038 : i64
        %v5040 = llvm.getelementptr %segsum_x_re[%v5039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5031, %v5040 : f32, !llvm.ptr
        %v5041 = llvm.load %v262 : !llvm.ptr -> f32
        %v5042 = arith.muli %v1, %v7 : i64
        %v5043 = arith.addi %v5042, %v110 : i64
        %v5044 = arith.muli %v5043, %v2 : i64
        %v5045 = arith.addi %v5044, %v135 : i64
        %v5046 = arith.muli %v5045, %size_B : i64
        %v5047 = arith.subi %size_B, %v3 : i64
        %v5048 = arith.minsi %v113, %v5047 : i64
        %v5049 = arith.addi %v5046, %v5048 : i64
        %v5050 = llvm.getelementptr %segsum_x_re[%v5049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5041, %v5050 : f32, !llvm.ptr
        %v5051 = llvm.load %v138 : !llvm.ptr -> f32
        %v5052 = arith.muli %v110, %v2 : i64
        %v5053 = arith.addi %v5052, %v137 : i64
        %v5054 = arith.muli %v5053, %size_B : i64
        %v5055 = arith.subi %size_B, %v3 : i64
        %v5056 = arith.minsi %v113, %v5055 : i64
        %v5057 = arith.addi %v5054, %v5056 : i64
        %v5058 = llvm.getelementptr %segsum_x_re[%v5057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5051, %v5058 : f32, !llvm.ptr
        %v5059 = llvm.load %v911 : !llvm.ptr -> f32
        %v5060 = arith.addi %v7, %v110 : i64
        %v5061 = arith.muli %v5060, %v2 : i64
        %v5062 = arith.addi %v5061, %v137 : i64
        %v5063 = arith.muli %v5062, %size_B : i64
        %v5064 = arith.subi %size_B, %v3 : i64
        %v5065 = arith.minsi %v113, %v5064 : i64
        %v5066 = arith.addi %v5063, %v5065 : i64
        %v5067 = llvm.getelementptr %segsum_x_re[%v5066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5059, %v5067 : f32, !llvm.ptr
        %v5068 = llvm.load %v912 : !llvm.ptr -> f32
        %v5069 = arith.muli %v130, %v7 : i64
        %v5070 = arith.addi %v5069, %v110 : i64
        %v5071 = arith.muli %v5070, %v2 : i64
        %v5072 = arith.addi %v5071, %v137 : i64
        %v5073 = arith.muli %v5072, %size_B : i64
        %v5074 = arith.subi %size_B, %v3 : i64
        %v5075 = arith.minsi %v113, %v5074 : i64
        %v5076 = arith.addi %v5073, %v5075 : i64
        %v5077 = llvm.getelementptr %segsum_x_re[%v5076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5068, %v5077 : f32, !llvm.ptr
        %v5078 = llvm.load %v201 : !llvm.ptr -> f32
        %v5079 = arith.muli %v132, %v7 : i64
        %v5080 = arith.addi %v5079, %v110 : i64
        %v5081 = arith.muli %v5080, %v2 : i64
        %v5082 = arith.addi %v5081, %v137 : i64
        %v5083 = arith.muli %v5082, %size_B : i64
        %v5084 = arith.subi %size_B, %v3 : i64
        %v5085 = arith.minsi %v113, %v5084 : i64
        %v5086 = arith.addi %v5083, %v5085 : i64
        %v5087 = llvm.getelementptr %segsum_x_re[%v5086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5078, %v5087 : f32, !llvm.ptr
        %v5088 = llvm.load %v264 : !llvm.ptr -> f32
        %v5089 = arith.muli %v1, %v7 : i64
        %v5090 = arith.addi %v5089, %v110 : i64
        %v5091 = arith.muli %v5090, %v2 : i64
        %v5092 = arith.addi %v5091, %v137 : i64
        %v5093 = arith.muli %v5092, %size_B : i64
        %v5094 = arith.subi %size_B, %v3 : i64
        %v5095 = arith.minsi %v113, %v5094 : i64
        %v5096 = arith.addi %v5093, %v5095 : i64
        %v5097 = llvm.getelementptr %segsum_x_re[%v5096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5088, %v5097 : f32, !llvm.ptr
        %v5098 = llvm.load %v140 : !llvm.ptr -> f32
        %v5099 = arith.muli %v110, %v2 : i64
        %v5100 = arith.addi %v5099, %v139 : i64
        %v5101 = arith.muli %v5100, %size_B : i64
        %v5102 = arith.subi %size_B, %v3 : i64
        %v5103 = arith.minsi %v113, %v5102 : i64
        %v5104 = arith.addi %v5101, %v5103 : i64
        %v5105 = llvm.getelementptr %segsum_x_re[%v5104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5098, %v5105 : f32, !llvm.ptr
        %v5106 = llvm.load %v913 : !llvm.ptr -> f32
        %v5107 = arith.addi %v7, %v110 : i64
        %v5108 = arith.muli %v5107, %v2 : i64
        %v5109 = arith.addi %v5108, %v139 : i64
        %v5110 = arith.muli %v5109, %size_B : i64
        %v5111 = arith.subi %size_B, %v3 : i64
        %v5112 = arith.minsi %v113, %v5111 : i64
        %v5113 = arith.addi %v5110, %v5112 : i64
        %v5114 = llvm.getelementptr %segsum_x_re[%v5113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5106, %v5114 : f32, !llvm.ptr
        %v5115 = llvm.load %v914 : !llvm.ptr -> f32
        %v5116 = arith.muli %v130, %v7 : i64
        %v5117 = arith.addi %v5116, %v110 : i64
        %v5118 = arith.muli %v5117, %v2 : i64
        %v5119 = arith.addi %v5118, %v139 : i64
        %v5120 = arith.muli %v5119, %size_B : i64
        %v5121 = arith.subi %size_B, %v3 : i64
        %v5122 = arith.minsi %v113, %v5121 : i64
        %v5123 = arith.addi %v5120, %v5122 : i64
        %v5124 = llvm.getelementptr %segsum_x_re[%v5123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5115, %v5124 : f32, !llvm.ptr
        %v5125 = llvm.load %v203 : !llvm.ptr -> f32
        %v5126 = arith.muli %v132, %v7 : i64
        %v5127 = arith.addi %v5126, %v110 : i64
        %v5128 = arith.muli %v5127, %v2 : i64
        %v5129 = arith.addi %v5128, %v139 : i64
        %v5130 = arith.muli %v5129, %size_B : i64
        %v5131 = arith.subi %size_B, %v3 : i64
        %v5132 = arith.minsi %v113, %v5131 : i64
        %v5133 = arith.addi %v5130, %v5132 : i64
        %v5134 = llvm.getelementptr %segsum_x_re[%v5133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5125, %v5134 : f32, !llvm.ptr
        %v5135 = llvm.load %v266 : !llvm.ptr -> f32
        %v5136 = arith.muli %v1, %v7 : i64
        %v5137 = arith.addi %v5136, %v110 : i64
        %v5138 = arith.muli %v5137, %v2 : i64
        %v5139 = arith.addi %v5138, %v139 : i64
        %v5140 = arith.muli %v5139, %size_B : i64
        %v5141 = arith.subi %size_B, %v3 : i64
        %v5142 = arith.minsi %v113, %v5141 : i64
        %v5143 = arith.addi %v5140, %v5142 : i64
        %v5144 = llvm.getelementptr %segsum_x_re[%v5143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5135, %v5144 : f32, !llvm.ptr
        %v5145 = llvm.load %v142 : !llvm.ptr -> f32
        %v5146 = arith.muli %v110, %v2 : i64
        %v5147 = arith.addi %v5146, %v141 : i64
        %v5148 = arith.muli %v5147, %size_B : i64
        %v5149 = arith.subi %size_B, %v3 : i64
        %v5150 = arith.minsi %v113, %v5149 : i64
        %v5151 = arith.addi %v5148, %v5150 : i64
        %v5152 = llvm.getelementptr %segsum_x_re[%v5151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5145, %v5152 : f32, !llvm.ptr
        %v5153 = llvm.load %v915 : !llvm.ptr -> f32
        %v5154 = arith.addi %v7, %v110 : i64
        %v5155 = arith.muli %v5154, %v2 : i64
        %v5156 = arith.addi %v5155, %v141 : i64
        %v5157 = arith.muli %v5156, %size_B : i64
        %v5158 = arith.subi %size_B, %v3 : i64
        %v5159 = arith.minsi %v113, %v5158 : i64
        %v5160 = arith.addi %v5157, %v5159 : i64
        %v5161 = llvm.getelementptr %segsum_x_re[%v5160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5153, %v5161 : f32, !llvm.ptr
        %v5162 = llvm.load %v916 : !llvm.ptr -> f32
        %v5163 = arith.muli %v130, %v7 : i64
        %v5164 = arith.addi %v5163, %v110 : i64
        %v5165 = arith.muli %v5164, %v2 : i64
        %v5166 = arith.addi %v5165, %v141 : i64
        %v5167 = arith.muli %v5166, %size_B : i64
        %v5168 = arith.subi %size_B, %v3 : i64
        %v5169 = arith.minsi %v113, %v5168 : i64
        %v5170 = arith.addi %v5167, %v5169 : i64
        %v5171 = llvm.getelementptr %segsum_x_re[%v5170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5162, %v5171 : f32, !llvm.ptr
        %v5172 = llvm.load %v205 : !llvm.ptr -> f32
        %v5173 = arith.muli %v132, %v7 : i64
        %v5174 = arith.addi %v5173, %v110 : i64
        %v5175 = arith.muli %v5174, %v2 : i64
        %v5176 = arith.addi %v5175, %v141 : i64
        %v5177 = arith.muli %v5176, %size_B : i64
        %v5178 = arith.subi %size_B, %v3 : i64
        %v5179 = arith.minsi %v113, %v5178 : i64
        %v5180 = arith.addi %v5177, %v5179 : i64
        %v5181 = llvm.getelementptr %segsum_x_re[%v5180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5172, %v5181 : f32, !llvm.ptr
        %v5182 = llvm.load %v268 : !llvm.ptr -> f32
        %v5183 = arith.muli %v1, %v7 : i64
        %v5184 = arith.addi %v5183, %v110 : i64
        %v5185 = arith.muli %v5184, %v2 : i64
        %v5186 = arith.addi %v5185, %v141 : i64
        %v5187 = arith.muli %v5186, %size_B : i64
        %v5188 = arith.subi %size_B, %v3 : i64
        %v5189 = arith.minsi %v113, %v5188 : i64
        %v5190 = arith.addi %v5187, %v5189 : i64
        %v5191 = llvm.getelementptr %segsum_x_re[%v5190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5182, %v5191 : f32, !llvm.ptr
        %v5192 = llvm.load %v144 : !llvm.ptr -> f32
        %v5193 = arith.muli %v110, %v2 : i64
        %v5194 = arith.addi %v5193, %v143 : i64
        %v5195 = arith.muli %v5194, %size_B : i64
        %v5196 = arith.subi %size_B, %v3 : i64
        %v5197 = arith.minsi %v113, %v5196 : i64
        %v5198 = arith.addi %v5195, %v5197 : i64
        %v5199 = llvm.getelementptr %segsum_x_re[%v5198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5192, %v5199 : f32, !llvm.ptr
        %v5200 = llvm.load %v917 : !llvm.ptr -> f32
        %v5201 = arith.addi %v7, %v110 : i64
        %v5202 = arith.muli %v5201, %v2 : i64
        %v5203 = arith.addi %v5202, %v143 : i64
        %v5204 = arith.muli %v5203, %size_B : i64
        %v5205 = arith.subi %size_B, %v3 : i64
        %v5206 = arith.minsi %v113, %v5205 : i64
        %v5207 = arith.addi %v5204, %v5206 : i64
        %v5208 = llvm.getelementptr %segsum_x_re[%v5207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5200, %v5208 : f32, !llvm.ptr
        %v5209 = llvm.load %v918 : !llvm.ptr -> f32
        %v5210 = arith.muli %v130, %v7 : i64
        %v5211 = arith.addi %v5210, %v110 : i64
        %v5212 = arith.muli %v5211, %v2 : i64
        %v5213 = arith.addi %v5212, %v143 : i64
        %v5214 = arith.muli %v5213, %size_B : i64
        %v5215 = arith.subi %size_B, %v3 : i64
        %v5216 = arith.minsi %v113, %v5215 : i64
        %v5217 = arith.addi %v5214, %v5216 : i64
        %v5218 = llvm.getelementptr %segsum_x_re[%v5217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5209, %v5218 : f32, !llvm.ptr
        %v5219 = llvm.load %v207 : !llvm.ptr -> f32
        %v5220 = arith.muli %v132, %v7 : i64
        %v5221 = arith.addi %v5220, %v110 : i64
        %v5222 = arith.muli %v5221, %v2 : i64
        %v5223 = arith.addi %v5222, %v143 : i64
        %v5224 = arith.muli %v5223, %size_B : i64
        %v5225 = arith.subi %size_B, %v3 : i64
        %v5226 = arith.minsi %v113, %v5225 : i64
        %v5227 = arith.addi %v5224, %v5226 : i64
        %v5228 = llvm.getelementptr %segsum_x_re[%v5227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5219, %v5228 : f32, !llvm.ptr
        %v5229 = llvm.load %v270 : !llvm.ptr -> f32
        %v5230 = arith.muli %v1, %v7 : i64
        %v5231 = arith.addi %v5230, %v110 : i64
        %v5232 = arith.muli %v5231, %v2 : i64
        %v5233 = arith.addi %v5232, %v143 : i64
        %v5234 = arith.muli %v5233, %size_B : i64
        %v5235 = arith.subi %size_B, %v3 : i64
        %v5236 = arith.minsi %v113, %v5235 : i64
        %v5237 = arith.addi %v5234, %v5236 : i64
        %v5238 = llvm.getelementptr %segsum_x_re[%v5237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5229, %v5238 : f32, !llvm.ptr
        %v5239 = llvm.load %v146 : !llvm.ptr -> f32
        %v5240 = arith.muli %v110, %v2 : i64
        %v5241 = arith.addi %v5240, %v145 : i64
        %v5242 = arith.muli %v5241, %size_B : i64
        %v5243 = arith.subi %size_B, %v3 : i64
        %v5244 = arith.minsi %v113, %v5243 : i64
        %v5245 = arith.addi %v5242, %v5244 : i64
        %v5246 = llvm.getelementptr %segsum_x_re[%v5245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5239, %v5246 : f32, !llvm.ptr
        %v5247 = llvm.load %v919 : !llvm.ptr -> f32
        %v5248 = arith.addi %v7, %v110 : i64
        %v5249 = arith.muli %v5248, %v2 : i64
        %v5250 = arith.addi %v5249, %v145 : i64
        %v5251 = arith.muli %v5250, %size_B : i64
        %v5252 = arith.subi %size_B, %v3 : i64
        %v5253 = arith.minsi %v113, %v5252 : i64
        %v5254 = arith.addi %v5251, %v5253 : i64
        %v5255 = llvm.getelementptr %segsum_x_re[%v5254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5247, %v5255 : f32, !llvm.ptr
        %v5256 = llvm.load %v920 : !llvm.ptr -> f32
        %v5257 = arith.muli %v130, %v7 : i64
        %v5258 = arith.addi %v5257, %v110 : i64
        %v5259 = arith.muli %v5258, %v2 : i64
        %v5260 = arith.addi %v5259, %v145 : i64
        %v5261 = arith.muli %v5260, %size_B : i64
        %v5262 = arith.subi %size_B, %v3 : i64
        %v5263 = arith.minsi %v113, %v5262 : i64
        %v5264 = arith.addi %v5261, %v5263 : i64
        %v5265 = llvm.getelementptr %segsum_x_re[%v5264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5256, %v5265 : f32, !llvm.ptr
        %v5266 = llvm.load %v209 : !llvm.ptr -> f32
        %v5267 = arith.muli %v132, %v7 : i64
        %v5268 = arith.addi %v5267, %v110 : i64
        %v5269 = arith.muli %v5268, %v2 : i64
        %v5270 = arith.addi %v5269, %v145 : i64
        %v5271 = arith.muli %v5270, %size_B : i64
        %v5272 = arith.subi %size_B, %v3 : i64
        %v5273 = arith.minsi %v113, %v5272 : i64
        %v5274 = arith.addi %v5271, %v5273 : i64
        %v5275 = llvm.getelementptr %segsum_x_re[%v5274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5266, %v5275 : f32, !llvm.ptr
        %v5276 = llvm.load %v272 : !llvm.ptr -> f32
        %v5277 = arith.muli %v1, %v7 : i64
        %v5278 = arith.addi %v5277, %v110 : i64
        %v5279 = arith.muli %v5278, %v2 : i64
        %v5280 = arith.addi %v5279, %v145 : i64
        %v5281 = arith.muli %v5280, %size_B : i64
        %v5282 = arith.subi %size_B, %v3 : i64
        %v5283 = arith.minsi %v113, %v5282 : i64
        %v5284 = arith.addi %v5281, %v5283 : i64
        %v5285 = llvm.getelementptr %segsum_x_re[%v5284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5276, %v5285 : f32, !llvm.ptr
        %v5286 = llvm.load %v148 : !llvm.ptr -> f32
        %v5287 = arith.muli %v110, %v2 : i64
        %v5288 = arith.addi %v5287, %v147 : i64
        %v5289 = arith.muli %v5288, %size_B : i64
        %v5290 = arith.subi %size_B, %v3 : i64
        %v5291 = arith.minsi %v113, %v5290 : i64
        %v5292 = arith.addi %v5289, %v5291 : i64
        %v5293 = llvm.getelementptr %segsum_x_re[%v5292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5286, %v5293 : f32, !llvm.ptr
        %v5294 = llvm.load %v921 : !llvm.ptr -> f32
        %v5295 = arith.addi %v7, %v110 : i64
        %v5296 = arith.muli %v5295, %v2 : i64
        %v5297 = arith.addi %v5296, %v147 : i64
        %v5298 = arith.muli %v5297, %size_B : i64
        %v5299 = arith.subi %size_B, %v3 : i64
        %v5300 = arith.minsi %v113, %v5299 : i64
        %v5301 = arith.addi %v5298, %v5300 : i64
        %v5302 = llvm.getelementptr %segsum_x_re[%v5301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5294, %v5302 : f32, !llvm.ptr
        %v5303 = llvm.load %v922 : !llvm.ptr -> f32
        %v5304 = arith.muli %v130, %v7 : i64
        %v5305 = arith.addi %v5304, %v110 : i64
        %v5306 = arith.muli %v5305, %v2 : i64
        %v5307 = arith.addi %v5306, %v147 : i64
        %v5308 = arith.muli %v5307, %size_B : i64
        %v5309 = arith.subi %size_B, %v3 : i64
        %v5310 = arith.minsi %v113, %v5309 : i64
        %v5311 = arith.addi %v5308, %v5310 : i64
        %v5312 = llvm.getelementptr %segsum_x_re[%v5311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5303, %v5312 : f32, !llvm.ptr
        %v5313 = llvm.load %v211 : !llvm.ptr -> f32
        %v5314 = arith.muli %v132, %v7 : i64
        %v5315 = arith.addi %v5314, %v110 : i64
        %v5316 = arith.muli %v5315, %v2 : i64
        %v5317 = arith.addi %v5316, %v147 : i64
        %v5318 = arith.muli %v5317, %size_B : i64
        %v5319 = arith.subi %size_B, %v3 : i64
        %v5320 = arith.minsi %v113, %v5319 : i64
        %v5321 = arith.addi %v5318, %v5320 : i64
        %v5322 = llvm.getelementptr %segsum_x_re[%v5321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5313, %v5322 : f32, !llvm.ptr
        %v5323 = llvm.load %v274 : !llvm.ptr -> f32
        %v5324 = arith.muli %v1, %v7 : i64
        %v5325 = arith.addi %v5324, %v110 : i64
        %v5326 = arith.muli %v5325, %v2 : i64
        %v5327 = arith.addi %v5326, %v147 : i64
        %v5328 = arith.muli %v5327, %size_B : i64
        %v5329 = arith.subi %size_B, %v3 : i64
        %v5330 = arith.minsi %v113, %v5329 : i64
        %v5331 = arith.addi %v5328, %v5330 : i64
        %v5332 = llvm.getelementptr %segsum_x_re[%v5331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5323, %v5332 : f32, !llvm.ptr
        %v5333 = llvm.load %v150 : !llvm.ptr -> f32
        %v5334 = arith.muli %v110, %v2 : i64
        %v5335 = arith.addi %v5334, %v149 : i64
        %v5336 = arith.muli %v5335, %size_B : i64
        %v5337 = arith.subi %size_B, %v3 : i64
        %v5338 = arith.minsi %v113, %v5337 : i64
        %v5339 = arith.addi %v5336, %v5338 : i64
        %v5340 = llvm.getelementptr %segsum_x_re[%v5339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5333, %v5340 : f32, !llvm.ptr
        %v5341 = llvm.load %v923 : !llvm.ptr -> f32
        %v5342 = arith.addi %v7, %v110 : i64
        %v5343 = arith.muli %v5342, %v2 : i64
        %v5344 = arith.addi %v5343, %v149 : i64
        %v5345 = arith.muli %v5344, %size_B : i64
        %v5346 = arith.subi %size_B, %v3 : i64
        %v5347 = arith.minsi %v113, %v5346 : i64
        %v5348 = arith.addi %v5345, %v5347 : i64
        %v5349 = llvm.getelementptr %segsum_x_re[%v5348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5341, %v5349 : f32, !llvm.ptr
        %v5350 = llvm.load %v924 : !llvm.ptr -> f32
        %v5351 = arith.muli %v130, %v7 : i64
        %v5352 = arith.addi %v5351, %v110 : i64
        %v5353 = arith.muli %v5352, %v2 : i64
        %v5354 = arith.addi %v5353, %v149 : i64
        %v5355 = arith.muli %v5354, %size_B : i64
        %v5356 = arith.subi %size_B, %v3 : i64
        %v5357 = arith.minsi %v113, %v5356 : i64
        %v5358 = arith.addi %v5355, %v5357 : i64
        %v5359 = llvm.getelementptr %segsum_x_re[%v5358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5350, %v5359 : f32, !llvm.ptr
        %v5360 = llvm.load %v213 : !llvm.ptr -> f32
        %v5361 = arith.muli %v132, %v7 : i64
        %v5362 = arith.addi %v5361, %v110 : i64
        %v5363 = arith.muli %v5362, %v2 : i64
        %v5364 = arith.addi %v5363, %v149 : i64
        %v5365 = arith.muli %v5364, %size_B : i64
        %v5366 = arith.subi %size_B, %v3 : i64
        %v5367 = arith.minsi %v113, %v5366 : i64
        %v5368 = arith.addi %v5365, %v5367 : i64
        %v5369 = llvm.getelementptr %segsum_x_re[%v5368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5360, %v5369 : f32, !llvm.ptr
        %v5370 = llvm.load %v276 : !llvm.ptr -> f32
        %v5371 = arith.muli %v1, %v7 : i64
        %v5372 = arith.addi %v5371, %v110 : i64
        %v5373 = arith.muli %v5372, %v2 : i64
        %v5374 = arith.addi %v5373, %v149 : i64
        %v5375 = arith.muli %v5374, %size_B : i64
        %v5376 = arith.subi %size_B, %v3 : i64
        %v5377 = arith.minsi %v113, %v5376 : i64
        %v5378 = arith.addi %v5375, %v5377 : i64
        %v5379 = llvm.getelementptr %segsum_x_re[%v5378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5370, %v5379 : f32, !llvm.ptr
        %v5380 = llvm.load %v152 : !llvm.ptr -> f32
        %v5381 = arith.muli %v110, %v2 : i64
        %v5382 = arith.addi %v5381, %v151 : i64
        %v5383 = arith.muli %v5382, %size_B : i64
        %v5384 = arith.subi %size_B, %v3 : i64
        %v5385 = arith.minsi %v113, %v5384 : i64
        %v5386 = arith.addi %v5383, %v5385 : i64
        %v5387 = llvm.getelementptr %segsum_x_re[%v5386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5380, %v5387 : f32, !llvm.ptr
        %v5388 = llvm.load %v925 : !llvm.ptr -> f32
        %v5389 = arith.addi %v7, %v110 : i64
        %v5390 = arith.muli %v5389, %v2 : i64
        %v5391 = arith.addi %v5390, %v151 : i64
        %v5392 = arith.muli %v5391, %size_B : i64
        %v5393 = arith.subi %size_B, %v3 : i64
        %v5394 = arith.minsi %v113, %v5393 : i64
        %v5395 = arith.addi %v5392, %v5394 : i64
        %v5396 = llvm.getelementptr %segsum_x_re[%v5395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5388, %v5396 : f32, !llvm.ptr
        %v5397 = llvm.load %v926 : !llvm.ptr -> f32
        %v5398 = arith.muli %v130, %v7 : i64
        %v5399 = arith.addi %v5398, %v110 : i64
        %v5400 = arith.muli %v5399, %v2 : i64
        %v5401 = arith.addi %v5400, %v151 : i64
        %v5402 = arith.muli %v5401, %size_B : i64
        %v5403 = arith.subi %size_B, %v3 : i64
        %v5404 = arith.minsi %v113, %v5403 : i64
        %v5405 = arith.addi %v5402, %v5404 : i64
        %v5406 = llvm.getelementptr %segsum_x_re[%v5405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5397, %v5406 : f32, !llvm.ptr
        %v5407 = llvm.load %v215 : !llvm.ptr -> f32
        %v5408 = arith.muli %v132, %v7 : i64
        %v5409 = arith.addi %v5408, %v110 : i64
        %v5410 = arith.muli %v5409, %v2 : i64
        %v5411 = arith.addi %v5410, %v151 : i64
        %v5412 = arith.muli %v5411, %size_B : i64
        %v5413 = arith.subi %size_B, %v3 : i64
        %v5414 = arith.minsi %v113, %v5413 : i64
        %v5415 = arith.addi %v5412, %v5414 : i64
        %v5416 = llvm.getelementptr %segsum_x_re[%v5415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5407, %v5416 : f32, !llvm.ptr
        %v5417 = llvm.load %v278 : !llvm.ptr -> f32
        %v5418 = arith.muli %v1, %v7 : i64
        %v5419 = arith.addi %v5418, %v110 : i64
        %v5420 = arith.muli %v5419, %v2 : i64
        %v5421 = arith.addi %v5420, %v151 : i64
        %v5422 = arith.muli %v5421, %size_B : i64
        %v5423 = arith.subi %size_B, %v3 : i64
        %v5424 = arith.minsi %v113, %v5423 : i64
        %v5425 = arith.addi %v5422, %v5424 : i64
        %v5426 = llvm.getelementptr %segsum_x_re[%v5425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5417, %v5426 : f32, !llvm.ptr
        %v5427 = llvm.load %v154 : !llvm.ptr -> f32
        %v5428 = arith.muli %v110, %v2 : i64
        %v5429 = arith.addi %v5428, %v153 : i64
        %v5430 = arith.muli %v5429, %size_B : i64
        %v5431 = arith.subi %size_B, %v3 : i64
        %v5432 = arith.minsi %v113, %v5431 : i64
        %v5433 = arith.addi %v5430, %v5432 : i64
        %v5434 = llvm.getelementptr %segsum_x_re[%v5433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5427, %v5434 : f32, !llvm.ptr
        %v5435 = llvm.load %v927 : !llvm.ptr -> f32
        %v5436 = arith.addi %v7, %v110 : i64
        %v5437 = arith.muli %v5436, %v2 : i64
        %v5438 = arith.addi %v5437, %v153 : i64
        %v5439 = arith.muli %v5438, %size_B : i64
        %v5440 = arith.subi %size_B, %v3 : i64
        %v5441 = arith.minsi %v113, %v5440 : i64
        %v5442 = arith.addi %v5439, %v5441 : i64
        %v5443 = llvm.getelementptr %segsum_x_re[%v5442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5435, %v5443 : f32, !llvm.ptr
        %v5444 = llvm.load %v928 : !llvm.ptr -> f32
        %v5445 = arith.muli %v130, %v7 : i64
        %v5446 = arith.addi %v5445, %v110 : i64
        %v5447 = arith.muli %v5446, %v2 : i64
        %v5448 = arith.addi %v5447, %v153 : i64
        %v5449 = arith.muli %v5448, %size_B : i64
        %v5450 = arith.subi %size_B, %v3 : i64
        %v5451 = arith.minsi %v113, %v5450 : i64
        %v5452 = arith.addi %v5449, %v5451 : i64
        %v5453 = llvm.getelementptr %segsum_x_re[%v5452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5444, %v5453 : f32, !llvm.ptr
        %v5454 = llvm.load %v217 : !llvm.ptr -> f32
        %v5455 = arith.muli %v132, %v7 : i64
        %v5456 = arith.addi %v5455, %v110 : i64
        %v5457 = arith.muli %v5456, %v2 : i64
        %v5458 = arith.addi %v5457, %v153 : i64
        %v5459 = arith.muli %v5458, %size_B : i64
        %v5460 = arith.subi %size_B, %v3 : i64
        %v5461 = arith.minsi %v113, %v5460 : i64
        %v5462 = arith.addi %v5459, %v5461 : i64
        %v5463 = llvm.getelementptr %segsum_x_re[%v5462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5454, %v5463 : f32, !llvm.ptr
        %v5464 = llvm.load %v280 : !llvm.ptr -> f32
        %v5465 = arith.muli %v1, %v7 : i64
        %v5466 = arith.addi %v5465, %v110 : i64
        %v5467 = arith.muli %v5466, %v2 : i64
        %v5468 = arith.addi %v5467, %v153 : i64
        %v5469 = arith.muli %v5468, %size_B : i64
        %v5470 = arith.subi %size_B, %v3 : i64
        %v5471 = arith.minsi %v113, %v5470 : i64
        %v5472 = arith.addi %v5469, %v5471 : i64
        %v5473 = llvm.getelementptr %segsum_x_re[%v5472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5464, %v5473 : f32, !llvm.ptr
        %v5474 = llvm.load %v156 : !llvm.ptr -> f32
        %v5475 = arith.muli %v110, %v2 : i64
        %v5476 = arith.addi %v5475, %v155 : i64
        %v5477 = arith.muli %v5476, %size_B : i64
        %v5478 = arith.subi %size_B, %v3 : i64
        %v5479 = arith.minsi %v113, %v5478 : i64
        %v5480 = arith.addi %v5477, %v5479 : i64
        %v5481 = llvm.getelementptr %segsum_x_re[%v5480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5474, %v5481 : f32, !llvm.ptr
        %v5482 = llvm.load %v929 : !llvm.ptr -> f32
        %v5483 = arith.addi %v7, %v110 : i64
        %v5484 = arith.muli %v5483, %v2 : i64
        %v5485 = arith.addi %v5484, %v155 : i64
        %v5486 = arith.muli %v5485, %size_B : i64
        %v5487 = arith.subi %size_B, %v3 : i64
        %v5488 = arith.minsi %v113, %v5487 : i64
        %v5489 = arith.addi %v5486, %v5488 : i64
        %v5490 = llvm.getelementptr %segsum_x_re[%v5489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5482, %v5490 : f32, !llvm.ptr
        %v5491 = llvm.load %v930 : !llvm.ptr -> f32
        %v5492 = arith.muli %v130, %v7 : i64
        %v5493 = arith.addi %v5492, %v110 : i64
        %v5494 = arith.muli %v5493, %v2 : i64
        %v5495 = arith.addi %v5494, %v155 : i64
        %v5496 = arith.muli %v5495, %size_B : i64
        %v5497 = arith.subi %size_B, %v3 : i64
        %v5498 = arith.minsi %v113, %v5497 : i64
        %v5499 = arith.addi %v5496, %v5498 : i64
        %v5500 = llvm.getelementptr %segsum_x_re[%v5499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5491, %v5500 : f32, !llvm.ptr
        %v5501 = llvm.load %v219 : !llvm.ptr -> f32
        %v5502 = arith.muli %v132, %v7 : i64
        %v5503 = arith.addi %v5502, %v110 : i64
        %v5504 = arith.muli %v5503, %v2 : i64
        %v5505 = arith.addi %v5504, %v155 : i64
        %v5506 = arith.muli %v5505, %size_B : i64
        %v5507 = arith.subi %size_B, %v3 : i64
        %v5508 = arith.minsi %v113, %v5507 : i64
        %v5509 = arith.addi %v5506, %v5508 : i64
        %v5510 = llvm.getelementptr %segsum_x_re[%v5509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5501, %v5510 : f32, !llvm.ptr
        %v5511 = llvm.load %v282 : !llvm.ptr -> f32
        %v5512 = arith.muli %v1, %v7 : i64
        %v5513 = arith.addi %v5512, %v110 : i64
        %v5514 = arith.muli %v5513, %v2 : i64
        %v5515 = arith.addi %v5514, %v155 : i64
        %v5516 = arith.muli %v5515, %size_B : i64
        %v5517 = arith.subi %size_B, %v3 : i64
        %v5518 = arith.minsi %v113, %v5517 : i64
        %v5519 = arith.addi %v5516, %v5518 : i64
        %v5520 = llvm.getelementptr %segsum_x_re[%v5519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5511, %v5520 : f32, !llvm.ptr
        %v5521 = llvm.load %v157 : !llvm.ptr -> f32
        %v5522 = arith.muli %v110, %v2 : i64
        %v5523 = arith.muli %v5522, %size_B : i64
        %v5524 = arith.subi %size_B, %v3 : i64
        %v5525 = arith.minsi %v113, %v5524 : i64
        %v5526 = arith.addi %v5523, %v5525 : i64
        %v5527 = llvm.getelementptr %segsum_x_im[%v5526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5521, %v5527 : f32, !llvm.ptr
        %v5528 = llvm.load %v931 : !llvm.ptr -> f32
        %v5529 = arith.addi %v7, %v110 : i64
        %v5530 = arith.muli %v5529, %v2 : i64
        %v5531 = arith.muli %v5530, %size_B : i64
        %v5532 = arith.subi %size_B, %v3 : i64
        %v5533 = arith.minsi %v113, %v5532 : i64
        %v5534 = arith.addi %v5531, %v5533 : i64
        %v5535 = llvm.getelementptr %segsum_x_im[%v5534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5528, %v5535 : f32, !llvm.ptr
        %v5536 = llvm.load %v932 : !llvm.ptr -> f32
        %v5537 = arith.muli %v130, %v7 : i64
        %v5538 = arith.addi %v5537, %v110 : i64
        %v5539 = arith.muli %v5538, %v2 : i64
        %v5540 = arith.muli %v5539, %size_B : i64
        %v5541 = arith.subi %size_B, %v3 : i64
        %v5542 = arith.minsi %v113, %v5541 : i64
        %v5543 = arith.addi %v5540, %v5542 : i64
        %v5544 = llvm.getelementptr %segsum_x_im[%v5543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5536, %v5544 : f32, !llvm.ptr
        %v5545 = llvm.load %v284 : !llvm.ptr -> f32
        %v5546 = arith.muli %v132, %v7 : i64
        %v5547 = arith.addi %v5546, %v110 : i64
        %v5548 = arith.muli %v5547, %v2 : i64
        %v5549 = arith.muli %v5548, %size_B : i64
        %v5550 = arith.subi %size_B, %v3 : i64
        %v5551 = arith.minsi %v113, %v5550 : i64
        %v5552 = arith.addi %v5549, %v5551 : i64
        %v5553 = llvm.getelementptr %segsum_x_im[%v5552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5545, %v5553 : f32, !llvm.ptr
        %v5554 = llvm.load %v221 : !llvm.ptr -> f32
        %v5555 = arith.muli %v1, %v7 : i64
        %v5556 = arith.addi %v5555, %v110 : i64
        %v5557 = arith.muli %v5556, %v2 : i64
        %v5558 = arith.muli %v5557, %size_B : i64
        %v5559 = arith.subi %size_B, %v3 : i64
        %v5560 = arith.minsi %v113, %v5559 : i64
        %v5561 = arith.addi %v5558, %v5560 : i64
        %v5562 = llvm.getelementptr %segsum_x_im[%v5561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5554, %v5562 : f32, !llvm.ptr
        %v5563 = llvm.load %v159 : !llvm.ptr -> f32
        %v5564 = arith.muli %v110, %v2 : i64
        %v5565 = arith.addi %v5564, %v3 : i64
        %v5566 = arith.muli %v5565, %size_B : i64
        %v5567 = arith.subi %size_B, %v3 : i64
        %v5568 = arith.minsi %v113, %v5567 : i64
        %v5569 = arith.addi %v5566, %v5568 : i64
        %v5570 = llvm.getelementptr %segsum_x_im[%v5569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5563, %v5570 : f32, !llvm.ptr
        %v5571 = llvm.load %v933 : !llvm.ptr -> f32
        %v5572 = arith.addi %v7, %v110 : i64
        %v5573 = arith.muli %v5572, %v2 : i64
        %v5574 = arith.addi %v5573, %v3 : i64
        %v5575 = arith.muli %v5574, %size_B : i64
        %v5576 = arith.subi %size_B, %v3 : i64
        %v5577 = arith.minsi %v113, %v5576 : i64
        %v5578 = arith.addi %v5575, %v5577 : i64
        %v5579 = llvm.getelementptr %segsum_x_im[%v5578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5571, %v5579 : f32, !llvm.ptr
        %v5580 = llvm.load %v934 : !llvm.ptr -> f32
        %v5581 = arith.muli %v130, %v7 : i64
        %v5582 = arith.addi %v5581, %v110 : i64
        %v5583 = arith.muli %v5582, %v2 : i64
        %v5584 = arith.addi %v5583, %v3 : i64
        %v5585 = arith.muli %v5584, %size_B : i64
        %v5586 = arith.subi %size_B, %v3 : i64
        %v5587 = arith.minsi %v113, %v5586 : i64
        %v5588 = arith.addi %v5585, %v5587 : i64
        %v5589 = llvm.getelementptr %segsum_x_im[%v5588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5580, %v5589 : f32, !llvm.ptr
        %v5590 = llvm.load %v286 : !llvm.ptr -> f32
        %v5591 = arith.muli %v132, %v7 : i64
        %v5592 = arith.addi %v5591, %v110 : i64
        %v5593 = arith.muli %v5592, %v2 : i64
        %v5594 = arith.addi %v5593, %v3 : i64
        %v5595 = arith.muli %v5594, %size_B : i64
        %v5596 = arith.subi %size_B, %v3 : i64
        %v5597 = arith.minsi %v113, %v5596 : i64
        %v5598 = arith.addi %v5595, %v5597 : i64
        %v5599 = llvm.getelementptr %segsum_x_im[%v5598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5590, %v5599 : f32, !llvm.ptr
        %v5600 = llvm.load %v223 : !llvm.ptr -> f32
        %v5601 = arith.muli %v1, %v7 : i64
        %v5602 = arith.addi %v5601, %v110 : i64
        %v5603 = arith.muli %v5602, %v2 : i64
        %v5604 = arith.addi %v5603, %v3 : i64
        %v5605 = arith.muli %v5604, %size_B : i64
        %v5606 = arith.subi %size_B, %v3 : i64
        %v5607 = arith.minsi %v113, %v5606 : i64
        %v5608 = arith.addi %v5605, %v5607 : i64
        %v5609 = llvm.getelementptr %segsum_x_im[%v5608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5600, %v5609 : f32, !llvm.ptr
        %v5610 = llvm.load %v161 : !llvm.ptr -> f32
        %v5611 = arith.muli %v110, %v2 : i64
        %v5612 = arith.addi %v5611, %v130 : i64
        %v5613 = arith.muli %v5612, %size_B : i64
        %v5614 = arith.subi %size_B, %v3 : i64
        %v5615 = arith.minsi %v113, %v5614 : i64
        %v5616 = arith.addi %v5613, %v5615 : i64
        %v5617 = llvm.getelementptr %segsum_x_im[%v5616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5610, %v5617 : f32, !llvm.ptr
        %v5618 = llvm.load %v935 : !llvm.ptr -> f32
        %v5619 = arith.addi %v7, %v110 : i64
        %v5620 = arith.muli %v5619, %v2 : i64
        %v5621 = arith.addi %v5620, %v130 : i64
        %v5622 = arith.muli %v5621, %size_B : i64
        %v5623 = arith.subi %size_B, %v3 : i64
        %v5624 = arith.minsi %v113, %v5623 : i64
        %v5625 = arith.addi %v5622, %v5624 : i64
        %v5626 = llvm.getelementptr %segsum_x_im[%v5625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5618, %v5626 : f32, !llvm.ptr
        %v5627 = llvm.load %v936 : !llvm.ptr -> f32
        %v5628 = arith.muli %v130, %v7 : i64
        %v5629 = arith.addi %v5628, %v110 : i64
        %v5630 = arith.muli %v5629, %v2 : i64
        %v5631 = arith.addi %v5630, %v130 : i64
        %v5632 = arith.muli %v5631, %size_B : i64
        %v5633 = arith.subi %size_B, %v3 : i64
        %v5634 = arith.minsi %v113, %v5633 : i64
        %v5635 = arith.addi %v5632, %v5634 : i64
        %v5636 = llvm.getelementptr %segsum_x_im[%v5635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5627, %v5636 : f32, !llvm.ptr
        %v5637 = llvm.load %v288 : !llvm.ptr -> f32
        %v5638 = arith.muli %v132, %v7 : i64
        %v5639 = arith.addi %v5638, %v110 : i64
        %v5640 = arith.muli %v5639, %v2 : i64
        %v5641 = arith.addi %v5640, %v130 : i64
        %v5642 = arith.muli %v5641, %size_B : i64
        %v5643 = arith.subi %size_B, %v3 : i64
        %v5644 = arith.minsi %v113, %v5643 : i64
        %v5645 = arith.addi %v5642, %v5644 : i64
        %v5646 = llvm.getelementptr %segsum_x_im[%v5645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5637, %v5646 : f32, !llvm.ptr
        %v5647 = llvm.load %v225 : !llvm.ptr -> f32
        %v5648 = arith.muli %v1, %v7 : i64
        %v5649 = arith.addi %v5648, %v110 : i64
        %v5650 = arith.muli %v5649, %v2 : i64
        %v5651 = arith.addi %v5650, %v130 : i64
        %v5652 = arith.muli %v5651, %size_B : i64
        %v5653 = arith.subi %size_B, %v3 : i64
        %v5654 = arith.minsi %v113, %v5653 : i64
        %v5655 = arith.addi %v5652, %v5654 : i64
        %v5656 = llvm.getelementptr %segsum_x_im[%v5655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5647, %v5656 : f32, !llvm.ptr
        %v5657 = llvm.load %v163 : !llvm.ptr -> f32
        %v5658 = arith.muli %v110, %v2 : i64
        %v5659 = arith.addi %v5658, %v132 : i64
        %v5660 = arith.muli %v5659, %size_B : i64
        %v5661 = arith.subi %size_B, %v3 : i64
        %v5662 = arith.minsi %v113, %v5661 : i64
        %v5663 = arith.addi %v5660, %v5662 : i64
        %v5664 = llvm.getelementptr %segsum_x_im[%v5663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5657, %v5664 : f32, !llvm.ptr
        %v5665 = llvm.load %v937 : !llvm.ptr -> f32
        %v5666 = arith.addi %v7, %v110 : i64
        %v5667 = arith.muli %v5666, %v2 : i64
        %v5668 = arith.addi %v5667, %v132 : i64
        %v5669 = arith.muli %v5668, %size_B : i64
        %v5670 = arith.subi %size_B, %v3 : i64
        %v5671 = arith.minsi %v113, %v5670 : i64
        %v5672 = arith.addi %v5669, %v5671 : i64
        %v5673 = llvm.getelementptr %segsum_x_im[%v5672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5665, %v5673 : f32, !llvm.ptr
        %v5674 = llvm.load %v938 : !llvm.ptr -> f32
        %v5675 = arith.muli %v130, %v7 : i64
        %v5676 = arith.addi %v5675, %v110 : i64
        %v5677 = arith.muli %v5676, %v2 : i64
        %v5678 = arith.addi %v5677, %v132 : i64
        %v5679 = arith.muli %v5678, %size_B : i64
        %v5680 = arith.subi %size_B, %v3 : i64
        %v5681 = arith.minsi %v113, %v5680 : i64
        %v5682 = arith.addi %v5679, %v5681 : i64
        %v5683 = llvm.getelementptr %segsum_x_im[%v5682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5674, %v5683 : f32, !llvm.ptr
        %v5684 = llvm.load %v290 : !llvm.ptr -> f32
        %v5685 = arith.muli %v132, %v7 : i64
        %v5686 = arith.addi %v5685, %v110 : i64
        %v5687 = arith.muli %v5686, %v2 : i64
        %v5688 = arith.addi %v5687, %v132 : i64
        %v5689 = arith.muli %v5688, %size_B : i64
        %v5690 = arith.subi %size_B, %v3 : i64
        %v5691 = arith.minsi %v113, %v5690 : i64
        %v5692 = arith.addi %v5689, %v5691 : i64
        %v5693 = llvm.getelementptr %segsum_x_im[%v5692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5684, %v5693 : f32, !llvm.ptr
        %v5694 = llvm.load %v227 : !llvm.ptr -> f32
        %v5695 = arith.muli %v1, %v7 : i64
        %v5696 = arith.addi %v5695, %v110 : i64
        %v5697 = arith.muli %v5696, %v2 : i64
        %v5698 = arith.addi %v5697, %v132 : i64
        %v5699 = arith.muli %v5698, %size_B : i64
        %v5700 = arith.subi %size_B, %v3 : i64
        %v5701 = arith.minsi %v113, %v5700 : i64
        %v5702 = arith.addi %v5699, %v5701 : i64
        %v5703 = llvm.getelementptr %segsum_x_im[%v5702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5694, %v5703 : f32, !llvm.ptr
        %v5704 = llvm.load %v165 : !llvm.ptr -> f32
        %v5705 = arith.muli %v110, %v2 : i64
        %v5706 = arith.addi %v5705, %v1 : i64
        %v5707 = arith.muli %v5706, %size_B : i64
        %v5708 = arith.subi %size_B, %v3 : i64
        %v5709 = arith.minsi %v113, %v5708 : i64
        %v5710 = arith.addi %v5707, %v5709 : i64
        %v5711 = llvm.getelementptr %segsum_x_im[%v5710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5704, %v5711 : f32, !llvm.ptr
        %v5712 = llvm.load %v939 : !llvm.ptr -> f32
        %v5713 = arith.addi %v7, %v110 : i64
        %v5714 = arith.muli %v5713, %v2 : i64
        %v5715 = arith.addi %v5714, %v1 : i64
        %v5716 = arith.muli %v5715, %size_B : i64
        %v5717 = arith.subi %size_B, %v3 : i64
        %v5718 = arith.minsi %v113, %v5717 : i64
        %v5719 = arith.addi %v5716, %v5718 : i64
        %v5720 = llvm.getelementptr %segsum_x_im[%v5719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5712, %v5720 : f32, !llvm.ptr
        %v5721 = llvm.load %v940 : !llvm.ptr -> f32
        %v5722 = arith.muli %v130, %v7 : i64
        %v5723 = arith.addi %v5722, %v110 : i64
        %v5724 = arith.muli %v5723, %v2 : i64
        %v5725 = arith.addi %v5724, %v1 : i64
        %v5726 = arith.muli %v5725, %size_B : i64
        %v5727 = arith.subi %size_B, %v3 : i64
        %v5728 = arith.minsi %v113, %v5727 : i64
        %v5729 = arith.addi %v5726, %v5728 : i64
        %v5730 = llvm.getelementptr %segsum_x_im[%v5729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5721, %v5730 : f32, !llvm.ptr
        %v5731 = llvm.load %v292 : !llvm.ptr -> f32
        %v5732 = arith.muli %v132, %v7 : i64
        %v5733 = arith.addi %v5732, %v110 : i64
        %v5734 = arith.muli %v5733, %v2 : i64
        %v5735 = arith.addi %v5734, %v1 : i64
        %v5736 = arith.muli %v5735, %size_B : i64
        %v5737 = arith.subi %size_B, %v3 : i64
        %v5738 = arith.minsi %v113, %v5737 : i64
        %v5739 = arith.addi %v5736, %v5738 : i64
        %v5740 = llvm.getelementptr %segsum_x_im[%v5739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5731, %v5740 : f32, !llvm.ptr
        %v5741 = llvm.load %v229 : !llvm.ptr -> f32
        %v5742 = arith.muli %v1, %v7 : i64
        %v5743 = arith.addi %v5742, %v110 : i64
        %v5744 = arith.muli %v5743, %v2 : i64
        %v5745 = arith.addi %v5744, %v1 : i64
        %v5746 = arith.muli %v5745, %size_B : i64
        %v5747 = arith.subi %size_B, %v3 : i64
        %v5748 = arith.minsi %v113, %v5747 : i64
        %v5749 = arith.addi %v5746, %v5748 : i64
        %v5750 = llvm.getelementptr %segsum_x_im[%v5749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5741, %v5750 : f32, !llvm.ptr
        %v5751 = llvm.load %v167 : !llvm.ptr -> f32
        %v5752 = arith.muli %v110, %v2 : i64
        %v5753 = arith.addi %v5752, %v135 : i64
        %v5754 = arith.muli %v5753, %size_B : i64
        %v5755 = arith.subi %size_B, %v3 : i64
        %v5756 = arith.minsi %v113, %v5755 : i64
        %v5757 = arith.addi %v5754, %v5756 : i64
        %v5758 = llvm.getelementptr %segsum_x_im[%v5757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5751, %v5758 : f32, !llvm.ptr
        %v5759 = llvm.load %v941 : !llvm.ptr -> f32
        %v5760 = arith.addi %v7, %v110 : i64
        %v5761 = arith.muli %v5760, %v2 : i64
        %v5762 = arith.addi %v5761, %v135 : i64
        %v5763 = arith.muli %v5762, %size_B : i64
        %v5764 = arith.subi %size_B, %v3 : i64
        %v5765 = arith.minsi %v113, %v5764 : i64
        %v5766 = arith.addi %v5763, %v5765 : i64
        %v5767 = llvm.getelementptr %segsum_x_im[%v5766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5759, %v5767 : f32, !llvm.ptr
        %v5768 = llvm.load %v942 : !llvm.ptr -> f32
        %v5769 = arith.muli %v130, %v7 : i64
        %v5770 = arith.addi %v5769, %v110 : i64
        %v5771 = arith.muli %v5770, %v2 : i64
        %v5772 = arith.addi %v5771, %v135 : i64
        %v5773 = arith.muli %v5772, %size_B : i64
        %v5774 = arith.subi %size_B, %v3 : i64
        %v5775 = arith.minsi %v113, %v5774 : i64
        %v5776 = arith.addi %v5773, %v5775 : i64
        %v5777 = llvm.getelementptr %segsum_x_im[%v5776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5768, %v5777 : f32, !llvm.ptr
        %v5778 = llvm.load %v294 : !llvm.ptr -> f32
        %v5779 = arith.muli %v132, %v7 : i64
        %v5780 = arith.addi %v5779, %v110 : i64
        %v5781 = arith.muli %v5780, %v2 : i64
        %v5782 = arith.addi %v5781, %v135 : i64
        %v5783 = arith.muli %v5782, %size_B : i64
        %v5784 = arith.subi %size_B, %v3 : i64
        %v5785 = arith.minsi %v113, %v5784 : i64
        %v5786 = arith.addi %v5783, %v5785 : i64
        %v5787 = llvm.getelementptr %segsum_x_im[%v5786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5778, %v5787 : f32, !llvm.ptr
        %v5788 = llvm.load %v231 : !llvm.ptr -> f32
        %v5789 = arith.muli %v1, %v7 : i64
        %v5790 = arith.addi %v5789, %v110 : i64
        %v5791 = arith.muli %v5790, %v2 : i64
        %v5792 = arith.addi %v5791, %v135 : i64
        %v5793 = arith.muli %v5792, %size_B : i64
        %v5794 = arith.subi %size_B, %v3 : i64
        %v5795 = arith.minsi %v113, %v5794 : i64
        %v5796 = arith.addi %v5793, %v5795 : i64
        %v5797 = llvm.getelementptr %segsum_x_im[%v5796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5788, %v5797 : f32, !llvm.ptr
        %v5798 = llvm.load %v169 : !llvm.ptr -> f32
        %v5799 = arith.muli %v110, %v2 : i64
        %v5800 = arith.addi %v5799, %v137 : i64
        %v5801 = arith.muli %v5800, %size_B : i64
        %v5802 = arith.subi %size_B, %v3 : i64
        %v5803 = arith.minsi %v113, %v5802 : i64
        %v5804 = arith.addi %v5801, %v5803 : i64
        %v5805 = llvm.getelementptr %segsum_x_im[%v5804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5798, %v5805 : f32, !llvm.ptr
        %v5806 = llvm.load %v943 : !llvm.ptr -> f32
        %v5807 = arith.addi %v7, %v110 : i64
        %v5808 = arith.muli %v5807, %v2 : i64
        %v5809 = arith.addi %v5808, %v137 : i64
        %v5810 = arith.muli %v5809, %size_B : i64
        %v5811 = arith.subi %size_B, %v3 : i64
        %v5812 = arith.minsi %v113, %v5811 : i64
        %v5813 = arith.addi %v5810, %v5812 : i64
        %v5814 = llvm.getelementptr %segsum_x_im[%v5813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5806, %v5814 : f32, !llvm.ptr
        %v5815 = llvm.load %v944 : !llvm.ptr -> f32
        %v5816 = arith.muli %v130, %v7 : i64
        %v5817 = arith.addi %v5816, %v110 : i64
        %v5818 = arith.muli %v5817, %v2 : i64
        %v5819 = arith.addi %v5818, %v137 : i64
        %v5820 = arith.muli %v5819, %size_B : i64
        %v5821 = arith.subi %size_B, %v3 : i64
        %v5822 = arith.minsi %v113, %v5821 : i64
        %v5823 = arith.addi %v5820, %v5822 : i64
        %v5824 = llvm.getelementptr %segsum_x_im[%v5823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5815, %v5824 : f32, !llvm.ptr
        %v5825 = llvm.load %v296 : !llvm.ptr -> f32
        %v5826 = arith.muli %v132, %v7 : i64
        %v5827 = arith.addi %v5826, %v110 : i64
        %v5828 = arith.muli %v5827, %v2 : i64
        %v5829 = arith.addi %v5828, %v137 : i64
        %v5830 = arith.muli %v5829, %size_B : i64
        %v5831 = arith.subi %size_B, %v3 : i64
        %v5832 = arith.minsi %v113, %v5831 : i64
        %v5833 = arith.addi %v5830, %v5832 : i64
        %v5834 = llvm.getelementptr %segsum_x_im[%v5833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5825, %v5834 : f32, !llvm.ptr
        %v5835 = llvm.load %v233 : !llvm.ptr -> f32
        %v5836 = arith.muli %v1, %v7 : i64
        %v5837 = arith.addi %v5836, %v110 : i64
        %v5838 = arith.muli %v5837, %v2 : i64
        %v5839 = arith.addi %v5838, %v137 : i64
        %v5840 = arith.muli %v5839, %size_B : i64
        %v5841 = arith.subi %size_B, %v3 : i64
        %v5842 = arith.minsi %v113, %v5841 : i64
        %v5843 = arith.addi %v5840, %v5842 : i64
        %v5844 = llvm.getelementptr %segsum_x_im[%v5843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5835, %v5844 : f32, !llvm.ptr
        %v5845 = llvm.load %v171 : !llvm.ptr -> f32
        %v5846 = arith.muli %v110, %v2 : i64
        %v5847 = arith.addi %v5846, %v139 : i64
        %v5848 = arith.muli %v5847, %size_B : i64
        %v5849 = arith.subi %size_B, %v3 : i64
        %v5850 = arith.minsi %v113, %v5849 : i64
        %v5851 = arith.addi %v5848, %v5850 : i64
        %v5852 = llvm.getelementptr %segsum_x_im[%v5851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5845, %v5852 : f32, !llvm.ptr
        %v5853 = llvm.load %v945 : !llvm.ptr -> f32
        %v5854 = arith.addi %v7, %v110 : i64
        %v5855 = arith.muli %v5854, %v2 : i64
        %v5856 = arith.addi %v5855, %v139 : i64
        %v5857 = arith.muli %v5856, %size_B : i64
        %v5858 = arith.subi %size_B, %v3 : i64
        %v5859 = arith.minsi %v113, %v5858 : i64
        %v5860 = arith.addi %v5857, %v5859 : i64
        %v5861 = llvm.getelementptr %segsum_x_im[%v5860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5853, %v5861 : f32, !llvm.ptr
        %v5862 = llvm.load %v946 : !llvm.ptr -> f32
        %v5863 = arith.muli %v130, %v7 : i64
        %v5864 = arith.addi %v5863, %v110 : i64
        %v5865 = arith.muli %v5864, %v2 : i64
        %v5866 = arith.addi %v5865, %v139 : i64
        %v5867 = arith.muli %v5866, %size_B : i64
        %v5868 = arith.subi %size_B, %v3 : i64
        %v5869 = arith.minsi %v113, %v5868 : i64
        %v5870 = arith.addi %v5867, %v5869 : i64
        %v5871 = llvm.getelementptr %segsum_x_im[%v5870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5862, %v5871 : f32, !llvm.ptr
        %v5872 = llvm.load %v298 : !llvm.ptr -> f32
        %v5873 = arith.muli %v132, %v7 : i64
        %v5874 = arith.addi %v5873, %v110 : i64
        %v5875 = arith.muli %v5874, %v2 : i64
        %v5876 = arith.addi %v5875, %v139 : i64
        %v5877 = arith.muli %v5876, %size_B : i64
        %v5878 = arith.subi %size_B, %v3 : i64
        %v5879 = arith.minsi %v113, %v5878 : i64
        %v5880 = arith.addi %v5877, %v5879 : i64
        %v5881 = llvm.getelementptr %segsum_x_im[%v5880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5872, %v5881 : f32, !llvm.ptr
        %v5882 = llvm.load %v235 : !llvm.ptr -> f32
        %v5883 = arith.muli %v1, %v7 : i64
        %v5884 = arith.addi %v5883, %v110 : i64
        %v5885 = arith.muli %v5884, %v2 : i64
        %v5886 = arith.addi %v5885, %v139 : i64
        %v5887 = arith.muli %v5886, %size_B : i64
        %v5888 = arith.subi %size_B, %v3 : i64
        %v5889 = arith.minsi %v113, %v5888 : i64
        %v5890 = arith.addi %v5887, %v5889 : i64
        %v5891 = llvm.getelementptr %segsum_x_im[%v5890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5882, %v5891 : f32, !llvm.ptr
        %v5892 = llvm.load %v173 : !llvm.ptr -> f32
        %v5893 = arith.muli %v110, %v2 : i64
        %v5894 = arith.addi %v5893, %v141 : i64
        %v5895 = arith.muli %v5894, %size_B : i64
        %v5896 = arith.subi %size_B, %v3 : i64
        %v5897 = arith.minsi %v113, %v5896 : i64
        %v5898 = arith.addi %v5895, %v5897 : i64
        %v5899 = llvm.getelementptr %segsum_x_im[%v5898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5892, %v5899 : f32, !llvm.ptr
        %v5900 = llvm.load %v947 : !llvm.ptr -> f32
        %v5901 = arith.addi %v7, %v110 : i64
        %v5902 = arith.muli %v5901, %v2 : i64
        %v5903 = arith.addi %v5902, %v141 : i64
        %v5904 = arith.muli %v5903, %size_B : i64
        %v5905 = arith.subi %size_B, %v3 : i64
        %v5906 = arith.minsi %v113, %v5905 : i64
        %v5907 = arith.addi %v5904, %v5906 : i64
        %v5908 = llvm.getelementptr %segsum_x_im[%v5907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5900, %v5908 : f32, !llvm.ptr
        %v5909 = llvm.load %v948 : !llvm.ptr -> f32
        %v5910 = arith.muli %v130, %v7 : i64
        %v5911 = arith.addi %v5910, %v110 : i64
        %v5912 = arith.muli %v5911, %v2 : i64
        %v5913 = arith.addi %v5912, %v141 : i64
        %v5914 = arith.muli %v5913, %size_B : i64
        %v5915 = arith.subi %size_B, %v3 : i64
        %v5916 = arith.minsi %v113, %v5915 : i64
        %v5917 = arith.addi %v5914, %v5916 : i64
        %v5918 = llvm.getelementptr %segsum_x_im[%v5917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5909, %v5918 : f32, !llvm.ptr
        %v5919 = llvm.load %v300 : !llvm.ptr -> f32
        %v5920 = arith.muli %v132, %v7 : i64
        %v5921 = arith.addi %v5920, %v110 : i64
        %v5922 = arith.muli %v5921, %v2 : i64
        %v5923 = arith.addi %v5922, %v141 : i64
        %v5924 = arith.muli %v5923, %size_B : i64
        %v5925 = arith.subi %size_B, %v3 : i64
        %v5926 = arith.minsi %v113, %v5925 : i64
        %v5927 = arith.addi %v5924, %v5926 : i64
        %v5928 = llvm.getelementptr %segsum_x_im[%v5927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5919, %v5928 : f32, !llvm.ptr
        %v5929 = llvm.load %v237 : !llvm.ptr -> f32
        %v5930 = arith.muli %v1, %v7 : i64
        %v5931 = arith.addi %v5930, %v110 : i64
        %v5932 = arith.muli %v5931, %v2 : i64
        %v5933 = arith.addi %v5932, %v141 : i64
        %v5934 = arith.muli %v5933, %size_B : i64
        %v5935 = arith.subi %size_B, %v3 : i64
        %v5936 = arith.minsi %v113, %v5935 : i64
        %v5937 = arith.addi %v5934, %v5936 : i64
        %v5938 = llvm.getelementptr %segsum_x_im[%v5937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5929, %v5938 : f32, !llvm.ptr
        %v5939 = llvm.load %v175 : !llvm.ptr -> f32
        %v5940 = arith.muli %v110, %v2 : i64
        %v5941 = arith.addi %v5940, %v143 : i64
        %v5942 = arith.muli %v5941, %size_B : i64
        %v5943 = arith.subi %size_B, %v3 : i64
        %v5944 = arith.minsi %v113, %v5943 : i64
        %v5945 = arith.addi %v5942, %v5944 : i64
        %v5946 = llvm.getelementptr %segsum_x_im[%v5945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5939, %v5946 : f32, !llvm.ptr
        %v5947 = llvm.load %v949 : !llvm.ptr -> f32
        %v5948 = arith.addi %v7, %v110 : i64
        %v5949 = arith.muli %v5948, %v2 : i64
        %v5950 = arith.addi %v5949, %v143 : i64
        %v5951 = arith.muli %v5950, %size_B : i64
        %v5952 = arith.subi %size_B, %v3 : i64
        %v5953 = arith.minsi %v113, %v5952 : i64
        %v5954 = arith.addi %v5951, %v5953 : i64
        %v5955 = llvm.getelementptr %segsum_x_im[%v5954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5947, %v5955 : f32, !llvm.ptr
        %v5956 = llvm.load %v950 : !llvm.ptr -> f32
        %v5957 = arith.muli %v130, %v7 : i64
        %v5958 = arith.addi %v5957, %v110 : i64
        %v5959 = arith.muli %v5958, %v2 : i64
        %v5960 = arith.addi %v5959, %v143 : i64
        %v5961 = arith.muli %v5960, %size_B : i64
        %v5962 = arith.subi %size_B, %v3 : i64
        %v5963 = arith.minsi %v113, %v5962 : i64
        %v5964 = arith.addi %v5961, %v5963 : i64
        %v5965 = llvm.getelementptr %segsum_x_im[%v5964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5956, %v5965 : f32, !llvm.ptr
        %v5966 = llvm.load %v302 : !llvm.ptr -> f32
        %v5967 = arith.muli %v132, %v7 : i64
        %v5968 = arith.addi %v5967, %v110 : i64
        %v5969 = arith.muli %v5968, %v2 : i64
        %v5970 = arith.addi %v5969, %v143 : i64
        %v5971 = arith.muli %v5970, %size_B : i64
        %v5972 = arith.subi %size_B, %v3 : i64
        %v5973 = arith.minsi %v113, %v5972 : i64
        %v5974 = arith.addi %v5971, %v5973 : i64
        %v5975 = llvm.getelementptr %segsum_x_im[%v5974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5966, %v5975 : f32, !llvm.ptr
        %v5976 = llvm.load %v239 : !llvm.ptr -> f32
        %v5977 = arith.muli %v1, %v7 : i64
        %v5978 = arith.addi %v5977, %v110 : i64
        %v5979 = arith.muli %v5978, %v2 : i64
        %v5980 = arith.addi %v5979, %v143 : i64
        %v5981 = arith.muli %v5980, %size_B : i64
        %v5982 = arith.subi %size_B, %v3 : i64
        %v5983 = arith.minsi %v113, %v5982 : i64
        %v5984 = arith.addi %v5981, %v5983 : i64
        %v5985 = llvm.getelementptr %segsum_x_im[%v5984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5976, %v5985 : f32, !llvm.ptr
        %v5986 = llvm.load %v177 : !llvm.ptr -> f32
        %v5987 = arith.muli %v110, %v2 : i64
        %v5988 = arith.addi %v5987, %v145 : i64
        %v5989 = arith.muli %v5988, %size_B : i64
        %v5990 = arith.subi %size_B, %v3 : i64
        %v5991 = arith.minsi %v113, %v5990 : i64
        %v5992 = arith.addi %v5989, %v5991 : i64
        %v5993 = llvm.getelementptr %segsum_x_im[%v5992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5986, %v5993 : f32, !llvm.ptr
        %v5994 = llvm.load %v951 : !llvm.ptr -> f32
        %v5995 = arith.addi %v7, %v110 : i64
        %v5996 = arith.muli %v5995, %v2 : i64
        %v5997 = arith.addi %v5996, %v145 : i64
        %v5998 = arith.muli %v5997, %size_B : i64
        %v5999 = arith.subi %size_B, %v3 : i64
        %v6000 = arith.minsi %v113, %v5999 : i64
        %v6001 = arith.addi %v5998, %v6000 : i64
        %v6002 = llvm.getelementptr %segsum_x_im[%v6001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5994, %v6002 : f32, !llvm.ptr
        %v6003 = llvm.load %v952 : !llvm.ptr -> f32
        %v6004 = arith.muli %v130, %v7 : i64
        %v6005 = arith.addi %v6004, %v110 : i64
        %v6006 = arith.muli %v6005, %v2 : i64
        %v6007 = arith.addi %v6006, %v145 : i64
        %v6008 = arith.muli %v6007, %size_B : i64
        %v6009 = arith.subi %size_B, %v3 : i64
        %v6010 = arith.minsi %v113, %v6009 : i64
        %v6011 = arith.addi %v6008, %v6010 : i64
        %v6012 = llvm.getelementptr %segsum_x_im[%v6011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6003, %v6012 : f32, !llvm.ptr
        %v6013 = llvm.load %v304 : !llvm.ptr -> f32
        %v6014 = arith.muli %v132, %v7 : i64
        %v6015 = arith.addi %v6014, %v110 : i64
        %v6016 = arith.muli %v6015, %v2 : i64
        %v6017 = arith.addi %v6016, %v145 : i64
        %v6018 = arith.muli %v6017, %size_B : i64
        %v6019 = arith.subi %size_B, %v3 : i64
        %v6020 = arith.minsi %v113, %v6019 : i64
        %v6021 = arith.addi %v6018, %v6020 : i64
        %v6022 = llvm.getelementptr %segsum_x_im[%v6021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6013, %v6022 : f32, !llvm.ptr
        %v6023 = llvm.load %v241 : !llvm.ptr -> f32
        %v6024 = arith.muli %v1, %v7 : i64
        %v6025 = arith.addi %v6024, %v110 : i64
        %v6026 = arith.muli %v6025, %v2 : i64
        %v6027 = arith.addi %v6026, %v145 : i64
        %v6028 = arith.muli %v6027, %size_B : i64
        %v6029 = arith.subi %size_B, %v3 : i64
        %v6030 = arith.minsi %v113, %v6029 : i64
        %v6031 = arith.addi %v6028, %v6030 : i64
        %v6032 = llvm.getelementptr %segsum_x_im[%v6031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6023, %v6032 : f32, !llvm.ptr
        %v6033 = llvm.load %v179 : !llvm.ptr -> f32
        %v6034 = arith.muli %v110, %v2 : i64
        %v6035 = arith.addi %v6034, %v147 : i64
        %v6036 = arith.muli %v6035, %size_B : i64
        %v6037 = arith.subi %size_B, %v3 : i64
        %v6038 = arith.minsi %v113, %v6037 : i64
        %v6039 = arith.addi %v6036, %v6038 : i64
        %v6040 = llvm.getelementptr %segsum_x_im[%v6039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6033, %v6040 : f32, !llvm.ptr
        %v6041 = llvm.load %v953 : !llvm.ptr -> f32
        %v6042 = arith.addi %v7, %v110 : i64
        %v6043 = arith.muli %v6042, %v2 : i64
        %v6044 = arith.addi %v6043, %v147 : i64
        %v6045 = arith.muli %v6044, %size_B : i64
        %v6046 = arith.subi %size_B, %v3 : i64
        %v6047 = arith.minsi %v113, %v6046 : i64
        %v6048 = arith.addi %v6045, %v6047 : i64
        %v6049 = llvm.getelementptr %segsum_x_im[%v6048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6041, %v6049 : f32, !llvm.ptr
        %v6050 = llvm.load %v954 : !llvm.ptr -> f32
        %v6051 = arith.muli %v130, %v7 : i64
        %v6052 = arith.addi %v6051, %v110 : i64
        %v6053 = arith.muli %v6052, %v2 : i64
        %v6054 = arith.addi %v6053, %v147 : i64
        %v6055 = arith.muli %v6054, %size_B : i64
        %v6056 = arith.subi %size_B, %v3 : i64
        %v6057 = arith.minsi %v113, %v6056 : i64
        %v6058 = arith.addi %v6055, %v6057 : i64
        %v6059 = llvm.getelementptr %segsum_x_im[%v6058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6050, %v6059 : f32, !llvm.ptr
        %v6060 = llvm.load %v306 : !llvm.ptr -> f32
        %v6061 = arith.muli %v132, %v7 : i64
        %v6062 = arith.addi %v6061, %v110 : i64
        %v6063 = arith.muli %v6062, %v2 : i64
        %v6064 = arith.addi %v6063, %v147 : i64
        %v6065 = arith.muli %v6064, %size_B : i64
        %v6066 = arith.subi %size_B, %v3 : i64
        %v6067 = arith.minsi %v113, %v6066 : i64
        %v6068 = arith.addi %v6065, %v6067 : i64
        %v6069 = llvm.getelementptr %segsum_x_im[%v6068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6060, %v6069 : f32, !llvm.ptr
        %v6070 = llvm.load %v243 : !llvm.ptr -> f32
        %v6071 = arith.muli %v1, %v7 : i64
        %v6072 = arith.addi %v6071, %v110 : i64
        %v6073 = arith.muli %v6072, %v2 : i64
        %v6074 = arith.addi %v6073, %v147 : i64
        %v6075 = arith.muli %v6074, %size_B : i64
        %v6076 = arith.subi %size_B, %v3 : i64
        %v6077 = arith.minsi %v113, %v6076 : i64
        %v6078 = arith.addi %v6075, %v6077 : i64
        %v6079 = llvm.getelementptr %segsum_x_im[%v6078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6070, %v6079 : f32, !llvm.ptr
        %v6080 = llvm.load %v181 : !llvm.ptr -> f32
        %v6081 = arith.muli %v110, %v2 : i64
        %v6082 = arith.addi %v6081, %v149 : i64
        %v6083 = arith.muli %v6082, %size_B : i64
        %v6084 = arith.subi %size_B, %v3 : i64
        %v6085 = arith.minsi %v113, %v6084 : i64
        %v6086 = arith.addi %v6083, %v6085 : i64
        %v6087 = llvm.getelementptr %segsum_x_im[%v6086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6080, %v6087 : f32, !llvm.ptr
        %v6088 = llvm.load %v955 : !llvm.ptr -> f32
        %v6089 = arith.addi %v7, %v110 : i64
        %v6090 = arith.muli %v6089, %v2 : i64
        %v6091 = arith.addi %v6090, %v149 : i64
        %v6092 = arith.muli %v6091, %size_B : i64
        %v6093 = arith.subi %size_B, %v3 : i64
        %v6094 = arith.minsi %v113, %v6093 : i64
        %v6095 = arith.addi %v6092, %v6094 : i64
        %v6096 = llvm.getelementptr %segsum_x_im[%v6095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6088, %v6096 : f32, !llvm.ptr
        %v6097 = llvm.load %v956 : !llvm.ptr -> f32
        %v6098 = arith.muli %v130, %v7 : i64
        %v6099 = arith.addi %v6098, %v110 : i64
        %v6100 = arith.muli %v6099, %v2 : i64
        %v6101 = arith.addi %v6100, %v149 : i64
        %v6102 = arith.muli %v6101, %size_B : i64
        %v6103 = arith.subi %size_B, %v3 : i64
        %v6104 = arith.minsi %v113, %v6103 : i64
        %v6105 = arith.addi %v6102, %v6104 : i64
        %v6106 = llvm.getelementptr %segsum_x_im[%v6105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6097, %v6106 : f32, !llvm.ptr
        %v6107 = llvm.load %v308 : !llvm.ptr -> f32
        %v6108 = arith.muli %v132, %v7 : i64
        %v6109 = arith.addi %v6108, %v110 : i64
        %v6110 = arith.muli %v6109, %v2 : i64
        %v6111 = arith.addi %v6110, %v149 : i64
        %v6112 = arith.muli %v6111, %size_B : i64
        %v6113 = arith.subi %size_B, %v3 : i64
        %v6114 = arith.minsi %v113, %v6113 : i64
        %v6115 = arith.addi %v6112, %v6114 : i64
        %v6116 = llvm.getelementptr %segsum_x_im[%v6115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6107, %v6116 : f32, !llvm.ptr
        %v6117 = llvm.load %v245 : !llvm.ptr -> f32
        %v6118 = arith.muli %v1, %v7 : i64
        %v6119 = arith.addi %v6118, %v110 : i64
        %v6120 = arith.muli %v6119, %v2 : i64
        %v6121 = arith.addi %v6120, %v149 : i64
        %v6122 = arith.muli %v6121, %size_B : i64
        %v6123 = arith.subi %size_B, %v3 : i64
        %v6124 = arith.minsi %v113, %v6123 : i64
        %v6125 = arith.addi %v6122, %v6124 : i64
        %v6126 = llvm.getelementptr %segsum_x_im[%v6125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6117, %v6126 : f32, !llvm.ptr
        %v6127 = llvm.load %v183 : !llvm.ptr -> f32
        %v6128 = arith.muli %v110, %v2 : i64
        %v6129 = arith.addi %v6128, %v151 : i64
        %v6130 = arith.muli %v6129, %size_B : i64
        %v6131 = arith.subi %size_B, %v3 : i64
        %v6132 = arith.minsi %v113, %v6131 : i64
        %v6133 = arith.addi %v6130, %v6132 : i64
        %v6134 = llvm.getelementptr %segsum_x_im[%v6133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6127, %v6134 : f32, !llvm.ptr
        %v6135 = llvm.load %v957 : !llvm.ptr -> f32
        %v6136 = arith.addi %v7, %v110 : i64
        %v6137 = arith.muli %v6136, %v2 : i64
        %v6138 = arith.addi %v6137, %v151 : i64
        %v6139 = arith.muli %v6138, %size_B : i64
        %v6140 = arith.subi %size_B, %v3 : i64
        %v6141 = arith.minsi %v113, %v6140 : i64
        %v6142 = arith.addi %v6139, %v6141 : i64
        %v6143 = llvm.getelementptr %segsum_x_im[%v6142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6135, %v6143 : f32, !llvm.ptr
        %v6144 = llvm.load %v958 : !llvm.ptr -> f32
        %v6145 = arith.muli %v130, %v7 : i64
        %v6146 = arith.addi %v6145, %v110 : i64
        %v6147 = arith.muli %v6146, %v2 : i64
        %v6148 = arith.addi %v6147, %v151 : i64
        %v6149 = arith.muli %v6148, %size_B : i64
        %v6150 = arith.subi %size_B, %v3 : i64
        %v6151 = arith.minsi %v113, %v6150 : i64
        %v6152 = arith.addi %v6149, %v6151 : i64
        %v6153 = llvm.getelementptr %segsum_x_im[%v6152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6144, %v6153 : f32, !llvm.ptr
        %v6154 = llvm.load %v310 : !llvm.ptr -> f32
        %v6155 = arith.muli %v132, %v7 : i64
        %v6156 = arith.addi %v6155, %v110 : i64
        %v6157 = arith.muli %v6156, %v2 : i64
        %v6158 = arith.addi %v6157, %v151 : i64
        %v6159 = arith.muli %v6158, %size_B : i64
        %v6160 = arith.subi %size_B, %v3 : i64
        %v6161 = arith.minsi %v113, %v6160 : i64
        %v6162 = arith.addi %v6159, %v6161 : i64
        %v6163 = llvm.getelementptr %segsum_x_im[%v6162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6154, %v6163 : f32, !llvm.ptr
        %v6164 = llvm.load %v247 : !llvm.ptr -> f32
        %v6165 = arith.muli %v1, %v7 : i64
        %v6166 = arith.addi %v6165, %v110 : i64
        %v6167 = arith.muli %v6166, %v2 : i64
        %v6168 = arith.addi %v6167, %v151 : i64
        %v6169 = arith.muli %v6168, %size_B : i64
        %v6170 = arith.subi %size_B, %v3 : i64
        %v6171 = arith.minsi %v113, %v6170 : i64
        %v6172 = arith.addi %v6169, %v6171 : i64
        %v6173 = llvm.getelementptr %segsum_x_im[%v6172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6164, %v6173 : f32, !llvm.ptr
        %v6174 = llvm.load %v185 : !llvm.ptr -> f32
        %v6175 = arith.muli %v110, %v2 : i64
        %v6176 = arith.addi %v6175, %v153 : i64
        %v6177 = arith.muli %v6176, %size_B : i64
        %v6178 = arith.subi %size_B, %v3 : i64
        %v6179 = arith.minsi %v113, %v6178 : i64
        %v6180 = arith.addi %v6177, %v6179 : i64
        %v6181 = llvm.getelementptr %segsum_x_im[%v6180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6174, %v6181 : f32, !llvm.ptr
        %v6182 = llvm.load %v959 : !llvm.ptr -> f32
        %v6183 = arith.addi %v7, %v110 : i64
        %v6184 = arith.muli %v6183, %v2 : i64
        %v6185 = arith.addi %v6184, %v153 : i64
        %v6186 = arith.muli %v6185, %size_B : i64
        %v6187 = arith.subi %size_B, %v3 : i64
        %v6188 = arith.minsi %v113, %v6187 : i64
        %v6189 = arith.addi %v6186, %v6188 : i64
        %v6190 = llvm.getelementptr %segsum_x_im[%v6189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6182, %v6190 : f32, !llvm.ptr
        %v6191 = llvm.load %v960 : !llvm.ptr -> f32
        %v6192 = arith.muli %v130, %v7 : i64
        %v6193 = arith.addi %v6192, %v110 : i64
        %v6194 = arith.muli %v6193, %v2 : i64
        %v6195 = arith.addi %v6194, %v153 : i64
        %v6196 = arith.muli %v6195, %size_B : i64
        %v6197 = arith.subi %size_B, %v3 : i64
        %v6198 = arith.minsi %v113, %v6197 : i64
        %v6199 = arith.addi %v6196, %v6198 : i64
        %v6200 = llvm.getelementptr %segsum_x_im[%v6199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6191, %v6200 : f32, !llvm.ptr
        %v6201 = llvm.load %v312 : !llvm.ptr -> f32
        %v6202 = arith.muli %v132, %v7 : i64
        %v6203 = arith.addi %v6202, %v110 : i64
        %v6204 = arith.muli %v6203, %v2 : i64
        %v6205 = arith.addi %v6204, %v153 : i64
        %v6206 = arith.muli %v6205, %size_B : i64
        %v6207 = arith.subi %size_B, %v3 : i64
        %v6208 = arith.minsi %v113, %v6207 : i64
        %v6209 = arith.addi %v6206, %v6208 : i64
        %v6210 = llvm.getelementptr %segsum_x_im[%v6209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6201, %v6210 : f32, !llvm.ptr
        %v6211 = llvm.load %v249 : !llvm.ptr -> f32
        %v6212 = arith.muli %v1, %v7 : i64
        %v6213 = arith.addi %v6212, %v110 : i64
        %v6214 = arith.muli %v6213, %v2 : i64
        %v6215 = arith.addi %v6214, %v153 : i64
        %v6216 = arith.muli %v6215, %size_B : i64
        %v6217 = arith.subi %size_B, %v3 : i64
        %v6218 = arith.minsi %v113, %v6217 : i64
        %v6219 = arith.addi %v6216, %v6218 : i64
        %v6220 = llvm.getelementptr %segsum_x_im[%v6219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6211, %v6220 : f32, !llvm.ptr
        %v6221 = llvm.load %v187 : !llvm.ptr -> f32
        %v6222 = arith.muli %v110, %v2 : i64
        %v6223 = arith.addi %v6222, %v155 : i64
        %v6224 = arith.muli %v6223, %size_B : i64
        %v6225 = arith.subi %size_B, %v3 : i64
        %v6226 = arith.minsi %v113, %v6225 : i64
        %v6227 = arith.addi %v6224, %v6226 : i64
        %v6228 = llvm.getelementptr %segsum_x_im[%v6227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6221, %v6228 : f32, !llvm.ptr
        %v6229 = llvm.load %v961 : !llvm.ptr -> f32
        %v6230 = arith.addi %v7, %v110 : i64
        %v6231 = arith.muli %v6230, %v2 : i64
        %v6232 = arith.addi %v6231, %v155 : i64
        %v6233 = arith.muli %v6232, %size_B : i64
        %v6234 = arith.subi %size_B, %v3 : i64
        %v6235 = arith.minsi %v113, %v6234 : i64
        %v6236 = arith.addi %v6233, %v6235 : i64
        %v6237 = llvm.getelementptr %segsum_x_im[%v6236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6229, %v6237 : f32, !llvm.ptr
        %v6238 = llvm.load %v962 : !llvm.ptr -> f32
        %v6239 = arith.muli %v130, %v7 : i64
        %v6240 = arith.addi %v6239, %v110 : i64
        %v6241 = arith.muli %v6240, %v2 : i64
        %v6242 = arith.addi %v6241, %v155 : i64
        %v6243 = arith.muli %v6242, %size_B : i64
        %v6244 = arith.subi %size_B, %v3 : i64
        %v6245 = arith.minsi %v113, %v6244 : i64
        %v6246 = arith.addi %v6243, %v6245 : i64
        %v6247 = llvm.getelementptr %segsum_x_im[%v6246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6238, %v6247 : f32, !llvm.ptr
        %v6248 = llvm.load %v314 : !llvm.ptr -> f32
        %v6249 = arith.muli %v132, %v7 : i64
        %v6250 = arith.addi %v6249, %v110 : i64
        %v6251 = arith.muli %v6250, %v2 : i64
        %v6252 = arith.addi %v6251, %v155 : i64
        %v6253 = arith.muli %v6252, %size_B : i64
        %v6254 = arith.subi %size_B, %v3 : i64
        %v6255 = arith.minsi %v113, %v6254 : i64
        %v6256 = arith.addi %v6253, %v6255 : i64
        %v6257 = llvm.getelementptr %segsum_x_im[%v6256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6248, %v6257 : f32, !llvm.ptr
        %v6258 = llvm.load %v250 : !llvm.ptr -> f32
        %v6259 = arith.muli %v1, %v7 : i64
        %v6260 = arith.addi %v6259, %v110 : i64
        %v6261 = arith.muli %v6260, %v2 : i64
        %v6262 = arith.addi %v6261, %v155 : i64
        %v6263 = arith.muli %v6262, %size_B : i64
        %v6264 = arith.subi %size_B, %v3 : i64
        %v6265 = arith.minsi %v113, %v6264 : i64
        %v6266 = arith.addi %v6263, %v6265 : i64
        %v6267 = llvm.getelementptr %segsum_x_im[%v6266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6258, %v6267 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
