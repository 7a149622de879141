module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_bwd_sum(%in_u: !llvm.ptr, %in_lam_re: !llvm.ptr, %in_lam_im: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %in_C_re: !llvm.ptr, %in_C_im: !llvm.ptr, %in_Dp: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %scratch_x_re: !llvm.ptr, %scratch_x_im: !llvm.ptr, %segsum_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v124 = arith.constant 404 : i64
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
      %v899 = arith.constant 388 : i64
      %v900 = llvm.getelementptr %v128[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v901 = arith.constant 389 : i64
      %v902 = llvm.getelementptr %v128[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v903 = arith.constant 390 : i64
      %v904 = llvm.getelementptr %v128[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v905 = arith.constant 391 : i64
      %v906 = llvm.getelementptr %v128[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v907 = arith.constant 392 : i64
      %v908 = llvm.getelementptr %v128[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v909 = arith.constant 393 : i64
      %v910 = llvm.getelementptr %v128[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v911 = arith.constant 394 : i64
      %v912 = llvm.getelementptr %v128[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v913 = arith.constant 395 : i64
      %v914 = llvm.getelementptr %v128[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v915 = arith.constant 396 : i64
      %v916 = llvm.getelementptr %v128[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v917 = arith.constant 397 : i64
      %v918 = llvm.getelementptr %v128[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v919 = arith.constant 398 : i64
      %v920 = llvm.getelementptr %v128[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v921 = arith.constant 399 : i64
      %v922 = llvm.getelementptr %v128[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v923 = arith.constant 400 : i64
      %v924 = llvm.getelementptr %v128[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v925 = arith.constant 401 : i64
      %v926 = llvm.getelementptr %v128[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v927 = arith.constant 402 : i64
      %v928 = llvm.getelementptr %v128[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v929 = arith.constant 403 : i64
      %v930 = llvm.getelementptr %v128[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v931 = arith.constant 0x00000000 : f32
      %v932 = arith.constant 0x3F800000 : f32
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
      %v995 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v996 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v1040 = arith.constant 2147483647 : i64
      %v1044 = arith.constant 0 : i32
      %v1144 = arith.muli %v3, %v2 : i64
      %v1148 = arith.muli %v3, %v1 : i64
      %v1149 = arith.muli %v1148, %size_L : i64
      %v2574 = arith.constant 0x3FB8AA3B : f32
      %v2584 = arith.constant 0x3E22F983 : f32
      %v2587 = arith.constant 0x40C90000 : f32
      %v2588 = arith.constant 0x3AFDAA22 : f32
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
      llvm.store %v931, %v130 : f32, !llvm.ptr
      llvm.store %v931, %v131 : f32, !llvm.ptr
      llvm.store %v931, %v133 : f32, !llvm.ptr
      llvm.store %v931, %v135 : f32, !llvm.ptr
      llvm.store %v931, %v136 : f32, !llvm.ptr
      llvm.store %v931, %v138 : f32, !llvm.ptr
      llvm.store %v931, %v140 : f32, !llvm.ptr
      llvm.store %v931, %v142 : f32, !llvm.ptr
      llvm.store %v931, %v144 : f32, !llvm.ptr
      llvm.store %v931, %v146 : f32, !llvm.ptr
      llvm.store %v931, %v148 : f32, !llvm.ptr
      llvm.store %v931, %v150 : f32, !llvm.ptr
      llvm.store %v931, %v152 : f32, !llvm.ptr
      llvm.store %v931, %v154 : f32, !llvm.ptr
      llvm.store %v931, %v156 : f32, !llvm.ptr
      llvm.store %v931, %v158 : f32, !llvm.ptr
      llvm.store %v931, %v159 : f32, !llvm.ptr
      llvm.store %v931, %v161 : f32, !llvm.ptr
      llvm.store %v931, %v163 : f32, !llvm.ptr
      llvm.store %v931, %v165 : f32, !llvm.ptr
      llvm.store %v931, %v167 : f32, !llvm.ptr
      llvm.store %v931, %v169 : f32, !llvm.ptr
      llvm.store %v931, %v171 : f32, !llvm.ptr
      llvm.store %v931, %v173 : f32, !llvm.ptr
      llvm.store %v931, %v175 : f32, !llvm.ptr
      llvm.store %v931, %v177 : f32, !llvm.ptr
      llvm.store %v931, %v179 : f32, !llvm.ptr
      llvm.store %v931, %v181 : f32, !llvm.ptr
      llvm.store %v931, %v183 : f32, !llvm.ptr
      llvm.store %v931, %v185 : f32, !llvm.ptr
      llvm.store %v931, %v187 : f32, !llvm.ptr
      llvm.store %v931, %v189 : f32, !llvm.ptr
      llvm.store %v932, %v191 : f32, !llvm.ptr
      llvm.store %v932, %v193 : f32, !llvm.ptr
      llvm.store %v932, %v195 : f32, !llvm.ptr
      llvm.store %v932, %v197 : f32, !llvm.ptr
      llvm.store %v932, %v199 : f32, !llvm.ptr
      llvm.store %v932, %v201 : f32, !llvm.ptr
      llvm.store %v932, %v203 : f32, !llvm.ptr
      llvm.store %v932, %v205 : f32, !llvm.ptr
      llvm.store %v932, %v207 : f32, !llvm.ptr
      llvm.store %v932, %v209 : f32, !llvm.ptr
      llvm.store %v932, %v211 : f32, !llvm.ptr
      llvm.store %v932, %v213 : f32, !llvm.ptr
      llvm.store %v932, %v215 : f32, !llvm.ptr
      llvm.store %v932, %v217 : f32, !llvm.ptr
      llvm.store %v932, %v219 : f32, !llvm.ptr
      llvm.store %v932, %v221 : f32, !llvm.ptr
      llvm.store %v932, %v223 : f32, !llvm.ptr
      llvm.store %v932, %v225 : f32, !llvm.ptr
      llvm.store %v932, %v227 : f32, !llvm.ptr
      llvm.store %v932, %v229 : f32, !llvm.ptr
      llvm.store %v932, %v231 : f32, !llvm.ptr
      llvm.store %v932, %v233 : f32, !llvm.ptr
      llvm.store %v932, %v235 : f32, !llvm.ptr
      llvm.store %v932, %v237 : f32, !llvm.ptr
      llvm.store %v932, %v239 : f32, !llvm.ptr
      llvm.store %v932, %v241 : f32, !llvm.ptr
      llvm.store %v932, %v243 : f32, !llvm.ptr
      llvm.store %v932, %v245 : f32, !llvm.ptr
      llvm.store %v932, %v247 : f32, !llvm.ptr
      llvm.store %v932, %v249 : f32, !llvm.ptr
      llvm.store %v932, %v251 : f32, !llvm.ptr
      llvm.store %v932, %v252 : f32, !llvm.ptr
      llvm.store %v931, %v254 : f32, !llvm.ptr
      llvm.store %v931, %v256 : f32, !llvm.ptr
      llvm.store %v931, %v258 : f32, !llvm.ptr
      llvm.store %v931, %v260 : f32, !llvm.ptr
      llvm.store %v931, %v262 : f32, !llvm.ptr
      llvm.store %v931, %v264 : f32, !llvm.ptr
      llvm.store %v931, %v266 : f32, !llvm.ptr
      llvm.store %v931, %v268 : f32, !llvm.ptr
      llvm.store %v931, %v270 : f32, !llvm.ptr
      llvm.store %v931, %v272 : f32, !llvm.ptr
      llvm.store %v931, %v274 : f32, !llvm.ptr
      llvm.store %v931, %v276 : f32, !llvm.ptr
      llvm.store %v931, %v278 : f32, !llvm.ptr
      llvm.store %v931, %v280 : f32, !llvm.ptr
      llvm.store %v931, %v282 : f32, !llvm.ptr
      llvm.store %v931, %v284 : f32, !llvm.ptr
      llvm.store %v931, %v286 : f32, !llvm.ptr
      llvm.store %v931, %v288 : f32, !llvm.ptr
      llvm.store %v931, %v290 : f32, !llvm.ptr
      llvm.store %v931, %v292 : f32, !llvm.ptr
      llvm.store %v931, %v294 : f32, !llvm.ptr
      llvm.store %v931, %v296 : f32, !llvm.ptr
      llvm.store %v931, %v298 : f32, !llvm.ptr
      llvm.store %v931, %v300 : f32, !llvm.ptr
      llvm.store %v931, %v302 : f32, !llvm.ptr
      llvm.store %v931, %v304 : f32, !llvm.ptr
      llvm.store %v931, %v306 : f32, !llvm.ptr
      llvm.store %v931, %v308 : f32, !llvm.ptr
      llvm.store %v931, %v310 : f32, !llvm.ptr
      llvm.store %v931, %v312 : f32, !llvm.ptr
      llvm.store %v931, %v314 : f32, !llvm.ptr
      llvm.store %v931, %v316 : f32, !llvm.ptr
      llvm.store %v931, %v318 : f32, !llvm.ptr
      llvm.store %v931, %v320 : f32, !llvm.ptr
      llvm.store %v931, %v322 : f32, !llvm.ptr
      llvm.store %v931, %v324 : f32, !llvm.ptr
      llvm.store %v931, %v326 : f32, !llvm.ptr
      llvm.store %v931, %v328 : f32, !llvm.ptr
      llvm.store %v931, %v330 : f32, !llvm.ptr
      llvm.store %v931, %v332 : f32, !llvm.ptr
      llvm.store %v931, %v334 : f32, !llvm.ptr
      llvm.store %v931, %v336 : f32, !llvm.ptr
      llvm.store %v931, %v338 : f32, !llvm.ptr
      llvm.store %v931, %v340 : f32, !llvm.ptr
      llvm.store %v931, %v342 : f32, !llvm.ptr
      llvm.store %v931, %v344 : f32, !llvm.ptr
      llvm.store %v931, %v346 : f32, !llvm.ptr
      llvm.store %v931, %v348 : f32, !llvm.ptr
      llvm.store %v931, %v350 : f32, !llvm.ptr
      llvm.store %v931, %v352 : f32, !llvm.ptr
      llvm.store %v931, %v354 : f32, !llvm.ptr
      llvm.store %v931, %v356 : f32, !llvm.ptr
      llvm.store %v931, %v358 : f32, !llvm.ptr
      llvm.store %v931, %v360 : f32, !llvm.ptr
      llvm.store %v931, %v362 : f32, !llvm.ptr
      llvm.store %v931, %v364 : f32, !llvm.ptr
      llvm.store %v931, %v366 : f32, !llvm.ptr
      llvm.store %v931, %v368 : f32, !llvm.ptr
      llvm.store %v931, %v370 : f32, !llvm.ptr
      llvm.store %v931, %v372 : f32, !llvm.ptr
      llvm.store %v931, %v374 : f32, !llvm.ptr
      llvm.store %v931, %v376 : f32, !llvm.ptr
      llvm.store %v931, %v378 : f32, !llvm.ptr
      llvm.store %v931, %v380 : f32, !llvm.ptr
      llvm.store %v931, %v382 : f32, !llvm.ptr
      llvm.store %v931, %v384 : f32, !llvm.ptr
      llvm.store %v931, %v386 : f32, !llvm.ptr
      llvm.store %v931, %v388 : f32, !llvm.ptr
      llvm.store %v931, %v390 : f32, !llvm.ptr
      llvm.store %v931, %v392 : f32, !llvm.ptr
      llvm.store %v931, %v394 : f32, !llvm.ptr
      llvm.store %v931, %v396 : f32, !llvm.ptr
      llvm.store %v931, %v398 : f32, !llvm.ptr
      llvm.store %v931, %v400 : f32, !llvm.ptr
      llvm.store %v931, %v402 : f32, !llvm.ptr
      llvm.store %v931, %v404 : f32, !llvm.ptr
      llvm.store %v931, %v406 : f32, !llvm.ptr
      llvm.store %v931, %v408 : f32, !llvm.ptr
      llvm.store %v931, %v410 : f32, !llvm.ptr
      llvm.store %v931, %v412 : f32, !llvm.ptr
      llvm.store %v931, %v414 : f32, !llvm.ptr
      llvm.store %v931, %v416 : f32, !llvm.ptr
      llvm.store %v931, %v418 : f32, !llvm.ptr
      llvm.store %v931, %v420 : f32, !llvm.ptr
      llvm.store %v931, %v422 : f32, !llvm.ptr
      llvm.store %v931, %v424 : f32, !llvm.ptr
      llvm.store %v931, %v426 : f32, !llvm.ptr
      llvm.store %v931, %v428 : f32, !llvm.ptr
      llvm.store %v931, %v430 : f32, !llvm.ptr
      llvm.store %v931, %v432 : f32, !llvm.ptr
      llvm.store %v931, %v434 : f32, !llvm.ptr
      llvm.store %v931, %v436 : f32, !llvm.ptr
      llvm.store %v931, %v438 : f32, !llvm.ptr
      llvm.store %v931, %v440 : f32, !llvm.ptr
      llvm.store %v931, %v442 : f32, !llvm.ptr
      llvm.store %v931, %v444 : f32, !llvm.ptr
      llvm.store %v931, %v446 : f32, !llvm.ptr
      llvm.store %v931, %v448 : f32, !llvm.ptr
      llvm.store %v931, %v450 : f32, !llvm.ptr
      llvm.store %v931, %v452 : f32, !llvm.ptr
      llvm.store %v931, %v454 : f32, !llvm.ptr
      llvm.store %v931, %v456 : f32, !llvm.ptr
      llvm.store %v931, %v458 : f32, !llvm.ptr
      llvm.store %v931, %v460 : f32, !llvm.ptr
      llvm.store %v931, %v462 : f32, !llvm.ptr
      llvm.store %v931, %v464 : f32, !llvm.ptr
      llvm.store %v931, %v466 : f32, !llvm.ptr
      llvm.store %v931, %v468 : f32, !llvm.ptr
      llvm.store %v931, %v470 : f32, !llvm.ptr
      llvm.store %v931, %v472 : f32, !llvm.ptr
      llvm.store %v931, %v474 : f32, !llvm.ptr
      llvm.store %v931, %v476 : f32, !llvm.ptr
      llvm.store %v931, %v478 : f32, !llvm.ptr
      llvm.store %v931, %v480 : f32, !llvm.ptr
      llvm.store %v931, %v482 : f32, !llvm.ptr
      llvm.store %v931, %v484 : f32, !llvm.ptr
      llvm.store %v931, %v486 : f32, !llvm.ptr
      llvm.store %v931, %v488 : f32, !llvm.ptr
      llvm.store %v931, %v490 : f32, !llvm.ptr
      llvm.store %v931, %v492 : f32, !llvm.ptr
      llvm.store %v931, %v494 : f32, !llvm.ptr
      llvm.store %v931, %v496 : f32, !llvm.ptr
      llvm.store %v931, %v498 : f32, !llvm.ptr
      llvm.store %v931, %v500 : f32, !llvm.ptr
      llvm.store %v931, %v502 : f32, !llvm.ptr
      llvm.store %v931, %v504 : f32, !llvm.ptr
      llvm.store %v931, %v506 : f32, !llvm.ptr
      llvm.store %v931, %v508 : f32, !llvm.ptr
      llvm.store %v931, %v510 : f32, !llvm.ptr
      llvm.store %v931, %v512 : f32, !llvm.ptr
      llvm.store %v931, %v514 : f32, !llvm.ptr
      llvm.store %v931, %v516 : f32, !llvm.ptr
      llvm.store %v931, %v518 : f32, !llvm.ptr
      llvm.store %v931, %v520 : f32, !llvm.ptr
      llvm.store %v931, %v522 : f32, !llvm.ptr
      llvm.store %v931, %v524 : f32, !llvm.ptr
      llvm.store %v931, %v526 : f32, !llvm.ptr
      llvm.store %v931, %v528 : f32, !llvm.ptr
      llvm.store %v931, %v530 : f32, !llvm.ptr
      llvm.store %v931, %v532 : f32, !llvm.ptr
      llvm.store %v931, %v534 : f32, !llvm.ptr
      llvm.store %v931, %v536 : f32, !llvm.ptr
      llvm.store %v931, %v538 : f32, !llvm.ptr
      llvm.store %v931, %v540 : f32, !llvm.ptr
      llvm.store %v931, %v542 : f32, !llvm.ptr
      llvm.store %v931, %v544 : f32, !llvm.ptr
      llvm.store %v931, %v546 : f32, !llvm.ptr
      llvm.store %v931, %v548 : f32, !llvm.ptr
      llvm.store %v931, %v550 : f32, !llvm.ptr
      llvm.store %v931, %v552 : f32, !llvm.ptr
      llvm.store %v931, %v554 : f32, !llvm.ptr
      llvm.store %v931, %v556 : f32, !llvm.ptr
      llvm.store %v931, %v558 : f32, !llvm.ptr
      llvm.store %v931, %v560 : f32, !llvm.ptr
      llvm.store %v931, %v562 : f32, !llvm.ptr
      llvm.store %v931, %v564 : f32, !llvm.ptr
      llvm.store %v931, %v566 : f32, !llvm.ptr
      llvm.store %v931, %v568 : f32, !llvm.ptr
      llvm.store %v931, %v570 : f32, !llvm.ptr
      llvm.store %v931, %v572 : f32, !llvm.ptr
      llvm.store %v931, %v574 : f32, !llvm.ptr
      llvm.store %v931, %v576 : f32, !llvm.ptr
      llvm.store %v931, %v578 : f32, !llvm.ptr
      llvm.store %v931, %v580 : f32, !llvm.ptr
      llvm.store %v931, %v582 : f32, !llvm.ptr
      llvm.store %v931, %v584 : f32, !llvm.ptr
      llvm.store %v931, %v586 : f32, !llvm.ptr
      llvm.store %v931, %v588 : f32, !llvm.ptr
      llvm.store %v931, %v590 : f32, !llvm.ptr
      llvm.store %v931, %v592 : f32, !llvm.ptr
      llvm.store %v931, %v594 : f32, !llvm.ptr
      llvm.store %v931, %v596 : f32, !llvm.ptr
      llvm.store %v931, %v598 : f32, !llvm.ptr
      llvm.store %v931, %v600 : f32, !llvm.ptr
      llvm.store %v931, %v602 : f32, !llvm.ptr
      llvm.store %v931, %v604 : f32, !llvm.ptr
      llvm.store %v931, %v606 : f32, !llvm.ptr
      llvm.store %v931, %v608 : f32, !llvm.ptr
      llvm.store %v931, %v610 : f32, !llvm.ptr
      llvm.store %v931, %v612 : f32, !llvm.ptr
      llvm.store %v931, %v614 : f32, !llvm.ptr
      llvm.store %v931, %v616 : f32, !llvm.ptr
      llvm.store %v931, %v618 : f32, !llvm.ptr
      llvm.store %v931, %v620 : f32, !llvm.ptr
      llvm.store %v931, %v622 : f32, !llvm.ptr
      llvm.store %v931, %v624 : f32, !llvm.ptr
      llvm.store %v931, %v626 : f32, !llvm.ptr
      llvm.store %v931, %v628 : f32, !llvm.ptr
      llvm.store %v931, %v630 : f32, !llvm.ptr
      llvm.store %v931, %v632 : f32, !llvm.ptr
      llvm.store %v931, %v634 : f32, !llvm.ptr
      llvm.store %v931, %v635 : f32, !llvm.ptr
      llvm.store %v931, %v636 : f32, !llvm.ptr
      llvm.store %v931, %v638 : f32, !llvm.ptr
      llvm.store %v931, %v640 : f32, !llvm.ptr
      llvm.store %v931, %v642 : f32, !llvm.ptr
      llvm.store %v931, %v644 : f32, !llvm.ptr
      llvm.store %v931, %v646 : f32, !llvm.ptr
      llvm.store %v931, %v648 : f32, !llvm.ptr
      llvm.store %v931, %v650 : f32, !llvm.ptr
      llvm.store %v931, %v652 : f32, !llvm.ptr
      llvm.store %v931, %v654 : f32, !llvm.ptr
      llvm.store %v931, %v656 : f32, !llvm.ptr
      llvm.store %v931, %v658 : f32, !llvm.ptr
      llvm.store %v931, %v660 : f32, !llvm.ptr
      llvm.store %v931, %v662 : f32, !llvm.ptr
      llvm.store %v931, %v664 : f32, !llvm.ptr
      llvm.store %v931, %v666 : f32, !llvm.ptr
      llvm.store %v931, %v668 : f32, !llvm.ptr
      llvm.store %v931, %v670 : f32, !llvm.ptr
      llvm.store %v931, %v672 : f32, !llvm.ptr
      llvm.store %v931, %v674 : f32, !llvm.ptr
      llvm.store %v931, %v676 : f32, !llvm.ptr
      llvm.store %v931, %v678 : f32, !llvm.ptr
      llvm.store %v931, %v680 : f32, !llvm.ptr
      llvm.store %v931, %v682 : f32, !llvm.ptr
      llvm.store %v931, %v684 : f32, !llvm.ptr
      llvm.store %v931, %v686 : f32, !llvm.ptr
      llvm.store %v931, %v688 : f32, !llvm.ptr
      llvm.store %v931, %v690 : f32, !llvm.ptr
      llvm.store %v931, %v692 : f32, !llvm.ptr
      llvm.store %v931, %v694 : f32, !llvm.ptr
      llvm.store %v931, %v696 : f32, !llvm.ptr
      llvm.store %v931, %v698 : f32, !llvm.ptr
      llvm.store %v931, %v700 : f32, !llvm.ptr
      llvm.store %v931, %v702 : f32, !llvm.ptr
      llvm.store %v931, %v704 : f32, !llvm.ptr
      llvm.store %v931, %v706 : f32, !llvm.ptr
      llvm.store %v931, %v708 : f32, !llvm.ptr
      llvm.store %v931, %v710 : f32, !llvm.ptr
      llvm.store %v931, %v712 : f32, !llvm.ptr
      llvm.store %v931, %v714 : f32, !llvm.ptr
      llvm.store %v931, %v716 : f32, !llvm.ptr
      llvm.store %v931, %v718 : f32, !llvm.ptr
      llvm.store %v931, %v720 : f32, !llvm.ptr
      llvm.store %v931, %v722 : f32, !llvm.ptr
      llvm.store %v931, %v724 : f32, !llvm.ptr
      llvm.store %v931, %v726 : f32, !llvm.ptr
      llvm.store %v931, %v728 : f32, !llvm.ptr
      llvm.store %v931, %v730 : f32, !llvm.ptr
      llvm.store %v931, %v732 : f32, !llvm.ptr
      llvm.store %v931, %v734 : f32, !llvm.ptr
      llvm.store %v931, %v736 : f32, !llvm.ptr
      llvm.store %v931, %v738 : f32, !llvm.ptr
      llvm.store %v931, %v740 : f32, !llvm.ptr
      llvm.store %v931, %v742 : f32, !llvm.ptr
      llvm.store %v931, %v744 : f32, !llvm.ptr
      llvm.store %v931, %v746 : f32, !llvm.ptr
      llvm.store %v931, %v748 : f32, !llvm.ptr
      llvm.store %v931, %v750 : f32, !llvm.ptr
      llvm.store %v931, %v752 : f32, !llvm.ptr
      llvm.store %v931, %v754 : f32, !llvm.ptr
      llvm.store %v931, %v756 : f32, !llvm.ptr
      llvm.store %v931, %v758 : f32, !llvm.ptr
      llvm.store %v931, %v760 : f32, !llvm.ptr
      llvm.store %v931, %v762 : f32, !llvm.ptr
      llvm.store %v931, %v764 : f32, !llvm.ptr
      llvm.store %v931, %v766 : f32, !llvm.ptr
      llvm.store %v931, %v768 : f32, !llvm.ptr
      llvm.store %v931, %v770 : f32, !llvm.ptr
      llvm.store %v931, %v772 : f32, !llvm.ptr
      llvm.store %v931, %v774 : f32, !llvm.ptr
      llvm.store %v931, %v776 : f32, !llvm.ptr
      llvm.store %v931, %v778 : f32, !llvm.ptr
      llvm.store %v931, %v780 : f32, !llvm.ptr
      llvm.store %v931, %v782 : f32, !llvm.ptr
      llvm.store %v931, %v784 : f32, !llvm.ptr
      llvm.store %v931, %v786 : f32, !llvm.ptr
      llvm.store %v931, %v788 : f32, !llvm.ptr
      llvm.store %v931, %v790 : f32, !llvm.ptr
      llvm.store %v931, %v792 : f32, !llvm.ptr
      llvm.store %v931, %v794 : f32, !llvm.ptr
      llvm.store %v931, %v796 : f32, !llvm.ptr
      llvm.store %v931, %v798 : f32, !llvm.ptr
      llvm.store %v931, %v800 : f32, !llvm.ptr
      llvm.store %v931, %v802 : f32, !llvm.ptr
      llvm.store %v931, %v804 : f32, !llvm.ptr
      llvm.store %v931, %v806 : f32, !llvm.ptr
      llvm.store %v931, %v808 : f32, !llvm.ptr
      llvm.store %v931, %v810 : f32, !llvm.ptr
      llvm.store %v931, %v812 : f32, !llvm.ptr
      llvm.store %v931, %v814 : f32, !llvm.ptr
      llvm.store %v931, %v816 : f32, !llvm.ptr
      llvm.store %v931, %v818 : f32, !llvm.ptr
      llvm.store %v931, %v820 : f32, !llvm.ptr
      llvm.store %v931, %v822 : f32, !llvm.ptr
      llvm.store %v931, %v824 : f32, !llvm.ptr
      llvm.store %v931, %v826 : f32, !llvm.ptr
      llvm.store %v931, %v828 : f32, !llvm.ptr
      llvm.store %v931, %v830 : f32, !llvm.ptr
      llvm.store %v931, %v832 : f32, !llvm.ptr
      llvm.store %v931, %v834 : f32, !llvm.ptr
      llvm.store %v931, %v836 : f32, !llvm.ptr
      llvm.store %v931, %v838 : f32, !llvm.ptr
      llvm.store %v931, %v840 : f32, !llvm.ptr
      llvm.store %v931, %v842 : f32, !llvm.ptr
      llvm.store %v931, %v844 : f32, !llvm.ptr
      llvm.store %v931, %v846 : f32, !llvm.ptr
      llvm.store %v931, %v848 : f32, !llvm.ptr
      llvm.store %v931, %v850 : f32, !llvm.ptr
      llvm.store %v931, %v852 : f32, !llvm.ptr
      llvm.store %v931, %v854 : f32, !llvm.ptr
      llvm.store %v931, %v856 : f32, !llvm.ptr
      llvm.store %v931, %v858 : f32, !llvm.ptr
      llvm.store %v931, %v860 : f32, !llvm.ptr
      llvm.store %v931, %v862 : f32, !llvm.ptr
      llvm.store %v931, %v864 : f32, !llvm.ptr
      llvm.store %v931, %v866 : f32, !llvm.ptr
      llvm.store %v931, %v868 : f32, !llvm.ptr
      llvm.store %v931, %v870 : f32, !llvm.ptr
      llvm.store %v931, %v872 : f32, !llvm.ptr
      llvm.store %v931, %v874 : f32, !llvm.ptr
      llvm.store %v931, %v876 : f32, !llvm.ptr
      llvm.store %v931, %v878 : f32, !llvm.ptr
      llvm.store %v931, %v880 : f32, !llvm.ptr
      llvm.store %v931, %v882 : f32, !llvm.ptr
      llvm.store %v931, %v884 : f32, !llvm.ptr
      llvm.store %v931, %v886 : f32, !llvm.ptr
      llvm.store %v931, %v888 : f32, !llvm.ptr
      llvm.store %v931, %v890 : f32, !llvm.ptr
      llvm.store %v931, %v892 : f32, !llvm.ptr
      llvm.store %v931, %v894 : f32, !llvm.ptr
      llvm.store %v931, %v896 : f32, !llvm.ptr
      llvm.store %v931, %v898 : f32, !llvm.ptr
      llvm.store %v931, %v900 : f32, !llvm.ptr
      llvm.store %v931, %v902 : f32, !llvm.ptr
      llvm.store %v931, %v904 : f32, !llvm.ptr
      llvm.store %v931, %v906 : f32, !llvm.ptr
      llvm.store %v931, %v908 : f32, !llvm.ptr
      llvm.store %v931, %v910 : f32, !llvm.ptr
      llvm.store %v931, %v912 : f32, !llvm.ptr
      llvm.store %v931, %v914 : f32, !llvm.ptr
      llvm.store %v931, %v916 : f32, !llvm.ptr
      llvm.store %v931, %v918 : f32, !llvm.ptr
      llvm.store %v931, %v920 : f32, !llvm.ptr
      llvm.store %v931, %v922 : f32, !llvm.ptr
      llvm.store %v931, %v924 : f32, !llvm.ptr
      llvm.store %v931, %v926 : f32, !llvm.ptr
      llvm.store %v931, %v928 : f32, !llvm.ptr
      llvm.store %v931, %v930 : f32, !llvm.ptr
      llvm.store %v932, %v933 : f32, !llvm.ptr
      llvm.store %v931, %v934 : f32, !llvm.ptr
      llvm.store %v932, %v935 : f32, !llvm.ptr
      llvm.store %v931, %v936 : f32, !llvm.ptr
      llvm.store %v932, %v937 : f32, !llvm.ptr
      llvm.store %v931, %v938 : f32, !llvm.ptr
      llvm.store %v932, %v939 : f32, !llvm.ptr
      llvm.store %v931, %v940 : f32, !llvm.ptr
      llvm.store %v932, %v941 : f32, !llvm.ptr
      llvm.store %v931, %v942 : f32, !llvm.ptr
      llvm.store %v932, %v943 : f32, !llvm.ptr
      llvm.store %v931, %v944 : f32, !llvm.ptr
      llvm.store %v932, %v945 : f32, !llvm.ptr
      llvm.store %v931, %v946 : f32, !llvm.ptr
      llvm.store %v932, %v947 : f32, !llvm.ptr
      llvm.store %v931, %v948 : f32, !llvm.ptr
      llvm.store %v932, %v949 : f32, !llvm.ptr
      llvm.store %v931, %v950 : f32, !llvm.ptr
      llvm.store %v932, %v951 : f32, !llvm.ptr
      llvm.store %v931, %v952 : f32, !llvm.ptr
      llvm.store %v932, %v953 : f32, !llvm.ptr
      llvm.store %v931, %v954 : f32, !llvm.ptr
      llvm.store %v932, %v955 : f32, !llvm.ptr
      llvm.store %v931, %v956 : f32, !llvm.ptr
      llvm.store %v932, %v957 : f32, !llvm.ptr
      llvm.store %v931, %v958 : f32, !llvm.ptr
      llvm.store %v932, %v959 : f32, !llvm.ptr
      llvm.store %v931, %v960 : f32, !llvm.ptr
      llvm.store %v932, %v961 : f32, !llvm.ptr
      llvm.store %v931, %v962 : f32, !llvm.ptr
      llvm.store %v932, %v963 : f32, !llvm.ptr
      llvm.store %v931, %v964 : f32, !llvm.ptr
      llvm.store %v931, %v965 : f32, !llvm.ptr
      llvm.store %v932, %v966 : f32, !llvm.ptr
      llvm.store %v931, %v967 : f32, !llvm.ptr
      llvm.store %v932, %v968 : f32, !llvm.ptr
      llvm.store %v931, %v969 : f32, !llvm.ptr
      llvm.store %v932, %v970 : f32, !llvm.ptr
      llvm.store %v931, %v971 : f32, !llvm.ptr
      llvm.store %v932, %v972 : f32, !llvm.ptr
      llvm.store %v931, %v973 : f32, !llvm.ptr
      llvm.store %v932, %v974 : f32, !llvm.ptr
      llvm.store %v931, %v975 : f32, !llvm.ptr
      llvm.store %v932, %v976 : f32, !llvm.ptr
      llvm.store %v931, %v977 : f32, !llvm.ptr
      llvm.store %v932, %v978 : f32, !llvm.ptr
      llvm.store %v931, %v979 : f32, !llvm.ptr
      llvm.store %v932, %v980 : f32, !llvm.ptr
      llvm.store %v931, %v981 : f32, !llvm.ptr
      llvm.store %v932, %v982 : f32, !llvm.ptr
      llvm.store %v931, %v983 : f32, !llvm.ptr
      llvm.store %v932, %v984 : f32, !llvm.ptr
      llvm.store %v931, %v985 : f32, !llvm.ptr
      llvm.store %v932, %v986 : f32, !llvm.ptr
      llvm.store %v931, %v987 : f32, !llvm.ptr
      llvm.store %v932, %v988 : f32, !llvm.ptr
      llvm.store %v931, %v989 : f32, !llvm.ptr
      llvm.store %v932, %v990 : f32, !llvm.ptr
      llvm.store %v931, %v991 : f32, !llvm.ptr
      llvm.store %v932, %v992 : f32, !llvm.ptr
      llvm.store %v931, %v993 : f32, !llvm.ptr
      llvm.store %v932, %v994 : f32, !llvm.ptr
      llvm.store %v931, %v995 : f32, !llvm.ptr
      llvm.store %v932, %v996 : f32, !llvm.ptr
      %v997 = arith.cmpi eq, %size_L, %v129 : i64
      scf.if %v997 {
        llvm.store %v931, %v73 : f32, !llvm.ptr
        llvm.store %v931, %v74 : f32, !llvm.ptr
        llvm.store %v931, %v75 : f32, !llvm.ptr
        llvm.store %v931, %v76 : f32, !llvm.ptr
        llvm.store %v931, %v77 : f32, !llvm.ptr
        llvm.store %v931, %v78 : f32, !llvm.ptr
        llvm.store %v931, %v79 : f32, !llvm.ptr
        llvm.store %v931, %v80 : f32, !llvm.ptr
        llvm.store %v931, %v81 : f32, !llvm.ptr
        llvm.store %v931, %v82 : f32, !llvm.ptr
        llvm.store %v931, %v83 : f32, !llvm.ptr
        llvm.store %v931, %v84 : f32, !llvm.ptr
        llvm.store %v931, %v85 : f32, !llvm.ptr
        llvm.store %v931, %v86 : f32, !llvm.ptr
        llvm.store %v931, %v87 : f32, !llvm.ptr
        llvm.store %v931, %v88 : f32, !llvm.ptr
        llvm.store %v931, %v89 : f32, !llvm.ptr
        llvm.store %v931, %v90 : f32, !llvm.ptr
        llvm.store %v931, %v91 : f32, !llvm.ptr
        llvm.store %v931, %v92 : f32, !llvm.ptr
        llvm.store %v931, %v93 : f32, !llvm.ptr
        llvm.store %v931, %v94 : f32, !llvm.ptr
        llvm.store %v931, %v95 : f32, !llvm.ptr
        llvm.store %v931, %v96 : f32, !llvm.ptr
        llvm.store %v931, %v97 : f32, !llvm.ptr
        llvm.store %v931, %v98 : f32, !llvm.ptr
        llvm.store %v931, %v99 : f32, !llvm.ptr
        llvm.store %v931, %v100 : f32, !llvm.ptr
        llvm.store %v931, %v101 : f32, !llvm.ptr
        llvm.store %v931, %v102 : f32, !llvm.ptr
        llvm.store %v931, %v103 : f32, !llvm.ptr
        llvm.store %v931, %v104 : f32, !llvm.ptr
      }
      %v998 = arith.subi %v253, %v3 : i64
      %v999 = arith.addi %size_L, %v998 : i64
      %v1000 = arith.divui %v999, %v253 : i64
      %v1001 = arith.minsi %v122, %v1000 : i64
      %v1002 = arith.muli %v112, %v253 : i64
      %v1003 = arith.subi %v1001, %v121 : i64
      %v1004 = arith.maxsi %v1003, %v129 : i64
      %v1005 = arith.index_cast %v129 : i64 to index
      %v1006 = arith.index_cast %v1004 : i64 to index
      %v1007 = arith.index_cast %v3 : i64 to index
      scf.for %v1008 = %v1005 to %v1006 step %v1007 {
        %v1009 = arith.index_cast %v1008 : index to i64
        %v1010 = arith.subi %v1001, %v3 : i64
        %v1011 = arith.subi %v1010, %v1009 : i64
        %v1012 = arith.muli %v1011, %v253 : i64
        %v1013 = arith.subi %size_L, %v1012 : i64
        %v1014 = arith.minsi %v1013, %v253 : i64
        %v1015 = arith.addi %v1014, %v129 : i64
        %v1016 = arith.divui %v1015, %v3 : i64
        %v1017 = arith.index_cast %v129 : i64 to index
        %v1018 = arith.index_cast %v3 : i64 to index
        %v1019 = arith.index_cast %v3 : i64 to index
        scf.for %v1020 = %v1017 to %v1018 step %v1019 {
          %v1021 = arith.index_cast %v1020 : index to i64
          %v1022 = arith.index_cast %v129 : i64 to index
          %v1023 = arith.index_cast %v1016 : i64 to index
          %v1024 = arith.index_cast %v3 : i64 to index
          scf.for %v1025 = %v1022 to %v1023 step %v1024 {
            %v1026 = arith.index_cast %v1025 : index to i64
            %v1027 = arith.cmpi slt, %v1026, %v1016 : i64
            scf.if %v1027 {
              %v1028 = arith.subi %v1016, %v3 : i64
              %v1029 = arith.subi %v1028, %v1026 : i64
              %v1030 = arith.muli %v1029, %v3 : i64
              %v1031 = arith.addi %v1002, %v1029 : i64
              %v1032 = arith.addi %v1030, %v3 : i64
              %v1033 = arith.cmpi sle, %v1032, %v1014 : i64
              scf.if %v1033 {
                %v1034 = arith.subi %v1014, %v3 : i64
                // the group's states, recomputed into registers
                %v1035 = arith.subi %v1014, %v1030 : i64
                %v1036 = arith.trunci %v1035 : i64 to i32
                %v1037 = arith.subi %size_L, %v3 : i64
                %v1038 = arith.addi %v1012, %v1030 : i64
                %v1039 = arith.subi %v1037, %v1038 : i64
                %v1041 = arith.minsi %v1039, %v1040 : i64
                %v1042 = arith.trunci %v1041 : i64 to i32
                %v1043 = arith.addi %v1030, %v129 : i64
                %v1045 = arith.cmpi slt, %v1044, %v1036 : i32
                %v1046 = arith.cmpi eq, %v1044, %v1042 : i32
                %v1047 = arith.addi %v1012, %v1043 : i64
                %v1048 = llvm.load %v130 : !llvm.ptr -> f32
                %v1049 = llvm.load %v131 : !llvm.ptr -> f32
                %v1050 = llvm.load %v133 : !llvm.ptr -> f32
                %v1051 = llvm.load %v135 : !llvm.ptr -> f32
                %v1052 = llvm.load %v136 : !llvm.ptr -> f32
                %v1053 = llvm.load %v138 : !llvm.ptr -> f32
                %v1054 = llvm.load %v140 : !llvm.ptr -> f32
                %v1055 = llvm.load %v142 : !llvm.ptr -> f32
                %v1056 = llvm.load %v144 : !llvm.ptr -> f32
                %v1057 = llvm.load %v146 : !llvm.ptr -> f32
                %v1058 = llvm.load %v148 : !llvm.ptr -> f32
                %v1059 = llvm.load %v150 : !llvm.ptr -> f32
                %v1060 = llvm.load %v152 : !llvm.ptr -> f32
                %v1061 = llvm.load %v154 : !llvm.ptr -> f32
                %v1062 = llvm.load %v156 : !llvm.ptr -> f32
                %v1063 = llvm.load %v158 : !llvm.ptr -> f32
                %v1064 = llvm.load %v159 : !llvm.ptr -> f32
                %v1065 = llvm.load %v161 : !llvm.ptr -> f32
                %v1066 = llvm.load %v163 : !llvm.ptr -> f32
                %v1067 = llvm.load %v165 : !llvm.ptr -> f32
                %v1068 = llvm.load %v167 : !llvm.ptr -> f32
                %v1069 = llvm.load %v169 : !llvm.ptr -> f32
                %v1070 = llvm.load %v171 : !llvm.ptr -> f32
                %v1071 = llvm.load %v173 : !llvm.ptr -> f32
                %v1072 = llvm.load %v175 : !llvm.ptr -> f32
                %v1073 = llvm.load %v177 : !llvm.ptr -> f32
                %v1074 = llvm.load %v179 : !llvm.ptr -> f32
                %v1075 = llvm.load %v181 : !llvm.ptr -> f32
                %v1076 = llvm.load %v183 : !llvm.ptr -> f32
                %v1077 = llvm.load %v185 : !llvm.ptr -> f32
                %v1078 = llvm.load %v187 : !llvm.ptr -> f32
                %v1079 = llvm.load %v189 : !llvm.ptr -> f32
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
                %v1112 = llvm.load %v965 : !llvm.ptr -> f32
                %v1113 = llvm.load %v966 : !llvm.ptr -> f32
                %v1114 = llvm.load %v967 : !llvm.ptr -> f32
                %v1115 = llvm.load %v968 : !llvm.ptr -> f32
                %v1116 = llvm.load %v969 : !llvm.ptr -> f32
                %v1117 = llvm.load %v970 : !llvm.ptr -> f32
                %v1118 = llvm.load %v971 : !llvm.ptr -> f32
                %v1119 = llvm.load %v972 : !llvm.ptr -> f32
                %v1120 = llvm.load %v973 : !llvm.ptr -> f32
                %v1121 = llvm.load %v974 : !llvm.ptr -> f32
                %v1122 = llvm.load %v975 : !llvm.ptr -> f32
                %v1123 = llvm.load %v976 : !llvm.ptr -> f32
                %v1124 = llvm.load %v977 : !llvm.ptr -> f32
                %v1125 = llvm.load %v978 : !llvm.ptr -> f32
                %v1126 = llvm.load %v979 : !llvm.ptr -> f32
                %v1127 = llvm.load %v980 : !llvm.ptr -> f32
                %v1128 = llvm.load %v981 : !llvm.ptr -> f32
                %v1129 = llvm.load %v982 : !llvm.ptr -> f32
                %v1130 = llvm.load %v983 : !llvm.ptr -> f32
                %v1131 = llvm.load %v984 : !llvm.ptr -> f32
                %v1132 = llvm.load %v985 : !llvm.ptr -> f32
                %v1133 = llvm.load %v986 : !llvm.ptr -> f32
                %v1134 = llvm.load %v987 : !llvm.ptr -> f32
                %v1135 = llvm.load %v988 : !llvm.ptr -> f32
                %v1136 = llvm.load %v989 : !llvm.ptr -> f32
                %v1137 = llvm.load %v990 : !llvm.ptr -> f32
                %v1138 = llvm.load %v991 : !llvm.ptr -> f32
                %v1139 = llvm.load %v992 : !llvm.ptr -> f32
                %v1140 = llvm.load %v993 : !llvm.ptr -> f32
                %v1141 = llvm.load %v994 : !llvm.ptr -> f32
                %v1142 = llvm.load %v995 : !llvm.ptr -> f32
                %v1143 = llvm.load %v996 : !llvm.ptr -> f32
                %v1145 = arith.constant 0 : i64
                %v1146 = llvm.getelementptr %in_C_re[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
                %v1150 = arith.muli %v119, %v1149 : i64
                %v1151 = arith.muli %v1047, %v1148 : i64
                %v1152 = arith.addi %v1150, %v1151 : i64
                %v1153 = llvm.getelementptr %dy_y[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
                %v1155 = arith.mulf %v1147, %v1154 fastmath<contract> : f32
                %v1156 = arith.constant 1 : i64
                %v1157 = arith.muli %v1156, %v1144 : i64
                %v1158 = llvm.getelementptr %in_C_re[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
                %v1160 = arith.muli %v119, %v1149 : i64
                %v1161 = arith.muli %v1047, %v1148 : i64
                %v1162 = arith.addi %v1160, %v1161 : i64
                %v1163 = arith.constant 1 : i64
                %v1164 = arith.muli %v1163, %v3 : i64
                %v1165 = arith.addi %v1162, %v1164 : i64
                %v1166 = llvm.getelementptr %dy_y[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
                %v1168 = arith.mulf %v1159, %v1167 fastmath<contract> : f32
                %v1169 = arith.addf %v1155, %v1168 fastmath<contract> : f32
                %v1170 = arith.constant 2 : i64
                %v1171 = arith.muli %v1170, %v1144 : i64
                %v1172 = llvm.getelementptr %in_C_re[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1173 = llvm.load %v1172 : !llvm.ptr -> f32
                %v1174 = arith.muli %v119, %v1149 : i64
                %v1175 = arith.muli %v1047, %v1148 : i64
                %v1176 = arith.addi %v1174, %v1175 : i64
                %v1177 = arith.constant 2 : i64
                %v1178 = arith.muli %v1177, %v3 : i64
                %v1179 = arith.addi %v1176, %v1178 : i64
                %v1180 = llvm.getelementptr %dy_y[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                %v1182 = arith.mulf %v1173, %v1181 fastmath<contract> : f32
                %v1183 = arith.addf %v1169, %v1182 fastmath<contract> : f32
                %v1184 = arith.constant 3 : i64
                %v1185 = arith.muli %v1184, %v1144 : i64
                %v1186 = llvm.getelementptr %in_C_re[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
                %v1188 = arith.muli %v119, %v1149 : i64
                %v1189 = arith.muli %v1047, %v1148 : i64
                %v1190 = arith.addi %v1188, %v1189 : i64
                %v1191 = arith.constant 3 : i64
                %v1192 = arith.muli %v1191, %v3 : i64
                %v1193 = arith.addi %v1190, %v1192 : i64
                %v1194 = llvm.getelementptr %dy_y[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
                %v1196 = arith.mulf %v1187, %v1195 fastmath<contract> : f32
                %v1197 = arith.addf %v1183, %v1196 fastmath<contract> : f32
                %v1198 = llvm.load %v191 : !llvm.ptr -> f32
                %v1199 = arith.mulf %v1198, %v1048 fastmath<contract> : f32
                %v1200 = arith.addf %v1197, %v1199 fastmath<contract> : f32
                %v1201 = llvm.load %v254 : !llvm.ptr -> f32
                %v1202 = arith.mulf %v1201, %v1064 fastmath<contract> : f32
                %v1203 = arith.addf %v1202, %v1200 fastmath<contract> : f32
                %v1204 = arith.mulf %v1080, %v1198 fastmath<contract> : f32
                %v1205 = arith.mulf %v1201, %v1112 fastmath<contract> : f32
                %v1206 = arith.addf %v1205, %v1204 fastmath<contract> : f32
                %v1207 = arith.mulf %v1081, %v1198 fastmath<contract> : f32
                %v1208 = arith.mulf %v1201, %v1113 fastmath<contract> : f32
                %v1209 = arith.addf %v1208, %v1207 fastmath<contract> : f32
                %v1210 = arith.constant 1 : i64
                %v1211 = arith.muli %v1210, %v3 : i64
                %v1212 = llvm.getelementptr %in_C_re[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1213 = llvm.load %v1212 : !llvm.ptr -> f32
                %v1214 = arith.mulf %v1213, %v1154 fastmath<contract> : f32
                %v1215 = arith.constant 1 : i64
                %v1216 = arith.muli %v1215, %v1144 : i64
                %v1217 = arith.constant 1 : i64
                %v1218 = arith.muli %v1217, %v3 : i64
                %v1219 = arith.addi %v1216, %v1218 : i64
                %v1220 = llvm.getelementptr %in_C_re[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1221 = llvm.load %v1220 : !llvm.ptr -> f32
                %v1222 = arith.mulf %v1221, %v1167 fastmath<contract> : f32
                %v1223 = arith.addf %v1214, %v1222 fastmath<contract> : f32
                %v1224 = arith.constant 2 : i64
                %v1225 = arith.muli %v1224, %v1144 : i64
                %v1226 = arith.constant 1 : i64
                %v1227 = arith.muli %v1226, %v3 : i64
                %v1228 = arith.addi %v1225, %v1227 : i64
                %v1229 = llvm.getelementptr %in_C_re[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
                %v1231 = arith.mulf %v1230, %v1181 fastmath<contract> : f32
                %v1232 = arith.addf %v1223, %v1231 fastmath<contract> : f32
                %v1233 = arith.constant 3 : i64
                %v1234 = arith.muli %v1233, %v1144 : i64
                %v1235 = arith.constant 1 : i64
                %v1236 = arith.muli %v1235, %v3 : i64
                %v1237 = arith.addi %v1234, %v1236 : i64
                %v1238 = llvm.getelementptr %in_C_re[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
                %v1240 = arith.mulf %v1239, %v1195 fastmath<contract> : f32
                %v1241 = arith.addf %v1232, %v1240 fastmath<contract> : f32
                %v1242 = llvm.load %v193 : !llvm.ptr -> f32
                %v1243 = arith.mulf %v1242, %v1049 fastmath<contract> : f32
                %v1244 = arith.addf %v1241, %v1243 fastmath<contract> : f32
                %v1245 = llvm.load %v256 : !llvm.ptr -> f32
                %v1246 = arith.mulf %v1245, %v1065 fastmath<contract> : f32
                %v1247 = arith.addf %v1246, %v1244 fastmath<contract> : f32
                %v1248 = arith.mulf %v1082, %v1242 fastmath<contract> : f32
                %v1249 = arith.mulf %v1245, %v1114 fastmath<contract> : f32
                %v1250 = arith.addf %v1249, %v1248 fastmath<contract> : f32
                %v1251 = arith.mulf %v1083, %v1242 fastmath<contract> : f32
                %v1252 = arith.mulf %v1245, %v1115 fastmath<contract> : f32
                %v1253 = arith.addf %v1252, %v1251 fastmath<contract> : f32
                %v1254 = arith.constant 2 : i64
                %v1255 = arith.muli %v1254, %v3 : i64
                %v1256 = llvm.getelementptr %in_C_re[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
                %v1258 = arith.mulf %v1257, %v1154 fastmath<contract> : f32
                %v1259 = arith.constant 1 : i64
                %v1260 = arith.muli %v1259, %v1144 : i64
                %v1261 = arith.constant 2 : i64
                %v1262 = arith.muli %v1261, %v3 : i64
                %v1263 = arith.addi %v1260, %v1262 : i64
                %v1264 = llvm.getelementptr %in_C_re[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
                %v1266 = arith.mulf %v1265, %v1167 fastmath<contract> : f32
                %v1267 = arith.addf %v1258, %v1266 fastmath<contract> : f32
                %v1268 = arith.constant 2 : i64
                %v1269 = arith.muli %v1268, %v1144 : i64
                %v1270 = arith.constant 2 : i64
                %v1271 = arith.muli %v1270, %v3 : i64
                %v1272 = arith.addi %v1269, %v1271 : i64
                %v1273 = llvm.getelementptr %in_C_re[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                %v1275 = arith.mulf %v1274, %v1181 fastmath<contract> : f32
                %v1276 = arith.addf %v1267, %v1275 fastmath<contract> : f32
                %v1277 = arith.constant 3 : i64
                %v1278 = arith.muli %v1277, %v1144 : i64
                %v1279 = arith.constant 2 : i64
                %v1280 = arith.muli %v1279, %v3 : i64
                %v1281 = arith.addi %v1278, %v1280 : i64
                %v1282 = llvm.getelementptr %in_C_re[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
                %v1284 = arith.mulf %v1283, %v1195 fastmath<contract> : f32
                %v1285 = arith.addf %v1276, %v1284 fastmath<contract> : f32
                %v1286 = llvm.load %v195 : !llvm.ptr -> f32
                %v1287 = arith.mulf %v1286, %v1050 fastmath<contract> : f32
                %v1288 = arith.addf %v1285, %v1287 fastmath<contract> : f32
                %v1289 = llvm.load %v258 : !llvm.ptr -> f32
                %v1290 = arith.mulf %v1289, %v1066 fastmath<contract> : f32
                %v1291 = arith.addf %v1290, %v1288 fastmath<contract> : f32
                %v1292 = arith.mulf %v1084, %v1286 fastmath<contract> : f32
                %v1293 = arith.mulf %v1289, %v1116 fastmath<contract> : f32
                %v1294 = arith.addf %v1293, %v1292 fastmath<contract> : f32
                %v1295 = arith.mulf %v1085, %v1286 fastmath<contract> : f32
                %v1296 = arith.mulf %v1289, %v1117 fastmath<contract> : f32
                %v1297 = arith.addf %v1296, %v1295 fastmath<contract> : f32
                %v1298 = arith.constant 3 : i64
                %v1299 = arith.muli %v1298, %v3 : i64
                %v1300 = llvm.getelementptr %in_C_re[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1301 = llvm.load %v1300 : !llvm.ptr -> f32
                %v1302 = arith.mulf %v1301, %v1154 fastmath<contract> : f32
                %v1303 = arith.constant 1 : i64
                %v1304 = arith.muli %v1303, %v1144 : i64
                %v1305 = arith.constant 3 : i64
                %v1306 = arith.muli %v1305, %v3 : i64
                %v1307 = arith.addi %v1304, %v1306 : i64
                %v1308 = llvm.getelementptr %in_C_re[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1309 = llvm.load %v1308 : !llvm.ptr -> f32
                %v1310 = arith.mulf %v1309, %v1167 fastmath<contract> : f32
                %v1311 = arith.addf %v1302, %v1310 fastmath<contract> : f32
                %v1312 = arith.constant 2 : i64
                %v1313 = arith.muli %v1312, %v1144 : i64
                %v1314 = arith.constant 3 : i64
                %v1315 = arith.muli %v1314, %v3 : i64
                %v1316 = arith.addi %v1313, %v1315 : i64
                %v1317 = llvm.getelementptr %in_C_re[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
                %v1319 = arith.mulf %v1318, %v1181 fastmath<contract> : f32
                %v1320 = arith.addf %v1311, %v1319 fastmath<contract> : f32
                %v1321 = arith.constant 3 : i64
                %v1322 = arith.muli %v1321, %v1144 : i64
                %v1323 = arith.constant 3 : i64
                %v1324 = arith.muli %v1323, %v3 : i64
                %v1325 = arith.addi %v1322, %v1324 : i64
                %v1326 = llvm.getelementptr %in_C_re[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
                %v1328 = arith.mulf %v1327, %v1195 fastmath<contract> : f32
                %v1329 = arith.addf %v1320, %v1328 fastmath<contract> : f32
                %v1330 = llvm.load %v197 : !llvm.ptr -> f32
                %v1331 = arith.mulf %v1330, %v1051 fastmath<contract> : f32
                %v1332 = arith.addf %v1329, %v1331 fastmath<contract> : f32
                %v1333 = llvm.load %v260 : !llvm.ptr -> f32
                %v1334 = arith.mulf %v1333, %v1067 fastmath<contract> : f32
                %v1335 = arith.addf %v1334, %v1332 fastmath<contract> : f32
                %v1336 = arith.mulf %v1086, %v1330 fastmath<contract> : f32
                %v1337 = arith.mulf %v1333, %v1118 fastmath<contract> : f32
                %v1338 = arith.addf %v1337, %v1336 fastmath<contract> : f32
                %v1339 = arith.mulf %v1087, %v1330 fastmath<contract> : f32
                %v1340 = arith.mulf %v1333, %v1119 fastmath<contract> : f32
                %v1341 = arith.addf %v1340, %v1339 fastmath<contract> : f32
                %v1342 = arith.constant 4 : i64
                %v1343 = arith.muli %v1342, %v3 : i64
                %v1344 = llvm.getelementptr %in_C_re[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
                %v1346 = arith.mulf %v1345, %v1154 fastmath<contract> : f32
                %v1347 = arith.constant 1 : i64
                %v1348 = arith.muli %v1347, %v1144 : i64
                %v1349 = arith.constant 4 : i64
                %v1350 = arith.muli %v1349, %v3 : i64
                %v1351 = arith.addi %v1348, %v1350 : i64
                %v1352 = llvm.getelementptr %in_C_re[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
                %v1354 = arith.mulf %v1353, %v1167 fastmath<contract> : f32
                %v1355 = arith.addf %v1346, %v1354 fastmath<contract> : f32
                %v1356 = arith.constant 2 : i64
                %v1357 = arith.muli %v1356, %v1144 : i64
                %v1358 = arith.constant 4 : i64
                %v1359 = arith.muli %v1358, %v3 : i64
                %v1360 = arith.addi %v1357, %v1359 : i64
                %v1361 = llvm.getelementptr %in_C_re[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
                %v1363 = arith.mulf %v1362, %v1181 fastmath<contract> : f32
                %v1364 = arith.addf %v1355, %v1363 fastmath<contract> : f32
                %v1365 = arith.constant 3 : i64
                %v1366 = arith.muli %v1365, %v1144 : i64
                %v1367 = arith.constant 4 : i64
                %v1368 = arith.muli %v1367, %v3 : i64
                %v1369 = arith.addi %v1366, %v1368 : i64
                %v1370 = llvm.getelementptr %in_C_re[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
                %v1372 = arith.mulf %v1371, %v1195 fastmath<contract> : f32
                %v1373 = arith.addf %v1364, %v1372 fastmath<contract> : f32
                %v1374 = llvm.load %v199 : !llvm.ptr -> f32
                %v1375 = arith.mulf %v1374, %v1052 fastmath<contract> : f32
                %v1376 = arith.addf %v1373, %v1375 fastmath<contract> : f32
                %v1377 = llvm.load %v262 : !llvm.ptr -> f32
                %v1378 = arith.mulf %v1377, %v1068 fastmath<contract> : f32
                %v1379 = arith.addf %v1378, %v1376 fastmath<contract> : f32
                %v1380 = arith.mulf %v1088, %v1374 fastmath<contract> : f32
                %v1381 = arith.mulf %v1377, %v1120 fastmath<contract> : f32
                %v1382 = arith.addf %v1381, %v1380 fastmath<contract> : f32
                %v1383 = arith.mulf %v1089, %v1374 fastmath<contract> : f32
                %v1384 = arith.mulf %v1377, %v1121 fastmath<contract> : f32
                %v1385 = arith.addf %v1384, %v1383 fastmath<contract> : f32
                %v1386 = arith.constant 5 : i64
                %v1387 = arith.muli %v1386, %v3 : i64
                %v1388 = llvm.getelementptr %in_C_re[%v1387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1389 = llvm.load %v1388 : !llvm.ptr -> f32
                %v1390 = arith.mulf %v1389, %v1154 fastmath<contract> : f32
                %v1391 = arith.constant 1 : i64
                %v1392 = arith.muli %v1391, %v1144 : i64
                %v1393 = arith.constant 5 : i64
                %v1394 = arith.muli %v1393, %v3 : i64
                %v1395 = arith.addi %v1392, %v1394 : i64
                %v1396 = llvm.getelementptr %in_C_re[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                %v1398 = arith.mulf %v1397, %v1167 fastmath<contract> : f32
                %v1399 = arith.addf %v1390, %v1398 fastmath<contract> : f32
                %v1400 = arith.constant 2 : i64
                %v1401 = arith.muli %v1400, %v1144 : i64
                %v1402 = arith.constant 5 : i64
                %v1403 = arith.muli %v1402, %v3 : i64
                %v1404 = arith.addi %v1401, %v1403 : i64
                %v1405 = llvm.getelementptr %in_C_re[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
                %v1407 = arith.mulf %v1406, %v1181 fastmath<contract> : f32
                %v1408 = arith.addf %v1399, %v1407 fastmath<contract> : f32
                %v1409 = arith.constant 3 : i64
                %v1410 = arith.muli %v1409, %v1144 : i64
                %v1411 = arith.constant 5 : i64
                %v1412 = arith.muli %v1411, %v3 : i64
                %v1413 = arith.addi %v1410, %v1412 : i64
                %v1414 = llvm.getelementptr %in_C_re[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
                %v1416 = arith.mulf %v1415, %v1195 fastmath<contract> : f32
                %v1417 = arith.addf %v1408, %v1416 fastmath<contract> : f32
                %v1418 = llvm.load %v201 : !llvm.ptr -> f32
                %v1419 = arith.mulf %v1418, %v1053 fastmath<contract> : f32
                %v1420 = arith.addf %v1417, %v1419 fastmath<contract> : f32
                %v1421 = llvm.load %v264 : !llvm.ptr -> f32
                %v1422 = arith.mulf %v1421, %v1069 fastmath<contract> : f32
                %v1423 = arith.addf %v1422, %v1420 fastmath<contract> : f32
                %v1424 = arith.mulf %v1090, %v1418 fastmath<contract> : f32
                %v1425 = arith.mulf %v1421, %v1122 fastmath<contract> : f32
                %v1426 = arith.addf %v1425, %v1424 fastmath<contract> : f32
                %v1427 = arith.mulf %v1091, %v1418 fastmath<contract> : f32
                %v1428 = arith.mulf %v1421, %v1123 fastmath<contract> : f32
                %v1429 = arith.addf %v1428, %v1427 fastmath<contract> : f32
                %v1430 = arith.constant 6 : i64
                %v1431 = arith.muli %v1430, %v3 : i64
                %v1432 = llvm.getelementptr %in_C_re[%v1431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1433 = llvm.load %v1432 : !llvm.ptr -> f32
                %v1434 = arith.mulf %v1433, %v1154 fastmath<contract> : f32
                %v1435 = arith.constant 1 : i64
                %v1436 = arith.muli %v1435, %v1144 : i64
                %v1437 = arith.constant 6 : i64
                %v1438 = arith.muli %v1437, %v3 : i64
                %v1439 = arith.addi %v1436, %v1438 : i64
                %v1440 = llvm.getelementptr %in_C_re[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
                %v1442 = arith.mulf %v1441, %v1167 fastmath<contract> : f32
                %v1443 = arith.addf %v1434, %v1442 fastmath<contract> : f32
                %v1444 = arith.constant 2 : i64
                %v1445 = arith.muli %v1444, %v1144 : i64
                %v1446 = arith.constant 6 : i64
                %v1447 = arith.muli %v1446, %v3 : i64
                %v1448 = arith.addi %v1445, %v1447 : i64
                %v1449 = llvm.getelementptr %in_C_re[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
                %v1451 = arith.mulf %v1450, %v1181 fastmath<contract> : f32
                %v1452 = arith.addf %v1443, %v1451 fastmath<contract> : f32
                %v1453 = arith.constant 3 : i64
                %v1454 = arith.muli %v1453, %v1144 : i64
                %v1455 = arith.constant 6 : i64
                %v1456 = arith.muli %v1455, %v3 : i64
                %v1457 = arith.addi %v1454, %v1456 : i64
                %v1458 = llvm.getelementptr %in_C_re[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1459 = llvm.load %v1458 : !llvm.ptr -> f32
                %v1460 = arith.mulf %v1459, %v1195 fastmath<contract> : f32
                %v1461 = arith.addf %v1452, %v1460 fastmath<contract> : f32
                %v1462 = llvm.load %v203 : !llvm.ptr -> f32
                %v1463 = arith.mulf %v1462, %v1054 fastmath<contract> : f32
                %v1464 = arith.addf %v1461, %v1463 fastmath<contract> : f32
                %v1465 = llvm.load %v266 : !llvm.ptr -> f32
                %v1466 = arith.mulf %v1465, %v1070 fastmath<contract> : f32
                %v1467 = arith.addf %v1466, %v1464 fastmath<contract> : f32
                %v1468 = arith.mulf %v1092, %v1462 fastmath<contract> : f32
                %v1469 = arith.mulf %v1465, %v1124 fastmath<contract> : f32
                %v1470 = arith.addf %v1469, %v1468 fastmath<contract> : f32
                %v1471 = arith.mulf %v1093, %v1462 fastmath<contract> : f32
                %v1472 = arith.mulf %v1465, %v1125 fastmath<contract> : f32
                %v1473 = arith.addf %v1472, %v1471 fastmath<contract> : f32
                %v1474 = arith.constant 7 : i64
                %v1475 = arith.muli %v1474, %v3 : i64
                %v1476 = llvm.getelementptr %in_C_re[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
                %v1478 = arith.mulf %v1477, %v1154 fastmath<contract> : f32
                %v1479 = arith.constant 1 : i64
                %v1480 = arith.muli %v1479, %v1144 : i64
                %v1481 = arith.constant 7 : i64
                %v1482 = arith.muli %v1481, %v3 : i64
                %v1483 = arith.addi %v1480, %v1482 : i64
                %v1484 = llvm.getelementptr %in_C_re[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
                %v1486 = arith.mulf %v1485, %v1167 fastmath<contract> : f32
                %v1487 = arith.addf %v1478, %v1486 fastmath<contract> : f32
                %v1488 = arith.constant 2 : i64
                %v1489 = arith.muli %v1488, %v1144 : i64
                %v1490 = arith.constant 7 : i64
                %v1491 = arith.muli %v1490, %v3 : i64
                %v1492 = arith.addi %v1489, %v1491 : i64
                %v1493 = llvm.getelementptr %in_C_re[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
                %v1495 = arith.mulf %v1494, %v1181 fastmath<contract> : f32
                %v1496 = arith.addf %v1487, %v1495 fastmath<contract> : f32
                %v1497 = arith.constant 3 : i64
                %v1498 = arith.muli %v1497, %v1144 : i64
                %v1499 = arith.constant 7 : i64
                %v1500 = arith.muli %v1499, %v3 : i64
                %v1501 = arith.addi %v1498, %v1500 : i64
                %v1502 = llvm.getelementptr %in_C_re[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
                %v1504 = arith.mulf %v1503, %v1195 fastmath<contract> : f32
                %v1505 = arith.addf %v1496, %v1504 fastmath<contract> : f32
                %v1506 = llvm.load %v205 : !llvm.ptr -> f32
                %v1507 = arith.mulf %v1506, %v1055 fastmath<contract> : f32
                %v1508 = arith.addf %v1505, %v1507 fastmath<contract> : f32
                %v1509 = llvm.load %v268 : !llvm.ptr -> f32
                %v1510 = arith.mulf %v1509, %v1071 fastmath<contract> : f32
                %v1511 = arith.addf %v1510, %v1508 fastmath<contract> : f32
                %v1512 = arith.mulf %v1094, %v1506 fastmath<contract> : f32
                %v1513 = arith.mulf %v1509, %v1126 fastmath<contract> : f32
                %v1514 = arith.addf %v1513, %v1512 fastmath<contract> : f32
                %v1515 = arith.mulf %v1095, %v1506 fastmath<contract> : f32
                %v1516 = arith.mulf %v1509, %v1127 fastmath<contract> : f32
                %v1517 = arith.addf %v1516, %v1515 fastmath<contract> : f32
                %v1518 = arith.constant 8 : i64
                %v1519 = arith.muli %v1518, %v3 : i64
                %v1520 = llvm.getelementptr %in_C_re[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                %v1522 = arith.mulf %v1521, %v1154 fastmath<contract> : f32
                %v1523 = arith.constant 1 : i64
                %v1524 = arith.muli %v1523, %v1144 : i64
                %v1525 = arith.constant 8 : i64
                %v1526 = arith.muli %v1525, %v3 : i64
                %v1527 = arith.addi %v1524, %v1526 : i64
                %v1528 = llvm.getelementptr %in_C_re[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1529 = llvm.load %v1528 : !llvm.ptr -> f32
                %v1530 = arith.mulf %v1529, %v1167 fastmath<contract> : f32
                %v1531 = arith.addf %v1522, %v1530 fastmath<contract> : f32
                %v1532 = arith.constant 2 : i64
                %v1533 = arith.muli %v1532, %v1144 : i64
                %v1534 = arith.constant 8 : i64
                %v1535 = arith.muli %v1534, %v3 : i64
                %v1536 = arith.addi %v1533, %v1535 : i64
                %v1537 = llvm.getelementptr %in_C_re[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                %v1539 = arith.mulf %v1538, %v1181 fastmath<contract> : f32
                %v1540 = arith.addf %v1531, %v1539 fastmath<contract> : f32
                %v1541 = arith.constant 3 : i64
                %v1542 = arith.muli %v1541, %v1144 : i64
                %v1543 = arith.constant 8 : i64
                %v1544 = arith.muli %v1543, %v3 : i64
                %v1545 = arith.addi %v1542, %v1544 : i64
                %v1546 = llvm.getelementptr %in_C_re[%v1545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1547 = llvm.load %v1546 : !llvm.ptr -> f32
                %v1548 = arith.mulf %v1547, %v1195 fastmath<contract> : f32
                %v1549 = arith.addf %v1540, %v1548 fastmath<contract> : f32
                %v1550 = llvm.load %v207 : !llvm.ptr -> f32
                %v1551 = arith.mulf %v1550, %v1056 fastmath<contract> : f32
                %v1552 = arith.addf %v1549, %v1551 fastmath<contract> : f32
                %v1553 = llvm.load %v270 : !llvm.ptr -> f32
                %v1554 = arith.mulf %v1553, %v1072 fastmath<contract> : f32
                %v1555 = arith.addf %v1554, %v1552 fastmath<contract> : f32
                %v1556 = arith.mulf %v1096, %v1550 fastmath<contract> : f32
                %v1557 = arith.mulf %v1553, %v1128 fastmath<contract> : f32
                %v1558 = arith.addf %v1557, %v1556 fastmath<contract> : f32
                %v1559 = arith.mulf %v1097, %v1550 fastmath<contract> : f32
                %v1560 = arith.mulf %v1553, %v1129 fastmath<contract> : f32
                %v1561 = arith.addf %v1560, %v1559 fastmath<contract> : f32
                %v1562 = arith.constant 9 : i64
                %v1563 = arith.muli %v1562, %v3 : i64
                %v1564 = llvm.getelementptr %in_C_re[%v1563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1565 = llvm.load %v1564 : !llvm.ptr -> f32
                %v1566 = arith.mulf %v1565, %v1154 fastmath<contract> : f32
                %v1567 = arith.constant 1 : i64
                %v1568 = arith.muli %v1567, %v1144 : i64
                %v1569 = arith.constant 9 : i64
                %v1570 = arith.muli %v1569, %v3 : i64
                %v1571 = arith.addi %v1568, %v1570 : i64
                %v1572 = llvm.getelementptr %in_C_re[%v1571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1573 = llvm.load %v1572 : !llvm.ptr -> f32
                %v1574 = arith.mulf %v1573, %v1167 fastmath<contract> : f32
                %v1575 = arith.addf %v1566, %v1574 fastmath<contract> : f32
                %v1576 = arith.constant 2 : i64
                %v1577 = arith.muli %v1576, %v1144 : i64
                %v1578 = arith.constant 9 : i64
                %v1579 = arith.muli %v1578, %v3 : i64
                %v1580 = arith.addi %v1577, %v1579 : i64
                %v1581 = llvm.getelementptr %in_C_re[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
                %v1583 = arith.mulf %v1582, %v1181 fastmath<contract> : f32
                %v1584 = arith.addf %v1575, %v1583 fastmath<contract> : f32
                %v1585 = arith.constant 3 : i64
                %v1586 = arith.muli %v1585, %v1144 : i64
                %v1587 = arith.constant 9 : i64
                %v1588 = arith.muli %v1587, %v3 : i64
                %v1589 = arith.addi %v1586, %v1588 : i64
                %v1590 = llvm.getelementptr %in_C_re[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1591 = llvm.load %v1590 : !llvm.ptr -> f32
                %v1592 = arith.mulf %v1591, %v1195 fastmath<contract> : f32
                %v1593 = arith.addf %v1584, %v1592 fastmath<contract> : f32
                %v1594 = llvm.load %v209 : !llvm.ptr -> f32
                %v1595 = arith.mulf %v1594, %v1057 fastmath<contract> : f32
                %v1596 = arith.addf %v1593, %v1595 fastmath<contract> : f32
                %v1597 = llvm.load %v272 : !llvm.ptr -> f32
                %v1598 = arith.mulf %v1597, %v1073 fastmath<contract> : f32
                %v1599 = arith.addf %v1598, %v1596 fastmath<contract> : f32
                %v1600 = arith.mulf %v1098, %v1594 fastmath<contract> : f32
                %v1601 = arith.mulf %v1597, %v1130 fastmath<contract> : f32
                %v1602 = arith.addf %v1601, %v1600 fastmath<contract> : f32
                %v1603 = arith.mulf %v1099, %v1594 fastmath<contract> : f32
                %v1604 = arith.mulf %v1597, %v1131 fastmath<contract> : f32
                %v1605 = arith.addf %v1604, %v1603 fastmath<contract> : f32
                %v1606 = arith.constant 10 : i64
                %v1607 = arith.muli %v1606, %v3 : i64
                %v1608 = llvm.getelementptr %in_C_re[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1609 = llvm.load %v1608 : !llvm.ptr -> f32
                %v1610 = arith.mulf %v1609, %v1154 fastmath<contract> : f32
                %v1611 = arith.constant 1 : i64
                %v1612 = arith.muli %v1611, %v1144 : i64
                %v1613 = arith.constant 10 : i64
                %v1614 = arith.muli %v1613, %v3 : i64
                %v1615 = arith.addi %v1612, %v1614 : i64
                %v1616 = llvm.getelementptr %in_C_re[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1617 = llvm.load %v1616 : !llvm.ptr -> f32
                %v1618 = arith.mulf %v1617, %v1167 fastmath<contract> : f32
                %v1619 = arith.addf %v1610, %v1618 fastmath<contract> : f32
                %v1620 = arith.constant 2 : i64
                %v1621 = arith.muli %v1620, %v1144 : i64
                %v1622 = arith.constant 10 : i64
                %v1623 = arith.muli %v1622, %v3 : i64
                %v1624 = arith.addi %v1621, %v1623 : i64
                %v1625 = llvm.getelementptr %in_C_re[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1626 = llvm.load %v1625 : !llvm.ptr -> f32
                %v1627 = arith.mulf %v1626, %v1181 fastmath<contract> : f32
                %v1628 = arith.addf %v1619, %v1627 fastmath<contract> : f32
                %v1629 = arith.constant 3 : i64
                %v1630 = arith.muli %v1629, %v1144 : i64
                %v1631 = arith.constant 10 : i64
                %v1632 = arith.muli %v1631, %v3 : i64
                %v1633 = arith.addi %v1630, %v1632 : i64
                %v1634 = llvm.getelementptr %in_C_re[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
                %v1636 = arith.mulf %v1635, %v1195 fastmath<contract> : f32
                %v1637 = arith.addf %v1628, %v1636 fastmath<contract> : f32
                %v1638 = llvm.load %v211 : !llvm.ptr -> f32
                %v1639 = arith.mulf %v1638, %v1058 fastmath<contract> : f32
                %v1640 = arith.addf %v1637, %v1639 fastmath<contract> : f32
                %v1641 = llvm.load %v274 : !llvm.ptr -> f32
                %v1642 = arith.mulf %v1641, %v1074 fastmath<contract> : f32
                %v1643 = arith.addf %v1642, %v1640 fastmath<contract> : f32
                %v1644 = arith.mulf %v1100, %v1638 fastmath<contract> : f32
                %v1645 = arith.mulf %v1641, %v1132 fastmath<contract> : f32
                %v1646 = arith.addf %v1645, %v1644 fastmath<contract> : f32
                %v1647 = arith.mulf %v1101, %v1638 fastmath<contract> : f32
                %v1648 = arith.mulf %v1641, %v1133 fastmath<contract> : f32
                %v1649 = arith.addf %v1648, %v1647 fastmath<contract> : f32
                %v1650 = arith.constant 11 : i64
                %v1651 = arith.muli %v1650, %v3 : i64
                %v1652 = llvm.getelementptr %in_C_re[%v1651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
                %v1654 = arith.mulf %v1653, %v1154 fastmath<contract> : f32
                %v1655 = arith.constant 1 : i64
                %v1656 = arith.muli %v1655, %v1144 : i64
                %v1657 = arith.constant 11 : i64
                %v1658 = arith.muli %v1657, %v3 : i64
                %v1659 = arith.addi %v1656, %v1658 : i64
                %v1660 = llvm.getelementptr %in_C_re[%v1659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1661 = llvm.load %v1660 : !llvm.ptr -> f32
                %v1662 = arith.mulf %v1661, %v1167 fastmath<contract> : f32
                %v1663 = arith.addf %v1654, %v1662 fastmath<contract> : f32
                %v1664 = arith.constant 2 : i64
                %v1665 = arith.muli %v1664, %v1144 : i64
                %v1666 = arith.constant 11 : i64
                %v1667 = arith.muli %v1666, %v3 : i64
                %v1668 = arith.addi %v1665, %v1667 : i64
                %v1669 = llvm.getelementptr %in_C_re[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
                %v1671 = arith.mulf %v1670, %v1181 fastmath<contract> : f32
                %v1672 = arith.addf %v1663, %v1671 fastmath<contract> : f32
                %v1673 = arith.constant 3 : i64
                %v1674 = arith.muli %v1673, %v1144 : i64
                %v1675 = arith.constant 11 : i64
                %v1676 = arith.muli %v1675, %v3 : i64
                %v1677 = arith.addi %v1674, %v1676 : i64
                %v1678 = llvm.getelementptr %in_C_re[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
                %v1680 = arith.mulf %v1679, %v1195 fastmath<contract> : f32
                %v1681 = arith.addf %v1672, %v1680 fastmath<contract> : f32
                %v1682 = llvm.load %v213 : !llvm.ptr -> f32
                %v1683 = arith.mulf %v1682, %v1059 fastmath<contract> : f32
                %v1684 = arith.addf %v1681, %v1683 fastmath<contract> : f32
                %v1685 = llvm.load %v276 : !llvm.ptr -> f32
                %v1686 = arith.mulf %v1685, %v1075 fastmath<contract> : f32
                %v1687 = arith.addf %v1686, %v1684 fastmath<contract> : f32
                %v1688 = arith.mulf %v1102, %v1682 fastmath<contract> : f32
                %v1689 = arith.mulf %v1685, %v1134 fastmath<contract> : f32
                %v1690 = arith.addf %v1689, %v1688 fastmath<contract> : f32
                %v1691 = arith.mulf %v1103, %v1682 fastmath<contract> : f32
                %v1692 = arith.mulf %v1685, %v1135 fastmath<contract> : f32
                %v1693 = arith.addf %v1692, %v1691 fastmath<contract> : f32
                %v1694 = arith.constant 12 : i64
                %v1695 = arith.muli %v1694, %v3 : i64
                %v1696 = llvm.getelementptr %in_C_re[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
                %v1698 = arith.mulf %v1697, %v1154 fastmath<contract> : f32
                %v1699 = arith.constant 1 : i64
                %v1700 = arith.muli %v1699, %v1144 : i64
                %v1701 = arith.constant 12 : i64
                %v1702 = arith.muli %v1701, %v3 : i64
                %v1703 = arith.addi %v1700, %v1702 : i64
                %v1704 = llvm.getelementptr %in_C_re[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1705 = llvm.load %v1704 : !llvm.ptr -> f32
                %v1706 = arith.mulf %v1705, %v1167 fastmath<contract> : f32
                %v1707 = arith.addf %v1698, %v1706 fastmath<contract> : f32
                %v1708 = arith.constant 2 : i64
                %v1709 = arith.muli %v1708, %v1144 : i64
                %v1710 = arith.constant 12 : i64
                %v1711 = arith.muli %v1710, %v3 : i64
                %v1712 = arith.addi %v1709, %v1711 : i64
                %v1713 = llvm.getelementptr %in_C_re[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
                %v1715 = arith.mulf %v1714, %v1181 fastmath<contract> : f32
                %v1716 = arith.addf %v1707, %v1715 fastmath<contract> : f32
                %v1717 = arith.constant 3 : i64
                %v1718 = arith.muli %v1717, %v1144 : i64
                %v1719 = arith.constant 12 : i64
                %v1720 = arith.muli %v1719, %v3 : i64
                %v1721 = arith.addi %v1718, %v1720 : i64
                %v1722 = llvm.getelementptr %in_C_re[%v1721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
                %v1724 = arith.mulf %v1723, %v1195 fastmath<contract> : f32
                %v1725 = arith.addf %v1716, %v1724 fastmath<contract> : f32
                %v1726 = llvm.load %v215 : !llvm.ptr -> f32
                %v1727 = arith.mulf %v1726, %v1060 fastmath<contract> : f32
                %v1728 = arith.addf %v1725, %v1727 fastmath<contract> : f32
                %v1729 = llvm.load %v278 : !llvm.ptr -> f32
                %v1730 = arith.mulf %v1729, %v1076 fastmath<contract> : f32
                %v1731 = arith.addf %v1730, %v1728 fastmath<contract> : f32
                %v1732 = arith.mulf %v1104, %v1726 fastmath<contract> : f32
                %v1733 = arith.mulf %v1729, %v1136 fastmath<contract> : f32
                %v1734 = arith.addf %v1733, %v1732 fastmath<contract> : f32
                %v1735 = arith.mulf %v1105, %v1726 fastmath<contract> : f32
                %v1736 = arith.mulf %v1729, %v1137 fastmath<contract> : f32
                %v1737 = arith.addf %v1736, %v1735 fastmath<contract> : f32
                %v1738 = arith.constant 13 : i64
                %v1739 = arith.muli %v1738, %v3 : i64
                %v1740 = llvm.getelementptr %in_C_re[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1741 = llvm.load %v1740 : !llvm.ptr -> f32
                %v1742 = arith.mulf %v1741, %v1154 fastmath<contract> : f32
                %v1743 = arith.constant 1 : i64
                %v1744 = arith.muli %v1743, %v1144 : i64
                %v1745 = arith.constant 13 : i64
                %v1746 = arith.muli %v1745, %v3 : i64
                %v1747 = arith.addi %v1744, %v1746 : i64
                %v1748 = llvm.getelementptr %in_C_re[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1749 = llvm.load %v1748 : !llvm.ptr -> f32
                %v1750 = arith.mulf %v1749, %v1167 fastmath<contract> : f32
                %v1751 = arith.addf %v1742, %v1750 fastmath<contract> : f32
                %v1752 = arith.constant 2 : i64
                %v1753 = arith.muli %v1752, %v1144 : i64
                %v1754 = arith.constant 13 : i64
                %v1755 = arith.muli %v1754, %v3 : i64
                %v1756 = arith.addi %v1753, %v1755 : i64
                %v1757 = llvm.getelementptr %in_C_re[%v1756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1758 = llvm.load %v1757 : !llvm.ptr -> f32
                %v1759 = arith.mulf %v1758, %v1181 fastmath<contract> : f32
                %v1760 = arith.addf %v1751, %v1759 fastmath<contract> : f32
                %v1761 = arith.constant 3 : i64
                %v1762 = arith.muli %v1761, %v1144 : i64
                %v1763 = arith.constant 13 : i64
                %v1764 = arith.muli %v1763, %v3 : i64
                %v1765 = arith.addi %v1762, %v1764 : i64
                %v1766 = llvm.getelementptr %in_C_re[%v1765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
                %v1768 = arith.mulf %v1767, %v1195 fastmath<contract> : f32
                %v1769 = arith.addf %v1760, %v1768 fastmath<contract> : f32
                %v1770 = llvm.load %v217 : !llvm.ptr -> f32
                %v1771 = arith.mulf %v1770, %v1061 fastmath<contract> : f32
                %v1772 = arith.addf %v1769, %v1771 fastmath<contract> : f32
                %v1773 = llvm.load %v280 : !llvm.ptr -> f32
                %v1774 = arith.mulf %v1773, %v1077 fastmath<contract> : f32
                %v1775 = arith.addf %v1774, %v1772 fastmath<contract> : f32
                %v1776 = arith.mulf %v1106, %v1770 fastmath<contract> : f32
                %v1777 = arith.mulf %v1773, %v1138 fastmath<contract> : f32
                %v1778 = arith.addf %v1777, %v1776 fastmath<contract> : f32
                %v1779 = arith.mulf %v1107, %v1770 fastmath<contract> : f32
                %v1780 = arith.mulf %v1773, %v1139 fastmath<contract> : f32
                %v1781 = arith.addf %v1780, %v1779 fastmath<contract> : f32
                %v1782 = arith.constant 14 : i64
                %v1783 = arith.muli %v1782, %v3 : i64
                %v1784 = llvm.getelementptr %in_C_re[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1785 = llvm.load %v1784 : !llvm.ptr -> f32
                %v1786 = arith.mulf %v1785, %v1154 fastmath<contract> : f32
                %v1787 = arith.constant 1 : i64
                %v1788 = arith.muli %v1787, %v1144 : i64
                %v1789 = arith.constant 14 : i64
                %v1790 = arith.muli %v1789, %v3 : i64
                %v1791 = arith.addi %v1788, %v1790 : i64
                %v1792 = llvm.getelementptr %in_C_re[%v1791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
                %v1794 = arith.mulf %v1793, %v1167 fastmath<contract> : f32
                %v1795 = arith.addf %v1786, %v1794 fastmath<contract> : f32
                %v1796 = arith.constant 2 : i64
                %v1797 = arith.muli %v1796, %v1144 : i64
                %v1798 = arith.constant 14 : i64
                %v1799 = arith.muli %v1798, %v3 : i64
                %v1800 = arith.addi %v1797, %v1799 : i64
                %v1801 = llvm.getelementptr %in_C_re[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
                %v1803 = arith.mulf %v1802, %v1181 fastmath<contract> : f32
                %v1804 = arith.addf %v1795, %v1803 fastmath<contract> : f32
                %v1805 = arith.constant 3 : i64
                %v1806 = arith.muli %v1805, %v1144 : i64
                %v1807 = arith.constant 14 : i64
                %v1808 = arith.muli %v1807, %v3 : i64
                %v1809 = arith.addi %v1806, %v1808 : i64
                %v1810 = llvm.getelementptr %in_C_re[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1811 = llvm.load %v1810 : !llvm.ptr -> f32
                %v1812 = arith.mulf %v1811, %v1195 fastmath<contract> : f32
                %v1813 = arith.addf %v1804, %v1812 fastmath<contract> : f32
                %v1814 = llvm.load %v219 : !llvm.ptr -> f32
                %v1815 = arith.mulf %v1814, %v1062 fastmath<contract> : f32
                %v1816 = arith.addf %v1813, %v1815 fastmath<contract> : f32
                %v1817 = llvm.load %v282 : !llvm.ptr -> f32
                %v1818 = arith.mulf %v1817, %v1078 fastmath<contract> : f32
                %v1819 = arith.addf %v1818, %v1816 fastmath<contract> : f32
                %v1820 = arith.mulf %v1108, %v1814 fastmath<contract> : f32
                %v1821 = arith.mulf %v1817, %v1140 fastmath<contract> : f32
                %v1822 = arith.addf %v1821, %v1820 fastmath<contract> : f32
                %v1823 = arith.mulf %v1109, %v1814 fastmath<contract> : f32
                %v1824 = arith.mulf %v1817, %v1141 fastmath<contract> : f32
                %v1825 = arith.addf %v1824, %v1823 fastmath<contract> : f32
                %v1826 = arith.constant 15 : i64
                %v1827 = arith.muli %v1826, %v3 : i64
                %v1828 = llvm.getelementptr %in_C_re[%v1827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1829 = llvm.load %v1828 : !llvm.ptr -> f32
                %v1830 = arith.mulf %v1829, %v1154 fastmath<contract> : f32
                %v1831 = arith.constant 1 : i64
                %v1832 = arith.muli %v1831, %v1144 : i64
                %v1833 = arith.constant 15 : i64
                %v1834 = arith.muli %v1833, %v3 : i64
                %v1835 = arith.addi %v1832, %v1834 : i64
                %v1836 = llvm.getelementptr %in_C_re[%v1835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1837 = llvm.load %v1836 : !llvm.ptr -> f32
                %v1838 = arith.mulf %v1837, %v1167 fastmath<contract> : f32
                %v1839 = arith.addf %v1830, %v1838 fastmath<contract> : f32
                %v1840 = arith.constant 2 : i64
                %v1841 = arith.muli %v1840, %v1144 : i64
                %v1842 = arith.constant 15 : i64
                %v1843 = arith.muli %v1842, %v3 : i64
                %v1844 = arith.addi %v1841, %v1843 : i64
                %v1845 = llvm.getelementptr %in_C_re[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
                %v1847 = arith.mulf %v1846, %v1181 fastmath<contract> : f32
                %v1848 = arith.addf %v1839, %v1847 fastmath<contract> : f32
                %v1849 = arith.constant 3 : i64
                %v1850 = arith.muli %v1849, %v1144 : i64
                %v1851 = arith.constant 15 : i64
                %v1852 = arith.muli %v1851, %v3 : i64
                %v1853 = arith.addi %v1850, %v1852 : i64
                %v1854 = llvm.getelementptr %in_C_re[%v1853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1855 = llvm.load %v1854 : !llvm.ptr -> f32
                %v1856 = arith.mulf %v1855, %v1195 fastmath<contract> : f32
                %v1857 = arith.addf %v1848, %v1856 fastmath<contract> : f32
                %v1858 = llvm.load %v221 : !llvm.ptr -> f32
                %v1859 = arith.mulf %v1858, %v1063 fastmath<contract> : f32
                %v1860 = arith.addf %v1857, %v1859 fastmath<contract> : f32
                %v1861 = llvm.load %v284 : !llvm.ptr -> f32
                %v1862 = arith.mulf %v1861, %v1079 fastmath<contract> : f32
                %v1863 = arith.addf %v1862, %v1860 fastmath<contract> : f32
                %v1864 = arith.mulf %v1110, %v1858 fastmath<contract> : f32
                %v1865 = arith.mulf %v1861, %v1142 fastmath<contract> : f32
                %v1866 = arith.addf %v1865, %v1864 fastmath<contract> : f32
                %v1867 = arith.mulf %v1111, %v1858 fastmath<contract> : f32
                %v1868 = arith.mulf %v1861, %v1143 fastmath<contract> : f32
                %v1869 = arith.addf %v1868, %v1867 fastmath<contract> : f32
                %v1870 = arith.constant 0 : i64
                %v1871 = llvm.getelementptr %in_C_im[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1872 = llvm.load %v1871 : !llvm.ptr -> f32
                %v1873 = arith.negf %v1154 : f32
                %v1874 = arith.mulf %v1872, %v1873 fastmath<contract> : f32
                %v1875 = arith.constant 1 : i64
                %v1876 = arith.muli %v1875, %v1144 : i64
                %v1877 = llvm.getelementptr %in_C_im[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1878 = llvm.load %v1877 : !llvm.ptr -> f32
                %v1879 = arith.negf %v1167 : f32
                %v1880 = arith.mulf %v1878, %v1879 fastmath<contract> : f32
                %v1881 = arith.addf %v1874, %v1880 fastmath<contract> : f32
                %v1882 = arith.constant 2 : i64
                %v1883 = arith.muli %v1882, %v1144 : i64
                %v1884 = llvm.getelementptr %in_C_im[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1885 = llvm.load %v1884 : !llvm.ptr -> f32
                %v1886 = arith.negf %v1181 : f32
                %v1887 = arith.mulf %v1885, %v1886 fastmath<contract> : f32
                %v1888 = arith.addf %v1881, %v1887 fastmath<contract> : f32
                %v1889 = arith.constant 3 : i64
                %v1890 = arith.muli %v1889, %v1144 : i64
                %v1891 = llvm.getelementptr %in_C_im[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
                %v1893 = arith.negf %v1195 : f32
                %v1894 = arith.mulf %v1892, %v1893 fastmath<contract> : f32
                %v1895 = arith.addf %v1888, %v1894 fastmath<contract> : f32
                %v1896 = llvm.load %v223 : !llvm.ptr -> f32
                %v1897 = arith.mulf %v1896, %v1064 fastmath<contract> : f32
                %v1898 = arith.addf %v1895, %v1897 fastmath<contract> : f32
                %v1899 = llvm.load %v286 : !llvm.ptr -> f32
                %v1900 = arith.mulf %v1899, %v1048 fastmath<contract> : f32
                %v1901 = arith.addf %v1900, %v1898 fastmath<contract> : f32
                %v1902 = arith.mulf %v1112, %v1896 fastmath<contract> : f32
                %v1903 = arith.mulf %v1899, %v1080 fastmath<contract> : f32
                %v1904 = arith.addf %v1903, %v1902 fastmath<contract> : f32
                %v1905 = arith.mulf %v1113, %v1896 fastmath<contract> : f32
                %v1906 = arith.mulf %v1899, %v1081 fastmath<contract> : f32
                %v1907 = arith.addf %v1906, %v1905 fastmath<contract> : f32
                %v1908 = arith.constant 1 : i64
                %v1909 = arith.muli %v1908, %v3 : i64
                %v1910 = llvm.getelementptr %in_C_im[%v1909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1911 = llvm.load %v1910 : !llvm.ptr -> f32
                %v1912 = arith.mulf %v1911, %v1873 fastmath<contract> : f32
                %v1913 = arith.constant 1 : i64
                %v1914 = arith.muli %v1913, %v1144 : i64
                %v1915 = arith.constant 1 : i64
                %v1916 = arith.muli %v1915, %v3 : i64
                %v1917 = arith.addi %v1914, %v1916 : i64
                %v1918 = llvm.getelementptr %in_C_im[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
                %v1920 = arith.mulf %v1919, %v1879 fastmath<contract> : f32
                %v1921 = arith.addf %v1912, %v1920 fastmath<contract> : f32
                %v1922 = arith.constant 2 : i64
                %v1923 = arith.muli %v1922, %v1144 : i64
                %v1924 = arith.constant 1 : i64
                %v1925 = arith.muli %v1924, %v3 : i64
                %v1926 = arith.addi %v1923, %v1925 : i64
                %v1927 = llvm.getelementptr %in_C_im[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
                %v1929 = arith.mulf %v1928, %v1886 fastmath<contract> : f32
                %v1930 = arith.addf %v1921, %v1929 fastmath<contract> : f32
                %v1931 = arith.constant 3 : i64
                %v1932 = arith.muli %v1931, %v1144 : i64
                %v1933 = arith.constant 1 : i64
                %v1934 = arith.muli %v1933, %v3 : i64
                %v1935 = arith.addi %v1932, %v1934 : i64
                %v1936 = llvm.getelementptr %in_C_im[%v1935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1937 = llvm.load %v1936 : !llvm.ptr -> f32
                %v1938 = arith.mulf %v1937, %v1893 fastmath<contract> : f32
                %v1939 = arith.addf %v1930, %v1938 fastmath<contract> : f32
                %v1940 = llvm.load %v225 : !llvm.ptr -> f32
                %v1941 = arith.mulf %v1940, %v1065 fastmath<contract> : f32
                %v1942 = arith.addf %v1939, %v1941 fastmath<contract> : f32
                %v1943 = llvm.load %v288 : !llvm.ptr -> f32
                %v1944 = arith.mulf %v1943, %v1049 fastmath<contract> : f32
                %v1945 = arith.addf %v1944, %v1942 fastmath<contract> : f32
                %v1946 = arith.mulf %v1114, %v1940 fastmath<contract> : f32
                %v1947 = arith.mulf %v1943, %v1082 fastmath<contract> : f32
                %v1948 = arith.addf %v1947, %v1946 fastmath<contract> : f32
                %v1949 = arith.mulf %v1115, %v1940 fastmath<contract> : f32
                %v1950 = arith.mulf %v1943, %v1083 fastmath<contract> : f32
                %v1951 = arith.addf %v1950, %v1949 fastmath<contract> : f32
                %v1952 = arith.constant 2 : i64
                %v1953 = arith.muli %v1952, %v3 : i64
                %v1954 = llvm.getelementptr %in_C_im[%v1953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1955 = llvm.load %v1954 : !llvm.ptr -> f32
                %v1956 = arith.mulf %v1955, %v1873 fastmath<contract> : f32
                %v1957 = arith.constant 1 : i64
                %v1958 = arith.muli %v1957, %v1144 : i64
                %v1959 = arith.constant 2 : i64
                %v1960 = arith.muli %v1959, %v3 : i64
                %v1961 = arith.addi %v1958, %v1960 : i64
                %v1962 = llvm.getelementptr %in_C_im[%v1961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1963 = llvm.load %v1962 : !llvm.ptr -> f32
                %v1964 = arith.mulf %v1963, %v1879 fastmath<contract> : f32
                %v1965 = arith.addf %v1956, %v1964 fastmath<contract> : f32
                %v1966 = arith.constant 2 : i64
                %v1967 = arith.muli %v1966, %v1144 : i64
                %v1968 = arith.constant 2 : i64
                %v1969 = arith.muli %v1968, %v3 : i64
                %v1970 = arith.addi %v1967, %v1969 : i64
                %v1971 = llvm.getelementptr %in_C_im[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1972 = llvm.load %v1971 : !llvm.ptr -> f32
                %v1973 = arith.mulf %v1972, %v1886 fastmath<contract> : f32
                %v1974 = arith.addf %v1965, %v1973 fastmath<contract> : f32
                %v1975 = arith.constant 3 : i64
                %v1976 = arith.muli %v1975, %v1144 : i64
                %v1977 = arith.constant 2 : i64
                %v1978 = arith.muli %v1977, %v3 : i64
                %v1979 = arith.addi %v1976, %v1978 : i64
                %v1980 = llvm.getelementptr %in_C_im[%v1979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1981 = llvm.load %v1980 : !llvm.ptr -> f32
                %v1982 = arith.mulf %v1981, %v1893 fastmath<contract> : f32
                %v1983 = arith.addf %v1974, %v1982 fastmath<contract> : f32
                %v1984 = llvm.load %v227 : !llvm.ptr -> f32
                %v1985 = arith.mulf %v1984, %v1066 fastmath<contract> : f32
                %v1986 = arith.addf %v1983, %v1985 fastmath<contract> : f32
                %v1987 = llvm.load %v290 : !llvm.ptr -> f32
                %v1988 = arith.mulf %v1987, %v1050 fastmath<contract> : f32
                %v1989 = arith.addf %v1988, %v1986 fastmath<contract> : f32
                %v1990 = arith.mulf %v1116, %v1984 fastmath<contract> : f32
                %v1991 = arith.mulf %v1987, %v1084 fastmath<contract> : f32
                %v1992 = arith.addf %v1991, %v1990 fastmath<contract> : f32
                %v1993 = arith.mulf %v1117, %v1984 fastmath<contract> : f32
                %v1994 = arith.mulf %v1987, %v1085 fastmath<contract> : f32
                %v1995 = arith.addf %v1994, %v1993 fastmath<contract> : f32
                %v1996 = arith.constant 3 : i64
                %v1997 = arith.muli %v1996, %v3 : i64
                %v1998 = llvm.getelementptr %in_C_im[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1999 = llvm.load %v1998 : !llvm.ptr -> f32
                %v2000 = arith.mulf %v1999, %v1873 fastmath<contract> : f32
                %v2001 = arith.constant 1 : i64
                %v2002 = arith.muli %v2001, %v1144 : i64
                %v2003 = arith.constant 3 : i64
                %v2004 = arith.muli %v2003, %v3 : i64
                %v2005 = arith.addi %v2002, %v2004 : i64
                %v2006 = llvm.getelementptr %in_C_im[%v2005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2007 = llvm.load %v2006 : !llvm.ptr -> f32
                %v2008 = arith.mulf %v2007, %v1879 fastmath<contract> : f32
                %v2009 = arith.addf %v2000, %v2008 fastmath<contract> : f32
                %v2010 = arith.constant 2 : i64
                %v2011 = arith.muli %v2010, %v1144 : i64
                %v2012 = arith.constant 3 : i64
                %v2013 = arith.muli %v2012, %v3 : i64
                %v2014 = arith.addi %v2011, %v2013 : i64
                %v2015 = llvm.getelementptr %in_C_im[%v2014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2016 = llvm.load %v2015 : !llvm.ptr -> f32
                %v2017 = arith.mulf %v2016, %v1886 fastmath<contract> : f32
                %v2018 = arith.addf %v2009, %v2017 fastmath<contract> : f32
                %v2019 = arith.constant 3 : i64
                %v2020 = arith.muli %v2019, %v1144 : i64
                %v2021 = arith.constant 3 : i64
                %v2022 = arith.muli %v2021, %v3 : i64
                %v2023 = arith.addi %v2020, %v2022 : i64
                %v2024 = llvm.getelementptr %in_C_im[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2025 = llvm.load %v2024 : !llvm.ptr -> f32
                %v2026 = arith.mulf %v2025, %v1893 fastmath<contract> : f32
                %v2027 = arith.addf %v2018, %v2026 fastmath<contract> : f32
                %v2028 = llvm.load %v229 : !llvm.ptr -> f32
                %v2029 = arith.mulf %v2028, %v1067 fastmath<contract> : f32
                %v2030 = arith.addf %v2027, %v2029 fastmath<contract> : f32
                %v2031 = llvm.load %v292 : !llvm.ptr -> f32
                %v2032 = arith.mulf %v2031, %v1051 fastmath<contract> : f32
                %v2033 = arith.addf %v2032, %v2030 fastmath<contract> : f32
                %v2034 = arith.mulf %v1118, %v2028 fastmath<contract> : f32
                %v2035 = arith.mulf %v2031, %v1086 fastmath<contract> : f32
                %v2036 = arith.addf %v2035, %v2034 fastmath<contract> : f32
                %v2037 = arith.mulf %v1119, %v2028 fastmath<contract> : f32
                %v2038 = arith.mulf %v2031, %v1087 fastmath<contract> : f32
                %v2039 = arith.addf %v2038, %v2037 fastmath<contract> : f32
                %v2040 = arith.constant 4 : i64
                %v2041 = arith.muli %v2040, %v3 : i64
                %v2042 = llvm.getelementptr %in_C_im[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2043 = llvm.load %v2042 : !llvm.ptr -> f32
                %v2044 = arith.mulf %v2043, %v1873 fastmath<contract> : f32
                %v2045 = arith.constant 1 : i64
                %v2046 = arith.muli %v2045, %v1144 : i64
                %v2047 = arith.constant 4 : i64
                %v2048 = arith.muli %v2047, %v3 : i64
                %v2049 = arith.addi %v2046, %v2048 : i64
                %v2050 = llvm.getelementptr %in_C_im[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
                %v2052 = arith.mulf %v2051, %v1879 fastmath<contract> : f32
                %v2053 = arith.addf %v2044, %v2052 fastmath<contract> : f32
                %v2054 = arith.constant 2 : i64
                %v2055 = arith.muli %v2054, %v1144 : i64
                %v2056 = arith.constant 4 : i64
                %v2057 = arith.muli %v2056, %v3 : i64
                %v2058 = arith.addi %v2055, %v2057 : i64
                %v2059 = llvm.getelementptr %in_C_im[%v2058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
                %v2061 = arith.mulf %v2060, %v1886 fastmath<contract> : f32
                %v2062 = arith.addf %v2053, %v2061 fastmath<contract> : f32
                %v2063 = arith.constant 3 : i64
                %v2064 = arith.muli %v2063, %v1144 : i64
                %v2065 = arith.constant 4 : i64
                %v2066 = arith.muli %v2065, %v3 : i64
                %v2067 = arith.addi %v2064, %v2066 : i64
                %v2068 = llvm.getelementptr %in_C_im[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2069 = llvm.load %v2068 : !llvm.ptr -> f32
                %v2070 = arith.mulf %v2069, %v1893 fastmath<contract> : f32
                %v2071 = arith.addf %v2062, %v2070 fastmath<contract> : f32
                %v2072 = llvm.load %v231 : !llvm.ptr -> f32
                %v2073 = arith.mulf %v2072, %v1068 fastmath<contract> : f32
                %v2074 = arith.addf %v2071, %v2073 fastmath<contract> : f32
                %v2075 = llvm.load %v294 : !llvm.ptr -> f32
                %v2076 = arith.mulf %v2075, %v1052 fastmath<contract> : f32
                %v2077 = arith.addf %v2076, %v2074 fastmath<contract> : f32
                %v2078 = arith.mulf %v1120, %v2072 fastmath<contract> : f32
                %v2079 = arith.mulf %v2075, %v1088 fastmath<contract> : f32
                %v2080 = arith.addf %v2079, %v2078 fastmath<contract> : f32
                %v2081 = arith.mulf %v1121, %v2072 fastmath<contract> : f32
                %v2082 = arith.mulf %v2075, %v1089 fastmath<contract> : f32
                %v2083 = arith.addf %v2082, %v2081 fastmath<contract> : f32
                %v2084 = arith.constant 5 : i64
                %v2085 = arith.muli %v2084, %v3 : i64
                %v2086 = llvm.getelementptr %in_C_im[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
                %v2088 = arith.mulf %v2087, %v1873 fastmath<contract> : f32
                %v2089 = arith.constant 1 : i64
                %v2090 = arith.muli %v2089, %v1144 : i64
                %v2091 = arith.constant 5 : i64
                %v2092 = arith.muli %v2091, %v3 : i64
                %v2093 = arith.addi %v2090, %v2092 : i64
                %v2094 = llvm.getelementptr %in_C_im[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2095 = llvm.load %v2094 : !llvm.ptr -> f32
                %v2096 = arith.mulf %v2095, %v1879 fastmath<contract> : f32
                %v2097 = arith.addf %v2088, %v2096 fastmath<contract> : f32
                %v2098 = arith.constant 2 : i64
                %v2099 = arith.muli %v2098, %v1144 : i64
                %v2100 = arith.constant 5 : i64
                %v2101 = arith.muli %v2100, %v3 : i64
                %v2102 = arith.addi %v2099, %v2101 : i64
                %v2103 = llvm.getelementptr %in_C_im[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2104 = llvm.load %v2103 : !llvm.ptr -> f32
                %v2105 = arith.mulf %v2104, %v1886 fastmath<contract> : f32
                %v2106 = arith.addf %v2097, %v2105 fastmath<contract> : f32
                %v2107 = arith.constant 3 : i64
                %v2108 = arith.muli %v2107, %v1144 : i64
                %v2109 = arith.constant 5 : i64
                %v2110 = arith.muli %v2109, %v3 : i64
                %v2111 = arith.addi %v2108, %v2110 : i64
                %v2112 = llvm.getelementptr %in_C_im[%v2111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2113 = llvm.load %v2112 : !llvm.ptr -> f32
                %v2114 = arith.mulf %v2113, %v1893 fastmath<contract> : f32
                %v2115 = arith.addf %v2106, %v2114 fastmath<contract> : f32
                %v2116 = llvm.load %v233 : !llvm.ptr -> f32
                %v2117 = arith.mulf %v2116, %v1069 fastmath<contract> : f32
                %v2118 = arith.addf %v2115, %v2117 fastmath<contract> : f32
                %v2119 = llvm.load %v296 : !llvm.ptr -> f32
                %v2120 = arith.mulf %v2119, %v1053 fastmath<contract> : f32
                %v2121 = arith.addf %v2120, %v2118 fastmath<contract> : f32
                %v2122 = arith.mulf %v1122, %v2116 fastmath<contract> : f32
                %v2123 = arith.mulf %v2119, %v1090 fastmath<contract> : f32
                %v2124 = arith.addf %v2123, %v2122 fastmath<contract> : f32
                %v2125 = arith.mulf %v1123, %v2116 fastmath<contract> : f32
                %v2126 = arith.mulf %v2119, %v1091 fastmath<contract> : f32
                %v2127 = arith.addf %v2126, %v2125 fastmath<contract> : f32
                %v2128 = arith.constant 6 : i64
                %v2129 = arith.muli %v2128, %v3 : i64
                %v2130 = llvm.getelementptr %in_C_im[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
                %v2132 = arith.mulf %v2131, %v1873 fastmath<contract> : f32
                %v2133 = arith.constant 1 : i64
                %v2134 = arith.muli %v2133, %v1144 : i64
                %v2135 = arith.constant 6 : i64
                %v2136 = arith.muli %v2135, %v3 : i64
                %v2137 = arith.addi %v2134, %v2136 : i64
                %v2138 = llvm.getelementptr %in_C_im[%v2137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2139 = llvm.load %v2138 : !llvm.ptr -> f32
                %v2140 = arith.mulf %v2139, %v1879 fastmath<contract> : f32
                %v2141 = arith.addf %v2132, %v2140 fastmath<contract> : f32
                %v2142 = arith.constant 2 : i64
                %v2143 = arith.muli %v2142, %v1144 : i64
                %v2144 = arith.constant 6 : i64
                %v2145 = arith.muli %v2144, %v3 : i64
                %v2146 = arith.addi %v2143, %v2145 : i64
                %v2147 = llvm.getelementptr %in_C_im[%v2146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
                %v2149 = arith.mulf %v2148, %v1886 fastmath<contract> : f32
                %v2150 = arith.addf %v2141, %v2149 fastmath<contract> : f32
                %v2151 = arith.constant 3 : i64
                %v2152 = arith.muli %v2151, %v1144 : i64
                %v2153 = arith.constant 6 : i64
                %v2154 = arith.muli %v2153, %v3 : i64
                %v2155 = arith.addi %v2152, %v2154 : i64
                %v2156 = llvm.getelementptr %in_C_im[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2157 = llvm.load %v2156 : !llvm.ptr -> f32
                %v2158 = arith.mulf %v2157, %v1893 fastmath<contract> : f32
                %v2159 = arith.addf %v2150, %v2158 fastmath<contract> : f32
                %v2160 = llvm.load %v235 : !llvm.ptr -> f32
                %v2161 = arith.mulf %v2160, %v1070 fastmath<contract> : f32
                %v2162 = arith.addf %v2159, %v2161 fastmath<contract> : f32
                %v2163 = llvm.load %v298 : !llvm.ptr -> f32
                %v2164 = arith.mulf %v2163, %v1054 fastmath<contract> : f32
                %v2165 = arith.addf %v2164, %v2162 fastmath<contract> : f32
                %v2166 = arith.mulf %v1124, %v2160 fastmath<contract> : f32
                %v2167 = arith.mulf %v2163, %v1092 fastmath<contract> : f32
                %v2168 = arith.addf %v2167, %v2166 fastmath<contract> : f32
                %v2169 = arith.mulf %v1125, %v2160 fastmath<contract> : f32
                %v2170 = arith.mulf %v2163, %v1093 fastmath<contract> : f32
                %v2171 = arith.addf %v2170, %v2169 fastmath<contract> : f32
                %v2172 = arith.constant 7 : i64
                %v2173 = arith.muli %v2172, %v3 : i64
                %v2174 = llvm.getelementptr %in_C_im[%v2173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2175 = llvm.load %v2174 : !llvm.ptr -> f32
                %v2176 = arith.mulf %v2175, %v1873 fastmath<contract> : f32
                %v2177 = arith.constant 1 : i64
                %v2178 = arith.muli %v2177, %v1144 : i64
                %v2179 = arith.constant 7 : i64
                %v2180 = arith.muli %v2179, %v3 : i64
                %v2181 = arith.addi %v2178, %v2180 : i64
                %v2182 = llvm.getelementptr %in_C_im[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
                %v2184 = arith.mulf %v2183, %v1879 fastmath<contract> : f32
                %v2185 = arith.addf %v2176, %v2184 fastmath<contract> : f32
                %v2186 = arith.constant 2 : i64
                %v2187 = arith.muli %v2186, %v1144 : i64
                %v2188 = arith.constant 7 : i64
                %v2189 = arith.muli %v2188, %v3 : i64
                %v2190 = arith.addi %v2187, %v2189 : i64
                %v2191 = llvm.getelementptr %in_C_im[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
                %v2193 = arith.mulf %v2192, %v1886 fastmath<contract> : f32
                %v2194 = arith.addf %v2185, %v2193 fastmath<contract> : f32
                %v2195 = arith.constant 3 : i64
                %v2196 = arith.muli %v2195, %v1144 : i64
                %v2197 = arith.constant 7 : i64
                %v2198 = arith.muli %v2197, %v3 : i64
                %v2199 = arith.addi %v2196, %v2198 : i64
                %v2200 = llvm.getelementptr %in_C_im[%v2199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2201 = llvm.load %v2200 : !llvm.ptr -> f32
                %v2202 = arith.mulf %v2201, %v1893 fastmath<contract> : f32
                %v2203 = arith.addf %v2194, %v2202 fastmath<contract> : f32
                %v2204 = llvm.load %v237 : !llvm.ptr -> f32
                %v2205 = arith.mulf %v2204, %v1071 fastmath<contract> : f32
                %v2206 = arith.addf %v2203, %v2205 fastmath<contract> : f32
                %v2207 = llvm.load %v300 : !llvm.ptr -> f32
                %v2208 = arith.mulf %v2207, %v1055 fastmath<contract> : f32
                %v2209 = arith.addf %v2208, %v2206 fastmath<contract> : f32
                %v2210 = arith.mulf %v1126, %v2204 fastmath<contract> : f32
                %v2211 = arith.mulf %v2207, %v1094 fastmath<contract> : f32
                %v2212 = arith.addf %v2211, %v2210 fastmath<contract> : f32
                %v2213 = arith.mulf %v1127, %v2204 fastmath<contract> : f32
                %v2214 = arith.mulf %v2207, %v1095 fastmath<contract> : f32
                %v2215 = arith.addf %v2214, %v2213 fastmath<contract> : f32
                %v2216 = arith.constant 8 : i64
                %v2217 = arith.muli %v2216, %v3 : i64
                %v2218 = llvm.getelementptr %in_C_im[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2219 = llvm.load %v2218 : !llvm.ptr -> f32
                %v2220 = arith.mulf %v2219, %v1873 fastmath<contract> : f32
                %v2221 = arith.constant 1 : i64
                %v2222 = arith.muli %v2221, %v1144 : i64
                %v2223 = arith.constant 8 : i64
                %v2224 = arith.muli %v2223, %v3 : i64
                %v2225 = arith.addi %v2222, %v2224 : i64
                %v2226 = llvm.getelementptr %in_C_im[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2227 = llvm.load %v2226 : !llvm.ptr -> f32
                %v2228 = arith.mulf %v2227, %v1879 fastmath<contract> : f32
                %v2229 = arith.addf %v2220, %v2228 fastmath<contract> : f32
                %v2230 = arith.constant 2 : i64
                %v2231 = arith.muli %v2230, %v1144 : i64
                %v2232 = arith.constant 8 : i64
                %v2233 = arith.muli %v2232, %v3 : i64
                %v2234 = arith.addi %v2231, %v2233 : i64
                %v2235 = llvm.getelementptr %in_C_im[%v2234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2236 = llvm.load %v2235 : !llvm.ptr -> f32
                %v2237 = arith.mulf %v2236, %v1886 fastmath<contract> : f32
                %v2238 = arith.addf %v2229, %v2237 fastmath<contract> : f32
                %v2239 = arith.constant 3 : i64
                %v2240 = arith.muli %v2239, %v1144 : i64
                %v2241 = arith.constant 8 : i64
                %v2242 = arith.muli %v2241, %v3 : i64
                %v2243 = arith.addi %v2240, %v2242 : i64
                %v2244 = llvm.getelementptr %in_C_im[%v2243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2245 = llvm.load %v2244 : !llvm.ptr -> f32
                %v2246 = arith.mulf %v2245, %v1893 fastmath<contract> : f32
                %v2247 = arith.addf %v2238, %v2246 fastmath<contract> : f32
                %v2248 = llvm.load %v239 : !llvm.ptr -> f32
                %v2249 = arith.mulf %v2248, %v1072 fastmath<contract> : f32
                %v2250 = arith.addf %v2247, %v2249 fastmath<contract> : f32
                %v2251 = llvm.load %v302 : !llvm.ptr -> f32
                %v2252 = arith.mulf %v2251, %v1056 fastmath<contract> : f32
                %v2253 = arith.addf %v2252, %v2250 fastmath<contract> : f32
                %v2254 = arith.mulf %v1128, %v2248 fastmath<contract> : f32
                %v2255 = arith.mulf %v2251, %v1096 fastmath<contract> : f32
                %v2256 = arith.addf %v2255, %v2254 fastmath<contract> : f32
                %v2257 = arith.mulf %v1129, %v2248 fastmath<contract> : f32
                %v2258 = arith.mulf %v2251, %v1097 fastmath<contract> : f32
                %v2259 = arith.addf %v2258, %v2257 fastmath<contract> : f32
                %v2260 = arith.constant 9 : i64
                %v2261 = arith.muli %v2260, %v3 : i64
                %v2262 = llvm.getelementptr %in_C_im[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2263 = llvm.load %v2262 : !llvm.ptr -> f32
                %v2264 = arith.mulf %v2263, %v1873 fastmath<contract> : f32
                %v2265 = arith.constant 1 : i64
                %v2266 = arith.muli %v2265, %v1144 : i64
                %v2267 = arith.constant 9 : i64
                %v2268 = arith.muli %v2267, %v3 : i64
                %v2269 = arith.addi %v2266, %v2268 : i64
                %v2270 = llvm.getelementptr %in_C_im[%v2269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2271 = llvm.load %v2270 : !llvm.ptr -> f32
                %v2272 = arith.mulf %v2271, %v1879 fastmath<contract> : f32
                %v2273 = arith.addf %v2264, %v2272 fastmath<contract> : f32
                %v2274 = arith.constant 2 : i64
                %v2275 = arith.muli %v2274, %v1144 : i64
                %v2276 = arith.constant 9 : i64
                %v2277 = arith.muli %v2276, %v3 : i64
                %v2278 = arith.addi %v2275, %v2277 : i64
                %v2279 = llvm.getelementptr %in_C_im[%v2278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
                %v2281 = arith.mulf %v2280, %v1886 fastmath<contract> : f32
                %v2282 = arith.addf %v2273, %v2281 fastmath<contract> : f32
                %v2283 = arith.constant 3 : i64
                %v2284 = arith.muli %v2283, %v1144 : i64
                %v2285 = arith.constant 9 : i64
                %v2286 = arith.muli %v2285, %v3 : i64
                %v2287 = arith.addi %v2284, %v2286 : i64
                %v2288 = llvm.getelementptr %in_C_im[%v2287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2289 = llvm.load %v2288 : !llvm.ptr -> f32
                %v2290 = arith.mulf %v2289, %v1893 fastmath<contract> : f32
                %v2291 = arith.addf %v2282, %v2290 fastmath<contract> : f32
                %v2292 = llvm.load %v241 : !llvm.ptr -> f32
                %v2293 = arith.mulf %v2292, %v1073 fastmath<contract> : f32
                %v2294 = arith.addf %v2291, %v2293 fastmath<contract> : f32
                %v2295 = llvm.load %v304 : !llvm.ptr -> f32
                %v2296 = arith.mulf %v2295, %v1057 fastmath<contract> : f32
                %v2297 = arith.addf %v2296, %v2294 fastmath<contract> : f32
                %v2298 = arith.mulf %v1130, %v2292 fastmath<contract> : f32
                %v2299 = arith.mulf %v2295, %v1098 fastmath<contract> : f32
                %v2300 = arith.addf %v2299, %v2298 fastmath<contract> : f32
                %v2301 = arith.mulf %v1131, %v2292 fastmath<contract> : f32
                %v2302 = arith.mulf %v2295, %v1099 fastmath<contract> : f32
                %v2303 = arith.addf %v2302, %v2301 fastmath<contract> : f32
                %v2304 = arith.constant 10 : i64
                %v2305 = arith.muli %v2304, %v3 : i64
                %v2306 = llvm.getelementptr %in_C_im[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2307 = llvm.load %v2306 : !llvm.ptr -> f32
                %v2308 = arith.mulf %v2307, %v1873 fastmath<contract> : f32
                %v2309 = arith.constant 1 : i64
                %v2310 = arith.muli %v2309, %v1144 : i64
                %v2311 = arith.constant 10 : i64
                %v2312 = arith.muli %v2311, %v3 : i64
                %v2313 = arith.addi %v2310, %v2312 : i64
                %v2314 = llvm.getelementptr %in_C_im[%v2313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2315 = llvm.load %v2314 : !llvm.ptr -> f32
                %v2316 = arith.mulf %v2315, %v1879 fastmath<contract> : f32
                %v2317 = arith.addf %v2308, %v2316 fastmath<contract> : f32
                %v2318 = arith.constant 2 : i64
                %v2319 = arith.muli %v2318, %v1144 : i64
                %v2320 = arith.constant 10 : i64
                %v2321 = arith.muli %v2320, %v3 : i64
                %v2322 = arith.addi %v2319, %v2321 : i64
                %v2323 = llvm.getelementptr %in_C_im[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2324 = llvm.load %v2323 : !llvm.ptr -> f32
                %v2325 = arith.mulf %v2324, %v1886 fastmath<contract> : f32
                %v2326 = arith.addf %v2317, %v2325 fastmath<contract> : f32
                %v2327 = arith.constant 3 : i64
                %v2328 = arith.muli %v2327, %v1144 : i64
                %v2329 = arith.constant 10 : i64
                %v2330 = arith.muli %v2329, %v3 : i64
                %v2331 = arith.addi %v2328, %v2330 : i64
                %v2332 = llvm.getelementptr %in_C_im[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2333 = llvm.load %v2332 : !llvm.ptr -> f32
                %v2334 = arith.mulf %v2333, %v1893 fastmath<contract> : f32
                %v2335 = arith.addf %v2326, %v2334 fastmath<contract> : f32
                %v2336 = llvm.load %v243 : !llvm.ptr -> f32
                %v2337 = arith.mulf %v2336, %v1074 fastmath<contract> : f32
                %v2338 = arith.addf %v2335, %v2337 fastmath<contract> : f32
                %v2339 = llvm.load %v306 : !llvm.ptr -> f32
                %v2340 = arith.mulf %v2339, %v1058 fastmath<contract> : f32
                %v2341 = arith.addf %v2340, %v2338 fastmath<contract> : f32
                %v2342 = arith.mulf %v1132, %v2336 fastmath<contract> : f32
                %v2343 = arith.mulf %v2339, %v1100 fastmath<contract> : f32
                %v2344 = arith.addf %v2343, %v2342 fastmath<contract> : f32
                %v2345 = arith.mulf %v1133, %v2336 fastmath<contract> : f32
                %v2346 = arith.mulf %v2339, %v1101 fastmath<contract> : f32
                %v2347 = arith.addf %v2346, %v2345 fastmath<contract> : f32
                %v2348 = arith.constant 11 : i64
                %v2349 = arith.muli %v2348, %v3 : i64
                %v2350 = llvm.getelementptr %in_C_im[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
                %v2352 = arith.mulf %v2351, %v1873 fastmath<contract> : f32
                %v2353 = arith.constant 1 : i64
                %v2354 = arith.muli %v2353, %v1144 : i64
                %v2355 = arith.constant 11 : i64
                %v2356 = arith.muli %v2355, %v3 : i64
                %v2357 = arith.addi %v2354, %v2356 : i64
                %v2358 = llvm.getelementptr %in_C_im[%v2357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2359 = llvm.load %v2358 : !llvm.ptr -> f32
                %v2360 = arith.mulf %v2359, %v1879 fastmath<contract> : f32
                %v2361 = arith.addf %v2352, %v2360 fastmath<contract> : f32
                %v2362 = arith.constant 2 : i64
                %v2363 = arith.muli %v2362, %v1144 : i64
                %v2364 = arith.constant 11 : i64
                %v2365 = arith.muli %v2364, %v3 : i64
                %v2366 = arith.addi %v2363, %v2365 : i64
                %v2367 = llvm.getelementptr %in_C_im[%v2366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2368 = llvm.load %v2367 : !llvm.ptr -> f32
                %v2369 = arith.mulf %v2368, %v1886 fastmath<contract> : f32
                %v2370 = arith.addf %v2361, %v2369 fastmath<contract> : f32
                %v2371 = arith.constant 3 : i64
                %v2372 = arith.muli %v2371, %v1144 : i64
                %v2373 = arith.constant 11 : i64
                %v2374 = arith.muli %v2373, %v3 : i64
                %v2375 = arith.addi %v2372, %v2374 : i64
                %v2376 = llvm.getelementptr %in_C_im[%v2375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2377 = llvm.load %v2376 : !llvm.ptr -> f32
                %v2378 = arith.mulf %v2377, %v1893 fastmath<contract> : f32
                %v2379 = arith.addf %v2370, %v2378 fastmath<contract> : f32
                %v2380 = llvm.load %v245 : !llvm.ptr -> f32
                %v2381 = arith.mulf %v2380, %v1075 fastmath<contract> : f32
                %v2382 = arith.addf %v2379, %v2381 fastmath<contract> : f32
                %v2383 = llvm.load %v308 : !llvm.ptr -> f32
                %v2384 = arith.mulf %v2383, %v1059 fastmath<contract> : f32
                %v2385 = arith.addf %v2384, %v2382 fastmath<contract> : f32
                %v2386 = arith.mulf %v1134, %v2380 fastmath<contract> : f32
                %v2387 = arith.mulf %v2383, %v1102 fastmath<contract> : f32
                %v2388 = arith.addf %v2387, %v2386 fastmath<contract> : f32
                %v2389 = arith.mulf %v1135, %v2380 fastmath<contract> : f32
                %v2390 = arith.mulf %v2383, %v1103 fastmath<contract> : f32
                %v2391 = arith.addf %v2390, %v2389 fastmath<contract> : f32
                %v2392 = arith.constant 12 : i64
                %v2393 = arith.muli %v2392, %v3 : i64
                %v2394 = llvm.getelementptr %in_C_im[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2395 = llvm.load %v2394 : !llvm.ptr -> f32
                %v2396 = arith.mulf %v2395, %v1873 fastmath<contract> : f32
                %v2397 = arith.constant 1 : i64
                %v2398 = arith.muli %v2397, %v1144 : i64
                %v2399 = arith.constant 12 : i64
                %v2400 = arith.muli %v2399, %v3 : i64
                %v2401 = arith.addi %v2398, %v2400 : i64
                %v2402 = llvm.getelementptr %in_C_im[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2403 = llvm.load %v2402 : !llvm.ptr -> f32
                %v2404 = arith.mulf %v2403, %v1879 fastmath<contract> : f32
                %v2405 = arith.addf %v2396, %v2404 fastmath<contract> : f32
                %v2406 = arith.constant 2 : i64
                %v2407 = arith.muli %v2406, %v1144 : i64
                %v2408 = arith.constant 12 : i64
                %v2409 = arith.muli %v2408, %v3 : i64
                %v2410 = arith.addi %v2407, %v2409 : i64
                %v2411 = llvm.getelementptr %in_C_im[%v2410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2412 = llvm.load %v2411 : !llvm.ptr -> f32
                %v2413 = arith.mulf %v2412, %v1886 fastmath<contract> : f32
                %v2414 = arith.addf %v2405, %v2413 fastmath<contract> : f32
                %v2415 = arith.constant 3 : i64
                %v2416 = arith.muli %v2415, %v1144 : i64
                %v2417 = arith.constant 12 : i64
                %v2418 = arith.muli %v2417, %v3 : i64
                %v2419 = arith.addi %v2416, %v2418 : i64
                %v2420 = llvm.getelementptr %in_C_im[%v2419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2421 = llvm.load %v2420 : !llvm.ptr -> f32
                %v2422 = arith.mulf %v2421, %v1893 fastmath<contract> : f32
                %v2423 = arith.addf %v2414, %v2422 fastmath<contract> : f32
                %v2424 = llvm.load %v247 : !llvm.ptr -> f32
                %v2425 = arith.mulf %v2424, %v1076 fastmath<contract> : f32
                %v2426 = arith.addf %v2423, %v2425 fastmath<contract> : f32
                %v2427 = llvm.load %v310 : !llvm.ptr -> f32
                %v2428 = arith.mulf %v2427, %v1060 fastmath<contract> : f32
                %v2429 = arith.addf %v2428, %v2426 fastmath<contract> : f32
                %v2430 = arith.mulf %v1136, %v2424 fastmath<contract> : f32
                %v2431 = arith.mulf %v2427, %v1104 fastmath<contract> : f32
                %v2432 = arith.addf %v2431, %v2430 fastmath<contract> : f32
                %v2433 = arith.mulf %v1137, %v2424 fastmath<contract> : f32
                %v2434 = arith.mulf %v2427, %v1105 fastmath<contract> : f32
                %v2435 = arith.addf %v2434, %v2433 fastmath<contract> : f32
                %v2436 = arith.constant 13 : i64
                %v2437 = arith.muli %v2436, %v3 : i64
                %v2438 = llvm.getelementptr %in_C_im[%v2437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2439 = llvm.load %v2438 : !llvm.ptr -> f32
                %v2440 = arith.mulf %v2439, %v1873 fastmath<contract> : f32
                %v2441 = arith.constant 1 : i64
                %v2442 = arith.muli %v2441, %v1144 : i64
                %v2443 = arith.constant 13 : i64
                %v2444 = arith.muli %v2443, %v3 : i64
                %v2445 = arith.addi %v2442, %v2444 : i64
                %v2446 = llvm.getelementptr %in_C_im[%v2445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2447 = llvm.load %v2446 : !llvm.ptr -> f32
                %v2448 = arith.mulf %v2447, %v1879 fastmath<contract> : f32
                %v2449 = arith.addf %v2440, %v2448 fastmath<contract> : f32
                %v2450 = arith.constant 2 : i64
                %v2451 = arith.muli %v2450, %v1144 : i64
                %v2452 = arith.constant 13 : i64
                %v2453 = arith.muli %v2452, %v3 : i64
                %v2454 = arith.addi %v2451, %v2453 : i64
                %v2455 = llvm.getelementptr %in_C_im[%v2454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2456 = llvm.load %v2455 : !llvm.ptr -> f32
                %v2457 = arith.mulf %v2456, %v1886 fastmath<contract> : f32
                %v2458 = arith.addf %v2449, %v2457 fastmath<contract> : f32
                %v2459 = arith.constant 3 : i64
                %v2460 = arith.muli %v2459, %v1144 : i64
                %v2461 = arith.constant 13 : i64
                %v2462 = arith.muli %v2461, %v3 : i64
                %v2463 = arith.addi %v2460, %v2462 : i64
                %v2464 = llvm.getelementptr %in_C_im[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2465 = llvm.load %v2464 : !llvm.ptr -> f32
                %v2466 = arith.mulf %v2465, %v1893 fastmath<contract> : f32
                %v2467 = arith.addf %v2458, %v2466 fastmath<contract> : f32
                %v2468 = llvm.load %v249 : !llvm.ptr -> f32
                %v2469 = arith.mulf %v2468, %v1077 fastmath<contract> : f32
                %v2470 = arith.addf %v2467, %v2469 fastmath<contract> : f32
                %v2471 = llvm.load %v312 : !llvm.ptr -> f32
                %v2472 = arith.mulf %v2471, %v1061 fastmath<contract> : f32
                %v2473 = arith.addf %v2472, %v2470 fastmath<contract> : f32
                %v2474 = arith.mulf %v1138, %v2468 fastmath<contract> : f32
                %v2475 = arith.mulf %v2471, %v1106 fastmath<contract> : f32
                %v2476 = arith.addf %v2475, %v2474 fastmath<contract> : f32
                %v2477 = arith.mulf %v1139, %v2468 fastmath<contract> : f32
                %v2478 = arith.mulf %v2471, %v1107 fastmath<contract> : f32
                %v2479 = arith.addf %v2478, %v2477 fastmath<contract> : f32
                %v2480 = arith.constant 14 : i64
                %v2481 = arith.muli %v2480, %v3 : i64
                %v2482 = llvm.getelementptr %in_C_im[%v2481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
                %v2484 = arith.mulf %v2483, %v1873 fastmath<contract> : f32
                %v2485 = arith.constant 1 : i64
                %v2486 = arith.muli %v2485, %v1144 : i64
                %v2487 = arith.constant 14 : i64
                %v2488 = arith.muli %v2487, %v3 : i64
                %v2489 = arith.addi %v2486, %v2488 : i64
                %v2490 = llvm.getelementptr %in_C_im[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2491 = llvm.load %v2490 : !llvm.ptr -> f32
                %v2492 = arith.mulf %v2491, %v1879 fastmath<contract> : f32
                %v2493 = arith.addf %v2484, %v2492 fastmath<contract> : f32
                %v2494 = arith.constant 2 : i64
                %v2495 = arith.muli %v2494, %v1144 : i64
                %v2496 = arith.constant 14 : i64
                %v2497 = arith.muli %v2496, %v3 : i64
                %v2498 = arith.addi %v2495, %v2497 : i64
                %v2499 = llvm.getelementptr %in_C_im[%v2498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2500 = llvm.load %v2499 : !llvm.ptr -> f32
                %v2501 = arith.mulf %v2500, %v1886 fastmath<contract> : f32
                %v2502 = arith.addf %v2493, %v2501 fastmath<contract> : f32
                %v2503 = arith.constant 3 : i64
                %v2504 = arith.muli %v2503, %v1144 : i64
                %v2505 = arith.constant 14 : i64
                %v2506 = arith.muli %v2505, %v3 : i64
                %v2507 = arith.addi %v2504, %v2506 : i64
                %v2508 = llvm.getelementptr %in_C_im[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2509 = llvm.load %v2508 : !llvm.ptr -> f32
                %v2510 = arith.mulf %v2509, %v1893 fastmath<contract> : f32
                %v2511 = arith.addf %v2502, %v2510 fastmath<contract> : f32
                %v2512 = llvm.load %v251 : !llvm.ptr -> f32
                %v2513 = arith.mulf %v2512, %v1078 fastmath<contract> : f32
                %v2514 = arith.addf %v2511, %v2513 fastmath<contract> : f32
                %v2515 = llvm.load %v314 : !llvm.ptr -> f32
                %v2516 = arith.mulf %v2515, %v1062 fastmath<contract> : f32
                %v2517 = arith.addf %v2516, %v2514 fastmath<contract> : f32
                %v2518 = arith.mulf %v1140, %v2512 fastmath<contract> : f32
                %v2519 = arith.mulf %v2515, %v1108 fastmath<contract> : f32
                %v2520 = arith.addf %v2519, %v2518 fastmath<contract> : f32
                %v2521 = arith.mulf %v1141, %v2512 fastmath<contract> : f32
                %v2522 = arith.mulf %v2515, %v1109 fastmath<contract> : f32
                %v2523 = arith.addf %v2522, %v2521 fastmath<contract> : f32
                %v2524 = arith.constant 15 : i64
                %v2525 = arith.muli %v2524, %v3 : i64
                %v2526 = llvm.getelementptr %in_C_im[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2527 = llvm.load %v2526 : !llvm.ptr -> f32
                %v2528 = arith.mulf %v2527, %v1873 fastmath<contract> : f32
                %v2529 = arith.constant 1 : i64
                %v2530 = arith.muli %v2529, %v1144 : i64
                %v2531 = arith.constant 15 : i64
                %v2532 = arith.muli %v2531, %v3 : i64
                %v2533 = arith.addi %v2530, %v2532 : i64
                %v2534 = llvm.getelementptr %in_C_im[%v2533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2535 = llvm.load %v2534 : !llvm.ptr -> f32
                %v2536 = arith.mulf %v2535, %v1879 fastmath<contract> : f32
                %v2537 = arith.addf %v2528, %v2536 fastmath<contract> : f32
                %v2538 = arith.constant 2 : i64
                %v2539 = arith.muli %v2538, %v1144 : i64
                %v2540 = arith.constant 15 : i64
                %v2541 = arith.muli %v2540, %v3 : i64
                %v2542 = arith.addi %v2539, %v2541 : i64
                %v2543 = llvm.getelementptr %in_C_im[%v2542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2544 = llvm.load %v2543 : !llvm.ptr -> f32
                %v2545 = arith.mulf %v2544, %v1886 fastmath<contract> : f32
                %v2546 = arith.addf %v2537, %v2545 fastmath<contract> : f32
                %v2547 = arith.constant 3 : i64
                %v2548 = arith.muli %v2547, %v1144 : i64
                %v2549 = arith.constant 15 : i64
                %v2550 = arith.muli %v2549, %v3 : i64
                %v2551 = arith.addi %v2548, %v2550 : i64
                %v2552 = llvm.getelementptr %in_C_im[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2553 = llvm.load %v2552 : !llvm.ptr -> f32
                %v2554 = arith.mulf %v2553, %v1893 fastmath<contract> : f32
                %v2555 = arith.addf %v2546, %v2554 fastmath<contract> : f32
                %v2556 = llvm.load %v252 : !llvm.ptr -> f32
                %v2557 = arith.mulf %v2556, %v1079 fastmath<contract> : f32
                %v2558 = arith.addf %v2555, %v2557 fastmath<contract> : f32
                %v2559 = llvm.load %v316 : !llvm.ptr -> f32
                %v2560 = arith.mulf %v2559, %v1063 fastmath<contract> : f32
                %v2561 = arith.addf %v2560, %v2558 fastmath<contract> : f32
                %v2562 = arith.mulf %v1142, %v2556 fastmath<contract> : f32
                %v2563 = arith.mulf %v2559, %v1110 fastmath<contract> : f32
                %v2564 = arith.addf %v2563, %v2562 fastmath<contract> : f32
                %v2565 = arith.mulf %v1143, %v2556 fastmath<contract> : f32
                %v2566 = arith.mulf %v2559, %v1111 fastmath<contract> : f32
                %v2567 = arith.addf %v2566, %v2565 fastmath<contract> : f32
                llvm.store %v1203, %v130 : f32, !llvm.ptr
                llvm.store %v1206, %v933 : f32, !llvm.ptr
                llvm.store %v1209, %v934 : f32, !llvm.ptr
                llvm.store %v1247, %v131 : f32, !llvm.ptr
                llvm.store %v1250, %v935 : f32, !llvm.ptr
                llvm.store %v1253, %v936 : f32, !llvm.ptr
                llvm.store %v1291, %v133 : f32, !llvm.ptr
                llvm.store %v1294, %v937 : f32, !llvm.ptr
                llvm.store %v1297, %v938 : f32, !llvm.ptr
                llvm.store %v1335, %v135 : f32, !llvm.ptr
                llvm.store %v1338, %v939 : f32, !llvm.ptr
                llvm.store %v1341, %v940 : f32, !llvm.ptr
                llvm.store %v1379, %v136 : f32, !llvm.ptr
                llvm.store %v1382, %v941 : f32, !llvm.ptr
                llvm.store %v1385, %v942 : f32, !llvm.ptr
                llvm.store %v1423, %v138 : f32, !llvm.ptr
                llvm.store %v1426, %v943 : f32, !llvm.ptr
                llvm.store %v1429, %v944 : f32, !llvm.ptr
                llvm.store %v1467, %v140 : f32, !llvm.ptr
                llvm.store %v1470, %v945 : f32, !llvm.ptr
                llvm.store %v1473, %v946 : f32, !llvm.ptr
                llvm.store %v1511, %v142 : f32, !llvm.ptr
                llvm.store %v1514, %v947 : f32, !llvm.ptr
                llvm.store %v1517, %v948 : f32, !llvm.ptr
                llvm.store %v1555, %v144 : f32, !llvm.ptr
                llvm.store %v1558, %v949 : f32, !llvm.ptr
                llvm.store %v1561, %v950 : f32, !llvm.ptr
                llvm.store %v1599, %v146 : f32, !llvm.ptr
                llvm.store %v1602, %v951 : f32, !llvm.ptr
                llvm.store %v1605, %v952 : f32, !llvm.ptr
                llvm.store %v1643, %v148 : f32, !llvm.ptr
                llvm.store %v1646, %v953 : f32, !llvm.ptr
                llvm.store %v1649, %v954 : f32, !llvm.ptr
                llvm.store %v1687, %v150 : f32, !llvm.ptr
                llvm.store %v1690, %v955 : f32, !llvm.ptr
                llvm.store %v1693, %v956 : f32, !llvm.ptr
                llvm.store %v1731, %v152 : f32, !llvm.ptr
                llvm.store %v1734, %v957 : f32, !llvm.ptr
                llvm.store %v1737, %v958 : f32, !llvm.ptr
                llvm.store %v1775, %v154 : f32, !llvm.ptr
                llvm.store %v1778, %v959 : f32, !llvm.ptr
                llvm.store %v1781, %v960 : f32, !llvm.ptr
                llvm.store %v1819, %v156 : f32, !llvm.ptr
                llvm.store %v1822, %v961 : f32, !llvm.ptr
                llvm.store %v1825, %v962 : f32, !llvm.ptr
                llvm.store %v1863, %v158 : f32, !llvm.ptr
                llvm.store %v1866, %v963 : f32, !llvm.ptr
                llvm.store %v1869, %v964 : f32, !llvm.ptr
                llvm.store %v1901, %v159 : f32, !llvm.ptr
                llvm.store %v1904, %v965 : f32, !llvm.ptr
                llvm.store %v1907, %v966 : f32, !llvm.ptr
                llvm.store %v1945, %v161 : f32, !llvm.ptr
                llvm.store %v1948, %v967 : f32, !llvm.ptr
                llvm.store %v1951, %v968 : f32, !llvm.ptr
                llvm.store %v1989, %v163 : f32, !llvm.ptr
                llvm.store %v1992, %v969 : f32, !llvm.ptr
                llvm.store %v1995, %v970 : f32, !llvm.ptr
                llvm.store %v2033, %v165 : f32, !llvm.ptr
                llvm.store %v2036, %v971 : f32, !llvm.ptr
                llvm.store %v2039, %v972 : f32, !llvm.ptr
                llvm.store %v2077, %v167 : f32, !llvm.ptr
                llvm.store %v2080, %v973 : f32, !llvm.ptr
                llvm.store %v2083, %v974 : f32, !llvm.ptr
                llvm.store %v2121, %v169 : f32, !llvm.ptr
                llvm.store %v2124, %v975 : f32, !llvm.ptr
                llvm.store %v2127, %v976 : f32, !llvm.ptr
                llvm.store %v2165, %v171 : f32, !llvm.ptr
                llvm.store %v2168, %v977 : f32, !llvm.ptr
                llvm.store %v2171, %v978 : f32, !llvm.ptr
                llvm.store %v2209, %v173 : f32, !llvm.ptr
                llvm.store %v2212, %v979 : f32, !llvm.ptr
                llvm.store %v2215, %v980 : f32, !llvm.ptr
                llvm.store %v2253, %v175 : f32, !llvm.ptr
                llvm.store %v2256, %v981 : f32, !llvm.ptr
                llvm.store %v2259, %v982 : f32, !llvm.ptr
                llvm.store %v2297, %v177 : f32, !llvm.ptr
                llvm.store %v2300, %v983 : f32, !llvm.ptr
                llvm.store %v2303, %v984 : f32, !llvm.ptr
                llvm.store %v2341, %v179 : f32, !llvm.ptr
                llvm.store %v2344, %v985 : f32, !llvm.ptr
                llvm.store %v2347, %v986 : f32, !llvm.ptr
                llvm.store %v2385, %v181 : f32, !llvm.ptr
                llvm.store %v2388, %v987 : f32, !llvm.ptr
                llvm.store %v2391, %v988 : f32, !llvm.ptr
                llvm.store %v2429, %v183 : f32, !llvm.ptr
                llvm.store %v2432, %v989 : f32, !llvm.ptr
                llvm.store %v2435, %v990 : f32, !llvm.ptr
                llvm.store %v2473, %v185 : f32, !llvm.ptr
                llvm.store %v2476, %v991 : f32, !llvm.ptr
                llvm.store %v2479, %v992 : f32, !llvm.ptr
                llvm.store %v2517, %v187 : f32, !llvm.ptr
                llvm.store %v2520, %v993 : f32, !llvm.ptr
                llvm.store %v2523, %v994 : f32, !llvm.ptr
                llvm.store %v2561, %v189 : f32, !llvm.ptr
                llvm.store %v2564, %v995 : f32, !llvm.ptr
                llvm.store %v2567, %v996 : f32, !llvm.ptr
                scf.if %v1046 {
                }
                %v2568 = arith.constant 0 : i64
                %v2569 = llvm.getelementptr %in_lam_re[%v2568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2570 = llvm.load %v2569 : !llvm.ptr -> f32
                %v2571 = arith.constant 0 : i64
                %v2572 = llvm.getelementptr %in_log_dt[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
                %v2575 = arith.mulf %v2573, %v2574 fastmath<contract> : f32
                %v2576 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2575) : (f32) -> f32
                %v2577 = arith.mulf %v2570, %v2576 fastmath<contract> : f32
                %v2578 = arith.mulf %v2577, %v2574 fastmath<contract> : f32
                %v2579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2578) : (f32) -> f32
                %v2580 = arith.constant 0 : i64
                %v2581 = llvm.getelementptr %in_lam_im[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2582 = llvm.load %v2581 : !llvm.ptr -> f32
                %v2583 = arith.mulf %v2582, %v2576 fastmath<contract> : f32
                %v2585 = arith.mulf %v2583, %v2584 fastmath<contract> : f32
                %v2586 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2585) : (f32) -> f32
                %v2589 = arith.mulf %v2586, %v2587 fastmath<contract> : f32
                %v2590 = arith.subf %v2583, %v2589 fastmath<contract> : f32
                %v2591 = arith.mulf %v2586, %v2588 fastmath<contract> : f32
                %v2592 = arith.subf %v2590, %v2591 fastmath<contract> : f32
                %v2593 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2592) : (f32) -> f32
                %v2594 = arith.mulf %v2579, %v2593 fastmath<contract> : f32
                llvm.store %v2594, %v191 : f32, !llvm.ptr
                %v2595 = arith.mulf %v2583, %v2584 fastmath<contract> : f32
                %v2596 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2595) : (f32) -> f32
                %v2597 = arith.mulf %v2596, %v2587 fastmath<contract> : f32
                %v2598 = arith.subf %v2583, %v2597 fastmath<contract> : f32
                %v2599 = arith.mulf %v2596, %v2588 fastmath<contract> : f32
                %v2600 = arith.subf %v2598, %v2599 fastmath<contract> : f32
                %v2601 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2600) : (f32) -> f32
                %v2602 = arith.mulf %v2579, %v2601 fastmath<contract> : f32
                llvm.store %v2602, %v254 : f32, !llvm.ptr
                %v2603 = arith.constant 1 : i64
                %v2604 = arith.muli %v2603, %v3 : i64
                %v2605 = llvm.getelementptr %in_lam_re[%v2604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2606 = llvm.load %v2605 : !llvm.ptr -> f32
                %v2607 = arith.constant 1 : i64
                %v2608 = arith.muli %v2607, %v3 : i64
                %v2609 = llvm.getelementptr %in_log_dt[%v2608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2610 = llvm.load %v2609 : !llvm.ptr -> f32
                %v2611 = arith.mulf %v2610, %v2574 fastmath<contract> : f32
                %v2612 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2611) : (f32) -> f32
                %v2613 = arith.mulf %v2606, %v2612 fastmath<contract> : f32
                %v2614 = arith.mulf %v2613, %v2574 fastmath<contract> : f32
                %v2615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2614) : (f32) -> f32
                %v2616 = arith.constant 1 : i64
                %v2617 = arith.muli %v2616, %v3 : i64
                %v2618 = llvm.getelementptr %in_lam_im[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2619 = llvm.load %v2618 : !llvm.ptr -> f32
                %v2620 = arith.mulf %v2619, %v2612 fastmath<contract> : f32
                %v2621 = arith.mulf %v2620, %v2584 fastmath<contract> : f32
                %v2622 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2621) : (f32) -> f32
                %v2623 = arith.mulf %v2622, %v2587 fastmath<contract> : f32
                %v2624 = arith.subf %v2620, %v2623 fastmath<contract> : f32
                %v2625 = arith.mulf %v2622, %v2588 fastmath<contract> : f32
                %v2626 = arith.subf %v2624, %v2625 fastmath<contract> : f32
                %v2627 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2626) : (f32) -> f32
                %v2628 = arith.mulf %v2615, %v2627 fastmath<contract> : f32
                llvm.store %v2628, %v193 : f32, !llvm.ptr
                %v2629 = arith.mulf %v2620, %v2584 fastmath<contract> : f32
                %v2630 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2629) : (f32) -> f32
                %v2631 = arith.mulf %v2630, %v2587 fastmath<contract> : f32
                %v2632 = arith.subf %v2620, %v2631 fastmath<contract> : f32
                %v2633 = arith.mulf %v2630, %v2588 fastmath<contract> : f32
                %v2634 = arith.subf %v2632, %v2633 fastmath<contract> : f32
                %v2635 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2634) : (f32) -> f32
                %v2636 = arith.mulf %v2615, %v2635 fastmath<contract> : f32
                llvm.store %v2636, %v256 : f32, !llvm.ptr
                %v2637 = arith.constant 2 : i64
                %v2638 = arith.muli %v2637, %v3 : i64
                %v2639 = llvm.getelementptr %in_lam_re[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2640 = llvm.load %v2639 : !llvm.ptr -> f32
                %v2641 = arith.constant 2 : i64
                %v2642 = arith.muli %v2641, %v3 : i64
                %v2643 = llvm.getelementptr %in_log_dt[%v2642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
                %v2645 = arith.mulf %v2644, %v2574 fastmath<contract> : f32
                %v2646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2645) : (f32) -> f32
                %v2647 = arith.mulf %v2640, %v2646 fastmath<contract> : f32
                %v2648 = arith.mulf %v2647, %v2574 fastmath<contract> : f32
                %v2649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2648) : (f32) -> f32
                %v2650 = arith.constant 2 : i64
                %v2651 = arith.muli %v2650, %v3 : i64
                %v2652 = llvm.getelementptr %in_lam_im[%v2651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2653 = llvm.load %v2652 : !llvm.ptr -> f32
                %v2654 = arith.mulf %v2653, %v2646 fastmath<contract> : f32
                %v2655 = arith.mulf %v2654, %v2584 fastmath<contract> : f32
                %v2656 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2655) : (f32) -> f32
                %v2657 = arith.mulf %v2656, %v2587 fastmath<contract> : f32
                %v2658 = arith.subf %v2654, %v2657 fastmath<contract> : f32
                %v2659 = arith.mulf %v2656, %v2588 fastmath<contract> : f32
                %v2660 = arith.subf %v2658, %v2659 fastmath<contract> : f32
                %v2661 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2660) : (f32) -> f32
                %v2662 = arith.mulf %v2649, %v2661 fastmath<contract> : f32
                llvm.store %v2662, %v195 : f32, !llvm.ptr
                %v2663 = arith.mulf %v2654, %v2584 fastmath<contract> : f32
                %v2664 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2663) : (f32) -> f32
                %v2665 = arith.mulf %v2664, %v2587 fastmath<contract> : f32
                %v2666 = arith.subf %v2654, %v2665 fastmath<contract> : f32
                %v2667 = arith.mulf %v2664, %v2588 fastmath<contract> : f32
                %v2668 = arith.subf %v2666, %v2667 fastmath<contract> : f32
                %v2669 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2668) : (f32) -> f32
                %v2670 = arith.mulf %v2649, %v2669 fastmath<contract> : f32
                llvm.store %v2670, %v258 : f32, !llvm.ptr
                %v2671 = arith.constant 3 : i64
                %v2672 = arith.muli %v2671, %v3 : i64
                %v2673 = llvm.getelementptr %in_lam_re[%v2672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2674 = llvm.load %v2673 : !llvm.ptr -> f32
                %v2675 = arith.constant 3 : i64
                %v2676 = arith.muli %v2675, %v3 : i64
                %v2677 = llvm.getelementptr %in_log_dt[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
                %v2679 = arith.mulf %v2678, %v2574 fastmath<contract> : f32
                %v2680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2679) : (f32) -> f32
                %v2681 = arith.mulf %v2674, %v2680 fastmath<contract> : f32
                %v2682 = arith.mulf %v2681, %v2574 fastmath<contract> : f32
                %v2683 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2682) : (f32) -> f32
                %v2684 = arith.constant 3 : i64
                %v2685 = arith.muli %v2684, %v3 : i64
                %v2686 = llvm.getelementptr %in_lam_im[%v2685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2687 = llvm.load %v2686 : !llvm.ptr -> f32
                %v2688 = arith.mulf %v2687, %v2680 fastmath<contract> : f32
                %v2689 = arith.mulf %v2688, %v2584 fastmath<contract> : f32
                %v2690 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2689) : (f32) -> f32
                %v2691 = arith.mulf %v2690, %v2587 fastmath<contract> : f32
                %v2692 = arith.subf %v2688, %v2691 fastmath<contract> : f32
                %v2693 = arith.mulf %v2690, %v2588 fastmath<contract> : f32
                %v2694 = arith.subf %v2692, %v2693 fastmath<contract> : f32
                %v2695 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2694) : (f32) -> f32
                %v2696 = arith.mulf %v2683, %v2695 fastmath<contract> : f32
                llvm.store %v2696, %v197 : f32, !llvm.ptr
                %v2697 = arith.mulf %v2688, %v2584 fastmath<contract> : f32
                %v2698 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2697) : (f32) -> f32
                %v2699 = arith.mulf %v2698, %v2587 fastmath<contract> : f32
                %v2700 = arith.subf %v2688, %v2699 fastmath<contract> : f32
                %v2701 = arith.mulf %v2698, %v2588 fastmath<contract> : f32
                %v2702 = arith.subf %v2700, %v2701 fastmath<contract> : f32
                %v2703 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2702) : (f32) -> f32
                %v2704 = arith.mulf %v2683, %v2703 fastmath<contract> : f32
                llvm.store %v2704, %v260 : f32, !llvm.ptr
                %v2705 = arith.constant 4 : i64
                %v2706 = arith.muli %v2705, %v3 : i64
                %v2707 = llvm.getelementptr %in_lam_re[%v2706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2708 = llvm.load %v2707 : !llvm.ptr -> f32
                %v2709 = arith.constant 4 : i64
                %v2710 = arith.muli %v2709, %v3 : i64
                %v2711 = llvm.getelementptr %in_log_dt[%v2710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2712 = llvm.load %v2711 : !llvm.ptr -> f32
                %v2713 = arith.mulf %v2712, %v2574 fastmath<contract> : f32
                %v2714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2713) : (f32) -> f32
                %v2715 = arith.mulf %v2708, %v2714 fastmath<contract> : f32
                %v2716 = arith.mulf %v2715, %v2574 fastmath<contract> : f32
                %v2717 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2716) : (f32) -> f32
                %v2718 = arith.constant 4 : i64
                %v2719 = arith.muli %v2718, %v3 : i64
                %v2720 = llvm.getelementptr %in_lam_im[%v2719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2721 = llvm.load %v2720 : !llvm.ptr -> f32
                %v2722 = arith.mulf %v2721, %v2714 fastmath<contract> : f32
                %v2723 = arith.mulf %v2722, %v2584 fastmath<contract> : f32
                %v2724 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2723) : (f32) -> f32
                %v2725 = arith.mulf %v2724, %v2587 fastmath<contract> : f32
                %v2726 = arith.subf %v2722, %v2725 fastmath<contract> : f32
                %v2727 = arith.mulf %v2724, %v2588 fastmath<contract> : f32
                %v2728 = arith.subf %v2726, %v2727 fastmath<contract> : f32
                %v2729 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2728) : (f32) -> f32
                %v2730 = arith.mulf %v2717, %v2729 fastmath<contract> : f32
                llvm.store %v2730, %v199 : f32, !llvm.ptr
                %v2731 = arith.mulf %v2722, %v2584 fastmath<contract> : f32
                %v2732 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2731) : (f32) -> f32
                %v2733 = arith.mulf %v2732, %v2587 fastmath<contract> : f32
                %v2734 = arith.subf %v2722, %v2733 fastmath<contract> : f32
                %v2735 = arith.mulf %v2732, %v2588 fastmath<contract> : f32
                %v2736 = arith.subf %v2734, %v2735 fastmath<contract> : f32
                %v2737 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2736) : (f32) -> f32
                %v2738 = arith.mulf %v2717, %v2737 fastmath<contract> : f32
                llvm.store %v2738, %v262 : f32, !llvm.ptr
                %v2739 = arith.constant 5 : i64
                %v2740 = arith.muli %v2739, %v3 : i64
                %v2741 = llvm.getelementptr %in_lam_re[%v2740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2742 = llvm.load %v2741 : !llvm.ptr -> f32
                %v2743 = arith.constant 5 : i64
                %v2744 = arith.muli %v2743, %v3 : i64
                %v2745 = llvm.getelementptr %in_log_dt[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2746 = llvm.load %v2745 : !llvm.ptr -> f32
                %v2747 = arith.mulf %v2746, %v2574 fastmath<contract> : f32
                %v2748 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2747) : (f32) -> f32
                %v2749 = arith.mulf %v2742, %v2748 fastmath<contract> : f32
                %v2750 = arith.mulf %v2749, %v2574 fastmath<contract> : f32
                %v2751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2750) : (f32) -> f32
                %v2752 = arith.constant 5 : i64
                %v2753 = arith.muli %v2752, %v3 : i64
                %v2754 = llvm.getelementptr %in_lam_im[%v2753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2755 = llvm.load %v2754 : !llvm.ptr -> f32
                %v2756 = arith.mulf %v2755, %v2748 fastmath<contract> : f32
                %v2757 = arith.mulf %v2756, %v2584 fastmath<contract> : f32
                %v2758 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2757) : (f32) -> f32
                %v2759 = arith.mulf %v2758, %v2587 fastmath<contract> : f32
                %v2760 = arith.subf %v2756, %v2759 fastmath<contract> : f32
                %v2761 = arith.mulf %v2758, %v2588 fastmath<contract> : f32
                %v2762 = arith.subf %v2760, %v2761 fastmath<contract> : f32
                %v2763 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2762) : (f32) -> f32
                %v2764 = arith.mulf %v2751, %v2763 fastmath<contract> : f32
                llvm.store %v2764, %v201 : f32, !llvm.ptr
                %v2765 = arith.mulf %v2756, %v2584 fastmath<contract> : f32
                %v2766 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2765) : (f32) -> f32
                %v2767 = arith.mulf %v2766, %v2587 fastmath<contract> : f32
                %v2768 = arith.subf %v2756, %v2767 fastmath<contract> : f32
                %v2769 = arith.mulf %v2766, %v2588 fastmath<contract> : f32
                %v2770 = arith.subf %v2768, %v2769 fastmath<contract> : f32
                %v2771 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2770) : (f32) -> f32
                %v2772 = arith.mulf %v2751, %v2771 fastmath<contract> : f32
                llvm.store %v2772, %v264 : f32, !llvm.ptr
                %v2773 = arith.constant 6 : i64
                %v2774 = arith.muli %v2773, %v3 : i64
                %v2775 = llvm.getelementptr %in_lam_re[%v2774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2776 = llvm.load %v2775 : !llvm.ptr -> f32
                %v2777 = arith.constant 6 : i64
                %v2778 = arith.muli %v2777, %v3 : i64
                %v2779 = llvm.getelementptr %in_log_dt[%v2778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2780 = llvm.load %v2779 : !llvm.ptr -> f32
                %v2781 = arith.mulf %v2780, %v2574 fastmath<contract> : f32
                %v2782 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2781) : (f32) -> f32
                %v2783 = arith.mulf %v2776, %v2782 fastmath<contract> : f32
                %v2784 = arith.mulf %v2783, %v2574 fastmath<contract> : f32
                %v2785 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2784) : (f32) -> f32
                %v2786 = arith.constant 6 : i64
                %v2787 = arith.muli %v2786, %v3 : i64
                %v2788 = llvm.getelementptr %in_lam_im[%v2787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2789 = llvm.load %v2788 : !llvm.ptr -> f32
                %v2790 = arith.mulf %v2789, %v2782 fastmath<contract> : f32
                %v2791 = arith.mulf %v2790, %v2584 fastmath<contract> : f32
                %v2792 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2791) : (f32) -> f32
                %v2793 = arith.mulf %v2792, %v2587 fastmath<contract> : f32
                %v2794 = arith.subf %v2790, %v2793 fastmath<contract> : f32
                %v2795 = arith.mulf %v2792, %v2588 fastmath<contract> : f32
                %v2796 = arith.subf %v2794, %v2795 fastmath<contract> : f32
                %v2797 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2796) : (f32) -> f32
                %v2798 = arith.mulf %v2785, %v2797 fastmath<contract> : f32
                llvm.store %v2798, %v203 : f32, !llvm.ptr
                %v2799 = arith.mulf %v2790, %v2584 fastmath<contract> : f32
                %v2800 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2799) : (f32) -> f32
                %v2801 = arith.mulf %v2800, %v2587 fastmath<contract> : f32
                %v2802 = arith.subf %v2790, %v2801 fastmath<contract> : f32
                %v2803 = arith.mulf %v2800, %v2588 fastmath<contract> : f32
                %v2804 = arith.subf %v2802, %v2803 fastmath<contract> : f32
                %v2805 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2804) : (f32) -> f32
                %v2806 = arith.mulf %v2785, %v2805 fastmath<contract> : f32
                llvm.store %v2806, %v266 : f32, !llvm.ptr
                %v2807 = arith.constant 7 : i64
                %v2808 = arith.muli %v2807, %v3 : i64
                %v2809 = llvm.getelementptr %in_lam_re[%v2808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2810 = llvm.load %v2809 : !llvm.ptr -> f32
                %v2811 = arith.constant 7 : i64
                %v2812 = arith.muli %v2811, %v3 : i64
                %v2813 = llvm.getelementptr %in_log_dt[%v2812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2814 = llvm.load %v2813 : !llvm.ptr -> f32
                %v2815 = arith.mulf %v2814, %v2574 fastmath<contract> : f32
                %v2816 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2815) : (f32) -> f32
                %v2817 = arith.mulf %v2810, %v2816 fastmath<contract> : f32
                %v2818 = arith.mulf %v2817, %v2574 fastmath<contract> : f32
                %v2819 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2818) : (f32) -> f32
                %v2820 = arith.constant 7 : i64
                %v2821 = arith.muli %v2820, %v3 : i64
                %v2822 = llvm.getelementptr %in_lam_im[%v2821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2823 = llvm.load %v2822 : !llvm.ptr -> f32
                %v2824 = arith.mulf %v2823, %v2816 fastmath<contract> : f32
                %v2825 = arith.mulf %v2824, %v2584 fastmath<contract> : f32
                %v2826 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2825) : (f32) -> f32
                %v2827 = arith.mulf %v2826, %v2587 fastmath<contract> : f32
                %v2828 = arith.subf %v2824, %v2827 fastmath<contract> : f32
                %v2829 = arith.mulf %v2826, %v2588 fastmath<contract> : f32
                %v2830 = arith.subf %v2828, %v2829 fastmath<contract> : f32
                %v2831 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2830) : (f32) -> f32
                %v2832 = arith.mulf %v2819, %v2831 fastmath<contract> : f32
                llvm.store %v2832, %v205 : f32, !llvm.ptr
                %v2833 = arith.mulf %v2824, %v2584 fastmath<contract> : f32
                %v2834 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2833) : (f32) -> f32
                %v2835 = arith.mulf %v2834, %v2587 fastmath<contract> : f32
                %v2836 = arith.subf %v2824, %v2835 fastmath<contract> : f32
                %v2837 = arith.mulf %v2834, %v2588 fastmath<contract> : f32
                %v2838 = arith.subf %v2836, %v2837 fastmath<contract> : f32
                %v2839 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2838) : (f32) -> f32
                %v2840 = arith.mulf %v2819, %v2839 fastmath<contract> : f32
                llvm.store %v2840, %v268 : f32, !llvm.ptr
                %v2841 = arith.constant 8 : i64
                %v2842 = arith.muli %v2841, %v3 : i64
                %v2843 = llvm.getelementptr %in_lam_re[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2844 = llvm.load %v2843 : !llvm.ptr -> f32
                %v2845 = arith.constant 8 : i64
                %v2846 = arith.muli %v2845, %v3 : i64
                %v2847 = llvm.getelementptr %in_log_dt[%v2846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2848 = llvm.load %v2847 : !llvm.ptr -> f32
                %v2849 = arith.mulf %v2848, %v2574 fastmath<contract> : f32
                %v2850 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2849) : (f32) -> f32
                %v2851 = arith.mulf %v2844, %v2850 fastmath<contract> : f32
                %v2852 = arith.mulf %v2851, %v2574 fastmath<contract> : f32
                %v2853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2852) : (f32) -> f32
                %v2854 = arith.constant 8 : i64
                %v2855 = arith.muli %v2854, %v3 : i64
                %v2856 = llvm.getelementptr %in_lam_im[%v2855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2857 = llvm.load %v2856 : !llvm.ptr -> f32
                %v2858 = arith.mulf %v2857, %v2850 fastmath<contract> : f32
                %v2859 = arith.mulf %v2858, %v2584 fastmath<contract> : f32
                %v2860 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2859) : (f32) -> f32
                %v2861 = arith.mulf %v2860, %v2587 fastmath<contract> : f32
                %v2862 = arith.subf %v2858, %v2861 fastmath<contract> : f32
                %v2863 = arith.mulf %v2860, %v2588 fastmath<contract> : f32
                %v2864 = arith.subf %v2862, %v2863 fastmath<contract> : f32
                %v2865 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2864) : (f32) -> f32
                %v2866 = arith.mulf %v2853, %v2865 fastmath<contract> : f32
                llvm.store %v2866, %v207 : f32, !llvm.ptr
                %v2867 = arith.mulf %v2858, %v2584 fastmath<contract> : f32
                %v2868 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2867) : (f32) -> f32
                %v2869 = arith.mulf %v2868, %v2587 fastmath<contract> : f32
                %v2870 = arith.subf %v2858, %v2869 fastmath<contract> : f32
                %v2871 = arith.mulf %v2868, %v2588 fastmath<contract> : f32
                %v2872 = arith.subf %v2870, %v2871 fastmath<contract> : f32
                %v2873 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2872) : (f32) -> f32
                %v2874 = arith.mulf %v2853, %v2873 fastmath<contract> : f32
                llvm.store %v2874, %v270 : f32, !llvm.ptr
                %v2875 = arith.constant 9 : i64
                %v2876 = arith.muli %v2875, %v3 : i64
                %v2877 = llvm.getelementptr %in_lam_re[%v2876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2878 = llvm.load %v2877 : !llvm.ptr -> f32
                %v2879 = arith.constant 9 : i64
                %v2880 = arith.muli %v2879, %v3 : i64
                %v2881 = llvm.getelementptr %in_log_dt[%v2880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2882 = llvm.load %v2881 : !llvm.ptr -> f32
                %v2883 = arith.mulf %v2882, %v2574 fastmath<contract> : f32
                %v2884 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2883) : (f32) -> f32
                %v2885 = arith.mulf %v2878, %v2884 fastmath<contract> : f32
                %v2886 = arith.mulf %v2885, %v2574 fastmath<contract> : f32
                %v2887 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2886) : (f32) -> f32
                %v2888 = arith.constant 9 : i64
                %v2889 = arith.muli %v2888, %v3 : i64
                %v2890 = llvm.getelementptr %in_lam_im[%v2889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2891 = llvm.load %v2890 : !llvm.ptr -> f32
                %v2892 = arith.mulf %v2891, %v2884 fastmath<contract> : f32
                %v2893 = arith.mulf %v2892, %v2584 fastmath<contract> : f32
                %v2894 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2893) : (f32) -> f32
                %v2895 = arith.mulf %v2894, %v2587 fastmath<contract> : f32
                %v2896 = arith.subf %v2892, %v2895 fastmath<contract> : f32
                %v2897 = arith.mulf %v2894, %v2588 fastmath<contract> : f32
                %v2898 = arith.subf %v2896, %v2897 fastmath<contract> : f32
                %v2899 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2898) : (f32) -> f32
                %v2900 = arith.mulf %v2887, %v2899 fastmath<contract> : f32
                llvm.store %v2900, %v209 : f32, !llvm.ptr
                %v2901 = arith.mulf %v2892, %v2584 fastmath<contract> : f32
                %v2902 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2901) : (f32) -> f32
                %v2903 = arith.mulf %v2902, %v2587 fastmath<contract> : f32
                %v2904 = arith.subf %v2892, %v2903 fastmath<contract> : f32
                %v2905 = arith.mulf %v2902, %v2588 fastmath<contract> : f32
                %v2906 = arith.subf %v2904, %v2905 fastmath<contract> : f32
                %v2907 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2906) : (f32) -> f32
                %v2908 = arith.mulf %v2887, %v2907 fastmath<contract> : f32
                llvm.store %v2908, %v272 : f32, !llvm.ptr
                %v2909 = arith.constant 10 : i64
                %v2910 = arith.muli %v2909, %v3 : i64
                %v2911 = llvm.getelementptr %in_lam_re[%v2910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2912 = llvm.load %v2911 : !llvm.ptr -> f32
                %v2913 = arith.constant 10 : i64
                %v2914 = arith.muli %v2913, %v3 : i64
                %v2915 = llvm.getelementptr %in_log_dt[%v2914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2916 = llvm.load %v2915 : !llvm.ptr -> f32
                %v2917 = arith.mulf %v2916, %v2574 fastmath<contract> : f32
                %v2918 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2917) : (f32) -> f32
                %v2919 = arith.mulf %v2912, %v2918 fastmath<contract> : f32
                %v2920 = arith.mulf %v2919, %v2574 fastmath<contract> : f32
                %v2921 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2920) : (f32) -> f32
                %v2922 = arith.constant 10 : i64
                %v2923 = arith.muli %v2922, %v3 : i64
                %v2924 = llvm.getelementptr %in_lam_im[%v2923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2925 = llvm.load %v2924 : !llvm.ptr -> f32
                %v2926 = arith.mulf %v2925, %v2918 fastmath<contract> : f32
                %v2927 = arith.mulf %v2926, %v2584 fastmath<contract> : f32
                %v2928 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2927) : (f32) -> f32
                %v2929 = arith.mulf %v2928, %v2587 fastmath<contract> : f32
                %v2930 = arith.subf %v2926, %v2929 fastmath<contract> : f32
                %v2931 = arith.mulf %v2928, %v2588 fastmath<contract> : f32
                %v2932 = arith.subf %v2930, %v2931 fastmath<contract> : f32
                %v2933 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2932) : (f32) -> f32
                %v2934 = arith.mulf %v2921, %v2933 fastmath<contract> : f32
                llvm.store %v2934, %v211 : f32, !llvm.ptr
                %v2935 = arith.mulf %v2926, %v2584 fastmath<contract> : f32
                %v2936 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2935) : (f32) -> f32
                %v2937 = arith.mulf %v2936, %v2587 fastmath<contract> : f32
                %v2938 = arith.subf %v2926, %v2937 fastmath<contract> : f32
                %v2939 = arith.mulf %v2936, %v2588 fastmath<contract> : f32
                %v2940 = arith.subf %v2938, %v2939 fastmath<contract> : f32
                %v2941 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2940) : (f32) -> f32
                %v2942 = arith.mulf %v2921, %v2941 fastmath<contract> : f32
                llvm.store %v2942, %v274 : f32, !llvm.ptr
                %v2943 = arith.constant 11 : i64
                %v2944 = arith.muli %v2943, %v3 : i64
                %v2945 = llvm.getelementptr %in_lam_re[%v2944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2946 = llvm.load %v2945 : !llvm.ptr -> f32
                %v2947 = arith.constant 11 : i64
                %v2948 = arith.muli %v2947, %v3 : i64
                %v2949 = llvm.getelementptr %in_log_dt[%v2948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2950 = llvm.load %v2949 : !llvm.ptr -> f32
                %v2951 = arith.mulf %v2950, %v2574 fastmath<contract> : f32
                %v2952 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2951) : (f32) -> f32
                %v2953 = arith.mulf %v2946, %v2952 fastmath<contract> : f32
                %v2954 = arith.mulf %v2953, %v2574 fastmath<contract> : f32
                %v2955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2954) : (f32) -> f32
                %v2956 = arith.constant 11 : i64
                %v2957 = arith.muli %v2956, %v3 : i64
                %v2958 = llvm.getelementptr %in_lam_im[%v2957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2959 = llvm.load %v2958 : !llvm.ptr -> f32
                %v2960 = arith.mulf %v2959, %v2952 fastmath<contract> : f32
                %v2961 = arith.mulf %v2960, %v2584 fastmath<contract> : f32
                %v2962 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2961) : (f32) -> f32
                %v2963 = arith.mulf %v2962, %v2587 fastmath<contract> : f32
                %v2964 = arith.subf %v2960, %v2963 fastmath<contract> : f32
                %v2965 = arith.mulf %v2962, %v2588 fastmath<contract> : f32
                %v2966 = arith.subf %v2964, %v2965 fastmath<contract> : f32
                %v2967 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2966) : (f32) -> f32
                %v2968 = arith.mulf %v2955, %v2967 fastmath<contract> : f32
                llvm.store %v2968, %v213 : f32, !llvm.ptr
                %v2969 = arith.mulf %v2960, %v2584 fastmath<contract> : f32
                %v2970 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2969) : (f32) -> f32
                %v2971 = arith.mulf %v2970, %v2587 fastmath<contract> : f32
                %v2972 = arith.subf %v2960, %v2971 fastmath<contract> : f32
                %v2973 = arith.mulf %v2970, %v2588 fastmath<contract> : f32
                %v2974 = arith.subf %v2972, %v2973 fastmath<contract> : f32
                %v2975 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2974) : (f32) -> f32
                %v2976 = arith.mulf %v2955, %v2975 fastmath<contract> : f32
                llvm.store %v2976, %v276 : f32, !llvm.ptr
                %v2977 = arith.constant 12 : i64
                %v2978 = arith.muli %v2977, %v3 : i64
                %v2979 = llvm.getelementptr %in_lam_re[%v2978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2980 = llvm.load %v2979 : !llvm.ptr -> f32
                %v2981 = arith.constant 12 : i64
                %v2982 = arith.muli %v2981, %v3 : i64
                %v2983 = llvm.getelementptr %in_log_dt[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2984 = llvm.load %v2983 : !llvm.ptr -> f32
                %v2985 = arith.mulf %v2984, %v2574 fastmath<contract> : f32
                %v2986 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2985) : (f32) -> f32
                %v2987 = arith.mulf %v2980, %v2986 fastmath<contract> : f32
                %v2988 = arith.mulf %v2987, %v2574 fastmath<contract> : f32
                %v2989 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2988) : (f32) -> f32
                %v2990 = arith.constant 12 : i64
                %v2991 = arith.muli %v2990, %v3 : i64
                %v2992 = llvm.getelementptr %in_lam_im[%v2991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2993 = llvm.load %v2992 : !llvm.ptr -> f32
                %v2994 = arith.mulf %v2993, %v2986 fastmath<contract> : f32
                %v2995 = arith.mulf %v2994, %v2584 fastmath<contract> : f32
                %v2996 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2995) : (f32) -> f32
                %v2997 = arith.mulf %v2996, %v2587 fastmath<contract> : f32
                %v2998 = arith.subf %v2994, %v2997 fastmath<contract> : f32
                %v2999 = arith.mulf %v2996, %v2588 fastmath<contract> : f32
                %v3000 = arith.subf %v2998, %v2999 fastmath<contract> : f32
                %v3001 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v3000) : (f32) -> f32
                %v3002 = arith.mulf %v2989, %v3001 fastmath<contract> : f32
                llvm.store %v3002, %v215 : f32, !llvm.ptr
                %v3003 = arith.mulf %v2994, %v2584 fastmath<contract> : f32
                %v3004 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3003) : (f32) -> f32
                %v3005 = arith.mulf %v3004, %v2587 fastmath<contract> : f32
                %v3006 = arith.subf %v2994, %v3005 fastmath<contract> : f32
                %v3007 = arith.mulf %v3004, %v2588 fastmath<contract> : f32
                %v3008 = arith.subf %v3006, %v3007 fastmath<contract> : f32
                %v3009 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v3008) : (f32) -> f32
                %v3010 = arith.mulf %v2989, %v3009 fastmath<contract> : f32
                llvm.store %v3010, %v278 : f32, !llvm.ptr
                %v3011 = arith.constant 13 : i64
                %v3012 = arith.muli %v3011, %v3 : i64
                %v3013 = llvm.getelementptr %in_lam_re[%v3012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3014 = llvm.load %v3013 : !llvm.ptr -> f32
                %v3015 = arith.constant 13 : i64
                %v3016 = arith.muli %v3015, %v3 : i64
                %v3017 = llvm.getelementptr %in_log_dt[%v3016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3018 = llvm.load %v3017 : !llvm.ptr -> f32
                %v3019 = arith.mulf %v3018, %v2574 fastmath<contract> : f32
                %v3020 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3019) : (f32) -> f32
                %v3021 = arith.mulf %v3014, %v3020 fastmath<contract> : f32
                %v3022 = arith.mulf %v3021, %v2574 fastmath<contract> : f32
                %v3023 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3022) : (f32) -> f32
                %v3024 = arith.constant 13 : i64
                %v3025 = arith.muli %v3024, %v3 : i64
                %v3026 = llvm.getelementptr %in_lam_im[%v3025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3027 = llvm.load %v3026 : !llvm.ptr -> f32
                %v3028 = arith.mulf %v3027, %v3020 fastmath<contract> : f32
                %v3029 = arith.mulf %v3028, %v2584 fastmath<contract> : f32
                %v3030 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3029) : (f32) -> f32
                %v3031 = arith.mulf %v3030, %v2587 fastmath<contract> : f32
                %v3032 = arith.subf %v3028, %v3031 fastmath<contract> : f32
                %v3033 = arith.mulf %v3030, %v2588 fastmath<contract> : f32
                %v3034 = arith.subf %v3032, %v3033 fastmath<contract> : f32
                %v3035 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v3034) : (f32) -> f32
                %v3036 = arith.mulf %v3023, %v3035 fastmath<contract> : f32
                llvm.store %v3036, %v217 : f32, !llvm.ptr
                %v3037 = arith.mulf %v3028, %v2584 fastmath<contract> : f32
                %v3038 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3037) : (f32) -> f32
                %v3039 = arith.mulf %v3038, %v2587 fastmath<contract> : f32
                %v3040 = arith.subf %v3028, %v3039 fastmath<contract> : f32
                %v3041 = arith.mulf %v3038, %v2588 fastmath<contract> : f32
                %v3042 = arith.subf %v3040, %v3041 fastmath<contract> : f32
                %v3043 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v3042) : (f32) -> f32
                %v3044 = arith.mulf %v3023, %v3043 fastmath<contract> : f32
                llvm.store %v3044, %v280 : f32, !llvm.ptr
                %v3045 = arith.constant 14 : i64
                %v3046 = arith.muli %v3045, %v3 : i64
                %v3047 = llvm.getelementptr %in_lam_re[%v3046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3048 = llvm.load %v3047 : !llvm.ptr -> f32
                %v3049 = arith.constant 14 : i64
                %v3050 = arith.muli %v3049, %v3 : i64
                %v3051 = llvm.getelementptr %in_log_dt[%v3050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3052 = llvm.load %v3051 : !llvm.ptr -> f32
                %v3053 = arith.mulf %v3052, %v2574 fastmath<contract> : f32
                %v3054 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3053) : (f32) -> f32
                %v3055 = arith.mulf %v3048, %v3054 fastmath<contract> : f32
                %v3056 = arith.mulf %v3055, %v2574 fastmath<contract> : f32
                %v3057 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3056) : (f32) -> f32
                %v3058 = arith.constant 14 : i64
                %v3059 = arith.muli %v3058, %v3 : i64
                %v3060 = llvm.getelementptr %in_lam_im[%v3059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3061 = llvm.load %v3060 : !llvm.ptr -> f32
                %v3062 = arith.mulf %v3061, %v3054 fastmath<contract> : f32
                %v3063 = arith.mulf %v3062, %v2584 fastmath<contract> : f32
                %v3064 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3063) : (f32) -> f32
                %v3065 = arith.mulf %v3064, %v2587 fastmath<contract> : f32
                %v3066 = arith.subf %v3062, %v3065 fastmath<contract> : f32
                %v3067 = arith.mulf %v3064, %v2588 fastmath<contract> : f32
                %v3068 = arith.subf %v3066, %v3067 fastmath<contract> : f32
                %v3069 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v3068) : (f32) -> f32
                %v3070 = arith.mulf %v3057, %v3069 fastmath<contract> : f32
                llvm.store %v3070, %v219 : f32, !llvm.ptr
                %v3071 = arith.mulf %v3062, %v2584 fastmath<contract> : f32
                %v3072 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3071) : (f32) -> f32
                %v3073 = arith.mulf %v3072, %v2587 fastmath<contract> : f32
                %v3074 = arith.subf %v3062, %v3073 fastmath<contract> : f32
                %v3075 = arith.mulf %v3072, %v2588 fastmath<contract> : f32
                %v3076 = arith.subf %v3074, %v3075 fastmath<contract> : f32
                %v3077 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v3076) : (f32) -> f32
                %v3078 = arith.mulf %v3057, %v3077 fastmath<contract> : f32
                llvm.store %v3078, %v282 : f32, !llvm.ptr
                %v3079 = arith.constant 15 : i64
                %v3080 = arith.muli %v3079, %v3 : i64
                %v3081 = llvm.getelementptr %in_lam_re[%v3080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3082 = llvm.load %v3081 : !llvm.ptr -> f32
                %v3083 = arith.constant 15 : i64
                %v3084 = arith.muli %v3083, %v3 : i64
                %v3085 = llvm.getelementptr %in_log_dt[%v3084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3086 = llvm.load %v3085 : !llvm.ptr -> f32
                %v3087 = arith.mulf %v3086, %v2574 fastmath<contract> : f32
                %v3088 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3087) : (f32) -> f32
                %v3089 = arith.mulf %v3082, %v3088 fastmath<contract> : f32
                %v3090 = arith.mulf %v3089, %v2574 fastmath<contract> : f32
                %v3091 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3090) : (f32) -> f32
                %v3092 = arith.constant 15 : i64
                %v3093 = arith.muli %v3092, %v3 : i64
                %v3094 = llvm.getelementptr %in_lam_im[%v3093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3095 = llvm.load %v3094 : !llvm.ptr -> f32
                %v3096 = arith.mulf %v3095, %v3088 fastmath<contract> : f32
                %v3097 = arith.mulf %v3096, %v2584 fastmath<contract> : f32
                %v3098 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3097) : (f32) -> f32
                %v3099 = arith.mulf %v3098, %v2587 fastmath<contract> : f32
                %v3100 = arith.subf %v3096, %v3099 fastmath<contract> : f32
                %v3101 = arith.mulf %v3098, %v2588 fastmath<contract> : f32
                %v3102 = arith.subf %v3100, %v3101 fastmath<contract> : f32
                %v3103 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v3102) : (f32) -> f32
                %v3104 = arith.mulf %v3091, %v3103 fastmath<contract> : f32
                llvm.store %v3104, %v221 : f32, !llvm.ptr
                %v3105 = arith.mulf %v3096, %v2584 fastmath<contract> : f32
                %v3106 = llvm.call_intrinsic "llvm.roundeven.f32"(%v3105) : (f32) -> f32
                %v3107 = arith.mulf %v3106, %v2587 fastmath<contract> : f32
                %v3108 = arith.subf %v3096, %v3107 fastmath<contract> : f32
                %v3109 = arith.mulf %v3106, %v2588 fastmath<contract> : f32
                %v3110 = arith.subf %v3108, %v3109 fastmath<contract> : f32
                %v3111 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v3110) : (f32) -> f32
                %v3112 = arith.mulf %v3091, %v3111 fastmath<contract> : f32
                llvm.store %v3112, %v284 : f32, !llvm.ptr
                llvm.store %v2594, %v223 : f32, !llvm.ptr
                %v3113 = arith.negf %v2602 : f32
                llvm.store %v3113, %v286 : f32, !llvm.ptr
                llvm.store %v2628, %v225 : f32, !llvm.ptr
                %v3114 = arith.negf %v2636 : f32
                llvm.store %v3114, %v288 : f32, !llvm.ptr
                llvm.store %v2662, %v227 : f32, !llvm.ptr
                %v3115 = arith.negf %v2670 : f32
                llvm.store %v3115, %v290 : f32, !llvm.ptr
                llvm.store %v2696, %v229 : f32, !llvm.ptr
                %v3116 = arith.negf %v2704 : f32
                llvm.store %v3116, %v292 : f32, !llvm.ptr
                llvm.store %v2730, %v231 : f32, !llvm.ptr
                %v3117 = arith.negf %v2738 : f32
                llvm.store %v3117, %v294 : f32, !llvm.ptr
                llvm.store %v2764, %v233 : f32, !llvm.ptr
                %v3118 = arith.negf %v2772 : f32
                llvm.store %v3118, %v296 : f32, !llvm.ptr
                llvm.store %v2798, %v235 : f32, !llvm.ptr
                %v3119 = arith.negf %v2806 : f32
                llvm.store %v3119, %v298 : f32, !llvm.ptr
                llvm.store %v2832, %v237 : f32, !llvm.ptr
                %v3120 = arith.negf %v2840 : f32
                llvm.store %v3120, %v300 : f32, !llvm.ptr
                llvm.store %v2866, %v239 : f32, !llvm.ptr
                %v3121 = arith.negf %v2874 : f32
                llvm.store %v3121, %v302 : f32, !llvm.ptr
                llvm.store %v2900, %v241 : f32, !llvm.ptr
                %v3122 = arith.negf %v2908 : f32
                llvm.store %v3122, %v304 : f32, !llvm.ptr
                llvm.store %v2934, %v243 : f32, !llvm.ptr
                %v3123 = arith.negf %v2942 : f32
                llvm.store %v3123, %v306 : f32, !llvm.ptr
                llvm.store %v2968, %v245 : f32, !llvm.ptr
                %v3124 = arith.negf %v2976 : f32
                llvm.store %v3124, %v308 : f32, !llvm.ptr
                llvm.store %v3002, %v247 : f32, !llvm.ptr
                %v3125 = arith.negf %v3010 : f32
                llvm.store %v3125, %v310 : f32, !llvm.ptr
                llvm.store %v3036, %v249 : f32, !llvm.ptr
                %v3126 = arith.negf %v3044 : f32
                llvm.store %v3126, %v312 : f32, !llvm.ptr
                llvm.store %v3070, %v251 : f32, !llvm.ptr
                %v3127 = arith.negf %v3078 : f32
                llvm.store %v3127, %v314 : f32, !llvm.ptr
                llvm.store %v3104, %v252 : f32, !llvm.ptr
                %v3128 = arith.negf %v3112 : f32
                llvm.store %v3128, %v316 : f32, !llvm.ptr
              } else {
                %v3129 = arith.subi %v1014, %v3 : i64
                // the group's states, recomputed into registers
                %v3130 = arith.subi %v1014, %v1030 : i64
                %v3131 = arith.trunci %v3130 : i64 to i32
                %v3132 = arith.subi %size_L, %v3 : i64
                %v3133 = arith.addi %v1012, %v1030 : i64
                %v3134 = arith.subi %v3132, %v3133 : i64
                %v3135 = arith.minsi %v3134, %v1040 : i64
                %v3136 = arith.trunci %v3135 : i64 to i32
                %v3137 = arith.addi %v1030, %v129 : i64
                %v3138 = arith.cmpi slt, %v1044, %v3131 : i32
                %v3139 = arith.cmpi eq, %v1044, %v3136 : i32
                scf.if %v3138 {
                  %v3140 = arith.addi %v1012, %v3137 : i64
                  %v3141 = llvm.load %v130 : !llvm.ptr -> f32
                  %v3142 = llvm.load %v131 : !llvm.ptr -> f32
                  %v3143 = llvm.load %v133 : !llvm.ptr -> f32
                  %v3144 = llvm.load %v135 : !llvm.ptr -> f32
                  %v3145 = llvm.load %v136 : !llvm.ptr -> f32
                  %v3146 = llvm.load %v138 : !llvm.ptr -> f32
                  %v3147 = llvm.load %v140 : !llvm.ptr -> f32
                  %v3148 = llvm.load %v142 : !llvm.ptr -> f32
                  %v3149 = llvm.load %v144 : !llvm.ptr -> f32
                  %v3150 = llvm.load %v146 : !llvm.ptr -> f32
                  %v3151 = llvm.load %v148 : !llvm.ptr -> f32
                  %v3152 = llvm.load %v150 : !llvm.ptr -> f32
                  %v3153 = llvm.load %v152 : !llvm.ptr -> f32
                  %v3154 = llvm.load %v154 : !llvm.ptr -> f32
                  %v3155 = llvm.load %v156 : !llvm.ptr -> f32
                  %v3156 = llvm.load %v158 : !llvm.ptr -> f32
                  %v3157 = llvm.load %v159 : !llvm.ptr -> f32
                  %v3158 = llvm.load %v161 : !llvm.ptr -> f32
                  %v3159 = llvm.load %v163 : !llvm.ptr -> f32
                  %v3160 = llvm.load %v165 : !llvm.ptr -> f32
                  %v3161 = llvm.load %v167 : !llvm.ptr -> f32
                  %v3162 = llvm.load %v169 : !llvm.ptr -> f32
                  %v3163 = llvm.load %v171 : !llvm.ptr -> f32
                  %v3164 = llvm.load %v173 : !llvm.ptr -> f32
                  %v3165 = llvm.load %v175 : !llvm.ptr -> f32
                  %v3166 = llvm.load %v177 : !llvm.ptr -> f32
                  %v3167 = llvm.load %v179 : !llvm.ptr -> f32
                  %v3168 = llvm.load %v181 : !llvm.ptr -> f32
                  %v3169 = llvm.load %v183 : !llvm.ptr -> f32
                  %v3170 = llvm.load %v185 : !llvm.ptr -> f32
                  %v3171 = llvm.load %v187 : !llvm.ptr -> f32
                  %v3172 = llvm.load %v189 : !llvm.ptr -> f32
                  %v3173 = llvm.load %v933 : !llvm.ptr -> f32
                  %v3174 = llvm.load %v934 : !llvm.ptr -> f32
                  %v3175 = llvm.load %v935 : !llvm.ptr -> f32
                  %v3176 = llvm.load %v936 : !llvm.ptr -> f32
                  %v3177 = llvm.load %v937 : !llvm.ptr -> f32
                  %v3178 = llvm.load %v938 : !llvm.ptr -> f32
                  %v3179 = llvm.load %v939 : !llvm.ptr -> f32
                  %v3180 = llvm.load %v940 : !llvm.ptr -> f32
                  %v3181 = llvm.load %v941 : !llvm.ptr -> f32
                  %v3182 = llvm.load %v942 : !llvm.ptr -> f32
                  %v3183 = llvm.load %v943 : !llvm.ptr -> f32
                  %v3184 = llvm.load %v944 : !llvm.ptr -> f32
                  %v3185 = llvm.load %v945 : !llvm.ptr -> f32
                  %v3186 = llvm.load %v946 : !llvm.ptr -> f32
                  %v3187 = llvm.load %v947 : !llvm.ptr -> f32
                  %v3188 = llvm.load %v948 : !llvm.ptr -> f32
                  %v3189 = llvm.load %v949 : !llvm.ptr -> f32
                  %v3190 = llvm.load %v950 : !llvm.ptr -> f32
                  %v3191 = llvm.load %v951 : !llvm.ptr -> f32
                  %v3192 = llvm.load %v952 : !llvm.ptr -> f32
                  %v3193 = llvm.load %v953 : !llvm.ptr -> f32
                  %v3194 = llvm.load %v954 : !llvm.ptr -> f32
                  %v3195 = llvm.load %v955 : !llvm.ptr -> f32
                  %v3196 = llvm.load %v956 : !llvm.ptr -> f32
                  %v3197 = llvm.load %v957 : !llvm.ptr -> f32
                  %v3198 = llvm.load %v958 : !llvm.ptr -> f32
                  %v3199 = llvm.load %v959 : !llvm.ptr -> f32
                  %v3200 = llvm.load %v960 : !llvm.ptr -> f32
                  %v3201 = llvm.load %v961 : !llvm.ptr -> f32
                  %v3202 = llvm.load %v962 : !llvm.ptr -> f32
                  %v3203 = llvm.load %v963 : !llvm.ptr -> f32
                  %v3204 = llvm.load %v964 : !llvm.ptr -> f32
                  %v3205 = llvm.load %v965 : !llvm.ptr -> f32
                  %v3206 = llvm.load %v966 : !llvm.ptr -> f32
                  %v3207 = llvm.load %v967 : !llvm.ptr -> f32
                  %v3208 = llvm.load %v968 : !llvm.ptr -> f32
                  %v3209 = llvm.load %v969 : !llvm.ptr -> f32
                  %v3210 = llvm.load %v970 : !llvm.ptr -> f32
                  %v3211 = llvm.load %v971 : !llvm.ptr -> f32
                  %v3212 = llvm.load %v972 : !llvm.ptr -> f32
                  %v3213 = llvm.load %v973 : !llvm.ptr -> f32
                  %v3214 = llvm.load %v974 : !llvm.ptr -> f32
                  %v3215 = llvm.load %v975 : !llvm.ptr -> f32
                  %v3216 = llvm.load %v976 : !llvm.ptr -> f32
                  %v3217 = llvm.load %v977 : !llvm.ptr -> f32
                  %v3218 = llvm.load %v978 : !llvm.ptr -> f32
                  %v3219 = llvm.load %v979 : !llvm.ptr -> f32
                  %v3220 = llvm.load %v980 : !llvm.ptr -> f32
                  %v3221 = llvm.load %v981 : !llvm.ptr -> f32
                  %v3222 = llvm.load %v982 : !llvm.ptr -> f32
                  %v3223 = llvm.load %v983 : !llvm.ptr -> f32
                  %v3224 = llvm.load %v984 : !llvm.ptr -> f32
                  %v3225 = llvm.load %v985 : !llvm.ptr -> f32
                  %v3226 = llvm.load %v986 : !llvm.ptr -> f32
                  %v3227 = llvm.load %v987 : !llvm.ptr -> f32
                  %v3228 = llvm.load %v988 : !llvm.ptr -> f32
                  %v3229 = llvm.load %v989 : !llvm.ptr -> f32
                  %v3230 = llvm.load %v990 : !llvm.ptr -> f32
                  %v3231 = llvm.load %v991 : !llvm.ptr -> f32
                  %v3232 = llvm.load %v992 : !llvm.ptr -> f32
                  %v3233 = llvm.load %v993 : !llvm.ptr -> f32
                  %v3234 = llvm.load %v994 : !llvm.ptr -> f32
                  %v3235 = llvm.load %v995 : !llvm.ptr -> f32
                  %v3236 = llvm.load %v996 : !llvm.ptr -> f32
                  %v3237 = arith.constant 0 : i64
                  %v3238 = llvm.getelementptr %in_C_re[%v3237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3239 = llvm.load %v3238 : !llvm.ptr -> f32
                  %v3240 = arith.muli %v119, %v1149 : i64
                  %v3241 = arith.muli %v3140, %v1148 : i64
                  %v3242 = arith.addi %v3240, %v3241 : i64
                  %v3243 = llvm.getelementptr %dy_y[%v3242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3244 = llvm.load %v3243 : !llvm.ptr -> f32
                  %v3245 = arith.mulf %v3239, %v3244 fastmath<contract> : f32
                  %v3246 = arith.constant 1 : i64
                  %v3247 = arith.muli %v3246, %v1144 : i64
                  %v3248 = llvm.getelementptr %in_C_re[%v3247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3249 = llvm.load %v3248 : !llvm.ptr -> f32
                  %v3250 = arith.muli %v119, %v1149 : i64
                  %v3251 = arith.muli %v3140, %v1148 : i64
                  %v3252 = arith.addi %v3250, %v3251 : i64
                  %v3253 = arith.constant 1 : i64
                  %v3254 = arith.muli %v3253, %v3 : i64
                  %v3255 = arith.addi %v3252, %v3254 : i64
                  %v3256 = llvm.getelementptr %dy_y[%v3255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3257 = llvm.load %v3256 : !llvm.ptr -> f32
                  %v3258 = arith.mulf %v3249, %v3257 fastmath<contract> : f32
                  %v3259 = arith.addf %v3245, %v3258 fastmath<contract> : f32
                  %v3260 = arith.constant 2 : i64
                  %v3261 = arith.muli %v3260, %v1144 : i64
                  %v3262 = llvm.getelementptr %in_C_re[%v3261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3263 = llvm.load %v3262 : !llvm.ptr -> f32
                  %v3264 = arith.muli %v119, %v1149 : i64
                  %v3265 = arith.muli %v3140, %v1148 : i64
                  %v3266 = arith.addi %v3264, %v3265 : i64
                  %v3267 = arith.constant 2 : i64
                  %v3268 = arith.muli %v3267, %v3 : i64
                  %v3269 = arith.addi %v3266, %v3268 : i64
                  %v3270 = llvm.getelementptr %dy_y[%v3269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3271 = llvm.load %v3270 : !llvm.ptr -> f32
                  %v3272 = arith.mulf %v3263, %v3271 fastmath<contract> : f32
                  %v3273 = arith.addf %v3259, %v3272 fastmath<contract> : f32
                  %v3274 = arith.constant 3 : i64
                  %v3275 = arith.muli %v3274, %v1144 : i64
                  %v3276 = llvm.getelementptr %in_C_re[%v3275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3277 = llvm.load %v3276 : !llvm.ptr -> f32
                  %v3278 = arith.muli %v119, %v1149 : i64
                  %v3279 = arith.muli %v3140, %v1148 : i64
                  %v3280 = arith.addi %v3278, %v3279 : i64
                  %v3281 = arith.constant 3 : i64
                  %v3282 = arith.muli %v3281, %v3 : i64
                  %v3283 = arith.addi %v3280, %v3282 : i64
                  %v3284 = llvm.getelementptr %dy_y[%v3283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3285 = llvm.load %v3284 : !llvm.ptr -> f32
                  %v3286 = arith.mulf %v3277, %v3285 fastmath<contract> : f32
                  %v3287 = arith.addf %v3273, %v3286 fastmath<contract> : f32
                  %v3288 = llvm.load %v191 : !llvm.ptr -> f32
                  %v3289 = arith.mulf %v3288, %v3141 fastmath<contract> : f32
                  %v3290 = arith.addf %v3287, %v3289 fastmath<contract> : f32
                  %v3291 = llvm.load %v254 : !llvm.ptr -> f32
                  %v3292 = arith.mulf %v3291, %v3157 fastmath<contract> : f32
                  %v3293 = arith.addf %v3292, %v3290 fastmath<contract> : f32
                  %v3294 = arith.mulf %v3173, %v3288 fastmath<contract> : f32
                  %v3295 = arith.mulf %v3291, %v3205 fastmath<contract> : f32
                  %v3296 = arith.addf %v3295, %v3294 fastmath<contract> : f32
                  %v3297 = arith.mulf %v3174, %v3288 fastmath<contract> : f32
                  %v3298 = arith.mulf %v3291, %v3206 fastmath<contract> : f32
                  %v3299 = arith.addf %v3298, %v3297 fastmath<contract> : f32
                  %v3300 = arith.constant 1 : i64
                  %v3301 = arith.muli %v3300, %v3 : i64
                  %v3302 = llvm.getelementptr %in_C_re[%v3301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3303 = llvm.load %v3302 : !llvm.ptr -> f32
                  %v3304 = arith.mulf %v3303, %v3244 fastmath<contract> : f32
                  %v3305 = arith.constant 1 : i64
                  %v3306 = arith.muli %v3305, %v1144 : i64
                  %v3307 = arith.constant 1 : i64
                  %v3308 = arith.muli %v3307, %v3 : i64
                  %v3309 = arith.addi %v3306, %v3308 : i64
                  %v3310 = llvm.getelementptr %in_C_re[%v3309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3311 = llvm.load %v3310 : !llvm.ptr -> f32
                  %v3312 = arith.mulf %v3311, %v3257 fastmath<contract> : f32
                  %v3313 = arith.addf %v3304, %v3312 fastmath<contract> : f32
                  %v3314 = arith.constant 2 : i64
                  %v3315 = arith.muli %v3314, %v1144 : i64
                  %v3316 = arith.constant 1 : i64
                  %v3317 = arith.muli %v3316, %v3 : i64
                  %v3318 = arith.addi %v3315, %v3317 : i64
                  %v3319 = llvm.getelementptr %in_C_re[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3320 = llvm.load %v3319 : !llvm.ptr -> f32
                  %v3321 = arith.mulf %v3320, %v3271 fastmath<contract> : f32
                  %v3322 = arith.addf %v3313, %v3321 fastmath<contract> : f32
                  %v3323 = arith.constant 3 : i64
                  %v3324 = arith.muli %v3323, %v1144 : i64
                  %v3325 = arith.constant 1 : i64
                  %v3326 = arith.muli %v3325, %v3 : i64
                  %v3327 = arith.addi %v3324, %v3326 : i64
                  %v3328 = llvm.getelementptr %in_C_re[%v3327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3329 = llvm.load %v3328 : !llvm.ptr -> f32
                  %v3330 = arith.mulf %v3329, %v3285 fastmath<contract> : f32
                  %v3331 = arith.addf %v3322, %v3330 fastmath<contract> : f32
                  %v3332 = llvm.load %v193 : !llvm.ptr -> f32
                  %v3333 = arith.mulf %v3332, %v3142 fastmath<contract> : f32
                  %v3334 = arith.addf %v3331, %v3333 fastmath<contract> : f32
                  %v3335 = llvm.load %v256 : !llvm.ptr -> f32
                  %v3336 = arith.mulf %v3335, %v3158 fastmath<contract> : f32
                  %v3337 = arith.addf %v3336, %v3334 fastmath<contract> : f32
                  %v3338 = arith.mulf %v3175, %v3332 fastmath<contract> : f32
                  %v3339 = arith.mulf %v3335, %v3207 fastmath<contract> : f32
                  %v3340 = arith.addf %v3339, %v3338 fastmath<contract> : f32
                  %v3341 = arith.mulf %v3176, %v3332 fastmath<contract> : f32
                  %v3342 = arith.mulf %v3335, %v3208 fastmath<contract> : f32
                  %v3343 = arith.addf %v3342, %v3341 fastmath<contract> : f32
                  %v3344 = arith.constant 2 : i64
                  %v3345 = arith.muli %v3344, %v3 : i64
                  %v3346 = llvm.getelementptr %in_C_re[%v3345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3347 = llvm.load %v3346 : !llvm.ptr -> f32
                  %v3348 = arith.mulf %v3347, %v3244 fastmath<contract> : f32
                  %v3349 = arith.constant 1 : i64
                  %v3350 = arith.muli %v3349, %v1144 : i64
                  %v3351 = arith.constant 2 : i64
                  %v3352 = arith.muli %v3351, %v3 : i64
                  %v3353 = arith.addi %v3350, %v3352 : i64
                  %v3354 = llvm.getelementptr %in_C_re[%v3353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3355 = llvm.load %v3354 : !llvm.ptr -> f32
                  %v3356 = arith.mulf %v3355, %v3257 fastmath<contract> : f32
                  %v3357 = arith.addf %v3348, %v3356 fastmath<contract> : f32
                  %v3358 = arith.constant 2 : i64
                  %v3359 = arith.muli %v3358, %v1144 : i64
                  %v3360 = arith.constant 2 : i64
                  %v3361 = arith.muli %v3360, %v3 : i64
                  %v3362 = arith.addi %v3359, %v3361 : i64
                  %v3363 = llvm.getelementptr %in_C_re[%v3362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3364 = llvm.load %v3363 : !llvm.ptr -> f32
                  %v3365 = arith.mulf %v3364, %v3271 fastmath<contract> : f32
                  %v3366 = arith.addf %v3357, %v3365 fastmath<contract> : f32
                  %v3367 = arith.constant 3 : i64
                  %v3368 = arith.muli %v3367, %v1144 : i64
                  %v3369 = arith.constant 2 : i64
                  %v3370 = arith.muli %v3369, %v3 : i64
                  %v3371 = arith.addi %v3368, %v3370 : i64
                  %v3372 = llvm.getelementptr %in_C_re[%v3371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3373 = llvm.load %v3372 : !llvm.ptr -> f32
                  %v3374 = arith.mulf %v3373, %v3285 fastmath<contract> : f32
                  %v3375 = arith.addf %v3366, %v3374 fastmath<contract> : f32
                  %v3376 = llvm.load %v195 : !llvm.ptr -> f32
                  %v3377 = arith.mulf %v3376, %v3143 fastmath<contract> : f32
                  %v3378 = arith.addf %v3375, %v3377 fastmath<contract> : f32
                  %v3379 = llvm.load %v258 : !llvm.ptr -> f32
                  %v3380 = arith.mulf %v3379, %v3159 fastmath<contract> : f32
                  %v3381 = arith.addf %v3380, %v3378 fastmath<contract> : f32
                  %v3382 = arith.mulf %v3177, %v3376 fastmath<contract> : f32
                  %v3383 = arith.mulf %v3379, %v3209 fastmath<contract> : f32
                  %v3384 = arith.addf %v3383, %v3382 fastmath<contract> : f32
                  %v3385 = arith.mulf %v3178, %v3376 fastmath<contract> : f32
                  %v3386 = arith.mulf %v3379, %v3210 fastmath<contract> : f32
                  %v3387 = arith.addf %v3386, %v3385 fastmath<contract> : f32
                  %v3388 = arith.constant 3 : i64
                  %v3389 = arith.muli %v3388, %v3 : i64
                  %v3390 = llvm.getelementptr %in_C_re[%v3389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3391 = llvm.load %v3390 : !llvm.ptr -> f32
                  %v3392 = arith.mulf %v3391, %v3244 fastmath<contract> : f32
                  %v3393 = arith.constant 1 : i64
                  %v3394 = arith.muli %v3393, %v1144 : i64
                  %v3395 = arith.constant 3 : i64
                  %v3396 = arith.muli %v3395, %v3 : i64
                  %v3397 = arith.addi %v3394, %v3396 : i64
                  %v3398 = llvm.getelementptr %in_C_re[%v3397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3399 = llvm.load %v3398 : !llvm.ptr -> f32
                  %v3400 = arith.mulf %v3399, %v3257 fastmath<contract> : f32
                  %v3401 = arith.addf %v3392, %v3400 fastmath<contract> : f32
                  %v3402 = arith.constant 2 : i64
                  %v3403 = arith.muli %v3402, %v1144 : i64
                  %v3404 = arith.constant 3 : i64
                  %v3405 = arith.muli %v3404, %v3 : i64
                  %v3406 = arith.addi %v3403, %v3405 : i64
                  %v3407 = llvm.getelementptr %in_C_re[%v3406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3408 = llvm.load %v3407 : !llvm.ptr -> f32
                  %v3409 = arith.mulf %v3408, %v3271 fastmath<contract> : f32
                  %v3410 = arith.addf %v3401, %v3409 fastmath<contract> : f32
                  %v3411 = arith.constant 3 : i64
                  %v3412 = arith.muli %v3411, %v1144 : i64
                  %v3413 = arith.constant 3 : i64
                  %v3414 = arith.muli %v3413, %v3 : i64
                  %v3415 = arith.addi %v3412, %v3414 : i64
                  %v3416 = llvm.getelementptr %in_C_re[%v3415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3417 = llvm.load %v3416 : !llvm.ptr -> f32
                  %v3418 = arith.mulf %v3417, %v3285 fastmath<contract> : f32
                  %v3419 = arith.addf %v3410, %v3418 fastmath<contract> : f32
                  %v3420 = llvm.load %v197 : !llvm.ptr -> f32
                  %v3421 = arith.mulf %v3420, %v3144 fastmath<contract> : f32
                  %v3422 = arith.addf %v3419, %v3421 fastmath<contract> : f32
                  %v3423 = llvm.load %v260 : !llvm.ptr -> f32
                  %v3424 = arith.mulf %v3423, %v3160 fastmath<contract> : f32
                  %v3425 = arith.addf %v3424, %v3422 fastmath<contract> : f32
                  %v3426 = arith.mulf %v3179, %v3420 fastmath<contract> : f32
                  %v3427 = arith.mulf %v3423, %v3211 fastmath<contract> : f32
                  %v3428 = arith.addf %v3427, %v3426 fastmath<contract> : f32
                  %v3429 = arith.mulf %v3180, %v3420 fastmath<contract> : f32
                  %v3430 = arith.mulf %v3423, %v3212 fastmath<contract> : f32
                  %v3431 = arith.addf %v3430, %v3429 fastmath<contract> : f32
                  %v3432 = arith.constant 4 : i64
                  %v3433 = arith.muli %v3432, %v3 : i64
                  %v3434 = llvm.getelementptr %in_C_re[%v3433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3435 = llvm.load %v3434 : !llvm.ptr -> f32
                  %v3436 = arith.mulf %v3435, %v3244 fastmath<contract> : f32
                  %v3437 = arith.constant 1 : i64
                  %v3438 = arith.muli %v3437, %v1144 : i64
                  %v3439 = arith.constant 4 : i64
                  %v3440 = arith.muli %v3439, %v3 : i64
                  %v3441 = arith.addi %v3438, %v3440 : i64
                  %v3442 = llvm.getelementptr %in_C_re[%v3441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3443 = llvm.load %v3442 : !llvm.ptr -> f32
                  %v3444 = arith.mulf %v3443, %v3257 fastmath<contract> : f32
                  %v3445 = arith.addf %v3436, %v3444 fastmath<contract> : f32
                  %v3446 = arith.constant 2 : i64
                  %v3447 = arith.muli %v3446, %v1144 : i64
                  %v3448 = arith.constant 4 : i64
                  %v3449 = arith.muli %v3448, %v3 : i64
                  %v3450 = arith.addi %v3447, %v3449 : i64
                  %v3451 = llvm.getelementptr %in_C_re[%v3450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3452 = llvm.load %v3451 : !llvm.ptr -> f32
                  %v3453 = arith.mulf %v3452, %v3271 fastmath<contract> : f32
                  %v3454 = arith.addf %v3445, %v3453 fastmath<contract> : f32
                  %v3455 = arith.constant 3 : i64
                  %v3456 = arith.muli %v3455, %v1144 : i64
                  %v3457 = arith.constant 4 : i64
                  %v3458 = arith.muli %v3457, %v3 : i64
                  %v3459 = arith.addi %v3456, %v3458 : i64
                  %v3460 = llvm.getelementptr %in_C_re[%v3459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3461 = llvm.load %v3460 : !llvm.ptr -> f32
                  %v3462 = arith.mulf %v3461, %v3285 fastmath<contract> : f32
                  %v3463 = arith.addf %v3454, %v3462 fastmath<contract> : f32
                  %v3464 = llvm.load %v199 : !llvm.ptr -> f32
                  %v3465 = arith.mulf %v3464, %v3145 fastmath<contract> : f32
                  %v3466 = arith.addf %v3463, %v3465 fastmath<contract> : f32
                  %v3467 = llvm.load %v262 : !llvm.ptr -> f32
                  %v3468 = arith.mulf %v3467, %v3161 fastmath<contract> : f32
                  %v3469 = arith.addf %v3468, %v3466 fastmath<contract> : f32
                  %v3470 = arith.mulf %v3181, %v3464 fastmath<contract> : f32
                  %v3471 = arith.mulf %v3467, %v3213 fastmath<contract> : f32
                  %v3472 = arith.addf %v3471, %v3470 fastmath<contract> : f32
                  %v3473 = arith.mulf %v3182, %v3464 fastmath<contract> : f32
                  %v3474 = arith.mulf %v3467, %v3214 fastmath<contract> : f32
                  %v3475 = arith.addf %v3474, %v3473 fastmath<contract> : f32
                  %v3476 = arith.constant 5 : i64
                  %v3477 = arith.muli %v3476, %v3 : i64
                  %v3478 = llvm.getelementptr %in_C_re[%v3477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3479 = llvm.load %v3478 : !llvm.ptr -> f32
                  %v3480 = arith.mulf %v3479, %v3244 fastmath<contract> : f32
                  %v3481 = arith.constant 1 : i64
                  %v3482 = arith.muli %v3481, %v1144 : i64
                  %v3483 = arith.constant 5 : i64
                  %v3484 = arith.muli %v3483, %v3 : i64
                  %v3485 = arith.addi %v3482, %v3484 : i64
                  %v3486 = llvm.getelementptr %in_C_re[%v3485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3487 = llvm.load %v3486 : !llvm.ptr -> f32
                  %v3488 = arith.mulf %v3487, %v3257 fastmath<contract> : f32
                  %v3489 = arith.addf %v3480, %v3488 fastmath<contract> : f32
                  %v3490 = arith.constant 2 : i64
                  %v3491 = arith.muli %v3490, %v1144 : i64
                  %v3492 = arith.constant 5 : i64
                  %v3493 = arith.muli %v3492, %v3 : i64
                  %v3494 = arith.addi %v3491, %v3493 : i64
                  %v3495 = llvm.getelementptr %in_C_re[%v3494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3496 = llvm.load %v3495 : !llvm.ptr -> f32
                  %v3497 = arith.mulf %v3496, %v3271 fastmath<contract> : f32
                  %v3498 = arith.addf %v3489, %v3497 fastmath<contract> : f32
                  %v3499 = arith.constant 3 : i64
                  %v3500 = arith.muli %v3499, %v1144 : i64
                  %v3501 = arith.constant 5 : i64
                  %v3502 = arith.muli %v3501, %v3 : i64
                  %v3503 = arith.addi %v3500, %v3502 : i64
                  %v3504 = llvm.getelementptr %in_C_re[%v3503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3505 = llvm.load %v3504 : !llvm.ptr -> f32
                  %v3506 = arith.mulf %v3505, %v3285 fastmath<contract> : f32
                  %v3507 = arith.addf %v3498, %v3506 fastmath<contract> : f32
                  %v3508 = llvm.load %v201 : !llvm.ptr -> f32
                  %v3509 = arith.mulf %v3508, %v3146 fastmath<contract> : f32
                  %v3510 = arith.addf %v3507, %v3509 fastmath<contract> : f32
                  %v3511 = llvm.load %v264 : !llvm.ptr -> f32
                  %v3512 = arith.mulf %v3511, %v3162 fastmath<contract> : f32
                  %v3513 = arith.addf %v3512, %v3510 fastmath<contract> : f32
                  %v3514 = arith.mulf %v3183, %v3508 fastmath<contract> : f32
                  %v3515 = arith.mulf %v3511, %v3215 fastmath<contract> : f32
                  %v3516 = arith.addf %v3515, %v3514 fastmath<contract> : f32
                  %v3517 = arith.mulf %v3184, %v3508 fastmath<contract> : f32
                  %v3518 = arith.mulf %v3511, %v3216 fastmath<contract> : f32
                  %v3519 = arith.addf %v3518, %v3517 fastmath<contract> : f32
                  %v3520 = arith.constant 6 : i64
                  %v3521 = arith.muli %v3520, %v3 : i64
                  %v3522 = llvm.getelementptr %in_C_re[%v3521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3523 = llvm.load %v3522 : !llvm.ptr -> f32
                  %v3524 = arith.mulf %v3523, %v3244 fastmath<contract> : f32
                  %v3525 = arith.constant 1 : i64
                  %v3526 = arith.muli %v3525, %v1144 : i64
                  %v3527 = arith.constant 6 : i64
                  %v3528 = arith.muli %v3527, %v3 : i64
                  %v3529 = arith.addi %v3526, %v3528 : i64
                  %v3530 = llvm.getelementptr %in_C_re[%v3529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3531 = llvm.load %v3530 : !llvm.ptr -> f32
                  %v3532 = arith.mulf %v3531, %v3257 fastmath<contract> : f32
                  %v3533 = arith.addf %v3524, %v3532 fastmath<contract> : f32
                  %v3534 = arith.constant 2 : i64
                  %v3535 = arith.muli %v3534, %v1144 : i64
                  %v3536 = arith.constant 6 : i64
                  %v3537 = arith.muli %v3536, %v3 : i64
                  %v3538 = arith.addi %v3535, %v3537 : i64
                  %v3539 = llvm.getelementptr %in_C_re[%v3538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3540 = llvm.load %v3539 : !llvm.ptr -> f32
                  %v3541 = arith.mulf %v3540, %v3271 fastmath<contract> : f32
                  %v3542 = arith.addf %v3533, %v3541 fastmath<contract> : f32
                  %v3543 = arith.constant 3 : i64
                  %v3544 = arith.muli %v3543, %v1144 : i64
                  %v3545 = arith.constant 6 : i64
                  %v3546 = arith.muli %v3545, %v3 : i64
                  %v3547 = arith.addi %v3544, %v3546 : i64
                  %v3548 = llvm.getelementptr %in_C_re[%v3547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3549 = llvm.load %v3548 : !llvm.ptr -> f32
                  %v3550 = arith.mulf %v3549, %v3285 fastmath<contract> : f32
                  %v3551 = arith.addf %v3542, %v3550 fastmath<contract> : f32
                  %v3552 = llvm.load %v203 : !llvm.ptr -> f32
                  %v3553 = arith.mulf %v3552, %v3147 fastmath<contract> : f32
                  %v3554 = arith.addf %v3551, %v3553 fastmath<contract> : f32
                  %v3555 = llvm.load %v266 : !llvm.ptr -> f32
                  %v3556 = arith.mulf %v3555, %v3163 fastmath<contract> : f32
                  %v3557 = arith.addf %v3556, %v3554 fastmath<contract> : f32
                  %v3558 = arith.mulf %v3185, %v3552 fastmath<contract> : f32
                  %v3559 = arith.mulf %v3555, %v3217 fastmath<contract> : f32
                  %v3560 = arith.addf %v3559, %v3558 fastmath<contract> : f32
                  %v3561 = arith.mulf %v3186, %v3552 fastmath<contract> : f32
                  %v3562 = arith.mulf %v3555, %v3218 fastmath<contract> : f32
                  %v3563 = arith.addf %v3562, %v3561 fastmath<contract> : f32
                  %v3564 = arith.constant 7 : i64
                  %v3565 = arith.muli %v3564, %v3 : i64
                  %v3566 = llvm.getelementptr %in_C_re[%v3565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3567 = llvm.load %v3566 : !llvm.ptr -> f32
                  %v3568 = arith.mulf %v3567, %v3244 fastmath<contract> : f32
                  %v3569 = arith.constant 1 : i64
                  %v3570 = arith.muli %v3569, %v1144 : i64
                  %v3571 = arith.constant 7 : i64
                  %v3572 = arith.muli %v3571, %v3 : i64
                  %v3573 = arith.addi %v3570, %v3572 : i64
                  %v3574 = llvm.getelementptr %in_C_re[%v3573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3575 = llvm.load %v3574 : !llvm.ptr -> f32
                  %v3576 = arith.mulf %v3575, %v3257 fastmath<contract> : f32
                  %v3577 = arith.addf %v3568, %v3576 fastmath<contract> : f32
                  %v3578 = arith.constant 2 : i64
                  %v3579 = arith.muli %v3578, %v1144 : i64
                  %v3580 = arith.constant 7 : i64
                  %v3581 = arith.muli %v3580, %v3 : i64
                  %v3582 = arith.addi %v3579, %v3581 : i64
                  %v3583 = llvm.getelementptr %in_C_re[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3584 = llvm.load %v3583 : !llvm.ptr -> f32
                  %v3585 = arith.mulf %v3584, %v3271 fastmath<contract> : f32
                  %v3586 = arith.addf %v3577, %v3585 fastmath<contract> : f32
                  %v3587 = arith.constant 3 : i64
                  %v3588 = arith.muli %v3587, %v1144 : i64
                  %v3589 = arith.constant 7 : i64
                  %v3590 = arith.muli %v3589, %v3 : i64
                  %v3591 = arith.addi %v3588, %v3590 : i64
                  %v3592 = llvm.getelementptr %in_C_re[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3593 = llvm.load %v3592 : !llvm.ptr -> f32
                  %v3594 = arith.mulf %v3593, %v3285 fastmath<contract> : f32
                  %v3595 = arith.addf %v3586, %v3594 fastmath<contract> : f32
                  %v3596 = llvm.load %v205 : !llvm.ptr -> f32
                  %v3597 = arith.mulf %v3596, %v3148 fastmath<contract> : f32
                  %v3598 = arith.addf %v3595, %v3597 fastmath<contract> : f32
                  %v3599 = llvm.load %v268 : !llvm.ptr -> f32
                  %v3600 = arith.mulf %v3599, %v3164 fastmath<contract> : f32
                  %v3601 = arith.addf %v3600, %v3598 fastmath<contract> : f32
                  %v3602 = arith.mulf %v3187, %v3596 fastmath<contract> : f32
                  %v3603 = arith.mulf %v3599, %v3219 fastmath<contract> : f32
                  %v3604 = arith.addf %v3603, %v3602 fastmath<contract> : f32
                  %v3605 = arith.mulf %v3188, %v3596 fastmath<contract> : f32
                  %v3606 = arith.mulf %v3599, %v3220 fastmath<contract> : f32
                  %v3607 = arith.addf %v3606, %v3605 fastmath<contract> : f32
                  %v3608 = arith.constant 8 : i64
                  %v3609 = arith.muli %v3608, %v3 : i64
                  %v3610 = llvm.getelementptr %in_C_re[%v3609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3611 = llvm.load %v3610 : !llvm.ptr -> f32
                  %v3612 = arith.mulf %v3611, %v3244 fastmath<contract> : f32
                  %v3613 = arith.constant 1 : i64
                  %v3614 = arith.muli %v3613, %v1144 : i64
                  %v3615 = arith.constant 8 : i64
                  %v3616 = arith.muli %v3615, %v3 : i64
                  %v3617 = arith.addi %v3614, %v3616 : i64
                  %v3618 = llvm.getelementptr %in_C_re[%v3617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3619 = llvm.load %v3618 : !llvm.ptr -> f32
                  %v3620 = arith.mulf %v3619, %v3257 fastmath<contract> : f32
                  %v3621 = arith.addf %v3612, %v3620 fastmath<contract> : f32
                  %v3622 = arith.constant 2 : i64
                  %v3623 = arith.muli %v3622, %v1144 : i64
                  %v3624 = arith.constant 8 : i64
                  %v3625 = arith.muli %v3624, %v3 : i64
                  %v3626 = arith.addi %v3623, %v3625 : i64
                  %v3627 = llvm.getelementptr %in_C_re[%v3626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3628 = llvm.load %v3627 : !llvm.ptr -> f32
                  %v3629 = arith.mulf %v3628, %v3271 fastmath<contract> : f32
                  %v3630 = arith.addf %v3621, %v3629 fastmath<contract> : f32
                  %v3631 = arith.constant 3 : i64
                  %v3632 = arith.muli %v3631, %v1144 : i64
                  %v3633 = arith.constant 8 : i64
                  %v3634 = arith.muli %v3633, %v3 : i64
                  %v3635 = arith.addi %v3632, %v3634 : i64
                  %v3636 = llvm.getelementptr %in_C_re[%v3635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3637 = llvm.load %v3636 : !llvm.ptr -> f32
                  %v3638 = arith.mulf %v3637, %v3285 fastmath<contract> : f32
                  %v3639 = arith.addf %v3630, %v3638 fastmath<contract> : f32
                  %v3640 = llvm.load %v207 : !llvm.ptr -> f32
                  %v3641 = arith.mulf %v3640, %v3149 fastmath<contract> : f32
                  %v3642 = arith.addf %v3639, %v3641 fastmath<contract> : f32
                  %v3643 = llvm.load %v270 : !llvm.ptr -> f32
                  %v3644 = arith.mulf %v3643, %v3165 fastmath<contract> : f32
                  %v3645 = arith.addf %v3644, %v3642 fastmath<contract> : f32
                  %v3646 = arith.mulf %v3189, %v3640 fastmath<contract> : f32
                  %v3647 = arith.mulf %v3643, %v3221 fastmath<contract> : f32
                  %v3648 = arith.addf %v3647, %v3646 fastmath<contract> : f32
                  %v3649 = arith.mulf %v3190, %v3640 fastmath<contract> : f32
                  %v3650 = arith.mulf %v3643, %v3222 fastmath<contract> : f32
                  %v3651 = arith.addf %v3650, %v3649 fastmath<contract> : f32
                  %v3652 = arith.constant 9 : i64
                  %v3653 = arith.muli %v3652, %v3 : i64
                  %v3654 = llvm.getelementptr %in_C_re[%v3653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3655 = llvm.load %v3654 : !llvm.ptr -> f32
                  %v3656 = arith.mulf %v3655, %v3244 fastmath<contract> : f32
                  %v3657 = arith.constant 1 : i64
                  %v3658 = arith.muli %v3657, %v1144 : i64
                  %v3659 = arith.constant 9 : i64
                  %v3660 = arith.muli %v3659, %v3 : i64
                  %v3661 = arith.addi %v3658, %v3660 : i64
                  %v3662 = llvm.getelementptr %in_C_re[%v3661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3663 = llvm.load %v3662 : !llvm.ptr -> f32
                  %v3664 = arith.mulf %v3663, %v3257 fastmath<contract> : f32
                  %v3665 = arith.addf %v3656, %v3664 fastmath<contract> : f32
                  %v3666 = arith.constant 2 : i64
                  %v3667 = arith.muli %v3666, %v1144 : i64
                  %v3668 = arith.constant 9 : i64
                  %v3669 = arith.muli %v3668, %v3 : i64
                  %v3670 = arith.addi %v3667, %v3669 : i64
                  %v3671 = llvm.getelementptr %in_C_re[%v3670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3672 = llvm.load %v3671 : !llvm.ptr -> f32
                  %v3673 = arith.mulf %v3672, %v3271 fastmath<contract> : f32
                  %v3674 = arith.addf %v3665, %v3673 fastmath<contract> : f32
                  %v3675 = arith.constant 3 : i64
                  %v3676 = arith.muli %v3675, %v1144 : i64
                  %v3677 = arith.constant 9 : i64
                  %v3678 = arith.muli %v3677, %v3 : i64
                  %v3679 = arith.addi %v3676, %v3678 : i64
                  %v3680 = llvm.getelementptr %in_C_re[%v3679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3681 = llvm.load %v3680 : !llvm.ptr -> f32
                  %v3682 = arith.mulf %v3681, %v3285 fastmath<contract> : f32
                  %v3683 = arith.addf %v3674, %v3682 fastmath<contract> : f32
                  %v3684 = llvm.load %v209 : !llvm.ptr -> f32
                  %v3685 = arith.mulf %v3684, %v3150 fastmath<contract> : f32
                  %v3686 = arith.addf %v3683, %v3685 fastmath<contract> : f32
                  %v3687 = llvm.load %v272 : !llvm.ptr -> f32
                  %v3688 = arith.mulf %v3687, %v3166 fastmath<contract> : f32
                  %v3689 = arith.addf %v3688, %v3686 fastmath<contract> : f32
                  %v3690 = arith.mulf %v3191, %v3684 fastmath<contract> : f32
                  %v3691 = arith.mulf %v3687, %v3223 fastmath<contract> : f32
                  %v3692 = arith.addf %v3691, %v3690 fastmath<contract> : f32
                  %v3693 = arith.mulf %v3192, %v3684 fastmath<contract> : f32
                  %v3694 = arith.mulf %v3687, %v3224 fastmath<contract> : f32
                  %v3695 = arith.addf %v3694, %v3693 fastmath<contract> : f32
                  %v3696 = arith.constant 10 : i64
                  %v3697 = arith.muli %v3696, %v3 : i64
                  %v3698 = llvm.getelementptr %in_C_re[%v3697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3699 = llvm.load %v3698 : !llvm.ptr -> f32
                  %v3700 = arith.mulf %v3699, %v3244 fastmath<contract> : f32
                  %v3701 = arith.constant 1 : i64
                  %v3702 = arith.muli %v3701, %v1144 : i64
                  %v3703 = arith.constant 10 : i64
                  %v3704 = arith.muli %v3703, %v3 : i64
                  %v3705 = arith.addi %v3702, %v3704 : i64
                  %v3706 = llvm.getelementptr %in_C_re[%v3705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3707 = llvm.load %v3706 : !llvm.ptr -> f32
                  %v3708 = arith.mulf %v3707, %v3257 fastmath<contract> : f32
                  %v3709 = arith.addf %v3700, %v3708 fastmath<contract> : f32
                  %v3710 = arith.constant 2 : i64
                  %v3711 = arith.muli %v3710, %v1144 : i64
                  %v3712 = arith.constant 10 : i64
                  %v3713 = arith.muli %v3712, %v3 : i64
                  %v3714 = arith.addi %v3711, %v3713 : i64
                  %v3715 = llvm.getelementptr %in_C_re[%v3714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3716 = llvm.load %v3715 : !llvm.ptr -> f32
                  %v3717 = arith.mulf %v3716, %v3271 fastmath<contract> : f32
                  %v3718 = arith.addf %v3709, %v3717 fastmath<contract> : f32
                  %v3719 = arith.constant 3 : i64
                  %v3720 = arith.muli %v3719, %v1144 : i64
                  %v3721 = arith.constant 10 : i64
                  %v3722 = arith.muli %v3721, %v3 : i64
                  %v3723 = arith.addi %v3720, %v3722 : i64
                  %v3724 = llvm.getelementptr %in_C_re[%v3723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3725 = llvm.load %v3724 : !llvm.ptr -> f32
                  %v3726 = arith.mulf %v3725, %v3285 fastmath<contract> : f32
                  %v3727 = arith.addf %v3718, %v3726 fastmath<contract> : f32
                  %v3728 = llvm.load %v211 : !llvm.ptr -> f32
                  %v3729 = arith.mulf %v3728, %v3151 fastmath<contract> : f32
                  %v3730 = arith.addf %v3727, %v3729 fastmath<contract> : f32
                  %v3731 = llvm.load %v274 : !llvm.ptr -> f32
                  %v3732 = arith.mulf %v3731, %v3167 fastmath<contract> : f32
                  %v3733 = arith.addf %v3732, %v3730 fastmath<contract> : f32
                  %v3734 = arith.mulf %v3193, %v3728 fastmath<contract> : f32
                  %v3735 = arith.mulf %v3731, %v3225 fastmath<contract> : f32
                  %v3736 = arith.addf %v3735, %v3734 fastmath<contract> : f32
                  %v3737 = arith.mulf %v3194, %v3728 fastmath<contract> : f32
                  %v3738 = arith.mulf %v3731, %v3226 fastmath<contract> : f32
                  %v3739 = arith.addf %v3738, %v3737 fastmath<contract> : f32
                  %v3740 = arith.constant 11 : i64
                  %v3741 = arith.muli %v3740, %v3 : i64
                  %v3742 = llvm.getelementptr %in_C_re[%v3741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3743 = llvm.load %v3742 : !llvm.ptr -> f32
                  %v3744 = arith.mulf %v3743, %v3244 fastmath<contract> : f32
                  %v3745 = arith.constant 1 : i64
                  %v3746 = arith.muli %v3745, %v1144 : i64
                  %v3747 = arith.constant 11 : i64
                  %v3748 = arith.muli %v3747, %v3 : i64
                  %v3749 = arith.addi %v3746, %v3748 : i64
                  %v3750 = llvm.getelementptr %in_C_re[%v3749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3751 = llvm.load %v3750 : !llvm.ptr -> f32
                  %v3752 = arith.mulf %v3751, %v3257 fastmath<contract> : f32
                  %v3753 = arith.addf %v3744, %v3752 fastmath<contract> : f32
                  %v3754 = arith.constant 2 : i64
                  %v3755 = arith.muli %v3754, %v1144 : i64
                  %v3756 = arith.constant 11 : i64
                  %v3757 = arith.muli %v3756, %v3 : i64
                  %v3758 = arith.addi %v3755, %v3757 : i64
                  %v3759 = llvm.getelementptr %in_C_re[%v3758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3760 = llvm.load %v3759 : !llvm.ptr -> f32
                  %v3761 = arith.mulf %v3760, %v3271 fastmath<contract> : f32
                  %v3762 = arith.addf %v3753, %v3761 fastmath<contract> : f32
                  %v3763 = arith.constant 3 : i64
                  %v3764 = arith.muli %v3763, %v1144 : i64
                  %v3765 = arith.constant 11 : i64
                  %v3766 = arith.muli %v3765, %v3 : i64
                  %v3767 = arith.addi %v3764, %v3766 : i64
                  %v3768 = llvm.getelementptr %in_C_re[%v3767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3769 = llvm.load %v3768 : !llvm.ptr -> f32
                  %v3770 = arith.mulf %v3769, %v3285 fastmath<contract> : f32
                  %v3771 = arith.addf %v3762, %v3770 fastmath<contract> : f32
                  %v3772 = llvm.load %v213 : !llvm.ptr -> f32
                  %v3773 = arith.mulf %v3772, %v3152 fastmath<contract> : f32
                  %v3774 = arith.addf %v3771, %v3773 fastmath<contract> : f32
                  %v3775 = llvm.load %v276 : !llvm.ptr -> f32
                  %v3776 = arith.mulf %v3775, %v3168 fastmath<contract> : f32
                  %v3777 = arith.addf %v3776, %v3774 fastmath<contract> : f32
                  %v3778 = arith.mulf %v3195, %v3772 fastmath<contract> : f32
                  %v3779 = arith.mulf %v3775, %v3227 fastmath<contract> : f32
                  %v3780 = arith.addf %v3779, %v3778 fastmath<contract> : f32
                  %v3781 = arith.mulf %v3196, %v3772 fastmath<contract> : f32
                  %v3782 = arith.mulf %v3775, %v3228 fastmath<contract> : f32
                  %v3783 = arith.addf %v3782, %v3781 fastmath<contract> : f32
                  %v3784 = arith.constant 12 : i64
                  %v3785 = arith.muli %v3784, %v3 : i64
                  %v3786 = llvm.getelementptr %in_C_re[%v3785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3787 = llvm.load %v3786 : !llvm.ptr -> f32
                  %v3788 = arith.mulf %v3787, %v3244 fastmath<contract> : f32
                  %v3789 = arith.constant 1 : i64
                  %v3790 = arith.muli %v3789, %v1144 : i64
                  %v3791 = arith.constant 12 : i64
                  %v3792 = arith.muli %v3791, %v3 : i64
                  %v3793 = arith.addi %v3790, %v3792 : i64
                  %v3794 = llvm.getelementptr %in_C_re[%v3793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3795 = llvm.load %v3794 : !llvm.ptr -> f32
                  %v3796 = arith.mulf %v3795, %v3257 fastmath<contract> : f32
                  %v3797 = arith.addf %v3788, %v3796 fastmath<contract> : f32
                  %v3798 = arith.constant 2 : i64
                  %v3799 = arith.muli %v3798, %v1144 : i64
                  %v3800 = arith.constant 12 : i64
                  %v3801 = arith.muli %v3800, %v3 : i64
                  %v3802 = arith.addi %v3799, %v3801 : i64
                  %v3803 = llvm.getelementptr %in_C_re[%v3802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3804 = llvm.load %v3803 : !llvm.ptr -> f32
                  %v3805 = arith.mulf %v3804, %v3271 fastmath<contract> : f32
                  %v3806 = arith.addf %v3797, %v3805 fastmath<contract> : f32
                  %v3807 = arith.constant 3 : i64
                  %v3808 = arith.muli %v3807, %v1144 : i64
                  %v3809 = arith.constant 12 : i64
                  %v3810 = arith.muli %v3809, %v3 : i64
                  %v3811 = arith.addi %v3808, %v3810 : i64
                  %v3812 = llvm.getelementptr %in_C_re[%v3811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3813 = llvm.load %v3812 : !llvm.ptr -> f32
                  %v3814 = arith.mulf %v3813, %v3285 fastmath<contract> : f32
                  %v3815 = arith.addf %v3806, %v3814 fastmath<contract> : f32
                  %v3816 = llvm.load %v215 : !llvm.ptr -> f32
                  %v3817 = arith.mulf %v3816, %v3153 fastmath<contract> : f32
                  %v3818 = arith.addf %v3815, %v3817 fastmath<contract> : f32
                  %v3819 = llvm.load %v278 : !llvm.ptr -> f32
                  %v3820 = arith.mulf %v3819, %v3169 fastmath<contract> : f32
                  %v3821 = arith.addf %v3820, %v3818 fastmath<contract> : f32
                  %v3822 = arith.mulf %v3197, %v3816 fastmath<contract> : f32
                  %v3823 = arith.mulf %v3819, %v3229 fastmath<contract> : f32
                  %v3824 = arith.addf %v3823, %v3822 fastmath<contract> : f32
                  %v3825 = arith.mulf %v3198, %v3816 fastmath<contract> : f32
                  %v3826 = arith.mulf %v3819, %v3230 fastmath<contract> : f32
                  %v3827 = arith.addf %v3826, %v3825 fastmath<contract> : f32
                  %v3828 = arith.constant 13 : i64
                  %v3829 = arith.muli %v3828, %v3 : i64
                  %v3830 = llvm.getelementptr %in_C_re[%v3829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3831 = llvm.load %v3830 : !llvm.ptr -> f32
                  %v3832 = arith.mulf %v3831, %v3244 fastmath<contract> : f32
                  %v3833 = arith.constant 1 : i64
                  %v3834 = arith.muli %v3833, %v1144 : i64
                  %v3835 = arith.constant 13 : i64
                  %v3836 = arith.muli %v3835, %v3 : i64
                  %v3837 = arith.addi %v3834, %v3836 : i64
                  %v3838 = llvm.getelementptr %in_C_re[%v3837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3839 = llvm.load %v3838 : !llvm.ptr -> f32
                  %v3840 = arith.mulf %v3839, %v3257 fastmath<contract> : f32
                  %v3841 = arith.addf %v3832, %v3840 fastmath<contract> : f32
                  %v3842 = arith.constant 2 : i64
                  %v3843 = arith.muli %v3842, %v1144 : i64
                  %v3844 = arith.constant 13 : i64
                  %v3845 = arith.muli %v3844, %v3 : i64
                  %v3846 = arith.addi %v3843, %v3845 : i64
                  %v3847 = llvm.getelementptr %in_C_re[%v3846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3848 = llvm.load %v3847 : !llvm.ptr -> f32
                  %v3849 = arith.mulf %v3848, %v3271 fastmath<contract> : f32
                  %v3850 = arith.addf %v3841, %v3849 fastmath<contract> : f32
                  %v3851 = arith.constant 3 : i64
                  %v3852 = arith.muli %v3851, %v1144 : i64
                  %v3853 = arith.constant 13 : i64
                  %v3854 = arith.muli %v3853, %v3 : i64
                  %v3855 = arith.addi %v3852, %v3854 : i64
                  %v3856 = llvm.getelementptr %in_C_re[%v3855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3857 = llvm.load %v3856 : !llvm.ptr -> f32
                  %v3858 = arith.mulf %v3857, %v3285 fastmath<contract> : f32
                  %v3859 = arith.addf %v3850, %v3858 fastmath<contract> : f32
                  %v3860 = llvm.load %v217 : !llvm.ptr -> f32
                  %v3861 = arith.mulf %v3860, %v3154 fastmath<contract> : f32
                  %v3862 = arith.addf %v3859, %v3861 fastmath<contract> : f32
                  %v3863 = llvm.load %v280 : !llvm.ptr -> f32
                  %v3864 = arith.mulf %v3863, %v3170 fastmath<contract> : f32
                  %v3865 = arith.addf %v3864, %v3862 fastmath<contract> : f32
                  %v3866 = arith.mulf %v3199, %v3860 fastmath<contract> : f32
                  %v3867 = arith.mulf %v3863, %v3231 fastmath<contract> : f32
                  %v3868 = arith.addf %v3867, %v3866 fastmath<contract> : f32
                  %v3869 = arith.mulf %v3200, %v3860 fastmath<contract> : f32
                  %v3870 = arith.mulf %v3863, %v3232 fastmath<contract> : f32
                  %v3871 = arith.addf %v3870, %v3869 fastmath<contract> : f32
                  %v3872 = arith.constant 14 : i64
                  %v3873 = arith.muli %v3872, %v3 : i64
                  %v3874 = llvm.getelementptr %in_C_re[%v3873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3875 = llvm.load %v3874 : !llvm.ptr -> f32
                  %v3876 = arith.mulf %v3875, %v3244 fastmath<contract> : f32
                  %v3877 = arith.constant 1 : i64
                  %v3878 = arith.muli %v3877, %v1144 : i64
                  %v3879 = arith.constant 14 : i64
                  %v3880 = arith.muli %v3879, %v3 : i64
                  %v3881 = arith.addi %v3878, %v3880 : i64
                  %v3882 = llvm.getelementptr %in_C_re[%v3881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3883 = llvm.load %v3882 : !llvm.ptr -> f32
                  %v3884 = arith.mulf %v3883, %v3257 fastmath<contract> : f32
                  %v3885 = arith.addf %v3876, %v3884 fastmath<contract> : f32
                  %v3886 = arith.constant 2 : i64
                  %v3887 = arith.muli %v3886, %v1144 : i64
                  %v3888 = arith.constant 14 : i64
                  %v3889 = arith.muli %v3888, %v3 : i64
                  %v3890 = arith.addi %v3887, %v3889 : i64
                  %v3891 = llvm.getelementptr %in_C_re[%v3890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3892 = llvm.load %v3891 : !llvm.ptr -> f32
                  %v3893 = arith.mulf %v3892, %v3271 fastmath<contract> : f32
                  %v3894 = arith.addf %v3885, %v3893 fastmath<contract> : f32
                  %v3895 = arith.constant 3 : i64
                  %v3896 = arith.muli %v3895, %v1144 : i64
                  %v3897 = arith.constant 14 : i64
                  %v3898 = arith.muli %v3897, %v3 : i64
                  %v3899 = arith.addi %v3896, %v3898 : i64
                  %v3900 = llvm.getelementptr %in_C_re[%v3899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3901 = llvm.load %v3900 : !llvm.ptr -> f32
                  %v3902 = arith.mulf %v3901, %v3285 fastmath<contract> : f32
                  %v3903 = arith.addf %v3894, %v3902 fastmath<contract> : f32
                  %v3904 = llvm.load %v219 : !llvm.ptr -> f32
                  %v3905 = arith.mulf %v3904, %v3155 fastmath<contract> : f32
                  %v3906 = arith.addf %v3903, %v3905 fastmath<contract> : f32
                  %v3907 = llvm.load %v282 : !llvm.ptr -> f32
                  %v3908 = arith.mulf %v3907, %v3171 fastmath<contract> : f32
                  %v3909 = arith.addf %v3908, %v3906 fastmath<contract> : f32
                  %v3910 = arith.mulf %v3201, %v3904 fastmath<contract> : f32
                  %v3911 = arith.mulf %v3907, %v3233 fastmath<contract> : f32
                  %v3912 = arith.addf %v3911, %v3910 fastmath<contract> : f32
                  %v3913 = arith.mulf %v3202, %v3904 fastmath<contract> : f32
                  %v3914 = arith.mulf %v3907, %v3234 fastmath<contract> : f32
                  %v3915 = arith.addf %v3914, %v3913 fastmath<contract> : f32
                  %v3916 = arith.constant 15 : i64
                  %v3917 = arith.muli %v3916, %v3 : i64
                  %v3918 = llvm.getelementptr %in_C_re[%v3917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3919 = llvm.load %v3918 : !llvm.ptr -> f32
                  %v3920 = arith.mulf %v3919, %v3244 fastmath<contract> : f32
                  %v3921 = arith.constant 1 : i64
                  %v3922 = arith.muli %v3921, %v1144 : i64
                  %v3923 = arith.constant 15 : i64
                  %v3924 = arith.muli %v3923, %v3 : i64
                  %v3925 = arith.addi %v3922, %v3924 : i64
                  %v3926 = llvm.getelementptr %in_C_re[%v3925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3927 = llvm.load %v3926 : !llvm.ptr -> f32
                  %v3928 = arith.mulf %v3927, %v3257 fastmath<contract> : f32
                  %v3929 = arith.addf %v3920, %v3928 fastmath<contract> : f32
                  %v3930 = arith.constant 2 : i64
                  %v3931 = arith.muli %v3930, %v1144 : i64
                  %v3932 = arith.constant 15 : i64
                  %v3933 = arith.muli %v3932, %v3 : i64
                  %v3934 = arith.addi %v3931, %v3933 : i64
                  %v3935 = llvm.getelementptr %in_C_re[%v3934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3936 = llvm.load %v3935 : !llvm.ptr -> f32
                  %v3937 = arith.mulf %v3936, %v3271 fastmath<contract> : f32
                  %v3938 = arith.addf %v3929, %v3937 fastmath<contract> : f32
                  %v3939 = arith.constant 3 : i64
                  %v3940 = arith.muli %v3939, %v1144 : i64
                  %v3941 = arith.constant 15 : i64
                  %v3942 = arith.muli %v3941, %v3 : i64
                  %v3943 = arith.addi %v3940, %v3942 : i64
                  %v3944 = llvm.getelementptr %in_C_re[%v3943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3945 = llvm.load %v3944 : !llvm.ptr -> f32
                  %v3946 = arith.mulf %v3945, %v3285 fastmath<contract> : f32
                  %v3947 = arith.addf %v3938, %v3946 fastmath<contract> : f32
                  %v3948 = llvm.load %v221 : !llvm.ptr -> f32
                  %v3949 = arith.mulf %v3948, %v3156 fastmath<contract> : f32
                  %v3950 = arith.addf %v3947, %v3949 fastmath<contract> : f32
                  %v3951 = llvm.load %v284 : !llvm.ptr -> f32
                  %v3952 = arith.mulf %v3951, %v3172 fastmath<contract> : f32
                  %v3953 = arith.addf %v3952, %v3950 fastmath<contract> : f32
                  %v3954 = arith.mulf %v3203, %v3948 fastmath<contract> : f32
                  %v3955 = arith.mulf %v3951, %v3235 fastmath<contract> : f32
                  %v3956 = arith.addf %v3955, %v3954 fastmath<contract> : f32
                  %v3957 = arith.mulf %v3204, %v3948 fastmath<contract> : f32
                  %v3958 = arith.mulf %v3951, %v3236 fastmath<contract> : f32
                  %v3959 = arith.addf %v3958, %v3957 fastmath<contract> : f32
                  %v3960 = arith.constant 0 : i64
                  %v3961 = llvm.getelementptr %in_C_im[%v3960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3962 = llvm.load %v3961 : !llvm.ptr -> f32
                  %v3963 = arith.negf %v3244 : f32
                  %v3964 = arith.mulf %v3962, %v3963 fastmath<contract> : f32
                  %v3965 = arith.constant 1 : i64
                  %v3966 = arith.muli %v3965, %v1144 : i64
                  %v3967 = llvm.getelementptr %in_C_im[%v3966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3968 = llvm.load %v3967 : !llvm.ptr -> f32
                  %v3969 = arith.negf %v3257 : f32
                  %v3970 = arith.mulf %v3968, %v3969 fastmath<contract> : f32
                  %v3971 = arith.addf %v3964, %v3970 fastmath<contract> : f32
                  %v3972 = arith.constant 2 : i64
                  %v3973 = arith.muli %v3972, %v1144 : i64
                  %v3974 = llvm.getelementptr %in_C_im[%v3973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3975 = llvm.load %v3974 : !llvm.ptr -> f32
                  %v3976 = arith.negf %v3271 : f32
                  %v3977 = arith.mulf %v3975, %v3976 fastmath<contract> : f32
                  %v3978 = arith.addf %v3971, %v3977 fastmath<contract> : f32
                  %v3979 = arith.constant 3 : i64
                  %v3980 = arith.muli %v3979, %v1144 : i64
                  %v3981 = llvm.getelementptr %in_C_im[%v3980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3982 = llvm.load %v3981 : !llvm.ptr -> f32
                  %v3983 = arith.negf %v3285 : f32
                  %v3984 = arith.mulf %v3982, %v3983 fastmath<contract> : f32
                  %v3985 = arith.addf %v3978, %v3984 fastmath<contract> : f32
                  %v3986 = llvm.load %v223 : !llvm.ptr -> f32
                  %v3987 = arith.mulf %v3986, %v3157 fastmath<contract> : f32
                  %v3988 = arith.addf %v3985, %v3987 fastmath<contract> : f32
                  %v3989 = llvm.load %v286 : !llvm.ptr -> f32
                  %v3990 = arith.mulf %v3989, %v3141 fastmath<contract> : f32
                  %v3991 = arith.addf %v3990, %v3988 fastmath<contract> : f32
                  %v3992 = arith.mulf %v3205, %v3986 fastmath<contract> : f32
                  %v3993 = arith.mulf %v3989, %v3173 fastmath<contract> : f32
                  %v3994 = arith.addf %v3993, %v3992 fastmath<contract> : f32
                  %v3995 = arith.mulf %v3206, %v3986 fastmath<contract> : f32
                  %v3996 = arith.mulf %v3989, %v3174 fastmath<contract> : f32
                  %v3997 = arith.addf %v3996, %v3995 fastmath<contract> : f32
                  %v3998 = arith.constant 1 : i64
                  %v3999 = arith.muli %v3998, %v3 : i64
                  %v4000 = llvm.getelementptr %in_C_im[%v3999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4001 = llvm.load %v4000 : !llvm.ptr -> f32
                  %v4002 = arith.mulf %v4001, %v3963 fastmath<contract> : f32
                  %v4003 = arith.constant 1 : i64
                  %v4004 = arith.muli %v4003, %v1144 : i64
                  %v4005 = arith.constant 1 : i64
                  %v4006 = arith.muli %v4005, %v3 : i64
                  %v4007 = arith.addi %v4004, %v4006 : i64
                  %v4008 = llvm.getelementptr %in_C_im[%v4007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4009 = llvm.load %v4008 : !llvm.ptr -> f32
                  %v4010 = arith.mulf %v4009, %v3969 fastmath<contract> : f32
                  %v4011 = arith.addf %v4002, %v4010 fastmath<contract> : f32
                  %v4012 = arith.constant 2 : i64
                  %v4013 = arith.muli %v4012, %v1144 : i64
                  %v4014 = arith.constant 1 : i64
                  %v4015 = arith.muli %v4014, %v3 : i64
                  %v4016 = arith.addi %v4013, %v4015 : i64
                  %v4017 = llvm.getelementptr %in_C_im[%v4016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4018 = llvm.load %v4017 : !llvm.ptr -> f32
                  %v4019 = arith.mulf %v4018, %v3976 fastmath<contract> : f32
                  %v4020 = arith.addf %v4011, %v4019 fastmath<contract> : f32
                  %v4021 = arith.constant 3 : i64
                  %v4022 = arith.muli %v4021, %v1144 : i64
                  %v4023 = arith.constant 1 : i64
                  %v4024 = arith.muli %v4023, %v3 : i64
                  %v4025 = arith.addi %v4022, %v4024 : i64
                  %v4026 = llvm.getelementptr %in_C_im[%v4025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4027 = llvm.load %v4026 : !llvm.ptr -> f32
                  %v4028 = arith.mulf %v4027, %v3983 fastmath<contract> : f32
                  %v4029 = arith.addf %v4020, %v4028 fastmath<contract> : f32
                  %v4030 = llvm.load %v225 : !llvm.ptr -> f32
                  %v4031 = arith.mulf %v4030, %v3158 fastmath<contract> : f32
                  %v4032 = arith.addf %v4029, %v4031 fastmath<contract> : f32
                  %v4033 = llvm.load %v288 : !llvm.ptr -> f32
                  %v4034 = arith.mulf %v4033, %v3142 fastmath<contract> : f32
                  %v4035 = arith.addf %v4034, %v4032 fastmath<contract> : f32
                  %v4036 = arith.mulf %v3207, %v4030 fastmath<contract> : f32
                  %v4037 = arith.mulf %v4033, %v3175 fastmath<contract> : f32
                  %v4038 = arith.addf %v4037, %v4036 fastmath<contract> : f32
                  %v4039 = arith.mulf %v3208, %v4030 fastmath<contract> : f32
                  %v4040 = arith.mulf %v4033, %v3176 fastmath<contract> : f32
                  %v4041 = arith.addf %v4040, %v4039 fastmath<contract> : f32
                  %v4042 = arith.constant 2 : i64
                  %v4043 = arith.muli %v4042, %v3 : i64
                  %v4044 = llvm.getelementptr %in_C_im[%v4043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4045 = llvm.load %v4044 : !llvm.ptr -> f32
                  %v4046 = arith.mulf %v4045, %v3963 fastmath<contract> : f32
                  %v4047 = arith.constant 1 : i64
                  %v4048 = arith.muli %v4047, %v1144 : i64
                  %v4049 = arith.constant 2 : i64
                  %v4050 = arith.muli %v4049, %v3 : i64
                  %v4051 = arith.addi %v4048, %v4050 : i64
                  %v4052 = llvm.getelementptr %in_C_im[%v4051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4053 = llvm.load %v4052 : !llvm.ptr -> f32
                  %v4054 = arith.mulf %v4053, %v3969 fastmath<contract> : f32
                  %v4055 = arith.addf %v4046, %v4054 fastmath<contract> : f32
                  %v4056 = arith.constant 2 : i64
                  %v4057 = arith.muli %v4056, %v1144 : i64
                  %v4058 = arith.constant 2 : i64
                  %v4059 = arith.muli %v4058, %v3 : i64
                  %v4060 = arith.addi %v4057, %v4059 : i64
                  %v4061 = llvm.getelementptr %in_C_im[%v4060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4062 = llvm.load %v4061 : !llvm.ptr -> f32
                  %v4063 = arith.mulf %v4062, %v3976 fastmath<contract> : f32
                  %v4064 = arith.addf %v4055, %v4063 fastmath<contract> : f32
                  %v4065 = arith.constant 3 : i64
                  %v4066 = arith.muli %v4065, %v1144 : i64
                  %v4067 = arith.constant 2 : i64
                  %v4068 = arith.muli %v4067, %v3 : i64
                  %v4069 = arith.addi %v4066, %v4068 : i64
                  %v4070 = llvm.getelementptr %in_C_im[%v4069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4071 = llvm.load %v4070 : !llvm.ptr -> f32
                  %v4072 = arith.mulf %v4071, %v3983 fastmath<contract> : f32
                  %v4073 = arith.addf %v4064, %v4072 fastmath<contract> : f32
                  %v4074 = llvm.load %v227 : !llvm.ptr -> f32
                  %v4075 = arith.mulf %v4074, %v3159 fastmath<contract> : f32
                  %v4076 = arith.addf %v4073, %v4075 fastmath<contract> : f32
                  %v4077 = llvm.load %v290 : !llvm.ptr -> f32
                  %v4078 = arith.mulf %v4077, %v3143 fastmath<contract> : f32
                  %v4079 = arith.addf %v4078, %v4076 fastmath<contract> : f32
                  %v4080 = arith.mulf %v3209, %v4074 fastmath<contract> : f32
                  %v4081 = arith.mulf %v4077, %v3177 fastmath<contract> : f32
                  %v4082 = arith.addf %v4081, %v4080 fastmath<contract> : f32
                  %v4083 = arith.mulf %v3210, %v4074 fastmath<contract> : f32
                  %v4084 = arith.mulf %v4077, %v3178 fastmath<contract> : f32
                  %v4085 = arith.addf %v4084, %v4083 fastmath<contract> : f32
                  %v4086 = arith.constant 3 : i64
                  %v4087 = arith.muli %v4086, %v3 : i64
                  %v4088 = llvm.getelementptr %in_C_im[%v4087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4089 = llvm.load %v4088 : !llvm.ptr -> f32
                  %v4090 = arith.mulf %v4089, %v3963 fastmath<contract> : f32
                  %v4091 = arith.constant 1 : i64
                  %v4092 = arith.muli %v4091, %v1144 : i64
                  %v4093 = arith.constant 3 : i64
                  %v4094 = arith.muli %v4093, %v3 : i64
                  %v4095 = arith.addi %v4092, %v4094 : i64
                  %v4096 = llvm.getelementptr %in_C_im[%v4095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4097 = llvm.load %v4096 : !llvm.ptr -> f32
                  %v4098 = arith.mulf %v4097, %v3969 fastmath<contract> : f32
                  %v4099 = arith.addf %v4090, %v4098 fastmath<contract> : f32
                  %v4100 = arith.constant 2 : i64
                  %v4101 = arith.muli %v4100, %v1144 : i64
                  %v4102 = arith.constant 3 : i64
                  %v4103 = arith.muli %v4102, %v3 : i64
                  %v4104 = arith.addi %v4101, %v4103 : i64
                  %v4105 = llvm.getelementptr %in_C_im[%v4104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4106 = llvm.load %v4105 : !llvm.ptr -> f32
                  %v4107 = arith.mulf %v4106, %v3976 fastmath<contract> : f32
                  %v4108 = arith.addf %v4099, %v4107 fastmath<contract> : f32
                  %v4109 = arith.constant 3 : i64
                  %v4110 = arith.muli %v4109, %v1144 : i64
                  %v4111 = arith.constant 3 : i64
                  %v4112 = arith.muli %v4111, %v3 : i64
                  %v4113 = arith.addi %v4110, %v4112 : i64
                  %v4114 = llvm.getelementptr %in_C_im[%v4113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4115 = llvm.load %v4114 : !llvm.ptr -> f32
                  %v4116 = arith.mulf %v4115, %v3983 fastmath<contract> : f32
                  %v4117 = arith.addf %v4108, %v4116 fastmath<contract> : f32
                  %v4118 = llvm.load %v229 : !llvm.ptr -> f32
                  %v4119 = arith.mulf %v4118, %v3160 fastmath<contract> : f32
                  %v4120 = arith.addf %v4117, %v4119 fastmath<contract> : f32
                  %v4121 = llvm.load %v292 : !llvm.ptr -> f32
                  %v4122 = arith.mulf %v4121, %v3144 fastmath<contract> : f32
                  %v4123 = arith.addf %v4122, %v4120 fastmath<contract> : f32
                  %v4124 = arith.mulf %v3211, %v4118 fastmath<contract> : f32
                  %v4125 = arith.mulf %v4121, %v3179 fastmath<contract> : f32
                  %v4126 = arith.addf %v4125, %v4124 fastmath<contract> : f32
                  %v4127 = arith.mulf %v3212, %v4118 fastmath<contract> : f32
                  %v4128 = arith.mulf %v4121, %v3180 fastmath<contract> : f32
                  %v4129 = arith.addf %v4128, %v4127 fastmath<contract> : f32
                  %v4130 = arith.constant 4 : i64
                  %v4131 = arith.muli %v4130, %v3 : i64
                  %v4132 = llvm.getelementptr %in_C_im[%v4131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4133 = llvm.load %v4132 : !llvm.ptr -> f32
                  %v4134 = arith.mulf %v4133, %v3963 fastmath<contract> : f32
                  %v4135 = arith.constant 1 : i64
                  %v4136 = arith.muli %v4135, %v1144 : i64
                  %v4137 = arith.constant 4 : i64
                  %v4138 = arith.muli %v4137, %v3 : i64
                  %v4139 = arith.addi %v4136, %v4138 : i64
                  %v4140 = llvm.getelementptr %in_C_im[%v4139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4141 = llvm.load %v4140 : !llvm.ptr -> f32
                  %v4142 = arith.mulf %v4141, %v3969 fastmath<contract> : f32
                  %v4143 = arith.addf %v4134, %v4142 fastmath<contract> : f32
                  %v4144 = arith.constant 2 : i64
                  %v4145 = arith.muli %v4144, %v1144 : i64
                  %v4146 = arith.constant 4 : i64
                  %v4147 = arith.muli %v4146, %v3 : i64
                  %v4148 = arith.addi %v4145, %v4147 : i64
                  %v4149 = llvm.getelementptr %in_C_im[%v4148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4150 = llvm.load %v4149 : !llvm.ptr -> f32
                  %v4151 = arith.mulf %v4150, %v3976 fastmath<contract> : f32
                  %v4152 = arith.addf %v4143, %v4151 fastmath<contract> : f32
                  %v4153 = arith.constant 3 : i64
                  %v4154 = arith.muli %v4153, %v1144 : i64
                  %v4155 = arith.constant 4 : i64
                  %v4156 = arith.muli %v4155, %v3 : i64
                  %v4157 = arith.addi %v4154, %v4156 : i64
                  %v4158 = llvm.getelementptr %in_C_im[%v4157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4159 = llvm.load %v4158 : !llvm.ptr -> f32
                  %v4160 = arith.mulf %v4159, %v3983 fastmath<contract> : f32
                  %v4161 = arith.addf %v4152, %v4160 fastmath<contract> : f32
                  %v4162 = llvm.load %v231 : !llvm.ptr -> f32
                  %v4163 = arith.mulf %v4162, %v3161 fastmath<contract> : f32
                  %v4164 = arith.addf %v4161, %v4163 fastmath<contract> : f32
                  %v4165 = llvm.load %v294 : !llvm.ptr -> f32
                  %v4166 = arith.mulf %v4165, %v3145 fastmath<contract> : f32
                  %v4167 = arith.addf %v4166, %v4164 fastmath<contract> : f32
                  %v4168 = arith.mulf %v3213, %v4162 fastmath<contract> : f32
                  %v4169 = arith.mulf %v4165, %v3181 fastmath<contract> : f32
                  %v4170 = arith.addf %v4169, %v4168 fastmath<contract> : f32
                  %v4171 = arith.mulf %v3214, %v4162 fastmath<contract> : f32
                  %v4172 = arith.mulf %v4165, %v3182 fastmath<contract> : f32
                  %v4173 = arith.addf %v4172, %v4171 fastmath<contract> : f32
                  %v4174 = arith.constant 5 : i64
                  %v4175 = arith.muli %v4174, %v3 : i64
                  %v4176 = llvm.getelementptr %in_C_im[%v4175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4177 = llvm.load %v4176 : !llvm.ptr -> f32
                  %v4178 = arith.mulf %v4177, %v3963 fastmath<contract> : f32
                  %v4179 = arith.constant 1 : i64
                  %v4180 = arith.muli %v4179, %v1144 : i64
                  %v4181 = arith.constant 5 : i64
                  %v4182 = arith.muli %v4181, %v3 : i64
                  %v4183 = arith.addi %v4180, %v4182 : i64
                  %v4184 = llvm.getelementptr %in_C_im[%v4183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4185 = llvm.load %v4184 : !llvm.ptr -> f32
                  %v4186 = arith.mulf %v4185, %v3969 fastmath<contract> : f32
                  %v4187 = arith.addf %v4178, %v4186 fastmath<contract> : f32
                  %v4188 = arith.constant 2 : i64
                  %v4189 = arith.muli %v4188, %v1144 : i64
                  %v4190 = arith.constant 5 : i64
                  %v4191 = arith.muli %v4190, %v3 : i64
                  %v4192 = arith.addi %v4189, %v4191 : i64
                  %v4193 = llvm.getelementptr %in_C_im[%v4192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4194 = llvm.load %v4193 : !llvm.ptr -> f32
                  %v4195 = arith.mulf %v4194, %v3976 fastmath<contract> : f32
                  %v4196 = arith.addf %v4187, %v4195 fastmath<contract> : f32
                  %v4197 = arith.constant 3 : i64
                  %v4198 = arith.muli %v4197, %v1144 : i64
                  %v4199 = arith.constant 5 : i64
                  %v4200 = arith.muli %v4199, %v3 : i64
                  %v4201 = arith.addi %v4198, %v4200 : i64
                  %v4202 = llvm.getelementptr %in_C_im[%v4201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4203 = llvm.load %v4202 : !llvm.ptr -> f32
                  %v4204 = arith.mulf %v4203, %v3983 fastmath<contract> : f32
                  %v4205 = arith.addf %v4196, %v4204 fastmath<contract> : f32
                  %v4206 = llvm.load %v233 : !llvm.ptr -> f32
                  %v4207 = arith.mulf %v4206, %v3162 fastmath<contract> : f32
                  %v4208 = arith.addf %v4205, %v4207 fastmath<contract> : f32
                  %v4209 = llvm.load %v296 : !llvm.ptr -> f32
                  %v4210 = arith.mulf %v4209, %v3146 fastmath<contract> : f32
                  %v4211 = arith.addf %v4210, %v4208 fastmath<contract> : f32
                  %v4212 = arith.mulf %v3215, %v4206 fastmath<contract> : f32
                  %v4213 = arith.mulf %v4209, %v3183 fastmath<contract> : f32
                  %v4214 = arith.addf %v4213, %v4212 fastmath<contract> : f32
                  %v4215 = arith.mulf %v3216, %v4206 fastmath<contract> : f32
                  %v4216 = arith.mulf %v4209, %v3184 fastmath<contract> : f32
                  %v4217 = arith.addf %v4216, %v4215 fastmath<contract> : f32
                  %v4218 = arith.constant 6 : i64
                  %v4219 = arith.muli %v4218, %v3 : i64
                  %v4220 = llvm.getelementptr %in_C_im[%v4219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4221 = llvm.load %v4220 : !llvm.ptr -> f32
                  %v4222 = arith.mulf %v4221, %v3963 fastmath<contract> : f32
                  %v4223 = arith.constant 1 : i64
                  %v4224 = arith.muli %v4223, %v1144 : i64
                  %v4225 = arith.constant 6 : i64
                  %v4226 = arith.muli %v4225, %v3 : i64
                  %v4227 = arith.addi %v4224, %v4226 : i64
                  %v4228 = llvm.getelementptr %in_C_im[%v4227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4229 = llvm.load %v4228 : !llvm.ptr -> f32
                  %v4230 = arith.mulf %v4229, %v3969 fastmath<contract> : f32
                  %v4231 = arith.addf %v4222, %v4230 fastmath<contract> : f32
                  %v4232 = arith.constant 2 : i64
                  %v4233 = arith.muli %v4232, %v1144 : i64
                  %v4234 = arith.constant 6 : i64
                  %v4235 = arith.muli %v4234, %v3 : i64
                  %v4236 = arith.addi %v4233, %v4235 : i64
                  %v4237 = llvm.getelementptr %in_C_im[%v4236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4238 = llvm.load %v4237 : !llvm.ptr -> f32
                  %v4239 = arith.mulf %v4238, %v3976 fastmath<contract> : f32
                  %v4240 = arith.addf %v4231, %v4239 fastmath<contract> : f32
                  %v4241 = arith.constant 3 : i64
                  %v4242 = arith.muli %v4241, %v1144 : i64
                  %v4243 = arith.constant 6 : i64
                  %v4244 = arith.muli %v4243, %v3 : i64
                  %v4245 = arith.addi %v4242, %v4244 : i64
                  %v4246 = llvm.getelementptr %in_C_im[%v4245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4247 = llvm.load %v4246 : !llvm.ptr -> f32
                  %v4248 = arith.mulf %v4247, %v3983 fastmath<contract> : f32
                  %v4249 = arith.addf %v4240, %v4248 fastmath<contract> : f32
                  %v4250 = llvm.load %v235 : !llvm.ptr -> f32
                  %v4251 = arith.mulf %v4250, %v3163 fastmath<contract> : f32
                  %v4252 = arith.addf %v4249, %v4251 fastmath<contract> : f32
                  %v4253 = llvm.load %v298 : !llvm.ptr -> f32
                  %v4254 = arith.mulf %v4253, %v3147 fastmath<contract> : f32
                  %v4255 = arith.addf %v4254, %v4252 fastmath<contract> : f32
                  %v4256 = arith.mulf %v3217, %v4250 fastmath<contract> : f32
                  %v4257 = arith.mulf %v4253, %v3185 fastmath<contract> : f32
                  %v4258 = arith.addf %v4257, %v4256 fastmath<contract> : f32
                  %v4259 = arith.mulf %v3218, %v4250 fastmath<contract> : f32
                  %v4260 = arith.mulf %v4253, %v3186 fastmath<contract> : f32
                  %v4261 = arith.addf %v4260, %v4259 fastmath<contract> : f32
                  %v4262 = arith.constant 7 : i64
                  %v4263 = arith.muli %v4262, %v3 : i64
                  %v4264 = llvm.getelementptr %in_C_im[%v4263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4265 = llvm.load %v4264 : !llvm.ptr -> f32
                  %v4266 = arith.mulf %v4265, %v3963 fastmath<contract> : f32
                  %v4267 = arith.constant 1 : i64
                  %v4268 = arith.muli %v4267, %v1144 : i64
                  %v4269 = arith.constant 7 : i64
                  %v4270 = arith.muli %v4269, %v3 : i64
                  %v4271 = arith.addi %v4268, %v4270 : i64
                  %v4272 = llvm.getelementptr %in_C_im[%v4271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4273 = llvm.load %v4272 : !llvm.ptr -> f32
                  %v4274 = arith.mulf %v4273, %v3969 fastmath<contract> : f32
                  %v4275 = arith.addf %v4266, %v4274 fastmath<contract> : f32
                  %v4276 = arith.constant 2 : i64
                  %v4277 = arith.muli %v4276, %v1144 : i64
                  %v4278 = arith.constant 7 : i64
                  %v4279 = arith.muli %v4278, %v3 : i64
                  %v4280 = arith.addi %v4277, %v4279 : i64
                  %v4281 = llvm.getelementptr %in_C_im[%v4280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4282 = llvm.load %v4281 : !llvm.ptr -> f32
                  %v4283 = arith.mulf %v4282, %v3976 fastmath<contract> : f32
                  %v4284 = arith.addf %v4275, %v4283 fastmath<contract> : f32
                  %v4285 = arith.constant 3 : i64
                  %v4286 = arith.muli %v4285, %v1144 : i64
                  %v4287 = arith.constant 7 : i64
                  %v4288 = arith.muli %v4287, %v3 : i64
                  %v4289 = arith.addi %v4286, %v4288 : i64
                  %v4290 = llvm.getelementptr %in_C_im[%v4289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4291 = llvm.load %v4290 : !llvm.ptr -> f32
                  %v4292 = arith.mulf %v4291, %v3983 fastmath<contract> : f32
                  %v4293 = arith.addf %v4284, %v4292 fastmath<contract> : f32
                  %v4294 = llvm.load %v237 : !llvm.ptr -> f32
                  %v4295 = arith.mulf %v4294, %v3164 fastmath<contract> : f32
                  %v4296 = arith.addf %v4293, %v4295 fastmath<contract> : f32
                  %v4297 = llvm.load %v300 : !llvm.ptr -> f32
                  %v4298 = arith.mulf %v4297, %v3148 fastmath<contract> : f32
                  %v4299 = arith.addf %v4298, %v4296 fastmath<contract> : f32
                  %v4300 = arith.mulf %v3219, %v4294 fastmath<contract> : f32
                  %v4301 = arith.mulf %v4297, %v3187 fastmath<contract> : f32
                  %v4302 = arith.addf %v4301, %v4300 fastmath<contract> : f32
                  %v4303 = arith.mulf %v3220, %v4294 fastmath<contract> : f32
                  %v4304 = arith.mulf %v4297, %v3188 fastmath<contract> : f32
                  %v4305 = arith.addf %v4304, %v4303 fastmath<contract> : f32
                  %v4306 = arith.constant 8 : i64
                  %v4307 = arith.muli %v4306, %v3 : i64
                  %v4308 = llvm.getelementptr %in_C_im[%v4307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4309 = llvm.load %v4308 : !llvm.ptr -> f32
                  %v4310 = arith.mulf %v4309, %v3963 fastmath<contract> : f32
                  %v4311 = arith.constant 1 : i64
                  %v4312 = arith.muli %v4311, %v1144 : i64
                  %v4313 = arith.constant 8 : i64
                  %v4314 = arith.muli %v4313, %v3 : i64
                  %v4315 = arith.addi %v4312, %v4314 : i64
                  %v4316 = llvm.getelementptr %in_C_im[%v4315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4317 = llvm.load %v4316 : !llvm.ptr -> f32
                  %v4318 = arith.mulf %v4317, %v3969 fastmath<contract> : f32
                  %v4319 = arith.addf %v4310, %v4318 fastmath<contract> : f32
                  %v4320 = arith.constant 2 : i64
                  %v4321 = arith.muli %v4320, %v1144 : i64
                  %v4322 = arith.constant 8 : i64
                  %v4323 = arith.muli %v4322, %v3 : i64
                  %v4324 = arith.addi %v4321, %v4323 : i64
                  %v4325 = llvm.getelementptr %in_C_im[%v4324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4326 = llvm.load %v4325 : !llvm.ptr -> f32
                  %v4327 = arith.mulf %v4326, %v3976 fastmath<contract> : f32
                  %v4328 = arith.addf %v4319, %v4327 fastmath<contract> : f32
                  %v4329 = arith.constant 3 : i64
                  %v4330 = arith.muli %v4329, %v1144 : i64
                  %v4331 = arith.constant 8 : i64
                  %v4332 = arith.muli %v4331, %v3 : i64
                  %v4333 = arith.addi %v4330, %v4332 : i64
                  %v4334 = llvm.getelementptr %in_C_im[%v4333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4335 = llvm.load %v4334 : !llvm.ptr -> f32
                  %v4336 = arith.mulf %v4335, %v3983 fastmath<contract> : f32
                  %v4337 = arith.addf %v4328, %v4336 fastmath<contract> : f32
                  %v4338 = llvm.load %v239 : !llvm.ptr -> f32
                  %v4339 = arith.mulf %v4338, %v3165 fastmath<contract> : f32
                  %v4340 = arith.addf %v4337, %v4339 fastmath<contract> : f32
                  %v4341 = llvm.load %v302 : !llvm.ptr -> f32
                  %v4342 = arith.mulf %v4341, %v3149 fastmath<contract> : f32
                  %v4343 = arith.addf %v4342, %v4340 fastmath<contract> : f32
                  %v4344 = arith.mulf %v3221, %v4338 fastmath<contract> : f32
                  %v4345 = arith.mulf %v4341, %v3189 fastmath<contract> : f32
                  %v4346 = arith.addf %v4345, %v4344 fastmath<contract> : f32
                  %v4347 = arith.mulf %v3222, %v4338 fastmath<contract> : f32
                  %v4348 = arith.mulf %v4341, %v3190 fastmath<contract> : f32
                  %v4349 = arith.addf %v4348, %v4347 fastmath<contract> : f32
                  %v4350 = arith.constant 9 : i64
                  %v4351 = arith.muli %v4350, %v3 : i64
                  %v4352 = llvm.getelementptr %in_C_im[%v4351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4353 = llvm.load %v4352 : !llvm.ptr -> f32
                  %v4354 = arith.mulf %v4353, %v3963 fastmath<contract> : f32
                  %v4355 = arith.constant 1 : i64
                  %v4356 = arith.muli %v4355, %v1144 : i64
                  %v4357 = arith.constant 9 : i64
                  %v4358 = arith.muli %v4357, %v3 : i64
                  %v4359 = arith.addi %v4356, %v4358 : i64
                  %v4360 = llvm.getelementptr %in_C_im[%v4359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4361 = llvm.load %v4360 : !llvm.ptr -> f32
                  %v4362 = arith.mulf %v4361, %v3969 fastmath<contract> : f32
                  %v4363 = arith.addf %v4354, %v4362 fastmath<contract> : f32
                  %v4364 = arith.constant 2 : i64
                  %v4365 = arith.muli %v4364, %v1144 : i64
                  %v4366 = arith.constant 9 : i64
                  %v4367 = arith.muli %v4366, %v3 : i64
                  %v4368 = arith.addi %v4365, %v4367 : i64
                  %v4369 = llvm.getelementptr %in_C_im[%v4368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4370 = llvm.load %v4369 : !llvm.ptr -> f32
                  %v4371 = arith.mulf %v4370, %v3976 fastmath<contract> : f32
                  %v4372 = arith.addf %v4363, %v4371 fastmath<contract> : f32
                  %v4373 = arith.constant 3 : i64
                  %v4374 = arith.muli %v4373, %v1144 : i64
                  %v4375 = arith.constant 9 : i64
                  %v4376 = arith.muli %v4375, %v3 : i64
                  %v4377 = arith.addi %v4374, %v4376 : i64
                  %v4378 = llvm.getelementptr %in_C_im[%v4377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4379 = llvm.load %v4378 : !llvm.ptr -> f32
                  %v4380 = arith.mulf %v4379, %v3983 fastmath<contract> : f32
                  %v4381 = arith.addf %v4372, %v4380 fastmath<contract> : f32
                  %v4382 = llvm.load %v241 : !llvm.ptr -> f32
                  %v4383 = arith.mulf %v4382, %v3166 fastmath<contract> : f32
                  %v4384 = arith.addf %v4381, %v4383 fastmath<contract> : f32
                  %v4385 = llvm.load %v304 : !llvm.ptr -> f32
                  %v4386 = arith.mulf %v4385, %v3150 fastmath<contract> : f32
                  %v4387 = arith.addf %v4386, %v4384 fastmath<contract> : f32
                  %v4388 = arith.mulf %v3223, %v4382 fastmath<contract> : f32
                  %v4389 = arith.mulf %v4385, %v3191 fastmath<contract> : f32
                  %v4390 = arith.addf %v4389, %v4388 fastmath<contract> : f32
                  %v4391 = arith.mulf %v3224, %v4382 fastmath<contract> : f32
                  %v4392 = arith.mulf %v4385, %v3192 fastmath<contract> : f32
                  %v4393 = arith.addf %v4392, %v4391 fastmath<contract> : f32
                  %v4394 = arith.constant 10 : i64
                  %v4395 = arith.muli %v4394, %v3 : i64
                  %v4396 = llvm.getelementptr %in_C_im[%v4395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4397 = llvm.load %v4396 : !llvm.ptr -> f32
                  %v4398 = arith.mulf %v4397, %v3963 fastmath<contract> : f32
                  %v4399 = arith.constant 1 : i64
                  %v4400 = arith.muli %v4399, %v1144 : i64
                  %v4401 = arith.constant 10 : i64
                  %v4402 = arith.muli %v4401, %v3 : i64
                  %v4403 = arith.addi %v4400, %v4402 : i64
                  %v4404 = llvm.getelementptr %in_C_im[%v4403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4405 = llvm.load %v4404 : !llvm.ptr -> f32
                  %v4406 = arith.mulf %v4405, %v3969 fastmath<contract> : f32
                  %v4407 = arith.addf %v4398, %v4406 fastmath<contract> : f32
                  %v4408 = arith.constant 2 : i64
                  %v4409 = arith.muli %v4408, %v1144 : i64
                  %v4410 = arith.constant 10 : i64
                  %v4411 = arith.muli %v4410, %v3 : i64
                  %v4412 = arith.addi %v4409, %v4411 : i64
                  %v4413 = llvm.getelementptr %in_C_im[%v4412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4414 = llvm.load %v4413 : !llvm.ptr -> f32
                  %v4415 = arith.mulf %v4414, %v3976 fastmath<contract> : f32
                  %v4416 = arith.addf %v4407, %v4415 fastmath<contract> : f32
                  %v4417 = arith.constant 3 : i64
                  %v4418 = arith.muli %v4417, %v1144 : i64
                  %v4419 = arith.constant 10 : i64
                  %v4420 = arith.muli %v4419, %v3 : i64
                  %v4421 = arith.addi %v4418, %v4420 : i64
                  %v4422 = llvm.getelementptr %in_C_im[%v4421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4423 = llvm.load %v4422 : !llvm.ptr -> f32
                  %v4424 = arith.mulf %v4423, %v3983 fastmath<contract> : f32
                  %v4425 = arith.addf %v4416, %v4424 fastmath<contract> : f32
                  %v4426 = llvm.load %v243 : !llvm.ptr -> f32
                  %v4427 = arith.mulf %v4426, %v3167 fastmath<contract> : f32
                  %v4428 = arith.addf %v4425, %v4427 fastmath<contract> : f32
                  %v4429 = llvm.load %v306 : !llvm.ptr -> f32
                  %v4430 = arith.mulf %v4429, %v3151 fastmath<contract> : f32
                  %v4431 = arith.addf %v4430, %v4428 fastmath<contract> : f32
                  %v4432 = arith.mulf %v3225, %v4426 fastmath<contract> : f32
                  %v4433 = arith.mulf %v4429, %v3193 fastmath<contract> : f32
                  %v4434 = arith.addf %v4433, %v4432 fastmath<contract> : f32
                  %v4435 = arith.mulf %v3226, %v4426 fastmath<contract> : f32
                  %v4436 = arith.mulf %v4429, %v3194 fastmath<contract> : f32
                  %v4437 = arith.addf %v4436, %v4435 fastmath<contract> : f32
                  %v4438 = arith.constant 11 : i64
                  %v4439 = arith.muli %v4438, %v3 : i64
                  %v4440 = llvm.getelementptr %in_C_im[%v4439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4441 = llvm.load %v4440 : !llvm.ptr -> f32
                  %v4442 = arith.mulf %v4441, %v3963 fastmath<contract> : f32
                  %v4443 = arith.constant 1 : i64
                  %v4444 = arith.muli %v4443, %v1144 : i64
                  %v4445 = arith.constant 11 : i64
                  %v4446 = arith.muli %v4445, %v3 : i64
                  %v4447 = arith.addi %v4444, %v4446 : i64
                  %v4448 = llvm.getelementptr %in_C_im[%v4447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4449 = llvm.load %v4448 : !llvm.ptr -> f32
                  %v4450 = arith.mulf %v4449, %v3969 fastmath<contract> : f32
                  %v4451 = arith.addf %v4442, %v4450 fastmath<contract> : f32
                  %v4452 = arith.constant 2 : i64
                  %v4453 = arith.muli %v4452, %v1144 : i64
                  %v4454 = arith.constant 11 : i64
                  %v4455 = arith.muli %v4454, %v3 : i64
                  %v4456 = arith.addi %v4453, %v4455 : i64
                  %v4457 = llvm.getelementptr %in_C_im[%v4456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4458 = llvm.load %v4457 : !llvm.ptr -> f32
                  %v4459 = arith.mulf %v4458, %v3976 fastmath<contract> : f32
                  %v4460 = arith.addf %v4451, %v4459 fastmath<contract> : f32
                  %v4461 = arith.constant 3 : i64
                  %v4462 = arith.muli %v4461, %v1144 : i64
                  %v4463 = arith.constant 11 : i64
                  %v4464 = arith.muli %v4463, %v3 : i64
                  %v4465 = arith.addi %v4462, %v4464 : i64
                  %v4466 = llvm.getelementptr %in_C_im[%v4465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4467 = llvm.load %v4466 : !llvm.ptr -> f32
                  %v4468 = arith.mulf %v4467, %v3983 fastmath<contract> : f32
                  %v4469 = arith.addf %v4460, %v4468 fastmath<contract> : f32
                  %v4470 = llvm.load %v245 : !llvm.ptr -> f32
                  %v4471 = arith.mulf %v4470, %v3168 fastmath<contract> : f32
                  %v4472 = arith.addf %v4469, %v4471 fastmath<contract> : f32
                  %v4473 = llvm.load %v308 : !llvm.ptr -> f32
                  %v4474 = arith.mulf %v4473, %v3152 fastmath<contract> : f32
                  %v4475 = arith.addf %v4474, %v4472 fastmath<contract> : f32
                  %v4476 = arith.mulf %v3227, %v4470 fastmath<contract> : f32
                  %v4477 = arith.mulf %v4473, %v3195 fastmath<contract> : f32
                  %v4478 = arith.addf %v4477, %v4476 fastmath<contract> : f32
                  %v4479 = arith.mulf %v3228, %v4470 fastmath<contract> : f32
                  %v4480 = arith.mulf %v4473, %v3196 fastmath<contract> : f32
                  %v4481 = arith.addf %v4480, %v4479 fastmath<contract> : f32
                  %v4482 = arith.constant 12 : i64
                  %v4483 = arith.muli %v4482, %v3 : i64
                  %v4484 = llvm.getelementptr %in_C_im[%v4483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4485 = llvm.load %v4484 : !llvm.ptr -> f32
                  %v4486 = arith.mulf %v4485, %v3963 fastmath<contract> : f32
                  %v4487 = arith.constant 1 : i64
                  %v4488 = arith.muli %v4487, %v1144 : i64
                  %v4489 = arith.constant 12 : i64
                  %v4490 = arith.muli %v4489, %v3 : i64
                  %v4491 = arith.addi %v4488, %v4490 : i64
                  %v4492 = llvm.getelementptr %in_C_im[%v4491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4493 = llvm.load %v4492 : !llvm.ptr -> f32
                  %v4494 = arith.mulf %v4493, %v3969 fastmath<contract> : f32
                  %v4495 = arith.addf %v4486, %v4494 fastmath<contract> : f32
                  %v4496 = arith.constant 2 : i64
                  %v4497 = arith.muli %v4496, %v1144 : i64
                  %v4498 = arith.constant 12 : i64
                  %v4499 = arith.muli %v4498, %v3 : i64
                  %v4500 = arith.addi %v4497, %v4499 : i64
                  %v4501 = llvm.getelementptr %in_C_im[%v4500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4502 = llvm.load %v4501 : !llvm.ptr -> f32
                  %v4503 = arith.mulf %v4502, %v3976 fastmath<contract> : f32
                  %v4504 = arith.addf %v4495, %v4503 fastmath<contract> : f32
                  %v4505 = arith.constant 3 : i64
                  %v4506 = arith.muli %v4505, %v1144 : i64
                  %v4507 = arith.constant 12 : i64
                  %v4508 = arith.muli %v4507, %v3 : i64
                  %v4509 = arith.addi %v4506, %v4508 : i64
                  %v4510 = llvm.getelementptr %in_C_im[%v4509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4511 = llvm.load %v4510 : !llvm.ptr -> f32
                  %v4512 = arith.mulf %v4511, %v3983 fastmath<contract> : f32
                  %v4513 = arith.addf %v4504, %v4512 fastmath<contract> : f32
                  %v4514 = llvm.load %v247 : !llvm.ptr -> f32
                  %v4515 = arith.mulf %v4514, %v3169 fastmath<contract> : f32
                  %v4516 = arith.addf %v4513, %v4515 fastmath<contract> : f32
                  %v4517 = llvm.load %v310 : !llvm.ptr -> f32
                  %v4518 = arith.mulf %v4517, %v3153 fastmath<contract> : f32
                  %v4519 = arith.addf %v4518, %v4516 fastmath<contract> : f32
                  %v4520 = arith.mulf %v3229, %v4514 fastmath<contract> : f32
                  %v4521 = arith.mulf %v4517, %v3197 fastmath<contract> : f32
                  %v4522 = arith.addf %v4521, %v4520 fastmath<contract> : f32
                  %v4523 = arith.mulf %v3230, %v4514 fastmath<contract> : f32
                  %v4524 = arith.mulf %v4517, %v3198 fastmath<contract> : f32
                  %v4525 = arith.addf %v4524, %v4523 fastmath<contract> : f32
                  %v4526 = arith.constant 13 : i64
                  %v4527 = arith.muli %v4526, %v3 : i64
                  %v4528 = llvm.getelementptr %in_C_im[%v4527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4529 = llvm.load %v4528 : !llvm.ptr -> f32
                  %v4530 = arith.mulf %v4529, %v3963 fastmath<contract> : f32
                  %v4531 = arith.constant 1 : i64
                  %v4532 = arith.muli %v4531, %v1144 : i64
                  %v4533 = arith.constant 13 : i64
                  %v4534 = arith.muli %v4533, %v3 : i64
                  %v4535 = arith.addi %v4532, %v4534 : i64
                  %v4536 = llvm.getelementptr %in_C_im[%v4535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4537 = llvm.load %v4536 : !llvm.ptr -> f32
                  %v4538 = arith.mulf %v4537, %v3969 fastmath<contract> : f32
                  %v4539 = arith.addf %v4530, %v4538 fastmath<contract> : f32
                  %v4540 = arith.constant 2 : i64
                  %v4541 = arith.muli %v4540, %v1144 : i64
                  %v4542 = arith.constant 13 : i64
                  %v4543 = arith.muli %v4542, %v3 : i64
                  %v4544 = arith.addi %v4541, %v4543 : i64
                  %v4545 = llvm.getelementptr %in_C_im[%v4544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4546 = llvm.load %v4545 : !llvm.ptr -> f32
                  %v4547 = arith.mulf %v4546, %v3976 fastmath<contract> : f32
                  %v4548 = arith.addf %v4539, %v4547 fastmath<contract> : f32
                  %v4549 = arith.constant 3 : i64
                  %v4550 = arith.muli %v4549, %v1144 : i64
                  %v4551 = arith.constant 13 : i64
                  %v4552 = arith.muli %v4551, %v3 : i64
                  %v4553 = arith.addi %v4550, %v4552 : i64
                  %v4554 = llvm.getelementptr %in_C_im[%v4553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4555 = llvm.load %v4554 : !llvm.ptr -> f32
                  %v4556 = arith.mulf %v4555, %v3983 fastmath<contract> : f32
                  %v4557 = arith.addf %v4548, %v4556 fastmath<contract> : f32
                  %v4558 = llvm.load %v249 : !llvm.ptr -> f32
                  %v4559 = arith.mulf %v4558, %v3170 fastmath<contract> : f32
                  %v4560 = arith.addf %v4557, %v4559 fastmath<contract> : f32
                  %v4561 = llvm.load %v312 : !llvm.ptr -> f32
                  %v4562 = arith.mulf %v4561, %v3154 fastmath<contract> : f32
                  %v4563 = arith.addf %v4562, %v4560 fastmath<contract> : f32
                  %v4564 = arith.mulf %v3231, %v4558 fastmath<contract> : f32
                  %v4565 = arith.mulf %v4561, %v3199 fastmath<contract> : f32
                  %v4566 = arith.addf %v4565, %v4564 fastmath<contract> : f32
                  %v4567 = arith.mulf %v3232, %v4558 fastmath<contract> : f32
                  %v4568 = arith.mulf %v4561, %v3200 fastmath<contract> : f32
                  %v4569 = arith.addf %v4568, %v4567 fastmath<contract> : f32
                  %v4570 = arith.constant 14 : i64
                  %v4571 = arith.muli %v4570, %v3 : i64
                  %v4572 = llvm.getelementptr %in_C_im[%v4571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4573 = llvm.load %v4572 : !llvm.ptr -> f32
                  %v4574 = arith.mulf %v4573, %v3963 fastmath<contract> : f32
                  %v4575 = arith.constant 1 : i64
                  %v4576 = arith.muli %v4575, %v1144 : i64
                  %v4577 = arith.constant 14 : i64
                  %v4578 = arith.muli %v4577, %v3 : i64
                  %v4579 = arith.addi %v4576, %v4578 : i64
                  %v4580 = llvm.getelementptr %in_C_im[%v4579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4581 = llvm.load %v4580 : !llvm.ptr -> f32
                  %v4582 = arith.mulf %v4581, %v3969 fastmath<contract> : f32
                  %v4583 = arith.addf %v4574, %v4582 fastmath<contract> : f32
                  %v4584 = arith.constant 2 : i64
                  %v4585 = arith.muli %v4584, %v1144 : i64
                  %v4586 = arith.constant 14 : i64
                  %v4587 = arith.muli %v4586, %v3 : i64
                  %v4588 = arith.addi %v4585, %v4587 : i64
                  %v4589 = llvm.getelementptr %in_C_im[%v4588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4590 = llvm.load %v4589 : !llvm.ptr -> f32
                  %v4591 = arith.mulf %v4590, %v3976 fastmath<contract> : f32
                  %v4592 = arith.addf %v4583, %v4591 fastmath<contract> : f32
                  %v4593 = arith.constant 3 : i64
                  %v4594 = arith.muli %v4593, %v1144 : i64
                  %v4595 = arith.constant 14 : i64
                  %v4596 = arith.muli %v4595, %v3 : i64
                  %v4597 = arith.addi %v4594, %v4596 : i64
                  %v4598 = llvm.getelementptr %in_C_im[%v4597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4599 = llvm.load %v4598 : !llvm.ptr -> f32
                  %v4600 = arith.mulf %v4599, %v3983 fastmath<contract> : f32
                  %v4601 = arith.addf %v4592, %v4600 fastmath<contract> : f32
                  %v4602 = llvm.load %v251 : !llvm.ptr -> f32
                  %v4603 = arith.mulf %v4602, %v3171 fastmath<contract> : f32
                  %v4604 = arith.addf %v4601, %v4603 fastmath<contract> : f32
                  %v4605 = llvm.load %v314 : !llvm.ptr -> f32
                  %v4606 = arith.mulf %v4605, %v3155 fastmath<contract> : f32
                  %v4607 = arith.addf %v4606, %v4604 fastmath<contract> : f32
                  %v4608 = arith.mulf %v3233, %v4602 fastmath<contract> : f32
                  %v4609 = arith.mulf %v4605, %v3201 fastmath<contract> : f32
                  %v4610 = arith.addf %v4609, %v4608 fastmath<contract> : f32
                  %v4611 = arith.mulf %v3234, %v4602 fastmath<contract> : f32
                  %v4612 = arith.mulf %v4605, %v3202 fastmath<contract> : f32
                  %v4613 = arith.addf %v4612, %v4611 fastmath<contract> : f32
                  %v4614 = arith.constant 15 : i64
                  %v4615 = arith.muli %v4614, %v3 : i64
                  %v4616 = llvm.getelementptr %in_C_im[%v4615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4617 = llvm.load %v4616 : !llvm.ptr -> f32
                  %v4618 = arith.mulf %v4617, %v3963 fastmath<contract> : f32
                  %v4619 = arith.constant 1 : i64
                  %v4620 = arith.muli %v4619, %v1144 : i64
                  %v4621 = arith.constant 15 : i64
                  %v4622 = arith.muli %v4621, %v3 : i64
                  %v4623 = arith.addi %v4620, %v4622 : i64
                  %v4624 = llvm.getelementptr %in_C_im[%v4623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4625 = llvm.load %v4624 : !llvm.ptr -> f32
                  %v4626 = arith.mulf %v4625, %v3969 fastmath<contract> : f32
                  %v4627 = arith.addf %v4618, %v4626 fastmath<contract> : f32
                  %v4628 = arith.constant 2 : i64
                  %v4629 = arith.muli %v4628, %v1144 : i64
                  %v4630 = arith.constant 15 : i64
                  %v4631 = arith.muli %v4630, %v3 : i64
                  %v4632 = arith.addi %v4629, %v4631 : i64
                  %v4633 = llvm.getelementptr %in_C_im[%v4632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4634 = llvm.load %v4633 : !llvm.ptr -> f32
                  %v4635 = arith.mulf %v4634, %v3976 fastmath<contract> : f32
                  %v4636 = arith.addf %v4627, %v4635 fastmath<contract> : f32
                  %v4637 = arith.constant 3 : i64
                  %v4638 = arith.muli %v4637, %v1144 : i64
                  %v4639 = arith.constant 15 : i64
                  %v4640 = arith.muli %v4639, %v3 : i64
                  %v4641 = arith.addi %v4638, %v4640 : i64
                  %v4642 = llvm.getelementptr %in_C_im[%v4641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4643 = llvm.load %v4642 : !llvm.ptr -> f32
                  %v4644 = arith.mulf %v4643, %v3983 fastmath<contract> : f32
                  %v4645 = arith.addf %v4636, %v4644 fastmath<contract> : f32
                  %v4646 = llvm.load %v252 : !llvm.ptr -> f32
                  %v4647 = arith.mulf %v4646, %v3172 fastmath<contract> : f32
                  %v4648 = arith.addf %v4645, %v4647 fastmath<contract> : f32
                  %v4649 = llvm.load %v316 : !llvm.ptr -> f32
                  %v4650 = arith.mulf %v4649, %v3156 fastmath<contract> : f32
                  %v4651 = arith.addf %v4650, %v4648 fastmath<contract> : f32
                  %v4652 = arith.mulf %v3235, %v4646 fastmath<contract> : f32
                  %v4653 = arith.mulf %v4649, %v3203 fastmath<contract> : f32
                  %v4654 = arith.addf %v4653, %v4652 fastmath<contract> : f32
                  %v4655 = arith.mulf %v3236, %v4646 fastmath<contract> : f32
                  %v4656 = arith.mulf %v4649, %v3204 fastmath<contract> : f32
                  %v4657 = arith.addf %v4656, %v4655 fastmath<contract> : f32
                  llvm.store %v3293, %v130 : f32, !llvm.ptr
                  llvm.store %v3296, %v933 : f32, !llvm.ptr
                  llvm.store %v3299, %v934 : f32, !llvm.ptr
                  llvm.store %v3337, %v131 : f32, !llvm.ptr
                  llvm.store %v3340, %v935 : f32, !llvm.ptr
                  llvm.store %v3343, %v936 : f32, !llvm.ptr
                  llvm.store %v3381, %v133 : f32, !llvm.ptr
                  llvm.store %v3384, %v937 : f32, !llvm.ptr
                  llvm.store %v3387, %v938 : f32, !llvm.ptr
                  llvm.store %v3425, %v135 : f32, !llvm.ptr
                  llvm.store %v3428, %v939 : f32, !llvm.ptr
                  llvm.store %v3431, %v940 : f32, !llvm.ptr
                  llvm.store %v3469, %v136 : f32, !llvm.ptr
                  llvm.store %v3472, %v941 : f32, !llvm.ptr
                  llvm.store %v3475, %v942 : f32, !llvm.ptr
                  llvm.store %v3513, %v138 : f32, !llvm.ptr
                  llvm.store %v3516, %v943 : f32, !llvm.ptr
                  llvm.store %v3519, %v944 : f32, !llvm.ptr
                  llvm.store %v3557, %v140 : f32, !llvm.ptr
                  llvm.store %v3560, %v945 : f32, !llvm.ptr
                  llvm.store %v3563, %v946 : f32, !llvm.ptr
                  llvm.store %v3601, %v142 : f32, !llvm.ptr
                  llvm.store %v3604, %v947 : f32, !llvm.ptr
                  llvm.store %v3607, %v948 : f32, !llvm.ptr
                  llvm.store %v3645, %v144 : f32, !llvm.ptr
                  llvm.store %v3648, %v949 : f32, !llvm.ptr
                  llvm.store %v3651, %v950 : f32, !llvm.ptr
                  llvm.store %v3689, %v146 : f32, !llvm.ptr
                  llvm.store %v3692, %v951 : f32, !llvm.ptr
                  llvm.store %v3695, %v952 : f32, !llvm.ptr
                  llvm.store %v3733, %v148 : f32, !llvm.ptr
                  llvm.store %v3736, %v953 : f32, !llvm.ptr
                  llvm.store %v3739, %v954 : f32, !llvm.ptr
                  llvm.store %v3777, %v150 : f32, !llvm.ptr
                  llvm.store %v3780, %v955 : f32, !llvm.ptr
                  llvm.store %v3783, %v956 : f32, !llvm.ptr
                  llvm.store %v3821, %v152 : f32, !llvm.ptr
                  llvm.store %v3824, %v957 : f32, !llvm.ptr
                  llvm.store %v3827, %v958 : f32, !llvm.ptr
                  llvm.store %v3865, %v154 : f32, !llvm.ptr
                  llvm.store %v3868, %v959 : f32, !llvm.ptr
                  llvm.store %v3871, %v960 : f32, !llvm.ptr
                  llvm.store %v3909, %v156 : f32, !llvm.ptr
                  llvm.store %v3912, %v961 : f32, !llvm.ptr
                  llvm.store %v3915, %v962 : f32, !llvm.ptr
                  llvm.store %v3953, %v158 : f32, !llvm.ptr
                  llvm.store %v3956, %v963 : f32, !llvm.ptr
                  llvm.store %v3959, %v964 : f32, !llvm.ptr
                  llvm.store %v3991, %v159 : f32, !llvm.ptr
                  llvm.store %v3994, %v965 : f32, !llvm.ptr
                  llvm.store %v3997, %v966 : f32, !llvm.ptr
                  llvm.store %v4035, %v161 : f32, !llvm.ptr
                  llvm.store %v4038, %v967 : f32, !llvm.ptr
                  llvm.store %v4041, %v968 : f32, !llvm.ptr
                  llvm.store %v4079, %v163 : f32, !llvm.ptr
                  llvm.store %v4082, %v969 : f32, !llvm.ptr
                  llvm.store %v4085, %v970 : f32, !llvm.ptr
                  llvm.store %v4123, %v165 : f32, !llvm.ptr
                  llvm.store %v4126, %v971 : f32, !llvm.ptr
                  llvm.store %v4129, %v972 : f32, !llvm.ptr
                  llvm.store %v4167, %v167 : f32, !llvm.ptr
                  llvm.store %v4170, %v973 : f32, !llvm.ptr
                  llvm.store %v4173, %v974 : f32, !llvm.ptr
                  llvm.store %v4211, %v169 : f32, !llvm.ptr
                  llvm.store %v4214, %v975 : f32, !llvm.ptr
                  llvm.store %v4217, %v976 : f32, !llvm.ptr
                  llvm.store %v4255, %v171 : f32, !llvm.ptr
                  llvm.store %v4258, %v977 : f32, !llvm.ptr
                  llvm.store %v4261, %v978 : f32, !llvm.ptr
                  llvm.store %v4299, %v173 : f32, !llvm.ptr
                  llvm.store %v4302, %v979 : f32, !llvm.ptr
                  llvm.store %v4305, %v980 : f32, !llvm.ptr
                  llvm.store %v4343, %v175 : f32, !llvm.ptr
                  llvm.store %v4346, %v981 : f32, !llvm.ptr
                  llvm.store %v4349, %v982 : f32, !llvm.ptr
                  llvm.store %v4387, %v177 : f32, !llvm.ptr
                  llvm.store %v4390, %v983 : f32, !llvm.ptr
                  llvm.store %v4393, %v984 : f32, !llvm.ptr
                  llvm.store %v4431, %v179 : f32, !llvm.ptr
                  llvm.store %v4434, %v985 : f32, !llvm.ptr
                  llvm.store %v4437, %v986 : f32, !llvm.ptr
                  llvm.store %v4475, %v181 : f32, !llvm.ptr
                  llvm.store %v4478, %v987 : f32, !llvm.ptr
                  llvm.store %v4481, %v988 : f32, !llvm.ptr
                  llvm.store %v4519, %v183 : f32, !llvm.ptr
                  llvm.store %v4522, %v989 : f32, !llvm.ptr
                  llvm.store %v4525, %v990 : f32, !llvm.ptr
                  llvm.store %v4563, %v185 : f32, !llvm.ptr
                  llvm.store %v4566, %v991 : f32, !llvm.ptr
                  llvm.store %v4569, %v992 : f32, !llvm.ptr
                  llvm.store %v4607, %v187 : f32, !llvm.ptr
                  llvm.store %v4610, %v993 : f32, !llvm.ptr
                  llvm.store %v4613, %v994 : f32, !llvm.ptr
                  llvm.store %v4651, %v189 : f32, !llvm.ptr
                  llvm.store %v4654, %v995 : f32, !llvm.ptr
                  llvm.store %v4657, %v996 : f32, !llvm.ptr
                  scf.if %v3139 {
                  }
                  %v4658 = arith.constant 0 : i64
                  %v4659 = llvm.getelementptr %in_lam_re[%v4658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4660 = llvm.load %v4659 : !llvm.ptr -> f32
                  %v4661 = arith.constant 0 : i64
                  %v4662 = llvm.getelementptr %in_log_dt[%v4661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4663 = llvm.load %v4662 : !llvm.ptr -> f32
                  %v4664 = arith.mulf %v4663, %v2574 fastmath<contract> : f32
                  %v4665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4664) : (f32) -> f32
                  %v4666 = arith.mulf %v4660, %v4665 fastmath<contract> : f32
                  %v4667 = arith.mulf %v4666, %v2574 fastmath<contract> : f32
                  %v4668 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4667) : (f32) -> f32
                  %v4669 = arith.constant 0 : i64
                  %v4670 = llvm.getelementptr %in_lam_im[%v4669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4671 = llvm.load %v4670 : !llvm.ptr -> f32
                  %v4672 = arith.mulf %v4671, %v4665 fastmath<contract> : f32
                  %v4673 = arith.mulf %v4672, %v2584 fastmath<contract> : f32
                  %v4674 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4673) : (f32) -> f32
                  %v4675 = arith.mulf %v4674, %v2587 fastmath<contract> : f32
                  %v4676 = arith.subf %v4672, %v4675 fastmath<contract> : f32
                  %v4677 = arith.mulf %v4674, %v2588 fastmath<contract> : f32
                  %v4678 = arith.subf %v4676, %v4677 fastmath<contract> : f32
                  %v4679 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4678) : (f32) -> f32
                  %v4680 = arith.mulf %v4668, %v4679 fastmath<contract> : f32
                  llvm.store %v4680, %v191 : f32, !llvm.ptr
                  %v4681 = arith.mulf %v4672, %v2584 fastmath<contract> : f32
                  %v4682 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4681) : (f32) -> f32
                  %v4683 = arith.mulf %v4682, %v2587 fastmath<contract> : f32
                  %v4684 = arith.subf %v4672, %v4683 fastmath<contract> : f32
                  %v4685 = arith.mulf %v4682, %v2588 fastmath<contract> : f32
                  %v4686 = arith.subf %v4684, %v4685 fastmath<contract> : f32
                  %v4687 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4686) : (f32) -> f32
                  %v4688 = arith.mulf %v4668, %v4687 fastmath<contract> : f32
                  llvm.store %v4688, %v254 : f32, !llvm.ptr
                  %v4689 = arith.constant 1 : i64
                  %v4690 = arith.muli %v4689, %v3 : i64
                  %v4691 = llvm.getelementptr %in_lam_re[%v4690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4692 = llvm.load %v4691 : !llvm.ptr -> f32
                  %v4693 = arith.constant 1 : i64
                  %v4694 = arith.muli %v4693, %v3 : i64
                  %v4695 = llvm.getelementptr %in_log_dt[%v4694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4696 = llvm.load %v4695 : !llvm.ptr -> f32
                  %v4697 = arith.mulf %v4696, %v2574 fastmath<contract> : f32
                  %v4698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4697) : (f32) -> f32
                  %v4699 = arith.mulf %v4692, %v4698 fastmath<contract> : f32
                  %v4700 = arith.mulf %v4699, %v2574 fastmath<contract> : f32
                  %v4701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4700) : (f32) -> f32
                  %v4702 = arith.constant 1 : i64
                  %v4703 = arith.muli %v4702, %v3 : i64
                  %v4704 = llvm.getelementptr %in_lam_im[%v4703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4705 = llvm.load %v4704 : !llvm.ptr -> f32
                  %v4706 = arith.mulf %v4705, %v4698 fastmath<contract> : f32
                  %v4707 = arith.mulf %v4706, %v2584 fastmath<contract> : f32
                  %v4708 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4707) : (f32) -> f32
                  %v4709 = arith.mulf %v4708, %v2587 fastmath<contract> : f32
                  %v4710 = arith.subf %v4706, %v4709 fastmath<contract> : f32
                  %v4711 = arith.mulf %v4708, %v2588 fastmath<contract> : f32
                  %v4712 = arith.subf %v4710, %v4711 fastmath<contract> : f32
                  %v4713 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4712) : (f32) -> f32
                  %v4714 = arith.mulf %v4701, %v4713 fastmath<contract> : f32
                  llvm.store %v4714, %v193 : f32, !llvm.ptr
                  %v4715 = arith.mulf %v4706, %v2584 fastmath<contract> : f32
                  %v4716 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4715) : (f32) -> f32
                  %v4717 = arith.mulf %v4716, %v2587 fastmath<contract> : f32
                  %v4718 = arith.subf %v4706, %v4717 fastmath<contract> : f32
                  %v4719 = arith.mulf %v4716, %v2588 fastmath<contract> : f32
                  %v4720 = arith.subf %v4718, %v4719 fastmath<contract> : f32
                  %v4721 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4720) : (f32) -> f32
                  %v4722 = arith.mulf %v4701, %v4721 fastmath<contract> : f32
                  llvm.store %v4722, %v256 : f32, !llvm.ptr
                  %v4723 = arith.constant 2 : i64
                  %v4724 = arith.muli %v4723, %v3 : i64
                  %v4725 = llvm.getelementptr %in_lam_re[%v4724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4726 = llvm.load %v4725 : !llvm.ptr -> f32
                  %v4727 = arith.constant 2 : i64
                  %v4728 = arith.muli %v4727, %v3 : i64
                  %v4729 = llvm.getelementptr %in_log_dt[%v4728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4730 = llvm.load %v4729 : !llvm.ptr -> f32
                  %v4731 = arith.mulf %v4730, %v2574 fastmath<contract> : f32
                  %v4732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4731) : (f32) -> f32
                  %v4733 = arith.mulf %v4726, %v4732 fastmath<contract> : f32
                  %v4734 = arith.mulf %v4733, %v2574 fastmath<contract> : f32
                  %v4735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4734) : (f32) -> f32
                  %v4736 = arith.constant 2 : i64
                  %v4737 = arith.muli %v4736, %v3 : i64
                  %v4738 = llvm.getelementptr %in_lam_im[%v4737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4739 = llvm.load %v4738 : !llvm.ptr -> f32
                  %v4740 = arith.mulf %v4739, %v4732 fastmath<contract> : f32
                  %v4741 = arith.mulf %v4740, %v2584 fastmath<contract> : f32
                  %v4742 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4741) : (f32) -> f32
                  %v4743 = arith.mulf %v4742, %v2587 fastmath<contract> : f32
                  %v4744 = arith.subf %v4740, %v4743 fastmath<contract> : f32
                  %v4745 = arith.mulf %v4742, %v2588 fastmath<contract> : f32
                  %v4746 = arith.subf %v4744, %v4745 fastmath<contract> : f32
                  %v4747 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4746) : (f32) -> f32
                  %v4748 = arith.mulf %v4735, %v4747 fastmath<contract> : f32
                  llvm.store %v4748, %v195 : f32, !llvm.ptr
                  %v4749 = arith.mulf %v4740, %v2584 fastmath<contract> : f32
                  %v4750 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4749) : (f32) -> f32
                  %v4751 = arith.mulf %v4750, %v2587 fastmath<contract> : f32
                  %v4752 = arith.subf %v4740, %v4751 fastmath<contract> : f32
                  %v4753 = arith.mulf %v4750, %v2588 fastmath<contract> : f32
                  %v4754 = arith.subf %v4752, %v4753 fastmath<contract> : f32
                  %v4755 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4754) : (f32) -> f32
                  %v4756 = arith.mulf %v4735, %v4755 fastmath<contract> : f32
                  llvm.store %v4756, %v258 : f32, !llvm.ptr
                  %v4757 = arith.constant 3 : i64
                  %v4758 = arith.muli %v4757, %v3 : i64
                  %v4759 = llvm.getelementptr %in_lam_re[%v4758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4760 = llvm.load %v4759 : !llvm.ptr -> f32
                  %v4761 = arith.constant 3 : i64
                  %v4762 = arith.muli %v4761, %v3 : i64
                  %v4763 = llvm.getelementptr %in_log_dt[%v4762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4764 = llvm.load %v4763 : !llvm.ptr -> f32
                  %v4765 = arith.mulf %v4764, %v2574 fastmath<contract> : f32
                  %v4766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4765) : (f32) -> f32
                  %v4767 = arith.mulf %v4760, %v4766 fastmath<contract> : f32
                  %v4768 = arith.mulf %v4767, %v2574 fastmath<contract> : f32
                  %v4769 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4768) : (f32) -> f32
                  %v4770 = arith.constant 3 : i64
                  %v4771 = arith.muli %v4770, %v3 : i64
                  %v4772 = llvm.getelementptr %in_lam_im[%v4771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4773 = llvm.load %v4772 : !llvm.ptr -> f32
                  %v4774 = arith.mulf %v4773, %v4766 fastmath<contract> : f32
                  %v4775 = arith.mulf %v4774, %v2584 fastmath<contract> : f32
                  %v4776 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4775) : (f32) -> f32
                  %v4777 = arith.mulf %v4776, %v2587 fastmath<contract> : f32
                  %v4778 = arith.subf %v4774, %v4777 fastmath<contract> : f32
                  %v4779 = arith.mulf %v4776, %v2588 fastmath<contract> : f32
                  %v4780 = arith.subf %v4778, %v4779 fastmath<contract> : f32
                  %v4781 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4780) : (f32) -> f32
                  %v4782 = arith.mulf %v4769, %v4781 fastmath<contract> : f32
                  llvm.store %v4782, %v197 : f32, !llvm.ptr
                  %v4783 = arith.mulf %v4774, %v2584 fastmath<contract> : f32
                  %v4784 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4783) : (f32) -> f32
                  %v4785 = arith.mulf %v4784, %v2587 fastmath<contract> : f32
                  %v4786 = arith.subf %v4774, %v4785 fastmath<contract> : f32
                  %v4787 = arith.mulf %v4784, %v2588 fastmath<contract> : f32
                  %v4788 = arith.subf %v4786, %v4787 fastmath<contract> : f32
                  %v4789 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4788) : (f32) -> f32
                  %v4790 = arith.mulf %v4769, %v4789 fastmath<contract> : f32
                  llvm.store %v4790, %v260 : f32, !llvm.ptr
                  %v4791 = arith.constant 4 : i64
                  %v4792 = arith.muli %v4791, %v3 : i64
                  %v4793 = llvm.getelementptr %in_lam_re[%v4792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4794 = llvm.load %v4793 : !llvm.ptr -> f32
                  %v4795 = arith.constant 4 : i64
                  %v4796 = arith.muli %v4795, %v3 : i64
                  %v4797 = llvm.getelementptr %in_log_dt[%v4796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4798 = llvm.load %v4797 : !llvm.ptr -> f32
                  %v4799 = arith.mulf %v4798, %v2574 fastmath<contract> : f32
                  %v4800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4799) : (f32) -> f32
                  %v4801 = arith.mulf %v4794, %v4800 fastmath<contract> : f32
                  %v4802 = arith.mulf %v4801, %v2574 fastmath<contract> : f32
                  %v4803 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4802) : (f32) -> f32
                  %v4804 = arith.constant 4 : i64
                  %v4805 = arith.muli %v4804, %v3 : i64
                  %v4806 = llvm.getelementptr %in_lam_im[%v4805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4807 = llvm.load %v4806 : !llvm.ptr -> f32
                  %v4808 = arith.mulf %v4807, %v4800 fastmath<contract> : f32
                  %v4809 = arith.mulf %v4808, %v2584 fastmath<contract> : f32
                  %v4810 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4809) : (f32) -> f32
                  %v4811 = arith.mulf %v4810, %v2587 fastmath<contract> : f32
                  %v4812 = arith.subf %v4808, %v4811 fastmath<contract> : f32
                  %v4813 = arith.mulf %v4810, %v2588 fastmath<contract> : f32
                  %v4814 = arith.subf %v4812, %v4813 fastmath<contract> : f32
                  %v4815 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4814) : (f32) -> f32
                  %v4816 = arith.mulf %v4803, %v4815 fastmath<contract> : f32
                  llvm.store %v4816, %v199 : f32, !llvm.ptr
                  %v4817 = arith.mulf %v4808, %v2584 fastmath<contract> : f32
                  %v4818 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4817) : (f32) -> f32
                  %v4819 = arith.mulf %v4818, %v2587 fastmath<contract> : f32
                  %v4820 = arith.subf %v4808, %v4819 fastmath<contract> : f32
                  %v4821 = arith.mulf %v4818, %v2588 fastmath<contract> : f32
                  %v4822 = arith.subf %v4820, %v4821 fastmath<contract> : f32
                  %v4823 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4822) : (f32) -> f32
                  %v4824 = arith.mulf %v4803, %v4823 fastmath<contract> : f32
                  llvm.store %v4824, %v262 : f32, !llvm.ptr
                  %v4825 = arith.constant 5 : i64
                  %v4826 = arith.muli %v4825, %v3 : i64
                  %v4827 = llvm.getelementptr %in_lam_re[%v4826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4828 = llvm.load %v4827 : !llvm.ptr -> f32
                  %v4829 = arith.constant 5 : i64
                  %v4830 = arith.muli %v4829, %v3 : i64
                  %v4831 = llvm.getelementptr %in_log_dt[%v4830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4832 = llvm.load %v4831 : !llvm.ptr -> f32
                  %v4833 = arith.mulf %v4832, %v2574 fastmath<contract> : f32
                  %v4834 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4833) : (f32) -> f32
                  %v4835 = arith.mulf %v4828, %v4834 fastmath<contract> : f32
                  %v4836 = arith.mulf %v4835, %v2574 fastmath<contract> : f32
                  %v4837 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4836) : (f32) -> f32
                  %v4838 = arith.constant 5 : i64
                  %v4839 = arith.muli %v4838, %v3 : i64
                  %v4840 = llvm.getelementptr %in_lam_im[%v4839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4841 = llvm.load %v4840 : !llvm.ptr -> f32
                  %v4842 = arith.mulf %v4841, %v4834 fastmath<contract> : f32
                  %v4843 = arith.mulf %v4842, %v2584 fastmath<contract> : f32
                  %v4844 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4843) : (f32) -> f32
                  %v4845 = arith.mulf %v4844, %v2587 fastmath<contract> : f32
                  %v4846 = arith.subf %v4842, %v4845 fastmath<contract> : f32
                  %v4847 = arith.mulf %v4844, %v2588 fastmath<contract> : f32
                  %v4848 = arith.subf %v4846, %v4847 fastmath<contract> : f32
                  %v4849 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4848) : (f32) -> f32
                  %v4850 = arith.mulf %v4837, %v4849 fastmath<contract> : f32
                  llvm.store %v4850, %v201 : f32, !llvm.ptr
                  %v4851 = arith.mulf %v4842, %v2584 fastmath<contract> : f32
                  %v4852 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4851) : (f32) -> f32
                  %v4853 = arith.mulf %v4852, %v2587 fastmath<contract> : f32
                  %v4854 = arith.subf %v4842, %v4853 fastmath<contract> : f32
                  %v4855 = arith.mulf %v4852, %v2588 fastmath<contract> : f32
                  %v4856 = arith.subf %v4854, %v4855 fastmath<contract> : f32
                  %v4857 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4856) : (f32) -> f32
                  %v4858 = arith.mulf %v4837, %v4857 fastmath<contract> : f32
                  llvm.store %v4858, %v264 : f32, !llvm.ptr
                  %v4859 = arith.constant 6 : i64
                  %v4860 = arith.muli %v4859, %v3 : i64
                  %v4861 = llvm.getelementptr %in_lam_re[%v4860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4862 = llvm.load %v4861 : !llvm.ptr -> f32
                  %v4863 = arith.constant 6 : i64
                  %v4864 = arith.muli %v4863, %v3 : i64
                  %v4865 = llvm.getelementptr %in_log_dt[%v4864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4866 = llvm.load %v4865 : !llvm.ptr -> f32
                  %v4867 = arith.mulf %v4866, %v2574 fastmath<contract> : f32
                  %v4868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4867) : (f32) -> f32
                  %v4869 = arith.mulf %v4862, %v4868 fastmath<contract> : f32
                  %v4870 = arith.mulf %v4869, %v2574 fastmath<contract> : f32
                  %v4871 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4870) : (f32) -> f32
                  %v4872 = arith.constant 6 : i64
                  %v4873 = arith.muli %v4872, %v3 : i64
                  %v4874 = llvm.getelementptr %in_lam_im[%v4873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4875 = llvm.load %v4874 : !llvm.ptr -> f32
                  %v4876 = arith.mulf %v4875, %v4868 fastmath<contract> : f32
                  %v4877 = arith.mulf %v4876, %v2584 fastmath<contract> : f32
                  %v4878 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4877) : (f32) -> f32
                  %v4879 = arith.mulf %v4878, %v2587 fastmath<contract> : f32
                  %v4880 = arith.subf %v4876, %v4879 fastmath<contract> : f32
                  %v4881 = arith.mulf %v4878, %v2588 fastmath<contract> : f32
                  %v4882 = arith.subf %v4880, %v4881 fastmath<contract> : f32
                  %v4883 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4882) : (f32) -> f32
                  %v4884 = arith.mulf %v4871, %v4883 fastmath<contract> : f32
                  llvm.store %v4884, %v203 : f32, !llvm.ptr
                  %v4885 = arith.mulf %v4876, %v2584 fastmath<contract> : f32
                  %v4886 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4885) : (f32) -> f32
                  %v4887 = arith.mulf %v4886, %v2587 fastmath<contract> : f32
                  %v4888 = arith.subf %v4876, %v4887 fastmath<contract> : f32
                  %v4889 = arith.mulf %v4886, %v2588 fastmath<contract> : f32
                  %v4890 = arith.subf %v4888, %v4889 fastmath<contract> : f32
                  %v4891 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4890) : (f32) -> f32
                  %v4892 = arith.mulf %v4871, %v4891 fastmath<contract> : f32
                  llvm.store %v4892, %v266 : f32, !llvm.ptr
                  %v4893 = arith.constant 7 : i64
                  %v4894 = arith.muli %v4893, %v3 : i64
                  %v4895 = llvm.getelementptr %in_lam_re[%v4894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4896 = llvm.load %v4895 : !llvm.ptr -> f32
                  %v4897 = arith.constant 7 : i64
                  %v4898 = arith.muli %v4897, %v3 : i64
                  %v4899 = llvm.getelementptr %in_log_dt[%v4898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4900 = llvm.load %v4899 : !llvm.ptr -> f32
                  %v4901 = arith.mulf %v4900, %v2574 fastmath<contract> : f32
                  %v4902 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4901) : (f32) -> f32
                  %v4903 = arith.mulf %v4896, %v4902 fastmath<contract> : f32
                  %v4904 = arith.mulf %v4903, %v2574 fastmath<contract> : f32
                  %v4905 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4904) : (f32) -> f32
                  %v4906 = arith.constant 7 : i64
                  %v4907 = arith.muli %v4906, %v3 : i64
                  %v4908 = llvm.getelementptr %in_lam_im[%v4907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4909 = llvm.load %v4908 : !llvm.ptr -> f32
                  %v4910 = arith.mulf %v4909, %v4902 fastmath<contract> : f32
                  %v4911 = arith.mulf %v4910, %v2584 fastmath<contract> : f32
                  %v4912 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4911) : (f32) -> f32
                  %v4913 = arith.mulf %v4912, %v2587 fastmath<contract> : f32
                  %v4914 = arith.subf %v4910, %v4913 fastmath<contract> : f32
                  %v4915 = arith.mulf %v4912, %v2588 fastmath<contract> : f32
                  %v4916 = arith.subf %v4914, %v4915 fastmath<contract> : f32
                  %v4917 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4916) : (f32) -> f32
                  %v4918 = arith.mulf %v4905, %v4917 fastmath<contract> : f32
                  llvm.store %v4918, %v205 : f32, !llvm.ptr
                  %v4919 = arith.mulf %v4910, %v2584 fastmath<contract> : f32
                  %v4920 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4919) : (f32) -> f32
                  %v4921 = arith.mulf %v4920, %v2587 fastmath<contract> : f32
                  %v4922 = arith.subf %v4910, %v4921 fastmath<contract> : f32
                  %v4923 = arith.mulf %v4920, %v2588 fastmath<contract> : f32
                  %v4924 = arith.subf %v4922, %v4923 fastmath<contract> : f32
                  %v4925 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4924) : (f32) -> f32
                  %v4926 = arith.mulf %v4905, %v4925 fastmath<contract> : f32
                  llvm.store %v4926, %v268 : f32, !llvm.ptr
                  %v4927 = arith.constant 8 : i64
                  %v4928 = arith.muli %v4927, %v3 : i64
                  %v4929 = llvm.getelementptr %in_lam_re[%v4928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4930 = llvm.load %v4929 : !llvm.ptr -> f32
                  %v4931 = arith.constant 8 : i64
                  %v4932 = arith.muli %v4931, %v3 : i64
                  %v4933 = llvm.getelementptr %in_log_dt[%v4932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4934 = llvm.load %v4933 : !llvm.ptr -> f32
                  %v4935 = arith.mulf %v4934, %v2574 fastmath<contract> : f32
                  %v4936 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4935) : (f32) -> f32
                  %v4937 = arith.mulf %v4930, %v4936 fastmath<contract> : f32
                  %v4938 = arith.mulf %v4937, %v2574 fastmath<contract> : f32
                  %v4939 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4938) : (f32) -> f32
                  %v4940 = arith.constant 8 : i64
                  %v4941 = arith.muli %v4940, %v3 : i64
                  %v4942 = llvm.getelementptr %in_lam_im[%v4941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4943 = llvm.load %v4942 : !llvm.ptr -> f32
                  %v4944 = arith.mulf %v4943, %v4936 fastmath<contract> : f32
                  %v4945 = arith.mulf %v4944, %v2584 fastmath<contract> : f32
                  %v4946 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4945) : (f32) -> f32
                  %v4947 = arith.mulf %v4946, %v2587 fastmath<contract> : f32
                  %v4948 = arith.subf %v4944, %v4947 fastmath<contract> : f32
                  %v4949 = arith.mulf %v4946, %v2588 fastmath<contract> : f32
                  %v4950 = arith.subf %v4948, %v4949 fastmath<contract> : f32
                  %v4951 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4950) : (f32) -> f32
                  %v4952 = arith.mulf %v4939, %v4951 fastmath<contract> : f32
                  llvm.store %v4952, %v207 : f32, !llvm.ptr
                  %v4953 = arith.mulf %v4944, %v2584 fastmath<contract> : f32
                  %v4954 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4953) : (f32) -> f32
                  %v4955 = arith.mulf %v4954, %v2587 fastmath<contract> : f32
                  %v4956 = arith.subf %v4944, %v4955 fastmath<contract> : f32
                  %v4957 = arith.mulf %v4954, %v2588 fastmath<contract> : f32
                  %v4958 = arith.subf %v4956, %v4957 fastmath<contract> : f32
                  %v4959 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4958) : (f32) -> f32
                  %v4960 = arith.mulf %v4939, %v4959 fastmath<contract> : f32
                  llvm.store %v4960, %v270 : f32, !llvm.ptr
                  %v4961 = arith.constant 9 : i64
                  %v4962 = arith.muli %v4961, %v3 : i64
                  %v4963 = llvm.getelementptr %in_lam_re[%v4962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4964 = llvm.load %v4963 : !llvm.ptr -> f32
                  %v4965 = arith.constant 9 : i64
                  %v4966 = arith.muli %v4965, %v3 : i64
                  %v4967 = llvm.getelementptr %in_log_dt[%v4966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4968 = llvm.load %v4967 : !llvm.ptr -> f32
                  %v4969 = arith.mulf %v4968, %v2574 fastmath<contract> : f32
                  %v4970 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4969) : (f32) -> f32
                  %v4971 = arith.mulf %v4964, %v4970 fastmath<contract> : f32
                  %v4972 = arith.mulf %v4971, %v2574 fastmath<contract> : f32
                  %v4973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4972) : (f32) -> f32
                  %v4974 = arith.constant 9 : i64
                  %v4975 = arith.muli %v4974, %v3 : i64
                  %v4976 = llvm.getelementptr %in_lam_im[%v4975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4977 = llvm.load %v4976 : !llvm.ptr -> f32
                  %v4978 = arith.mulf %v4977, %v4970 fastmath<contract> : f32
                  %v4979 = arith.mulf %v4978, %v2584 fastmath<contract> : f32
                  %v4980 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4979) : (f32) -> f32
                  %v4981 = arith.mulf %v4980, %v2587 fastmath<contract> : f32
                  %v4982 = arith.subf %v4978, %v4981 fastmath<contract> : f32
                  %v4983 = arith.mulf %v4980, %v2588 fastmath<contract> : f32
                  %v4984 = arith.subf %v4982, %v4983 fastmath<contract> : f32
                  %v4985 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4984) : (f32) -> f32
                  %v4986 = arith.mulf %v4973, %v4985 fastmath<contract> : f32
                  llvm.store %v4986, %v209 : f32, !llvm.ptr
                  %v4987 = arith.mulf %v4978, %v2584 fastmath<contract> : f32
                  %v4988 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4987) : (f32) -> f32
                  %v4989 = arith.mulf %v4988, %v2587 fastmath<contract> : f32
                  %v4990 = arith.subf %v4978, %v4989 fastmath<contract> : f32
                  %v4991 = arith.mulf %v4988, %v2588 fastmath<contract> : f32
                  %v4992 = arith.subf %v4990, %v4991 fastmath<contract> : f32
                  %v4993 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4992) : (f32) -> f32
                  %v4994 = arith.mulf %v4973, %v4993 fastmath<contract> : f32
                  llvm.store %v4994, %v272 : f32, !llvm.ptr
                  %v4995 = arith.constant 10 : i64
                  %v4996 = arith.muli %v4995, %v3 : i64
                  %v4997 = llvm.getelementptr %in_lam_re[%v4996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4998 = llvm.load %v4997 : !llvm.ptr -> f32
                  %v4999 = arith.constant 10 : i64
                  %v5000 = arith.muli %v4999, %v3 : i64
                  %v5001 = llvm.getelementptr %in_log_dt[%v5000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5002 = llvm.load %v5001 : !llvm.ptr -> f32
                  %v5003 = arith.mulf %v5002, %v2574 fastmath<contract> : f32
                  %v5004 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5003) : (f32) -> f32
                  %v5005 = arith.mulf %v4998, %v5004 fastmath<contract> : f32
                  %v5006 = arith.mulf %v5005, %v2574 fastmath<contract> : f32
                  %v5007 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5006) : (f32) -> f32
                  %v5008 = arith.constant 10 : i64
                  %v5009 = arith.muli %v5008, %v3 : i64
                  %v5010 = llvm.getelementptr %in_lam_im[%v5009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5011 = llvm.load %v5010 : !llvm.ptr -> f32
                  %v5012 = arith.mulf %v5011, %v5004 fastmath<contract> : f32
                  %v5013 = arith.mulf %v5012, %v2584 fastmath<contract> : f32
                  %v5014 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5013) : (f32) -> f32
                  %v5015 = arith.mulf %v5014, %v2587 fastmath<contract> : f32
                  %v5016 = arith.subf %v5012, %v5015 fastmath<contract> : f32
                  %v5017 = arith.mulf %v5014, %v2588 fastmath<contract> : f32
                  %v5018 = arith.subf %v5016, %v5017 fastmath<contract> : f32
                  %v5019 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5018) : (f32) -> f32
                  %v5020 = arith.mulf %v5007, %v5019 fastmath<contract> : f32
                  llvm.store %v5020, %v211 : f32, !llvm.ptr
                  %v5021 = arith.mulf %v5012, %v2584 fastmath<contract> : f32
                  %v5022 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5021) : (f32) -> f32
                  %v5023 = arith.mulf %v5022, %v2587 fastmath<contract> : f32
                  %v5024 = arith.subf %v5012, %v5023 fastmath<contract> : f32
                  %v5025 = arith.mulf %v5022, %v2588 fastmath<contract> : f32
                  %v5026 = arith.subf %v5024, %v5025 fastmath<contract> : f32
                  %v5027 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5026) : (f32) -> f32
                  %v5028 = arith.mulf %v5007, %v5027 fastmath<contract> : f32
                  llvm.store %v5028, %v274 : f32, !llvm.ptr
                  %v5029 = arith.constant 11 : i64
                  %v5030 = arith.muli %v5029, %v3 : i64
                  %v5031 = llvm.getelementptr %in_lam_re[%v5030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5032 = llvm.load %v5031 : !llvm.ptr -> f32
                  %v5033 = arith.constant 11 : i64
                  %v5034 = arith.muli %v5033, %v3 : i64
                  %v5035 = llvm.getelementptr %in_log_dt[%v5034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5036 = llvm.load %v5035 : !llvm.ptr -> f32
                  %v5037 = arith.mulf %v5036, %v2574 fastmath<contract> : f32
                  %v5038 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5037) : (f32) -> f32
                  %v5039 = arith.mulf %v5032, %v5038 fastmath<contract> : f32
                  %v5040 = arith.mulf %v5039, %v2574 fastmath<contract> : f32
                  %v5041 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5040) : (f32) -> f32
                  %v5042 = arith.constant 11 : i64
                  %v5043 = arith.muli %v5042, %v3 : i64
                  %v5044 = llvm.getelementptr %in_lam_im[%v5043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5045 = llvm.load %v5044 : !llvm.ptr -> f32
                  %v5046 = arith.mulf %v5045, %v5038 fastmath<contract> : f32
                  %v5047 = arith.mulf %v5046, %v2584 fastmath<contract> : f32
                  %v5048 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5047) : (f32) -> f32
                  %v5049 = arith.mulf %v5048, %v2587 fastmath<contract> : f32
                  %v5050 = arith.subf %v5046, %v5049 fastmath<contract> : f32
                  %v5051 = arith.mulf %v5048, %v2588 fastmath<contract> : f32
                  %v5052 = arith.subf %v5050, %v5051 fastmath<contract> : f32
                  %v5053 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5052) : (f32) -> f32
                  %v5054 = arith.mulf %v5041, %v5053 fastmath<contract> : f32
                  llvm.store %v5054, %v213 : f32, !llvm.ptr
                  %v5055 = arith.mulf %v5046, %v2584 fastmath<contract> : f32
                  %v5056 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5055) : (f32) -> f32
                  %v5057 = arith.mulf %v5056, %v2587 fastmath<contract> : f32
                  %v5058 = arith.subf %v5046, %v5057 fastmath<contract> : f32
                  %v5059 = arith.mulf %v5056, %v2588 fastmath<contract> : f32
                  %v5060 = arith.subf %v5058, %v5059 fastmath<contract> : f32
                  %v5061 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5060) : (f32) -> f32
                  %v5062 = arith.mulf %v5041, %v5061 fastmath<contract> : f32
                  llvm.store %v5062, %v276 : f32, !llvm.ptr
                  %v5063 = arith.constant 12 : i64
                  %v5064 = arith.muli %v5063, %v3 : i64
                  %v5065 = llvm.getelementptr %in_lam_re[%v5064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5066 = llvm.load %v5065 : !llvm.ptr -> f32
                  %v5067 = arith.constant 12 : i64
                  %v5068 = arith.muli %v5067, %v3 : i64
                  %v5069 = llvm.getelementptr %in_log_dt[%v5068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5070 = llvm.load %v5069 : !llvm.ptr -> f32
                  %v5071 = arith.mulf %v5070, %v2574 fastmath<contract> : f32
                  %v5072 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5071) : (f32) -> f32
                  %v5073 = arith.mulf %v5066, %v5072 fastmath<contract> : f32
                  %v5074 = arith.mulf %v5073, %v2574 fastmath<contract> : f32
                  %v5075 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5074) : (f32) -> f32
                  %v5076 = arith.constant 12 : i64
                  %v5077 = arith.muli %v5076, %v3 : i64
                  %v5078 = llvm.getelementptr %in_lam_im[%v5077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5079 = llvm.load %v5078 : !llvm.ptr -> f32
                  %v5080 = arith.mulf %v5079, %v5072 fastmath<contract> : f32
                  %v5081 = arith.mulf %v5080, %v2584 fastmath<contract> : f32
                  %v5082 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5081) : (f32) -> f32
                  %v5083 = arith.mulf %v5082, %v2587 fastmath<contract> : f32
                  %v5084 = arith.subf %v5080, %v5083 fastmath<contract> : f32
                  %v5085 = arith.mulf %v5082, %v2588 fastmath<contract> : f32
                  %v5086 = arith.subf %v5084, %v5085 fastmath<contract> : f32
                  %v5087 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5086) : (f32) -> f32
                  %v5088 = arith.mulf %v5075, %v5087 fastmath<contract> : f32
                  llvm.store %v5088, %v215 : f32, !llvm.ptr
                  %v5089 = arith.mulf %v5080, %v2584 fastmath<contract> : f32
                  %v5090 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5089) : (f32) -> f32
                  %v5091 = arith.mulf %v5090, %v2587 fastmath<contract> : f32
                  %v5092 = arith.subf %v5080, %v5091 fastmath<contract> : f32
                  %v5093 = arith.mulf %v5090, %v2588 fastmath<contract> : f32
                  %v5094 = arith.subf %v5092, %v5093 fastmath<contract> : f32
                  %v5095 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5094) : (f32) -> f32
                  %v5096 = arith.mulf %v5075, %v5095 fastmath<contract> : f32
                  llvm.store %v5096, %v278 : f32, !llvm.ptr
                  %v5097 = arith.constant 13 : i64
                  %v5098 = arith.muli %v5097, %v3 : i64
                  %v5099 = llvm.getelementptr %in_lam_re[%v5098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5100 = llvm.load %v5099 : !llvm.ptr -> f32
                  %v5101 = arith.constant 13 : i64
                  %v5102 = arith.muli %v5101, %v3 : i64
                  %v5103 = llvm.getelementptr %in_log_dt[%v5102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5104 = llvm.load %v5103 : !llvm.ptr -> f32
                  %v5105 = arith.mulf %v5104, %v2574 fastmath<contract> : f32
                  %v5106 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5105) : (f32) -> f32
                  %v5107 = arith.mulf %v5100, %v5106 fastmath<contract> : f32
                  %v5108 = arith.mulf %v5107, %v2574 fastmath<contract> : f32
                  %v5109 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5108) : (f32) -> f32
                  %v5110 = arith.constant 13 : i64
                  %v5111 = arith.muli %v5110, %v3 : i64
                  %v5112 = llvm.getelementptr %in_lam_im[%v5111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5113 = llvm.load %v5112 : !llvm.ptr -> f32
                  %v5114 = arith.mulf %v5113, %v5106 fastmath<contract> : f32
                  %v5115 = arith.mulf %v5114, %v2584 fastmath<contract> : f32
                  %v5116 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5115) : (f32) -> f32
                  %v5117 = arith.mulf %v5116, %v2587 fastmath<contract> : f32
                  %v5118 = arith.subf %v5114, %v5117 fastmath<contract> : f32
                  %v5119 = arith.mulf %v5116, %v2588 fastmath<contract> : f32
                  %v5120 = arith.subf %v5118, %v5119 fastmath<contract> : f32
                  %v5121 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5120) : (f32) -> f32
                  %v5122 = arith.mulf %v5109, %v5121 fastmath<contract> : f32
                  llvm.store %v5122, %v217 : f32, !llvm.ptr
                  %v5123 = arith.mulf %v5114, %v2584 fastmath<contract> : f32
                  %v5124 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5123) : (f32) -> f32
                  %v5125 = arith.mulf %v5124, %v2587 fastmath<contract> : f32
                  %v5126 = arith.subf %v5114, %v5125 fastmath<contract> : f32
                  %v5127 = arith.mulf %v5124, %v2588 fastmath<contract> : f32
                  %v5128 = arith.subf %v5126, %v5127 fastmath<contract> : f32
                  %v5129 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5128) : (f32) -> f32
                  %v5130 = arith.mulf %v5109, %v5129 fastmath<contract> : f32
                  llvm.store %v5130, %v280 : f32, !llvm.ptr
                  %v5131 = arith.constant 14 : i64
                  %v5132 = arith.muli %v5131, %v3 : i64
                  %v5133 = llvm.getelementptr %in_lam_re[%v5132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5134 = llvm.load %v5133 : !llvm.ptr -> f32
                  %v5135 = arith.constant 14 : i64
                  %v5136 = arith.muli %v5135, %v3 : i64
                  %v5137 = llvm.getelementptr %in_log_dt[%v5136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5138 = llvm.load %v5137 : !llvm.ptr -> f32
                  %v5139 = arith.mulf %v5138, %v2574 fastmath<contract> : f32
                  %v5140 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5139) : (f32) -> f32
                  %v5141 = arith.mulf %v5134, %v5140 fastmath<contract> : f32
                  %v5142 = arith.mulf %v5141, %v2574 fastmath<contract> : f32
                  %v5143 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5142) : (f32) -> f32
                  %v5144 = arith.constant 14 : i64
                  %v5145 = arith.muli %v5144, %v3 : i64
                  %v5146 = llvm.getelementptr %in_lam_im[%v5145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5147 = llvm.load %v5146 : !llvm.ptr -> f32
                  %v5148 = arith.mulf %v5147, %v5140 fastmath<contract> : f32
                  %v5149 = arith.mulf %v5148, %v2584 fastmath<contract> : f32
                  %v5150 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5149) : (f32) -> f32
                  %v5151 = arith.mulf %v5150, %v2587 fastmath<contract> : f32
                  %v5152 = arith.subf %v5148, %v5151 fastmath<contract> : f32
                  %v5153 = arith.mulf %v5150, %v2588 fastmath<contract> : f32
                  %v5154 = arith.subf %v5152, %v5153 fastmath<contract> : f32
                  %v5155 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5154) : (f32) -> f32
                  %v5156 = arith.mulf %v5143, %v5155 fastmath<contract> : f32
                  llvm.store %v5156, %v219 : f32, !llvm.ptr
                  %v5157 = arith.mulf %v5148, %v2584 fastmath<contract> : f32
                  %v5158 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5157) : (f32) -> f32
                  %v5159 = arith.mulf %v5158, %v2587 fastmath<contract> : f32
                  %v5160 = arith.subf %v5148, %v5159 fastmath<contract> : f32
                  %v5161 = arith.mulf %v5158, %v2588 fastmath<contract> : f32
                  %v5162 = arith.subf %v5160, %v5161 fastmath<contract> : f32
                  %v5163 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5162) : (f32) -> f32
                  %v5164 = arith.mulf %v5143, %v5163 fastmath<contract> : f32
                  llvm.store %v5164, %v282 : f32, !llvm.ptr
                  %v5165 = arith.constant 15 : i64
                  %v5166 = arith.muli %v5165, %v3 : i64
                  %v5167 = llvm.getelementptr %in_lam_re[%v5166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5168 = llvm.load %v5167 : !llvm.ptr -> f32
                  %v5169 = arith.constant 15 : i64
                  %v5170 = arith.muli %v5169, %v3 : i64
                  %v5171 = llvm.getelementptr %in_log_dt[%v5170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5172 = llvm.load %v5171 : !llvm.ptr -> f32
                  %v5173 = arith.mulf %v5172, %v2574 fastmath<contract> : f32
                  %v5174 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5173) : (f32) -> f32
                  %v5175 = arith.mulf %v5168, %v5174 fastmath<contract> : f32
                  %v5176 = arith.mulf %v5175, %v2574 fastmath<contract> : f32
                  %v5177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5176) : (f32) -> f32
                  %v5178 = arith.constant 15 : i64
                  %v5179 = arith.muli %v5178, %v3 : i64
                  %v5180 = llvm.getelementptr %in_lam_im[%v5179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v5181 = llvm.load %v5180 : !llvm.ptr -> f32
                  %v5182 = arith.mulf %v5181, %v5174 fastmath<contract> : f32
                  %v5183 = arith.mulf %v5182, %v2584 fastmath<contract> : f32
                  %v5184 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5183) : (f32) -> f32
                  %v5185 = arith.mulf %v5184, %v2587 fastmath<contract> : f32
                  %v5186 = arith.subf %v5182, %v5185 fastmath<contract> : f32
                  %v5187 = arith.mulf %v5184, %v2588 fastmath<contract> : f32
                  %v5188 = arith.subf %v5186, %v5187 fastmath<contract> : f32
                  %v5189 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v5188) : (f32) -> f32
                  %v5190 = arith.mulf %v5177, %v5189 fastmath<contract> : f32
                  llvm.store %v5190, %v221 : f32, !llvm.ptr
                  %v5191 = arith.mulf %v5182, %v2584 fastmath<contract> : f32
                  %v5192 = llvm.call_intrinsic "llvm.roundeven.f32"(%v5191) : (f32) -> f32
                  %v5193 = arith.mulf %v5192, %v2587 fastmath<contract> : f32
                  %v5194 = arith.subf %v5182, %v5193 fastmath<contract> : f32
                  %v5195 = arith.mulf %v5192, %v2588 fastmath<contract> : f32
                  %v5196 = arith.subf %v5194, %v5195 fastmath<contract> : f32
                  %v5197 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v5196) : (f32) -> f32
                  %v5198 = arith.mulf %v5177, %v5197 fastmath<contract> : f32
                  llvm.store %v5198, %v284 : f32, !llvm.ptr
                  llvm.store %v4680, %v223 : f32, !llvm.ptr
                  %v5199 = arith.negf %v4688 : f32
                  llvm.store %v5199, %v286 : f32, !llvm.ptr
                  llvm.store %v4714, %v225 : f32, !llvm.ptr
                  %v5200 = arith.negf %v4722 : f32
                  llvm.store %v5200, %v288 : f32, !llvm.ptr
                  llvm.store %v4748, %v227 : f32, !llvm.ptr
                  %v5201 = arith.negf %v4756 : f32
                  llvm.store %v5201, %v290 : f32, !llvm.ptr
                  llvm.store %v4782, %v229 : f32, !llvm.ptr
                  %v5202 = arith.negf %v4790 : f32
                  llvm.store %v5202, %v292 : f32, !llvm.ptr
                  llvm.store %v4816, %v231 : f32, !llvm.ptr
                  %v5203 = arith.negf %v4824 : f32
                  llvm.store %v5203, %v294 : f32, !llvm.ptr
                  llvm.store %v4850, %v233 : f32, !llvm.ptr
                  %v5204 = arith.negf %v4858 : f32
                  llvm.store %v5204, %v296 : f32, !llvm.ptr
                  llvm.store %v4884, %v235 : f32, !llvm.ptr
                  %v5205 = arith.negf %v4892 : f32
                  llvm.store %v5205, %v298 : f32, !llvm.ptr
                  llvm.store %v4918, %v237 : f32, !llvm.ptr
                  %v5206 = arith.negf %v4926 : f32
                  llvm.store %v5206, %v300 : f32, !llvm.ptr
                  llvm.store %v4952, %v239 : f32, !llvm.ptr
                  %v5207 = arith.negf %v4960 : f32
                  llvm.store %v5207, %v302 : f32, !llvm.ptr
                  llvm.store %v4986, %v241 : f32, !llvm.ptr
                  %v5208 = arith.negf %v4994 : f32
                  llvm.store %v5208, %v304 : f32, !llvm.ptr
                  llvm.store %v5020, %v243 : f32, !llvm.ptr
                  %v5209 = arith.negf %v5028 : f32
                  llvm.store %v5209, %v306 : f32, !llvm.ptr
                  llvm.store %v5054, %v245 : f32, !llvm.ptr
                  %v5210 = arith.negf %v5062 : f32
                  llvm.store %v5210, %v308 : f32, !llvm.ptr
                  llvm.store %v5088, %v247 : f32, !llvm.ptr
                  %v5211 = arith.negf %v5096 : f32
                  llvm.store %v5211, %v310 : f32, !llvm.ptr
                  llvm.store %v5122, %v249 : f32, !llvm.ptr
                  %v5212 = arith.negf %v5130 : f32
                  llvm.store %v5212, %v312 : f32, !llvm.ptr
                  llvm.store %v5156, %v251 : f32, !llvm.ptr
                  %v5213 = arith.negf %v5164 : f32
                  llvm.store %v5213, %v314 : f32, !llvm.ptr
                  llvm.store %v5190, %v252 : f32, !llvm.ptr
                  %v5214 = arith.negf %v5198 : f32
                  llvm.store %v5214, %v316 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v116 {
        %v5215 = llvm.load %v130 : !llvm.ptr -> f32
        %v5216 = arith.muli %v129, %v8 : i64
        %v5217 = arith.addi %v5216, %v112 : i64
        %v5218 = arith.muli %v5217, %v2 : i64
        %v5219 = arith.addi %v5218, %v129 : i64
        %v5220 = arith.muli %v5219, %v4 : i64
        %v5221 = arith.subi %v4, %v3 : i64
        %v5222 = arith.minsi %v115, %v5221 : i64
        %v5223 = arith.addi %v5220, %v5222 : i64
        %v5224 = llvm.getelementptr %segsum_x_re[%v5223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5215, %v5224 : f32, !llvm.ptr
        %v5225 = llvm.load %v933 : !llvm.ptr -> f32
        %v5226 = arith.muli %v3, %v8 : i64
        %v5227 = arith.addi %v5226, %v112 : i64
        %v5228 = arith.muli %v5227, %v2 : i64
        %v5229 = arith.addi %v5228, %v129 : i64
        %v5230 = arith.muli %v5229, %v4 : i64
        %v5231 = arith.subi %v4, %v3 : i64
        %v5232 = arith.minsi %v115, %v5231 : i64
        %v5233 = arith.addi %v5230, %v5232 : i64
        %v5234 = llvm.getelementptr %segsum_x_re[%v5233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5225, %v5234 : f32, !llvm.ptr
        %v5235 = llvm.load %v934 : !llvm.ptr -> f32
        %v5236 = arith.muli %v132, %v8 : i64
        %v5237 = arith.addi %v5236, %v112 : i64
        %v5238 = arith.muli %v5237, %v2 : i64
        %v5239 = arith.addi %v5238, %v129 : i64
        %v5240 = arith.muli %v5239, %v4 : i64
        %v5241 = arith.subi %v4, %v3 : i64
        %v5242 = arith.minsi %v115, %v5241 : i64
        %v5243 = arith.addi %v5240, %v5242 : i64
        %v5244 = llvm.getelementptr %segsum_x_re[%v5243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5235, %v5244 : f32, !llvm.ptr
        %v5245 = llvm.load %v191 : !llvm.ptr -> f32
        %v5246 = arith.muli %v134, %v8 : i64
        %v5247 = arith.addi %v5246, %v112 : i64
        %v5248 = arith.muli %v5247, %v2 : i64
        %v5249 = arith.addi %v5248, %v129 : i64
        %v5250 = arith.muli %v5249, %v4 : i64
        %v5251 = arith.subi %v4, %v3 : i64
        %v5252 = arith.minsi %v115, %v5251 : i64
        %v5253 = arith.addi %v5250, %v5252 : i64
        %v5254 = llvm.getelementptr %segsum_x_re[%v5253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5245, %v5254 : f32, !llvm.ptr
        %v5255 = llvm.load %v254 : !llvm.ptr -> f32
        %v5256 = arith.muli %v1, %v8 : i64
        %v5257 = arith.addi %v5256, %v112 : i64
        %v5258 = arith.muli %v5257, %v2 : i64
        %v5259 = arith.addi %v5258, %v129 : i64
        %v5260 = arith.muli %v5259, %v4 : i64
        %v5261 = arith.subi %v4, %v3 : i64
        %v5262 = arith.minsi %v115, %v5261 : i64
        %v5263 = arith.addi %v5260, %v5262 : i64
        %v5264 = llvm.getelementptr %segsum_x_re[%v5263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5255, %v5264 : f32, !llvm.ptr
        %v5265 = llvm.load %v131 : !llvm.ptr -> f32
        %v5266 = arith.muli %v129, %v8 : i64
        %v5267 = arith.addi %v5266, %v112 : i64
        %v5268 = arith.muli %v5267, %v2 : i64
        %v5269 = arith.addi %v5268, %v3 : i64
        %v5270 = arith.muli %v5269, %v4 : i64
        %v5271 = arith.subi %v4, %v3 : i64
        %v5272 = arith.minsi %v115, %v5271 : i64
        %v5273 = arith.addi %v5270, %v5272 : i64
        %v5274 = llvm.getelementptr %segsum_x_re[%v5273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5265, %v5274 : f32, !llvm.ptr
        %v5275 = llvm.load %v935 : !llvm.ptr -> f32
        %v5276 = arith.muli %v3, %v8 : i64
        %v5277 = arith.addi %v5276, %v112 : i64
        %v5278 = arith.muli %v5277, %v2 : i64
        %v5279 = arith.addi %v5278, %v3 : i64
        %v5280 = arith.muli %v5279, %v4 : i64
        %v5281 = arith.subi %v4, %v3 : i64
        %v5282 = arith.minsi %v115, %v5281 : i64
        %v5283 = arith.addi %v5280, %v5282 : i64
        %v5284 = llvm.getelementptr %segsum_x_re[%v5283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5275, %v5284 : f32, !llvm.ptr
        %v5285 = llvm.load %v936 : !llvm.ptr -> f32
        %v5286 = arith.muli %v132, %v8 : i64
        %v5287 = arith.addi %v5286, %v112 : i64
        %v5288 = arith.muli %v5287, %v2 : i64
        %v5289 = arith.addi %v5288, %v3 : i64
        %v5290 = arith.muli %v5289, %v4 : i64
        %v5291 = arith.subi %v4, %v3 : i64
        %v5292 = arith.minsi %v115, %v5291 : i64
        %v5293 = arith.addi %v5290, %v5292 : i64
        %v5294 = llvm.getelementptr %segsum_x_re[%v5293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5285, %v5294 : f32, !llvm.ptr
        %v5295 = llvm.load %v193 : !llvm.ptr -> f32
        %v5296 = arith.muli %v134, %v8 : i64
        %v5297 = arith.addi %v5296, %v112 : i64
        %v5298 = arith.muli %v5297, %v2 : i64
        %v5299 = arith.addi %v5298, %v3 : i64
        %v5300 = arith.muli %v5299, %v4 : i64
        %v5301 = arith.subi %v4, %v3 : i64
        %v5302 = arith.minsi %v115, %v5301 : i64
        %v5303 = arith.addi %v5300, %v5302 : i64
        %v5304 = llvm.getelementptr %segsum_x_re[%v5303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5295, %v5304 : f32, !llvm.ptr
        %v5305 = llvm.load %v256 : !llvm.ptr -> f32
        %v5306 = arith.muli %v1, %v8 : i64
        %v5307 = arith.addi %v5306, %v112 : i64
        %v5308 = arith.muli %v5307, %v2 : i64
        %v5309 = arith.addi %v5308, %v3 : i64
        %v5310 = arith.muli %v5309, %v4 : i64
        %v5311 = arith.subi %v4, %v3 : i64
        %v5312 = arith.minsi %v115, %v5311 : i64
        %v5313 = arith.addi %v5310, %v5312 : i64
        %v5314 = llvm.getelementptr %segsum_x_re[%v5313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5305, %v5314 : f32, !llvm.ptr
        %v5315 = llvm.load %v133 : !llvm.ptr -> f32
        %v5316 = arith.muli %v129, %v8 : i64
        %v5317 = arith.addi %v5316, %v112 : i64
        %v5318 = arith.muli %v5317, %v2 : i64
        %v5319 = arith.addi %v5318, %v132 : i64
        %v5320 = arith.muli %v5319, %v4 : i64
        %v5321 = arith.subi %v4, %v3 : i64
        %v5322 = arith.minsi %v115, %v5321 : i64
        %v5323 = arith.addi %v5320, %v5322 : i64
        %v5324 = llvm.getelementptr %segsum_x_re[%v5323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5315, %v5324 : f32, !llvm.ptr
        %v5325 = llvm.load %v937 : !llvm.ptr -> f32
        %v5326 = arith.muli %v3, %v8 : i64
        %v5327 = arith.addi %v5326, %v112 : i64
        %v5328 = arith.muli %v5327, %v2 : i64
        %v5329 = arith.addi %v5328, %v132 : i64
        %v5330 = arith.muli %v5329, %v4 : i64
        %v5331 = arith.subi %v4, %v3 : i64
        %v5332 = arith.minsi %v115, %v5331 : i64
        %v5333 = arith.addi %v5330, %v5332 : i64
        %v5334 = llvm.getelementptr %segsum_x_re[%v5333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5325, %v5334 : f32, !llvm.ptr
        %v5335 = llvm.load %v938 : !llvm.ptr -> f32
        %v5336 = arith.muli %v132, %v8 : i64
        %v5337 = arith.addi %v5336, %v112 : i64
        %v5338 = arith.muli %v5337, %v2 : i64
        %v5339 = arith.addi %v5338, %v132 : i64
        %v5340 = arith.muli %v5339, %v4 : i64
        %v5341 = arith.subi %v4, %v3 : i64
        %v5342 = arith.minsi %v115, %v5341 : i64
        %v5343 = arith.addi %v5340, %v5342 : i64
        %v5344 = llvm.getelementptr %segsum_x_re[%v5343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5335, %v5344 : f32, !llvm.ptr
        %v5345 = llvm.load %v195 : !llvm.ptr -> f32
        %v5346 = arith.muli %v134, %v8 : i64
        %v5347 = arith.addi %v5346, %v112 : i64
        %v5348 = arith.muli %v5347, %v2 : i64
        %v5349 = arith.addi %v5348, %v132 : i64
        %v5350 = arith.muli %v5349, %v4 : i64
        %v5351 = arith.subi %v4, %v3 : i64
        %v5352 = arith.minsi %v115, %v5351 : i64
        %v5353 = arith.addi %v5350, %v5352 : i64
        %v5354 = llvm.getelementptr %segsum_x_re[%v5353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5345, %v5354 : f32, !llvm.ptr
        %v5355 = llvm.load %v258 : !llvm.ptr -> f32
        %v5356 = arith.muli %v1, %v8 : i64
        %v5357 = arith.addi %v5356, %v112 : i64
        %v5358 = arith.muli %v5357, %v2 : i64
        %v5359 = arith.addi %v5358, %v132 : i64
        %v5360 = arith.muli %v5359, %v4 : i64
        %v5361 = arith.subi %v4, %v3 : i64
        %v5362 = arith.minsi %v115, %v5361 : i64
        %v5363 = arith.addi %v5360, %v5362 : i64
        %v5364 = llvm.getelementptr %segsum_x_re[%v5363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5355, %v5364 : f32, !llvm.ptr
        %v5365 = llvm.load %v135 : !llvm.ptr -> f32
        %v5366 = arith.muli %v129, %v8 : i64
        %v5367 = arith.addi %v5366, %v112 : i64
        %v5368 = arith.muli %v5367, %v2 : i64
        %v5369 = arith.addi %v5368, %v134 : i64
        %v5370 = arith.muli %v5369, %v4 : i64
        %v5371 = arith.subi %v4, %v3 : i64
        %v5372 = arith.minsi %v115, %v5371 : i64
        %v5373 = arith.addi %v5370, %v5372 : i64
        %v5374 = llvm.getelementptr %segsum_x_re[%v5373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5365, %v5374 : f32, !llvm.ptr
        %v5375 = llvm.load %v939 : !llvm.ptr -> f32
        %v5376 = arith.muli %v3, %v8 : i64
        %v5377 = arith.addi %v5376, %v112 : i64
        %v5378 = arith.muli %v5377, %v2 : i64
        %v5379 = arith.addi %v5378, %v134 : i64
        %v5380 = arith.muli %v5379, %v4 : i64
        %v5381 = arith.subi %v4, %v3 : i64
        %v5382 = arith.minsi %v115, %v5381 : i64
        %v5383 = arith.addi %v5380, %v5382 : i64
        %v5384 = llvm.getelementptr %segsum_x_re[%v5383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5375, %v5384 : f32, !llvm.ptr
        %v5385 = llvm.load %v940 : !llvm.ptr -> f32
        %v5386 = arith.muli %v132, %v8 : i64
        %v5387 = arith.addi %v5386, %v112 : i64
        %v5388 = arith.muli %v5387, %v2 : i64
        %v5389 = arith.addi %v5388, %v134 : i64
        %v5390 = arith.muli %v5389, %v4 : i64
        %v5391 = arith.subi %v4, %v3 : i64
        %v5392 = arith.minsi %v115, %v5391 : i64
        %v5393 = arith.addi %v5390, %v5392 : i64
        %v5394 = llvm.getelementptr %segsum_x_re[%v5393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5385, %v5394 : f32, !llvm.ptr
        %v5395 = llvm.load %v197 : !llvm.ptr -> f32
        %v5396 = arith.muli %v134, %v8 : i64
        %v5397 = arith.addi %v5396, %v112 : i64
        %v5398 = arith.muli %v5397, %v2 : i64
        %v5399 = arith.addi %v5398, %v134 : i64
        %v5400 = arith.muli %v5399, %v4 : i64
        %v5401 = arith.subi %v4, %v3 : i64
        %v5402 = arith.minsi %v115, %v5401 : i64
        %v5403 = arith.addi %v5400, %v5402 : i64
        %v5404 = llvm.getelementptr %segsum_x_re[%v5403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5395, %v5404 : f32, !llvm.ptr
        %v5405 = llvm.load %v260 : !llvm.ptr -> f32
        %v5406 = arith.muli %v1, %v8 : i64
        %v5407 = arith.addi %v5406, %v112 : i64
        %v5408 = arith.muli %v5407, %v2 : i64
        %v5409 = arith.addi %v5408, %v134 : i64
        %v5410 = arith.muli %v5409, %v4 : i64
        %v5411 = arith.subi %v4, %v3 : i64
        %v5412 = arith.minsi %v115, %v5411 : i64
        %v5413 = arith.addi %v5410, %v5412 : i64
        %v5414 = llvm.getelementptr %segsum_x_re[%v5413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5405, %v5414 : f32, !llvm.ptr
        %v5415 = llvm.load %v136 : !llvm.ptr -> f32
        %v5416 = arith.muli %v129, %v8 : i64
        %v5417 = arith.addi %v5416, %v112 : i64
        %v5418 = arith.muli %v5417, %v2 : i64
        %v5419 = arith.addi %v5418, %v1 : i64
        %v5420 = arith.muli %v5419, %v4 : i64
        %v5421 = arith.subi %v4, %v3 : i64
        %v5422 = arith.minsi %v115, %v5421 : i64
        %v5423 = arith.addi %v5420, %v5422 : i64
        %v5424 = llvm.getelementptr %segsum_x_re[%v5423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5415, %v5424 : f32, !llvm.ptr
        %v5425 = llvm.load %v941 : !llvm.ptr -> f32
        %v5426 = arith.muli %v3, %v8 : i64
        %v5427 = arith.addi %v5426, %v112 : i64
        %v5428 = arith.muli %v5427, %v2 : i64
        %v5429 = arith.addi %v5428, %v1 : i64
        %v5430 = arith.muli %v5429, %v4 : i64
        %v5431 = arith.subi %v4, %v3 : i64
        %v5432 = arith.minsi %v115, %v5431 : i64
        %v5433 = arith.addi %v5430, %v5432 : i64
        %v5434 = llvm.getelementptr %segsum_x_re[%v5433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5425, %v5434 : f32, !llvm.ptr
        %v5435 = llvm.load %v942 : !llvm.ptr -> f32
        %v5436 = arith.muli %v132, %v8 : i64
        %v5437 = arith.addi %v5436, %v112 : i64
        %v5438 = arith.muli %v5437, %v2 : i64
        %v5439 = arith.addi %v5438, %v1 : i64
        %v5440 = arith.muli %v5439, %v4 : i64
        %v5441 = arith.subi %v4, %v3 : i64
        %v5442 = arith.minsi %v115, %v5441 : i64
        %v5443 = arith.addi %v5440, %v5442 : i64
        %v5444 = llvm.getelementptr %segsum_x_re[%v5443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5435, %v5444 : f32, !llvm.ptr
        %v5445 = llvm.load %v199 : !llvm.ptr -> f32
        %v5446 = arith.muli %v134, %v8 : i64
        %v5447 = arith.addi %v5446, %v112 : i64
        %v5448 = arith.muli %v5447, %v2 : i64
        %v5449 = arith.addi %v5448, %v1 : i64
        %v5450 = arith.muli %v5449, %v4 : i64
        %v5451 = arith.subi %v4, %v3 : i64
        %v5452 = arith.minsi %v115, %v5451 : i64
        %v5453 = arith.addi %v5450, %v5452 : i64
        %v5454 = llvm.getelementptr %segsum_x_re[%v5453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5445, %v5454 : f32, !llvm.ptr
        %v5455 = llvm.load %v262 : !llvm.ptr -> f32
        %v5456 = arith.muli %v1, %v8 : i64
        %v5457 = arith.addi %v5456, %v112 : i64
        %v5458 = arith.muli %v5457, %v2 : i64
        %v5459 = arith.addi %v5458, %v1 : i64
        %v5460 = arith.muli %v5459, %v4 : i64
        %v5461 = arith.subi %v4, %v3 : i64
        %v5462 = arith.minsi %v115, %v5461 : i64
        %v5463 = arith.addi %v5460, %v5462 : i64
        %v5464 = llvm.getelementptr %segsum_x_re[%v5463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5455, %v5464 : f32, !llvm.ptr
        %v5465 = llvm.load %v138 : !llvm.ptr -> f32
        %v5466 = arith.muli %v129, %v8 : i64
        %v5467 = arith.addi %v5466, %v112 : i64
        %v5468 = arith.muli %v5467, %v2 : i64
        %v5469 = arith.addi %v5468, %v137 : i64
        %v5470 = arith.muli %v5469, %v4 : i64
        %v5471 = arith.subi %v4, %v3 : i64
        %v5472 = arith.minsi %v115, %v5471 : i64
        %v5473 = arith.addi %v5470, %v5472 : i64
        %v5474 = llvm.getelementptr %segsum_x_re[%v5473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5465, %v5474 : f32, !llvm.ptr
        %v5475 = llvm.load %v943 : !llvm.ptr -> f32
        %v5476 = arith.muli %v3, %v8 : i64
        %v5477 = arith.addi %v5476, %v112 : i64
        %v5478 = arith.muli %v5477, %v2 : i64
        %v5479 = arith.addi %v5478, %v137 : i64
        %v5480 = arith.muli %v5479, %v4 : i64
        %v5481 = arith.subi %v4, %v3 : i64
        %v5482 = arith.minsi %v115, %v5481 : i64
        %v5483 = arith.addi %v5480, %v5482 : i64
        %v5484 = llvm.getelementptr %segsum_x_re[%v5483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5475, %v5484 : f32, !llvm.ptr
        %v5485 = llvm.load %v944 : !llvm.ptr -> f32
        %v5486 = arith.muli %v132, %v8 : i64
        %v5487 = arith.addi %v5486, %v112 : i64
        %v5488 = arith.muli %v5487, %v2 : i64
        %v5489 = arith.addi %v5488, %v137 : i64
        %v5490 = arith.muli %v5489, %v4 : i64
        %v5491 = arith.subi %v4, %v3 : i64
        %v5492 = arith.minsi %v115, %v5491 : i64
        %v5493 = arith.addi %v5490, %v5492 : i64
        %v5494 = llvm.getelementptr %segsum_x_re[%v5493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5485, %v5494 : f32, !llvm.ptr
        %v5495 = llvm.load %v201 : !llvm.ptr -> f32
        %v5496 = arith.muli %v134, %v8 : i64
        %v5497 = arith.addi %v5496, %v112 : i64
        %v5498 = arith.muli %v5497, %v2 : i64
        %v5499 = arith.addi %v5498, %v137 : i64
        %v5500 = arith.muli %v5499, %v4 : i64
        %v5501 = arith.subi %v4, %v3 : i64
        %v5502 = arith.minsi %v115, %v5501 : i64
        %v5503 = arith.addi %v5500, %v5502 : i64
        %v5504 = llvm.getelementptr %segsum_x_re[%v5503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5495, %v5504 : f32, !llvm.ptr
        %v5505 = llvm.load %v264 : !llvm.ptr -> f32
        %v5506 = arith.muli %v1, %v8 : i64
        %v5507 = arith.addi %v5506, %v112 : i64
        %v5508 = arith.muli %v5507, %v2 : i64
        %v5509 = arith.addi %v5508, %v137 : i64
        %v5510 = arith.muli %v5509, %v4 : i64
        %v5511 = arith.subi %v4, %v3 : i64
        %v5512 = arith.minsi %v115, %v5511 : i64
        %v5513 = arith.addi %v5510, %v5512 : i64
        %v5514 = llvm.getelementptr %segsum_x_re[%v5513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5505, %v5514 : f32, !llvm.ptr
        %v5515 = llvm.load %v140 : !llvm.ptr -> f32
        %v5516 = arith.muli %v129, %v8 : i64
        %v5517 = arith.addi %v5516, %v112 : i64
        %v5518 = arith.muli %v5517, %v2 : i64
        %v5519 = arith.addi %v5518, %v139 : i64
        %v5520 = arith.muli %v5519, %v4 : i64
        %v5521 = arith.subi %v4, %v3 : i64
        %v5522 = arith.minsi %v115, %v5521 : i64
        %v5523 = arith.addi %v5520, %v5522 : i64
        %v5524 = llvm.getelementptr %segsum_x_re[%v5523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5515, %v5524 : f32, !llvm.ptr
        %v5525 = llvm.load %v945 : !llvm.ptr -> f32
        %v5526 = arith.muli %v3, %v8 : i64
        %v5527 = arith.addi %v5526, %v112 : i64
        %v5528 = arith.muli %v5527, %v2 : i64
        %v5529 = arith.addi %v5528, %v139 : i64
        %v5530 = arith.muli %v5529, %v4 : i64
        %v5531 = arith.subi %v4, %v3 : i64
        %v5532 = arith.minsi %v115, %v5531 : i64
        %v5533 = arith.addi %v5530, %v5532 : i64
        %v5534 = llvm.getelementptr %segsum_x_re[%v5533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5525, %v5534 : f32, !llvm.ptr
        %v5535 = llvm.load %v946 : !llvm.ptr -> f32
        %v5536 = arith.muli %v132, %v8 : i64
        %v5537 = arith.addi %v5536, %v112 : i64
        %v5538 = arith.muli %v5537, %v2 : i64
        %v5539 = arith.addi %v5538, %v139 : i64
        %v5540 = arith.muli %v5539, %v4 : i64
        %v5541 = arith.subi %v4, %v3 : i64
        %v5542 = arith.minsi %v115, %v5541 : i64
        %v5543 = arith.addi %v5540, %v5542 : i64
        %v5544 = llvm.getelementptr %segsum_x_re[%v5543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5535, %v5544 : f32, !llvm.ptr
        %v5545 = llvm.load %v203 : !llvm.ptr -> f32
        %v5546 = arith.muli %v134, %v8 : i64
        %v5547 = arith.addi %v5546, %v112 : i64
        %v5548 = arith.muli %v5547, %v2 : i64
        %v5549 = arith.addi %v5548, %v139 : i64
        %v5550 = arith.muli %v5549, %v4 : i64
        %v5551 = arith.subi %v4, %v3 : i64
        %v5552 = arith.minsi %v115, %v5551 : i64
        %v5553 = arith.addi %v5550, %v5552 : i64
        %v5554 = llvm.getelementptr %segsum_x_re[%v5553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5545, %v5554 : f32, !llvm.ptr
        %v5555 = llvm.load %v266 : !llvm.ptr -> f32
        %v5556 = arith.muli %v1, %v8 : i64
        %v5557 = arith.addi %v5556, %v112 : i64
        %v5558 = arith.muli %v5557, %v2 : i64
        %v5559 = arith.addi %v5558, %v139 : i64
        %v5560 = arith.muli %v5559, %v4 : i64
        %v5561 = arith.subi %v4, %v3 : i64
        %v5562 = arith.minsi %v115, %v5561 : i64
        %v5563 = arith.addi %v5560, %v5562 : i64
        %v5564 = llvm.getelementptr %segsum_x_re[%v5563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5555, %v5564 : f32, !llvm.ptr
        %v5565 = llvm.load %v142 : !llvm.ptr -> f32
        %v5566 = arith.muli %v129, %v8 : i64
        %v5567 = arith.addi %v5566, %v112 : i64
        %v5568 = arith.muli %v5567, %v2 : i64
        %v5569 = arith.addi %v5568, %v141 : i64
        %v5570 = arith.muli %v5569, %v4 : i64
        %v5571 = arith.subi %v4, %v3 : i64
        %v5572 = arith.minsi %v115, %v5571 : i64
        %v5573 = arith.addi %v5570, %v5572 : i64
        %v5574 = llvm.getelementptr %segsum_x_re[%v5573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5565, %v5574 : f32, !llvm.ptr
        %v5575 = llvm.load %v947 : !llvm.ptr -> f32
        %v5576 = arith.muli %v3, %v8 : i64
        %v5577 = arith.addi %v5576, %v112 : i64
        %v5578 = arith.muli %v5577, %v2 : i64
        %v5579 = arith.addi %v5578, %v141 : i64
        %v5580 = arith.muli %v5579, %v4 : i64
        %v5581 = arith.subi %v4, %v3 : i64
        %v5582 = arith.minsi %v115, %v5581 : i64
        %v5583 = arith.addi %v5580, %v5582 : i64
        %v5584 = llvm.getelementptr %segsum_x_re[%v5583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5575, %v5584 : f32, !llvm.ptr
        %v5585 = llvm.load %v948 : !llvm.ptr -> f32
        %v5586 = arith.muli %v132, %v8 : i64
        %v5587 = arith.addi %v5586, %v112 : i64
        %v5588 = arith.muli %v5587, %v2 : i64
        %v5589 = arith.addi %v5588, %v141 : i64
        %v5590 = arith.muli %v5589, %v4 : i64
        %v5591 = arith.subi %v4, %v3 : i64
        %v5592 = arith.minsi %v115, %v5591 : i64
        %v5593 = arith.addi %v5590, %v5592 : i64
        %v5594 = llvm.getelementptr %segsum_x_re[%v5593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5585, %v5594 : f32, !llvm.ptr
        %v5595 = llvm.load %v205 : !llvm.ptr -> f32
        %v5596 = arith.muli %v134, %v8 : i64
        %v5597 = arith.addi %v5596, %v112 : i64
        %v5598 = arith.muli %v5597, %v2 : i64
        %v5599 = arith.addi %v5598, %v141 : i64
        %v5600 = arith.muli %v5599, %v4 : i64
        %v5601 = arith.subi %v4, %v3 : i64
        %v5602 = arith.minsi %v115, %v5601 : i64
        %v5603 = arith.addi %v5600, %v5602 : i64
        %v5604 = llvm.getelementptr %segsum_x_re[%v5603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5595, %v5604 : f32, !llvm.ptr
        %v5605 = llvm.load %v268 : !llvm.ptr -> f32
        %v5606 = arith.muli %v1, %v8 : i64
        %v5607 = arith.addi %v5606, %v112 : i64
        %v5608 = arith.muli %v5607, %v2 : i64
        %v5609 = arith.addi %v5608, %v141 : i64
        %v5610 = arith.muli %v5609, %v4 : i64
        %v5611 = arith.subi %v4, %v3 : i64
        %v5612 = arith.minsi %v115, %v5611 : i64
        %v5613 = arith.addi %v5610, %v5612 : i64
        %v5614 = llvm.getelementptr %segsum_x_re[%v5613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5605, %v5614 : f32, !llvm.ptr
        %v5615 = llvm.load %v144 : !llvm.ptr -> f32
        %v5616 = arith.muli %v129, %v8 : i64
        %v5617 = arith.addi %v5616, %v112 : i64
        %v5618 = arith.muli %v5617, %v2 : i64
        %v5619 = arith.addi %v5618, %v143 : i64
        %v5620 = arith.muli %v5619, %v4 : i64
        %v5621 = arith.subi %v4, %v3 : i64
        %v5622 = arith.minsi %v115, %v5621 : i64
        %v5623 = arith.addi %v5620, %v5622 : i64
        %v5624 = llvm.getelementptr %segsum_x_re[%v5623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5615, %v5624 : f32, !llvm.ptr
        %v5625 = llvm.load %v949 : !llvm.ptr -> f32
        %v5626 = arith.muli %v3, %v8 : i64
        %v5627 = arith.addi %v5626, %v112 : i64
        %v5628 = arith.muli %v5627, %v2 : i64
        %v5629 = arith.addi %v5628, %v143 : i64
        %v5630 = arith.muli %v5629, %v4 : i64
        %v5631 = arith.subi %v4, %v3 : i64
        %v5632 = arith.minsi %v115, %v5631 : i64
        %v5633 = arith.addi %v5630, %v5632 : i64
        %v5634 = llvm.getelementptr %segsum_x_re[%v5633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5625, %v5634 : f32, !llvm.ptr
        %v5635 = llvm.load %v950 : !llvm.ptr -> f32
        %v5636 = arith.muli %v132, %v8 : i64
        %v5637 = arith.addi %v5636, %v112 : i64
        %v5638 = arith.muli %v5637, %v2 : i64
        %v5639 = arith.addi %v5638, %v143 : i64
        %v5640 = arith.muli %v5639, %v4 : i64
        %v5641 = arith.subi %v4, %v3 : i64
        %v5642 = arith.minsi %v115, %v5641 : i64
        %v5643 = arith.addi %v5640, %v5642 : i64
        %v5644 = llvm.getelementptr %segsum_x_re[%v5643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5635, %v5644 : f32, !llvm.ptr
        %v5645 = llvm.load %v207 : !llvm.ptr -> f32
        %v5646 = arith.muli %v134, %v8 : i64
        %v5647 = arith.addi %v5646, %v112 : i64
        %v5648 = arith.muli %v5647, %v2 : i64
        %v5649 = arith.addi %v5648, %v143 : i64
        %v5650 = arith.muli %v5649, %v4 : i64
        %v5651 = arith.subi %v4, %v3 : i64
        %v5652 = arith.minsi %v115, %v5651 : i64
        %v5653 = arith.addi %v5650, %v5652 : i64
        %v5654 = llvm.getelementptr %segsum_x_re[%v5653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5645, %v5654 : f32, !llvm.ptr
        %v5655 = llvm.load %v270 : !llvm.ptr -> f32
        %v5656 = arith.muli %v1, %v8 : i64
        %v5657 = arith.addi %v5656, %v112 : i64
        %v5658 = arith.muli %v5657, %v2 : i64
        %v5659 = arith.addi %v5658, %v143 : i64
        %v5660 = arith.muli %v5659, %v4 : i64
        %v5661 = arith.subi %v4, %v3 : i64
        %v5662 = arith.minsi %v115, %v5661 : i64
        %v5663 = arith.addi %v5660, %v5662 : i64
        %v5664 = llvm.getelementptr %segsum_x_re[%v5663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5655, %v5664 : f32, !llvm.ptr
        %v5665 = llvm.load %v146 : !llvm.ptr -> f32
        %v5666 = arith.muli %v129, %v8 : i64
        %v5667 = arith.addi %v5666, %v112 : i64
        %v5668 = arith.muli %v5667, %v2 : i64
        %v5669 = arith.addi %v5668, %v145 : i64
        %v5670 = arith.muli %v5669, %v4 : i64
        %v5671 = arith.subi %v4, %v3 : i64
        %v5672 = arith.minsi %v115, %v5671 : i64
        %v5673 = arith.addi %v5670, %v5672 : i64
        %v5674 = llvm.getelementptr %segsum_x_re[%v5673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5665, %v5674 : f32, !llvm.ptr
        %v5675 = llvm.load %v951 : !llvm.ptr -> f32
        %v5676 = arith.muli %v3, %v8 : i64
        %v5677 = arith.addi %v5676, %v112 : i64
        %v5678 = arith.muli %v5677, %v2 : i64
        %v5679 = arith.addi %v5678, %v145 : i64
        %v5680 = arith.muli %v5679, %v4 : i64
        %v5681 = arith.subi %v4, %v3 : i64
        %v5682 = arith.minsi %v115, %v5681 : i64
        %v5683 = arith.addi %v5680, %v5682 : i64
        %v5684 = llvm.getelementptr %segsum_x_re[%v5683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5675, %v5684 : f32, !llvm.ptr
        %v5685 = llvm.load %v952 : !llvm.ptr -> f32
        %v5686 = arith.muli %v132, %v8 : i64
        %v5687 = arith.addi %v5686, %v112 : i64
        %v5688 = arith.muli %v5687, %v2 : i64
        %v5689 = arith.addi %v5688, %v145 : i64
        %v5690 = arith.muli %v5689, %v4 : i64
        %v5691 = arith.subi %v4, %v3 : i64
        %v5692 = arith.minsi %v115, %v5691 : i64
        %v5693 = arith.addi %v5690, %v5692 : i64
        %v5694 = llvm.getelementptr %segsum_x_re[%v5693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5685, %v5694 : f32, !llvm.ptr
        %v5695 = llvm.load %v209 : !llvm.ptr -> f32
        %v5696 = arith.muli %v134, %v8 : i64
        %v5697 = arith.addi %v5696, %v112 : i64
        %v5698 = arith.muli %v5697, %v2 : i64
        %v5699 = arith.addi %v5698, %v145 : i64
        %v5700 = arith.muli %v5699, %v4 : i64
        %v5701 = arith.subi %v4, %v3 : i64
        %v5702 = arith.minsi %v115, %v5701 : i64
        %v5703 = arith.addi %v5700, %v5702 : i64
        %v5704 = llvm.getelementptr %segsum_x_re[%v5703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5695, %v5704 : f32, !llvm.ptr
        %v5705 = llvm.load %v272 : !llvm.ptr -> f32
        %v5706 = arith.muli %v1, %v8 : i64
        %v5707 = arith.addi %v5706, %v112 : i64
        %v5708 = arith.muli %v5707, %v2 : i64
        %v5709 = arith.addi %v5708, %v145 : i64
        %v5710 = arith.muli %v5709, %v4 : i64
        %v5711 = arith.subi %v4, %v3 : i64
        %v5712 = arith.minsi %v115, %v5711 : i64
        %v5713 = arith.addi %v5710, %v5712 : i64
        %v5714 = llvm.getelementptr %segsum_x_re[%v5713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5705, %v5714 : f32, !llvm.ptr
        %v5715 = llvm.load %v148 : !llvm.ptr -> f32
        %v5716 = arith.muli %v129, %v8 : i64
        %v5717 = arith.addi %v5716, %v112 : i64
        %v5718 = arith.muli %v5717, %v2 : i64
        %v5719 = arith.addi %v5718, %v147 : i64
        %v5720 = arith.muli %v5719, %v4 : i64
        %v5721 = arith.subi %v4, %v3 : i64
        %v5722 = arith.minsi %v115, %v5721 : i64
        %v5723 = arith.addi %v5720, %v5722 : i64
        %v5724 = llvm.getelementptr %segsum_x_re[%v5723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5715, %v5724 : f32, !llvm.ptr
        %v5725 = llvm.load %v953 : !llvm.ptr -> f32
        %v5726 = arith.muli %v3, %v8 : i64
        %v5727 = arith.addi %v5726, %v112 : i64
        %v5728 = arith.muli %v5727, %v2 : i64
        %v5729 = arith.addi %v5728, %v147 : i64
        %v5730 = arith.muli %v5729, %v4 : i64
        %v5731 = arith.subi %v4, %v3 : i64
        %v5732 = arith.minsi %v115, %v5731 : i64
        %v5733 = arith.addi %v5730, %v5732 : i64
        %v5734 = llvm.getelementptr %segsum_x_re[%v5733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5725, %v5734 : f32, !llvm.ptr
        %v5735 = llvm.load %v954 : !llvm.ptr -> f32
        %v5736 = arith.muli %v132, %v8 : i64
        %v5737 = arith.addi %v5736, %v112 : i64
        %v5738 = arith.muli %v5737, %v2 : i64
        %v5739 = arith.addi %v5738, %v147 : i64
        %v5740 = arith.muli %v5739, %v4 : i64
        %v5741 = arith.subi %v4, %v3 : i64
        %v5742 = arith.minsi %v115, %v5741 : i64
        %v5743 = arith.addi %v5740, %v5742 : i64
        %v5744 = llvm.getelementptr %segsum_x_re[%v5743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5735, %v5744 : f32, !llvm.ptr
        %v5745 = llvm.load %v211 : !llvm.ptr -> f32
        %v5746 = arith.muli %v134, %v8 : i64
        %v5747 = arith.addi %v5746, %v112 : i64
        %v5748 = arith.muli %v5747, %v2 : i64
        %v5749 = arith.addi %v5748, %v147 : i64
        %v5750 = arith.muli %v5749, %v4 : i64
        %v5751 = arith.subi %v4, %v3 : i64
        %v5752 = arith.minsi %v115, %v5751 : i64
        %v5753 = arith.addi %v5750, %v5752 : i64
        %v5754 = llvm.getelementptr %segsum_x_re[%v5753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5745, %v5754 : f32, !llvm.ptr
        %v5755 = llvm.load %v274 : !llvm.ptr -> f32
        %v5756 = arith.muli %v1, %v8 : i64
        %v5757 = arith.addi %v5756, %v112 : i64
        %v5758 = arith.muli %v5757, %v2 : i64
        %v5759 = arith.addi %v5758, %v147 : i64
        %v5760 = arith.muli %v5759, %v4 : i64
        %v5761 = arith.subi %v4, %v3 : i64
        %v5762 = arith.minsi %v115, %v5761 : i64
        %v5763 = arith.addi %v5760, %v5762 : i64
        %v5764 = llvm.getelementptr %segsum_x_re[%v5763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5755, %v5764 : f32, !llvm.ptr
        %v5765 = llvm.load %v150 : !llvm.ptr -> f32
        %v5766 = arith.muli %v129, %v8 : i64
        %v5767 = arith.addi %v5766, %v112 : i64
        %v5768 = arith.muli %v5767, %v2 : i64
        %v5769 = arith.addi %v5768, %v149 : i64
        %v5770 = arith.muli %v5769, %v4 : i64
        %v5771 = arith.subi %v4, %v3 : i64
        %v5772 = arith.minsi %v115, %v5771 : i64
        %v5773 = arith.addi %v5770, %v5772 : i64
        %v5774 = llvm.getelementptr %segsum_x_re[%v5773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5765, %v5774 : f32, !llvm.ptr
        %v5775 = llvm.load %v955 : !llvm.ptr -> f32
        %v5776 = arith.muli %v3, %v8 : i64
        %v5777 = arith.addi %v5776, %v112 : i64
        %v5778 = arith.muli %v5777, %v2 : i64
        %v5779 = arith.addi %v5778, %v149 : i64
        %v5780 = arith.muli %v5779, %v4 : i64
        %v5781 = arith.subi %v4, %v3 : i64
        %v5782 = arith.minsi %v115, %v5781 : i64
        %v5783 = arith.addi %v5780, %v5782 : i64
        %v5784 = llvm.getelementptr %segsum_x_re[%v5783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5775, %v5784 : f32, !llvm.ptr
        %v5785 = llvm.load %v956 : !llvm.ptr -> f32
        %v5786 = arith.muli %v132, %v8 : i64
        %v5787 = arith.addi %v5786, %v112 : i64
        %v5788 = arith.muli %v5787, %v2 : i64
        %v5789 = arith.addi %v5788, %v149 : i64
        %v5790 = arith.muli %v5789, %v4 : i64
        %v5791 = arith.subi %v4, %v3 : i64
        %v5792 = arith.minsi %v115, %v5791 : i64
        %v5793 = arith.addi %v5790, %v5792 : i64
        %v5794 = llvm.getelementptr %segsum_x_re[%v5793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5785, %v5794 : f32, !llvm.ptr
        %v5795 = llvm.load %v213 : !llvm.ptr -> f32
        %v5796 = arith.muli %v134, %v8 : i64
        %v5797 = arith.addi %v5796, %v112 : i64
        %v5798 = arith.muli %v5797, %v2 : i64
        %v5799 = arith.addi %v5798, %v149 : i64
        %v5800 = arith.muli %v5799, %v4 : i64
        %v5801 = arith.subi %v4, %v3 : i64
        %v5802 = arith.minsi %v115, %v5801 : i64
        %v5803 = arith.addi %v5800, %v5802 : i64
        %v5804 = llvm.getelementptr %segsum_x_re[%v5803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5795, %v5804 : f32, !llvm.ptr
        %v5805 = llvm.load %v276 : !llvm.ptr -> f32
        %v5806 = arith.muli %v1, %v8 : i64
        %v5807 = arith.addi %v5806, %v112 : i64
        %v5808 = arith.muli %v5807, %v2 : i64
        %v5809 = arith.addi %v5808, %v149 : i64
        %v5810 = arith.muli %v5809, %v4 : i64
        %v5811 = arith.subi %v4, %v3 : i64
        %v5812 = arith.minsi %v115, %v5811 : i64
        %v5813 = arith.addi %v5810, %v5812 : i64
        %v5814 = llvm.getelementptr %segsum_x_re[%v5813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5805, %v5814 : f32, !llvm.ptr
        %v5815 = llvm.load %v152 : !llvm.ptr -> f32
        %v5816 = arith.muli %v129, %v8 : i64
        %v5817 = arith.addi %v5816, %v112 : i64
        %v5818 = arith.muli %v5817, %v2 : i64
        %v5819 = arith.addi %v5818, %v151 : i64
        %v5820 = arith.muli %v5819, %v4 : i64
        %v5821 = arith.subi %v4, %v3 : i64
        %v5822 = arith.minsi %v115, %v5821 : i64
        %v5823 = arith.addi %v5820, %v5822 : i64
        %v5824 = llvm.getelementptr %segsum_x_re[%v5823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5815, %v5824 : f32, !llvm.ptr
        %v5825 = llvm.load %v957 : !llvm.ptr -> f32
        %v5826 = arith.muli %v3, %v8 : i64
        %v5827 = arith.addi %v5826, %v112 : i64
        %v5828 = arith.muli %v5827, %v2 : i64
        %v5829 = arith.addi %v5828, %v151 : i64
        %v5830 = arith.muli %v5829, %v4 : i64
        %v5831 = arith.subi %v4, %v3 : i64
        %v5832 = arith.minsi %v115, %v5831 : i64
        %v5833 = arith.addi %v5830, %v5832 : i64
        %v5834 = llvm.getelementptr %segsum_x_re[%v5833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5825, %v5834 : f32, !llvm.ptr
        %v5835 = llvm.load %v958 : !llvm.ptr -> f32
        %v5836 = arith.muli %v132, %v8 : i64
        %v5837 = arith.addi %v5836, %v112 : i64
        %v5838 = arith.muli %v5837, %v2 : i64
        %v5839 = arith.addi %v5838, %v151 : i64
        %v5840 = arith.muli %v5839, %v4 : i64
        %v5841 = arith.subi %v4, %v3 : i64
        %v5842 = arith.minsi %v115, %v5841 : i64
        %v5843 = arith.addi %v5840, %v5842 : i64
        %v5844 = llvm.getelementptr %segsum_x_re[%v5843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5835, %v5844 : f32, !llvm.ptr
        %v5845 = llvm.load %v215 : !llvm.ptr -> f32
        %v5846 = arith.muli %v134, %v8 : i64
        %v5847 = arith.addi %v5846, %v112 : i64
        %v5848 = arith.muli %v5847, %v2 : i64
        %v5849 = arith.addi %v5848, %v151 : i64
        %v5850 = arith.muli %v5849, %v4 : i64
        %v5851 = arith.subi %v4, %v3 : i64
        %v5852 = arith.minsi %v115, %v5851 : i64
        %v5853 = arith.addi %v5850, %v5852 : i64
        %v5854 = llvm.getelementptr %segsum_x_re[%v5853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5845, %v5854 : f32, !llvm.ptr
        %v5855 = llvm.load %v278 : !llvm.ptr -> f32
        %v5856 = arith.muli %v1, %v8 : i64
        %v5857 = arith.addi %v5856, %v112 : i64
        %v5858 = arith.muli %v5857, %v2 : i64
        %v5859 = arith.addi %v5858, %v151 : i64
        %v5860 = arith.muli %v5859, %v4 : i64
        %v5861 = arith.subi %v4, %v3 : i64
        %v5862 = arith.minsi %v115, %v5861 : i64
        %v5863 = arith.addi %v5860, %v5862 : i64
        %v5864 = llvm.getelementptr %segsum_x_re[%v5863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5855, %v5864 : f32, !llvm.ptr
        %v5865 = llvm.load %v154 : !llvm.ptr -> f32
        %v5866 = arith.muli %v129, %v8 : i64
        %v5867 = arith.addi %v5866, %v112 : i64
        %v5868 = arith.muli %v5867, %v2 : i64
        %v5869 = arith.addi %v5868, %v153 : i64
        %v5870 = arith.muli %v5869, %v4 : i64
        %v5871 = arith.subi %v4, %v3 : i64
        %v5872 = arith.minsi %v115, %v5871 : i64
        %v5873 = arith.addi %v5870, %v5872 : i64
        %v5874 = llvm.getelementptr %segsum_x_re[%v5873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5865, %v5874 : f32, !llvm.ptr
        %v5875 = llvm.load %v959 : !llvm.ptr -> f32
        %v5876 = arith.muli %v3, %v8 : i64
        %v5877 = arith.addi %v5876, %v112 : i64
        %v5878 = arith.muli %v5877, %v2 : i64
        %v5879 = arith.addi %v5878, %v153 : i64
        %v5880 = arith.muli %v5879, %v4 : i64
        %v5881 = arith.subi %v4, %v3 : i64
        %v5882 = arith.minsi %v115, %v5881 : i64
        %v5883 = arith.addi %v5880, %v5882 : i64
        %v5884 = llvm.getelementptr %segsum_x_re[%v5883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5875, %v5884 : f32, !llvm.ptr
        %v5885 = llvm.load %v960 : !llvm.ptr -> f32
        %v5886 = arith.muli %v132, %v8 : i64
        %v5887 = arith.addi %v5886, %v112 : i64
        %v5888 = arith.muli %v5887, %v2 : i64
        %v5889 = arith.addi %v5888, %v153 : i64
        %v5890 = arith.muli %v5889, %v4 : i64
        %v5891 = arith.subi %v4, %v3 : i64
        %v5892 = arith.minsi %v115, %v5891 : i64
        %v5893 = arith.addi %v5890, %v5892 : i64
        %v5894 = llvm.getelementptr %segsum_x_re[%v5893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5885, %v5894 : f32, !llvm.ptr
        %v5895 = llvm.load %v217 : !llvm.ptr -> f32
        %v5896 = arith.muli %v134, %v8 : i64
        %v5897 = arith.addi %v5896, %v112 : i64
        %v5898 = arith.muli %v5897, %v2 : i64
        %v5899 = arith.addi %v5898, %v153 : i64
        %v5900 = arith.muli %v5899, %v4 : i64
        %v5901 = arith.subi %v4, %v3 : i64
        %v5902 = arith.minsi %v115, %v5901 : i64
        %v5903 = arith.addi %v5900, %v5902 : i64
        %v5904 = llvm.getelementptr %segsum_x_re[%v5903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5895, %v5904 : f32, !llvm.ptr
        %v5905 = llvm.load %v280 : !llvm.ptr -> f32
        %v5906 = arith.muli %v1, %v8 : i64
        %v5907 = arith.addi %v5906, %v112 : i64
        %v5908 = arith.muli %v5907, %v2 : i64
        %v5909 = arith.addi %v5908, %v153 : i64
        %v5910 = arith.muli %v5909, %v4 : i64
        %v5911 = arith.subi %v4, %v3 : i64
        %v5912 = arith.minsi %v115, %v5911 : i64
        %v5913 = arith.addi %v5910, %v5912 : i64
        %v5914 = llvm.getelementptr %segsum_x_re[%v5913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5905, %v5914 : f32, !llvm.ptr
        %v5915 = llvm.load %v156 : !llvm.ptr -> f32
        %v5916 = arith.muli %v129, %v8 : i64
        %v5917 = arith.addi %v5916, %v112 : i64
        %v5918 = arith.muli %v5917, %v2 : i64
        %v5919 = arith.addi %v5918, %v155 : i64
        %v5920 = arith.muli %v5919, %v4 : i64
        %v5921 = arith.subi %v4, %v3 : i64
        %v5922 = arith.minsi %v115, %v5921 : i64
        %v5923 = arith.addi %v5920, %v5922 : i64
        %v5924 = llvm.getelementptr %segsum_x_re[%v5923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5915, %v5924 : f32, !llvm.ptr
        %v5925 = llvm.load %v961 : !llvm.ptr -> f32
        %v5926 = arith.muli %v3, %v8 : i64
        %v5927 = arith.addi %v5926, %v112 : i64
        %v5928 = arith.muli %v5927, %v2 : i64
        %v5929 = arith.addi %v5928, %v155 : i64
        %v5930 = arith.muli %v5929, %v4 : i64
        %v5931 = arith.subi %v4, %v3 : i64
        %v5932 = arith.minsi %v115, %v5931 : i64
        %v5933 = arith.addi %v5930, %v5932 : i64
        %v5934 = llvm.getelementptr %segsum_x_re[%v5933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5925, %v5934 : f32, !llvm.ptr
        %v5935 = llvm.load %v962 : !llvm.ptr -> f32
        %v5936 = arith.muli %v132, %v8 : i64
        %v5937 = arith.addi %v5936, %v112 : i64
        %v5938 = arith.muli %v5937, %v2 : i64
        %v5939 = arith.addi %v5938, %v155 : i64
        %v5940 = arith.muli %v5939, %v4 : i64
        %v5941 = arith.subi %v4, %v3 : i64
        %v5942 = arith.minsi %v115, %v5941 : i64
        %v5943 = arith.addi %v5940, %v5942 : i64
        %v5944 = llvm.getelementptr %segsum_x_re[%v5943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5935, %v5944 : f32, !llvm.ptr
        %v5945 = llvm.load %v219 : !llvm.ptr -> f32
        %v5946 = arith.muli %v134, %v8 : i64
        %v5947 = arith.addi %v5946, %v112 : i64
        %v5948 = arith.muli %v5947, %v2 : i64
        %v5949 = arith.addi %v5948, %v155 : i64
        %v5950 = arith.muli %v5949, %v4 : i64
        %v5951 = arith.subi %v4, %v3 : i64
        %v5952 = arith.minsi %v115, %v5951 : i64
        %v5953 = arith.addi %v5950, %v5952 : i64
        %v5954 = llvm.getelementptr %segsum_x_re[%v5953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5945, %v5954 : f32, !llvm.ptr
        %v5955 = llvm.load %v282 : !llvm.ptr -> f32
        %v5956 = arith.muli %v1, %v8 : i64
        %v5957 = arith.addi %v5956, %v112 : i64
        %v5958 = arith.muli %v5957, %v2 : i64
        %v5959 = arith.addi %v5958, %v155 : i64
        %v5960 = arith.muli %v5959, %v4 : i64
        %v5961 = arith.subi %v4, %v3 : i64
        %v5962 = arith.minsi %v115, %v5961 : i64
        %v5963 = arith.addi %v5960, %v5962 : i64
        %v5964 = llvm.getelementptr %segsum_x_re[%v5963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5955, %v5964 : f32, !llvm.ptr
        %v5965 = llvm.load %v158 : !llvm.ptr -> f32
        %v5966 = arith.muli %v129, %v8 : i64
        %v5967 = arith.addi %v5966, %v112 : i64
        %v5968 = arith.muli %v5967, %v2 : i64
        %v5969 = arith.addi %v5968, %v157 : i64
        %v5970 = arith.muli %v5969, %v4 : i64
        %v5971 = arith.subi %v4, %v3 : i64
        %v5972 = arith.minsi %v115, %v5971 : i64
        %v5973 = arith.addi %v5970, %v5972 : i64
        %v5974 = llvm.getelementptr %segsum_x_re[%v5973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5965, %v5974 : f32, !llvm.ptr
        %v5975 = llvm.load %v963 : !llvm.ptr -> f32
        %v5976 = arith.muli %v3, %v8 : i64
        %v5977 = arith.addi %v5976, %v112 : i64
        %v5978 = arith.muli %v5977, %v2 : i64
        %v5979 = arith.addi %v5978, %v157 : i64
        %v5980 = arith.muli %v5979, %v4 : i64
        %v5981 = arith.subi %v4, %v3 : i64
        %v5982 = arith.minsi %v115, %v5981 : i64
        %v5983 = arith.addi %v5980, %v5982 : i64
        %v5984 = llvm.getelementptr %segsum_x_re[%v5983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5975, %v5984 : f32, !llvm.ptr
        %v5985 = llvm.load %v964 : !llvm.ptr -> f32
        %v5986 = arith.muli %v132, %v8 : i64
        %v5987 = arith.addi %v5986, %v112 : i64
        %v5988 = arith.muli %v5987, %v2 : i64
        %v5989 = arith.addi %v5988, %v157 : i64
        %v5990 = arith.muli %v5989, %v4 : i64
        %v5991 = arith.subi %v4, %v3 : i64
        %v5992 = arith.minsi %v115, %v5991 : i64
        %v5993 = arith.addi %v5990, %v5992 : i64
        %v5994 = llvm.getelementptr %segsum_x_re[%v5993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5985, %v5994 : f32, !llvm.ptr
        %v5995 = llvm.load %v221 : !llvm.ptr -> f32
        %v5996 = arith.muli %v134, %v8 : i64
        %v5997 = arith.addi %v5996, %v112 : i64
        %v5998 = arith.muli %v5997, %v2 : i64
        %v5999 = arith.addi %v5998, %v157 : i64
        %v6000 = arith.muli %v5999, %v4 : i64
        %v6001 = arith.subi %v4, %v3 : i64
        %v6002 = arith.minsi %v115, %v6001 : i64
        %v6003 = arith.addi %v6000, %v6002 : i64
        %v6004 = llvm.getelementptr %segsum_x_re[%v6003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5995, %v6004 : f32, !llvm.ptr
        %v6005 = llvm.load %v284 : !llvm.ptr -> f32
        %v6006 = arith.muli %v1, %v8 : i64
        %v6007 = arith.addi %v6006, %v112 : i64
        %v6008 = arith.muli %v6007, %v2 : i64
        %v6009 = arith.addi %v6008, %v157 : i64
        %v6010 = arith.muli %v6009, %v4 : i64
        %v6011 = arith.subi %v4, %v3 : i64
        %v6012 = arith.minsi %v115, %v6011 : i64
        %v6013 = arith.addi %v6010, %v6012 : i64
        %v6014 = llvm.getelementptr %segsum_x_re[%v6013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6005, %v6014 : f32, !llvm.ptr
        %v6015 = llvm.load %v159 : !llvm.ptr -> f32
        %v6016 = arith.muli %v129, %v8 : i64
        %v6017 = arith.addi %v6016, %v112 : i64
        %v6018 = arith.muli %v6017, %v2 : i64
        %v6019 = arith.addi %v6018, %v129 : i64
        %v6020 = arith.muli %v6019, %v4 : i64
        %v6021 = arith.subi %v4, %v3 : i64
        %v6022 = arith.minsi %v115, %v6021 : i64
        %v6023 = arith.addi %v6020, %v6022 : i64
        %v6024 = llvm.getelementptr %segsum_x_im[%v6023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6015, %v6024 : f32, !llvm.ptr
        %v6025 = llvm.load %v965 : !llvm.ptr -> f32
        %v6026 = arith.muli %v3, %v8 : i64
        %v6027 = arith.addi %v6026, %v112 : i64
        %v6028 = arith.muli %v6027, %v2 : i64
        %v6029 = arith.addi %v6028, %v129 : i64
        %v6030 = arith.muli %v6029, %v4 : i64
        %v6031 = arith.subi %v4, %v3 : i64
        %v6032 = arith.minsi %v115, %v6031 : i64
        %v6033 = arith.addi %v6030, %v6032 : i64
        %v6034 = llvm.getelementptr %segsum_x_im[%v6033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6025, %v6034 : f32, !llvm.ptr
        %v6035 = llvm.load %v966 : !llvm.ptr -> f32
        %v6036 = arith.muli %v132, %v8 : i64
        %v6037 = arith.addi %v6036, %v112 : i64
        %v6038 = arith.muli %v6037, %v2 : i64
        %v6039 = arith.addi %v6038, %v129 : i64
        %v6040 = arith.muli %v6039, %v4 : i64
        %v6041 = arith.subi %v4, %v3 : i64
        %v6042 = arith.minsi %v115, %v6041 : i64
        %v6043 = arith.addi %v6040, %v6042 : i64
        %v6044 = llvm.getelementptr %segsum_x_im[%v6043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6035, %v6044 : f32, !llvm.ptr
        %v6045 = llvm.load %v286 : !llvm.ptr -> f32
        %v6046 = arith.muli %v134, %v8 : i64
        %v6047 = arith.addi %v6046, %v112 : i64
        %v6048 = arith.muli %v6047, %v2 : i64
        %v6049 = arith.addi %v6048, %v129 : i64
        %v6050 = arith.muli %v6049, %v4 : i64
        %v6051 = arith.subi %v4, %v3 : i64
        %v6052 = arith.minsi %v115, %v6051 : i64
        %v6053 = arith.addi %v6050, %v6052 : i64
        %v6054 = llvm.getelementptr %segsum_x_im[%v6053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6045, %v6054 : f32, !llvm.ptr
        %v6055 = llvm.load %v223 : !llvm.ptr -> f32
        %v6056 = arith.muli %v1, %v8 : i64
        %v6057 = arith.addi %v6056, %v112 : i64
        %v6058 = arith.muli %v6057, %v2 : i64
        %v6059 = arith.addi %v6058, %v129 : i64
        %v6060 = arith.muli %v6059, %v4 : i64
        %v6061 = arith.subi %v4, %v3 : i64
        %v6062 = arith.minsi %v115, %v6061 : i64
        %v6063 = arith.addi %v6060, %v6062 : i64
        %v6064 = llvm.getelementptr %segsum_x_im[%v6063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6055, %v6064 : f32, !llvm.ptr
        %v6065 = llvm.load %v161 : !llvm.ptr -> f32
        %v6066 = arith.muli %v129, %v8 : i64
        %v6067 = arith.addi %v6066, %v112 : i64
        %v6068 = arith.muli %v6067, %v2 : i64
        %v6069 = arith.addi %v6068, %v3 : i64
        %v6070 = arith.muli %v6069, %v4 : i64
        %v6071 = arith.subi %v4, %v3 : i64
        %v6072 = arith.minsi %v115, %v6071 : i64
        %v6073 = arith.addi %v6070, %v6072 : i64
        %v6074 = llvm.getelementptr %segsum_x_im[%v6073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6065, %v6074 : f32, !llvm.ptr
        %v6075 = llvm.load %v967 : !llvm.ptr -> f32
        %v6076 = arith.muli %v3, %v8 : i64
        %v6077 = arith.addi %v6076, %v112 : i64
        %v6078 = arith.muli %v6077, %v2 : i64
        %v6079 = arith.addi %v6078, %v3 : i64
        %v6080 = arith.muli %v6079, %v4 : i64
        %v6081 = arith.subi %v4, %v3 : i64
        %v6082 = arith.minsi %v115, %v6081 : i64
        %v6083 = arith.addi %v6080, %v6082 : i64
        %v6084 = llvm.getelementptr %segsum_x_im[%v6083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6075, %v6084 : f32, !llvm.ptr
        %v6085 = llvm.load %v968 : !llvm.ptr -> f32
        %v6086 = arith.muli %v132, %v8 : i64
        %v6087 = arith.addi %v6086, %v112 : i64
        %v6088 = arith.muli %v6087, %v2 : i64
        %v6089 = arith.addi %v6088, %v3 : i64
        %v6090 = arith.muli %v6089, %v4 : i64
        %v6091 = arith.subi %v4, %v3 : i64
        %v6092 = arith.minsi %v115, %v6091 : i64
        %v6093 = arith.addi %v6090, %v6092 : i64
        %v6094 = llvm.getelementptr %segsum_x_im[%v6093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6085, %v6094 : f32, !llvm.ptr
        %v6095 = llvm.load %v288 : !llvm.ptr -> f32
        %v6096 = arith.muli %v134, %v8 : i64
        %v6097 = arith.addi %v6096, %v112 : i64
        %v6098 = arith.muli %v6097, %v2 : i64
        %v6099 = arith.addi %v6098, %v3 : i64
        %v6100 = arith.muli %v6099, %v4 : i64
        %v6101 = arith.subi %v4, %v3 : i64
        %v6102 = arith.minsi %v115, %v6101 : i64
        %v6103 = arith.addi %v6100, %v6102 : i64
        %v6104 = llvm.getelementptr %segsum_x_im[%v6103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6095, %v6104 : f32, !llvm.ptr
        %v6105 = llvm.load %v225 : !llvm.ptr -> f32
        %v6106 = arith.muli %v1, %v8 : i64
        %v6107 = arith.addi %v6106, %v112 : i64
        %v6108 = arith.muli %v6107, %v2 : i64
        %v6109 = arith.addi %v6108, %v3 : i64
        %v6110 = arith.muli %v6109, %v4 : i64
        %v6111 = arith.subi %v4, %v3 : i64
        %v6112 = arith.minsi %v115, %v6111 : i64
        %v6113 = arith.addi %v6110, %v6112 : i64
        %v6114 = llvm.getelementptr %segsum_x_im[%v6113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6105, %v6114 : f32, !llvm.ptr
        %v6115 = llvm.load %v163 : !llvm.ptr -> f32
        %v6116 = arith.muli %v129, %v8 : i64
        %v6117 = arith.addi %v6116, %v112 : i64
        %v6118 = arith.muli %v6117, %v2 : i64
        %v6119 = arith.addi %v6118, %v132 : i64
        %v6120 = arith.muli %v6119, %v4 : i64
        %v6121 = arith.subi %v4, %v3 : i64
        %v6122 = arith.minsi %v115, %v6121 : i64
        %v6123 = arith.addi %v6120, %v6122 : i64
        %v6124 = llvm.getelementptr %segsum_x_im[%v6123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6115, %v6124 : f32, !llvm.ptr
        %v6125 = llvm.load %v969 : !llvm.ptr -> f32
        %v6126 = arith.muli %v3, %v8 : i64
        %v6127 = arith.addi %v6126, %v112 : i64
        %v6128 = arith.muli %v6127, %v2 : i64
        %v6129 = arith.addi %v6128, %v132 : i64
        %v6130 = arith.muli %v6129, %v4 : i64
        %v6131 = arith.subi %v4, %v3 : i64
        %v6132 = arith.minsi %v115, %v6131 : i64
        %v6133 = arith.addi %v6130, %v6132 : i64
        %v6134 = llvm.getelementptr %segsum_x_im[%v6133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6125, %v6134 : f32, !llvm.ptr
        %v6135 = llvm.load %v970 : !llvm.ptr -> f32
        %v6136 = arith.muli %v132, %v8 : i64
        %v6137 = arith.addi %v6136, %v112 : i64
        %v6138 = arith.muli %v6137, %v2 : i64
        %v6139 = arith.addi %v6138, %v132 : i64
        %v6140 = arith.muli %v6139, %v4 : i64
        %v6141 = arith.subi %v4, %v3 : i64
        %v6142 = arith.minsi %v115, %v6141 : i64
        %v6143 = arith.addi %v6140, %v6142 : i64
        %v6144 = llvm.getelementptr %segsum_x_im[%v6143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6135, %v6144 : f32, !llvm.ptr
        %v6145 = llvm.load %v290 : !llvm.ptr -> f32
        %v6146 = arith.muli %v134, %v8 : i64
        %v6147 = arith.addi %v6146, %v112 : i64
        %v6148 = arith.muli %v6147, %v2 : i64
        %v6149 = arith.addi %v6148, %v132 : i64
        %v6150 = arith.muli %v6149, %v4 : i64
        %v6151 = arith.subi %v4, %v3 : i64
        %v6152 = arith.minsi %v115, %v6151 : i64
        %v6153 = arith.addi %v6150, %v6152 : i64
        %v6154 = llvm.getelementptr %segsum_x_im[%v6153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6145, %v6154 : f32, !llvm.ptr
        %v6155 = llvm.load %v227 : !llvm.ptr -> f32
        %v6156 = arith.muli %v1, %v8 : i64
        %v6157 = arith.addi %v6156, %v112 : i64
        %v6158 = arith.muli %v6157, %v2 : i64
        %v6159 = arith.addi %v6158, %v132 : i64
        %v6160 = arith.muli %v6159, %v4 : i64
        %v6161 = arith.subi %v4, %v3 : i64
        %v6162 = arith.minsi %v115, %v6161 : i64
        %v6163 = arith.addi %v6160, %v6162 : i64
        %v6164 = llvm.getelementptr %segsum_x_im[%v6163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6155, %v6164 : f32, !llvm.ptr
        %v6165 = llvm.load %v165 : !llvm.ptr -> f32
        %v6166 = arith.muli %v129, %v8 : i64
        %v6167 = arith.addi %v6166, %v112 : i64
        %v6168 = arith.muli %v6167, %v2 : i64
        %v6169 = arith.addi %v6168, %v134 : i64
        %v6170 = arith.muli %v6169, %v4 : i64
        %v6171 = arith.subi %v4, %v3 : i64
        %v6172 = arith.minsi %v115, %v6171 : i64
        %v6173 = arith.addi %v6170, %v6172 : i64
        %v6174 = llvm.getelementptr %segsum_x_im[%v6173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6165, %v6174 : f32, !llvm.ptr
        %v6175 = llvm.load %v971 : !llvm.ptr -> f32
        %v6176 = arith.muli %v3, %v8 : i64
        %v6177 = arith.addi %v6176, %v112 : i64
        %v6178 = arith.muli %v6177, %v2 : i64
        %v6179 = arith.addi %v6178, %v134 : i64
        %v6180 = arith.muli %v6179, %v4 : i64
        %v6181 = arith.subi %v4, %v3 : i64
        %v6182 = arith.minsi %v115, %v6181 : i64
        %v6183 = arith.addi %v6180, %v6182 : i64
        %v6184 = llvm.getelementptr %segsum_x_im[%v6183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6175, %v6184 : f32, !llvm.ptr
        %v6185 = llvm.load %v972 : !llvm.ptr -> f32
        %v6186 = arith.muli %v132, %v8 : i64
        %v6187 = arith.addi %v6186, %v112 : i64
        %v6188 = arith.muli %v6187, %v2 : i64
        %v6189 = arith.addi %v6188, %v134 : i64
        %v6190 = arith.muli %v6189, %v4 : i64
        %v6191 = arith.subi %v4, %v3 : i64
        %v6192 = arith.minsi %v115, %v6191 : i64
        %v6193 = arith.addi %v6190, %v6192 : i64
        %v6194 = llvm.getelementptr %segsum_x_im[%v6193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6185, %v6194 : f32, !llvm.ptr
        %v6195 = llvm.load %v292 : !llvm.ptr -> f32
        %v6196 = arith.muli %v134, %v8 : i64
        %v6197 = arith.addi %v6196, %v112 : i64
        %v6198 = arith.muli %v6197, %v2 : i64
        %v6199 = arith.addi %v6198, %v134 : i64
        %v6200 = arith.muli %v6199, %v4 : i64
        %v6201 = arith.subi %v4, %v3 : i64
        %v6202 = arith.minsi %v115, %v6201 : i64
        %v6203 = arith.addi %v6200, %v6202 : i64
        %v6204 = llvm.getelementptr %segsum_x_im[%v6203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6195, %v6204 : f32, !llvm.ptr
        %v6205 = llvm.load %v229 : !llvm.ptr -> f32
        %v6206 = arith.muli %v1, %v8 : i64
        %v6207 = arith.addi %v6206, %v112 : i64
        %v6208 = arith.muli %v6207, %v2 : i64
        %v6209 = arith.addi %v6208, %v134 : i64
        %v6210 = arith.muli %v6209, %v4 : i64
        %v6211 = arith.subi %v4, %v3 : i64
        %v6212 = arith.minsi %v115, %v6211 : i64
        %v6213 = arith.addi %v6210, %v6212 : i64
        %v6214 = llvm.getelementptr %segsum_x_im[%v6213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6205, %v6214 : f32, !llvm.ptr
        %v6215 = llvm.load %v167 : !llvm.ptr -> f32
        %v6216 = arith.muli %v129, %v8 : i64
        %v6217 = arith.addi %v6216, %v112 : i64
        %v6218 = arith.muli %v6217, %v2 : i64
        %v6219 = arith.addi %v6218, %v1 : i64
        %v6220 = arith.muli %v6219, %v4 : i64
        %v6221 = arith.subi %v4, %v3 : i64
        %v6222 = arith.minsi %v115, %v6221 : i64
        %v6223 = arith.addi %v6220, %v6222 : i64
        %v6224 = llvm.getelementptr %segsum_x_im[%v6223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6215, %v6224 : f32, !llvm.ptr
        %v6225 = llvm.load %v973 : !llvm.ptr -> f32
        %v6226 = arith.muli %v3, %v8 : i64
        %v6227 = arith.addi %v6226, %v112 : i64
        %v6228 = arith.muli %v6227, %v2 : i64
        %v6229 = arith.addi %v6228, %v1 : i64
        %v6230 = arith.muli %v6229, %v4 : i64
        %v6231 = arith.subi %v4, %v3 : i64
        %v6232 = arith.minsi %v115, %v6231 : i64
        %v6233 = arith.addi %v6230, %v6232 : i64
        %v6234 = llvm.getelementptr %segsum_x_im[%v6233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6225, %v6234 : f32, !llvm.ptr
        %v6235 = llvm.load %v974 : !llvm.ptr -> f32
        %v6236 = arith.muli %v132, %v8 : i64
        %v6237 = arith.addi %v6236, %v112 : i64
        %v6238 = arith.muli %v6237, %v2 : i64
        %v6239 = arith.addi %v6238, %v1 : i64
        %v6240 = arith.muli %v6239, %v4 : i64
        %v6241 = arith.subi %v4, %v3 : i64
        %v6242 = arith.minsi %v115, %v6241 : i64
        %v6243 = arith.addi %v6240, %v6242 : i64
        %v6244 = llvm.getelementptr %segsum_x_im[%v6243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6235, %v6244 : f32, !llvm.ptr
        %v6245 = llvm.load %v294 : !llvm.ptr -> f32
        %v6246 = arith.muli %v134, %v8 : i64
        %v6247 = arith.addi %v6246, %v112 : i64
        %v6248 = arith.muli %v6247, %v2 : i64
        %v6249 = arith.addi %v6248, %v1 : i64
        %v6250 = arith.muli %v6249, %v4 : i64
        %v6251 = arith.subi %v4, %v3 : i64
        %v6252 = arith.minsi %v115, %v6251 : i64
        %v6253 = arith.addi %v6250, %v6252 : i64
        %v6254 = llvm.getelementptr %segsum_x_im[%v6253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6245, %v6254 : f32, !llvm.ptr
        %v6255 = llvm.load %v231 : !llvm.ptr -> f32
        %v6256 = arith.muli %v1, %v8 : i64
        %v6257 = arith.addi %v6256, %v112 : i64
        %v6258 = arith.muli %v6257, %v2 : i64
        %v6259 = arith.addi %v6258, %v1 : i64
        %v6260 = arith.muli %v6259, %v4 : i64
        %v6261 = arith.subi %v4, %v3 : i64
        %v6262 = arith.minsi %v115, %v6261 : i64
        %v6263 = arith.addi %v6260, %v6262 : i64
        %v6264 = llvm.getelementptr %segsum_x_im[%v6263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6255, %v6264 : f32, !llvm.ptr
        %v6265 = llvm.load %v169 : !llvm.ptr -> f32
        %v6266 = arith.muli %v129, %v8 : i64
        %v6267 = arith.addi %v6266, %v112 : i64
        %v6268 = arith.muli %v6267, %v2 : i64
        %v6269 = arith.addi %v6268, %v137 : i64
        %v6270 = arith.muli %v6269, %v4 : i64
        %v6271 = arith.subi %v4, %v3 : i64
        %v6272 = arith.minsi %v115, %v6271 : i64
        %v6273 = arith.addi %v6270, %v6272 : i64
        %v6274 = llvm.getelementptr %segsum_x_im[%v6273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6265, %v6274 : f32, !llvm.ptr
        %v6275 = llvm.load %v975 : !llvm.ptr -> f32
        %v6276 = arith.muli %v3, %v8 : i64
        %v6277 = arith.addi %v6276, %v112 : i64
        %v6278 = arith.muli %v6277, %v2 : i64
        %v6279 = arith.addi %v6278, %v137 : i64
        %v6280 = arith.muli %v6279, %v4 : i64
        %v6281 = arith.subi %v4, %v3 : i64
        %v6282 = arith.minsi %v115, %v6281 : i64
        %v6283 = arith.addi %v6280, %v6282 : i64
        %v6284 = llvm.getelementptr %segsum_x_im[%v6283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6275, %v6284 : f32, !llvm.ptr
        %v6285 = llvm.load %v976 : !llvm.ptr -> f32
        %v6286 = arith.muli %v132, %v8 : i64
        %v6287 = arith.addi %v6286, %v112 : i64
        %v6288 = arith.muli %v6287, %v2 : i64
        %v6289 = arith.addi %v6288, %v137 : i64
        %v6290 = arith.muli %v6289, %v4 : i64
        %v6291 = arith.subi %v4, %v3 : i64
        %v6292 = arith.minsi %v115, %v6291 : i64
        %v6293 = arith.addi %v6290, %v6292 : i64
        %v6294 = llvm.getelementptr %segsum_x_im[%v6293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6285, %v6294 : f32, !llvm.ptr
        %v6295 = llvm.load %v296 : !llvm.ptr -> f32
        %v6296 = arith.muli %v134, %v8 : i64
        %v6297 = arith.addi %v6296, %v112 : i64
        %v6298 = arith.muli %v6297, %v2 : i64
        %v6299 = arith.addi %v6298, %v137 : i64
        %v6300 = arith.muli %v6299, %v4 : i64
        %v6301 = arith.subi %v4, %v3 : i64
        %v6302 = arith.minsi %v115, %v6301 : i64
        %v6303 = arith.addi %v6300, %v6302 : i64
        %v6304 = llvm.getelementptr %segsum_x_im[%v6303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6295, %v6304 : f32, !llvm.ptr
        %v6305 = llvm.load %v233 : !llvm.ptr -> f32
        %v6306 = arith.muli %v1, %v8 : i64
        %v6307 = arith.addi %v6306, %v112 : i64
        %v6308 = arith.muli %v6307, %v2 : i64
        %v6309 = arith.addi %v6308, %v137 : i64
        %v6310 = arith.muli %v6309, %v4 : i64
        %v6311 = arith.subi %v4, %v3 : i64
        %v6312 = arith.minsi %v115, %v6311 : i64
        %v6313 = arith.addi %v6310, %v6312 : i64
        %v6314 = llvm.getelementptr %segsum_x_im[%v6313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6305, %v6314 : f32, !llvm.ptr
        %v6315 = llvm.load %v171 : !llvm.ptr -> f32
        %v6316 = arith.muli %v129, %v8 : i64
        %v6317 = arith.addi %v6316, %v112 : i64
        %v6318 = arith.muli %v6317, %v2 : i64
        %v6319 = arith.addi %v6318, %v139 : i64
        %v6320 = arith.muli %v6319, %v4 : i64
        %v6321 = arith.subi %v4, %v3 : i64
        %v6322 = arith.minsi %v115, %v6321 : i64
        %v6323 = arith.addi %v6320, %v6322 : i64
        %v6324 = llvm.getelementptr %segsum_x_im[%v6323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6315, %v6324 : f32, !llvm.ptr
        %v6325 = llvm.load %v977 : !llvm.ptr -> f32
        %v6326 = arith.muli %v3, %v8 : i64
        %v6327 = arith.addi %v6326, %v112 : i64
        %v6328 = arith.muli %v6327, %v2 : i64
        %v6329 = arith.addi %v6328, %v139 : i64
        %v6330 = arith.muli %v6329, %v4 : i64
        %v6331 = arith.subi %v4, %v3 : i64
        %v6332 = arith.minsi %v115, %v6331 : i64
        %v6333 = arith.addi %v6330, %v6332 : i64
        %v6334 = llvm.getelementptr %segsum_x_im[%v6333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6325, %v6334 : f32, !llvm.ptr
        %v6335 = llvm.load %v978 : !llvm.ptr -> f32
        %v6336 = arith.muli %v132, %v8 : i64
        %v6337 = arith.addi %v6336, %v112 : i64
        %v6338 = arith.muli %v6337, %v2 : i64
        %v6339 = arith.addi %v6338, %v139 : i64
        %v6340 = arith.muli %v6339, %v4 : i64
        %v6341 = arith.subi %v4, %v3 : i64
        %v6342 = arith.minsi %v115, %v6341 : i64
        %v6343 = arith.addi %v6340, %v6342 : i64
        %v6344 = llvm.getelementptr %segsum_x_im[%v6343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6335, %v6344 : f32, !llvm.ptr
        %v6345 = llvm.load %v298 : !llvm.ptr -> f32
        %v6346 = arith.muli %v134, %v8 : i64
        %v6347 = arith.addi %v6346, %v112 : i64
        %v6348 = arith.muli %v6347, %v2 : i64
        %v6349 = arith.addi %v6348, %v139 : i64
        %v6350 = arith.muli %v6349, %v4 : i64
        %v6351 = arith.subi %v4, %v3 : i64
        %v6352 = arith.minsi %v115, %v6351 : i64
        %v6353 = arith.addi %v6350, %v6352 : i64
        %v6354 = llvm.getelementptr %segsum_x_im[%v6353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6345, %v6354 : f32, !llvm.ptr
        %v6355 = llvm.load %v235 : !llvm.ptr -> f32
        %v6356 = arith.muli %v1, %v8 : i64
        %v6357 = arith.addi %v6356, %v112 : i64
        %v6358 = arith.muli %v6357, %v2 : i64
        %v6359 = arith.addi %v6358, %v139 : i64
        %v6360 = arith.muli %v6359, %v4 : i64
        %v6361 = arith.subi %v4, %v3 : i64
        %v6362 = arith.minsi %v115, %v6361 : i64
        %v6363 = arith.addi %v6360, %v6362 : i64
        %v6364 = llvm.getelementptr %segsum_x_im[%v6363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6355, %v6364 : f32, !llvm.ptr
        %v6365 = llvm.load %v173 : !llvm.ptr -> f32
        %v6366 = arith.muli %v129, %v8 : i64
        %v6367 = arith.addi %v6366, %v112 : i64
        %v6368 = arith.muli %v6367, %v2 : i64
        %v6369 = arith.addi %v6368, %v141 : i64
        %v6370 = arith.muli %v6369, %v4 : i64
        %v6371 = arith.subi %v4, %v3 : i64
        %v6372 = arith.minsi %v115, %v6371 : i64
        %v6373 = arith.addi %v6370, %v6372 : i64
        %v6374 = llvm.getelementptr %segsum_x_im[%v6373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6365, %v6374 : f32, !llvm.ptr
        %v6375 = llvm.load %v979 : !llvm.ptr -> f32
        %v6376 = arith.muli %v3, %v8 : i64
        %v6377 = arith.addi %v6376, %v112 : i64
        %v6378 = arith.muli %v6377, %v2 : i64
        %v6379 = arith.addi %v6378, %v141 : i64
        %v6380 = arith.muli %v6379, %v4 : i64
        %v6381 = arith.subi %v4, %v3 : i64
        %v6382 = arith.minsi %v115, %v6381 : i64
        %v6383 = arith.addi %v6380, %v6382 : i64
        %v6384 = llvm.getelementptr %segsum_x_im[%v6383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6375, %v6384 : f32, !llvm.ptr
        %v6385 = llvm.load %v980 : !llvm.ptr -> f32
        %v6386 = arith.muli %v132, %v8 : i64
        %v6387 = arith.addi %v6386, %v112 : i64
        %v6388 = arith.muli %v6387, %v2 : i64
        %v6389 = arith.addi %v6388, %v141 : i64
        %v6390 = arith.muli %v6389, %v4 : i64
        %v6391 = arith.subi %v4, %v3 : i64
        %v6392 = arith.minsi %v115, %v6391 : i64
        %v6393 = arith.addi %v6390, %v6392 : i64
        %v6394 = llvm.getelementptr %segsum_x_im[%v6393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6385, %v6394 : f32, !llvm.ptr
        %v6395 = llvm.load %v300 : !llvm.ptr -> f32
        %v6396 = arith.muli %v134, %v8 : i64
        %v6397 = arith.addi %v6396, %v112 : i64
        %v6398 = arith.muli %v6397, %v2 : i64
        %v6399 = arith.addi %v6398, %v141 : i64
        %v6400 = arith.muli %v6399, %v4 : i64
        %v6401 = arith.subi %v4, %v3 : i64
        %v6402 = arith.minsi %v115, %v6401 : i64
        %v6403 = arith.addi %v6400, %v6402 : i64
        %v6404 = llvm.getelementptr %segsum_x_im[%v6403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6395, %v6404 : f32, !llvm.ptr
        %v6405 = llvm.load %v237 : !llvm.ptr -> f32
        %v6406 = arith.muli %v1, %v8 : i64
        %v6407 = arith.addi %v6406, %v112 : i64
        %v6408 = arith.muli %v6407, %v2 : i64
        %v6409 = arith.addi %v6408, %v141 : i64
        %v6410 = arith.muli %v6409, %v4 : i64
        %v6411 = arith.subi %v4, %v3 : i64
        %v6412 = arith.minsi %v115, %v6411 : i64
        %v6413 = arith.addi %v6410, %v6412 : i64
        %v6414 = llvm.getelementptr %segsum_x_im[%v6413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6405, %v6414 : f32, !llvm.ptr
        %v6415 = llvm.load %v175 : !llvm.ptr -> f32
        %v6416 = arith.muli %v129, %v8 : i64
        %v6417 = arith.addi %v6416, %v112 : i64
        %v6418 = arith.muli %v6417, %v2 : i64
        %v6419 = arith.addi %v6418, %v143 : i64
        %v6420 = arith.muli %v6419, %v4 : i64
        %v6421 = arith.subi %v4, %v3 : i64
        %v6422 = arith.minsi %v115, %v6421 : i64
        %v6423 = arith.addi %v6420, %v6422 : i64
        %v6424 = llvm.getelementptr %segsum_x_im[%v6423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6415, %v6424 : f32, !llvm.ptr
        %v6425 = llvm.load %v981 : !llvm.ptr -> f32
        %v6426 = arith.muli %v3, %v8 : i64
        %v6427 = arith.addi %v6426, %v112 : i64
        %v6428 = arith.muli %v6427, %v2 : i64
        %v6429 = arith.addi %v6428, %v143 : i64
        %v6430 = arith.muli %v6429, %v4 : i64
        %v6431 = arith.subi %v4, %v3 : i64
        %v6432 = arith.minsi %v115, %v6431 : i64
        %v6433 = arith.addi %v6430, %v6432 : i64
        %v6434 = llvm.getelementptr %segsum_x_im[%v6433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6425, %v6434 : f32, !llvm.ptr
        %v6435 = llvm.load %v982 : !llvm.ptr -> f32
        %v6436 = arith.muli %v132, %v8 : i64
        %v6437 = arith.addi %v6436, %v112 : i64
        %v6438 = arith.muli %v6437, %v2 : i64
        %v6439 = arith.addi %v6438, %v143 : i64
        %v6440 = arith.muli %v6439, %v4 : i64
        %v6441 = arith.subi %v4, %v3 : i64
        %v6442 = arith.minsi %v115, %v6441 : i64
        %v6443 = arith.addi %v6440, %v6442 : i64
        %v6444 = llvm.getelementptr %segsum_x_im[%v6443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6435, %v6444 : f32, !llvm.ptr
        %v6445 = llvm.load %v302 : !llvm.ptr -> f32
        %v6446 = arith.muli %v134, %v8 : i64
        %v6447 = arith.addi %v6446, %v112 : i64
        %v6448 = arith.muli %v6447, %v2 : i64
        %v6449 = arith.addi %v6448, %v143 : i64
        %v6450 = arith.muli %v6449, %v4 : i64
        %v6451 = arith.subi %v4, %v3 : i64
        %v6452 = arith.minsi %v115, %v6451 : i64
        %v6453 = arith.addi %v6450, %v6452 : i64
        %v6454 = llvm.getelementptr %segsum_x_im[%v6453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6445, %v6454 : f32, !llvm.ptr
        %v6455 = llvm.load %v239 : !llvm.ptr -> f32
        %v6456 = arith.muli %v1, %v8 : i64
        %v6457 = arith.addi %v6456, %v112 : i64
        %v6458 = arith.muli %v6457, %v2 : i64
        %v6459 = arith.addi %v6458, %v143 : i64
        %v6460 = arith.muli %v6459, %v4 : i64
        %v6461 = arith.subi %v4, %v3 : i64
        %v6462 = arith.minsi %v115, %v6461 : i64
        %v6463 = arith.addi %v6460, %v6462 : i64
        %v6464 = llvm.getelementptr %segsum_x_im[%v6463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6455, %v6464 : f32, !llvm.ptr
        %v6465 = llvm.load %v177 : !llvm.ptr -> f32
        %v6466 = arith.muli %v129, %v8 : i64
        %v6467 = arith.addi %v6466, %v112 : i64
        %v6468 = arith.muli %v6467, %v2 : i64
        %v6469 = arith.addi %v6468, %v145 : i64
        %v6470 = arith.muli %v6469, %v4 : i64
        %v6471 = arith.subi %v4, %v3 : i64
        %v6472 = arith.minsi %v115, %v6471 : i64
        %v6473 = arith.addi %v6470, %v6472 : i64
        %v6474 = llvm.getelementptr %segsum_x_im[%v6473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6465, %v6474 : f32, !llvm.ptr
        %v6475 = llvm.load %v983 : !llvm.ptr -> f32
        %v6476 = arith.muli %v3, %v8 : i64
        %v6477 = arith.addi %v6476, %v112 : i64
        %v6478 = arith.muli %v6477, %v2 : i64
        %v6479 = arith.addi %v6478, %v145 : i64
        %v6480 = arith.muli %v6479, %v4 : i64
        %v6481 = arith.subi %v4, %v3 : i64
        %v6482 = arith.minsi %v115, %v6481 : i64
        %v6483 = arith.addi %v6480, %v6482 : i64
        %v6484 = llvm.getelementptr %segsum_x_im[%v6483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6475, %v6484 : f32, !llvm.ptr
        %v6485 = llvm.load %v984 : !llvm.ptr -> f32
        %v6486 = arith.muli %v132, %v8 : i64
        %v6487 = arith.addi %v6486, %v112 : i64
        %v6488 = arith.muli %v6487, %v2 : i64
        %v6489 = arith.addi %v6488, %v145 : i64
        %v6490 = arith.muli %v6489, %v4 : i64
        %v6491 = arith.subi %v4, %v3 : i64
        %v6492 = arith.minsi %v115, %v6491 : i64
        %v6493 = arith.addi %v6490, %v6492 : i64
        %v6494 = llvm.getelementptr %segsum_x_im[%v6493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6485, %v6494 : f32, !llvm.ptr
        %v6495 = llvm.load %v304 : !llvm.ptr -> f32
        %v6496 = arith.muli %v134, %v8 : i64
        %v6497 = arith.addi %v6496, %v112 : i64
        %v6498 = arith.muli %v6497, %v2 : i64
        %v6499 = arith.addi %v6498, %v145 : i64
        %v6500 = arith.muli %v6499, %v4 : i64
        %v6501 = arith.subi %v4, %v3 : i64
        %v6502 = arith.minsi %v115, %v6501 : i64
        %v6503 = arith.addi %v6500, %v6502 : i64
        %v6504 = llvm.getelementptr %segsum_x_im[%v6503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6495, %v6504 : f32, !llvm.ptr
        %v6505 = llvm.load %v241 : !llvm.ptr -> f32
        %v6506 = arith.muli %v1, %v8 : i64
        %v6507 = arith.addi %v6506, %v112 : i64
        %v6508 = arith.muli %v6507, %v2 : i64
        %v6509 = arith.addi %v6508, %v145 : i64
        %v6510 = arith.muli %v6509, %v4 : i64
        %v6511 = arith.subi %v4, %v3 : i64
        %v6512 = arith.minsi %v115, %v6511 : i64
        %v6513 = arith.addi %v6510, %v6512 : i64
        %v6514 = llvm.getelementptr %segsum_x_im[%v6513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6505, %v6514 : f32, !llvm.ptr
        %v6515 = llvm.load %v179 : !llvm.ptr -> f32
        %v6516 = arith.muli %v129, %v8 : i64
        %v6517 = arith.addi %v6516, %v112 : i64
        %v6518 = arith.muli %v6517, %v2 : i64
        %v6519 = arith.addi %v6518, %v147 : i64
        %v6520 = arith.muli %v6519, %v4 : i64
        %v6521 = arith.subi %v4, %v3 : i64
        %v6522 = arith.minsi %v115, %v6521 : i64
        %v6523 = arith.addi %v6520, %v6522 : i64
        %v6524 = llvm.getelementptr %segsum_x_im[%v6523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6515, %v6524 : f32, !llvm.ptr
        %v6525 = llvm.load %v985 : !llvm.ptr -> f32
        %v6526 = arith.muli %v3, %v8 : i64
        %v6527 = arith.addi %v6526, %v112 : i64
        %v6528 = arith.muli %v6527, %v2 : i64
        %v6529 = arith.addi %v6528, %v147 : i64
        %v6530 = arith.muli %v6529, %v4 : i64
        %v6531 = arith.subi %v4, %v3 : i64
        %v6532 = arith.minsi %v115, %v6531 : i64
        %v6533 = arith.addi %v6530, %v6532 : i64
        %v6534 = llvm.getelementptr %segsum_x_im[%v6533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6525, %v6534 : f32, !llvm.ptr
        %v6535 = llvm.load %v986 : !llvm.ptr -> f32
        %v6536 = arith.muli %v132, %v8 : i64
        %v6537 = arith.addi %v6536, %v112 : i64
        %v6538 = arith.muli %v6537, %v2 : i64
        %v6539 = arith.addi %v6538, %v147 : i64
        %v6540 = arith.muli %v6539, %v4 : i64
        %v6541 = arith.subi %v4, %v3 : i64
        %v6542 = arith.minsi %v115, %v6541 : i64
        %v6543 = arith.addi %v6540, %v6542 : i64
        %v6544 = llvm.getelementptr %segsum_x_im[%v6543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6535, %v6544 : f32, !llvm.ptr
        %v6545 = llvm.load %v306 : !llvm.ptr -> f32
        %v6546 = arith.muli %v134, %v8 : i64
        %v6547 = arith.addi %v6546, %v112 : i64
        %v6548 = arith.muli %v6547, %v2 : i64
        %v6549 = arith.addi %v6548, %v147 : i64
        %v6550 = arith.muli %v6549, %v4 : i64
        %v6551 = arith.subi %v4, %v3 : i64
        %v6552 = arith.minsi %v115, %v6551 : i64
        %v6553 = arith.addi %v6550, %v6552 : i64
        %v6554 = llvm.getelementptr %segsum_x_im[%v6553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6545, %v6554 : f32, !llvm.ptr
        %v6555 = llvm.load %v243 : !llvm.ptr -> f32
        %v6556 = arith.muli %v1, %v8 : i64
        %v6557 = arith.addi %v6556, %v112 : i64
        %v6558 = arith.muli %v6557, %v2 : i64
        %v6559 = arith.addi %v6558, %v147 : i64
        %v6560 = arith.muli %v6559, %v4 : i64
        %v6561 = arith.subi %v4, %v3 : i64
        %v6562 = arith.minsi %v115, %v6561 : i64
        %v6563 = arith.addi %v6560, %v6562 : i64
        %v6564 = llvm.getelementptr %segsum_x_im[%v6563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6555, %v6564 : f32, !llvm.ptr
        %v6565 = llvm.load %v181 : !llvm.ptr -> f32
        %v6566 = arith.muli %v129, %v8 : i64
        %v6567 = arith.addi %v6566, %v112 : i64
        %v6568 = arith.muli %v6567, %v2 : i64
        %v6569 = arith.addi %v6568, %v149 : i64
        %v6570 = arith.muli %v6569, %v4 : i64
        %v6571 = arith.subi %v4, %v3 : i64
        %v6572 = arith.minsi %v115, %v6571 : i64
        %v6573 = arith.addi %v6570, %v6572 : i64
        %v6574 = llvm.getelementptr %segsum_x_im[%v6573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6565, %v6574 : f32, !llvm.ptr
        %v6575 = llvm.load %v987 : !llvm.ptr -> f32
        %v6576 = arith.muli %v3, %v8 : i64
        %v6577 = arith.addi %v6576, %v112 : i64
        %v6578 = arith.muli %v6577, %v2 : i64
        %v6579 = arith.addi %v6578, %v149 : i64
        %v6580 = arith.muli %v6579, %v4 : i64
        %v6581 = arith.subi %v4, %v3 : i64
        %v6582 = arith.minsi %v115, %v6581 : i64
        %v6583 = arith.addi %v6580, %v6582 : i64
        %v6584 = llvm.getelementptr %segsum_x_im[%v6583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6575, %v6584 : f32, !llvm.ptr
        %v6585 = llvm.load %v988 : !llvm.ptr -> f32
        %v6586 = arith.muli %v132, %v8 : i64
        %v6587 = arith.addi %v6586, %v112 : i64
        %v6588 = arith.muli %v6587, %v2 : i64
        %v6589 = arith.addi %v6588, %v149 : i64
        %v6590 = arith.muli %v6589, %v4 : i64
        %v6591 = arith.subi %v4, %v3 : i64
        %v6592 = arith.minsi %v115, %v6591 : i64
        %v6593 = arith.addi %v6590, %v6592 : i64
        %v6594 = llvm.getelementptr %segsum_x_im[%v6593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6585, %v6594 : f32, !llvm.ptr
        %v6595 = llvm.load %v308 : !llvm.ptr -> f32
        %v6596 = arith.muli %v134, %v8 : i64
        %v6597 = arith.addi %v6596, %v112 : i64
        %v6598 = arith.muli %v6597, %v2 : i64
        %v6599 = arith.addi %v6598, %v149 : i64
        %v6600 = arith.muli %v6599, %v4 : i64
        %v6601 = arith.subi %v4, %v3 : i64
        %v6602 = arith.minsi %v115, %v6601 : i64
        %v6603 = arith.addi %v6600, %v6602 : i64
        %v6604 = llvm.getelementptr %segsum_x_im[%v6603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6595, %v6604 : f32, !llvm.ptr
        %v6605 = llvm.load %v245 : !llvm.ptr -> f32
        %v6606 = arith.muli %v1, %v8 : i64
        %v6607 = arith.addi %v6606, %v112 : i64
        %v6608 = arith.muli %v6607, %v2 : i64
        %v6609 = arith.addi %v6608, %v149 : i64
        %v6610 = arith.muli %v6609, %v4 : i64
        %v6611 = arith.subi %v4, %v3 : i64
        %v6612 = arith.minsi %v115, %v6611 : i64
        %v6613 = arith.addi %v6610, %v6612 : i64
        %v6614 = llvm.getelementptr %segsum_x_im[%v6613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6605, %v6614 : f32, !llvm.ptr
        %v6615 = llvm.load %v183 : !llvm.ptr -> f32
        %v6616 = arith.muli %v129, %v8 : i64
        %v6617 = arith.addi %v6616, %v112 : i64
        %v6618 = arith.muli %v6617, %v2 : i64
        %v6619 = arith.addi %v6618, %v151 : i64
        %v6620 = arith.muli %v6619, %v4 : i64
        %v6621 = arith.subi %v4, %v3 : i64
        %v6622 = arith.minsi %v115, %v6621 : i64
        %v6623 = arith.addi %v6620, %v6622 : i64
        %v6624 = llvm.getelementptr %segsum_x_im[%v6623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6615, %v6624 : f32, !llvm.ptr
        %v6625 = llvm.load %v989 : !llvm.ptr -> f32
        %v6626 = arith.muli %v3, %v8 : i64
        %v6627 = arith.addi %v6626, %v112 : i64
        %v6628 = arith.muli %v6627, %v2 : i64
        %v6629 = arith.addi %v6628, %v151 : i64
        %v6630 = arith.muli %v6629, %v4 : i64
        %v6631 = arith.subi %v4, %v3 : i64
        %v6632 = arith.minsi %v115, %v6631 : i64
        %v6633 = arith.addi %v6630, %v6632 : i64
        %v6634 = llvm.getelementptr %segsum_x_im[%v6633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6625, %v6634 : f32, !llvm.ptr
        %v6635 = llvm.load %v990 : !llvm.ptr -> f32
        %v6636 = arith.muli %v132, %v8 : i64
        %v6637 = arith.addi %v6636, %v112 : i64
        %v6638 = arith.muli %v6637, %v2 : i64
        %v6639 = arith.addi %v6638, %v151 : i64
        %v6640 = arith.muli %v6639, %v4 : i64
        %v6641 = arith.subi %v4, %v3 : i64
        %v6642 = arith.minsi %v115, %v6641 : i64
        %v6643 = arith.addi %v6640, %v6642 : i64
        %v6644 = llvm.getelementptr %segsum_x_im[%v6643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6635, %v6644 : f32, !llvm.ptr
        %v6645 = llvm.load %v310 : !llvm.ptr -> f32
        %v6646 = arith.muli %v134, %v8 : i64
        %v6647 = arith.addi %v6646, %v112 : i64
        %v6648 = arith.muli %v6647, %v2 : i64
        %v6649 = arith.addi %v6648, %v151 : i64
        %v6650 = arith.muli %v6649, %v4 : i64
        %v6651 = arith.subi %v4, %v3 : i64
        %v6652 = arith.minsi %v115, %v6651 : i64
        %v6653 = arith.addi %v6650, %v6652 : i64
        %v6654 = llvm.getelementptr %segsum_x_im[%v6653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6645, %v6654 : f32, !llvm.ptr
        %v6655 = llvm.load %v247 : !llvm.ptr -> f32
        %v6656 = arith.muli %v1, %v8 : i64
        %v6657 = arith.addi %v6656, %v112 : i64
        %v6658 = arith.muli %v6657, %v2 : i64
        %v6659 = arith.addi %v6658, %v151 : i64
        %v6660 = arith.muli %v6659, %v4 : i64
        %v6661 = arith.subi %v4, %v3 : i64
        %v6662 = arith.minsi %v115, %v6661 : i64
        %v6663 = arith.addi %v6660, %v6662 : i64
        %v6664 = llvm.getelementptr %segsum_x_im[%v6663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6655, %v6664 : f32, !llvm.ptr
        %v6665 = llvm.load %v185 : !llvm.ptr -> f32
        %v6666 = arith.muli %v129, %v8 : i64
        %v6667 = arith.addi %v6666, %v112 : i64
        %v6668 = arith.muli %v6667, %v2 : i64
        %v6669 = arith.addi %v6668, %v153 : i64
        %v6670 = arith.muli %v6669, %v4 : i64
        %v6671 = arith.subi %v4, %v3 : i64
        %v6672 = arith.minsi %v115, %v6671 : i64
        %v6673 = arith.addi %v6670, %v6672 : i64
        %v6674 = llvm.getelementptr %segsum_x_im[%v6673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6665, %v6674 : f32, !llvm.ptr
        %v6675 = llvm.load %v991 : !llvm.ptr -> f32
        %v6676 = arith.muli %v3, %v8 : i64
        %v6677 = arith.addi %v6676, %v112 : i64
        %v6678 = arith.muli %v6677, %v2 : i64
        %v6679 = arith.addi %v6678, %v153 : i64
        %v6680 = arith.muli %v6679, %v4 : i64
        %v6681 = arith.subi %v4, %v3 : i64
        %v6682 = arith.minsi %v115, %v6681 : i64
        %v6683 = arith.addi %v6680, %v6682 : i64
        %v6684 = llvm.getelementptr %segsum_x_im[%v6683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6675, %v6684 : f32, !llvm.ptr
        %v6685 = llvm.load %v992 : !llvm.ptr -> f32
        %v6686 = arith.muli %v132, %v8 : i64
        %v6687 = arith.addi %v6686, %v112 : i64
        %v6688 = arith.muli %v6687, %v2 : i64
        %v6689 = arith.addi %v6688, %v153 : i64
        %v6690 = arith.muli %v6689, %v4 : i64
        %v6691 = arith.subi %v4, %v3 : i64
        %v6692 = arith.minsi %v115, %v6691 : i64
        %v6693 = arith.addi %v6690, %v6692 : i64
        %v6694 = llvm.getelementptr %segsum_x_im[%v6693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6685, %v6694 : f32, !llvm.ptr
        %v6695 = llvm.load %v312 : !llvm.ptr -> f32
        %v6696 = arith.muli %v134, %v8 : i64
        %v6697 = arith.addi %v6696, %v112 : i64
        %v6698 = arith.muli %v6697, %v2 : i64
        %v6699 = arith.addi %v6698, %v153 : i64
        %v6700 = arith.muli %v6699, %v4 : i64
        %v6701 = arith.subi %v4, %v3 : i64
        %v6702 = arith.minsi %v115, %v6701 : i64
        %v6703 = arith.addi %v6700, %v6702 : i64
        %v6704 = llvm.getelementptr %segsum_x_im[%v6703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6695, %v6704 : f32, !llvm.ptr
        %v6705 = llvm.load %v249 : !llvm.ptr -> f32
        %v6706 = arith.muli %v1, %v8 : i64
        %v6707 = arith.addi %v6706, %v112 : i64
        %v6708 = arith.muli %v6707, %v2 : i64
        %v6709 = arith.addi %v6708, %v153 : i64
        %v6710 = arith.muli %v6709, %v4 : i64
        %v6711 = arith.subi %v4, %v3 : i64
        %v6712 = arith.minsi %v115, %v6711 : i64
        %v6713 = arith.addi %v6710, %v6712 : i64
        %v6714 = llvm.getelementptr %segsum_x_im[%v6713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6705, %v6714 : f32, !llvm.ptr
        %v6715 = llvm.load %v187 : !llvm.ptr -> f32
        %v6716 = arith.muli %v129, %v8 : i64
        %v6717 = arith.addi %v6716, %v112 : i64
        %v6718 = arith.muli %v6717, %v2 : i64
        %v6719 = arith.addi %v6718, %v155 : i64
        %v6720 = arith.muli %v6719, %v4 : i64
        %v6721 = arith.subi %v4, %v3 : i64
        %v6722 = arith.minsi %v115, %v6721 : i64
        %v6723 = arith.addi %v6720, %v6722 : i64
        %v6724 = llvm.getelementptr %segsum_x_im[%v6723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6715, %v6724 : f32, !llvm.ptr
        %v6725 = llvm.load %v993 : !llvm.ptr -> f32
        %v6726 = arith.muli %v3, %v8 : i64
        %v6727 = arith.addi %v6726, %v112 : i64
        %v6728 = arith.muli %v6727, %v2 : i64
        %v6729 = arith.addi %v6728, %v155 : i64
        %v6730 = arith.muli %v6729, %v4 : i64
        %v6731 = arith.subi %v4, %v3 : i64
        %v6732 = arith.minsi %v115, %v6731 : i64
        %v6733 = arith.addi %v6730, %v6732 : i64
        %v6734 = llvm.getelementptr %segsum_x_im[%v6733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6725, %v6734 : f32, !llvm.ptr
        %v6735 = llvm.load %v994 : !llvm.ptr -> f32
        %v6736 = arith.muli %v132, %v8 : i64
        %v6737 = arith.addi %v6736, %v112 : i64
        %v6738 = arith.muli %v6737, %v2 : i64
        %v6739 = arith.addi %v6738, %v155 : i64
        %v6740 = arith.muli %v6739, %v4 : i64
        %v6741 = arith.subi %v4, %v3 : i64
        %v6742 = arith.minsi %v115, %v6741 : i64
        %v6743 = arith.addi %v6740, %v6742 : i64
        %v6744 = llvm.getelementptr %segsum_x_im[%v6743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6735, %v6744 : f32, !llvm.ptr
        %v6745 = llvm.load %v314 : !llvm.ptr -> f32
        %v6746 = arith.muli %v134, %v8 : i64
        %v6747 = arith.addi %v6746, %v112 : i64
        %v6748 = arith.muli %v6747, %v2 : i64
        %v6749 = arith.addi %v6748, %v155 : i64
        %v6750 = arith.muli %v6749, %v4 : i64
        %v6751 = arith.subi %v4, %v3 : i64
        %v6752 = arith.minsi %v115, %v6751 : i64
        %v6753 = arith.addi %v6750, %v6752 : i64
        %v6754 = llvm.getelementptr %segsum_x_im[%v6753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6745, %v6754 : f32, !llvm.ptr
        %v6755 = llvm.load %v251 : !llvm.ptr -> f32
        %v6756 = arith.muli %v1, %v8 : i64
        %v6757 = arith.addi %v6756, %v112 : i64
        %v6758 = arith.muli %v6757, %v2 : i64
        %v6759 = arith.addi %v6758, %v155 : i64
        %v6760 = arith.muli %v6759, %v4 : i64
        %v6761 = arith.subi %v4, %v3 : i64
        %v6762 = arith.minsi %v115, %v6761 : i64
        %v6763 = arith.addi %v6760, %v6762 : i64
        %v6764 = llvm.getelementptr %segsum_x_im[%v6763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6755, %v6764 : f32, !llvm.ptr
        %v6765 = llvm.load %v189 : !llvm.ptr -> f32
        %v6766 = arith.muli %v129, %v8 : i64
        %v6767 = arith.addi %v6766, %v112 : i64
        %v6768 = arith.muli %v6767, %v2 : i64
        %v6769 = arith.addi %v6768, %v157 : i64
        %v6770 = arith.muli %v6769, %v4 : i64
        %v6771 = arith.subi %v4, %v3 : i64
        %v6772 = arith.minsi %v115, %v6771 : i64
        %v6773 = arith.addi %v6770, %v6772 : i64
        %v6774 = llvm.getelementptr %segsum_x_im[%v6773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6765, %v6774 : f32, !llvm.ptr
        %v6775 = llvm.load %v995 : !llvm.ptr -> f32
        %v6776 = arith.muli %v3, %v8 : i64
        %v6777 = arith.addi %v6776, %v112 : i64
        %v6778 = arith.muli %v6777, %v2 : i64
        %v6779 = arith.addi %v6778, %v157 : i64
        %v6780 = arith.muli %v6779, %v4 : i64
        %v6781 = arith.subi %v4, %v3 : i64
        %v6782 = arith.minsi %v115, %v6781 : i64
        %v6783 = arith.addi %v6780, %v6782 : i64
        %v6784 = llvm.getelementptr %segsum_x_im[%v6783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6775, %v6784 : f32, !llvm.ptr
        %v6785 = llvm.load %v996 : !llvm.ptr -> f32
        %v6786 = arith.muli %v132, %v8 : i64
        %v6787 = arith.addi %v6786, %v112 : i64
        %v6788 = arith.muli %v6787, %v2 : i64
        %v6789 = arith.addi %v6788, %v157 : i64
        %v6790 = arith.muli %v6789, %v4 : i64
        %v6791 = arith.subi %v4, %v3 : i64
        %v6792 = arith.minsi %v115, %v6791 : i64
        %v6793 = arith.addi %v6790, %v6792 : i64
        %v6794 = llvm.getelementptr %segsum_x_im[%v6793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6785, %v6794 : f32, !llvm.ptr
        %v6795 = llvm.load %v316 : !llvm.ptr -> f32
        %v6796 = arith.muli %v134, %v8 : i64
        %v6797 = arith.addi %v6796, %v112 : i64
        %v6798 = arith.muli %v6797, %v2 : i64
        %v6799 = arith.addi %v6798, %v157 : i64
        %v6800 = arith.muli %v6799, %v4 : i64
        %v6801 = arith.subi %v4, %v3 : i64
        %v6802 = arith.minsi %v115, %v6801 : i64
        %v6803 = arith.addi %v6800, %v6802 : i64
        %v6804 = llvm.getelementptr %segsum_x_im[%v6803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6795, %v6804 : f32, !llvm.ptr
        %v6805 = llvm.load %v252 : !llvm.ptr -> f32
        %v6806 = arith.muli %v1, %v8 : i64
        %v6807 = arith.addi %v6806, %v112 : i64
        %v6808 = arith.muli %v6807, %v2 : i64
        %v6809 = arith.addi %v6808, %v157 : i64
        %v6810 = arith.muli %v6809, %v4 : i64
        %v6811 = arith.subi %v4, %v3 : i64
        %v6812 = arith.minsi %v115, %v6811 : i64
        %v6813 = arith.addi %v6810, %v6812 : i64
        %v6814 = llvm.getelementptr %segsum_x_im[%v6813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6805, %v6814 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
