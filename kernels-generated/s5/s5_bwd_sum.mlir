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
      %v991 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v992 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v993 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v994 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1035 = arith.constant 2147483647 : i64
      %v1038 = arith.constant 0 : i32
      %v1141 = arith.muli %v1, %size_L : i64
      %v2443 = arith.constant 0x3FB8AA3B : f32
      %v2453 = arith.constant 0x3E22F983 : f32
      %v2456 = arith.constant 0x40C90000 : f32
      %v2457 = arith.constant 0x3AFDAA22 : f32
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
      llvm.store %v929, %v412 : f32, !llvm.ptr
      llvm.store %v929, %v414 : f32, !llvm.ptr
      llvm.store %v929, %v416 : f32, !llvm.ptr
      llvm.store %v929, %v418 : f32, !llvm.ptr
      llvm.store %v929, %v420 : f32, !llvm.ptr
      llvm.store %v929, %v422 : f32, !llvm.ptr
      llvm.store %v929, %v424 : f32, !llvm.ptr
      llvm.store %v929, %v426 : f32, !llvm.ptr
      llvm.store %v929, %v428 : f32, !llvm.ptr
      llvm.store %v929, %v430 : f32, !llvm.ptr
      llvm.store %v929, %v432 : f32, !llvm.ptr
      llvm.store %v929, %v434 : f32, !llvm.ptr
      llvm.store %v929, %v436 : f32, !llvm.ptr
      llvm.store %v929, %v438 : f32, !llvm.ptr
      llvm.store %v929, %v440 : f32, !llvm.ptr
      llvm.store %v929, %v442 : f32, !llvm.ptr
      llvm.store %v929, %v444 : f32, !llvm.ptr
      llvm.store %v929, %v446 : f32, !llvm.ptr
      llvm.store %v929, %v448 : f32, !llvm.ptr
      llvm.store %v929, %v450 : f32, !llvm.ptr
      llvm.store %v929, %v452 : f32, !llvm.ptr
      llvm.store %v929, %v454 : f32, !llvm.ptr
      llvm.store %v929, %v456 : f32, !llvm.ptr
      llvm.store %v929, %v458 : f32, !llvm.ptr
      llvm.store %v929, %v460 : f32, !llvm.ptr
      llvm.store %v929, %v462 : f32, !llvm.ptr
      llvm.store %v929, %v464 : f32, !llvm.ptr
      llvm.store %v929, %v466 : f32, !llvm.ptr
      llvm.store %v929, %v468 : f32, !llvm.ptr
      llvm.store %v929, %v470 : f32, !llvm.ptr
      llvm.store %v929, %v472 : f32, !llvm.ptr
      llvm.store %v929, %v474 : f32, !llvm.ptr
      llvm.store %v929, %v476 : f32, !llvm.ptr
      llvm.store %v929, %v478 : f32, !llvm.ptr
      llvm.store %v929, %v480 : f32, !llvm.ptr
      llvm.store %v929, %v482 : f32, !llvm.ptr
      llvm.store %v929, %v484 : f32, !llvm.ptr
      llvm.store %v929, %v486 : f32, !llvm.ptr
      llvm.store %v929, %v488 : f32, !llvm.ptr
      llvm.store %v929, %v490 : f32, !llvm.ptr
      llvm.store %v929, %v492 : f32, !llvm.ptr
      llvm.store %v929, %v494 : f32, !llvm.ptr
      llvm.store %v929, %v496 : f32, !llvm.ptr
      llvm.store %v929, %v498 : f32, !llvm.ptr
      llvm.store %v929, %v500 : f32, !llvm.ptr
      llvm.store %v929, %v502 : f32, !llvm.ptr
      llvm.store %v929, %v504 : f32, !llvm.ptr
      llvm.store %v929, %v506 : f32, !llvm.ptr
      llvm.store %v929, %v508 : f32, !llvm.ptr
      llvm.store %v929, %v510 : f32, !llvm.ptr
      llvm.store %v929, %v512 : f32, !llvm.ptr
      llvm.store %v929, %v514 : f32, !llvm.ptr
      llvm.store %v929, %v516 : f32, !llvm.ptr
      llvm.store %v929, %v518 : f32, !llvm.ptr
      llvm.store %v929, %v520 : f32, !llvm.ptr
      llvm.store %v929, %v522 : f32, !llvm.ptr
      llvm.store %v929, %v524 : f32, !llvm.ptr
      llvm.store %v929, %v526 : f32, !llvm.ptr
      llvm.store %v929, %v528 : f32, !llvm.ptr
      llvm.store %v929, %v530 : f32, !llvm.ptr
      llvm.store %v929, %v532 : f32, !llvm.ptr
      llvm.store %v929, %v534 : f32, !llvm.ptr
      llvm.store %v929, %v536 : f32, !llvm.ptr
      llvm.store %v929, %v538 : f32, !llvm.ptr
      llvm.store %v929, %v540 : f32, !llvm.ptr
      llvm.store %v929, %v542 : f32, !llvm.ptr
      llvm.store %v929, %v544 : f32, !llvm.ptr
      llvm.store %v929, %v546 : f32, !llvm.ptr
      llvm.store %v929, %v548 : f32, !llvm.ptr
      llvm.store %v929, %v550 : f32, !llvm.ptr
      llvm.store %v929, %v552 : f32, !llvm.ptr
      llvm.store %v929, %v554 : f32, !llvm.ptr
      llvm.store %v929, %v556 : f32, !llvm.ptr
      llvm.store %v929, %v558 : f32, !llvm.ptr
      llvm.store %v929, %v560 : f32, !llvm.ptr
      llvm.store %v929, %v562 : f32, !llvm.ptr
      llvm.store %v929, %v564 : f32, !llvm.ptr
      llvm.store %v929, %v566 : f32, !llvm.ptr
      llvm.store %v929, %v568 : f32, !llvm.ptr
      llvm.store %v929, %v570 : f32, !llvm.ptr
      llvm.store %v929, %v572 : f32, !llvm.ptr
      llvm.store %v929, %v574 : f32, !llvm.ptr
      llvm.store %v929, %v576 : f32, !llvm.ptr
      llvm.store %v929, %v578 : f32, !llvm.ptr
      llvm.store %v929, %v580 : f32, !llvm.ptr
      llvm.store %v929, %v582 : f32, !llvm.ptr
      llvm.store %v929, %v584 : f32, !llvm.ptr
      llvm.store %v929, %v586 : f32, !llvm.ptr
      llvm.store %v929, %v588 : f32, !llvm.ptr
      llvm.store %v929, %v590 : f32, !llvm.ptr
      llvm.store %v929, %v592 : f32, !llvm.ptr
      llvm.store %v929, %v594 : f32, !llvm.ptr
      llvm.store %v929, %v596 : f32, !llvm.ptr
      llvm.store %v929, %v598 : f32, !llvm.ptr
      llvm.store %v929, %v600 : f32, !llvm.ptr
      llvm.store %v929, %v602 : f32, !llvm.ptr
      llvm.store %v929, %v604 : f32, !llvm.ptr
      llvm.store %v929, %v606 : f32, !llvm.ptr
      llvm.store %v929, %v608 : f32, !llvm.ptr
      llvm.store %v929, %v610 : f32, !llvm.ptr
      llvm.store %v929, %v612 : f32, !llvm.ptr
      llvm.store %v929, %v614 : f32, !llvm.ptr
      llvm.store %v929, %v616 : f32, !llvm.ptr
      llvm.store %v929, %v618 : f32, !llvm.ptr
      llvm.store %v929, %v620 : f32, !llvm.ptr
      llvm.store %v929, %v622 : f32, !llvm.ptr
      llvm.store %v929, %v624 : f32, !llvm.ptr
      llvm.store %v929, %v626 : f32, !llvm.ptr
      llvm.store %v929, %v628 : f32, !llvm.ptr
      llvm.store %v929, %v630 : f32, !llvm.ptr
      llvm.store %v929, %v632 : f32, !llvm.ptr
      llvm.store %v929, %v633 : f32, !llvm.ptr
      llvm.store %v929, %v634 : f32, !llvm.ptr
      llvm.store %v929, %v636 : f32, !llvm.ptr
      llvm.store %v929, %v638 : f32, !llvm.ptr
      llvm.store %v929, %v640 : f32, !llvm.ptr
      llvm.store %v929, %v642 : f32, !llvm.ptr
      llvm.store %v929, %v644 : f32, !llvm.ptr
      llvm.store %v929, %v646 : f32, !llvm.ptr
      llvm.store %v929, %v648 : f32, !llvm.ptr
      llvm.store %v929, %v650 : f32, !llvm.ptr
      llvm.store %v929, %v652 : f32, !llvm.ptr
      llvm.store %v929, %v654 : f32, !llvm.ptr
      llvm.store %v929, %v656 : f32, !llvm.ptr
      llvm.store %v929, %v658 : f32, !llvm.ptr
      llvm.store %v929, %v660 : f32, !llvm.ptr
      llvm.store %v929, %v662 : f32, !llvm.ptr
      llvm.store %v929, %v664 : f32, !llvm.ptr
      llvm.store %v929, %v666 : f32, !llvm.ptr
      llvm.store %v929, %v668 : f32, !llvm.ptr
      llvm.store %v929, %v670 : f32, !llvm.ptr
      llvm.store %v929, %v672 : f32, !llvm.ptr
      llvm.store %v929, %v674 : f32, !llvm.ptr
      llvm.store %v929, %v676 : f32, !llvm.ptr
      llvm.store %v929, %v678 : f32, !llvm.ptr
      llvm.store %v929, %v680 : f32, !llvm.ptr
      llvm.store %v929, %v682 : f32, !llvm.ptr
      llvm.store %v929, %v684 : f32, !llvm.ptr
      llvm.store %v929, %v686 : f32, !llvm.ptr
      llvm.store %v929, %v688 : f32, !llvm.ptr
      llvm.store %v929, %v690 : f32, !llvm.ptr
      llvm.store %v929, %v692 : f32, !llvm.ptr
      llvm.store %v929, %v694 : f32, !llvm.ptr
      llvm.store %v929, %v696 : f32, !llvm.ptr
      llvm.store %v929, %v698 : f32, !llvm.ptr
      llvm.store %v929, %v700 : f32, !llvm.ptr
      llvm.store %v929, %v702 : f32, !llvm.ptr
      llvm.store %v929, %v704 : f32, !llvm.ptr
      llvm.store %v929, %v706 : f32, !llvm.ptr
      llvm.store %v929, %v708 : f32, !llvm.ptr
      llvm.store %v929, %v710 : f32, !llvm.ptr
      llvm.store %v929, %v712 : f32, !llvm.ptr
      llvm.store %v929, %v714 : f32, !llvm.ptr
      llvm.store %v929, %v716 : f32, !llvm.ptr
      llvm.store %v929, %v718 : f32, !llvm.ptr
      llvm.store %v929, %v720 : f32, !llvm.ptr
      llvm.store %v929, %v722 : f32, !llvm.ptr
      llvm.store %v929, %v724 : f32, !llvm.ptr
      llvm.store %v929, %v726 : f32, !llvm.ptr
      llvm.store %v929, %v728 : f32, !llvm.ptr
      llvm.store %v929, %v730 : f32, !llvm.ptr
      llvm.store %v929, %v732 : f32, !llvm.ptr
      llvm.store %v929, %v734 : f32, !llvm.ptr
      llvm.store %v929, %v736 : f32, !llvm.ptr
      llvm.store %v929, %v738 : f32, !llvm.ptr
      llvm.store %v929, %v740 : f32, !llvm.ptr
      llvm.store %v929, %v742 : f32, !llvm.ptr
      llvm.store %v929, %v744 : f32, !llvm.ptr
      llvm.store %v929, %v746 : f32, !llvm.ptr
      llvm.store %v929, %v748 : f32, !llvm.ptr
      llvm.store %v929, %v750 : f32, !llvm.ptr
      llvm.store %v929, %v752 : f32, !llvm.ptr
      llvm.store %v929, %v754 : f32, !llvm.ptr
      llvm.store %v929, %v756 : f32, !llvm.ptr
      llvm.store %v929, %v758 : f32, !llvm.ptr
      llvm.store %v929, %v760 : f32, !llvm.ptr
      llvm.store %v929, %v762 : f32, !llvm.ptr
      llvm.store %v929, %v764 : f32, !llvm.ptr
      llvm.store %v929, %v766 : f32, !llvm.ptr
      llvm.store %v929, %v768 : f32, !llvm.ptr
      llvm.store %v929, %v770 : f32, !llvm.ptr
      llvm.store %v929, %v772 : f32, !llvm.ptr
      llvm.store %v929, %v774 : f32, !llvm.ptr
      llvm.store %v929, %v776 : f32, !llvm.ptr
      llvm.store %v929, %v778 : f32, !llvm.ptr
      llvm.store %v929, %v780 : f32, !llvm.ptr
      llvm.store %v929, %v782 : f32, !llvm.ptr
      llvm.store %v929, %v784 : f32, !llvm.ptr
      llvm.store %v929, %v786 : f32, !llvm.ptr
      llvm.store %v929, %v788 : f32, !llvm.ptr
      llvm.store %v929, %v790 : f32, !llvm.ptr
      llvm.store %v929, %v792 : f32, !llvm.ptr
      llvm.store %v929, %v794 : f32, !llvm.ptr
      llvm.store %v929, %v796 : f32, !llvm.ptr
      llvm.store %v929, %v798 : f32, !llvm.ptr
      llvm.store %v929, %v800 : f32, !llvm.ptr
      llvm.store %v929, %v802 : f32, !llvm.ptr
      llvm.store %v929, %v804 : f32, !llvm.ptr
      llvm.store %v929, %v806 : f32, !llvm.ptr
      llvm.store %v929, %v808 : f32, !llvm.ptr
      llvm.store %v929, %v810 : f32, !llvm.ptr
      llvm.store %v929, %v812 : f32, !llvm.ptr
      llvm.store %v929, %v814 : f32, !llvm.ptr
      llvm.store %v929, %v816 : f32, !llvm.ptr
      llvm.store %v929, %v818 : f32, !llvm.ptr
      llvm.store %v929, %v820 : f32, !llvm.ptr
      llvm.store %v929, %v822 : f32, !llvm.ptr
      llvm.store %v929, %v824 : f32, !llvm.ptr
      llvm.store %v929, %v826 : f32, !llvm.ptr
      llvm.store %v929, %v828 : f32, !llvm.ptr
      llvm.store %v929, %v830 : f32, !llvm.ptr
      llvm.store %v929, %v832 : f32, !llvm.ptr
      llvm.store %v929, %v834 : f32, !llvm.ptr
      llvm.store %v929, %v836 : f32, !llvm.ptr
      llvm.store %v929, %v838 : f32, !llvm.ptr
      llvm.store %v929, %v840 : f32, !llvm.ptr
      llvm.store %v929, %v842 : f32, !llvm.ptr
      llvm.store %v929, %v844 : f32, !llvm.ptr
      llvm.store %v929, %v846 : f32, !llvm.ptr
      llvm.store %v929, %v848 : f32, !llvm.ptr
      llvm.store %v929, %v850 : f32, !llvm.ptr
      llvm.store %v929, %v852 : f32, !llvm.ptr
      llvm.store %v929, %v854 : f32, !llvm.ptr
      llvm.store %v929, %v856 : f32, !llvm.ptr
      llvm.store %v929, %v858 : f32, !llvm.ptr
      llvm.store %v929, %v860 : f32, !llvm.ptr
      llvm.store %v929, %v862 : f32, !llvm.ptr
      llvm.store %v929, %v864 : f32, !llvm.ptr
      llvm.store %v929, %v866 : f32, !llvm.ptr
      llvm.store %v929, %v868 : f32, !llvm.ptr
      llvm.store %v929, %v870 : f32, !llvm.ptr
      llvm.store %v929, %v872 : f32, !llvm.ptr
      llvm.store %v929, %v874 : f32, !llvm.ptr
      llvm.store %v929, %v876 : f32, !llvm.ptr
      llvm.store %v929, %v878 : f32, !llvm.ptr
      llvm.store %v929, %v880 : f32, !llvm.ptr
      llvm.store %v929, %v882 : f32, !llvm.ptr
      llvm.store %v929, %v884 : f32, !llvm.ptr
      llvm.store %v929, %v886 : f32, !llvm.ptr
      llvm.store %v929, %v888 : f32, !llvm.ptr
      llvm.store %v929, %v890 : f32, !llvm.ptr
      llvm.store %v929, %v892 : f32, !llvm.ptr
      llvm.store %v929, %v894 : f32, !llvm.ptr
      llvm.store %v929, %v896 : f32, !llvm.ptr
      llvm.store %v929, %v898 : f32, !llvm.ptr
      llvm.store %v929, %v900 : f32, !llvm.ptr
      llvm.store %v929, %v902 : f32, !llvm.ptr
      llvm.store %v929, %v904 : f32, !llvm.ptr
      llvm.store %v929, %v906 : f32, !llvm.ptr
      llvm.store %v929, %v908 : f32, !llvm.ptr
      llvm.store %v929, %v910 : f32, !llvm.ptr
      llvm.store %v929, %v912 : f32, !llvm.ptr
      llvm.store %v929, %v914 : f32, !llvm.ptr
      llvm.store %v929, %v916 : f32, !llvm.ptr
      llvm.store %v929, %v918 : f32, !llvm.ptr
      llvm.store %v929, %v920 : f32, !llvm.ptr
      llvm.store %v929, %v922 : f32, !llvm.ptr
      llvm.store %v929, %v924 : f32, !llvm.ptr
      llvm.store %v929, %v926 : f32, !llvm.ptr
      llvm.store %v929, %v928 : f32, !llvm.ptr
      llvm.store %v930, %v931 : f32, !llvm.ptr
      llvm.store %v929, %v932 : f32, !llvm.ptr
      llvm.store %v930, %v933 : f32, !llvm.ptr
      llvm.store %v929, %v934 : f32, !llvm.ptr
      llvm.store %v930, %v935 : f32, !llvm.ptr
      llvm.store %v929, %v936 : f32, !llvm.ptr
      llvm.store %v930, %v937 : f32, !llvm.ptr
      llvm.store %v929, %v938 : f32, !llvm.ptr
      llvm.store %v930, %v939 : f32, !llvm.ptr
      llvm.store %v929, %v940 : f32, !llvm.ptr
      llvm.store %v930, %v941 : f32, !llvm.ptr
      llvm.store %v929, %v942 : f32, !llvm.ptr
      llvm.store %v930, %v943 : f32, !llvm.ptr
      llvm.store %v929, %v944 : f32, !llvm.ptr
      llvm.store %v930, %v945 : f32, !llvm.ptr
      llvm.store %v929, %v946 : f32, !llvm.ptr
      llvm.store %v930, %v947 : f32, !llvm.ptr
      llvm.store %v929, %v948 : f32, !llvm.ptr
      llvm.store %v930, %v949 : f32, !llvm.ptr
      llvm.store %v929, %v950 : f32, !llvm.ptr
      llvm.store %v930, %v951 : f32, !llvm.ptr
      llvm.store %v929, %v952 : f32, !llvm.ptr
      llvm.store %v930, %v953 : f32, !llvm.ptr
      llvm.store %v929, %v954 : f32, !llvm.ptr
      llvm.store %v930, %v955 : f32, !llvm.ptr
      llvm.store %v929, %v956 : f32, !llvm.ptr
      llvm.store %v930, %v957 : f32, !llvm.ptr
      llvm.store %v929, %v958 : f32, !llvm.ptr
      llvm.store %v930, %v959 : f32, !llvm.ptr
      llvm.store %v929, %v960 : f32, !llvm.ptr
      llvm.store %v930, %v961 : f32, !llvm.ptr
      llvm.store %v929, %v962 : f32, !llvm.ptr
      llvm.store %v929, %v963 : f32, !llvm.ptr
      llvm.store %v930, %v964 : f32, !llvm.ptr
      llvm.store %v929, %v965 : f32, !llvm.ptr
      llvm.store %v930, %v966 : f32, !llvm.ptr
      llvm.store %v929, %v967 : f32, !llvm.ptr
      llvm.store %v930, %v968 : f32, !llvm.ptr
      llvm.store %v929, %v969 : f32, !llvm.ptr
      llvm.store %v930, %v970 : f32, !llvm.ptr
      llvm.store %v929, %v971 : f32, !llvm.ptr
      llvm.store %v930, %v972 : f32, !llvm.ptr
      llvm.store %v929, %v973 : f32, !llvm.ptr
      llvm.store %v930, %v974 : f32, !llvm.ptr
      llvm.store %v929, %v975 : f32, !llvm.ptr
      llvm.store %v930, %v976 : f32, !llvm.ptr
      llvm.store %v929, %v977 : f32, !llvm.ptr
      llvm.store %v930, %v978 : f32, !llvm.ptr
      llvm.store %v929, %v979 : f32, !llvm.ptr
      llvm.store %v930, %v980 : f32, !llvm.ptr
      llvm.store %v929, %v981 : f32, !llvm.ptr
      llvm.store %v930, %v982 : f32, !llvm.ptr
      llvm.store %v929, %v983 : f32, !llvm.ptr
      llvm.store %v930, %v984 : f32, !llvm.ptr
      llvm.store %v929, %v985 : f32, !llvm.ptr
      llvm.store %v930, %v986 : f32, !llvm.ptr
      llvm.store %v929, %v987 : f32, !llvm.ptr
      llvm.store %v930, %v988 : f32, !llvm.ptr
      llvm.store %v929, %v989 : f32, !llvm.ptr
      llvm.store %v930, %v990 : f32, !llvm.ptr
      llvm.store %v929, %v991 : f32, !llvm.ptr
      llvm.store %v930, %v992 : f32, !llvm.ptr
      llvm.store %v929, %v993 : f32, !llvm.ptr
      llvm.store %v930, %v994 : f32, !llvm.ptr
      %v995 = arith.cmpi eq, %size_L, %v127 : i64
      scf.if %v995 {
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
      %v996 = arith.addi %size_L, %v124 : i64
      %v997 = arith.divui %v996, %v251 : i64
      %v998 = arith.minsi %v120, %v997 : i64
      %v999 = arith.muli %v110, %v251 : i64
      %v1000 = arith.subi %v998, %v119 : i64
      %v1001 = arith.maxsi %v1000, %v127 : i64
      %v1002 = arith.index_cast %v127 : i64 to index
      %v1003 = arith.index_cast %v1001 : i64 to index
      %v1004 = arith.index_cast %v3 : i64 to index
      scf.for %v1005 = %v1002 to %v1003 step %v1004 {
        %v1006 = arith.index_cast %v1005 : index to i64
        %v1007 = arith.subi %v998, %v3 : i64
        %v1008 = arith.subi %v1007, %v1006 : i64
        %v1009 = arith.muli %v1008, %v251 : i64
        %v1010 = arith.subi %size_L, %v1009 : i64
        %v1011 = arith.minsi %v1010, %v251 : i64
        %v1012 = arith.divui %v1011, %v3 : i64
        %v1013 = arith.index_cast %v127 : i64 to index
        %v1014 = arith.index_cast %v3 : i64 to index
        %v1015 = arith.index_cast %v3 : i64 to index
        scf.for %v1016 = %v1013 to %v1014 step %v1015 {
          %v1017 = arith.index_cast %v1016 : index to i64
          %v1018 = arith.index_cast %v127 : i64 to index
          %v1019 = arith.index_cast %v1012 : i64 to index
          %v1020 = arith.index_cast %v3 : i64 to index
          scf.for %v1021 = %v1018 to %v1019 step %v1020 {
            %v1022 = arith.index_cast %v1021 : index to i64
            %v1023 = arith.cmpi slt, %v1022, %v1012 : i64
            scf.if %v1023 {
              %v1024 = arith.subi %v1012, %v3 : i64
              %v1025 = arith.subi %v1024, %v1022 : i64
              %v1026 = arith.addi %v999, %v1025 : i64
              %v1027 = arith.addi %v1025, %v3 : i64
              %v1028 = arith.cmpi sle, %v1027, %v1011 : i64
              scf.if %v1028 {
                %v1029 = arith.subi %v1011, %v3 : i64
                // the group's states, recomputed into registers
                %v1030 = arith.subi %v1011, %v1025 : i64
                %v1031 = arith.trunci %v1030 : i64 to i32
                %v1032 = arith.subi %size_L, %v3 : i64
                %v1033 = arith.addi %v1009, %v1025 : i64
                %v1034 = arith.subi %v1032, %v1033 : i64
                %v1036 = arith.minsi %v1034, %v1035 : i64
                %v1037 = arith.trunci %v1036 : i64 to i32
                %v1039 = arith.cmpi slt, %v1038, %v1031 : i32
                %v1040 = arith.cmpi eq, %v1038, %v1037 : i32
                %v1041 = arith.addi %v1009, %v1025 : i64
                %v1042 = llvm.load %v128 : !llvm.ptr -> f32
                %v1043 = llvm.load %v129 : !llvm.ptr -> f32
                %v1044 = llvm.load %v131 : !llvm.ptr -> f32
                %v1045 = llvm.load %v133 : !llvm.ptr -> f32
                %v1046 = llvm.load %v134 : !llvm.ptr -> f32
                %v1047 = llvm.load %v136 : !llvm.ptr -> f32
                %v1048 = llvm.load %v138 : !llvm.ptr -> f32
                %v1049 = llvm.load %v140 : !llvm.ptr -> f32
                %v1050 = llvm.load %v142 : !llvm.ptr -> f32
                %v1051 = llvm.load %v144 : !llvm.ptr -> f32
                %v1052 = llvm.load %v146 : !llvm.ptr -> f32
                %v1053 = llvm.load %v148 : !llvm.ptr -> f32
                %v1054 = llvm.load %v150 : !llvm.ptr -> f32
                %v1055 = llvm.load %v152 : !llvm.ptr -> f32
                %v1056 = llvm.load %v154 : !llvm.ptr -> f32
                %v1057 = llvm.load %v156 : !llvm.ptr -> f32
                %v1058 = llvm.load %v157 : !llvm.ptr -> f32
                %v1059 = llvm.load %v159 : !llvm.ptr -> f32
                %v1060 = llvm.load %v161 : !llvm.ptr -> f32
                %v1061 = llvm.load %v163 : !llvm.ptr -> f32
                %v1062 = llvm.load %v165 : !llvm.ptr -> f32
                %v1063 = llvm.load %v167 : !llvm.ptr -> f32
                %v1064 = llvm.load %v169 : !llvm.ptr -> f32
                %v1065 = llvm.load %v171 : !llvm.ptr -> f32
                %v1066 = llvm.load %v173 : !llvm.ptr -> f32
                %v1067 = llvm.load %v175 : !llvm.ptr -> f32
                %v1068 = llvm.load %v177 : !llvm.ptr -> f32
                %v1069 = llvm.load %v179 : !llvm.ptr -> f32
                %v1070 = llvm.load %v181 : !llvm.ptr -> f32
                %v1071 = llvm.load %v183 : !llvm.ptr -> f32
                %v1072 = llvm.load %v185 : !llvm.ptr -> f32
                %v1073 = llvm.load %v187 : !llvm.ptr -> f32
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
                %v1106 = llvm.load %v963 : !llvm.ptr -> f32
                %v1107 = llvm.load %v964 : !llvm.ptr -> f32
                %v1108 = llvm.load %v965 : !llvm.ptr -> f32
                %v1109 = llvm.load %v966 : !llvm.ptr -> f32
                %v1110 = llvm.load %v967 : !llvm.ptr -> f32
                %v1111 = llvm.load %v968 : !llvm.ptr -> f32
                %v1112 = llvm.load %v969 : !llvm.ptr -> f32
                %v1113 = llvm.load %v970 : !llvm.ptr -> f32
                %v1114 = llvm.load %v971 : !llvm.ptr -> f32
                %v1115 = llvm.load %v972 : !llvm.ptr -> f32
                %v1116 = llvm.load %v973 : !llvm.ptr -> f32
                %v1117 = llvm.load %v974 : !llvm.ptr -> f32
                %v1118 = llvm.load %v975 : !llvm.ptr -> f32
                %v1119 = llvm.load %v976 : !llvm.ptr -> f32
                %v1120 = llvm.load %v977 : !llvm.ptr -> f32
                %v1121 = llvm.load %v978 : !llvm.ptr -> f32
                %v1122 = llvm.load %v979 : !llvm.ptr -> f32
                %v1123 = llvm.load %v980 : !llvm.ptr -> f32
                %v1124 = llvm.load %v981 : !llvm.ptr -> f32
                %v1125 = llvm.load %v982 : !llvm.ptr -> f32
                %v1126 = llvm.load %v983 : !llvm.ptr -> f32
                %v1127 = llvm.load %v984 : !llvm.ptr -> f32
                %v1128 = llvm.load %v985 : !llvm.ptr -> f32
                %v1129 = llvm.load %v986 : !llvm.ptr -> f32
                %v1130 = llvm.load %v987 : !llvm.ptr -> f32
                %v1131 = llvm.load %v988 : !llvm.ptr -> f32
                %v1132 = llvm.load %v989 : !llvm.ptr -> f32
                %v1133 = llvm.load %v990 : !llvm.ptr -> f32
                %v1134 = llvm.load %v991 : !llvm.ptr -> f32
                %v1135 = llvm.load %v992 : !llvm.ptr -> f32
                %v1136 = llvm.load %v993 : !llvm.ptr -> f32
                %v1137 = llvm.load %v994 : !llvm.ptr -> f32
                %v1138 = arith.constant 0 : i64
                %v1139 = llvm.getelementptr %in_C_re[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
                %v1142 = arith.muli %v117, %v1141 : i64
                %v1143 = arith.muli %v1041, %v1 : i64
                %v1144 = arith.addi %v1142, %v1143 : i64
                %v1145 = llvm.getelementptr %dy_y[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
                %v1147 = arith.mulf %v1140, %v1146 fastmath<contract> : f32
                %v1148 = arith.constant 1 : i64
                %v1149 = arith.muli %v1148, %v2 : i64
                %v1150 = llvm.getelementptr %in_C_re[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
                %v1152 = arith.muli %v117, %v1141 : i64
                %v1153 = arith.muli %v1041, %v1 : i64
                %v1154 = arith.addi %v1152, %v1153 : i64
                %v1155 = arith.constant 1 : i64
                %v1156 = arith.addi %v1154, %v1155 : i64
                %v1157 = llvm.getelementptr %dy_y[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
                %v1159 = arith.mulf %v1151, %v1158 fastmath<contract> : f32
                %v1160 = arith.addf %v1147, %v1159 fastmath<contract> : f32
                %v1161 = arith.constant 2 : i64
                %v1162 = arith.muli %v1161, %v2 : i64
                %v1163 = llvm.getelementptr %in_C_re[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1164 = llvm.load %v1163 : !llvm.ptr -> f32
                %v1165 = arith.muli %v117, %v1141 : i64
                %v1166 = arith.muli %v1041, %v1 : i64
                %v1167 = arith.addi %v1165, %v1166 : i64
                %v1168 = arith.constant 2 : i64
                %v1169 = arith.addi %v1167, %v1168 : i64
                %v1170 = llvm.getelementptr %dy_y[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
                %v1172 = arith.mulf %v1164, %v1171 fastmath<contract> : f32
                %v1173 = arith.addf %v1160, %v1172 fastmath<contract> : f32
                %v1174 = arith.constant 3 : i64
                %v1175 = arith.muli %v1174, %v2 : i64
                %v1176 = llvm.getelementptr %in_C_re[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                %v1178 = arith.muli %v117, %v1141 : i64
                %v1179 = arith.muli %v1041, %v1 : i64
                %v1180 = arith.addi %v1178, %v1179 : i64
                %v1181 = arith.constant 3 : i64
                %v1182 = arith.addi %v1180, %v1181 : i64
                %v1183 = llvm.getelementptr %dy_y[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
                %v1185 = arith.mulf %v1177, %v1184 fastmath<contract> : f32
                %v1186 = arith.addf %v1173, %v1185 fastmath<contract> : f32
                %v1187 = llvm.load %v189 : !llvm.ptr -> f32
                %v1188 = arith.mulf %v1187, %v1042 fastmath<contract> : f32
                %v1189 = arith.addf %v1186, %v1188 fastmath<contract> : f32
                %v1190 = llvm.load %v252 : !llvm.ptr -> f32
                %v1191 = arith.mulf %v1190, %v1058 fastmath<contract> : f32
                %v1192 = arith.addf %v1191, %v1189 fastmath<contract> : f32
                %v1193 = arith.mulf %v1074, %v1187 fastmath<contract> : f32
                %v1194 = arith.mulf %v1190, %v1106 fastmath<contract> : f32
                %v1195 = arith.addf %v1194, %v1193 fastmath<contract> : f32
                %v1196 = arith.mulf %v1075, %v1187 fastmath<contract> : f32
                %v1197 = arith.mulf %v1190, %v1107 fastmath<contract> : f32
                %v1198 = arith.addf %v1197, %v1196 fastmath<contract> : f32
                %v1199 = arith.constant 1 : i64
                %v1200 = llvm.getelementptr %in_C_re[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
                %v1202 = arith.mulf %v1201, %v1146 fastmath<contract> : f32
                %v1203 = arith.constant 1 : i64
                %v1204 = arith.muli %v1203, %v2 : i64
                %v1205 = arith.constant 1 : i64
                %v1206 = arith.addi %v1204, %v1205 : i64
                %v1207 = llvm.getelementptr %in_C_re[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1208 = llvm.load %v1207 : !llvm.ptr -> f32
                %v1209 = arith.mulf %v1208, %v1158 fastmath<contract> : f32
                %v1210 = arith.addf %v1202, %v1209 fastmath<contract> : f32
                %v1211 = arith.constant 2 : i64
                %v1212 = arith.muli %v1211, %v2 : i64
                %v1213 = arith.constant 1 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = llvm.getelementptr %in_C_re[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.mulf %v1216, %v1171 fastmath<contract> : f32
                %v1218 = arith.addf %v1210, %v1217 fastmath<contract> : f32
                %v1219 = arith.constant 3 : i64
                %v1220 = arith.muli %v1219, %v2 : i64
                %v1221 = arith.constant 1 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = llvm.getelementptr %in_C_re[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v1184 fastmath<contract> : f32
                %v1226 = arith.addf %v1218, %v1225 fastmath<contract> : f32
                %v1227 = llvm.load %v191 : !llvm.ptr -> f32
                %v1228 = arith.mulf %v1227, %v1043 fastmath<contract> : f32
                %v1229 = arith.addf %v1226, %v1228 fastmath<contract> : f32
                %v1230 = llvm.load %v254 : !llvm.ptr -> f32
                %v1231 = arith.mulf %v1230, %v1059 fastmath<contract> : f32
                %v1232 = arith.addf %v1231, %v1229 fastmath<contract> : f32
                %v1233 = arith.mulf %v1076, %v1227 fastmath<contract> : f32
                %v1234 = arith.mulf %v1230, %v1108 fastmath<contract> : f32
                %v1235 = arith.addf %v1234, %v1233 fastmath<contract> : f32
                %v1236 = arith.mulf %v1077, %v1227 fastmath<contract> : f32
                %v1237 = arith.mulf %v1230, %v1109 fastmath<contract> : f32
                %v1238 = arith.addf %v1237, %v1236 fastmath<contract> : f32
                %v1239 = arith.constant 2 : i64
                %v1240 = llvm.getelementptr %in_C_re[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1241 = llvm.load %v1240 : !llvm.ptr -> f32
                %v1242 = arith.mulf %v1241, %v1146 fastmath<contract> : f32
                %v1243 = arith.constant 1 : i64
                %v1244 = arith.muli %v1243, %v2 : i64
                %v1245 = arith.constant 2 : i64
                %v1246 = arith.addi %v1244, %v1245 : i64
                %v1247 = llvm.getelementptr %in_C_re[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
                %v1249 = arith.mulf %v1248, %v1158 fastmath<contract> : f32
                %v1250 = arith.addf %v1242, %v1249 fastmath<contract> : f32
                %v1251 = arith.constant 2 : i64
                %v1252 = arith.muli %v1251, %v2 : i64
                %v1253 = arith.constant 2 : i64
                %v1254 = arith.addi %v1252, %v1253 : i64
                %v1255 = llvm.getelementptr %in_C_re[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                %v1257 = arith.mulf %v1256, %v1171 fastmath<contract> : f32
                %v1258 = arith.addf %v1250, %v1257 fastmath<contract> : f32
                %v1259 = arith.constant 3 : i64
                %v1260 = arith.muli %v1259, %v2 : i64
                %v1261 = arith.constant 2 : i64
                %v1262 = arith.addi %v1260, %v1261 : i64
                %v1263 = llvm.getelementptr %in_C_re[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1264 = llvm.load %v1263 : !llvm.ptr -> f32
                %v1265 = arith.mulf %v1264, %v1184 fastmath<contract> : f32
                %v1266 = arith.addf %v1258, %v1265 fastmath<contract> : f32
                %v1267 = llvm.load %v193 : !llvm.ptr -> f32
                %v1268 = arith.mulf %v1267, %v1044 fastmath<contract> : f32
                %v1269 = arith.addf %v1266, %v1268 fastmath<contract> : f32
                %v1270 = llvm.load %v256 : !llvm.ptr -> f32
                %v1271 = arith.mulf %v1270, %v1060 fastmath<contract> : f32
                %v1272 = arith.addf %v1271, %v1269 fastmath<contract> : f32
                %v1273 = arith.mulf %v1078, %v1267 fastmath<contract> : f32
                %v1274 = arith.mulf %v1270, %v1110 fastmath<contract> : f32
                %v1275 = arith.addf %v1274, %v1273 fastmath<contract> : f32
                %v1276 = arith.mulf %v1079, %v1267 fastmath<contract> : f32
                %v1277 = arith.mulf %v1270, %v1111 fastmath<contract> : f32
                %v1278 = arith.addf %v1277, %v1276 fastmath<contract> : f32
                %v1279 = arith.constant 3 : i64
                %v1280 = llvm.getelementptr %in_C_re[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1281 = llvm.load %v1280 : !llvm.ptr -> f32
                %v1282 = arith.mulf %v1281, %v1146 fastmath<contract> : f32
                %v1283 = arith.constant 1 : i64
                %v1284 = arith.muli %v1283, %v2 : i64
                %v1285 = arith.constant 3 : i64
                %v1286 = arith.addi %v1284, %v1285 : i64
                %v1287 = llvm.getelementptr %in_C_re[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
                %v1289 = arith.mulf %v1288, %v1158 fastmath<contract> : f32
                %v1290 = arith.addf %v1282, %v1289 fastmath<contract> : f32
                %v1291 = arith.constant 2 : i64
                %v1292 = arith.muli %v1291, %v2 : i64
                %v1293 = arith.constant 3 : i64
                %v1294 = arith.addi %v1292, %v1293 : i64
                %v1295 = llvm.getelementptr %in_C_re[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
                %v1297 = arith.mulf %v1296, %v1171 fastmath<contract> : f32
                %v1298 = arith.addf %v1290, %v1297 fastmath<contract> : f32
                %v1299 = arith.constant 3 : i64
                %v1300 = arith.muli %v1299, %v2 : i64
                %v1301 = arith.constant 3 : i64
                %v1302 = arith.addi %v1300, %v1301 : i64
                %v1303 = llvm.getelementptr %in_C_re[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
                %v1305 = arith.mulf %v1304, %v1184 fastmath<contract> : f32
                %v1306 = arith.addf %v1298, %v1305 fastmath<contract> : f32
                %v1307 = llvm.load %v195 : !llvm.ptr -> f32
                %v1308 = arith.mulf %v1307, %v1045 fastmath<contract> : f32
                %v1309 = arith.addf %v1306, %v1308 fastmath<contract> : f32
                %v1310 = llvm.load %v258 : !llvm.ptr -> f32
                %v1311 = arith.mulf %v1310, %v1061 fastmath<contract> : f32
                %v1312 = arith.addf %v1311, %v1309 fastmath<contract> : f32
                %v1313 = arith.mulf %v1080, %v1307 fastmath<contract> : f32
                %v1314 = arith.mulf %v1310, %v1112 fastmath<contract> : f32
                %v1315 = arith.addf %v1314, %v1313 fastmath<contract> : f32
                %v1316 = arith.mulf %v1081, %v1307 fastmath<contract> : f32
                %v1317 = arith.mulf %v1310, %v1113 fastmath<contract> : f32
                %v1318 = arith.addf %v1317, %v1316 fastmath<contract> : f32
                %v1319 = arith.constant 4 : i64
                %v1320 = llvm.getelementptr %in_C_re[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
                %v1322 = arith.mulf %v1321, %v1146 fastmath<contract> : f32
                %v1323 = arith.constant 1 : i64
                %v1324 = arith.muli %v1323, %v2 : i64
                %v1325 = arith.constant 4 : i64
                %v1326 = arith.addi %v1324, %v1325 : i64
                %v1327 = llvm.getelementptr %in_C_re[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
                %v1329 = arith.mulf %v1328, %v1158 fastmath<contract> : f32
                %v1330 = arith.addf %v1322, %v1329 fastmath<contract> : f32
                %v1331 = arith.constant 2 : i64
                %v1332 = arith.muli %v1331, %v2 : i64
                %v1333 = arith.constant 4 : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = llvm.getelementptr %in_C_re[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                %v1337 = arith.mulf %v1336, %v1171 fastmath<contract> : f32
                %v1338 = arith.addf %v1330, %v1337 fastmath<contract> : f32
                %v1339 = arith.constant 3 : i64
                %v1340 = arith.muli %v1339, %v2 : i64
                %v1341 = arith.constant 4 : i64
                %v1342 = arith.addi %v1340, %v1341 : i64
                %v1343 = llvm.getelementptr %in_C_re[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
                %v1345 = arith.mulf %v1344, %v1184 fastmath<contract> : f32
                %v1346 = arith.addf %v1338, %v1345 fastmath<contract> : f32
                %v1347 = llvm.load %v197 : !llvm.ptr -> f32
                %v1348 = arith.mulf %v1347, %v1046 fastmath<contract> : f32
                %v1349 = arith.addf %v1346, %v1348 fastmath<contract> : f32
                %v1350 = llvm.load %v260 : !llvm.ptr -> f32
                %v1351 = arith.mulf %v1350, %v1062 fastmath<contract> : f32
                %v1352 = arith.addf %v1351, %v1349 fastmath<contract> : f32
                %v1353 = arith.mulf %v1082, %v1347 fastmath<contract> : f32
                %v1354 = arith.mulf %v1350, %v1114 fastmath<contract> : f32
                %v1355 = arith.addf %v1354, %v1353 fastmath<contract> : f32
                %v1356 = arith.mulf %v1083, %v1347 fastmath<contract> : f32
                %v1357 = arith.mulf %v1350, %v1115 fastmath<contract> : f32
                %v1358 = arith.addf %v1357, %v1356 fastmath<contract> : f32
                %v1359 = arith.constant 5 : i64
                %v1360 = llvm.getelementptr %in_C_re[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1361 = llvm.load %v1360 : !llvm.ptr -> f32
                %v1362 = arith.mulf %v1361, %v1146 fastmath<contract> : f32
                %v1363 = arith.constant 1 : i64
                %v1364 = arith.muli %v1363, %v2 : i64
                %v1365 = arith.constant 5 : i64
                %v1366 = arith.addi %v1364, %v1365 : i64
                %v1367 = llvm.getelementptr %in_C_re[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
                %v1369 = arith.mulf %v1368, %v1158 fastmath<contract> : f32
                %v1370 = arith.addf %v1362, %v1369 fastmath<contract> : f32
                %v1371 = arith.constant 2 : i64
                %v1372 = arith.muli %v1371, %v2 : i64
                %v1373 = arith.constant 5 : i64
                %v1374 = arith.addi %v1372, %v1373 : i64
                %v1375 = llvm.getelementptr %in_C_re[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1376, %v1171 fastmath<contract> : f32
                %v1378 = arith.addf %v1370, %v1377 fastmath<contract> : f32
                %v1379 = arith.constant 3 : i64
                %v1380 = arith.muli %v1379, %v2 : i64
                %v1381 = arith.constant 5 : i64
                %v1382 = arith.addi %v1380, %v1381 : i64
                %v1383 = llvm.getelementptr %in_C_re[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
                %v1385 = arith.mulf %v1384, %v1184 fastmath<contract> : f32
                %v1386 = arith.addf %v1378, %v1385 fastmath<contract> : f32
                %v1387 = llvm.load %v199 : !llvm.ptr -> f32
                %v1388 = arith.mulf %v1387, %v1047 fastmath<contract> : f32
                %v1389 = arith.addf %v1386, %v1388 fastmath<contract> : f32
                %v1390 = llvm.load %v262 : !llvm.ptr -> f32
                %v1391 = arith.mulf %v1390, %v1063 fastmath<contract> : f32
                %v1392 = arith.addf %v1391, %v1389 fastmath<contract> : f32
                %v1393 = arith.mulf %v1084, %v1387 fastmath<contract> : f32
                %v1394 = arith.mulf %v1390, %v1116 fastmath<contract> : f32
                %v1395 = arith.addf %v1394, %v1393 fastmath<contract> : f32
                %v1396 = arith.mulf %v1085, %v1387 fastmath<contract> : f32
                %v1397 = arith.mulf %v1390, %v1117 fastmath<contract> : f32
                %v1398 = arith.addf %v1397, %v1396 fastmath<contract> : f32
                %v1399 = arith.constant 6 : i64
                %v1400 = llvm.getelementptr %in_C_re[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                %v1402 = arith.mulf %v1401, %v1146 fastmath<contract> : f32
                %v1403 = arith.constant 1 : i64
                %v1404 = arith.muli %v1403, %v2 : i64
                %v1405 = arith.constant 6 : i64
                %v1406 = arith.addi %v1404, %v1405 : i64
                %v1407 = llvm.getelementptr %in_C_re[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1408 = llvm.load %v1407 : !llvm.ptr -> f32
                %v1409 = arith.mulf %v1408, %v1158 fastmath<contract> : f32
                %v1410 = arith.addf %v1402, %v1409 fastmath<contract> : f32
                %v1411 = arith.constant 2 : i64
                %v1412 = arith.muli %v1411, %v2 : i64
                %v1413 = arith.constant 6 : i64
                %v1414 = arith.addi %v1412, %v1413 : i64
                %v1415 = llvm.getelementptr %in_C_re[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
                %v1417 = arith.mulf %v1416, %v1171 fastmath<contract> : f32
                %v1418 = arith.addf %v1410, %v1417 fastmath<contract> : f32
                %v1419 = arith.constant 3 : i64
                %v1420 = arith.muli %v1419, %v2 : i64
                %v1421 = arith.constant 6 : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = llvm.getelementptr %in_C_re[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
                %v1425 = arith.mulf %v1424, %v1184 fastmath<contract> : f32
                %v1426 = arith.addf %v1418, %v1425 fastmath<contract> : f32
                %v1427 = llvm.load %v201 : !llvm.ptr -> f32
                %v1428 = arith.mulf %v1427, %v1048 fastmath<contract> : f32
                %v1429 = arith.addf %v1426, %v1428 fastmath<contract> : f32
                %v1430 = llvm.load %v264 : !llvm.ptr -> f32
                %v1431 = arith.mulf %v1430, %v1064 fastmath<contract> : f32
                %v1432 = arith.addf %v1431, %v1429 fastmath<contract> : f32
                %v1433 = arith.mulf %v1086, %v1427 fastmath<contract> : f32
                %v1434 = arith.mulf %v1430, %v1118 fastmath<contract> : f32
                %v1435 = arith.addf %v1434, %v1433 fastmath<contract> : f32
                %v1436 = arith.mulf %v1087, %v1427 fastmath<contract> : f32
                %v1437 = arith.mulf %v1430, %v1119 fastmath<contract> : f32
                %v1438 = arith.addf %v1437, %v1436 fastmath<contract> : f32
                %v1439 = arith.constant 7 : i64
                %v1440 = llvm.getelementptr %in_C_re[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
                %v1442 = arith.mulf %v1441, %v1146 fastmath<contract> : f32
                %v1443 = arith.constant 1 : i64
                %v1444 = arith.muli %v1443, %v2 : i64
                %v1445 = arith.constant 7 : i64
                %v1446 = arith.addi %v1444, %v1445 : i64
                %v1447 = llvm.getelementptr %in_C_re[%v1446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
                %v1449 = arith.mulf %v1448, %v1158 fastmath<contract> : f32
                %v1450 = arith.addf %v1442, %v1449 fastmath<contract> : f32
                %v1451 = arith.constant 2 : i64
                %v1452 = arith.muli %v1451, %v2 : i64
                %v1453 = arith.constant 7 : i64
                %v1454 = arith.addi %v1452, %v1453 : i64
                %v1455 = llvm.getelementptr %in_C_re[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
                %v1457 = arith.mulf %v1456, %v1171 fastmath<contract> : f32
                %v1458 = arith.addf %v1450, %v1457 fastmath<contract> : f32
                %v1459 = arith.constant 3 : i64
                %v1460 = arith.muli %v1459, %v2 : i64
                %v1461 = arith.constant 7 : i64
                %v1462 = arith.addi %v1460, %v1461 : i64
                %v1463 = llvm.getelementptr %in_C_re[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
                %v1465 = arith.mulf %v1464, %v1184 fastmath<contract> : f32
                %v1466 = arith.addf %v1458, %v1465 fastmath<contract> : f32
                %v1467 = llvm.load %v203 : !llvm.ptr -> f32
                %v1468 = arith.mulf %v1467, %v1049 fastmath<contract> : f32
                %v1469 = arith.addf %v1466, %v1468 fastmath<contract> : f32
                %v1470 = llvm.load %v266 : !llvm.ptr -> f32
                %v1471 = arith.mulf %v1470, %v1065 fastmath<contract> : f32
                %v1472 = arith.addf %v1471, %v1469 fastmath<contract> : f32
                %v1473 = arith.mulf %v1088, %v1467 fastmath<contract> : f32
                %v1474 = arith.mulf %v1470, %v1120 fastmath<contract> : f32
                %v1475 = arith.addf %v1474, %v1473 fastmath<contract> : f32
                %v1476 = arith.mulf %v1089, %v1467 fastmath<contract> : f32
                %v1477 = arith.mulf %v1470, %v1121 fastmath<contract> : f32
                %v1478 = arith.addf %v1477, %v1476 fastmath<contract> : f32
                %v1479 = arith.constant 8 : i64
                %v1480 = llvm.getelementptr %in_C_re[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.mulf %v1481, %v1146 fastmath<contract> : f32
                %v1483 = arith.constant 1 : i64
                %v1484 = arith.muli %v1483, %v2 : i64
                %v1485 = arith.constant 8 : i64
                %v1486 = arith.addi %v1484, %v1485 : i64
                %v1487 = llvm.getelementptr %in_C_re[%v1486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1488 = llvm.load %v1487 : !llvm.ptr -> f32
                %v1489 = arith.mulf %v1488, %v1158 fastmath<contract> : f32
                %v1490 = arith.addf %v1482, %v1489 fastmath<contract> : f32
                %v1491 = arith.constant 2 : i64
                %v1492 = arith.muli %v1491, %v2 : i64
                %v1493 = arith.constant 8 : i64
                %v1494 = arith.addi %v1492, %v1493 : i64
                %v1495 = llvm.getelementptr %in_C_re[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
                %v1497 = arith.mulf %v1496, %v1171 fastmath<contract> : f32
                %v1498 = arith.addf %v1490, %v1497 fastmath<contract> : f32
                %v1499 = arith.constant 3 : i64
                %v1500 = arith.muli %v1499, %v2 : i64
                %v1501 = arith.constant 8 : i64
                %v1502 = arith.addi %v1500, %v1501 : i64
                %v1503 = llvm.getelementptr %in_C_re[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
                %v1505 = arith.mulf %v1504, %v1184 fastmath<contract> : f32
                %v1506 = arith.addf %v1498, %v1505 fastmath<contract> : f32
                %v1507 = llvm.load %v205 : !llvm.ptr -> f32
                %v1508 = arith.mulf %v1507, %v1050 fastmath<contract> : f32
                %v1509 = arith.addf %v1506, %v1508 fastmath<contract> : f32
                %v1510 = llvm.load %v268 : !llvm.ptr -> f32
                %v1511 = arith.mulf %v1510, %v1066 fastmath<contract> : f32
                %v1512 = arith.addf %v1511, %v1509 fastmath<contract> : f32
                %v1513 = arith.mulf %v1090, %v1507 fastmath<contract> : f32
                %v1514 = arith.mulf %v1510, %v1122 fastmath<contract> : f32
                %v1515 = arith.addf %v1514, %v1513 fastmath<contract> : f32
                %v1516 = arith.mulf %v1091, %v1507 fastmath<contract> : f32
                %v1517 = arith.mulf %v1510, %v1123 fastmath<contract> : f32
                %v1518 = arith.addf %v1517, %v1516 fastmath<contract> : f32
                %v1519 = arith.constant 9 : i64
                %v1520 = llvm.getelementptr %in_C_re[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                %v1522 = arith.mulf %v1521, %v1146 fastmath<contract> : f32
                %v1523 = arith.constant 1 : i64
                %v1524 = arith.muli %v1523, %v2 : i64
                %v1525 = arith.constant 9 : i64
                %v1526 = arith.addi %v1524, %v1525 : i64
                %v1527 = llvm.getelementptr %in_C_re[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
                %v1529 = arith.mulf %v1528, %v1158 fastmath<contract> : f32
                %v1530 = arith.addf %v1522, %v1529 fastmath<contract> : f32
                %v1531 = arith.constant 2 : i64
                %v1532 = arith.muli %v1531, %v2 : i64
                %v1533 = arith.constant 9 : i64
                %v1534 = arith.addi %v1532, %v1533 : i64
                %v1535 = llvm.getelementptr %in_C_re[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1536 = llvm.load %v1535 : !llvm.ptr -> f32
                %v1537 = arith.mulf %v1536, %v1171 fastmath<contract> : f32
                %v1538 = arith.addf %v1530, %v1537 fastmath<contract> : f32
                %v1539 = arith.constant 3 : i64
                %v1540 = arith.muli %v1539, %v2 : i64
                %v1541 = arith.constant 9 : i64
                %v1542 = arith.addi %v1540, %v1541 : i64
                %v1543 = llvm.getelementptr %in_C_re[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1544 = llvm.load %v1543 : !llvm.ptr -> f32
                %v1545 = arith.mulf %v1544, %v1184 fastmath<contract> : f32
                %v1546 = arith.addf %v1538, %v1545 fastmath<contract> : f32
                %v1547 = llvm.load %v207 : !llvm.ptr -> f32
                %v1548 = arith.mulf %v1547, %v1051 fastmath<contract> : f32
                %v1549 = arith.addf %v1546, %v1548 fastmath<contract> : f32
                %v1550 = llvm.load %v270 : !llvm.ptr -> f32
                %v1551 = arith.mulf %v1550, %v1067 fastmath<contract> : f32
                %v1552 = arith.addf %v1551, %v1549 fastmath<contract> : f32
                %v1553 = arith.mulf %v1092, %v1547 fastmath<contract> : f32
                %v1554 = arith.mulf %v1550, %v1124 fastmath<contract> : f32
                %v1555 = arith.addf %v1554, %v1553 fastmath<contract> : f32
                %v1556 = arith.mulf %v1093, %v1547 fastmath<contract> : f32
                %v1557 = arith.mulf %v1550, %v1125 fastmath<contract> : f32
                %v1558 = arith.addf %v1557, %v1556 fastmath<contract> : f32
                %v1559 = arith.constant 10 : i64
                %v1560 = llvm.getelementptr %in_C_re[%v1559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1561 = llvm.load %v1560 : !llvm.ptr -> f32
                %v1562 = arith.mulf %v1561, %v1146 fastmath<contract> : f32
                %v1563 = arith.constant 1 : i64
                %v1564 = arith.muli %v1563, %v2 : i64
                %v1565 = arith.constant 10 : i64
                %v1566 = arith.addi %v1564, %v1565 : i64
                %v1567 = llvm.getelementptr %in_C_re[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1568 = llvm.load %v1567 : !llvm.ptr -> f32
                %v1569 = arith.mulf %v1568, %v1158 fastmath<contract> : f32
                %v1570 = arith.addf %v1562, %v1569 fastmath<contract> : f32
                %v1571 = arith.constant 2 : i64
                %v1572 = arith.muli %v1571, %v2 : i64
                %v1573 = arith.constant 10 : i64
                %v1574 = arith.addi %v1572, %v1573 : i64
                %v1575 = llvm.getelementptr %in_C_re[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
                %v1577 = arith.mulf %v1576, %v1171 fastmath<contract> : f32
                %v1578 = arith.addf %v1570, %v1577 fastmath<contract> : f32
                %v1579 = arith.constant 3 : i64
                %v1580 = arith.muli %v1579, %v2 : i64
                %v1581 = arith.constant 10 : i64
                %v1582 = arith.addi %v1580, %v1581 : i64
                %v1583 = llvm.getelementptr %in_C_re[%v1582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1584 = llvm.load %v1583 : !llvm.ptr -> f32
                %v1585 = arith.mulf %v1584, %v1184 fastmath<contract> : f32
                %v1586 = arith.addf %v1578, %v1585 fastmath<contract> : f32
                %v1587 = llvm.load %v209 : !llvm.ptr -> f32
                %v1588 = arith.mulf %v1587, %v1052 fastmath<contract> : f32
                %v1589 = arith.addf %v1586, %v1588 fastmath<contract> : f32
                %v1590 = llvm.load %v272 : !llvm.ptr -> f32
                %v1591 = arith.mulf %v1590, %v1068 fastmath<contract> : f32
                %v1592 = arith.addf %v1591, %v1589 fastmath<contract> : f32
                %v1593 = arith.mulf %v1094, %v1587 fastmath<contract> : f32
                %v1594 = arith.mulf %v1590, %v1126 fastmath<contract> : f32
                %v1595 = arith.addf %v1594, %v1593 fastmath<contract> : f32
                %v1596 = arith.mulf %v1095, %v1587 fastmath<contract> : f32
                %v1597 = arith.mulf %v1590, %v1127 fastmath<contract> : f32
                %v1598 = arith.addf %v1597, %v1596 fastmath<contract> : f32
                %v1599 = arith.constant 11 : i64
                %v1600 = llvm.getelementptr %in_C_re[%v1599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
                %v1602 = arith.mulf %v1601, %v1146 fastmath<contract> : f32
                %v1603 = arith.constant 1 : i64
                %v1604 = arith.muli %v1603, %v2 : i64
                %v1605 = arith.constant 11 : i64
                %v1606 = arith.addi %v1604, %v1605 : i64
                %v1607 = llvm.getelementptr %in_C_re[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
                %v1609 = arith.mulf %v1608, %v1158 fastmath<contract> : f32
                %v1610 = arith.addf %v1602, %v1609 fastmath<contract> : f32
                %v1611 = arith.constant 2 : i64
                %v1612 = arith.muli %v1611, %v2 : i64
                %v1613 = arith.constant 11 : i64
                %v1614 = arith.addi %v1612, %v1613 : i64
                %v1615 = llvm.getelementptr %in_C_re[%v1614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1616 = llvm.load %v1615 : !llvm.ptr -> f32
                %v1617 = arith.mulf %v1616, %v1171 fastmath<contract> : f32
                %v1618 = arith.addf %v1610, %v1617 fastmath<contract> : f32
                %v1619 = arith.constant 3 : i64
                %v1620 = arith.muli %v1619, %v2 : i64
                %v1621 = arith.constant 11 : i64
                %v1622 = arith.addi %v1620, %v1621 : i64
                %v1623 = llvm.getelementptr %in_C_re[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
                %v1625 = arith.mulf %v1624, %v1184 fastmath<contract> : f32
                %v1626 = arith.addf %v1618, %v1625 fastmath<contract> : f32
                %v1627 = llvm.load %v211 : !llvm.ptr -> f32
                %v1628 = arith.mulf %v1627, %v1053 fastmath<contract> : f32
                %v1629 = arith.addf %v1626, %v1628 fastmath<contract> : f32
                %v1630 = llvm.load %v274 : !llvm.ptr -> f32
                %v1631 = arith.mulf %v1630, %v1069 fastmath<contract> : f32
                %v1632 = arith.addf %v1631, %v1629 fastmath<contract> : f32
                %v1633 = arith.mulf %v1096, %v1627 fastmath<contract> : f32
                %v1634 = arith.mulf %v1630, %v1128 fastmath<contract> : f32
                %v1635 = arith.addf %v1634, %v1633 fastmath<contract> : f32
                %v1636 = arith.mulf %v1097, %v1627 fastmath<contract> : f32
                %v1637 = arith.mulf %v1630, %v1129 fastmath<contract> : f32
                %v1638 = arith.addf %v1637, %v1636 fastmath<contract> : f32
                %v1639 = arith.constant 12 : i64
                %v1640 = llvm.getelementptr %in_C_re[%v1639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1641 = llvm.load %v1640 : !llvm.ptr -> f32
                %v1642 = arith.mulf %v1641, %v1146 fastmath<contract> : f32
                %v1643 = arith.constant 1 : i64
                %v1644 = arith.muli %v1643, %v2 : i64
                %v1645 = arith.constant 12 : i64
                %v1646 = arith.addi %v1644, %v1645 : i64
                %v1647 = llvm.getelementptr %in_C_re[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1648 = llvm.load %v1647 : !llvm.ptr -> f32
                %v1649 = arith.mulf %v1648, %v1158 fastmath<contract> : f32
                %v1650 = arith.addf %v1642, %v1649 fastmath<contract> : f32
                %v1651 = arith.constant 2 : i64
                %v1652 = arith.muli %v1651, %v2 : i64
                %v1653 = arith.constant 12 : i64
                %v1654 = arith.addi %v1652, %v1653 : i64
                %v1655 = llvm.getelementptr %in_C_re[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1656 = llvm.load %v1655 : !llvm.ptr -> f32
                %v1657 = arith.mulf %v1656, %v1171 fastmath<contract> : f32
                %v1658 = arith.addf %v1650, %v1657 fastmath<contract> : f32
                %v1659 = arith.constant 3 : i64
                %v1660 = arith.muli %v1659, %v2 : i64
                %v1661 = arith.constant 12 : i64
                %v1662 = arith.addi %v1660, %v1661 : i64
                %v1663 = llvm.getelementptr %in_C_re[%v1662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1664 = llvm.load %v1663 : !llvm.ptr -> f32
                %v1665 = arith.mulf %v1664, %v1184 fastmath<contract> : f32
                %v1666 = arith.addf %v1658, %v1665 fastmath<contract> : f32
                %v1667 = llvm.load %v213 : !llvm.ptr -> f32
                %v1668 = arith.mulf %v1667, %v1054 fastmath<contract> : f32
                %v1669 = arith.addf %v1666, %v1668 fastmath<contract> : f32
                %v1670 = llvm.load %v276 : !llvm.ptr -> f32
                %v1671 = arith.mulf %v1670, %v1070 fastmath<contract> : f32
                %v1672 = arith.addf %v1671, %v1669 fastmath<contract> : f32
                %v1673 = arith.mulf %v1098, %v1667 fastmath<contract> : f32
                %v1674 = arith.mulf %v1670, %v1130 fastmath<contract> : f32
                %v1675 = arith.addf %v1674, %v1673 fastmath<contract> : f32
                %v1676 = arith.mulf %v1099, %v1667 fastmath<contract> : f32
                %v1677 = arith.mulf %v1670, %v1131 fastmath<contract> : f32
                %v1678 = arith.addf %v1677, %v1676 fastmath<contract> : f32
                %v1679 = arith.constant 13 : i64
                %v1680 = llvm.getelementptr %in_C_re[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
                %v1682 = arith.mulf %v1681, %v1146 fastmath<contract> : f32
                %v1683 = arith.constant 1 : i64
                %v1684 = arith.muli %v1683, %v2 : i64
                %v1685 = arith.constant 13 : i64
                %v1686 = arith.addi %v1684, %v1685 : i64
                %v1687 = llvm.getelementptr %in_C_re[%v1686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1688 = llvm.load %v1687 : !llvm.ptr -> f32
                %v1689 = arith.mulf %v1688, %v1158 fastmath<contract> : f32
                %v1690 = arith.addf %v1682, %v1689 fastmath<contract> : f32
                %v1691 = arith.constant 2 : i64
                %v1692 = arith.muli %v1691, %v2 : i64
                %v1693 = arith.constant 13 : i64
                %v1694 = arith.addi %v1692, %v1693 : i64
                %v1695 = llvm.getelementptr %in_C_re[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1696 = llvm.load %v1695 : !llvm.ptr -> f32
                %v1697 = arith.mulf %v1696, %v1171 fastmath<contract> : f32
                %v1698 = arith.addf %v1690, %v1697 fastmath<contract> : f32
                %v1699 = arith.constant 3 : i64
                %v1700 = arith.muli %v1699, %v2 : i64
                %v1701 = arith.constant 13 : i64
                %v1702 = arith.addi %v1700, %v1701 : i64
                %v1703 = llvm.getelementptr %in_C_re[%v1702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1704 = llvm.load %v1703 : !llvm.ptr -> f32
                %v1705 = arith.mulf %v1704, %v1184 fastmath<contract> : f32
                %v1706 = arith.addf %v1698, %v1705 fastmath<contract> : f32
                %v1707 = llvm.load %v215 : !llvm.ptr -> f32
                %v1708 = arith.mulf %v1707, %v1055 fastmath<contract> : f32
                %v1709 = arith.addf %v1706, %v1708 fastmath<contract> : f32
                %v1710 = llvm.load %v278 : !llvm.ptr -> f32
                %v1711 = arith.mulf %v1710, %v1071 fastmath<contract> : f32
                %v1712 = arith.addf %v1711, %v1709 fastmath<contract> : f32
                %v1713 = arith.mulf %v1100, %v1707 fastmath<contract> : f32
                %v1714 = arith.mulf %v1710, %v1132 fastmath<contract> : f32
                %v1715 = arith.addf %v1714, %v1713 fastmath<contract> : f32
                %v1716 = arith.mulf %v1101, %v1707 fastmath<contract> : f32
                %v1717 = arith.mulf %v1710, %v1133 fastmath<contract> : f32
                %v1718 = arith.addf %v1717, %v1716 fastmath<contract> : f32
                %v1719 = arith.constant 14 : i64
                %v1720 = llvm.getelementptr %in_C_re[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1721 = llvm.load %v1720 : !llvm.ptr -> f32
                %v1722 = arith.mulf %v1721, %v1146 fastmath<contract> : f32
                %v1723 = arith.constant 1 : i64
                %v1724 = arith.muli %v1723, %v2 : i64
                %v1725 = arith.constant 14 : i64
                %v1726 = arith.addi %v1724, %v1725 : i64
                %v1727 = llvm.getelementptr %in_C_re[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
                %v1729 = arith.mulf %v1728, %v1158 fastmath<contract> : f32
                %v1730 = arith.addf %v1722, %v1729 fastmath<contract> : f32
                %v1731 = arith.constant 2 : i64
                %v1732 = arith.muli %v1731, %v2 : i64
                %v1733 = arith.constant 14 : i64
                %v1734 = arith.addi %v1732, %v1733 : i64
                %v1735 = llvm.getelementptr %in_C_re[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
                %v1737 = arith.mulf %v1736, %v1171 fastmath<contract> : f32
                %v1738 = arith.addf %v1730, %v1737 fastmath<contract> : f32
                %v1739 = arith.constant 3 : i64
                %v1740 = arith.muli %v1739, %v2 : i64
                %v1741 = arith.constant 14 : i64
                %v1742 = arith.addi %v1740, %v1741 : i64
                %v1743 = llvm.getelementptr %in_C_re[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1744 = llvm.load %v1743 : !llvm.ptr -> f32
                %v1745 = arith.mulf %v1744, %v1184 fastmath<contract> : f32
                %v1746 = arith.addf %v1738, %v1745 fastmath<contract> : f32
                %v1747 = llvm.load %v217 : !llvm.ptr -> f32
                %v1748 = arith.mulf %v1747, %v1056 fastmath<contract> : f32
                %v1749 = arith.addf %v1746, %v1748 fastmath<contract> : f32
                %v1750 = llvm.load %v280 : !llvm.ptr -> f32
                %v1751 = arith.mulf %v1750, %v1072 fastmath<contract> : f32
                %v1752 = arith.addf %v1751, %v1749 fastmath<contract> : f32
                %v1753 = arith.mulf %v1102, %v1747 fastmath<contract> : f32
                %v1754 = arith.mulf %v1750, %v1134 fastmath<contract> : f32
                %v1755 = arith.addf %v1754, %v1753 fastmath<contract> : f32
                %v1756 = arith.mulf %v1103, %v1747 fastmath<contract> : f32
                %v1757 = arith.mulf %v1750, %v1135 fastmath<contract> : f32
                %v1758 = arith.addf %v1757, %v1756 fastmath<contract> : f32
                %v1759 = arith.constant 15 : i64
                %v1760 = llvm.getelementptr %in_C_re[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
                %v1762 = arith.mulf %v1761, %v1146 fastmath<contract> : f32
                %v1763 = arith.constant 1 : i64
                %v1764 = arith.muli %v1763, %v2 : i64
                %v1765 = arith.constant 15 : i64
                %v1766 = arith.addi %v1764, %v1765 : i64
                %v1767 = llvm.getelementptr %in_C_re[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
                %v1769 = arith.mulf %v1768, %v1158 fastmath<contract> : f32
                %v1770 = arith.addf %v1762, %v1769 fastmath<contract> : f32
                %v1771 = arith.constant 2 : i64
                %v1772 = arith.muli %v1771, %v2 : i64
                %v1773 = arith.constant 15 : i64
                %v1774 = arith.addi %v1772, %v1773 : i64
                %v1775 = llvm.getelementptr %in_C_re[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1776 = llvm.load %v1775 : !llvm.ptr -> f32
                %v1777 = arith.mulf %v1776, %v1171 fastmath<contract> : f32
                %v1778 = arith.addf %v1770, %v1777 fastmath<contract> : f32
                %v1779 = arith.constant 3 : i64
                %v1780 = arith.muli %v1779, %v2 : i64
                %v1781 = arith.constant 15 : i64
                %v1782 = arith.addi %v1780, %v1781 : i64
                %v1783 = llvm.getelementptr %in_C_re[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
                %v1785 = arith.mulf %v1784, %v1184 fastmath<contract> : f32
                %v1786 = arith.addf %v1778, %v1785 fastmath<contract> : f32
                %v1787 = llvm.load %v219 : !llvm.ptr -> f32
                %v1788 = arith.mulf %v1787, %v1057 fastmath<contract> : f32
                %v1789 = arith.addf %v1786, %v1788 fastmath<contract> : f32
                %v1790 = llvm.load %v282 : !llvm.ptr -> f32
                %v1791 = arith.mulf %v1790, %v1073 fastmath<contract> : f32
                %v1792 = arith.addf %v1791, %v1789 fastmath<contract> : f32
                %v1793 = arith.mulf %v1104, %v1787 fastmath<contract> : f32
                %v1794 = arith.mulf %v1790, %v1136 fastmath<contract> : f32
                %v1795 = arith.addf %v1794, %v1793 fastmath<contract> : f32
                %v1796 = arith.mulf %v1105, %v1787 fastmath<contract> : f32
                %v1797 = arith.mulf %v1790, %v1137 fastmath<contract> : f32
                %v1798 = arith.addf %v1797, %v1796 fastmath<contract> : f32
                %v1799 = arith.constant 0 : i64
                %v1800 = llvm.getelementptr %in_C_im[%v1799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1801 = llvm.load %v1800 : !llvm.ptr -> f32
                %v1802 = arith.negf %v1146 : f32
                %v1803 = arith.mulf %v1801, %v1802 fastmath<contract> : f32
                %v1804 = arith.constant 1 : i64
                %v1805 = arith.muli %v1804, %v2 : i64
                %v1806 = llvm.getelementptr %in_C_im[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
                %v1808 = arith.negf %v1158 : f32
                %v1809 = arith.mulf %v1807, %v1808 fastmath<contract> : f32
                %v1810 = arith.addf %v1803, %v1809 fastmath<contract> : f32
                %v1811 = arith.constant 2 : i64
                %v1812 = arith.muli %v1811, %v2 : i64
                %v1813 = llvm.getelementptr %in_C_im[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1814 = llvm.load %v1813 : !llvm.ptr -> f32
                %v1815 = arith.negf %v1171 : f32
                %v1816 = arith.mulf %v1814, %v1815 fastmath<contract> : f32
                %v1817 = arith.addf %v1810, %v1816 fastmath<contract> : f32
                %v1818 = arith.constant 3 : i64
                %v1819 = arith.muli %v1818, %v2 : i64
                %v1820 = llvm.getelementptr %in_C_im[%v1819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
                %v1822 = arith.negf %v1184 : f32
                %v1823 = arith.mulf %v1821, %v1822 fastmath<contract> : f32
                %v1824 = arith.addf %v1817, %v1823 fastmath<contract> : f32
                %v1825 = llvm.load %v221 : !llvm.ptr -> f32
                %v1826 = arith.mulf %v1825, %v1058 fastmath<contract> : f32
                %v1827 = arith.addf %v1824, %v1826 fastmath<contract> : f32
                %v1828 = llvm.load %v284 : !llvm.ptr -> f32
                %v1829 = arith.mulf %v1828, %v1042 fastmath<contract> : f32
                %v1830 = arith.addf %v1829, %v1827 fastmath<contract> : f32
                %v1831 = arith.mulf %v1106, %v1825 fastmath<contract> : f32
                %v1832 = arith.mulf %v1828, %v1074 fastmath<contract> : f32
                %v1833 = arith.addf %v1832, %v1831 fastmath<contract> : f32
                %v1834 = arith.mulf %v1107, %v1825 fastmath<contract> : f32
                %v1835 = arith.mulf %v1828, %v1075 fastmath<contract> : f32
                %v1836 = arith.addf %v1835, %v1834 fastmath<contract> : f32
                %v1837 = arith.constant 1 : i64
                %v1838 = llvm.getelementptr %in_C_im[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1839 = llvm.load %v1838 : !llvm.ptr -> f32
                %v1840 = arith.mulf %v1839, %v1802 fastmath<contract> : f32
                %v1841 = arith.constant 1 : i64
                %v1842 = arith.muli %v1841, %v2 : i64
                %v1843 = arith.constant 1 : i64
                %v1844 = arith.addi %v1842, %v1843 : i64
                %v1845 = llvm.getelementptr %in_C_im[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
                %v1847 = arith.mulf %v1846, %v1808 fastmath<contract> : f32
                %v1848 = arith.addf %v1840, %v1847 fastmath<contract> : f32
                %v1849 = arith.constant 2 : i64
                %v1850 = arith.muli %v1849, %v2 : i64
                %v1851 = arith.constant 1 : i64
                %v1852 = arith.addi %v1850, %v1851 : i64
                %v1853 = llvm.getelementptr %in_C_im[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                %v1855 = arith.mulf %v1854, %v1815 fastmath<contract> : f32
                %v1856 = arith.addf %v1848, %v1855 fastmath<contract> : f32
                %v1857 = arith.constant 3 : i64
                %v1858 = arith.muli %v1857, %v2 : i64
                %v1859 = arith.constant 1 : i64
                %v1860 = arith.addi %v1858, %v1859 : i64
                %v1861 = llvm.getelementptr %in_C_im[%v1860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
                %v1863 = arith.mulf %v1862, %v1822 fastmath<contract> : f32
                %v1864 = arith.addf %v1856, %v1863 fastmath<contract> : f32
                %v1865 = llvm.load %v223 : !llvm.ptr -> f32
                %v1866 = arith.mulf %v1865, %v1059 fastmath<contract> : f32
                %v1867 = arith.addf %v1864, %v1866 fastmath<contract> : f32
                %v1868 = llvm.load %v286 : !llvm.ptr -> f32
                %v1869 = arith.mulf %v1868, %v1043 fastmath<contract> : f32
                %v1870 = arith.addf %v1869, %v1867 fastmath<contract> : f32
                %v1871 = arith.mulf %v1108, %v1865 fastmath<contract> : f32
                %v1872 = arith.mulf %v1868, %v1076 fastmath<contract> : f32
                %v1873 = arith.addf %v1872, %v1871 fastmath<contract> : f32
                %v1874 = arith.mulf %v1109, %v1865 fastmath<contract> : f32
                %v1875 = arith.mulf %v1868, %v1077 fastmath<contract> : f32
                %v1876 = arith.addf %v1875, %v1874 fastmath<contract> : f32
                %v1877 = arith.constant 2 : i64
                %v1878 = llvm.getelementptr %in_C_im[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1879 = llvm.load %v1878 : !llvm.ptr -> f32
                %v1880 = arith.mulf %v1879, %v1802 fastmath<contract> : f32
                %v1881 = arith.constant 1 : i64
                %v1882 = arith.muli %v1881, %v2 : i64
                %v1883 = arith.constant 2 : i64
                %v1884 = arith.addi %v1882, %v1883 : i64
                %v1885 = llvm.getelementptr %in_C_im[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1886 = llvm.load %v1885 : !llvm.ptr -> f32
                %v1887 = arith.mulf %v1886, %v1808 fastmath<contract> : f32
                %v1888 = arith.addf %v1880, %v1887 fastmath<contract> : f32
                %v1889 = arith.constant 2 : i64
                %v1890 = arith.muli %v1889, %v2 : i64
                %v1891 = arith.constant 2 : i64
                %v1892 = arith.addi %v1890, %v1891 : i64
                %v1893 = llvm.getelementptr %in_C_im[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
                %v1895 = arith.mulf %v1894, %v1815 fastmath<contract> : f32
                %v1896 = arith.addf %v1888, %v1895 fastmath<contract> : f32
                %v1897 = arith.constant 3 : i64
                %v1898 = arith.muli %v1897, %v2 : i64
                %v1899 = arith.constant 2 : i64
                %v1900 = arith.addi %v1898, %v1899 : i64
                %v1901 = llvm.getelementptr %in_C_im[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1902 = llvm.load %v1901 : !llvm.ptr -> f32
                %v1903 = arith.mulf %v1902, %v1822 fastmath<contract> : f32
                %v1904 = arith.addf %v1896, %v1903 fastmath<contract> : f32
                %v1905 = llvm.load %v225 : !llvm.ptr -> f32
                %v1906 = arith.mulf %v1905, %v1060 fastmath<contract> : f32
                %v1907 = arith.addf %v1904, %v1906 fastmath<contract> : f32
                %v1908 = llvm.load %v288 : !llvm.ptr -> f32
                %v1909 = arith.mulf %v1908, %v1044 fastmath<contract> : f32
                %v1910 = arith.addf %v1909, %v1907 fastmath<contract> : f32
                %v1911 = arith.mulf %v1110, %v1905 fastmath<contract> : f32
                %v1912 = arith.mulf %v1908, %v1078 fastmath<contract> : f32
                %v1913 = arith.addf %v1912, %v1911 fastmath<contract> : f32
                %v1914 = arith.mulf %v1111, %v1905 fastmath<contract> : f32
                %v1915 = arith.mulf %v1908, %v1079 fastmath<contract> : f32
                %v1916 = arith.addf %v1915, %v1914 fastmath<contract> : f32
                %v1917 = arith.constant 3 : i64
                %v1918 = llvm.getelementptr %in_C_im[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
                %v1920 = arith.mulf %v1919, %v1802 fastmath<contract> : f32
                %v1921 = arith.constant 1 : i64
                %v1922 = arith.muli %v1921, %v2 : i64
                %v1923 = arith.constant 3 : i64
                %v1924 = arith.addi %v1922, %v1923 : i64
                %v1925 = llvm.getelementptr %in_C_im[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1926 = llvm.load %v1925 : !llvm.ptr -> f32
                %v1927 = arith.mulf %v1926, %v1808 fastmath<contract> : f32
                %v1928 = arith.addf %v1920, %v1927 fastmath<contract> : f32
                %v1929 = arith.constant 2 : i64
                %v1930 = arith.muli %v1929, %v2 : i64
                %v1931 = arith.constant 3 : i64
                %v1932 = arith.addi %v1930, %v1931 : i64
                %v1933 = llvm.getelementptr %in_C_im[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
                %v1935 = arith.mulf %v1934, %v1815 fastmath<contract> : f32
                %v1936 = arith.addf %v1928, %v1935 fastmath<contract> : f32
                %v1937 = arith.constant 3 : i64
                %v1938 = arith.muli %v1937, %v2 : i64
                %v1939 = arith.constant 3 : i64
                %v1940 = arith.addi %v1938, %v1939 : i64
                %v1941 = llvm.getelementptr %in_C_im[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
                %v1943 = arith.mulf %v1942, %v1822 fastmath<contract> : f32
                %v1944 = arith.addf %v1936, %v1943 fastmath<contract> : f32
                %v1945 = llvm.load %v227 : !llvm.ptr -> f32
                %v1946 = arith.mulf %v1945, %v1061 fastmath<contract> : f32
                %v1947 = arith.addf %v1944, %v1946 fastmath<contract> : f32
                %v1948 = llvm.load %v290 : !llvm.ptr -> f32
                %v1949 = arith.mulf %v1948, %v1045 fastmath<contract> : f32
                %v1950 = arith.addf %v1949, %v1947 fastmath<contract> : f32
                %v1951 = arith.mulf %v1112, %v1945 fastmath<contract> : f32
                %v1952 = arith.mulf %v1948, %v1080 fastmath<contract> : f32
                %v1953 = arith.addf %v1952, %v1951 fastmath<contract> : f32
                %v1954 = arith.mulf %v1113, %v1945 fastmath<contract> : f32
                %v1955 = arith.mulf %v1948, %v1081 fastmath<contract> : f32
                %v1956 = arith.addf %v1955, %v1954 fastmath<contract> : f32
                %v1957 = arith.constant 4 : i64
                %v1958 = llvm.getelementptr %in_C_im[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1959 = llvm.load %v1958 : !llvm.ptr -> f32
                %v1960 = arith.mulf %v1959, %v1802 fastmath<contract> : f32
                %v1961 = arith.constant 1 : i64
                %v1962 = arith.muli %v1961, %v2 : i64
                %v1963 = arith.constant 4 : i64
                %v1964 = arith.addi %v1962, %v1963 : i64
                %v1965 = llvm.getelementptr %in_C_im[%v1964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
                %v1967 = arith.mulf %v1966, %v1808 fastmath<contract> : f32
                %v1968 = arith.addf %v1960, %v1967 fastmath<contract> : f32
                %v1969 = arith.constant 2 : i64
                %v1970 = arith.muli %v1969, %v2 : i64
                %v1971 = arith.constant 4 : i64
                %v1972 = arith.addi %v1970, %v1971 : i64
                %v1973 = llvm.getelementptr %in_C_im[%v1972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1974 = llvm.load %v1973 : !llvm.ptr -> f32
                %v1975 = arith.mulf %v1974, %v1815 fastmath<contract> : f32
                %v1976 = arith.addf %v1968, %v1975 fastmath<contract> : f32
                %v1977 = arith.constant 3 : i64
                %v1978 = arith.muli %v1977, %v2 : i64
                %v1979 = arith.constant 4 : i64
                %v1980 = arith.addi %v1978, %v1979 : i64
                %v1981 = llvm.getelementptr %in_C_im[%v1980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1982 = llvm.load %v1981 : !llvm.ptr -> f32
                %v1983 = arith.mulf %v1982, %v1822 fastmath<contract> : f32
                %v1984 = arith.addf %v1976, %v1983 fastmath<contract> : f32
                %v1985 = llvm.load %v229 : !llvm.ptr -> f32
                %v1986 = arith.mulf %v1985, %v1062 fastmath<contract> : f32
                %v1987 = arith.addf %v1984, %v1986 fastmath<contract> : f32
                %v1988 = llvm.load %v292 : !llvm.ptr -> f32
                %v1989 = arith.mulf %v1988, %v1046 fastmath<contract> : f32
                %v1990 = arith.addf %v1989, %v1987 fastmath<contract> : f32
                %v1991 = arith.mulf %v1114, %v1985 fastmath<contract> : f32
                %v1992 = arith.mulf %v1988, %v1082 fastmath<contract> : f32
                %v1993 = arith.addf %v1992, %v1991 fastmath<contract> : f32
                %v1994 = arith.mulf %v1115, %v1985 fastmath<contract> : f32
                %v1995 = arith.mulf %v1988, %v1083 fastmath<contract> : f32
                %v1996 = arith.addf %v1995, %v1994 fastmath<contract> : f32
                %v1997 = arith.constant 5 : i64
                %v1998 = llvm.getelementptr %in_C_im[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1999 = llvm.load %v1998 : !llvm.ptr -> f32
                %v2000 = arith.mulf %v1999, %v1802 fastmath<contract> : f32
                %v2001 = arith.constant 1 : i64
                %v2002 = arith.muli %v2001, %v2 : i64
                %v2003 = arith.constant 5 : i64
                %v2004 = arith.addi %v2002, %v2003 : i64
                %v2005 = llvm.getelementptr %in_C_im[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2006 = llvm.load %v2005 : !llvm.ptr -> f32
                %v2007 = arith.mulf %v2006, %v1808 fastmath<contract> : f32
                %v2008 = arith.addf %v2000, %v2007 fastmath<contract> : f32
                %v2009 = arith.constant 2 : i64
                %v2010 = arith.muli %v2009, %v2 : i64
                %v2011 = arith.constant 5 : i64
                %v2012 = arith.addi %v2010, %v2011 : i64
                %v2013 = llvm.getelementptr %in_C_im[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2014 = llvm.load %v2013 : !llvm.ptr -> f32
                %v2015 = arith.mulf %v2014, %v1815 fastmath<contract> : f32
                %v2016 = arith.addf %v2008, %v2015 fastmath<contract> : f32
                %v2017 = arith.constant 3 : i64
                %v2018 = arith.muli %v2017, %v2 : i64
                %v2019 = arith.constant 5 : i64
                %v2020 = arith.addi %v2018, %v2019 : i64
                %v2021 = llvm.getelementptr %in_C_im[%v2020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
                %v2023 = arith.mulf %v2022, %v1822 fastmath<contract> : f32
                %v2024 = arith.addf %v2016, %v2023 fastmath<contract> : f32
                %v2025 = llvm.load %v231 : !llvm.ptr -> f32
                %v2026 = arith.mulf %v2025, %v1063 fastmath<contract> : f32
                %v2027 = arith.addf %v2024, %v2026 fastmath<contract> : f32
                %v2028 = llvm.load %v294 : !llvm.ptr -> f32
                %v2029 = arith.mulf %v2028, %v1047 fastmath<contract> : f32
                %v2030 = arith.addf %v2029, %v2027 fastmath<contract> : f32
                %v2031 = arith.mulf %v1116, %v2025 fastmath<contract> : f32
                %v2032 = arith.mulf %v2028, %v1084 fastmath<contract> : f32
                %v2033 = arith.addf %v2032, %v2031 fastmath<contract> : f32
                %v2034 = arith.mulf %v1117, %v2025 fastmath<contract> : f32
                %v2035 = arith.mulf %v2028, %v1085 fastmath<contract> : f32
                %v2036 = arith.addf %v2035, %v2034 fastmath<contract> : f32
                %v2037 = arith.constant 6 : i64
                %v2038 = llvm.getelementptr %in_C_im[%v2037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2039 = llvm.load %v2038 : !llvm.ptr -> f32
                %v2040 = arith.mulf %v2039, %v1802 fastmath<contract> : f32
                %v2041 = arith.constant 1 : i64
                %v2042 = arith.muli %v2041, %v2 : i64
                %v2043 = arith.constant 6 : i64
                %v2044 = arith.addi %v2042, %v2043 : i64
                %v2045 = llvm.getelementptr %in_C_im[%v2044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2046 = llvm.load %v2045 : !llvm.ptr -> f32
                %v2047 = arith.mulf %v2046, %v1808 fastmath<contract> : f32
                %v2048 = arith.addf %v2040, %v2047 fastmath<contract> : f32
                %v2049 = arith.constant 2 : i64
                %v2050 = arith.muli %v2049, %v2 : i64
                %v2051 = arith.constant 6 : i64
                %v2052 = arith.addi %v2050, %v2051 : i64
                %v2053 = llvm.getelementptr %in_C_im[%v2052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2054 = llvm.load %v2053 : !llvm.ptr -> f32
                %v2055 = arith.mulf %v2054, %v1815 fastmath<contract> : f32
                %v2056 = arith.addf %v2048, %v2055 fastmath<contract> : f32
                %v2057 = arith.constant 3 : i64
                %v2058 = arith.muli %v2057, %v2 : i64
                %v2059 = arith.constant 6 : i64
                %v2060 = arith.addi %v2058, %v2059 : i64
                %v2061 = llvm.getelementptr %in_C_im[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2062 = llvm.load %v2061 : !llvm.ptr -> f32
                %v2063 = arith.mulf %v2062, %v1822 fastmath<contract> : f32
                %v2064 = arith.addf %v2056, %v2063 fastmath<contract> : f32
                %v2065 = llvm.load %v233 : !llvm.ptr -> f32
                %v2066 = arith.mulf %v2065, %v1064 fastmath<contract> : f32
                %v2067 = arith.addf %v2064, %v2066 fastmath<contract> : f32
                %v2068 = llvm.load %v296 : !llvm.ptr -> f32
                %v2069 = arith.mulf %v2068, %v1048 fastmath<contract> : f32
                %v2070 = arith.addf %v2069, %v2067 fastmath<contract> : f32
                %v2071 = arith.mulf %v1118, %v2065 fastmath<contract> : f32
                %v2072 = arith.mulf %v2068, %v1086 fastmath<contract> : f32
                %v2073 = arith.addf %v2072, %v2071 fastmath<contract> : f32
                %v2074 = arith.mulf %v1119, %v2065 fastmath<contract> : f32
                %v2075 = arith.mulf %v2068, %v1087 fastmath<contract> : f32
                %v2076 = arith.addf %v2075, %v2074 fastmath<contract> : f32
                %v2077 = arith.constant 7 : i64
                %v2078 = llvm.getelementptr %in_C_im[%v2077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2079 = llvm.load %v2078 : !llvm.ptr -> f32
                %v2080 = arith.mulf %v2079, %v1802 fastmath<contract> : f32
                %v2081 = arith.constant 1 : i64
                %v2082 = arith.muli %v2081, %v2 : i64
                %v2083 = arith.constant 7 : i64
                %v2084 = arith.addi %v2082, %v2083 : i64
                %v2085 = llvm.getelementptr %in_C_im[%v2084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2086 = llvm.load %v2085 : !llvm.ptr -> f32
                %v2087 = arith.mulf %v2086, %v1808 fastmath<contract> : f32
                %v2088 = arith.addf %v2080, %v2087 fastmath<contract> : f32
                %v2089 = arith.constant 2 : i64
                %v2090 = arith.muli %v2089, %v2 : i64
                %v2091 = arith.constant 7 : i64
                %v2092 = arith.addi %v2090, %v2091 : i64
                %v2093 = llvm.getelementptr %in_C_im[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2094 = llvm.load %v2093 : !llvm.ptr -> f32
                %v2095 = arith.mulf %v2094, %v1815 fastmath<contract> : f32
                %v2096 = arith.addf %v2088, %v2095 fastmath<contract> : f32
                %v2097 = arith.constant 3 : i64
                %v2098 = arith.muli %v2097, %v2 : i64
                %v2099 = arith.constant 7 : i64
                %v2100 = arith.addi %v2098, %v2099 : i64
                %v2101 = llvm.getelementptr %in_C_im[%v2100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2102 = llvm.load %v2101 : !llvm.ptr -> f32
                %v2103 = arith.mulf %v2102, %v1822 fastmath<contract> : f32
                %v2104 = arith.addf %v2096, %v2103 fastmath<contract> : f32
                %v2105 = llvm.load %v235 : !llvm.ptr -> f32
                %v2106 = arith.mulf %v2105, %v1065 fastmath<contract> : f32
                %v2107 = arith.addf %v2104, %v2106 fastmath<contract> : f32
                %v2108 = llvm.load %v298 : !llvm.ptr -> f32
                %v2109 = arith.mulf %v2108, %v1049 fastmath<contract> : f32
                %v2110 = arith.addf %v2109, %v2107 fastmath<contract> : f32
                %v2111 = arith.mulf %v1120, %v2105 fastmath<contract> : f32
                %v2112 = arith.mulf %v2108, %v1088 fastmath<contract> : f32
                %v2113 = arith.addf %v2112, %v2111 fastmath<contract> : f32
                %v2114 = arith.mulf %v1121, %v2105 fastmath<contract> : f32
                %v2115 = arith.mulf %v2108, %v1089 fastmath<contract> : f32
                %v2116 = arith.addf %v2115, %v2114 fastmath<contract> : f32
                %v2117 = arith.constant 8 : i64
                %v2118 = llvm.getelementptr %in_C_im[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
                %v2120 = arith.mulf %v2119, %v1802 fastmath<contract> : f32
                %v2121 = arith.constant 1 : i64
                %v2122 = arith.muli %v2121, %v2 : i64
                %v2123 = arith.constant 8 : i64
                %v2124 = arith.addi %v2122, %v2123 : i64
                %v2125 = llvm.getelementptr %in_C_im[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2126 = llvm.load %v2125 : !llvm.ptr -> f32
                %v2127 = arith.mulf %v2126, %v1808 fastmath<contract> : f32
                %v2128 = arith.addf %v2120, %v2127 fastmath<contract> : f32
                %v2129 = arith.constant 2 : i64
                %v2130 = arith.muli %v2129, %v2 : i64
                %v2131 = arith.constant 8 : i64
                %v2132 = arith.addi %v2130, %v2131 : i64
                %v2133 = llvm.getelementptr %in_C_im[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
                %v2135 = arith.mulf %v2134, %v1815 fastmath<contract> : f32
                %v2136 = arith.addf %v2128, %v2135 fastmath<contract> : f32
                %v2137 = arith.constant 3 : i64
                %v2138 = arith.muli %v2137, %v2 : i64
                %v2139 = arith.constant 8 : i64
                %v2140 = arith.addi %v2138, %v2139 : i64
                %v2141 = llvm.getelementptr %in_C_im[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2142 = llvm.load %v2141 : !llvm.ptr -> f32
                %v2143 = arith.mulf %v2142, %v1822 fastmath<contract> : f32
                %v2144 = arith.addf %v2136, %v2143 fastmath<contract> : f32
                %v2145 = llvm.load %v237 : !llvm.ptr -> f32
                %v2146 = arith.mulf %v2145, %v1066 fastmath<contract> : f32
                %v2147 = arith.addf %v2144, %v2146 fastmath<contract> : f32
                %v2148 = llvm.load %v300 : !llvm.ptr -> f32
                %v2149 = arith.mulf %v2148, %v1050 fastmath<contract> : f32
                %v2150 = arith.addf %v2149, %v2147 fastmath<contract> : f32
                %v2151 = arith.mulf %v1122, %v2145 fastmath<contract> : f32
                %v2152 = arith.mulf %v2148, %v1090 fastmath<contract> : f32
                %v2153 = arith.addf %v2152, %v2151 fastmath<contract> : f32
                %v2154 = arith.mulf %v1123, %v2145 fastmath<contract> : f32
                %v2155 = arith.mulf %v2148, %v1091 fastmath<contract> : f32
                %v2156 = arith.addf %v2155, %v2154 fastmath<contract> : f32
                %v2157 = arith.constant 9 : i64
                %v2158 = llvm.getelementptr %in_C_im[%v2157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2159 = llvm.load %v2158 : !llvm.ptr -> f32
                %v2160 = arith.mulf %v2159, %v1802 fastmath<contract> : f32
                %v2161 = arith.constant 1 : i64
                %v2162 = arith.muli %v2161, %v2 : i64
                %v2163 = arith.constant 9 : i64
                %v2164 = arith.addi %v2162, %v2163 : i64
                %v2165 = llvm.getelementptr %in_C_im[%v2164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
                %v2167 = arith.mulf %v2166, %v1808 fastmath<contract> : f32
                %v2168 = arith.addf %v2160, %v2167 fastmath<contract> : f32
                %v2169 = arith.constant 2 : i64
                %v2170 = arith.muli %v2169, %v2 : i64
                %v2171 = arith.constant 9 : i64
                %v2172 = arith.addi %v2170, %v2171 : i64
                %v2173 = llvm.getelementptr %in_C_im[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2174 = llvm.load %v2173 : !llvm.ptr -> f32
                %v2175 = arith.mulf %v2174, %v1815 fastmath<contract> : f32
                %v2176 = arith.addf %v2168, %v2175 fastmath<contract> : f32
                %v2177 = arith.constant 3 : i64
                %v2178 = arith.muli %v2177, %v2 : i64
                %v2179 = arith.constant 9 : i64
                %v2180 = arith.addi %v2178, %v2179 : i64
                %v2181 = llvm.getelementptr %in_C_im[%v2180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2182 = llvm.load %v2181 : !llvm.ptr -> f32
                %v2183 = arith.mulf %v2182, %v1822 fastmath<contract> : f32
                %v2184 = arith.addf %v2176, %v2183 fastmath<contract> : f32
                %v2185 = llvm.load %v239 : !llvm.ptr -> f32
                %v2186 = arith.mulf %v2185, %v1067 fastmath<contract> : f32
                %v2187 = arith.addf %v2184, %v2186 fastmath<contract> : f32
                %v2188 = llvm.load %v302 : !llvm.ptr -> f32
                %v2189 = arith.mulf %v2188, %v1051 fastmath<contract> : f32
                %v2190 = arith.addf %v2189, %v2187 fastmath<contract> : f32
                %v2191 = arith.mulf %v1124, %v2185 fastmath<contract> : f32
                %v2192 = arith.mulf %v2188, %v1092 fastmath<contract> : f32
                %v2193 = arith.addf %v2192, %v2191 fastmath<contract> : f32
                %v2194 = arith.mulf %v1125, %v2185 fastmath<contract> : f32
                %v2195 = arith.mulf %v2188, %v1093 fastmath<contract> : f32
                %v2196 = arith.addf %v2195, %v2194 fastmath<contract> : f32
                %v2197 = arith.constant 10 : i64
                %v2198 = llvm.getelementptr %in_C_im[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
                %v2200 = arith.mulf %v2199, %v1802 fastmath<contract> : f32
                %v2201 = arith.constant 1 : i64
                %v2202 = arith.muli %v2201, %v2 : i64
                %v2203 = arith.constant 10 : i64
                %v2204 = arith.addi %v2202, %v2203 : i64
                %v2205 = llvm.getelementptr %in_C_im[%v2204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2206 = llvm.load %v2205 : !llvm.ptr -> f32
                %v2207 = arith.mulf %v2206, %v1808 fastmath<contract> : f32
                %v2208 = arith.addf %v2200, %v2207 fastmath<contract> : f32
                %v2209 = arith.constant 2 : i64
                %v2210 = arith.muli %v2209, %v2 : i64
                %v2211 = arith.constant 10 : i64
                %v2212 = arith.addi %v2210, %v2211 : i64
                %v2213 = llvm.getelementptr %in_C_im[%v2212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
                %v2215 = arith.mulf %v2214, %v1815 fastmath<contract> : f32
                %v2216 = arith.addf %v2208, %v2215 fastmath<contract> : f32
                %v2217 = arith.constant 3 : i64
                %v2218 = arith.muli %v2217, %v2 : i64
                %v2219 = arith.constant 10 : i64
                %v2220 = arith.addi %v2218, %v2219 : i64
                %v2221 = llvm.getelementptr %in_C_im[%v2220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2222 = llvm.load %v2221 : !llvm.ptr -> f32
                %v2223 = arith.mulf %v2222, %v1822 fastmath<contract> : f32
                %v2224 = arith.addf %v2216, %v2223 fastmath<contract> : f32
                %v2225 = llvm.load %v241 : !llvm.ptr -> f32
                %v2226 = arith.mulf %v2225, %v1068 fastmath<contract> : f32
                %v2227 = arith.addf %v2224, %v2226 fastmath<contract> : f32
                %v2228 = llvm.load %v304 : !llvm.ptr -> f32
                %v2229 = arith.mulf %v2228, %v1052 fastmath<contract> : f32
                %v2230 = arith.addf %v2229, %v2227 fastmath<contract> : f32
                %v2231 = arith.mulf %v1126, %v2225 fastmath<contract> : f32
                %v2232 = arith.mulf %v2228, %v1094 fastmath<contract> : f32
                %v2233 = arith.addf %v2232, %v2231 fastmath<contract> : f32
                %v2234 = arith.mulf %v1127, %v2225 fastmath<contract> : f32
                %v2235 = arith.mulf %v2228, %v1095 fastmath<contract> : f32
                %v2236 = arith.addf %v2235, %v2234 fastmath<contract> : f32
                %v2237 = arith.constant 11 : i64
                %v2238 = llvm.getelementptr %in_C_im[%v2237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2239 = llvm.load %v2238 : !llvm.ptr -> f32
                %v2240 = arith.mulf %v2239, %v1802 fastmath<contract> : f32
                %v2241 = arith.constant 1 : i64
                %v2242 = arith.muli %v2241, %v2 : i64
                %v2243 = arith.constant 11 : i64
                %v2244 = arith.addi %v2242, %v2243 : i64
                %v2245 = llvm.getelementptr %in_C_im[%v2244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2246 = llvm.load %v2245 : !llvm.ptr -> f32
                %v2247 = arith.mulf %v2246, %v1808 fastmath<contract> : f32
                %v2248 = arith.addf %v2240, %v2247 fastmath<contract> : f32
                %v2249 = arith.constant 2 : i64
                %v2250 = arith.muli %v2249, %v2 : i64
                %v2251 = arith.constant 11 : i64
                %v2252 = arith.addi %v2250, %v2251 : i64
                %v2253 = llvm.getelementptr %in_C_im[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2254 = llvm.load %v2253 : !llvm.ptr -> f32
                %v2255 = arith.mulf %v2254, %v1815 fastmath<contract> : f32
                %v2256 = arith.addf %v2248, %v2255 fastmath<contract> : f32
                %v2257 = arith.constant 3 : i64
                %v2258 = arith.muli %v2257, %v2 : i64
                %v2259 = arith.constant 11 : i64
                %v2260 = arith.addi %v2258, %v2259 : i64
                %v2261 = llvm.getelementptr %in_C_im[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2262 = llvm.load %v2261 : !llvm.ptr -> f32
                %v2263 = arith.mulf %v2262, %v1822 fastmath<contract> : f32
                %v2264 = arith.addf %v2256, %v2263 fastmath<contract> : f32
                %v2265 = llvm.load %v243 : !llvm.ptr -> f32
                %v2266 = arith.mulf %v2265, %v1069 fastmath<contract> : f32
                %v2267 = arith.addf %v2264, %v2266 fastmath<contract> : f32
                %v2268 = llvm.load %v306 : !llvm.ptr -> f32
                %v2269 = arith.mulf %v2268, %v1053 fastmath<contract> : f32
                %v2270 = arith.addf %v2269, %v2267 fastmath<contract> : f32
                %v2271 = arith.mulf %v1128, %v2265 fastmath<contract> : f32
                %v2272 = arith.mulf %v2268, %v1096 fastmath<contract> : f32
                %v2273 = arith.addf %v2272, %v2271 fastmath<contract> : f32
                %v2274 = arith.mulf %v1129, %v2265 fastmath<contract> : f32
                %v2275 = arith.mulf %v2268, %v1097 fastmath<contract> : f32
                %v2276 = arith.addf %v2275, %v2274 fastmath<contract> : f32
                %v2277 = arith.constant 12 : i64
                %v2278 = llvm.getelementptr %in_C_im[%v2277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2279 = llvm.load %v2278 : !llvm.ptr -> f32
                %v2280 = arith.mulf %v2279, %v1802 fastmath<contract> : f32
                %v2281 = arith.constant 1 : i64
                %v2282 = arith.muli %v2281, %v2 : i64
                %v2283 = arith.constant 12 : i64
                %v2284 = arith.addi %v2282, %v2283 : i64
                %v2285 = llvm.getelementptr %in_C_im[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2286 = llvm.load %v2285 : !llvm.ptr -> f32
                %v2287 = arith.mulf %v2286, %v1808 fastmath<contract> : f32
                %v2288 = arith.addf %v2280, %v2287 fastmath<contract> : f32
                %v2289 = arith.constant 2 : i64
                %v2290 = arith.muli %v2289, %v2 : i64
                %v2291 = arith.constant 12 : i64
                %v2292 = arith.addi %v2290, %v2291 : i64
                %v2293 = llvm.getelementptr %in_C_im[%v2292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2294 = llvm.load %v2293 : !llvm.ptr -> f32
                %v2295 = arith.mulf %v2294, %v1815 fastmath<contract> : f32
                %v2296 = arith.addf %v2288, %v2295 fastmath<contract> : f32
                %v2297 = arith.constant 3 : i64
                %v2298 = arith.muli %v2297, %v2 : i64
                %v2299 = arith.constant 12 : i64
                %v2300 = arith.addi %v2298, %v2299 : i64
                %v2301 = llvm.getelementptr %in_C_im[%v2300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2302 = llvm.load %v2301 : !llvm.ptr -> f32
                %v2303 = arith.mulf %v2302, %v1822 fastmath<contract> : f32
                %v2304 = arith.addf %v2296, %v2303 fastmath<contract> : f32
                %v2305 = llvm.load %v245 : !llvm.ptr -> f32
                %v2306 = arith.mulf %v2305, %v1070 fastmath<contract> : f32
                %v2307 = arith.addf %v2304, %v2306 fastmath<contract> : f32
                %v2308 = llvm.load %v308 : !llvm.ptr -> f32
                %v2309 = arith.mulf %v2308, %v1054 fastmath<contract> : f32
                %v2310 = arith.addf %v2309, %v2307 fastmath<contract> : f32
                %v2311 = arith.mulf %v1130, %v2305 fastmath<contract> : f32
                %v2312 = arith.mulf %v2308, %v1098 fastmath<contract> : f32
                %v2313 = arith.addf %v2312, %v2311 fastmath<contract> : f32
                %v2314 = arith.mulf %v1131, %v2305 fastmath<contract> : f32
                %v2315 = arith.mulf %v2308, %v1099 fastmath<contract> : f32
                %v2316 = arith.addf %v2315, %v2314 fastmath<contract> : f32
                %v2317 = arith.constant 13 : i64
                %v2318 = llvm.getelementptr %in_C_im[%v2317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2319 = llvm.load %v2318 : !llvm.ptr -> f32
                %v2320 = arith.mulf %v2319, %v1802 fastmath<contract> : f32
                %v2321 = arith.constant 1 : i64
                %v2322 = arith.muli %v2321, %v2 : i64
                %v2323 = arith.constant 13 : i64
                %v2324 = arith.addi %v2322, %v2323 : i64
                %v2325 = llvm.getelementptr %in_C_im[%v2324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2326 = llvm.load %v2325 : !llvm.ptr -> f32
                %v2327 = arith.mulf %v2326, %v1808 fastmath<contract> : f32
                %v2328 = arith.addf %v2320, %v2327 fastmath<contract> : f32
                %v2329 = arith.constant 2 : i64
                %v2330 = arith.muli %v2329, %v2 : i64
                %v2331 = arith.constant 13 : i64
                %v2332 = arith.addi %v2330, %v2331 : i64
                %v2333 = llvm.getelementptr %in_C_im[%v2332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2334 = llvm.load %v2333 : !llvm.ptr -> f32
                %v2335 = arith.mulf %v2334, %v1815 fastmath<contract> : f32
                %v2336 = arith.addf %v2328, %v2335 fastmath<contract> : f32
                %v2337 = arith.constant 3 : i64
                %v2338 = arith.muli %v2337, %v2 : i64
                %v2339 = arith.constant 13 : i64
                %v2340 = arith.addi %v2338, %v2339 : i64
                %v2341 = llvm.getelementptr %in_C_im[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2342 = llvm.load %v2341 : !llvm.ptr -> f32
                %v2343 = arith.mulf %v2342, %v1822 fastmath<contract> : f32
                %v2344 = arith.addf %v2336, %v2343 fastmath<contract> : f32
                %v2345 = llvm.load %v247 : !llvm.ptr -> f32
                %v2346 = arith.mulf %v2345, %v1071 fastmath<contract> : f32
                %v2347 = arith.addf %v2344, %v2346 fastmath<contract> : f32
                %v2348 = llvm.load %v310 : !llvm.ptr -> f32
                %v2349 = arith.mulf %v2348, %v1055 fastmath<contract> : f32
                %v2350 = arith.addf %v2349, %v2347 fastmath<contract> : f32
                %v2351 = arith.mulf %v1132, %v2345 fastmath<contract> : f32
                %v2352 = arith.mulf %v2348, %v1100 fastmath<contract> : f32
                %v2353 = arith.addf %v2352, %v2351 fastmath<contract> : f32
                %v2354 = arith.mulf %v1133, %v2345 fastmath<contract> : f32
                %v2355 = arith.mulf %v2348, %v1101 fastmath<contract> : f32
                %v2356 = arith.addf %v2355, %v2354 fastmath<contract> : f32
                %v2357 = arith.constant 14 : i64
                %v2358 = llvm.getelementptr %in_C_im[%v2357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2359 = llvm.load %v2358 : !llvm.ptr -> f32
                %v2360 = arith.mulf %v2359, %v1802 fastmath<contract> : f32
                %v2361 = arith.constant 1 : i64
                %v2362 = arith.muli %v2361, %v2 : i64
                %v2363 = arith.constant 14 : i64
                %v2364 = arith.addi %v2362, %v2363 : i64
                %v2365 = llvm.getelementptr %in_C_im[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2366 = llvm.load %v2365 : !llvm.ptr -> f32
                %v2367 = arith.mulf %v2366, %v1808 fastmath<contract> : f32
                %v2368 = arith.addf %v2360, %v2367 fastmath<contract> : f32
                %v2369 = arith.constant 2 : i64
                %v2370 = arith.muli %v2369, %v2 : i64
                %v2371 = arith.constant 14 : i64
                %v2372 = arith.addi %v2370, %v2371 : i64
                %v2373 = llvm.getelementptr %in_C_im[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2374 = llvm.load %v2373 : !llvm.ptr -> f32
                %v2375 = arith.mulf %v2374, %v1815 fastmath<contract> : f32
                %v2376 = arith.addf %v2368, %v2375 fastmath<contract> : f32
                %v2377 = arith.constant 3 : i64
                %v2378 = arith.muli %v2377, %v2 : i64
                %v2379 = arith.constant 14 : i64
                %v2380 = arith.addi %v2378, %v2379 : i64
                %v2381 = llvm.getelementptr %in_C_im[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
                %v2383 = arith.mulf %v2382, %v1822 fastmath<contract> : f32
                %v2384 = arith.addf %v2376, %v2383 fastmath<contract> : f32
                %v2385 = llvm.load %v249 : !llvm.ptr -> f32
                %v2386 = arith.mulf %v2385, %v1072 fastmath<contract> : f32
                %v2387 = arith.addf %v2384, %v2386 fastmath<contract> : f32
                %v2388 = llvm.load %v312 : !llvm.ptr -> f32
                %v2389 = arith.mulf %v2388, %v1056 fastmath<contract> : f32
                %v2390 = arith.addf %v2389, %v2387 fastmath<contract> : f32
                %v2391 = arith.mulf %v1134, %v2385 fastmath<contract> : f32
                %v2392 = arith.mulf %v2388, %v1102 fastmath<contract> : f32
                %v2393 = arith.addf %v2392, %v2391 fastmath<contract> : f32
                %v2394 = arith.mulf %v1135, %v2385 fastmath<contract> : f32
                %v2395 = arith.mulf %v2388, %v1103 fastmath<contract> : f32
                %v2396 = arith.addf %v2395, %v2394 fastmath<contract> : f32
                %v2397 = arith.constant 15 : i64
                %v2398 = llvm.getelementptr %in_C_im[%v2397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2399 = llvm.load %v2398 : !llvm.ptr -> f32
                %v2400 = arith.mulf %v2399, %v1802 fastmath<contract> : f32
                %v2401 = arith.constant 1 : i64
                %v2402 = arith.muli %v2401, %v2 : i64
                %v2403 = arith.constant 15 : i64
                %v2404 = arith.addi %v2402, %v2403 : i64
                %v2405 = llvm.getelementptr %in_C_im[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2406 = llvm.load %v2405 : !llvm.ptr -> f32
                %v2407 = arith.mulf %v2406, %v1808 fastmath<contract> : f32
                %v2408 = arith.addf %v2400, %v2407 fastmath<contract> : f32
                %v2409 = arith.constant 2 : i64
                %v2410 = arith.muli %v2409, %v2 : i64
                %v2411 = arith.constant 15 : i64
                %v2412 = arith.addi %v2410, %v2411 : i64
                %v2413 = llvm.getelementptr %in_C_im[%v2412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2414 = llvm.load %v2413 : !llvm.ptr -> f32
                %v2415 = arith.mulf %v2414, %v1815 fastmath<contract> : f32
                %v2416 = arith.addf %v2408, %v2415 fastmath<contract> : f32
                %v2417 = arith.constant 3 : i64
                %v2418 = arith.muli %v2417, %v2 : i64
                %v2419 = arith.constant 15 : i64
                %v2420 = arith.addi %v2418, %v2419 : i64
                %v2421 = llvm.getelementptr %in_C_im[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2422 = llvm.load %v2421 : !llvm.ptr -> f32
                %v2423 = arith.mulf %v2422, %v1822 fastmath<contract> : f32
                %v2424 = arith.addf %v2416, %v2423 fastmath<contract> : f32
                %v2425 = llvm.load %v250 : !llvm.ptr -> f32
                %v2426 = arith.mulf %v2425, %v1073 fastmath<contract> : f32
                %v2427 = arith.addf %v2424, %v2426 fastmath<contract> : f32
                %v2428 = llvm.load %v314 : !llvm.ptr -> f32
                %v2429 = arith.mulf %v2428, %v1057 fastmath<contract> : f32
                %v2430 = arith.addf %v2429, %v2427 fastmath<contract> : f32
                %v2431 = arith.mulf %v1136, %v2425 fastmath<contract> : f32
                %v2432 = arith.mulf %v2428, %v1104 fastmath<contract> : f32
                %v2433 = arith.addf %v2432, %v2431 fastmath<contract> : f32
                %v2434 = arith.mulf %v1137, %v2425 fastmath<contract> : f32
                %v2435 = arith.mulf %v2428, %v1105 fastmath<contract> : f32
                %v2436 = arith.addf %v2435, %v2434 fastmath<contract> : f32
                llvm.store %v1192, %v128 : f32, !llvm.ptr
                llvm.store %v1195, %v931 : f32, !llvm.ptr
                llvm.store %v1198, %v932 : f32, !llvm.ptr
                llvm.store %v1232, %v129 : f32, !llvm.ptr
                llvm.store %v1235, %v933 : f32, !llvm.ptr
                llvm.store %v1238, %v934 : f32, !llvm.ptr
                llvm.store %v1272, %v131 : f32, !llvm.ptr
                llvm.store %v1275, %v935 : f32, !llvm.ptr
                llvm.store %v1278, %v936 : f32, !llvm.ptr
                llvm.store %v1312, %v133 : f32, !llvm.ptr
                llvm.store %v1315, %v937 : f32, !llvm.ptr
                llvm.store %v1318, %v938 : f32, !llvm.ptr
                llvm.store %v1352, %v134 : f32, !llvm.ptr
                llvm.store %v1355, %v939 : f32, !llvm.ptr
                llvm.store %v1358, %v940 : f32, !llvm.ptr
                llvm.store %v1392, %v136 : f32, !llvm.ptr
                llvm.store %v1395, %v941 : f32, !llvm.ptr
                llvm.store %v1398, %v942 : f32, !llvm.ptr
                llvm.store %v1432, %v138 : f32, !llvm.ptr
                llvm.store %v1435, %v943 : f32, !llvm.ptr
                llvm.store %v1438, %v944 : f32, !llvm.ptr
                llvm.store %v1472, %v140 : f32, !llvm.ptr
                llvm.store %v1475, %v945 : f32, !llvm.ptr
                llvm.store %v1478, %v946 : f32, !llvm.ptr
                llvm.store %v1512, %v142 : f32, !llvm.ptr
                llvm.store %v1515, %v947 : f32, !llvm.ptr
                llvm.store %v1518, %v948 : f32, !llvm.ptr
                llvm.store %v1552, %v144 : f32, !llvm.ptr
                llvm.store %v1555, %v949 : f32, !llvm.ptr
                llvm.store %v1558, %v950 : f32, !llvm.ptr
                llvm.store %v1592, %v146 : f32, !llvm.ptr
                llvm.store %v1595, %v951 : f32, !llvm.ptr
                llvm.store %v1598, %v952 : f32, !llvm.ptr
                llvm.store %v1632, %v148 : f32, !llvm.ptr
                llvm.store %v1635, %v953 : f32, !llvm.ptr
                llvm.store %v1638, %v954 : f32, !llvm.ptr
                llvm.store %v1672, %v150 : f32, !llvm.ptr
                llvm.store %v1675, %v955 : f32, !llvm.ptr
                llvm.store %v1678, %v956 : f32, !llvm.ptr
                llvm.store %v1712, %v152 : f32, !llvm.ptr
                llvm.store %v1715, %v957 : f32, !llvm.ptr
                llvm.store %v1718, %v958 : f32, !llvm.ptr
                llvm.store %v1752, %v154 : f32, !llvm.ptr
                llvm.store %v1755, %v959 : f32, !llvm.ptr
                llvm.store %v1758, %v960 : f32, !llvm.ptr
                llvm.store %v1792, %v156 : f32, !llvm.ptr
                llvm.store %v1795, %v961 : f32, !llvm.ptr
                llvm.store %v1798, %v962 : f32, !llvm.ptr
                llvm.store %v1830, %v157 : f32, !llvm.ptr
                llvm.store %v1833, %v963 : f32, !llvm.ptr
                llvm.store %v1836, %v964 : f32, !llvm.ptr
                llvm.store %v1870, %v159 : f32, !llvm.ptr
                llvm.store %v1873, %v965 : f32, !llvm.ptr
                llvm.store %v1876, %v966 : f32, !llvm.ptr
                llvm.store %v1910, %v161 : f32, !llvm.ptr
                llvm.store %v1913, %v967 : f32, !llvm.ptr
                llvm.store %v1916, %v968 : f32, !llvm.ptr
                llvm.store %v1950, %v163 : f32, !llvm.ptr
                llvm.store %v1953, %v969 : f32, !llvm.ptr
                llvm.store %v1956, %v970 : f32, !llvm.ptr
                llvm.store %v1990, %v165 : f32, !llvm.ptr
                llvm.store %v1993, %v971 : f32, !llvm.ptr
                llvm.store %v1996, %v972 : f32, !llvm.ptr
                llvm.store %v2030, %v167 : f32, !llvm.ptr
                llvm.store %v2033, %v973 : f32, !llvm.ptr
                llvm.store %v2036, %v974 : f32, !llvm.ptr
                llvm.store %v2070, %v169 : f32, !llvm.ptr
                llvm.store %v2073, %v975 : f32, !llvm.ptr
                llvm.store %v2076, %v976 : f32, !llvm.ptr
                llvm.store %v2110, %v171 : f32, !llvm.ptr
                llvm.store %v2113, %v977 : f32, !llvm.ptr
                llvm.store %v2116, %v978 : f32, !llvm.ptr
                llvm.store %v2150, %v173 : f32, !llvm.ptr
                llvm.store %v2153, %v979 : f32, !llvm.ptr
                llvm.store %v2156, %v980 : f32, !llvm.ptr
                llvm.store %v2190, %v175 : f32, !llvm.ptr
                llvm.store %v2193, %v981 : f32, !llvm.ptr
                llvm.store %v2196, %v982 : f32, !llvm.ptr
                llvm.store %v2230, %v177 : f32, !llvm.ptr
                llvm.store %v2233, %v983 : f32, !llvm.ptr
                llvm.store %v2236, %v984 : f32, !llvm.ptr
                llvm.store %v2270, %v179 : f32, !llvm.ptr
                llvm.store %v2273, %v985 : f32, !llvm.ptr
                llvm.store %v2276, %v986 : f32, !llvm.ptr
                llvm.store %v2310, %v181 : f32, !llvm.ptr
                llvm.store %v2313, %v987 : f32, !llvm.ptr
                llvm.store %v2316, %v988 : f32, !llvm.ptr
                llvm.store %v2350, %v183 : f32, !llvm.ptr
                llvm.store %v2353, %v989 : f32, !llvm.ptr
                llvm.store %v2356, %v990 : f32, !llvm.ptr
                llvm.store %v2390, %v185 : f32, !llvm.ptr
                llvm.store %v2393, %v991 : f32, !llvm.ptr
                llvm.store %v2396, %v992 : f32, !llvm.ptr
                llvm.store %v2430, %v187 : f32, !llvm.ptr
                llvm.store %v2433, %v993 : f32, !llvm.ptr
                llvm.store %v2436, %v994 : f32, !llvm.ptr
                scf.if %v1040 {
                }
                %v2437 = arith.constant 0 : i64
                %v2438 = llvm.getelementptr %in_lam_re[%v2437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2439 = llvm.load %v2438 : !llvm.ptr -> f32
                %v2440 = arith.constant 0 : i64
                %v2441 = llvm.getelementptr %in_log_dt[%v2440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2442 = llvm.load %v2441 : !llvm.ptr -> f32
                %v2444 = arith.mulf %v2442, %v2443 fastmath<contract> : f32
                %v2445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2444) : (f32) -> f32
                %v2446 = arith.mulf %v2439, %v2445 fastmath<contract> : f32
                %v2447 = arith.mulf %v2446, %v2443 fastmath<contract> : f32
                %v2448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2447) : (f32) -> f32
                %v2449 = arith.constant 0 : i64
                %v2450 = llvm.getelementptr %in_lam_im[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2451 = llvm.load %v2450 : !llvm.ptr -> f32
                %v2452 = arith.mulf %v2451, %v2445 fastmath<contract> : f32
                %v2454 = arith.mulf %v2452, %v2453 fastmath<contract> : f32
                %v2455 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2454) : (f32) -> f32
                %v2458 = arith.mulf %v2455, %v2456 fastmath<contract> : f32
                %v2459 = arith.subf %v2452, %v2458 fastmath<contract> : f32
                %v2460 = arith.mulf %v2455, %v2457 fastmath<contract> : f32
                %v2461 = arith.subf %v2459, %v2460 fastmath<contract> : f32
                %v2462 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2461) : (f32) -> f32
                %v2463 = arith.mulf %v2448, %v2462 fastmath<contract> : f32
                llvm.store %v2463, %v189 : f32, !llvm.ptr
                %v2464 = arith.mulf %v2452, %v2453 fastmath<contract> : f32
                %v2465 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2464) : (f32) -> f32
                %v2466 = arith.mulf %v2465, %v2456 fastmath<contract> : f32
                %v2467 = arith.subf %v2452, %v2466 fastmath<contract> : f32
                %v2468 = arith.mulf %v2465, %v2457 fastmath<contract> : f32
                %v2469 = arith.subf %v2467, %v2468 fastmath<contract> : f32
                %v2470 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2469) : (f32) -> f32
                %v2471 = arith.mulf %v2448, %v2470 fastmath<contract> : f32
                llvm.store %v2471, %v252 : f32, !llvm.ptr
                %v2472 = arith.constant 1 : i64
                %v2473 = llvm.getelementptr %in_lam_re[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2474 = llvm.load %v2473 : !llvm.ptr -> f32
                %v2475 = arith.constant 1 : i64
                %v2476 = llvm.getelementptr %in_log_dt[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
                %v2478 = arith.mulf %v2477, %v2443 fastmath<contract> : f32
                %v2479 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2478) : (f32) -> f32
                %v2480 = arith.mulf %v2474, %v2479 fastmath<contract> : f32
                %v2481 = arith.mulf %v2480, %v2443 fastmath<contract> : f32
                %v2482 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2481) : (f32) -> f32
                %v2483 = arith.constant 1 : i64
                %v2484 = llvm.getelementptr %in_lam_im[%v2483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2485 = llvm.load %v2484 : !llvm.ptr -> f32
                %v2486 = arith.mulf %v2485, %v2479 fastmath<contract> : f32
                %v2487 = arith.mulf %v2486, %v2453 fastmath<contract> : f32
                %v2488 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2487) : (f32) -> f32
                %v2489 = arith.mulf %v2488, %v2456 fastmath<contract> : f32
                %v2490 = arith.subf %v2486, %v2489 fastmath<contract> : f32
                %v2491 = arith.mulf %v2488, %v2457 fastmath<contract> : f32
                %v2492 = arith.subf %v2490, %v2491 fastmath<contract> : f32
                %v2493 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2492) : (f32) -> f32
                %v2494 = arith.mulf %v2482, %v2493 fastmath<contract> : f32
                llvm.store %v2494, %v191 : f32, !llvm.ptr
                %v2495 = arith.mulf %v2486, %v2453 fastmath<contract> : f32
                %v2496 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2495) : (f32) -> f32
                %v2497 = arith.mulf %v2496, %v2456 fastmath<contract> : f32
                %v2498 = arith.subf %v2486, %v2497 fastmath<contract> : f32
                %v2499 = arith.mulf %v2496, %v2457 fastmath<contract> : f32
                %v2500 = arith.subf %v2498, %v2499 fastmath<contract> : f32
                %v2501 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2500) : (f32) -> f32
                %v2502 = arith.mulf %v2482, %v2501 fastmath<contract> : f32
                llvm.store %v2502, %v254 : f32, !llvm.ptr
                %v2503 = arith.constant 2 : i64
                %v2504 = llvm.getelementptr %in_lam_re[%v2503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2505 = llvm.load %v2504 : !llvm.ptr -> f32
                %v2506 = arith.constant 2 : i64
                %v2507 = llvm.getelementptr %in_log_dt[%v2506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2508 = llvm.load %v2507 : !llvm.ptr -> f32
                %v2509 = arith.mulf %v2508, %v2443 fastmath<contract> : f32
                %v2510 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2509) : (f32) -> f32
                %v2511 = arith.mulf %v2505, %v2510 fastmath<contract> : f32
                %v2512 = arith.mulf %v2511, %v2443 fastmath<contract> : f32
                %v2513 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2512) : (f32) -> f32
                %v2514 = arith.constant 2 : i64
                %v2515 = llvm.getelementptr %in_lam_im[%v2514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2516 = llvm.load %v2515 : !llvm.ptr -> f32
                %v2517 = arith.mulf %v2516, %v2510 fastmath<contract> : f32
                %v2518 = arith.mulf %v2517, %v2453 fastmath<contract> : f32
                %v2519 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2518) : (f32) -> f32
                %v2520 = arith.mulf %v2519, %v2456 fastmath<contract> : f32
                %v2521 = arith.subf %v2517, %v2520 fastmath<contract> : f32
                %v2522 = arith.mulf %v2519, %v2457 fastmath<contract> : f32
                %v2523 = arith.subf %v2521, %v2522 fastmath<contract> : f32
                %v2524 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2523) : (f32) -> f32
                %v2525 = arith.mulf %v2513, %v2524 fastmath<contract> : f32
                llvm.store %v2525, %v193 : f32, !llvm.ptr
                %v2526 = arith.mulf %v2517, %v2453 fastmath<contract> : f32
                %v2527 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2526) : (f32) -> f32
                %v2528 = arith.mulf %v2527, %v2456 fastmath<contract> : f32
                %v2529 = arith.subf %v2517, %v2528 fastmath<contract> : f32
                %v2530 = arith.mulf %v2527, %v2457 fastmath<contract> : f32
                %v2531 = arith.subf %v2529, %v2530 fastmath<contract> : f32
                %v2532 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2531) : (f32) -> f32
                %v2533 = arith.mulf %v2513, %v2532 fastmath<contract> : f32
                llvm.store %v2533, %v256 : f32, !llvm.ptr
                %v2534 = arith.constant 3 : i64
                %v2535 = llvm.getelementptr %in_lam_re[%v2534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2536 = llvm.load %v2535 : !llvm.ptr -> f32
                %v2537 = arith.constant 3 : i64
                %v2538 = llvm.getelementptr %in_log_dt[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
                %v2540 = arith.mulf %v2539, %v2443 fastmath<contract> : f32
                %v2541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2540) : (f32) -> f32
                %v2542 = arith.mulf %v2536, %v2541 fastmath<contract> : f32
                %v2543 = arith.mulf %v2542, %v2443 fastmath<contract> : f32
                %v2544 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2543) : (f32) -> f32
                %v2545 = arith.constant 3 : i64
                %v2546 = llvm.getelementptr %in_lam_im[%v2545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2547 = llvm.load %v2546 : !llvm.ptr -> f32
                %v2548 = arith.mulf %v2547, %v2541 fastmath<contract> : f32
                %v2549 = arith.mulf %v2548, %v2453 fastmath<contract> : f32
                %v2550 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2549) : (f32) -> f32
                %v2551 = arith.mulf %v2550, %v2456 fastmath<contract> : f32
                %v2552 = arith.subf %v2548, %v2551 fastmath<contract> : f32
                %v2553 = arith.mulf %v2550, %v2457 fastmath<contract> : f32
                %v2554 = arith.subf %v2552, %v2553 fastmath<contract> : f32
                %v2555 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2554) : (f32) -> f32
                %v2556 = arith.mulf %v2544, %v2555 fastmath<contract> : f32
                llvm.store %v2556, %v195 : f32, !llvm.ptr
                %v2557 = arith.mulf %v2548, %v2453 fastmath<contract> : f32
                %v2558 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2557) : (f32) -> f32
                %v2559 = arith.mulf %v2558, %v2456 fastmath<contract> : f32
                %v2560 = arith.subf %v2548, %v2559 fastmath<contract> : f32
                %v2561 = arith.mulf %v2558, %v2457 fastmath<contract> : f32
                %v2562 = arith.subf %v2560, %v2561 fastmath<contract> : f32
                %v2563 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2562) : (f32) -> f32
                %v2564 = arith.mulf %v2544, %v2563 fastmath<contract> : f32
                llvm.store %v2564, %v258 : f32, !llvm.ptr
                %v2565 = arith.constant 4 : i64
                %v2566 = llvm.getelementptr %in_lam_re[%v2565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2567 = llvm.load %v2566 : !llvm.ptr -> f32
                %v2568 = arith.constant 4 : i64
                %v2569 = llvm.getelementptr %in_log_dt[%v2568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2570 = llvm.load %v2569 : !llvm.ptr -> f32
                %v2571 = arith.mulf %v2570, %v2443 fastmath<contract> : f32
                %v2572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2571) : (f32) -> f32
                %v2573 = arith.mulf %v2567, %v2572 fastmath<contract> : f32
                %v2574 = arith.mulf %v2573, %v2443 fastmath<contract> : f32
                %v2575 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2574) : (f32) -> f32
                %v2576 = arith.constant 4 : i64
                %v2577 = llvm.getelementptr %in_lam_im[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2578 = llvm.load %v2577 : !llvm.ptr -> f32
                %v2579 = arith.mulf %v2578, %v2572 fastmath<contract> : f32
                %v2580 = arith.mulf %v2579, %v2453 fastmath<contract> : f32
                %v2581 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2580) : (f32) -> f32
                %v2582 = arith.mulf %v2581, %v2456 fastmath<contract> : f32
                %v2583 = arith.subf %v2579, %v2582 fastmath<contract> : f32
                %v2584 = arith.mulf %v2581, %v2457 fastmath<contract> : f32
                %v2585 = arith.subf %v2583, %v2584 fastmath<contract> : f32
                %v2586 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2585) : (f32) -> f32
                %v2587 = arith.mulf %v2575, %v2586 fastmath<contract> : f32
                llvm.store %v2587, %v197 : f32, !llvm.ptr
                %v2588 = arith.mulf %v2579, %v2453 fastmath<contract> : f32
                %v2589 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2588) : (f32) -> f32
                %v2590 = arith.mulf %v2589, %v2456 fastmath<contract> : f32
                %v2591 = arith.subf %v2579, %v2590 fastmath<contract> : f32
                %v2592 = arith.mulf %v2589, %v2457 fastmath<contract> : f32
                %v2593 = arith.subf %v2591, %v2592 fastmath<contract> : f32
                %v2594 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2593) : (f32) -> f32
                %v2595 = arith.mulf %v2575, %v2594 fastmath<contract> : f32
                llvm.store %v2595, %v260 : f32, !llvm.ptr
                %v2596 = arith.constant 5 : i64
                %v2597 = llvm.getelementptr %in_lam_re[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2598 = llvm.load %v2597 : !llvm.ptr -> f32
                %v2599 = arith.constant 5 : i64
                %v2600 = llvm.getelementptr %in_log_dt[%v2599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2601 = llvm.load %v2600 : !llvm.ptr -> f32
                %v2602 = arith.mulf %v2601, %v2443 fastmath<contract> : f32
                %v2603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2602) : (f32) -> f32
                %v2604 = arith.mulf %v2598, %v2603 fastmath<contract> : f32
                %v2605 = arith.mulf %v2604, %v2443 fastmath<contract> : f32
                %v2606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2605) : (f32) -> f32
                %v2607 = arith.constant 5 : i64
                %v2608 = llvm.getelementptr %in_lam_im[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2609 = llvm.load %v2608 : !llvm.ptr -> f32
                %v2610 = arith.mulf %v2609, %v2603 fastmath<contract> : f32
                %v2611 = arith.mulf %v2610, %v2453 fastmath<contract> : f32
                %v2612 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2611) : (f32) -> f32
                %v2613 = arith.mulf %v2612, %v2456 fastmath<contract> : f32
                %v2614 = arith.subf %v2610, %v2613 fastmath<contract> : f32
                %v2615 = arith.mulf %v2612, %v2457 fastmath<contract> : f32
                %v2616 = arith.subf %v2614, %v2615 fastmath<contract> : f32
                %v2617 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2616) : (f32) -> f32
                %v2618 = arith.mulf %v2606, %v2617 fastmath<contract> : f32
                llvm.store %v2618, %v199 : f32, !llvm.ptr
                %v2619 = arith.mulf %v2610, %v2453 fastmath<contract> : f32
                %v2620 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2619) : (f32) -> f32
                %v2621 = arith.mulf %v2620, %v2456 fastmath<contract> : f32
                %v2622 = arith.subf %v2610, %v2621 fastmath<contract> : f32
                %v2623 = arith.mulf %v2620, %v2457 fastmath<contract> : f32
                %v2624 = arith.subf %v2622, %v2623 fastmath<contract> : f32
                %v2625 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2624) : (f32) -> f32
                %v2626 = arith.mulf %v2606, %v2625 fastmath<contract> : f32
                llvm.store %v2626, %v262 : f32, !llvm.ptr
                %v2627 = arith.constant 6 : i64
                %v2628 = llvm.getelementptr %in_lam_re[%v2627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2629 = llvm.load %v2628 : !llvm.ptr -> f32
                %v2630 = arith.constant 6 : i64
                %v2631 = llvm.getelementptr %in_log_dt[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2632 = llvm.load %v2631 : !llvm.ptr -> f32
                %v2633 = arith.mulf %v2632, %v2443 fastmath<contract> : f32
                %v2634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2633) : (f32) -> f32
                %v2635 = arith.mulf %v2629, %v2634 fastmath<contract> : f32
                %v2636 = arith.mulf %v2635, %v2443 fastmath<contract> : f32
                %v2637 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2636) : (f32) -> f32
                %v2638 = arith.constant 6 : i64
                %v2639 = llvm.getelementptr %in_lam_im[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2640 = llvm.load %v2639 : !llvm.ptr -> f32
                %v2641 = arith.mulf %v2640, %v2634 fastmath<contract> : f32
                %v2642 = arith.mulf %v2641, %v2453 fastmath<contract> : f32
                %v2643 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2642) : (f32) -> f32
                %v2644 = arith.mulf %v2643, %v2456 fastmath<contract> : f32
                %v2645 = arith.subf %v2641, %v2644 fastmath<contract> : f32
                %v2646 = arith.mulf %v2643, %v2457 fastmath<contract> : f32
                %v2647 = arith.subf %v2645, %v2646 fastmath<contract> : f32
                %v2648 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2647) : (f32) -> f32
                %v2649 = arith.mulf %v2637, %v2648 fastmath<contract> : f32
                llvm.store %v2649, %v201 : f32, !llvm.ptr
                %v2650 = arith.mulf %v2641, %v2453 fastmath<contract> : f32
                %v2651 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2650) : (f32) -> f32
                %v2652 = arith.mulf %v2651, %v2456 fastmath<contract> : f32
                %v2653 = arith.subf %v2641, %v2652 fastmath<contract> : f32
                %v2654 = arith.mulf %v2651, %v2457 fastmath<contract> : f32
                %v2655 = arith.subf %v2653, %v2654 fastmath<contract> : f32
                %v2656 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2655) : (f32) -> f32
                %v2657 = arith.mulf %v2637, %v2656 fastmath<contract> : f32
                llvm.store %v2657, %v264 : f32, !llvm.ptr
                %v2658 = arith.constant 7 : i64
                %v2659 = llvm.getelementptr %in_lam_re[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2660 = llvm.load %v2659 : !llvm.ptr -> f32
                %v2661 = arith.constant 7 : i64
                %v2662 = llvm.getelementptr %in_log_dt[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2663 = llvm.load %v2662 : !llvm.ptr -> f32
                %v2664 = arith.mulf %v2663, %v2443 fastmath<contract> : f32
                %v2665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2664) : (f32) -> f32
                %v2666 = arith.mulf %v2660, %v2665 fastmath<contract> : f32
                %v2667 = arith.mulf %v2666, %v2443 fastmath<contract> : f32
                %v2668 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2667) : (f32) -> f32
                %v2669 = arith.constant 7 : i64
                %v2670 = llvm.getelementptr %in_lam_im[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
                %v2672 = arith.mulf %v2671, %v2665 fastmath<contract> : f32
                %v2673 = arith.mulf %v2672, %v2453 fastmath<contract> : f32
                %v2674 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2673) : (f32) -> f32
                %v2675 = arith.mulf %v2674, %v2456 fastmath<contract> : f32
                %v2676 = arith.subf %v2672, %v2675 fastmath<contract> : f32
                %v2677 = arith.mulf %v2674, %v2457 fastmath<contract> : f32
                %v2678 = arith.subf %v2676, %v2677 fastmath<contract> : f32
                %v2679 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2678) : (f32) -> f32
                %v2680 = arith.mulf %v2668, %v2679 fastmath<contract> : f32
                llvm.store %v2680, %v203 : f32, !llvm.ptr
                %v2681 = arith.mulf %v2672, %v2453 fastmath<contract> : f32
                %v2682 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2681) : (f32) -> f32
                %v2683 = arith.mulf %v2682, %v2456 fastmath<contract> : f32
                %v2684 = arith.subf %v2672, %v2683 fastmath<contract> : f32
                %v2685 = arith.mulf %v2682, %v2457 fastmath<contract> : f32
                %v2686 = arith.subf %v2684, %v2685 fastmath<contract> : f32
                %v2687 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2686) : (f32) -> f32
                %v2688 = arith.mulf %v2668, %v2687 fastmath<contract> : f32
                llvm.store %v2688, %v266 : f32, !llvm.ptr
                %v2689 = arith.constant 8 : i64
                %v2690 = llvm.getelementptr %in_lam_re[%v2689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2691 = llvm.load %v2690 : !llvm.ptr -> f32
                %v2692 = arith.constant 8 : i64
                %v2693 = llvm.getelementptr %in_log_dt[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2694 = llvm.load %v2693 : !llvm.ptr -> f32
                %v2695 = arith.mulf %v2694, %v2443 fastmath<contract> : f32
                %v2696 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2695) : (f32) -> f32
                %v2697 = arith.mulf %v2691, %v2696 fastmath<contract> : f32
                %v2698 = arith.mulf %v2697, %v2443 fastmath<contract> : f32
                %v2699 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2698) : (f32) -> f32
                %v2700 = arith.constant 8 : i64
                %v2701 = llvm.getelementptr %in_lam_im[%v2700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2702 = llvm.load %v2701 : !llvm.ptr -> f32
                %v2703 = arith.mulf %v2702, %v2696 fastmath<contract> : f32
                %v2704 = arith.mulf %v2703, %v2453 fastmath<contract> : f32
                %v2705 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2704) : (f32) -> f32
                %v2706 = arith.mulf %v2705, %v2456 fastmath<contract> : f32
                %v2707 = arith.subf %v2703, %v2706 fastmath<contract> : f32
                %v2708 = arith.mulf %v2705, %v2457 fastmath<contract> : f32
                %v2709 = arith.subf %v2707, %v2708 fastmath<contract> : f32
                %v2710 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2709) : (f32) -> f32
                %v2711 = arith.mulf %v2699, %v2710 fastmath<contract> : f32
                llvm.store %v2711, %v205 : f32, !llvm.ptr
                %v2712 = arith.mulf %v2703, %v2453 fastmath<contract> : f32
                %v2713 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2712) : (f32) -> f32
                %v2714 = arith.mulf %v2713, %v2456 fastmath<contract> : f32
                %v2715 = arith.subf %v2703, %v2714 fastmath<contract> : f32
                %v2716 = arith.mulf %v2713, %v2457 fastmath<contract> : f32
                %v2717 = arith.subf %v2715, %v2716 fastmath<contract> : f32
                %v2718 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2717) : (f32) -> f32
                %v2719 = arith.mulf %v2699, %v2718 fastmath<contract> : f32
                llvm.store %v2719, %v268 : f32, !llvm.ptr
                %v2720 = arith.constant 9 : i64
                %v2721 = llvm.getelementptr %in_lam_re[%v2720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2722 = llvm.load %v2721 : !llvm.ptr -> f32
                %v2723 = arith.constant 9 : i64
                %v2724 = llvm.getelementptr %in_log_dt[%v2723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2725 = llvm.load %v2724 : !llvm.ptr -> f32
                %v2726 = arith.mulf %v2725, %v2443 fastmath<contract> : f32
                %v2727 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2726) : (f32) -> f32
                %v2728 = arith.mulf %v2722, %v2727 fastmath<contract> : f32
                %v2729 = arith.mulf %v2728, %v2443 fastmath<contract> : f32
                %v2730 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2729) : (f32) -> f32
                %v2731 = arith.constant 9 : i64
                %v2732 = llvm.getelementptr %in_lam_im[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2733 = llvm.load %v2732 : !llvm.ptr -> f32
                %v2734 = arith.mulf %v2733, %v2727 fastmath<contract> : f32
                %v2735 = arith.mulf %v2734, %v2453 fastmath<contract> : f32
                %v2736 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2735) : (f32) -> f32
                %v2737 = arith.mulf %v2736, %v2456 fastmath<contract> : f32
                %v2738 = arith.subf %v2734, %v2737 fastmath<contract> : f32
                %v2739 = arith.mulf %v2736, %v2457 fastmath<contract> : f32
                %v2740 = arith.subf %v2738, %v2739 fastmath<contract> : f32
                %v2741 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2740) : (f32) -> f32
                %v2742 = arith.mulf %v2730, %v2741 fastmath<contract> : f32
                llvm.store %v2742, %v207 : f32, !llvm.ptr
                %v2743 = arith.mulf %v2734, %v2453 fastmath<contract> : f32
                %v2744 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2743) : (f32) -> f32
                %v2745 = arith.mulf %v2744, %v2456 fastmath<contract> : f32
                %v2746 = arith.subf %v2734, %v2745 fastmath<contract> : f32
                %v2747 = arith.mulf %v2744, %v2457 fastmath<contract> : f32
                %v2748 = arith.subf %v2746, %v2747 fastmath<contract> : f32
                %v2749 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2748) : (f32) -> f32
                %v2750 = arith.mulf %v2730, %v2749 fastmath<contract> : f32
                llvm.store %v2750, %v270 : f32, !llvm.ptr
                %v2751 = arith.constant 10 : i64
                %v2752 = llvm.getelementptr %in_lam_re[%v2751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2753 = llvm.load %v2752 : !llvm.ptr -> f32
                %v2754 = arith.constant 10 : i64
                %v2755 = llvm.getelementptr %in_log_dt[%v2754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2756 = llvm.load %v2755 : !llvm.ptr -> f32
                %v2757 = arith.mulf %v2756, %v2443 fastmath<contract> : f32
                %v2758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2757) : (f32) -> f32
                %v2759 = arith.mulf %v2753, %v2758 fastmath<contract> : f32
                %v2760 = arith.mulf %v2759, %v2443 fastmath<contract> : f32
                %v2761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2760) : (f32) -> f32
                %v2762 = arith.constant 10 : i64
                %v2763 = llvm.getelementptr %in_lam_im[%v2762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2764 = llvm.load %v2763 : !llvm.ptr -> f32
                %v2765 = arith.mulf %v2764, %v2758 fastmath<contract> : f32
                %v2766 = arith.mulf %v2765, %v2453 fastmath<contract> : f32
                %v2767 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2766) : (f32) -> f32
                %v2768 = arith.mulf %v2767, %v2456 fastmath<contract> : f32
                %v2769 = arith.subf %v2765, %v2768 fastmath<contract> : f32
                %v2770 = arith.mulf %v2767, %v2457 fastmath<contract> : f32
                %v2771 = arith.subf %v2769, %v2770 fastmath<contract> : f32
                %v2772 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2771) : (f32) -> f32
                %v2773 = arith.mulf %v2761, %v2772 fastmath<contract> : f32
                llvm.store %v2773, %v209 : f32, !llvm.ptr
                %v2774 = arith.mulf %v2765, %v2453 fastmath<contract> : f32
                %v2775 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2774) : (f32) -> f32
                %v2776 = arith.mulf %v2775, %v2456 fastmath<contract> : f32
                %v2777 = arith.subf %v2765, %v2776 fastmath<contract> : f32
                %v2778 = arith.mulf %v2775, %v2457 fastmath<contract> : f32
                %v2779 = arith.subf %v2777, %v2778 fastmath<contract> : f32
                %v2780 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2779) : (f32) -> f32
                %v2781 = arith.mulf %v2761, %v2780 fastmath<contract> : f32
                llvm.store %v2781, %v272 : f32, !llvm.ptr
                %v2782 = arith.constant 11 : i64
                %v2783 = llvm.getelementptr %in_lam_re[%v2782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2784 = llvm.load %v2783 : !llvm.ptr -> f32
                %v2785 = arith.constant 11 : i64
                %v2786 = llvm.getelementptr %in_log_dt[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2787 = llvm.load %v2786 : !llvm.ptr -> f32
                %v2788 = arith.mulf %v2787, %v2443 fastmath<contract> : f32
                %v2789 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2788) : (f32) -> f32
                %v2790 = arith.mulf %v2784, %v2789 fastmath<contract> : f32
                %v2791 = arith.mulf %v2790, %v2443 fastmath<contract> : f32
                %v2792 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2791) : (f32) -> f32
                %v2793 = arith.constant 11 : i64
                %v2794 = llvm.getelementptr %in_lam_im[%v2793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2795 = llvm.load %v2794 : !llvm.ptr -> f32
                %v2796 = arith.mulf %v2795, %v2789 fastmath<contract> : f32
                %v2797 = arith.mulf %v2796, %v2453 fastmath<contract> : f32
                %v2798 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2797) : (f32) -> f32
                %v2799 = arith.mulf %v2798, %v2456 fastmath<contract> : f32
                %v2800 = arith.subf %v2796, %v2799 fastmath<contract> : f32
                %v2801 = arith.mulf %v2798, %v2457 fastmath<contract> : f32
                %v2802 = arith.subf %v2800, %v2801 fastmath<contract> : f32
                %v2803 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2802) : (f32) -> f32
                %v2804 = arith.mulf %v2792, %v2803 fastmath<contract> : f32
                llvm.store %v2804, %v211 : f32, !llvm.ptr
                %v2805 = arith.mulf %v2796, %v2453 fastmath<contract> : f32
                %v2806 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2805) : (f32) -> f32
                %v2807 = arith.mulf %v2806, %v2456 fastmath<contract> : f32
                %v2808 = arith.subf %v2796, %v2807 fastmath<contract> : f32
                %v2809 = arith.mulf %v2806, %v2457 fastmath<contract> : f32
                %v2810 = arith.subf %v2808, %v2809 fastmath<contract> : f32
                %v2811 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2810) : (f32) -> f32
                %v2812 = arith.mulf %v2792, %v2811 fastmath<contract> : f32
                llvm.store %v2812, %v274 : f32, !llvm.ptr
                %v2813 = arith.constant 12 : i64
                %v2814 = llvm.getelementptr %in_lam_re[%v2813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2815 = llvm.load %v2814 : !llvm.ptr -> f32
                %v2816 = arith.constant 12 : i64
                %v2817 = llvm.getelementptr %in_log_dt[%v2816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2818 = llvm.load %v2817 : !llvm.ptr -> f32
                %v2819 = arith.mulf %v2818, %v2443 fastmath<contract> : f32
                %v2820 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2819) : (f32) -> f32
                %v2821 = arith.mulf %v2815, %v2820 fastmath<contract> : f32
                %v2822 = arith.mulf %v2821, %v2443 fastmath<contract> : f32
                %v2823 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2822) : (f32) -> f32
                %v2824 = arith.constant 12 : i64
                %v2825 = llvm.getelementptr %in_lam_im[%v2824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2826 = llvm.load %v2825 : !llvm.ptr -> f32
                %v2827 = arith.mulf %v2826, %v2820 fastmath<contract> : f32
                %v2828 = arith.mulf %v2827, %v2453 fastmath<contract> : f32
                %v2829 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2828) : (f32) -> f32
                %v2830 = arith.mulf %v2829, %v2456 fastmath<contract> : f32
                %v2831 = arith.subf %v2827, %v2830 fastmath<contract> : f32
                %v2832 = arith.mulf %v2829, %v2457 fastmath<contract> : f32
                %v2833 = arith.subf %v2831, %v2832 fastmath<contract> : f32
                %v2834 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2833) : (f32) -> f32
                %v2835 = arith.mulf %v2823, %v2834 fastmath<contract> : f32
                llvm.store %v2835, %v213 : f32, !llvm.ptr
                %v2836 = arith.mulf %v2827, %v2453 fastmath<contract> : f32
                %v2837 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2836) : (f32) -> f32
                %v2838 = arith.mulf %v2837, %v2456 fastmath<contract> : f32
                %v2839 = arith.subf %v2827, %v2838 fastmath<contract> : f32
                %v2840 = arith.mulf %v2837, %v2457 fastmath<contract> : f32
                %v2841 = arith.subf %v2839, %v2840 fastmath<contract> : f32
                %v2842 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2841) : (f32) -> f32
                %v2843 = arith.mulf %v2823, %v2842 fastmath<contract> : f32
                llvm.store %v2843, %v276 : f32, !llvm.ptr
                %v2844 = arith.constant 13 : i64
                %v2845 = llvm.getelementptr %in_lam_re[%v2844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2846 = llvm.load %v2845 : !llvm.ptr -> f32
                %v2847 = arith.constant 13 : i64
                %v2848 = llvm.getelementptr %in_log_dt[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2849 = llvm.load %v2848 : !llvm.ptr -> f32
                %v2850 = arith.mulf %v2849, %v2443 fastmath<contract> : f32
                %v2851 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2850) : (f32) -> f32
                %v2852 = arith.mulf %v2846, %v2851 fastmath<contract> : f32
                %v2853 = arith.mulf %v2852, %v2443 fastmath<contract> : f32
                %v2854 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2853) : (f32) -> f32
                %v2855 = arith.constant 13 : i64
                %v2856 = llvm.getelementptr %in_lam_im[%v2855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2857 = llvm.load %v2856 : !llvm.ptr -> f32
                %v2858 = arith.mulf %v2857, %v2851 fastmath<contract> : f32
                %v2859 = arith.mulf %v2858, %v2453 fastmath<contract> : f32
                %v2860 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2859) : (f32) -> f32
                %v2861 = arith.mulf %v2860, %v2456 fastmath<contract> : f32
                %v2862 = arith.subf %v2858, %v2861 fastmath<contract> : f32
                %v2863 = arith.mulf %v2860, %v2457 fastmath<contract> : f32
                %v2864 = arith.subf %v2862, %v2863 fastmath<contract> : f32
                %v2865 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2864) : (f32) -> f32
                %v2866 = arith.mulf %v2854, %v2865 fastmath<contract> : f32
                llvm.store %v2866, %v215 : f32, !llvm.ptr
                %v2867 = arith.mulf %v2858, %v2453 fastmath<contract> : f32
                %v2868 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2867) : (f32) -> f32
                %v2869 = arith.mulf %v2868, %v2456 fastmath<contract> : f32
                %v2870 = arith.subf %v2858, %v2869 fastmath<contract> : f32
                %v2871 = arith.mulf %v2868, %v2457 fastmath<contract> : f32
                %v2872 = arith.subf %v2870, %v2871 fastmath<contract> : f32
                %v2873 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2872) : (f32) -> f32
                %v2874 = arith.mulf %v2854, %v2873 fastmath<contract> : f32
                llvm.store %v2874, %v278 : f32, !llvm.ptr
                %v2875 = arith.constant 14 : i64
                %v2876 = llvm.getelementptr %in_lam_re[%v2875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2877 = llvm.load %v2876 : !llvm.ptr -> f32
                %v2878 = arith.constant 14 : i64
                %v2879 = llvm.getelementptr %in_log_dt[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2880 = llvm.load %v2879 : !llvm.ptr -> f32
                %v2881 = arith.mulf %v2880, %v2443 fastmath<contract> : f32
                %v2882 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2881) : (f32) -> f32
                %v2883 = arith.mulf %v2877, %v2882 fastmath<contract> : f32
                %v2884 = arith.mulf %v2883, %v2443 fastmath<contract> : f32
                %v2885 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2884) : (f32) -> f32
                %v2886 = arith.constant 14 : i64
                %v2887 = llvm.getelementptr %in_lam_im[%v2886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2888 = llvm.load %v2887 : !llvm.ptr -> f32
                %v2889 = arith.mulf %v2888, %v2882 fastmath<contract> : f32
                %v2890 = arith.mulf %v2889, %v2453 fastmath<contract> : f32
                %v2891 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2890) : (f32) -> f32
                %v2892 = arith.mulf %v2891, %v2456 fastmath<contract> : f32
                %v2893 = arith.subf %v2889, %v2892 fastmath<contract> : f32
                %v2894 = arith.mulf %v2891, %v2457 fastmath<contract> : f32
                %v2895 = arith.subf %v2893, %v2894 fastmath<contract> : f32
                %v2896 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2895) : (f32) -> f32
                %v2897 = arith.mulf %v2885, %v2896 fastmath<contract> : f32
                llvm.store %v2897, %v217 : f32, !llvm.ptr
                %v2898 = arith.mulf %v2889, %v2453 fastmath<contract> : f32
                %v2899 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2898) : (f32) -> f32
                %v2900 = arith.mulf %v2899, %v2456 fastmath<contract> : f32
                %v2901 = arith.subf %v2889, %v2900 fastmath<contract> : f32
                %v2902 = arith.mulf %v2899, %v2457 fastmath<contract> : f32
                %v2903 = arith.subf %v2901, %v2902 fastmath<contract> : f32
                %v2904 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2903) : (f32) -> f32
                %v2905 = arith.mulf %v2885, %v2904 fastmath<contract> : f32
                llvm.store %v2905, %v280 : f32, !llvm.ptr
                %v2906 = arith.constant 15 : i64
                %v2907 = llvm.getelementptr %in_lam_re[%v2906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2908 = llvm.load %v2907 : !llvm.ptr -> f32
                %v2909 = arith.constant 15 : i64
                %v2910 = llvm.getelementptr %in_log_dt[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2911 = llvm.load %v2910 : !llvm.ptr -> f32
                %v2912 = arith.mulf %v2911, %v2443 fastmath<contract> : f32
                %v2913 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2912) : (f32) -> f32
                %v2914 = arith.mulf %v2908, %v2913 fastmath<contract> : f32
                %v2915 = arith.mulf %v2914, %v2443 fastmath<contract> : f32
                %v2916 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2915) : (f32) -> f32
                %v2917 = arith.constant 15 : i64
                %v2918 = llvm.getelementptr %in_lam_im[%v2917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2919 = llvm.load %v2918 : !llvm.ptr -> f32
                %v2920 = arith.mulf %v2919, %v2913 fastmath<contract> : f32
                %v2921 = arith.mulf %v2920, %v2453 fastmath<contract> : f32
                %v2922 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2921) : (f32) -> f32
                %v2923 = arith.mulf %v2922, %v2456 fastmath<contract> : f32
                %v2924 = arith.subf %v2920, %v2923 fastmath<contract> : f32
                %v2925 = arith.mulf %v2922, %v2457 fastmath<contract> : f32
                %v2926 = arith.subf %v2924, %v2925 fastmath<contract> : f32
                %v2927 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2926) : (f32) -> f32
                %v2928 = arith.mulf %v2916, %v2927 fastmath<contract> : f32
                llvm.store %v2928, %v219 : f32, !llvm.ptr
                %v2929 = arith.mulf %v2920, %v2453 fastmath<contract> : f32
                %v2930 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2929) : (f32) -> f32
                %v2931 = arith.mulf %v2930, %v2456 fastmath<contract> : f32
                %v2932 = arith.subf %v2920, %v2931 fastmath<contract> : f32
                %v2933 = arith.mulf %v2930, %v2457 fastmath<contract> : f32
                %v2934 = arith.subf %v2932, %v2933 fastmath<contract> : f32
                %v2935 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2934) : (f32) -> f32
                %v2936 = arith.mulf %v2916, %v2935 fastmath<contract> : f32
                llvm.store %v2936, %v282 : f32, !llvm.ptr
                llvm.store %v2463, %v221 : f32, !llvm.ptr
                %v2937 = arith.negf %v2471 : f32
                llvm.store %v2937, %v284 : f32, !llvm.ptr
                llvm.store %v2494, %v223 : f32, !llvm.ptr
                %v2938 = arith.negf %v2502 : f32
                llvm.store %v2938, %v286 : f32, !llvm.ptr
                llvm.store %v2525, %v225 : f32, !llvm.ptr
                %v2939 = arith.negf %v2533 : f32
                llvm.store %v2939, %v288 : f32, !llvm.ptr
                llvm.store %v2556, %v227 : f32, !llvm.ptr
                %v2940 = arith.negf %v2564 : f32
                llvm.store %v2940, %v290 : f32, !llvm.ptr
                llvm.store %v2587, %v229 : f32, !llvm.ptr
                %v2941 = arith.negf %v2595 : f32
                llvm.store %v2941, %v292 : f32, !llvm.ptr
                llvm.store %v2618, %v231 : f32, !llvm.ptr
                %v2942 = arith.negf %v2626 : f32
                llvm.store %v2942, %v294 : f32, !llvm.ptr
                llvm.store %v2649, %v233 : f32, !llvm.ptr
                %v2943 = arith.negf %v2657 : f32
                llvm.store %v2943, %v296 : f32, !llvm.ptr
                llvm.store %v2680, %v235 : f32, !llvm.ptr
                %v2944 = arith.negf %v2688 : f32
                llvm.store %v2944, %v298 : f32, !llvm.ptr
                llvm.store %v2711, %v237 : f32, !llvm.ptr
                %v2945 = arith.negf %v2719 : f32
                llvm.store %v2945, %v300 : f32, !llvm.ptr
                llvm.store %v2742, %v239 : f32, !llvm.ptr
                %v2946 = arith.negf %v2750 : f32
                llvm.store %v2946, %v302 : f32, !llvm.ptr
                llvm.store %v2773, %v241 : f32, !llvm.ptr
                %v2947 = arith.negf %v2781 : f32
                llvm.store %v2947, %v304 : f32, !llvm.ptr
                llvm.store %v2804, %v243 : f32, !llvm.ptr
                %v2948 = arith.negf %v2812 : f32
                llvm.store %v2948, %v306 : f32, !llvm.ptr
                llvm.store %v2835, %v245 : f32, !llvm.ptr
                %v2949 = arith.negf %v2843 : f32
                llvm.store %v2949, %v308 : f32, !llvm.ptr
                llvm.store %v2866, %v247 : f32, !llvm.ptr
                %v2950 = arith.negf %v2874 : f32
                llvm.store %v2950, %v310 : f32, !llvm.ptr
                llvm.store %v2897, %v249 : f32, !llvm.ptr
                %v2951 = arith.negf %v2905 : f32
                llvm.store %v2951, %v312 : f32, !llvm.ptr
                llvm.store %v2928, %v250 : f32, !llvm.ptr
                %v2952 = arith.negf %v2936 : f32
                llvm.store %v2952, %v314 : f32, !llvm.ptr
              } else {
                %v2953 = arith.subi %v1011, %v3 : i64
                // the group's states, recomputed into registers
                %v2954 = arith.subi %v1011, %v1025 : i64
                %v2955 = arith.trunci %v2954 : i64 to i32
                %v2956 = arith.subi %size_L, %v3 : i64
                %v2957 = arith.addi %v1009, %v1025 : i64
                %v2958 = arith.subi %v2956, %v2957 : i64
                %v2959 = arith.minsi %v2958, %v1035 : i64
                %v2960 = arith.trunci %v2959 : i64 to i32
                %v2961 = arith.cmpi slt, %v1038, %v2955 : i32
                %v2962 = arith.cmpi eq, %v1038, %v2960 : i32
                scf.if %v2961 {
                  %v2963 = arith.addi %v1009, %v1025 : i64
                  %v2964 = llvm.load %v128 : !llvm.ptr -> f32
                  %v2965 = llvm.load %v129 : !llvm.ptr -> f32
                  %v2966 = llvm.load %v131 : !llvm.ptr -> f32
                  %v2967 = llvm.load %v133 : !llvm.ptr -> f32
                  %v2968 = llvm.load %v134 : !llvm.ptr -> f32
                  %v2969 = llvm.load %v136 : !llvm.ptr -> f32
                  %v2970 = llvm.load %v138 : !llvm.ptr -> f32
                  %v2971 = llvm.load %v140 : !llvm.ptr -> f32
                  %v2972 = llvm.load %v142 : !llvm.ptr -> f32
                  %v2973 = llvm.load %v144 : !llvm.ptr -> f32
                  %v2974 = llvm.load %v146 : !llvm.ptr -> f32
                  %v2975 = llvm.load %v148 : !llvm.ptr -> f32
                  %v2976 = llvm.load %v150 : !llvm.ptr -> f32
                  %v2977 = llvm.load %v152 : !llvm.ptr -> f32
                  %v2978 = llvm.load %v154 : !llvm.ptr -> f32
                  %v2979 = llvm.load %v156 : !llvm.ptr -> f32
                  %v2980 = llvm.load %v157 : !llvm.ptr -> f32
                  %v2981 = llvm.load %v159 : !llvm.ptr -> f32
                  %v2982 = llvm.load %v161 : !llvm.ptr -> f32
                  %v2983 = llvm.load %v163 : !llvm.ptr -> f32
                  %v2984 = llvm.load %v165 : !llvm.ptr -> f32
                  %v2985 = llvm.load %v167 : !llvm.ptr -> f32
                  %v2986 = llvm.load %v169 : !llvm.ptr -> f32
                  %v2987 = llvm.load %v171 : !llvm.ptr -> f32
                  %v2988 = llvm.load %v173 : !llvm.ptr -> f32
                  %v2989 = llvm.load %v175 : !llvm.ptr -> f32
                  %v2990 = llvm.load %v177 : !llvm.ptr -> f32
                  %v2991 = llvm.load %v179 : !llvm.ptr -> f32
                  %v2992 = llvm.load %v181 : !llvm.ptr -> f32
                  %v2993 = llvm.load %v183 : !llvm.ptr -> f32
                  %v2994 = llvm.load %v185 : !llvm.ptr -> f32
                  %v2995 = llvm.load %v187 : !llvm.ptr -> f32
                  %v2996 = llvm.load %v931 : !llvm.ptr -> f32
                  %v2997 = llvm.load %v932 : !llvm.ptr -> f32
                  %v2998 = llvm.load %v933 : !llvm.ptr -> f32
                  %v2999 = llvm.load %v934 : !llvm.ptr -> f32
                  %v3000 = llvm.load %v935 : !llvm.ptr -> f32
                  %v3001 = llvm.load %v936 : !llvm.ptr -> f32
                  %v3002 = llvm.load %v937 : !llvm.ptr -> f32
                  %v3003 = llvm.load %v938 : !llvm.ptr -> f32
                  %v3004 = llvm.load %v939 : !llvm.ptr -> f32
                  %v3005 = llvm.load %v940 : !llvm.ptr -> f32
                  %v3006 = llvm.load %v941 : !llvm.ptr -> f32
                  %v3007 = llvm.load %v942 : !llvm.ptr -> f32
                  %v3008 = llvm.load %v943 : !llvm.ptr -> f32
                  %v3009 = llvm.load %v944 : !llvm.ptr -> f32
                  %v3010 = llvm.load %v945 : !llvm.ptr -> f32
                  %v3011 = llvm.load %v946 : !llvm.ptr -> f32
                  %v3012 = llvm.load %v947 : !llvm.ptr -> f32
                  %v3013 = llvm.load %v948 : !llvm.ptr -> f32
                  %v3014 = llvm.load %v949 : !llvm.ptr -> f32
                  %v3015 = llvm.load %v950 : !llvm.ptr -> f32
                  %v3016 = llvm.load %v951 : !llvm.ptr -> f32
                  %v3017 = llvm.load %v952 : !llvm.ptr -> f32
                  %v3018 = llvm.load %v953 : !llvm.ptr -> f32
                  %v3019 = llvm.load %v954 : !llvm.ptr -> f32
                  %v3020 = llvm.load %v955 : !llvm.ptr -> f32
                  %v3021 = llvm.load %v956 : !llvm.ptr -> f32
                  %v3022 = llvm.load %v957 : !llvm.ptr -> f32
                  %v3023 = llvm.load %v958 : !llvm.ptr -> f32
                  %v3024 = llvm.load %v959 : !llvm.ptr -> f32
                  %v3025 = llvm.load %v960 : !llvm.ptr -> f32
                  %v3026 = llvm.load %v961 : !llvm.ptr -> f32
                  %v3027 = llvm.load %v962 : !llvm.ptr -> f32
                  %v3028 = llvm.load %v963 : !llvm.ptr -> f32
                  %v3029 = llvm.load %v964 : !llvm.ptr -> f32
                  %v3030 = llvm.load %v965 : !llvm.ptr -> f32
                  %v3031 = llvm.load %v966 : !llvm.ptr -> f32
                  %v3032 = llvm.load %v967 : !llvm.ptr -> f32
                  %v3033 = llvm.load %v968 : !llvm.ptr -> f32
                  %v3034 = llvm.load %v969 : !llvm.ptr -> f32
                  %v3035 = llvm.load %v970 : !llvm.ptr -> f32
                  %v3036 = llvm.load %v971 : !llvm.ptr -> f32
                  %v3037 = llvm.load %v972 : !llvm.ptr -> f32
                  %v3038 = llvm.load %v973 : !llvm.ptr -> f32
                  %v3039 = llvm.load %v974 : !llvm.ptr -> f32
                  %v3040 = llvm.load %v975 : !llvm.ptr -> f32
                  %v3041 = llvm.load %v976 : !llvm.ptr -> f32
                  %v3042 = llvm.load %v977 : !llvm.ptr -> f32
                  %v3043 = llvm.load %v978 : !llvm.ptr -> f32
                  %v3044 = llvm.load %v979 : !llvm.ptr -> f32
                  %v3045 = llvm.load %v980 : !llvm.ptr -> f32
                  %v3046 = llvm.load %v981 : !llvm.ptr -> f32
                  %v3047 = llvm.load %v982 : !llvm.ptr -> f32
                  %v3048 = llvm.load %v983 : !llvm.ptr -> f32
                  %v3049 = llvm.load %v984 : !llvm.ptr -> f32
                  %v3050 = llvm.load %v985 : !llvm.ptr -> f32
                  %v3051 = llvm.load %v986 : !llvm.ptr -> f32
                  %v3052 = llvm.load %v987 : !llvm.ptr -> f32
                  %v3053 = llvm.load %v988 : !llvm.ptr -> f32
                  %v3054 = llvm.load %v989 : !llvm.ptr -> f32
                  %v3055 = llvm.load %v990 : !llvm.ptr -> f32
                  %v3056 = llvm.load %v991 : !llvm.ptr -> f32
                  %v3057 = llvm.load %v992 : !llvm.ptr -> f32
                  %v3058 = llvm.load %v993 : !llvm.ptr -> f32
                  %v3059 = llvm.load %v994 : !llvm.ptr -> f32
                  %v3060 = arith.constant 0 : i64
                  %v3061 = llvm.getelementptr %in_C_re[%v3060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3062 = llvm.load %v3061 : !llvm.ptr -> f32
                  %v3063 = arith.muli %v117, %v1141 : i64
                  %v3064 = arith.muli %v2963, %v1 : i64
                  %v3065 = arith.addi %v3063, %v3064 : i64
                  %v3066 = llvm.getelementptr %dy_y[%v3065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3067 = llvm.load %v3066 : !llvm.ptr -> f32
                  %v3068 = arith.mulf %v3062, %v3067 fastmath<contract> : f32
                  %v3069 = arith.constant 1 : i64
                  %v3070 = arith.muli %v3069, %v2 : i64
                  %v3071 = llvm.getelementptr %in_C_re[%v3070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3072 = llvm.load %v3071 : !llvm.ptr -> f32
                  %v3073 = arith.muli %v117, %v1141 : i64
                  %v3074 = arith.muli %v2963, %v1 : i64
                  %v3075 = arith.addi %v3073, %v3074 : i64
                  %v3076 = arith.constant 1 : i64
                  %v3077 = arith.addi %v3075, %v3076 : i64
                  %v3078 = llvm.getelementptr %dy_y[%v3077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3079 = llvm.load %v3078 : !llvm.ptr -> f32
                  %v3080 = arith.mulf %v3072, %v3079 fastmath<contract> : f32
                  %v3081 = arith.addf %v3068, %v3080 fastmath<contract> : f32
                  %v3082 = arith.constant 2 : i64
                  %v3083 = arith.muli %v3082, %v2 : i64
                  %v3084 = llvm.getelementptr %in_C_re[%v3083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3085 = llvm.load %v3084 : !llvm.ptr -> f32
                  %v3086 = arith.muli %v117, %v1141 : i64
                  %v3087 = arith.muli %v2963, %v1 : i64
                  %v3088 = arith.addi %v3086, %v3087 : i64
                  %v3089 = arith.constant 2 : i64
                  %v3090 = arith.addi %v3088, %v3089 : i64
                  %v3091 = llvm.getelementptr %dy_y[%v3090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3092 = llvm.load %v3091 : !llvm.ptr -> f32
                  %v3093 = arith.mulf %v3085, %v3092 fastmath<contract> : f32
                  %v3094 = arith.addf %v3081, %v3093 fastmath<contract> : f32
                  %v3095 = arith.constant 3 : i64
                  %v3096 = arith.muli %v3095, %v2 : i64
                  %v3097 = llvm.getelementptr %in_C_re[%v3096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3098 = llvm.load %v3097 : !llvm.ptr -> f32
                  %v3099 = arith.muli %v117, %v1141 : i64
                  %v3100 = arith.muli %v2963, %v1 : i64
                  %v3101 = arith.addi %v3099, %v3100 : i64
                  %v3102 = arith.constant 3 : i64
                  %v3103 = arith.addi %v3101, %v3102 : i64
                  %v3104 = llvm.getelementptr %dy_y[%v3103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3105 = llvm.load %v3104 : !llvm.ptr -> f32
                  %v3106 = arith.mulf %v3098, %v3105 fastmath<contract> : f32
                  %v3107 = arith.addf %v3094, %v3106 fastmath<contract> : f32
                  %v3108 = llvm.load %v189 : !llvm.ptr -> f32
                  %v3109 = arith.mulf %v3108, %v2964 fastmath<contract> : f32
                  %v3110 = arith.addf %v3107, %v3109 fastmath<contract> : f32
                  %v3111 = llvm.load %v252 : !llvm.ptr -> f32
                  %v3112 = arith.mulf %v3111, %v2980 fastmath<contract> : f32
                  %v3113 = arith.addf %v3112, %v3110 fastmath<contract> : f32
                  %v3114 = arith.mulf %v2996, %v3108 fastmath<contract> : f32
                  %v3115 = arith.mulf %v3111, %v3028 fastmath<contract> : f32
                  %v3116 = arith.addf %v3115, %v3114 fastmath<contract> : f32
                  %v3117 = arith.mulf %v2997, %v3108 fastmath<contract> : f32
                  %v3118 = arith.mulf %v3111, %v3029 fastmath<contract> : f32
                  %v3119 = arith.addf %v3118, %v3117 fastmath<contract> : f32
                  %v3120 = arith.constant 1 : i64
                  %v3121 = llvm.getelementptr %in_C_re[%v3120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3122 = llvm.load %v3121 : !llvm.ptr -> f32
                  %v3123 = arith.mulf %v3122, %v3067 fastmath<contract> : f32
                  %v3124 = arith.constant 1 : i64
                  %v3125 = arith.muli %v3124, %v2 : i64
                  %v3126 = arith.constant 1 : i64
                  %v3127 = arith.addi %v3125, %v3126 : i64
                  %v3128 = llvm.getelementptr %in_C_re[%v3127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3129 = llvm.load %v3128 : !llvm.ptr -> f32
                  %v3130 = arith.mulf %v3129, %v3079 fastmath<contract> : f32
                  %v3131 = arith.addf %v3123, %v3130 fastmath<contract> : f32
                  %v3132 = arith.constant 2 : i64
                  %v3133 = arith.muli %v3132, %v2 : i64
                  %v3134 = arith.constant 1 : i64
                  %v3135 = arith.addi %v3133, %v3134 : i64
                  %v3136 = llvm.getelementptr %in_C_re[%v3135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3137 = llvm.load %v3136 : !llvm.ptr -> f32
                  %v3138 = arith.mulf %v3137, %v3092 fastmath<contract> : f32
                  %v3139 = arith.addf %v3131, %v3138 fastmath<contract> : f32
                  %v3140 = arith.constant 3 : i64
                  %v3141 = arith.muli %v3140, %v2 : i64
                  %v3142 = arith.constant 1 : i64
                  %v3143 = arith.addi %v3141, %v3142 : i64
                  %v3144 = llvm.getelementptr %in_C_re[%v3143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3145 = llvm.load %v3144 : !llvm.ptr -> f32
                  %v3146 = arith.mulf %v3145, %v3105 fastmath<contract> : f32
                  %v3147 = arith.addf %v3139, %v3146 fastmath<contract> : f32
                  %v3148 = llvm.load %v191 : !llvm.ptr -> f32
                  %v3149 = arith.mulf %v3148, %v2965 fastmath<contract> : f32
                  %v3150 = arith.addf %v3147, %v3149 fastmath<contract> : f32
                  %v3151 = llvm.load %v254 : !llvm.ptr -> f32
                  %v3152 = arith.mulf %v3151, %v2981 fastmath<contract> : f32
                  %v3153 = arith.addf %v3152, %v3150 fastmath<contract> : f32
                  %v3154 = arith.mulf %v2998, %v3148 fastmath<contract> : f32
                  %v3155 = arith.mulf %v3151, %v3030 fastmath<contract> : f32
                  %v3156 = arith.addf %v3155, %v3154 fastmath<contract> : f32
                  %v3157 = arith.mulf %v2999, %v3148 fastmath<contract> : f32
                  %v3158 = arith.mulf %v3151, %v3031 fastmath<contract> : f32
                  %v3159 = arith.addf %v3158, %v3157 fastmath<contract> : f32
                  %v3160 = arith.constant 2 : i64
                  %v3161 = llvm.getelementptr %in_C_re[%v3160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3162 = llvm.load %v3161 : !llvm.ptr -> f32
                  %v3163 = arith.mulf %v3162, %v3067 fastmath<contract> : f32
                  %v3164 = arith.constant 1 : i64
                  %v3165 = arith.muli %v3164, %v2 : i64
                  %v3166 = arith.constant 2 : i64
                  %v3167 = arith.addi %v3165, %v3166 : i64
                  %v3168 = llvm.getelementptr %in_C_re[%v3167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3169 = llvm.load %v3168 : !llvm.ptr -> f32
                  %v3170 = arith.mulf %v3169, %v3079 fastmath<contract> : f32
                  %v3171 = arith.addf %v3163, %v3170 fastmath<contract> : f32
                  %v3172 = arith.constant 2 : i64
                  %v3173 = arith.muli %v3172, %v2 : i64
                  %v3174 = arith.constant 2 : i64
                  %v3175 = arith.addi %v3173, %v3174 : i64
                  %v3176 = llvm.getelementptr %in_C_re[%v3175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3177 = llvm.load %v3176 : !llvm.ptr -> f32
                  %v3178 = arith.mulf %v3177, %v3092 fastmath<contract> : f32
                  %v3179 = arith.addf %v3171, %v3178 fastmath<contract> : f32
                  %v3180 = arith.constant 3 : i64
                  %v3181 = arith.muli %v3180, %v2 : i64
                  %v3182 = arith.constant 2 : i64
                  %v3183 = arith.addi %v3181, %v3182 : i64
                  %v3184 = llvm.getelementptr %in_C_re[%v3183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3185 = llvm.load %v3184 : !llvm.ptr -> f32
                  %v3186 = arith.mulf %v3185, %v3105 fastmath<contract> : f32
                  %v3187 = arith.addf %v3179, %v3186 fastmath<contract> : f32
                  %v3188 = llvm.load %v193 : !llvm.ptr -> f32
                  %v3189 = arith.mulf %v3188, %v2966 fastmath<contract> : f32
                  %v3190 = arith.addf %v3187, %v3189 fastmath<contract> : f32
                  %v3191 = llvm.load %v256 : !llvm.ptr -> f32
                  %v3192 = arith.mulf %v3191, %v2982 fastmath<contract> : f32
                  %v3193 = arith.addf %v3192, %v3190 fastmath<contract> : f32
                  %v3194 = arith.mulf %v3000, %v3188 fastmath<contract> : f32
                  %v3195 = arith.mulf %v3191, %v3032 fastmath<contract> : f32
                  %v3196 = arith.addf %v3195, %v3194 fastmath<contract> : f32
                  %v3197 = arith.mulf %v3001, %v3188 fastmath<contract> : f32
                  %v3198 = arith.mulf %v3191, %v3033 fastmath<contract> : f32
                  %v3199 = arith.addf %v3198, %v3197 fastmath<contract> : f32
                  %v3200 = arith.constant 3 : i64
                  %v3201 = llvm.getelementptr %in_C_re[%v3200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3202 = llvm.load %v3201 : !llvm.ptr -> f32
                  %v3203 = arith.mulf %v3202, %v3067 fastmath<contract> : f32
                  %v3204 = arith.constant 1 : i64
                  %v3205 = arith.muli %v3204, %v2 : i64
                  %v3206 = arith.constant 3 : i64
                  %v3207 = arith.addi %v3205, %v3206 : i64
                  %v3208 = llvm.getelementptr %in_C_re[%v3207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3209 = llvm.load %v3208 : !llvm.ptr -> f32
                  %v3210 = arith.mulf %v3209, %v3079 fastmath<contract> : f32
                  %v3211 = arith.addf %v3203, %v3210 fastmath<contract> : f32
                  %v3212 = arith.constant 2 : i64
                  %v3213 = arith.muli %v3212, %v2 : i64
                  %v3214 = arith.constant 3 : i64
                  %v3215 = arith.addi %v3213, %v3214 : i64
                  %v3216 = llvm.getelementptr %in_C_re[%v3215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3217 = llvm.load %v3216 : !llvm.ptr -> f32
                  %v3218 = arith.mulf %v3217, %v3092 fastmath<contract> : f32
                  %v3219 = arith.addf %v3211, %v3218 fastmath<contract> : f32
                  %v3220 = arith.constant 3 : i64
                  %v3221 = arith.muli %v3220, %v2 : i64
                  %v3222 = arith.constant 3 : i64
                  %v3223 = arith.addi %v3221, %v3222 : i64
                  %v3224 = llvm.getelementptr %in_C_re[%v3223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3225 = llvm.load %v3224 : !llvm.ptr -> f32
                  %v3226 = arith.mulf %v3225, %v3105 fastmath<contract> : f32
                  %v3227 = arith.addf %v3219, %v3226 fastmath<contract> : f32
                  %v3228 = llvm.load %v195 : !llvm.ptr -> f32
                  %v3229 = arith.mulf %v3228, %v2967 fastmath<contract> : f32
                  %v3230 = arith.addf %v3227, %v3229 fastmath<contract> : f32
                  %v3231 = llvm.load %v258 : !llvm.ptr -> f32
                  %v3232 = arith.mulf %v3231, %v2983 fastmath<contract> : f32
                  %v3233 = arith.addf %v3232, %v3230 fastmath<contract> : f32
                  %v3234 = arith.mulf %v3002, %v3228 fastmath<contract> : f32
                  %v3235 = arith.mulf %v3231, %v3034 fastmath<contract> : f32
                  %v3236 = arith.addf %v3235, %v3234 fastmath<contract> : f32
                  %v3237 = arith.mulf %v3003, %v3228 fastmath<contract> : f32
                  %v3238 = arith.mulf %v3231, %v3035 fastmath<contract> : f32
                  %v3239 = arith.addf %v3238, %v3237 fastmath<contract> : f32
                  %v3240 = arith.constant 4 : i64
                  %v3241 = llvm.getelementptr %in_C_re[%v3240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3242 = llvm.load %v3241 : !llvm.ptr -> f32
                  %v3243 = arith.mulf %v3242, %v3067 fastmath<contract> : f32
                  %v3244 = arith.constant 1 : i64
                  %v3245 = arith.muli %v3244, %v2 : i64
                  %v3246 = arith.constant 4 : i64
                  %v3247 = arith.addi %v3245, %v3246 : i64
                  %v3248 = llvm.getelementptr %in_C_re[%v3247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3249 = llvm.load %v3248 : !llvm.ptr -> f32
                  %v3250 = arith.mulf %v3249, %v3079 fastmath<contract> : f32
                  %v3251 = arith.addf %v3243, %v3250 fastmath<contract> : f32
                  %v3252 = arith.constant 2 : i64
                  %v3253 = arith.muli %v3252, %v2 : i64
                  %v3254 = arith.constant 4 : i64
                  %v3255 = arith.addi %v3253, %v3254 : i64
                  %v3256 = llvm.getelementptr %in_C_re[%v3255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3257 = llvm.load %v3256 : !llvm.ptr -> f32
                  %v3258 = arith.mulf %v3257, %v3092 fastmath<contract> : f32
                  %v3259 = arith.addf %v3251, %v3258 fastmath<contract> : f32
                  %v3260 = arith.constant 3 : i64
                  %v3261 = arith.muli %v3260, %v2 : i64
                  %v3262 = arith.constant 4 : i64
                  %v3263 = arith.addi %v3261, %v3262 : i64
                  %v3264 = llvm.getelementptr %in_C_re[%v3263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3265 = llvm.load %v3264 : !llvm.ptr -> f32
                  %v3266 = arith.mulf %v3265, %v3105 fastmath<contract> : f32
                  %v3267 = arith.addf %v3259, %v3266 fastmath<contract> : f32
                  %v3268 = llvm.load %v197 : !llvm.ptr -> f32
                  %v3269 = arith.mulf %v3268, %v2968 fastmath<contract> : f32
                  %v3270 = arith.addf %v3267, %v3269 fastmath<contract> : f32
                  %v3271 = llvm.load %v260 : !llvm.ptr -> f32
                  %v3272 = arith.mulf %v3271, %v2984 fastmath<contract> : f32
                  %v3273 = arith.addf %v3272, %v3270 fastmath<contract> : f32
                  %v3274 = arith.mulf %v3004, %v3268 fastmath<contract> : f32
                  %v3275 = arith.mulf %v3271, %v3036 fastmath<contract> : f32
                  %v3276 = arith.addf %v3275, %v3274 fastmath<contract> : f32
                  %v3277 = arith.mulf %v3005, %v3268 fastmath<contract> : f32
                  %v3278 = arith.mulf %v3271, %v3037 fastmath<contract> : f32
                  %v3279 = arith.addf %v3278, %v3277 fastmath<contract> : f32
                  %v3280 = arith.constant 5 : i64
                  %v3281 = llvm.getelementptr %in_C_re[%v3280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3282 = llvm.load %v3281 : !llvm.ptr -> f32
                  %v3283 = arith.mulf %v3282, %v3067 fastmath<contract> : f32
                  %v3284 = arith.constant 1 : i64
                  %v3285 = arith.muli %v3284, %v2 : i64
                  %v3286 = arith.constant 5 : i64
                  %v3287 = arith.addi %v3285, %v3286 : i64
                  %v3288 = llvm.getelementptr %in_C_re[%v3287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3289 = llvm.load %v3288 : !llvm.ptr -> f32
                  %v3290 = arith.mulf %v3289, %v3079 fastmath<contract> : f32
                  %v3291 = arith.addf %v3283, %v3290 fastmath<contract> : f32
                  %v3292 = arith.constant 2 : i64
                  %v3293 = arith.muli %v3292, %v2 : i64
                  %v3294 = arith.constant 5 : i64
                  %v3295 = arith.addi %v3293, %v3294 : i64
                  %v3296 = llvm.getelementptr %in_C_re[%v3295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3297 = llvm.load %v3296 : !llvm.ptr -> f32
                  %v3298 = arith.mulf %v3297, %v3092 fastmath<contract> : f32
                  %v3299 = arith.addf %v3291, %v3298 fastmath<contract> : f32
                  %v3300 = arith.constant 3 : i64
                  %v3301 = arith.muli %v3300, %v2 : i64
                  %v3302 = arith.constant 5 : i64
                  %v3303 = arith.addi %v3301, %v3302 : i64
                  %v3304 = llvm.getelementptr %in_C_re[%v3303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3305 = llvm.load %v3304 : !llvm.ptr -> f32
                  %v3306 = arith.mulf %v3305, %v3105 fastmath<contract> : f32
                  %v3307 = arith.addf %v3299, %v3306 fastmath<contract> : f32
                  %v3308 = llvm.load %v199 : !llvm.ptr -> f32
                  %v3309 = arith.mulf %v3308, %v2969 fastmath<contract> : f32
                  %v3310 = arith.addf %v3307, %v3309 fastmath<contract> : f32
                  %v3311 = llvm.load %v262 : !llvm.ptr -> f32
                  %v3312 = arith.mulf %v3311, %v2985 fastmath<contract> : f32
                  %v3313 = arith.addf %v3312, %v3310 fastmath<contract> : f32
                  %v3314 = arith.mulf %v3006, %v3308 fastmath<contract> : f32
                  %v3315 = arith.mulf %v3311, %v3038 fastmath<contract> : f32
                  %v3316 = arith.addf %v3315, %v3314 fastmath<contract> : f32
                  %v3317 = arith.mulf %v3007, %v3308 fastmath<contract> : f32
                  %v3318 = arith.mulf %v3311, %v3039 fastmath<contract> : f32
                  %v3319 = arith.addf %v3318, %v3317 fastmath<contract> : f32
                  %v3320 = arith.constant 6 : i64
                  %v3321 = llvm.getelementptr %in_C_re[%v3320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3322 = llvm.load %v3321 : !llvm.ptr -> f32
                  %v3323 = arith.mulf %v3322, %v3067 fastmath<contract> : f32
                  %v3324 = arith.constant 1 : i64
                  %v3325 = arith.muli %v3324, %v2 : i64
                  %v3326 = arith.constant 6 : i64
                  %v3327 = arith.addi %v3325, %v3326 : i64
                  %v3328 = llvm.getelementptr %in_C_re[%v3327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3329 = llvm.load %v3328 : !llvm.ptr -> f32
                  %v3330 = arith.mulf %v3329, %v3079 fastmath<contract> : f32
                  %v3331 = arith.addf %v3323, %v3330 fastmath<contract> : f32
                  %v3332 = arith.constant 2 : i64
                  %v3333 = arith.muli %v3332, %v2 : i64
                  %v3334 = arith.constant 6 : i64
                  %v3335 = arith.addi %v3333, %v3334 : i64
                  %v3336 = llvm.getelementptr %in_C_re[%v3335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3337 = llvm.load %v3336 : !llvm.ptr -> f32
                  %v3338 = arith.mulf %v3337, %v3092 fastmath<contract> : f32
                  %v3339 = arith.addf %v3331, %v3338 fastmath<contract> : f32
                  %v3340 = arith.constant 3 : i64
                  %v3341 = arith.muli %v3340, %v2 : i64
                  %v3342 = arith.constant 6 : i64
                  %v3343 = arith.addi %v3341, %v3342 : i64
                  %v3344 = llvm.getelementptr %in_C_re[%v3343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3345 = llvm.load %v3344 : !llvm.ptr -> f32
                  %v3346 = arith.mulf %v3345, %v3105 fastmath<contract> : f32
                  %v3347 = arith.addf %v3339, %v3346 fastmath<contract> : f32
                  %v3348 = llvm.load %v201 : !llvm.ptr -> f32
                  %v3349 = arith.mulf %v3348, %v2970 fastmath<contract> : f32
                  %v3350 = arith.addf %v3347, %v3349 fastmath<contract> : f32
                  %v3351 = llvm.load %v264 : !llvm.ptr -> f32
                  %v3352 = arith.mulf %v3351, %v2986 fastmath<contract> : f32
                  %v3353 = arith.addf %v3352, %v3350 fastmath<contract> : f32
                  %v3354 = arith.mulf %v3008, %v3348 fastmath<contract> : f32
                  %v3355 = arith.mulf %v3351, %v3040 fastmath<contract> : f32
                  %v3356 = arith.addf %v3355, %v3354 fastmath<contract> : f32
                  %v3357 = arith.mulf %v3009, %v3348 fastmath<contract> : f32
                  %v3358 = arith.mulf %v3351, %v3041 fastmath<contract> : f32
                  %v3359 = arith.addf %v3358, %v3357 fastmath<contract> : f32
                  %v3360 = arith.constant 7 : i64
                  %v3361 = llvm.getelementptr %in_C_re[%v3360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3362 = llvm.load %v3361 : !llvm.ptr -> f32
                  %v3363 = arith.mulf %v3362, %v3067 fastmath<contract> : f32
                  %v3364 = arith.constant 1 : i64
                  %v3365 = arith.muli %v3364, %v2 : i64
                  %v3366 = arith.constant 7 : i64
                  %v3367 = arith.addi %v3365, %v3366 : i64
                  %v3368 = llvm.getelementptr %in_C_re[%v3367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3369 = llvm.load %v3368 : !llvm.ptr -> f32
                  %v3370 = arith.mulf %v3369, %v3079 fastmath<contract> : f32
                  %v3371 = arith.addf %v3363, %v3370 fastmath<contract> : f32
                  %v3372 = arith.constant 2 : i64
                  %v3373 = arith.muli %v3372, %v2 : i64
                  %v3374 = arith.constant 7 : i64
                  %v3375 = arith.addi %v3373, %v3374 : i64
                  %v3376 = llvm.getelementptr %in_C_re[%v3375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3377 = llvm.load %v3376 : !llvm.ptr -> f32
                  %v3378 = arith.mulf %v3377, %v3092 fastmath<contract> : f32
                  %v3379 = arith.addf %v3371, %v3378 fastmath<contract> : f32
                  %v3380 = arith.constant 3 : i64
                  %v3381 = arith.muli %v3380, %v2 : i64
                  %v3382 = arith.constant 7 : i64
                  %v3383 = arith.addi %v3381, %v3382 : i64
                  %v3384 = llvm.getelementptr %in_C_re[%v3383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3385 = llvm.load %v3384 : !llvm.ptr -> f32
                  %v3386 = arith.mulf %v3385, %v3105 fastmath<contract> : f32
                  %v3387 = arith.addf %v3379, %v3386 fastmath<contract> : f32
                  %v3388 = llvm.load %v203 : !llvm.ptr -> f32
                  %v3389 = arith.mulf %v3388, %v2971 fastmath<contract> : f32
                  %v3390 = arith.addf %v3387, %v3389 fastmath<contract> : f32
                  %v3391 = llvm.load %v266 : !llvm.ptr -> f32
                  %v3392 = arith.mulf %v3391, %v2987 fastmath<contract> : f32
                  %v3393 = arith.addf %v3392, %v3390 fastmath<contract> : f32
                  %v3394 = arith.mulf %v3010, %v3388 fastmath<contract> : f32
                  %v3395 = arith.mulf %v3391, %v3042 fastmath<contract> : f32
                  %v3396 = arith.addf %v3395, %v3394 fastmath<contract> : f32
                  %v3397 = arith.mulf %v3011, %v3388 fastmath<contract> : f32
                  %v3398 = arith.mulf %v3391, %v3043 fastmath<contract> : f32
                  %v3399 = arith.addf %v3398, %v3397 fastmath<contract> : f32
                  %v3400 = arith.constant 8 : i64
                  %v3401 = llvm.getelementptr %in_C_re[%v3400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3402 = llvm.load %v3401 : !llvm.ptr -> f32
                  %v3403 = arith.mulf %v3402, %v3067 fastmath<contract> : f32
                  %v3404 = arith.constant 1 : i64
                  %v3405 = arith.muli %v3404, %v2 : i64
                  %v3406 = arith.constant 8 : i64
                  %v3407 = arith.addi %v3405, %v3406 : i64
                  %v3408 = llvm.getelementptr %in_C_re[%v3407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3409 = llvm.load %v3408 : !llvm.ptr -> f32
                  %v3410 = arith.mulf %v3409, %v3079 fastmath<contract> : f32
                  %v3411 = arith.addf %v3403, %v3410 fastmath<contract> : f32
                  %v3412 = arith.constant 2 : i64
                  %v3413 = arith.muli %v3412, %v2 : i64
                  %v3414 = arith.constant 8 : i64
                  %v3415 = arith.addi %v3413, %v3414 : i64
                  %v3416 = llvm.getelementptr %in_C_re[%v3415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3417 = llvm.load %v3416 : !llvm.ptr -> f32
                  %v3418 = arith.mulf %v3417, %v3092 fastmath<contract> : f32
                  %v3419 = arith.addf %v3411, %v3418 fastmath<contract> : f32
                  %v3420 = arith.constant 3 : i64
                  %v3421 = arith.muli %v3420, %v2 : i64
                  %v3422 = arith.constant 8 : i64
                  %v3423 = arith.addi %v3421, %v3422 : i64
                  %v3424 = llvm.getelementptr %in_C_re[%v3423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3425 = llvm.load %v3424 : !llvm.ptr -> f32
                  %v3426 = arith.mulf %v3425, %v3105 fastmath<contract> : f32
                  %v3427 = arith.addf %v3419, %v3426 fastmath<contract> : f32
                  %v3428 = llvm.load %v205 : !llvm.ptr -> f32
                  %v3429 = arith.mulf %v3428, %v2972 fastmath<contract> : f32
                  %v3430 = arith.addf %v3427, %v3429 fastmath<contract> : f32
                  %v3431 = llvm.load %v268 : !llvm.ptr -> f32
                  %v3432 = arith.mulf %v3431, %v2988 fastmath<contract> : f32
                  %v3433 = arith.addf %v3432, %v3430 fastmath<contract> : f32
                  %v3434 = arith.mulf %v3012, %v3428 fastmath<contract> : f32
                  %v3435 = arith.mulf %v3431, %v3044 fastmath<contract> : f32
                  %v3436 = arith.addf %v3435, %v3434 fastmath<contract> : f32
                  %v3437 = arith.mulf %v3013, %v3428 fastmath<contract> : f32
                  %v3438 = arith.mulf %v3431, %v3045 fastmath<contract> : f32
                  %v3439 = arith.addf %v3438, %v3437 fastmath<contract> : f32
                  %v3440 = arith.constant 9 : i64
                  %v3441 = llvm.getelementptr %in_C_re[%v3440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3442 = llvm.load %v3441 : !llvm.ptr -> f32
                  %v3443 = arith.mulf %v3442, %v3067 fastmath<contract> : f32
                  %v3444 = arith.constant 1 : i64
                  %v3445 = arith.muli %v3444, %v2 : i64
                  %v3446 = arith.constant 9 : i64
                  %v3447 = arith.addi %v3445, %v3446 : i64
                  %v3448 = llvm.getelementptr %in_C_re[%v3447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3449 = llvm.load %v3448 : !llvm.ptr -> f32
                  %v3450 = arith.mulf %v3449, %v3079 fastmath<contract> : f32
                  %v3451 = arith.addf %v3443, %v3450 fastmath<contract> : f32
                  %v3452 = arith.constant 2 : i64
                  %v3453 = arith.muli %v3452, %v2 : i64
                  %v3454 = arith.constant 9 : i64
                  %v3455 = arith.addi %v3453, %v3454 : i64
                  %v3456 = llvm.getelementptr %in_C_re[%v3455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3457 = llvm.load %v3456 : !llvm.ptr -> f32
                  %v3458 = arith.mulf %v3457, %v3092 fastmath<contract> : f32
                  %v3459 = arith.addf %v3451, %v3458 fastmath<contract> : f32
                  %v3460 = arith.constant 3 : i64
                  %v3461 = arith.muli %v3460, %v2 : i64
                  %v3462 = arith.constant 9 : i64
                  %v3463 = arith.addi %v3461, %v3462 : i64
                  %v3464 = llvm.getelementptr %in_C_re[%v3463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3465 = llvm.load %v3464 : !llvm.ptr -> f32
                  %v3466 = arith.mulf %v3465, %v3105 fastmath<contract> : f32
                  %v3467 = arith.addf %v3459, %v3466 fastmath<contract> : f32
                  %v3468 = llvm.load %v207 : !llvm.ptr -> f32
                  %v3469 = arith.mulf %v3468, %v2973 fastmath<contract> : f32
                  %v3470 = arith.addf %v3467, %v3469 fastmath<contract> : f32
                  %v3471 = llvm.load %v270 : !llvm.ptr -> f32
                  %v3472 = arith.mulf %v3471, %v2989 fastmath<contract> : f32
                  %v3473 = arith.addf %v3472, %v3470 fastmath<contract> : f32
                  %v3474 = arith.mulf %v3014, %v3468 fastmath<contract> : f32
                  %v3475 = arith.mulf %v3471, %v3046 fastmath<contract> : f32
                  %v3476 = arith.addf %v3475, %v3474 fastmath<contract> : f32
                  %v3477 = arith.mulf %v3015, %v3468 fastmath<contract> : f32
                  %v3478 = arith.mulf %v3471, %v3047 fastmath<contract> : f32
                  %v3479 = arith.addf %v3478, %v3477 fastmath<contract> : f32
                  %v3480 = arith.constant 10 : i64
                  %v3481 = llvm.getelementptr %in_C_re[%v3480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3482 = llvm.load %v3481 : !llvm.ptr -> f32
                  %v3483 = arith.mulf %v3482, %v3067 fastmath<contract> : f32
                  %v3484 = arith.constant 1 : i64
                  %v3485 = arith.muli %v3484, %v2 : i64
                  %v3486 = arith.constant 10 : i64
                  %v3487 = arith.addi %v3485, %v3486 : i64
                  %v3488 = llvm.getelementptr %in_C_re[%v3487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3489 = llvm.load %v3488 : !llvm.ptr -> f32
                  %v3490 = arith.mulf %v3489, %v3079 fastmath<contract> : f32
                  %v3491 = arith.addf %v3483, %v3490 fastmath<contract> : f32
                  %v3492 = arith.constant 2 : i64
                  %v3493 = arith.muli %v3492, %v2 : i64
                  %v3494 = arith.constant 10 : i64
                  %v3495 = arith.addi %v3493, %v3494 : i64
                  %v3496 = llvm.getelementptr %in_C_re[%v3495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3497 = llvm.load %v3496 : !llvm.ptr -> f32
                  %v3498 = arith.mulf %v3497, %v3092 fastmath<contract> : f32
                  %v3499 = arith.addf %v3491, %v3498 fastmath<contract> : f32
                  %v3500 = arith.constant 3 : i64
                  %v3501 = arith.muli %v3500, %v2 : i64
                  %v3502 = arith.constant 10 : i64
                  %v3503 = arith.addi %v3501, %v3502 : i64
                  %v3504 = llvm.getelementptr %in_C_re[%v3503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3505 = llvm.load %v3504 : !llvm.ptr -> f32
                  %v3506 = arith.mulf %v3505, %v3105 fastmath<contract> : f32
                  %v3507 = arith.addf %v3499, %v3506 fastmath<contract> : f32
                  %v3508 = llvm.load %v209 : !llvm.ptr -> f32
                  %v3509 = arith.mulf %v3508, %v2974 fastmath<contract> : f32
                  %v3510 = arith.addf %v3507, %v3509 fastmath<contract> : f32
                  %v3511 = llvm.load %v272 : !llvm.ptr -> f32
                  %v3512 = arith.mulf %v3511, %v2990 fastmath<contract> : f32
                  %v3513 = arith.addf %v3512, %v3510 fastmath<contract> : f32
                  %v3514 = arith.mulf %v3016, %v3508 fastmath<contract> : f32
                  %v3515 = arith.mulf %v3511, %v3048 fastmath<contract> : f32
                  %v3516 = arith.addf %v3515, %v3514 fastmath<contract> : f32
                  %v3517 = arith.mulf %v3017, %v3508 fastmath<contract> : f32
                  %v3518 = arith.mulf %v3511, %v3049 fastmath<contract> : f32
                  %v3519 = arith.addf %v3518, %v3517 fastmath<contract> : f32
                  %v3520 = arith.constant 11 : i64
                  %v3521 = llvm.getelementptr %in_C_re[%v3520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3522 = llvm.load %v3521 : !llvm.ptr -> f32
                  %v3523 = arith.mulf %v3522, %v3067 fastmath<contract> : f32
                  %v3524 = arith.constant 1 : i64
                  %v3525 = arith.muli %v3524, %v2 : i64
                  %v3526 = arith.constant 11 : i64
                  %v3527 = arith.addi %v3525, %v3526 : i64
                  %v3528 = llvm.getelementptr %in_C_re[%v3527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3529 = llvm.load %v3528 : !llvm.ptr -> f32
                  %v3530 = arith.mulf %v3529, %v3079 fastmath<contract> : f32
                  %v3531 = arith.addf %v3523, %v3530 fastmath<contract> : f32
                  %v3532 = arith.constant 2 : i64
                  %v3533 = arith.muli %v3532, %v2 : i64
                  %v3534 = arith.constant 11 : i64
                  %v3535 = arith.addi %v3533, %v3534 : i64
                  %v3536 = llvm.getelementptr %in_C_re[%v3535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3537 = llvm.load %v3536 : !llvm.ptr -> f32
                  %v3538 = arith.mulf %v3537, %v3092 fastmath<contract> : f32
                  %v3539 = arith.addf %v3531, %v3538 fastmath<contract> : f32
                  %v3540 = arith.constant 3 : i64
                  %v3541 = arith.muli %v3540, %v2 : i64
                  %v3542 = arith.constant 11 : i64
                  %v3543 = arith.addi %v3541, %v3542 : i64
                  %v3544 = llvm.getelementptr %in_C_re[%v3543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3545 = llvm.load %v3544 : !llvm.ptr -> f32
                  %v3546 = arith.mulf %v3545, %v3105 fastmath<contract> : f32
                  %v3547 = arith.addf %v3539, %v3546 fastmath<contract> : f32
                  %v3548 = llvm.load %v211 : !llvm.ptr -> f32
                  %v3549 = arith.mulf %v3548, %v2975 fastmath<contract> : f32
                  %v3550 = arith.addf %v3547, %v3549 fastmath<contract> : f32
                  %v3551 = llvm.load %v274 : !llvm.ptr -> f32
                  %v3552 = arith.mulf %v3551, %v2991 fastmath<contract> : f32
                  %v3553 = arith.addf %v3552, %v3550 fastmath<contract> : f32
                  %v3554 = arith.mulf %v3018, %v3548 fastmath<contract> : f32
                  %v3555 = arith.mulf %v3551, %v3050 fastmath<contract> : f32
                  %v3556 = arith.addf %v3555, %v3554 fastmath<contract> : f32
                  %v3557 = arith.mulf %v3019, %v3548 fastmath<contract> : f32
                  %v3558 = arith.mulf %v3551, %v3051 fastmath<contract> : f32
                  %v3559 = arith.addf %v3558, %v3557 fastmath<contract> : f32
                  %v3560 = arith.constant 12 : i64
                  %v3561 = llvm.getelementptr %in_C_re[%v3560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3562 = llvm.load %v3561 : !llvm.ptr -> f32
                  %v3563 = arith.mulf %v3562, %v3067 fastmath<contract> : f32
                  %v3564 = arith.constant 1 : i64
                  %v3565 = arith.muli %v3564, %v2 : i64
                  %v3566 = arith.constant 12 : i64
                  %v3567 = arith.addi %v3565, %v3566 : i64
                  %v3568 = llvm.getelementptr %in_C_re[%v3567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3569 = llvm.load %v3568 : !llvm.ptr -> f32
                  %v3570 = arith.mulf %v3569, %v3079 fastmath<contract> : f32
                  %v3571 = arith.addf %v3563, %v3570 fastmath<contract> : f32
                  %v3572 = arith.constant 2 : i64
                  %v3573 = arith.muli %v3572, %v2 : i64
                  %v3574 = arith.constant 12 : i64
                  %v3575 = arith.addi %v3573, %v3574 : i64
                  %v3576 = llvm.getelementptr %in_C_re[%v3575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3577 = llvm.load %v3576 : !llvm.ptr -> f32
                  %v3578 = arith.mulf %v3577, %v3092 fastmath<contract> : f32
                  %v3579 = arith.addf %v3571, %v3578 fastmath<contract> : f32
                  %v3580 = arith.constant 3 : i64
                  %v3581 = arith.muli %v3580, %v2 : i64
                  %v3582 = arith.constant 12 : i64
                  %v3583 = arith.addi %v3581, %v3582 : i64
                  %v3584 = llvm.getelementptr %in_C_re[%v3583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3585 = llvm.load %v3584 : !llvm.ptr -> f32
                  %v3586 = arith.mulf %v3585, %v3105 fastmath<contract> : f32
                  %v3587 = arith.addf %v3579, %v3586 fastmath<contract> : f32
                  %v3588 = llvm.load %v213 : !llvm.ptr -> f32
                  %v3589 = arith.mulf %v3588, %v2976 fastmath<contract> : f32
                  %v3590 = arith.addf %v3587, %v3589 fastmath<contract> : f32
                  %v3591 = llvm.load %v276 : !llvm.ptr -> f32
                  %v3592 = arith.mulf %v3591, %v2992 fastmath<contract> : f32
                  %v3593 = arith.addf %v3592, %v3590 fastmath<contract> : f32
                  %v3594 = arith.mulf %v3020, %v3588 fastmath<contract> : f32
                  %v3595 = arith.mulf %v3591, %v3052 fastmath<contract> : f32
                  %v3596 = arith.addf %v3595, %v3594 fastmath<contract> : f32
                  %v3597 = arith.mulf %v3021, %v3588 fastmath<contract> : f32
                  %v3598 = arith.mulf %v3591, %v3053 fastmath<contract> : f32
                  %v3599 = arith.addf %v3598, %v3597 fastmath<contract> : f32
                  %v3600 = arith.constant 13 : i64
                  %v3601 = llvm.getelementptr %in_C_re[%v3600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3602 = llvm.load %v3601 : !llvm.ptr -> f32
                  %v3603 = arith.mulf %v3602, %v3067 fastmath<contract> : f32
                  %v3604 = arith.constant 1 : i64
                  %v3605 = arith.muli %v3604, %v2 : i64
                  %v3606 = arith.constant 13 : i64
                  %v3607 = arith.addi %v3605, %v3606 : i64
                  %v3608 = llvm.getelementptr %in_C_re[%v3607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3609 = llvm.load %v3608 : !llvm.ptr -> f32
                  %v3610 = arith.mulf %v3609, %v3079 fastmath<contract> : f32
                  %v3611 = arith.addf %v3603, %v3610 fastmath<contract> : f32
                  %v3612 = arith.constant 2 : i64
                  %v3613 = arith.muli %v3612, %v2 : i64
                  %v3614 = arith.constant 13 : i64
                  %v3615 = arith.addi %v3613, %v3614 : i64
                  %v3616 = llvm.getelementptr %in_C_re[%v3615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3617 = llvm.load %v3616 : !llvm.ptr -> f32
                  %v3618 = arith.mulf %v3617, %v3092 fastmath<contract> : f32
                  %v3619 = arith.addf %v3611, %v3618 fastmath<contract> : f32
                  %v3620 = arith.constant 3 : i64
                  %v3621 = arith.muli %v3620, %v2 : i64
                  %v3622 = arith.constant 13 : i64
                  %v3623 = arith.addi %v3621, %v3622 : i64
                  %v3624 = llvm.getelementptr %in_C_re[%v3623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3625 = llvm.load %v3624 : !llvm.ptr -> f32
                  %v3626 = arith.mulf %v3625, %v3105 fastmath<contract> : f32
                  %v3627 = arith.addf %v3619, %v3626 fastmath<contract> : f32
                  %v3628 = llvm.load %v215 : !llvm.ptr -> f32
                  %v3629 = arith.mulf %v3628, %v2977 fastmath<contract> : f32
                  %v3630 = arith.addf %v3627, %v3629 fastmath<contract> : f32
                  %v3631 = llvm.load %v278 : !llvm.ptr -> f32
                  %v3632 = arith.mulf %v3631, %v2993 fastmath<contract> : f32
                  %v3633 = arith.addf %v3632, %v3630 fastmath<contract> : f32
                  %v3634 = arith.mulf %v3022, %v3628 fastmath<contract> : f32
                  %v3635 = arith.mulf %v3631, %v3054 fastmath<contract> : f32
                  %v3636 = arith.addf %v3635, %v3634 fastmath<contract> : f32
                  %v3637 = arith.mulf %v3023, %v3628 fastmath<contract> : f32
                  %v3638 = arith.mulf %v3631, %v3055 fastmath<contract> : f32
                  %v3639 = arith.addf %v3638, %v3637 fastmath<contract> : f32
                  %v3640 = arith.constant 14 : i64
                  %v3641 = llvm.getelementptr %in_C_re[%v3640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3642 = llvm.load %v3641 : !llvm.ptr -> f32
                  %v3643 = arith.mulf %v3642, %v3067 fastmath<contract> : f32
                  %v3644 = arith.constant 1 : i64
                  %v3645 = arith.muli %v3644, %v2 : i64
                  %v3646 = arith.constant 14 : i64
                  %v3647 = arith.addi %v3645, %v3646 : i64
                  %v3648 = llvm.getelementptr %in_C_re[%v3647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3649 = llvm.load %v3648 : !llvm.ptr -> f32
                  %v3650 = arith.mulf %v3649, %v3079 fastmath<contract> : f32
                  %v3651 = arith.addf %v3643, %v3650 fastmath<contract> : f32
                  %v3652 = arith.constant 2 : i64
                  %v3653 = arith.muli %v3652, %v2 : i64
                  %v3654 = arith.constant 14 : i64
                  %v3655 = arith.addi %v3653, %v3654 : i64
                  %v3656 = llvm.getelementptr %in_C_re[%v3655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3657 = llvm.load %v3656 : !llvm.ptr -> f32
                  %v3658 = arith.mulf %v3657, %v3092 fastmath<contract> : f32
                  %v3659 = arith.addf %v3651, %v3658 fastmath<contract> : f32
                  %v3660 = arith.constant 3 : i64
                  %v3661 = arith.muli %v3660, %v2 : i64
                  %v3662 = arith.constant 14 : i64
                  %v3663 = arith.addi %v3661, %v3662 : i64
                  %v3664 = llvm.getelementptr %in_C_re[%v3663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3665 = llvm.load %v3664 : !llvm.ptr -> f32
                  %v3666 = arith.mulf %v3665, %v3105 fastmath<contract> : f32
                  %v3667 = arith.addf %v3659, %v3666 fastmath<contract> : f32
                  %v3668 = llvm.load %v217 : !llvm.ptr -> f32
                  %v3669 = arith.mulf %v3668, %v2978 fastmath<contract> : f32
                  %v3670 = arith.addf %v3667, %v3669 fastmath<contract> : f32
                  %v3671 = llvm.load %v280 : !llvm.ptr -> f32
                  %v3672 = arith.mulf %v3671, %v2994 fastmath<contract> : f32
                  %v3673 = arith.addf %v3672, %v3670 fastmath<contract> : f32
                  %v3674 = arith.mulf %v3024, %v3668 fastmath<contract> : f32
                  %v3675 = arith.mulf %v3671, %v3056 fastmath<contract> : f32
                  %v3676 = arith.addf %v3675, %v3674 fastmath<contract> : f32
                  %v3677 = arith.mulf %v3025, %v3668 fastmath<contract> : f32
                  %v3678 = arith.mulf %v3671, %v3057 fastmath<contract> : f32
                  %v3679 = arith.addf %v3678, %v3677 fastmath<contract> : f32
                  %v3680 = arith.constant 15 : i64
                  %v3681 = llvm.getelementptr %in_C_re[%v3680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3682 = llvm.load %v3681 : !llvm.ptr -> f32
                  %v3683 = arith.mulf %v3682, %v3067 fastmath<contract> : f32
                  %v3684 = arith.constant 1 : i64
                  %v3685 = arith.muli %v3684, %v2 : i64
                  %v3686 = arith.constant 15 : i64
                  %v3687 = arith.addi %v3685, %v3686 : i64
                  %v3688 = llvm.getelementptr %in_C_re[%v3687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3689 = llvm.load %v3688 : !llvm.ptr -> f32
                  %v3690 = arith.mulf %v3689, %v3079 fastmath<contract> : f32
                  %v3691 = arith.addf %v3683, %v3690 fastmath<contract> : f32
                  %v3692 = arith.constant 2 : i64
                  %v3693 = arith.muli %v3692, %v2 : i64
                  %v3694 = arith.constant 15 : i64
                  %v3695 = arith.addi %v3693, %v3694 : i64
                  %v3696 = llvm.getelementptr %in_C_re[%v3695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3697 = llvm.load %v3696 : !llvm.ptr -> f32
                  %v3698 = arith.mulf %v3697, %v3092 fastmath<contract> : f32
                  %v3699 = arith.addf %v3691, %v3698 fastmath<contract> : f32
                  %v3700 = arith.constant 3 : i64
                  %v3701 = arith.muli %v3700, %v2 : i64
                  %v3702 = arith.constant 15 : i64
                  %v3703 = arith.addi %v3701, %v3702 : i64
                  %v3704 = llvm.getelementptr %in_C_re[%v3703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3705 = llvm.load %v3704 : !llvm.ptr -> f32
                  %v3706 = arith.mulf %v3705, %v3105 fastmath<contract> : f32
                  %v3707 = arith.addf %v3699, %v3706 fastmath<contract> : f32
                  %v3708 = llvm.load %v219 : !llvm.ptr -> f32
                  %v3709 = arith.mulf %v3708, %v2979 fastmath<contract> : f32
                  %v3710 = arith.addf %v3707, %v3709 fastmath<contract> : f32
                  %v3711 = llvm.load %v282 : !llvm.ptr -> f32
                  %v3712 = arith.mulf %v3711, %v2995 fastmath<contract> : f32
                  %v3713 = arith.addf %v3712, %v3710 fastmath<contract> : f32
                  %v3714 = arith.mulf %v3026, %v3708 fastmath<contract> : f32
                  %v3715 = arith.mulf %v3711, %v3058 fastmath<contract> : f32
                  %v3716 = arith.addf %v3715, %v3714 fastmath<contract> : f32
                  %v3717 = arith.mulf %v3027, %v3708 fastmath<contract> : f32
                  %v3718 = arith.mulf %v3711, %v3059 fastmath<contract> : f32
                  %v3719 = arith.addf %v3718, %v3717 fastmath<contract> : f32
                  %v3720 = arith.constant 0 : i64
                  %v3721 = llvm.getelementptr %in_C_im[%v3720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3722 = llvm.load %v3721 : !llvm.ptr -> f32
                  %v3723 = arith.negf %v3067 : f32
                  %v3724 = arith.mulf %v3722, %v3723 fastmath<contract> : f32
                  %v3725 = arith.constant 1 : i64
                  %v3726 = arith.muli %v3725, %v2 : i64
                  %v3727 = llvm.getelementptr %in_C_im[%v3726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3728 = llvm.load %v3727 : !llvm.ptr -> f32
                  %v3729 = arith.negf %v3079 : f32
                  %v3730 = arith.mulf %v3728, %v3729 fastmath<contract> : f32
                  %v3731 = arith.addf %v3724, %v3730 fastmath<contract> : f32
                  %v3732 = arith.constant 2 : i64
                  %v3733 = arith.muli %v3732, %v2 : i64
                  %v3734 = llvm.getelementptr %in_C_im[%v3733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3735 = llvm.load %v3734 : !llvm.ptr -> f32
                  %v3736 = arith.negf %v3092 : f32
                  %v3737 = arith.mulf %v3735, %v3736 fastmath<contract> : f32
                  %v3738 = arith.addf %v3731, %v3737 fastmath<contract> : f32
                  %v3739 = arith.constant 3 : i64
                  %v3740 = arith.muli %v3739, %v2 : i64
                  %v3741 = llvm.getelementptr %in_C_im[%v3740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3742 = llvm.load %v3741 : !llvm.ptr -> f32
                  %v3743 = arith.negf %v3105 : f32
                  %v3744 = arith.mulf %v3742, %v3743 fastmath<contract> : f32
                  %v3745 = arith.addf %v3738, %v3744 fastmath<contract> : f32
                  %v3746 = llvm.load %v221 : !llvm.ptr -> f32
                  %v3747 = arith.mulf %v3746, %v2980 fastmath<contract> : f32
                  %v3748 = arith.addf %v3745, %v3747 fastmath<contract> : f32
                  %v3749 = llvm.load %v284 : !llvm.ptr -> f32
                  %v3750 = arith.mulf %v3749, %v2964 fastmath<contract> : f32
                  %v3751 = arith.addf %v3750, %v3748 fastmath<contract> : f32
                  %v3752 = arith.mulf %v3028, %v3746 fastmath<contract> : f32
                  %v3753 = arith.mulf %v3749, %v2996 fastmath<contract> : f32
                  %v3754 = arith.addf %v3753, %v3752 fastmath<contract> : f32
                  %v3755 = arith.mulf %v3029, %v3746 fastmath<contract> : f32
                  %v3756 = arith.mulf %v3749, %v2997 fastmath<contract> : f32
                  %v3757 = arith.addf %v3756, %v3755 fastmath<contract> : f32
                  %v3758 = arith.constant 1 : i64
                  %v3759 = llvm.getelementptr %in_C_im[%v3758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3760 = llvm.load %v3759 : !llvm.ptr -> f32
                  %v3761 = arith.mulf %v3760, %v3723 fastmath<contract> : f32
                  %v3762 = arith.constant 1 : i64
                  %v3763 = arith.muli %v3762, %v2 : i64
                  %v3764 = arith.constant 1 : i64
                  %v3765 = arith.addi %v3763, %v3764 : i64
                  %v3766 = llvm.getelementptr %in_C_im[%v3765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3767 = llvm.load %v3766 : !llvm.ptr -> f32
                  %v3768 = arith.mulf %v3767, %v3729 fastmath<contract> : f32
                  %v3769 = arith.addf %v3761, %v3768 fastmath<contract> : f32
                  %v3770 = arith.constant 2 : i64
                  %v3771 = arith.muli %v3770, %v2 : i64
                  %v3772 = arith.constant 1 : i64
                  %v3773 = arith.addi %v3771, %v3772 : i64
                  %v3774 = llvm.getelementptr %in_C_im[%v3773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3775 = llvm.load %v3774 : !llvm.ptr -> f32
                  %v3776 = arith.mulf %v3775, %v3736 fastmath<contract> : f32
                  %v3777 = arith.addf %v3769, %v3776 fastmath<contract> : f32
                  %v3778 = arith.constant 3 : i64
                  %v3779 = arith.muli %v3778, %v2 : i64
                  %v3780 = arith.constant 1 : i64
                  %v3781 = arith.addi %v3779, %v3780 : i64
                  %v3782 = llvm.getelementptr %in_C_im[%v3781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3783 = llvm.load %v3782 : !llvm.ptr -> f32
                  %v3784 = arith.mulf %v3783, %v3743 fastmath<contract> : f32
                  %v3785 = arith.addf %v3777, %v3784 fastmath<contract> : f32
                  %v3786 = llvm.load %v223 : !llvm.ptr -> f32
                  %v3787 = arith.mulf %v3786, %v2981 fastmath<contract> : f32
                  %v3788 = arith.addf %v3785, %v3787 fastmath<contract> : f32
                  %v3789 = llvm.load %v286 : !llvm.ptr -> f32
                  %v3790 = arith.mulf %v3789, %v2965 fastmath<contract> : f32
                  %v3791 = arith.addf %v3790, %v3788 fastmath<contract> : f32
                  %v3792 = arith.mulf %v3030, %v3786 fastmath<contract> : f32
                  %v3793 = arith.mulf %v3789, %v2998 fastmath<contract> : f32
                  %v3794 = arith.addf %v3793, %v3792 fastmath<contract> : f32
                  %v3795 = arith.mulf %v3031, %v3786 fastmath<contract> : f32
                  %v3796 = arith.mulf %v3789, %v2999 fastmath<contract> : f32
                  %v3797 = arith.addf %v3796, %v3795 fastmath<contract> : f32
                  %v3798 = arith.constant 2 : i64
                  %v3799 = llvm.getelementptr %in_C_im[%v3798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3800 = llvm.load %v3799 : !llvm.ptr -> f32
                  %v3801 = arith.mulf %v3800, %v3723 fastmath<contract> : f32
                  %v3802 = arith.constant 1 : i64
                  %v3803 = arith.muli %v3802, %v2 : i64
                  %v3804 = arith.constant 2 : i64
                  %v3805 = arith.addi %v3803, %v3804 : i64
                  %v3806 = llvm.getelementptr %in_C_im[%v3805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3807 = llvm.load %v3806 : !llvm.ptr -> f32
                  %v3808 = arith.mulf %v3807, %v3729 fastmath<contract> : f32
                  %v3809 = arith.addf %v3801, %v3808 fastmath<contract> : f32
                  %v3810 = arith.constant 2 : i64
                  %v3811 = arith.muli %v3810, %v2 : i64
                  %v3812 = arith.constant 2 : i64
                  %v3813 = arith.addi %v3811, %v3812 : i64
                  %v3814 = llvm.getelementptr %in_C_im[%v3813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3815 = llvm.load %v3814 : !llvm.ptr -> f32
                  %v3816 = arith.mulf %v3815, %v3736 fastmath<contract> : f32
                  %v3817 = arith.addf %v3809, %v3816 fastmath<contract> : f32
                  %v3818 = arith.constant 3 : i64
                  %v3819 = arith.muli %v3818, %v2 : i64
                  %v3820 = arith.constant 2 : i64
                  %v3821 = arith.addi %v3819, %v3820 : i64
                  %v3822 = llvm.getelementptr %in_C_im[%v3821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3823 = llvm.load %v3822 : !llvm.ptr -> f32
                  %v3824 = arith.mulf %v3823, %v3743 fastmath<contract> : f32
                  %v3825 = arith.addf %v3817, %v3824 fastmath<contract> : f32
                  %v3826 = llvm.load %v225 : !llvm.ptr -> f32
                  %v3827 = arith.mulf %v3826, %v2982 fastmath<contract> : f32
                  %v3828 = arith.addf %v3825, %v3827 fastmath<contract> : f32
                  %v3829 = llvm.load %v288 : !llvm.ptr -> f32
                  %v3830 = arith.mulf %v3829, %v2966 fastmath<contract> : f32
                  %v3831 = arith.addf %v3830, %v3828 fastmath<contract> : f32
                  %v3832 = arith.mulf %v3032, %v3826 fastmath<contract> : f32
                  %v3833 = arith.mulf %v3829, %v3000 fastmath<contract> : f32
                  %v3834 = arith.addf %v3833, %v3832 fastmath<contract> : f32
                  %v3835 = arith.mulf %v3033, %v3826 fastmath<contract> : f32
                  %v3836 = arith.mulf %v3829, %v3001 fastmath<contract> : f32
                  %v3837 = arith.addf %v3836, %v3835 fastmath<contract> : f32
                  %v3838 = arith.constant 3 : i64
                  %v3839 = llvm.getelementptr %in_C_im[%v3838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3840 = llvm.load %v3839 : !llvm.ptr -> f32
                  %v3841 = arith.mulf %v3840, %v3723 fastmath<contract> : f32
                  %v3842 = arith.constant 1 : i64
                  %v3843 = arith.muli %v3842, %v2 : i64
                  %v3844 = arith.constant 3 : i64
                  %v3845 = arith.addi %v3843, %v3844 : i64
                  %v3846 = llvm.getelementptr %in_C_im[%v3845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3847 = llvm.load %v3846 : !llvm.ptr -> f32
                  %v3848 = arith.mulf %v3847, %v3729 fastmath<contract> : f32
                  %v3849 = arith.addf %v3841, %v3848 fastmath<contract> : f32
                  %v3850 = arith.constant 2 : i64
                  %v3851 = arith.muli %v3850, %v2 : i64
                  %v3852 = arith.constant 3 : i64
                  %v3853 = arith.addi %v3851, %v3852 : i64
                  %v3854 = llvm.getelementptr %in_C_im[%v3853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3855 = llvm.load %v3854 : !llvm.ptr -> f32
                  %v3856 = arith.mulf %v3855, %v3736 fastmath<contract> : f32
                  %v3857 = arith.addf %v3849, %v3856 fastmath<contract> : f32
                  %v3858 = arith.constant 3 : i64
                  %v3859 = arith.muli %v3858, %v2 : i64
                  %v3860 = arith.constant 3 : i64
                  %v3861 = arith.addi %v3859, %v3860 : i64
                  %v3862 = llvm.getelementptr %in_C_im[%v3861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3863 = llvm.load %v3862 : !llvm.ptr -> f32
                  %v3864 = arith.mulf %v3863, %v3743 fastmath<contract> : f32
                  %v3865 = arith.addf %v3857, %v3864 fastmath<contract> : f32
                  %v3866 = llvm.load %v227 : !llvm.ptr -> f32
                  %v3867 = arith.mulf %v3866, %v2983 fastmath<contract> : f32
                  %v3868 = arith.addf %v3865, %v3867 fastmath<contract> : f32
                  %v3869 = llvm.load %v290 : !llvm.ptr -> f32
                  %v3870 = arith.mulf %v3869, %v2967 fastmath<contract> : f32
                  %v3871 = arith.addf %v3870, %v3868 fastmath<contract> : f32
                  %v3872 = arith.mulf %v3034, %v3866 fastmath<contract> : f32
                  %v3873 = arith.mulf %v3869, %v3002 fastmath<contract> : f32
                  %v3874 = arith.addf %v3873, %v3872 fastmath<contract> : f32
                  %v3875 = arith.mulf %v3035, %v3866 fastmath<contract> : f32
                  %v3876 = arith.mulf %v3869, %v3003 fastmath<contract> : f32
                  %v3877 = arith.addf %v3876, %v3875 fastmath<contract> : f32
                  %v3878 = arith.constant 4 : i64
                  %v3879 = llvm.getelementptr %in_C_im[%v3878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3880 = llvm.load %v3879 : !llvm.ptr -> f32
                  %v3881 = arith.mulf %v3880, %v3723 fastmath<contract> : f32
                  %v3882 = arith.constant 1 : i64
                  %v3883 = arith.muli %v3882, %v2 : i64
                  %v3884 = arith.constant 4 : i64
                  %v3885 = arith.addi %v3883, %v3884 : i64
                  %v3886 = llvm.getelementptr %in_C_im[%v3885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3887 = llvm.load %v3886 : !llvm.ptr -> f32
                  %v3888 = arith.mulf %v3887, %v3729 fastmath<contract> : f32
                  %v3889 = arith.addf %v3881, %v3888 fastmath<contract> : f32
                  %v3890 = arith.constant 2 : i64
                  %v3891 = arith.muli %v3890, %v2 : i64
                  %v3892 = arith.constant 4 : i64
                  %v3893 = arith.addi %v3891, %v3892 : i64
                  %v3894 = llvm.getelementptr %in_C_im[%v3893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3895 = llvm.load %v3894 : !llvm.ptr -> f32
                  %v3896 = arith.mulf %v3895, %v3736 fastmath<contract> : f32
                  %v3897 = arith.addf %v3889, %v3896 fastmath<contract> : f32
                  %v3898 = arith.constant 3 : i64
                  %v3899 = arith.muli %v3898, %v2 : i64
                  %v3900 = arith.constant 4 : i64
                  %v3901 = arith.addi %v3899, %v3900 : i64
                  %v3902 = llvm.getelementptr %in_C_im[%v3901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3903 = llvm.load %v3902 : !llvm.ptr -> f32
                  %v3904 = arith.mulf %v3903, %v3743 fastmath<contract> : f32
                  %v3905 = arith.addf %v3897, %v3904 fastmath<contract> : f32
                  %v3906 = llvm.load %v229 : !llvm.ptr -> f32
                  %v3907 = arith.mulf %v3906, %v2984 fastmath<contract> : f32
                  %v3908 = arith.addf %v3905, %v3907 fastmath<contract> : f32
                  %v3909 = llvm.load %v292 : !llvm.ptr -> f32
                  %v3910 = arith.mulf %v3909, %v2968 fastmath<contract> : f32
                  %v3911 = arith.addf %v3910, %v3908 fastmath<contract> : f32
                  %v3912 = arith.mulf %v3036, %v3906 fastmath<contract> : f32
                  %v3913 = arith.mulf %v3909, %v3004 fastmath<contract> : f32
                  %v3914 = arith.addf %v3913, %v3912 fastmath<contract> : f32
                  %v3915 = arith.mulf %v3037, %v3906 fastmath<contract> : f32
                  %v3916 = arith.mulf %v3909, %v3005 fastmath<contract> : f32
                  %v3917 = arith.addf %v3916, %v3915 fastmath<contract> : f32
                  %v3918 = arith.constant 5 : i64
                  %v3919 = llvm.getelementptr %in_C_im[%v3918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3920 = llvm.load %v3919 : !llvm.ptr -> f32
                  %v3921 = arith.mulf %v3920, %v3723 fastmath<contract> : f32
                  %v3922 = arith.constant 1 : i64
                  %v3923 = arith.muli %v3922, %v2 : i64
                  %v3924 = arith.constant 5 : i64
                  %v3925 = arith.addi %v3923, %v3924 : i64
                  %v3926 = llvm.getelementptr %in_C_im[%v3925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3927 = llvm.load %v3926 : !llvm.ptr -> f32
                  %v3928 = arith.mulf %v3927, %v3729 fastmath<contract> : f32
                  %v3929 = arith.addf %v3921, %v3928 fastmath<contract> : f32
                  %v3930 = arith.constant 2 : i64
                  %v3931 = arith.muli %v3930, %v2 : i64
                  %v3932 = arith.constant 5 : i64
                  %v3933 = arith.addi %v3931, %v3932 : i64
                  %v3934 = llvm.getelementptr %in_C_im[%v3933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3935 = llvm.load %v3934 : !llvm.ptr -> f32
                  %v3936 = arith.mulf %v3935, %v3736 fastmath<contract> : f32
                  %v3937 = arith.addf %v3929, %v3936 fastmath<contract> : f32
                  %v3938 = arith.constant 3 : i64
                  %v3939 = arith.muli %v3938, %v2 : i64
                  %v3940 = arith.constant 5 : i64
                  %v3941 = arith.addi %v3939, %v3940 : i64
                  %v3942 = llvm.getelementptr %in_C_im[%v3941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3943 = llvm.load %v3942 : !llvm.ptr -> f32
                  %v3944 = arith.mulf %v3943, %v3743 fastmath<contract> : f32
                  %v3945 = arith.addf %v3937, %v3944 fastmath<contract> : f32
                  %v3946 = llvm.load %v231 : !llvm.ptr -> f32
                  %v3947 = arith.mulf %v3946, %v2985 fastmath<contract> : f32
                  %v3948 = arith.addf %v3945, %v3947 fastmath<contract> : f32
                  %v3949 = llvm.load %v294 : !llvm.ptr -> f32
                  %v3950 = arith.mulf %v3949, %v2969 fastmath<contract> : f32
                  %v3951 = arith.addf %v3950, %v3948 fastmath<contract> : f32
                  %v3952 = arith.mulf %v3038, %v3946 fastmath<contract> : f32
                  %v3953 = arith.mulf %v3949, %v3006 fastmath<contract> : f32
                  %v3954 = arith.addf %v3953, %v3952 fastmath<contract> : f32
                  %v3955 = arith.mulf %v3039, %v3946 fastmath<contract> : f32
                  %v3956 = arith.mulf %v3949, %v3007 fastmath<contract> : f32
                  %v3957 = arith.addf %v3956, %v3955 fastmath<contract> : f32
                  %v3958 = arith.constant 6 : i64
                  %v3959 = llvm.getelementptr %in_C_im[%v3958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3960 = llvm.load %v3959 : !llvm.ptr -> f32
                  %v3961 = arith.mulf %v3960, %v3723 fastmath<contract> : f32
                  %v3962 = arith.constant 1 : i64
                  %v3963 = arith.muli %v3962, %v2 : i64
                  %v3964 = arith.constant 6 : i64
                  %v3965 = arith.addi %v3963, %v3964 : i64
                  %v3966 = llvm.getelementptr %in_C_im[%v3965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3967 = llvm.load %v3966 : !llvm.ptr -> f32
                  %v3968 = arith.mulf %v3967, %v3729 fastmath<contract> : f32
                  %v3969 = arith.addf %v3961, %v3968 fastmath<contract> : f32
                  %v3970 = arith.constant 2 : i64
                  %v3971 = arith.muli %v3970, %v2 : i64
                  %v3972 = arith.constant 6 : i64
                  %v3973 = arith.addi %v3971, %v3972 : i64
                  %v3974 = llvm.getelementptr %in_C_im[%v3973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3975 = llvm.load %v3974 : !llvm.ptr -> f32
                  %v3976 = arith.mulf %v3975, %v3736 fastmath<contract> : f32
                  %v3977 = arith.addf %v3969, %v3976 fastmath<contract> : f32
                  %v3978 = arith.constant 3 : i64
                  %v3979 = arith.muli %v3978, %v2 : i64
                  %v3980 = arith.constant 6 : i64
                  %v3981 = arith.addi %v3979, %v3980 : i64
                  %v3982 = llvm.getelementptr %in_C_im[%v3981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3983 = llvm.load %v3982 : !llvm.ptr -> f32
                  %v3984 = arith.mulf %v3983, %v3743 fastmath<contract> : f32
                  %v3985 = arith.addf %v3977, %v3984 fastmath<contract> : f32
                  %v3986 = llvm.load %v233 : !llvm.ptr -> f32
                  %v3987 = arith.mulf %v3986, %v2986 fastmath<contract> : f32
                  %v3988 = arith.addf %v3985, %v3987 fastmath<contract> : f32
                  %v3989 = llvm.load %v296 : !llvm.ptr -> f32
                  %v3990 = arith.mulf %v3989, %v2970 fastmath<contract> : f32
                  %v3991 = arith.addf %v3990, %v3988 fastmath<contract> : f32
                  %v3992 = arith.mulf %v3040, %v3986 fastmath<contract> : f32
                  %v3993 = arith.mulf %v3989, %v3008 fastmath<contract> : f32
                  %v3994 = arith.addf %v3993, %v3992 fastmath<contract> : f32
                  %v3995 = arith.mulf %v3041, %v3986 fastmath<contract> : f32
                  %v3996 = arith.mulf %v3989, %v3009 fastmath<contract> : f32
                  %v3997 = arith.addf %v3996, %v3995 fastmath<contract> : f32
                  %v3998 = arith.constant 7 : i64
                  %v3999 = llvm.getelementptr %in_C_im[%v3998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4000 = llvm.load %v3999 : !llvm.ptr -> f32
                  %v4001 = arith.mulf %v4000, %v3723 fastmath<contract> : f32
                  %v4002 = arith.constant 1 : i64
                  %v4003 = arith.muli %v4002, %v2 : i64
                  %v4004 = arith.constant 7 : i64
                  %v4005 = arith.addi %v4003, %v4004 : i64
                  %v4006 = llvm.getelementptr %in_C_im[%v4005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4007 = llvm.load %v4006 : !llvm.ptr -> f32
                  %v4008 = arith.mulf %v4007, %v3729 fastmath<contract> : f32
                  %v4009 = arith.addf %v4001, %v4008 fastmath<contract> : f32
                  %v4010 = arith.constant 2 : i64
                  %v4011 = arith.muli %v4010, %v2 : i64
                  %v4012 = arith.constant 7 : i64
                  %v4013 = arith.addi %v4011, %v4012 : i64
                  %v4014 = llvm.getelementptr %in_C_im[%v4013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4015 = llvm.load %v4014 : !llvm.ptr -> f32
                  %v4016 = arith.mulf %v4015, %v3736 fastmath<contract> : f32
                  %v4017 = arith.addf %v4009, %v4016 fastmath<contract> : f32
                  %v4018 = arith.constant 3 : i64
                  %v4019 = arith.muli %v4018, %v2 : i64
                  %v4020 = arith.constant 7 : i64
                  %v4021 = arith.addi %v4019, %v4020 : i64
                  %v4022 = llvm.getelementptr %in_C_im[%v4021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4023 = llvm.load %v4022 : !llvm.ptr -> f32
                  %v4024 = arith.mulf %v4023, %v3743 fastmath<contract> : f32
                  %v4025 = arith.addf %v4017, %v4024 fastmath<contract> : f32
                  %v4026 = llvm.load %v235 : !llvm.ptr -> f32
                  %v4027 = arith.mulf %v4026, %v2987 fastmath<contract> : f32
                  %v4028 = arith.addf %v4025, %v4027 fastmath<contract> : f32
                  %v4029 = llvm.load %v298 : !llvm.ptr -> f32
                  %v4030 = arith.mulf %v4029, %v2971 fastmath<contract> : f32
                  %v4031 = arith.addf %v4030, %v4028 fastmath<contract> : f32
                  %v4032 = arith.mulf %v3042, %v4026 fastmath<contract> : f32
                  %v4033 = arith.mulf %v4029, %v3010 fastmath<contract> : f32
                  %v4034 = arith.addf %v4033, %v4032 fastmath<contract> : f32
                  %v4035 = arith.mulf %v3043, %v4026 fastmath<contract> : f32
                  %v4036 = arith.mulf %v4029, %v3011 fastmath<contract> : f32
                  %v4037 = arith.addf %v4036, %v4035 fastmath<contract> : f32
                  %v4038 = arith.constant 8 : i64
                  %v4039 = llvm.getelementptr %in_C_im[%v4038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4040 = llvm.load %v4039 : !llvm.ptr -> f32
                  %v4041 = arith.mulf %v4040, %v3723 fastmath<contract> : f32
                  %v4042 = arith.constant 1 : i64
                  %v4043 = arith.muli %v4042, %v2 : i64
                  %v4044 = arith.constant 8 : i64
                  %v4045 = arith.addi %v4043, %v4044 : i64
                  %v4046 = llvm.getelementptr %in_C_im[%v4045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4047 = llvm.load %v4046 : !llvm.ptr -> f32
                  %v4048 = arith.mulf %v4047, %v3729 fastmath<contract> : f32
                  %v4049 = arith.addf %v4041, %v4048 fastmath<contract> : f32
                  %v4050 = arith.constant 2 : i64
                  %v4051 = arith.muli %v4050, %v2 : i64
                  %v4052 = arith.constant 8 : i64
                  %v4053 = arith.addi %v4051, %v4052 : i64
                  %v4054 = llvm.getelementptr %in_C_im[%v4053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4055 = llvm.load %v4054 : !llvm.ptr -> f32
                  %v4056 = arith.mulf %v4055, %v3736 fastmath<contract> : f32
                  %v4057 = arith.addf %v4049, %v4056 fastmath<contract> : f32
                  %v4058 = arith.constant 3 : i64
                  %v4059 = arith.muli %v4058, %v2 : i64
                  %v4060 = arith.constant 8 : i64
                  %v4061 = arith.addi %v4059, %v4060 : i64
                  %v4062 = llvm.getelementptr %in_C_im[%v4061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4063 = llvm.load %v4062 : !llvm.ptr -> f32
                  %v4064 = arith.mulf %v4063, %v3743 fastmath<contract> : f32
                  %v4065 = arith.addf %v4057, %v4064 fastmath<contract> : f32
                  %v4066 = llvm.load %v237 : !llvm.ptr -> f32
                  %v4067 = arith.mulf %v4066, %v2988 fastmath<contract> : f32
                  %v4068 = arith.addf %v4065, %v4067 fastmath<contract> : f32
                  %v4069 = llvm.load %v300 : !llvm.ptr -> f32
                  %v4070 = arith.mulf %v4069, %v2972 fastmath<contract> : f32
                  %v4071 = arith.addf %v4070, %v4068 fastmath<contract> : f32
                  %v4072 = arith.mulf %v3044, %v4066 fastmath<contract> : f32
                  %v4073 = arith.mulf %v4069, %v3012 fastmath<contract> : f32
                  %v4074 = arith.addf %v4073, %v4072 fastmath<contract> : f32
                  %v4075 = arith.mulf %v3045, %v4066 fastmath<contract> : f32
                  %v4076 = arith.mulf %v4069, %v3013 fastmath<contract> : f32
                  %v4077 = arith.addf %v4076, %v4075 fastmath<contract> : f32
                  %v4078 = arith.constant 9 : i64
                  %v4079 = llvm.getelementptr %in_C_im[%v4078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4080 = llvm.load %v4079 : !llvm.ptr -> f32
                  %v4081 = arith.mulf %v4080, %v3723 fastmath<contract> : f32
                  %v4082 = arith.constant 1 : i64
                  %v4083 = arith.muli %v4082, %v2 : i64
                  %v4084 = arith.constant 9 : i64
                  %v4085 = arith.addi %v4083, %v4084 : i64
                  %v4086 = llvm.getelementptr %in_C_im[%v4085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4087 = llvm.load %v4086 : !llvm.ptr -> f32
                  %v4088 = arith.mulf %v4087, %v3729 fastmath<contract> : f32
                  %v4089 = arith.addf %v4081, %v4088 fastmath<contract> : f32
                  %v4090 = arith.constant 2 : i64
                  %v4091 = arith.muli %v4090, %v2 : i64
                  %v4092 = arith.constant 9 : i64
                  %v4093 = arith.addi %v4091, %v4092 : i64
                  %v4094 = llvm.getelementptr %in_C_im[%v4093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4095 = llvm.load %v4094 : !llvm.ptr -> f32
                  %v4096 = arith.mulf %v4095, %v3736 fastmath<contract> : f32
                  %v4097 = arith.addf %v4089, %v4096 fastmath<contract> : f32
                  %v4098 = arith.constant 3 : i64
                  %v4099 = arith.muli %v4098, %v2 : i64
                  %v4100 = arith.constant 9 : i64
                  %v4101 = arith.addi %v4099, %v4100 : i64
                  %v4102 = llvm.getelementptr %in_C_im[%v4101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4103 = llvm.load %v4102 : !llvm.ptr -> f32
                  %v4104 = arith.mulf %v4103, %v3743 fastmath<contract> : f32
                  %v4105 = arith.addf %v4097, %v4104 fastmath<contract> : f32
                  %v4106 = llvm.load %v239 : !llvm.ptr -> f32
                  %v4107 = arith.mulf %v4106, %v2989 fastmath<contract> : f32
                  %v4108 = arith.addf %v4105, %v4107 fastmath<contract> : f32
                  %v4109 = llvm.load %v302 : !llvm.ptr -> f32
                  %v4110 = arith.mulf %v4109, %v2973 fastmath<contract> : f32
                  %v4111 = arith.addf %v4110, %v4108 fastmath<contract> : f32
                  %v4112 = arith.mulf %v3046, %v4106 fastmath<contract> : f32
                  %v4113 = arith.mulf %v4109, %v3014 fastmath<contract> : f32
                  %v4114 = arith.addf %v4113, %v4112 fastmath<contract> : f32
                  %v4115 = arith.mulf %v3047, %v4106 fastmath<contract> : f32
                  %v4116 = arith.mulf %v4109, %v3015 fastmath<contract> : f32
                  %v4117 = arith.addf %v4116, %v4115 fastmath<contract> : f32
                  %v4118 = arith.constant 10 : i64
                  %v4119 = llvm.getelementptr %in_C_im[%v4118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4120 = llvm.load %v4119 : !llvm.ptr -> f32
                  %v4121 = arith.mulf %v4120, %v3723 fastmath<contract> : f32
                  %v4122 = arith.constant 1 : i64
                  %v4123 = arith.muli %v4122, %v2 : i64
                  %v4124 = arith.constant 10 : i64
                  %v4125 = arith.addi %v4123, %v4124 : i64
                  %v4126 = llvm.getelementptr %in_C_im[%v4125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4127 = llvm.load %v4126 : !llvm.ptr -> f32
                  %v4128 = arith.mulf %v4127, %v3729 fastmath<contract> : f32
                  %v4129 = arith.addf %v4121, %v4128 fastmath<contract> : f32
                  %v4130 = arith.constant 2 : i64
                  %v4131 = arith.muli %v4130, %v2 : i64
                  %v4132 = arith.constant 10 : i64
                  %v4133 = arith.addi %v4131, %v4132 : i64
                  %v4134 = llvm.getelementptr %in_C_im[%v4133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4135 = llvm.load %v4134 : !llvm.ptr -> f32
                  %v4136 = arith.mulf %v4135, %v3736 fastmath<contract> : f32
                  %v4137 = arith.addf %v4129, %v4136 fastmath<contract> : f32
                  %v4138 = arith.constant 3 : i64
                  %v4139 = arith.muli %v4138, %v2 : i64
                  %v4140 = arith.constant 10 : i64
                  %v4141 = arith.addi %v4139, %v4140 : i64
                  %v4142 = llvm.getelementptr %in_C_im[%v4141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4143 = llvm.load %v4142 : !llvm.ptr -> f32
                  %v4144 = arith.mulf %v4143, %v3743 fastmath<contract> : f32
                  %v4145 = arith.addf %v4137, %v4144 fastmath<contract> : f32
                  %v4146 = llvm.load %v241 : !llvm.ptr -> f32
                  %v4147 = arith.mulf %v4146, %v2990 fastmath<contract> : f32
                  %v4148 = arith.addf %v4145, %v4147 fastmath<contract> : f32
                  %v4149 = llvm.load %v304 : !llvm.ptr -> f32
                  %v4150 = arith.mulf %v4149, %v2974 fastmath<contract> : f32
                  %v4151 = arith.addf %v4150, %v4148 fastmath<contract> : f32
                  %v4152 = arith.mulf %v3048, %v4146 fastmath<contract> : f32
                  %v4153 = arith.mulf %v4149, %v3016 fastmath<contract> : f32
                  %v4154 = arith.addf %v4153, %v4152 fastmath<contract> : f32
                  %v4155 = arith.mulf %v3049, %v4146 fastmath<contract> : f32
                  %v4156 = arith.mulf %v4149, %v3017 fastmath<contract> : f32
                  %v4157 = arith.addf %v4156, %v4155 fastmath<contract> : f32
                  %v4158 = arith.constant 11 : i64
                  %v4159 = llvm.getelementptr %in_C_im[%v4158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4160 = llvm.load %v4159 : !llvm.ptr -> f32
                  %v4161 = arith.mulf %v4160, %v3723 fastmath<contract> : f32
                  %v4162 = arith.constant 1 : i64
                  %v4163 = arith.muli %v4162, %v2 : i64
                  %v4164 = arith.constant 11 : i64
                  %v4165 = arith.addi %v4163, %v4164 : i64
                  %v4166 = llvm.getelementptr %in_C_im[%v4165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4167 = llvm.load %v4166 : !llvm.ptr -> f32
                  %v4168 = arith.mulf %v4167, %v3729 fastmath<contract> : f32
                  %v4169 = arith.addf %v4161, %v4168 fastmath<contract> : f32
                  %v4170 = arith.constant 2 : i64
                  %v4171 = arith.muli %v4170, %v2 : i64
                  %v4172 = arith.constant 11 : i64
                  %v4173 = arith.addi %v4171, %v4172 : i64
                  %v4174 = llvm.getelementptr %in_C_im[%v4173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4175 = llvm.load %v4174 : !llvm.ptr -> f32
                  %v4176 = arith.mulf %v4175, %v3736 fastmath<contract> : f32
                  %v4177 = arith.addf %v4169, %v4176 fastmath<contract> : f32
                  %v4178 = arith.constant 3 : i64
                  %v4179 = arith.muli %v4178, %v2 : i64
                  %v4180 = arith.constant 11 : i64
                  %v4181 = arith.addi %v4179, %v4180 : i64
                  %v4182 = llvm.getelementptr %in_C_im[%v4181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4183 = llvm.load %v4182 : !llvm.ptr -> f32
                  %v4184 = arith.mulf %v4183, %v3743 fastmath<contract> : f32
                  %v4185 = arith.addf %v4177, %v4184 fastmath<contract> : f32
                  %v4186 = llvm.load %v243 : !llvm.ptr -> f32
                  %v4187 = arith.mulf %v4186, %v2991 fastmath<contract> : f32
                  %v4188 = arith.addf %v4185, %v4187 fastmath<contract> : f32
                  %v4189 = llvm.load %v306 : !llvm.ptr -> f32
                  %v4190 = arith.mulf %v4189, %v2975 fastmath<contract> : f32
                  %v4191 = arith.addf %v4190, %v4188 fastmath<contract> : f32
                  %v4192 = arith.mulf %v3050, %v4186 fastmath<contract> : f32
                  %v4193 = arith.mulf %v4189, %v3018 fastmath<contract> : f32
                  %v4194 = arith.addf %v4193, %v4192 fastmath<contract> : f32
                  %v4195 = arith.mulf %v3051, %v4186 fastmath<contract> : f32
                  %v4196 = arith.mulf %v4189, %v3019 fastmath<contract> : f32
                  %v4197 = arith.addf %v4196, %v4195 fastmath<contract> : f32
                  %v4198 = arith.constant 12 : i64
                  %v4199 = llvm.getelementptr %in_C_im[%v4198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4200 = llvm.load %v4199 : !llvm.ptr -> f32
                  %v4201 = arith.mulf %v4200, %v3723 fastmath<contract> : f32
                  %v4202 = arith.constant 1 : i64
                  %v4203 = arith.muli %v4202, %v2 : i64
                  %v4204 = arith.constant 12 : i64
                  %v4205 = arith.addi %v4203, %v4204 : i64
                  %v4206 = llvm.getelementptr %in_C_im[%v4205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4207 = llvm.load %v4206 : !llvm.ptr -> f32
                  %v4208 = arith.mulf %v4207, %v3729 fastmath<contract> : f32
                  %v4209 = arith.addf %v4201, %v4208 fastmath<contract> : f32
                  %v4210 = arith.constant 2 : i64
                  %v4211 = arith.muli %v4210, %v2 : i64
                  %v4212 = arith.constant 12 : i64
                  %v4213 = arith.addi %v4211, %v4212 : i64
                  %v4214 = llvm.getelementptr %in_C_im[%v4213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4215 = llvm.load %v4214 : !llvm.ptr -> f32
                  %v4216 = arith.mulf %v4215, %v3736 fastmath<contract> : f32
                  %v4217 = arith.addf %v4209, %v4216 fastmath<contract> : f32
                  %v4218 = arith.constant 3 : i64
                  %v4219 = arith.muli %v4218, %v2 : i64
                  %v4220 = arith.constant 12 : i64
                  %v4221 = arith.addi %v4219, %v4220 : i64
                  %v4222 = llvm.getelementptr %in_C_im[%v4221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4223 = llvm.load %v4222 : !llvm.ptr -> f32
                  %v4224 = arith.mulf %v4223, %v3743 fastmath<contract> : f32
                  %v4225 = arith.addf %v4217, %v4224 fastmath<contract> : f32
                  %v4226 = llvm.load %v245 : !llvm.ptr -> f32
                  %v4227 = arith.mulf %v4226, %v2992 fastmath<contract> : f32
                  %v4228 = arith.addf %v4225, %v4227 fastmath<contract> : f32
                  %v4229 = llvm.load %v308 : !llvm.ptr -> f32
                  %v4230 = arith.mulf %v4229, %v2976 fastmath<contract> : f32
                  %v4231 = arith.addf %v4230, %v4228 fastmath<contract> : f32
                  %v4232 = arith.mulf %v3052, %v4226 fastmath<contract> : f32
                  %v4233 = arith.mulf %v4229, %v3020 fastmath<contract> : f32
                  %v4234 = arith.addf %v4233, %v4232 fastmath<contract> : f32
                  %v4235 = arith.mulf %v3053, %v4226 fastmath<contract> : f32
                  %v4236 = arith.mulf %v4229, %v3021 fastmath<contract> : f32
                  %v4237 = arith.addf %v4236, %v4235 fastmath<contract> : f32
                  %v4238 = arith.constant 13 : i64
                  %v4239 = llvm.getelementptr %in_C_im[%v4238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4240 = llvm.load %v4239 : !llvm.ptr -> f32
                  %v4241 = arith.mulf %v4240, %v3723 fastmath<contract> : f32
                  %v4242 = arith.constant 1 : i64
                  %v4243 = arith.muli %v4242, %v2 : i64
                  %v4244 = arith.constant 13 : i64
                  %v4245 = arith.addi %v4243, %v4244 : i64
                  %v4246 = llvm.getelementptr %in_C_im[%v4245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4247 = llvm.load %v4246 : !llvm.ptr -> f32
                  %v4248 = arith.mulf %v4247, %v3729 fastmath<contract> : f32
                  %v4249 = arith.addf %v4241, %v4248 fastmath<contract> : f32
                  %v4250 = arith.constant 2 : i64
                  %v4251 = arith.muli %v4250, %v2 : i64
                  %v4252 = arith.constant 13 : i64
                  %v4253 = arith.addi %v4251, %v4252 : i64
                  %v4254 = llvm.getelementptr %in_C_im[%v4253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4255 = llvm.load %v4254 : !llvm.ptr -> f32
                  %v4256 = arith.mulf %v4255, %v3736 fastmath<contract> : f32
                  %v4257 = arith.addf %v4249, %v4256 fastmath<contract> : f32
                  %v4258 = arith.constant 3 : i64
                  %v4259 = arith.muli %v4258, %v2 : i64
                  %v4260 = arith.constant 13 : i64
                  %v4261 = arith.addi %v4259, %v4260 : i64
                  %v4262 = llvm.getelementptr %in_C_im[%v4261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4263 = llvm.load %v4262 : !llvm.ptr -> f32
                  %v4264 = arith.mulf %v4263, %v3743 fastmath<contract> : f32
                  %v4265 = arith.addf %v4257, %v4264 fastmath<contract> : f32
                  %v4266 = llvm.load %v247 : !llvm.ptr -> f32
                  %v4267 = arith.mulf %v4266, %v2993 fastmath<contract> : f32
                  %v4268 = arith.addf %v4265, %v4267 fastmath<contract> : f32
                  %v4269 = llvm.load %v310 : !llvm.ptr -> f32
                  %v4270 = arith.mulf %v4269, %v2977 fastmath<contract> : f32
                  %v4271 = arith.addf %v4270, %v4268 fastmath<contract> : f32
                  %v4272 = arith.mulf %v3054, %v4266 fastmath<contract> : f32
                  %v4273 = arith.mulf %v4269, %v3022 fastmath<contract> : f32
                  %v4274 = arith.addf %v4273, %v4272 fastmath<contract> : f32
                  %v4275 = arith.mulf %v3055, %v4266 fastmath<contract> : f32
                  %v4276 = arith.mulf %v4269, %v3023 fastmath<contract> : f32
                  %v4277 = arith.addf %v4276, %v4275 fastmath<contract> : f32
                  %v4278 = arith.constant 14 : i64
                  %v4279 = llvm.getelementptr %in_C_im[%v4278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4280 = llvm.load %v4279 : !llvm.ptr -> f32
                  %v4281 = arith.mulf %v4280, %v3723 fastmath<contract> : f32
                  %v4282 = arith.constant 1 : i64
                  %v4283 = arith.muli %v4282, %v2 : i64
                  %v4284 = arith.constant 14 : i64
                  %v4285 = arith.addi %v4283, %v4284 : i64
                  %v4286 = llvm.getelementptr %in_C_im[%v4285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4287 = llvm.load %v4286 : !llvm.ptr -> f32
                  %v4288 = arith.mulf %v4287, %v3729 fastmath<contract> : f32
                  %v4289 = arith.addf %v4281, %v4288 fastmath<contract> : f32
                  %v4290 = arith.constant 2 : i64
                  %v4291 = arith.muli %v4290, %v2 : i64
                  %v4292 = arith.constant 14 : i64
                  %v4293 = arith.addi %v4291, %v4292 : i64
                  %v4294 = llvm.getelementptr %in_C_im[%v4293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4295 = llvm.load %v4294 : !llvm.ptr -> f32
                  %v4296 = arith.mulf %v4295, %v3736 fastmath<contract> : f32
                  %v4297 = arith.addf %v4289, %v4296 fastmath<contract> : f32
                  %v4298 = arith.constant 3 : i64
                  %v4299 = arith.muli %v4298, %v2 : i64
                  %v4300 = arith.constant 14 : i64
                  %v4301 = arith.addi %v4299, %v4300 : i64
                  %v4302 = llvm.getelementptr %in_C_im[%v4301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4303 = llvm.load %v4302 : !llvm.ptr -> f32
                  %v4304 = arith.mulf %v4303, %v3743 fastmath<contract> : f32
                  %v4305 = arith.addf %v4297, %v4304 fastmath<contract> : f32
                  %v4306 = llvm.load %v249 : !llvm.ptr -> f32
                  %v4307 = arith.mulf %v4306, %v2994 fastmath<contract> : f32
                  %v4308 = arith.addf %v4305, %v4307 fastmath<contract> : f32
                  %v4309 = llvm.load %v312 : !llvm.ptr -> f32
                  %v4310 = arith.mulf %v4309, %v2978 fastmath<contract> : f32
                  %v4311 = arith.addf %v4310, %v4308 fastmath<contract> : f32
                  %v4312 = arith.mulf %v3056, %v4306 fastmath<contract> : f32
                  %v4313 = arith.mulf %v4309, %v3024 fastmath<contract> : f32
                  %v4314 = arith.addf %v4313, %v4312 fastmath<contract> : f32
                  %v4315 = arith.mulf %v3057, %v4306 fastmath<contract> : f32
                  %v4316 = arith.mulf %v4309, %v3025 fastmath<contract> : f32
                  %v4317 = arith.addf %v4316, %v4315 fastmath<contract> : f32
                  %v4318 = arith.constant 15 : i64
                  %v4319 = llvm.getelementptr %in_C_im[%v4318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4320 = llvm.load %v4319 : !llvm.ptr -> f32
                  %v4321 = arith.mulf %v4320, %v3723 fastmath<contract> : f32
                  %v4322 = arith.constant 1 : i64
                  %v4323 = arith.muli %v4322, %v2 : i64
                  %v4324 = arith.constant 15 : i64
                  %v4325 = arith.addi %v4323, %v4324 : i64
                  %v4326 = llvm.getelementptr %in_C_im[%v4325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4327 = llvm.load %v4326 : !llvm.ptr -> f32
                  %v4328 = arith.mulf %v4327, %v3729 fastmath<contract> : f32
                  %v4329 = arith.addf %v4321, %v4328 fastmath<contract> : f32
                  %v4330 = arith.constant 2 : i64
                  %v4331 = arith.muli %v4330, %v2 : i64
                  %v4332 = arith.constant 15 : i64
                  %v4333 = arith.addi %v4331, %v4332 : i64
                  %v4334 = llvm.getelementptr %in_C_im[%v4333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4335 = llvm.load %v4334 : !llvm.ptr -> f32
                  %v4336 = arith.mulf %v4335, %v3736 fastmath<contract> : f32
                  %v4337 = arith.addf %v4329, %v4336 fastmath<contract> : f32
                  %v4338 = arith.constant 3 : i64
                  %v4339 = arith.muli %v4338, %v2 : i64
                  %v4340 = arith.constant 15 : i64
                  %v4341 = arith.addi %v4339, %v4340 : i64
                  %v4342 = llvm.getelementptr %in_C_im[%v4341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4343 = llvm.load %v4342 : !llvm.ptr -> f32
                  %v4344 = arith.mulf %v4343, %v3743 fastmath<contract> : f32
                  %v4345 = arith.addf %v4337, %v4344 fastmath<contract> : f32
                  %v4346 = llvm.load %v250 : !llvm.ptr -> f32
                  %v4347 = arith.mulf %v4346, %v2995 fastmath<contract> : f32
                  %v4348 = arith.addf %v4345, %v4347 fastmath<contract> : f32
                  %v4349 = llvm.load %v314 : !llvm.ptr -> f32
                  %v4350 = arith.mulf %v4349, %v2979 fastmath<contract> : f32
                  %v4351 = arith.addf %v4350, %v4348 fastmath<contract> : f32
                  %v4352 = arith.mulf %v3058, %v4346 fastmath<contract> : f32
                  %v4353 = arith.mulf %v4349, %v3026 fastmath<contract> : f32
                  %v4354 = arith.addf %v4353, %v4352 fastmath<contract> : f32
                  %v4355 = arith.mulf %v3059, %v4346 fastmath<contract> : f32
                  %v4356 = arith.mulf %v4349, %v3027 fastmath<contract> : f32
                  %v4357 = arith.addf %v4356, %v4355 fastmath<contract> : f32
                  llvm.store %v3113, %v128 : f32, !llvm.ptr
                  llvm.store %v3116, %v931 : f32, !llvm.ptr
                  llvm.store %v3119, %v932 : f32, !llvm.ptr
                  llvm.store %v3153, %v129 : f32, !llvm.ptr
                  llvm.store %v3156, %v933 : f32, !llvm.ptr
                  llvm.store %v3159, %v934 : f32, !llvm.ptr
                  llvm.store %v3193, %v131 : f32, !llvm.ptr
                  llvm.store %v3196, %v935 : f32, !llvm.ptr
                  llvm.store %v3199, %v936 : f32, !llvm.ptr
                  llvm.store %v3233, %v133 : f32, !llvm.ptr
                  llvm.store %v3236, %v937 : f32, !llvm.ptr
                  llvm.store %v3239, %v938 : f32, !llvm.ptr
                  llvm.store %v3273, %v134 : f32, !llvm.ptr
                  llvm.store %v3276, %v939 : f32, !llvm.ptr
                  llvm.store %v3279, %v940 : f32, !llvm.ptr
                  llvm.store %v3313, %v136 : f32, !llvm.ptr
                  llvm.store %v3316, %v941 : f32, !llvm.ptr
                  llvm.store %v3319, %v942 : f32, !llvm.ptr
                  llvm.store %v3353, %v138 : f32, !llvm.ptr
                  llvm.store %v3356, %v943 : f32, !llvm.ptr
                  llvm.store %v3359, %v944 : f32, !llvm.ptr
                  llvm.store %v3393, %v140 : f32, !llvm.ptr
                  llvm.store %v3396, %v945 : f32, !llvm.ptr
                  llvm.store %v3399, %v946 : f32, !llvm.ptr
                  llvm.store %v3433, %v142 : f32, !llvm.ptr
                  llvm.store %v3436, %v947 : f32, !llvm.ptr
                  llvm.store %v3439, %v948 : f32, !llvm.ptr
                  llvm.store %v3473, %v144 : f32, !llvm.ptr
                  llvm.store %v3476, %v949 : f32, !llvm.ptr
                  llvm.store %v3479, %v950 : f32, !llvm.ptr
                  llvm.store %v3513, %v146 : f32, !llvm.ptr
                  llvm.store %v3516, %v951 : f32, !llvm.ptr
                  llvm.store %v3519, %v952 : f32, !llvm.ptr
                  llvm.store %v3553, %v148 : f32, !llvm.ptr
                  llvm.store %v3556, %v953 : f32, !llvm.ptr
                  llvm.store %v3559, %v954 : f32, !llvm.ptr
                  llvm.store %v3593, %v150 : f32, !llvm.ptr
                  llvm.store %v3596, %v955 : f32, !llvm.ptr
                  llvm.store %v3599, %v956 : f32, !llvm.ptr
                  llvm.store %v3633, %v152 : f32, !llvm.ptr
                  llvm.store %v3636, %v957 : f32, !llvm.ptr
                  llvm.store %v3639, %v958 : f32, !llvm.ptr
                  llvm.store %v3673, %v154 : f32, !llvm.ptr
                  llvm.store %v3676, %v959 : f32, !llvm.ptr
                  llvm.store %v3679, %v960 : f32, !llvm.ptr
                  llvm.store %v3713, %v156 : f32, !llvm.ptr
                  llvm.store %v3716, %v961 : f32, !llvm.ptr
                  llvm.store %v3719, %v962 : f32, !llvm.ptr
                  llvm.store %v3751, %v157 : f32, !llvm.ptr
                  llvm.store %v3754, %v963 : f32, !llvm.ptr
                  llvm.store %v3757, %v964 : f32, !llvm.ptr
                  llvm.store %v3791, %v159 : f32, !llvm.ptr
                  llvm.store %v3794, %v965 : f32, !llvm.ptr
                  llvm.store %v3797, %v966 : f32, !llvm.ptr
                  llvm.store %v3831, %v161 : f32, !llvm.ptr
                  llvm.store %v3834, %v967 : f32, !llvm.ptr
                  llvm.store %v3837, %v968 : f32, !llvm.ptr
                  llvm.store %v3871, %v163 : f32, !llvm.ptr
                  llvm.store %v3874, %v969 : f32, !llvm.ptr
                  llvm.store %v3877, %v970 : f32, !llvm.ptr
                  llvm.store %v3911, %v165 : f32, !llvm.ptr
                  llvm.store %v3914, %v971 : f32, !llvm.ptr
                  llvm.store %v3917, %v972 : f32, !llvm.ptr
                  llvm.store %v3951, %v167 : f32, !llvm.ptr
                  llvm.store %v3954, %v973 : f32, !llvm.ptr
                  llvm.store %v3957, %v974 : f32, !llvm.ptr
                  llvm.store %v3991, %v169 : f32, !llvm.ptr
                  llvm.store %v3994, %v975 : f32, !llvm.ptr
                  llvm.store %v3997, %v976 : f32, !llvm.ptr
                  llvm.store %v4031, %v171 : f32, !llvm.ptr
                  llvm.store %v4034, %v977 : f32, !llvm.ptr
                  llvm.store %v4037, %v978 : f32, !llvm.ptr
                  llvm.store %v4071, %v173 : f32, !llvm.ptr
                  llvm.store %v4074, %v979 : f32, !llvm.ptr
                  llvm.store %v4077, %v980 : f32, !llvm.ptr
                  llvm.store %v4111, %v175 : f32, !llvm.ptr
                  llvm.store %v4114, %v981 : f32, !llvm.ptr
                  llvm.store %v4117, %v982 : f32, !llvm.ptr
                  llvm.store %v4151, %v177 : f32, !llvm.ptr
                  llvm.store %v4154, %v983 : f32, !llvm.ptr
                  llvm.store %v4157, %v984 : f32, !llvm.ptr
                  llvm.store %v4191, %v179 : f32, !llvm.ptr
                  llvm.store %v4194, %v985 : f32, !llvm.ptr
                  llvm.store %v4197, %v986 : f32, !llvm.ptr
                  llvm.store %v4231, %v181 : f32, !llvm.ptr
                  llvm.store %v4234, %v987 : f32, !llvm.ptr
                  llvm.store %v4237, %v988 : f32, !llvm.ptr
                  llvm.store %v4271, %v183 : f32, !llvm.ptr
                  llvm.store %v4274, %v989 : f32, !llvm.ptr
                  llvm.store %v4277, %v990 : f32, !llvm.ptr
                  llvm.store %v4311, %v185 : f32, !llvm.ptr
                  llvm.store %v4314, %v991 : f32, !llvm.ptr
                  llvm.store %v4317, %v992 : f32, !llvm.ptr
                  llvm.store %v4351, %v187 : f32, !llvm.ptr
                  llvm.store %v4354, %v993 : f32, !llvm.ptr
                  llvm.store %v4357, %v994 : f32, !llvm.ptr
                  scf.if %v2962 {
                  }
                  %v4358 = arith.constant 0 : i64
                  %v4359 = llvm.getelementptr %in_lam_re[%v4358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4360 = llvm.load %v4359 : !llvm.ptr -> f32
                  %v4361 = arith.constant 0 : i64
                  %v4362 = llvm.getelementptr %in_log_dt[%v4361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4363 = llvm.load %v4362 : !llvm.ptr -> f32
                  %v4364 = arith.mulf %v4363, %v2443 fastmath<contract> : f32
                  %v4365 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4364) : (f32) -> f32
                  %v4366 = arith.mulf %v4360, %v4365 fastmath<contract> : f32
                  %v4367 = arith.mulf %v4366, %v2443 fastmath<contract> : f32
                  %v4368 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4367) : (f32) -> f32
                  %v4369 = arith.constant 0 : i64
                  %v4370 = llvm.getelementptr %in_lam_im[%v4369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4371 = llvm.load %v4370 : !llvm.ptr -> f32
                  %v4372 = arith.mulf %v4371, %v4365 fastmath<contract> : f32
                  %v4373 = arith.mulf %v4372, %v2453 fastmath<contract> : f32
                  %v4374 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4373) : (f32) -> f32
                  %v4375 = arith.mulf %v4374, %v2456 fastmath<contract> : f32
                  %v4376 = arith.subf %v4372, %v4375 fastmath<contract> : f32
                  %v4377 = arith.mulf %v4374, %v2457 fastmath<contract> : f32
                  %v4378 = arith.subf %v4376, %v4377 fastmath<contract> : f32
                  %v4379 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4378) : (f32) -> f32
                  %v4380 = arith.mulf %v4368, %v4379 fastmath<contract> : f32
                  llvm.store %v4380, %v189 : f32, !llvm.ptr
                  %v4381 = arith.mulf %v4372, %v2453 fastmath<contract> : f32
                  %v4382 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4381) : (f32) -> f32
                  %v4383 = arith.mulf %v4382, %v2456 fastmath<contract> : f32
                  %v4384 = arith.subf %v4372, %v4383 fastmath<contract> : f32
                  %v4385 = arith.mulf %v4382, %v2457 fastmath<contract> : f32
                  %v4386 = arith.subf %v4384, %v4385 fastmath<contract> : f32
                  %v4387 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4386) : (f32) -> f32
                  %v4388 = arith.mulf %v4368, %v4387 fastmath<contract> : f32
                  llvm.store %v4388, %v252 : f32, !llvm.ptr
                  %v4389 = arith.constant 1 : i64
                  %v4390 = llvm.getelementptr %in_lam_re[%v4389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4391 = llvm.load %v4390 : !llvm.ptr -> f32
                  %v4392 = arith.constant 1 : i64
                  %v4393 = llvm.getelementptr %in_log_dt[%v4392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4394 = llvm.load %v4393 : !llvm.ptr -> f32
                  %v4395 = arith.mulf %v4394, %v2443 fastmath<contract> : f32
                  %v4396 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4395) : (f32) -> f32
                  %v4397 = arith.mulf %v4391, %v4396 fastmath<contract> : f32
                  %v4398 = arith.mulf %v4397, %v2443 fastmath<contract> : f32
                  %v4399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4398) : (f32) -> f32
                  %v4400 = arith.constant 1 : i64
                  %v4401 = llvm.getelementptr %in_lam_im[%v4400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4402 = llvm.load %v4401 : !llvm.ptr -> f32
                  %v4403 = arith.mulf %v4402, %v4396 fastmath<contract> : f32
                  %v4404 = arith.mulf %v4403, %v2453 fastmath<contract> : f32
                  %v4405 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4404) : (f32) -> f32
                  %v4406 = arith.mulf %v4405, %v2456 fastmath<contract> : f32
                  %v4407 = arith.subf %v4403, %v4406 fastmath<contract> : f32
                  %v4408 = arith.mulf %v4405, %v2457 fastmath<contract> : f32
                  %v4409 = arith.subf %v4407, %v4408 fastmath<contract> : f32
                  %v4410 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4409) : (f32) -> f32
                  %v4411 = arith.mulf %v4399, %v4410 fastmath<contract> : f32
                  llvm.store %v4411, %v191 : f32, !llvm.ptr
                  %v4412 = arith.mulf %v4403, %v2453 fastmath<contract> : f32
                  %v4413 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4412) : (f32) -> f32
                  %v4414 = arith.mulf %v4413, %v2456 fastmath<contract> : f32
                  %v4415 = arith.subf %v4403, %v4414 fastmath<contract> : f32
                  %v4416 = arith.mulf %v4413, %v2457 fastmath<contract> : f32
                  %v4417 = arith.subf %v4415, %v4416 fastmath<contract> : f32
                  %v4418 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4417) : (f32) -> f32
                  %v4419 = arith.mulf %v4399, %v4418 fastmath<contract> : f32
                  llvm.store %v4419, %v254 : f32, !llvm.ptr
                  %v4420 = arith.constant 2 : i64
                  %v4421 = llvm.getelementptr %in_lam_re[%v4420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4422 = llvm.load %v4421 : !llvm.ptr -> f32
                  %v4423 = arith.constant 2 : i64
                  %v4424 = llvm.getelementptr %in_log_dt[%v4423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4425 = llvm.load %v4424 : !llvm.ptr -> f32
                  %v4426 = arith.mulf %v4425, %v2443 fastmath<contract> : f32
                  %v4427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4426) : (f32) -> f32
                  %v4428 = arith.mulf %v4422, %v4427 fastmath<contract> : f32
                  %v4429 = arith.mulf %v4428, %v2443 fastmath<contract> : f32
                  %v4430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4429) : (f32) -> f32
                  %v4431 = arith.constant 2 : i64
                  %v4432 = llvm.getelementptr %in_lam_im[%v4431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4433 = llvm.load %v4432 : !llvm.ptr -> f32
                  %v4434 = arith.mulf %v4433, %v4427 fastmath<contract> : f32
                  %v4435 = arith.mulf %v4434, %v2453 fastmath<contract> : f32
                  %v4436 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4435) : (f32) -> f32
                  %v4437 = arith.mulf %v4436, %v2456 fastmath<contract> : f32
                  %v4438 = arith.subf %v4434, %v4437 fastmath<contract> : f32
                  %v4439 = arith.mulf %v4436, %v2457 fastmath<contract> : f32
                  %v4440 = arith.subf %v4438, %v4439 fastmath<contract> : f32
                  %v4441 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4440) : (f32) -> f32
                  %v4442 = arith.mulf %v4430, %v4441 fastmath<contract> : f32
                  llvm.store %v4442, %v193 : f32, !llvm.ptr
                  %v4443 = arith.mulf %v4434, %v2453 fastmath<contract> : f32
                  %v4444 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4443) : (f32) -> f32
                  %v4445 = arith.mulf %v4444, %v2456 fastmath<contract> : f32
                  %v4446 = arith.subf %v4434, %v4445 fastmath<contract> : f32
                  %v4447 = arith.mulf %v4444, %v2457 fastmath<contract> : f32
                  %v4448 = arith.subf %v4446, %v4447 fastmath<contract> : f32
                  %v4449 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4448) : (f32) -> f32
                  %v4450 = arith.mulf %v4430, %v4449 fastmath<contract> : f32
                  llvm.store %v4450, %v256 : f32, !llvm.ptr
                  %v4451 = arith.constant 3 : i64
                  %v4452 = llvm.getelementptr %in_lam_re[%v4451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4453 = llvm.load %v4452 : !llvm.ptr -> f32
                  %v4454 = arith.constant 3 : i64
                  %v4455 = llvm.getelementptr %in_log_dt[%v4454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4456 = llvm.load %v4455 : !llvm.ptr -> f32
                  %v4457 = arith.mulf %v4456, %v2443 fastmath<contract> : f32
                  %v4458 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4457) : (f32) -> f32
                  %v4459 = arith.mulf %v4453, %v4458 fastmath<contract> : f32
                  %v4460 = arith.mulf %v4459, %v2443 fastmath<contract> : f32
                  %v4461 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4460) : (f32) -> f32
                  %v4462 = arith.constant 3 : i64
                  %v4463 = llvm.getelementptr %in_lam_im[%v4462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4464 = llvm.load %v4463 : !llvm.ptr -> f32
                  %v4465 = arith.mulf %v4464, %v4458 fastmath<contract> : f32
                  %v4466 = arith.mulf %v4465, %v2453 fastmath<contract> : f32
                  %v4467 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4466) : (f32) -> f32
                  %v4468 = arith.mulf %v4467, %v2456 fastmath<contract> : f32
                  %v4469 = arith.subf %v4465, %v4468 fastmath<contract> : f32
                  %v4470 = arith.mulf %v4467, %v2457 fastmath<contract> : f32
                  %v4471 = arith.subf %v4469, %v4470 fastmath<contract> : f32
                  %v4472 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4471) : (f32) -> f32
                  %v4473 = arith.mulf %v4461, %v4472 fastmath<contract> : f32
                  llvm.store %v4473, %v195 : f32, !llvm.ptr
                  %v4474 = arith.mulf %v4465, %v2453 fastmath<contract> : f32
                  %v4475 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4474) : (f32) -> f32
                  %v4476 = arith.mulf %v4475, %v2456 fastmath<contract> : f32
                  %v4477 = arith.subf %v4465, %v4476 fastmath<contract> : f32
                  %v4478 = arith.mulf %v4475, %v2457 fastmath<contract> : f32
                  %v4479 = arith.subf %v4477, %v4478 fastmath<contract> : f32
                  %v4480 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4479) : (f32) -> f32
                  %v4481 = arith.mulf %v4461, %v4480 fastmath<contract> : f32
                  llvm.store %v4481, %v258 : f32, !llvm.ptr
                  %v4482 = arith.constant 4 : i64
                  %v4483 = llvm.getelementptr %in_lam_re[%v4482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4484 = llvm.load %v4483 : !llvm.ptr -> f32
                  %v4485 = arith.constant 4 : i64
                  %v4486 = llvm.getelementptr %in_log_dt[%v4485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4487 = llvm.load %v4486 : !llvm.ptr -> f32
                  %v4488 = arith.mulf %v4487, %v2443 fastmath<contract> : f32
                  %v4489 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4488) : (f32) -> f32
                  %v4490 = arith.mulf %v4484, %v4489 fastmath<contract> : f32
                  %v4491 = arith.mulf %v4490, %v2443 fastmath<contract> : f32
                  %v4492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4491) : (f32) -> f32
                  %v4493 = arith.constant 4 : i64
                  %v4494 = llvm.getelementptr %in_lam_im[%v4493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4495 = llvm.load %v4494 : !llvm.ptr -> f32
                  %v4496 = arith.mulf %v4495, %v4489 fastmath<contract> : f32
                  %v4497 = arith.mulf %v4496, %v2453 fastmath<contract> : f32
                  %v4498 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4497) : (f32) -> f32
                  %v4499 = arith.mulf %v4498, %v2456 fastmath<contract> : f32
                  %v4500 = arith.subf %v4496, %v4499 fastmath<contract> : f32
                  %v4501 = arith.mulf %v4498, %v2457 fastmath<contract> : f32
                  %v4502 = arith.subf %v4500, %v4501 fastmath<contract> : f32
                  %v4503 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4502) : (f32) -> f32
                  %v4504 = arith.mulf %v4492, %v4503 fastmath<contract> : f32
                  llvm.store %v4504, %v197 : f32, !llvm.ptr
                  %v4505 = arith.mulf %v4496, %v2453 fastmath<contract> : f32
                  %v4506 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4505) : (f32) -> f32
                  %v4507 = arith.mulf %v4506, %v2456 fastmath<contract> : f32
                  %v4508 = arith.subf %v4496, %v4507 fastmath<contract> : f32
                  %v4509 = arith.mulf %v4506, %v2457 fastmath<contract> : f32
                  %v4510 = arith.subf %v4508, %v4509 fastmath<contract> : f32
                  %v4511 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4510) : (f32) -> f32
                  %v4512 = arith.mulf %v4492, %v4511 fastmath<contract> : f32
                  llvm.store %v4512, %v260 : f32, !llvm.ptr
                  %v4513 = arith.constant 5 : i64
                  %v4514 = llvm.getelementptr %in_lam_re[%v4513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4515 = llvm.load %v4514 : !llvm.ptr -> f32
                  %v4516 = arith.constant 5 : i64
                  %v4517 = llvm.getelementptr %in_log_dt[%v4516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4518 = llvm.load %v4517 : !llvm.ptr -> f32
                  %v4519 = arith.mulf %v4518, %v2443 fastmath<contract> : f32
                  %v4520 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4519) : (f32) -> f32
                  %v4521 = arith.mulf %v4515, %v4520 fastmath<contract> : f32
                  %v4522 = arith.mulf %v4521, %v2443 fastmath<contract> : f32
                  %v4523 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4522) : (f32) -> f32
                  %v4524 = arith.constant 5 : i64
                  %v4525 = llvm.getelementptr %in_lam_im[%v4524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4526 = llvm.load %v4525 : !llvm.ptr -> f32
                  %v4527 = arith.mulf %v4526, %v4520 fastmath<contract> : f32
                  %v4528 = arith.mulf %v4527, %v2453 fastmath<contract> : f32
                  %v4529 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4528) : (f32) -> f32
                  %v4530 = arith.mulf %v4529, %v2456 fastmath<contract> : f32
                  %v4531 = arith.subf %v4527, %v4530 fastmath<contract> : f32
                  %v4532 = arith.mulf %v4529, %v2457 fastmath<contract> : f32
                  %v4533 = arith.subf %v4531, %v4532 fastmath<contract> : f32
                  %v4534 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4533) : (f32) -> f32
                  %v4535 = arith.mulf %v4523, %v4534 fastmath<contract> : f32
                  llvm.store %v4535, %v199 : f32, !llvm.ptr
                  %v4536 = arith.mulf %v4527, %v2453 fastmath<contract> : f32
                  %v4537 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4536) : (f32) -> f32
                  %v4538 = arith.mulf %v4537, %v2456 fastmath<contract> : f32
                  %v4539 = arith.subf %v4527, %v4538 fastmath<contract> : f32
                  %v4540 = arith.mulf %v4537, %v2457 fastmath<contract> : f32
                  %v4541 = arith.subf %v4539, %v4540 fastmath<contract> : f32
                  %v4542 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4541) : (f32) -> f32
                  %v4543 = arith.mulf %v4523, %v4542 fastmath<contract> : f32
                  llvm.store %v4543, %v262 : f32, !llvm.ptr
                  %v4544 = arith.constant 6 : i64
                  %v4545 = llvm.getelementptr %in_lam_re[%v4544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4546 = llvm.load %v4545 : !llvm.ptr -> f32
                  %v4547 = arith.constant 6 : i64
                  %v4548 = llvm.getelementptr %in_log_dt[%v4547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4549 = llvm.load %v4548 : !llvm.ptr -> f32
                  %v4550 = arith.mulf %v4549, %v2443 fastmath<contract> : f32
                  %v4551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4550) : (f32) -> f32
                  %v4552 = arith.mulf %v4546, %v4551 fastmath<contract> : f32
                  %v4553 = arith.mulf %v4552, %v2443 fastmath<contract> : f32
                  %v4554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4553) : (f32) -> f32
                  %v4555 = arith.constant 6 : i64
                  %v4556 = llvm.getelementptr %in_lam_im[%v4555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4557 = llvm.load %v4556 : !llvm.ptr -> f32
                  %v4558 = arith.mulf %v4557, %v4551 fastmath<contract> : f32
                  %v4559 = arith.mulf %v4558, %v2453 fastmath<contract> : f32
                  %v4560 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4559) : (f32) -> f32
                  %v4561 = arith.mulf %v4560, %v2456 fastmath<contract> : f32
                  %v4562 = arith.subf %v4558, %v4561 fastmath<contract> : f32
                  %v4563 = arith.mulf %v4560, %v2457 fastmath<contract> : f32
                  %v4564 = arith.subf %v4562, %v4563 fastmath<contract> : f32
                  %v4565 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4564) : (f32) -> f32
                  %v4566 = arith.mulf %v4554, %v4565 fastmath<contract> : f32
                  llvm.store %v4566, %v201 : f32, !llvm.ptr
                  %v4567 = arith.mulf %v4558, %v2453 fastmath<contract> : f32
                  %v4568 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4567) : (f32) -> f32
                  %v4569 = arith.mulf %v4568, %v2456 fastmath<contract> : f32
                  %v4570 = arith.subf %v4558, %v4569 fastmath<contract> : f32
                  %v4571 = arith.mulf %v4568, %v2457 fastmath<contract> : f32
                  %v4572 = arith.subf %v4570, %v4571 fastmath<contract> : f32
                  %v4573 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4572) : (f32) -> f32
                  %v4574 = arith.mulf %v4554, %v4573 fastmath<contract> : f32
                  llvm.store %v4574, %v264 : f32, !llvm.ptr
                  %v4575 = arith.constant 7 : i64
                  %v4576 = llvm.getelementptr %in_lam_re[%v4575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4577 = llvm.load %v4576 : !llvm.ptr -> f32
                  %v4578 = arith.constant 7 : i64
                  %v4579 = llvm.getelementptr %in_log_dt[%v4578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4580 = llvm.load %v4579 : !llvm.ptr -> f32
                  %v4581 = arith.mulf %v4580, %v2443 fastmath<contract> : f32
                  %v4582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4581) : (f32) -> f32
                  %v4583 = arith.mulf %v4577, %v4582 fastmath<contract> : f32
                  %v4584 = arith.mulf %v4583, %v2443 fastmath<contract> : f32
                  %v4585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4584) : (f32) -> f32
                  %v4586 = arith.constant 7 : i64
                  %v4587 = llvm.getelementptr %in_lam_im[%v4586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4588 = llvm.load %v4587 : !llvm.ptr -> f32
                  %v4589 = arith.mulf %v4588, %v4582 fastmath<contract> : f32
                  %v4590 = arith.mulf %v4589, %v2453 fastmath<contract> : f32
                  %v4591 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4590) : (f32) -> f32
                  %v4592 = arith.mulf %v4591, %v2456 fastmath<contract> : f32
                  %v4593 = arith.subf %v4589, %v4592 fastmath<contract> : f32
                  %v4594 = arith.mulf %v4591, %v2457 fastmath<contract> : f32
                  %v4595 = arith.subf %v4593, %v4594 fastmath<contract> : f32
                  %v4596 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4595) : (f32) -> f32
                  %v4597 = arith.mulf %v4585, %v4596 fastmath<contract> : f32
                  llvm.store %v4597, %v203 : f32, !llvm.ptr
                  %v4598 = arith.mulf %v4589, %v2453 fastmath<contract> : f32
                  %v4599 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4598) : (f32) -> f32
                  %v4600 = arith.mulf %v4599, %v2456 fastmath<contract> : f32
                  %v4601 = arith.subf %v4589, %v4600 fastmath<contract> : f32
                  %v4602 = arith.mulf %v4599, %v2457 fastmath<contract> : f32
                  %v4603 = arith.subf %v4601, %v4602 fastmath<contract> : f32
                  %v4604 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4603) : (f32) -> f32
                  %v4605 = arith.mulf %v4585, %v4604 fastmath<contract> : f32
                  llvm.store %v4605, %v266 : f32, !llvm.ptr
                  %v4606 = arith.constant 8 : i64
                  %v4607 = llvm.getelementptr %in_lam_re[%v4606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4608 = llvm.load %v4607 : !llvm.ptr -> f32
                  %v4609 = arith.constant 8 : i64
                  %v4610 = llvm.getelementptr %in_log_dt[%v4609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4611 = llvm.load %v4610 : !llvm.ptr -> f32
                  %v4612 = arith.mulf %v4611, %v2443 fastmath<contract> : f32
                  %v4613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4612) : (f32) -> f32
                  %v4614 = arith.mulf %v4608, %v4613 fastmath<contract> : f32
                  %v4615 = arith.mulf %v4614, %v2443 fastmath<contract> : f32
                  %v4616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4615) : (f32) -> f32
                  %v4617 = arith.constant 8 : i64
                  %v4618 = llvm.getelementptr %in_lam_im[%v4617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4619 = llvm.load %v4618 : !llvm.ptr -> f32
                  %v4620 = arith.mulf %v4619, %v4613 fastmath<contract> : f32
                  %v4621 = arith.mulf %v4620, %v2453 fastmath<contract> : f32
                  %v4622 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4621) : (f32) -> f32
                  %v4623 = arith.mulf %v4622, %v2456 fastmath<contract> : f32
                  %v4624 = arith.subf %v4620, %v4623 fastmath<contract> : f32
                  %v4625 = arith.mulf %v4622, %v2457 fastmath<contract> : f32
                  %v4626 = arith.subf %v4624, %v4625 fastmath<contract> : f32
                  %v4627 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4626) : (f32) -> f32
                  %v4628 = arith.mulf %v4616, %v4627 fastmath<contract> : f32
                  llvm.store %v4628, %v205 : f32, !llvm.ptr
                  %v4629 = arith.mulf %v4620, %v2453 fastmath<contract> : f32
                  %v4630 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4629) : (f32) -> f32
                  %v4631 = arith.mulf %v4630, %v2456 fastmath<contract> : f32
                  %v4632 = arith.subf %v4620, %v4631 fastmath<contract> : f32
                  %v4633 = arith.mulf %v4630, %v2457 fastmath<contract> : f32
                  %v4634 = arith.subf %v4632, %v4633 fastmath<contract> : f32
                  %v4635 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4634) : (f32) -> f32
                  %v4636 = arith.mulf %v4616, %v4635 fastmath<contract> : f32
                  llvm.store %v4636, %v268 : f32, !llvm.ptr
                  %v4637 = arith.constant 9 : i64
                  %v4638 = llvm.getelementptr %in_lam_re[%v4637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4639 = llvm.load %v4638 : !llvm.ptr -> f32
                  %v4640 = arith.constant 9 : i64
                  %v4641 = llvm.getelementptr %in_log_dt[%v4640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4642 = llvm.load %v4641 : !llvm.ptr -> f32
                  %v4643 = arith.mulf %v4642, %v2443 fastmath<contract> : f32
                  %v4644 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4643) : (f32) -> f32
                  %v4645 = arith.mulf %v4639, %v4644 fastmath<contract> : f32
                  %v4646 = arith.mulf %v4645, %v2443 fastmath<contract> : f32
                  %v4647 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4646) : (f32) -> f32
                  %v4648 = arith.constant 9 : i64
                  %v4649 = llvm.getelementptr %in_lam_im[%v4648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4650 = llvm.load %v4649 : !llvm.ptr -> f32
                  %v4651 = arith.mulf %v4650, %v4644 fastmath<contract> : f32
                  %v4652 = arith.mulf %v4651, %v2453 fastmath<contract> : f32
                  %v4653 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4652) : (f32) -> f32
                  %v4654 = arith.mulf %v4653, %v2456 fastmath<contract> : f32
                  %v4655 = arith.subf %v4651, %v4654 fastmath<contract> : f32
                  %v4656 = arith.mulf %v4653, %v2457 fastmath<contract> : f32
                  %v4657 = arith.subf %v4655, %v4656 fastmath<contract> : f32
                  %v4658 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4657) : (f32) -> f32
                  %v4659 = arith.mulf %v4647, %v4658 fastmath<contract> : f32
                  llvm.store %v4659, %v207 : f32, !llvm.ptr
                  %v4660 = arith.mulf %v4651, %v2453 fastmath<contract> : f32
                  %v4661 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4660) : (f32) -> f32
                  %v4662 = arith.mulf %v4661, %v2456 fastmath<contract> : f32
                  %v4663 = arith.subf %v4651, %v4662 fastmath<contract> : f32
                  %v4664 = arith.mulf %v4661, %v2457 fastmath<contract> : f32
                  %v4665 = arith.subf %v4663, %v4664 fastmath<contract> : f32
                  %v4666 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4665) : (f32) -> f32
                  %v4667 = arith.mulf %v4647, %v4666 fastmath<contract> : f32
                  llvm.store %v4667, %v270 : f32, !llvm.ptr
                  %v4668 = arith.constant 10 : i64
                  %v4669 = llvm.getelementptr %in_lam_re[%v4668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4670 = llvm.load %v4669 : !llvm.ptr -> f32
                  %v4671 = arith.constant 10 : i64
                  %v4672 = llvm.getelementptr %in_log_dt[%v4671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4673 = llvm.load %v4672 : !llvm.ptr -> f32
                  %v4674 = arith.mulf %v4673, %v2443 fastmath<contract> : f32
                  %v4675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4674) : (f32) -> f32
                  %v4676 = arith.mulf %v4670, %v4675 fastmath<contract> : f32
                  %v4677 = arith.mulf %v4676, %v2443 fastmath<contract> : f32
                  %v4678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4677) : (f32) -> f32
                  %v4679 = arith.constant 10 : i64
                  %v4680 = llvm.getelementptr %in_lam_im[%v4679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4681 = llvm.load %v4680 : !llvm.ptr -> f32
                  %v4682 = arith.mulf %v4681, %v4675 fastmath<contract> : f32
                  %v4683 = arith.mulf %v4682, %v2453 fastmath<contract> : f32
                  %v4684 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4683) : (f32) -> f32
                  %v4685 = arith.mulf %v4684, %v2456 fastmath<contract> : f32
                  %v4686 = arith.subf %v4682, %v4685 fastmath<contract> : f32
                  %v4687 = arith.mulf %v4684, %v2457 fastmath<contract> : f32
                  %v4688 = arith.subf %v4686, %v4687 fastmath<contract> : f32
                  %v4689 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4688) : (f32) -> f32
                  %v4690 = arith.mulf %v4678, %v4689 fastmath<contract> : f32
                  llvm.store %v4690, %v209 : f32, !llvm.ptr
                  %v4691 = arith.mulf %v4682, %v2453 fastmath<contract> : f32
                  %v4692 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4691) : (f32) -> f32
                  %v4693 = arith.mulf %v4692, %v2456 fastmath<contract> : f32
                  %v4694 = arith.subf %v4682, %v4693 fastmath<contract> : f32
                  %v4695 = arith.mulf %v4692, %v2457 fastmath<contract> : f32
                  %v4696 = arith.subf %v4694, %v4695 fastmath<contract> : f32
                  %v4697 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4696) : (f32) -> f32
                  %v4698 = arith.mulf %v4678, %v4697 fastmath<contract> : f32
                  llvm.store %v4698, %v272 : f32, !llvm.ptr
                  %v4699 = arith.constant 11 : i64
                  %v4700 = llvm.getelementptr %in_lam_re[%v4699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4701 = llvm.load %v4700 : !llvm.ptr -> f32
                  %v4702 = arith.constant 11 : i64
                  %v4703 = llvm.getelementptr %in_log_dt[%v4702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4704 = llvm.load %v4703 : !llvm.ptr -> f32
                  %v4705 = arith.mulf %v4704, %v2443 fastmath<contract> : f32
                  %v4706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4705) : (f32) -> f32
                  %v4707 = arith.mulf %v4701, %v4706 fastmath<contract> : f32
                  %v4708 = arith.mulf %v4707, %v2443 fastmath<contract> : f32
                  %v4709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4708) : (f32) -> f32
                  %v4710 = arith.constant 11 : i64
                  %v4711 = llvm.getelementptr %in_lam_im[%v4710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4712 = llvm.load %v4711 : !llvm.ptr -> f32
                  %v4713 = arith.mulf %v4712, %v4706 fastmath<contract> : f32
                  %v4714 = arith.mulf %v4713, %v2453 fastmath<contract> : f32
                  %v4715 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4714) : (f32) -> f32
                  %v4716 = arith.mulf %v4715, %v2456 fastmath<contract> : f32
                  %v4717 = arith.subf %v4713, %v4716 fastmath<contract> : f32
                  %v4718 = arith.mulf %v4715, %v2457 fastmath<contract> : f32
                  %v4719 = arith.subf %v4717, %v4718 fastmath<contract> : f32
                  %v4720 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4719) : (f32) -> f32
                  %v4721 = arith.mulf %v4709, %v4720 fastmath<contract> : f32
                  llvm.store %v4721, %v211 : f32, !llvm.ptr
                  %v4722 = arith.mulf %v4713, %v2453 fastmath<contract> : f32
                  %v4723 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4722) : (f32) -> f32
                  %v4724 = arith.mulf %v4723, %v2456 fastmath<contract> : f32
                  %v4725 = arith.subf %v4713, %v4724 fastmath<contract> : f32
                  %v4726 = arith.mulf %v4723, %v2457 fastmath<contract> : f32
                  %v4727 = arith.subf %v4725, %v4726 fastmath<contract> : f32
                  %v4728 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4727) : (f32) -> f32
                  %v4729 = arith.mulf %v4709, %v4728 fastmath<contract> : f32
                  llvm.store %v4729, %v274 : f32, !llvm.ptr
                  %v4730 = arith.constant 12 : i64
                  %v4731 = llvm.getelementptr %in_lam_re[%v4730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4732 = llvm.load %v4731 : !llvm.ptr -> f32
                  %v4733 = arith.constant 12 : i64
                  %v4734 = llvm.getelementptr %in_log_dt[%v4733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4735 = llvm.load %v4734 : !llvm.ptr -> f32
                  %v4736 = arith.mulf %v4735, %v2443 fastmath<contract> : f32
                  %v4737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4736) : (f32) -> f32
                  %v4738 = arith.mulf %v4732, %v4737 fastmath<contract> : f32
                  %v4739 = arith.mulf %v4738, %v2443 fastmath<contract> : f32
                  %v4740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4739) : (f32) -> f32
                  %v4741 = arith.constant 12 : i64
                  %v4742 = llvm.getelementptr %in_lam_im[%v4741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4743 = llvm.load %v4742 : !llvm.ptr -> f32
                  %v4744 = arith.mulf %v4743, %v4737 fastmath<contract> : f32
                  %v4745 = arith.mulf %v4744, %v2453 fastmath<contract> : f32
                  %v4746 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4745) : (f32) -> f32
                  %v4747 = arith.mulf %v4746, %v2456 fastmath<contract> : f32
                  %v4748 = arith.subf %v4744, %v4747 fastmath<contract> : f32
                  %v4749 = arith.mulf %v4746, %v2457 fastmath<contract> : f32
                  %v4750 = arith.subf %v4748, %v4749 fastmath<contract> : f32
                  %v4751 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4750) : (f32) -> f32
                  %v4752 = arith.mulf %v4740, %v4751 fastmath<contract> : f32
                  llvm.store %v4752, %v213 : f32, !llvm.ptr
                  %v4753 = arith.mulf %v4744, %v2453 fastmath<contract> : f32
                  %v4754 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4753) : (f32) -> f32
                  %v4755 = arith.mulf %v4754, %v2456 fastmath<contract> : f32
                  %v4756 = arith.subf %v4744, %v4755 fastmath<contract> : f32
                  %v4757 = arith.mulf %v4754, %v2457 fastmath<contract> : f32
                  %v4758 = arith.subf %v4756, %v4757 fastmath<contract> : f32
                  %v4759 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4758) : (f32) -> f32
                  %v4760 = arith.mulf %v4740, %v4759 fastmath<contract> : f32
                  llvm.store %v4760, %v276 : f32, !llvm.ptr
                  %v4761 = arith.constant 13 : i64
                  %v4762 = llvm.getelementptr %in_lam_re[%v4761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4763 = llvm.load %v4762 : !llvm.ptr -> f32
                  %v4764 = arith.constant 13 : i64
                  %v4765 = llvm.getelementptr %in_log_dt[%v4764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4766 = llvm.load %v4765 : !llvm.ptr -> f32
                  %v4767 = arith.mulf %v4766, %v2443 fastmath<contract> : f32
                  %v4768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4767) : (f32) -> f32
                  %v4769 = arith.mulf %v4763, %v4768 fastmath<contract> : f32
                  %v4770 = arith.mulf %v4769, %v2443 fastmath<contract> : f32
                  %v4771 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4770) : (f32) -> f32
                  %v4772 = arith.constant 13 : i64
                  %v4773 = llvm.getelementptr %in_lam_im[%v4772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4774 = llvm.load %v4773 : !llvm.ptr -> f32
                  %v4775 = arith.mulf %v4774, %v4768 fastmath<contract> : f32
                  %v4776 = arith.mulf %v4775, %v2453 fastmath<contract> : f32
                  %v4777 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4776) : (f32) -> f32
                  %v4778 = arith.mulf %v4777, %v2456 fastmath<contract> : f32
                  %v4779 = arith.subf %v4775, %v4778 fastmath<contract> : f32
                  %v4780 = arith.mulf %v4777, %v2457 fastmath<contract> : f32
                  %v4781 = arith.subf %v4779, %v4780 fastmath<contract> : f32
                  %v4782 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4781) : (f32) -> f32
                  %v4783 = arith.mulf %v4771, %v4782 fastmath<contract> : f32
                  llvm.store %v4783, %v215 : f32, !llvm.ptr
                  %v4784 = arith.mulf %v4775, %v2453 fastmath<contract> : f32
                  %v4785 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4784) : (f32) -> f32
                  %v4786 = arith.mulf %v4785, %v2456 fastmath<contract> : f32
                  %v4787 = arith.subf %v4775, %v4786 fastmath<contract> : f32
                  %v4788 = arith.mulf %v4785, %v2457 fastmath<contract> : f32
                  %v4789 = arith.subf %v4787, %v4788 fastmath<contract> : f32
                  %v4790 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4789) : (f32) -> f32
                  %v4791 = arith.mulf %v4771, %v4790 fastmath<contract> : f32
                  llvm.store %v4791, %v278 : f32, !llvm.ptr
                  %v4792 = arith.constant 14 : i64
                  %v4793 = llvm.getelementptr %in_lam_re[%v4792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4794 = llvm.load %v4793 : !llvm.ptr -> f32
                  %v4795 = arith.constant 14 : i64
                  %v4796 = llvm.getelementptr %in_log_dt[%v4795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4797 = llvm.load %v4796 : !llvm.ptr -> f32
                  %v4798 = arith.mulf %v4797, %v2443 fastmath<contract> : f32
                  %v4799 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4798) : (f32) -> f32
                  %v4800 = arith.mulf %v4794, %v4799 fastmath<contract> : f32
                  %v4801 = arith.mulf %v4800, %v2443 fastmath<contract> : f32
                  %v4802 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4801) : (f32) -> f32
                  %v4803 = arith.constant 14 : i64
                  %v4804 = llvm.getelementptr %in_lam_im[%v4803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4805 = llvm.load %v4804 : !llvm.ptr -> f32
                  %v4806 = arith.mulf %v4805, %v4799 fastmath<contract> : f32
                  %v4807 = arith.mulf %v4806, %v2453 fastmath<contract> : f32
                  %v4808 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4807) : (f32) -> f32
                  %v4809 = arith.mulf %v4808, %v2456 fastmath<contract> : f32
                  %v4810 = arith.subf %v4806, %v4809 fastmath<contract> : f32
                  %v4811 = arith.mulf %v4808, %v2457 fastmath<contract> : f32
                  %v4812 = arith.subf %v4810, %v4811 fastmath<contract> : f32
                  %v4813 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4812) : (f32) -> f32
                  %v4814 = arith.mulf %v4802, %v4813 fastmath<contract> : f32
                  llvm.store %v4814, %v217 : f32, !llvm.ptr
                  %v4815 = arith.mulf %v4806, %v2453 fastmath<contract> : f32
                  %v4816 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4815) : (f32) -> f32
                  %v4817 = arith.mulf %v4816, %v2456 fastmath<contract> : f32
                  %v4818 = arith.subf %v4806, %v4817 fastmath<contract> : f32
                  %v4819 = arith.mulf %v4816, %v2457 fastmath<contract> : f32
                  %v4820 = arith.subf %v4818, %v4819 fastmath<contract> : f32
                  %v4821 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4820) : (f32) -> f32
                  %v4822 = arith.mulf %v4802, %v4821 fastmath<contract> : f32
                  llvm.store %v4822, %v280 : f32, !llvm.ptr
                  %v4823 = arith.constant 15 : i64
                  %v4824 = llvm.getelementptr %in_lam_re[%v4823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4825 = llvm.load %v4824 : !llvm.ptr -> f32
                  %v4826 = arith.constant 15 : i64
                  %v4827 = llvm.getelementptr %in_log_dt[%v4826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4828 = llvm.load %v4827 : !llvm.ptr -> f32
                  %v4829 = arith.mulf %v4828, %v2443 fastmath<contract> : f32
                  %v4830 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4829) : (f32) -> f32
                  %v4831 = arith.mulf %v4825, %v4830 fastmath<contract> : f32
                  %v4832 = arith.mulf %v4831, %v2443 fastmath<contract> : f32
                  %v4833 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4832) : (f32) -> f32
                  %v4834 = arith.constant 15 : i64
                  %v4835 = llvm.getelementptr %in_lam_im[%v4834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4836 = llvm.load %v4835 : !llvm.ptr -> f32
                  %v4837 = arith.mulf %v4836, %v4830 fastmath<contract> : f32
                  %v4838 = arith.mulf %v4837, %v2453 fastmath<contract> : f32
                  %v4839 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4838) : (f32) -> f32
                  %v4840 = arith.mulf %v4839, %v2456 fastmath<contract> : f32
                  %v4841 = arith.subf %v4837, %v4840 fastmath<contract> : f32
                  %v4842 = arith.mulf %v4839, %v2457 fastmath<contract> : f32
                  %v4843 = arith.subf %v4841, %v4842 fastmath<contract> : f32
                  %v4844 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4843) : (f32) -> f32
                  %v4845 = arith.mulf %v4833, %v4844 fastmath<contract> : f32
                  llvm.store %v4845, %v219 : f32, !llvm.ptr
                  %v4846 = arith.mulf %v4837, %v2453 fastmath<contract> : f32
                  %v4847 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4846) : (f32) -> f32
                  %v4848 = arith.mulf %v4847, %v2456 fastmath<contract> : f32
                  %v4849 = arith.subf %v4837, %v4848 fastmath<contract> : f32
                  %v4850 = arith.mulf %v4847, %v2457 fastmath<contract> : f32
                  %v4851 = arith.subf %v4849, %v4850 fastmath<contract> : f32
                  %v4852 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4851) : (f32) -> f32
                  %v4853 = arith.mulf %v4833, %v4852 fastmath<contract> : f32
                  llvm.store %v4853, %v282 : f32, !llvm.ptr
                  llvm.store %v4380, %v221 : f32, !llvm.ptr
                  %v4854 = arith.negf %v4388 : f32
                  llvm.store %v4854, %v284 : f32, !llvm.ptr
                  llvm.store %v4411, %v223 : f32, !llvm.ptr
                  %v4855 = arith.negf %v4419 : f32
                  llvm.store %v4855, %v286 : f32, !llvm.ptr
                  llvm.store %v4442, %v225 : f32, !llvm.ptr
                  %v4856 = arith.negf %v4450 : f32
                  llvm.store %v4856, %v288 : f32, !llvm.ptr
                  llvm.store %v4473, %v227 : f32, !llvm.ptr
                  %v4857 = arith.negf %v4481 : f32
                  llvm.store %v4857, %v290 : f32, !llvm.ptr
                  llvm.store %v4504, %v229 : f32, !llvm.ptr
                  %v4858 = arith.negf %v4512 : f32
                  llvm.store %v4858, %v292 : f32, !llvm.ptr
                  llvm.store %v4535, %v231 : f32, !llvm.ptr
                  %v4859 = arith.negf %v4543 : f32
                  llvm.store %v4859, %v294 : f32, !llvm.ptr
                  llvm.store %v4566, %v233 : f32, !llvm.ptr
                  %v4860 = arith.negf %v4574 : f32
                  llvm.store %v4860, %v296 : f32, !llvm.ptr
                  llvm.store %v4597, %v235 : f32, !llvm.ptr
                  %v4861 = arith.negf %v4605 : f32
                  llvm.store %v4861, %v298 : f32, !llvm.ptr
                  llvm.store %v4628, %v237 : f32, !llvm.ptr
                  %v4862 = arith.negf %v4636 : f32
                  llvm.store %v4862, %v300 : f32, !llvm.ptr
                  llvm.store %v4659, %v239 : f32, !llvm.ptr
                  %v4863 = arith.negf %v4667 : f32
                  llvm.store %v4863, %v302 : f32, !llvm.ptr
                  llvm.store %v4690, %v241 : f32, !llvm.ptr
                  %v4864 = arith.negf %v4698 : f32
                  llvm.store %v4864, %v304 : f32, !llvm.ptr
                  llvm.store %v4721, %v243 : f32, !llvm.ptr
                  %v4865 = arith.negf %v4729 : f32
                  llvm.store %v4865, %v306 : f32, !llvm.ptr
                  llvm.store %v4752, %v245 : f32, !llvm.ptr
                  %v4866 = arith.negf %v4760 : f32
                  llvm.store %v4866, %v308 : f32, !llvm.ptr
                  llvm.store %v4783, %v247 : f32, !llvm.ptr
                  %v4867 = arith.negf %v4791 : f32
                  llvm.store %v4867, %v310 : f32, !llvm.ptr
                  llvm.store %v4814, %v249 : f32, !llvm.ptr
                  %v4868 = arith.negf %v4822 : f32
                  llvm.store %v4868, %v312 : f32, !llvm.ptr
                  llvm.store %v4845, %v250 : f32, !llvm.ptr
                  %v4869 = arith.negf %v4853 : f32
                  llvm.store %v4869, %v314 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v114 {
        %v4870 = llvm.load %v128 : !llvm.ptr -> f32
        %v4871 = arith.muli %v110, %v2 : i64
        %v4872 = arith.muli %v4871, %size_B : i64
        %v4873 = arith.subi %size_B, %v3 : i64
        %v4874 = arith.minsi %v113, %v4873 : i64
        %v4875 = arith.addi %v4872, %v4874 : i64
        %v4876 = llvm.getelementptr %segsum_x_re[%v4875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4870, %v4876 : f32, !llvm.ptr
        %v4877 = llvm.load %v931 : !llvm.ptr -> f32
        %v4878 = arith.addi %v7, %v110 : i64
        %v4879 = arith.muli %v4878, %v2 : i64
        %v4880 = arith.muli %v4879, %size_B : i64
        %v4881 = arith.subi %size_B, %v3 : i64
        %v4882 = arith.minsi %v113, %v4881 : i64
        %v4883 = arith.addi %v4880, %v4882 : i64
        %v4884 = llvm.getelementptr %segsum_x_re[%v4883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4877, %v4884 : f32, !llvm.ptr
        %v4885 = llvm.load %v932 : !llvm.ptr -> f32
        %v4886 = arith.muli %v130, %v7 : i64
        %v4887 = arith.addi %v4886, %v110 : i64
        %v4888 = arith.muli %v4887, %v2 : i64
        %v4889 = arith.muli %v4888, %size_B : i64
        %v4890 = arith.subi %size_B, %v3 : i64
        %v4891 = arith.minsi %v113, %v4890 : i64
        %v4892 = arith.addi %v4889, %v4891 : i64
        %v4893 = llvm.getelementptr %segsum_x_re[%v4892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4885, %v4893 : f32, !llvm.ptr
        %v4894 = llvm.load %v189 : !llvm.ptr -> f32
        %v4895 = arith.muli %v132, %v7 : i64
        %v4896 = arith.addi %v4895, %v110 : i64
        %v4897 = arith.muli %v4896, %v2 : i64
        %v4898 = arith.muli %v4897, %size_B : i64
        %v4899 = arith.subi %size_B, %v3 : i64
        %v4900 = arith.minsi %v113, %v4899 : i64
        %v4901 = arith.addi %v4898, %v4900 : i64
        %v4902 = llvm.getelementptr %segsum_x_re[%v4901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4894, %v4902 : f32, !llvm.ptr
        %v4903 = llvm.load %v252 : !llvm.ptr -> f32
        %v4904 = arith.muli %v1, %v7 : i64
        %v4905 = arith.addi %v4904, %v110 : i64
        %v4906 = arith.muli %v4905, %v2 : i64
        %v4907 = arith.muli %v4906, %size_B : i64
        %v4908 = arith.subi %size_B, %v3 : i64
        %v4909 = arith.minsi %v113, %v4908 : i64
        %v4910 = arith.addi %v4907, %v4909 : i64
        %v4911 = llvm.getelementptr %segsum_x_re[%v4910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4903, %v4911 : f32, !llvm.ptr
        %v4912 = llvm.load %v129 : !llvm.ptr -> f32
        %v4913 = arith.muli %v110, %v2 : i64
        %v4914 = arith.addi %v4913, %v3 : i64
        %v4915 = arith.muli %v4914, %size_B : i64
        %v4916 = arith.subi %size_B, %v3 : i64
        %v4917 = arith.minsi %v113, %v4916 : i64
        %v4918 = arith.addi %v4915, %v4917 : i64
        %v4919 = llvm.getelementptr %segsum_x_re[%v4918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4912, %v4919 : f32, !llvm.ptr
        %v4920 = llvm.load %v933 : !llvm.ptr -> f32
        %v4921 = arith.addi %v7, %v110 : i64
        %v4922 = arith.muli %v4921, %v2 : i64
        %v4923 = arith.addi %v4922, %v3 : i64
        %v4924 = arith.muli %v4923, %size_B : i64
        %v4925 = arith.subi %size_B, %v3 : i64
        %v4926 = arith.minsi %v113, %v4925 : i64
        %v4927 = arith.addi %v4924, %v4926 : i64
        %v4928 = llvm.getelementptr %segsum_x_re[%v4927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4920, %v4928 : f32, !llvm.ptr
        %v4929 = llvm.load %v934 : !llvm.ptr -> f32
        %v4930 = arith.muli %v130, %v7 : i64
        %v4931 = arith.addi %v4930, %v110 : i64
        %v4932 = arith.muli %v4931, %v2 : i64
        %v4933 = arith.addi %v4932, %v3 : i64
        %v4934 = arith.muli %v4933, %size_B : i64
        %v4935 = arith.subi %size_B, %v3 : i64
        %v4936 = arith.minsi %v113, %v4935 : i64
        %v4937 = arith.addi %v4934, %v4936 : i64
        %v4938 = llvm.getelementptr %segsum_x_re[%v4937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4929, %v4938 : f32, !llvm.ptr
        %v4939 = llvm.load %v191 : !llvm.ptr -> f32
        %v4940 = arith.muli %v132, %v7 : i64
        %v4941 = arith.addi %v4940, %v110 : i64
        %v4942 = arith.muli %v4941, %v2 : i64
        %v4943 = arith.addi %v4942, %v3 : i64
        %v4944 = arith.muli %v4943, %size_B : i64
        %v4945 = arith.subi %size_B, %v3 : i64
        %v4946 = arith.minsi %v113, %v4945 : i64
        %v4947 = arith.addi %v4944, %v4946 : i64
        %v4948 = llvm.getelementptr %segsum_x_re[%v4947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4939, %v4948 : f32, !llvm.ptr
        %v4949 = llvm.load %v254 : !llvm.ptr -> f32
        %v4950 = arith.muli %v1, %v7 : i64
        %v4951 = arith.addi %v4950, %v110 : i64
        %v4952 = arith.muli %v4951, %v2 : i64
        %v4953 = arith.addi %v4952, %v3 : i64
        %v4954 = arith.muli %v4953, %size_B : i64
        %v4955 = arith.subi %size_B, %v3 : i64
        %v4956 = arith.minsi %v113, %v4955 : i64
        %v4957 = arith.addi %v4954, %v4956 : i64
        %v4958 = llvm.getelementptr %segsum_x_re[%v4957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4949, %v4958 : f32, !llvm.ptr
        %v4959 = llvm.load %v131 : !llvm.ptr -> f32
        %v4960 = arith.muli %v110, %v2 : i64
        %v4961 = arith.addi %v4960, %v130 : i64
        %v4962 = arith.muli %v4961, %size_B : i64
        %v4963 = arith.subi %size_B, %v3 : i64
        %v4964 = arith.minsi %v113, %v4963 : i64
        %v4965 = arith.addi %v4962, %v4964 : i64
        %v4966 = llvm.getelementptr %segsum_x_re[%v4965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4959, %v4966 : f32, !llvm.ptr
        %v4967 = llvm.load %v935 : !llvm.ptr -> f32
        %v4968 = arith.addi %v7, %v110 : i64
        %v4969 = arith.muli %v4968, %v2 : i64
        %v4970 = arith.addi %v4969, %v130 : i64
        %v4971 = arith.muli %v4970, %size_B : i64
        %v4972 = arith.subi %size_B, %v3 : i64
        %v4973 = arith.minsi %v113, %v4972 : i64
        %v4974 = arith.addi %v4971, %v4973 : i64
        %v4975 = llvm.getelementptr %segsum_x_re[%v4974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4967, %v4975 : f32, !llvm.ptr
        %v4976 = llvm.load %v936 : !llvm.ptr -> f32
        %v4977 = arith.muli %v130, %v7 : i64
        %v4978 = arith.addi %v4977, %v110 : i64
        %v4979 = arith.muli %v4978, %v2 : i64
        %v4980 = arith.addi %v4979, %v130 : i64
        %v4981 = arith.muli %v4980, %size_B : i64
        %v4982 = arith.subi %size_B, %v3 : i64
        %v4983 = arith.minsi %v113, %v4982 : i64
        %v4984 = arith.addi %v4981, %v4983 : i64
        %v4985 = llvm.getelementptr %segsum_x_re[%v4984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4976, %v4985 : f32, !llvm.ptr
        %v4986 = llvm.load %v193 : !llvm.ptr -> f32
        %v4987 = arith.muli %v132, %v7 : i64
        %v4988 = arith.addi %v4987, %v110 : i64
        %v4989 = arith.muli %v4988, %v2 : i64
        %v4990 = arith.addi %v4989, %v130 : i64
        %v4991 = arith.muli %v4990, %size_B : i64
        %v4992 = arith.subi %size_B, %v3 : i64
        %v4993 = arith.minsi %v113, %v4992 : i64
        %v4994 = arith.addi %v4991, %v4993 : i64
        %v4995 = llvm.getelementptr %segsum_x_re[%v4994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4986, %v4995 : f32, !llvm.ptr
        %v4996 = llvm.load %v256 : !llvm.ptr -> f32
        %v4997 = arith.muli %v1, %v7 : i64
        %v4998 = arith.addi %v4997, %v110 : i64
        %v4999 = arith.muli %v4998, %v2 : i64
        %v5000 = arith.addi %v4999, %v130 : i64
        %v5001 = arith.muli %v5000, %size_B : i64
        %v5002 = arith.subi %size_B, %v3 : i64
        %v5003 = arith.minsi %v113, %v5002 : i64
        %v5004 = arith.addi %v5001, %v5003 : i64
        %v5005 = llvm.getelementptr %segsum_x_re[%v5004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4996, %v5005 : f32, !llvm.ptr
        %v5006 = llvm.load %v133 : !llvm.ptr -> f32
        %v5007 = arith.muli %v110, %v2 : i64
        %v5008 = arith.addi %v5007, %v132 : i64
        %v5009 = arith.muli %v5008, %size_B : i64
        %v5010 = arith.subi %size_B, %v3 : i64
        %v5011 = arith.minsi %v113, %v5010 : i64
        %v5012 = arith.addi %v5009, %v5011 : i64
        %v5013 = llvm.getelementptr %segsum_x_re[%v5012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5006, %v5013 : f32, !llvm.ptr
        %v5014 = llvm.load %v937 : !llvm.ptr -> f32
        %v5015 = arith.addi %v7, %v110 : i64
        %v5016 = arith.muli %v5015, %v2 : i64
        %v5017 = arith.addi %v5016, %v132 : i64
        %v5018 = arith.muli %v5017, %size_B : i64
        %v5019 = arith.subi %size_B, %v3 : i64
        %v5020 = arith.minsi %v113, %v5019 : i64
        %v5021 = arith.addi %v5018, %v5020 : i64
        %v5022 = llvm.getelementptr %segsum_x_re[%v5021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5014, %v5022 : f32, !llvm.ptr
        %v5023 = llvm.load %v938 : !llvm.ptr -> f32
        %v5024 = arith.muli %v130, %v7 : i64
        %v5025 = arith.addi %v5024, %v110 : i64
        %v5026 = arith.muli %v5025, %v2 : i64
        %v5027 = arith.addi %v5026, %v132 : i64
        %v5028 = arith.muli %v5027, %size_B : i64
        %v5029 = arith.subi %size_B, %v3 : i64
        %v5030 = arith.minsi %v113, %v5029 : i64
        %v5031 = arith.addi %v5028, %v5030 : i64
        %v5032 = llvm.getelementptr %segsum_x_re[%v5031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5023, %v5032 : f32, !llvm.ptr
        %v5033 = llvm.load %v195 : !llvm.ptr -> f32
        %v5034 = arith.muli %v132, %v7 : i64
        %v5035 = arith.addi %v5034, %v110 : i64
        %v5036 = arith.muli %v5035, %v2 : i64
        %v5037 = arith.addi %v5036, %v132 : i64
        %v5038 = arith.muli %v5037, %size_B : i64
        %v5039 = arith.subi %size_B, %v3 : i64
        %v5040 = arith.minsi %v113, %v5039 : i64
        %v5041 = arith.addi %v5038, %v5040 : i64
        %v5042 = llvm.getelementptr %segsum_x_re[%v5041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5033, %v5042 : f32, !llvm.ptr
        %v5043 = llvm.load %v258 : !llvm.ptr -> f32
        %v5044 = arith.muli %v1, %v7 : i64
        %v5045 = arith.addi %v5044, %v110 : i64
        %v5046 = arith.muli %v5045, %v2 : i64
        %v5047 = arith.addi %v5046, %v132 : i64
        %v5048 = arith.muli %v5047, %size_B : i64
        %v5049 = arith.subi %size_B, %v3 : i64
        %v5050 = arith.minsi %v113, %v5049 : i64
        %v5051 = arith.addi %v5048, %v5050 : i64
        %v5052 = llvm.getelementptr %segsum_x_re[%v5051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5043, %v5052 : f32, !llvm.ptr
        %v5053 = llvm.load %v134 : !llvm.ptr -> f32
        %v5054 = arith.muli %v110, %v2 : i64
        %v5055 = arith.addi %v5054, %v1 : i64
        %v5056 = arith.muli %v5055, %size_B : i64
        %v5057 = arith.subi %size_B, %v3 : i64
        %v5058 = arith.minsi %v113, %v5057 : i64
        %v5059 = arith.addi %v5056, %v5058 : i64
        %v5060 = llvm.getelementptr %segsum_x_re[%v5059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5053, %v5060 : f32, !llvm.ptr
        %v5061 = llvm.load %v939 : !llvm.ptr -> f32
        %v5062 = arith.addi %v7, %v110 : i64
        %v5063 = arith.muli %v5062, %v2 : i64
        %v5064 = arith.addi %v5063, %v1 : i64
        %v5065 = arith.muli %v5064, %size_B : i64
        %v5066 = arith.subi %size_B, %v3 : i64
        %v5067 = arith.minsi %v113, %v5066 : i64
        %v5068 = arith.addi %v5065, %v5067 : i64
        %v5069 = llvm.getelementptr %segsum_x_re[%v5068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5061, %v5069 : f32, !llvm.ptr
        %v5070 = llvm.load %v940 : !llvm.ptr -> f32
        %v5071 = arith.muli %v130, %v7 : i64
        %v5072 = arith.addi %v5071, %v110 : i64
        %v5073 = arith.muli %v5072, %v2 : i64
        %v5074 = arith.addi %v5073, %v1 : i64
        %v5075 = arith.muli %v5074, %size_B : i64
        %v5076 = arith.subi %size_B, %v3 : i64
        %v5077 = arith.minsi %v113, %v5076 : i64
        %v5078 = arith.addi %v5075, %v5077 : i64
        %v5079 = llvm.getelementptr %segsum_x_re[%v5078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5070, %v5079 : f32, !llvm.ptr
        %v5080 = llvm.load %v197 : !llvm.ptr -> f32
        %v5081 = arith.muli %v132, %v7 : i64
        %v5082 = arith.addi %v5081, %v110 : i64
        %v5083 = arith.muli %v5082, %v2 : i64
        %v5084 = arith.addi %v5083, %v1 : i64
        %v5085 = arith.muli %v5084, %size_B : i64
        %v5086 = arith.subi %size_B, %v3 : i64
        %v5087 = arith.minsi %v113, %v5086 : i64
        %v5088 = arith.addi %v5085, %v5087 : i64
        %v5089 = llvm.getelementptr %segsum_x_re[%v5088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5080, %v5089 : f32, !llvm.ptr
        %v5090 = llvm.load %v260 : !llvm.ptr -> f32
        %v5091 = arith.muli %v1, %v7 : i64
        %v5092 = arith.addi %v5091, %v110 : i64
        %v5093 = arith.muli %v5092, %v2 : i64
        %v5094 = arith.addi %v5093, %v1 : i64
        %v5095 = arith.muli %v5094, %size_B : i64
        %v5096 = arith.subi %size_B, %v3 : i64
        %v5097 = arith.minsi %v113, %v5096 : i64
        %v5098 = arith.addi %v5095, %v5097 : i64
        %v5099 = llvm.getelementptr %segsum_x_re[%v5098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5090, %v5099 : f32, !llvm.ptr
        %v5100 = llvm.load %v136 : !llvm.ptr -> f32
        %v5101 = arith.muli %v110, %v2 : i64
        %v5102 = arith.addi %v5101, %v135 : i64
        %v5103 = arith.muli %v5102, %size_B : i64
        %v5104 = arith.subi %size_B, %v3 : i64
        %v5105 = arith.minsi %v113, %v5104 : i64
        %v5106 = arith.addi %v5103, %v5105 : i64
        %v5107 = llvm.getelementptr %segsum_x_re[%v5106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5100, %v5107 : f32, !llvm.ptr
        %v5108 = llvm.load %v941 : !llvm.ptr -> f32
        %v5109 = arith.addi %v7, %v110 : i64
        %v5110 = arith.muli %v5109, %v2 : i64
        %v5111 = arith.addi %v5110, %v135 : i64
        %v5112 = arith.muli %v5111, %size_B : i64
        %v5113 = arith.subi %size_B, %v3 : i64
        %v5114 = arith.minsi %v113, %v5113 : i64
        %v5115 = arith.addi %v5112, %v5114 : i64
        %v5116 = llvm.getelementptr %segsum_x_re[%v5115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5108, %v5116 : f32, !llvm.ptr
        %v5117 = llvm.load %v942 : !llvm.ptr -> f32
        %v5118 = arith.muli %v130, %v7 : i64
        %v5119 = arith.addi %v5118, %v110 : i64
        %v5120 = arith.muli %v5119, %v2 : i64
        %v5121 = arith.addi %v5120, %v135 : i64
        %v5122 = arith.muli %v5121, %size_B : i64
        %v5123 = arith.subi %size_B, %v3 : i64
        %v5124 = arith.minsi %v113, %v5123 : i64
        %v5125 = arith.addi %v5122, %v5124 : i64
        %v5126 = llvm.getelementptr %segsum_x_re[%v5125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5117, %v5126 : f32, !llvm.ptr
        %v5127 = llvm.load %v199 : !llvm.ptr -> f32
        %v5128 = arith.muli %v132, %v7 : i64
        %v5129 = arith.addi %v5128, %v110 : i64
        %v5130 = arith.muli %v5129, %v2 : i64
        %v5131 = arith.addi %v5130, %v135 : i64
        %v5132 = arith.muli %v5131, %size_B : i64
        %v5133 = arith.subi %size_B, %v3 : i64
        %v5134 = arith.minsi %v113, %v5133 : i64
        %v5135 = arith.addi %v5132, %v5134 : i64
        %v5136 = llvm.getelementptr %segsum_x_re[%v5135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5127, %v5136 : f32, !llvm.ptr
        %v5137 = llvm.load %v262 : !llvm.ptr -> f32
        %v5138 = arith.muli %v1, %v7 : i64
        %v5139 = arith.addi %v5138, %v110 : i64
        %v5140 = arith.muli %v5139, %v2 : i64
        %v5141 = arith.addi %v5140, %v135 : i64
        %v5142 = arith.muli %v5141, %size_B : i64
        %v5143 = arith.subi %size_B, %v3 : i64
        %v5144 = arith.minsi %v113, %v5143 : i64
        %v5145 = arith.addi %v5142, %v5144 : i64
        %v5146 = llvm.getelementptr %segsum_x_re[%v5145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5137, %v5146 : f32, !llvm.ptr
        %v5147 = llvm.load %v138 : !llvm.ptr -> f32
        %v5148 = arith.muli %v110, %v2 : i64
        %v5149 = arith.addi %v5148, %v137 : i64
        %v5150 = arith.muli %v5149, %size_B : i64
        %v5151 = arith.subi %size_B, %v3 : i64
        %v5152 = arith.minsi %v113, %v5151 : i64
        %v5153 = arith.addi %v5150, %v5152 : i64
        %v5154 = llvm.getelementptr %segsum_x_re[%v5153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5147, %v5154 : f32, !llvm.ptr
        %v5155 = llvm.load %v943 : !llvm.ptr -> f32
        %v5156 = arith.addi %v7, %v110 : i64
        %v5157 = arith.muli %v5156, %v2 : i64
        %v5158 = arith.addi %v5157, %v137 : i64
        %v5159 = arith.muli %v5158, %size_B : i64
        %v5160 = arith.subi %size_B, %v3 : i64
        %v5161 = arith.minsi %v113, %v5160 : i64
        %v5162 = arith.addi %v5159, %v5161 : i64
        %v5163 = llvm.getelementptr %segsum_x_re[%v5162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5155, %v5163 : f32, !llvm.ptr
        %v5164 = llvm.load %v944 : !llvm.ptr -> f32
        %v5165 = arith.muli %v130, %v7 : i64
        %v5166 = arith.addi %v5165, %v110 : i64
        %v5167 = arith.muli %v5166, %v2 : i64
        %v5168 = arith.addi %v5167, %v137 : i64
        %v5169 = arith.muli %v5168, %size_B : i64
        %v5170 = arith.subi %size_B, %v3 : i64
        %v5171 = arith.minsi %v113, %v5170 : i64
        %v5172 = arith.addi %v5169, %v5171 : i64
        %v5173 = llvm.getelementptr %segsum_x_re[%v5172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5164, %v5173 : f32, !llvm.ptr
        %v5174 = llvm.load %v201 : !llvm.ptr -> f32
        %v5175 = arith.muli %v132, %v7 : i64
        %v5176 = arith.addi %v5175, %v110 : i64
        %v5177 = arith.muli %v5176, %v2 : i64
        %v5178 = arith.addi %v5177, %v137 : i64
        %v5179 = arith.muli %v5178, %size_B : i64
        %v5180 = arith.subi %size_B, %v3 : i64
        %v5181 = arith.minsi %v113, %v5180 : i64
        %v5182 = arith.addi %v5179, %v5181 : i64
        %v5183 = llvm.getelementptr %segsum_x_re[%v5182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5174, %v5183 : f32, !llvm.ptr
        %v5184 = llvm.load %v264 : !llvm.ptr -> f32
        %v5185 = arith.muli %v1, %v7 : i64
        %v5186 = arith.addi %v5185, %v110 : i64
        %v5187 = arith.muli %v5186, %v2 : i64
        %v5188 = arith.addi %v5187, %v137 : i64
        %v5189 = arith.muli %v5188, %size_B : i64
        %v5190 = arith.subi %size_B, %v3 : i64
        %v5191 = arith.minsi %v113, %v5190 : i64
        %v5192 = arith.addi %v5189, %v5191 : i64
        %v5193 = llvm.getelementptr %segsum_x_re[%v5192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5184, %v5193 : f32, !llvm.ptr
        %v5194 = llvm.load %v140 : !llvm.ptr -> f32
        %v5195 = arith.muli %v110, %v2 : i64
        %v5196 = arith.addi %v5195, %v139 : i64
        %v5197 = arith.muli %v5196, %size_B : i64
        %v5198 = arith.subi %size_B, %v3 : i64
        %v5199 = arith.minsi %v113, %v5198 : i64
        %v5200 = arith.addi %v5197, %v5199 : i64
        %v5201 = llvm.getelementptr %segsum_x_re[%v5200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5194, %v5201 : f32, !llvm.ptr
        %v5202 = llvm.load %v945 : !llvm.ptr -> f32
        %v5203 = arith.addi %v7, %v110 : i64
        %v5204 = arith.muli %v5203, %v2 : i64
        %v5205 = arith.addi %v5204, %v139 : i64
        %v5206 = arith.muli %v5205, %size_B : i64
        %v5207 = arith.subi %size_B, %v3 : i64
        %v5208 = arith.minsi %v113, %v5207 : i64
        %v5209 = arith.addi %v5206, %v5208 : i64
        %v5210 = llvm.getelementptr %segsum_x_re[%v5209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5202, %v5210 : f32, !llvm.ptr
        %v5211 = llvm.load %v946 : !llvm.ptr -> f32
        %v5212 = arith.muli %v130, %v7 : i64
        %v5213 = arith.addi %v5212, %v110 : i64
        %v5214 = arith.muli %v5213, %v2 : i64
        %v5215 = arith.addi %v5214, %v139 : i64
        %v5216 = arith.muli %v5215, %size_B : i64
        %v5217 = arith.subi %size_B, %v3 : i64
        %v5218 = arith.minsi %v113, %v5217 : i64
        %v5219 = arith.addi %v5216, %v5218 : i64
        %v5220 = llvm.getelementptr %segsum_x_re[%v5219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5211, %v5220 : f32, !llvm.ptr
        %v5221 = llvm.load %v203 : !llvm.ptr -> f32
        %v5222 = arith.muli %v132, %v7 : i64
        %v5223 = arith.addi %v5222, %v110 : i64
        %v5224 = arith.muli %v5223, %v2 : i64
        %v5225 = arith.addi %v5224, %v139 : i64
        %v5226 = arith.muli %v5225, %size_B : i64
        %v5227 = arith.subi %size_B, %v3 : i64
        %v5228 = arith.minsi %v113, %v5227 : i64
        %v5229 = arith.addi %v5226, %v5228 : i64
        %v5230 = llvm.getelementptr %segsum_x_re[%v5229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5221, %v5230 : f32, !llvm.ptr
        %v5231 = llvm.load %v266 : !llvm.ptr -> f32
        %v5232 = arith.muli %v1, %v7 : i64
        %v5233 = arith.addi %v5232, %v110 : i64
        %v5234 = arith.muli %v5233, %v2 : i64
        %v5235 = arith.addi %v5234, %v139 : i64
        %v5236 = arith.muli %v5235, %size_B : i64
        %v5237 = arith.subi %size_B, %v3 : i64
        %v5238 = arith.minsi %v113, %v5237 : i64
        %v5239 = arith.addi %v5236, %v5238 : i64
        %v5240 = llvm.getelementptr %segsum_x_re[%v5239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5231, %v5240 : f32, !llvm.ptr
        %v5241 = llvm.load %v142 : !llvm.ptr -> f32
        %v5242 = arith.muli %v110, %v2 : i64
        %v5243 = arith.addi %v5242, %v141 : i64
        %v5244 = arith.muli %v5243, %size_B : i64
        %v5245 = arith.subi %size_B, %v3 : i64
        %v5246 = arith.minsi %v113, %v5245 : i64
        %v5247 = arith.addi %v5244, %v5246 : i64
        %v5248 = llvm.getelementptr %segsum_x_re[%v5247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5241, %v5248 : f32, !llvm.ptr
        %v5249 = llvm.load %v947 : !llvm.ptr -> f32
        %v5250 = arith.addi %v7, %v110 : i64
        %v5251 = arith.muli %v5250, %v2 : i64
        %v5252 = arith.addi %v5251, %v141 : i64
        %v5253 = arith.muli %v5252, %size_B : i64
        %v5254 = arith.subi %size_B, %v3 : i64
        %v5255 = arith.minsi %v113, %v5254 : i64
        %v5256 = arith.addi %v5253, %v5255 : i64
        %v5257 = llvm.getelementptr %segsum_x_re[%v5256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5249, %v5257 : f32, !llvm.ptr
        %v5258 = llvm.load %v948 : !llvm.ptr -> f32
        %v5259 = arith.muli %v130, %v7 : i64
        %v5260 = arith.addi %v5259, %v110 : i64
        %v5261 = arith.muli %v5260, %v2 : i64
        %v5262 = arith.addi %v5261, %v141 : i64
        %v5263 = arith.muli %v5262, %size_B : i64
        %v5264 = arith.subi %size_B, %v3 : i64
        %v5265 = arith.minsi %v113, %v5264 : i64
        %v5266 = arith.addi %v5263, %v5265 : i64
        %v5267 = llvm.getelementptr %segsum_x_re[%v5266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5258, %v5267 : f32, !llvm.ptr
        %v5268 = llvm.load %v205 : !llvm.ptr -> f32
        %v5269 = arith.muli %v132, %v7 : i64
        %v5270 = arith.addi %v5269, %v110 : i64
        %v5271 = arith.muli %v5270, %v2 : i64
        %v5272 = arith.addi %v5271, %v141 : i64
        %v5273 = arith.muli %v5272, %size_B : i64
        %v5274 = arith.subi %size_B, %v3 : i64
        %v5275 = arith.minsi %v113, %v5274 : i64
        %v5276 = arith.addi %v5273, %v5275 : i64
        %v5277 = llvm.getelementptr %segsum_x_re[%v5276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5268, %v5277 : f32, !llvm.ptr
        %v5278 = llvm.load %v268 : !llvm.ptr -> f32
        %v5279 = arith.muli %v1, %v7 : i64
        %v5280 = arith.addi %v5279, %v110 : i64
        %v5281 = arith.muli %v5280, %v2 : i64
        %v5282 = arith.addi %v5281, %v141 : i64
        %v5283 = arith.muli %v5282, %size_B : i64
        %v5284 = arith.subi %size_B, %v3 : i64
        %v5285 = arith.minsi %v113, %v5284 : i64
        %v5286 = arith.addi %v5283, %v5285 : i64
        %v5287 = llvm.getelementptr %segsum_x_re[%v5286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5278, %v5287 : f32, !llvm.ptr
        %v5288 = llvm.load %v144 : !llvm.ptr -> f32
        %v5289 = arith.muli %v110, %v2 : i64
        %v5290 = arith.addi %v5289, %v143 : i64
        %v5291 = arith.muli %v5290, %size_B : i64
        %v5292 = arith.subi %size_B, %v3 : i64
        %v5293 = arith.minsi %v113, %v5292 : i64
        %v5294 = arith.addi %v5291, %v5293 : i64
        %v5295 = llvm.getelementptr %segsum_x_re[%v5294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5288, %v5295 : f32, !llvm.ptr
        %v5296 = llvm.load %v949 : !llvm.ptr -> f32
        %v5297 = arith.addi %v7, %v110 : i64
        %v5298 = arith.muli %v5297, %v2 : i64
        %v5299 = arith.addi %v5298, %v143 : i64
        %v5300 = arith.muli %v5299, %size_B : i64
        %v5301 = arith.subi %size_B, %v3 : i64
        %v5302 = arith.minsi %v113, %v5301 : i64
        %v5303 = arith.addi %v5300, %v5302 : i64
        %v5304 = llvm.getelementptr %segsum_x_re[%v5303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5296, %v5304 : f32, !llvm.ptr
        %v5305 = llvm.load %v950 : !llvm.ptr -> f32
        %v5306 = arith.muli %v130, %v7 : i64
        %v5307 = arith.addi %v5306, %v110 : i64
        %v5308 = arith.muli %v5307, %v2 : i64
        %v5309 = arith.addi %v5308, %v143 : i64
        %v5310 = arith.muli %v5309, %size_B : i64
        %v5311 = arith.subi %size_B, %v3 : i64
        %v5312 = arith.minsi %v113, %v5311 : i64
        %v5313 = arith.addi %v5310, %v5312 : i64
        %v5314 = llvm.getelementptr %segsum_x_re[%v5313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5305, %v5314 : f32, !llvm.ptr
        %v5315 = llvm.load %v207 : !llvm.ptr -> f32
        %v5316 = arith.muli %v132, %v7 : i64
        %v5317 = arith.addi %v5316, %v110 : i64
        %v5318 = arith.muli %v5317, %v2 : i64
        %v5319 = arith.addi %v5318, %v143 : i64
        %v5320 = arith.muli %v5319, %size_B : i64
        %v5321 = arith.subi %size_B, %v3 : i64
        %v5322 = arith.minsi %v113, %v5321 : i64
        %v5323 = arith.addi %v5320, %v5322 : i64
        %v5324 = llvm.getelementptr %segsum_x_re[%v5323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5315, %v5324 : f32, !llvm.ptr
        %v5325 = llvm.load %v270 : !llvm.ptr -> f32
        %v5326 = arith.muli %v1, %v7 : i64
        %v5327 = arith.addi %v5326, %v110 : i64
        %v5328 = arith.muli %v5327, %v2 : i64
        %v5329 = arith.addi %v5328, %v143 : i64
        %v5330 = arith.muli %v5329, %size_B : i64
        %v5331 = arith.subi %size_B, %v3 : i64
        %v5332 = arith.minsi %v113, %v5331 : i64
        %v5333 = arith.addi %v5330, %v5332 : i64
        %v5334 = llvm.getelementptr %segsum_x_re[%v5333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5325, %v5334 : f32, !llvm.ptr
        %v5335 = llvm.load %v146 : !llvm.ptr -> f32
        %v5336 = arith.muli %v110, %v2 : i64
        %v5337 = arith.addi %v5336, %v145 : i64
        %v5338 = arith.muli %v5337, %size_B : i64
        %v5339 = arith.subi %size_B, %v3 : i64
        %v5340 = arith.minsi %v113, %v5339 : i64
        %v5341 = arith.addi %v5338, %v5340 : i64
        %v5342 = llvm.getelementptr %segsum_x_re[%v5341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5335, %v5342 : f32, !llvm.ptr
        %v5343 = llvm.load %v951 : !llvm.ptr -> f32
        %v5344 = arith.addi %v7, %v110 : i64
        %v5345 = arith.muli %v5344, %v2 : i64
        %v5346 = arith.addi %v5345, %v145 : i64
        %v5347 = arith.muli %v5346, %size_B : i64
        %v5348 = arith.subi %size_B, %v3 : i64
        %v5349 = arith.minsi %v113, %v5348 : i64
        %v5350 = arith.addi %v5347, %v5349 : i64
        %v5351 = llvm.getelementptr %segsum_x_re[%v5350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5343, %v5351 : f32, !llvm.ptr
        %v5352 = llvm.load %v952 : !llvm.ptr -> f32
        %v5353 = arith.muli %v130, %v7 : i64
        %v5354 = arith.addi %v5353, %v110 : i64
        %v5355 = arith.muli %v5354, %v2 : i64
        %v5356 = arith.addi %v5355, %v145 : i64
        %v5357 = arith.muli %v5356, %size_B : i64
        %v5358 = arith.subi %size_B, %v3 : i64
        %v5359 = arith.minsi %v113, %v5358 : i64
        %v5360 = arith.addi %v5357, %v5359 : i64
        %v5361 = llvm.getelementptr %segsum_x_re[%v5360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5352, %v5361 : f32, !llvm.ptr
        %v5362 = llvm.load %v209 : !llvm.ptr -> f32
        %v5363 = arith.muli %v132, %v7 : i64
        %v5364 = arith.addi %v5363, %v110 : i64
        %v5365 = arith.muli %v5364, %v2 : i64
        %v5366 = arith.addi %v5365, %v145 : i64
        %v5367 = arith.muli %v5366, %size_B : i64
        %v5368 = arith.subi %size_B, %v3 : i64
        %v5369 = arith.minsi %v113, %v5368 : i64
        %v5370 = arith.addi %v5367, %v5369 : i64
        %v5371 = llvm.getelementptr %segsum_x_re[%v5370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5362, %v5371 : f32, !llvm.ptr
        %v5372 = llvm.load %v272 : !llvm.ptr -> f32
        %v5373 = arith.muli %v1, %v7 : i64
        %v5374 = arith.addi %v5373, %v110 : i64
        %v5375 = arith.muli %v5374, %v2 : i64
        %v5376 = arith.addi %v5375, %v145 : i64
        %v5377 = arith.muli %v5376, %size_B : i64
        %v5378 = arith.subi %size_B, %v3 : i64
        %v5379 = arith.minsi %v113, %v5378 : i64
        %v5380 = arith.addi %v5377, %v5379 : i64
        %v5381 = llvm.getelementptr %segsum_x_re[%v5380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5372, %v5381 : f32, !llvm.ptr
        %v5382 = llvm.load %v148 : !llvm.ptr -> f32
        %v5383 = arith.muli %v110, %v2 : i64
        %v5384 = arith.addi %v5383, %v147 : i64
        %v5385 = arith.muli %v5384, %size_B : i64
        %v5386 = arith.subi %size_B, %v3 : i64
        %v5387 = arith.minsi %v113, %v5386 : i64
        %v5388 = arith.addi %v5385, %v5387 : i64
        %v5389 = llvm.getelementptr %segsum_x_re[%v5388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5382, %v5389 : f32, !llvm.ptr
        %v5390 = llvm.load %v953 : !llvm.ptr -> f32
        %v5391 = arith.addi %v7, %v110 : i64
        %v5392 = arith.muli %v5391, %v2 : i64
        %v5393 = arith.addi %v5392, %v147 : i64
        %v5394 = arith.muli %v5393, %size_B : i64
        %v5395 = arith.subi %size_B, %v3 : i64
        %v5396 = arith.minsi %v113, %v5395 : i64
        %v5397 = arith.addi %v5394, %v5396 : i64
        %v5398 = llvm.getelementptr %segsum_x_re[%v5397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5390, %v5398 : f32, !llvm.ptr
        %v5399 = llvm.load %v954 : !llvm.ptr -> f32
        %v5400 = arith.muli %v130, %v7 : i64
        %v5401 = arith.addi %v5400, %v110 : i64
        %v5402 = arith.muli %v5401, %v2 : i64
        %v5403 = arith.addi %v5402, %v147 : i64
        %v5404 = arith.muli %v5403, %size_B : i64
        %v5405 = arith.subi %size_B, %v3 : i64
        %v5406 = arith.minsi %v113, %v5405 : i64
        %v5407 = arith.addi %v5404, %v5406 : i64
        %v5408 = llvm.getelementptr %segsum_x_re[%v5407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5399, %v5408 : f32, !llvm.ptr
        %v5409 = llvm.load %v211 : !llvm.ptr -> f32
        %v5410 = arith.muli %v132, %v7 : i64
        %v5411 = arith.addi %v5410, %v110 : i64
        %v5412 = arith.muli %v5411, %v2 : i64
        %v5413 = arith.addi %v5412, %v147 : i64
        %v5414 = arith.muli %v5413, %size_B : i64
        %v5415 = arith.subi %size_B, %v3 : i64
        %v5416 = arith.minsi %v113, %v5415 : i64
        %v5417 = arith.addi %v5414, %v5416 : i64
        %v5418 = llvm.getelementptr %segsum_x_re[%v5417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5409, %v5418 : f32, !llvm.ptr
        %v5419 = llvm.load %v274 : !llvm.ptr -> f32
        %v5420 = arith.muli %v1, %v7 : i64
        %v5421 = arith.addi %v5420, %v110 : i64
        %v5422 = arith.muli %v5421, %v2 : i64
        %v5423 = arith.addi %v5422, %v147 : i64
        %v5424 = arith.muli %v5423, %size_B : i64
        %v5425 = arith.subi %size_B, %v3 : i64
        %v5426 = arith.minsi %v113, %v5425 : i64
        %v5427 = arith.addi %v5424, %v5426 : i64
        %v5428 = llvm.getelementptr %segsum_x_re[%v5427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5419, %v5428 : f32, !llvm.ptr
        %v5429 = llvm.load %v150 : !llvm.ptr -> f32
        %v5430 = arith.muli %v110, %v2 : i64
        %v5431 = arith.addi %v5430, %v149 : i64
        %v5432 = arith.muli %v5431, %size_B : i64
        %v5433 = arith.subi %size_B, %v3 : i64
        %v5434 = arith.minsi %v113, %v5433 : i64
        %v5435 = arith.addi %v5432, %v5434 : i64
        %v5436 = llvm.getelementptr %segsum_x_re[%v5435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5429, %v5436 : f32, !llvm.ptr
        %v5437 = llvm.load %v955 : !llvm.ptr -> f32
        %v5438 = arith.addi %v7, %v110 : i64
        %v5439 = arith.muli %v5438, %v2 : i64
        %v5440 = arith.addi %v5439, %v149 : i64
        %v5441 = arith.muli %v5440, %size_B : i64
        %v5442 = arith.subi %size_B, %v3 : i64
        %v5443 = arith.minsi %v113, %v5442 : i64
        %v5444 = arith.addi %v5441, %v5443 : i64
        %v5445 = llvm.getelementptr %segsum_x_re[%v5444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5437, %v5445 : f32, !llvm.ptr
        %v5446 = llvm.load %v956 : !llvm.ptr -> f32
        %v5447 = arith.muli %v130, %v7 : i64
        %v5448 = arith.addi %v5447, %v110 : i64
        %v5449 = arith.muli %v5448, %v2 : i64
        %v5450 = arith.addi %v5449, %v149 : i64
        %v5451 = arith.muli %v5450, %size_B : i64
        %v5452 = arith.subi %size_B, %v3 : i64
        %v5453 = arith.minsi %v113, %v5452 : i64
        %v5454 = arith.addi %v5451, %v5453 : i64
        %v5455 = llvm.getelementptr %segsum_x_re[%v5454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5446, %v5455 : f32, !llvm.ptr
        %v5456 = llvm.load %v213 : !llvm.ptr -> f32
        %v5457 = arith.muli %v132, %v7 : i64
        %v5458 = arith.addi %v5457, %v110 : i64
        %v5459 = arith.muli %v5458, %v2 : i64
        %v5460 = arith.addi %v5459, %v149 : i64
        %v5461 = arith.muli %v5460, %size_B : i64
        %v5462 = arith.subi %size_B, %v3 : i64
        %v5463 = arith.minsi %v113, %v5462 : i64
        %v5464 = arith.addi %v5461, %v5463 : i64
        %v5465 = llvm.getelementptr %segsum_x_re[%v5464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5456, %v5465 : f32, !llvm.ptr
        %v5466 = llvm.load %v276 : !llvm.ptr -> f32
        %v5467 = arith.muli %v1, %v7 : i64
        %v5468 = arith.addi %v5467, %v110 : i64
        %v5469 = arith.muli %v5468, %v2 : i64
        %v5470 = arith.addi %v5469, %v149 : i64
        %v5471 = arith.muli %v5470, %size_B : i64
        %v5472 = arith.subi %size_B, %v3 : i64
        %v5473 = arith.minsi %v113, %v5472 : i64
        %v5474 = arith.addi %v5471, %v5473 : i64
        %v5475 = llvm.getelementptr %segsum_x_re[%v5474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5466, %v5475 : f32, !llvm.ptr
        %v5476 = llvm.load %v152 : !llvm.ptr -> f32
        %v5477 = arith.muli %v110, %v2 : i64
        %v5478 = arith.addi %v5477, %v151 : i64
        %v5479 = arith.muli %v5478, %size_B : i64
        %v5480 = arith.subi %size_B, %v3 : i64
        %v5481 = arith.minsi %v113, %v5480 : i64
        %v5482 = arith.addi %v5479, %v5481 : i64
        %v5483 = llvm.getelementptr %segsum_x_re[%v5482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5476, %v5483 : f32, !llvm.ptr
        %v5484 = llvm.load %v957 : !llvm.ptr -> f32
        %v5485 = arith.addi %v7, %v110 : i64
        %v5486 = arith.muli %v5485, %v2 : i64
        %v5487 = arith.addi %v5486, %v151 : i64
        %v5488 = arith.muli %v5487, %size_B : i64
        %v5489 = arith.subi %size_B, %v3 : i64
        %v5490 = arith.minsi %v113, %v5489 : i64
        %v5491 = arith.addi %v5488, %v5490 : i64
        %v5492 = llvm.getelementptr %segsum_x_re[%v5491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5484, %v5492 : f32, !llvm.ptr
        %v5493 = llvm.load %v958 : !llvm.ptr -> f32
        %v5494 = arith.muli %v130, %v7 : i64
        %v5495 = arith.addi %v5494, %v110 : i64
        %v5496 = arith.muli %v5495, %v2 : i64
        %v5497 = arith.addi %v5496, %v151 : i64
        %v5498 = arith.muli %v5497, %size_B : i64
        %v5499 = arith.subi %size_B, %v3 : i64
        %v5500 = arith.minsi %v113, %v5499 : i64
        %v5501 = arith.addi %v5498, %v5500 : i64
        %v5502 = llvm.getelementptr %segsum_x_re[%v5501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5493, %v5502 : f32, !llvm.ptr
        %v5503 = llvm.load %v215 : !llvm.ptr -> f32
        %v5504 = arith.muli %v132, %v7 : i64
        %v5505 = arith.addi %v5504, %v110 : i64
        %v5506 = arith.muli %v5505, %v2 : i64
        %v5507 = arith.addi %v5506, %v151 : i64
        %v5508 = arith.muli %v5507, %size_B : i64
        %v5509 = arith.subi %size_B, %v3 : i64
        %v5510 = arith.minsi %v113, %v5509 : i64
        %v5511 = arith.addi %v5508, %v5510 : i64
        %v5512 = llvm.getelementptr %segsum_x_re[%v5511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5503, %v5512 : f32, !llvm.ptr
        %v5513 = llvm.load %v278 : !llvm.ptr -> f32
        %v5514 = arith.muli %v1, %v7 : i64
        %v5515 = arith.addi %v5514, %v110 : i64
        %v5516 = arith.muli %v5515, %v2 : i64
        %v5517 = arith.addi %v5516, %v151 : i64
        %v5518 = arith.muli %v5517, %size_B : i64
        %v5519 = arith.subi %size_B, %v3 : i64
        %v5520 = arith.minsi %v113, %v5519 : i64
        %v5521 = arith.addi %v5518, %v5520 : i64
        %v5522 = llvm.getelementptr %segsum_x_re[%v5521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5513, %v5522 : f32, !llvm.ptr
        %v5523 = llvm.load %v154 : !llvm.ptr -> f32
        %v5524 = arith.muli %v110, %v2 : i64
        %v5525 = arith.addi %v5524, %v153 : i64
        %v5526 = arith.muli %v5525, %size_B : i64
        %v5527 = arith.subi %size_B, %v3 : i64
        %v5528 = arith.minsi %v113, %v5527 : i64
        %v5529 = arith.addi %v5526, %v5528 : i64
        %v5530 = llvm.getelementptr %segsum_x_re[%v5529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5523, %v5530 : f32, !llvm.ptr
        %v5531 = llvm.load %v959 : !llvm.ptr -> f32
        %v5532 = arith.addi %v7, %v110 : i64
        %v5533 = arith.muli %v5532, %v2 : i64
        %v5534 = arith.addi %v5533, %v153 : i64
        %v5535 = arith.muli %v5534, %size_B : i64
        %v5536 = arith.subi %size_B, %v3 : i64
        %v5537 = arith.minsi %v113, %v5536 : i64
        %v5538 = arith.addi %v5535, %v5537 : i64
        %v5539 = llvm.getelementptr %segsum_x_re[%v5538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5531, %v5539 : f32, !llvm.ptr
        %v5540 = llvm.load %v960 : !llvm.ptr -> f32
        %v5541 = arith.muli %v130, %v7 : i64
        %v5542 = arith.addi %v5541, %v110 : i64
        %v5543 = arith.muli %v5542, %v2 : i64
        %v5544 = arith.addi %v5543, %v153 : i64
        %v5545 = arith.muli %v5544, %size_B : i64
        %v5546 = arith.subi %size_B, %v3 : i64
        %v5547 = arith.minsi %v113, %v5546 : i64
        %v5548 = arith.addi %v5545, %v5547 : i64
        %v5549 = llvm.getelementptr %segsum_x_re[%v5548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5540, %v5549 : f32, !llvm.ptr
        %v5550 = llvm.load %v217 : !llvm.ptr -> f32
        %v5551 = arith.muli %v132, %v7 : i64
        %v5552 = arith.addi %v5551, %v110 : i64
        %v5553 = arith.muli %v5552, %v2 : i64
        %v5554 = arith.addi %v5553, %v153 : i64
        %v5555 = arith.muli %v5554, %size_B : i64
        %v5556 = arith.subi %size_B, %v3 : i64
        %v5557 = arith.minsi %v113, %v5556 : i64
        %v5558 = arith.addi %v5555, %v5557 : i64
        %v5559 = llvm.getelementptr %segsum_x_re[%v5558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5550, %v5559 : f32, !llvm.ptr
        %v5560 = llvm.load %v280 : !llvm.ptr -> f32
        %v5561 = arith.muli %v1, %v7 : i64
        %v5562 = arith.addi %v5561, %v110 : i64
        %v5563 = arith.muli %v5562, %v2 : i64
        %v5564 = arith.addi %v5563, %v153 : i64
        %v5565 = arith.muli %v5564, %size_B : i64
        %v5566 = arith.subi %size_B, %v3 : i64
        %v5567 = arith.minsi %v113, %v5566 : i64
        %v5568 = arith.addi %v5565, %v5567 : i64
        %v5569 = llvm.getelementptr %segsum_x_re[%v5568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5560, %v5569 : f32, !llvm.ptr
        %v5570 = llvm.load %v156 : !llvm.ptr -> f32
        %v5571 = arith.muli %v110, %v2 : i64
        %v5572 = arith.addi %v5571, %v155 : i64
        %v5573 = arith.muli %v5572, %size_B : i64
        %v5574 = arith.subi %size_B, %v3 : i64
        %v5575 = arith.minsi %v113, %v5574 : i64
        %v5576 = arith.addi %v5573, %v5575 : i64
        %v5577 = llvm.getelementptr %segsum_x_re[%v5576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5570, %v5577 : f32, !llvm.ptr
        %v5578 = llvm.load %v961 : !llvm.ptr -> f32
        %v5579 = arith.addi %v7, %v110 : i64
        %v5580 = arith.muli %v5579, %v2 : i64
        %v5581 = arith.addi %v5580, %v155 : i64
        %v5582 = arith.muli %v5581, %size_B : i64
        %v5583 = arith.subi %size_B, %v3 : i64
        %v5584 = arith.minsi %v113, %v5583 : i64
        %v5585 = arith.addi %v5582, %v5584 : i64
        %v5586 = llvm.getelementptr %segsum_x_re[%v5585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5578, %v5586 : f32, !llvm.ptr
        %v5587 = llvm.load %v962 : !llvm.ptr -> f32
        %v5588 = arith.muli %v130, %v7 : i64
        %v5589 = arith.addi %v5588, %v110 : i64
        %v5590 = arith.muli %v5589, %v2 : i64
        %v5591 = arith.addi %v5590, %v155 : i64
        %v5592 = arith.muli %v5591, %size_B : i64
        %v5593 = arith.subi %size_B, %v3 : i64
        %v5594 = arith.minsi %v113, %v5593 : i64
        %v5595 = arith.addi %v5592, %v5594 : i64
        %v5596 = llvm.getelementptr %segsum_x_re[%v5595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5587, %v5596 : f32, !llvm.ptr
        %v5597 = llvm.load %v219 : !llvm.ptr -> f32
        %v5598 = arith.muli %v132, %v7 : i64
        %v5599 = arith.addi %v5598, %v110 : i64
        %v5600 = arith.muli %v5599, %v2 : i64
        %v5601 = arith.addi %v5600, %v155 : i64
        %v5602 = arith.muli %v5601, %size_B : i64
        %v5603 = arith.subi %size_B, %v3 : i64
        %v5604 = arith.minsi %v113, %v5603 : i64
        %v5605 = arith.addi %v5602, %v5604 : i64
        %v5606 = llvm.getelementptr %segsum_x_re[%v5605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5597, %v5606 : f32, !llvm.ptr
        %v5607 = llvm.load %v282 : !llvm.ptr -> f32
        %v5608 = arith.muli %v1, %v7 : i64
        %v5609 = arith.addi %v5608, %v110 : i64
        %v5610 = arith.muli %v5609, %v2 : i64
        %v5611 = arith.addi %v5610, %v155 : i64
        %v5612 = arith.muli %v5611, %size_B : i64
        %v5613 = arith.subi %size_B, %v3 : i64
        %v5614 = arith.minsi %v113, %v5613 : i64
        %v5615 = arith.addi %v5612, %v5614 : i64
        %v5616 = llvm.getelementptr %segsum_x_re[%v5615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5607, %v5616 : f32, !llvm.ptr
        %v5617 = llvm.load %v157 : !llvm.ptr -> f32
        %v5618 = arith.muli %v110, %v2 : i64
        %v5619 = arith.muli %v5618, %size_B : i64
        %v5620 = arith.subi %size_B, %v3 : i64
        %v5621 = arith.minsi %v113, %v5620 : i64
        %v5622 = arith.addi %v5619, %v5621 : i64
        %v5623 = llvm.getelementptr %segsum_x_im[%v5622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5617, %v5623 : f32, !llvm.ptr
        %v5624 = llvm.load %v963 : !llvm.ptr -> f32
        %v5625 = arith.addi %v7, %v110 : i64
        %v5626 = arith.muli %v5625, %v2 : i64
        %v5627 = arith.muli %v5626, %size_B : i64
        %v5628 = arith.subi %size_B, %v3 : i64
        %v5629 = arith.minsi %v113, %v5628 : i64
        %v5630 = arith.addi %v5627, %v5629 : i64
        %v5631 = llvm.getelementptr %segsum_x_im[%v5630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5624, %v5631 : f32, !llvm.ptr
        %v5632 = llvm.load %v964 : !llvm.ptr -> f32
        %v5633 = arith.muli %v130, %v7 : i64
        %v5634 = arith.addi %v5633, %v110 : i64
        %v5635 = arith.muli %v5634, %v2 : i64
        %v5636 = arith.muli %v5635, %size_B : i64
        %v5637 = arith.subi %size_B, %v3 : i64
        %v5638 = arith.minsi %v113, %v5637 : i64
        %v5639 = arith.addi %v5636, %v5638 : i64
        %v5640 = llvm.getelementptr %segsum_x_im[%v5639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5632, %v5640 : f32, !llvm.ptr
        %v5641 = llvm.load %v284 : !llvm.ptr -> f32
        %v5642 = arith.muli %v132, %v7 : i64
        %v5643 = arith.addi %v5642, %v110 : i64
        %v5644 = arith.muli %v5643, %v2 : i64
        %v5645 = arith.muli %v5644, %size_B : i64
        %v5646 = arith.subi %size_B, %v3 : i64
        %v5647 = arith.minsi %v113, %v5646 : i64
        %v5648 = arith.addi %v5645, %v5647 : i64
        %v5649 = llvm.getelementptr %segsum_x_im[%v5648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5641, %v5649 : f32, !llvm.ptr
        %v5650 = llvm.load %v221 : !llvm.ptr -> f32
        %v5651 = arith.muli %v1, %v7 : i64
        %v5652 = arith.addi %v5651, %v110 : i64
        %v5653 = arith.muli %v5652, %v2 : i64
        %v5654 = arith.muli %v5653, %size_B : i64
        %v5655 = arith.subi %size_B, %v3 : i64
        %v5656 = arith.minsi %v113, %v5655 : i64
        %v5657 = arith.addi %v5654, %v5656 : i64
        %v5658 = llvm.getelementptr %segsum_x_im[%v5657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5650, %v5658 : f32, !llvm.ptr
        %v5659 = llvm.load %v159 : !llvm.ptr -> f32
        %v5660 = arith.muli %v110, %v2 : i64
        %v5661 = arith.addi %v5660, %v3 : i64
        %v5662 = arith.muli %v5661, %size_B : i64
        %v5663 = arith.subi %size_B, %v3 : i64
        %v5664 = arith.minsi %v113, %v5663 : i64
        %v5665 = arith.addi %v5662, %v5664 : i64
        %v5666 = llvm.getelementptr %segsum_x_im[%v5665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5659, %v5666 : f32, !llvm.ptr
        %v5667 = llvm.load %v965 : !llvm.ptr -> f32
        %v5668 = arith.addi %v7, %v110 : i64
        %v5669 = arith.muli %v5668, %v2 : i64
        %v5670 = arith.addi %v5669, %v3 : i64
        %v5671 = arith.muli %v5670, %size_B : i64
        %v5672 = arith.subi %size_B, %v3 : i64
        %v5673 = arith.minsi %v113, %v5672 : i64
        %v5674 = arith.addi %v5671, %v5673 : i64
        %v5675 = llvm.getelementptr %segsum_x_im[%v5674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5667, %v5675 : f32, !llvm.ptr
        %v5676 = llvm.load %v966 : !llvm.ptr -> f32
        %v5677 = arith.muli %v130, %v7 : i64
        %v5678 = arith.addi %v5677, %v110 : i64
        %v5679 = arith.muli %v5678, %v2 : i64
        %v5680 = arith.addi %v5679, %v3 : i64
        %v5681 = arith.muli %v5680, %size_B : i64
        %v5682 = arith.subi %size_B, %v3 : i64
        %v5683 = arith.minsi %v113, %v5682 : i64
        %v5684 = arith.addi %v5681, %v5683 : i64
        %v5685 = llvm.getelementptr %segsum_x_im[%v5684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5676, %v5685 : f32, !llvm.ptr
        %v5686 = llvm.load %v286 : !llvm.ptr -> f32
        %v5687 = arith.muli %v132, %v7 : i64
        %v5688 = arith.addi %v5687, %v110 : i64
        %v5689 = arith.muli %v5688, %v2 : i64
        %v5690 = arith.addi %v5689, %v3 : i64
        %v5691 = arith.muli %v5690, %size_B : i64
        %v5692 = arith.subi %size_B, %v3 : i64
        %v5693 = arith.minsi %v113, %v5692 : i64
        %v5694 = arith.addi %v5691, %v5693 : i64
        %v5695 = llvm.getelementptr %segsum_x_im[%v5694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5686, %v5695 : f32, !llvm.ptr
        %v5696 = llvm.load %v223 : !llvm.ptr -> f32
        %v5697 = arith.muli %v1, %v7 : i64
        %v5698 = arith.addi %v5697, %v110 : i64
        %v5699 = arith.muli %v5698, %v2 : i64
        %v5700 = arith.addi %v5699, %v3 : i64
        %v5701 = arith.muli %v5700, %size_B : i64
        %v5702 = arith.subi %size_B, %v3 : i64
        %v5703 = arith.minsi %v113, %v5702 : i64
        %v5704 = arith.addi %v5701, %v5703 : i64
        %v5705 = llvm.getelementptr %segsum_x_im[%v5704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5696, %v5705 : f32, !llvm.ptr
        %v5706 = llvm.load %v161 : !llvm.ptr -> f32
        %v5707 = arith.muli %v110, %v2 : i64
        %v5708 = arith.addi %v5707, %v130 : i64
        %v5709 = arith.muli %v5708, %size_B : i64
        %v5710 = arith.subi %size_B, %v3 : i64
        %v5711 = arith.minsi %v113, %v5710 : i64
        %v5712 = arith.addi %v5709, %v5711 : i64
        %v5713 = llvm.getelementptr %segsum_x_im[%v5712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5706, %v5713 : f32, !llvm.ptr
        %v5714 = llvm.load %v967 : !llvm.ptr -> f32
        %v5715 = arith.addi %v7, %v110 : i64
        %v5716 = arith.muli %v5715, %v2 : i64
        %v5717 = arith.addi %v5716, %v130 : i64
        %v5718 = arith.muli %v5717, %size_B : i64
        %v5719 = arith.subi %size_B, %v3 : i64
        %v5720 = arith.minsi %v113, %v5719 : i64
        %v5721 = arith.addi %v5718, %v5720 : i64
        %v5722 = llvm.getelementptr %segsum_x_im[%v5721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5714, %v5722 : f32, !llvm.ptr
        %v5723 = llvm.load %v968 : !llvm.ptr -> f32
        %v5724 = arith.muli %v130, %v7 : i64
        %v5725 = arith.addi %v5724, %v110 : i64
        %v5726 = arith.muli %v5725, %v2 : i64
        %v5727 = arith.addi %v5726, %v130 : i64
        %v5728 = arith.muli %v5727, %size_B : i64
        %v5729 = arith.subi %size_B, %v3 : i64
        %v5730 = arith.minsi %v113, %v5729 : i64
        %v5731 = arith.addi %v5728, %v5730 : i64
        %v5732 = llvm.getelementptr %segsum_x_im[%v5731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5723, %v5732 : f32, !llvm.ptr
        %v5733 = llvm.load %v288 : !llvm.ptr -> f32
        %v5734 = arith.muli %v132, %v7 : i64
        %v5735 = arith.addi %v5734, %v110 : i64
        %v5736 = arith.muli %v5735, %v2 : i64
        %v5737 = arith.addi %v5736, %v130 : i64
        %v5738 = arith.muli %v5737, %size_B : i64
        %v5739 = arith.subi %size_B, %v3 : i64
        %v5740 = arith.minsi %v113, %v5739 : i64
        %v5741 = arith.addi %v5738, %v5740 : i64
        %v5742 = llvm.getelementptr %segsum_x_im[%v5741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5733, %v5742 : f32, !llvm.ptr
        %v5743 = llvm.load %v225 : !llvm.ptr -> f32
        %v5744 = arith.muli %v1, %v7 : i64
        %v5745 = arith.addi %v5744, %v110 : i64
        %v5746 = arith.muli %v5745, %v2 : i64
        %v5747 = arith.addi %v5746, %v130 : i64
        %v5748 = arith.muli %v5747, %size_B : i64
        %v5749 = arith.subi %size_B, %v3 : i64
        %v5750 = arith.minsi %v113, %v5749 : i64
        %v5751 = arith.addi %v5748, %v5750 : i64
        %v5752 = llvm.getelementptr %segsum_x_im[%v5751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5743, %v5752 : f32, !llvm.ptr
        %v5753 = llvm.load %v163 : !llvm.ptr -> f32
        %v5754 = arith.muli %v110, %v2 : i64
        %v5755 = arith.addi %v5754, %v132 : i64
        %v5756 = arith.muli %v5755, %size_B : i64
        %v5757 = arith.subi %size_B, %v3 : i64
        %v5758 = arith.minsi %v113, %v5757 : i64
        %v5759 = arith.addi %v5756, %v5758 : i64
        %v5760 = llvm.getelementptr %segsum_x_im[%v5759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5753, %v5760 : f32, !llvm.ptr
        %v5761 = llvm.load %v969 : !llvm.ptr -> f32
        %v5762 = arith.addi %v7, %v110 : i64
        %v5763 = arith.muli %v5762, %v2 : i64
        %v5764 = arith.addi %v5763, %v132 : i64
        %v5765 = arith.muli %v5764, %size_B : i64
        %v5766 = arith.subi %size_B, %v3 : i64
        %v5767 = arith.minsi %v113, %v5766 : i64
        %v5768 = arith.addi %v5765, %v5767 : i64
        %v5769 = llvm.getelementptr %segsum_x_im[%v5768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5761, %v5769 : f32, !llvm.ptr
        %v5770 = llvm.load %v970 : !llvm.ptr -> f32
        %v5771 = arith.muli %v130, %v7 : i64
        %v5772 = arith.addi %v5771, %v110 : i64
        %v5773 = arith.muli %v5772, %v2 : i64
        %v5774 = arith.addi %v5773, %v132 : i64
        %v5775 = arith.muli %v5774, %size_B : i64
        %v5776 = arith.subi %size_B, %v3 : i64
        %v5777 = arith.minsi %v113, %v5776 : i64
        %v5778 = arith.addi %v5775, %v5777 : i64
        %v5779 = llvm.getelementptr %segsum_x_im[%v5778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5770, %v5779 : f32, !llvm.ptr
        %v5780 = llvm.load %v290 : !llvm.ptr -> f32
        %v5781 = arith.muli %v132, %v7 : i64
        %v5782 = arith.addi %v5781, %v110 : i64
        %v5783 = arith.muli %v5782, %v2 : i64
        %v5784 = arith.addi %v5783, %v132 : i64
        %v5785 = arith.muli %v5784, %size_B : i64
        %v5786 = arith.subi %size_B, %v3 : i64
        %v5787 = arith.minsi %v113, %v5786 : i64
        %v5788 = arith.addi %v5785, %v5787 : i64
        %v5789 = llvm.getelementptr %segsum_x_im[%v5788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5780, %v5789 : f32, !llvm.ptr
        %v5790 = llvm.load %v227 : !llvm.ptr -> f32
        %v5791 = arith.muli %v1, %v7 : i64
        %v5792 = arith.addi %v5791, %v110 : i64
        %v5793 = arith.muli %v5792, %v2 : i64
        %v5794 = arith.addi %v5793, %v132 : i64
        %v5795 = arith.muli %v5794, %size_B : i64
        %v5796 = arith.subi %size_B, %v3 : i64
        %v5797 = arith.minsi %v113, %v5796 : i64
        %v5798 = arith.addi %v5795, %v5797 : i64
        %v5799 = llvm.getelementptr %segsum_x_im[%v5798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5790, %v5799 : f32, !llvm.ptr
        %v5800 = llvm.load %v165 : !llvm.ptr -> f32
        %v5801 = arith.muli %v110, %v2 : i64
        %v5802 = arith.addi %v5801, %v1 : i64
        %v5803 = arith.muli %v5802, %size_B : i64
        %v5804 = arith.subi %size_B, %v3 : i64
        %v5805 = arith.minsi %v113, %v5804 : i64
        %v5806 = arith.addi %v5803, %v5805 : i64
        %v5807 = llvm.getelementptr %segsum_x_im[%v5806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5800, %v5807 : f32, !llvm.ptr
        %v5808 = llvm.load %v971 : !llvm.ptr -> f32
        %v5809 = arith.addi %v7, %v110 : i64
        %v5810 = arith.muli %v5809, %v2 : i64
        %v5811 = arith.addi %v5810, %v1 : i64
        %v5812 = arith.muli %v5811, %size_B : i64
        %v5813 = arith.subi %size_B, %v3 : i64
        %v5814 = arith.minsi %v113, %v5813 : i64
        %v5815 = arith.addi %v5812, %v5814 : i64
        %v5816 = llvm.getelementptr %segsum_x_im[%v5815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5808, %v5816 : f32, !llvm.ptr
        %v5817 = llvm.load %v972 : !llvm.ptr -> f32
        %v5818 = arith.muli %v130, %v7 : i64
        %v5819 = arith.addi %v5818, %v110 : i64
        %v5820 = arith.muli %v5819, %v2 : i64
        %v5821 = arith.addi %v5820, %v1 : i64
        %v5822 = arith.muli %v5821, %size_B : i64
        %v5823 = arith.subi %size_B, %v3 : i64
        %v5824 = arith.minsi %v113, %v5823 : i64
        %v5825 = arith.addi %v5822, %v5824 : i64
        %v5826 = llvm.getelementptr %segsum_x_im[%v5825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5817, %v5826 : f32, !llvm.ptr
        %v5827 = llvm.load %v292 : !llvm.ptr -> f32
        %v5828 = arith.muli %v132, %v7 : i64
        %v5829 = arith.addi %v5828, %v110 : i64
        %v5830 = arith.muli %v5829, %v2 : i64
        %v5831 = arith.addi %v5830, %v1 : i64
        %v5832 = arith.muli %v5831, %size_B : i64
        %v5833 = arith.subi %size_B, %v3 : i64
        %v5834 = arith.minsi %v113, %v5833 : i64
        %v5835 = arith.addi %v5832, %v5834 : i64
        %v5836 = llvm.getelementptr %segsum_x_im[%v5835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5827, %v5836 : f32, !llvm.ptr
        %v5837 = llvm.load %v229 : !llvm.ptr -> f32
        %v5838 = arith.muli %v1, %v7 : i64
        %v5839 = arith.addi %v5838, %v110 : i64
        %v5840 = arith.muli %v5839, %v2 : i64
        %v5841 = arith.addi %v5840, %v1 : i64
        %v5842 = arith.muli %v5841, %size_B : i64
        %v5843 = arith.subi %size_B, %v3 : i64
        %v5844 = arith.minsi %v113, %v5843 : i64
        %v5845 = arith.addi %v5842, %v5844 : i64
        %v5846 = llvm.getelementptr %segsum_x_im[%v5845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5837, %v5846 : f32, !llvm.ptr
        %v5847 = llvm.load %v167 : !llvm.ptr -> f32
        %v5848 = arith.muli %v110, %v2 : i64
        %v5849 = arith.addi %v5848, %v135 : i64
        %v5850 = arith.muli %v5849, %size_B : i64
        %v5851 = arith.subi %size_B, %v3 : i64
        %v5852 = arith.minsi %v113, %v5851 : i64
        %v5853 = arith.addi %v5850, %v5852 : i64
        %v5854 = llvm.getelementptr %segsum_x_im[%v5853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5847, %v5854 : f32, !llvm.ptr
        %v5855 = llvm.load %v973 : !llvm.ptr -> f32
        %v5856 = arith.addi %v7, %v110 : i64
        %v5857 = arith.muli %v5856, %v2 : i64
        %v5858 = arith.addi %v5857, %v135 : i64
        %v5859 = arith.muli %v5858, %size_B : i64
        %v5860 = arith.subi %size_B, %v3 : i64
        %v5861 = arith.minsi %v113, %v5860 : i64
        %v5862 = arith.addi %v5859, %v5861 : i64
        %v5863 = llvm.getelementptr %segsum_x_im[%v5862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5855, %v5863 : f32, !llvm.ptr
        %v5864 = llvm.load %v974 : !llvm.ptr -> f32
        %v5865 = arith.muli %v130, %v7 : i64
        %v5866 = arith.addi %v5865, %v110 : i64
        %v5867 = arith.muli %v5866, %v2 : i64
        %v5868 = arith.addi %v5867, %v135 : i64
        %v5869 = arith.muli %v5868, %size_B : i64
        %v5870 = arith.subi %size_B, %v3 : i64
        %v5871 = arith.minsi %v113, %v5870 : i64
        %v5872 = arith.addi %v5869, %v5871 : i64
        %v5873 = llvm.getelementptr %segsum_x_im[%v5872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5864, %v5873 : f32, !llvm.ptr
        %v5874 = llvm.load %v294 : !llvm.ptr -> f32
        %v5875 = arith.muli %v132, %v7 : i64
        %v5876 = arith.addi %v5875, %v110 : i64
        %v5877 = arith.muli %v5876, %v2 : i64
        %v5878 = arith.addi %v5877, %v135 : i64
        %v5879 = arith.muli %v5878, %size_B : i64
        %v5880 = arith.subi %size_B, %v3 : i64
        %v5881 = arith.minsi %v113, %v5880 : i64
        %v5882 = arith.addi %v5879, %v5881 : i64
        %v5883 = llvm.getelementptr %segsum_x_im[%v5882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5874, %v5883 : f32, !llvm.ptr
        %v5884 = llvm.load %v231 : !llvm.ptr -> f32
        %v5885 = arith.muli %v1, %v7 : i64
        %v5886 = arith.addi %v5885, %v110 : i64
        %v5887 = arith.muli %v5886, %v2 : i64
        %v5888 = arith.addi %v5887, %v135 : i64
        %v5889 = arith.muli %v5888, %size_B : i64
        %v5890 = arith.subi %size_B, %v3 : i64
        %v5891 = arith.minsi %v113, %v5890 : i64
        %v5892 = arith.addi %v5889, %v5891 : i64
        %v5893 = llvm.getelementptr %segsum_x_im[%v5892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5884, %v5893 : f32, !llvm.ptr
        %v5894 = llvm.load %v169 : !llvm.ptr -> f32
        %v5895 = arith.muli %v110, %v2 : i64
        %v5896 = arith.addi %v5895, %v137 : i64
        %v5897 = arith.muli %v5896, %size_B : i64
        %v5898 = arith.subi %size_B, %v3 : i64
        %v5899 = arith.minsi %v113, %v5898 : i64
        %v5900 = arith.addi %v5897, %v5899 : i64
        %v5901 = llvm.getelementptr %segsum_x_im[%v5900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5894, %v5901 : f32, !llvm.ptr
        %v5902 = llvm.load %v975 : !llvm.ptr -> f32
        %v5903 = arith.addi %v7, %v110 : i64
        %v5904 = arith.muli %v5903, %v2 : i64
        %v5905 = arith.addi %v5904, %v137 : i64
        %v5906 = arith.muli %v5905, %size_B : i64
        %v5907 = arith.subi %size_B, %v3 : i64
        %v5908 = arith.minsi %v113, %v5907 : i64
        %v5909 = arith.addi %v5906, %v5908 : i64
        %v5910 = llvm.getelementptr %segsum_x_im[%v5909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5902, %v5910 : f32, !llvm.ptr
        %v5911 = llvm.load %v976 : !llvm.ptr -> f32
        %v5912 = arith.muli %v130, %v7 : i64
        %v5913 = arith.addi %v5912, %v110 : i64
        %v5914 = arith.muli %v5913, %v2 : i64
        %v5915 = arith.addi %v5914, %v137 : i64
        %v5916 = arith.muli %v5915, %size_B : i64
        %v5917 = arith.subi %size_B, %v3 : i64
        %v5918 = arith.minsi %v113, %v5917 : i64
        %v5919 = arith.addi %v5916, %v5918 : i64
        %v5920 = llvm.getelementptr %segsum_x_im[%v5919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5911, %v5920 : f32, !llvm.ptr
        %v5921 = llvm.load %v296 : !llvm.ptr -> f32
        %v5922 = arith.muli %v132, %v7 : i64
        %v5923 = arith.addi %v5922, %v110 : i64
        %v5924 = arith.muli %v5923, %v2 : i64
        %v5925 = arith.addi %v5924, %v137 : i64
        %v5926 = arith.muli %v5925, %size_B : i64
        %v5927 = arith.subi %size_B, %v3 : i64
        %v5928 = arith.minsi %v113, %v5927 : i64
        %v5929 = arith.addi %v5926, %v5928 : i64
        %v5930 = llvm.getelementptr %segsum_x_im[%v5929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5921, %v5930 : f32, !llvm.ptr
        %v5931 = llvm.load %v233 : !llvm.ptr -> f32
        %v5932 = arith.muli %v1, %v7 : i64
        %v5933 = arith.addi %v5932, %v110 : i64
        %v5934 = arith.muli %v5933, %v2 : i64
        %v5935 = arith.addi %v5934, %v137 : i64
        %v5936 = arith.muli %v5935, %size_B : i64
        %v5937 = arith.subi %size_B, %v3 : i64
        %v5938 = arith.minsi %v113, %v5937 : i64
        %v5939 = arith.addi %v5936, %v5938 : i64
        %v5940 = llvm.getelementptr %segsum_x_im[%v5939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5931, %v5940 : f32, !llvm.ptr
        %v5941 = llvm.load %v171 : !llvm.ptr -> f32
        %v5942 = arith.muli %v110, %v2 : i64
        %v5943 = arith.addi %v5942, %v139 : i64
        %v5944 = arith.muli %v5943, %size_B : i64
        %v5945 = arith.subi %size_B, %v3 : i64
        %v5946 = arith.minsi %v113, %v5945 : i64
        %v5947 = arith.addi %v5944, %v5946 : i64
        %v5948 = llvm.getelementptr %segsum_x_im[%v5947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5941, %v5948 : f32, !llvm.ptr
        %v5949 = llvm.load %v977 : !llvm.ptr -> f32
        %v5950 = arith.addi %v7, %v110 : i64
        %v5951 = arith.muli %v5950, %v2 : i64
        %v5952 = arith.addi %v5951, %v139 : i64
        %v5953 = arith.muli %v5952, %size_B : i64
        %v5954 = arith.subi %size_B, %v3 : i64
        %v5955 = arith.minsi %v113, %v5954 : i64
        %v5956 = arith.addi %v5953, %v5955 : i64
        %v5957 = llvm.getelementptr %segsum_x_im[%v5956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5949, %v5957 : f32, !llvm.ptr
        %v5958 = llvm.load %v978 : !llvm.ptr -> f32
        %v5959 = arith.muli %v130, %v7 : i64
        %v5960 = arith.addi %v5959, %v110 : i64
        %v5961 = arith.muli %v5960, %v2 : i64
        %v5962 = arith.addi %v5961, %v139 : i64
        %v5963 = arith.muli %v5962, %size_B : i64
        %v5964 = arith.subi %size_B, %v3 : i64
        %v5965 = arith.minsi %v113, %v5964 : i64
        %v5966 = arith.addi %v5963, %v5965 : i64
        %v5967 = llvm.getelementptr %segsum_x_im[%v5966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5958, %v5967 : f32, !llvm.ptr
        %v5968 = llvm.load %v298 : !llvm.ptr -> f32
        %v5969 = arith.muli %v132, %v7 : i64
        %v5970 = arith.addi %v5969, %v110 : i64
        %v5971 = arith.muli %v5970, %v2 : i64
        %v5972 = arith.addi %v5971, %v139 : i64
        %v5973 = arith.muli %v5972, %size_B : i64
        %v5974 = arith.subi %size_B, %v3 : i64
        %v5975 = arith.minsi %v113, %v5974 : i64
        %v5976 = arith.addi %v5973, %v5975 : i64
        %v5977 = llvm.getelementptr %segsum_x_im[%v5976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5968, %v5977 : f32, !llvm.ptr
        %v5978 = llvm.load %v235 : !llvm.ptr -> f32
        %v5979 = arith.muli %v1, %v7 : i64
        %v5980 = arith.addi %v5979, %v110 : i64
        %v5981 = arith.muli %v5980, %v2 : i64
        %v5982 = arith.addi %v5981, %v139 : i64
        %v5983 = arith.muli %v5982, %size_B : i64
        %v5984 = arith.subi %size_B, %v3 : i64
        %v5985 = arith.minsi %v113, %v5984 : i64
        %v5986 = arith.addi %v5983, %v5985 : i64
        %v5987 = llvm.getelementptr %segsum_x_im[%v5986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5978, %v5987 : f32, !llvm.ptr
        %v5988 = llvm.load %v173 : !llvm.ptr -> f32
        %v5989 = arith.muli %v110, %v2 : i64
        %v5990 = arith.addi %v5989, %v141 : i64
        %v5991 = arith.muli %v5990, %size_B : i64
        %v5992 = arith.subi %size_B, %v3 : i64
        %v5993 = arith.minsi %v113, %v5992 : i64
        %v5994 = arith.addi %v5991, %v5993 : i64
        %v5995 = llvm.getelementptr %segsum_x_im[%v5994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5988, %v5995 : f32, !llvm.ptr
        %v5996 = llvm.load %v979 : !llvm.ptr -> f32
        %v5997 = arith.addi %v7, %v110 : i64
        %v5998 = arith.muli %v5997, %v2 : i64
        %v5999 = arith.addi %v5998, %v141 : i64
        %v6000 = arith.muli %v5999, %size_B : i64
        %v6001 = arith.subi %size_B, %v3 : i64
        %v6002 = arith.minsi %v113, %v6001 : i64
        %v6003 = arith.addi %v6000, %v6002 : i64
        %v6004 = llvm.getelementptr %segsum_x_im[%v6003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5996, %v6004 : f32, !llvm.ptr
        %v6005 = llvm.load %v980 : !llvm.ptr -> f32
        %v6006 = arith.muli %v130, %v7 : i64
        %v6007 = arith.addi %v6006, %v110 : i64
        %v6008 = arith.muli %v6007, %v2 : i64
        %v6009 = arith.addi %v6008, %v141 : i64
        %v6010 = arith.muli %v6009, %size_B : i64
        %v6011 = arith.subi %size_B, %v3 : i64
        %v6012 = arith.minsi %v113, %v6011 : i64
        %v6013 = arith.addi %v6010, %v6012 : i64
        %v6014 = llvm.getelementptr %segsum_x_im[%v6013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6005, %v6014 : f32, !llvm.ptr
        %v6015 = llvm.load %v300 : !llvm.ptr -> f32
        %v6016 = arith.muli %v132, %v7 : i64
        %v6017 = arith.addi %v6016, %v110 : i64
        %v6018 = arith.muli %v6017, %v2 : i64
        %v6019 = arith.addi %v6018, %v141 : i64
        %v6020 = arith.muli %v6019, %size_B : i64
        %v6021 = arith.subi %size_B, %v3 : i64
        %v6022 = arith.minsi %v113, %v6021 : i64
        %v6023 = arith.addi %v6020, %v6022 : i64
        %v6024 = llvm.getelementptr %segsum_x_im[%v6023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6015, %v6024 : f32, !llvm.ptr
        %v6025 = llvm.load %v237 : !llvm.ptr -> f32
        %v6026 = arith.muli %v1, %v7 : i64
        %v6027 = arith.addi %v6026, %v110 : i64
        %v6028 = arith.muli %v6027, %v2 : i64
        %v6029 = arith.addi %v6028, %v141 : i64
        %v6030 = arith.muli %v6029, %size_B : i64
        %v6031 = arith.subi %size_B, %v3 : i64
        %v6032 = arith.minsi %v113, %v6031 : i64
        %v6033 = arith.addi %v6030, %v6032 : i64
        %v6034 = llvm.getelementptr %segsum_x_im[%v6033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6025, %v6034 : f32, !llvm.ptr
        %v6035 = llvm.load %v175 : !llvm.ptr -> f32
        %v6036 = arith.muli %v110, %v2 : i64
        %v6037 = arith.addi %v6036, %v143 : i64
        %v6038 = arith.muli %v6037, %size_B : i64
        %v6039 = arith.subi %size_B, %v3 : i64
        %v6040 = arith.minsi %v113, %v6039 : i64
        %v6041 = arith.addi %v6038, %v6040 : i64
        %v6042 = llvm.getelementptr %segsum_x_im[%v6041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6035, %v6042 : f32, !llvm.ptr
        %v6043 = llvm.load %v981 : !llvm.ptr -> f32
        %v6044 = arith.addi %v7, %v110 : i64
        %v6045 = arith.muli %v6044, %v2 : i64
        %v6046 = arith.addi %v6045, %v143 : i64
        %v6047 = arith.muli %v6046, %size_B : i64
        %v6048 = arith.subi %size_B, %v3 : i64
        %v6049 = arith.minsi %v113, %v6048 : i64
        %v6050 = arith.addi %v6047, %v6049 : i64
        %v6051 = llvm.getelementptr %segsum_x_im[%v6050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6043, %v6051 : f32, !llvm.ptr
        %v6052 = llvm.load %v982 : !llvm.ptr -> f32
        %v6053 = arith.muli %v130, %v7 : i64
        %v6054 = arith.addi %v6053, %v110 : i64
        %v6055 = arith.muli %v6054, %v2 : i64
        %v6056 = arith.addi %v6055, %v143 : i64
        %v6057 = arith.muli %v6056, %size_B : i64
        %v6058 = arith.subi %size_B, %v3 : i64
        %v6059 = arith.minsi %v113, %v6058 : i64
        %v6060 = arith.addi %v6057, %v6059 : i64
        %v6061 = llvm.getelementptr %segsum_x_im[%v6060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6052, %v6061 : f32, !llvm.ptr
        %v6062 = llvm.load %v302 : !llvm.ptr -> f32
        %v6063 = arith.muli %v132, %v7 : i64
        %v6064 = arith.addi %v6063, %v110 : i64
        %v6065 = arith.muli %v6064, %v2 : i64
        %v6066 = arith.addi %v6065, %v143 : i64
        %v6067 = arith.muli %v6066, %size_B : i64
        %v6068 = arith.subi %size_B, %v3 : i64
        %v6069 = arith.minsi %v113, %v6068 : i64
        %v6070 = arith.addi %v6067, %v6069 : i64
        %v6071 = llvm.getelementptr %segsum_x_im[%v6070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6062, %v6071 : f32, !llvm.ptr
        %v6072 = llvm.load %v239 : !llvm.ptr -> f32
        %v6073 = arith.muli %v1, %v7 : i64
        %v6074 = arith.addi %v6073, %v110 : i64
        %v6075 = arith.muli %v6074, %v2 : i64
        %v6076 = arith.addi %v6075, %v143 : i64
        %v6077 = arith.muli %v6076, %size_B : i64
        %v6078 = arith.subi %size_B, %v3 : i64
        %v6079 = arith.minsi %v113, %v6078 : i64
        %v6080 = arith.addi %v6077, %v6079 : i64
        %v6081 = llvm.getelementptr %segsum_x_im[%v6080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6072, %v6081 : f32, !llvm.ptr
        %v6082 = llvm.load %v177 : !llvm.ptr -> f32
        %v6083 = arith.muli %v110, %v2 : i64
        %v6084 = arith.addi %v6083, %v145 : i64
        %v6085 = arith.muli %v6084, %size_B : i64
        %v6086 = arith.subi %size_B, %v3 : i64
        %v6087 = arith.minsi %v113, %v6086 : i64
        %v6088 = arith.addi %v6085, %v6087 : i64
        %v6089 = llvm.getelementptr %segsum_x_im[%v6088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6082, %v6089 : f32, !llvm.ptr
        %v6090 = llvm.load %v983 : !llvm.ptr -> f32
        %v6091 = arith.addi %v7, %v110 : i64
        %v6092 = arith.muli %v6091, %v2 : i64
        %v6093 = arith.addi %v6092, %v145 : i64
        %v6094 = arith.muli %v6093, %size_B : i64
        %v6095 = arith.subi %size_B, %v3 : i64
        %v6096 = arith.minsi %v113, %v6095 : i64
        %v6097 = arith.addi %v6094, %v6096 : i64
        %v6098 = llvm.getelementptr %segsum_x_im[%v6097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6090, %v6098 : f32, !llvm.ptr
        %v6099 = llvm.load %v984 : !llvm.ptr -> f32
        %v6100 = arith.muli %v130, %v7 : i64
        %v6101 = arith.addi %v6100, %v110 : i64
        %v6102 = arith.muli %v6101, %v2 : i64
        %v6103 = arith.addi %v6102, %v145 : i64
        %v6104 = arith.muli %v6103, %size_B : i64
        %v6105 = arith.subi %size_B, %v3 : i64
        %v6106 = arith.minsi %v113, %v6105 : i64
        %v6107 = arith.addi %v6104, %v6106 : i64
        %v6108 = llvm.getelementptr %segsum_x_im[%v6107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6099, %v6108 : f32, !llvm.ptr
        %v6109 = llvm.load %v304 : !llvm.ptr -> f32
        %v6110 = arith.muli %v132, %v7 : i64
        %v6111 = arith.addi %v6110, %v110 : i64
        %v6112 = arith.muli %v6111, %v2 : i64
        %v6113 = arith.addi %v6112, %v145 : i64
        %v6114 = arith.muli %v6113, %size_B : i64
        %v6115 = arith.subi %size_B, %v3 : i64
        %v6116 = arith.minsi %v113, %v6115 : i64
        %v6117 = arith.addi %v6114, %v6116 : i64
        %v6118 = llvm.getelementptr %segsum_x_im[%v6117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6109, %v6118 : f32, !llvm.ptr
        %v6119 = llvm.load %v241 : !llvm.ptr -> f32
        %v6120 = arith.muli %v1, %v7 : i64
        %v6121 = arith.addi %v6120, %v110 : i64
        %v6122 = arith.muli %v6121, %v2 : i64
        %v6123 = arith.addi %v6122, %v145 : i64
        %v6124 = arith.muli %v6123, %size_B : i64
        %v6125 = arith.subi %size_B, %v3 : i64
        %v6126 = arith.minsi %v113, %v6125 : i64
        %v6127 = arith.addi %v6124, %v6126 : i64
        %v6128 = llvm.getelementptr %segsum_x_im[%v6127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6119, %v6128 : f32, !llvm.ptr
        %v6129 = llvm.load %v179 : !llvm.ptr -> f32
        %v6130 = arith.muli %v110, %v2 : i64
        %v6131 = arith.addi %v6130, %v147 : i64
        %v6132 = arith.muli %v6131, %size_B : i64
        %v6133 = arith.subi %size_B, %v3 : i64
        %v6134 = arith.minsi %v113, %v6133 : i64
        %v6135 = arith.addi %v6132, %v6134 : i64
        %v6136 = llvm.getelementptr %segsum_x_im[%v6135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6129, %v6136 : f32, !llvm.ptr
        %v6137 = llvm.load %v985 : !llvm.ptr -> f32
        %v6138 = arith.addi %v7, %v110 : i64
        %v6139 = arith.muli %v6138, %v2 : i64
        %v6140 = arith.addi %v6139, %v147 : i64
        %v6141 = arith.muli %v6140, %size_B : i64
        %v6142 = arith.subi %size_B, %v3 : i64
        %v6143 = arith.minsi %v113, %v6142 : i64
        %v6144 = arith.addi %v6141, %v6143 : i64
        %v6145 = llvm.getelementptr %segsum_x_im[%v6144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6137, %v6145 : f32, !llvm.ptr
        %v6146 = llvm.load %v986 : !llvm.ptr -> f32
        %v6147 = arith.muli %v130, %v7 : i64
        %v6148 = arith.addi %v6147, %v110 : i64
        %v6149 = arith.muli %v6148, %v2 : i64
        %v6150 = arith.addi %v6149, %v147 : i64
        %v6151 = arith.muli %v6150, %size_B : i64
        %v6152 = arith.subi %size_B, %v3 : i64
        %v6153 = arith.minsi %v113, %v6152 : i64
        %v6154 = arith.addi %v6151, %v6153 : i64
        %v6155 = llvm.getelementptr %segsum_x_im[%v6154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6146, %v6155 : f32, !llvm.ptr
        %v6156 = llvm.load %v306 : !llvm.ptr -> f32
        %v6157 = arith.muli %v132, %v7 : i64
        %v6158 = arith.addi %v6157, %v110 : i64
        %v6159 = arith.muli %v6158, %v2 : i64
        %v6160 = arith.addi %v6159, %v147 : i64
        %v6161 = arith.muli %v6160, %size_B : i64
        %v6162 = arith.subi %size_B, %v3 : i64
        %v6163 = arith.minsi %v113, %v6162 : i64
        %v6164 = arith.addi %v6161, %v6163 : i64
        %v6165 = llvm.getelementptr %segsum_x_im[%v6164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6156, %v6165 : f32, !llvm.ptr
        %v6166 = llvm.load %v243 : !llvm.ptr -> f32
        %v6167 = arith.muli %v1, %v7 : i64
        %v6168 = arith.addi %v6167, %v110 : i64
        %v6169 = arith.muli %v6168, %v2 : i64
        %v6170 = arith.addi %v6169, %v147 : i64
        %v6171 = arith.muli %v6170, %size_B : i64
        %v6172 = arith.subi %size_B, %v3 : i64
        %v6173 = arith.minsi %v113, %v6172 : i64
        %v6174 = arith.addi %v6171, %v6173 : i64
        %v6175 = llvm.getelementptr %segsum_x_im[%v6174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6166, %v6175 : f32, !llvm.ptr
        %v6176 = llvm.load %v181 : !llvm.ptr -> f32
        %v6177 = arith.muli %v110, %v2 : i64
        %v6178 = arith.addi %v6177, %v149 : i64
        %v6179 = arith.muli %v6178, %size_B : i64
        %v6180 = arith.subi %size_B, %v3 : i64
        %v6181 = arith.minsi %v113, %v6180 : i64
        %v6182 = arith.addi %v6179, %v6181 : i64
        %v6183 = llvm.getelementptr %segsum_x_im[%v6182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6176, %v6183 : f32, !llvm.ptr
        %v6184 = llvm.load %v987 : !llvm.ptr -> f32
        %v6185 = arith.addi %v7, %v110 : i64
        %v6186 = arith.muli %v6185, %v2 : i64
        %v6187 = arith.addi %v6186, %v149 : i64
        %v6188 = arith.muli %v6187, %size_B : i64
        %v6189 = arith.subi %size_B, %v3 : i64
        %v6190 = arith.minsi %v113, %v6189 : i64
        %v6191 = arith.addi %v6188, %v6190 : i64
        %v6192 = llvm.getelementptr %segsum_x_im[%v6191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6184, %v6192 : f32, !llvm.ptr
        %v6193 = llvm.load %v988 : !llvm.ptr -> f32
        %v6194 = arith.muli %v130, %v7 : i64
        %v6195 = arith.addi %v6194, %v110 : i64
        %v6196 = arith.muli %v6195, %v2 : i64
        %v6197 = arith.addi %v6196, %v149 : i64
        %v6198 = arith.muli %v6197, %size_B : i64
        %v6199 = arith.subi %size_B, %v3 : i64
        %v6200 = arith.minsi %v113, %v6199 : i64
        %v6201 = arith.addi %v6198, %v6200 : i64
        %v6202 = llvm.getelementptr %segsum_x_im[%v6201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6193, %v6202 : f32, !llvm.ptr
        %v6203 = llvm.load %v308 : !llvm.ptr -> f32
        %v6204 = arith.muli %v132, %v7 : i64
        %v6205 = arith.addi %v6204, %v110 : i64
        %v6206 = arith.muli %v6205, %v2 : i64
        %v6207 = arith.addi %v6206, %v149 : i64
        %v6208 = arith.muli %v6207, %size_B : i64
        %v6209 = arith.subi %size_B, %v3 : i64
        %v6210 = arith.minsi %v113, %v6209 : i64
        %v6211 = arith.addi %v6208, %v6210 : i64
        %v6212 = llvm.getelementptr %segsum_x_im[%v6211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6203, %v6212 : f32, !llvm.ptr
        %v6213 = llvm.load %v245 : !llvm.ptr -> f32
        %v6214 = arith.muli %v1, %v7 : i64
        %v6215 = arith.addi %v6214, %v110 : i64
        %v6216 = arith.muli %v6215, %v2 : i64
        %v6217 = arith.addi %v6216, %v149 : i64
        %v6218 = arith.muli %v6217, %size_B : i64
        %v6219 = arith.subi %size_B, %v3 : i64
        %v6220 = arith.minsi %v113, %v6219 : i64
        %v6221 = arith.addi %v6218, %v6220 : i64
        %v6222 = llvm.getelementptr %segsum_x_im[%v6221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6213, %v6222 : f32, !llvm.ptr
        %v6223 = llvm.load %v183 : !llvm.ptr -> f32
        %v6224 = arith.muli %v110, %v2 : i64
        %v6225 = arith.addi %v6224, %v151 : i64
        %v6226 = arith.muli %v6225, %size_B : i64
        %v6227 = arith.subi %size_B, %v3 : i64
        %v6228 = arith.minsi %v113, %v6227 : i64
        %v6229 = arith.addi %v6226, %v6228 : i64
        %v6230 = llvm.getelementptr %segsum_x_im[%v6229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6223, %v6230 : f32, !llvm.ptr
        %v6231 = llvm.load %v989 : !llvm.ptr -> f32
        %v6232 = arith.addi %v7, %v110 : i64
        %v6233 = arith.muli %v6232, %v2 : i64
        %v6234 = arith.addi %v6233, %v151 : i64
        %v6235 = arith.muli %v6234, %size_B : i64
        %v6236 = arith.subi %size_B, %v3 : i64
        %v6237 = arith.minsi %v113, %v6236 : i64
        %v6238 = arith.addi %v6235, %v6237 : i64
        %v6239 = llvm.getelementptr %segsum_x_im[%v6238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6231, %v6239 : f32, !llvm.ptr
        %v6240 = llvm.load %v990 : !llvm.ptr -> f32
        %v6241 = arith.muli %v130, %v7 : i64
        %v6242 = arith.addi %v6241, %v110 : i64
        %v6243 = arith.muli %v6242, %v2 : i64
        %v6244 = arith.addi %v6243, %v151 : i64
        %v6245 = arith.muli %v6244, %size_B : i64
        %v6246 = arith.subi %size_B, %v3 : i64
        %v6247 = arith.minsi %v113, %v6246 : i64
        %v6248 = arith.addi %v6245, %v6247 : i64
        %v6249 = llvm.getelementptr %segsum_x_im[%v6248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6240, %v6249 : f32, !llvm.ptr
        %v6250 = llvm.load %v310 : !llvm.ptr -> f32
        %v6251 = arith.muli %v132, %v7 : i64
        %v6252 = arith.addi %v6251, %v110 : i64
        %v6253 = arith.muli %v6252, %v2 : i64
        %v6254 = arith.addi %v6253, %v151 : i64
        %v6255 = arith.muli %v6254, %size_B : i64
        %v6256 = arith.subi %size_B, %v3 : i64
        %v6257 = arith.minsi %v113, %v6256 : i64
        %v6258 = arith.addi %v6255, %v6257 : i64
        %v6259 = llvm.getelementptr %segsum_x_im[%v6258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6250, %v6259 : f32, !llvm.ptr
        %v6260 = llvm.load %v247 : !llvm.ptr -> f32
        %v6261 = arith.muli %v1, %v7 : i64
        %v6262 = arith.addi %v6261, %v110 : i64
        %v6263 = arith.muli %v6262, %v2 : i64
        %v6264 = arith.addi %v6263, %v151 : i64
        %v6265 = arith.muli %v6264, %size_B : i64
        %v6266 = arith.subi %size_B, %v3 : i64
        %v6267 = arith.minsi %v113, %v6266 : i64
        %v6268 = arith.addi %v6265, %v6267 : i64
        %v6269 = llvm.getelementptr %segsum_x_im[%v6268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6260, %v6269 : f32, !llvm.ptr
        %v6270 = llvm.load %v185 : !llvm.ptr -> f32
        %v6271 = arith.muli %v110, %v2 : i64
        %v6272 = arith.addi %v6271, %v153 : i64
        %v6273 = arith.muli %v6272, %size_B : i64
        %v6274 = arith.subi %size_B, %v3 : i64
        %v6275 = arith.minsi %v113, %v6274 : i64
        %v6276 = arith.addi %v6273, %v6275 : i64
        %v6277 = llvm.getelementptr %segsum_x_im[%v6276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6270, %v6277 : f32, !llvm.ptr
        %v6278 = llvm.load %v991 : !llvm.ptr -> f32
        %v6279 = arith.addi %v7, %v110 : i64
        %v6280 = arith.muli %v6279, %v2 : i64
        %v6281 = arith.addi %v6280, %v153 : i64
        %v6282 = arith.muli %v6281, %size_B : i64
        %v6283 = arith.subi %size_B, %v3 : i64
        %v6284 = arith.minsi %v113, %v6283 : i64
        %v6285 = arith.addi %v6282, %v6284 : i64
        %v6286 = llvm.getelementptr %segsum_x_im[%v6285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6278, %v6286 : f32, !llvm.ptr
        %v6287 = llvm.load %v992 : !llvm.ptr -> f32
        %v6288 = arith.muli %v130, %v7 : i64
        %v6289 = arith.addi %v6288, %v110 : i64
        %v6290 = arith.muli %v6289, %v2 : i64
        %v6291 = arith.addi %v6290, %v153 : i64
        %v6292 = arith.muli %v6291, %size_B : i64
        %v6293 = arith.subi %size_B, %v3 : i64
        %v6294 = arith.minsi %v113, %v6293 : i64
        %v6295 = arith.addi %v6292, %v6294 : i64
        %v6296 = llvm.getelementptr %segsum_x_im[%v6295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6287, %v6296 : f32, !llvm.ptr
        %v6297 = llvm.load %v312 : !llvm.ptr -> f32
        %v6298 = arith.muli %v132, %v7 : i64
        %v6299 = arith.addi %v6298, %v110 : i64
        %v6300 = arith.muli %v6299, %v2 : i64
        %v6301 = arith.addi %v6300, %v153 : i64
        %v6302 = arith.muli %v6301, %size_B : i64
        %v6303 = arith.subi %size_B, %v3 : i64
        %v6304 = arith.minsi %v113, %v6303 : i64
        %v6305 = arith.addi %v6302, %v6304 : i64
        %v6306 = llvm.getelementptr %segsum_x_im[%v6305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6297, %v6306 : f32, !llvm.ptr
        %v6307 = llvm.load %v249 : !llvm.ptr -> f32
        %v6308 = arith.muli %v1, %v7 : i64
        %v6309 = arith.addi %v6308, %v110 : i64
        %v6310 = arith.muli %v6309, %v2 : i64
        %v6311 = arith.addi %v6310, %v153 : i64
        %v6312 = arith.muli %v6311, %size_B : i64
        %v6313 = arith.subi %size_B, %v3 : i64
        %v6314 = arith.minsi %v113, %v6313 : i64
        %v6315 = arith.addi %v6312, %v6314 : i64
        %v6316 = llvm.getelementptr %segsum_x_im[%v6315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6307, %v6316 : f32, !llvm.ptr
        %v6317 = llvm.load %v187 : !llvm.ptr -> f32
        %v6318 = arith.muli %v110, %v2 : i64
        %v6319 = arith.addi %v6318, %v155 : i64
        %v6320 = arith.muli %v6319, %size_B : i64
        %v6321 = arith.subi %size_B, %v3 : i64
        %v6322 = arith.minsi %v113, %v6321 : i64
        %v6323 = arith.addi %v6320, %v6322 : i64
        %v6324 = llvm.getelementptr %segsum_x_im[%v6323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6317, %v6324 : f32, !llvm.ptr
        %v6325 = llvm.load %v993 : !llvm.ptr -> f32
        %v6326 = arith.addi %v7, %v110 : i64
        %v6327 = arith.muli %v6326, %v2 : i64
        %v6328 = arith.addi %v6327, %v155 : i64
        %v6329 = arith.muli %v6328, %size_B : i64
        %v6330 = arith.subi %size_B, %v3 : i64
        %v6331 = arith.minsi %v113, %v6330 : i64
        %v6332 = arith.addi %v6329, %v6331 : i64
        %v6333 = llvm.getelementptr %segsum_x_im[%v6332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6325, %v6333 : f32, !llvm.ptr
        %v6334 = llvm.load %v994 : !llvm.ptr -> f32
        %v6335 = arith.muli %v130, %v7 : i64
        %v6336 = arith.addi %v6335, %v110 : i64
        %v6337 = arith.muli %v6336, %v2 : i64
        %v6338 = arith.addi %v6337, %v155 : i64
        %v6339 = arith.muli %v6338, %size_B : i64
        %v6340 = arith.subi %size_B, %v3 : i64
        %v6341 = arith.minsi %v113, %v6340 : i64
        %v6342 = arith.addi %v6339, %v6341 : i64
        %v6343 = llvm.getelementptr %segsum_x_im[%v6342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6334, %v6343 : f32, !llvm.ptr
        %v6344 = llvm.load %v314 : !llvm.ptr -> f32
        %v6345 = arith.muli %v132, %v7 : i64
        %v6346 = arith.addi %v6345, %v110 : i64
        %v6347 = arith.muli %v6346, %v2 : i64
        %v6348 = arith.addi %v6347, %v155 : i64
        %v6349 = arith.muli %v6348, %size_B : i64
        %v6350 = arith.subi %size_B, %v3 : i64
        %v6351 = arith.minsi %v113, %v6350 : i64
        %v6352 = arith.addi %v6349, %v6351 : i64
        %v6353 = llvm.getelementptr %segsum_x_im[%v6352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6344, %v6353 : f32, !llvm.ptr
        %v6354 = llvm.load %v250 : !llvm.ptr -> f32
        %v6355 = arith.muli %v1, %v7 : i64
        %v6356 = arith.addi %v6355, %v110 : i64
        %v6357 = arith.muli %v6356, %v2 : i64
        %v6358 = arith.addi %v6357, %v155 : i64
        %v6359 = arith.muli %v6358, %size_B : i64
        %v6360 = arith.subi %size_B, %v3 : i64
        %v6361 = arith.minsi %v113, %v6360 : i64
        %v6362 = arith.addi %v6359, %v6361 : i64
        %v6363 = llvm.getelementptr %segsum_x_im[%v6362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6354, %v6363 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
