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
      %v1029 = arith.constant 2147483647 : i64
      %v1032 = arith.constant 0 : i32
      %v1135 = arith.muli %v1, %size_L : i64
      %v2434 = arith.constant 0x3FB8AA3B : f32
      %v2445 = arith.constant 0x3E22F983 : f32
      %v2448 = arith.constant 0x40C90000 : f32
      %v2449 = arith.constant 0x3AFDAA22 : f32
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
      %v899 = arith.index_cast %v379 : i64 to index
      %v900 = arith.index_cast %v507 : i64 to index
      %v901 = arith.index_cast %v3 : i64 to index
      scf.for %v902 = %v899 to %v900 step %v901 {
        %v903 = arith.index_cast %v902 : index to i64
        %v904 = llvm.getelementptr %v126[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v905 = arith.subi %v903, %v379 : i64
        llvm.store %v897, %v904 : f32, !llvm.ptr
      }
      %v906 = arith.index_cast %v507 : i64 to index
      %v907 = arith.index_cast %v6 : i64 to index
      %v908 = arith.index_cast %v3 : i64 to index
      scf.for %v909 = %v906 to %v907 step %v908 {
        %v910 = arith.index_cast %v909 : index to i64
        %v911 = llvm.getelementptr %v126[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v912 = arith.subi %v910, %v507 : i64
        llvm.store %v897, %v911 : f32, !llvm.ptr
      }
      %v913 = arith.index_cast %v6 : i64 to index
      %v914 = arith.index_cast %v761 : i64 to index
      %v915 = arith.index_cast %v3 : i64 to index
      scf.for %v916 = %v913 to %v914 step %v915 {
        %v917 = arith.index_cast %v916 : index to i64
        %v918 = llvm.getelementptr %v126[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v919 = arith.subi %v917, %v6 : i64
        llvm.store %v897, %v918 : f32, !llvm.ptr
      }
      %v920 = arith.index_cast %v761 : i64 to index
      %v921 = arith.index_cast %v889 : i64 to index
      %v922 = arith.index_cast %v3 : i64 to index
      scf.for %v923 = %v920 to %v921 step %v922 {
        %v924 = arith.index_cast %v923 : index to i64
        %v925 = llvm.getelementptr %v126[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v926 = arith.subi %v924, %v761 : i64
        llvm.store %v897, %v925 : f32, !llvm.ptr
      }
      llvm.store %v897, %v890 : f32, !llvm.ptr
      llvm.store %v897, %v892 : f32, !llvm.ptr
      llvm.store %v897, %v894 : f32, !llvm.ptr
      llvm.store %v897, %v896 : f32, !llvm.ptr
      llvm.store %v898, %v927 : f32, !llvm.ptr
      llvm.store %v897, %v928 : f32, !llvm.ptr
      llvm.store %v898, %v929 : f32, !llvm.ptr
      llvm.store %v897, %v930 : f32, !llvm.ptr
      llvm.store %v898, %v931 : f32, !llvm.ptr
      llvm.store %v897, %v932 : f32, !llvm.ptr
      llvm.store %v898, %v933 : f32, !llvm.ptr
      llvm.store %v897, %v934 : f32, !llvm.ptr
      llvm.store %v898, %v935 : f32, !llvm.ptr
      llvm.store %v897, %v936 : f32, !llvm.ptr
      llvm.store %v898, %v937 : f32, !llvm.ptr
      llvm.store %v897, %v938 : f32, !llvm.ptr
      llvm.store %v898, %v939 : f32, !llvm.ptr
      llvm.store %v897, %v940 : f32, !llvm.ptr
      llvm.store %v898, %v941 : f32, !llvm.ptr
      llvm.store %v897, %v942 : f32, !llvm.ptr
      llvm.store %v898, %v943 : f32, !llvm.ptr
      llvm.store %v897, %v944 : f32, !llvm.ptr
      llvm.store %v898, %v945 : f32, !llvm.ptr
      llvm.store %v897, %v946 : f32, !llvm.ptr
      llvm.store %v898, %v947 : f32, !llvm.ptr
      llvm.store %v897, %v948 : f32, !llvm.ptr
      llvm.store %v898, %v949 : f32, !llvm.ptr
      llvm.store %v897, %v950 : f32, !llvm.ptr
      llvm.store %v898, %v951 : f32, !llvm.ptr
      llvm.store %v897, %v952 : f32, !llvm.ptr
      llvm.store %v898, %v953 : f32, !llvm.ptr
      llvm.store %v897, %v954 : f32, !llvm.ptr
      llvm.store %v898, %v955 : f32, !llvm.ptr
      llvm.store %v897, %v956 : f32, !llvm.ptr
      llvm.store %v898, %v957 : f32, !llvm.ptr
      llvm.store %v897, %v958 : f32, !llvm.ptr
      llvm.store %v897, %v959 : f32, !llvm.ptr
      llvm.store %v898, %v960 : f32, !llvm.ptr
      llvm.store %v897, %v961 : f32, !llvm.ptr
      llvm.store %v898, %v962 : f32, !llvm.ptr
      llvm.store %v897, %v963 : f32, !llvm.ptr
      llvm.store %v898, %v964 : f32, !llvm.ptr
      llvm.store %v897, %v965 : f32, !llvm.ptr
      llvm.store %v898, %v966 : f32, !llvm.ptr
      llvm.store %v897, %v967 : f32, !llvm.ptr
      llvm.store %v898, %v968 : f32, !llvm.ptr
      llvm.store %v897, %v969 : f32, !llvm.ptr
      llvm.store %v898, %v970 : f32, !llvm.ptr
      llvm.store %v897, %v971 : f32, !llvm.ptr
      llvm.store %v898, %v972 : f32, !llvm.ptr
      llvm.store %v897, %v973 : f32, !llvm.ptr
      llvm.store %v898, %v974 : f32, !llvm.ptr
      llvm.store %v897, %v975 : f32, !llvm.ptr
      llvm.store %v898, %v976 : f32, !llvm.ptr
      llvm.store %v897, %v977 : f32, !llvm.ptr
      llvm.store %v898, %v978 : f32, !llvm.ptr
      llvm.store %v897, %v979 : f32, !llvm.ptr
      llvm.store %v898, %v980 : f32, !llvm.ptr
      llvm.store %v897, %v981 : f32, !llvm.ptr
      llvm.store %v898, %v982 : f32, !llvm.ptr
      llvm.store %v897, %v983 : f32, !llvm.ptr
      llvm.store %v898, %v984 : f32, !llvm.ptr
      llvm.store %v897, %v985 : f32, !llvm.ptr
      llvm.store %v898, %v986 : f32, !llvm.ptr
      llvm.store %v897, %v987 : f32, !llvm.ptr
      llvm.store %v898, %v988 : f32, !llvm.ptr
      llvm.store %v897, %v989 : f32, !llvm.ptr
      llvm.store %v898, %v990 : f32, !llvm.ptr
      %v991 = arith.cmpi eq, %size_L, %v127 : i64
      scf.if %v991 {
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
      %v992 = arith.addi %size_L, %v124 : i64
      %v993 = arith.divui %v992, %v251 : i64
      %v994 = arith.minsi %v120, %v993 : i64
      %v995 = arith.muli %v110, %v251 : i64
      %v996 = arith.subi %v994, %v119 : i64
      %v997 = arith.maxsi %v996, %v127 : i64
      %v998 = arith.index_cast %v127 : i64 to index
      %v999 = arith.index_cast %v997 : i64 to index
      %v1000 = arith.index_cast %v3 : i64 to index
      scf.for %v1001 = %v998 to %v999 step %v1000 {
        %v1002 = arith.index_cast %v1001 : index to i64
        %v1003 = arith.subi %v994, %v3 : i64
        %v1004 = arith.subi %v1003, %v1002 : i64
        %v1005 = arith.muli %v1004, %v251 : i64
        %v1006 = arith.subi %size_L, %v1005 : i64
        %v1007 = arith.minsi %v1006, %v251 : i64
        %v1008 = arith.divui %v1007, %v3 : i64
        %v1009 = arith.index_cast %v127 : i64 to index
        %v1010 = arith.index_cast %v3 : i64 to index
        %v1011 = arith.index_cast %v3 : i64 to index
        scf.for %v1012 = %v1009 to %v1010 step %v1011 {
          %v1013 = arith.index_cast %v1012 : index to i64
          %v1014 = arith.index_cast %v127 : i64 to index
          %v1015 = arith.index_cast %v1008 : i64 to index
          %v1016 = arith.index_cast %v3 : i64 to index
          scf.for %v1017 = %v1014 to %v1015 step %v1016 {
            %v1018 = arith.index_cast %v1017 : index to i64
            %v1019 = arith.cmpi slt, %v1018, %v1008 : i64
            scf.if %v1019 {
              %v1020 = arith.subi %v1008, %v3 : i64
              %v1021 = arith.subi %v1020, %v1018 : i64
              %v1022 = arith.addi %v995, %v1021 : i64
              %v1023 = arith.subi %v1007, %v3 : i64
              // the group's states, recomputed into registers
              %v1024 = arith.subi %v1007, %v1021 : i64
              %v1025 = arith.trunci %v1024 : i64 to i32
              %v1026 = arith.subi %size_L, %v3 : i64
              %v1027 = arith.addi %v1005, %v1021 : i64
              %v1028 = arith.subi %v1026, %v1027 : i64
              %v1030 = arith.minsi %v1028, %v1029 : i64
              %v1031 = arith.trunci %v1030 : i64 to i32
              %v1033 = arith.cmpi slt, %v1032, %v1025 : i32
              %v1034 = arith.cmpi eq, %v1032, %v1031 : i32
              %v1035 = arith.addi %v1005, %v1021 : i64
              %v1036 = llvm.load %v128 : !llvm.ptr -> f32
              %v1037 = llvm.load %v129 : !llvm.ptr -> f32
              %v1038 = llvm.load %v131 : !llvm.ptr -> f32
              %v1039 = llvm.load %v133 : !llvm.ptr -> f32
              %v1040 = llvm.load %v134 : !llvm.ptr -> f32
              %v1041 = llvm.load %v136 : !llvm.ptr -> f32
              %v1042 = llvm.load %v138 : !llvm.ptr -> f32
              %v1043 = llvm.load %v140 : !llvm.ptr -> f32
              %v1044 = llvm.load %v142 : !llvm.ptr -> f32
              %v1045 = llvm.load %v144 : !llvm.ptr -> f32
              %v1046 = llvm.load %v146 : !llvm.ptr -> f32
              %v1047 = llvm.load %v148 : !llvm.ptr -> f32
              %v1048 = llvm.load %v150 : !llvm.ptr -> f32
              %v1049 = llvm.load %v152 : !llvm.ptr -> f32
              %v1050 = llvm.load %v154 : !llvm.ptr -> f32
              %v1051 = llvm.load %v156 : !llvm.ptr -> f32
              %v1052 = llvm.load %v157 : !llvm.ptr -> f32
              %v1053 = llvm.load %v159 : !llvm.ptr -> f32
              %v1054 = llvm.load %v161 : !llvm.ptr -> f32
              %v1055 = llvm.load %v163 : !llvm.ptr -> f32
              %v1056 = llvm.load %v165 : !llvm.ptr -> f32
              %v1057 = llvm.load %v167 : !llvm.ptr -> f32
              %v1058 = llvm.load %v169 : !llvm.ptr -> f32
              %v1059 = llvm.load %v171 : !llvm.ptr -> f32
              %v1060 = llvm.load %v173 : !llvm.ptr -> f32
              %v1061 = llvm.load %v175 : !llvm.ptr -> f32
              %v1062 = llvm.load %v177 : !llvm.ptr -> f32
              %v1063 = llvm.load %v179 : !llvm.ptr -> f32
              %v1064 = llvm.load %v181 : !llvm.ptr -> f32
              %v1065 = llvm.load %v183 : !llvm.ptr -> f32
              %v1066 = llvm.load %v185 : !llvm.ptr -> f32
              %v1067 = llvm.load %v187 : !llvm.ptr -> f32
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
              %v1132 = arith.constant 0 : i64
              %v1133 = llvm.getelementptr %in_C_re[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
              %v1136 = arith.muli %v117, %v1135 : i64
              %v1137 = arith.muli %v1035, %v1 : i64
              %v1138 = arith.addi %v1136, %v1137 : i64
              %v1139 = llvm.getelementptr %dy_y[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
              %v1141 = arith.mulf %v1134, %v1140 fastmath<contract> : f32
              %v1142 = arith.constant 1 : i64
              %v1143 = arith.muli %v1142, %v2 : i64
              %v1144 = llvm.getelementptr %in_C_re[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
              %v1146 = arith.muli %v117, %v1135 : i64
              %v1147 = arith.muli %v1035, %v1 : i64
              %v1148 = arith.addi %v1146, %v1147 : i64
              %v1149 = arith.constant 1 : i64
              %v1150 = arith.addi %v1148, %v1149 : i64
              %v1151 = llvm.getelementptr %dy_y[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1152 = llvm.load %v1151 : !llvm.ptr -> f32
              %v1153 = arith.mulf %v1145, %v1152 fastmath<contract> : f32
              %v1154 = arith.addf %v1141, %v1153 fastmath<contract> : f32
              %v1155 = arith.constant 2 : i64
              %v1156 = arith.muli %v1155, %v2 : i64
              %v1157 = llvm.getelementptr %in_C_re[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
              %v1159 = arith.muli %v117, %v1135 : i64
              %v1160 = arith.muli %v1035, %v1 : i64
              %v1161 = arith.addi %v1159, %v1160 : i64
              %v1162 = arith.constant 2 : i64
              %v1163 = arith.addi %v1161, %v1162 : i64
              %v1164 = llvm.getelementptr %dy_y[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1165 = llvm.load %v1164 : !llvm.ptr -> f32
              %v1166 = arith.mulf %v1158, %v1165 fastmath<contract> : f32
              %v1167 = arith.addf %v1154, %v1166 fastmath<contract> : f32
              %v1168 = arith.constant 3 : i64
              %v1169 = arith.muli %v1168, %v2 : i64
              %v1170 = llvm.getelementptr %in_C_re[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
              %v1172 = arith.muli %v117, %v1135 : i64
              %v1173 = arith.muli %v1035, %v1 : i64
              %v1174 = arith.addi %v1172, %v1173 : i64
              %v1175 = arith.constant 3 : i64
              %v1176 = arith.addi %v1174, %v1175 : i64
              %v1177 = llvm.getelementptr %dy_y[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
              %v1179 = arith.mulf %v1171, %v1178 fastmath<contract> : f32
              %v1180 = arith.addf %v1167, %v1179 fastmath<contract> : f32
              %v1181 = llvm.load %v189 : !llvm.ptr -> f32
              %v1182 = arith.mulf %v1181, %v1036 fastmath<contract> : f32
              %v1183 = arith.addf %v1180, %v1182 fastmath<contract> : f32
              %v1184 = llvm.load %v252 : !llvm.ptr -> f32
              %v1185 = arith.mulf %v1184, %v1052 fastmath<contract> : f32
              %v1186 = arith.addf %v1185, %v1183 fastmath<contract> : f32
              %v1187 = arith.mulf %v1068, %v1181 fastmath<contract> : f32
              %v1188 = arith.mulf %v1184, %v1100 fastmath<contract> : f32
              %v1189 = arith.addf %v1188, %v1187 fastmath<contract> : f32
              %v1190 = arith.mulf %v1069, %v1181 fastmath<contract> : f32
              %v1191 = arith.mulf %v1184, %v1101 fastmath<contract> : f32
              %v1192 = arith.addf %v1191, %v1190 fastmath<contract> : f32
              %v1193 = arith.constant 1 : i64
              %v1194 = llvm.getelementptr %in_C_re[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
              %v1196 = arith.mulf %v1195, %v1140 fastmath<contract> : f32
              %v1197 = arith.constant 1 : i64
              %v1198 = arith.muli %v1197, %v2 : i64
              %v1199 = arith.constant 1 : i64
              %v1200 = arith.addi %v1198, %v1199 : i64
              %v1201 = llvm.getelementptr %in_C_re[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
              %v1203 = arith.mulf %v1202, %v1152 fastmath<contract> : f32
              %v1204 = arith.addf %v1196, %v1203 fastmath<contract> : f32
              %v1205 = arith.constant 2 : i64
              %v1206 = arith.muli %v1205, %v2 : i64
              %v1207 = arith.constant 1 : i64
              %v1208 = arith.addi %v1206, %v1207 : i64
              %v1209 = llvm.getelementptr %in_C_re[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
              %v1211 = arith.mulf %v1210, %v1165 fastmath<contract> : f32
              %v1212 = arith.addf %v1204, %v1211 fastmath<contract> : f32
              %v1213 = arith.constant 3 : i64
              %v1214 = arith.muli %v1213, %v2 : i64
              %v1215 = arith.constant 1 : i64
              %v1216 = arith.addi %v1214, %v1215 : i64
              %v1217 = llvm.getelementptr %in_C_re[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
              %v1219 = arith.mulf %v1218, %v1178 fastmath<contract> : f32
              %v1220 = arith.addf %v1212, %v1219 fastmath<contract> : f32
              %v1221 = llvm.load %v191 : !llvm.ptr -> f32
              %v1222 = arith.mulf %v1221, %v1037 fastmath<contract> : f32
              %v1223 = arith.addf %v1220, %v1222 fastmath<contract> : f32
              %v1224 = llvm.load %v254 : !llvm.ptr -> f32
              %v1225 = arith.mulf %v1224, %v1053 fastmath<contract> : f32
              %v1226 = arith.addf %v1225, %v1223 fastmath<contract> : f32
              %v1227 = arith.mulf %v1070, %v1221 fastmath<contract> : f32
              %v1228 = arith.mulf %v1224, %v1102 fastmath<contract> : f32
              %v1229 = arith.addf %v1228, %v1227 fastmath<contract> : f32
              %v1230 = arith.mulf %v1071, %v1221 fastmath<contract> : f32
              %v1231 = arith.mulf %v1224, %v1103 fastmath<contract> : f32
              %v1232 = arith.addf %v1231, %v1230 fastmath<contract> : f32
              %v1233 = arith.constant 2 : i64
              %v1234 = llvm.getelementptr %in_C_re[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
              %v1236 = arith.mulf %v1235, %v1140 fastmath<contract> : f32
              %v1237 = arith.constant 1 : i64
              %v1238 = arith.muli %v1237, %v2 : i64
              %v1239 = arith.constant 2 : i64
              %v1240 = arith.addi %v1238, %v1239 : i64
              %v1241 = llvm.getelementptr %in_C_re[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
              %v1243 = arith.mulf %v1242, %v1152 fastmath<contract> : f32
              %v1244 = arith.addf %v1236, %v1243 fastmath<contract> : f32
              %v1245 = arith.constant 2 : i64
              %v1246 = arith.muli %v1245, %v2 : i64
              %v1247 = arith.constant 2 : i64
              %v1248 = arith.addi %v1246, %v1247 : i64
              %v1249 = llvm.getelementptr %in_C_re[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
              %v1251 = arith.mulf %v1250, %v1165 fastmath<contract> : f32
              %v1252 = arith.addf %v1244, %v1251 fastmath<contract> : f32
              %v1253 = arith.constant 3 : i64
              %v1254 = arith.muli %v1253, %v2 : i64
              %v1255 = arith.constant 2 : i64
              %v1256 = arith.addi %v1254, %v1255 : i64
              %v1257 = llvm.getelementptr %in_C_re[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
              %v1259 = arith.mulf %v1258, %v1178 fastmath<contract> : f32
              %v1260 = arith.addf %v1252, %v1259 fastmath<contract> : f32
              %v1261 = llvm.load %v193 : !llvm.ptr -> f32
              %v1262 = arith.mulf %v1261, %v1038 fastmath<contract> : f32
              %v1263 = arith.addf %v1260, %v1262 fastmath<contract> : f32
              %v1264 = llvm.load %v256 : !llvm.ptr -> f32
              %v1265 = arith.mulf %v1264, %v1054 fastmath<contract> : f32
              %v1266 = arith.addf %v1265, %v1263 fastmath<contract> : f32
              %v1267 = arith.mulf %v1072, %v1261 fastmath<contract> : f32
              %v1268 = arith.mulf %v1264, %v1104 fastmath<contract> : f32
              %v1269 = arith.addf %v1268, %v1267 fastmath<contract> : f32
              %v1270 = arith.mulf %v1073, %v1261 fastmath<contract> : f32
              %v1271 = arith.mulf %v1264, %v1105 fastmath<contract> : f32
              %v1272 = arith.addf %v1271, %v1270 fastmath<contract> : f32
              %v1273 = arith.constant 3 : i64
              %v1274 = llvm.getelementptr %in_C_re[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
              %v1276 = arith.mulf %v1275, %v1140 fastmath<contract> : f32
              %v1277 = arith.constant 1 : i64
              %v1278 = arith.muli %v1277, %v2 : i64
              %v1279 = arith.constant 3 : i64
              %v1280 = arith.addi %v1278, %v1279 : i64
              %v1281 = llvm.getelementptr %in_C_re[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
              %v1283 = arith.mulf %v1282, %v1152 fastmath<contract> : f32
              %v1284 = arith.addf %v1276, %v1283 fastmath<contract> : f32
              %v1285 = arith.constant 2 : i64
              %v1286 = arith.muli %v1285, %v2 : i64
              %v1287 = arith.constant 3 : i64
              %v1288 = arith.addi %v1286, %v1287 : i64
              %v1289 = llvm.getelementptr %in_C_re[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1290 = llvm.load %v1289 : !llvm.ptr -> f32
              %v1291 = arith.mulf %v1290, %v1165 fastmath<contract> : f32
              %v1292 = arith.addf %v1284, %v1291 fastmath<contract> : f32
              %v1293 = arith.constant 3 : i64
              %v1294 = arith.muli %v1293, %v2 : i64
              %v1295 = arith.constant 3 : i64
              %v1296 = arith.addi %v1294, %v1295 : i64
              %v1297 = llvm.getelementptr %in_C_re[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
              %v1299 = arith.mulf %v1298, %v1178 fastmath<contract> : f32
              %v1300 = arith.addf %v1292, %v1299 fastmath<contract> : f32
              %v1301 = llvm.load %v195 : !llvm.ptr -> f32
              %v1302 = arith.mulf %v1301, %v1039 fastmath<contract> : f32
              %v1303 = arith.addf %v1300, %v1302 fastmath<contract> : f32
              %v1304 = llvm.load %v258 : !llvm.ptr -> f32
              %v1305 = arith.mulf %v1304, %v1055 fastmath<contract> : f32
              %v1306 = arith.addf %v1305, %v1303 fastmath<contract> : f32
              %v1307 = arith.mulf %v1074, %v1301 fastmath<contract> : f32
              %v1308 = arith.mulf %v1304, %v1106 fastmath<contract> : f32
              %v1309 = arith.addf %v1308, %v1307 fastmath<contract> : f32
              %v1310 = arith.mulf %v1075, %v1301 fastmath<contract> : f32
              %v1311 = arith.mulf %v1304, %v1107 fastmath<contract> : f32
              %v1312 = arith.addf %v1311, %v1310 fastmath<contract> : f32
              %v1313 = arith.constant 4 : i64
              %v1314 = llvm.getelementptr %in_C_re[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
              %v1316 = arith.mulf %v1315, %v1140 fastmath<contract> : f32
              %v1317 = arith.constant 1 : i64
              %v1318 = arith.muli %v1317, %v2 : i64
              %v1319 = arith.constant 4 : i64
              %v1320 = arith.addi %v1318, %v1319 : i64
              %v1321 = llvm.getelementptr %in_C_re[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
              %v1323 = arith.mulf %v1322, %v1152 fastmath<contract> : f32
              %v1324 = arith.addf %v1316, %v1323 fastmath<contract> : f32
              %v1325 = arith.constant 2 : i64
              %v1326 = arith.muli %v1325, %v2 : i64
              %v1327 = arith.constant 4 : i64
              %v1328 = arith.addi %v1326, %v1327 : i64
              %v1329 = llvm.getelementptr %in_C_re[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
              %v1331 = arith.mulf %v1330, %v1165 fastmath<contract> : f32
              %v1332 = arith.addf %v1324, %v1331 fastmath<contract> : f32
              %v1333 = arith.constant 3 : i64
              %v1334 = arith.muli %v1333, %v2 : i64
              %v1335 = arith.constant 4 : i64
              %v1336 = arith.addi %v1334, %v1335 : i64
              %v1337 = llvm.getelementptr %in_C_re[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1338 = llvm.load %v1337 : !llvm.ptr -> f32
              %v1339 = arith.mulf %v1338, %v1178 fastmath<contract> : f32
              %v1340 = arith.addf %v1332, %v1339 fastmath<contract> : f32
              %v1341 = llvm.load %v197 : !llvm.ptr -> f32
              %v1342 = arith.mulf %v1341, %v1040 fastmath<contract> : f32
              %v1343 = arith.addf %v1340, %v1342 fastmath<contract> : f32
              %v1344 = llvm.load %v260 : !llvm.ptr -> f32
              %v1345 = arith.mulf %v1344, %v1056 fastmath<contract> : f32
              %v1346 = arith.addf %v1345, %v1343 fastmath<contract> : f32
              %v1347 = arith.mulf %v1076, %v1341 fastmath<contract> : f32
              %v1348 = arith.mulf %v1344, %v1108 fastmath<contract> : f32
              %v1349 = arith.addf %v1348, %v1347 fastmath<contract> : f32
              %v1350 = arith.mulf %v1077, %v1341 fastmath<contract> : f32
              %v1351 = arith.mulf %v1344, %v1109 fastmath<contract> : f32
              %v1352 = arith.addf %v1351, %v1350 fastmath<contract> : f32
              %v1353 = arith.constant 5 : i64
              %v1354 = llvm.getelementptr %in_C_re[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
              %v1356 = arith.mulf %v1355, %v1140 fastmath<contract> : f32
              %v1357 = arith.constant 1 : i64
              %v1358 = arith.muli %v1357, %v2 : i64
              %v1359 = arith.constant 5 : i64
              %v1360 = arith.addi %v1358, %v1359 : i64
              %v1361 = llvm.getelementptr %in_C_re[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
              %v1363 = arith.mulf %v1362, %v1152 fastmath<contract> : f32
              %v1364 = arith.addf %v1356, %v1363 fastmath<contract> : f32
              %v1365 = arith.constant 2 : i64
              %v1366 = arith.muli %v1365, %v2 : i64
              %v1367 = arith.constant 5 : i64
              %v1368 = arith.addi %v1366, %v1367 : i64
              %v1369 = llvm.getelementptr %in_C_re[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
              %v1371 = arith.mulf %v1370, %v1165 fastmath<contract> : f32
              %v1372 = arith.addf %v1364, %v1371 fastmath<contract> : f32
              %v1373 = arith.constant 3 : i64
              %v1374 = arith.muli %v1373, %v2 : i64
              %v1375 = arith.constant 5 : i64
              %v1376 = arith.addi %v1374, %v1375 : i64
              %v1377 = llvm.getelementptr %in_C_re[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
              %v1379 = arith.mulf %v1378, %v1178 fastmath<contract> : f32
              %v1380 = arith.addf %v1372, %v1379 fastmath<contract> : f32
              %v1381 = llvm.load %v199 : !llvm.ptr -> f32
              %v1382 = arith.mulf %v1381, %v1041 fastmath<contract> : f32
              %v1383 = arith.addf %v1380, %v1382 fastmath<contract> : f32
              %v1384 = llvm.load %v262 : !llvm.ptr -> f32
              %v1385 = arith.mulf %v1384, %v1057 fastmath<contract> : f32
              %v1386 = arith.addf %v1385, %v1383 fastmath<contract> : f32
              %v1387 = arith.mulf %v1078, %v1381 fastmath<contract> : f32
              %v1388 = arith.mulf %v1384, %v1110 fastmath<contract> : f32
              %v1389 = arith.addf %v1388, %v1387 fastmath<contract> : f32
              %v1390 = arith.mulf %v1079, %v1381 fastmath<contract> : f32
              %v1391 = arith.mulf %v1384, %v1111 fastmath<contract> : f32
              %v1392 = arith.addf %v1391, %v1390 fastmath<contract> : f32
              %v1393 = arith.constant 6 : i64
              %v1394 = llvm.getelementptr %in_C_re[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
              %v1396 = arith.mulf %v1395, %v1140 fastmath<contract> : f32
              %v1397 = arith.constant 1 : i64
              %v1398 = arith.muli %v1397, %v2 : i64
              %v1399 = arith.constant 6 : i64
              %v1400 = arith.addi %v1398, %v1399 : i64
              %v1401 = llvm.getelementptr %in_C_re[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
              %v1403 = arith.mulf %v1402, %v1152 fastmath<contract> : f32
              %v1404 = arith.addf %v1396, %v1403 fastmath<contract> : f32
              %v1405 = arith.constant 2 : i64
              %v1406 = arith.muli %v1405, %v2 : i64
              %v1407 = arith.constant 6 : i64
              %v1408 = arith.addi %v1406, %v1407 : i64
              %v1409 = llvm.getelementptr %in_C_re[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
              %v1411 = arith.mulf %v1410, %v1165 fastmath<contract> : f32
              %v1412 = arith.addf %v1404, %v1411 fastmath<contract> : f32
              %v1413 = arith.constant 3 : i64
              %v1414 = arith.muli %v1413, %v2 : i64
              %v1415 = arith.constant 6 : i64
              %v1416 = arith.addi %v1414, %v1415 : i64
              %v1417 = llvm.getelementptr %in_C_re[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
              %v1419 = arith.mulf %v1418, %v1178 fastmath<contract> : f32
              %v1420 = arith.addf %v1412, %v1419 fastmath<contract> : f32
              %v1421 = llvm.load %v201 : !llvm.ptr -> f32
              %v1422 = arith.mulf %v1421, %v1042 fastmath<contract> : f32
              %v1423 = arith.addf %v1420, %v1422 fastmath<contract> : f32
              %v1424 = llvm.load %v264 : !llvm.ptr -> f32
              %v1425 = arith.mulf %v1424, %v1058 fastmath<contract> : f32
              %v1426 = arith.addf %v1425, %v1423 fastmath<contract> : f32
              %v1427 = arith.mulf %v1080, %v1421 fastmath<contract> : f32
              %v1428 = arith.mulf %v1424, %v1112 fastmath<contract> : f32
              %v1429 = arith.addf %v1428, %v1427 fastmath<contract> : f32
              %v1430 = arith.mulf %v1081, %v1421 fastmath<contract> : f32
              %v1431 = arith.mulf %v1424, %v1113 fastmath<contract> : f32
              %v1432 = arith.addf %v1431, %v1430 fastmath<contract> : f32
              %v1433 = arith.constant 7 : i64
              %v1434 = llvm.getelementptr %in_C_re[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
              %v1436 = arith.mulf %v1435, %v1140 fastmath<contract> : f32
              %v1437 = arith.constant 1 : i64
              %v1438 = arith.muli %v1437, %v2 : i64
              %v1439 = arith.constant 7 : i64
              %v1440 = arith.addi %v1438, %v1439 : i64
              %v1441 = llvm.getelementptr %in_C_re[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1442 = llvm.load %v1441 : !llvm.ptr -> f32
              %v1443 = arith.mulf %v1442, %v1152 fastmath<contract> : f32
              %v1444 = arith.addf %v1436, %v1443 fastmath<contract> : f32
              %v1445 = arith.constant 2 : i64
              %v1446 = arith.muli %v1445, %v2 : i64
              %v1447 = arith.constant 7 : i64
              %v1448 = arith.addi %v1446, %v1447 : i64
              %v1449 = llvm.getelementptr %in_C_re[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
              %v1451 = arith.mulf %v1450, %v1165 fastmath<contract> : f32
              %v1452 = arith.addf %v1444, %v1451 fastmath<contract> : f32
              %v1453 = arith.constant 3 : i64
              %v1454 = arith.muli %v1453, %v2 : i64
              %v1455 = arith.constant 7 : i64
              %v1456 = arith.addi %v1454, %v1455 : i64
              %v1457 = llvm.getelementptr %in_C_re[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
              %v1459 = arith.mulf %v1458, %v1178 fastmath<contract> : f32
              %v1460 = arith.addf %v1452, %v1459 fastmath<contract> : f32
              %v1461 = llvm.load %v203 : !llvm.ptr -> f32
              %v1462 = arith.mulf %v1461, %v1043 fastmath<contract> : f32
              %v1463 = arith.addf %v1460, %v1462 fastmath<contract> : f32
              %v1464 = llvm.load %v266 : !llvm.ptr -> f32
              %v1465 = arith.mulf %v1464, %v1059 fastmath<contract> : f32
              %v1466 = arith.addf %v1465, %v1463 fastmath<contract> : f32
              %v1467 = arith.mulf %v1082, %v1461 fastmath<contract> : f32
              %v1468 = arith.mulf %v1464, %v1114 fastmath<contract> : f32
              %v1469 = arith.addf %v1468, %v1467 fastmath<contract> : f32
              %v1470 = arith.mulf %v1083, %v1461 fastmath<contract> : f32
              %v1471 = arith.mulf %v1464, %v1115 fastmath<contract> : f32
              %v1472 = arith.addf %v1471, %v1470 fastmath<contract> : f32
              %v1473 = arith.constant 8 : i64
              %v1474 = llvm.getelementptr %in_C_re[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
              %v1476 = arith.mulf %v1475, %v1140 fastmath<contract> : f32
              %v1477 = arith.constant 1 : i64
              %v1478 = arith.muli %v1477, %v2 : i64
              %v1479 = arith.constant 8 : i64
              %v1480 = arith.addi %v1478, %v1479 : i64
              %v1481 = llvm.getelementptr %in_C_re[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
              %v1483 = arith.mulf %v1482, %v1152 fastmath<contract> : f32
              %v1484 = arith.addf %v1476, %v1483 fastmath<contract> : f32
              %v1485 = arith.constant 2 : i64
              %v1486 = arith.muli %v1485, %v2 : i64
              %v1487 = arith.constant 8 : i64
              %v1488 = arith.addi %v1486, %v1487 : i64
              %v1489 = llvm.getelementptr %in_C_re[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
              %v1491 = arith.mulf %v1490, %v1165 fastmath<contract> : f32
              %v1492 = arith.addf %v1484, %v1491 fastmath<contract> : f32
              %v1493 = arith.constant 3 : i64
              %v1494 = arith.muli %v1493, %v2 : i64
              %v1495 = arith.constant 8 : i64
              %v1496 = arith.addi %v1494, %v1495 : i64
              %v1497 = llvm.getelementptr %in_C_re[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1498 = llvm.load %v1497 : !llvm.ptr -> f32
              %v1499 = arith.mulf %v1498, %v1178 fastmath<contract> : f32
              %v1500 = arith.addf %v1492, %v1499 fastmath<contract> : f32
              %v1501 = llvm.load %v205 : !llvm.ptr -> f32
              %v1502 = arith.mulf %v1501, %v1044 fastmath<contract> : f32
              %v1503 = arith.addf %v1500, %v1502 fastmath<contract> : f32
              %v1504 = llvm.load %v268 : !llvm.ptr -> f32
              %v1505 = arith.mulf %v1504, %v1060 fastmath<contract> : f32
              %v1506 = arith.addf %v1505, %v1503 fastmath<contract> : f32
              %v1507 = arith.mulf %v1084, %v1501 fastmath<contract> : f32
              %v1508 = arith.mulf %v1504, %v1116 fastmath<contract> : f32
              %v1509 = arith.addf %v1508, %v1507 fastmath<contract> : f32
              %v1510 = arith.mulf %v1085, %v1501 fastmath<contract> : f32
              %v1511 = arith.mulf %v1504, %v1117 fastmath<contract> : f32
              %v1512 = arith.addf %v1511, %v1510 fastmath<contract> : f32
              %v1513 = arith.constant 9 : i64
              %v1514 = llvm.getelementptr %in_C_re[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
              %v1516 = arith.mulf %v1515, %v1140 fastmath<contract> : f32
              %v1517 = arith.constant 1 : i64
              %v1518 = arith.muli %v1517, %v2 : i64
              %v1519 = arith.constant 9 : i64
              %v1520 = arith.addi %v1518, %v1519 : i64
              %v1521 = llvm.getelementptr %in_C_re[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1522 = llvm.load %v1521 : !llvm.ptr -> f32
              %v1523 = arith.mulf %v1522, %v1152 fastmath<contract> : f32
              %v1524 = arith.addf %v1516, %v1523 fastmath<contract> : f32
              %v1525 = arith.constant 2 : i64
              %v1526 = arith.muli %v1525, %v2 : i64
              %v1527 = arith.constant 9 : i64
              %v1528 = arith.addi %v1526, %v1527 : i64
              %v1529 = llvm.getelementptr %in_C_re[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
              %v1531 = arith.mulf %v1530, %v1165 fastmath<contract> : f32
              %v1532 = arith.addf %v1524, %v1531 fastmath<contract> : f32
              %v1533 = arith.constant 3 : i64
              %v1534 = arith.muli %v1533, %v2 : i64
              %v1535 = arith.constant 9 : i64
              %v1536 = arith.addi %v1534, %v1535 : i64
              %v1537 = llvm.getelementptr %in_C_re[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
              %v1539 = arith.mulf %v1538, %v1178 fastmath<contract> : f32
              %v1540 = arith.addf %v1532, %v1539 fastmath<contract> : f32
              %v1541 = llvm.load %v207 : !llvm.ptr -> f32
              %v1542 = arith.mulf %v1541, %v1045 fastmath<contract> : f32
              %v1543 = arith.addf %v1540, %v1542 fastmath<contract> : f32
              %v1544 = llvm.load %v270 : !llvm.ptr -> f32
              %v1545 = arith.mulf %v1544, %v1061 fastmath<contract> : f32
              %v1546 = arith.addf %v1545, %v1543 fastmath<contract> : f32
              %v1547 = arith.mulf %v1086, %v1541 fastmath<contract> : f32
              %v1548 = arith.mulf %v1544, %v1118 fastmath<contract> : f32
              %v1549 = arith.addf %v1548, %v1547 fastmath<contract> : f32
              %v1550 = arith.mulf %v1087, %v1541 fastmath<contract> : f32
              %v1551 = arith.mulf %v1544, %v1119 fastmath<contract> : f32
              %v1552 = arith.addf %v1551, %v1550 fastmath<contract> : f32
              %v1553 = arith.constant 10 : i64
              %v1554 = llvm.getelementptr %in_C_re[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
              %v1556 = arith.mulf %v1555, %v1140 fastmath<contract> : f32
              %v1557 = arith.constant 1 : i64
              %v1558 = arith.muli %v1557, %v2 : i64
              %v1559 = arith.constant 10 : i64
              %v1560 = arith.addi %v1558, %v1559 : i64
              %v1561 = llvm.getelementptr %in_C_re[%v1560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1562 = llvm.load %v1561 : !llvm.ptr -> f32
              %v1563 = arith.mulf %v1562, %v1152 fastmath<contract> : f32
              %v1564 = arith.addf %v1556, %v1563 fastmath<contract> : f32
              %v1565 = arith.constant 2 : i64
              %v1566 = arith.muli %v1565, %v2 : i64
              %v1567 = arith.constant 10 : i64
              %v1568 = arith.addi %v1566, %v1567 : i64
              %v1569 = llvm.getelementptr %in_C_re[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
              %v1571 = arith.mulf %v1570, %v1165 fastmath<contract> : f32
              %v1572 = arith.addf %v1564, %v1571 fastmath<contract> : f32
              %v1573 = arith.constant 3 : i64
              %v1574 = arith.muli %v1573, %v2 : i64
              %v1575 = arith.constant 10 : i64
              %v1576 = arith.addi %v1574, %v1575 : i64
              %v1577 = llvm.getelementptr %in_C_re[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1578 = llvm.load %v1577 : !llvm.ptr -> f32
              %v1579 = arith.mulf %v1578, %v1178 fastmath<contract> : f32
              %v1580 = arith.addf %v1572, %v1579 fastmath<contract> : f32
              %v1581 = llvm.load %v209 : !llvm.ptr -> f32
              %v1582 = arith.mulf %v1581, %v1046 fastmath<contract> : f32
              %v1583 = arith.addf %v1580, %v1582 fastmath<contract> : f32
              %v1584 = llvm.load %v272 : !llvm.ptr -> f32
              %v1585 = arith.mulf %v1584, %v1062 fastmath<contract> : f32
              %v1586 = arith.addf %v1585, %v1583 fastmath<contract> : f32
              %v1587 = arith.mulf %v1088, %v1581 fastmath<contract> : f32
              %v1588 = arith.mulf %v1584, %v1120 fastmath<contract> : f32
              %v1589 = arith.addf %v1588, %v1587 fastmath<contract> : f32
              %v1590 = arith.mulf %v1089, %v1581 fastmath<contract> : f32
              %v1591 = arith.mulf %v1584, %v1121 fastmath<contract> : f32
              %v1592 = arith.addf %v1591, %v1590 fastmath<contract> : f32
              %v1593 = arith.constant 11 : i64
              %v1594 = llvm.getelementptr %in_C_re[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1595 = llvm.load %v1594 : !llvm.ptr -> f32
              %v1596 = arith.mulf %v1595, %v1140 fastmath<contract> : f32
              %v1597 = arith.constant 1 : i64
              %v1598 = arith.muli %v1597, %v2 : i64
              %v1599 = arith.constant 11 : i64
              %v1600 = arith.addi %v1598, %v1599 : i64
              %v1601 = llvm.getelementptr %in_C_re[%v1600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
              %v1603 = arith.mulf %v1602, %v1152 fastmath<contract> : f32
              %v1604 = arith.addf %v1596, %v1603 fastmath<contract> : f32
              %v1605 = arith.constant 2 : i64
              %v1606 = arith.muli %v1605, %v2 : i64
              %v1607 = arith.constant 11 : i64
              %v1608 = arith.addi %v1606, %v1607 : i64
              %v1609 = llvm.getelementptr %in_C_re[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
              %v1611 = arith.mulf %v1610, %v1165 fastmath<contract> : f32
              %v1612 = arith.addf %v1604, %v1611 fastmath<contract> : f32
              %v1613 = arith.constant 3 : i64
              %v1614 = arith.muli %v1613, %v2 : i64
              %v1615 = arith.constant 11 : i64
              %v1616 = arith.addi %v1614, %v1615 : i64
              %v1617 = llvm.getelementptr %in_C_re[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1618 = llvm.load %v1617 : !llvm.ptr -> f32
              %v1619 = arith.mulf %v1618, %v1178 fastmath<contract> : f32
              %v1620 = arith.addf %v1612, %v1619 fastmath<contract> : f32
              %v1621 = llvm.load %v211 : !llvm.ptr -> f32
              %v1622 = arith.mulf %v1621, %v1047 fastmath<contract> : f32
              %v1623 = arith.addf %v1620, %v1622 fastmath<contract> : f32
              %v1624 = llvm.load %v274 : !llvm.ptr -> f32
              %v1625 = arith.mulf %v1624, %v1063 fastmath<contract> : f32
              %v1626 = arith.addf %v1625, %v1623 fastmath<contract> : f32
              %v1627 = arith.mulf %v1090, %v1621 fastmath<contract> : f32
              %v1628 = arith.mulf %v1624, %v1122 fastmath<contract> : f32
              %v1629 = arith.addf %v1628, %v1627 fastmath<contract> : f32
              %v1630 = arith.mulf %v1091, %v1621 fastmath<contract> : f32
              %v1631 = arith.mulf %v1624, %v1123 fastmath<contract> : f32
              %v1632 = arith.addf %v1631, %v1630 fastmath<contract> : f32
              %v1633 = arith.constant 12 : i64
              %v1634 = llvm.getelementptr %in_C_re[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
              %v1636 = arith.mulf %v1635, %v1140 fastmath<contract> : f32
              %v1637 = arith.constant 1 : i64
              %v1638 = arith.muli %v1637, %v2 : i64
              %v1639 = arith.constant 12 : i64
              %v1640 = arith.addi %v1638, %v1639 : i64
              %v1641 = llvm.getelementptr %in_C_re[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1642 = llvm.load %v1641 : !llvm.ptr -> f32
              %v1643 = arith.mulf %v1642, %v1152 fastmath<contract> : f32
              %v1644 = arith.addf %v1636, %v1643 fastmath<contract> : f32
              %v1645 = arith.constant 2 : i64
              %v1646 = arith.muli %v1645, %v2 : i64
              %v1647 = arith.constant 12 : i64
              %v1648 = arith.addi %v1646, %v1647 : i64
              %v1649 = llvm.getelementptr %in_C_re[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
              %v1651 = arith.mulf %v1650, %v1165 fastmath<contract> : f32
              %v1652 = arith.addf %v1644, %v1651 fastmath<contract> : f32
              %v1653 = arith.constant 3 : i64
              %v1654 = arith.muli %v1653, %v2 : i64
              %v1655 = arith.constant 12 : i64
              %v1656 = arith.addi %v1654, %v1655 : i64
              %v1657 = llvm.getelementptr %in_C_re[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
              %v1659 = arith.mulf %v1658, %v1178 fastmath<contract> : f32
              %v1660 = arith.addf %v1652, %v1659 fastmath<contract> : f32
              %v1661 = llvm.load %v213 : !llvm.ptr -> f32
              %v1662 = arith.mulf %v1661, %v1048 fastmath<contract> : f32
              %v1663 = arith.addf %v1660, %v1662 fastmath<contract> : f32
              %v1664 = llvm.load %v276 : !llvm.ptr -> f32
              %v1665 = arith.mulf %v1664, %v1064 fastmath<contract> : f32
              %v1666 = arith.addf %v1665, %v1663 fastmath<contract> : f32
              %v1667 = arith.mulf %v1092, %v1661 fastmath<contract> : f32
              %v1668 = arith.mulf %v1664, %v1124 fastmath<contract> : f32
              %v1669 = arith.addf %v1668, %v1667 fastmath<contract> : f32
              %v1670 = arith.mulf %v1093, %v1661 fastmath<contract> : f32
              %v1671 = arith.mulf %v1664, %v1125 fastmath<contract> : f32
              %v1672 = arith.addf %v1671, %v1670 fastmath<contract> : f32
              %v1673 = arith.constant 13 : i64
              %v1674 = llvm.getelementptr %in_C_re[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1675 = llvm.load %v1674 : !llvm.ptr -> f32
              %v1676 = arith.mulf %v1675, %v1140 fastmath<contract> : f32
              %v1677 = arith.constant 1 : i64
              %v1678 = arith.muli %v1677, %v2 : i64
              %v1679 = arith.constant 13 : i64
              %v1680 = arith.addi %v1678, %v1679 : i64
              %v1681 = llvm.getelementptr %in_C_re[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
              %v1683 = arith.mulf %v1682, %v1152 fastmath<contract> : f32
              %v1684 = arith.addf %v1676, %v1683 fastmath<contract> : f32
              %v1685 = arith.constant 2 : i64
              %v1686 = arith.muli %v1685, %v2 : i64
              %v1687 = arith.constant 13 : i64
              %v1688 = arith.addi %v1686, %v1687 : i64
              %v1689 = llvm.getelementptr %in_C_re[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
              %v1691 = arith.mulf %v1690, %v1165 fastmath<contract> : f32
              %v1692 = arith.addf %v1684, %v1691 fastmath<contract> : f32
              %v1693 = arith.constant 3 : i64
              %v1694 = arith.muli %v1693, %v2 : i64
              %v1695 = arith.constant 13 : i64
              %v1696 = arith.addi %v1694, %v1695 : i64
              %v1697 = llvm.getelementptr %in_C_re[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
              %v1699 = arith.mulf %v1698, %v1178 fastmath<contract> : f32
              %v1700 = arith.addf %v1692, %v1699 fastmath<contract> : f32
              %v1701 = llvm.load %v215 : !llvm.ptr -> f32
              %v1702 = arith.mulf %v1701, %v1049 fastmath<contract> : f32
              %v1703 = arith.addf %v1700, %v1702 fastmath<contract> : f32
              %v1704 = llvm.load %v278 : !llvm.ptr -> f32
              %v1705 = arith.mulf %v1704, %v1065 fastmath<contract> : f32
              %v1706 = arith.addf %v1705, %v1703 fastmath<contract> : f32
              %v1707 = arith.mulf %v1094, %v1701 fastmath<contract> : f32
              %v1708 = arith.mulf %v1704, %v1126 fastmath<contract> : f32
              %v1709 = arith.addf %v1708, %v1707 fastmath<contract> : f32
              %v1710 = arith.mulf %v1095, %v1701 fastmath<contract> : f32
              %v1711 = arith.mulf %v1704, %v1127 fastmath<contract> : f32
              %v1712 = arith.addf %v1711, %v1710 fastmath<contract> : f32
              %v1713 = arith.constant 14 : i64
              %v1714 = llvm.getelementptr %in_C_re[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
              %v1716 = arith.mulf %v1715, %v1140 fastmath<contract> : f32
              %v1717 = arith.constant 1 : i64
              %v1718 = arith.muli %v1717, %v2 : i64
              %v1719 = arith.constant 14 : i64
              %v1720 = arith.addi %v1718, %v1719 : i64
              %v1721 = llvm.getelementptr %in_C_re[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
              %v1723 = arith.mulf %v1722, %v1152 fastmath<contract> : f32
              %v1724 = arith.addf %v1716, %v1723 fastmath<contract> : f32
              %v1725 = arith.constant 2 : i64
              %v1726 = arith.muli %v1725, %v2 : i64
              %v1727 = arith.constant 14 : i64
              %v1728 = arith.addi %v1726, %v1727 : i64
              %v1729 = llvm.getelementptr %in_C_re[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
              %v1731 = arith.mulf %v1730, %v1165 fastmath<contract> : f32
              %v1732 = arith.addf %v1724, %v1731 fastmath<contract> : f32
              %v1733 = arith.constant 3 : i64
              %v1734 = arith.muli %v1733, %v2 : i64
              %v1735 = arith.constant 14 : i64
              %v1736 = arith.addi %v1734, %v1735 : i64
              %v1737 = llvm.getelementptr %in_C_re[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1738 = llvm.load %v1737 : !llvm.ptr -> f32
              %v1739 = arith.mulf %v1738, %v1178 fastmath<contract> : f32
              %v1740 = arith.addf %v1732, %v1739 fastmath<contract> : f32
              %v1741 = llvm.load %v217 : !llvm.ptr -> f32
              %v1742 = arith.mulf %v1741, %v1050 fastmath<contract> : f32
              %v1743 = arith.addf %v1740, %v1742 fastmath<contract> : f32
              %v1744 = llvm.load %v280 : !llvm.ptr -> f32
              %v1745 = arith.mulf %v1744, %v1066 fastmath<contract> : f32
              %v1746 = arith.addf %v1745, %v1743 fastmath<contract> : f32
              %v1747 = arith.mulf %v1096, %v1741 fastmath<contract> : f32
              %v1748 = arith.mulf %v1744, %v1128 fastmath<contract> : f32
              %v1749 = arith.addf %v1748, %v1747 fastmath<contract> : f32
              %v1750 = arith.mulf %v1097, %v1741 fastmath<contract> : f32
              %v1751 = arith.mulf %v1744, %v1129 fastmath<contract> : f32
              %v1752 = arith.addf %v1751, %v1750 fastmath<contract> : f32
              %v1753 = arith.constant 15 : i64
              %v1754 = llvm.getelementptr %in_C_re[%v1753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
              %v1756 = arith.mulf %v1755, %v1140 fastmath<contract> : f32
              %v1757 = arith.constant 1 : i64
              %v1758 = arith.muli %v1757, %v2 : i64
              %v1759 = arith.constant 15 : i64
              %v1760 = arith.addi %v1758, %v1759 : i64
              %v1761 = llvm.getelementptr %in_C_re[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
              %v1763 = arith.mulf %v1762, %v1152 fastmath<contract> : f32
              %v1764 = arith.addf %v1756, %v1763 fastmath<contract> : f32
              %v1765 = arith.constant 2 : i64
              %v1766 = arith.muli %v1765, %v2 : i64
              %v1767 = arith.constant 15 : i64
              %v1768 = arith.addi %v1766, %v1767 : i64
              %v1769 = llvm.getelementptr %in_C_re[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
              %v1771 = arith.mulf %v1770, %v1165 fastmath<contract> : f32
              %v1772 = arith.addf %v1764, %v1771 fastmath<contract> : f32
              %v1773 = arith.constant 3 : i64
              %v1774 = arith.muli %v1773, %v2 : i64
              %v1775 = arith.constant 15 : i64
              %v1776 = arith.addi %v1774, %v1775 : i64
              %v1777 = llvm.getelementptr %in_C_re[%v1776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
              %v1779 = arith.mulf %v1778, %v1178 fastmath<contract> : f32
              %v1780 = arith.addf %v1772, %v1779 fastmath<contract> : f32
              %v1781 = llvm.load %v219 : !llvm.ptr -> f32
              %v1782 = arith.mulf %v1781, %v1051 fastmath<contract> : f32
              %v1783 = arith.addf %v1780, %v1782 fastmath<contract> : f32
              %v1784 = llvm.load %v282 : !llvm.ptr -> f32
              %v1785 = arith.mulf %v1784, %v1067 fastmath<contract> : f32
              %v1786 = arith.addf %v1785, %v1783 fastmath<contract> : f32
              %v1787 = arith.mulf %v1098, %v1781 fastmath<contract> : f32
              %v1788 = arith.mulf %v1784, %v1130 fastmath<contract> : f32
              %v1789 = arith.addf %v1788, %v1787 fastmath<contract> : f32
              %v1790 = arith.mulf %v1099, %v1781 fastmath<contract> : f32
              %v1791 = arith.mulf %v1784, %v1131 fastmath<contract> : f32
              %v1792 = arith.addf %v1791, %v1790 fastmath<contract> : f32
              %v1793 = arith.constant 0 : i64
              %v1794 = llvm.getelementptr %in_C_im[%v1793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1795 = llvm.load %v1794 : !llvm.ptr -> f32
              %v1796 = arith.negf %v1140 : f32
              %v1797 = arith.mulf %v1795, %v1796 fastmath<contract> : f32
              %v1798 = arith.constant 1 : i64
              %v1799 = arith.muli %v1798, %v2 : i64
              %v1800 = llvm.getelementptr %in_C_im[%v1799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1801 = llvm.load %v1800 : !llvm.ptr -> f32
              %v1802 = arith.negf %v1152 : f32
              %v1803 = arith.mulf %v1801, %v1802 fastmath<contract> : f32
              %v1804 = arith.addf %v1797, %v1803 fastmath<contract> : f32
              %v1805 = arith.constant 2 : i64
              %v1806 = arith.muli %v1805, %v2 : i64
              %v1807 = llvm.getelementptr %in_C_im[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1808 = llvm.load %v1807 : !llvm.ptr -> f32
              %v1809 = arith.negf %v1165 : f32
              %v1810 = arith.mulf %v1808, %v1809 fastmath<contract> : f32
              %v1811 = arith.addf %v1804, %v1810 fastmath<contract> : f32
              %v1812 = arith.constant 3 : i64
              %v1813 = arith.muli %v1812, %v2 : i64
              %v1814 = llvm.getelementptr %in_C_im[%v1813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1815 = llvm.load %v1814 : !llvm.ptr -> f32
              %v1816 = arith.negf %v1178 : f32
              %v1817 = arith.mulf %v1815, %v1816 fastmath<contract> : f32
              %v1818 = arith.addf %v1811, %v1817 fastmath<contract> : f32
              %v1819 = llvm.load %v221 : !llvm.ptr -> f32
              %v1820 = arith.mulf %v1819, %v1052 fastmath<contract> : f32
              %v1821 = arith.addf %v1818, %v1820 fastmath<contract> : f32
              %v1822 = llvm.load %v284 : !llvm.ptr -> f32
              %v1823 = arith.mulf %v1822, %v1036 fastmath<contract> : f32
              %v1824 = arith.addf %v1823, %v1821 fastmath<contract> : f32
              %v1825 = arith.mulf %v1100, %v1819 fastmath<contract> : f32
              %v1826 = arith.mulf %v1822, %v1068 fastmath<contract> : f32
              %v1827 = arith.addf %v1826, %v1825 fastmath<contract> : f32
              %v1828 = arith.mulf %v1101, %v1819 fastmath<contract> : f32
              %v1829 = arith.mulf %v1822, %v1069 fastmath<contract> : f32
              %v1830 = arith.addf %v1829, %v1828 fastmath<contract> : f32
              %v1831 = arith.constant 1 : i64
              %v1832 = llvm.getelementptr %in_C_im[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
              %v1834 = arith.mulf %v1833, %v1796 fastmath<contract> : f32
              %v1835 = arith.constant 1 : i64
              %v1836 = arith.muli %v1835, %v2 : i64
              %v1837 = arith.constant 1 : i64
              %v1838 = arith.addi %v1836, %v1837 : i64
              %v1839 = llvm.getelementptr %in_C_im[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
              %v1841 = arith.mulf %v1840, %v1802 fastmath<contract> : f32
              %v1842 = arith.addf %v1834, %v1841 fastmath<contract> : f32
              %v1843 = arith.constant 2 : i64
              %v1844 = arith.muli %v1843, %v2 : i64
              %v1845 = arith.constant 1 : i64
              %v1846 = arith.addi %v1844, %v1845 : i64
              %v1847 = llvm.getelementptr %in_C_im[%v1846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
              %v1849 = arith.mulf %v1848, %v1809 fastmath<contract> : f32
              %v1850 = arith.addf %v1842, %v1849 fastmath<contract> : f32
              %v1851 = arith.constant 3 : i64
              %v1852 = arith.muli %v1851, %v2 : i64
              %v1853 = arith.constant 1 : i64
              %v1854 = arith.addi %v1852, %v1853 : i64
              %v1855 = llvm.getelementptr %in_C_im[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1856 = llvm.load %v1855 : !llvm.ptr -> f32
              %v1857 = arith.mulf %v1856, %v1816 fastmath<contract> : f32
              %v1858 = arith.addf %v1850, %v1857 fastmath<contract> : f32
              %v1859 = llvm.load %v223 : !llvm.ptr -> f32
              %v1860 = arith.mulf %v1859, %v1053 fastmath<contract> : f32
              %v1861 = arith.addf %v1858, %v1860 fastmath<contract> : f32
              %v1862 = llvm.load %v286 : !llvm.ptr -> f32
              %v1863 = arith.mulf %v1862, %v1037 fastmath<contract> : f32
              %v1864 = arith.addf %v1863, %v1861 fastmath<contract> : f32
              %v1865 = arith.mulf %v1102, %v1859 fastmath<contract> : f32
              %v1866 = arith.mulf %v1862, %v1070 fastmath<contract> : f32
              %v1867 = arith.addf %v1866, %v1865 fastmath<contract> : f32
              %v1868 = arith.mulf %v1103, %v1859 fastmath<contract> : f32
              %v1869 = arith.mulf %v1862, %v1071 fastmath<contract> : f32
              %v1870 = arith.addf %v1869, %v1868 fastmath<contract> : f32
              %v1871 = arith.constant 2 : i64
              %v1872 = llvm.getelementptr %in_C_im[%v1871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1873 = llvm.load %v1872 : !llvm.ptr -> f32
              %v1874 = arith.mulf %v1873, %v1796 fastmath<contract> : f32
              %v1875 = arith.constant 1 : i64
              %v1876 = arith.muli %v1875, %v2 : i64
              %v1877 = arith.constant 2 : i64
              %v1878 = arith.addi %v1876, %v1877 : i64
              %v1879 = llvm.getelementptr %in_C_im[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
              %v1881 = arith.mulf %v1880, %v1802 fastmath<contract> : f32
              %v1882 = arith.addf %v1874, %v1881 fastmath<contract> : f32
              %v1883 = arith.constant 2 : i64
              %v1884 = arith.muli %v1883, %v2 : i64
              %v1885 = arith.constant 2 : i64
              %v1886 = arith.addi %v1884, %v1885 : i64
              %v1887 = llvm.getelementptr %in_C_im[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
              %v1889 = arith.mulf %v1888, %v1809 fastmath<contract> : f32
              %v1890 = arith.addf %v1882, %v1889 fastmath<contract> : f32
              %v1891 = arith.constant 3 : i64
              %v1892 = arith.muli %v1891, %v2 : i64
              %v1893 = arith.constant 2 : i64
              %v1894 = arith.addi %v1892, %v1893 : i64
              %v1895 = llvm.getelementptr %in_C_im[%v1894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1896 = llvm.load %v1895 : !llvm.ptr -> f32
              %v1897 = arith.mulf %v1896, %v1816 fastmath<contract> : f32
              %v1898 = arith.addf %v1890, %v1897 fastmath<contract> : f32
              %v1899 = llvm.load %v225 : !llvm.ptr -> f32
              %v1900 = arith.mulf %v1899, %v1054 fastmath<contract> : f32
              %v1901 = arith.addf %v1898, %v1900 fastmath<contract> : f32
              %v1902 = llvm.load %v288 : !llvm.ptr -> f32
              %v1903 = arith.mulf %v1902, %v1038 fastmath<contract> : f32
              %v1904 = arith.addf %v1903, %v1901 fastmath<contract> : f32
              %v1905 = arith.mulf %v1104, %v1899 fastmath<contract> : f32
              %v1906 = arith.mulf %v1902, %v1072 fastmath<contract> : f32
              %v1907 = arith.addf %v1906, %v1905 fastmath<contract> : f32
              %v1908 = arith.mulf %v1105, %v1899 fastmath<contract> : f32
              %v1909 = arith.mulf %v1902, %v1073 fastmath<contract> : f32
              %v1910 = arith.addf %v1909, %v1908 fastmath<contract> : f32
              %v1911 = arith.constant 3 : i64
              %v1912 = llvm.getelementptr %in_C_im[%v1911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1913 = llvm.load %v1912 : !llvm.ptr -> f32
              %v1914 = arith.mulf %v1913, %v1796 fastmath<contract> : f32
              %v1915 = arith.constant 1 : i64
              %v1916 = arith.muli %v1915, %v2 : i64
              %v1917 = arith.constant 3 : i64
              %v1918 = arith.addi %v1916, %v1917 : i64
              %v1919 = llvm.getelementptr %in_C_im[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1920 = llvm.load %v1919 : !llvm.ptr -> f32
              %v1921 = arith.mulf %v1920, %v1802 fastmath<contract> : f32
              %v1922 = arith.addf %v1914, %v1921 fastmath<contract> : f32
              %v1923 = arith.constant 2 : i64
              %v1924 = arith.muli %v1923, %v2 : i64
              %v1925 = arith.constant 3 : i64
              %v1926 = arith.addi %v1924, %v1925 : i64
              %v1927 = llvm.getelementptr %in_C_im[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
              %v1929 = arith.mulf %v1928, %v1809 fastmath<contract> : f32
              %v1930 = arith.addf %v1922, %v1929 fastmath<contract> : f32
              %v1931 = arith.constant 3 : i64
              %v1932 = arith.muli %v1931, %v2 : i64
              %v1933 = arith.constant 3 : i64
              %v1934 = arith.addi %v1932, %v1933 : i64
              %v1935 = llvm.getelementptr %in_C_im[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1936 = llvm.load %v1935 : !llvm.ptr -> f32
              %v1937 = arith.mulf %v1936, %v1816 fastmath<contract> : f32
              %v1938 = arith.addf %v1930, %v1937 fastmath<contract> : f32
              %v1939 = llvm.load %v227 : !llvm.ptr -> f32
              %v1940 = arith.mulf %v1939, %v1055 fastmath<contract> : f32
              %v1941 = arith.addf %v1938, %v1940 fastmath<contract> : f32
              %v1942 = llvm.load %v290 : !llvm.ptr -> f32
              %v1943 = arith.mulf %v1942, %v1039 fastmath<contract> : f32
              %v1944 = arith.addf %v1943, %v1941 fastmath<contract> : f32
              %v1945 = arith.mulf %v1106, %v1939 fastmath<contract> : f32
              %v1946 = arith.mulf %v1942, %v1074 fastmath<contract> : f32
              %v1947 = arith.addf %v1946, %v1945 fastmath<contract> : f32
              %v1948 = arith.mulf %v1107, %v1939 fastmath<contract> : f32
              %v1949 = arith.mulf %v1942, %v1075 fastmath<contract> : f32
              %v1950 = arith.addf %v1949, %v1948 fastmath<contract> : f32
              %v1951 = arith.constant 4 : i64
              %v1952 = llvm.getelementptr %in_C_im[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1953 = llvm.load %v1952 : !llvm.ptr -> f32
              %v1954 = arith.mulf %v1953, %v1796 fastmath<contract> : f32
              %v1955 = arith.constant 1 : i64
              %v1956 = arith.muli %v1955, %v2 : i64
              %v1957 = arith.constant 4 : i64
              %v1958 = arith.addi %v1956, %v1957 : i64
              %v1959 = llvm.getelementptr %in_C_im[%v1958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
              %v1961 = arith.mulf %v1960, %v1802 fastmath<contract> : f32
              %v1962 = arith.addf %v1954, %v1961 fastmath<contract> : f32
              %v1963 = arith.constant 2 : i64
              %v1964 = arith.muli %v1963, %v2 : i64
              %v1965 = arith.constant 4 : i64
              %v1966 = arith.addi %v1964, %v1965 : i64
              %v1967 = llvm.getelementptr %in_C_im[%v1966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1968 = llvm.load %v1967 : !llvm.ptr -> f32
              %v1969 = arith.mulf %v1968, %v1809 fastmath<contract> : f32
              %v1970 = arith.addf %v1962, %v1969 fastmath<contract> : f32
              %v1971 = arith.constant 3 : i64
              %v1972 = arith.muli %v1971, %v2 : i64
              %v1973 = arith.constant 4 : i64
              %v1974 = arith.addi %v1972, %v1973 : i64
              %v1975 = llvm.getelementptr %in_C_im[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
              %v1977 = arith.mulf %v1976, %v1816 fastmath<contract> : f32
              %v1978 = arith.addf %v1970, %v1977 fastmath<contract> : f32
              %v1979 = llvm.load %v229 : !llvm.ptr -> f32
              %v1980 = arith.mulf %v1979, %v1056 fastmath<contract> : f32
              %v1981 = arith.addf %v1978, %v1980 fastmath<contract> : f32
              %v1982 = llvm.load %v292 : !llvm.ptr -> f32
              %v1983 = arith.mulf %v1982, %v1040 fastmath<contract> : f32
              %v1984 = arith.addf %v1983, %v1981 fastmath<contract> : f32
              %v1985 = arith.mulf %v1108, %v1979 fastmath<contract> : f32
              %v1986 = arith.mulf %v1982, %v1076 fastmath<contract> : f32
              %v1987 = arith.addf %v1986, %v1985 fastmath<contract> : f32
              %v1988 = arith.mulf %v1109, %v1979 fastmath<contract> : f32
              %v1989 = arith.mulf %v1982, %v1077 fastmath<contract> : f32
              %v1990 = arith.addf %v1989, %v1988 fastmath<contract> : f32
              %v1991 = arith.constant 5 : i64
              %v1992 = llvm.getelementptr %in_C_im[%v1991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1993 = llvm.load %v1992 : !llvm.ptr -> f32
              %v1994 = arith.mulf %v1993, %v1796 fastmath<contract> : f32
              %v1995 = arith.constant 1 : i64
              %v1996 = arith.muli %v1995, %v2 : i64
              %v1997 = arith.constant 5 : i64
              %v1998 = arith.addi %v1996, %v1997 : i64
              %v1999 = llvm.getelementptr %in_C_im[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
              %v2001 = arith.mulf %v2000, %v1802 fastmath<contract> : f32
              %v2002 = arith.addf %v1994, %v2001 fastmath<contract> : f32
              %v2003 = arith.constant 2 : i64
              %v2004 = arith.muli %v2003, %v2 : i64
              %v2005 = arith.constant 5 : i64
              %v2006 = arith.addi %v2004, %v2005 : i64
              %v2007 = llvm.getelementptr %in_C_im[%v2006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
              %v2009 = arith.mulf %v2008, %v1809 fastmath<contract> : f32
              %v2010 = arith.addf %v2002, %v2009 fastmath<contract> : f32
              %v2011 = arith.constant 3 : i64
              %v2012 = arith.muli %v2011, %v2 : i64
              %v2013 = arith.constant 5 : i64
              %v2014 = arith.addi %v2012, %v2013 : i64
              %v2015 = llvm.getelementptr %in_C_im[%v2014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2016 = llvm.load %v2015 : !llvm.ptr -> f32
              %v2017 = arith.mulf %v2016, %v1816 fastmath<contract> : f32
              %v2018 = arith.addf %v2010, %v2017 fastmath<contract> : f32
              %v2019 = llvm.load %v231 : !llvm.ptr -> f32
              %v2020 = arith.mulf %v2019, %v1057 fastmath<contract> : f32
              %v2021 = arith.addf %v2018, %v2020 fastmath<contract> : f32
              %v2022 = llvm.load %v294 : !llvm.ptr -> f32
              %v2023 = arith.mulf %v2022, %v1041 fastmath<contract> : f32
              %v2024 = arith.addf %v2023, %v2021 fastmath<contract> : f32
              %v2025 = arith.mulf %v1110, %v2019 fastmath<contract> : f32
              %v2026 = arith.mulf %v2022, %v1078 fastmath<contract> : f32
              %v2027 = arith.addf %v2026, %v2025 fastmath<contract> : f32
              %v2028 = arith.mulf %v1111, %v2019 fastmath<contract> : f32
              %v2029 = arith.mulf %v2022, %v1079 fastmath<contract> : f32
              %v2030 = arith.addf %v2029, %v2028 fastmath<contract> : f32
              %v2031 = arith.constant 6 : i64
              %v2032 = llvm.getelementptr %in_C_im[%v2031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2033 = llvm.load %v2032 : !llvm.ptr -> f32
              %v2034 = arith.mulf %v2033, %v1796 fastmath<contract> : f32
              %v2035 = arith.constant 1 : i64
              %v2036 = arith.muli %v2035, %v2 : i64
              %v2037 = arith.constant 6 : i64
              %v2038 = arith.addi %v2036, %v2037 : i64
              %v2039 = llvm.getelementptr %in_C_im[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2040 = llvm.load %v2039 : !llvm.ptr -> f32
              %v2041 = arith.mulf %v2040, %v1802 fastmath<contract> : f32
              %v2042 = arith.addf %v2034, %v2041 fastmath<contract> : f32
              %v2043 = arith.constant 2 : i64
              %v2044 = arith.muli %v2043, %v2 : i64
              %v2045 = arith.constant 6 : i64
              %v2046 = arith.addi %v2044, %v2045 : i64
              %v2047 = llvm.getelementptr %in_C_im[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2048 = llvm.load %v2047 : !llvm.ptr -> f32
              %v2049 = arith.mulf %v2048, %v1809 fastmath<contract> : f32
              %v2050 = arith.addf %v2042, %v2049 fastmath<contract> : f32
              %v2051 = arith.constant 3 : i64
              %v2052 = arith.muli %v2051, %v2 : i64
              %v2053 = arith.constant 6 : i64
              %v2054 = arith.addi %v2052, %v2053 : i64
              %v2055 = llvm.getelementptr %in_C_im[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2056 = llvm.load %v2055 : !llvm.ptr -> f32
              %v2057 = arith.mulf %v2056, %v1816 fastmath<contract> : f32
              %v2058 = arith.addf %v2050, %v2057 fastmath<contract> : f32
              %v2059 = llvm.load %v233 : !llvm.ptr -> f32
              %v2060 = arith.mulf %v2059, %v1058 fastmath<contract> : f32
              %v2061 = arith.addf %v2058, %v2060 fastmath<contract> : f32
              %v2062 = llvm.load %v296 : !llvm.ptr -> f32
              %v2063 = arith.mulf %v2062, %v1042 fastmath<contract> : f32
              %v2064 = arith.addf %v2063, %v2061 fastmath<contract> : f32
              %v2065 = arith.mulf %v1112, %v2059 fastmath<contract> : f32
              %v2066 = arith.mulf %v2062, %v1080 fastmath<contract> : f32
              %v2067 = arith.addf %v2066, %v2065 fastmath<contract> : f32
              %v2068 = arith.mulf %v1113, %v2059 fastmath<contract> : f32
              %v2069 = arith.mulf %v2062, %v1081 fastmath<contract> : f32
              %v2070 = arith.addf %v2069, %v2068 fastmath<contract> : f32
              %v2071 = arith.constant 7 : i64
              %v2072 = llvm.getelementptr %in_C_im[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
              %v2074 = arith.mulf %v2073, %v1796 fastmath<contract> : f32
              %v2075 = arith.constant 1 : i64
              %v2076 = arith.muli %v2075, %v2 : i64
              %v2077 = arith.constant 7 : i64
              %v2078 = arith.addi %v2076, %v2077 : i64
              %v2079 = llvm.getelementptr %in_C_im[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
              %v2081 = arith.mulf %v2080, %v1802 fastmath<contract> : f32
              %v2082 = arith.addf %v2074, %v2081 fastmath<contract> : f32
              %v2083 = arith.constant 2 : i64
              %v2084 = arith.muli %v2083, %v2 : i64
              %v2085 = arith.constant 7 : i64
              %v2086 = arith.addi %v2084, %v2085 : i64
              %v2087 = llvm.getelementptr %in_C_im[%v2086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2088 = llvm.load %v2087 : !llvm.ptr -> f32
              %v2089 = arith.mulf %v2088, %v1809 fastmath<contract> : f32
              %v2090 = arith.addf %v2082, %v2089 fastmath<contract> : f32
              %v2091 = arith.constant 3 : i64
              %v2092 = arith.muli %v2091, %v2 : i64
              %v2093 = arith.constant 7 : i64
              %v2094 = arith.addi %v2092, %v2093 : i64
              %v2095 = llvm.getelementptr %in_C_im[%v2094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2096 = llvm.load %v2095 : !llvm.ptr -> f32
              %v2097 = arith.mulf %v2096, %v1816 fastmath<contract> : f32
              %v2098 = arith.addf %v2090, %v2097 fastmath<contract> : f32
              %v2099 = llvm.load %v235 : !llvm.ptr -> f32
              %v2100 = arith.mulf %v2099, %v1059 fastmath<contract> : f32
              %v2101 = arith.addf %v2098, %v2100 fastmath<contract> : f32
              %v2102 = llvm.load %v298 : !llvm.ptr -> f32
              %v2103 = arith.mulf %v2102, %v1043 fastmath<contract> : f32
              %v2104 = arith.addf %v2103, %v2101 fastmath<contract> : f32
              %v2105 = arith.mulf %v1114, %v2099 fastmath<contract> : f32
              %v2106 = arith.mulf %v2102, %v1082 fastmath<contract> : f32
              %v2107 = arith.addf %v2106, %v2105 fastmath<contract> : f32
              %v2108 = arith.mulf %v1115, %v2099 fastmath<contract> : f32
              %v2109 = arith.mulf %v2102, %v1083 fastmath<contract> : f32
              %v2110 = arith.addf %v2109, %v2108 fastmath<contract> : f32
              %v2111 = arith.constant 8 : i64
              %v2112 = llvm.getelementptr %in_C_im[%v2111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2113 = llvm.load %v2112 : !llvm.ptr -> f32
              %v2114 = arith.mulf %v2113, %v1796 fastmath<contract> : f32
              %v2115 = arith.constant 1 : i64
              %v2116 = arith.muli %v2115, %v2 : i64
              %v2117 = arith.constant 8 : i64
              %v2118 = arith.addi %v2116, %v2117 : i64
              %v2119 = llvm.getelementptr %in_C_im[%v2118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2120 = llvm.load %v2119 : !llvm.ptr -> f32
              %v2121 = arith.mulf %v2120, %v1802 fastmath<contract> : f32
              %v2122 = arith.addf %v2114, %v2121 fastmath<contract> : f32
              %v2123 = arith.constant 2 : i64
              %v2124 = arith.muli %v2123, %v2 : i64
              %v2125 = arith.constant 8 : i64
              %v2126 = arith.addi %v2124, %v2125 : i64
              %v2127 = llvm.getelementptr %in_C_im[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2128 = llvm.load %v2127 : !llvm.ptr -> f32
              %v2129 = arith.mulf %v2128, %v1809 fastmath<contract> : f32
              %v2130 = arith.addf %v2122, %v2129 fastmath<contract> : f32
              %v2131 = arith.constant 3 : i64
              %v2132 = arith.muli %v2131, %v2 : i64
              %v2133 = arith.constant 8 : i64
              %v2134 = arith.addi %v2132, %v2133 : i64
              %v2135 = llvm.getelementptr %in_C_im[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2136 = llvm.load %v2135 : !llvm.ptr -> f32
              %v2137 = arith.mulf %v2136, %v1816 fastmath<contract> : f32
              %v2138 = arith.addf %v2130, %v2137 fastmath<contract> : f32
              %v2139 = llvm.load %v237 : !llvm.ptr -> f32
              %v2140 = arith.mulf %v2139, %v1060 fastmath<contract> : f32
              %v2141 = arith.addf %v2138, %v2140 fastmath<contract> : f32
              %v2142 = llvm.load %v300 : !llvm.ptr -> f32
              %v2143 = arith.mulf %v2142, %v1044 fastmath<contract> : f32
              %v2144 = arith.addf %v2143, %v2141 fastmath<contract> : f32
              %v2145 = arith.mulf %v1116, %v2139 fastmath<contract> : f32
              %v2146 = arith.mulf %v2142, %v1084 fastmath<contract> : f32
              %v2147 = arith.addf %v2146, %v2145 fastmath<contract> : f32
              %v2148 = arith.mulf %v1117, %v2139 fastmath<contract> : f32
              %v2149 = arith.mulf %v2142, %v1085 fastmath<contract> : f32
              %v2150 = arith.addf %v2149, %v2148 fastmath<contract> : f32
              %v2151 = arith.constant 9 : i64
              %v2152 = llvm.getelementptr %in_C_im[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
              %v2154 = arith.mulf %v2153, %v1796 fastmath<contract> : f32
              %v2155 = arith.constant 1 : i64
              %v2156 = arith.muli %v2155, %v2 : i64
              %v2157 = arith.constant 9 : i64
              %v2158 = arith.addi %v2156, %v2157 : i64
              %v2159 = llvm.getelementptr %in_C_im[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2160 = llvm.load %v2159 : !llvm.ptr -> f32
              %v2161 = arith.mulf %v2160, %v1802 fastmath<contract> : f32
              %v2162 = arith.addf %v2154, %v2161 fastmath<contract> : f32
              %v2163 = arith.constant 2 : i64
              %v2164 = arith.muli %v2163, %v2 : i64
              %v2165 = arith.constant 9 : i64
              %v2166 = arith.addi %v2164, %v2165 : i64
              %v2167 = llvm.getelementptr %in_C_im[%v2166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2168 = llvm.load %v2167 : !llvm.ptr -> f32
              %v2169 = arith.mulf %v2168, %v1809 fastmath<contract> : f32
              %v2170 = arith.addf %v2162, %v2169 fastmath<contract> : f32
              %v2171 = arith.constant 3 : i64
              %v2172 = arith.muli %v2171, %v2 : i64
              %v2173 = arith.constant 9 : i64
              %v2174 = arith.addi %v2172, %v2173 : i64
              %v2175 = llvm.getelementptr %in_C_im[%v2174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
              %v2177 = arith.mulf %v2176, %v1816 fastmath<contract> : f32
              %v2178 = arith.addf %v2170, %v2177 fastmath<contract> : f32
              %v2179 = llvm.load %v239 : !llvm.ptr -> f32
              %v2180 = arith.mulf %v2179, %v1061 fastmath<contract> : f32
              %v2181 = arith.addf %v2178, %v2180 fastmath<contract> : f32
              %v2182 = llvm.load %v302 : !llvm.ptr -> f32
              %v2183 = arith.mulf %v2182, %v1045 fastmath<contract> : f32
              %v2184 = arith.addf %v2183, %v2181 fastmath<contract> : f32
              %v2185 = arith.mulf %v1118, %v2179 fastmath<contract> : f32
              %v2186 = arith.mulf %v2182, %v1086 fastmath<contract> : f32
              %v2187 = arith.addf %v2186, %v2185 fastmath<contract> : f32
              %v2188 = arith.mulf %v1119, %v2179 fastmath<contract> : f32
              %v2189 = arith.mulf %v2182, %v1087 fastmath<contract> : f32
              %v2190 = arith.addf %v2189, %v2188 fastmath<contract> : f32
              %v2191 = arith.constant 10 : i64
              %v2192 = llvm.getelementptr %in_C_im[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2193 = llvm.load %v2192 : !llvm.ptr -> f32
              %v2194 = arith.mulf %v2193, %v1796 fastmath<contract> : f32
              %v2195 = arith.constant 1 : i64
              %v2196 = arith.muli %v2195, %v2 : i64
              %v2197 = arith.constant 10 : i64
              %v2198 = arith.addi %v2196, %v2197 : i64
              %v2199 = llvm.getelementptr %in_C_im[%v2198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2200 = llvm.load %v2199 : !llvm.ptr -> f32
              %v2201 = arith.mulf %v2200, %v1802 fastmath<contract> : f32
              %v2202 = arith.addf %v2194, %v2201 fastmath<contract> : f32
              %v2203 = arith.constant 2 : i64
              %v2204 = arith.muli %v2203, %v2 : i64
              %v2205 = arith.constant 10 : i64
              %v2206 = arith.addi %v2204, %v2205 : i64
              %v2207 = llvm.getelementptr %in_C_im[%v2206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2208 = llvm.load %v2207 : !llvm.ptr -> f32
              %v2209 = arith.mulf %v2208, %v1809 fastmath<contract> : f32
              %v2210 = arith.addf %v2202, %v2209 fastmath<contract> : f32
              %v2211 = arith.constant 3 : i64
              %v2212 = arith.muli %v2211, %v2 : i64
              %v2213 = arith.constant 10 : i64
              %v2214 = arith.addi %v2212, %v2213 : i64
              %v2215 = llvm.getelementptr %in_C_im[%v2214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2216 = llvm.load %v2215 : !llvm.ptr -> f32
              %v2217 = arith.mulf %v2216, %v1816 fastmath<contract> : f32
              %v2218 = arith.addf %v2210, %v2217 fastmath<contract> : f32
              %v2219 = llvm.load %v241 : !llvm.ptr -> f32
              %v2220 = arith.mulf %v2219, %v1062 fastmath<contract> : f32
              %v2221 = arith.addf %v2218, %v2220 fastmath<contract> : f32
              %v2222 = llvm.load %v304 : !llvm.ptr -> f32
              %v2223 = arith.mulf %v2222, %v1046 fastmath<contract> : f32
              %v2224 = arith.addf %v2223, %v2221 fastmath<contract> : f32
              %v2225 = arith.mulf %v1120, %v2219 fastmath<contract> : f32
              %v2226 = arith.mulf %v2222, %v1088 fastmath<contract> : f32
              %v2227 = arith.addf %v2226, %v2225 fastmath<contract> : f32
              %v2228 = arith.mulf %v1121, %v2219 fastmath<contract> : f32
              %v2229 = arith.mulf %v2222, %v1089 fastmath<contract> : f32
              %v2230 = arith.addf %v2229, %v2228 fastmath<contract> : f32
              %v2231 = arith.constant 11 : i64
              %v2232 = llvm.getelementptr %in_C_im[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2233 = llvm.load %v2232 : !llvm.ptr -> f32
              %v2234 = arith.mulf %v2233, %v1796 fastmath<contract> : f32
              %v2235 = arith.constant 1 : i64
              %v2236 = arith.muli %v2235, %v2 : i64
              %v2237 = arith.constant 11 : i64
              %v2238 = arith.addi %v2236, %v2237 : i64
              %v2239 = llvm.getelementptr %in_C_im[%v2238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2240 = llvm.load %v2239 : !llvm.ptr -> f32
              %v2241 = arith.mulf %v2240, %v1802 fastmath<contract> : f32
              %v2242 = arith.addf %v2234, %v2241 fastmath<contract> : f32
              %v2243 = arith.constant 2 : i64
              %v2244 = arith.muli %v2243, %v2 : i64
              %v2245 = arith.constant 11 : i64
              %v2246 = arith.addi %v2244, %v2245 : i64
              %v2247 = llvm.getelementptr %in_C_im[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
              %v2249 = arith.mulf %v2248, %v1809 fastmath<contract> : f32
              %v2250 = arith.addf %v2242, %v2249 fastmath<contract> : f32
              %v2251 = arith.constant 3 : i64
              %v2252 = arith.muli %v2251, %v2 : i64
              %v2253 = arith.constant 11 : i64
              %v2254 = arith.addi %v2252, %v2253 : i64
              %v2255 = llvm.getelementptr %in_C_im[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
              %v2257 = arith.mulf %v2256, %v1816 fastmath<contract> : f32
              %v2258 = arith.addf %v2250, %v2257 fastmath<contract> : f32
              %v2259 = llvm.load %v243 : !llvm.ptr -> f32
              %v2260 = arith.mulf %v2259, %v1063 fastmath<contract> : f32
              %v2261 = arith.addf %v2258, %v2260 fastmath<contract> : f32
              %v2262 = llvm.load %v306 : !llvm.ptr -> f32
              %v2263 = arith.mulf %v2262, %v1047 fastmath<contract> : f32
              %v2264 = arith.addf %v2263, %v2261 fastmath<contract> : f32
              %v2265 = arith.mulf %v1122, %v2259 fastmath<contract> : f32
              %v2266 = arith.mulf %v2262, %v1090 fastmath<contract> : f32
              %v2267 = arith.addf %v2266, %v2265 fastmath<contract> : f32
              %v2268 = arith.mulf %v1123, %v2259 fastmath<contract> : f32
              %v2269 = arith.mulf %v2262, %v1091 fastmath<contract> : f32
              %v2270 = arith.addf %v2269, %v2268 fastmath<contract> : f32
              %v2271 = arith.constant 12 : i64
              %v2272 = llvm.getelementptr %in_C_im[%v2271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2273 = llvm.load %v2272 : !llvm.ptr -> f32
              %v2274 = arith.mulf %v2273, %v1796 fastmath<contract> : f32
              %v2275 = arith.constant 1 : i64
              %v2276 = arith.muli %v2275, %v2 : i64
              %v2277 = arith.constant 12 : i64
              %v2278 = arith.addi %v2276, %v2277 : i64
              %v2279 = llvm.getelementptr %in_C_im[%v2278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
              %v2281 = arith.mulf %v2280, %v1802 fastmath<contract> : f32
              %v2282 = arith.addf %v2274, %v2281 fastmath<contract> : f32
              %v2283 = arith.constant 2 : i64
              %v2284 = arith.muli %v2283, %v2 : i64
              %v2285 = arith.constant 12 : i64
              %v2286 = arith.addi %v2284, %v2285 : i64
              %v2287 = llvm.getelementptr %in_C_im[%v2286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
              %v2289 = arith.mulf %v2288, %v1809 fastmath<contract> : f32
              %v2290 = arith.addf %v2282, %v2289 fastmath<contract> : f32
              %v2291 = arith.constant 3 : i64
              %v2292 = arith.muli %v2291, %v2 : i64
              %v2293 = arith.constant 12 : i64
              %v2294 = arith.addi %v2292, %v2293 : i64
              %v2295 = llvm.getelementptr %in_C_im[%v2294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2296 = llvm.load %v2295 : !llvm.ptr -> f32
              %v2297 = arith.mulf %v2296, %v1816 fastmath<contract> : f32
              %v2298 = arith.addf %v2290, %v2297 fastmath<contract> : f32
              %v2299 = llvm.load %v245 : !llvm.ptr -> f32
              %v2300 = arith.mulf %v2299, %v1064 fastmath<contract> : f32
              %v2301 = arith.addf %v2298, %v2300 fastmath<contract> : f32
              %v2302 = llvm.load %v308 : !llvm.ptr -> f32
              %v2303 = arith.mulf %v2302, %v1048 fastmath<contract> : f32
              %v2304 = arith.addf %v2303, %v2301 fastmath<contract> : f32
              %v2305 = arith.mulf %v1124, %v2299 fastmath<contract> : f32
              %v2306 = arith.mulf %v2302, %v1092 fastmath<contract> : f32
              %v2307 = arith.addf %v2306, %v2305 fastmath<contract> : f32
              %v2308 = arith.mulf %v1125, %v2299 fastmath<contract> : f32
              %v2309 = arith.mulf %v2302, %v1093 fastmath<contract> : f32
              %v2310 = arith.addf %v2309, %v2308 fastmath<contract> : f32
              %v2311 = arith.constant 13 : i64
              %v2312 = llvm.getelementptr %in_C_im[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2313 = llvm.load %v2312 : !llvm.ptr -> f32
              %v2314 = arith.mulf %v2313, %v1796 fastmath<contract> : f32
              %v2315 = arith.constant 1 : i64
              %v2316 = arith.muli %v2315, %v2 : i64
              %v2317 = arith.constant 13 : i64
              %v2318 = arith.addi %v2316, %v2317 : i64
              %v2319 = llvm.getelementptr %in_C_im[%v2318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
              %v2321 = arith.mulf %v2320, %v1802 fastmath<contract> : f32
              %v2322 = arith.addf %v2314, %v2321 fastmath<contract> : f32
              %v2323 = arith.constant 2 : i64
              %v2324 = arith.muli %v2323, %v2 : i64
              %v2325 = arith.constant 13 : i64
              %v2326 = arith.addi %v2324, %v2325 : i64
              %v2327 = llvm.getelementptr %in_C_im[%v2326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2328 = llvm.load %v2327 : !llvm.ptr -> f32
              %v2329 = arith.mulf %v2328, %v1809 fastmath<contract> : f32
              %v2330 = arith.addf %v2322, %v2329 fastmath<contract> : f32
              %v2331 = arith.constant 3 : i64
              %v2332 = arith.muli %v2331, %v2 : i64
              %v2333 = arith.constant 13 : i64
              %v2334 = arith.addi %v2332, %v2333 : i64
              %v2335 = llvm.getelementptr %in_C_im[%v2334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2336 = llvm.load %v2335 : !llvm.ptr -> f32
              %v2337 = arith.mulf %v2336, %v1816 fastmath<contract> : f32
              %v2338 = arith.addf %v2330, %v2337 fastmath<contract> : f32
              %v2339 = llvm.load %v247 : !llvm.ptr -> f32
              %v2340 = arith.mulf %v2339, %v1065 fastmath<contract> : f32
              %v2341 = arith.addf %v2338, %v2340 fastmath<contract> : f32
              %v2342 = llvm.load %v310 : !llvm.ptr -> f32
              %v2343 = arith.mulf %v2342, %v1049 fastmath<contract> : f32
              %v2344 = arith.addf %v2343, %v2341 fastmath<contract> : f32
              %v2345 = arith.mulf %v1126, %v2339 fastmath<contract> : f32
              %v2346 = arith.mulf %v2342, %v1094 fastmath<contract> : f32
              %v2347 = arith.addf %v2346, %v2345 fastmath<contract> : f32
              %v2348 = arith.mulf %v1127, %v2339 fastmath<contract> : f32
              %v2349 = arith.mulf %v2342, %v1095 fastmath<contract> : f32
              %v2350 = arith.addf %v2349, %v2348 fastmath<contract> : f32
              %v2351 = arith.constant 14 : i64
              %v2352 = llvm.getelementptr %in_C_im[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2353 = llvm.load %v2352 : !llvm.ptr -> f32
              %v2354 = arith.mulf %v2353, %v1796 fastmath<contract> : f32
              %v2355 = arith.constant 1 : i64
              %v2356 = arith.muli %v2355, %v2 : i64
              %v2357 = arith.constant 14 : i64
              %v2358 = arith.addi %v2356, %v2357 : i64
              %v2359 = llvm.getelementptr %in_C_im[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2360 = llvm.load %v2359 : !llvm.ptr -> f32
              %v2361 = arith.mulf %v2360, %v1802 fastmath<contract> : f32
              %v2362 = arith.addf %v2354, %v2361 fastmath<contract> : f32
              %v2363 = arith.constant 2 : i64
              %v2364 = arith.muli %v2363, %v2 : i64
              %v2365 = arith.constant 14 : i64
              %v2366 = arith.addi %v2364, %v2365 : i64
              %v2367 = llvm.getelementptr %in_C_im[%v2366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2368 = llvm.load %v2367 : !llvm.ptr -> f32
              %v2369 = arith.mulf %v2368, %v1809 fastmath<contract> : f32
              %v2370 = arith.addf %v2362, %v2369 fastmath<contract> : f32
              %v2371 = arith.constant 3 : i64
              %v2372 = arith.muli %v2371, %v2 : i64
              %v2373 = arith.constant 14 : i64
              %v2374 = arith.addi %v2372, %v2373 : i64
              %v2375 = llvm.getelementptr %in_C_im[%v2374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2376 = llvm.load %v2375 : !llvm.ptr -> f32
              %v2377 = arith.mulf %v2376, %v1816 fastmath<contract> : f32
              %v2378 = arith.addf %v2370, %v2377 fastmath<contract> : f32
              %v2379 = llvm.load %v249 : !llvm.ptr -> f32
              %v2380 = arith.mulf %v2379, %v1066 fastmath<contract> : f32
              %v2381 = arith.addf %v2378, %v2380 fastmath<contract> : f32
              %v2382 = llvm.load %v312 : !llvm.ptr -> f32
              %v2383 = arith.mulf %v2382, %v1050 fastmath<contract> : f32
              %v2384 = arith.addf %v2383, %v2381 fastmath<contract> : f32
              %v2385 = arith.mulf %v1128, %v2379 fastmath<contract> : f32
              %v2386 = arith.mulf %v2382, %v1096 fastmath<contract> : f32
              %v2387 = arith.addf %v2386, %v2385 fastmath<contract> : f32
              %v2388 = arith.mulf %v1129, %v2379 fastmath<contract> : f32
              %v2389 = arith.mulf %v2382, %v1097 fastmath<contract> : f32
              %v2390 = arith.addf %v2389, %v2388 fastmath<contract> : f32
              %v2391 = arith.constant 15 : i64
              %v2392 = llvm.getelementptr %in_C_im[%v2391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2393 = llvm.load %v2392 : !llvm.ptr -> f32
              %v2394 = arith.mulf %v2393, %v1796 fastmath<contract> : f32
              %v2395 = arith.constant 1 : i64
              %v2396 = arith.muli %v2395, %v2 : i64
              %v2397 = arith.constant 15 : i64
              %v2398 = arith.addi %v2396, %v2397 : i64
              %v2399 = llvm.getelementptr %in_C_im[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
              %v2401 = arith.mulf %v2400, %v1802 fastmath<contract> : f32
              %v2402 = arith.addf %v2394, %v2401 fastmath<contract> : f32
              %v2403 = arith.constant 2 : i64
              %v2404 = arith.muli %v2403, %v2 : i64
              %v2405 = arith.constant 15 : i64
              %v2406 = arith.addi %v2404, %v2405 : i64
              %v2407 = llvm.getelementptr %in_C_im[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2408 = llvm.load %v2407 : !llvm.ptr -> f32
              %v2409 = arith.mulf %v2408, %v1809 fastmath<contract> : f32
              %v2410 = arith.addf %v2402, %v2409 fastmath<contract> : f32
              %v2411 = arith.constant 3 : i64
              %v2412 = arith.muli %v2411, %v2 : i64
              %v2413 = arith.constant 15 : i64
              %v2414 = arith.addi %v2412, %v2413 : i64
              %v2415 = llvm.getelementptr %in_C_im[%v2414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2416 = llvm.load %v2415 : !llvm.ptr -> f32
              %v2417 = arith.mulf %v2416, %v1816 fastmath<contract> : f32
              %v2418 = arith.addf %v2410, %v2417 fastmath<contract> : f32
              %v2419 = llvm.load %v250 : !llvm.ptr -> f32
              %v2420 = arith.mulf %v2419, %v1067 fastmath<contract> : f32
              %v2421 = arith.addf %v2418, %v2420 fastmath<contract> : f32
              %v2422 = llvm.load %v314 : !llvm.ptr -> f32
              %v2423 = arith.mulf %v2422, %v1051 fastmath<contract> : f32
              %v2424 = arith.addf %v2423, %v2421 fastmath<contract> : f32
              %v2425 = arith.mulf %v1130, %v2419 fastmath<contract> : f32
              %v2426 = arith.mulf %v2422, %v1098 fastmath<contract> : f32
              %v2427 = arith.addf %v2426, %v2425 fastmath<contract> : f32
              %v2428 = arith.mulf %v1131, %v2419 fastmath<contract> : f32
              %v2429 = arith.mulf %v2422, %v1099 fastmath<contract> : f32
              %v2430 = arith.addf %v2429, %v2428 fastmath<contract> : f32
              llvm.store %v1186, %v128 : f32, !llvm.ptr
              llvm.store %v1189, %v927 : f32, !llvm.ptr
              llvm.store %v1192, %v928 : f32, !llvm.ptr
              llvm.store %v1226, %v129 : f32, !llvm.ptr
              llvm.store %v1229, %v929 : f32, !llvm.ptr
              llvm.store %v1232, %v930 : f32, !llvm.ptr
              llvm.store %v1266, %v131 : f32, !llvm.ptr
              llvm.store %v1269, %v931 : f32, !llvm.ptr
              llvm.store %v1272, %v932 : f32, !llvm.ptr
              llvm.store %v1306, %v133 : f32, !llvm.ptr
              llvm.store %v1309, %v933 : f32, !llvm.ptr
              llvm.store %v1312, %v934 : f32, !llvm.ptr
              llvm.store %v1346, %v134 : f32, !llvm.ptr
              llvm.store %v1349, %v935 : f32, !llvm.ptr
              llvm.store %v1352, %v936 : f32, !llvm.ptr
              llvm.store %v1386, %v136 : f32, !llvm.ptr
              llvm.store %v1389, %v937 : f32, !llvm.ptr
              llvm.store %v1392, %v938 : f32, !llvm.ptr
              llvm.store %v1426, %v138 : f32, !llvm.ptr
              llvm.store %v1429, %v939 : f32, !llvm.ptr
              llvm.store %v1432, %v940 : f32, !llvm.ptr
              llvm.store %v1466, %v140 : f32, !llvm.ptr
              llvm.store %v1469, %v941 : f32, !llvm.ptr
              llvm.store %v1472, %v942 : f32, !llvm.ptr
              llvm.store %v1506, %v142 : f32, !llvm.ptr
              llvm.store %v1509, %v943 : f32, !llvm.ptr
              llvm.store %v1512, %v944 : f32, !llvm.ptr
              llvm.store %v1546, %v144 : f32, !llvm.ptr
              llvm.store %v1549, %v945 : f32, !llvm.ptr
              llvm.store %v1552, %v946 : f32, !llvm.ptr
              llvm.store %v1586, %v146 : f32, !llvm.ptr
              llvm.store %v1589, %v947 : f32, !llvm.ptr
              llvm.store %v1592, %v948 : f32, !llvm.ptr
              llvm.store %v1626, %v148 : f32, !llvm.ptr
              llvm.store %v1629, %v949 : f32, !llvm.ptr
              llvm.store %v1632, %v950 : f32, !llvm.ptr
              llvm.store %v1666, %v150 : f32, !llvm.ptr
              llvm.store %v1669, %v951 : f32, !llvm.ptr
              llvm.store %v1672, %v952 : f32, !llvm.ptr
              llvm.store %v1706, %v152 : f32, !llvm.ptr
              llvm.store %v1709, %v953 : f32, !llvm.ptr
              llvm.store %v1712, %v954 : f32, !llvm.ptr
              llvm.store %v1746, %v154 : f32, !llvm.ptr
              llvm.store %v1749, %v955 : f32, !llvm.ptr
              llvm.store %v1752, %v956 : f32, !llvm.ptr
              llvm.store %v1786, %v156 : f32, !llvm.ptr
              llvm.store %v1789, %v957 : f32, !llvm.ptr
              llvm.store %v1792, %v958 : f32, !llvm.ptr
              llvm.store %v1824, %v157 : f32, !llvm.ptr
              llvm.store %v1827, %v959 : f32, !llvm.ptr
              llvm.store %v1830, %v960 : f32, !llvm.ptr
              llvm.store %v1864, %v159 : f32, !llvm.ptr
              llvm.store %v1867, %v961 : f32, !llvm.ptr
              llvm.store %v1870, %v962 : f32, !llvm.ptr
              llvm.store %v1904, %v161 : f32, !llvm.ptr
              llvm.store %v1907, %v963 : f32, !llvm.ptr
              llvm.store %v1910, %v964 : f32, !llvm.ptr
              llvm.store %v1944, %v163 : f32, !llvm.ptr
              llvm.store %v1947, %v965 : f32, !llvm.ptr
              llvm.store %v1950, %v966 : f32, !llvm.ptr
              llvm.store %v1984, %v165 : f32, !llvm.ptr
              llvm.store %v1987, %v967 : f32, !llvm.ptr
              llvm.store %v1990, %v968 : f32, !llvm.ptr
              llvm.store %v2024, %v167 : f32, !llvm.ptr
              llvm.store %v2027, %v969 : f32, !llvm.ptr
              llvm.store %v2030, %v970 : f32, !llvm.ptr
              llvm.store %v2064, %v169 : f32, !llvm.ptr
              llvm.store %v2067, %v971 : f32, !llvm.ptr
              llvm.store %v2070, %v972 : f32, !llvm.ptr
              llvm.store %v2104, %v171 : f32, !llvm.ptr
              llvm.store %v2107, %v973 : f32, !llvm.ptr
              llvm.store %v2110, %v974 : f32, !llvm.ptr
              llvm.store %v2144, %v173 : f32, !llvm.ptr
              llvm.store %v2147, %v975 : f32, !llvm.ptr
              llvm.store %v2150, %v976 : f32, !llvm.ptr
              llvm.store %v2184, %v175 : f32, !llvm.ptr
              llvm.store %v2187, %v977 : f32, !llvm.ptr
              llvm.store %v2190, %v978 : f32, !llvm.ptr
              llvm.store %v2224, %v177 : f32, !llvm.ptr
              llvm.store %v2227, %v979 : f32, !llvm.ptr
              llvm.store %v2230, %v980 : f32, !llvm.ptr
              llvm.store %v2264, %v179 : f32, !llvm.ptr
              llvm.store %v2267, %v981 : f32, !llvm.ptr
              llvm.store %v2270, %v982 : f32, !llvm.ptr
              llvm.store %v2304, %v181 : f32, !llvm.ptr
              llvm.store %v2307, %v983 : f32, !llvm.ptr
              llvm.store %v2310, %v984 : f32, !llvm.ptr
              llvm.store %v2344, %v183 : f32, !llvm.ptr
              llvm.store %v2347, %v985 : f32, !llvm.ptr
              llvm.store %v2350, %v986 : f32, !llvm.ptr
              llvm.store %v2384, %v185 : f32, !llvm.ptr
              llvm.store %v2387, %v987 : f32, !llvm.ptr
              llvm.store %v2390, %v988 : f32, !llvm.ptr
              llvm.store %v2424, %v187 : f32, !llvm.ptr
              llvm.store %v2427, %v989 : f32, !llvm.ptr
              llvm.store %v2430, %v990 : f32, !llvm.ptr
              scf.if %v1034 {
              }
              %v2431 = arith.constant 0 : i64
              %v2432 = llvm.getelementptr %in_nu_log[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
              %v2435 = arith.mulf %v2433, %v2434 fastmath<contract> : f32
              %v2436 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2435) : (f32) -> f32
              %v2437 = arith.negf %v2436 : f32
              %v2438 = arith.mulf %v2437, %v2434 fastmath<contract> : f32
              %v2439 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2438) : (f32) -> f32
              %v2440 = arith.constant 0 : i64
              %v2441 = llvm.getelementptr %in_theta_log[%v2440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2442 = llvm.load %v2441 : !llvm.ptr -> f32
              %v2443 = arith.mulf %v2442, %v2434 fastmath<contract> : f32
              %v2444 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2443) : (f32) -> f32
              %v2446 = arith.mulf %v2444, %v2445 fastmath<contract> : f32
              %v2447 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2446) : (f32) -> f32
              %v2450 = arith.mulf %v2447, %v2448 fastmath<contract> : f32
              %v2451 = arith.subf %v2444, %v2450 fastmath<contract> : f32
              %v2452 = arith.mulf %v2447, %v2449 fastmath<contract> : f32
              %v2453 = arith.subf %v2451, %v2452 fastmath<contract> : f32
              %v2454 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2453) : (f32) -> f32
              %v2455 = arith.mulf %v2439, %v2454 fastmath<contract> : f32
              llvm.store %v2455, %v189 : f32, !llvm.ptr
              %v2456 = arith.mulf %v2444, %v2445 fastmath<contract> : f32
              %v2457 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2456) : (f32) -> f32
              %v2458 = arith.mulf %v2457, %v2448 fastmath<contract> : f32
              %v2459 = arith.subf %v2444, %v2458 fastmath<contract> : f32
              %v2460 = arith.mulf %v2457, %v2449 fastmath<contract> : f32
              %v2461 = arith.subf %v2459, %v2460 fastmath<contract> : f32
              %v2462 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2461) : (f32) -> f32
              %v2463 = arith.mulf %v2439, %v2462 fastmath<contract> : f32
              llvm.store %v2463, %v252 : f32, !llvm.ptr
              %v2464 = arith.constant 1 : i64
              %v2465 = llvm.getelementptr %in_nu_log[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2466 = llvm.load %v2465 : !llvm.ptr -> f32
              %v2467 = arith.mulf %v2466, %v2434 fastmath<contract> : f32
              %v2468 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2467) : (f32) -> f32
              %v2469 = arith.negf %v2468 : f32
              %v2470 = arith.mulf %v2469, %v2434 fastmath<contract> : f32
              %v2471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2470) : (f32) -> f32
              %v2472 = arith.constant 1 : i64
              %v2473 = llvm.getelementptr %in_theta_log[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2474 = llvm.load %v2473 : !llvm.ptr -> f32
              %v2475 = arith.mulf %v2474, %v2434 fastmath<contract> : f32
              %v2476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2475) : (f32) -> f32
              %v2477 = arith.mulf %v2476, %v2445 fastmath<contract> : f32
              %v2478 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2477) : (f32) -> f32
              %v2479 = arith.mulf %v2478, %v2448 fastmath<contract> : f32
              %v2480 = arith.subf %v2476, %v2479 fastmath<contract> : f32
              %v2481 = arith.mulf %v2478, %v2449 fastmath<contract> : f32
              %v2482 = arith.subf %v2480, %v2481 fastmath<contract> : f32
              %v2483 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2482) : (f32) -> f32
              %v2484 = arith.mulf %v2471, %v2483 fastmath<contract> : f32
              llvm.store %v2484, %v191 : f32, !llvm.ptr
              %v2485 = arith.mulf %v2476, %v2445 fastmath<contract> : f32
              %v2486 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2485) : (f32) -> f32
              %v2487 = arith.mulf %v2486, %v2448 fastmath<contract> : f32
              %v2488 = arith.subf %v2476, %v2487 fastmath<contract> : f32
              %v2489 = arith.mulf %v2486, %v2449 fastmath<contract> : f32
              %v2490 = arith.subf %v2488, %v2489 fastmath<contract> : f32
              %v2491 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2490) : (f32) -> f32
              %v2492 = arith.mulf %v2471, %v2491 fastmath<contract> : f32
              llvm.store %v2492, %v254 : f32, !llvm.ptr
              %v2493 = arith.constant 2 : i64
              %v2494 = llvm.getelementptr %in_nu_log[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
              %v2496 = arith.mulf %v2495, %v2434 fastmath<contract> : f32
              %v2497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2496) : (f32) -> f32
              %v2498 = arith.negf %v2497 : f32
              %v2499 = arith.mulf %v2498, %v2434 fastmath<contract> : f32
              %v2500 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2499) : (f32) -> f32
              %v2501 = arith.constant 2 : i64
              %v2502 = llvm.getelementptr %in_theta_log[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2503 = llvm.load %v2502 : !llvm.ptr -> f32
              %v2504 = arith.mulf %v2503, %v2434 fastmath<contract> : f32
              %v2505 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2504) : (f32) -> f32
              %v2506 = arith.mulf %v2505, %v2445 fastmath<contract> : f32
              %v2507 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2506) : (f32) -> f32
              %v2508 = arith.mulf %v2507, %v2448 fastmath<contract> : f32
              %v2509 = arith.subf %v2505, %v2508 fastmath<contract> : f32
              %v2510 = arith.mulf %v2507, %v2449 fastmath<contract> : f32
              %v2511 = arith.subf %v2509, %v2510 fastmath<contract> : f32
              %v2512 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2511) : (f32) -> f32
              %v2513 = arith.mulf %v2500, %v2512 fastmath<contract> : f32
              llvm.store %v2513, %v193 : f32, !llvm.ptr
              %v2514 = arith.mulf %v2505, %v2445 fastmath<contract> : f32
              %v2515 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2514) : (f32) -> f32
              %v2516 = arith.mulf %v2515, %v2448 fastmath<contract> : f32
              %v2517 = arith.subf %v2505, %v2516 fastmath<contract> : f32
              %v2518 = arith.mulf %v2515, %v2449 fastmath<contract> : f32
              %v2519 = arith.subf %v2517, %v2518 fastmath<contract> : f32
              %v2520 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2519) : (f32) -> f32
              %v2521 = arith.mulf %v2500, %v2520 fastmath<contract> : f32
              llvm.store %v2521, %v256 : f32, !llvm.ptr
              %v2522 = arith.constant 3 : i64
              %v2523 = llvm.getelementptr %in_nu_log[%v2522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2524 = llvm.load %v2523 : !llvm.ptr -> f32
              %v2525 = arith.mulf %v2524, %v2434 fastmath<contract> : f32
              %v2526 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2525) : (f32) -> f32
              %v2527 = arith.negf %v2526 : f32
              %v2528 = arith.mulf %v2527, %v2434 fastmath<contract> : f32
              %v2529 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2528) : (f32) -> f32
              %v2530 = arith.constant 3 : i64
              %v2531 = llvm.getelementptr %in_theta_log[%v2530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2532 = llvm.load %v2531 : !llvm.ptr -> f32
              %v2533 = arith.mulf %v2532, %v2434 fastmath<contract> : f32
              %v2534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2533) : (f32) -> f32
              %v2535 = arith.mulf %v2534, %v2445 fastmath<contract> : f32
              %v2536 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2535) : (f32) -> f32
              %v2537 = arith.mulf %v2536, %v2448 fastmath<contract> : f32
              %v2538 = arith.subf %v2534, %v2537 fastmath<contract> : f32
              %v2539 = arith.mulf %v2536, %v2449 fastmath<contract> : f32
              %v2540 = arith.subf %v2538, %v2539 fastmath<contract> : f32
              %v2541 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2540) : (f32) -> f32
              %v2542 = arith.mulf %v2529, %v2541 fastmath<contract> : f32
              llvm.store %v2542, %v195 : f32, !llvm.ptr
              %v2543 = arith.mulf %v2534, %v2445 fastmath<contract> : f32
              %v2544 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2543) : (f32) -> f32
              %v2545 = arith.mulf %v2544, %v2448 fastmath<contract> : f32
              %v2546 = arith.subf %v2534, %v2545 fastmath<contract> : f32
              %v2547 = arith.mulf %v2544, %v2449 fastmath<contract> : f32
              %v2548 = arith.subf %v2546, %v2547 fastmath<contract> : f32
              %v2549 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2548) : (f32) -> f32
              %v2550 = arith.mulf %v2529, %v2549 fastmath<contract> : f32
              llvm.store %v2550, %v258 : f32, !llvm.ptr
              %v2551 = arith.constant 4 : i64
              %v2552 = llvm.getelementptr %in_nu_log[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2553 = llvm.load %v2552 : !llvm.ptr -> f32
              %v2554 = arith.mulf %v2553, %v2434 fastmath<contract> : f32
              %v2555 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2554) : (f32) -> f32
              %v2556 = arith.negf %v2555 : f32
              %v2557 = arith.mulf %v2556, %v2434 fastmath<contract> : f32
              %v2558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2557) : (f32) -> f32
              %v2559 = arith.constant 4 : i64
              %v2560 = llvm.getelementptr %in_theta_log[%v2559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2561 = llvm.load %v2560 : !llvm.ptr -> f32
              %v2562 = arith.mulf %v2561, %v2434 fastmath<contract> : f32
              %v2563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2562) : (f32) -> f32
              %v2564 = arith.mulf %v2563, %v2445 fastmath<contract> : f32
              %v2565 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2564) : (f32) -> f32
              %v2566 = arith.mulf %v2565, %v2448 fastmath<contract> : f32
              %v2567 = arith.subf %v2563, %v2566 fastmath<contract> : f32
              %v2568 = arith.mulf %v2565, %v2449 fastmath<contract> : f32
              %v2569 = arith.subf %v2567, %v2568 fastmath<contract> : f32
              %v2570 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2569) : (f32) -> f32
              %v2571 = arith.mulf %v2558, %v2570 fastmath<contract> : f32
              llvm.store %v2571, %v197 : f32, !llvm.ptr
              %v2572 = arith.mulf %v2563, %v2445 fastmath<contract> : f32
              %v2573 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2572) : (f32) -> f32
              %v2574 = arith.mulf %v2573, %v2448 fastmath<contract> : f32
              %v2575 = arith.subf %v2563, %v2574 fastmath<contract> : f32
              %v2576 = arith.mulf %v2573, %v2449 fastmath<contract> : f32
              %v2577 = arith.subf %v2575, %v2576 fastmath<contract> : f32
              %v2578 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2577) : (f32) -> f32
              %v2579 = arith.mulf %v2558, %v2578 fastmath<contract> : f32
              llvm.store %v2579, %v260 : f32, !llvm.ptr
              %v2580 = arith.constant 5 : i64
              %v2581 = llvm.getelementptr %in_nu_log[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2582 = llvm.load %v2581 : !llvm.ptr -> f32
              %v2583 = arith.mulf %v2582, %v2434 fastmath<contract> : f32
              %v2584 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2583) : (f32) -> f32
              %v2585 = arith.negf %v2584 : f32
              %v2586 = arith.mulf %v2585, %v2434 fastmath<contract> : f32
              %v2587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2586) : (f32) -> f32
              %v2588 = arith.constant 5 : i64
              %v2589 = llvm.getelementptr %in_theta_log[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2590 = llvm.load %v2589 : !llvm.ptr -> f32
              %v2591 = arith.mulf %v2590, %v2434 fastmath<contract> : f32
              %v2592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2591) : (f32) -> f32
              %v2593 = arith.mulf %v2592, %v2445 fastmath<contract> : f32
              %v2594 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2593) : (f32) -> f32
              %v2595 = arith.mulf %v2594, %v2448 fastmath<contract> : f32
              %v2596 = arith.subf %v2592, %v2595 fastmath<contract> : f32
              %v2597 = arith.mulf %v2594, %v2449 fastmath<contract> : f32
              %v2598 = arith.subf %v2596, %v2597 fastmath<contract> : f32
              %v2599 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2598) : (f32) -> f32
              %v2600 = arith.mulf %v2587, %v2599 fastmath<contract> : f32
              llvm.store %v2600, %v199 : f32, !llvm.ptr
              %v2601 = arith.mulf %v2592, %v2445 fastmath<contract> : f32
              %v2602 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2601) : (f32) -> f32
              %v2603 = arith.mulf %v2602, %v2448 fastmath<contract> : f32
              %v2604 = arith.subf %v2592, %v2603 fastmath<contract> : f32
              %v2605 = arith.mulf %v2602, %v2449 fastmath<contract> : f32
              %v2606 = arith.subf %v2604, %v2605 fastmath<contract> : f32
              %v2607 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2606) : (f32) -> f32
              %v2608 = arith.mulf %v2587, %v2607 fastmath<contract> : f32
              llvm.store %v2608, %v262 : f32, !llvm.ptr
              %v2609 = arith.constant 6 : i64
              %v2610 = llvm.getelementptr %in_nu_log[%v2609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2611 = llvm.load %v2610 : !llvm.ptr -> f32
              %v2612 = arith.mulf %v2611, %v2434 fastmath<contract> : f32
              %v2613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2612) : (f32) -> f32
              %v2614 = arith.negf %v2613 : f32
              %v2615 = arith.mulf %v2614, %v2434 fastmath<contract> : f32
              %v2616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2615) : (f32) -> f32
              %v2617 = arith.constant 6 : i64
              %v2618 = llvm.getelementptr %in_theta_log[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2619 = llvm.load %v2618 : !llvm.ptr -> f32
              %v2620 = arith.mulf %v2619, %v2434 fastmath<contract> : f32
              %v2621 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2620) : (f32) -> f32
              %v2622 = arith.mulf %v2621, %v2445 fastmath<contract> : f32
              %v2623 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2622) : (f32) -> f32
              %v2624 = arith.mulf %v2623, %v2448 fastmath<contract> : f32
              %v2625 = arith.subf %v2621, %v2624 fastmath<contract> : f32
              %v2626 = arith.mulf %v2623, %v2449 fastmath<contract> : f32
              %v2627 = arith.subf %v2625, %v2626 fastmath<contract> : f32
              %v2628 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2627) : (f32) -> f32
              %v2629 = arith.mulf %v2616, %v2628 fastmath<contract> : f32
              llvm.store %v2629, %v201 : f32, !llvm.ptr
              %v2630 = arith.mulf %v2621, %v2445 fastmath<contract> : f32
              %v2631 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2630) : (f32) -> f32
              %v2632 = arith.mulf %v2631, %v2448 fastmath<contract> : f32
              %v2633 = arith.subf %v2621, %v2632 fastmath<contract> : f32
              %v2634 = arith.mulf %v2631, %v2449 fastmath<contract> : f32
              %v2635 = arith.subf %v2633, %v2634 fastmath<contract> : f32
              %v2636 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2635) : (f32) -> f32
              %v2637 = arith.mulf %v2616, %v2636 fastmath<contract> : f32
              llvm.store %v2637, %v264 : f32, !llvm.ptr
              %v2638 = arith.constant 7 : i64
              %v2639 = llvm.getelementptr %in_nu_log[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2640 = llvm.load %v2639 : !llvm.ptr -> f32
              %v2641 = arith.mulf %v2640, %v2434 fastmath<contract> : f32
              %v2642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2641) : (f32) -> f32
              %v2643 = arith.negf %v2642 : f32
              %v2644 = arith.mulf %v2643, %v2434 fastmath<contract> : f32
              %v2645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2644) : (f32) -> f32
              %v2646 = arith.constant 7 : i64
              %v2647 = llvm.getelementptr %in_theta_log[%v2646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2648 = llvm.load %v2647 : !llvm.ptr -> f32
              %v2649 = arith.mulf %v2648, %v2434 fastmath<contract> : f32
              %v2650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2649) : (f32) -> f32
              %v2651 = arith.mulf %v2650, %v2445 fastmath<contract> : f32
              %v2652 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2651) : (f32) -> f32
              %v2653 = arith.mulf %v2652, %v2448 fastmath<contract> : f32
              %v2654 = arith.subf %v2650, %v2653 fastmath<contract> : f32
              %v2655 = arith.mulf %v2652, %v2449 fastmath<contract> : f32
              %v2656 = arith.subf %v2654, %v2655 fastmath<contract> : f32
              %v2657 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2656) : (f32) -> f32
              %v2658 = arith.mulf %v2645, %v2657 fastmath<contract> : f32
              llvm.store %v2658, %v203 : f32, !llvm.ptr
              %v2659 = arith.mulf %v2650, %v2445 fastmath<contract> : f32
              %v2660 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2659) : (f32) -> f32
              %v2661 = arith.mulf %v2660, %v2448 fastmath<contract> : f32
              %v2662 = arith.subf %v2650, %v2661 fastmath<contract> : f32
              %v2663 = arith.mulf %v2660, %v2449 fastmath<contract> : f32
              %v2664 = arith.subf %v2662, %v2663 fastmath<contract> : f32
              %v2665 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2664) : (f32) -> f32
              %v2666 = arith.mulf %v2645, %v2665 fastmath<contract> : f32
              llvm.store %v2666, %v266 : f32, !llvm.ptr
              %v2667 = arith.constant 8 : i64
              %v2668 = llvm.getelementptr %in_nu_log[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2669 = llvm.load %v2668 : !llvm.ptr -> f32
              %v2670 = arith.mulf %v2669, %v2434 fastmath<contract> : f32
              %v2671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2670) : (f32) -> f32
              %v2672 = arith.negf %v2671 : f32
              %v2673 = arith.mulf %v2672, %v2434 fastmath<contract> : f32
              %v2674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2673) : (f32) -> f32
              %v2675 = arith.constant 8 : i64
              %v2676 = llvm.getelementptr %in_theta_log[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2677 = llvm.load %v2676 : !llvm.ptr -> f32
              %v2678 = arith.mulf %v2677, %v2434 fastmath<contract> : f32
              %v2679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2678) : (f32) -> f32
              %v2680 = arith.mulf %v2679, %v2445 fastmath<contract> : f32
              %v2681 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2680) : (f32) -> f32
              %v2682 = arith.mulf %v2681, %v2448 fastmath<contract> : f32
              %v2683 = arith.subf %v2679, %v2682 fastmath<contract> : f32
              %v2684 = arith.mulf %v2681, %v2449 fastmath<contract> : f32
              %v2685 = arith.subf %v2683, %v2684 fastmath<contract> : f32
              %v2686 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2685) : (f32) -> f32
              %v2687 = arith.mulf %v2674, %v2686 fastmath<contract> : f32
              llvm.store %v2687, %v205 : f32, !llvm.ptr
              %v2688 = arith.mulf %v2679, %v2445 fastmath<contract> : f32
              %v2689 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2688) : (f32) -> f32
              %v2690 = arith.mulf %v2689, %v2448 fastmath<contract> : f32
              %v2691 = arith.subf %v2679, %v2690 fastmath<contract> : f32
              %v2692 = arith.mulf %v2689, %v2449 fastmath<contract> : f32
              %v2693 = arith.subf %v2691, %v2692 fastmath<contract> : f32
              %v2694 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2693) : (f32) -> f32
              %v2695 = arith.mulf %v2674, %v2694 fastmath<contract> : f32
              llvm.store %v2695, %v268 : f32, !llvm.ptr
              %v2696 = arith.constant 9 : i64
              %v2697 = llvm.getelementptr %in_nu_log[%v2696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2698 = llvm.load %v2697 : !llvm.ptr -> f32
              %v2699 = arith.mulf %v2698, %v2434 fastmath<contract> : f32
              %v2700 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2699) : (f32) -> f32
              %v2701 = arith.negf %v2700 : f32
              %v2702 = arith.mulf %v2701, %v2434 fastmath<contract> : f32
              %v2703 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2702) : (f32) -> f32
              %v2704 = arith.constant 9 : i64
              %v2705 = llvm.getelementptr %in_theta_log[%v2704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2706 = llvm.load %v2705 : !llvm.ptr -> f32
              %v2707 = arith.mulf %v2706, %v2434 fastmath<contract> : f32
              %v2708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2707) : (f32) -> f32
              %v2709 = arith.mulf %v2708, %v2445 fastmath<contract> : f32
              %v2710 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2709) : (f32) -> f32
              %v2711 = arith.mulf %v2710, %v2448 fastmath<contract> : f32
              %v2712 = arith.subf %v2708, %v2711 fastmath<contract> : f32
              %v2713 = arith.mulf %v2710, %v2449 fastmath<contract> : f32
              %v2714 = arith.subf %v2712, %v2713 fastmath<contract> : f32
              %v2715 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2714) : (f32) -> f32
              %v2716 = arith.mulf %v2703, %v2715 fastmath<contract> : f32
              llvm.store %v2716, %v207 : f32, !llvm.ptr
              %v2717 = arith.mulf %v2708, %v2445 fastmath<contract> : f32
              %v2718 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2717) : (f32) -> f32
              %v2719 = arith.mulf %v2718, %v2448 fastmath<contract> : f32
              %v2720 = arith.subf %v2708, %v2719 fastmath<contract> : f32
              %v2721 = arith.mulf %v2718, %v2449 fastmath<contract> : f32
              %v2722 = arith.subf %v2720, %v2721 fastmath<contract> : f32
              %v2723 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2722) : (f32) -> f32
              %v2724 = arith.mulf %v2703, %v2723 fastmath<contract> : f32
              llvm.store %v2724, %v270 : f32, !llvm.ptr
              %v2725 = arith.constant 10 : i64
              %v2726 = llvm.getelementptr %in_nu_log[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
              %v2728 = arith.mulf %v2727, %v2434 fastmath<contract> : f32
              %v2729 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2728) : (f32) -> f32
              %v2730 = arith.negf %v2729 : f32
              %v2731 = arith.mulf %v2730, %v2434 fastmath<contract> : f32
              %v2732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2731) : (f32) -> f32
              %v2733 = arith.constant 10 : i64
              %v2734 = llvm.getelementptr %in_theta_log[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
              %v2736 = arith.mulf %v2735, %v2434 fastmath<contract> : f32
              %v2737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2736) : (f32) -> f32
              %v2738 = arith.mulf %v2737, %v2445 fastmath<contract> : f32
              %v2739 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2738) : (f32) -> f32
              %v2740 = arith.mulf %v2739, %v2448 fastmath<contract> : f32
              %v2741 = arith.subf %v2737, %v2740 fastmath<contract> : f32
              %v2742 = arith.mulf %v2739, %v2449 fastmath<contract> : f32
              %v2743 = arith.subf %v2741, %v2742 fastmath<contract> : f32
              %v2744 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2743) : (f32) -> f32
              %v2745 = arith.mulf %v2732, %v2744 fastmath<contract> : f32
              llvm.store %v2745, %v209 : f32, !llvm.ptr
              %v2746 = arith.mulf %v2737, %v2445 fastmath<contract> : f32
              %v2747 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2746) : (f32) -> f32
              %v2748 = arith.mulf %v2747, %v2448 fastmath<contract> : f32
              %v2749 = arith.subf %v2737, %v2748 fastmath<contract> : f32
              %v2750 = arith.mulf %v2747, %v2449 fastmath<contract> : f32
              %v2751 = arith.subf %v2749, %v2750 fastmath<contract> : f32
              %v2752 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2751) : (f32) -> f32
              %v2753 = arith.mulf %v2732, %v2752 fastmath<contract> : f32
              llvm.store %v2753, %v272 : f32, !llvm.ptr
              %v2754 = arith.constant 11 : i64
              %v2755 = llvm.getelementptr %in_nu_log[%v2754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2756 = llvm.load %v2755 : !llvm.ptr -> f32
              %v2757 = arith.mulf %v2756, %v2434 fastmath<contract> : f32
              %v2758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2757) : (f32) -> f32
              %v2759 = arith.negf %v2758 : f32
              %v2760 = arith.mulf %v2759, %v2434 fastmath<contract> : f32
              %v2761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2760) : (f32) -> f32
              %v2762 = arith.constant 11 : i64
              %v2763 = llvm.getelementptr %in_theta_log[%v2762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2764 = llvm.load %v2763 : !llvm.ptr -> f32
              %v2765 = arith.mulf %v2764, %v2434 fastmath<contract> : f32
              %v2766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2765) : (f32) -> f32
              %v2767 = arith.mulf %v2766, %v2445 fastmath<contract> : f32
              %v2768 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2767) : (f32) -> f32
              %v2769 = arith.mulf %v2768, %v2448 fastmath<contract> : f32
              %v2770 = arith.subf %v2766, %v2769 fastmath<contract> : f32
              %v2771 = arith.mulf %v2768, %v2449 fastmath<contract> : f32
              %v2772 = arith.subf %v2770, %v2771 fastmath<contract> : f32
              %v2773 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2772) : (f32) -> f32
              %v2774 = arith.mulf %v2761, %v2773 fastmath<contract> : f32
              llvm.store %v2774, %v211 : f32, !llvm.ptr
              %v2775 = arith.mulf %v2766, %v2445 fastmath<contract> : f32
              %v2776 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2775) : (f32) -> f32
              %v2777 = arith.mulf %v2776, %v2448 fastmath<contract> : f32
              %v2778 = arith.subf %v2766, %v2777 fastmath<contract> : f32
              %v2779 = arith.mulf %v2776, %v2449 fastmath<contract> : f32
              %v2780 = arith.subf %v2778, %v2779 fastmath<contract> : f32
              %v2781 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2780) : (f32) -> f32
              %v2782 = arith.mulf %v2761, %v2781 fastmath<contract> : f32
              llvm.store %v2782, %v274 : f32, !llvm.ptr
              %v2783 = arith.constant 12 : i64
              %v2784 = llvm.getelementptr %in_nu_log[%v2783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
              %v2786 = arith.mulf %v2785, %v2434 fastmath<contract> : f32
              %v2787 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2786) : (f32) -> f32
              %v2788 = arith.negf %v2787 : f32
              %v2789 = arith.mulf %v2788, %v2434 fastmath<contract> : f32
              %v2790 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2789) : (f32) -> f32
              %v2791 = arith.constant 12 : i64
              %v2792 = llvm.getelementptr %in_theta_log[%v2791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
              %v2794 = arith.mulf %v2793, %v2434 fastmath<contract> : f32
              %v2795 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2794) : (f32) -> f32
              %v2796 = arith.mulf %v2795, %v2445 fastmath<contract> : f32
              %v2797 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2796) : (f32) -> f32
              %v2798 = arith.mulf %v2797, %v2448 fastmath<contract> : f32
              %v2799 = arith.subf %v2795, %v2798 fastmath<contract> : f32
              %v2800 = arith.mulf %v2797, %v2449 fastmath<contract> : f32
              %v2801 = arith.subf %v2799, %v2800 fastmath<contract> : f32
              %v2802 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2801) : (f32) -> f32
              %v2803 = arith.mulf %v2790, %v2802 fastmath<contract> : f32
              llvm.store %v2803, %v213 : f32, !llvm.ptr
              %v2804 = arith.mulf %v2795, %v2445 fastmath<contract> : f32
              %v2805 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2804) : (f32) -> f32
              %v2806 = arith.mulf %v2805, %v2448 fastmath<contract> : f32
              %v2807 = arith.subf %v2795, %v2806 fastmath<contract> : f32
              %v2808 = arith.mulf %v2805, %v2449 fastmath<contract> : f32
              %v2809 = arith.subf %v2807, %v2808 fastmath<contract> : f32
              %v2810 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2809) : (f32) -> f32
              %v2811 = arith.mulf %v2790, %v2810 fastmath<contract> : f32
              llvm.store %v2811, %v276 : f32, !llvm.ptr
              %v2812 = arith.constant 13 : i64
              %v2813 = llvm.getelementptr %in_nu_log[%v2812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2814 = llvm.load %v2813 : !llvm.ptr -> f32
              %v2815 = arith.mulf %v2814, %v2434 fastmath<contract> : f32
              %v2816 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2815) : (f32) -> f32
              %v2817 = arith.negf %v2816 : f32
              %v2818 = arith.mulf %v2817, %v2434 fastmath<contract> : f32
              %v2819 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2818) : (f32) -> f32
              %v2820 = arith.constant 13 : i64
              %v2821 = llvm.getelementptr %in_theta_log[%v2820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2822 = llvm.load %v2821 : !llvm.ptr -> f32
              %v2823 = arith.mulf %v2822, %v2434 fastmath<contract> : f32
              %v2824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2823) : (f32) -> f32
              %v2825 = arith.mulf %v2824, %v2445 fastmath<contract> : f32
              %v2826 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2825) : (f32) -> f32
              %v2827 = arith.mulf %v2826, %v2448 fastmath<contract> : f32
              %v2828 = arith.subf %v2824, %v2827 fastmath<contract> : f32
              %v2829 = arith.mulf %v2826, %v2449 fastmath<contract> : f32
              %v2830 = arith.subf %v2828, %v2829 fastmath<contract> : f32
              %v2831 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2830) : (f32) -> f32
              %v2832 = arith.mulf %v2819, %v2831 fastmath<contract> : f32
              llvm.store %v2832, %v215 : f32, !llvm.ptr
              %v2833 = arith.mulf %v2824, %v2445 fastmath<contract> : f32
              %v2834 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2833) : (f32) -> f32
              %v2835 = arith.mulf %v2834, %v2448 fastmath<contract> : f32
              %v2836 = arith.subf %v2824, %v2835 fastmath<contract> : f32
              %v2837 = arith.mulf %v2834, %v2449 fastmath<contract> : f32
              %v2838 = arith.subf %v2836, %v2837 fastmath<contract> : f32
              %v2839 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2838) : (f32) -> f32
              %v2840 = arith.mulf %v2819, %v2839 fastmath<contract> : f32
              llvm.store %v2840, %v278 : f32, !llvm.ptr
              %v2841 = arith.constant 14 : i64
              %v2842 = llvm.getelementptr %in_nu_log[%v2841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2843 = llvm.load %v2842 : !llvm.ptr -> f32
              %v2844 = arith.mulf %v2843, %v2434 fastmath<contract> : f32
              %v2845 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2844) : (f32) -> f32
              %v2846 = arith.negf %v2845 : f32
              %v2847 = arith.mulf %v2846, %v2434 fastmath<contract> : f32
              %v2848 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2847) : (f32) -> f32
              %v2849 = arith.constant 14 : i64
              %v2850 = llvm.getelementptr %in_theta_log[%v2849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2851 = llvm.load %v2850 : !llvm.ptr -> f32
              %v2852 = arith.mulf %v2851, %v2434 fastmath<contract> : f32
              %v2853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2852) : (f32) -> f32
              %v2854 = arith.mulf %v2853, %v2445 fastmath<contract> : f32
              %v2855 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2854) : (f32) -> f32
              %v2856 = arith.mulf %v2855, %v2448 fastmath<contract> : f32
              %v2857 = arith.subf %v2853, %v2856 fastmath<contract> : f32
              %v2858 = arith.mulf %v2855, %v2449 fastmath<contract> : f32
              %v2859 = arith.subf %v2857, %v2858 fastmath<contract> : f32
              %v2860 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2859) : (f32) -> f32
              %v2861 = arith.mulf %v2848, %v2860 fastmath<contract> : f32
              llvm.store %v2861, %v217 : f32, !llvm.ptr
              %v2862 = arith.mulf %v2853, %v2445 fastmath<contract> : f32
              %v2863 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2862) : (f32) -> f32
              %v2864 = arith.mulf %v2863, %v2448 fastmath<contract> : f32
              %v2865 = arith.subf %v2853, %v2864 fastmath<contract> : f32
              %v2866 = arith.mulf %v2863, %v2449 fastmath<contract> : f32
              %v2867 = arith.subf %v2865, %v2866 fastmath<contract> : f32
              %v2868 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2867) : (f32) -> f32
              %v2869 = arith.mulf %v2848, %v2868 fastmath<contract> : f32
              llvm.store %v2869, %v280 : f32, !llvm.ptr
              %v2870 = arith.constant 15 : i64
              %v2871 = llvm.getelementptr %in_nu_log[%v2870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2872 = llvm.load %v2871 : !llvm.ptr -> f32
              %v2873 = arith.mulf %v2872, %v2434 fastmath<contract> : f32
              %v2874 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2873) : (f32) -> f32
              %v2875 = arith.negf %v2874 : f32
              %v2876 = arith.mulf %v2875, %v2434 fastmath<contract> : f32
              %v2877 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2876) : (f32) -> f32
              %v2878 = arith.constant 15 : i64
              %v2879 = llvm.getelementptr %in_theta_log[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2880 = llvm.load %v2879 : !llvm.ptr -> f32
              %v2881 = arith.mulf %v2880, %v2434 fastmath<contract> : f32
              %v2882 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2881) : (f32) -> f32
              %v2883 = arith.mulf %v2882, %v2445 fastmath<contract> : f32
              %v2884 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2883) : (f32) -> f32
              %v2885 = arith.mulf %v2884, %v2448 fastmath<contract> : f32
              %v2886 = arith.subf %v2882, %v2885 fastmath<contract> : f32
              %v2887 = arith.mulf %v2884, %v2449 fastmath<contract> : f32
              %v2888 = arith.subf %v2886, %v2887 fastmath<contract> : f32
              %v2889 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2888) : (f32) -> f32
              %v2890 = arith.mulf %v2877, %v2889 fastmath<contract> : f32
              llvm.store %v2890, %v219 : f32, !llvm.ptr
              %v2891 = arith.mulf %v2882, %v2445 fastmath<contract> : f32
              %v2892 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2891) : (f32) -> f32
              %v2893 = arith.mulf %v2892, %v2448 fastmath<contract> : f32
              %v2894 = arith.subf %v2882, %v2893 fastmath<contract> : f32
              %v2895 = arith.mulf %v2892, %v2449 fastmath<contract> : f32
              %v2896 = arith.subf %v2894, %v2895 fastmath<contract> : f32
              %v2897 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2896) : (f32) -> f32
              %v2898 = arith.mulf %v2877, %v2897 fastmath<contract> : f32
              llvm.store %v2898, %v282 : f32, !llvm.ptr
              llvm.store %v2455, %v221 : f32, !llvm.ptr
              %v2899 = arith.negf %v2463 : f32
              llvm.store %v2899, %v284 : f32, !llvm.ptr
              llvm.store %v2484, %v223 : f32, !llvm.ptr
              %v2900 = arith.negf %v2492 : f32
              llvm.store %v2900, %v286 : f32, !llvm.ptr
              llvm.store %v2513, %v225 : f32, !llvm.ptr
              %v2901 = arith.negf %v2521 : f32
              llvm.store %v2901, %v288 : f32, !llvm.ptr
              llvm.store %v2542, %v227 : f32, !llvm.ptr
              %v2902 = arith.negf %v2550 : f32
              llvm.store %v2902, %v290 : f32, !llvm.ptr
              llvm.store %v2571, %v229 : f32, !llvm.ptr
              %v2903 = arith.negf %v2579 : f32
              llvm.store %v2903, %v292 : f32, !llvm.ptr
              llvm.store %v2600, %v231 : f32, !llvm.ptr
              %v2904 = arith.negf %v2608 : f32
              llvm.store %v2904, %v294 : f32, !llvm.ptr
              llvm.store %v2629, %v233 : f32, !llvm.ptr
              %v2905 = arith.negf %v2637 : f32
              llvm.store %v2905, %v296 : f32, !llvm.ptr
              llvm.store %v2658, %v235 : f32, !llvm.ptr
              %v2906 = arith.negf %v2666 : f32
              llvm.store %v2906, %v298 : f32, !llvm.ptr
              llvm.store %v2687, %v237 : f32, !llvm.ptr
              %v2907 = arith.negf %v2695 : f32
              llvm.store %v2907, %v300 : f32, !llvm.ptr
              llvm.store %v2716, %v239 : f32, !llvm.ptr
              %v2908 = arith.negf %v2724 : f32
              llvm.store %v2908, %v302 : f32, !llvm.ptr
              llvm.store %v2745, %v241 : f32, !llvm.ptr
              %v2909 = arith.negf %v2753 : f32
              llvm.store %v2909, %v304 : f32, !llvm.ptr
              llvm.store %v2774, %v243 : f32, !llvm.ptr
              %v2910 = arith.negf %v2782 : f32
              llvm.store %v2910, %v306 : f32, !llvm.ptr
              llvm.store %v2803, %v245 : f32, !llvm.ptr
              %v2911 = arith.negf %v2811 : f32
              llvm.store %v2911, %v308 : f32, !llvm.ptr
              llvm.store %v2832, %v247 : f32, !llvm.ptr
              %v2912 = arith.negf %v2840 : f32
              llvm.store %v2912, %v310 : f32, !llvm.ptr
              llvm.store %v2861, %v249 : f32, !llvm.ptr
              %v2913 = arith.negf %v2869 : f32
              llvm.store %v2913, %v312 : f32, !llvm.ptr
              llvm.store %v2890, %v250 : f32, !llvm.ptr
              %v2914 = arith.negf %v2898 : f32
              llvm.store %v2914, %v314 : f32, !llvm.ptr
            }
          }
        }
      }
      scf.if %v114 {
        %v2915 = llvm.load %v128 : !llvm.ptr -> f32
        %v2916 = arith.muli %v110, %v2 : i64
        %v2917 = arith.muli %v2916, %size_B : i64
        %v2918 = arith.subi %size_B, %v3 : i64
        %v2919 = arith.minsi %v113, %v2918 : i64
        %v2920 = arith.addi %v2917, %v2919 : i64
        %v2921 = llvm.getelementptr %segsum_x_re[%v2920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2915, %v2921 : f32, !llvm.ptr
        %v2922 = llvm.load %v927 : !llvm.ptr -> f32
        %v2923 = arith.addi %v7, %v110 : i64
        %v2924 = arith.muli %v2923, %v2 : i64
        %v2925 = arith.muli %v2924, %size_B : i64
        %v2926 = arith.subi %size_B, %v3 : i64
        %v2927 = arith.minsi %v113, %v2926 : i64
        %v2928 = arith.addi %v2925, %v2927 : i64
        %v2929 = llvm.getelementptr %segsum_x_re[%v2928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2922, %v2929 : f32, !llvm.ptr
        %v2930 = llvm.load %v928 : !llvm.ptr -> f32
        %v2931 = arith.muli %v130, %v7 : i64
        %v2932 = arith.addi %v2931, %v110 : i64
        %v2933 = arith.muli %v2932, %v2 : i64
        %v2934 = arith.muli %v2933, %size_B : i64
        %v2935 = arith.subi %size_B, %v3 : i64
        %v2936 = arith.minsi %v113, %v2935 : i64
        %v2937 = arith.addi %v2934, %v2936 : i64
        %v2938 = llvm.getelementptr %segsum_x_re[%v2937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2930, %v2938 : f32, !llvm.ptr
        %v2939 = llvm.load %v189 : !llvm.ptr -> f32
        %v2940 = arith.muli %v132, %v7 : i64
        %v2941 = arith.addi %v2940, %v110 : i64
        %v2942 = arith.muli %v2941, %v2 : i64
        %v2943 = arith.muli %v2942, %size_B : i64
        %v2944 = arith.subi %size_B, %v3 : i64
        %v2945 = arith.minsi %v113, %v2944 : i64
        %v2946 = arith.addi %v2943, %v2945 : i64
        %v2947 = llvm.getelementptr %segsum_x_re[%v2946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2939, %v2947 : f32, !llvm.ptr
        %v2948 = llvm.load %v252 : !llvm.ptr -> f32
        %v2949 = arith.muli %v1, %v7 : i64
        %v2950 = arith.addi %v2949, %v110 : i64
        %v2951 = arith.muli %v2950, %v2 : i64
        %v2952 = arith.muli %v2951, %size_B : i64
        %v2953 = arith.subi %size_B, %v3 : i64
        %v2954 = arith.minsi %v113, %v2953 : i64
        %v2955 = arith.addi %v2952, %v2954 : i64
        %v2956 = llvm.getelementptr %segsum_x_re[%v2955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2948, %v2956 : f32, !llvm.ptr
        %v2957 = llvm.load %v129 : !llvm.ptr -> f32
        %v2958 = arith.muli %v110, %v2 : i64
        %v2959 = arith.addi %v2958, %v3 : i64
        %v2960 = arith.muli %v2959, %size_B : i64
        %v2961 = arith.subi %size_B, %v3 : i64
        %v2962 = arith.minsi %v113, %v2961 : i64
        %v2963 = arith.addi %v2960, %v2962 : i64
        %v2964 = llvm.getelementptr %segsum_x_re[%v2963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2957, %v2964 : f32, !llvm.ptr
        %v2965 = llvm.load %v929 : !llvm.ptr -> f32
        %v2966 = arith.addi %v7, %v110 : i64
        %v2967 = arith.muli %v2966, %v2 : i64
        %v2968 = arith.addi %v2967, %v3 : i64
        %v2969 = arith.muli %v2968, %size_B : i64
        %v2970 = arith.subi %size_B, %v3 : i64
        %v2971 = arith.minsi %v113, %v2970 : i64
        %v2972 = arith.addi %v2969, %v2971 : i64
        %v2973 = llvm.getelementptr %segsum_x_re[%v2972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2965, %v2973 : f32, !llvm.ptr
        %v2974 = llvm.load %v930 : !llvm.ptr -> f32
        %v2975 = arith.muli %v130, %v7 : i64
        %v2976 = arith.addi %v2975, %v110 : i64
        %v2977 = arith.muli %v2976, %v2 : i64
        %v2978 = arith.addi %v2977, %v3 : i64
        %v2979 = arith.muli %v2978, %size_B : i64
        %v2980 = arith.subi %size_B, %v3 : i64
        %v2981 = arith.minsi %v113, %v2980 : i64
        %v2982 = arith.addi %v2979, %v2981 : i64
        %v2983 = llvm.getelementptr %segsum_x_re[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2974, %v2983 : f32, !llvm.ptr
        %v2984 = llvm.load %v191 : !llvm.ptr -> f32
        %v2985 = arith.muli %v132, %v7 : i64
        %v2986 = arith.addi %v2985, %v110 : i64
        %v2987 = arith.muli %v2986, %v2 : i64
        %v2988 = arith.addi %v2987, %v3 : i64
        %v2989 = arith.muli %v2988, %size_B : i64
        %v2990 = arith.subi %size_B, %v3 : i64
        %v2991 = arith.minsi %v113, %v2990 : i64
        %v2992 = arith.addi %v2989, %v2991 : i64
        %v2993 = llvm.getelementptr %segsum_x_re[%v2992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2984, %v2993 : f32, !llvm.ptr
        %v2994 = llvm.load %v254 : !llvm.ptr -> f32
        %v2995 = arith.muli %v1, %v7 : i64
        %v2996 = arith.addi %v2995, %v110 : i64
        %v2997 = arith.muli %v2996, %v2 : i64
        %v2998 = arith.addi %v2997, %v3 : i64
        %v2999 = arith.muli %v2998, %size_B : i64
        %v3000 = arith.subi %size_B, %v3 : i64
        %v3001 = arith.minsi %v113, %v3000 : i64
        %v3002 = arith.addi %v2999, %v3001 : i64
        %v3003 = llvm.getelementptr %segsum_x_re[%v3002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2994, %v3003 : f32, !llvm.ptr
        %v3004 = llvm.load %v131 : !llvm.ptr -> f32
        %v3005 = arith.muli %v110, %v2 : i64
        %v3006 = arith.addi %v3005, %v130 : i64
        %v3007 = arith.muli %v3006, %size_B : i64
        %v3008 = arith.subi %size_B, %v3 : i64
        %v3009 = arith.minsi %v113, %v3008 : i64
        %v3010 = arith.addi %v3007, %v3009 : i64
        %v3011 = llvm.getelementptr %segsum_x_re[%v3010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3004, %v3011 : f32, !llvm.ptr
        %v3012 = llvm.load %v931 : !llvm.ptr -> f32
        %v3013 = arith.addi %v7, %v110 : i64
        %v3014 = arith.muli %v3013, %v2 : i64
        %v3015 = arith.addi %v3014, %v130 : i64
        %v3016 = arith.muli %v3015, %size_B : i64
        %v3017 = arith.subi %size_B, %v3 : i64
        %v3018 = arith.minsi %v113, %v3017 : i64
        %v3019 = arith.addi %v3016, %v3018 : i64
        %v3020 = llvm.getelementptr %segsum_x_re[%v3019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3012, %v3020 : f32, !llvm.ptr
        %v3021 = llvm.load %v932 : !llvm.ptr -> f32
        %v3022 = arith.muli %v130, %v7 : i64
        %v3023 = arith.addi %v3022, %v110 : i64
        %v3024 = arith.muli %v3023, %v2 : i64
        %v3025 = arith.addi %v3024, %v130 : i64
        %v3026 = arith.muli %v3025, %size_B : i64
        %v3027 = arith.subi %size_B, %v3 : i64
        %v3028 = arith.minsi %v113, %v3027 : i64
        %v3029 = arith.addi %v3026, %v3028 : i64
        %v3030 = llvm.getelementptr %segsum_x_re[%v3029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3021, %v3030 : f32, !llvm.ptr
        %v3031 = llvm.load %v193 : !llvm.ptr -> f32
        %v3032 = arith.muli %v132, %v7 : i64
        %v3033 = arith.addi %v3032, %v110 : i64
        %v3034 = arith.muli %v3033, %v2 : i64
        %v3035 = arith.addi %v3034, %v130 : i64
        %v3036 = arith.muli %v3035, %size_B : i64
        %v3037 = arith.subi %size_B, %v3 : i64
        %v3038 = arith.minsi %v113, %v3037 : i64
        %v3039 = arith.addi %v3036, %v3038 : i64
        %v3040 = llvm.getelementptr %segsum_x_re[%v3039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3031, %v3040 : f32, !llvm.ptr
        %v3041 = llvm.load %v256 : !llvm.ptr -> f32
        %v3042 = arith.muli %v1, %v7 : i64
        %v3043 = arith.addi %v3042, %v110 : i64
        %v3044 = arith.muli %v3043, %v2 : i64
        %v3045 = arith.addi %v3044, %v130 : i64
        %v3046 = arith.muli %v3045, %size_B : i64
        %v3047 = arith.subi %size_B, %v3 : i64
        %v3048 = arith.minsi %v113, %v3047 : i64
        %v3049 = arith.addi %v3046, %v3048 : i64
        %v3050 = llvm.getelementptr %segsum_x_re[%v3049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3041, %v3050 : f32, !llvm.ptr
        %v3051 = llvm.load %v133 : !llvm.ptr -> f32
        %v3052 = arith.muli %v110, %v2 : i64
        %v3053 = arith.addi %v3052, %v132 : i64
        %v3054 = arith.muli %v3053, %size_B : i64
        %v3055 = arith.subi %size_B, %v3 : i64
        %v3056 = arith.minsi %v113, %v3055 : i64
        %v3057 = arith.addi %v3054, %v3056 : i64
        %v3058 = llvm.getelementptr %segsum_x_re[%v3057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3051, %v3058 : f32, !llvm.ptr
        %v3059 = llvm.load %v933 : !llvm.ptr -> f32
        %v3060 = arith.addi %v7, %v110 : i64
        %v3061 = arith.muli %v3060, %v2 : i64
        %v3062 = arith.addi %v3061, %v132 : i64
        %v3063 = arith.muli %v3062, %size_B : i64
        %v3064 = arith.subi %size_B, %v3 : i64
        %v3065 = arith.minsi %v113, %v3064 : i64
        %v3066 = arith.addi %v3063, %v3065 : i64
        %v3067 = llvm.getelementptr %segsum_x_re[%v3066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3059, %v3067 : f32, !llvm.ptr
        %v3068 = llvm.load %v934 : !llvm.ptr -> f32
        %v3069 = arith.muli %v130, %v7 : i64
        %v3070 = arith.addi %v3069, %v110 : i64
        %v3071 = arith.muli %v3070, %v2 : i64
        %v3072 = arith.addi %v3071, %v132 : i64
        %v3073 = arith.muli %v3072, %size_B : i64
        %v3074 = arith.subi %size_B, %v3 : i64
        %v3075 = arith.minsi %v113, %v3074 : i64
        %v3076 = arith.addi %v3073, %v3075 : i64
        %v3077 = llvm.getelementptr %segsum_x_re[%v3076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3068, %v3077 : f32, !llvm.ptr
        %v3078 = llvm.load %v195 : !llvm.ptr -> f32
        %v3079 = arith.muli %v132, %v7 : i64
        %v3080 = arith.addi %v3079, %v110 : i64
        %v3081 = arith.muli %v3080, %v2 : i64
        %v3082 = arith.addi %v3081, %v132 : i64
        %v3083 = arith.muli %v3082, %size_B : i64
        %v3084 = arith.subi %size_B, %v3 : i64
        %v3085 = arith.minsi %v113, %v3084 : i64
        %v3086 = arith.addi %v3083, %v3085 : i64
        %v3087 = llvm.getelementptr %segsum_x_re[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3078, %v3087 : f32, !llvm.ptr
        %v3088 = llvm.load %v258 : !llvm.ptr -> f32
        %v3089 = arith.muli %v1, %v7 : i64
        %v3090 = arith.addi %v3089, %v110 : i64
        %v3091 = arith.muli %v3090, %v2 : i64
        %v3092 = arith.addi %v3091, %v132 : i64
        %v3093 = arith.muli %v3092, %size_B : i64
        %v3094 = arith.subi %size_B, %v3 : i64
        %v3095 = arith.minsi %v113, %v3094 : i64
        %v3096 = arith.addi %v3093, %v3095 : i64
        %v3097 = llvm.getelementptr %segsum_x_re[%v3096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3088, %v3097 : f32, !llvm.ptr
        %v3098 = llvm.load %v134 : !llvm.ptr -> f32
        %v3099 = arith.muli %v110, %v2 : i64
        %v3100 = arith.addi %v3099, %v1 : i64
        %v3101 = arith.muli %v3100, %size_B : i64
        %v3102 = arith.subi %size_B, %v3 : i64
        %v3103 = arith.minsi %v113, %v3102 : i64
        %v3104 = arith.addi %v3101, %v3103 : i64
        %v3105 = llvm.getelementptr %segsum_x_re[%v3104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3098, %v3105 : f32, !llvm.ptr
        %v3106 = llvm.load %v935 : !llvm.ptr -> f32
        %v3107 = arith.addi %v7, %v110 : i64
        %v3108 = arith.muli %v3107, %v2 : i64
        %v3109 = arith.addi %v3108, %v1 : i64
        %v3110 = arith.muli %v3109, %size_B : i64
        %v3111 = arith.subi %size_B, %v3 : i64
        %v3112 = arith.minsi %v113, %v3111 : i64
        %v3113 = arith.addi %v3110, %v3112 : i64
        %v3114 = llvm.getelementptr %segsum_x_re[%v3113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3106, %v3114 : f32, !llvm.ptr
        %v3115 = llvm.load %v936 : !llvm.ptr -> f32
        %v3116 = arith.muli %v130, %v7 : i64
        %v3117 = arith.addi %v3116, %v110 : i64
        %v3118 = arith.muli %v3117, %v2 : i64
        %v3119 = arith.addi %v3118, %v1 : i64
        %v3120 = arith.muli %v3119, %size_B : i64
        %v3121 = arith.subi %size_B, %v3 : i64
        %v3122 = arith.minsi %v113, %v3121 : i64
        %v3123 = arith.addi %v3120, %v3122 : i64
        %v3124 = llvm.getelementptr %segsum_x_re[%v3123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3115, %v3124 : f32, !llvm.ptr
        %v3125 = llvm.load %v197 : !llvm.ptr -> f32
        %v3126 = arith.muli %v132, %v7 : i64
        %v3127 = arith.addi %v3126, %v110 : i64
        %v3128 = arith.muli %v3127, %v2 : i64
        %v3129 = arith.addi %v3128, %v1 : i64
        %v3130 = arith.muli %v3129, %size_B : i64
        %v3131 = arith.subi %size_B, %v3 : i64
        %v3132 = arith.minsi %v113, %v3131 : i64
        %v3133 = arith.addi %v3130, %v3132 : i64
        %v3134 = llvm.getelementptr %segsum_x_re[%v3133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3125, %v3134 : f32, !llvm.ptr
        %v3135 = llvm.load %v260 : !llvm.ptr -> f32
        %v3136 = arith.muli %v1, %v7 : i64
        %v3137 = arith.addi %v3136, %v110 : i64
        %v3138 = arith.muli %v3137, %v2 : i64
        %v3139 = arith.addi %v3138, %v1 : i64
        %v3140 = arith.muli %v3139, %size_B : i64
        %v3141 = arith.subi %size_B, %v3 : i64
        %v3142 = arith.minsi %v113, %v3141 : i64
        %v3143 = arith.addi %v3140, %v3142 : i64
        %v3144 = llvm.getelementptr %segsum_x_re[%v3143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3135, %v3144 : f32, !llvm.ptr
        %v3145 = llvm.load %v136 : !llvm.ptr -> f32
        %v3146 = arith.muli %v110, %v2 : i64
        %v3147 = arith.addi %v3146, %v135 : i64
        %v3148 = arith.muli %v3147, %size_B : i64
        %v3149 = arith.subi %size_B, %v3 : i64
        %v3150 = arith.minsi %v113, %v3149 : i64
        %v3151 = arith.addi %v3148, %v3150 : i64
        %v3152 = llvm.getelementptr %segsum_x_re[%v3151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3145, %v3152 : f32, !llvm.ptr
        %v3153 = llvm.load %v937 : !llvm.ptr -> f32
        %v3154 = arith.addi %v7, %v110 : i64
        %v3155 = arith.muli %v3154, %v2 : i64
        %v3156 = arith.addi %v3155, %v135 : i64
        %v3157 = arith.muli %v3156, %size_B : i64
        %v3158 = arith.subi %size_B, %v3 : i64
        %v3159 = arith.minsi %v113, %v3158 : i64
        %v3160 = arith.addi %v3157, %v3159 : i64
        %v3161 = llvm.getelementptr %segsum_x_re[%v3160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3153, %v3161 : f32, !llvm.ptr
        %v3162 = llvm.load %v938 : !llvm.ptr -> f32
        %v3163 = arith.muli %v130, %v7 : i64
        %v3164 = arith.addi %v3163, %v110 : i64
        %v3165 = arith.muli %v3164, %v2 : i64
        %v3166 = arith.addi %v3165, %v135 : i64
        %v3167 = arith.muli %v3166, %size_B : i64
        %v3168 = arith.subi %size_B, %v3 : i64
        %v3169 = arith.minsi %v113, %v3168 : i64
        %v3170 = arith.addi %v3167, %v3169 : i64
        %v3171 = llvm.getelementptr %segsum_x_re[%v3170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3162, %v3171 : f32, !llvm.ptr
        %v3172 = llvm.load %v199 : !llvm.ptr -> f32
        %v3173 = arith.muli %v132, %v7 : i64
        %v3174 = arith.addi %v3173, %v110 : i64
        %v3175 = arith.muli %v3174, %v2 : i64
        %v3176 = arith.addi %v3175, %v135 : i64
        %v3177 = arith.muli %v3176, %size_B : i64
        %v3178 = arith.subi %size_B, %v3 : i64
        %v3179 = arith.minsi %v113, %v3178 : i64
        %v3180 = arith.addi %v3177, %v3179 : i64
        %v3181 = llvm.getelementptr %segsum_x_re[%v3180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3172, %v3181 : f32, !llvm.ptr
        %v3182 = llvm.load %v262 : !llvm.ptr -> f32
        %v3183 = arith.muli %v1, %v7 : i64
        %v3184 = arith.addi %v3183, %v110 : i64
        %v3185 = arith.muli %v3184, %v2 : i64
        %v3186 = arith.addi %v3185, %v135 : i64
        %v3187 = arith.muli %v3186, %size_B : i64
        %v3188 = arith.subi %size_B, %v3 : i64
        %v3189 = arith.minsi %v113, %v3188 : i64
        %v3190 = arith.addi %v3187, %v3189 : i64
        %v3191 = llvm.getelementptr %segsum_x_re[%v3190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3182, %v3191 : f32, !llvm.ptr
        %v3192 = llvm.load %v138 : !llvm.ptr -> f32
        %v3193 = arith.muli %v110, %v2 : i64
        %v3194 = arith.addi %v3193, %v137 : i64
        %v3195 = arith.muli %v3194, %size_B : i64
        %v3196 = arith.subi %size_B, %v3 : i64
        %v3197 = arith.minsi %v113, %v3196 : i64
        %v3198 = arith.addi %v3195, %v3197 : i64
        %v3199 = llvm.getelementptr %segsum_x_re[%v3198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3192, %v3199 : f32, !llvm.ptr
        %v3200 = llvm.load %v939 : !llvm.ptr -> f32
        %v3201 = arith.addi %v7, %v110 : i64
        %v3202 = arith.muli %v3201, %v2 : i64
        %v3203 = arith.addi %v3202, %v137 : i64
        %v3204 = arith.muli %v3203, %size_B : i64
        %v3205 = arith.subi %size_B, %v3 : i64
        %v3206 = arith.minsi %v113, %v3205 : i64
        %v3207 = arith.addi %v3204, %v3206 : i64
        %v3208 = llvm.getelementptr %segsum_x_re[%v3207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3200, %v3208 : f32, !llvm.ptr
        %v3209 = llvm.load %v940 : !llvm.ptr -> f32
        %v3210 = arith.muli %v130, %v7 : i64
        %v3211 = arith.addi %v3210, %v110 : i64
        %v3212 = arith.muli %v3211, %v2 : i64
        %v3213 = arith.addi %v3212, %v137 : i64
        %v3214 = arith.muli %v3213, %size_B : i64
        %v3215 = arith.subi %size_B, %v3 : i64
        %v3216 = arith.minsi %v113, %v3215 : i64
        %v3217 = arith.addi %v3214, %v3216 : i64
        %v3218 = llvm.getelementptr %segsum_x_re[%v3217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3209, %v3218 : f32, !llvm.ptr
        %v3219 = llvm.load %v201 : !llvm.ptr -> f32
        %v3220 = arith.muli %v132, %v7 : i64
        %v3221 = arith.addi %v3220, %v110 : i64
        %v3222 = arith.muli %v3221, %v2 : i64
        %v3223 = arith.addi %v3222, %v137 : i64
        %v3224 = arith.muli %v3223, %size_B : i64
        %v3225 = arith.subi %size_B, %v3 : i64
        %v3226 = arith.minsi %v113, %v3225 : i64
        %v3227 = arith.addi %v3224, %v3226 : i64
        %v3228 = llvm.getelementptr %segsum_x_re[%v3227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3219, %v3228 : f32, !llvm.ptr
        %v3229 = llvm.load %v264 : !llvm.ptr -> f32
        %v3230 = arith.muli %v1, %v7 : i64
        %v3231 = arith.addi %v3230, %v110 : i64
        %v3232 = arith.muli %v3231, %v2 : i64
        %v3233 = arith.addi %v3232, %v137 : i64
        %v3234 = arith.muli %v3233, %size_B : i64
        %v3235 = arith.subi %size_B, %v3 : i64
        %v3236 = arith.minsi %v113, %v3235 : i64
        %v3237 = arith.addi %v3234, %v3236 : i64
        %v3238 = llvm.getelementptr %segsum_x_re[%v3237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3229, %v3238 : f32, !llvm.ptr
        %v3239 = llvm.load %v140 : !llvm.ptr -> f32
        %v3240 = arith.muli %v110, %v2 : i64
        %v3241 = arith.addi %v3240, %v139 : i64
        %v3242 = arith.muli %v3241, %size_B : i64
        %v3243 = arith.subi %size_B, %v3 : i64
        %v3244 = arith.minsi %v113, %v3243 : i64
        %v3245 = arith.addi %v3242, %v3244 : i64
        %v3246 = llvm.getelementptr %segsum_x_re[%v3245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3239, %v3246 : f32, !llvm.ptr
        %v3247 = llvm.load %v941 : !llvm.ptr -> f32
        %v3248 = arith.addi %v7, %v110 : i64
        %v3249 = arith.muli %v3248, %v2 : i64
        %v3250 = arith.addi %v3249, %v139 : i64
        %v3251 = arith.muli %v3250, %size_B : i64
        %v3252 = arith.subi %size_B, %v3 : i64
        %v3253 = arith.minsi %v113, %v3252 : i64
        %v3254 = arith.addi %v3251, %v3253 : i64
        %v3255 = llvm.getelementptr %segsum_x_re[%v3254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3247, %v3255 : f32, !llvm.ptr
        %v3256 = llvm.load %v942 : !llvm.ptr -> f32
        %v3257 = arith.muli %v130, %v7 : i64
        %v3258 = arith.addi %v3257, %v110 : i64
        %v3259 = arith.muli %v3258, %v2 : i64
        %v3260 = arith.addi %v3259, %v139 : i64
        %v3261 = arith.muli %v3260, %size_B : i64
        %v3262 = arith.subi %size_B, %v3 : i64
        %v3263 = arith.minsi %v113, %v3262 : i64
        %v3264 = arith.addi %v3261, %v3263 : i64
        %v3265 = llvm.getelementptr %segsum_x_re[%v3264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3256, %v3265 : f32, !llvm.ptr
        %v3266 = llvm.load %v203 : !llvm.ptr -> f32
        %v3267 = arith.muli %v132, %v7 : i64
        %v3268 = arith.addi %v3267, %v110 : i64
        %v3269 = arith.muli %v3268, %v2 : i64
        %v3270 = arith.addi %v3269, %v139 : i64
        %v3271 = arith.muli %v3270, %size_B : i64
        %v3272 = arith.subi %size_B, %v3 : i64
        %v3273 = arith.minsi %v113, %v3272 : i64
        %v3274 = arith.addi %v3271, %v3273 : i64
        %v3275 = llvm.getelementptr %segsum_x_re[%v3274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3266, %v3275 : f32, !llvm.ptr
        %v3276 = llvm.load %v266 : !llvm.ptr -> f32
        %v3277 = arith.muli %v1, %v7 : i64
        %v3278 = arith.addi %v3277, %v110 : i64
        %v3279 = arith.muli %v3278, %v2 : i64
        %v3280 = arith.addi %v3279, %v139 : i64
        %v3281 = arith.muli %v3280, %size_B : i64
        %v3282 = arith.subi %size_B, %v3 : i64
        %v3283 = arith.minsi %v113, %v3282 : i64
        %v3284 = arith.addi %v3281, %v3283 : i64
        %v3285 = llvm.getelementptr %segsum_x_re[%v3284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3276, %v3285 : f32, !llvm.ptr
        %v3286 = llvm.load %v142 : !llvm.ptr -> f32
        %v3287 = arith.muli %v110, %v2 : i64
        %v3288 = arith.addi %v3287, %v141 : i64
        %v3289 = arith.muli %v3288, %size_B : i64
        %v3290 = arith.subi %size_B, %v3 : i64
        %v3291 = arith.minsi %v113, %v3290 : i64
        %v3292 = arith.addi %v3289, %v3291 : i64
        %v3293 = llvm.getelementptr %segsum_x_re[%v3292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3286, %v3293 : f32, !llvm.ptr
        %v3294 = llvm.load %v943 : !llvm.ptr -> f32
        %v3295 = arith.addi %v7, %v110 : i64
        %v3296 = arith.muli %v3295, %v2 : i64
        %v3297 = arith.addi %v3296, %v141 : i64
        %v3298 = arith.muli %v3297, %size_B : i64
        %v3299 = arith.subi %size_B, %v3 : i64
        %v3300 = arith.minsi %v113, %v3299 : i64
        %v3301 = arith.addi %v3298, %v3300 : i64
        %v3302 = llvm.getelementptr %segsum_x_re[%v3301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3294, %v3302 : f32, !llvm.ptr
        %v3303 = llvm.load %v944 : !llvm.ptr -> f32
        %v3304 = arith.muli %v130, %v7 : i64
        %v3305 = arith.addi %v3304, %v110 : i64
        %v3306 = arith.muli %v3305, %v2 : i64
        %v3307 = arith.addi %v3306, %v141 : i64
        %v3308 = arith.muli %v3307, %size_B : i64
        %v3309 = arith.subi %size_B, %v3 : i64
        %v3310 = arith.minsi %v113, %v3309 : i64
        %v3311 = arith.addi %v3308, %v3310 : i64
        %v3312 = llvm.getelementptr %segsum_x_re[%v3311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3303, %v3312 : f32, !llvm.ptr
        %v3313 = llvm.load %v205 : !llvm.ptr -> f32
        %v3314 = arith.muli %v132, %v7 : i64
        %v3315 = arith.addi %v3314, %v110 : i64
        %v3316 = arith.muli %v3315, %v2 : i64
        %v3317 = arith.addi %v3316, %v141 : i64
        %v3318 = arith.muli %v3317, %size_B : i64
        %v3319 = arith.subi %size_B, %v3 : i64
        %v3320 = arith.minsi %v113, %v3319 : i64
        %v3321 = arith.addi %v3318, %v3320 : i64
        %v3322 = llvm.getelementptr %segsum_x_re[%v3321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3313, %v3322 : f32, !llvm.ptr
        %v3323 = llvm.load %v268 : !llvm.ptr -> f32
        %v3324 = arith.muli %v1, %v7 : i64
        %v3325 = arith.addi %v3324, %v110 : i64
        %v3326 = arith.muli %v3325, %v2 : i64
        %v3327 = arith.addi %v3326, %v141 : i64
        %v3328 = arith.muli %v3327, %size_B : i64
        %v3329 = arith.subi %size_B, %v3 : i64
        %v3330 = arith.minsi %v113, %v3329 : i64
        %v3331 = arith.addi %v3328, %v3330 : i64
        %v3332 = llvm.getelementptr %segsum_x_re[%v3331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3323, %v3332 : f32, !llvm.ptr
        %v3333 = llvm.load %v144 : !llvm.ptr -> f32
        %v3334 = arith.muli %v110, %v2 : i64
        %v3335 = arith.addi %v3334, %v143 : i64
        %v3336 = arith.muli %v3335, %size_B : i64
        %v3337 = arith.subi %size_B, %v3 : i64
        %v3338 = arith.minsi %v113, %v3337 : i64
        %v3339 = arith.addi %v3336, %v3338 : i64
        %v3340 = llvm.getelementptr %segsum_x_re[%v3339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3333, %v3340 : f32, !llvm.ptr
        %v3341 = llvm.load %v945 : !llvm.ptr -> f32
        %v3342 = arith.addi %v7, %v110 : i64
        %v3343 = arith.muli %v3342, %v2 : i64
        %v3344 = arith.addi %v3343, %v143 : i64
        %v3345 = arith.muli %v3344, %size_B : i64
        %v3346 = arith.subi %size_B, %v3 : i64
        %v3347 = arith.minsi %v113, %v3346 : i64
        %v3348 = arith.addi %v3345, %v3347 : i64
        %v3349 = llvm.getelementptr %segsum_x_re[%v3348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3341, %v3349 : f32, !llvm.ptr
        %v3350 = llvm.load %v946 : !llvm.ptr -> f32
        %v3351 = arith.muli %v130, %v7 : i64
        %v3352 = arith.addi %v3351, %v110 : i64
        %v3353 = arith.muli %v3352, %v2 : i64
        %v3354 = arith.addi %v3353, %v143 : i64
        %v3355 = arith.muli %v3354, %size_B : i64
        %v3356 = arith.subi %size_B, %v3 : i64
        %v3357 = arith.minsi %v113, %v3356 : i64
        %v3358 = arith.addi %v3355, %v3357 : i64
        %v3359 = llvm.getelementptr %segsum_x_re[%v3358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3350, %v3359 : f32, !llvm.ptr
        %v3360 = llvm.load %v207 : !llvm.ptr -> f32
        %v3361 = arith.muli %v132, %v7 : i64
        %v3362 = arith.addi %v3361, %v110 : i64
        %v3363 = arith.muli %v3362, %v2 : i64
        %v3364 = arith.addi %v3363, %v143 : i64
        %v3365 = arith.muli %v3364, %size_B : i64
        %v3366 = arith.subi %size_B, %v3 : i64
        %v3367 = arith.minsi %v113, %v3366 : i64
        %v3368 = arith.addi %v3365, %v3367 : i64
        %v3369 = llvm.getelementptr %segsum_x_re[%v3368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3360, %v3369 : f32, !llvm.ptr
        %v3370 = llvm.load %v270 : !llvm.ptr -> f32
        %v3371 = arith.muli %v1, %v7 : i64
        %v3372 = arith.addi %v3371, %v110 : i64
        %v3373 = arith.muli %v3372, %v2 : i64
        %v3374 = arith.addi %v3373, %v143 : i64
        %v3375 = arith.muli %v3374, %size_B : i64
        %v3376 = arith.subi %size_B, %v3 : i64
        %v3377 = arith.minsi %v113, %v3376 : i64
        %v3378 = arith.addi %v3375, %v3377 : i64
        %v3379 = llvm.getelementptr %segsum_x_re[%v3378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3370, %v3379 : f32, !llvm.ptr
        %v3380 = llvm.load %v146 : !llvm.ptr -> f32
        %v3381 = arith.muli %v110, %v2 : i64
        %v3382 = arith.addi %v3381, %v145 : i64
        %v3383 = arith.muli %v3382, %size_B : i64
        %v3384 = arith.subi %size_B, %v3 : i64
        %v3385 = arith.minsi %v113, %v3384 : i64
        %v3386 = arith.addi %v3383, %v3385 : i64
        %v3387 = llvm.getelementptr %segsum_x_re[%v3386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3380, %v3387 : f32, !llvm.ptr
        %v3388 = llvm.load %v947 : !llvm.ptr -> f32
        %v3389 = arith.addi %v7, %v110 : i64
        %v3390 = arith.muli %v3389, %v2 : i64
        %v3391 = arith.addi %v3390, %v145 : i64
        %v3392 = arith.muli %v3391, %size_B : i64
        %v3393 = arith.subi %size_B, %v3 : i64
        %v3394 = arith.minsi %v113, %v3393 : i64
        %v3395 = arith.addi %v3392, %v3394 : i64
        %v3396 = llvm.getelementptr %segsum_x_re[%v3395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3388, %v3396 : f32, !llvm.ptr
        %v3397 = llvm.load %v948 : !llvm.ptr -> f32
        %v3398 = arith.muli %v130, %v7 : i64
        %v3399 = arith.addi %v3398, %v110 : i64
        %v3400 = arith.muli %v3399, %v2 : i64
        %v3401 = arith.addi %v3400, %v145 : i64
        %v3402 = arith.muli %v3401, %size_B : i64
        %v3403 = arith.subi %size_B, %v3 : i64
        %v3404 = arith.minsi %v113, %v3403 : i64
        %v3405 = arith.addi %v3402, %v3404 : i64
        %v3406 = llvm.getelementptr %segsum_x_re[%v3405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3397, %v3406 : f32, !llvm.ptr
        %v3407 = llvm.load %v209 : !llvm.ptr -> f32
        %v3408 = arith.muli %v132, %v7 : i64
        %v3409 = arith.addi %v3408, %v110 : i64
        %v3410 = arith.muli %v3409, %v2 : i64
        %v3411 = arith.addi %v3410, %v145 : i64
        %v3412 = arith.muli %v3411, %size_B : i64
        %v3413 = arith.subi %size_B, %v3 : i64
        %v3414 = arith.minsi %v113, %v3413 : i64
        %v3415 = arith.addi %v3412, %v3414 : i64
        %v3416 = llvm.getelementptr %segsum_x_re[%v3415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3407, %v3416 : f32, !llvm.ptr
        %v3417 = llvm.load %v272 : !llvm.ptr -> f32
        %v3418 = arith.muli %v1, %v7 : i64
        %v3419 = arith.addi %v3418, %v110 : i64
        %v3420 = arith.muli %v3419, %v2 : i64
        %v3421 = arith.addi %v3420, %v145 : i64
        %v3422 = arith.muli %v3421, %size_B : i64
        %v3423 = arith.subi %size_B, %v3 : i64
        %v3424 = arith.minsi %v113, %v3423 : i64
        %v3425 = arith.addi %v3422, %v3424 : i64
        %v3426 = llvm.getelementptr %segsum_x_re[%v3425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3417, %v3426 : f32, !llvm.ptr
        %v3427 = llvm.load %v148 : !llvm.ptr -> f32
        %v3428 = arith.muli %v110, %v2 : i64
        %v3429 = arith.addi %v3428, %v147 : i64
        %v3430 = arith.muli %v3429, %size_B : i64
        %v3431 = arith.subi %size_B, %v3 : i64
        %v3432 = arith.minsi %v113, %v3431 : i64
        %v3433 = arith.addi %v3430, %v3432 : i64
        %v3434 = llvm.getelementptr %segsum_x_re[%v3433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3427, %v3434 : f32, !llvm.ptr
        %v3435 = llvm.load %v949 : !llvm.ptr -> f32
        %v3436 = arith.addi %v7, %v110 : i64
        %v3437 = arith.muli %v3436, %v2 : i64
        %v3438 = arith.addi %v3437, %v147 : i64
        %v3439 = arith.muli %v3438, %size_B : i64
        %v3440 = arith.subi %size_B, %v3 : i64
        %v3441 = arith.minsi %v113, %v3440 : i64
        %v3442 = arith.addi %v3439, %v3441 : i64
        %v3443 = llvm.getelementptr %segsum_x_re[%v3442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3435, %v3443 : f32, !llvm.ptr
        %v3444 = llvm.load %v950 : !llvm.ptr -> f32
        %v3445 = arith.muli %v130, %v7 : i64
        %v3446 = arith.addi %v3445, %v110 : i64
        %v3447 = arith.muli %v3446, %v2 : i64
        %v3448 = arith.addi %v3447, %v147 : i64
        %v3449 = arith.muli %v3448, %size_B : i64
        %v3450 = arith.subi %size_B, %v3 : i64
        %v3451 = arith.minsi %v113, %v3450 : i64
        %v3452 = arith.addi %v3449, %v3451 : i64
        %v3453 = llvm.getelementptr %segsum_x_re[%v3452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3444, %v3453 : f32, !llvm.ptr
        %v3454 = llvm.load %v211 : !llvm.ptr -> f32
        %v3455 = arith.muli %v132, %v7 : i64
        %v3456 = arith.addi %v3455, %v110 : i64
        %v3457 = arith.muli %v3456, %v2 : i64
        %v3458 = arith.addi %v3457, %v147 : i64
        %v3459 = arith.muli %v3458, %size_B : i64
        %v3460 = arith.subi %size_B, %v3 : i64
        %v3461 = arith.minsi %v113, %v3460 : i64
        %v3462 = arith.addi %v3459, %v3461 : i64
        %v3463 = llvm.getelementptr %segsum_x_re[%v3462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3454, %v3463 : f32, !llvm.ptr
        %v3464 = llvm.load %v274 : !llvm.ptr -> f32
        %v3465 = arith.muli %v1, %v7 : i64
        %v3466 = arith.addi %v3465, %v110 : i64
        %v3467 = arith.muli %v3466, %v2 : i64
        %v3468 = arith.addi %v3467, %v147 : i64
        %v3469 = arith.muli %v3468, %size_B : i64
        %v3470 = arith.subi %size_B, %v3 : i64
        %v3471 = arith.minsi %v113, %v3470 : i64
        %v3472 = arith.addi %v3469, %v3471 : i64
        %v3473 = llvm.getelementptr %segsum_x_re[%v3472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3464, %v3473 : f32, !llvm.ptr
        %v3474 = llvm.load %v150 : !llvm.ptr -> f32
        %v3475 = arith.muli %v110, %v2 : i64
        %v3476 = arith.addi %v3475, %v149 : i64
        %v3477 = arith.muli %v3476, %size_B : i64
        %v3478 = arith.subi %size_B, %v3 : i64
        %v3479 = arith.minsi %v113, %v3478 : i64
        %v3480 = arith.addi %v3477, %v3479 : i64
        %v3481 = llvm.getelementptr %segsum_x_re[%v3480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3474, %v3481 : f32, !llvm.ptr
        %v3482 = llvm.load %v951 : !llvm.ptr -> f32
        %v3483 = arith.addi %v7, %v110 : i64
        %v3484 = arith.muli %v3483, %v2 : i64
        %v3485 = arith.addi %v3484, %v149 : i64
        %v3486 = arith.muli %v3485, %size_B : i64
        %v3487 = arith.subi %size_B, %v3 : i64
        %v3488 = arith.minsi %v113, %v3487 : i64
        %v3489 = arith.addi %v3486, %v3488 : i64
        %v3490 = llvm.getelementptr %segsum_x_re[%v3489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3482, %v3490 : f32, !llvm.ptr
        %v3491 = llvm.load %v952 : !llvm.ptr -> f32
        %v3492 = arith.muli %v130, %v7 : i64
        %v3493 = arith.addi %v3492, %v110 : i64
        %v3494 = arith.muli %v3493, %v2 : i64
        %v3495 = arith.addi %v3494, %v149 : i64
        %v3496 = arith.muli %v3495, %size_B : i64
        %v3497 = arith.subi %size_B, %v3 : i64
        %v3498 = arith.minsi %v113, %v3497 : i64
        %v3499 = arith.addi %v3496, %v3498 : i64
        %v3500 = llvm.getelementptr %segsum_x_re[%v3499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3491, %v3500 : f32, !llvm.ptr
        %v3501 = llvm.load %v213 : !llvm.ptr -> f32
        %v3502 = arith.muli %v132, %v7 : i64
        %v3503 = arith.addi %v3502, %v110 : i64
        %v3504 = arith.muli %v3503, %v2 : i64
        %v3505 = arith.addi %v3504, %v149 : i64
        %v3506 = arith.muli %v3505, %size_B : i64
        %v3507 = arith.subi %size_B, %v3 : i64
        %v3508 = arith.minsi %v113, %v3507 : i64
        %v3509 = arith.addi %v3506, %v3508 : i64
        %v3510 = llvm.getelementptr %segsum_x_re[%v3509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3501, %v3510 : f32, !llvm.ptr
        %v3511 = llvm.load %v276 : !llvm.ptr -> f32
        %v3512 = arith.muli %v1, %v7 : i64
        %v3513 = arith.addi %v3512, %v110 : i64
        %v3514 = arith.muli %v3513, %v2 : i64
        %v3515 = arith.addi %v3514, %v149 : i64
        %v3516 = arith.muli %v3515, %size_B : i64
        %v3517 = arith.subi %size_B, %v3 : i64
        %v3518 = arith.minsi %v113, %v3517 : i64
        %v3519 = arith.addi %v3516, %v3518 : i64
        %v3520 = llvm.getelementptr %segsum_x_re[%v3519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3511, %v3520 : f32, !llvm.ptr
        %v3521 = llvm.load %v152 : !llvm.ptr -> f32
        %v3522 = arith.muli %v110, %v2 : i64
        %v3523 = arith.addi %v3522, %v151 : i64
        %v3524 = arith.muli %v3523, %size_B : i64
        %v3525 = arith.subi %size_B, %v3 : i64
        %v3526 = arith.minsi %v113, %v3525 : i64
        %v3527 = arith.addi %v3524, %v3526 : i64
        %v3528 = llvm.getelementptr %segsum_x_re[%v3527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3521, %v3528 : f32, !llvm.ptr
        %v3529 = llvm.load %v953 : !llvm.ptr -> f32
        %v3530 = arith.addi %v7, %v110 : i64
        %v3531 = arith.muli %v3530, %v2 : i64
        %v3532 = arith.addi %v3531, %v151 : i64
        %v3533 = arith.muli %v3532, %size_B : i64
        %v3534 = arith.subi %size_B, %v3 : i64
        %v3535 = arith.minsi %v113, %v3534 : i64
        %v3536 = arith.addi %v3533, %v3535 : i64
        %v3537 = llvm.getelementptr %segsum_x_re[%v3536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3529, %v3537 : f32, !llvm.ptr
        %v3538 = llvm.load %v954 : !llvm.ptr -> f32
        %v3539 = arith.muli %v130, %v7 : i64
        %v3540 = arith.addi %v3539, %v110 : i64
        %v3541 = arith.muli %v3540, %v2 : i64
        %v3542 = arith.addi %v3541, %v151 : i64
        %v3543 = arith.muli %v3542, %size_B : i64
        %v3544 = arith.subi %size_B, %v3 : i64
        %v3545 = arith.minsi %v113, %v3544 : i64
        %v3546 = arith.addi %v3543, %v3545 : i64
        %v3547 = llvm.getelementptr %segsum_x_re[%v3546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3538, %v3547 : f32, !llvm.ptr
        %v3548 = llvm.load %v215 : !llvm.ptr -> f32
        %v3549 = arith.muli %v132, %v7 : i64
        %v3550 = arith.addi %v3549, %v110 : i64
        %v3551 = arith.muli %v3550, %v2 : i64
        %v3552 = arith.addi %v3551, %v151 : i64
        %v3553 = arith.muli %v3552, %size_B : i64
        %v3554 = arith.subi %size_B, %v3 : i64
        %v3555 = arith.minsi %v113, %v3554 : i64
        %v3556 = arith.addi %v3553, %v3555 : i64
        %v3557 = llvm.getelementptr %segsum_x_re[%v3556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3548, %v3557 : f32, !llvm.ptr
        %v3558 = llvm.load %v278 : !llvm.ptr -> f32
        %v3559 = arith.muli %v1, %v7 : i64
        %v3560 = arith.addi %v3559, %v110 : i64
        %v3561 = arith.muli %v3560, %v2 : i64
        %v3562 = arith.addi %v3561, %v151 : i64
        %v3563 = arith.muli %v3562, %size_B : i64
        %v3564 = arith.subi %size_B, %v3 : i64
        %v3565 = arith.minsi %v113, %v3564 : i64
        %v3566 = arith.addi %v3563, %v3565 : i64
        %v3567 = llvm.getelementptr %segsum_x_re[%v3566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3558, %v3567 : f32, !llvm.ptr
        %v3568 = llvm.load %v154 : !llvm.ptr -> f32
        %v3569 = arith.muli %v110, %v2 : i64
        %v3570 = arith.addi %v3569, %v153 : i64
        %v3571 = arith.muli %v3570, %size_B : i64
        %v3572 = arith.subi %size_B, %v3 : i64
        %v3573 = arith.minsi %v113, %v3572 : i64
        %v3574 = arith.addi %v3571, %v3573 : i64
        %v3575 = llvm.getelementptr %segsum_x_re[%v3574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3568, %v3575 : f32, !llvm.ptr
        %v3576 = llvm.load %v955 : !llvm.ptr -> f32
        %v3577 = arith.addi %v7, %v110 : i64
        %v3578 = arith.muli %v3577, %v2 : i64
        %v3579 = arith.addi %v3578, %v153 : i64
        %v3580 = arith.muli %v3579, %size_B : i64
        %v3581 = arith.subi %size_B, %v3 : i64
        %v3582 = arith.minsi %v113, %v3581 : i64
        %v3583 = arith.addi %v3580, %v3582 : i64
        %v3584 = llvm.getelementptr %segsum_x_re[%v3583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3576, %v3584 : f32, !llvm.ptr
        %v3585 = llvm.load %v956 : !llvm.ptr -> f32
        %v3586 = arith.muli %v130, %v7 : i64
        %v3587 = arith.addi %v3586, %v110 : i64
        %v3588 = arith.muli %v3587, %v2 : i64
        %v3589 = arith.addi %v3588, %v153 : i64
        %v3590 = arith.muli %v3589, %size_B : i64
        %v3591 = arith.subi %size_B, %v3 : i64
        %v3592 = arith.minsi %v113, %v3591 : i64
        %v3593 = arith.addi %v3590, %v3592 : i64
        %v3594 = llvm.getelementptr %segsum_x_re[%v3593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3585, %v3594 : f32, !llvm.ptr
        %v3595 = llvm.load %v217 : !llvm.ptr -> f32
        %v3596 = arith.muli %v132, %v7 : i64
        %v3597 = arith.addi %v3596, %v110 : i64
        %v3598 = arith.muli %v3597, %v2 : i64
        %v3599 = arith.addi %v3598, %v153 : i64
        %v3600 = arith.muli %v3599, %size_B : i64
        %v3601 = arith.subi %size_B, %v3 : i64
        %v3602 = arith.minsi %v113, %v3601 : i64
        %v3603 = arith.addi %v3600, %v3602 : i64
        %v3604 = llvm.getelementptr %segsum_x_re[%v3603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3595, %v3604 : f32, !llvm.ptr
        %v3605 = llvm.load %v280 : !llvm.ptr -> f32
        %v3606 = arith.muli %v1, %v7 : i64
        %v3607 = arith.addi %v3606, %v110 : i64
        %v3608 = arith.muli %v3607, %v2 : i64
        %v3609 = arith.addi %v3608, %v153 : i64
        %v3610 = arith.muli %v3609, %size_B : i64
        %v3611 = arith.subi %size_B, %v3 : i64
        %v3612 = arith.minsi %v113, %v3611 : i64
        %v3613 = arith.addi %v3610, %v3612 : i64
        %v3614 = llvm.getelementptr %segsum_x_re[%v3613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3605, %v3614 : f32, !llvm.ptr
        %v3615 = llvm.load %v156 : !llvm.ptr -> f32
        %v3616 = arith.muli %v110, %v2 : i64
        %v3617 = arith.addi %v3616, %v155 : i64
        %v3618 = arith.muli %v3617, %size_B : i64
        %v3619 = arith.subi %size_B, %v3 : i64
        %v3620 = arith.minsi %v113, %v3619 : i64
        %v3621 = arith.addi %v3618, %v3620 : i64
        %v3622 = llvm.getelementptr %segsum_x_re[%v3621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3615, %v3622 : f32, !llvm.ptr
        %v3623 = llvm.load %v957 : !llvm.ptr -> f32
        %v3624 = arith.addi %v7, %v110 : i64
        %v3625 = arith.muli %v3624, %v2 : i64
        %v3626 = arith.addi %v3625, %v155 : i64
        %v3627 = arith.muli %v3626, %size_B : i64
        %v3628 = arith.subi %size_B, %v3 : i64
        %v3629 = arith.minsi %v113, %v3628 : i64
        %v3630 = arith.addi %v3627, %v3629 : i64
        %v3631 = llvm.getelementptr %segsum_x_re[%v3630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3623, %v3631 : f32, !llvm.ptr
        %v3632 = llvm.load %v958 : !llvm.ptr -> f32
        %v3633 = arith.muli %v130, %v7 : i64
        %v3634 = arith.addi %v3633, %v110 : i64
        %v3635 = arith.muli %v3634, %v2 : i64
        %v3636 = arith.addi %v3635, %v155 : i64
        %v3637 = arith.muli %v3636, %size_B : i64
        %v3638 = arith.subi %size_B, %v3 : i64
        %v3639 = arith.minsi %v113, %v3638 : i64
        %v3640 = arith.addi %v3637, %v3639 : i64
        %v3641 = llvm.getelementptr %segsum_x_re[%v3640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3632, %v3641 : f32, !llvm.ptr
        %v3642 = llvm.load %v219 : !llvm.ptr -> f32
        %v3643 = arith.muli %v132, %v7 : i64
        %v3644 = arith.addi %v3643, %v110 : i64
        %v3645 = arith.muli %v3644, %v2 : i64
        %v3646 = arith.addi %v3645, %v155 : i64
        %v3647 = arith.muli %v3646, %size_B : i64
        %v3648 = arith.subi %size_B, %v3 : i64
        %v3649 = arith.minsi %v113, %v3648 : i64
        %v3650 = arith.addi %v3647, %v3649 : i64
        %v3651 = llvm.getelementptr %segsum_x_re[%v3650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3642, %v3651 : f32, !llvm.ptr
        %v3652 = llvm.load %v282 : !llvm.ptr -> f32
        %v3653 = arith.muli %v1, %v7 : i64
        %v3654 = arith.addi %v3653, %v110 : i64
        %v3655 = arith.muli %v3654, %v2 : i64
        %v3656 = arith.addi %v3655, %v155 : i64
        %v3657 = arith.muli %v3656, %size_B : i64
        %v3658 = arith.subi %size_B, %v3 : i64
        %v3659 = arith.minsi %v113, %v3658 : i64
        %v3660 = arith.addi %v3657, %v3659 : i64
        %v3661 = llvm.getelementptr %segsum_x_re[%v3660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3652, %v3661 : f32, !llvm.ptr
        %v3662 = llvm.load %v157 : !llvm.ptr -> f32
        %v3663 = arith.muli %v110, %v2 : i64
        %v3664 = arith.muli %v3663, %size_B : i64
        %v3665 = arith.subi %size_B, %v3 : i64
        %v3666 = arith.minsi %v113, %v3665 : i64
        %v3667 = arith.addi %v3664, %v3666 : i64
        %v3668 = llvm.getelementptr %segsum_x_im[%v3667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3662, %v3668 : f32, !llvm.ptr
        %v3669 = llvm.load %v959 : !llvm.ptr -> f32
        %v3670 = arith.addi %v7, %v110 : i64
        %v3671 = arith.muli %v3670, %v2 : i64
        %v3672 = arith.muli %v3671, %size_B : i64
        %v3673 = arith.subi %size_B, %v3 : i64
        %v3674 = arith.minsi %v113, %v3673 : i64
        %v3675 = arith.addi %v3672, %v3674 : i64
        %v3676 = llvm.getelementptr %segsum_x_im[%v3675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3669, %v3676 : f32, !llvm.ptr
        %v3677 = llvm.load %v960 : !llvm.ptr -> f32
        %v3678 = arith.muli %v130, %v7 : i64
        %v3679 = arith.addi %v3678, %v110 : i64
        %v3680 = arith.muli %v3679, %v2 : i64
        %v3681 = arith.muli %v3680, %size_B : i64
        %v3682 = arith.subi %size_B, %v3 : i64
        %v3683 = arith.minsi %v113, %v3682 : i64
        %v3684 = arith.addi %v3681, %v3683 : i64
        %v3685 = llvm.getelementptr %segsum_x_im[%v3684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3677, %v3685 : f32, !llvm.ptr
        %v3686 = llvm.load %v284 : !llvm.ptr -> f32
        %v3687 = arith.muli %v132, %v7 : i64
        %v3688 = arith.addi %v3687, %v110 : i64
        %v3689 = arith.muli %v3688, %v2 : i64
        %v3690 = arith.muli %v3689, %size_B : i64
        %v3691 = arith.subi %size_B, %v3 : i64
        %v3692 = arith.minsi %v113, %v3691 : i64
        %v3693 = arith.addi %v3690, %v3692 : i64
        %v3694 = llvm.getelementptr %segsum_x_im[%v3693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3686, %v3694 : f32, !llvm.ptr
        %v3695 = llvm.load %v221 : !llvm.ptr -> f32
        %v3696 = arith.muli %v1, %v7 : i64
        %v3697 = arith.addi %v3696, %v110 : i64
        %v3698 = arith.muli %v3697, %v2 : i64
        %v3699 = arith.muli %v3698, %size_B : i64
        %v3700 = arith.subi %size_B, %v3 : i64
        %v3701 = arith.minsi %v113, %v3700 : i64
        %v3702 = arith.addi %v3699, %v3701 : i64
        %v3703 = llvm.getelementptr %segsum_x_im[%v3702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3695, %v3703 : f32, !llvm.ptr
        %v3704 = llvm.load %v159 : !llvm.ptr -> f32
        %v3705 = arith.muli %v110, %v2 : i64
        %v3706 = arith.addi %v3705, %v3 : i64
        %v3707 = arith.muli %v3706, %size_B : i64
        %v3708 = arith.subi %size_B, %v3 : i64
        %v3709 = arith.minsi %v113, %v3708 : i64
        %v3710 = arith.addi %v3707, %v3709 : i64
        %v3711 = llvm.getelementptr %segsum_x_im[%v3710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3704, %v3711 : f32, !llvm.ptr
        %v3712 = llvm.load %v961 : !llvm.ptr -> f32
        %v3713 = arith.addi %v7, %v110 : i64
        %v3714 = arith.muli %v3713, %v2 : i64
        %v3715 = arith.addi %v3714, %v3 : i64
        %v3716 = arith.muli %v3715, %size_B : i64
        %v3717 = arith.subi %size_B, %v3 : i64
        %v3718 = arith.minsi %v113, %v3717 : i64
        %v3719 = arith.addi %v3716, %v3718 : i64
        %v3720 = llvm.getelementptr %segsum_x_im[%v3719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3712, %v3720 : f32, !llvm.ptr
        %v3721 = llvm.load %v962 : !llvm.ptr -> f32
        %v3722 = arith.muli %v130, %v7 : i64
        %v3723 = arith.addi %v3722, %v110 : i64
        %v3724 = arith.muli %v3723, %v2 : i64
        %v3725 = arith.addi %v3724, %v3 : i64
        %v3726 = arith.muli %v3725, %size_B : i64
        %v3727 = arith.subi %size_B, %v3 : i64
        %v3728 = arith.minsi %v113, %v3727 : i64
        %v3729 = arith.addi %v3726, %v3728 : i64
        %v3730 = llvm.getelementptr %segsum_x_im[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3721, %v3730 : f32, !llvm.ptr
        %v3731 = llvm.load %v286 : !llvm.ptr -> f32
        %v3732 = arith.muli %v132, %v7 : i64
        %v3733 = arith.addi %v3732, %v110 : i64
        %v3734 = arith.muli %v3733, %v2 : i64
        %v3735 = arith.addi %v3734, %v3 : i64
        %v3736 = arith.muli %v3735, %size_B : i64
        %v3737 = arith.subi %size_B, %v3 : i64
        %v3738 = arith.minsi %v113, %v3737 : i64
        %v3739 = arith.addi %v3736, %v3738 : i64
        %v3740 = llvm.getelementptr %segsum_x_im[%v3739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3731, %v3740 : f32, !llvm.ptr
        %v3741 = llvm.load %v223 : !llvm.ptr -> f32
        %v3742 = arith.muli %v1, %v7 : i64
        %v3743 = arith.addi %v3742, %v110 : i64
        %v3744 = arith.muli %v3743, %v2 : i64
        %v3745 = arith.addi %v3744, %v3 : i64
        %v3746 = arith.muli %v3745, %size_B : i64
        %v3747 = arith.subi %size_B, %v3 : i64
        %v3748 = arith.minsi %v113, %v3747 : i64
        %v3749 = arith.addi %v3746, %v3748 : i64
        %v3750 = llvm.getelementptr %segsum_x_im[%v3749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3741, %v3750 : f32, !llvm.ptr
        %v3751 = llvm.load %v161 : !llvm.ptr -> f32
        %v3752 = arith.muli %v110, %v2 : i64
        %v3753 = arith.addi %v3752, %v130 : i64
        %v3754 = arith.muli %v3753, %size_B : i64
        %v3755 = arith.subi %size_B, %v3 : i64
        %v3756 = arith.minsi %v113, %v3755 : i64
        %v3757 = arith.addi %v3754, %v3756 : i64
        %v3758 = llvm.getelementptr %segsum_x_im[%v3757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3751, %v3758 : f32, !llvm.ptr
        %v3759 = llvm.load %v963 : !llvm.ptr -> f32
        %v3760 = arith.addi %v7, %v110 : i64
        %v3761 = arith.muli %v3760, %v2 : i64
        %v3762 = arith.addi %v3761, %v130 : i64
        %v3763 = arith.muli %v3762, %size_B : i64
        %v3764 = arith.subi %size_B, %v3 : i64
        %v3765 = arith.minsi %v113, %v3764 : i64
        %v3766 = arith.addi %v3763, %v3765 : i64
        %v3767 = llvm.getelementptr %segsum_x_im[%v3766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3759, %v3767 : f32, !llvm.ptr
        %v3768 = llvm.load %v964 : !llvm.ptr -> f32
        %v3769 = arith.muli %v130, %v7 : i64
        %v3770 = arith.addi %v3769, %v110 : i64
        %v3771 = arith.muli %v3770, %v2 : i64
        %v3772 = arith.addi %v3771, %v130 : i64
        %v3773 = arith.muli %v3772, %size_B : i64
        %v3774 = arith.subi %size_B, %v3 : i64
        %v3775 = arith.minsi %v113, %v3774 : i64
        %v3776 = arith.addi %v3773, %v3775 : i64
        %v3777 = llvm.getelementptr %segsum_x_im[%v3776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3768, %v3777 : f32, !llvm.ptr
        %v3778 = llvm.load %v288 : !llvm.ptr -> f32
        %v3779 = arith.muli %v132, %v7 : i64
        %v3780 = arith.addi %v3779, %v110 : i64
        %v3781 = arith.muli %v3780, %v2 : i64
        %v3782 = arith.addi %v3781, %v130 : i64
        %v3783 = arith.muli %v3782, %size_B : i64
        %v3784 = arith.subi %size_B, %v3 : i64
        %v3785 = arith.minsi %v113, %v3784 : i64
        %v3786 = arith.addi %v3783, %v3785 : i64
        %v3787 = llvm.getelementptr %segsum_x_im[%v3786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3778, %v3787 : f32, !llvm.ptr
        %v3788 = llvm.load %v225 : !llvm.ptr -> f32
        %v3789 = arith.muli %v1, %v7 : i64
        %v3790 = arith.addi %v3789, %v110 : i64
        %v3791 = arith.muli %v3790, %v2 : i64
        %v3792 = arith.addi %v3791, %v130 : i64
        %v3793 = arith.muli %v3792, %size_B : i64
        %v3794 = arith.subi %size_B, %v3 : i64
        %v3795 = arith.minsi %v113, %v3794 : i64
        %v3796 = arith.addi %v3793, %v3795 : i64
        %v3797 = llvm.getelementptr %segsum_x_im[%v3796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3788, %v3797 : f32, !llvm.ptr
        %v3798 = llvm.load %v163 : !llvm.ptr -> f32
        %v3799 = arith.muli %v110, %v2 : i64
        %v3800 = arith.addi %v3799, %v132 : i64
        %v3801 = arith.muli %v3800, %size_B : i64
        %v3802 = arith.subi %size_B, %v3 : i64
        %v3803 = arith.minsi %v113, %v3802 : i64
        %v3804 = arith.addi %v3801, %v3803 : i64
        %v3805 = llvm.getelementptr %segsum_x_im[%v3804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3798, %v3805 : f32, !llvm.ptr
        %v3806 = llvm.load %v965 : !llvm.ptr -> f32
        %v3807 = arith.addi %v7, %v110 : i64
        %v3808 = arith.muli %v3807, %v2 : i64
        %v3809 = arith.addi %v3808, %v132 : i64
        %v3810 = arith.muli %v3809, %size_B : i64
        %v3811 = arith.subi %size_B, %v3 : i64
        %v3812 = arith.minsi %v113, %v3811 : i64
        %v3813 = arith.addi %v3810, %v3812 : i64
        %v3814 = llvm.getelementptr %segsum_x_im[%v3813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3806, %v3814 : f32, !llvm.ptr
        %v3815 = llvm.load %v966 : !llvm.ptr -> f32
        %v3816 = arith.muli %v130, %v7 : i64
        %v3817 = arith.addi %v3816, %v110 : i64
        %v3818 = arith.muli %v3817, %v2 : i64
        %v3819 = arith.addi %v3818, %v132 : i64
        %v3820 = arith.muli %v3819, %size_B : i64
        %v3821 = arith.subi %size_B, %v3 : i64
        %v3822 = arith.minsi %v113, %v3821 : i64
        %v3823 = arith.addi %v3820, %v3822 : i64
        %v3824 = llvm.getelementptr %segsum_x_im[%v3823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3815, %v3824 : f32, !llvm.ptr
        %v3825 = llvm.load %v290 : !llvm.ptr -> f32
        %v3826 = arith.muli %v132, %v7 : i64
        %v3827 = arith.addi %v3826, %v110 : i64
        %v3828 = arith.muli %v3827, %v2 : i64
        %v3829 = arith.addi %v3828, %v132 : i64
        %v3830 = arith.muli %v3829, %size_B : i64
        %v3831 = arith.subi %size_B, %v3 : i64
        %v3832 = arith.minsi %v113, %v3831 : i64
        %v3833 = arith.addi %v3830, %v3832 : i64
        %v3834 = llvm.getelementptr %segsum_x_im[%v3833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3825, %v3834 : f32, !llvm.ptr
        %v3835 = llvm.load %v227 : !llvm.ptr -> f32
        %v3836 = arith.muli %v1, %v7 : i64
        %v3837 = arith.addi %v3836, %v110 : i64
        %v3838 = arith.muli %v3837, %v2 : i64
        %v3839 = arith.addi %v3838, %v132 : i64
        %v3840 = arith.muli %v3839, %size_B : i64
        %v3841 = arith.subi %size_B, %v3 : i64
        %v3842 = arith.minsi %v113, %v3841 : i64
        %v3843 = arith.addi %v3840, %v3842 : i64
        %v3844 = llvm.getelementptr %segsum_x_im[%v3843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3835, %v3844 : f32, !llvm.ptr
        %v3845 = llvm.load %v165 : !llvm.ptr -> f32
        %v3846 = arith.muli %v110, %v2 : i64
        %v3847 = arith.addi %v3846, %v1 : i64
        %v3848 = arith.muli %v3847, %size_B : i64
        %v3849 = arith.subi %size_B, %v3 : i64
        %v3850 = arith.minsi %v113, %v3849 : i64
        %v3851 = arith.addi %v3848, %v3850 : i64
        %v3852 = llvm.getelementptr %segsum_x_im[%v3851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3845, %v3852 : f32, !llvm.ptr
        %v3853 = llvm.load %v967 : !llvm.ptr -> f32
        %v3854 = arith.addi %v7, %v110 : i64
        %v3855 = arith.muli %v3854, %v2 : i64
        %v3856 = arith.addi %v3855, %v1 : i64
        %v3857 = arith.muli %v3856, %size_B : i64
        %v3858 = arith.subi %size_B, %v3 : i64
        %v3859 = arith.minsi %v113, %v3858 : i64
        %v3860 = arith.addi %v3857, %v3859 : i64
        %v3861 = llvm.getelementptr %segsum_x_im[%v3860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3853, %v3861 : f32, !llvm.ptr
        %v3862 = llvm.load %v968 : !llvm.ptr -> f32
        %v3863 = arith.muli %v130, %v7 : i64
        %v3864 = arith.addi %v3863, %v110 : i64
        %v3865 = arith.muli %v3864, %v2 : i64
        %v3866 = arith.addi %v3865, %v1 : i64
        %v3867 = arith.muli %v3866, %size_B : i64
        %v3868 = arith.subi %size_B, %v3 : i64
        %v3869 = arith.minsi %v113, %v3868 : i64
        %v3870 = arith.addi %v3867, %v3869 : i64
        %v3871 = llvm.getelementptr %segsum_x_im[%v3870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3862, %v3871 : f32, !llvm.ptr
        %v3872 = llvm.load %v292 : !llvm.ptr -> f32
        %v3873 = arith.muli %v132, %v7 : i64
        %v3874 = arith.addi %v3873, %v110 : i64
        %v3875 = arith.muli %v3874, %v2 : i64
        %v3876 = arith.addi %v3875, %v1 : i64
        %v3877 = arith.muli %v3876, %size_B : i64
        %v3878 = arith.subi %size_B, %v3 : i64
        %v3879 = arith.minsi %v113, %v3878 : i64
        %v3880 = arith.addi %v3877, %v3879 : i64
        %v3881 = llvm.getelementptr %segsum_x_im[%v3880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3872, %v3881 : f32, !llvm.ptr
        %v3882 = llvm.load %v229 : !llvm.ptr -> f32
        %v3883 = arith.muli %v1, %v7 : i64
        %v3884 = arith.addi %v3883, %v110 : i64
        %v3885 = arith.muli %v3884, %v2 : i64
        %v3886 = arith.addi %v3885, %v1 : i64
        %v3887 = arith.muli %v3886, %size_B : i64
        %v3888 = arith.subi %size_B, %v3 : i64
        %v3889 = arith.minsi %v113, %v3888 : i64
        %v3890 = arith.addi %v3887, %v3889 : i64
        %v3891 = llvm.getelementptr %segsum_x_im[%v3890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3882, %v3891 : f32, !llvm.ptr
        %v3892 = llvm.load %v167 : !llvm.ptr -> f32
        %v3893 = arith.muli %v110, %v2 : i64
        %v3894 = arith.addi %v3893, %v135 : i64
        %v3895 = arith.muli %v3894, %size_B : i64
        %v3896 = arith.subi %size_B, %v3 : i64
        %v3897 = arith.minsi %v113, %v3896 : i64
        %v3898 = arith.addi %v3895, %v3897 : i64
        %v3899 = llvm.getelementptr %segsum_x_im[%v3898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3892, %v3899 : f32, !llvm.ptr
        %v3900 = llvm.load %v969 : !llvm.ptr -> f32
        %v3901 = arith.addi %v7, %v110 : i64
        %v3902 = arith.muli %v3901, %v2 : i64
        %v3903 = arith.addi %v3902, %v135 : i64
        %v3904 = arith.muli %v3903, %size_B : i64
        %v3905 = arith.subi %size_B, %v3 : i64
        %v3906 = arith.minsi %v113, %v3905 : i64
        %v3907 = arith.addi %v3904, %v3906 : i64
        %v3908 = llvm.getelementptr %segsum_x_im[%v3907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3900, %v3908 : f32, !llvm.ptr
        %v3909 = llvm.load %v970 : !llvm.ptr -> f32
        %v3910 = arith.muli %v130, %v7 : i64
        %v3911 = arith.addi %v3910, %v110 : i64
        %v3912 = arith.muli %v3911, %v2 : i64
        %v3913 = arith.addi %v3912, %v135 : i64
        %v3914 = arith.muli %v3913, %size_B : i64
        %v3915 = arith.subi %size_B, %v3 : i64
        %v3916 = arith.minsi %v113, %v3915 : i64
        %v3917 = arith.addi %v3914, %v3916 : i64
        %v3918 = llvm.getelementptr %segsum_x_im[%v3917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3909, %v3918 : f32, !llvm.ptr
        %v3919 = llvm.load %v294 : !llvm.ptr -> f32
        %v3920 = arith.muli %v132, %v7 : i64
        %v3921 = arith.addi %v3920, %v110 : i64
        %v3922 = arith.muli %v3921, %v2 : i64
        %v3923 = arith.addi %v3922, %v135 : i64
        %v3924 = arith.muli %v3923, %size_B : i64
        %v3925 = arith.subi %size_B, %v3 : i64
        %v3926 = arith.minsi %v113, %v3925 : i64
        %v3927 = arith.addi %v3924, %v3926 : i64
        %v3928 = llvm.getelementptr %segsum_x_im[%v3927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3919, %v3928 : f32, !llvm.ptr
        %v3929 = llvm.load %v231 : !llvm.ptr -> f32
        %v3930 = arith.muli %v1, %v7 : i64
        %v3931 = arith.addi %v3930, %v110 : i64
        %v3932 = arith.muli %v3931, %v2 : i64
        %v3933 = arith.addi %v3932, %v135 : i64
        %v3934 = arith.muli %v3933, %size_B : i64
        %v3935 = arith.subi %size_B, %v3 : i64
        %v3936 = arith.minsi %v113, %v3935 : i64
        %v3937 = arith.addi %v3934, %v3936 : i64
        %v3938 = llvm.getelementptr %segsum_x_im[%v3937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3929, %v3938 : f32, !llvm.ptr
        %v3939 = llvm.load %v169 : !llvm.ptr -> f32
        %v3940 = arith.muli %v110, %v2 : i64
        %v3941 = arith.addi %v3940, %v137 : i64
        %v3942 = arith.muli %v3941, %size_B : i64
        %v3943 = arith.subi %size_B, %v3 : i64
        %v3944 = arith.minsi %v113, %v3943 : i64
        %v3945 = arith.addi %v3942, %v3944 : i64
        %v3946 = llvm.getelementptr %segsum_x_im[%v3945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3939, %v3946 : f32, !llvm.ptr
        %v3947 = llvm.load %v971 : !llvm.ptr -> f32
        %v3948 = arith.addi %v7, %v110 : i64
        %v3949 = arith.muli %v3948, %v2 : i64
        %v3950 = arith.addi %v3949, %v137 : i64
        %v3951 = arith.muli %v3950, %size_B : i64
        %v3952 = arith.subi %size_B, %v3 : i64
        %v3953 = arith.minsi %v113, %v3952 : i64
        %v3954 = arith.addi %v3951, %v3953 : i64
        %v3955 = llvm.getelementptr %segsum_x_im[%v3954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3947, %v3955 : f32, !llvm.ptr
        %v3956 = llvm.load %v972 : !llvm.ptr -> f32
        %v3957 = arith.muli %v130, %v7 : i64
        %v3958 = arith.addi %v3957, %v110 : i64
        %v3959 = arith.muli %v3958, %v2 : i64
        %v3960 = arith.addi %v3959, %v137 : i64
        %v3961 = arith.muli %v3960, %size_B : i64
        %v3962 = arith.subi %size_B, %v3 : i64
        %v3963 = arith.minsi %v113, %v3962 : i64
        %v3964 = arith.addi %v3961, %v3963 : i64
        %v3965 = llvm.getelementptr %segsum_x_im[%v3964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3956, %v3965 : f32, !llvm.ptr
        %v3966 = llvm.load %v296 : !llvm.ptr -> f32
        %v3967 = arith.muli %v132, %v7 : i64
        %v3968 = arith.addi %v3967, %v110 : i64
        %v3969 = arith.muli %v3968, %v2 : i64
        %v3970 = arith.addi %v3969, %v137 : i64
        %v3971 = arith.muli %v3970, %size_B : i64
        %v3972 = arith.subi %size_B, %v3 : i64
        %v3973 = arith.minsi %v113, %v3972 : i64
        %v3974 = arith.addi %v3971, %v3973 : i64
        %v3975 = llvm.getelementptr %segsum_x_im[%v3974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3966, %v3975 : f32, !llvm.ptr
        %v3976 = llvm.load %v233 : !llvm.ptr -> f32
        %v3977 = arith.muli %v1, %v7 : i64
        %v3978 = arith.addi %v3977, %v110 : i64
        %v3979 = arith.muli %v3978, %v2 : i64
        %v3980 = arith.addi %v3979, %v137 : i64
        %v3981 = arith.muli %v3980, %size_B : i64
        %v3982 = arith.subi %size_B, %v3 : i64
        %v3983 = arith.minsi %v113, %v3982 : i64
        %v3984 = arith.addi %v3981, %v3983 : i64
        %v3985 = llvm.getelementptr %segsum_x_im[%v3984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3976, %v3985 : f32, !llvm.ptr
        %v3986 = llvm.load %v171 : !llvm.ptr -> f32
        %v3987 = arith.muli %v110, %v2 : i64
        %v3988 = arith.addi %v3987, %v139 : i64
        %v3989 = arith.muli %v3988, %size_B : i64
        %v3990 = arith.subi %size_B, %v3 : i64
        %v3991 = arith.minsi %v113, %v3990 : i64
        %v3992 = arith.addi %v3989, %v3991 : i64
        %v3993 = llvm.getelementptr %segsum_x_im[%v3992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3986, %v3993 : f32, !llvm.ptr
        %v3994 = llvm.load %v973 : !llvm.ptr -> f32
        %v3995 = arith.addi %v7, %v110 : i64
        %v3996 = arith.muli %v3995, %v2 : i64
        %v3997 = arith.addi %v3996, %v139 : i64
        %v3998 = arith.muli %v3997, %size_B : i64
        %v3999 = arith.subi %size_B, %v3 : i64
        %v4000 = arith.minsi %v113, %v3999 : i64
        %v4001 = arith.addi %v3998, %v4000 : i64
        %v4002 = llvm.getelementptr %segsum_x_im[%v4001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3994, %v4002 : f32, !llvm.ptr
        %v4003 = llvm.load %v974 : !llvm.ptr -> f32
        %v4004 = arith.muli %v130, %v7 : i64
        %v4005 = arith.addi %v4004, %v110 : i64
        %v4006 = arith.muli %v4005, %v2 : i64
        %v4007 = arith.addi %v4006, %v139 : i64
        %v4008 = arith.muli %v4007, %size_B : i64
        %v4009 = arith.subi %size_B, %v3 : i64
        %v4010 = arith.minsi %v113, %v4009 : i64
        %v4011 = arith.addi %v4008, %v4010 : i64
        %v4012 = llvm.getelementptr %segsum_x_im[%v4011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4003, %v4012 : f32, !llvm.ptr
        %v4013 = llvm.load %v298 : !llvm.ptr -> f32
        %v4014 = arith.muli %v132, %v7 : i64
        %v4015 = arith.addi %v4014, %v110 : i64
        %v4016 = arith.muli %v4015, %v2 : i64
        %v4017 = arith.addi %v4016, %v139 : i64
        %v4018 = arith.muli %v4017, %size_B : i64
        %v4019 = arith.subi %size_B, %v3 : i64
        %v4020 = arith.minsi %v113, %v4019 : i64
        %v4021 = arith.addi %v4018, %v4020 : i64
        %v4022 = llvm.getelementptr %segsum_x_im[%v4021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4013, %v4022 : f32, !llvm.ptr
        %v4023 = llvm.load %v235 : !llvm.ptr -> f32
        %v4024 = arith.muli %v1, %v7 : i64
        %v4025 = arith.addi %v4024, %v110 : i64
        %v4026 = arith.muli %v4025, %v2 : i64
        %v4027 = arith.addi %v4026, %v139 : i64
        %v4028 = arith.muli %v4027, %size_B : i64
        %v4029 = arith.subi %size_B, %v3 : i64
        %v4030 = arith.minsi %v113, %v4029 : i64
        %v4031 = arith.addi %v4028, %v4030 : i64
        %v4032 = llvm.getelementptr %segsum_x_im[%v4031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4023, %v4032 : f32, !llvm.ptr
        %v4033 = llvm.load %v173 : !llvm.ptr -> f32
        %v4034 = arith.muli %v110, %v2 : i64
        %v4035 = arith.addi %v4034, %v141 : i64
        %v4036 = arith.muli %v4035, %size_B : i64
        %v4037 = arith.subi %size_B, %v3 : i64
        %v4038 = arith.minsi %v113, %v4037 : i64
        %v4039 = arith.addi %v4036, %v4038 : i64
        %v4040 = llvm.getelementptr %segsum_x_im[%v4039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4033, %v4040 : f32, !llvm.ptr
        %v4041 = llvm.load %v975 : !llvm.ptr -> f32
        %v4042 = arith.addi %v7, %v110 : i64
        %v4043 = arith.muli %v4042, %v2 : i64
        %v4044 = arith.addi %v4043, %v141 : i64
        %v4045 = arith.muli %v4044, %size_B : i64
        %v4046 = arith.subi %size_B, %v3 : i64
        %v4047 = arith.minsi %v113, %v4046 : i64
        %v4048 = arith.addi %v4045, %v4047 : i64
        %v4049 = llvm.getelementptr %segsum_x_im[%v4048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4041, %v4049 : f32, !llvm.ptr
        %v4050 = llvm.load %v976 : !llvm.ptr -> f32
        %v4051 = arith.muli %v130, %v7 : i64
        %v4052 = arith.addi %v4051, %v110 : i64
        %v4053 = arith.muli %v4052, %v2 : i64
        %v4054 = arith.addi %v4053, %v141 : i64
        %v4055 = arith.muli %v4054, %size_B : i64
        %v4056 = arith.subi %size_B, %v3 : i64
        %v4057 = arith.minsi %v113, %v4056 : i64
        %v4058 = arith.addi %v4055, %v4057 : i64
        %v4059 = llvm.getelementptr %segsum_x_im[%v4058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4050, %v4059 : f32, !llvm.ptr
        %v4060 = llvm.load %v300 : !llvm.ptr -> f32
        %v4061 = arith.muli %v132, %v7 : i64
        %v4062 = arith.addi %v4061, %v110 : i64
        %v4063 = arith.muli %v4062, %v2 : i64
        %v4064 = arith.addi %v4063, %v141 : i64
        %v4065 = arith.muli %v4064, %size_B : i64
        %v4066 = arith.subi %size_B, %v3 : i64
        %v4067 = arith.minsi %v113, %v4066 : i64
        %v4068 = arith.addi %v4065, %v4067 : i64
        %v4069 = llvm.getelementptr %segsum_x_im[%v4068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4060, %v4069 : f32, !llvm.ptr
        %v4070 = llvm.load %v237 : !llvm.ptr -> f32
        %v4071 = arith.muli %v1, %v7 : i64
        %v4072 = arith.addi %v4071, %v110 : i64
        %v4073 = arith.muli %v4072, %v2 : i64
        %v4074 = arith.addi %v4073, %v141 : i64
        %v4075 = arith.muli %v4074, %size_B : i64
        %v4076 = arith.subi %size_B, %v3 : i64
        %v4077 = arith.minsi %v113, %v4076 : i64
        %v4078 = arith.addi %v4075, %v4077 : i64
        %v4079 = llvm.getelementptr %segsum_x_im[%v4078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4070, %v4079 : f32, !llvm.ptr
        %v4080 = llvm.load %v175 : !llvm.ptr -> f32
        %v4081 = arith.muli %v110, %v2 : i64
        %v4082 = arith.addi %v4081, %v143 : i64
        %v4083 = arith.muli %v4082, %size_B : i64
        %v4084 = arith.subi %size_B, %v3 : i64
        %v4085 = arith.minsi %v113, %v4084 : i64
        %v4086 = arith.addi %v4083, %v4085 : i64
        %v4087 = llvm.getelementptr %segsum_x_im[%v4086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4080, %v4087 : f32, !llvm.ptr
        %v4088 = llvm.load %v977 : !llvm.ptr -> f32
        %v4089 = arith.addi %v7, %v110 : i64
        %v4090 = arith.muli %v4089, %v2 : i64
        %v4091 = arith.addi %v4090, %v143 : i64
        %v4092 = arith.muli %v4091, %size_B : i64
        %v4093 = arith.subi %size_B, %v3 : i64
        %v4094 = arith.minsi %v113, %v4093 : i64
        %v4095 = arith.addi %v4092, %v4094 : i64
        %v4096 = llvm.getelementptr %segsum_x_im[%v4095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4088, %v4096 : f32, !llvm.ptr
        %v4097 = llvm.load %v978 : !llvm.ptr -> f32
        %v4098 = arith.muli %v130, %v7 : i64
        %v4099 = arith.addi %v4098, %v110 : i64
        %v4100 = arith.muli %v4099, %v2 : i64
        %v4101 = arith.addi %v4100, %v143 : i64
        %v4102 = arith.muli %v4101, %size_B : i64
        %v4103 = arith.subi %size_B, %v3 : i64
        %v4104 = arith.minsi %v113, %v4103 : i64
        %v4105 = arith.addi %v4102, %v4104 : i64
        %v4106 = llvm.getelementptr %segsum_x_im[%v4105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4097, %v4106 : f32, !llvm.ptr
        %v4107 = llvm.load %v302 : !llvm.ptr -> f32
        %v4108 = arith.muli %v132, %v7 : i64
        %v4109 = arith.addi %v4108, %v110 : i64
        %v4110 = arith.muli %v4109, %v2 : i64
        %v4111 = arith.addi %v4110, %v143 : i64
        %v4112 = arith.muli %v4111, %size_B : i64
        %v4113 = arith.subi %size_B, %v3 : i64
        %v4114 = arith.minsi %v113, %v4113 : i64
        %v4115 = arith.addi %v4112, %v4114 : i64
        %v4116 = llvm.getelementptr %segsum_x_im[%v4115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4107, %v4116 : f32, !llvm.ptr
        %v4117 = llvm.load %v239 : !llvm.ptr -> f32
        %v4118 = arith.muli %v1, %v7 : i64
        %v4119 = arith.addi %v4118, %v110 : i64
        %v4120 = arith.muli %v4119, %v2 : i64
        %v4121 = arith.addi %v4120, %v143 : i64
        %v4122 = arith.muli %v4121, %size_B : i64
        %v4123 = arith.subi %size_B, %v3 : i64
        %v4124 = arith.minsi %v113, %v4123 : i64
        %v4125 = arith.addi %v4122, %v4124 : i64
        %v4126 = llvm.getelementptr %segsum_x_im[%v4125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4117, %v4126 : f32, !llvm.ptr
        %v4127 = llvm.load %v177 : !llvm.ptr -> f32
        %v4128 = arith.muli %v110, %v2 : i64
        %v4129 = arith.addi %v4128, %v145 : i64
        %v4130 = arith.muli %v4129, %size_B : i64
        %v4131 = arith.subi %size_B, %v3 : i64
        %v4132 = arith.minsi %v113, %v4131 : i64
        %v4133 = arith.addi %v4130, %v4132 : i64
        %v4134 = llvm.getelementptr %segsum_x_im[%v4133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4127, %v4134 : f32, !llvm.ptr
        %v4135 = llvm.load %v979 : !llvm.ptr -> f32
        %v4136 = arith.addi %v7, %v110 : i64
        %v4137 = arith.muli %v4136, %v2 : i64
        %v4138 = arith.addi %v4137, %v145 : i64
        %v4139 = arith.muli %v4138, %size_B : i64
        %v4140 = arith.subi %size_B, %v3 : i64
        %v4141 = arith.minsi %v113, %v4140 : i64
        %v4142 = arith.addi %v4139, %v4141 : i64
        %v4143 = llvm.getelementptr %segsum_x_im[%v4142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4135, %v4143 : f32, !llvm.ptr
        %v4144 = llvm.load %v980 : !llvm.ptr -> f32
        %v4145 = arith.muli %v130, %v7 : i64
        %v4146 = arith.addi %v4145, %v110 : i64
        %v4147 = arith.muli %v4146, %v2 : i64
        %v4148 = arith.addi %v4147, %v145 : i64
        %v4149 = arith.muli %v4148, %size_B : i64
        %v4150 = arith.subi %size_B, %v3 : i64
        %v4151 = arith.minsi %v113, %v4150 : i64
        %v4152 = arith.addi %v4149, %v4151 : i64
        %v4153 = llvm.getelementptr %segsum_x_im[%v4152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4144, %v4153 : f32, !llvm.ptr
        %v4154 = llvm.load %v304 : !llvm.ptr -> f32
        %v4155 = arith.muli %v132, %v7 : i64
        %v4156 = arith.addi %v4155, %v110 : i64
        %v4157 = arith.muli %v4156, %v2 : i64
        %v4158 = arith.addi %v4157, %v145 : i64
        %v4159 = arith.muli %v4158, %size_B : i64
        %v4160 = arith.subi %size_B, %v3 : i64
        %v4161 = arith.minsi %v113, %v4160 : i64
        %v4162 = arith.addi %v4159, %v4161 : i64
        %v4163 = llvm.getelementptr %segsum_x_im[%v4162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4154, %v4163 : f32, !llvm.ptr
        %v4164 = llvm.load %v241 : !llvm.ptr -> f32
        %v4165 = arith.muli %v1, %v7 : i64
        %v4166 = arith.addi %v4165, %v110 : i64
        %v4167 = arith.muli %v4166, %v2 : i64
        %v4168 = arith.addi %v4167, %v145 : i64
        %v4169 = arith.muli %v4168, %size_B : i64
        %v4170 = arith.subi %size_B, %v3 : i64
        %v4171 = arith.minsi %v113, %v4170 : i64
        %v4172 = arith.addi %v4169, %v4171 : i64
        %v4173 = llvm.getelementptr %segsum_x_im[%v4172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4164, %v4173 : f32, !llvm.ptr
        %v4174 = llvm.load %v179 : !llvm.ptr -> f32
        %v4175 = arith.muli %v110, %v2 : i64
        %v4176 = arith.addi %v4175, %v147 : i64
        %v4177 = arith.muli %v4176, %size_B : i64
        %v4178 = arith.subi %size_B, %v3 : i64
        %v4179 = arith.minsi %v113, %v4178 : i64
        %v4180 = arith.addi %v4177, %v4179 : i64
        %v4181 = llvm.getelementptr %segsum_x_im[%v4180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4174, %v4181 : f32, !llvm.ptr
        %v4182 = llvm.load %v981 : !llvm.ptr -> f32
        %v4183 = arith.addi %v7, %v110 : i64
        %v4184 = arith.muli %v4183, %v2 : i64
        %v4185 = arith.addi %v4184, %v147 : i64
        %v4186 = arith.muli %v4185, %size_B : i64
        %v4187 = arith.subi %size_B, %v3 : i64
        %v4188 = arith.minsi %v113, %v4187 : i64
        %v4189 = arith.addi %v4186, %v4188 : i64
        %v4190 = llvm.getelementptr %segsum_x_im[%v4189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4182, %v4190 : f32, !llvm.ptr
        %v4191 = llvm.load %v982 : !llvm.ptr -> f32
        %v4192 = arith.muli %v130, %v7 : i64
        %v4193 = arith.addi %v4192, %v110 : i64
        %v4194 = arith.muli %v4193, %v2 : i64
        %v4195 = arith.addi %v4194, %v147 : i64
        %v4196 = arith.muli %v4195, %size_B : i64
        %v4197 = arith.subi %size_B, %v3 : i64
        %v4198 = arith.minsi %v113, %v4197 : i64
        %v4199 = arith.addi %v4196, %v4198 : i64
        %v4200 = llvm.getelementptr %segsum_x_im[%v4199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4191, %v4200 : f32, !llvm.ptr
        %v4201 = llvm.load %v306 : !llvm.ptr -> f32
        %v4202 = arith.muli %v132, %v7 : i64
        %v4203 = arith.addi %v4202, %v110 : i64
        %v4204 = arith.muli %v4203, %v2 : i64
        %v4205 = arith.addi %v4204, %v147 : i64
        %v4206 = arith.muli %v4205, %size_B : i64
        %v4207 = arith.subi %size_B, %v3 : i64
        %v4208 = arith.minsi %v113, %v4207 : i64
        %v4209 = arith.addi %v4206, %v4208 : i64
        %v4210 = llvm.getelementptr %segsum_x_im[%v4209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4201, %v4210 : f32, !llvm.ptr
        %v4211 = llvm.load %v243 : !llvm.ptr -> f32
        %v4212 = arith.muli %v1, %v7 : i64
        %v4213 = arith.addi %v4212, %v110 : i64
        %v4214 = arith.muli %v4213, %v2 : i64
        %v4215 = arith.addi %v4214, %v147 : i64
        %v4216 = arith.muli %v4215, %size_B : i64
        %v4217 = arith.subi %size_B, %v3 : i64
        %v4218 = arith.minsi %v113, %v4217 : i64
        %v4219 = arith.addi %v4216, %v4218 : i64
        %v4220 = llvm.getelementptr %segsum_x_im[%v4219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4211, %v4220 : f32, !llvm.ptr
        %v4221 = llvm.load %v181 : !llvm.ptr -> f32
        %v4222 = arith.muli %v110, %v2 : i64
        %v4223 = arith.addi %v4222, %v149 : i64
        %v4224 = arith.muli %v4223, %size_B : i64
        %v4225 = arith.subi %size_B, %v3 : i64
        %v4226 = arith.minsi %v113, %v4225 : i64
        %v4227 = arith.addi %v4224, %v4226 : i64
        %v4228 = llvm.getelementptr %segsum_x_im[%v4227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4221, %v4228 : f32, !llvm.ptr
        %v4229 = llvm.load %v983 : !llvm.ptr -> f32
        %v4230 = arith.addi %v7, %v110 : i64
        %v4231 = arith.muli %v4230, %v2 : i64
        %v4232 = arith.addi %v4231, %v149 : i64
        %v4233 = arith.muli %v4232, %size_B : i64
        %v4234 = arith.subi %size_B, %v3 : i64
        %v4235 = arith.minsi %v113, %v4234 : i64
        %v4236 = arith.addi %v4233, %v4235 : i64
        %v4237 = llvm.getelementptr %segsum_x_im[%v4236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4229, %v4237 : f32, !llvm.ptr
        %v4238 = llvm.load %v984 : !llvm.ptr -> f32
        %v4239 = arith.muli %v130, %v7 : i64
        %v4240 = arith.addi %v4239, %v110 : i64
        %v4241 = arith.muli %v4240, %v2 : i64
        %v4242 = arith.addi %v4241, %v149 : i64
        %v4243 = arith.muli %v4242, %size_B : i64
        %v4244 = arith.subi %size_B, %v3 : i64
        %v4245 = arith.minsi %v113, %v4244 : i64
        %v4246 = arith.addi %v4243, %v4245 : i64
        %v4247 = llvm.getelementptr %segsum_x_im[%v4246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4238, %v4247 : f32, !llvm.ptr
        %v4248 = llvm.load %v308 : !llvm.ptr -> f32
        %v4249 = arith.muli %v132, %v7 : i64
        %v4250 = arith.addi %v4249, %v110 : i64
        %v4251 = arith.muli %v4250, %v2 : i64
        %v4252 = arith.addi %v4251, %v149 : i64
        %v4253 = arith.muli %v4252, %size_B : i64
        %v4254 = arith.subi %size_B, %v3 : i64
        %v4255 = arith.minsi %v113, %v4254 : i64
        %v4256 = arith.addi %v4253, %v4255 : i64
        %v4257 = llvm.getelementptr %segsum_x_im[%v4256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4248, %v4257 : f32, !llvm.ptr
        %v4258 = llvm.load %v245 : !llvm.ptr -> f32
        %v4259 = arith.muli %v1, %v7 : i64
        %v4260 = arith.addi %v4259, %v110 : i64
        %v4261 = arith.muli %v4260, %v2 : i64
        %v4262 = arith.addi %v4261, %v149 : i64
        %v4263 = arith.muli %v4262, %size_B : i64
        %v4264 = arith.subi %size_B, %v3 : i64
        %v4265 = arith.minsi %v113, %v4264 : i64
        %v4266 = arith.addi %v4263, %v4265 : i64
        %v4267 = llvm.getelementptr %segsum_x_im[%v4266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4258, %v4267 : f32, !llvm.ptr
        %v4268 = llvm.load %v183 : !llvm.ptr -> f32
        %v4269 = arith.muli %v110, %v2 : i64
        %v4270 = arith.addi %v4269, %v151 : i64
        %v4271 = arith.muli %v4270, %size_B : i64
        %v4272 = arith.subi %size_B, %v3 : i64
        %v4273 = arith.minsi %v113, %v4272 : i64
        %v4274 = arith.addi %v4271, %v4273 : i64
        %v4275 = llvm.getelementptr %segsum_x_im[%v4274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4268, %v4275 : f32, !llvm.ptr
        %v4276 = llvm.load %v985 : !llvm.ptr -> f32
        %v4277 = arith.addi %v7, %v110 : i64
        %v4278 = arith.muli %v4277, %v2 : i64
        %v4279 = arith.addi %v4278, %v151 : i64
        %v4280 = arith.muli %v4279, %size_B : i64
        %v4281 = arith.subi %size_B, %v3 : i64
        %v4282 = arith.minsi %v113, %v4281 : i64
        %v4283 = arith.addi %v4280, %v4282 : i64
        %v4284 = llvm.getelementptr %segsum_x_im[%v4283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4276, %v4284 : f32, !llvm.ptr
        %v4285 = llvm.load %v986 : !llvm.ptr -> f32
        %v4286 = arith.muli %v130, %v7 : i64
        %v4287 = arith.addi %v4286, %v110 : i64
        %v4288 = arith.muli %v4287, %v2 : i64
        %v4289 = arith.addi %v4288, %v151 : i64
        %v4290 = arith.muli %v4289, %size_B : i64
        %v4291 = arith.subi %size_B, %v3 : i64
        %v4292 = arith.minsi %v113, %v4291 : i64
        %v4293 = arith.addi %v4290, %v4292 : i64
        %v4294 = llvm.getelementptr %segsum_x_im[%v4293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4285, %v4294 : f32, !llvm.ptr
        %v4295 = llvm.load %v310 : !llvm.ptr -> f32
        %v4296 = arith.muli %v132, %v7 : i64
        %v4297 = arith.addi %v4296, %v110 : i64
        %v4298 = arith.muli %v4297, %v2 : i64
        %v4299 = arith.addi %v4298, %v151 : i64
        %v4300 = arith.muli %v4299, %size_B : i64
        %v4301 = arith.subi %size_B, %v3 : i64
        %v4302 = arith.minsi %v113, %v4301 : i64
        %v4303 = arith.addi %v4300, %v4302 : i64
        %v4304 = llvm.getelementptr %segsum_x_im[%v4303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4295, %v4304 : f32, !llvm.ptr
        %v4305 = llvm.load %v247 : !llvm.ptr -> f32
        %v4306 = arith.muli %v1, %v7 : i64
        %v4307 = arith.addi %v4306, %v110 : i64
        %v4308 = arith.muli %v4307, %v2 : i64
        %v4309 = arith.addi %v4308, %v151 : i64
        %v4310 = arith.muli %v4309, %size_B : i64
        %v4311 = arith.subi %size_B, %v3 : i64
        %v4312 = arith.minsi %v113, %v4311 : i64
        %v4313 = arith.addi %v4310, %v4312 : i64
        %v4314 = llvm.getelementptr %segsum_x_im[%v4313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4305, %v4314 : f32, !llvm.ptr
        %v4315 = llvm.load %v185 : !llvm.ptr -> f32
        %v4316 = arith.muli %v110, %v2 : i64
        %v4317 = arith.addi %v4316, %v153 : i64
        %v4318 = arith.muli %v4317, %size_B : i64
        %v4319 = arith.subi %size_B, %v3 : i64
        %v4320 = arith.minsi %v113, %v4319 : i64
        %v4321 = arith.addi %v4318, %v4320 : i64
        %v4322 = llvm.getelementptr %segsum_x_im[%v4321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4315, %v4322 : f32, !llvm.ptr
        %v4323 = llvm.load %v987 : !llvm.ptr -> f32
        %v4324 = arith.addi %v7, %v110 : i64
        %v4325 = arith.muli %v4324, %v2 : i64
        %v4326 = arith.addi %v4325, %v153 : i64
        %v4327 = arith.muli %v4326, %size_B : i64
        %v4328 = arith.subi %size_B, %v3 : i64
        %v4329 = arith.minsi %v113, %v4328 : i64
        %v4330 = arith.addi %v4327, %v4329 : i64
        %v4331 = llvm.getelementptr %segsum_x_im[%v4330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4323, %v4331 : f32, !llvm.ptr
        %v4332 = llvm.load %v988 : !llvm.ptr -> f32
        %v4333 = arith.muli %v130, %v7 : i64
        %v4334 = arith.addi %v4333, %v110 : i64
        %v4335 = arith.muli %v4334, %v2 : i64
        %v4336 = arith.addi %v4335, %v153 : i64
        %v4337 = arith.muli %v4336, %size_B : i64
        %v4338 = arith.subi %size_B, %v3 : i64
        %v4339 = arith.minsi %v113, %v4338 : i64
        %v4340 = arith.addi %v4337, %v4339 : i64
        %v4341 = llvm.getelementptr %segsum_x_im[%v4340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4332, %v4341 : f32, !llvm.ptr
        %v4342 = llvm.load %v312 : !llvm.ptr -> f32
        %v4343 = arith.muli %v132, %v7 : i64
        %v4344 = arith.addi %v4343, %v110 : i64
        %v4345 = arith.muli %v4344, %v2 : i64
        %v4346 = arith.addi %v4345, %v153 : i64
        %v4347 = arith.muli %v4346, %size_B : i64
        %v4348 = arith.subi %size_B, %v3 : i64
        %v4349 = arith.minsi %v113, %v4348 : i64
        %v4350 = arith.addi %v4347, %v4349 : i64
        %v4351 = llvm.getelementptr %segsum_x_im[%v4350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4342, %v4351 : f32, !llvm.ptr
        %v4352 = llvm.load %v249 : !llvm.ptr -> f32
        %v4353 = arith.muli %v1, %v7 : i64
        %v4354 = arith.addi %v4353, %v110 : i64
        %v4355 = arith.muli %v4354, %v2 : i64
        %v4356 = arith.addi %v4355, %v153 : i64
        %v4357 = arith.muli %v4356, %size_B : i64
        %v4358 = arith.subi %size_B, %v3 : i64
        %v4359 = arith.minsi %v113, %v4358 : i64
        %v4360 = arith.addi %v4357, %v4359 : i64
        %v4361 = llvm.getelementptr %segsum_x_im[%v4360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4352, %v4361 : f32, !llvm.ptr
        %v4362 = llvm.load %v187 : !llvm.ptr -> f32
        %v4363 = arith.muli %v110, %v2 : i64
        %v4364 = arith.addi %v4363, %v155 : i64
        %v4365 = arith.muli %v4364, %size_B : i64
        %v4366 = arith.subi %size_B, %v3 : i64
        %v4367 = arith.minsi %v113, %v4366 : i64
        %v4368 = arith.addi %v4365, %v4367 : i64
        %v4369 = llvm.getelementptr %segsum_x_im[%v4368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4362, %v4369 : f32, !llvm.ptr
        %v4370 = llvm.load %v989 : !llvm.ptr -> f32
        %v4371 = arith.addi %v7, %v110 : i64
        %v4372 = arith.muli %v4371, %v2 : i64
        %v4373 = arith.addi %v4372, %v155 : i64
        %v4374 = arith.muli %v4373, %size_B : i64
        %v4375 = arith.subi %size_B, %v3 : i64
        %v4376 = arith.minsi %v113, %v4375 : i64
        %v4377 = arith.addi %v4374, %v4376 : i64
        %v4378 = llvm.getelementptr %segsum_x_im[%v4377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4370, %v4378 : f32, !llvm.ptr
        %v4379 = llvm.load %v990 : !llvm.ptr -> f32
        %v4380 = arith.muli %v130, %v7 : i64
        %v4381 = arith.addi %v4380, %v110 : i64
        %v4382 = arith.muli %v4381, %v2 : i64
        %v4383 = arith.addi %v4382, %v155 : i64
        %v4384 = arith.muli %v4383, %size_B : i64
        %v4385 = arith.subi %size_B, %v3 : i64
        %v4386 = arith.minsi %v113, %v4385 : i64
        %v4387 = arith.addi %v4384, %v4386 : i64
        %v4388 = llvm.getelementptr %segsum_x_im[%v4387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4379, %v4388 : f32, !llvm.ptr
        %v4389 = llvm.load %v314 : !llvm.ptr -> f32
        %v4390 = arith.muli %v132, %v7 : i64
        %v4391 = arith.addi %v4390, %v110 : i64
        %v4392 = arith.muli %v4391, %v2 : i64
        %v4393 = arith.addi %v4392, %v155 : i64
        %v4394 = arith.muli %v4393, %size_B : i64
        %v4395 = arith.subi %size_B, %v3 : i64
        %v4396 = arith.minsi %v113, %v4395 : i64
        %v4397 = arith.addi %v4394, %v4396 : i64
        %v4398 = llvm.getelementptr %segsum_x_im[%v4397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4389, %v4398 : f32, !llvm.ptr
        %v4399 = llvm.load %v250 : !llvm.ptr -> f32
        %v4400 = arith.muli %v1, %v7 : i64
        %v4401 = arith.addi %v4400, %v110 : i64
        %v4402 = arith.muli %v4401, %v2 : i64
        %v4403 = arith.addi %v4402, %v155 : i64
        %v4404 = arith.muli %v4403, %size_B : i64
        %v4405 = arith.subi %size_B, %v3 : i64
        %v4406 = arith.minsi %v113, %v4405 : i64
        %v4407 = arith.addi %v4404, %v4406 : i64
        %v4408 = llvm.getelementptr %segsum_x_im[%v4407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4399, %v4408 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
