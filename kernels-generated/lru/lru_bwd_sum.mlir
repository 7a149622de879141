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
      %v124 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v125 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v126 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v127 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v128 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v129 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v130 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v131 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v132 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v133 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v134 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v135 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v136 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v137 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v138 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v139 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v140 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v141 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v142 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v143 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v144 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v145 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v146 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v147 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v148 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v149 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v150 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v151 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v152 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v153 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v154 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v155 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v156 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v157 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v158 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v159 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v160 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v161 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v162 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v163 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v164 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v165 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v166 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v167 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v168 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v169 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v170 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v171 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v172 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v173 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v174 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v175 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v176 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v177 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v178 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v179 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v180 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v181 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v182 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v183 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v184 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v185 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v186 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v187 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v188 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v189 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v190 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v191 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v192 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v193 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v194 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v195 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v196 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v197 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v198 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v199 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v200 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v201 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v202 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v203 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v204 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v205 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v206 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v207 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v208 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v209 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v210 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v211 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v212 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v213 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v214 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v215 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v216 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v217 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v218 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v219 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v220 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v221 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v222 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v223 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v224 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v225 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v226 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v227 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v228 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v229 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v230 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v231 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v232 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v233 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v234 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v235 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v236 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v237 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v238 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v239 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v240 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v241 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v242 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v243 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v244 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v245 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v246 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v247 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v248 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v249 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v250 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v251 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v252 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v253 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v254 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v255 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v256 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v257 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v258 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v259 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v260 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v261 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v262 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v263 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v264 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v265 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v266 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v267 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v268 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v269 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v270 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v271 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v272 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v273 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v274 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v275 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v276 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v277 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v278 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v279 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v280 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v281 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v282 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v283 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v284 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v285 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v286 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v287 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v288 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v289 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v290 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v291 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v292 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v293 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v294 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v295 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v296 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v297 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v298 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v299 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v300 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v301 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v302 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v303 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v304 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v305 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v306 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v307 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v308 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v309 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v310 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v311 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v312 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v313 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v314 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v315 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v316 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v317 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v318 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v319 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v320 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v321 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v322 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v323 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v324 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v325 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v326 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v327 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v328 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v329 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v330 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v331 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v332 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v333 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v334 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v335 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v336 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v337 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v338 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v339 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v340 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v341 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v342 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v343 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v344 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v345 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v346 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v347 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v348 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v349 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v350 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v351 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v352 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v353 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v354 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v355 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v356 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v357 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v358 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v359 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v360 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v361 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v362 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v363 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v364 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v365 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v366 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v367 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v368 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v369 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v370 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v371 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v372 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v373 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v374 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v375 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v376 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v377 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v378 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v379 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v380 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v381 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v382 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v383 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v384 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v385 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v386 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v387 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v388 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v389 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v390 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v391 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v392 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v393 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v394 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v395 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v396 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v397 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v398 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v399 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v400 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v401 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v402 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v403 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v404 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v405 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v406 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v407 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v408 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v409 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v410 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v411 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v412 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v413 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v414 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v415 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v416 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v417 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v418 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v419 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v420 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v421 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v422 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v423 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v424 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v425 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v426 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v427 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v428 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v429 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v430 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v431 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v432 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v433 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v434 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v435 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v436 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v437 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v438 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v439 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v440 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v441 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v442 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v443 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v444 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v445 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v446 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v447 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v448 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v449 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v450 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v451 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v452 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v453 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v454 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v455 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v456 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v457 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v458 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v459 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v460 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v461 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v462 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v463 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v464 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v465 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v466 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v467 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v468 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v469 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v470 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v471 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v472 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v473 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v474 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v475 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v476 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v477 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v478 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v479 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v480 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v481 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v482 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v483 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v484 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v485 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v486 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v487 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v488 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v489 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v490 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v491 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v492 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v493 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v494 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v495 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v496 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v497 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v498 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v499 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v500 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v501 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v502 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v503 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v504 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v505 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v506 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v507 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v508 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v509 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v510 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v511 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v512 = arith.constant 0x00000000 : f32
      %v513 = arith.constant 0x3F800000 : f32
      %v514 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v515 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v516 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v517 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v518 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v519 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v520 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v521 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v522 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v523 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v524 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v525 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v526 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v527 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v528 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v529 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v530 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v531 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v532 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v533 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v534 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v535 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v536 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v537 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v538 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v539 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v540 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v541 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v542 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v543 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v544 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v545 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v546 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v547 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v548 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v549 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v550 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v551 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v552 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v553 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v554 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v555 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v556 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v557 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v558 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v559 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v560 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v561 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v562 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v563 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v564 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v565 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v566 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v567 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v568 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v569 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v570 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v571 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v572 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v573 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v574 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v575 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v576 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v577 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v578 = arith.constant 0 : i64
      %v580 = arith.constant 64 : i64
      %v623 = arith.constant 2147483647 : i64
      %v627 = arith.constant 0 : i32
      %v727 = arith.muli %v3, %v2 : i64
      %v731 = arith.muli %v3, %v1 : i64
      %v732 = arith.muli %v731, %size_L : i64
      %v2154 = arith.constant 0x3FB8AA3B : f32
      %v2165 = arith.constant 0x3E22F983 : f32
      %v2168 = arith.constant 0x40C90000 : f32
      %v2169 = arith.constant 0x3AFDAA22 : f32
      %v4725 = arith.constant 2 : i64
      %v4736 = arith.constant 3 : i64
      %v4957 = arith.constant 5 : i64
      %v5008 = arith.constant 6 : i64
      %v5059 = arith.constant 7 : i64
      %v5110 = arith.constant 8 : i64
      %v5161 = arith.constant 9 : i64
      %v5212 = arith.constant 10 : i64
      %v5263 = arith.constant 11 : i64
      %v5314 = arith.constant 12 : i64
      %v5365 = arith.constant 13 : i64
      %v5416 = arith.constant 14 : i64
      %v5467 = arith.constant 15 : i64
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
      llvm.store %v512, %v124 : f32, !llvm.ptr
      llvm.store %v512, %v125 : f32, !llvm.ptr
      llvm.store %v512, %v126 : f32, !llvm.ptr
      llvm.store %v512, %v127 : f32, !llvm.ptr
      llvm.store %v512, %v128 : f32, !llvm.ptr
      llvm.store %v512, %v129 : f32, !llvm.ptr
      llvm.store %v512, %v130 : f32, !llvm.ptr
      llvm.store %v512, %v131 : f32, !llvm.ptr
      llvm.store %v512, %v132 : f32, !llvm.ptr
      llvm.store %v512, %v133 : f32, !llvm.ptr
      llvm.store %v512, %v134 : f32, !llvm.ptr
      llvm.store %v512, %v135 : f32, !llvm.ptr
      llvm.store %v512, %v136 : f32, !llvm.ptr
      llvm.store %v512, %v137 : f32, !llvm.ptr
      llvm.store %v512, %v138 : f32, !llvm.ptr
      llvm.store %v512, %v139 : f32, !llvm.ptr
      llvm.store %v512, %v140 : f32, !llvm.ptr
      llvm.store %v512, %v141 : f32, !llvm.ptr
      llvm.store %v512, %v142 : f32, !llvm.ptr
      llvm.store %v512, %v143 : f32, !llvm.ptr
      llvm.store %v512, %v144 : f32, !llvm.ptr
      llvm.store %v512, %v145 : f32, !llvm.ptr
      llvm.store %v512, %v146 : f32, !llvm.ptr
      llvm.store %v512, %v147 : f32, !llvm.ptr
      llvm.store %v512, %v148 : f32, !llvm.ptr
      llvm.store %v512, %v149 : f32, !llvm.ptr
      llvm.store %v512, %v150 : f32, !llvm.ptr
      llvm.store %v512, %v151 : f32, !llvm.ptr
      llvm.store %v512, %v152 : f32, !llvm.ptr
      llvm.store %v512, %v153 : f32, !llvm.ptr
      llvm.store %v512, %v154 : f32, !llvm.ptr
      llvm.store %v512, %v155 : f32, !llvm.ptr
      llvm.store %v513, %v156 : f32, !llvm.ptr
      llvm.store %v513, %v157 : f32, !llvm.ptr
      llvm.store %v513, %v158 : f32, !llvm.ptr
      llvm.store %v513, %v159 : f32, !llvm.ptr
      llvm.store %v513, %v160 : f32, !llvm.ptr
      llvm.store %v513, %v161 : f32, !llvm.ptr
      llvm.store %v513, %v162 : f32, !llvm.ptr
      llvm.store %v513, %v163 : f32, !llvm.ptr
      llvm.store %v513, %v164 : f32, !llvm.ptr
      llvm.store %v513, %v165 : f32, !llvm.ptr
      llvm.store %v513, %v166 : f32, !llvm.ptr
      llvm.store %v513, %v167 : f32, !llvm.ptr
      llvm.store %v513, %v168 : f32, !llvm.ptr
      llvm.store %v513, %v169 : f32, !llvm.ptr
      llvm.store %v513, %v170 : f32, !llvm.ptr
      llvm.store %v513, %v171 : f32, !llvm.ptr
      llvm.store %v513, %v172 : f32, !llvm.ptr
      llvm.store %v513, %v173 : f32, !llvm.ptr
      llvm.store %v513, %v174 : f32, !llvm.ptr
      llvm.store %v513, %v175 : f32, !llvm.ptr
      llvm.store %v513, %v176 : f32, !llvm.ptr
      llvm.store %v513, %v177 : f32, !llvm.ptr
      llvm.store %v513, %v178 : f32, !llvm.ptr
      llvm.store %v513, %v179 : f32, !llvm.ptr
      llvm.store %v513, %v180 : f32, !llvm.ptr
      llvm.store %v513, %v181 : f32, !llvm.ptr
      llvm.store %v513, %v182 : f32, !llvm.ptr
      llvm.store %v513, %v183 : f32, !llvm.ptr
      llvm.store %v513, %v184 : f32, !llvm.ptr
      llvm.store %v513, %v185 : f32, !llvm.ptr
      llvm.store %v513, %v186 : f32, !llvm.ptr
      llvm.store %v513, %v187 : f32, !llvm.ptr
      llvm.store %v512, %v188 : f32, !llvm.ptr
      llvm.store %v512, %v189 : f32, !llvm.ptr
      llvm.store %v512, %v190 : f32, !llvm.ptr
      llvm.store %v512, %v191 : f32, !llvm.ptr
      llvm.store %v512, %v192 : f32, !llvm.ptr
      llvm.store %v512, %v193 : f32, !llvm.ptr
      llvm.store %v512, %v194 : f32, !llvm.ptr
      llvm.store %v512, %v195 : f32, !llvm.ptr
      llvm.store %v512, %v196 : f32, !llvm.ptr
      llvm.store %v512, %v197 : f32, !llvm.ptr
      llvm.store %v512, %v198 : f32, !llvm.ptr
      llvm.store %v512, %v199 : f32, !llvm.ptr
      llvm.store %v512, %v200 : f32, !llvm.ptr
      llvm.store %v512, %v201 : f32, !llvm.ptr
      llvm.store %v512, %v202 : f32, !llvm.ptr
      llvm.store %v512, %v203 : f32, !llvm.ptr
      llvm.store %v512, %v204 : f32, !llvm.ptr
      llvm.store %v512, %v205 : f32, !llvm.ptr
      llvm.store %v512, %v206 : f32, !llvm.ptr
      llvm.store %v512, %v207 : f32, !llvm.ptr
      llvm.store %v512, %v208 : f32, !llvm.ptr
      llvm.store %v512, %v209 : f32, !llvm.ptr
      llvm.store %v512, %v210 : f32, !llvm.ptr
      llvm.store %v512, %v211 : f32, !llvm.ptr
      llvm.store %v512, %v212 : f32, !llvm.ptr
      llvm.store %v512, %v213 : f32, !llvm.ptr
      llvm.store %v512, %v214 : f32, !llvm.ptr
      llvm.store %v512, %v215 : f32, !llvm.ptr
      llvm.store %v512, %v216 : f32, !llvm.ptr
      llvm.store %v512, %v217 : f32, !llvm.ptr
      llvm.store %v512, %v218 : f32, !llvm.ptr
      llvm.store %v512, %v219 : f32, !llvm.ptr
      llvm.store %v512, %v220 : f32, !llvm.ptr
      llvm.store %v512, %v221 : f32, !llvm.ptr
      llvm.store %v512, %v222 : f32, !llvm.ptr
      llvm.store %v512, %v223 : f32, !llvm.ptr
      llvm.store %v512, %v224 : f32, !llvm.ptr
      llvm.store %v512, %v225 : f32, !llvm.ptr
      llvm.store %v512, %v226 : f32, !llvm.ptr
      llvm.store %v512, %v227 : f32, !llvm.ptr
      llvm.store %v512, %v228 : f32, !llvm.ptr
      llvm.store %v512, %v229 : f32, !llvm.ptr
      llvm.store %v512, %v230 : f32, !llvm.ptr
      llvm.store %v512, %v231 : f32, !llvm.ptr
      llvm.store %v512, %v232 : f32, !llvm.ptr
      llvm.store %v512, %v233 : f32, !llvm.ptr
      llvm.store %v512, %v234 : f32, !llvm.ptr
      llvm.store %v512, %v235 : f32, !llvm.ptr
      llvm.store %v512, %v236 : f32, !llvm.ptr
      llvm.store %v512, %v237 : f32, !llvm.ptr
      llvm.store %v512, %v238 : f32, !llvm.ptr
      llvm.store %v512, %v239 : f32, !llvm.ptr
      llvm.store %v512, %v240 : f32, !llvm.ptr
      llvm.store %v512, %v241 : f32, !llvm.ptr
      llvm.store %v512, %v242 : f32, !llvm.ptr
      llvm.store %v512, %v243 : f32, !llvm.ptr
      llvm.store %v512, %v244 : f32, !llvm.ptr
      llvm.store %v512, %v245 : f32, !llvm.ptr
      llvm.store %v512, %v246 : f32, !llvm.ptr
      llvm.store %v512, %v247 : f32, !llvm.ptr
      llvm.store %v512, %v248 : f32, !llvm.ptr
      llvm.store %v512, %v249 : f32, !llvm.ptr
      llvm.store %v512, %v250 : f32, !llvm.ptr
      llvm.store %v512, %v251 : f32, !llvm.ptr
      llvm.store %v512, %v252 : f32, !llvm.ptr
      llvm.store %v512, %v253 : f32, !llvm.ptr
      llvm.store %v512, %v254 : f32, !llvm.ptr
      llvm.store %v512, %v255 : f32, !llvm.ptr
      llvm.store %v512, %v256 : f32, !llvm.ptr
      llvm.store %v512, %v257 : f32, !llvm.ptr
      llvm.store %v512, %v258 : f32, !llvm.ptr
      llvm.store %v512, %v259 : f32, !llvm.ptr
      llvm.store %v512, %v260 : f32, !llvm.ptr
      llvm.store %v512, %v261 : f32, !llvm.ptr
      llvm.store %v512, %v262 : f32, !llvm.ptr
      llvm.store %v512, %v263 : f32, !llvm.ptr
      llvm.store %v512, %v264 : f32, !llvm.ptr
      llvm.store %v512, %v265 : f32, !llvm.ptr
      llvm.store %v512, %v266 : f32, !llvm.ptr
      llvm.store %v512, %v267 : f32, !llvm.ptr
      llvm.store %v512, %v268 : f32, !llvm.ptr
      llvm.store %v512, %v269 : f32, !llvm.ptr
      llvm.store %v512, %v270 : f32, !llvm.ptr
      llvm.store %v512, %v271 : f32, !llvm.ptr
      llvm.store %v512, %v272 : f32, !llvm.ptr
      llvm.store %v512, %v273 : f32, !llvm.ptr
      llvm.store %v512, %v274 : f32, !llvm.ptr
      llvm.store %v512, %v275 : f32, !llvm.ptr
      llvm.store %v512, %v276 : f32, !llvm.ptr
      llvm.store %v512, %v277 : f32, !llvm.ptr
      llvm.store %v512, %v278 : f32, !llvm.ptr
      llvm.store %v512, %v279 : f32, !llvm.ptr
      llvm.store %v512, %v280 : f32, !llvm.ptr
      llvm.store %v512, %v281 : f32, !llvm.ptr
      llvm.store %v512, %v282 : f32, !llvm.ptr
      llvm.store %v512, %v283 : f32, !llvm.ptr
      llvm.store %v512, %v284 : f32, !llvm.ptr
      llvm.store %v512, %v285 : f32, !llvm.ptr
      llvm.store %v512, %v286 : f32, !llvm.ptr
      llvm.store %v512, %v287 : f32, !llvm.ptr
      llvm.store %v512, %v288 : f32, !llvm.ptr
      llvm.store %v512, %v289 : f32, !llvm.ptr
      llvm.store %v512, %v290 : f32, !llvm.ptr
      llvm.store %v512, %v291 : f32, !llvm.ptr
      llvm.store %v512, %v292 : f32, !llvm.ptr
      llvm.store %v512, %v293 : f32, !llvm.ptr
      llvm.store %v512, %v294 : f32, !llvm.ptr
      llvm.store %v512, %v295 : f32, !llvm.ptr
      llvm.store %v512, %v296 : f32, !llvm.ptr
      llvm.store %v512, %v297 : f32, !llvm.ptr
      llvm.store %v512, %v298 : f32, !llvm.ptr
      llvm.store %v512, %v299 : f32, !llvm.ptr
      llvm.store %v512, %v300 : f32, !llvm.ptr
      llvm.store %v512, %v301 : f32, !llvm.ptr
      llvm.store %v512, %v302 : f32, !llvm.ptr
      llvm.store %v512, %v303 : f32, !llvm.ptr
      llvm.store %v512, %v304 : f32, !llvm.ptr
      llvm.store %v512, %v305 : f32, !llvm.ptr
      llvm.store %v512, %v306 : f32, !llvm.ptr
      llvm.store %v512, %v307 : f32, !llvm.ptr
      llvm.store %v512, %v308 : f32, !llvm.ptr
      llvm.store %v512, %v309 : f32, !llvm.ptr
      llvm.store %v512, %v310 : f32, !llvm.ptr
      llvm.store %v512, %v311 : f32, !llvm.ptr
      llvm.store %v512, %v312 : f32, !llvm.ptr
      llvm.store %v512, %v313 : f32, !llvm.ptr
      llvm.store %v512, %v314 : f32, !llvm.ptr
      llvm.store %v512, %v315 : f32, !llvm.ptr
      llvm.store %v512, %v316 : f32, !llvm.ptr
      llvm.store %v512, %v317 : f32, !llvm.ptr
      llvm.store %v512, %v318 : f32, !llvm.ptr
      llvm.store %v512, %v319 : f32, !llvm.ptr
      llvm.store %v512, %v320 : f32, !llvm.ptr
      llvm.store %v512, %v321 : f32, !llvm.ptr
      llvm.store %v512, %v322 : f32, !llvm.ptr
      llvm.store %v512, %v323 : f32, !llvm.ptr
      llvm.store %v512, %v324 : f32, !llvm.ptr
      llvm.store %v512, %v325 : f32, !llvm.ptr
      llvm.store %v512, %v326 : f32, !llvm.ptr
      llvm.store %v512, %v327 : f32, !llvm.ptr
      llvm.store %v512, %v328 : f32, !llvm.ptr
      llvm.store %v512, %v329 : f32, !llvm.ptr
      llvm.store %v512, %v330 : f32, !llvm.ptr
      llvm.store %v512, %v331 : f32, !llvm.ptr
      llvm.store %v512, %v332 : f32, !llvm.ptr
      llvm.store %v512, %v333 : f32, !llvm.ptr
      llvm.store %v512, %v334 : f32, !llvm.ptr
      llvm.store %v512, %v335 : f32, !llvm.ptr
      llvm.store %v512, %v336 : f32, !llvm.ptr
      llvm.store %v512, %v337 : f32, !llvm.ptr
      llvm.store %v512, %v338 : f32, !llvm.ptr
      llvm.store %v512, %v339 : f32, !llvm.ptr
      llvm.store %v512, %v340 : f32, !llvm.ptr
      llvm.store %v512, %v341 : f32, !llvm.ptr
      llvm.store %v512, %v342 : f32, !llvm.ptr
      llvm.store %v512, %v343 : f32, !llvm.ptr
      llvm.store %v512, %v344 : f32, !llvm.ptr
      llvm.store %v512, %v345 : f32, !llvm.ptr
      llvm.store %v512, %v346 : f32, !llvm.ptr
      llvm.store %v512, %v347 : f32, !llvm.ptr
      llvm.store %v512, %v348 : f32, !llvm.ptr
      llvm.store %v512, %v349 : f32, !llvm.ptr
      llvm.store %v512, %v350 : f32, !llvm.ptr
      llvm.store %v512, %v351 : f32, !llvm.ptr
      llvm.store %v512, %v352 : f32, !llvm.ptr
      llvm.store %v512, %v353 : f32, !llvm.ptr
      llvm.store %v512, %v354 : f32, !llvm.ptr
      llvm.store %v512, %v355 : f32, !llvm.ptr
      llvm.store %v512, %v356 : f32, !llvm.ptr
      llvm.store %v512, %v357 : f32, !llvm.ptr
      llvm.store %v512, %v358 : f32, !llvm.ptr
      llvm.store %v512, %v359 : f32, !llvm.ptr
      llvm.store %v512, %v360 : f32, !llvm.ptr
      llvm.store %v512, %v361 : f32, !llvm.ptr
      llvm.store %v512, %v362 : f32, !llvm.ptr
      llvm.store %v512, %v363 : f32, !llvm.ptr
      llvm.store %v512, %v364 : f32, !llvm.ptr
      llvm.store %v512, %v365 : f32, !llvm.ptr
      llvm.store %v512, %v366 : f32, !llvm.ptr
      llvm.store %v512, %v367 : f32, !llvm.ptr
      llvm.store %v512, %v368 : f32, !llvm.ptr
      llvm.store %v512, %v369 : f32, !llvm.ptr
      llvm.store %v512, %v370 : f32, !llvm.ptr
      llvm.store %v512, %v371 : f32, !llvm.ptr
      llvm.store %v512, %v372 : f32, !llvm.ptr
      llvm.store %v512, %v373 : f32, !llvm.ptr
      llvm.store %v512, %v374 : f32, !llvm.ptr
      llvm.store %v512, %v375 : f32, !llvm.ptr
      llvm.store %v512, %v376 : f32, !llvm.ptr
      llvm.store %v512, %v377 : f32, !llvm.ptr
      llvm.store %v512, %v378 : f32, !llvm.ptr
      llvm.store %v512, %v379 : f32, !llvm.ptr
      llvm.store %v512, %v380 : f32, !llvm.ptr
      llvm.store %v512, %v381 : f32, !llvm.ptr
      llvm.store %v512, %v382 : f32, !llvm.ptr
      llvm.store %v512, %v383 : f32, !llvm.ptr
      llvm.store %v512, %v384 : f32, !llvm.ptr
      llvm.store %v512, %v385 : f32, !llvm.ptr
      llvm.store %v512, %v386 : f32, !llvm.ptr
      llvm.store %v512, %v387 : f32, !llvm.ptr
      llvm.store %v512, %v388 : f32, !llvm.ptr
      llvm.store %v512, %v389 : f32, !llvm.ptr
      llvm.store %v512, %v390 : f32, !llvm.ptr
      llvm.store %v512, %v391 : f32, !llvm.ptr
      llvm.store %v512, %v392 : f32, !llvm.ptr
      llvm.store %v512, %v393 : f32, !llvm.ptr
      llvm.store %v512, %v394 : f32, !llvm.ptr
      llvm.store %v512, %v395 : f32, !llvm.ptr
      llvm.store %v512, %v396 : f32, !llvm.ptr
      llvm.store %v512, %v397 : f32, !llvm.ptr
      llvm.store %v512, %v398 : f32, !llvm.ptr
      llvm.store %v512, %v399 : f32, !llvm.ptr
      llvm.store %v512, %v400 : f32, !llvm.ptr
      llvm.store %v512, %v401 : f32, !llvm.ptr
      llvm.store %v512, %v402 : f32, !llvm.ptr
      llvm.store %v512, %v403 : f32, !llvm.ptr
      llvm.store %v512, %v404 : f32, !llvm.ptr
      llvm.store %v512, %v405 : f32, !llvm.ptr
      llvm.store %v512, %v406 : f32, !llvm.ptr
      llvm.store %v512, %v407 : f32, !llvm.ptr
      llvm.store %v512, %v408 : f32, !llvm.ptr
      llvm.store %v512, %v409 : f32, !llvm.ptr
      llvm.store %v512, %v410 : f32, !llvm.ptr
      llvm.store %v512, %v411 : f32, !llvm.ptr
      llvm.store %v512, %v412 : f32, !llvm.ptr
      llvm.store %v512, %v413 : f32, !llvm.ptr
      llvm.store %v512, %v414 : f32, !llvm.ptr
      llvm.store %v512, %v415 : f32, !llvm.ptr
      llvm.store %v512, %v416 : f32, !llvm.ptr
      llvm.store %v512, %v417 : f32, !llvm.ptr
      llvm.store %v512, %v418 : f32, !llvm.ptr
      llvm.store %v512, %v419 : f32, !llvm.ptr
      llvm.store %v512, %v420 : f32, !llvm.ptr
      llvm.store %v512, %v421 : f32, !llvm.ptr
      llvm.store %v512, %v422 : f32, !llvm.ptr
      llvm.store %v512, %v423 : f32, !llvm.ptr
      llvm.store %v512, %v424 : f32, !llvm.ptr
      llvm.store %v512, %v425 : f32, !llvm.ptr
      llvm.store %v512, %v426 : f32, !llvm.ptr
      llvm.store %v512, %v427 : f32, !llvm.ptr
      llvm.store %v512, %v428 : f32, !llvm.ptr
      llvm.store %v512, %v429 : f32, !llvm.ptr
      llvm.store %v512, %v430 : f32, !llvm.ptr
      llvm.store %v512, %v431 : f32, !llvm.ptr
      llvm.store %v512, %v432 : f32, !llvm.ptr
      llvm.store %v512, %v433 : f32, !llvm.ptr
      llvm.store %v512, %v434 : f32, !llvm.ptr
      llvm.store %v512, %v435 : f32, !llvm.ptr
      llvm.store %v512, %v436 : f32, !llvm.ptr
      llvm.store %v512, %v437 : f32, !llvm.ptr
      llvm.store %v512, %v438 : f32, !llvm.ptr
      llvm.store %v512, %v439 : f32, !llvm.ptr
      llvm.store %v512, %v440 : f32, !llvm.ptr
      llvm.store %v512, %v441 : f32, !llvm.ptr
      llvm.store %v512, %v442 : f32, !llvm.ptr
      llvm.store %v512, %v443 : f32, !llvm.ptr
      llvm.store %v512, %v444 : f32, !llvm.ptr
      llvm.store %v512, %v445 : f32, !llvm.ptr
      llvm.store %v512, %v446 : f32, !llvm.ptr
      llvm.store %v512, %v447 : f32, !llvm.ptr
      llvm.store %v512, %v448 : f32, !llvm.ptr
      llvm.store %v512, %v449 : f32, !llvm.ptr
      llvm.store %v512, %v450 : f32, !llvm.ptr
      llvm.store %v512, %v451 : f32, !llvm.ptr
      llvm.store %v512, %v452 : f32, !llvm.ptr
      llvm.store %v512, %v453 : f32, !llvm.ptr
      llvm.store %v512, %v454 : f32, !llvm.ptr
      llvm.store %v512, %v455 : f32, !llvm.ptr
      llvm.store %v512, %v456 : f32, !llvm.ptr
      llvm.store %v512, %v457 : f32, !llvm.ptr
      llvm.store %v512, %v458 : f32, !llvm.ptr
      llvm.store %v512, %v459 : f32, !llvm.ptr
      llvm.store %v512, %v460 : f32, !llvm.ptr
      llvm.store %v512, %v461 : f32, !llvm.ptr
      llvm.store %v512, %v462 : f32, !llvm.ptr
      llvm.store %v512, %v463 : f32, !llvm.ptr
      llvm.store %v512, %v464 : f32, !llvm.ptr
      llvm.store %v512, %v465 : f32, !llvm.ptr
      llvm.store %v512, %v466 : f32, !llvm.ptr
      llvm.store %v512, %v467 : f32, !llvm.ptr
      llvm.store %v512, %v468 : f32, !llvm.ptr
      llvm.store %v512, %v469 : f32, !llvm.ptr
      llvm.store %v512, %v470 : f32, !llvm.ptr
      llvm.store %v512, %v471 : f32, !llvm.ptr
      llvm.store %v512, %v472 : f32, !llvm.ptr
      llvm.store %v512, %v473 : f32, !llvm.ptr
      llvm.store %v512, %v474 : f32, !llvm.ptr
      llvm.store %v512, %v475 : f32, !llvm.ptr
      llvm.store %v512, %v476 : f32, !llvm.ptr
      llvm.store %v512, %v477 : f32, !llvm.ptr
      llvm.store %v512, %v478 : f32, !llvm.ptr
      llvm.store %v512, %v479 : f32, !llvm.ptr
      llvm.store %v512, %v480 : f32, !llvm.ptr
      llvm.store %v512, %v481 : f32, !llvm.ptr
      llvm.store %v512, %v482 : f32, !llvm.ptr
      llvm.store %v512, %v483 : f32, !llvm.ptr
      llvm.store %v512, %v484 : f32, !llvm.ptr
      llvm.store %v512, %v485 : f32, !llvm.ptr
      llvm.store %v512, %v486 : f32, !llvm.ptr
      llvm.store %v512, %v487 : f32, !llvm.ptr
      llvm.store %v512, %v488 : f32, !llvm.ptr
      llvm.store %v512, %v489 : f32, !llvm.ptr
      llvm.store %v512, %v490 : f32, !llvm.ptr
      llvm.store %v512, %v491 : f32, !llvm.ptr
      llvm.store %v512, %v492 : f32, !llvm.ptr
      llvm.store %v512, %v493 : f32, !llvm.ptr
      llvm.store %v512, %v494 : f32, !llvm.ptr
      llvm.store %v512, %v495 : f32, !llvm.ptr
      llvm.store %v512, %v496 : f32, !llvm.ptr
      llvm.store %v512, %v497 : f32, !llvm.ptr
      llvm.store %v512, %v498 : f32, !llvm.ptr
      llvm.store %v512, %v499 : f32, !llvm.ptr
      llvm.store %v512, %v500 : f32, !llvm.ptr
      llvm.store %v512, %v501 : f32, !llvm.ptr
      llvm.store %v512, %v502 : f32, !llvm.ptr
      llvm.store %v512, %v503 : f32, !llvm.ptr
      llvm.store %v512, %v504 : f32, !llvm.ptr
      llvm.store %v512, %v505 : f32, !llvm.ptr
      llvm.store %v512, %v506 : f32, !llvm.ptr
      llvm.store %v512, %v507 : f32, !llvm.ptr
      llvm.store %v512, %v508 : f32, !llvm.ptr
      llvm.store %v512, %v509 : f32, !llvm.ptr
      llvm.store %v512, %v510 : f32, !llvm.ptr
      llvm.store %v512, %v511 : f32, !llvm.ptr
      llvm.store %v513, %v514 : f32, !llvm.ptr
      llvm.store %v512, %v515 : f32, !llvm.ptr
      llvm.store %v513, %v516 : f32, !llvm.ptr
      llvm.store %v512, %v517 : f32, !llvm.ptr
      llvm.store %v513, %v518 : f32, !llvm.ptr
      llvm.store %v512, %v519 : f32, !llvm.ptr
      llvm.store %v513, %v520 : f32, !llvm.ptr
      llvm.store %v512, %v521 : f32, !llvm.ptr
      llvm.store %v513, %v522 : f32, !llvm.ptr
      llvm.store %v512, %v523 : f32, !llvm.ptr
      llvm.store %v513, %v524 : f32, !llvm.ptr
      llvm.store %v512, %v525 : f32, !llvm.ptr
      llvm.store %v513, %v526 : f32, !llvm.ptr
      llvm.store %v512, %v527 : f32, !llvm.ptr
      llvm.store %v513, %v528 : f32, !llvm.ptr
      llvm.store %v512, %v529 : f32, !llvm.ptr
      llvm.store %v513, %v530 : f32, !llvm.ptr
      llvm.store %v512, %v531 : f32, !llvm.ptr
      llvm.store %v513, %v532 : f32, !llvm.ptr
      llvm.store %v512, %v533 : f32, !llvm.ptr
      llvm.store %v513, %v534 : f32, !llvm.ptr
      llvm.store %v512, %v535 : f32, !llvm.ptr
      llvm.store %v513, %v536 : f32, !llvm.ptr
      llvm.store %v512, %v537 : f32, !llvm.ptr
      llvm.store %v513, %v538 : f32, !llvm.ptr
      llvm.store %v512, %v539 : f32, !llvm.ptr
      llvm.store %v513, %v540 : f32, !llvm.ptr
      llvm.store %v512, %v541 : f32, !llvm.ptr
      llvm.store %v513, %v542 : f32, !llvm.ptr
      llvm.store %v512, %v543 : f32, !llvm.ptr
      llvm.store %v513, %v544 : f32, !llvm.ptr
      llvm.store %v512, %v545 : f32, !llvm.ptr
      llvm.store %v512, %v546 : f32, !llvm.ptr
      llvm.store %v513, %v547 : f32, !llvm.ptr
      llvm.store %v512, %v548 : f32, !llvm.ptr
      llvm.store %v513, %v549 : f32, !llvm.ptr
      llvm.store %v512, %v550 : f32, !llvm.ptr
      llvm.store %v513, %v551 : f32, !llvm.ptr
      llvm.store %v512, %v552 : f32, !llvm.ptr
      llvm.store %v513, %v553 : f32, !llvm.ptr
      llvm.store %v512, %v554 : f32, !llvm.ptr
      llvm.store %v513, %v555 : f32, !llvm.ptr
      llvm.store %v512, %v556 : f32, !llvm.ptr
      llvm.store %v513, %v557 : f32, !llvm.ptr
      llvm.store %v512, %v558 : f32, !llvm.ptr
      llvm.store %v513, %v559 : f32, !llvm.ptr
      llvm.store %v512, %v560 : f32, !llvm.ptr
      llvm.store %v513, %v561 : f32, !llvm.ptr
      llvm.store %v512, %v562 : f32, !llvm.ptr
      llvm.store %v513, %v563 : f32, !llvm.ptr
      llvm.store %v512, %v564 : f32, !llvm.ptr
      llvm.store %v513, %v565 : f32, !llvm.ptr
      llvm.store %v512, %v566 : f32, !llvm.ptr
      llvm.store %v513, %v567 : f32, !llvm.ptr
      llvm.store %v512, %v568 : f32, !llvm.ptr
      llvm.store %v513, %v569 : f32, !llvm.ptr
      llvm.store %v512, %v570 : f32, !llvm.ptr
      llvm.store %v513, %v571 : f32, !llvm.ptr
      llvm.store %v512, %v572 : f32, !llvm.ptr
      llvm.store %v513, %v573 : f32, !llvm.ptr
      llvm.store %v512, %v574 : f32, !llvm.ptr
      llvm.store %v513, %v575 : f32, !llvm.ptr
      llvm.store %v512, %v576 : f32, !llvm.ptr
      llvm.store %v513, %v577 : f32, !llvm.ptr
      %v579 = arith.cmpi eq, %size_L, %v578 : i64
      scf.if %v579 {
        llvm.store %v512, %v73 : f32, !llvm.ptr
        llvm.store %v512, %v74 : f32, !llvm.ptr
        llvm.store %v512, %v75 : f32, !llvm.ptr
        llvm.store %v512, %v76 : f32, !llvm.ptr
        llvm.store %v512, %v77 : f32, !llvm.ptr
        llvm.store %v512, %v78 : f32, !llvm.ptr
        llvm.store %v512, %v79 : f32, !llvm.ptr
        llvm.store %v512, %v80 : f32, !llvm.ptr
        llvm.store %v512, %v81 : f32, !llvm.ptr
        llvm.store %v512, %v82 : f32, !llvm.ptr
        llvm.store %v512, %v83 : f32, !llvm.ptr
        llvm.store %v512, %v84 : f32, !llvm.ptr
        llvm.store %v512, %v85 : f32, !llvm.ptr
        llvm.store %v512, %v86 : f32, !llvm.ptr
        llvm.store %v512, %v87 : f32, !llvm.ptr
        llvm.store %v512, %v88 : f32, !llvm.ptr
        llvm.store %v512, %v89 : f32, !llvm.ptr
        llvm.store %v512, %v90 : f32, !llvm.ptr
        llvm.store %v512, %v91 : f32, !llvm.ptr
        llvm.store %v512, %v92 : f32, !llvm.ptr
        llvm.store %v512, %v93 : f32, !llvm.ptr
        llvm.store %v512, %v94 : f32, !llvm.ptr
        llvm.store %v512, %v95 : f32, !llvm.ptr
        llvm.store %v512, %v96 : f32, !llvm.ptr
        llvm.store %v512, %v97 : f32, !llvm.ptr
        llvm.store %v512, %v98 : f32, !llvm.ptr
        llvm.store %v512, %v99 : f32, !llvm.ptr
        llvm.store %v512, %v100 : f32, !llvm.ptr
        llvm.store %v512, %v101 : f32, !llvm.ptr
        llvm.store %v512, %v102 : f32, !llvm.ptr
        llvm.store %v512, %v103 : f32, !llvm.ptr
        llvm.store %v512, %v104 : f32, !llvm.ptr
      }
      %v581 = arith.subi %v580, %v3 : i64
      %v582 = arith.addi %size_L, %v581 : i64
      %v583 = arith.divui %v582, %v580 : i64
      %v584 = arith.minsi %v122, %v583 : i64
      %v585 = arith.muli %v112, %v580 : i64
      %v586 = arith.subi %v584, %v121 : i64
      %v587 = arith.maxsi %v586, %v578 : i64
      %v588 = arith.index_cast %v578 : i64 to index
      %v589 = arith.index_cast %v587 : i64 to index
      %v590 = arith.index_cast %v3 : i64 to index
      scf.for %v591 = %v588 to %v589 step %v590 {
        %v592 = arith.index_cast %v591 : index to i64
        %v593 = arith.subi %v584, %v3 : i64
        %v594 = arith.subi %v593, %v592 : i64
        %v595 = arith.muli %v594, %v580 : i64
        %v596 = arith.subi %size_L, %v595 : i64
        %v597 = arith.minsi %v596, %v580 : i64
        %v598 = arith.addi %v597, %v578 : i64
        %v599 = arith.divui %v598, %v3 : i64
        %v600 = arith.index_cast %v578 : i64 to index
        %v601 = arith.index_cast %v3 : i64 to index
        %v602 = arith.index_cast %v3 : i64 to index
        scf.for %v603 = %v600 to %v601 step %v602 {
          %v604 = arith.index_cast %v603 : index to i64
          %v605 = arith.index_cast %v578 : i64 to index
          %v606 = arith.index_cast %v599 : i64 to index
          %v607 = arith.index_cast %v3 : i64 to index
          scf.for %v608 = %v605 to %v606 step %v607 {
            %v609 = arith.index_cast %v608 : index to i64
            %v610 = arith.cmpi slt, %v609, %v599 : i64
            scf.if %v610 {
              %v611 = arith.subi %v599, %v3 : i64
              %v612 = arith.subi %v611, %v609 : i64
              %v613 = arith.muli %v612, %v3 : i64
              %v614 = arith.addi %v585, %v612 : i64
              %v615 = arith.addi %v613, %v3 : i64
              %v616 = arith.cmpi sle, %v615, %v597 : i64
              scf.if %v616 {
                %v617 = arith.subi %v597, %v3 : i64
                // the group's states, recomputed into registers
                %v618 = arith.subi %v597, %v613 : i64
                %v619 = arith.trunci %v618 : i64 to i32
                %v620 = arith.subi %size_L, %v3 : i64
                %v621 = arith.addi %v595, %v613 : i64
                %v622 = arith.subi %v620, %v621 : i64
                %v624 = arith.minsi %v622, %v623 : i64
                %v625 = arith.trunci %v624 : i64 to i32
                %v626 = arith.addi %v613, %v578 : i64
                %v628 = arith.cmpi slt, %v627, %v619 : i32
                %v629 = arith.cmpi eq, %v627, %v625 : i32
                %v630 = arith.addi %v595, %v626 : i64
                %v631 = llvm.load %v124 : !llvm.ptr -> f32
                %v632 = llvm.load %v125 : !llvm.ptr -> f32
                %v633 = llvm.load %v126 : !llvm.ptr -> f32
                %v634 = llvm.load %v127 : !llvm.ptr -> f32
                %v635 = llvm.load %v128 : !llvm.ptr -> f32
                %v636 = llvm.load %v129 : !llvm.ptr -> f32
                %v637 = llvm.load %v130 : !llvm.ptr -> f32
                %v638 = llvm.load %v131 : !llvm.ptr -> f32
                %v639 = llvm.load %v132 : !llvm.ptr -> f32
                %v640 = llvm.load %v133 : !llvm.ptr -> f32
                %v641 = llvm.load %v134 : !llvm.ptr -> f32
                %v642 = llvm.load %v135 : !llvm.ptr -> f32
                %v643 = llvm.load %v136 : !llvm.ptr -> f32
                %v644 = llvm.load %v137 : !llvm.ptr -> f32
                %v645 = llvm.load %v138 : !llvm.ptr -> f32
                %v646 = llvm.load %v139 : !llvm.ptr -> f32
                %v647 = llvm.load %v140 : !llvm.ptr -> f32
                %v648 = llvm.load %v141 : !llvm.ptr -> f32
                %v649 = llvm.load %v142 : !llvm.ptr -> f32
                %v650 = llvm.load %v143 : !llvm.ptr -> f32
                %v651 = llvm.load %v144 : !llvm.ptr -> f32
                %v652 = llvm.load %v145 : !llvm.ptr -> f32
                %v653 = llvm.load %v146 : !llvm.ptr -> f32
                %v654 = llvm.load %v147 : !llvm.ptr -> f32
                %v655 = llvm.load %v148 : !llvm.ptr -> f32
                %v656 = llvm.load %v149 : !llvm.ptr -> f32
                %v657 = llvm.load %v150 : !llvm.ptr -> f32
                %v658 = llvm.load %v151 : !llvm.ptr -> f32
                %v659 = llvm.load %v152 : !llvm.ptr -> f32
                %v660 = llvm.load %v153 : !llvm.ptr -> f32
                %v661 = llvm.load %v154 : !llvm.ptr -> f32
                %v662 = llvm.load %v155 : !llvm.ptr -> f32
                %v663 = llvm.load %v514 : !llvm.ptr -> f32
                %v664 = llvm.load %v515 : !llvm.ptr -> f32
                %v665 = llvm.load %v516 : !llvm.ptr -> f32
                %v666 = llvm.load %v517 : !llvm.ptr -> f32
                %v667 = llvm.load %v518 : !llvm.ptr -> f32
                %v668 = llvm.load %v519 : !llvm.ptr -> f32
                %v669 = llvm.load %v520 : !llvm.ptr -> f32
                %v670 = llvm.load %v521 : !llvm.ptr -> f32
                %v671 = llvm.load %v522 : !llvm.ptr -> f32
                %v672 = llvm.load %v523 : !llvm.ptr -> f32
                %v673 = llvm.load %v524 : !llvm.ptr -> f32
                %v674 = llvm.load %v525 : !llvm.ptr -> f32
                %v675 = llvm.load %v526 : !llvm.ptr -> f32
                %v676 = llvm.load %v527 : !llvm.ptr -> f32
                %v677 = llvm.load %v528 : !llvm.ptr -> f32
                %v678 = llvm.load %v529 : !llvm.ptr -> f32
                %v679 = llvm.load %v530 : !llvm.ptr -> f32
                %v680 = llvm.load %v531 : !llvm.ptr -> f32
                %v681 = llvm.load %v532 : !llvm.ptr -> f32
                %v682 = llvm.load %v533 : !llvm.ptr -> f32
                %v683 = llvm.load %v534 : !llvm.ptr -> f32
                %v684 = llvm.load %v535 : !llvm.ptr -> f32
                %v685 = llvm.load %v536 : !llvm.ptr -> f32
                %v686 = llvm.load %v537 : !llvm.ptr -> f32
                %v687 = llvm.load %v538 : !llvm.ptr -> f32
                %v688 = llvm.load %v539 : !llvm.ptr -> f32
                %v689 = llvm.load %v540 : !llvm.ptr -> f32
                %v690 = llvm.load %v541 : !llvm.ptr -> f32
                %v691 = llvm.load %v542 : !llvm.ptr -> f32
                %v692 = llvm.load %v543 : !llvm.ptr -> f32
                %v693 = llvm.load %v544 : !llvm.ptr -> f32
                %v694 = llvm.load %v545 : !llvm.ptr -> f32
                %v695 = llvm.load %v546 : !llvm.ptr -> f32
                %v696 = llvm.load %v547 : !llvm.ptr -> f32
                %v697 = llvm.load %v548 : !llvm.ptr -> f32
                %v698 = llvm.load %v549 : !llvm.ptr -> f32
                %v699 = llvm.load %v550 : !llvm.ptr -> f32
                %v700 = llvm.load %v551 : !llvm.ptr -> f32
                %v701 = llvm.load %v552 : !llvm.ptr -> f32
                %v702 = llvm.load %v553 : !llvm.ptr -> f32
                %v703 = llvm.load %v554 : !llvm.ptr -> f32
                %v704 = llvm.load %v555 : !llvm.ptr -> f32
                %v705 = llvm.load %v556 : !llvm.ptr -> f32
                %v706 = llvm.load %v557 : !llvm.ptr -> f32
                %v707 = llvm.load %v558 : !llvm.ptr -> f32
                %v708 = llvm.load %v559 : !llvm.ptr -> f32
                %v709 = llvm.load %v560 : !llvm.ptr -> f32
                %v710 = llvm.load %v561 : !llvm.ptr -> f32
                %v711 = llvm.load %v562 : !llvm.ptr -> f32
                %v712 = llvm.load %v563 : !llvm.ptr -> f32
                %v713 = llvm.load %v564 : !llvm.ptr -> f32
                %v714 = llvm.load %v565 : !llvm.ptr -> f32
                %v715 = llvm.load %v566 : !llvm.ptr -> f32
                %v716 = llvm.load %v567 : !llvm.ptr -> f32
                %v717 = llvm.load %v568 : !llvm.ptr -> f32
                %v718 = llvm.load %v569 : !llvm.ptr -> f32
                %v719 = llvm.load %v570 : !llvm.ptr -> f32
                %v720 = llvm.load %v571 : !llvm.ptr -> f32
                %v721 = llvm.load %v572 : !llvm.ptr -> f32
                %v722 = llvm.load %v573 : !llvm.ptr -> f32
                %v723 = llvm.load %v574 : !llvm.ptr -> f32
                %v724 = llvm.load %v575 : !llvm.ptr -> f32
                %v725 = llvm.load %v576 : !llvm.ptr -> f32
                %v726 = llvm.load %v577 : !llvm.ptr -> f32
                %v728 = arith.constant 0 : i64
                %v729 = llvm.getelementptr %in_C_re[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v730 = llvm.load %v729 : !llvm.ptr -> f32
                %v733 = arith.muli %v119, %v732 : i64
                %v734 = arith.muli %v630, %v731 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = llvm.getelementptr %dy_y[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v737 = llvm.load %v736 : !llvm.ptr -> f32
                %v738 = arith.mulf %v730, %v737 fastmath<contract> : f32
                %v739 = arith.constant 1 : i64
                %v740 = arith.muli %v739, %v727 : i64
                %v741 = llvm.getelementptr %in_C_re[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v742 = llvm.load %v741 : !llvm.ptr -> f32
                %v743 = arith.muli %v119, %v732 : i64
                %v744 = arith.muli %v630, %v731 : i64
                %v745 = arith.addi %v743, %v744 : i64
                %v746 = arith.constant 1 : i64
                %v747 = arith.muli %v746, %v3 : i64
                %v748 = arith.addi %v745, %v747 : i64
                %v749 = llvm.getelementptr %dy_y[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v750 = llvm.load %v749 : !llvm.ptr -> f32
                %v751 = arith.mulf %v742, %v750 fastmath<contract> : f32
                %v752 = arith.addf %v738, %v751 fastmath<contract> : f32
                %v753 = arith.constant 2 : i64
                %v754 = arith.muli %v753, %v727 : i64
                %v755 = llvm.getelementptr %in_C_re[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v756 = llvm.load %v755 : !llvm.ptr -> f32
                %v757 = arith.muli %v119, %v732 : i64
                %v758 = arith.muli %v630, %v731 : i64
                %v759 = arith.addi %v757, %v758 : i64
                %v760 = arith.constant 2 : i64
                %v761 = arith.muli %v760, %v3 : i64
                %v762 = arith.addi %v759, %v761 : i64
                %v763 = llvm.getelementptr %dy_y[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v764 = llvm.load %v763 : !llvm.ptr -> f32
                %v765 = arith.mulf %v756, %v764 fastmath<contract> : f32
                %v766 = arith.addf %v752, %v765 fastmath<contract> : f32
                %v767 = arith.constant 3 : i64
                %v768 = arith.muli %v767, %v727 : i64
                %v769 = llvm.getelementptr %in_C_re[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v770 = llvm.load %v769 : !llvm.ptr -> f32
                %v771 = arith.muli %v119, %v732 : i64
                %v772 = arith.muli %v630, %v731 : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = arith.constant 3 : i64
                %v775 = arith.muli %v774, %v3 : i64
                %v776 = arith.addi %v773, %v775 : i64
                %v777 = llvm.getelementptr %dy_y[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v778 = llvm.load %v777 : !llvm.ptr -> f32
                %v779 = arith.mulf %v770, %v778 fastmath<contract> : f32
                %v780 = arith.addf %v766, %v779 fastmath<contract> : f32
                %v781 = llvm.load %v156 : !llvm.ptr -> f32
                %v782 = arith.mulf %v781, %v631 fastmath<contract> : f32
                %v783 = arith.addf %v780, %v782 fastmath<contract> : f32
                %v784 = llvm.load %v188 : !llvm.ptr -> f32
                %v785 = arith.mulf %v784, %v647 fastmath<contract> : f32
                %v786 = arith.addf %v785, %v783 fastmath<contract> : f32
                %v787 = arith.mulf %v663, %v781 fastmath<contract> : f32
                %v788 = arith.mulf %v784, %v695 fastmath<contract> : f32
                %v789 = arith.addf %v788, %v787 fastmath<contract> : f32
                %v790 = arith.mulf %v664, %v781 fastmath<contract> : f32
                %v791 = arith.mulf %v784, %v696 fastmath<contract> : f32
                %v792 = arith.addf %v791, %v790 fastmath<contract> : f32
                %v793 = arith.constant 1 : i64
                %v794 = arith.muli %v793, %v3 : i64
                %v795 = llvm.getelementptr %in_C_re[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v796 = llvm.load %v795 : !llvm.ptr -> f32
                %v797 = arith.mulf %v796, %v737 fastmath<contract> : f32
                %v798 = arith.constant 1 : i64
                %v799 = arith.muli %v798, %v727 : i64
                %v800 = arith.constant 1 : i64
                %v801 = arith.muli %v800, %v3 : i64
                %v802 = arith.addi %v799, %v801 : i64
                %v803 = llvm.getelementptr %in_C_re[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v804 = llvm.load %v803 : !llvm.ptr -> f32
                %v805 = arith.mulf %v804, %v750 fastmath<contract> : f32
                %v806 = arith.addf %v797, %v805 fastmath<contract> : f32
                %v807 = arith.constant 2 : i64
                %v808 = arith.muli %v807, %v727 : i64
                %v809 = arith.constant 1 : i64
                %v810 = arith.muli %v809, %v3 : i64
                %v811 = arith.addi %v808, %v810 : i64
                %v812 = llvm.getelementptr %in_C_re[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v813 = llvm.load %v812 : !llvm.ptr -> f32
                %v814 = arith.mulf %v813, %v764 fastmath<contract> : f32
                %v815 = arith.addf %v806, %v814 fastmath<contract> : f32
                %v816 = arith.constant 3 : i64
                %v817 = arith.muli %v816, %v727 : i64
                %v818 = arith.constant 1 : i64
                %v819 = arith.muli %v818, %v3 : i64
                %v820 = arith.addi %v817, %v819 : i64
                %v821 = llvm.getelementptr %in_C_re[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v822 = llvm.load %v821 : !llvm.ptr -> f32
                %v823 = arith.mulf %v822, %v778 fastmath<contract> : f32
                %v824 = arith.addf %v815, %v823 fastmath<contract> : f32
                %v825 = llvm.load %v157 : !llvm.ptr -> f32
                %v826 = arith.mulf %v825, %v632 fastmath<contract> : f32
                %v827 = arith.addf %v824, %v826 fastmath<contract> : f32
                %v828 = llvm.load %v189 : !llvm.ptr -> f32
                %v829 = arith.mulf %v828, %v648 fastmath<contract> : f32
                %v830 = arith.addf %v829, %v827 fastmath<contract> : f32
                %v831 = arith.mulf %v665, %v825 fastmath<contract> : f32
                %v832 = arith.mulf %v828, %v697 fastmath<contract> : f32
                %v833 = arith.addf %v832, %v831 fastmath<contract> : f32
                %v834 = arith.mulf %v666, %v825 fastmath<contract> : f32
                %v835 = arith.mulf %v828, %v698 fastmath<contract> : f32
                %v836 = arith.addf %v835, %v834 fastmath<contract> : f32
                %v837 = arith.constant 2 : i64
                %v838 = arith.muli %v837, %v3 : i64
                %v839 = llvm.getelementptr %in_C_re[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v840 = llvm.load %v839 : !llvm.ptr -> f32
                %v841 = arith.mulf %v840, %v737 fastmath<contract> : f32
                %v842 = arith.constant 1 : i64
                %v843 = arith.muli %v842, %v727 : i64
                %v844 = arith.constant 2 : i64
                %v845 = arith.muli %v844, %v3 : i64
                %v846 = arith.addi %v843, %v845 : i64
                %v847 = llvm.getelementptr %in_C_re[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v848 = llvm.load %v847 : !llvm.ptr -> f32
                %v849 = arith.mulf %v848, %v750 fastmath<contract> : f32
                %v850 = arith.addf %v841, %v849 fastmath<contract> : f32
                %v851 = arith.constant 2 : i64
                %v852 = arith.muli %v851, %v727 : i64
                %v853 = arith.constant 2 : i64
                %v854 = arith.muli %v853, %v3 : i64
                %v855 = arith.addi %v852, %v854 : i64
                %v856 = llvm.getelementptr %in_C_re[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v857 = llvm.load %v856 : !llvm.ptr -> f32
                %v858 = arith.mulf %v857, %v764 fastmath<contract> : f32
                %v859 = arith.addf %v850, %v858 fastmath<contract> : f32
                %v860 = arith.constant 3 : i64
                %v861 = arith.muli %v860, %v727 : i64
                %v862 = arith.constant 2 : i64
                %v863 = arith.muli %v862, %v3 : i64
                %v864 = arith.addi %v861, %v863 : i64
                %v865 = llvm.getelementptr %in_C_re[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v866 = llvm.load %v865 : !llvm.ptr -> f32
                %v867 = arith.mulf %v866, %v778 fastmath<contract> : f32
                %v868 = arith.addf %v859, %v867 fastmath<contract> : f32
                %v869 = llvm.load %v158 : !llvm.ptr -> f32
                %v870 = arith.mulf %v869, %v633 fastmath<contract> : f32
                %v871 = arith.addf %v868, %v870 fastmath<contract> : f32
                %v872 = llvm.load %v190 : !llvm.ptr -> f32
                %v873 = arith.mulf %v872, %v649 fastmath<contract> : f32
                %v874 = arith.addf %v873, %v871 fastmath<contract> : f32
                %v875 = arith.mulf %v667, %v869 fastmath<contract> : f32
                %v876 = arith.mulf %v872, %v699 fastmath<contract> : f32
                %v877 = arith.addf %v876, %v875 fastmath<contract> : f32
                %v878 = arith.mulf %v668, %v869 fastmath<contract> : f32
                %v879 = arith.mulf %v872, %v700 fastmath<contract> : f32
                %v880 = arith.addf %v879, %v878 fastmath<contract> : f32
                %v881 = arith.constant 3 : i64
                %v882 = arith.muli %v881, %v3 : i64
                %v883 = llvm.getelementptr %in_C_re[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v884 = llvm.load %v883 : !llvm.ptr -> f32
                %v885 = arith.mulf %v884, %v737 fastmath<contract> : f32
                %v886 = arith.constant 1 : i64
                %v887 = arith.muli %v886, %v727 : i64
                %v888 = arith.constant 3 : i64
                %v889 = arith.muli %v888, %v3 : i64
                %v890 = arith.addi %v887, %v889 : i64
                %v891 = llvm.getelementptr %in_C_re[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v892 = llvm.load %v891 : !llvm.ptr -> f32
                %v893 = arith.mulf %v892, %v750 fastmath<contract> : f32
                %v894 = arith.addf %v885, %v893 fastmath<contract> : f32
                %v895 = arith.constant 2 : i64
                %v896 = arith.muli %v895, %v727 : i64
                %v897 = arith.constant 3 : i64
                %v898 = arith.muli %v897, %v3 : i64
                %v899 = arith.addi %v896, %v898 : i64
                %v900 = llvm.getelementptr %in_C_re[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v901 = llvm.load %v900 : !llvm.ptr -> f32
                %v902 = arith.mulf %v901, %v764 fastmath<contract> : f32
                %v903 = arith.addf %v894, %v902 fastmath<contract> : f32
                %v904 = arith.constant 3 : i64
                %v905 = arith.muli %v904, %v727 : i64
                %v906 = arith.constant 3 : i64
                %v907 = arith.muli %v906, %v3 : i64
                %v908 = arith.addi %v905, %v907 : i64
                %v909 = llvm.getelementptr %in_C_re[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v910 = llvm.load %v909 : !llvm.ptr -> f32
                %v911 = arith.mulf %v910, %v778 fastmath<contract> : f32
                %v912 = arith.addf %v903, %v911 fastmath<contract> : f32
                %v913 = llvm.load %v159 : !llvm.ptr -> f32
                %v914 = arith.mulf %v913, %v634 fastmath<contract> : f32
                %v915 = arith.addf %v912, %v914 fastmath<contract> : f32
                %v916 = llvm.load %v191 : !llvm.ptr -> f32
                %v917 = arith.mulf %v916, %v650 fastmath<contract> : f32
                %v918 = arith.addf %v917, %v915 fastmath<contract> : f32
                %v919 = arith.mulf %v669, %v913 fastmath<contract> : f32
                %v920 = arith.mulf %v916, %v701 fastmath<contract> : f32
                %v921 = arith.addf %v920, %v919 fastmath<contract> : f32
                %v922 = arith.mulf %v670, %v913 fastmath<contract> : f32
                %v923 = arith.mulf %v916, %v702 fastmath<contract> : f32
                %v924 = arith.addf %v923, %v922 fastmath<contract> : f32
                %v925 = arith.constant 4 : i64
                %v926 = arith.muli %v925, %v3 : i64
                %v927 = llvm.getelementptr %in_C_re[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v928 = llvm.load %v927 : !llvm.ptr -> f32
                %v929 = arith.mulf %v928, %v737 fastmath<contract> : f32
                %v930 = arith.constant 1 : i64
                %v931 = arith.muli %v930, %v727 : i64
                %v932 = arith.constant 4 : i64
                %v933 = arith.muli %v932, %v3 : i64
                %v934 = arith.addi %v931, %v933 : i64
                %v935 = llvm.getelementptr %in_C_re[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v936 = llvm.load %v935 : !llvm.ptr -> f32
                %v937 = arith.mulf %v936, %v750 fastmath<contract> : f32
                %v938 = arith.addf %v929, %v937 fastmath<contract> : f32
                %v939 = arith.constant 2 : i64
                %v940 = arith.muli %v939, %v727 : i64
                %v941 = arith.constant 4 : i64
                %v942 = arith.muli %v941, %v3 : i64
                %v943 = arith.addi %v940, %v942 : i64
                %v944 = llvm.getelementptr %in_C_re[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v945 = llvm.load %v944 : !llvm.ptr -> f32
                %v946 = arith.mulf %v945, %v764 fastmath<contract> : f32
                %v947 = arith.addf %v938, %v946 fastmath<contract> : f32
                %v948 = arith.constant 3 : i64
                %v949 = arith.muli %v948, %v727 : i64
                %v950 = arith.constant 4 : i64
                %v951 = arith.muli %v950, %v3 : i64
                %v952 = arith.addi %v949, %v951 : i64
                %v953 = llvm.getelementptr %in_C_re[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v954 = llvm.load %v953 : !llvm.ptr -> f32
                %v955 = arith.mulf %v954, %v778 fastmath<contract> : f32
                %v956 = arith.addf %v947, %v955 fastmath<contract> : f32
                %v957 = llvm.load %v160 : !llvm.ptr -> f32
                %v958 = arith.mulf %v957, %v635 fastmath<contract> : f32
                %v959 = arith.addf %v956, %v958 fastmath<contract> : f32
                %v960 = llvm.load %v192 : !llvm.ptr -> f32
                %v961 = arith.mulf %v960, %v651 fastmath<contract> : f32
                %v962 = arith.addf %v961, %v959 fastmath<contract> : f32
                %v963 = arith.mulf %v671, %v957 fastmath<contract> : f32
                %v964 = arith.mulf %v960, %v703 fastmath<contract> : f32
                %v965 = arith.addf %v964, %v963 fastmath<contract> : f32
                %v966 = arith.mulf %v672, %v957 fastmath<contract> : f32
                %v967 = arith.mulf %v960, %v704 fastmath<contract> : f32
                %v968 = arith.addf %v967, %v966 fastmath<contract> : f32
                %v969 = arith.constant 5 : i64
                %v970 = arith.muli %v969, %v3 : i64
                %v971 = llvm.getelementptr %in_C_re[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v972 = llvm.load %v971 : !llvm.ptr -> f32
                %v973 = arith.mulf %v972, %v737 fastmath<contract> : f32
                %v974 = arith.constant 1 : i64
                %v975 = arith.muli %v974, %v727 : i64
                %v976 = arith.constant 5 : i64
                %v977 = arith.muli %v976, %v3 : i64
                %v978 = arith.addi %v975, %v977 : i64
                %v979 = llvm.getelementptr %in_C_re[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v980 = llvm.load %v979 : !llvm.ptr -> f32
                %v981 = arith.mulf %v980, %v750 fastmath<contract> : f32
                %v982 = arith.addf %v973, %v981 fastmath<contract> : f32
                %v983 = arith.constant 2 : i64
                %v984 = arith.muli %v983, %v727 : i64
                %v985 = arith.constant 5 : i64
                %v986 = arith.muli %v985, %v3 : i64
                %v987 = arith.addi %v984, %v986 : i64
                %v988 = llvm.getelementptr %in_C_re[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v989 = llvm.load %v988 : !llvm.ptr -> f32
                %v990 = arith.mulf %v989, %v764 fastmath<contract> : f32
                %v991 = arith.addf %v982, %v990 fastmath<contract> : f32
                %v992 = arith.constant 3 : i64
                %v993 = arith.muli %v992, %v727 : i64
                %v994 = arith.constant 5 : i64
                %v995 = arith.muli %v994, %v3 : i64
                %v996 = arith.addi %v993, %v995 : i64
                %v997 = llvm.getelementptr %in_C_re[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v998 = llvm.load %v997 : !llvm.ptr -> f32
                %v999 = arith.mulf %v998, %v778 fastmath<contract> : f32
                %v1000 = arith.addf %v991, %v999 fastmath<contract> : f32
                %v1001 = llvm.load %v161 : !llvm.ptr -> f32
                %v1002 = arith.mulf %v1001, %v636 fastmath<contract> : f32
                %v1003 = arith.addf %v1000, %v1002 fastmath<contract> : f32
                %v1004 = llvm.load %v193 : !llvm.ptr -> f32
                %v1005 = arith.mulf %v1004, %v652 fastmath<contract> : f32
                %v1006 = arith.addf %v1005, %v1003 fastmath<contract> : f32
                %v1007 = arith.mulf %v673, %v1001 fastmath<contract> : f32
                %v1008 = arith.mulf %v1004, %v705 fastmath<contract> : f32
                %v1009 = arith.addf %v1008, %v1007 fastmath<contract> : f32
                %v1010 = arith.mulf %v674, %v1001 fastmath<contract> : f32
                %v1011 = arith.mulf %v1004, %v706 fastmath<contract> : f32
                %v1012 = arith.addf %v1011, %v1010 fastmath<contract> : f32
                %v1013 = arith.constant 6 : i64
                %v1014 = arith.muli %v1013, %v3 : i64
                %v1015 = llvm.getelementptr %in_C_re[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                %v1017 = arith.mulf %v1016, %v737 fastmath<contract> : f32
                %v1018 = arith.constant 1 : i64
                %v1019 = arith.muli %v1018, %v727 : i64
                %v1020 = arith.constant 6 : i64
                %v1021 = arith.muli %v1020, %v3 : i64
                %v1022 = arith.addi %v1019, %v1021 : i64
                %v1023 = llvm.getelementptr %in_C_re[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                %v1025 = arith.mulf %v1024, %v750 fastmath<contract> : f32
                %v1026 = arith.addf %v1017, %v1025 fastmath<contract> : f32
                %v1027 = arith.constant 2 : i64
                %v1028 = arith.muli %v1027, %v727 : i64
                %v1029 = arith.constant 6 : i64
                %v1030 = arith.muli %v1029, %v3 : i64
                %v1031 = arith.addi %v1028, %v1030 : i64
                %v1032 = llvm.getelementptr %in_C_re[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
                %v1034 = arith.mulf %v1033, %v764 fastmath<contract> : f32
                %v1035 = arith.addf %v1026, %v1034 fastmath<contract> : f32
                %v1036 = arith.constant 3 : i64
                %v1037 = arith.muli %v1036, %v727 : i64
                %v1038 = arith.constant 6 : i64
                %v1039 = arith.muli %v1038, %v3 : i64
                %v1040 = arith.addi %v1037, %v1039 : i64
                %v1041 = llvm.getelementptr %in_C_re[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
                %v1043 = arith.mulf %v1042, %v778 fastmath<contract> : f32
                %v1044 = arith.addf %v1035, %v1043 fastmath<contract> : f32
                %v1045 = llvm.load %v162 : !llvm.ptr -> f32
                %v1046 = arith.mulf %v1045, %v637 fastmath<contract> : f32
                %v1047 = arith.addf %v1044, %v1046 fastmath<contract> : f32
                %v1048 = llvm.load %v194 : !llvm.ptr -> f32
                %v1049 = arith.mulf %v1048, %v653 fastmath<contract> : f32
                %v1050 = arith.addf %v1049, %v1047 fastmath<contract> : f32
                %v1051 = arith.mulf %v675, %v1045 fastmath<contract> : f32
                %v1052 = arith.mulf %v1048, %v707 fastmath<contract> : f32
                %v1053 = arith.addf %v1052, %v1051 fastmath<contract> : f32
                %v1054 = arith.mulf %v676, %v1045 fastmath<contract> : f32
                %v1055 = arith.mulf %v1048, %v708 fastmath<contract> : f32
                %v1056 = arith.addf %v1055, %v1054 fastmath<contract> : f32
                %v1057 = arith.constant 7 : i64
                %v1058 = arith.muli %v1057, %v3 : i64
                %v1059 = llvm.getelementptr %in_C_re[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
                %v1061 = arith.mulf %v1060, %v737 fastmath<contract> : f32
                %v1062 = arith.constant 1 : i64
                %v1063 = arith.muli %v1062, %v727 : i64
                %v1064 = arith.constant 7 : i64
                %v1065 = arith.muli %v1064, %v3 : i64
                %v1066 = arith.addi %v1063, %v1065 : i64
                %v1067 = llvm.getelementptr %in_C_re[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
                %v1069 = arith.mulf %v1068, %v750 fastmath<contract> : f32
                %v1070 = arith.addf %v1061, %v1069 fastmath<contract> : f32
                %v1071 = arith.constant 2 : i64
                %v1072 = arith.muli %v1071, %v727 : i64
                %v1073 = arith.constant 7 : i64
                %v1074 = arith.muli %v1073, %v3 : i64
                %v1075 = arith.addi %v1072, %v1074 : i64
                %v1076 = llvm.getelementptr %in_C_re[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
                %v1078 = arith.mulf %v1077, %v764 fastmath<contract> : f32
                %v1079 = arith.addf %v1070, %v1078 fastmath<contract> : f32
                %v1080 = arith.constant 3 : i64
                %v1081 = arith.muli %v1080, %v727 : i64
                %v1082 = arith.constant 7 : i64
                %v1083 = arith.muli %v1082, %v3 : i64
                %v1084 = arith.addi %v1081, %v1083 : i64
                %v1085 = llvm.getelementptr %in_C_re[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1086 = llvm.load %v1085 : !llvm.ptr -> f32
                %v1087 = arith.mulf %v1086, %v778 fastmath<contract> : f32
                %v1088 = arith.addf %v1079, %v1087 fastmath<contract> : f32
                %v1089 = llvm.load %v163 : !llvm.ptr -> f32
                %v1090 = arith.mulf %v1089, %v638 fastmath<contract> : f32
                %v1091 = arith.addf %v1088, %v1090 fastmath<contract> : f32
                %v1092 = llvm.load %v195 : !llvm.ptr -> f32
                %v1093 = arith.mulf %v1092, %v654 fastmath<contract> : f32
                %v1094 = arith.addf %v1093, %v1091 fastmath<contract> : f32
                %v1095 = arith.mulf %v677, %v1089 fastmath<contract> : f32
                %v1096 = arith.mulf %v1092, %v709 fastmath<contract> : f32
                %v1097 = arith.addf %v1096, %v1095 fastmath<contract> : f32
                %v1098 = arith.mulf %v678, %v1089 fastmath<contract> : f32
                %v1099 = arith.mulf %v1092, %v710 fastmath<contract> : f32
                %v1100 = arith.addf %v1099, %v1098 fastmath<contract> : f32
                %v1101 = arith.constant 8 : i64
                %v1102 = arith.muli %v1101, %v3 : i64
                %v1103 = llvm.getelementptr %in_C_re[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
                %v1105 = arith.mulf %v1104, %v737 fastmath<contract> : f32
                %v1106 = arith.constant 1 : i64
                %v1107 = arith.muli %v1106, %v727 : i64
                %v1108 = arith.constant 8 : i64
                %v1109 = arith.muli %v1108, %v3 : i64
                %v1110 = arith.addi %v1107, %v1109 : i64
                %v1111 = llvm.getelementptr %in_C_re[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                %v1113 = arith.mulf %v1112, %v750 fastmath<contract> : f32
                %v1114 = arith.addf %v1105, %v1113 fastmath<contract> : f32
                %v1115 = arith.constant 2 : i64
                %v1116 = arith.muli %v1115, %v727 : i64
                %v1117 = arith.constant 8 : i64
                %v1118 = arith.muli %v1117, %v3 : i64
                %v1119 = arith.addi %v1116, %v1118 : i64
                %v1120 = llvm.getelementptr %in_C_re[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
                %v1122 = arith.mulf %v1121, %v764 fastmath<contract> : f32
                %v1123 = arith.addf %v1114, %v1122 fastmath<contract> : f32
                %v1124 = arith.constant 3 : i64
                %v1125 = arith.muli %v1124, %v727 : i64
                %v1126 = arith.constant 8 : i64
                %v1127 = arith.muli %v1126, %v3 : i64
                %v1128 = arith.addi %v1125, %v1127 : i64
                %v1129 = llvm.getelementptr %in_C_re[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
                %v1131 = arith.mulf %v1130, %v778 fastmath<contract> : f32
                %v1132 = arith.addf %v1123, %v1131 fastmath<contract> : f32
                %v1133 = llvm.load %v164 : !llvm.ptr -> f32
                %v1134 = arith.mulf %v1133, %v639 fastmath<contract> : f32
                %v1135 = arith.addf %v1132, %v1134 fastmath<contract> : f32
                %v1136 = llvm.load %v196 : !llvm.ptr -> f32
                %v1137 = arith.mulf %v1136, %v655 fastmath<contract> : f32
                %v1138 = arith.addf %v1137, %v1135 fastmath<contract> : f32
                %v1139 = arith.mulf %v679, %v1133 fastmath<contract> : f32
                %v1140 = arith.mulf %v1136, %v711 fastmath<contract> : f32
                %v1141 = arith.addf %v1140, %v1139 fastmath<contract> : f32
                %v1142 = arith.mulf %v680, %v1133 fastmath<contract> : f32
                %v1143 = arith.mulf %v1136, %v712 fastmath<contract> : f32
                %v1144 = arith.addf %v1143, %v1142 fastmath<contract> : f32
                %v1145 = arith.constant 9 : i64
                %v1146 = arith.muli %v1145, %v3 : i64
                %v1147 = llvm.getelementptr %in_C_re[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
                %v1149 = arith.mulf %v1148, %v737 fastmath<contract> : f32
                %v1150 = arith.constant 1 : i64
                %v1151 = arith.muli %v1150, %v727 : i64
                %v1152 = arith.constant 9 : i64
                %v1153 = arith.muli %v1152, %v3 : i64
                %v1154 = arith.addi %v1151, %v1153 : i64
                %v1155 = llvm.getelementptr %in_C_re[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
                %v1157 = arith.mulf %v1156, %v750 fastmath<contract> : f32
                %v1158 = arith.addf %v1149, %v1157 fastmath<contract> : f32
                %v1159 = arith.constant 2 : i64
                %v1160 = arith.muli %v1159, %v727 : i64
                %v1161 = arith.constant 9 : i64
                %v1162 = arith.muli %v1161, %v3 : i64
                %v1163 = arith.addi %v1160, %v1162 : i64
                %v1164 = llvm.getelementptr %in_C_re[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1165 = llvm.load %v1164 : !llvm.ptr -> f32
                %v1166 = arith.mulf %v1165, %v764 fastmath<contract> : f32
                %v1167 = arith.addf %v1158, %v1166 fastmath<contract> : f32
                %v1168 = arith.constant 3 : i64
                %v1169 = arith.muli %v1168, %v727 : i64
                %v1170 = arith.constant 9 : i64
                %v1171 = arith.muli %v1170, %v3 : i64
                %v1172 = arith.addi %v1169, %v1171 : i64
                %v1173 = llvm.getelementptr %in_C_re[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
                %v1175 = arith.mulf %v1174, %v778 fastmath<contract> : f32
                %v1176 = arith.addf %v1167, %v1175 fastmath<contract> : f32
                %v1177 = llvm.load %v165 : !llvm.ptr -> f32
                %v1178 = arith.mulf %v1177, %v640 fastmath<contract> : f32
                %v1179 = arith.addf %v1176, %v1178 fastmath<contract> : f32
                %v1180 = llvm.load %v197 : !llvm.ptr -> f32
                %v1181 = arith.mulf %v1180, %v656 fastmath<contract> : f32
                %v1182 = arith.addf %v1181, %v1179 fastmath<contract> : f32
                %v1183 = arith.mulf %v681, %v1177 fastmath<contract> : f32
                %v1184 = arith.mulf %v1180, %v713 fastmath<contract> : f32
                %v1185 = arith.addf %v1184, %v1183 fastmath<contract> : f32
                %v1186 = arith.mulf %v682, %v1177 fastmath<contract> : f32
                %v1187 = arith.mulf %v1180, %v714 fastmath<contract> : f32
                %v1188 = arith.addf %v1187, %v1186 fastmath<contract> : f32
                %v1189 = arith.constant 10 : i64
                %v1190 = arith.muli %v1189, %v3 : i64
                %v1191 = llvm.getelementptr %in_C_re[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
                %v1193 = arith.mulf %v1192, %v737 fastmath<contract> : f32
                %v1194 = arith.constant 1 : i64
                %v1195 = arith.muli %v1194, %v727 : i64
                %v1196 = arith.constant 10 : i64
                %v1197 = arith.muli %v1196, %v3 : i64
                %v1198 = arith.addi %v1195, %v1197 : i64
                %v1199 = llvm.getelementptr %in_C_re[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
                %v1201 = arith.mulf %v1200, %v750 fastmath<contract> : f32
                %v1202 = arith.addf %v1193, %v1201 fastmath<contract> : f32
                %v1203 = arith.constant 2 : i64
                %v1204 = arith.muli %v1203, %v727 : i64
                %v1205 = arith.constant 10 : i64
                %v1206 = arith.muli %v1205, %v3 : i64
                %v1207 = arith.addi %v1204, %v1206 : i64
                %v1208 = llvm.getelementptr %in_C_re[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
                %v1210 = arith.mulf %v1209, %v764 fastmath<contract> : f32
                %v1211 = arith.addf %v1202, %v1210 fastmath<contract> : f32
                %v1212 = arith.constant 3 : i64
                %v1213 = arith.muli %v1212, %v727 : i64
                %v1214 = arith.constant 10 : i64
                %v1215 = arith.muli %v1214, %v3 : i64
                %v1216 = arith.addi %v1213, %v1215 : i64
                %v1217 = llvm.getelementptr %in_C_re[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
                %v1219 = arith.mulf %v1218, %v778 fastmath<contract> : f32
                %v1220 = arith.addf %v1211, %v1219 fastmath<contract> : f32
                %v1221 = llvm.load %v166 : !llvm.ptr -> f32
                %v1222 = arith.mulf %v1221, %v641 fastmath<contract> : f32
                %v1223 = arith.addf %v1220, %v1222 fastmath<contract> : f32
                %v1224 = llvm.load %v198 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v657 fastmath<contract> : f32
                %v1226 = arith.addf %v1225, %v1223 fastmath<contract> : f32
                %v1227 = arith.mulf %v683, %v1221 fastmath<contract> : f32
                %v1228 = arith.mulf %v1224, %v715 fastmath<contract> : f32
                %v1229 = arith.addf %v1228, %v1227 fastmath<contract> : f32
                %v1230 = arith.mulf %v684, %v1221 fastmath<contract> : f32
                %v1231 = arith.mulf %v1224, %v716 fastmath<contract> : f32
                %v1232 = arith.addf %v1231, %v1230 fastmath<contract> : f32
                %v1233 = arith.constant 11 : i64
                %v1234 = arith.muli %v1233, %v3 : i64
                %v1235 = llvm.getelementptr %in_C_re[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
                %v1237 = arith.mulf %v1236, %v737 fastmath<contract> : f32
                %v1238 = arith.constant 1 : i64
                %v1239 = arith.muli %v1238, %v727 : i64
                %v1240 = arith.constant 11 : i64
                %v1241 = arith.muli %v1240, %v3 : i64
                %v1242 = arith.addi %v1239, %v1241 : i64
                %v1243 = llvm.getelementptr %in_C_re[%v1242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1244 = llvm.load %v1243 : !llvm.ptr -> f32
                %v1245 = arith.mulf %v1244, %v750 fastmath<contract> : f32
                %v1246 = arith.addf %v1237, %v1245 fastmath<contract> : f32
                %v1247 = arith.constant 2 : i64
                %v1248 = arith.muli %v1247, %v727 : i64
                %v1249 = arith.constant 11 : i64
                %v1250 = arith.muli %v1249, %v3 : i64
                %v1251 = arith.addi %v1248, %v1250 : i64
                %v1252 = llvm.getelementptr %in_C_re[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
                %v1254 = arith.mulf %v1253, %v764 fastmath<contract> : f32
                %v1255 = arith.addf %v1246, %v1254 fastmath<contract> : f32
                %v1256 = arith.constant 3 : i64
                %v1257 = arith.muli %v1256, %v727 : i64
                %v1258 = arith.constant 11 : i64
                %v1259 = arith.muli %v1258, %v3 : i64
                %v1260 = arith.addi %v1257, %v1259 : i64
                %v1261 = llvm.getelementptr %in_C_re[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
                %v1263 = arith.mulf %v1262, %v778 fastmath<contract> : f32
                %v1264 = arith.addf %v1255, %v1263 fastmath<contract> : f32
                %v1265 = llvm.load %v167 : !llvm.ptr -> f32
                %v1266 = arith.mulf %v1265, %v642 fastmath<contract> : f32
                %v1267 = arith.addf %v1264, %v1266 fastmath<contract> : f32
                %v1268 = llvm.load %v199 : !llvm.ptr -> f32
                %v1269 = arith.mulf %v1268, %v658 fastmath<contract> : f32
                %v1270 = arith.addf %v1269, %v1267 fastmath<contract> : f32
                %v1271 = arith.mulf %v685, %v1265 fastmath<contract> : f32
                %v1272 = arith.mulf %v1268, %v717 fastmath<contract> : f32
                %v1273 = arith.addf %v1272, %v1271 fastmath<contract> : f32
                %v1274 = arith.mulf %v686, %v1265 fastmath<contract> : f32
                %v1275 = arith.mulf %v1268, %v718 fastmath<contract> : f32
                %v1276 = arith.addf %v1275, %v1274 fastmath<contract> : f32
                %v1277 = arith.constant 12 : i64
                %v1278 = arith.muli %v1277, %v3 : i64
                %v1279 = llvm.getelementptr %in_C_re[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
                %v1281 = arith.mulf %v1280, %v737 fastmath<contract> : f32
                %v1282 = arith.constant 1 : i64
                %v1283 = arith.muli %v1282, %v727 : i64
                %v1284 = arith.constant 12 : i64
                %v1285 = arith.muli %v1284, %v3 : i64
                %v1286 = arith.addi %v1283, %v1285 : i64
                %v1287 = llvm.getelementptr %in_C_re[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
                %v1289 = arith.mulf %v1288, %v750 fastmath<contract> : f32
                %v1290 = arith.addf %v1281, %v1289 fastmath<contract> : f32
                %v1291 = arith.constant 2 : i64
                %v1292 = arith.muli %v1291, %v727 : i64
                %v1293 = arith.constant 12 : i64
                %v1294 = arith.muli %v1293, %v3 : i64
                %v1295 = arith.addi %v1292, %v1294 : i64
                %v1296 = llvm.getelementptr %in_C_re[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1297 = llvm.load %v1296 : !llvm.ptr -> f32
                %v1298 = arith.mulf %v1297, %v764 fastmath<contract> : f32
                %v1299 = arith.addf %v1290, %v1298 fastmath<contract> : f32
                %v1300 = arith.constant 3 : i64
                %v1301 = arith.muli %v1300, %v727 : i64
                %v1302 = arith.constant 12 : i64
                %v1303 = arith.muli %v1302, %v3 : i64
                %v1304 = arith.addi %v1301, %v1303 : i64
                %v1305 = llvm.getelementptr %in_C_re[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                %v1307 = arith.mulf %v1306, %v778 fastmath<contract> : f32
                %v1308 = arith.addf %v1299, %v1307 fastmath<contract> : f32
                %v1309 = llvm.load %v168 : !llvm.ptr -> f32
                %v1310 = arith.mulf %v1309, %v643 fastmath<contract> : f32
                %v1311 = arith.addf %v1308, %v1310 fastmath<contract> : f32
                %v1312 = llvm.load %v200 : !llvm.ptr -> f32
                %v1313 = arith.mulf %v1312, %v659 fastmath<contract> : f32
                %v1314 = arith.addf %v1313, %v1311 fastmath<contract> : f32
                %v1315 = arith.mulf %v687, %v1309 fastmath<contract> : f32
                %v1316 = arith.mulf %v1312, %v719 fastmath<contract> : f32
                %v1317 = arith.addf %v1316, %v1315 fastmath<contract> : f32
                %v1318 = arith.mulf %v688, %v1309 fastmath<contract> : f32
                %v1319 = arith.mulf %v1312, %v720 fastmath<contract> : f32
                %v1320 = arith.addf %v1319, %v1318 fastmath<contract> : f32
                %v1321 = arith.constant 13 : i64
                %v1322 = arith.muli %v1321, %v3 : i64
                %v1323 = llvm.getelementptr %in_C_re[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                %v1325 = arith.mulf %v1324, %v737 fastmath<contract> : f32
                %v1326 = arith.constant 1 : i64
                %v1327 = arith.muli %v1326, %v727 : i64
                %v1328 = arith.constant 13 : i64
                %v1329 = arith.muli %v1328, %v3 : i64
                %v1330 = arith.addi %v1327, %v1329 : i64
                %v1331 = llvm.getelementptr %in_C_re[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
                %v1333 = arith.mulf %v1332, %v750 fastmath<contract> : f32
                %v1334 = arith.addf %v1325, %v1333 fastmath<contract> : f32
                %v1335 = arith.constant 2 : i64
                %v1336 = arith.muli %v1335, %v727 : i64
                %v1337 = arith.constant 13 : i64
                %v1338 = arith.muli %v1337, %v3 : i64
                %v1339 = arith.addi %v1336, %v1338 : i64
                %v1340 = llvm.getelementptr %in_C_re[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
                %v1342 = arith.mulf %v1341, %v764 fastmath<contract> : f32
                %v1343 = arith.addf %v1334, %v1342 fastmath<contract> : f32
                %v1344 = arith.constant 3 : i64
                %v1345 = arith.muli %v1344, %v727 : i64
                %v1346 = arith.constant 13 : i64
                %v1347 = arith.muli %v1346, %v3 : i64
                %v1348 = arith.addi %v1345, %v1347 : i64
                %v1349 = llvm.getelementptr %in_C_re[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
                %v1351 = arith.mulf %v1350, %v778 fastmath<contract> : f32
                %v1352 = arith.addf %v1343, %v1351 fastmath<contract> : f32
                %v1353 = llvm.load %v169 : !llvm.ptr -> f32
                %v1354 = arith.mulf %v1353, %v644 fastmath<contract> : f32
                %v1355 = arith.addf %v1352, %v1354 fastmath<contract> : f32
                %v1356 = llvm.load %v201 : !llvm.ptr -> f32
                %v1357 = arith.mulf %v1356, %v660 fastmath<contract> : f32
                %v1358 = arith.addf %v1357, %v1355 fastmath<contract> : f32
                %v1359 = arith.mulf %v689, %v1353 fastmath<contract> : f32
                %v1360 = arith.mulf %v1356, %v721 fastmath<contract> : f32
                %v1361 = arith.addf %v1360, %v1359 fastmath<contract> : f32
                %v1362 = arith.mulf %v690, %v1353 fastmath<contract> : f32
                %v1363 = arith.mulf %v1356, %v722 fastmath<contract> : f32
                %v1364 = arith.addf %v1363, %v1362 fastmath<contract> : f32
                %v1365 = arith.constant 14 : i64
                %v1366 = arith.muli %v1365, %v3 : i64
                %v1367 = llvm.getelementptr %in_C_re[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
                %v1369 = arith.mulf %v1368, %v737 fastmath<contract> : f32
                %v1370 = arith.constant 1 : i64
                %v1371 = arith.muli %v1370, %v727 : i64
                %v1372 = arith.constant 14 : i64
                %v1373 = arith.muli %v1372, %v3 : i64
                %v1374 = arith.addi %v1371, %v1373 : i64
                %v1375 = llvm.getelementptr %in_C_re[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1376, %v750 fastmath<contract> : f32
                %v1378 = arith.addf %v1369, %v1377 fastmath<contract> : f32
                %v1379 = arith.constant 2 : i64
                %v1380 = arith.muli %v1379, %v727 : i64
                %v1381 = arith.constant 14 : i64
                %v1382 = arith.muli %v1381, %v3 : i64
                %v1383 = arith.addi %v1380, %v1382 : i64
                %v1384 = llvm.getelementptr %in_C_re[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1385 = llvm.load %v1384 : !llvm.ptr -> f32
                %v1386 = arith.mulf %v1385, %v764 fastmath<contract> : f32
                %v1387 = arith.addf %v1378, %v1386 fastmath<contract> : f32
                %v1388 = arith.constant 3 : i64
                %v1389 = arith.muli %v1388, %v727 : i64
                %v1390 = arith.constant 14 : i64
                %v1391 = arith.muli %v1390, %v3 : i64
                %v1392 = arith.addi %v1389, %v1391 : i64
                %v1393 = llvm.getelementptr %in_C_re[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
                %v1395 = arith.mulf %v1394, %v778 fastmath<contract> : f32
                %v1396 = arith.addf %v1387, %v1395 fastmath<contract> : f32
                %v1397 = llvm.load %v170 : !llvm.ptr -> f32
                %v1398 = arith.mulf %v1397, %v645 fastmath<contract> : f32
                %v1399 = arith.addf %v1396, %v1398 fastmath<contract> : f32
                %v1400 = llvm.load %v202 : !llvm.ptr -> f32
                %v1401 = arith.mulf %v1400, %v661 fastmath<contract> : f32
                %v1402 = arith.addf %v1401, %v1399 fastmath<contract> : f32
                %v1403 = arith.mulf %v691, %v1397 fastmath<contract> : f32
                %v1404 = arith.mulf %v1400, %v723 fastmath<contract> : f32
                %v1405 = arith.addf %v1404, %v1403 fastmath<contract> : f32
                %v1406 = arith.mulf %v692, %v1397 fastmath<contract> : f32
                %v1407 = arith.mulf %v1400, %v724 fastmath<contract> : f32
                %v1408 = arith.addf %v1407, %v1406 fastmath<contract> : f32
                %v1409 = arith.constant 15 : i64
                %v1410 = arith.muli %v1409, %v3 : i64
                %v1411 = llvm.getelementptr %in_C_re[%v1410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1412 = llvm.load %v1411 : !llvm.ptr -> f32
                %v1413 = arith.mulf %v1412, %v737 fastmath<contract> : f32
                %v1414 = arith.constant 1 : i64
                %v1415 = arith.muli %v1414, %v727 : i64
                %v1416 = arith.constant 15 : i64
                %v1417 = arith.muli %v1416, %v3 : i64
                %v1418 = arith.addi %v1415, %v1417 : i64
                %v1419 = llvm.getelementptr %in_C_re[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
                %v1421 = arith.mulf %v1420, %v750 fastmath<contract> : f32
                %v1422 = arith.addf %v1413, %v1421 fastmath<contract> : f32
                %v1423 = arith.constant 2 : i64
                %v1424 = arith.muli %v1423, %v727 : i64
                %v1425 = arith.constant 15 : i64
                %v1426 = arith.muli %v1425, %v3 : i64
                %v1427 = arith.addi %v1424, %v1426 : i64
                %v1428 = llvm.getelementptr %in_C_re[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1429 = llvm.load %v1428 : !llvm.ptr -> f32
                %v1430 = arith.mulf %v1429, %v764 fastmath<contract> : f32
                %v1431 = arith.addf %v1422, %v1430 fastmath<contract> : f32
                %v1432 = arith.constant 3 : i64
                %v1433 = arith.muli %v1432, %v727 : i64
                %v1434 = arith.constant 15 : i64
                %v1435 = arith.muli %v1434, %v3 : i64
                %v1436 = arith.addi %v1433, %v1435 : i64
                %v1437 = llvm.getelementptr %in_C_re[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
                %v1439 = arith.mulf %v1438, %v778 fastmath<contract> : f32
                %v1440 = arith.addf %v1431, %v1439 fastmath<contract> : f32
                %v1441 = llvm.load %v171 : !llvm.ptr -> f32
                %v1442 = arith.mulf %v1441, %v646 fastmath<contract> : f32
                %v1443 = arith.addf %v1440, %v1442 fastmath<contract> : f32
                %v1444 = llvm.load %v203 : !llvm.ptr -> f32
                %v1445 = arith.mulf %v1444, %v662 fastmath<contract> : f32
                %v1446 = arith.addf %v1445, %v1443 fastmath<contract> : f32
                %v1447 = arith.mulf %v693, %v1441 fastmath<contract> : f32
                %v1448 = arith.mulf %v1444, %v725 fastmath<contract> : f32
                %v1449 = arith.addf %v1448, %v1447 fastmath<contract> : f32
                %v1450 = arith.mulf %v694, %v1441 fastmath<contract> : f32
                %v1451 = arith.mulf %v1444, %v726 fastmath<contract> : f32
                %v1452 = arith.addf %v1451, %v1450 fastmath<contract> : f32
                %v1453 = arith.constant 0 : i64
                %v1454 = llvm.getelementptr %in_C_im[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
                %v1456 = arith.negf %v737 : f32
                %v1457 = arith.mulf %v1455, %v1456 fastmath<contract> : f32
                %v1458 = arith.constant 1 : i64
                %v1459 = arith.muli %v1458, %v727 : i64
                %v1460 = llvm.getelementptr %in_C_im[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
                %v1462 = arith.negf %v750 : f32
                %v1463 = arith.mulf %v1461, %v1462 fastmath<contract> : f32
                %v1464 = arith.addf %v1457, %v1463 fastmath<contract> : f32
                %v1465 = arith.constant 2 : i64
                %v1466 = arith.muli %v1465, %v727 : i64
                %v1467 = llvm.getelementptr %in_C_im[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
                %v1469 = arith.negf %v764 : f32
                %v1470 = arith.mulf %v1468, %v1469 fastmath<contract> : f32
                %v1471 = arith.addf %v1464, %v1470 fastmath<contract> : f32
                %v1472 = arith.constant 3 : i64
                %v1473 = arith.muli %v1472, %v727 : i64
                %v1474 = llvm.getelementptr %in_C_im[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
                %v1476 = arith.negf %v778 : f32
                %v1477 = arith.mulf %v1475, %v1476 fastmath<contract> : f32
                %v1478 = arith.addf %v1471, %v1477 fastmath<contract> : f32
                %v1479 = llvm.load %v172 : !llvm.ptr -> f32
                %v1480 = arith.mulf %v1479, %v647 fastmath<contract> : f32
                %v1481 = arith.addf %v1478, %v1480 fastmath<contract> : f32
                %v1482 = llvm.load %v204 : !llvm.ptr -> f32
                %v1483 = arith.mulf %v1482, %v631 fastmath<contract> : f32
                %v1484 = arith.addf %v1483, %v1481 fastmath<contract> : f32
                %v1485 = arith.mulf %v695, %v1479 fastmath<contract> : f32
                %v1486 = arith.mulf %v1482, %v663 fastmath<contract> : f32
                %v1487 = arith.addf %v1486, %v1485 fastmath<contract> : f32
                %v1488 = arith.mulf %v696, %v1479 fastmath<contract> : f32
                %v1489 = arith.mulf %v1482, %v664 fastmath<contract> : f32
                %v1490 = arith.addf %v1489, %v1488 fastmath<contract> : f32
                %v1491 = arith.constant 1 : i64
                %v1492 = arith.muli %v1491, %v3 : i64
                %v1493 = llvm.getelementptr %in_C_im[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
                %v1495 = arith.mulf %v1494, %v1456 fastmath<contract> : f32
                %v1496 = arith.constant 1 : i64
                %v1497 = arith.muli %v1496, %v727 : i64
                %v1498 = arith.constant 1 : i64
                %v1499 = arith.muli %v1498, %v3 : i64
                %v1500 = arith.addi %v1497, %v1499 : i64
                %v1501 = llvm.getelementptr %in_C_im[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
                %v1503 = arith.mulf %v1502, %v1462 fastmath<contract> : f32
                %v1504 = arith.addf %v1495, %v1503 fastmath<contract> : f32
                %v1505 = arith.constant 2 : i64
                %v1506 = arith.muli %v1505, %v727 : i64
                %v1507 = arith.constant 1 : i64
                %v1508 = arith.muli %v1507, %v3 : i64
                %v1509 = arith.addi %v1506, %v1508 : i64
                %v1510 = llvm.getelementptr %in_C_im[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
                %v1512 = arith.mulf %v1511, %v1469 fastmath<contract> : f32
                %v1513 = arith.addf %v1504, %v1512 fastmath<contract> : f32
                %v1514 = arith.constant 3 : i64
                %v1515 = arith.muli %v1514, %v727 : i64
                %v1516 = arith.constant 1 : i64
                %v1517 = arith.muli %v1516, %v3 : i64
                %v1518 = arith.addi %v1515, %v1517 : i64
                %v1519 = llvm.getelementptr %in_C_im[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
                %v1521 = arith.mulf %v1520, %v1476 fastmath<contract> : f32
                %v1522 = arith.addf %v1513, %v1521 fastmath<contract> : f32
                %v1523 = llvm.load %v173 : !llvm.ptr -> f32
                %v1524 = arith.mulf %v1523, %v648 fastmath<contract> : f32
                %v1525 = arith.addf %v1522, %v1524 fastmath<contract> : f32
                %v1526 = llvm.load %v205 : !llvm.ptr -> f32
                %v1527 = arith.mulf %v1526, %v632 fastmath<contract> : f32
                %v1528 = arith.addf %v1527, %v1525 fastmath<contract> : f32
                %v1529 = arith.mulf %v697, %v1523 fastmath<contract> : f32
                %v1530 = arith.mulf %v1526, %v665 fastmath<contract> : f32
                %v1531 = arith.addf %v1530, %v1529 fastmath<contract> : f32
                %v1532 = arith.mulf %v698, %v1523 fastmath<contract> : f32
                %v1533 = arith.mulf %v1526, %v666 fastmath<contract> : f32
                %v1534 = arith.addf %v1533, %v1532 fastmath<contract> : f32
                %v1535 = arith.constant 2 : i64
                %v1536 = arith.muli %v1535, %v3 : i64
                %v1537 = llvm.getelementptr %in_C_im[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                %v1539 = arith.mulf %v1538, %v1456 fastmath<contract> : f32
                %v1540 = arith.constant 1 : i64
                %v1541 = arith.muli %v1540, %v727 : i64
                %v1542 = arith.constant 2 : i64
                %v1543 = arith.muli %v1542, %v3 : i64
                %v1544 = arith.addi %v1541, %v1543 : i64
                %v1545 = llvm.getelementptr %in_C_im[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
                %v1547 = arith.mulf %v1546, %v1462 fastmath<contract> : f32
                %v1548 = arith.addf %v1539, %v1547 fastmath<contract> : f32
                %v1549 = arith.constant 2 : i64
                %v1550 = arith.muli %v1549, %v727 : i64
                %v1551 = arith.constant 2 : i64
                %v1552 = arith.muli %v1551, %v3 : i64
                %v1553 = arith.addi %v1550, %v1552 : i64
                %v1554 = llvm.getelementptr %in_C_im[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
                %v1556 = arith.mulf %v1555, %v1469 fastmath<contract> : f32
                %v1557 = arith.addf %v1548, %v1556 fastmath<contract> : f32
                %v1558 = arith.constant 3 : i64
                %v1559 = arith.muli %v1558, %v727 : i64
                %v1560 = arith.constant 2 : i64
                %v1561 = arith.muli %v1560, %v3 : i64
                %v1562 = arith.addi %v1559, %v1561 : i64
                %v1563 = llvm.getelementptr %in_C_im[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
                %v1565 = arith.mulf %v1564, %v1476 fastmath<contract> : f32
                %v1566 = arith.addf %v1557, %v1565 fastmath<contract> : f32
                %v1567 = llvm.load %v174 : !llvm.ptr -> f32
                %v1568 = arith.mulf %v1567, %v649 fastmath<contract> : f32
                %v1569 = arith.addf %v1566, %v1568 fastmath<contract> : f32
                %v1570 = llvm.load %v206 : !llvm.ptr -> f32
                %v1571 = arith.mulf %v1570, %v633 fastmath<contract> : f32
                %v1572 = arith.addf %v1571, %v1569 fastmath<contract> : f32
                %v1573 = arith.mulf %v699, %v1567 fastmath<contract> : f32
                %v1574 = arith.mulf %v1570, %v667 fastmath<contract> : f32
                %v1575 = arith.addf %v1574, %v1573 fastmath<contract> : f32
                %v1576 = arith.mulf %v700, %v1567 fastmath<contract> : f32
                %v1577 = arith.mulf %v1570, %v668 fastmath<contract> : f32
                %v1578 = arith.addf %v1577, %v1576 fastmath<contract> : f32
                %v1579 = arith.constant 3 : i64
                %v1580 = arith.muli %v1579, %v3 : i64
                %v1581 = llvm.getelementptr %in_C_im[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
                %v1583 = arith.mulf %v1582, %v1456 fastmath<contract> : f32
                %v1584 = arith.constant 1 : i64
                %v1585 = arith.muli %v1584, %v727 : i64
                %v1586 = arith.constant 3 : i64
                %v1587 = arith.muli %v1586, %v3 : i64
                %v1588 = arith.addi %v1585, %v1587 : i64
                %v1589 = llvm.getelementptr %in_C_im[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
                %v1591 = arith.mulf %v1590, %v1462 fastmath<contract> : f32
                %v1592 = arith.addf %v1583, %v1591 fastmath<contract> : f32
                %v1593 = arith.constant 2 : i64
                %v1594 = arith.muli %v1593, %v727 : i64
                %v1595 = arith.constant 3 : i64
                %v1596 = arith.muli %v1595, %v3 : i64
                %v1597 = arith.addi %v1594, %v1596 : i64
                %v1598 = llvm.getelementptr %in_C_im[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1599 = llvm.load %v1598 : !llvm.ptr -> f32
                %v1600 = arith.mulf %v1599, %v1469 fastmath<contract> : f32
                %v1601 = arith.addf %v1592, %v1600 fastmath<contract> : f32
                %v1602 = arith.constant 3 : i64
                %v1603 = arith.muli %v1602, %v727 : i64
                %v1604 = arith.constant 3 : i64
                %v1605 = arith.muli %v1604, %v3 : i64
                %v1606 = arith.addi %v1603, %v1605 : i64
                %v1607 = llvm.getelementptr %in_C_im[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
                %v1609 = arith.mulf %v1608, %v1476 fastmath<contract> : f32
                %v1610 = arith.addf %v1601, %v1609 fastmath<contract> : f32
                %v1611 = llvm.load %v175 : !llvm.ptr -> f32
                %v1612 = arith.mulf %v1611, %v650 fastmath<contract> : f32
                %v1613 = arith.addf %v1610, %v1612 fastmath<contract> : f32
                %v1614 = llvm.load %v207 : !llvm.ptr -> f32
                %v1615 = arith.mulf %v1614, %v634 fastmath<contract> : f32
                %v1616 = arith.addf %v1615, %v1613 fastmath<contract> : f32
                %v1617 = arith.mulf %v701, %v1611 fastmath<contract> : f32
                %v1618 = arith.mulf %v1614, %v669 fastmath<contract> : f32
                %v1619 = arith.addf %v1618, %v1617 fastmath<contract> : f32
                %v1620 = arith.mulf %v702, %v1611 fastmath<contract> : f32
                %v1621 = arith.mulf %v1614, %v670 fastmath<contract> : f32
                %v1622 = arith.addf %v1621, %v1620 fastmath<contract> : f32
                %v1623 = arith.constant 4 : i64
                %v1624 = arith.muli %v1623, %v3 : i64
                %v1625 = llvm.getelementptr %in_C_im[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1626 = llvm.load %v1625 : !llvm.ptr -> f32
                %v1627 = arith.mulf %v1626, %v1456 fastmath<contract> : f32
                %v1628 = arith.constant 1 : i64
                %v1629 = arith.muli %v1628, %v727 : i64
                %v1630 = arith.constant 4 : i64
                %v1631 = arith.muli %v1630, %v3 : i64
                %v1632 = arith.addi %v1629, %v1631 : i64
                %v1633 = llvm.getelementptr %in_C_im[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
                %v1635 = arith.mulf %v1634, %v1462 fastmath<contract> : f32
                %v1636 = arith.addf %v1627, %v1635 fastmath<contract> : f32
                %v1637 = arith.constant 2 : i64
                %v1638 = arith.muli %v1637, %v727 : i64
                %v1639 = arith.constant 4 : i64
                %v1640 = arith.muli %v1639, %v3 : i64
                %v1641 = arith.addi %v1638, %v1640 : i64
                %v1642 = llvm.getelementptr %in_C_im[%v1641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1643 = llvm.load %v1642 : !llvm.ptr -> f32
                %v1644 = arith.mulf %v1643, %v1469 fastmath<contract> : f32
                %v1645 = arith.addf %v1636, %v1644 fastmath<contract> : f32
                %v1646 = arith.constant 3 : i64
                %v1647 = arith.muli %v1646, %v727 : i64
                %v1648 = arith.constant 4 : i64
                %v1649 = arith.muli %v1648, %v3 : i64
                %v1650 = arith.addi %v1647, %v1649 : i64
                %v1651 = llvm.getelementptr %in_C_im[%v1650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1652 = llvm.load %v1651 : !llvm.ptr -> f32
                %v1653 = arith.mulf %v1652, %v1476 fastmath<contract> : f32
                %v1654 = arith.addf %v1645, %v1653 fastmath<contract> : f32
                %v1655 = llvm.load %v176 : !llvm.ptr -> f32
                %v1656 = arith.mulf %v1655, %v651 fastmath<contract> : f32
                %v1657 = arith.addf %v1654, %v1656 fastmath<contract> : f32
                %v1658 = llvm.load %v208 : !llvm.ptr -> f32
                %v1659 = arith.mulf %v1658, %v635 fastmath<contract> : f32
                %v1660 = arith.addf %v1659, %v1657 fastmath<contract> : f32
                %v1661 = arith.mulf %v703, %v1655 fastmath<contract> : f32
                %v1662 = arith.mulf %v1658, %v671 fastmath<contract> : f32
                %v1663 = arith.addf %v1662, %v1661 fastmath<contract> : f32
                %v1664 = arith.mulf %v704, %v1655 fastmath<contract> : f32
                %v1665 = arith.mulf %v1658, %v672 fastmath<contract> : f32
                %v1666 = arith.addf %v1665, %v1664 fastmath<contract> : f32
                %v1667 = arith.constant 5 : i64
                %v1668 = arith.muli %v1667, %v3 : i64
                %v1669 = llvm.getelementptr %in_C_im[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
                %v1671 = arith.mulf %v1670, %v1456 fastmath<contract> : f32
                %v1672 = arith.constant 1 : i64
                %v1673 = arith.muli %v1672, %v727 : i64
                %v1674 = arith.constant 5 : i64
                %v1675 = arith.muli %v1674, %v3 : i64
                %v1676 = arith.addi %v1673, %v1675 : i64
                %v1677 = llvm.getelementptr %in_C_im[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1678 = llvm.load %v1677 : !llvm.ptr -> f32
                %v1679 = arith.mulf %v1678, %v1462 fastmath<contract> : f32
                %v1680 = arith.addf %v1671, %v1679 fastmath<contract> : f32
                %v1681 = arith.constant 2 : i64
                %v1682 = arith.muli %v1681, %v727 : i64
                %v1683 = arith.constant 5 : i64
                %v1684 = arith.muli %v1683, %v3 : i64
                %v1685 = arith.addi %v1682, %v1684 : i64
                %v1686 = llvm.getelementptr %in_C_im[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
                %v1688 = arith.mulf %v1687, %v1469 fastmath<contract> : f32
                %v1689 = arith.addf %v1680, %v1688 fastmath<contract> : f32
                %v1690 = arith.constant 3 : i64
                %v1691 = arith.muli %v1690, %v727 : i64
                %v1692 = arith.constant 5 : i64
                %v1693 = arith.muli %v1692, %v3 : i64
                %v1694 = arith.addi %v1691, %v1693 : i64
                %v1695 = llvm.getelementptr %in_C_im[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1696 = llvm.load %v1695 : !llvm.ptr -> f32
                %v1697 = arith.mulf %v1696, %v1476 fastmath<contract> : f32
                %v1698 = arith.addf %v1689, %v1697 fastmath<contract> : f32
                %v1699 = llvm.load %v177 : !llvm.ptr -> f32
                %v1700 = arith.mulf %v1699, %v652 fastmath<contract> : f32
                %v1701 = arith.addf %v1698, %v1700 fastmath<contract> : f32
                %v1702 = llvm.load %v209 : !llvm.ptr -> f32
                %v1703 = arith.mulf %v1702, %v636 fastmath<contract> : f32
                %v1704 = arith.addf %v1703, %v1701 fastmath<contract> : f32
                %v1705 = arith.mulf %v705, %v1699 fastmath<contract> : f32
                %v1706 = arith.mulf %v1702, %v673 fastmath<contract> : f32
                %v1707 = arith.addf %v1706, %v1705 fastmath<contract> : f32
                %v1708 = arith.mulf %v706, %v1699 fastmath<contract> : f32
                %v1709 = arith.mulf %v1702, %v674 fastmath<contract> : f32
                %v1710 = arith.addf %v1709, %v1708 fastmath<contract> : f32
                %v1711 = arith.constant 6 : i64
                %v1712 = arith.muli %v1711, %v3 : i64
                %v1713 = llvm.getelementptr %in_C_im[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
                %v1715 = arith.mulf %v1714, %v1456 fastmath<contract> : f32
                %v1716 = arith.constant 1 : i64
                %v1717 = arith.muli %v1716, %v727 : i64
                %v1718 = arith.constant 6 : i64
                %v1719 = arith.muli %v1718, %v3 : i64
                %v1720 = arith.addi %v1717, %v1719 : i64
                %v1721 = llvm.getelementptr %in_C_im[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                %v1723 = arith.mulf %v1722, %v1462 fastmath<contract> : f32
                %v1724 = arith.addf %v1715, %v1723 fastmath<contract> : f32
                %v1725 = arith.constant 2 : i64
                %v1726 = arith.muli %v1725, %v727 : i64
                %v1727 = arith.constant 6 : i64
                %v1728 = arith.muli %v1727, %v3 : i64
                %v1729 = arith.addi %v1726, %v1728 : i64
                %v1730 = llvm.getelementptr %in_C_im[%v1729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1731 = llvm.load %v1730 : !llvm.ptr -> f32
                %v1732 = arith.mulf %v1731, %v1469 fastmath<contract> : f32
                %v1733 = arith.addf %v1724, %v1732 fastmath<contract> : f32
                %v1734 = arith.constant 3 : i64
                %v1735 = arith.muli %v1734, %v727 : i64
                %v1736 = arith.constant 6 : i64
                %v1737 = arith.muli %v1736, %v3 : i64
                %v1738 = arith.addi %v1735, %v1737 : i64
                %v1739 = llvm.getelementptr %in_C_im[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1740 = llvm.load %v1739 : !llvm.ptr -> f32
                %v1741 = arith.mulf %v1740, %v1476 fastmath<contract> : f32
                %v1742 = arith.addf %v1733, %v1741 fastmath<contract> : f32
                %v1743 = llvm.load %v178 : !llvm.ptr -> f32
                %v1744 = arith.mulf %v1743, %v653 fastmath<contract> : f32
                %v1745 = arith.addf %v1742, %v1744 fastmath<contract> : f32
                %v1746 = llvm.load %v210 : !llvm.ptr -> f32
                %v1747 = arith.mulf %v1746, %v637 fastmath<contract> : f32
                %v1748 = arith.addf %v1747, %v1745 fastmath<contract> : f32
                %v1749 = arith.mulf %v707, %v1743 fastmath<contract> : f32
                %v1750 = arith.mulf %v1746, %v675 fastmath<contract> : f32
                %v1751 = arith.addf %v1750, %v1749 fastmath<contract> : f32
                %v1752 = arith.mulf %v708, %v1743 fastmath<contract> : f32
                %v1753 = arith.mulf %v1746, %v676 fastmath<contract> : f32
                %v1754 = arith.addf %v1753, %v1752 fastmath<contract> : f32
                %v1755 = arith.constant 7 : i64
                %v1756 = arith.muli %v1755, %v3 : i64
                %v1757 = llvm.getelementptr %in_C_im[%v1756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1758 = llvm.load %v1757 : !llvm.ptr -> f32
                %v1759 = arith.mulf %v1758, %v1456 fastmath<contract> : f32
                %v1760 = arith.constant 1 : i64
                %v1761 = arith.muli %v1760, %v727 : i64
                %v1762 = arith.constant 7 : i64
                %v1763 = arith.muli %v1762, %v3 : i64
                %v1764 = arith.addi %v1761, %v1763 : i64
                %v1765 = llvm.getelementptr %in_C_im[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1766 = llvm.load %v1765 : !llvm.ptr -> f32
                %v1767 = arith.mulf %v1766, %v1462 fastmath<contract> : f32
                %v1768 = arith.addf %v1759, %v1767 fastmath<contract> : f32
                %v1769 = arith.constant 2 : i64
                %v1770 = arith.muli %v1769, %v727 : i64
                %v1771 = arith.constant 7 : i64
                %v1772 = arith.muli %v1771, %v3 : i64
                %v1773 = arith.addi %v1770, %v1772 : i64
                %v1774 = llvm.getelementptr %in_C_im[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
                %v1776 = arith.mulf %v1775, %v1469 fastmath<contract> : f32
                %v1777 = arith.addf %v1768, %v1776 fastmath<contract> : f32
                %v1778 = arith.constant 3 : i64
                %v1779 = arith.muli %v1778, %v727 : i64
                %v1780 = arith.constant 7 : i64
                %v1781 = arith.muli %v1780, %v3 : i64
                %v1782 = arith.addi %v1779, %v1781 : i64
                %v1783 = llvm.getelementptr %in_C_im[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
                %v1785 = arith.mulf %v1784, %v1476 fastmath<contract> : f32
                %v1786 = arith.addf %v1777, %v1785 fastmath<contract> : f32
                %v1787 = llvm.load %v179 : !llvm.ptr -> f32
                %v1788 = arith.mulf %v1787, %v654 fastmath<contract> : f32
                %v1789 = arith.addf %v1786, %v1788 fastmath<contract> : f32
                %v1790 = llvm.load %v211 : !llvm.ptr -> f32
                %v1791 = arith.mulf %v1790, %v638 fastmath<contract> : f32
                %v1792 = arith.addf %v1791, %v1789 fastmath<contract> : f32
                %v1793 = arith.mulf %v709, %v1787 fastmath<contract> : f32
                %v1794 = arith.mulf %v1790, %v677 fastmath<contract> : f32
                %v1795 = arith.addf %v1794, %v1793 fastmath<contract> : f32
                %v1796 = arith.mulf %v710, %v1787 fastmath<contract> : f32
                %v1797 = arith.mulf %v1790, %v678 fastmath<contract> : f32
                %v1798 = arith.addf %v1797, %v1796 fastmath<contract> : f32
                %v1799 = arith.constant 8 : i64
                %v1800 = arith.muli %v1799, %v3 : i64
                %v1801 = llvm.getelementptr %in_C_im[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
                %v1803 = arith.mulf %v1802, %v1456 fastmath<contract> : f32
                %v1804 = arith.constant 1 : i64
                %v1805 = arith.muli %v1804, %v727 : i64
                %v1806 = arith.constant 8 : i64
                %v1807 = arith.muli %v1806, %v3 : i64
                %v1808 = arith.addi %v1805, %v1807 : i64
                %v1809 = llvm.getelementptr %in_C_im[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1810 = llvm.load %v1809 : !llvm.ptr -> f32
                %v1811 = arith.mulf %v1810, %v1462 fastmath<contract> : f32
                %v1812 = arith.addf %v1803, %v1811 fastmath<contract> : f32
                %v1813 = arith.constant 2 : i64
                %v1814 = arith.muli %v1813, %v727 : i64
                %v1815 = arith.constant 8 : i64
                %v1816 = arith.muli %v1815, %v3 : i64
                %v1817 = arith.addi %v1814, %v1816 : i64
                %v1818 = llvm.getelementptr %in_C_im[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1819 = llvm.load %v1818 : !llvm.ptr -> f32
                %v1820 = arith.mulf %v1819, %v1469 fastmath<contract> : f32
                %v1821 = arith.addf %v1812, %v1820 fastmath<contract> : f32
                %v1822 = arith.constant 3 : i64
                %v1823 = arith.muli %v1822, %v727 : i64
                %v1824 = arith.constant 8 : i64
                %v1825 = arith.muli %v1824, %v3 : i64
                %v1826 = arith.addi %v1823, %v1825 : i64
                %v1827 = llvm.getelementptr %in_C_im[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
                %v1829 = arith.mulf %v1828, %v1476 fastmath<contract> : f32
                %v1830 = arith.addf %v1821, %v1829 fastmath<contract> : f32
                %v1831 = llvm.load %v180 : !llvm.ptr -> f32
                %v1832 = arith.mulf %v1831, %v655 fastmath<contract> : f32
                %v1833 = arith.addf %v1830, %v1832 fastmath<contract> : f32
                %v1834 = llvm.load %v212 : !llvm.ptr -> f32
                %v1835 = arith.mulf %v1834, %v639 fastmath<contract> : f32
                %v1836 = arith.addf %v1835, %v1833 fastmath<contract> : f32
                %v1837 = arith.mulf %v711, %v1831 fastmath<contract> : f32
                %v1838 = arith.mulf %v1834, %v679 fastmath<contract> : f32
                %v1839 = arith.addf %v1838, %v1837 fastmath<contract> : f32
                %v1840 = arith.mulf %v712, %v1831 fastmath<contract> : f32
                %v1841 = arith.mulf %v1834, %v680 fastmath<contract> : f32
                %v1842 = arith.addf %v1841, %v1840 fastmath<contract> : f32
                %v1843 = arith.constant 9 : i64
                %v1844 = arith.muli %v1843, %v3 : i64
                %v1845 = llvm.getelementptr %in_C_im[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
                %v1847 = arith.mulf %v1846, %v1456 fastmath<contract> : f32
                %v1848 = arith.constant 1 : i64
                %v1849 = arith.muli %v1848, %v727 : i64
                %v1850 = arith.constant 9 : i64
                %v1851 = arith.muli %v1850, %v3 : i64
                %v1852 = arith.addi %v1849, %v1851 : i64
                %v1853 = llvm.getelementptr %in_C_im[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                %v1855 = arith.mulf %v1854, %v1462 fastmath<contract> : f32
                %v1856 = arith.addf %v1847, %v1855 fastmath<contract> : f32
                %v1857 = arith.constant 2 : i64
                %v1858 = arith.muli %v1857, %v727 : i64
                %v1859 = arith.constant 9 : i64
                %v1860 = arith.muli %v1859, %v3 : i64
                %v1861 = arith.addi %v1858, %v1860 : i64
                %v1862 = llvm.getelementptr %in_C_im[%v1861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
                %v1864 = arith.mulf %v1863, %v1469 fastmath<contract> : f32
                %v1865 = arith.addf %v1856, %v1864 fastmath<contract> : f32
                %v1866 = arith.constant 3 : i64
                %v1867 = arith.muli %v1866, %v727 : i64
                %v1868 = arith.constant 9 : i64
                %v1869 = arith.muli %v1868, %v3 : i64
                %v1870 = arith.addi %v1867, %v1869 : i64
                %v1871 = llvm.getelementptr %in_C_im[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1872 = llvm.load %v1871 : !llvm.ptr -> f32
                %v1873 = arith.mulf %v1872, %v1476 fastmath<contract> : f32
                %v1874 = arith.addf %v1865, %v1873 fastmath<contract> : f32
                %v1875 = llvm.load %v181 : !llvm.ptr -> f32
                %v1876 = arith.mulf %v1875, %v656 fastmath<contract> : f32
                %v1877 = arith.addf %v1874, %v1876 fastmath<contract> : f32
                %v1878 = llvm.load %v213 : !llvm.ptr -> f32
                %v1879 = arith.mulf %v1878, %v640 fastmath<contract> : f32
                %v1880 = arith.addf %v1879, %v1877 fastmath<contract> : f32
                %v1881 = arith.mulf %v713, %v1875 fastmath<contract> : f32
                %v1882 = arith.mulf %v1878, %v681 fastmath<contract> : f32
                %v1883 = arith.addf %v1882, %v1881 fastmath<contract> : f32
                %v1884 = arith.mulf %v714, %v1875 fastmath<contract> : f32
                %v1885 = arith.mulf %v1878, %v682 fastmath<contract> : f32
                %v1886 = arith.addf %v1885, %v1884 fastmath<contract> : f32
                %v1887 = arith.constant 10 : i64
                %v1888 = arith.muli %v1887, %v3 : i64
                %v1889 = llvm.getelementptr %in_C_im[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
                %v1891 = arith.mulf %v1890, %v1456 fastmath<contract> : f32
                %v1892 = arith.constant 1 : i64
                %v1893 = arith.muli %v1892, %v727 : i64
                %v1894 = arith.constant 10 : i64
                %v1895 = arith.muli %v1894, %v3 : i64
                %v1896 = arith.addi %v1893, %v1895 : i64
                %v1897 = llvm.getelementptr %in_C_im[%v1896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1898 = llvm.load %v1897 : !llvm.ptr -> f32
                %v1899 = arith.mulf %v1898, %v1462 fastmath<contract> : f32
                %v1900 = arith.addf %v1891, %v1899 fastmath<contract> : f32
                %v1901 = arith.constant 2 : i64
                %v1902 = arith.muli %v1901, %v727 : i64
                %v1903 = arith.constant 10 : i64
                %v1904 = arith.muli %v1903, %v3 : i64
                %v1905 = arith.addi %v1902, %v1904 : i64
                %v1906 = llvm.getelementptr %in_C_im[%v1905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1907 = llvm.load %v1906 : !llvm.ptr -> f32
                %v1908 = arith.mulf %v1907, %v1469 fastmath<contract> : f32
                %v1909 = arith.addf %v1900, %v1908 fastmath<contract> : f32
                %v1910 = arith.constant 3 : i64
                %v1911 = arith.muli %v1910, %v727 : i64
                %v1912 = arith.constant 10 : i64
                %v1913 = arith.muli %v1912, %v3 : i64
                %v1914 = arith.addi %v1911, %v1913 : i64
                %v1915 = llvm.getelementptr %in_C_im[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1916 = llvm.load %v1915 : !llvm.ptr -> f32
                %v1917 = arith.mulf %v1916, %v1476 fastmath<contract> : f32
                %v1918 = arith.addf %v1909, %v1917 fastmath<contract> : f32
                %v1919 = llvm.load %v182 : !llvm.ptr -> f32
                %v1920 = arith.mulf %v1919, %v657 fastmath<contract> : f32
                %v1921 = arith.addf %v1918, %v1920 fastmath<contract> : f32
                %v1922 = llvm.load %v214 : !llvm.ptr -> f32
                %v1923 = arith.mulf %v1922, %v641 fastmath<contract> : f32
                %v1924 = arith.addf %v1923, %v1921 fastmath<contract> : f32
                %v1925 = arith.mulf %v715, %v1919 fastmath<contract> : f32
                %v1926 = arith.mulf %v1922, %v683 fastmath<contract> : f32
                %v1927 = arith.addf %v1926, %v1925 fastmath<contract> : f32
                %v1928 = arith.mulf %v716, %v1919 fastmath<contract> : f32
                %v1929 = arith.mulf %v1922, %v684 fastmath<contract> : f32
                %v1930 = arith.addf %v1929, %v1928 fastmath<contract> : f32
                %v1931 = arith.constant 11 : i64
                %v1932 = arith.muli %v1931, %v3 : i64
                %v1933 = llvm.getelementptr %in_C_im[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
                %v1935 = arith.mulf %v1934, %v1456 fastmath<contract> : f32
                %v1936 = arith.constant 1 : i64
                %v1937 = arith.muli %v1936, %v727 : i64
                %v1938 = arith.constant 11 : i64
                %v1939 = arith.muli %v1938, %v3 : i64
                %v1940 = arith.addi %v1937, %v1939 : i64
                %v1941 = llvm.getelementptr %in_C_im[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
                %v1943 = arith.mulf %v1942, %v1462 fastmath<contract> : f32
                %v1944 = arith.addf %v1935, %v1943 fastmath<contract> : f32
                %v1945 = arith.constant 2 : i64
                %v1946 = arith.muli %v1945, %v727 : i64
                %v1947 = arith.constant 11 : i64
                %v1948 = arith.muli %v1947, %v3 : i64
                %v1949 = arith.addi %v1946, %v1948 : i64
                %v1950 = llvm.getelementptr %in_C_im[%v1949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1951 = llvm.load %v1950 : !llvm.ptr -> f32
                %v1952 = arith.mulf %v1951, %v1469 fastmath<contract> : f32
                %v1953 = arith.addf %v1944, %v1952 fastmath<contract> : f32
                %v1954 = arith.constant 3 : i64
                %v1955 = arith.muli %v1954, %v727 : i64
                %v1956 = arith.constant 11 : i64
                %v1957 = arith.muli %v1956, %v3 : i64
                %v1958 = arith.addi %v1955, %v1957 : i64
                %v1959 = llvm.getelementptr %in_C_im[%v1958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
                %v1961 = arith.mulf %v1960, %v1476 fastmath<contract> : f32
                %v1962 = arith.addf %v1953, %v1961 fastmath<contract> : f32
                %v1963 = llvm.load %v183 : !llvm.ptr -> f32
                %v1964 = arith.mulf %v1963, %v658 fastmath<contract> : f32
                %v1965 = arith.addf %v1962, %v1964 fastmath<contract> : f32
                %v1966 = llvm.load %v215 : !llvm.ptr -> f32
                %v1967 = arith.mulf %v1966, %v642 fastmath<contract> : f32
                %v1968 = arith.addf %v1967, %v1965 fastmath<contract> : f32
                %v1969 = arith.mulf %v717, %v1963 fastmath<contract> : f32
                %v1970 = arith.mulf %v1966, %v685 fastmath<contract> : f32
                %v1971 = arith.addf %v1970, %v1969 fastmath<contract> : f32
                %v1972 = arith.mulf %v718, %v1963 fastmath<contract> : f32
                %v1973 = arith.mulf %v1966, %v686 fastmath<contract> : f32
                %v1974 = arith.addf %v1973, %v1972 fastmath<contract> : f32
                %v1975 = arith.constant 12 : i64
                %v1976 = arith.muli %v1975, %v3 : i64
                %v1977 = llvm.getelementptr %in_C_im[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1978 = llvm.load %v1977 : !llvm.ptr -> f32
                %v1979 = arith.mulf %v1978, %v1456 fastmath<contract> : f32
                %v1980 = arith.constant 1 : i64
                %v1981 = arith.muli %v1980, %v727 : i64
                %v1982 = arith.constant 12 : i64
                %v1983 = arith.muli %v1982, %v3 : i64
                %v1984 = arith.addi %v1981, %v1983 : i64
                %v1985 = llvm.getelementptr %in_C_im[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1986 = llvm.load %v1985 : !llvm.ptr -> f32
                %v1987 = arith.mulf %v1986, %v1462 fastmath<contract> : f32
                %v1988 = arith.addf %v1979, %v1987 fastmath<contract> : f32
                %v1989 = arith.constant 2 : i64
                %v1990 = arith.muli %v1989, %v727 : i64
                %v1991 = arith.constant 12 : i64
                %v1992 = arith.muli %v1991, %v3 : i64
                %v1993 = arith.addi %v1990, %v1992 : i64
                %v1994 = llvm.getelementptr %in_C_im[%v1993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1995 = llvm.load %v1994 : !llvm.ptr -> f32
                %v1996 = arith.mulf %v1995, %v1469 fastmath<contract> : f32
                %v1997 = arith.addf %v1988, %v1996 fastmath<contract> : f32
                %v1998 = arith.constant 3 : i64
                %v1999 = arith.muli %v1998, %v727 : i64
                %v2000 = arith.constant 12 : i64
                %v2001 = arith.muli %v2000, %v3 : i64
                %v2002 = arith.addi %v1999, %v2001 : i64
                %v2003 = llvm.getelementptr %in_C_im[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
                %v2005 = arith.mulf %v2004, %v1476 fastmath<contract> : f32
                %v2006 = arith.addf %v1997, %v2005 fastmath<contract> : f32
                %v2007 = llvm.load %v184 : !llvm.ptr -> f32
                %v2008 = arith.mulf %v2007, %v659 fastmath<contract> : f32
                %v2009 = arith.addf %v2006, %v2008 fastmath<contract> : f32
                %v2010 = llvm.load %v216 : !llvm.ptr -> f32
                %v2011 = arith.mulf %v2010, %v643 fastmath<contract> : f32
                %v2012 = arith.addf %v2011, %v2009 fastmath<contract> : f32
                %v2013 = arith.mulf %v719, %v2007 fastmath<contract> : f32
                %v2014 = arith.mulf %v2010, %v687 fastmath<contract> : f32
                %v2015 = arith.addf %v2014, %v2013 fastmath<contract> : f32
                %v2016 = arith.mulf %v720, %v2007 fastmath<contract> : f32
                %v2017 = arith.mulf %v2010, %v688 fastmath<contract> : f32
                %v2018 = arith.addf %v2017, %v2016 fastmath<contract> : f32
                %v2019 = arith.constant 13 : i64
                %v2020 = arith.muli %v2019, %v3 : i64
                %v2021 = llvm.getelementptr %in_C_im[%v2020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
                %v2023 = arith.mulf %v2022, %v1456 fastmath<contract> : f32
                %v2024 = arith.constant 1 : i64
                %v2025 = arith.muli %v2024, %v727 : i64
                %v2026 = arith.constant 13 : i64
                %v2027 = arith.muli %v2026, %v3 : i64
                %v2028 = arith.addi %v2025, %v2027 : i64
                %v2029 = llvm.getelementptr %in_C_im[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
                %v2031 = arith.mulf %v2030, %v1462 fastmath<contract> : f32
                %v2032 = arith.addf %v2023, %v2031 fastmath<contract> : f32
                %v2033 = arith.constant 2 : i64
                %v2034 = arith.muli %v2033, %v727 : i64
                %v2035 = arith.constant 13 : i64
                %v2036 = arith.muli %v2035, %v3 : i64
                %v2037 = arith.addi %v2034, %v2036 : i64
                %v2038 = llvm.getelementptr %in_C_im[%v2037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2039 = llvm.load %v2038 : !llvm.ptr -> f32
                %v2040 = arith.mulf %v2039, %v1469 fastmath<contract> : f32
                %v2041 = arith.addf %v2032, %v2040 fastmath<contract> : f32
                %v2042 = arith.constant 3 : i64
                %v2043 = arith.muli %v2042, %v727 : i64
                %v2044 = arith.constant 13 : i64
                %v2045 = arith.muli %v2044, %v3 : i64
                %v2046 = arith.addi %v2043, %v2045 : i64
                %v2047 = llvm.getelementptr %in_C_im[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2048 = llvm.load %v2047 : !llvm.ptr -> f32
                %v2049 = arith.mulf %v2048, %v1476 fastmath<contract> : f32
                %v2050 = arith.addf %v2041, %v2049 fastmath<contract> : f32
                %v2051 = llvm.load %v185 : !llvm.ptr -> f32
                %v2052 = arith.mulf %v2051, %v660 fastmath<contract> : f32
                %v2053 = arith.addf %v2050, %v2052 fastmath<contract> : f32
                %v2054 = llvm.load %v217 : !llvm.ptr -> f32
                %v2055 = arith.mulf %v2054, %v644 fastmath<contract> : f32
                %v2056 = arith.addf %v2055, %v2053 fastmath<contract> : f32
                %v2057 = arith.mulf %v721, %v2051 fastmath<contract> : f32
                %v2058 = arith.mulf %v2054, %v689 fastmath<contract> : f32
                %v2059 = arith.addf %v2058, %v2057 fastmath<contract> : f32
                %v2060 = arith.mulf %v722, %v2051 fastmath<contract> : f32
                %v2061 = arith.mulf %v2054, %v690 fastmath<contract> : f32
                %v2062 = arith.addf %v2061, %v2060 fastmath<contract> : f32
                %v2063 = arith.constant 14 : i64
                %v2064 = arith.muli %v2063, %v3 : i64
                %v2065 = llvm.getelementptr %in_C_im[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2066 = llvm.load %v2065 : !llvm.ptr -> f32
                %v2067 = arith.mulf %v2066, %v1456 fastmath<contract> : f32
                %v2068 = arith.constant 1 : i64
                %v2069 = arith.muli %v2068, %v727 : i64
                %v2070 = arith.constant 14 : i64
                %v2071 = arith.muli %v2070, %v3 : i64
                %v2072 = arith.addi %v2069, %v2071 : i64
                %v2073 = llvm.getelementptr %in_C_im[%v2072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2074 = llvm.load %v2073 : !llvm.ptr -> f32
                %v2075 = arith.mulf %v2074, %v1462 fastmath<contract> : f32
                %v2076 = arith.addf %v2067, %v2075 fastmath<contract> : f32
                %v2077 = arith.constant 2 : i64
                %v2078 = arith.muli %v2077, %v727 : i64
                %v2079 = arith.constant 14 : i64
                %v2080 = arith.muli %v2079, %v3 : i64
                %v2081 = arith.addi %v2078, %v2080 : i64
                %v2082 = llvm.getelementptr %in_C_im[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2083 = llvm.load %v2082 : !llvm.ptr -> f32
                %v2084 = arith.mulf %v2083, %v1469 fastmath<contract> : f32
                %v2085 = arith.addf %v2076, %v2084 fastmath<contract> : f32
                %v2086 = arith.constant 3 : i64
                %v2087 = arith.muli %v2086, %v727 : i64
                %v2088 = arith.constant 14 : i64
                %v2089 = arith.muli %v2088, %v3 : i64
                %v2090 = arith.addi %v2087, %v2089 : i64
                %v2091 = llvm.getelementptr %in_C_im[%v2090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
                %v2093 = arith.mulf %v2092, %v1476 fastmath<contract> : f32
                %v2094 = arith.addf %v2085, %v2093 fastmath<contract> : f32
                %v2095 = llvm.load %v186 : !llvm.ptr -> f32
                %v2096 = arith.mulf %v2095, %v661 fastmath<contract> : f32
                %v2097 = arith.addf %v2094, %v2096 fastmath<contract> : f32
                %v2098 = llvm.load %v218 : !llvm.ptr -> f32
                %v2099 = arith.mulf %v2098, %v645 fastmath<contract> : f32
                %v2100 = arith.addf %v2099, %v2097 fastmath<contract> : f32
                %v2101 = arith.mulf %v723, %v2095 fastmath<contract> : f32
                %v2102 = arith.mulf %v2098, %v691 fastmath<contract> : f32
                %v2103 = arith.addf %v2102, %v2101 fastmath<contract> : f32
                %v2104 = arith.mulf %v724, %v2095 fastmath<contract> : f32
                %v2105 = arith.mulf %v2098, %v692 fastmath<contract> : f32
                %v2106 = arith.addf %v2105, %v2104 fastmath<contract> : f32
                %v2107 = arith.constant 15 : i64
                %v2108 = arith.muli %v2107, %v3 : i64
                %v2109 = llvm.getelementptr %in_C_im[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
                %v2111 = arith.mulf %v2110, %v1456 fastmath<contract> : f32
                %v2112 = arith.constant 1 : i64
                %v2113 = arith.muli %v2112, %v727 : i64
                %v2114 = arith.constant 15 : i64
                %v2115 = arith.muli %v2114, %v3 : i64
                %v2116 = arith.addi %v2113, %v2115 : i64
                %v2117 = llvm.getelementptr %in_C_im[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2118 = llvm.load %v2117 : !llvm.ptr -> f32
                %v2119 = arith.mulf %v2118, %v1462 fastmath<contract> : f32
                %v2120 = arith.addf %v2111, %v2119 fastmath<contract> : f32
                %v2121 = arith.constant 2 : i64
                %v2122 = arith.muli %v2121, %v727 : i64
                %v2123 = arith.constant 15 : i64
                %v2124 = arith.muli %v2123, %v3 : i64
                %v2125 = arith.addi %v2122, %v2124 : i64
                %v2126 = llvm.getelementptr %in_C_im[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2127 = llvm.load %v2126 : !llvm.ptr -> f32
                %v2128 = arith.mulf %v2127, %v1469 fastmath<contract> : f32
                %v2129 = arith.addf %v2120, %v2128 fastmath<contract> : f32
                %v2130 = arith.constant 3 : i64
                %v2131 = arith.muli %v2130, %v727 : i64
                %v2132 = arith.constant 15 : i64
                %v2133 = arith.muli %v2132, %v3 : i64
                %v2134 = arith.addi %v2131, %v2133 : i64
                %v2135 = llvm.getelementptr %in_C_im[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2136 = llvm.load %v2135 : !llvm.ptr -> f32
                %v2137 = arith.mulf %v2136, %v1476 fastmath<contract> : f32
                %v2138 = arith.addf %v2129, %v2137 fastmath<contract> : f32
                %v2139 = llvm.load %v187 : !llvm.ptr -> f32
                %v2140 = arith.mulf %v2139, %v662 fastmath<contract> : f32
                %v2141 = arith.addf %v2138, %v2140 fastmath<contract> : f32
                %v2142 = llvm.load %v219 : !llvm.ptr -> f32
                %v2143 = arith.mulf %v2142, %v646 fastmath<contract> : f32
                %v2144 = arith.addf %v2143, %v2141 fastmath<contract> : f32
                %v2145 = arith.mulf %v725, %v2139 fastmath<contract> : f32
                %v2146 = arith.mulf %v2142, %v693 fastmath<contract> : f32
                %v2147 = arith.addf %v2146, %v2145 fastmath<contract> : f32
                %v2148 = arith.mulf %v726, %v2139 fastmath<contract> : f32
                %v2149 = arith.mulf %v2142, %v694 fastmath<contract> : f32
                %v2150 = arith.addf %v2149, %v2148 fastmath<contract> : f32
                llvm.store %v786, %v124 : f32, !llvm.ptr
                llvm.store %v789, %v514 : f32, !llvm.ptr
                llvm.store %v792, %v515 : f32, !llvm.ptr
                llvm.store %v830, %v125 : f32, !llvm.ptr
                llvm.store %v833, %v516 : f32, !llvm.ptr
                llvm.store %v836, %v517 : f32, !llvm.ptr
                llvm.store %v874, %v126 : f32, !llvm.ptr
                llvm.store %v877, %v518 : f32, !llvm.ptr
                llvm.store %v880, %v519 : f32, !llvm.ptr
                llvm.store %v918, %v127 : f32, !llvm.ptr
                llvm.store %v921, %v520 : f32, !llvm.ptr
                llvm.store %v924, %v521 : f32, !llvm.ptr
                llvm.store %v962, %v128 : f32, !llvm.ptr
                llvm.store %v965, %v522 : f32, !llvm.ptr
                llvm.store %v968, %v523 : f32, !llvm.ptr
                llvm.store %v1006, %v129 : f32, !llvm.ptr
                llvm.store %v1009, %v524 : f32, !llvm.ptr
                llvm.store %v1012, %v525 : f32, !llvm.ptr
                llvm.store %v1050, %v130 : f32, !llvm.ptr
                llvm.store %v1053, %v526 : f32, !llvm.ptr
                llvm.store %v1056, %v527 : f32, !llvm.ptr
                llvm.store %v1094, %v131 : f32, !llvm.ptr
                llvm.store %v1097, %v528 : f32, !llvm.ptr
                llvm.store %v1100, %v529 : f32, !llvm.ptr
                llvm.store %v1138, %v132 : f32, !llvm.ptr
                llvm.store %v1141, %v530 : f32, !llvm.ptr
                llvm.store %v1144, %v531 : f32, !llvm.ptr
                llvm.store %v1182, %v133 : f32, !llvm.ptr
                llvm.store %v1185, %v532 : f32, !llvm.ptr
                llvm.store %v1188, %v533 : f32, !llvm.ptr
                llvm.store %v1226, %v134 : f32, !llvm.ptr
                llvm.store %v1229, %v534 : f32, !llvm.ptr
                llvm.store %v1232, %v535 : f32, !llvm.ptr
                llvm.store %v1270, %v135 : f32, !llvm.ptr
                llvm.store %v1273, %v536 : f32, !llvm.ptr
                llvm.store %v1276, %v537 : f32, !llvm.ptr
                llvm.store %v1314, %v136 : f32, !llvm.ptr
                llvm.store %v1317, %v538 : f32, !llvm.ptr
                llvm.store %v1320, %v539 : f32, !llvm.ptr
                llvm.store %v1358, %v137 : f32, !llvm.ptr
                llvm.store %v1361, %v540 : f32, !llvm.ptr
                llvm.store %v1364, %v541 : f32, !llvm.ptr
                llvm.store %v1402, %v138 : f32, !llvm.ptr
                llvm.store %v1405, %v542 : f32, !llvm.ptr
                llvm.store %v1408, %v543 : f32, !llvm.ptr
                llvm.store %v1446, %v139 : f32, !llvm.ptr
                llvm.store %v1449, %v544 : f32, !llvm.ptr
                llvm.store %v1452, %v545 : f32, !llvm.ptr
                llvm.store %v1484, %v140 : f32, !llvm.ptr
                llvm.store %v1487, %v546 : f32, !llvm.ptr
                llvm.store %v1490, %v547 : f32, !llvm.ptr
                llvm.store %v1528, %v141 : f32, !llvm.ptr
                llvm.store %v1531, %v548 : f32, !llvm.ptr
                llvm.store %v1534, %v549 : f32, !llvm.ptr
                llvm.store %v1572, %v142 : f32, !llvm.ptr
                llvm.store %v1575, %v550 : f32, !llvm.ptr
                llvm.store %v1578, %v551 : f32, !llvm.ptr
                llvm.store %v1616, %v143 : f32, !llvm.ptr
                llvm.store %v1619, %v552 : f32, !llvm.ptr
                llvm.store %v1622, %v553 : f32, !llvm.ptr
                llvm.store %v1660, %v144 : f32, !llvm.ptr
                llvm.store %v1663, %v554 : f32, !llvm.ptr
                llvm.store %v1666, %v555 : f32, !llvm.ptr
                llvm.store %v1704, %v145 : f32, !llvm.ptr
                llvm.store %v1707, %v556 : f32, !llvm.ptr
                llvm.store %v1710, %v557 : f32, !llvm.ptr
                llvm.store %v1748, %v146 : f32, !llvm.ptr
                llvm.store %v1751, %v558 : f32, !llvm.ptr
                llvm.store %v1754, %v559 : f32, !llvm.ptr
                llvm.store %v1792, %v147 : f32, !llvm.ptr
                llvm.store %v1795, %v560 : f32, !llvm.ptr
                llvm.store %v1798, %v561 : f32, !llvm.ptr
                llvm.store %v1836, %v148 : f32, !llvm.ptr
                llvm.store %v1839, %v562 : f32, !llvm.ptr
                llvm.store %v1842, %v563 : f32, !llvm.ptr
                llvm.store %v1880, %v149 : f32, !llvm.ptr
                llvm.store %v1883, %v564 : f32, !llvm.ptr
                llvm.store %v1886, %v565 : f32, !llvm.ptr
                llvm.store %v1924, %v150 : f32, !llvm.ptr
                llvm.store %v1927, %v566 : f32, !llvm.ptr
                llvm.store %v1930, %v567 : f32, !llvm.ptr
                llvm.store %v1968, %v151 : f32, !llvm.ptr
                llvm.store %v1971, %v568 : f32, !llvm.ptr
                llvm.store %v1974, %v569 : f32, !llvm.ptr
                llvm.store %v2012, %v152 : f32, !llvm.ptr
                llvm.store %v2015, %v570 : f32, !llvm.ptr
                llvm.store %v2018, %v571 : f32, !llvm.ptr
                llvm.store %v2056, %v153 : f32, !llvm.ptr
                llvm.store %v2059, %v572 : f32, !llvm.ptr
                llvm.store %v2062, %v573 : f32, !llvm.ptr
                llvm.store %v2100, %v154 : f32, !llvm.ptr
                llvm.store %v2103, %v574 : f32, !llvm.ptr
                llvm.store %v2106, %v575 : f32, !llvm.ptr
                llvm.store %v2144, %v155 : f32, !llvm.ptr
                llvm.store %v2147, %v576 : f32, !llvm.ptr
                llvm.store %v2150, %v577 : f32, !llvm.ptr
                scf.if %v629 {
                }
                %v2151 = arith.constant 0 : i64
                %v2152 = llvm.getelementptr %in_nu_log[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
                %v2155 = arith.mulf %v2153, %v2154 fastmath<contract> : f32
                %v2156 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2155) : (f32) -> f32
                %v2157 = arith.negf %v2156 : f32
                %v2158 = arith.mulf %v2157, %v2154 fastmath<contract> : f32
                %v2159 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2158) : (f32) -> f32
                %v2160 = arith.constant 0 : i64
                %v2161 = llvm.getelementptr %in_theta_log[%v2160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
                %v2163 = arith.mulf %v2162, %v2154 fastmath<contract> : f32
                %v2164 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2163) : (f32) -> f32
                %v2166 = arith.mulf %v2164, %v2165 fastmath<contract> : f32
                %v2167 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2166) : (f32) -> f32
                %v2170 = arith.mulf %v2167, %v2168 fastmath<contract> : f32
                %v2171 = arith.subf %v2164, %v2170 fastmath<contract> : f32
                %v2172 = arith.mulf %v2167, %v2169 fastmath<contract> : f32
                %v2173 = arith.subf %v2171, %v2172 fastmath<contract> : f32
                %v2174 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2173) : (f32) -> f32
                %v2175 = arith.mulf %v2159, %v2174 fastmath<contract> : f32
                llvm.store %v2175, %v156 : f32, !llvm.ptr
                %v2176 = arith.mulf %v2164, %v2165 fastmath<contract> : f32
                %v2177 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2176) : (f32) -> f32
                %v2178 = arith.mulf %v2177, %v2168 fastmath<contract> : f32
                %v2179 = arith.subf %v2164, %v2178 fastmath<contract> : f32
                %v2180 = arith.mulf %v2177, %v2169 fastmath<contract> : f32
                %v2181 = arith.subf %v2179, %v2180 fastmath<contract> : f32
                %v2182 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2181) : (f32) -> f32
                %v2183 = arith.mulf %v2159, %v2182 fastmath<contract> : f32
                llvm.store %v2183, %v188 : f32, !llvm.ptr
                %v2184 = arith.constant 1 : i64
                %v2185 = arith.muli %v2184, %v3 : i64
                %v2186 = llvm.getelementptr %in_nu_log[%v2185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2187 = llvm.load %v2186 : !llvm.ptr -> f32
                %v2188 = arith.mulf %v2187, %v2154 fastmath<contract> : f32
                %v2189 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2188) : (f32) -> f32
                %v2190 = arith.negf %v2189 : f32
                %v2191 = arith.mulf %v2190, %v2154 fastmath<contract> : f32
                %v2192 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2191) : (f32) -> f32
                %v2193 = arith.constant 1 : i64
                %v2194 = arith.muli %v2193, %v3 : i64
                %v2195 = llvm.getelementptr %in_theta_log[%v2194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2196 = llvm.load %v2195 : !llvm.ptr -> f32
                %v2197 = arith.mulf %v2196, %v2154 fastmath<contract> : f32
                %v2198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2197) : (f32) -> f32
                %v2199 = arith.mulf %v2198, %v2165 fastmath<contract> : f32
                %v2200 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2199) : (f32) -> f32
                %v2201 = arith.mulf %v2200, %v2168 fastmath<contract> : f32
                %v2202 = arith.subf %v2198, %v2201 fastmath<contract> : f32
                %v2203 = arith.mulf %v2200, %v2169 fastmath<contract> : f32
                %v2204 = arith.subf %v2202, %v2203 fastmath<contract> : f32
                %v2205 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2204) : (f32) -> f32
                %v2206 = arith.mulf %v2192, %v2205 fastmath<contract> : f32
                llvm.store %v2206, %v157 : f32, !llvm.ptr
                %v2207 = arith.mulf %v2198, %v2165 fastmath<contract> : f32
                %v2208 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2207) : (f32) -> f32
                %v2209 = arith.mulf %v2208, %v2168 fastmath<contract> : f32
                %v2210 = arith.subf %v2198, %v2209 fastmath<contract> : f32
                %v2211 = arith.mulf %v2208, %v2169 fastmath<contract> : f32
                %v2212 = arith.subf %v2210, %v2211 fastmath<contract> : f32
                %v2213 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2212) : (f32) -> f32
                %v2214 = arith.mulf %v2192, %v2213 fastmath<contract> : f32
                llvm.store %v2214, %v189 : f32, !llvm.ptr
                %v2215 = arith.constant 2 : i64
                %v2216 = arith.muli %v2215, %v3 : i64
                %v2217 = llvm.getelementptr %in_nu_log[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
                %v2219 = arith.mulf %v2218, %v2154 fastmath<contract> : f32
                %v2220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2219) : (f32) -> f32
                %v2221 = arith.negf %v2220 : f32
                %v2222 = arith.mulf %v2221, %v2154 fastmath<contract> : f32
                %v2223 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2222) : (f32) -> f32
                %v2224 = arith.constant 2 : i64
                %v2225 = arith.muli %v2224, %v3 : i64
                %v2226 = llvm.getelementptr %in_theta_log[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2227 = llvm.load %v2226 : !llvm.ptr -> f32
                %v2228 = arith.mulf %v2227, %v2154 fastmath<contract> : f32
                %v2229 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2228) : (f32) -> f32
                %v2230 = arith.mulf %v2229, %v2165 fastmath<contract> : f32
                %v2231 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2230) : (f32) -> f32
                %v2232 = arith.mulf %v2231, %v2168 fastmath<contract> : f32
                %v2233 = arith.subf %v2229, %v2232 fastmath<contract> : f32
                %v2234 = arith.mulf %v2231, %v2169 fastmath<contract> : f32
                %v2235 = arith.subf %v2233, %v2234 fastmath<contract> : f32
                %v2236 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2235) : (f32) -> f32
                %v2237 = arith.mulf %v2223, %v2236 fastmath<contract> : f32
                llvm.store %v2237, %v158 : f32, !llvm.ptr
                %v2238 = arith.mulf %v2229, %v2165 fastmath<contract> : f32
                %v2239 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2238) : (f32) -> f32
                %v2240 = arith.mulf %v2239, %v2168 fastmath<contract> : f32
                %v2241 = arith.subf %v2229, %v2240 fastmath<contract> : f32
                %v2242 = arith.mulf %v2239, %v2169 fastmath<contract> : f32
                %v2243 = arith.subf %v2241, %v2242 fastmath<contract> : f32
                %v2244 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2243) : (f32) -> f32
                %v2245 = arith.mulf %v2223, %v2244 fastmath<contract> : f32
                llvm.store %v2245, %v190 : f32, !llvm.ptr
                %v2246 = arith.constant 3 : i64
                %v2247 = arith.muli %v2246, %v3 : i64
                %v2248 = llvm.getelementptr %in_nu_log[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2249 = llvm.load %v2248 : !llvm.ptr -> f32
                %v2250 = arith.mulf %v2249, %v2154 fastmath<contract> : f32
                %v2251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2250) : (f32) -> f32
                %v2252 = arith.negf %v2251 : f32
                %v2253 = arith.mulf %v2252, %v2154 fastmath<contract> : f32
                %v2254 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2253) : (f32) -> f32
                %v2255 = arith.constant 3 : i64
                %v2256 = arith.muli %v2255, %v3 : i64
                %v2257 = llvm.getelementptr %in_theta_log[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2258 = llvm.load %v2257 : !llvm.ptr -> f32
                %v2259 = arith.mulf %v2258, %v2154 fastmath<contract> : f32
                %v2260 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2259) : (f32) -> f32
                %v2261 = arith.mulf %v2260, %v2165 fastmath<contract> : f32
                %v2262 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2261) : (f32) -> f32
                %v2263 = arith.mulf %v2262, %v2168 fastmath<contract> : f32
                %v2264 = arith.subf %v2260, %v2263 fastmath<contract> : f32
                %v2265 = arith.mulf %v2262, %v2169 fastmath<contract> : f32
                %v2266 = arith.subf %v2264, %v2265 fastmath<contract> : f32
                %v2267 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2266) : (f32) -> f32
                %v2268 = arith.mulf %v2254, %v2267 fastmath<contract> : f32
                llvm.store %v2268, %v159 : f32, !llvm.ptr
                %v2269 = arith.mulf %v2260, %v2165 fastmath<contract> : f32
                %v2270 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2269) : (f32) -> f32
                %v2271 = arith.mulf %v2270, %v2168 fastmath<contract> : f32
                %v2272 = arith.subf %v2260, %v2271 fastmath<contract> : f32
                %v2273 = arith.mulf %v2270, %v2169 fastmath<contract> : f32
                %v2274 = arith.subf %v2272, %v2273 fastmath<contract> : f32
                %v2275 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2274) : (f32) -> f32
                %v2276 = arith.mulf %v2254, %v2275 fastmath<contract> : f32
                llvm.store %v2276, %v191 : f32, !llvm.ptr
                %v2277 = arith.constant 4 : i64
                %v2278 = arith.muli %v2277, %v3 : i64
                %v2279 = llvm.getelementptr %in_nu_log[%v2278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
                %v2281 = arith.mulf %v2280, %v2154 fastmath<contract> : f32
                %v2282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2281) : (f32) -> f32
                %v2283 = arith.negf %v2282 : f32
                %v2284 = arith.mulf %v2283, %v2154 fastmath<contract> : f32
                %v2285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2284) : (f32) -> f32
                %v2286 = arith.constant 4 : i64
                %v2287 = arith.muli %v2286, %v3 : i64
                %v2288 = llvm.getelementptr %in_theta_log[%v2287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2289 = llvm.load %v2288 : !llvm.ptr -> f32
                %v2290 = arith.mulf %v2289, %v2154 fastmath<contract> : f32
                %v2291 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2290) : (f32) -> f32
                %v2292 = arith.mulf %v2291, %v2165 fastmath<contract> : f32
                %v2293 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2292) : (f32) -> f32
                %v2294 = arith.mulf %v2293, %v2168 fastmath<contract> : f32
                %v2295 = arith.subf %v2291, %v2294 fastmath<contract> : f32
                %v2296 = arith.mulf %v2293, %v2169 fastmath<contract> : f32
                %v2297 = arith.subf %v2295, %v2296 fastmath<contract> : f32
                %v2298 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2297) : (f32) -> f32
                %v2299 = arith.mulf %v2285, %v2298 fastmath<contract> : f32
                llvm.store %v2299, %v160 : f32, !llvm.ptr
                %v2300 = arith.mulf %v2291, %v2165 fastmath<contract> : f32
                %v2301 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2300) : (f32) -> f32
                %v2302 = arith.mulf %v2301, %v2168 fastmath<contract> : f32
                %v2303 = arith.subf %v2291, %v2302 fastmath<contract> : f32
                %v2304 = arith.mulf %v2301, %v2169 fastmath<contract> : f32
                %v2305 = arith.subf %v2303, %v2304 fastmath<contract> : f32
                %v2306 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2305) : (f32) -> f32
                %v2307 = arith.mulf %v2285, %v2306 fastmath<contract> : f32
                llvm.store %v2307, %v192 : f32, !llvm.ptr
                %v2308 = arith.constant 5 : i64
                %v2309 = arith.muli %v2308, %v3 : i64
                %v2310 = llvm.getelementptr %in_nu_log[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2311 = llvm.load %v2310 : !llvm.ptr -> f32
                %v2312 = arith.mulf %v2311, %v2154 fastmath<contract> : f32
                %v2313 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2312) : (f32) -> f32
                %v2314 = arith.negf %v2313 : f32
                %v2315 = arith.mulf %v2314, %v2154 fastmath<contract> : f32
                %v2316 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2315) : (f32) -> f32
                %v2317 = arith.constant 5 : i64
                %v2318 = arith.muli %v2317, %v3 : i64
                %v2319 = llvm.getelementptr %in_theta_log[%v2318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
                %v2321 = arith.mulf %v2320, %v2154 fastmath<contract> : f32
                %v2322 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2321) : (f32) -> f32
                %v2323 = arith.mulf %v2322, %v2165 fastmath<contract> : f32
                %v2324 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2323) : (f32) -> f32
                %v2325 = arith.mulf %v2324, %v2168 fastmath<contract> : f32
                %v2326 = arith.subf %v2322, %v2325 fastmath<contract> : f32
                %v2327 = arith.mulf %v2324, %v2169 fastmath<contract> : f32
                %v2328 = arith.subf %v2326, %v2327 fastmath<contract> : f32
                %v2329 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2328) : (f32) -> f32
                %v2330 = arith.mulf %v2316, %v2329 fastmath<contract> : f32
                llvm.store %v2330, %v161 : f32, !llvm.ptr
                %v2331 = arith.mulf %v2322, %v2165 fastmath<contract> : f32
                %v2332 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2331) : (f32) -> f32
                %v2333 = arith.mulf %v2332, %v2168 fastmath<contract> : f32
                %v2334 = arith.subf %v2322, %v2333 fastmath<contract> : f32
                %v2335 = arith.mulf %v2332, %v2169 fastmath<contract> : f32
                %v2336 = arith.subf %v2334, %v2335 fastmath<contract> : f32
                %v2337 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2336) : (f32) -> f32
                %v2338 = arith.mulf %v2316, %v2337 fastmath<contract> : f32
                llvm.store %v2338, %v193 : f32, !llvm.ptr
                %v2339 = arith.constant 6 : i64
                %v2340 = arith.muli %v2339, %v3 : i64
                %v2341 = llvm.getelementptr %in_nu_log[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2342 = llvm.load %v2341 : !llvm.ptr -> f32
                %v2343 = arith.mulf %v2342, %v2154 fastmath<contract> : f32
                %v2344 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2343) : (f32) -> f32
                %v2345 = arith.negf %v2344 : f32
                %v2346 = arith.mulf %v2345, %v2154 fastmath<contract> : f32
                %v2347 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2346) : (f32) -> f32
                %v2348 = arith.constant 6 : i64
                %v2349 = arith.muli %v2348, %v3 : i64
                %v2350 = llvm.getelementptr %in_theta_log[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
                %v2352 = arith.mulf %v2351, %v2154 fastmath<contract> : f32
                %v2353 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2352) : (f32) -> f32
                %v2354 = arith.mulf %v2353, %v2165 fastmath<contract> : f32
                %v2355 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2354) : (f32) -> f32
                %v2356 = arith.mulf %v2355, %v2168 fastmath<contract> : f32
                %v2357 = arith.subf %v2353, %v2356 fastmath<contract> : f32
                %v2358 = arith.mulf %v2355, %v2169 fastmath<contract> : f32
                %v2359 = arith.subf %v2357, %v2358 fastmath<contract> : f32
                %v2360 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2359) : (f32) -> f32
                %v2361 = arith.mulf %v2347, %v2360 fastmath<contract> : f32
                llvm.store %v2361, %v162 : f32, !llvm.ptr
                %v2362 = arith.mulf %v2353, %v2165 fastmath<contract> : f32
                %v2363 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2362) : (f32) -> f32
                %v2364 = arith.mulf %v2363, %v2168 fastmath<contract> : f32
                %v2365 = arith.subf %v2353, %v2364 fastmath<contract> : f32
                %v2366 = arith.mulf %v2363, %v2169 fastmath<contract> : f32
                %v2367 = arith.subf %v2365, %v2366 fastmath<contract> : f32
                %v2368 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2367) : (f32) -> f32
                %v2369 = arith.mulf %v2347, %v2368 fastmath<contract> : f32
                llvm.store %v2369, %v194 : f32, !llvm.ptr
                %v2370 = arith.constant 7 : i64
                %v2371 = arith.muli %v2370, %v3 : i64
                %v2372 = llvm.getelementptr %in_nu_log[%v2371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2373 = llvm.load %v2372 : !llvm.ptr -> f32
                %v2374 = arith.mulf %v2373, %v2154 fastmath<contract> : f32
                %v2375 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2374) : (f32) -> f32
                %v2376 = arith.negf %v2375 : f32
                %v2377 = arith.mulf %v2376, %v2154 fastmath<contract> : f32
                %v2378 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2377) : (f32) -> f32
                %v2379 = arith.constant 7 : i64
                %v2380 = arith.muli %v2379, %v3 : i64
                %v2381 = llvm.getelementptr %in_theta_log[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
                %v2383 = arith.mulf %v2382, %v2154 fastmath<contract> : f32
                %v2384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2383) : (f32) -> f32
                %v2385 = arith.mulf %v2384, %v2165 fastmath<contract> : f32
                %v2386 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2385) : (f32) -> f32
                %v2387 = arith.mulf %v2386, %v2168 fastmath<contract> : f32
                %v2388 = arith.subf %v2384, %v2387 fastmath<contract> : f32
                %v2389 = arith.mulf %v2386, %v2169 fastmath<contract> : f32
                %v2390 = arith.subf %v2388, %v2389 fastmath<contract> : f32
                %v2391 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2390) : (f32) -> f32
                %v2392 = arith.mulf %v2378, %v2391 fastmath<contract> : f32
                llvm.store %v2392, %v163 : f32, !llvm.ptr
                %v2393 = arith.mulf %v2384, %v2165 fastmath<contract> : f32
                %v2394 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2393) : (f32) -> f32
                %v2395 = arith.mulf %v2394, %v2168 fastmath<contract> : f32
                %v2396 = arith.subf %v2384, %v2395 fastmath<contract> : f32
                %v2397 = arith.mulf %v2394, %v2169 fastmath<contract> : f32
                %v2398 = arith.subf %v2396, %v2397 fastmath<contract> : f32
                %v2399 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2398) : (f32) -> f32
                %v2400 = arith.mulf %v2378, %v2399 fastmath<contract> : f32
                llvm.store %v2400, %v195 : f32, !llvm.ptr
                %v2401 = arith.constant 8 : i64
                %v2402 = arith.muli %v2401, %v3 : i64
                %v2403 = llvm.getelementptr %in_nu_log[%v2402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
                %v2405 = arith.mulf %v2404, %v2154 fastmath<contract> : f32
                %v2406 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2405) : (f32) -> f32
                %v2407 = arith.negf %v2406 : f32
                %v2408 = arith.mulf %v2407, %v2154 fastmath<contract> : f32
                %v2409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2408) : (f32) -> f32
                %v2410 = arith.constant 8 : i64
                %v2411 = arith.muli %v2410, %v3 : i64
                %v2412 = llvm.getelementptr %in_theta_log[%v2411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2413 = llvm.load %v2412 : !llvm.ptr -> f32
                %v2414 = arith.mulf %v2413, %v2154 fastmath<contract> : f32
                %v2415 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2414) : (f32) -> f32
                %v2416 = arith.mulf %v2415, %v2165 fastmath<contract> : f32
                %v2417 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2416) : (f32) -> f32
                %v2418 = arith.mulf %v2417, %v2168 fastmath<contract> : f32
                %v2419 = arith.subf %v2415, %v2418 fastmath<contract> : f32
                %v2420 = arith.mulf %v2417, %v2169 fastmath<contract> : f32
                %v2421 = arith.subf %v2419, %v2420 fastmath<contract> : f32
                %v2422 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2421) : (f32) -> f32
                %v2423 = arith.mulf %v2409, %v2422 fastmath<contract> : f32
                llvm.store %v2423, %v164 : f32, !llvm.ptr
                %v2424 = arith.mulf %v2415, %v2165 fastmath<contract> : f32
                %v2425 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2424) : (f32) -> f32
                %v2426 = arith.mulf %v2425, %v2168 fastmath<contract> : f32
                %v2427 = arith.subf %v2415, %v2426 fastmath<contract> : f32
                %v2428 = arith.mulf %v2425, %v2169 fastmath<contract> : f32
                %v2429 = arith.subf %v2427, %v2428 fastmath<contract> : f32
                %v2430 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2429) : (f32) -> f32
                %v2431 = arith.mulf %v2409, %v2430 fastmath<contract> : f32
                llvm.store %v2431, %v196 : f32, !llvm.ptr
                %v2432 = arith.constant 9 : i64
                %v2433 = arith.muli %v2432, %v3 : i64
                %v2434 = llvm.getelementptr %in_nu_log[%v2433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2435 = llvm.load %v2434 : !llvm.ptr -> f32
                %v2436 = arith.mulf %v2435, %v2154 fastmath<contract> : f32
                %v2437 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2436) : (f32) -> f32
                %v2438 = arith.negf %v2437 : f32
                %v2439 = arith.mulf %v2438, %v2154 fastmath<contract> : f32
                %v2440 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2439) : (f32) -> f32
                %v2441 = arith.constant 9 : i64
                %v2442 = arith.muli %v2441, %v3 : i64
                %v2443 = llvm.getelementptr %in_theta_log[%v2442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2444 = llvm.load %v2443 : !llvm.ptr -> f32
                %v2445 = arith.mulf %v2444, %v2154 fastmath<contract> : f32
                %v2446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2445) : (f32) -> f32
                %v2447 = arith.mulf %v2446, %v2165 fastmath<contract> : f32
                %v2448 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2447) : (f32) -> f32
                %v2449 = arith.mulf %v2448, %v2168 fastmath<contract> : f32
                %v2450 = arith.subf %v2446, %v2449 fastmath<contract> : f32
                %v2451 = arith.mulf %v2448, %v2169 fastmath<contract> : f32
                %v2452 = arith.subf %v2450, %v2451 fastmath<contract> : f32
                %v2453 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2452) : (f32) -> f32
                %v2454 = arith.mulf %v2440, %v2453 fastmath<contract> : f32
                llvm.store %v2454, %v165 : f32, !llvm.ptr
                %v2455 = arith.mulf %v2446, %v2165 fastmath<contract> : f32
                %v2456 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2455) : (f32) -> f32
                %v2457 = arith.mulf %v2456, %v2168 fastmath<contract> : f32
                %v2458 = arith.subf %v2446, %v2457 fastmath<contract> : f32
                %v2459 = arith.mulf %v2456, %v2169 fastmath<contract> : f32
                %v2460 = arith.subf %v2458, %v2459 fastmath<contract> : f32
                %v2461 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2460) : (f32) -> f32
                %v2462 = arith.mulf %v2440, %v2461 fastmath<contract> : f32
                llvm.store %v2462, %v197 : f32, !llvm.ptr
                %v2463 = arith.constant 10 : i64
                %v2464 = arith.muli %v2463, %v3 : i64
                %v2465 = llvm.getelementptr %in_nu_log[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2466 = llvm.load %v2465 : !llvm.ptr -> f32
                %v2467 = arith.mulf %v2466, %v2154 fastmath<contract> : f32
                %v2468 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2467) : (f32) -> f32
                %v2469 = arith.negf %v2468 : f32
                %v2470 = arith.mulf %v2469, %v2154 fastmath<contract> : f32
                %v2471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2470) : (f32) -> f32
                %v2472 = arith.constant 10 : i64
                %v2473 = arith.muli %v2472, %v3 : i64
                %v2474 = llvm.getelementptr %in_theta_log[%v2473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2475 = llvm.load %v2474 : !llvm.ptr -> f32
                %v2476 = arith.mulf %v2475, %v2154 fastmath<contract> : f32
                %v2477 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2476) : (f32) -> f32
                %v2478 = arith.mulf %v2477, %v2165 fastmath<contract> : f32
                %v2479 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2478) : (f32) -> f32
                %v2480 = arith.mulf %v2479, %v2168 fastmath<contract> : f32
                %v2481 = arith.subf %v2477, %v2480 fastmath<contract> : f32
                %v2482 = arith.mulf %v2479, %v2169 fastmath<contract> : f32
                %v2483 = arith.subf %v2481, %v2482 fastmath<contract> : f32
                %v2484 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2483) : (f32) -> f32
                %v2485 = arith.mulf %v2471, %v2484 fastmath<contract> : f32
                llvm.store %v2485, %v166 : f32, !llvm.ptr
                %v2486 = arith.mulf %v2477, %v2165 fastmath<contract> : f32
                %v2487 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2486) : (f32) -> f32
                %v2488 = arith.mulf %v2487, %v2168 fastmath<contract> : f32
                %v2489 = arith.subf %v2477, %v2488 fastmath<contract> : f32
                %v2490 = arith.mulf %v2487, %v2169 fastmath<contract> : f32
                %v2491 = arith.subf %v2489, %v2490 fastmath<contract> : f32
                %v2492 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2491) : (f32) -> f32
                %v2493 = arith.mulf %v2471, %v2492 fastmath<contract> : f32
                llvm.store %v2493, %v198 : f32, !llvm.ptr
                %v2494 = arith.constant 11 : i64
                %v2495 = arith.muli %v2494, %v3 : i64
                %v2496 = llvm.getelementptr %in_nu_log[%v2495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2497 = llvm.load %v2496 : !llvm.ptr -> f32
                %v2498 = arith.mulf %v2497, %v2154 fastmath<contract> : f32
                %v2499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2498) : (f32) -> f32
                %v2500 = arith.negf %v2499 : f32
                %v2501 = arith.mulf %v2500, %v2154 fastmath<contract> : f32
                %v2502 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2501) : (f32) -> f32
                %v2503 = arith.constant 11 : i64
                %v2504 = arith.muli %v2503, %v3 : i64
                %v2505 = llvm.getelementptr %in_theta_log[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2506 = llvm.load %v2505 : !llvm.ptr -> f32
                %v2507 = arith.mulf %v2506, %v2154 fastmath<contract> : f32
                %v2508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2507) : (f32) -> f32
                %v2509 = arith.mulf %v2508, %v2165 fastmath<contract> : f32
                %v2510 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2509) : (f32) -> f32
                %v2511 = arith.mulf %v2510, %v2168 fastmath<contract> : f32
                %v2512 = arith.subf %v2508, %v2511 fastmath<contract> : f32
                %v2513 = arith.mulf %v2510, %v2169 fastmath<contract> : f32
                %v2514 = arith.subf %v2512, %v2513 fastmath<contract> : f32
                %v2515 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2514) : (f32) -> f32
                %v2516 = arith.mulf %v2502, %v2515 fastmath<contract> : f32
                llvm.store %v2516, %v167 : f32, !llvm.ptr
                %v2517 = arith.mulf %v2508, %v2165 fastmath<contract> : f32
                %v2518 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2517) : (f32) -> f32
                %v2519 = arith.mulf %v2518, %v2168 fastmath<contract> : f32
                %v2520 = arith.subf %v2508, %v2519 fastmath<contract> : f32
                %v2521 = arith.mulf %v2518, %v2169 fastmath<contract> : f32
                %v2522 = arith.subf %v2520, %v2521 fastmath<contract> : f32
                %v2523 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2522) : (f32) -> f32
                %v2524 = arith.mulf %v2502, %v2523 fastmath<contract> : f32
                llvm.store %v2524, %v199 : f32, !llvm.ptr
                %v2525 = arith.constant 12 : i64
                %v2526 = arith.muli %v2525, %v3 : i64
                %v2527 = llvm.getelementptr %in_nu_log[%v2526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2528 = llvm.load %v2527 : !llvm.ptr -> f32
                %v2529 = arith.mulf %v2528, %v2154 fastmath<contract> : f32
                %v2530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2529) : (f32) -> f32
                %v2531 = arith.negf %v2530 : f32
                %v2532 = arith.mulf %v2531, %v2154 fastmath<contract> : f32
                %v2533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2532) : (f32) -> f32
                %v2534 = arith.constant 12 : i64
                %v2535 = arith.muli %v2534, %v3 : i64
                %v2536 = llvm.getelementptr %in_theta_log[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2537 = llvm.load %v2536 : !llvm.ptr -> f32
                %v2538 = arith.mulf %v2537, %v2154 fastmath<contract> : f32
                %v2539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2538) : (f32) -> f32
                %v2540 = arith.mulf %v2539, %v2165 fastmath<contract> : f32
                %v2541 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2540) : (f32) -> f32
                %v2542 = arith.mulf %v2541, %v2168 fastmath<contract> : f32
                %v2543 = arith.subf %v2539, %v2542 fastmath<contract> : f32
                %v2544 = arith.mulf %v2541, %v2169 fastmath<contract> : f32
                %v2545 = arith.subf %v2543, %v2544 fastmath<contract> : f32
                %v2546 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2545) : (f32) -> f32
                %v2547 = arith.mulf %v2533, %v2546 fastmath<contract> : f32
                llvm.store %v2547, %v168 : f32, !llvm.ptr
                %v2548 = arith.mulf %v2539, %v2165 fastmath<contract> : f32
                %v2549 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2548) : (f32) -> f32
                %v2550 = arith.mulf %v2549, %v2168 fastmath<contract> : f32
                %v2551 = arith.subf %v2539, %v2550 fastmath<contract> : f32
                %v2552 = arith.mulf %v2549, %v2169 fastmath<contract> : f32
                %v2553 = arith.subf %v2551, %v2552 fastmath<contract> : f32
                %v2554 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2553) : (f32) -> f32
                %v2555 = arith.mulf %v2533, %v2554 fastmath<contract> : f32
                llvm.store %v2555, %v200 : f32, !llvm.ptr
                %v2556 = arith.constant 13 : i64
                %v2557 = arith.muli %v2556, %v3 : i64
                %v2558 = llvm.getelementptr %in_nu_log[%v2557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2559 = llvm.load %v2558 : !llvm.ptr -> f32
                %v2560 = arith.mulf %v2559, %v2154 fastmath<contract> : f32
                %v2561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2560) : (f32) -> f32
                %v2562 = arith.negf %v2561 : f32
                %v2563 = arith.mulf %v2562, %v2154 fastmath<contract> : f32
                %v2564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2563) : (f32) -> f32
                %v2565 = arith.constant 13 : i64
                %v2566 = arith.muli %v2565, %v3 : i64
                %v2567 = llvm.getelementptr %in_theta_log[%v2566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2568 = llvm.load %v2567 : !llvm.ptr -> f32
                %v2569 = arith.mulf %v2568, %v2154 fastmath<contract> : f32
                %v2570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2569) : (f32) -> f32
                %v2571 = arith.mulf %v2570, %v2165 fastmath<contract> : f32
                %v2572 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2571) : (f32) -> f32
                %v2573 = arith.mulf %v2572, %v2168 fastmath<contract> : f32
                %v2574 = arith.subf %v2570, %v2573 fastmath<contract> : f32
                %v2575 = arith.mulf %v2572, %v2169 fastmath<contract> : f32
                %v2576 = arith.subf %v2574, %v2575 fastmath<contract> : f32
                %v2577 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2576) : (f32) -> f32
                %v2578 = arith.mulf %v2564, %v2577 fastmath<contract> : f32
                llvm.store %v2578, %v169 : f32, !llvm.ptr
                %v2579 = arith.mulf %v2570, %v2165 fastmath<contract> : f32
                %v2580 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2579) : (f32) -> f32
                %v2581 = arith.mulf %v2580, %v2168 fastmath<contract> : f32
                %v2582 = arith.subf %v2570, %v2581 fastmath<contract> : f32
                %v2583 = arith.mulf %v2580, %v2169 fastmath<contract> : f32
                %v2584 = arith.subf %v2582, %v2583 fastmath<contract> : f32
                %v2585 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2584) : (f32) -> f32
                %v2586 = arith.mulf %v2564, %v2585 fastmath<contract> : f32
                llvm.store %v2586, %v201 : f32, !llvm.ptr
                %v2587 = arith.constant 14 : i64
                %v2588 = arith.muli %v2587, %v3 : i64
                %v2589 = llvm.getelementptr %in_nu_log[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2590 = llvm.load %v2589 : !llvm.ptr -> f32
                %v2591 = arith.mulf %v2590, %v2154 fastmath<contract> : f32
                %v2592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2591) : (f32) -> f32
                %v2593 = arith.negf %v2592 : f32
                %v2594 = arith.mulf %v2593, %v2154 fastmath<contract> : f32
                %v2595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2594) : (f32) -> f32
                %v2596 = arith.constant 14 : i64
                %v2597 = arith.muli %v2596, %v3 : i64
                %v2598 = llvm.getelementptr %in_theta_log[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2599 = llvm.load %v2598 : !llvm.ptr -> f32
                %v2600 = arith.mulf %v2599, %v2154 fastmath<contract> : f32
                %v2601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2600) : (f32) -> f32
                %v2602 = arith.mulf %v2601, %v2165 fastmath<contract> : f32
                %v2603 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2602) : (f32) -> f32
                %v2604 = arith.mulf %v2603, %v2168 fastmath<contract> : f32
                %v2605 = arith.subf %v2601, %v2604 fastmath<contract> : f32
                %v2606 = arith.mulf %v2603, %v2169 fastmath<contract> : f32
                %v2607 = arith.subf %v2605, %v2606 fastmath<contract> : f32
                %v2608 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2607) : (f32) -> f32
                %v2609 = arith.mulf %v2595, %v2608 fastmath<contract> : f32
                llvm.store %v2609, %v170 : f32, !llvm.ptr
                %v2610 = arith.mulf %v2601, %v2165 fastmath<contract> : f32
                %v2611 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2610) : (f32) -> f32
                %v2612 = arith.mulf %v2611, %v2168 fastmath<contract> : f32
                %v2613 = arith.subf %v2601, %v2612 fastmath<contract> : f32
                %v2614 = arith.mulf %v2611, %v2169 fastmath<contract> : f32
                %v2615 = arith.subf %v2613, %v2614 fastmath<contract> : f32
                %v2616 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2615) : (f32) -> f32
                %v2617 = arith.mulf %v2595, %v2616 fastmath<contract> : f32
                llvm.store %v2617, %v202 : f32, !llvm.ptr
                %v2618 = arith.constant 15 : i64
                %v2619 = arith.muli %v2618, %v3 : i64
                %v2620 = llvm.getelementptr %in_nu_log[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2621 = llvm.load %v2620 : !llvm.ptr -> f32
                %v2622 = arith.mulf %v2621, %v2154 fastmath<contract> : f32
                %v2623 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2622) : (f32) -> f32
                %v2624 = arith.negf %v2623 : f32
                %v2625 = arith.mulf %v2624, %v2154 fastmath<contract> : f32
                %v2626 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2625) : (f32) -> f32
                %v2627 = arith.constant 15 : i64
                %v2628 = arith.muli %v2627, %v3 : i64
                %v2629 = llvm.getelementptr %in_theta_log[%v2628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
                %v2631 = arith.mulf %v2630, %v2154 fastmath<contract> : f32
                %v2632 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2631) : (f32) -> f32
                %v2633 = arith.mulf %v2632, %v2165 fastmath<contract> : f32
                %v2634 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2633) : (f32) -> f32
                %v2635 = arith.mulf %v2634, %v2168 fastmath<contract> : f32
                %v2636 = arith.subf %v2632, %v2635 fastmath<contract> : f32
                %v2637 = arith.mulf %v2634, %v2169 fastmath<contract> : f32
                %v2638 = arith.subf %v2636, %v2637 fastmath<contract> : f32
                %v2639 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2638) : (f32) -> f32
                %v2640 = arith.mulf %v2626, %v2639 fastmath<contract> : f32
                llvm.store %v2640, %v171 : f32, !llvm.ptr
                %v2641 = arith.mulf %v2632, %v2165 fastmath<contract> : f32
                %v2642 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2641) : (f32) -> f32
                %v2643 = arith.mulf %v2642, %v2168 fastmath<contract> : f32
                %v2644 = arith.subf %v2632, %v2643 fastmath<contract> : f32
                %v2645 = arith.mulf %v2642, %v2169 fastmath<contract> : f32
                %v2646 = arith.subf %v2644, %v2645 fastmath<contract> : f32
                %v2647 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2646) : (f32) -> f32
                %v2648 = arith.mulf %v2626, %v2647 fastmath<contract> : f32
                llvm.store %v2648, %v203 : f32, !llvm.ptr
                llvm.store %v2175, %v172 : f32, !llvm.ptr
                %v2649 = arith.negf %v2183 : f32
                llvm.store %v2649, %v204 : f32, !llvm.ptr
                llvm.store %v2206, %v173 : f32, !llvm.ptr
                %v2650 = arith.negf %v2214 : f32
                llvm.store %v2650, %v205 : f32, !llvm.ptr
                llvm.store %v2237, %v174 : f32, !llvm.ptr
                %v2651 = arith.negf %v2245 : f32
                llvm.store %v2651, %v206 : f32, !llvm.ptr
                llvm.store %v2268, %v175 : f32, !llvm.ptr
                %v2652 = arith.negf %v2276 : f32
                llvm.store %v2652, %v207 : f32, !llvm.ptr
                llvm.store %v2299, %v176 : f32, !llvm.ptr
                %v2653 = arith.negf %v2307 : f32
                llvm.store %v2653, %v208 : f32, !llvm.ptr
                llvm.store %v2330, %v177 : f32, !llvm.ptr
                %v2654 = arith.negf %v2338 : f32
                llvm.store %v2654, %v209 : f32, !llvm.ptr
                llvm.store %v2361, %v178 : f32, !llvm.ptr
                %v2655 = arith.negf %v2369 : f32
                llvm.store %v2655, %v210 : f32, !llvm.ptr
                llvm.store %v2392, %v179 : f32, !llvm.ptr
                %v2656 = arith.negf %v2400 : f32
                llvm.store %v2656, %v211 : f32, !llvm.ptr
                llvm.store %v2423, %v180 : f32, !llvm.ptr
                %v2657 = arith.negf %v2431 : f32
                llvm.store %v2657, %v212 : f32, !llvm.ptr
                llvm.store %v2454, %v181 : f32, !llvm.ptr
                %v2658 = arith.negf %v2462 : f32
                llvm.store %v2658, %v213 : f32, !llvm.ptr
                llvm.store %v2485, %v182 : f32, !llvm.ptr
                %v2659 = arith.negf %v2493 : f32
                llvm.store %v2659, %v214 : f32, !llvm.ptr
                llvm.store %v2516, %v183 : f32, !llvm.ptr
                %v2660 = arith.negf %v2524 : f32
                llvm.store %v2660, %v215 : f32, !llvm.ptr
                llvm.store %v2547, %v184 : f32, !llvm.ptr
                %v2661 = arith.negf %v2555 : f32
                llvm.store %v2661, %v216 : f32, !llvm.ptr
                llvm.store %v2578, %v185 : f32, !llvm.ptr
                %v2662 = arith.negf %v2586 : f32
                llvm.store %v2662, %v217 : f32, !llvm.ptr
                llvm.store %v2609, %v186 : f32, !llvm.ptr
                %v2663 = arith.negf %v2617 : f32
                llvm.store %v2663, %v218 : f32, !llvm.ptr
                llvm.store %v2640, %v187 : f32, !llvm.ptr
                %v2664 = arith.negf %v2648 : f32
                llvm.store %v2664, %v219 : f32, !llvm.ptr
              } else {
                %v2665 = arith.subi %v597, %v3 : i64
                // the group's states, recomputed into registers
                %v2666 = arith.subi %v597, %v613 : i64
                %v2667 = arith.trunci %v2666 : i64 to i32
                %v2668 = arith.subi %size_L, %v3 : i64
                %v2669 = arith.addi %v595, %v613 : i64
                %v2670 = arith.subi %v2668, %v2669 : i64
                %v2671 = arith.minsi %v2670, %v623 : i64
                %v2672 = arith.trunci %v2671 : i64 to i32
                %v2673 = arith.addi %v613, %v578 : i64
                %v2674 = arith.cmpi slt, %v627, %v2667 : i32
                %v2675 = arith.cmpi eq, %v627, %v2672 : i32
                scf.if %v2674 {
                  %v2676 = arith.addi %v595, %v2673 : i64
                  %v2677 = llvm.load %v124 : !llvm.ptr -> f32
                  %v2678 = llvm.load %v125 : !llvm.ptr -> f32
                  %v2679 = llvm.load %v126 : !llvm.ptr -> f32
                  %v2680 = llvm.load %v127 : !llvm.ptr -> f32
                  %v2681 = llvm.load %v128 : !llvm.ptr -> f32
                  %v2682 = llvm.load %v129 : !llvm.ptr -> f32
                  %v2683 = llvm.load %v130 : !llvm.ptr -> f32
                  %v2684 = llvm.load %v131 : !llvm.ptr -> f32
                  %v2685 = llvm.load %v132 : !llvm.ptr -> f32
                  %v2686 = llvm.load %v133 : !llvm.ptr -> f32
                  %v2687 = llvm.load %v134 : !llvm.ptr -> f32
                  %v2688 = llvm.load %v135 : !llvm.ptr -> f32
                  %v2689 = llvm.load %v136 : !llvm.ptr -> f32
                  %v2690 = llvm.load %v137 : !llvm.ptr -> f32
                  %v2691 = llvm.load %v138 : !llvm.ptr -> f32
                  %v2692 = llvm.load %v139 : !llvm.ptr -> f32
                  %v2693 = llvm.load %v140 : !llvm.ptr -> f32
                  %v2694 = llvm.load %v141 : !llvm.ptr -> f32
                  %v2695 = llvm.load %v142 : !llvm.ptr -> f32
                  %v2696 = llvm.load %v143 : !llvm.ptr -> f32
                  %v2697 = llvm.load %v144 : !llvm.ptr -> f32
                  %v2698 = llvm.load %v145 : !llvm.ptr -> f32
                  %v2699 = llvm.load %v146 : !llvm.ptr -> f32
                  %v2700 = llvm.load %v147 : !llvm.ptr -> f32
                  %v2701 = llvm.load %v148 : !llvm.ptr -> f32
                  %v2702 = llvm.load %v149 : !llvm.ptr -> f32
                  %v2703 = llvm.load %v150 : !llvm.ptr -> f32
                  %v2704 = llvm.load %v151 : !llvm.ptr -> f32
                  %v2705 = llvm.load %v152 : !llvm.ptr -> f32
                  %v2706 = llvm.load %v153 : !llvm.ptr -> f32
                  %v2707 = llvm.load %v154 : !llvm.ptr -> f32
                  %v2708 = llvm.load %v155 : !llvm.ptr -> f32
                  %v2709 = llvm.load %v514 : !llvm.ptr -> f32
                  %v2710 = llvm.load %v515 : !llvm.ptr -> f32
                  %v2711 = llvm.load %v516 : !llvm.ptr -> f32
                  %v2712 = llvm.load %v517 : !llvm.ptr -> f32
                  %v2713 = llvm.load %v518 : !llvm.ptr -> f32
                  %v2714 = llvm.load %v519 : !llvm.ptr -> f32
                  %v2715 = llvm.load %v520 : !llvm.ptr -> f32
                  %v2716 = llvm.load %v521 : !llvm.ptr -> f32
                  %v2717 = llvm.load %v522 : !llvm.ptr -> f32
                  %v2718 = llvm.load %v523 : !llvm.ptr -> f32
                  %v2719 = llvm.load %v524 : !llvm.ptr -> f32
                  %v2720 = llvm.load %v525 : !llvm.ptr -> f32
                  %v2721 = llvm.load %v526 : !llvm.ptr -> f32
                  %v2722 = llvm.load %v527 : !llvm.ptr -> f32
                  %v2723 = llvm.load %v528 : !llvm.ptr -> f32
                  %v2724 = llvm.load %v529 : !llvm.ptr -> f32
                  %v2725 = llvm.load %v530 : !llvm.ptr -> f32
                  %v2726 = llvm.load %v531 : !llvm.ptr -> f32
                  %v2727 = llvm.load %v532 : !llvm.ptr -> f32
                  %v2728 = llvm.load %v533 : !llvm.ptr -> f32
                  %v2729 = llvm.load %v534 : !llvm.ptr -> f32
                  %v2730 = llvm.load %v535 : !llvm.ptr -> f32
                  %v2731 = llvm.load %v536 : !llvm.ptr -> f32
                  %v2732 = llvm.load %v537 : !llvm.ptr -> f32
                  %v2733 = llvm.load %v538 : !llvm.ptr -> f32
                  %v2734 = llvm.load %v539 : !llvm.ptr -> f32
                  %v2735 = llvm.load %v540 : !llvm.ptr -> f32
                  %v2736 = llvm.load %v541 : !llvm.ptr -> f32
                  %v2737 = llvm.load %v542 : !llvm.ptr -> f32
                  %v2738 = llvm.load %v543 : !llvm.ptr -> f32
                  %v2739 = llvm.load %v544 : !llvm.ptr -> f32
                  %v2740 = llvm.load %v545 : !llvm.ptr -> f32
                  %v2741 = llvm.load %v546 : !llvm.ptr -> f32
                  %v2742 = llvm.load %v547 : !llvm.ptr -> f32
                  %v2743 = llvm.load %v548 : !llvm.ptr -> f32
                  %v2744 = llvm.load %v549 : !llvm.ptr -> f32
                  %v2745 = llvm.load %v550 : !llvm.ptr -> f32
                  %v2746 = llvm.load %v551 : !llvm.ptr -> f32
                  %v2747 = llvm.load %v552 : !llvm.ptr -> f32
                  %v2748 = llvm.load %v553 : !llvm.ptr -> f32
                  %v2749 = llvm.load %v554 : !llvm.ptr -> f32
                  %v2750 = llvm.load %v555 : !llvm.ptr -> f32
                  %v2751 = llvm.load %v556 : !llvm.ptr -> f32
                  %v2752 = llvm.load %v557 : !llvm.ptr -> f32
                  %v2753 = llvm.load %v558 : !llvm.ptr -> f32
                  %v2754 = llvm.load %v559 : !llvm.ptr -> f32
                  %v2755 = llvm.load %v560 : !llvm.ptr -> f32
                  %v2756 = llvm.load %v561 : !llvm.ptr -> f32
                  %v2757 = llvm.load %v562 : !llvm.ptr -> f32
                  %v2758 = llvm.load %v563 : !llvm.ptr -> f32
                  %v2759 = llvm.load %v564 : !llvm.ptr -> f32
                  %v2760 = llvm.load %v565 : !llvm.ptr -> f32
                  %v2761 = llvm.load %v566 : !llvm.ptr -> f32
                  %v2762 = llvm.load %v567 : !llvm.ptr -> f32
                  %v2763 = llvm.load %v568 : !llvm.ptr -> f32
                  %v2764 = llvm.load %v569 : !llvm.ptr -> f32
                  %v2765 = llvm.load %v570 : !llvm.ptr -> f32
                  %v2766 = llvm.load %v571 : !llvm.ptr -> f32
                  %v2767 = llvm.load %v572 : !llvm.ptr -> f32
                  %v2768 = llvm.load %v573 : !llvm.ptr -> f32
                  %v2769 = llvm.load %v574 : !llvm.ptr -> f32
                  %v2770 = llvm.load %v575 : !llvm.ptr -> f32
                  %v2771 = llvm.load %v576 : !llvm.ptr -> f32
                  %v2772 = llvm.load %v577 : !llvm.ptr -> f32
                  %v2773 = arith.constant 0 : i64
                  %v2774 = llvm.getelementptr %in_C_re[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2775 = llvm.load %v2774 : !llvm.ptr -> f32
                  %v2776 = arith.muli %v119, %v732 : i64
                  %v2777 = arith.muli %v2676, %v731 : i64
                  %v2778 = arith.addi %v2776, %v2777 : i64
                  %v2779 = llvm.getelementptr %dy_y[%v2778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2780 = llvm.load %v2779 : !llvm.ptr -> f32
                  %v2781 = arith.mulf %v2775, %v2780 fastmath<contract> : f32
                  %v2782 = arith.constant 1 : i64
                  %v2783 = arith.muli %v2782, %v727 : i64
                  %v2784 = llvm.getelementptr %in_C_re[%v2783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
                  %v2786 = arith.muli %v119, %v732 : i64
                  %v2787 = arith.muli %v2676, %v731 : i64
                  %v2788 = arith.addi %v2786, %v2787 : i64
                  %v2789 = arith.constant 1 : i64
                  %v2790 = arith.muli %v2789, %v3 : i64
                  %v2791 = arith.addi %v2788, %v2790 : i64
                  %v2792 = llvm.getelementptr %dy_y[%v2791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
                  %v2794 = arith.mulf %v2785, %v2793 fastmath<contract> : f32
                  %v2795 = arith.addf %v2781, %v2794 fastmath<contract> : f32
                  %v2796 = arith.constant 2 : i64
                  %v2797 = arith.muli %v2796, %v727 : i64
                  %v2798 = llvm.getelementptr %in_C_re[%v2797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2799 = llvm.load %v2798 : !llvm.ptr -> f32
                  %v2800 = arith.muli %v119, %v732 : i64
                  %v2801 = arith.muli %v2676, %v731 : i64
                  %v2802 = arith.addi %v2800, %v2801 : i64
                  %v2803 = arith.constant 2 : i64
                  %v2804 = arith.muli %v2803, %v3 : i64
                  %v2805 = arith.addi %v2802, %v2804 : i64
                  %v2806 = llvm.getelementptr %dy_y[%v2805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2807 = llvm.load %v2806 : !llvm.ptr -> f32
                  %v2808 = arith.mulf %v2799, %v2807 fastmath<contract> : f32
                  %v2809 = arith.addf %v2795, %v2808 fastmath<contract> : f32
                  %v2810 = arith.constant 3 : i64
                  %v2811 = arith.muli %v2810, %v727 : i64
                  %v2812 = llvm.getelementptr %in_C_re[%v2811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2813 = llvm.load %v2812 : !llvm.ptr -> f32
                  %v2814 = arith.muli %v119, %v732 : i64
                  %v2815 = arith.muli %v2676, %v731 : i64
                  %v2816 = arith.addi %v2814, %v2815 : i64
                  %v2817 = arith.constant 3 : i64
                  %v2818 = arith.muli %v2817, %v3 : i64
                  %v2819 = arith.addi %v2816, %v2818 : i64
                  %v2820 = llvm.getelementptr %dy_y[%v2819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
                  %v2822 = arith.mulf %v2813, %v2821 fastmath<contract> : f32
                  %v2823 = arith.addf %v2809, %v2822 fastmath<contract> : f32
                  %v2824 = llvm.load %v156 : !llvm.ptr -> f32
                  %v2825 = arith.mulf %v2824, %v2677 fastmath<contract> : f32
                  %v2826 = arith.addf %v2823, %v2825 fastmath<contract> : f32
                  %v2827 = llvm.load %v188 : !llvm.ptr -> f32
                  %v2828 = arith.mulf %v2827, %v2693 fastmath<contract> : f32
                  %v2829 = arith.addf %v2828, %v2826 fastmath<contract> : f32
                  %v2830 = arith.mulf %v2709, %v2824 fastmath<contract> : f32
                  %v2831 = arith.mulf %v2827, %v2741 fastmath<contract> : f32
                  %v2832 = arith.addf %v2831, %v2830 fastmath<contract> : f32
                  %v2833 = arith.mulf %v2710, %v2824 fastmath<contract> : f32
                  %v2834 = arith.mulf %v2827, %v2742 fastmath<contract> : f32
                  %v2835 = arith.addf %v2834, %v2833 fastmath<contract> : f32
                  %v2836 = arith.constant 1 : i64
                  %v2837 = arith.muli %v2836, %v3 : i64
                  %v2838 = llvm.getelementptr %in_C_re[%v2837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2839 = llvm.load %v2838 : !llvm.ptr -> f32
                  %v2840 = arith.mulf %v2839, %v2780 fastmath<contract> : f32
                  %v2841 = arith.constant 1 : i64
                  %v2842 = arith.muli %v2841, %v727 : i64
                  %v2843 = arith.constant 1 : i64
                  %v2844 = arith.muli %v2843, %v3 : i64
                  %v2845 = arith.addi %v2842, %v2844 : i64
                  %v2846 = llvm.getelementptr %in_C_re[%v2845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2847 = llvm.load %v2846 : !llvm.ptr -> f32
                  %v2848 = arith.mulf %v2847, %v2793 fastmath<contract> : f32
                  %v2849 = arith.addf %v2840, %v2848 fastmath<contract> : f32
                  %v2850 = arith.constant 2 : i64
                  %v2851 = arith.muli %v2850, %v727 : i64
                  %v2852 = arith.constant 1 : i64
                  %v2853 = arith.muli %v2852, %v3 : i64
                  %v2854 = arith.addi %v2851, %v2853 : i64
                  %v2855 = llvm.getelementptr %in_C_re[%v2854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2856 = llvm.load %v2855 : !llvm.ptr -> f32
                  %v2857 = arith.mulf %v2856, %v2807 fastmath<contract> : f32
                  %v2858 = arith.addf %v2849, %v2857 fastmath<contract> : f32
                  %v2859 = arith.constant 3 : i64
                  %v2860 = arith.muli %v2859, %v727 : i64
                  %v2861 = arith.constant 1 : i64
                  %v2862 = arith.muli %v2861, %v3 : i64
                  %v2863 = arith.addi %v2860, %v2862 : i64
                  %v2864 = llvm.getelementptr %in_C_re[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2865 = llvm.load %v2864 : !llvm.ptr -> f32
                  %v2866 = arith.mulf %v2865, %v2821 fastmath<contract> : f32
                  %v2867 = arith.addf %v2858, %v2866 fastmath<contract> : f32
                  %v2868 = llvm.load %v157 : !llvm.ptr -> f32
                  %v2869 = arith.mulf %v2868, %v2678 fastmath<contract> : f32
                  %v2870 = arith.addf %v2867, %v2869 fastmath<contract> : f32
                  %v2871 = llvm.load %v189 : !llvm.ptr -> f32
                  %v2872 = arith.mulf %v2871, %v2694 fastmath<contract> : f32
                  %v2873 = arith.addf %v2872, %v2870 fastmath<contract> : f32
                  %v2874 = arith.mulf %v2711, %v2868 fastmath<contract> : f32
                  %v2875 = arith.mulf %v2871, %v2743 fastmath<contract> : f32
                  %v2876 = arith.addf %v2875, %v2874 fastmath<contract> : f32
                  %v2877 = arith.mulf %v2712, %v2868 fastmath<contract> : f32
                  %v2878 = arith.mulf %v2871, %v2744 fastmath<contract> : f32
                  %v2879 = arith.addf %v2878, %v2877 fastmath<contract> : f32
                  %v2880 = arith.constant 2 : i64
                  %v2881 = arith.muli %v2880, %v3 : i64
                  %v2882 = llvm.getelementptr %in_C_re[%v2881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2883 = llvm.load %v2882 : !llvm.ptr -> f32
                  %v2884 = arith.mulf %v2883, %v2780 fastmath<contract> : f32
                  %v2885 = arith.constant 1 : i64
                  %v2886 = arith.muli %v2885, %v727 : i64
                  %v2887 = arith.constant 2 : i64
                  %v2888 = arith.muli %v2887, %v3 : i64
                  %v2889 = arith.addi %v2886, %v2888 : i64
                  %v2890 = llvm.getelementptr %in_C_re[%v2889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2891 = llvm.load %v2890 : !llvm.ptr -> f32
                  %v2892 = arith.mulf %v2891, %v2793 fastmath<contract> : f32
                  %v2893 = arith.addf %v2884, %v2892 fastmath<contract> : f32
                  %v2894 = arith.constant 2 : i64
                  %v2895 = arith.muli %v2894, %v727 : i64
                  %v2896 = arith.constant 2 : i64
                  %v2897 = arith.muli %v2896, %v3 : i64
                  %v2898 = arith.addi %v2895, %v2897 : i64
                  %v2899 = llvm.getelementptr %in_C_re[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2900 = llvm.load %v2899 : !llvm.ptr -> f32
                  %v2901 = arith.mulf %v2900, %v2807 fastmath<contract> : f32
                  %v2902 = arith.addf %v2893, %v2901 fastmath<contract> : f32
                  %v2903 = arith.constant 3 : i64
                  %v2904 = arith.muli %v2903, %v727 : i64
                  %v2905 = arith.constant 2 : i64
                  %v2906 = arith.muli %v2905, %v3 : i64
                  %v2907 = arith.addi %v2904, %v2906 : i64
                  %v2908 = llvm.getelementptr %in_C_re[%v2907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2909 = llvm.load %v2908 : !llvm.ptr -> f32
                  %v2910 = arith.mulf %v2909, %v2821 fastmath<contract> : f32
                  %v2911 = arith.addf %v2902, %v2910 fastmath<contract> : f32
                  %v2912 = llvm.load %v158 : !llvm.ptr -> f32
                  %v2913 = arith.mulf %v2912, %v2679 fastmath<contract> : f32
                  %v2914 = arith.addf %v2911, %v2913 fastmath<contract> : f32
                  %v2915 = llvm.load %v190 : !llvm.ptr -> f32
                  %v2916 = arith.mulf %v2915, %v2695 fastmath<contract> : f32
                  %v2917 = arith.addf %v2916, %v2914 fastmath<contract> : f32
                  %v2918 = arith.mulf %v2713, %v2912 fastmath<contract> : f32
                  %v2919 = arith.mulf %v2915, %v2745 fastmath<contract> : f32
                  %v2920 = arith.addf %v2919, %v2918 fastmath<contract> : f32
                  %v2921 = arith.mulf %v2714, %v2912 fastmath<contract> : f32
                  %v2922 = arith.mulf %v2915, %v2746 fastmath<contract> : f32
                  %v2923 = arith.addf %v2922, %v2921 fastmath<contract> : f32
                  %v2924 = arith.constant 3 : i64
                  %v2925 = arith.muli %v2924, %v3 : i64
                  %v2926 = llvm.getelementptr %in_C_re[%v2925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2927 = llvm.load %v2926 : !llvm.ptr -> f32
                  %v2928 = arith.mulf %v2927, %v2780 fastmath<contract> : f32
                  %v2929 = arith.constant 1 : i64
                  %v2930 = arith.muli %v2929, %v727 : i64
                  %v2931 = arith.constant 3 : i64
                  %v2932 = arith.muli %v2931, %v3 : i64
                  %v2933 = arith.addi %v2930, %v2932 : i64
                  %v2934 = llvm.getelementptr %in_C_re[%v2933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2935 = llvm.load %v2934 : !llvm.ptr -> f32
                  %v2936 = arith.mulf %v2935, %v2793 fastmath<contract> : f32
                  %v2937 = arith.addf %v2928, %v2936 fastmath<contract> : f32
                  %v2938 = arith.constant 2 : i64
                  %v2939 = arith.muli %v2938, %v727 : i64
                  %v2940 = arith.constant 3 : i64
                  %v2941 = arith.muli %v2940, %v3 : i64
                  %v2942 = arith.addi %v2939, %v2941 : i64
                  %v2943 = llvm.getelementptr %in_C_re[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2944 = llvm.load %v2943 : !llvm.ptr -> f32
                  %v2945 = arith.mulf %v2944, %v2807 fastmath<contract> : f32
                  %v2946 = arith.addf %v2937, %v2945 fastmath<contract> : f32
                  %v2947 = arith.constant 3 : i64
                  %v2948 = arith.muli %v2947, %v727 : i64
                  %v2949 = arith.constant 3 : i64
                  %v2950 = arith.muli %v2949, %v3 : i64
                  %v2951 = arith.addi %v2948, %v2950 : i64
                  %v2952 = llvm.getelementptr %in_C_re[%v2951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2953 = llvm.load %v2952 : !llvm.ptr -> f32
                  %v2954 = arith.mulf %v2953, %v2821 fastmath<contract> : f32
                  %v2955 = arith.addf %v2946, %v2954 fastmath<contract> : f32
                  %v2956 = llvm.load %v159 : !llvm.ptr -> f32
                  %v2957 = arith.mulf %v2956, %v2680 fastmath<contract> : f32
                  %v2958 = arith.addf %v2955, %v2957 fastmath<contract> : f32
                  %v2959 = llvm.load %v191 : !llvm.ptr -> f32
                  %v2960 = arith.mulf %v2959, %v2696 fastmath<contract> : f32
                  %v2961 = arith.addf %v2960, %v2958 fastmath<contract> : f32
                  %v2962 = arith.mulf %v2715, %v2956 fastmath<contract> : f32
                  %v2963 = arith.mulf %v2959, %v2747 fastmath<contract> : f32
                  %v2964 = arith.addf %v2963, %v2962 fastmath<contract> : f32
                  %v2965 = arith.mulf %v2716, %v2956 fastmath<contract> : f32
                  %v2966 = arith.mulf %v2959, %v2748 fastmath<contract> : f32
                  %v2967 = arith.addf %v2966, %v2965 fastmath<contract> : f32
                  %v2968 = arith.constant 4 : i64
                  %v2969 = arith.muli %v2968, %v3 : i64
                  %v2970 = llvm.getelementptr %in_C_re[%v2969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2971 = llvm.load %v2970 : !llvm.ptr -> f32
                  %v2972 = arith.mulf %v2971, %v2780 fastmath<contract> : f32
                  %v2973 = arith.constant 1 : i64
                  %v2974 = arith.muli %v2973, %v727 : i64
                  %v2975 = arith.constant 4 : i64
                  %v2976 = arith.muli %v2975, %v3 : i64
                  %v2977 = arith.addi %v2974, %v2976 : i64
                  %v2978 = llvm.getelementptr %in_C_re[%v2977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2979 = llvm.load %v2978 : !llvm.ptr -> f32
                  %v2980 = arith.mulf %v2979, %v2793 fastmath<contract> : f32
                  %v2981 = arith.addf %v2972, %v2980 fastmath<contract> : f32
                  %v2982 = arith.constant 2 : i64
                  %v2983 = arith.muli %v2982, %v727 : i64
                  %v2984 = arith.constant 4 : i64
                  %v2985 = arith.muli %v2984, %v3 : i64
                  %v2986 = arith.addi %v2983, %v2985 : i64
                  %v2987 = llvm.getelementptr %in_C_re[%v2986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2988 = llvm.load %v2987 : !llvm.ptr -> f32
                  %v2989 = arith.mulf %v2988, %v2807 fastmath<contract> : f32
                  %v2990 = arith.addf %v2981, %v2989 fastmath<contract> : f32
                  %v2991 = arith.constant 3 : i64
                  %v2992 = arith.muli %v2991, %v727 : i64
                  %v2993 = arith.constant 4 : i64
                  %v2994 = arith.muli %v2993, %v3 : i64
                  %v2995 = arith.addi %v2992, %v2994 : i64
                  %v2996 = llvm.getelementptr %in_C_re[%v2995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2997 = llvm.load %v2996 : !llvm.ptr -> f32
                  %v2998 = arith.mulf %v2997, %v2821 fastmath<contract> : f32
                  %v2999 = arith.addf %v2990, %v2998 fastmath<contract> : f32
                  %v3000 = llvm.load %v160 : !llvm.ptr -> f32
                  %v3001 = arith.mulf %v3000, %v2681 fastmath<contract> : f32
                  %v3002 = arith.addf %v2999, %v3001 fastmath<contract> : f32
                  %v3003 = llvm.load %v192 : !llvm.ptr -> f32
                  %v3004 = arith.mulf %v3003, %v2697 fastmath<contract> : f32
                  %v3005 = arith.addf %v3004, %v3002 fastmath<contract> : f32
                  %v3006 = arith.mulf %v2717, %v3000 fastmath<contract> : f32
                  %v3007 = arith.mulf %v3003, %v2749 fastmath<contract> : f32
                  %v3008 = arith.addf %v3007, %v3006 fastmath<contract> : f32
                  %v3009 = arith.mulf %v2718, %v3000 fastmath<contract> : f32
                  %v3010 = arith.mulf %v3003, %v2750 fastmath<contract> : f32
                  %v3011 = arith.addf %v3010, %v3009 fastmath<contract> : f32
                  %v3012 = arith.constant 5 : i64
                  %v3013 = arith.muli %v3012, %v3 : i64
                  %v3014 = llvm.getelementptr %in_C_re[%v3013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3015 = llvm.load %v3014 : !llvm.ptr -> f32
                  %v3016 = arith.mulf %v3015, %v2780 fastmath<contract> : f32
                  %v3017 = arith.constant 1 : i64
                  %v3018 = arith.muli %v3017, %v727 : i64
                  %v3019 = arith.constant 5 : i64
                  %v3020 = arith.muli %v3019, %v3 : i64
                  %v3021 = arith.addi %v3018, %v3020 : i64
                  %v3022 = llvm.getelementptr %in_C_re[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3023 = llvm.load %v3022 : !llvm.ptr -> f32
                  %v3024 = arith.mulf %v3023, %v2793 fastmath<contract> : f32
                  %v3025 = arith.addf %v3016, %v3024 fastmath<contract> : f32
                  %v3026 = arith.constant 2 : i64
                  %v3027 = arith.muli %v3026, %v727 : i64
                  %v3028 = arith.constant 5 : i64
                  %v3029 = arith.muli %v3028, %v3 : i64
                  %v3030 = arith.addi %v3027, %v3029 : i64
                  %v3031 = llvm.getelementptr %in_C_re[%v3030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3032 = llvm.load %v3031 : !llvm.ptr -> f32
                  %v3033 = arith.mulf %v3032, %v2807 fastmath<contract> : f32
                  %v3034 = arith.addf %v3025, %v3033 fastmath<contract> : f32
                  %v3035 = arith.constant 3 : i64
                  %v3036 = arith.muli %v3035, %v727 : i64
                  %v3037 = arith.constant 5 : i64
                  %v3038 = arith.muli %v3037, %v3 : i64
                  %v3039 = arith.addi %v3036, %v3038 : i64
                  %v3040 = llvm.getelementptr %in_C_re[%v3039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3041 = llvm.load %v3040 : !llvm.ptr -> f32
                  %v3042 = arith.mulf %v3041, %v2821 fastmath<contract> : f32
                  %v3043 = arith.addf %v3034, %v3042 fastmath<contract> : f32
                  %v3044 = llvm.load %v161 : !llvm.ptr -> f32
                  %v3045 = arith.mulf %v3044, %v2682 fastmath<contract> : f32
                  %v3046 = arith.addf %v3043, %v3045 fastmath<contract> : f32
                  %v3047 = llvm.load %v193 : !llvm.ptr -> f32
                  %v3048 = arith.mulf %v3047, %v2698 fastmath<contract> : f32
                  %v3049 = arith.addf %v3048, %v3046 fastmath<contract> : f32
                  %v3050 = arith.mulf %v2719, %v3044 fastmath<contract> : f32
                  %v3051 = arith.mulf %v3047, %v2751 fastmath<contract> : f32
                  %v3052 = arith.addf %v3051, %v3050 fastmath<contract> : f32
                  %v3053 = arith.mulf %v2720, %v3044 fastmath<contract> : f32
                  %v3054 = arith.mulf %v3047, %v2752 fastmath<contract> : f32
                  %v3055 = arith.addf %v3054, %v3053 fastmath<contract> : f32
                  %v3056 = arith.constant 6 : i64
                  %v3057 = arith.muli %v3056, %v3 : i64
                  %v3058 = llvm.getelementptr %in_C_re[%v3057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3059 = llvm.load %v3058 : !llvm.ptr -> f32
                  %v3060 = arith.mulf %v3059, %v2780 fastmath<contract> : f32
                  %v3061 = arith.constant 1 : i64
                  %v3062 = arith.muli %v3061, %v727 : i64
                  %v3063 = arith.constant 6 : i64
                  %v3064 = arith.muli %v3063, %v3 : i64
                  %v3065 = arith.addi %v3062, %v3064 : i64
                  %v3066 = llvm.getelementptr %in_C_re[%v3065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3067 = llvm.load %v3066 : !llvm.ptr -> f32
                  %v3068 = arith.mulf %v3067, %v2793 fastmath<contract> : f32
                  %v3069 = arith.addf %v3060, %v3068 fastmath<contract> : f32
                  %v3070 = arith.constant 2 : i64
                  %v3071 = arith.muli %v3070, %v727 : i64
                  %v3072 = arith.constant 6 : i64
                  %v3073 = arith.muli %v3072, %v3 : i64
                  %v3074 = arith.addi %v3071, %v3073 : i64
                  %v3075 = llvm.getelementptr %in_C_re[%v3074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3076 = llvm.load %v3075 : !llvm.ptr -> f32
                  %v3077 = arith.mulf %v3076, %v2807 fastmath<contract> : f32
                  %v3078 = arith.addf %v3069, %v3077 fastmath<contract> : f32
                  %v3079 = arith.constant 3 : i64
                  %v3080 = arith.muli %v3079, %v727 : i64
                  %v3081 = arith.constant 6 : i64
                  %v3082 = arith.muli %v3081, %v3 : i64
                  %v3083 = arith.addi %v3080, %v3082 : i64
                  %v3084 = llvm.getelementptr %in_C_re[%v3083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3085 = llvm.load %v3084 : !llvm.ptr -> f32
                  %v3086 = arith.mulf %v3085, %v2821 fastmath<contract> : f32
                  %v3087 = arith.addf %v3078, %v3086 fastmath<contract> : f32
                  %v3088 = llvm.load %v162 : !llvm.ptr -> f32
                  %v3089 = arith.mulf %v3088, %v2683 fastmath<contract> : f32
                  %v3090 = arith.addf %v3087, %v3089 fastmath<contract> : f32
                  %v3091 = llvm.load %v194 : !llvm.ptr -> f32
                  %v3092 = arith.mulf %v3091, %v2699 fastmath<contract> : f32
                  %v3093 = arith.addf %v3092, %v3090 fastmath<contract> : f32
                  %v3094 = arith.mulf %v2721, %v3088 fastmath<contract> : f32
                  %v3095 = arith.mulf %v3091, %v2753 fastmath<contract> : f32
                  %v3096 = arith.addf %v3095, %v3094 fastmath<contract> : f32
                  %v3097 = arith.mulf %v2722, %v3088 fastmath<contract> : f32
                  %v3098 = arith.mulf %v3091, %v2754 fastmath<contract> : f32
                  %v3099 = arith.addf %v3098, %v3097 fastmath<contract> : f32
                  %v3100 = arith.constant 7 : i64
                  %v3101 = arith.muli %v3100, %v3 : i64
                  %v3102 = llvm.getelementptr %in_C_re[%v3101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3103 = llvm.load %v3102 : !llvm.ptr -> f32
                  %v3104 = arith.mulf %v3103, %v2780 fastmath<contract> : f32
                  %v3105 = arith.constant 1 : i64
                  %v3106 = arith.muli %v3105, %v727 : i64
                  %v3107 = arith.constant 7 : i64
                  %v3108 = arith.muli %v3107, %v3 : i64
                  %v3109 = arith.addi %v3106, %v3108 : i64
                  %v3110 = llvm.getelementptr %in_C_re[%v3109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3111 = llvm.load %v3110 : !llvm.ptr -> f32
                  %v3112 = arith.mulf %v3111, %v2793 fastmath<contract> : f32
                  %v3113 = arith.addf %v3104, %v3112 fastmath<contract> : f32
                  %v3114 = arith.constant 2 : i64
                  %v3115 = arith.muli %v3114, %v727 : i64
                  %v3116 = arith.constant 7 : i64
                  %v3117 = arith.muli %v3116, %v3 : i64
                  %v3118 = arith.addi %v3115, %v3117 : i64
                  %v3119 = llvm.getelementptr %in_C_re[%v3118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3120 = llvm.load %v3119 : !llvm.ptr -> f32
                  %v3121 = arith.mulf %v3120, %v2807 fastmath<contract> : f32
                  %v3122 = arith.addf %v3113, %v3121 fastmath<contract> : f32
                  %v3123 = arith.constant 3 : i64
                  %v3124 = arith.muli %v3123, %v727 : i64
                  %v3125 = arith.constant 7 : i64
                  %v3126 = arith.muli %v3125, %v3 : i64
                  %v3127 = arith.addi %v3124, %v3126 : i64
                  %v3128 = llvm.getelementptr %in_C_re[%v3127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3129 = llvm.load %v3128 : !llvm.ptr -> f32
                  %v3130 = arith.mulf %v3129, %v2821 fastmath<contract> : f32
                  %v3131 = arith.addf %v3122, %v3130 fastmath<contract> : f32
                  %v3132 = llvm.load %v163 : !llvm.ptr -> f32
                  %v3133 = arith.mulf %v3132, %v2684 fastmath<contract> : f32
                  %v3134 = arith.addf %v3131, %v3133 fastmath<contract> : f32
                  %v3135 = llvm.load %v195 : !llvm.ptr -> f32
                  %v3136 = arith.mulf %v3135, %v2700 fastmath<contract> : f32
                  %v3137 = arith.addf %v3136, %v3134 fastmath<contract> : f32
                  %v3138 = arith.mulf %v2723, %v3132 fastmath<contract> : f32
                  %v3139 = arith.mulf %v3135, %v2755 fastmath<contract> : f32
                  %v3140 = arith.addf %v3139, %v3138 fastmath<contract> : f32
                  %v3141 = arith.mulf %v2724, %v3132 fastmath<contract> : f32
                  %v3142 = arith.mulf %v3135, %v2756 fastmath<contract> : f32
                  %v3143 = arith.addf %v3142, %v3141 fastmath<contract> : f32
                  %v3144 = arith.constant 8 : i64
                  %v3145 = arith.muli %v3144, %v3 : i64
                  %v3146 = llvm.getelementptr %in_C_re[%v3145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3147 = llvm.load %v3146 : !llvm.ptr -> f32
                  %v3148 = arith.mulf %v3147, %v2780 fastmath<contract> : f32
                  %v3149 = arith.constant 1 : i64
                  %v3150 = arith.muli %v3149, %v727 : i64
                  %v3151 = arith.constant 8 : i64
                  %v3152 = arith.muli %v3151, %v3 : i64
                  %v3153 = arith.addi %v3150, %v3152 : i64
                  %v3154 = llvm.getelementptr %in_C_re[%v3153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3155 = llvm.load %v3154 : !llvm.ptr -> f32
                  %v3156 = arith.mulf %v3155, %v2793 fastmath<contract> : f32
                  %v3157 = arith.addf %v3148, %v3156 fastmath<contract> : f32
                  %v3158 = arith.constant 2 : i64
                  %v3159 = arith.muli %v3158, %v727 : i64
                  %v3160 = arith.constant 8 : i64
                  %v3161 = arith.muli %v3160, %v3 : i64
                  %v3162 = arith.addi %v3159, %v3161 : i64
                  %v3163 = llvm.getelementptr %in_C_re[%v3162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3164 = llvm.load %v3163 : !llvm.ptr -> f32
                  %v3165 = arith.mulf %v3164, %v2807 fastmath<contract> : f32
                  %v3166 = arith.addf %v3157, %v3165 fastmath<contract> : f32
                  %v3167 = arith.constant 3 : i64
                  %v3168 = arith.muli %v3167, %v727 : i64
                  %v3169 = arith.constant 8 : i64
                  %v3170 = arith.muli %v3169, %v3 : i64
                  %v3171 = arith.addi %v3168, %v3170 : i64
                  %v3172 = llvm.getelementptr %in_C_re[%v3171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3173 = llvm.load %v3172 : !llvm.ptr -> f32
                  %v3174 = arith.mulf %v3173, %v2821 fastmath<contract> : f32
                  %v3175 = arith.addf %v3166, %v3174 fastmath<contract> : f32
                  %v3176 = llvm.load %v164 : !llvm.ptr -> f32
                  %v3177 = arith.mulf %v3176, %v2685 fastmath<contract> : f32
                  %v3178 = arith.addf %v3175, %v3177 fastmath<contract> : f32
                  %v3179 = llvm.load %v196 : !llvm.ptr -> f32
                  %v3180 = arith.mulf %v3179, %v2701 fastmath<contract> : f32
                  %v3181 = arith.addf %v3180, %v3178 fastmath<contract> : f32
                  %v3182 = arith.mulf %v2725, %v3176 fastmath<contract> : f32
                  %v3183 = arith.mulf %v3179, %v2757 fastmath<contract> : f32
                  %v3184 = arith.addf %v3183, %v3182 fastmath<contract> : f32
                  %v3185 = arith.mulf %v2726, %v3176 fastmath<contract> : f32
                  %v3186 = arith.mulf %v3179, %v2758 fastmath<contract> : f32
                  %v3187 = arith.addf %v3186, %v3185 fastmath<contract> : f32
                  %v3188 = arith.constant 9 : i64
                  %v3189 = arith.muli %v3188, %v3 : i64
                  %v3190 = llvm.getelementptr %in_C_re[%v3189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3191 = llvm.load %v3190 : !llvm.ptr -> f32
                  %v3192 = arith.mulf %v3191, %v2780 fastmath<contract> : f32
                  %v3193 = arith.constant 1 : i64
                  %v3194 = arith.muli %v3193, %v727 : i64
                  %v3195 = arith.constant 9 : i64
                  %v3196 = arith.muli %v3195, %v3 : i64
                  %v3197 = arith.addi %v3194, %v3196 : i64
                  %v3198 = llvm.getelementptr %in_C_re[%v3197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3199 = llvm.load %v3198 : !llvm.ptr -> f32
                  %v3200 = arith.mulf %v3199, %v2793 fastmath<contract> : f32
                  %v3201 = arith.addf %v3192, %v3200 fastmath<contract> : f32
                  %v3202 = arith.constant 2 : i64
                  %v3203 = arith.muli %v3202, %v727 : i64
                  %v3204 = arith.constant 9 : i64
                  %v3205 = arith.muli %v3204, %v3 : i64
                  %v3206 = arith.addi %v3203, %v3205 : i64
                  %v3207 = llvm.getelementptr %in_C_re[%v3206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3208 = llvm.load %v3207 : !llvm.ptr -> f32
                  %v3209 = arith.mulf %v3208, %v2807 fastmath<contract> : f32
                  %v3210 = arith.addf %v3201, %v3209 fastmath<contract> : f32
                  %v3211 = arith.constant 3 : i64
                  %v3212 = arith.muli %v3211, %v727 : i64
                  %v3213 = arith.constant 9 : i64
                  %v3214 = arith.muli %v3213, %v3 : i64
                  %v3215 = arith.addi %v3212, %v3214 : i64
                  %v3216 = llvm.getelementptr %in_C_re[%v3215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3217 = llvm.load %v3216 : !llvm.ptr -> f32
                  %v3218 = arith.mulf %v3217, %v2821 fastmath<contract> : f32
                  %v3219 = arith.addf %v3210, %v3218 fastmath<contract> : f32
                  %v3220 = llvm.load %v165 : !llvm.ptr -> f32
                  %v3221 = arith.mulf %v3220, %v2686 fastmath<contract> : f32
                  %v3222 = arith.addf %v3219, %v3221 fastmath<contract> : f32
                  %v3223 = llvm.load %v197 : !llvm.ptr -> f32
                  %v3224 = arith.mulf %v3223, %v2702 fastmath<contract> : f32
                  %v3225 = arith.addf %v3224, %v3222 fastmath<contract> : f32
                  %v3226 = arith.mulf %v2727, %v3220 fastmath<contract> : f32
                  %v3227 = arith.mulf %v3223, %v2759 fastmath<contract> : f32
                  %v3228 = arith.addf %v3227, %v3226 fastmath<contract> : f32
                  %v3229 = arith.mulf %v2728, %v3220 fastmath<contract> : f32
                  %v3230 = arith.mulf %v3223, %v2760 fastmath<contract> : f32
                  %v3231 = arith.addf %v3230, %v3229 fastmath<contract> : f32
                  %v3232 = arith.constant 10 : i64
                  %v3233 = arith.muli %v3232, %v3 : i64
                  %v3234 = llvm.getelementptr %in_C_re[%v3233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3235 = llvm.load %v3234 : !llvm.ptr -> f32
                  %v3236 = arith.mulf %v3235, %v2780 fastmath<contract> : f32
                  %v3237 = arith.constant 1 : i64
                  %v3238 = arith.muli %v3237, %v727 : i64
                  %v3239 = arith.constant 10 : i64
                  %v3240 = arith.muli %v3239, %v3 : i64
                  %v3241 = arith.addi %v3238, %v3240 : i64
                  %v3242 = llvm.getelementptr %in_C_re[%v3241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3243 = llvm.load %v3242 : !llvm.ptr -> f32
                  %v3244 = arith.mulf %v3243, %v2793 fastmath<contract> : f32
                  %v3245 = arith.addf %v3236, %v3244 fastmath<contract> : f32
                  %v3246 = arith.constant 2 : i64
                  %v3247 = arith.muli %v3246, %v727 : i64
                  %v3248 = arith.constant 10 : i64
                  %v3249 = arith.muli %v3248, %v3 : i64
                  %v3250 = arith.addi %v3247, %v3249 : i64
                  %v3251 = llvm.getelementptr %in_C_re[%v3250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3252 = llvm.load %v3251 : !llvm.ptr -> f32
                  %v3253 = arith.mulf %v3252, %v2807 fastmath<contract> : f32
                  %v3254 = arith.addf %v3245, %v3253 fastmath<contract> : f32
                  %v3255 = arith.constant 3 : i64
                  %v3256 = arith.muli %v3255, %v727 : i64
                  %v3257 = arith.constant 10 : i64
                  %v3258 = arith.muli %v3257, %v3 : i64
                  %v3259 = arith.addi %v3256, %v3258 : i64
                  %v3260 = llvm.getelementptr %in_C_re[%v3259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3261 = llvm.load %v3260 : !llvm.ptr -> f32
                  %v3262 = arith.mulf %v3261, %v2821 fastmath<contract> : f32
                  %v3263 = arith.addf %v3254, %v3262 fastmath<contract> : f32
                  %v3264 = llvm.load %v166 : !llvm.ptr -> f32
                  %v3265 = arith.mulf %v3264, %v2687 fastmath<contract> : f32
                  %v3266 = arith.addf %v3263, %v3265 fastmath<contract> : f32
                  %v3267 = llvm.load %v198 : !llvm.ptr -> f32
                  %v3268 = arith.mulf %v3267, %v2703 fastmath<contract> : f32
                  %v3269 = arith.addf %v3268, %v3266 fastmath<contract> : f32
                  %v3270 = arith.mulf %v2729, %v3264 fastmath<contract> : f32
                  %v3271 = arith.mulf %v3267, %v2761 fastmath<contract> : f32
                  %v3272 = arith.addf %v3271, %v3270 fastmath<contract> : f32
                  %v3273 = arith.mulf %v2730, %v3264 fastmath<contract> : f32
                  %v3274 = arith.mulf %v3267, %v2762 fastmath<contract> : f32
                  %v3275 = arith.addf %v3274, %v3273 fastmath<contract> : f32
                  %v3276 = arith.constant 11 : i64
                  %v3277 = arith.muli %v3276, %v3 : i64
                  %v3278 = llvm.getelementptr %in_C_re[%v3277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3279 = llvm.load %v3278 : !llvm.ptr -> f32
                  %v3280 = arith.mulf %v3279, %v2780 fastmath<contract> : f32
                  %v3281 = arith.constant 1 : i64
                  %v3282 = arith.muli %v3281, %v727 : i64
                  %v3283 = arith.constant 11 : i64
                  %v3284 = arith.muli %v3283, %v3 : i64
                  %v3285 = arith.addi %v3282, %v3284 : i64
                  %v3286 = llvm.getelementptr %in_C_re[%v3285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3287 = llvm.load %v3286 : !llvm.ptr -> f32
                  %v3288 = arith.mulf %v3287, %v2793 fastmath<contract> : f32
                  %v3289 = arith.addf %v3280, %v3288 fastmath<contract> : f32
                  %v3290 = arith.constant 2 : i64
                  %v3291 = arith.muli %v3290, %v727 : i64
                  %v3292 = arith.constant 11 : i64
                  %v3293 = arith.muli %v3292, %v3 : i64
                  %v3294 = arith.addi %v3291, %v3293 : i64
                  %v3295 = llvm.getelementptr %in_C_re[%v3294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3296 = llvm.load %v3295 : !llvm.ptr -> f32
                  %v3297 = arith.mulf %v3296, %v2807 fastmath<contract> : f32
                  %v3298 = arith.addf %v3289, %v3297 fastmath<contract> : f32
                  %v3299 = arith.constant 3 : i64
                  %v3300 = arith.muli %v3299, %v727 : i64
                  %v3301 = arith.constant 11 : i64
                  %v3302 = arith.muli %v3301, %v3 : i64
                  %v3303 = arith.addi %v3300, %v3302 : i64
                  %v3304 = llvm.getelementptr %in_C_re[%v3303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3305 = llvm.load %v3304 : !llvm.ptr -> f32
                  %v3306 = arith.mulf %v3305, %v2821 fastmath<contract> : f32
                  %v3307 = arith.addf %v3298, %v3306 fastmath<contract> : f32
                  %v3308 = llvm.load %v167 : !llvm.ptr -> f32
                  %v3309 = arith.mulf %v3308, %v2688 fastmath<contract> : f32
                  %v3310 = arith.addf %v3307, %v3309 fastmath<contract> : f32
                  %v3311 = llvm.load %v199 : !llvm.ptr -> f32
                  %v3312 = arith.mulf %v3311, %v2704 fastmath<contract> : f32
                  %v3313 = arith.addf %v3312, %v3310 fastmath<contract> : f32
                  %v3314 = arith.mulf %v2731, %v3308 fastmath<contract> : f32
                  %v3315 = arith.mulf %v3311, %v2763 fastmath<contract> : f32
                  %v3316 = arith.addf %v3315, %v3314 fastmath<contract> : f32
                  %v3317 = arith.mulf %v2732, %v3308 fastmath<contract> : f32
                  %v3318 = arith.mulf %v3311, %v2764 fastmath<contract> : f32
                  %v3319 = arith.addf %v3318, %v3317 fastmath<contract> : f32
                  %v3320 = arith.constant 12 : i64
                  %v3321 = arith.muli %v3320, %v3 : i64
                  %v3322 = llvm.getelementptr %in_C_re[%v3321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3323 = llvm.load %v3322 : !llvm.ptr -> f32
                  %v3324 = arith.mulf %v3323, %v2780 fastmath<contract> : f32
                  %v3325 = arith.constant 1 : i64
                  %v3326 = arith.muli %v3325, %v727 : i64
                  %v3327 = arith.constant 12 : i64
                  %v3328 = arith.muli %v3327, %v3 : i64
                  %v3329 = arith.addi %v3326, %v3328 : i64
                  %v3330 = llvm.getelementptr %in_C_re[%v3329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3331 = llvm.load %v3330 : !llvm.ptr -> f32
                  %v3332 = arith.mulf %v3331, %v2793 fastmath<contract> : f32
                  %v3333 = arith.addf %v3324, %v3332 fastmath<contract> : f32
                  %v3334 = arith.constant 2 : i64
                  %v3335 = arith.muli %v3334, %v727 : i64
                  %v3336 = arith.constant 12 : i64
                  %v3337 = arith.muli %v3336, %v3 : i64
                  %v3338 = arith.addi %v3335, %v3337 : i64
                  %v3339 = llvm.getelementptr %in_C_re[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3340 = llvm.load %v3339 : !llvm.ptr -> f32
                  %v3341 = arith.mulf %v3340, %v2807 fastmath<contract> : f32
                  %v3342 = arith.addf %v3333, %v3341 fastmath<contract> : f32
                  %v3343 = arith.constant 3 : i64
                  %v3344 = arith.muli %v3343, %v727 : i64
                  %v3345 = arith.constant 12 : i64
                  %v3346 = arith.muli %v3345, %v3 : i64
                  %v3347 = arith.addi %v3344, %v3346 : i64
                  %v3348 = llvm.getelementptr %in_C_re[%v3347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3349 = llvm.load %v3348 : !llvm.ptr -> f32
                  %v3350 = arith.mulf %v3349, %v2821 fastmath<contract> : f32
                  %v3351 = arith.addf %v3342, %v3350 fastmath<contract> : f32
                  %v3352 = llvm.load %v168 : !llvm.ptr -> f32
                  %v3353 = arith.mulf %v3352, %v2689 fastmath<contract> : f32
                  %v3354 = arith.addf %v3351, %v3353 fastmath<contract> : f32
                  %v3355 = llvm.load %v200 : !llvm.ptr -> f32
                  %v3356 = arith.mulf %v3355, %v2705 fastmath<contract> : f32
                  %v3357 = arith.addf %v3356, %v3354 fastmath<contract> : f32
                  %v3358 = arith.mulf %v2733, %v3352 fastmath<contract> : f32
                  %v3359 = arith.mulf %v3355, %v2765 fastmath<contract> : f32
                  %v3360 = arith.addf %v3359, %v3358 fastmath<contract> : f32
                  %v3361 = arith.mulf %v2734, %v3352 fastmath<contract> : f32
                  %v3362 = arith.mulf %v3355, %v2766 fastmath<contract> : f32
                  %v3363 = arith.addf %v3362, %v3361 fastmath<contract> : f32
                  %v3364 = arith.constant 13 : i64
                  %v3365 = arith.muli %v3364, %v3 : i64
                  %v3366 = llvm.getelementptr %in_C_re[%v3365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3367 = llvm.load %v3366 : !llvm.ptr -> f32
                  %v3368 = arith.mulf %v3367, %v2780 fastmath<contract> : f32
                  %v3369 = arith.constant 1 : i64
                  %v3370 = arith.muli %v3369, %v727 : i64
                  %v3371 = arith.constant 13 : i64
                  %v3372 = arith.muli %v3371, %v3 : i64
                  %v3373 = arith.addi %v3370, %v3372 : i64
                  %v3374 = llvm.getelementptr %in_C_re[%v3373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3375 = llvm.load %v3374 : !llvm.ptr -> f32
                  %v3376 = arith.mulf %v3375, %v2793 fastmath<contract> : f32
                  %v3377 = arith.addf %v3368, %v3376 fastmath<contract> : f32
                  %v3378 = arith.constant 2 : i64
                  %v3379 = arith.muli %v3378, %v727 : i64
                  %v3380 = arith.constant 13 : i64
                  %v3381 = arith.muli %v3380, %v3 : i64
                  %v3382 = arith.addi %v3379, %v3381 : i64
                  %v3383 = llvm.getelementptr %in_C_re[%v3382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3384 = llvm.load %v3383 : !llvm.ptr -> f32
                  %v3385 = arith.mulf %v3384, %v2807 fastmath<contract> : f32
                  %v3386 = arith.addf %v3377, %v3385 fastmath<contract> : f32
                  %v3387 = arith.constant 3 : i64
                  %v3388 = arith.muli %v3387, %v727 : i64
                  %v3389 = arith.constant 13 : i64
                  %v3390 = arith.muli %v3389, %v3 : i64
                  %v3391 = arith.addi %v3388, %v3390 : i64
                  %v3392 = llvm.getelementptr %in_C_re[%v3391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3393 = llvm.load %v3392 : !llvm.ptr -> f32
                  %v3394 = arith.mulf %v3393, %v2821 fastmath<contract> : f32
                  %v3395 = arith.addf %v3386, %v3394 fastmath<contract> : f32
                  %v3396 = llvm.load %v169 : !llvm.ptr -> f32
                  %v3397 = arith.mulf %v3396, %v2690 fastmath<contract> : f32
                  %v3398 = arith.addf %v3395, %v3397 fastmath<contract> : f32
                  %v3399 = llvm.load %v201 : !llvm.ptr -> f32
                  %v3400 = arith.mulf %v3399, %v2706 fastmath<contract> : f32
                  %v3401 = arith.addf %v3400, %v3398 fastmath<contract> : f32
                  %v3402 = arith.mulf %v2735, %v3396 fastmath<contract> : f32
                  %v3403 = arith.mulf %v3399, %v2767 fastmath<contract> : f32
                  %v3404 = arith.addf %v3403, %v3402 fastmath<contract> : f32
                  %v3405 = arith.mulf %v2736, %v3396 fastmath<contract> : f32
                  %v3406 = arith.mulf %v3399, %v2768 fastmath<contract> : f32
                  %v3407 = arith.addf %v3406, %v3405 fastmath<contract> : f32
                  %v3408 = arith.constant 14 : i64
                  %v3409 = arith.muli %v3408, %v3 : i64
                  %v3410 = llvm.getelementptr %in_C_re[%v3409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3411 = llvm.load %v3410 : !llvm.ptr -> f32
                  %v3412 = arith.mulf %v3411, %v2780 fastmath<contract> : f32
                  %v3413 = arith.constant 1 : i64
                  %v3414 = arith.muli %v3413, %v727 : i64
                  %v3415 = arith.constant 14 : i64
                  %v3416 = arith.muli %v3415, %v3 : i64
                  %v3417 = arith.addi %v3414, %v3416 : i64
                  %v3418 = llvm.getelementptr %in_C_re[%v3417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3419 = llvm.load %v3418 : !llvm.ptr -> f32
                  %v3420 = arith.mulf %v3419, %v2793 fastmath<contract> : f32
                  %v3421 = arith.addf %v3412, %v3420 fastmath<contract> : f32
                  %v3422 = arith.constant 2 : i64
                  %v3423 = arith.muli %v3422, %v727 : i64
                  %v3424 = arith.constant 14 : i64
                  %v3425 = arith.muli %v3424, %v3 : i64
                  %v3426 = arith.addi %v3423, %v3425 : i64
                  %v3427 = llvm.getelementptr %in_C_re[%v3426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3428 = llvm.load %v3427 : !llvm.ptr -> f32
                  %v3429 = arith.mulf %v3428, %v2807 fastmath<contract> : f32
                  %v3430 = arith.addf %v3421, %v3429 fastmath<contract> : f32
                  %v3431 = arith.constant 3 : i64
                  %v3432 = arith.muli %v3431, %v727 : i64
                  %v3433 = arith.constant 14 : i64
                  %v3434 = arith.muli %v3433, %v3 : i64
                  %v3435 = arith.addi %v3432, %v3434 : i64
                  %v3436 = llvm.getelementptr %in_C_re[%v3435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3437 = llvm.load %v3436 : !llvm.ptr -> f32
                  %v3438 = arith.mulf %v3437, %v2821 fastmath<contract> : f32
                  %v3439 = arith.addf %v3430, %v3438 fastmath<contract> : f32
                  %v3440 = llvm.load %v170 : !llvm.ptr -> f32
                  %v3441 = arith.mulf %v3440, %v2691 fastmath<contract> : f32
                  %v3442 = arith.addf %v3439, %v3441 fastmath<contract> : f32
                  %v3443 = llvm.load %v202 : !llvm.ptr -> f32
                  %v3444 = arith.mulf %v3443, %v2707 fastmath<contract> : f32
                  %v3445 = arith.addf %v3444, %v3442 fastmath<contract> : f32
                  %v3446 = arith.mulf %v2737, %v3440 fastmath<contract> : f32
                  %v3447 = arith.mulf %v3443, %v2769 fastmath<contract> : f32
                  %v3448 = arith.addf %v3447, %v3446 fastmath<contract> : f32
                  %v3449 = arith.mulf %v2738, %v3440 fastmath<contract> : f32
                  %v3450 = arith.mulf %v3443, %v2770 fastmath<contract> : f32
                  %v3451 = arith.addf %v3450, %v3449 fastmath<contract> : f32
                  %v3452 = arith.constant 15 : i64
                  %v3453 = arith.muli %v3452, %v3 : i64
                  %v3454 = llvm.getelementptr %in_C_re[%v3453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3455 = llvm.load %v3454 : !llvm.ptr -> f32
                  %v3456 = arith.mulf %v3455, %v2780 fastmath<contract> : f32
                  %v3457 = arith.constant 1 : i64
                  %v3458 = arith.muli %v3457, %v727 : i64
                  %v3459 = arith.constant 15 : i64
                  %v3460 = arith.muli %v3459, %v3 : i64
                  %v3461 = arith.addi %v3458, %v3460 : i64
                  %v3462 = llvm.getelementptr %in_C_re[%v3461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3463 = llvm.load %v3462 : !llvm.ptr -> f32
                  %v3464 = arith.mulf %v3463, %v2793 fastmath<contract> : f32
                  %v3465 = arith.addf %v3456, %v3464 fastmath<contract> : f32
                  %v3466 = arith.constant 2 : i64
                  %v3467 = arith.muli %v3466, %v727 : i64
                  %v3468 = arith.constant 15 : i64
                  %v3469 = arith.muli %v3468, %v3 : i64
                  %v3470 = arith.addi %v3467, %v3469 : i64
                  %v3471 = llvm.getelementptr %in_C_re[%v3470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3472 = llvm.load %v3471 : !llvm.ptr -> f32
                  %v3473 = arith.mulf %v3472, %v2807 fastmath<contract> : f32
                  %v3474 = arith.addf %v3465, %v3473 fastmath<contract> : f32
                  %v3475 = arith.constant 3 : i64
                  %v3476 = arith.muli %v3475, %v727 : i64
                  %v3477 = arith.constant 15 : i64
                  %v3478 = arith.muli %v3477, %v3 : i64
                  %v3479 = arith.addi %v3476, %v3478 : i64
                  %v3480 = llvm.getelementptr %in_C_re[%v3479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3481 = llvm.load %v3480 : !llvm.ptr -> f32
                  %v3482 = arith.mulf %v3481, %v2821 fastmath<contract> : f32
                  %v3483 = arith.addf %v3474, %v3482 fastmath<contract> : f32
                  %v3484 = llvm.load %v171 : !llvm.ptr -> f32
                  %v3485 = arith.mulf %v3484, %v2692 fastmath<contract> : f32
                  %v3486 = arith.addf %v3483, %v3485 fastmath<contract> : f32
                  %v3487 = llvm.load %v203 : !llvm.ptr -> f32
                  %v3488 = arith.mulf %v3487, %v2708 fastmath<contract> : f32
                  %v3489 = arith.addf %v3488, %v3486 fastmath<contract> : f32
                  %v3490 = arith.mulf %v2739, %v3484 fastmath<contract> : f32
                  %v3491 = arith.mulf %v3487, %v2771 fastmath<contract> : f32
                  %v3492 = arith.addf %v3491, %v3490 fastmath<contract> : f32
                  %v3493 = arith.mulf %v2740, %v3484 fastmath<contract> : f32
                  %v3494 = arith.mulf %v3487, %v2772 fastmath<contract> : f32
                  %v3495 = arith.addf %v3494, %v3493 fastmath<contract> : f32
                  %v3496 = arith.constant 0 : i64
                  %v3497 = llvm.getelementptr %in_C_im[%v3496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3498 = llvm.load %v3497 : !llvm.ptr -> f32
                  %v3499 = arith.negf %v2780 : f32
                  %v3500 = arith.mulf %v3498, %v3499 fastmath<contract> : f32
                  %v3501 = arith.constant 1 : i64
                  %v3502 = arith.muli %v3501, %v727 : i64
                  %v3503 = llvm.getelementptr %in_C_im[%v3502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3504 = llvm.load %v3503 : !llvm.ptr -> f32
                  %v3505 = arith.negf %v2793 : f32
                  %v3506 = arith.mulf %v3504, %v3505 fastmath<contract> : f32
                  %v3507 = arith.addf %v3500, %v3506 fastmath<contract> : f32
                  %v3508 = arith.constant 2 : i64
                  %v3509 = arith.muli %v3508, %v727 : i64
                  %v3510 = llvm.getelementptr %in_C_im[%v3509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3511 = llvm.load %v3510 : !llvm.ptr -> f32
                  %v3512 = arith.negf %v2807 : f32
                  %v3513 = arith.mulf %v3511, %v3512 fastmath<contract> : f32
                  %v3514 = arith.addf %v3507, %v3513 fastmath<contract> : f32
                  %v3515 = arith.constant 3 : i64
                  %v3516 = arith.muli %v3515, %v727 : i64
                  %v3517 = llvm.getelementptr %in_C_im[%v3516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3518 = llvm.load %v3517 : !llvm.ptr -> f32
                  %v3519 = arith.negf %v2821 : f32
                  %v3520 = arith.mulf %v3518, %v3519 fastmath<contract> : f32
                  %v3521 = arith.addf %v3514, %v3520 fastmath<contract> : f32
                  %v3522 = llvm.load %v172 : !llvm.ptr -> f32
                  %v3523 = arith.mulf %v3522, %v2693 fastmath<contract> : f32
                  %v3524 = arith.addf %v3521, %v3523 fastmath<contract> : f32
                  %v3525 = llvm.load %v204 : !llvm.ptr -> f32
                  %v3526 = arith.mulf %v3525, %v2677 fastmath<contract> : f32
                  %v3527 = arith.addf %v3526, %v3524 fastmath<contract> : f32
                  %v3528 = arith.mulf %v2741, %v3522 fastmath<contract> : f32
                  %v3529 = arith.mulf %v3525, %v2709 fastmath<contract> : f32
                  %v3530 = arith.addf %v3529, %v3528 fastmath<contract> : f32
                  %v3531 = arith.mulf %v2742, %v3522 fastmath<contract> : f32
                  %v3532 = arith.mulf %v3525, %v2710 fastmath<contract> : f32
                  %v3533 = arith.addf %v3532, %v3531 fastmath<contract> : f32
                  %v3534 = arith.constant 1 : i64
                  %v3535 = arith.muli %v3534, %v3 : i64
                  %v3536 = llvm.getelementptr %in_C_im[%v3535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3537 = llvm.load %v3536 : !llvm.ptr -> f32
                  %v3538 = arith.mulf %v3537, %v3499 fastmath<contract> : f32
                  %v3539 = arith.constant 1 : i64
                  %v3540 = arith.muli %v3539, %v727 : i64
                  %v3541 = arith.constant 1 : i64
                  %v3542 = arith.muli %v3541, %v3 : i64
                  %v3543 = arith.addi %v3540, %v3542 : i64
                  %v3544 = llvm.getelementptr %in_C_im[%v3543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3545 = llvm.load %v3544 : !llvm.ptr -> f32
                  %v3546 = arith.mulf %v3545, %v3505 fastmath<contract> : f32
                  %v3547 = arith.addf %v3538, %v3546 fastmath<contract> : f32
                  %v3548 = arith.constant 2 : i64
                  %v3549 = arith.muli %v3548, %v727 : i64
                  %v3550 = arith.constant 1 : i64
                  %v3551 = arith.muli %v3550, %v3 : i64
                  %v3552 = arith.addi %v3549, %v3551 : i64
                  %v3553 = llvm.getelementptr %in_C_im[%v3552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3554 = llvm.load %v3553 : !llvm.ptr -> f32
                  %v3555 = arith.mulf %v3554, %v3512 fastmath<contract> : f32
                  %v3556 = arith.addf %v3547, %v3555 fastmath<contract> : f32
                  %v3557 = arith.constant 3 : i64
                  %v3558 = arith.muli %v3557, %v727 : i64
                  %v3559 = arith.constant 1 : i64
                  %v3560 = arith.muli %v3559, %v3 : i64
                  %v3561 = arith.addi %v3558, %v3560 : i64
                  %v3562 = llvm.getelementptr %in_C_im[%v3561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3563 = llvm.load %v3562 : !llvm.ptr -> f32
                  %v3564 = arith.mulf %v3563, %v3519 fastmath<contract> : f32
                  %v3565 = arith.addf %v3556, %v3564 fastmath<contract> : f32
                  %v3566 = llvm.load %v173 : !llvm.ptr -> f32
                  %v3567 = arith.mulf %v3566, %v2694 fastmath<contract> : f32
                  %v3568 = arith.addf %v3565, %v3567 fastmath<contract> : f32
                  %v3569 = llvm.load %v205 : !llvm.ptr -> f32
                  %v3570 = arith.mulf %v3569, %v2678 fastmath<contract> : f32
                  %v3571 = arith.addf %v3570, %v3568 fastmath<contract> : f32
                  %v3572 = arith.mulf %v2743, %v3566 fastmath<contract> : f32
                  %v3573 = arith.mulf %v3569, %v2711 fastmath<contract> : f32
                  %v3574 = arith.addf %v3573, %v3572 fastmath<contract> : f32
                  %v3575 = arith.mulf %v2744, %v3566 fastmath<contract> : f32
                  %v3576 = arith.mulf %v3569, %v2712 fastmath<contract> : f32
                  %v3577 = arith.addf %v3576, %v3575 fastmath<contract> : f32
                  %v3578 = arith.constant 2 : i64
                  %v3579 = arith.muli %v3578, %v3 : i64
                  %v3580 = llvm.getelementptr %in_C_im[%v3579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3581 = llvm.load %v3580 : !llvm.ptr -> f32
                  %v3582 = arith.mulf %v3581, %v3499 fastmath<contract> : f32
                  %v3583 = arith.constant 1 : i64
                  %v3584 = arith.muli %v3583, %v727 : i64
                  %v3585 = arith.constant 2 : i64
                  %v3586 = arith.muli %v3585, %v3 : i64
                  %v3587 = arith.addi %v3584, %v3586 : i64
                  %v3588 = llvm.getelementptr %in_C_im[%v3587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3589 = llvm.load %v3588 : !llvm.ptr -> f32
                  %v3590 = arith.mulf %v3589, %v3505 fastmath<contract> : f32
                  %v3591 = arith.addf %v3582, %v3590 fastmath<contract> : f32
                  %v3592 = arith.constant 2 : i64
                  %v3593 = arith.muli %v3592, %v727 : i64
                  %v3594 = arith.constant 2 : i64
                  %v3595 = arith.muli %v3594, %v3 : i64
                  %v3596 = arith.addi %v3593, %v3595 : i64
                  %v3597 = llvm.getelementptr %in_C_im[%v3596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3598 = llvm.load %v3597 : !llvm.ptr -> f32
                  %v3599 = arith.mulf %v3598, %v3512 fastmath<contract> : f32
                  %v3600 = arith.addf %v3591, %v3599 fastmath<contract> : f32
                  %v3601 = arith.constant 3 : i64
                  %v3602 = arith.muli %v3601, %v727 : i64
                  %v3603 = arith.constant 2 : i64
                  %v3604 = arith.muli %v3603, %v3 : i64
                  %v3605 = arith.addi %v3602, %v3604 : i64
                  %v3606 = llvm.getelementptr %in_C_im[%v3605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3607 = llvm.load %v3606 : !llvm.ptr -> f32
                  %v3608 = arith.mulf %v3607, %v3519 fastmath<contract> : f32
                  %v3609 = arith.addf %v3600, %v3608 fastmath<contract> : f32
                  %v3610 = llvm.load %v174 : !llvm.ptr -> f32
                  %v3611 = arith.mulf %v3610, %v2695 fastmath<contract> : f32
                  %v3612 = arith.addf %v3609, %v3611 fastmath<contract> : f32
                  %v3613 = llvm.load %v206 : !llvm.ptr -> f32
                  %v3614 = arith.mulf %v3613, %v2679 fastmath<contract> : f32
                  %v3615 = arith.addf %v3614, %v3612 fastmath<contract> : f32
                  %v3616 = arith.mulf %v2745, %v3610 fastmath<contract> : f32
                  %v3617 = arith.mulf %v3613, %v2713 fastmath<contract> : f32
                  %v3618 = arith.addf %v3617, %v3616 fastmath<contract> : f32
                  %v3619 = arith.mulf %v2746, %v3610 fastmath<contract> : f32
                  %v3620 = arith.mulf %v3613, %v2714 fastmath<contract> : f32
                  %v3621 = arith.addf %v3620, %v3619 fastmath<contract> : f32
                  %v3622 = arith.constant 3 : i64
                  %v3623 = arith.muli %v3622, %v3 : i64
                  %v3624 = llvm.getelementptr %in_C_im[%v3623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3625 = llvm.load %v3624 : !llvm.ptr -> f32
                  %v3626 = arith.mulf %v3625, %v3499 fastmath<contract> : f32
                  %v3627 = arith.constant 1 : i64
                  %v3628 = arith.muli %v3627, %v727 : i64
                  %v3629 = arith.constant 3 : i64
                  %v3630 = arith.muli %v3629, %v3 : i64
                  %v3631 = arith.addi %v3628, %v3630 : i64
                  %v3632 = llvm.getelementptr %in_C_im[%v3631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3633 = llvm.load %v3632 : !llvm.ptr -> f32
                  %v3634 = arith.mulf %v3633, %v3505 fastmath<contract> : f32
                  %v3635 = arith.addf %v3626, %v3634 fastmath<contract> : f32
                  %v3636 = arith.constant 2 : i64
                  %v3637 = arith.muli %v3636, %v727 : i64
                  %v3638 = arith.constant 3 : i64
                  %v3639 = arith.muli %v3638, %v3 : i64
                  %v3640 = arith.addi %v3637, %v3639 : i64
                  %v3641 = llvm.getelementptr %in_C_im[%v3640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3642 = llvm.load %v3641 : !llvm.ptr -> f32
                  %v3643 = arith.mulf %v3642, %v3512 fastmath<contract> : f32
                  %v3644 = arith.addf %v3635, %v3643 fastmath<contract> : f32
                  %v3645 = arith.constant 3 : i64
                  %v3646 = arith.muli %v3645, %v727 : i64
                  %v3647 = arith.constant 3 : i64
                  %v3648 = arith.muli %v3647, %v3 : i64
                  %v3649 = arith.addi %v3646, %v3648 : i64
                  %v3650 = llvm.getelementptr %in_C_im[%v3649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3651 = llvm.load %v3650 : !llvm.ptr -> f32
                  %v3652 = arith.mulf %v3651, %v3519 fastmath<contract> : f32
                  %v3653 = arith.addf %v3644, %v3652 fastmath<contract> : f32
                  %v3654 = llvm.load %v175 : !llvm.ptr -> f32
                  %v3655 = arith.mulf %v3654, %v2696 fastmath<contract> : f32
                  %v3656 = arith.addf %v3653, %v3655 fastmath<contract> : f32
                  %v3657 = llvm.load %v207 : !llvm.ptr -> f32
                  %v3658 = arith.mulf %v3657, %v2680 fastmath<contract> : f32
                  %v3659 = arith.addf %v3658, %v3656 fastmath<contract> : f32
                  %v3660 = arith.mulf %v2747, %v3654 fastmath<contract> : f32
                  %v3661 = arith.mulf %v3657, %v2715 fastmath<contract> : f32
                  %v3662 = arith.addf %v3661, %v3660 fastmath<contract> : f32
                  %v3663 = arith.mulf %v2748, %v3654 fastmath<contract> : f32
                  %v3664 = arith.mulf %v3657, %v2716 fastmath<contract> : f32
                  %v3665 = arith.addf %v3664, %v3663 fastmath<contract> : f32
                  %v3666 = arith.constant 4 : i64
                  %v3667 = arith.muli %v3666, %v3 : i64
                  %v3668 = llvm.getelementptr %in_C_im[%v3667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3669 = llvm.load %v3668 : !llvm.ptr -> f32
                  %v3670 = arith.mulf %v3669, %v3499 fastmath<contract> : f32
                  %v3671 = arith.constant 1 : i64
                  %v3672 = arith.muli %v3671, %v727 : i64
                  %v3673 = arith.constant 4 : i64
                  %v3674 = arith.muli %v3673, %v3 : i64
                  %v3675 = arith.addi %v3672, %v3674 : i64
                  %v3676 = llvm.getelementptr %in_C_im[%v3675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3677 = llvm.load %v3676 : !llvm.ptr -> f32
                  %v3678 = arith.mulf %v3677, %v3505 fastmath<contract> : f32
                  %v3679 = arith.addf %v3670, %v3678 fastmath<contract> : f32
                  %v3680 = arith.constant 2 : i64
                  %v3681 = arith.muli %v3680, %v727 : i64
                  %v3682 = arith.constant 4 : i64
                  %v3683 = arith.muli %v3682, %v3 : i64
                  %v3684 = arith.addi %v3681, %v3683 : i64
                  %v3685 = llvm.getelementptr %in_C_im[%v3684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3686 = llvm.load %v3685 : !llvm.ptr -> f32
                  %v3687 = arith.mulf %v3686, %v3512 fastmath<contract> : f32
                  %v3688 = arith.addf %v3679, %v3687 fastmath<contract> : f32
                  %v3689 = arith.constant 3 : i64
                  %v3690 = arith.muli %v3689, %v727 : i64
                  %v3691 = arith.constant 4 : i64
                  %v3692 = arith.muli %v3691, %v3 : i64
                  %v3693 = arith.addi %v3690, %v3692 : i64
                  %v3694 = llvm.getelementptr %in_C_im[%v3693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3695 = llvm.load %v3694 : !llvm.ptr -> f32
                  %v3696 = arith.mulf %v3695, %v3519 fastmath<contract> : f32
                  %v3697 = arith.addf %v3688, %v3696 fastmath<contract> : f32
                  %v3698 = llvm.load %v176 : !llvm.ptr -> f32
                  %v3699 = arith.mulf %v3698, %v2697 fastmath<contract> : f32
                  %v3700 = arith.addf %v3697, %v3699 fastmath<contract> : f32
                  %v3701 = llvm.load %v208 : !llvm.ptr -> f32
                  %v3702 = arith.mulf %v3701, %v2681 fastmath<contract> : f32
                  %v3703 = arith.addf %v3702, %v3700 fastmath<contract> : f32
                  %v3704 = arith.mulf %v2749, %v3698 fastmath<contract> : f32
                  %v3705 = arith.mulf %v3701, %v2717 fastmath<contract> : f32
                  %v3706 = arith.addf %v3705, %v3704 fastmath<contract> : f32
                  %v3707 = arith.mulf %v2750, %v3698 fastmath<contract> : f32
                  %v3708 = arith.mulf %v3701, %v2718 fastmath<contract> : f32
                  %v3709 = arith.addf %v3708, %v3707 fastmath<contract> : f32
                  %v3710 = arith.constant 5 : i64
                  %v3711 = arith.muli %v3710, %v3 : i64
                  %v3712 = llvm.getelementptr %in_C_im[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3713 = llvm.load %v3712 : !llvm.ptr -> f32
                  %v3714 = arith.mulf %v3713, %v3499 fastmath<contract> : f32
                  %v3715 = arith.constant 1 : i64
                  %v3716 = arith.muli %v3715, %v727 : i64
                  %v3717 = arith.constant 5 : i64
                  %v3718 = arith.muli %v3717, %v3 : i64
                  %v3719 = arith.addi %v3716, %v3718 : i64
                  %v3720 = llvm.getelementptr %in_C_im[%v3719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3721 = llvm.load %v3720 : !llvm.ptr -> f32
                  %v3722 = arith.mulf %v3721, %v3505 fastmath<contract> : f32
                  %v3723 = arith.addf %v3714, %v3722 fastmath<contract> : f32
                  %v3724 = arith.constant 2 : i64
                  %v3725 = arith.muli %v3724, %v727 : i64
                  %v3726 = arith.constant 5 : i64
                  %v3727 = arith.muli %v3726, %v3 : i64
                  %v3728 = arith.addi %v3725, %v3727 : i64
                  %v3729 = llvm.getelementptr %in_C_im[%v3728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3730 = llvm.load %v3729 : !llvm.ptr -> f32
                  %v3731 = arith.mulf %v3730, %v3512 fastmath<contract> : f32
                  %v3732 = arith.addf %v3723, %v3731 fastmath<contract> : f32
                  %v3733 = arith.constant 3 : i64
                  %v3734 = arith.muli %v3733, %v727 : i64
                  %v3735 = arith.constant 5 : i64
                  %v3736 = arith.muli %v3735, %v3 : i64
                  %v3737 = arith.addi %v3734, %v3736 : i64
                  %v3738 = llvm.getelementptr %in_C_im[%v3737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3739 = llvm.load %v3738 : !llvm.ptr -> f32
                  %v3740 = arith.mulf %v3739, %v3519 fastmath<contract> : f32
                  %v3741 = arith.addf %v3732, %v3740 fastmath<contract> : f32
                  %v3742 = llvm.load %v177 : !llvm.ptr -> f32
                  %v3743 = arith.mulf %v3742, %v2698 fastmath<contract> : f32
                  %v3744 = arith.addf %v3741, %v3743 fastmath<contract> : f32
                  %v3745 = llvm.load %v209 : !llvm.ptr -> f32
                  %v3746 = arith.mulf %v3745, %v2682 fastmath<contract> : f32
                  %v3747 = arith.addf %v3746, %v3744 fastmath<contract> : f32
                  %v3748 = arith.mulf %v2751, %v3742 fastmath<contract> : f32
                  %v3749 = arith.mulf %v3745, %v2719 fastmath<contract> : f32
                  %v3750 = arith.addf %v3749, %v3748 fastmath<contract> : f32
                  %v3751 = arith.mulf %v2752, %v3742 fastmath<contract> : f32
                  %v3752 = arith.mulf %v3745, %v2720 fastmath<contract> : f32
                  %v3753 = arith.addf %v3752, %v3751 fastmath<contract> : f32
                  %v3754 = arith.constant 6 : i64
                  %v3755 = arith.muli %v3754, %v3 : i64
                  %v3756 = llvm.getelementptr %in_C_im[%v3755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3757 = llvm.load %v3756 : !llvm.ptr -> f32
                  %v3758 = arith.mulf %v3757, %v3499 fastmath<contract> : f32
                  %v3759 = arith.constant 1 : i64
                  %v3760 = arith.muli %v3759, %v727 : i64
                  %v3761 = arith.constant 6 : i64
                  %v3762 = arith.muli %v3761, %v3 : i64
                  %v3763 = arith.addi %v3760, %v3762 : i64
                  %v3764 = llvm.getelementptr %in_C_im[%v3763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3765 = llvm.load %v3764 : !llvm.ptr -> f32
                  %v3766 = arith.mulf %v3765, %v3505 fastmath<contract> : f32
                  %v3767 = arith.addf %v3758, %v3766 fastmath<contract> : f32
                  %v3768 = arith.constant 2 : i64
                  %v3769 = arith.muli %v3768, %v727 : i64
                  %v3770 = arith.constant 6 : i64
                  %v3771 = arith.muli %v3770, %v3 : i64
                  %v3772 = arith.addi %v3769, %v3771 : i64
                  %v3773 = llvm.getelementptr %in_C_im[%v3772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3774 = llvm.load %v3773 : !llvm.ptr -> f32
                  %v3775 = arith.mulf %v3774, %v3512 fastmath<contract> : f32
                  %v3776 = arith.addf %v3767, %v3775 fastmath<contract> : f32
                  %v3777 = arith.constant 3 : i64
                  %v3778 = arith.muli %v3777, %v727 : i64
                  %v3779 = arith.constant 6 : i64
                  %v3780 = arith.muli %v3779, %v3 : i64
                  %v3781 = arith.addi %v3778, %v3780 : i64
                  %v3782 = llvm.getelementptr %in_C_im[%v3781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3783 = llvm.load %v3782 : !llvm.ptr -> f32
                  %v3784 = arith.mulf %v3783, %v3519 fastmath<contract> : f32
                  %v3785 = arith.addf %v3776, %v3784 fastmath<contract> : f32
                  %v3786 = llvm.load %v178 : !llvm.ptr -> f32
                  %v3787 = arith.mulf %v3786, %v2699 fastmath<contract> : f32
                  %v3788 = arith.addf %v3785, %v3787 fastmath<contract> : f32
                  %v3789 = llvm.load %v210 : !llvm.ptr -> f32
                  %v3790 = arith.mulf %v3789, %v2683 fastmath<contract> : f32
                  %v3791 = arith.addf %v3790, %v3788 fastmath<contract> : f32
                  %v3792 = arith.mulf %v2753, %v3786 fastmath<contract> : f32
                  %v3793 = arith.mulf %v3789, %v2721 fastmath<contract> : f32
                  %v3794 = arith.addf %v3793, %v3792 fastmath<contract> : f32
                  %v3795 = arith.mulf %v2754, %v3786 fastmath<contract> : f32
                  %v3796 = arith.mulf %v3789, %v2722 fastmath<contract> : f32
                  %v3797 = arith.addf %v3796, %v3795 fastmath<contract> : f32
                  %v3798 = arith.constant 7 : i64
                  %v3799 = arith.muli %v3798, %v3 : i64
                  %v3800 = llvm.getelementptr %in_C_im[%v3799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3801 = llvm.load %v3800 : !llvm.ptr -> f32
                  %v3802 = arith.mulf %v3801, %v3499 fastmath<contract> : f32
                  %v3803 = arith.constant 1 : i64
                  %v3804 = arith.muli %v3803, %v727 : i64
                  %v3805 = arith.constant 7 : i64
                  %v3806 = arith.muli %v3805, %v3 : i64
                  %v3807 = arith.addi %v3804, %v3806 : i64
                  %v3808 = llvm.getelementptr %in_C_im[%v3807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3809 = llvm.load %v3808 : !llvm.ptr -> f32
                  %v3810 = arith.mulf %v3809, %v3505 fastmath<contract> : f32
                  %v3811 = arith.addf %v3802, %v3810 fastmath<contract> : f32
                  %v3812 = arith.constant 2 : i64
                  %v3813 = arith.muli %v3812, %v727 : i64
                  %v3814 = arith.constant 7 : i64
                  %v3815 = arith.muli %v3814, %v3 : i64
                  %v3816 = arith.addi %v3813, %v3815 : i64
                  %v3817 = llvm.getelementptr %in_C_im[%v3816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3818 = llvm.load %v3817 : !llvm.ptr -> f32
                  %v3819 = arith.mulf %v3818, %v3512 fastmath<contract> : f32
                  %v3820 = arith.addf %v3811, %v3819 fastmath<contract> : f32
                  %v3821 = arith.constant 3 : i64
                  %v3822 = arith.muli %v3821, %v727 : i64
                  %v3823 = arith.constant 7 : i64
                  %v3824 = arith.muli %v3823, %v3 : i64
                  %v3825 = arith.addi %v3822, %v3824 : i64
                  %v3826 = llvm.getelementptr %in_C_im[%v3825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3827 = llvm.load %v3826 : !llvm.ptr -> f32
                  %v3828 = arith.mulf %v3827, %v3519 fastmath<contract> : f32
                  %v3829 = arith.addf %v3820, %v3828 fastmath<contract> : f32
                  %v3830 = llvm.load %v179 : !llvm.ptr -> f32
                  %v3831 = arith.mulf %v3830, %v2700 fastmath<contract> : f32
                  %v3832 = arith.addf %v3829, %v3831 fastmath<contract> : f32
                  %v3833 = llvm.load %v211 : !llvm.ptr -> f32
                  %v3834 = arith.mulf %v3833, %v2684 fastmath<contract> : f32
                  %v3835 = arith.addf %v3834, %v3832 fastmath<contract> : f32
                  %v3836 = arith.mulf %v2755, %v3830 fastmath<contract> : f32
                  %v3837 = arith.mulf %v3833, %v2723 fastmath<contract> : f32
                  %v3838 = arith.addf %v3837, %v3836 fastmath<contract> : f32
                  %v3839 = arith.mulf %v2756, %v3830 fastmath<contract> : f32
                  %v3840 = arith.mulf %v3833, %v2724 fastmath<contract> : f32
                  %v3841 = arith.addf %v3840, %v3839 fastmath<contract> : f32
                  %v3842 = arith.constant 8 : i64
                  %v3843 = arith.muli %v3842, %v3 : i64
                  %v3844 = llvm.getelementptr %in_C_im[%v3843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3845 = llvm.load %v3844 : !llvm.ptr -> f32
                  %v3846 = arith.mulf %v3845, %v3499 fastmath<contract> : f32
                  %v3847 = arith.constant 1 : i64
                  %v3848 = arith.muli %v3847, %v727 : i64
                  %v3849 = arith.constant 8 : i64
                  %v3850 = arith.muli %v3849, %v3 : i64
                  %v3851 = arith.addi %v3848, %v3850 : i64
                  %v3852 = llvm.getelementptr %in_C_im[%v3851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3853 = llvm.load %v3852 : !llvm.ptr -> f32
                  %v3854 = arith.mulf %v3853, %v3505 fastmath<contract> : f32
                  %v3855 = arith.addf %v3846, %v3854 fastmath<contract> : f32
                  %v3856 = arith.constant 2 : i64
                  %v3857 = arith.muli %v3856, %v727 : i64
                  %v3858 = arith.constant 8 : i64
                  %v3859 = arith.muli %v3858, %v3 : i64
                  %v3860 = arith.addi %v3857, %v3859 : i64
                  %v3861 = llvm.getelementptr %in_C_im[%v3860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3862 = llvm.load %v3861 : !llvm.ptr -> f32
                  %v3863 = arith.mulf %v3862, %v3512 fastmath<contract> : f32
                  %v3864 = arith.addf %v3855, %v3863 fastmath<contract> : f32
                  %v3865 = arith.constant 3 : i64
                  %v3866 = arith.muli %v3865, %v727 : i64
                  %v3867 = arith.constant 8 : i64
                  %v3868 = arith.muli %v3867, %v3 : i64
                  %v3869 = arith.addi %v3866, %v3868 : i64
                  %v3870 = llvm.getelementptr %in_C_im[%v3869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3871 = llvm.load %v3870 : !llvm.ptr -> f32
                  %v3872 = arith.mulf %v3871, %v3519 fastmath<contract> : f32
                  %v3873 = arith.addf %v3864, %v3872 fastmath<contract> : f32
                  %v3874 = llvm.load %v180 : !llvm.ptr -> f32
                  %v3875 = arith.mulf %v3874, %v2701 fastmath<contract> : f32
                  %v3876 = arith.addf %v3873, %v3875 fastmath<contract> : f32
                  %v3877 = llvm.load %v212 : !llvm.ptr -> f32
                  %v3878 = arith.mulf %v3877, %v2685 fastmath<contract> : f32
                  %v3879 = arith.addf %v3878, %v3876 fastmath<contract> : f32
                  %v3880 = arith.mulf %v2757, %v3874 fastmath<contract> : f32
                  %v3881 = arith.mulf %v3877, %v2725 fastmath<contract> : f32
                  %v3882 = arith.addf %v3881, %v3880 fastmath<contract> : f32
                  %v3883 = arith.mulf %v2758, %v3874 fastmath<contract> : f32
                  %v3884 = arith.mulf %v3877, %v2726 fastmath<contract> : f32
                  %v3885 = arith.addf %v3884, %v3883 fastmath<contract> : f32
                  %v3886 = arith.constant 9 : i64
                  %v3887 = arith.muli %v3886, %v3 : i64
                  %v3888 = llvm.getelementptr %in_C_im[%v3887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3889 = llvm.load %v3888 : !llvm.ptr -> f32
                  %v3890 = arith.mulf %v3889, %v3499 fastmath<contract> : f32
                  %v3891 = arith.constant 1 : i64
                  %v3892 = arith.muli %v3891, %v727 : i64
                  %v3893 = arith.constant 9 : i64
                  %v3894 = arith.muli %v3893, %v3 : i64
                  %v3895 = arith.addi %v3892, %v3894 : i64
                  %v3896 = llvm.getelementptr %in_C_im[%v3895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3897 = llvm.load %v3896 : !llvm.ptr -> f32
                  %v3898 = arith.mulf %v3897, %v3505 fastmath<contract> : f32
                  %v3899 = arith.addf %v3890, %v3898 fastmath<contract> : f32
                  %v3900 = arith.constant 2 : i64
                  %v3901 = arith.muli %v3900, %v727 : i64
                  %v3902 = arith.constant 9 : i64
                  %v3903 = arith.muli %v3902, %v3 : i64
                  %v3904 = arith.addi %v3901, %v3903 : i64
                  %v3905 = llvm.getelementptr %in_C_im[%v3904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3906 = llvm.load %v3905 : !llvm.ptr -> f32
                  %v3907 = arith.mulf %v3906, %v3512 fastmath<contract> : f32
                  %v3908 = arith.addf %v3899, %v3907 fastmath<contract> : f32
                  %v3909 = arith.constant 3 : i64
                  %v3910 = arith.muli %v3909, %v727 : i64
                  %v3911 = arith.constant 9 : i64
                  %v3912 = arith.muli %v3911, %v3 : i64
                  %v3913 = arith.addi %v3910, %v3912 : i64
                  %v3914 = llvm.getelementptr %in_C_im[%v3913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3915 = llvm.load %v3914 : !llvm.ptr -> f32
                  %v3916 = arith.mulf %v3915, %v3519 fastmath<contract> : f32
                  %v3917 = arith.addf %v3908, %v3916 fastmath<contract> : f32
                  %v3918 = llvm.load %v181 : !llvm.ptr -> f32
                  %v3919 = arith.mulf %v3918, %v2702 fastmath<contract> : f32
                  %v3920 = arith.addf %v3917, %v3919 fastmath<contract> : f32
                  %v3921 = llvm.load %v213 : !llvm.ptr -> f32
                  %v3922 = arith.mulf %v3921, %v2686 fastmath<contract> : f32
                  %v3923 = arith.addf %v3922, %v3920 fastmath<contract> : f32
                  %v3924 = arith.mulf %v2759, %v3918 fastmath<contract> : f32
                  %v3925 = arith.mulf %v3921, %v2727 fastmath<contract> : f32
                  %v3926 = arith.addf %v3925, %v3924 fastmath<contract> : f32
                  %v3927 = arith.mulf %v2760, %v3918 fastmath<contract> : f32
                  %v3928 = arith.mulf %v3921, %v2728 fastmath<contract> : f32
                  %v3929 = arith.addf %v3928, %v3927 fastmath<contract> : f32
                  %v3930 = arith.constant 10 : i64
                  %v3931 = arith.muli %v3930, %v3 : i64
                  %v3932 = llvm.getelementptr %in_C_im[%v3931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3933 = llvm.load %v3932 : !llvm.ptr -> f32
                  %v3934 = arith.mulf %v3933, %v3499 fastmath<contract> : f32
                  %v3935 = arith.constant 1 : i64
                  %v3936 = arith.muli %v3935, %v727 : i64
                  %v3937 = arith.constant 10 : i64
                  %v3938 = arith.muli %v3937, %v3 : i64
                  %v3939 = arith.addi %v3936, %v3938 : i64
                  %v3940 = llvm.getelementptr %in_C_im[%v3939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3941 = llvm.load %v3940 : !llvm.ptr -> f32
                  %v3942 = arith.mulf %v3941, %v3505 fastmath<contract> : f32
                  %v3943 = arith.addf %v3934, %v3942 fastmath<contract> : f32
                  %v3944 = arith.constant 2 : i64
                  %v3945 = arith.muli %v3944, %v727 : i64
                  %v3946 = arith.constant 10 : i64
                  %v3947 = arith.muli %v3946, %v3 : i64
                  %v3948 = arith.addi %v3945, %v3947 : i64
                  %v3949 = llvm.getelementptr %in_C_im[%v3948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3950 = llvm.load %v3949 : !llvm.ptr -> f32
                  %v3951 = arith.mulf %v3950, %v3512 fastmath<contract> : f32
                  %v3952 = arith.addf %v3943, %v3951 fastmath<contract> : f32
                  %v3953 = arith.constant 3 : i64
                  %v3954 = arith.muli %v3953, %v727 : i64
                  %v3955 = arith.constant 10 : i64
                  %v3956 = arith.muli %v3955, %v3 : i64
                  %v3957 = arith.addi %v3954, %v3956 : i64
                  %v3958 = llvm.getelementptr %in_C_im[%v3957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3959 = llvm.load %v3958 : !llvm.ptr -> f32
                  %v3960 = arith.mulf %v3959, %v3519 fastmath<contract> : f32
                  %v3961 = arith.addf %v3952, %v3960 fastmath<contract> : f32
                  %v3962 = llvm.load %v182 : !llvm.ptr -> f32
                  %v3963 = arith.mulf %v3962, %v2703 fastmath<contract> : f32
                  %v3964 = arith.addf %v3961, %v3963 fastmath<contract> : f32
                  %v3965 = llvm.load %v214 : !llvm.ptr -> f32
                  %v3966 = arith.mulf %v3965, %v2687 fastmath<contract> : f32
                  %v3967 = arith.addf %v3966, %v3964 fastmath<contract> : f32
                  %v3968 = arith.mulf %v2761, %v3962 fastmath<contract> : f32
                  %v3969 = arith.mulf %v3965, %v2729 fastmath<contract> : f32
                  %v3970 = arith.addf %v3969, %v3968 fastmath<contract> : f32
                  %v3971 = arith.mulf %v2762, %v3962 fastmath<contract> : f32
                  %v3972 = arith.mulf %v3965, %v2730 fastmath<contract> : f32
                  %v3973 = arith.addf %v3972, %v3971 fastmath<contract> : f32
                  %v3974 = arith.constant 11 : i64
                  %v3975 = arith.muli %v3974, %v3 : i64
                  %v3976 = llvm.getelementptr %in_C_im[%v3975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3977 = llvm.load %v3976 : !llvm.ptr -> f32
                  %v3978 = arith.mulf %v3977, %v3499 fastmath<contract> : f32
                  %v3979 = arith.constant 1 : i64
                  %v3980 = arith.muli %v3979, %v727 : i64
                  %v3981 = arith.constant 11 : i64
                  %v3982 = arith.muli %v3981, %v3 : i64
                  %v3983 = arith.addi %v3980, %v3982 : i64
                  %v3984 = llvm.getelementptr %in_C_im[%v3983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3985 = llvm.load %v3984 : !llvm.ptr -> f32
                  %v3986 = arith.mulf %v3985, %v3505 fastmath<contract> : f32
                  %v3987 = arith.addf %v3978, %v3986 fastmath<contract> : f32
                  %v3988 = arith.constant 2 : i64
                  %v3989 = arith.muli %v3988, %v727 : i64
                  %v3990 = arith.constant 11 : i64
                  %v3991 = arith.muli %v3990, %v3 : i64
                  %v3992 = arith.addi %v3989, %v3991 : i64
                  %v3993 = llvm.getelementptr %in_C_im[%v3992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3994 = llvm.load %v3993 : !llvm.ptr -> f32
                  %v3995 = arith.mulf %v3994, %v3512 fastmath<contract> : f32
                  %v3996 = arith.addf %v3987, %v3995 fastmath<contract> : f32
                  %v3997 = arith.constant 3 : i64
                  %v3998 = arith.muli %v3997, %v727 : i64
                  %v3999 = arith.constant 11 : i64
                  %v4000 = arith.muli %v3999, %v3 : i64
                  %v4001 = arith.addi %v3998, %v4000 : i64
                  %v4002 = llvm.getelementptr %in_C_im[%v4001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4003 = llvm.load %v4002 : !llvm.ptr -> f32
                  %v4004 = arith.mulf %v4003, %v3519 fastmath<contract> : f32
                  %v4005 = arith.addf %v3996, %v4004 fastmath<contract> : f32
                  %v4006 = llvm.load %v183 : !llvm.ptr -> f32
                  %v4007 = arith.mulf %v4006, %v2704 fastmath<contract> : f32
                  %v4008 = arith.addf %v4005, %v4007 fastmath<contract> : f32
                  %v4009 = llvm.load %v215 : !llvm.ptr -> f32
                  %v4010 = arith.mulf %v4009, %v2688 fastmath<contract> : f32
                  %v4011 = arith.addf %v4010, %v4008 fastmath<contract> : f32
                  %v4012 = arith.mulf %v2763, %v4006 fastmath<contract> : f32
                  %v4013 = arith.mulf %v4009, %v2731 fastmath<contract> : f32
                  %v4014 = arith.addf %v4013, %v4012 fastmath<contract> : f32
                  %v4015 = arith.mulf %v2764, %v4006 fastmath<contract> : f32
                  %v4016 = arith.mulf %v4009, %v2732 fastmath<contract> : f32
                  %v4017 = arith.addf %v4016, %v4015 fastmath<contract> : f32
                  %v4018 = arith.constant 12 : i64
                  %v4019 = arith.muli %v4018, %v3 : i64
                  %v4020 = llvm.getelementptr %in_C_im[%v4019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4021 = llvm.load %v4020 : !llvm.ptr -> f32
                  %v4022 = arith.mulf %v4021, %v3499 fastmath<contract> : f32
                  %v4023 = arith.constant 1 : i64
                  %v4024 = arith.muli %v4023, %v727 : i64
                  %v4025 = arith.constant 12 : i64
                  %v4026 = arith.muli %v4025, %v3 : i64
                  %v4027 = arith.addi %v4024, %v4026 : i64
                  %v4028 = llvm.getelementptr %in_C_im[%v4027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4029 = llvm.load %v4028 : !llvm.ptr -> f32
                  %v4030 = arith.mulf %v4029, %v3505 fastmath<contract> : f32
                  %v4031 = arith.addf %v4022, %v4030 fastmath<contract> : f32
                  %v4032 = arith.constant 2 : i64
                  %v4033 = arith.muli %v4032, %v727 : i64
                  %v4034 = arith.constant 12 : i64
                  %v4035 = arith.muli %v4034, %v3 : i64
                  %v4036 = arith.addi %v4033, %v4035 : i64
                  %v4037 = llvm.getelementptr %in_C_im[%v4036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4038 = llvm.load %v4037 : !llvm.ptr -> f32
                  %v4039 = arith.mulf %v4038, %v3512 fastmath<contract> : f32
                  %v4040 = arith.addf %v4031, %v4039 fastmath<contract> : f32
                  %v4041 = arith.constant 3 : i64
                  %v4042 = arith.muli %v4041, %v727 : i64
                  %v4043 = arith.constant 12 : i64
                  %v4044 = arith.muli %v4043, %v3 : i64
                  %v4045 = arith.addi %v4042, %v4044 : i64
                  %v4046 = llvm.getelementptr %in_C_im[%v4045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4047 = llvm.load %v4046 : !llvm.ptr -> f32
                  %v4048 = arith.mulf %v4047, %v3519 fastmath<contract> : f32
                  %v4049 = arith.addf %v4040, %v4048 fastmath<contract> : f32
                  %v4050 = llvm.load %v184 : !llvm.ptr -> f32
                  %v4051 = arith.mulf %v4050, %v2705 fastmath<contract> : f32
                  %v4052 = arith.addf %v4049, %v4051 fastmath<contract> : f32
                  %v4053 = llvm.load %v216 : !llvm.ptr -> f32
                  %v4054 = arith.mulf %v4053, %v2689 fastmath<contract> : f32
                  %v4055 = arith.addf %v4054, %v4052 fastmath<contract> : f32
                  %v4056 = arith.mulf %v2765, %v4050 fastmath<contract> : f32
                  %v4057 = arith.mulf %v4053, %v2733 fastmath<contract> : f32
                  %v4058 = arith.addf %v4057, %v4056 fastmath<contract> : f32
                  %v4059 = arith.mulf %v2766, %v4050 fastmath<contract> : f32
                  %v4060 = arith.mulf %v4053, %v2734 fastmath<contract> : f32
                  %v4061 = arith.addf %v4060, %v4059 fastmath<contract> : f32
                  %v4062 = arith.constant 13 : i64
                  %v4063 = arith.muli %v4062, %v3 : i64
                  %v4064 = llvm.getelementptr %in_C_im[%v4063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4065 = llvm.load %v4064 : !llvm.ptr -> f32
                  %v4066 = arith.mulf %v4065, %v3499 fastmath<contract> : f32
                  %v4067 = arith.constant 1 : i64
                  %v4068 = arith.muli %v4067, %v727 : i64
                  %v4069 = arith.constant 13 : i64
                  %v4070 = arith.muli %v4069, %v3 : i64
                  %v4071 = arith.addi %v4068, %v4070 : i64
                  %v4072 = llvm.getelementptr %in_C_im[%v4071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4073 = llvm.load %v4072 : !llvm.ptr -> f32
                  %v4074 = arith.mulf %v4073, %v3505 fastmath<contract> : f32
                  %v4075 = arith.addf %v4066, %v4074 fastmath<contract> : f32
                  %v4076 = arith.constant 2 : i64
                  %v4077 = arith.muli %v4076, %v727 : i64
                  %v4078 = arith.constant 13 : i64
                  %v4079 = arith.muli %v4078, %v3 : i64
                  %v4080 = arith.addi %v4077, %v4079 : i64
                  %v4081 = llvm.getelementptr %in_C_im[%v4080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4082 = llvm.load %v4081 : !llvm.ptr -> f32
                  %v4083 = arith.mulf %v4082, %v3512 fastmath<contract> : f32
                  %v4084 = arith.addf %v4075, %v4083 fastmath<contract> : f32
                  %v4085 = arith.constant 3 : i64
                  %v4086 = arith.muli %v4085, %v727 : i64
                  %v4087 = arith.constant 13 : i64
                  %v4088 = arith.muli %v4087, %v3 : i64
                  %v4089 = arith.addi %v4086, %v4088 : i64
                  %v4090 = llvm.getelementptr %in_C_im[%v4089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4091 = llvm.load %v4090 : !llvm.ptr -> f32
                  %v4092 = arith.mulf %v4091, %v3519 fastmath<contract> : f32
                  %v4093 = arith.addf %v4084, %v4092 fastmath<contract> : f32
                  %v4094 = llvm.load %v185 : !llvm.ptr -> f32
                  %v4095 = arith.mulf %v4094, %v2706 fastmath<contract> : f32
                  %v4096 = arith.addf %v4093, %v4095 fastmath<contract> : f32
                  %v4097 = llvm.load %v217 : !llvm.ptr -> f32
                  %v4098 = arith.mulf %v4097, %v2690 fastmath<contract> : f32
                  %v4099 = arith.addf %v4098, %v4096 fastmath<contract> : f32
                  %v4100 = arith.mulf %v2767, %v4094 fastmath<contract> : f32
                  %v4101 = arith.mulf %v4097, %v2735 fastmath<contract> : f32
                  %v4102 = arith.addf %v4101, %v4100 fastmath<contract> : f32
                  %v4103 = arith.mulf %v2768, %v4094 fastmath<contract> : f32
                  %v4104 = arith.mulf %v4097, %v2736 fastmath<contract> : f32
                  %v4105 = arith.addf %v4104, %v4103 fastmath<contract> : f32
                  %v4106 = arith.constant 14 : i64
                  %v4107 = arith.muli %v4106, %v3 : i64
                  %v4108 = llvm.getelementptr %in_C_im[%v4107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4109 = llvm.load %v4108 : !llvm.ptr -> f32
                  %v4110 = arith.mulf %v4109, %v3499 fastmath<contract> : f32
                  %v4111 = arith.constant 1 : i64
                  %v4112 = arith.muli %v4111, %v727 : i64
                  %v4113 = arith.constant 14 : i64
                  %v4114 = arith.muli %v4113, %v3 : i64
                  %v4115 = arith.addi %v4112, %v4114 : i64
                  %v4116 = llvm.getelementptr %in_C_im[%v4115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4117 = llvm.load %v4116 : !llvm.ptr -> f32
                  %v4118 = arith.mulf %v4117, %v3505 fastmath<contract> : f32
                  %v4119 = arith.addf %v4110, %v4118 fastmath<contract> : f32
                  %v4120 = arith.constant 2 : i64
                  %v4121 = arith.muli %v4120, %v727 : i64
                  %v4122 = arith.constant 14 : i64
                  %v4123 = arith.muli %v4122, %v3 : i64
                  %v4124 = arith.addi %v4121, %v4123 : i64
                  %v4125 = llvm.getelementptr %in_C_im[%v4124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4126 = llvm.load %v4125 : !llvm.ptr -> f32
                  %v4127 = arith.mulf %v4126, %v3512 fastmath<contract> : f32
                  %v4128 = arith.addf %v4119, %v4127 fastmath<contract> : f32
                  %v4129 = arith.constant 3 : i64
                  %v4130 = arith.muli %v4129, %v727 : i64
                  %v4131 = arith.constant 14 : i64
                  %v4132 = arith.muli %v4131, %v3 : i64
                  %v4133 = arith.addi %v4130, %v4132 : i64
                  %v4134 = llvm.getelementptr %in_C_im[%v4133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4135 = llvm.load %v4134 : !llvm.ptr -> f32
                  %v4136 = arith.mulf %v4135, %v3519 fastmath<contract> : f32
                  %v4137 = arith.addf %v4128, %v4136 fastmath<contract> : f32
                  %v4138 = llvm.load %v186 : !llvm.ptr -> f32
                  %v4139 = arith.mulf %v4138, %v2707 fastmath<contract> : f32
                  %v4140 = arith.addf %v4137, %v4139 fastmath<contract> : f32
                  %v4141 = llvm.load %v218 : !llvm.ptr -> f32
                  %v4142 = arith.mulf %v4141, %v2691 fastmath<contract> : f32
                  %v4143 = arith.addf %v4142, %v4140 fastmath<contract> : f32
                  %v4144 = arith.mulf %v2769, %v4138 fastmath<contract> : f32
                  %v4145 = arith.mulf %v4141, %v2737 fastmath<contract> : f32
                  %v4146 = arith.addf %v4145, %v4144 fastmath<contract> : f32
                  %v4147 = arith.mulf %v2770, %v4138 fastmath<contract> : f32
                  %v4148 = arith.mulf %v4141, %v2738 fastmath<contract> : f32
                  %v4149 = arith.addf %v4148, %v4147 fastmath<contract> : f32
                  %v4150 = arith.constant 15 : i64
                  %v4151 = arith.muli %v4150, %v3 : i64
                  %v4152 = llvm.getelementptr %in_C_im[%v4151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4153 = llvm.load %v4152 : !llvm.ptr -> f32
                  %v4154 = arith.mulf %v4153, %v3499 fastmath<contract> : f32
                  %v4155 = arith.constant 1 : i64
                  %v4156 = arith.muli %v4155, %v727 : i64
                  %v4157 = arith.constant 15 : i64
                  %v4158 = arith.muli %v4157, %v3 : i64
                  %v4159 = arith.addi %v4156, %v4158 : i64
                  %v4160 = llvm.getelementptr %in_C_im[%v4159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4161 = llvm.load %v4160 : !llvm.ptr -> f32
                  %v4162 = arith.mulf %v4161, %v3505 fastmath<contract> : f32
                  %v4163 = arith.addf %v4154, %v4162 fastmath<contract> : f32
                  %v4164 = arith.constant 2 : i64
                  %v4165 = arith.muli %v4164, %v727 : i64
                  %v4166 = arith.constant 15 : i64
                  %v4167 = arith.muli %v4166, %v3 : i64
                  %v4168 = arith.addi %v4165, %v4167 : i64
                  %v4169 = llvm.getelementptr %in_C_im[%v4168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4170 = llvm.load %v4169 : !llvm.ptr -> f32
                  %v4171 = arith.mulf %v4170, %v3512 fastmath<contract> : f32
                  %v4172 = arith.addf %v4163, %v4171 fastmath<contract> : f32
                  %v4173 = arith.constant 3 : i64
                  %v4174 = arith.muli %v4173, %v727 : i64
                  %v4175 = arith.constant 15 : i64
                  %v4176 = arith.muli %v4175, %v3 : i64
                  %v4177 = arith.addi %v4174, %v4176 : i64
                  %v4178 = llvm.getelementptr %in_C_im[%v4177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4179 = llvm.load %v4178 : !llvm.ptr -> f32
                  %v4180 = arith.mulf %v4179, %v3519 fastmath<contract> : f32
                  %v4181 = arith.addf %v4172, %v4180 fastmath<contract> : f32
                  %v4182 = llvm.load %v187 : !llvm.ptr -> f32
                  %v4183 = arith.mulf %v4182, %v2708 fastmath<contract> : f32
                  %v4184 = arith.addf %v4181, %v4183 fastmath<contract> : f32
                  %v4185 = llvm.load %v219 : !llvm.ptr -> f32
                  %v4186 = arith.mulf %v4185, %v2692 fastmath<contract> : f32
                  %v4187 = arith.addf %v4186, %v4184 fastmath<contract> : f32
                  %v4188 = arith.mulf %v2771, %v4182 fastmath<contract> : f32
                  %v4189 = arith.mulf %v4185, %v2739 fastmath<contract> : f32
                  %v4190 = arith.addf %v4189, %v4188 fastmath<contract> : f32
                  %v4191 = arith.mulf %v2772, %v4182 fastmath<contract> : f32
                  %v4192 = arith.mulf %v4185, %v2740 fastmath<contract> : f32
                  %v4193 = arith.addf %v4192, %v4191 fastmath<contract> : f32
                  llvm.store %v2829, %v124 : f32, !llvm.ptr
                  llvm.store %v2832, %v514 : f32, !llvm.ptr
                  llvm.store %v2835, %v515 : f32, !llvm.ptr
                  llvm.store %v2873, %v125 : f32, !llvm.ptr
                  llvm.store %v2876, %v516 : f32, !llvm.ptr
                  llvm.store %v2879, %v517 : f32, !llvm.ptr
                  llvm.store %v2917, %v126 : f32, !llvm.ptr
                  llvm.store %v2920, %v518 : f32, !llvm.ptr
                  llvm.store %v2923, %v519 : f32, !llvm.ptr
                  llvm.store %v2961, %v127 : f32, !llvm.ptr
                  llvm.store %v2964, %v520 : f32, !llvm.ptr
                  llvm.store %v2967, %v521 : f32, !llvm.ptr
                  llvm.store %v3005, %v128 : f32, !llvm.ptr
                  llvm.store %v3008, %v522 : f32, !llvm.ptr
                  llvm.store %v3011, %v523 : f32, !llvm.ptr
                  llvm.store %v3049, %v129 : f32, !llvm.ptr
                  llvm.store %v3052, %v524 : f32, !llvm.ptr
                  llvm.store %v3055, %v525 : f32, !llvm.ptr
                  llvm.store %v3093, %v130 : f32, !llvm.ptr
                  llvm.store %v3096, %v526 : f32, !llvm.ptr
                  llvm.store %v3099, %v527 : f32, !llvm.ptr
                  llvm.store %v3137, %v131 : f32, !llvm.ptr
                  llvm.store %v3140, %v528 : f32, !llvm.ptr
                  llvm.store %v3143, %v529 : f32, !llvm.ptr
                  llvm.store %v3181, %v132 : f32, !llvm.ptr
                  llvm.store %v3184, %v530 : f32, !llvm.ptr
                  llvm.store %v3187, %v531 : f32, !llvm.ptr
                  llvm.store %v3225, %v133 : f32, !llvm.ptr
                  llvm.store %v3228, %v532 : f32, !llvm.ptr
                  llvm.store %v3231, %v533 : f32, !llvm.ptr
                  llvm.store %v3269, %v134 : f32, !llvm.ptr
                  llvm.store %v3272, %v534 : f32, !llvm.ptr
                  llvm.store %v3275, %v535 : f32, !llvm.ptr
                  llvm.store %v3313, %v135 : f32, !llvm.ptr
                  llvm.store %v3316, %v536 : f32, !llvm.ptr
                  llvm.store %v3319, %v537 : f32, !llvm.ptr
                  llvm.store %v3357, %v136 : f32, !llvm.ptr
                  llvm.store %v3360, %v538 : f32, !llvm.ptr
                  llvm.store %v3363, %v539 : f32, !llvm.ptr
                  llvm.store %v3401, %v137 : f32, !llvm.ptr
                  llvm.store %v3404, %v540 : f32, !llvm.ptr
                  llvm.store %v3407, %v541 : f32, !llvm.ptr
                  llvm.store %v3445, %v138 : f32, !llvm.ptr
                  llvm.store %v3448, %v542 : f32, !llvm.ptr
                  llvm.store %v3451, %v543 : f32, !llvm.ptr
                  llvm.store %v3489, %v139 : f32, !llvm.ptr
                  llvm.store %v3492, %v544 : f32, !llvm.ptr
                  llvm.store %v3495, %v545 : f32, !llvm.ptr
                  llvm.store %v3527, %v140 : f32, !llvm.ptr
                  llvm.store %v3530, %v546 : f32, !llvm.ptr
                  llvm.store %v3533, %v547 : f32, !llvm.ptr
                  llvm.store %v3571, %v141 : f32, !llvm.ptr
                  llvm.store %v3574, %v548 : f32, !llvm.ptr
                  llvm.store %v3577, %v549 : f32, !llvm.ptr
                  llvm.store %v3615, %v142 : f32, !llvm.ptr
                  llvm.store %v3618, %v550 : f32, !llvm.ptr
                  llvm.store %v3621, %v551 : f32, !llvm.ptr
                  llvm.store %v3659, %v143 : f32, !llvm.ptr
                  llvm.store %v3662, %v552 : f32, !llvm.ptr
                  llvm.store %v3665, %v553 : f32, !llvm.ptr
                  llvm.store %v3703, %v144 : f32, !llvm.ptr
                  llvm.store %v3706, %v554 : f32, !llvm.ptr
                  llvm.store %v3709, %v555 : f32, !llvm.ptr
                  llvm.store %v3747, %v145 : f32, !llvm.ptr
                  llvm.store %v3750, %v556 : f32, !llvm.ptr
                  llvm.store %v3753, %v557 : f32, !llvm.ptr
                  llvm.store %v3791, %v146 : f32, !llvm.ptr
                  llvm.store %v3794, %v558 : f32, !llvm.ptr
                  llvm.store %v3797, %v559 : f32, !llvm.ptr
                  llvm.store %v3835, %v147 : f32, !llvm.ptr
                  llvm.store %v3838, %v560 : f32, !llvm.ptr
                  llvm.store %v3841, %v561 : f32, !llvm.ptr
                  llvm.store %v3879, %v148 : f32, !llvm.ptr
                  llvm.store %v3882, %v562 : f32, !llvm.ptr
                  llvm.store %v3885, %v563 : f32, !llvm.ptr
                  llvm.store %v3923, %v149 : f32, !llvm.ptr
                  llvm.store %v3926, %v564 : f32, !llvm.ptr
                  llvm.store %v3929, %v565 : f32, !llvm.ptr
                  llvm.store %v3967, %v150 : f32, !llvm.ptr
                  llvm.store %v3970, %v566 : f32, !llvm.ptr
                  llvm.store %v3973, %v567 : f32, !llvm.ptr
                  llvm.store %v4011, %v151 : f32, !llvm.ptr
                  llvm.store %v4014, %v568 : f32, !llvm.ptr
                  llvm.store %v4017, %v569 : f32, !llvm.ptr
                  llvm.store %v4055, %v152 : f32, !llvm.ptr
                  llvm.store %v4058, %v570 : f32, !llvm.ptr
                  llvm.store %v4061, %v571 : f32, !llvm.ptr
                  llvm.store %v4099, %v153 : f32, !llvm.ptr
                  llvm.store %v4102, %v572 : f32, !llvm.ptr
                  llvm.store %v4105, %v573 : f32, !llvm.ptr
                  llvm.store %v4143, %v154 : f32, !llvm.ptr
                  llvm.store %v4146, %v574 : f32, !llvm.ptr
                  llvm.store %v4149, %v575 : f32, !llvm.ptr
                  llvm.store %v4187, %v155 : f32, !llvm.ptr
                  llvm.store %v4190, %v576 : f32, !llvm.ptr
                  llvm.store %v4193, %v577 : f32, !llvm.ptr
                  scf.if %v2675 {
                  }
                  %v4194 = arith.constant 0 : i64
                  %v4195 = llvm.getelementptr %in_nu_log[%v4194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4196 = llvm.load %v4195 : !llvm.ptr -> f32
                  %v4197 = arith.mulf %v4196, %v2154 fastmath<contract> : f32
                  %v4198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4197) : (f32) -> f32
                  %v4199 = arith.negf %v4198 : f32
                  %v4200 = arith.mulf %v4199, %v2154 fastmath<contract> : f32
                  %v4201 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4200) : (f32) -> f32
                  %v4202 = arith.constant 0 : i64
                  %v4203 = llvm.getelementptr %in_theta_log[%v4202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4204 = llvm.load %v4203 : !llvm.ptr -> f32
                  %v4205 = arith.mulf %v4204, %v2154 fastmath<contract> : f32
                  %v4206 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4205) : (f32) -> f32
                  %v4207 = arith.mulf %v4206, %v2165 fastmath<contract> : f32
                  %v4208 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4207) : (f32) -> f32
                  %v4209 = arith.mulf %v4208, %v2168 fastmath<contract> : f32
                  %v4210 = arith.subf %v4206, %v4209 fastmath<contract> : f32
                  %v4211 = arith.mulf %v4208, %v2169 fastmath<contract> : f32
                  %v4212 = arith.subf %v4210, %v4211 fastmath<contract> : f32
                  %v4213 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4212) : (f32) -> f32
                  %v4214 = arith.mulf %v4201, %v4213 fastmath<contract> : f32
                  llvm.store %v4214, %v156 : f32, !llvm.ptr
                  %v4215 = arith.mulf %v4206, %v2165 fastmath<contract> : f32
                  %v4216 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4215) : (f32) -> f32
                  %v4217 = arith.mulf %v4216, %v2168 fastmath<contract> : f32
                  %v4218 = arith.subf %v4206, %v4217 fastmath<contract> : f32
                  %v4219 = arith.mulf %v4216, %v2169 fastmath<contract> : f32
                  %v4220 = arith.subf %v4218, %v4219 fastmath<contract> : f32
                  %v4221 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4220) : (f32) -> f32
                  %v4222 = arith.mulf %v4201, %v4221 fastmath<contract> : f32
                  llvm.store %v4222, %v188 : f32, !llvm.ptr
                  %v4223 = arith.constant 1 : i64
                  %v4224 = arith.muli %v4223, %v3 : i64
                  %v4225 = llvm.getelementptr %in_nu_log[%v4224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4226 = llvm.load %v4225 : !llvm.ptr -> f32
                  %v4227 = arith.mulf %v4226, %v2154 fastmath<contract> : f32
                  %v4228 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4227) : (f32) -> f32
                  %v4229 = arith.negf %v4228 : f32
                  %v4230 = arith.mulf %v4229, %v2154 fastmath<contract> : f32
                  %v4231 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4230) : (f32) -> f32
                  %v4232 = arith.constant 1 : i64
                  %v4233 = arith.muli %v4232, %v3 : i64
                  %v4234 = llvm.getelementptr %in_theta_log[%v4233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4235 = llvm.load %v4234 : !llvm.ptr -> f32
                  %v4236 = arith.mulf %v4235, %v2154 fastmath<contract> : f32
                  %v4237 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4236) : (f32) -> f32
                  %v4238 = arith.mulf %v4237, %v2165 fastmath<contract> : f32
                  %v4239 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4238) : (f32) -> f32
                  %v4240 = arith.mulf %v4239, %v2168 fastmath<contract> : f32
                  %v4241 = arith.subf %v4237, %v4240 fastmath<contract> : f32
                  %v4242 = arith.mulf %v4239, %v2169 fastmath<contract> : f32
                  %v4243 = arith.subf %v4241, %v4242 fastmath<contract> : f32
                  %v4244 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4243) : (f32) -> f32
                  %v4245 = arith.mulf %v4231, %v4244 fastmath<contract> : f32
                  llvm.store %v4245, %v157 : f32, !llvm.ptr
                  %v4246 = arith.mulf %v4237, %v2165 fastmath<contract> : f32
                  %v4247 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4246) : (f32) -> f32
                  %v4248 = arith.mulf %v4247, %v2168 fastmath<contract> : f32
                  %v4249 = arith.subf %v4237, %v4248 fastmath<contract> : f32
                  %v4250 = arith.mulf %v4247, %v2169 fastmath<contract> : f32
                  %v4251 = arith.subf %v4249, %v4250 fastmath<contract> : f32
                  %v4252 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4251) : (f32) -> f32
                  %v4253 = arith.mulf %v4231, %v4252 fastmath<contract> : f32
                  llvm.store %v4253, %v189 : f32, !llvm.ptr
                  %v4254 = arith.constant 2 : i64
                  %v4255 = arith.muli %v4254, %v3 : i64
                  %v4256 = llvm.getelementptr %in_nu_log[%v4255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4257 = llvm.load %v4256 : !llvm.ptr -> f32
                  %v4258 = arith.mulf %v4257, %v2154 fastmath<contract> : f32
                  %v4259 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4258) : (f32) -> f32
                  %v4260 = arith.negf %v4259 : f32
                  %v4261 = arith.mulf %v4260, %v2154 fastmath<contract> : f32
                  %v4262 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4261) : (f32) -> f32
                  %v4263 = arith.constant 2 : i64
                  %v4264 = arith.muli %v4263, %v3 : i64
                  %v4265 = llvm.getelementptr %in_theta_log[%v4264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4266 = llvm.load %v4265 : !llvm.ptr -> f32
                  %v4267 = arith.mulf %v4266, %v2154 fastmath<contract> : f32
                  %v4268 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4267) : (f32) -> f32
                  %v4269 = arith.mulf %v4268, %v2165 fastmath<contract> : f32
                  %v4270 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4269) : (f32) -> f32
                  %v4271 = arith.mulf %v4270, %v2168 fastmath<contract> : f32
                  %v4272 = arith.subf %v4268, %v4271 fastmath<contract> : f32
                  %v4273 = arith.mulf %v4270, %v2169 fastmath<contract> : f32
                  %v4274 = arith.subf %v4272, %v4273 fastmath<contract> : f32
                  %v4275 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4274) : (f32) -> f32
                  %v4276 = arith.mulf %v4262, %v4275 fastmath<contract> : f32
                  llvm.store %v4276, %v158 : f32, !llvm.ptr
                  %v4277 = arith.mulf %v4268, %v2165 fastmath<contract> : f32
                  %v4278 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4277) : (f32) -> f32
                  %v4279 = arith.mulf %v4278, %v2168 fastmath<contract> : f32
                  %v4280 = arith.subf %v4268, %v4279 fastmath<contract> : f32
                  %v4281 = arith.mulf %v4278, %v2169 fastmath<contract> : f32
                  %v4282 = arith.subf %v4280, %v4281 fastmath<contract> : f32
                  %v4283 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4282) : (f32) -> f32
                  %v4284 = arith.mulf %v4262, %v4283 fastmath<contract> : f32
                  llvm.store %v4284, %v190 : f32, !llvm.ptr
                  %v4285 = arith.constant 3 : i64
                  %v4286 = arith.muli %v4285, %v3 : i64
                  %v4287 = llvm.getelementptr %in_nu_log[%v4286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4288 = llvm.load %v4287 : !llvm.ptr -> f32
                  %v4289 = arith.mulf %v4288, %v2154 fastmath<contract> : f32
                  %v4290 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4289) : (f32) -> f32
                  %v4291 = arith.negf %v4290 : f32
                  %v4292 = arith.mulf %v4291, %v2154 fastmath<contract> : f32
                  %v4293 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4292) : (f32) -> f32
                  %v4294 = arith.constant 3 : i64
                  %v4295 = arith.muli %v4294, %v3 : i64
                  %v4296 = llvm.getelementptr %in_theta_log[%v4295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4297 = llvm.load %v4296 : !llvm.ptr -> f32
                  %v4298 = arith.mulf %v4297, %v2154 fastmath<contract> : f32
                  %v4299 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4298) : (f32) -> f32
                  %v4300 = arith.mulf %v4299, %v2165 fastmath<contract> : f32
                  %v4301 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4300) : (f32) -> f32
                  %v4302 = arith.mulf %v4301, %v2168 fastmath<contract> : f32
                  %v4303 = arith.subf %v4299, %v4302 fastmath<contract> : f32
                  %v4304 = arith.mulf %v4301, %v2169 fastmath<contract> : f32
                  %v4305 = arith.subf %v4303, %v4304 fastmath<contract> : f32
                  %v4306 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4305) : (f32) -> f32
                  %v4307 = arith.mulf %v4293, %v4306 fastmath<contract> : f32
                  llvm.store %v4307, %v159 : f32, !llvm.ptr
                  %v4308 = arith.mulf %v4299, %v2165 fastmath<contract> : f32
                  %v4309 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4308) : (f32) -> f32
                  %v4310 = arith.mulf %v4309, %v2168 fastmath<contract> : f32
                  %v4311 = arith.subf %v4299, %v4310 fastmath<contract> : f32
                  %v4312 = arith.mulf %v4309, %v2169 fastmath<contract> : f32
                  %v4313 = arith.subf %v4311, %v4312 fastmath<contract> : f32
                  %v4314 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4313) : (f32) -> f32
                  %v4315 = arith.mulf %v4293, %v4314 fastmath<contract> : f32
                  llvm.store %v4315, %v191 : f32, !llvm.ptr
                  %v4316 = arith.constant 4 : i64
                  %v4317 = arith.muli %v4316, %v3 : i64
                  %v4318 = llvm.getelementptr %in_nu_log[%v4317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4319 = llvm.load %v4318 : !llvm.ptr -> f32
                  %v4320 = arith.mulf %v4319, %v2154 fastmath<contract> : f32
                  %v4321 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4320) : (f32) -> f32
                  %v4322 = arith.negf %v4321 : f32
                  %v4323 = arith.mulf %v4322, %v2154 fastmath<contract> : f32
                  %v4324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4323) : (f32) -> f32
                  %v4325 = arith.constant 4 : i64
                  %v4326 = arith.muli %v4325, %v3 : i64
                  %v4327 = llvm.getelementptr %in_theta_log[%v4326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4328 = llvm.load %v4327 : !llvm.ptr -> f32
                  %v4329 = arith.mulf %v4328, %v2154 fastmath<contract> : f32
                  %v4330 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4329) : (f32) -> f32
                  %v4331 = arith.mulf %v4330, %v2165 fastmath<contract> : f32
                  %v4332 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4331) : (f32) -> f32
                  %v4333 = arith.mulf %v4332, %v2168 fastmath<contract> : f32
                  %v4334 = arith.subf %v4330, %v4333 fastmath<contract> : f32
                  %v4335 = arith.mulf %v4332, %v2169 fastmath<contract> : f32
                  %v4336 = arith.subf %v4334, %v4335 fastmath<contract> : f32
                  %v4337 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4336) : (f32) -> f32
                  %v4338 = arith.mulf %v4324, %v4337 fastmath<contract> : f32
                  llvm.store %v4338, %v160 : f32, !llvm.ptr
                  %v4339 = arith.mulf %v4330, %v2165 fastmath<contract> : f32
                  %v4340 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4339) : (f32) -> f32
                  %v4341 = arith.mulf %v4340, %v2168 fastmath<contract> : f32
                  %v4342 = arith.subf %v4330, %v4341 fastmath<contract> : f32
                  %v4343 = arith.mulf %v4340, %v2169 fastmath<contract> : f32
                  %v4344 = arith.subf %v4342, %v4343 fastmath<contract> : f32
                  %v4345 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4344) : (f32) -> f32
                  %v4346 = arith.mulf %v4324, %v4345 fastmath<contract> : f32
                  llvm.store %v4346, %v192 : f32, !llvm.ptr
                  %v4347 = arith.constant 5 : i64
                  %v4348 = arith.muli %v4347, %v3 : i64
                  %v4349 = llvm.getelementptr %in_nu_log[%v4348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4350 = llvm.load %v4349 : !llvm.ptr -> f32
                  %v4351 = arith.mulf %v4350, %v2154 fastmath<contract> : f32
                  %v4352 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4351) : (f32) -> f32
                  %v4353 = arith.negf %v4352 : f32
                  %v4354 = arith.mulf %v4353, %v2154 fastmath<contract> : f32
                  %v4355 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4354) : (f32) -> f32
                  %v4356 = arith.constant 5 : i64
                  %v4357 = arith.muli %v4356, %v3 : i64
                  %v4358 = llvm.getelementptr %in_theta_log[%v4357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4359 = llvm.load %v4358 : !llvm.ptr -> f32
                  %v4360 = arith.mulf %v4359, %v2154 fastmath<contract> : f32
                  %v4361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4360) : (f32) -> f32
                  %v4362 = arith.mulf %v4361, %v2165 fastmath<contract> : f32
                  %v4363 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4362) : (f32) -> f32
                  %v4364 = arith.mulf %v4363, %v2168 fastmath<contract> : f32
                  %v4365 = arith.subf %v4361, %v4364 fastmath<contract> : f32
                  %v4366 = arith.mulf %v4363, %v2169 fastmath<contract> : f32
                  %v4367 = arith.subf %v4365, %v4366 fastmath<contract> : f32
                  %v4368 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4367) : (f32) -> f32
                  %v4369 = arith.mulf %v4355, %v4368 fastmath<contract> : f32
                  llvm.store %v4369, %v161 : f32, !llvm.ptr
                  %v4370 = arith.mulf %v4361, %v2165 fastmath<contract> : f32
                  %v4371 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4370) : (f32) -> f32
                  %v4372 = arith.mulf %v4371, %v2168 fastmath<contract> : f32
                  %v4373 = arith.subf %v4361, %v4372 fastmath<contract> : f32
                  %v4374 = arith.mulf %v4371, %v2169 fastmath<contract> : f32
                  %v4375 = arith.subf %v4373, %v4374 fastmath<contract> : f32
                  %v4376 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4375) : (f32) -> f32
                  %v4377 = arith.mulf %v4355, %v4376 fastmath<contract> : f32
                  llvm.store %v4377, %v193 : f32, !llvm.ptr
                  %v4378 = arith.constant 6 : i64
                  %v4379 = arith.muli %v4378, %v3 : i64
                  %v4380 = llvm.getelementptr %in_nu_log[%v4379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4381 = llvm.load %v4380 : !llvm.ptr -> f32
                  %v4382 = arith.mulf %v4381, %v2154 fastmath<contract> : f32
                  %v4383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4382) : (f32) -> f32
                  %v4384 = arith.negf %v4383 : f32
                  %v4385 = arith.mulf %v4384, %v2154 fastmath<contract> : f32
                  %v4386 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4385) : (f32) -> f32
                  %v4387 = arith.constant 6 : i64
                  %v4388 = arith.muli %v4387, %v3 : i64
                  %v4389 = llvm.getelementptr %in_theta_log[%v4388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4390 = llvm.load %v4389 : !llvm.ptr -> f32
                  %v4391 = arith.mulf %v4390, %v2154 fastmath<contract> : f32
                  %v4392 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4391) : (f32) -> f32
                  %v4393 = arith.mulf %v4392, %v2165 fastmath<contract> : f32
                  %v4394 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4393) : (f32) -> f32
                  %v4395 = arith.mulf %v4394, %v2168 fastmath<contract> : f32
                  %v4396 = arith.subf %v4392, %v4395 fastmath<contract> : f32
                  %v4397 = arith.mulf %v4394, %v2169 fastmath<contract> : f32
                  %v4398 = arith.subf %v4396, %v4397 fastmath<contract> : f32
                  %v4399 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4398) : (f32) -> f32
                  %v4400 = arith.mulf %v4386, %v4399 fastmath<contract> : f32
                  llvm.store %v4400, %v162 : f32, !llvm.ptr
                  %v4401 = arith.mulf %v4392, %v2165 fastmath<contract> : f32
                  %v4402 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4401) : (f32) -> f32
                  %v4403 = arith.mulf %v4402, %v2168 fastmath<contract> : f32
                  %v4404 = arith.subf %v4392, %v4403 fastmath<contract> : f32
                  %v4405 = arith.mulf %v4402, %v2169 fastmath<contract> : f32
                  %v4406 = arith.subf %v4404, %v4405 fastmath<contract> : f32
                  %v4407 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4406) : (f32) -> f32
                  %v4408 = arith.mulf %v4386, %v4407 fastmath<contract> : f32
                  llvm.store %v4408, %v194 : f32, !llvm.ptr
                  %v4409 = arith.constant 7 : i64
                  %v4410 = arith.muli %v4409, %v3 : i64
                  %v4411 = llvm.getelementptr %in_nu_log[%v4410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4412 = llvm.load %v4411 : !llvm.ptr -> f32
                  %v4413 = arith.mulf %v4412, %v2154 fastmath<contract> : f32
                  %v4414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4413) : (f32) -> f32
                  %v4415 = arith.negf %v4414 : f32
                  %v4416 = arith.mulf %v4415, %v2154 fastmath<contract> : f32
                  %v4417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4416) : (f32) -> f32
                  %v4418 = arith.constant 7 : i64
                  %v4419 = arith.muli %v4418, %v3 : i64
                  %v4420 = llvm.getelementptr %in_theta_log[%v4419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4421 = llvm.load %v4420 : !llvm.ptr -> f32
                  %v4422 = arith.mulf %v4421, %v2154 fastmath<contract> : f32
                  %v4423 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4422) : (f32) -> f32
                  %v4424 = arith.mulf %v4423, %v2165 fastmath<contract> : f32
                  %v4425 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4424) : (f32) -> f32
                  %v4426 = arith.mulf %v4425, %v2168 fastmath<contract> : f32
                  %v4427 = arith.subf %v4423, %v4426 fastmath<contract> : f32
                  %v4428 = arith.mulf %v4425, %v2169 fastmath<contract> : f32
                  %v4429 = arith.subf %v4427, %v4428 fastmath<contract> : f32
                  %v4430 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4429) : (f32) -> f32
                  %v4431 = arith.mulf %v4417, %v4430 fastmath<contract> : f32
                  llvm.store %v4431, %v163 : f32, !llvm.ptr
                  %v4432 = arith.mulf %v4423, %v2165 fastmath<contract> : f32
                  %v4433 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4432) : (f32) -> f32
                  %v4434 = arith.mulf %v4433, %v2168 fastmath<contract> : f32
                  %v4435 = arith.subf %v4423, %v4434 fastmath<contract> : f32
                  %v4436 = arith.mulf %v4433, %v2169 fastmath<contract> : f32
                  %v4437 = arith.subf %v4435, %v4436 fastmath<contract> : f32
                  %v4438 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4437) : (f32) -> f32
                  %v4439 = arith.mulf %v4417, %v4438 fastmath<contract> : f32
                  llvm.store %v4439, %v195 : f32, !llvm.ptr
                  %v4440 = arith.constant 8 : i64
                  %v4441 = arith.muli %v4440, %v3 : i64
                  %v4442 = llvm.getelementptr %in_nu_log[%v4441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4443 = llvm.load %v4442 : !llvm.ptr -> f32
                  %v4444 = arith.mulf %v4443, %v2154 fastmath<contract> : f32
                  %v4445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4444) : (f32) -> f32
                  %v4446 = arith.negf %v4445 : f32
                  %v4447 = arith.mulf %v4446, %v2154 fastmath<contract> : f32
                  %v4448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4447) : (f32) -> f32
                  %v4449 = arith.constant 8 : i64
                  %v4450 = arith.muli %v4449, %v3 : i64
                  %v4451 = llvm.getelementptr %in_theta_log[%v4450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4452 = llvm.load %v4451 : !llvm.ptr -> f32
                  %v4453 = arith.mulf %v4452, %v2154 fastmath<contract> : f32
                  %v4454 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4453) : (f32) -> f32
                  %v4455 = arith.mulf %v4454, %v2165 fastmath<contract> : f32
                  %v4456 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4455) : (f32) -> f32
                  %v4457 = arith.mulf %v4456, %v2168 fastmath<contract> : f32
                  %v4458 = arith.subf %v4454, %v4457 fastmath<contract> : f32
                  %v4459 = arith.mulf %v4456, %v2169 fastmath<contract> : f32
                  %v4460 = arith.subf %v4458, %v4459 fastmath<contract> : f32
                  %v4461 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4460) : (f32) -> f32
                  %v4462 = arith.mulf %v4448, %v4461 fastmath<contract> : f32
                  llvm.store %v4462, %v164 : f32, !llvm.ptr
                  %v4463 = arith.mulf %v4454, %v2165 fastmath<contract> : f32
                  %v4464 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4463) : (f32) -> f32
                  %v4465 = arith.mulf %v4464, %v2168 fastmath<contract> : f32
                  %v4466 = arith.subf %v4454, %v4465 fastmath<contract> : f32
                  %v4467 = arith.mulf %v4464, %v2169 fastmath<contract> : f32
                  %v4468 = arith.subf %v4466, %v4467 fastmath<contract> : f32
                  %v4469 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4468) : (f32) -> f32
                  %v4470 = arith.mulf %v4448, %v4469 fastmath<contract> : f32
                  llvm.store %v4470, %v196 : f32, !llvm.ptr
                  %v4471 = arith.constant 9 : i64
                  %v4472 = arith.muli %v4471, %v3 : i64
                  %v4473 = llvm.getelementptr %in_nu_log[%v4472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4474 = llvm.load %v4473 : !llvm.ptr -> f32
                  %v4475 = arith.mulf %v4474, %v2154 fastmath<contract> : f32
                  %v4476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4475) : (f32) -> f32
                  %v4477 = arith.negf %v4476 : f32
                  %v4478 = arith.mulf %v4477, %v2154 fastmath<contract> : f32
                  %v4479 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4478) : (f32) -> f32
                  %v4480 = arith.constant 9 : i64
                  %v4481 = arith.muli %v4480, %v3 : i64
                  %v4482 = llvm.getelementptr %in_theta_log[%v4481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4483 = llvm.load %v4482 : !llvm.ptr -> f32
                  %v4484 = arith.mulf %v4483, %v2154 fastmath<contract> : f32
                  %v4485 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4484) : (f32) -> f32
                  %v4486 = arith.mulf %v4485, %v2165 fastmath<contract> : f32
                  %v4487 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4486) : (f32) -> f32
                  %v4488 = arith.mulf %v4487, %v2168 fastmath<contract> : f32
                  %v4489 = arith.subf %v4485, %v4488 fastmath<contract> : f32
                  %v4490 = arith.mulf %v4487, %v2169 fastmath<contract> : f32
                  %v4491 = arith.subf %v4489, %v4490 fastmath<contract> : f32
                  %v4492 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4491) : (f32) -> f32
                  %v4493 = arith.mulf %v4479, %v4492 fastmath<contract> : f32
                  llvm.store %v4493, %v165 : f32, !llvm.ptr
                  %v4494 = arith.mulf %v4485, %v2165 fastmath<contract> : f32
                  %v4495 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4494) : (f32) -> f32
                  %v4496 = arith.mulf %v4495, %v2168 fastmath<contract> : f32
                  %v4497 = arith.subf %v4485, %v4496 fastmath<contract> : f32
                  %v4498 = arith.mulf %v4495, %v2169 fastmath<contract> : f32
                  %v4499 = arith.subf %v4497, %v4498 fastmath<contract> : f32
                  %v4500 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4499) : (f32) -> f32
                  %v4501 = arith.mulf %v4479, %v4500 fastmath<contract> : f32
                  llvm.store %v4501, %v197 : f32, !llvm.ptr
                  %v4502 = arith.constant 10 : i64
                  %v4503 = arith.muli %v4502, %v3 : i64
                  %v4504 = llvm.getelementptr %in_nu_log[%v4503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4505 = llvm.load %v4504 : !llvm.ptr -> f32
                  %v4506 = arith.mulf %v4505, %v2154 fastmath<contract> : f32
                  %v4507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4506) : (f32) -> f32
                  %v4508 = arith.negf %v4507 : f32
                  %v4509 = arith.mulf %v4508, %v2154 fastmath<contract> : f32
                  %v4510 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4509) : (f32) -> f32
                  %v4511 = arith.constant 10 : i64
                  %v4512 = arith.muli %v4511, %v3 : i64
                  %v4513 = llvm.getelementptr %in_theta_log[%v4512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4514 = llvm.load %v4513 : !llvm.ptr -> f32
                  %v4515 = arith.mulf %v4514, %v2154 fastmath<contract> : f32
                  %v4516 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4515) : (f32) -> f32
                  %v4517 = arith.mulf %v4516, %v2165 fastmath<contract> : f32
                  %v4518 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4517) : (f32) -> f32
                  %v4519 = arith.mulf %v4518, %v2168 fastmath<contract> : f32
                  %v4520 = arith.subf %v4516, %v4519 fastmath<contract> : f32
                  %v4521 = arith.mulf %v4518, %v2169 fastmath<contract> : f32
                  %v4522 = arith.subf %v4520, %v4521 fastmath<contract> : f32
                  %v4523 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4522) : (f32) -> f32
                  %v4524 = arith.mulf %v4510, %v4523 fastmath<contract> : f32
                  llvm.store %v4524, %v166 : f32, !llvm.ptr
                  %v4525 = arith.mulf %v4516, %v2165 fastmath<contract> : f32
                  %v4526 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4525) : (f32) -> f32
                  %v4527 = arith.mulf %v4526, %v2168 fastmath<contract> : f32
                  %v4528 = arith.subf %v4516, %v4527 fastmath<contract> : f32
                  %v4529 = arith.mulf %v4526, %v2169 fastmath<contract> : f32
                  %v4530 = arith.subf %v4528, %v4529 fastmath<contract> : f32
                  %v4531 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4530) : (f32) -> f32
                  %v4532 = arith.mulf %v4510, %v4531 fastmath<contract> : f32
                  llvm.store %v4532, %v198 : f32, !llvm.ptr
                  %v4533 = arith.constant 11 : i64
                  %v4534 = arith.muli %v4533, %v3 : i64
                  %v4535 = llvm.getelementptr %in_nu_log[%v4534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4536 = llvm.load %v4535 : !llvm.ptr -> f32
                  %v4537 = arith.mulf %v4536, %v2154 fastmath<contract> : f32
                  %v4538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4537) : (f32) -> f32
                  %v4539 = arith.negf %v4538 : f32
                  %v4540 = arith.mulf %v4539, %v2154 fastmath<contract> : f32
                  %v4541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4540) : (f32) -> f32
                  %v4542 = arith.constant 11 : i64
                  %v4543 = arith.muli %v4542, %v3 : i64
                  %v4544 = llvm.getelementptr %in_theta_log[%v4543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4545 = llvm.load %v4544 : !llvm.ptr -> f32
                  %v4546 = arith.mulf %v4545, %v2154 fastmath<contract> : f32
                  %v4547 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4546) : (f32) -> f32
                  %v4548 = arith.mulf %v4547, %v2165 fastmath<contract> : f32
                  %v4549 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4548) : (f32) -> f32
                  %v4550 = arith.mulf %v4549, %v2168 fastmath<contract> : f32
                  %v4551 = arith.subf %v4547, %v4550 fastmath<contract> : f32
                  %v4552 = arith.mulf %v4549, %v2169 fastmath<contract> : f32
                  %v4553 = arith.subf %v4551, %v4552 fastmath<contract> : f32
                  %v4554 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4553) : (f32) -> f32
                  %v4555 = arith.mulf %v4541, %v4554 fastmath<contract> : f32
                  llvm.store %v4555, %v167 : f32, !llvm.ptr
                  %v4556 = arith.mulf %v4547, %v2165 fastmath<contract> : f32
                  %v4557 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4556) : (f32) -> f32
                  %v4558 = arith.mulf %v4557, %v2168 fastmath<contract> : f32
                  %v4559 = arith.subf %v4547, %v4558 fastmath<contract> : f32
                  %v4560 = arith.mulf %v4557, %v2169 fastmath<contract> : f32
                  %v4561 = arith.subf %v4559, %v4560 fastmath<contract> : f32
                  %v4562 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4561) : (f32) -> f32
                  %v4563 = arith.mulf %v4541, %v4562 fastmath<contract> : f32
                  llvm.store %v4563, %v199 : f32, !llvm.ptr
                  %v4564 = arith.constant 12 : i64
                  %v4565 = arith.muli %v4564, %v3 : i64
                  %v4566 = llvm.getelementptr %in_nu_log[%v4565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4567 = llvm.load %v4566 : !llvm.ptr -> f32
                  %v4568 = arith.mulf %v4567, %v2154 fastmath<contract> : f32
                  %v4569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4568) : (f32) -> f32
                  %v4570 = arith.negf %v4569 : f32
                  %v4571 = arith.mulf %v4570, %v2154 fastmath<contract> : f32
                  %v4572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4571) : (f32) -> f32
                  %v4573 = arith.constant 12 : i64
                  %v4574 = arith.muli %v4573, %v3 : i64
                  %v4575 = llvm.getelementptr %in_theta_log[%v4574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4576 = llvm.load %v4575 : !llvm.ptr -> f32
                  %v4577 = arith.mulf %v4576, %v2154 fastmath<contract> : f32
                  %v4578 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4577) : (f32) -> f32
                  %v4579 = arith.mulf %v4578, %v2165 fastmath<contract> : f32
                  %v4580 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4579) : (f32) -> f32
                  %v4581 = arith.mulf %v4580, %v2168 fastmath<contract> : f32
                  %v4582 = arith.subf %v4578, %v4581 fastmath<contract> : f32
                  %v4583 = arith.mulf %v4580, %v2169 fastmath<contract> : f32
                  %v4584 = arith.subf %v4582, %v4583 fastmath<contract> : f32
                  %v4585 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4584) : (f32) -> f32
                  %v4586 = arith.mulf %v4572, %v4585 fastmath<contract> : f32
                  llvm.store %v4586, %v168 : f32, !llvm.ptr
                  %v4587 = arith.mulf %v4578, %v2165 fastmath<contract> : f32
                  %v4588 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4587) : (f32) -> f32
                  %v4589 = arith.mulf %v4588, %v2168 fastmath<contract> : f32
                  %v4590 = arith.subf %v4578, %v4589 fastmath<contract> : f32
                  %v4591 = arith.mulf %v4588, %v2169 fastmath<contract> : f32
                  %v4592 = arith.subf %v4590, %v4591 fastmath<contract> : f32
                  %v4593 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4592) : (f32) -> f32
                  %v4594 = arith.mulf %v4572, %v4593 fastmath<contract> : f32
                  llvm.store %v4594, %v200 : f32, !llvm.ptr
                  %v4595 = arith.constant 13 : i64
                  %v4596 = arith.muli %v4595, %v3 : i64
                  %v4597 = llvm.getelementptr %in_nu_log[%v4596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4598 = llvm.load %v4597 : !llvm.ptr -> f32
                  %v4599 = arith.mulf %v4598, %v2154 fastmath<contract> : f32
                  %v4600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4599) : (f32) -> f32
                  %v4601 = arith.negf %v4600 : f32
                  %v4602 = arith.mulf %v4601, %v2154 fastmath<contract> : f32
                  %v4603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4602) : (f32) -> f32
                  %v4604 = arith.constant 13 : i64
                  %v4605 = arith.muli %v4604, %v3 : i64
                  %v4606 = llvm.getelementptr %in_theta_log[%v4605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4607 = llvm.load %v4606 : !llvm.ptr -> f32
                  %v4608 = arith.mulf %v4607, %v2154 fastmath<contract> : f32
                  %v4609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4608) : (f32) -> f32
                  %v4610 = arith.mulf %v4609, %v2165 fastmath<contract> : f32
                  %v4611 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4610) : (f32) -> f32
                  %v4612 = arith.mulf %v4611, %v2168 fastmath<contract> : f32
                  %v4613 = arith.subf %v4609, %v4612 fastmath<contract> : f32
                  %v4614 = arith.mulf %v4611, %v2169 fastmath<contract> : f32
                  %v4615 = arith.subf %v4613, %v4614 fastmath<contract> : f32
                  %v4616 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4615) : (f32) -> f32
                  %v4617 = arith.mulf %v4603, %v4616 fastmath<contract> : f32
                  llvm.store %v4617, %v169 : f32, !llvm.ptr
                  %v4618 = arith.mulf %v4609, %v2165 fastmath<contract> : f32
                  %v4619 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4618) : (f32) -> f32
                  %v4620 = arith.mulf %v4619, %v2168 fastmath<contract> : f32
                  %v4621 = arith.subf %v4609, %v4620 fastmath<contract> : f32
                  %v4622 = arith.mulf %v4619, %v2169 fastmath<contract> : f32
                  %v4623 = arith.subf %v4621, %v4622 fastmath<contract> : f32
                  %v4624 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4623) : (f32) -> f32
                  %v4625 = arith.mulf %v4603, %v4624 fastmath<contract> : f32
                  llvm.store %v4625, %v201 : f32, !llvm.ptr
                  %v4626 = arith.constant 14 : i64
                  %v4627 = arith.muli %v4626, %v3 : i64
                  %v4628 = llvm.getelementptr %in_nu_log[%v4627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4629 = llvm.load %v4628 : !llvm.ptr -> f32
                  %v4630 = arith.mulf %v4629, %v2154 fastmath<contract> : f32
                  %v4631 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4630) : (f32) -> f32
                  %v4632 = arith.negf %v4631 : f32
                  %v4633 = arith.mulf %v4632, %v2154 fastmath<contract> : f32
                  %v4634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4633) : (f32) -> f32
                  %v4635 = arith.constant 14 : i64
                  %v4636 = arith.muli %v4635, %v3 : i64
                  %v4637 = llvm.getelementptr %in_theta_log[%v4636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4638 = llvm.load %v4637 : !llvm.ptr -> f32
                  %v4639 = arith.mulf %v4638, %v2154 fastmath<contract> : f32
                  %v4640 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4639) : (f32) -> f32
                  %v4641 = arith.mulf %v4640, %v2165 fastmath<contract> : f32
                  %v4642 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4641) : (f32) -> f32
                  %v4643 = arith.mulf %v4642, %v2168 fastmath<contract> : f32
                  %v4644 = arith.subf %v4640, %v4643 fastmath<contract> : f32
                  %v4645 = arith.mulf %v4642, %v2169 fastmath<contract> : f32
                  %v4646 = arith.subf %v4644, %v4645 fastmath<contract> : f32
                  %v4647 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4646) : (f32) -> f32
                  %v4648 = arith.mulf %v4634, %v4647 fastmath<contract> : f32
                  llvm.store %v4648, %v170 : f32, !llvm.ptr
                  %v4649 = arith.mulf %v4640, %v2165 fastmath<contract> : f32
                  %v4650 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4649) : (f32) -> f32
                  %v4651 = arith.mulf %v4650, %v2168 fastmath<contract> : f32
                  %v4652 = arith.subf %v4640, %v4651 fastmath<contract> : f32
                  %v4653 = arith.mulf %v4650, %v2169 fastmath<contract> : f32
                  %v4654 = arith.subf %v4652, %v4653 fastmath<contract> : f32
                  %v4655 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4654) : (f32) -> f32
                  %v4656 = arith.mulf %v4634, %v4655 fastmath<contract> : f32
                  llvm.store %v4656, %v202 : f32, !llvm.ptr
                  %v4657 = arith.constant 15 : i64
                  %v4658 = arith.muli %v4657, %v3 : i64
                  %v4659 = llvm.getelementptr %in_nu_log[%v4658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4660 = llvm.load %v4659 : !llvm.ptr -> f32
                  %v4661 = arith.mulf %v4660, %v2154 fastmath<contract> : f32
                  %v4662 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4661) : (f32) -> f32
                  %v4663 = arith.negf %v4662 : f32
                  %v4664 = arith.mulf %v4663, %v2154 fastmath<contract> : f32
                  %v4665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4664) : (f32) -> f32
                  %v4666 = arith.constant 15 : i64
                  %v4667 = arith.muli %v4666, %v3 : i64
                  %v4668 = llvm.getelementptr %in_theta_log[%v4667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4669 = llvm.load %v4668 : !llvm.ptr -> f32
                  %v4670 = arith.mulf %v4669, %v2154 fastmath<contract> : f32
                  %v4671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4670) : (f32) -> f32
                  %v4672 = arith.mulf %v4671, %v2165 fastmath<contract> : f32
                  %v4673 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4672) : (f32) -> f32
                  %v4674 = arith.mulf %v4673, %v2168 fastmath<contract> : f32
                  %v4675 = arith.subf %v4671, %v4674 fastmath<contract> : f32
                  %v4676 = arith.mulf %v4673, %v2169 fastmath<contract> : f32
                  %v4677 = arith.subf %v4675, %v4676 fastmath<contract> : f32
                  %v4678 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4677) : (f32) -> f32
                  %v4679 = arith.mulf %v4665, %v4678 fastmath<contract> : f32
                  llvm.store %v4679, %v171 : f32, !llvm.ptr
                  %v4680 = arith.mulf %v4671, %v2165 fastmath<contract> : f32
                  %v4681 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4680) : (f32) -> f32
                  %v4682 = arith.mulf %v4681, %v2168 fastmath<contract> : f32
                  %v4683 = arith.subf %v4671, %v4682 fastmath<contract> : f32
                  %v4684 = arith.mulf %v4681, %v2169 fastmath<contract> : f32
                  %v4685 = arith.subf %v4683, %v4684 fastmath<contract> : f32
                  %v4686 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4685) : (f32) -> f32
                  %v4687 = arith.mulf %v4665, %v4686 fastmath<contract> : f32
                  llvm.store %v4687, %v203 : f32, !llvm.ptr
                  llvm.store %v4214, %v172 : f32, !llvm.ptr
                  %v4688 = arith.negf %v4222 : f32
                  llvm.store %v4688, %v204 : f32, !llvm.ptr
                  llvm.store %v4245, %v173 : f32, !llvm.ptr
                  %v4689 = arith.negf %v4253 : f32
                  llvm.store %v4689, %v205 : f32, !llvm.ptr
                  llvm.store %v4276, %v174 : f32, !llvm.ptr
                  %v4690 = arith.negf %v4284 : f32
                  llvm.store %v4690, %v206 : f32, !llvm.ptr
                  llvm.store %v4307, %v175 : f32, !llvm.ptr
                  %v4691 = arith.negf %v4315 : f32
                  llvm.store %v4691, %v207 : f32, !llvm.ptr
                  llvm.store %v4338, %v176 : f32, !llvm.ptr
                  %v4692 = arith.negf %v4346 : f32
                  llvm.store %v4692, %v208 : f32, !llvm.ptr
                  llvm.store %v4369, %v177 : f32, !llvm.ptr
                  %v4693 = arith.negf %v4377 : f32
                  llvm.store %v4693, %v209 : f32, !llvm.ptr
                  llvm.store %v4400, %v178 : f32, !llvm.ptr
                  %v4694 = arith.negf %v4408 : f32
                  llvm.store %v4694, %v210 : f32, !llvm.ptr
                  llvm.store %v4431, %v179 : f32, !llvm.ptr
                  %v4695 = arith.negf %v4439 : f32
                  llvm.store %v4695, %v211 : f32, !llvm.ptr
                  llvm.store %v4462, %v180 : f32, !llvm.ptr
                  %v4696 = arith.negf %v4470 : f32
                  llvm.store %v4696, %v212 : f32, !llvm.ptr
                  llvm.store %v4493, %v181 : f32, !llvm.ptr
                  %v4697 = arith.negf %v4501 : f32
                  llvm.store %v4697, %v213 : f32, !llvm.ptr
                  llvm.store %v4524, %v182 : f32, !llvm.ptr
                  %v4698 = arith.negf %v4532 : f32
                  llvm.store %v4698, %v214 : f32, !llvm.ptr
                  llvm.store %v4555, %v183 : f32, !llvm.ptr
                  %v4699 = arith.negf %v4563 : f32
                  llvm.store %v4699, %v215 : f32, !llvm.ptr
                  llvm.store %v4586, %v184 : f32, !llvm.ptr
                  %v4700 = arith.negf %v4594 : f32
                  llvm.store %v4700, %v216 : f32, !llvm.ptr
                  llvm.store %v4617, %v185 : f32, !llvm.ptr
                  %v4701 = arith.negf %v4625 : f32
                  llvm.store %v4701, %v217 : f32, !llvm.ptr
                  llvm.store %v4648, %v186 : f32, !llvm.ptr
                  %v4702 = arith.negf %v4656 : f32
                  llvm.store %v4702, %v218 : f32, !llvm.ptr
                  llvm.store %v4679, %v187 : f32, !llvm.ptr
                  %v4703 = arith.negf %v4687 : f32
                  llvm.store %v4703, %v219 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v116 {
        %v4704 = llvm.load %v124 : !llvm.ptr -> f32
        %v4705 = arith.muli %v578, %v8 : i64
        %v4706 = arith.addi %v4705, %v112 : i64
        %v4707 = arith.muli %v4706, %v2 : i64
        %v4708 = arith.addi %v4707, %v578 : i64
        %v4709 = arith.muli %v4708, %v4 : i64
        %v4710 = arith.subi %v4, %v3 : i64
        %v4711 = arith.minsi %v115, %v4710 : i64
        %v4712 = arith.addi %v4709, %v4711 : i64
        %v4713 = llvm.getelementptr %segsum_x_re[%v4712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4704, %v4713 : f32, !llvm.ptr
        %v4714 = llvm.load %v514 : !llvm.ptr -> f32
        %v4715 = arith.muli %v3, %v8 : i64
        %v4716 = arith.addi %v4715, %v112 : i64
        %v4717 = arith.muli %v4716, %v2 : i64
        %v4718 = arith.addi %v4717, %v578 : i64
        %v4719 = arith.muli %v4718, %v4 : i64
        %v4720 = arith.subi %v4, %v3 : i64
        %v4721 = arith.minsi %v115, %v4720 : i64
        %v4722 = arith.addi %v4719, %v4721 : i64
        %v4723 = llvm.getelementptr %segsum_x_re[%v4722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4714, %v4723 : f32, !llvm.ptr
        %v4724 = llvm.load %v515 : !llvm.ptr -> f32
        %v4726 = arith.muli %v4725, %v8 : i64
        %v4727 = arith.addi %v4726, %v112 : i64
        %v4728 = arith.muli %v4727, %v2 : i64
        %v4729 = arith.addi %v4728, %v578 : i64
        %v4730 = arith.muli %v4729, %v4 : i64
        %v4731 = arith.subi %v4, %v3 : i64
        %v4732 = arith.minsi %v115, %v4731 : i64
        %v4733 = arith.addi %v4730, %v4732 : i64
        %v4734 = llvm.getelementptr %segsum_x_re[%v4733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4724, %v4734 : f32, !llvm.ptr
        %v4735 = llvm.load %v156 : !llvm.ptr -> f32
        %v4737 = arith.muli %v4736, %v8 : i64
        %v4738 = arith.addi %v4737, %v112 : i64
        %v4739 = arith.muli %v4738, %v2 : i64
        %v4740 = arith.addi %v4739, %v578 : i64
        %v4741 = arith.muli %v4740, %v4 : i64
        %v4742 = arith.subi %v4, %v3 : i64
        %v4743 = arith.minsi %v115, %v4742 : i64
        %v4744 = arith.addi %v4741, %v4743 : i64
        %v4745 = llvm.getelementptr %segsum_x_re[%v4744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4735, %v4745 : f32, !llvm.ptr
        %v4746 = llvm.load %v188 : !llvm.ptr -> f32
        %v4747 = arith.muli %v1, %v8 : i64
        %v4748 = arith.addi %v4747, %v112 : i64
        %v4749 = arith.muli %v4748, %v2 : i64
        %v4750 = arith.addi %v4749, %v578 : i64
        %v4751 = arith.muli %v4750, %v4 : i64
        %v4752 = arith.subi %v4, %v3 : i64
        %v4753 = arith.minsi %v115, %v4752 : i64
        %v4754 = arith.addi %v4751, %v4753 : i64
        %v4755 = llvm.getelementptr %segsum_x_re[%v4754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4746, %v4755 : f32, !llvm.ptr
        %v4756 = llvm.load %v125 : !llvm.ptr -> f32
        %v4757 = arith.muli %v578, %v8 : i64
        %v4758 = arith.addi %v4757, %v112 : i64
        %v4759 = arith.muli %v4758, %v2 : i64
        %v4760 = arith.addi %v4759, %v3 : i64
        %v4761 = arith.muli %v4760, %v4 : i64
        %v4762 = arith.subi %v4, %v3 : i64
        %v4763 = arith.minsi %v115, %v4762 : i64
        %v4764 = arith.addi %v4761, %v4763 : i64
        %v4765 = llvm.getelementptr %segsum_x_re[%v4764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4756, %v4765 : f32, !llvm.ptr
        %v4766 = llvm.load %v516 : !llvm.ptr -> f32
        %v4767 = arith.muli %v3, %v8 : i64
        %v4768 = arith.addi %v4767, %v112 : i64
        %v4769 = arith.muli %v4768, %v2 : i64
        %v4770 = arith.addi %v4769, %v3 : i64
        %v4771 = arith.muli %v4770, %v4 : i64
        %v4772 = arith.subi %v4, %v3 : i64
        %v4773 = arith.minsi %v115, %v4772 : i64
        %v4774 = arith.addi %v4771, %v4773 : i64
        %v4775 = llvm.getelementptr %segsum_x_re[%v4774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4766, %v4775 : f32, !llvm.ptr
        %v4776 = llvm.load %v517 : !llvm.ptr -> f32
        %v4777 = arith.muli %v4725, %v8 : i64
        %v4778 = arith.addi %v4777, %v112 : i64
        %v4779 = arith.muli %v4778, %v2 : i64
        %v4780 = arith.addi %v4779, %v3 : i64
        %v4781 = arith.muli %v4780, %v4 : i64
        %v4782 = arith.subi %v4, %v3 : i64
        %v4783 = arith.minsi %v115, %v4782 : i64
        %v4784 = arith.addi %v4781, %v4783 : i64
        %v4785 = llvm.getelementptr %segsum_x_re[%v4784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4776, %v4785 : f32, !llvm.ptr
        %v4786 = llvm.load %v157 : !llvm.ptr -> f32
        %v4787 = arith.muli %v4736, %v8 : i64
        %v4788 = arith.addi %v4787, %v112 : i64
        %v4789 = arith.muli %v4788, %v2 : i64
        %v4790 = arith.addi %v4789, %v3 : i64
        %v4791 = arith.muli %v4790, %v4 : i64
        %v4792 = arith.subi %v4, %v3 : i64
        %v4793 = arith.minsi %v115, %v4792 : i64
        %v4794 = arith.addi %v4791, %v4793 : i64
        %v4795 = llvm.getelementptr %segsum_x_re[%v4794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4786, %v4795 : f32, !llvm.ptr
        %v4796 = llvm.load %v189 : !llvm.ptr -> f32
        %v4797 = arith.muli %v1, %v8 : i64
        %v4798 = arith.addi %v4797, %v112 : i64
        %v4799 = arith.muli %v4798, %v2 : i64
        %v4800 = arith.addi %v4799, %v3 : i64
        %v4801 = arith.muli %v4800, %v4 : i64
        %v4802 = arith.subi %v4, %v3 : i64
        %v4803 = arith.minsi %v115, %v4802 : i64
        %v4804 = arith.addi %v4801, %v4803 : i64
        %v4805 = llvm.getelementptr %segsum_x_re[%v4804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4796, %v4805 : f32, !llvm.ptr
        %v4806 = llvm.load %v126 : !llvm.ptr -> f32
        %v4807 = arith.muli %v578, %v8 : i64
        %v4808 = arith.addi %v4807, %v112 : i64
        %v4809 = arith.muli %v4808, %v2 : i64
        %v4810 = arith.addi %v4809, %v4725 : i64
        %v4811 = arith.muli %v4810, %v4 : i64
        %v4812 = arith.subi %v4, %v3 : i64
        %v4813 = arith.minsi %v115, %v4812 : i64
        %v4814 = arith.addi %v4811, %v4813 : i64
        %v4815 = llvm.getelementptr %segsum_x_re[%v4814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4806, %v4815 : f32, !llvm.ptr
        %v4816 = llvm.load %v518 : !llvm.ptr -> f32
        %v4817 = arith.muli %v3, %v8 : i64
        %v4818 = arith.addi %v4817, %v112 : i64
        %v4819 = arith.muli %v4818, %v2 : i64
        %v4820 = arith.addi %v4819, %v4725 : i64
        %v4821 = arith.muli %v4820, %v4 : i64
        %v4822 = arith.subi %v4, %v3 : i64
        %v4823 = arith.minsi %v115, %v4822 : i64
        %v4824 = arith.addi %v4821, %v4823 : i64
        %v4825 = llvm.getelementptr %segsum_x_re[%v4824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4816, %v4825 : f32, !llvm.ptr
        %v4826 = llvm.load %v519 : !llvm.ptr -> f32
        %v4827 = arith.muli %v4725, %v8 : i64
        %v4828 = arith.addi %v4827, %v112 : i64
        %v4829 = arith.muli %v4828, %v2 : i64
        %v4830 = arith.addi %v4829, %v4725 : i64
        %v4831 = arith.muli %v4830, %v4 : i64
        %v4832 = arith.subi %v4, %v3 : i64
        %v4833 = arith.minsi %v115, %v4832 : i64
        %v4834 = arith.addi %v4831, %v4833 : i64
        %v4835 = llvm.getelementptr %segsum_x_re[%v4834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4826, %v4835 : f32, !llvm.ptr
        %v4836 = llvm.load %v158 : !llvm.ptr -> f32
        %v4837 = arith.muli %v4736, %v8 : i64
        %v4838 = arith.addi %v4837, %v112 : i64
        %v4839 = arith.muli %v4838, %v2 : i64
        %v4840 = arith.addi %v4839, %v4725 : i64
        %v4841 = arith.muli %v4840, %v4 : i64
        %v4842 = arith.subi %v4, %v3 : i64
        %v4843 = arith.minsi %v115, %v4842 : i64
        %v4844 = arith.addi %v4841, %v4843 : i64
        %v4845 = llvm.getelementptr %segsum_x_re[%v4844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4836, %v4845 : f32, !llvm.ptr
        %v4846 = llvm.load %v190 : !llvm.ptr -> f32
        %v4847 = arith.muli %v1, %v8 : i64
        %v4848 = arith.addi %v4847, %v112 : i64
        %v4849 = arith.muli %v4848, %v2 : i64
        %v4850 = arith.addi %v4849, %v4725 : i64
        %v4851 = arith.muli %v4850, %v4 : i64
        %v4852 = arith.subi %v4, %v3 : i64
        %v4853 = arith.minsi %v115, %v4852 : i64
        %v4854 = arith.addi %v4851, %v4853 : i64
        %v4855 = llvm.getelementptr %segsum_x_re[%v4854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4846, %v4855 : f32, !llvm.ptr
        %v4856 = llvm.load %v127 : !llvm.ptr -> f32
        %v4857 = arith.muli %v578, %v8 : i64
        %v4858 = arith.addi %v4857, %v112 : i64
        %v4859 = arith.muli %v4858, %v2 : i64
        %v4860 = arith.addi %v4859, %v4736 : i64
        %v4861 = arith.muli %v4860, %v4 : i64
        %v4862 = arith.subi %v4, %v3 : i64
        %v4863 = arith.minsi %v115, %v4862 : i64
        %v4864 = arith.addi %v4861, %v4863 : i64
        %v4865 = llvm.getelementptr %segsum_x_re[%v4864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4856, %v4865 : f32, !llvm.ptr
        %v4866 = llvm.load %v520 : !llvm.ptr -> f32
        %v4867 = arith.muli %v3, %v8 : i64
        %v4868 = arith.addi %v4867, %v112 : i64
        %v4869 = arith.muli %v4868, %v2 : i64
        %v4870 = arith.addi %v4869, %v4736 : i64
        %v4871 = arith.muli %v4870, %v4 : i64
        %v4872 = arith.subi %v4, %v3 : i64
        %v4873 = arith.minsi %v115, %v4872 : i64
        %v4874 = arith.addi %v4871, %v4873 : i64
        %v4875 = llvm.getelementptr %segsum_x_re[%v4874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4866, %v4875 : f32, !llvm.ptr
        %v4876 = llvm.load %v521 : !llvm.ptr -> f32
        %v4877 = arith.muli %v4725, %v8 : i64
        %v4878 = arith.addi %v4877, %v112 : i64
        %v4879 = arith.muli %v4878, %v2 : i64
        %v4880 = arith.addi %v4879, %v4736 : i64
        %v4881 = arith.muli %v4880, %v4 : i64
        %v4882 = arith.subi %v4, %v3 : i64
        %v4883 = arith.minsi %v115, %v4882 : i64
        %v4884 = arith.addi %v4881, %v4883 : i64
        %v4885 = llvm.getelementptr %segsum_x_re[%v4884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4876, %v4885 : f32, !llvm.ptr
        %v4886 = llvm.load %v159 : !llvm.ptr -> f32
        %v4887 = arith.muli %v4736, %v8 : i64
        %v4888 = arith.addi %v4887, %v112 : i64
        %v4889 = arith.muli %v4888, %v2 : i64
        %v4890 = arith.addi %v4889, %v4736 : i64
        %v4891 = arith.muli %v4890, %v4 : i64
        %v4892 = arith.subi %v4, %v3 : i64
        %v4893 = arith.minsi %v115, %v4892 : i64
        %v4894 = arith.addi %v4891, %v4893 : i64
        %v4895 = llvm.getelementptr %segsum_x_re[%v4894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4886, %v4895 : f32, !llvm.ptr
        %v4896 = llvm.load %v191 : !llvm.ptr -> f32
        %v4897 = arith.muli %v1, %v8 : i64
        %v4898 = arith.addi %v4897, %v112 : i64
        %v4899 = arith.muli %v4898, %v2 : i64
        %v4900 = arith.addi %v4899, %v4736 : i64
        %v4901 = arith.muli %v4900, %v4 : i64
        %v4902 = arith.subi %v4, %v3 : i64
        %v4903 = arith.minsi %v115, %v4902 : i64
        %v4904 = arith.addi %v4901, %v4903 : i64
        %v4905 = llvm.getelementptr %segsum_x_re[%v4904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4896, %v4905 : f32, !llvm.ptr
        %v4906 = llvm.load %v128 : !llvm.ptr -> f32
        %v4907 = arith.muli %v578, %v8 : i64
        %v4908 = arith.addi %v4907, %v112 : i64
        %v4909 = arith.muli %v4908, %v2 : i64
        %v4910 = arith.addi %v4909, %v1 : i64
        %v4911 = arith.muli %v4910, %v4 : i64
        %v4912 = arith.subi %v4, %v3 : i64
        %v4913 = arith.minsi %v115, %v4912 : i64
        %v4914 = arith.addi %v4911, %v4913 : i64
        %v4915 = llvm.getelementptr %segsum_x_re[%v4914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4906, %v4915 : f32, !llvm.ptr
        %v4916 = llvm.load %v522 : !llvm.ptr -> f32
        %v4917 = arith.muli %v3, %v8 : i64
        %v4918 = arith.addi %v4917, %v112 : i64
        %v4919 = arith.muli %v4918, %v2 : i64
        %v4920 = arith.addi %v4919, %v1 : i64
        %v4921 = arith.muli %v4920, %v4 : i64
        %v4922 = arith.subi %v4, %v3 : i64
        %v4923 = arith.minsi %v115, %v4922 : i64
        %v4924 = arith.addi %v4921, %v4923 : i64
        %v4925 = llvm.getelementptr %segsum_x_re[%v4924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4916, %v4925 : f32, !llvm.ptr
        %v4926 = llvm.load %v523 : !llvm.ptr -> f32
        %v4927 = arith.muli %v4725, %v8 : i64
        %v4928 = arith.addi %v4927, %v112 : i64
        %v4929 = arith.muli %v4928, %v2 : i64
        %v4930 = arith.addi %v4929, %v1 : i64
        %v4931 = arith.muli %v4930, %v4 : i64
        %v4932 = arith.subi %v4, %v3 : i64
        %v4933 = arith.minsi %v115, %v4932 : i64
        %v4934 = arith.addi %v4931, %v4933 : i64
        %v4935 = llvm.getelementptr %segsum_x_re[%v4934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4926, %v4935 : f32, !llvm.ptr
        %v4936 = llvm.load %v160 : !llvm.ptr -> f32
        %v4937 = arith.muli %v4736, %v8 : i64
        %v4938 = arith.addi %v4937, %v112 : i64
        %v4939 = arith.muli %v4938, %v2 : i64
        %v4940 = arith.addi %v4939, %v1 : i64
        %v4941 = arith.muli %v4940, %v4 : i64
        %v4942 = arith.subi %v4, %v3 : i64
        %v4943 = arith.minsi %v115, %v4942 : i64
        %v4944 = arith.addi %v4941, %v4943 : i64
        %v4945 = llvm.getelementptr %segsum_x_re[%v4944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4936, %v4945 : f32, !llvm.ptr
        %v4946 = llvm.load %v192 : !llvm.ptr -> f32
        %v4947 = arith.muli %v1, %v8 : i64
        %v4948 = arith.addi %v4947, %v112 : i64
        %v4949 = arith.muli %v4948, %v2 : i64
        %v4950 = arith.addi %v4949, %v1 : i64
        %v4951 = arith.muli %v4950, %v4 : i64
        %v4952 = arith.subi %v4, %v3 : i64
        %v4953 = arith.minsi %v115, %v4952 : i64
        %v4954 = arith.addi %v4951, %v4953 : i64
        %v4955 = llvm.getelementptr %segsum_x_re[%v4954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4946, %v4955 : f32, !llvm.ptr
        %v4956 = llvm.load %v129 : !llvm.ptr -> f32
        %v4958 = arith.muli %v578, %v8 : i64
        %v4959 = arith.addi %v4958, %v112 : i64
        %v4960 = arith.muli %v4959, %v2 : i64
        %v4961 = arith.addi %v4960, %v4957 : i64
        %v4962 = arith.muli %v4961, %v4 : i64
        %v4963 = arith.subi %v4, %v3 : i64
        %v4964 = arith.minsi %v115, %v4963 : i64
        %v4965 = arith.addi %v4962, %v4964 : i64
        %v4966 = llvm.getelementptr %segsum_x_re[%v4965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4956, %v4966 : f32, !llvm.ptr
        %v4967 = llvm.load %v524 : !llvm.ptr -> f32
        %v4968 = arith.muli %v3, %v8 : i64
        %v4969 = arith.addi %v4968, %v112 : i64
        %v4970 = arith.muli %v4969, %v2 : i64
        %v4971 = arith.addi %v4970, %v4957 : i64
        %v4972 = arith.muli %v4971, %v4 : i64
        %v4973 = arith.subi %v4, %v3 : i64
        %v4974 = arith.minsi %v115, %v4973 : i64
        %v4975 = arith.addi %v4972, %v4974 : i64
        %v4976 = llvm.getelementptr %segsum_x_re[%v4975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4967, %v4976 : f32, !llvm.ptr
        %v4977 = llvm.load %v525 : !llvm.ptr -> f32
        %v4978 = arith.muli %v4725, %v8 : i64
        %v4979 = arith.addi %v4978, %v112 : i64
        %v4980 = arith.muli %v4979, %v2 : i64
        %v4981 = arith.addi %v4980, %v4957 : i64
        %v4982 = arith.muli %v4981, %v4 : i64
        %v4983 = arith.subi %v4, %v3 : i64
        %v4984 = arith.minsi %v115, %v4983 : i64
        %v4985 = arith.addi %v4982, %v4984 : i64
        %v4986 = llvm.getelementptr %segsum_x_re[%v4985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4977, %v4986 : f32, !llvm.ptr
        %v4987 = llvm.load %v161 : !llvm.ptr -> f32
        %v4988 = arith.muli %v4736, %v8 : i64
        %v4989 = arith.addi %v4988, %v112 : i64
        %v4990 = arith.muli %v4989, %v2 : i64
        %v4991 = arith.addi %v4990, %v4957 : i64
        %v4992 = arith.muli %v4991, %v4 : i64
        %v4993 = arith.subi %v4, %v3 : i64
        %v4994 = arith.minsi %v115, %v4993 : i64
        %v4995 = arith.addi %v4992, %v4994 : i64
        %v4996 = llvm.getelementptr %segsum_x_re[%v4995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4987, %v4996 : f32, !llvm.ptr
        %v4997 = llvm.load %v193 : !llvm.ptr -> f32
        %v4998 = arith.muli %v1, %v8 : i64
        %v4999 = arith.addi %v4998, %v112 : i64
        %v5000 = arith.muli %v4999, %v2 : i64
        %v5001 = arith.addi %v5000, %v4957 : i64
        %v5002 = arith.muli %v5001, %v4 : i64
        %v5003 = arith.subi %v4, %v3 : i64
        %v5004 = arith.minsi %v115, %v5003 : i64
        %v5005 = arith.addi %v5002, %v5004 : i64
        %v5006 = llvm.getelementptr %segsum_x_re[%v5005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4997, %v5006 : f32, !llvm.ptr
        %v5007 = llvm.load %v130 : !llvm.ptr -> f32
        %v5009 = arith.muli %v578, %v8 : i64
        %v5010 = arith.addi %v5009, %v112 : i64
        %v5011 = arith.muli %v5010, %v2 : i64
        %v5012 = arith.addi %v5011, %v5008 : i64
        %v5013 = arith.muli %v5012, %v4 : i64
        %v5014 = arith.subi %v4, %v3 : i64
        %v5015 = arith.minsi %v115, %v5014 : i64
        %v5016 = arith.addi %v5013, %v5015 : i64
        %v5017 = llvm.getelementptr %segsum_x_re[%v5016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5007, %v5017 : f32, !llvm.ptr
        %v5018 = llvm.load %v526 : !llvm.ptr -> f32
        %v5019 = arith.muli %v3, %v8 : i64
        %v5020 = arith.addi %v5019, %v112 : i64
        %v5021 = arith.muli %v5020, %v2 : i64
        %v5022 = arith.addi %v5021, %v5008 : i64
        %v5023 = arith.muli %v5022, %v4 : i64
        %v5024 = arith.subi %v4, %v3 : i64
        %v5025 = arith.minsi %v115, %v5024 : i64
        %v5026 = arith.addi %v5023, %v5025 : i64
        %v5027 = llvm.getelementptr %segsum_x_re[%v5026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5018, %v5027 : f32, !llvm.ptr
        %v5028 = llvm.load %v527 : !llvm.ptr -> f32
        %v5029 = arith.muli %v4725, %v8 : i64
        %v5030 = arith.addi %v5029, %v112 : i64
        %v5031 = arith.muli %v5030, %v2 : i64
        %v5032 = arith.addi %v5031, %v5008 : i64
        %v5033 = arith.muli %v5032, %v4 : i64
        %v5034 = arith.subi %v4, %v3 : i64
        %v5035 = arith.minsi %v115, %v5034 : i64
        %v5036 = arith.addi %v5033, %v5035 : i64
        %v5037 = llvm.getelementptr %segsum_x_re[%v5036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5028, %v5037 : f32, !llvm.ptr
        %v5038 = llvm.load %v162 : !llvm.ptr -> f32
        %v5039 = arith.muli %v4736, %v8 : i64
        %v5040 = arith.addi %v5039, %v112 : i64
        %v5041 = arith.muli %v5040, %v2 : i64
        %v5042 = arith.addi %v5041, %v5008 : i64
        %v5043 = arith.muli %v5042, %v4 : i64
        %v5044 = arith.subi %v4, %v3 : i64
        %v5045 = arith.minsi %v115, %v5044 : i64
        %v5046 = arith.addi %v5043, %v5045 : i64
        %v5047 = llvm.getelementptr %segsum_x_re[%v5046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5038, %v5047 : f32, !llvm.ptr
        %v5048 = llvm.load %v194 : !llvm.ptr -> f32
        %v5049 = arith.muli %v1, %v8 : i64
        %v5050 = arith.addi %v5049, %v112 : i64
        %v5051 = arith.muli %v5050, %v2 : i64
        %v5052 = arith.addi %v5051, %v5008 : i64
        %v5053 = arith.muli %v5052, %v4 : i64
        %v5054 = arith.subi %v4, %v3 : i64
        %v5055 = arith.minsi %v115, %v5054 : i64
        %v5056 = arith.addi %v5053, %v5055 : i64
        %v5057 = llvm.getelementptr %segsum_x_re[%v5056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5048, %v5057 : f32, !llvm.ptr
        %v5058 = llvm.load %v131 : !llvm.ptr -> f32
        %v5060 = arith.muli %v578, %v8 : i64
        %v5061 = arith.addi %v5060, %v112 : i64
        %v5062 = arith.muli %v5061, %v2 : i64
        %v5063 = arith.addi %v5062, %v5059 : i64
        %v5064 = arith.muli %v5063, %v4 : i64
        %v5065 = arith.subi %v4, %v3 : i64
        %v5066 = arith.minsi %v115, %v5065 : i64
        %v5067 = arith.addi %v5064, %v5066 : i64
        %v5068 = llvm.getelementptr %segsum_x_re[%v5067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5058, %v5068 : f32, !llvm.ptr
        %v5069 = llvm.load %v528 : !llvm.ptr -> f32
        %v5070 = arith.muli %v3, %v8 : i64
        %v5071 = arith.addi %v5070, %v112 : i64
        %v5072 = arith.muli %v5071, %v2 : i64
        %v5073 = arith.addi %v5072, %v5059 : i64
        %v5074 = arith.muli %v5073, %v4 : i64
        %v5075 = arith.subi %v4, %v3 : i64
        %v5076 = arith.minsi %v115, %v5075 : i64
        %v5077 = arith.addi %v5074, %v5076 : i64
        %v5078 = llvm.getelementptr %segsum_x_re[%v5077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5069, %v5078 : f32, !llvm.ptr
        %v5079 = llvm.load %v529 : !llvm.ptr -> f32
        %v5080 = arith.muli %v4725, %v8 : i64
        %v5081 = arith.addi %v5080, %v112 : i64
        %v5082 = arith.muli %v5081, %v2 : i64
        %v5083 = arith.addi %v5082, %v5059 : i64
        %v5084 = arith.muli %v5083, %v4 : i64
        %v5085 = arith.subi %v4, %v3 : i64
        %v5086 = arith.minsi %v115, %v5085 : i64
        %v5087 = arith.addi %v5084, %v5086 : i64
        %v5088 = llvm.getelementptr %segsum_x_re[%v5087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5079, %v5088 : f32, !llvm.ptr
        %v5089 = llvm.load %v163 : !llvm.ptr -> f32
        %v5090 = arith.muli %v4736, %v8 : i64
        %v5091 = arith.addi %v5090, %v112 : i64
        %v5092 = arith.muli %v5091, %v2 : i64
        %v5093 = arith.addi %v5092, %v5059 : i64
        %v5094 = arith.muli %v5093, %v4 : i64
        %v5095 = arith.subi %v4, %v3 : i64
        %v5096 = arith.minsi %v115, %v5095 : i64
        %v5097 = arith.addi %v5094, %v5096 : i64
        %v5098 = llvm.getelementptr %segsum_x_re[%v5097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5089, %v5098 : f32, !llvm.ptr
        %v5099 = llvm.load %v195 : !llvm.ptr -> f32
        %v5100 = arith.muli %v1, %v8 : i64
        %v5101 = arith.addi %v5100, %v112 : i64
        %v5102 = arith.muli %v5101, %v2 : i64
        %v5103 = arith.addi %v5102, %v5059 : i64
        %v5104 = arith.muli %v5103, %v4 : i64
        %v5105 = arith.subi %v4, %v3 : i64
        %v5106 = arith.minsi %v115, %v5105 : i64
        %v5107 = arith.addi %v5104, %v5106 : i64
        %v5108 = llvm.getelementptr %segsum_x_re[%v5107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5099, %v5108 : f32, !llvm.ptr
        %v5109 = llvm.load %v132 : !llvm.ptr -> f32
        %v5111 = arith.muli %v578, %v8 : i64
        %v5112 = arith.addi %v5111, %v112 : i64
        %v5113 = arith.muli %v5112, %v2 : i64
        %v5114 = arith.addi %v5113, %v5110 : i64
        %v5115 = arith.muli %v5114, %v4 : i64
        %v5116 = arith.subi %v4, %v3 : i64
        %v5117 = arith.minsi %v115, %v5116 : i64
        %v5118 = arith.addi %v5115, %v5117 : i64
        %v5119 = llvm.getelementptr %segsum_x_re[%v5118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5109, %v5119 : f32, !llvm.ptr
        %v5120 = llvm.load %v530 : !llvm.ptr -> f32
        %v5121 = arith.muli %v3, %v8 : i64
        %v5122 = arith.addi %v5121, %v112 : i64
        %v5123 = arith.muli %v5122, %v2 : i64
        %v5124 = arith.addi %v5123, %v5110 : i64
        %v5125 = arith.muli %v5124, %v4 : i64
        %v5126 = arith.subi %v4, %v3 : i64
        %v5127 = arith.minsi %v115, %v5126 : i64
        %v5128 = arith.addi %v5125, %v5127 : i64
        %v5129 = llvm.getelementptr %segsum_x_re[%v5128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5120, %v5129 : f32, !llvm.ptr
        %v5130 = llvm.load %v531 : !llvm.ptr -> f32
        %v5131 = arith.muli %v4725, %v8 : i64
        %v5132 = arith.addi %v5131, %v112 : i64
        %v5133 = arith.muli %v5132, %v2 : i64
        %v5134 = arith.addi %v5133, %v5110 : i64
        %v5135 = arith.muli %v5134, %v4 : i64
        %v5136 = arith.subi %v4, %v3 : i64
        %v5137 = arith.minsi %v115, %v5136 : i64
        %v5138 = arith.addi %v5135, %v5137 : i64
        %v5139 = llvm.getelementptr %segsum_x_re[%v5138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5130, %v5139 : f32, !llvm.ptr
        %v5140 = llvm.load %v164 : !llvm.ptr -> f32
        %v5141 = arith.muli %v4736, %v8 : i64
        %v5142 = arith.addi %v5141, %v112 : i64
        %v5143 = arith.muli %v5142, %v2 : i64
        %v5144 = arith.addi %v5143, %v5110 : i64
        %v5145 = arith.muli %v5144, %v4 : i64
        %v5146 = arith.subi %v4, %v3 : i64
        %v5147 = arith.minsi %v115, %v5146 : i64
        %v5148 = arith.addi %v5145, %v5147 : i64
        %v5149 = llvm.getelementptr %segsum_x_re[%v5148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5140, %v5149 : f32, !llvm.ptr
        %v5150 = llvm.load %v196 : !llvm.ptr -> f32
        %v5151 = arith.muli %v1, %v8 : i64
        %v5152 = arith.addi %v5151, %v112 : i64
        %v5153 = arith.muli %v5152, %v2 : i64
        %v5154 = arith.addi %v5153, %v5110 : i64
        %v5155 = arith.muli %v5154, %v4 : i64
        %v5156 = arith.subi %v4, %v3 : i64
        %v5157 = arith.minsi %v115, %v5156 : i64
        %v5158 = arith.addi %v5155, %v5157 : i64
        %v5159 = llvm.getelementptr %segsum_x_re[%v5158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5150, %v5159 : f32, !llvm.ptr
        %v5160 = llvm.load %v133 : !llvm.ptr -> f32
        %v5162 = arith.muli %v578, %v8 : i64
        %v5163 = arith.addi %v5162, %v112 : i64
        %v5164 = arith.muli %v5163, %v2 : i64
        %v5165 = arith.addi %v5164, %v5161 : i64
        %v5166 = arith.muli %v5165, %v4 : i64
        %v5167 = arith.subi %v4, %v3 : i64
        %v5168 = arith.minsi %v115, %v5167 : i64
        %v5169 = arith.addi %v5166, %v5168 : i64
        %v5170 = llvm.getelementptr %segsum_x_re[%v5169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5160, %v5170 : f32, !llvm.ptr
        %v5171 = llvm.load %v532 : !llvm.ptr -> f32
        %v5172 = arith.muli %v3, %v8 : i64
        %v5173 = arith.addi %v5172, %v112 : i64
        %v5174 = arith.muli %v5173, %v2 : i64
        %v5175 = arith.addi %v5174, %v5161 : i64
        %v5176 = arith.muli %v5175, %v4 : i64
        %v5177 = arith.subi %v4, %v3 : i64
        %v5178 = arith.minsi %v115, %v5177 : i64
        %v5179 = arith.addi %v5176, %v5178 : i64
        %v5180 = llvm.getelementptr %segsum_x_re[%v5179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5171, %v5180 : f32, !llvm.ptr
        %v5181 = llvm.load %v533 : !llvm.ptr -> f32
        %v5182 = arith.muli %v4725, %v8 : i64
        %v5183 = arith.addi %v5182, %v112 : i64
        %v5184 = arith.muli %v5183, %v2 : i64
        %v5185 = arith.addi %v5184, %v5161 : i64
        %v5186 = arith.muli %v5185, %v4 : i64
        %v5187 = arith.subi %v4, %v3 : i64
        %v5188 = arith.minsi %v115, %v5187 : i64
        %v5189 = arith.addi %v5186, %v5188 : i64
        %v5190 = llvm.getelementptr %segsum_x_re[%v5189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5181, %v5190 : f32, !llvm.ptr
        %v5191 = llvm.load %v165 : !llvm.ptr -> f32
        %v5192 = arith.muli %v4736, %v8 : i64
        %v5193 = arith.addi %v5192, %v112 : i64
        %v5194 = arith.muli %v5193, %v2 : i64
        %v5195 = arith.addi %v5194, %v5161 : i64
        %v5196 = arith.muli %v5195, %v4 : i64
        %v5197 = arith.subi %v4, %v3 : i64
        %v5198 = arith.minsi %v115, %v5197 : i64
        %v5199 = arith.addi %v5196, %v5198 : i64
        %v5200 = llvm.getelementptr %segsum_x_re[%v5199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5191, %v5200 : f32, !llvm.ptr
        %v5201 = llvm.load %v197 : !llvm.ptr -> f32
        %v5202 = arith.muli %v1, %v8 : i64
        %v5203 = arith.addi %v5202, %v112 : i64
        %v5204 = arith.muli %v5203, %v2 : i64
        %v5205 = arith.addi %v5204, %v5161 : i64
        %v5206 = arith.muli %v5205, %v4 : i64
        %v5207 = arith.subi %v4, %v3 : i64
        %v5208 = arith.minsi %v115, %v5207 : i64
        %v5209 = arith.addi %v5206, %v5208 : i64
        %v5210 = llvm.getelementptr %segsum_x_re[%v5209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5201, %v5210 : f32, !llvm.ptr
        %v5211 = llvm.load %v134 : !llvm.ptr -> f32
        %v5213 = arith.muli %v578, %v8 : i64
        %v5214 = arith.addi %v5213, %v112 : i64
        %v5215 = arith.muli %v5214, %v2 : i64
        %v5216 = arith.addi %v5215, %v5212 : i64
        %v5217 = arith.muli %v5216, %v4 : i64
        %v5218 = arith.subi %v4, %v3 : i64
        %v5219 = arith.minsi %v115, %v5218 : i64
        %v5220 = arith.addi %v5217, %v5219 : i64
        %v5221 = llvm.getelementptr %segsum_x_re[%v5220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5211, %v5221 : f32, !llvm.ptr
        %v5222 = llvm.load %v534 : !llvm.ptr -> f32
        %v5223 = arith.muli %v3, %v8 : i64
        %v5224 = arith.addi %v5223, %v112 : i64
        %v5225 = arith.muli %v5224, %v2 : i64
        %v5226 = arith.addi %v5225, %v5212 : i64
        %v5227 = arith.muli %v5226, %v4 : i64
        %v5228 = arith.subi %v4, %v3 : i64
        %v5229 = arith.minsi %v115, %v5228 : i64
        %v5230 = arith.addi %v5227, %v5229 : i64
        %v5231 = llvm.getelementptr %segsum_x_re[%v5230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5222, %v5231 : f32, !llvm.ptr
        %v5232 = llvm.load %v535 : !llvm.ptr -> f32
        %v5233 = arith.muli %v4725, %v8 : i64
        %v5234 = arith.addi %v5233, %v112 : i64
        %v5235 = arith.muli %v5234, %v2 : i64
        %v5236 = arith.addi %v5235, %v5212 : i64
        %v5237 = arith.muli %v5236, %v4 : i64
        %v5238 = arith.subi %v4, %v3 : i64
        %v5239 = arith.minsi %v115, %v5238 : i64
        %v5240 = arith.addi %v5237, %v5239 : i64
        %v5241 = llvm.getelementptr %segsum_x_re[%v5240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5232, %v5241 : f32, !llvm.ptr
        %v5242 = llvm.load %v166 : !llvm.ptr -> f32
        %v5243 = arith.muli %v4736, %v8 : i64
        %v5244 = arith.addi %v5243, %v112 : i64
        %v5245 = arith.muli %v5244, %v2 : i64
        %v5246 = arith.addi %v5245, %v5212 : i64
        %v5247 = arith.muli %v5246, %v4 : i64
        %v5248 = arith.subi %v4, %v3 : i64
        %v5249 = arith.minsi %v115, %v5248 : i64
        %v5250 = arith.addi %v5247, %v5249 : i64
        %v5251 = llvm.getelementptr %segsum_x_re[%v5250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5242, %v5251 : f32, !llvm.ptr
        %v5252 = llvm.load %v198 : !llvm.ptr -> f32
        %v5253 = arith.muli %v1, %v8 : i64
        %v5254 = arith.addi %v5253, %v112 : i64
        %v5255 = arith.muli %v5254, %v2 : i64
        %v5256 = arith.addi %v5255, %v5212 : i64
        %v5257 = arith.muli %v5256, %v4 : i64
        %v5258 = arith.subi %v4, %v3 : i64
        %v5259 = arith.minsi %v115, %v5258 : i64
        %v5260 = arith.addi %v5257, %v5259 : i64
        %v5261 = llvm.getelementptr %segsum_x_re[%v5260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5252, %v5261 : f32, !llvm.ptr
        %v5262 = llvm.load %v135 : !llvm.ptr -> f32
        %v5264 = arith.muli %v578, %v8 : i64
        %v5265 = arith.addi %v5264, %v112 : i64
        %v5266 = arith.muli %v5265, %v2 : i64
        %v5267 = arith.addi %v5266, %v5263 : i64
        %v5268 = arith.muli %v5267, %v4 : i64
        %v5269 = arith.subi %v4, %v3 : i64
        %v5270 = arith.minsi %v115, %v5269 : i64
        %v5271 = arith.addi %v5268, %v5270 : i64
        %v5272 = llvm.getelementptr %segsum_x_re[%v5271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5262, %v5272 : f32, !llvm.ptr
        %v5273 = llvm.load %v536 : !llvm.ptr -> f32
        %v5274 = arith.muli %v3, %v8 : i64
        %v5275 = arith.addi %v5274, %v112 : i64
        %v5276 = arith.muli %v5275, %v2 : i64
        %v5277 = arith.addi %v5276, %v5263 : i64
        %v5278 = arith.muli %v5277, %v4 : i64
        %v5279 = arith.subi %v4, %v3 : i64
        %v5280 = arith.minsi %v115, %v5279 : i64
        %v5281 = arith.addi %v5278, %v5280 : i64
        %v5282 = llvm.getelementptr %segsum_x_re[%v5281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5273, %v5282 : f32, !llvm.ptr
        %v5283 = llvm.load %v537 : !llvm.ptr -> f32
        %v5284 = arith.muli %v4725, %v8 : i64
        %v5285 = arith.addi %v5284, %v112 : i64
        %v5286 = arith.muli %v5285, %v2 : i64
        %v5287 = arith.addi %v5286, %v5263 : i64
        %v5288 = arith.muli %v5287, %v4 : i64
        %v5289 = arith.subi %v4, %v3 : i64
        %v5290 = arith.minsi %v115, %v5289 : i64
        %v5291 = arith.addi %v5288, %v5290 : i64
        %v5292 = llvm.getelementptr %segsum_x_re[%v5291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5283, %v5292 : f32, !llvm.ptr
        %v5293 = llvm.load %v167 : !llvm.ptr -> f32
        %v5294 = arith.muli %v4736, %v8 : i64
        %v5295 = arith.addi %v5294, %v112 : i64
        %v5296 = arith.muli %v5295, %v2 : i64
        %v5297 = arith.addi %v5296, %v5263 : i64
        %v5298 = arith.muli %v5297, %v4 : i64
        %v5299 = arith.subi %v4, %v3 : i64
        %v5300 = arith.minsi %v115, %v5299 : i64
        %v5301 = arith.addi %v5298, %v5300 : i64
        %v5302 = llvm.getelementptr %segsum_x_re[%v5301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5293, %v5302 : f32, !llvm.ptr
        %v5303 = llvm.load %v199 : !llvm.ptr -> f32
        %v5304 = arith.muli %v1, %v8 : i64
        %v5305 = arith.addi %v5304, %v112 : i64
        %v5306 = arith.muli %v5305, %v2 : i64
        %v5307 = arith.addi %v5306, %v5263 : i64
        %v5308 = arith.muli %v5307, %v4 : i64
        %v5309 = arith.subi %v4, %v3 : i64
        %v5310 = arith.minsi %v115, %v5309 : i64
        %v5311 = arith.addi %v5308, %v5310 : i64
        %v5312 = llvm.getelementptr %segsum_x_re[%v5311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5303, %v5312 : f32, !llvm.ptr
        %v5313 = llvm.load %v136 : !llvm.ptr -> f32
        %v5315 = arith.muli %v578, %v8 : i64
        %v5316 = arith.addi %v5315, %v112 : i64
        %v5317 = arith.muli %v5316, %v2 : i64
        %v5318 = arith.addi %v5317, %v5314 : i64
        %v5319 = arith.muli %v5318, %v4 : i64
        %v5320 = arith.subi %v4, %v3 : i64
        %v5321 = arith.minsi %v115, %v5320 : i64
        %v5322 = arith.addi %v5319, %v5321 : i64
        %v5323 = llvm.getelementptr %segsum_x_re[%v5322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5313, %v5323 : f32, !llvm.ptr
        %v5324 = llvm.load %v538 : !llvm.ptr -> f32
        %v5325 = arith.muli %v3, %v8 : i64
        %v5326 = arith.addi %v5325, %v112 : i64
        %v5327 = arith.muli %v5326, %v2 : i64
        %v5328 = arith.addi %v5327, %v5314 : i64
        %v5329 = arith.muli %v5328, %v4 : i64
        %v5330 = arith.subi %v4, %v3 : i64
        %v5331 = arith.minsi %v115, %v5330 : i64
        %v5332 = arith.addi %v5329, %v5331 : i64
        %v5333 = llvm.getelementptr %segsum_x_re[%v5332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5324, %v5333 : f32, !llvm.ptr
        %v5334 = llvm.load %v539 : !llvm.ptr -> f32
        %v5335 = arith.muli %v4725, %v8 : i64
        %v5336 = arith.addi %v5335, %v112 : i64
        %v5337 = arith.muli %v5336, %v2 : i64
        %v5338 = arith.addi %v5337, %v5314 : i64
        %v5339 = arith.muli %v5338, %v4 : i64
        %v5340 = arith.subi %v4, %v3 : i64
        %v5341 = arith.minsi %v115, %v5340 : i64
        %v5342 = arith.addi %v5339, %v5341 : i64
        %v5343 = llvm.getelementptr %segsum_x_re[%v5342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5334, %v5343 : f32, !llvm.ptr
        %v5344 = llvm.load %v168 : !llvm.ptr -> f32
        %v5345 = arith.muli %v4736, %v8 : i64
        %v5346 = arith.addi %v5345, %v112 : i64
        %v5347 = arith.muli %v5346, %v2 : i64
        %v5348 = arith.addi %v5347, %v5314 : i64
        %v5349 = arith.muli %v5348, %v4 : i64
        %v5350 = arith.subi %v4, %v3 : i64
        %v5351 = arith.minsi %v115, %v5350 : i64
        %v5352 = arith.addi %v5349, %v5351 : i64
        %v5353 = llvm.getelementptr %segsum_x_re[%v5352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5344, %v5353 : f32, !llvm.ptr
        %v5354 = llvm.load %v200 : !llvm.ptr -> f32
        %v5355 = arith.muli %v1, %v8 : i64
        %v5356 = arith.addi %v5355, %v112 : i64
        %v5357 = arith.muli %v5356, %v2 : i64
        %v5358 = arith.addi %v5357, %v5314 : i64
        %v5359 = arith.muli %v5358, %v4 : i64
        %v5360 = arith.subi %v4, %v3 : i64
        %v5361 = arith.minsi %v115, %v5360 : i64
        %v5362 = arith.addi %v5359, %v5361 : i64
        %v5363 = llvm.getelementptr %segsum_x_re[%v5362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5354, %v5363 : f32, !llvm.ptr
        %v5364 = llvm.load %v137 : !llvm.ptr -> f32
        %v5366 = arith.muli %v578, %v8 : i64
        %v5367 = arith.addi %v5366, %v112 : i64
        %v5368 = arith.muli %v5367, %v2 : i64
        %v5369 = arith.addi %v5368, %v5365 : i64
        %v5370 = arith.muli %v5369, %v4 : i64
        %v5371 = arith.subi %v4, %v3 : i64
        %v5372 = arith.minsi %v115, %v5371 : i64
        %v5373 = arith.addi %v5370, %v5372 : i64
        %v5374 = llvm.getelementptr %segsum_x_re[%v5373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5364, %v5374 : f32, !llvm.ptr
        %v5375 = llvm.load %v540 : !llvm.ptr -> f32
        %v5376 = arith.muli %v3, %v8 : i64
        %v5377 = arith.addi %v5376, %v112 : i64
        %v5378 = arith.muli %v5377, %v2 : i64
        %v5379 = arith.addi %v5378, %v5365 : i64
        %v5380 = arith.muli %v5379, %v4 : i64
        %v5381 = arith.subi %v4, %v3 : i64
        %v5382 = arith.minsi %v115, %v5381 : i64
        %v5383 = arith.addi %v5380, %v5382 : i64
        %v5384 = llvm.getelementptr %segsum_x_re[%v5383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5375, %v5384 : f32, !llvm.ptr
        %v5385 = llvm.load %v541 : !llvm.ptr -> f32
        %v5386 = arith.muli %v4725, %v8 : i64
        %v5387 = arith.addi %v5386, %v112 : i64
        %v5388 = arith.muli %v5387, %v2 : i64
        %v5389 = arith.addi %v5388, %v5365 : i64
        %v5390 = arith.muli %v5389, %v4 : i64
        %v5391 = arith.subi %v4, %v3 : i64
        %v5392 = arith.minsi %v115, %v5391 : i64
        %v5393 = arith.addi %v5390, %v5392 : i64
        %v5394 = llvm.getelementptr %segsum_x_re[%v5393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5385, %v5394 : f32, !llvm.ptr
        %v5395 = llvm.load %v169 : !llvm.ptr -> f32
        %v5396 = arith.muli %v4736, %v8 : i64
        %v5397 = arith.addi %v5396, %v112 : i64
        %v5398 = arith.muli %v5397, %v2 : i64
        %v5399 = arith.addi %v5398, %v5365 : i64
        %v5400 = arith.muli %v5399, %v4 : i64
        %v5401 = arith.subi %v4, %v3 : i64
        %v5402 = arith.minsi %v115, %v5401 : i64
        %v5403 = arith.addi %v5400, %v5402 : i64
        %v5404 = llvm.getelementptr %segsum_x_re[%v5403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5395, %v5404 : f32, !llvm.ptr
        %v5405 = llvm.load %v201 : !llvm.ptr -> f32
        %v5406 = arith.muli %v1, %v8 : i64
        %v5407 = arith.addi %v5406, %v112 : i64
        %v5408 = arith.muli %v5407, %v2 : i64
        %v5409 = arith.addi %v5408, %v5365 : i64
        %v5410 = arith.muli %v5409, %v4 : i64
        %v5411 = arith.subi %v4, %v3 : i64
        %v5412 = arith.minsi %v115, %v5411 : i64
        %v5413 = arith.addi %v5410, %v5412 : i64
        %v5414 = llvm.getelementptr %segsum_x_re[%v5413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5405, %v5414 : f32, !llvm.ptr
        %v5415 = llvm.load %v138 : !llvm.ptr -> f32
        %v5417 = arith.muli %v578, %v8 : i64
        %v5418 = arith.addi %v5417, %v112 : i64
        %v5419 = arith.muli %v5418, %v2 : i64
        %v5420 = arith.addi %v5419, %v5416 : i64
        %v5421 = arith.muli %v5420, %v4 : i64
        %v5422 = arith.subi %v4, %v3 : i64
        %v5423 = arith.minsi %v115, %v5422 : i64
        %v5424 = arith.addi %v5421, %v5423 : i64
        %v5425 = llvm.getelementptr %segsum_x_re[%v5424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5415, %v5425 : f32, !llvm.ptr
        %v5426 = llvm.load %v542 : !llvm.ptr -> f32
        %v5427 = arith.muli %v3, %v8 : i64
        %v5428 = arith.addi %v5427, %v112 : i64
        %v5429 = arith.muli %v5428, %v2 : i64
        %v5430 = arith.addi %v5429, %v5416 : i64
        %v5431 = arith.muli %v5430, %v4 : i64
        %v5432 = arith.subi %v4, %v3 : i64
        %v5433 = arith.minsi %v115, %v5432 : i64
        %v5434 = arith.addi %v5431, %v5433 : i64
        %v5435 = llvm.getelementptr %segsum_x_re[%v5434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5426, %v5435 : f32, !llvm.ptr
        %v5436 = llvm.load %v543 : !llvm.ptr -> f32
        %v5437 = arith.muli %v4725, %v8 : i64
        %v5438 = arith.addi %v5437, %v112 : i64
        %v5439 = arith.muli %v5438, %v2 : i64
        %v5440 = arith.addi %v5439, %v5416 : i64
        %v5441 = arith.muli %v5440, %v4 : i64
        %v5442 = arith.subi %v4, %v3 : i64
        %v5443 = arith.minsi %v115, %v5442 : i64
        %v5444 = arith.addi %v5441, %v5443 : i64
        %v5445 = llvm.getelementptr %segsum_x_re[%v5444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5436, %v5445 : f32, !llvm.ptr
        %v5446 = llvm.load %v170 : !llvm.ptr -> f32
        %v5447 = arith.muli %v4736, %v8 : i64
        %v5448 = arith.addi %v5447, %v112 : i64
        %v5449 = arith.muli %v5448, %v2 : i64
        %v5450 = arith.addi %v5449, %v5416 : i64
        %v5451 = arith.muli %v5450, %v4 : i64
        %v5452 = arith.subi %v4, %v3 : i64
        %v5453 = arith.minsi %v115, %v5452 : i64
        %v5454 = arith.addi %v5451, %v5453 : i64
        %v5455 = llvm.getelementptr %segsum_x_re[%v5454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5446, %v5455 : f32, !llvm.ptr
        %v5456 = llvm.load %v202 : !llvm.ptr -> f32
        %v5457 = arith.muli %v1, %v8 : i64
        %v5458 = arith.addi %v5457, %v112 : i64
        %v5459 = arith.muli %v5458, %v2 : i64
        %v5460 = arith.addi %v5459, %v5416 : i64
        %v5461 = arith.muli %v5460, %v4 : i64
        %v5462 = arith.subi %v4, %v3 : i64
        %v5463 = arith.minsi %v115, %v5462 : i64
        %v5464 = arith.addi %v5461, %v5463 : i64
        %v5465 = llvm.getelementptr %segsum_x_re[%v5464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5456, %v5465 : f32, !llvm.ptr
        %v5466 = llvm.load %v139 : !llvm.ptr -> f32
        %v5468 = arith.muli %v578, %v8 : i64
        %v5469 = arith.addi %v5468, %v112 : i64
        %v5470 = arith.muli %v5469, %v2 : i64
        %v5471 = arith.addi %v5470, %v5467 : i64
        %v5472 = arith.muli %v5471, %v4 : i64
        %v5473 = arith.subi %v4, %v3 : i64
        %v5474 = arith.minsi %v115, %v5473 : i64
        %v5475 = arith.addi %v5472, %v5474 : i64
        %v5476 = llvm.getelementptr %segsum_x_re[%v5475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5466, %v5476 : f32, !llvm.ptr
        %v5477 = llvm.load %v544 : !llvm.ptr -> f32
        %v5478 = arith.muli %v3, %v8 : i64
        %v5479 = arith.addi %v5478, %v112 : i64
        %v5480 = arith.muli %v5479, %v2 : i64
        %v5481 = arith.addi %v5480, %v5467 : i64
        %v5482 = arith.muli %v5481, %v4 : i64
        %v5483 = arith.subi %v4, %v3 : i64
        %v5484 = arith.minsi %v115, %v5483 : i64
        %v5485 = arith.addi %v5482, %v5484 : i64
        %v5486 = llvm.getelementptr %segsum_x_re[%v5485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5477, %v5486 : f32, !llvm.ptr
        %v5487 = llvm.load %v545 : !llvm.ptr -> f32
        %v5488 = arith.muli %v4725, %v8 : i64
        %v5489 = arith.addi %v5488, %v112 : i64
        %v5490 = arith.muli %v5489, %v2 : i64
        %v5491 = arith.addi %v5490, %v5467 : i64
        %v5492 = arith.muli %v5491, %v4 : i64
        %v5493 = arith.subi %v4, %v3 : i64
        %v5494 = arith.minsi %v115, %v5493 : i64
        %v5495 = arith.addi %v5492, %v5494 : i64
        %v5496 = llvm.getelementptr %segsum_x_re[%v5495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5487, %v5496 : f32, !llvm.ptr
        %v5497 = llvm.load %v171 : !llvm.ptr -> f32
        %v5498 = arith.muli %v4736, %v8 : i64
        %v5499 = arith.addi %v5498, %v112 : i64
        %v5500 = arith.muli %v5499, %v2 : i64
        %v5501 = arith.addi %v5500, %v5467 : i64
        %v5502 = arith.muli %v5501, %v4 : i64
        %v5503 = arith.subi %v4, %v3 : i64
        %v5504 = arith.minsi %v115, %v5503 : i64
        %v5505 = arith.addi %v5502, %v5504 : i64
        %v5506 = llvm.getelementptr %segsum_x_re[%v5505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5497, %v5506 : f32, !llvm.ptr
        %v5507 = llvm.load %v203 : !llvm.ptr -> f32
        %v5508 = arith.muli %v1, %v8 : i64
        %v5509 = arith.addi %v5508, %v112 : i64
        %v5510 = arith.muli %v5509, %v2 : i64
        %v5511 = arith.addi %v5510, %v5467 : i64
        %v5512 = arith.muli %v5511, %v4 : i64
        %v5513 = arith.subi %v4, %v3 : i64
        %v5514 = arith.minsi %v115, %v5513 : i64
        %v5515 = arith.addi %v5512, %v5514 : i64
        %v5516 = llvm.getelementptr %segsum_x_re[%v5515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5507, %v5516 : f32, !llvm.ptr
        %v5517 = llvm.load %v140 : !llvm.ptr -> f32
        %v5518 = arith.muli %v578, %v8 : i64
        %v5519 = arith.addi %v5518, %v112 : i64
        %v5520 = arith.muli %v5519, %v2 : i64
        %v5521 = arith.addi %v5520, %v578 : i64
        %v5522 = arith.muli %v5521, %v4 : i64
        %v5523 = arith.subi %v4, %v3 : i64
        %v5524 = arith.minsi %v115, %v5523 : i64
        %v5525 = arith.addi %v5522, %v5524 : i64
        %v5526 = llvm.getelementptr %segsum_x_im[%v5525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5517, %v5526 : f32, !llvm.ptr
        %v5527 = llvm.load %v546 : !llvm.ptr -> f32
        %v5528 = arith.muli %v3, %v8 : i64
        %v5529 = arith.addi %v5528, %v112 : i64
        %v5530 = arith.muli %v5529, %v2 : i64
        %v5531 = arith.addi %v5530, %v578 : i64
        %v5532 = arith.muli %v5531, %v4 : i64
        %v5533 = arith.subi %v4, %v3 : i64
        %v5534 = arith.minsi %v115, %v5533 : i64
        %v5535 = arith.addi %v5532, %v5534 : i64
        %v5536 = llvm.getelementptr %segsum_x_im[%v5535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5527, %v5536 : f32, !llvm.ptr
        %v5537 = llvm.load %v547 : !llvm.ptr -> f32
        %v5538 = arith.muli %v4725, %v8 : i64
        %v5539 = arith.addi %v5538, %v112 : i64
        %v5540 = arith.muli %v5539, %v2 : i64
        %v5541 = arith.addi %v5540, %v578 : i64
        %v5542 = arith.muli %v5541, %v4 : i64
        %v5543 = arith.subi %v4, %v3 : i64
        %v5544 = arith.minsi %v115, %v5543 : i64
        %v5545 = arith.addi %v5542, %v5544 : i64
        %v5546 = llvm.getelementptr %segsum_x_im[%v5545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5537, %v5546 : f32, !llvm.ptr
        %v5547 = llvm.load %v204 : !llvm.ptr -> f32
        %v5548 = arith.muli %v4736, %v8 : i64
        %v5549 = arith.addi %v5548, %v112 : i64
        %v5550 = arith.muli %v5549, %v2 : i64
        %v5551 = arith.addi %v5550, %v578 : i64
        %v5552 = arith.muli %v5551, %v4 : i64
        %v5553 = arith.subi %v4, %v3 : i64
        %v5554 = arith.minsi %v115, %v5553 : i64
        %v5555 = arith.addi %v5552, %v5554 : i64
        %v5556 = llvm.getelementptr %segsum_x_im[%v5555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5547, %v5556 : f32, !llvm.ptr
        %v5557 = llvm.load %v172 : !llvm.ptr -> f32
        %v5558 = arith.muli %v1, %v8 : i64
        %v5559 = arith.addi %v5558, %v112 : i64
        %v5560 = arith.muli %v5559, %v2 : i64
        %v5561 = arith.addi %v5560, %v578 : i64
        %v5562 = arith.muli %v5561, %v4 : i64
        %v5563 = arith.subi %v4, %v3 : i64
        %v5564 = arith.minsi %v115, %v5563 : i64
        %v5565 = arith.addi %v5562, %v5564 : i64
        %v5566 = llvm.getelementptr %segsum_x_im[%v5565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5557, %v5566 : f32, !llvm.ptr
        %v5567 = llvm.load %v141 : !llvm.ptr -> f32
        %v5568 = arith.muli %v578, %v8 : i64
        %v5569 = arith.addi %v5568, %v112 : i64
        %v5570 = arith.muli %v5569, %v2 : i64
        %v5571 = arith.addi %v5570, %v3 : i64
        %v5572 = arith.muli %v5571, %v4 : i64
        %v5573 = arith.subi %v4, %v3 : i64
        %v5574 = arith.minsi %v115, %v5573 : i64
        %v5575 = arith.addi %v5572, %v5574 : i64
        %v5576 = llvm.getelementptr %segsum_x_im[%v5575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5567, %v5576 : f32, !llvm.ptr
        %v5577 = llvm.load %v548 : !llvm.ptr -> f32
        %v5578 = arith.muli %v3, %v8 : i64
        %v5579 = arith.addi %v5578, %v112 : i64
        %v5580 = arith.muli %v5579, %v2 : i64
        %v5581 = arith.addi %v5580, %v3 : i64
        %v5582 = arith.muli %v5581, %v4 : i64
        %v5583 = arith.subi %v4, %v3 : i64
        %v5584 = arith.minsi %v115, %v5583 : i64
        %v5585 = arith.addi %v5582, %v5584 : i64
        %v5586 = llvm.getelementptr %segsum_x_im[%v5585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5577, %v5586 : f32, !llvm.ptr
        %v5587 = llvm.load %v549 : !llvm.ptr -> f32
        %v5588 = arith.muli %v4725, %v8 : i64
        %v5589 = arith.addi %v5588, %v112 : i64
        %v5590 = arith.muli %v5589, %v2 : i64
        %v5591 = arith.addi %v5590, %v3 : i64
        %v5592 = arith.muli %v5591, %v4 : i64
        %v5593 = arith.subi %v4, %v3 : i64
        %v5594 = arith.minsi %v115, %v5593 : i64
        %v5595 = arith.addi %v5592, %v5594 : i64
        %v5596 = llvm.getelementptr %segsum_x_im[%v5595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5587, %v5596 : f32, !llvm.ptr
        %v5597 = llvm.load %v205 : !llvm.ptr -> f32
        %v5598 = arith.muli %v4736, %v8 : i64
        %v5599 = arith.addi %v5598, %v112 : i64
        %v5600 = arith.muli %v5599, %v2 : i64
        %v5601 = arith.addi %v5600, %v3 : i64
        %v5602 = arith.muli %v5601, %v4 : i64
        %v5603 = arith.subi %v4, %v3 : i64
        %v5604 = arith.minsi %v115, %v5603 : i64
        %v5605 = arith.addi %v5602, %v5604 : i64
        %v5606 = llvm.getelementptr %segsum_x_im[%v5605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5597, %v5606 : f32, !llvm.ptr
        %v5607 = llvm.load %v173 : !llvm.ptr -> f32
        %v5608 = arith.muli %v1, %v8 : i64
        %v5609 = arith.addi %v5608, %v112 : i64
        %v5610 = arith.muli %v5609, %v2 : i64
        %v5611 = arith.addi %v5610, %v3 : i64
        %v5612 = arith.muli %v5611, %v4 : i64
        %v5613 = arith.subi %v4, %v3 : i64
        %v5614 = arith.minsi %v115, %v5613 : i64
        %v5615 = arith.addi %v5612, %v5614 : i64
        %v5616 = llvm.getelementptr %segsum_x_im[%v5615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5607, %v5616 : f32, !llvm.ptr
        %v5617 = llvm.load %v142 : !llvm.ptr -> f32
        %v5618 = arith.muli %v578, %v8 : i64
        %v5619 = arith.addi %v5618, %v112 : i64
        %v5620 = arith.muli %v5619, %v2 : i64
        %v5621 = arith.addi %v5620, %v4725 : i64
        %v5622 = arith.muli %v5621, %v4 : i64
        %v5623 = arith.subi %v4, %v3 : i64
        %v5624 = arith.minsi %v115, %v5623 : i64
        %v5625 = arith.addi %v5622, %v5624 : i64
        %v5626 = llvm.getelementptr %segsum_x_im[%v5625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5617, %v5626 : f32, !llvm.ptr
        %v5627 = llvm.load %v550 : !llvm.ptr -> f32
        %v5628 = arith.muli %v3, %v8 : i64
        %v5629 = arith.addi %v5628, %v112 : i64
        %v5630 = arith.muli %v5629, %v2 : i64
        %v5631 = arith.addi %v5630, %v4725 : i64
        %v5632 = arith.muli %v5631, %v4 : i64
        %v5633 = arith.subi %v4, %v3 : i64
        %v5634 = arith.minsi %v115, %v5633 : i64
        %v5635 = arith.addi %v5632, %v5634 : i64
        %v5636 = llvm.getelementptr %segsum_x_im[%v5635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5627, %v5636 : f32, !llvm.ptr
        %v5637 = llvm.load %v551 : !llvm.ptr -> f32
        %v5638 = arith.muli %v4725, %v8 : i64
        %v5639 = arith.addi %v5638, %v112 : i64
        %v5640 = arith.muli %v5639, %v2 : i64
        %v5641 = arith.addi %v5640, %v4725 : i64
        %v5642 = arith.muli %v5641, %v4 : i64
        %v5643 = arith.subi %v4, %v3 : i64
        %v5644 = arith.minsi %v115, %v5643 : i64
        %v5645 = arith.addi %v5642, %v5644 : i64
        %v5646 = llvm.getelementptr %segsum_x_im[%v5645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5637, %v5646 : f32, !llvm.ptr
        %v5647 = llvm.load %v206 : !llvm.ptr -> f32
        %v5648 = arith.muli %v4736, %v8 : i64
        %v5649 = arith.addi %v5648, %v112 : i64
        %v5650 = arith.muli %v5649, %v2 : i64
        %v5651 = arith.addi %v5650, %v4725 : i64
        %v5652 = arith.muli %v5651, %v4 : i64
        %v5653 = arith.subi %v4, %v3 : i64
        %v5654 = arith.minsi %v115, %v5653 : i64
        %v5655 = arith.addi %v5652, %v5654 : i64
        %v5656 = llvm.getelementptr %segsum_x_im[%v5655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5647, %v5656 : f32, !llvm.ptr
        %v5657 = llvm.load %v174 : !llvm.ptr -> f32
        %v5658 = arith.muli %v1, %v8 : i64
        %v5659 = arith.addi %v5658, %v112 : i64
        %v5660 = arith.muli %v5659, %v2 : i64
        %v5661 = arith.addi %v5660, %v4725 : i64
        %v5662 = arith.muli %v5661, %v4 : i64
        %v5663 = arith.subi %v4, %v3 : i64
        %v5664 = arith.minsi %v115, %v5663 : i64
        %v5665 = arith.addi %v5662, %v5664 : i64
        %v5666 = llvm.getelementptr %segsum_x_im[%v5665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5657, %v5666 : f32, !llvm.ptr
        %v5667 = llvm.load %v143 : !llvm.ptr -> f32
        %v5668 = arith.muli %v578, %v8 : i64
        %v5669 = arith.addi %v5668, %v112 : i64
        %v5670 = arith.muli %v5669, %v2 : i64
        %v5671 = arith.addi %v5670, %v4736 : i64
        %v5672 = arith.muli %v5671, %v4 : i64
        %v5673 = arith.subi %v4, %v3 : i64
        %v5674 = arith.minsi %v115, %v5673 : i64
        %v5675 = arith.addi %v5672, %v5674 : i64
        %v5676 = llvm.getelementptr %segsum_x_im[%v5675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5667, %v5676 : f32, !llvm.ptr
        %v5677 = llvm.load %v552 : !llvm.ptr -> f32
        %v5678 = arith.muli %v3, %v8 : i64
        %v5679 = arith.addi %v5678, %v112 : i64
        %v5680 = arith.muli %v5679, %v2 : i64
        %v5681 = arith.addi %v5680, %v4736 : i64
        %v5682 = arith.muli %v5681, %v4 : i64
        %v5683 = arith.subi %v4, %v3 : i64
        %v5684 = arith.minsi %v115, %v5683 : i64
        %v5685 = arith.addi %v5682, %v5684 : i64
        %v5686 = llvm.getelementptr %segsum_x_im[%v5685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5677, %v5686 : f32, !llvm.ptr
        %v5687 = llvm.load %v553 : !llvm.ptr -> f32
        %v5688 = arith.muli %v4725, %v8 : i64
        %v5689 = arith.addi %v5688, %v112 : i64
        %v5690 = arith.muli %v5689, %v2 : i64
        %v5691 = arith.addi %v5690, %v4736 : i64
        %v5692 = arith.muli %v5691, %v4 : i64
        %v5693 = arith.subi %v4, %v3 : i64
        %v5694 = arith.minsi %v115, %v5693 : i64
        %v5695 = arith.addi %v5692, %v5694 : i64
        %v5696 = llvm.getelementptr %segsum_x_im[%v5695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5687, %v5696 : f32, !llvm.ptr
        %v5697 = llvm.load %v207 : !llvm.ptr -> f32
        %v5698 = arith.muli %v4736, %v8 : i64
        %v5699 = arith.addi %v5698, %v112 : i64
        %v5700 = arith.muli %v5699, %v2 : i64
        %v5701 = arith.addi %v5700, %v4736 : i64
        %v5702 = arith.muli %v5701, %v4 : i64
        %v5703 = arith.subi %v4, %v3 : i64
        %v5704 = arith.minsi %v115, %v5703 : i64
        %v5705 = arith.addi %v5702, %v5704 : i64
        %v5706 = llvm.getelementptr %segsum_x_im[%v5705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5697, %v5706 : f32, !llvm.ptr
        %v5707 = llvm.load %v175 : !llvm.ptr -> f32
        %v5708 = arith.muli %v1, %v8 : i64
        %v5709 = arith.addi %v5708, %v112 : i64
        %v5710 = arith.muli %v5709, %v2 : i64
        %v5711 = arith.addi %v5710, %v4736 : i64
        %v5712 = arith.muli %v5711, %v4 : i64
        %v5713 = arith.subi %v4, %v3 : i64
        %v5714 = arith.minsi %v115, %v5713 : i64
        %v5715 = arith.addi %v5712, %v5714 : i64
        %v5716 = llvm.getelementptr %segsum_x_im[%v5715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5707, %v5716 : f32, !llvm.ptr
        %v5717 = llvm.load %v144 : !llvm.ptr -> f32
        %v5718 = arith.muli %v578, %v8 : i64
        %v5719 = arith.addi %v5718, %v112 : i64
        %v5720 = arith.muli %v5719, %v2 : i64
        %v5721 = arith.addi %v5720, %v1 : i64
        %v5722 = arith.muli %v5721, %v4 : i64
        %v5723 = arith.subi %v4, %v3 : i64
        %v5724 = arith.minsi %v115, %v5723 : i64
        %v5725 = arith.addi %v5722, %v5724 : i64
        %v5726 = llvm.getelementptr %segsum_x_im[%v5725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5717, %v5726 : f32, !llvm.ptr
        %v5727 = llvm.load %v554 : !llvm.ptr -> f32
        %v5728 = arith.muli %v3, %v8 : i64
        %v5729 = arith.addi %v5728, %v112 : i64
        %v5730 = arith.muli %v5729, %v2 : i64
        %v5731 = arith.addi %v5730, %v1 : i64
        %v5732 = arith.muli %v5731, %v4 : i64
        %v5733 = arith.subi %v4, %v3 : i64
        %v5734 = arith.minsi %v115, %v5733 : i64
        %v5735 = arith.addi %v5732, %v5734 : i64
        %v5736 = llvm.getelementptr %segsum_x_im[%v5735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5727, %v5736 : f32, !llvm.ptr
        %v5737 = llvm.load %v555 : !llvm.ptr -> f32
        %v5738 = arith.muli %v4725, %v8 : i64
        %v5739 = arith.addi %v5738, %v112 : i64
        %v5740 = arith.muli %v5739, %v2 : i64
        %v5741 = arith.addi %v5740, %v1 : i64
        %v5742 = arith.muli %v5741, %v4 : i64
        %v5743 = arith.subi %v4, %v3 : i64
        %v5744 = arith.minsi %v115, %v5743 : i64
        %v5745 = arith.addi %v5742, %v5744 : i64
        %v5746 = llvm.getelementptr %segsum_x_im[%v5745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5737, %v5746 : f32, !llvm.ptr
        %v5747 = llvm.load %v208 : !llvm.ptr -> f32
        %v5748 = arith.muli %v4736, %v8 : i64
        %v5749 = arith.addi %v5748, %v112 : i64
        %v5750 = arith.muli %v5749, %v2 : i64
        %v5751 = arith.addi %v5750, %v1 : i64
        %v5752 = arith.muli %v5751, %v4 : i64
        %v5753 = arith.subi %v4, %v3 : i64
        %v5754 = arith.minsi %v115, %v5753 : i64
        %v5755 = arith.addi %v5752, %v5754 : i64
        %v5756 = llvm.getelementptr %segsum_x_im[%v5755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5747, %v5756 : f32, !llvm.ptr
        %v5757 = llvm.load %v176 : !llvm.ptr -> f32
        %v5758 = arith.muli %v1, %v8 : i64
        %v5759 = arith.addi %v5758, %v112 : i64
        %v5760 = arith.muli %v5759, %v2 : i64
        %v5761 = arith.addi %v5760, %v1 : i64
        %v5762 = arith.muli %v5761, %v4 : i64
        %v5763 = arith.subi %v4, %v3 : i64
        %v5764 = arith.minsi %v115, %v5763 : i64
        %v5765 = arith.addi %v5762, %v5764 : i64
        %v5766 = llvm.getelementptr %segsum_x_im[%v5765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5757, %v5766 : f32, !llvm.ptr
        %v5767 = llvm.load %v145 : !llvm.ptr -> f32
        %v5768 = arith.muli %v578, %v8 : i64
        %v5769 = arith.addi %v5768, %v112 : i64
        %v5770 = arith.muli %v5769, %v2 : i64
        %v5771 = arith.addi %v5770, %v4957 : i64
        %v5772 = arith.muli %v5771, %v4 : i64
        %v5773 = arith.subi %v4, %v3 : i64
        %v5774 = arith.minsi %v115, %v5773 : i64
        %v5775 = arith.addi %v5772, %v5774 : i64
        %v5776 = llvm.getelementptr %segsum_x_im[%v5775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5767, %v5776 : f32, !llvm.ptr
        %v5777 = llvm.load %v556 : !llvm.ptr -> f32
        %v5778 = arith.muli %v3, %v8 : i64
        %v5779 = arith.addi %v5778, %v112 : i64
        %v5780 = arith.muli %v5779, %v2 : i64
        %v5781 = arith.addi %v5780, %v4957 : i64
        %v5782 = arith.muli %v5781, %v4 : i64
        %v5783 = arith.subi %v4, %v3 : i64
        %v5784 = arith.minsi %v115, %v5783 : i64
        %v5785 = arith.addi %v5782, %v5784 : i64
        %v5786 = llvm.getelementptr %segsum_x_im[%v5785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5777, %v5786 : f32, !llvm.ptr
        %v5787 = llvm.load %v557 : !llvm.ptr -> f32
        %v5788 = arith.muli %v4725, %v8 : i64
        %v5789 = arith.addi %v5788, %v112 : i64
        %v5790 = arith.muli %v5789, %v2 : i64
        %v5791 = arith.addi %v5790, %v4957 : i64
        %v5792 = arith.muli %v5791, %v4 : i64
        %v5793 = arith.subi %v4, %v3 : i64
        %v5794 = arith.minsi %v115, %v5793 : i64
        %v5795 = arith.addi %v5792, %v5794 : i64
        %v5796 = llvm.getelementptr %segsum_x_im[%v5795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5787, %v5796 : f32, !llvm.ptr
        %v5797 = llvm.load %v209 : !llvm.ptr -> f32
        %v5798 = arith.muli %v4736, %v8 : i64
        %v5799 = arith.addi %v5798, %v112 : i64
        %v5800 = arith.muli %v5799, %v2 : i64
        %v5801 = arith.addi %v5800, %v4957 : i64
        %v5802 = arith.muli %v5801, %v4 : i64
        %v5803 = arith.subi %v4, %v3 : i64
        %v5804 = arith.minsi %v115, %v5803 : i64
        %v5805 = arith.addi %v5802, %v5804 : i64
        %v5806 = llvm.getelementptr %segsum_x_im[%v5805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5797, %v5806 : f32, !llvm.ptr
        %v5807 = llvm.load %v177 : !llvm.ptr -> f32
        %v5808 = arith.muli %v1, %v8 : i64
        %v5809 = arith.addi %v5808, %v112 : i64
        %v5810 = arith.muli %v5809, %v2 : i64
        %v5811 = arith.addi %v5810, %v4957 : i64
        %v5812 = arith.muli %v5811, %v4 : i64
        %v5813 = arith.subi %v4, %v3 : i64
        %v5814 = arith.minsi %v115, %v5813 : i64
        %v5815 = arith.addi %v5812, %v5814 : i64
        %v5816 = llvm.getelementptr %segsum_x_im[%v5815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5807, %v5816 : f32, !llvm.ptr
        %v5817 = llvm.load %v146 : !llvm.ptr -> f32
        %v5818 = arith.muli %v578, %v8 : i64
        %v5819 = arith.addi %v5818, %v112 : i64
        %v5820 = arith.muli %v5819, %v2 : i64
        %v5821 = arith.addi %v5820, %v5008 : i64
        %v5822 = arith.muli %v5821, %v4 : i64
        %v5823 = arith.subi %v4, %v3 : i64
        %v5824 = arith.minsi %v115, %v5823 : i64
        %v5825 = arith.addi %v5822, %v5824 : i64
        %v5826 = llvm.getelementptr %segsum_x_im[%v5825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5817, %v5826 : f32, !llvm.ptr
        %v5827 = llvm.load %v558 : !llvm.ptr -> f32
        %v5828 = arith.muli %v3, %v8 : i64
        %v5829 = arith.addi %v5828, %v112 : i64
        %v5830 = arith.muli %v5829, %v2 : i64
        %v5831 = arith.addi %v5830, %v5008 : i64
        %v5832 = arith.muli %v5831, %v4 : i64
        %v5833 = arith.subi %v4, %v3 : i64
        %v5834 = arith.minsi %v115, %v5833 : i64
        %v5835 = arith.addi %v5832, %v5834 : i64
        %v5836 = llvm.getelementptr %segsum_x_im[%v5835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5827, %v5836 : f32, !llvm.ptr
        %v5837 = llvm.load %v559 : !llvm.ptr -> f32
        %v5838 = arith.muli %v4725, %v8 : i64
        %v5839 = arith.addi %v5838, %v112 : i64
        %v5840 = arith.muli %v5839, %v2 : i64
        %v5841 = arith.addi %v5840, %v5008 : i64
        %v5842 = arith.muli %v5841, %v4 : i64
        %v5843 = arith.subi %v4, %v3 : i64
        %v5844 = arith.minsi %v115, %v5843 : i64
        %v5845 = arith.addi %v5842, %v5844 : i64
        %v5846 = llvm.getelementptr %segsum_x_im[%v5845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5837, %v5846 : f32, !llvm.ptr
        %v5847 = llvm.load %v210 : !llvm.ptr -> f32
        %v5848 = arith.muli %v4736, %v8 : i64
        %v5849 = arith.addi %v5848, %v112 : i64
        %v5850 = arith.muli %v5849, %v2 : i64
        %v5851 = arith.addi %v5850, %v5008 : i64
        %v5852 = arith.muli %v5851, %v4 : i64
        %v5853 = arith.subi %v4, %v3 : i64
        %v5854 = arith.minsi %v115, %v5853 : i64
        %v5855 = arith.addi %v5852, %v5854 : i64
        %v5856 = llvm.getelementptr %segsum_x_im[%v5855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5847, %v5856 : f32, !llvm.ptr
        %v5857 = llvm.load %v178 : !llvm.ptr -> f32
        %v5858 = arith.muli %v1, %v8 : i64
        %v5859 = arith.addi %v5858, %v112 : i64
        %v5860 = arith.muli %v5859, %v2 : i64
        %v5861 = arith.addi %v5860, %v5008 : i64
        %v5862 = arith.muli %v5861, %v4 : i64
        %v5863 = arith.subi %v4, %v3 : i64
        %v5864 = arith.minsi %v115, %v5863 : i64
        %v5865 = arith.addi %v5862, %v5864 : i64
        %v5866 = llvm.getelementptr %segsum_x_im[%v5865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5857, %v5866 : f32, !llvm.ptr
        %v5867 = llvm.load %v147 : !llvm.ptr -> f32
        %v5868 = arith.muli %v578, %v8 : i64
        %v5869 = arith.addi %v5868, %v112 : i64
        %v5870 = arith.muli %v5869, %v2 : i64
        %v5871 = arith.addi %v5870, %v5059 : i64
        %v5872 = arith.muli %v5871, %v4 : i64
        %v5873 = arith.subi %v4, %v3 : i64
        %v5874 = arith.minsi %v115, %v5873 : i64
        %v5875 = arith.addi %v5872, %v5874 : i64
        %v5876 = llvm.getelementptr %segsum_x_im[%v5875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5867, %v5876 : f32, !llvm.ptr
        %v5877 = llvm.load %v560 : !llvm.ptr -> f32
        %v5878 = arith.muli %v3, %v8 : i64
        %v5879 = arith.addi %v5878, %v112 : i64
        %v5880 = arith.muli %v5879, %v2 : i64
        %v5881 = arith.addi %v5880, %v5059 : i64
        %v5882 = arith.muli %v5881, %v4 : i64
        %v5883 = arith.subi %v4, %v3 : i64
        %v5884 = arith.minsi %v115, %v5883 : i64
        %v5885 = arith.addi %v5882, %v5884 : i64
        %v5886 = llvm.getelementptr %segsum_x_im[%v5885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5877, %v5886 : f32, !llvm.ptr
        %v5887 = llvm.load %v561 : !llvm.ptr -> f32
        %v5888 = arith.muli %v4725, %v8 : i64
        %v5889 = arith.addi %v5888, %v112 : i64
        %v5890 = arith.muli %v5889, %v2 : i64
        %v5891 = arith.addi %v5890, %v5059 : i64
        %v5892 = arith.muli %v5891, %v4 : i64
        %v5893 = arith.subi %v4, %v3 : i64
        %v5894 = arith.minsi %v115, %v5893 : i64
        %v5895 = arith.addi %v5892, %v5894 : i64
        %v5896 = llvm.getelementptr %segsum_x_im[%v5895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5887, %v5896 : f32, !llvm.ptr
        %v5897 = llvm.load %v211 : !llvm.ptr -> f32
        %v5898 = arith.muli %v4736, %v8 : i64
        %v5899 = arith.addi %v5898, %v112 : i64
        %v5900 = arith.muli %v5899, %v2 : i64
        %v5901 = arith.addi %v5900, %v5059 : i64
        %v5902 = arith.muli %v5901, %v4 : i64
        %v5903 = arith.subi %v4, %v3 : i64
        %v5904 = arith.minsi %v115, %v5903 : i64
        %v5905 = arith.addi %v5902, %v5904 : i64
        %v5906 = llvm.getelementptr %segsum_x_im[%v5905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5897, %v5906 : f32, !llvm.ptr
        %v5907 = llvm.load %v179 : !llvm.ptr -> f32
        %v5908 = arith.muli %v1, %v8 : i64
        %v5909 = arith.addi %v5908, %v112 : i64
        %v5910 = arith.muli %v5909, %v2 : i64
        %v5911 = arith.addi %v5910, %v5059 : i64
        %v5912 = arith.muli %v5911, %v4 : i64
        %v5913 = arith.subi %v4, %v3 : i64
        %v5914 = arith.minsi %v115, %v5913 : i64
        %v5915 = arith.addi %v5912, %v5914 : i64
        %v5916 = llvm.getelementptr %segsum_x_im[%v5915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5907, %v5916 : f32, !llvm.ptr
        %v5917 = llvm.load %v148 : !llvm.ptr -> f32
        %v5918 = arith.muli %v578, %v8 : i64
        %v5919 = arith.addi %v5918, %v112 : i64
        %v5920 = arith.muli %v5919, %v2 : i64
        %v5921 = arith.addi %v5920, %v5110 : i64
        %v5922 = arith.muli %v5921, %v4 : i64
        %v5923 = arith.subi %v4, %v3 : i64
        %v5924 = arith.minsi %v115, %v5923 : i64
        %v5925 = arith.addi %v5922, %v5924 : i64
        %v5926 = llvm.getelementptr %segsum_x_im[%v5925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5917, %v5926 : f32, !llvm.ptr
        %v5927 = llvm.load %v562 : !llvm.ptr -> f32
        %v5928 = arith.muli %v3, %v8 : i64
        %v5929 = arith.addi %v5928, %v112 : i64
        %v5930 = arith.muli %v5929, %v2 : i64
        %v5931 = arith.addi %v5930, %v5110 : i64
        %v5932 = arith.muli %v5931, %v4 : i64
        %v5933 = arith.subi %v4, %v3 : i64
        %v5934 = arith.minsi %v115, %v5933 : i64
        %v5935 = arith.addi %v5932, %v5934 : i64
        %v5936 = llvm.getelementptr %segsum_x_im[%v5935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5927, %v5936 : f32, !llvm.ptr
        %v5937 = llvm.load %v563 : !llvm.ptr -> f32
        %v5938 = arith.muli %v4725, %v8 : i64
        %v5939 = arith.addi %v5938, %v112 : i64
        %v5940 = arith.muli %v5939, %v2 : i64
        %v5941 = arith.addi %v5940, %v5110 : i64
        %v5942 = arith.muli %v5941, %v4 : i64
        %v5943 = arith.subi %v4, %v3 : i64
        %v5944 = arith.minsi %v115, %v5943 : i64
        %v5945 = arith.addi %v5942, %v5944 : i64
        %v5946 = llvm.getelementptr %segsum_x_im[%v5945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5937, %v5946 : f32, !llvm.ptr
        %v5947 = llvm.load %v212 : !llvm.ptr -> f32
        %v5948 = arith.muli %v4736, %v8 : i64
        %v5949 = arith.addi %v5948, %v112 : i64
        %v5950 = arith.muli %v5949, %v2 : i64
        %v5951 = arith.addi %v5950, %v5110 : i64
        %v5952 = arith.muli %v5951, %v4 : i64
        %v5953 = arith.subi %v4, %v3 : i64
        %v5954 = arith.minsi %v115, %v5953 : i64
        %v5955 = arith.addi %v5952, %v5954 : i64
        %v5956 = llvm.getelementptr %segsum_x_im[%v5955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5947, %v5956 : f32, !llvm.ptr
        %v5957 = llvm.load %v180 : !llvm.ptr -> f32
        %v5958 = arith.muli %v1, %v8 : i64
        %v5959 = arith.addi %v5958, %v112 : i64
        %v5960 = arith.muli %v5959, %v2 : i64
        %v5961 = arith.addi %v5960, %v5110 : i64
        %v5962 = arith.muli %v5961, %v4 : i64
        %v5963 = arith.subi %v4, %v3 : i64
        %v5964 = arith.minsi %v115, %v5963 : i64
        %v5965 = arith.addi %v5962, %v5964 : i64
        %v5966 = llvm.getelementptr %segsum_x_im[%v5965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5957, %v5966 : f32, !llvm.ptr
        %v5967 = llvm.load %v149 : !llvm.ptr -> f32
        %v5968 = arith.muli %v578, %v8 : i64
        %v5969 = arith.addi %v5968, %v112 : i64
        %v5970 = arith.muli %v5969, %v2 : i64
        %v5971 = arith.addi %v5970, %v5161 : i64
        %v5972 = arith.muli %v5971, %v4 : i64
        %v5973 = arith.subi %v4, %v3 : i64
        %v5974 = arith.minsi %v115, %v5973 : i64
        %v5975 = arith.addi %v5972, %v5974 : i64
        %v5976 = llvm.getelementptr %segsum_x_im[%v5975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5967, %v5976 : f32, !llvm.ptr
        %v5977 = llvm.load %v564 : !llvm.ptr -> f32
        %v5978 = arith.muli %v3, %v8 : i64
        %v5979 = arith.addi %v5978, %v112 : i64
        %v5980 = arith.muli %v5979, %v2 : i64
        %v5981 = arith.addi %v5980, %v5161 : i64
        %v5982 = arith.muli %v5981, %v4 : i64
        %v5983 = arith.subi %v4, %v3 : i64
        %v5984 = arith.minsi %v115, %v5983 : i64
        %v5985 = arith.addi %v5982, %v5984 : i64
        %v5986 = llvm.getelementptr %segsum_x_im[%v5985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5977, %v5986 : f32, !llvm.ptr
        %v5987 = llvm.load %v565 : !llvm.ptr -> f32
        %v5988 = arith.muli %v4725, %v8 : i64
        %v5989 = arith.addi %v5988, %v112 : i64
        %v5990 = arith.muli %v5989, %v2 : i64
        %v5991 = arith.addi %v5990, %v5161 : i64
        %v5992 = arith.muli %v5991, %v4 : i64
        %v5993 = arith.subi %v4, %v3 : i64
        %v5994 = arith.minsi %v115, %v5993 : i64
        %v5995 = arith.addi %v5992, %v5994 : i64
        %v5996 = llvm.getelementptr %segsum_x_im[%v5995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5987, %v5996 : f32, !llvm.ptr
        %v5997 = llvm.load %v213 : !llvm.ptr -> f32
        %v5998 = arith.muli %v4736, %v8 : i64
        %v5999 = arith.addi %v5998, %v112 : i64
        %v6000 = arith.muli %v5999, %v2 : i64
        %v6001 = arith.addi %v6000, %v5161 : i64
        %v6002 = arith.muli %v6001, %v4 : i64
        %v6003 = arith.subi %v4, %v3 : i64
        %v6004 = arith.minsi %v115, %v6003 : i64
        %v6005 = arith.addi %v6002, %v6004 : i64
        %v6006 = llvm.getelementptr %segsum_x_im[%v6005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5997, %v6006 : f32, !llvm.ptr
        %v6007 = llvm.load %v181 : !llvm.ptr -> f32
        %v6008 = arith.muli %v1, %v8 : i64
        %v6009 = arith.addi %v6008, %v112 : i64
        %v6010 = arith.muli %v6009, %v2 : i64
        %v6011 = arith.addi %v6010, %v5161 : i64
        %v6012 = arith.muli %v6011, %v4 : i64
        %v6013 = arith.subi %v4, %v3 : i64
        %v6014 = arith.minsi %v115, %v6013 : i64
        %v6015 = arith.addi %v6012, %v6014 : i64
        %v6016 = llvm.getelementptr %segsum_x_im[%v6015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6007, %v6016 : f32, !llvm.ptr
        %v6017 = llvm.load %v150 : !llvm.ptr -> f32
        %v6018 = arith.muli %v578, %v8 : i64
        %v6019 = arith.addi %v6018, %v112 : i64
        %v6020 = arith.muli %v6019, %v2 : i64
        %v6021 = arith.addi %v6020, %v5212 : i64
        %v6022 = arith.muli %v6021, %v4 : i64
        %v6023 = arith.subi %v4, %v3 : i64
        %v6024 = arith.minsi %v115, %v6023 : i64
        %v6025 = arith.addi %v6022, %v6024 : i64
        %v6026 = llvm.getelementptr %segsum_x_im[%v6025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6017, %v6026 : f32, !llvm.ptr
        %v6027 = llvm.load %v566 : !llvm.ptr -> f32
        %v6028 = arith.muli %v3, %v8 : i64
        %v6029 = arith.addi %v6028, %v112 : i64
        %v6030 = arith.muli %v6029, %v2 : i64
        %v6031 = arith.addi %v6030, %v5212 : i64
        %v6032 = arith.muli %v6031, %v4 : i64
        %v6033 = arith.subi %v4, %v3 : i64
        %v6034 = arith.minsi %v115, %v6033 : i64
        %v6035 = arith.addi %v6032, %v6034 : i64
        %v6036 = llvm.getelementptr %segsum_x_im[%v6035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6027, %v6036 : f32, !llvm.ptr
        %v6037 = llvm.load %v567 : !llvm.ptr -> f32
        %v6038 = arith.muli %v4725, %v8 : i64
        %v6039 = arith.addi %v6038, %v112 : i64
        %v6040 = arith.muli %v6039, %v2 : i64
        %v6041 = arith.addi %v6040, %v5212 : i64
        %v6042 = arith.muli %v6041, %v4 : i64
        %v6043 = arith.subi %v4, %v3 : i64
        %v6044 = arith.minsi %v115, %v6043 : i64
        %v6045 = arith.addi %v6042, %v6044 : i64
        %v6046 = llvm.getelementptr %segsum_x_im[%v6045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6037, %v6046 : f32, !llvm.ptr
        %v6047 = llvm.load %v214 : !llvm.ptr -> f32
        %v6048 = arith.muli %v4736, %v8 : i64
        %v6049 = arith.addi %v6048, %v112 : i64
        %v6050 = arith.muli %v6049, %v2 : i64
        %v6051 = arith.addi %v6050, %v5212 : i64
        %v6052 = arith.muli %v6051, %v4 : i64
        %v6053 = arith.subi %v4, %v3 : i64
        %v6054 = arith.minsi %v115, %v6053 : i64
        %v6055 = arith.addi %v6052, %v6054 : i64
        %v6056 = llvm.getelementptr %segsum_x_im[%v6055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6047, %v6056 : f32, !llvm.ptr
        %v6057 = llvm.load %v182 : !llvm.ptr -> f32
        %v6058 = arith.muli %v1, %v8 : i64
        %v6059 = arith.addi %v6058, %v112 : i64
        %v6060 = arith.muli %v6059, %v2 : i64
        %v6061 = arith.addi %v6060, %v5212 : i64
        %v6062 = arith.muli %v6061, %v4 : i64
        %v6063 = arith.subi %v4, %v3 : i64
        %v6064 = arith.minsi %v115, %v6063 : i64
        %v6065 = arith.addi %v6062, %v6064 : i64
        %v6066 = llvm.getelementptr %segsum_x_im[%v6065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6057, %v6066 : f32, !llvm.ptr
        %v6067 = llvm.load %v151 : !llvm.ptr -> f32
        %v6068 = arith.muli %v578, %v8 : i64
        %v6069 = arith.addi %v6068, %v112 : i64
        %v6070 = arith.muli %v6069, %v2 : i64
        %v6071 = arith.addi %v6070, %v5263 : i64
        %v6072 = arith.muli %v6071, %v4 : i64
        %v6073 = arith.subi %v4, %v3 : i64
        %v6074 = arith.minsi %v115, %v6073 : i64
        %v6075 = arith.addi %v6072, %v6074 : i64
        %v6076 = llvm.getelementptr %segsum_x_im[%v6075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6067, %v6076 : f32, !llvm.ptr
        %v6077 = llvm.load %v568 : !llvm.ptr -> f32
        %v6078 = arith.muli %v3, %v8 : i64
        %v6079 = arith.addi %v6078, %v112 : i64
        %v6080 = arith.muli %v6079, %v2 : i64
        %v6081 = arith.addi %v6080, %v5263 : i64
        %v6082 = arith.muli %v6081, %v4 : i64
        %v6083 = arith.subi %v4, %v3 : i64
        %v6084 = arith.minsi %v115, %v6083 : i64
        %v6085 = arith.addi %v6082, %v6084 : i64
        %v6086 = llvm.getelementptr %segsum_x_im[%v6085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6077, %v6086 : f32, !llvm.ptr
        %v6087 = llvm.load %v569 : !llvm.ptr -> f32
        %v6088 = arith.muli %v4725, %v8 : i64
        %v6089 = arith.addi %v6088, %v112 : i64
        %v6090 = arith.muli %v6089, %v2 : i64
        %v6091 = arith.addi %v6090, %v5263 : i64
        %v6092 = arith.muli %v6091, %v4 : i64
        %v6093 = arith.subi %v4, %v3 : i64
        %v6094 = arith.minsi %v115, %v6093 : i64
        %v6095 = arith.addi %v6092, %v6094 : i64
        %v6096 = llvm.getelementptr %segsum_x_im[%v6095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6087, %v6096 : f32, !llvm.ptr
        %v6097 = llvm.load %v215 : !llvm.ptr -> f32
        %v6098 = arith.muli %v4736, %v8 : i64
        %v6099 = arith.addi %v6098, %v112 : i64
        %v6100 = arith.muli %v6099, %v2 : i64
        %v6101 = arith.addi %v6100, %v5263 : i64
        %v6102 = arith.muli %v6101, %v4 : i64
        %v6103 = arith.subi %v4, %v3 : i64
        %v6104 = arith.minsi %v115, %v6103 : i64
        %v6105 = arith.addi %v6102, %v6104 : i64
        %v6106 = llvm.getelementptr %segsum_x_im[%v6105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6097, %v6106 : f32, !llvm.ptr
        %v6107 = llvm.load %v183 : !llvm.ptr -> f32
        %v6108 = arith.muli %v1, %v8 : i64
        %v6109 = arith.addi %v6108, %v112 : i64
        %v6110 = arith.muli %v6109, %v2 : i64
        %v6111 = arith.addi %v6110, %v5263 : i64
        %v6112 = arith.muli %v6111, %v4 : i64
        %v6113 = arith.subi %v4, %v3 : i64
        %v6114 = arith.minsi %v115, %v6113 : i64
        %v6115 = arith.addi %v6112, %v6114 : i64
        %v6116 = llvm.getelementptr %segsum_x_im[%v6115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6107, %v6116 : f32, !llvm.ptr
        %v6117 = llvm.load %v152 : !llvm.ptr -> f32
        %v6118 = arith.muli %v578, %v8 : i64
        %v6119 = arith.addi %v6118, %v112 : i64
        %v6120 = arith.muli %v6119, %v2 : i64
        %v6121 = arith.addi %v6120, %v5314 : i64
        %v6122 = arith.muli %v6121, %v4 : i64
        %v6123 = arith.subi %v4, %v3 : i64
        %v6124 = arith.minsi %v115, %v6123 : i64
        %v6125 = arith.addi %v6122, %v6124 : i64
        %v6126 = llvm.getelementptr %segsum_x_im[%v6125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6117, %v6126 : f32, !llvm.ptr
        %v6127 = llvm.load %v570 : !llvm.ptr -> f32
        %v6128 = arith.muli %v3, %v8 : i64
        %v6129 = arith.addi %v6128, %v112 : i64
        %v6130 = arith.muli %v6129, %v2 : i64
        %v6131 = arith.addi %v6130, %v5314 : i64
        %v6132 = arith.muli %v6131, %v4 : i64
        %v6133 = arith.subi %v4, %v3 : i64
        %v6134 = arith.minsi %v115, %v6133 : i64
        %v6135 = arith.addi %v6132, %v6134 : i64
        %v6136 = llvm.getelementptr %segsum_x_im[%v6135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6127, %v6136 : f32, !llvm.ptr
        %v6137 = llvm.load %v571 : !llvm.ptr -> f32
        %v6138 = arith.muli %v4725, %v8 : i64
        %v6139 = arith.addi %v6138, %v112 : i64
        %v6140 = arith.muli %v6139, %v2 : i64
        %v6141 = arith.addi %v6140, %v5314 : i64
        %v6142 = arith.muli %v6141, %v4 : i64
        %v6143 = arith.subi %v4, %v3 : i64
        %v6144 = arith.minsi %v115, %v6143 : i64
        %v6145 = arith.addi %v6142, %v6144 : i64
        %v6146 = llvm.getelementptr %segsum_x_im[%v6145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6137, %v6146 : f32, !llvm.ptr
        %v6147 = llvm.load %v216 : !llvm.ptr -> f32
        %v6148 = arith.muli %v4736, %v8 : i64
        %v6149 = arith.addi %v6148, %v112 : i64
        %v6150 = arith.muli %v6149, %v2 : i64
        %v6151 = arith.addi %v6150, %v5314 : i64
        %v6152 = arith.muli %v6151, %v4 : i64
        %v6153 = arith.subi %v4, %v3 : i64
        %v6154 = arith.minsi %v115, %v6153 : i64
        %v6155 = arith.addi %v6152, %v6154 : i64
        %v6156 = llvm.getelementptr %segsum_x_im[%v6155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6147, %v6156 : f32, !llvm.ptr
        %v6157 = llvm.load %v184 : !llvm.ptr -> f32
        %v6158 = arith.muli %v1, %v8 : i64
        %v6159 = arith.addi %v6158, %v112 : i64
        %v6160 = arith.muli %v6159, %v2 : i64
        %v6161 = arith.addi %v6160, %v5314 : i64
        %v6162 = arith.muli %v6161, %v4 : i64
        %v6163 = arith.subi %v4, %v3 : i64
        %v6164 = arith.minsi %v115, %v6163 : i64
        %v6165 = arith.addi %v6162, %v6164 : i64
        %v6166 = llvm.getelementptr %segsum_x_im[%v6165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6157, %v6166 : f32, !llvm.ptr
        %v6167 = llvm.load %v153 : !llvm.ptr -> f32
        %v6168 = arith.muli %v578, %v8 : i64
        %v6169 = arith.addi %v6168, %v112 : i64
        %v6170 = arith.muli %v6169, %v2 : i64
        %v6171 = arith.addi %v6170, %v5365 : i64
        %v6172 = arith.muli %v6171, %v4 : i64
        %v6173 = arith.subi %v4, %v3 : i64
        %v6174 = arith.minsi %v115, %v6173 : i64
        %v6175 = arith.addi %v6172, %v6174 : i64
        %v6176 = llvm.getelementptr %segsum_x_im[%v6175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6167, %v6176 : f32, !llvm.ptr
        %v6177 = llvm.load %v572 : !llvm.ptr -> f32
        %v6178 = arith.muli %v3, %v8 : i64
        %v6179 = arith.addi %v6178, %v112 : i64
        %v6180 = arith.muli %v6179, %v2 : i64
        %v6181 = arith.addi %v6180, %v5365 : i64
        %v6182 = arith.muli %v6181, %v4 : i64
        %v6183 = arith.subi %v4, %v3 : i64
        %v6184 = arith.minsi %v115, %v6183 : i64
        %v6185 = arith.addi %v6182, %v6184 : i64
        %v6186 = llvm.getelementptr %segsum_x_im[%v6185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6177, %v6186 : f32, !llvm.ptr
        %v6187 = llvm.load %v573 : !llvm.ptr -> f32
        %v6188 = arith.muli %v4725, %v8 : i64
        %v6189 = arith.addi %v6188, %v112 : i64
        %v6190 = arith.muli %v6189, %v2 : i64
        %v6191 = arith.addi %v6190, %v5365 : i64
        %v6192 = arith.muli %v6191, %v4 : i64
        %v6193 = arith.subi %v4, %v3 : i64
        %v6194 = arith.minsi %v115, %v6193 : i64
        %v6195 = arith.addi %v6192, %v6194 : i64
        %v6196 = llvm.getelementptr %segsum_x_im[%v6195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6187, %v6196 : f32, !llvm.ptr
        %v6197 = llvm.load %v217 : !llvm.ptr -> f32
        %v6198 = arith.muli %v4736, %v8 : i64
        %v6199 = arith.addi %v6198, %v112 : i64
        %v6200 = arith.muli %v6199, %v2 : i64
        %v6201 = arith.addi %v6200, %v5365 : i64
        %v6202 = arith.muli %v6201, %v4 : i64
        %v6203 = arith.subi %v4, %v3 : i64
        %v6204 = arith.minsi %v115, %v6203 : i64
        %v6205 = arith.addi %v6202, %v6204 : i64
        %v6206 = llvm.getelementptr %segsum_x_im[%v6205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6197, %v6206 : f32, !llvm.ptr
        %v6207 = llvm.load %v185 : !llvm.ptr -> f32
        %v6208 = arith.muli %v1, %v8 : i64
        %v6209 = arith.addi %v6208, %v112 : i64
        %v6210 = arith.muli %v6209, %v2 : i64
        %v6211 = arith.addi %v6210, %v5365 : i64
        %v6212 = arith.muli %v6211, %v4 : i64
        %v6213 = arith.subi %v4, %v3 : i64
        %v6214 = arith.minsi %v115, %v6213 : i64
        %v6215 = arith.addi %v6212, %v6214 : i64
        %v6216 = llvm.getelementptr %segsum_x_im[%v6215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6207, %v6216 : f32, !llvm.ptr
        %v6217 = llvm.load %v154 : !llvm.ptr -> f32
        %v6218 = arith.muli %v578, %v8 : i64
        %v6219 = arith.addi %v6218, %v112 : i64
        %v6220 = arith.muli %v6219, %v2 : i64
        %v6221 = arith.addi %v6220, %v5416 : i64
        %v6222 = arith.muli %v6221, %v4 : i64
        %v6223 = arith.subi %v4, %v3 : i64
        %v6224 = arith.minsi %v115, %v6223 : i64
        %v6225 = arith.addi %v6222, %v6224 : i64
        %v6226 = llvm.getelementptr %segsum_x_im[%v6225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6217, %v6226 : f32, !llvm.ptr
        %v6227 = llvm.load %v574 : !llvm.ptr -> f32
        %v6228 = arith.muli %v3, %v8 : i64
        %v6229 = arith.addi %v6228, %v112 : i64
        %v6230 = arith.muli %v6229, %v2 : i64
        %v6231 = arith.addi %v6230, %v5416 : i64
        %v6232 = arith.muli %v6231, %v4 : i64
        %v6233 = arith.subi %v4, %v3 : i64
        %v6234 = arith.minsi %v115, %v6233 : i64
        %v6235 = arith.addi %v6232, %v6234 : i64
        %v6236 = llvm.getelementptr %segsum_x_im[%v6235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6227, %v6236 : f32, !llvm.ptr
        %v6237 = llvm.load %v575 : !llvm.ptr -> f32
        %v6238 = arith.muli %v4725, %v8 : i64
        %v6239 = arith.addi %v6238, %v112 : i64
        %v6240 = arith.muli %v6239, %v2 : i64
        %v6241 = arith.addi %v6240, %v5416 : i64
        %v6242 = arith.muli %v6241, %v4 : i64
        %v6243 = arith.subi %v4, %v3 : i64
        %v6244 = arith.minsi %v115, %v6243 : i64
        %v6245 = arith.addi %v6242, %v6244 : i64
        %v6246 = llvm.getelementptr %segsum_x_im[%v6245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6237, %v6246 : f32, !llvm.ptr
        %v6247 = llvm.load %v218 : !llvm.ptr -> f32
        %v6248 = arith.muli %v4736, %v8 : i64
        %v6249 = arith.addi %v6248, %v112 : i64
        %v6250 = arith.muli %v6249, %v2 : i64
        %v6251 = arith.addi %v6250, %v5416 : i64
        %v6252 = arith.muli %v6251, %v4 : i64
        %v6253 = arith.subi %v4, %v3 : i64
        %v6254 = arith.minsi %v115, %v6253 : i64
        %v6255 = arith.addi %v6252, %v6254 : i64
        %v6256 = llvm.getelementptr %segsum_x_im[%v6255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6247, %v6256 : f32, !llvm.ptr
        %v6257 = llvm.load %v186 : !llvm.ptr -> f32
        %v6258 = arith.muli %v1, %v8 : i64
        %v6259 = arith.addi %v6258, %v112 : i64
        %v6260 = arith.muli %v6259, %v2 : i64
        %v6261 = arith.addi %v6260, %v5416 : i64
        %v6262 = arith.muli %v6261, %v4 : i64
        %v6263 = arith.subi %v4, %v3 : i64
        %v6264 = arith.minsi %v115, %v6263 : i64
        %v6265 = arith.addi %v6262, %v6264 : i64
        %v6266 = llvm.getelementptr %segsum_x_im[%v6265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6257, %v6266 : f32, !llvm.ptr
        %v6267 = llvm.load %v155 : !llvm.ptr -> f32
        %v6268 = arith.muli %v578, %v8 : i64
        %v6269 = arith.addi %v6268, %v112 : i64
        %v6270 = arith.muli %v6269, %v2 : i64
        %v6271 = arith.addi %v6270, %v5467 : i64
        %v6272 = arith.muli %v6271, %v4 : i64
        %v6273 = arith.subi %v4, %v3 : i64
        %v6274 = arith.minsi %v115, %v6273 : i64
        %v6275 = arith.addi %v6272, %v6274 : i64
        %v6276 = llvm.getelementptr %segsum_x_im[%v6275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6267, %v6276 : f32, !llvm.ptr
        %v6277 = llvm.load %v576 : !llvm.ptr -> f32
        %v6278 = arith.muli %v3, %v8 : i64
        %v6279 = arith.addi %v6278, %v112 : i64
        %v6280 = arith.muli %v6279, %v2 : i64
        %v6281 = arith.addi %v6280, %v5467 : i64
        %v6282 = arith.muli %v6281, %v4 : i64
        %v6283 = arith.subi %v4, %v3 : i64
        %v6284 = arith.minsi %v115, %v6283 : i64
        %v6285 = arith.addi %v6282, %v6284 : i64
        %v6286 = llvm.getelementptr %segsum_x_im[%v6285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6277, %v6286 : f32, !llvm.ptr
        %v6287 = llvm.load %v577 : !llvm.ptr -> f32
        %v6288 = arith.muli %v4725, %v8 : i64
        %v6289 = arith.addi %v6288, %v112 : i64
        %v6290 = arith.muli %v6289, %v2 : i64
        %v6291 = arith.addi %v6290, %v5467 : i64
        %v6292 = arith.muli %v6291, %v4 : i64
        %v6293 = arith.subi %v4, %v3 : i64
        %v6294 = arith.minsi %v115, %v6293 : i64
        %v6295 = arith.addi %v6292, %v6294 : i64
        %v6296 = llvm.getelementptr %segsum_x_im[%v6295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6287, %v6296 : f32, !llvm.ptr
        %v6297 = llvm.load %v219 : !llvm.ptr -> f32
        %v6298 = arith.muli %v4736, %v8 : i64
        %v6299 = arith.addi %v6298, %v112 : i64
        %v6300 = arith.muli %v6299, %v2 : i64
        %v6301 = arith.addi %v6300, %v5467 : i64
        %v6302 = arith.muli %v6301, %v4 : i64
        %v6303 = arith.subi %v4, %v3 : i64
        %v6304 = arith.minsi %v115, %v6303 : i64
        %v6305 = arith.addi %v6302, %v6304 : i64
        %v6306 = llvm.getelementptr %segsum_x_im[%v6305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6297, %v6306 : f32, !llvm.ptr
        %v6307 = llvm.load %v187 : !llvm.ptr -> f32
        %v6308 = arith.muli %v1, %v8 : i64
        %v6309 = arith.addi %v6308, %v112 : i64
        %v6310 = arith.muli %v6309, %v2 : i64
        %v6311 = arith.addi %v6310, %v5467 : i64
        %v6312 = arith.muli %v6311, %v4 : i64
        %v6313 = arith.subi %v4, %v3 : i64
        %v6314 = arith.minsi %v115, %v6313 : i64
        %v6315 = arith.addi %v6312, %v6314 : i64
        %v6316 = llvm.getelementptr %segsum_x_im[%v6315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6307, %v6316 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
