module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_bwd_sum(%in_u: !llvm.ptr, %in_nu_log: !llvm.ptr, %in_theta_log: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %in_C_re: !llvm.ptr, %in_C_im: !llvm.ptr, %in_Dp: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %scratch_x_re: !llvm.ptr, %scratch_x_im: !llvm.ptr, %segsum_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
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
      %v104 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v124 = arith.constant 388 : i64
      %v125 = llvm.alloca %v124 x f32 : (i64) -> !llvm.ptr
      %v126 = arith.constant 63 : i64
      %v127 = arith.shrui %size_L, %v126 : i64
      %v128 = llvm.getelementptr %v125[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = arith.constant 0 : i64
      %v130 = llvm.getelementptr %v128[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v131 = llvm.getelementptr %v128[%v3] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v132 = arith.constant 2 : i64
      %v133 = llvm.getelementptr %v128[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v134 = arith.constant 3 : i64
      %v135 = llvm.getelementptr %v128[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v136 = llvm.getelementptr %v128[%v1] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v137 = arith.constant 5 : i64
      %v138 = llvm.getelementptr %v128[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v139 = arith.constant 6 : i64
      %v140 = llvm.getelementptr %v128[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = arith.constant 7 : i64
      %v142 = llvm.getelementptr %v128[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v143 = arith.constant 8 : i64
      %v144 = llvm.getelementptr %v128[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v145 = arith.constant 9 : i64
      %v146 = llvm.getelementptr %v128[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v147 = arith.constant 10 : i64
      %v148 = llvm.getelementptr %v128[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v149 = arith.constant 11 : i64
      %v150 = llvm.getelementptr %v128[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v151 = arith.constant 12 : i64
      %v152 = llvm.getelementptr %v128[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v153 = arith.constant 13 : i64
      %v154 = llvm.getelementptr %v128[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = arith.constant 14 : i64
      %v156 = llvm.getelementptr %v128[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v157 = arith.constant 15 : i64
      %v158 = llvm.getelementptr %v128[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v159 = llvm.getelementptr %v128[%v2] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v160 = arith.constant 17 : i64
      %v161 = llvm.getelementptr %v128[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = arith.constant 18 : i64
      %v163 = llvm.getelementptr %v128[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v164 = arith.constant 19 : i64
      %v165 = llvm.getelementptr %v128[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v166 = arith.constant 20 : i64
      %v167 = llvm.getelementptr %v128[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v168 = arith.constant 21 : i64
      %v169 = llvm.getelementptr %v128[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v170 = arith.constant 22 : i64
      %v171 = llvm.getelementptr %v128[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = arith.constant 23 : i64
      %v173 = llvm.getelementptr %v128[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v174 = arith.constant 24 : i64
      %v175 = llvm.getelementptr %v128[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v176 = arith.constant 25 : i64
      %v177 = llvm.getelementptr %v128[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v178 = arith.constant 26 : i64
      %v179 = llvm.getelementptr %v128[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v180 = arith.constant 27 : i64
      %v181 = llvm.getelementptr %v128[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v182 = arith.constant 28 : i64
      %v183 = llvm.getelementptr %v128[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = arith.constant 29 : i64
      %v185 = llvm.getelementptr %v128[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v186 = arith.constant 30 : i64
      %v187 = llvm.getelementptr %v128[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v188 = arith.constant 31 : i64
      %v189 = llvm.getelementptr %v128[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v190 = arith.constant 32 : i64
      %v191 = llvm.getelementptr %v128[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v192 = arith.constant 33 : i64
      %v193 = llvm.getelementptr %v128[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v194 = arith.constant 34 : i64
      %v195 = llvm.getelementptr %v128[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v196 = arith.constant 35 : i64
      %v197 = llvm.getelementptr %v128[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v198 = arith.constant 36 : i64
      %v199 = llvm.getelementptr %v128[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v200 = arith.constant 37 : i64
      %v201 = llvm.getelementptr %v128[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v202 = arith.constant 38 : i64
      %v203 = llvm.getelementptr %v128[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v204 = arith.constant 39 : i64
      %v205 = llvm.getelementptr %v128[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v206 = arith.constant 40 : i64
      %v207 = llvm.getelementptr %v128[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v208 = arith.constant 41 : i64
      %v209 = llvm.getelementptr %v128[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v210 = arith.constant 42 : i64
      %v211 = llvm.getelementptr %v128[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v212 = arith.constant 43 : i64
      %v213 = llvm.getelementptr %v128[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = arith.constant 44 : i64
      %v215 = llvm.getelementptr %v128[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v216 = arith.constant 45 : i64
      %v217 = llvm.getelementptr %v128[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v218 = arith.constant 46 : i64
      %v219 = llvm.getelementptr %v128[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v220 = arith.constant 47 : i64
      %v221 = llvm.getelementptr %v128[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v222 = arith.constant 48 : i64
      %v223 = llvm.getelementptr %v128[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v224 = arith.constant 49 : i64
      %v225 = llvm.getelementptr %v128[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v226 = arith.constant 50 : i64
      %v227 = llvm.getelementptr %v128[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v228 = arith.constant 51 : i64
      %v229 = llvm.getelementptr %v128[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v230 = arith.constant 52 : i64
      %v231 = llvm.getelementptr %v128[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v232 = arith.constant 53 : i64
      %v233 = llvm.getelementptr %v128[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v234 = arith.constant 54 : i64
      %v235 = llvm.getelementptr %v128[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v236 = arith.constant 55 : i64
      %v237 = llvm.getelementptr %v128[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v238 = arith.constant 56 : i64
      %v239 = llvm.getelementptr %v128[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v240 = arith.constant 57 : i64
      %v241 = llvm.getelementptr %v128[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v242 = arith.constant 58 : i64
      %v243 = llvm.getelementptr %v128[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = arith.constant 59 : i64
      %v245 = llvm.getelementptr %v128[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v246 = arith.constant 60 : i64
      %v247 = llvm.getelementptr %v128[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v248 = arith.constant 61 : i64
      %v249 = llvm.getelementptr %v128[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v250 = arith.constant 62 : i64
      %v251 = llvm.getelementptr %v128[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v252 = llvm.getelementptr %v128[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v253 = arith.constant 64 : i64
      %v254 = llvm.getelementptr %v128[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v255 = arith.constant 65 : i64
      %v256 = llvm.getelementptr %v128[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v257 = arith.constant 66 : i64
      %v258 = llvm.getelementptr %v128[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v259 = arith.constant 67 : i64
      %v260 = llvm.getelementptr %v128[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v261 = arith.constant 68 : i64
      %v262 = llvm.getelementptr %v128[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v263 = arith.constant 69 : i64
      %v264 = llvm.getelementptr %v128[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v265 = arith.constant 70 : i64
      %v266 = llvm.getelementptr %v128[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = arith.constant 71 : i64
      %v268 = llvm.getelementptr %v128[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v269 = arith.constant 72 : i64
      %v270 = llvm.getelementptr %v128[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v271 = arith.constant 73 : i64
      %v272 = llvm.getelementptr %v128[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v273 = arith.constant 74 : i64
      %v274 = llvm.getelementptr %v128[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v275 = arith.constant 75 : i64
      %v276 = llvm.getelementptr %v128[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v277 = arith.constant 76 : i64
      %v278 = llvm.getelementptr %v128[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v279 = arith.constant 77 : i64
      %v280 = llvm.getelementptr %v128[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v281 = arith.constant 78 : i64
      %v282 = llvm.getelementptr %v128[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v283 = arith.constant 79 : i64
      %v284 = llvm.getelementptr %v128[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v285 = arith.constant 80 : i64
      %v286 = llvm.getelementptr %v128[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v287 = arith.constant 81 : i64
      %v288 = llvm.getelementptr %v128[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = arith.constant 82 : i64
      %v290 = llvm.getelementptr %v128[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v291 = arith.constant 83 : i64
      %v292 = llvm.getelementptr %v128[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v293 = arith.constant 84 : i64
      %v294 = llvm.getelementptr %v128[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v295 = arith.constant 85 : i64
      %v296 = llvm.getelementptr %v128[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v297 = arith.constant 86 : i64
      %v298 = llvm.getelementptr %v128[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v299 = arith.constant 87 : i64
      %v300 = llvm.getelementptr %v128[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v301 = arith.constant 88 : i64
      %v302 = llvm.getelementptr %v128[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v303 = arith.constant 89 : i64
      %v304 = llvm.getelementptr %v128[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v305 = arith.constant 90 : i64
      %v306 = llvm.getelementptr %v128[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v307 = arith.constant 91 : i64
      %v308 = llvm.getelementptr %v128[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v309 = arith.constant 92 : i64
      %v310 = llvm.getelementptr %v128[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v311 = arith.constant 93 : i64
      %v312 = llvm.getelementptr %v128[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v313 = arith.constant 94 : i64
      %v314 = llvm.getelementptr %v128[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v315 = arith.constant 95 : i64
      %v316 = llvm.getelementptr %v128[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v317 = arith.constant 96 : i64
      %v318 = llvm.getelementptr %v128[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v319 = arith.constant 97 : i64
      %v320 = llvm.getelementptr %v128[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v321 = arith.constant 98 : i64
      %v322 = llvm.getelementptr %v128[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v323 = arith.constant 99 : i64
      %v324 = llvm.getelementptr %v128[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v325 = arith.constant 100 : i64
      %v326 = llvm.getelementptr %v128[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v327 = arith.constant 101 : i64
      %v328 = llvm.getelementptr %v128[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v329 = arith.constant 102 : i64
      %v330 = llvm.getelementptr %v128[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v331 = arith.constant 103 : i64
      %v332 = llvm.getelementptr %v128[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = arith.constant 104 : i64
      %v334 = llvm.getelementptr %v128[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v335 = arith.constant 105 : i64
      %v336 = llvm.getelementptr %v128[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v337 = arith.constant 106 : i64
      %v338 = llvm.getelementptr %v128[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v339 = arith.constant 107 : i64
      %v340 = llvm.getelementptr %v128[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v341 = arith.constant 108 : i64
      %v342 = llvm.getelementptr %v128[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v343 = arith.constant 109 : i64
      %v344 = llvm.getelementptr %v128[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v345 = arith.constant 110 : i64
      %v346 = llvm.getelementptr %v128[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v347 = arith.constant 111 : i64
      %v348 = llvm.getelementptr %v128[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v349 = arith.constant 112 : i64
      %v350 = llvm.getelementptr %v128[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v351 = arith.constant 113 : i64
      %v352 = llvm.getelementptr %v128[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v353 = arith.constant 114 : i64
      %v354 = llvm.getelementptr %v128[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v355 = arith.constant 115 : i64
      %v356 = llvm.getelementptr %v128[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v357 = arith.constant 116 : i64
      %v358 = llvm.getelementptr %v128[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v359 = arith.constant 117 : i64
      %v360 = llvm.getelementptr %v128[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v361 = arith.constant 118 : i64
      %v362 = llvm.getelementptr %v128[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = arith.constant 119 : i64
      %v364 = llvm.getelementptr %v128[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = arith.constant 120 : i64
      %v366 = llvm.getelementptr %v128[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v367 = arith.constant 121 : i64
      %v368 = llvm.getelementptr %v128[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v369 = arith.constant 122 : i64
      %v370 = llvm.getelementptr %v128[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v371 = arith.constant 123 : i64
      %v372 = llvm.getelementptr %v128[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v373 = arith.constant 124 : i64
      %v374 = llvm.getelementptr %v128[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v375 = arith.constant 125 : i64
      %v376 = llvm.getelementptr %v128[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v377 = arith.constant 126 : i64
      %v378 = llvm.getelementptr %v128[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = arith.constant 127 : i64
      %v380 = llvm.getelementptr %v128[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v381 = arith.constant 128 : i64
      %v382 = llvm.getelementptr %v128[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v383 = arith.constant 129 : i64
      %v384 = llvm.getelementptr %v128[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v385 = arith.constant 130 : i64
      %v386 = llvm.getelementptr %v128[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v387 = arith.constant 131 : i64
      %v388 = llvm.getelementptr %v128[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v389 = arith.constant 132 : i64
      %v390 = llvm.getelementptr %v128[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v391 = arith.constant 133 : i64
      %v392 = llvm.getelementptr %v128[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = arith.constant 134 : i64
      %v394 = llvm.getelementptr %v128[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v395 = arith.constant 135 : i64
      %v396 = llvm.getelementptr %v128[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v397 = arith.constant 136 : i64
      %v398 = llvm.getelementptr %v128[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v399 = arith.constant 137 : i64
      %v400 = llvm.getelementptr %v128[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v401 = arith.constant 138 : i64
      %v402 = llvm.getelementptr %v128[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v403 = arith.constant 139 : i64
      %v404 = llvm.getelementptr %v128[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v405 = arith.constant 140 : i64
      %v406 = llvm.getelementptr %v128[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v407 = arith.constant 141 : i64
      %v408 = llvm.getelementptr %v128[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v409 = arith.constant 142 : i64
      %v410 = llvm.getelementptr %v128[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v411 = arith.constant 143 : i64
      %v412 = llvm.getelementptr %v128[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v413 = arith.constant 144 : i64
      %v414 = llvm.getelementptr %v128[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v415 = arith.constant 145 : i64
      %v416 = llvm.getelementptr %v128[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v417 = arith.constant 146 : i64
      %v418 = llvm.getelementptr %v128[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v419 = arith.constant 147 : i64
      %v420 = llvm.getelementptr %v128[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = arith.constant 148 : i64
      %v422 = llvm.getelementptr %v128[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v423 = arith.constant 149 : i64
      %v424 = llvm.getelementptr %v128[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v425 = arith.constant 150 : i64
      %v426 = llvm.getelementptr %v128[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v427 = arith.constant 151 : i64
      %v428 = llvm.getelementptr %v128[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v429 = arith.constant 152 : i64
      %v430 = llvm.getelementptr %v128[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v431 = arith.constant 153 : i64
      %v432 = llvm.getelementptr %v128[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v433 = arith.constant 154 : i64
      %v434 = llvm.getelementptr %v128[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v435 = arith.constant 155 : i64
      %v436 = llvm.getelementptr %v128[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v437 = arith.constant 156 : i64
      %v438 = llvm.getelementptr %v128[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v439 = arith.constant 157 : i64
      %v440 = llvm.getelementptr %v128[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v441 = arith.constant 158 : i64
      %v442 = llvm.getelementptr %v128[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v443 = arith.constant 159 : i64
      %v444 = llvm.getelementptr %v128[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v445 = arith.constant 160 : i64
      %v446 = llvm.getelementptr %v128[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v447 = arith.constant 161 : i64
      %v448 = llvm.getelementptr %v128[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v449 = arith.constant 162 : i64
      %v450 = llvm.getelementptr %v128[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v451 = arith.constant 163 : i64
      %v452 = llvm.getelementptr %v128[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v453 = arith.constant 164 : i64
      %v454 = llvm.getelementptr %v128[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v455 = arith.constant 165 : i64
      %v456 = llvm.getelementptr %v128[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v457 = arith.constant 166 : i64
      %v458 = llvm.getelementptr %v128[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v459 = arith.constant 167 : i64
      %v460 = llvm.getelementptr %v128[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v461 = arith.constant 168 : i64
      %v462 = llvm.getelementptr %v128[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = arith.constant 169 : i64
      %v464 = llvm.getelementptr %v128[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v465 = arith.constant 170 : i64
      %v466 = llvm.getelementptr %v128[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v467 = arith.constant 171 : i64
      %v468 = llvm.getelementptr %v128[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v469 = arith.constant 172 : i64
      %v470 = llvm.getelementptr %v128[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v471 = arith.constant 173 : i64
      %v472 = llvm.getelementptr %v128[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v473 = arith.constant 174 : i64
      %v474 = llvm.getelementptr %v128[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v475 = arith.constant 175 : i64
      %v476 = llvm.getelementptr %v128[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v477 = arith.constant 176 : i64
      %v478 = llvm.getelementptr %v128[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v479 = arith.constant 177 : i64
      %v480 = llvm.getelementptr %v128[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v481 = arith.constant 178 : i64
      %v482 = llvm.getelementptr %v128[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = arith.constant 179 : i64
      %v484 = llvm.getelementptr %v128[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v485 = arith.constant 180 : i64
      %v486 = llvm.getelementptr %v128[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v487 = arith.constant 181 : i64
      %v488 = llvm.getelementptr %v128[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v489 = arith.constant 182 : i64
      %v490 = llvm.getelementptr %v128[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = arith.constant 183 : i64
      %v492 = llvm.getelementptr %v128[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v493 = arith.constant 184 : i64
      %v494 = llvm.getelementptr %v128[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v495 = arith.constant 185 : i64
      %v496 = llvm.getelementptr %v128[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v497 = arith.constant 186 : i64
      %v498 = llvm.getelementptr %v128[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v499 = arith.constant 187 : i64
      %v500 = llvm.getelementptr %v128[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v501 = arith.constant 188 : i64
      %v502 = llvm.getelementptr %v128[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v503 = arith.constant 189 : i64
      %v504 = llvm.getelementptr %v128[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v505 = arith.constant 190 : i64
      %v506 = llvm.getelementptr %v128[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v507 = arith.constant 191 : i64
      %v508 = llvm.getelementptr %v128[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v509 = arith.constant 192 : i64
      %v510 = llvm.getelementptr %v128[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v511 = arith.constant 193 : i64
      %v512 = llvm.getelementptr %v128[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v513 = arith.constant 194 : i64
      %v514 = llvm.getelementptr %v128[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v515 = arith.constant 195 : i64
      %v516 = llvm.getelementptr %v128[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v517 = arith.constant 196 : i64
      %v518 = llvm.getelementptr %v128[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v519 = arith.constant 197 : i64
      %v520 = llvm.getelementptr %v128[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v521 = arith.constant 198 : i64
      %v522 = llvm.getelementptr %v128[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v523 = arith.constant 199 : i64
      %v524 = llvm.getelementptr %v128[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v525 = arith.constant 200 : i64
      %v526 = llvm.getelementptr %v128[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v527 = arith.constant 201 : i64
      %v528 = llvm.getelementptr %v128[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v529 = arith.constant 202 : i64
      %v530 = llvm.getelementptr %v128[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v531 = arith.constant 203 : i64
      %v532 = llvm.getelementptr %v128[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v533 = arith.constant 204 : i64
      %v534 = llvm.getelementptr %v128[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v535 = arith.constant 205 : i64
      %v536 = llvm.getelementptr %v128[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v537 = arith.constant 206 : i64
      %v538 = llvm.getelementptr %v128[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v539 = arith.constant 207 : i64
      %v540 = llvm.getelementptr %v128[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v541 = arith.constant 208 : i64
      %v542 = llvm.getelementptr %v128[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v543 = arith.constant 209 : i64
      %v544 = llvm.getelementptr %v128[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v545 = arith.constant 210 : i64
      %v546 = llvm.getelementptr %v128[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v547 = arith.constant 211 : i64
      %v548 = llvm.getelementptr %v128[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v549 = arith.constant 212 : i64
      %v550 = llvm.getelementptr %v128[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v551 = arith.constant 213 : i64
      %v552 = llvm.getelementptr %v128[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v553 = arith.constant 214 : i64
      %v554 = llvm.getelementptr %v128[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v555 = arith.constant 215 : i64
      %v556 = llvm.getelementptr %v128[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v557 = arith.constant 216 : i64
      %v558 = llvm.getelementptr %v128[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v559 = arith.constant 217 : i64
      %v560 = llvm.getelementptr %v128[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v561 = arith.constant 218 : i64
      %v562 = llvm.getelementptr %v128[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v563 = arith.constant 219 : i64
      %v564 = llvm.getelementptr %v128[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v565 = arith.constant 220 : i64
      %v566 = llvm.getelementptr %v128[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v567 = arith.constant 221 : i64
      %v568 = llvm.getelementptr %v128[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v569 = arith.constant 222 : i64
      %v570 = llvm.getelementptr %v128[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v571 = arith.constant 223 : i64
      %v572 = llvm.getelementptr %v128[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v573 = arith.constant 224 : i64
      %v574 = llvm.getelementptr %v128[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v575 = arith.constant 225 : i64
      %v576 = llvm.getelementptr %v128[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v577 = arith.constant 226 : i64
      %v578 = llvm.getelementptr %v128[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v579 = arith.constant 227 : i64
      %v580 = llvm.getelementptr %v128[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v581 = arith.constant 228 : i64
      %v582 = llvm.getelementptr %v128[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v583 = arith.constant 229 : i64
      %v584 = llvm.getelementptr %v128[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v585 = arith.constant 230 : i64
      %v586 = llvm.getelementptr %v128[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v587 = arith.constant 231 : i64
      %v588 = llvm.getelementptr %v128[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v589 = arith.constant 232 : i64
      %v590 = llvm.getelementptr %v128[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v591 = arith.constant 233 : i64
      %v592 = llvm.getelementptr %v128[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v593 = arith.constant 234 : i64
      %v594 = llvm.getelementptr %v128[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v595 = arith.constant 235 : i64
      %v596 = llvm.getelementptr %v128[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v597 = arith.constant 236 : i64
      %v598 = llvm.getelementptr %v128[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v599 = arith.constant 237 : i64
      %v600 = llvm.getelementptr %v128[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v601 = arith.constant 238 : i64
      %v602 = llvm.getelementptr %v128[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v603 = arith.constant 239 : i64
      %v604 = llvm.getelementptr %v128[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v605 = arith.constant 240 : i64
      %v606 = llvm.getelementptr %v128[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v607 = arith.constant 241 : i64
      %v608 = llvm.getelementptr %v128[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v609 = arith.constant 242 : i64
      %v610 = llvm.getelementptr %v128[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v611 = arith.constant 243 : i64
      %v612 = llvm.getelementptr %v128[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v613 = arith.constant 244 : i64
      %v614 = llvm.getelementptr %v128[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v615 = arith.constant 245 : i64
      %v616 = llvm.getelementptr %v128[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v617 = arith.constant 246 : i64
      %v618 = llvm.getelementptr %v128[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v619 = arith.constant 247 : i64
      %v620 = llvm.getelementptr %v128[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v621 = arith.constant 248 : i64
      %v622 = llvm.getelementptr %v128[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v623 = arith.constant 249 : i64
      %v624 = llvm.getelementptr %v128[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v625 = arith.constant 250 : i64
      %v626 = llvm.getelementptr %v128[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v627 = arith.constant 251 : i64
      %v628 = llvm.getelementptr %v128[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v629 = arith.constant 252 : i64
      %v630 = llvm.getelementptr %v128[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v631 = arith.constant 253 : i64
      %v632 = llvm.getelementptr %v128[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v633 = arith.constant 254 : i64
      %v634 = llvm.getelementptr %v128[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v635 = llvm.getelementptr %v128[%v5] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v636 = llvm.getelementptr %v128[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v637 = arith.constant 257 : i64
      %v638 = llvm.getelementptr %v128[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v639 = arith.constant 258 : i64
      %v640 = llvm.getelementptr %v128[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v641 = arith.constant 259 : i64
      %v642 = llvm.getelementptr %v128[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v643 = arith.constant 260 : i64
      %v644 = llvm.getelementptr %v128[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v645 = arith.constant 261 : i64
      %v646 = llvm.getelementptr %v128[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v647 = arith.constant 262 : i64
      %v648 = llvm.getelementptr %v128[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v649 = arith.constant 263 : i64
      %v650 = llvm.getelementptr %v128[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v651 = arith.constant 264 : i64
      %v652 = llvm.getelementptr %v128[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v653 = arith.constant 265 : i64
      %v654 = llvm.getelementptr %v128[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v655 = arith.constant 266 : i64
      %v656 = llvm.getelementptr %v128[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v657 = arith.constant 267 : i64
      %v658 = llvm.getelementptr %v128[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v659 = arith.constant 268 : i64
      %v660 = llvm.getelementptr %v128[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v661 = arith.constant 269 : i64
      %v662 = llvm.getelementptr %v128[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v663 = arith.constant 270 : i64
      %v664 = llvm.getelementptr %v128[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v665 = arith.constant 271 : i64
      %v666 = llvm.getelementptr %v128[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v667 = arith.constant 272 : i64
      %v668 = llvm.getelementptr %v128[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v669 = arith.constant 273 : i64
      %v670 = llvm.getelementptr %v128[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v671 = arith.constant 274 : i64
      %v672 = llvm.getelementptr %v128[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v673 = arith.constant 275 : i64
      %v674 = llvm.getelementptr %v128[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v675 = arith.constant 276 : i64
      %v676 = llvm.getelementptr %v128[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v677 = arith.constant 277 : i64
      %v678 = llvm.getelementptr %v128[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v679 = arith.constant 278 : i64
      %v680 = llvm.getelementptr %v128[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v681 = arith.constant 279 : i64
      %v682 = llvm.getelementptr %v128[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v683 = arith.constant 280 : i64
      %v684 = llvm.getelementptr %v128[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v685 = arith.constant 281 : i64
      %v686 = llvm.getelementptr %v128[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v687 = arith.constant 282 : i64
      %v688 = llvm.getelementptr %v128[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v689 = arith.constant 283 : i64
      %v690 = llvm.getelementptr %v128[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v691 = arith.constant 284 : i64
      %v692 = llvm.getelementptr %v128[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v693 = arith.constant 285 : i64
      %v694 = llvm.getelementptr %v128[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v695 = arith.constant 286 : i64
      %v696 = llvm.getelementptr %v128[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v697 = arith.constant 287 : i64
      %v698 = llvm.getelementptr %v128[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v699 = arith.constant 288 : i64
      %v700 = llvm.getelementptr %v128[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v701 = arith.constant 289 : i64
      %v702 = llvm.getelementptr %v128[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v703 = arith.constant 290 : i64
      %v704 = llvm.getelementptr %v128[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v705 = arith.constant 291 : i64
      %v706 = llvm.getelementptr %v128[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v707 = arith.constant 292 : i64
      %v708 = llvm.getelementptr %v128[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v709 = arith.constant 293 : i64
      %v710 = llvm.getelementptr %v128[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v711 = arith.constant 294 : i64
      %v712 = llvm.getelementptr %v128[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v713 = arith.constant 295 : i64
      %v714 = llvm.getelementptr %v128[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v715 = arith.constant 296 : i64
      %v716 = llvm.getelementptr %v128[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v717 = arith.constant 297 : i64
      %v718 = llvm.getelementptr %v128[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v719 = arith.constant 298 : i64
      %v720 = llvm.getelementptr %v128[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v721 = arith.constant 299 : i64
      %v722 = llvm.getelementptr %v128[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v723 = arith.constant 300 : i64
      %v724 = llvm.getelementptr %v128[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v725 = arith.constant 301 : i64
      %v726 = llvm.getelementptr %v128[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v727 = arith.constant 302 : i64
      %v728 = llvm.getelementptr %v128[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v729 = arith.constant 303 : i64
      %v730 = llvm.getelementptr %v128[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v731 = arith.constant 304 : i64
      %v732 = llvm.getelementptr %v128[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v733 = arith.constant 305 : i64
      %v734 = llvm.getelementptr %v128[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v735 = arith.constant 306 : i64
      %v736 = llvm.getelementptr %v128[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v737 = arith.constant 307 : i64
      %v738 = llvm.getelementptr %v128[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v739 = arith.constant 308 : i64
      %v740 = llvm.getelementptr %v128[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v741 = arith.constant 309 : i64
      %v742 = llvm.getelementptr %v128[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v743 = arith.constant 310 : i64
      %v744 = llvm.getelementptr %v128[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v745 = arith.constant 311 : i64
      %v746 = llvm.getelementptr %v128[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v747 = arith.constant 312 : i64
      %v748 = llvm.getelementptr %v128[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v749 = arith.constant 313 : i64
      %v750 = llvm.getelementptr %v128[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v751 = arith.constant 314 : i64
      %v752 = llvm.getelementptr %v128[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v753 = arith.constant 315 : i64
      %v754 = llvm.getelementptr %v128[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v755 = arith.constant 316 : i64
      %v756 = llvm.getelementptr %v128[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v757 = arith.constant 317 : i64
      %v758 = llvm.getelementptr %v128[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v759 = arith.constant 318 : i64
      %v760 = llvm.getelementptr %v128[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v761 = arith.constant 319 : i64
      %v762 = llvm.getelementptr %v128[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v763 = arith.constant 320 : i64
      %v764 = llvm.getelementptr %v128[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v765 = arith.constant 321 : i64
      %v766 = llvm.getelementptr %v128[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v767 = arith.constant 322 : i64
      %v768 = llvm.getelementptr %v128[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v769 = arith.constant 323 : i64
      %v770 = llvm.getelementptr %v128[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v771 = arith.constant 324 : i64
      %v772 = llvm.getelementptr %v128[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v773 = arith.constant 325 : i64
      %v774 = llvm.getelementptr %v128[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v775 = arith.constant 326 : i64
      %v776 = llvm.getelementptr %v128[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v777 = arith.constant 327 : i64
      %v778 = llvm.getelementptr %v128[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v779 = arith.constant 328 : i64
      %v780 = llvm.getelementptr %v128[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v781 = arith.constant 329 : i64
      %v782 = llvm.getelementptr %v128[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v783 = arith.constant 330 : i64
      %v784 = llvm.getelementptr %v128[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v785 = arith.constant 331 : i64
      %v786 = llvm.getelementptr %v128[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v787 = arith.constant 332 : i64
      %v788 = llvm.getelementptr %v128[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v789 = arith.constant 333 : i64
      %v790 = llvm.getelementptr %v128[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v791 = arith.constant 334 : i64
      %v792 = llvm.getelementptr %v128[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v793 = arith.constant 335 : i64
      %v794 = llvm.getelementptr %v128[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v795 = arith.constant 336 : i64
      %v796 = llvm.getelementptr %v128[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v797 = arith.constant 337 : i64
      %v798 = llvm.getelementptr %v128[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v799 = arith.constant 338 : i64
      %v800 = llvm.getelementptr %v128[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v801 = arith.constant 339 : i64
      %v802 = llvm.getelementptr %v128[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v803 = arith.constant 340 : i64
      %v804 = llvm.getelementptr %v128[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v805 = arith.constant 341 : i64
      %v806 = llvm.getelementptr %v128[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v807 = arith.constant 342 : i64
      %v808 = llvm.getelementptr %v128[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v809 = arith.constant 343 : i64
      %v810 = llvm.getelementptr %v128[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v811 = arith.constant 344 : i64
      %v812 = llvm.getelementptr %v128[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v813 = arith.constant 345 : i64
      %v814 = llvm.getelementptr %v128[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v815 = arith.constant 346 : i64
      %v816 = llvm.getelementptr %v128[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v817 = arith.constant 347 : i64
      %v818 = llvm.getelementptr %v128[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v819 = arith.constant 348 : i64
      %v820 = llvm.getelementptr %v128[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v821 = arith.constant 349 : i64
      %v822 = llvm.getelementptr %v128[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v823 = arith.constant 350 : i64
      %v824 = llvm.getelementptr %v128[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v825 = arith.constant 351 : i64
      %v826 = llvm.getelementptr %v128[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v827 = arith.constant 352 : i64
      %v828 = llvm.getelementptr %v128[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v829 = arith.constant 353 : i64
      %v830 = llvm.getelementptr %v128[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v831 = arith.constant 354 : i64
      %v832 = llvm.getelementptr %v128[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v833 = arith.constant 355 : i64
      %v834 = llvm.getelementptr %v128[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v835 = arith.constant 356 : i64
      %v836 = llvm.getelementptr %v128[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v837 = arith.constant 357 : i64
      %v838 = llvm.getelementptr %v128[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v839 = arith.constant 358 : i64
      %v840 = llvm.getelementptr %v128[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v841 = arith.constant 359 : i64
      %v842 = llvm.getelementptr %v128[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v843 = arith.constant 360 : i64
      %v844 = llvm.getelementptr %v128[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v845 = arith.constant 361 : i64
      %v846 = llvm.getelementptr %v128[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v847 = arith.constant 362 : i64
      %v848 = llvm.getelementptr %v128[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v849 = arith.constant 363 : i64
      %v850 = llvm.getelementptr %v128[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v851 = arith.constant 364 : i64
      %v852 = llvm.getelementptr %v128[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v853 = arith.constant 365 : i64
      %v854 = llvm.getelementptr %v128[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v855 = arith.constant 366 : i64
      %v856 = llvm.getelementptr %v128[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v857 = arith.constant 367 : i64
      %v858 = llvm.getelementptr %v128[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v859 = arith.constant 368 : i64
      %v860 = llvm.getelementptr %v128[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v861 = arith.constant 369 : i64
      %v862 = llvm.getelementptr %v128[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v863 = arith.constant 370 : i64
      %v864 = llvm.getelementptr %v128[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v865 = arith.constant 371 : i64
      %v866 = llvm.getelementptr %v128[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v867 = arith.constant 372 : i64
      %v868 = llvm.getelementptr %v128[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v869 = arith.constant 373 : i64
      %v870 = llvm.getelementptr %v128[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v871 = arith.constant 374 : i64
      %v872 = llvm.getelementptr %v128[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v873 = arith.constant 375 : i64
      %v874 = llvm.getelementptr %v128[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v875 = arith.constant 376 : i64
      %v876 = llvm.getelementptr %v128[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v877 = arith.constant 377 : i64
      %v878 = llvm.getelementptr %v128[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v879 = arith.constant 378 : i64
      %v880 = llvm.getelementptr %v128[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v881 = arith.constant 379 : i64
      %v882 = llvm.getelementptr %v128[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v883 = arith.constant 380 : i64
      %v884 = llvm.getelementptr %v128[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v885 = arith.constant 381 : i64
      %v886 = llvm.getelementptr %v128[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v887 = arith.constant 382 : i64
      %v888 = llvm.getelementptr %v128[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v889 = arith.constant 383 : i64
      %v890 = llvm.getelementptr %v128[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v891 = arith.constant 384 : i64
      %v892 = llvm.getelementptr %v128[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v893 = arith.constant 385 : i64
      %v894 = llvm.getelementptr %v128[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v895 = arith.constant 386 : i64
      %v896 = llvm.getelementptr %v128[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v897 = arith.constant 387 : i64
      %v898 = llvm.getelementptr %v128[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v899 = arith.constant 0x00000000 : f32
      %v900 = arith.constant 0x3F800000 : f32
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
      %v963 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v964 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1008 = arith.constant 2147483647 : i64
      %v1012 = arith.constant 0 : i32
      %v1112 = arith.muli %v3, %v2 : i64
      %v1116 = arith.muli %v3, %v1 : i64
      %v1117 = arith.muli %v1116, %size_L : i64
      %v2539 = arith.constant 0x3FB8AA3B : f32
      %v2550 = arith.constant 0x3E22F983 : f32
      %v2553 = arith.constant 0x40C90000 : f32
      %v2554 = arith.constant 0x3AFDAA22 : f32
      %v105 = gpu.block_id x
      %v106 = gpu.thread_id x
      %v107 = arith.index_cast %v106 : index to i64
      %v108 = arith.index_cast %v105 : index to i64
      %v109 = arith.subi %v7, %v3 : i64
      %v110 = arith.addi %v4, %v109 : i64
      %v111 = arith.divui %v110, %v7 : i64
      %v112 = arith.divui %v108, %v111 : i64
      %v113 = arith.remui %v108, %v111 : i64
      %v114 = arith.muli %v113, %v7 : i64
      %v115 = arith.addi %v114, %v107 : i64
      %v116 = arith.cmpi slt, %v115, %v4 : i64
      %v117 = arith.subi %v4, %v3 : i64
      %v118 = arith.minsi %v115, %v117 : i64
      %v119 = arith.remui %v118, %size_B : i64
      %v120 = arith.divui %v118, %size_B : i64
      %v121 = arith.muli %v112, %v1 : i64
      %v122 = arith.addi %v121, %v1 : i64
      %v123 = arith.muli %v112, %v4 : i64
      llvm.store %v899, %v130 : f32, !llvm.ptr
      llvm.store %v899, %v131 : f32, !llvm.ptr
      llvm.store %v899, %v133 : f32, !llvm.ptr
      llvm.store %v899, %v135 : f32, !llvm.ptr
      llvm.store %v899, %v136 : f32, !llvm.ptr
      llvm.store %v899, %v138 : f32, !llvm.ptr
      llvm.store %v899, %v140 : f32, !llvm.ptr
      llvm.store %v899, %v142 : f32, !llvm.ptr
      llvm.store %v899, %v144 : f32, !llvm.ptr
      llvm.store %v899, %v146 : f32, !llvm.ptr
      llvm.store %v899, %v148 : f32, !llvm.ptr
      llvm.store %v899, %v150 : f32, !llvm.ptr
      llvm.store %v899, %v152 : f32, !llvm.ptr
      llvm.store %v899, %v154 : f32, !llvm.ptr
      llvm.store %v899, %v156 : f32, !llvm.ptr
      llvm.store %v899, %v158 : f32, !llvm.ptr
      llvm.store %v899, %v159 : f32, !llvm.ptr
      llvm.store %v899, %v161 : f32, !llvm.ptr
      llvm.store %v899, %v163 : f32, !llvm.ptr
      llvm.store %v899, %v165 : f32, !llvm.ptr
      llvm.store %v899, %v167 : f32, !llvm.ptr
      llvm.store %v899, %v169 : f32, !llvm.ptr
      llvm.store %v899, %v171 : f32, !llvm.ptr
      llvm.store %v899, %v173 : f32, !llvm.ptr
      llvm.store %v899, %v175 : f32, !llvm.ptr
      llvm.store %v899, %v177 : f32, !llvm.ptr
      llvm.store %v899, %v179 : f32, !llvm.ptr
      llvm.store %v899, %v181 : f32, !llvm.ptr
      llvm.store %v899, %v183 : f32, !llvm.ptr
      llvm.store %v899, %v185 : f32, !llvm.ptr
      llvm.store %v899, %v187 : f32, !llvm.ptr
      llvm.store %v899, %v189 : f32, !llvm.ptr
      llvm.store %v900, %v191 : f32, !llvm.ptr
      llvm.store %v900, %v193 : f32, !llvm.ptr
      llvm.store %v900, %v195 : f32, !llvm.ptr
      llvm.store %v900, %v197 : f32, !llvm.ptr
      llvm.store %v900, %v199 : f32, !llvm.ptr
      llvm.store %v900, %v201 : f32, !llvm.ptr
      llvm.store %v900, %v203 : f32, !llvm.ptr
      llvm.store %v900, %v205 : f32, !llvm.ptr
      llvm.store %v900, %v207 : f32, !llvm.ptr
      llvm.store %v900, %v209 : f32, !llvm.ptr
      llvm.store %v900, %v211 : f32, !llvm.ptr
      llvm.store %v900, %v213 : f32, !llvm.ptr
      llvm.store %v900, %v215 : f32, !llvm.ptr
      llvm.store %v900, %v217 : f32, !llvm.ptr
      llvm.store %v900, %v219 : f32, !llvm.ptr
      llvm.store %v900, %v221 : f32, !llvm.ptr
      llvm.store %v900, %v223 : f32, !llvm.ptr
      llvm.store %v900, %v225 : f32, !llvm.ptr
      llvm.store %v900, %v227 : f32, !llvm.ptr
      llvm.store %v900, %v229 : f32, !llvm.ptr
      llvm.store %v900, %v231 : f32, !llvm.ptr
      llvm.store %v900, %v233 : f32, !llvm.ptr
      llvm.store %v900, %v235 : f32, !llvm.ptr
      llvm.store %v900, %v237 : f32, !llvm.ptr
      llvm.store %v900, %v239 : f32, !llvm.ptr
      llvm.store %v900, %v241 : f32, !llvm.ptr
      llvm.store %v900, %v243 : f32, !llvm.ptr
      llvm.store %v900, %v245 : f32, !llvm.ptr
      llvm.store %v900, %v247 : f32, !llvm.ptr
      llvm.store %v900, %v249 : f32, !llvm.ptr
      llvm.store %v900, %v251 : f32, !llvm.ptr
      llvm.store %v900, %v252 : f32, !llvm.ptr
      llvm.store %v899, %v254 : f32, !llvm.ptr
      llvm.store %v899, %v256 : f32, !llvm.ptr
      llvm.store %v899, %v258 : f32, !llvm.ptr
      llvm.store %v899, %v260 : f32, !llvm.ptr
      llvm.store %v899, %v262 : f32, !llvm.ptr
      llvm.store %v899, %v264 : f32, !llvm.ptr
      llvm.store %v899, %v266 : f32, !llvm.ptr
      llvm.store %v899, %v268 : f32, !llvm.ptr
      llvm.store %v899, %v270 : f32, !llvm.ptr
      llvm.store %v899, %v272 : f32, !llvm.ptr
      llvm.store %v899, %v274 : f32, !llvm.ptr
      llvm.store %v899, %v276 : f32, !llvm.ptr
      llvm.store %v899, %v278 : f32, !llvm.ptr
      llvm.store %v899, %v280 : f32, !llvm.ptr
      llvm.store %v899, %v282 : f32, !llvm.ptr
      llvm.store %v899, %v284 : f32, !llvm.ptr
      llvm.store %v899, %v286 : f32, !llvm.ptr
      llvm.store %v899, %v288 : f32, !llvm.ptr
      llvm.store %v899, %v290 : f32, !llvm.ptr
      llvm.store %v899, %v292 : f32, !llvm.ptr
      llvm.store %v899, %v294 : f32, !llvm.ptr
      llvm.store %v899, %v296 : f32, !llvm.ptr
      llvm.store %v899, %v298 : f32, !llvm.ptr
      llvm.store %v899, %v300 : f32, !llvm.ptr
      llvm.store %v899, %v302 : f32, !llvm.ptr
      llvm.store %v899, %v304 : f32, !llvm.ptr
      llvm.store %v899, %v306 : f32, !llvm.ptr
      llvm.store %v899, %v308 : f32, !llvm.ptr
      llvm.store %v899, %v310 : f32, !llvm.ptr
      llvm.store %v899, %v312 : f32, !llvm.ptr
      llvm.store %v899, %v314 : f32, !llvm.ptr
      llvm.store %v899, %v316 : f32, !llvm.ptr
      llvm.store %v899, %v318 : f32, !llvm.ptr
      llvm.store %v899, %v320 : f32, !llvm.ptr
      llvm.store %v899, %v322 : f32, !llvm.ptr
      llvm.store %v899, %v324 : f32, !llvm.ptr
      llvm.store %v899, %v326 : f32, !llvm.ptr
      llvm.store %v899, %v328 : f32, !llvm.ptr
      llvm.store %v899, %v330 : f32, !llvm.ptr
      llvm.store %v899, %v332 : f32, !llvm.ptr
      llvm.store %v899, %v334 : f32, !llvm.ptr
      llvm.store %v899, %v336 : f32, !llvm.ptr
      llvm.store %v899, %v338 : f32, !llvm.ptr
      llvm.store %v899, %v340 : f32, !llvm.ptr
      llvm.store %v899, %v342 : f32, !llvm.ptr
      llvm.store %v899, %v344 : f32, !llvm.ptr
      llvm.store %v899, %v346 : f32, !llvm.ptr
      llvm.store %v899, %v348 : f32, !llvm.ptr
      llvm.store %v899, %v350 : f32, !llvm.ptr
      llvm.store %v899, %v352 : f32, !llvm.ptr
      llvm.store %v899, %v354 : f32, !llvm.ptr
      llvm.store %v899, %v356 : f32, !llvm.ptr
      llvm.store %v899, %v358 : f32, !llvm.ptr
      llvm.store %v899, %v360 : f32, !llvm.ptr
      llvm.store %v899, %v362 : f32, !llvm.ptr
      llvm.store %v899, %v364 : f32, !llvm.ptr
      llvm.store %v899, %v366 : f32, !llvm.ptr
      llvm.store %v899, %v368 : f32, !llvm.ptr
      llvm.store %v899, %v370 : f32, !llvm.ptr
      llvm.store %v899, %v372 : f32, !llvm.ptr
      llvm.store %v899, %v374 : f32, !llvm.ptr
      llvm.store %v899, %v376 : f32, !llvm.ptr
      llvm.store %v899, %v378 : f32, !llvm.ptr
      llvm.store %v899, %v380 : f32, !llvm.ptr
      llvm.store %v899, %v382 : f32, !llvm.ptr
      llvm.store %v899, %v384 : f32, !llvm.ptr
      llvm.store %v899, %v386 : f32, !llvm.ptr
      llvm.store %v899, %v388 : f32, !llvm.ptr
      llvm.store %v899, %v390 : f32, !llvm.ptr
      llvm.store %v899, %v392 : f32, !llvm.ptr
      llvm.store %v899, %v394 : f32, !llvm.ptr
      llvm.store %v899, %v396 : f32, !llvm.ptr
      llvm.store %v899, %v398 : f32, !llvm.ptr
      llvm.store %v899, %v400 : f32, !llvm.ptr
      llvm.store %v899, %v402 : f32, !llvm.ptr
      llvm.store %v899, %v404 : f32, !llvm.ptr
      llvm.store %v899, %v406 : f32, !llvm.ptr
      llvm.store %v899, %v408 : f32, !llvm.ptr
      llvm.store %v899, %v410 : f32, !llvm.ptr
      llvm.store %v899, %v412 : f32, !llvm.ptr
      llvm.store %v899, %v414 : f32, !llvm.ptr
      llvm.store %v899, %v416 : f32, !llvm.ptr
      llvm.store %v899, %v418 : f32, !llvm.ptr
      llvm.store %v899, %v420 : f32, !llvm.ptr
      llvm.store %v899, %v422 : f32, !llvm.ptr
      llvm.store %v899, %v424 : f32, !llvm.ptr
      llvm.store %v899, %v426 : f32, !llvm.ptr
      llvm.store %v899, %v428 : f32, !llvm.ptr
      llvm.store %v899, %v430 : f32, !llvm.ptr
      llvm.store %v899, %v432 : f32, !llvm.ptr
      llvm.store %v899, %v434 : f32, !llvm.ptr
      llvm.store %v899, %v436 : f32, !llvm.ptr
      llvm.store %v899, %v438 : f32, !llvm.ptr
      llvm.store %v899, %v440 : f32, !llvm.ptr
      llvm.store %v899, %v442 : f32, !llvm.ptr
      llvm.store %v899, %v444 : f32, !llvm.ptr
      llvm.store %v899, %v446 : f32, !llvm.ptr
      llvm.store %v899, %v448 : f32, !llvm.ptr
      llvm.store %v899, %v450 : f32, !llvm.ptr
      llvm.store %v899, %v452 : f32, !llvm.ptr
      llvm.store %v899, %v454 : f32, !llvm.ptr
      llvm.store %v899, %v456 : f32, !llvm.ptr
      llvm.store %v899, %v458 : f32, !llvm.ptr
      llvm.store %v899, %v460 : f32, !llvm.ptr
      llvm.store %v899, %v462 : f32, !llvm.ptr
      llvm.store %v899, %v464 : f32, !llvm.ptr
      llvm.store %v899, %v466 : f32, !llvm.ptr
      llvm.store %v899, %v468 : f32, !llvm.ptr
      llvm.store %v899, %v470 : f32, !llvm.ptr
      llvm.store %v899, %v472 : f32, !llvm.ptr
      llvm.store %v899, %v474 : f32, !llvm.ptr
      llvm.store %v899, %v476 : f32, !llvm.ptr
      llvm.store %v899, %v478 : f32, !llvm.ptr
      llvm.store %v899, %v480 : f32, !llvm.ptr
      llvm.store %v899, %v482 : f32, !llvm.ptr
      llvm.store %v899, %v484 : f32, !llvm.ptr
      llvm.store %v899, %v486 : f32, !llvm.ptr
      llvm.store %v899, %v488 : f32, !llvm.ptr
      llvm.store %v899, %v490 : f32, !llvm.ptr
      llvm.store %v899, %v492 : f32, !llvm.ptr
      llvm.store %v899, %v494 : f32, !llvm.ptr
      llvm.store %v899, %v496 : f32, !llvm.ptr
      llvm.store %v899, %v498 : f32, !llvm.ptr
      llvm.store %v899, %v500 : f32, !llvm.ptr
      llvm.store %v899, %v502 : f32, !llvm.ptr
      llvm.store %v899, %v504 : f32, !llvm.ptr
      llvm.store %v899, %v506 : f32, !llvm.ptr
      llvm.store %v899, %v508 : f32, !llvm.ptr
      llvm.store %v899, %v510 : f32, !llvm.ptr
      llvm.store %v899, %v512 : f32, !llvm.ptr
      llvm.store %v899, %v514 : f32, !llvm.ptr
      llvm.store %v899, %v516 : f32, !llvm.ptr
      llvm.store %v899, %v518 : f32, !llvm.ptr
      llvm.store %v899, %v520 : f32, !llvm.ptr
      llvm.store %v899, %v522 : f32, !llvm.ptr
      llvm.store %v899, %v524 : f32, !llvm.ptr
      llvm.store %v899, %v526 : f32, !llvm.ptr
      llvm.store %v899, %v528 : f32, !llvm.ptr
      llvm.store %v899, %v530 : f32, !llvm.ptr
      llvm.store %v899, %v532 : f32, !llvm.ptr
      llvm.store %v899, %v534 : f32, !llvm.ptr
      llvm.store %v899, %v536 : f32, !llvm.ptr
      llvm.store %v899, %v538 : f32, !llvm.ptr
      llvm.store %v899, %v540 : f32, !llvm.ptr
      llvm.store %v899, %v542 : f32, !llvm.ptr
      llvm.store %v899, %v544 : f32, !llvm.ptr
      llvm.store %v899, %v546 : f32, !llvm.ptr
      llvm.store %v899, %v548 : f32, !llvm.ptr
      llvm.store %v899, %v550 : f32, !llvm.ptr
      llvm.store %v899, %v552 : f32, !llvm.ptr
      llvm.store %v899, %v554 : f32, !llvm.ptr
      llvm.store %v899, %v556 : f32, !llvm.ptr
      llvm.store %v899, %v558 : f32, !llvm.ptr
      llvm.store %v899, %v560 : f32, !llvm.ptr
      llvm.store %v899, %v562 : f32, !llvm.ptr
      llvm.store %v899, %v564 : f32, !llvm.ptr
      llvm.store %v899, %v566 : f32, !llvm.ptr
      llvm.store %v899, %v568 : f32, !llvm.ptr
      llvm.store %v899, %v570 : f32, !llvm.ptr
      llvm.store %v899, %v572 : f32, !llvm.ptr
      llvm.store %v899, %v574 : f32, !llvm.ptr
      llvm.store %v899, %v576 : f32, !llvm.ptr
      llvm.store %v899, %v578 : f32, !llvm.ptr
      llvm.store %v899, %v580 : f32, !llvm.ptr
      llvm.store %v899, %v582 : f32, !llvm.ptr
      llvm.store %v899, %v584 : f32, !llvm.ptr
      llvm.store %v899, %v586 : f32, !llvm.ptr
      llvm.store %v899, %v588 : f32, !llvm.ptr
      llvm.store %v899, %v590 : f32, !llvm.ptr
      llvm.store %v899, %v592 : f32, !llvm.ptr
      llvm.store %v899, %v594 : f32, !llvm.ptr
      llvm.store %v899, %v596 : f32, !llvm.ptr
      llvm.store %v899, %v598 : f32, !llvm.ptr
      llvm.store %v899, %v600 : f32, !llvm.ptr
      llvm.store %v899, %v602 : f32, !llvm.ptr
      llvm.store %v899, %v604 : f32, !llvm.ptr
      llvm.store %v899, %v606 : f32, !llvm.ptr
      llvm.store %v899, %v608 : f32, !llvm.ptr
      llvm.store %v899, %v610 : f32, !llvm.ptr
      llvm.store %v899, %v612 : f32, !llvm.ptr
      llvm.store %v899, %v614 : f32, !llvm.ptr
      llvm.store %v899, %v616 : f32, !llvm.ptr
      llvm.store %v899, %v618 : f32, !llvm.ptr
      llvm.store %v899, %v620 : f32, !llvm.ptr
      llvm.store %v899, %v622 : f32, !llvm.ptr
      llvm.store %v899, %v624 : f32, !llvm.ptr
      llvm.store %v899, %v626 : f32, !llvm.ptr
      llvm.store %v899, %v628 : f32, !llvm.ptr
      llvm.store %v899, %v630 : f32, !llvm.ptr
      llvm.store %v899, %v632 : f32, !llvm.ptr
      llvm.store %v899, %v634 : f32, !llvm.ptr
      llvm.store %v899, %v635 : f32, !llvm.ptr
      llvm.store %v899, %v636 : f32, !llvm.ptr
      llvm.store %v899, %v638 : f32, !llvm.ptr
      llvm.store %v899, %v640 : f32, !llvm.ptr
      llvm.store %v899, %v642 : f32, !llvm.ptr
      llvm.store %v899, %v644 : f32, !llvm.ptr
      llvm.store %v899, %v646 : f32, !llvm.ptr
      llvm.store %v899, %v648 : f32, !llvm.ptr
      llvm.store %v899, %v650 : f32, !llvm.ptr
      llvm.store %v899, %v652 : f32, !llvm.ptr
      llvm.store %v899, %v654 : f32, !llvm.ptr
      llvm.store %v899, %v656 : f32, !llvm.ptr
      llvm.store %v899, %v658 : f32, !llvm.ptr
      llvm.store %v899, %v660 : f32, !llvm.ptr
      llvm.store %v899, %v662 : f32, !llvm.ptr
      llvm.store %v899, %v664 : f32, !llvm.ptr
      llvm.store %v899, %v666 : f32, !llvm.ptr
      llvm.store %v899, %v668 : f32, !llvm.ptr
      llvm.store %v899, %v670 : f32, !llvm.ptr
      llvm.store %v899, %v672 : f32, !llvm.ptr
      llvm.store %v899, %v674 : f32, !llvm.ptr
      llvm.store %v899, %v676 : f32, !llvm.ptr
      llvm.store %v899, %v678 : f32, !llvm.ptr
      llvm.store %v899, %v680 : f32, !llvm.ptr
      llvm.store %v899, %v682 : f32, !llvm.ptr
      llvm.store %v899, %v684 : f32, !llvm.ptr
      llvm.store %v899, %v686 : f32, !llvm.ptr
      llvm.store %v899, %v688 : f32, !llvm.ptr
      llvm.store %v899, %v690 : f32, !llvm.ptr
      llvm.store %v899, %v692 : f32, !llvm.ptr
      llvm.store %v899, %v694 : f32, !llvm.ptr
      llvm.store %v899, %v696 : f32, !llvm.ptr
      llvm.store %v899, %v698 : f32, !llvm.ptr
      llvm.store %v899, %v700 : f32, !llvm.ptr
      llvm.store %v899, %v702 : f32, !llvm.ptr
      llvm.store %v899, %v704 : f32, !llvm.ptr
      llvm.store %v899, %v706 : f32, !llvm.ptr
      llvm.store %v899, %v708 : f32, !llvm.ptr
      llvm.store %v899, %v710 : f32, !llvm.ptr
      llvm.store %v899, %v712 : f32, !llvm.ptr
      llvm.store %v899, %v714 : f32, !llvm.ptr
      llvm.store %v899, %v716 : f32, !llvm.ptr
      llvm.store %v899, %v718 : f32, !llvm.ptr
      llvm.store %v899, %v720 : f32, !llvm.ptr
      llvm.store %v899, %v722 : f32, !llvm.ptr
      llvm.store %v899, %v724 : f32, !llvm.ptr
      llvm.store %v899, %v726 : f32, !llvm.ptr
      llvm.store %v899, %v728 : f32, !llvm.ptr
      llvm.store %v899, %v730 : f32, !llvm.ptr
      llvm.store %v899, %v732 : f32, !llvm.ptr
      llvm.store %v899, %v734 : f32, !llvm.ptr
      llvm.store %v899, %v736 : f32, !llvm.ptr
      llvm.store %v899, %v738 : f32, !llvm.ptr
      llvm.store %v899, %v740 : f32, !llvm.ptr
      llvm.store %v899, %v742 : f32, !llvm.ptr
      llvm.store %v899, %v744 : f32, !llvm.ptr
      llvm.store %v899, %v746 : f32, !llvm.ptr
      llvm.store %v899, %v748 : f32, !llvm.ptr
      llvm.store %v899, %v750 : f32, !llvm.ptr
      llvm.store %v899, %v752 : f32, !llvm.ptr
      llvm.store %v899, %v754 : f32, !llvm.ptr
      llvm.store %v899, %v756 : f32, !llvm.ptr
      llvm.store %v899, %v758 : f32, !llvm.ptr
      llvm.store %v899, %v760 : f32, !llvm.ptr
      llvm.store %v899, %v762 : f32, !llvm.ptr
      llvm.store %v899, %v764 : f32, !llvm.ptr
      llvm.store %v899, %v766 : f32, !llvm.ptr
      llvm.store %v899, %v768 : f32, !llvm.ptr
      llvm.store %v899, %v770 : f32, !llvm.ptr
      llvm.store %v899, %v772 : f32, !llvm.ptr
      llvm.store %v899, %v774 : f32, !llvm.ptr
      llvm.store %v899, %v776 : f32, !llvm.ptr
      llvm.store %v899, %v778 : f32, !llvm.ptr
      llvm.store %v899, %v780 : f32, !llvm.ptr
      llvm.store %v899, %v782 : f32, !llvm.ptr
      llvm.store %v899, %v784 : f32, !llvm.ptr
      llvm.store %v899, %v786 : f32, !llvm.ptr
      llvm.store %v899, %v788 : f32, !llvm.ptr
      llvm.store %v899, %v790 : f32, !llvm.ptr
      llvm.store %v899, %v792 : f32, !llvm.ptr
      llvm.store %v899, %v794 : f32, !llvm.ptr
      llvm.store %v899, %v796 : f32, !llvm.ptr
      llvm.store %v899, %v798 : f32, !llvm.ptr
      llvm.store %v899, %v800 : f32, !llvm.ptr
      llvm.store %v899, %v802 : f32, !llvm.ptr
      llvm.store %v899, %v804 : f32, !llvm.ptr
      llvm.store %v899, %v806 : f32, !llvm.ptr
      llvm.store %v899, %v808 : f32, !llvm.ptr
      llvm.store %v899, %v810 : f32, !llvm.ptr
      llvm.store %v899, %v812 : f32, !llvm.ptr
      llvm.store %v899, %v814 : f32, !llvm.ptr
      llvm.store %v899, %v816 : f32, !llvm.ptr
      llvm.store %v899, %v818 : f32, !llvm.ptr
      llvm.store %v899, %v820 : f32, !llvm.ptr
      llvm.store %v899, %v822 : f32, !llvm.ptr
      llvm.store %v899, %v824 : f32, !llvm.ptr
      llvm.store %v899, %v826 : f32, !llvm.ptr
      llvm.store %v899, %v828 : f32, !llvm.ptr
      llvm.store %v899, %v830 : f32, !llvm.ptr
      llvm.store %v899, %v832 : f32, !llvm.ptr
      llvm.store %v899, %v834 : f32, !llvm.ptr
      llvm.store %v899, %v836 : f32, !llvm.ptr
      llvm.store %v899, %v838 : f32, !llvm.ptr
      llvm.store %v899, %v840 : f32, !llvm.ptr
      llvm.store %v899, %v842 : f32, !llvm.ptr
      llvm.store %v899, %v844 : f32, !llvm.ptr
      llvm.store %v899, %v846 : f32, !llvm.ptr
      llvm.store %v899, %v848 : f32, !llvm.ptr
      llvm.store %v899, %v850 : f32, !llvm.ptr
      llvm.store %v899, %v852 : f32, !llvm.ptr
      llvm.store %v899, %v854 : f32, !llvm.ptr
      llvm.store %v899, %v856 : f32, !llvm.ptr
      llvm.store %v899, %v858 : f32, !llvm.ptr
      llvm.store %v899, %v860 : f32, !llvm.ptr
      llvm.store %v899, %v862 : f32, !llvm.ptr
      llvm.store %v899, %v864 : f32, !llvm.ptr
      llvm.store %v899, %v866 : f32, !llvm.ptr
      llvm.store %v899, %v868 : f32, !llvm.ptr
      llvm.store %v899, %v870 : f32, !llvm.ptr
      llvm.store %v899, %v872 : f32, !llvm.ptr
      llvm.store %v899, %v874 : f32, !llvm.ptr
      llvm.store %v899, %v876 : f32, !llvm.ptr
      llvm.store %v899, %v878 : f32, !llvm.ptr
      llvm.store %v899, %v880 : f32, !llvm.ptr
      llvm.store %v899, %v882 : f32, !llvm.ptr
      llvm.store %v899, %v884 : f32, !llvm.ptr
      llvm.store %v899, %v886 : f32, !llvm.ptr
      llvm.store %v899, %v888 : f32, !llvm.ptr
      llvm.store %v899, %v890 : f32, !llvm.ptr
      llvm.store %v899, %v892 : f32, !llvm.ptr
      llvm.store %v899, %v894 : f32, !llvm.ptr
      llvm.store %v899, %v896 : f32, !llvm.ptr
      llvm.store %v899, %v898 : f32, !llvm.ptr
      llvm.store %v900, %v901 : f32, !llvm.ptr
      llvm.store %v899, %v902 : f32, !llvm.ptr
      llvm.store %v900, %v903 : f32, !llvm.ptr
      llvm.store %v899, %v904 : f32, !llvm.ptr
      llvm.store %v900, %v905 : f32, !llvm.ptr
      llvm.store %v899, %v906 : f32, !llvm.ptr
      llvm.store %v900, %v907 : f32, !llvm.ptr
      llvm.store %v899, %v908 : f32, !llvm.ptr
      llvm.store %v900, %v909 : f32, !llvm.ptr
      llvm.store %v899, %v910 : f32, !llvm.ptr
      llvm.store %v900, %v911 : f32, !llvm.ptr
      llvm.store %v899, %v912 : f32, !llvm.ptr
      llvm.store %v900, %v913 : f32, !llvm.ptr
      llvm.store %v899, %v914 : f32, !llvm.ptr
      llvm.store %v900, %v915 : f32, !llvm.ptr
      llvm.store %v899, %v916 : f32, !llvm.ptr
      llvm.store %v900, %v917 : f32, !llvm.ptr
      llvm.store %v899, %v918 : f32, !llvm.ptr
      llvm.store %v900, %v919 : f32, !llvm.ptr
      llvm.store %v899, %v920 : f32, !llvm.ptr
      llvm.store %v900, %v921 : f32, !llvm.ptr
      llvm.store %v899, %v922 : f32, !llvm.ptr
      llvm.store %v900, %v923 : f32, !llvm.ptr
      llvm.store %v899, %v924 : f32, !llvm.ptr
      llvm.store %v900, %v925 : f32, !llvm.ptr
      llvm.store %v899, %v926 : f32, !llvm.ptr
      llvm.store %v900, %v927 : f32, !llvm.ptr
      llvm.store %v899, %v928 : f32, !llvm.ptr
      llvm.store %v900, %v929 : f32, !llvm.ptr
      llvm.store %v899, %v930 : f32, !llvm.ptr
      llvm.store %v900, %v931 : f32, !llvm.ptr
      llvm.store %v899, %v932 : f32, !llvm.ptr
      llvm.store %v899, %v933 : f32, !llvm.ptr
      llvm.store %v900, %v934 : f32, !llvm.ptr
      llvm.store %v899, %v935 : f32, !llvm.ptr
      llvm.store %v900, %v936 : f32, !llvm.ptr
      llvm.store %v899, %v937 : f32, !llvm.ptr
      llvm.store %v900, %v938 : f32, !llvm.ptr
      llvm.store %v899, %v939 : f32, !llvm.ptr
      llvm.store %v900, %v940 : f32, !llvm.ptr
      llvm.store %v899, %v941 : f32, !llvm.ptr
      llvm.store %v900, %v942 : f32, !llvm.ptr
      llvm.store %v899, %v943 : f32, !llvm.ptr
      llvm.store %v900, %v944 : f32, !llvm.ptr
      llvm.store %v899, %v945 : f32, !llvm.ptr
      llvm.store %v900, %v946 : f32, !llvm.ptr
      llvm.store %v899, %v947 : f32, !llvm.ptr
      llvm.store %v900, %v948 : f32, !llvm.ptr
      llvm.store %v899, %v949 : f32, !llvm.ptr
      llvm.store %v900, %v950 : f32, !llvm.ptr
      llvm.store %v899, %v951 : f32, !llvm.ptr
      llvm.store %v900, %v952 : f32, !llvm.ptr
      llvm.store %v899, %v953 : f32, !llvm.ptr
      llvm.store %v900, %v954 : f32, !llvm.ptr
      llvm.store %v899, %v955 : f32, !llvm.ptr
      llvm.store %v900, %v956 : f32, !llvm.ptr
      llvm.store %v899, %v957 : f32, !llvm.ptr
      llvm.store %v900, %v958 : f32, !llvm.ptr
      llvm.store %v899, %v959 : f32, !llvm.ptr
      llvm.store %v900, %v960 : f32, !llvm.ptr
      llvm.store %v899, %v961 : f32, !llvm.ptr
      llvm.store %v900, %v962 : f32, !llvm.ptr
      llvm.store %v899, %v963 : f32, !llvm.ptr
      llvm.store %v900, %v964 : f32, !llvm.ptr
      %v965 = arith.cmpi eq, %size_L, %v129 : i64
      scf.if %v965 {
        llvm.store %v899, %v73 : f32, !llvm.ptr
        llvm.store %v899, %v74 : f32, !llvm.ptr
        llvm.store %v899, %v75 : f32, !llvm.ptr
        llvm.store %v899, %v76 : f32, !llvm.ptr
        llvm.store %v899, %v77 : f32, !llvm.ptr
        llvm.store %v899, %v78 : f32, !llvm.ptr
        llvm.store %v899, %v79 : f32, !llvm.ptr
        llvm.store %v899, %v80 : f32, !llvm.ptr
        llvm.store %v899, %v81 : f32, !llvm.ptr
        llvm.store %v899, %v82 : f32, !llvm.ptr
        llvm.store %v899, %v83 : f32, !llvm.ptr
        llvm.store %v899, %v84 : f32, !llvm.ptr
        llvm.store %v899, %v85 : f32, !llvm.ptr
        llvm.store %v899, %v86 : f32, !llvm.ptr
        llvm.store %v899, %v87 : f32, !llvm.ptr
        llvm.store %v899, %v88 : f32, !llvm.ptr
        llvm.store %v899, %v89 : f32, !llvm.ptr
        llvm.store %v899, %v90 : f32, !llvm.ptr
        llvm.store %v899, %v91 : f32, !llvm.ptr
        llvm.store %v899, %v92 : f32, !llvm.ptr
        llvm.store %v899, %v93 : f32, !llvm.ptr
        llvm.store %v899, %v94 : f32, !llvm.ptr
        llvm.store %v899, %v95 : f32, !llvm.ptr
        llvm.store %v899, %v96 : f32, !llvm.ptr
        llvm.store %v899, %v97 : f32, !llvm.ptr
        llvm.store %v899, %v98 : f32, !llvm.ptr
        llvm.store %v899, %v99 : f32, !llvm.ptr
        llvm.store %v899, %v100 : f32, !llvm.ptr
        llvm.store %v899, %v101 : f32, !llvm.ptr
        llvm.store %v899, %v102 : f32, !llvm.ptr
        llvm.store %v899, %v103 : f32, !llvm.ptr
        llvm.store %v899, %v104 : f32, !llvm.ptr
      }
      %v966 = arith.subi %v253, %v3 : i64
      %v967 = arith.addi %size_L, %v966 : i64
      %v968 = arith.divui %v967, %v253 : i64
      %v969 = arith.minsi %v122, %v968 : i64
      %v970 = arith.muli %v112, %v253 : i64
      %v971 = arith.subi %v969, %v121 : i64
      %v972 = arith.maxsi %v971, %v129 : i64
      %v973 = arith.index_cast %v129 : i64 to index
      %v974 = arith.index_cast %v972 : i64 to index
      %v975 = arith.index_cast %v3 : i64 to index
      scf.for %v976 = %v973 to %v974 step %v975 {
        %v977 = arith.index_cast %v976 : index to i64
        %v978 = arith.subi %v969, %v3 : i64
        %v979 = arith.subi %v978, %v977 : i64
        %v980 = arith.muli %v979, %v253 : i64
        %v981 = arith.subi %size_L, %v980 : i64
        %v982 = arith.minsi %v981, %v253 : i64
        %v983 = arith.addi %v982, %v129 : i64
        %v984 = arith.divui %v983, %v3 : i64
        %v985 = arith.index_cast %v129 : i64 to index
        %v986 = arith.index_cast %v3 : i64 to index
        %v987 = arith.index_cast %v3 : i64 to index
        scf.for %v988 = %v985 to %v986 step %v987 {
          %v989 = arith.index_cast %v988 : index to i64
          %v990 = arith.index_cast %v129 : i64 to index
          %v991 = arith.index_cast %v984 : i64 to index
          %v992 = arith.index_cast %v3 : i64 to index
          scf.for %v993 = %v990 to %v991 step %v992 {
            %v994 = arith.index_cast %v993 : index to i64
            %v995 = arith.cmpi slt, %v994, %v984 : i64
            scf.if %v995 {
              %v996 = arith.subi %v984, %v3 : i64
              %v997 = arith.subi %v996, %v994 : i64
              %v998 = arith.muli %v997, %v3 : i64
              %v999 = arith.addi %v970, %v997 : i64
              %v1000 = arith.addi %v998, %v3 : i64
              %v1001 = arith.cmpi sle, %v1000, %v982 : i64
              scf.if %v1001 {
                %v1002 = arith.subi %v982, %v3 : i64
                // the group's states, recomputed into registers
                %v1003 = arith.subi %v982, %v998 : i64
                %v1004 = arith.trunci %v1003 : i64 to i32
                %v1005 = arith.subi %size_L, %v3 : i64
                %v1006 = arith.addi %v980, %v998 : i64
                %v1007 = arith.subi %v1005, %v1006 : i64
                %v1009 = arith.minsi %v1007, %v1008 : i64
                %v1010 = arith.trunci %v1009 : i64 to i32
                %v1011 = arith.addi %v998, %v129 : i64
                %v1013 = arith.cmpi slt, %v1012, %v1004 : i32
                %v1014 = arith.cmpi eq, %v1012, %v1010 : i32
                %v1015 = arith.addi %v980, %v1011 : i64
                %v1016 = llvm.load %v130 : !llvm.ptr -> f32
                %v1017 = llvm.load %v131 : !llvm.ptr -> f32
                %v1018 = llvm.load %v133 : !llvm.ptr -> f32
                %v1019 = llvm.load %v135 : !llvm.ptr -> f32
                %v1020 = llvm.load %v136 : !llvm.ptr -> f32
                %v1021 = llvm.load %v138 : !llvm.ptr -> f32
                %v1022 = llvm.load %v140 : !llvm.ptr -> f32
                %v1023 = llvm.load %v142 : !llvm.ptr -> f32
                %v1024 = llvm.load %v144 : !llvm.ptr -> f32
                %v1025 = llvm.load %v146 : !llvm.ptr -> f32
                %v1026 = llvm.load %v148 : !llvm.ptr -> f32
                %v1027 = llvm.load %v150 : !llvm.ptr -> f32
                %v1028 = llvm.load %v152 : !llvm.ptr -> f32
                %v1029 = llvm.load %v154 : !llvm.ptr -> f32
                %v1030 = llvm.load %v156 : !llvm.ptr -> f32
                %v1031 = llvm.load %v158 : !llvm.ptr -> f32
                %v1032 = llvm.load %v159 : !llvm.ptr -> f32
                %v1033 = llvm.load %v161 : !llvm.ptr -> f32
                %v1034 = llvm.load %v163 : !llvm.ptr -> f32
                %v1035 = llvm.load %v165 : !llvm.ptr -> f32
                %v1036 = llvm.load %v167 : !llvm.ptr -> f32
                %v1037 = llvm.load %v169 : !llvm.ptr -> f32
                %v1038 = llvm.load %v171 : !llvm.ptr -> f32
                %v1039 = llvm.load %v173 : !llvm.ptr -> f32
                %v1040 = llvm.load %v175 : !llvm.ptr -> f32
                %v1041 = llvm.load %v177 : !llvm.ptr -> f32
                %v1042 = llvm.load %v179 : !llvm.ptr -> f32
                %v1043 = llvm.load %v181 : !llvm.ptr -> f32
                %v1044 = llvm.load %v183 : !llvm.ptr -> f32
                %v1045 = llvm.load %v185 : !llvm.ptr -> f32
                %v1046 = llvm.load %v187 : !llvm.ptr -> f32
                %v1047 = llvm.load %v189 : !llvm.ptr -> f32
                %v1048 = llvm.load %v901 : !llvm.ptr -> f32
                %v1049 = llvm.load %v902 : !llvm.ptr -> f32
                %v1050 = llvm.load %v903 : !llvm.ptr -> f32
                %v1051 = llvm.load %v904 : !llvm.ptr -> f32
                %v1052 = llvm.load %v905 : !llvm.ptr -> f32
                %v1053 = llvm.load %v906 : !llvm.ptr -> f32
                %v1054 = llvm.load %v907 : !llvm.ptr -> f32
                %v1055 = llvm.load %v908 : !llvm.ptr -> f32
                %v1056 = llvm.load %v909 : !llvm.ptr -> f32
                %v1057 = llvm.load %v910 : !llvm.ptr -> f32
                %v1058 = llvm.load %v911 : !llvm.ptr -> f32
                %v1059 = llvm.load %v912 : !llvm.ptr -> f32
                %v1060 = llvm.load %v913 : !llvm.ptr -> f32
                %v1061 = llvm.load %v914 : !llvm.ptr -> f32
                %v1062 = llvm.load %v915 : !llvm.ptr -> f32
                %v1063 = llvm.load %v916 : !llvm.ptr -> f32
                %v1064 = llvm.load %v917 : !llvm.ptr -> f32
                %v1065 = llvm.load %v918 : !llvm.ptr -> f32
                %v1066 = llvm.load %v919 : !llvm.ptr -> f32
                %v1067 = llvm.load %v920 : !llvm.ptr -> f32
                %v1068 = llvm.load %v921 : !llvm.ptr -> f32
                %v1069 = llvm.load %v922 : !llvm.ptr -> f32
                %v1070 = llvm.load %v923 : !llvm.ptr -> f32
                %v1071 = llvm.load %v924 : !llvm.ptr -> f32
                %v1072 = llvm.load %v925 : !llvm.ptr -> f32
                %v1073 = llvm.load %v926 : !llvm.ptr -> f32
                %v1074 = llvm.load %v927 : !llvm.ptr -> f32
                %v1075 = llvm.load %v928 : !llvm.ptr -> f32
                %v1076 = llvm.load %v929 : !llvm.ptr -> f32
                %v1077 = llvm.load %v930 : !llvm.ptr -> f32
                %v1078 = llvm.load %v931 : !llvm.ptr -> f32
                %v1079 = llvm.load %v932 : !llvm.ptr -> f32
                %v1080 = llvm.load %v933 : !llvm.ptr -> f32
                %v1081 = llvm.load %v934 : !llvm.ptr -> f32
                %v1082 = llvm.load %v935 : !llvm.ptr -> f32
                %v1083 = llvm.load %v936 : !llvm.ptr -> f32
                %v1084 = llvm.load %v937 : !llvm.ptr -> f32
                %v1085 = llvm.load %v938 : !llvm.ptr -> f32
                %v1086 = llvm.load %v939 : !llvm.ptr -> f32
                %v1087 = llvm.load %v940 : !llvm.ptr -> f32
                %v1088 = llvm.load %v941 : !llvm.ptr -> f32
                %v1089 = llvm.load %v942 : !llvm.ptr -> f32
                %v1090 = llvm.load %v943 : !llvm.ptr -> f32
                %v1091 = llvm.load %v944 : !llvm.ptr -> f32
                %v1092 = llvm.load %v945 : !llvm.ptr -> f32
                %v1093 = llvm.load %v946 : !llvm.ptr -> f32
                %v1094 = llvm.load %v947 : !llvm.ptr -> f32
                %v1095 = llvm.load %v948 : !llvm.ptr -> f32
                %v1096 = llvm.load %v949 : !llvm.ptr -> f32
                %v1097 = llvm.load %v950 : !llvm.ptr -> f32
                %v1098 = llvm.load %v951 : !llvm.ptr -> f32
                %v1099 = llvm.load %v952 : !llvm.ptr -> f32
                %v1100 = llvm.load %v953 : !llvm.ptr -> f32
                %v1101 = llvm.load %v954 : !llvm.ptr -> f32
                %v1102 = llvm.load %v955 : !llvm.ptr -> f32
                %v1103 = llvm.load %v956 : !llvm.ptr -> f32
                %v1104 = llvm.load %v957 : !llvm.ptr -> f32
                %v1105 = llvm.load %v958 : !llvm.ptr -> f32
                %v1106 = llvm.load %v959 : !llvm.ptr -> f32
                %v1107 = llvm.load %v960 : !llvm.ptr -> f32
                %v1108 = llvm.load %v961 : !llvm.ptr -> f32
                %v1109 = llvm.load %v962 : !llvm.ptr -> f32
                %v1110 = llvm.load %v963 : !llvm.ptr -> f32
                %v1111 = llvm.load %v964 : !llvm.ptr -> f32
                %v1113 = arith.constant 0 : i64
                %v1114 = llvm.getelementptr %in_C_re[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1115 = llvm.load %v1114 : !llvm.ptr -> f32
                %v1118 = arith.muli %v119, %v1117 : i64
                %v1119 = arith.muli %v1015, %v1116 : i64
                %v1120 = arith.addi %v1118, %v1119 : i64
                %v1121 = llvm.getelementptr %dy_y[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                %v1123 = arith.mulf %v1115, %v1122 fastmath<contract> : f32
                %v1124 = arith.constant 1 : i64
                %v1125 = arith.muli %v1124, %v1112 : i64
                %v1126 = llvm.getelementptr %in_C_re[%v1125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1127 = llvm.load %v1126 : !llvm.ptr -> f32
                %v1128 = arith.muli %v119, %v1117 : i64
                %v1129 = arith.muli %v1015, %v1116 : i64
                %v1130 = arith.addi %v1128, %v1129 : i64
                %v1131 = arith.constant 1 : i64
                %v1132 = arith.muli %v1131, %v3 : i64
                %v1133 = arith.addi %v1130, %v1132 : i64
                %v1134 = llvm.getelementptr %dy_y[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v1127, %v1135 fastmath<contract> : f32
                %v1137 = arith.addf %v1123, %v1136 fastmath<contract> : f32
                %v1138 = arith.constant 2 : i64
                %v1139 = arith.muli %v1138, %v1112 : i64
                %v1140 = llvm.getelementptr %in_C_re[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1141 = llvm.load %v1140 : !llvm.ptr -> f32
                %v1142 = arith.muli %v119, %v1117 : i64
                %v1143 = arith.muli %v1015, %v1116 : i64
                %v1144 = arith.addi %v1142, %v1143 : i64
                %v1145 = arith.constant 2 : i64
                %v1146 = arith.muli %v1145, %v3 : i64
                %v1147 = arith.addi %v1144, %v1146 : i64
                %v1148 = llvm.getelementptr %dy_y[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                %v1150 = arith.mulf %v1141, %v1149 fastmath<contract> : f32
                %v1151 = arith.addf %v1137, %v1150 fastmath<contract> : f32
                %v1152 = arith.constant 3 : i64
                %v1153 = arith.muli %v1152, %v1112 : i64
                %v1154 = llvm.getelementptr %in_C_re[%v1153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1155 = llvm.load %v1154 : !llvm.ptr -> f32
                %v1156 = arith.muli %v119, %v1117 : i64
                %v1157 = arith.muli %v1015, %v1116 : i64
                %v1158 = arith.addi %v1156, %v1157 : i64
                %v1159 = arith.constant 3 : i64
                %v1160 = arith.muli %v1159, %v3 : i64
                %v1161 = arith.addi %v1158, %v1160 : i64
                %v1162 = llvm.getelementptr %dy_y[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
                %v1164 = arith.mulf %v1155, %v1163 fastmath<contract> : f32
                %v1165 = arith.addf %v1151, %v1164 fastmath<contract> : f32
                %v1166 = llvm.load %v191 : !llvm.ptr -> f32
                %v1167 = arith.mulf %v1166, %v1016 fastmath<contract> : f32
                %v1168 = arith.addf %v1165, %v1167 fastmath<contract> : f32
                %v1169 = llvm.load %v254 : !llvm.ptr -> f32
                %v1170 = arith.mulf %v1169, %v1032 fastmath<contract> : f32
                %v1171 = arith.addf %v1170, %v1168 fastmath<contract> : f32
                %v1172 = arith.mulf %v1048, %v1166 fastmath<contract> : f32
                %v1173 = arith.mulf %v1169, %v1080 fastmath<contract> : f32
                %v1174 = arith.addf %v1173, %v1172 fastmath<contract> : f32
                %v1175 = arith.mulf %v1049, %v1166 fastmath<contract> : f32
                %v1176 = arith.mulf %v1169, %v1081 fastmath<contract> : f32
                %v1177 = arith.addf %v1176, %v1175 fastmath<contract> : f32
                %v1178 = arith.constant 1 : i64
                %v1179 = arith.muli %v1178, %v3 : i64
                %v1180 = llvm.getelementptr %in_C_re[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                %v1182 = arith.mulf %v1181, %v1122 fastmath<contract> : f32
                %v1183 = arith.constant 1 : i64
                %v1184 = arith.muli %v1183, %v1112 : i64
                %v1185 = arith.constant 1 : i64
                %v1186 = arith.muli %v1185, %v3 : i64
                %v1187 = arith.addi %v1184, %v1186 : i64
                %v1188 = llvm.getelementptr %in_C_re[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
                %v1190 = arith.mulf %v1189, %v1135 fastmath<contract> : f32
                %v1191 = arith.addf %v1182, %v1190 fastmath<contract> : f32
                %v1192 = arith.constant 2 : i64
                %v1193 = arith.muli %v1192, %v1112 : i64
                %v1194 = arith.constant 1 : i64
                %v1195 = arith.muli %v1194, %v3 : i64
                %v1196 = arith.addi %v1193, %v1195 : i64
                %v1197 = llvm.getelementptr %in_C_re[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1198 = llvm.load %v1197 : !llvm.ptr -> f32
                %v1199 = arith.mulf %v1198, %v1149 fastmath<contract> : f32
                %v1200 = arith.addf %v1191, %v1199 fastmath<contract> : f32
                %v1201 = arith.constant 3 : i64
                %v1202 = arith.muli %v1201, %v1112 : i64
                %v1203 = arith.constant 1 : i64
                %v1204 = arith.muli %v1203, %v3 : i64
                %v1205 = arith.addi %v1202, %v1204 : i64
                %v1206 = llvm.getelementptr %in_C_re[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
                %v1208 = arith.mulf %v1207, %v1163 fastmath<contract> : f32
                %v1209 = arith.addf %v1200, %v1208 fastmath<contract> : f32
                %v1210 = llvm.load %v193 : !llvm.ptr -> f32
                %v1211 = arith.mulf %v1210, %v1017 fastmath<contract> : f32
                %v1212 = arith.addf %v1209, %v1211 fastmath<contract> : f32
                %v1213 = llvm.load %v256 : !llvm.ptr -> f32
                %v1214 = arith.mulf %v1213, %v1033 fastmath<contract> : f32
                %v1215 = arith.addf %v1214, %v1212 fastmath<contract> : f32
                %v1216 = arith.mulf %v1050, %v1210 fastmath<contract> : f32
                %v1217 = arith.mulf %v1213, %v1082 fastmath<contract> : f32
                %v1218 = arith.addf %v1217, %v1216 fastmath<contract> : f32
                %v1219 = arith.mulf %v1051, %v1210 fastmath<contract> : f32
                %v1220 = arith.mulf %v1213, %v1083 fastmath<contract> : f32
                %v1221 = arith.addf %v1220, %v1219 fastmath<contract> : f32
                %v1222 = arith.constant 2 : i64
                %v1223 = arith.muli %v1222, %v3 : i64
                %v1224 = llvm.getelementptr %in_C_re[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
                %v1226 = arith.mulf %v1225, %v1122 fastmath<contract> : f32
                %v1227 = arith.constant 1 : i64
                %v1228 = arith.muli %v1227, %v1112 : i64
                %v1229 = arith.constant 2 : i64
                %v1230 = arith.muli %v1229, %v3 : i64
                %v1231 = arith.addi %v1228, %v1230 : i64
                %v1232 = llvm.getelementptr %in_C_re[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1233 = llvm.load %v1232 : !llvm.ptr -> f32
                %v1234 = arith.mulf %v1233, %v1135 fastmath<contract> : f32
                %v1235 = arith.addf %v1226, %v1234 fastmath<contract> : f32
                %v1236 = arith.constant 2 : i64
                %v1237 = arith.muli %v1236, %v1112 : i64
                %v1238 = arith.constant 2 : i64
                %v1239 = arith.muli %v1238, %v3 : i64
                %v1240 = arith.addi %v1237, %v1239 : i64
                %v1241 = llvm.getelementptr %in_C_re[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
                %v1243 = arith.mulf %v1242, %v1149 fastmath<contract> : f32
                %v1244 = arith.addf %v1235, %v1243 fastmath<contract> : f32
                %v1245 = arith.constant 3 : i64
                %v1246 = arith.muli %v1245, %v1112 : i64
                %v1247 = arith.constant 2 : i64
                %v1248 = arith.muli %v1247, %v3 : i64
                %v1249 = arith.addi %v1246, %v1248 : i64
                %v1250 = llvm.getelementptr %in_C_re[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1251 = llvm.load %v1250 : !llvm.ptr -> f32
                %v1252 = arith.mulf %v1251, %v1163 fastmath<contract> : f32
                %v1253 = arith.addf %v1244, %v1252 fastmath<contract> : f32
                %v1254 = llvm.load %v195 : !llvm.ptr -> f32
                %v1255 = arith.mulf %v1254, %v1018 fastmath<contract> : f32
                %v1256 = arith.addf %v1253, %v1255 fastmath<contract> : f32
                %v1257 = llvm.load %v258 : !llvm.ptr -> f32
                %v1258 = arith.mulf %v1257, %v1034 fastmath<contract> : f32
                %v1259 = arith.addf %v1258, %v1256 fastmath<contract> : f32
                %v1260 = arith.mulf %v1052, %v1254 fastmath<contract> : f32
                %v1261 = arith.mulf %v1257, %v1084 fastmath<contract> : f32
                %v1262 = arith.addf %v1261, %v1260 fastmath<contract> : f32
                %v1263 = arith.mulf %v1053, %v1254 fastmath<contract> : f32
                %v1264 = arith.mulf %v1257, %v1085 fastmath<contract> : f32
                %v1265 = arith.addf %v1264, %v1263 fastmath<contract> : f32
                %v1266 = arith.constant 3 : i64
                %v1267 = arith.muli %v1266, %v3 : i64
                %v1268 = llvm.getelementptr %in_C_re[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1269 = llvm.load %v1268 : !llvm.ptr -> f32
                %v1270 = arith.mulf %v1269, %v1122 fastmath<contract> : f32
                %v1271 = arith.constant 1 : i64
                %v1272 = arith.muli %v1271, %v1112 : i64
                %v1273 = arith.constant 3 : i64
                %v1274 = arith.muli %v1273, %v3 : i64
                %v1275 = arith.addi %v1272, %v1274 : i64
                %v1276 = llvm.getelementptr %in_C_re[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
                %v1278 = arith.mulf %v1277, %v1135 fastmath<contract> : f32
                %v1279 = arith.addf %v1270, %v1278 fastmath<contract> : f32
                %v1280 = arith.constant 2 : i64
                %v1281 = arith.muli %v1280, %v1112 : i64
                %v1282 = arith.constant 3 : i64
                %v1283 = arith.muli %v1282, %v3 : i64
                %v1284 = arith.addi %v1281, %v1283 : i64
                %v1285 = llvm.getelementptr %in_C_re[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
                %v1287 = arith.mulf %v1286, %v1149 fastmath<contract> : f32
                %v1288 = arith.addf %v1279, %v1287 fastmath<contract> : f32
                %v1289 = arith.constant 3 : i64
                %v1290 = arith.muli %v1289, %v1112 : i64
                %v1291 = arith.constant 3 : i64
                %v1292 = arith.muli %v1291, %v3 : i64
                %v1293 = arith.addi %v1290, %v1292 : i64
                %v1294 = llvm.getelementptr %in_C_re[%v1293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1295 = llvm.load %v1294 : !llvm.ptr -> f32
                %v1296 = arith.mulf %v1295, %v1163 fastmath<contract> : f32
                %v1297 = arith.addf %v1288, %v1296 fastmath<contract> : f32
                %v1298 = llvm.load %v197 : !llvm.ptr -> f32
                %v1299 = arith.mulf %v1298, %v1019 fastmath<contract> : f32
                %v1300 = arith.addf %v1297, %v1299 fastmath<contract> : f32
                %v1301 = llvm.load %v260 : !llvm.ptr -> f32
                %v1302 = arith.mulf %v1301, %v1035 fastmath<contract> : f32
                %v1303 = arith.addf %v1302, %v1300 fastmath<contract> : f32
                %v1304 = arith.mulf %v1054, %v1298 fastmath<contract> : f32
                %v1305 = arith.mulf %v1301, %v1086 fastmath<contract> : f32
                %v1306 = arith.addf %v1305, %v1304 fastmath<contract> : f32
                %v1307 = arith.mulf %v1055, %v1298 fastmath<contract> : f32
                %v1308 = arith.mulf %v1301, %v1087 fastmath<contract> : f32
                %v1309 = arith.addf %v1308, %v1307 fastmath<contract> : f32
                %v1310 = arith.constant 4 : i64
                %v1311 = arith.muli %v1310, %v3 : i64
                %v1312 = llvm.getelementptr %in_C_re[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
                %v1314 = arith.mulf %v1313, %v1122 fastmath<contract> : f32
                %v1315 = arith.constant 1 : i64
                %v1316 = arith.muli %v1315, %v1112 : i64
                %v1317 = arith.constant 4 : i64
                %v1318 = arith.muli %v1317, %v3 : i64
                %v1319 = arith.addi %v1316, %v1318 : i64
                %v1320 = llvm.getelementptr %in_C_re[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
                %v1322 = arith.mulf %v1321, %v1135 fastmath<contract> : f32
                %v1323 = arith.addf %v1314, %v1322 fastmath<contract> : f32
                %v1324 = arith.constant 2 : i64
                %v1325 = arith.muli %v1324, %v1112 : i64
                %v1326 = arith.constant 4 : i64
                %v1327 = arith.muli %v1326, %v3 : i64
                %v1328 = arith.addi %v1325, %v1327 : i64
                %v1329 = llvm.getelementptr %in_C_re[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
                %v1331 = arith.mulf %v1330, %v1149 fastmath<contract> : f32
                %v1332 = arith.addf %v1323, %v1331 fastmath<contract> : f32
                %v1333 = arith.constant 3 : i64
                %v1334 = arith.muli %v1333, %v1112 : i64
                %v1335 = arith.constant 4 : i64
                %v1336 = arith.muli %v1335, %v3 : i64
                %v1337 = arith.addi %v1334, %v1336 : i64
                %v1338 = llvm.getelementptr %in_C_re[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1339 = llvm.load %v1338 : !llvm.ptr -> f32
                %v1340 = arith.mulf %v1339, %v1163 fastmath<contract> : f32
                %v1341 = arith.addf %v1332, %v1340 fastmath<contract> : f32
                %v1342 = llvm.load %v199 : !llvm.ptr -> f32
                %v1343 = arith.mulf %v1342, %v1020 fastmath<contract> : f32
                %v1344 = arith.addf %v1341, %v1343 fastmath<contract> : f32
                %v1345 = llvm.load %v262 : !llvm.ptr -> f32
                %v1346 = arith.mulf %v1345, %v1036 fastmath<contract> : f32
                %v1347 = arith.addf %v1346, %v1344 fastmath<contract> : f32
                %v1348 = arith.mulf %v1056, %v1342 fastmath<contract> : f32
                %v1349 = arith.mulf %v1345, %v1088 fastmath<contract> : f32
                %v1350 = arith.addf %v1349, %v1348 fastmath<contract> : f32
                %v1351 = arith.mulf %v1057, %v1342 fastmath<contract> : f32
                %v1352 = arith.mulf %v1345, %v1089 fastmath<contract> : f32
                %v1353 = arith.addf %v1352, %v1351 fastmath<contract> : f32
                %v1354 = arith.constant 5 : i64
                %v1355 = arith.muli %v1354, %v3 : i64
                %v1356 = llvm.getelementptr %in_C_re[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
                %v1358 = arith.mulf %v1357, %v1122 fastmath<contract> : f32
                %v1359 = arith.constant 1 : i64
                %v1360 = arith.muli %v1359, %v1112 : i64
                %v1361 = arith.constant 5 : i64
                %v1362 = arith.muli %v1361, %v3 : i64
                %v1363 = arith.addi %v1360, %v1362 : i64
                %v1364 = llvm.getelementptr %in_C_re[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1365 = llvm.load %v1364 : !llvm.ptr -> f32
                %v1366 = arith.mulf %v1365, %v1135 fastmath<contract> : f32
                %v1367 = arith.addf %v1358, %v1366 fastmath<contract> : f32
                %v1368 = arith.constant 2 : i64
                %v1369 = arith.muli %v1368, %v1112 : i64
                %v1370 = arith.constant 5 : i64
                %v1371 = arith.muli %v1370, %v3 : i64
                %v1372 = arith.addi %v1369, %v1371 : i64
                %v1373 = llvm.getelementptr %in_C_re[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
                %v1375 = arith.mulf %v1374, %v1149 fastmath<contract> : f32
                %v1376 = arith.addf %v1367, %v1375 fastmath<contract> : f32
                %v1377 = arith.constant 3 : i64
                %v1378 = arith.muli %v1377, %v1112 : i64
                %v1379 = arith.constant 5 : i64
                %v1380 = arith.muli %v1379, %v3 : i64
                %v1381 = arith.addi %v1378, %v1380 : i64
                %v1382 = llvm.getelementptr %in_C_re[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
                %v1384 = arith.mulf %v1383, %v1163 fastmath<contract> : f32
                %v1385 = arith.addf %v1376, %v1384 fastmath<contract> : f32
                %v1386 = llvm.load %v201 : !llvm.ptr -> f32
                %v1387 = arith.mulf %v1386, %v1021 fastmath<contract> : f32
                %v1388 = arith.addf %v1385, %v1387 fastmath<contract> : f32
                %v1389 = llvm.load %v264 : !llvm.ptr -> f32
                %v1390 = arith.mulf %v1389, %v1037 fastmath<contract> : f32
                %v1391 = arith.addf %v1390, %v1388 fastmath<contract> : f32
                %v1392 = arith.mulf %v1058, %v1386 fastmath<contract> : f32
                %v1393 = arith.mulf %v1389, %v1090 fastmath<contract> : f32
                %v1394 = arith.addf %v1393, %v1392 fastmath<contract> : f32
                %v1395 = arith.mulf %v1059, %v1386 fastmath<contract> : f32
                %v1396 = arith.mulf %v1389, %v1091 fastmath<contract> : f32
                %v1397 = arith.addf %v1396, %v1395 fastmath<contract> : f32
                %v1398 = arith.constant 6 : i64
                %v1399 = arith.muli %v1398, %v3 : i64
                %v1400 = llvm.getelementptr %in_C_re[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                %v1402 = arith.mulf %v1401, %v1122 fastmath<contract> : f32
                %v1403 = arith.constant 1 : i64
                %v1404 = arith.muli %v1403, %v1112 : i64
                %v1405 = arith.constant 6 : i64
                %v1406 = arith.muli %v1405, %v3 : i64
                %v1407 = arith.addi %v1404, %v1406 : i64
                %v1408 = llvm.getelementptr %in_C_re[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                %v1410 = arith.mulf %v1409, %v1135 fastmath<contract> : f32
                %v1411 = arith.addf %v1402, %v1410 fastmath<contract> : f32
                %v1412 = arith.constant 2 : i64
                %v1413 = arith.muli %v1412, %v1112 : i64
                %v1414 = arith.constant 6 : i64
                %v1415 = arith.muli %v1414, %v3 : i64
                %v1416 = arith.addi %v1413, %v1415 : i64
                %v1417 = llvm.getelementptr %in_C_re[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
                %v1419 = arith.mulf %v1418, %v1149 fastmath<contract> : f32
                %v1420 = arith.addf %v1411, %v1419 fastmath<contract> : f32
                %v1421 = arith.constant 3 : i64
                %v1422 = arith.muli %v1421, %v1112 : i64
                %v1423 = arith.constant 6 : i64
                %v1424 = arith.muli %v1423, %v3 : i64
                %v1425 = arith.addi %v1422, %v1424 : i64
                %v1426 = llvm.getelementptr %in_C_re[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
                %v1428 = arith.mulf %v1427, %v1163 fastmath<contract> : f32
                %v1429 = arith.addf %v1420, %v1428 fastmath<contract> : f32
                %v1430 = llvm.load %v203 : !llvm.ptr -> f32
                %v1431 = arith.mulf %v1430, %v1022 fastmath<contract> : f32
                %v1432 = arith.addf %v1429, %v1431 fastmath<contract> : f32
                %v1433 = llvm.load %v266 : !llvm.ptr -> f32
                %v1434 = arith.mulf %v1433, %v1038 fastmath<contract> : f32
                %v1435 = arith.addf %v1434, %v1432 fastmath<contract> : f32
                %v1436 = arith.mulf %v1060, %v1430 fastmath<contract> : f32
                %v1437 = arith.mulf %v1433, %v1092 fastmath<contract> : f32
                %v1438 = arith.addf %v1437, %v1436 fastmath<contract> : f32
                %v1439 = arith.mulf %v1061, %v1430 fastmath<contract> : f32
                %v1440 = arith.mulf %v1433, %v1093 fastmath<contract> : f32
                %v1441 = arith.addf %v1440, %v1439 fastmath<contract> : f32
                %v1442 = arith.constant 7 : i64
                %v1443 = arith.muli %v1442, %v3 : i64
                %v1444 = llvm.getelementptr %in_C_re[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
                %v1446 = arith.mulf %v1445, %v1122 fastmath<contract> : f32
                %v1447 = arith.constant 1 : i64
                %v1448 = arith.muli %v1447, %v1112 : i64
                %v1449 = arith.constant 7 : i64
                %v1450 = arith.muli %v1449, %v3 : i64
                %v1451 = arith.addi %v1448, %v1450 : i64
                %v1452 = llvm.getelementptr %in_C_re[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
                %v1454 = arith.mulf %v1453, %v1135 fastmath<contract> : f32
                %v1455 = arith.addf %v1446, %v1454 fastmath<contract> : f32
                %v1456 = arith.constant 2 : i64
                %v1457 = arith.muli %v1456, %v1112 : i64
                %v1458 = arith.constant 7 : i64
                %v1459 = arith.muli %v1458, %v3 : i64
                %v1460 = arith.addi %v1457, %v1459 : i64
                %v1461 = llvm.getelementptr %in_C_re[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
                %v1463 = arith.mulf %v1462, %v1149 fastmath<contract> : f32
                %v1464 = arith.addf %v1455, %v1463 fastmath<contract> : f32
                %v1465 = arith.constant 3 : i64
                %v1466 = arith.muli %v1465, %v1112 : i64
                %v1467 = arith.constant 7 : i64
                %v1468 = arith.muli %v1467, %v3 : i64
                %v1469 = arith.addi %v1466, %v1468 : i64
                %v1470 = llvm.getelementptr %in_C_re[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
                %v1472 = arith.mulf %v1471, %v1163 fastmath<contract> : f32
                %v1473 = arith.addf %v1464, %v1472 fastmath<contract> : f32
                %v1474 = llvm.load %v205 : !llvm.ptr -> f32
                %v1475 = arith.mulf %v1474, %v1023 fastmath<contract> : f32
                %v1476 = arith.addf %v1473, %v1475 fastmath<contract> : f32
                %v1477 = llvm.load %v268 : !llvm.ptr -> f32
                %v1478 = arith.mulf %v1477, %v1039 fastmath<contract> : f32
                %v1479 = arith.addf %v1478, %v1476 fastmath<contract> : f32
                %v1480 = arith.mulf %v1062, %v1474 fastmath<contract> : f32
                %v1481 = arith.mulf %v1477, %v1094 fastmath<contract> : f32
                %v1482 = arith.addf %v1481, %v1480 fastmath<contract> : f32
                %v1483 = arith.mulf %v1063, %v1474 fastmath<contract> : f32
                %v1484 = arith.mulf %v1477, %v1095 fastmath<contract> : f32
                %v1485 = arith.addf %v1484, %v1483 fastmath<contract> : f32
                %v1486 = arith.constant 8 : i64
                %v1487 = arith.muli %v1486, %v3 : i64
                %v1488 = llvm.getelementptr %in_C_re[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
                %v1490 = arith.mulf %v1489, %v1122 fastmath<contract> : f32
                %v1491 = arith.constant 1 : i64
                %v1492 = arith.muli %v1491, %v1112 : i64
                %v1493 = arith.constant 8 : i64
                %v1494 = arith.muli %v1493, %v3 : i64
                %v1495 = arith.addi %v1492, %v1494 : i64
                %v1496 = llvm.getelementptr %in_C_re[%v1495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1497 = llvm.load %v1496 : !llvm.ptr -> f32
                %v1498 = arith.mulf %v1497, %v1135 fastmath<contract> : f32
                %v1499 = arith.addf %v1490, %v1498 fastmath<contract> : f32
                %v1500 = arith.constant 2 : i64
                %v1501 = arith.muli %v1500, %v1112 : i64
                %v1502 = arith.constant 8 : i64
                %v1503 = arith.muli %v1502, %v3 : i64
                %v1504 = arith.addi %v1501, %v1503 : i64
                %v1505 = llvm.getelementptr %in_C_re[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1506 = llvm.load %v1505 : !llvm.ptr -> f32
                %v1507 = arith.mulf %v1506, %v1149 fastmath<contract> : f32
                %v1508 = arith.addf %v1499, %v1507 fastmath<contract> : f32
                %v1509 = arith.constant 3 : i64
                %v1510 = arith.muli %v1509, %v1112 : i64
                %v1511 = arith.constant 8 : i64
                %v1512 = arith.muli %v1511, %v3 : i64
                %v1513 = arith.addi %v1510, %v1512 : i64
                %v1514 = llvm.getelementptr %in_C_re[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
                %v1516 = arith.mulf %v1515, %v1163 fastmath<contract> : f32
                %v1517 = arith.addf %v1508, %v1516 fastmath<contract> : f32
                %v1518 = llvm.load %v207 : !llvm.ptr -> f32
                %v1519 = arith.mulf %v1518, %v1024 fastmath<contract> : f32
                %v1520 = arith.addf %v1517, %v1519 fastmath<contract> : f32
                %v1521 = llvm.load %v270 : !llvm.ptr -> f32
                %v1522 = arith.mulf %v1521, %v1040 fastmath<contract> : f32
                %v1523 = arith.addf %v1522, %v1520 fastmath<contract> : f32
                %v1524 = arith.mulf %v1064, %v1518 fastmath<contract> : f32
                %v1525 = arith.mulf %v1521, %v1096 fastmath<contract> : f32
                %v1526 = arith.addf %v1525, %v1524 fastmath<contract> : f32
                %v1527 = arith.mulf %v1065, %v1518 fastmath<contract> : f32
                %v1528 = arith.mulf %v1521, %v1097 fastmath<contract> : f32
                %v1529 = arith.addf %v1528, %v1527 fastmath<contract> : f32
                %v1530 = arith.constant 9 : i64
                %v1531 = arith.muli %v1530, %v3 : i64
                %v1532 = llvm.getelementptr %in_C_re[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1533 = llvm.load %v1532 : !llvm.ptr -> f32
                %v1534 = arith.mulf %v1533, %v1122 fastmath<contract> : f32
                %v1535 = arith.constant 1 : i64
                %v1536 = arith.muli %v1535, %v1112 : i64
                %v1537 = arith.constant 9 : i64
                %v1538 = arith.muli %v1537, %v3 : i64
                %v1539 = arith.addi %v1536, %v1538 : i64
                %v1540 = llvm.getelementptr %in_C_re[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
                %v1542 = arith.mulf %v1541, %v1135 fastmath<contract> : f32
                %v1543 = arith.addf %v1534, %v1542 fastmath<contract> : f32
                %v1544 = arith.constant 2 : i64
                %v1545 = arith.muli %v1544, %v1112 : i64
                %v1546 = arith.constant 9 : i64
                %v1547 = arith.muli %v1546, %v3 : i64
                %v1548 = arith.addi %v1545, %v1547 : i64
                %v1549 = llvm.getelementptr %in_C_re[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
                %v1551 = arith.mulf %v1550, %v1149 fastmath<contract> : f32
                %v1552 = arith.addf %v1543, %v1551 fastmath<contract> : f32
                %v1553 = arith.constant 3 : i64
                %v1554 = arith.muli %v1553, %v1112 : i64
                %v1555 = arith.constant 9 : i64
                %v1556 = arith.muli %v1555, %v3 : i64
                %v1557 = arith.addi %v1554, %v1556 : i64
                %v1558 = llvm.getelementptr %in_C_re[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
                %v1560 = arith.mulf %v1559, %v1163 fastmath<contract> : f32
                %v1561 = arith.addf %v1552, %v1560 fastmath<contract> : f32
                %v1562 = llvm.load %v209 : !llvm.ptr -> f32
                %v1563 = arith.mulf %v1562, %v1025 fastmath<contract> : f32
                %v1564 = arith.addf %v1561, %v1563 fastmath<contract> : f32
                %v1565 = llvm.load %v272 : !llvm.ptr -> f32
                %v1566 = arith.mulf %v1565, %v1041 fastmath<contract> : f32
                %v1567 = arith.addf %v1566, %v1564 fastmath<contract> : f32
                %v1568 = arith.mulf %v1066, %v1562 fastmath<contract> : f32
                %v1569 = arith.mulf %v1565, %v1098 fastmath<contract> : f32
                %v1570 = arith.addf %v1569, %v1568 fastmath<contract> : f32
                %v1571 = arith.mulf %v1067, %v1562 fastmath<contract> : f32
                %v1572 = arith.mulf %v1565, %v1099 fastmath<contract> : f32
                %v1573 = arith.addf %v1572, %v1571 fastmath<contract> : f32
                %v1574 = arith.constant 10 : i64
                %v1575 = arith.muli %v1574, %v3 : i64
                %v1576 = llvm.getelementptr %in_C_re[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1577 = llvm.load %v1576 : !llvm.ptr -> f32
                %v1578 = arith.mulf %v1577, %v1122 fastmath<contract> : f32
                %v1579 = arith.constant 1 : i64
                %v1580 = arith.muli %v1579, %v1112 : i64
                %v1581 = arith.constant 10 : i64
                %v1582 = arith.muli %v1581, %v3 : i64
                %v1583 = arith.addi %v1580, %v1582 : i64
                %v1584 = llvm.getelementptr %in_C_re[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
                %v1586 = arith.mulf %v1585, %v1135 fastmath<contract> : f32
                %v1587 = arith.addf %v1578, %v1586 fastmath<contract> : f32
                %v1588 = arith.constant 2 : i64
                %v1589 = arith.muli %v1588, %v1112 : i64
                %v1590 = arith.constant 10 : i64
                %v1591 = arith.muli %v1590, %v3 : i64
                %v1592 = arith.addi %v1589, %v1591 : i64
                %v1593 = llvm.getelementptr %in_C_re[%v1592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1594 = llvm.load %v1593 : !llvm.ptr -> f32
                %v1595 = arith.mulf %v1594, %v1149 fastmath<contract> : f32
                %v1596 = arith.addf %v1587, %v1595 fastmath<contract> : f32
                %v1597 = arith.constant 3 : i64
                %v1598 = arith.muli %v1597, %v1112 : i64
                %v1599 = arith.constant 10 : i64
                %v1600 = arith.muli %v1599, %v3 : i64
                %v1601 = arith.addi %v1598, %v1600 : i64
                %v1602 = llvm.getelementptr %in_C_re[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1603 = llvm.load %v1602 : !llvm.ptr -> f32
                %v1604 = arith.mulf %v1603, %v1163 fastmath<contract> : f32
                %v1605 = arith.addf %v1596, %v1604 fastmath<contract> : f32
                %v1606 = llvm.load %v211 : !llvm.ptr -> f32
                %v1607 = arith.mulf %v1606, %v1026 fastmath<contract> : f32
                %v1608 = arith.addf %v1605, %v1607 fastmath<contract> : f32
                %v1609 = llvm.load %v274 : !llvm.ptr -> f32
                %v1610 = arith.mulf %v1609, %v1042 fastmath<contract> : f32
                %v1611 = arith.addf %v1610, %v1608 fastmath<contract> : f32
                %v1612 = arith.mulf %v1068, %v1606 fastmath<contract> : f32
                %v1613 = arith.mulf %v1609, %v1100 fastmath<contract> : f32
                %v1614 = arith.addf %v1613, %v1612 fastmath<contract> : f32
                %v1615 = arith.mulf %v1069, %v1606 fastmath<contract> : f32
                %v1616 = arith.mulf %v1609, %v1101 fastmath<contract> : f32
                %v1617 = arith.addf %v1616, %v1615 fastmath<contract> : f32
                %v1618 = arith.constant 11 : i64
                %v1619 = arith.muli %v1618, %v3 : i64
                %v1620 = llvm.getelementptr %in_C_re[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1621 = llvm.load %v1620 : !llvm.ptr -> f32
                %v1622 = arith.mulf %v1621, %v1122 fastmath<contract> : f32
                %v1623 = arith.constant 1 : i64
                %v1624 = arith.muli %v1623, %v1112 : i64
                %v1625 = arith.constant 11 : i64
                %v1626 = arith.muli %v1625, %v3 : i64
                %v1627 = arith.addi %v1624, %v1626 : i64
                %v1628 = llvm.getelementptr %in_C_re[%v1627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1629 = llvm.load %v1628 : !llvm.ptr -> f32
                %v1630 = arith.mulf %v1629, %v1135 fastmath<contract> : f32
                %v1631 = arith.addf %v1622, %v1630 fastmath<contract> : f32
                %v1632 = arith.constant 2 : i64
                %v1633 = arith.muli %v1632, %v1112 : i64
                %v1634 = arith.constant 11 : i64
                %v1635 = arith.muli %v1634, %v3 : i64
                %v1636 = arith.addi %v1633, %v1635 : i64
                %v1637 = llvm.getelementptr %in_C_re[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
                %v1639 = arith.mulf %v1638, %v1149 fastmath<contract> : f32
                %v1640 = arith.addf %v1631, %v1639 fastmath<contract> : f32
                %v1641 = arith.constant 3 : i64
                %v1642 = arith.muli %v1641, %v1112 : i64
                %v1643 = arith.constant 11 : i64
                %v1644 = arith.muli %v1643, %v3 : i64
                %v1645 = arith.addi %v1642, %v1644 : i64
                %v1646 = llvm.getelementptr %in_C_re[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
                %v1648 = arith.mulf %v1647, %v1163 fastmath<contract> : f32
                %v1649 = arith.addf %v1640, %v1648 fastmath<contract> : f32
                %v1650 = llvm.load %v213 : !llvm.ptr -> f32
                %v1651 = arith.mulf %v1650, %v1027 fastmath<contract> : f32
                %v1652 = arith.addf %v1649, %v1651 fastmath<contract> : f32
                %v1653 = llvm.load %v276 : !llvm.ptr -> f32
                %v1654 = arith.mulf %v1653, %v1043 fastmath<contract> : f32
                %v1655 = arith.addf %v1654, %v1652 fastmath<contract> : f32
                %v1656 = arith.mulf %v1070, %v1650 fastmath<contract> : f32
                %v1657 = arith.mulf %v1653, %v1102 fastmath<contract> : f32
                %v1658 = arith.addf %v1657, %v1656 fastmath<contract> : f32
                %v1659 = arith.mulf %v1071, %v1650 fastmath<contract> : f32
                %v1660 = arith.mulf %v1653, %v1103 fastmath<contract> : f32
                %v1661 = arith.addf %v1660, %v1659 fastmath<contract> : f32
                %v1662 = arith.constant 12 : i64
                %v1663 = arith.muli %v1662, %v3 : i64
                %v1664 = llvm.getelementptr %in_C_re[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
                %v1666 = arith.mulf %v1665, %v1122 fastmath<contract> : f32
                %v1667 = arith.constant 1 : i64
                %v1668 = arith.muli %v1667, %v1112 : i64
                %v1669 = arith.constant 12 : i64
                %v1670 = arith.muli %v1669, %v3 : i64
                %v1671 = arith.addi %v1668, %v1670 : i64
                %v1672 = llvm.getelementptr %in_C_re[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
                %v1674 = arith.mulf %v1673, %v1135 fastmath<contract> : f32
                %v1675 = arith.addf %v1666, %v1674 fastmath<contract> : f32
                %v1676 = arith.constant 2 : i64
                %v1677 = arith.muli %v1676, %v1112 : i64
                %v1678 = arith.constant 12 : i64
                %v1679 = arith.muli %v1678, %v3 : i64
                %v1680 = arith.addi %v1677, %v1679 : i64
                %v1681 = llvm.getelementptr %in_C_re[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                %v1683 = arith.mulf %v1682, %v1149 fastmath<contract> : f32
                %v1684 = arith.addf %v1675, %v1683 fastmath<contract> : f32
                %v1685 = arith.constant 3 : i64
                %v1686 = arith.muli %v1685, %v1112 : i64
                %v1687 = arith.constant 12 : i64
                %v1688 = arith.muli %v1687, %v3 : i64
                %v1689 = arith.addi %v1686, %v1688 : i64
                %v1690 = llvm.getelementptr %in_C_re[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1691 = llvm.load %v1690 : !llvm.ptr -> f32
                %v1692 = arith.mulf %v1691, %v1163 fastmath<contract> : f32
                %v1693 = arith.addf %v1684, %v1692 fastmath<contract> : f32
                %v1694 = llvm.load %v215 : !llvm.ptr -> f32
                %v1695 = arith.mulf %v1694, %v1028 fastmath<contract> : f32
                %v1696 = arith.addf %v1693, %v1695 fastmath<contract> : f32
                %v1697 = llvm.load %v278 : !llvm.ptr -> f32
                %v1698 = arith.mulf %v1697, %v1044 fastmath<contract> : f32
                %v1699 = arith.addf %v1698, %v1696 fastmath<contract> : f32
                %v1700 = arith.mulf %v1072, %v1694 fastmath<contract> : f32
                %v1701 = arith.mulf %v1697, %v1104 fastmath<contract> : f32
                %v1702 = arith.addf %v1701, %v1700 fastmath<contract> : f32
                %v1703 = arith.mulf %v1073, %v1694 fastmath<contract> : f32
                %v1704 = arith.mulf %v1697, %v1105 fastmath<contract> : f32
                %v1705 = arith.addf %v1704, %v1703 fastmath<contract> : f32
                %v1706 = arith.constant 13 : i64
                %v1707 = arith.muli %v1706, %v3 : i64
                %v1708 = llvm.getelementptr %in_C_re[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
                %v1710 = arith.mulf %v1709, %v1122 fastmath<contract> : f32
                %v1711 = arith.constant 1 : i64
                %v1712 = arith.muli %v1711, %v1112 : i64
                %v1713 = arith.constant 13 : i64
                %v1714 = arith.muli %v1713, %v3 : i64
                %v1715 = arith.addi %v1712, %v1714 : i64
                %v1716 = llvm.getelementptr %in_C_re[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1717 = llvm.load %v1716 : !llvm.ptr -> f32
                %v1718 = arith.mulf %v1717, %v1135 fastmath<contract> : f32
                %v1719 = arith.addf %v1710, %v1718 fastmath<contract> : f32
                %v1720 = arith.constant 2 : i64
                %v1721 = arith.muli %v1720, %v1112 : i64
                %v1722 = arith.constant 13 : i64
                %v1723 = arith.muli %v1722, %v3 : i64
                %v1724 = arith.addi %v1721, %v1723 : i64
                %v1725 = llvm.getelementptr %in_C_re[%v1724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1726 = llvm.load %v1725 : !llvm.ptr -> f32
                %v1727 = arith.mulf %v1726, %v1149 fastmath<contract> : f32
                %v1728 = arith.addf %v1719, %v1727 fastmath<contract> : f32
                %v1729 = arith.constant 3 : i64
                %v1730 = arith.muli %v1729, %v1112 : i64
                %v1731 = arith.constant 13 : i64
                %v1732 = arith.muli %v1731, %v3 : i64
                %v1733 = arith.addi %v1730, %v1732 : i64
                %v1734 = llvm.getelementptr %in_C_re[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1735 = llvm.load %v1734 : !llvm.ptr -> f32
                %v1736 = arith.mulf %v1735, %v1163 fastmath<contract> : f32
                %v1737 = arith.addf %v1728, %v1736 fastmath<contract> : f32
                %v1738 = llvm.load %v217 : !llvm.ptr -> f32
                %v1739 = arith.mulf %v1738, %v1029 fastmath<contract> : f32
                %v1740 = arith.addf %v1737, %v1739 fastmath<contract> : f32
                %v1741 = llvm.load %v280 : !llvm.ptr -> f32
                %v1742 = arith.mulf %v1741, %v1045 fastmath<contract> : f32
                %v1743 = arith.addf %v1742, %v1740 fastmath<contract> : f32
                %v1744 = arith.mulf %v1074, %v1738 fastmath<contract> : f32
                %v1745 = arith.mulf %v1741, %v1106 fastmath<contract> : f32
                %v1746 = arith.addf %v1745, %v1744 fastmath<contract> : f32
                %v1747 = arith.mulf %v1075, %v1738 fastmath<contract> : f32
                %v1748 = arith.mulf %v1741, %v1107 fastmath<contract> : f32
                %v1749 = arith.addf %v1748, %v1747 fastmath<contract> : f32
                %v1750 = arith.constant 14 : i64
                %v1751 = arith.muli %v1750, %v3 : i64
                %v1752 = llvm.getelementptr %in_C_re[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1753 = llvm.load %v1752 : !llvm.ptr -> f32
                %v1754 = arith.mulf %v1753, %v1122 fastmath<contract> : f32
                %v1755 = arith.constant 1 : i64
                %v1756 = arith.muli %v1755, %v1112 : i64
                %v1757 = arith.constant 14 : i64
                %v1758 = arith.muli %v1757, %v3 : i64
                %v1759 = arith.addi %v1756, %v1758 : i64
                %v1760 = llvm.getelementptr %in_C_re[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
                %v1762 = arith.mulf %v1761, %v1135 fastmath<contract> : f32
                %v1763 = arith.addf %v1754, %v1762 fastmath<contract> : f32
                %v1764 = arith.constant 2 : i64
                %v1765 = arith.muli %v1764, %v1112 : i64
                %v1766 = arith.constant 14 : i64
                %v1767 = arith.muli %v1766, %v3 : i64
                %v1768 = arith.addi %v1765, %v1767 : i64
                %v1769 = llvm.getelementptr %in_C_re[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
                %v1771 = arith.mulf %v1770, %v1149 fastmath<contract> : f32
                %v1772 = arith.addf %v1763, %v1771 fastmath<contract> : f32
                %v1773 = arith.constant 3 : i64
                %v1774 = arith.muli %v1773, %v1112 : i64
                %v1775 = arith.constant 14 : i64
                %v1776 = arith.muli %v1775, %v3 : i64
                %v1777 = arith.addi %v1774, %v1776 : i64
                %v1778 = llvm.getelementptr %in_C_re[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
                %v1780 = arith.mulf %v1779, %v1163 fastmath<contract> : f32
                %v1781 = arith.addf %v1772, %v1780 fastmath<contract> : f32
                %v1782 = llvm.load %v219 : !llvm.ptr -> f32
                %v1783 = arith.mulf %v1782, %v1030 fastmath<contract> : f32
                %v1784 = arith.addf %v1781, %v1783 fastmath<contract> : f32
                %v1785 = llvm.load %v282 : !llvm.ptr -> f32
                %v1786 = arith.mulf %v1785, %v1046 fastmath<contract> : f32
                %v1787 = arith.addf %v1786, %v1784 fastmath<contract> : f32
                %v1788 = arith.mulf %v1076, %v1782 fastmath<contract> : f32
                %v1789 = arith.mulf %v1785, %v1108 fastmath<contract> : f32
                %v1790 = arith.addf %v1789, %v1788 fastmath<contract> : f32
                %v1791 = arith.mulf %v1077, %v1782 fastmath<contract> : f32
                %v1792 = arith.mulf %v1785, %v1109 fastmath<contract> : f32
                %v1793 = arith.addf %v1792, %v1791 fastmath<contract> : f32
                %v1794 = arith.constant 15 : i64
                %v1795 = arith.muli %v1794, %v3 : i64
                %v1796 = llvm.getelementptr %in_C_re[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1797 = llvm.load %v1796 : !llvm.ptr -> f32
                %v1798 = arith.mulf %v1797, %v1122 fastmath<contract> : f32
                %v1799 = arith.constant 1 : i64
                %v1800 = arith.muli %v1799, %v1112 : i64
                %v1801 = arith.constant 15 : i64
                %v1802 = arith.muli %v1801, %v3 : i64
                %v1803 = arith.addi %v1800, %v1802 : i64
                %v1804 = llvm.getelementptr %in_C_re[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1805 = llvm.load %v1804 : !llvm.ptr -> f32
                %v1806 = arith.mulf %v1805, %v1135 fastmath<contract> : f32
                %v1807 = arith.addf %v1798, %v1806 fastmath<contract> : f32
                %v1808 = arith.constant 2 : i64
                %v1809 = arith.muli %v1808, %v1112 : i64
                %v1810 = arith.constant 15 : i64
                %v1811 = arith.muli %v1810, %v3 : i64
                %v1812 = arith.addi %v1809, %v1811 : i64
                %v1813 = llvm.getelementptr %in_C_re[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1814 = llvm.load %v1813 : !llvm.ptr -> f32
                %v1815 = arith.mulf %v1814, %v1149 fastmath<contract> : f32
                %v1816 = arith.addf %v1807, %v1815 fastmath<contract> : f32
                %v1817 = arith.constant 3 : i64
                %v1818 = arith.muli %v1817, %v1112 : i64
                %v1819 = arith.constant 15 : i64
                %v1820 = arith.muli %v1819, %v3 : i64
                %v1821 = arith.addi %v1818, %v1820 : i64
                %v1822 = llvm.getelementptr %in_C_re[%v1821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1823 = llvm.load %v1822 : !llvm.ptr -> f32
                %v1824 = arith.mulf %v1823, %v1163 fastmath<contract> : f32
                %v1825 = arith.addf %v1816, %v1824 fastmath<contract> : f32
                %v1826 = llvm.load %v221 : !llvm.ptr -> f32
                %v1827 = arith.mulf %v1826, %v1031 fastmath<contract> : f32
                %v1828 = arith.addf %v1825, %v1827 fastmath<contract> : f32
                %v1829 = llvm.load %v284 : !llvm.ptr -> f32
                %v1830 = arith.mulf %v1829, %v1047 fastmath<contract> : f32
                %v1831 = arith.addf %v1830, %v1828 fastmath<contract> : f32
                %v1832 = arith.mulf %v1078, %v1826 fastmath<contract> : f32
                %v1833 = arith.mulf %v1829, %v1110 fastmath<contract> : f32
                %v1834 = arith.addf %v1833, %v1832 fastmath<contract> : f32
                %v1835 = arith.mulf %v1079, %v1826 fastmath<contract> : f32
                %v1836 = arith.mulf %v1829, %v1111 fastmath<contract> : f32
                %v1837 = arith.addf %v1836, %v1835 fastmath<contract> : f32
                %v1838 = arith.constant 0 : i64
                %v1839 = llvm.getelementptr %in_C_im[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
                %v1841 = arith.negf %v1122 : f32
                %v1842 = arith.mulf %v1840, %v1841 fastmath<contract> : f32
                %v1843 = arith.constant 1 : i64
                %v1844 = arith.muli %v1843, %v1112 : i64
                %v1845 = llvm.getelementptr %in_C_im[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
                %v1847 = arith.negf %v1135 : f32
                %v1848 = arith.mulf %v1846, %v1847 fastmath<contract> : f32
                %v1849 = arith.addf %v1842, %v1848 fastmath<contract> : f32
                %v1850 = arith.constant 2 : i64
                %v1851 = arith.muli %v1850, %v1112 : i64
                %v1852 = llvm.getelementptr %in_C_im[%v1851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1853 = llvm.load %v1852 : !llvm.ptr -> f32
                %v1854 = arith.negf %v1149 : f32
                %v1855 = arith.mulf %v1853, %v1854 fastmath<contract> : f32
                %v1856 = arith.addf %v1849, %v1855 fastmath<contract> : f32
                %v1857 = arith.constant 3 : i64
                %v1858 = arith.muli %v1857, %v1112 : i64
                %v1859 = llvm.getelementptr %in_C_im[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
                %v1861 = arith.negf %v1163 : f32
                %v1862 = arith.mulf %v1860, %v1861 fastmath<contract> : f32
                %v1863 = arith.addf %v1856, %v1862 fastmath<contract> : f32
                %v1864 = llvm.load %v223 : !llvm.ptr -> f32
                %v1865 = arith.mulf %v1864, %v1032 fastmath<contract> : f32
                %v1866 = arith.addf %v1863, %v1865 fastmath<contract> : f32
                %v1867 = llvm.load %v286 : !llvm.ptr -> f32
                %v1868 = arith.mulf %v1867, %v1016 fastmath<contract> : f32
                %v1869 = arith.addf %v1868, %v1866 fastmath<contract> : f32
                %v1870 = arith.mulf %v1080, %v1864 fastmath<contract> : f32
                %v1871 = arith.mulf %v1867, %v1048 fastmath<contract> : f32
                %v1872 = arith.addf %v1871, %v1870 fastmath<contract> : f32
                %v1873 = arith.mulf %v1081, %v1864 fastmath<contract> : f32
                %v1874 = arith.mulf %v1867, %v1049 fastmath<contract> : f32
                %v1875 = arith.addf %v1874, %v1873 fastmath<contract> : f32
                %v1876 = arith.constant 1 : i64
                %v1877 = arith.muli %v1876, %v3 : i64
                %v1878 = llvm.getelementptr %in_C_im[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1879 = llvm.load %v1878 : !llvm.ptr -> f32
                %v1880 = arith.mulf %v1879, %v1841 fastmath<contract> : f32
                %v1881 = arith.constant 1 : i64
                %v1882 = arith.muli %v1881, %v1112 : i64
                %v1883 = arith.constant 1 : i64
                %v1884 = arith.muli %v1883, %v3 : i64
                %v1885 = arith.addi %v1882, %v1884 : i64
                %v1886 = llvm.getelementptr %in_C_im[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1887 = llvm.load %v1886 : !llvm.ptr -> f32
                %v1888 = arith.mulf %v1887, %v1847 fastmath<contract> : f32
                %v1889 = arith.addf %v1880, %v1888 fastmath<contract> : f32
                %v1890 = arith.constant 2 : i64
                %v1891 = arith.muli %v1890, %v1112 : i64
                %v1892 = arith.constant 1 : i64
                %v1893 = arith.muli %v1892, %v3 : i64
                %v1894 = arith.addi %v1891, %v1893 : i64
                %v1895 = llvm.getelementptr %in_C_im[%v1894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1896 = llvm.load %v1895 : !llvm.ptr -> f32
                %v1897 = arith.mulf %v1896, %v1854 fastmath<contract> : f32
                %v1898 = arith.addf %v1889, %v1897 fastmath<contract> : f32
                %v1899 = arith.constant 3 : i64
                %v1900 = arith.muli %v1899, %v1112 : i64
                %v1901 = arith.constant 1 : i64
                %v1902 = arith.muli %v1901, %v3 : i64
                %v1903 = arith.addi %v1900, %v1902 : i64
                %v1904 = llvm.getelementptr %in_C_im[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
                %v1906 = arith.mulf %v1905, %v1861 fastmath<contract> : f32
                %v1907 = arith.addf %v1898, %v1906 fastmath<contract> : f32
                %v1908 = llvm.load %v225 : !llvm.ptr -> f32
                %v1909 = arith.mulf %v1908, %v1033 fastmath<contract> : f32
                %v1910 = arith.addf %v1907, %v1909 fastmath<contract> : f32
                %v1911 = llvm.load %v288 : !llvm.ptr -> f32
                %v1912 = arith.mulf %v1911, %v1017 fastmath<contract> : f32
                %v1913 = arith.addf %v1912, %v1910 fastmath<contract> : f32
                %v1914 = arith.mulf %v1082, %v1908 fastmath<contract> : f32
                %v1915 = arith.mulf %v1911, %v1050 fastmath<contract> : f32
                %v1916 = arith.addf %v1915, %v1914 fastmath<contract> : f32
                %v1917 = arith.mulf %v1083, %v1908 fastmath<contract> : f32
                %v1918 = arith.mulf %v1911, %v1051 fastmath<contract> : f32
                %v1919 = arith.addf %v1918, %v1917 fastmath<contract> : f32
                %v1920 = arith.constant 2 : i64
                %v1921 = arith.muli %v1920, %v3 : i64
                %v1922 = llvm.getelementptr %in_C_im[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1923 = llvm.load %v1922 : !llvm.ptr -> f32
                %v1924 = arith.mulf %v1923, %v1841 fastmath<contract> : f32
                %v1925 = arith.constant 1 : i64
                %v1926 = arith.muli %v1925, %v1112 : i64
                %v1927 = arith.constant 2 : i64
                %v1928 = arith.muli %v1927, %v3 : i64
                %v1929 = arith.addi %v1926, %v1928 : i64
                %v1930 = llvm.getelementptr %in_C_im[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1931 = llvm.load %v1930 : !llvm.ptr -> f32
                %v1932 = arith.mulf %v1931, %v1847 fastmath<contract> : f32
                %v1933 = arith.addf %v1924, %v1932 fastmath<contract> : f32
                %v1934 = arith.constant 2 : i64
                %v1935 = arith.muli %v1934, %v1112 : i64
                %v1936 = arith.constant 2 : i64
                %v1937 = arith.muli %v1936, %v3 : i64
                %v1938 = arith.addi %v1935, %v1937 : i64
                %v1939 = llvm.getelementptr %in_C_im[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
                %v1941 = arith.mulf %v1940, %v1854 fastmath<contract> : f32
                %v1942 = arith.addf %v1933, %v1941 fastmath<contract> : f32
                %v1943 = arith.constant 3 : i64
                %v1944 = arith.muli %v1943, %v1112 : i64
                %v1945 = arith.constant 2 : i64
                %v1946 = arith.muli %v1945, %v3 : i64
                %v1947 = arith.addi %v1944, %v1946 : i64
                %v1948 = llvm.getelementptr %in_C_im[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
                %v1950 = arith.mulf %v1949, %v1861 fastmath<contract> : f32
                %v1951 = arith.addf %v1942, %v1950 fastmath<contract> : f32
                %v1952 = llvm.load %v227 : !llvm.ptr -> f32
                %v1953 = arith.mulf %v1952, %v1034 fastmath<contract> : f32
                %v1954 = arith.addf %v1951, %v1953 fastmath<contract> : f32
                %v1955 = llvm.load %v290 : !llvm.ptr -> f32
                %v1956 = arith.mulf %v1955, %v1018 fastmath<contract> : f32
                %v1957 = arith.addf %v1956, %v1954 fastmath<contract> : f32
                %v1958 = arith.mulf %v1084, %v1952 fastmath<contract> : f32
                %v1959 = arith.mulf %v1955, %v1052 fastmath<contract> : f32
                %v1960 = arith.addf %v1959, %v1958 fastmath<contract> : f32
                %v1961 = arith.mulf %v1085, %v1952 fastmath<contract> : f32
                %v1962 = arith.mulf %v1955, %v1053 fastmath<contract> : f32
                %v1963 = arith.addf %v1962, %v1961 fastmath<contract> : f32
                %v1964 = arith.constant 3 : i64
                %v1965 = arith.muli %v1964, %v3 : i64
                %v1966 = llvm.getelementptr %in_C_im[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
                %v1968 = arith.mulf %v1967, %v1841 fastmath<contract> : f32
                %v1969 = arith.constant 1 : i64
                %v1970 = arith.muli %v1969, %v1112 : i64
                %v1971 = arith.constant 3 : i64
                %v1972 = arith.muli %v1971, %v3 : i64
                %v1973 = arith.addi %v1970, %v1972 : i64
                %v1974 = llvm.getelementptr %in_C_im[%v1973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
                %v1976 = arith.mulf %v1975, %v1847 fastmath<contract> : f32
                %v1977 = arith.addf %v1968, %v1976 fastmath<contract> : f32
                %v1978 = arith.constant 2 : i64
                %v1979 = arith.muli %v1978, %v1112 : i64
                %v1980 = arith.constant 3 : i64
                %v1981 = arith.muli %v1980, %v3 : i64
                %v1982 = arith.addi %v1979, %v1981 : i64
                %v1983 = llvm.getelementptr %in_C_im[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1984 = llvm.load %v1983 : !llvm.ptr -> f32
                %v1985 = arith.mulf %v1984, %v1854 fastmath<contract> : f32
                %v1986 = arith.addf %v1977, %v1985 fastmath<contract> : f32
                %v1987 = arith.constant 3 : i64
                %v1988 = arith.muli %v1987, %v1112 : i64
                %v1989 = arith.constant 3 : i64
                %v1990 = arith.muli %v1989, %v3 : i64
                %v1991 = arith.addi %v1988, %v1990 : i64
                %v1992 = llvm.getelementptr %in_C_im[%v1991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1993 = llvm.load %v1992 : !llvm.ptr -> f32
                %v1994 = arith.mulf %v1993, %v1861 fastmath<contract> : f32
                %v1995 = arith.addf %v1986, %v1994 fastmath<contract> : f32
                %v1996 = llvm.load %v229 : !llvm.ptr -> f32
                %v1997 = arith.mulf %v1996, %v1035 fastmath<contract> : f32
                %v1998 = arith.addf %v1995, %v1997 fastmath<contract> : f32
                %v1999 = llvm.load %v292 : !llvm.ptr -> f32
                %v2000 = arith.mulf %v1999, %v1019 fastmath<contract> : f32
                %v2001 = arith.addf %v2000, %v1998 fastmath<contract> : f32
                %v2002 = arith.mulf %v1086, %v1996 fastmath<contract> : f32
                %v2003 = arith.mulf %v1999, %v1054 fastmath<contract> : f32
                %v2004 = arith.addf %v2003, %v2002 fastmath<contract> : f32
                %v2005 = arith.mulf %v1087, %v1996 fastmath<contract> : f32
                %v2006 = arith.mulf %v1999, %v1055 fastmath<contract> : f32
                %v2007 = arith.addf %v2006, %v2005 fastmath<contract> : f32
                %v2008 = arith.constant 4 : i64
                %v2009 = arith.muli %v2008, %v3 : i64
                %v2010 = llvm.getelementptr %in_C_im[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2011 = llvm.load %v2010 : !llvm.ptr -> f32
                %v2012 = arith.mulf %v2011, %v1841 fastmath<contract> : f32
                %v2013 = arith.constant 1 : i64
                %v2014 = arith.muli %v2013, %v1112 : i64
                %v2015 = arith.constant 4 : i64
                %v2016 = arith.muli %v2015, %v3 : i64
                %v2017 = arith.addi %v2014, %v2016 : i64
                %v2018 = llvm.getelementptr %in_C_im[%v2017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2019 = llvm.load %v2018 : !llvm.ptr -> f32
                %v2020 = arith.mulf %v2019, %v1847 fastmath<contract> : f32
                %v2021 = arith.addf %v2012, %v2020 fastmath<contract> : f32
                %v2022 = arith.constant 2 : i64
                %v2023 = arith.muli %v2022, %v1112 : i64
                %v2024 = arith.constant 4 : i64
                %v2025 = arith.muli %v2024, %v3 : i64
                %v2026 = arith.addi %v2023, %v2025 : i64
                %v2027 = llvm.getelementptr %in_C_im[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2028 = llvm.load %v2027 : !llvm.ptr -> f32
                %v2029 = arith.mulf %v2028, %v1854 fastmath<contract> : f32
                %v2030 = arith.addf %v2021, %v2029 fastmath<contract> : f32
                %v2031 = arith.constant 3 : i64
                %v2032 = arith.muli %v2031, %v1112 : i64
                %v2033 = arith.constant 4 : i64
                %v2034 = arith.muli %v2033, %v3 : i64
                %v2035 = arith.addi %v2032, %v2034 : i64
                %v2036 = llvm.getelementptr %in_C_im[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2037 = llvm.load %v2036 : !llvm.ptr -> f32
                %v2038 = arith.mulf %v2037, %v1861 fastmath<contract> : f32
                %v2039 = arith.addf %v2030, %v2038 fastmath<contract> : f32
                %v2040 = llvm.load %v231 : !llvm.ptr -> f32
                %v2041 = arith.mulf %v2040, %v1036 fastmath<contract> : f32
                %v2042 = arith.addf %v2039, %v2041 fastmath<contract> : f32
                %v2043 = llvm.load %v294 : !llvm.ptr -> f32
                %v2044 = arith.mulf %v2043, %v1020 fastmath<contract> : f32
                %v2045 = arith.addf %v2044, %v2042 fastmath<contract> : f32
                %v2046 = arith.mulf %v1088, %v2040 fastmath<contract> : f32
                %v2047 = arith.mulf %v2043, %v1056 fastmath<contract> : f32
                %v2048 = arith.addf %v2047, %v2046 fastmath<contract> : f32
                %v2049 = arith.mulf %v1089, %v2040 fastmath<contract> : f32
                %v2050 = arith.mulf %v2043, %v1057 fastmath<contract> : f32
                %v2051 = arith.addf %v2050, %v2049 fastmath<contract> : f32
                %v2052 = arith.constant 5 : i64
                %v2053 = arith.muli %v2052, %v3 : i64
                %v2054 = llvm.getelementptr %in_C_im[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2055 = llvm.load %v2054 : !llvm.ptr -> f32
                %v2056 = arith.mulf %v2055, %v1841 fastmath<contract> : f32
                %v2057 = arith.constant 1 : i64
                %v2058 = arith.muli %v2057, %v1112 : i64
                %v2059 = arith.constant 5 : i64
                %v2060 = arith.muli %v2059, %v3 : i64
                %v2061 = arith.addi %v2058, %v2060 : i64
                %v2062 = llvm.getelementptr %in_C_im[%v2061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2063 = llvm.load %v2062 : !llvm.ptr -> f32
                %v2064 = arith.mulf %v2063, %v1847 fastmath<contract> : f32
                %v2065 = arith.addf %v2056, %v2064 fastmath<contract> : f32
                %v2066 = arith.constant 2 : i64
                %v2067 = arith.muli %v2066, %v1112 : i64
                %v2068 = arith.constant 5 : i64
                %v2069 = arith.muli %v2068, %v3 : i64
                %v2070 = arith.addi %v2067, %v2069 : i64
                %v2071 = llvm.getelementptr %in_C_im[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
                %v2073 = arith.mulf %v2072, %v1854 fastmath<contract> : f32
                %v2074 = arith.addf %v2065, %v2073 fastmath<contract> : f32
                %v2075 = arith.constant 3 : i64
                %v2076 = arith.muli %v2075, %v1112 : i64
                %v2077 = arith.constant 5 : i64
                %v2078 = arith.muli %v2077, %v3 : i64
                %v2079 = arith.addi %v2076, %v2078 : i64
                %v2080 = llvm.getelementptr %in_C_im[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2081 = llvm.load %v2080 : !llvm.ptr -> f32
                %v2082 = arith.mulf %v2081, %v1861 fastmath<contract> : f32
                %v2083 = arith.addf %v2074, %v2082 fastmath<contract> : f32
                %v2084 = llvm.load %v233 : !llvm.ptr -> f32
                %v2085 = arith.mulf %v2084, %v1037 fastmath<contract> : f32
                %v2086 = arith.addf %v2083, %v2085 fastmath<contract> : f32
                %v2087 = llvm.load %v296 : !llvm.ptr -> f32
                %v2088 = arith.mulf %v2087, %v1021 fastmath<contract> : f32
                %v2089 = arith.addf %v2088, %v2086 fastmath<contract> : f32
                %v2090 = arith.mulf %v1090, %v2084 fastmath<contract> : f32
                %v2091 = arith.mulf %v2087, %v1058 fastmath<contract> : f32
                %v2092 = arith.addf %v2091, %v2090 fastmath<contract> : f32
                %v2093 = arith.mulf %v1091, %v2084 fastmath<contract> : f32
                %v2094 = arith.mulf %v2087, %v1059 fastmath<contract> : f32
                %v2095 = arith.addf %v2094, %v2093 fastmath<contract> : f32
                %v2096 = arith.constant 6 : i64
                %v2097 = arith.muli %v2096, %v3 : i64
                %v2098 = llvm.getelementptr %in_C_im[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
                %v2100 = arith.mulf %v2099, %v1841 fastmath<contract> : f32
                %v2101 = arith.constant 1 : i64
                %v2102 = arith.muli %v2101, %v1112 : i64
                %v2103 = arith.constant 6 : i64
                %v2104 = arith.muli %v2103, %v3 : i64
                %v2105 = arith.addi %v2102, %v2104 : i64
                %v2106 = llvm.getelementptr %in_C_im[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2107 = llvm.load %v2106 : !llvm.ptr -> f32
                %v2108 = arith.mulf %v2107, %v1847 fastmath<contract> : f32
                %v2109 = arith.addf %v2100, %v2108 fastmath<contract> : f32
                %v2110 = arith.constant 2 : i64
                %v2111 = arith.muli %v2110, %v1112 : i64
                %v2112 = arith.constant 6 : i64
                %v2113 = arith.muli %v2112, %v3 : i64
                %v2114 = arith.addi %v2111, %v2113 : i64
                %v2115 = llvm.getelementptr %in_C_im[%v2114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2116 = llvm.load %v2115 : !llvm.ptr -> f32
                %v2117 = arith.mulf %v2116, %v1854 fastmath<contract> : f32
                %v2118 = arith.addf %v2109, %v2117 fastmath<contract> : f32
                %v2119 = arith.constant 3 : i64
                %v2120 = arith.muli %v2119, %v1112 : i64
                %v2121 = arith.constant 6 : i64
                %v2122 = arith.muli %v2121, %v3 : i64
                %v2123 = arith.addi %v2120, %v2122 : i64
                %v2124 = llvm.getelementptr %in_C_im[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
                %v2126 = arith.mulf %v2125, %v1861 fastmath<contract> : f32
                %v2127 = arith.addf %v2118, %v2126 fastmath<contract> : f32
                %v2128 = llvm.load %v235 : !llvm.ptr -> f32
                %v2129 = arith.mulf %v2128, %v1038 fastmath<contract> : f32
                %v2130 = arith.addf %v2127, %v2129 fastmath<contract> : f32
                %v2131 = llvm.load %v298 : !llvm.ptr -> f32
                %v2132 = arith.mulf %v2131, %v1022 fastmath<contract> : f32
                %v2133 = arith.addf %v2132, %v2130 fastmath<contract> : f32
                %v2134 = arith.mulf %v1092, %v2128 fastmath<contract> : f32
                %v2135 = arith.mulf %v2131, %v1060 fastmath<contract> : f32
                %v2136 = arith.addf %v2135, %v2134 fastmath<contract> : f32
                %v2137 = arith.mulf %v1093, %v2128 fastmath<contract> : f32
                %v2138 = arith.mulf %v2131, %v1061 fastmath<contract> : f32
                %v2139 = arith.addf %v2138, %v2137 fastmath<contract> : f32
                %v2140 = arith.constant 7 : i64
                %v2141 = arith.muli %v2140, %v3 : i64
                %v2142 = llvm.getelementptr %in_C_im[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
                %v2144 = arith.mulf %v2143, %v1841 fastmath<contract> : f32
                %v2145 = arith.constant 1 : i64
                %v2146 = arith.muli %v2145, %v1112 : i64
                %v2147 = arith.constant 7 : i64
                %v2148 = arith.muli %v2147, %v3 : i64
                %v2149 = arith.addi %v2146, %v2148 : i64
                %v2150 = llvm.getelementptr %in_C_im[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
                %v2152 = arith.mulf %v2151, %v1847 fastmath<contract> : f32
                %v2153 = arith.addf %v2144, %v2152 fastmath<contract> : f32
                %v2154 = arith.constant 2 : i64
                %v2155 = arith.muli %v2154, %v1112 : i64
                %v2156 = arith.constant 7 : i64
                %v2157 = arith.muli %v2156, %v3 : i64
                %v2158 = arith.addi %v2155, %v2157 : i64
                %v2159 = llvm.getelementptr %in_C_im[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2160 = llvm.load %v2159 : !llvm.ptr -> f32
                %v2161 = arith.mulf %v2160, %v1854 fastmath<contract> : f32
                %v2162 = arith.addf %v2153, %v2161 fastmath<contract> : f32
                %v2163 = arith.constant 3 : i64
                %v2164 = arith.muli %v2163, %v1112 : i64
                %v2165 = arith.constant 7 : i64
                %v2166 = arith.muli %v2165, %v3 : i64
                %v2167 = arith.addi %v2164, %v2166 : i64
                %v2168 = llvm.getelementptr %in_C_im[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
                %v2170 = arith.mulf %v2169, %v1861 fastmath<contract> : f32
                %v2171 = arith.addf %v2162, %v2170 fastmath<contract> : f32
                %v2172 = llvm.load %v237 : !llvm.ptr -> f32
                %v2173 = arith.mulf %v2172, %v1039 fastmath<contract> : f32
                %v2174 = arith.addf %v2171, %v2173 fastmath<contract> : f32
                %v2175 = llvm.load %v300 : !llvm.ptr -> f32
                %v2176 = arith.mulf %v2175, %v1023 fastmath<contract> : f32
                %v2177 = arith.addf %v2176, %v2174 fastmath<contract> : f32
                %v2178 = arith.mulf %v1094, %v2172 fastmath<contract> : f32
                %v2179 = arith.mulf %v2175, %v1062 fastmath<contract> : f32
                %v2180 = arith.addf %v2179, %v2178 fastmath<contract> : f32
                %v2181 = arith.mulf %v1095, %v2172 fastmath<contract> : f32
                %v2182 = arith.mulf %v2175, %v1063 fastmath<contract> : f32
                %v2183 = arith.addf %v2182, %v2181 fastmath<contract> : f32
                %v2184 = arith.constant 8 : i64
                %v2185 = arith.muli %v2184, %v3 : i64
                %v2186 = llvm.getelementptr %in_C_im[%v2185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2187 = llvm.load %v2186 : !llvm.ptr -> f32
                %v2188 = arith.mulf %v2187, %v1841 fastmath<contract> : f32
                %v2189 = arith.constant 1 : i64
                %v2190 = arith.muli %v2189, %v1112 : i64
                %v2191 = arith.constant 8 : i64
                %v2192 = arith.muli %v2191, %v3 : i64
                %v2193 = arith.addi %v2190, %v2192 : i64
                %v2194 = llvm.getelementptr %in_C_im[%v2193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2195 = llvm.load %v2194 : !llvm.ptr -> f32
                %v2196 = arith.mulf %v2195, %v1847 fastmath<contract> : f32
                %v2197 = arith.addf %v2188, %v2196 fastmath<contract> : f32
                %v2198 = arith.constant 2 : i64
                %v2199 = arith.muli %v2198, %v1112 : i64
                %v2200 = arith.constant 8 : i64
                %v2201 = arith.muli %v2200, %v3 : i64
                %v2202 = arith.addi %v2199, %v2201 : i64
                %v2203 = llvm.getelementptr %in_C_im[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2204 = llvm.load %v2203 : !llvm.ptr -> f32
                %v2205 = arith.mulf %v2204, %v1854 fastmath<contract> : f32
                %v2206 = arith.addf %v2197, %v2205 fastmath<contract> : f32
                %v2207 = arith.constant 3 : i64
                %v2208 = arith.muli %v2207, %v1112 : i64
                %v2209 = arith.constant 8 : i64
                %v2210 = arith.muli %v2209, %v3 : i64
                %v2211 = arith.addi %v2208, %v2210 : i64
                %v2212 = llvm.getelementptr %in_C_im[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2213 = llvm.load %v2212 : !llvm.ptr -> f32
                %v2214 = arith.mulf %v2213, %v1861 fastmath<contract> : f32
                %v2215 = arith.addf %v2206, %v2214 fastmath<contract> : f32
                %v2216 = llvm.load %v239 : !llvm.ptr -> f32
                %v2217 = arith.mulf %v2216, %v1040 fastmath<contract> : f32
                %v2218 = arith.addf %v2215, %v2217 fastmath<contract> : f32
                %v2219 = llvm.load %v302 : !llvm.ptr -> f32
                %v2220 = arith.mulf %v2219, %v1024 fastmath<contract> : f32
                %v2221 = arith.addf %v2220, %v2218 fastmath<contract> : f32
                %v2222 = arith.mulf %v1096, %v2216 fastmath<contract> : f32
                %v2223 = arith.mulf %v2219, %v1064 fastmath<contract> : f32
                %v2224 = arith.addf %v2223, %v2222 fastmath<contract> : f32
                %v2225 = arith.mulf %v1097, %v2216 fastmath<contract> : f32
                %v2226 = arith.mulf %v2219, %v1065 fastmath<contract> : f32
                %v2227 = arith.addf %v2226, %v2225 fastmath<contract> : f32
                %v2228 = arith.constant 9 : i64
                %v2229 = arith.muli %v2228, %v3 : i64
                %v2230 = llvm.getelementptr %in_C_im[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2231 = llvm.load %v2230 : !llvm.ptr -> f32
                %v2232 = arith.mulf %v2231, %v1841 fastmath<contract> : f32
                %v2233 = arith.constant 1 : i64
                %v2234 = arith.muli %v2233, %v1112 : i64
                %v2235 = arith.constant 9 : i64
                %v2236 = arith.muli %v2235, %v3 : i64
                %v2237 = arith.addi %v2234, %v2236 : i64
                %v2238 = llvm.getelementptr %in_C_im[%v2237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2239 = llvm.load %v2238 : !llvm.ptr -> f32
                %v2240 = arith.mulf %v2239, %v1847 fastmath<contract> : f32
                %v2241 = arith.addf %v2232, %v2240 fastmath<contract> : f32
                %v2242 = arith.constant 2 : i64
                %v2243 = arith.muli %v2242, %v1112 : i64
                %v2244 = arith.constant 9 : i64
                %v2245 = arith.muli %v2244, %v3 : i64
                %v2246 = arith.addi %v2243, %v2245 : i64
                %v2247 = llvm.getelementptr %in_C_im[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
                %v2249 = arith.mulf %v2248, %v1854 fastmath<contract> : f32
                %v2250 = arith.addf %v2241, %v2249 fastmath<contract> : f32
                %v2251 = arith.constant 3 : i64
                %v2252 = arith.muli %v2251, %v1112 : i64
                %v2253 = arith.constant 9 : i64
                %v2254 = arith.muli %v2253, %v3 : i64
                %v2255 = arith.addi %v2252, %v2254 : i64
                %v2256 = llvm.getelementptr %in_C_im[%v2255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2257 = llvm.load %v2256 : !llvm.ptr -> f32
                %v2258 = arith.mulf %v2257, %v1861 fastmath<contract> : f32
                %v2259 = arith.addf %v2250, %v2258 fastmath<contract> : f32
                %v2260 = llvm.load %v241 : !llvm.ptr -> f32
                %v2261 = arith.mulf %v2260, %v1041 fastmath<contract> : f32
                %v2262 = arith.addf %v2259, %v2261 fastmath<contract> : f32
                %v2263 = llvm.load %v304 : !llvm.ptr -> f32
                %v2264 = arith.mulf %v2263, %v1025 fastmath<contract> : f32
                %v2265 = arith.addf %v2264, %v2262 fastmath<contract> : f32
                %v2266 = arith.mulf %v1098, %v2260 fastmath<contract> : f32
                %v2267 = arith.mulf %v2263, %v1066 fastmath<contract> : f32
                %v2268 = arith.addf %v2267, %v2266 fastmath<contract> : f32
                %v2269 = arith.mulf %v1099, %v2260 fastmath<contract> : f32
                %v2270 = arith.mulf %v2263, %v1067 fastmath<contract> : f32
                %v2271 = arith.addf %v2270, %v2269 fastmath<contract> : f32
                %v2272 = arith.constant 10 : i64
                %v2273 = arith.muli %v2272, %v3 : i64
                %v2274 = llvm.getelementptr %in_C_im[%v2273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2275 = llvm.load %v2274 : !llvm.ptr -> f32
                %v2276 = arith.mulf %v2275, %v1841 fastmath<contract> : f32
                %v2277 = arith.constant 1 : i64
                %v2278 = arith.muli %v2277, %v1112 : i64
                %v2279 = arith.constant 10 : i64
                %v2280 = arith.muli %v2279, %v3 : i64
                %v2281 = arith.addi %v2278, %v2280 : i64
                %v2282 = llvm.getelementptr %in_C_im[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2283 = llvm.load %v2282 : !llvm.ptr -> f32
                %v2284 = arith.mulf %v2283, %v1847 fastmath<contract> : f32
                %v2285 = arith.addf %v2276, %v2284 fastmath<contract> : f32
                %v2286 = arith.constant 2 : i64
                %v2287 = arith.muli %v2286, %v1112 : i64
                %v2288 = arith.constant 10 : i64
                %v2289 = arith.muli %v2288, %v3 : i64
                %v2290 = arith.addi %v2287, %v2289 : i64
                %v2291 = llvm.getelementptr %in_C_im[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
                %v2293 = arith.mulf %v2292, %v1854 fastmath<contract> : f32
                %v2294 = arith.addf %v2285, %v2293 fastmath<contract> : f32
                %v2295 = arith.constant 3 : i64
                %v2296 = arith.muli %v2295, %v1112 : i64
                %v2297 = arith.constant 10 : i64
                %v2298 = arith.muli %v2297, %v3 : i64
                %v2299 = arith.addi %v2296, %v2298 : i64
                %v2300 = llvm.getelementptr %in_C_im[%v2299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2301 = llvm.load %v2300 : !llvm.ptr -> f32
                %v2302 = arith.mulf %v2301, %v1861 fastmath<contract> : f32
                %v2303 = arith.addf %v2294, %v2302 fastmath<contract> : f32
                %v2304 = llvm.load %v243 : !llvm.ptr -> f32
                %v2305 = arith.mulf %v2304, %v1042 fastmath<contract> : f32
                %v2306 = arith.addf %v2303, %v2305 fastmath<contract> : f32
                %v2307 = llvm.load %v306 : !llvm.ptr -> f32
                %v2308 = arith.mulf %v2307, %v1026 fastmath<contract> : f32
                %v2309 = arith.addf %v2308, %v2306 fastmath<contract> : f32
                %v2310 = arith.mulf %v1100, %v2304 fastmath<contract> : f32
                %v2311 = arith.mulf %v2307, %v1068 fastmath<contract> : f32
                %v2312 = arith.addf %v2311, %v2310 fastmath<contract> : f32
                %v2313 = arith.mulf %v1101, %v2304 fastmath<contract> : f32
                %v2314 = arith.mulf %v2307, %v1069 fastmath<contract> : f32
                %v2315 = arith.addf %v2314, %v2313 fastmath<contract> : f32
                %v2316 = arith.constant 11 : i64
                %v2317 = arith.muli %v2316, %v3 : i64
                %v2318 = llvm.getelementptr %in_C_im[%v2317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2319 = llvm.load %v2318 : !llvm.ptr -> f32
                %v2320 = arith.mulf %v2319, %v1841 fastmath<contract> : f32
                %v2321 = arith.constant 1 : i64
                %v2322 = arith.muli %v2321, %v1112 : i64
                %v2323 = arith.constant 11 : i64
                %v2324 = arith.muli %v2323, %v3 : i64
                %v2325 = arith.addi %v2322, %v2324 : i64
                %v2326 = llvm.getelementptr %in_C_im[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
                %v2328 = arith.mulf %v2327, %v1847 fastmath<contract> : f32
                %v2329 = arith.addf %v2320, %v2328 fastmath<contract> : f32
                %v2330 = arith.constant 2 : i64
                %v2331 = arith.muli %v2330, %v1112 : i64
                %v2332 = arith.constant 11 : i64
                %v2333 = arith.muli %v2332, %v3 : i64
                %v2334 = arith.addi %v2331, %v2333 : i64
                %v2335 = llvm.getelementptr %in_C_im[%v2334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2336 = llvm.load %v2335 : !llvm.ptr -> f32
                %v2337 = arith.mulf %v2336, %v1854 fastmath<contract> : f32
                %v2338 = arith.addf %v2329, %v2337 fastmath<contract> : f32
                %v2339 = arith.constant 3 : i64
                %v2340 = arith.muli %v2339, %v1112 : i64
                %v2341 = arith.constant 11 : i64
                %v2342 = arith.muli %v2341, %v3 : i64
                %v2343 = arith.addi %v2340, %v2342 : i64
                %v2344 = llvm.getelementptr %in_C_im[%v2343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2345 = llvm.load %v2344 : !llvm.ptr -> f32
                %v2346 = arith.mulf %v2345, %v1861 fastmath<contract> : f32
                %v2347 = arith.addf %v2338, %v2346 fastmath<contract> : f32
                %v2348 = llvm.load %v245 : !llvm.ptr -> f32
                %v2349 = arith.mulf %v2348, %v1043 fastmath<contract> : f32
                %v2350 = arith.addf %v2347, %v2349 fastmath<contract> : f32
                %v2351 = llvm.load %v308 : !llvm.ptr -> f32
                %v2352 = arith.mulf %v2351, %v1027 fastmath<contract> : f32
                %v2353 = arith.addf %v2352, %v2350 fastmath<contract> : f32
                %v2354 = arith.mulf %v1102, %v2348 fastmath<contract> : f32
                %v2355 = arith.mulf %v2351, %v1070 fastmath<contract> : f32
                %v2356 = arith.addf %v2355, %v2354 fastmath<contract> : f32
                %v2357 = arith.mulf %v1103, %v2348 fastmath<contract> : f32
                %v2358 = arith.mulf %v2351, %v1071 fastmath<contract> : f32
                %v2359 = arith.addf %v2358, %v2357 fastmath<contract> : f32
                %v2360 = arith.constant 12 : i64
                %v2361 = arith.muli %v2360, %v3 : i64
                %v2362 = llvm.getelementptr %in_C_im[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
                %v2364 = arith.mulf %v2363, %v1841 fastmath<contract> : f32
                %v2365 = arith.constant 1 : i64
                %v2366 = arith.muli %v2365, %v1112 : i64
                %v2367 = arith.constant 12 : i64
                %v2368 = arith.muli %v2367, %v3 : i64
                %v2369 = arith.addi %v2366, %v2368 : i64
                %v2370 = llvm.getelementptr %in_C_im[%v2369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2371 = llvm.load %v2370 : !llvm.ptr -> f32
                %v2372 = arith.mulf %v2371, %v1847 fastmath<contract> : f32
                %v2373 = arith.addf %v2364, %v2372 fastmath<contract> : f32
                %v2374 = arith.constant 2 : i64
                %v2375 = arith.muli %v2374, %v1112 : i64
                %v2376 = arith.constant 12 : i64
                %v2377 = arith.muli %v2376, %v3 : i64
                %v2378 = arith.addi %v2375, %v2377 : i64
                %v2379 = llvm.getelementptr %in_C_im[%v2378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2380 = llvm.load %v2379 : !llvm.ptr -> f32
                %v2381 = arith.mulf %v2380, %v1854 fastmath<contract> : f32
                %v2382 = arith.addf %v2373, %v2381 fastmath<contract> : f32
                %v2383 = arith.constant 3 : i64
                %v2384 = arith.muli %v2383, %v1112 : i64
                %v2385 = arith.constant 12 : i64
                %v2386 = arith.muli %v2385, %v3 : i64
                %v2387 = arith.addi %v2384, %v2386 : i64
                %v2388 = llvm.getelementptr %in_C_im[%v2387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2389 = llvm.load %v2388 : !llvm.ptr -> f32
                %v2390 = arith.mulf %v2389, %v1861 fastmath<contract> : f32
                %v2391 = arith.addf %v2382, %v2390 fastmath<contract> : f32
                %v2392 = llvm.load %v247 : !llvm.ptr -> f32
                %v2393 = arith.mulf %v2392, %v1044 fastmath<contract> : f32
                %v2394 = arith.addf %v2391, %v2393 fastmath<contract> : f32
                %v2395 = llvm.load %v310 : !llvm.ptr -> f32
                %v2396 = arith.mulf %v2395, %v1028 fastmath<contract> : f32
                %v2397 = arith.addf %v2396, %v2394 fastmath<contract> : f32
                %v2398 = arith.mulf %v1104, %v2392 fastmath<contract> : f32
                %v2399 = arith.mulf %v2395, %v1072 fastmath<contract> : f32
                %v2400 = arith.addf %v2399, %v2398 fastmath<contract> : f32
                %v2401 = arith.mulf %v1105, %v2392 fastmath<contract> : f32
                %v2402 = arith.mulf %v2395, %v1073 fastmath<contract> : f32
                %v2403 = arith.addf %v2402, %v2401 fastmath<contract> : f32
                %v2404 = arith.constant 13 : i64
                %v2405 = arith.muli %v2404, %v3 : i64
                %v2406 = llvm.getelementptr %in_C_im[%v2405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2407 = llvm.load %v2406 : !llvm.ptr -> f32
                %v2408 = arith.mulf %v2407, %v1841 fastmath<contract> : f32
                %v2409 = arith.constant 1 : i64
                %v2410 = arith.muli %v2409, %v1112 : i64
                %v2411 = arith.constant 13 : i64
                %v2412 = arith.muli %v2411, %v3 : i64
                %v2413 = arith.addi %v2410, %v2412 : i64
                %v2414 = llvm.getelementptr %in_C_im[%v2413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2415 = llvm.load %v2414 : !llvm.ptr -> f32
                %v2416 = arith.mulf %v2415, %v1847 fastmath<contract> : f32
                %v2417 = arith.addf %v2408, %v2416 fastmath<contract> : f32
                %v2418 = arith.constant 2 : i64
                %v2419 = arith.muli %v2418, %v1112 : i64
                %v2420 = arith.constant 13 : i64
                %v2421 = arith.muli %v2420, %v3 : i64
                %v2422 = arith.addi %v2419, %v2421 : i64
                %v2423 = llvm.getelementptr %in_C_im[%v2422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
                %v2425 = arith.mulf %v2424, %v1854 fastmath<contract> : f32
                %v2426 = arith.addf %v2417, %v2425 fastmath<contract> : f32
                %v2427 = arith.constant 3 : i64
                %v2428 = arith.muli %v2427, %v1112 : i64
                %v2429 = arith.constant 13 : i64
                %v2430 = arith.muli %v2429, %v3 : i64
                %v2431 = arith.addi %v2428, %v2430 : i64
                %v2432 = llvm.getelementptr %in_C_im[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
                %v2434 = arith.mulf %v2433, %v1861 fastmath<contract> : f32
                %v2435 = arith.addf %v2426, %v2434 fastmath<contract> : f32
                %v2436 = llvm.load %v249 : !llvm.ptr -> f32
                %v2437 = arith.mulf %v2436, %v1045 fastmath<contract> : f32
                %v2438 = arith.addf %v2435, %v2437 fastmath<contract> : f32
                %v2439 = llvm.load %v312 : !llvm.ptr -> f32
                %v2440 = arith.mulf %v2439, %v1029 fastmath<contract> : f32
                %v2441 = arith.addf %v2440, %v2438 fastmath<contract> : f32
                %v2442 = arith.mulf %v1106, %v2436 fastmath<contract> : f32
                %v2443 = arith.mulf %v2439, %v1074 fastmath<contract> : f32
                %v2444 = arith.addf %v2443, %v2442 fastmath<contract> : f32
                %v2445 = arith.mulf %v1107, %v2436 fastmath<contract> : f32
                %v2446 = arith.mulf %v2439, %v1075 fastmath<contract> : f32
                %v2447 = arith.addf %v2446, %v2445 fastmath<contract> : f32
                %v2448 = arith.constant 14 : i64
                %v2449 = arith.muli %v2448, %v3 : i64
                %v2450 = llvm.getelementptr %in_C_im[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2451 = llvm.load %v2450 : !llvm.ptr -> f32
                %v2452 = arith.mulf %v2451, %v1841 fastmath<contract> : f32
                %v2453 = arith.constant 1 : i64
                %v2454 = arith.muli %v2453, %v1112 : i64
                %v2455 = arith.constant 14 : i64
                %v2456 = arith.muli %v2455, %v3 : i64
                %v2457 = arith.addi %v2454, %v2456 : i64
                %v2458 = llvm.getelementptr %in_C_im[%v2457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2459 = llvm.load %v2458 : !llvm.ptr -> f32
                %v2460 = arith.mulf %v2459, %v1847 fastmath<contract> : f32
                %v2461 = arith.addf %v2452, %v2460 fastmath<contract> : f32
                %v2462 = arith.constant 2 : i64
                %v2463 = arith.muli %v2462, %v1112 : i64
                %v2464 = arith.constant 14 : i64
                %v2465 = arith.muli %v2464, %v3 : i64
                %v2466 = arith.addi %v2463, %v2465 : i64
                %v2467 = llvm.getelementptr %in_C_im[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2468 = llvm.load %v2467 : !llvm.ptr -> f32
                %v2469 = arith.mulf %v2468, %v1854 fastmath<contract> : f32
                %v2470 = arith.addf %v2461, %v2469 fastmath<contract> : f32
                %v2471 = arith.constant 3 : i64
                %v2472 = arith.muli %v2471, %v1112 : i64
                %v2473 = arith.constant 14 : i64
                %v2474 = arith.muli %v2473, %v3 : i64
                %v2475 = arith.addi %v2472, %v2474 : i64
                %v2476 = llvm.getelementptr %in_C_im[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
                %v2478 = arith.mulf %v2477, %v1861 fastmath<contract> : f32
                %v2479 = arith.addf %v2470, %v2478 fastmath<contract> : f32
                %v2480 = llvm.load %v251 : !llvm.ptr -> f32
                %v2481 = arith.mulf %v2480, %v1046 fastmath<contract> : f32
                %v2482 = arith.addf %v2479, %v2481 fastmath<contract> : f32
                %v2483 = llvm.load %v314 : !llvm.ptr -> f32
                %v2484 = arith.mulf %v2483, %v1030 fastmath<contract> : f32
                %v2485 = arith.addf %v2484, %v2482 fastmath<contract> : f32
                %v2486 = arith.mulf %v1108, %v2480 fastmath<contract> : f32
                %v2487 = arith.mulf %v2483, %v1076 fastmath<contract> : f32
                %v2488 = arith.addf %v2487, %v2486 fastmath<contract> : f32
                %v2489 = arith.mulf %v1109, %v2480 fastmath<contract> : f32
                %v2490 = arith.mulf %v2483, %v1077 fastmath<contract> : f32
                %v2491 = arith.addf %v2490, %v2489 fastmath<contract> : f32
                %v2492 = arith.constant 15 : i64
                %v2493 = arith.muli %v2492, %v3 : i64
                %v2494 = llvm.getelementptr %in_C_im[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
                %v2496 = arith.mulf %v2495, %v1841 fastmath<contract> : f32
                %v2497 = arith.constant 1 : i64
                %v2498 = arith.muli %v2497, %v1112 : i64
                %v2499 = arith.constant 15 : i64
                %v2500 = arith.muli %v2499, %v3 : i64
                %v2501 = arith.addi %v2498, %v2500 : i64
                %v2502 = llvm.getelementptr %in_C_im[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2503 = llvm.load %v2502 : !llvm.ptr -> f32
                %v2504 = arith.mulf %v2503, %v1847 fastmath<contract> : f32
                %v2505 = arith.addf %v2496, %v2504 fastmath<contract> : f32
                %v2506 = arith.constant 2 : i64
                %v2507 = arith.muli %v2506, %v1112 : i64
                %v2508 = arith.constant 15 : i64
                %v2509 = arith.muli %v2508, %v3 : i64
                %v2510 = arith.addi %v2507, %v2509 : i64
                %v2511 = llvm.getelementptr %in_C_im[%v2510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2512 = llvm.load %v2511 : !llvm.ptr -> f32
                %v2513 = arith.mulf %v2512, %v1854 fastmath<contract> : f32
                %v2514 = arith.addf %v2505, %v2513 fastmath<contract> : f32
                %v2515 = arith.constant 3 : i64
                %v2516 = arith.muli %v2515, %v1112 : i64
                %v2517 = arith.constant 15 : i64
                %v2518 = arith.muli %v2517, %v3 : i64
                %v2519 = arith.addi %v2516, %v2518 : i64
                %v2520 = llvm.getelementptr %in_C_im[%v2519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2521 = llvm.load %v2520 : !llvm.ptr -> f32
                %v2522 = arith.mulf %v2521, %v1861 fastmath<contract> : f32
                %v2523 = arith.addf %v2514, %v2522 fastmath<contract> : f32
                %v2524 = llvm.load %v252 : !llvm.ptr -> f32
                %v2525 = arith.mulf %v2524, %v1047 fastmath<contract> : f32
                %v2526 = arith.addf %v2523, %v2525 fastmath<contract> : f32
                %v2527 = llvm.load %v316 : !llvm.ptr -> f32
                %v2528 = arith.mulf %v2527, %v1031 fastmath<contract> : f32
                %v2529 = arith.addf %v2528, %v2526 fastmath<contract> : f32
                %v2530 = arith.mulf %v1110, %v2524 fastmath<contract> : f32
                %v2531 = arith.mulf %v2527, %v1078 fastmath<contract> : f32
                %v2532 = arith.addf %v2531, %v2530 fastmath<contract> : f32
                %v2533 = arith.mulf %v1111, %v2524 fastmath<contract> : f32
                %v2534 = arith.mulf %v2527, %v1079 fastmath<contract> : f32
                %v2535 = arith.addf %v2534, %v2533 fastmath<contract> : f32
                llvm.store %v1171, %v130 : f32, !llvm.ptr
                llvm.store %v1174, %v901 : f32, !llvm.ptr
                llvm.store %v1177, %v902 : f32, !llvm.ptr
                llvm.store %v1215, %v131 : f32, !llvm.ptr
                llvm.store %v1218, %v903 : f32, !llvm.ptr
                llvm.store %v1221, %v904 : f32, !llvm.ptr
                llvm.store %v1259, %v133 : f32, !llvm.ptr
                llvm.store %v1262, %v905 : f32, !llvm.ptr
                llvm.store %v1265, %v906 : f32, !llvm.ptr
                llvm.store %v1303, %v135 : f32, !llvm.ptr
                llvm.store %v1306, %v907 : f32, !llvm.ptr
                llvm.store %v1309, %v908 : f32, !llvm.ptr
                llvm.store %v1347, %v136 : f32, !llvm.ptr
                llvm.store %v1350, %v909 : f32, !llvm.ptr
                llvm.store %v1353, %v910 : f32, !llvm.ptr
                llvm.store %v1391, %v138 : f32, !llvm.ptr
                llvm.store %v1394, %v911 : f32, !llvm.ptr
                llvm.store %v1397, %v912 : f32, !llvm.ptr
                llvm.store %v1435, %v140 : f32, !llvm.ptr
                llvm.store %v1438, %v913 : f32, !llvm.ptr
                llvm.store %v1441, %v914 : f32, !llvm.ptr
                llvm.store %v1479, %v142 : f32, !llvm.ptr
                llvm.store %v1482, %v915 : f32, !llvm.ptr
                llvm.store %v1485, %v916 : f32, !llvm.ptr
                llvm.store %v1523, %v144 : f32, !llvm.ptr
                llvm.store %v1526, %v917 : f32, !llvm.ptr
                llvm.store %v1529, %v918 : f32, !llvm.ptr
                llvm.store %v1567, %v146 : f32, !llvm.ptr
                llvm.store %v1570, %v919 : f32, !llvm.ptr
                llvm.store %v1573, %v920 : f32, !llvm.ptr
                llvm.store %v1611, %v148 : f32, !llvm.ptr
                llvm.store %v1614, %v921 : f32, !llvm.ptr
                llvm.store %v1617, %v922 : f32, !llvm.ptr
                llvm.store %v1655, %v150 : f32, !llvm.ptr
                llvm.store %v1658, %v923 : f32, !llvm.ptr
                llvm.store %v1661, %v924 : f32, !llvm.ptr
                llvm.store %v1699, %v152 : f32, !llvm.ptr
                llvm.store %v1702, %v925 : f32, !llvm.ptr
                llvm.store %v1705, %v926 : f32, !llvm.ptr
                llvm.store %v1743, %v154 : f32, !llvm.ptr
                llvm.store %v1746, %v927 : f32, !llvm.ptr
                llvm.store %v1749, %v928 : f32, !llvm.ptr
                llvm.store %v1787, %v156 : f32, !llvm.ptr
                llvm.store %v1790, %v929 : f32, !llvm.ptr
                llvm.store %v1793, %v930 : f32, !llvm.ptr
                llvm.store %v1831, %v158 : f32, !llvm.ptr
                llvm.store %v1834, %v931 : f32, !llvm.ptr
                llvm.store %v1837, %v932 : f32, !llvm.ptr
                llvm.store %v1869, %v159 : f32, !llvm.ptr
                llvm.store %v1872, %v933 : f32, !llvm.ptr
                llvm.store %v1875, %v934 : f32, !llvm.ptr
                llvm.store %v1913, %v161 : f32, !llvm.ptr
                llvm.store %v1916, %v935 : f32, !llvm.ptr
                llvm.store %v1919, %v936 : f32, !llvm.ptr
                llvm.store %v1957, %v163 : f32, !llvm.ptr
                llvm.store %v1960, %v937 : f32, !llvm.ptr
                llvm.store %v1963, %v938 : f32, !llvm.ptr
                llvm.store %v2001, %v165 : f32, !llvm.ptr
                llvm.store %v2004, %v939 : f32, !llvm.ptr
                llvm.store %v2007, %v940 : f32, !llvm.ptr
                llvm.store %v2045, %v167 : f32, !llvm.ptr
                llvm.store %v2048, %v941 : f32, !llvm.ptr
                llvm.store %v2051, %v942 : f32, !llvm.ptr
                llvm.store %v2089, %v169 : f32, !llvm.ptr
                llvm.store %v2092, %v943 : f32, !llvm.ptr
                llvm.store %v2095, %v944 : f32, !llvm.ptr
                llvm.store %v2133, %v171 : f32, !llvm.ptr
                llvm.store %v2136, %v945 : f32, !llvm.ptr
                llvm.store %v2139, %v946 : f32, !llvm.ptr
                llvm.store %v2177, %v173 : f32, !llvm.ptr
                llvm.store %v2180, %v947 : f32, !llvm.ptr
                llvm.store %v2183, %v948 : f32, !llvm.ptr
                llvm.store %v2221, %v175 : f32, !llvm.ptr
                llvm.store %v2224, %v949 : f32, !llvm.ptr
                llvm.store %v2227, %v950 : f32, !llvm.ptr
                llvm.store %v2265, %v177 : f32, !llvm.ptr
                llvm.store %v2268, %v951 : f32, !llvm.ptr
                llvm.store %v2271, %v952 : f32, !llvm.ptr
                llvm.store %v2309, %v179 : f32, !llvm.ptr
                llvm.store %v2312, %v953 : f32, !llvm.ptr
                llvm.store %v2315, %v954 : f32, !llvm.ptr
                llvm.store %v2353, %v181 : f32, !llvm.ptr
                llvm.store %v2356, %v955 : f32, !llvm.ptr
                llvm.store %v2359, %v956 : f32, !llvm.ptr
                llvm.store %v2397, %v183 : f32, !llvm.ptr
                llvm.store %v2400, %v957 : f32, !llvm.ptr
                llvm.store %v2403, %v958 : f32, !llvm.ptr
                llvm.store %v2441, %v185 : f32, !llvm.ptr
                llvm.store %v2444, %v959 : f32, !llvm.ptr
                llvm.store %v2447, %v960 : f32, !llvm.ptr
                llvm.store %v2485, %v187 : f32, !llvm.ptr
                llvm.store %v2488, %v961 : f32, !llvm.ptr
                llvm.store %v2491, %v962 : f32, !llvm.ptr
                llvm.store %v2529, %v189 : f32, !llvm.ptr
                llvm.store %v2532, %v963 : f32, !llvm.ptr
                llvm.store %v2535, %v964 : f32, !llvm.ptr
                scf.if %v1014 {
                }
                %v2536 = arith.constant 0 : i64
                %v2537 = llvm.getelementptr %in_nu_log[%v2536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2538 = llvm.load %v2537 : !llvm.ptr -> f32
                %v2540 = arith.mulf %v2538, %v2539 fastmath<contract> : f32
                %v2541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2540) : (f32) -> f32
                %v2542 = arith.negf %v2541 : f32
                %v2543 = arith.mulf %v2542, %v2539 fastmath<contract> : f32
                %v2544 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2543) : (f32) -> f32
                %v2545 = arith.constant 0 : i64
                %v2546 = llvm.getelementptr %in_theta_log[%v2545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2547 = llvm.load %v2546 : !llvm.ptr -> f32
                %v2548 = arith.mulf %v2547, %v2539 fastmath<contract> : f32
                %v2549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2548) : (f32) -> f32
                %v2551 = arith.mulf %v2549, %v2550 fastmath<contract> : f32
                %v2552 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2551) : (f32) -> f32
                %v2555 = arith.mulf %v2552, %v2553 fastmath<contract> : f32
                %v2556 = arith.subf %v2549, %v2555 fastmath<contract> : f32
                %v2557 = arith.mulf %v2552, %v2554 fastmath<contract> : f32
                %v2558 = arith.subf %v2556, %v2557 fastmath<contract> : f32
                %v2559 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2558) : (f32) -> f32
                %v2560 = arith.mulf %v2544, %v2559 fastmath<contract> : f32
                llvm.store %v2560, %v191 : f32, !llvm.ptr
                %v2561 = arith.mulf %v2549, %v2550 fastmath<contract> : f32
                %v2562 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2561) : (f32) -> f32
                %v2563 = arith.mulf %v2562, %v2553 fastmath<contract> : f32
                %v2564 = arith.subf %v2549, %v2563 fastmath<contract> : f32
                %v2565 = arith.mulf %v2562, %v2554 fastmath<contract> : f32
                %v2566 = arith.subf %v2564, %v2565 fastmath<contract> : f32
                %v2567 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2566) : (f32) -> f32
                %v2568 = arith.mulf %v2544, %v2567 fastmath<contract> : f32
                llvm.store %v2568, %v254 : f32, !llvm.ptr
                %v2569 = arith.constant 1 : i64
                %v2570 = arith.muli %v2569, %v3 : i64
                %v2571 = llvm.getelementptr %in_nu_log[%v2570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2572 = llvm.load %v2571 : !llvm.ptr -> f32
                %v2573 = arith.mulf %v2572, %v2539 fastmath<contract> : f32
                %v2574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2573) : (f32) -> f32
                %v2575 = arith.negf %v2574 : f32
                %v2576 = arith.mulf %v2575, %v2539 fastmath<contract> : f32
                %v2577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2576) : (f32) -> f32
                %v2578 = arith.constant 1 : i64
                %v2579 = arith.muli %v2578, %v3 : i64
                %v2580 = llvm.getelementptr %in_theta_log[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2581 = llvm.load %v2580 : !llvm.ptr -> f32
                %v2582 = arith.mulf %v2581, %v2539 fastmath<contract> : f32
                %v2583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2582) : (f32) -> f32
                %v2584 = arith.mulf %v2583, %v2550 fastmath<contract> : f32
                %v2585 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2584) : (f32) -> f32
                %v2586 = arith.mulf %v2585, %v2553 fastmath<contract> : f32
                %v2587 = arith.subf %v2583, %v2586 fastmath<contract> : f32
                %v2588 = arith.mulf %v2585, %v2554 fastmath<contract> : f32
                %v2589 = arith.subf %v2587, %v2588 fastmath<contract> : f32
                %v2590 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2589) : (f32) -> f32
                %v2591 = arith.mulf %v2577, %v2590 fastmath<contract> : f32
                llvm.store %v2591, %v193 : f32, !llvm.ptr
                %v2592 = arith.mulf %v2583, %v2550 fastmath<contract> : f32
                %v2593 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2592) : (f32) -> f32
                %v2594 = arith.mulf %v2593, %v2553 fastmath<contract> : f32
                %v2595 = arith.subf %v2583, %v2594 fastmath<contract> : f32
                %v2596 = arith.mulf %v2593, %v2554 fastmath<contract> : f32
                %v2597 = arith.subf %v2595, %v2596 fastmath<contract> : f32
                %v2598 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2597) : (f32) -> f32
                %v2599 = arith.mulf %v2577, %v2598 fastmath<contract> : f32
                llvm.store %v2599, %v256 : f32, !llvm.ptr
                %v2600 = arith.constant 2 : i64
                %v2601 = arith.muli %v2600, %v3 : i64
                %v2602 = llvm.getelementptr %in_nu_log[%v2601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2603 = llvm.load %v2602 : !llvm.ptr -> f32
                %v2604 = arith.mulf %v2603, %v2539 fastmath<contract> : f32
                %v2605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2604) : (f32) -> f32
                %v2606 = arith.negf %v2605 : f32
                %v2607 = arith.mulf %v2606, %v2539 fastmath<contract> : f32
                %v2608 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2607) : (f32) -> f32
                %v2609 = arith.constant 2 : i64
                %v2610 = arith.muli %v2609, %v3 : i64
                %v2611 = llvm.getelementptr %in_theta_log[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
                %v2613 = arith.mulf %v2612, %v2539 fastmath<contract> : f32
                %v2614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2613) : (f32) -> f32
                %v2615 = arith.mulf %v2614, %v2550 fastmath<contract> : f32
                %v2616 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2615) : (f32) -> f32
                %v2617 = arith.mulf %v2616, %v2553 fastmath<contract> : f32
                %v2618 = arith.subf %v2614, %v2617 fastmath<contract> : f32
                %v2619 = arith.mulf %v2616, %v2554 fastmath<contract> : f32
                %v2620 = arith.subf %v2618, %v2619 fastmath<contract> : f32
                %v2621 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2620) : (f32) -> f32
                %v2622 = arith.mulf %v2608, %v2621 fastmath<contract> : f32
                llvm.store %v2622, %v195 : f32, !llvm.ptr
                %v2623 = arith.mulf %v2614, %v2550 fastmath<contract> : f32
                %v2624 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2623) : (f32) -> f32
                %v2625 = arith.mulf %v2624, %v2553 fastmath<contract> : f32
                %v2626 = arith.subf %v2614, %v2625 fastmath<contract> : f32
                %v2627 = arith.mulf %v2624, %v2554 fastmath<contract> : f32
                %v2628 = arith.subf %v2626, %v2627 fastmath<contract> : f32
                %v2629 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2628) : (f32) -> f32
                %v2630 = arith.mulf %v2608, %v2629 fastmath<contract> : f32
                llvm.store %v2630, %v258 : f32, !llvm.ptr
                %v2631 = arith.constant 3 : i64
                %v2632 = arith.muli %v2631, %v3 : i64
                %v2633 = llvm.getelementptr %in_nu_log[%v2632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2634 = llvm.load %v2633 : !llvm.ptr -> f32
                %v2635 = arith.mulf %v2634, %v2539 fastmath<contract> : f32
                %v2636 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2635) : (f32) -> f32
                %v2637 = arith.negf %v2636 : f32
                %v2638 = arith.mulf %v2637, %v2539 fastmath<contract> : f32
                %v2639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2638) : (f32) -> f32
                %v2640 = arith.constant 3 : i64
                %v2641 = arith.muli %v2640, %v3 : i64
                %v2642 = llvm.getelementptr %in_theta_log[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
                %v2644 = arith.mulf %v2643, %v2539 fastmath<contract> : f32
                %v2645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2644) : (f32) -> f32
                %v2646 = arith.mulf %v2645, %v2550 fastmath<contract> : f32
                %v2647 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2646) : (f32) -> f32
                %v2648 = arith.mulf %v2647, %v2553 fastmath<contract> : f32
                %v2649 = arith.subf %v2645, %v2648 fastmath<contract> : f32
                %v2650 = arith.mulf %v2647, %v2554 fastmath<contract> : f32
                %v2651 = arith.subf %v2649, %v2650 fastmath<contract> : f32
                %v2652 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2651) : (f32) -> f32
                %v2653 = arith.mulf %v2639, %v2652 fastmath<contract> : f32
                llvm.store %v2653, %v197 : f32, !llvm.ptr
                %v2654 = arith.mulf %v2645, %v2550 fastmath<contract> : f32
                %v2655 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2654) : (f32) -> f32
                %v2656 = arith.mulf %v2655, %v2553 fastmath<contract> : f32
                %v2657 = arith.subf %v2645, %v2656 fastmath<contract> : f32
                %v2658 = arith.mulf %v2655, %v2554 fastmath<contract> : f32
                %v2659 = arith.subf %v2657, %v2658 fastmath<contract> : f32
                %v2660 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2659) : (f32) -> f32
                %v2661 = arith.mulf %v2639, %v2660 fastmath<contract> : f32
                llvm.store %v2661, %v260 : f32, !llvm.ptr
                %v2662 = arith.constant 4 : i64
                %v2663 = arith.muli %v2662, %v3 : i64
                %v2664 = llvm.getelementptr %in_nu_log[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
                %v2666 = arith.mulf %v2665, %v2539 fastmath<contract> : f32
                %v2667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2666) : (f32) -> f32
                %v2668 = arith.negf %v2667 : f32
                %v2669 = arith.mulf %v2668, %v2539 fastmath<contract> : f32
                %v2670 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2669) : (f32) -> f32
                %v2671 = arith.constant 4 : i64
                %v2672 = arith.muli %v2671, %v3 : i64
                %v2673 = llvm.getelementptr %in_theta_log[%v2672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2674 = llvm.load %v2673 : !llvm.ptr -> f32
                %v2675 = arith.mulf %v2674, %v2539 fastmath<contract> : f32
                %v2676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2675) : (f32) -> f32
                %v2677 = arith.mulf %v2676, %v2550 fastmath<contract> : f32
                %v2678 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2677) : (f32) -> f32
                %v2679 = arith.mulf %v2678, %v2553 fastmath<contract> : f32
                %v2680 = arith.subf %v2676, %v2679 fastmath<contract> : f32
                %v2681 = arith.mulf %v2678, %v2554 fastmath<contract> : f32
                %v2682 = arith.subf %v2680, %v2681 fastmath<contract> : f32
                %v2683 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2682) : (f32) -> f32
                %v2684 = arith.mulf %v2670, %v2683 fastmath<contract> : f32
                llvm.store %v2684, %v199 : f32, !llvm.ptr
                %v2685 = arith.mulf %v2676, %v2550 fastmath<contract> : f32
                %v2686 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2685) : (f32) -> f32
                %v2687 = arith.mulf %v2686, %v2553 fastmath<contract> : f32
                %v2688 = arith.subf %v2676, %v2687 fastmath<contract> : f32
                %v2689 = arith.mulf %v2686, %v2554 fastmath<contract> : f32
                %v2690 = arith.subf %v2688, %v2689 fastmath<contract> : f32
                %v2691 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2690) : (f32) -> f32
                %v2692 = arith.mulf %v2670, %v2691 fastmath<contract> : f32
                llvm.store %v2692, %v262 : f32, !llvm.ptr
                %v2693 = arith.constant 5 : i64
                %v2694 = arith.muli %v2693, %v3 : i64
                %v2695 = llvm.getelementptr %in_nu_log[%v2694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2696 = llvm.load %v2695 : !llvm.ptr -> f32
                %v2697 = arith.mulf %v2696, %v2539 fastmath<contract> : f32
                %v2698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2697) : (f32) -> f32
                %v2699 = arith.negf %v2698 : f32
                %v2700 = arith.mulf %v2699, %v2539 fastmath<contract> : f32
                %v2701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2700) : (f32) -> f32
                %v2702 = arith.constant 5 : i64
                %v2703 = arith.muli %v2702, %v3 : i64
                %v2704 = llvm.getelementptr %in_theta_log[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2705 = llvm.load %v2704 : !llvm.ptr -> f32
                %v2706 = arith.mulf %v2705, %v2539 fastmath<contract> : f32
                %v2707 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2706) : (f32) -> f32
                %v2708 = arith.mulf %v2707, %v2550 fastmath<contract> : f32
                %v2709 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2708) : (f32) -> f32
                %v2710 = arith.mulf %v2709, %v2553 fastmath<contract> : f32
                %v2711 = arith.subf %v2707, %v2710 fastmath<contract> : f32
                %v2712 = arith.mulf %v2709, %v2554 fastmath<contract> : f32
                %v2713 = arith.subf %v2711, %v2712 fastmath<contract> : f32
                %v2714 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2713) : (f32) -> f32
                %v2715 = arith.mulf %v2701, %v2714 fastmath<contract> : f32
                llvm.store %v2715, %v201 : f32, !llvm.ptr
                %v2716 = arith.mulf %v2707, %v2550 fastmath<contract> : f32
                %v2717 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2716) : (f32) -> f32
                %v2718 = arith.mulf %v2717, %v2553 fastmath<contract> : f32
                %v2719 = arith.subf %v2707, %v2718 fastmath<contract> : f32
                %v2720 = arith.mulf %v2717, %v2554 fastmath<contract> : f32
                %v2721 = arith.subf %v2719, %v2720 fastmath<contract> : f32
                %v2722 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2721) : (f32) -> f32
                %v2723 = arith.mulf %v2701, %v2722 fastmath<contract> : f32
                llvm.store %v2723, %v264 : f32, !llvm.ptr
                %v2724 = arith.constant 6 : i64
                %v2725 = arith.muli %v2724, %v3 : i64
                %v2726 = llvm.getelementptr %in_nu_log[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
                %v2728 = arith.mulf %v2727, %v2539 fastmath<contract> : f32
                %v2729 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2728) : (f32) -> f32
                %v2730 = arith.negf %v2729 : f32
                %v2731 = arith.mulf %v2730, %v2539 fastmath<contract> : f32
                %v2732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2731) : (f32) -> f32
                %v2733 = arith.constant 6 : i64
                %v2734 = arith.muli %v2733, %v3 : i64
                %v2735 = llvm.getelementptr %in_theta_log[%v2734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2736 = llvm.load %v2735 : !llvm.ptr -> f32
                %v2737 = arith.mulf %v2736, %v2539 fastmath<contract> : f32
                %v2738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2737) : (f32) -> f32
                %v2739 = arith.mulf %v2738, %v2550 fastmath<contract> : f32
                %v2740 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2739) : (f32) -> f32
                %v2741 = arith.mulf %v2740, %v2553 fastmath<contract> : f32
                %v2742 = arith.subf %v2738, %v2741 fastmath<contract> : f32
                %v2743 = arith.mulf %v2740, %v2554 fastmath<contract> : f32
                %v2744 = arith.subf %v2742, %v2743 fastmath<contract> : f32
                %v2745 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2744) : (f32) -> f32
                %v2746 = arith.mulf %v2732, %v2745 fastmath<contract> : f32
                llvm.store %v2746, %v203 : f32, !llvm.ptr
                %v2747 = arith.mulf %v2738, %v2550 fastmath<contract> : f32
                %v2748 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2747) : (f32) -> f32
                %v2749 = arith.mulf %v2748, %v2553 fastmath<contract> : f32
                %v2750 = arith.subf %v2738, %v2749 fastmath<contract> : f32
                %v2751 = arith.mulf %v2748, %v2554 fastmath<contract> : f32
                %v2752 = arith.subf %v2750, %v2751 fastmath<contract> : f32
                %v2753 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2752) : (f32) -> f32
                %v2754 = arith.mulf %v2732, %v2753 fastmath<contract> : f32
                llvm.store %v2754, %v266 : f32, !llvm.ptr
                %v2755 = arith.constant 7 : i64
                %v2756 = arith.muli %v2755, %v3 : i64
                %v2757 = llvm.getelementptr %in_nu_log[%v2756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2758 = llvm.load %v2757 : !llvm.ptr -> f32
                %v2759 = arith.mulf %v2758, %v2539 fastmath<contract> : f32
                %v2760 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2759) : (f32) -> f32
                %v2761 = arith.negf %v2760 : f32
                %v2762 = arith.mulf %v2761, %v2539 fastmath<contract> : f32
                %v2763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2762) : (f32) -> f32
                %v2764 = arith.constant 7 : i64
                %v2765 = arith.muli %v2764, %v3 : i64
                %v2766 = llvm.getelementptr %in_theta_log[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
                %v2768 = arith.mulf %v2767, %v2539 fastmath<contract> : f32
                %v2769 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2768) : (f32) -> f32
                %v2770 = arith.mulf %v2769, %v2550 fastmath<contract> : f32
                %v2771 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2770) : (f32) -> f32
                %v2772 = arith.mulf %v2771, %v2553 fastmath<contract> : f32
                %v2773 = arith.subf %v2769, %v2772 fastmath<contract> : f32
                %v2774 = arith.mulf %v2771, %v2554 fastmath<contract> : f32
                %v2775 = arith.subf %v2773, %v2774 fastmath<contract> : f32
                %v2776 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2775) : (f32) -> f32
                %v2777 = arith.mulf %v2763, %v2776 fastmath<contract> : f32
                llvm.store %v2777, %v205 : f32, !llvm.ptr
                %v2778 = arith.mulf %v2769, %v2550 fastmath<contract> : f32
                %v2779 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2778) : (f32) -> f32
                %v2780 = arith.mulf %v2779, %v2553 fastmath<contract> : f32
                %v2781 = arith.subf %v2769, %v2780 fastmath<contract> : f32
                %v2782 = arith.mulf %v2779, %v2554 fastmath<contract> : f32
                %v2783 = arith.subf %v2781, %v2782 fastmath<contract> : f32
                %v2784 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2783) : (f32) -> f32
                %v2785 = arith.mulf %v2763, %v2784 fastmath<contract> : f32
                llvm.store %v2785, %v268 : f32, !llvm.ptr
                %v2786 = arith.constant 8 : i64
                %v2787 = arith.muli %v2786, %v3 : i64
                %v2788 = llvm.getelementptr %in_nu_log[%v2787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2789 = llvm.load %v2788 : !llvm.ptr -> f32
                %v2790 = arith.mulf %v2789, %v2539 fastmath<contract> : f32
                %v2791 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2790) : (f32) -> f32
                %v2792 = arith.negf %v2791 : f32
                %v2793 = arith.mulf %v2792, %v2539 fastmath<contract> : f32
                %v2794 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2793) : (f32) -> f32
                %v2795 = arith.constant 8 : i64
                %v2796 = arith.muli %v2795, %v3 : i64
                %v2797 = llvm.getelementptr %in_theta_log[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
                %v2799 = arith.mulf %v2798, %v2539 fastmath<contract> : f32
                %v2800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2799) : (f32) -> f32
                %v2801 = arith.mulf %v2800, %v2550 fastmath<contract> : f32
                %v2802 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2801) : (f32) -> f32
                %v2803 = arith.mulf %v2802, %v2553 fastmath<contract> : f32
                %v2804 = arith.subf %v2800, %v2803 fastmath<contract> : f32
                %v2805 = arith.mulf %v2802, %v2554 fastmath<contract> : f32
                %v2806 = arith.subf %v2804, %v2805 fastmath<contract> : f32
                %v2807 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2806) : (f32) -> f32
                %v2808 = arith.mulf %v2794, %v2807 fastmath<contract> : f32
                llvm.store %v2808, %v207 : f32, !llvm.ptr
                %v2809 = arith.mulf %v2800, %v2550 fastmath<contract> : f32
                %v2810 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2809) : (f32) -> f32
                %v2811 = arith.mulf %v2810, %v2553 fastmath<contract> : f32
                %v2812 = arith.subf %v2800, %v2811 fastmath<contract> : f32
                %v2813 = arith.mulf %v2810, %v2554 fastmath<contract> : f32
                %v2814 = arith.subf %v2812, %v2813 fastmath<contract> : f32
                %v2815 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2814) : (f32) -> f32
                %v2816 = arith.mulf %v2794, %v2815 fastmath<contract> : f32
                llvm.store %v2816, %v270 : f32, !llvm.ptr
                %v2817 = arith.constant 9 : i64
                %v2818 = arith.muli %v2817, %v3 : i64
                %v2819 = llvm.getelementptr %in_nu_log[%v2818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2820 = llvm.load %v2819 : !llvm.ptr -> f32
                %v2821 = arith.mulf %v2820, %v2539 fastmath<contract> : f32
                %v2822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2821) : (f32) -> f32
                %v2823 = arith.negf %v2822 : f32
                %v2824 = arith.mulf %v2823, %v2539 fastmath<contract> : f32
                %v2825 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2824) : (f32) -> f32
                %v2826 = arith.constant 9 : i64
                %v2827 = arith.muli %v2826, %v3 : i64
                %v2828 = llvm.getelementptr %in_theta_log[%v2827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2829 = llvm.load %v2828 : !llvm.ptr -> f32
                %v2830 = arith.mulf %v2829, %v2539 fastmath<contract> : f32
                %v2831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2830) : (f32) -> f32
                %v2832 = arith.mulf %v2831, %v2550 fastmath<contract> : f32
                %v2833 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2832) : (f32) -> f32
                %v2834 = arith.mulf %v2833, %v2553 fastmath<contract> : f32
                %v2835 = arith.subf %v2831, %v2834 fastmath<contract> : f32
                %v2836 = arith.mulf %v2833, %v2554 fastmath<contract> : f32
                %v2837 = arith.subf %v2835, %v2836 fastmath<contract> : f32
                %v2838 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2837) : (f32) -> f32
                %v2839 = arith.mulf %v2825, %v2838 fastmath<contract> : f32
                llvm.store %v2839, %v209 : f32, !llvm.ptr
                %v2840 = arith.mulf %v2831, %v2550 fastmath<contract> : f32
                %v2841 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2840) : (f32) -> f32
                %v2842 = arith.mulf %v2841, %v2553 fastmath<contract> : f32
                %v2843 = arith.subf %v2831, %v2842 fastmath<contract> : f32
                %v2844 = arith.mulf %v2841, %v2554 fastmath<contract> : f32
                %v2845 = arith.subf %v2843, %v2844 fastmath<contract> : f32
                %v2846 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2845) : (f32) -> f32
                %v2847 = arith.mulf %v2825, %v2846 fastmath<contract> : f32
                llvm.store %v2847, %v272 : f32, !llvm.ptr
                %v2848 = arith.constant 10 : i64
                %v2849 = arith.muli %v2848, %v3 : i64
                %v2850 = llvm.getelementptr %in_nu_log[%v2849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2851 = llvm.load %v2850 : !llvm.ptr -> f32
                %v2852 = arith.mulf %v2851, %v2539 fastmath<contract> : f32
                %v2853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2852) : (f32) -> f32
                %v2854 = arith.negf %v2853 : f32
                %v2855 = arith.mulf %v2854, %v2539 fastmath<contract> : f32
                %v2856 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2855) : (f32) -> f32
                %v2857 = arith.constant 10 : i64
                %v2858 = arith.muli %v2857, %v3 : i64
                %v2859 = llvm.getelementptr %in_theta_log[%v2858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2860 = llvm.load %v2859 : !llvm.ptr -> f32
                %v2861 = arith.mulf %v2860, %v2539 fastmath<contract> : f32
                %v2862 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2861) : (f32) -> f32
                %v2863 = arith.mulf %v2862, %v2550 fastmath<contract> : f32
                %v2864 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2863) : (f32) -> f32
                %v2865 = arith.mulf %v2864, %v2553 fastmath<contract> : f32
                %v2866 = arith.subf %v2862, %v2865 fastmath<contract> : f32
                %v2867 = arith.mulf %v2864, %v2554 fastmath<contract> : f32
                %v2868 = arith.subf %v2866, %v2867 fastmath<contract> : f32
                %v2869 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2868) : (f32) -> f32
                %v2870 = arith.mulf %v2856, %v2869 fastmath<contract> : f32
                llvm.store %v2870, %v211 : f32, !llvm.ptr
                %v2871 = arith.mulf %v2862, %v2550 fastmath<contract> : f32
                %v2872 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2871) : (f32) -> f32
                %v2873 = arith.mulf %v2872, %v2553 fastmath<contract> : f32
                %v2874 = arith.subf %v2862, %v2873 fastmath<contract> : f32
                %v2875 = arith.mulf %v2872, %v2554 fastmath<contract> : f32
                %v2876 = arith.subf %v2874, %v2875 fastmath<contract> : f32
                %v2877 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2876) : (f32) -> f32
                %v2878 = arith.mulf %v2856, %v2877 fastmath<contract> : f32
                llvm.store %v2878, %v274 : f32, !llvm.ptr
                %v2879 = arith.constant 11 : i64
                %v2880 = arith.muli %v2879, %v3 : i64
                %v2881 = llvm.getelementptr %in_nu_log[%v2880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2882 = llvm.load %v2881 : !llvm.ptr -> f32
                %v2883 = arith.mulf %v2882, %v2539 fastmath<contract> : f32
                %v2884 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2883) : (f32) -> f32
                %v2885 = arith.negf %v2884 : f32
                %v2886 = arith.mulf %v2885, %v2539 fastmath<contract> : f32
                %v2887 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2886) : (f32) -> f32
                %v2888 = arith.constant 11 : i64
                %v2889 = arith.muli %v2888, %v3 : i64
                %v2890 = llvm.getelementptr %in_theta_log[%v2889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2891 = llvm.load %v2890 : !llvm.ptr -> f32
                %v2892 = arith.mulf %v2891, %v2539 fastmath<contract> : f32
                %v2893 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2892) : (f32) -> f32
                %v2894 = arith.mulf %v2893, %v2550 fastmath<contract> : f32
                %v2895 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2894) : (f32) -> f32
                %v2896 = arith.mulf %v2895, %v2553 fastmath<contract> : f32
                %v2897 = arith.subf %v2893, %v2896 fastmath<contract> : f32
                %v2898 = arith.mulf %v2895, %v2554 fastmath<contract> : f32
                %v2899 = arith.subf %v2897, %v2898 fastmath<contract> : f32
                %v2900 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2899) : (f32) -> f32
                %v2901 = arith.mulf %v2887, %v2900 fastmath<contract> : f32
                llvm.store %v2901, %v213 : f32, !llvm.ptr
                %v2902 = arith.mulf %v2893, %v2550 fastmath<contract> : f32
                %v2903 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2902) : (f32) -> f32
                %v2904 = arith.mulf %v2903, %v2553 fastmath<contract> : f32
                %v2905 = arith.subf %v2893, %v2904 fastmath<contract> : f32
                %v2906 = arith.mulf %v2903, %v2554 fastmath<contract> : f32
                %v2907 = arith.subf %v2905, %v2906 fastmath<contract> : f32
                %v2908 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2907) : (f32) -> f32
                %v2909 = arith.mulf %v2887, %v2908 fastmath<contract> : f32
                llvm.store %v2909, %v276 : f32, !llvm.ptr
                %v2910 = arith.constant 12 : i64
                %v2911 = arith.muli %v2910, %v3 : i64
                %v2912 = llvm.getelementptr %in_nu_log[%v2911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2913 = llvm.load %v2912 : !llvm.ptr -> f32
                %v2914 = arith.mulf %v2913, %v2539 fastmath<contract> : f32
                %v2915 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2914) : (f32) -> f32
                %v2916 = arith.negf %v2915 : f32
                %v2917 = arith.mulf %v2916, %v2539 fastmath<contract> : f32
                %v2918 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2917) : (f32) -> f32
                %v2919 = arith.constant 12 : i64
                %v2920 = arith.muli %v2919, %v3 : i64
                %v2921 = llvm.getelementptr %in_theta_log[%v2920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2922 = llvm.load %v2921 : !llvm.ptr -> f32
                %v2923 = arith.mulf %v2922, %v2539 fastmath<contract> : f32
                %v2924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2923) : (f32) -> f32
                %v2925 = arith.mulf %v2924, %v2550 fastmath<contract> : f32
                %v2926 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2925) : (f32) -> f32
                %v2927 = arith.mulf %v2926, %v2553 fastmath<contract> : f32
                %v2928 = arith.subf %v2924, %v2927 fastmath<contract> : f32
                %v2929 = arith.mulf %v2926, %v2554 fastmath<contract> : f32
                %v2930 = arith.subf %v2928, %v2929 fastmath<contract> : f32
                %v2931 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2930) : (f32) -> f32
                %v2932 = arith.mulf %v2918, %v2931 fastmath<contract> : f32
                llvm.store %v2932, %v215 : f32, !llvm.ptr
                %v2933 = arith.mulf %v2924, %v2550 fastmath<contract> : f32
                %v2934 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2933) : (f32) -> f32
                %v2935 = arith.mulf %v2934, %v2553 fastmath<contract> : f32
                %v2936 = arith.subf %v2924, %v2935 fastmath<contract> : f32
                %v2937 = arith.mulf %v2934, %v2554 fastmath<contract> : f32
                %v2938 = arith.subf %v2936, %v2937 fastmath<contract> : f32
                %v2939 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2938) : (f32) -> f32
                %v2940 = arith.mulf %v2918, %v2939 fastmath<contract> : f32
                llvm.store %v2940, %v278 : f32, !llvm.ptr
                %v2941 = arith.constant 13 : i64
                %v2942 = arith.muli %v2941, %v3 : i64
                %v2943 = llvm.getelementptr %in_nu_log[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2944 = llvm.load %v2943 : !llvm.ptr -> f32
                %v2945 = arith.mulf %v2944, %v2539 fastmath<contract> : f32
                %v2946 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2945) : (f32) -> f32
                %v2947 = arith.negf %v2946 : f32
                %v2948 = arith.mulf %v2947, %v2539 fastmath<contract> : f32
                %v2949 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2948) : (f32) -> f32
                %v2950 = arith.constant 13 : i64
                %v2951 = arith.muli %v2950, %v3 : i64
                %v2952 = llvm.getelementptr %in_theta_log[%v2951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2953 = llvm.load %v2952 : !llvm.ptr -> f32
                %v2954 = arith.mulf %v2953, %v2539 fastmath<contract> : f32
                %v2955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2954) : (f32) -> f32
                %v2956 = arith.mulf %v2955, %v2550 fastmath<contract> : f32
                %v2957 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2956) : (f32) -> f32
                %v2958 = arith.mulf %v2957, %v2553 fastmath<contract> : f32
                %v2959 = arith.subf %v2955, %v2958 fastmath<contract> : f32
                %v2960 = arith.mulf %v2957, %v2554 fastmath<contract> : f32
                %v2961 = arith.subf %v2959, %v2960 fastmath<contract> : f32
                %v2962 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2961) : (f32) -> f32
                %v2963 = arith.mulf %v2949, %v2962 fastmath<contract> : f32
                llvm.store %v2963, %v217 : f32, !llvm.ptr
                %v2964 = arith.mulf %v2955, %v2550 fastmath<contract> : f32
                %v2965 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2964) : (f32) -> f32
                %v2966 = arith.mulf %v2965, %v2553 fastmath<contract> : f32
                %v2967 = arith.subf %v2955, %v2966 fastmath<contract> : f32
                %v2968 = arith.mulf %v2965, %v2554 fastmath<contract> : f32
                %v2969 = arith.subf %v2967, %v2968 fastmath<contract> : f32
                %v2970 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2969) : (f32) -> f32
                %v2971 = arith.mulf %v2949, %v2970 fastmath<contract> : f32
                llvm.store %v2971, %v280 : f32, !llvm.ptr
                %v2972 = arith.constant 14 : i64
                %v2973 = arith.muli %v2972, %v3 : i64
                %v2974 = llvm.getelementptr %in_nu_log[%v2973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2975 = llvm.load %v2974 : !llvm.ptr -> f32
                %v2976 = arith.mulf %v2975, %v2539 fastmath<contract> : f32
                %v2977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2976) : (f32) -> f32
                %v2978 = arith.negf %v2977 : f32
                %v2979 = arith.mulf %v2978, %v2539 fastmath<contract> : f32
                %v2980 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2979) : (f32) -> f32
                %v2981 = arith.constant 14 : i64
                %v2982 = arith.muli %v2981, %v3 : i64
                %v2983 = llvm.getelementptr %in_theta_log[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2984 = llvm.load %v2983 : !llvm.ptr -> f32
                %v2985 = arith.mulf %v2984, %v2539 fastmath<contract> : f32
                %v2986 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2985) : (f32) -> f32
                %v2987 = arith.mulf %v2986, %v2550 fastmath<contract> : f32
                %v2988 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2987) : (f32) -> f32
                %v2989 = arith.mulf %v2988, %v2553 fastmath<contract> : f32
                %v2990 = arith.subf %v2986, %v2989 fastmath<contract> : f32
                %v2991 = arith.mulf %v2988, %v2554 fastmath<contract> : f32
                %v2992 = arith.subf %v2990, %v2991 fastmath<contract> : f32
                %v2993 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2992) : (f32) -> f32
                %v2994 = arith.mulf %v2980, %v2993 fastmath<contract> : f32
                llvm.store %v2994, %v219 : f32, !llvm.ptr
                %v2995 = arith.mulf %v2986, %v2550 fastmath<contract> : f32
                %v2996 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2995) : (f32) -> f32
                %v2997 = arith.mulf %v2996, %v2553 fastmath<contract> : f32
                %v2998 = arith.subf %v2986, %v2997 fastmath<contract> : f32
                %v2999 = arith.mulf %v2996, %v2554 fastmath<contract> : f32
                %v3000 = arith.subf %v2998, %v2999 fastmath<contract> : f32
                %v3001 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v3000) : (f32) -> f32
                %v3002 = arith.mulf %v2980, %v3001 fastmath<contract> : f32
                llvm.store %v3002, %v282 : f32, !llvm.ptr
                %v3003 = arith.constant 15 : i64
                %v3004 = arith.muli %v3003, %v3 : i64
                %v3005 = llvm.getelementptr %in_nu_log[%v3004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3006 = llvm.load %v3005 : !llvm.ptr -> f32
                %v3007 = arith.mulf %v3006, %v2539 fastmath<contract> : f32
                %v3008 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3007) : (f32) -> f32
                %v3009 = arith.negf %v3008 : f32
                %v3010 = arith.mulf %v3009, %v2539 fastmath<contract> : f32
                %v3011 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3010) : (f32) -> f32
                %v3012 = arith.constant 15 : i64
                %v3013 = arith.muli %v3012, %v3 : i64
                %v3014 = llvm.getelementptr %in_theta_log[%v3013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3015 = llvm.load %v3014 : !llvm.ptr -> f32
                %v3016 = arith.mulf %v3015, %v2539 fastmath<contract> : f32
                %v3017 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3016) : (f32) -> f32
                %v3018 = arith.mulf %v3017, %v2550 fastmath<contract> : f32
                %v3019 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3018) : (f32) -> f32
                %v3020 = arith.mulf %v3019, %v2553 fastmath<contract> : f32
                %v3021 = arith.subf %v3017, %v3020 fastmath<contract> : f32
                %v3022 = arith.mulf %v3019, %v2554 fastmath<contract> : f32
                %v3023 = arith.subf %v3021, %v3022 fastmath<contract> : f32
                %v3024 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v3023) : (f32) -> f32
                %v3025 = arith.mulf %v3011, %v3024 fastmath<contract> : f32
                llvm.store %v3025, %v221 : f32, !llvm.ptr
                %v3026 = arith.mulf %v3017, %v2550 fastmath<contract> : f32
                %v3027 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3026) : (f32) -> f32
                %v3028 = arith.mulf %v3027, %v2553 fastmath<contract> : f32
                %v3029 = arith.subf %v3017, %v3028 fastmath<contract> : f32
                %v3030 = arith.mulf %v3027, %v2554 fastmath<contract> : f32
                %v3031 = arith.subf %v3029, %v3030 fastmath<contract> : f32
                %v3032 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v3031) : (f32) -> f32
                %v3033 = arith.mulf %v3011, %v3032 fastmath<contract> : f32
                llvm.store %v3033, %v284 : f32, !llvm.ptr
                llvm.store %v2560, %v223 : f32, !llvm.ptr
                %v3034 = arith.negf %v2568 : f32
                llvm.store %v3034, %v286 : f32, !llvm.ptr
                llvm.store %v2591, %v225 : f32, !llvm.ptr
                %v3035 = arith.negf %v2599 : f32
                llvm.store %v3035, %v288 : f32, !llvm.ptr
                llvm.store %v2622, %v227 : f32, !llvm.ptr
                %v3036 = arith.negf %v2630 : f32
                llvm.store %v3036, %v290 : f32, !llvm.ptr
                llvm.store %v2653, %v229 : f32, !llvm.ptr
                %v3037 = arith.negf %v2661 : f32
                llvm.store %v3037, %v292 : f32, !llvm.ptr
                llvm.store %v2684, %v231 : f32, !llvm.ptr
                %v3038 = arith.negf %v2692 : f32
                llvm.store %v3038, %v294 : f32, !llvm.ptr
                llvm.store %v2715, %v233 : f32, !llvm.ptr
                %v3039 = arith.negf %v2723 : f32
                llvm.store %v3039, %v296 : f32, !llvm.ptr
                llvm.store %v2746, %v235 : f32, !llvm.ptr
                %v3040 = arith.negf %v2754 : f32
                llvm.store %v3040, %v298 : f32, !llvm.ptr
                llvm.store %v2777, %v237 : f32, !llvm.ptr
                %v3041 = arith.negf %v2785 : f32
                llvm.store %v3041, %v300 : f32, !llvm.ptr
                llvm.store %v2808, %v239 : f32, !llvm.ptr
                %v3042 = arith.negf %v2816 : f32
                llvm.store %v3042, %v302 : f32, !llvm.ptr
                llvm.store %v2839, %v241 : f32, !llvm.ptr
                %v3043 = arith.negf %v2847 : f32
                llvm.store %v3043, %v304 : f32, !llvm.ptr
                llvm.store %v2870, %v243 : f32, !llvm.ptr
                %v3044 = arith.negf %v2878 : f32
                llvm.store %v3044, %v306 : f32, !llvm.ptr
                llvm.store %v2901, %v245 : f32, !llvm.ptr
                %v3045 = arith.negf %v2909 : f32
                llvm.store %v3045, %v308 : f32, !llvm.ptr
                llvm.store %v2932, %v247 : f32, !llvm.ptr
                %v3046 = arith.negf %v2940 : f32
                llvm.store %v3046, %v310 : f32, !llvm.ptr
                llvm.store %v2963, %v249 : f32, !llvm.ptr
                %v3047 = arith.negf %v2971 : f32
                llvm.store %v3047, %v312 : f32, !llvm.ptr
                llvm.store %v2994, %v251 : f32, !llvm.ptr
                %v3048 = arith.negf %v3002 : f32
                llvm.store %v3048, %v314 : f32, !llvm.ptr
                llvm.store %v3025, %v252 : f32, !llvm.ptr
                %v3049 = arith.negf %v3033 : f32
                llvm.store %v3049, %v316 : f32, !llvm.ptr
              } else {
                %v3050 = arith.subi %v982, %v3 : i64
                // the group's states, recomputed into registers
                %v3051 = arith.subi %v982, %v998 : i64
                %v3052 = arith.trunci %v3051 : i64 to i32
                %v3053 = arith.subi %size_L, %v3 : i64
                %v3054 = arith.addi %v980, %v998 : i64
                %v3055 = arith.subi %v3053, %v3054 : i64
                %v3056 = arith.minsi %v3055, %v1008 : i64
                %v3057 = arith.trunci %v3056 : i64 to i32
                %v3058 = arith.addi %v998, %v129 : i64
                %v3059 = arith.cmpi slt, %v1012, %v3052 : i32
                %v3060 = arith.cmpi eq, %v1012, %v3057 : i32
                scf.if %v3059 {
                  %v3061 = arith.addi %v980, %v3058 : i64
                  %v3062 = llvm.load %v130 : !llvm.ptr -> f32
                  %v3063 = llvm.load %v131 : !llvm.ptr -> f32
                  %v3064 = llvm.load %v133 : !llvm.ptr -> f32
                  %v3065 = llvm.load %v135 : !llvm.ptr -> f32
                  %v3066 = llvm.load %v136 : !llvm.ptr -> f32
                  %v3067 = llvm.load %v138 : !llvm.ptr -> f32
                  %v3068 = llvm.load %v140 : !llvm.ptr -> f32
                  %v3069 = llvm.load %v142 : !llvm.ptr -> f32
                  %v3070 = llvm.load %v144 : !llvm.ptr -> f32
                  %v3071 = llvm.load %v146 : !llvm.ptr -> f32
                  %v3072 = llvm.load %v148 : !llvm.ptr -> f32
                  %v3073 = llvm.load %v150 : !llvm.ptr -> f32
                  %v3074 = llvm.load %v152 : !llvm.ptr -> f32
                  %v3075 = llvm.load %v154 : !llvm.ptr -> f32
                  %v3076 = llvm.load %v156 : !llvm.ptr -> f32
                  %v3077 = llvm.load %v158 : !llvm.ptr -> f32
                  %v3078 = llvm.load %v159 : !llvm.ptr -> f32
                  %v3079 = llvm.load %v161 : !llvm.ptr -> f32
                  %v3080 = llvm.load %v163 : !llvm.ptr -> f32
                  %v3081 = llvm.load %v165 : !llvm.ptr -> f32
                  %v3082 = llvm.load %v167 : !llvm.ptr -> f32
                  %v3083 = llvm.load %v169 : !llvm.ptr -> f32
                  %v3084 = llvm.load %v171 : !llvm.ptr -> f32
                  %v3085 = llvm.load %v173 : !llvm.ptr -> f32
                  %v3086 = llvm.load %v175 : !llvm.ptr -> f32
                  %v3087 = llvm.load %v177 : !llvm.ptr -> f32
                  %v3088 = llvm.load %v179 : !llvm.ptr -> f32
                  %v3089 = llvm.load %v181 : !llvm.ptr -> f32
                  %v3090 = llvm.load %v183 : !llvm.ptr -> f32
                  %v3091 = llvm.load %v185 : !llvm.ptr -> f32
                  %v3092 = llvm.load %v187 : !llvm.ptr -> f32
                  %v3093 = llvm.load %v189 : !llvm.ptr -> f32
                  %v3094 = llvm.load %v901 : !llvm.ptr -> f32
                  %v3095 = llvm.load %v902 : !llvm.ptr -> f32
                  %v3096 = llvm.load %v903 : !llvm.ptr -> f32
                  %v3097 = llvm.load %v904 : !llvm.ptr -> f32
                  %v3098 = llvm.load %v905 : !llvm.ptr -> f32
                  %v3099 = llvm.load %v906 : !llvm.ptr -> f32
                  %v3100 = llvm.load %v907 : !llvm.ptr -> f32
                  %v3101 = llvm.load %v908 : !llvm.ptr -> f32
                  %v3102 = llvm.load %v909 : !llvm.ptr -> f32
                  %v3103 = llvm.load %v910 : !llvm.ptr -> f32
                  %v3104 = llvm.load %v911 : !llvm.ptr -> f32
                  %v3105 = llvm.load %v912 : !llvm.ptr -> f32
                  %v3106 = llvm.load %v913 : !llvm.ptr -> f32
                  %v3107 = llvm.load %v914 : !llvm.ptr -> f32
                  %v3108 = llvm.load %v915 : !llvm.ptr -> f32
                  %v3109 = llvm.load %v916 : !llvm.ptr -> f32
                  %v3110 = llvm.load %v917 : !llvm.ptr -> f32
                  %v3111 = llvm.load %v918 : !llvm.ptr -> f32
                  %v3112 = llvm.load %v919 : !llvm.ptr -> f32
                  %v3113 = llvm.load %v920 : !llvm.ptr -> f32
                  %v3114 = llvm.load %v921 : !llvm.ptr -> f32
                  %v3115 = llvm.load %v922 : !llvm.ptr -> f32
                  %v3116 = llvm.load %v923 : !llvm.ptr -> f32
                  %v3117 = llvm.load %v924 : !llvm.ptr -> f32
                  %v3118 = llvm.load %v925 : !llvm.ptr -> f32
                  %v3119 = llvm.load %v926 : !llvm.ptr -> f32
                  %v3120 = llvm.load %v927 : !llvm.ptr -> f32
                  %v3121 = llvm.load %v928 : !llvm.ptr -> f32
                  %v3122 = llvm.load %v929 : !llvm.ptr -> f32
                  %v3123 = llvm.load %v930 : !llvm.ptr -> f32
                  %v3124 = llvm.load %v931 : !llvm.ptr -> f32
                  %v3125 = llvm.load %v932 : !llvm.ptr -> f32
                  %v3126 = llvm.load %v933 : !llvm.ptr -> f32
                  %v3127 = llvm.load %v934 : !llvm.ptr -> f32
                  %v3128 = llvm.load %v935 : !llvm.ptr -> f32
                  %v3129 = llvm.load %v936 : !llvm.ptr -> f32
                  %v3130 = llvm.load %v937 : !llvm.ptr -> f32
                  %v3131 = llvm.load %v938 : !llvm.ptr -> f32
                  %v3132 = llvm.load %v939 : !llvm.ptr -> f32
                  %v3133 = llvm.load %v940 : !llvm.ptr -> f32
                  %v3134 = llvm.load %v941 : !llvm.ptr -> f32
                  %v3135 = llvm.load %v942 : !llvm.ptr -> f32
                  %v3136 = llvm.load %v943 : !llvm.ptr -> f32
                  %v3137 = llvm.load %v944 : !llvm.ptr -> f32
                  %v3138 = llvm.load %v945 : !llvm.ptr -> f32
                  %v3139 = llvm.load %v946 : !llvm.ptr -> f32
                  %v3140 = llvm.load %v947 : !llvm.ptr -> f32
                  %v3141 = llvm.load %v948 : !llvm.ptr -> f32
                  %v3142 = llvm.load %v949 : !llvm.ptr -> f32
                  %v3143 = llvm.load %v950 : !llvm.ptr -> f32
                  %v3144 = llvm.load %v951 : !llvm.ptr -> f32
                  %v3145 = llvm.load %v952 : !llvm.ptr -> f32
                  %v3146 = llvm.load %v953 : !llvm.ptr -> f32
                  %v3147 = llvm.load %v954 : !llvm.ptr -> f32
                  %v3148 = llvm.load %v955 : !llvm.ptr -> f32
                  %v3149 = llvm.load %v956 : !llvm.ptr -> f32
                  %v3150 = llvm.load %v957 : !llvm.ptr -> f32
                  %v3151 = llvm.load %v958 : !llvm.ptr -> f32
                  %v3152 = llvm.load %v959 : !llvm.ptr -> f32
                  %v3153 = llvm.load %v960 : !llvm.ptr -> f32
                  %v3154 = llvm.load %v961 : !llvm.ptr -> f32
                  %v3155 = llvm.load %v962 : !llvm.ptr -> f32
                  %v3156 = llvm.load %v963 : !llvm.ptr -> f32
                  %v3157 = llvm.load %v964 : !llvm.ptr -> f32
                  %v3158 = arith.constant 0 : i64
                  %v3159 = llvm.getelementptr %in_C_re[%v3158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3160 = llvm.load %v3159 : !llvm.ptr -> f32
                  %v3161 = arith.muli %v119, %v1117 : i64
                  %v3162 = arith.muli %v3061, %v1116 : i64
                  %v3163 = arith.addi %v3161, %v3162 : i64
                  %v3164 = llvm.getelementptr %dy_y[%v3163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3165 = llvm.load %v3164 : !llvm.ptr -> f32
                  %v3166 = arith.mulf %v3160, %v3165 fastmath<contract> : f32
                  %v3167 = arith.constant 1 : i64
                  %v3168 = arith.muli %v3167, %v1112 : i64
                  %v3169 = llvm.getelementptr %in_C_re[%v3168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3170 = llvm.load %v3169 : !llvm.ptr -> f32
                  %v3171 = arith.muli %v119, %v1117 : i64
                  %v3172 = arith.muli %v3061, %v1116 : i64
                  %v3173 = arith.addi %v3171, %v3172 : i64
                  %v3174 = arith.constant 1 : i64
                  %v3175 = arith.muli %v3174, %v3 : i64
                  %v3176 = arith.addi %v3173, %v3175 : i64
                  %v3177 = llvm.getelementptr %dy_y[%v3176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3178 = llvm.load %v3177 : !llvm.ptr -> f32
                  %v3179 = arith.mulf %v3170, %v3178 fastmath<contract> : f32
                  %v3180 = arith.addf %v3166, %v3179 fastmath<contract> : f32
                  %v3181 = arith.constant 2 : i64
                  %v3182 = arith.muli %v3181, %v1112 : i64
                  %v3183 = llvm.getelementptr %in_C_re[%v3182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3184 = llvm.load %v3183 : !llvm.ptr -> f32
                  %v3185 = arith.muli %v119, %v1117 : i64
                  %v3186 = arith.muli %v3061, %v1116 : i64
                  %v3187 = arith.addi %v3185, %v3186 : i64
                  %v3188 = arith.constant 2 : i64
                  %v3189 = arith.muli %v3188, %v3 : i64
                  %v3190 = arith.addi %v3187, %v3189 : i64
                  %v3191 = llvm.getelementptr %dy_y[%v3190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3192 = llvm.load %v3191 : !llvm.ptr -> f32
                  %v3193 = arith.mulf %v3184, %v3192 fastmath<contract> : f32
                  %v3194 = arith.addf %v3180, %v3193 fastmath<contract> : f32
                  %v3195 = arith.constant 3 : i64
                  %v3196 = arith.muli %v3195, %v1112 : i64
                  %v3197 = llvm.getelementptr %in_C_re[%v3196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3198 = llvm.load %v3197 : !llvm.ptr -> f32
                  %v3199 = arith.muli %v119, %v1117 : i64
                  %v3200 = arith.muli %v3061, %v1116 : i64
                  %v3201 = arith.addi %v3199, %v3200 : i64
                  %v3202 = arith.constant 3 : i64
                  %v3203 = arith.muli %v3202, %v3 : i64
                  %v3204 = arith.addi %v3201, %v3203 : i64
                  %v3205 = llvm.getelementptr %dy_y[%v3204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3206 = llvm.load %v3205 : !llvm.ptr -> f32
                  %v3207 = arith.mulf %v3198, %v3206 fastmath<contract> : f32
                  %v3208 = arith.addf %v3194, %v3207 fastmath<contract> : f32
                  %v3209 = llvm.load %v191 : !llvm.ptr -> f32
                  %v3210 = arith.mulf %v3209, %v3062 fastmath<contract> : f32
                  %v3211 = arith.addf %v3208, %v3210 fastmath<contract> : f32
                  %v3212 = llvm.load %v254 : !llvm.ptr -> f32
                  %v3213 = arith.mulf %v3212, %v3078 fastmath<contract> : f32
                  %v3214 = arith.addf %v3213, %v3211 fastmath<contract> : f32
                  %v3215 = arith.mulf %v3094, %v3209 fastmath<contract> : f32
                  %v3216 = arith.mulf %v3212, %v3126 fastmath<contract> : f32
                  %v3217 = arith.addf %v3216, %v3215 fastmath<contract> : f32
                  %v3218 = arith.mulf %v3095, %v3209 fastmath<contract> : f32
                  %v3219 = arith.mulf %v3212, %v3127 fastmath<contract> : f32
                  %v3220 = arith.addf %v3219, %v3218 fastmath<contract> : f32
                  %v3221 = arith.constant 1 : i64
                  %v3222 = arith.muli %v3221, %v3 : i64
                  %v3223 = llvm.getelementptr %in_C_re[%v3222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3224 = llvm.load %v3223 : !llvm.ptr -> f32
                  %v3225 = arith.mulf %v3224, %v3165 fastmath<contract> : f32
                  %v3226 = arith.constant 1 : i64
                  %v3227 = arith.muli %v3226, %v1112 : i64
                  %v3228 = arith.constant 1 : i64
                  %v3229 = arith.muli %v3228, %v3 : i64
                  %v3230 = arith.addi %v3227, %v3229 : i64
                  %v3231 = llvm.getelementptr %in_C_re[%v3230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3232 = llvm.load %v3231 : !llvm.ptr -> f32
                  %v3233 = arith.mulf %v3232, %v3178 fastmath<contract> : f32
                  %v3234 = arith.addf %v3225, %v3233 fastmath<contract> : f32
                  %v3235 = arith.constant 2 : i64
                  %v3236 = arith.muli %v3235, %v1112 : i64
                  %v3237 = arith.constant 1 : i64
                  %v3238 = arith.muli %v3237, %v3 : i64
                  %v3239 = arith.addi %v3236, %v3238 : i64
                  %v3240 = llvm.getelementptr %in_C_re[%v3239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3241 = llvm.load %v3240 : !llvm.ptr -> f32
                  %v3242 = arith.mulf %v3241, %v3192 fastmath<contract> : f32
                  %v3243 = arith.addf %v3234, %v3242 fastmath<contract> : f32
                  %v3244 = arith.constant 3 : i64
                  %v3245 = arith.muli %v3244, %v1112 : i64
                  %v3246 = arith.constant 1 : i64
                  %v3247 = arith.muli %v3246, %v3 : i64
                  %v3248 = arith.addi %v3245, %v3247 : i64
                  %v3249 = llvm.getelementptr %in_C_re[%v3248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3250 = llvm.load %v3249 : !llvm.ptr -> f32
                  %v3251 = arith.mulf %v3250, %v3206 fastmath<contract> : f32
                  %v3252 = arith.addf %v3243, %v3251 fastmath<contract> : f32
                  %v3253 = llvm.load %v193 : !llvm.ptr -> f32
                  %v3254 = arith.mulf %v3253, %v3063 fastmath<contract> : f32
                  %v3255 = arith.addf %v3252, %v3254 fastmath<contract> : f32
                  %v3256 = llvm.load %v256 : !llvm.ptr -> f32
                  %v3257 = arith.mulf %v3256, %v3079 fastmath<contract> : f32
                  %v3258 = arith.addf %v3257, %v3255 fastmath<contract> : f32
                  %v3259 = arith.mulf %v3096, %v3253 fastmath<contract> : f32
                  %v3260 = arith.mulf %v3256, %v3128 fastmath<contract> : f32
                  %v3261 = arith.addf %v3260, %v3259 fastmath<contract> : f32
                  %v3262 = arith.mulf %v3097, %v3253 fastmath<contract> : f32
                  %v3263 = arith.mulf %v3256, %v3129 fastmath<contract> : f32
                  %v3264 = arith.addf %v3263, %v3262 fastmath<contract> : f32
                  %v3265 = arith.constant 2 : i64
                  %v3266 = arith.muli %v3265, %v3 : i64
                  %v3267 = llvm.getelementptr %in_C_re[%v3266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3268 = llvm.load %v3267 : !llvm.ptr -> f32
                  %v3269 = arith.mulf %v3268, %v3165 fastmath<contract> : f32
                  %v3270 = arith.constant 1 : i64
                  %v3271 = arith.muli %v3270, %v1112 : i64
                  %v3272 = arith.constant 2 : i64
                  %v3273 = arith.muli %v3272, %v3 : i64
                  %v3274 = arith.addi %v3271, %v3273 : i64
                  %v3275 = llvm.getelementptr %in_C_re[%v3274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3276 = llvm.load %v3275 : !llvm.ptr -> f32
                  %v3277 = arith.mulf %v3276, %v3178 fastmath<contract> : f32
                  %v3278 = arith.addf %v3269, %v3277 fastmath<contract> : f32
                  %v3279 = arith.constant 2 : i64
                  %v3280 = arith.muli %v3279, %v1112 : i64
                  %v3281 = arith.constant 2 : i64
                  %v3282 = arith.muli %v3281, %v3 : i64
                  %v3283 = arith.addi %v3280, %v3282 : i64
                  %v3284 = llvm.getelementptr %in_C_re[%v3283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3285 = llvm.load %v3284 : !llvm.ptr -> f32
                  %v3286 = arith.mulf %v3285, %v3192 fastmath<contract> : f32
                  %v3287 = arith.addf %v3278, %v3286 fastmath<contract> : f32
                  %v3288 = arith.constant 3 : i64
                  %v3289 = arith.muli %v3288, %v1112 : i64
                  %v3290 = arith.constant 2 : i64
                  %v3291 = arith.muli %v3290, %v3 : i64
                  %v3292 = arith.addi %v3289, %v3291 : i64
                  %v3293 = llvm.getelementptr %in_C_re[%v3292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3294 = llvm.load %v3293 : !llvm.ptr -> f32
                  %v3295 = arith.mulf %v3294, %v3206 fastmath<contract> : f32
                  %v3296 = arith.addf %v3287, %v3295 fastmath<contract> : f32
                  %v3297 = llvm.load %v195 : !llvm.ptr -> f32
                  %v3298 = arith.mulf %v3297, %v3064 fastmath<contract> : f32
                  %v3299 = arith.addf %v3296, %v3298 fastmath<contract> : f32
                  %v3300 = llvm.load %v258 : !llvm.ptr -> f32
                  %v3301 = arith.mulf %v3300, %v3080 fastmath<contract> : f32
                  %v3302 = arith.addf %v3301, %v3299 fastmath<contract> : f32
                  %v3303 = arith.mulf %v3098, %v3297 fastmath<contract> : f32
                  %v3304 = arith.mulf %v3300, %v3130 fastmath<contract> : f32
                  %v3305 = arith.addf %v3304, %v3303 fastmath<contract> : f32
                  %v3306 = arith.mulf %v3099, %v3297 fastmath<contract> : f32
                  %v3307 = arith.mulf %v3300, %v3131 fastmath<contract> : f32
                  %v3308 = arith.addf %v3307, %v3306 fastmath<contract> : f32
                  %v3309 = arith.constant 3 : i64
                  %v3310 = arith.muli %v3309, %v3 : i64
                  %v3311 = llvm.getelementptr %in_C_re[%v3310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3312 = llvm.load %v3311 : !llvm.ptr -> f32
                  %v3313 = arith.mulf %v3312, %v3165 fastmath<contract> : f32
                  %v3314 = arith.constant 1 : i64
                  %v3315 = arith.muli %v3314, %v1112 : i64
                  %v3316 = arith.constant 3 : i64
                  %v3317 = arith.muli %v3316, %v3 : i64
                  %v3318 = arith.addi %v3315, %v3317 : i64
                  %v3319 = llvm.getelementptr %in_C_re[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3320 = llvm.load %v3319 : !llvm.ptr -> f32
                  %v3321 = arith.mulf %v3320, %v3178 fastmath<contract> : f32
                  %v3322 = arith.addf %v3313, %v3321 fastmath<contract> : f32
                  %v3323 = arith.constant 2 : i64
                  %v3324 = arith.muli %v3323, %v1112 : i64
                  %v3325 = arith.constant 3 : i64
                  %v3326 = arith.muli %v3325, %v3 : i64
                  %v3327 = arith.addi %v3324, %v3326 : i64
                  %v3328 = llvm.getelementptr %in_C_re[%v3327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3329 = llvm.load %v3328 : !llvm.ptr -> f32
                  %v3330 = arith.mulf %v3329, %v3192 fastmath<contract> : f32
                  %v3331 = arith.addf %v3322, %v3330 fastmath<contract> : f32
                  %v3332 = arith.constant 3 : i64
                  %v3333 = arith.muli %v3332, %v1112 : i64
                  %v3334 = arith.constant 3 : i64
                  %v3335 = arith.muli %v3334, %v3 : i64
                  %v3336 = arith.addi %v3333, %v3335 : i64
                  %v3337 = llvm.getelementptr %in_C_re[%v3336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3338 = llvm.load %v3337 : !llvm.ptr -> f32
                  %v3339 = arith.mulf %v3338, %v3206 fastmath<contract> : f32
                  %v3340 = arith.addf %v3331, %v3339 fastmath<contract> : f32
                  %v3341 = llvm.load %v197 : !llvm.ptr -> f32
                  %v3342 = arith.mulf %v3341, %v3065 fastmath<contract> : f32
                  %v3343 = arith.addf %v3340, %v3342 fastmath<contract> : f32
                  %v3344 = llvm.load %v260 : !llvm.ptr -> f32
                  %v3345 = arith.mulf %v3344, %v3081 fastmath<contract> : f32
                  %v3346 = arith.addf %v3345, %v3343 fastmath<contract> : f32
                  %v3347 = arith.mulf %v3100, %v3341 fastmath<contract> : f32
                  %v3348 = arith.mulf %v3344, %v3132 fastmath<contract> : f32
                  %v3349 = arith.addf %v3348, %v3347 fastmath<contract> : f32
                  %v3350 = arith.mulf %v3101, %v3341 fastmath<contract> : f32
                  %v3351 = arith.mulf %v3344, %v3133 fastmath<contract> : f32
                  %v3352 = arith.addf %v3351, %v3350 fastmath<contract> : f32
                  %v3353 = arith.constant 4 : i64
                  %v3354 = arith.muli %v3353, %v3 : i64
                  %v3355 = llvm.getelementptr %in_C_re[%v3354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3356 = llvm.load %v3355 : !llvm.ptr -> f32
                  %v3357 = arith.mulf %v3356, %v3165 fastmath<contract> : f32
                  %v3358 = arith.constant 1 : i64
                  %v3359 = arith.muli %v3358, %v1112 : i64
                  %v3360 = arith.constant 4 : i64
                  %v3361 = arith.muli %v3360, %v3 : i64
                  %v3362 = arith.addi %v3359, %v3361 : i64
                  %v3363 = llvm.getelementptr %in_C_re[%v3362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3364 = llvm.load %v3363 : !llvm.ptr -> f32
                  %v3365 = arith.mulf %v3364, %v3178 fastmath<contract> : f32
                  %v3366 = arith.addf %v3357, %v3365 fastmath<contract> : f32
                  %v3367 = arith.constant 2 : i64
                  %v3368 = arith.muli %v3367, %v1112 : i64
                  %v3369 = arith.constant 4 : i64
                  %v3370 = arith.muli %v3369, %v3 : i64
                  %v3371 = arith.addi %v3368, %v3370 : i64
                  %v3372 = llvm.getelementptr %in_C_re[%v3371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3373 = llvm.load %v3372 : !llvm.ptr -> f32
                  %v3374 = arith.mulf %v3373, %v3192 fastmath<contract> : f32
                  %v3375 = arith.addf %v3366, %v3374 fastmath<contract> : f32
                  %v3376 = arith.constant 3 : i64
                  %v3377 = arith.muli %v3376, %v1112 : i64
                  %v3378 = arith.constant 4 : i64
                  %v3379 = arith.muli %v3378, %v3 : i64
                  %v3380 = arith.addi %v3377, %v3379 : i64
                  %v3381 = llvm.getelementptr %in_C_re[%v3380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3382 = llvm.load %v3381 : !llvm.ptr -> f32
                  %v3383 = arith.mulf %v3382, %v3206 fastmath<contract> : f32
                  %v3384 = arith.addf %v3375, %v3383 fastmath<contract> : f32
                  %v3385 = llvm.load %v199 : !llvm.ptr -> f32
                  %v3386 = arith.mulf %v3385, %v3066 fastmath<contract> : f32
                  %v3387 = arith.addf %v3384, %v3386 fastmath<contract> : f32
                  %v3388 = llvm.load %v262 : !llvm.ptr -> f32
                  %v3389 = arith.mulf %v3388, %v3082 fastmath<contract> : f32
                  %v3390 = arith.addf %v3389, %v3387 fastmath<contract> : f32
                  %v3391 = arith.mulf %v3102, %v3385 fastmath<contract> : f32
                  %v3392 = arith.mulf %v3388, %v3134 fastmath<contract> : f32
                  %v3393 = arith.addf %v3392, %v3391 fastmath<contract> : f32
                  %v3394 = arith.mulf %v3103, %v3385 fastmath<contract> : f32
                  %v3395 = arith.mulf %v3388, %v3135 fastmath<contract> : f32
                  %v3396 = arith.addf %v3395, %v3394 fastmath<contract> : f32
                  %v3397 = arith.constant 5 : i64
                  %v3398 = arith.muli %v3397, %v3 : i64
                  %v3399 = llvm.getelementptr %in_C_re[%v3398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3400 = llvm.load %v3399 : !llvm.ptr -> f32
                  %v3401 = arith.mulf %v3400, %v3165 fastmath<contract> : f32
                  %v3402 = arith.constant 1 : i64
                  %v3403 = arith.muli %v3402, %v1112 : i64
                  %v3404 = arith.constant 5 : i64
                  %v3405 = arith.muli %v3404, %v3 : i64
                  %v3406 = arith.addi %v3403, %v3405 : i64
                  %v3407 = llvm.getelementptr %in_C_re[%v3406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3408 = llvm.load %v3407 : !llvm.ptr -> f32
                  %v3409 = arith.mulf %v3408, %v3178 fastmath<contract> : f32
                  %v3410 = arith.addf %v3401, %v3409 fastmath<contract> : f32
                  %v3411 = arith.constant 2 : i64
                  %v3412 = arith.muli %v3411, %v1112 : i64
                  %v3413 = arith.constant 5 : i64
                  %v3414 = arith.muli %v3413, %v3 : i64
                  %v3415 = arith.addi %v3412, %v3414 : i64
                  %v3416 = llvm.getelementptr %in_C_re[%v3415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3417 = llvm.load %v3416 : !llvm.ptr -> f32
                  %v3418 = arith.mulf %v3417, %v3192 fastmath<contract> : f32
                  %v3419 = arith.addf %v3410, %v3418 fastmath<contract> : f32
                  %v3420 = arith.constant 3 : i64
                  %v3421 = arith.muli %v3420, %v1112 : i64
                  %v3422 = arith.constant 5 : i64
                  %v3423 = arith.muli %v3422, %v3 : i64
                  %v3424 = arith.addi %v3421, %v3423 : i64
                  %v3425 = llvm.getelementptr %in_C_re[%v3424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3426 = llvm.load %v3425 : !llvm.ptr -> f32
                  %v3427 = arith.mulf %v3426, %v3206 fastmath<contract> : f32
                  %v3428 = arith.addf %v3419, %v3427 fastmath<contract> : f32
                  %v3429 = llvm.load %v201 : !llvm.ptr -> f32
                  %v3430 = arith.mulf %v3429, %v3067 fastmath<contract> : f32
                  %v3431 = arith.addf %v3428, %v3430 fastmath<contract> : f32
                  %v3432 = llvm.load %v264 : !llvm.ptr -> f32
                  %v3433 = arith.mulf %v3432, %v3083 fastmath<contract> : f32
                  %v3434 = arith.addf %v3433, %v3431 fastmath<contract> : f32
                  %v3435 = arith.mulf %v3104, %v3429 fastmath<contract> : f32
                  %v3436 = arith.mulf %v3432, %v3136 fastmath<contract> : f32
                  %v3437 = arith.addf %v3436, %v3435 fastmath<contract> : f32
                  %v3438 = arith.mulf %v3105, %v3429 fastmath<contract> : f32
                  %v3439 = arith.mulf %v3432, %v3137 fastmath<contract> : f32
                  %v3440 = arith.addf %v3439, %v3438 fastmath<contract> : f32
                  %v3441 = arith.constant 6 : i64
                  %v3442 = arith.muli %v3441, %v3 : i64
                  %v3443 = llvm.getelementptr %in_C_re[%v3442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3444 = llvm.load %v3443 : !llvm.ptr -> f32
                  %v3445 = arith.mulf %v3444, %v3165 fastmath<contract> : f32
                  %v3446 = arith.constant 1 : i64
                  %v3447 = arith.muli %v3446, %v1112 : i64
                  %v3448 = arith.constant 6 : i64
                  %v3449 = arith.muli %v3448, %v3 : i64
                  %v3450 = arith.addi %v3447, %v3449 : i64
                  %v3451 = llvm.getelementptr %in_C_re[%v3450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3452 = llvm.load %v3451 : !llvm.ptr -> f32
                  %v3453 = arith.mulf %v3452, %v3178 fastmath<contract> : f32
                  %v3454 = arith.addf %v3445, %v3453 fastmath<contract> : f32
                  %v3455 = arith.constant 2 : i64
                  %v3456 = arith.muli %v3455, %v1112 : i64
                  %v3457 = arith.constant 6 : i64
                  %v3458 = arith.muli %v3457, %v3 : i64
                  %v3459 = arith.addi %v3456, %v3458 : i64
                  %v3460 = llvm.getelementptr %in_C_re[%v3459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3461 = llvm.load %v3460 : !llvm.ptr -> f32
                  %v3462 = arith.mulf %v3461, %v3192 fastmath<contract> : f32
                  %v3463 = arith.addf %v3454, %v3462 fastmath<contract> : f32
                  %v3464 = arith.constant 3 : i64
                  %v3465 = arith.muli %v3464, %v1112 : i64
                  %v3466 = arith.constant 6 : i64
                  %v3467 = arith.muli %v3466, %v3 : i64
                  %v3468 = arith.addi %v3465, %v3467 : i64
                  %v3469 = llvm.getelementptr %in_C_re[%v3468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3470 = llvm.load %v3469 : !llvm.ptr -> f32
                  %v3471 = arith.mulf %v3470, %v3206 fastmath<contract> : f32
                  %v3472 = arith.addf %v3463, %v3471 fastmath<contract> : f32
                  %v3473 = llvm.load %v203 : !llvm.ptr -> f32
                  %v3474 = arith.mulf %v3473, %v3068 fastmath<contract> : f32
                  %v3475 = arith.addf %v3472, %v3474 fastmath<contract> : f32
                  %v3476 = llvm.load %v266 : !llvm.ptr -> f32
                  %v3477 = arith.mulf %v3476, %v3084 fastmath<contract> : f32
                  %v3478 = arith.addf %v3477, %v3475 fastmath<contract> : f32
                  %v3479 = arith.mulf %v3106, %v3473 fastmath<contract> : f32
                  %v3480 = arith.mulf %v3476, %v3138 fastmath<contract> : f32
                  %v3481 = arith.addf %v3480, %v3479 fastmath<contract> : f32
                  %v3482 = arith.mulf %v3107, %v3473 fastmath<contract> : f32
                  %v3483 = arith.mulf %v3476, %v3139 fastmath<contract> : f32
                  %v3484 = arith.addf %v3483, %v3482 fastmath<contract> : f32
                  %v3485 = arith.constant 7 : i64
                  %v3486 = arith.muli %v3485, %v3 : i64
                  %v3487 = llvm.getelementptr %in_C_re[%v3486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3488 = llvm.load %v3487 : !llvm.ptr -> f32
                  %v3489 = arith.mulf %v3488, %v3165 fastmath<contract> : f32
                  %v3490 = arith.constant 1 : i64
                  %v3491 = arith.muli %v3490, %v1112 : i64
                  %v3492 = arith.constant 7 : i64
                  %v3493 = arith.muli %v3492, %v3 : i64
                  %v3494 = arith.addi %v3491, %v3493 : i64
                  %v3495 = llvm.getelementptr %in_C_re[%v3494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3496 = llvm.load %v3495 : !llvm.ptr -> f32
                  %v3497 = arith.mulf %v3496, %v3178 fastmath<contract> : f32
                  %v3498 = arith.addf %v3489, %v3497 fastmath<contract> : f32
                  %v3499 = arith.constant 2 : i64
                  %v3500 = arith.muli %v3499, %v1112 : i64
                  %v3501 = arith.constant 7 : i64
                  %v3502 = arith.muli %v3501, %v3 : i64
                  %v3503 = arith.addi %v3500, %v3502 : i64
                  %v3504 = llvm.getelementptr %in_C_re[%v3503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3505 = llvm.load %v3504 : !llvm.ptr -> f32
                  %v3506 = arith.mulf %v3505, %v3192 fastmath<contract> : f32
                  %v3507 = arith.addf %v3498, %v3506 fastmath<contract> : f32
                  %v3508 = arith.constant 3 : i64
                  %v3509 = arith.muli %v3508, %v1112 : i64
                  %v3510 = arith.constant 7 : i64
                  %v3511 = arith.muli %v3510, %v3 : i64
                  %v3512 = arith.addi %v3509, %v3511 : i64
                  %v3513 = llvm.getelementptr %in_C_re[%v3512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3514 = llvm.load %v3513 : !llvm.ptr -> f32
                  %v3515 = arith.mulf %v3514, %v3206 fastmath<contract> : f32
                  %v3516 = arith.addf %v3507, %v3515 fastmath<contract> : f32
                  %v3517 = llvm.load %v205 : !llvm.ptr -> f32
                  %v3518 = arith.mulf %v3517, %v3069 fastmath<contract> : f32
                  %v3519 = arith.addf %v3516, %v3518 fastmath<contract> : f32
                  %v3520 = llvm.load %v268 : !llvm.ptr -> f32
                  %v3521 = arith.mulf %v3520, %v3085 fastmath<contract> : f32
                  %v3522 = arith.addf %v3521, %v3519 fastmath<contract> : f32
                  %v3523 = arith.mulf %v3108, %v3517 fastmath<contract> : f32
                  %v3524 = arith.mulf %v3520, %v3140 fastmath<contract> : f32
                  %v3525 = arith.addf %v3524, %v3523 fastmath<contract> : f32
                  %v3526 = arith.mulf %v3109, %v3517 fastmath<contract> : f32
                  %v3527 = arith.mulf %v3520, %v3141 fastmath<contract> : f32
                  %v3528 = arith.addf %v3527, %v3526 fastmath<contract> : f32
                  %v3529 = arith.constant 8 : i64
                  %v3530 = arith.muli %v3529, %v3 : i64
                  %v3531 = llvm.getelementptr %in_C_re[%v3530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3532 = llvm.load %v3531 : !llvm.ptr -> f32
                  %v3533 = arith.mulf %v3532, %v3165 fastmath<contract> : f32
                  %v3534 = arith.constant 1 : i64
                  %v3535 = arith.muli %v3534, %v1112 : i64
                  %v3536 = arith.constant 8 : i64
                  %v3537 = arith.muli %v3536, %v3 : i64
                  %v3538 = arith.addi %v3535, %v3537 : i64
                  %v3539 = llvm.getelementptr %in_C_re[%v3538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3540 = llvm.load %v3539 : !llvm.ptr -> f32
                  %v3541 = arith.mulf %v3540, %v3178 fastmath<contract> : f32
                  %v3542 = arith.addf %v3533, %v3541 fastmath<contract> : f32
                  %v3543 = arith.constant 2 : i64
                  %v3544 = arith.muli %v3543, %v1112 : i64
                  %v3545 = arith.constant 8 : i64
                  %v3546 = arith.muli %v3545, %v3 : i64
                  %v3547 = arith.addi %v3544, %v3546 : i64
                  %v3548 = llvm.getelementptr %in_C_re[%v3547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3549 = llvm.load %v3548 : !llvm.ptr -> f32
                  %v3550 = arith.mulf %v3549, %v3192 fastmath<contract> : f32
                  %v3551 = arith.addf %v3542, %v3550 fastmath<contract> : f32
                  %v3552 = arith.constant 3 : i64
                  %v3553 = arith.muli %v3552, %v1112 : i64
                  %v3554 = arith.constant 8 : i64
                  %v3555 = arith.muli %v3554, %v3 : i64
                  %v3556 = arith.addi %v3553, %v3555 : i64
                  %v3557 = llvm.getelementptr %in_C_re[%v3556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3558 = llvm.load %v3557 : !llvm.ptr -> f32
                  %v3559 = arith.mulf %v3558, %v3206 fastmath<contract> : f32
                  %v3560 = arith.addf %v3551, %v3559 fastmath<contract> : f32
                  %v3561 = llvm.load %v207 : !llvm.ptr -> f32
                  %v3562 = arith.mulf %v3561, %v3070 fastmath<contract> : f32
                  %v3563 = arith.addf %v3560, %v3562 fastmath<contract> : f32
                  %v3564 = llvm.load %v270 : !llvm.ptr -> f32
                  %v3565 = arith.mulf %v3564, %v3086 fastmath<contract> : f32
                  %v3566 = arith.addf %v3565, %v3563 fastmath<contract> : f32
                  %v3567 = arith.mulf %v3110, %v3561 fastmath<contract> : f32
                  %v3568 = arith.mulf %v3564, %v3142 fastmath<contract> : f32
                  %v3569 = arith.addf %v3568, %v3567 fastmath<contract> : f32
                  %v3570 = arith.mulf %v3111, %v3561 fastmath<contract> : f32
                  %v3571 = arith.mulf %v3564, %v3143 fastmath<contract> : f32
                  %v3572 = arith.addf %v3571, %v3570 fastmath<contract> : f32
                  %v3573 = arith.constant 9 : i64
                  %v3574 = arith.muli %v3573, %v3 : i64
                  %v3575 = llvm.getelementptr %in_C_re[%v3574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3576 = llvm.load %v3575 : !llvm.ptr -> f32
                  %v3577 = arith.mulf %v3576, %v3165 fastmath<contract> : f32
                  %v3578 = arith.constant 1 : i64
                  %v3579 = arith.muli %v3578, %v1112 : i64
                  %v3580 = arith.constant 9 : i64
                  %v3581 = arith.muli %v3580, %v3 : i64
                  %v3582 = arith.addi %v3579, %v3581 : i64
                  %v3583 = llvm.getelementptr %in_C_re[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3584 = llvm.load %v3583 : !llvm.ptr -> f32
                  %v3585 = arith.mulf %v3584, %v3178 fastmath<contract> : f32
                  %v3586 = arith.addf %v3577, %v3585 fastmath<contract> : f32
                  %v3587 = arith.constant 2 : i64
                  %v3588 = arith.muli %v3587, %v1112 : i64
                  %v3589 = arith.constant 9 : i64
                  %v3590 = arith.muli %v3589, %v3 : i64
                  %v3591 = arith.addi %v3588, %v3590 : i64
                  %v3592 = llvm.getelementptr %in_C_re[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3593 = llvm.load %v3592 : !llvm.ptr -> f32
                  %v3594 = arith.mulf %v3593, %v3192 fastmath<contract> : f32
                  %v3595 = arith.addf %v3586, %v3594 fastmath<contract> : f32
                  %v3596 = arith.constant 3 : i64
                  %v3597 = arith.muli %v3596, %v1112 : i64
                  %v3598 = arith.constant 9 : i64
                  %v3599 = arith.muli %v3598, %v3 : i64
                  %v3600 = arith.addi %v3597, %v3599 : i64
                  %v3601 = llvm.getelementptr %in_C_re[%v3600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3602 = llvm.load %v3601 : !llvm.ptr -> f32
                  %v3603 = arith.mulf %v3602, %v3206 fastmath<contract> : f32
                  %v3604 = arith.addf %v3595, %v3603 fastmath<contract> : f32
                  %v3605 = llvm.load %v209 : !llvm.ptr -> f32
                  %v3606 = arith.mulf %v3605, %v3071 fastmath<contract> : f32
                  %v3607 = arith.addf %v3604, %v3606 fastmath<contract> : f32
                  %v3608 = llvm.load %v272 : !llvm.ptr -> f32
                  %v3609 = arith.mulf %v3608, %v3087 fastmath<contract> : f32
                  %v3610 = arith.addf %v3609, %v3607 fastmath<contract> : f32
                  %v3611 = arith.mulf %v3112, %v3605 fastmath<contract> : f32
                  %v3612 = arith.mulf %v3608, %v3144 fastmath<contract> : f32
                  %v3613 = arith.addf %v3612, %v3611 fastmath<contract> : f32
                  %v3614 = arith.mulf %v3113, %v3605 fastmath<contract> : f32
                  %v3615 = arith.mulf %v3608, %v3145 fastmath<contract> : f32
                  %v3616 = arith.addf %v3615, %v3614 fastmath<contract> : f32
                  %v3617 = arith.constant 10 : i64
                  %v3618 = arith.muli %v3617, %v3 : i64
                  %v3619 = llvm.getelementptr %in_C_re[%v3618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3620 = llvm.load %v3619 : !llvm.ptr -> f32
                  %v3621 = arith.mulf %v3620, %v3165 fastmath<contract> : f32
                  %v3622 = arith.constant 1 : i64
                  %v3623 = arith.muli %v3622, %v1112 : i64
                  %v3624 = arith.constant 10 : i64
                  %v3625 = arith.muli %v3624, %v3 : i64
                  %v3626 = arith.addi %v3623, %v3625 : i64
                  %v3627 = llvm.getelementptr %in_C_re[%v3626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3628 = llvm.load %v3627 : !llvm.ptr -> f32
                  %v3629 = arith.mulf %v3628, %v3178 fastmath<contract> : f32
                  %v3630 = arith.addf %v3621, %v3629 fastmath<contract> : f32
                  %v3631 = arith.constant 2 : i64
                  %v3632 = arith.muli %v3631, %v1112 : i64
                  %v3633 = arith.constant 10 : i64
                  %v3634 = arith.muli %v3633, %v3 : i64
                  %v3635 = arith.addi %v3632, %v3634 : i64
                  %v3636 = llvm.getelementptr %in_C_re[%v3635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3637 = llvm.load %v3636 : !llvm.ptr -> f32
                  %v3638 = arith.mulf %v3637, %v3192 fastmath<contract> : f32
                  %v3639 = arith.addf %v3630, %v3638 fastmath<contract> : f32
                  %v3640 = arith.constant 3 : i64
                  %v3641 = arith.muli %v3640, %v1112 : i64
                  %v3642 = arith.constant 10 : i64
                  %v3643 = arith.muli %v3642, %v3 : i64
                  %v3644 = arith.addi %v3641, %v3643 : i64
                  %v3645 = llvm.getelementptr %in_C_re[%v3644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3646 = llvm.load %v3645 : !llvm.ptr -> f32
                  %v3647 = arith.mulf %v3646, %v3206 fastmath<contract> : f32
                  %v3648 = arith.addf %v3639, %v3647 fastmath<contract> : f32
                  %v3649 = llvm.load %v211 : !llvm.ptr -> f32
                  %v3650 = arith.mulf %v3649, %v3072 fastmath<contract> : f32
                  %v3651 = arith.addf %v3648, %v3650 fastmath<contract> : f32
                  %v3652 = llvm.load %v274 : !llvm.ptr -> f32
                  %v3653 = arith.mulf %v3652, %v3088 fastmath<contract> : f32
                  %v3654 = arith.addf %v3653, %v3651 fastmath<contract> : f32
                  %v3655 = arith.mulf %v3114, %v3649 fastmath<contract> : f32
                  %v3656 = arith.mulf %v3652, %v3146 fastmath<contract> : f32
                  %v3657 = arith.addf %v3656, %v3655 fastmath<contract> : f32
                  %v3658 = arith.mulf %v3115, %v3649 fastmath<contract> : f32
                  %v3659 = arith.mulf %v3652, %v3147 fastmath<contract> : f32
                  %v3660 = arith.addf %v3659, %v3658 fastmath<contract> : f32
                  %v3661 = arith.constant 11 : i64
                  %v3662 = arith.muli %v3661, %v3 : i64
                  %v3663 = llvm.getelementptr %in_C_re[%v3662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3664 = llvm.load %v3663 : !llvm.ptr -> f32
                  %v3665 = arith.mulf %v3664, %v3165 fastmath<contract> : f32
                  %v3666 = arith.constant 1 : i64
                  %v3667 = arith.muli %v3666, %v1112 : i64
                  %v3668 = arith.constant 11 : i64
                  %v3669 = arith.muli %v3668, %v3 : i64
                  %v3670 = arith.addi %v3667, %v3669 : i64
                  %v3671 = llvm.getelementptr %in_C_re[%v3670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3672 = llvm.load %v3671 : !llvm.ptr -> f32
                  %v3673 = arith.mulf %v3672, %v3178 fastmath<contract> : f32
                  %v3674 = arith.addf %v3665, %v3673 fastmath<contract> : f32
                  %v3675 = arith.constant 2 : i64
                  %v3676 = arith.muli %v3675, %v1112 : i64
                  %v3677 = arith.constant 11 : i64
                  %v3678 = arith.muli %v3677, %v3 : i64
                  %v3679 = arith.addi %v3676, %v3678 : i64
                  %v3680 = llvm.getelementptr %in_C_re[%v3679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3681 = llvm.load %v3680 : !llvm.ptr -> f32
                  %v3682 = arith.mulf %v3681, %v3192 fastmath<contract> : f32
                  %v3683 = arith.addf %v3674, %v3682 fastmath<contract> : f32
                  %v3684 = arith.constant 3 : i64
                  %v3685 = arith.muli %v3684, %v1112 : i64
                  %v3686 = arith.constant 11 : i64
                  %v3687 = arith.muli %v3686, %v3 : i64
                  %v3688 = arith.addi %v3685, %v3687 : i64
                  %v3689 = llvm.getelementptr %in_C_re[%v3688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3690 = llvm.load %v3689 : !llvm.ptr -> f32
                  %v3691 = arith.mulf %v3690, %v3206 fastmath<contract> : f32
                  %v3692 = arith.addf %v3683, %v3691 fastmath<contract> : f32
                  %v3693 = llvm.load %v213 : !llvm.ptr -> f32
                  %v3694 = arith.mulf %v3693, %v3073 fastmath<contract> : f32
                  %v3695 = arith.addf %v3692, %v3694 fastmath<contract> : f32
                  %v3696 = llvm.load %v276 : !llvm.ptr -> f32
                  %v3697 = arith.mulf %v3696, %v3089 fastmath<contract> : f32
                  %v3698 = arith.addf %v3697, %v3695 fastmath<contract> : f32
                  %v3699 = arith.mulf %v3116, %v3693 fastmath<contract> : f32
                  %v3700 = arith.mulf %v3696, %v3148 fastmath<contract> : f32
                  %v3701 = arith.addf %v3700, %v3699 fastmath<contract> : f32
                  %v3702 = arith.mulf %v3117, %v3693 fastmath<contract> : f32
                  %v3703 = arith.mulf %v3696, %v3149 fastmath<contract> : f32
                  %v3704 = arith.addf %v3703, %v3702 fastmath<contract> : f32
                  %v3705 = arith.constant 12 : i64
                  %v3706 = arith.muli %v3705, %v3 : i64
                  %v3707 = llvm.getelementptr %in_C_re[%v3706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3708 = llvm.load %v3707 : !llvm.ptr -> f32
                  %v3709 = arith.mulf %v3708, %v3165 fastmath<contract> : f32
                  %v3710 = arith.constant 1 : i64
                  %v3711 = arith.muli %v3710, %v1112 : i64
                  %v3712 = arith.constant 12 : i64
                  %v3713 = arith.muli %v3712, %v3 : i64
                  %v3714 = arith.addi %v3711, %v3713 : i64
                  %v3715 = llvm.getelementptr %in_C_re[%v3714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3716 = llvm.load %v3715 : !llvm.ptr -> f32
                  %v3717 = arith.mulf %v3716, %v3178 fastmath<contract> : f32
                  %v3718 = arith.addf %v3709, %v3717 fastmath<contract> : f32
                  %v3719 = arith.constant 2 : i64
                  %v3720 = arith.muli %v3719, %v1112 : i64
                  %v3721 = arith.constant 12 : i64
                  %v3722 = arith.muli %v3721, %v3 : i64
                  %v3723 = arith.addi %v3720, %v3722 : i64
                  %v3724 = llvm.getelementptr %in_C_re[%v3723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3725 = llvm.load %v3724 : !llvm.ptr -> f32
                  %v3726 = arith.mulf %v3725, %v3192 fastmath<contract> : f32
                  %v3727 = arith.addf %v3718, %v3726 fastmath<contract> : f32
                  %v3728 = arith.constant 3 : i64
                  %v3729 = arith.muli %v3728, %v1112 : i64
                  %v3730 = arith.constant 12 : i64
                  %v3731 = arith.muli %v3730, %v3 : i64
                  %v3732 = arith.addi %v3729, %v3731 : i64
                  %v3733 = llvm.getelementptr %in_C_re[%v3732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3734 = llvm.load %v3733 : !llvm.ptr -> f32
                  %v3735 = arith.mulf %v3734, %v3206 fastmath<contract> : f32
                  %v3736 = arith.addf %v3727, %v3735 fastmath<contract> : f32
                  %v3737 = llvm.load %v215 : !llvm.ptr -> f32
                  %v3738 = arith.mulf %v3737, %v3074 fastmath<contract> : f32
                  %v3739 = arith.addf %v3736, %v3738 fastmath<contract> : f32
                  %v3740 = llvm.load %v278 : !llvm.ptr -> f32
                  %v3741 = arith.mulf %v3740, %v3090 fastmath<contract> : f32
                  %v3742 = arith.addf %v3741, %v3739 fastmath<contract> : f32
                  %v3743 = arith.mulf %v3118, %v3737 fastmath<contract> : f32
                  %v3744 = arith.mulf %v3740, %v3150 fastmath<contract> : f32
                  %v3745 = arith.addf %v3744, %v3743 fastmath<contract> : f32
                  %v3746 = arith.mulf %v3119, %v3737 fastmath<contract> : f32
                  %v3747 = arith.mulf %v3740, %v3151 fastmath<contract> : f32
                  %v3748 = arith.addf %v3747, %v3746 fastmath<contract> : f32
                  %v3749 = arith.constant 13 : i64
                  %v3750 = arith.muli %v3749, %v3 : i64
                  %v3751 = llvm.getelementptr %in_C_re[%v3750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3752 = llvm.load %v3751 : !llvm.ptr -> f32
                  %v3753 = arith.mulf %v3752, %v3165 fastmath<contract> : f32
                  %v3754 = arith.constant 1 : i64
                  %v3755 = arith.muli %v3754, %v1112 : i64
                  %v3756 = arith.constant 13 : i64
                  %v3757 = arith.muli %v3756, %v3 : i64
                  %v3758 = arith.addi %v3755, %v3757 : i64
                  %v3759 = llvm.getelementptr %in_C_re[%v3758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3760 = llvm.load %v3759 : !llvm.ptr -> f32
                  %v3761 = arith.mulf %v3760, %v3178 fastmath<contract> : f32
                  %v3762 = arith.addf %v3753, %v3761 fastmath<contract> : f32
                  %v3763 = arith.constant 2 : i64
                  %v3764 = arith.muli %v3763, %v1112 : i64
                  %v3765 = arith.constant 13 : i64
                  %v3766 = arith.muli %v3765, %v3 : i64
                  %v3767 = arith.addi %v3764, %v3766 : i64
                  %v3768 = llvm.getelementptr %in_C_re[%v3767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3769 = llvm.load %v3768 : !llvm.ptr -> f32
                  %v3770 = arith.mulf %v3769, %v3192 fastmath<contract> : f32
                  %v3771 = arith.addf %v3762, %v3770 fastmath<contract> : f32
                  %v3772 = arith.constant 3 : i64
                  %v3773 = arith.muli %v3772, %v1112 : i64
                  %v3774 = arith.constant 13 : i64
                  %v3775 = arith.muli %v3774, %v3 : i64
                  %v3776 = arith.addi %v3773, %v3775 : i64
                  %v3777 = llvm.getelementptr %in_C_re[%v3776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3778 = llvm.load %v3777 : !llvm.ptr -> f32
                  %v3779 = arith.mulf %v3778, %v3206 fastmath<contract> : f32
                  %v3780 = arith.addf %v3771, %v3779 fastmath<contract> : f32
                  %v3781 = llvm.load %v217 : !llvm.ptr -> f32
                  %v3782 = arith.mulf %v3781, %v3075 fastmath<contract> : f32
                  %v3783 = arith.addf %v3780, %v3782 fastmath<contract> : f32
                  %v3784 = llvm.load %v280 : !llvm.ptr -> f32
                  %v3785 = arith.mulf %v3784, %v3091 fastmath<contract> : f32
                  %v3786 = arith.addf %v3785, %v3783 fastmath<contract> : f32
                  %v3787 = arith.mulf %v3120, %v3781 fastmath<contract> : f32
                  %v3788 = arith.mulf %v3784, %v3152 fastmath<contract> : f32
                  %v3789 = arith.addf %v3788, %v3787 fastmath<contract> : f32
                  %v3790 = arith.mulf %v3121, %v3781 fastmath<contract> : f32
                  %v3791 = arith.mulf %v3784, %v3153 fastmath<contract> : f32
                  %v3792 = arith.addf %v3791, %v3790 fastmath<contract> : f32
                  %v3793 = arith.constant 14 : i64
                  %v3794 = arith.muli %v3793, %v3 : i64
                  %v3795 = llvm.getelementptr %in_C_re[%v3794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3796 = llvm.load %v3795 : !llvm.ptr -> f32
                  %v3797 = arith.mulf %v3796, %v3165 fastmath<contract> : f32
                  %v3798 = arith.constant 1 : i64
                  %v3799 = arith.muli %v3798, %v1112 : i64
                  %v3800 = arith.constant 14 : i64
                  %v3801 = arith.muli %v3800, %v3 : i64
                  %v3802 = arith.addi %v3799, %v3801 : i64
                  %v3803 = llvm.getelementptr %in_C_re[%v3802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3804 = llvm.load %v3803 : !llvm.ptr -> f32
                  %v3805 = arith.mulf %v3804, %v3178 fastmath<contract> : f32
                  %v3806 = arith.addf %v3797, %v3805 fastmath<contract> : f32
                  %v3807 = arith.constant 2 : i64
                  %v3808 = arith.muli %v3807, %v1112 : i64
                  %v3809 = arith.constant 14 : i64
                  %v3810 = arith.muli %v3809, %v3 : i64
                  %v3811 = arith.addi %v3808, %v3810 : i64
                  %v3812 = llvm.getelementptr %in_C_re[%v3811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3813 = llvm.load %v3812 : !llvm.ptr -> f32
                  %v3814 = arith.mulf %v3813, %v3192 fastmath<contract> : f32
                  %v3815 = arith.addf %v3806, %v3814 fastmath<contract> : f32
                  %v3816 = arith.constant 3 : i64
                  %v3817 = arith.muli %v3816, %v1112 : i64
                  %v3818 = arith.constant 14 : i64
                  %v3819 = arith.muli %v3818, %v3 : i64
                  %v3820 = arith.addi %v3817, %v3819 : i64
                  %v3821 = llvm.getelementptr %in_C_re[%v3820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3822 = llvm.load %v3821 : !llvm.ptr -> f32
                  %v3823 = arith.mulf %v3822, %v3206 fastmath<contract> : f32
                  %v3824 = arith.addf %v3815, %v3823 fastmath<contract> : f32
                  %v3825 = llvm.load %v219 : !llvm.ptr -> f32
                  %v3826 = arith.mulf %v3825, %v3076 fastmath<contract> : f32
                  %v3827 = arith.addf %v3824, %v3826 fastmath<contract> : f32
                  %v3828 = llvm.load %v282 : !llvm.ptr -> f32
                  %v3829 = arith.mulf %v3828, %v3092 fastmath<contract> : f32
                  %v3830 = arith.addf %v3829, %v3827 fastmath<contract> : f32
                  %v3831 = arith.mulf %v3122, %v3825 fastmath<contract> : f32
                  %v3832 = arith.mulf %v3828, %v3154 fastmath<contract> : f32
                  %v3833 = arith.addf %v3832, %v3831 fastmath<contract> : f32
                  %v3834 = arith.mulf %v3123, %v3825 fastmath<contract> : f32
                  %v3835 = arith.mulf %v3828, %v3155 fastmath<contract> : f32
                  %v3836 = arith.addf %v3835, %v3834 fastmath<contract> : f32
                  %v3837 = arith.constant 15 : i64
                  %v3838 = arith.muli %v3837, %v3 : i64
                  %v3839 = llvm.getelementptr %in_C_re[%v3838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3840 = llvm.load %v3839 : !llvm.ptr -> f32
                  %v3841 = arith.mulf %v3840, %v3165 fastmath<contract> : f32
                  %v3842 = arith.constant 1 : i64
                  %v3843 = arith.muli %v3842, %v1112 : i64
                  %v3844 = arith.constant 15 : i64
                  %v3845 = arith.muli %v3844, %v3 : i64
                  %v3846 = arith.addi %v3843, %v3845 : i64
                  %v3847 = llvm.getelementptr %in_C_re[%v3846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3848 = llvm.load %v3847 : !llvm.ptr -> f32
                  %v3849 = arith.mulf %v3848, %v3178 fastmath<contract> : f32
                  %v3850 = arith.addf %v3841, %v3849 fastmath<contract> : f32
                  %v3851 = arith.constant 2 : i64
                  %v3852 = arith.muli %v3851, %v1112 : i64
                  %v3853 = arith.constant 15 : i64
                  %v3854 = arith.muli %v3853, %v3 : i64
                  %v3855 = arith.addi %v3852, %v3854 : i64
                  %v3856 = llvm.getelementptr %in_C_re[%v3855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3857 = llvm.load %v3856 : !llvm.ptr -> f32
                  %v3858 = arith.mulf %v3857, %v3192 fastmath<contract> : f32
                  %v3859 = arith.addf %v3850, %v3858 fastmath<contract> : f32
                  %v3860 = arith.constant 3 : i64
                  %v3861 = arith.muli %v3860, %v1112 : i64
                  %v3862 = arith.constant 15 : i64
                  %v3863 = arith.muli %v3862, %v3 : i64
                  %v3864 = arith.addi %v3861, %v3863 : i64
                  %v3865 = llvm.getelementptr %in_C_re[%v3864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3866 = llvm.load %v3865 : !llvm.ptr -> f32
                  %v3867 = arith.mulf %v3866, %v3206 fastmath<contract> : f32
                  %v3868 = arith.addf %v3859, %v3867 fastmath<contract> : f32
                  %v3869 = llvm.load %v221 : !llvm.ptr -> f32
                  %v3870 = arith.mulf %v3869, %v3077 fastmath<contract> : f32
                  %v3871 = arith.addf %v3868, %v3870 fastmath<contract> : f32
                  %v3872 = llvm.load %v284 : !llvm.ptr -> f32
                  %v3873 = arith.mulf %v3872, %v3093 fastmath<contract> : f32
                  %v3874 = arith.addf %v3873, %v3871 fastmath<contract> : f32
                  %v3875 = arith.mulf %v3124, %v3869 fastmath<contract> : f32
                  %v3876 = arith.mulf %v3872, %v3156 fastmath<contract> : f32
                  %v3877 = arith.addf %v3876, %v3875 fastmath<contract> : f32
                  %v3878 = arith.mulf %v3125, %v3869 fastmath<contract> : f32
                  %v3879 = arith.mulf %v3872, %v3157 fastmath<contract> : f32
                  %v3880 = arith.addf %v3879, %v3878 fastmath<contract> : f32
                  %v3881 = arith.constant 0 : i64
                  %v3882 = llvm.getelementptr %in_C_im[%v3881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3883 = llvm.load %v3882 : !llvm.ptr -> f32
                  %v3884 = arith.negf %v3165 : f32
                  %v3885 = arith.mulf %v3883, %v3884 fastmath<contract> : f32
                  %v3886 = arith.constant 1 : i64
                  %v3887 = arith.muli %v3886, %v1112 : i64
                  %v3888 = llvm.getelementptr %in_C_im[%v3887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3889 = llvm.load %v3888 : !llvm.ptr -> f32
                  %v3890 = arith.negf %v3178 : f32
                  %v3891 = arith.mulf %v3889, %v3890 fastmath<contract> : f32
                  %v3892 = arith.addf %v3885, %v3891 fastmath<contract> : f32
                  %v3893 = arith.constant 2 : i64
                  %v3894 = arith.muli %v3893, %v1112 : i64
                  %v3895 = llvm.getelementptr %in_C_im[%v3894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3896 = llvm.load %v3895 : !llvm.ptr -> f32
                  %v3897 = arith.negf %v3192 : f32
                  %v3898 = arith.mulf %v3896, %v3897 fastmath<contract> : f32
                  %v3899 = arith.addf %v3892, %v3898 fastmath<contract> : f32
                  %v3900 = arith.constant 3 : i64
                  %v3901 = arith.muli %v3900, %v1112 : i64
                  %v3902 = llvm.getelementptr %in_C_im[%v3901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3903 = llvm.load %v3902 : !llvm.ptr -> f32
                  %v3904 = arith.negf %v3206 : f32
                  %v3905 = arith.mulf %v3903, %v3904 fastmath<contract> : f32
                  %v3906 = arith.addf %v3899, %v3905 fastmath<contract> : f32
                  %v3907 = llvm.load %v223 : !llvm.ptr -> f32
                  %v3908 = arith.mulf %v3907, %v3078 fastmath<contract> : f32
                  %v3909 = arith.addf %v3906, %v3908 fastmath<contract> : f32
                  %v3910 = llvm.load %v286 : !llvm.ptr -> f32
                  %v3911 = arith.mulf %v3910, %v3062 fastmath<contract> : f32
                  %v3912 = arith.addf %v3911, %v3909 fastmath<contract> : f32
                  %v3913 = arith.mulf %v3126, %v3907 fastmath<contract> : f32
                  %v3914 = arith.mulf %v3910, %v3094 fastmath<contract> : f32
                  %v3915 = arith.addf %v3914, %v3913 fastmath<contract> : f32
                  %v3916 = arith.mulf %v3127, %v3907 fastmath<contract> : f32
                  %v3917 = arith.mulf %v3910, %v3095 fastmath<contract> : f32
                  %v3918 = arith.addf %v3917, %v3916 fastmath<contract> : f32
                  %v3919 = arith.constant 1 : i64
                  %v3920 = arith.muli %v3919, %v3 : i64
                  %v3921 = llvm.getelementptr %in_C_im[%v3920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3922 = llvm.load %v3921 : !llvm.ptr -> f32
                  %v3923 = arith.mulf %v3922, %v3884 fastmath<contract> : f32
                  %v3924 = arith.constant 1 : i64
                  %v3925 = arith.muli %v3924, %v1112 : i64
                  %v3926 = arith.constant 1 : i64
                  %v3927 = arith.muli %v3926, %v3 : i64
                  %v3928 = arith.addi %v3925, %v3927 : i64
                  %v3929 = llvm.getelementptr %in_C_im[%v3928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3930 = llvm.load %v3929 : !llvm.ptr -> f32
                  %v3931 = arith.mulf %v3930, %v3890 fastmath<contract> : f32
                  %v3932 = arith.addf %v3923, %v3931 fastmath<contract> : f32
                  %v3933 = arith.constant 2 : i64
                  %v3934 = arith.muli %v3933, %v1112 : i64
                  %v3935 = arith.constant 1 : i64
                  %v3936 = arith.muli %v3935, %v3 : i64
                  %v3937 = arith.addi %v3934, %v3936 : i64
                  %v3938 = llvm.getelementptr %in_C_im[%v3937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3939 = llvm.load %v3938 : !llvm.ptr -> f32
                  %v3940 = arith.mulf %v3939, %v3897 fastmath<contract> : f32
                  %v3941 = arith.addf %v3932, %v3940 fastmath<contract> : f32
                  %v3942 = arith.constant 3 : i64
                  %v3943 = arith.muli %v3942, %v1112 : i64
                  %v3944 = arith.constant 1 : i64
                  %v3945 = arith.muli %v3944, %v3 : i64
                  %v3946 = arith.addi %v3943, %v3945 : i64
                  %v3947 = llvm.getelementptr %in_C_im[%v3946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3948 = llvm.load %v3947 : !llvm.ptr -> f32
                  %v3949 = arith.mulf %v3948, %v3904 fastmath<contract> : f32
                  %v3950 = arith.addf %v3941, %v3949 fastmath<contract> : f32
                  %v3951 = llvm.load %v225 : !llvm.ptr -> f32
                  %v3952 = arith.mulf %v3951, %v3079 fastmath<contract> : f32
                  %v3953 = arith.addf %v3950, %v3952 fastmath<contract> : f32
                  %v3954 = llvm.load %v288 : !llvm.ptr -> f32
                  %v3955 = arith.mulf %v3954, %v3063 fastmath<contract> : f32
                  %v3956 = arith.addf %v3955, %v3953 fastmath<contract> : f32
                  %v3957 = arith.mulf %v3128, %v3951 fastmath<contract> : f32
                  %v3958 = arith.mulf %v3954, %v3096 fastmath<contract> : f32
                  %v3959 = arith.addf %v3958, %v3957 fastmath<contract> : f32
                  %v3960 = arith.mulf %v3129, %v3951 fastmath<contract> : f32
                  %v3961 = arith.mulf %v3954, %v3097 fastmath<contract> : f32
                  %v3962 = arith.addf %v3961, %v3960 fastmath<contract> : f32
                  %v3963 = arith.constant 2 : i64
                  %v3964 = arith.muli %v3963, %v3 : i64
                  %v3965 = llvm.getelementptr %in_C_im[%v3964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3966 = llvm.load %v3965 : !llvm.ptr -> f32
                  %v3967 = arith.mulf %v3966, %v3884 fastmath<contract> : f32
                  %v3968 = arith.constant 1 : i64
                  %v3969 = arith.muli %v3968, %v1112 : i64
                  %v3970 = arith.constant 2 : i64
                  %v3971 = arith.muli %v3970, %v3 : i64
                  %v3972 = arith.addi %v3969, %v3971 : i64
                  %v3973 = llvm.getelementptr %in_C_im[%v3972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3974 = llvm.load %v3973 : !llvm.ptr -> f32
                  %v3975 = arith.mulf %v3974, %v3890 fastmath<contract> : f32
                  %v3976 = arith.addf %v3967, %v3975 fastmath<contract> : f32
                  %v3977 = arith.constant 2 : i64
                  %v3978 = arith.muli %v3977, %v1112 : i64
                  %v3979 = arith.constant 2 : i64
                  %v3980 = arith.muli %v3979, %v3 : i64
                  %v3981 = arith.addi %v3978, %v3980 : i64
                  %v3982 = llvm.getelementptr %in_C_im[%v3981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3983 = llvm.load %v3982 : !llvm.ptr -> f32
                  %v3984 = arith.mulf %v3983, %v3897 fastmath<contract> : f32
                  %v3985 = arith.addf %v3976, %v3984 fastmath<contract> : f32
                  %v3986 = arith.constant 3 : i64
                  %v3987 = arith.muli %v3986, %v1112 : i64
                  %v3988 = arith.constant 2 : i64
                  %v3989 = arith.muli %v3988, %v3 : i64
                  %v3990 = arith.addi %v3987, %v3989 : i64
                  %v3991 = llvm.getelementptr %in_C_im[%v3990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3992 = llvm.load %v3991 : !llvm.ptr -> f32
                  %v3993 = arith.mulf %v3992, %v3904 fastmath<contract> : f32
                  %v3994 = arith.addf %v3985, %v3993 fastmath<contract> : f32
                  %v3995 = llvm.load %v227 : !llvm.ptr -> f32
                  %v3996 = arith.mulf %v3995, %v3080 fastmath<contract> : f32
                  %v3997 = arith.addf %v3994, %v3996 fastmath<contract> : f32
                  %v3998 = llvm.load %v290 : !llvm.ptr -> f32
                  %v3999 = arith.mulf %v3998, %v3064 fastmath<contract> : f32
                  %v4000 = arith.addf %v3999, %v3997 fastmath<contract> : f32
                  %v4001 = arith.mulf %v3130, %v3995 fastmath<contract> : f32
                  %v4002 = arith.mulf %v3998, %v3098 fastmath<contract> : f32
                  %v4003 = arith.addf %v4002, %v4001 fastmath<contract> : f32
                  %v4004 = arith.mulf %v3131, %v3995 fastmath<contract> : f32
                  %v4005 = arith.mulf %v3998, %v3099 fastmath<contract> : f32
                  %v4006 = arith.addf %v4005, %v4004 fastmath<contract> : f32
                  %v4007 = arith.constant 3 : i64
                  %v4008 = arith.muli %v4007, %v3 : i64
                  %v4009 = llvm.getelementptr %in_C_im[%v4008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4010 = llvm.load %v4009 : !llvm.ptr -> f32
                  %v4011 = arith.mulf %v4010, %v3884 fastmath<contract> : f32
                  %v4012 = arith.constant 1 : i64
                  %v4013 = arith.muli %v4012, %v1112 : i64
                  %v4014 = arith.constant 3 : i64
                  %v4015 = arith.muli %v4014, %v3 : i64
                  %v4016 = arith.addi %v4013, %v4015 : i64
                  %v4017 = llvm.getelementptr %in_C_im[%v4016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4018 = llvm.load %v4017 : !llvm.ptr -> f32
                  %v4019 = arith.mulf %v4018, %v3890 fastmath<contract> : f32
                  %v4020 = arith.addf %v4011, %v4019 fastmath<contract> : f32
                  %v4021 = arith.constant 2 : i64
                  %v4022 = arith.muli %v4021, %v1112 : i64
                  %v4023 = arith.constant 3 : i64
                  %v4024 = arith.muli %v4023, %v3 : i64
                  %v4025 = arith.addi %v4022, %v4024 : i64
                  %v4026 = llvm.getelementptr %in_C_im[%v4025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4027 = llvm.load %v4026 : !llvm.ptr -> f32
                  %v4028 = arith.mulf %v4027, %v3897 fastmath<contract> : f32
                  %v4029 = arith.addf %v4020, %v4028 fastmath<contract> : f32
                  %v4030 = arith.constant 3 : i64
                  %v4031 = arith.muli %v4030, %v1112 : i64
                  %v4032 = arith.constant 3 : i64
                  %v4033 = arith.muli %v4032, %v3 : i64
                  %v4034 = arith.addi %v4031, %v4033 : i64
                  %v4035 = llvm.getelementptr %in_C_im[%v4034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4036 = llvm.load %v4035 : !llvm.ptr -> f32
                  %v4037 = arith.mulf %v4036, %v3904 fastmath<contract> : f32
                  %v4038 = arith.addf %v4029, %v4037 fastmath<contract> : f32
                  %v4039 = llvm.load %v229 : !llvm.ptr -> f32
                  %v4040 = arith.mulf %v4039, %v3081 fastmath<contract> : f32
                  %v4041 = arith.addf %v4038, %v4040 fastmath<contract> : f32
                  %v4042 = llvm.load %v292 : !llvm.ptr -> f32
                  %v4043 = arith.mulf %v4042, %v3065 fastmath<contract> : f32
                  %v4044 = arith.addf %v4043, %v4041 fastmath<contract> : f32
                  %v4045 = arith.mulf %v3132, %v4039 fastmath<contract> : f32
                  %v4046 = arith.mulf %v4042, %v3100 fastmath<contract> : f32
                  %v4047 = arith.addf %v4046, %v4045 fastmath<contract> : f32
                  %v4048 = arith.mulf %v3133, %v4039 fastmath<contract> : f32
                  %v4049 = arith.mulf %v4042, %v3101 fastmath<contract> : f32
                  %v4050 = arith.addf %v4049, %v4048 fastmath<contract> : f32
                  %v4051 = arith.constant 4 : i64
                  %v4052 = arith.muli %v4051, %v3 : i64
                  %v4053 = llvm.getelementptr %in_C_im[%v4052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4054 = llvm.load %v4053 : !llvm.ptr -> f32
                  %v4055 = arith.mulf %v4054, %v3884 fastmath<contract> : f32
                  %v4056 = arith.constant 1 : i64
                  %v4057 = arith.muli %v4056, %v1112 : i64
                  %v4058 = arith.constant 4 : i64
                  %v4059 = arith.muli %v4058, %v3 : i64
                  %v4060 = arith.addi %v4057, %v4059 : i64
                  %v4061 = llvm.getelementptr %in_C_im[%v4060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4062 = llvm.load %v4061 : !llvm.ptr -> f32
                  %v4063 = arith.mulf %v4062, %v3890 fastmath<contract> : f32
                  %v4064 = arith.addf %v4055, %v4063 fastmath<contract> : f32
                  %v4065 = arith.constant 2 : i64
                  %v4066 = arith.muli %v4065, %v1112 : i64
                  %v4067 = arith.constant 4 : i64
                  %v4068 = arith.muli %v4067, %v3 : i64
                  %v4069 = arith.addi %v4066, %v4068 : i64
                  %v4070 = llvm.getelementptr %in_C_im[%v4069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4071 = llvm.load %v4070 : !llvm.ptr -> f32
                  %v4072 = arith.mulf %v4071, %v3897 fastmath<contract> : f32
                  %v4073 = arith.addf %v4064, %v4072 fastmath<contract> : f32
                  %v4074 = arith.constant 3 : i64
                  %v4075 = arith.muli %v4074, %v1112 : i64
                  %v4076 = arith.constant 4 : i64
                  %v4077 = arith.muli %v4076, %v3 : i64
                  %v4078 = arith.addi %v4075, %v4077 : i64
                  %v4079 = llvm.getelementptr %in_C_im[%v4078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4080 = llvm.load %v4079 : !llvm.ptr -> f32
                  %v4081 = arith.mulf %v4080, %v3904 fastmath<contract> : f32
                  %v4082 = arith.addf %v4073, %v4081 fastmath<contract> : f32
                  %v4083 = llvm.load %v231 : !llvm.ptr -> f32
                  %v4084 = arith.mulf %v4083, %v3082 fastmath<contract> : f32
                  %v4085 = arith.addf %v4082, %v4084 fastmath<contract> : f32
                  %v4086 = llvm.load %v294 : !llvm.ptr -> f32
                  %v4087 = arith.mulf %v4086, %v3066 fastmath<contract> : f32
                  %v4088 = arith.addf %v4087, %v4085 fastmath<contract> : f32
                  %v4089 = arith.mulf %v3134, %v4083 fastmath<contract> : f32
                  %v4090 = arith.mulf %v4086, %v3102 fastmath<contract> : f32
                  %v4091 = arith.addf %v4090, %v4089 fastmath<contract> : f32
                  %v4092 = arith.mulf %v3135, %v4083 fastmath<contract> : f32
                  %v4093 = arith.mulf %v4086, %v3103 fastmath<contract> : f32
                  %v4094 = arith.addf %v4093, %v4092 fastmath<contract> : f32
                  %v4095 = arith.constant 5 : i64
                  %v4096 = arith.muli %v4095, %v3 : i64
                  %v4097 = llvm.getelementptr %in_C_im[%v4096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4098 = llvm.load %v4097 : !llvm.ptr -> f32
                  %v4099 = arith.mulf %v4098, %v3884 fastmath<contract> : f32
                  %v4100 = arith.constant 1 : i64
                  %v4101 = arith.muli %v4100, %v1112 : i64
                  %v4102 = arith.constant 5 : i64
                  %v4103 = arith.muli %v4102, %v3 : i64
                  %v4104 = arith.addi %v4101, %v4103 : i64
                  %v4105 = llvm.getelementptr %in_C_im[%v4104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4106 = llvm.load %v4105 : !llvm.ptr -> f32
                  %v4107 = arith.mulf %v4106, %v3890 fastmath<contract> : f32
                  %v4108 = arith.addf %v4099, %v4107 fastmath<contract> : f32
                  %v4109 = arith.constant 2 : i64
                  %v4110 = arith.muli %v4109, %v1112 : i64
                  %v4111 = arith.constant 5 : i64
                  %v4112 = arith.muli %v4111, %v3 : i64
                  %v4113 = arith.addi %v4110, %v4112 : i64
                  %v4114 = llvm.getelementptr %in_C_im[%v4113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4115 = llvm.load %v4114 : !llvm.ptr -> f32
                  %v4116 = arith.mulf %v4115, %v3897 fastmath<contract> : f32
                  %v4117 = arith.addf %v4108, %v4116 fastmath<contract> : f32
                  %v4118 = arith.constant 3 : i64
                  %v4119 = arith.muli %v4118, %v1112 : i64
                  %v4120 = arith.constant 5 : i64
                  %v4121 = arith.muli %v4120, %v3 : i64
                  %v4122 = arith.addi %v4119, %v4121 : i64
                  %v4123 = llvm.getelementptr %in_C_im[%v4122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4124 = llvm.load %v4123 : !llvm.ptr -> f32
                  %v4125 = arith.mulf %v4124, %v3904 fastmath<contract> : f32
                  %v4126 = arith.addf %v4117, %v4125 fastmath<contract> : f32
                  %v4127 = llvm.load %v233 : !llvm.ptr -> f32
                  %v4128 = arith.mulf %v4127, %v3083 fastmath<contract> : f32
                  %v4129 = arith.addf %v4126, %v4128 fastmath<contract> : f32
                  %v4130 = llvm.load %v296 : !llvm.ptr -> f32
                  %v4131 = arith.mulf %v4130, %v3067 fastmath<contract> : f32
                  %v4132 = arith.addf %v4131, %v4129 fastmath<contract> : f32
                  %v4133 = arith.mulf %v3136, %v4127 fastmath<contract> : f32
                  %v4134 = arith.mulf %v4130, %v3104 fastmath<contract> : f32
                  %v4135 = arith.addf %v4134, %v4133 fastmath<contract> : f32
                  %v4136 = arith.mulf %v3137, %v4127 fastmath<contract> : f32
                  %v4137 = arith.mulf %v4130, %v3105 fastmath<contract> : f32
                  %v4138 = arith.addf %v4137, %v4136 fastmath<contract> : f32
                  %v4139 = arith.constant 6 : i64
                  %v4140 = arith.muli %v4139, %v3 : i64
                  %v4141 = llvm.getelementptr %in_C_im[%v4140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4142 = llvm.load %v4141 : !llvm.ptr -> f32
                  %v4143 = arith.mulf %v4142, %v3884 fastmath<contract> : f32
                  %v4144 = arith.constant 1 : i64
                  %v4145 = arith.muli %v4144, %v1112 : i64
                  %v4146 = arith.constant 6 : i64
                  %v4147 = arith.muli %v4146, %v3 : i64
                  %v4148 = arith.addi %v4145, %v4147 : i64
                  %v4149 = llvm.getelementptr %in_C_im[%v4148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4150 = llvm.load %v4149 : !llvm.ptr -> f32
                  %v4151 = arith.mulf %v4150, %v3890 fastmath<contract> : f32
                  %v4152 = arith.addf %v4143, %v4151 fastmath<contract> : f32
                  %v4153 = arith.constant 2 : i64
                  %v4154 = arith.muli %v4153, %v1112 : i64
                  %v4155 = arith.constant 6 : i64
                  %v4156 = arith.muli %v4155, %v3 : i64
                  %v4157 = arith.addi %v4154, %v4156 : i64
                  %v4158 = llvm.getelementptr %in_C_im[%v4157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4159 = llvm.load %v4158 : !llvm.ptr -> f32
                  %v4160 = arith.mulf %v4159, %v3897 fastmath<contract> : f32
                  %v4161 = arith.addf %v4152, %v4160 fastmath<contract> : f32
                  %v4162 = arith.constant 3 : i64
                  %v4163 = arith.muli %v4162, %v1112 : i64
                  %v4164 = arith.constant 6 : i64
                  %v4165 = arith.muli %v4164, %v3 : i64
                  %v4166 = arith.addi %v4163, %v4165 : i64
                  %v4167 = llvm.getelementptr %in_C_im[%v4166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4168 = llvm.load %v4167 : !llvm.ptr -> f32
                  %v4169 = arith.mulf %v4168, %v3904 fastmath<contract> : f32
                  %v4170 = arith.addf %v4161, %v4169 fastmath<contract> : f32
                  %v4171 = llvm.load %v235 : !llvm.ptr -> f32
                  %v4172 = arith.mulf %v4171, %v3084 fastmath<contract> : f32
                  %v4173 = arith.addf %v4170, %v4172 fastmath<contract> : f32
                  %v4174 = llvm.load %v298 : !llvm.ptr -> f32
                  %v4175 = arith.mulf %v4174, %v3068 fastmath<contract> : f32
                  %v4176 = arith.addf %v4175, %v4173 fastmath<contract> : f32
                  %v4177 = arith.mulf %v3138, %v4171 fastmath<contract> : f32
                  %v4178 = arith.mulf %v4174, %v3106 fastmath<contract> : f32
                  %v4179 = arith.addf %v4178, %v4177 fastmath<contract> : f32
                  %v4180 = arith.mulf %v3139, %v4171 fastmath<contract> : f32
                  %v4181 = arith.mulf %v4174, %v3107 fastmath<contract> : f32
                  %v4182 = arith.addf %v4181, %v4180 fastmath<contract> : f32
                  %v4183 = arith.constant 7 : i64
                  %v4184 = arith.muli %v4183, %v3 : i64
                  %v4185 = llvm.getelementptr %in_C_im[%v4184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4186 = llvm.load %v4185 : !llvm.ptr -> f32
                  %v4187 = arith.mulf %v4186, %v3884 fastmath<contract> : f32
                  %v4188 = arith.constant 1 : i64
                  %v4189 = arith.muli %v4188, %v1112 : i64
                  %v4190 = arith.constant 7 : i64
                  %v4191 = arith.muli %v4190, %v3 : i64
                  %v4192 = arith.addi %v4189, %v4191 : i64
                  %v4193 = llvm.getelementptr %in_C_im[%v4192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4194 = llvm.load %v4193 : !llvm.ptr -> f32
                  %v4195 = arith.mulf %v4194, %v3890 fastmath<contract> : f32
                  %v4196 = arith.addf %v4187, %v4195 fastmath<contract> : f32
                  %v4197 = arith.constant 2 : i64
                  %v4198 = arith.muli %v4197, %v1112 : i64
                  %v4199 = arith.constant 7 : i64
                  %v4200 = arith.muli %v4199, %v3 : i64
                  %v4201 = arith.addi %v4198, %v4200 : i64
                  %v4202 = llvm.getelementptr %in_C_im[%v4201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4203 = llvm.load %v4202 : !llvm.ptr -> f32
                  %v4204 = arith.mulf %v4203, %v3897 fastmath<contract> : f32
                  %v4205 = arith.addf %v4196, %v4204 fastmath<contract> : f32
                  %v4206 = arith.constant 3 : i64
                  %v4207 = arith.muli %v4206, %v1112 : i64
                  %v4208 = arith.constant 7 : i64
                  %v4209 = arith.muli %v4208, %v3 : i64
                  %v4210 = arith.addi %v4207, %v4209 : i64
                  %v4211 = llvm.getelementptr %in_C_im[%v4210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4212 = llvm.load %v4211 : !llvm.ptr -> f32
                  %v4213 = arith.mulf %v4212, %v3904 fastmath<contract> : f32
                  %v4214 = arith.addf %v4205, %v4213 fastmath<contract> : f32
                  %v4215 = llvm.load %v237 : !llvm.ptr -> f32
                  %v4216 = arith.mulf %v4215, %v3085 fastmath<contract> : f32
                  %v4217 = arith.addf %v4214, %v4216 fastmath<contract> : f32
                  %v4218 = llvm.load %v300 : !llvm.ptr -> f32
                  %v4219 = arith.mulf %v4218, %v3069 fastmath<contract> : f32
                  %v4220 = arith.addf %v4219, %v4217 fastmath<contract> : f32
                  %v4221 = arith.mulf %v3140, %v4215 fastmath<contract> : f32
                  %v4222 = arith.mulf %v4218, %v3108 fastmath<contract> : f32
                  %v4223 = arith.addf %v4222, %v4221 fastmath<contract> : f32
                  %v4224 = arith.mulf %v3141, %v4215 fastmath<contract> : f32
                  %v4225 = arith.mulf %v4218, %v3109 fastmath<contract> : f32
                  %v4226 = arith.addf %v4225, %v4224 fastmath<contract> : f32
                  %v4227 = arith.constant 8 : i64
                  %v4228 = arith.muli %v4227, %v3 : i64
                  %v4229 = llvm.getelementptr %in_C_im[%v4228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4230 = llvm.load %v4229 : !llvm.ptr -> f32
                  %v4231 = arith.mulf %v4230, %v3884 fastmath<contract> : f32
                  %v4232 = arith.constant 1 : i64
                  %v4233 = arith.muli %v4232, %v1112 : i64
                  %v4234 = arith.constant 8 : i64
                  %v4235 = arith.muli %v4234, %v3 : i64
                  %v4236 = arith.addi %v4233, %v4235 : i64
                  %v4237 = llvm.getelementptr %in_C_im[%v4236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4238 = llvm.load %v4237 : !llvm.ptr -> f32
                  %v4239 = arith.mulf %v4238, %v3890 fastmath<contract> : f32
                  %v4240 = arith.addf %v4231, %v4239 fastmath<contract> : f32
                  %v4241 = arith.constant 2 : i64
                  %v4242 = arith.muli %v4241, %v1112 : i64
                  %v4243 = arith.constant 8 : i64
                  %v4244 = arith.muli %v4243, %v3 : i64
                  %v4245 = arith.addi %v4242, %v4244 : i64
                  %v4246 = llvm.getelementptr %in_C_im[%v4245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4247 = llvm.load %v4246 : !llvm.ptr -> f32
                  %v4248 = arith.mulf %v4247, %v3897 fastmath<contract> : f32
                  %v4249 = arith.addf %v4240, %v4248 fastmath<contract> : f32
                  %v4250 = arith.constant 3 : i64
                  %v4251 = arith.muli %v4250, %v1112 : i64
                  %v4252 = arith.constant 8 : i64
                  %v4253 = arith.muli %v4252, %v3 : i64
                  %v4254 = arith.addi %v4251, %v4253 : i64
                  %v4255 = llvm.getelementptr %in_C_im[%v4254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4256 = llvm.load %v4255 : !llvm.ptr -> f32
                  %v4257 = arith.mulf %v4256, %v3904 fastmath<contract> : f32
                  %v4258 = arith.addf %v4249, %v4257 fastmath<contract> : f32
                  %v4259 = llvm.load %v239 : !llvm.ptr -> f32
                  %v4260 = arith.mulf %v4259, %v3086 fastmath<contract> : f32
                  %v4261 = arith.addf %v4258, %v4260 fastmath<contract> : f32
                  %v4262 = llvm.load %v302 : !llvm.ptr -> f32
                  %v4263 = arith.mulf %v4262, %v3070 fastmath<contract> : f32
                  %v4264 = arith.addf %v4263, %v4261 fastmath<contract> : f32
                  %v4265 = arith.mulf %v3142, %v4259 fastmath<contract> : f32
                  %v4266 = arith.mulf %v4262, %v3110 fastmath<contract> : f32
                  %v4267 = arith.addf %v4266, %v4265 fastmath<contract> : f32
                  %v4268 = arith.mulf %v3143, %v4259 fastmath<contract> : f32
                  %v4269 = arith.mulf %v4262, %v3111 fastmath<contract> : f32
                  %v4270 = arith.addf %v4269, %v4268 fastmath<contract> : f32
                  %v4271 = arith.constant 9 : i64
                  %v4272 = arith.muli %v4271, %v3 : i64
                  %v4273 = llvm.getelementptr %in_C_im[%v4272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4274 = llvm.load %v4273 : !llvm.ptr -> f32
                  %v4275 = arith.mulf %v4274, %v3884 fastmath<contract> : f32
                  %v4276 = arith.constant 1 : i64
                  %v4277 = arith.muli %v4276, %v1112 : i64
                  %v4278 = arith.constant 9 : i64
                  %v4279 = arith.muli %v4278, %v3 : i64
                  %v4280 = arith.addi %v4277, %v4279 : i64
                  %v4281 = llvm.getelementptr %in_C_im[%v4280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4282 = llvm.load %v4281 : !llvm.ptr -> f32
                  %v4283 = arith.mulf %v4282, %v3890 fastmath<contract> : f32
                  %v4284 = arith.addf %v4275, %v4283 fastmath<contract> : f32
                  %v4285 = arith.constant 2 : i64
                  %v4286 = arith.muli %v4285, %v1112 : i64
                  %v4287 = arith.constant 9 : i64
                  %v4288 = arith.muli %v4287, %v3 : i64
                  %v4289 = arith.addi %v4286, %v4288 : i64
                  %v4290 = llvm.getelementptr %in_C_im[%v4289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4291 = llvm.load %v4290 : !llvm.ptr -> f32
                  %v4292 = arith.mulf %v4291, %v3897 fastmath<contract> : f32
                  %v4293 = arith.addf %v4284, %v4292 fastmath<contract> : f32
                  %v4294 = arith.constant 3 : i64
                  %v4295 = arith.muli %v4294, %v1112 : i64
                  %v4296 = arith.constant 9 : i64
                  %v4297 = arith.muli %v4296, %v3 : i64
                  %v4298 = arith.addi %v4295, %v4297 : i64
                  %v4299 = llvm.getelementptr %in_C_im[%v4298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4300 = llvm.load %v4299 : !llvm.ptr -> f32
                  %v4301 = arith.mulf %v4300, %v3904 fastmath<contract> : f32
                  %v4302 = arith.addf %v4293, %v4301 fastmath<contract> : f32
                  %v4303 = llvm.load %v241 : !llvm.ptr -> f32
                  %v4304 = arith.mulf %v4303, %v3087 fastmath<contract> : f32
                  %v4305 = arith.addf %v4302, %v4304 fastmath<contract> : f32
                  %v4306 = llvm.load %v304 : !llvm.ptr -> f32
                  %v4307 = arith.mulf %v4306, %v3071 fastmath<contract> : f32
                  %v4308 = arith.addf %v4307, %v4305 fastmath<contract> : f32
                  %v4309 = arith.mulf %v3144, %v4303 fastmath<contract> : f32
                  %v4310 = arith.mulf %v4306, %v3112 fastmath<contract> : f32
                  %v4311 = arith.addf %v4310, %v4309 fastmath<contract> : f32
                  %v4312 = arith.mulf %v3145, %v4303 fastmath<contract> : f32
                  %v4313 = arith.mulf %v4306, %v3113 fastmath<contract> : f32
                  %v4314 = arith.addf %v4313, %v4312 fastmath<contract> : f32
                  %v4315 = arith.constant 10 : i64
                  %v4316 = arith.muli %v4315, %v3 : i64
                  %v4317 = llvm.getelementptr %in_C_im[%v4316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4318 = llvm.load %v4317 : !llvm.ptr -> f32
                  %v4319 = arith.mulf %v4318, %v3884 fastmath<contract> : f32
                  %v4320 = arith.constant 1 : i64
                  %v4321 = arith.muli %v4320, %v1112 : i64
                  %v4322 = arith.constant 10 : i64
                  %v4323 = arith.muli %v4322, %v3 : i64
                  %v4324 = arith.addi %v4321, %v4323 : i64
                  %v4325 = llvm.getelementptr %in_C_im[%v4324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4326 = llvm.load %v4325 : !llvm.ptr -> f32
                  %v4327 = arith.mulf %v4326, %v3890 fastmath<contract> : f32
                  %v4328 = arith.addf %v4319, %v4327 fastmath<contract> : f32
                  %v4329 = arith.constant 2 : i64
                  %v4330 = arith.muli %v4329, %v1112 : i64
                  %v4331 = arith.constant 10 : i64
                  %v4332 = arith.muli %v4331, %v3 : i64
                  %v4333 = arith.addi %v4330, %v4332 : i64
                  %v4334 = llvm.getelementptr %in_C_im[%v4333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4335 = llvm.load %v4334 : !llvm.ptr -> f32
                  %v4336 = arith.mulf %v4335, %v3897 fastmath<contract> : f32
                  %v4337 = arith.addf %v4328, %v4336 fastmath<contract> : f32
                  %v4338 = arith.constant 3 : i64
                  %v4339 = arith.muli %v4338, %v1112 : i64
                  %v4340 = arith.constant 10 : i64
                  %v4341 = arith.muli %v4340, %v3 : i64
                  %v4342 = arith.addi %v4339, %v4341 : i64
                  %v4343 = llvm.getelementptr %in_C_im[%v4342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4344 = llvm.load %v4343 : !llvm.ptr -> f32
                  %v4345 = arith.mulf %v4344, %v3904 fastmath<contract> : f32
                  %v4346 = arith.addf %v4337, %v4345 fastmath<contract> : f32
                  %v4347 = llvm.load %v243 : !llvm.ptr -> f32
                  %v4348 = arith.mulf %v4347, %v3088 fastmath<contract> : f32
                  %v4349 = arith.addf %v4346, %v4348 fastmath<contract> : f32
                  %v4350 = llvm.load %v306 : !llvm.ptr -> f32
                  %v4351 = arith.mulf %v4350, %v3072 fastmath<contract> : f32
                  %v4352 = arith.addf %v4351, %v4349 fastmath<contract> : f32
                  %v4353 = arith.mulf %v3146, %v4347 fastmath<contract> : f32
                  %v4354 = arith.mulf %v4350, %v3114 fastmath<contract> : f32
                  %v4355 = arith.addf %v4354, %v4353 fastmath<contract> : f32
                  %v4356 = arith.mulf %v3147, %v4347 fastmath<contract> : f32
                  %v4357 = arith.mulf %v4350, %v3115 fastmath<contract> : f32
                  %v4358 = arith.addf %v4357, %v4356 fastmath<contract> : f32
                  %v4359 = arith.constant 11 : i64
                  %v4360 = arith.muli %v4359, %v3 : i64
                  %v4361 = llvm.getelementptr %in_C_im[%v4360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4362 = llvm.load %v4361 : !llvm.ptr -> f32
                  %v4363 = arith.mulf %v4362, %v3884 fastmath<contract> : f32
                  %v4364 = arith.constant 1 : i64
                  %v4365 = arith.muli %v4364, %v1112 : i64
                  %v4366 = arith.constant 11 : i64
                  %v4367 = arith.muli %v4366, %v3 : i64
                  %v4368 = arith.addi %v4365, %v4367 : i64
                  %v4369 = llvm.getelementptr %in_C_im[%v4368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4370 = llvm.load %v4369 : !llvm.ptr -> f32
                  %v4371 = arith.mulf %v4370, %v3890 fastmath<contract> : f32
                  %v4372 = arith.addf %v4363, %v4371 fastmath<contract> : f32
                  %v4373 = arith.constant 2 : i64
                  %v4374 = arith.muli %v4373, %v1112 : i64
                  %v4375 = arith.constant 11 : i64
                  %v4376 = arith.muli %v4375, %v3 : i64
                  %v4377 = arith.addi %v4374, %v4376 : i64
                  %v4378 = llvm.getelementptr %in_C_im[%v4377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4379 = llvm.load %v4378 : !llvm.ptr -> f32
                  %v4380 = arith.mulf %v4379, %v3897 fastmath<contract> : f32
                  %v4381 = arith.addf %v4372, %v4380 fastmath<contract> : f32
                  %v4382 = arith.constant 3 : i64
                  %v4383 = arith.muli %v4382, %v1112 : i64
                  %v4384 = arith.constant 11 : i64
                  %v4385 = arith.muli %v4384, %v3 : i64
                  %v4386 = arith.addi %v4383, %v4385 : i64
                  %v4387 = llvm.getelementptr %in_C_im[%v4386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4388 = llvm.load %v4387 : !llvm.ptr -> f32
                  %v4389 = arith.mulf %v4388, %v3904 fastmath<contract> : f32
                  %v4390 = arith.addf %v4381, %v4389 fastmath<contract> : f32
                  %v4391 = llvm.load %v245 : !llvm.ptr -> f32
                  %v4392 = arith.mulf %v4391, %v3089 fastmath<contract> : f32
                  %v4393 = arith.addf %v4390, %v4392 fastmath<contract> : f32
                  %v4394 = llvm.load %v308 : !llvm.ptr -> f32
                  %v4395 = arith.mulf %v4394, %v3073 fastmath<contract> : f32
                  %v4396 = arith.addf %v4395, %v4393 fastmath<contract> : f32
                  %v4397 = arith.mulf %v3148, %v4391 fastmath<contract> : f32
                  %v4398 = arith.mulf %v4394, %v3116 fastmath<contract> : f32
                  %v4399 = arith.addf %v4398, %v4397 fastmath<contract> : f32
                  %v4400 = arith.mulf %v3149, %v4391 fastmath<contract> : f32
                  %v4401 = arith.mulf %v4394, %v3117 fastmath<contract> : f32
                  %v4402 = arith.addf %v4401, %v4400 fastmath<contract> : f32
                  %v4403 = arith.constant 12 : i64
                  %v4404 = arith.muli %v4403, %v3 : i64
                  %v4405 = llvm.getelementptr %in_C_im[%v4404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4406 = llvm.load %v4405 : !llvm.ptr -> f32
                  %v4407 = arith.mulf %v4406, %v3884 fastmath<contract> : f32
                  %v4408 = arith.constant 1 : i64
                  %v4409 = arith.muli %v4408, %v1112 : i64
                  %v4410 = arith.constant 12 : i64
                  %v4411 = arith.muli %v4410, %v3 : i64
                  %v4412 = arith.addi %v4409, %v4411 : i64
                  %v4413 = llvm.getelementptr %in_C_im[%v4412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4414 = llvm.load %v4413 : !llvm.ptr -> f32
                  %v4415 = arith.mulf %v4414, %v3890 fastmath<contract> : f32
                  %v4416 = arith.addf %v4407, %v4415 fastmath<contract> : f32
                  %v4417 = arith.constant 2 : i64
                  %v4418 = arith.muli %v4417, %v1112 : i64
                  %v4419 = arith.constant 12 : i64
                  %v4420 = arith.muli %v4419, %v3 : i64
                  %v4421 = arith.addi %v4418, %v4420 : i64
                  %v4422 = llvm.getelementptr %in_C_im[%v4421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4423 = llvm.load %v4422 : !llvm.ptr -> f32
                  %v4424 = arith.mulf %v4423, %v3897 fastmath<contract> : f32
                  %v4425 = arith.addf %v4416, %v4424 fastmath<contract> : f32
                  %v4426 = arith.constant 3 : i64
                  %v4427 = arith.muli %v4426, %v1112 : i64
                  %v4428 = arith.constant 12 : i64
                  %v4429 = arith.muli %v4428, %v3 : i64
                  %v4430 = arith.addi %v4427, %v4429 : i64
                  %v4431 = llvm.getelementptr %in_C_im[%v4430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4432 = llvm.load %v4431 : !llvm.ptr -> f32
                  %v4433 = arith.mulf %v4432, %v3904 fastmath<contract> : f32
                  %v4434 = arith.addf %v4425, %v4433 fastmath<contract> : f32
                  %v4435 = llvm.load %v247 : !llvm.ptr -> f32
                  %v4436 = arith.mulf %v4435, %v3090 fastmath<contract> : f32
                  %v4437 = arith.addf %v4434, %v4436 fastmath<contract> : f32
                  %v4438 = llvm.load %v310 : !llvm.ptr -> f32
                  %v4439 = arith.mulf %v4438, %v3074 fastmath<contract> : f32
                  %v4440 = arith.addf %v4439, %v4437 fastmath<contract> : f32
                  %v4441 = arith.mulf %v3150, %v4435 fastmath<contract> : f32
                  %v4442 = arith.mulf %v4438, %v3118 fastmath<contract> : f32
                  %v4443 = arith.addf %v4442, %v4441 fastmath<contract> : f32
                  %v4444 = arith.mulf %v3151, %v4435 fastmath<contract> : f32
                  %v4445 = arith.mulf %v4438, %v3119 fastmath<contract> : f32
                  %v4446 = arith.addf %v4445, %v4444 fastmath<contract> : f32
                  %v4447 = arith.constant 13 : i64
                  %v4448 = arith.muli %v4447, %v3 : i64
                  %v4449 = llvm.getelementptr %in_C_im[%v4448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4450 = llvm.load %v4449 : !llvm.ptr -> f32
                  %v4451 = arith.mulf %v4450, %v3884 fastmath<contract> : f32
                  %v4452 = arith.constant 1 : i64
                  %v4453 = arith.muli %v4452, %v1112 : i64
                  %v4454 = arith.constant 13 : i64
                  %v4455 = arith.muli %v4454, %v3 : i64
                  %v4456 = arith.addi %v4453, %v4455 : i64
                  %v4457 = llvm.getelementptr %in_C_im[%v4456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4458 = llvm.load %v4457 : !llvm.ptr -> f32
                  %v4459 = arith.mulf %v4458, %v3890 fastmath<contract> : f32
                  %v4460 = arith.addf %v4451, %v4459 fastmath<contract> : f32
                  %v4461 = arith.constant 2 : i64
                  %v4462 = arith.muli %v4461, %v1112 : i64
                  %v4463 = arith.constant 13 : i64
                  %v4464 = arith.muli %v4463, %v3 : i64
                  %v4465 = arith.addi %v4462, %v4464 : i64
                  %v4466 = llvm.getelementptr %in_C_im[%v4465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4467 = llvm.load %v4466 : !llvm.ptr -> f32
                  %v4468 = arith.mulf %v4467, %v3897 fastmath<contract> : f32
                  %v4469 = arith.addf %v4460, %v4468 fastmath<contract> : f32
                  %v4470 = arith.constant 3 : i64
                  %v4471 = arith.muli %v4470, %v1112 : i64
                  %v4472 = arith.constant 13 : i64
                  %v4473 = arith.muli %v4472, %v3 : i64
                  %v4474 = arith.addi %v4471, %v4473 : i64
                  %v4475 = llvm.getelementptr %in_C_im[%v4474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4476 = llvm.load %v4475 : !llvm.ptr -> f32
                  %v4477 = arith.mulf %v4476, %v3904 fastmath<contract> : f32
                  %v4478 = arith.addf %v4469, %v4477 fastmath<contract> : f32
                  %v4479 = llvm.load %v249 : !llvm.ptr -> f32
                  %v4480 = arith.mulf %v4479, %v3091 fastmath<contract> : f32
                  %v4481 = arith.addf %v4478, %v4480 fastmath<contract> : f32
                  %v4482 = llvm.load %v312 : !llvm.ptr -> f32
                  %v4483 = arith.mulf %v4482, %v3075 fastmath<contract> : f32
                  %v4484 = arith.addf %v4483, %v4481 fastmath<contract> : f32
                  %v4485 = arith.mulf %v3152, %v4479 fastmath<contract> : f32
                  %v4486 = arith.mulf %v4482, %v3120 fastmath<contract> : f32
                  %v4487 = arith.addf %v4486, %v4485 fastmath<contract> : f32
                  %v4488 = arith.mulf %v3153, %v4479 fastmath<contract> : f32
                  %v4489 = arith.mulf %v4482, %v3121 fastmath<contract> : f32
                  %v4490 = arith.addf %v4489, %v4488 fastmath<contract> : f32
                  %v4491 = arith.constant 14 : i64
                  %v4492 = arith.muli %v4491, %v3 : i64
                  %v4493 = llvm.getelementptr %in_C_im[%v4492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4494 = llvm.load %v4493 : !llvm.ptr -> f32
                  %v4495 = arith.mulf %v4494, %v3884 fastmath<contract> : f32
                  %v4496 = arith.constant 1 : i64
                  %v4497 = arith.muli %v4496, %v1112 : i64
                  %v4498 = arith.constant 14 : i64
                  %v4499 = arith.muli %v4498, %v3 : i64
                  %v4500 = arith.addi %v4497, %v4499 : i64
                  %v4501 = llvm.getelementptr %in_C_im[%v4500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4502 = llvm.load %v4501 : !llvm.ptr -> f32
                  %v4503 = arith.mulf %v4502, %v3890 fastmath<contract> : f32
                  %v4504 = arith.addf %v4495, %v4503 fastmath<contract> : f32
                  %v4505 = arith.constant 2 : i64
                  %v4506 = arith.muli %v4505, %v1112 : i64
                  %v4507 = arith.constant 14 : i64
                  %v4508 = arith.muli %v4507, %v3 : i64
                  %v4509 = arith.addi %v4506, %v4508 : i64
                  %v4510 = llvm.getelementptr %in_C_im[%v4509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4511 = llvm.load %v4510 : !llvm.ptr -> f32
                  %v4512 = arith.mulf %v4511, %v3897 fastmath<contract> : f32
                  %v4513 = arith.addf %v4504, %v4512 fastmath<contract> : f32
                  %v4514 = arith.constant 3 : i64
                  %v4515 = arith.muli %v4514, %v1112 : i64
                  %v4516 = arith.constant 14 : i64
                  %v4517 = arith.muli %v4516, %v3 : i64
                  %v4518 = arith.addi %v4515, %v4517 : i64
                  %v4519 = llvm.getelementptr %in_C_im[%v4518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4520 = llvm.load %v4519 : !llvm.ptr -> f32
                  %v4521 = arith.mulf %v4520, %v3904 fastmath<contract> : f32
                  %v4522 = arith.addf %v4513, %v4521 fastmath<contract> : f32
                  %v4523 = llvm.load %v251 : !llvm.ptr -> f32
                  %v4524 = arith.mulf %v4523, %v3092 fastmath<contract> : f32
                  %v4525 = arith.addf %v4522, %v4524 fastmath<contract> : f32
                  %v4526 = llvm.load %v314 : !llvm.ptr -> f32
                  %v4527 = arith.mulf %v4526, %v3076 fastmath<contract> : f32
                  %v4528 = arith.addf %v4527, %v4525 fastmath<contract> : f32
                  %v4529 = arith.mulf %v3154, %v4523 fastmath<contract> : f32
                  %v4530 = arith.mulf %v4526, %v3122 fastmath<contract> : f32
                  %v4531 = arith.addf %v4530, %v4529 fastmath<contract> : f32
                  %v4532 = arith.mulf %v3155, %v4523 fastmath<contract> : f32
                  %v4533 = arith.mulf %v4526, %v3123 fastmath<contract> : f32
                  %v4534 = arith.addf %v4533, %v4532 fastmath<contract> : f32
                  %v4535 = arith.constant 15 : i64
                  %v4536 = arith.muli %v4535, %v3 : i64
                  %v4537 = llvm.getelementptr %in_C_im[%v4536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4538 = llvm.load %v4537 : !llvm.ptr -> f32
                  %v4539 = arith.mulf %v4538, %v3884 fastmath<contract> : f32
                  %v4540 = arith.constant 1 : i64
                  %v4541 = arith.muli %v4540, %v1112 : i64
                  %v4542 = arith.constant 15 : i64
                  %v4543 = arith.muli %v4542, %v3 : i64
                  %v4544 = arith.addi %v4541, %v4543 : i64
                  %v4545 = llvm.getelementptr %in_C_im[%v4544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4546 = llvm.load %v4545 : !llvm.ptr -> f32
                  %v4547 = arith.mulf %v4546, %v3890 fastmath<contract> : f32
                  %v4548 = arith.addf %v4539, %v4547 fastmath<contract> : f32
                  %v4549 = arith.constant 2 : i64
                  %v4550 = arith.muli %v4549, %v1112 : i64
                  %v4551 = arith.constant 15 : i64
                  %v4552 = arith.muli %v4551, %v3 : i64
                  %v4553 = arith.addi %v4550, %v4552 : i64
                  %v4554 = llvm.getelementptr %in_C_im[%v4553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4555 = llvm.load %v4554 : !llvm.ptr -> f32
                  %v4556 = arith.mulf %v4555, %v3897 fastmath<contract> : f32
                  %v4557 = arith.addf %v4548, %v4556 fastmath<contract> : f32
                  %v4558 = arith.constant 3 : i64
                  %v4559 = arith.muli %v4558, %v1112 : i64
                  %v4560 = arith.constant 15 : i64
                  %v4561 = arith.muli %v4560, %v3 : i64
                  %v4562 = arith.addi %v4559, %v4561 : i64
                  %v4563 = llvm.getelementptr %in_C_im[%v4562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4564 = llvm.load %v4563 : !llvm.ptr -> f32
                  %v4565 = arith.mulf %v4564, %v3904 fastmath<contract> : f32
                  %v4566 = arith.addf %v4557, %v4565 fastmath<contract> : f32
                  %v4567 = llvm.load %v252 : !llvm.ptr -> f32
                  %v4568 = arith.mulf %v4567, %v3093 fastmath<contract> : f32
                  %v4569 = arith.addf %v4566, %v4568 fastmath<contract> : f32
                  %v4570 = llvm.load %v316 : !llvm.ptr -> f32
                  %v4571 = arith.mulf %v4570, %v3077 fastmath<contract> : f32
                  %v4572 = arith.addf %v4571, %v4569 fastmath<contract> : f32
                  %v4573 = arith.mulf %v3156, %v4567 fastmath<contract> : f32
                  %v4574 = arith.mulf %v4570, %v3124 fastmath<contract> : f32
                  %v4575 = arith.addf %v4574, %v4573 fastmath<contract> : f32
                  %v4576 = arith.mulf %v3157, %v4567 fastmath<contract> : f32
                  %v4577 = arith.mulf %v4570, %v3125 fastmath<contract> : f32
                  %v4578 = arith.addf %v4577, %v4576 fastmath<contract> : f32
                  llvm.store %v3214, %v130 : f32, !llvm.ptr
                  llvm.store %v3217, %v901 : f32, !llvm.ptr
                  llvm.store %v3220, %v902 : f32, !llvm.ptr
                  llvm.store %v3258, %v131 : f32, !llvm.ptr
                  llvm.store %v3261, %v903 : f32, !llvm.ptr
                  llvm.store %v3264, %v904 : f32, !llvm.ptr
                  llvm.store %v3302, %v133 : f32, !llvm.ptr
                  llvm.store %v3305, %v905 : f32, !llvm.ptr
                  llvm.store %v3308, %v906 : f32, !llvm.ptr
                  llvm.store %v3346, %v135 : f32, !llvm.ptr
                  llvm.store %v3349, %v907 : f32, !llvm.ptr
                  llvm.store %v3352, %v908 : f32, !llvm.ptr
                  llvm.store %v3390, %v136 : f32, !llvm.ptr
                  llvm.store %v3393, %v909 : f32, !llvm.ptr
                  llvm.store %v3396, %v910 : f32, !llvm.ptr
                  llvm.store %v3434, %v138 : f32, !llvm.ptr
                  llvm.store %v3437, %v911 : f32, !llvm.ptr
                  llvm.store %v3440, %v912 : f32, !llvm.ptr
                  llvm.store %v3478, %v140 : f32, !llvm.ptr
                  llvm.store %v3481, %v913 : f32, !llvm.ptr
                  llvm.store %v3484, %v914 : f32, !llvm.ptr
                  llvm.store %v3522, %v142 : f32, !llvm.ptr
                  llvm.store %v3525, %v915 : f32, !llvm.ptr
                  llvm.store %v3528, %v916 : f32, !llvm.ptr
                  llvm.store %v3566, %v144 : f32, !llvm.ptr
                  llvm.store %v3569, %v917 : f32, !llvm.ptr
                  llvm.store %v3572, %v918 : f32, !llvm.ptr
                  llvm.store %v3610, %v146 : f32, !llvm.ptr
                  llvm.store %v3613, %v919 : f32, !llvm.ptr
                  llvm.store %v3616, %v920 : f32, !llvm.ptr
                  llvm.store %v3654, %v148 : f32, !llvm.ptr
                  llvm.store %v3657, %v921 : f32, !llvm.ptr
                  llvm.store %v3660, %v922 : f32, !llvm.ptr
                  llvm.store %v3698, %v150 : f32, !llvm.ptr
                  llvm.store %v3701, %v923 : f32, !llvm.ptr
                  llvm.store %v3704, %v924 : f32, !llvm.ptr
                  llvm.store %v3742, %v152 : f32, !llvm.ptr
                  llvm.store %v3745, %v925 : f32, !llvm.ptr
                  llvm.store %v3748, %v926 : f32, !llvm.ptr
                  llvm.store %v3786, %v154 : f32, !llvm.ptr
                  llvm.store %v3789, %v927 : f32, !llvm.ptr
                  llvm.store %v3792, %v928 : f32, !llvm.ptr
                  llvm.store %v3830, %v156 : f32, !llvm.ptr
                  llvm.store %v3833, %v929 : f32, !llvm.ptr
                  llvm.store %v3836, %v930 : f32, !llvm.ptr
                  llvm.store %v3874, %v158 : f32, !llvm.ptr
                  llvm.store %v3877, %v931 : f32, !llvm.ptr
                  llvm.store %v3880, %v932 : f32, !llvm.ptr
                  llvm.store %v3912, %v159 : f32, !llvm.ptr
                  llvm.store %v3915, %v933 : f32, !llvm.ptr
                  llvm.store %v3918, %v934 : f32, !llvm.ptr
                  llvm.store %v3956, %v161 : f32, !llvm.ptr
                  llvm.store %v3959, %v935 : f32, !llvm.ptr
                  llvm.store %v3962, %v936 : f32, !llvm.ptr
                  llvm.store %v4000, %v163 : f32, !llvm.ptr
                  llvm.store %v4003, %v937 : f32, !llvm.ptr
                  llvm.store %v4006, %v938 : f32, !llvm.ptr
                  llvm.store %v4044, %v165 : f32, !llvm.ptr
                  llvm.store %v4047, %v939 : f32, !llvm.ptr
                  llvm.store %v4050, %v940 : f32, !llvm.ptr
                  llvm.store %v4088, %v167 : f32, !llvm.ptr
                  llvm.store %v4091, %v941 : f32, !llvm.ptr
                  llvm.store %v4094, %v942 : f32, !llvm.ptr
                  llvm.store %v4132, %v169 : f32, !llvm.ptr
                  llvm.store %v4135, %v943 : f32, !llvm.ptr
                  llvm.store %v4138, %v944 : f32, !llvm.ptr
                  llvm.store %v4176, %v171 : f32, !llvm.ptr
                  llvm.store %v4179, %v945 : f32, !llvm.ptr
                  llvm.store %v4182, %v946 : f32, !llvm.ptr
                  llvm.store %v4220, %v173 : f32, !llvm.ptr
                  llvm.store %v4223, %v947 : f32, !llvm.ptr
                  llvm.store %v4226, %v948 : f32, !llvm.ptr
                  llvm.store %v4264, %v175 : f32, !llvm.ptr
                  llvm.store %v4267, %v949 : f32, !llvm.ptr
                  llvm.store %v4270, %v950 : f32, !llvm.ptr
                  llvm.store %v4308, %v177 : f32, !llvm.ptr
                  llvm.store %v4311, %v951 : f32, !llvm.ptr
                  llvm.store %v4314, %v952 : f32, !llvm.ptr
                  llvm.store %v4352, %v179 : f32, !llvm.ptr
                  llvm.store %v4355, %v953 : f32, !llvm.ptr
                  llvm.store %v4358, %v954 : f32, !llvm.ptr
                  llvm.store %v4396, %v181 : f32, !llvm.ptr
                  llvm.store %v4399, %v955 : f32, !llvm.ptr
                  llvm.store %v4402, %v956 : f32, !llvm.ptr
                  llvm.store %v4440, %v183 : f32, !llvm.ptr
                  llvm.store %v4443, %v957 : f32, !llvm.ptr
                  llvm.store %v4446, %v958 : f32, !llvm.ptr
                  llvm.store %v4484, %v185 : f32, !llvm.ptr
                  llvm.store %v4487, %v959 : f32, !llvm.ptr
                  llvm.store %v4490, %v960 : f32, !llvm.ptr
                  llvm.store %v4528, %v187 : f32, !llvm.ptr
                  llvm.store %v4531, %v961 : f32, !llvm.ptr
                  llvm.store %v4534, %v962 : f32, !llvm.ptr
                  llvm.store %v4572, %v189 : f32, !llvm.ptr
                  llvm.store %v4575, %v963 : f32, !llvm.ptr
                  llvm.store %v4578, %v964 : f32, !llvm.ptr
                  scf.if %v3060 {
                  }
                  %v4579 = arith.constant 0 : i64
                  %v4580 = llvm.getelementptr %in_nu_log[%v4579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4581 = llvm.load %v4580 : !llvm.ptr -> f32
                  %v4582 = arith.mulf %v4581, %v2539 fastmath<contract> : f32
                  %v4583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4582) : (f32) -> f32
                  %v4584 = arith.negf %v4583 : f32
                  %v4585 = arith.mulf %v4584, %v2539 fastmath<contract> : f32
                  %v4586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4585) : (f32) -> f32
                  %v4587 = arith.constant 0 : i64
                  %v4588 = llvm.getelementptr %in_theta_log[%v4587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4589 = llvm.load %v4588 : !llvm.ptr -> f32
                  %v4590 = arith.mulf %v4589, %v2539 fastmath<contract> : f32
                  %v4591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4590) : (f32) -> f32
                  %v4592 = arith.mulf %v4591, %v2550 fastmath<contract> : f32
                  %v4593 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4592) : (f32) -> f32
                  %v4594 = arith.mulf %v4593, %v2553 fastmath<contract> : f32
                  %v4595 = arith.subf %v4591, %v4594 fastmath<contract> : f32
                  %v4596 = arith.mulf %v4593, %v2554 fastmath<contract> : f32
                  %v4597 = arith.subf %v4595, %v4596 fastmath<contract> : f32
                  %v4598 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4597) : (f32) -> f32
                  %v4599 = arith.mulf %v4586, %v4598 fastmath<contract> : f32
                  llvm.store %v4599, %v191 : f32, !llvm.ptr
                  %v4600 = arith.mulf %v4591, %v2550 fastmath<contract> : f32
                  %v4601 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4600) : (f32) -> f32
                  %v4602 = arith.mulf %v4601, %v2553 fastmath<contract> : f32
                  %v4603 = arith.subf %v4591, %v4602 fastmath<contract> : f32
                  %v4604 = arith.mulf %v4601, %v2554 fastmath<contract> : f32
                  %v4605 = arith.subf %v4603, %v4604 fastmath<contract> : f32
                  %v4606 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4605) : (f32) -> f32
                  %v4607 = arith.mulf %v4586, %v4606 fastmath<contract> : f32
                  llvm.store %v4607, %v254 : f32, !llvm.ptr
                  %v4608 = arith.constant 1 : i64
                  %v4609 = arith.muli %v4608, %v3 : i64
                  %v4610 = llvm.getelementptr %in_nu_log[%v4609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4611 = llvm.load %v4610 : !llvm.ptr -> f32
                  %v4612 = arith.mulf %v4611, %v2539 fastmath<contract> : f32
                  %v4613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4612) : (f32) -> f32
                  %v4614 = arith.negf %v4613 : f32
                  %v4615 = arith.mulf %v4614, %v2539 fastmath<contract> : f32
                  %v4616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4615) : (f32) -> f32
                  %v4617 = arith.constant 1 : i64
                  %v4618 = arith.muli %v4617, %v3 : i64
                  %v4619 = llvm.getelementptr %in_theta_log[%v4618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4620 = llvm.load %v4619 : !llvm.ptr -> f32
                  %v4621 = arith.mulf %v4620, %v2539 fastmath<contract> : f32
                  %v4622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4621) : (f32) -> f32
                  %v4623 = arith.mulf %v4622, %v2550 fastmath<contract> : f32
                  %v4624 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4623) : (f32) -> f32
                  %v4625 = arith.mulf %v4624, %v2553 fastmath<contract> : f32
                  %v4626 = arith.subf %v4622, %v4625 fastmath<contract> : f32
                  %v4627 = arith.mulf %v4624, %v2554 fastmath<contract> : f32
                  %v4628 = arith.subf %v4626, %v4627 fastmath<contract> : f32
                  %v4629 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4628) : (f32) -> f32
                  %v4630 = arith.mulf %v4616, %v4629 fastmath<contract> : f32
                  llvm.store %v4630, %v193 : f32, !llvm.ptr
                  %v4631 = arith.mulf %v4622, %v2550 fastmath<contract> : f32
                  %v4632 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4631) : (f32) -> f32
                  %v4633 = arith.mulf %v4632, %v2553 fastmath<contract> : f32
                  %v4634 = arith.subf %v4622, %v4633 fastmath<contract> : f32
                  %v4635 = arith.mulf %v4632, %v2554 fastmath<contract> : f32
                  %v4636 = arith.subf %v4634, %v4635 fastmath<contract> : f32
                  %v4637 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4636) : (f32) -> f32
                  %v4638 = arith.mulf %v4616, %v4637 fastmath<contract> : f32
                  llvm.store %v4638, %v256 : f32, !llvm.ptr
                  %v4639 = arith.constant 2 : i64
                  %v4640 = arith.muli %v4639, %v3 : i64
                  %v4641 = llvm.getelementptr %in_nu_log[%v4640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4642 = llvm.load %v4641 : !llvm.ptr -> f32
                  %v4643 = arith.mulf %v4642, %v2539 fastmath<contract> : f32
                  %v4644 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4643) : (f32) -> f32
                  %v4645 = arith.negf %v4644 : f32
                  %v4646 = arith.mulf %v4645, %v2539 fastmath<contract> : f32
                  %v4647 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4646) : (f32) -> f32
                  %v4648 = arith.constant 2 : i64
                  %v4649 = arith.muli %v4648, %v3 : i64
                  %v4650 = llvm.getelementptr %in_theta_log[%v4649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4651 = llvm.load %v4650 : !llvm.ptr -> f32
                  %v4652 = arith.mulf %v4651, %v2539 fastmath<contract> : f32
                  %v4653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4652) : (f32) -> f32
                  %v4654 = arith.mulf %v4653, %v2550 fastmath<contract> : f32
                  %v4655 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4654) : (f32) -> f32
                  %v4656 = arith.mulf %v4655, %v2553 fastmath<contract> : f32
                  %v4657 = arith.subf %v4653, %v4656 fastmath<contract> : f32
                  %v4658 = arith.mulf %v4655, %v2554 fastmath<contract> : f32
                  %v4659 = arith.subf %v4657, %v4658 fastmath<contract> : f32
                  %v4660 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4659) : (f32) -> f32
                  %v4661 = arith.mulf %v4647, %v4660 fastmath<contract> : f32
                  llvm.store %v4661, %v195 : f32, !llvm.ptr
                  %v4662 = arith.mulf %v4653, %v2550 fastmath<contract> : f32
                  %v4663 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4662) : (f32) -> f32
                  %v4664 = arith.mulf %v4663, %v2553 fastmath<contract> : f32
                  %v4665 = arith.subf %v4653, %v4664 fastmath<contract> : f32
                  %v4666 = arith.mulf %v4663, %v2554 fastmath<contract> : f32
                  %v4667 = arith.subf %v4665, %v4666 fastmath<contract> : f32
                  %v4668 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4667) : (f32) -> f32
                  %v4669 = arith.mulf %v4647, %v4668 fastmath<contract> : f32
                  llvm.store %v4669, %v258 : f32, !llvm.ptr
                  %v4670 = arith.constant 3 : i64
                  %v4671 = arith.muli %v4670, %v3 : i64
                  %v4672 = llvm.getelementptr %in_nu_log[%v4671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4673 = llvm.load %v4672 : !llvm.ptr -> f32
                  %v4674 = arith.mulf %v4673, %v2539 fastmath<contract> : f32
                  %v4675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4674) : (f32) -> f32
                  %v4676 = arith.negf %v4675 : f32
                  %v4677 = arith.mulf %v4676, %v2539 fastmath<contract> : f32
                  %v4678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4677) : (f32) -> f32
                  %v4679 = arith.constant 3 : i64
                  %v4680 = arith.muli %v4679, %v3 : i64
                  %v4681 = llvm.getelementptr %in_theta_log[%v4680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4682 = llvm.load %v4681 : !llvm.ptr -> f32
                  %v4683 = arith.mulf %v4682, %v2539 fastmath<contract> : f32
                  %v4684 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4683) : (f32) -> f32
                  %v4685 = arith.mulf %v4684, %v2550 fastmath<contract> : f32
                  %v4686 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4685) : (f32) -> f32
                  %v4687 = arith.mulf %v4686, %v2553 fastmath<contract> : f32
                  %v4688 = arith.subf %v4684, %v4687 fastmath<contract> : f32
                  %v4689 = arith.mulf %v4686, %v2554 fastmath<contract> : f32
                  %v4690 = arith.subf %v4688, %v4689 fastmath<contract> : f32
                  %v4691 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4690) : (f32) -> f32
                  %v4692 = arith.mulf %v4678, %v4691 fastmath<contract> : f32
                  llvm.store %v4692, %v197 : f32, !llvm.ptr
                  %v4693 = arith.mulf %v4684, %v2550 fastmath<contract> : f32
                  %v4694 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4693) : (f32) -> f32
                  %v4695 = arith.mulf %v4694, %v2553 fastmath<contract> : f32
                  %v4696 = arith.subf %v4684, %v4695 fastmath<contract> : f32
                  %v4697 = arith.mulf %v4694, %v2554 fastmath<contract> : f32
                  %v4698 = arith.subf %v4696, %v4697 fastmath<contract> : f32
                  %v4699 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4698) : (f32) -> f32
                  %v4700 = arith.mulf %v4678, %v4699 fastmath<contract> : f32
                  llvm.store %v4700, %v260 : f32, !llvm.ptr
                  %v4701 = arith.constant 4 : i64
                  %v4702 = arith.muli %v4701, %v3 : i64
                  %v4703 = llvm.getelementptr %in_nu_log[%v4702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4704 = llvm.load %v4703 : !llvm.ptr -> f32
                  %v4705 = arith.mulf %v4704, %v2539 fastmath<contract> : f32
                  %v4706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4705) : (f32) -> f32
                  %v4707 = arith.negf %v4706 : f32
                  %v4708 = arith.mulf %v4707, %v2539 fastmath<contract> : f32
                  %v4709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4708) : (f32) -> f32
                  %v4710 = arith.constant 4 : i64
                  %v4711 = arith.muli %v4710, %v3 : i64
                  %v4712 = llvm.getelementptr %in_theta_log[%v4711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4713 = llvm.load %v4712 : !llvm.ptr -> f32
                  %v4714 = arith.mulf %v4713, %v2539 fastmath<contract> : f32
                  %v4715 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4714) : (f32) -> f32
                  %v4716 = arith.mulf %v4715, %v2550 fastmath<contract> : f32
                  %v4717 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4716) : (f32) -> f32
                  %v4718 = arith.mulf %v4717, %v2553 fastmath<contract> : f32
                  %v4719 = arith.subf %v4715, %v4718 fastmath<contract> : f32
                  %v4720 = arith.mulf %v4717, %v2554 fastmath<contract> : f32
                  %v4721 = arith.subf %v4719, %v4720 fastmath<contract> : f32
                  %v4722 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4721) : (f32) -> f32
                  %v4723 = arith.mulf %v4709, %v4722 fastmath<contract> : f32
                  llvm.store %v4723, %v199 : f32, !llvm.ptr
                  %v4724 = arith.mulf %v4715, %v2550 fastmath<contract> : f32
                  %v4725 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4724) : (f32) -> f32
                  %v4726 = arith.mulf %v4725, %v2553 fastmath<contract> : f32
                  %v4727 = arith.subf %v4715, %v4726 fastmath<contract> : f32
                  %v4728 = arith.mulf %v4725, %v2554 fastmath<contract> : f32
                  %v4729 = arith.subf %v4727, %v4728 fastmath<contract> : f32
                  %v4730 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4729) : (f32) -> f32
                  %v4731 = arith.mulf %v4709, %v4730 fastmath<contract> : f32
                  llvm.store %v4731, %v262 : f32, !llvm.ptr
                  %v4732 = arith.constant 5 : i64
                  %v4733 = arith.muli %v4732, %v3 : i64
                  %v4734 = llvm.getelementptr %in_nu_log[%v4733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4735 = llvm.load %v4734 : !llvm.ptr -> f32
                  %v4736 = arith.mulf %v4735, %v2539 fastmath<contract> : f32
                  %v4737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4736) : (f32) -> f32
                  %v4738 = arith.negf %v4737 : f32
                  %v4739 = arith.mulf %v4738, %v2539 fastmath<contract> : f32
                  %v4740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4739) : (f32) -> f32
                  %v4741 = arith.constant 5 : i64
                  %v4742 = arith.muli %v4741, %v3 : i64
                  %v4743 = llvm.getelementptr %in_theta_log[%v4742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4744 = llvm.load %v4743 : !llvm.ptr -> f32
                  %v4745 = arith.mulf %v4744, %v2539 fastmath<contract> : f32
                  %v4746 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4745) : (f32) -> f32
                  %v4747 = arith.mulf %v4746, %v2550 fastmath<contract> : f32
                  %v4748 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4747) : (f32) -> f32
                  %v4749 = arith.mulf %v4748, %v2553 fastmath<contract> : f32
                  %v4750 = arith.subf %v4746, %v4749 fastmath<contract> : f32
                  %v4751 = arith.mulf %v4748, %v2554 fastmath<contract> : f32
                  %v4752 = arith.subf %v4750, %v4751 fastmath<contract> : f32
                  %v4753 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4752) : (f32) -> f32
                  %v4754 = arith.mulf %v4740, %v4753 fastmath<contract> : f32
                  llvm.store %v4754, %v201 : f32, !llvm.ptr
                  %v4755 = arith.mulf %v4746, %v2550 fastmath<contract> : f32
                  %v4756 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4755) : (f32) -> f32
                  %v4757 = arith.mulf %v4756, %v2553 fastmath<contract> : f32
                  %v4758 = arith.subf %v4746, %v4757 fastmath<contract> : f32
                  %v4759 = arith.mulf %v4756, %v2554 fastmath<contract> : f32
                  %v4760 = arith.subf %v4758, %v4759 fastmath<contract> : f32
                  %v4761 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4760) : (f32) -> f32
                  %v4762 = arith.mulf %v4740, %v4761 fastmath<contract> : f32
                  llvm.store %v4762, %v264 : f32, !llvm.ptr
                  %v4763 = arith.constant 6 : i64
                  %v4764 = arith.muli %v4763, %v3 : i64
                  %v4765 = llvm.getelementptr %in_nu_log[%v4764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4766 = llvm.load %v4765 : !llvm.ptr -> f32
                  %v4767 = arith.mulf %v4766, %v2539 fastmath<contract> : f32
                  %v4768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4767) : (f32) -> f32
                  %v4769 = arith.negf %v4768 : f32
                  %v4770 = arith.mulf %v4769, %v2539 fastmath<contract> : f32
                  %v4771 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4770) : (f32) -> f32
                  %v4772 = arith.constant 6 : i64
                  %v4773 = arith.muli %v4772, %v3 : i64
                  %v4774 = llvm.getelementptr %in_theta_log[%v4773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4775 = llvm.load %v4774 : !llvm.ptr -> f32
                  %v4776 = arith.mulf %v4775, %v2539 fastmath<contract> : f32
                  %v4777 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4776) : (f32) -> f32
                  %v4778 = arith.mulf %v4777, %v2550 fastmath<contract> : f32
                  %v4779 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4778) : (f32) -> f32
                  %v4780 = arith.mulf %v4779, %v2553 fastmath<contract> : f32
                  %v4781 = arith.subf %v4777, %v4780 fastmath<contract> : f32
                  %v4782 = arith.mulf %v4779, %v2554 fastmath<contract> : f32
                  %v4783 = arith.subf %v4781, %v4782 fastmath<contract> : f32
                  %v4784 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4783) : (f32) -> f32
                  %v4785 = arith.mulf %v4771, %v4784 fastmath<contract> : f32
                  llvm.store %v4785, %v203 : f32, !llvm.ptr
                  %v4786 = arith.mulf %v4777, %v2550 fastmath<contract> : f32
                  %v4787 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4786) : (f32) -> f32
                  %v4788 = arith.mulf %v4787, %v2553 fastmath<contract> : f32
                  %v4789 = arith.subf %v4777, %v4788 fastmath<contract> : f32
                  %v4790 = arith.mulf %v4787, %v2554 fastmath<contract> : f32
                  %v4791 = arith.subf %v4789, %v4790 fastmath<contract> : f32
                  %v4792 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4791) : (f32) -> f32
                  %v4793 = arith.mulf %v4771, %v4792 fastmath<contract> : f32
                  llvm.store %v4793, %v266 : f32, !llvm.ptr
                  %v4794 = arith.constant 7 : i64
                  %v4795 = arith.muli %v4794, %v3 : i64
                  %v4796 = llvm.getelementptr %in_nu_log[%v4795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4797 = llvm.load %v4796 : !llvm.ptr -> f32
                  %v4798 = arith.mulf %v4797, %v2539 fastmath<contract> : f32
                  %v4799 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4798) : (f32) -> f32
                  %v4800 = arith.negf %v4799 : f32
                  %v4801 = arith.mulf %v4800, %v2539 fastmath<contract> : f32
                  %v4802 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4801) : (f32) -> f32
                  %v4803 = arith.constant 7 : i64
                  %v4804 = arith.muli %v4803, %v3 : i64
                  %v4805 = llvm.getelementptr %in_theta_log[%v4804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4806 = llvm.load %v4805 : !llvm.ptr -> f32
                  %v4807 = arith.mulf %v4806, %v2539 fastmath<contract> : f32
                  %v4808 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4807) : (f32) -> f32
                  %v4809 = arith.mulf %v4808, %v2550 fastmath<contract> : f32
                  %v4810 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4809) : (f32) -> f32
                  %v4811 = arith.mulf %v4810, %v2553 fastmath<contract> : f32
                  %v4812 = arith.subf %v4808, %v4811 fastmath<contract> : f32
                  %v4813 = arith.mulf %v4810, %v2554 fastmath<contract> : f32
                  %v4814 = arith.subf %v4812, %v4813 fastmath<contract> : f32
                  %v4815 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4814) : (f32) -> f32
                  %v4816 = arith.mulf %v4802, %v4815 fastmath<contract> : f32
                  llvm.store %v4816, %v205 : f32, !llvm.ptr
                  %v4817 = arith.mulf %v4808, %v2550 fastmath<contract> : f32
                  %v4818 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4817) : (f32) -> f32
                  %v4819 = arith.mulf %v4818, %v2553 fastmath<contract> : f32
                  %v4820 = arith.subf %v4808, %v4819 fastmath<contract> : f32
                  %v4821 = arith.mulf %v4818, %v2554 fastmath<contract> : f32
                  %v4822 = arith.subf %v4820, %v4821 fastmath<contract> : f32
                  %v4823 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4822) : (f32) -> f32
                  %v4824 = arith.mulf %v4802, %v4823 fastmath<contract> : f32
                  llvm.store %v4824, %v268 : f32, !llvm.ptr
                  %v4825 = arith.constant 8 : i64
                  %v4826 = arith.muli %v4825, %v3 : i64
                  %v4827 = llvm.getelementptr %in_nu_log[%v4826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4828 = llvm.load %v4827 : !llvm.ptr -> f32
                  %v4829 = arith.mulf %v4828, %v2539 fastmath<contract> : f32
                  %v4830 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4829) : (f32) -> f32
                  %v4831 = arith.negf %v4830 : f32
                  %v4832 = arith.mulf %v4831, %v2539 fastmath<contract> : f32
                  %v4833 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4832) : (f32) -> f32
                  %v4834 = arith.constant 8 : i64
                  %v4835 = arith.muli %v4834, %v3 : i64
                  %v4836 = llvm.getelementptr %in_theta_log[%v4835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4837 = llvm.load %v4836 : !llvm.ptr -> f32
                  %v4838 = arith.mulf %v4837, %v2539 fastmath<contract> : f32
                  %v4839 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4838) : (f32) -> f32
                  %v4840 = arith.mulf %v4839, %v2550 fastmath<contract> : f32
                  %v4841 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4840) : (f32) -> f32
                  %v4842 = arith.mulf %v4841, %v2553 fastmath<contract> : f32
                  %v4843 = arith.subf %v4839, %v4842 fastmath<contract> : f32
                  %v4844 = arith.mulf %v4841, %v2554 fastmath<contract> : f32
                  %v4845 = arith.subf %v4843, %v4844 fastmath<contract> : f32
                  %v4846 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4845) : (f32) -> f32
                  %v4847 = arith.mulf %v4833, %v4846 fastmath<contract> : f32
                  llvm.store %v4847, %v207 : f32, !llvm.ptr
                  %v4848 = arith.mulf %v4839, %v2550 fastmath<contract> : f32
                  %v4849 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4848) : (f32) -> f32
                  %v4850 = arith.mulf %v4849, %v2553 fastmath<contract> : f32
                  %v4851 = arith.subf %v4839, %v4850 fastmath<contract> : f32
                  %v4852 = arith.mulf %v4849, %v2554 fastmath<contract> : f32
                  %v4853 = arith.subf %v4851, %v4852 fastmath<contract> : f32
                  %v4854 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4853) : (f32) -> f32
                  %v4855 = arith.mulf %v4833, %v4854 fastmath<contract> : f32
                  llvm.store %v4855, %v270 : f32, !llvm.ptr
                  %v4856 = arith.constant 9 : i64
                  %v4857 = arith.muli %v4856, %v3 : i64
                  %v4858 = llvm.getelementptr %in_nu_log[%v4857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4859 = llvm.load %v4858 : !llvm.ptr -> f32
                  %v4860 = arith.mulf %v4859, %v2539 fastmath<contract> : f32
                  %v4861 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4860) : (f32) -> f32
                  %v4862 = arith.negf %v4861 : f32
                  %v4863 = arith.mulf %v4862, %v2539 fastmath<contract> : f32
                  %v4864 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4863) : (f32) -> f32
                  %v4865 = arith.constant 9 : i64
                  %v4866 = arith.muli %v4865, %v3 : i64
                  %v4867 = llvm.getelementptr %in_theta_log[%v4866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4868 = llvm.load %v4867 : !llvm.ptr -> f32
                  %v4869 = arith.mulf %v4868, %v2539 fastmath<contract> : f32
                  %v4870 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4869) : (f32) -> f32
                  %v4871 = arith.mulf %v4870, %v2550 fastmath<contract> : f32
                  %v4872 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4871) : (f32) -> f32
                  %v4873 = arith.mulf %v4872, %v2553 fastmath<contract> : f32
                  %v4874 = arith.subf %v4870, %v4873 fastmath<contract> : f32
                  %v4875 = arith.mulf %v4872, %v2554 fastmath<contract> : f32
                  %v4876 = arith.subf %v4874, %v4875 fastmath<contract> : f32
                  %v4877 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4876) : (f32) -> f32
                  %v4878 = arith.mulf %v4864, %v4877 fastmath<contract> : f32
                  llvm.store %v4878, %v209 : f32, !llvm.ptr
                  %v4879 = arith.mulf %v4870, %v2550 fastmath<contract> : f32
                  %v4880 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4879) : (f32) -> f32
                  %v4881 = arith.mulf %v4880, %v2553 fastmath<contract> : f32
                  %v4882 = arith.subf %v4870, %v4881 fastmath<contract> : f32
                  %v4883 = arith.mulf %v4880, %v2554 fastmath<contract> : f32
                  %v4884 = arith.subf %v4882, %v4883 fastmath<contract> : f32
                  %v4885 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4884) : (f32) -> f32
                  %v4886 = arith.mulf %v4864, %v4885 fastmath<contract> : f32
                  llvm.store %v4886, %v272 : f32, !llvm.ptr
                  %v4887 = arith.constant 10 : i64
                  %v4888 = arith.muli %v4887, %v3 : i64
                  %v4889 = llvm.getelementptr %in_nu_log[%v4888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4890 = llvm.load %v4889 : !llvm.ptr -> f32
                  %v4891 = arith.mulf %v4890, %v2539 fastmath<contract> : f32
                  %v4892 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4891) : (f32) -> f32
                  %v4893 = arith.negf %v4892 : f32
                  %v4894 = arith.mulf %v4893, %v2539 fastmath<contract> : f32
                  %v4895 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4894) : (f32) -> f32
                  %v4896 = arith.constant 10 : i64
                  %v4897 = arith.muli %v4896, %v3 : i64
                  %v4898 = llvm.getelementptr %in_theta_log[%v4897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4899 = llvm.load %v4898 : !llvm.ptr -> f32
                  %v4900 = arith.mulf %v4899, %v2539 fastmath<contract> : f32
                  %v4901 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4900) : (f32) -> f32
                  %v4902 = arith.mulf %v4901, %v2550 fastmath<contract> : f32
                  %v4903 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4902) : (f32) -> f32
                  %v4904 = arith.mulf %v4903, %v2553 fastmath<contract> : f32
                  %v4905 = arith.subf %v4901, %v4904 fastmath<contract> : f32
                  %v4906 = arith.mulf %v4903, %v2554 fastmath<contract> : f32
                  %v4907 = arith.subf %v4905, %v4906 fastmath<contract> : f32
                  %v4908 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4907) : (f32) -> f32
                  %v4909 = arith.mulf %v4895, %v4908 fastmath<contract> : f32
                  llvm.store %v4909, %v211 : f32, !llvm.ptr
                  %v4910 = arith.mulf %v4901, %v2550 fastmath<contract> : f32
                  %v4911 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4910) : (f32) -> f32
                  %v4912 = arith.mulf %v4911, %v2553 fastmath<contract> : f32
                  %v4913 = arith.subf %v4901, %v4912 fastmath<contract> : f32
                  %v4914 = arith.mulf %v4911, %v2554 fastmath<contract> : f32
                  %v4915 = arith.subf %v4913, %v4914 fastmath<contract> : f32
                  %v4916 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4915) : (f32) -> f32
                  %v4917 = arith.mulf %v4895, %v4916 fastmath<contract> : f32
                  llvm.store %v4917, %v274 : f32, !llvm.ptr
                  %v4918 = arith.constant 11 : i64
                  %v4919 = arith.muli %v4918, %v3 : i64
                  %v4920 = llvm.getelementptr %in_nu_log[%v4919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4921 = llvm.load %v4920 : !llvm.ptr -> f32
                  %v4922 = arith.mulf %v4921, %v2539 fastmath<contract> : f32
                  %v4923 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4922) : (f32) -> f32
                  %v4924 = arith.negf %v4923 : f32
                  %v4925 = arith.mulf %v4924, %v2539 fastmath<contract> : f32
                  %v4926 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4925) : (f32) -> f32
                  %v4927 = arith.constant 11 : i64
                  %v4928 = arith.muli %v4927, %v3 : i64
                  %v4929 = llvm.getelementptr %in_theta_log[%v4928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4930 = llvm.load %v4929 : !llvm.ptr -> f32
                  %v4931 = arith.mulf %v4930, %v2539 fastmath<contract> : f32
                  %v4932 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4931) : (f32) -> f32
                  %v4933 = arith.mulf %v4932, %v2550 fastmath<contract> : f32
                  %v4934 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4933) : (f32) -> f32
                  %v4935 = arith.mulf %v4934, %v2553 fastmath<contract> : f32
                  %v4936 = arith.subf %v4932, %v4935 fastmath<contract> : f32
                  %v4937 = arith.mulf %v4934, %v2554 fastmath<contract> : f32
                  %v4938 = arith.subf %v4936, %v4937 fastmath<contract> : f32
                  %v4939 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4938) : (f32) -> f32
                  %v4940 = arith.mulf %v4926, %v4939 fastmath<contract> : f32
                  llvm.store %v4940, %v213 : f32, !llvm.ptr
                  %v4941 = arith.mulf %v4932, %v2550 fastmath<contract> : f32
                  %v4942 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4941) : (f32) -> f32
                  %v4943 = arith.mulf %v4942, %v2553 fastmath<contract> : f32
                  %v4944 = arith.subf %v4932, %v4943 fastmath<contract> : f32
                  %v4945 = arith.mulf %v4942, %v2554 fastmath<contract> : f32
                  %v4946 = arith.subf %v4944, %v4945 fastmath<contract> : f32
                  %v4947 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4946) : (f32) -> f32
                  %v4948 = arith.mulf %v4926, %v4947 fastmath<contract> : f32
                  llvm.store %v4948, %v276 : f32, !llvm.ptr
                  %v4949 = arith.constant 12 : i64
                  %v4950 = arith.muli %v4949, %v3 : i64
                  %v4951 = llvm.getelementptr %in_nu_log[%v4950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4952 = llvm.load %v4951 : !llvm.ptr -> f32
                  %v4953 = arith.mulf %v4952, %v2539 fastmath<contract> : f32
                  %v4954 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4953) : (f32) -> f32
                  %v4955 = arith.negf %v4954 : f32
                  %v4956 = arith.mulf %v4955, %v2539 fastmath<contract> : f32
                  %v4957 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4956) : (f32) -> f32
                  %v4958 = arith.constant 12 : i64
                  %v4959 = arith.muli %v4958, %v3 : i64
                  %v4960 = llvm.getelementptr %in_theta_log[%v4959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4961 = llvm.load %v4960 : !llvm.ptr -> f32
                  %v4962 = arith.mulf %v4961, %v2539 fastmath<contract> : f32
                  %v4963 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4962) : (f32) -> f32
                  %v4964 = arith.mulf %v4963, %v2550 fastmath<contract> : f32
                  %v4965 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4964) : (f32) -> f32
                  %v4966 = arith.mulf %v4965, %v2553 fastmath<contract> : f32
                  %v4967 = arith.subf %v4963, %v4966 fastmath<contract> : f32
                  %v4968 = arith.mulf %v4965, %v2554 fastmath<contract> : f32
                  %v4969 = arith.subf %v4967, %v4968 fastmath<contract> : f32
                  %v4970 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4969) : (f32) -> f32
                  %v4971 = arith.mulf %v4957, %v4970 fastmath<contract> : f32
                  llvm.store %v4971, %v215 : f32, !llvm.ptr
                  %v4972 = arith.mulf %v4963, %v2550 fastmath<contract> : f32
                  %v4973 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4972) : (f32) -> f32
                  %v4974 = arith.mulf %v4973, %v2553 fastmath<contract> : f32
                  %v4975 = arith.subf %v4963, %v4974 fastmath<contract> : f32
                  %v4976 = arith.mulf %v4973, %v2554 fastmath<contract> : f32
                  %v4977 = arith.subf %v4975, %v4976 fastmath<contract> : f32
                  %v4978 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4977) : (f32) -> f32
                  %v4979 = arith.mulf %v4957, %v4978 fastmath<contract> : f32
                  llvm.store %v4979, %v278 : f32, !llvm.ptr
                  %v4980 = arith.constant 13 : i64
                  %v4981 = arith.muli %v4980, %v3 : i64
                  %v4982 = llvm.getelementptr %in_nu_log[%v4981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4983 = llvm.load %v4982 : !llvm.ptr -> f32
                  %v4984 = arith.mulf %v4983, %v2539 fastmath<contract> : f32
                  %v4985 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4984) : (f32) -> f32
                  %v4986 = arith.negf %v4985 : f32
                  %v4987 = arith.mulf %v4986, %v2539 fastmath<contract> : f32
                  %v4988 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4987) : (f32) -> f32
                  %v4989 = arith.constant 13 : i64
                  %v4990 = arith.muli %v4989, %v3 : i64
                  %v4991 = llvm.getelementptr %in_theta_log[%v4990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4992 = llvm.load %v4991 : !llvm.ptr -> f32
                  %v4993 = arith.mulf %v4992, %v2539 fastmath<contract> : f32
                  %v4994 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4993) : (f32) -> f32
                  %v4995 = arith.mulf %v4994, %v2550 fastmath<contract> : f32
                  %v4996 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4995) : (f32) -> f32
                  %v4997 = arith.mulf %v4996, %v2553 fastmath<contract> : f32
                  %v4998 = arith.subf %v4994, %v4997 fastmath<contract> : f32
                  %v4999 = arith.mulf %v4996, %v2554 fastmath<contract> : f32
                  %v5000 = arith.subf %v4998, %v4999 fastmath<contract> : f32
                  %v5001 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5000) : (f32) -> f32
                  %v5002 = arith.mulf %v4988, %v5001 fastmath<contract> : f32
                  llvm.store %v5002, %v217 : f32, !llvm.ptr
                  %v5003 = arith.mulf %v4994, %v2550 fastmath<contract> : f32
                  %v5004 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5003) : (f32) -> f32
                  %v5005 = arith.mulf %v5004, %v2553 fastmath<contract> : f32
                  %v5006 = arith.subf %v4994, %v5005 fastmath<contract> : f32
                  %v5007 = arith.mulf %v5004, %v2554 fastmath<contract> : f32
                  %v5008 = arith.subf %v5006, %v5007 fastmath<contract> : f32
                  %v5009 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5008) : (f32) -> f32
                  %v5010 = arith.mulf %v4988, %v5009 fastmath<contract> : f32
                  llvm.store %v5010, %v280 : f32, !llvm.ptr
                  %v5011 = arith.constant 14 : i64
                  %v5012 = arith.muli %v5011, %v3 : i64
                  %v5013 = llvm.getelementptr %in_nu_log[%v5012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5014 = llvm.load %v5013 : !llvm.ptr -> f32
                  %v5015 = arith.mulf %v5014, %v2539 fastmath<contract> : f32
                  %v5016 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5015) : (f32) -> f32
                  %v5017 = arith.negf %v5016 : f32
                  %v5018 = arith.mulf %v5017, %v2539 fastmath<contract> : f32
                  %v5019 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5018) : (f32) -> f32
                  %v5020 = arith.constant 14 : i64
                  %v5021 = arith.muli %v5020, %v3 : i64
                  %v5022 = llvm.getelementptr %in_theta_log[%v5021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5023 = llvm.load %v5022 : !llvm.ptr -> f32
                  %v5024 = arith.mulf %v5023, %v2539 fastmath<contract> : f32
                  %v5025 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5024) : (f32) -> f32
                  %v5026 = arith.mulf %v5025, %v2550 fastmath<contract> : f32
                  %v5027 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5026) : (f32) -> f32
                  %v5028 = arith.mulf %v5027, %v2553 fastmath<contract> : f32
                  %v5029 = arith.subf %v5025, %v5028 fastmath<contract> : f32
                  %v5030 = arith.mulf %v5027, %v2554 fastmath<contract> : f32
                  %v5031 = arith.subf %v5029, %v5030 fastmath<contract> : f32
                  %v5032 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5031) : (f32) -> f32
                  %v5033 = arith.mulf %v5019, %v5032 fastmath<contract> : f32
                  llvm.store %v5033, %v219 : f32, !llvm.ptr
                  %v5034 = arith.mulf %v5025, %v2550 fastmath<contract> : f32
                  %v5035 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5034) : (f32) -> f32
                  %v5036 = arith.mulf %v5035, %v2553 fastmath<contract> : f32
                  %v5037 = arith.subf %v5025, %v5036 fastmath<contract> : f32
                  %v5038 = arith.mulf %v5035, %v2554 fastmath<contract> : f32
                  %v5039 = arith.subf %v5037, %v5038 fastmath<contract> : f32
                  %v5040 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5039) : (f32) -> f32
                  %v5041 = arith.mulf %v5019, %v5040 fastmath<contract> : f32
                  llvm.store %v5041, %v282 : f32, !llvm.ptr
                  %v5042 = arith.constant 15 : i64
                  %v5043 = arith.muli %v5042, %v3 : i64
                  %v5044 = llvm.getelementptr %in_nu_log[%v5043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5045 = llvm.load %v5044 : !llvm.ptr -> f32
                  %v5046 = arith.mulf %v5045, %v2539 fastmath<contract> : f32
                  %v5047 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5046) : (f32) -> f32
                  %v5048 = arith.negf %v5047 : f32
                  %v5049 = arith.mulf %v5048, %v2539 fastmath<contract> : f32
                  %v5050 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5049) : (f32) -> f32
                  %v5051 = arith.constant 15 : i64
                  %v5052 = arith.muli %v5051, %v3 : i64
                  %v5053 = llvm.getelementptr %in_theta_log[%v5052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5054 = llvm.load %v5053 : !llvm.ptr -> f32
                  %v5055 = arith.mulf %v5054, %v2539 fastmath<contract> : f32
                  %v5056 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5055) : (f32) -> f32
                  %v5057 = arith.mulf %v5056, %v2550 fastmath<contract> : f32
                  %v5058 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5057) : (f32) -> f32
                  %v5059 = arith.mulf %v5058, %v2553 fastmath<contract> : f32
                  %v5060 = arith.subf %v5056, %v5059 fastmath<contract> : f32
                  %v5061 = arith.mulf %v5058, %v2554 fastmath<contract> : f32
                  %v5062 = arith.subf %v5060, %v5061 fastmath<contract> : f32
                  %v5063 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5062) : (f32) -> f32
                  %v5064 = arith.mulf %v5050, %v5063 fastmath<contract> : f32
                  llvm.store %v5064, %v221 : f32, !llvm.ptr
                  %v5065 = arith.mulf %v5056, %v2550 fastmath<contract> : f32
                  %v5066 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5065) : (f32) -> f32
                  %v5067 = arith.mulf %v5066, %v2553 fastmath<contract> : f32
                  %v5068 = arith.subf %v5056, %v5067 fastmath<contract> : f32
                  %v5069 = arith.mulf %v5066, %v2554 fastmath<contract> : f32
                  %v5070 = arith.subf %v5068, %v5069 fastmath<contract> : f32
                  %v5071 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5070) : (f32) -> f32
                  %v5072 = arith.mulf %v5050, %v5071 fastmath<contract> : f32
                  llvm.store %v5072, %v284 : f32, !llvm.ptr
                  llvm.store %v4599, %v223 : f32, !llvm.ptr
                  %v5073 = arith.negf %v4607 : f32
                  llvm.store %v5073, %v286 : f32, !llvm.ptr
                  llvm.store %v4630, %v225 : f32, !llvm.ptr
                  %v5074 = arith.negf %v4638 : f32
                  llvm.store %v5074, %v288 : f32, !llvm.ptr
                  llvm.store %v4661, %v227 : f32, !llvm.ptr
                  %v5075 = arith.negf %v4669 : f32
                  llvm.store %v5075, %v290 : f32, !llvm.ptr
                  llvm.store %v4692, %v229 : f32, !llvm.ptr
                  %v5076 = arith.negf %v4700 : f32
                  llvm.store %v5076, %v292 : f32, !llvm.ptr
                  llvm.store %v4723, %v231 : f32, !llvm.ptr
                  %v5077 = arith.negf %v4731 : f32
                  llvm.store %v5077, %v294 : f32, !llvm.ptr
                  llvm.store %v4754, %v233 : f32, !llvm.ptr
                  %v5078 = arith.negf %v4762 : f32
                  llvm.store %v5078, %v296 : f32, !llvm.ptr
                  llvm.store %v4785, %v235 : f32, !llvm.ptr
                  %v5079 = arith.negf %v4793 : f32
                  llvm.store %v5079, %v298 : f32, !llvm.ptr
                  llvm.store %v4816, %v237 : f32, !llvm.ptr
                  %v5080 = arith.negf %v4824 : f32
                  llvm.store %v5080, %v300 : f32, !llvm.ptr
                  llvm.store %v4847, %v239 : f32, !llvm.ptr
                  %v5081 = arith.negf %v4855 : f32
                  llvm.store %v5081, %v302 : f32, !llvm.ptr
                  llvm.store %v4878, %v241 : f32, !llvm.ptr
                  %v5082 = arith.negf %v4886 : f32
                  llvm.store %v5082, %v304 : f32, !llvm.ptr
                  llvm.store %v4909, %v243 : f32, !llvm.ptr
                  %v5083 = arith.negf %v4917 : f32
                  llvm.store %v5083, %v306 : f32, !llvm.ptr
                  llvm.store %v4940, %v245 : f32, !llvm.ptr
                  %v5084 = arith.negf %v4948 : f32
                  llvm.store %v5084, %v308 : f32, !llvm.ptr
                  llvm.store %v4971, %v247 : f32, !llvm.ptr
                  %v5085 = arith.negf %v4979 : f32
                  llvm.store %v5085, %v310 : f32, !llvm.ptr
                  llvm.store %v5002, %v249 : f32, !llvm.ptr
                  %v5086 = arith.negf %v5010 : f32
                  llvm.store %v5086, %v312 : f32, !llvm.ptr
                  llvm.store %v5033, %v251 : f32, !llvm.ptr
                  %v5087 = arith.negf %v5041 : f32
                  llvm.store %v5087, %v314 : f32, !llvm.ptr
                  llvm.store %v5064, %v252 : f32, !llvm.ptr
                  %v5088 = arith.negf %v5072 : f32
                  llvm.store %v5088, %v316 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v116 {
        %v5089 = llvm.load %v130 : !llvm.ptr -> f32
        %v5090 = arith.muli %v129, %v8 : i64
        %v5091 = arith.addi %v5090, %v112 : i64
        %v5092 = arith.muli %v5091, %v2 : i64
        %v5093 = arith.addi %v5092, %v129 : i64
        %v5094 = arith.muli %v5093, %v4 : i64
        %v5095 = arith.subi %v4, %v3 : i64
        %v5096 = arith.minsi %v115, %v5095 : i64
        %v5097 = arith.addi %v5094, %v5096 : i64
        %v5098 = llvm.getelementptr %segsum_x_re[%v5097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5089, %v5098 : f32, !llvm.ptr
        %v5099 = llvm.load %v901 : !llvm.ptr -> f32
        %v5100 = arith.muli %v3, %v8 : i64
        %v5101 = arith.addi %v5100, %v112 : i64
        %v5102 = arith.muli %v5101, %v2 : i64
        %v5103 = arith.addi %v5102, %v129 : i64
        %v5104 = arith.muli %v5103, %v4 : i64
        %v5105 = arith.subi %v4, %v3 : i64
        %v5106 = arith.minsi %v115, %v5105 : i64
        %v5107 = arith.addi %v5104, %v5106 : i64
        %v5108 = llvm.getelementptr %segsum_x_re[%v5107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5099, %v5108 : f32, !llvm.ptr
        %v5109 = llvm.load %v902 : !llvm.ptr -> f32
        %v5110 = arith.muli %v132, %v8 : i64
        %v5111 = arith.addi %v5110, %v112 : i64
        %v5112 = arith.muli %v5111, %v2 : i64
        %v5113 = arith.addi %v5112, %v129 : i64
        %v5114 = arith.muli %v5113, %v4 : i64
        %v5115 = arith.subi %v4, %v3 : i64
        %v5116 = arith.minsi %v115, %v5115 : i64
        %v5117 = arith.addi %v5114, %v5116 : i64
        %v5118 = llvm.getelementptr %segsum_x_re[%v5117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5109, %v5118 : f32, !llvm.ptr
        %v5119 = llvm.load %v191 : !llvm.ptr -> f32
        %v5120 = arith.muli %v134, %v8 : i64
        %v5121 = arith.addi %v5120, %v112 : i64
        %v5122 = arith.muli %v5121, %v2 : i64
        %v5123 = arith.addi %v5122, %v129 : i64
        %v5124 = arith.muli %v5123, %v4 : i64
        %v5125 = arith.subi %v4, %v3 : i64
        %v5126 = arith.minsi %v115, %v5125 : i64
        %v5127 = arith.addi %v5124, %v5126 : i64
        %v5128 = llvm.getelementptr %segsum_x_re[%v5127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5119, %v5128 : f32, !llvm.ptr
        %v5129 = llvm.load %v254 : !llvm.ptr -> f32
        %v5130 = arith.muli %v1, %v8 : i64
        %v5131 = arith.addi %v5130, %v112 : i64
        %v5132 = arith.muli %v5131, %v2 : i64
        %v5133 = arith.addi %v5132, %v129 : i64
        %v5134 = arith.muli %v5133, %v4 : i64
        %v5135 = arith.subi %v4, %v3 : i64
        %v5136 = arith.minsi %v115, %v5135 : i64
        %v5137 = arith.addi %v5134, %v5136 : i64
        %v5138 = llvm.getelementptr %segsum_x_re[%v5137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5129, %v5138 : f32, !llvm.ptr
        %v5139 = llvm.load %v131 : !llvm.ptr -> f32
        %v5140 = arith.muli %v129, %v8 : i64
        %v5141 = arith.addi %v5140, %v112 : i64
        %v5142 = arith.muli %v5141, %v2 : i64
        %v5143 = arith.addi %v5142, %v3 : i64
        %v5144 = arith.muli %v5143, %v4 : i64
        %v5145 = arith.subi %v4, %v3 : i64
        %v5146 = arith.minsi %v115, %v5145 : i64
        %v5147 = arith.addi %v5144, %v5146 : i64
        %v5148 = llvm.getelementptr %segsum_x_re[%v5147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5139, %v5148 : f32, !llvm.ptr
        %v5149 = llvm.load %v903 : !llvm.ptr -> f32
        %v5150 = arith.muli %v3, %v8 : i64
        %v5151 = arith.addi %v5150, %v112 : i64
        %v5152 = arith.muli %v5151, %v2 : i64
        %v5153 = arith.addi %v5152, %v3 : i64
        %v5154 = arith.muli %v5153, %v4 : i64
        %v5155 = arith.subi %v4, %v3 : i64
        %v5156 = arith.minsi %v115, %v5155 : i64
        %v5157 = arith.addi %v5154, %v5156 : i64
        %v5158 = llvm.getelementptr %segsum_x_re[%v5157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5149, %v5158 : f32, !llvm.ptr
        %v5159 = llvm.load %v904 : !llvm.ptr -> f32
        %v5160 = arith.muli %v132, %v8 : i64
        %v5161 = arith.addi %v5160, %v112 : i64
        %v5162 = arith.muli %v5161, %v2 : i64
        %v5163 = arith.addi %v5162, %v3 : i64
        %v5164 = arith.muli %v5163, %v4 : i64
        %v5165 = arith.subi %v4, %v3 : i64
        %v5166 = arith.minsi %v115, %v5165 : i64
        %v5167 = arith.addi %v5164, %v5166 : i64
        %v5168 = llvm.getelementptr %segsum_x_re[%v5167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5159, %v5168 : f32, !llvm.ptr
        %v5169 = llvm.load %v193 : !llvm.ptr -> f32
        %v5170 = arith.muli %v134, %v8 : i64
        %v5171 = arith.addi %v5170, %v112 : i64
        %v5172 = arith.muli %v5171, %v2 : i64
        %v5173 = arith.addi %v5172, %v3 : i64
        %v5174 = arith.muli %v5173, %v4 : i64
        %v5175 = arith.subi %v4, %v3 : i64
        %v5176 = arith.minsi %v115, %v5175 : i64
        %v5177 = arith.addi %v5174, %v5176 : i64
        %v5178 = llvm.getelementptr %segsum_x_re[%v5177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5169, %v5178 : f32, !llvm.ptr
        %v5179 = llvm.load %v256 : !llvm.ptr -> f32
        %v5180 = arith.muli %v1, %v8 : i64
        %v5181 = arith.addi %v5180, %v112 : i64
        %v5182 = arith.muli %v5181, %v2 : i64
        %v5183 = arith.addi %v5182, %v3 : i64
        %v5184 = arith.muli %v5183, %v4 : i64
        %v5185 = arith.subi %v4, %v3 : i64
        %v5186 = arith.minsi %v115, %v5185 : i64
        %v5187 = arith.addi %v5184, %v5186 : i64
        %v5188 = llvm.getelementptr %segsum_x_re[%v5187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5179, %v5188 : f32, !llvm.ptr
        %v5189 = llvm.load %v133 : !llvm.ptr -> f32
        %v5190 = arith.muli %v129, %v8 : i64
        %v5191 = arith.addi %v5190, %v112 : i64
        %v5192 = arith.muli %v5191, %v2 : i64
        %v5193 = arith.addi %v5192, %v132 : i64
        %v5194 = arith.muli %v5193, %v4 : i64
        %v5195 = arith.subi %v4, %v3 : i64
        %v5196 = arith.minsi %v115, %v5195 : i64
        %v5197 = arith.addi %v5194, %v5196 : i64
        %v5198 = llvm.getelementptr %segsum_x_re[%v5197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5189, %v5198 : f32, !llvm.ptr
        %v5199 = llvm.load %v905 : !llvm.ptr -> f32
        %v5200 = arith.muli %v3, %v8 : i64
        %v5201 = arith.addi %v5200, %v112 : i64
        %v5202 = arith.muli %v5201, %v2 : i64
        %v5203 = arith.addi %v5202, %v132 : i64
        %v5204 = arith.muli %v5203, %v4 : i64
        %v5205 = arith.subi %v4, %v3 : i64
        %v5206 = arith.minsi %v115, %v5205 : i64
        %v5207 = arith.addi %v5204, %v5206 : i64
        %v5208 = llvm.getelementptr %segsum_x_re[%v5207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5199, %v5208 : f32, !llvm.ptr
        %v5209 = llvm.load %v906 : !llvm.ptr -> f32
        %v5210 = arith.muli %v132, %v8 : i64
        %v5211 = arith.addi %v5210, %v112 : i64
        %v5212 = arith.muli %v5211, %v2 : i64
        %v5213 = arith.addi %v5212, %v132 : i64
        %v5214 = arith.muli %v5213, %v4 : i64
        %v5215 = arith.subi %v4, %v3 : i64
        %v5216 = arith.minsi %v115, %v5215 : i64
        %v5217 = arith.addi %v5214, %v5216 : i64
        %v5218 = llvm.getelementptr %segsum_x_re[%v5217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5209, %v5218 : f32, !llvm.ptr
        %v5219 = llvm.load %v195 : !llvm.ptr -> f32
        %v5220 = arith.muli %v134, %v8 : i64
        %v5221 = arith.addi %v5220, %v112 : i64
        %v5222 = arith.muli %v5221, %v2 : i64
        %v5223 = arith.addi %v5222, %v132 : i64
        %v5224 = arith.muli %v5223, %v4 : i64
        %v5225 = arith.subi %v4, %v3 : i64
        %v5226 = arith.minsi %v115, %v5225 : i64
        %v5227 = arith.addi %v5224, %v5226 : i64
        %v5228 = llvm.getelementptr %segsum_x_re[%v5227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5219, %v5228 : f32, !llvm.ptr
        %v5229 = llvm.load %v258 : !llvm.ptr -> f32
        %v5230 = arith.muli %v1, %v8 : i64
        %v5231 = arith.addi %v5230, %v112 : i64
        %v5232 = arith.muli %v5231, %v2 : i64
        %v5233 = arith.addi %v5232, %v132 : i64
        %v5234 = arith.muli %v5233, %v4 : i64
        %v5235 = arith.subi %v4, %v3 : i64
        %v5236 = arith.minsi %v115, %v5235 : i64
        %v5237 = arith.addi %v5234, %v5236 : i64
        %v5238 = llvm.getelementptr %segsum_x_re[%v5237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5229, %v5238 : f32, !llvm.ptr
        %v5239 = llvm.load %v135 : !llvm.ptr -> f32
        %v5240 = arith.muli %v129, %v8 : i64
        %v5241 = arith.addi %v5240, %v112 : i64
        %v5242 = arith.muli %v5241, %v2 : i64
        %v5243 = arith.addi %v5242, %v134 : i64
        %v5244 = arith.muli %v5243, %v4 : i64
        %v5245 = arith.subi %v4, %v3 : i64
        %v5246 = arith.minsi %v115, %v5245 : i64
        %v5247 = arith.addi %v5244, %v5246 : i64
        %v5248 = llvm.getelementptr %segsum_x_re[%v5247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5239, %v5248 : f32, !llvm.ptr
        %v5249 = llvm.load %v907 : !llvm.ptr -> f32
        %v5250 = arith.muli %v3, %v8 : i64
        %v5251 = arith.addi %v5250, %v112 : i64
        %v5252 = arith.muli %v5251, %v2 : i64
        %v5253 = arith.addi %v5252, %v134 : i64
        %v5254 = arith.muli %v5253, %v4 : i64
        %v5255 = arith.subi %v4, %v3 : i64
        %v5256 = arith.minsi %v115, %v5255 : i64
        %v5257 = arith.addi %v5254, %v5256 : i64
        %v5258 = llvm.getelementptr %segsum_x_re[%v5257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5249, %v5258 : f32, !llvm.ptr
        %v5259 = llvm.load %v908 : !llvm.ptr -> f32
        %v5260 = arith.muli %v132, %v8 : i64
        %v5261 = arith.addi %v5260, %v112 : i64
        %v5262 = arith.muli %v5261, %v2 : i64
        %v5263 = arith.addi %v5262, %v134 : i64
        %v5264 = arith.muli %v5263, %v4 : i64
        %v5265 = arith.subi %v4, %v3 : i64
        %v5266 = arith.minsi %v115, %v5265 : i64
        %v5267 = arith.addi %v5264, %v5266 : i64
        %v5268 = llvm.getelementptr %segsum_x_re[%v5267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5259, %v5268 : f32, !llvm.ptr
        %v5269 = llvm.load %v197 : !llvm.ptr -> f32
        %v5270 = arith.muli %v134, %v8 : i64
        %v5271 = arith.addi %v5270, %v112 : i64
        %v5272 = arith.muli %v5271, %v2 : i64
        %v5273 = arith.addi %v5272, %v134 : i64
        %v5274 = arith.muli %v5273, %v4 : i64
        %v5275 = arith.subi %v4, %v3 : i64
        %v5276 = arith.minsi %v115, %v5275 : i64
        %v5277 = arith.addi %v5274, %v5276 : i64
        %v5278 = llvm.getelementptr %segsum_x_re[%v5277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5269, %v5278 : f32, !llvm.ptr
        %v5279 = llvm.load %v260 : !llvm.ptr -> f32
        %v5280 = arith.muli %v1, %v8 : i64
        %v5281 = arith.addi %v5280, %v112 : i64
        %v5282 = arith.muli %v5281, %v2 : i64
        %v5283 = arith.addi %v5282, %v134 : i64
        %v5284 = arith.muli %v5283, %v4 : i64
        %v5285 = arith.subi %v4, %v3 : i64
        %v5286 = arith.minsi %v115, %v5285 : i64
        %v5287 = arith.addi %v5284, %v5286 : i64
        %v5288 = llvm.getelementptr %segsum_x_re[%v5287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5279, %v5288 : f32, !llvm.ptr
        %v5289 = llvm.load %v136 : !llvm.ptr -> f32
        %v5290 = arith.muli %v129, %v8 : i64
        %v5291 = arith.addi %v5290, %v112 : i64
        %v5292 = arith.muli %v5291, %v2 : i64
        %v5293 = arith.addi %v5292, %v1 : i64
        %v5294 = arith.muli %v5293, %v4 : i64
        %v5295 = arith.subi %v4, %v3 : i64
        %v5296 = arith.minsi %v115, %v5295 : i64
        %v5297 = arith.addi %v5294, %v5296 : i64
        %v5298 = llvm.getelementptr %segsum_x_re[%v5297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5289, %v5298 : f32, !llvm.ptr
        %v5299 = llvm.load %v909 : !llvm.ptr -> f32
        %v5300 = arith.muli %v3, %v8 : i64
        %v5301 = arith.addi %v5300, %v112 : i64
        %v5302 = arith.muli %v5301, %v2 : i64
        %v5303 = arith.addi %v5302, %v1 : i64
        %v5304 = arith.muli %v5303, %v4 : i64
        %v5305 = arith.subi %v4, %v3 : i64
        %v5306 = arith.minsi %v115, %v5305 : i64
        %v5307 = arith.addi %v5304, %v5306 : i64
        %v5308 = llvm.getelementptr %segsum_x_re[%v5307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5299, %v5308 : f32, !llvm.ptr
        %v5309 = llvm.load %v910 : !llvm.ptr -> f32
        %v5310 = arith.muli %v132, %v8 : i64
        %v5311 = arith.addi %v5310, %v112 : i64
        %v5312 = arith.muli %v5311, %v2 : i64
        %v5313 = arith.addi %v5312, %v1 : i64
        %v5314 = arith.muli %v5313, %v4 : i64
        %v5315 = arith.subi %v4, %v3 : i64
        %v5316 = arith.minsi %v115, %v5315 : i64
        %v5317 = arith.addi %v5314, %v5316 : i64
        %v5318 = llvm.getelementptr %segsum_x_re[%v5317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5309, %v5318 : f32, !llvm.ptr
        %v5319 = llvm.load %v199 : !llvm.ptr -> f32
        %v5320 = arith.muli %v134, %v8 : i64
        %v5321 = arith.addi %v5320, %v112 : i64
        %v5322 = arith.muli %v5321, %v2 : i64
        %v5323 = arith.addi %v5322, %v1 : i64
        %v5324 = arith.muli %v5323, %v4 : i64
        %v5325 = arith.subi %v4, %v3 : i64
        %v5326 = arith.minsi %v115, %v5325 : i64
        %v5327 = arith.addi %v5324, %v5326 : i64
        %v5328 = llvm.getelementptr %segsum_x_re[%v5327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5319, %v5328 : f32, !llvm.ptr
        %v5329 = llvm.load %v262 : !llvm.ptr -> f32
        %v5330 = arith.muli %v1, %v8 : i64
        %v5331 = arith.addi %v5330, %v112 : i64
        %v5332 = arith.muli %v5331, %v2 : i64
        %v5333 = arith.addi %v5332, %v1 : i64
        %v5334 = arith.muli %v5333, %v4 : i64
        %v5335 = arith.subi %v4, %v3 : i64
        %v5336 = arith.minsi %v115, %v5335 : i64
        %v5337 = arith.addi %v5334, %v5336 : i64
        %v5338 = llvm.getelementptr %segsum_x_re[%v5337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5329, %v5338 : f32, !llvm.ptr
        %v5339 = llvm.load %v138 : !llvm.ptr -> f32
        %v5340 = arith.muli %v129, %v8 : i64
        %v5341 = arith.addi %v5340, %v112 : i64
        %v5342 = arith.muli %v5341, %v2 : i64
        %v5343 = arith.addi %v5342, %v137 : i64
        %v5344 = arith.muli %v5343, %v4 : i64
        %v5345 = arith.subi %v4, %v3 : i64
        %v5346 = arith.minsi %v115, %v5345 : i64
        %v5347 = arith.addi %v5344, %v5346 : i64
        %v5348 = llvm.getelementptr %segsum_x_re[%v5347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5339, %v5348 : f32, !llvm.ptr
        %v5349 = llvm.load %v911 : !llvm.ptr -> f32
        %v5350 = arith.muli %v3, %v8 : i64
        %v5351 = arith.addi %v5350, %v112 : i64
        %v5352 = arith.muli %v5351, %v2 : i64
        %v5353 = arith.addi %v5352, %v137 : i64
        %v5354 = arith.muli %v5353, %v4 : i64
        %v5355 = arith.subi %v4, %v3 : i64
        %v5356 = arith.minsi %v115, %v5355 : i64
        %v5357 = arith.addi %v5354, %v5356 : i64
        %v5358 = llvm.getelementptr %segsum_x_re[%v5357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5349, %v5358 : f32, !llvm.ptr
        %v5359 = llvm.load %v912 : !llvm.ptr -> f32
        %v5360 = arith.muli %v132, %v8 : i64
        %v5361 = arith.addi %v5360, %v112 : i64
        %v5362 = arith.muli %v5361, %v2 : i64
        %v5363 = arith.addi %v5362, %v137 : i64
        %v5364 = arith.muli %v5363, %v4 : i64
        %v5365 = arith.subi %v4, %v3 : i64
        %v5366 = arith.minsi %v115, %v5365 : i64
        %v5367 = arith.addi %v5364, %v5366 : i64
        %v5368 = llvm.getelementptr %segsum_x_re[%v5367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5359, %v5368 : f32, !llvm.ptr
        %v5369 = llvm.load %v201 : !llvm.ptr -> f32
        %v5370 = arith.muli %v134, %v8 : i64
        %v5371 = arith.addi %v5370, %v112 : i64
        %v5372 = arith.muli %v5371, %v2 : i64
        %v5373 = arith.addi %v5372, %v137 : i64
        %v5374 = arith.muli %v5373, %v4 : i64
        %v5375 = arith.subi %v4, %v3 : i64
        %v5376 = arith.minsi %v115, %v5375 : i64
        %v5377 = arith.addi %v5374, %v5376 : i64
        %v5378 = llvm.getelementptr %segsum_x_re[%v5377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5369, %v5378 : f32, !llvm.ptr
        %v5379 = llvm.load %v264 : !llvm.ptr -> f32
        %v5380 = arith.muli %v1, %v8 : i64
        %v5381 = arith.addi %v5380, %v112 : i64
        %v5382 = arith.muli %v5381, %v2 : i64
        %v5383 = arith.addi %v5382, %v137 : i64
        %v5384 = arith.muli %v5383, %v4 : i64
        %v5385 = arith.subi %v4, %v3 : i64
        %v5386 = arith.minsi %v115, %v5385 : i64
        %v5387 = arith.addi %v5384, %v5386 : i64
        %v5388 = llvm.getelementptr %segsum_x_re[%v5387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5379, %v5388 : f32, !llvm.ptr
        %v5389 = llvm.load %v140 : !llvm.ptr -> f32
        %v5390 = arith.muli %v129, %v8 : i64
        %v5391 = arith.addi %v5390, %v112 : i64
        %v5392 = arith.muli %v5391, %v2 : i64
        %v5393 = arith.addi %v5392, %v139 : i64
        %v5394 = arith.muli %v5393, %v4 : i64
        %v5395 = arith.subi %v4, %v3 : i64
        %v5396 = arith.minsi %v115, %v5395 : i64
        %v5397 = arith.addi %v5394, %v5396 : i64
        %v5398 = llvm.getelementptr %segsum_x_re[%v5397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5389, %v5398 : f32, !llvm.ptr
        %v5399 = llvm.load %v913 : !llvm.ptr -> f32
        %v5400 = arith.muli %v3, %v8 : i64
        %v5401 = arith.addi %v5400, %v112 : i64
        %v5402 = arith.muli %v5401, %v2 : i64
        %v5403 = arith.addi %v5402, %v139 : i64
        %v5404 = arith.muli %v5403, %v4 : i64
        %v5405 = arith.subi %v4, %v3 : i64
        %v5406 = arith.minsi %v115, %v5405 : i64
        %v5407 = arith.addi %v5404, %v5406 : i64
        %v5408 = llvm.getelementptr %segsum_x_re[%v5407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5399, %v5408 : f32, !llvm.ptr
        %v5409 = llvm.load %v914 : !llvm.ptr -> f32
        %v5410 = arith.muli %v132, %v8 : i64
        %v5411 = arith.addi %v5410, %v112 : i64
        %v5412 = arith.muli %v5411, %v2 : i64
        %v5413 = arith.addi %v5412, %v139 : i64
        %v5414 = arith.muli %v5413, %v4 : i64
        %v5415 = arith.subi %v4, %v3 : i64
        %v5416 = arith.minsi %v115, %v5415 : i64
        %v5417 = arith.addi %v5414, %v5416 : i64
        %v5418 = llvm.getelementptr %segsum_x_re[%v5417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5409, %v5418 : f32, !llvm.ptr
        %v5419 = llvm.load %v203 : !llvm.ptr -> f32
        %v5420 = arith.muli %v134, %v8 : i64
        %v5421 = arith.addi %v5420, %v112 : i64
        %v5422 = arith.muli %v5421, %v2 : i64
        %v5423 = arith.addi %v5422, %v139 : i64
        %v5424 = arith.muli %v5423, %v4 : i64
        %v5425 = arith.subi %v4, %v3 : i64
        %v5426 = arith.minsi %v115, %v5425 : i64
        %v5427 = arith.addi %v5424, %v5426 : i64
        %v5428 = llvm.getelementptr %segsum_x_re[%v5427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5419, %v5428 : f32, !llvm.ptr
        %v5429 = llvm.load %v266 : !llvm.ptr -> f32
        %v5430 = arith.muli %v1, %v8 : i64
        %v5431 = arith.addi %v5430, %v112 : i64
        %v5432 = arith.muli %v5431, %v2 : i64
        %v5433 = arith.addi %v5432, %v139 : i64
        %v5434 = arith.muli %v5433, %v4 : i64
        %v5435 = arith.subi %v4, %v3 : i64
        %v5436 = arith.minsi %v115, %v5435 : i64
        %v5437 = arith.addi %v5434, %v5436 : i64
        %v5438 = llvm.getelementptr %segsum_x_re[%v5437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5429, %v5438 : f32, !llvm.ptr
        %v5439 = llvm.load %v142 : !llvm.ptr -> f32
        %v5440 = arith.muli %v129, %v8 : i64
        %v5441 = arith.addi %v5440, %v112 : i64
        %v5442 = arith.muli %v5441, %v2 : i64
        %v5443 = arith.addi %v5442, %v141 : i64
        %v5444 = arith.muli %v5443, %v4 : i64
        %v5445 = arith.subi %v4, %v3 : i64
        %v5446 = arith.minsi %v115, %v5445 : i64
        %v5447 = arith.addi %v5444, %v5446 : i64
        %v5448 = llvm.getelementptr %segsum_x_re[%v5447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5439, %v5448 : f32, !llvm.ptr
        %v5449 = llvm.load %v915 : !llvm.ptr -> f32
        %v5450 = arith.muli %v3, %v8 : i64
        %v5451 = arith.addi %v5450, %v112 : i64
        %v5452 = arith.muli %v5451, %v2 : i64
        %v5453 = arith.addi %v5452, %v141 : i64
        %v5454 = arith.muli %v5453, %v4 : i64
        %v5455 = arith.subi %v4, %v3 : i64
        %v5456 = arith.minsi %v115, %v5455 : i64
        %v5457 = arith.addi %v5454, %v5456 : i64
        %v5458 = llvm.getelementptr %segsum_x_re[%v5457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5449, %v5458 : f32, !llvm.ptr
        %v5459 = llvm.load %v916 : !llvm.ptr -> f32
        %v5460 = arith.muli %v132, %v8 : i64
        %v5461 = arith.addi %v5460, %v112 : i64
        %v5462 = arith.muli %v5461, %v2 : i64
        %v5463 = arith.addi %v5462, %v141 : i64
        %v5464 = arith.muli %v5463, %v4 : i64
        %v5465 = arith.subi %v4, %v3 : i64
        %v5466 = arith.minsi %v115, %v5465 : i64
        %v5467 = arith.addi %v5464, %v5466 : i64
        %v5468 = llvm.getelementptr %segsum_x_re[%v5467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5459, %v5468 : f32, !llvm.ptr
        %v5469 = llvm.load %v205 : !llvm.ptr -> f32
        %v5470 = arith.muli %v134, %v8 : i64
        %v5471 = arith.addi %v5470, %v112 : i64
        %v5472 = arith.muli %v5471, %v2 : i64
        %v5473 = arith.addi %v5472, %v141 : i64
        %v5474 = arith.muli %v5473, %v4 : i64
        %v5475 = arith.subi %v4, %v3 : i64
        %v5476 = arith.minsi %v115, %v5475 : i64
        %v5477 = arith.addi %v5474, %v5476 : i64
        %v5478 = llvm.getelementptr %segsum_x_re[%v5477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5469, %v5478 : f32, !llvm.ptr
        %v5479 = llvm.load %v268 : !llvm.ptr -> f32
        %v5480 = arith.muli %v1, %v8 : i64
        %v5481 = arith.addi %v5480, %v112 : i64
        %v5482 = arith.muli %v5481, %v2 : i64
        %v5483 = arith.addi %v5482, %v141 : i64
        %v5484 = arith.muli %v5483, %v4 : i64
        %v5485 = arith.subi %v4, %v3 : i64
        %v5486 = arith.minsi %v115, %v5485 : i64
        %v5487 = arith.addi %v5484, %v5486 : i64
        %v5488 = llvm.getelementptr %segsum_x_re[%v5487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5479, %v5488 : f32, !llvm.ptr
        %v5489 = llvm.load %v144 : !llvm.ptr -> f32
        %v5490 = arith.muli %v129, %v8 : i64
        %v5491 = arith.addi %v5490, %v112 : i64
        %v5492 = arith.muli %v5491, %v2 : i64
        %v5493 = arith.addi %v5492, %v143 : i64
        %v5494 = arith.muli %v5493, %v4 : i64
        %v5495 = arith.subi %v4, %v3 : i64
        %v5496 = arith.minsi %v115, %v5495 : i64
        %v5497 = arith.addi %v5494, %v5496 : i64
        %v5498 = llvm.getelementptr %segsum_x_re[%v5497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5489, %v5498 : f32, !llvm.ptr
        %v5499 = llvm.load %v917 : !llvm.ptr -> f32
        %v5500 = arith.muli %v3, %v8 : i64
        %v5501 = arith.addi %v5500, %v112 : i64
        %v5502 = arith.muli %v5501, %v2 : i64
        %v5503 = arith.addi %v5502, %v143 : i64
        %v5504 = arith.muli %v5503, %v4 : i64
        %v5505 = arith.subi %v4, %v3 : i64
        %v5506 = arith.minsi %v115, %v5505 : i64
        %v5507 = arith.addi %v5504, %v5506 : i64
        %v5508 = llvm.getelementptr %segsum_x_re[%v5507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5499, %v5508 : f32, !llvm.ptr
        %v5509 = llvm.load %v918 : !llvm.ptr -> f32
        %v5510 = arith.muli %v132, %v8 : i64
        %v5511 = arith.addi %v5510, %v112 : i64
        %v5512 = arith.muli %v5511, %v2 : i64
        %v5513 = arith.addi %v5512, %v143 : i64
        %v5514 = arith.muli %v5513, %v4 : i64
        %v5515 = arith.subi %v4, %v3 : i64
        %v5516 = arith.minsi %v115, %v5515 : i64
        %v5517 = arith.addi %v5514, %v5516 : i64
        %v5518 = llvm.getelementptr %segsum_x_re[%v5517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5509, %v5518 : f32, !llvm.ptr
        %v5519 = llvm.load %v207 : !llvm.ptr -> f32
        %v5520 = arith.muli %v134, %v8 : i64
        %v5521 = arith.addi %v5520, %v112 : i64
        %v5522 = arith.muli %v5521, %v2 : i64
        %v5523 = arith.addi %v5522, %v143 : i64
        %v5524 = arith.muli %v5523, %v4 : i64
        %v5525 = arith.subi %v4, %v3 : i64
        %v5526 = arith.minsi %v115, %v5525 : i64
        %v5527 = arith.addi %v5524, %v5526 : i64
        %v5528 = llvm.getelementptr %segsum_x_re[%v5527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5519, %v5528 : f32, !llvm.ptr
        %v5529 = llvm.load %v270 : !llvm.ptr -> f32
        %v5530 = arith.muli %v1, %v8 : i64
        %v5531 = arith.addi %v5530, %v112 : i64
        %v5532 = arith.muli %v5531, %v2 : i64
        %v5533 = arith.addi %v5532, %v143 : i64
        %v5534 = arith.muli %v5533, %v4 : i64
        %v5535 = arith.subi %v4, %v3 : i64
        %v5536 = arith.minsi %v115, %v5535 : i64
        %v5537 = arith.addi %v5534, %v5536 : i64
        %v5538 = llvm.getelementptr %segsum_x_re[%v5537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5529, %v5538 : f32, !llvm.ptr
        %v5539 = llvm.load %v146 : !llvm.ptr -> f32
        %v5540 = arith.muli %v129, %v8 : i64
        %v5541 = arith.addi %v5540, %v112 : i64
        %v5542 = arith.muli %v5541, %v2 : i64
        %v5543 = arith.addi %v5542, %v145 : i64
        %v5544 = arith.muli %v5543, %v4 : i64
        %v5545 = arith.subi %v4, %v3 : i64
        %v5546 = arith.minsi %v115, %v5545 : i64
        %v5547 = arith.addi %v5544, %v5546 : i64
        %v5548 = llvm.getelementptr %segsum_x_re[%v5547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5539, %v5548 : f32, !llvm.ptr
        %v5549 = llvm.load %v919 : !llvm.ptr -> f32
        %v5550 = arith.muli %v3, %v8 : i64
        %v5551 = arith.addi %v5550, %v112 : i64
        %v5552 = arith.muli %v5551, %v2 : i64
        %v5553 = arith.addi %v5552, %v145 : i64
        %v5554 = arith.muli %v5553, %v4 : i64
        %v5555 = arith.subi %v4, %v3 : i64
        %v5556 = arith.minsi %v115, %v5555 : i64
        %v5557 = arith.addi %v5554, %v5556 : i64
        %v5558 = llvm.getelementptr %segsum_x_re[%v5557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5549, %v5558 : f32, !llvm.ptr
        %v5559 = llvm.load %v920 : !llvm.ptr -> f32
        %v5560 = arith.muli %v132, %v8 : i64
        %v5561 = arith.addi %v5560, %v112 : i64
        %v5562 = arith.muli %v5561, %v2 : i64
        %v5563 = arith.addi %v5562, %v145 : i64
        %v5564 = arith.muli %v5563, %v4 : i64
        %v5565 = arith.subi %v4, %v3 : i64
        %v5566 = arith.minsi %v115, %v5565 : i64
        %v5567 = arith.addi %v5564, %v5566 : i64
        %v5568 = llvm.getelementptr %segsum_x_re[%v5567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5559, %v5568 : f32, !llvm.ptr
        %v5569 = llvm.load %v209 : !llvm.ptr -> f32
        %v5570 = arith.muli %v134, %v8 : i64
        %v5571 = arith.addi %v5570, %v112 : i64
        %v5572 = arith.muli %v5571, %v2 : i64
        %v5573 = arith.addi %v5572, %v145 : i64
        %v5574 = arith.muli %v5573, %v4 : i64
        %v5575 = arith.subi %v4, %v3 : i64
        %v5576 = arith.minsi %v115, %v5575 : i64
        %v5577 = arith.addi %v5574, %v5576 : i64
        %v5578 = llvm.getelementptr %segsum_x_re[%v5577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5569, %v5578 : f32, !llvm.ptr
        %v5579 = llvm.load %v272 : !llvm.ptr -> f32
        %v5580 = arith.muli %v1, %v8 : i64
        %v5581 = arith.addi %v5580, %v112 : i64
        %v5582 = arith.muli %v5581, %v2 : i64
        %v5583 = arith.addi %v5582, %v145 : i64
        %v5584 = arith.muli %v5583, %v4 : i64
        %v5585 = arith.subi %v4, %v3 : i64
        %v5586 = arith.minsi %v115, %v5585 : i64
        %v5587 = arith.addi %v5584, %v5586 : i64
        %v5588 = llvm.getelementptr %segsum_x_re[%v5587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5579, %v5588 : f32, !llvm.ptr
        %v5589 = llvm.load %v148 : !llvm.ptr -> f32
        %v5590 = arith.muli %v129, %v8 : i64
        %v5591 = arith.addi %v5590, %v112 : i64
        %v5592 = arith.muli %v5591, %v2 : i64
        %v5593 = arith.addi %v5592, %v147 : i64
        %v5594 = arith.muli %v5593, %v4 : i64
        %v5595 = arith.subi %v4, %v3 : i64
        %v5596 = arith.minsi %v115, %v5595 : i64
        %v5597 = arith.addi %v5594, %v5596 : i64
        %v5598 = llvm.getelementptr %segsum_x_re[%v5597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5589, %v5598 : f32, !llvm.ptr
        %v5599 = llvm.load %v921 : !llvm.ptr -> f32
        %v5600 = arith.muli %v3, %v8 : i64
        %v5601 = arith.addi %v5600, %v112 : i64
        %v5602 = arith.muli %v5601, %v2 : i64
        %v5603 = arith.addi %v5602, %v147 : i64
        %v5604 = arith.muli %v5603, %v4 : i64
        %v5605 = arith.subi %v4, %v3 : i64
        %v5606 = arith.minsi %v115, %v5605 : i64
        %v5607 = arith.addi %v5604, %v5606 : i64
        %v5608 = llvm.getelementptr %segsum_x_re[%v5607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5599, %v5608 : f32, !llvm.ptr
        %v5609 = llvm.load %v922 : !llvm.ptr -> f32
        %v5610 = arith.muli %v132, %v8 : i64
        %v5611 = arith.addi %v5610, %v112 : i64
        %v5612 = arith.muli %v5611, %v2 : i64
        %v5613 = arith.addi %v5612, %v147 : i64
        %v5614 = arith.muli %v5613, %v4 : i64
        %v5615 = arith.subi %v4, %v3 : i64
        %v5616 = arith.minsi %v115, %v5615 : i64
        %v5617 = arith.addi %v5614, %v5616 : i64
        %v5618 = llvm.getelementptr %segsum_x_re[%v5617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5609, %v5618 : f32, !llvm.ptr
        %v5619 = llvm.load %v211 : !llvm.ptr -> f32
        %v5620 = arith.muli %v134, %v8 : i64
        %v5621 = arith.addi %v5620, %v112 : i64
        %v5622 = arith.muli %v5621, %v2 : i64
        %v5623 = arith.addi %v5622, %v147 : i64
        %v5624 = arith.muli %v5623, %v4 : i64
        %v5625 = arith.subi %v4, %v3 : i64
        %v5626 = arith.minsi %v115, %v5625 : i64
        %v5627 = arith.addi %v5624, %v5626 : i64
        %v5628 = llvm.getelementptr %segsum_x_re[%v5627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5619, %v5628 : f32, !llvm.ptr
        %v5629 = llvm.load %v274 : !llvm.ptr -> f32
        %v5630 = arith.muli %v1, %v8 : i64
        %v5631 = arith.addi %v5630, %v112 : i64
        %v5632 = arith.muli %v5631, %v2 : i64
        %v5633 = arith.addi %v5632, %v147 : i64
        %v5634 = arith.muli %v5633, %v4 : i64
        %v5635 = arith.subi %v4, %v3 : i64
        %v5636 = arith.minsi %v115, %v5635 : i64
        %v5637 = arith.addi %v5634, %v5636 : i64
        %v5638 = llvm.getelementptr %segsum_x_re[%v5637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5629, %v5638 : f32, !llvm.ptr
        %v5639 = llvm.load %v150 : !llvm.ptr -> f32
        %v5640 = arith.muli %v129, %v8 : i64
        %v5641 = arith.addi %v5640, %v112 : i64
        %v5642 = arith.muli %v5641, %v2 : i64
        %v5643 = arith.addi %v5642, %v149 : i64
        %v5644 = arith.muli %v5643, %v4 : i64
        %v5645 = arith.subi %v4, %v3 : i64
        %v5646 = arith.minsi %v115, %v5645 : i64
        %v5647 = arith.addi %v5644, %v5646 : i64
        %v5648 = llvm.getelementptr %segsum_x_re[%v5647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5639, %v5648 : f32, !llvm.ptr
        %v5649 = llvm.load %v923 : !llvm.ptr -> f32
        %v5650 = arith.muli %v3, %v8 : i64
        %v5651 = arith.addi %v5650, %v112 : i64
        %v5652 = arith.muli %v5651, %v2 : i64
        %v5653 = arith.addi %v5652, %v149 : i64
        %v5654 = arith.muli %v5653, %v4 : i64
        %v5655 = arith.subi %v4, %v3 : i64
        %v5656 = arith.minsi %v115, %v5655 : i64
        %v5657 = arith.addi %v5654, %v5656 : i64
        %v5658 = llvm.getelementptr %segsum_x_re[%v5657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5649, %v5658 : f32, !llvm.ptr
        %v5659 = llvm.load %v924 : !llvm.ptr -> f32
        %v5660 = arith.muli %v132, %v8 : i64
        %v5661 = arith.addi %v5660, %v112 : i64
        %v5662 = arith.muli %v5661, %v2 : i64
        %v5663 = arith.addi %v5662, %v149 : i64
        %v5664 = arith.muli %v5663, %v4 : i64
        %v5665 = arith.subi %v4, %v3 : i64
        %v5666 = arith.minsi %v115, %v5665 : i64
        %v5667 = arith.addi %v5664, %v5666 : i64
        %v5668 = llvm.getelementptr %segsum_x_re[%v5667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5659, %v5668 : f32, !llvm.ptr
        %v5669 = llvm.load %v213 : !llvm.ptr -> f32
        %v5670 = arith.muli %v134, %v8 : i64
        %v5671 = arith.addi %v5670, %v112 : i64
        %v5672 = arith.muli %v5671, %v2 : i64
        %v5673 = arith.addi %v5672, %v149 : i64
        %v5674 = arith.muli %v5673, %v4 : i64
        %v5675 = arith.subi %v4, %v3 : i64
        %v5676 = arith.minsi %v115, %v5675 : i64
        %v5677 = arith.addi %v5674, %v5676 : i64
        %v5678 = llvm.getelementptr %segsum_x_re[%v5677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5669, %v5678 : f32, !llvm.ptr
        %v5679 = llvm.load %v276 : !llvm.ptr -> f32
        %v5680 = arith.muli %v1, %v8 : i64
        %v5681 = arith.addi %v5680, %v112 : i64
        %v5682 = arith.muli %v5681, %v2 : i64
        %v5683 = arith.addi %v5682, %v149 : i64
        %v5684 = arith.muli %v5683, %v4 : i64
        %v5685 = arith.subi %v4, %v3 : i64
        %v5686 = arith.minsi %v115, %v5685 : i64
        %v5687 = arith.addi %v5684, %v5686 : i64
        %v5688 = llvm.getelementptr %segsum_x_re[%v5687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5679, %v5688 : f32, !llvm.ptr
        %v5689 = llvm.load %v152 : !llvm.ptr -> f32
        %v5690 = arith.muli %v129, %v8 : i64
        %v5691 = arith.addi %v5690, %v112 : i64
        %v5692 = arith.muli %v5691, %v2 : i64
        %v5693 = arith.addi %v5692, %v151 : i64
        %v5694 = arith.muli %v5693, %v4 : i64
        %v5695 = arith.subi %v4, %v3 : i64
        %v5696 = arith.minsi %v115, %v5695 : i64
        %v5697 = arith.addi %v5694, %v5696 : i64
        %v5698 = llvm.getelementptr %segsum_x_re[%v5697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5689, %v5698 : f32, !llvm.ptr
        %v5699 = llvm.load %v925 : !llvm.ptr -> f32
        %v5700 = arith.muli %v3, %v8 : i64
        %v5701 = arith.addi %v5700, %v112 : i64
        %v5702 = arith.muli %v5701, %v2 : i64
        %v5703 = arith.addi %v5702, %v151 : i64
        %v5704 = arith.muli %v5703, %v4 : i64
        %v5705 = arith.subi %v4, %v3 : i64
        %v5706 = arith.minsi %v115, %v5705 : i64
        %v5707 = arith.addi %v5704, %v5706 : i64
        %v5708 = llvm.getelementptr %segsum_x_re[%v5707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5699, %v5708 : f32, !llvm.ptr
        %v5709 = llvm.load %v926 : !llvm.ptr -> f32
        %v5710 = arith.muli %v132, %v8 : i64
        %v5711 = arith.addi %v5710, %v112 : i64
        %v5712 = arith.muli %v5711, %v2 : i64
        %v5713 = arith.addi %v5712, %v151 : i64
        %v5714 = arith.muli %v5713, %v4 : i64
        %v5715 = arith.subi %v4, %v3 : i64
        %v5716 = arith.minsi %v115, %v5715 : i64
        %v5717 = arith.addi %v5714, %v5716 : i64
        %v5718 = llvm.getelementptr %segsum_x_re[%v5717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5709, %v5718 : f32, !llvm.ptr
        %v5719 = llvm.load %v215 : !llvm.ptr -> f32
        %v5720 = arith.muli %v134, %v8 : i64
        %v5721 = arith.addi %v5720, %v112 : i64
        %v5722 = arith.muli %v5721, %v2 : i64
        %v5723 = arith.addi %v5722, %v151 : i64
        %v5724 = arith.muli %v5723, %v4 : i64
        %v5725 = arith.subi %v4, %v3 : i64
        %v5726 = arith.minsi %v115, %v5725 : i64
        %v5727 = arith.addi %v5724, %v5726 : i64
        %v5728 = llvm.getelementptr %segsum_x_re[%v5727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5719, %v5728 : f32, !llvm.ptr
        %v5729 = llvm.load %v278 : !llvm.ptr -> f32
        %v5730 = arith.muli %v1, %v8 : i64
        %v5731 = arith.addi %v5730, %v112 : i64
        %v5732 = arith.muli %v5731, %v2 : i64
        %v5733 = arith.addi %v5732, %v151 : i64
        %v5734 = arith.muli %v5733, %v4 : i64
        %v5735 = arith.subi %v4, %v3 : i64
        %v5736 = arith.minsi %v115, %v5735 : i64
        %v5737 = arith.addi %v5734, %v5736 : i64
        %v5738 = llvm.getelementptr %segsum_x_re[%v5737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5729, %v5738 : f32, !llvm.ptr
        %v5739 = llvm.load %v154 : !llvm.ptr -> f32
        %v5740 = arith.muli %v129, %v8 : i64
        %v5741 = arith.addi %v5740, %v112 : i64
        %v5742 = arith.muli %v5741, %v2 : i64
        %v5743 = arith.addi %v5742, %v153 : i64
        %v5744 = arith.muli %v5743, %v4 : i64
        %v5745 = arith.subi %v4, %v3 : i64
        %v5746 = arith.minsi %v115, %v5745 : i64
        %v5747 = arith.addi %v5744, %v5746 : i64
        %v5748 = llvm.getelementptr %segsum_x_re[%v5747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5739, %v5748 : f32, !llvm.ptr
        %v5749 = llvm.load %v927 : !llvm.ptr -> f32
        %v5750 = arith.muli %v3, %v8 : i64
        %v5751 = arith.addi %v5750, %v112 : i64
        %v5752 = arith.muli %v5751, %v2 : i64
        %v5753 = arith.addi %v5752, %v153 : i64
        %v5754 = arith.muli %v5753, %v4 : i64
        %v5755 = arith.subi %v4, %v3 : i64
        %v5756 = arith.minsi %v115, %v5755 : i64
        %v5757 = arith.addi %v5754, %v5756 : i64
        %v5758 = llvm.getelementptr %segsum_x_re[%v5757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5749, %v5758 : f32, !llvm.ptr
        %v5759 = llvm.load %v928 : !llvm.ptr -> f32
        %v5760 = arith.muli %v132, %v8 : i64
        %v5761 = arith.addi %v5760, %v112 : i64
        %v5762 = arith.muli %v5761, %v2 : i64
        %v5763 = arith.addi %v5762, %v153 : i64
        %v5764 = arith.muli %v5763, %v4 : i64
        %v5765 = arith.subi %v4, %v3 : i64
        %v5766 = arith.minsi %v115, %v5765 : i64
        %v5767 = arith.addi %v5764, %v5766 : i64
        %v5768 = llvm.getelementptr %segsum_x_re[%v5767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5759, %v5768 : f32, !llvm.ptr
        %v5769 = llvm.load %v217 : !llvm.ptr -> f32
        %v5770 = arith.muli %v134, %v8 : i64
        %v5771 = arith.addi %v5770, %v112 : i64
        %v5772 = arith.muli %v5771, %v2 : i64
        %v5773 = arith.addi %v5772, %v153 : i64
        %v5774 = arith.muli %v5773, %v4 : i64
        %v5775 = arith.subi %v4, %v3 : i64
        %v5776 = arith.minsi %v115, %v5775 : i64
        %v5777 = arith.addi %v5774, %v5776 : i64
        %v5778 = llvm.getelementptr %segsum_x_re[%v5777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5769, %v5778 : f32, !llvm.ptr
        %v5779 = llvm.load %v280 : !llvm.ptr -> f32
        %v5780 = arith.muli %v1, %v8 : i64
        %v5781 = arith.addi %v5780, %v112 : i64
        %v5782 = arith.muli %v5781, %v2 : i64
        %v5783 = arith.addi %v5782, %v153 : i64
        %v5784 = arith.muli %v5783, %v4 : i64
        %v5785 = arith.subi %v4, %v3 : i64
        %v5786 = arith.minsi %v115, %v5785 : i64
        %v5787 = arith.addi %v5784, %v5786 : i64
        %v5788 = llvm.getelementptr %segsum_x_re[%v5787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5779, %v5788 : f32, !llvm.ptr
        %v5789 = llvm.load %v156 : !llvm.ptr -> f32
        %v5790 = arith.muli %v129, %v8 : i64
        %v5791 = arith.addi %v5790, %v112 : i64
        %v5792 = arith.muli %v5791, %v2 : i64
        %v5793 = arith.addi %v5792, %v155 : i64
        %v5794 = arith.muli %v5793, %v4 : i64
        %v5795 = arith.subi %v4, %v3 : i64
        %v5796 = arith.minsi %v115, %v5795 : i64
        %v5797 = arith.addi %v5794, %v5796 : i64
        %v5798 = llvm.getelementptr %segsum_x_re[%v5797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5789, %v5798 : f32, !llvm.ptr
        %v5799 = llvm.load %v929 : !llvm.ptr -> f32
        %v5800 = arith.muli %v3, %v8 : i64
        %v5801 = arith.addi %v5800, %v112 : i64
        %v5802 = arith.muli %v5801, %v2 : i64
        %v5803 = arith.addi %v5802, %v155 : i64
        %v5804 = arith.muli %v5803, %v4 : i64
        %v5805 = arith.subi %v4, %v3 : i64
        %v5806 = arith.minsi %v115, %v5805 : i64
        %v5807 = arith.addi %v5804, %v5806 : i64
        %v5808 = llvm.getelementptr %segsum_x_re[%v5807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5799, %v5808 : f32, !llvm.ptr
        %v5809 = llvm.load %v930 : !llvm.ptr -> f32
        %v5810 = arith.muli %v132, %v8 : i64
        %v5811 = arith.addi %v5810, %v112 : i64
        %v5812 = arith.muli %v5811, %v2 : i64
        %v5813 = arith.addi %v5812, %v155 : i64
        %v5814 = arith.muli %v5813, %v4 : i64
        %v5815 = arith.subi %v4, %v3 : i64
        %v5816 = arith.minsi %v115, %v5815 : i64
        %v5817 = arith.addi %v5814, %v5816 : i64
        %v5818 = llvm.getelementptr %segsum_x_re[%v5817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5809, %v5818 : f32, !llvm.ptr
        %v5819 = llvm.load %v219 : !llvm.ptr -> f32
        %v5820 = arith.muli %v134, %v8 : i64
        %v5821 = arith.addi %v5820, %v112 : i64
        %v5822 = arith.muli %v5821, %v2 : i64
        %v5823 = arith.addi %v5822, %v155 : i64
        %v5824 = arith.muli %v5823, %v4 : i64
        %v5825 = arith.subi %v4, %v3 : i64
        %v5826 = arith.minsi %v115, %v5825 : i64
        %v5827 = arith.addi %v5824, %v5826 : i64
        %v5828 = llvm.getelementptr %segsum_x_re[%v5827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5819, %v5828 : f32, !llvm.ptr
        %v5829 = llvm.load %v282 : !llvm.ptr -> f32
        %v5830 = arith.muli %v1, %v8 : i64
        %v5831 = arith.addi %v5830, %v112 : i64
        %v5832 = arith.muli %v5831, %v2 : i64
        %v5833 = arith.addi %v5832, %v155 : i64
        %v5834 = arith.muli %v5833, %v4 : i64
        %v5835 = arith.subi %v4, %v3 : i64
        %v5836 = arith.minsi %v115, %v5835 : i64
        %v5837 = arith.addi %v5834, %v5836 : i64
        %v5838 = llvm.getelementptr %segsum_x_re[%v5837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5829, %v5838 : f32, !llvm.ptr
        %v5839 = llvm.load %v158 : !llvm.ptr -> f32
        %v5840 = arith.muli %v129, %v8 : i64
        %v5841 = arith.addi %v5840, %v112 : i64
        %v5842 = arith.muli %v5841, %v2 : i64
        %v5843 = arith.addi %v5842, %v157 : i64
        %v5844 = arith.muli %v5843, %v4 : i64
        %v5845 = arith.subi %v4, %v3 : i64
        %v5846 = arith.minsi %v115, %v5845 : i64
        %v5847 = arith.addi %v5844, %v5846 : i64
        %v5848 = llvm.getelementptr %segsum_x_re[%v5847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5839, %v5848 : f32, !llvm.ptr
        %v5849 = llvm.load %v931 : !llvm.ptr -> f32
        %v5850 = arith.muli %v3, %v8 : i64
        %v5851 = arith.addi %v5850, %v112 : i64
        %v5852 = arith.muli %v5851, %v2 : i64
        %v5853 = arith.addi %v5852, %v157 : i64
        %v5854 = arith.muli %v5853, %v4 : i64
        %v5855 = arith.subi %v4, %v3 : i64
        %v5856 = arith.minsi %v115, %v5855 : i64
        %v5857 = arith.addi %v5854, %v5856 : i64
        %v5858 = llvm.getelementptr %segsum_x_re[%v5857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5849, %v5858 : f32, !llvm.ptr
        %v5859 = llvm.load %v932 : !llvm.ptr -> f32
        %v5860 = arith.muli %v132, %v8 : i64
        %v5861 = arith.addi %v5860, %v112 : i64
        %v5862 = arith.muli %v5861, %v2 : i64
        %v5863 = arith.addi %v5862, %v157 : i64
        %v5864 = arith.muli %v5863, %v4 : i64
        %v5865 = arith.subi %v4, %v3 : i64
        %v5866 = arith.minsi %v115, %v5865 : i64
        %v5867 = arith.addi %v5864, %v5866 : i64
        %v5868 = llvm.getelementptr %segsum_x_re[%v5867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5859, %v5868 : f32, !llvm.ptr
        %v5869 = llvm.load %v221 : !llvm.ptr -> f32
        %v5870 = arith.muli %v134, %v8 : i64
        %v5871 = arith.addi %v5870, %v112 : i64
        %v5872 = arith.muli %v5871, %v2 : i64
        %v5873 = arith.addi %v5872, %v157 : i64
        %v5874 = arith.muli %v5873, %v4 : i64
        %v5875 = arith.subi %v4, %v3 : i64
        %v5876 = arith.minsi %v115, %v5875 : i64
        %v5877 = arith.addi %v5874, %v5876 : i64
        %v5878 = llvm.getelementptr %segsum_x_re[%v5877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5869, %v5878 : f32, !llvm.ptr
        %v5879 = llvm.load %v284 : !llvm.ptr -> f32
        %v5880 = arith.muli %v1, %v8 : i64
        %v5881 = arith.addi %v5880, %v112 : i64
        %v5882 = arith.muli %v5881, %v2 : i64
        %v5883 = arith.addi %v5882, %v157 : i64
        %v5884 = arith.muli %v5883, %v4 : i64
        %v5885 = arith.subi %v4, %v3 : i64
        %v5886 = arith.minsi %v115, %v5885 : i64
        %v5887 = arith.addi %v5884, %v5886 : i64
        %v5888 = llvm.getelementptr %segsum_x_re[%v5887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5879, %v5888 : f32, !llvm.ptr
        %v5889 = llvm.load %v159 : !llvm.ptr -> f32
        %v5890 = arith.muli %v129, %v8 : i64
        %v5891 = arith.addi %v5890, %v112 : i64
        %v5892 = arith.muli %v5891, %v2 : i64
        %v5893 = arith.addi %v5892, %v129 : i64
        %v5894 = arith.muli %v5893, %v4 : i64
        %v5895 = arith.subi %v4, %v3 : i64
        %v5896 = arith.minsi %v115, %v5895 : i64
        %v5897 = arith.addi %v5894, %v5896 : i64
        %v5898 = llvm.getelementptr %segsum_x_im[%v5897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5889, %v5898 : f32, !llvm.ptr
        %v5899 = llvm.load %v933 : !llvm.ptr -> f32
        %v5900 = arith.muli %v3, %v8 : i64
        %v5901 = arith.addi %v5900, %v112 : i64
        %v5902 = arith.muli %v5901, %v2 : i64
        %v5903 = arith.addi %v5902, %v129 : i64
        %v5904 = arith.muli %v5903, %v4 : i64
        %v5905 = arith.subi %v4, %v3 : i64
        %v5906 = arith.minsi %v115, %v5905 : i64
        %v5907 = arith.addi %v5904, %v5906 : i64
        %v5908 = llvm.getelementptr %segsum_x_im[%v5907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5899, %v5908 : f32, !llvm.ptr
        %v5909 = llvm.load %v934 : !llvm.ptr -> f32
        %v5910 = arith.muli %v132, %v8 : i64
        %v5911 = arith.addi %v5910, %v112 : i64
        %v5912 = arith.muli %v5911, %v2 : i64
        %v5913 = arith.addi %v5912, %v129 : i64
        %v5914 = arith.muli %v5913, %v4 : i64
        %v5915 = arith.subi %v4, %v3 : i64
        %v5916 = arith.minsi %v115, %v5915 : i64
        %v5917 = arith.addi %v5914, %v5916 : i64
        %v5918 = llvm.getelementptr %segsum_x_im[%v5917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5909, %v5918 : f32, !llvm.ptr
        %v5919 = llvm.load %v286 : !llvm.ptr -> f32
        %v5920 = arith.muli %v134, %v8 : i64
        %v5921 = arith.addi %v5920, %v112 : i64
        %v5922 = arith.muli %v5921, %v2 : i64
        %v5923 = arith.addi %v5922, %v129 : i64
        %v5924 = arith.muli %v5923, %v4 : i64
        %v5925 = arith.subi %v4, %v3 : i64
        %v5926 = arith.minsi %v115, %v5925 : i64
        %v5927 = arith.addi %v5924, %v5926 : i64
        %v5928 = llvm.getelementptr %segsum_x_im[%v5927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5919, %v5928 : f32, !llvm.ptr
        %v5929 = llvm.load %v223 : !llvm.ptr -> f32
        %v5930 = arith.muli %v1, %v8 : i64
        %v5931 = arith.addi %v5930, %v112 : i64
        %v5932 = arith.muli %v5931, %v2 : i64
        %v5933 = arith.addi %v5932, %v129 : i64
        %v5934 = arith.muli %v5933, %v4 : i64
        %v5935 = arith.subi %v4, %v3 : i64
        %v5936 = arith.minsi %v115, %v5935 : i64
        %v5937 = arith.addi %v5934, %v5936 : i64
        %v5938 = llvm.getelementptr %segsum_x_im[%v5937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5929, %v5938 : f32, !llvm.ptr
        %v5939 = llvm.load %v161 : !llvm.ptr -> f32
        %v5940 = arith.muli %v129, %v8 : i64
        %v5941 = arith.addi %v5940, %v112 : i64
        %v5942 = arith.muli %v5941, %v2 : i64
        %v5943 = arith.addi %v5942, %v3 : i64
        %v5944 = arith.muli %v5943, %v4 : i64
        %v5945 = arith.subi %v4, %v3 : i64
        %v5946 = arith.minsi %v115, %v5945 : i64
        %v5947 = arith.addi %v5944, %v5946 : i64
        %v5948 = llvm.getelementptr %segsum_x_im[%v5947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5939, %v5948 : f32, !llvm.ptr
        %v5949 = llvm.load %v935 : !llvm.ptr -> f32
        %v5950 = arith.muli %v3, %v8 : i64
        %v5951 = arith.addi %v5950, %v112 : i64
        %v5952 = arith.muli %v5951, %v2 : i64
        %v5953 = arith.addi %v5952, %v3 : i64
        %v5954 = arith.muli %v5953, %v4 : i64
        %v5955 = arith.subi %v4, %v3 : i64
        %v5956 = arith.minsi %v115, %v5955 : i64
        %v5957 = arith.addi %v5954, %v5956 : i64
        %v5958 = llvm.getelementptr %segsum_x_im[%v5957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5949, %v5958 : f32, !llvm.ptr
        %v5959 = llvm.load %v936 : !llvm.ptr -> f32
        %v5960 = arith.muli %v132, %v8 : i64
        %v5961 = arith.addi %v5960, %v112 : i64
        %v5962 = arith.muli %v5961, %v2 : i64
        %v5963 = arith.addi %v5962, %v3 : i64
        %v5964 = arith.muli %v5963, %v4 : i64
        %v5965 = arith.subi %v4, %v3 : i64
        %v5966 = arith.minsi %v115, %v5965 : i64
        %v5967 = arith.addi %v5964, %v5966 : i64
        %v5968 = llvm.getelementptr %segsum_x_im[%v5967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5959, %v5968 : f32, !llvm.ptr
        %v5969 = llvm.load %v288 : !llvm.ptr -> f32
        %v5970 = arith.muli %v134, %v8 : i64
        %v5971 = arith.addi %v5970, %v112 : i64
        %v5972 = arith.muli %v5971, %v2 : i64
        %v5973 = arith.addi %v5972, %v3 : i64
        %v5974 = arith.muli %v5973, %v4 : i64
        %v5975 = arith.subi %v4, %v3 : i64
        %v5976 = arith.minsi %v115, %v5975 : i64
        %v5977 = arith.addi %v5974, %v5976 : i64
        %v5978 = llvm.getelementptr %segsum_x_im[%v5977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5969, %v5978 : f32, !llvm.ptr
        %v5979 = llvm.load %v225 : !llvm.ptr -> f32
        %v5980 = arith.muli %v1, %v8 : i64
        %v5981 = arith.addi %v5980, %v112 : i64
        %v5982 = arith.muli %v5981, %v2 : i64
        %v5983 = arith.addi %v5982, %v3 : i64
        %v5984 = arith.muli %v5983, %v4 : i64
        %v5985 = arith.subi %v4, %v3 : i64
        %v5986 = arith.minsi %v115, %v5985 : i64
        %v5987 = arith.addi %v5984, %v5986 : i64
        %v5988 = llvm.getelementptr %segsum_x_im[%v5987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5979, %v5988 : f32, !llvm.ptr
        %v5989 = llvm.load %v163 : !llvm.ptr -> f32
        %v5990 = arith.muli %v129, %v8 : i64
        %v5991 = arith.addi %v5990, %v112 : i64
        %v5992 = arith.muli %v5991, %v2 : i64
        %v5993 = arith.addi %v5992, %v132 : i64
        %v5994 = arith.muli %v5993, %v4 : i64
        %v5995 = arith.subi %v4, %v3 : i64
        %v5996 = arith.minsi %v115, %v5995 : i64
        %v5997 = arith.addi %v5994, %v5996 : i64
        %v5998 = llvm.getelementptr %segsum_x_im[%v5997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5989, %v5998 : f32, !llvm.ptr
        %v5999 = llvm.load %v937 : !llvm.ptr -> f32
        %v6000 = arith.muli %v3, %v8 : i64
        %v6001 = arith.addi %v6000, %v112 : i64
        %v6002 = arith.muli %v6001, %v2 : i64
        %v6003 = arith.addi %v6002, %v132 : i64
        %v6004 = arith.muli %v6003, %v4 : i64
        %v6005 = arith.subi %v4, %v3 : i64
        %v6006 = arith.minsi %v115, %v6005 : i64
        %v6007 = arith.addi %v6004, %v6006 : i64
        %v6008 = llvm.getelementptr %segsum_x_im[%v6007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5999, %v6008 : f32, !llvm.ptr
        %v6009 = llvm.load %v938 : !llvm.ptr -> f32
        %v6010 = arith.muli %v132, %v8 : i64
        %v6011 = arith.addi %v6010, %v112 : i64
        %v6012 = arith.muli %v6011, %v2 : i64
        %v6013 = arith.addi %v6012, %v132 : i64
        %v6014 = arith.muli %v6013, %v4 : i64
        %v6015 = arith.subi %v4, %v3 : i64
        %v6016 = arith.minsi %v115, %v6015 : i64
        %v6017 = arith.addi %v6014, %v6016 : i64
        %v6018 = llvm.getelementptr %segsum_x_im[%v6017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6009, %v6018 : f32, !llvm.ptr
        %v6019 = llvm.load %v290 : !llvm.ptr -> f32
        %v6020 = arith.muli %v134, %v8 : i64
        %v6021 = arith.addi %v6020, %v112 : i64
        %v6022 = arith.muli %v6021, %v2 : i64
        %v6023 = arith.addi %v6022, %v132 : i64
        %v6024 = arith.muli %v6023, %v4 : i64
        %v6025 = arith.subi %v4, %v3 : i64
        %v6026 = arith.minsi %v115, %v6025 : i64
        %v6027 = arith.addi %v6024, %v6026 : i64
        %v6028 = llvm.getelementptr %segsum_x_im[%v6027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6019, %v6028 : f32, !llvm.ptr
        %v6029 = llvm.load %v227 : !llvm.ptr -> f32
        %v6030 = arith.muli %v1, %v8 : i64
        %v6031 = arith.addi %v6030, %v112 : i64
        %v6032 = arith.muli %v6031, %v2 : i64
        %v6033 = arith.addi %v6032, %v132 : i64
        %v6034 = arith.muli %v6033, %v4 : i64
        %v6035 = arith.subi %v4, %v3 : i64
        %v6036 = arith.minsi %v115, %v6035 : i64
        %v6037 = arith.addi %v6034, %v6036 : i64
        %v6038 = llvm.getelementptr %segsum_x_im[%v6037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6029, %v6038 : f32, !llvm.ptr
        %v6039 = llvm.load %v165 : !llvm.ptr -> f32
        %v6040 = arith.muli %v129, %v8 : i64
        %v6041 = arith.addi %v6040, %v112 : i64
        %v6042 = arith.muli %v6041, %v2 : i64
        %v6043 = arith.addi %v6042, %v134 : i64
        %v6044 = arith.muli %v6043, %v4 : i64
        %v6045 = arith.subi %v4, %v3 : i64
        %v6046 = arith.minsi %v115, %v6045 : i64
        %v6047 = arith.addi %v6044, %v6046 : i64
        %v6048 = llvm.getelementptr %segsum_x_im[%v6047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6039, %v6048 : f32, !llvm.ptr
        %v6049 = llvm.load %v939 : !llvm.ptr -> f32
        %v6050 = arith.muli %v3, %v8 : i64
        %v6051 = arith.addi %v6050, %v112 : i64
        %v6052 = arith.muli %v6051, %v2 : i64
        %v6053 = arith.addi %v6052, %v134 : i64
        %v6054 = arith.muli %v6053, %v4 : i64
        %v6055 = arith.subi %v4, %v3 : i64
        %v6056 = arith.minsi %v115, %v6055 : i64
        %v6057 = arith.addi %v6054, %v6056 : i64
        %v6058 = llvm.getelementptr %segsum_x_im[%v6057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6049, %v6058 : f32, !llvm.ptr
        %v6059 = llvm.load %v940 : !llvm.ptr -> f32
        %v6060 = arith.muli %v132, %v8 : i64
        %v6061 = arith.addi %v6060, %v112 : i64
        %v6062 = arith.muli %v6061, %v2 : i64
        %v6063 = arith.addi %v6062, %v134 : i64
        %v6064 = arith.muli %v6063, %v4 : i64
        %v6065 = arith.subi %v4, %v3 : i64
        %v6066 = arith.minsi %v115, %v6065 : i64
        %v6067 = arith.addi %v6064, %v6066 : i64
        %v6068 = llvm.getelementptr %segsum_x_im[%v6067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6059, %v6068 : f32, !llvm.ptr
        %v6069 = llvm.load %v292 : !llvm.ptr -> f32
        %v6070 = arith.muli %v134, %v8 : i64
        %v6071 = arith.addi %v6070, %v112 : i64
        %v6072 = arith.muli %v6071, %v2 : i64
        %v6073 = arith.addi %v6072, %v134 : i64
        %v6074 = arith.muli %v6073, %v4 : i64
        %v6075 = arith.subi %v4, %v3 : i64
        %v6076 = arith.minsi %v115, %v6075 : i64
        %v6077 = arith.addi %v6074, %v6076 : i64
        %v6078 = llvm.getelementptr %segsum_x_im[%v6077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6069, %v6078 : f32, !llvm.ptr
        %v6079 = llvm.load %v229 : !llvm.ptr -> f32
        %v6080 = arith.muli %v1, %v8 : i64
        %v6081 = arith.addi %v6080, %v112 : i64
        %v6082 = arith.muli %v6081, %v2 : i64
        %v6083 = arith.addi %v6082, %v134 : i64
        %v6084 = arith.muli %v6083, %v4 : i64
        %v6085 = arith.subi %v4, %v3 : i64
        %v6086 = arith.minsi %v115, %v6085 : i64
        %v6087 = arith.addi %v6084, %v6086 : i64
        %v6088 = llvm.getelementptr %segsum_x_im[%v6087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6079, %v6088 : f32, !llvm.ptr
        %v6089 = llvm.load %v167 : !llvm.ptr -> f32
        %v6090 = arith.muli %v129, %v8 : i64
        %v6091 = arith.addi %v6090, %v112 : i64
        %v6092 = arith.muli %v6091, %v2 : i64
        %v6093 = arith.addi %v6092, %v1 : i64
        %v6094 = arith.muli %v6093, %v4 : i64
        %v6095 = arith.subi %v4, %v3 : i64
        %v6096 = arith.minsi %v115, %v6095 : i64
        %v6097 = arith.addi %v6094, %v6096 : i64
        %v6098 = llvm.getelementptr %segsum_x_im[%v6097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6089, %v6098 : f32, !llvm.ptr
        %v6099 = llvm.load %v941 : !llvm.ptr -> f32
        %v6100 = arith.muli %v3, %v8 : i64
        %v6101 = arith.addi %v6100, %v112 : i64
        %v6102 = arith.muli %v6101, %v2 : i64
        %v6103 = arith.addi %v6102, %v1 : i64
        %v6104 = arith.muli %v6103, %v4 : i64
        %v6105 = arith.subi %v4, %v3 : i64
        %v6106 = arith.minsi %v115, %v6105 : i64
        %v6107 = arith.addi %v6104, %v6106 : i64
        %v6108 = llvm.getelementptr %segsum_x_im[%v6107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6099, %v6108 : f32, !llvm.ptr
        %v6109 = llvm.load %v942 : !llvm.ptr -> f32
        %v6110 = arith.muli %v132, %v8 : i64
        %v6111 = arith.addi %v6110, %v112 : i64
        %v6112 = arith.muli %v6111, %v2 : i64
        %v6113 = arith.addi %v6112, %v1 : i64
        %v6114 = arith.muli %v6113, %v4 : i64
        %v6115 = arith.subi %v4, %v3 : i64
        %v6116 = arith.minsi %v115, %v6115 : i64
        %v6117 = arith.addi %v6114, %v6116 : i64
        %v6118 = llvm.getelementptr %segsum_x_im[%v6117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6109, %v6118 : f32, !llvm.ptr
        %v6119 = llvm.load %v294 : !llvm.ptr -> f32
        %v6120 = arith.muli %v134, %v8 : i64
        %v6121 = arith.addi %v6120, %v112 : i64
        %v6122 = arith.muli %v6121, %v2 : i64
        %v6123 = arith.addi %v6122, %v1 : i64
        %v6124 = arith.muli %v6123, %v4 : i64
        %v6125 = arith.subi %v4, %v3 : i64
        %v6126 = arith.minsi %v115, %v6125 : i64
        %v6127 = arith.addi %v6124, %v6126 : i64
        %v6128 = llvm.getelementptr %segsum_x_im[%v6127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6119, %v6128 : f32, !llvm.ptr
        %v6129 = llvm.load %v231 : !llvm.ptr -> f32
        %v6130 = arith.muli %v1, %v8 : i64
        %v6131 = arith.addi %v6130, %v112 : i64
        %v6132 = arith.muli %v6131, %v2 : i64
        %v6133 = arith.addi %v6132, %v1 : i64
        %v6134 = arith.muli %v6133, %v4 : i64
        %v6135 = arith.subi %v4, %v3 : i64
        %v6136 = arith.minsi %v115, %v6135 : i64
        %v6137 = arith.addi %v6134, %v6136 : i64
        %v6138 = llvm.getelementptr %segsum_x_im[%v6137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6129, %v6138 : f32, !llvm.ptr
        %v6139 = llvm.load %v169 : !llvm.ptr -> f32
        %v6140 = arith.muli %v129, %v8 : i64
        %v6141 = arith.addi %v6140, %v112 : i64
        %v6142 = arith.muli %v6141, %v2 : i64
        %v6143 = arith.addi %v6142, %v137 : i64
        %v6144 = arith.muli %v6143, %v4 : i64
        %v6145 = arith.subi %v4, %v3 : i64
        %v6146 = arith.minsi %v115, %v6145 : i64
        %v6147 = arith.addi %v6144, %v6146 : i64
        %v6148 = llvm.getelementptr %segsum_x_im[%v6147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6139, %v6148 : f32, !llvm.ptr
        %v6149 = llvm.load %v943 : !llvm.ptr -> f32
        %v6150 = arith.muli %v3, %v8 : i64
        %v6151 = arith.addi %v6150, %v112 : i64
        %v6152 = arith.muli %v6151, %v2 : i64
        %v6153 = arith.addi %v6152, %v137 : i64
        %v6154 = arith.muli %v6153, %v4 : i64
        %v6155 = arith.subi %v4, %v3 : i64
        %v6156 = arith.minsi %v115, %v6155 : i64
        %v6157 = arith.addi %v6154, %v6156 : i64
        %v6158 = llvm.getelementptr %segsum_x_im[%v6157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6149, %v6158 : f32, !llvm.ptr
        %v6159 = llvm.load %v944 : !llvm.ptr -> f32
        %v6160 = arith.muli %v132, %v8 : i64
        %v6161 = arith.addi %v6160, %v112 : i64
        %v6162 = arith.muli %v6161, %v2 : i64
        %v6163 = arith.addi %v6162, %v137 : i64
        %v6164 = arith.muli %v6163, %v4 : i64
        %v6165 = arith.subi %v4, %v3 : i64
        %v6166 = arith.minsi %v115, %v6165 : i64
        %v6167 = arith.addi %v6164, %v6166 : i64
        %v6168 = llvm.getelementptr %segsum_x_im[%v6167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6159, %v6168 : f32, !llvm.ptr
        %v6169 = llvm.load %v296 : !llvm.ptr -> f32
        %v6170 = arith.muli %v134, %v8 : i64
        %v6171 = arith.addi %v6170, %v112 : i64
        %v6172 = arith.muli %v6171, %v2 : i64
        %v6173 = arith.addi %v6172, %v137 : i64
        %v6174 = arith.muli %v6173, %v4 : i64
        %v6175 = arith.subi %v4, %v3 : i64
        %v6176 = arith.minsi %v115, %v6175 : i64
        %v6177 = arith.addi %v6174, %v6176 : i64
        %v6178 = llvm.getelementptr %segsum_x_im[%v6177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6169, %v6178 : f32, !llvm.ptr
        %v6179 = llvm.load %v233 : !llvm.ptr -> f32
        %v6180 = arith.muli %v1, %v8 : i64
        %v6181 = arith.addi %v6180, %v112 : i64
        %v6182 = arith.muli %v6181, %v2 : i64
        %v6183 = arith.addi %v6182, %v137 : i64
        %v6184 = arith.muli %v6183, %v4 : i64
        %v6185 = arith.subi %v4, %v3 : i64
        %v6186 = arith.minsi %v115, %v6185 : i64
        %v6187 = arith.addi %v6184, %v6186 : i64
        %v6188 = llvm.getelementptr %segsum_x_im[%v6187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6179, %v6188 : f32, !llvm.ptr
        %v6189 = llvm.load %v171 : !llvm.ptr -> f32
        %v6190 = arith.muli %v129, %v8 : i64
        %v6191 = arith.addi %v6190, %v112 : i64
        %v6192 = arith.muli %v6191, %v2 : i64
        %v6193 = arith.addi %v6192, %v139 : i64
        %v6194 = arith.muli %v6193, %v4 : i64
        %v6195 = arith.subi %v4, %v3 : i64
        %v6196 = arith.minsi %v115, %v6195 : i64
        %v6197 = arith.addi %v6194, %v6196 : i64
        %v6198 = llvm.getelementptr %segsum_x_im[%v6197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6189, %v6198 : f32, !llvm.ptr
        %v6199 = llvm.load %v945 : !llvm.ptr -> f32
        %v6200 = arith.muli %v3, %v8 : i64
        %v6201 = arith.addi %v6200, %v112 : i64
        %v6202 = arith.muli %v6201, %v2 : i64
        %v6203 = arith.addi %v6202, %v139 : i64
        %v6204 = arith.muli %v6203, %v4 : i64
        %v6205 = arith.subi %v4, %v3 : i64
        %v6206 = arith.minsi %v115, %v6205 : i64
        %v6207 = arith.addi %v6204, %v6206 : i64
        %v6208 = llvm.getelementptr %segsum_x_im[%v6207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6199, %v6208 : f32, !llvm.ptr
        %v6209 = llvm.load %v946 : !llvm.ptr -> f32
        %v6210 = arith.muli %v132, %v8 : i64
        %v6211 = arith.addi %v6210, %v112 : i64
        %v6212 = arith.muli %v6211, %v2 : i64
        %v6213 = arith.addi %v6212, %v139 : i64
        %v6214 = arith.muli %v6213, %v4 : i64
        %v6215 = arith.subi %v4, %v3 : i64
        %v6216 = arith.minsi %v115, %v6215 : i64
        %v6217 = arith.addi %v6214, %v6216 : i64
        %v6218 = llvm.getelementptr %segsum_x_im[%v6217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6209, %v6218 : f32, !llvm.ptr
        %v6219 = llvm.load %v298 : !llvm.ptr -> f32
        %v6220 = arith.muli %v134, %v8 : i64
        %v6221 = arith.addi %v6220, %v112 : i64
        %v6222 = arith.muli %v6221, %v2 : i64
        %v6223 = arith.addi %v6222, %v139 : i64
        %v6224 = arith.muli %v6223, %v4 : i64
        %v6225 = arith.subi %v4, %v3 : i64
        %v6226 = arith.minsi %v115, %v6225 : i64
        %v6227 = arith.addi %v6224, %v6226 : i64
        %v6228 = llvm.getelementptr %segsum_x_im[%v6227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6219, %v6228 : f32, !llvm.ptr
        %v6229 = llvm.load %v235 : !llvm.ptr -> f32
        %v6230 = arith.muli %v1, %v8 : i64
        %v6231 = arith.addi %v6230, %v112 : i64
        %v6232 = arith.muli %v6231, %v2 : i64
        %v6233 = arith.addi %v6232, %v139 : i64
        %v6234 = arith.muli %v6233, %v4 : i64
        %v6235 = arith.subi %v4, %v3 : i64
        %v6236 = arith.minsi %v115, %v6235 : i64
        %v6237 = arith.addi %v6234, %v6236 : i64
        %v6238 = llvm.getelementptr %segsum_x_im[%v6237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6229, %v6238 : f32, !llvm.ptr
        %v6239 = llvm.load %v173 : !llvm.ptr -> f32
        %v6240 = arith.muli %v129, %v8 : i64
        %v6241 = arith.addi %v6240, %v112 : i64
        %v6242 = arith.muli %v6241, %v2 : i64
        %v6243 = arith.addi %v6242, %v141 : i64
        %v6244 = arith.muli %v6243, %v4 : i64
        %v6245 = arith.subi %v4, %v3 : i64
        %v6246 = arith.minsi %v115, %v6245 : i64
        %v6247 = arith.addi %v6244, %v6246 : i64
        %v6248 = llvm.getelementptr %segsum_x_im[%v6247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6239, %v6248 : f32, !llvm.ptr
        %v6249 = llvm.load %v947 : !llvm.ptr -> f32
        %v6250 = arith.muli %v3, %v8 : i64
        %v6251 = arith.addi %v6250, %v112 : i64
        %v6252 = arith.muli %v6251, %v2 : i64
        %v6253 = arith.addi %v6252, %v141 : i64
        %v6254 = arith.muli %v6253, %v4 : i64
        %v6255 = arith.subi %v4, %v3 : i64
        %v6256 = arith.minsi %v115, %v6255 : i64
        %v6257 = arith.addi %v6254, %v6256 : i64
        %v6258 = llvm.getelementptr %segsum_x_im[%v6257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6249, %v6258 : f32, !llvm.ptr
        %v6259 = llvm.load %v948 : !llvm.ptr -> f32
        %v6260 = arith.muli %v132, %v8 : i64
        %v6261 = arith.addi %v6260, %v112 : i64
        %v6262 = arith.muli %v6261, %v2 : i64
        %v6263 = arith.addi %v6262, %v141 : i64
        %v6264 = arith.muli %v6263, %v4 : i64
        %v6265 = arith.subi %v4, %v3 : i64
        %v6266 = arith.minsi %v115, %v6265 : i64
        %v6267 = arith.addi %v6264, %v6266 : i64
        %v6268 = llvm.getelementptr %segsum_x_im[%v6267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6259, %v6268 : f32, !llvm.ptr
        %v6269 = llvm.load %v300 : !llvm.ptr -> f32
        %v6270 = arith.muli %v134, %v8 : i64
        %v6271 = arith.addi %v6270, %v112 : i64
        %v6272 = arith.muli %v6271, %v2 : i64
        %v6273 = arith.addi %v6272, %v141 : i64
        %v6274 = arith.muli %v6273, %v4 : i64
        %v6275 = arith.subi %v4, %v3 : i64
        %v6276 = arith.minsi %v115, %v6275 : i64
        %v6277 = arith.addi %v6274, %v6276 : i64
        %v6278 = llvm.getelementptr %segsum_x_im[%v6277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6269, %v6278 : f32, !llvm.ptr
        %v6279 = llvm.load %v237 : !llvm.ptr -> f32
        %v6280 = arith.muli %v1, %v8 : i64
        %v6281 = arith.addi %v6280, %v112 : i64
        %v6282 = arith.muli %v6281, %v2 : i64
        %v6283 = arith.addi %v6282, %v141 : i64
        %v6284 = arith.muli %v6283, %v4 : i64
        %v6285 = arith.subi %v4, %v3 : i64
        %v6286 = arith.minsi %v115, %v6285 : i64
        %v6287 = arith.addi %v6284, %v6286 : i64
        %v6288 = llvm.getelementptr %segsum_x_im[%v6287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6279, %v6288 : f32, !llvm.ptr
        %v6289 = llvm.load %v175 : !llvm.ptr -> f32
        %v6290 = arith.muli %v129, %v8 : i64
        %v6291 = arith.addi %v6290, %v112 : i64
        %v6292 = arith.muli %v6291, %v2 : i64
        %v6293 = arith.addi %v6292, %v143 : i64
        %v6294 = arith.muli %v6293, %v4 : i64
        %v6295 = arith.subi %v4, %v3 : i64
        %v6296 = arith.minsi %v115, %v6295 : i64
        %v6297 = arith.addi %v6294, %v6296 : i64
        %v6298 = llvm.getelementptr %segsum_x_im[%v6297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6289, %v6298 : f32, !llvm.ptr
        %v6299 = llvm.load %v949 : !llvm.ptr -> f32
        %v6300 = arith.muli %v3, %v8 : i64
        %v6301 = arith.addi %v6300, %v112 : i64
        %v6302 = arith.muli %v6301, %v2 : i64
        %v6303 = arith.addi %v6302, %v143 : i64
        %v6304 = arith.muli %v6303, %v4 : i64
        %v6305 = arith.subi %v4, %v3 : i64
        %v6306 = arith.minsi %v115, %v6305 : i64
        %v6307 = arith.addi %v6304, %v6306 : i64
        %v6308 = llvm.getelementptr %segsum_x_im[%v6307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6299, %v6308 : f32, !llvm.ptr
        %v6309 = llvm.load %v950 : !llvm.ptr -> f32
        %v6310 = arith.muli %v132, %v8 : i64
        %v6311 = arith.addi %v6310, %v112 : i64
        %v6312 = arith.muli %v6311, %v2 : i64
        %v6313 = arith.addi %v6312, %v143 : i64
        %v6314 = arith.muli %v6313, %v4 : i64
        %v6315 = arith.subi %v4, %v3 : i64
        %v6316 = arith.minsi %v115, %v6315 : i64
        %v6317 = arith.addi %v6314, %v6316 : i64
        %v6318 = llvm.getelementptr %segsum_x_im[%v6317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6309, %v6318 : f32, !llvm.ptr
        %v6319 = llvm.load %v302 : !llvm.ptr -> f32
        %v6320 = arith.muli %v134, %v8 : i64
        %v6321 = arith.addi %v6320, %v112 : i64
        %v6322 = arith.muli %v6321, %v2 : i64
        %v6323 = arith.addi %v6322, %v143 : i64
        %v6324 = arith.muli %v6323, %v4 : i64
        %v6325 = arith.subi %v4, %v3 : i64
        %v6326 = arith.minsi %v115, %v6325 : i64
        %v6327 = arith.addi %v6324, %v6326 : i64
        %v6328 = llvm.getelementptr %segsum_x_im[%v6327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6319, %v6328 : f32, !llvm.ptr
        %v6329 = llvm.load %v239 : !llvm.ptr -> f32
        %v6330 = arith.muli %v1, %v8 : i64
        %v6331 = arith.addi %v6330, %v112 : i64
        %v6332 = arith.muli %v6331, %v2 : i64
        %v6333 = arith.addi %v6332, %v143 : i64
        %v6334 = arith.muli %v6333, %v4 : i64
        %v6335 = arith.subi %v4, %v3 : i64
        %v6336 = arith.minsi %v115, %v6335 : i64
        %v6337 = arith.addi %v6334, %v6336 : i64
        %v6338 = llvm.getelementptr %segsum_x_im[%v6337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6329, %v6338 : f32, !llvm.ptr
        %v6339 = llvm.load %v177 : !llvm.ptr -> f32
        %v6340 = arith.muli %v129, %v8 : i64
        %v6341 = arith.addi %v6340, %v112 : i64
        %v6342 = arith.muli %v6341, %v2 : i64
        %v6343 = arith.addi %v6342, %v145 : i64
        %v6344 = arith.muli %v6343, %v4 : i64
        %v6345 = arith.subi %v4, %v3 : i64
        %v6346 = arith.minsi %v115, %v6345 : i64
        %v6347 = arith.addi %v6344, %v6346 : i64
        %v6348 = llvm.getelementptr %segsum_x_im[%v6347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6339, %v6348 : f32, !llvm.ptr
        %v6349 = llvm.load %v951 : !llvm.ptr -> f32
        %v6350 = arith.muli %v3, %v8 : i64
        %v6351 = arith.addi %v6350, %v112 : i64
        %v6352 = arith.muli %v6351, %v2 : i64
        %v6353 = arith.addi %v6352, %v145 : i64
        %v6354 = arith.muli %v6353, %v4 : i64
        %v6355 = arith.subi %v4, %v3 : i64
        %v6356 = arith.minsi %v115, %v6355 : i64
        %v6357 = arith.addi %v6354, %v6356 : i64
        %v6358 = llvm.getelementptr %segsum_x_im[%v6357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6349, %v6358 : f32, !llvm.ptr
        %v6359 = llvm.load %v952 : !llvm.ptr -> f32
        %v6360 = arith.muli %v132, %v8 : i64
        %v6361 = arith.addi %v6360, %v112 : i64
        %v6362 = arith.muli %v6361, %v2 : i64
        %v6363 = arith.addi %v6362, %v145 : i64
        %v6364 = arith.muli %v6363, %v4 : i64
        %v6365 = arith.subi %v4, %v3 : i64
        %v6366 = arith.minsi %v115, %v6365 : i64
        %v6367 = arith.addi %v6364, %v6366 : i64
        %v6368 = llvm.getelementptr %segsum_x_im[%v6367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6359, %v6368 : f32, !llvm.ptr
        %v6369 = llvm.load %v304 : !llvm.ptr -> f32
        %v6370 = arith.muli %v134, %v8 : i64
        %v6371 = arith.addi %v6370, %v112 : i64
        %v6372 = arith.muli %v6371, %v2 : i64
        %v6373 = arith.addi %v6372, %v145 : i64
        %v6374 = arith.muli %v6373, %v4 : i64
        %v6375 = arith.subi %v4, %v3 : i64
        %v6376 = arith.minsi %v115, %v6375 : i64
        %v6377 = arith.addi %v6374, %v6376 : i64
        %v6378 = llvm.getelementptr %segsum_x_im[%v6377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6369, %v6378 : f32, !llvm.ptr
        %v6379 = llvm.load %v241 : !llvm.ptr -> f32
        %v6380 = arith.muli %v1, %v8 : i64
        %v6381 = arith.addi %v6380, %v112 : i64
        %v6382 = arith.muli %v6381, %v2 : i64
        %v6383 = arith.addi %v6382, %v145 : i64
        %v6384 = arith.muli %v6383, %v4 : i64
        %v6385 = arith.subi %v4, %v3 : i64
        %v6386 = arith.minsi %v115, %v6385 : i64
        %v6387 = arith.addi %v6384, %v6386 : i64
        %v6388 = llvm.getelementptr %segsum_x_im[%v6387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6379, %v6388 : f32, !llvm.ptr
        %v6389 = llvm.load %v179 : !llvm.ptr -> f32
        %v6390 = arith.muli %v129, %v8 : i64
        %v6391 = arith.addi %v6390, %v112 : i64
        %v6392 = arith.muli %v6391, %v2 : i64
        %v6393 = arith.addi %v6392, %v147 : i64
        %v6394 = arith.muli %v6393, %v4 : i64
        %v6395 = arith.subi %v4, %v3 : i64
        %v6396 = arith.minsi %v115, %v6395 : i64
        %v6397 = arith.addi %v6394, %v6396 : i64
        %v6398 = llvm.getelementptr %segsum_x_im[%v6397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6389, %v6398 : f32, !llvm.ptr
        %v6399 = llvm.load %v953 : !llvm.ptr -> f32
        %v6400 = arith.muli %v3, %v8 : i64
        %v6401 = arith.addi %v6400, %v112 : i64
        %v6402 = arith.muli %v6401, %v2 : i64
        %v6403 = arith.addi %v6402, %v147 : i64
        %v6404 = arith.muli %v6403, %v4 : i64
        %v6405 = arith.subi %v4, %v3 : i64
        %v6406 = arith.minsi %v115, %v6405 : i64
        %v6407 = arith.addi %v6404, %v6406 : i64
        %v6408 = llvm.getelementptr %segsum_x_im[%v6407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6399, %v6408 : f32, !llvm.ptr
        %v6409 = llvm.load %v954 : !llvm.ptr -> f32
        %v6410 = arith.muli %v132, %v8 : i64
        %v6411 = arith.addi %v6410, %v112 : i64
        %v6412 = arith.muli %v6411, %v2 : i64
        %v6413 = arith.addi %v6412, %v147 : i64
        %v6414 = arith.muli %v6413, %v4 : i64
        %v6415 = arith.subi %v4, %v3 : i64
        %v6416 = arith.minsi %v115, %v6415 : i64
        %v6417 = arith.addi %v6414, %v6416 : i64
        %v6418 = llvm.getelementptr %segsum_x_im[%v6417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6409, %v6418 : f32, !llvm.ptr
        %v6419 = llvm.load %v306 : !llvm.ptr -> f32
        %v6420 = arith.muli %v134, %v8 : i64
        %v6421 = arith.addi %v6420, %v112 : i64
        %v6422 = arith.muli %v6421, %v2 : i64
        %v6423 = arith.addi %v6422, %v147 : i64
        %v6424 = arith.muli %v6423, %v4 : i64
        %v6425 = arith.subi %v4, %v3 : i64
        %v6426 = arith.minsi %v115, %v6425 : i64
        %v6427 = arith.addi %v6424, %v6426 : i64
        %v6428 = llvm.getelementptr %segsum_x_im[%v6427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6419, %v6428 : f32, !llvm.ptr
        %v6429 = llvm.load %v243 : !llvm.ptr -> f32
        %v6430 = arith.muli %v1, %v8 : i64
        %v6431 = arith.addi %v6430, %v112 : i64
        %v6432 = arith.muli %v6431, %v2 : i64
        %v6433 = arith.addi %v6432, %v147 : i64
        %v6434 = arith.muli %v6433, %v4 : i64
        %v6435 = arith.subi %v4, %v3 : i64
        %v6436 = arith.minsi %v115, %v6435 : i64
        %v6437 = arith.addi %v6434, %v6436 : i64
        %v6438 = llvm.getelementptr %segsum_x_im[%v6437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6429, %v6438 : f32, !llvm.ptr
        %v6439 = llvm.load %v181 : !llvm.ptr -> f32
        %v6440 = arith.muli %v129, %v8 : i64
        %v6441 = arith.addi %v6440, %v112 : i64
        %v6442 = arith.muli %v6441, %v2 : i64
        %v6443 = arith.addi %v6442, %v149 : i64
        %v6444 = arith.muli %v6443, %v4 : i64
        %v6445 = arith.subi %v4, %v3 : i64
        %v6446 = arith.minsi %v115, %v6445 : i64
        %v6447 = arith.addi %v6444, %v6446 : i64
        %v6448 = llvm.getelementptr %segsum_x_im[%v6447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6439, %v6448 : f32, !llvm.ptr
        %v6449 = llvm.load %v955 : !llvm.ptr -> f32
        %v6450 = arith.muli %v3, %v8 : i64
        %v6451 = arith.addi %v6450, %v112 : i64
        %v6452 = arith.muli %v6451, %v2 : i64
        %v6453 = arith.addi %v6452, %v149 : i64
        %v6454 = arith.muli %v6453, %v4 : i64
        %v6455 = arith.subi %v4, %v3 : i64
        %v6456 = arith.minsi %v115, %v6455 : i64
        %v6457 = arith.addi %v6454, %v6456 : i64
        %v6458 = llvm.getelementptr %segsum_x_im[%v6457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6449, %v6458 : f32, !llvm.ptr
        %v6459 = llvm.load %v956 : !llvm.ptr -> f32
        %v6460 = arith.muli %v132, %v8 : i64
        %v6461 = arith.addi %v6460, %v112 : i64
        %v6462 = arith.muli %v6461, %v2 : i64
        %v6463 = arith.addi %v6462, %v149 : i64
        %v6464 = arith.muli %v6463, %v4 : i64
        %v6465 = arith.subi %v4, %v3 : i64
        %v6466 = arith.minsi %v115, %v6465 : i64
        %v6467 = arith.addi %v6464, %v6466 : i64
        %v6468 = llvm.getelementptr %segsum_x_im[%v6467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6459, %v6468 : f32, !llvm.ptr
        %v6469 = llvm.load %v308 : !llvm.ptr -> f32
        %v6470 = arith.muli %v134, %v8 : i64
        %v6471 = arith.addi %v6470, %v112 : i64
        %v6472 = arith.muli %v6471, %v2 : i64
        %v6473 = arith.addi %v6472, %v149 : i64
        %v6474 = arith.muli %v6473, %v4 : i64
        %v6475 = arith.subi %v4, %v3 : i64
        %v6476 = arith.minsi %v115, %v6475 : i64
        %v6477 = arith.addi %v6474, %v6476 : i64
        %v6478 = llvm.getelementptr %segsum_x_im[%v6477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6469, %v6478 : f32, !llvm.ptr
        %v6479 = llvm.load %v245 : !llvm.ptr -> f32
        %v6480 = arith.muli %v1, %v8 : i64
        %v6481 = arith.addi %v6480, %v112 : i64
        %v6482 = arith.muli %v6481, %v2 : i64
        %v6483 = arith.addi %v6482, %v149 : i64
        %v6484 = arith.muli %v6483, %v4 : i64
        %v6485 = arith.subi %v4, %v3 : i64
        %v6486 = arith.minsi %v115, %v6485 : i64
        %v6487 = arith.addi %v6484, %v6486 : i64
        %v6488 = llvm.getelementptr %segsum_x_im[%v6487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6479, %v6488 : f32, !llvm.ptr
        %v6489 = llvm.load %v183 : !llvm.ptr -> f32
        %v6490 = arith.muli %v129, %v8 : i64
        %v6491 = arith.addi %v6490, %v112 : i64
        %v6492 = arith.muli %v6491, %v2 : i64
        %v6493 = arith.addi %v6492, %v151 : i64
        %v6494 = arith.muli %v6493, %v4 : i64
        %v6495 = arith.subi %v4, %v3 : i64
        %v6496 = arith.minsi %v115, %v6495 : i64
        %v6497 = arith.addi %v6494, %v6496 : i64
        %v6498 = llvm.getelementptr %segsum_x_im[%v6497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6489, %v6498 : f32, !llvm.ptr
        %v6499 = llvm.load %v957 : !llvm.ptr -> f32
        %v6500 = arith.muli %v3, %v8 : i64
        %v6501 = arith.addi %v6500, %v112 : i64
        %v6502 = arith.muli %v6501, %v2 : i64
        %v6503 = arith.addi %v6502, %v151 : i64
        %v6504 = arith.muli %v6503, %v4 : i64
        %v6505 = arith.subi %v4, %v3 : i64
        %v6506 = arith.minsi %v115, %v6505 : i64
        %v6507 = arith.addi %v6504, %v6506 : i64
        %v6508 = llvm.getelementptr %segsum_x_im[%v6507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6499, %v6508 : f32, !llvm.ptr
        %v6509 = llvm.load %v958 : !llvm.ptr -> f32
        %v6510 = arith.muli %v132, %v8 : i64
        %v6511 = arith.addi %v6510, %v112 : i64
        %v6512 = arith.muli %v6511, %v2 : i64
        %v6513 = arith.addi %v6512, %v151 : i64
        %v6514 = arith.muli %v6513, %v4 : i64
        %v6515 = arith.subi %v4, %v3 : i64
        %v6516 = arith.minsi %v115, %v6515 : i64
        %v6517 = arith.addi %v6514, %v6516 : i64
        %v6518 = llvm.getelementptr %segsum_x_im[%v6517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6509, %v6518 : f32, !llvm.ptr
        %v6519 = llvm.load %v310 : !llvm.ptr -> f32
        %v6520 = arith.muli %v134, %v8 : i64
        %v6521 = arith.addi %v6520, %v112 : i64
        %v6522 = arith.muli %v6521, %v2 : i64
        %v6523 = arith.addi %v6522, %v151 : i64
        %v6524 = arith.muli %v6523, %v4 : i64
        %v6525 = arith.subi %v4, %v3 : i64
        %v6526 = arith.minsi %v115, %v6525 : i64
        %v6527 = arith.addi %v6524, %v6526 : i64
        %v6528 = llvm.getelementptr %segsum_x_im[%v6527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6519, %v6528 : f32, !llvm.ptr
        %v6529 = llvm.load %v247 : !llvm.ptr -> f32
        %v6530 = arith.muli %v1, %v8 : i64
        %v6531 = arith.addi %v6530, %v112 : i64
        %v6532 = arith.muli %v6531, %v2 : i64
        %v6533 = arith.addi %v6532, %v151 : i64
        %v6534 = arith.muli %v6533, %v4 : i64
        %v6535 = arith.subi %v4, %v3 : i64
        %v6536 = arith.minsi %v115, %v6535 : i64
        %v6537 = arith.addi %v6534, %v6536 : i64
        %v6538 = llvm.getelementptr %segsum_x_im[%v6537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6529, %v6538 : f32, !llvm.ptr
        %v6539 = llvm.load %v185 : !llvm.ptr -> f32
        %v6540 = arith.muli %v129, %v8 : i64
        %v6541 = arith.addi %v6540, %v112 : i64
        %v6542 = arith.muli %v6541, %v2 : i64
        %v6543 = arith.addi %v6542, %v153 : i64
        %v6544 = arith.muli %v6543, %v4 : i64
        %v6545 = arith.subi %v4, %v3 : i64
        %v6546 = arith.minsi %v115, %v6545 : i64
        %v6547 = arith.addi %v6544, %v6546 : i64
        %v6548 = llvm.getelementptr %segsum_x_im[%v6547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6539, %v6548 : f32, !llvm.ptr
        %v6549 = llvm.load %v959 : !llvm.ptr -> f32
        %v6550 = arith.muli %v3, %v8 : i64
        %v6551 = arith.addi %v6550, %v112 : i64
        %v6552 = arith.muli %v6551, %v2 : i64
        %v6553 = arith.addi %v6552, %v153 : i64
        %v6554 = arith.muli %v6553, %v4 : i64
        %v6555 = arith.subi %v4, %v3 : i64
        %v6556 = arith.minsi %v115, %v6555 : i64
        %v6557 = arith.addi %v6554, %v6556 : i64
        %v6558 = llvm.getelementptr %segsum_x_im[%v6557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6549, %v6558 : f32, !llvm.ptr
        %v6559 = llvm.load %v960 : !llvm.ptr -> f32
        %v6560 = arith.muli %v132, %v8 : i64
        %v6561 = arith.addi %v6560, %v112 : i64
        %v6562 = arith.muli %v6561, %v2 : i64
        %v6563 = arith.addi %v6562, %v153 : i64
        %v6564 = arith.muli %v6563, %v4 : i64
        %v6565 = arith.subi %v4, %v3 : i64
        %v6566 = arith.minsi %v115, %v6565 : i64
        %v6567 = arith.addi %v6564, %v6566 : i64
        %v6568 = llvm.getelementptr %segsum_x_im[%v6567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6559, %v6568 : f32, !llvm.ptr
        %v6569 = llvm.load %v312 : !llvm.ptr -> f32
        %v6570 = arith.muli %v134, %v8 : i64
        %v6571 = arith.addi %v6570, %v112 : i64
        %v6572 = arith.muli %v6571, %v2 : i64
        %v6573 = arith.addi %v6572, %v153 : i64
        %v6574 = arith.muli %v6573, %v4 : i64
        %v6575 = arith.subi %v4, %v3 : i64
        %v6576 = arith.minsi %v115, %v6575 : i64
        %v6577 = arith.addi %v6574, %v6576 : i64
        %v6578 = llvm.getelementptr %segsum_x_im[%v6577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6569, %v6578 : f32, !llvm.ptr
        %v6579 = llvm.load %v249 : !llvm.ptr -> f32
        %v6580 = arith.muli %v1, %v8 : i64
        %v6581 = arith.addi %v6580, %v112 : i64
        %v6582 = arith.muli %v6581, %v2 : i64
        %v6583 = arith.addi %v6582, %v153 : i64
        %v6584 = arith.muli %v6583, %v4 : i64
        %v6585 = arith.subi %v4, %v3 : i64
        %v6586 = arith.minsi %v115, %v6585 : i64
        %v6587 = arith.addi %v6584, %v6586 : i64
        %v6588 = llvm.getelementptr %segsum_x_im[%v6587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6579, %v6588 : f32, !llvm.ptr
        %v6589 = llvm.load %v187 : !llvm.ptr -> f32
        %v6590 = arith.muli %v129, %v8 : i64
        %v6591 = arith.addi %v6590, %v112 : i64
        %v6592 = arith.muli %v6591, %v2 : i64
        %v6593 = arith.addi %v6592, %v155 : i64
        %v6594 = arith.muli %v6593, %v4 : i64
        %v6595 = arith.subi %v4, %v3 : i64
        %v6596 = arith.minsi %v115, %v6595 : i64
        %v6597 = arith.addi %v6594, %v6596 : i64
        %v6598 = llvm.getelementptr %segsum_x_im[%v6597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6589, %v6598 : f32, !llvm.ptr
        %v6599 = llvm.load %v961 : !llvm.ptr -> f32
        %v6600 = arith.muli %v3, %v8 : i64
        %v6601 = arith.addi %v6600, %v112 : i64
        %v6602 = arith.muli %v6601, %v2 : i64
        %v6603 = arith.addi %v6602, %v155 : i64
        %v6604 = arith.muli %v6603, %v4 : i64
        %v6605 = arith.subi %v4, %v3 : i64
        %v6606 = arith.minsi %v115, %v6605 : i64
        %v6607 = arith.addi %v6604, %v6606 : i64
        %v6608 = llvm.getelementptr %segsum_x_im[%v6607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6599, %v6608 : f32, !llvm.ptr
        %v6609 = llvm.load %v962 : !llvm.ptr -> f32
        %v6610 = arith.muli %v132, %v8 : i64
        %v6611 = arith.addi %v6610, %v112 : i64
        %v6612 = arith.muli %v6611, %v2 : i64
        %v6613 = arith.addi %v6612, %v155 : i64
        %v6614 = arith.muli %v6613, %v4 : i64
        %v6615 = arith.subi %v4, %v3 : i64
        %v6616 = arith.minsi %v115, %v6615 : i64
        %v6617 = arith.addi %v6614, %v6616 : i64
        %v6618 = llvm.getelementptr %segsum_x_im[%v6617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6609, %v6618 : f32, !llvm.ptr
        %v6619 = llvm.load %v314 : !llvm.ptr -> f32
        %v6620 = arith.muli %v134, %v8 : i64
        %v6621 = arith.addi %v6620, %v112 : i64
        %v6622 = arith.muli %v6621, %v2 : i64
        %v6623 = arith.addi %v6622, %v155 : i64
        %v6624 = arith.muli %v6623, %v4 : i64
        %v6625 = arith.subi %v4, %v3 : i64
        %v6626 = arith.minsi %v115, %v6625 : i64
        %v6627 = arith.addi %v6624, %v6626 : i64
        %v6628 = llvm.getelementptr %segsum_x_im[%v6627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6619, %v6628 : f32, !llvm.ptr
        %v6629 = llvm.load %v251 : !llvm.ptr -> f32
        %v6630 = arith.muli %v1, %v8 : i64
        %v6631 = arith.addi %v6630, %v112 : i64
        %v6632 = arith.muli %v6631, %v2 : i64
        %v6633 = arith.addi %v6632, %v155 : i64
        %v6634 = arith.muli %v6633, %v4 : i64
        %v6635 = arith.subi %v4, %v3 : i64
        %v6636 = arith.minsi %v115, %v6635 : i64
        %v6637 = arith.addi %v6634, %v6636 : i64
        %v6638 = llvm.getelementptr %segsum_x_im[%v6637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6629, %v6638 : f32, !llvm.ptr
        %v6639 = llvm.load %v189 : !llvm.ptr -> f32
        %v6640 = arith.muli %v129, %v8 : i64
        %v6641 = arith.addi %v6640, %v112 : i64
        %v6642 = arith.muli %v6641, %v2 : i64
        %v6643 = arith.addi %v6642, %v157 : i64
        %v6644 = arith.muli %v6643, %v4 : i64
        %v6645 = arith.subi %v4, %v3 : i64
        %v6646 = arith.minsi %v115, %v6645 : i64
        %v6647 = arith.addi %v6644, %v6646 : i64
        %v6648 = llvm.getelementptr %segsum_x_im[%v6647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6639, %v6648 : f32, !llvm.ptr
        %v6649 = llvm.load %v963 : !llvm.ptr -> f32
        %v6650 = arith.muli %v3, %v8 : i64
        %v6651 = arith.addi %v6650, %v112 : i64
        %v6652 = arith.muli %v6651, %v2 : i64
        %v6653 = arith.addi %v6652, %v157 : i64
        %v6654 = arith.muli %v6653, %v4 : i64
        %v6655 = arith.subi %v4, %v3 : i64
        %v6656 = arith.minsi %v115, %v6655 : i64
        %v6657 = arith.addi %v6654, %v6656 : i64
        %v6658 = llvm.getelementptr %segsum_x_im[%v6657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6649, %v6658 : f32, !llvm.ptr
        %v6659 = llvm.load %v964 : !llvm.ptr -> f32
        %v6660 = arith.muli %v132, %v8 : i64
        %v6661 = arith.addi %v6660, %v112 : i64
        %v6662 = arith.muli %v6661, %v2 : i64
        %v6663 = arith.addi %v6662, %v157 : i64
        %v6664 = arith.muli %v6663, %v4 : i64
        %v6665 = arith.subi %v4, %v3 : i64
        %v6666 = arith.minsi %v115, %v6665 : i64
        %v6667 = arith.addi %v6664, %v6666 : i64
        %v6668 = llvm.getelementptr %segsum_x_im[%v6667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6659, %v6668 : f32, !llvm.ptr
        %v6669 = llvm.load %v316 : !llvm.ptr -> f32
        %v6670 = arith.muli %v134, %v8 : i64
        %v6671 = arith.addi %v6670, %v112 : i64
        %v6672 = arith.muli %v6671, %v2 : i64
        %v6673 = arith.addi %v6672, %v157 : i64
        %v6674 = arith.muli %v6673, %v4 : i64
        %v6675 = arith.subi %v4, %v3 : i64
        %v6676 = arith.minsi %v115, %v6675 : i64
        %v6677 = arith.addi %v6674, %v6676 : i64
        %v6678 = llvm.getelementptr %segsum_x_im[%v6677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6669, %v6678 : f32, !llvm.ptr
        %v6679 = llvm.load %v252 : !llvm.ptr -> f32
        %v6680 = arith.muli %v1, %v8 : i64
        %v6681 = arith.addi %v6680, %v112 : i64
        %v6682 = arith.muli %v6681, %v2 : i64
        %v6683 = arith.addi %v6682, %v157 : i64
        %v6684 = arith.muli %v6683, %v4 : i64
        %v6685 = arith.subi %v4, %v3 : i64
        %v6686 = arith.minsi %v115, %v6685 : i64
        %v6687 = arith.addi %v6684, %v6686 : i64
        %v6688 = llvm.getelementptr %segsum_x_im[%v6687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6679, %v6688 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
