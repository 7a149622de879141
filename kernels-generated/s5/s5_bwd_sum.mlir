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
      %v1033 = arith.constant 2147483647 : i64
      %v1036 = arith.constant 0 : i32
      %v1139 = arith.muli %v1, %size_L : i64
      %v2441 = arith.constant 0x3FB8AA3B : f32
      %v2451 = arith.constant 0x3E22F983 : f32
      %v2454 = arith.constant 0x40C90000 : f32
      %v2455 = arith.constant 0x3AFDAA22 : f32
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
              %v1027 = arith.subi %v1011, %v3 : i64
              // the group's states, recomputed into registers
              %v1028 = arith.subi %v1011, %v1025 : i64
              %v1029 = arith.trunci %v1028 : i64 to i32
              %v1030 = arith.subi %size_L, %v3 : i64
              %v1031 = arith.addi %v1009, %v1025 : i64
              %v1032 = arith.subi %v1030, %v1031 : i64
              %v1034 = arith.minsi %v1032, %v1033 : i64
              %v1035 = arith.trunci %v1034 : i64 to i32
              %v1037 = arith.cmpi slt, %v1036, %v1029 : i32
              %v1038 = arith.cmpi eq, %v1036, %v1035 : i32
              %v1039 = arith.addi %v1009, %v1025 : i64
              %v1040 = llvm.load %v128 : !llvm.ptr -> f32
              %v1041 = llvm.load %v129 : !llvm.ptr -> f32
              %v1042 = llvm.load %v131 : !llvm.ptr -> f32
              %v1043 = llvm.load %v133 : !llvm.ptr -> f32
              %v1044 = llvm.load %v134 : !llvm.ptr -> f32
              %v1045 = llvm.load %v136 : !llvm.ptr -> f32
              %v1046 = llvm.load %v138 : !llvm.ptr -> f32
              %v1047 = llvm.load %v140 : !llvm.ptr -> f32
              %v1048 = llvm.load %v142 : !llvm.ptr -> f32
              %v1049 = llvm.load %v144 : !llvm.ptr -> f32
              %v1050 = llvm.load %v146 : !llvm.ptr -> f32
              %v1051 = llvm.load %v148 : !llvm.ptr -> f32
              %v1052 = llvm.load %v150 : !llvm.ptr -> f32
              %v1053 = llvm.load %v152 : !llvm.ptr -> f32
              %v1054 = llvm.load %v154 : !llvm.ptr -> f32
              %v1055 = llvm.load %v156 : !llvm.ptr -> f32
              %v1056 = llvm.load %v157 : !llvm.ptr -> f32
              %v1057 = llvm.load %v159 : !llvm.ptr -> f32
              %v1058 = llvm.load %v161 : !llvm.ptr -> f32
              %v1059 = llvm.load %v163 : !llvm.ptr -> f32
              %v1060 = llvm.load %v165 : !llvm.ptr -> f32
              %v1061 = llvm.load %v167 : !llvm.ptr -> f32
              %v1062 = llvm.load %v169 : !llvm.ptr -> f32
              %v1063 = llvm.load %v171 : !llvm.ptr -> f32
              %v1064 = llvm.load %v173 : !llvm.ptr -> f32
              %v1065 = llvm.load %v175 : !llvm.ptr -> f32
              %v1066 = llvm.load %v177 : !llvm.ptr -> f32
              %v1067 = llvm.load %v179 : !llvm.ptr -> f32
              %v1068 = llvm.load %v181 : !llvm.ptr -> f32
              %v1069 = llvm.load %v183 : !llvm.ptr -> f32
              %v1070 = llvm.load %v185 : !llvm.ptr -> f32
              %v1071 = llvm.load %v187 : !llvm.ptr -> f32
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
              %v1132 = llvm.load %v991 : !llvm.ptr -> f32
              %v1133 = llvm.load %v992 : !llvm.ptr -> f32
              %v1134 = llvm.load %v993 : !llvm.ptr -> f32
              %v1135 = llvm.load %v994 : !llvm.ptr -> f32
              %v1136 = arith.constant 0 : i64
              %v1137 = llvm.getelementptr %in_C_re[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1138 = llvm.load %v1137 : !llvm.ptr -> f32
              %v1140 = arith.muli %v117, %v1139 : i64
              %v1141 = arith.muli %v1039, %v1 : i64
              %v1142 = arith.addi %v1140, %v1141 : i64
              %v1143 = llvm.getelementptr %dy_y[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
              %v1145 = arith.mulf %v1138, %v1144 fastmath<contract> : f32
              %v1146 = arith.constant 1 : i64
              %v1147 = arith.muli %v1146, %v2 : i64
              %v1148 = llvm.getelementptr %in_C_re[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
              %v1150 = arith.muli %v117, %v1139 : i64
              %v1151 = arith.muli %v1039, %v1 : i64
              %v1152 = arith.addi %v1150, %v1151 : i64
              %v1153 = arith.constant 1 : i64
              %v1154 = arith.addi %v1152, %v1153 : i64
              %v1155 = llvm.getelementptr %dy_y[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
              %v1157 = arith.mulf %v1149, %v1156 fastmath<contract> : f32
              %v1158 = arith.addf %v1145, %v1157 fastmath<contract> : f32
              %v1159 = arith.constant 2 : i64
              %v1160 = arith.muli %v1159, %v2 : i64
              %v1161 = llvm.getelementptr %in_C_re[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
              %v1163 = arith.muli %v117, %v1139 : i64
              %v1164 = arith.muli %v1039, %v1 : i64
              %v1165 = arith.addi %v1163, %v1164 : i64
              %v1166 = arith.constant 2 : i64
              %v1167 = arith.addi %v1165, %v1166 : i64
              %v1168 = llvm.getelementptr %dy_y[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
              %v1170 = arith.mulf %v1162, %v1169 fastmath<contract> : f32
              %v1171 = arith.addf %v1158, %v1170 fastmath<contract> : f32
              %v1172 = arith.constant 3 : i64
              %v1173 = arith.muli %v1172, %v2 : i64
              %v1174 = llvm.getelementptr %in_C_re[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
              %v1176 = arith.muli %v117, %v1139 : i64
              %v1177 = arith.muli %v1039, %v1 : i64
              %v1178 = arith.addi %v1176, %v1177 : i64
              %v1179 = arith.constant 3 : i64
              %v1180 = arith.addi %v1178, %v1179 : i64
              %v1181 = llvm.getelementptr %dy_y[%v1180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
              %v1183 = arith.mulf %v1175, %v1182 fastmath<contract> : f32
              %v1184 = arith.addf %v1171, %v1183 fastmath<contract> : f32
              %v1185 = llvm.load %v189 : !llvm.ptr -> f32
              %v1186 = arith.mulf %v1185, %v1040 fastmath<contract> : f32
              %v1187 = arith.addf %v1184, %v1186 fastmath<contract> : f32
              %v1188 = llvm.load %v252 : !llvm.ptr -> f32
              %v1189 = arith.mulf %v1188, %v1056 fastmath<contract> : f32
              %v1190 = arith.addf %v1189, %v1187 fastmath<contract> : f32
              %v1191 = arith.mulf %v1072, %v1185 fastmath<contract> : f32
              %v1192 = arith.mulf %v1188, %v1104 fastmath<contract> : f32
              %v1193 = arith.addf %v1192, %v1191 fastmath<contract> : f32
              %v1194 = arith.mulf %v1073, %v1185 fastmath<contract> : f32
              %v1195 = arith.mulf %v1188, %v1105 fastmath<contract> : f32
              %v1196 = arith.addf %v1195, %v1194 fastmath<contract> : f32
              %v1197 = arith.constant 1 : i64
              %v1198 = llvm.getelementptr %in_C_re[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1199 = llvm.load %v1198 : !llvm.ptr -> f32
              %v1200 = arith.mulf %v1199, %v1144 fastmath<contract> : f32
              %v1201 = arith.constant 1 : i64
              %v1202 = arith.muli %v1201, %v2 : i64
              %v1203 = arith.constant 1 : i64
              %v1204 = arith.addi %v1202, %v1203 : i64
              %v1205 = llvm.getelementptr %in_C_re[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
              %v1207 = arith.mulf %v1206, %v1156 fastmath<contract> : f32
              %v1208 = arith.addf %v1200, %v1207 fastmath<contract> : f32
              %v1209 = arith.constant 2 : i64
              %v1210 = arith.muli %v1209, %v2 : i64
              %v1211 = arith.constant 1 : i64
              %v1212 = arith.addi %v1210, %v1211 : i64
              %v1213 = llvm.getelementptr %in_C_re[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
              %v1215 = arith.mulf %v1214, %v1169 fastmath<contract> : f32
              %v1216 = arith.addf %v1208, %v1215 fastmath<contract> : f32
              %v1217 = arith.constant 3 : i64
              %v1218 = arith.muli %v1217, %v2 : i64
              %v1219 = arith.constant 1 : i64
              %v1220 = arith.addi %v1218, %v1219 : i64
              %v1221 = llvm.getelementptr %in_C_re[%v1220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1222 = llvm.load %v1221 : !llvm.ptr -> f32
              %v1223 = arith.mulf %v1222, %v1182 fastmath<contract> : f32
              %v1224 = arith.addf %v1216, %v1223 fastmath<contract> : f32
              %v1225 = llvm.load %v191 : !llvm.ptr -> f32
              %v1226 = arith.mulf %v1225, %v1041 fastmath<contract> : f32
              %v1227 = arith.addf %v1224, %v1226 fastmath<contract> : f32
              %v1228 = llvm.load %v254 : !llvm.ptr -> f32
              %v1229 = arith.mulf %v1228, %v1057 fastmath<contract> : f32
              %v1230 = arith.addf %v1229, %v1227 fastmath<contract> : f32
              %v1231 = arith.mulf %v1074, %v1225 fastmath<contract> : f32
              %v1232 = arith.mulf %v1228, %v1106 fastmath<contract> : f32
              %v1233 = arith.addf %v1232, %v1231 fastmath<contract> : f32
              %v1234 = arith.mulf %v1075, %v1225 fastmath<contract> : f32
              %v1235 = arith.mulf %v1228, %v1107 fastmath<contract> : f32
              %v1236 = arith.addf %v1235, %v1234 fastmath<contract> : f32
              %v1237 = arith.constant 2 : i64
              %v1238 = llvm.getelementptr %in_C_re[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
              %v1240 = arith.mulf %v1239, %v1144 fastmath<contract> : f32
              %v1241 = arith.constant 1 : i64
              %v1242 = arith.muli %v1241, %v2 : i64
              %v1243 = arith.constant 2 : i64
              %v1244 = arith.addi %v1242, %v1243 : i64
              %v1245 = llvm.getelementptr %in_C_re[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1246 = llvm.load %v1245 : !llvm.ptr -> f32
              %v1247 = arith.mulf %v1246, %v1156 fastmath<contract> : f32
              %v1248 = arith.addf %v1240, %v1247 fastmath<contract> : f32
              %v1249 = arith.constant 2 : i64
              %v1250 = arith.muli %v1249, %v2 : i64
              %v1251 = arith.constant 2 : i64
              %v1252 = arith.addi %v1250, %v1251 : i64
              %v1253 = llvm.getelementptr %in_C_re[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
              %v1255 = arith.mulf %v1254, %v1169 fastmath<contract> : f32
              %v1256 = arith.addf %v1248, %v1255 fastmath<contract> : f32
              %v1257 = arith.constant 3 : i64
              %v1258 = arith.muli %v1257, %v2 : i64
              %v1259 = arith.constant 2 : i64
              %v1260 = arith.addi %v1258, %v1259 : i64
              %v1261 = llvm.getelementptr %in_C_re[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
              %v1263 = arith.mulf %v1262, %v1182 fastmath<contract> : f32
              %v1264 = arith.addf %v1256, %v1263 fastmath<contract> : f32
              %v1265 = llvm.load %v193 : !llvm.ptr -> f32
              %v1266 = arith.mulf %v1265, %v1042 fastmath<contract> : f32
              %v1267 = arith.addf %v1264, %v1266 fastmath<contract> : f32
              %v1268 = llvm.load %v256 : !llvm.ptr -> f32
              %v1269 = arith.mulf %v1268, %v1058 fastmath<contract> : f32
              %v1270 = arith.addf %v1269, %v1267 fastmath<contract> : f32
              %v1271 = arith.mulf %v1076, %v1265 fastmath<contract> : f32
              %v1272 = arith.mulf %v1268, %v1108 fastmath<contract> : f32
              %v1273 = arith.addf %v1272, %v1271 fastmath<contract> : f32
              %v1274 = arith.mulf %v1077, %v1265 fastmath<contract> : f32
              %v1275 = arith.mulf %v1268, %v1109 fastmath<contract> : f32
              %v1276 = arith.addf %v1275, %v1274 fastmath<contract> : f32
              %v1277 = arith.constant 3 : i64
              %v1278 = llvm.getelementptr %in_C_re[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1279 = llvm.load %v1278 : !llvm.ptr -> f32
              %v1280 = arith.mulf %v1279, %v1144 fastmath<contract> : f32
              %v1281 = arith.constant 1 : i64
              %v1282 = arith.muli %v1281, %v2 : i64
              %v1283 = arith.constant 3 : i64
              %v1284 = arith.addi %v1282, %v1283 : i64
              %v1285 = llvm.getelementptr %in_C_re[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
              %v1287 = arith.mulf %v1286, %v1156 fastmath<contract> : f32
              %v1288 = arith.addf %v1280, %v1287 fastmath<contract> : f32
              %v1289 = arith.constant 2 : i64
              %v1290 = arith.muli %v1289, %v2 : i64
              %v1291 = arith.constant 3 : i64
              %v1292 = arith.addi %v1290, %v1291 : i64
              %v1293 = llvm.getelementptr %in_C_re[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
              %v1295 = arith.mulf %v1294, %v1169 fastmath<contract> : f32
              %v1296 = arith.addf %v1288, %v1295 fastmath<contract> : f32
              %v1297 = arith.constant 3 : i64
              %v1298 = arith.muli %v1297, %v2 : i64
              %v1299 = arith.constant 3 : i64
              %v1300 = arith.addi %v1298, %v1299 : i64
              %v1301 = llvm.getelementptr %in_C_re[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
              %v1303 = arith.mulf %v1302, %v1182 fastmath<contract> : f32
              %v1304 = arith.addf %v1296, %v1303 fastmath<contract> : f32
              %v1305 = llvm.load %v195 : !llvm.ptr -> f32
              %v1306 = arith.mulf %v1305, %v1043 fastmath<contract> : f32
              %v1307 = arith.addf %v1304, %v1306 fastmath<contract> : f32
              %v1308 = llvm.load %v258 : !llvm.ptr -> f32
              %v1309 = arith.mulf %v1308, %v1059 fastmath<contract> : f32
              %v1310 = arith.addf %v1309, %v1307 fastmath<contract> : f32
              %v1311 = arith.mulf %v1078, %v1305 fastmath<contract> : f32
              %v1312 = arith.mulf %v1308, %v1110 fastmath<contract> : f32
              %v1313 = arith.addf %v1312, %v1311 fastmath<contract> : f32
              %v1314 = arith.mulf %v1079, %v1305 fastmath<contract> : f32
              %v1315 = arith.mulf %v1308, %v1111 fastmath<contract> : f32
              %v1316 = arith.addf %v1315, %v1314 fastmath<contract> : f32
              %v1317 = arith.constant 4 : i64
              %v1318 = llvm.getelementptr %in_C_re[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1319 = llvm.load %v1318 : !llvm.ptr -> f32
              %v1320 = arith.mulf %v1319, %v1144 fastmath<contract> : f32
              %v1321 = arith.constant 1 : i64
              %v1322 = arith.muli %v1321, %v2 : i64
              %v1323 = arith.constant 4 : i64
              %v1324 = arith.addi %v1322, %v1323 : i64
              %v1325 = llvm.getelementptr %in_C_re[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
              %v1327 = arith.mulf %v1326, %v1156 fastmath<contract> : f32
              %v1328 = arith.addf %v1320, %v1327 fastmath<contract> : f32
              %v1329 = arith.constant 2 : i64
              %v1330 = arith.muli %v1329, %v2 : i64
              %v1331 = arith.constant 4 : i64
              %v1332 = arith.addi %v1330, %v1331 : i64
              %v1333 = llvm.getelementptr %in_C_re[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
              %v1335 = arith.mulf %v1334, %v1169 fastmath<contract> : f32
              %v1336 = arith.addf %v1328, %v1335 fastmath<contract> : f32
              %v1337 = arith.constant 3 : i64
              %v1338 = arith.muli %v1337, %v2 : i64
              %v1339 = arith.constant 4 : i64
              %v1340 = arith.addi %v1338, %v1339 : i64
              %v1341 = llvm.getelementptr %in_C_re[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
              %v1343 = arith.mulf %v1342, %v1182 fastmath<contract> : f32
              %v1344 = arith.addf %v1336, %v1343 fastmath<contract> : f32
              %v1345 = llvm.load %v197 : !llvm.ptr -> f32
              %v1346 = arith.mulf %v1345, %v1044 fastmath<contract> : f32
              %v1347 = arith.addf %v1344, %v1346 fastmath<contract> : f32
              %v1348 = llvm.load %v260 : !llvm.ptr -> f32
              %v1349 = arith.mulf %v1348, %v1060 fastmath<contract> : f32
              %v1350 = arith.addf %v1349, %v1347 fastmath<contract> : f32
              %v1351 = arith.mulf %v1080, %v1345 fastmath<contract> : f32
              %v1352 = arith.mulf %v1348, %v1112 fastmath<contract> : f32
              %v1353 = arith.addf %v1352, %v1351 fastmath<contract> : f32
              %v1354 = arith.mulf %v1081, %v1345 fastmath<contract> : f32
              %v1355 = arith.mulf %v1348, %v1113 fastmath<contract> : f32
              %v1356 = arith.addf %v1355, %v1354 fastmath<contract> : f32
              %v1357 = arith.constant 5 : i64
              %v1358 = llvm.getelementptr %in_C_re[%v1357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
              %v1360 = arith.mulf %v1359, %v1144 fastmath<contract> : f32
              %v1361 = arith.constant 1 : i64
              %v1362 = arith.muli %v1361, %v2 : i64
              %v1363 = arith.constant 5 : i64
              %v1364 = arith.addi %v1362, %v1363 : i64
              %v1365 = llvm.getelementptr %in_C_re[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
              %v1367 = arith.mulf %v1366, %v1156 fastmath<contract> : f32
              %v1368 = arith.addf %v1360, %v1367 fastmath<contract> : f32
              %v1369 = arith.constant 2 : i64
              %v1370 = arith.muli %v1369, %v2 : i64
              %v1371 = arith.constant 5 : i64
              %v1372 = arith.addi %v1370, %v1371 : i64
              %v1373 = llvm.getelementptr %in_C_re[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
              %v1375 = arith.mulf %v1374, %v1169 fastmath<contract> : f32
              %v1376 = arith.addf %v1368, %v1375 fastmath<contract> : f32
              %v1377 = arith.constant 3 : i64
              %v1378 = arith.muli %v1377, %v2 : i64
              %v1379 = arith.constant 5 : i64
              %v1380 = arith.addi %v1378, %v1379 : i64
              %v1381 = llvm.getelementptr %in_C_re[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
              %v1383 = arith.mulf %v1382, %v1182 fastmath<contract> : f32
              %v1384 = arith.addf %v1376, %v1383 fastmath<contract> : f32
              %v1385 = llvm.load %v199 : !llvm.ptr -> f32
              %v1386 = arith.mulf %v1385, %v1045 fastmath<contract> : f32
              %v1387 = arith.addf %v1384, %v1386 fastmath<contract> : f32
              %v1388 = llvm.load %v262 : !llvm.ptr -> f32
              %v1389 = arith.mulf %v1388, %v1061 fastmath<contract> : f32
              %v1390 = arith.addf %v1389, %v1387 fastmath<contract> : f32
              %v1391 = arith.mulf %v1082, %v1385 fastmath<contract> : f32
              %v1392 = arith.mulf %v1388, %v1114 fastmath<contract> : f32
              %v1393 = arith.addf %v1392, %v1391 fastmath<contract> : f32
              %v1394 = arith.mulf %v1083, %v1385 fastmath<contract> : f32
              %v1395 = arith.mulf %v1388, %v1115 fastmath<contract> : f32
              %v1396 = arith.addf %v1395, %v1394 fastmath<contract> : f32
              %v1397 = arith.constant 6 : i64
              %v1398 = llvm.getelementptr %in_C_re[%v1397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1399 = llvm.load %v1398 : !llvm.ptr -> f32
              %v1400 = arith.mulf %v1399, %v1144 fastmath<contract> : f32
              %v1401 = arith.constant 1 : i64
              %v1402 = arith.muli %v1401, %v2 : i64
              %v1403 = arith.constant 6 : i64
              %v1404 = arith.addi %v1402, %v1403 : i64
              %v1405 = llvm.getelementptr %in_C_re[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
              %v1407 = arith.mulf %v1406, %v1156 fastmath<contract> : f32
              %v1408 = arith.addf %v1400, %v1407 fastmath<contract> : f32
              %v1409 = arith.constant 2 : i64
              %v1410 = arith.muli %v1409, %v2 : i64
              %v1411 = arith.constant 6 : i64
              %v1412 = arith.addi %v1410, %v1411 : i64
              %v1413 = llvm.getelementptr %in_C_re[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1414 = llvm.load %v1413 : !llvm.ptr -> f32
              %v1415 = arith.mulf %v1414, %v1169 fastmath<contract> : f32
              %v1416 = arith.addf %v1408, %v1415 fastmath<contract> : f32
              %v1417 = arith.constant 3 : i64
              %v1418 = arith.muli %v1417, %v2 : i64
              %v1419 = arith.constant 6 : i64
              %v1420 = arith.addi %v1418, %v1419 : i64
              %v1421 = llvm.getelementptr %in_C_re[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
              %v1423 = arith.mulf %v1422, %v1182 fastmath<contract> : f32
              %v1424 = arith.addf %v1416, %v1423 fastmath<contract> : f32
              %v1425 = llvm.load %v201 : !llvm.ptr -> f32
              %v1426 = arith.mulf %v1425, %v1046 fastmath<contract> : f32
              %v1427 = arith.addf %v1424, %v1426 fastmath<contract> : f32
              %v1428 = llvm.load %v264 : !llvm.ptr -> f32
              %v1429 = arith.mulf %v1428, %v1062 fastmath<contract> : f32
              %v1430 = arith.addf %v1429, %v1427 fastmath<contract> : f32
              %v1431 = arith.mulf %v1084, %v1425 fastmath<contract> : f32
              %v1432 = arith.mulf %v1428, %v1116 fastmath<contract> : f32
              %v1433 = arith.addf %v1432, %v1431 fastmath<contract> : f32
              %v1434 = arith.mulf %v1085, %v1425 fastmath<contract> : f32
              %v1435 = arith.mulf %v1428, %v1117 fastmath<contract> : f32
              %v1436 = arith.addf %v1435, %v1434 fastmath<contract> : f32
              %v1437 = arith.constant 7 : i64
              %v1438 = llvm.getelementptr %in_C_re[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
              %v1440 = arith.mulf %v1439, %v1144 fastmath<contract> : f32
              %v1441 = arith.constant 1 : i64
              %v1442 = arith.muli %v1441, %v2 : i64
              %v1443 = arith.constant 7 : i64
              %v1444 = arith.addi %v1442, %v1443 : i64
              %v1445 = llvm.getelementptr %in_C_re[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
              %v1447 = arith.mulf %v1446, %v1156 fastmath<contract> : f32
              %v1448 = arith.addf %v1440, %v1447 fastmath<contract> : f32
              %v1449 = arith.constant 2 : i64
              %v1450 = arith.muli %v1449, %v2 : i64
              %v1451 = arith.constant 7 : i64
              %v1452 = arith.addi %v1450, %v1451 : i64
              %v1453 = llvm.getelementptr %in_C_re[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
              %v1455 = arith.mulf %v1454, %v1169 fastmath<contract> : f32
              %v1456 = arith.addf %v1448, %v1455 fastmath<contract> : f32
              %v1457 = arith.constant 3 : i64
              %v1458 = arith.muli %v1457, %v2 : i64
              %v1459 = arith.constant 7 : i64
              %v1460 = arith.addi %v1458, %v1459 : i64
              %v1461 = llvm.getelementptr %in_C_re[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
              %v1463 = arith.mulf %v1462, %v1182 fastmath<contract> : f32
              %v1464 = arith.addf %v1456, %v1463 fastmath<contract> : f32
              %v1465 = llvm.load %v203 : !llvm.ptr -> f32
              %v1466 = arith.mulf %v1465, %v1047 fastmath<contract> : f32
              %v1467 = arith.addf %v1464, %v1466 fastmath<contract> : f32
              %v1468 = llvm.load %v266 : !llvm.ptr -> f32
              %v1469 = arith.mulf %v1468, %v1063 fastmath<contract> : f32
              %v1470 = arith.addf %v1469, %v1467 fastmath<contract> : f32
              %v1471 = arith.mulf %v1086, %v1465 fastmath<contract> : f32
              %v1472 = arith.mulf %v1468, %v1118 fastmath<contract> : f32
              %v1473 = arith.addf %v1472, %v1471 fastmath<contract> : f32
              %v1474 = arith.mulf %v1087, %v1465 fastmath<contract> : f32
              %v1475 = arith.mulf %v1468, %v1119 fastmath<contract> : f32
              %v1476 = arith.addf %v1475, %v1474 fastmath<contract> : f32
              %v1477 = arith.constant 8 : i64
              %v1478 = llvm.getelementptr %in_C_re[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1479 = llvm.load %v1478 : !llvm.ptr -> f32
              %v1480 = arith.mulf %v1479, %v1144 fastmath<contract> : f32
              %v1481 = arith.constant 1 : i64
              %v1482 = arith.muli %v1481, %v2 : i64
              %v1483 = arith.constant 8 : i64
              %v1484 = arith.addi %v1482, %v1483 : i64
              %v1485 = llvm.getelementptr %in_C_re[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
              %v1487 = arith.mulf %v1486, %v1156 fastmath<contract> : f32
              %v1488 = arith.addf %v1480, %v1487 fastmath<contract> : f32
              %v1489 = arith.constant 2 : i64
              %v1490 = arith.muli %v1489, %v2 : i64
              %v1491 = arith.constant 8 : i64
              %v1492 = arith.addi %v1490, %v1491 : i64
              %v1493 = llvm.getelementptr %in_C_re[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
              %v1495 = arith.mulf %v1494, %v1169 fastmath<contract> : f32
              %v1496 = arith.addf %v1488, %v1495 fastmath<contract> : f32
              %v1497 = arith.constant 3 : i64
              %v1498 = arith.muli %v1497, %v2 : i64
              %v1499 = arith.constant 8 : i64
              %v1500 = arith.addi %v1498, %v1499 : i64
              %v1501 = llvm.getelementptr %in_C_re[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
              %v1503 = arith.mulf %v1502, %v1182 fastmath<contract> : f32
              %v1504 = arith.addf %v1496, %v1503 fastmath<contract> : f32
              %v1505 = llvm.load %v205 : !llvm.ptr -> f32
              %v1506 = arith.mulf %v1505, %v1048 fastmath<contract> : f32
              %v1507 = arith.addf %v1504, %v1506 fastmath<contract> : f32
              %v1508 = llvm.load %v268 : !llvm.ptr -> f32
              %v1509 = arith.mulf %v1508, %v1064 fastmath<contract> : f32
              %v1510 = arith.addf %v1509, %v1507 fastmath<contract> : f32
              %v1511 = arith.mulf %v1088, %v1505 fastmath<contract> : f32
              %v1512 = arith.mulf %v1508, %v1120 fastmath<contract> : f32
              %v1513 = arith.addf %v1512, %v1511 fastmath<contract> : f32
              %v1514 = arith.mulf %v1089, %v1505 fastmath<contract> : f32
              %v1515 = arith.mulf %v1508, %v1121 fastmath<contract> : f32
              %v1516 = arith.addf %v1515, %v1514 fastmath<contract> : f32
              %v1517 = arith.constant 9 : i64
              %v1518 = llvm.getelementptr %in_C_re[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1519 = llvm.load %v1518 : !llvm.ptr -> f32
              %v1520 = arith.mulf %v1519, %v1144 fastmath<contract> : f32
              %v1521 = arith.constant 1 : i64
              %v1522 = arith.muli %v1521, %v2 : i64
              %v1523 = arith.constant 9 : i64
              %v1524 = arith.addi %v1522, %v1523 : i64
              %v1525 = llvm.getelementptr %in_C_re[%v1524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1526 = llvm.load %v1525 : !llvm.ptr -> f32
              %v1527 = arith.mulf %v1526, %v1156 fastmath<contract> : f32
              %v1528 = arith.addf %v1520, %v1527 fastmath<contract> : f32
              %v1529 = arith.constant 2 : i64
              %v1530 = arith.muli %v1529, %v2 : i64
              %v1531 = arith.constant 9 : i64
              %v1532 = arith.addi %v1530, %v1531 : i64
              %v1533 = llvm.getelementptr %in_C_re[%v1532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1534 = llvm.load %v1533 : !llvm.ptr -> f32
              %v1535 = arith.mulf %v1534, %v1169 fastmath<contract> : f32
              %v1536 = arith.addf %v1528, %v1535 fastmath<contract> : f32
              %v1537 = arith.constant 3 : i64
              %v1538 = arith.muli %v1537, %v2 : i64
              %v1539 = arith.constant 9 : i64
              %v1540 = arith.addi %v1538, %v1539 : i64
              %v1541 = llvm.getelementptr %in_C_re[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
              %v1543 = arith.mulf %v1542, %v1182 fastmath<contract> : f32
              %v1544 = arith.addf %v1536, %v1543 fastmath<contract> : f32
              %v1545 = llvm.load %v207 : !llvm.ptr -> f32
              %v1546 = arith.mulf %v1545, %v1049 fastmath<contract> : f32
              %v1547 = arith.addf %v1544, %v1546 fastmath<contract> : f32
              %v1548 = llvm.load %v270 : !llvm.ptr -> f32
              %v1549 = arith.mulf %v1548, %v1065 fastmath<contract> : f32
              %v1550 = arith.addf %v1549, %v1547 fastmath<contract> : f32
              %v1551 = arith.mulf %v1090, %v1545 fastmath<contract> : f32
              %v1552 = arith.mulf %v1548, %v1122 fastmath<contract> : f32
              %v1553 = arith.addf %v1552, %v1551 fastmath<contract> : f32
              %v1554 = arith.mulf %v1091, %v1545 fastmath<contract> : f32
              %v1555 = arith.mulf %v1548, %v1123 fastmath<contract> : f32
              %v1556 = arith.addf %v1555, %v1554 fastmath<contract> : f32
              %v1557 = arith.constant 10 : i64
              %v1558 = llvm.getelementptr %in_C_re[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
              %v1560 = arith.mulf %v1559, %v1144 fastmath<contract> : f32
              %v1561 = arith.constant 1 : i64
              %v1562 = arith.muli %v1561, %v2 : i64
              %v1563 = arith.constant 10 : i64
              %v1564 = arith.addi %v1562, %v1563 : i64
              %v1565 = llvm.getelementptr %in_C_re[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
              %v1567 = arith.mulf %v1566, %v1156 fastmath<contract> : f32
              %v1568 = arith.addf %v1560, %v1567 fastmath<contract> : f32
              %v1569 = arith.constant 2 : i64
              %v1570 = arith.muli %v1569, %v2 : i64
              %v1571 = arith.constant 10 : i64
              %v1572 = arith.addi %v1570, %v1571 : i64
              %v1573 = llvm.getelementptr %in_C_re[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
              %v1575 = arith.mulf %v1574, %v1169 fastmath<contract> : f32
              %v1576 = arith.addf %v1568, %v1575 fastmath<contract> : f32
              %v1577 = arith.constant 3 : i64
              %v1578 = arith.muli %v1577, %v2 : i64
              %v1579 = arith.constant 10 : i64
              %v1580 = arith.addi %v1578, %v1579 : i64
              %v1581 = llvm.getelementptr %in_C_re[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
              %v1583 = arith.mulf %v1582, %v1182 fastmath<contract> : f32
              %v1584 = arith.addf %v1576, %v1583 fastmath<contract> : f32
              %v1585 = llvm.load %v209 : !llvm.ptr -> f32
              %v1586 = arith.mulf %v1585, %v1050 fastmath<contract> : f32
              %v1587 = arith.addf %v1584, %v1586 fastmath<contract> : f32
              %v1588 = llvm.load %v272 : !llvm.ptr -> f32
              %v1589 = arith.mulf %v1588, %v1066 fastmath<contract> : f32
              %v1590 = arith.addf %v1589, %v1587 fastmath<contract> : f32
              %v1591 = arith.mulf %v1092, %v1585 fastmath<contract> : f32
              %v1592 = arith.mulf %v1588, %v1124 fastmath<contract> : f32
              %v1593 = arith.addf %v1592, %v1591 fastmath<contract> : f32
              %v1594 = arith.mulf %v1093, %v1585 fastmath<contract> : f32
              %v1595 = arith.mulf %v1588, %v1125 fastmath<contract> : f32
              %v1596 = arith.addf %v1595, %v1594 fastmath<contract> : f32
              %v1597 = arith.constant 11 : i64
              %v1598 = llvm.getelementptr %in_C_re[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1599 = llvm.load %v1598 : !llvm.ptr -> f32
              %v1600 = arith.mulf %v1599, %v1144 fastmath<contract> : f32
              %v1601 = arith.constant 1 : i64
              %v1602 = arith.muli %v1601, %v2 : i64
              %v1603 = arith.constant 11 : i64
              %v1604 = arith.addi %v1602, %v1603 : i64
              %v1605 = llvm.getelementptr %in_C_re[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
              %v1607 = arith.mulf %v1606, %v1156 fastmath<contract> : f32
              %v1608 = arith.addf %v1600, %v1607 fastmath<contract> : f32
              %v1609 = arith.constant 2 : i64
              %v1610 = arith.muli %v1609, %v2 : i64
              %v1611 = arith.constant 11 : i64
              %v1612 = arith.addi %v1610, %v1611 : i64
              %v1613 = llvm.getelementptr %in_C_re[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
              %v1615 = arith.mulf %v1614, %v1169 fastmath<contract> : f32
              %v1616 = arith.addf %v1608, %v1615 fastmath<contract> : f32
              %v1617 = arith.constant 3 : i64
              %v1618 = arith.muli %v1617, %v2 : i64
              %v1619 = arith.constant 11 : i64
              %v1620 = arith.addi %v1618, %v1619 : i64
              %v1621 = llvm.getelementptr %in_C_re[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
              %v1623 = arith.mulf %v1622, %v1182 fastmath<contract> : f32
              %v1624 = arith.addf %v1616, %v1623 fastmath<contract> : f32
              %v1625 = llvm.load %v211 : !llvm.ptr -> f32
              %v1626 = arith.mulf %v1625, %v1051 fastmath<contract> : f32
              %v1627 = arith.addf %v1624, %v1626 fastmath<contract> : f32
              %v1628 = llvm.load %v274 : !llvm.ptr -> f32
              %v1629 = arith.mulf %v1628, %v1067 fastmath<contract> : f32
              %v1630 = arith.addf %v1629, %v1627 fastmath<contract> : f32
              %v1631 = arith.mulf %v1094, %v1625 fastmath<contract> : f32
              %v1632 = arith.mulf %v1628, %v1126 fastmath<contract> : f32
              %v1633 = arith.addf %v1632, %v1631 fastmath<contract> : f32
              %v1634 = arith.mulf %v1095, %v1625 fastmath<contract> : f32
              %v1635 = arith.mulf %v1628, %v1127 fastmath<contract> : f32
              %v1636 = arith.addf %v1635, %v1634 fastmath<contract> : f32
              %v1637 = arith.constant 12 : i64
              %v1638 = llvm.getelementptr %in_C_re[%v1637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
              %v1640 = arith.mulf %v1639, %v1144 fastmath<contract> : f32
              %v1641 = arith.constant 1 : i64
              %v1642 = arith.muli %v1641, %v2 : i64
              %v1643 = arith.constant 12 : i64
              %v1644 = arith.addi %v1642, %v1643 : i64
              %v1645 = llvm.getelementptr %in_C_re[%v1644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1646 = llvm.load %v1645 : !llvm.ptr -> f32
              %v1647 = arith.mulf %v1646, %v1156 fastmath<contract> : f32
              %v1648 = arith.addf %v1640, %v1647 fastmath<contract> : f32
              %v1649 = arith.constant 2 : i64
              %v1650 = arith.muli %v1649, %v2 : i64
              %v1651 = arith.constant 12 : i64
              %v1652 = arith.addi %v1650, %v1651 : i64
              %v1653 = llvm.getelementptr %in_C_re[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1654 = llvm.load %v1653 : !llvm.ptr -> f32
              %v1655 = arith.mulf %v1654, %v1169 fastmath<contract> : f32
              %v1656 = arith.addf %v1648, %v1655 fastmath<contract> : f32
              %v1657 = arith.constant 3 : i64
              %v1658 = arith.muli %v1657, %v2 : i64
              %v1659 = arith.constant 12 : i64
              %v1660 = arith.addi %v1658, %v1659 : i64
              %v1661 = llvm.getelementptr %in_C_re[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1662 = llvm.load %v1661 : !llvm.ptr -> f32
              %v1663 = arith.mulf %v1662, %v1182 fastmath<contract> : f32
              %v1664 = arith.addf %v1656, %v1663 fastmath<contract> : f32
              %v1665 = llvm.load %v213 : !llvm.ptr -> f32
              %v1666 = arith.mulf %v1665, %v1052 fastmath<contract> : f32
              %v1667 = arith.addf %v1664, %v1666 fastmath<contract> : f32
              %v1668 = llvm.load %v276 : !llvm.ptr -> f32
              %v1669 = arith.mulf %v1668, %v1068 fastmath<contract> : f32
              %v1670 = arith.addf %v1669, %v1667 fastmath<contract> : f32
              %v1671 = arith.mulf %v1096, %v1665 fastmath<contract> : f32
              %v1672 = arith.mulf %v1668, %v1128 fastmath<contract> : f32
              %v1673 = arith.addf %v1672, %v1671 fastmath<contract> : f32
              %v1674 = arith.mulf %v1097, %v1665 fastmath<contract> : f32
              %v1675 = arith.mulf %v1668, %v1129 fastmath<contract> : f32
              %v1676 = arith.addf %v1675, %v1674 fastmath<contract> : f32
              %v1677 = arith.constant 13 : i64
              %v1678 = llvm.getelementptr %in_C_re[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
              %v1680 = arith.mulf %v1679, %v1144 fastmath<contract> : f32
              %v1681 = arith.constant 1 : i64
              %v1682 = arith.muli %v1681, %v2 : i64
              %v1683 = arith.constant 13 : i64
              %v1684 = arith.addi %v1682, %v1683 : i64
              %v1685 = llvm.getelementptr %in_C_re[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
              %v1687 = arith.mulf %v1686, %v1156 fastmath<contract> : f32
              %v1688 = arith.addf %v1680, %v1687 fastmath<contract> : f32
              %v1689 = arith.constant 2 : i64
              %v1690 = arith.muli %v1689, %v2 : i64
              %v1691 = arith.constant 13 : i64
              %v1692 = arith.addi %v1690, %v1691 : i64
              %v1693 = llvm.getelementptr %in_C_re[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
              %v1695 = arith.mulf %v1694, %v1169 fastmath<contract> : f32
              %v1696 = arith.addf %v1688, %v1695 fastmath<contract> : f32
              %v1697 = arith.constant 3 : i64
              %v1698 = arith.muli %v1697, %v2 : i64
              %v1699 = arith.constant 13 : i64
              %v1700 = arith.addi %v1698, %v1699 : i64
              %v1701 = llvm.getelementptr %in_C_re[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
              %v1703 = arith.mulf %v1702, %v1182 fastmath<contract> : f32
              %v1704 = arith.addf %v1696, %v1703 fastmath<contract> : f32
              %v1705 = llvm.load %v215 : !llvm.ptr -> f32
              %v1706 = arith.mulf %v1705, %v1053 fastmath<contract> : f32
              %v1707 = arith.addf %v1704, %v1706 fastmath<contract> : f32
              %v1708 = llvm.load %v278 : !llvm.ptr -> f32
              %v1709 = arith.mulf %v1708, %v1069 fastmath<contract> : f32
              %v1710 = arith.addf %v1709, %v1707 fastmath<contract> : f32
              %v1711 = arith.mulf %v1098, %v1705 fastmath<contract> : f32
              %v1712 = arith.mulf %v1708, %v1130 fastmath<contract> : f32
              %v1713 = arith.addf %v1712, %v1711 fastmath<contract> : f32
              %v1714 = arith.mulf %v1099, %v1705 fastmath<contract> : f32
              %v1715 = arith.mulf %v1708, %v1131 fastmath<contract> : f32
              %v1716 = arith.addf %v1715, %v1714 fastmath<contract> : f32
              %v1717 = arith.constant 14 : i64
              %v1718 = llvm.getelementptr %in_C_re[%v1717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1719 = llvm.load %v1718 : !llvm.ptr -> f32
              %v1720 = arith.mulf %v1719, %v1144 fastmath<contract> : f32
              %v1721 = arith.constant 1 : i64
              %v1722 = arith.muli %v1721, %v2 : i64
              %v1723 = arith.constant 14 : i64
              %v1724 = arith.addi %v1722, %v1723 : i64
              %v1725 = llvm.getelementptr %in_C_re[%v1724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1726 = llvm.load %v1725 : !llvm.ptr -> f32
              %v1727 = arith.mulf %v1726, %v1156 fastmath<contract> : f32
              %v1728 = arith.addf %v1720, %v1727 fastmath<contract> : f32
              %v1729 = arith.constant 2 : i64
              %v1730 = arith.muli %v1729, %v2 : i64
              %v1731 = arith.constant 14 : i64
              %v1732 = arith.addi %v1730, %v1731 : i64
              %v1733 = llvm.getelementptr %in_C_re[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1734 = llvm.load %v1733 : !llvm.ptr -> f32
              %v1735 = arith.mulf %v1734, %v1169 fastmath<contract> : f32
              %v1736 = arith.addf %v1728, %v1735 fastmath<contract> : f32
              %v1737 = arith.constant 3 : i64
              %v1738 = arith.muli %v1737, %v2 : i64
              %v1739 = arith.constant 14 : i64
              %v1740 = arith.addi %v1738, %v1739 : i64
              %v1741 = llvm.getelementptr %in_C_re[%v1740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
              %v1743 = arith.mulf %v1742, %v1182 fastmath<contract> : f32
              %v1744 = arith.addf %v1736, %v1743 fastmath<contract> : f32
              %v1745 = llvm.load %v217 : !llvm.ptr -> f32
              %v1746 = arith.mulf %v1745, %v1054 fastmath<contract> : f32
              %v1747 = arith.addf %v1744, %v1746 fastmath<contract> : f32
              %v1748 = llvm.load %v280 : !llvm.ptr -> f32
              %v1749 = arith.mulf %v1748, %v1070 fastmath<contract> : f32
              %v1750 = arith.addf %v1749, %v1747 fastmath<contract> : f32
              %v1751 = arith.mulf %v1100, %v1745 fastmath<contract> : f32
              %v1752 = arith.mulf %v1748, %v1132 fastmath<contract> : f32
              %v1753 = arith.addf %v1752, %v1751 fastmath<contract> : f32
              %v1754 = arith.mulf %v1101, %v1745 fastmath<contract> : f32
              %v1755 = arith.mulf %v1748, %v1133 fastmath<contract> : f32
              %v1756 = arith.addf %v1755, %v1754 fastmath<contract> : f32
              %v1757 = arith.constant 15 : i64
              %v1758 = llvm.getelementptr %in_C_re[%v1757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1759 = llvm.load %v1758 : !llvm.ptr -> f32
              %v1760 = arith.mulf %v1759, %v1144 fastmath<contract> : f32
              %v1761 = arith.constant 1 : i64
              %v1762 = arith.muli %v1761, %v2 : i64
              %v1763 = arith.constant 15 : i64
              %v1764 = arith.addi %v1762, %v1763 : i64
              %v1765 = llvm.getelementptr %in_C_re[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1766 = llvm.load %v1765 : !llvm.ptr -> f32
              %v1767 = arith.mulf %v1766, %v1156 fastmath<contract> : f32
              %v1768 = arith.addf %v1760, %v1767 fastmath<contract> : f32
              %v1769 = arith.constant 2 : i64
              %v1770 = arith.muli %v1769, %v2 : i64
              %v1771 = arith.constant 15 : i64
              %v1772 = arith.addi %v1770, %v1771 : i64
              %v1773 = llvm.getelementptr %in_C_re[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
              %v1775 = arith.mulf %v1774, %v1169 fastmath<contract> : f32
              %v1776 = arith.addf %v1768, %v1775 fastmath<contract> : f32
              %v1777 = arith.constant 3 : i64
              %v1778 = arith.muli %v1777, %v2 : i64
              %v1779 = arith.constant 15 : i64
              %v1780 = arith.addi %v1778, %v1779 : i64
              %v1781 = llvm.getelementptr %in_C_re[%v1780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1782 = llvm.load %v1781 : !llvm.ptr -> f32
              %v1783 = arith.mulf %v1782, %v1182 fastmath<contract> : f32
              %v1784 = arith.addf %v1776, %v1783 fastmath<contract> : f32
              %v1785 = llvm.load %v219 : !llvm.ptr -> f32
              %v1786 = arith.mulf %v1785, %v1055 fastmath<contract> : f32
              %v1787 = arith.addf %v1784, %v1786 fastmath<contract> : f32
              %v1788 = llvm.load %v282 : !llvm.ptr -> f32
              %v1789 = arith.mulf %v1788, %v1071 fastmath<contract> : f32
              %v1790 = arith.addf %v1789, %v1787 fastmath<contract> : f32
              %v1791 = arith.mulf %v1102, %v1785 fastmath<contract> : f32
              %v1792 = arith.mulf %v1788, %v1134 fastmath<contract> : f32
              %v1793 = arith.addf %v1792, %v1791 fastmath<contract> : f32
              %v1794 = arith.mulf %v1103, %v1785 fastmath<contract> : f32
              %v1795 = arith.mulf %v1788, %v1135 fastmath<contract> : f32
              %v1796 = arith.addf %v1795, %v1794 fastmath<contract> : f32
              %v1797 = arith.constant 0 : i64
              %v1798 = llvm.getelementptr %in_C_im[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1799 = llvm.load %v1798 : !llvm.ptr -> f32
              %v1800 = arith.negf %v1144 : f32
              %v1801 = arith.mulf %v1799, %v1800 fastmath<contract> : f32
              %v1802 = arith.constant 1 : i64
              %v1803 = arith.muli %v1802, %v2 : i64
              %v1804 = llvm.getelementptr %in_C_im[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1805 = llvm.load %v1804 : !llvm.ptr -> f32
              %v1806 = arith.negf %v1156 : f32
              %v1807 = arith.mulf %v1805, %v1806 fastmath<contract> : f32
              %v1808 = arith.addf %v1801, %v1807 fastmath<contract> : f32
              %v1809 = arith.constant 2 : i64
              %v1810 = arith.muli %v1809, %v2 : i64
              %v1811 = llvm.getelementptr %in_C_im[%v1810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1812 = llvm.load %v1811 : !llvm.ptr -> f32
              %v1813 = arith.negf %v1169 : f32
              %v1814 = arith.mulf %v1812, %v1813 fastmath<contract> : f32
              %v1815 = arith.addf %v1808, %v1814 fastmath<contract> : f32
              %v1816 = arith.constant 3 : i64
              %v1817 = arith.muli %v1816, %v2 : i64
              %v1818 = llvm.getelementptr %in_C_im[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1819 = llvm.load %v1818 : !llvm.ptr -> f32
              %v1820 = arith.negf %v1182 : f32
              %v1821 = arith.mulf %v1819, %v1820 fastmath<contract> : f32
              %v1822 = arith.addf %v1815, %v1821 fastmath<contract> : f32
              %v1823 = llvm.load %v221 : !llvm.ptr -> f32
              %v1824 = arith.mulf %v1823, %v1056 fastmath<contract> : f32
              %v1825 = arith.addf %v1822, %v1824 fastmath<contract> : f32
              %v1826 = llvm.load %v284 : !llvm.ptr -> f32
              %v1827 = arith.mulf %v1826, %v1040 fastmath<contract> : f32
              %v1828 = arith.addf %v1827, %v1825 fastmath<contract> : f32
              %v1829 = arith.mulf %v1104, %v1823 fastmath<contract> : f32
              %v1830 = arith.mulf %v1826, %v1072 fastmath<contract> : f32
              %v1831 = arith.addf %v1830, %v1829 fastmath<contract> : f32
              %v1832 = arith.mulf %v1105, %v1823 fastmath<contract> : f32
              %v1833 = arith.mulf %v1826, %v1073 fastmath<contract> : f32
              %v1834 = arith.addf %v1833, %v1832 fastmath<contract> : f32
              %v1835 = arith.constant 1 : i64
              %v1836 = llvm.getelementptr %in_C_im[%v1835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1837 = llvm.load %v1836 : !llvm.ptr -> f32
              %v1838 = arith.mulf %v1837, %v1800 fastmath<contract> : f32
              %v1839 = arith.constant 1 : i64
              %v1840 = arith.muli %v1839, %v2 : i64
              %v1841 = arith.constant 1 : i64
              %v1842 = arith.addi %v1840, %v1841 : i64
              %v1843 = llvm.getelementptr %in_C_im[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1844 = llvm.load %v1843 : !llvm.ptr -> f32
              %v1845 = arith.mulf %v1844, %v1806 fastmath<contract> : f32
              %v1846 = arith.addf %v1838, %v1845 fastmath<contract> : f32
              %v1847 = arith.constant 2 : i64
              %v1848 = arith.muli %v1847, %v2 : i64
              %v1849 = arith.constant 1 : i64
              %v1850 = arith.addi %v1848, %v1849 : i64
              %v1851 = llvm.getelementptr %in_C_im[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1852 = llvm.load %v1851 : !llvm.ptr -> f32
              %v1853 = arith.mulf %v1852, %v1813 fastmath<contract> : f32
              %v1854 = arith.addf %v1846, %v1853 fastmath<contract> : f32
              %v1855 = arith.constant 3 : i64
              %v1856 = arith.muli %v1855, %v2 : i64
              %v1857 = arith.constant 1 : i64
              %v1858 = arith.addi %v1856, %v1857 : i64
              %v1859 = llvm.getelementptr %in_C_im[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
              %v1861 = arith.mulf %v1860, %v1820 fastmath<contract> : f32
              %v1862 = arith.addf %v1854, %v1861 fastmath<contract> : f32
              %v1863 = llvm.load %v223 : !llvm.ptr -> f32
              %v1864 = arith.mulf %v1863, %v1057 fastmath<contract> : f32
              %v1865 = arith.addf %v1862, %v1864 fastmath<contract> : f32
              %v1866 = llvm.load %v286 : !llvm.ptr -> f32
              %v1867 = arith.mulf %v1866, %v1041 fastmath<contract> : f32
              %v1868 = arith.addf %v1867, %v1865 fastmath<contract> : f32
              %v1869 = arith.mulf %v1106, %v1863 fastmath<contract> : f32
              %v1870 = arith.mulf %v1866, %v1074 fastmath<contract> : f32
              %v1871 = arith.addf %v1870, %v1869 fastmath<contract> : f32
              %v1872 = arith.mulf %v1107, %v1863 fastmath<contract> : f32
              %v1873 = arith.mulf %v1866, %v1075 fastmath<contract> : f32
              %v1874 = arith.addf %v1873, %v1872 fastmath<contract> : f32
              %v1875 = arith.constant 2 : i64
              %v1876 = llvm.getelementptr %in_C_im[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
              %v1878 = arith.mulf %v1877, %v1800 fastmath<contract> : f32
              %v1879 = arith.constant 1 : i64
              %v1880 = arith.muli %v1879, %v2 : i64
              %v1881 = arith.constant 2 : i64
              %v1882 = arith.addi %v1880, %v1881 : i64
              %v1883 = llvm.getelementptr %in_C_im[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1884 = llvm.load %v1883 : !llvm.ptr -> f32
              %v1885 = arith.mulf %v1884, %v1806 fastmath<contract> : f32
              %v1886 = arith.addf %v1878, %v1885 fastmath<contract> : f32
              %v1887 = arith.constant 2 : i64
              %v1888 = arith.muli %v1887, %v2 : i64
              %v1889 = arith.constant 2 : i64
              %v1890 = arith.addi %v1888, %v1889 : i64
              %v1891 = llvm.getelementptr %in_C_im[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
              %v1893 = arith.mulf %v1892, %v1813 fastmath<contract> : f32
              %v1894 = arith.addf %v1886, %v1893 fastmath<contract> : f32
              %v1895 = arith.constant 3 : i64
              %v1896 = arith.muli %v1895, %v2 : i64
              %v1897 = arith.constant 2 : i64
              %v1898 = arith.addi %v1896, %v1897 : i64
              %v1899 = llvm.getelementptr %in_C_im[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1900 = llvm.load %v1899 : !llvm.ptr -> f32
              %v1901 = arith.mulf %v1900, %v1820 fastmath<contract> : f32
              %v1902 = arith.addf %v1894, %v1901 fastmath<contract> : f32
              %v1903 = llvm.load %v225 : !llvm.ptr -> f32
              %v1904 = arith.mulf %v1903, %v1058 fastmath<contract> : f32
              %v1905 = arith.addf %v1902, %v1904 fastmath<contract> : f32
              %v1906 = llvm.load %v288 : !llvm.ptr -> f32
              %v1907 = arith.mulf %v1906, %v1042 fastmath<contract> : f32
              %v1908 = arith.addf %v1907, %v1905 fastmath<contract> : f32
              %v1909 = arith.mulf %v1108, %v1903 fastmath<contract> : f32
              %v1910 = arith.mulf %v1906, %v1076 fastmath<contract> : f32
              %v1911 = arith.addf %v1910, %v1909 fastmath<contract> : f32
              %v1912 = arith.mulf %v1109, %v1903 fastmath<contract> : f32
              %v1913 = arith.mulf %v1906, %v1077 fastmath<contract> : f32
              %v1914 = arith.addf %v1913, %v1912 fastmath<contract> : f32
              %v1915 = arith.constant 3 : i64
              %v1916 = llvm.getelementptr %in_C_im[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1917 = llvm.load %v1916 : !llvm.ptr -> f32
              %v1918 = arith.mulf %v1917, %v1800 fastmath<contract> : f32
              %v1919 = arith.constant 1 : i64
              %v1920 = arith.muli %v1919, %v2 : i64
              %v1921 = arith.constant 3 : i64
              %v1922 = arith.addi %v1920, %v1921 : i64
              %v1923 = llvm.getelementptr %in_C_im[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1924 = llvm.load %v1923 : !llvm.ptr -> f32
              %v1925 = arith.mulf %v1924, %v1806 fastmath<contract> : f32
              %v1926 = arith.addf %v1918, %v1925 fastmath<contract> : f32
              %v1927 = arith.constant 2 : i64
              %v1928 = arith.muli %v1927, %v2 : i64
              %v1929 = arith.constant 3 : i64
              %v1930 = arith.addi %v1928, %v1929 : i64
              %v1931 = llvm.getelementptr %in_C_im[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
              %v1933 = arith.mulf %v1932, %v1813 fastmath<contract> : f32
              %v1934 = arith.addf %v1926, %v1933 fastmath<contract> : f32
              %v1935 = arith.constant 3 : i64
              %v1936 = arith.muli %v1935, %v2 : i64
              %v1937 = arith.constant 3 : i64
              %v1938 = arith.addi %v1936, %v1937 : i64
              %v1939 = llvm.getelementptr %in_C_im[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
              %v1941 = arith.mulf %v1940, %v1820 fastmath<contract> : f32
              %v1942 = arith.addf %v1934, %v1941 fastmath<contract> : f32
              %v1943 = llvm.load %v227 : !llvm.ptr -> f32
              %v1944 = arith.mulf %v1943, %v1059 fastmath<contract> : f32
              %v1945 = arith.addf %v1942, %v1944 fastmath<contract> : f32
              %v1946 = llvm.load %v290 : !llvm.ptr -> f32
              %v1947 = arith.mulf %v1946, %v1043 fastmath<contract> : f32
              %v1948 = arith.addf %v1947, %v1945 fastmath<contract> : f32
              %v1949 = arith.mulf %v1110, %v1943 fastmath<contract> : f32
              %v1950 = arith.mulf %v1946, %v1078 fastmath<contract> : f32
              %v1951 = arith.addf %v1950, %v1949 fastmath<contract> : f32
              %v1952 = arith.mulf %v1111, %v1943 fastmath<contract> : f32
              %v1953 = arith.mulf %v1946, %v1079 fastmath<contract> : f32
              %v1954 = arith.addf %v1953, %v1952 fastmath<contract> : f32
              %v1955 = arith.constant 4 : i64
              %v1956 = llvm.getelementptr %in_C_im[%v1955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1957 = llvm.load %v1956 : !llvm.ptr -> f32
              %v1958 = arith.mulf %v1957, %v1800 fastmath<contract> : f32
              %v1959 = arith.constant 1 : i64
              %v1960 = arith.muli %v1959, %v2 : i64
              %v1961 = arith.constant 4 : i64
              %v1962 = arith.addi %v1960, %v1961 : i64
              %v1963 = llvm.getelementptr %in_C_im[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
              %v1965 = arith.mulf %v1964, %v1806 fastmath<contract> : f32
              %v1966 = arith.addf %v1958, %v1965 fastmath<contract> : f32
              %v1967 = arith.constant 2 : i64
              %v1968 = arith.muli %v1967, %v2 : i64
              %v1969 = arith.constant 4 : i64
              %v1970 = arith.addi %v1968, %v1969 : i64
              %v1971 = llvm.getelementptr %in_C_im[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1972 = llvm.load %v1971 : !llvm.ptr -> f32
              %v1973 = arith.mulf %v1972, %v1813 fastmath<contract> : f32
              %v1974 = arith.addf %v1966, %v1973 fastmath<contract> : f32
              %v1975 = arith.constant 3 : i64
              %v1976 = arith.muli %v1975, %v2 : i64
              %v1977 = arith.constant 4 : i64
              %v1978 = arith.addi %v1976, %v1977 : i64
              %v1979 = llvm.getelementptr %in_C_im[%v1978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
              %v1981 = arith.mulf %v1980, %v1820 fastmath<contract> : f32
              %v1982 = arith.addf %v1974, %v1981 fastmath<contract> : f32
              %v1983 = llvm.load %v229 : !llvm.ptr -> f32
              %v1984 = arith.mulf %v1983, %v1060 fastmath<contract> : f32
              %v1985 = arith.addf %v1982, %v1984 fastmath<contract> : f32
              %v1986 = llvm.load %v292 : !llvm.ptr -> f32
              %v1987 = arith.mulf %v1986, %v1044 fastmath<contract> : f32
              %v1988 = arith.addf %v1987, %v1985 fastmath<contract> : f32
              %v1989 = arith.mulf %v1112, %v1983 fastmath<contract> : f32
              %v1990 = arith.mulf %v1986, %v1080 fastmath<contract> : f32
              %v1991 = arith.addf %v1990, %v1989 fastmath<contract> : f32
              %v1992 = arith.mulf %v1113, %v1983 fastmath<contract> : f32
              %v1993 = arith.mulf %v1986, %v1081 fastmath<contract> : f32
              %v1994 = arith.addf %v1993, %v1992 fastmath<contract> : f32
              %v1995 = arith.constant 5 : i64
              %v1996 = llvm.getelementptr %in_C_im[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1997 = llvm.load %v1996 : !llvm.ptr -> f32
              %v1998 = arith.mulf %v1997, %v1800 fastmath<contract> : f32
              %v1999 = arith.constant 1 : i64
              %v2000 = arith.muli %v1999, %v2 : i64
              %v2001 = arith.constant 5 : i64
              %v2002 = arith.addi %v2000, %v2001 : i64
              %v2003 = llvm.getelementptr %in_C_im[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
              %v2005 = arith.mulf %v2004, %v1806 fastmath<contract> : f32
              %v2006 = arith.addf %v1998, %v2005 fastmath<contract> : f32
              %v2007 = arith.constant 2 : i64
              %v2008 = arith.muli %v2007, %v2 : i64
              %v2009 = arith.constant 5 : i64
              %v2010 = arith.addi %v2008, %v2009 : i64
              %v2011 = llvm.getelementptr %in_C_im[%v2010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2012 = llvm.load %v2011 : !llvm.ptr -> f32
              %v2013 = arith.mulf %v2012, %v1813 fastmath<contract> : f32
              %v2014 = arith.addf %v2006, %v2013 fastmath<contract> : f32
              %v2015 = arith.constant 3 : i64
              %v2016 = arith.muli %v2015, %v2 : i64
              %v2017 = arith.constant 5 : i64
              %v2018 = arith.addi %v2016, %v2017 : i64
              %v2019 = llvm.getelementptr %in_C_im[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2020 = llvm.load %v2019 : !llvm.ptr -> f32
              %v2021 = arith.mulf %v2020, %v1820 fastmath<contract> : f32
              %v2022 = arith.addf %v2014, %v2021 fastmath<contract> : f32
              %v2023 = llvm.load %v231 : !llvm.ptr -> f32
              %v2024 = arith.mulf %v2023, %v1061 fastmath<contract> : f32
              %v2025 = arith.addf %v2022, %v2024 fastmath<contract> : f32
              %v2026 = llvm.load %v294 : !llvm.ptr -> f32
              %v2027 = arith.mulf %v2026, %v1045 fastmath<contract> : f32
              %v2028 = arith.addf %v2027, %v2025 fastmath<contract> : f32
              %v2029 = arith.mulf %v1114, %v2023 fastmath<contract> : f32
              %v2030 = arith.mulf %v2026, %v1082 fastmath<contract> : f32
              %v2031 = arith.addf %v2030, %v2029 fastmath<contract> : f32
              %v2032 = arith.mulf %v1115, %v2023 fastmath<contract> : f32
              %v2033 = arith.mulf %v2026, %v1083 fastmath<contract> : f32
              %v2034 = arith.addf %v2033, %v2032 fastmath<contract> : f32
              %v2035 = arith.constant 6 : i64
              %v2036 = llvm.getelementptr %in_C_im[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2037 = llvm.load %v2036 : !llvm.ptr -> f32
              %v2038 = arith.mulf %v2037, %v1800 fastmath<contract> : f32
              %v2039 = arith.constant 1 : i64
              %v2040 = arith.muli %v2039, %v2 : i64
              %v2041 = arith.constant 6 : i64
              %v2042 = arith.addi %v2040, %v2041 : i64
              %v2043 = llvm.getelementptr %in_C_im[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
              %v2045 = arith.mulf %v2044, %v1806 fastmath<contract> : f32
              %v2046 = arith.addf %v2038, %v2045 fastmath<contract> : f32
              %v2047 = arith.constant 2 : i64
              %v2048 = arith.muli %v2047, %v2 : i64
              %v2049 = arith.constant 6 : i64
              %v2050 = arith.addi %v2048, %v2049 : i64
              %v2051 = llvm.getelementptr %in_C_im[%v2050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2052 = llvm.load %v2051 : !llvm.ptr -> f32
              %v2053 = arith.mulf %v2052, %v1813 fastmath<contract> : f32
              %v2054 = arith.addf %v2046, %v2053 fastmath<contract> : f32
              %v2055 = arith.constant 3 : i64
              %v2056 = arith.muli %v2055, %v2 : i64
              %v2057 = arith.constant 6 : i64
              %v2058 = arith.addi %v2056, %v2057 : i64
              %v2059 = llvm.getelementptr %in_C_im[%v2058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
              %v2061 = arith.mulf %v2060, %v1820 fastmath<contract> : f32
              %v2062 = arith.addf %v2054, %v2061 fastmath<contract> : f32
              %v2063 = llvm.load %v233 : !llvm.ptr -> f32
              %v2064 = arith.mulf %v2063, %v1062 fastmath<contract> : f32
              %v2065 = arith.addf %v2062, %v2064 fastmath<contract> : f32
              %v2066 = llvm.load %v296 : !llvm.ptr -> f32
              %v2067 = arith.mulf %v2066, %v1046 fastmath<contract> : f32
              %v2068 = arith.addf %v2067, %v2065 fastmath<contract> : f32
              %v2069 = arith.mulf %v1116, %v2063 fastmath<contract> : f32
              %v2070 = arith.mulf %v2066, %v1084 fastmath<contract> : f32
              %v2071 = arith.addf %v2070, %v2069 fastmath<contract> : f32
              %v2072 = arith.mulf %v1117, %v2063 fastmath<contract> : f32
              %v2073 = arith.mulf %v2066, %v1085 fastmath<contract> : f32
              %v2074 = arith.addf %v2073, %v2072 fastmath<contract> : f32
              %v2075 = arith.constant 7 : i64
              %v2076 = llvm.getelementptr %in_C_im[%v2075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2077 = llvm.load %v2076 : !llvm.ptr -> f32
              %v2078 = arith.mulf %v2077, %v1800 fastmath<contract> : f32
              %v2079 = arith.constant 1 : i64
              %v2080 = arith.muli %v2079, %v2 : i64
              %v2081 = arith.constant 7 : i64
              %v2082 = arith.addi %v2080, %v2081 : i64
              %v2083 = llvm.getelementptr %in_C_im[%v2082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2084 = llvm.load %v2083 : !llvm.ptr -> f32
              %v2085 = arith.mulf %v2084, %v1806 fastmath<contract> : f32
              %v2086 = arith.addf %v2078, %v2085 fastmath<contract> : f32
              %v2087 = arith.constant 2 : i64
              %v2088 = arith.muli %v2087, %v2 : i64
              %v2089 = arith.constant 7 : i64
              %v2090 = arith.addi %v2088, %v2089 : i64
              %v2091 = llvm.getelementptr %in_C_im[%v2090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
              %v2093 = arith.mulf %v2092, %v1813 fastmath<contract> : f32
              %v2094 = arith.addf %v2086, %v2093 fastmath<contract> : f32
              %v2095 = arith.constant 3 : i64
              %v2096 = arith.muli %v2095, %v2 : i64
              %v2097 = arith.constant 7 : i64
              %v2098 = arith.addi %v2096, %v2097 : i64
              %v2099 = llvm.getelementptr %in_C_im[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2100 = llvm.load %v2099 : !llvm.ptr -> f32
              %v2101 = arith.mulf %v2100, %v1820 fastmath<contract> : f32
              %v2102 = arith.addf %v2094, %v2101 fastmath<contract> : f32
              %v2103 = llvm.load %v235 : !llvm.ptr -> f32
              %v2104 = arith.mulf %v2103, %v1063 fastmath<contract> : f32
              %v2105 = arith.addf %v2102, %v2104 fastmath<contract> : f32
              %v2106 = llvm.load %v298 : !llvm.ptr -> f32
              %v2107 = arith.mulf %v2106, %v1047 fastmath<contract> : f32
              %v2108 = arith.addf %v2107, %v2105 fastmath<contract> : f32
              %v2109 = arith.mulf %v1118, %v2103 fastmath<contract> : f32
              %v2110 = arith.mulf %v2106, %v1086 fastmath<contract> : f32
              %v2111 = arith.addf %v2110, %v2109 fastmath<contract> : f32
              %v2112 = arith.mulf %v1119, %v2103 fastmath<contract> : f32
              %v2113 = arith.mulf %v2106, %v1087 fastmath<contract> : f32
              %v2114 = arith.addf %v2113, %v2112 fastmath<contract> : f32
              %v2115 = arith.constant 8 : i64
              %v2116 = llvm.getelementptr %in_C_im[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
              %v2118 = arith.mulf %v2117, %v1800 fastmath<contract> : f32
              %v2119 = arith.constant 1 : i64
              %v2120 = arith.muli %v2119, %v2 : i64
              %v2121 = arith.constant 8 : i64
              %v2122 = arith.addi %v2120, %v2121 : i64
              %v2123 = llvm.getelementptr %in_C_im[%v2122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2124 = llvm.load %v2123 : !llvm.ptr -> f32
              %v2125 = arith.mulf %v2124, %v1806 fastmath<contract> : f32
              %v2126 = arith.addf %v2118, %v2125 fastmath<contract> : f32
              %v2127 = arith.constant 2 : i64
              %v2128 = arith.muli %v2127, %v2 : i64
              %v2129 = arith.constant 8 : i64
              %v2130 = arith.addi %v2128, %v2129 : i64
              %v2131 = llvm.getelementptr %in_C_im[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2132 = llvm.load %v2131 : !llvm.ptr -> f32
              %v2133 = arith.mulf %v2132, %v1813 fastmath<contract> : f32
              %v2134 = arith.addf %v2126, %v2133 fastmath<contract> : f32
              %v2135 = arith.constant 3 : i64
              %v2136 = arith.muli %v2135, %v2 : i64
              %v2137 = arith.constant 8 : i64
              %v2138 = arith.addi %v2136, %v2137 : i64
              %v2139 = llvm.getelementptr %in_C_im[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
              %v2141 = arith.mulf %v2140, %v1820 fastmath<contract> : f32
              %v2142 = arith.addf %v2134, %v2141 fastmath<contract> : f32
              %v2143 = llvm.load %v237 : !llvm.ptr -> f32
              %v2144 = arith.mulf %v2143, %v1064 fastmath<contract> : f32
              %v2145 = arith.addf %v2142, %v2144 fastmath<contract> : f32
              %v2146 = llvm.load %v300 : !llvm.ptr -> f32
              %v2147 = arith.mulf %v2146, %v1048 fastmath<contract> : f32
              %v2148 = arith.addf %v2147, %v2145 fastmath<contract> : f32
              %v2149 = arith.mulf %v1120, %v2143 fastmath<contract> : f32
              %v2150 = arith.mulf %v2146, %v1088 fastmath<contract> : f32
              %v2151 = arith.addf %v2150, %v2149 fastmath<contract> : f32
              %v2152 = arith.mulf %v1121, %v2143 fastmath<contract> : f32
              %v2153 = arith.mulf %v2146, %v1089 fastmath<contract> : f32
              %v2154 = arith.addf %v2153, %v2152 fastmath<contract> : f32
              %v2155 = arith.constant 9 : i64
              %v2156 = llvm.getelementptr %in_C_im[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2157 = llvm.load %v2156 : !llvm.ptr -> f32
              %v2158 = arith.mulf %v2157, %v1800 fastmath<contract> : f32
              %v2159 = arith.constant 1 : i64
              %v2160 = arith.muli %v2159, %v2 : i64
              %v2161 = arith.constant 9 : i64
              %v2162 = arith.addi %v2160, %v2161 : i64
              %v2163 = llvm.getelementptr %in_C_im[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2164 = llvm.load %v2163 : !llvm.ptr -> f32
              %v2165 = arith.mulf %v2164, %v1806 fastmath<contract> : f32
              %v2166 = arith.addf %v2158, %v2165 fastmath<contract> : f32
              %v2167 = arith.constant 2 : i64
              %v2168 = arith.muli %v2167, %v2 : i64
              %v2169 = arith.constant 9 : i64
              %v2170 = arith.addi %v2168, %v2169 : i64
              %v2171 = llvm.getelementptr %in_C_im[%v2170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
              %v2173 = arith.mulf %v2172, %v1813 fastmath<contract> : f32
              %v2174 = arith.addf %v2166, %v2173 fastmath<contract> : f32
              %v2175 = arith.constant 3 : i64
              %v2176 = arith.muli %v2175, %v2 : i64
              %v2177 = arith.constant 9 : i64
              %v2178 = arith.addi %v2176, %v2177 : i64
              %v2179 = llvm.getelementptr %in_C_im[%v2178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2180 = llvm.load %v2179 : !llvm.ptr -> f32
              %v2181 = arith.mulf %v2180, %v1820 fastmath<contract> : f32
              %v2182 = arith.addf %v2174, %v2181 fastmath<contract> : f32
              %v2183 = llvm.load %v239 : !llvm.ptr -> f32
              %v2184 = arith.mulf %v2183, %v1065 fastmath<contract> : f32
              %v2185 = arith.addf %v2182, %v2184 fastmath<contract> : f32
              %v2186 = llvm.load %v302 : !llvm.ptr -> f32
              %v2187 = arith.mulf %v2186, %v1049 fastmath<contract> : f32
              %v2188 = arith.addf %v2187, %v2185 fastmath<contract> : f32
              %v2189 = arith.mulf %v1122, %v2183 fastmath<contract> : f32
              %v2190 = arith.mulf %v2186, %v1090 fastmath<contract> : f32
              %v2191 = arith.addf %v2190, %v2189 fastmath<contract> : f32
              %v2192 = arith.mulf %v1123, %v2183 fastmath<contract> : f32
              %v2193 = arith.mulf %v2186, %v1091 fastmath<contract> : f32
              %v2194 = arith.addf %v2193, %v2192 fastmath<contract> : f32
              %v2195 = arith.constant 10 : i64
              %v2196 = llvm.getelementptr %in_C_im[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2197 = llvm.load %v2196 : !llvm.ptr -> f32
              %v2198 = arith.mulf %v2197, %v1800 fastmath<contract> : f32
              %v2199 = arith.constant 1 : i64
              %v2200 = arith.muli %v2199, %v2 : i64
              %v2201 = arith.constant 10 : i64
              %v2202 = arith.addi %v2200, %v2201 : i64
              %v2203 = llvm.getelementptr %in_C_im[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2204 = llvm.load %v2203 : !llvm.ptr -> f32
              %v2205 = arith.mulf %v2204, %v1806 fastmath<contract> : f32
              %v2206 = arith.addf %v2198, %v2205 fastmath<contract> : f32
              %v2207 = arith.constant 2 : i64
              %v2208 = arith.muli %v2207, %v2 : i64
              %v2209 = arith.constant 10 : i64
              %v2210 = arith.addi %v2208, %v2209 : i64
              %v2211 = llvm.getelementptr %in_C_im[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2212 = llvm.load %v2211 : !llvm.ptr -> f32
              %v2213 = arith.mulf %v2212, %v1813 fastmath<contract> : f32
              %v2214 = arith.addf %v2206, %v2213 fastmath<contract> : f32
              %v2215 = arith.constant 3 : i64
              %v2216 = arith.muli %v2215, %v2 : i64
              %v2217 = arith.constant 10 : i64
              %v2218 = arith.addi %v2216, %v2217 : i64
              %v2219 = llvm.getelementptr %in_C_im[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
              %v2221 = arith.mulf %v2220, %v1820 fastmath<contract> : f32
              %v2222 = arith.addf %v2214, %v2221 fastmath<contract> : f32
              %v2223 = llvm.load %v241 : !llvm.ptr -> f32
              %v2224 = arith.mulf %v2223, %v1066 fastmath<contract> : f32
              %v2225 = arith.addf %v2222, %v2224 fastmath<contract> : f32
              %v2226 = llvm.load %v304 : !llvm.ptr -> f32
              %v2227 = arith.mulf %v2226, %v1050 fastmath<contract> : f32
              %v2228 = arith.addf %v2227, %v2225 fastmath<contract> : f32
              %v2229 = arith.mulf %v1124, %v2223 fastmath<contract> : f32
              %v2230 = arith.mulf %v2226, %v1092 fastmath<contract> : f32
              %v2231 = arith.addf %v2230, %v2229 fastmath<contract> : f32
              %v2232 = arith.mulf %v1125, %v2223 fastmath<contract> : f32
              %v2233 = arith.mulf %v2226, %v1093 fastmath<contract> : f32
              %v2234 = arith.addf %v2233, %v2232 fastmath<contract> : f32
              %v2235 = arith.constant 11 : i64
              %v2236 = llvm.getelementptr %in_C_im[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2237 = llvm.load %v2236 : !llvm.ptr -> f32
              %v2238 = arith.mulf %v2237, %v1800 fastmath<contract> : f32
              %v2239 = arith.constant 1 : i64
              %v2240 = arith.muli %v2239, %v2 : i64
              %v2241 = arith.constant 11 : i64
              %v2242 = arith.addi %v2240, %v2241 : i64
              %v2243 = llvm.getelementptr %in_C_im[%v2242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2244 = llvm.load %v2243 : !llvm.ptr -> f32
              %v2245 = arith.mulf %v2244, %v1806 fastmath<contract> : f32
              %v2246 = arith.addf %v2238, %v2245 fastmath<contract> : f32
              %v2247 = arith.constant 2 : i64
              %v2248 = arith.muli %v2247, %v2 : i64
              %v2249 = arith.constant 11 : i64
              %v2250 = arith.addi %v2248, %v2249 : i64
              %v2251 = llvm.getelementptr %in_C_im[%v2250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2252 = llvm.load %v2251 : !llvm.ptr -> f32
              %v2253 = arith.mulf %v2252, %v1813 fastmath<contract> : f32
              %v2254 = arith.addf %v2246, %v2253 fastmath<contract> : f32
              %v2255 = arith.constant 3 : i64
              %v2256 = arith.muli %v2255, %v2 : i64
              %v2257 = arith.constant 11 : i64
              %v2258 = arith.addi %v2256, %v2257 : i64
              %v2259 = llvm.getelementptr %in_C_im[%v2258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2260 = llvm.load %v2259 : !llvm.ptr -> f32
              %v2261 = arith.mulf %v2260, %v1820 fastmath<contract> : f32
              %v2262 = arith.addf %v2254, %v2261 fastmath<contract> : f32
              %v2263 = llvm.load %v243 : !llvm.ptr -> f32
              %v2264 = arith.mulf %v2263, %v1067 fastmath<contract> : f32
              %v2265 = arith.addf %v2262, %v2264 fastmath<contract> : f32
              %v2266 = llvm.load %v306 : !llvm.ptr -> f32
              %v2267 = arith.mulf %v2266, %v1051 fastmath<contract> : f32
              %v2268 = arith.addf %v2267, %v2265 fastmath<contract> : f32
              %v2269 = arith.mulf %v1126, %v2263 fastmath<contract> : f32
              %v2270 = arith.mulf %v2266, %v1094 fastmath<contract> : f32
              %v2271 = arith.addf %v2270, %v2269 fastmath<contract> : f32
              %v2272 = arith.mulf %v1127, %v2263 fastmath<contract> : f32
              %v2273 = arith.mulf %v2266, %v1095 fastmath<contract> : f32
              %v2274 = arith.addf %v2273, %v2272 fastmath<contract> : f32
              %v2275 = arith.constant 12 : i64
              %v2276 = llvm.getelementptr %in_C_im[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
              %v2278 = arith.mulf %v2277, %v1800 fastmath<contract> : f32
              %v2279 = arith.constant 1 : i64
              %v2280 = arith.muli %v2279, %v2 : i64
              %v2281 = arith.constant 12 : i64
              %v2282 = arith.addi %v2280, %v2281 : i64
              %v2283 = llvm.getelementptr %in_C_im[%v2282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2284 = llvm.load %v2283 : !llvm.ptr -> f32
              %v2285 = arith.mulf %v2284, %v1806 fastmath<contract> : f32
              %v2286 = arith.addf %v2278, %v2285 fastmath<contract> : f32
              %v2287 = arith.constant 2 : i64
              %v2288 = arith.muli %v2287, %v2 : i64
              %v2289 = arith.constant 12 : i64
              %v2290 = arith.addi %v2288, %v2289 : i64
              %v2291 = llvm.getelementptr %in_C_im[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
              %v2293 = arith.mulf %v2292, %v1813 fastmath<contract> : f32
              %v2294 = arith.addf %v2286, %v2293 fastmath<contract> : f32
              %v2295 = arith.constant 3 : i64
              %v2296 = arith.muli %v2295, %v2 : i64
              %v2297 = arith.constant 12 : i64
              %v2298 = arith.addi %v2296, %v2297 : i64
              %v2299 = llvm.getelementptr %in_C_im[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2300 = llvm.load %v2299 : !llvm.ptr -> f32
              %v2301 = arith.mulf %v2300, %v1820 fastmath<contract> : f32
              %v2302 = arith.addf %v2294, %v2301 fastmath<contract> : f32
              %v2303 = llvm.load %v245 : !llvm.ptr -> f32
              %v2304 = arith.mulf %v2303, %v1068 fastmath<contract> : f32
              %v2305 = arith.addf %v2302, %v2304 fastmath<contract> : f32
              %v2306 = llvm.load %v308 : !llvm.ptr -> f32
              %v2307 = arith.mulf %v2306, %v1052 fastmath<contract> : f32
              %v2308 = arith.addf %v2307, %v2305 fastmath<contract> : f32
              %v2309 = arith.mulf %v1128, %v2303 fastmath<contract> : f32
              %v2310 = arith.mulf %v2306, %v1096 fastmath<contract> : f32
              %v2311 = arith.addf %v2310, %v2309 fastmath<contract> : f32
              %v2312 = arith.mulf %v1129, %v2303 fastmath<contract> : f32
              %v2313 = arith.mulf %v2306, %v1097 fastmath<contract> : f32
              %v2314 = arith.addf %v2313, %v2312 fastmath<contract> : f32
              %v2315 = arith.constant 13 : i64
              %v2316 = llvm.getelementptr %in_C_im[%v2315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2317 = llvm.load %v2316 : !llvm.ptr -> f32
              %v2318 = arith.mulf %v2317, %v1800 fastmath<contract> : f32
              %v2319 = arith.constant 1 : i64
              %v2320 = arith.muli %v2319, %v2 : i64
              %v2321 = arith.constant 13 : i64
              %v2322 = arith.addi %v2320, %v2321 : i64
              %v2323 = llvm.getelementptr %in_C_im[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2324 = llvm.load %v2323 : !llvm.ptr -> f32
              %v2325 = arith.mulf %v2324, %v1806 fastmath<contract> : f32
              %v2326 = arith.addf %v2318, %v2325 fastmath<contract> : f32
              %v2327 = arith.constant 2 : i64
              %v2328 = arith.muli %v2327, %v2 : i64
              %v2329 = arith.constant 13 : i64
              %v2330 = arith.addi %v2328, %v2329 : i64
              %v2331 = llvm.getelementptr %in_C_im[%v2330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2332 = llvm.load %v2331 : !llvm.ptr -> f32
              %v2333 = arith.mulf %v2332, %v1813 fastmath<contract> : f32
              %v2334 = arith.addf %v2326, %v2333 fastmath<contract> : f32
              %v2335 = arith.constant 3 : i64
              %v2336 = arith.muli %v2335, %v2 : i64
              %v2337 = arith.constant 13 : i64
              %v2338 = arith.addi %v2336, %v2337 : i64
              %v2339 = llvm.getelementptr %in_C_im[%v2338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
              %v2341 = arith.mulf %v2340, %v1820 fastmath<contract> : f32
              %v2342 = arith.addf %v2334, %v2341 fastmath<contract> : f32
              %v2343 = llvm.load %v247 : !llvm.ptr -> f32
              %v2344 = arith.mulf %v2343, %v1069 fastmath<contract> : f32
              %v2345 = arith.addf %v2342, %v2344 fastmath<contract> : f32
              %v2346 = llvm.load %v310 : !llvm.ptr -> f32
              %v2347 = arith.mulf %v2346, %v1053 fastmath<contract> : f32
              %v2348 = arith.addf %v2347, %v2345 fastmath<contract> : f32
              %v2349 = arith.mulf %v1130, %v2343 fastmath<contract> : f32
              %v2350 = arith.mulf %v2346, %v1098 fastmath<contract> : f32
              %v2351 = arith.addf %v2350, %v2349 fastmath<contract> : f32
              %v2352 = arith.mulf %v1131, %v2343 fastmath<contract> : f32
              %v2353 = arith.mulf %v2346, %v1099 fastmath<contract> : f32
              %v2354 = arith.addf %v2353, %v2352 fastmath<contract> : f32
              %v2355 = arith.constant 14 : i64
              %v2356 = llvm.getelementptr %in_C_im[%v2355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2357 = llvm.load %v2356 : !llvm.ptr -> f32
              %v2358 = arith.mulf %v2357, %v1800 fastmath<contract> : f32
              %v2359 = arith.constant 1 : i64
              %v2360 = arith.muli %v2359, %v2 : i64
              %v2361 = arith.constant 14 : i64
              %v2362 = arith.addi %v2360, %v2361 : i64
              %v2363 = llvm.getelementptr %in_C_im[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2364 = llvm.load %v2363 : !llvm.ptr -> f32
              %v2365 = arith.mulf %v2364, %v1806 fastmath<contract> : f32
              %v2366 = arith.addf %v2358, %v2365 fastmath<contract> : f32
              %v2367 = arith.constant 2 : i64
              %v2368 = arith.muli %v2367, %v2 : i64
              %v2369 = arith.constant 14 : i64
              %v2370 = arith.addi %v2368, %v2369 : i64
              %v2371 = llvm.getelementptr %in_C_im[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2372 = llvm.load %v2371 : !llvm.ptr -> f32
              %v2373 = arith.mulf %v2372, %v1813 fastmath<contract> : f32
              %v2374 = arith.addf %v2366, %v2373 fastmath<contract> : f32
              %v2375 = arith.constant 3 : i64
              %v2376 = arith.muli %v2375, %v2 : i64
              %v2377 = arith.constant 14 : i64
              %v2378 = arith.addi %v2376, %v2377 : i64
              %v2379 = llvm.getelementptr %in_C_im[%v2378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2380 = llvm.load %v2379 : !llvm.ptr -> f32
              %v2381 = arith.mulf %v2380, %v1820 fastmath<contract> : f32
              %v2382 = arith.addf %v2374, %v2381 fastmath<contract> : f32
              %v2383 = llvm.load %v249 : !llvm.ptr -> f32
              %v2384 = arith.mulf %v2383, %v1070 fastmath<contract> : f32
              %v2385 = arith.addf %v2382, %v2384 fastmath<contract> : f32
              %v2386 = llvm.load %v312 : !llvm.ptr -> f32
              %v2387 = arith.mulf %v2386, %v1054 fastmath<contract> : f32
              %v2388 = arith.addf %v2387, %v2385 fastmath<contract> : f32
              %v2389 = arith.mulf %v1132, %v2383 fastmath<contract> : f32
              %v2390 = arith.mulf %v2386, %v1100 fastmath<contract> : f32
              %v2391 = arith.addf %v2390, %v2389 fastmath<contract> : f32
              %v2392 = arith.mulf %v1133, %v2383 fastmath<contract> : f32
              %v2393 = arith.mulf %v2386, %v1101 fastmath<contract> : f32
              %v2394 = arith.addf %v2393, %v2392 fastmath<contract> : f32
              %v2395 = arith.constant 15 : i64
              %v2396 = llvm.getelementptr %in_C_im[%v2395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2397 = llvm.load %v2396 : !llvm.ptr -> f32
              %v2398 = arith.mulf %v2397, %v1800 fastmath<contract> : f32
              %v2399 = arith.constant 1 : i64
              %v2400 = arith.muli %v2399, %v2 : i64
              %v2401 = arith.constant 15 : i64
              %v2402 = arith.addi %v2400, %v2401 : i64
              %v2403 = llvm.getelementptr %in_C_im[%v2402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
              %v2405 = arith.mulf %v2404, %v1806 fastmath<contract> : f32
              %v2406 = arith.addf %v2398, %v2405 fastmath<contract> : f32
              %v2407 = arith.constant 2 : i64
              %v2408 = arith.muli %v2407, %v2 : i64
              %v2409 = arith.constant 15 : i64
              %v2410 = arith.addi %v2408, %v2409 : i64
              %v2411 = llvm.getelementptr %in_C_im[%v2410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2412 = llvm.load %v2411 : !llvm.ptr -> f32
              %v2413 = arith.mulf %v2412, %v1813 fastmath<contract> : f32
              %v2414 = arith.addf %v2406, %v2413 fastmath<contract> : f32
              %v2415 = arith.constant 3 : i64
              %v2416 = arith.muli %v2415, %v2 : i64
              %v2417 = arith.constant 15 : i64
              %v2418 = arith.addi %v2416, %v2417 : i64
              %v2419 = llvm.getelementptr %in_C_im[%v2418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2420 = llvm.load %v2419 : !llvm.ptr -> f32
              %v2421 = arith.mulf %v2420, %v1820 fastmath<contract> : f32
              %v2422 = arith.addf %v2414, %v2421 fastmath<contract> : f32
              %v2423 = llvm.load %v250 : !llvm.ptr -> f32
              %v2424 = arith.mulf %v2423, %v1071 fastmath<contract> : f32
              %v2425 = arith.addf %v2422, %v2424 fastmath<contract> : f32
              %v2426 = llvm.load %v314 : !llvm.ptr -> f32
              %v2427 = arith.mulf %v2426, %v1055 fastmath<contract> : f32
              %v2428 = arith.addf %v2427, %v2425 fastmath<contract> : f32
              %v2429 = arith.mulf %v1134, %v2423 fastmath<contract> : f32
              %v2430 = arith.mulf %v2426, %v1102 fastmath<contract> : f32
              %v2431 = arith.addf %v2430, %v2429 fastmath<contract> : f32
              %v2432 = arith.mulf %v1135, %v2423 fastmath<contract> : f32
              %v2433 = arith.mulf %v2426, %v1103 fastmath<contract> : f32
              %v2434 = arith.addf %v2433, %v2432 fastmath<contract> : f32
              llvm.store %v1190, %v128 : f32, !llvm.ptr
              llvm.store %v1193, %v931 : f32, !llvm.ptr
              llvm.store %v1196, %v932 : f32, !llvm.ptr
              llvm.store %v1230, %v129 : f32, !llvm.ptr
              llvm.store %v1233, %v933 : f32, !llvm.ptr
              llvm.store %v1236, %v934 : f32, !llvm.ptr
              llvm.store %v1270, %v131 : f32, !llvm.ptr
              llvm.store %v1273, %v935 : f32, !llvm.ptr
              llvm.store %v1276, %v936 : f32, !llvm.ptr
              llvm.store %v1310, %v133 : f32, !llvm.ptr
              llvm.store %v1313, %v937 : f32, !llvm.ptr
              llvm.store %v1316, %v938 : f32, !llvm.ptr
              llvm.store %v1350, %v134 : f32, !llvm.ptr
              llvm.store %v1353, %v939 : f32, !llvm.ptr
              llvm.store %v1356, %v940 : f32, !llvm.ptr
              llvm.store %v1390, %v136 : f32, !llvm.ptr
              llvm.store %v1393, %v941 : f32, !llvm.ptr
              llvm.store %v1396, %v942 : f32, !llvm.ptr
              llvm.store %v1430, %v138 : f32, !llvm.ptr
              llvm.store %v1433, %v943 : f32, !llvm.ptr
              llvm.store %v1436, %v944 : f32, !llvm.ptr
              llvm.store %v1470, %v140 : f32, !llvm.ptr
              llvm.store %v1473, %v945 : f32, !llvm.ptr
              llvm.store %v1476, %v946 : f32, !llvm.ptr
              llvm.store %v1510, %v142 : f32, !llvm.ptr
              llvm.store %v1513, %v947 : f32, !llvm.ptr
              llvm.store %v1516, %v948 : f32, !llvm.ptr
              llvm.store %v1550, %v144 : f32, !llvm.ptr
              llvm.store %v1553, %v949 : f32, !llvm.ptr
              llvm.store %v1556, %v950 : f32, !llvm.ptr
              llvm.store %v1590, %v146 : f32, !llvm.ptr
              llvm.store %v1593, %v951 : f32, !llvm.ptr
              llvm.store %v1596, %v952 : f32, !llvm.ptr
              llvm.store %v1630, %v148 : f32, !llvm.ptr
              llvm.store %v1633, %v953 : f32, !llvm.ptr
              llvm.store %v1636, %v954 : f32, !llvm.ptr
              llvm.store %v1670, %v150 : f32, !llvm.ptr
              llvm.store %v1673, %v955 : f32, !llvm.ptr
              llvm.store %v1676, %v956 : f32, !llvm.ptr
              llvm.store %v1710, %v152 : f32, !llvm.ptr
              llvm.store %v1713, %v957 : f32, !llvm.ptr
              llvm.store %v1716, %v958 : f32, !llvm.ptr
              llvm.store %v1750, %v154 : f32, !llvm.ptr
              llvm.store %v1753, %v959 : f32, !llvm.ptr
              llvm.store %v1756, %v960 : f32, !llvm.ptr
              llvm.store %v1790, %v156 : f32, !llvm.ptr
              llvm.store %v1793, %v961 : f32, !llvm.ptr
              llvm.store %v1796, %v962 : f32, !llvm.ptr
              llvm.store %v1828, %v157 : f32, !llvm.ptr
              llvm.store %v1831, %v963 : f32, !llvm.ptr
              llvm.store %v1834, %v964 : f32, !llvm.ptr
              llvm.store %v1868, %v159 : f32, !llvm.ptr
              llvm.store %v1871, %v965 : f32, !llvm.ptr
              llvm.store %v1874, %v966 : f32, !llvm.ptr
              llvm.store %v1908, %v161 : f32, !llvm.ptr
              llvm.store %v1911, %v967 : f32, !llvm.ptr
              llvm.store %v1914, %v968 : f32, !llvm.ptr
              llvm.store %v1948, %v163 : f32, !llvm.ptr
              llvm.store %v1951, %v969 : f32, !llvm.ptr
              llvm.store %v1954, %v970 : f32, !llvm.ptr
              llvm.store %v1988, %v165 : f32, !llvm.ptr
              llvm.store %v1991, %v971 : f32, !llvm.ptr
              llvm.store %v1994, %v972 : f32, !llvm.ptr
              llvm.store %v2028, %v167 : f32, !llvm.ptr
              llvm.store %v2031, %v973 : f32, !llvm.ptr
              llvm.store %v2034, %v974 : f32, !llvm.ptr
              llvm.store %v2068, %v169 : f32, !llvm.ptr
              llvm.store %v2071, %v975 : f32, !llvm.ptr
              llvm.store %v2074, %v976 : f32, !llvm.ptr
              llvm.store %v2108, %v171 : f32, !llvm.ptr
              llvm.store %v2111, %v977 : f32, !llvm.ptr
              llvm.store %v2114, %v978 : f32, !llvm.ptr
              llvm.store %v2148, %v173 : f32, !llvm.ptr
              llvm.store %v2151, %v979 : f32, !llvm.ptr
              llvm.store %v2154, %v980 : f32, !llvm.ptr
              llvm.store %v2188, %v175 : f32, !llvm.ptr
              llvm.store %v2191, %v981 : f32, !llvm.ptr
              llvm.store %v2194, %v982 : f32, !llvm.ptr
              llvm.store %v2228, %v177 : f32, !llvm.ptr
              llvm.store %v2231, %v983 : f32, !llvm.ptr
              llvm.store %v2234, %v984 : f32, !llvm.ptr
              llvm.store %v2268, %v179 : f32, !llvm.ptr
              llvm.store %v2271, %v985 : f32, !llvm.ptr
              llvm.store %v2274, %v986 : f32, !llvm.ptr
              llvm.store %v2308, %v181 : f32, !llvm.ptr
              llvm.store %v2311, %v987 : f32, !llvm.ptr
              llvm.store %v2314, %v988 : f32, !llvm.ptr
              llvm.store %v2348, %v183 : f32, !llvm.ptr
              llvm.store %v2351, %v989 : f32, !llvm.ptr
              llvm.store %v2354, %v990 : f32, !llvm.ptr
              llvm.store %v2388, %v185 : f32, !llvm.ptr
              llvm.store %v2391, %v991 : f32, !llvm.ptr
              llvm.store %v2394, %v992 : f32, !llvm.ptr
              llvm.store %v2428, %v187 : f32, !llvm.ptr
              llvm.store %v2431, %v993 : f32, !llvm.ptr
              llvm.store %v2434, %v994 : f32, !llvm.ptr
              scf.if %v1038 {
              }
              %v2435 = arith.constant 0 : i64
              %v2436 = llvm.getelementptr %in_lam_re[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2437 = llvm.load %v2436 : !llvm.ptr -> f32
              %v2438 = arith.constant 0 : i64
              %v2439 = llvm.getelementptr %in_log_dt[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2440 = llvm.load %v2439 : !llvm.ptr -> f32
              %v2442 = arith.mulf %v2440, %v2441 fastmath<contract> : f32
              %v2443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2442) : (f32) -> f32
              %v2444 = arith.mulf %v2437, %v2443 fastmath<contract> : f32
              %v2445 = arith.mulf %v2444, %v2441 fastmath<contract> : f32
              %v2446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2445) : (f32) -> f32
              %v2447 = arith.constant 0 : i64
              %v2448 = llvm.getelementptr %in_lam_im[%v2447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2449 = llvm.load %v2448 : !llvm.ptr -> f32
              %v2450 = arith.mulf %v2449, %v2443 fastmath<contract> : f32
              %v2452 = arith.mulf %v2450, %v2451 fastmath<contract> : f32
              %v2453 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2452) : (f32) -> f32
              %v2456 = arith.mulf %v2453, %v2454 fastmath<contract> : f32
              %v2457 = arith.subf %v2450, %v2456 fastmath<contract> : f32
              %v2458 = arith.mulf %v2453, %v2455 fastmath<contract> : f32
              %v2459 = arith.subf %v2457, %v2458 fastmath<contract> : f32
              %v2460 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2459) : (f32) -> f32
              %v2461 = arith.mulf %v2446, %v2460 fastmath<contract> : f32
              llvm.store %v2461, %v189 : f32, !llvm.ptr
              %v2462 = arith.mulf %v2450, %v2451 fastmath<contract> : f32
              %v2463 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2462) : (f32) -> f32
              %v2464 = arith.mulf %v2463, %v2454 fastmath<contract> : f32
              %v2465 = arith.subf %v2450, %v2464 fastmath<contract> : f32
              %v2466 = arith.mulf %v2463, %v2455 fastmath<contract> : f32
              %v2467 = arith.subf %v2465, %v2466 fastmath<contract> : f32
              %v2468 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2467) : (f32) -> f32
              %v2469 = arith.mulf %v2446, %v2468 fastmath<contract> : f32
              llvm.store %v2469, %v252 : f32, !llvm.ptr
              %v2470 = arith.constant 1 : i64
              %v2471 = llvm.getelementptr %in_lam_re[%v2470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2472 = llvm.load %v2471 : !llvm.ptr -> f32
              %v2473 = arith.constant 1 : i64
              %v2474 = llvm.getelementptr %in_log_dt[%v2473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2475 = llvm.load %v2474 : !llvm.ptr -> f32
              %v2476 = arith.mulf %v2475, %v2441 fastmath<contract> : f32
              %v2477 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2476) : (f32) -> f32
              %v2478 = arith.mulf %v2472, %v2477 fastmath<contract> : f32
              %v2479 = arith.mulf %v2478, %v2441 fastmath<contract> : f32
              %v2480 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2479) : (f32) -> f32
              %v2481 = arith.constant 1 : i64
              %v2482 = llvm.getelementptr %in_lam_im[%v2481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
              %v2484 = arith.mulf %v2483, %v2477 fastmath<contract> : f32
              %v2485 = arith.mulf %v2484, %v2451 fastmath<contract> : f32
              %v2486 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2485) : (f32) -> f32
              %v2487 = arith.mulf %v2486, %v2454 fastmath<contract> : f32
              %v2488 = arith.subf %v2484, %v2487 fastmath<contract> : f32
              %v2489 = arith.mulf %v2486, %v2455 fastmath<contract> : f32
              %v2490 = arith.subf %v2488, %v2489 fastmath<contract> : f32
              %v2491 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2490) : (f32) -> f32
              %v2492 = arith.mulf %v2480, %v2491 fastmath<contract> : f32
              llvm.store %v2492, %v191 : f32, !llvm.ptr
              %v2493 = arith.mulf %v2484, %v2451 fastmath<contract> : f32
              %v2494 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2493) : (f32) -> f32
              %v2495 = arith.mulf %v2494, %v2454 fastmath<contract> : f32
              %v2496 = arith.subf %v2484, %v2495 fastmath<contract> : f32
              %v2497 = arith.mulf %v2494, %v2455 fastmath<contract> : f32
              %v2498 = arith.subf %v2496, %v2497 fastmath<contract> : f32
              %v2499 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2498) : (f32) -> f32
              %v2500 = arith.mulf %v2480, %v2499 fastmath<contract> : f32
              llvm.store %v2500, %v254 : f32, !llvm.ptr
              %v2501 = arith.constant 2 : i64
              %v2502 = llvm.getelementptr %in_lam_re[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2503 = llvm.load %v2502 : !llvm.ptr -> f32
              %v2504 = arith.constant 2 : i64
              %v2505 = llvm.getelementptr %in_log_dt[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2506 = llvm.load %v2505 : !llvm.ptr -> f32
              %v2507 = arith.mulf %v2506, %v2441 fastmath<contract> : f32
              %v2508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2507) : (f32) -> f32
              %v2509 = arith.mulf %v2503, %v2508 fastmath<contract> : f32
              %v2510 = arith.mulf %v2509, %v2441 fastmath<contract> : f32
              %v2511 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2510) : (f32) -> f32
              %v2512 = arith.constant 2 : i64
              %v2513 = llvm.getelementptr %in_lam_im[%v2512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2514 = llvm.load %v2513 : !llvm.ptr -> f32
              %v2515 = arith.mulf %v2514, %v2508 fastmath<contract> : f32
              %v2516 = arith.mulf %v2515, %v2451 fastmath<contract> : f32
              %v2517 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2516) : (f32) -> f32
              %v2518 = arith.mulf %v2517, %v2454 fastmath<contract> : f32
              %v2519 = arith.subf %v2515, %v2518 fastmath<contract> : f32
              %v2520 = arith.mulf %v2517, %v2455 fastmath<contract> : f32
              %v2521 = arith.subf %v2519, %v2520 fastmath<contract> : f32
              %v2522 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2521) : (f32) -> f32
              %v2523 = arith.mulf %v2511, %v2522 fastmath<contract> : f32
              llvm.store %v2523, %v193 : f32, !llvm.ptr
              %v2524 = arith.mulf %v2515, %v2451 fastmath<contract> : f32
              %v2525 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2524) : (f32) -> f32
              %v2526 = arith.mulf %v2525, %v2454 fastmath<contract> : f32
              %v2527 = arith.subf %v2515, %v2526 fastmath<contract> : f32
              %v2528 = arith.mulf %v2525, %v2455 fastmath<contract> : f32
              %v2529 = arith.subf %v2527, %v2528 fastmath<contract> : f32
              %v2530 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2529) : (f32) -> f32
              %v2531 = arith.mulf %v2511, %v2530 fastmath<contract> : f32
              llvm.store %v2531, %v256 : f32, !llvm.ptr
              %v2532 = arith.constant 3 : i64
              %v2533 = llvm.getelementptr %in_lam_re[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2534 = llvm.load %v2533 : !llvm.ptr -> f32
              %v2535 = arith.constant 3 : i64
              %v2536 = llvm.getelementptr %in_log_dt[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2537 = llvm.load %v2536 : !llvm.ptr -> f32
              %v2538 = arith.mulf %v2537, %v2441 fastmath<contract> : f32
              %v2539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2538) : (f32) -> f32
              %v2540 = arith.mulf %v2534, %v2539 fastmath<contract> : f32
              %v2541 = arith.mulf %v2540, %v2441 fastmath<contract> : f32
              %v2542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2541) : (f32) -> f32
              %v2543 = arith.constant 3 : i64
              %v2544 = llvm.getelementptr %in_lam_im[%v2543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
              %v2546 = arith.mulf %v2545, %v2539 fastmath<contract> : f32
              %v2547 = arith.mulf %v2546, %v2451 fastmath<contract> : f32
              %v2548 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2547) : (f32) -> f32
              %v2549 = arith.mulf %v2548, %v2454 fastmath<contract> : f32
              %v2550 = arith.subf %v2546, %v2549 fastmath<contract> : f32
              %v2551 = arith.mulf %v2548, %v2455 fastmath<contract> : f32
              %v2552 = arith.subf %v2550, %v2551 fastmath<contract> : f32
              %v2553 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2552) : (f32) -> f32
              %v2554 = arith.mulf %v2542, %v2553 fastmath<contract> : f32
              llvm.store %v2554, %v195 : f32, !llvm.ptr
              %v2555 = arith.mulf %v2546, %v2451 fastmath<contract> : f32
              %v2556 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2555) : (f32) -> f32
              %v2557 = arith.mulf %v2556, %v2454 fastmath<contract> : f32
              %v2558 = arith.subf %v2546, %v2557 fastmath<contract> : f32
              %v2559 = arith.mulf %v2556, %v2455 fastmath<contract> : f32
              %v2560 = arith.subf %v2558, %v2559 fastmath<contract> : f32
              %v2561 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2560) : (f32) -> f32
              %v2562 = arith.mulf %v2542, %v2561 fastmath<contract> : f32
              llvm.store %v2562, %v258 : f32, !llvm.ptr
              %v2563 = arith.constant 4 : i64
              %v2564 = llvm.getelementptr %in_lam_re[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
              %v2566 = arith.constant 4 : i64
              %v2567 = llvm.getelementptr %in_log_dt[%v2566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2568 = llvm.load %v2567 : !llvm.ptr -> f32
              %v2569 = arith.mulf %v2568, %v2441 fastmath<contract> : f32
              %v2570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2569) : (f32) -> f32
              %v2571 = arith.mulf %v2565, %v2570 fastmath<contract> : f32
              %v2572 = arith.mulf %v2571, %v2441 fastmath<contract> : f32
              %v2573 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2572) : (f32) -> f32
              %v2574 = arith.constant 4 : i64
              %v2575 = llvm.getelementptr %in_lam_im[%v2574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2576 = llvm.load %v2575 : !llvm.ptr -> f32
              %v2577 = arith.mulf %v2576, %v2570 fastmath<contract> : f32
              %v2578 = arith.mulf %v2577, %v2451 fastmath<contract> : f32
              %v2579 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2578) : (f32) -> f32
              %v2580 = arith.mulf %v2579, %v2454 fastmath<contract> : f32
              %v2581 = arith.subf %v2577, %v2580 fastmath<contract> : f32
              %v2582 = arith.mulf %v2579, %v2455 fastmath<contract> : f32
              %v2583 = arith.subf %v2581, %v2582 fastmath<contract> : f32
              %v2584 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2583) : (f32) -> f32
              %v2585 = arith.mulf %v2573, %v2584 fastmath<contract> : f32
              llvm.store %v2585, %v197 : f32, !llvm.ptr
              %v2586 = arith.mulf %v2577, %v2451 fastmath<contract> : f32
              %v2587 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2586) : (f32) -> f32
              %v2588 = arith.mulf %v2587, %v2454 fastmath<contract> : f32
              %v2589 = arith.subf %v2577, %v2588 fastmath<contract> : f32
              %v2590 = arith.mulf %v2587, %v2455 fastmath<contract> : f32
              %v2591 = arith.subf %v2589, %v2590 fastmath<contract> : f32
              %v2592 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2591) : (f32) -> f32
              %v2593 = arith.mulf %v2573, %v2592 fastmath<contract> : f32
              llvm.store %v2593, %v260 : f32, !llvm.ptr
              %v2594 = arith.constant 5 : i64
              %v2595 = llvm.getelementptr %in_lam_re[%v2594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2596 = llvm.load %v2595 : !llvm.ptr -> f32
              %v2597 = arith.constant 5 : i64
              %v2598 = llvm.getelementptr %in_log_dt[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2599 = llvm.load %v2598 : !llvm.ptr -> f32
              %v2600 = arith.mulf %v2599, %v2441 fastmath<contract> : f32
              %v2601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2600) : (f32) -> f32
              %v2602 = arith.mulf %v2596, %v2601 fastmath<contract> : f32
              %v2603 = arith.mulf %v2602, %v2441 fastmath<contract> : f32
              %v2604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2603) : (f32) -> f32
              %v2605 = arith.constant 5 : i64
              %v2606 = llvm.getelementptr %in_lam_im[%v2605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2607 = llvm.load %v2606 : !llvm.ptr -> f32
              %v2608 = arith.mulf %v2607, %v2601 fastmath<contract> : f32
              %v2609 = arith.mulf %v2608, %v2451 fastmath<contract> : f32
              %v2610 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2609) : (f32) -> f32
              %v2611 = arith.mulf %v2610, %v2454 fastmath<contract> : f32
              %v2612 = arith.subf %v2608, %v2611 fastmath<contract> : f32
              %v2613 = arith.mulf %v2610, %v2455 fastmath<contract> : f32
              %v2614 = arith.subf %v2612, %v2613 fastmath<contract> : f32
              %v2615 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2614) : (f32) -> f32
              %v2616 = arith.mulf %v2604, %v2615 fastmath<contract> : f32
              llvm.store %v2616, %v199 : f32, !llvm.ptr
              %v2617 = arith.mulf %v2608, %v2451 fastmath<contract> : f32
              %v2618 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2617) : (f32) -> f32
              %v2619 = arith.mulf %v2618, %v2454 fastmath<contract> : f32
              %v2620 = arith.subf %v2608, %v2619 fastmath<contract> : f32
              %v2621 = arith.mulf %v2618, %v2455 fastmath<contract> : f32
              %v2622 = arith.subf %v2620, %v2621 fastmath<contract> : f32
              %v2623 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2622) : (f32) -> f32
              %v2624 = arith.mulf %v2604, %v2623 fastmath<contract> : f32
              llvm.store %v2624, %v262 : f32, !llvm.ptr
              %v2625 = arith.constant 6 : i64
              %v2626 = llvm.getelementptr %in_lam_re[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2627 = llvm.load %v2626 : !llvm.ptr -> f32
              %v2628 = arith.constant 6 : i64
              %v2629 = llvm.getelementptr %in_log_dt[%v2628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
              %v2631 = arith.mulf %v2630, %v2441 fastmath<contract> : f32
              %v2632 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2631) : (f32) -> f32
              %v2633 = arith.mulf %v2627, %v2632 fastmath<contract> : f32
              %v2634 = arith.mulf %v2633, %v2441 fastmath<contract> : f32
              %v2635 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2634) : (f32) -> f32
              %v2636 = arith.constant 6 : i64
              %v2637 = llvm.getelementptr %in_lam_im[%v2636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2638 = llvm.load %v2637 : !llvm.ptr -> f32
              %v2639 = arith.mulf %v2638, %v2632 fastmath<contract> : f32
              %v2640 = arith.mulf %v2639, %v2451 fastmath<contract> : f32
              %v2641 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2640) : (f32) -> f32
              %v2642 = arith.mulf %v2641, %v2454 fastmath<contract> : f32
              %v2643 = arith.subf %v2639, %v2642 fastmath<contract> : f32
              %v2644 = arith.mulf %v2641, %v2455 fastmath<contract> : f32
              %v2645 = arith.subf %v2643, %v2644 fastmath<contract> : f32
              %v2646 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2645) : (f32) -> f32
              %v2647 = arith.mulf %v2635, %v2646 fastmath<contract> : f32
              llvm.store %v2647, %v201 : f32, !llvm.ptr
              %v2648 = arith.mulf %v2639, %v2451 fastmath<contract> : f32
              %v2649 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2648) : (f32) -> f32
              %v2650 = arith.mulf %v2649, %v2454 fastmath<contract> : f32
              %v2651 = arith.subf %v2639, %v2650 fastmath<contract> : f32
              %v2652 = arith.mulf %v2649, %v2455 fastmath<contract> : f32
              %v2653 = arith.subf %v2651, %v2652 fastmath<contract> : f32
              %v2654 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2653) : (f32) -> f32
              %v2655 = arith.mulf %v2635, %v2654 fastmath<contract> : f32
              llvm.store %v2655, %v264 : f32, !llvm.ptr
              %v2656 = arith.constant 7 : i64
              %v2657 = llvm.getelementptr %in_lam_re[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
              %v2659 = arith.constant 7 : i64
              %v2660 = llvm.getelementptr %in_log_dt[%v2659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2661 = llvm.load %v2660 : !llvm.ptr -> f32
              %v2662 = arith.mulf %v2661, %v2441 fastmath<contract> : f32
              %v2663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2662) : (f32) -> f32
              %v2664 = arith.mulf %v2658, %v2663 fastmath<contract> : f32
              %v2665 = arith.mulf %v2664, %v2441 fastmath<contract> : f32
              %v2666 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2665) : (f32) -> f32
              %v2667 = arith.constant 7 : i64
              %v2668 = llvm.getelementptr %in_lam_im[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2669 = llvm.load %v2668 : !llvm.ptr -> f32
              %v2670 = arith.mulf %v2669, %v2663 fastmath<contract> : f32
              %v2671 = arith.mulf %v2670, %v2451 fastmath<contract> : f32
              %v2672 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2671) : (f32) -> f32
              %v2673 = arith.mulf %v2672, %v2454 fastmath<contract> : f32
              %v2674 = arith.subf %v2670, %v2673 fastmath<contract> : f32
              %v2675 = arith.mulf %v2672, %v2455 fastmath<contract> : f32
              %v2676 = arith.subf %v2674, %v2675 fastmath<contract> : f32
              %v2677 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2676) : (f32) -> f32
              %v2678 = arith.mulf %v2666, %v2677 fastmath<contract> : f32
              llvm.store %v2678, %v203 : f32, !llvm.ptr
              %v2679 = arith.mulf %v2670, %v2451 fastmath<contract> : f32
              %v2680 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2679) : (f32) -> f32
              %v2681 = arith.mulf %v2680, %v2454 fastmath<contract> : f32
              %v2682 = arith.subf %v2670, %v2681 fastmath<contract> : f32
              %v2683 = arith.mulf %v2680, %v2455 fastmath<contract> : f32
              %v2684 = arith.subf %v2682, %v2683 fastmath<contract> : f32
              %v2685 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2684) : (f32) -> f32
              %v2686 = arith.mulf %v2666, %v2685 fastmath<contract> : f32
              llvm.store %v2686, %v266 : f32, !llvm.ptr
              %v2687 = arith.constant 8 : i64
              %v2688 = llvm.getelementptr %in_lam_re[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2689 = llvm.load %v2688 : !llvm.ptr -> f32
              %v2690 = arith.constant 8 : i64
              %v2691 = llvm.getelementptr %in_log_dt[%v2690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2692 = llvm.load %v2691 : !llvm.ptr -> f32
              %v2693 = arith.mulf %v2692, %v2441 fastmath<contract> : f32
              %v2694 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2693) : (f32) -> f32
              %v2695 = arith.mulf %v2689, %v2694 fastmath<contract> : f32
              %v2696 = arith.mulf %v2695, %v2441 fastmath<contract> : f32
              %v2697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2696) : (f32) -> f32
              %v2698 = arith.constant 8 : i64
              %v2699 = llvm.getelementptr %in_lam_im[%v2698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2700 = llvm.load %v2699 : !llvm.ptr -> f32
              %v2701 = arith.mulf %v2700, %v2694 fastmath<contract> : f32
              %v2702 = arith.mulf %v2701, %v2451 fastmath<contract> : f32
              %v2703 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2702) : (f32) -> f32
              %v2704 = arith.mulf %v2703, %v2454 fastmath<contract> : f32
              %v2705 = arith.subf %v2701, %v2704 fastmath<contract> : f32
              %v2706 = arith.mulf %v2703, %v2455 fastmath<contract> : f32
              %v2707 = arith.subf %v2705, %v2706 fastmath<contract> : f32
              %v2708 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2707) : (f32) -> f32
              %v2709 = arith.mulf %v2697, %v2708 fastmath<contract> : f32
              llvm.store %v2709, %v205 : f32, !llvm.ptr
              %v2710 = arith.mulf %v2701, %v2451 fastmath<contract> : f32
              %v2711 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2710) : (f32) -> f32
              %v2712 = arith.mulf %v2711, %v2454 fastmath<contract> : f32
              %v2713 = arith.subf %v2701, %v2712 fastmath<contract> : f32
              %v2714 = arith.mulf %v2711, %v2455 fastmath<contract> : f32
              %v2715 = arith.subf %v2713, %v2714 fastmath<contract> : f32
              %v2716 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2715) : (f32) -> f32
              %v2717 = arith.mulf %v2697, %v2716 fastmath<contract> : f32
              llvm.store %v2717, %v268 : f32, !llvm.ptr
              %v2718 = arith.constant 9 : i64
              %v2719 = llvm.getelementptr %in_lam_re[%v2718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
              %v2721 = arith.constant 9 : i64
              %v2722 = llvm.getelementptr %in_log_dt[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2723 = llvm.load %v2722 : !llvm.ptr -> f32
              %v2724 = arith.mulf %v2723, %v2441 fastmath<contract> : f32
              %v2725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2724) : (f32) -> f32
              %v2726 = arith.mulf %v2720, %v2725 fastmath<contract> : f32
              %v2727 = arith.mulf %v2726, %v2441 fastmath<contract> : f32
              %v2728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2727) : (f32) -> f32
              %v2729 = arith.constant 9 : i64
              %v2730 = llvm.getelementptr %in_lam_im[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2731 = llvm.load %v2730 : !llvm.ptr -> f32
              %v2732 = arith.mulf %v2731, %v2725 fastmath<contract> : f32
              %v2733 = arith.mulf %v2732, %v2451 fastmath<contract> : f32
              %v2734 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2733) : (f32) -> f32
              %v2735 = arith.mulf %v2734, %v2454 fastmath<contract> : f32
              %v2736 = arith.subf %v2732, %v2735 fastmath<contract> : f32
              %v2737 = arith.mulf %v2734, %v2455 fastmath<contract> : f32
              %v2738 = arith.subf %v2736, %v2737 fastmath<contract> : f32
              %v2739 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2738) : (f32) -> f32
              %v2740 = arith.mulf %v2728, %v2739 fastmath<contract> : f32
              llvm.store %v2740, %v207 : f32, !llvm.ptr
              %v2741 = arith.mulf %v2732, %v2451 fastmath<contract> : f32
              %v2742 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2741) : (f32) -> f32
              %v2743 = arith.mulf %v2742, %v2454 fastmath<contract> : f32
              %v2744 = arith.subf %v2732, %v2743 fastmath<contract> : f32
              %v2745 = arith.mulf %v2742, %v2455 fastmath<contract> : f32
              %v2746 = arith.subf %v2744, %v2745 fastmath<contract> : f32
              %v2747 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2746) : (f32) -> f32
              %v2748 = arith.mulf %v2728, %v2747 fastmath<contract> : f32
              llvm.store %v2748, %v270 : f32, !llvm.ptr
              %v2749 = arith.constant 10 : i64
              %v2750 = llvm.getelementptr %in_lam_re[%v2749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2751 = llvm.load %v2750 : !llvm.ptr -> f32
              %v2752 = arith.constant 10 : i64
              %v2753 = llvm.getelementptr %in_log_dt[%v2752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2754 = llvm.load %v2753 : !llvm.ptr -> f32
              %v2755 = arith.mulf %v2754, %v2441 fastmath<contract> : f32
              %v2756 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2755) : (f32) -> f32
              %v2757 = arith.mulf %v2751, %v2756 fastmath<contract> : f32
              %v2758 = arith.mulf %v2757, %v2441 fastmath<contract> : f32
              %v2759 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2758) : (f32) -> f32
              %v2760 = arith.constant 10 : i64
              %v2761 = llvm.getelementptr %in_lam_im[%v2760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2762 = llvm.load %v2761 : !llvm.ptr -> f32
              %v2763 = arith.mulf %v2762, %v2756 fastmath<contract> : f32
              %v2764 = arith.mulf %v2763, %v2451 fastmath<contract> : f32
              %v2765 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2764) : (f32) -> f32
              %v2766 = arith.mulf %v2765, %v2454 fastmath<contract> : f32
              %v2767 = arith.subf %v2763, %v2766 fastmath<contract> : f32
              %v2768 = arith.mulf %v2765, %v2455 fastmath<contract> : f32
              %v2769 = arith.subf %v2767, %v2768 fastmath<contract> : f32
              %v2770 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2769) : (f32) -> f32
              %v2771 = arith.mulf %v2759, %v2770 fastmath<contract> : f32
              llvm.store %v2771, %v209 : f32, !llvm.ptr
              %v2772 = arith.mulf %v2763, %v2451 fastmath<contract> : f32
              %v2773 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2772) : (f32) -> f32
              %v2774 = arith.mulf %v2773, %v2454 fastmath<contract> : f32
              %v2775 = arith.subf %v2763, %v2774 fastmath<contract> : f32
              %v2776 = arith.mulf %v2773, %v2455 fastmath<contract> : f32
              %v2777 = arith.subf %v2775, %v2776 fastmath<contract> : f32
              %v2778 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2777) : (f32) -> f32
              %v2779 = arith.mulf %v2759, %v2778 fastmath<contract> : f32
              llvm.store %v2779, %v272 : f32, !llvm.ptr
              %v2780 = arith.constant 11 : i64
              %v2781 = llvm.getelementptr %in_lam_re[%v2780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2782 = llvm.load %v2781 : !llvm.ptr -> f32
              %v2783 = arith.constant 11 : i64
              %v2784 = llvm.getelementptr %in_log_dt[%v2783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
              %v2786 = arith.mulf %v2785, %v2441 fastmath<contract> : f32
              %v2787 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2786) : (f32) -> f32
              %v2788 = arith.mulf %v2782, %v2787 fastmath<contract> : f32
              %v2789 = arith.mulf %v2788, %v2441 fastmath<contract> : f32
              %v2790 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2789) : (f32) -> f32
              %v2791 = arith.constant 11 : i64
              %v2792 = llvm.getelementptr %in_lam_im[%v2791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
              %v2794 = arith.mulf %v2793, %v2787 fastmath<contract> : f32
              %v2795 = arith.mulf %v2794, %v2451 fastmath<contract> : f32
              %v2796 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2795) : (f32) -> f32
              %v2797 = arith.mulf %v2796, %v2454 fastmath<contract> : f32
              %v2798 = arith.subf %v2794, %v2797 fastmath<contract> : f32
              %v2799 = arith.mulf %v2796, %v2455 fastmath<contract> : f32
              %v2800 = arith.subf %v2798, %v2799 fastmath<contract> : f32
              %v2801 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2800) : (f32) -> f32
              %v2802 = arith.mulf %v2790, %v2801 fastmath<contract> : f32
              llvm.store %v2802, %v211 : f32, !llvm.ptr
              %v2803 = arith.mulf %v2794, %v2451 fastmath<contract> : f32
              %v2804 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2803) : (f32) -> f32
              %v2805 = arith.mulf %v2804, %v2454 fastmath<contract> : f32
              %v2806 = arith.subf %v2794, %v2805 fastmath<contract> : f32
              %v2807 = arith.mulf %v2804, %v2455 fastmath<contract> : f32
              %v2808 = arith.subf %v2806, %v2807 fastmath<contract> : f32
              %v2809 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2808) : (f32) -> f32
              %v2810 = arith.mulf %v2790, %v2809 fastmath<contract> : f32
              llvm.store %v2810, %v274 : f32, !llvm.ptr
              %v2811 = arith.constant 12 : i64
              %v2812 = llvm.getelementptr %in_lam_re[%v2811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2813 = llvm.load %v2812 : !llvm.ptr -> f32
              %v2814 = arith.constant 12 : i64
              %v2815 = llvm.getelementptr %in_log_dt[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
              %v2817 = arith.mulf %v2816, %v2441 fastmath<contract> : f32
              %v2818 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2817) : (f32) -> f32
              %v2819 = arith.mulf %v2813, %v2818 fastmath<contract> : f32
              %v2820 = arith.mulf %v2819, %v2441 fastmath<contract> : f32
              %v2821 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2820) : (f32) -> f32
              %v2822 = arith.constant 12 : i64
              %v2823 = llvm.getelementptr %in_lam_im[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2824 = llvm.load %v2823 : !llvm.ptr -> f32
              %v2825 = arith.mulf %v2824, %v2818 fastmath<contract> : f32
              %v2826 = arith.mulf %v2825, %v2451 fastmath<contract> : f32
              %v2827 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2826) : (f32) -> f32
              %v2828 = arith.mulf %v2827, %v2454 fastmath<contract> : f32
              %v2829 = arith.subf %v2825, %v2828 fastmath<contract> : f32
              %v2830 = arith.mulf %v2827, %v2455 fastmath<contract> : f32
              %v2831 = arith.subf %v2829, %v2830 fastmath<contract> : f32
              %v2832 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2831) : (f32) -> f32
              %v2833 = arith.mulf %v2821, %v2832 fastmath<contract> : f32
              llvm.store %v2833, %v213 : f32, !llvm.ptr
              %v2834 = arith.mulf %v2825, %v2451 fastmath<contract> : f32
              %v2835 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2834) : (f32) -> f32
              %v2836 = arith.mulf %v2835, %v2454 fastmath<contract> : f32
              %v2837 = arith.subf %v2825, %v2836 fastmath<contract> : f32
              %v2838 = arith.mulf %v2835, %v2455 fastmath<contract> : f32
              %v2839 = arith.subf %v2837, %v2838 fastmath<contract> : f32
              %v2840 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2839) : (f32) -> f32
              %v2841 = arith.mulf %v2821, %v2840 fastmath<contract> : f32
              llvm.store %v2841, %v276 : f32, !llvm.ptr
              %v2842 = arith.constant 13 : i64
              %v2843 = llvm.getelementptr %in_lam_re[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2844 = llvm.load %v2843 : !llvm.ptr -> f32
              %v2845 = arith.constant 13 : i64
              %v2846 = llvm.getelementptr %in_log_dt[%v2845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2847 = llvm.load %v2846 : !llvm.ptr -> f32
              %v2848 = arith.mulf %v2847, %v2441 fastmath<contract> : f32
              %v2849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2848) : (f32) -> f32
              %v2850 = arith.mulf %v2844, %v2849 fastmath<contract> : f32
              %v2851 = arith.mulf %v2850, %v2441 fastmath<contract> : f32
              %v2852 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2851) : (f32) -> f32
              %v2853 = arith.constant 13 : i64
              %v2854 = llvm.getelementptr %in_lam_im[%v2853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2855 = llvm.load %v2854 : !llvm.ptr -> f32
              %v2856 = arith.mulf %v2855, %v2849 fastmath<contract> : f32
              %v2857 = arith.mulf %v2856, %v2451 fastmath<contract> : f32
              %v2858 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2857) : (f32) -> f32
              %v2859 = arith.mulf %v2858, %v2454 fastmath<contract> : f32
              %v2860 = arith.subf %v2856, %v2859 fastmath<contract> : f32
              %v2861 = arith.mulf %v2858, %v2455 fastmath<contract> : f32
              %v2862 = arith.subf %v2860, %v2861 fastmath<contract> : f32
              %v2863 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2862) : (f32) -> f32
              %v2864 = arith.mulf %v2852, %v2863 fastmath<contract> : f32
              llvm.store %v2864, %v215 : f32, !llvm.ptr
              %v2865 = arith.mulf %v2856, %v2451 fastmath<contract> : f32
              %v2866 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2865) : (f32) -> f32
              %v2867 = arith.mulf %v2866, %v2454 fastmath<contract> : f32
              %v2868 = arith.subf %v2856, %v2867 fastmath<contract> : f32
              %v2869 = arith.mulf %v2866, %v2455 fastmath<contract> : f32
              %v2870 = arith.subf %v2868, %v2869 fastmath<contract> : f32
              %v2871 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2870) : (f32) -> f32
              %v2872 = arith.mulf %v2852, %v2871 fastmath<contract> : f32
              llvm.store %v2872, %v278 : f32, !llvm.ptr
              %v2873 = arith.constant 14 : i64
              %v2874 = llvm.getelementptr %in_lam_re[%v2873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2875 = llvm.load %v2874 : !llvm.ptr -> f32
              %v2876 = arith.constant 14 : i64
              %v2877 = llvm.getelementptr %in_log_dt[%v2876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2878 = llvm.load %v2877 : !llvm.ptr -> f32
              %v2879 = arith.mulf %v2878, %v2441 fastmath<contract> : f32
              %v2880 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2879) : (f32) -> f32
              %v2881 = arith.mulf %v2875, %v2880 fastmath<contract> : f32
              %v2882 = arith.mulf %v2881, %v2441 fastmath<contract> : f32
              %v2883 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2882) : (f32) -> f32
              %v2884 = arith.constant 14 : i64
              %v2885 = llvm.getelementptr %in_lam_im[%v2884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2886 = llvm.load %v2885 : !llvm.ptr -> f32
              %v2887 = arith.mulf %v2886, %v2880 fastmath<contract> : f32
              %v2888 = arith.mulf %v2887, %v2451 fastmath<contract> : f32
              %v2889 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2888) : (f32) -> f32
              %v2890 = arith.mulf %v2889, %v2454 fastmath<contract> : f32
              %v2891 = arith.subf %v2887, %v2890 fastmath<contract> : f32
              %v2892 = arith.mulf %v2889, %v2455 fastmath<contract> : f32
              %v2893 = arith.subf %v2891, %v2892 fastmath<contract> : f32
              %v2894 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2893) : (f32) -> f32
              %v2895 = arith.mulf %v2883, %v2894 fastmath<contract> : f32
              llvm.store %v2895, %v217 : f32, !llvm.ptr
              %v2896 = arith.mulf %v2887, %v2451 fastmath<contract> : f32
              %v2897 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2896) : (f32) -> f32
              %v2898 = arith.mulf %v2897, %v2454 fastmath<contract> : f32
              %v2899 = arith.subf %v2887, %v2898 fastmath<contract> : f32
              %v2900 = arith.mulf %v2897, %v2455 fastmath<contract> : f32
              %v2901 = arith.subf %v2899, %v2900 fastmath<contract> : f32
              %v2902 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2901) : (f32) -> f32
              %v2903 = arith.mulf %v2883, %v2902 fastmath<contract> : f32
              llvm.store %v2903, %v280 : f32, !llvm.ptr
              %v2904 = arith.constant 15 : i64
              %v2905 = llvm.getelementptr %in_lam_re[%v2904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2906 = llvm.load %v2905 : !llvm.ptr -> f32
              %v2907 = arith.constant 15 : i64
              %v2908 = llvm.getelementptr %in_log_dt[%v2907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2909 = llvm.load %v2908 : !llvm.ptr -> f32
              %v2910 = arith.mulf %v2909, %v2441 fastmath<contract> : f32
              %v2911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2910) : (f32) -> f32
              %v2912 = arith.mulf %v2906, %v2911 fastmath<contract> : f32
              %v2913 = arith.mulf %v2912, %v2441 fastmath<contract> : f32
              %v2914 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2913) : (f32) -> f32
              %v2915 = arith.constant 15 : i64
              %v2916 = llvm.getelementptr %in_lam_im[%v2915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2917 = llvm.load %v2916 : !llvm.ptr -> f32
              %v2918 = arith.mulf %v2917, %v2911 fastmath<contract> : f32
              %v2919 = arith.mulf %v2918, %v2451 fastmath<contract> : f32
              %v2920 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2919) : (f32) -> f32
              %v2921 = arith.mulf %v2920, %v2454 fastmath<contract> : f32
              %v2922 = arith.subf %v2918, %v2921 fastmath<contract> : f32
              %v2923 = arith.mulf %v2920, %v2455 fastmath<contract> : f32
              %v2924 = arith.subf %v2922, %v2923 fastmath<contract> : f32
              %v2925 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2924) : (f32) -> f32
              %v2926 = arith.mulf %v2914, %v2925 fastmath<contract> : f32
              llvm.store %v2926, %v219 : f32, !llvm.ptr
              %v2927 = arith.mulf %v2918, %v2451 fastmath<contract> : f32
              %v2928 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2927) : (f32) -> f32
              %v2929 = arith.mulf %v2928, %v2454 fastmath<contract> : f32
              %v2930 = arith.subf %v2918, %v2929 fastmath<contract> : f32
              %v2931 = arith.mulf %v2928, %v2455 fastmath<contract> : f32
              %v2932 = arith.subf %v2930, %v2931 fastmath<contract> : f32
              %v2933 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2932) : (f32) -> f32
              %v2934 = arith.mulf %v2914, %v2933 fastmath<contract> : f32
              llvm.store %v2934, %v282 : f32, !llvm.ptr
              llvm.store %v2461, %v221 : f32, !llvm.ptr
              %v2935 = arith.negf %v2469 : f32
              llvm.store %v2935, %v284 : f32, !llvm.ptr
              llvm.store %v2492, %v223 : f32, !llvm.ptr
              %v2936 = arith.negf %v2500 : f32
              llvm.store %v2936, %v286 : f32, !llvm.ptr
              llvm.store %v2523, %v225 : f32, !llvm.ptr
              %v2937 = arith.negf %v2531 : f32
              llvm.store %v2937, %v288 : f32, !llvm.ptr
              llvm.store %v2554, %v227 : f32, !llvm.ptr
              %v2938 = arith.negf %v2562 : f32
              llvm.store %v2938, %v290 : f32, !llvm.ptr
              llvm.store %v2585, %v229 : f32, !llvm.ptr
              %v2939 = arith.negf %v2593 : f32
              llvm.store %v2939, %v292 : f32, !llvm.ptr
              llvm.store %v2616, %v231 : f32, !llvm.ptr
              %v2940 = arith.negf %v2624 : f32
              llvm.store %v2940, %v294 : f32, !llvm.ptr
              llvm.store %v2647, %v233 : f32, !llvm.ptr
              %v2941 = arith.negf %v2655 : f32
              llvm.store %v2941, %v296 : f32, !llvm.ptr
              llvm.store %v2678, %v235 : f32, !llvm.ptr
              %v2942 = arith.negf %v2686 : f32
              llvm.store %v2942, %v298 : f32, !llvm.ptr
              llvm.store %v2709, %v237 : f32, !llvm.ptr
              %v2943 = arith.negf %v2717 : f32
              llvm.store %v2943, %v300 : f32, !llvm.ptr
              llvm.store %v2740, %v239 : f32, !llvm.ptr
              %v2944 = arith.negf %v2748 : f32
              llvm.store %v2944, %v302 : f32, !llvm.ptr
              llvm.store %v2771, %v241 : f32, !llvm.ptr
              %v2945 = arith.negf %v2779 : f32
              llvm.store %v2945, %v304 : f32, !llvm.ptr
              llvm.store %v2802, %v243 : f32, !llvm.ptr
              %v2946 = arith.negf %v2810 : f32
              llvm.store %v2946, %v306 : f32, !llvm.ptr
              llvm.store %v2833, %v245 : f32, !llvm.ptr
              %v2947 = arith.negf %v2841 : f32
              llvm.store %v2947, %v308 : f32, !llvm.ptr
              llvm.store %v2864, %v247 : f32, !llvm.ptr
              %v2948 = arith.negf %v2872 : f32
              llvm.store %v2948, %v310 : f32, !llvm.ptr
              llvm.store %v2895, %v249 : f32, !llvm.ptr
              %v2949 = arith.negf %v2903 : f32
              llvm.store %v2949, %v312 : f32, !llvm.ptr
              llvm.store %v2926, %v250 : f32, !llvm.ptr
              %v2950 = arith.negf %v2934 : f32
              llvm.store %v2950, %v314 : f32, !llvm.ptr
            }
          }
        }
      }
      scf.if %v114 {
        %v2951 = llvm.load %v128 : !llvm.ptr -> f32
        %v2952 = arith.muli %v110, %v2 : i64
        %v2953 = arith.muli %v2952, %size_B : i64
        %v2954 = arith.subi %size_B, %v3 : i64
        %v2955 = arith.minsi %v113, %v2954 : i64
        %v2956 = arith.addi %v2953, %v2955 : i64
        %v2957 = llvm.getelementptr %segsum_x_re[%v2956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2951, %v2957 : f32, !llvm.ptr
        %v2958 = llvm.load %v931 : !llvm.ptr -> f32
        %v2959 = arith.addi %v7, %v110 : i64
        %v2960 = arith.muli %v2959, %v2 : i64
        %v2961 = arith.muli %v2960, %size_B : i64
        %v2962 = arith.subi %size_B, %v3 : i64
        %v2963 = arith.minsi %v113, %v2962 : i64
        %v2964 = arith.addi %v2961, %v2963 : i64
        %v2965 = llvm.getelementptr %segsum_x_re[%v2964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2958, %v2965 : f32, !llvm.ptr
        %v2966 = llvm.load %v932 : !llvm.ptr -> f32
        %v2967 = arith.muli %v130, %v7 : i64
        %v2968 = arith.addi %v2967, %v110 : i64
        %v2969 = arith.muli %v2968, %v2 : i64
        %v2970 = arith.muli %v2969, %size_B : i64
        %v2971 = arith.subi %size_B, %v3 : i64
        %v2972 = arith.minsi %v113, %v2971 : i64
        %v2973 = arith.addi %v2970, %v2972 : i64
        %v2974 = llvm.getelementptr %segsum_x_re[%v2973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2966, %v2974 : f32, !llvm.ptr
        %v2975 = llvm.load %v189 : !llvm.ptr -> f32
        %v2976 = arith.muli %v132, %v7 : i64
        %v2977 = arith.addi %v2976, %v110 : i64
        %v2978 = arith.muli %v2977, %v2 : i64
        %v2979 = arith.muli %v2978, %size_B : i64
        %v2980 = arith.subi %size_B, %v3 : i64
        %v2981 = arith.minsi %v113, %v2980 : i64
        %v2982 = arith.addi %v2979, %v2981 : i64
        %v2983 = llvm.getelementptr %segsum_x_re[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2975, %v2983 : f32, !llvm.ptr
        %v2984 = llvm.load %v252 : !llvm.ptr -> f32
        %v2985 = arith.muli %v1, %v7 : i64
        %v2986 = arith.addi %v2985, %v110 : i64
        %v2987 = arith.muli %v2986, %v2 : i64
        %v2988 = arith.muli %v2987, %size_B : i64
        %v2989 = arith.subi %size_B, %v3 : i64
        %v2990 = arith.minsi %v113, %v2989 : i64
        %v2991 = arith.addi %v2988, %v2990 : i64
        %v2992 = llvm.getelementptr %segsum_x_re[%v2991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2984, %v2992 : f32, !llvm.ptr
        %v2993 = llvm.load %v129 : !llvm.ptr -> f32
        %v2994 = arith.muli %v110, %v2 : i64
        %v2995 = arith.addi %v2994, %v3 : i64
        %v2996 = arith.muli %v2995, %size_B : i64
        %v2997 = arith.subi %size_B, %v3 : i64
        %v2998 = arith.minsi %v113, %v2997 : i64
        %v2999 = arith.addi %v2996, %v2998 : i64
        %v3000 = llvm.getelementptr %segsum_x_re[%v2999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2993, %v3000 : f32, !llvm.ptr
        %v3001 = llvm.load %v933 : !llvm.ptr -> f32
        %v3002 = arith.addi %v7, %v110 : i64
        %v3003 = arith.muli %v3002, %v2 : i64
        %v3004 = arith.addi %v3003, %v3 : i64
        %v3005 = arith.muli %v3004, %size_B : i64
        %v3006 = arith.subi %size_B, %v3 : i64
        %v3007 = arith.minsi %v113, %v3006 : i64
        %v3008 = arith.addi %v3005, %v3007 : i64
        %v3009 = llvm.getelementptr %segsum_x_re[%v3008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3001, %v3009 : f32, !llvm.ptr
        %v3010 = llvm.load %v934 : !llvm.ptr -> f32
        %v3011 = arith.muli %v130, %v7 : i64
        %v3012 = arith.addi %v3011, %v110 : i64
        %v3013 = arith.muli %v3012, %v2 : i64
        %v3014 = arith.addi %v3013, %v3 : i64
        %v3015 = arith.muli %v3014, %size_B : i64
        %v3016 = arith.subi %size_B, %v3 : i64
        %v3017 = arith.minsi %v113, %v3016 : i64
        %v3018 = arith.addi %v3015, %v3017 : i64
        %v3019 = llvm.getelementptr %segsum_x_re[%v3018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3010, %v3019 : f32, !llvm.ptr
        %v3020 = llvm.load %v191 : !llvm.ptr -> f32
        %v3021 = arith.muli %v132, %v7 : i64
        %v3022 = arith.addi %v3021, %v110 : i64
        %v3023 = arith.muli %v3022, %v2 : i64
        %v3024 = arith.addi %v3023, %v3 : i64
        %v3025 = arith.muli %v3024, %size_B : i64
        %v3026 = arith.subi %size_B, %v3 : i64
        %v3027 = arith.minsi %v113, %v3026 : i64
        %v3028 = arith.addi %v3025, %v3027 : i64
        %v3029 = llvm.getelementptr %segsum_x_re[%v3028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3020, %v3029 : f32, !llvm.ptr
        %v3030 = llvm.load %v254 : !llvm.ptr -> f32
        %v3031 = arith.muli %v1, %v7 : i64
        %v3032 = arith.addi %v3031, %v110 : i64
        %v3033 = arith.muli %v3032, %v2 : i64
        %v3034 = arith.addi %v3033, %v3 : i64
        %v3035 = arith.muli %v3034, %size_B : i64
        %v3036 = arith.subi %size_B, %v3 : i64
        %v3037 = arith.minsi %v113, %v3036 : i64
        %v3038 = arith.addi %v3035, %v3037 : i64
        %v3039 = llvm.getelementptr %segsum_x_re[%v3038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3030, %v3039 : f32, !llvm.ptr
        %v3040 = llvm.load %v131 : !llvm.ptr -> f32
        %v3041 = arith.muli %v110, %v2 : i64
        %v3042 = arith.addi %v3041, %v130 : i64
        %v3043 = arith.muli %v3042, %size_B : i64
        %v3044 = arith.subi %size_B, %v3 : i64
        %v3045 = arith.minsi %v113, %v3044 : i64
        %v3046 = arith.addi %v3043, %v3045 : i64
        %v3047 = llvm.getelementptr %segsum_x_re[%v3046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3040, %v3047 : f32, !llvm.ptr
        %v3048 = llvm.load %v935 : !llvm.ptr -> f32
        %v3049 = arith.addi %v7, %v110 : i64
        %v3050 = arith.muli %v3049, %v2 : i64
        %v3051 = arith.addi %v3050, %v130 : i64
        %v3052 = arith.muli %v3051, %size_B : i64
        %v3053 = arith.subi %size_B, %v3 : i64
        %v3054 = arith.minsi %v113, %v3053 : i64
        %v3055 = arith.addi %v3052, %v3054 : i64
        %v3056 = llvm.getelementptr %segsum_x_re[%v3055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3048, %v3056 : f32, !llvm.ptr
        %v3057 = llvm.load %v936 : !llvm.ptr -> f32
        %v3058 = arith.muli %v130, %v7 : i64
        %v3059 = arith.addi %v3058, %v110 : i64
        %v3060 = arith.muli %v3059, %v2 : i64
        %v3061 = arith.addi %v3060, %v130 : i64
        %v3062 = arith.muli %v3061, %size_B : i64
        %v3063 = arith.subi %size_B, %v3 : i64
        %v3064 = arith.minsi %v113, %v3063 : i64
        %v3065 = arith.addi %v3062, %v3064 : i64
        %v3066 = llvm.getelementptr %segsum_x_re[%v3065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3057, %v3066 : f32, !llvm.ptr
        %v3067 = llvm.load %v193 : !llvm.ptr -> f32
        %v3068 = arith.muli %v132, %v7 : i64
        %v3069 = arith.addi %v3068, %v110 : i64
        %v3070 = arith.muli %v3069, %v2 : i64
        %v3071 = arith.addi %v3070, %v130 : i64
        %v3072 = arith.muli %v3071, %size_B : i64
        %v3073 = arith.subi %size_B, %v3 : i64
        %v3074 = arith.minsi %v113, %v3073 : i64
        %v3075 = arith.addi %v3072, %v3074 : i64
        %v3076 = llvm.getelementptr %segsum_x_re[%v3075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3067, %v3076 : f32, !llvm.ptr
        %v3077 = llvm.load %v256 : !llvm.ptr -> f32
        %v3078 = arith.muli %v1, %v7 : i64
        %v3079 = arith.addi %v3078, %v110 : i64
        %v3080 = arith.muli %v3079, %v2 : i64
        %v3081 = arith.addi %v3080, %v130 : i64
        %v3082 = arith.muli %v3081, %size_B : i64
        %v3083 = arith.subi %size_B, %v3 : i64
        %v3084 = arith.minsi %v113, %v3083 : i64
        %v3085 = arith.addi %v3082, %v3084 : i64
        %v3086 = llvm.getelementptr %segsum_x_re[%v3085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3077, %v3086 : f32, !llvm.ptr
        %v3087 = llvm.load %v133 : !llvm.ptr -> f32
        %v3088 = arith.muli %v110, %v2 : i64
        %v3089 = arith.addi %v3088, %v132 : i64
        %v3090 = arith.muli %v3089, %size_B : i64
        %v3091 = arith.subi %size_B, %v3 : i64
        %v3092 = arith.minsi %v113, %v3091 : i64
        %v3093 = arith.addi %v3090, %v3092 : i64
        %v3094 = llvm.getelementptr %segsum_x_re[%v3093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3087, %v3094 : f32, !llvm.ptr
        %v3095 = llvm.load %v937 : !llvm.ptr -> f32
        %v3096 = arith.addi %v7, %v110 : i64
        %v3097 = arith.muli %v3096, %v2 : i64
        %v3098 = arith.addi %v3097, %v132 : i64
        %v3099 = arith.muli %v3098, %size_B : i64
        %v3100 = arith.subi %size_B, %v3 : i64
        %v3101 = arith.minsi %v113, %v3100 : i64
        %v3102 = arith.addi %v3099, %v3101 : i64
        %v3103 = llvm.getelementptr %segsum_x_re[%v3102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3095, %v3103 : f32, !llvm.ptr
        %v3104 = llvm.load %v938 : !llvm.ptr -> f32
        %v3105 = arith.muli %v130, %v7 : i64
        %v3106 = arith.addi %v3105, %v110 : i64
        %v3107 = arith.muli %v3106, %v2 : i64
        %v3108 = arith.addi %v3107, %v132 : i64
        %v3109 = arith.muli %v3108, %size_B : i64
        %v3110 = arith.subi %size_B, %v3 : i64
        %v3111 = arith.minsi %v113, %v3110 : i64
        %v3112 = arith.addi %v3109, %v3111 : i64
        %v3113 = llvm.getelementptr %segsum_x_re[%v3112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3104, %v3113 : f32, !llvm.ptr
        %v3114 = llvm.load %v195 : !llvm.ptr -> f32
        %v3115 = arith.muli %v132, %v7 : i64
        %v3116 = arith.addi %v3115, %v110 : i64
        %v3117 = arith.muli %v3116, %v2 : i64
        %v3118 = arith.addi %v3117, %v132 : i64
        %v3119 = arith.muli %v3118, %size_B : i64
        %v3120 = arith.subi %size_B, %v3 : i64
        %v3121 = arith.minsi %v113, %v3120 : i64
        %v3122 = arith.addi %v3119, %v3121 : i64
        %v3123 = llvm.getelementptr %segsum_x_re[%v3122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3114, %v3123 : f32, !llvm.ptr
        %v3124 = llvm.load %v258 : !llvm.ptr -> f32
        %v3125 = arith.muli %v1, %v7 : i64
        %v3126 = arith.addi %v3125, %v110 : i64
        %v3127 = arith.muli %v3126, %v2 : i64
        %v3128 = arith.addi %v3127, %v132 : i64
        %v3129 = arith.muli %v3128, %size_B : i64
        %v3130 = arith.subi %size_B, %v3 : i64
        %v3131 = arith.minsi %v113, %v3130 : i64
        %v3132 = arith.addi %v3129, %v3131 : i64
        %v3133 = llvm.getelementptr %segsum_x_re[%v3132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3124, %v3133 : f32, !llvm.ptr
        %v3134 = llvm.load %v134 : !llvm.ptr -> f32
        %v3135 = arith.muli %v110, %v2 : i64
        %v3136 = arith.addi %v3135, %v1 : i64
        %v3137 = arith.muli %v3136, %size_B : i64
        %v3138 = arith.subi %size_B, %v3 : i64
        %v3139 = arith.minsi %v113, %v3138 : i64
        %v3140 = arith.addi %v3137, %v3139 : i64
        %v3141 = llvm.getelementptr %segsum_x_re[%v3140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3134, %v3141 : f32, !llvm.ptr
        %v3142 = llvm.load %v939 : !llvm.ptr -> f32
        %v3143 = arith.addi %v7, %v110 : i64
        %v3144 = arith.muli %v3143, %v2 : i64
        %v3145 = arith.addi %v3144, %v1 : i64
        %v3146 = arith.muli %v3145, %size_B : i64
        %v3147 = arith.subi %size_B, %v3 : i64
        %v3148 = arith.minsi %v113, %v3147 : i64
        %v3149 = arith.addi %v3146, %v3148 : i64
        %v3150 = llvm.getelementptr %segsum_x_re[%v3149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3142, %v3150 : f32, !llvm.ptr
        %v3151 = llvm.load %v940 : !llvm.ptr -> f32
        %v3152 = arith.muli %v130, %v7 : i64
        %v3153 = arith.addi %v3152, %v110 : i64
        %v3154 = arith.muli %v3153, %v2 : i64
        %v3155 = arith.addi %v3154, %v1 : i64
        %v3156 = arith.muli %v3155, %size_B : i64
        %v3157 = arith.subi %size_B, %v3 : i64
        %v3158 = arith.minsi %v113, %v3157 : i64
        %v3159 = arith.addi %v3156, %v3158 : i64
        %v3160 = llvm.getelementptr %segsum_x_re[%v3159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3151, %v3160 : f32, !llvm.ptr
        %v3161 = llvm.load %v197 : !llvm.ptr -> f32
        %v3162 = arith.muli %v132, %v7 : i64
        %v3163 = arith.addi %v3162, %v110 : i64
        %v3164 = arith.muli %v3163, %v2 : i64
        %v3165 = arith.addi %v3164, %v1 : i64
        %v3166 = arith.muli %v3165, %size_B : i64
        %v3167 = arith.subi %size_B, %v3 : i64
        %v3168 = arith.minsi %v113, %v3167 : i64
        %v3169 = arith.addi %v3166, %v3168 : i64
        %v3170 = llvm.getelementptr %segsum_x_re[%v3169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3161, %v3170 : f32, !llvm.ptr
        %v3171 = llvm.load %v260 : !llvm.ptr -> f32
        %v3172 = arith.muli %v1, %v7 : i64
        %v3173 = arith.addi %v3172, %v110 : i64
        %v3174 = arith.muli %v3173, %v2 : i64
        %v3175 = arith.addi %v3174, %v1 : i64
        %v3176 = arith.muli %v3175, %size_B : i64
        %v3177 = arith.subi %size_B, %v3 : i64
        %v3178 = arith.minsi %v113, %v3177 : i64
        %v3179 = arith.addi %v3176, %v3178 : i64
        %v3180 = llvm.getelementptr %segsum_x_re[%v3179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3171, %v3180 : f32, !llvm.ptr
        %v3181 = llvm.load %v136 : !llvm.ptr -> f32
        %v3182 = arith.muli %v110, %v2 : i64
        %v3183 = arith.addi %v3182, %v135 : i64
        %v3184 = arith.muli %v3183, %size_B : i64
        %v3185 = arith.subi %size_B, %v3 : i64
        %v3186 = arith.minsi %v113, %v3185 : i64
        %v3187 = arith.addi %v3184, %v3186 : i64
        %v3188 = llvm.getelementptr %segsum_x_re[%v3187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3181, %v3188 : f32, !llvm.ptr
        %v3189 = llvm.load %v941 : !llvm.ptr -> f32
        %v3190 = arith.addi %v7, %v110 : i64
        %v3191 = arith.muli %v3190, %v2 : i64
        %v3192 = arith.addi %v3191, %v135 : i64
        %v3193 = arith.muli %v3192, %size_B : i64
        %v3194 = arith.subi %size_B, %v3 : i64
        %v3195 = arith.minsi %v113, %v3194 : i64
        %v3196 = arith.addi %v3193, %v3195 : i64
        %v3197 = llvm.getelementptr %segsum_x_re[%v3196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3189, %v3197 : f32, !llvm.ptr
        %v3198 = llvm.load %v942 : !llvm.ptr -> f32
        %v3199 = arith.muli %v130, %v7 : i64
        %v3200 = arith.addi %v3199, %v110 : i64
        %v3201 = arith.muli %v3200, %v2 : i64
        %v3202 = arith.addi %v3201, %v135 : i64
        %v3203 = arith.muli %v3202, %size_B : i64
        %v3204 = arith.subi %size_B, %v3 : i64
        %v3205 = arith.minsi %v113, %v3204 : i64
        %v3206 = arith.addi %v3203, %v3205 : i64
        %v3207 = llvm.getelementptr %segsum_x_re[%v3206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3198, %v3207 : f32, !llvm.ptr
        %v3208 = llvm.load %v199 : !llvm.ptr -> f32
        %v3209 = arith.muli %v132, %v7 : i64
        %v3210 = arith.addi %v3209, %v110 : i64
        %v3211 = arith.muli %v3210, %v2 : i64
        %v3212 = arith.addi %v3211, %v135 : i64
        %v3213 = arith.muli %v3212, %size_B : i64
        %v3214 = arith.subi %size_B, %v3 : i64
        %v3215 = arith.minsi %v113, %v3214 : i64
        %v3216 = arith.addi %v3213, %v3215 : i64
        %v3217 = llvm.getelementptr %segsum_x_re[%v3216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3208, %v3217 : f32, !llvm.ptr
        %v3218 = llvm.load %v262 : !llvm.ptr -> f32
        %v3219 = arith.muli %v1, %v7 : i64
        %v3220 = arith.addi %v3219, %v110 : i64
        %v3221 = arith.muli %v3220, %v2 : i64
        %v3222 = arith.addi %v3221, %v135 : i64
        %v3223 = arith.muli %v3222, %size_B : i64
        %v3224 = arith.subi %size_B, %v3 : i64
        %v3225 = arith.minsi %v113, %v3224 : i64
        %v3226 = arith.addi %v3223, %v3225 : i64
        %v3227 = llvm.getelementptr %segsum_x_re[%v3226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3218, %v3227 : f32, !llvm.ptr
        %v3228 = llvm.load %v138 : !llvm.ptr -> f32
        %v3229 = arith.muli %v110, %v2 : i64
        %v3230 = arith.addi %v3229, %v137 : i64
        %v3231 = arith.muli %v3230, %size_B : i64
        %v3232 = arith.subi %size_B, %v3 : i64
        %v3233 = arith.minsi %v113, %v3232 : i64
        %v3234 = arith.addi %v3231, %v3233 : i64
        %v3235 = llvm.getelementptr %segsum_x_re[%v3234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3228, %v3235 : f32, !llvm.ptr
        %v3236 = llvm.load %v943 : !llvm.ptr -> f32
        %v3237 = arith.addi %v7, %v110 : i64
        %v3238 = arith.muli %v3237, %v2 : i64
        %v3239 = arith.addi %v3238, %v137 : i64
        %v3240 = arith.muli %v3239, %size_B : i64
        %v3241 = arith.subi %size_B, %v3 : i64
        %v3242 = arith.minsi %v113, %v3241 : i64
        %v3243 = arith.addi %v3240, %v3242 : i64
        %v3244 = llvm.getelementptr %segsum_x_re[%v3243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3236, %v3244 : f32, !llvm.ptr
        %v3245 = llvm.load %v944 : !llvm.ptr -> f32
        %v3246 = arith.muli %v130, %v7 : i64
        %v3247 = arith.addi %v3246, %v110 : i64
        %v3248 = arith.muli %v3247, %v2 : i64
        %v3249 = arith.addi %v3248, %v137 : i64
        %v3250 = arith.muli %v3249, %size_B : i64
        %v3251 = arith.subi %size_B, %v3 : i64
        %v3252 = arith.minsi %v113, %v3251 : i64
        %v3253 = arith.addi %v3250, %v3252 : i64
        %v3254 = llvm.getelementptr %segsum_x_re[%v3253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3245, %v3254 : f32, !llvm.ptr
        %v3255 = llvm.load %v201 : !llvm.ptr -> f32
        %v3256 = arith.muli %v132, %v7 : i64
        %v3257 = arith.addi %v3256, %v110 : i64
        %v3258 = arith.muli %v3257, %v2 : i64
        %v3259 = arith.addi %v3258, %v137 : i64
        %v3260 = arith.muli %v3259, %size_B : i64
        %v3261 = arith.subi %size_B, %v3 : i64
        %v3262 = arith.minsi %v113, %v3261 : i64
        %v3263 = arith.addi %v3260, %v3262 : i64
        %v3264 = llvm.getelementptr %segsum_x_re[%v3263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3255, %v3264 : f32, !llvm.ptr
        %v3265 = llvm.load %v264 : !llvm.ptr -> f32
        %v3266 = arith.muli %v1, %v7 : i64
        %v3267 = arith.addi %v3266, %v110 : i64
        %v3268 = arith.muli %v3267, %v2 : i64
        %v3269 = arith.addi %v3268, %v137 : i64
        %v3270 = arith.muli %v3269, %size_B : i64
        %v3271 = arith.subi %size_B, %v3 : i64
        %v3272 = arith.minsi %v113, %v3271 : i64
        %v3273 = arith.addi %v3270, %v3272 : i64
        %v3274 = llvm.getelementptr %segsum_x_re[%v3273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3265, %v3274 : f32, !llvm.ptr
        %v3275 = llvm.load %v140 : !llvm.ptr -> f32
        %v3276 = arith.muli %v110, %v2 : i64
        %v3277 = arith.addi %v3276, %v139 : i64
        %v3278 = arith.muli %v3277, %size_B : i64
        %v3279 = arith.subi %size_B, %v3 : i64
        %v3280 = arith.minsi %v113, %v3279 : i64
        %v3281 = arith.addi %v3278, %v3280 : i64
        %v3282 = llvm.getelementptr %segsum_x_re[%v3281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3275, %v3282 : f32, !llvm.ptr
        %v3283 = llvm.load %v945 : !llvm.ptr -> f32
        %v3284 = arith.addi %v7, %v110 : i64
        %v3285 = arith.muli %v3284, %v2 : i64
        %v3286 = arith.addi %v3285, %v139 : i64
        %v3287 = arith.muli %v3286, %size_B : i64
        %v3288 = arith.subi %size_B, %v3 : i64
        %v3289 = arith.minsi %v113, %v3288 : i64
        %v3290 = arith.addi %v3287, %v3289 : i64
        %v3291 = llvm.getelementptr %segsum_x_re[%v3290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3283, %v3291 : f32, !llvm.ptr
        %v3292 = llvm.load %v946 : !llvm.ptr -> f32
        %v3293 = arith.muli %v130, %v7 : i64
        %v3294 = arith.addi %v3293, %v110 : i64
        %v3295 = arith.muli %v3294, %v2 : i64
        %v3296 = arith.addi %v3295, %v139 : i64
        %v3297 = arith.muli %v3296, %size_B : i64
        %v3298 = arith.subi %size_B, %v3 : i64
        %v3299 = arith.minsi %v113, %v3298 : i64
        %v3300 = arith.addi %v3297, %v3299 : i64
        %v3301 = llvm.getelementptr %segsum_x_re[%v3300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3292, %v3301 : f32, !llvm.ptr
        %v3302 = llvm.load %v203 : !llvm.ptr -> f32
        %v3303 = arith.muli %v132, %v7 : i64
        %v3304 = arith.addi %v3303, %v110 : i64
        %v3305 = arith.muli %v3304, %v2 : i64
        %v3306 = arith.addi %v3305, %v139 : i64
        %v3307 = arith.muli %v3306, %size_B : i64
        %v3308 = arith.subi %size_B, %v3 : i64
        %v3309 = arith.minsi %v113, %v3308 : i64
        %v3310 = arith.addi %v3307, %v3309 : i64
        %v3311 = llvm.getelementptr %segsum_x_re[%v3310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3302, %v3311 : f32, !llvm.ptr
        %v3312 = llvm.load %v266 : !llvm.ptr -> f32
        %v3313 = arith.muli %v1, %v7 : i64
        %v3314 = arith.addi %v3313, %v110 : i64
        %v3315 = arith.muli %v3314, %v2 : i64
        %v3316 = arith.addi %v3315, %v139 : i64
        %v3317 = arith.muli %v3316, %size_B : i64
        %v3318 = arith.subi %size_B, %v3 : i64
        %v3319 = arith.minsi %v113, %v3318 : i64
        %v3320 = arith.addi %v3317, %v3319 : i64
        %v3321 = llvm.getelementptr %segsum_x_re[%v3320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3312, %v3321 : f32, !llvm.ptr
        %v3322 = llvm.load %v142 : !llvm.ptr -> f32
        %v3323 = arith.muli %v110, %v2 : i64
        %v3324 = arith.addi %v3323, %v141 : i64
        %v3325 = arith.muli %v3324, %size_B : i64
        %v3326 = arith.subi %size_B, %v3 : i64
        %v3327 = arith.minsi %v113, %v3326 : i64
        %v3328 = arith.addi %v3325, %v3327 : i64
        %v3329 = llvm.getelementptr %segsum_x_re[%v3328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3322, %v3329 : f32, !llvm.ptr
        %v3330 = llvm.load %v947 : !llvm.ptr -> f32
        %v3331 = arith.addi %v7, %v110 : i64
        %v3332 = arith.muli %v3331, %v2 : i64
        %v3333 = arith.addi %v3332, %v141 : i64
        %v3334 = arith.muli %v3333, %size_B : i64
        %v3335 = arith.subi %size_B, %v3 : i64
        %v3336 = arith.minsi %v113, %v3335 : i64
        %v3337 = arith.addi %v3334, %v3336 : i64
        %v3338 = llvm.getelementptr %segsum_x_re[%v3337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3330, %v3338 : f32, !llvm.ptr
        %v3339 = llvm.load %v948 : !llvm.ptr -> f32
        %v3340 = arith.muli %v130, %v7 : i64
        %v3341 = arith.addi %v3340, %v110 : i64
        %v3342 = arith.muli %v3341, %v2 : i64
        %v3343 = arith.addi %v3342, %v141 : i64
        %v3344 = arith.muli %v3343, %size_B : i64
        %v3345 = arith.subi %size_B, %v3 : i64
        %v3346 = arith.minsi %v113, %v3345 : i64
        %v3347 = arith.addi %v3344, %v3346 : i64
        %v3348 = llvm.getelementptr %segsum_x_re[%v3347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3339, %v3348 : f32, !llvm.ptr
        %v3349 = llvm.load %v205 : !llvm.ptr -> f32
        %v3350 = arith.muli %v132, %v7 : i64
        %v3351 = arith.addi %v3350, %v110 : i64
        %v3352 = arith.muli %v3351, %v2 : i64
        %v3353 = arith.addi %v3352, %v141 : i64
        %v3354 = arith.muli %v3353, %size_B : i64
        %v3355 = arith.subi %size_B, %v3 : i64
        %v3356 = arith.minsi %v113, %v3355 : i64
        %v3357 = arith.addi %v3354, %v3356 : i64
        %v3358 = llvm.getelementptr %segsum_x_re[%v3357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3349, %v3358 : f32, !llvm.ptr
        %v3359 = llvm.load %v268 : !llvm.ptr -> f32
        %v3360 = arith.muli %v1, %v7 : i64
        %v3361 = arith.addi %v3360, %v110 : i64
        %v3362 = arith.muli %v3361, %v2 : i64
        %v3363 = arith.addi %v3362, %v141 : i64
        %v3364 = arith.muli %v3363, %size_B : i64
        %v3365 = arith.subi %size_B, %v3 : i64
        %v3366 = arith.minsi %v113, %v3365 : i64
        %v3367 = arith.addi %v3364, %v3366 : i64
        %v3368 = llvm.getelementptr %segsum_x_re[%v3367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3359, %v3368 : f32, !llvm.ptr
        %v3369 = llvm.load %v144 : !llvm.ptr -> f32
        %v3370 = arith.muli %v110, %v2 : i64
        %v3371 = arith.addi %v3370, %v143 : i64
        %v3372 = arith.muli %v3371, %size_B : i64
        %v3373 = arith.subi %size_B, %v3 : i64
        %v3374 = arith.minsi %v113, %v3373 : i64
        %v3375 = arith.addi %v3372, %v3374 : i64
        %v3376 = llvm.getelementptr %segsum_x_re[%v3375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3369, %v3376 : f32, !llvm.ptr
        %v3377 = llvm.load %v949 : !llvm.ptr -> f32
        %v3378 = arith.addi %v7, %v110 : i64
        %v3379 = arith.muli %v3378, %v2 : i64
        %v3380 = arith.addi %v3379, %v143 : i64
        %v3381 = arith.muli %v3380, %size_B : i64
        %v3382 = arith.subi %size_B, %v3 : i64
        %v3383 = arith.minsi %v113, %v3382 : i64
        %v3384 = arith.addi %v3381, %v3383 : i64
        %v3385 = llvm.getelementptr %segsum_x_re[%v3384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3377, %v3385 : f32, !llvm.ptr
        %v3386 = llvm.load %v950 : !llvm.ptr -> f32
        %v3387 = arith.muli %v130, %v7 : i64
        %v3388 = arith.addi %v3387, %v110 : i64
        %v3389 = arith.muli %v3388, %v2 : i64
        %v3390 = arith.addi %v3389, %v143 : i64
        %v3391 = arith.muli %v3390, %size_B : i64
        %v3392 = arith.subi %size_B, %v3 : i64
        %v3393 = arith.minsi %v113, %v3392 : i64
        %v3394 = arith.addi %v3391, %v3393 : i64
        %v3395 = llvm.getelementptr %segsum_x_re[%v3394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3386, %v3395 : f32, !llvm.ptr
        %v3396 = llvm.load %v207 : !llvm.ptr -> f32
        %v3397 = arith.muli %v132, %v7 : i64
        %v3398 = arith.addi %v3397, %v110 : i64
        %v3399 = arith.muli %v3398, %v2 : i64
        %v3400 = arith.addi %v3399, %v143 : i64
        %v3401 = arith.muli %v3400, %size_B : i64
        %v3402 = arith.subi %size_B, %v3 : i64
        %v3403 = arith.minsi %v113, %v3402 : i64
        %v3404 = arith.addi %v3401, %v3403 : i64
        %v3405 = llvm.getelementptr %segsum_x_re[%v3404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3396, %v3405 : f32, !llvm.ptr
        %v3406 = llvm.load %v270 : !llvm.ptr -> f32
        %v3407 = arith.muli %v1, %v7 : i64
        %v3408 = arith.addi %v3407, %v110 : i64
        %v3409 = arith.muli %v3408, %v2 : i64
        %v3410 = arith.addi %v3409, %v143 : i64
        %v3411 = arith.muli %v3410, %size_B : i64
        %v3412 = arith.subi %size_B, %v3 : i64
        %v3413 = arith.minsi %v113, %v3412 : i64
        %v3414 = arith.addi %v3411, %v3413 : i64
        %v3415 = llvm.getelementptr %segsum_x_re[%v3414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3406, %v3415 : f32, !llvm.ptr
        %v3416 = llvm.load %v146 : !llvm.ptr -> f32
        %v3417 = arith.muli %v110, %v2 : i64
        %v3418 = arith.addi %v3417, %v145 : i64
        %v3419 = arith.muli %v3418, %size_B : i64
        %v3420 = arith.subi %size_B, %v3 : i64
        %v3421 = arith.minsi %v113, %v3420 : i64
        %v3422 = arith.addi %v3419, %v3421 : i64
        %v3423 = llvm.getelementptr %segsum_x_re[%v3422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3416, %v3423 : f32, !llvm.ptr
        %v3424 = llvm.load %v951 : !llvm.ptr -> f32
        %v3425 = arith.addi %v7, %v110 : i64
        %v3426 = arith.muli %v3425, %v2 : i64
        %v3427 = arith.addi %v3426, %v145 : i64
        %v3428 = arith.muli %v3427, %size_B : i64
        %v3429 = arith.subi %size_B, %v3 : i64
        %v3430 = arith.minsi %v113, %v3429 : i64
        %v3431 = arith.addi %v3428, %v3430 : i64
        %v3432 = llvm.getelementptr %segsum_x_re[%v3431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3424, %v3432 : f32, !llvm.ptr
        %v3433 = llvm.load %v952 : !llvm.ptr -> f32
        %v3434 = arith.muli %v130, %v7 : i64
        %v3435 = arith.addi %v3434, %v110 : i64
        %v3436 = arith.muli %v3435, %v2 : i64
        %v3437 = arith.addi %v3436, %v145 : i64
        %v3438 = arith.muli %v3437, %size_B : i64
        %v3439 = arith.subi %size_B, %v3 : i64
        %v3440 = arith.minsi %v113, %v3439 : i64
        %v3441 = arith.addi %v3438, %v3440 : i64
        %v3442 = llvm.getelementptr %segsum_x_re[%v3441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3433, %v3442 : f32, !llvm.ptr
        %v3443 = llvm.load %v209 : !llvm.ptr -> f32
        %v3444 = arith.muli %v132, %v7 : i64
        %v3445 = arith.addi %v3444, %v110 : i64
        %v3446 = arith.muli %v3445, %v2 : i64
        %v3447 = arith.addi %v3446, %v145 : i64
        %v3448 = arith.muli %v3447, %size_B : i64
        %v3449 = arith.subi %size_B, %v3 : i64
        %v3450 = arith.minsi %v113, %v3449 : i64
        %v3451 = arith.addi %v3448, %v3450 : i64
        %v3452 = llvm.getelementptr %segsum_x_re[%v3451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3443, %v3452 : f32, !llvm.ptr
        %v3453 = llvm.load %v272 : !llvm.ptr -> f32
        %v3454 = arith.muli %v1, %v7 : i64
        %v3455 = arith.addi %v3454, %v110 : i64
        %v3456 = arith.muli %v3455, %v2 : i64
        %v3457 = arith.addi %v3456, %v145 : i64
        %v3458 = arith.muli %v3457, %size_B : i64
        %v3459 = arith.subi %size_B, %v3 : i64
        %v3460 = arith.minsi %v113, %v3459 : i64
        %v3461 = arith.addi %v3458, %v3460 : i64
        %v3462 = llvm.getelementptr %segsum_x_re[%v3461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3453, %v3462 : f32, !llvm.ptr
        %v3463 = llvm.load %v148 : !llvm.ptr -> f32
        %v3464 = arith.muli %v110, %v2 : i64
        %v3465 = arith.addi %v3464, %v147 : i64
        %v3466 = arith.muli %v3465, %size_B : i64
        %v3467 = arith.subi %size_B, %v3 : i64
        %v3468 = arith.minsi %v113, %v3467 : i64
        %v3469 = arith.addi %v3466, %v3468 : i64
        %v3470 = llvm.getelementptr %segsum_x_re[%v3469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3463, %v3470 : f32, !llvm.ptr
        %v3471 = llvm.load %v953 : !llvm.ptr -> f32
        %v3472 = arith.addi %v7, %v110 : i64
        %v3473 = arith.muli %v3472, %v2 : i64
        %v3474 = arith.addi %v3473, %v147 : i64
        %v3475 = arith.muli %v3474, %size_B : i64
        %v3476 = arith.subi %size_B, %v3 : i64
        %v3477 = arith.minsi %v113, %v3476 : i64
        %v3478 = arith.addi %v3475, %v3477 : i64
        %v3479 = llvm.getelementptr %segsum_x_re[%v3478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3471, %v3479 : f32, !llvm.ptr
        %v3480 = llvm.load %v954 : !llvm.ptr -> f32
        %v3481 = arith.muli %v130, %v7 : i64
        %v3482 = arith.addi %v3481, %v110 : i64
        %v3483 = arith.muli %v3482, %v2 : i64
        %v3484 = arith.addi %v3483, %v147 : i64
        %v3485 = arith.muli %v3484, %size_B : i64
        %v3486 = arith.subi %size_B, %v3 : i64
        %v3487 = arith.minsi %v113, %v3486 : i64
        %v3488 = arith.addi %v3485, %v3487 : i64
        %v3489 = llvm.getelementptr %segsum_x_re[%v3488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3480, %v3489 : f32, !llvm.ptr
        %v3490 = llvm.load %v211 : !llvm.ptr -> f32
        %v3491 = arith.muli %v132, %v7 : i64
        %v3492 = arith.addi %v3491, %v110 : i64
        %v3493 = arith.muli %v3492, %v2 : i64
        %v3494 = arith.addi %v3493, %v147 : i64
        %v3495 = arith.muli %v3494, %size_B : i64
        %v3496 = arith.subi %size_B, %v3 : i64
        %v3497 = arith.minsi %v113, %v3496 : i64
        %v3498 = arith.addi %v3495, %v3497 : i64
        %v3499 = llvm.getelementptr %segsum_x_re[%v3498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3490, %v3499 : f32, !llvm.ptr
        %v3500 = llvm.load %v274 : !llvm.ptr -> f32
        %v3501 = arith.muli %v1, %v7 : i64
        %v3502 = arith.addi %v3501, %v110 : i64
        %v3503 = arith.muli %v3502, %v2 : i64
        %v3504 = arith.addi %v3503, %v147 : i64
        %v3505 = arith.muli %v3504, %size_B : i64
        %v3506 = arith.subi %size_B, %v3 : i64
        %v3507 = arith.minsi %v113, %v3506 : i64
        %v3508 = arith.addi %v3505, %v3507 : i64
        %v3509 = llvm.getelementptr %segsum_x_re[%v3508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3500, %v3509 : f32, !llvm.ptr
        %v3510 = llvm.load %v150 : !llvm.ptr -> f32
        %v3511 = arith.muli %v110, %v2 : i64
        %v3512 = arith.addi %v3511, %v149 : i64
        %v3513 = arith.muli %v3512, %size_B : i64
        %v3514 = arith.subi %size_B, %v3 : i64
        %v3515 = arith.minsi %v113, %v3514 : i64
        %v3516 = arith.addi %v3513, %v3515 : i64
        %v3517 = llvm.getelementptr %segsum_x_re[%v3516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3510, %v3517 : f32, !llvm.ptr
        %v3518 = llvm.load %v955 : !llvm.ptr -> f32
        %v3519 = arith.addi %v7, %v110 : i64
        %v3520 = arith.muli %v3519, %v2 : i64
        %v3521 = arith.addi %v3520, %v149 : i64
        %v3522 = arith.muli %v3521, %size_B : i64
        %v3523 = arith.subi %size_B, %v3 : i64
        %v3524 = arith.minsi %v113, %v3523 : i64
        %v3525 = arith.addi %v3522, %v3524 : i64
        %v3526 = llvm.getelementptr %segsum_x_re[%v3525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3518, %v3526 : f32, !llvm.ptr
        %v3527 = llvm.load %v956 : !llvm.ptr -> f32
        %v3528 = arith.muli %v130, %v7 : i64
        %v3529 = arith.addi %v3528, %v110 : i64
        %v3530 = arith.muli %v3529, %v2 : i64
        %v3531 = arith.addi %v3530, %v149 : i64
        %v3532 = arith.muli %v3531, %size_B : i64
        %v3533 = arith.subi %size_B, %v3 : i64
        %v3534 = arith.minsi %v113, %v3533 : i64
        %v3535 = arith.addi %v3532, %v3534 : i64
        %v3536 = llvm.getelementptr %segsum_x_re[%v3535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3527, %v3536 : f32, !llvm.ptr
        %v3537 = llvm.load %v213 : !llvm.ptr -> f32
        %v3538 = arith.muli %v132, %v7 : i64
        %v3539 = arith.addi %v3538, %v110 : i64
        %v3540 = arith.muli %v3539, %v2 : i64
        %v3541 = arith.addi %v3540, %v149 : i64
        %v3542 = arith.muli %v3541, %size_B : i64
        %v3543 = arith.subi %size_B, %v3 : i64
        %v3544 = arith.minsi %v113, %v3543 : i64
        %v3545 = arith.addi %v3542, %v3544 : i64
        %v3546 = llvm.getelementptr %segsum_x_re[%v3545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3537, %v3546 : f32, !llvm.ptr
        %v3547 = llvm.load %v276 : !llvm.ptr -> f32
        %v3548 = arith.muli %v1, %v7 : i64
        %v3549 = arith.addi %v3548, %v110 : i64
        %v3550 = arith.muli %v3549, %v2 : i64
        %v3551 = arith.addi %v3550, %v149 : i64
        %v3552 = arith.muli %v3551, %size_B : i64
        %v3553 = arith.subi %size_B, %v3 : i64
        %v3554 = arith.minsi %v113, %v3553 : i64
        %v3555 = arith.addi %v3552, %v3554 : i64
        %v3556 = llvm.getelementptr %segsum_x_re[%v3555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3547, %v3556 : f32, !llvm.ptr
        %v3557 = llvm.load %v152 : !llvm.ptr -> f32
        %v3558 = arith.muli %v110, %v2 : i64
        %v3559 = arith.addi %v3558, %v151 : i64
        %v3560 = arith.muli %v3559, %size_B : i64
        %v3561 = arith.subi %size_B, %v3 : i64
        %v3562 = arith.minsi %v113, %v3561 : i64
        %v3563 = arith.addi %v3560, %v3562 : i64
        %v3564 = llvm.getelementptr %segsum_x_re[%v3563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3557, %v3564 : f32, !llvm.ptr
        %v3565 = llvm.load %v957 : !llvm.ptr -> f32
        %v3566 = arith.addi %v7, %v110 : i64
        %v3567 = arith.muli %v3566, %v2 : i64
        %v3568 = arith.addi %v3567, %v151 : i64
        %v3569 = arith.muli %v3568, %size_B : i64
        %v3570 = arith.subi %size_B, %v3 : i64
        %v3571 = arith.minsi %v113, %v3570 : i64
        %v3572 = arith.addi %v3569, %v3571 : i64
        %v3573 = llvm.getelementptr %segsum_x_re[%v3572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3565, %v3573 : f32, !llvm.ptr
        %v3574 = llvm.load %v958 : !llvm.ptr -> f32
        %v3575 = arith.muli %v130, %v7 : i64
        %v3576 = arith.addi %v3575, %v110 : i64
        %v3577 = arith.muli %v3576, %v2 : i64
        %v3578 = arith.addi %v3577, %v151 : i64
        %v3579 = arith.muli %v3578, %size_B : i64
        %v3580 = arith.subi %size_B, %v3 : i64
        %v3581 = arith.minsi %v113, %v3580 : i64
        %v3582 = arith.addi %v3579, %v3581 : i64
        %v3583 = llvm.getelementptr %segsum_x_re[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3574, %v3583 : f32, !llvm.ptr
        %v3584 = llvm.load %v215 : !llvm.ptr -> f32
        %v3585 = arith.muli %v132, %v7 : i64
        %v3586 = arith.addi %v3585, %v110 : i64
        %v3587 = arith.muli %v3586, %v2 : i64
        %v3588 = arith.addi %v3587, %v151 : i64
        %v3589 = arith.muli %v3588, %size_B : i64
        %v3590 = arith.subi %size_B, %v3 : i64
        %v3591 = arith.minsi %v113, %v3590 : i64
        %v3592 = arith.addi %v3589, %v3591 : i64
        %v3593 = llvm.getelementptr %segsum_x_re[%v3592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3584, %v3593 : f32, !llvm.ptr
        %v3594 = llvm.load %v278 : !llvm.ptr -> f32
        %v3595 = arith.muli %v1, %v7 : i64
        %v3596 = arith.addi %v3595, %v110 : i64
        %v3597 = arith.muli %v3596, %v2 : i64
        %v3598 = arith.addi %v3597, %v151 : i64
        %v3599 = arith.muli %v3598, %size_B : i64
        %v3600 = arith.subi %size_B, %v3 : i64
        %v3601 = arith.minsi %v113, %v3600 : i64
        %v3602 = arith.addi %v3599, %v3601 : i64
        %v3603 = llvm.getelementptr %segsum_x_re[%v3602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3594, %v3603 : f32, !llvm.ptr
        %v3604 = llvm.load %v154 : !llvm.ptr -> f32
        %v3605 = arith.muli %v110, %v2 : i64
        %v3606 = arith.addi %v3605, %v153 : i64
        %v3607 = arith.muli %v3606, %size_B : i64
        %v3608 = arith.subi %size_B, %v3 : i64
        %v3609 = arith.minsi %v113, %v3608 : i64
        %v3610 = arith.addi %v3607, %v3609 : i64
        %v3611 = llvm.getelementptr %segsum_x_re[%v3610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3604, %v3611 : f32, !llvm.ptr
        %v3612 = llvm.load %v959 : !llvm.ptr -> f32
        %v3613 = arith.addi %v7, %v110 : i64
        %v3614 = arith.muli %v3613, %v2 : i64
        %v3615 = arith.addi %v3614, %v153 : i64
        %v3616 = arith.muli %v3615, %size_B : i64
        %v3617 = arith.subi %size_B, %v3 : i64
        %v3618 = arith.minsi %v113, %v3617 : i64
        %v3619 = arith.addi %v3616, %v3618 : i64
        %v3620 = llvm.getelementptr %segsum_x_re[%v3619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3612, %v3620 : f32, !llvm.ptr
        %v3621 = llvm.load %v960 : !llvm.ptr -> f32
        %v3622 = arith.muli %v130, %v7 : i64
        %v3623 = arith.addi %v3622, %v110 : i64
        %v3624 = arith.muli %v3623, %v2 : i64
        %v3625 = arith.addi %v3624, %v153 : i64
        %v3626 = arith.muli %v3625, %size_B : i64
        %v3627 = arith.subi %size_B, %v3 : i64
        %v3628 = arith.minsi %v113, %v3627 : i64
        %v3629 = arith.addi %v3626, %v3628 : i64
        %v3630 = llvm.getelementptr %segsum_x_re[%v3629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3621, %v3630 : f32, !llvm.ptr
        %v3631 = llvm.load %v217 : !llvm.ptr -> f32
        %v3632 = arith.muli %v132, %v7 : i64
        %v3633 = arith.addi %v3632, %v110 : i64
        %v3634 = arith.muli %v3633, %v2 : i64
        %v3635 = arith.addi %v3634, %v153 : i64
        %v3636 = arith.muli %v3635, %size_B : i64
        %v3637 = arith.subi %size_B, %v3 : i64
        %v3638 = arith.minsi %v113, %v3637 : i64
        %v3639 = arith.addi %v3636, %v3638 : i64
        %v3640 = llvm.getelementptr %segsum_x_re[%v3639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3631, %v3640 : f32, !llvm.ptr
        %v3641 = llvm.load %v280 : !llvm.ptr -> f32
        %v3642 = arith.muli %v1, %v7 : i64
        %v3643 = arith.addi %v3642, %v110 : i64
        %v3644 = arith.muli %v3643, %v2 : i64
        %v3645 = arith.addi %v3644, %v153 : i64
        %v3646 = arith.muli %v3645, %size_B : i64
        %v3647 = arith.subi %size_B, %v3 : i64
        %v3648 = arith.minsi %v113, %v3647 : i64
        %v3649 = arith.addi %v3646, %v3648 : i64
        %v3650 = llvm.getelementptr %segsum_x_re[%v3649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3641, %v3650 : f32, !llvm.ptr
        %v3651 = llvm.load %v156 : !llvm.ptr -> f32
        %v3652 = arith.muli %v110, %v2 : i64
        %v3653 = arith.addi %v3652, %v155 : i64
        %v3654 = arith.muli %v3653, %size_B : i64
        %v3655 = arith.subi %size_B, %v3 : i64
        %v3656 = arith.minsi %v113, %v3655 : i64
        %v3657 = arith.addi %v3654, %v3656 : i64
        %v3658 = llvm.getelementptr %segsum_x_re[%v3657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3651, %v3658 : f32, !llvm.ptr
        %v3659 = llvm.load %v961 : !llvm.ptr -> f32
        %v3660 = arith.addi %v7, %v110 : i64
        %v3661 = arith.muli %v3660, %v2 : i64
        %v3662 = arith.addi %v3661, %v155 : i64
        %v3663 = arith.muli %v3662, %size_B : i64
        %v3664 = arith.subi %size_B, %v3 : i64
        %v3665 = arith.minsi %v113, %v3664 : i64
        %v3666 = arith.addi %v3663, %v3665 : i64
        %v3667 = llvm.getelementptr %segsum_x_re[%v3666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3659, %v3667 : f32, !llvm.ptr
        %v3668 = llvm.load %v962 : !llvm.ptr -> f32
        %v3669 = arith.muli %v130, %v7 : i64
        %v3670 = arith.addi %v3669, %v110 : i64
        %v3671 = arith.muli %v3670, %v2 : i64
        %v3672 = arith.addi %v3671, %v155 : i64
        %v3673 = arith.muli %v3672, %size_B : i64
        %v3674 = arith.subi %size_B, %v3 : i64
        %v3675 = arith.minsi %v113, %v3674 : i64
        %v3676 = arith.addi %v3673, %v3675 : i64
        %v3677 = llvm.getelementptr %segsum_x_re[%v3676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3668, %v3677 : f32, !llvm.ptr
        %v3678 = llvm.load %v219 : !llvm.ptr -> f32
        %v3679 = arith.muli %v132, %v7 : i64
        %v3680 = arith.addi %v3679, %v110 : i64
        %v3681 = arith.muli %v3680, %v2 : i64
        %v3682 = arith.addi %v3681, %v155 : i64
        %v3683 = arith.muli %v3682, %size_B : i64
        %v3684 = arith.subi %size_B, %v3 : i64
        %v3685 = arith.minsi %v113, %v3684 : i64
        %v3686 = arith.addi %v3683, %v3685 : i64
        %v3687 = llvm.getelementptr %segsum_x_re[%v3686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3678, %v3687 : f32, !llvm.ptr
        %v3688 = llvm.load %v282 : !llvm.ptr -> f32
        %v3689 = arith.muli %v1, %v7 : i64
        %v3690 = arith.addi %v3689, %v110 : i64
        %v3691 = arith.muli %v3690, %v2 : i64
        %v3692 = arith.addi %v3691, %v155 : i64
        %v3693 = arith.muli %v3692, %size_B : i64
        %v3694 = arith.subi %size_B, %v3 : i64
        %v3695 = arith.minsi %v113, %v3694 : i64
        %v3696 = arith.addi %v3693, %v3695 : i64
        %v3697 = llvm.getelementptr %segsum_x_re[%v3696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3688, %v3697 : f32, !llvm.ptr
        %v3698 = llvm.load %v157 : !llvm.ptr -> f32
        %v3699 = arith.muli %v110, %v2 : i64
        %v3700 = arith.muli %v3699, %size_B : i64
        %v3701 = arith.subi %size_B, %v3 : i64
        %v3702 = arith.minsi %v113, %v3701 : i64
        %v3703 = arith.addi %v3700, %v3702 : i64
        %v3704 = llvm.getelementptr %segsum_x_im[%v3703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3698, %v3704 : f32, !llvm.ptr
        %v3705 = llvm.load %v963 : !llvm.ptr -> f32
        %v3706 = arith.addi %v7, %v110 : i64
        %v3707 = arith.muli %v3706, %v2 : i64
        %v3708 = arith.muli %v3707, %size_B : i64
        %v3709 = arith.subi %size_B, %v3 : i64
        %v3710 = arith.minsi %v113, %v3709 : i64
        %v3711 = arith.addi %v3708, %v3710 : i64
        %v3712 = llvm.getelementptr %segsum_x_im[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3705, %v3712 : f32, !llvm.ptr
        %v3713 = llvm.load %v964 : !llvm.ptr -> f32
        %v3714 = arith.muli %v130, %v7 : i64
        %v3715 = arith.addi %v3714, %v110 : i64
        %v3716 = arith.muli %v3715, %v2 : i64
        %v3717 = arith.muli %v3716, %size_B : i64
        %v3718 = arith.subi %size_B, %v3 : i64
        %v3719 = arith.minsi %v113, %v3718 : i64
        %v3720 = arith.addi %v3717, %v3719 : i64
        %v3721 = llvm.getelementptr %segsum_x_im[%v3720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3713, %v3721 : f32, !llvm.ptr
        %v3722 = llvm.load %v284 : !llvm.ptr -> f32
        %v3723 = arith.muli %v132, %v7 : i64
        %v3724 = arith.addi %v3723, %v110 : i64
        %v3725 = arith.muli %v3724, %v2 : i64
        %v3726 = arith.muli %v3725, %size_B : i64
        %v3727 = arith.subi %size_B, %v3 : i64
        %v3728 = arith.minsi %v113, %v3727 : i64
        %v3729 = arith.addi %v3726, %v3728 : i64
        %v3730 = llvm.getelementptr %segsum_x_im[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3722, %v3730 : f32, !llvm.ptr
        %v3731 = llvm.load %v221 : !llvm.ptr -> f32
        %v3732 = arith.muli %v1, %v7 : i64
        %v3733 = arith.addi %v3732, %v110 : i64
        %v3734 = arith.muli %v3733, %v2 : i64
        %v3735 = arith.muli %v3734, %size_B : i64
        %v3736 = arith.subi %size_B, %v3 : i64
        %v3737 = arith.minsi %v113, %v3736 : i64
        %v3738 = arith.addi %v3735, %v3737 : i64
        %v3739 = llvm.getelementptr %segsum_x_im[%v3738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3731, %v3739 : f32, !llvm.ptr
        %v3740 = llvm.load %v159 : !llvm.ptr -> f32
        %v3741 = arith.muli %v110, %v2 : i64
        %v3742 = arith.addi %v3741, %v3 : i64
        %v3743 = arith.muli %v3742, %size_B : i64
        %v3744 = arith.subi %size_B, %v3 : i64
        %v3745 = arith.minsi %v113, %v3744 : i64
        %v3746 = arith.addi %v3743, %v3745 : i64
        %v3747 = llvm.getelementptr %segsum_x_im[%v3746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3740, %v3747 : f32, !llvm.ptr
        %v3748 = llvm.load %v965 : !llvm.ptr -> f32
        %v3749 = arith.addi %v7, %v110 : i64
        %v3750 = arith.muli %v3749, %v2 : i64
        %v3751 = arith.addi %v3750, %v3 : i64
        %v3752 = arith.muli %v3751, %size_B : i64
        %v3753 = arith.subi %size_B, %v3 : i64
        %v3754 = arith.minsi %v113, %v3753 : i64
        %v3755 = arith.addi %v3752, %v3754 : i64
        %v3756 = llvm.getelementptr %segsum_x_im[%v3755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3748, %v3756 : f32, !llvm.ptr
        %v3757 = llvm.load %v966 : !llvm.ptr -> f32
        %v3758 = arith.muli %v130, %v7 : i64
        %v3759 = arith.addi %v3758, %v110 : i64
        %v3760 = arith.muli %v3759, %v2 : i64
        %v3761 = arith.addi %v3760, %v3 : i64
        %v3762 = arith.muli %v3761, %size_B : i64
        %v3763 = arith.subi %size_B, %v3 : i64
        %v3764 = arith.minsi %v113, %v3763 : i64
        %v3765 = arith.addi %v3762, %v3764 : i64
        %v3766 = llvm.getelementptr %segsum_x_im[%v3765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3757, %v3766 : f32, !llvm.ptr
        %v3767 = llvm.load %v286 : !llvm.ptr -> f32
        %v3768 = arith.muli %v132, %v7 : i64
        %v3769 = arith.addi %v3768, %v110 : i64
        %v3770 = arith.muli %v3769, %v2 : i64
        %v3771 = arith.addi %v3770, %v3 : i64
        %v3772 = arith.muli %v3771, %size_B : i64
        %v3773 = arith.subi %size_B, %v3 : i64
        %v3774 = arith.minsi %v113, %v3773 : i64
        %v3775 = arith.addi %v3772, %v3774 : i64
        %v3776 = llvm.getelementptr %segsum_x_im[%v3775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3767, %v3776 : f32, !llvm.ptr
        %v3777 = llvm.load %v223 : !llvm.ptr -> f32
        %v3778 = arith.muli %v1, %v7 : i64
        %v3779 = arith.addi %v3778, %v110 : i64
        %v3780 = arith.muli %v3779, %v2 : i64
        %v3781 = arith.addi %v3780, %v3 : i64
        %v3782 = arith.muli %v3781, %size_B : i64
        %v3783 = arith.subi %size_B, %v3 : i64
        %v3784 = arith.minsi %v113, %v3783 : i64
        %v3785 = arith.addi %v3782, %v3784 : i64
        %v3786 = llvm.getelementptr %segsum_x_im[%v3785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3777, %v3786 : f32, !llvm.ptr
        %v3787 = llvm.load %v161 : !llvm.ptr -> f32
        %v3788 = arith.muli %v110, %v2 : i64
        %v3789 = arith.addi %v3788, %v130 : i64
        %v3790 = arith.muli %v3789, %size_B : i64
        %v3791 = arith.subi %size_B, %v3 : i64
        %v3792 = arith.minsi %v113, %v3791 : i64
        %v3793 = arith.addi %v3790, %v3792 : i64
        %v3794 = llvm.getelementptr %segsum_x_im[%v3793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3787, %v3794 : f32, !llvm.ptr
        %v3795 = llvm.load %v967 : !llvm.ptr -> f32
        %v3796 = arith.addi %v7, %v110 : i64
        %v3797 = arith.muli %v3796, %v2 : i64
        %v3798 = arith.addi %v3797, %v130 : i64
        %v3799 = arith.muli %v3798, %size_B : i64
        %v3800 = arith.subi %size_B, %v3 : i64
        %v3801 = arith.minsi %v113, %v3800 : i64
        %v3802 = arith.addi %v3799, %v3801 : i64
        %v3803 = llvm.getelementptr %segsum_x_im[%v3802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3795, %v3803 : f32, !llvm.ptr
        %v3804 = llvm.load %v968 : !llvm.ptr -> f32
        %v3805 = arith.muli %v130, %v7 : i64
        %v3806 = arith.addi %v3805, %v110 : i64
        %v3807 = arith.muli %v3806, %v2 : i64
        %v3808 = arith.addi %v3807, %v130 : i64
        %v3809 = arith.muli %v3808, %size_B : i64
        %v3810 = arith.subi %size_B, %v3 : i64
        %v3811 = arith.minsi %v113, %v3810 : i64
        %v3812 = arith.addi %v3809, %v3811 : i64
        %v3813 = llvm.getelementptr %segsum_x_im[%v3812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3804, %v3813 : f32, !llvm.ptr
        %v3814 = llvm.load %v288 : !llvm.ptr -> f32
        %v3815 = arith.muli %v132, %v7 : i64
        %v3816 = arith.addi %v3815, %v110 : i64
        %v3817 = arith.muli %v3816, %v2 : i64
        %v3818 = arith.addi %v3817, %v130 : i64
        %v3819 = arith.muli %v3818, %size_B : i64
        %v3820 = arith.subi %size_B, %v3 : i64
        %v3821 = arith.minsi %v113, %v3820 : i64
        %v3822 = arith.addi %v3819, %v3821 : i64
        %v3823 = llvm.getelementptr %segsum_x_im[%v3822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3814, %v3823 : f32, !llvm.ptr
        %v3824 = llvm.load %v225 : !llvm.ptr -> f32
        %v3825 = arith.muli %v1, %v7 : i64
        %v3826 = arith.addi %v3825, %v110 : i64
        %v3827 = arith.muli %v3826, %v2 : i64
        %v3828 = arith.addi %v3827, %v130 : i64
        %v3829 = arith.muli %v3828, %size_B : i64
        %v3830 = arith.subi %size_B, %v3 : i64
        %v3831 = arith.minsi %v113, %v3830 : i64
        %v3832 = arith.addi %v3829, %v3831 : i64
        %v3833 = llvm.getelementptr %segsum_x_im[%v3832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3824, %v3833 : f32, !llvm.ptr
        %v3834 = llvm.load %v163 : !llvm.ptr -> f32
        %v3835 = arith.muli %v110, %v2 : i64
        %v3836 = arith.addi %v3835, %v132 : i64
        %v3837 = arith.muli %v3836, %size_B : i64
        %v3838 = arith.subi %size_B, %v3 : i64
        %v3839 = arith.minsi %v113, %v3838 : i64
        %v3840 = arith.addi %v3837, %v3839 : i64
        %v3841 = llvm.getelementptr %segsum_x_im[%v3840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3834, %v3841 : f32, !llvm.ptr
        %v3842 = llvm.load %v969 : !llvm.ptr -> f32
        %v3843 = arith.addi %v7, %v110 : i64
        %v3844 = arith.muli %v3843, %v2 : i64
        %v3845 = arith.addi %v3844, %v132 : i64
        %v3846 = arith.muli %v3845, %size_B : i64
        %v3847 = arith.subi %size_B, %v3 : i64
        %v3848 = arith.minsi %v113, %v3847 : i64
        %v3849 = arith.addi %v3846, %v3848 : i64
        %v3850 = llvm.getelementptr %segsum_x_im[%v3849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3842, %v3850 : f32, !llvm.ptr
        %v3851 = llvm.load %v970 : !llvm.ptr -> f32
        %v3852 = arith.muli %v130, %v7 : i64
        %v3853 = arith.addi %v3852, %v110 : i64
        %v3854 = arith.muli %v3853, %v2 : i64
        %v3855 = arith.addi %v3854, %v132 : i64
        %v3856 = arith.muli %v3855, %size_B : i64
        %v3857 = arith.subi %size_B, %v3 : i64
        %v3858 = arith.minsi %v113, %v3857 : i64
        %v3859 = arith.addi %v3856, %v3858 : i64
        %v3860 = llvm.getelementptr %segsum_x_im[%v3859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3851, %v3860 : f32, !llvm.ptr
        %v3861 = llvm.load %v290 : !llvm.ptr -> f32
        %v3862 = arith.muli %v132, %v7 : i64
        %v3863 = arith.addi %v3862, %v110 : i64
        %v3864 = arith.muli %v3863, %v2 : i64
        %v3865 = arith.addi %v3864, %v132 : i64
        %v3866 = arith.muli %v3865, %size_B : i64
        %v3867 = arith.subi %size_B, %v3 : i64
        %v3868 = arith.minsi %v113, %v3867 : i64
        %v3869 = arith.addi %v3866, %v3868 : i64
        %v3870 = llvm.getelementptr %segsum_x_im[%v3869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3861, %v3870 : f32, !llvm.ptr
        %v3871 = llvm.load %v227 : !llvm.ptr -> f32
        %v3872 = arith.muli %v1, %v7 : i64
        %v3873 = arith.addi %v3872, %v110 : i64
        %v3874 = arith.muli %v3873, %v2 : i64
        %v3875 = arith.addi %v3874, %v132 : i64
        %v3876 = arith.muli %v3875, %size_B : i64
        %v3877 = arith.subi %size_B, %v3 : i64
        %v3878 = arith.minsi %v113, %v3877 : i64
        %v3879 = arith.addi %v3876, %v3878 : i64
        %v3880 = llvm.getelementptr %segsum_x_im[%v3879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3871, %v3880 : f32, !llvm.ptr
        %v3881 = llvm.load %v165 : !llvm.ptr -> f32
        %v3882 = arith.muli %v110, %v2 : i64
        %v3883 = arith.addi %v3882, %v1 : i64
        %v3884 = arith.muli %v3883, %size_B : i64
        %v3885 = arith.subi %size_B, %v3 : i64
        %v3886 = arith.minsi %v113, %v3885 : i64
        %v3887 = arith.addi %v3884, %v3886 : i64
        %v3888 = llvm.getelementptr %segsum_x_im[%v3887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3881, %v3888 : f32, !llvm.ptr
        %v3889 = llvm.load %v971 : !llvm.ptr -> f32
        %v3890 = arith.addi %v7, %v110 : i64
        %v3891 = arith.muli %v3890, %v2 : i64
        %v3892 = arith.addi %v3891, %v1 : i64
        %v3893 = arith.muli %v3892, %size_B : i64
        %v3894 = arith.subi %size_B, %v3 : i64
        %v3895 = arith.minsi %v113, %v3894 : i64
        %v3896 = arith.addi %v3893, %v3895 : i64
        %v3897 = llvm.getelementptr %segsum_x_im[%v3896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3889, %v3897 : f32, !llvm.ptr
        %v3898 = llvm.load %v972 : !llvm.ptr -> f32
        %v3899 = arith.muli %v130, %v7 : i64
        %v3900 = arith.addi %v3899, %v110 : i64
        %v3901 = arith.muli %v3900, %v2 : i64
        %v3902 = arith.addi %v3901, %v1 : i64
        %v3903 = arith.muli %v3902, %size_B : i64
        %v3904 = arith.subi %size_B, %v3 : i64
        %v3905 = arith.minsi %v113, %v3904 : i64
        %v3906 = arith.addi %v3903, %v3905 : i64
        %v3907 = llvm.getelementptr %segsum_x_im[%v3906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3898, %v3907 : f32, !llvm.ptr
        %v3908 = llvm.load %v292 : !llvm.ptr -> f32
        %v3909 = arith.muli %v132, %v7 : i64
        %v3910 = arith.addi %v3909, %v110 : i64
        %v3911 = arith.muli %v3910, %v2 : i64
        %v3912 = arith.addi %v3911, %v1 : i64
        %v3913 = arith.muli %v3912, %size_B : i64
        %v3914 = arith.subi %size_B, %v3 : i64
        %v3915 = arith.minsi %v113, %v3914 : i64
        %v3916 = arith.addi %v3913, %v3915 : i64
        %v3917 = llvm.getelementptr %segsum_x_im[%v3916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3908, %v3917 : f32, !llvm.ptr
        %v3918 = llvm.load %v229 : !llvm.ptr -> f32
        %v3919 = arith.muli %v1, %v7 : i64
        %v3920 = arith.addi %v3919, %v110 : i64
        %v3921 = arith.muli %v3920, %v2 : i64
        %v3922 = arith.addi %v3921, %v1 : i64
        %v3923 = arith.muli %v3922, %size_B : i64
        %v3924 = arith.subi %size_B, %v3 : i64
        %v3925 = arith.minsi %v113, %v3924 : i64
        %v3926 = arith.addi %v3923, %v3925 : i64
        %v3927 = llvm.getelementptr %segsum_x_im[%v3926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3918, %v3927 : f32, !llvm.ptr
        %v3928 = llvm.load %v167 : !llvm.ptr -> f32
        %v3929 = arith.muli %v110, %v2 : i64
        %v3930 = arith.addi %v3929, %v135 : i64
        %v3931 = arith.muli %v3930, %size_B : i64
        %v3932 = arith.subi %size_B, %v3 : i64
        %v3933 = arith.minsi %v113, %v3932 : i64
        %v3934 = arith.addi %v3931, %v3933 : i64
        %v3935 = llvm.getelementptr %segsum_x_im[%v3934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3928, %v3935 : f32, !llvm.ptr
        %v3936 = llvm.load %v973 : !llvm.ptr -> f32
        %v3937 = arith.addi %v7, %v110 : i64
        %v3938 = arith.muli %v3937, %v2 : i64
        %v3939 = arith.addi %v3938, %v135 : i64
        %v3940 = arith.muli %v3939, %size_B : i64
        %v3941 = arith.subi %size_B, %v3 : i64
        %v3942 = arith.minsi %v113, %v3941 : i64
        %v3943 = arith.addi %v3940, %v3942 : i64
        %v3944 = llvm.getelementptr %segsum_x_im[%v3943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3936, %v3944 : f32, !llvm.ptr
        %v3945 = llvm.load %v974 : !llvm.ptr -> f32
        %v3946 = arith.muli %v130, %v7 : i64
        %v3947 = arith.addi %v3946, %v110 : i64
        %v3948 = arith.muli %v3947, %v2 : i64
        %v3949 = arith.addi %v3948, %v135 : i64
        %v3950 = arith.muli %v3949, %size_B : i64
        %v3951 = arith.subi %size_B, %v3 : i64
        %v3952 = arith.minsi %v113, %v3951 : i64
        %v3953 = arith.addi %v3950, %v3952 : i64
        %v3954 = llvm.getelementptr %segsum_x_im[%v3953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3945, %v3954 : f32, !llvm.ptr
        %v3955 = llvm.load %v294 : !llvm.ptr -> f32
        %v3956 = arith.muli %v132, %v7 : i64
        %v3957 = arith.addi %v3956, %v110 : i64
        %v3958 = arith.muli %v3957, %v2 : i64
        %v3959 = arith.addi %v3958, %v135 : i64
        %v3960 = arith.muli %v3959, %size_B : i64
        %v3961 = arith.subi %size_B, %v3 : i64
        %v3962 = arith.minsi %v113, %v3961 : i64
        %v3963 = arith.addi %v3960, %v3962 : i64
        %v3964 = llvm.getelementptr %segsum_x_im[%v3963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3955, %v3964 : f32, !llvm.ptr
        %v3965 = llvm.load %v231 : !llvm.ptr -> f32
        %v3966 = arith.muli %v1, %v7 : i64
        %v3967 = arith.addi %v3966, %v110 : i64
        %v3968 = arith.muli %v3967, %v2 : i64
        %v3969 = arith.addi %v3968, %v135 : i64
        %v3970 = arith.muli %v3969, %size_B : i64
        %v3971 = arith.subi %size_B, %v3 : i64
        %v3972 = arith.minsi %v113, %v3971 : i64
        %v3973 = arith.addi %v3970, %v3972 : i64
        %v3974 = llvm.getelementptr %segsum_x_im[%v3973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3965, %v3974 : f32, !llvm.ptr
        %v3975 = llvm.load %v169 : !llvm.ptr -> f32
        %v3976 = arith.muli %v110, %v2 : i64
        %v3977 = arith.addi %v3976, %v137 : i64
        %v3978 = arith.muli %v3977, %size_B : i64
        %v3979 = arith.subi %size_B, %v3 : i64
        %v3980 = arith.minsi %v113, %v3979 : i64
        %v3981 = arith.addi %v3978, %v3980 : i64
        %v3982 = llvm.getelementptr %segsum_x_im[%v3981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3975, %v3982 : f32, !llvm.ptr
        %v3983 = llvm.load %v975 : !llvm.ptr -> f32
        %v3984 = arith.addi %v7, %v110 : i64
        %v3985 = arith.muli %v3984, %v2 : i64
        %v3986 = arith.addi %v3985, %v137 : i64
        %v3987 = arith.muli %v3986, %size_B : i64
        %v3988 = arith.subi %size_B, %v3 : i64
        %v3989 = arith.minsi %v113, %v3988 : i64
        %v3990 = arith.addi %v3987, %v3989 : i64
        %v3991 = llvm.getelementptr %segsum_x_im[%v3990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3983, %v3991 : f32, !llvm.ptr
        %v3992 = llvm.load %v976 : !llvm.ptr -> f32
        %v3993 = arith.muli %v130, %v7 : i64
        %v3994 = arith.addi %v3993, %v110 : i64
        %v3995 = arith.muli %v3994, %v2 : i64
        %v3996 = arith.addi %v3995, %v137 : i64
        %v3997 = arith.muli %v3996, %size_B : i64
        %v3998 = arith.subi %size_B, %v3 : i64
        %v3999 = arith.minsi %v113, %v3998 : i64
        %v4000 = arith.addi %v3997, %v3999 : i64
        %v4001 = llvm.getelementptr %segsum_x_im[%v4000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3992, %v4001 : f32, !llvm.ptr
        %v4002 = llvm.load %v296 : !llvm.ptr -> f32
        %v4003 = arith.muli %v132, %v7 : i64
        %v4004 = arith.addi %v4003, %v110 : i64
        %v4005 = arith.muli %v4004, %v2 : i64
        %v4006 = arith.addi %v4005, %v137 : i64
        %v4007 = arith.muli %v4006, %size_B : i64
        %v4008 = arith.subi %size_B, %v3 : i64
        %v4009 = arith.minsi %v113, %v4008 : i64
        %v4010 = arith.addi %v4007, %v4009 : i64
        %v4011 = llvm.getelementptr %segsum_x_im[%v4010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4002, %v4011 : f32, !llvm.ptr
        %v4012 = llvm.load %v233 : !llvm.ptr -> f32
        %v4013 = arith.muli %v1, %v7 : i64
        %v4014 = arith.addi %v4013, %v110 : i64
        %v4015 = arith.muli %v4014, %v2 : i64
        %v4016 = arith.addi %v4015, %v137 : i64
        %v4017 = arith.muli %v4016, %size_B : i64
        %v4018 = arith.subi %size_B, %v3 : i64
        %v4019 = arith.minsi %v113, %v4018 : i64
        %v4020 = arith.addi %v4017, %v4019 : i64
        %v4021 = llvm.getelementptr %segsum_x_im[%v4020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4012, %v4021 : f32, !llvm.ptr
        %v4022 = llvm.load %v171 : !llvm.ptr -> f32
        %v4023 = arith.muli %v110, %v2 : i64
        %v4024 = arith.addi %v4023, %v139 : i64
        %v4025 = arith.muli %v4024, %size_B : i64
        %v4026 = arith.subi %size_B, %v3 : i64
        %v4027 = arith.minsi %v113, %v4026 : i64
        %v4028 = arith.addi %v4025, %v4027 : i64
        %v4029 = llvm.getelementptr %segsum_x_im[%v4028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4022, %v4029 : f32, !llvm.ptr
        %v4030 = llvm.load %v977 : !llvm.ptr -> f32
        %v4031 = arith.addi %v7, %v110 : i64
        %v4032 = arith.muli %v4031, %v2 : i64
        %v4033 = arith.addi %v4032, %v139 : i64
        %v4034 = arith.muli %v4033, %size_B : i64
        %v4035 = arith.subi %size_B, %v3 : i64
        %v4036 = arith.minsi %v113, %v4035 : i64
        %v4037 = arith.addi %v4034, %v4036 : i64
        %v4038 = llvm.getelementptr %segsum_x_im[%v4037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4030, %v4038 : f32, !llvm.ptr
        %v4039 = llvm.load %v978 : !llvm.ptr -> f32
        %v4040 = arith.muli %v130, %v7 : i64
        %v4041 = arith.addi %v4040, %v110 : i64
        %v4042 = arith.muli %v4041, %v2 : i64
        %v4043 = arith.addi %v4042, %v139 : i64
        %v4044 = arith.muli %v4043, %size_B : i64
        %v4045 = arith.subi %size_B, %v3 : i64
        %v4046 = arith.minsi %v113, %v4045 : i64
        %v4047 = arith.addi %v4044, %v4046 : i64
        %v4048 = llvm.getelementptr %segsum_x_im[%v4047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4039, %v4048 : f32, !llvm.ptr
        %v4049 = llvm.load %v298 : !llvm.ptr -> f32
        %v4050 = arith.muli %v132, %v7 : i64
        %v4051 = arith.addi %v4050, %v110 : i64
        %v4052 = arith.muli %v4051, %v2 : i64
        %v4053 = arith.addi %v4052, %v139 : i64
        %v4054 = arith.muli %v4053, %size_B : i64
        %v4055 = arith.subi %size_B, %v3 : i64
        %v4056 = arith.minsi %v113, %v4055 : i64
        %v4057 = arith.addi %v4054, %v4056 : i64
        %v4058 = llvm.getelementptr %segsum_x_im[%v4057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4049, %v4058 : f32, !llvm.ptr
        %v4059 = llvm.load %v235 : !llvm.ptr -> f32
        %v4060 = arith.muli %v1, %v7 : i64
        %v4061 = arith.addi %v4060, %v110 : i64
        %v4062 = arith.muli %v4061, %v2 : i64
        %v4063 = arith.addi %v4062, %v139 : i64
        %v4064 = arith.muli %v4063, %size_B : i64
        %v4065 = arith.subi %size_B, %v3 : i64
        %v4066 = arith.minsi %v113, %v4065 : i64
        %v4067 = arith.addi %v4064, %v4066 : i64
        %v4068 = llvm.getelementptr %segsum_x_im[%v4067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4059, %v4068 : f32, !llvm.ptr
        %v4069 = llvm.load %v173 : !llvm.ptr -> f32
        %v4070 = arith.muli %v110, %v2 : i64
        %v4071 = arith.addi %v4070, %v141 : i64
        %v4072 = arith.muli %v4071, %size_B : i64
        %v4073 = arith.subi %size_B, %v3 : i64
        %v4074 = arith.minsi %v113, %v4073 : i64
        %v4075 = arith.addi %v4072, %v4074 : i64
        %v4076 = llvm.getelementptr %segsum_x_im[%v4075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4069, %v4076 : f32, !llvm.ptr
        %v4077 = llvm.load %v979 : !llvm.ptr -> f32
        %v4078 = arith.addi %v7, %v110 : i64
        %v4079 = arith.muli %v4078, %v2 : i64
        %v4080 = arith.addi %v4079, %v141 : i64
        %v4081 = arith.muli %v4080, %size_B : i64
        %v4082 = arith.subi %size_B, %v3 : i64
        %v4083 = arith.minsi %v113, %v4082 : i64
        %v4084 = arith.addi %v4081, %v4083 : i64
        %v4085 = llvm.getelementptr %segsum_x_im[%v4084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4077, %v4085 : f32, !llvm.ptr
        %v4086 = llvm.load %v980 : !llvm.ptr -> f32
        %v4087 = arith.muli %v130, %v7 : i64
        %v4088 = arith.addi %v4087, %v110 : i64
        %v4089 = arith.muli %v4088, %v2 : i64
        %v4090 = arith.addi %v4089, %v141 : i64
        %v4091 = arith.muli %v4090, %size_B : i64
        %v4092 = arith.subi %size_B, %v3 : i64
        %v4093 = arith.minsi %v113, %v4092 : i64
        %v4094 = arith.addi %v4091, %v4093 : i64
        %v4095 = llvm.getelementptr %segsum_x_im[%v4094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4086, %v4095 : f32, !llvm.ptr
        %v4096 = llvm.load %v300 : !llvm.ptr -> f32
        %v4097 = arith.muli %v132, %v7 : i64
        %v4098 = arith.addi %v4097, %v110 : i64
        %v4099 = arith.muli %v4098, %v2 : i64
        %v4100 = arith.addi %v4099, %v141 : i64
        %v4101 = arith.muli %v4100, %size_B : i64
        %v4102 = arith.subi %size_B, %v3 : i64
        %v4103 = arith.minsi %v113, %v4102 : i64
        %v4104 = arith.addi %v4101, %v4103 : i64
        %v4105 = llvm.getelementptr %segsum_x_im[%v4104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4096, %v4105 : f32, !llvm.ptr
        %v4106 = llvm.load %v237 : !llvm.ptr -> f32
        %v4107 = arith.muli %v1, %v7 : i64
        %v4108 = arith.addi %v4107, %v110 : i64
        %v4109 = arith.muli %v4108, %v2 : i64
        %v4110 = arith.addi %v4109, %v141 : i64
        %v4111 = arith.muli %v4110, %size_B : i64
        %v4112 = arith.subi %size_B, %v3 : i64
        %v4113 = arith.minsi %v113, %v4112 : i64
        %v4114 = arith.addi %v4111, %v4113 : i64
        %v4115 = llvm.getelementptr %segsum_x_im[%v4114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4106, %v4115 : f32, !llvm.ptr
        %v4116 = llvm.load %v175 : !llvm.ptr -> f32
        %v4117 = arith.muli %v110, %v2 : i64
        %v4118 = arith.addi %v4117, %v143 : i64
        %v4119 = arith.muli %v4118, %size_B : i64
        %v4120 = arith.subi %size_B, %v3 : i64
        %v4121 = arith.minsi %v113, %v4120 : i64
        %v4122 = arith.addi %v4119, %v4121 : i64
        %v4123 = llvm.getelementptr %segsum_x_im[%v4122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4116, %v4123 : f32, !llvm.ptr
        %v4124 = llvm.load %v981 : !llvm.ptr -> f32
        %v4125 = arith.addi %v7, %v110 : i64
        %v4126 = arith.muli %v4125, %v2 : i64
        %v4127 = arith.addi %v4126, %v143 : i64
        %v4128 = arith.muli %v4127, %size_B : i64
        %v4129 = arith.subi %size_B, %v3 : i64
        %v4130 = arith.minsi %v113, %v4129 : i64
        %v4131 = arith.addi %v4128, %v4130 : i64
        %v4132 = llvm.getelementptr %segsum_x_im[%v4131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4124, %v4132 : f32, !llvm.ptr
        %v4133 = llvm.load %v982 : !llvm.ptr -> f32
        %v4134 = arith.muli %v130, %v7 : i64
        %v4135 = arith.addi %v4134, %v110 : i64
        %v4136 = arith.muli %v4135, %v2 : i64
        %v4137 = arith.addi %v4136, %v143 : i64
        %v4138 = arith.muli %v4137, %size_B : i64
        %v4139 = arith.subi %size_B, %v3 : i64
        %v4140 = arith.minsi %v113, %v4139 : i64
        %v4141 = arith.addi %v4138, %v4140 : i64
        %v4142 = llvm.getelementptr %segsum_x_im[%v4141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4133, %v4142 : f32, !llvm.ptr
        %v4143 = llvm.load %v302 : !llvm.ptr -> f32
        %v4144 = arith.muli %v132, %v7 : i64
        %v4145 = arith.addi %v4144, %v110 : i64
        %v4146 = arith.muli %v4145, %v2 : i64
        %v4147 = arith.addi %v4146, %v143 : i64
        %v4148 = arith.muli %v4147, %size_B : i64
        %v4149 = arith.subi %size_B, %v3 : i64
        %v4150 = arith.minsi %v113, %v4149 : i64
        %v4151 = arith.addi %v4148, %v4150 : i64
        %v4152 = llvm.getelementptr %segsum_x_im[%v4151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4143, %v4152 : f32, !llvm.ptr
        %v4153 = llvm.load %v239 : !llvm.ptr -> f32
        %v4154 = arith.muli %v1, %v7 : i64
        %v4155 = arith.addi %v4154, %v110 : i64
        %v4156 = arith.muli %v4155, %v2 : i64
        %v4157 = arith.addi %v4156, %v143 : i64
        %v4158 = arith.muli %v4157, %size_B : i64
        %v4159 = arith.subi %size_B, %v3 : i64
        %v4160 = arith.minsi %v113, %v4159 : i64
        %v4161 = arith.addi %v4158, %v4160 : i64
        %v4162 = llvm.getelementptr %segsum_x_im[%v4161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4153, %v4162 : f32, !llvm.ptr
        %v4163 = llvm.load %v177 : !llvm.ptr -> f32
        %v4164 = arith.muli %v110, %v2 : i64
        %v4165 = arith.addi %v4164, %v145 : i64
        %v4166 = arith.muli %v4165, %size_B : i64
        %v4167 = arith.subi %size_B, %v3 : i64
        %v4168 = arith.minsi %v113, %v4167 : i64
        %v4169 = arith.addi %v4166, %v4168 : i64
        %v4170 = llvm.getelementptr %segsum_x_im[%v4169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4163, %v4170 : f32, !llvm.ptr
        %v4171 = llvm.load %v983 : !llvm.ptr -> f32
        %v4172 = arith.addi %v7, %v110 : i64
        %v4173 = arith.muli %v4172, %v2 : i64
        %v4174 = arith.addi %v4173, %v145 : i64
        %v4175 = arith.muli %v4174, %size_B : i64
        %v4176 = arith.subi %size_B, %v3 : i64
        %v4177 = arith.minsi %v113, %v4176 : i64
        %v4178 = arith.addi %v4175, %v4177 : i64
        %v4179 = llvm.getelementptr %segsum_x_im[%v4178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4171, %v4179 : f32, !llvm.ptr
        %v4180 = llvm.load %v984 : !llvm.ptr -> f32
        %v4181 = arith.muli %v130, %v7 : i64
        %v4182 = arith.addi %v4181, %v110 : i64
        %v4183 = arith.muli %v4182, %v2 : i64
        %v4184 = arith.addi %v4183, %v145 : i64
        %v4185 = arith.muli %v4184, %size_B : i64
        %v4186 = arith.subi %size_B, %v3 : i64
        %v4187 = arith.minsi %v113, %v4186 : i64
        %v4188 = arith.addi %v4185, %v4187 : i64
        %v4189 = llvm.getelementptr %segsum_x_im[%v4188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4180, %v4189 : f32, !llvm.ptr
        %v4190 = llvm.load %v304 : !llvm.ptr -> f32
        %v4191 = arith.muli %v132, %v7 : i64
        %v4192 = arith.addi %v4191, %v110 : i64
        %v4193 = arith.muli %v4192, %v2 : i64
        %v4194 = arith.addi %v4193, %v145 : i64
        %v4195 = arith.muli %v4194, %size_B : i64
        %v4196 = arith.subi %size_B, %v3 : i64
        %v4197 = arith.minsi %v113, %v4196 : i64
        %v4198 = arith.addi %v4195, %v4197 : i64
        %v4199 = llvm.getelementptr %segsum_x_im[%v4198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4190, %v4199 : f32, !llvm.ptr
        %v4200 = llvm.load %v241 : !llvm.ptr -> f32
        %v4201 = arith.muli %v1, %v7 : i64
        %v4202 = arith.addi %v4201, %v110 : i64
        %v4203 = arith.muli %v4202, %v2 : i64
        %v4204 = arith.addi %v4203, %v145 : i64
        %v4205 = arith.muli %v4204, %size_B : i64
        %v4206 = arith.subi %size_B, %v3 : i64
        %v4207 = arith.minsi %v113, %v4206 : i64
        %v4208 = arith.addi %v4205, %v4207 : i64
        %v4209 = llvm.getelementptr %segsum_x_im[%v4208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4200, %v4209 : f32, !llvm.ptr
        %v4210 = llvm.load %v179 : !llvm.ptr -> f32
        %v4211 = arith.muli %v110, %v2 : i64
        %v4212 = arith.addi %v4211, %v147 : i64
        %v4213 = arith.muli %v4212, %size_B : i64
        %v4214 = arith.subi %size_B, %v3 : i64
        %v4215 = arith.minsi %v113, %v4214 : i64
        %v4216 = arith.addi %v4213, %v4215 : i64
        %v4217 = llvm.getelementptr %segsum_x_im[%v4216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4210, %v4217 : f32, !llvm.ptr
        %v4218 = llvm.load %v985 : !llvm.ptr -> f32
        %v4219 = arith.addi %v7, %v110 : i64
        %v4220 = arith.muli %v4219, %v2 : i64
        %v4221 = arith.addi %v4220, %v147 : i64
        %v4222 = arith.muli %v4221, %size_B : i64
        %v4223 = arith.subi %size_B, %v3 : i64
        %v4224 = arith.minsi %v113, %v4223 : i64
        %v4225 = arith.addi %v4222, %v4224 : i64
        %v4226 = llvm.getelementptr %segsum_x_im[%v4225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4218, %v4226 : f32, !llvm.ptr
        %v4227 = llvm.load %v986 : !llvm.ptr -> f32
        %v4228 = arith.muli %v130, %v7 : i64
        %v4229 = arith.addi %v4228, %v110 : i64
        %v4230 = arith.muli %v4229, %v2 : i64
        %v4231 = arith.addi %v4230, %v147 : i64
        %v4232 = arith.muli %v4231, %size_B : i64
        %v4233 = arith.subi %size_B, %v3 : i64
        %v4234 = arith.minsi %v113, %v4233 : i64
        %v4235 = arith.addi %v4232, %v4234 : i64
        %v4236 = llvm.getelementptr %segsum_x_im[%v4235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4227, %v4236 : f32, !llvm.ptr
        %v4237 = llvm.load %v306 : !llvm.ptr -> f32
        %v4238 = arith.muli %v132, %v7 : i64
        %v4239 = arith.addi %v4238, %v110 : i64
        %v4240 = arith.muli %v4239, %v2 : i64
        %v4241 = arith.addi %v4240, %v147 : i64
        %v4242 = arith.muli %v4241, %size_B : i64
        %v4243 = arith.subi %size_B, %v3 : i64
        %v4244 = arith.minsi %v113, %v4243 : i64
        %v4245 = arith.addi %v4242, %v4244 : i64
        %v4246 = llvm.getelementptr %segsum_x_im[%v4245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4237, %v4246 : f32, !llvm.ptr
        %v4247 = llvm.load %v243 : !llvm.ptr -> f32
        %v4248 = arith.muli %v1, %v7 : i64
        %v4249 = arith.addi %v4248, %v110 : i64
        %v4250 = arith.muli %v4249, %v2 : i64
        %v4251 = arith.addi %v4250, %v147 : i64
        %v4252 = arith.muli %v4251, %size_B : i64
        %v4253 = arith.subi %size_B, %v3 : i64
        %v4254 = arith.minsi %v113, %v4253 : i64
        %v4255 = arith.addi %v4252, %v4254 : i64
        %v4256 = llvm.getelementptr %segsum_x_im[%v4255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4247, %v4256 : f32, !llvm.ptr
        %v4257 = llvm.load %v181 : !llvm.ptr -> f32
        %v4258 = arith.muli %v110, %v2 : i64
        %v4259 = arith.addi %v4258, %v149 : i64
        %v4260 = arith.muli %v4259, %size_B : i64
        %v4261 = arith.subi %size_B, %v3 : i64
        %v4262 = arith.minsi %v113, %v4261 : i64
        %v4263 = arith.addi %v4260, %v4262 : i64
        %v4264 = llvm.getelementptr %segsum_x_im[%v4263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4257, %v4264 : f32, !llvm.ptr
        %v4265 = llvm.load %v987 : !llvm.ptr -> f32
        %v4266 = arith.addi %v7, %v110 : i64
        %v4267 = arith.muli %v4266, %v2 : i64
        %v4268 = arith.addi %v4267, %v149 : i64
        %v4269 = arith.muli %v4268, %size_B : i64
        %v4270 = arith.subi %size_B, %v3 : i64
        %v4271 = arith.minsi %v113, %v4270 : i64
        %v4272 = arith.addi %v4269, %v4271 : i64
        %v4273 = llvm.getelementptr %segsum_x_im[%v4272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4265, %v4273 : f32, !llvm.ptr
        %v4274 = llvm.load %v988 : !llvm.ptr -> f32
        %v4275 = arith.muli %v130, %v7 : i64
        %v4276 = arith.addi %v4275, %v110 : i64
        %v4277 = arith.muli %v4276, %v2 : i64
        %v4278 = arith.addi %v4277, %v149 : i64
        %v4279 = arith.muli %v4278, %size_B : i64
        %v4280 = arith.subi %size_B, %v3 : i64
        %v4281 = arith.minsi %v113, %v4280 : i64
        %v4282 = arith.addi %v4279, %v4281 : i64
        %v4283 = llvm.getelementptr %segsum_x_im[%v4282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4274, %v4283 : f32, !llvm.ptr
        %v4284 = llvm.load %v308 : !llvm.ptr -> f32
        %v4285 = arith.muli %v132, %v7 : i64
        %v4286 = arith.addi %v4285, %v110 : i64
        %v4287 = arith.muli %v4286, %v2 : i64
        %v4288 = arith.addi %v4287, %v149 : i64
        %v4289 = arith.muli %v4288, %size_B : i64
        %v4290 = arith.subi %size_B, %v3 : i64
        %v4291 = arith.minsi %v113, %v4290 : i64
        %v4292 = arith.addi %v4289, %v4291 : i64
        %v4293 = llvm.getelementptr %segsum_x_im[%v4292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4284, %v4293 : f32, !llvm.ptr
        %v4294 = llvm.load %v245 : !llvm.ptr -> f32
        %v4295 = arith.muli %v1, %v7 : i64
        %v4296 = arith.addi %v4295, %v110 : i64
        %v4297 = arith.muli %v4296, %v2 : i64
        %v4298 = arith.addi %v4297, %v149 : i64
        %v4299 = arith.muli %v4298, %size_B : i64
        %v4300 = arith.subi %size_B, %v3 : i64
        %v4301 = arith.minsi %v113, %v4300 : i64
        %v4302 = arith.addi %v4299, %v4301 : i64
        %v4303 = llvm.getelementptr %segsum_x_im[%v4302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4294, %v4303 : f32, !llvm.ptr
        %v4304 = llvm.load %v183 : !llvm.ptr -> f32
        %v4305 = arith.muli %v110, %v2 : i64
        %v4306 = arith.addi %v4305, %v151 : i64
        %v4307 = arith.muli %v4306, %size_B : i64
        %v4308 = arith.subi %size_B, %v3 : i64
        %v4309 = arith.minsi %v113, %v4308 : i64
        %v4310 = arith.addi %v4307, %v4309 : i64
        %v4311 = llvm.getelementptr %segsum_x_im[%v4310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4304, %v4311 : f32, !llvm.ptr
        %v4312 = llvm.load %v989 : !llvm.ptr -> f32
        %v4313 = arith.addi %v7, %v110 : i64
        %v4314 = arith.muli %v4313, %v2 : i64
        %v4315 = arith.addi %v4314, %v151 : i64
        %v4316 = arith.muli %v4315, %size_B : i64
        %v4317 = arith.subi %size_B, %v3 : i64
        %v4318 = arith.minsi %v113, %v4317 : i64
        %v4319 = arith.addi %v4316, %v4318 : i64
        %v4320 = llvm.getelementptr %segsum_x_im[%v4319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4312, %v4320 : f32, !llvm.ptr
        %v4321 = llvm.load %v990 : !llvm.ptr -> f32
        %v4322 = arith.muli %v130, %v7 : i64
        %v4323 = arith.addi %v4322, %v110 : i64
        %v4324 = arith.muli %v4323, %v2 : i64
        %v4325 = arith.addi %v4324, %v151 : i64
        %v4326 = arith.muli %v4325, %size_B : i64
        %v4327 = arith.subi %size_B, %v3 : i64
        %v4328 = arith.minsi %v113, %v4327 : i64
        %v4329 = arith.addi %v4326, %v4328 : i64
        %v4330 = llvm.getelementptr %segsum_x_im[%v4329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4321, %v4330 : f32, !llvm.ptr
        %v4331 = llvm.load %v310 : !llvm.ptr -> f32
        %v4332 = arith.muli %v132, %v7 : i64
        %v4333 = arith.addi %v4332, %v110 : i64
        %v4334 = arith.muli %v4333, %v2 : i64
        %v4335 = arith.addi %v4334, %v151 : i64
        %v4336 = arith.muli %v4335, %size_B : i64
        %v4337 = arith.subi %size_B, %v3 : i64
        %v4338 = arith.minsi %v113, %v4337 : i64
        %v4339 = arith.addi %v4336, %v4338 : i64
        %v4340 = llvm.getelementptr %segsum_x_im[%v4339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4331, %v4340 : f32, !llvm.ptr
        %v4341 = llvm.load %v247 : !llvm.ptr -> f32
        %v4342 = arith.muli %v1, %v7 : i64
        %v4343 = arith.addi %v4342, %v110 : i64
        %v4344 = arith.muli %v4343, %v2 : i64
        %v4345 = arith.addi %v4344, %v151 : i64
        %v4346 = arith.muli %v4345, %size_B : i64
        %v4347 = arith.subi %size_B, %v3 : i64
        %v4348 = arith.minsi %v113, %v4347 : i64
        %v4349 = arith.addi %v4346, %v4348 : i64
        %v4350 = llvm.getelementptr %segsum_x_im[%v4349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4341, %v4350 : f32, !llvm.ptr
        %v4351 = llvm.load %v185 : !llvm.ptr -> f32
        %v4352 = arith.muli %v110, %v2 : i64
        %v4353 = arith.addi %v4352, %v153 : i64
        %v4354 = arith.muli %v4353, %size_B : i64
        %v4355 = arith.subi %size_B, %v3 : i64
        %v4356 = arith.minsi %v113, %v4355 : i64
        %v4357 = arith.addi %v4354, %v4356 : i64
        %v4358 = llvm.getelementptr %segsum_x_im[%v4357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4351, %v4358 : f32, !llvm.ptr
        %v4359 = llvm.load %v991 : !llvm.ptr -> f32
        %v4360 = arith.addi %v7, %v110 : i64
        %v4361 = arith.muli %v4360, %v2 : i64
        %v4362 = arith.addi %v4361, %v153 : i64
        %v4363 = arith.muli %v4362, %size_B : i64
        %v4364 = arith.subi %size_B, %v3 : i64
        %v4365 = arith.minsi %v113, %v4364 : i64
        %v4366 = arith.addi %v4363, %v4365 : i64
        %v4367 = llvm.getelementptr %segsum_x_im[%v4366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4359, %v4367 : f32, !llvm.ptr
        %v4368 = llvm.load %v992 : !llvm.ptr -> f32
        %v4369 = arith.muli %v130, %v7 : i64
        %v4370 = arith.addi %v4369, %v110 : i64
        %v4371 = arith.muli %v4370, %v2 : i64
        %v4372 = arith.addi %v4371, %v153 : i64
        %v4373 = arith.muli %v4372, %size_B : i64
        %v4374 = arith.subi %size_B, %v3 : i64
        %v4375 = arith.minsi %v113, %v4374 : i64
        %v4376 = arith.addi %v4373, %v4375 : i64
        %v4377 = llvm.getelementptr %segsum_x_im[%v4376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4368, %v4377 : f32, !llvm.ptr
        %v4378 = llvm.load %v312 : !llvm.ptr -> f32
        %v4379 = arith.muli %v132, %v7 : i64
        %v4380 = arith.addi %v4379, %v110 : i64
        %v4381 = arith.muli %v4380, %v2 : i64
        %v4382 = arith.addi %v4381, %v153 : i64
        %v4383 = arith.muli %v4382, %size_B : i64
        %v4384 = arith.subi %size_B, %v3 : i64
        %v4385 = arith.minsi %v113, %v4384 : i64
        %v4386 = arith.addi %v4383, %v4385 : i64
        %v4387 = llvm.getelementptr %segsum_x_im[%v4386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4378, %v4387 : f32, !llvm.ptr
        %v4388 = llvm.load %v249 : !llvm.ptr -> f32
        %v4389 = arith.muli %v1, %v7 : i64
        %v4390 = arith.addi %v4389, %v110 : i64
        %v4391 = arith.muli %v4390, %v2 : i64
        %v4392 = arith.addi %v4391, %v153 : i64
        %v4393 = arith.muli %v4392, %size_B : i64
        %v4394 = arith.subi %size_B, %v3 : i64
        %v4395 = arith.minsi %v113, %v4394 : i64
        %v4396 = arith.addi %v4393, %v4395 : i64
        %v4397 = llvm.getelementptr %segsum_x_im[%v4396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4388, %v4397 : f32, !llvm.ptr
        %v4398 = llvm.load %v187 : !llvm.ptr -> f32
        %v4399 = arith.muli %v110, %v2 : i64
        %v4400 = arith.addi %v4399, %v155 : i64
        %v4401 = arith.muli %v4400, %size_B : i64
        %v4402 = arith.subi %size_B, %v3 : i64
        %v4403 = arith.minsi %v113, %v4402 : i64
        %v4404 = arith.addi %v4401, %v4403 : i64
        %v4405 = llvm.getelementptr %segsum_x_im[%v4404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4398, %v4405 : f32, !llvm.ptr
        %v4406 = llvm.load %v993 : !llvm.ptr -> f32
        %v4407 = arith.addi %v7, %v110 : i64
        %v4408 = arith.muli %v4407, %v2 : i64
        %v4409 = arith.addi %v4408, %v155 : i64
        %v4410 = arith.muli %v4409, %size_B : i64
        %v4411 = arith.subi %size_B, %v3 : i64
        %v4412 = arith.minsi %v113, %v4411 : i64
        %v4413 = arith.addi %v4410, %v4412 : i64
        %v4414 = llvm.getelementptr %segsum_x_im[%v4413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4406, %v4414 : f32, !llvm.ptr
        %v4415 = llvm.load %v994 : !llvm.ptr -> f32
        %v4416 = arith.muli %v130, %v7 : i64
        %v4417 = arith.addi %v4416, %v110 : i64
        %v4418 = arith.muli %v4417, %v2 : i64
        %v4419 = arith.addi %v4418, %v155 : i64
        %v4420 = arith.muli %v4419, %size_B : i64
        %v4421 = arith.subi %size_B, %v3 : i64
        %v4422 = arith.minsi %v113, %v4421 : i64
        %v4423 = arith.addi %v4420, %v4422 : i64
        %v4424 = llvm.getelementptr %segsum_x_im[%v4423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4415, %v4424 : f32, !llvm.ptr
        %v4425 = llvm.load %v314 : !llvm.ptr -> f32
        %v4426 = arith.muli %v132, %v7 : i64
        %v4427 = arith.addi %v4426, %v110 : i64
        %v4428 = arith.muli %v4427, %v2 : i64
        %v4429 = arith.addi %v4428, %v155 : i64
        %v4430 = arith.muli %v4429, %size_B : i64
        %v4431 = arith.subi %size_B, %v3 : i64
        %v4432 = arith.minsi %v113, %v4431 : i64
        %v4433 = arith.addi %v4430, %v4432 : i64
        %v4434 = llvm.getelementptr %segsum_x_im[%v4433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4425, %v4434 : f32, !llvm.ptr
        %v4435 = llvm.load %v250 : !llvm.ptr -> f32
        %v4436 = arith.muli %v1, %v7 : i64
        %v4437 = arith.addi %v4436, %v110 : i64
        %v4438 = arith.muli %v4437, %v2 : i64
        %v4439 = arith.addi %v4438, %v155 : i64
        %v4440 = arith.muli %v4439, %size_B : i64
        %v4441 = arith.subi %size_B, %v3 : i64
        %v4442 = arith.minsi %v113, %v4441 : i64
        %v4443 = arith.addi %v4440, %v4442 : i64
        %v4444 = llvm.getelementptr %segsum_x_im[%v4443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4435, %v4444 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
