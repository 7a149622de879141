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
      %v1001 = arith.constant 2147483647 : i64
      %v1004 = arith.constant 0 : i32
      %v1107 = arith.muli %v1, %size_L : i64
      %v2406 = arith.constant 0x3FB8AA3B : f32
      %v2417 = arith.constant 0x3E22F983 : f32
      %v2420 = arith.constant 0x40C90000 : f32
      %v2421 = arith.constant 0x3AFDAA22 : f32
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
              %v995 = arith.subi %v979, %v3 : i64
              // the group's states, recomputed into registers
              %v996 = arith.subi %v979, %v993 : i64
              %v997 = arith.trunci %v996 : i64 to i32
              %v998 = arith.subi %size_L, %v3 : i64
              %v999 = arith.addi %v977, %v993 : i64
              %v1000 = arith.subi %v998, %v999 : i64
              %v1002 = arith.minsi %v1000, %v1001 : i64
              %v1003 = arith.trunci %v1002 : i64 to i32
              %v1005 = arith.cmpi slt, %v1004, %v997 : i32
              %v1006 = arith.cmpi eq, %v1004, %v1003 : i32
              %v1007 = arith.addi %v977, %v993 : i64
              %v1008 = llvm.load %v128 : !llvm.ptr -> f32
              %v1009 = llvm.load %v129 : !llvm.ptr -> f32
              %v1010 = llvm.load %v131 : !llvm.ptr -> f32
              %v1011 = llvm.load %v133 : !llvm.ptr -> f32
              %v1012 = llvm.load %v134 : !llvm.ptr -> f32
              %v1013 = llvm.load %v136 : !llvm.ptr -> f32
              %v1014 = llvm.load %v138 : !llvm.ptr -> f32
              %v1015 = llvm.load %v140 : !llvm.ptr -> f32
              %v1016 = llvm.load %v142 : !llvm.ptr -> f32
              %v1017 = llvm.load %v144 : !llvm.ptr -> f32
              %v1018 = llvm.load %v146 : !llvm.ptr -> f32
              %v1019 = llvm.load %v148 : !llvm.ptr -> f32
              %v1020 = llvm.load %v150 : !llvm.ptr -> f32
              %v1021 = llvm.load %v152 : !llvm.ptr -> f32
              %v1022 = llvm.load %v154 : !llvm.ptr -> f32
              %v1023 = llvm.load %v156 : !llvm.ptr -> f32
              %v1024 = llvm.load %v157 : !llvm.ptr -> f32
              %v1025 = llvm.load %v159 : !llvm.ptr -> f32
              %v1026 = llvm.load %v161 : !llvm.ptr -> f32
              %v1027 = llvm.load %v163 : !llvm.ptr -> f32
              %v1028 = llvm.load %v165 : !llvm.ptr -> f32
              %v1029 = llvm.load %v167 : !llvm.ptr -> f32
              %v1030 = llvm.load %v169 : !llvm.ptr -> f32
              %v1031 = llvm.load %v171 : !llvm.ptr -> f32
              %v1032 = llvm.load %v173 : !llvm.ptr -> f32
              %v1033 = llvm.load %v175 : !llvm.ptr -> f32
              %v1034 = llvm.load %v177 : !llvm.ptr -> f32
              %v1035 = llvm.load %v179 : !llvm.ptr -> f32
              %v1036 = llvm.load %v181 : !llvm.ptr -> f32
              %v1037 = llvm.load %v183 : !llvm.ptr -> f32
              %v1038 = llvm.load %v185 : !llvm.ptr -> f32
              %v1039 = llvm.load %v187 : !llvm.ptr -> f32
              %v1040 = llvm.load %v899 : !llvm.ptr -> f32
              %v1041 = llvm.load %v900 : !llvm.ptr -> f32
              %v1042 = llvm.load %v901 : !llvm.ptr -> f32
              %v1043 = llvm.load %v902 : !llvm.ptr -> f32
              %v1044 = llvm.load %v903 : !llvm.ptr -> f32
              %v1045 = llvm.load %v904 : !llvm.ptr -> f32
              %v1046 = llvm.load %v905 : !llvm.ptr -> f32
              %v1047 = llvm.load %v906 : !llvm.ptr -> f32
              %v1048 = llvm.load %v907 : !llvm.ptr -> f32
              %v1049 = llvm.load %v908 : !llvm.ptr -> f32
              %v1050 = llvm.load %v909 : !llvm.ptr -> f32
              %v1051 = llvm.load %v910 : !llvm.ptr -> f32
              %v1052 = llvm.load %v911 : !llvm.ptr -> f32
              %v1053 = llvm.load %v912 : !llvm.ptr -> f32
              %v1054 = llvm.load %v913 : !llvm.ptr -> f32
              %v1055 = llvm.load %v914 : !llvm.ptr -> f32
              %v1056 = llvm.load %v915 : !llvm.ptr -> f32
              %v1057 = llvm.load %v916 : !llvm.ptr -> f32
              %v1058 = llvm.load %v917 : !llvm.ptr -> f32
              %v1059 = llvm.load %v918 : !llvm.ptr -> f32
              %v1060 = llvm.load %v919 : !llvm.ptr -> f32
              %v1061 = llvm.load %v920 : !llvm.ptr -> f32
              %v1062 = llvm.load %v921 : !llvm.ptr -> f32
              %v1063 = llvm.load %v922 : !llvm.ptr -> f32
              %v1064 = llvm.load %v923 : !llvm.ptr -> f32
              %v1065 = llvm.load %v924 : !llvm.ptr -> f32
              %v1066 = llvm.load %v925 : !llvm.ptr -> f32
              %v1067 = llvm.load %v926 : !llvm.ptr -> f32
              %v1068 = llvm.load %v927 : !llvm.ptr -> f32
              %v1069 = llvm.load %v928 : !llvm.ptr -> f32
              %v1070 = llvm.load %v929 : !llvm.ptr -> f32
              %v1071 = llvm.load %v930 : !llvm.ptr -> f32
              %v1072 = llvm.load %v931 : !llvm.ptr -> f32
              %v1073 = llvm.load %v932 : !llvm.ptr -> f32
              %v1074 = llvm.load %v933 : !llvm.ptr -> f32
              %v1075 = llvm.load %v934 : !llvm.ptr -> f32
              %v1076 = llvm.load %v935 : !llvm.ptr -> f32
              %v1077 = llvm.load %v936 : !llvm.ptr -> f32
              %v1078 = llvm.load %v937 : !llvm.ptr -> f32
              %v1079 = llvm.load %v938 : !llvm.ptr -> f32
              %v1080 = llvm.load %v939 : !llvm.ptr -> f32
              %v1081 = llvm.load %v940 : !llvm.ptr -> f32
              %v1082 = llvm.load %v941 : !llvm.ptr -> f32
              %v1083 = llvm.load %v942 : !llvm.ptr -> f32
              %v1084 = llvm.load %v943 : !llvm.ptr -> f32
              %v1085 = llvm.load %v944 : !llvm.ptr -> f32
              %v1086 = llvm.load %v945 : !llvm.ptr -> f32
              %v1087 = llvm.load %v946 : !llvm.ptr -> f32
              %v1088 = llvm.load %v947 : !llvm.ptr -> f32
              %v1089 = llvm.load %v948 : !llvm.ptr -> f32
              %v1090 = llvm.load %v949 : !llvm.ptr -> f32
              %v1091 = llvm.load %v950 : !llvm.ptr -> f32
              %v1092 = llvm.load %v951 : !llvm.ptr -> f32
              %v1093 = llvm.load %v952 : !llvm.ptr -> f32
              %v1094 = llvm.load %v953 : !llvm.ptr -> f32
              %v1095 = llvm.load %v954 : !llvm.ptr -> f32
              %v1096 = llvm.load %v955 : !llvm.ptr -> f32
              %v1097 = llvm.load %v956 : !llvm.ptr -> f32
              %v1098 = llvm.load %v957 : !llvm.ptr -> f32
              %v1099 = llvm.load %v958 : !llvm.ptr -> f32
              %v1100 = llvm.load %v959 : !llvm.ptr -> f32
              %v1101 = llvm.load %v960 : !llvm.ptr -> f32
              %v1102 = llvm.load %v961 : !llvm.ptr -> f32
              %v1103 = llvm.load %v962 : !llvm.ptr -> f32
              %v1104 = arith.constant 0 : i64
              %v1105 = llvm.getelementptr %in_C_re[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
              %v1108 = arith.muli %v117, %v1107 : i64
              %v1109 = arith.muli %v1007, %v1 : i64
              %v1110 = arith.addi %v1108, %v1109 : i64
              %v1111 = llvm.getelementptr %dy_y[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
              %v1113 = arith.mulf %v1106, %v1112 fastmath<contract> : f32
              %v1114 = arith.constant 1 : i64
              %v1115 = arith.muli %v1114, %v2 : i64
              %v1116 = llvm.getelementptr %in_C_re[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
              %v1118 = arith.muli %v117, %v1107 : i64
              %v1119 = arith.muli %v1007, %v1 : i64
              %v1120 = arith.addi %v1118, %v1119 : i64
              %v1121 = arith.constant 1 : i64
              %v1122 = arith.addi %v1120, %v1121 : i64
              %v1123 = llvm.getelementptr %dy_y[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
              %v1125 = arith.mulf %v1117, %v1124 fastmath<contract> : f32
              %v1126 = arith.addf %v1113, %v1125 fastmath<contract> : f32
              %v1127 = arith.constant 2 : i64
              %v1128 = arith.muli %v1127, %v2 : i64
              %v1129 = llvm.getelementptr %in_C_re[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
              %v1131 = arith.muli %v117, %v1107 : i64
              %v1132 = arith.muli %v1007, %v1 : i64
              %v1133 = arith.addi %v1131, %v1132 : i64
              %v1134 = arith.constant 2 : i64
              %v1135 = arith.addi %v1133, %v1134 : i64
              %v1136 = llvm.getelementptr %dy_y[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
              %v1138 = arith.mulf %v1130, %v1137 fastmath<contract> : f32
              %v1139 = arith.addf %v1126, %v1138 fastmath<contract> : f32
              %v1140 = arith.constant 3 : i64
              %v1141 = arith.muli %v1140, %v2 : i64
              %v1142 = llvm.getelementptr %in_C_re[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1143 = llvm.load %v1142 : !llvm.ptr -> f32
              %v1144 = arith.muli %v117, %v1107 : i64
              %v1145 = arith.muli %v1007, %v1 : i64
              %v1146 = arith.addi %v1144, %v1145 : i64
              %v1147 = arith.constant 3 : i64
              %v1148 = arith.addi %v1146, %v1147 : i64
              %v1149 = llvm.getelementptr %dy_y[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1150 = llvm.load %v1149 : !llvm.ptr -> f32
              %v1151 = arith.mulf %v1143, %v1150 fastmath<contract> : f32
              %v1152 = arith.addf %v1139, %v1151 fastmath<contract> : f32
              %v1153 = llvm.load %v189 : !llvm.ptr -> f32
              %v1154 = arith.mulf %v1153, %v1008 fastmath<contract> : f32
              %v1155 = arith.addf %v1152, %v1154 fastmath<contract> : f32
              %v1156 = llvm.load %v252 : !llvm.ptr -> f32
              %v1157 = arith.mulf %v1156, %v1024 fastmath<contract> : f32
              %v1158 = arith.addf %v1157, %v1155 fastmath<contract> : f32
              %v1159 = arith.mulf %v1040, %v1153 fastmath<contract> : f32
              %v1160 = arith.mulf %v1156, %v1072 fastmath<contract> : f32
              %v1161 = arith.addf %v1160, %v1159 fastmath<contract> : f32
              %v1162 = arith.mulf %v1041, %v1153 fastmath<contract> : f32
              %v1163 = arith.mulf %v1156, %v1073 fastmath<contract> : f32
              %v1164 = arith.addf %v1163, %v1162 fastmath<contract> : f32
              %v1165 = arith.constant 1 : i64
              %v1166 = llvm.getelementptr %in_C_re[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
              %v1168 = arith.mulf %v1167, %v1112 fastmath<contract> : f32
              %v1169 = arith.constant 1 : i64
              %v1170 = arith.muli %v1169, %v2 : i64
              %v1171 = arith.constant 1 : i64
              %v1172 = arith.addi %v1170, %v1171 : i64
              %v1173 = llvm.getelementptr %in_C_re[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
              %v1175 = arith.mulf %v1174, %v1124 fastmath<contract> : f32
              %v1176 = arith.addf %v1168, %v1175 fastmath<contract> : f32
              %v1177 = arith.constant 2 : i64
              %v1178 = arith.muli %v1177, %v2 : i64
              %v1179 = arith.constant 1 : i64
              %v1180 = arith.addi %v1178, %v1179 : i64
              %v1181 = llvm.getelementptr %in_C_re[%v1180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
              %v1183 = arith.mulf %v1182, %v1137 fastmath<contract> : f32
              %v1184 = arith.addf %v1176, %v1183 fastmath<contract> : f32
              %v1185 = arith.constant 3 : i64
              %v1186 = arith.muli %v1185, %v2 : i64
              %v1187 = arith.constant 1 : i64
              %v1188 = arith.addi %v1186, %v1187 : i64
              %v1189 = llvm.getelementptr %in_C_re[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
              %v1191 = arith.mulf %v1190, %v1150 fastmath<contract> : f32
              %v1192 = arith.addf %v1184, %v1191 fastmath<contract> : f32
              %v1193 = llvm.load %v191 : !llvm.ptr -> f32
              %v1194 = arith.mulf %v1193, %v1009 fastmath<contract> : f32
              %v1195 = arith.addf %v1192, %v1194 fastmath<contract> : f32
              %v1196 = llvm.load %v254 : !llvm.ptr -> f32
              %v1197 = arith.mulf %v1196, %v1025 fastmath<contract> : f32
              %v1198 = arith.addf %v1197, %v1195 fastmath<contract> : f32
              %v1199 = arith.mulf %v1042, %v1193 fastmath<contract> : f32
              %v1200 = arith.mulf %v1196, %v1074 fastmath<contract> : f32
              %v1201 = arith.addf %v1200, %v1199 fastmath<contract> : f32
              %v1202 = arith.mulf %v1043, %v1193 fastmath<contract> : f32
              %v1203 = arith.mulf %v1196, %v1075 fastmath<contract> : f32
              %v1204 = arith.addf %v1203, %v1202 fastmath<contract> : f32
              %v1205 = arith.constant 2 : i64
              %v1206 = llvm.getelementptr %in_C_re[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
              %v1208 = arith.mulf %v1207, %v1112 fastmath<contract> : f32
              %v1209 = arith.constant 1 : i64
              %v1210 = arith.muli %v1209, %v2 : i64
              %v1211 = arith.constant 2 : i64
              %v1212 = arith.addi %v1210, %v1211 : i64
              %v1213 = llvm.getelementptr %in_C_re[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
              %v1215 = arith.mulf %v1214, %v1124 fastmath<contract> : f32
              %v1216 = arith.addf %v1208, %v1215 fastmath<contract> : f32
              %v1217 = arith.constant 2 : i64
              %v1218 = arith.muli %v1217, %v2 : i64
              %v1219 = arith.constant 2 : i64
              %v1220 = arith.addi %v1218, %v1219 : i64
              %v1221 = llvm.getelementptr %in_C_re[%v1220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1222 = llvm.load %v1221 : !llvm.ptr -> f32
              %v1223 = arith.mulf %v1222, %v1137 fastmath<contract> : f32
              %v1224 = arith.addf %v1216, %v1223 fastmath<contract> : f32
              %v1225 = arith.constant 3 : i64
              %v1226 = arith.muli %v1225, %v2 : i64
              %v1227 = arith.constant 2 : i64
              %v1228 = arith.addi %v1226, %v1227 : i64
              %v1229 = llvm.getelementptr %in_C_re[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
              %v1231 = arith.mulf %v1230, %v1150 fastmath<contract> : f32
              %v1232 = arith.addf %v1224, %v1231 fastmath<contract> : f32
              %v1233 = llvm.load %v193 : !llvm.ptr -> f32
              %v1234 = arith.mulf %v1233, %v1010 fastmath<contract> : f32
              %v1235 = arith.addf %v1232, %v1234 fastmath<contract> : f32
              %v1236 = llvm.load %v256 : !llvm.ptr -> f32
              %v1237 = arith.mulf %v1236, %v1026 fastmath<contract> : f32
              %v1238 = arith.addf %v1237, %v1235 fastmath<contract> : f32
              %v1239 = arith.mulf %v1044, %v1233 fastmath<contract> : f32
              %v1240 = arith.mulf %v1236, %v1076 fastmath<contract> : f32
              %v1241 = arith.addf %v1240, %v1239 fastmath<contract> : f32
              %v1242 = arith.mulf %v1045, %v1233 fastmath<contract> : f32
              %v1243 = arith.mulf %v1236, %v1077 fastmath<contract> : f32
              %v1244 = arith.addf %v1243, %v1242 fastmath<contract> : f32
              %v1245 = arith.constant 3 : i64
              %v1246 = llvm.getelementptr %in_C_re[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
              %v1248 = arith.mulf %v1247, %v1112 fastmath<contract> : f32
              %v1249 = arith.constant 1 : i64
              %v1250 = arith.muli %v1249, %v2 : i64
              %v1251 = arith.constant 3 : i64
              %v1252 = arith.addi %v1250, %v1251 : i64
              %v1253 = llvm.getelementptr %in_C_re[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
              %v1255 = arith.mulf %v1254, %v1124 fastmath<contract> : f32
              %v1256 = arith.addf %v1248, %v1255 fastmath<contract> : f32
              %v1257 = arith.constant 2 : i64
              %v1258 = arith.muli %v1257, %v2 : i64
              %v1259 = arith.constant 3 : i64
              %v1260 = arith.addi %v1258, %v1259 : i64
              %v1261 = llvm.getelementptr %in_C_re[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
              %v1263 = arith.mulf %v1262, %v1137 fastmath<contract> : f32
              %v1264 = arith.addf %v1256, %v1263 fastmath<contract> : f32
              %v1265 = arith.constant 3 : i64
              %v1266 = arith.muli %v1265, %v2 : i64
              %v1267 = arith.constant 3 : i64
              %v1268 = arith.addi %v1266, %v1267 : i64
              %v1269 = llvm.getelementptr %in_C_re[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
              %v1271 = arith.mulf %v1270, %v1150 fastmath<contract> : f32
              %v1272 = arith.addf %v1264, %v1271 fastmath<contract> : f32
              %v1273 = llvm.load %v195 : !llvm.ptr -> f32
              %v1274 = arith.mulf %v1273, %v1011 fastmath<contract> : f32
              %v1275 = arith.addf %v1272, %v1274 fastmath<contract> : f32
              %v1276 = llvm.load %v258 : !llvm.ptr -> f32
              %v1277 = arith.mulf %v1276, %v1027 fastmath<contract> : f32
              %v1278 = arith.addf %v1277, %v1275 fastmath<contract> : f32
              %v1279 = arith.mulf %v1046, %v1273 fastmath<contract> : f32
              %v1280 = arith.mulf %v1276, %v1078 fastmath<contract> : f32
              %v1281 = arith.addf %v1280, %v1279 fastmath<contract> : f32
              %v1282 = arith.mulf %v1047, %v1273 fastmath<contract> : f32
              %v1283 = arith.mulf %v1276, %v1079 fastmath<contract> : f32
              %v1284 = arith.addf %v1283, %v1282 fastmath<contract> : f32
              %v1285 = arith.constant 4 : i64
              %v1286 = llvm.getelementptr %in_C_re[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
              %v1288 = arith.mulf %v1287, %v1112 fastmath<contract> : f32
              %v1289 = arith.constant 1 : i64
              %v1290 = arith.muli %v1289, %v2 : i64
              %v1291 = arith.constant 4 : i64
              %v1292 = arith.addi %v1290, %v1291 : i64
              %v1293 = llvm.getelementptr %in_C_re[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
              %v1295 = arith.mulf %v1294, %v1124 fastmath<contract> : f32
              %v1296 = arith.addf %v1288, %v1295 fastmath<contract> : f32
              %v1297 = arith.constant 2 : i64
              %v1298 = arith.muli %v1297, %v2 : i64
              %v1299 = arith.constant 4 : i64
              %v1300 = arith.addi %v1298, %v1299 : i64
              %v1301 = llvm.getelementptr %in_C_re[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
              %v1303 = arith.mulf %v1302, %v1137 fastmath<contract> : f32
              %v1304 = arith.addf %v1296, %v1303 fastmath<contract> : f32
              %v1305 = arith.constant 3 : i64
              %v1306 = arith.muli %v1305, %v2 : i64
              %v1307 = arith.constant 4 : i64
              %v1308 = arith.addi %v1306, %v1307 : i64
              %v1309 = llvm.getelementptr %in_C_re[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1310 = llvm.load %v1309 : !llvm.ptr -> f32
              %v1311 = arith.mulf %v1310, %v1150 fastmath<contract> : f32
              %v1312 = arith.addf %v1304, %v1311 fastmath<contract> : f32
              %v1313 = llvm.load %v197 : !llvm.ptr -> f32
              %v1314 = arith.mulf %v1313, %v1012 fastmath<contract> : f32
              %v1315 = arith.addf %v1312, %v1314 fastmath<contract> : f32
              %v1316 = llvm.load %v260 : !llvm.ptr -> f32
              %v1317 = arith.mulf %v1316, %v1028 fastmath<contract> : f32
              %v1318 = arith.addf %v1317, %v1315 fastmath<contract> : f32
              %v1319 = arith.mulf %v1048, %v1313 fastmath<contract> : f32
              %v1320 = arith.mulf %v1316, %v1080 fastmath<contract> : f32
              %v1321 = arith.addf %v1320, %v1319 fastmath<contract> : f32
              %v1322 = arith.mulf %v1049, %v1313 fastmath<contract> : f32
              %v1323 = arith.mulf %v1316, %v1081 fastmath<contract> : f32
              %v1324 = arith.addf %v1323, %v1322 fastmath<contract> : f32
              %v1325 = arith.constant 5 : i64
              %v1326 = llvm.getelementptr %in_C_re[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
              %v1328 = arith.mulf %v1327, %v1112 fastmath<contract> : f32
              %v1329 = arith.constant 1 : i64
              %v1330 = arith.muli %v1329, %v2 : i64
              %v1331 = arith.constant 5 : i64
              %v1332 = arith.addi %v1330, %v1331 : i64
              %v1333 = llvm.getelementptr %in_C_re[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
              %v1335 = arith.mulf %v1334, %v1124 fastmath<contract> : f32
              %v1336 = arith.addf %v1328, %v1335 fastmath<contract> : f32
              %v1337 = arith.constant 2 : i64
              %v1338 = arith.muli %v1337, %v2 : i64
              %v1339 = arith.constant 5 : i64
              %v1340 = arith.addi %v1338, %v1339 : i64
              %v1341 = llvm.getelementptr %in_C_re[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
              %v1343 = arith.mulf %v1342, %v1137 fastmath<contract> : f32
              %v1344 = arith.addf %v1336, %v1343 fastmath<contract> : f32
              %v1345 = arith.constant 3 : i64
              %v1346 = arith.muli %v1345, %v2 : i64
              %v1347 = arith.constant 5 : i64
              %v1348 = arith.addi %v1346, %v1347 : i64
              %v1349 = llvm.getelementptr %in_C_re[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
              %v1351 = arith.mulf %v1350, %v1150 fastmath<contract> : f32
              %v1352 = arith.addf %v1344, %v1351 fastmath<contract> : f32
              %v1353 = llvm.load %v199 : !llvm.ptr -> f32
              %v1354 = arith.mulf %v1353, %v1013 fastmath<contract> : f32
              %v1355 = arith.addf %v1352, %v1354 fastmath<contract> : f32
              %v1356 = llvm.load %v262 : !llvm.ptr -> f32
              %v1357 = arith.mulf %v1356, %v1029 fastmath<contract> : f32
              %v1358 = arith.addf %v1357, %v1355 fastmath<contract> : f32
              %v1359 = arith.mulf %v1050, %v1353 fastmath<contract> : f32
              %v1360 = arith.mulf %v1356, %v1082 fastmath<contract> : f32
              %v1361 = arith.addf %v1360, %v1359 fastmath<contract> : f32
              %v1362 = arith.mulf %v1051, %v1353 fastmath<contract> : f32
              %v1363 = arith.mulf %v1356, %v1083 fastmath<contract> : f32
              %v1364 = arith.addf %v1363, %v1362 fastmath<contract> : f32
              %v1365 = arith.constant 6 : i64
              %v1366 = llvm.getelementptr %in_C_re[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1367 = llvm.load %v1366 : !llvm.ptr -> f32
              %v1368 = arith.mulf %v1367, %v1112 fastmath<contract> : f32
              %v1369 = arith.constant 1 : i64
              %v1370 = arith.muli %v1369, %v2 : i64
              %v1371 = arith.constant 6 : i64
              %v1372 = arith.addi %v1370, %v1371 : i64
              %v1373 = llvm.getelementptr %in_C_re[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
              %v1375 = arith.mulf %v1374, %v1124 fastmath<contract> : f32
              %v1376 = arith.addf %v1368, %v1375 fastmath<contract> : f32
              %v1377 = arith.constant 2 : i64
              %v1378 = arith.muli %v1377, %v2 : i64
              %v1379 = arith.constant 6 : i64
              %v1380 = arith.addi %v1378, %v1379 : i64
              %v1381 = llvm.getelementptr %in_C_re[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
              %v1383 = arith.mulf %v1382, %v1137 fastmath<contract> : f32
              %v1384 = arith.addf %v1376, %v1383 fastmath<contract> : f32
              %v1385 = arith.constant 3 : i64
              %v1386 = arith.muli %v1385, %v2 : i64
              %v1387 = arith.constant 6 : i64
              %v1388 = arith.addi %v1386, %v1387 : i64
              %v1389 = llvm.getelementptr %in_C_re[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
              %v1391 = arith.mulf %v1390, %v1150 fastmath<contract> : f32
              %v1392 = arith.addf %v1384, %v1391 fastmath<contract> : f32
              %v1393 = llvm.load %v201 : !llvm.ptr -> f32
              %v1394 = arith.mulf %v1393, %v1014 fastmath<contract> : f32
              %v1395 = arith.addf %v1392, %v1394 fastmath<contract> : f32
              %v1396 = llvm.load %v264 : !llvm.ptr -> f32
              %v1397 = arith.mulf %v1396, %v1030 fastmath<contract> : f32
              %v1398 = arith.addf %v1397, %v1395 fastmath<contract> : f32
              %v1399 = arith.mulf %v1052, %v1393 fastmath<contract> : f32
              %v1400 = arith.mulf %v1396, %v1084 fastmath<contract> : f32
              %v1401 = arith.addf %v1400, %v1399 fastmath<contract> : f32
              %v1402 = arith.mulf %v1053, %v1393 fastmath<contract> : f32
              %v1403 = arith.mulf %v1396, %v1085 fastmath<contract> : f32
              %v1404 = arith.addf %v1403, %v1402 fastmath<contract> : f32
              %v1405 = arith.constant 7 : i64
              %v1406 = llvm.getelementptr %in_C_re[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1407 = llvm.load %v1406 : !llvm.ptr -> f32
              %v1408 = arith.mulf %v1407, %v1112 fastmath<contract> : f32
              %v1409 = arith.constant 1 : i64
              %v1410 = arith.muli %v1409, %v2 : i64
              %v1411 = arith.constant 7 : i64
              %v1412 = arith.addi %v1410, %v1411 : i64
              %v1413 = llvm.getelementptr %in_C_re[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1414 = llvm.load %v1413 : !llvm.ptr -> f32
              %v1415 = arith.mulf %v1414, %v1124 fastmath<contract> : f32
              %v1416 = arith.addf %v1408, %v1415 fastmath<contract> : f32
              %v1417 = arith.constant 2 : i64
              %v1418 = arith.muli %v1417, %v2 : i64
              %v1419 = arith.constant 7 : i64
              %v1420 = arith.addi %v1418, %v1419 : i64
              %v1421 = llvm.getelementptr %in_C_re[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
              %v1423 = arith.mulf %v1422, %v1137 fastmath<contract> : f32
              %v1424 = arith.addf %v1416, %v1423 fastmath<contract> : f32
              %v1425 = arith.constant 3 : i64
              %v1426 = arith.muli %v1425, %v2 : i64
              %v1427 = arith.constant 7 : i64
              %v1428 = arith.addi %v1426, %v1427 : i64
              %v1429 = llvm.getelementptr %in_C_re[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
              %v1431 = arith.mulf %v1430, %v1150 fastmath<contract> : f32
              %v1432 = arith.addf %v1424, %v1431 fastmath<contract> : f32
              %v1433 = llvm.load %v203 : !llvm.ptr -> f32
              %v1434 = arith.mulf %v1433, %v1015 fastmath<contract> : f32
              %v1435 = arith.addf %v1432, %v1434 fastmath<contract> : f32
              %v1436 = llvm.load %v266 : !llvm.ptr -> f32
              %v1437 = arith.mulf %v1436, %v1031 fastmath<contract> : f32
              %v1438 = arith.addf %v1437, %v1435 fastmath<contract> : f32
              %v1439 = arith.mulf %v1054, %v1433 fastmath<contract> : f32
              %v1440 = arith.mulf %v1436, %v1086 fastmath<contract> : f32
              %v1441 = arith.addf %v1440, %v1439 fastmath<contract> : f32
              %v1442 = arith.mulf %v1055, %v1433 fastmath<contract> : f32
              %v1443 = arith.mulf %v1436, %v1087 fastmath<contract> : f32
              %v1444 = arith.addf %v1443, %v1442 fastmath<contract> : f32
              %v1445 = arith.constant 8 : i64
              %v1446 = llvm.getelementptr %in_C_re[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
              %v1448 = arith.mulf %v1447, %v1112 fastmath<contract> : f32
              %v1449 = arith.constant 1 : i64
              %v1450 = arith.muli %v1449, %v2 : i64
              %v1451 = arith.constant 8 : i64
              %v1452 = arith.addi %v1450, %v1451 : i64
              %v1453 = llvm.getelementptr %in_C_re[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
              %v1455 = arith.mulf %v1454, %v1124 fastmath<contract> : f32
              %v1456 = arith.addf %v1448, %v1455 fastmath<contract> : f32
              %v1457 = arith.constant 2 : i64
              %v1458 = arith.muli %v1457, %v2 : i64
              %v1459 = arith.constant 8 : i64
              %v1460 = arith.addi %v1458, %v1459 : i64
              %v1461 = llvm.getelementptr %in_C_re[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
              %v1463 = arith.mulf %v1462, %v1137 fastmath<contract> : f32
              %v1464 = arith.addf %v1456, %v1463 fastmath<contract> : f32
              %v1465 = arith.constant 3 : i64
              %v1466 = arith.muli %v1465, %v2 : i64
              %v1467 = arith.constant 8 : i64
              %v1468 = arith.addi %v1466, %v1467 : i64
              %v1469 = llvm.getelementptr %in_C_re[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
              %v1471 = arith.mulf %v1470, %v1150 fastmath<contract> : f32
              %v1472 = arith.addf %v1464, %v1471 fastmath<contract> : f32
              %v1473 = llvm.load %v205 : !llvm.ptr -> f32
              %v1474 = arith.mulf %v1473, %v1016 fastmath<contract> : f32
              %v1475 = arith.addf %v1472, %v1474 fastmath<contract> : f32
              %v1476 = llvm.load %v268 : !llvm.ptr -> f32
              %v1477 = arith.mulf %v1476, %v1032 fastmath<contract> : f32
              %v1478 = arith.addf %v1477, %v1475 fastmath<contract> : f32
              %v1479 = arith.mulf %v1056, %v1473 fastmath<contract> : f32
              %v1480 = arith.mulf %v1476, %v1088 fastmath<contract> : f32
              %v1481 = arith.addf %v1480, %v1479 fastmath<contract> : f32
              %v1482 = arith.mulf %v1057, %v1473 fastmath<contract> : f32
              %v1483 = arith.mulf %v1476, %v1089 fastmath<contract> : f32
              %v1484 = arith.addf %v1483, %v1482 fastmath<contract> : f32
              %v1485 = arith.constant 9 : i64
              %v1486 = llvm.getelementptr %in_C_re[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1487 = llvm.load %v1486 : !llvm.ptr -> f32
              %v1488 = arith.mulf %v1487, %v1112 fastmath<contract> : f32
              %v1489 = arith.constant 1 : i64
              %v1490 = arith.muli %v1489, %v2 : i64
              %v1491 = arith.constant 9 : i64
              %v1492 = arith.addi %v1490, %v1491 : i64
              %v1493 = llvm.getelementptr %in_C_re[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
              %v1495 = arith.mulf %v1494, %v1124 fastmath<contract> : f32
              %v1496 = arith.addf %v1488, %v1495 fastmath<contract> : f32
              %v1497 = arith.constant 2 : i64
              %v1498 = arith.muli %v1497, %v2 : i64
              %v1499 = arith.constant 9 : i64
              %v1500 = arith.addi %v1498, %v1499 : i64
              %v1501 = llvm.getelementptr %in_C_re[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
              %v1503 = arith.mulf %v1502, %v1137 fastmath<contract> : f32
              %v1504 = arith.addf %v1496, %v1503 fastmath<contract> : f32
              %v1505 = arith.constant 3 : i64
              %v1506 = arith.muli %v1505, %v2 : i64
              %v1507 = arith.constant 9 : i64
              %v1508 = arith.addi %v1506, %v1507 : i64
              %v1509 = llvm.getelementptr %in_C_re[%v1508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
              %v1511 = arith.mulf %v1510, %v1150 fastmath<contract> : f32
              %v1512 = arith.addf %v1504, %v1511 fastmath<contract> : f32
              %v1513 = llvm.load %v207 : !llvm.ptr -> f32
              %v1514 = arith.mulf %v1513, %v1017 fastmath<contract> : f32
              %v1515 = arith.addf %v1512, %v1514 fastmath<contract> : f32
              %v1516 = llvm.load %v270 : !llvm.ptr -> f32
              %v1517 = arith.mulf %v1516, %v1033 fastmath<contract> : f32
              %v1518 = arith.addf %v1517, %v1515 fastmath<contract> : f32
              %v1519 = arith.mulf %v1058, %v1513 fastmath<contract> : f32
              %v1520 = arith.mulf %v1516, %v1090 fastmath<contract> : f32
              %v1521 = arith.addf %v1520, %v1519 fastmath<contract> : f32
              %v1522 = arith.mulf %v1059, %v1513 fastmath<contract> : f32
              %v1523 = arith.mulf %v1516, %v1091 fastmath<contract> : f32
              %v1524 = arith.addf %v1523, %v1522 fastmath<contract> : f32
              %v1525 = arith.constant 10 : i64
              %v1526 = llvm.getelementptr %in_C_re[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
              %v1528 = arith.mulf %v1527, %v1112 fastmath<contract> : f32
              %v1529 = arith.constant 1 : i64
              %v1530 = arith.muli %v1529, %v2 : i64
              %v1531 = arith.constant 10 : i64
              %v1532 = arith.addi %v1530, %v1531 : i64
              %v1533 = llvm.getelementptr %in_C_re[%v1532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1534 = llvm.load %v1533 : !llvm.ptr -> f32
              %v1535 = arith.mulf %v1534, %v1124 fastmath<contract> : f32
              %v1536 = arith.addf %v1528, %v1535 fastmath<contract> : f32
              %v1537 = arith.constant 2 : i64
              %v1538 = arith.muli %v1537, %v2 : i64
              %v1539 = arith.constant 10 : i64
              %v1540 = arith.addi %v1538, %v1539 : i64
              %v1541 = llvm.getelementptr %in_C_re[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
              %v1543 = arith.mulf %v1542, %v1137 fastmath<contract> : f32
              %v1544 = arith.addf %v1536, %v1543 fastmath<contract> : f32
              %v1545 = arith.constant 3 : i64
              %v1546 = arith.muli %v1545, %v2 : i64
              %v1547 = arith.constant 10 : i64
              %v1548 = arith.addi %v1546, %v1547 : i64
              %v1549 = llvm.getelementptr %in_C_re[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
              %v1551 = arith.mulf %v1550, %v1150 fastmath<contract> : f32
              %v1552 = arith.addf %v1544, %v1551 fastmath<contract> : f32
              %v1553 = llvm.load %v209 : !llvm.ptr -> f32
              %v1554 = arith.mulf %v1553, %v1018 fastmath<contract> : f32
              %v1555 = arith.addf %v1552, %v1554 fastmath<contract> : f32
              %v1556 = llvm.load %v272 : !llvm.ptr -> f32
              %v1557 = arith.mulf %v1556, %v1034 fastmath<contract> : f32
              %v1558 = arith.addf %v1557, %v1555 fastmath<contract> : f32
              %v1559 = arith.mulf %v1060, %v1553 fastmath<contract> : f32
              %v1560 = arith.mulf %v1556, %v1092 fastmath<contract> : f32
              %v1561 = arith.addf %v1560, %v1559 fastmath<contract> : f32
              %v1562 = arith.mulf %v1061, %v1553 fastmath<contract> : f32
              %v1563 = arith.mulf %v1556, %v1093 fastmath<contract> : f32
              %v1564 = arith.addf %v1563, %v1562 fastmath<contract> : f32
              %v1565 = arith.constant 11 : i64
              %v1566 = llvm.getelementptr %in_C_re[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1567 = llvm.load %v1566 : !llvm.ptr -> f32
              %v1568 = arith.mulf %v1567, %v1112 fastmath<contract> : f32
              %v1569 = arith.constant 1 : i64
              %v1570 = arith.muli %v1569, %v2 : i64
              %v1571 = arith.constant 11 : i64
              %v1572 = arith.addi %v1570, %v1571 : i64
              %v1573 = llvm.getelementptr %in_C_re[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
              %v1575 = arith.mulf %v1574, %v1124 fastmath<contract> : f32
              %v1576 = arith.addf %v1568, %v1575 fastmath<contract> : f32
              %v1577 = arith.constant 2 : i64
              %v1578 = arith.muli %v1577, %v2 : i64
              %v1579 = arith.constant 11 : i64
              %v1580 = arith.addi %v1578, %v1579 : i64
              %v1581 = llvm.getelementptr %in_C_re[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
              %v1583 = arith.mulf %v1582, %v1137 fastmath<contract> : f32
              %v1584 = arith.addf %v1576, %v1583 fastmath<contract> : f32
              %v1585 = arith.constant 3 : i64
              %v1586 = arith.muli %v1585, %v2 : i64
              %v1587 = arith.constant 11 : i64
              %v1588 = arith.addi %v1586, %v1587 : i64
              %v1589 = llvm.getelementptr %in_C_re[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
              %v1591 = arith.mulf %v1590, %v1150 fastmath<contract> : f32
              %v1592 = arith.addf %v1584, %v1591 fastmath<contract> : f32
              %v1593 = llvm.load %v211 : !llvm.ptr -> f32
              %v1594 = arith.mulf %v1593, %v1019 fastmath<contract> : f32
              %v1595 = arith.addf %v1592, %v1594 fastmath<contract> : f32
              %v1596 = llvm.load %v274 : !llvm.ptr -> f32
              %v1597 = arith.mulf %v1596, %v1035 fastmath<contract> : f32
              %v1598 = arith.addf %v1597, %v1595 fastmath<contract> : f32
              %v1599 = arith.mulf %v1062, %v1593 fastmath<contract> : f32
              %v1600 = arith.mulf %v1596, %v1094 fastmath<contract> : f32
              %v1601 = arith.addf %v1600, %v1599 fastmath<contract> : f32
              %v1602 = arith.mulf %v1063, %v1593 fastmath<contract> : f32
              %v1603 = arith.mulf %v1596, %v1095 fastmath<contract> : f32
              %v1604 = arith.addf %v1603, %v1602 fastmath<contract> : f32
              %v1605 = arith.constant 12 : i64
              %v1606 = llvm.getelementptr %in_C_re[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
              %v1608 = arith.mulf %v1607, %v1112 fastmath<contract> : f32
              %v1609 = arith.constant 1 : i64
              %v1610 = arith.muli %v1609, %v2 : i64
              %v1611 = arith.constant 12 : i64
              %v1612 = arith.addi %v1610, %v1611 : i64
              %v1613 = llvm.getelementptr %in_C_re[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
              %v1615 = arith.mulf %v1614, %v1124 fastmath<contract> : f32
              %v1616 = arith.addf %v1608, %v1615 fastmath<contract> : f32
              %v1617 = arith.constant 2 : i64
              %v1618 = arith.muli %v1617, %v2 : i64
              %v1619 = arith.constant 12 : i64
              %v1620 = arith.addi %v1618, %v1619 : i64
              %v1621 = llvm.getelementptr %in_C_re[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
              %v1623 = arith.mulf %v1622, %v1137 fastmath<contract> : f32
              %v1624 = arith.addf %v1616, %v1623 fastmath<contract> : f32
              %v1625 = arith.constant 3 : i64
              %v1626 = arith.muli %v1625, %v2 : i64
              %v1627 = arith.constant 12 : i64
              %v1628 = arith.addi %v1626, %v1627 : i64
              %v1629 = llvm.getelementptr %in_C_re[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
              %v1631 = arith.mulf %v1630, %v1150 fastmath<contract> : f32
              %v1632 = arith.addf %v1624, %v1631 fastmath<contract> : f32
              %v1633 = llvm.load %v213 : !llvm.ptr -> f32
              %v1634 = arith.mulf %v1633, %v1020 fastmath<contract> : f32
              %v1635 = arith.addf %v1632, %v1634 fastmath<contract> : f32
              %v1636 = llvm.load %v276 : !llvm.ptr -> f32
              %v1637 = arith.mulf %v1636, %v1036 fastmath<contract> : f32
              %v1638 = arith.addf %v1637, %v1635 fastmath<contract> : f32
              %v1639 = arith.mulf %v1064, %v1633 fastmath<contract> : f32
              %v1640 = arith.mulf %v1636, %v1096 fastmath<contract> : f32
              %v1641 = arith.addf %v1640, %v1639 fastmath<contract> : f32
              %v1642 = arith.mulf %v1065, %v1633 fastmath<contract> : f32
              %v1643 = arith.mulf %v1636, %v1097 fastmath<contract> : f32
              %v1644 = arith.addf %v1643, %v1642 fastmath<contract> : f32
              %v1645 = arith.constant 13 : i64
              %v1646 = llvm.getelementptr %in_C_re[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
              %v1648 = arith.mulf %v1647, %v1112 fastmath<contract> : f32
              %v1649 = arith.constant 1 : i64
              %v1650 = arith.muli %v1649, %v2 : i64
              %v1651 = arith.constant 13 : i64
              %v1652 = arith.addi %v1650, %v1651 : i64
              %v1653 = llvm.getelementptr %in_C_re[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1654 = llvm.load %v1653 : !llvm.ptr -> f32
              %v1655 = arith.mulf %v1654, %v1124 fastmath<contract> : f32
              %v1656 = arith.addf %v1648, %v1655 fastmath<contract> : f32
              %v1657 = arith.constant 2 : i64
              %v1658 = arith.muli %v1657, %v2 : i64
              %v1659 = arith.constant 13 : i64
              %v1660 = arith.addi %v1658, %v1659 : i64
              %v1661 = llvm.getelementptr %in_C_re[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1662 = llvm.load %v1661 : !llvm.ptr -> f32
              %v1663 = arith.mulf %v1662, %v1137 fastmath<contract> : f32
              %v1664 = arith.addf %v1656, %v1663 fastmath<contract> : f32
              %v1665 = arith.constant 3 : i64
              %v1666 = arith.muli %v1665, %v2 : i64
              %v1667 = arith.constant 13 : i64
              %v1668 = arith.addi %v1666, %v1667 : i64
              %v1669 = llvm.getelementptr %in_C_re[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
              %v1671 = arith.mulf %v1670, %v1150 fastmath<contract> : f32
              %v1672 = arith.addf %v1664, %v1671 fastmath<contract> : f32
              %v1673 = llvm.load %v215 : !llvm.ptr -> f32
              %v1674 = arith.mulf %v1673, %v1021 fastmath<contract> : f32
              %v1675 = arith.addf %v1672, %v1674 fastmath<contract> : f32
              %v1676 = llvm.load %v278 : !llvm.ptr -> f32
              %v1677 = arith.mulf %v1676, %v1037 fastmath<contract> : f32
              %v1678 = arith.addf %v1677, %v1675 fastmath<contract> : f32
              %v1679 = arith.mulf %v1066, %v1673 fastmath<contract> : f32
              %v1680 = arith.mulf %v1676, %v1098 fastmath<contract> : f32
              %v1681 = arith.addf %v1680, %v1679 fastmath<contract> : f32
              %v1682 = arith.mulf %v1067, %v1673 fastmath<contract> : f32
              %v1683 = arith.mulf %v1676, %v1099 fastmath<contract> : f32
              %v1684 = arith.addf %v1683, %v1682 fastmath<contract> : f32
              %v1685 = arith.constant 14 : i64
              %v1686 = llvm.getelementptr %in_C_re[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
              %v1688 = arith.mulf %v1687, %v1112 fastmath<contract> : f32
              %v1689 = arith.constant 1 : i64
              %v1690 = arith.muli %v1689, %v2 : i64
              %v1691 = arith.constant 14 : i64
              %v1692 = arith.addi %v1690, %v1691 : i64
              %v1693 = llvm.getelementptr %in_C_re[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
              %v1695 = arith.mulf %v1694, %v1124 fastmath<contract> : f32
              %v1696 = arith.addf %v1688, %v1695 fastmath<contract> : f32
              %v1697 = arith.constant 2 : i64
              %v1698 = arith.muli %v1697, %v2 : i64
              %v1699 = arith.constant 14 : i64
              %v1700 = arith.addi %v1698, %v1699 : i64
              %v1701 = llvm.getelementptr %in_C_re[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
              %v1703 = arith.mulf %v1702, %v1137 fastmath<contract> : f32
              %v1704 = arith.addf %v1696, %v1703 fastmath<contract> : f32
              %v1705 = arith.constant 3 : i64
              %v1706 = arith.muli %v1705, %v2 : i64
              %v1707 = arith.constant 14 : i64
              %v1708 = arith.addi %v1706, %v1707 : i64
              %v1709 = llvm.getelementptr %in_C_re[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
              %v1711 = arith.mulf %v1710, %v1150 fastmath<contract> : f32
              %v1712 = arith.addf %v1704, %v1711 fastmath<contract> : f32
              %v1713 = llvm.load %v217 : !llvm.ptr -> f32
              %v1714 = arith.mulf %v1713, %v1022 fastmath<contract> : f32
              %v1715 = arith.addf %v1712, %v1714 fastmath<contract> : f32
              %v1716 = llvm.load %v280 : !llvm.ptr -> f32
              %v1717 = arith.mulf %v1716, %v1038 fastmath<contract> : f32
              %v1718 = arith.addf %v1717, %v1715 fastmath<contract> : f32
              %v1719 = arith.mulf %v1068, %v1713 fastmath<contract> : f32
              %v1720 = arith.mulf %v1716, %v1100 fastmath<contract> : f32
              %v1721 = arith.addf %v1720, %v1719 fastmath<contract> : f32
              %v1722 = arith.mulf %v1069, %v1713 fastmath<contract> : f32
              %v1723 = arith.mulf %v1716, %v1101 fastmath<contract> : f32
              %v1724 = arith.addf %v1723, %v1722 fastmath<contract> : f32
              %v1725 = arith.constant 15 : i64
              %v1726 = llvm.getelementptr %in_C_re[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1727 = llvm.load %v1726 : !llvm.ptr -> f32
              %v1728 = arith.mulf %v1727, %v1112 fastmath<contract> : f32
              %v1729 = arith.constant 1 : i64
              %v1730 = arith.muli %v1729, %v2 : i64
              %v1731 = arith.constant 15 : i64
              %v1732 = arith.addi %v1730, %v1731 : i64
              %v1733 = llvm.getelementptr %in_C_re[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1734 = llvm.load %v1733 : !llvm.ptr -> f32
              %v1735 = arith.mulf %v1734, %v1124 fastmath<contract> : f32
              %v1736 = arith.addf %v1728, %v1735 fastmath<contract> : f32
              %v1737 = arith.constant 2 : i64
              %v1738 = arith.muli %v1737, %v2 : i64
              %v1739 = arith.constant 15 : i64
              %v1740 = arith.addi %v1738, %v1739 : i64
              %v1741 = llvm.getelementptr %in_C_re[%v1740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
              %v1743 = arith.mulf %v1742, %v1137 fastmath<contract> : f32
              %v1744 = arith.addf %v1736, %v1743 fastmath<contract> : f32
              %v1745 = arith.constant 3 : i64
              %v1746 = arith.muli %v1745, %v2 : i64
              %v1747 = arith.constant 15 : i64
              %v1748 = arith.addi %v1746, %v1747 : i64
              %v1749 = llvm.getelementptr %in_C_re[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
              %v1751 = arith.mulf %v1750, %v1150 fastmath<contract> : f32
              %v1752 = arith.addf %v1744, %v1751 fastmath<contract> : f32
              %v1753 = llvm.load %v219 : !llvm.ptr -> f32
              %v1754 = arith.mulf %v1753, %v1023 fastmath<contract> : f32
              %v1755 = arith.addf %v1752, %v1754 fastmath<contract> : f32
              %v1756 = llvm.load %v282 : !llvm.ptr -> f32
              %v1757 = arith.mulf %v1756, %v1039 fastmath<contract> : f32
              %v1758 = arith.addf %v1757, %v1755 fastmath<contract> : f32
              %v1759 = arith.mulf %v1070, %v1753 fastmath<contract> : f32
              %v1760 = arith.mulf %v1756, %v1102 fastmath<contract> : f32
              %v1761 = arith.addf %v1760, %v1759 fastmath<contract> : f32
              %v1762 = arith.mulf %v1071, %v1753 fastmath<contract> : f32
              %v1763 = arith.mulf %v1756, %v1103 fastmath<contract> : f32
              %v1764 = arith.addf %v1763, %v1762 fastmath<contract> : f32
              %v1765 = arith.constant 0 : i64
              %v1766 = llvm.getelementptr %in_C_im[%v1765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
              %v1768 = arith.negf %v1112 : f32
              %v1769 = arith.mulf %v1767, %v1768 fastmath<contract> : f32
              %v1770 = arith.constant 1 : i64
              %v1771 = arith.muli %v1770, %v2 : i64
              %v1772 = llvm.getelementptr %in_C_im[%v1771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1773 = llvm.load %v1772 : !llvm.ptr -> f32
              %v1774 = arith.negf %v1124 : f32
              %v1775 = arith.mulf %v1773, %v1774 fastmath<contract> : f32
              %v1776 = arith.addf %v1769, %v1775 fastmath<contract> : f32
              %v1777 = arith.constant 2 : i64
              %v1778 = arith.muli %v1777, %v2 : i64
              %v1779 = llvm.getelementptr %in_C_im[%v1778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1780 = llvm.load %v1779 : !llvm.ptr -> f32
              %v1781 = arith.negf %v1137 : f32
              %v1782 = arith.mulf %v1780, %v1781 fastmath<contract> : f32
              %v1783 = arith.addf %v1776, %v1782 fastmath<contract> : f32
              %v1784 = arith.constant 3 : i64
              %v1785 = arith.muli %v1784, %v2 : i64
              %v1786 = llvm.getelementptr %in_C_im[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
              %v1788 = arith.negf %v1150 : f32
              %v1789 = arith.mulf %v1787, %v1788 fastmath<contract> : f32
              %v1790 = arith.addf %v1783, %v1789 fastmath<contract> : f32
              %v1791 = llvm.load %v221 : !llvm.ptr -> f32
              %v1792 = arith.mulf %v1791, %v1024 fastmath<contract> : f32
              %v1793 = arith.addf %v1790, %v1792 fastmath<contract> : f32
              %v1794 = llvm.load %v284 : !llvm.ptr -> f32
              %v1795 = arith.mulf %v1794, %v1008 fastmath<contract> : f32
              %v1796 = arith.addf %v1795, %v1793 fastmath<contract> : f32
              %v1797 = arith.mulf %v1072, %v1791 fastmath<contract> : f32
              %v1798 = arith.mulf %v1794, %v1040 fastmath<contract> : f32
              %v1799 = arith.addf %v1798, %v1797 fastmath<contract> : f32
              %v1800 = arith.mulf %v1073, %v1791 fastmath<contract> : f32
              %v1801 = arith.mulf %v1794, %v1041 fastmath<contract> : f32
              %v1802 = arith.addf %v1801, %v1800 fastmath<contract> : f32
              %v1803 = arith.constant 1 : i64
              %v1804 = llvm.getelementptr %in_C_im[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1805 = llvm.load %v1804 : !llvm.ptr -> f32
              %v1806 = arith.mulf %v1805, %v1768 fastmath<contract> : f32
              %v1807 = arith.constant 1 : i64
              %v1808 = arith.muli %v1807, %v2 : i64
              %v1809 = arith.constant 1 : i64
              %v1810 = arith.addi %v1808, %v1809 : i64
              %v1811 = llvm.getelementptr %in_C_im[%v1810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1812 = llvm.load %v1811 : !llvm.ptr -> f32
              %v1813 = arith.mulf %v1812, %v1774 fastmath<contract> : f32
              %v1814 = arith.addf %v1806, %v1813 fastmath<contract> : f32
              %v1815 = arith.constant 2 : i64
              %v1816 = arith.muli %v1815, %v2 : i64
              %v1817 = arith.constant 1 : i64
              %v1818 = arith.addi %v1816, %v1817 : i64
              %v1819 = llvm.getelementptr %in_C_im[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
              %v1821 = arith.mulf %v1820, %v1781 fastmath<contract> : f32
              %v1822 = arith.addf %v1814, %v1821 fastmath<contract> : f32
              %v1823 = arith.constant 3 : i64
              %v1824 = arith.muli %v1823, %v2 : i64
              %v1825 = arith.constant 1 : i64
              %v1826 = arith.addi %v1824, %v1825 : i64
              %v1827 = llvm.getelementptr %in_C_im[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
              %v1829 = arith.mulf %v1828, %v1788 fastmath<contract> : f32
              %v1830 = arith.addf %v1822, %v1829 fastmath<contract> : f32
              %v1831 = llvm.load %v223 : !llvm.ptr -> f32
              %v1832 = arith.mulf %v1831, %v1025 fastmath<contract> : f32
              %v1833 = arith.addf %v1830, %v1832 fastmath<contract> : f32
              %v1834 = llvm.load %v286 : !llvm.ptr -> f32
              %v1835 = arith.mulf %v1834, %v1009 fastmath<contract> : f32
              %v1836 = arith.addf %v1835, %v1833 fastmath<contract> : f32
              %v1837 = arith.mulf %v1074, %v1831 fastmath<contract> : f32
              %v1838 = arith.mulf %v1834, %v1042 fastmath<contract> : f32
              %v1839 = arith.addf %v1838, %v1837 fastmath<contract> : f32
              %v1840 = arith.mulf %v1075, %v1831 fastmath<contract> : f32
              %v1841 = arith.mulf %v1834, %v1043 fastmath<contract> : f32
              %v1842 = arith.addf %v1841, %v1840 fastmath<contract> : f32
              %v1843 = arith.constant 2 : i64
              %v1844 = llvm.getelementptr %in_C_im[%v1843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1845 = llvm.load %v1844 : !llvm.ptr -> f32
              %v1846 = arith.mulf %v1845, %v1768 fastmath<contract> : f32
              %v1847 = arith.constant 1 : i64
              %v1848 = arith.muli %v1847, %v2 : i64
              %v1849 = arith.constant 2 : i64
              %v1850 = arith.addi %v1848, %v1849 : i64
              %v1851 = llvm.getelementptr %in_C_im[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1852 = llvm.load %v1851 : !llvm.ptr -> f32
              %v1853 = arith.mulf %v1852, %v1774 fastmath<contract> : f32
              %v1854 = arith.addf %v1846, %v1853 fastmath<contract> : f32
              %v1855 = arith.constant 2 : i64
              %v1856 = arith.muli %v1855, %v2 : i64
              %v1857 = arith.constant 2 : i64
              %v1858 = arith.addi %v1856, %v1857 : i64
              %v1859 = llvm.getelementptr %in_C_im[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
              %v1861 = arith.mulf %v1860, %v1781 fastmath<contract> : f32
              %v1862 = arith.addf %v1854, %v1861 fastmath<contract> : f32
              %v1863 = arith.constant 3 : i64
              %v1864 = arith.muli %v1863, %v2 : i64
              %v1865 = arith.constant 2 : i64
              %v1866 = arith.addi %v1864, %v1865 : i64
              %v1867 = llvm.getelementptr %in_C_im[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1868 = llvm.load %v1867 : !llvm.ptr -> f32
              %v1869 = arith.mulf %v1868, %v1788 fastmath<contract> : f32
              %v1870 = arith.addf %v1862, %v1869 fastmath<contract> : f32
              %v1871 = llvm.load %v225 : !llvm.ptr -> f32
              %v1872 = arith.mulf %v1871, %v1026 fastmath<contract> : f32
              %v1873 = arith.addf %v1870, %v1872 fastmath<contract> : f32
              %v1874 = llvm.load %v288 : !llvm.ptr -> f32
              %v1875 = arith.mulf %v1874, %v1010 fastmath<contract> : f32
              %v1876 = arith.addf %v1875, %v1873 fastmath<contract> : f32
              %v1877 = arith.mulf %v1076, %v1871 fastmath<contract> : f32
              %v1878 = arith.mulf %v1874, %v1044 fastmath<contract> : f32
              %v1879 = arith.addf %v1878, %v1877 fastmath<contract> : f32
              %v1880 = arith.mulf %v1077, %v1871 fastmath<contract> : f32
              %v1881 = arith.mulf %v1874, %v1045 fastmath<contract> : f32
              %v1882 = arith.addf %v1881, %v1880 fastmath<contract> : f32
              %v1883 = arith.constant 3 : i64
              %v1884 = llvm.getelementptr %in_C_im[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1885 = llvm.load %v1884 : !llvm.ptr -> f32
              %v1886 = arith.mulf %v1885, %v1768 fastmath<contract> : f32
              %v1887 = arith.constant 1 : i64
              %v1888 = arith.muli %v1887, %v2 : i64
              %v1889 = arith.constant 3 : i64
              %v1890 = arith.addi %v1888, %v1889 : i64
              %v1891 = llvm.getelementptr %in_C_im[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
              %v1893 = arith.mulf %v1892, %v1774 fastmath<contract> : f32
              %v1894 = arith.addf %v1886, %v1893 fastmath<contract> : f32
              %v1895 = arith.constant 2 : i64
              %v1896 = arith.muli %v1895, %v2 : i64
              %v1897 = arith.constant 3 : i64
              %v1898 = arith.addi %v1896, %v1897 : i64
              %v1899 = llvm.getelementptr %in_C_im[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1900 = llvm.load %v1899 : !llvm.ptr -> f32
              %v1901 = arith.mulf %v1900, %v1781 fastmath<contract> : f32
              %v1902 = arith.addf %v1894, %v1901 fastmath<contract> : f32
              %v1903 = arith.constant 3 : i64
              %v1904 = arith.muli %v1903, %v2 : i64
              %v1905 = arith.constant 3 : i64
              %v1906 = arith.addi %v1904, %v1905 : i64
              %v1907 = llvm.getelementptr %in_C_im[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1908 = llvm.load %v1907 : !llvm.ptr -> f32
              %v1909 = arith.mulf %v1908, %v1788 fastmath<contract> : f32
              %v1910 = arith.addf %v1902, %v1909 fastmath<contract> : f32
              %v1911 = llvm.load %v227 : !llvm.ptr -> f32
              %v1912 = arith.mulf %v1911, %v1027 fastmath<contract> : f32
              %v1913 = arith.addf %v1910, %v1912 fastmath<contract> : f32
              %v1914 = llvm.load %v290 : !llvm.ptr -> f32
              %v1915 = arith.mulf %v1914, %v1011 fastmath<contract> : f32
              %v1916 = arith.addf %v1915, %v1913 fastmath<contract> : f32
              %v1917 = arith.mulf %v1078, %v1911 fastmath<contract> : f32
              %v1918 = arith.mulf %v1914, %v1046 fastmath<contract> : f32
              %v1919 = arith.addf %v1918, %v1917 fastmath<contract> : f32
              %v1920 = arith.mulf %v1079, %v1911 fastmath<contract> : f32
              %v1921 = arith.mulf %v1914, %v1047 fastmath<contract> : f32
              %v1922 = arith.addf %v1921, %v1920 fastmath<contract> : f32
              %v1923 = arith.constant 4 : i64
              %v1924 = llvm.getelementptr %in_C_im[%v1923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1925 = llvm.load %v1924 : !llvm.ptr -> f32
              %v1926 = arith.mulf %v1925, %v1768 fastmath<contract> : f32
              %v1927 = arith.constant 1 : i64
              %v1928 = arith.muli %v1927, %v2 : i64
              %v1929 = arith.constant 4 : i64
              %v1930 = arith.addi %v1928, %v1929 : i64
              %v1931 = llvm.getelementptr %in_C_im[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
              %v1933 = arith.mulf %v1932, %v1774 fastmath<contract> : f32
              %v1934 = arith.addf %v1926, %v1933 fastmath<contract> : f32
              %v1935 = arith.constant 2 : i64
              %v1936 = arith.muli %v1935, %v2 : i64
              %v1937 = arith.constant 4 : i64
              %v1938 = arith.addi %v1936, %v1937 : i64
              %v1939 = llvm.getelementptr %in_C_im[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
              %v1941 = arith.mulf %v1940, %v1781 fastmath<contract> : f32
              %v1942 = arith.addf %v1934, %v1941 fastmath<contract> : f32
              %v1943 = arith.constant 3 : i64
              %v1944 = arith.muli %v1943, %v2 : i64
              %v1945 = arith.constant 4 : i64
              %v1946 = arith.addi %v1944, %v1945 : i64
              %v1947 = llvm.getelementptr %in_C_im[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1948 = llvm.load %v1947 : !llvm.ptr -> f32
              %v1949 = arith.mulf %v1948, %v1788 fastmath<contract> : f32
              %v1950 = arith.addf %v1942, %v1949 fastmath<contract> : f32
              %v1951 = llvm.load %v229 : !llvm.ptr -> f32
              %v1952 = arith.mulf %v1951, %v1028 fastmath<contract> : f32
              %v1953 = arith.addf %v1950, %v1952 fastmath<contract> : f32
              %v1954 = llvm.load %v292 : !llvm.ptr -> f32
              %v1955 = arith.mulf %v1954, %v1012 fastmath<contract> : f32
              %v1956 = arith.addf %v1955, %v1953 fastmath<contract> : f32
              %v1957 = arith.mulf %v1080, %v1951 fastmath<contract> : f32
              %v1958 = arith.mulf %v1954, %v1048 fastmath<contract> : f32
              %v1959 = arith.addf %v1958, %v1957 fastmath<contract> : f32
              %v1960 = arith.mulf %v1081, %v1951 fastmath<contract> : f32
              %v1961 = arith.mulf %v1954, %v1049 fastmath<contract> : f32
              %v1962 = arith.addf %v1961, %v1960 fastmath<contract> : f32
              %v1963 = arith.constant 5 : i64
              %v1964 = llvm.getelementptr %in_C_im[%v1963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1965 = llvm.load %v1964 : !llvm.ptr -> f32
              %v1966 = arith.mulf %v1965, %v1768 fastmath<contract> : f32
              %v1967 = arith.constant 1 : i64
              %v1968 = arith.muli %v1967, %v2 : i64
              %v1969 = arith.constant 5 : i64
              %v1970 = arith.addi %v1968, %v1969 : i64
              %v1971 = llvm.getelementptr %in_C_im[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1972 = llvm.load %v1971 : !llvm.ptr -> f32
              %v1973 = arith.mulf %v1972, %v1774 fastmath<contract> : f32
              %v1974 = arith.addf %v1966, %v1973 fastmath<contract> : f32
              %v1975 = arith.constant 2 : i64
              %v1976 = arith.muli %v1975, %v2 : i64
              %v1977 = arith.constant 5 : i64
              %v1978 = arith.addi %v1976, %v1977 : i64
              %v1979 = llvm.getelementptr %in_C_im[%v1978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
              %v1981 = arith.mulf %v1980, %v1781 fastmath<contract> : f32
              %v1982 = arith.addf %v1974, %v1981 fastmath<contract> : f32
              %v1983 = arith.constant 3 : i64
              %v1984 = arith.muli %v1983, %v2 : i64
              %v1985 = arith.constant 5 : i64
              %v1986 = arith.addi %v1984, %v1985 : i64
              %v1987 = llvm.getelementptr %in_C_im[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1988 = llvm.load %v1987 : !llvm.ptr -> f32
              %v1989 = arith.mulf %v1988, %v1788 fastmath<contract> : f32
              %v1990 = arith.addf %v1982, %v1989 fastmath<contract> : f32
              %v1991 = llvm.load %v231 : !llvm.ptr -> f32
              %v1992 = arith.mulf %v1991, %v1029 fastmath<contract> : f32
              %v1993 = arith.addf %v1990, %v1992 fastmath<contract> : f32
              %v1994 = llvm.load %v294 : !llvm.ptr -> f32
              %v1995 = arith.mulf %v1994, %v1013 fastmath<contract> : f32
              %v1996 = arith.addf %v1995, %v1993 fastmath<contract> : f32
              %v1997 = arith.mulf %v1082, %v1991 fastmath<contract> : f32
              %v1998 = arith.mulf %v1994, %v1050 fastmath<contract> : f32
              %v1999 = arith.addf %v1998, %v1997 fastmath<contract> : f32
              %v2000 = arith.mulf %v1083, %v1991 fastmath<contract> : f32
              %v2001 = arith.mulf %v1994, %v1051 fastmath<contract> : f32
              %v2002 = arith.addf %v2001, %v2000 fastmath<contract> : f32
              %v2003 = arith.constant 6 : i64
              %v2004 = llvm.getelementptr %in_C_im[%v2003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2005 = llvm.load %v2004 : !llvm.ptr -> f32
              %v2006 = arith.mulf %v2005, %v1768 fastmath<contract> : f32
              %v2007 = arith.constant 1 : i64
              %v2008 = arith.muli %v2007, %v2 : i64
              %v2009 = arith.constant 6 : i64
              %v2010 = arith.addi %v2008, %v2009 : i64
              %v2011 = llvm.getelementptr %in_C_im[%v2010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2012 = llvm.load %v2011 : !llvm.ptr -> f32
              %v2013 = arith.mulf %v2012, %v1774 fastmath<contract> : f32
              %v2014 = arith.addf %v2006, %v2013 fastmath<contract> : f32
              %v2015 = arith.constant 2 : i64
              %v2016 = arith.muli %v2015, %v2 : i64
              %v2017 = arith.constant 6 : i64
              %v2018 = arith.addi %v2016, %v2017 : i64
              %v2019 = llvm.getelementptr %in_C_im[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2020 = llvm.load %v2019 : !llvm.ptr -> f32
              %v2021 = arith.mulf %v2020, %v1781 fastmath<contract> : f32
              %v2022 = arith.addf %v2014, %v2021 fastmath<contract> : f32
              %v2023 = arith.constant 3 : i64
              %v2024 = arith.muli %v2023, %v2 : i64
              %v2025 = arith.constant 6 : i64
              %v2026 = arith.addi %v2024, %v2025 : i64
              %v2027 = llvm.getelementptr %in_C_im[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2028 = llvm.load %v2027 : !llvm.ptr -> f32
              %v2029 = arith.mulf %v2028, %v1788 fastmath<contract> : f32
              %v2030 = arith.addf %v2022, %v2029 fastmath<contract> : f32
              %v2031 = llvm.load %v233 : !llvm.ptr -> f32
              %v2032 = arith.mulf %v2031, %v1030 fastmath<contract> : f32
              %v2033 = arith.addf %v2030, %v2032 fastmath<contract> : f32
              %v2034 = llvm.load %v296 : !llvm.ptr -> f32
              %v2035 = arith.mulf %v2034, %v1014 fastmath<contract> : f32
              %v2036 = arith.addf %v2035, %v2033 fastmath<contract> : f32
              %v2037 = arith.mulf %v1084, %v2031 fastmath<contract> : f32
              %v2038 = arith.mulf %v2034, %v1052 fastmath<contract> : f32
              %v2039 = arith.addf %v2038, %v2037 fastmath<contract> : f32
              %v2040 = arith.mulf %v1085, %v2031 fastmath<contract> : f32
              %v2041 = arith.mulf %v2034, %v1053 fastmath<contract> : f32
              %v2042 = arith.addf %v2041, %v2040 fastmath<contract> : f32
              %v2043 = arith.constant 7 : i64
              %v2044 = llvm.getelementptr %in_C_im[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2045 = llvm.load %v2044 : !llvm.ptr -> f32
              %v2046 = arith.mulf %v2045, %v1768 fastmath<contract> : f32
              %v2047 = arith.constant 1 : i64
              %v2048 = arith.muli %v2047, %v2 : i64
              %v2049 = arith.constant 7 : i64
              %v2050 = arith.addi %v2048, %v2049 : i64
              %v2051 = llvm.getelementptr %in_C_im[%v2050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2052 = llvm.load %v2051 : !llvm.ptr -> f32
              %v2053 = arith.mulf %v2052, %v1774 fastmath<contract> : f32
              %v2054 = arith.addf %v2046, %v2053 fastmath<contract> : f32
              %v2055 = arith.constant 2 : i64
              %v2056 = arith.muli %v2055, %v2 : i64
              %v2057 = arith.constant 7 : i64
              %v2058 = arith.addi %v2056, %v2057 : i64
              %v2059 = llvm.getelementptr %in_C_im[%v2058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
              %v2061 = arith.mulf %v2060, %v1781 fastmath<contract> : f32
              %v2062 = arith.addf %v2054, %v2061 fastmath<contract> : f32
              %v2063 = arith.constant 3 : i64
              %v2064 = arith.muli %v2063, %v2 : i64
              %v2065 = arith.constant 7 : i64
              %v2066 = arith.addi %v2064, %v2065 : i64
              %v2067 = llvm.getelementptr %in_C_im[%v2066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2068 = llvm.load %v2067 : !llvm.ptr -> f32
              %v2069 = arith.mulf %v2068, %v1788 fastmath<contract> : f32
              %v2070 = arith.addf %v2062, %v2069 fastmath<contract> : f32
              %v2071 = llvm.load %v235 : !llvm.ptr -> f32
              %v2072 = arith.mulf %v2071, %v1031 fastmath<contract> : f32
              %v2073 = arith.addf %v2070, %v2072 fastmath<contract> : f32
              %v2074 = llvm.load %v298 : !llvm.ptr -> f32
              %v2075 = arith.mulf %v2074, %v1015 fastmath<contract> : f32
              %v2076 = arith.addf %v2075, %v2073 fastmath<contract> : f32
              %v2077 = arith.mulf %v1086, %v2071 fastmath<contract> : f32
              %v2078 = arith.mulf %v2074, %v1054 fastmath<contract> : f32
              %v2079 = arith.addf %v2078, %v2077 fastmath<contract> : f32
              %v2080 = arith.mulf %v1087, %v2071 fastmath<contract> : f32
              %v2081 = arith.mulf %v2074, %v1055 fastmath<contract> : f32
              %v2082 = arith.addf %v2081, %v2080 fastmath<contract> : f32
              %v2083 = arith.constant 8 : i64
              %v2084 = llvm.getelementptr %in_C_im[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2085 = llvm.load %v2084 : !llvm.ptr -> f32
              %v2086 = arith.mulf %v2085, %v1768 fastmath<contract> : f32
              %v2087 = arith.constant 1 : i64
              %v2088 = arith.muli %v2087, %v2 : i64
              %v2089 = arith.constant 8 : i64
              %v2090 = arith.addi %v2088, %v2089 : i64
              %v2091 = llvm.getelementptr %in_C_im[%v2090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
              %v2093 = arith.mulf %v2092, %v1774 fastmath<contract> : f32
              %v2094 = arith.addf %v2086, %v2093 fastmath<contract> : f32
              %v2095 = arith.constant 2 : i64
              %v2096 = arith.muli %v2095, %v2 : i64
              %v2097 = arith.constant 8 : i64
              %v2098 = arith.addi %v2096, %v2097 : i64
              %v2099 = llvm.getelementptr %in_C_im[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2100 = llvm.load %v2099 : !llvm.ptr -> f32
              %v2101 = arith.mulf %v2100, %v1781 fastmath<contract> : f32
              %v2102 = arith.addf %v2094, %v2101 fastmath<contract> : f32
              %v2103 = arith.constant 3 : i64
              %v2104 = arith.muli %v2103, %v2 : i64
              %v2105 = arith.constant 8 : i64
              %v2106 = arith.addi %v2104, %v2105 : i64
              %v2107 = llvm.getelementptr %in_C_im[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2108 = llvm.load %v2107 : !llvm.ptr -> f32
              %v2109 = arith.mulf %v2108, %v1788 fastmath<contract> : f32
              %v2110 = arith.addf %v2102, %v2109 fastmath<contract> : f32
              %v2111 = llvm.load %v237 : !llvm.ptr -> f32
              %v2112 = arith.mulf %v2111, %v1032 fastmath<contract> : f32
              %v2113 = arith.addf %v2110, %v2112 fastmath<contract> : f32
              %v2114 = llvm.load %v300 : !llvm.ptr -> f32
              %v2115 = arith.mulf %v2114, %v1016 fastmath<contract> : f32
              %v2116 = arith.addf %v2115, %v2113 fastmath<contract> : f32
              %v2117 = arith.mulf %v1088, %v2111 fastmath<contract> : f32
              %v2118 = arith.mulf %v2114, %v1056 fastmath<contract> : f32
              %v2119 = arith.addf %v2118, %v2117 fastmath<contract> : f32
              %v2120 = arith.mulf %v1089, %v2111 fastmath<contract> : f32
              %v2121 = arith.mulf %v2114, %v1057 fastmath<contract> : f32
              %v2122 = arith.addf %v2121, %v2120 fastmath<contract> : f32
              %v2123 = arith.constant 9 : i64
              %v2124 = llvm.getelementptr %in_C_im[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
              %v2126 = arith.mulf %v2125, %v1768 fastmath<contract> : f32
              %v2127 = arith.constant 1 : i64
              %v2128 = arith.muli %v2127, %v2 : i64
              %v2129 = arith.constant 9 : i64
              %v2130 = arith.addi %v2128, %v2129 : i64
              %v2131 = llvm.getelementptr %in_C_im[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2132 = llvm.load %v2131 : !llvm.ptr -> f32
              %v2133 = arith.mulf %v2132, %v1774 fastmath<contract> : f32
              %v2134 = arith.addf %v2126, %v2133 fastmath<contract> : f32
              %v2135 = arith.constant 2 : i64
              %v2136 = arith.muli %v2135, %v2 : i64
              %v2137 = arith.constant 9 : i64
              %v2138 = arith.addi %v2136, %v2137 : i64
              %v2139 = llvm.getelementptr %in_C_im[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
              %v2141 = arith.mulf %v2140, %v1781 fastmath<contract> : f32
              %v2142 = arith.addf %v2134, %v2141 fastmath<contract> : f32
              %v2143 = arith.constant 3 : i64
              %v2144 = arith.muli %v2143, %v2 : i64
              %v2145 = arith.constant 9 : i64
              %v2146 = arith.addi %v2144, %v2145 : i64
              %v2147 = llvm.getelementptr %in_C_im[%v2146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
              %v2149 = arith.mulf %v2148, %v1788 fastmath<contract> : f32
              %v2150 = arith.addf %v2142, %v2149 fastmath<contract> : f32
              %v2151 = llvm.load %v239 : !llvm.ptr -> f32
              %v2152 = arith.mulf %v2151, %v1033 fastmath<contract> : f32
              %v2153 = arith.addf %v2150, %v2152 fastmath<contract> : f32
              %v2154 = llvm.load %v302 : !llvm.ptr -> f32
              %v2155 = arith.mulf %v2154, %v1017 fastmath<contract> : f32
              %v2156 = arith.addf %v2155, %v2153 fastmath<contract> : f32
              %v2157 = arith.mulf %v1090, %v2151 fastmath<contract> : f32
              %v2158 = arith.mulf %v2154, %v1058 fastmath<contract> : f32
              %v2159 = arith.addf %v2158, %v2157 fastmath<contract> : f32
              %v2160 = arith.mulf %v1091, %v2151 fastmath<contract> : f32
              %v2161 = arith.mulf %v2154, %v1059 fastmath<contract> : f32
              %v2162 = arith.addf %v2161, %v2160 fastmath<contract> : f32
              %v2163 = arith.constant 10 : i64
              %v2164 = llvm.getelementptr %in_C_im[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2165 = llvm.load %v2164 : !llvm.ptr -> f32
              %v2166 = arith.mulf %v2165, %v1768 fastmath<contract> : f32
              %v2167 = arith.constant 1 : i64
              %v2168 = arith.muli %v2167, %v2 : i64
              %v2169 = arith.constant 10 : i64
              %v2170 = arith.addi %v2168, %v2169 : i64
              %v2171 = llvm.getelementptr %in_C_im[%v2170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
              %v2173 = arith.mulf %v2172, %v1774 fastmath<contract> : f32
              %v2174 = arith.addf %v2166, %v2173 fastmath<contract> : f32
              %v2175 = arith.constant 2 : i64
              %v2176 = arith.muli %v2175, %v2 : i64
              %v2177 = arith.constant 10 : i64
              %v2178 = arith.addi %v2176, %v2177 : i64
              %v2179 = llvm.getelementptr %in_C_im[%v2178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2180 = llvm.load %v2179 : !llvm.ptr -> f32
              %v2181 = arith.mulf %v2180, %v1781 fastmath<contract> : f32
              %v2182 = arith.addf %v2174, %v2181 fastmath<contract> : f32
              %v2183 = arith.constant 3 : i64
              %v2184 = arith.muli %v2183, %v2 : i64
              %v2185 = arith.constant 10 : i64
              %v2186 = arith.addi %v2184, %v2185 : i64
              %v2187 = llvm.getelementptr %in_C_im[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2188 = llvm.load %v2187 : !llvm.ptr -> f32
              %v2189 = arith.mulf %v2188, %v1788 fastmath<contract> : f32
              %v2190 = arith.addf %v2182, %v2189 fastmath<contract> : f32
              %v2191 = llvm.load %v241 : !llvm.ptr -> f32
              %v2192 = arith.mulf %v2191, %v1034 fastmath<contract> : f32
              %v2193 = arith.addf %v2190, %v2192 fastmath<contract> : f32
              %v2194 = llvm.load %v304 : !llvm.ptr -> f32
              %v2195 = arith.mulf %v2194, %v1018 fastmath<contract> : f32
              %v2196 = arith.addf %v2195, %v2193 fastmath<contract> : f32
              %v2197 = arith.mulf %v1092, %v2191 fastmath<contract> : f32
              %v2198 = arith.mulf %v2194, %v1060 fastmath<contract> : f32
              %v2199 = arith.addf %v2198, %v2197 fastmath<contract> : f32
              %v2200 = arith.mulf %v1093, %v2191 fastmath<contract> : f32
              %v2201 = arith.mulf %v2194, %v1061 fastmath<contract> : f32
              %v2202 = arith.addf %v2201, %v2200 fastmath<contract> : f32
              %v2203 = arith.constant 11 : i64
              %v2204 = llvm.getelementptr %in_C_im[%v2203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2205 = llvm.load %v2204 : !llvm.ptr -> f32
              %v2206 = arith.mulf %v2205, %v1768 fastmath<contract> : f32
              %v2207 = arith.constant 1 : i64
              %v2208 = arith.muli %v2207, %v2 : i64
              %v2209 = arith.constant 11 : i64
              %v2210 = arith.addi %v2208, %v2209 : i64
              %v2211 = llvm.getelementptr %in_C_im[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2212 = llvm.load %v2211 : !llvm.ptr -> f32
              %v2213 = arith.mulf %v2212, %v1774 fastmath<contract> : f32
              %v2214 = arith.addf %v2206, %v2213 fastmath<contract> : f32
              %v2215 = arith.constant 2 : i64
              %v2216 = arith.muli %v2215, %v2 : i64
              %v2217 = arith.constant 11 : i64
              %v2218 = arith.addi %v2216, %v2217 : i64
              %v2219 = llvm.getelementptr %in_C_im[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
              %v2221 = arith.mulf %v2220, %v1781 fastmath<contract> : f32
              %v2222 = arith.addf %v2214, %v2221 fastmath<contract> : f32
              %v2223 = arith.constant 3 : i64
              %v2224 = arith.muli %v2223, %v2 : i64
              %v2225 = arith.constant 11 : i64
              %v2226 = arith.addi %v2224, %v2225 : i64
              %v2227 = llvm.getelementptr %in_C_im[%v2226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
              %v2229 = arith.mulf %v2228, %v1788 fastmath<contract> : f32
              %v2230 = arith.addf %v2222, %v2229 fastmath<contract> : f32
              %v2231 = llvm.load %v243 : !llvm.ptr -> f32
              %v2232 = arith.mulf %v2231, %v1035 fastmath<contract> : f32
              %v2233 = arith.addf %v2230, %v2232 fastmath<contract> : f32
              %v2234 = llvm.load %v306 : !llvm.ptr -> f32
              %v2235 = arith.mulf %v2234, %v1019 fastmath<contract> : f32
              %v2236 = arith.addf %v2235, %v2233 fastmath<contract> : f32
              %v2237 = arith.mulf %v1094, %v2231 fastmath<contract> : f32
              %v2238 = arith.mulf %v2234, %v1062 fastmath<contract> : f32
              %v2239 = arith.addf %v2238, %v2237 fastmath<contract> : f32
              %v2240 = arith.mulf %v1095, %v2231 fastmath<contract> : f32
              %v2241 = arith.mulf %v2234, %v1063 fastmath<contract> : f32
              %v2242 = arith.addf %v2241, %v2240 fastmath<contract> : f32
              %v2243 = arith.constant 12 : i64
              %v2244 = llvm.getelementptr %in_C_im[%v2243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2245 = llvm.load %v2244 : !llvm.ptr -> f32
              %v2246 = arith.mulf %v2245, %v1768 fastmath<contract> : f32
              %v2247 = arith.constant 1 : i64
              %v2248 = arith.muli %v2247, %v2 : i64
              %v2249 = arith.constant 12 : i64
              %v2250 = arith.addi %v2248, %v2249 : i64
              %v2251 = llvm.getelementptr %in_C_im[%v2250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2252 = llvm.load %v2251 : !llvm.ptr -> f32
              %v2253 = arith.mulf %v2252, %v1774 fastmath<contract> : f32
              %v2254 = arith.addf %v2246, %v2253 fastmath<contract> : f32
              %v2255 = arith.constant 2 : i64
              %v2256 = arith.muli %v2255, %v2 : i64
              %v2257 = arith.constant 12 : i64
              %v2258 = arith.addi %v2256, %v2257 : i64
              %v2259 = llvm.getelementptr %in_C_im[%v2258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2260 = llvm.load %v2259 : !llvm.ptr -> f32
              %v2261 = arith.mulf %v2260, %v1781 fastmath<contract> : f32
              %v2262 = arith.addf %v2254, %v2261 fastmath<contract> : f32
              %v2263 = arith.constant 3 : i64
              %v2264 = arith.muli %v2263, %v2 : i64
              %v2265 = arith.constant 12 : i64
              %v2266 = arith.addi %v2264, %v2265 : i64
              %v2267 = llvm.getelementptr %in_C_im[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2268 = llvm.load %v2267 : !llvm.ptr -> f32
              %v2269 = arith.mulf %v2268, %v1788 fastmath<contract> : f32
              %v2270 = arith.addf %v2262, %v2269 fastmath<contract> : f32
              %v2271 = llvm.load %v245 : !llvm.ptr -> f32
              %v2272 = arith.mulf %v2271, %v1036 fastmath<contract> : f32
              %v2273 = arith.addf %v2270, %v2272 fastmath<contract> : f32
              %v2274 = llvm.load %v308 : !llvm.ptr -> f32
              %v2275 = arith.mulf %v2274, %v1020 fastmath<contract> : f32
              %v2276 = arith.addf %v2275, %v2273 fastmath<contract> : f32
              %v2277 = arith.mulf %v1096, %v2271 fastmath<contract> : f32
              %v2278 = arith.mulf %v2274, %v1064 fastmath<contract> : f32
              %v2279 = arith.addf %v2278, %v2277 fastmath<contract> : f32
              %v2280 = arith.mulf %v1097, %v2271 fastmath<contract> : f32
              %v2281 = arith.mulf %v2274, %v1065 fastmath<contract> : f32
              %v2282 = arith.addf %v2281, %v2280 fastmath<contract> : f32
              %v2283 = arith.constant 13 : i64
              %v2284 = llvm.getelementptr %in_C_im[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2285 = llvm.load %v2284 : !llvm.ptr -> f32
              %v2286 = arith.mulf %v2285, %v1768 fastmath<contract> : f32
              %v2287 = arith.constant 1 : i64
              %v2288 = arith.muli %v2287, %v2 : i64
              %v2289 = arith.constant 13 : i64
              %v2290 = arith.addi %v2288, %v2289 : i64
              %v2291 = llvm.getelementptr %in_C_im[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
              %v2293 = arith.mulf %v2292, %v1774 fastmath<contract> : f32
              %v2294 = arith.addf %v2286, %v2293 fastmath<contract> : f32
              %v2295 = arith.constant 2 : i64
              %v2296 = arith.muli %v2295, %v2 : i64
              %v2297 = arith.constant 13 : i64
              %v2298 = arith.addi %v2296, %v2297 : i64
              %v2299 = llvm.getelementptr %in_C_im[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2300 = llvm.load %v2299 : !llvm.ptr -> f32
              %v2301 = arith.mulf %v2300, %v1781 fastmath<contract> : f32
              %v2302 = arith.addf %v2294, %v2301 fastmath<contract> : f32
              %v2303 = arith.constant 3 : i64
              %v2304 = arith.muli %v2303, %v2 : i64
              %v2305 = arith.constant 13 : i64
              %v2306 = arith.addi %v2304, %v2305 : i64
              %v2307 = llvm.getelementptr %in_C_im[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2308 = llvm.load %v2307 : !llvm.ptr -> f32
              %v2309 = arith.mulf %v2308, %v1788 fastmath<contract> : f32
              %v2310 = arith.addf %v2302, %v2309 fastmath<contract> : f32
              %v2311 = llvm.load %v247 : !llvm.ptr -> f32
              %v2312 = arith.mulf %v2311, %v1037 fastmath<contract> : f32
              %v2313 = arith.addf %v2310, %v2312 fastmath<contract> : f32
              %v2314 = llvm.load %v310 : !llvm.ptr -> f32
              %v2315 = arith.mulf %v2314, %v1021 fastmath<contract> : f32
              %v2316 = arith.addf %v2315, %v2313 fastmath<contract> : f32
              %v2317 = arith.mulf %v1098, %v2311 fastmath<contract> : f32
              %v2318 = arith.mulf %v2314, %v1066 fastmath<contract> : f32
              %v2319 = arith.addf %v2318, %v2317 fastmath<contract> : f32
              %v2320 = arith.mulf %v1099, %v2311 fastmath<contract> : f32
              %v2321 = arith.mulf %v2314, %v1067 fastmath<contract> : f32
              %v2322 = arith.addf %v2321, %v2320 fastmath<contract> : f32
              %v2323 = arith.constant 14 : i64
              %v2324 = llvm.getelementptr %in_C_im[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2325 = llvm.load %v2324 : !llvm.ptr -> f32
              %v2326 = arith.mulf %v2325, %v1768 fastmath<contract> : f32
              %v2327 = arith.constant 1 : i64
              %v2328 = arith.muli %v2327, %v2 : i64
              %v2329 = arith.constant 14 : i64
              %v2330 = arith.addi %v2328, %v2329 : i64
              %v2331 = llvm.getelementptr %in_C_im[%v2330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2332 = llvm.load %v2331 : !llvm.ptr -> f32
              %v2333 = arith.mulf %v2332, %v1774 fastmath<contract> : f32
              %v2334 = arith.addf %v2326, %v2333 fastmath<contract> : f32
              %v2335 = arith.constant 2 : i64
              %v2336 = arith.muli %v2335, %v2 : i64
              %v2337 = arith.constant 14 : i64
              %v2338 = arith.addi %v2336, %v2337 : i64
              %v2339 = llvm.getelementptr %in_C_im[%v2338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
              %v2341 = arith.mulf %v2340, %v1781 fastmath<contract> : f32
              %v2342 = arith.addf %v2334, %v2341 fastmath<contract> : f32
              %v2343 = arith.constant 3 : i64
              %v2344 = arith.muli %v2343, %v2 : i64
              %v2345 = arith.constant 14 : i64
              %v2346 = arith.addi %v2344, %v2345 : i64
              %v2347 = llvm.getelementptr %in_C_im[%v2346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2348 = llvm.load %v2347 : !llvm.ptr -> f32
              %v2349 = arith.mulf %v2348, %v1788 fastmath<contract> : f32
              %v2350 = arith.addf %v2342, %v2349 fastmath<contract> : f32
              %v2351 = llvm.load %v249 : !llvm.ptr -> f32
              %v2352 = arith.mulf %v2351, %v1038 fastmath<contract> : f32
              %v2353 = arith.addf %v2350, %v2352 fastmath<contract> : f32
              %v2354 = llvm.load %v312 : !llvm.ptr -> f32
              %v2355 = arith.mulf %v2354, %v1022 fastmath<contract> : f32
              %v2356 = arith.addf %v2355, %v2353 fastmath<contract> : f32
              %v2357 = arith.mulf %v1100, %v2351 fastmath<contract> : f32
              %v2358 = arith.mulf %v2354, %v1068 fastmath<contract> : f32
              %v2359 = arith.addf %v2358, %v2357 fastmath<contract> : f32
              %v2360 = arith.mulf %v1101, %v2351 fastmath<contract> : f32
              %v2361 = arith.mulf %v2354, %v1069 fastmath<contract> : f32
              %v2362 = arith.addf %v2361, %v2360 fastmath<contract> : f32
              %v2363 = arith.constant 15 : i64
              %v2364 = llvm.getelementptr %in_C_im[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
              %v2366 = arith.mulf %v2365, %v1768 fastmath<contract> : f32
              %v2367 = arith.constant 1 : i64
              %v2368 = arith.muli %v2367, %v2 : i64
              %v2369 = arith.constant 15 : i64
              %v2370 = arith.addi %v2368, %v2369 : i64
              %v2371 = llvm.getelementptr %in_C_im[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2372 = llvm.load %v2371 : !llvm.ptr -> f32
              %v2373 = arith.mulf %v2372, %v1774 fastmath<contract> : f32
              %v2374 = arith.addf %v2366, %v2373 fastmath<contract> : f32
              %v2375 = arith.constant 2 : i64
              %v2376 = arith.muli %v2375, %v2 : i64
              %v2377 = arith.constant 15 : i64
              %v2378 = arith.addi %v2376, %v2377 : i64
              %v2379 = llvm.getelementptr %in_C_im[%v2378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2380 = llvm.load %v2379 : !llvm.ptr -> f32
              %v2381 = arith.mulf %v2380, %v1781 fastmath<contract> : f32
              %v2382 = arith.addf %v2374, %v2381 fastmath<contract> : f32
              %v2383 = arith.constant 3 : i64
              %v2384 = arith.muli %v2383, %v2 : i64
              %v2385 = arith.constant 15 : i64
              %v2386 = arith.addi %v2384, %v2385 : i64
              %v2387 = llvm.getelementptr %in_C_im[%v2386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2388 = llvm.load %v2387 : !llvm.ptr -> f32
              %v2389 = arith.mulf %v2388, %v1788 fastmath<contract> : f32
              %v2390 = arith.addf %v2382, %v2389 fastmath<contract> : f32
              %v2391 = llvm.load %v250 : !llvm.ptr -> f32
              %v2392 = arith.mulf %v2391, %v1039 fastmath<contract> : f32
              %v2393 = arith.addf %v2390, %v2392 fastmath<contract> : f32
              %v2394 = llvm.load %v314 : !llvm.ptr -> f32
              %v2395 = arith.mulf %v2394, %v1023 fastmath<contract> : f32
              %v2396 = arith.addf %v2395, %v2393 fastmath<contract> : f32
              %v2397 = arith.mulf %v1102, %v2391 fastmath<contract> : f32
              %v2398 = arith.mulf %v2394, %v1070 fastmath<contract> : f32
              %v2399 = arith.addf %v2398, %v2397 fastmath<contract> : f32
              %v2400 = arith.mulf %v1103, %v2391 fastmath<contract> : f32
              %v2401 = arith.mulf %v2394, %v1071 fastmath<contract> : f32
              %v2402 = arith.addf %v2401, %v2400 fastmath<contract> : f32
              llvm.store %v1158, %v128 : f32, !llvm.ptr
              llvm.store %v1161, %v899 : f32, !llvm.ptr
              llvm.store %v1164, %v900 : f32, !llvm.ptr
              llvm.store %v1198, %v129 : f32, !llvm.ptr
              llvm.store %v1201, %v901 : f32, !llvm.ptr
              llvm.store %v1204, %v902 : f32, !llvm.ptr
              llvm.store %v1238, %v131 : f32, !llvm.ptr
              llvm.store %v1241, %v903 : f32, !llvm.ptr
              llvm.store %v1244, %v904 : f32, !llvm.ptr
              llvm.store %v1278, %v133 : f32, !llvm.ptr
              llvm.store %v1281, %v905 : f32, !llvm.ptr
              llvm.store %v1284, %v906 : f32, !llvm.ptr
              llvm.store %v1318, %v134 : f32, !llvm.ptr
              llvm.store %v1321, %v907 : f32, !llvm.ptr
              llvm.store %v1324, %v908 : f32, !llvm.ptr
              llvm.store %v1358, %v136 : f32, !llvm.ptr
              llvm.store %v1361, %v909 : f32, !llvm.ptr
              llvm.store %v1364, %v910 : f32, !llvm.ptr
              llvm.store %v1398, %v138 : f32, !llvm.ptr
              llvm.store %v1401, %v911 : f32, !llvm.ptr
              llvm.store %v1404, %v912 : f32, !llvm.ptr
              llvm.store %v1438, %v140 : f32, !llvm.ptr
              llvm.store %v1441, %v913 : f32, !llvm.ptr
              llvm.store %v1444, %v914 : f32, !llvm.ptr
              llvm.store %v1478, %v142 : f32, !llvm.ptr
              llvm.store %v1481, %v915 : f32, !llvm.ptr
              llvm.store %v1484, %v916 : f32, !llvm.ptr
              llvm.store %v1518, %v144 : f32, !llvm.ptr
              llvm.store %v1521, %v917 : f32, !llvm.ptr
              llvm.store %v1524, %v918 : f32, !llvm.ptr
              llvm.store %v1558, %v146 : f32, !llvm.ptr
              llvm.store %v1561, %v919 : f32, !llvm.ptr
              llvm.store %v1564, %v920 : f32, !llvm.ptr
              llvm.store %v1598, %v148 : f32, !llvm.ptr
              llvm.store %v1601, %v921 : f32, !llvm.ptr
              llvm.store %v1604, %v922 : f32, !llvm.ptr
              llvm.store %v1638, %v150 : f32, !llvm.ptr
              llvm.store %v1641, %v923 : f32, !llvm.ptr
              llvm.store %v1644, %v924 : f32, !llvm.ptr
              llvm.store %v1678, %v152 : f32, !llvm.ptr
              llvm.store %v1681, %v925 : f32, !llvm.ptr
              llvm.store %v1684, %v926 : f32, !llvm.ptr
              llvm.store %v1718, %v154 : f32, !llvm.ptr
              llvm.store %v1721, %v927 : f32, !llvm.ptr
              llvm.store %v1724, %v928 : f32, !llvm.ptr
              llvm.store %v1758, %v156 : f32, !llvm.ptr
              llvm.store %v1761, %v929 : f32, !llvm.ptr
              llvm.store %v1764, %v930 : f32, !llvm.ptr
              llvm.store %v1796, %v157 : f32, !llvm.ptr
              llvm.store %v1799, %v931 : f32, !llvm.ptr
              llvm.store %v1802, %v932 : f32, !llvm.ptr
              llvm.store %v1836, %v159 : f32, !llvm.ptr
              llvm.store %v1839, %v933 : f32, !llvm.ptr
              llvm.store %v1842, %v934 : f32, !llvm.ptr
              llvm.store %v1876, %v161 : f32, !llvm.ptr
              llvm.store %v1879, %v935 : f32, !llvm.ptr
              llvm.store %v1882, %v936 : f32, !llvm.ptr
              llvm.store %v1916, %v163 : f32, !llvm.ptr
              llvm.store %v1919, %v937 : f32, !llvm.ptr
              llvm.store %v1922, %v938 : f32, !llvm.ptr
              llvm.store %v1956, %v165 : f32, !llvm.ptr
              llvm.store %v1959, %v939 : f32, !llvm.ptr
              llvm.store %v1962, %v940 : f32, !llvm.ptr
              llvm.store %v1996, %v167 : f32, !llvm.ptr
              llvm.store %v1999, %v941 : f32, !llvm.ptr
              llvm.store %v2002, %v942 : f32, !llvm.ptr
              llvm.store %v2036, %v169 : f32, !llvm.ptr
              llvm.store %v2039, %v943 : f32, !llvm.ptr
              llvm.store %v2042, %v944 : f32, !llvm.ptr
              llvm.store %v2076, %v171 : f32, !llvm.ptr
              llvm.store %v2079, %v945 : f32, !llvm.ptr
              llvm.store %v2082, %v946 : f32, !llvm.ptr
              llvm.store %v2116, %v173 : f32, !llvm.ptr
              llvm.store %v2119, %v947 : f32, !llvm.ptr
              llvm.store %v2122, %v948 : f32, !llvm.ptr
              llvm.store %v2156, %v175 : f32, !llvm.ptr
              llvm.store %v2159, %v949 : f32, !llvm.ptr
              llvm.store %v2162, %v950 : f32, !llvm.ptr
              llvm.store %v2196, %v177 : f32, !llvm.ptr
              llvm.store %v2199, %v951 : f32, !llvm.ptr
              llvm.store %v2202, %v952 : f32, !llvm.ptr
              llvm.store %v2236, %v179 : f32, !llvm.ptr
              llvm.store %v2239, %v953 : f32, !llvm.ptr
              llvm.store %v2242, %v954 : f32, !llvm.ptr
              llvm.store %v2276, %v181 : f32, !llvm.ptr
              llvm.store %v2279, %v955 : f32, !llvm.ptr
              llvm.store %v2282, %v956 : f32, !llvm.ptr
              llvm.store %v2316, %v183 : f32, !llvm.ptr
              llvm.store %v2319, %v957 : f32, !llvm.ptr
              llvm.store %v2322, %v958 : f32, !llvm.ptr
              llvm.store %v2356, %v185 : f32, !llvm.ptr
              llvm.store %v2359, %v959 : f32, !llvm.ptr
              llvm.store %v2362, %v960 : f32, !llvm.ptr
              llvm.store %v2396, %v187 : f32, !llvm.ptr
              llvm.store %v2399, %v961 : f32, !llvm.ptr
              llvm.store %v2402, %v962 : f32, !llvm.ptr
              scf.if %v1006 {
              }
              %v2403 = arith.constant 0 : i64
              %v2404 = llvm.getelementptr %in_nu_log[%v2403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2405 = llvm.load %v2404 : !llvm.ptr -> f32
              %v2407 = arith.mulf %v2405, %v2406 fastmath<contract> : f32
              %v2408 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2407) : (f32) -> f32
              %v2409 = arith.negf %v2408 : f32
              %v2410 = arith.mulf %v2409, %v2406 fastmath<contract> : f32
              %v2411 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2410) : (f32) -> f32
              %v2412 = arith.constant 0 : i64
              %v2413 = llvm.getelementptr %in_theta_log[%v2412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2414 = llvm.load %v2413 : !llvm.ptr -> f32
              %v2415 = arith.mulf %v2414, %v2406 fastmath<contract> : f32
              %v2416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2415) : (f32) -> f32
              %v2418 = arith.mulf %v2416, %v2417 fastmath<contract> : f32
              %v2419 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2418) : (f32) -> f32
              %v2422 = arith.mulf %v2419, %v2420 fastmath<contract> : f32
              %v2423 = arith.subf %v2416, %v2422 fastmath<contract> : f32
              %v2424 = arith.mulf %v2419, %v2421 fastmath<contract> : f32
              %v2425 = arith.subf %v2423, %v2424 fastmath<contract> : f32
              %v2426 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2425) : (f32) -> f32
              %v2427 = arith.mulf %v2411, %v2426 fastmath<contract> : f32
              llvm.store %v2427, %v189 : f32, !llvm.ptr
              %v2428 = arith.mulf %v2416, %v2417 fastmath<contract> : f32
              %v2429 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2428) : (f32) -> f32
              %v2430 = arith.mulf %v2429, %v2420 fastmath<contract> : f32
              %v2431 = arith.subf %v2416, %v2430 fastmath<contract> : f32
              %v2432 = arith.mulf %v2429, %v2421 fastmath<contract> : f32
              %v2433 = arith.subf %v2431, %v2432 fastmath<contract> : f32
              %v2434 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2433) : (f32) -> f32
              %v2435 = arith.mulf %v2411, %v2434 fastmath<contract> : f32
              llvm.store %v2435, %v252 : f32, !llvm.ptr
              %v2436 = arith.constant 1 : i64
              %v2437 = llvm.getelementptr %in_nu_log[%v2436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2438 = llvm.load %v2437 : !llvm.ptr -> f32
              %v2439 = arith.mulf %v2438, %v2406 fastmath<contract> : f32
              %v2440 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2439) : (f32) -> f32
              %v2441 = arith.negf %v2440 : f32
              %v2442 = arith.mulf %v2441, %v2406 fastmath<contract> : f32
              %v2443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2442) : (f32) -> f32
              %v2444 = arith.constant 1 : i64
              %v2445 = llvm.getelementptr %in_theta_log[%v2444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2446 = llvm.load %v2445 : !llvm.ptr -> f32
              %v2447 = arith.mulf %v2446, %v2406 fastmath<contract> : f32
              %v2448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2447) : (f32) -> f32
              %v2449 = arith.mulf %v2448, %v2417 fastmath<contract> : f32
              %v2450 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2449) : (f32) -> f32
              %v2451 = arith.mulf %v2450, %v2420 fastmath<contract> : f32
              %v2452 = arith.subf %v2448, %v2451 fastmath<contract> : f32
              %v2453 = arith.mulf %v2450, %v2421 fastmath<contract> : f32
              %v2454 = arith.subf %v2452, %v2453 fastmath<contract> : f32
              %v2455 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2454) : (f32) -> f32
              %v2456 = arith.mulf %v2443, %v2455 fastmath<contract> : f32
              llvm.store %v2456, %v191 : f32, !llvm.ptr
              %v2457 = arith.mulf %v2448, %v2417 fastmath<contract> : f32
              %v2458 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2457) : (f32) -> f32
              %v2459 = arith.mulf %v2458, %v2420 fastmath<contract> : f32
              %v2460 = arith.subf %v2448, %v2459 fastmath<contract> : f32
              %v2461 = arith.mulf %v2458, %v2421 fastmath<contract> : f32
              %v2462 = arith.subf %v2460, %v2461 fastmath<contract> : f32
              %v2463 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2462) : (f32) -> f32
              %v2464 = arith.mulf %v2443, %v2463 fastmath<contract> : f32
              llvm.store %v2464, %v254 : f32, !llvm.ptr
              %v2465 = arith.constant 2 : i64
              %v2466 = llvm.getelementptr %in_nu_log[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2467 = llvm.load %v2466 : !llvm.ptr -> f32
              %v2468 = arith.mulf %v2467, %v2406 fastmath<contract> : f32
              %v2469 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2468) : (f32) -> f32
              %v2470 = arith.negf %v2469 : f32
              %v2471 = arith.mulf %v2470, %v2406 fastmath<contract> : f32
              %v2472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2471) : (f32) -> f32
              %v2473 = arith.constant 2 : i64
              %v2474 = llvm.getelementptr %in_theta_log[%v2473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2475 = llvm.load %v2474 : !llvm.ptr -> f32
              %v2476 = arith.mulf %v2475, %v2406 fastmath<contract> : f32
              %v2477 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2476) : (f32) -> f32
              %v2478 = arith.mulf %v2477, %v2417 fastmath<contract> : f32
              %v2479 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2478) : (f32) -> f32
              %v2480 = arith.mulf %v2479, %v2420 fastmath<contract> : f32
              %v2481 = arith.subf %v2477, %v2480 fastmath<contract> : f32
              %v2482 = arith.mulf %v2479, %v2421 fastmath<contract> : f32
              %v2483 = arith.subf %v2481, %v2482 fastmath<contract> : f32
              %v2484 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2483) : (f32) -> f32
              %v2485 = arith.mulf %v2472, %v2484 fastmath<contract> : f32
              llvm.store %v2485, %v193 : f32, !llvm.ptr
              %v2486 = arith.mulf %v2477, %v2417 fastmath<contract> : f32
              %v2487 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2486) : (f32) -> f32
              %v2488 = arith.mulf %v2487, %v2420 fastmath<contract> : f32
              %v2489 = arith.subf %v2477, %v2488 fastmath<contract> : f32
              %v2490 = arith.mulf %v2487, %v2421 fastmath<contract> : f32
              %v2491 = arith.subf %v2489, %v2490 fastmath<contract> : f32
              %v2492 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2491) : (f32) -> f32
              %v2493 = arith.mulf %v2472, %v2492 fastmath<contract> : f32
              llvm.store %v2493, %v256 : f32, !llvm.ptr
              %v2494 = arith.constant 3 : i64
              %v2495 = llvm.getelementptr %in_nu_log[%v2494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2496 = llvm.load %v2495 : !llvm.ptr -> f32
              %v2497 = arith.mulf %v2496, %v2406 fastmath<contract> : f32
              %v2498 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2497) : (f32) -> f32
              %v2499 = arith.negf %v2498 : f32
              %v2500 = arith.mulf %v2499, %v2406 fastmath<contract> : f32
              %v2501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2500) : (f32) -> f32
              %v2502 = arith.constant 3 : i64
              %v2503 = llvm.getelementptr %in_theta_log[%v2502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2504 = llvm.load %v2503 : !llvm.ptr -> f32
              %v2505 = arith.mulf %v2504, %v2406 fastmath<contract> : f32
              %v2506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2505) : (f32) -> f32
              %v2507 = arith.mulf %v2506, %v2417 fastmath<contract> : f32
              %v2508 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2507) : (f32) -> f32
              %v2509 = arith.mulf %v2508, %v2420 fastmath<contract> : f32
              %v2510 = arith.subf %v2506, %v2509 fastmath<contract> : f32
              %v2511 = arith.mulf %v2508, %v2421 fastmath<contract> : f32
              %v2512 = arith.subf %v2510, %v2511 fastmath<contract> : f32
              %v2513 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2512) : (f32) -> f32
              %v2514 = arith.mulf %v2501, %v2513 fastmath<contract> : f32
              llvm.store %v2514, %v195 : f32, !llvm.ptr
              %v2515 = arith.mulf %v2506, %v2417 fastmath<contract> : f32
              %v2516 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2515) : (f32) -> f32
              %v2517 = arith.mulf %v2516, %v2420 fastmath<contract> : f32
              %v2518 = arith.subf %v2506, %v2517 fastmath<contract> : f32
              %v2519 = arith.mulf %v2516, %v2421 fastmath<contract> : f32
              %v2520 = arith.subf %v2518, %v2519 fastmath<contract> : f32
              %v2521 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2520) : (f32) -> f32
              %v2522 = arith.mulf %v2501, %v2521 fastmath<contract> : f32
              llvm.store %v2522, %v258 : f32, !llvm.ptr
              %v2523 = arith.constant 4 : i64
              %v2524 = llvm.getelementptr %in_nu_log[%v2523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2525 = llvm.load %v2524 : !llvm.ptr -> f32
              %v2526 = arith.mulf %v2525, %v2406 fastmath<contract> : f32
              %v2527 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2526) : (f32) -> f32
              %v2528 = arith.negf %v2527 : f32
              %v2529 = arith.mulf %v2528, %v2406 fastmath<contract> : f32
              %v2530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2529) : (f32) -> f32
              %v2531 = arith.constant 4 : i64
              %v2532 = llvm.getelementptr %in_theta_log[%v2531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2533 = llvm.load %v2532 : !llvm.ptr -> f32
              %v2534 = arith.mulf %v2533, %v2406 fastmath<contract> : f32
              %v2535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2534) : (f32) -> f32
              %v2536 = arith.mulf %v2535, %v2417 fastmath<contract> : f32
              %v2537 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2536) : (f32) -> f32
              %v2538 = arith.mulf %v2537, %v2420 fastmath<contract> : f32
              %v2539 = arith.subf %v2535, %v2538 fastmath<contract> : f32
              %v2540 = arith.mulf %v2537, %v2421 fastmath<contract> : f32
              %v2541 = arith.subf %v2539, %v2540 fastmath<contract> : f32
              %v2542 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2541) : (f32) -> f32
              %v2543 = arith.mulf %v2530, %v2542 fastmath<contract> : f32
              llvm.store %v2543, %v197 : f32, !llvm.ptr
              %v2544 = arith.mulf %v2535, %v2417 fastmath<contract> : f32
              %v2545 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2544) : (f32) -> f32
              %v2546 = arith.mulf %v2545, %v2420 fastmath<contract> : f32
              %v2547 = arith.subf %v2535, %v2546 fastmath<contract> : f32
              %v2548 = arith.mulf %v2545, %v2421 fastmath<contract> : f32
              %v2549 = arith.subf %v2547, %v2548 fastmath<contract> : f32
              %v2550 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2549) : (f32) -> f32
              %v2551 = arith.mulf %v2530, %v2550 fastmath<contract> : f32
              llvm.store %v2551, %v260 : f32, !llvm.ptr
              %v2552 = arith.constant 5 : i64
              %v2553 = llvm.getelementptr %in_nu_log[%v2552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2554 = llvm.load %v2553 : !llvm.ptr -> f32
              %v2555 = arith.mulf %v2554, %v2406 fastmath<contract> : f32
              %v2556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2555) : (f32) -> f32
              %v2557 = arith.negf %v2556 : f32
              %v2558 = arith.mulf %v2557, %v2406 fastmath<contract> : f32
              %v2559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2558) : (f32) -> f32
              %v2560 = arith.constant 5 : i64
              %v2561 = llvm.getelementptr %in_theta_log[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
              %v2563 = arith.mulf %v2562, %v2406 fastmath<contract> : f32
              %v2564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2563) : (f32) -> f32
              %v2565 = arith.mulf %v2564, %v2417 fastmath<contract> : f32
              %v2566 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2565) : (f32) -> f32
              %v2567 = arith.mulf %v2566, %v2420 fastmath<contract> : f32
              %v2568 = arith.subf %v2564, %v2567 fastmath<contract> : f32
              %v2569 = arith.mulf %v2566, %v2421 fastmath<contract> : f32
              %v2570 = arith.subf %v2568, %v2569 fastmath<contract> : f32
              %v2571 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2570) : (f32) -> f32
              %v2572 = arith.mulf %v2559, %v2571 fastmath<contract> : f32
              llvm.store %v2572, %v199 : f32, !llvm.ptr
              %v2573 = arith.mulf %v2564, %v2417 fastmath<contract> : f32
              %v2574 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2573) : (f32) -> f32
              %v2575 = arith.mulf %v2574, %v2420 fastmath<contract> : f32
              %v2576 = arith.subf %v2564, %v2575 fastmath<contract> : f32
              %v2577 = arith.mulf %v2574, %v2421 fastmath<contract> : f32
              %v2578 = arith.subf %v2576, %v2577 fastmath<contract> : f32
              %v2579 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2578) : (f32) -> f32
              %v2580 = arith.mulf %v2559, %v2579 fastmath<contract> : f32
              llvm.store %v2580, %v262 : f32, !llvm.ptr
              %v2581 = arith.constant 6 : i64
              %v2582 = llvm.getelementptr %in_nu_log[%v2581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2583 = llvm.load %v2582 : !llvm.ptr -> f32
              %v2584 = arith.mulf %v2583, %v2406 fastmath<contract> : f32
              %v2585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2584) : (f32) -> f32
              %v2586 = arith.negf %v2585 : f32
              %v2587 = arith.mulf %v2586, %v2406 fastmath<contract> : f32
              %v2588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2587) : (f32) -> f32
              %v2589 = arith.constant 6 : i64
              %v2590 = llvm.getelementptr %in_theta_log[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2591 = llvm.load %v2590 : !llvm.ptr -> f32
              %v2592 = arith.mulf %v2591, %v2406 fastmath<contract> : f32
              %v2593 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2592) : (f32) -> f32
              %v2594 = arith.mulf %v2593, %v2417 fastmath<contract> : f32
              %v2595 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2594) : (f32) -> f32
              %v2596 = arith.mulf %v2595, %v2420 fastmath<contract> : f32
              %v2597 = arith.subf %v2593, %v2596 fastmath<contract> : f32
              %v2598 = arith.mulf %v2595, %v2421 fastmath<contract> : f32
              %v2599 = arith.subf %v2597, %v2598 fastmath<contract> : f32
              %v2600 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2599) : (f32) -> f32
              %v2601 = arith.mulf %v2588, %v2600 fastmath<contract> : f32
              llvm.store %v2601, %v201 : f32, !llvm.ptr
              %v2602 = arith.mulf %v2593, %v2417 fastmath<contract> : f32
              %v2603 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2602) : (f32) -> f32
              %v2604 = arith.mulf %v2603, %v2420 fastmath<contract> : f32
              %v2605 = arith.subf %v2593, %v2604 fastmath<contract> : f32
              %v2606 = arith.mulf %v2603, %v2421 fastmath<contract> : f32
              %v2607 = arith.subf %v2605, %v2606 fastmath<contract> : f32
              %v2608 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2607) : (f32) -> f32
              %v2609 = arith.mulf %v2588, %v2608 fastmath<contract> : f32
              llvm.store %v2609, %v264 : f32, !llvm.ptr
              %v2610 = arith.constant 7 : i64
              %v2611 = llvm.getelementptr %in_nu_log[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
              %v2613 = arith.mulf %v2612, %v2406 fastmath<contract> : f32
              %v2614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2613) : (f32) -> f32
              %v2615 = arith.negf %v2614 : f32
              %v2616 = arith.mulf %v2615, %v2406 fastmath<contract> : f32
              %v2617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2616) : (f32) -> f32
              %v2618 = arith.constant 7 : i64
              %v2619 = llvm.getelementptr %in_theta_log[%v2618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2620 = llvm.load %v2619 : !llvm.ptr -> f32
              %v2621 = arith.mulf %v2620, %v2406 fastmath<contract> : f32
              %v2622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2621) : (f32) -> f32
              %v2623 = arith.mulf %v2622, %v2417 fastmath<contract> : f32
              %v2624 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2623) : (f32) -> f32
              %v2625 = arith.mulf %v2624, %v2420 fastmath<contract> : f32
              %v2626 = arith.subf %v2622, %v2625 fastmath<contract> : f32
              %v2627 = arith.mulf %v2624, %v2421 fastmath<contract> : f32
              %v2628 = arith.subf %v2626, %v2627 fastmath<contract> : f32
              %v2629 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2628) : (f32) -> f32
              %v2630 = arith.mulf %v2617, %v2629 fastmath<contract> : f32
              llvm.store %v2630, %v203 : f32, !llvm.ptr
              %v2631 = arith.mulf %v2622, %v2417 fastmath<contract> : f32
              %v2632 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2631) : (f32) -> f32
              %v2633 = arith.mulf %v2632, %v2420 fastmath<contract> : f32
              %v2634 = arith.subf %v2622, %v2633 fastmath<contract> : f32
              %v2635 = arith.mulf %v2632, %v2421 fastmath<contract> : f32
              %v2636 = arith.subf %v2634, %v2635 fastmath<contract> : f32
              %v2637 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2636) : (f32) -> f32
              %v2638 = arith.mulf %v2617, %v2637 fastmath<contract> : f32
              llvm.store %v2638, %v266 : f32, !llvm.ptr
              %v2639 = arith.constant 8 : i64
              %v2640 = llvm.getelementptr %in_nu_log[%v2639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2641 = llvm.load %v2640 : !llvm.ptr -> f32
              %v2642 = arith.mulf %v2641, %v2406 fastmath<contract> : f32
              %v2643 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2642) : (f32) -> f32
              %v2644 = arith.negf %v2643 : f32
              %v2645 = arith.mulf %v2644, %v2406 fastmath<contract> : f32
              %v2646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2645) : (f32) -> f32
              %v2647 = arith.constant 8 : i64
              %v2648 = llvm.getelementptr %in_theta_log[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2649 = llvm.load %v2648 : !llvm.ptr -> f32
              %v2650 = arith.mulf %v2649, %v2406 fastmath<contract> : f32
              %v2651 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2650) : (f32) -> f32
              %v2652 = arith.mulf %v2651, %v2417 fastmath<contract> : f32
              %v2653 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2652) : (f32) -> f32
              %v2654 = arith.mulf %v2653, %v2420 fastmath<contract> : f32
              %v2655 = arith.subf %v2651, %v2654 fastmath<contract> : f32
              %v2656 = arith.mulf %v2653, %v2421 fastmath<contract> : f32
              %v2657 = arith.subf %v2655, %v2656 fastmath<contract> : f32
              %v2658 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2657) : (f32) -> f32
              %v2659 = arith.mulf %v2646, %v2658 fastmath<contract> : f32
              llvm.store %v2659, %v205 : f32, !llvm.ptr
              %v2660 = arith.mulf %v2651, %v2417 fastmath<contract> : f32
              %v2661 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2660) : (f32) -> f32
              %v2662 = arith.mulf %v2661, %v2420 fastmath<contract> : f32
              %v2663 = arith.subf %v2651, %v2662 fastmath<contract> : f32
              %v2664 = arith.mulf %v2661, %v2421 fastmath<contract> : f32
              %v2665 = arith.subf %v2663, %v2664 fastmath<contract> : f32
              %v2666 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2665) : (f32) -> f32
              %v2667 = arith.mulf %v2646, %v2666 fastmath<contract> : f32
              llvm.store %v2667, %v268 : f32, !llvm.ptr
              %v2668 = arith.constant 9 : i64
              %v2669 = llvm.getelementptr %in_nu_log[%v2668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2670 = llvm.load %v2669 : !llvm.ptr -> f32
              %v2671 = arith.mulf %v2670, %v2406 fastmath<contract> : f32
              %v2672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2671) : (f32) -> f32
              %v2673 = arith.negf %v2672 : f32
              %v2674 = arith.mulf %v2673, %v2406 fastmath<contract> : f32
              %v2675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2674) : (f32) -> f32
              %v2676 = arith.constant 9 : i64
              %v2677 = llvm.getelementptr %in_theta_log[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
              %v2679 = arith.mulf %v2678, %v2406 fastmath<contract> : f32
              %v2680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2679) : (f32) -> f32
              %v2681 = arith.mulf %v2680, %v2417 fastmath<contract> : f32
              %v2682 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2681) : (f32) -> f32
              %v2683 = arith.mulf %v2682, %v2420 fastmath<contract> : f32
              %v2684 = arith.subf %v2680, %v2683 fastmath<contract> : f32
              %v2685 = arith.mulf %v2682, %v2421 fastmath<contract> : f32
              %v2686 = arith.subf %v2684, %v2685 fastmath<contract> : f32
              %v2687 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2686) : (f32) -> f32
              %v2688 = arith.mulf %v2675, %v2687 fastmath<contract> : f32
              llvm.store %v2688, %v207 : f32, !llvm.ptr
              %v2689 = arith.mulf %v2680, %v2417 fastmath<contract> : f32
              %v2690 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2689) : (f32) -> f32
              %v2691 = arith.mulf %v2690, %v2420 fastmath<contract> : f32
              %v2692 = arith.subf %v2680, %v2691 fastmath<contract> : f32
              %v2693 = arith.mulf %v2690, %v2421 fastmath<contract> : f32
              %v2694 = arith.subf %v2692, %v2693 fastmath<contract> : f32
              %v2695 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2694) : (f32) -> f32
              %v2696 = arith.mulf %v2675, %v2695 fastmath<contract> : f32
              llvm.store %v2696, %v270 : f32, !llvm.ptr
              %v2697 = arith.constant 10 : i64
              %v2698 = llvm.getelementptr %in_nu_log[%v2697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2699 = llvm.load %v2698 : !llvm.ptr -> f32
              %v2700 = arith.mulf %v2699, %v2406 fastmath<contract> : f32
              %v2701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2700) : (f32) -> f32
              %v2702 = arith.negf %v2701 : f32
              %v2703 = arith.mulf %v2702, %v2406 fastmath<contract> : f32
              %v2704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2703) : (f32) -> f32
              %v2705 = arith.constant 10 : i64
              %v2706 = llvm.getelementptr %in_theta_log[%v2705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2707 = llvm.load %v2706 : !llvm.ptr -> f32
              %v2708 = arith.mulf %v2707, %v2406 fastmath<contract> : f32
              %v2709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2708) : (f32) -> f32
              %v2710 = arith.mulf %v2709, %v2417 fastmath<contract> : f32
              %v2711 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2710) : (f32) -> f32
              %v2712 = arith.mulf %v2711, %v2420 fastmath<contract> : f32
              %v2713 = arith.subf %v2709, %v2712 fastmath<contract> : f32
              %v2714 = arith.mulf %v2711, %v2421 fastmath<contract> : f32
              %v2715 = arith.subf %v2713, %v2714 fastmath<contract> : f32
              %v2716 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2715) : (f32) -> f32
              %v2717 = arith.mulf %v2704, %v2716 fastmath<contract> : f32
              llvm.store %v2717, %v209 : f32, !llvm.ptr
              %v2718 = arith.mulf %v2709, %v2417 fastmath<contract> : f32
              %v2719 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2718) : (f32) -> f32
              %v2720 = arith.mulf %v2719, %v2420 fastmath<contract> : f32
              %v2721 = arith.subf %v2709, %v2720 fastmath<contract> : f32
              %v2722 = arith.mulf %v2719, %v2421 fastmath<contract> : f32
              %v2723 = arith.subf %v2721, %v2722 fastmath<contract> : f32
              %v2724 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2723) : (f32) -> f32
              %v2725 = arith.mulf %v2704, %v2724 fastmath<contract> : f32
              llvm.store %v2725, %v272 : f32, !llvm.ptr
              %v2726 = arith.constant 11 : i64
              %v2727 = llvm.getelementptr %in_nu_log[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
              %v2729 = arith.mulf %v2728, %v2406 fastmath<contract> : f32
              %v2730 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2729) : (f32) -> f32
              %v2731 = arith.negf %v2730 : f32
              %v2732 = arith.mulf %v2731, %v2406 fastmath<contract> : f32
              %v2733 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2732) : (f32) -> f32
              %v2734 = arith.constant 11 : i64
              %v2735 = llvm.getelementptr %in_theta_log[%v2734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2736 = llvm.load %v2735 : !llvm.ptr -> f32
              %v2737 = arith.mulf %v2736, %v2406 fastmath<contract> : f32
              %v2738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2737) : (f32) -> f32
              %v2739 = arith.mulf %v2738, %v2417 fastmath<contract> : f32
              %v2740 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2739) : (f32) -> f32
              %v2741 = arith.mulf %v2740, %v2420 fastmath<contract> : f32
              %v2742 = arith.subf %v2738, %v2741 fastmath<contract> : f32
              %v2743 = arith.mulf %v2740, %v2421 fastmath<contract> : f32
              %v2744 = arith.subf %v2742, %v2743 fastmath<contract> : f32
              %v2745 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2744) : (f32) -> f32
              %v2746 = arith.mulf %v2733, %v2745 fastmath<contract> : f32
              llvm.store %v2746, %v211 : f32, !llvm.ptr
              %v2747 = arith.mulf %v2738, %v2417 fastmath<contract> : f32
              %v2748 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2747) : (f32) -> f32
              %v2749 = arith.mulf %v2748, %v2420 fastmath<contract> : f32
              %v2750 = arith.subf %v2738, %v2749 fastmath<contract> : f32
              %v2751 = arith.mulf %v2748, %v2421 fastmath<contract> : f32
              %v2752 = arith.subf %v2750, %v2751 fastmath<contract> : f32
              %v2753 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2752) : (f32) -> f32
              %v2754 = arith.mulf %v2733, %v2753 fastmath<contract> : f32
              llvm.store %v2754, %v274 : f32, !llvm.ptr
              %v2755 = arith.constant 12 : i64
              %v2756 = llvm.getelementptr %in_nu_log[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2757 = llvm.load %v2756 : !llvm.ptr -> f32
              %v2758 = arith.mulf %v2757, %v2406 fastmath<contract> : f32
              %v2759 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2758) : (f32) -> f32
              %v2760 = arith.negf %v2759 : f32
              %v2761 = arith.mulf %v2760, %v2406 fastmath<contract> : f32
              %v2762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2761) : (f32) -> f32
              %v2763 = arith.constant 12 : i64
              %v2764 = llvm.getelementptr %in_theta_log[%v2763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2765 = llvm.load %v2764 : !llvm.ptr -> f32
              %v2766 = arith.mulf %v2765, %v2406 fastmath<contract> : f32
              %v2767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2766) : (f32) -> f32
              %v2768 = arith.mulf %v2767, %v2417 fastmath<contract> : f32
              %v2769 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2768) : (f32) -> f32
              %v2770 = arith.mulf %v2769, %v2420 fastmath<contract> : f32
              %v2771 = arith.subf %v2767, %v2770 fastmath<contract> : f32
              %v2772 = arith.mulf %v2769, %v2421 fastmath<contract> : f32
              %v2773 = arith.subf %v2771, %v2772 fastmath<contract> : f32
              %v2774 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2773) : (f32) -> f32
              %v2775 = arith.mulf %v2762, %v2774 fastmath<contract> : f32
              llvm.store %v2775, %v213 : f32, !llvm.ptr
              %v2776 = arith.mulf %v2767, %v2417 fastmath<contract> : f32
              %v2777 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2776) : (f32) -> f32
              %v2778 = arith.mulf %v2777, %v2420 fastmath<contract> : f32
              %v2779 = arith.subf %v2767, %v2778 fastmath<contract> : f32
              %v2780 = arith.mulf %v2777, %v2421 fastmath<contract> : f32
              %v2781 = arith.subf %v2779, %v2780 fastmath<contract> : f32
              %v2782 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2781) : (f32) -> f32
              %v2783 = arith.mulf %v2762, %v2782 fastmath<contract> : f32
              llvm.store %v2783, %v276 : f32, !llvm.ptr
              %v2784 = arith.constant 13 : i64
              %v2785 = llvm.getelementptr %in_nu_log[%v2784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2786 = llvm.load %v2785 : !llvm.ptr -> f32
              %v2787 = arith.mulf %v2786, %v2406 fastmath<contract> : f32
              %v2788 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2787) : (f32) -> f32
              %v2789 = arith.negf %v2788 : f32
              %v2790 = arith.mulf %v2789, %v2406 fastmath<contract> : f32
              %v2791 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2790) : (f32) -> f32
              %v2792 = arith.constant 13 : i64
              %v2793 = llvm.getelementptr %in_theta_log[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2794 = llvm.load %v2793 : !llvm.ptr -> f32
              %v2795 = arith.mulf %v2794, %v2406 fastmath<contract> : f32
              %v2796 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2795) : (f32) -> f32
              %v2797 = arith.mulf %v2796, %v2417 fastmath<contract> : f32
              %v2798 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2797) : (f32) -> f32
              %v2799 = arith.mulf %v2798, %v2420 fastmath<contract> : f32
              %v2800 = arith.subf %v2796, %v2799 fastmath<contract> : f32
              %v2801 = arith.mulf %v2798, %v2421 fastmath<contract> : f32
              %v2802 = arith.subf %v2800, %v2801 fastmath<contract> : f32
              %v2803 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2802) : (f32) -> f32
              %v2804 = arith.mulf %v2791, %v2803 fastmath<contract> : f32
              llvm.store %v2804, %v215 : f32, !llvm.ptr
              %v2805 = arith.mulf %v2796, %v2417 fastmath<contract> : f32
              %v2806 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2805) : (f32) -> f32
              %v2807 = arith.mulf %v2806, %v2420 fastmath<contract> : f32
              %v2808 = arith.subf %v2796, %v2807 fastmath<contract> : f32
              %v2809 = arith.mulf %v2806, %v2421 fastmath<contract> : f32
              %v2810 = arith.subf %v2808, %v2809 fastmath<contract> : f32
              %v2811 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2810) : (f32) -> f32
              %v2812 = arith.mulf %v2791, %v2811 fastmath<contract> : f32
              llvm.store %v2812, %v278 : f32, !llvm.ptr
              %v2813 = arith.constant 14 : i64
              %v2814 = llvm.getelementptr %in_nu_log[%v2813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2815 = llvm.load %v2814 : !llvm.ptr -> f32
              %v2816 = arith.mulf %v2815, %v2406 fastmath<contract> : f32
              %v2817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2816) : (f32) -> f32
              %v2818 = arith.negf %v2817 : f32
              %v2819 = arith.mulf %v2818, %v2406 fastmath<contract> : f32
              %v2820 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2819) : (f32) -> f32
              %v2821 = arith.constant 14 : i64
              %v2822 = llvm.getelementptr %in_theta_log[%v2821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2823 = llvm.load %v2822 : !llvm.ptr -> f32
              %v2824 = arith.mulf %v2823, %v2406 fastmath<contract> : f32
              %v2825 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2824) : (f32) -> f32
              %v2826 = arith.mulf %v2825, %v2417 fastmath<contract> : f32
              %v2827 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2826) : (f32) -> f32
              %v2828 = arith.mulf %v2827, %v2420 fastmath<contract> : f32
              %v2829 = arith.subf %v2825, %v2828 fastmath<contract> : f32
              %v2830 = arith.mulf %v2827, %v2421 fastmath<contract> : f32
              %v2831 = arith.subf %v2829, %v2830 fastmath<contract> : f32
              %v2832 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2831) : (f32) -> f32
              %v2833 = arith.mulf %v2820, %v2832 fastmath<contract> : f32
              llvm.store %v2833, %v217 : f32, !llvm.ptr
              %v2834 = arith.mulf %v2825, %v2417 fastmath<contract> : f32
              %v2835 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2834) : (f32) -> f32
              %v2836 = arith.mulf %v2835, %v2420 fastmath<contract> : f32
              %v2837 = arith.subf %v2825, %v2836 fastmath<contract> : f32
              %v2838 = arith.mulf %v2835, %v2421 fastmath<contract> : f32
              %v2839 = arith.subf %v2837, %v2838 fastmath<contract> : f32
              %v2840 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2839) : (f32) -> f32
              %v2841 = arith.mulf %v2820, %v2840 fastmath<contract> : f32
              llvm.store %v2841, %v280 : f32, !llvm.ptr
              %v2842 = arith.constant 15 : i64
              %v2843 = llvm.getelementptr %in_nu_log[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2844 = llvm.load %v2843 : !llvm.ptr -> f32
              %v2845 = arith.mulf %v2844, %v2406 fastmath<contract> : f32
              %v2846 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2845) : (f32) -> f32
              %v2847 = arith.negf %v2846 : f32
              %v2848 = arith.mulf %v2847, %v2406 fastmath<contract> : f32
              %v2849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2848) : (f32) -> f32
              %v2850 = arith.constant 15 : i64
              %v2851 = llvm.getelementptr %in_theta_log[%v2850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2852 = llvm.load %v2851 : !llvm.ptr -> f32
              %v2853 = arith.mulf %v2852, %v2406 fastmath<contract> : f32
              %v2854 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2853) : (f32) -> f32
              %v2855 = arith.mulf %v2854, %v2417 fastmath<contract> : f32
              %v2856 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2855) : (f32) -> f32
              %v2857 = arith.mulf %v2856, %v2420 fastmath<contract> : f32
              %v2858 = arith.subf %v2854, %v2857 fastmath<contract> : f32
              %v2859 = arith.mulf %v2856, %v2421 fastmath<contract> : f32
              %v2860 = arith.subf %v2858, %v2859 fastmath<contract> : f32
              %v2861 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2860) : (f32) -> f32
              %v2862 = arith.mulf %v2849, %v2861 fastmath<contract> : f32
              llvm.store %v2862, %v219 : f32, !llvm.ptr
              %v2863 = arith.mulf %v2854, %v2417 fastmath<contract> : f32
              %v2864 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2863) : (f32) -> f32
              %v2865 = arith.mulf %v2864, %v2420 fastmath<contract> : f32
              %v2866 = arith.subf %v2854, %v2865 fastmath<contract> : f32
              %v2867 = arith.mulf %v2864, %v2421 fastmath<contract> : f32
              %v2868 = arith.subf %v2866, %v2867 fastmath<contract> : f32
              %v2869 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2868) : (f32) -> f32
              %v2870 = arith.mulf %v2849, %v2869 fastmath<contract> : f32
              llvm.store %v2870, %v282 : f32, !llvm.ptr
              llvm.store %v2427, %v221 : f32, !llvm.ptr
              %v2871 = arith.negf %v2435 : f32
              llvm.store %v2871, %v284 : f32, !llvm.ptr
              llvm.store %v2456, %v223 : f32, !llvm.ptr
              %v2872 = arith.negf %v2464 : f32
              llvm.store %v2872, %v286 : f32, !llvm.ptr
              llvm.store %v2485, %v225 : f32, !llvm.ptr
              %v2873 = arith.negf %v2493 : f32
              llvm.store %v2873, %v288 : f32, !llvm.ptr
              llvm.store %v2514, %v227 : f32, !llvm.ptr
              %v2874 = arith.negf %v2522 : f32
              llvm.store %v2874, %v290 : f32, !llvm.ptr
              llvm.store %v2543, %v229 : f32, !llvm.ptr
              %v2875 = arith.negf %v2551 : f32
              llvm.store %v2875, %v292 : f32, !llvm.ptr
              llvm.store %v2572, %v231 : f32, !llvm.ptr
              %v2876 = arith.negf %v2580 : f32
              llvm.store %v2876, %v294 : f32, !llvm.ptr
              llvm.store %v2601, %v233 : f32, !llvm.ptr
              %v2877 = arith.negf %v2609 : f32
              llvm.store %v2877, %v296 : f32, !llvm.ptr
              llvm.store %v2630, %v235 : f32, !llvm.ptr
              %v2878 = arith.negf %v2638 : f32
              llvm.store %v2878, %v298 : f32, !llvm.ptr
              llvm.store %v2659, %v237 : f32, !llvm.ptr
              %v2879 = arith.negf %v2667 : f32
              llvm.store %v2879, %v300 : f32, !llvm.ptr
              llvm.store %v2688, %v239 : f32, !llvm.ptr
              %v2880 = arith.negf %v2696 : f32
              llvm.store %v2880, %v302 : f32, !llvm.ptr
              llvm.store %v2717, %v241 : f32, !llvm.ptr
              %v2881 = arith.negf %v2725 : f32
              llvm.store %v2881, %v304 : f32, !llvm.ptr
              llvm.store %v2746, %v243 : f32, !llvm.ptr
              %v2882 = arith.negf %v2754 : f32
              llvm.store %v2882, %v306 : f32, !llvm.ptr
              llvm.store %v2775, %v245 : f32, !llvm.ptr
              %v2883 = arith.negf %v2783 : f32
              llvm.store %v2883, %v308 : f32, !llvm.ptr
              llvm.store %v2804, %v247 : f32, !llvm.ptr
              %v2884 = arith.negf %v2812 : f32
              llvm.store %v2884, %v310 : f32, !llvm.ptr
              llvm.store %v2833, %v249 : f32, !llvm.ptr
              %v2885 = arith.negf %v2841 : f32
              llvm.store %v2885, %v312 : f32, !llvm.ptr
              llvm.store %v2862, %v250 : f32, !llvm.ptr
              %v2886 = arith.negf %v2870 : f32
              llvm.store %v2886, %v314 : f32, !llvm.ptr
            }
          }
        }
      }
      scf.if %v114 {
        %v2887 = llvm.load %v128 : !llvm.ptr -> f32
        %v2888 = arith.muli %v110, %v2 : i64
        %v2889 = arith.muli %v2888, %size_B : i64
        %v2890 = arith.subi %size_B, %v3 : i64
        %v2891 = arith.minsi %v113, %v2890 : i64
        %v2892 = arith.addi %v2889, %v2891 : i64
        %v2893 = llvm.getelementptr %segsum_x_re[%v2892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2887, %v2893 : f32, !llvm.ptr
        %v2894 = llvm.load %v899 : !llvm.ptr -> f32
        %v2895 = arith.addi %v7, %v110 : i64
        %v2896 = arith.muli %v2895, %v2 : i64
        %v2897 = arith.muli %v2896, %size_B : i64
        %v2898 = arith.subi %size_B, %v3 : i64
        %v2899 = arith.minsi %v113, %v2898 : i64
        %v2900 = arith.addi %v2897, %v2899 : i64
        %v2901 = llvm.getelementptr %segsum_x_re[%v2900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2894, %v2901 : f32, !llvm.ptr
        %v2902 = llvm.load %v900 : !llvm.ptr -> f32
        %v2903 = arith.muli %v130, %v7 : i64
        %v2904 = arith.addi %v2903, %v110 : i64
        %v2905 = arith.muli %v2904, %v2 : i64
        %v2906 = arith.muli %v2905, %size_B : i64
        %v2907 = arith.subi %size_B, %v3 : i64
        %v2908 = arith.minsi %v113, %v2907 : i64
        %v2909 = arith.addi %v2906, %v2908 : i64
        %v2910 = llvm.getelementptr %segsum_x_re[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2902, %v2910 : f32, !llvm.ptr
        %v2911 = llvm.load %v189 : !llvm.ptr -> f32
        %v2912 = arith.muli %v132, %v7 : i64
        %v2913 = arith.addi %v2912, %v110 : i64
        %v2914 = arith.muli %v2913, %v2 : i64
        %v2915 = arith.muli %v2914, %size_B : i64
        %v2916 = arith.subi %size_B, %v3 : i64
        %v2917 = arith.minsi %v113, %v2916 : i64
        %v2918 = arith.addi %v2915, %v2917 : i64
        %v2919 = llvm.getelementptr %segsum_x_re[%v2918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2911, %v2919 : f32, !llvm.ptr
        %v2920 = llvm.load %v252 : !llvm.ptr -> f32
        %v2921 = arith.muli %v1, %v7 : i64
        %v2922 = arith.addi %v2921, %v110 : i64
        %v2923 = arith.muli %v2922, %v2 : i64
        %v2924 = arith.muli %v2923, %size_B : i64
        %v2925 = arith.subi %size_B, %v3 : i64
        %v2926 = arith.minsi %v113, %v2925 : i64
        %v2927 = arith.addi %v2924, %v2926 : i64
        %v2928 = llvm.getelementptr %segsum_x_re[%v2927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2920, %v2928 : f32, !llvm.ptr
        %v2929 = llvm.load %v129 : !llvm.ptr -> f32
        %v2930 = arith.muli %v110, %v2 : i64
        %v2931 = arith.addi %v2930, %v3 : i64
        %v2932 = arith.muli %v2931, %size_B : i64
        %v2933 = arith.subi %size_B, %v3 : i64
        %v2934 = arith.minsi %v113, %v2933 : i64
        %v2935 = arith.addi %v2932, %v2934 : i64
        %v2936 = llvm.getelementptr %segsum_x_re[%v2935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2929, %v2936 : f32, !llvm.ptr
        %v2937 = llvm.load %v901 : !llvm.ptr -> f32
        %v2938 = arith.addi %v7, %v110 : i64
        %v2939 = arith.muli %v2938, %v2 : i64
        %v2940 = arith.addi %v2939, %v3 : i64
        %v2941 = arith.muli %v2940, %size_B : i64
        %v2942 = arith.subi %size_B, %v3 : i64
        %v2943 = arith.minsi %v113, %v2942 : i64
        %v2944 = arith.addi %v2941, %v2943 : i64
        %v2945 = llvm.getelementptr %segsum_x_re[%v2944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2937, %v2945 : f32, !llvm.ptr
        %v2946 = llvm.load %v902 : !llvm.ptr -> f32
        %v2947 = arith.muli %v130, %v7 : i64
        %v2948 = arith.addi %v2947, %v110 : i64
        %v2949 = arith.muli %v2948, %v2 : i64
        %v2950 = arith.addi %v2949, %v3 : i64
        %v2951 = arith.muli %v2950, %size_B : i64
        %v2952 = arith.subi %size_B, %v3 : i64
        %v2953 = arith.minsi %v113, %v2952 : i64
        %v2954 = arith.addi %v2951, %v2953 : i64
        %v2955 = llvm.getelementptr %segsum_x_re[%v2954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2946, %v2955 : f32, !llvm.ptr
        %v2956 = llvm.load %v191 : !llvm.ptr -> f32
        %v2957 = arith.muli %v132, %v7 : i64
        %v2958 = arith.addi %v2957, %v110 : i64
        %v2959 = arith.muli %v2958, %v2 : i64
        %v2960 = arith.addi %v2959, %v3 : i64
        %v2961 = arith.muli %v2960, %size_B : i64
        %v2962 = arith.subi %size_B, %v3 : i64
        %v2963 = arith.minsi %v113, %v2962 : i64
        %v2964 = arith.addi %v2961, %v2963 : i64
        %v2965 = llvm.getelementptr %segsum_x_re[%v2964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2956, %v2965 : f32, !llvm.ptr
        %v2966 = llvm.load %v254 : !llvm.ptr -> f32
        %v2967 = arith.muli %v1, %v7 : i64
        %v2968 = arith.addi %v2967, %v110 : i64
        %v2969 = arith.muli %v2968, %v2 : i64
        %v2970 = arith.addi %v2969, %v3 : i64
        %v2971 = arith.muli %v2970, %size_B : i64
        %v2972 = arith.subi %size_B, %v3 : i64
        %v2973 = arith.minsi %v113, %v2972 : i64
        %v2974 = arith.addi %v2971, %v2973 : i64
        %v2975 = llvm.getelementptr %segsum_x_re[%v2974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2966, %v2975 : f32, !llvm.ptr
        %v2976 = llvm.load %v131 : !llvm.ptr -> f32
        %v2977 = arith.muli %v110, %v2 : i64
        %v2978 = arith.addi %v2977, %v130 : i64
        %v2979 = arith.muli %v2978, %size_B : i64
        %v2980 = arith.subi %size_B, %v3 : i64
        %v2981 = arith.minsi %v113, %v2980 : i64
        %v2982 = arith.addi %v2979, %v2981 : i64
        %v2983 = llvm.getelementptr %segsum_x_re[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2976, %v2983 : f32, !llvm.ptr
        %v2984 = llvm.load %v903 : !llvm.ptr -> f32
        %v2985 = arith.addi %v7, %v110 : i64
        %v2986 = arith.muli %v2985, %v2 : i64
        %v2987 = arith.addi %v2986, %v130 : i64
        %v2988 = arith.muli %v2987, %size_B : i64
        %v2989 = arith.subi %size_B, %v3 : i64
        %v2990 = arith.minsi %v113, %v2989 : i64
        %v2991 = arith.addi %v2988, %v2990 : i64
        %v2992 = llvm.getelementptr %segsum_x_re[%v2991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2984, %v2992 : f32, !llvm.ptr
        %v2993 = llvm.load %v904 : !llvm.ptr -> f32
        %v2994 = arith.muli %v130, %v7 : i64
        %v2995 = arith.addi %v2994, %v110 : i64
        %v2996 = arith.muli %v2995, %v2 : i64
        %v2997 = arith.addi %v2996, %v130 : i64
        %v2998 = arith.muli %v2997, %size_B : i64
        %v2999 = arith.subi %size_B, %v3 : i64
        %v3000 = arith.minsi %v113, %v2999 : i64
        %v3001 = arith.addi %v2998, %v3000 : i64
        %v3002 = llvm.getelementptr %segsum_x_re[%v3001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2993, %v3002 : f32, !llvm.ptr
        %v3003 = llvm.load %v193 : !llvm.ptr -> f32
        %v3004 = arith.muli %v132, %v7 : i64
        %v3005 = arith.addi %v3004, %v110 : i64
        %v3006 = arith.muli %v3005, %v2 : i64
        %v3007 = arith.addi %v3006, %v130 : i64
        %v3008 = arith.muli %v3007, %size_B : i64
        %v3009 = arith.subi %size_B, %v3 : i64
        %v3010 = arith.minsi %v113, %v3009 : i64
        %v3011 = arith.addi %v3008, %v3010 : i64
        %v3012 = llvm.getelementptr %segsum_x_re[%v3011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3003, %v3012 : f32, !llvm.ptr
        %v3013 = llvm.load %v256 : !llvm.ptr -> f32
        %v3014 = arith.muli %v1, %v7 : i64
        %v3015 = arith.addi %v3014, %v110 : i64
        %v3016 = arith.muli %v3015, %v2 : i64
        %v3017 = arith.addi %v3016, %v130 : i64
        %v3018 = arith.muli %v3017, %size_B : i64
        %v3019 = arith.subi %size_B, %v3 : i64
        %v3020 = arith.minsi %v113, %v3019 : i64
        %v3021 = arith.addi %v3018, %v3020 : i64
        %v3022 = llvm.getelementptr %segsum_x_re[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3013, %v3022 : f32, !llvm.ptr
        %v3023 = llvm.load %v133 : !llvm.ptr -> f32
        %v3024 = arith.muli %v110, %v2 : i64
        %v3025 = arith.addi %v3024, %v132 : i64
        %v3026 = arith.muli %v3025, %size_B : i64
        %v3027 = arith.subi %size_B, %v3 : i64
        %v3028 = arith.minsi %v113, %v3027 : i64
        %v3029 = arith.addi %v3026, %v3028 : i64
        %v3030 = llvm.getelementptr %segsum_x_re[%v3029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3023, %v3030 : f32, !llvm.ptr
        %v3031 = llvm.load %v905 : !llvm.ptr -> f32
        %v3032 = arith.addi %v7, %v110 : i64
        %v3033 = arith.muli %v3032, %v2 : i64
        %v3034 = arith.addi %v3033, %v132 : i64
        %v3035 = arith.muli %v3034, %size_B : i64
        %v3036 = arith.subi %size_B, %v3 : i64
        %v3037 = arith.minsi %v113, %v3036 : i64
        %v3038 = arith.addi %v3035, %v3037 : i64
        %v3039 = llvm.getelementptr %segsum_x_re[%v3038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3031, %v3039 : f32, !llvm.ptr
        %v3040 = llvm.load %v906 : !llvm.ptr -> f32
        %v3041 = arith.muli %v130, %v7 : i64
        %v3042 = arith.addi %v3041, %v110 : i64
        %v3043 = arith.muli %v3042, %v2 : i64
        %v3044 = arith.addi %v3043, %v132 : i64
        %v3045 = arith.muli %v3044, %size_B : i64
        %v3046 = arith.subi %size_B, %v3 : i64
        %v3047 = arith.minsi %v113, %v3046 : i64
        %v3048 = arith.addi %v3045, %v3047 : i64
        %v3049 = llvm.getelementptr %segsum_x_re[%v3048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3040, %v3049 : f32, !llvm.ptr
        %v3050 = llvm.load %v195 : !llvm.ptr -> f32
        %v3051 = arith.muli %v132, %v7 : i64
        %v3052 = arith.addi %v3051, %v110 : i64
        %v3053 = arith.muli %v3052, %v2 : i64
        %v3054 = arith.addi %v3053, %v132 : i64
        %v3055 = arith.muli %v3054, %size_B : i64
        %v3056 = arith.subi %size_B, %v3 : i64
        %v3057 = arith.minsi %v113, %v3056 : i64
        %v3058 = arith.addi %v3055, %v3057 : i64
        %v3059 = llvm.getelementptr %segsum_x_re[%v3058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3050, %v3059 : f32, !llvm.ptr
        %v3060 = llvm.load %v258 : !llvm.ptr -> f32
        %v3061 = arith.muli %v1, %v7 : i64
        %v3062 = arith.addi %v3061, %v110 : i64
        %v3063 = arith.muli %v3062, %v2 : i64
        %v3064 = arith.addi %v3063, %v132 : i64
        %v3065 = arith.muli %v3064, %size_B : i64
        %v3066 = arith.subi %size_B, %v3 : i64
        %v3067 = arith.minsi %v113, %v3066 : i64
        %v3068 = arith.addi %v3065, %v3067 : i64
        %v3069 = llvm.getelementptr %segsum_x_re[%v3068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3060, %v3069 : f32, !llvm.ptr
        %v3070 = llvm.load %v134 : !llvm.ptr -> f32
        %v3071 = arith.muli %v110, %v2 : i64
        %v3072 = arith.addi %v3071, %v1 : i64
        %v3073 = arith.muli %v3072, %size_B : i64
        %v3074 = arith.subi %size_B, %v3 : i64
        %v3075 = arith.minsi %v113, %v3074 : i64
        %v3076 = arith.addi %v3073, %v3075 : i64
        %v3077 = llvm.getelementptr %segsum_x_re[%v3076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3070, %v3077 : f32, !llvm.ptr
        %v3078 = llvm.load %v907 : !llvm.ptr -> f32
        %v3079 = arith.addi %v7, %v110 : i64
        %v3080 = arith.muli %v3079, %v2 : i64
        %v3081 = arith.addi %v3080, %v1 : i64
        %v3082 = arith.muli %v3081, %size_B : i64
        %v3083 = arith.subi %size_B, %v3 : i64
        %v3084 = arith.minsi %v113, %v3083 : i64
        %v3085 = arith.addi %v3082, %v3084 : i64
        %v3086 = llvm.getelementptr %segsum_x_re[%v3085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3078, %v3086 : f32, !llvm.ptr
        %v3087 = llvm.load %v908 : !llvm.ptr -> f32
        %v3088 = arith.muli %v130, %v7 : i64
        %v3089 = arith.addi %v3088, %v110 : i64
        %v3090 = arith.muli %v3089, %v2 : i64
        %v3091 = arith.addi %v3090, %v1 : i64
        %v3092 = arith.muli %v3091, %size_B : i64
        %v3093 = arith.subi %size_B, %v3 : i64
        %v3094 = arith.minsi %v113, %v3093 : i64
        %v3095 = arith.addi %v3092, %v3094 : i64
        %v3096 = llvm.getelementptr %segsum_x_re[%v3095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3087, %v3096 : f32, !llvm.ptr
        %v3097 = llvm.load %v197 : !llvm.ptr -> f32
        %v3098 = arith.muli %v132, %v7 : i64
        %v3099 = arith.addi %v3098, %v110 : i64
        %v3100 = arith.muli %v3099, %v2 : i64
        %v3101 = arith.addi %v3100, %v1 : i64
        %v3102 = arith.muli %v3101, %size_B : i64
        %v3103 = arith.subi %size_B, %v3 : i64
        %v3104 = arith.minsi %v113, %v3103 : i64
        %v3105 = arith.addi %v3102, %v3104 : i64
        %v3106 = llvm.getelementptr %segsum_x_re[%v3105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3097, %v3106 : f32, !llvm.ptr
        %v3107 = llvm.load %v260 : !llvm.ptr -> f32
        %v3108 = arith.muli %v1, %v7 : i64
        %v3109 = arith.addi %v3108, %v110 : i64
        %v3110 = arith.muli %v3109, %v2 : i64
        %v3111 = arith.addi %v3110, %v1 : i64
        %v3112 = arith.muli %v3111, %size_B : i64
        %v3113 = arith.subi %size_B, %v3 : i64
        %v3114 = arith.minsi %v113, %v3113 : i64
        %v3115 = arith.addi %v3112, %v3114 : i64
        %v3116 = llvm.getelementptr %segsum_x_re[%v3115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3107, %v3116 : f32, !llvm.ptr
        %v3117 = llvm.load %v136 : !llvm.ptr -> f32
        %v3118 = arith.muli %v110, %v2 : i64
        %v3119 = arith.addi %v3118, %v135 : i64
        %v3120 = arith.muli %v3119, %size_B : i64
        %v3121 = arith.subi %size_B, %v3 : i64
        %v3122 = arith.minsi %v113, %v3121 : i64
        %v3123 = arith.addi %v3120, %v3122 : i64
        %v3124 = llvm.getelementptr %segsum_x_re[%v3123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3117, %v3124 : f32, !llvm.ptr
        %v3125 = llvm.load %v909 : !llvm.ptr -> f32
        %v3126 = arith.addi %v7, %v110 : i64
        %v3127 = arith.muli %v3126, %v2 : i64
        %v3128 = arith.addi %v3127, %v135 : i64
        %v3129 = arith.muli %v3128, %size_B : i64
        %v3130 = arith.subi %size_B, %v3 : i64
        %v3131 = arith.minsi %v113, %v3130 : i64
        %v3132 = arith.addi %v3129, %v3131 : i64
        %v3133 = llvm.getelementptr %segsum_x_re[%v3132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3125, %v3133 : f32, !llvm.ptr
        %v3134 = llvm.load %v910 : !llvm.ptr -> f32
        %v3135 = arith.muli %v130, %v7 : i64
        %v3136 = arith.addi %v3135, %v110 : i64
        %v3137 = arith.muli %v3136, %v2 : i64
        %v3138 = arith.addi %v3137, %v135 : i64
        %v3139 = arith.muli %v3138, %size_B : i64
        %v3140 = arith.subi %size_B, %v3 : i64
        %v3141 = arith.minsi %v113, %v3140 : i64
        %v3142 = arith.addi %v3139, %v3141 : i64
        %v3143 = llvm.getelementptr %segsum_x_re[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3134, %v3143 : f32, !llvm.ptr
        %v3144 = llvm.load %v199 : !llvm.ptr -> f32
        %v3145 = arith.muli %v132, %v7 : i64
        %v3146 = arith.addi %v3145, %v110 : i64
        %v3147 = arith.muli %v3146, %v2 : i64
        %v3148 = arith.addi %v3147, %v135 : i64
        %v3149 = arith.muli %v3148, %size_B : i64
        %v3150 = arith.subi %size_B, %v3 : i64
        %v3151 = arith.minsi %v113, %v3150 : i64
        %v3152 = arith.addi %v3149, %v3151 : i64
        %v3153 = llvm.getelementptr %segsum_x_re[%v3152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3144, %v3153 : f32, !llvm.ptr
        %v3154 = llvm.load %v262 : !llvm.ptr -> f32
        %v3155 = arith.muli %v1, %v7 : i64
        %v3156 = arith.addi %v3155, %v110 : i64
        %v3157 = arith.muli %v3156, %v2 : i64
        %v3158 = arith.addi %v3157, %v135 : i64
        %v3159 = arith.muli %v3158, %size_B : i64
        %v3160 = arith.subi %size_B, %v3 : i64
        %v3161 = arith.minsi %v113, %v3160 : i64
        %v3162 = arith.addi %v3159, %v3161 : i64
        %v3163 = llvm.getelementptr %segsum_x_re[%v3162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3154, %v3163 : f32, !llvm.ptr
        %v3164 = llvm.load %v138 : !llvm.ptr -> f32
        %v3165 = arith.muli %v110, %v2 : i64
        %v3166 = arith.addi %v3165, %v137 : i64
        %v3167 = arith.muli %v3166, %size_B : i64
        %v3168 = arith.subi %size_B, %v3 : i64
        %v3169 = arith.minsi %v113, %v3168 : i64
        %v3170 = arith.addi %v3167, %v3169 : i64
        %v3171 = llvm.getelementptr %segsum_x_re[%v3170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3164, %v3171 : f32, !llvm.ptr
        %v3172 = llvm.load %v911 : !llvm.ptr -> f32
        %v3173 = arith.addi %v7, %v110 : i64
        %v3174 = arith.muli %v3173, %v2 : i64
        %v3175 = arith.addi %v3174, %v137 : i64
        %v3176 = arith.muli %v3175, %size_B : i64
        %v3177 = arith.subi %size_B, %v3 : i64
        %v3178 = arith.minsi %v113, %v3177 : i64
        %v3179 = arith.addi %v3176, %v3178 : i64
        %v3180 = llvm.getelementptr %segsum_x_re[%v3179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3172, %v3180 : f32, !llvm.ptr
        %v3181 = llvm.load %v912 : !llvm.ptr -> f32
        %v3182 = arith.muli %v130, %v7 : i64
        %v3183 = arith.addi %v3182, %v110 : i64
        %v3184 = arith.muli %v3183, %v2 : i64
        %v3185 = arith.addi %v3184, %v137 : i64
        %v3186 = arith.muli %v3185, %size_B : i64
        %v3187 = arith.subi %size_B, %v3 : i64
        %v3188 = arith.minsi %v113, %v3187 : i64
        %v3189 = arith.addi %v3186, %v3188 : i64
        %v3190 = llvm.getelementptr %segsum_x_re[%v3189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3181, %v3190 : f32, !llvm.ptr
        %v3191 = llvm.load %v201 : !llvm.ptr -> f32
        %v3192 = arith.muli %v132, %v7 : i64
        %v3193 = arith.addi %v3192, %v110 : i64
        %v3194 = arith.muli %v3193, %v2 : i64
        %v3195 = arith.addi %v3194, %v137 : i64
        %v3196 = arith.muli %v3195, %size_B : i64
        %v3197 = arith.subi %size_B, %v3 : i64
        %v3198 = arith.minsi %v113, %v3197 : i64
        %v3199 = arith.addi %v3196, %v3198 : i64
        %v3200 = llvm.getelementptr %segsum_x_re[%v3199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3191, %v3200 : f32, !llvm.ptr
        %v3201 = llvm.load %v264 : !llvm.ptr -> f32
        %v3202 = arith.muli %v1, %v7 : i64
        %v3203 = arith.addi %v3202, %v110 : i64
        %v3204 = arith.muli %v3203, %v2 : i64
        %v3205 = arith.addi %v3204, %v137 : i64
        %v3206 = arith.muli %v3205, %size_B : i64
        %v3207 = arith.subi %size_B, %v3 : i64
        %v3208 = arith.minsi %v113, %v3207 : i64
        %v3209 = arith.addi %v3206, %v3208 : i64
        %v3210 = llvm.getelementptr %segsum_x_re[%v3209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3201, %v3210 : f32, !llvm.ptr
        %v3211 = llvm.load %v140 : !llvm.ptr -> f32
        %v3212 = arith.muli %v110, %v2 : i64
        %v3213 = arith.addi %v3212, %v139 : i64
        %v3214 = arith.muli %v3213, %size_B : i64
        %v3215 = arith.subi %size_B, %v3 : i64
        %v3216 = arith.minsi %v113, %v3215 : i64
        %v3217 = arith.addi %v3214, %v3216 : i64
        %v3218 = llvm.getelementptr %segsum_x_re[%v3217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3211, %v3218 : f32, !llvm.ptr
        %v3219 = llvm.load %v913 : !llvm.ptr -> f32
        %v3220 = arith.addi %v7, %v110 : i64
        %v3221 = arith.muli %v3220, %v2 : i64
        %v3222 = arith.addi %v3221, %v139 : i64
        %v3223 = arith.muli %v3222, %size_B : i64
        %v3224 = arith.subi %size_B, %v3 : i64
        %v3225 = arith.minsi %v113, %v3224 : i64
        %v3226 = arith.addi %v3223, %v3225 : i64
        %v3227 = llvm.getelementptr %segsum_x_re[%v3226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3219, %v3227 : f32, !llvm.ptr
        %v3228 = llvm.load %v914 : !llvm.ptr -> f32
        %v3229 = arith.muli %v130, %v7 : i64
        %v3230 = arith.addi %v3229, %v110 : i64
        %v3231 = arith.muli %v3230, %v2 : i64
        %v3232 = arith.addi %v3231, %v139 : i64
        %v3233 = arith.muli %v3232, %size_B : i64
        %v3234 = arith.subi %size_B, %v3 : i64
        %v3235 = arith.minsi %v113, %v3234 : i64
        %v3236 = arith.addi %v3233, %v3235 : i64
        %v3237 = llvm.getelementptr %segsum_x_re[%v3236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3228, %v3237 : f32, !llvm.ptr
        %v3238 = llvm.load %v203 : !llvm.ptr -> f32
        %v3239 = arith.muli %v132, %v7 : i64
        %v3240 = arith.addi %v3239, %v110 : i64
        %v3241 = arith.muli %v3240, %v2 : i64
        %v3242 = arith.addi %v3241, %v139 : i64
        %v3243 = arith.muli %v3242, %size_B : i64
        %v3244 = arith.subi %size_B, %v3 : i64
        %v3245 = arith.minsi %v113, %v3244 : i64
        %v3246 = arith.addi %v3243, %v3245 : i64
        %v3247 = llvm.getelementptr %segsum_x_re[%v3246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3238, %v3247 : f32, !llvm.ptr
        %v3248 = llvm.load %v266 : !llvm.ptr -> f32
        %v3249 = arith.muli %v1, %v7 : i64
        %v3250 = arith.addi %v3249, %v110 : i64
        %v3251 = arith.muli %v3250, %v2 : i64
        %v3252 = arith.addi %v3251, %v139 : i64
        %v3253 = arith.muli %v3252, %size_B : i64
        %v3254 = arith.subi %size_B, %v3 : i64
        %v3255 = arith.minsi %v113, %v3254 : i64
        %v3256 = arith.addi %v3253, %v3255 : i64
        %v3257 = llvm.getelementptr %segsum_x_re[%v3256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3248, %v3257 : f32, !llvm.ptr
        %v3258 = llvm.load %v142 : !llvm.ptr -> f32
        %v3259 = arith.muli %v110, %v2 : i64
        %v3260 = arith.addi %v3259, %v141 : i64
        %v3261 = arith.muli %v3260, %size_B : i64
        %v3262 = arith.subi %size_B, %v3 : i64
        %v3263 = arith.minsi %v113, %v3262 : i64
        %v3264 = arith.addi %v3261, %v3263 : i64
        %v3265 = llvm.getelementptr %segsum_x_re[%v3264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3258, %v3265 : f32, !llvm.ptr
        %v3266 = llvm.load %v915 : !llvm.ptr -> f32
        %v3267 = arith.addi %v7, %v110 : i64
        %v3268 = arith.muli %v3267, %v2 : i64
        %v3269 = arith.addi %v3268, %v141 : i64
        %v3270 = arith.muli %v3269, %size_B : i64
        %v3271 = arith.subi %size_B, %v3 : i64
        %v3272 = arith.minsi %v113, %v3271 : i64
        %v3273 = arith.addi %v3270, %v3272 : i64
        %v3274 = llvm.getelementptr %segsum_x_re[%v3273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3266, %v3274 : f32, !llvm.ptr
        %v3275 = llvm.load %v916 : !llvm.ptr -> f32
        %v3276 = arith.muli %v130, %v7 : i64
        %v3277 = arith.addi %v3276, %v110 : i64
        %v3278 = arith.muli %v3277, %v2 : i64
        %v3279 = arith.addi %v3278, %v141 : i64
        %v3280 = arith.muli %v3279, %size_B : i64
        %v3281 = arith.subi %size_B, %v3 : i64
        %v3282 = arith.minsi %v113, %v3281 : i64
        %v3283 = arith.addi %v3280, %v3282 : i64
        %v3284 = llvm.getelementptr %segsum_x_re[%v3283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3275, %v3284 : f32, !llvm.ptr
        %v3285 = llvm.load %v205 : !llvm.ptr -> f32
        %v3286 = arith.muli %v132, %v7 : i64
        %v3287 = arith.addi %v3286, %v110 : i64
        %v3288 = arith.muli %v3287, %v2 : i64
        %v3289 = arith.addi %v3288, %v141 : i64
        %v3290 = arith.muli %v3289, %size_B : i64
        %v3291 = arith.subi %size_B, %v3 : i64
        %v3292 = arith.minsi %v113, %v3291 : i64
        %v3293 = arith.addi %v3290, %v3292 : i64
        %v3294 = llvm.getelementptr %segsum_x_re[%v3293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3285, %v3294 : f32, !llvm.ptr
        %v3295 = llvm.load %v268 : !llvm.ptr -> f32
        %v3296 = arith.muli %v1, %v7 : i64
        %v3297 = arith.addi %v3296, %v110 : i64
        %v3298 = arith.muli %v3297, %v2 : i64
        %v3299 = arith.addi %v3298, %v141 : i64
        %v3300 = arith.muli %v3299, %size_B : i64
        %v3301 = arith.subi %size_B, %v3 : i64
        %v3302 = arith.minsi %v113, %v3301 : i64
        %v3303 = arith.addi %v3300, %v3302 : i64
        %v3304 = llvm.getelementptr %segsum_x_re[%v3303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3295, %v3304 : f32, !llvm.ptr
        %v3305 = llvm.load %v144 : !llvm.ptr -> f32
        %v3306 = arith.muli %v110, %v2 : i64
        %v3307 = arith.addi %v3306, %v143 : i64
        %v3308 = arith.muli %v3307, %size_B : i64
        %v3309 = arith.subi %size_B, %v3 : i64
        %v3310 = arith.minsi %v113, %v3309 : i64
        %v3311 = arith.addi %v3308, %v3310 : i64
        %v3312 = llvm.getelementptr %segsum_x_re[%v3311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3305, %v3312 : f32, !llvm.ptr
        %v3313 = llvm.load %v917 : !llvm.ptr -> f32
        %v3314 = arith.addi %v7, %v110 : i64
        %v3315 = arith.muli %v3314, %v2 : i64
        %v3316 = arith.addi %v3315, %v143 : i64
        %v3317 = arith.muli %v3316, %size_B : i64
        %v3318 = arith.subi %size_B, %v3 : i64
        %v3319 = arith.minsi %v113, %v3318 : i64
        %v3320 = arith.addi %v3317, %v3319 : i64
        %v3321 = llvm.getelementptr %segsum_x_re[%v3320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3313, %v3321 : f32, !llvm.ptr
        %v3322 = llvm.load %v918 : !llvm.ptr -> f32
        %v3323 = arith.muli %v130, %v7 : i64
        %v3324 = arith.addi %v3323, %v110 : i64
        %v3325 = arith.muli %v3324, %v2 : i64
        %v3326 = arith.addi %v3325, %v143 : i64
        %v3327 = arith.muli %v3326, %size_B : i64
        %v3328 = arith.subi %size_B, %v3 : i64
        %v3329 = arith.minsi %v113, %v3328 : i64
        %v3330 = arith.addi %v3327, %v3329 : i64
        %v3331 = llvm.getelementptr %segsum_x_re[%v3330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3322, %v3331 : f32, !llvm.ptr
        %v3332 = llvm.load %v207 : !llvm.ptr -> f32
        %v3333 = arith.muli %v132, %v7 : i64
        %v3334 = arith.addi %v3333, %v110 : i64
        %v3335 = arith.muli %v3334, %v2 : i64
        %v3336 = arith.addi %v3335, %v143 : i64
        %v3337 = arith.muli %v3336, %size_B : i64
        %v3338 = arith.subi %size_B, %v3 : i64
        %v3339 = arith.minsi %v113, %v3338 : i64
        %v3340 = arith.addi %v3337, %v3339 : i64
        %v3341 = llvm.getelementptr %segsum_x_re[%v3340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3332, %v3341 : f32, !llvm.ptr
        %v3342 = llvm.load %v270 : !llvm.ptr -> f32
        %v3343 = arith.muli %v1, %v7 : i64
        %v3344 = arith.addi %v3343, %v110 : i64
        %v3345 = arith.muli %v3344, %v2 : i64
        %v3346 = arith.addi %v3345, %v143 : i64
        %v3347 = arith.muli %v3346, %size_B : i64
        %v3348 = arith.subi %size_B, %v3 : i64
        %v3349 = arith.minsi %v113, %v3348 : i64
        %v3350 = arith.addi %v3347, %v3349 : i64
        %v3351 = llvm.getelementptr %segsum_x_re[%v3350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3342, %v3351 : f32, !llvm.ptr
        %v3352 = llvm.load %v146 : !llvm.ptr -> f32
        %v3353 = arith.muli %v110, %v2 : i64
        %v3354 = arith.addi %v3353, %v145 : i64
        %v3355 = arith.muli %v3354, %size_B : i64
        %v3356 = arith.subi %size_B, %v3 : i64
        %v3357 = arith.minsi %v113, %v3356 : i64
        %v3358 = arith.addi %v3355, %v3357 : i64
        %v3359 = llvm.getelementptr %segsum_x_re[%v3358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3352, %v3359 : f32, !llvm.ptr
        %v3360 = llvm.load %v919 : !llvm.ptr -> f32
        %v3361 = arith.addi %v7, %v110 : i64
        %v3362 = arith.muli %v3361, %v2 : i64
        %v3363 = arith.addi %v3362, %v145 : i64
        %v3364 = arith.muli %v3363, %size_B : i64
        %v3365 = arith.subi %size_B, %v3 : i64
        %v3366 = arith.minsi %v113, %v3365 : i64
        %v3367 = arith.addi %v3364, %v3366 : i64
        %v3368 = llvm.getelementptr %segsum_x_re[%v3367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3360, %v3368 : f32, !llvm.ptr
        %v3369 = llvm.load %v920 : !llvm.ptr -> f32
        %v3370 = arith.muli %v130, %v7 : i64
        %v3371 = arith.addi %v3370, %v110 : i64
        %v3372 = arith.muli %v3371, %v2 : i64
        %v3373 = arith.addi %v3372, %v145 : i64
        %v3374 = arith.muli %v3373, %size_B : i64
        %v3375 = arith.subi %size_B, %v3 : i64
        %v3376 = arith.minsi %v113, %v3375 : i64
        %v3377 = arith.addi %v3374, %v3376 : i64
        %v3378 = llvm.getelementptr %segsum_x_re[%v3377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3369, %v3378 : f32, !llvm.ptr
        %v3379 = llvm.load %v209 : !llvm.ptr -> f32
        %v3380 = arith.muli %v132, %v7 : i64
        %v3381 = arith.addi %v3380, %v110 : i64
        %v3382 = arith.muli %v3381, %v2 : i64
        %v3383 = arith.addi %v3382, %v145 : i64
        %v3384 = arith.muli %v3383, %size_B : i64
        %v3385 = arith.subi %size_B, %v3 : i64
        %v3386 = arith.minsi %v113, %v3385 : i64
        %v3387 = arith.addi %v3384, %v3386 : i64
        %v3388 = llvm.getelementptr %segsum_x_re[%v3387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3379, %v3388 : f32, !llvm.ptr
        %v3389 = llvm.load %v272 : !llvm.ptr -> f32
        %v3390 = arith.muli %v1, %v7 : i64
        %v3391 = arith.addi %v3390, %v110 : i64
        %v3392 = arith.muli %v3391, %v2 : i64
        %v3393 = arith.addi %v3392, %v145 : i64
        %v3394 = arith.muli %v3393, %size_B : i64
        %v3395 = arith.subi %size_B, %v3 : i64
        %v3396 = arith.minsi %v113, %v3395 : i64
        %v3397 = arith.addi %v3394, %v3396 : i64
        %v3398 = llvm.getelementptr %segsum_x_re[%v3397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3389, %v3398 : f32, !llvm.ptr
        %v3399 = llvm.load %v148 : !llvm.ptr -> f32
        %v3400 = arith.muli %v110, %v2 : i64
        %v3401 = arith.addi %v3400, %v147 : i64
        %v3402 = arith.muli %v3401, %size_B : i64
        %v3403 = arith.subi %size_B, %v3 : i64
        %v3404 = arith.minsi %v113, %v3403 : i64
        %v3405 = arith.addi %v3402, %v3404 : i64
        %v3406 = llvm.getelementptr %segsum_x_re[%v3405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3399, %v3406 : f32, !llvm.ptr
        %v3407 = llvm.load %v921 : !llvm.ptr -> f32
        %v3408 = arith.addi %v7, %v110 : i64
        %v3409 = arith.muli %v3408, %v2 : i64
        %v3410 = arith.addi %v3409, %v147 : i64
        %v3411 = arith.muli %v3410, %size_B : i64
        %v3412 = arith.subi %size_B, %v3 : i64
        %v3413 = arith.minsi %v113, %v3412 : i64
        %v3414 = arith.addi %v3411, %v3413 : i64
        %v3415 = llvm.getelementptr %segsum_x_re[%v3414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3407, %v3415 : f32, !llvm.ptr
        %v3416 = llvm.load %v922 : !llvm.ptr -> f32
        %v3417 = arith.muli %v130, %v7 : i64
        %v3418 = arith.addi %v3417, %v110 : i64
        %v3419 = arith.muli %v3418, %v2 : i64
        %v3420 = arith.addi %v3419, %v147 : i64
        %v3421 = arith.muli %v3420, %size_B : i64
        %v3422 = arith.subi %size_B, %v3 : i64
        %v3423 = arith.minsi %v113, %v3422 : i64
        %v3424 = arith.addi %v3421, %v3423 : i64
        %v3425 = llvm.getelementptr %segsum_x_re[%v3424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3416, %v3425 : f32, !llvm.ptr
        %v3426 = llvm.load %v211 : !llvm.ptr -> f32
        %v3427 = arith.muli %v132, %v7 : i64
        %v3428 = arith.addi %v3427, %v110 : i64
        %v3429 = arith.muli %v3428, %v2 : i64
        %v3430 = arith.addi %v3429, %v147 : i64
        %v3431 = arith.muli %v3430, %size_B : i64
        %v3432 = arith.subi %size_B, %v3 : i64
        %v3433 = arith.minsi %v113, %v3432 : i64
        %v3434 = arith.addi %v3431, %v3433 : i64
        %v3435 = llvm.getelementptr %segsum_x_re[%v3434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3426, %v3435 : f32, !llvm.ptr
        %v3436 = llvm.load %v274 : !llvm.ptr -> f32
        %v3437 = arith.muli %v1, %v7 : i64
        %v3438 = arith.addi %v3437, %v110 : i64
        %v3439 = arith.muli %v3438, %v2 : i64
        %v3440 = arith.addi %v3439, %v147 : i64
        %v3441 = arith.muli %v3440, %size_B : i64
        %v3442 = arith.subi %size_B, %v3 : i64
        %v3443 = arith.minsi %v113, %v3442 : i64
        %v3444 = arith.addi %v3441, %v3443 : i64
        %v3445 = llvm.getelementptr %segsum_x_re[%v3444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3436, %v3445 : f32, !llvm.ptr
        %v3446 = llvm.load %v150 : !llvm.ptr -> f32
        %v3447 = arith.muli %v110, %v2 : i64
        %v3448 = arith.addi %v3447, %v149 : i64
        %v3449 = arith.muli %v3448, %size_B : i64
        %v3450 = arith.subi %size_B, %v3 : i64
        %v3451 = arith.minsi %v113, %v3450 : i64
        %v3452 = arith.addi %v3449, %v3451 : i64
        %v3453 = llvm.getelementptr %segsum_x_re[%v3452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3446, %v3453 : f32, !llvm.ptr
        %v3454 = llvm.load %v923 : !llvm.ptr -> f32
        %v3455 = arith.addi %v7, %v110 : i64
        %v3456 = arith.muli %v3455, %v2 : i64
        %v3457 = arith.addi %v3456, %v149 : i64
        %v3458 = arith.muli %v3457, %size_B : i64
        %v3459 = arith.subi %size_B, %v3 : i64
        %v3460 = arith.minsi %v113, %v3459 : i64
        %v3461 = arith.addi %v3458, %v3460 : i64
        %v3462 = llvm.getelementptr %segsum_x_re[%v3461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3454, %v3462 : f32, !llvm.ptr
        %v3463 = llvm.load %v924 : !llvm.ptr -> f32
        %v3464 = arith.muli %v130, %v7 : i64
        %v3465 = arith.addi %v3464, %v110 : i64
        %v3466 = arith.muli %v3465, %v2 : i64
        %v3467 = arith.addi %v3466, %v149 : i64
        %v3468 = arith.muli %v3467, %size_B : i64
        %v3469 = arith.subi %size_B, %v3 : i64
        %v3470 = arith.minsi %v113, %v3469 : i64
        %v3471 = arith.addi %v3468, %v3470 : i64
        %v3472 = llvm.getelementptr %segsum_x_re[%v3471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3463, %v3472 : f32, !llvm.ptr
        %v3473 = llvm.load %v213 : !llvm.ptr -> f32
        %v3474 = arith.muli %v132, %v7 : i64
        %v3475 = arith.addi %v3474, %v110 : i64
        %v3476 = arith.muli %v3475, %v2 : i64
        %v3477 = arith.addi %v3476, %v149 : i64
        %v3478 = arith.muli %v3477, %size_B : i64
        %v3479 = arith.subi %size_B, %v3 : i64
        %v3480 = arith.minsi %v113, %v3479 : i64
        %v3481 = arith.addi %v3478, %v3480 : i64
        %v3482 = llvm.getelementptr %segsum_x_re[%v3481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3473, %v3482 : f32, !llvm.ptr
        %v3483 = llvm.load %v276 : !llvm.ptr -> f32
        %v3484 = arith.muli %v1, %v7 : i64
        %v3485 = arith.addi %v3484, %v110 : i64
        %v3486 = arith.muli %v3485, %v2 : i64
        %v3487 = arith.addi %v3486, %v149 : i64
        %v3488 = arith.muli %v3487, %size_B : i64
        %v3489 = arith.subi %size_B, %v3 : i64
        %v3490 = arith.minsi %v113, %v3489 : i64
        %v3491 = arith.addi %v3488, %v3490 : i64
        %v3492 = llvm.getelementptr %segsum_x_re[%v3491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3483, %v3492 : f32, !llvm.ptr
        %v3493 = llvm.load %v152 : !llvm.ptr -> f32
        %v3494 = arith.muli %v110, %v2 : i64
        %v3495 = arith.addi %v3494, %v151 : i64
        %v3496 = arith.muli %v3495, %size_B : i64
        %v3497 = arith.subi %size_B, %v3 : i64
        %v3498 = arith.minsi %v113, %v3497 : i64
        %v3499 = arith.addi %v3496, %v3498 : i64
        %v3500 = llvm.getelementptr %segsum_x_re[%v3499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3493, %v3500 : f32, !llvm.ptr
        %v3501 = llvm.load %v925 : !llvm.ptr -> f32
        %v3502 = arith.addi %v7, %v110 : i64
        %v3503 = arith.muli %v3502, %v2 : i64
        %v3504 = arith.addi %v3503, %v151 : i64
        %v3505 = arith.muli %v3504, %size_B : i64
        %v3506 = arith.subi %size_B, %v3 : i64
        %v3507 = arith.minsi %v113, %v3506 : i64
        %v3508 = arith.addi %v3505, %v3507 : i64
        %v3509 = llvm.getelementptr %segsum_x_re[%v3508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3501, %v3509 : f32, !llvm.ptr
        %v3510 = llvm.load %v926 : !llvm.ptr -> f32
        %v3511 = arith.muli %v130, %v7 : i64
        %v3512 = arith.addi %v3511, %v110 : i64
        %v3513 = arith.muli %v3512, %v2 : i64
        %v3514 = arith.addi %v3513, %v151 : i64
        %v3515 = arith.muli %v3514, %size_B : i64
        %v3516 = arith.subi %size_B, %v3 : i64
        %v3517 = arith.minsi %v113, %v3516 : i64
        %v3518 = arith.addi %v3515, %v3517 : i64
        %v3519 = llvm.getelementptr %segsum_x_re[%v3518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3510, %v3519 : f32, !llvm.ptr
        %v3520 = llvm.load %v215 : !llvm.ptr -> f32
        %v3521 = arith.muli %v132, %v7 : i64
        %v3522 = arith.addi %v3521, %v110 : i64
        %v3523 = arith.muli %v3522, %v2 : i64
        %v3524 = arith.addi %v3523, %v151 : i64
        %v3525 = arith.muli %v3524, %size_B : i64
        %v3526 = arith.subi %size_B, %v3 : i64
        %v3527 = arith.minsi %v113, %v3526 : i64
        %v3528 = arith.addi %v3525, %v3527 : i64
        %v3529 = llvm.getelementptr %segsum_x_re[%v3528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3520, %v3529 : f32, !llvm.ptr
        %v3530 = llvm.load %v278 : !llvm.ptr -> f32
        %v3531 = arith.muli %v1, %v7 : i64
        %v3532 = arith.addi %v3531, %v110 : i64
        %v3533 = arith.muli %v3532, %v2 : i64
        %v3534 = arith.addi %v3533, %v151 : i64
        %v3535 = arith.muli %v3534, %size_B : i64
        %v3536 = arith.subi %size_B, %v3 : i64
        %v3537 = arith.minsi %v113, %v3536 : i64
        %v3538 = arith.addi %v3535, %v3537 : i64
        %v3539 = llvm.getelementptr %segsum_x_re[%v3538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3530, %v3539 : f32, !llvm.ptr
        %v3540 = llvm.load %v154 : !llvm.ptr -> f32
        %v3541 = arith.muli %v110, %v2 : i64
        %v3542 = arith.addi %v3541, %v153 : i64
        %v3543 = arith.muli %v3542, %size_B : i64
        %v3544 = arith.subi %size_B, %v3 : i64
        %v3545 = arith.minsi %v113, %v3544 : i64
        %v3546 = arith.addi %v3543, %v3545 : i64
        %v3547 = llvm.getelementptr %segsum_x_re[%v3546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3540, %v3547 : f32, !llvm.ptr
        %v3548 = llvm.load %v927 : !llvm.ptr -> f32
        %v3549 = arith.addi %v7, %v110 : i64
        %v3550 = arith.muli %v3549, %v2 : i64
        %v3551 = arith.addi %v3550, %v153 : i64
        %v3552 = arith.muli %v3551, %size_B : i64
        %v3553 = arith.subi %size_B, %v3 : i64
        %v3554 = arith.minsi %v113, %v3553 : i64
        %v3555 = arith.addi %v3552, %v3554 : i64
        %v3556 = llvm.getelementptr %segsum_x_re[%v3555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3548, %v3556 : f32, !llvm.ptr
        %v3557 = llvm.load %v928 : !llvm.ptr -> f32
        %v3558 = arith.muli %v130, %v7 : i64
        %v3559 = arith.addi %v3558, %v110 : i64
        %v3560 = arith.muli %v3559, %v2 : i64
        %v3561 = arith.addi %v3560, %v153 : i64
        %v3562 = arith.muli %v3561, %size_B : i64
        %v3563 = arith.subi %size_B, %v3 : i64
        %v3564 = arith.minsi %v113, %v3563 : i64
        %v3565 = arith.addi %v3562, %v3564 : i64
        %v3566 = llvm.getelementptr %segsum_x_re[%v3565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3557, %v3566 : f32, !llvm.ptr
        %v3567 = llvm.load %v217 : !llvm.ptr -> f32
        %v3568 = arith.muli %v132, %v7 : i64
        %v3569 = arith.addi %v3568, %v110 : i64
        %v3570 = arith.muli %v3569, %v2 : i64
        %v3571 = arith.addi %v3570, %v153 : i64
        %v3572 = arith.muli %v3571, %size_B : i64
        %v3573 = arith.subi %size_B, %v3 : i64
        %v3574 = arith.minsi %v113, %v3573 : i64
        %v3575 = arith.addi %v3572, %v3574 : i64
        %v3576 = llvm.getelementptr %segsum_x_re[%v3575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3567, %v3576 : f32, !llvm.ptr
        %v3577 = llvm.load %v280 : !llvm.ptr -> f32
        %v3578 = arith.muli %v1, %v7 : i64
        %v3579 = arith.addi %v3578, %v110 : i64
        %v3580 = arith.muli %v3579, %v2 : i64
        %v3581 = arith.addi %v3580, %v153 : i64
        %v3582 = arith.muli %v3581, %size_B : i64
        %v3583 = arith.subi %size_B, %v3 : i64
        %v3584 = arith.minsi %v113, %v3583 : i64
        %v3585 = arith.addi %v3582, %v3584 : i64
        %v3586 = llvm.getelementptr %segsum_x_re[%v3585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3577, %v3586 : f32, !llvm.ptr
        %v3587 = llvm.load %v156 : !llvm.ptr -> f32
        %v3588 = arith.muli %v110, %v2 : i64
        %v3589 = arith.addi %v3588, %v155 : i64
        %v3590 = arith.muli %v3589, %size_B : i64
        %v3591 = arith.subi %size_B, %v3 : i64
        %v3592 = arith.minsi %v113, %v3591 : i64
        %v3593 = arith.addi %v3590, %v3592 : i64
        %v3594 = llvm.getelementptr %segsum_x_re[%v3593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3587, %v3594 : f32, !llvm.ptr
        %v3595 = llvm.load %v929 : !llvm.ptr -> f32
        %v3596 = arith.addi %v7, %v110 : i64
        %v3597 = arith.muli %v3596, %v2 : i64
        %v3598 = arith.addi %v3597, %v155 : i64
        %v3599 = arith.muli %v3598, %size_B : i64
        %v3600 = arith.subi %size_B, %v3 : i64
        %v3601 = arith.minsi %v113, %v3600 : i64
        %v3602 = arith.addi %v3599, %v3601 : i64
        %v3603 = llvm.getelementptr %segsum_x_re[%v3602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3595, %v3603 : f32, !llvm.ptr
        %v3604 = llvm.load %v930 : !llvm.ptr -> f32
        %v3605 = arith.muli %v130, %v7 : i64
        %v3606 = arith.addi %v3605, %v110 : i64
        %v3607 = arith.muli %v3606, %v2 : i64
        %v3608 = arith.addi %v3607, %v155 : i64
        %v3609 = arith.muli %v3608, %size_B : i64
        %v3610 = arith.subi %size_B, %v3 : i64
        %v3611 = arith.minsi %v113, %v3610 : i64
        %v3612 = arith.addi %v3609, %v3611 : i64
        %v3613 = llvm.getelementptr %segsum_x_re[%v3612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3604, %v3613 : f32, !llvm.ptr
        %v3614 = llvm.load %v219 : !llvm.ptr -> f32
        %v3615 = arith.muli %v132, %v7 : i64
        %v3616 = arith.addi %v3615, %v110 : i64
        %v3617 = arith.muli %v3616, %v2 : i64
        %v3618 = arith.addi %v3617, %v155 : i64
        %v3619 = arith.muli %v3618, %size_B : i64
        %v3620 = arith.subi %size_B, %v3 : i64
        %v3621 = arith.minsi %v113, %v3620 : i64
        %v3622 = arith.addi %v3619, %v3621 : i64
        %v3623 = llvm.getelementptr %segsum_x_re[%v3622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3614, %v3623 : f32, !llvm.ptr
        %v3624 = llvm.load %v282 : !llvm.ptr -> f32
        %v3625 = arith.muli %v1, %v7 : i64
        %v3626 = arith.addi %v3625, %v110 : i64
        %v3627 = arith.muli %v3626, %v2 : i64
        %v3628 = arith.addi %v3627, %v155 : i64
        %v3629 = arith.muli %v3628, %size_B : i64
        %v3630 = arith.subi %size_B, %v3 : i64
        %v3631 = arith.minsi %v113, %v3630 : i64
        %v3632 = arith.addi %v3629, %v3631 : i64
        %v3633 = llvm.getelementptr %segsum_x_re[%v3632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3624, %v3633 : f32, !llvm.ptr
        %v3634 = llvm.load %v157 : !llvm.ptr -> f32
        %v3635 = arith.muli %v110, %v2 : i64
        %v3636 = arith.muli %v3635, %size_B : i64
        %v3637 = arith.subi %size_B, %v3 : i64
        %v3638 = arith.minsi %v113, %v3637 : i64
        %v3639 = arith.addi %v3636, %v3638 : i64
        %v3640 = llvm.getelementptr %segsum_x_im[%v3639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3634, %v3640 : f32, !llvm.ptr
        %v3641 = llvm.load %v931 : !llvm.ptr -> f32
        %v3642 = arith.addi %v7, %v110 : i64
        %v3643 = arith.muli %v3642, %v2 : i64
        %v3644 = arith.muli %v3643, %size_B : i64
        %v3645 = arith.subi %size_B, %v3 : i64
        %v3646 = arith.minsi %v113, %v3645 : i64
        %v3647 = arith.addi %v3644, %v3646 : i64
        %v3648 = llvm.getelementptr %segsum_x_im[%v3647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3641, %v3648 : f32, !llvm.ptr
        %v3649 = llvm.load %v932 : !llvm.ptr -> f32
        %v3650 = arith.muli %v130, %v7 : i64
        %v3651 = arith.addi %v3650, %v110 : i64
        %v3652 = arith.muli %v3651, %v2 : i64
        %v3653 = arith.muli %v3652, %size_B : i64
        %v3654 = arith.subi %size_B, %v3 : i64
        %v3655 = arith.minsi %v113, %v3654 : i64
        %v3656 = arith.addi %v3653, %v3655 : i64
        %v3657 = llvm.getelementptr %segsum_x_im[%v3656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3649, %v3657 : f32, !llvm.ptr
        %v3658 = llvm.load %v284 : !llvm.ptr -> f32
        %v3659 = arith.muli %v132, %v7 : i64
        %v3660 = arith.addi %v3659, %v110 : i64
        %v3661 = arith.muli %v3660, %v2 : i64
        %v3662 = arith.muli %v3661, %size_B : i64
        %v3663 = arith.subi %size_B, %v3 : i64
        %v3664 = arith.minsi %v113, %v3663 : i64
        %v3665 = arith.addi %v3662, %v3664 : i64
        %v3666 = llvm.getelementptr %segsum_x_im[%v3665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3658, %v3666 : f32, !llvm.ptr
        %v3667 = llvm.load %v221 : !llvm.ptr -> f32
        %v3668 = arith.muli %v1, %v7 : i64
        %v3669 = arith.addi %v3668, %v110 : i64
        %v3670 = arith.muli %v3669, %v2 : i64
        %v3671 = arith.muli %v3670, %size_B : i64
        %v3672 = arith.subi %size_B, %v3 : i64
        %v3673 = arith.minsi %v113, %v3672 : i64
        %v3674 = arith.addi %v3671, %v3673 : i64
        %v3675 = llvm.getelementptr %segsum_x_im[%v3674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3667, %v3675 : f32, !llvm.ptr
        %v3676 = llvm.load %v159 : !llvm.ptr -> f32
        %v3677 = arith.muli %v110, %v2 : i64
        %v3678 = arith.addi %v3677, %v3 : i64
        %v3679 = arith.muli %v3678, %size_B : i64
        %v3680 = arith.subi %size_B, %v3 : i64
        %v3681 = arith.minsi %v113, %v3680 : i64
        %v3682 = arith.addi %v3679, %v3681 : i64
        %v3683 = llvm.getelementptr %segsum_x_im[%v3682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3676, %v3683 : f32, !llvm.ptr
        %v3684 = llvm.load %v933 : !llvm.ptr -> f32
        %v3685 = arith.addi %v7, %v110 : i64
        %v3686 = arith.muli %v3685, %v2 : i64
        %v3687 = arith.addi %v3686, %v3 : i64
        %v3688 = arith.muli %v3687, %size_B : i64
        %v3689 = arith.subi %size_B, %v3 : i64
        %v3690 = arith.minsi %v113, %v3689 : i64
        %v3691 = arith.addi %v3688, %v3690 : i64
        %v3692 = llvm.getelementptr %segsum_x_im[%v3691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3684, %v3692 : f32, !llvm.ptr
        %v3693 = llvm.load %v934 : !llvm.ptr -> f32
        %v3694 = arith.muli %v130, %v7 : i64
        %v3695 = arith.addi %v3694, %v110 : i64
        %v3696 = arith.muli %v3695, %v2 : i64
        %v3697 = arith.addi %v3696, %v3 : i64
        %v3698 = arith.muli %v3697, %size_B : i64
        %v3699 = arith.subi %size_B, %v3 : i64
        %v3700 = arith.minsi %v113, %v3699 : i64
        %v3701 = arith.addi %v3698, %v3700 : i64
        %v3702 = llvm.getelementptr %segsum_x_im[%v3701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3693, %v3702 : f32, !llvm.ptr
        %v3703 = llvm.load %v286 : !llvm.ptr -> f32
        %v3704 = arith.muli %v132, %v7 : i64
        %v3705 = arith.addi %v3704, %v110 : i64
        %v3706 = arith.muli %v3705, %v2 : i64
        %v3707 = arith.addi %v3706, %v3 : i64
        %v3708 = arith.muli %v3707, %size_B : i64
        %v3709 = arith.subi %size_B, %v3 : i64
        %v3710 = arith.minsi %v113, %v3709 : i64
        %v3711 = arith.addi %v3708, %v3710 : i64
        %v3712 = llvm.getelementptr %segsum_x_im[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3703, %v3712 : f32, !llvm.ptr
        %v3713 = llvm.load %v223 : !llvm.ptr -> f32
        %v3714 = arith.muli %v1, %v7 : i64
        %v3715 = arith.addi %v3714, %v110 : i64
        %v3716 = arith.muli %v3715, %v2 : i64
        %v3717 = arith.addi %v3716, %v3 : i64
        %v3718 = arith.muli %v3717, %size_B : i64
        %v3719 = arith.subi %size_B, %v3 : i64
        %v3720 = arith.minsi %v113, %v3719 : i64
        %v3721 = arith.addi %v3718, %v3720 : i64
        %v3722 = llvm.getelementptr %segsum_x_im[%v3721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3713, %v3722 : f32, !llvm.ptr
        %v3723 = llvm.load %v161 : !llvm.ptr -> f32
        %v3724 = arith.muli %v110, %v2 : i64
        %v3725 = arith.addi %v3724, %v130 : i64
        %v3726 = arith.muli %v3725, %size_B : i64
        %v3727 = arith.subi %size_B, %v3 : i64
        %v3728 = arith.minsi %v113, %v3727 : i64
        %v3729 = arith.addi %v3726, %v3728 : i64
        %v3730 = llvm.getelementptr %segsum_x_im[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3723, %v3730 : f32, !llvm.ptr
        %v3731 = llvm.load %v935 : !llvm.ptr -> f32
        %v3732 = arith.addi %v7, %v110 : i64
        %v3733 = arith.muli %v3732, %v2 : i64
        %v3734 = arith.addi %v3733, %v130 : i64
        %v3735 = arith.muli %v3734, %size_B : i64
        %v3736 = arith.subi %size_B, %v3 : i64
        %v3737 = arith.minsi %v113, %v3736 : i64
        %v3738 = arith.addi %v3735, %v3737 : i64
        %v3739 = llvm.getelementptr %segsum_x_im[%v3738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3731, %v3739 : f32, !llvm.ptr
        %v3740 = llvm.load %v936 : !llvm.ptr -> f32
        %v3741 = arith.muli %v130, %v7 : i64
        %v3742 = arith.addi %v3741, %v110 : i64
        %v3743 = arith.muli %v3742, %v2 : i64
        %v3744 = arith.addi %v3743, %v130 : i64
        %v3745 = arith.muli %v3744, %size_B : i64
        %v3746 = arith.subi %size_B, %v3 : i64
        %v3747 = arith.minsi %v113, %v3746 : i64
        %v3748 = arith.addi %v3745, %v3747 : i64
        %v3749 = llvm.getelementptr %segsum_x_im[%v3748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3740, %v3749 : f32, !llvm.ptr
        %v3750 = llvm.load %v288 : !llvm.ptr -> f32
        %v3751 = arith.muli %v132, %v7 : i64
        %v3752 = arith.addi %v3751, %v110 : i64
        %v3753 = arith.muli %v3752, %v2 : i64
        %v3754 = arith.addi %v3753, %v130 : i64
        %v3755 = arith.muli %v3754, %size_B : i64
        %v3756 = arith.subi %size_B, %v3 : i64
        %v3757 = arith.minsi %v113, %v3756 : i64
        %v3758 = arith.addi %v3755, %v3757 : i64
        %v3759 = llvm.getelementptr %segsum_x_im[%v3758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3750, %v3759 : f32, !llvm.ptr
        %v3760 = llvm.load %v225 : !llvm.ptr -> f32
        %v3761 = arith.muli %v1, %v7 : i64
        %v3762 = arith.addi %v3761, %v110 : i64
        %v3763 = arith.muli %v3762, %v2 : i64
        %v3764 = arith.addi %v3763, %v130 : i64
        %v3765 = arith.muli %v3764, %size_B : i64
        %v3766 = arith.subi %size_B, %v3 : i64
        %v3767 = arith.minsi %v113, %v3766 : i64
        %v3768 = arith.addi %v3765, %v3767 : i64
        %v3769 = llvm.getelementptr %segsum_x_im[%v3768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3760, %v3769 : f32, !llvm.ptr
        %v3770 = llvm.load %v163 : !llvm.ptr -> f32
        %v3771 = arith.muli %v110, %v2 : i64
        %v3772 = arith.addi %v3771, %v132 : i64
        %v3773 = arith.muli %v3772, %size_B : i64
        %v3774 = arith.subi %size_B, %v3 : i64
        %v3775 = arith.minsi %v113, %v3774 : i64
        %v3776 = arith.addi %v3773, %v3775 : i64
        %v3777 = llvm.getelementptr %segsum_x_im[%v3776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3770, %v3777 : f32, !llvm.ptr
        %v3778 = llvm.load %v937 : !llvm.ptr -> f32
        %v3779 = arith.addi %v7, %v110 : i64
        %v3780 = arith.muli %v3779, %v2 : i64
        %v3781 = arith.addi %v3780, %v132 : i64
        %v3782 = arith.muli %v3781, %size_B : i64
        %v3783 = arith.subi %size_B, %v3 : i64
        %v3784 = arith.minsi %v113, %v3783 : i64
        %v3785 = arith.addi %v3782, %v3784 : i64
        %v3786 = llvm.getelementptr %segsum_x_im[%v3785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3778, %v3786 : f32, !llvm.ptr
        %v3787 = llvm.load %v938 : !llvm.ptr -> f32
        %v3788 = arith.muli %v130, %v7 : i64
        %v3789 = arith.addi %v3788, %v110 : i64
        %v3790 = arith.muli %v3789, %v2 : i64
        %v3791 = arith.addi %v3790, %v132 : i64
        %v3792 = arith.muli %v3791, %size_B : i64
        %v3793 = arith.subi %size_B, %v3 : i64
        %v3794 = arith.minsi %v113, %v3793 : i64
        %v3795 = arith.addi %v3792, %v3794 : i64
        %v3796 = llvm.getelementptr %segsum_x_im[%v3795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3787, %v3796 : f32, !llvm.ptr
        %v3797 = llvm.load %v290 : !llvm.ptr -> f32
        %v3798 = arith.muli %v132, %v7 : i64
        %v3799 = arith.addi %v3798, %v110 : i64
        %v3800 = arith.muli %v3799, %v2 : i64
        %v3801 = arith.addi %v3800, %v132 : i64
        %v3802 = arith.muli %v3801, %size_B : i64
        %v3803 = arith.subi %size_B, %v3 : i64
        %v3804 = arith.minsi %v113, %v3803 : i64
        %v3805 = arith.addi %v3802, %v3804 : i64
        %v3806 = llvm.getelementptr %segsum_x_im[%v3805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3797, %v3806 : f32, !llvm.ptr
        %v3807 = llvm.load %v227 : !llvm.ptr -> f32
        %v3808 = arith.muli %v1, %v7 : i64
        %v3809 = arith.addi %v3808, %v110 : i64
        %v3810 = arith.muli %v3809, %v2 : i64
        %v3811 = arith.addi %v3810, %v132 : i64
        %v3812 = arith.muli %v3811, %size_B : i64
        %v3813 = arith.subi %size_B, %v3 : i64
        %v3814 = arith.minsi %v113, %v3813 : i64
        %v3815 = arith.addi %v3812, %v3814 : i64
        %v3816 = llvm.getelementptr %segsum_x_im[%v3815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3807, %v3816 : f32, !llvm.ptr
        %v3817 = llvm.load %v165 : !llvm.ptr -> f32
        %v3818 = arith.muli %v110, %v2 : i64
        %v3819 = arith.addi %v3818, %v1 : i64
        %v3820 = arith.muli %v3819, %size_B : i64
        %v3821 = arith.subi %size_B, %v3 : i64
        %v3822 = arith.minsi %v113, %v3821 : i64
        %v3823 = arith.addi %v3820, %v3822 : i64
        %v3824 = llvm.getelementptr %segsum_x_im[%v3823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3817, %v3824 : f32, !llvm.ptr
        %v3825 = llvm.load %v939 : !llvm.ptr -> f32
        %v3826 = arith.addi %v7, %v110 : i64
        %v3827 = arith.muli %v3826, %v2 : i64
        %v3828 = arith.addi %v3827, %v1 : i64
        %v3829 = arith.muli %v3828, %size_B : i64
        %v3830 = arith.subi %size_B, %v3 : i64
        %v3831 = arith.minsi %v113, %v3830 : i64
        %v3832 = arith.addi %v3829, %v3831 : i64
        %v3833 = llvm.getelementptr %segsum_x_im[%v3832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3825, %v3833 : f32, !llvm.ptr
        %v3834 = llvm.load %v940 : !llvm.ptr -> f32
        %v3835 = arith.muli %v130, %v7 : i64
        %v3836 = arith.addi %v3835, %v110 : i64
        %v3837 = arith.muli %v3836, %v2 : i64
        %v3838 = arith.addi %v3837, %v1 : i64
        %v3839 = arith.muli %v3838, %size_B : i64
        %v3840 = arith.subi %size_B, %v3 : i64
        %v3841 = arith.minsi %v113, %v3840 : i64
        %v3842 = arith.addi %v3839, %v3841 : i64
        %v3843 = llvm.getelementptr %segsum_x_im[%v3842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3834, %v3843 : f32, !llvm.ptr
        %v3844 = llvm.load %v292 : !llvm.ptr -> f32
        %v3845 = arith.muli %v132, %v7 : i64
        %v3846 = arith.addi %v3845, %v110 : i64
        %v3847 = arith.muli %v3846, %v2 : i64
        %v3848 = arith.addi %v3847, %v1 : i64
        %v3849 = arith.muli %v3848, %size_B : i64
        %v3850 = arith.subi %size_B, %v3 : i64
        %v3851 = arith.minsi %v113, %v3850 : i64
        %v3852 = arith.addi %v3849, %v3851 : i64
        %v3853 = llvm.getelementptr %segsum_x_im[%v3852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3844, %v3853 : f32, !llvm.ptr
        %v3854 = llvm.load %v229 : !llvm.ptr -> f32
        %v3855 = arith.muli %v1, %v7 : i64
        %v3856 = arith.addi %v3855, %v110 : i64
        %v3857 = arith.muli %v3856, %v2 : i64
        %v3858 = arith.addi %v3857, %v1 : i64
        %v3859 = arith.muli %v3858, %size_B : i64
        %v3860 = arith.subi %size_B, %v3 : i64
        %v3861 = arith.minsi %v113, %v3860 : i64
        %v3862 = arith.addi %v3859, %v3861 : i64
        %v3863 = llvm.getelementptr %segsum_x_im[%v3862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3854, %v3863 : f32, !llvm.ptr
        %v3864 = llvm.load %v167 : !llvm.ptr -> f32
        %v3865 = arith.muli %v110, %v2 : i64
        %v3866 = arith.addi %v3865, %v135 : i64
        %v3867 = arith.muli %v3866, %size_B : i64
        %v3868 = arith.subi %size_B, %v3 : i64
        %v3869 = arith.minsi %v113, %v3868 : i64
        %v3870 = arith.addi %v3867, %v3869 : i64
        %v3871 = llvm.getelementptr %segsum_x_im[%v3870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3864, %v3871 : f32, !llvm.ptr
        %v3872 = llvm.load %v941 : !llvm.ptr -> f32
        %v3873 = arith.addi %v7, %v110 : i64
        %v3874 = arith.muli %v3873, %v2 : i64
        %v3875 = arith.addi %v3874, %v135 : i64
        %v3876 = arith.muli %v3875, %size_B : i64
        %v3877 = arith.subi %size_B, %v3 : i64
        %v3878 = arith.minsi %v113, %v3877 : i64
        %v3879 = arith.addi %v3876, %v3878 : i64
        %v3880 = llvm.getelementptr %segsum_x_im[%v3879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3872, %v3880 : f32, !llvm.ptr
        %v3881 = llvm.load %v942 : !llvm.ptr -> f32
        %v3882 = arith.muli %v130, %v7 : i64
        %v3883 = arith.addi %v3882, %v110 : i64
        %v3884 = arith.muli %v3883, %v2 : i64
        %v3885 = arith.addi %v3884, %v135 : i64
        %v3886 = arith.muli %v3885, %size_B : i64
        %v3887 = arith.subi %size_B, %v3 : i64
        %v3888 = arith.minsi %v113, %v3887 : i64
        %v3889 = arith.addi %v3886, %v3888 : i64
        %v3890 = llvm.getelementptr %segsum_x_im[%v3889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3881, %v3890 : f32, !llvm.ptr
        %v3891 = llvm.load %v294 : !llvm.ptr -> f32
        %v3892 = arith.muli %v132, %v7 : i64
        %v3893 = arith.addi %v3892, %v110 : i64
        %v3894 = arith.muli %v3893, %v2 : i64
        %v3895 = arith.addi %v3894, %v135 : i64
        %v3896 = arith.muli %v3895, %size_B : i64
        %v3897 = arith.subi %size_B, %v3 : i64
        %v3898 = arith.minsi %v113, %v3897 : i64
        %v3899 = arith.addi %v3896, %v3898 : i64
        %v3900 = llvm.getelementptr %segsum_x_im[%v3899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3891, %v3900 : f32, !llvm.ptr
        %v3901 = llvm.load %v231 : !llvm.ptr -> f32
        %v3902 = arith.muli %v1, %v7 : i64
        %v3903 = arith.addi %v3902, %v110 : i64
        %v3904 = arith.muli %v3903, %v2 : i64
        %v3905 = arith.addi %v3904, %v135 : i64
        %v3906 = arith.muli %v3905, %size_B : i64
        %v3907 = arith.subi %size_B, %v3 : i64
        %v3908 = arith.minsi %v113, %v3907 : i64
        %v3909 = arith.addi %v3906, %v3908 : i64
        %v3910 = llvm.getelementptr %segsum_x_im[%v3909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3901, %v3910 : f32, !llvm.ptr
        %v3911 = llvm.load %v169 : !llvm.ptr -> f32
        %v3912 = arith.muli %v110, %v2 : i64
        %v3913 = arith.addi %v3912, %v137 : i64
        %v3914 = arith.muli %v3913, %size_B : i64
        %v3915 = arith.subi %size_B, %v3 : i64
        %v3916 = arith.minsi %v113, %v3915 : i64
        %v3917 = arith.addi %v3914, %v3916 : i64
        %v3918 = llvm.getelementptr %segsum_x_im[%v3917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3911, %v3918 : f32, !llvm.ptr
        %v3919 = llvm.load %v943 : !llvm.ptr -> f32
        %v3920 = arith.addi %v7, %v110 : i64
        %v3921 = arith.muli %v3920, %v2 : i64
        %v3922 = arith.addi %v3921, %v137 : i64
        %v3923 = arith.muli %v3922, %size_B : i64
        %v3924 = arith.subi %size_B, %v3 : i64
        %v3925 = arith.minsi %v113, %v3924 : i64
        %v3926 = arith.addi %v3923, %v3925 : i64
        %v3927 = llvm.getelementptr %segsum_x_im[%v3926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3919, %v3927 : f32, !llvm.ptr
        %v3928 = llvm.load %v944 : !llvm.ptr -> f32
        %v3929 = arith.muli %v130, %v7 : i64
        %v3930 = arith.addi %v3929, %v110 : i64
        %v3931 = arith.muli %v3930, %v2 : i64
        %v3932 = arith.addi %v3931, %v137 : i64
        %v3933 = arith.muli %v3932, %size_B : i64
        %v3934 = arith.subi %size_B, %v3 : i64
        %v3935 = arith.minsi %v113, %v3934 : i64
        %v3936 = arith.addi %v3933, %v3935 : i64
        %v3937 = llvm.getelementptr %segsum_x_im[%v3936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3928, %v3937 : f32, !llvm.ptr
        %v3938 = llvm.load %v296 : !llvm.ptr -> f32
        %v3939 = arith.muli %v132, %v7 : i64
        %v3940 = arith.addi %v3939, %v110 : i64
        %v3941 = arith.muli %v3940, %v2 : i64
        %v3942 = arith.addi %v3941, %v137 : i64
        %v3943 = arith.muli %v3942, %size_B : i64
        %v3944 = arith.subi %size_B, %v3 : i64
        %v3945 = arith.minsi %v113, %v3944 : i64
        %v3946 = arith.addi %v3943, %v3945 : i64
        %v3947 = llvm.getelementptr %segsum_x_im[%v3946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3938, %v3947 : f32, !llvm.ptr
        %v3948 = llvm.load %v233 : !llvm.ptr -> f32
        %v3949 = arith.muli %v1, %v7 : i64
        %v3950 = arith.addi %v3949, %v110 : i64
        %v3951 = arith.muli %v3950, %v2 : i64
        %v3952 = arith.addi %v3951, %v137 : i64
        %v3953 = arith.muli %v3952, %size_B : i64
        %v3954 = arith.subi %size_B, %v3 : i64
        %v3955 = arith.minsi %v113, %v3954 : i64
        %v3956 = arith.addi %v3953, %v3955 : i64
        %v3957 = llvm.getelementptr %segsum_x_im[%v3956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3948, %v3957 : f32, !llvm.ptr
        %v3958 = llvm.load %v171 : !llvm.ptr -> f32
        %v3959 = arith.muli %v110, %v2 : i64
        %v3960 = arith.addi %v3959, %v139 : i64
        %v3961 = arith.muli %v3960, %size_B : i64
        %v3962 = arith.subi %size_B, %v3 : i64
        %v3963 = arith.minsi %v113, %v3962 : i64
        %v3964 = arith.addi %v3961, %v3963 : i64
        %v3965 = llvm.getelementptr %segsum_x_im[%v3964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3958, %v3965 : f32, !llvm.ptr
        %v3966 = llvm.load %v945 : !llvm.ptr -> f32
        %v3967 = arith.addi %v7, %v110 : i64
        %v3968 = arith.muli %v3967, %v2 : i64
        %v3969 = arith.addi %v3968, %v139 : i64
        %v3970 = arith.muli %v3969, %size_B : i64
        %v3971 = arith.subi %size_B, %v3 : i64
        %v3972 = arith.minsi %v113, %v3971 : i64
        %v3973 = arith.addi %v3970, %v3972 : i64
        %v3974 = llvm.getelementptr %segsum_x_im[%v3973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3966, %v3974 : f32, !llvm.ptr
        %v3975 = llvm.load %v946 : !llvm.ptr -> f32
        %v3976 = arith.muli %v130, %v7 : i64
        %v3977 = arith.addi %v3976, %v110 : i64
        %v3978 = arith.muli %v3977, %v2 : i64
        %v3979 = arith.addi %v3978, %v139 : i64
        %v3980 = arith.muli %v3979, %size_B : i64
        %v3981 = arith.subi %size_B, %v3 : i64
        %v3982 = arith.minsi %v113, %v3981 : i64
        %v3983 = arith.addi %v3980, %v3982 : i64
        %v3984 = llvm.getelementptr %segsum_x_im[%v3983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3975, %v3984 : f32, !llvm.ptr
        %v3985 = llvm.load %v298 : !llvm.ptr -> f32
        %v3986 = arith.muli %v132, %v7 : i64
        %v3987 = arith.addi %v3986, %v110 : i64
        %v3988 = arith.muli %v3987, %v2 : i64
        %v3989 = arith.addi %v3988, %v139 : i64
        %v3990 = arith.muli %v3989, %size_B : i64
        %v3991 = arith.subi %size_B, %v3 : i64
        %v3992 = arith.minsi %v113, %v3991 : i64
        %v3993 = arith.addi %v3990, %v3992 : i64
        %v3994 = llvm.getelementptr %segsum_x_im[%v3993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3985, %v3994 : f32, !llvm.ptr
        %v3995 = llvm.load %v235 : !llvm.ptr -> f32
        %v3996 = arith.muli %v1, %v7 : i64
        %v3997 = arith.addi %v3996, %v110 : i64
        %v3998 = arith.muli %v3997, %v2 : i64
        %v3999 = arith.addi %v3998, %v139 : i64
        %v4000 = arith.muli %v3999, %size_B : i64
        %v4001 = arith.subi %size_B, %v3 : i64
        %v4002 = arith.minsi %v113, %v4001 : i64
        %v4003 = arith.addi %v4000, %v4002 : i64
        %v4004 = llvm.getelementptr %segsum_x_im[%v4003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3995, %v4004 : f32, !llvm.ptr
        %v4005 = llvm.load %v173 : !llvm.ptr -> f32
        %v4006 = arith.muli %v110, %v2 : i64
        %v4007 = arith.addi %v4006, %v141 : i64
        %v4008 = arith.muli %v4007, %size_B : i64
        %v4009 = arith.subi %size_B, %v3 : i64
        %v4010 = arith.minsi %v113, %v4009 : i64
        %v4011 = arith.addi %v4008, %v4010 : i64
        %v4012 = llvm.getelementptr %segsum_x_im[%v4011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4005, %v4012 : f32, !llvm.ptr
        %v4013 = llvm.load %v947 : !llvm.ptr -> f32
        %v4014 = arith.addi %v7, %v110 : i64
        %v4015 = arith.muli %v4014, %v2 : i64
        %v4016 = arith.addi %v4015, %v141 : i64
        %v4017 = arith.muli %v4016, %size_B : i64
        %v4018 = arith.subi %size_B, %v3 : i64
        %v4019 = arith.minsi %v113, %v4018 : i64
        %v4020 = arith.addi %v4017, %v4019 : i64
        %v4021 = llvm.getelementptr %segsum_x_im[%v4020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4013, %v4021 : f32, !llvm.ptr
        %v4022 = llvm.load %v948 : !llvm.ptr -> f32
        %v4023 = arith.muli %v130, %v7 : i64
        %v4024 = arith.addi %v4023, %v110 : i64
        %v4025 = arith.muli %v4024, %v2 : i64
        %v4026 = arith.addi %v4025, %v141 : i64
        %v4027 = arith.muli %v4026, %size_B : i64
        %v4028 = arith.subi %size_B, %v3 : i64
        %v4029 = arith.minsi %v113, %v4028 : i64
        %v4030 = arith.addi %v4027, %v4029 : i64
        %v4031 = llvm.getelementptr %segsum_x_im[%v4030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4022, %v4031 : f32, !llvm.ptr
        %v4032 = llvm.load %v300 : !llvm.ptr -> f32
        %v4033 = arith.muli %v132, %v7 : i64
        %v4034 = arith.addi %v4033, %v110 : i64
        %v4035 = arith.muli %v4034, %v2 : i64
        %v4036 = arith.addi %v4035, %v141 : i64
        %v4037 = arith.muli %v4036, %size_B : i64
        %v4038 = arith.subi %size_B, %v3 : i64
        %v4039 = arith.minsi %v113, %v4038 : i64
        %v4040 = arith.addi %v4037, %v4039 : i64
        %v4041 = llvm.getelementptr %segsum_x_im[%v4040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4032, %v4041 : f32, !llvm.ptr
        %v4042 = llvm.load %v237 : !llvm.ptr -> f32
        %v4043 = arith.muli %v1, %v7 : i64
        %v4044 = arith.addi %v4043, %v110 : i64
        %v4045 = arith.muli %v4044, %v2 : i64
        %v4046 = arith.addi %v4045, %v141 : i64
        %v4047 = arith.muli %v4046, %size_B : i64
        %v4048 = arith.subi %size_B, %v3 : i64
        %v4049 = arith.minsi %v113, %v4048 : i64
        %v4050 = arith.addi %v4047, %v4049 : i64
        %v4051 = llvm.getelementptr %segsum_x_im[%v4050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4042, %v4051 : f32, !llvm.ptr
        %v4052 = llvm.load %v175 : !llvm.ptr -> f32
        %v4053 = arith.muli %v110, %v2 : i64
        %v4054 = arith.addi %v4053, %v143 : i64
        %v4055 = arith.muli %v4054, %size_B : i64
        %v4056 = arith.subi %size_B, %v3 : i64
        %v4057 = arith.minsi %v113, %v4056 : i64
        %v4058 = arith.addi %v4055, %v4057 : i64
        %v4059 = llvm.getelementptr %segsum_x_im[%v4058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4052, %v4059 : f32, !llvm.ptr
        %v4060 = llvm.load %v949 : !llvm.ptr -> f32
        %v4061 = arith.addi %v7, %v110 : i64
        %v4062 = arith.muli %v4061, %v2 : i64
        %v4063 = arith.addi %v4062, %v143 : i64
        %v4064 = arith.muli %v4063, %size_B : i64
        %v4065 = arith.subi %size_B, %v3 : i64
        %v4066 = arith.minsi %v113, %v4065 : i64
        %v4067 = arith.addi %v4064, %v4066 : i64
        %v4068 = llvm.getelementptr %segsum_x_im[%v4067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4060, %v4068 : f32, !llvm.ptr
        %v4069 = llvm.load %v950 : !llvm.ptr -> f32
        %v4070 = arith.muli %v130, %v7 : i64
        %v4071 = arith.addi %v4070, %v110 : i64
        %v4072 = arith.muli %v4071, %v2 : i64
        %v4073 = arith.addi %v4072, %v143 : i64
        %v4074 = arith.muli %v4073, %size_B : i64
        %v4075 = arith.subi %size_B, %v3 : i64
        %v4076 = arith.minsi %v113, %v4075 : i64
        %v4077 = arith.addi %v4074, %v4076 : i64
        %v4078 = llvm.getelementptr %segsum_x_im[%v4077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4069, %v4078 : f32, !llvm.ptr
        %v4079 = llvm.load %v302 : !llvm.ptr -> f32
        %v4080 = arith.muli %v132, %v7 : i64
        %v4081 = arith.addi %v4080, %v110 : i64
        %v4082 = arith.muli %v4081, %v2 : i64
        %v4083 = arith.addi %v4082, %v143 : i64
        %v4084 = arith.muli %v4083, %size_B : i64
        %v4085 = arith.subi %size_B, %v3 : i64
        %v4086 = arith.minsi %v113, %v4085 : i64
        %v4087 = arith.addi %v4084, %v4086 : i64
        %v4088 = llvm.getelementptr %segsum_x_im[%v4087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4079, %v4088 : f32, !llvm.ptr
        %v4089 = llvm.load %v239 : !llvm.ptr -> f32
        %v4090 = arith.muli %v1, %v7 : i64
        %v4091 = arith.addi %v4090, %v110 : i64
        %v4092 = arith.muli %v4091, %v2 : i64
        %v4093 = arith.addi %v4092, %v143 : i64
        %v4094 = arith.muli %v4093, %size_B : i64
        %v4095 = arith.subi %size_B, %v3 : i64
        %v4096 = arith.minsi %v113, %v4095 : i64
        %v4097 = arith.addi %v4094, %v4096 : i64
        %v4098 = llvm.getelementptr %segsum_x_im[%v4097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4089, %v4098 : f32, !llvm.ptr
        %v4099 = llvm.load %v177 : !llvm.ptr -> f32
        %v4100 = arith.muli %v110, %v2 : i64
        %v4101 = arith.addi %v4100, %v145 : i64
        %v4102 = arith.muli %v4101, %size_B : i64
        %v4103 = arith.subi %size_B, %v3 : i64
        %v4104 = arith.minsi %v113, %v4103 : i64
        %v4105 = arith.addi %v4102, %v4104 : i64
        %v4106 = llvm.getelementptr %segsum_x_im[%v4105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4099, %v4106 : f32, !llvm.ptr
        %v4107 = llvm.load %v951 : !llvm.ptr -> f32
        %v4108 = arith.addi %v7, %v110 : i64
        %v4109 = arith.muli %v4108, %v2 : i64
        %v4110 = arith.addi %v4109, %v145 : i64
        %v4111 = arith.muli %v4110, %size_B : i64
        %v4112 = arith.subi %size_B, %v3 : i64
        %v4113 = arith.minsi %v113, %v4112 : i64
        %v4114 = arith.addi %v4111, %v4113 : i64
        %v4115 = llvm.getelementptr %segsum_x_im[%v4114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4107, %v4115 : f32, !llvm.ptr
        %v4116 = llvm.load %v952 : !llvm.ptr -> f32
        %v4117 = arith.muli %v130, %v7 : i64
        %v4118 = arith.addi %v4117, %v110 : i64
        %v4119 = arith.muli %v4118, %v2 : i64
        %v4120 = arith.addi %v4119, %v145 : i64
        %v4121 = arith.muli %v4120, %size_B : i64
        %v4122 = arith.subi %size_B, %v3 : i64
        %v4123 = arith.minsi %v113, %v4122 : i64
        %v4124 = arith.addi %v4121, %v4123 : i64
        %v4125 = llvm.getelementptr %segsum_x_im[%v4124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4116, %v4125 : f32, !llvm.ptr
        %v4126 = llvm.load %v304 : !llvm.ptr -> f32
        %v4127 = arith.muli %v132, %v7 : i64
        %v4128 = arith.addi %v4127, %v110 : i64
        %v4129 = arith.muli %v4128, %v2 : i64
        %v4130 = arith.addi %v4129, %v145 : i64
        %v4131 = arith.muli %v4130, %size_B : i64
        %v4132 = arith.subi %size_B, %v3 : i64
        %v4133 = arith.minsi %v113, %v4132 : i64
        %v4134 = arith.addi %v4131, %v4133 : i64
        %v4135 = llvm.getelementptr %segsum_x_im[%v4134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4126, %v4135 : f32, !llvm.ptr
        %v4136 = llvm.load %v241 : !llvm.ptr -> f32
        %v4137 = arith.muli %v1, %v7 : i64
        %v4138 = arith.addi %v4137, %v110 : i64
        %v4139 = arith.muli %v4138, %v2 : i64
        %v4140 = arith.addi %v4139, %v145 : i64
        %v4141 = arith.muli %v4140, %size_B : i64
        %v4142 = arith.subi %size_B, %v3 : i64
        %v4143 = arith.minsi %v113, %v4142 : i64
        %v4144 = arith.addi %v4141, %v4143 : i64
        %v4145 = llvm.getelementptr %segsum_x_im[%v4144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4136, %v4145 : f32, !llvm.ptr
        %v4146 = llvm.load %v179 : !llvm.ptr -> f32
        %v4147 = arith.muli %v110, %v2 : i64
        %v4148 = arith.addi %v4147, %v147 : i64
        %v4149 = arith.muli %v4148, %size_B : i64
        %v4150 = arith.subi %size_B, %v3 : i64
        %v4151 = arith.minsi %v113, %v4150 : i64
        %v4152 = arith.addi %v4149, %v4151 : i64
        %v4153 = llvm.getelementptr %segsum_x_im[%v4152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4146, %v4153 : f32, !llvm.ptr
        %v4154 = llvm.load %v953 : !llvm.ptr -> f32
        %v4155 = arith.addi %v7, %v110 : i64
        %v4156 = arith.muli %v4155, %v2 : i64
        %v4157 = arith.addi %v4156, %v147 : i64
        %v4158 = arith.muli %v4157, %size_B : i64
        %v4159 = arith.subi %size_B, %v3 : i64
        %v4160 = arith.minsi %v113, %v4159 : i64
        %v4161 = arith.addi %v4158, %v4160 : i64
        %v4162 = llvm.getelementptr %segsum_x_im[%v4161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4154, %v4162 : f32, !llvm.ptr
        %v4163 = llvm.load %v954 : !llvm.ptr -> f32
        %v4164 = arith.muli %v130, %v7 : i64
        %v4165 = arith.addi %v4164, %v110 : i64
        %v4166 = arith.muli %v4165, %v2 : i64
        %v4167 = arith.addi %v4166, %v147 : i64
        %v4168 = arith.muli %v4167, %size_B : i64
        %v4169 = arith.subi %size_B, %v3 : i64
        %v4170 = arith.minsi %v113, %v4169 : i64
        %v4171 = arith.addi %v4168, %v4170 : i64
        %v4172 = llvm.getelementptr %segsum_x_im[%v4171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4163, %v4172 : f32, !llvm.ptr
        %v4173 = llvm.load %v306 : !llvm.ptr -> f32
        %v4174 = arith.muli %v132, %v7 : i64
        %v4175 = arith.addi %v4174, %v110 : i64
        %v4176 = arith.muli %v4175, %v2 : i64
        %v4177 = arith.addi %v4176, %v147 : i64
        %v4178 = arith.muli %v4177, %size_B : i64
        %v4179 = arith.subi %size_B, %v3 : i64
        %v4180 = arith.minsi %v113, %v4179 : i64
        %v4181 = arith.addi %v4178, %v4180 : i64
        %v4182 = llvm.getelementptr %segsum_x_im[%v4181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4173, %v4182 : f32, !llvm.ptr
        %v4183 = llvm.load %v243 : !llvm.ptr -> f32
        %v4184 = arith.muli %v1, %v7 : i64
        %v4185 = arith.addi %v4184, %v110 : i64
        %v4186 = arith.muli %v4185, %v2 : i64
        %v4187 = arith.addi %v4186, %v147 : i64
        %v4188 = arith.muli %v4187, %size_B : i64
        %v4189 = arith.subi %size_B, %v3 : i64
        %v4190 = arith.minsi %v113, %v4189 : i64
        %v4191 = arith.addi %v4188, %v4190 : i64
        %v4192 = llvm.getelementptr %segsum_x_im[%v4191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4183, %v4192 : f32, !llvm.ptr
        %v4193 = llvm.load %v181 : !llvm.ptr -> f32
        %v4194 = arith.muli %v110, %v2 : i64
        %v4195 = arith.addi %v4194, %v149 : i64
        %v4196 = arith.muli %v4195, %size_B : i64
        %v4197 = arith.subi %size_B, %v3 : i64
        %v4198 = arith.minsi %v113, %v4197 : i64
        %v4199 = arith.addi %v4196, %v4198 : i64
        %v4200 = llvm.getelementptr %segsum_x_im[%v4199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4193, %v4200 : f32, !llvm.ptr
        %v4201 = llvm.load %v955 : !llvm.ptr -> f32
        %v4202 = arith.addi %v7, %v110 : i64
        %v4203 = arith.muli %v4202, %v2 : i64
        %v4204 = arith.addi %v4203, %v149 : i64
        %v4205 = arith.muli %v4204, %size_B : i64
        %v4206 = arith.subi %size_B, %v3 : i64
        %v4207 = arith.minsi %v113, %v4206 : i64
        %v4208 = arith.addi %v4205, %v4207 : i64
        %v4209 = llvm.getelementptr %segsum_x_im[%v4208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4201, %v4209 : f32, !llvm.ptr
        %v4210 = llvm.load %v956 : !llvm.ptr -> f32
        %v4211 = arith.muli %v130, %v7 : i64
        %v4212 = arith.addi %v4211, %v110 : i64
        %v4213 = arith.muli %v4212, %v2 : i64
        %v4214 = arith.addi %v4213, %v149 : i64
        %v4215 = arith.muli %v4214, %size_B : i64
        %v4216 = arith.subi %size_B, %v3 : i64
        %v4217 = arith.minsi %v113, %v4216 : i64
        %v4218 = arith.addi %v4215, %v4217 : i64
        %v4219 = llvm.getelementptr %segsum_x_im[%v4218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4210, %v4219 : f32, !llvm.ptr
        %v4220 = llvm.load %v308 : !llvm.ptr -> f32
        %v4221 = arith.muli %v132, %v7 : i64
        %v4222 = arith.addi %v4221, %v110 : i64
        %v4223 = arith.muli %v4222, %v2 : i64
        %v4224 = arith.addi %v4223, %v149 : i64
        %v4225 = arith.muli %v4224, %size_B : i64
        %v4226 = arith.subi %size_B, %v3 : i64
        %v4227 = arith.minsi %v113, %v4226 : i64
        %v4228 = arith.addi %v4225, %v4227 : i64
        %v4229 = llvm.getelementptr %segsum_x_im[%v4228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4220, %v4229 : f32, !llvm.ptr
        %v4230 = llvm.load %v245 : !llvm.ptr -> f32
        %v4231 = arith.muli %v1, %v7 : i64
        %v4232 = arith.addi %v4231, %v110 : i64
        %v4233 = arith.muli %v4232, %v2 : i64
        %v4234 = arith.addi %v4233, %v149 : i64
        %v4235 = arith.muli %v4234, %size_B : i64
        %v4236 = arith.subi %size_B, %v3 : i64
        %v4237 = arith.minsi %v113, %v4236 : i64
        %v4238 = arith.addi %v4235, %v4237 : i64
        %v4239 = llvm.getelementptr %segsum_x_im[%v4238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4230, %v4239 : f32, !llvm.ptr
        %v4240 = llvm.load %v183 : !llvm.ptr -> f32
        %v4241 = arith.muli %v110, %v2 : i64
        %v4242 = arith.addi %v4241, %v151 : i64
        %v4243 = arith.muli %v4242, %size_B : i64
        %v4244 = arith.subi %size_B, %v3 : i64
        %v4245 = arith.minsi %v113, %v4244 : i64
        %v4246 = arith.addi %v4243, %v4245 : i64
        %v4247 = llvm.getelementptr %segsum_x_im[%v4246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4240, %v4247 : f32, !llvm.ptr
        %v4248 = llvm.load %v957 : !llvm.ptr -> f32
        %v4249 = arith.addi %v7, %v110 : i64
        %v4250 = arith.muli %v4249, %v2 : i64
        %v4251 = arith.addi %v4250, %v151 : i64
        %v4252 = arith.muli %v4251, %size_B : i64
        %v4253 = arith.subi %size_B, %v3 : i64
        %v4254 = arith.minsi %v113, %v4253 : i64
        %v4255 = arith.addi %v4252, %v4254 : i64
        %v4256 = llvm.getelementptr %segsum_x_im[%v4255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4248, %v4256 : f32, !llvm.ptr
        %v4257 = llvm.load %v958 : !llvm.ptr -> f32
        %v4258 = arith.muli %v130, %v7 : i64
        %v4259 = arith.addi %v4258, %v110 : i64
        %v4260 = arith.muli %v4259, %v2 : i64
        %v4261 = arith.addi %v4260, %v151 : i64
        %v4262 = arith.muli %v4261, %size_B : i64
        %v4263 = arith.subi %size_B, %v3 : i64
        %v4264 = arith.minsi %v113, %v4263 : i64
        %v4265 = arith.addi %v4262, %v4264 : i64
        %v4266 = llvm.getelementptr %segsum_x_im[%v4265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4257, %v4266 : f32, !llvm.ptr
        %v4267 = llvm.load %v310 : !llvm.ptr -> f32
        %v4268 = arith.muli %v132, %v7 : i64
        %v4269 = arith.addi %v4268, %v110 : i64
        %v4270 = arith.muli %v4269, %v2 : i64
        %v4271 = arith.addi %v4270, %v151 : i64
        %v4272 = arith.muli %v4271, %size_B : i64
        %v4273 = arith.subi %size_B, %v3 : i64
        %v4274 = arith.minsi %v113, %v4273 : i64
        %v4275 = arith.addi %v4272, %v4274 : i64
        %v4276 = llvm.getelementptr %segsum_x_im[%v4275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4267, %v4276 : f32, !llvm.ptr
        %v4277 = llvm.load %v247 : !llvm.ptr -> f32
        %v4278 = arith.muli %v1, %v7 : i64
        %v4279 = arith.addi %v4278, %v110 : i64
        %v4280 = arith.muli %v4279, %v2 : i64
        %v4281 = arith.addi %v4280, %v151 : i64
        %v4282 = arith.muli %v4281, %size_B : i64
        %v4283 = arith.subi %size_B, %v3 : i64
        %v4284 = arith.minsi %v113, %v4283 : i64
        %v4285 = arith.addi %v4282, %v4284 : i64
        %v4286 = llvm.getelementptr %segsum_x_im[%v4285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4277, %v4286 : f32, !llvm.ptr
        %v4287 = llvm.load %v185 : !llvm.ptr -> f32
        %v4288 = arith.muli %v110, %v2 : i64
        %v4289 = arith.addi %v4288, %v153 : i64
        %v4290 = arith.muli %v4289, %size_B : i64
        %v4291 = arith.subi %size_B, %v3 : i64
        %v4292 = arith.minsi %v113, %v4291 : i64
        %v4293 = arith.addi %v4290, %v4292 : i64
        %v4294 = llvm.getelementptr %segsum_x_im[%v4293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4287, %v4294 : f32, !llvm.ptr
        %v4295 = llvm.load %v959 : !llvm.ptr -> f32
        %v4296 = arith.addi %v7, %v110 : i64
        %v4297 = arith.muli %v4296, %v2 : i64
        %v4298 = arith.addi %v4297, %v153 : i64
        %v4299 = arith.muli %v4298, %size_B : i64
        %v4300 = arith.subi %size_B, %v3 : i64
        %v4301 = arith.minsi %v113, %v4300 : i64
        %v4302 = arith.addi %v4299, %v4301 : i64
        %v4303 = llvm.getelementptr %segsum_x_im[%v4302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4295, %v4303 : f32, !llvm.ptr
        %v4304 = llvm.load %v960 : !llvm.ptr -> f32
        %v4305 = arith.muli %v130, %v7 : i64
        %v4306 = arith.addi %v4305, %v110 : i64
        %v4307 = arith.muli %v4306, %v2 : i64
        %v4308 = arith.addi %v4307, %v153 : i64
        %v4309 = arith.muli %v4308, %size_B : i64
        %v4310 = arith.subi %size_B, %v3 : i64
        %v4311 = arith.minsi %v113, %v4310 : i64
        %v4312 = arith.addi %v4309, %v4311 : i64
        %v4313 = llvm.getelementptr %segsum_x_im[%v4312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4304, %v4313 : f32, !llvm.ptr
        %v4314 = llvm.load %v312 : !llvm.ptr -> f32
        %v4315 = arith.muli %v132, %v7 : i64
        %v4316 = arith.addi %v4315, %v110 : i64
        %v4317 = arith.muli %v4316, %v2 : i64
        %v4318 = arith.addi %v4317, %v153 : i64
        %v4319 = arith.muli %v4318, %size_B : i64
        %v4320 = arith.subi %size_B, %v3 : i64
        %v4321 = arith.minsi %v113, %v4320 : i64
        %v4322 = arith.addi %v4319, %v4321 : i64
        %v4323 = llvm.getelementptr %segsum_x_im[%v4322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4314, %v4323 : f32, !llvm.ptr
        %v4324 = llvm.load %v249 : !llvm.ptr -> f32
        %v4325 = arith.muli %v1, %v7 : i64
        %v4326 = arith.addi %v4325, %v110 : i64
        %v4327 = arith.muli %v4326, %v2 : i64
        %v4328 = arith.addi %v4327, %v153 : i64
        %v4329 = arith.muli %v4328, %size_B : i64
        %v4330 = arith.subi %size_B, %v3 : i64
        %v4331 = arith.minsi %v113, %v4330 : i64
        %v4332 = arith.addi %v4329, %v4331 : i64
        %v4333 = llvm.getelementptr %segsum_x_im[%v4332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4324, %v4333 : f32, !llvm.ptr
        %v4334 = llvm.load %v187 : !llvm.ptr -> f32
        %v4335 = arith.muli %v110, %v2 : i64
        %v4336 = arith.addi %v4335, %v155 : i64
        %v4337 = arith.muli %v4336, %size_B : i64
        %v4338 = arith.subi %size_B, %v3 : i64
        %v4339 = arith.minsi %v113, %v4338 : i64
        %v4340 = arith.addi %v4337, %v4339 : i64
        %v4341 = llvm.getelementptr %segsum_x_im[%v4340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4334, %v4341 : f32, !llvm.ptr
        %v4342 = llvm.load %v961 : !llvm.ptr -> f32
        %v4343 = arith.addi %v7, %v110 : i64
        %v4344 = arith.muli %v4343, %v2 : i64
        %v4345 = arith.addi %v4344, %v155 : i64
        %v4346 = arith.muli %v4345, %size_B : i64
        %v4347 = arith.subi %size_B, %v3 : i64
        %v4348 = arith.minsi %v113, %v4347 : i64
        %v4349 = arith.addi %v4346, %v4348 : i64
        %v4350 = llvm.getelementptr %segsum_x_im[%v4349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4342, %v4350 : f32, !llvm.ptr
        %v4351 = llvm.load %v962 : !llvm.ptr -> f32
        %v4352 = arith.muli %v130, %v7 : i64
        %v4353 = arith.addi %v4352, %v110 : i64
        %v4354 = arith.muli %v4353, %v2 : i64
        %v4355 = arith.addi %v4354, %v155 : i64
        %v4356 = arith.muli %v4355, %size_B : i64
        %v4357 = arith.subi %size_B, %v3 : i64
        %v4358 = arith.minsi %v113, %v4357 : i64
        %v4359 = arith.addi %v4356, %v4358 : i64
        %v4360 = llvm.getelementptr %segsum_x_im[%v4359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4351, %v4360 : f32, !llvm.ptr
        %v4361 = llvm.load %v314 : !llvm.ptr -> f32
        %v4362 = arith.muli %v132, %v7 : i64
        %v4363 = arith.addi %v4362, %v110 : i64
        %v4364 = arith.muli %v4363, %v2 : i64
        %v4365 = arith.addi %v4364, %v155 : i64
        %v4366 = arith.muli %v4365, %size_B : i64
        %v4367 = arith.subi %size_B, %v3 : i64
        %v4368 = arith.minsi %v113, %v4367 : i64
        %v4369 = arith.addi %v4366, %v4368 : i64
        %v4370 = llvm.getelementptr %segsum_x_im[%v4369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4361, %v4370 : f32, !llvm.ptr
        %v4371 = llvm.load %v250 : !llvm.ptr -> f32
        %v4372 = arith.muli %v1, %v7 : i64
        %v4373 = arith.addi %v4372, %v110 : i64
        %v4374 = arith.muli %v4373, %v2 : i64
        %v4375 = arith.addi %v4374, %v155 : i64
        %v4376 = arith.muli %v4375, %size_B : i64
        %v4377 = arith.subi %size_B, %v3 : i64
        %v4378 = arith.minsi %v113, %v4377 : i64
        %v4379 = arith.addi %v4376, %v4378 : i64
        %v4380 = llvm.getelementptr %segsum_x_im[%v4379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4371, %v4380 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
