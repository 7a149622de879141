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
      %v512 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v513 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
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
      %v528 = arith.constant 0x00000000 : f32
      %v529 = arith.constant 0x3F800000 : f32
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
      %v578 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v579 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v580 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v581 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v582 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v583 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v584 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v585 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v586 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v587 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v588 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v589 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v590 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v591 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v592 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v593 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v594 = arith.constant 0 : i64
      %v596 = arith.constant 64 : i64
      %v639 = arith.constant 2147483647 : i64
      %v643 = arith.constant 0 : i32
      %v743 = arith.muli %v3, %v2 : i64
      %v747 = arith.muli %v3, %v1 : i64
      %v748 = arith.muli %v747, %size_L : i64
      %v2173 = arith.constant 0x3FB8AA3B : f32
      %v2183 = arith.constant 0x3E22F983 : f32
      %v2186 = arith.constant 0x40C90000 : f32
      %v2187 = arith.constant 0x3AFDAA22 : f32
      %v4835 = arith.constant 2 : i64
      %v4846 = arith.constant 3 : i64
      %v5067 = arith.constant 5 : i64
      %v5118 = arith.constant 6 : i64
      %v5169 = arith.constant 7 : i64
      %v5220 = arith.constant 8 : i64
      %v5271 = arith.constant 9 : i64
      %v5322 = arith.constant 10 : i64
      %v5373 = arith.constant 11 : i64
      %v5424 = arith.constant 12 : i64
      %v5475 = arith.constant 13 : i64
      %v5526 = arith.constant 14 : i64
      %v5577 = arith.constant 15 : i64
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
      llvm.store %v528, %v124 : f32, !llvm.ptr
      llvm.store %v528, %v125 : f32, !llvm.ptr
      llvm.store %v528, %v126 : f32, !llvm.ptr
      llvm.store %v528, %v127 : f32, !llvm.ptr
      llvm.store %v528, %v128 : f32, !llvm.ptr
      llvm.store %v528, %v129 : f32, !llvm.ptr
      llvm.store %v528, %v130 : f32, !llvm.ptr
      llvm.store %v528, %v131 : f32, !llvm.ptr
      llvm.store %v528, %v132 : f32, !llvm.ptr
      llvm.store %v528, %v133 : f32, !llvm.ptr
      llvm.store %v528, %v134 : f32, !llvm.ptr
      llvm.store %v528, %v135 : f32, !llvm.ptr
      llvm.store %v528, %v136 : f32, !llvm.ptr
      llvm.store %v528, %v137 : f32, !llvm.ptr
      llvm.store %v528, %v138 : f32, !llvm.ptr
      llvm.store %v528, %v139 : f32, !llvm.ptr
      llvm.store %v528, %v140 : f32, !llvm.ptr
      llvm.store %v528, %v141 : f32, !llvm.ptr
      llvm.store %v528, %v142 : f32, !llvm.ptr
      llvm.store %v528, %v143 : f32, !llvm.ptr
      llvm.store %v528, %v144 : f32, !llvm.ptr
      llvm.store %v528, %v145 : f32, !llvm.ptr
      llvm.store %v528, %v146 : f32, !llvm.ptr
      llvm.store %v528, %v147 : f32, !llvm.ptr
      llvm.store %v528, %v148 : f32, !llvm.ptr
      llvm.store %v528, %v149 : f32, !llvm.ptr
      llvm.store %v528, %v150 : f32, !llvm.ptr
      llvm.store %v528, %v151 : f32, !llvm.ptr
      llvm.store %v528, %v152 : f32, !llvm.ptr
      llvm.store %v528, %v153 : f32, !llvm.ptr
      llvm.store %v528, %v154 : f32, !llvm.ptr
      llvm.store %v528, %v155 : f32, !llvm.ptr
      llvm.store %v529, %v156 : f32, !llvm.ptr
      llvm.store %v529, %v157 : f32, !llvm.ptr
      llvm.store %v529, %v158 : f32, !llvm.ptr
      llvm.store %v529, %v159 : f32, !llvm.ptr
      llvm.store %v529, %v160 : f32, !llvm.ptr
      llvm.store %v529, %v161 : f32, !llvm.ptr
      llvm.store %v529, %v162 : f32, !llvm.ptr
      llvm.store %v529, %v163 : f32, !llvm.ptr
      llvm.store %v529, %v164 : f32, !llvm.ptr
      llvm.store %v529, %v165 : f32, !llvm.ptr
      llvm.store %v529, %v166 : f32, !llvm.ptr
      llvm.store %v529, %v167 : f32, !llvm.ptr
      llvm.store %v529, %v168 : f32, !llvm.ptr
      llvm.store %v529, %v169 : f32, !llvm.ptr
      llvm.store %v529, %v170 : f32, !llvm.ptr
      llvm.store %v529, %v171 : f32, !llvm.ptr
      llvm.store %v529, %v172 : f32, !llvm.ptr
      llvm.store %v529, %v173 : f32, !llvm.ptr
      llvm.store %v529, %v174 : f32, !llvm.ptr
      llvm.store %v529, %v175 : f32, !llvm.ptr
      llvm.store %v529, %v176 : f32, !llvm.ptr
      llvm.store %v529, %v177 : f32, !llvm.ptr
      llvm.store %v529, %v178 : f32, !llvm.ptr
      llvm.store %v529, %v179 : f32, !llvm.ptr
      llvm.store %v529, %v180 : f32, !llvm.ptr
      llvm.store %v529, %v181 : f32, !llvm.ptr
      llvm.store %v529, %v182 : f32, !llvm.ptr
      llvm.store %v529, %v183 : f32, !llvm.ptr
      llvm.store %v529, %v184 : f32, !llvm.ptr
      llvm.store %v529, %v185 : f32, !llvm.ptr
      llvm.store %v529, %v186 : f32, !llvm.ptr
      llvm.store %v529, %v187 : f32, !llvm.ptr
      llvm.store %v528, %v188 : f32, !llvm.ptr
      llvm.store %v528, %v189 : f32, !llvm.ptr
      llvm.store %v528, %v190 : f32, !llvm.ptr
      llvm.store %v528, %v191 : f32, !llvm.ptr
      llvm.store %v528, %v192 : f32, !llvm.ptr
      llvm.store %v528, %v193 : f32, !llvm.ptr
      llvm.store %v528, %v194 : f32, !llvm.ptr
      llvm.store %v528, %v195 : f32, !llvm.ptr
      llvm.store %v528, %v196 : f32, !llvm.ptr
      llvm.store %v528, %v197 : f32, !llvm.ptr
      llvm.store %v528, %v198 : f32, !llvm.ptr
      llvm.store %v528, %v199 : f32, !llvm.ptr
      llvm.store %v528, %v200 : f32, !llvm.ptr
      llvm.store %v528, %v201 : f32, !llvm.ptr
      llvm.store %v528, %v202 : f32, !llvm.ptr
      llvm.store %v528, %v203 : f32, !llvm.ptr
      llvm.store %v528, %v204 : f32, !llvm.ptr
      llvm.store %v528, %v205 : f32, !llvm.ptr
      llvm.store %v528, %v206 : f32, !llvm.ptr
      llvm.store %v528, %v207 : f32, !llvm.ptr
      llvm.store %v528, %v208 : f32, !llvm.ptr
      llvm.store %v528, %v209 : f32, !llvm.ptr
      llvm.store %v528, %v210 : f32, !llvm.ptr
      llvm.store %v528, %v211 : f32, !llvm.ptr
      llvm.store %v528, %v212 : f32, !llvm.ptr
      llvm.store %v528, %v213 : f32, !llvm.ptr
      llvm.store %v528, %v214 : f32, !llvm.ptr
      llvm.store %v528, %v215 : f32, !llvm.ptr
      llvm.store %v528, %v216 : f32, !llvm.ptr
      llvm.store %v528, %v217 : f32, !llvm.ptr
      llvm.store %v528, %v218 : f32, !llvm.ptr
      llvm.store %v528, %v219 : f32, !llvm.ptr
      llvm.store %v528, %v220 : f32, !llvm.ptr
      llvm.store %v528, %v221 : f32, !llvm.ptr
      llvm.store %v528, %v222 : f32, !llvm.ptr
      llvm.store %v528, %v223 : f32, !llvm.ptr
      llvm.store %v528, %v224 : f32, !llvm.ptr
      llvm.store %v528, %v225 : f32, !llvm.ptr
      llvm.store %v528, %v226 : f32, !llvm.ptr
      llvm.store %v528, %v227 : f32, !llvm.ptr
      llvm.store %v528, %v228 : f32, !llvm.ptr
      llvm.store %v528, %v229 : f32, !llvm.ptr
      llvm.store %v528, %v230 : f32, !llvm.ptr
      llvm.store %v528, %v231 : f32, !llvm.ptr
      llvm.store %v528, %v232 : f32, !llvm.ptr
      llvm.store %v528, %v233 : f32, !llvm.ptr
      llvm.store %v528, %v234 : f32, !llvm.ptr
      llvm.store %v528, %v235 : f32, !llvm.ptr
      llvm.store %v528, %v236 : f32, !llvm.ptr
      llvm.store %v528, %v237 : f32, !llvm.ptr
      llvm.store %v528, %v238 : f32, !llvm.ptr
      llvm.store %v528, %v239 : f32, !llvm.ptr
      llvm.store %v528, %v240 : f32, !llvm.ptr
      llvm.store %v528, %v241 : f32, !llvm.ptr
      llvm.store %v528, %v242 : f32, !llvm.ptr
      llvm.store %v528, %v243 : f32, !llvm.ptr
      llvm.store %v528, %v244 : f32, !llvm.ptr
      llvm.store %v528, %v245 : f32, !llvm.ptr
      llvm.store %v528, %v246 : f32, !llvm.ptr
      llvm.store %v528, %v247 : f32, !llvm.ptr
      llvm.store %v528, %v248 : f32, !llvm.ptr
      llvm.store %v528, %v249 : f32, !llvm.ptr
      llvm.store %v528, %v250 : f32, !llvm.ptr
      llvm.store %v528, %v251 : f32, !llvm.ptr
      llvm.store %v528, %v252 : f32, !llvm.ptr
      llvm.store %v528, %v253 : f32, !llvm.ptr
      llvm.store %v528, %v254 : f32, !llvm.ptr
      llvm.store %v528, %v255 : f32, !llvm.ptr
      llvm.store %v528, %v256 : f32, !llvm.ptr
      llvm.store %v528, %v257 : f32, !llvm.ptr
      llvm.store %v528, %v258 : f32, !llvm.ptr
      llvm.store %v528, %v259 : f32, !llvm.ptr
      llvm.store %v528, %v260 : f32, !llvm.ptr
      llvm.store %v528, %v261 : f32, !llvm.ptr
      llvm.store %v528, %v262 : f32, !llvm.ptr
      llvm.store %v528, %v263 : f32, !llvm.ptr
      llvm.store %v528, %v264 : f32, !llvm.ptr
      llvm.store %v528, %v265 : f32, !llvm.ptr
      llvm.store %v528, %v266 : f32, !llvm.ptr
      llvm.store %v528, %v267 : f32, !llvm.ptr
      llvm.store %v528, %v268 : f32, !llvm.ptr
      llvm.store %v528, %v269 : f32, !llvm.ptr
      llvm.store %v528, %v270 : f32, !llvm.ptr
      llvm.store %v528, %v271 : f32, !llvm.ptr
      llvm.store %v528, %v272 : f32, !llvm.ptr
      llvm.store %v528, %v273 : f32, !llvm.ptr
      llvm.store %v528, %v274 : f32, !llvm.ptr
      llvm.store %v528, %v275 : f32, !llvm.ptr
      llvm.store %v528, %v276 : f32, !llvm.ptr
      llvm.store %v528, %v277 : f32, !llvm.ptr
      llvm.store %v528, %v278 : f32, !llvm.ptr
      llvm.store %v528, %v279 : f32, !llvm.ptr
      llvm.store %v528, %v280 : f32, !llvm.ptr
      llvm.store %v528, %v281 : f32, !llvm.ptr
      llvm.store %v528, %v282 : f32, !llvm.ptr
      llvm.store %v528, %v283 : f32, !llvm.ptr
      llvm.store %v528, %v284 : f32, !llvm.ptr
      llvm.store %v528, %v285 : f32, !llvm.ptr
      llvm.store %v528, %v286 : f32, !llvm.ptr
      llvm.store %v528, %v287 : f32, !llvm.ptr
      llvm.store %v528, %v288 : f32, !llvm.ptr
      llvm.store %v528, %v289 : f32, !llvm.ptr
      llvm.store %v528, %v290 : f32, !llvm.ptr
      llvm.store %v528, %v291 : f32, !llvm.ptr
      llvm.store %v528, %v292 : f32, !llvm.ptr
      llvm.store %v528, %v293 : f32, !llvm.ptr
      llvm.store %v528, %v294 : f32, !llvm.ptr
      llvm.store %v528, %v295 : f32, !llvm.ptr
      llvm.store %v528, %v296 : f32, !llvm.ptr
      llvm.store %v528, %v297 : f32, !llvm.ptr
      llvm.store %v528, %v298 : f32, !llvm.ptr
      llvm.store %v528, %v299 : f32, !llvm.ptr
      llvm.store %v528, %v300 : f32, !llvm.ptr
      llvm.store %v528, %v301 : f32, !llvm.ptr
      llvm.store %v528, %v302 : f32, !llvm.ptr
      llvm.store %v528, %v303 : f32, !llvm.ptr
      llvm.store %v528, %v304 : f32, !llvm.ptr
      llvm.store %v528, %v305 : f32, !llvm.ptr
      llvm.store %v528, %v306 : f32, !llvm.ptr
      llvm.store %v528, %v307 : f32, !llvm.ptr
      llvm.store %v528, %v308 : f32, !llvm.ptr
      llvm.store %v528, %v309 : f32, !llvm.ptr
      llvm.store %v528, %v310 : f32, !llvm.ptr
      llvm.store %v528, %v311 : f32, !llvm.ptr
      llvm.store %v528, %v312 : f32, !llvm.ptr
      llvm.store %v528, %v313 : f32, !llvm.ptr
      llvm.store %v528, %v314 : f32, !llvm.ptr
      llvm.store %v528, %v315 : f32, !llvm.ptr
      llvm.store %v528, %v316 : f32, !llvm.ptr
      llvm.store %v528, %v317 : f32, !llvm.ptr
      llvm.store %v528, %v318 : f32, !llvm.ptr
      llvm.store %v528, %v319 : f32, !llvm.ptr
      llvm.store %v528, %v320 : f32, !llvm.ptr
      llvm.store %v528, %v321 : f32, !llvm.ptr
      llvm.store %v528, %v322 : f32, !llvm.ptr
      llvm.store %v528, %v323 : f32, !llvm.ptr
      llvm.store %v528, %v324 : f32, !llvm.ptr
      llvm.store %v528, %v325 : f32, !llvm.ptr
      llvm.store %v528, %v326 : f32, !llvm.ptr
      llvm.store %v528, %v327 : f32, !llvm.ptr
      llvm.store %v528, %v328 : f32, !llvm.ptr
      llvm.store %v528, %v329 : f32, !llvm.ptr
      llvm.store %v528, %v330 : f32, !llvm.ptr
      llvm.store %v528, %v331 : f32, !llvm.ptr
      llvm.store %v528, %v332 : f32, !llvm.ptr
      llvm.store %v528, %v333 : f32, !llvm.ptr
      llvm.store %v528, %v334 : f32, !llvm.ptr
      llvm.store %v528, %v335 : f32, !llvm.ptr
      llvm.store %v528, %v336 : f32, !llvm.ptr
      llvm.store %v528, %v337 : f32, !llvm.ptr
      llvm.store %v528, %v338 : f32, !llvm.ptr
      llvm.store %v528, %v339 : f32, !llvm.ptr
      llvm.store %v528, %v340 : f32, !llvm.ptr
      llvm.store %v528, %v341 : f32, !llvm.ptr
      llvm.store %v528, %v342 : f32, !llvm.ptr
      llvm.store %v528, %v343 : f32, !llvm.ptr
      llvm.store %v528, %v344 : f32, !llvm.ptr
      llvm.store %v528, %v345 : f32, !llvm.ptr
      llvm.store %v528, %v346 : f32, !llvm.ptr
      llvm.store %v528, %v347 : f32, !llvm.ptr
      llvm.store %v528, %v348 : f32, !llvm.ptr
      llvm.store %v528, %v349 : f32, !llvm.ptr
      llvm.store %v528, %v350 : f32, !llvm.ptr
      llvm.store %v528, %v351 : f32, !llvm.ptr
      llvm.store %v528, %v352 : f32, !llvm.ptr
      llvm.store %v528, %v353 : f32, !llvm.ptr
      llvm.store %v528, %v354 : f32, !llvm.ptr
      llvm.store %v528, %v355 : f32, !llvm.ptr
      llvm.store %v528, %v356 : f32, !llvm.ptr
      llvm.store %v528, %v357 : f32, !llvm.ptr
      llvm.store %v528, %v358 : f32, !llvm.ptr
      llvm.store %v528, %v359 : f32, !llvm.ptr
      llvm.store %v528, %v360 : f32, !llvm.ptr
      llvm.store %v528, %v361 : f32, !llvm.ptr
      llvm.store %v528, %v362 : f32, !llvm.ptr
      llvm.store %v528, %v363 : f32, !llvm.ptr
      llvm.store %v528, %v364 : f32, !llvm.ptr
      llvm.store %v528, %v365 : f32, !llvm.ptr
      llvm.store %v528, %v366 : f32, !llvm.ptr
      llvm.store %v528, %v367 : f32, !llvm.ptr
      llvm.store %v528, %v368 : f32, !llvm.ptr
      llvm.store %v528, %v369 : f32, !llvm.ptr
      llvm.store %v528, %v370 : f32, !llvm.ptr
      llvm.store %v528, %v371 : f32, !llvm.ptr
      llvm.store %v528, %v372 : f32, !llvm.ptr
      llvm.store %v528, %v373 : f32, !llvm.ptr
      llvm.store %v528, %v374 : f32, !llvm.ptr
      llvm.store %v528, %v375 : f32, !llvm.ptr
      llvm.store %v528, %v376 : f32, !llvm.ptr
      llvm.store %v528, %v377 : f32, !llvm.ptr
      llvm.store %v528, %v378 : f32, !llvm.ptr
      llvm.store %v528, %v379 : f32, !llvm.ptr
      llvm.store %v528, %v380 : f32, !llvm.ptr
      llvm.store %v528, %v381 : f32, !llvm.ptr
      llvm.store %v528, %v382 : f32, !llvm.ptr
      llvm.store %v528, %v383 : f32, !llvm.ptr
      llvm.store %v528, %v384 : f32, !llvm.ptr
      llvm.store %v528, %v385 : f32, !llvm.ptr
      llvm.store %v528, %v386 : f32, !llvm.ptr
      llvm.store %v528, %v387 : f32, !llvm.ptr
      llvm.store %v528, %v388 : f32, !llvm.ptr
      llvm.store %v528, %v389 : f32, !llvm.ptr
      llvm.store %v528, %v390 : f32, !llvm.ptr
      llvm.store %v528, %v391 : f32, !llvm.ptr
      llvm.store %v528, %v392 : f32, !llvm.ptr
      llvm.store %v528, %v393 : f32, !llvm.ptr
      llvm.store %v528, %v394 : f32, !llvm.ptr
      llvm.store %v528, %v395 : f32, !llvm.ptr
      llvm.store %v528, %v396 : f32, !llvm.ptr
      llvm.store %v528, %v397 : f32, !llvm.ptr
      llvm.store %v528, %v398 : f32, !llvm.ptr
      llvm.store %v528, %v399 : f32, !llvm.ptr
      llvm.store %v528, %v400 : f32, !llvm.ptr
      llvm.store %v528, %v401 : f32, !llvm.ptr
      llvm.store %v528, %v402 : f32, !llvm.ptr
      llvm.store %v528, %v403 : f32, !llvm.ptr
      llvm.store %v528, %v404 : f32, !llvm.ptr
      llvm.store %v528, %v405 : f32, !llvm.ptr
      llvm.store %v528, %v406 : f32, !llvm.ptr
      llvm.store %v528, %v407 : f32, !llvm.ptr
      llvm.store %v528, %v408 : f32, !llvm.ptr
      llvm.store %v528, %v409 : f32, !llvm.ptr
      llvm.store %v528, %v410 : f32, !llvm.ptr
      llvm.store %v528, %v411 : f32, !llvm.ptr
      llvm.store %v528, %v412 : f32, !llvm.ptr
      llvm.store %v528, %v413 : f32, !llvm.ptr
      llvm.store %v528, %v414 : f32, !llvm.ptr
      llvm.store %v528, %v415 : f32, !llvm.ptr
      llvm.store %v528, %v416 : f32, !llvm.ptr
      llvm.store %v528, %v417 : f32, !llvm.ptr
      llvm.store %v528, %v418 : f32, !llvm.ptr
      llvm.store %v528, %v419 : f32, !llvm.ptr
      llvm.store %v528, %v420 : f32, !llvm.ptr
      llvm.store %v528, %v421 : f32, !llvm.ptr
      llvm.store %v528, %v422 : f32, !llvm.ptr
      llvm.store %v528, %v423 : f32, !llvm.ptr
      llvm.store %v528, %v424 : f32, !llvm.ptr
      llvm.store %v528, %v425 : f32, !llvm.ptr
      llvm.store %v528, %v426 : f32, !llvm.ptr
      llvm.store %v528, %v427 : f32, !llvm.ptr
      llvm.store %v528, %v428 : f32, !llvm.ptr
      llvm.store %v528, %v429 : f32, !llvm.ptr
      llvm.store %v528, %v430 : f32, !llvm.ptr
      llvm.store %v528, %v431 : f32, !llvm.ptr
      llvm.store %v528, %v432 : f32, !llvm.ptr
      llvm.store %v528, %v433 : f32, !llvm.ptr
      llvm.store %v528, %v434 : f32, !llvm.ptr
      llvm.store %v528, %v435 : f32, !llvm.ptr
      llvm.store %v528, %v436 : f32, !llvm.ptr
      llvm.store %v528, %v437 : f32, !llvm.ptr
      llvm.store %v528, %v438 : f32, !llvm.ptr
      llvm.store %v528, %v439 : f32, !llvm.ptr
      llvm.store %v528, %v440 : f32, !llvm.ptr
      llvm.store %v528, %v441 : f32, !llvm.ptr
      llvm.store %v528, %v442 : f32, !llvm.ptr
      llvm.store %v528, %v443 : f32, !llvm.ptr
      llvm.store %v528, %v444 : f32, !llvm.ptr
      llvm.store %v528, %v445 : f32, !llvm.ptr
      llvm.store %v528, %v446 : f32, !llvm.ptr
      llvm.store %v528, %v447 : f32, !llvm.ptr
      llvm.store %v528, %v448 : f32, !llvm.ptr
      llvm.store %v528, %v449 : f32, !llvm.ptr
      llvm.store %v528, %v450 : f32, !llvm.ptr
      llvm.store %v528, %v451 : f32, !llvm.ptr
      llvm.store %v528, %v452 : f32, !llvm.ptr
      llvm.store %v528, %v453 : f32, !llvm.ptr
      llvm.store %v528, %v454 : f32, !llvm.ptr
      llvm.store %v528, %v455 : f32, !llvm.ptr
      llvm.store %v528, %v456 : f32, !llvm.ptr
      llvm.store %v528, %v457 : f32, !llvm.ptr
      llvm.store %v528, %v458 : f32, !llvm.ptr
      llvm.store %v528, %v459 : f32, !llvm.ptr
      llvm.store %v528, %v460 : f32, !llvm.ptr
      llvm.store %v528, %v461 : f32, !llvm.ptr
      llvm.store %v528, %v462 : f32, !llvm.ptr
      llvm.store %v528, %v463 : f32, !llvm.ptr
      llvm.store %v528, %v464 : f32, !llvm.ptr
      llvm.store %v528, %v465 : f32, !llvm.ptr
      llvm.store %v528, %v466 : f32, !llvm.ptr
      llvm.store %v528, %v467 : f32, !llvm.ptr
      llvm.store %v528, %v468 : f32, !llvm.ptr
      llvm.store %v528, %v469 : f32, !llvm.ptr
      llvm.store %v528, %v470 : f32, !llvm.ptr
      llvm.store %v528, %v471 : f32, !llvm.ptr
      llvm.store %v528, %v472 : f32, !llvm.ptr
      llvm.store %v528, %v473 : f32, !llvm.ptr
      llvm.store %v528, %v474 : f32, !llvm.ptr
      llvm.store %v528, %v475 : f32, !llvm.ptr
      llvm.store %v528, %v476 : f32, !llvm.ptr
      llvm.store %v528, %v477 : f32, !llvm.ptr
      llvm.store %v528, %v478 : f32, !llvm.ptr
      llvm.store %v528, %v479 : f32, !llvm.ptr
      llvm.store %v528, %v480 : f32, !llvm.ptr
      llvm.store %v528, %v481 : f32, !llvm.ptr
      llvm.store %v528, %v482 : f32, !llvm.ptr
      llvm.store %v528, %v483 : f32, !llvm.ptr
      llvm.store %v528, %v484 : f32, !llvm.ptr
      llvm.store %v528, %v485 : f32, !llvm.ptr
      llvm.store %v528, %v486 : f32, !llvm.ptr
      llvm.store %v528, %v487 : f32, !llvm.ptr
      llvm.store %v528, %v488 : f32, !llvm.ptr
      llvm.store %v528, %v489 : f32, !llvm.ptr
      llvm.store %v528, %v490 : f32, !llvm.ptr
      llvm.store %v528, %v491 : f32, !llvm.ptr
      llvm.store %v528, %v492 : f32, !llvm.ptr
      llvm.store %v528, %v493 : f32, !llvm.ptr
      llvm.store %v528, %v494 : f32, !llvm.ptr
      llvm.store %v528, %v495 : f32, !llvm.ptr
      llvm.store %v528, %v496 : f32, !llvm.ptr
      llvm.store %v528, %v497 : f32, !llvm.ptr
      llvm.store %v528, %v498 : f32, !llvm.ptr
      llvm.store %v528, %v499 : f32, !llvm.ptr
      llvm.store %v528, %v500 : f32, !llvm.ptr
      llvm.store %v528, %v501 : f32, !llvm.ptr
      llvm.store %v528, %v502 : f32, !llvm.ptr
      llvm.store %v528, %v503 : f32, !llvm.ptr
      llvm.store %v528, %v504 : f32, !llvm.ptr
      llvm.store %v528, %v505 : f32, !llvm.ptr
      llvm.store %v528, %v506 : f32, !llvm.ptr
      llvm.store %v528, %v507 : f32, !llvm.ptr
      llvm.store %v528, %v508 : f32, !llvm.ptr
      llvm.store %v528, %v509 : f32, !llvm.ptr
      llvm.store %v528, %v510 : f32, !llvm.ptr
      llvm.store %v528, %v511 : f32, !llvm.ptr
      llvm.store %v528, %v512 : f32, !llvm.ptr
      llvm.store %v528, %v513 : f32, !llvm.ptr
      llvm.store %v528, %v514 : f32, !llvm.ptr
      llvm.store %v528, %v515 : f32, !llvm.ptr
      llvm.store %v528, %v516 : f32, !llvm.ptr
      llvm.store %v528, %v517 : f32, !llvm.ptr
      llvm.store %v528, %v518 : f32, !llvm.ptr
      llvm.store %v528, %v519 : f32, !llvm.ptr
      llvm.store %v528, %v520 : f32, !llvm.ptr
      llvm.store %v528, %v521 : f32, !llvm.ptr
      llvm.store %v528, %v522 : f32, !llvm.ptr
      llvm.store %v528, %v523 : f32, !llvm.ptr
      llvm.store %v528, %v524 : f32, !llvm.ptr
      llvm.store %v528, %v525 : f32, !llvm.ptr
      llvm.store %v528, %v526 : f32, !llvm.ptr
      llvm.store %v528, %v527 : f32, !llvm.ptr
      llvm.store %v529, %v530 : f32, !llvm.ptr
      llvm.store %v528, %v531 : f32, !llvm.ptr
      llvm.store %v529, %v532 : f32, !llvm.ptr
      llvm.store %v528, %v533 : f32, !llvm.ptr
      llvm.store %v529, %v534 : f32, !llvm.ptr
      llvm.store %v528, %v535 : f32, !llvm.ptr
      llvm.store %v529, %v536 : f32, !llvm.ptr
      llvm.store %v528, %v537 : f32, !llvm.ptr
      llvm.store %v529, %v538 : f32, !llvm.ptr
      llvm.store %v528, %v539 : f32, !llvm.ptr
      llvm.store %v529, %v540 : f32, !llvm.ptr
      llvm.store %v528, %v541 : f32, !llvm.ptr
      llvm.store %v529, %v542 : f32, !llvm.ptr
      llvm.store %v528, %v543 : f32, !llvm.ptr
      llvm.store %v529, %v544 : f32, !llvm.ptr
      llvm.store %v528, %v545 : f32, !llvm.ptr
      llvm.store %v529, %v546 : f32, !llvm.ptr
      llvm.store %v528, %v547 : f32, !llvm.ptr
      llvm.store %v529, %v548 : f32, !llvm.ptr
      llvm.store %v528, %v549 : f32, !llvm.ptr
      llvm.store %v529, %v550 : f32, !llvm.ptr
      llvm.store %v528, %v551 : f32, !llvm.ptr
      llvm.store %v529, %v552 : f32, !llvm.ptr
      llvm.store %v528, %v553 : f32, !llvm.ptr
      llvm.store %v529, %v554 : f32, !llvm.ptr
      llvm.store %v528, %v555 : f32, !llvm.ptr
      llvm.store %v529, %v556 : f32, !llvm.ptr
      llvm.store %v528, %v557 : f32, !llvm.ptr
      llvm.store %v529, %v558 : f32, !llvm.ptr
      llvm.store %v528, %v559 : f32, !llvm.ptr
      llvm.store %v529, %v560 : f32, !llvm.ptr
      llvm.store %v528, %v561 : f32, !llvm.ptr
      llvm.store %v528, %v562 : f32, !llvm.ptr
      llvm.store %v529, %v563 : f32, !llvm.ptr
      llvm.store %v528, %v564 : f32, !llvm.ptr
      llvm.store %v529, %v565 : f32, !llvm.ptr
      llvm.store %v528, %v566 : f32, !llvm.ptr
      llvm.store %v529, %v567 : f32, !llvm.ptr
      llvm.store %v528, %v568 : f32, !llvm.ptr
      llvm.store %v529, %v569 : f32, !llvm.ptr
      llvm.store %v528, %v570 : f32, !llvm.ptr
      llvm.store %v529, %v571 : f32, !llvm.ptr
      llvm.store %v528, %v572 : f32, !llvm.ptr
      llvm.store %v529, %v573 : f32, !llvm.ptr
      llvm.store %v528, %v574 : f32, !llvm.ptr
      llvm.store %v529, %v575 : f32, !llvm.ptr
      llvm.store %v528, %v576 : f32, !llvm.ptr
      llvm.store %v529, %v577 : f32, !llvm.ptr
      llvm.store %v528, %v578 : f32, !llvm.ptr
      llvm.store %v529, %v579 : f32, !llvm.ptr
      llvm.store %v528, %v580 : f32, !llvm.ptr
      llvm.store %v529, %v581 : f32, !llvm.ptr
      llvm.store %v528, %v582 : f32, !llvm.ptr
      llvm.store %v529, %v583 : f32, !llvm.ptr
      llvm.store %v528, %v584 : f32, !llvm.ptr
      llvm.store %v529, %v585 : f32, !llvm.ptr
      llvm.store %v528, %v586 : f32, !llvm.ptr
      llvm.store %v529, %v587 : f32, !llvm.ptr
      llvm.store %v528, %v588 : f32, !llvm.ptr
      llvm.store %v529, %v589 : f32, !llvm.ptr
      llvm.store %v528, %v590 : f32, !llvm.ptr
      llvm.store %v529, %v591 : f32, !llvm.ptr
      llvm.store %v528, %v592 : f32, !llvm.ptr
      llvm.store %v529, %v593 : f32, !llvm.ptr
      %v595 = arith.cmpi eq, %size_L, %v594 : i64
      scf.if %v595 {
        llvm.store %v528, %v73 : f32, !llvm.ptr
        llvm.store %v528, %v74 : f32, !llvm.ptr
        llvm.store %v528, %v75 : f32, !llvm.ptr
        llvm.store %v528, %v76 : f32, !llvm.ptr
        llvm.store %v528, %v77 : f32, !llvm.ptr
        llvm.store %v528, %v78 : f32, !llvm.ptr
        llvm.store %v528, %v79 : f32, !llvm.ptr
        llvm.store %v528, %v80 : f32, !llvm.ptr
        llvm.store %v528, %v81 : f32, !llvm.ptr
        llvm.store %v528, %v82 : f32, !llvm.ptr
        llvm.store %v528, %v83 : f32, !llvm.ptr
        llvm.store %v528, %v84 : f32, !llvm.ptr
        llvm.store %v528, %v85 : f32, !llvm.ptr
        llvm.store %v528, %v86 : f32, !llvm.ptr
        llvm.store %v528, %v87 : f32, !llvm.ptr
        llvm.store %v528, %v88 : f32, !llvm.ptr
        llvm.store %v528, %v89 : f32, !llvm.ptr
        llvm.store %v528, %v90 : f32, !llvm.ptr
        llvm.store %v528, %v91 : f32, !llvm.ptr
        llvm.store %v528, %v92 : f32, !llvm.ptr
        llvm.store %v528, %v93 : f32, !llvm.ptr
        llvm.store %v528, %v94 : f32, !llvm.ptr
        llvm.store %v528, %v95 : f32, !llvm.ptr
        llvm.store %v528, %v96 : f32, !llvm.ptr
        llvm.store %v528, %v97 : f32, !llvm.ptr
        llvm.store %v528, %v98 : f32, !llvm.ptr
        llvm.store %v528, %v99 : f32, !llvm.ptr
        llvm.store %v528, %v100 : f32, !llvm.ptr
        llvm.store %v528, %v101 : f32, !llvm.ptr
        llvm.store %v528, %v102 : f32, !llvm.ptr
        llvm.store %v528, %v103 : f32, !llvm.ptr
        llvm.store %v528, %v104 : f32, !llvm.ptr
      }
      %v597 = arith.subi %v596, %v3 : i64
      %v598 = arith.addi %size_L, %v597 : i64
      %v599 = arith.divui %v598, %v596 : i64
      %v600 = arith.minsi %v122, %v599 : i64
      %v601 = arith.muli %v112, %v596 : i64
      %v602 = arith.subi %v600, %v121 : i64
      %v603 = arith.maxsi %v602, %v594 : i64
      %v604 = arith.index_cast %v594 : i64 to index
      %v605 = arith.index_cast %v603 : i64 to index
      %v606 = arith.index_cast %v3 : i64 to index
      scf.for %v607 = %v604 to %v605 step %v606 {
        %v608 = arith.index_cast %v607 : index to i64
        %v609 = arith.subi %v600, %v3 : i64
        %v610 = arith.subi %v609, %v608 : i64
        %v611 = arith.muli %v610, %v596 : i64
        %v612 = arith.subi %size_L, %v611 : i64
        %v613 = arith.minsi %v612, %v596 : i64
        %v614 = arith.addi %v613, %v594 : i64
        %v615 = arith.divui %v614, %v3 : i64
        %v616 = arith.index_cast %v594 : i64 to index
        %v617 = arith.index_cast %v3 : i64 to index
        %v618 = arith.index_cast %v3 : i64 to index
        scf.for %v619 = %v616 to %v617 step %v618 {
          %v620 = arith.index_cast %v619 : index to i64
          %v621 = arith.index_cast %v594 : i64 to index
          %v622 = arith.index_cast %v615 : i64 to index
          %v623 = arith.index_cast %v3 : i64 to index
          scf.for %v624 = %v621 to %v622 step %v623 {
            %v625 = arith.index_cast %v624 : index to i64
            %v626 = arith.cmpi slt, %v625, %v615 : i64
            scf.if %v626 {
              %v627 = arith.subi %v615, %v3 : i64
              %v628 = arith.subi %v627, %v625 : i64
              %v629 = arith.muli %v628, %v3 : i64
              %v630 = arith.addi %v601, %v628 : i64
              %v631 = arith.addi %v629, %v3 : i64
              %v632 = arith.cmpi sle, %v631, %v613 : i64
              scf.if %v632 {
                %v633 = arith.subi %v613, %v3 : i64
                // the group's states, recomputed into registers
                %v634 = arith.subi %v613, %v629 : i64
                %v635 = arith.trunci %v634 : i64 to i32
                %v636 = arith.subi %size_L, %v3 : i64
                %v637 = arith.addi %v611, %v629 : i64
                %v638 = arith.subi %v636, %v637 : i64
                %v640 = arith.minsi %v638, %v639 : i64
                %v641 = arith.trunci %v640 : i64 to i32
                %v642 = arith.addi %v629, %v594 : i64
                %v644 = arith.cmpi slt, %v643, %v635 : i32
                %v645 = arith.cmpi eq, %v643, %v641 : i32
                %v646 = arith.addi %v611, %v642 : i64
                %v647 = llvm.load %v124 : !llvm.ptr -> f32
                %v648 = llvm.load %v125 : !llvm.ptr -> f32
                %v649 = llvm.load %v126 : !llvm.ptr -> f32
                %v650 = llvm.load %v127 : !llvm.ptr -> f32
                %v651 = llvm.load %v128 : !llvm.ptr -> f32
                %v652 = llvm.load %v129 : !llvm.ptr -> f32
                %v653 = llvm.load %v130 : !llvm.ptr -> f32
                %v654 = llvm.load %v131 : !llvm.ptr -> f32
                %v655 = llvm.load %v132 : !llvm.ptr -> f32
                %v656 = llvm.load %v133 : !llvm.ptr -> f32
                %v657 = llvm.load %v134 : !llvm.ptr -> f32
                %v658 = llvm.load %v135 : !llvm.ptr -> f32
                %v659 = llvm.load %v136 : !llvm.ptr -> f32
                %v660 = llvm.load %v137 : !llvm.ptr -> f32
                %v661 = llvm.load %v138 : !llvm.ptr -> f32
                %v662 = llvm.load %v139 : !llvm.ptr -> f32
                %v663 = llvm.load %v140 : !llvm.ptr -> f32
                %v664 = llvm.load %v141 : !llvm.ptr -> f32
                %v665 = llvm.load %v142 : !llvm.ptr -> f32
                %v666 = llvm.load %v143 : !llvm.ptr -> f32
                %v667 = llvm.load %v144 : !llvm.ptr -> f32
                %v668 = llvm.load %v145 : !llvm.ptr -> f32
                %v669 = llvm.load %v146 : !llvm.ptr -> f32
                %v670 = llvm.load %v147 : !llvm.ptr -> f32
                %v671 = llvm.load %v148 : !llvm.ptr -> f32
                %v672 = llvm.load %v149 : !llvm.ptr -> f32
                %v673 = llvm.load %v150 : !llvm.ptr -> f32
                %v674 = llvm.load %v151 : !llvm.ptr -> f32
                %v675 = llvm.load %v152 : !llvm.ptr -> f32
                %v676 = llvm.load %v153 : !llvm.ptr -> f32
                %v677 = llvm.load %v154 : !llvm.ptr -> f32
                %v678 = llvm.load %v155 : !llvm.ptr -> f32
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
                %v727 = llvm.load %v578 : !llvm.ptr -> f32
                %v728 = llvm.load %v579 : !llvm.ptr -> f32
                %v729 = llvm.load %v580 : !llvm.ptr -> f32
                %v730 = llvm.load %v581 : !llvm.ptr -> f32
                %v731 = llvm.load %v582 : !llvm.ptr -> f32
                %v732 = llvm.load %v583 : !llvm.ptr -> f32
                %v733 = llvm.load %v584 : !llvm.ptr -> f32
                %v734 = llvm.load %v585 : !llvm.ptr -> f32
                %v735 = llvm.load %v586 : !llvm.ptr -> f32
                %v736 = llvm.load %v587 : !llvm.ptr -> f32
                %v737 = llvm.load %v588 : !llvm.ptr -> f32
                %v738 = llvm.load %v589 : !llvm.ptr -> f32
                %v739 = llvm.load %v590 : !llvm.ptr -> f32
                %v740 = llvm.load %v591 : !llvm.ptr -> f32
                %v741 = llvm.load %v592 : !llvm.ptr -> f32
                %v742 = llvm.load %v593 : !llvm.ptr -> f32
                %v744 = arith.constant 0 : i64
                %v745 = llvm.getelementptr %in_C_re[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v746 = llvm.load %v745 : !llvm.ptr -> f32
                %v749 = arith.muli %v119, %v748 : i64
                %v750 = arith.muli %v646, %v747 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = llvm.getelementptr %dy_y[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v753 = llvm.load %v752 : !llvm.ptr -> f32
                %v754 = arith.mulf %v746, %v753 fastmath<contract> : f32
                %v755 = arith.constant 1 : i64
                %v756 = arith.muli %v755, %v743 : i64
                %v757 = llvm.getelementptr %in_C_re[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v758 = llvm.load %v757 : !llvm.ptr -> f32
                %v759 = arith.muli %v119, %v748 : i64
                %v760 = arith.muli %v646, %v747 : i64
                %v761 = arith.addi %v759, %v760 : i64
                %v762 = arith.constant 1 : i64
                %v763 = arith.muli %v762, %v3 : i64
                %v764 = arith.addi %v761, %v763 : i64
                %v765 = llvm.getelementptr %dy_y[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v766 = llvm.load %v765 : !llvm.ptr -> f32
                %v767 = arith.mulf %v758, %v766 fastmath<contract> : f32
                %v768 = arith.addf %v754, %v767 fastmath<contract> : f32
                %v769 = arith.constant 2 : i64
                %v770 = arith.muli %v769, %v743 : i64
                %v771 = llvm.getelementptr %in_C_re[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v772 = llvm.load %v771 : !llvm.ptr -> f32
                %v773 = arith.muli %v119, %v748 : i64
                %v774 = arith.muli %v646, %v747 : i64
                %v775 = arith.addi %v773, %v774 : i64
                %v776 = arith.constant 2 : i64
                %v777 = arith.muli %v776, %v3 : i64
                %v778 = arith.addi %v775, %v777 : i64
                %v779 = llvm.getelementptr %dy_y[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v780 = llvm.load %v779 : !llvm.ptr -> f32
                %v781 = arith.mulf %v772, %v780 fastmath<contract> : f32
                %v782 = arith.addf %v768, %v781 fastmath<contract> : f32
                %v783 = arith.constant 3 : i64
                %v784 = arith.muli %v783, %v743 : i64
                %v785 = llvm.getelementptr %in_C_re[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v786 = llvm.load %v785 : !llvm.ptr -> f32
                %v787 = arith.muli %v119, %v748 : i64
                %v788 = arith.muli %v646, %v747 : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = arith.constant 3 : i64
                %v791 = arith.muli %v790, %v3 : i64
                %v792 = arith.addi %v789, %v791 : i64
                %v793 = llvm.getelementptr %dy_y[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v794 = llvm.load %v793 : !llvm.ptr -> f32
                %v795 = arith.mulf %v786, %v794 fastmath<contract> : f32
                %v796 = arith.addf %v782, %v795 fastmath<contract> : f32
                %v797 = llvm.load %v156 : !llvm.ptr -> f32
                %v798 = arith.mulf %v797, %v647 fastmath<contract> : f32
                %v799 = arith.addf %v796, %v798 fastmath<contract> : f32
                %v800 = llvm.load %v188 : !llvm.ptr -> f32
                %v801 = arith.mulf %v800, %v663 fastmath<contract> : f32
                %v802 = arith.addf %v801, %v799 fastmath<contract> : f32
                %v803 = arith.mulf %v679, %v797 fastmath<contract> : f32
                %v804 = arith.mulf %v800, %v711 fastmath<contract> : f32
                %v805 = arith.addf %v804, %v803 fastmath<contract> : f32
                %v806 = arith.mulf %v680, %v797 fastmath<contract> : f32
                %v807 = arith.mulf %v800, %v712 fastmath<contract> : f32
                %v808 = arith.addf %v807, %v806 fastmath<contract> : f32
                %v809 = arith.constant 1 : i64
                %v810 = arith.muli %v809, %v3 : i64
                %v811 = llvm.getelementptr %in_C_re[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v812 = llvm.load %v811 : !llvm.ptr -> f32
                %v813 = arith.mulf %v812, %v753 fastmath<contract> : f32
                %v814 = arith.constant 1 : i64
                %v815 = arith.muli %v814, %v743 : i64
                %v816 = arith.constant 1 : i64
                %v817 = arith.muli %v816, %v3 : i64
                %v818 = arith.addi %v815, %v817 : i64
                %v819 = llvm.getelementptr %in_C_re[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v820 = llvm.load %v819 : !llvm.ptr -> f32
                %v821 = arith.mulf %v820, %v766 fastmath<contract> : f32
                %v822 = arith.addf %v813, %v821 fastmath<contract> : f32
                %v823 = arith.constant 2 : i64
                %v824 = arith.muli %v823, %v743 : i64
                %v825 = arith.constant 1 : i64
                %v826 = arith.muli %v825, %v3 : i64
                %v827 = arith.addi %v824, %v826 : i64
                %v828 = llvm.getelementptr %in_C_re[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v829 = llvm.load %v828 : !llvm.ptr -> f32
                %v830 = arith.mulf %v829, %v780 fastmath<contract> : f32
                %v831 = arith.addf %v822, %v830 fastmath<contract> : f32
                %v832 = arith.constant 3 : i64
                %v833 = arith.muli %v832, %v743 : i64
                %v834 = arith.constant 1 : i64
                %v835 = arith.muli %v834, %v3 : i64
                %v836 = arith.addi %v833, %v835 : i64
                %v837 = llvm.getelementptr %in_C_re[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v838 = llvm.load %v837 : !llvm.ptr -> f32
                %v839 = arith.mulf %v838, %v794 fastmath<contract> : f32
                %v840 = arith.addf %v831, %v839 fastmath<contract> : f32
                %v841 = llvm.load %v157 : !llvm.ptr -> f32
                %v842 = arith.mulf %v841, %v648 fastmath<contract> : f32
                %v843 = arith.addf %v840, %v842 fastmath<contract> : f32
                %v844 = llvm.load %v189 : !llvm.ptr -> f32
                %v845 = arith.mulf %v844, %v664 fastmath<contract> : f32
                %v846 = arith.addf %v845, %v843 fastmath<contract> : f32
                %v847 = arith.mulf %v681, %v841 fastmath<contract> : f32
                %v848 = arith.mulf %v844, %v713 fastmath<contract> : f32
                %v849 = arith.addf %v848, %v847 fastmath<contract> : f32
                %v850 = arith.mulf %v682, %v841 fastmath<contract> : f32
                %v851 = arith.mulf %v844, %v714 fastmath<contract> : f32
                %v852 = arith.addf %v851, %v850 fastmath<contract> : f32
                %v853 = arith.constant 2 : i64
                %v854 = arith.muli %v853, %v3 : i64
                %v855 = llvm.getelementptr %in_C_re[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v856 = llvm.load %v855 : !llvm.ptr -> f32
                %v857 = arith.mulf %v856, %v753 fastmath<contract> : f32
                %v858 = arith.constant 1 : i64
                %v859 = arith.muli %v858, %v743 : i64
                %v860 = arith.constant 2 : i64
                %v861 = arith.muli %v860, %v3 : i64
                %v862 = arith.addi %v859, %v861 : i64
                %v863 = llvm.getelementptr %in_C_re[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v864 = llvm.load %v863 : !llvm.ptr -> f32
                %v865 = arith.mulf %v864, %v766 fastmath<contract> : f32
                %v866 = arith.addf %v857, %v865 fastmath<contract> : f32
                %v867 = arith.constant 2 : i64
                %v868 = arith.muli %v867, %v743 : i64
                %v869 = arith.constant 2 : i64
                %v870 = arith.muli %v869, %v3 : i64
                %v871 = arith.addi %v868, %v870 : i64
                %v872 = llvm.getelementptr %in_C_re[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v873 = llvm.load %v872 : !llvm.ptr -> f32
                %v874 = arith.mulf %v873, %v780 fastmath<contract> : f32
                %v875 = arith.addf %v866, %v874 fastmath<contract> : f32
                %v876 = arith.constant 3 : i64
                %v877 = arith.muli %v876, %v743 : i64
                %v878 = arith.constant 2 : i64
                %v879 = arith.muli %v878, %v3 : i64
                %v880 = arith.addi %v877, %v879 : i64
                %v881 = llvm.getelementptr %in_C_re[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v882 = llvm.load %v881 : !llvm.ptr -> f32
                %v883 = arith.mulf %v882, %v794 fastmath<contract> : f32
                %v884 = arith.addf %v875, %v883 fastmath<contract> : f32
                %v885 = llvm.load %v158 : !llvm.ptr -> f32
                %v886 = arith.mulf %v885, %v649 fastmath<contract> : f32
                %v887 = arith.addf %v884, %v886 fastmath<contract> : f32
                %v888 = llvm.load %v190 : !llvm.ptr -> f32
                %v889 = arith.mulf %v888, %v665 fastmath<contract> : f32
                %v890 = arith.addf %v889, %v887 fastmath<contract> : f32
                %v891 = arith.mulf %v683, %v885 fastmath<contract> : f32
                %v892 = arith.mulf %v888, %v715 fastmath<contract> : f32
                %v893 = arith.addf %v892, %v891 fastmath<contract> : f32
                %v894 = arith.mulf %v684, %v885 fastmath<contract> : f32
                %v895 = arith.mulf %v888, %v716 fastmath<contract> : f32
                %v896 = arith.addf %v895, %v894 fastmath<contract> : f32
                %v897 = arith.constant 3 : i64
                %v898 = arith.muli %v897, %v3 : i64
                %v899 = llvm.getelementptr %in_C_re[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v900 = llvm.load %v899 : !llvm.ptr -> f32
                %v901 = arith.mulf %v900, %v753 fastmath<contract> : f32
                %v902 = arith.constant 1 : i64
                %v903 = arith.muli %v902, %v743 : i64
                %v904 = arith.constant 3 : i64
                %v905 = arith.muli %v904, %v3 : i64
                %v906 = arith.addi %v903, %v905 : i64
                %v907 = llvm.getelementptr %in_C_re[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v908 = llvm.load %v907 : !llvm.ptr -> f32
                %v909 = arith.mulf %v908, %v766 fastmath<contract> : f32
                %v910 = arith.addf %v901, %v909 fastmath<contract> : f32
                %v911 = arith.constant 2 : i64
                %v912 = arith.muli %v911, %v743 : i64
                %v913 = arith.constant 3 : i64
                %v914 = arith.muli %v913, %v3 : i64
                %v915 = arith.addi %v912, %v914 : i64
                %v916 = llvm.getelementptr %in_C_re[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v917 = llvm.load %v916 : !llvm.ptr -> f32
                %v918 = arith.mulf %v917, %v780 fastmath<contract> : f32
                %v919 = arith.addf %v910, %v918 fastmath<contract> : f32
                %v920 = arith.constant 3 : i64
                %v921 = arith.muli %v920, %v743 : i64
                %v922 = arith.constant 3 : i64
                %v923 = arith.muli %v922, %v3 : i64
                %v924 = arith.addi %v921, %v923 : i64
                %v925 = llvm.getelementptr %in_C_re[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v926 = llvm.load %v925 : !llvm.ptr -> f32
                %v927 = arith.mulf %v926, %v794 fastmath<contract> : f32
                %v928 = arith.addf %v919, %v927 fastmath<contract> : f32
                %v929 = llvm.load %v159 : !llvm.ptr -> f32
                %v930 = arith.mulf %v929, %v650 fastmath<contract> : f32
                %v931 = arith.addf %v928, %v930 fastmath<contract> : f32
                %v932 = llvm.load %v191 : !llvm.ptr -> f32
                %v933 = arith.mulf %v932, %v666 fastmath<contract> : f32
                %v934 = arith.addf %v933, %v931 fastmath<contract> : f32
                %v935 = arith.mulf %v685, %v929 fastmath<contract> : f32
                %v936 = arith.mulf %v932, %v717 fastmath<contract> : f32
                %v937 = arith.addf %v936, %v935 fastmath<contract> : f32
                %v938 = arith.mulf %v686, %v929 fastmath<contract> : f32
                %v939 = arith.mulf %v932, %v718 fastmath<contract> : f32
                %v940 = arith.addf %v939, %v938 fastmath<contract> : f32
                %v941 = arith.constant 4 : i64
                %v942 = arith.muli %v941, %v3 : i64
                %v943 = llvm.getelementptr %in_C_re[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v944 = llvm.load %v943 : !llvm.ptr -> f32
                %v945 = arith.mulf %v944, %v753 fastmath<contract> : f32
                %v946 = arith.constant 1 : i64
                %v947 = arith.muli %v946, %v743 : i64
                %v948 = arith.constant 4 : i64
                %v949 = arith.muli %v948, %v3 : i64
                %v950 = arith.addi %v947, %v949 : i64
                %v951 = llvm.getelementptr %in_C_re[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v952 = llvm.load %v951 : !llvm.ptr -> f32
                %v953 = arith.mulf %v952, %v766 fastmath<contract> : f32
                %v954 = arith.addf %v945, %v953 fastmath<contract> : f32
                %v955 = arith.constant 2 : i64
                %v956 = arith.muli %v955, %v743 : i64
                %v957 = arith.constant 4 : i64
                %v958 = arith.muli %v957, %v3 : i64
                %v959 = arith.addi %v956, %v958 : i64
                %v960 = llvm.getelementptr %in_C_re[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v961 = llvm.load %v960 : !llvm.ptr -> f32
                %v962 = arith.mulf %v961, %v780 fastmath<contract> : f32
                %v963 = arith.addf %v954, %v962 fastmath<contract> : f32
                %v964 = arith.constant 3 : i64
                %v965 = arith.muli %v964, %v743 : i64
                %v966 = arith.constant 4 : i64
                %v967 = arith.muli %v966, %v3 : i64
                %v968 = arith.addi %v965, %v967 : i64
                %v969 = llvm.getelementptr %in_C_re[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v970 = llvm.load %v969 : !llvm.ptr -> f32
                %v971 = arith.mulf %v970, %v794 fastmath<contract> : f32
                %v972 = arith.addf %v963, %v971 fastmath<contract> : f32
                %v973 = llvm.load %v160 : !llvm.ptr -> f32
                %v974 = arith.mulf %v973, %v651 fastmath<contract> : f32
                %v975 = arith.addf %v972, %v974 fastmath<contract> : f32
                %v976 = llvm.load %v192 : !llvm.ptr -> f32
                %v977 = arith.mulf %v976, %v667 fastmath<contract> : f32
                %v978 = arith.addf %v977, %v975 fastmath<contract> : f32
                %v979 = arith.mulf %v687, %v973 fastmath<contract> : f32
                %v980 = arith.mulf %v976, %v719 fastmath<contract> : f32
                %v981 = arith.addf %v980, %v979 fastmath<contract> : f32
                %v982 = arith.mulf %v688, %v973 fastmath<contract> : f32
                %v983 = arith.mulf %v976, %v720 fastmath<contract> : f32
                %v984 = arith.addf %v983, %v982 fastmath<contract> : f32
                %v985 = arith.constant 5 : i64
                %v986 = arith.muli %v985, %v3 : i64
                %v987 = llvm.getelementptr %in_C_re[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v988 = llvm.load %v987 : !llvm.ptr -> f32
                %v989 = arith.mulf %v988, %v753 fastmath<contract> : f32
                %v990 = arith.constant 1 : i64
                %v991 = arith.muli %v990, %v743 : i64
                %v992 = arith.constant 5 : i64
                %v993 = arith.muli %v992, %v3 : i64
                %v994 = arith.addi %v991, %v993 : i64
                %v995 = llvm.getelementptr %in_C_re[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v996 = llvm.load %v995 : !llvm.ptr -> f32
                %v997 = arith.mulf %v996, %v766 fastmath<contract> : f32
                %v998 = arith.addf %v989, %v997 fastmath<contract> : f32
                %v999 = arith.constant 2 : i64
                %v1000 = arith.muli %v999, %v743 : i64
                %v1001 = arith.constant 5 : i64
                %v1002 = arith.muli %v1001, %v3 : i64
                %v1003 = arith.addi %v1000, %v1002 : i64
                %v1004 = llvm.getelementptr %in_C_re[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
                %v1006 = arith.mulf %v1005, %v780 fastmath<contract> : f32
                %v1007 = arith.addf %v998, %v1006 fastmath<contract> : f32
                %v1008 = arith.constant 3 : i64
                %v1009 = arith.muli %v1008, %v743 : i64
                %v1010 = arith.constant 5 : i64
                %v1011 = arith.muli %v1010, %v3 : i64
                %v1012 = arith.addi %v1009, %v1011 : i64
                %v1013 = llvm.getelementptr %in_C_re[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
                %v1015 = arith.mulf %v1014, %v794 fastmath<contract> : f32
                %v1016 = arith.addf %v1007, %v1015 fastmath<contract> : f32
                %v1017 = llvm.load %v161 : !llvm.ptr -> f32
                %v1018 = arith.mulf %v1017, %v652 fastmath<contract> : f32
                %v1019 = arith.addf %v1016, %v1018 fastmath<contract> : f32
                %v1020 = llvm.load %v193 : !llvm.ptr -> f32
                %v1021 = arith.mulf %v1020, %v668 fastmath<contract> : f32
                %v1022 = arith.addf %v1021, %v1019 fastmath<contract> : f32
                %v1023 = arith.mulf %v689, %v1017 fastmath<contract> : f32
                %v1024 = arith.mulf %v1020, %v721 fastmath<contract> : f32
                %v1025 = arith.addf %v1024, %v1023 fastmath<contract> : f32
                %v1026 = arith.mulf %v690, %v1017 fastmath<contract> : f32
                %v1027 = arith.mulf %v1020, %v722 fastmath<contract> : f32
                %v1028 = arith.addf %v1027, %v1026 fastmath<contract> : f32
                %v1029 = arith.constant 6 : i64
                %v1030 = arith.muli %v1029, %v3 : i64
                %v1031 = llvm.getelementptr %in_C_re[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1032 = llvm.load %v1031 : !llvm.ptr -> f32
                %v1033 = arith.mulf %v1032, %v753 fastmath<contract> : f32
                %v1034 = arith.constant 1 : i64
                %v1035 = arith.muli %v1034, %v743 : i64
                %v1036 = arith.constant 6 : i64
                %v1037 = arith.muli %v1036, %v3 : i64
                %v1038 = arith.addi %v1035, %v1037 : i64
                %v1039 = llvm.getelementptr %in_C_re[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
                %v1041 = arith.mulf %v1040, %v766 fastmath<contract> : f32
                %v1042 = arith.addf %v1033, %v1041 fastmath<contract> : f32
                %v1043 = arith.constant 2 : i64
                %v1044 = arith.muli %v1043, %v743 : i64
                %v1045 = arith.constant 6 : i64
                %v1046 = arith.muli %v1045, %v3 : i64
                %v1047 = arith.addi %v1044, %v1046 : i64
                %v1048 = llvm.getelementptr %in_C_re[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
                %v1050 = arith.mulf %v1049, %v780 fastmath<contract> : f32
                %v1051 = arith.addf %v1042, %v1050 fastmath<contract> : f32
                %v1052 = arith.constant 3 : i64
                %v1053 = arith.muli %v1052, %v743 : i64
                %v1054 = arith.constant 6 : i64
                %v1055 = arith.muli %v1054, %v3 : i64
                %v1056 = arith.addi %v1053, %v1055 : i64
                %v1057 = llvm.getelementptr %in_C_re[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v794 fastmath<contract> : f32
                %v1060 = arith.addf %v1051, %v1059 fastmath<contract> : f32
                %v1061 = llvm.load %v162 : !llvm.ptr -> f32
                %v1062 = arith.mulf %v1061, %v653 fastmath<contract> : f32
                %v1063 = arith.addf %v1060, %v1062 fastmath<contract> : f32
                %v1064 = llvm.load %v194 : !llvm.ptr -> f32
                %v1065 = arith.mulf %v1064, %v669 fastmath<contract> : f32
                %v1066 = arith.addf %v1065, %v1063 fastmath<contract> : f32
                %v1067 = arith.mulf %v691, %v1061 fastmath<contract> : f32
                %v1068 = arith.mulf %v1064, %v723 fastmath<contract> : f32
                %v1069 = arith.addf %v1068, %v1067 fastmath<contract> : f32
                %v1070 = arith.mulf %v692, %v1061 fastmath<contract> : f32
                %v1071 = arith.mulf %v1064, %v724 fastmath<contract> : f32
                %v1072 = arith.addf %v1071, %v1070 fastmath<contract> : f32
                %v1073 = arith.constant 7 : i64
                %v1074 = arith.muli %v1073, %v3 : i64
                %v1075 = llvm.getelementptr %in_C_re[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
                %v1077 = arith.mulf %v1076, %v753 fastmath<contract> : f32
                %v1078 = arith.constant 1 : i64
                %v1079 = arith.muli %v1078, %v743 : i64
                %v1080 = arith.constant 7 : i64
                %v1081 = arith.muli %v1080, %v3 : i64
                %v1082 = arith.addi %v1079, %v1081 : i64
                %v1083 = llvm.getelementptr %in_C_re[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
                %v1085 = arith.mulf %v1084, %v766 fastmath<contract> : f32
                %v1086 = arith.addf %v1077, %v1085 fastmath<contract> : f32
                %v1087 = arith.constant 2 : i64
                %v1088 = arith.muli %v1087, %v743 : i64
                %v1089 = arith.constant 7 : i64
                %v1090 = arith.muli %v1089, %v3 : i64
                %v1091 = arith.addi %v1088, %v1090 : i64
                %v1092 = llvm.getelementptr %in_C_re[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1093 = llvm.load %v1092 : !llvm.ptr -> f32
                %v1094 = arith.mulf %v1093, %v780 fastmath<contract> : f32
                %v1095 = arith.addf %v1086, %v1094 fastmath<contract> : f32
                %v1096 = arith.constant 3 : i64
                %v1097 = arith.muli %v1096, %v743 : i64
                %v1098 = arith.constant 7 : i64
                %v1099 = arith.muli %v1098, %v3 : i64
                %v1100 = arith.addi %v1097, %v1099 : i64
                %v1101 = llvm.getelementptr %in_C_re[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
                %v1103 = arith.mulf %v1102, %v794 fastmath<contract> : f32
                %v1104 = arith.addf %v1095, %v1103 fastmath<contract> : f32
                %v1105 = llvm.load %v163 : !llvm.ptr -> f32
                %v1106 = arith.mulf %v1105, %v654 fastmath<contract> : f32
                %v1107 = arith.addf %v1104, %v1106 fastmath<contract> : f32
                %v1108 = llvm.load %v195 : !llvm.ptr -> f32
                %v1109 = arith.mulf %v1108, %v670 fastmath<contract> : f32
                %v1110 = arith.addf %v1109, %v1107 fastmath<contract> : f32
                %v1111 = arith.mulf %v693, %v1105 fastmath<contract> : f32
                %v1112 = arith.mulf %v1108, %v725 fastmath<contract> : f32
                %v1113 = arith.addf %v1112, %v1111 fastmath<contract> : f32
                %v1114 = arith.mulf %v694, %v1105 fastmath<contract> : f32
                %v1115 = arith.mulf %v1108, %v726 fastmath<contract> : f32
                %v1116 = arith.addf %v1115, %v1114 fastmath<contract> : f32
                %v1117 = arith.constant 8 : i64
                %v1118 = arith.muli %v1117, %v3 : i64
                %v1119 = llvm.getelementptr %in_C_re[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                %v1121 = arith.mulf %v1120, %v753 fastmath<contract> : f32
                %v1122 = arith.constant 1 : i64
                %v1123 = arith.muli %v1122, %v743 : i64
                %v1124 = arith.constant 8 : i64
                %v1125 = arith.muli %v1124, %v3 : i64
                %v1126 = arith.addi %v1123, %v1125 : i64
                %v1127 = llvm.getelementptr %in_C_re[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1128 = llvm.load %v1127 : !llvm.ptr -> f32
                %v1129 = arith.mulf %v1128, %v766 fastmath<contract> : f32
                %v1130 = arith.addf %v1121, %v1129 fastmath<contract> : f32
                %v1131 = arith.constant 2 : i64
                %v1132 = arith.muli %v1131, %v743 : i64
                %v1133 = arith.constant 8 : i64
                %v1134 = arith.muli %v1133, %v3 : i64
                %v1135 = arith.addi %v1132, %v1134 : i64
                %v1136 = llvm.getelementptr %in_C_re[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                %v1138 = arith.mulf %v1137, %v780 fastmath<contract> : f32
                %v1139 = arith.addf %v1130, %v1138 fastmath<contract> : f32
                %v1140 = arith.constant 3 : i64
                %v1141 = arith.muli %v1140, %v743 : i64
                %v1142 = arith.constant 8 : i64
                %v1143 = arith.muli %v1142, %v3 : i64
                %v1144 = arith.addi %v1141, %v1143 : i64
                %v1145 = llvm.getelementptr %in_C_re[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
                %v1147 = arith.mulf %v1146, %v794 fastmath<contract> : f32
                %v1148 = arith.addf %v1139, %v1147 fastmath<contract> : f32
                %v1149 = llvm.load %v164 : !llvm.ptr -> f32
                %v1150 = arith.mulf %v1149, %v655 fastmath<contract> : f32
                %v1151 = arith.addf %v1148, %v1150 fastmath<contract> : f32
                %v1152 = llvm.load %v196 : !llvm.ptr -> f32
                %v1153 = arith.mulf %v1152, %v671 fastmath<contract> : f32
                %v1154 = arith.addf %v1153, %v1151 fastmath<contract> : f32
                %v1155 = arith.mulf %v695, %v1149 fastmath<contract> : f32
                %v1156 = arith.mulf %v1152, %v727 fastmath<contract> : f32
                %v1157 = arith.addf %v1156, %v1155 fastmath<contract> : f32
                %v1158 = arith.mulf %v696, %v1149 fastmath<contract> : f32
                %v1159 = arith.mulf %v1152, %v728 fastmath<contract> : f32
                %v1160 = arith.addf %v1159, %v1158 fastmath<contract> : f32
                %v1161 = arith.constant 9 : i64
                %v1162 = arith.muli %v1161, %v3 : i64
                %v1163 = llvm.getelementptr %in_C_re[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1164 = llvm.load %v1163 : !llvm.ptr -> f32
                %v1165 = arith.mulf %v1164, %v753 fastmath<contract> : f32
                %v1166 = arith.constant 1 : i64
                %v1167 = arith.muli %v1166, %v743 : i64
                %v1168 = arith.constant 9 : i64
                %v1169 = arith.muli %v1168, %v3 : i64
                %v1170 = arith.addi %v1167, %v1169 : i64
                %v1171 = llvm.getelementptr %in_C_re[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                %v1173 = arith.mulf %v1172, %v766 fastmath<contract> : f32
                %v1174 = arith.addf %v1165, %v1173 fastmath<contract> : f32
                %v1175 = arith.constant 2 : i64
                %v1176 = arith.muli %v1175, %v743 : i64
                %v1177 = arith.constant 9 : i64
                %v1178 = arith.muli %v1177, %v3 : i64
                %v1179 = arith.addi %v1176, %v1178 : i64
                %v1180 = llvm.getelementptr %in_C_re[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                %v1182 = arith.mulf %v1181, %v780 fastmath<contract> : f32
                %v1183 = arith.addf %v1174, %v1182 fastmath<contract> : f32
                %v1184 = arith.constant 3 : i64
                %v1185 = arith.muli %v1184, %v743 : i64
                %v1186 = arith.constant 9 : i64
                %v1187 = arith.muli %v1186, %v3 : i64
                %v1188 = arith.addi %v1185, %v1187 : i64
                %v1189 = llvm.getelementptr %in_C_re[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
                %v1191 = arith.mulf %v1190, %v794 fastmath<contract> : f32
                %v1192 = arith.addf %v1183, %v1191 fastmath<contract> : f32
                %v1193 = llvm.load %v165 : !llvm.ptr -> f32
                %v1194 = arith.mulf %v1193, %v656 fastmath<contract> : f32
                %v1195 = arith.addf %v1192, %v1194 fastmath<contract> : f32
                %v1196 = llvm.load %v197 : !llvm.ptr -> f32
                %v1197 = arith.mulf %v1196, %v672 fastmath<contract> : f32
                %v1198 = arith.addf %v1197, %v1195 fastmath<contract> : f32
                %v1199 = arith.mulf %v697, %v1193 fastmath<contract> : f32
                %v1200 = arith.mulf %v1196, %v729 fastmath<contract> : f32
                %v1201 = arith.addf %v1200, %v1199 fastmath<contract> : f32
                %v1202 = arith.mulf %v698, %v1193 fastmath<contract> : f32
                %v1203 = arith.mulf %v1196, %v730 fastmath<contract> : f32
                %v1204 = arith.addf %v1203, %v1202 fastmath<contract> : f32
                %v1205 = arith.constant 10 : i64
                %v1206 = arith.muli %v1205, %v3 : i64
                %v1207 = llvm.getelementptr %in_C_re[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1208 = llvm.load %v1207 : !llvm.ptr -> f32
                %v1209 = arith.mulf %v1208, %v753 fastmath<contract> : f32
                %v1210 = arith.constant 1 : i64
                %v1211 = arith.muli %v1210, %v743 : i64
                %v1212 = arith.constant 10 : i64
                %v1213 = arith.muli %v1212, %v3 : i64
                %v1214 = arith.addi %v1211, %v1213 : i64
                %v1215 = llvm.getelementptr %in_C_re[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.mulf %v1216, %v766 fastmath<contract> : f32
                %v1218 = arith.addf %v1209, %v1217 fastmath<contract> : f32
                %v1219 = arith.constant 2 : i64
                %v1220 = arith.muli %v1219, %v743 : i64
                %v1221 = arith.constant 10 : i64
                %v1222 = arith.muli %v1221, %v3 : i64
                %v1223 = arith.addi %v1220, %v1222 : i64
                %v1224 = llvm.getelementptr %in_C_re[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
                %v1226 = arith.mulf %v1225, %v780 fastmath<contract> : f32
                %v1227 = arith.addf %v1218, %v1226 fastmath<contract> : f32
                %v1228 = arith.constant 3 : i64
                %v1229 = arith.muli %v1228, %v743 : i64
                %v1230 = arith.constant 10 : i64
                %v1231 = arith.muli %v1230, %v3 : i64
                %v1232 = arith.addi %v1229, %v1231 : i64
                %v1233 = llvm.getelementptr %in_C_re[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
                %v1235 = arith.mulf %v1234, %v794 fastmath<contract> : f32
                %v1236 = arith.addf %v1227, %v1235 fastmath<contract> : f32
                %v1237 = llvm.load %v166 : !llvm.ptr -> f32
                %v1238 = arith.mulf %v1237, %v657 fastmath<contract> : f32
                %v1239 = arith.addf %v1236, %v1238 fastmath<contract> : f32
                %v1240 = llvm.load %v198 : !llvm.ptr -> f32
                %v1241 = arith.mulf %v1240, %v673 fastmath<contract> : f32
                %v1242 = arith.addf %v1241, %v1239 fastmath<contract> : f32
                %v1243 = arith.mulf %v699, %v1237 fastmath<contract> : f32
                %v1244 = arith.mulf %v1240, %v731 fastmath<contract> : f32
                %v1245 = arith.addf %v1244, %v1243 fastmath<contract> : f32
                %v1246 = arith.mulf %v700, %v1237 fastmath<contract> : f32
                %v1247 = arith.mulf %v1240, %v732 fastmath<contract> : f32
                %v1248 = arith.addf %v1247, %v1246 fastmath<contract> : f32
                %v1249 = arith.constant 11 : i64
                %v1250 = arith.muli %v1249, %v3 : i64
                %v1251 = llvm.getelementptr %in_C_re[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
                %v1253 = arith.mulf %v1252, %v753 fastmath<contract> : f32
                %v1254 = arith.constant 1 : i64
                %v1255 = arith.muli %v1254, %v743 : i64
                %v1256 = arith.constant 11 : i64
                %v1257 = arith.muli %v1256, %v3 : i64
                %v1258 = arith.addi %v1255, %v1257 : i64
                %v1259 = llvm.getelementptr %in_C_re[%v1258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1260 = llvm.load %v1259 : !llvm.ptr -> f32
                %v1261 = arith.mulf %v1260, %v766 fastmath<contract> : f32
                %v1262 = arith.addf %v1253, %v1261 fastmath<contract> : f32
                %v1263 = arith.constant 2 : i64
                %v1264 = arith.muli %v1263, %v743 : i64
                %v1265 = arith.constant 11 : i64
                %v1266 = arith.muli %v1265, %v3 : i64
                %v1267 = arith.addi %v1264, %v1266 : i64
                %v1268 = llvm.getelementptr %in_C_re[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1269 = llvm.load %v1268 : !llvm.ptr -> f32
                %v1270 = arith.mulf %v1269, %v780 fastmath<contract> : f32
                %v1271 = arith.addf %v1262, %v1270 fastmath<contract> : f32
                %v1272 = arith.constant 3 : i64
                %v1273 = arith.muli %v1272, %v743 : i64
                %v1274 = arith.constant 11 : i64
                %v1275 = arith.muli %v1274, %v3 : i64
                %v1276 = arith.addi %v1273, %v1275 : i64
                %v1277 = llvm.getelementptr %in_C_re[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1278 = llvm.load %v1277 : !llvm.ptr -> f32
                %v1279 = arith.mulf %v1278, %v794 fastmath<contract> : f32
                %v1280 = arith.addf %v1271, %v1279 fastmath<contract> : f32
                %v1281 = llvm.load %v167 : !llvm.ptr -> f32
                %v1282 = arith.mulf %v1281, %v658 fastmath<contract> : f32
                %v1283 = arith.addf %v1280, %v1282 fastmath<contract> : f32
                %v1284 = llvm.load %v199 : !llvm.ptr -> f32
                %v1285 = arith.mulf %v1284, %v674 fastmath<contract> : f32
                %v1286 = arith.addf %v1285, %v1283 fastmath<contract> : f32
                %v1287 = arith.mulf %v701, %v1281 fastmath<contract> : f32
                %v1288 = arith.mulf %v1284, %v733 fastmath<contract> : f32
                %v1289 = arith.addf %v1288, %v1287 fastmath<contract> : f32
                %v1290 = arith.mulf %v702, %v1281 fastmath<contract> : f32
                %v1291 = arith.mulf %v1284, %v734 fastmath<contract> : f32
                %v1292 = arith.addf %v1291, %v1290 fastmath<contract> : f32
                %v1293 = arith.constant 12 : i64
                %v1294 = arith.muli %v1293, %v3 : i64
                %v1295 = llvm.getelementptr %in_C_re[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
                %v1297 = arith.mulf %v1296, %v753 fastmath<contract> : f32
                %v1298 = arith.constant 1 : i64
                %v1299 = arith.muli %v1298, %v743 : i64
                %v1300 = arith.constant 12 : i64
                %v1301 = arith.muli %v1300, %v3 : i64
                %v1302 = arith.addi %v1299, %v1301 : i64
                %v1303 = llvm.getelementptr %in_C_re[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
                %v1305 = arith.mulf %v1304, %v766 fastmath<contract> : f32
                %v1306 = arith.addf %v1297, %v1305 fastmath<contract> : f32
                %v1307 = arith.constant 2 : i64
                %v1308 = arith.muli %v1307, %v743 : i64
                %v1309 = arith.constant 12 : i64
                %v1310 = arith.muli %v1309, %v3 : i64
                %v1311 = arith.addi %v1308, %v1310 : i64
                %v1312 = llvm.getelementptr %in_C_re[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
                %v1314 = arith.mulf %v1313, %v780 fastmath<contract> : f32
                %v1315 = arith.addf %v1306, %v1314 fastmath<contract> : f32
                %v1316 = arith.constant 3 : i64
                %v1317 = arith.muli %v1316, %v743 : i64
                %v1318 = arith.constant 12 : i64
                %v1319 = arith.muli %v1318, %v3 : i64
                %v1320 = arith.addi %v1317, %v1319 : i64
                %v1321 = llvm.getelementptr %in_C_re[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
                %v1323 = arith.mulf %v1322, %v794 fastmath<contract> : f32
                %v1324 = arith.addf %v1315, %v1323 fastmath<contract> : f32
                %v1325 = llvm.load %v168 : !llvm.ptr -> f32
                %v1326 = arith.mulf %v1325, %v659 fastmath<contract> : f32
                %v1327 = arith.addf %v1324, %v1326 fastmath<contract> : f32
                %v1328 = llvm.load %v200 : !llvm.ptr -> f32
                %v1329 = arith.mulf %v1328, %v675 fastmath<contract> : f32
                %v1330 = arith.addf %v1329, %v1327 fastmath<contract> : f32
                %v1331 = arith.mulf %v703, %v1325 fastmath<contract> : f32
                %v1332 = arith.mulf %v1328, %v735 fastmath<contract> : f32
                %v1333 = arith.addf %v1332, %v1331 fastmath<contract> : f32
                %v1334 = arith.mulf %v704, %v1325 fastmath<contract> : f32
                %v1335 = arith.mulf %v1328, %v736 fastmath<contract> : f32
                %v1336 = arith.addf %v1335, %v1334 fastmath<contract> : f32
                %v1337 = arith.constant 13 : i64
                %v1338 = arith.muli %v1337, %v3 : i64
                %v1339 = llvm.getelementptr %in_C_re[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
                %v1341 = arith.mulf %v1340, %v753 fastmath<contract> : f32
                %v1342 = arith.constant 1 : i64
                %v1343 = arith.muli %v1342, %v743 : i64
                %v1344 = arith.constant 13 : i64
                %v1345 = arith.muli %v1344, %v3 : i64
                %v1346 = arith.addi %v1343, %v1345 : i64
                %v1347 = llvm.getelementptr %in_C_re[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                %v1349 = arith.mulf %v1348, %v766 fastmath<contract> : f32
                %v1350 = arith.addf %v1341, %v1349 fastmath<contract> : f32
                %v1351 = arith.constant 2 : i64
                %v1352 = arith.muli %v1351, %v743 : i64
                %v1353 = arith.constant 13 : i64
                %v1354 = arith.muli %v1353, %v3 : i64
                %v1355 = arith.addi %v1352, %v1354 : i64
                %v1356 = llvm.getelementptr %in_C_re[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
                %v1358 = arith.mulf %v1357, %v780 fastmath<contract> : f32
                %v1359 = arith.addf %v1350, %v1358 fastmath<contract> : f32
                %v1360 = arith.constant 3 : i64
                %v1361 = arith.muli %v1360, %v743 : i64
                %v1362 = arith.constant 13 : i64
                %v1363 = arith.muli %v1362, %v3 : i64
                %v1364 = arith.addi %v1361, %v1363 : i64
                %v1365 = llvm.getelementptr %in_C_re[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
                %v1367 = arith.mulf %v1366, %v794 fastmath<contract> : f32
                %v1368 = arith.addf %v1359, %v1367 fastmath<contract> : f32
                %v1369 = llvm.load %v169 : !llvm.ptr -> f32
                %v1370 = arith.mulf %v1369, %v660 fastmath<contract> : f32
                %v1371 = arith.addf %v1368, %v1370 fastmath<contract> : f32
                %v1372 = llvm.load %v201 : !llvm.ptr -> f32
                %v1373 = arith.mulf %v1372, %v676 fastmath<contract> : f32
                %v1374 = arith.addf %v1373, %v1371 fastmath<contract> : f32
                %v1375 = arith.mulf %v705, %v1369 fastmath<contract> : f32
                %v1376 = arith.mulf %v1372, %v737 fastmath<contract> : f32
                %v1377 = arith.addf %v1376, %v1375 fastmath<contract> : f32
                %v1378 = arith.mulf %v706, %v1369 fastmath<contract> : f32
                %v1379 = arith.mulf %v1372, %v738 fastmath<contract> : f32
                %v1380 = arith.addf %v1379, %v1378 fastmath<contract> : f32
                %v1381 = arith.constant 14 : i64
                %v1382 = arith.muli %v1381, %v3 : i64
                %v1383 = llvm.getelementptr %in_C_re[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
                %v1385 = arith.mulf %v1384, %v753 fastmath<contract> : f32
                %v1386 = arith.constant 1 : i64
                %v1387 = arith.muli %v1386, %v743 : i64
                %v1388 = arith.constant 14 : i64
                %v1389 = arith.muli %v1388, %v3 : i64
                %v1390 = arith.addi %v1387, %v1389 : i64
                %v1391 = llvm.getelementptr %in_C_re[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
                %v1393 = arith.mulf %v1392, %v766 fastmath<contract> : f32
                %v1394 = arith.addf %v1385, %v1393 fastmath<contract> : f32
                %v1395 = arith.constant 2 : i64
                %v1396 = arith.muli %v1395, %v743 : i64
                %v1397 = arith.constant 14 : i64
                %v1398 = arith.muli %v1397, %v3 : i64
                %v1399 = arith.addi %v1396, %v1398 : i64
                %v1400 = llvm.getelementptr %in_C_re[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                %v1402 = arith.mulf %v1401, %v780 fastmath<contract> : f32
                %v1403 = arith.addf %v1394, %v1402 fastmath<contract> : f32
                %v1404 = arith.constant 3 : i64
                %v1405 = arith.muli %v1404, %v743 : i64
                %v1406 = arith.constant 14 : i64
                %v1407 = arith.muli %v1406, %v3 : i64
                %v1408 = arith.addi %v1405, %v1407 : i64
                %v1409 = llvm.getelementptr %in_C_re[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
                %v1411 = arith.mulf %v1410, %v794 fastmath<contract> : f32
                %v1412 = arith.addf %v1403, %v1411 fastmath<contract> : f32
                %v1413 = llvm.load %v170 : !llvm.ptr -> f32
                %v1414 = arith.mulf %v1413, %v661 fastmath<contract> : f32
                %v1415 = arith.addf %v1412, %v1414 fastmath<contract> : f32
                %v1416 = llvm.load %v202 : !llvm.ptr -> f32
                %v1417 = arith.mulf %v1416, %v677 fastmath<contract> : f32
                %v1418 = arith.addf %v1417, %v1415 fastmath<contract> : f32
                %v1419 = arith.mulf %v707, %v1413 fastmath<contract> : f32
                %v1420 = arith.mulf %v1416, %v739 fastmath<contract> : f32
                %v1421 = arith.addf %v1420, %v1419 fastmath<contract> : f32
                %v1422 = arith.mulf %v708, %v1413 fastmath<contract> : f32
                %v1423 = arith.mulf %v1416, %v740 fastmath<contract> : f32
                %v1424 = arith.addf %v1423, %v1422 fastmath<contract> : f32
                %v1425 = arith.constant 15 : i64
                %v1426 = arith.muli %v1425, %v3 : i64
                %v1427 = llvm.getelementptr %in_C_re[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1428 = llvm.load %v1427 : !llvm.ptr -> f32
                %v1429 = arith.mulf %v1428, %v753 fastmath<contract> : f32
                %v1430 = arith.constant 1 : i64
                %v1431 = arith.muli %v1430, %v743 : i64
                %v1432 = arith.constant 15 : i64
                %v1433 = arith.muli %v1432, %v3 : i64
                %v1434 = arith.addi %v1431, %v1433 : i64
                %v1435 = llvm.getelementptr %in_C_re[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
                %v1437 = arith.mulf %v1436, %v766 fastmath<contract> : f32
                %v1438 = arith.addf %v1429, %v1437 fastmath<contract> : f32
                %v1439 = arith.constant 2 : i64
                %v1440 = arith.muli %v1439, %v743 : i64
                %v1441 = arith.constant 15 : i64
                %v1442 = arith.muli %v1441, %v3 : i64
                %v1443 = arith.addi %v1440, %v1442 : i64
                %v1444 = llvm.getelementptr %in_C_re[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
                %v1446 = arith.mulf %v1445, %v780 fastmath<contract> : f32
                %v1447 = arith.addf %v1438, %v1446 fastmath<contract> : f32
                %v1448 = arith.constant 3 : i64
                %v1449 = arith.muli %v1448, %v743 : i64
                %v1450 = arith.constant 15 : i64
                %v1451 = arith.muli %v1450, %v3 : i64
                %v1452 = arith.addi %v1449, %v1451 : i64
                %v1453 = llvm.getelementptr %in_C_re[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
                %v1455 = arith.mulf %v1454, %v794 fastmath<contract> : f32
                %v1456 = arith.addf %v1447, %v1455 fastmath<contract> : f32
                %v1457 = llvm.load %v171 : !llvm.ptr -> f32
                %v1458 = arith.mulf %v1457, %v662 fastmath<contract> : f32
                %v1459 = arith.addf %v1456, %v1458 fastmath<contract> : f32
                %v1460 = llvm.load %v203 : !llvm.ptr -> f32
                %v1461 = arith.mulf %v1460, %v678 fastmath<contract> : f32
                %v1462 = arith.addf %v1461, %v1459 fastmath<contract> : f32
                %v1463 = arith.mulf %v709, %v1457 fastmath<contract> : f32
                %v1464 = arith.mulf %v1460, %v741 fastmath<contract> : f32
                %v1465 = arith.addf %v1464, %v1463 fastmath<contract> : f32
                %v1466 = arith.mulf %v710, %v1457 fastmath<contract> : f32
                %v1467 = arith.mulf %v1460, %v742 fastmath<contract> : f32
                %v1468 = arith.addf %v1467, %v1466 fastmath<contract> : f32
                %v1469 = arith.constant 0 : i64
                %v1470 = llvm.getelementptr %in_C_im[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
                %v1472 = arith.negf %v753 : f32
                %v1473 = arith.mulf %v1471, %v1472 fastmath<contract> : f32
                %v1474 = arith.constant 1 : i64
                %v1475 = arith.muli %v1474, %v743 : i64
                %v1476 = llvm.getelementptr %in_C_im[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
                %v1478 = arith.negf %v766 : f32
                %v1479 = arith.mulf %v1477, %v1478 fastmath<contract> : f32
                %v1480 = arith.addf %v1473, %v1479 fastmath<contract> : f32
                %v1481 = arith.constant 2 : i64
                %v1482 = arith.muli %v1481, %v743 : i64
                %v1483 = llvm.getelementptr %in_C_im[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1484 = llvm.load %v1483 : !llvm.ptr -> f32
                %v1485 = arith.negf %v780 : f32
                %v1486 = arith.mulf %v1484, %v1485 fastmath<contract> : f32
                %v1487 = arith.addf %v1480, %v1486 fastmath<contract> : f32
                %v1488 = arith.constant 3 : i64
                %v1489 = arith.muli %v1488, %v743 : i64
                %v1490 = llvm.getelementptr %in_C_im[%v1489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1491 = llvm.load %v1490 : !llvm.ptr -> f32
                %v1492 = arith.negf %v794 : f32
                %v1493 = arith.mulf %v1491, %v1492 fastmath<contract> : f32
                %v1494 = arith.addf %v1487, %v1493 fastmath<contract> : f32
                %v1495 = llvm.load %v172 : !llvm.ptr -> f32
                %v1496 = arith.mulf %v1495, %v663 fastmath<contract> : f32
                %v1497 = arith.addf %v1494, %v1496 fastmath<contract> : f32
                %v1498 = llvm.load %v204 : !llvm.ptr -> f32
                %v1499 = arith.mulf %v1498, %v647 fastmath<contract> : f32
                %v1500 = arith.addf %v1499, %v1497 fastmath<contract> : f32
                %v1501 = arith.mulf %v711, %v1495 fastmath<contract> : f32
                %v1502 = arith.mulf %v1498, %v679 fastmath<contract> : f32
                %v1503 = arith.addf %v1502, %v1501 fastmath<contract> : f32
                %v1504 = arith.mulf %v712, %v1495 fastmath<contract> : f32
                %v1505 = arith.mulf %v1498, %v680 fastmath<contract> : f32
                %v1506 = arith.addf %v1505, %v1504 fastmath<contract> : f32
                %v1507 = arith.constant 1 : i64
                %v1508 = arith.muli %v1507, %v3 : i64
                %v1509 = llvm.getelementptr %in_C_im[%v1508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
                %v1511 = arith.mulf %v1510, %v1472 fastmath<contract> : f32
                %v1512 = arith.constant 1 : i64
                %v1513 = arith.muli %v1512, %v743 : i64
                %v1514 = arith.constant 1 : i64
                %v1515 = arith.muli %v1514, %v3 : i64
                %v1516 = arith.addi %v1513, %v1515 : i64
                %v1517 = llvm.getelementptr %in_C_im[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
                %v1519 = arith.mulf %v1518, %v1478 fastmath<contract> : f32
                %v1520 = arith.addf %v1511, %v1519 fastmath<contract> : f32
                %v1521 = arith.constant 2 : i64
                %v1522 = arith.muli %v1521, %v743 : i64
                %v1523 = arith.constant 1 : i64
                %v1524 = arith.muli %v1523, %v3 : i64
                %v1525 = arith.addi %v1522, %v1524 : i64
                %v1526 = llvm.getelementptr %in_C_im[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
                %v1528 = arith.mulf %v1527, %v1485 fastmath<contract> : f32
                %v1529 = arith.addf %v1520, %v1528 fastmath<contract> : f32
                %v1530 = arith.constant 3 : i64
                %v1531 = arith.muli %v1530, %v743 : i64
                %v1532 = arith.constant 1 : i64
                %v1533 = arith.muli %v1532, %v3 : i64
                %v1534 = arith.addi %v1531, %v1533 : i64
                %v1535 = llvm.getelementptr %in_C_im[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1536 = llvm.load %v1535 : !llvm.ptr -> f32
                %v1537 = arith.mulf %v1536, %v1492 fastmath<contract> : f32
                %v1538 = arith.addf %v1529, %v1537 fastmath<contract> : f32
                %v1539 = llvm.load %v173 : !llvm.ptr -> f32
                %v1540 = arith.mulf %v1539, %v664 fastmath<contract> : f32
                %v1541 = arith.addf %v1538, %v1540 fastmath<contract> : f32
                %v1542 = llvm.load %v205 : !llvm.ptr -> f32
                %v1543 = arith.mulf %v1542, %v648 fastmath<contract> : f32
                %v1544 = arith.addf %v1543, %v1541 fastmath<contract> : f32
                %v1545 = arith.mulf %v713, %v1539 fastmath<contract> : f32
                %v1546 = arith.mulf %v1542, %v681 fastmath<contract> : f32
                %v1547 = arith.addf %v1546, %v1545 fastmath<contract> : f32
                %v1548 = arith.mulf %v714, %v1539 fastmath<contract> : f32
                %v1549 = arith.mulf %v1542, %v682 fastmath<contract> : f32
                %v1550 = arith.addf %v1549, %v1548 fastmath<contract> : f32
                %v1551 = arith.constant 2 : i64
                %v1552 = arith.muli %v1551, %v3 : i64
                %v1553 = llvm.getelementptr %in_C_im[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
                %v1555 = arith.mulf %v1554, %v1472 fastmath<contract> : f32
                %v1556 = arith.constant 1 : i64
                %v1557 = arith.muli %v1556, %v743 : i64
                %v1558 = arith.constant 2 : i64
                %v1559 = arith.muli %v1558, %v3 : i64
                %v1560 = arith.addi %v1557, %v1559 : i64
                %v1561 = llvm.getelementptr %in_C_im[%v1560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1562 = llvm.load %v1561 : !llvm.ptr -> f32
                %v1563 = arith.mulf %v1562, %v1478 fastmath<contract> : f32
                %v1564 = arith.addf %v1555, %v1563 fastmath<contract> : f32
                %v1565 = arith.constant 2 : i64
                %v1566 = arith.muli %v1565, %v743 : i64
                %v1567 = arith.constant 2 : i64
                %v1568 = arith.muli %v1567, %v3 : i64
                %v1569 = arith.addi %v1566, %v1568 : i64
                %v1570 = llvm.getelementptr %in_C_im[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1571 = llvm.load %v1570 : !llvm.ptr -> f32
                %v1572 = arith.mulf %v1571, %v1485 fastmath<contract> : f32
                %v1573 = arith.addf %v1564, %v1572 fastmath<contract> : f32
                %v1574 = arith.constant 3 : i64
                %v1575 = arith.muli %v1574, %v743 : i64
                %v1576 = arith.constant 2 : i64
                %v1577 = arith.muli %v1576, %v3 : i64
                %v1578 = arith.addi %v1575, %v1577 : i64
                %v1579 = llvm.getelementptr %in_C_im[%v1578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1580 = llvm.load %v1579 : !llvm.ptr -> f32
                %v1581 = arith.mulf %v1580, %v1492 fastmath<contract> : f32
                %v1582 = arith.addf %v1573, %v1581 fastmath<contract> : f32
                %v1583 = llvm.load %v174 : !llvm.ptr -> f32
                %v1584 = arith.mulf %v1583, %v665 fastmath<contract> : f32
                %v1585 = arith.addf %v1582, %v1584 fastmath<contract> : f32
                %v1586 = llvm.load %v206 : !llvm.ptr -> f32
                %v1587 = arith.mulf %v1586, %v649 fastmath<contract> : f32
                %v1588 = arith.addf %v1587, %v1585 fastmath<contract> : f32
                %v1589 = arith.mulf %v715, %v1583 fastmath<contract> : f32
                %v1590 = arith.mulf %v1586, %v683 fastmath<contract> : f32
                %v1591 = arith.addf %v1590, %v1589 fastmath<contract> : f32
                %v1592 = arith.mulf %v716, %v1583 fastmath<contract> : f32
                %v1593 = arith.mulf %v1586, %v684 fastmath<contract> : f32
                %v1594 = arith.addf %v1593, %v1592 fastmath<contract> : f32
                %v1595 = arith.constant 3 : i64
                %v1596 = arith.muli %v1595, %v3 : i64
                %v1597 = llvm.getelementptr %in_C_im[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1598 = llvm.load %v1597 : !llvm.ptr -> f32
                %v1599 = arith.mulf %v1598, %v1472 fastmath<contract> : f32
                %v1600 = arith.constant 1 : i64
                %v1601 = arith.muli %v1600, %v743 : i64
                %v1602 = arith.constant 3 : i64
                %v1603 = arith.muli %v1602, %v3 : i64
                %v1604 = arith.addi %v1601, %v1603 : i64
                %v1605 = llvm.getelementptr %in_C_im[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
                %v1607 = arith.mulf %v1606, %v1478 fastmath<contract> : f32
                %v1608 = arith.addf %v1599, %v1607 fastmath<contract> : f32
                %v1609 = arith.constant 2 : i64
                %v1610 = arith.muli %v1609, %v743 : i64
                %v1611 = arith.constant 3 : i64
                %v1612 = arith.muli %v1611, %v3 : i64
                %v1613 = arith.addi %v1610, %v1612 : i64
                %v1614 = llvm.getelementptr %in_C_im[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1615 = llvm.load %v1614 : !llvm.ptr -> f32
                %v1616 = arith.mulf %v1615, %v1485 fastmath<contract> : f32
                %v1617 = arith.addf %v1608, %v1616 fastmath<contract> : f32
                %v1618 = arith.constant 3 : i64
                %v1619 = arith.muli %v1618, %v743 : i64
                %v1620 = arith.constant 3 : i64
                %v1621 = arith.muli %v1620, %v3 : i64
                %v1622 = arith.addi %v1619, %v1621 : i64
                %v1623 = llvm.getelementptr %in_C_im[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
                %v1625 = arith.mulf %v1624, %v1492 fastmath<contract> : f32
                %v1626 = arith.addf %v1617, %v1625 fastmath<contract> : f32
                %v1627 = llvm.load %v175 : !llvm.ptr -> f32
                %v1628 = arith.mulf %v1627, %v666 fastmath<contract> : f32
                %v1629 = arith.addf %v1626, %v1628 fastmath<contract> : f32
                %v1630 = llvm.load %v207 : !llvm.ptr -> f32
                %v1631 = arith.mulf %v1630, %v650 fastmath<contract> : f32
                %v1632 = arith.addf %v1631, %v1629 fastmath<contract> : f32
                %v1633 = arith.mulf %v717, %v1627 fastmath<contract> : f32
                %v1634 = arith.mulf %v1630, %v685 fastmath<contract> : f32
                %v1635 = arith.addf %v1634, %v1633 fastmath<contract> : f32
                %v1636 = arith.mulf %v718, %v1627 fastmath<contract> : f32
                %v1637 = arith.mulf %v1630, %v686 fastmath<contract> : f32
                %v1638 = arith.addf %v1637, %v1636 fastmath<contract> : f32
                %v1639 = arith.constant 4 : i64
                %v1640 = arith.muli %v1639, %v3 : i64
                %v1641 = llvm.getelementptr %in_C_im[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1642 = llvm.load %v1641 : !llvm.ptr -> f32
                %v1643 = arith.mulf %v1642, %v1472 fastmath<contract> : f32
                %v1644 = arith.constant 1 : i64
                %v1645 = arith.muli %v1644, %v743 : i64
                %v1646 = arith.constant 4 : i64
                %v1647 = arith.muli %v1646, %v3 : i64
                %v1648 = arith.addi %v1645, %v1647 : i64
                %v1649 = llvm.getelementptr %in_C_im[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
                %v1651 = arith.mulf %v1650, %v1478 fastmath<contract> : f32
                %v1652 = arith.addf %v1643, %v1651 fastmath<contract> : f32
                %v1653 = arith.constant 2 : i64
                %v1654 = arith.muli %v1653, %v743 : i64
                %v1655 = arith.constant 4 : i64
                %v1656 = arith.muli %v1655, %v3 : i64
                %v1657 = arith.addi %v1654, %v1656 : i64
                %v1658 = llvm.getelementptr %in_C_im[%v1657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1659 = llvm.load %v1658 : !llvm.ptr -> f32
                %v1660 = arith.mulf %v1659, %v1485 fastmath<contract> : f32
                %v1661 = arith.addf %v1652, %v1660 fastmath<contract> : f32
                %v1662 = arith.constant 3 : i64
                %v1663 = arith.muli %v1662, %v743 : i64
                %v1664 = arith.constant 4 : i64
                %v1665 = arith.muli %v1664, %v3 : i64
                %v1666 = arith.addi %v1663, %v1665 : i64
                %v1667 = llvm.getelementptr %in_C_im[%v1666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1668 = llvm.load %v1667 : !llvm.ptr -> f32
                %v1669 = arith.mulf %v1668, %v1492 fastmath<contract> : f32
                %v1670 = arith.addf %v1661, %v1669 fastmath<contract> : f32
                %v1671 = llvm.load %v176 : !llvm.ptr -> f32
                %v1672 = arith.mulf %v1671, %v667 fastmath<contract> : f32
                %v1673 = arith.addf %v1670, %v1672 fastmath<contract> : f32
                %v1674 = llvm.load %v208 : !llvm.ptr -> f32
                %v1675 = arith.mulf %v1674, %v651 fastmath<contract> : f32
                %v1676 = arith.addf %v1675, %v1673 fastmath<contract> : f32
                %v1677 = arith.mulf %v719, %v1671 fastmath<contract> : f32
                %v1678 = arith.mulf %v1674, %v687 fastmath<contract> : f32
                %v1679 = arith.addf %v1678, %v1677 fastmath<contract> : f32
                %v1680 = arith.mulf %v720, %v1671 fastmath<contract> : f32
                %v1681 = arith.mulf %v1674, %v688 fastmath<contract> : f32
                %v1682 = arith.addf %v1681, %v1680 fastmath<contract> : f32
                %v1683 = arith.constant 5 : i64
                %v1684 = arith.muli %v1683, %v3 : i64
                %v1685 = llvm.getelementptr %in_C_im[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
                %v1687 = arith.mulf %v1686, %v1472 fastmath<contract> : f32
                %v1688 = arith.constant 1 : i64
                %v1689 = arith.muli %v1688, %v743 : i64
                %v1690 = arith.constant 5 : i64
                %v1691 = arith.muli %v1690, %v3 : i64
                %v1692 = arith.addi %v1689, %v1691 : i64
                %v1693 = llvm.getelementptr %in_C_im[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
                %v1695 = arith.mulf %v1694, %v1478 fastmath<contract> : f32
                %v1696 = arith.addf %v1687, %v1695 fastmath<contract> : f32
                %v1697 = arith.constant 2 : i64
                %v1698 = arith.muli %v1697, %v743 : i64
                %v1699 = arith.constant 5 : i64
                %v1700 = arith.muli %v1699, %v3 : i64
                %v1701 = arith.addi %v1698, %v1700 : i64
                %v1702 = llvm.getelementptr %in_C_im[%v1701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1703 = llvm.load %v1702 : !llvm.ptr -> f32
                %v1704 = arith.mulf %v1703, %v1485 fastmath<contract> : f32
                %v1705 = arith.addf %v1696, %v1704 fastmath<contract> : f32
                %v1706 = arith.constant 3 : i64
                %v1707 = arith.muli %v1706, %v743 : i64
                %v1708 = arith.constant 5 : i64
                %v1709 = arith.muli %v1708, %v3 : i64
                %v1710 = arith.addi %v1707, %v1709 : i64
                %v1711 = llvm.getelementptr %in_C_im[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1712 = llvm.load %v1711 : !llvm.ptr -> f32
                %v1713 = arith.mulf %v1712, %v1492 fastmath<contract> : f32
                %v1714 = arith.addf %v1705, %v1713 fastmath<contract> : f32
                %v1715 = llvm.load %v177 : !llvm.ptr -> f32
                %v1716 = arith.mulf %v1715, %v668 fastmath<contract> : f32
                %v1717 = arith.addf %v1714, %v1716 fastmath<contract> : f32
                %v1718 = llvm.load %v209 : !llvm.ptr -> f32
                %v1719 = arith.mulf %v1718, %v652 fastmath<contract> : f32
                %v1720 = arith.addf %v1719, %v1717 fastmath<contract> : f32
                %v1721 = arith.mulf %v721, %v1715 fastmath<contract> : f32
                %v1722 = arith.mulf %v1718, %v689 fastmath<contract> : f32
                %v1723 = arith.addf %v1722, %v1721 fastmath<contract> : f32
                %v1724 = arith.mulf %v722, %v1715 fastmath<contract> : f32
                %v1725 = arith.mulf %v1718, %v690 fastmath<contract> : f32
                %v1726 = arith.addf %v1725, %v1724 fastmath<contract> : f32
                %v1727 = arith.constant 6 : i64
                %v1728 = arith.muli %v1727, %v3 : i64
                %v1729 = llvm.getelementptr %in_C_im[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
                %v1731 = arith.mulf %v1730, %v1472 fastmath<contract> : f32
                %v1732 = arith.constant 1 : i64
                %v1733 = arith.muli %v1732, %v743 : i64
                %v1734 = arith.constant 6 : i64
                %v1735 = arith.muli %v1734, %v3 : i64
                %v1736 = arith.addi %v1733, %v1735 : i64
                %v1737 = llvm.getelementptr %in_C_im[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1738 = llvm.load %v1737 : !llvm.ptr -> f32
                %v1739 = arith.mulf %v1738, %v1478 fastmath<contract> : f32
                %v1740 = arith.addf %v1731, %v1739 fastmath<contract> : f32
                %v1741 = arith.constant 2 : i64
                %v1742 = arith.muli %v1741, %v743 : i64
                %v1743 = arith.constant 6 : i64
                %v1744 = arith.muli %v1743, %v3 : i64
                %v1745 = arith.addi %v1742, %v1744 : i64
                %v1746 = llvm.getelementptr %in_C_im[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1747 = llvm.load %v1746 : !llvm.ptr -> f32
                %v1748 = arith.mulf %v1747, %v1485 fastmath<contract> : f32
                %v1749 = arith.addf %v1740, %v1748 fastmath<contract> : f32
                %v1750 = arith.constant 3 : i64
                %v1751 = arith.muli %v1750, %v743 : i64
                %v1752 = arith.constant 6 : i64
                %v1753 = arith.muli %v1752, %v3 : i64
                %v1754 = arith.addi %v1751, %v1753 : i64
                %v1755 = llvm.getelementptr %in_C_im[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1756 = llvm.load %v1755 : !llvm.ptr -> f32
                %v1757 = arith.mulf %v1756, %v1492 fastmath<contract> : f32
                %v1758 = arith.addf %v1749, %v1757 fastmath<contract> : f32
                %v1759 = llvm.load %v178 : !llvm.ptr -> f32
                %v1760 = arith.mulf %v1759, %v669 fastmath<contract> : f32
                %v1761 = arith.addf %v1758, %v1760 fastmath<contract> : f32
                %v1762 = llvm.load %v210 : !llvm.ptr -> f32
                %v1763 = arith.mulf %v1762, %v653 fastmath<contract> : f32
                %v1764 = arith.addf %v1763, %v1761 fastmath<contract> : f32
                %v1765 = arith.mulf %v723, %v1759 fastmath<contract> : f32
                %v1766 = arith.mulf %v1762, %v691 fastmath<contract> : f32
                %v1767 = arith.addf %v1766, %v1765 fastmath<contract> : f32
                %v1768 = arith.mulf %v724, %v1759 fastmath<contract> : f32
                %v1769 = arith.mulf %v1762, %v692 fastmath<contract> : f32
                %v1770 = arith.addf %v1769, %v1768 fastmath<contract> : f32
                %v1771 = arith.constant 7 : i64
                %v1772 = arith.muli %v1771, %v3 : i64
                %v1773 = llvm.getelementptr %in_C_im[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
                %v1775 = arith.mulf %v1774, %v1472 fastmath<contract> : f32
                %v1776 = arith.constant 1 : i64
                %v1777 = arith.muli %v1776, %v743 : i64
                %v1778 = arith.constant 7 : i64
                %v1779 = arith.muli %v1778, %v3 : i64
                %v1780 = arith.addi %v1777, %v1779 : i64
                %v1781 = llvm.getelementptr %in_C_im[%v1780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1782 = llvm.load %v1781 : !llvm.ptr -> f32
                %v1783 = arith.mulf %v1782, %v1478 fastmath<contract> : f32
                %v1784 = arith.addf %v1775, %v1783 fastmath<contract> : f32
                %v1785 = arith.constant 2 : i64
                %v1786 = arith.muli %v1785, %v743 : i64
                %v1787 = arith.constant 7 : i64
                %v1788 = arith.muli %v1787, %v3 : i64
                %v1789 = arith.addi %v1786, %v1788 : i64
                %v1790 = llvm.getelementptr %in_C_im[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1791 = llvm.load %v1790 : !llvm.ptr -> f32
                %v1792 = arith.mulf %v1791, %v1485 fastmath<contract> : f32
                %v1793 = arith.addf %v1784, %v1792 fastmath<contract> : f32
                %v1794 = arith.constant 3 : i64
                %v1795 = arith.muli %v1794, %v743 : i64
                %v1796 = arith.constant 7 : i64
                %v1797 = arith.muli %v1796, %v3 : i64
                %v1798 = arith.addi %v1795, %v1797 : i64
                %v1799 = llvm.getelementptr %in_C_im[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1800 = llvm.load %v1799 : !llvm.ptr -> f32
                %v1801 = arith.mulf %v1800, %v1492 fastmath<contract> : f32
                %v1802 = arith.addf %v1793, %v1801 fastmath<contract> : f32
                %v1803 = llvm.load %v179 : !llvm.ptr -> f32
                %v1804 = arith.mulf %v1803, %v670 fastmath<contract> : f32
                %v1805 = arith.addf %v1802, %v1804 fastmath<contract> : f32
                %v1806 = llvm.load %v211 : !llvm.ptr -> f32
                %v1807 = arith.mulf %v1806, %v654 fastmath<contract> : f32
                %v1808 = arith.addf %v1807, %v1805 fastmath<contract> : f32
                %v1809 = arith.mulf %v725, %v1803 fastmath<contract> : f32
                %v1810 = arith.mulf %v1806, %v693 fastmath<contract> : f32
                %v1811 = arith.addf %v1810, %v1809 fastmath<contract> : f32
                %v1812 = arith.mulf %v726, %v1803 fastmath<contract> : f32
                %v1813 = arith.mulf %v1806, %v694 fastmath<contract> : f32
                %v1814 = arith.addf %v1813, %v1812 fastmath<contract> : f32
                %v1815 = arith.constant 8 : i64
                %v1816 = arith.muli %v1815, %v3 : i64
                %v1817 = llvm.getelementptr %in_C_im[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1818 = llvm.load %v1817 : !llvm.ptr -> f32
                %v1819 = arith.mulf %v1818, %v1472 fastmath<contract> : f32
                %v1820 = arith.constant 1 : i64
                %v1821 = arith.muli %v1820, %v743 : i64
                %v1822 = arith.constant 8 : i64
                %v1823 = arith.muli %v1822, %v3 : i64
                %v1824 = arith.addi %v1821, %v1823 : i64
                %v1825 = llvm.getelementptr %in_C_im[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1826 = llvm.load %v1825 : !llvm.ptr -> f32
                %v1827 = arith.mulf %v1826, %v1478 fastmath<contract> : f32
                %v1828 = arith.addf %v1819, %v1827 fastmath<contract> : f32
                %v1829 = arith.constant 2 : i64
                %v1830 = arith.muli %v1829, %v743 : i64
                %v1831 = arith.constant 8 : i64
                %v1832 = arith.muli %v1831, %v3 : i64
                %v1833 = arith.addi %v1830, %v1832 : i64
                %v1834 = llvm.getelementptr %in_C_im[%v1833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
                %v1836 = arith.mulf %v1835, %v1485 fastmath<contract> : f32
                %v1837 = arith.addf %v1828, %v1836 fastmath<contract> : f32
                %v1838 = arith.constant 3 : i64
                %v1839 = arith.muli %v1838, %v743 : i64
                %v1840 = arith.constant 8 : i64
                %v1841 = arith.muli %v1840, %v3 : i64
                %v1842 = arith.addi %v1839, %v1841 : i64
                %v1843 = llvm.getelementptr %in_C_im[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1844 = llvm.load %v1843 : !llvm.ptr -> f32
                %v1845 = arith.mulf %v1844, %v1492 fastmath<contract> : f32
                %v1846 = arith.addf %v1837, %v1845 fastmath<contract> : f32
                %v1847 = llvm.load %v180 : !llvm.ptr -> f32
                %v1848 = arith.mulf %v1847, %v671 fastmath<contract> : f32
                %v1849 = arith.addf %v1846, %v1848 fastmath<contract> : f32
                %v1850 = llvm.load %v212 : !llvm.ptr -> f32
                %v1851 = arith.mulf %v1850, %v655 fastmath<contract> : f32
                %v1852 = arith.addf %v1851, %v1849 fastmath<contract> : f32
                %v1853 = arith.mulf %v727, %v1847 fastmath<contract> : f32
                %v1854 = arith.mulf %v1850, %v695 fastmath<contract> : f32
                %v1855 = arith.addf %v1854, %v1853 fastmath<contract> : f32
                %v1856 = arith.mulf %v728, %v1847 fastmath<contract> : f32
                %v1857 = arith.mulf %v1850, %v696 fastmath<contract> : f32
                %v1858 = arith.addf %v1857, %v1856 fastmath<contract> : f32
                %v1859 = arith.constant 9 : i64
                %v1860 = arith.muli %v1859, %v3 : i64
                %v1861 = llvm.getelementptr %in_C_im[%v1860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
                %v1863 = arith.mulf %v1862, %v1472 fastmath<contract> : f32
                %v1864 = arith.constant 1 : i64
                %v1865 = arith.muli %v1864, %v743 : i64
                %v1866 = arith.constant 9 : i64
                %v1867 = arith.muli %v1866, %v3 : i64
                %v1868 = arith.addi %v1865, %v1867 : i64
                %v1869 = llvm.getelementptr %in_C_im[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1870 = llvm.load %v1869 : !llvm.ptr -> f32
                %v1871 = arith.mulf %v1870, %v1478 fastmath<contract> : f32
                %v1872 = arith.addf %v1863, %v1871 fastmath<contract> : f32
                %v1873 = arith.constant 2 : i64
                %v1874 = arith.muli %v1873, %v743 : i64
                %v1875 = arith.constant 9 : i64
                %v1876 = arith.muli %v1875, %v3 : i64
                %v1877 = arith.addi %v1874, %v1876 : i64
                %v1878 = llvm.getelementptr %in_C_im[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1879 = llvm.load %v1878 : !llvm.ptr -> f32
                %v1880 = arith.mulf %v1879, %v1485 fastmath<contract> : f32
                %v1881 = arith.addf %v1872, %v1880 fastmath<contract> : f32
                %v1882 = arith.constant 3 : i64
                %v1883 = arith.muli %v1882, %v743 : i64
                %v1884 = arith.constant 9 : i64
                %v1885 = arith.muli %v1884, %v3 : i64
                %v1886 = arith.addi %v1883, %v1885 : i64
                %v1887 = llvm.getelementptr %in_C_im[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
                %v1889 = arith.mulf %v1888, %v1492 fastmath<contract> : f32
                %v1890 = arith.addf %v1881, %v1889 fastmath<contract> : f32
                %v1891 = llvm.load %v181 : !llvm.ptr -> f32
                %v1892 = arith.mulf %v1891, %v672 fastmath<contract> : f32
                %v1893 = arith.addf %v1890, %v1892 fastmath<contract> : f32
                %v1894 = llvm.load %v213 : !llvm.ptr -> f32
                %v1895 = arith.mulf %v1894, %v656 fastmath<contract> : f32
                %v1896 = arith.addf %v1895, %v1893 fastmath<contract> : f32
                %v1897 = arith.mulf %v729, %v1891 fastmath<contract> : f32
                %v1898 = arith.mulf %v1894, %v697 fastmath<contract> : f32
                %v1899 = arith.addf %v1898, %v1897 fastmath<contract> : f32
                %v1900 = arith.mulf %v730, %v1891 fastmath<contract> : f32
                %v1901 = arith.mulf %v1894, %v698 fastmath<contract> : f32
                %v1902 = arith.addf %v1901, %v1900 fastmath<contract> : f32
                %v1903 = arith.constant 10 : i64
                %v1904 = arith.muli %v1903, %v3 : i64
                %v1905 = llvm.getelementptr %in_C_im[%v1904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1906 = llvm.load %v1905 : !llvm.ptr -> f32
                %v1907 = arith.mulf %v1906, %v1472 fastmath<contract> : f32
                %v1908 = arith.constant 1 : i64
                %v1909 = arith.muli %v1908, %v743 : i64
                %v1910 = arith.constant 10 : i64
                %v1911 = arith.muli %v1910, %v3 : i64
                %v1912 = arith.addi %v1909, %v1911 : i64
                %v1913 = llvm.getelementptr %in_C_im[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1914 = llvm.load %v1913 : !llvm.ptr -> f32
                %v1915 = arith.mulf %v1914, %v1478 fastmath<contract> : f32
                %v1916 = arith.addf %v1907, %v1915 fastmath<contract> : f32
                %v1917 = arith.constant 2 : i64
                %v1918 = arith.muli %v1917, %v743 : i64
                %v1919 = arith.constant 10 : i64
                %v1920 = arith.muli %v1919, %v3 : i64
                %v1921 = arith.addi %v1918, %v1920 : i64
                %v1922 = llvm.getelementptr %in_C_im[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1923 = llvm.load %v1922 : !llvm.ptr -> f32
                %v1924 = arith.mulf %v1923, %v1485 fastmath<contract> : f32
                %v1925 = arith.addf %v1916, %v1924 fastmath<contract> : f32
                %v1926 = arith.constant 3 : i64
                %v1927 = arith.muli %v1926, %v743 : i64
                %v1928 = arith.constant 10 : i64
                %v1929 = arith.muli %v1928, %v3 : i64
                %v1930 = arith.addi %v1927, %v1929 : i64
                %v1931 = llvm.getelementptr %in_C_im[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
                %v1933 = arith.mulf %v1932, %v1492 fastmath<contract> : f32
                %v1934 = arith.addf %v1925, %v1933 fastmath<contract> : f32
                %v1935 = llvm.load %v182 : !llvm.ptr -> f32
                %v1936 = arith.mulf %v1935, %v673 fastmath<contract> : f32
                %v1937 = arith.addf %v1934, %v1936 fastmath<contract> : f32
                %v1938 = llvm.load %v214 : !llvm.ptr -> f32
                %v1939 = arith.mulf %v1938, %v657 fastmath<contract> : f32
                %v1940 = arith.addf %v1939, %v1937 fastmath<contract> : f32
                %v1941 = arith.mulf %v731, %v1935 fastmath<contract> : f32
                %v1942 = arith.mulf %v1938, %v699 fastmath<contract> : f32
                %v1943 = arith.addf %v1942, %v1941 fastmath<contract> : f32
                %v1944 = arith.mulf %v732, %v1935 fastmath<contract> : f32
                %v1945 = arith.mulf %v1938, %v700 fastmath<contract> : f32
                %v1946 = arith.addf %v1945, %v1944 fastmath<contract> : f32
                %v1947 = arith.constant 11 : i64
                %v1948 = arith.muli %v1947, %v3 : i64
                %v1949 = llvm.getelementptr %in_C_im[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1950 = llvm.load %v1949 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1950, %v1472 fastmath<contract> : f32
                %v1952 = arith.constant 1 : i64
                %v1953 = arith.muli %v1952, %v743 : i64
                %v1954 = arith.constant 11 : i64
                %v1955 = arith.muli %v1954, %v3 : i64
                %v1956 = arith.addi %v1953, %v1955 : i64
                %v1957 = llvm.getelementptr %in_C_im[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
                %v1959 = arith.mulf %v1958, %v1478 fastmath<contract> : f32
                %v1960 = arith.addf %v1951, %v1959 fastmath<contract> : f32
                %v1961 = arith.constant 2 : i64
                %v1962 = arith.muli %v1961, %v743 : i64
                %v1963 = arith.constant 11 : i64
                %v1964 = arith.muli %v1963, %v3 : i64
                %v1965 = arith.addi %v1962, %v1964 : i64
                %v1966 = llvm.getelementptr %in_C_im[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
                %v1968 = arith.mulf %v1967, %v1485 fastmath<contract> : f32
                %v1969 = arith.addf %v1960, %v1968 fastmath<contract> : f32
                %v1970 = arith.constant 3 : i64
                %v1971 = arith.muli %v1970, %v743 : i64
                %v1972 = arith.constant 11 : i64
                %v1973 = arith.muli %v1972, %v3 : i64
                %v1974 = arith.addi %v1971, %v1973 : i64
                %v1975 = llvm.getelementptr %in_C_im[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
                %v1977 = arith.mulf %v1976, %v1492 fastmath<contract> : f32
                %v1978 = arith.addf %v1969, %v1977 fastmath<contract> : f32
                %v1979 = llvm.load %v183 : !llvm.ptr -> f32
                %v1980 = arith.mulf %v1979, %v674 fastmath<contract> : f32
                %v1981 = arith.addf %v1978, %v1980 fastmath<contract> : f32
                %v1982 = llvm.load %v215 : !llvm.ptr -> f32
                %v1983 = arith.mulf %v1982, %v658 fastmath<contract> : f32
                %v1984 = arith.addf %v1983, %v1981 fastmath<contract> : f32
                %v1985 = arith.mulf %v733, %v1979 fastmath<contract> : f32
                %v1986 = arith.mulf %v1982, %v701 fastmath<contract> : f32
                %v1987 = arith.addf %v1986, %v1985 fastmath<contract> : f32
                %v1988 = arith.mulf %v734, %v1979 fastmath<contract> : f32
                %v1989 = arith.mulf %v1982, %v702 fastmath<contract> : f32
                %v1990 = arith.addf %v1989, %v1988 fastmath<contract> : f32
                %v1991 = arith.constant 12 : i64
                %v1992 = arith.muli %v1991, %v3 : i64
                %v1993 = llvm.getelementptr %in_C_im[%v1992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1994 = llvm.load %v1993 : !llvm.ptr -> f32
                %v1995 = arith.mulf %v1994, %v1472 fastmath<contract> : f32
                %v1996 = arith.constant 1 : i64
                %v1997 = arith.muli %v1996, %v743 : i64
                %v1998 = arith.constant 12 : i64
                %v1999 = arith.muli %v1998, %v3 : i64
                %v2000 = arith.addi %v1997, %v1999 : i64
                %v2001 = llvm.getelementptr %in_C_im[%v2000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2002 = llvm.load %v2001 : !llvm.ptr -> f32
                %v2003 = arith.mulf %v2002, %v1478 fastmath<contract> : f32
                %v2004 = arith.addf %v1995, %v2003 fastmath<contract> : f32
                %v2005 = arith.constant 2 : i64
                %v2006 = arith.muli %v2005, %v743 : i64
                %v2007 = arith.constant 12 : i64
                %v2008 = arith.muli %v2007, %v3 : i64
                %v2009 = arith.addi %v2006, %v2008 : i64
                %v2010 = llvm.getelementptr %in_C_im[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2011 = llvm.load %v2010 : !llvm.ptr -> f32
                %v2012 = arith.mulf %v2011, %v1485 fastmath<contract> : f32
                %v2013 = arith.addf %v2004, %v2012 fastmath<contract> : f32
                %v2014 = arith.constant 3 : i64
                %v2015 = arith.muli %v2014, %v743 : i64
                %v2016 = arith.constant 12 : i64
                %v2017 = arith.muli %v2016, %v3 : i64
                %v2018 = arith.addi %v2015, %v2017 : i64
                %v2019 = llvm.getelementptr %in_C_im[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2020 = llvm.load %v2019 : !llvm.ptr -> f32
                %v2021 = arith.mulf %v2020, %v1492 fastmath<contract> : f32
                %v2022 = arith.addf %v2013, %v2021 fastmath<contract> : f32
                %v2023 = llvm.load %v184 : !llvm.ptr -> f32
                %v2024 = arith.mulf %v2023, %v675 fastmath<contract> : f32
                %v2025 = arith.addf %v2022, %v2024 fastmath<contract> : f32
                %v2026 = llvm.load %v216 : !llvm.ptr -> f32
                %v2027 = arith.mulf %v2026, %v659 fastmath<contract> : f32
                %v2028 = arith.addf %v2027, %v2025 fastmath<contract> : f32
                %v2029 = arith.mulf %v735, %v2023 fastmath<contract> : f32
                %v2030 = arith.mulf %v2026, %v703 fastmath<contract> : f32
                %v2031 = arith.addf %v2030, %v2029 fastmath<contract> : f32
                %v2032 = arith.mulf %v736, %v2023 fastmath<contract> : f32
                %v2033 = arith.mulf %v2026, %v704 fastmath<contract> : f32
                %v2034 = arith.addf %v2033, %v2032 fastmath<contract> : f32
                %v2035 = arith.constant 13 : i64
                %v2036 = arith.muli %v2035, %v3 : i64
                %v2037 = llvm.getelementptr %in_C_im[%v2036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2038 = llvm.load %v2037 : !llvm.ptr -> f32
                %v2039 = arith.mulf %v2038, %v1472 fastmath<contract> : f32
                %v2040 = arith.constant 1 : i64
                %v2041 = arith.muli %v2040, %v743 : i64
                %v2042 = arith.constant 13 : i64
                %v2043 = arith.muli %v2042, %v3 : i64
                %v2044 = arith.addi %v2041, %v2043 : i64
                %v2045 = llvm.getelementptr %in_C_im[%v2044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2046 = llvm.load %v2045 : !llvm.ptr -> f32
                %v2047 = arith.mulf %v2046, %v1478 fastmath<contract> : f32
                %v2048 = arith.addf %v2039, %v2047 fastmath<contract> : f32
                %v2049 = arith.constant 2 : i64
                %v2050 = arith.muli %v2049, %v743 : i64
                %v2051 = arith.constant 13 : i64
                %v2052 = arith.muli %v2051, %v3 : i64
                %v2053 = arith.addi %v2050, %v2052 : i64
                %v2054 = llvm.getelementptr %in_C_im[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2055 = llvm.load %v2054 : !llvm.ptr -> f32
                %v2056 = arith.mulf %v2055, %v1485 fastmath<contract> : f32
                %v2057 = arith.addf %v2048, %v2056 fastmath<contract> : f32
                %v2058 = arith.constant 3 : i64
                %v2059 = arith.muli %v2058, %v743 : i64
                %v2060 = arith.constant 13 : i64
                %v2061 = arith.muli %v2060, %v3 : i64
                %v2062 = arith.addi %v2059, %v2061 : i64
                %v2063 = llvm.getelementptr %in_C_im[%v2062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2064 = llvm.load %v2063 : !llvm.ptr -> f32
                %v2065 = arith.mulf %v2064, %v1492 fastmath<contract> : f32
                %v2066 = arith.addf %v2057, %v2065 fastmath<contract> : f32
                %v2067 = llvm.load %v185 : !llvm.ptr -> f32
                %v2068 = arith.mulf %v2067, %v676 fastmath<contract> : f32
                %v2069 = arith.addf %v2066, %v2068 fastmath<contract> : f32
                %v2070 = llvm.load %v217 : !llvm.ptr -> f32
                %v2071 = arith.mulf %v2070, %v660 fastmath<contract> : f32
                %v2072 = arith.addf %v2071, %v2069 fastmath<contract> : f32
                %v2073 = arith.mulf %v737, %v2067 fastmath<contract> : f32
                %v2074 = arith.mulf %v2070, %v705 fastmath<contract> : f32
                %v2075 = arith.addf %v2074, %v2073 fastmath<contract> : f32
                %v2076 = arith.mulf %v738, %v2067 fastmath<contract> : f32
                %v2077 = arith.mulf %v2070, %v706 fastmath<contract> : f32
                %v2078 = arith.addf %v2077, %v2076 fastmath<contract> : f32
                %v2079 = arith.constant 14 : i64
                %v2080 = arith.muli %v2079, %v3 : i64
                %v2081 = llvm.getelementptr %in_C_im[%v2080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2082 = llvm.load %v2081 : !llvm.ptr -> f32
                %v2083 = arith.mulf %v2082, %v1472 fastmath<contract> : f32
                %v2084 = arith.constant 1 : i64
                %v2085 = arith.muli %v2084, %v743 : i64
                %v2086 = arith.constant 14 : i64
                %v2087 = arith.muli %v2086, %v3 : i64
                %v2088 = arith.addi %v2085, %v2087 : i64
                %v2089 = llvm.getelementptr %in_C_im[%v2088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2090 = llvm.load %v2089 : !llvm.ptr -> f32
                %v2091 = arith.mulf %v2090, %v1478 fastmath<contract> : f32
                %v2092 = arith.addf %v2083, %v2091 fastmath<contract> : f32
                %v2093 = arith.constant 2 : i64
                %v2094 = arith.muli %v2093, %v743 : i64
                %v2095 = arith.constant 14 : i64
                %v2096 = arith.muli %v2095, %v3 : i64
                %v2097 = arith.addi %v2094, %v2096 : i64
                %v2098 = llvm.getelementptr %in_C_im[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
                %v2100 = arith.mulf %v2099, %v1485 fastmath<contract> : f32
                %v2101 = arith.addf %v2092, %v2100 fastmath<contract> : f32
                %v2102 = arith.constant 3 : i64
                %v2103 = arith.muli %v2102, %v743 : i64
                %v2104 = arith.constant 14 : i64
                %v2105 = arith.muli %v2104, %v3 : i64
                %v2106 = arith.addi %v2103, %v2105 : i64
                %v2107 = llvm.getelementptr %in_C_im[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2108 = llvm.load %v2107 : !llvm.ptr -> f32
                %v2109 = arith.mulf %v2108, %v1492 fastmath<contract> : f32
                %v2110 = arith.addf %v2101, %v2109 fastmath<contract> : f32
                %v2111 = llvm.load %v186 : !llvm.ptr -> f32
                %v2112 = arith.mulf %v2111, %v677 fastmath<contract> : f32
                %v2113 = arith.addf %v2110, %v2112 fastmath<contract> : f32
                %v2114 = llvm.load %v218 : !llvm.ptr -> f32
                %v2115 = arith.mulf %v2114, %v661 fastmath<contract> : f32
                %v2116 = arith.addf %v2115, %v2113 fastmath<contract> : f32
                %v2117 = arith.mulf %v739, %v2111 fastmath<contract> : f32
                %v2118 = arith.mulf %v2114, %v707 fastmath<contract> : f32
                %v2119 = arith.addf %v2118, %v2117 fastmath<contract> : f32
                %v2120 = arith.mulf %v740, %v2111 fastmath<contract> : f32
                %v2121 = arith.mulf %v2114, %v708 fastmath<contract> : f32
                %v2122 = arith.addf %v2121, %v2120 fastmath<contract> : f32
                %v2123 = arith.constant 15 : i64
                %v2124 = arith.muli %v2123, %v3 : i64
                %v2125 = llvm.getelementptr %in_C_im[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2126 = llvm.load %v2125 : !llvm.ptr -> f32
                %v2127 = arith.mulf %v2126, %v1472 fastmath<contract> : f32
                %v2128 = arith.constant 1 : i64
                %v2129 = arith.muli %v2128, %v743 : i64
                %v2130 = arith.constant 15 : i64
                %v2131 = arith.muli %v2130, %v3 : i64
                %v2132 = arith.addi %v2129, %v2131 : i64
                %v2133 = llvm.getelementptr %in_C_im[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
                %v2135 = arith.mulf %v2134, %v1478 fastmath<contract> : f32
                %v2136 = arith.addf %v2127, %v2135 fastmath<contract> : f32
                %v2137 = arith.constant 2 : i64
                %v2138 = arith.muli %v2137, %v743 : i64
                %v2139 = arith.constant 15 : i64
                %v2140 = arith.muli %v2139, %v3 : i64
                %v2141 = arith.addi %v2138, %v2140 : i64
                %v2142 = llvm.getelementptr %in_C_im[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
                %v2144 = arith.mulf %v2143, %v1485 fastmath<contract> : f32
                %v2145 = arith.addf %v2136, %v2144 fastmath<contract> : f32
                %v2146 = arith.constant 3 : i64
                %v2147 = arith.muli %v2146, %v743 : i64
                %v2148 = arith.constant 15 : i64
                %v2149 = arith.muli %v2148, %v3 : i64
                %v2150 = arith.addi %v2147, %v2149 : i64
                %v2151 = llvm.getelementptr %in_C_im[%v2150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2152 = llvm.load %v2151 : !llvm.ptr -> f32
                %v2153 = arith.mulf %v2152, %v1492 fastmath<contract> : f32
                %v2154 = arith.addf %v2145, %v2153 fastmath<contract> : f32
                %v2155 = llvm.load %v187 : !llvm.ptr -> f32
                %v2156 = arith.mulf %v2155, %v678 fastmath<contract> : f32
                %v2157 = arith.addf %v2154, %v2156 fastmath<contract> : f32
                %v2158 = llvm.load %v219 : !llvm.ptr -> f32
                %v2159 = arith.mulf %v2158, %v662 fastmath<contract> : f32
                %v2160 = arith.addf %v2159, %v2157 fastmath<contract> : f32
                %v2161 = arith.mulf %v741, %v2155 fastmath<contract> : f32
                %v2162 = arith.mulf %v2158, %v709 fastmath<contract> : f32
                %v2163 = arith.addf %v2162, %v2161 fastmath<contract> : f32
                %v2164 = arith.mulf %v742, %v2155 fastmath<contract> : f32
                %v2165 = arith.mulf %v2158, %v710 fastmath<contract> : f32
                %v2166 = arith.addf %v2165, %v2164 fastmath<contract> : f32
                llvm.store %v802, %v124 : f32, !llvm.ptr
                llvm.store %v805, %v530 : f32, !llvm.ptr
                llvm.store %v808, %v531 : f32, !llvm.ptr
                llvm.store %v846, %v125 : f32, !llvm.ptr
                llvm.store %v849, %v532 : f32, !llvm.ptr
                llvm.store %v852, %v533 : f32, !llvm.ptr
                llvm.store %v890, %v126 : f32, !llvm.ptr
                llvm.store %v893, %v534 : f32, !llvm.ptr
                llvm.store %v896, %v535 : f32, !llvm.ptr
                llvm.store %v934, %v127 : f32, !llvm.ptr
                llvm.store %v937, %v536 : f32, !llvm.ptr
                llvm.store %v940, %v537 : f32, !llvm.ptr
                llvm.store %v978, %v128 : f32, !llvm.ptr
                llvm.store %v981, %v538 : f32, !llvm.ptr
                llvm.store %v984, %v539 : f32, !llvm.ptr
                llvm.store %v1022, %v129 : f32, !llvm.ptr
                llvm.store %v1025, %v540 : f32, !llvm.ptr
                llvm.store %v1028, %v541 : f32, !llvm.ptr
                llvm.store %v1066, %v130 : f32, !llvm.ptr
                llvm.store %v1069, %v542 : f32, !llvm.ptr
                llvm.store %v1072, %v543 : f32, !llvm.ptr
                llvm.store %v1110, %v131 : f32, !llvm.ptr
                llvm.store %v1113, %v544 : f32, !llvm.ptr
                llvm.store %v1116, %v545 : f32, !llvm.ptr
                llvm.store %v1154, %v132 : f32, !llvm.ptr
                llvm.store %v1157, %v546 : f32, !llvm.ptr
                llvm.store %v1160, %v547 : f32, !llvm.ptr
                llvm.store %v1198, %v133 : f32, !llvm.ptr
                llvm.store %v1201, %v548 : f32, !llvm.ptr
                llvm.store %v1204, %v549 : f32, !llvm.ptr
                llvm.store %v1242, %v134 : f32, !llvm.ptr
                llvm.store %v1245, %v550 : f32, !llvm.ptr
                llvm.store %v1248, %v551 : f32, !llvm.ptr
                llvm.store %v1286, %v135 : f32, !llvm.ptr
                llvm.store %v1289, %v552 : f32, !llvm.ptr
                llvm.store %v1292, %v553 : f32, !llvm.ptr
                llvm.store %v1330, %v136 : f32, !llvm.ptr
                llvm.store %v1333, %v554 : f32, !llvm.ptr
                llvm.store %v1336, %v555 : f32, !llvm.ptr
                llvm.store %v1374, %v137 : f32, !llvm.ptr
                llvm.store %v1377, %v556 : f32, !llvm.ptr
                llvm.store %v1380, %v557 : f32, !llvm.ptr
                llvm.store %v1418, %v138 : f32, !llvm.ptr
                llvm.store %v1421, %v558 : f32, !llvm.ptr
                llvm.store %v1424, %v559 : f32, !llvm.ptr
                llvm.store %v1462, %v139 : f32, !llvm.ptr
                llvm.store %v1465, %v560 : f32, !llvm.ptr
                llvm.store %v1468, %v561 : f32, !llvm.ptr
                llvm.store %v1500, %v140 : f32, !llvm.ptr
                llvm.store %v1503, %v562 : f32, !llvm.ptr
                llvm.store %v1506, %v563 : f32, !llvm.ptr
                llvm.store %v1544, %v141 : f32, !llvm.ptr
                llvm.store %v1547, %v564 : f32, !llvm.ptr
                llvm.store %v1550, %v565 : f32, !llvm.ptr
                llvm.store %v1588, %v142 : f32, !llvm.ptr
                llvm.store %v1591, %v566 : f32, !llvm.ptr
                llvm.store %v1594, %v567 : f32, !llvm.ptr
                llvm.store %v1632, %v143 : f32, !llvm.ptr
                llvm.store %v1635, %v568 : f32, !llvm.ptr
                llvm.store %v1638, %v569 : f32, !llvm.ptr
                llvm.store %v1676, %v144 : f32, !llvm.ptr
                llvm.store %v1679, %v570 : f32, !llvm.ptr
                llvm.store %v1682, %v571 : f32, !llvm.ptr
                llvm.store %v1720, %v145 : f32, !llvm.ptr
                llvm.store %v1723, %v572 : f32, !llvm.ptr
                llvm.store %v1726, %v573 : f32, !llvm.ptr
                llvm.store %v1764, %v146 : f32, !llvm.ptr
                llvm.store %v1767, %v574 : f32, !llvm.ptr
                llvm.store %v1770, %v575 : f32, !llvm.ptr
                llvm.store %v1808, %v147 : f32, !llvm.ptr
                llvm.store %v1811, %v576 : f32, !llvm.ptr
                llvm.store %v1814, %v577 : f32, !llvm.ptr
                llvm.store %v1852, %v148 : f32, !llvm.ptr
                llvm.store %v1855, %v578 : f32, !llvm.ptr
                llvm.store %v1858, %v579 : f32, !llvm.ptr
                llvm.store %v1896, %v149 : f32, !llvm.ptr
                llvm.store %v1899, %v580 : f32, !llvm.ptr
                llvm.store %v1902, %v581 : f32, !llvm.ptr
                llvm.store %v1940, %v150 : f32, !llvm.ptr
                llvm.store %v1943, %v582 : f32, !llvm.ptr
                llvm.store %v1946, %v583 : f32, !llvm.ptr
                llvm.store %v1984, %v151 : f32, !llvm.ptr
                llvm.store %v1987, %v584 : f32, !llvm.ptr
                llvm.store %v1990, %v585 : f32, !llvm.ptr
                llvm.store %v2028, %v152 : f32, !llvm.ptr
                llvm.store %v2031, %v586 : f32, !llvm.ptr
                llvm.store %v2034, %v587 : f32, !llvm.ptr
                llvm.store %v2072, %v153 : f32, !llvm.ptr
                llvm.store %v2075, %v588 : f32, !llvm.ptr
                llvm.store %v2078, %v589 : f32, !llvm.ptr
                llvm.store %v2116, %v154 : f32, !llvm.ptr
                llvm.store %v2119, %v590 : f32, !llvm.ptr
                llvm.store %v2122, %v591 : f32, !llvm.ptr
                llvm.store %v2160, %v155 : f32, !llvm.ptr
                llvm.store %v2163, %v592 : f32, !llvm.ptr
                llvm.store %v2166, %v593 : f32, !llvm.ptr
                scf.if %v645 {
                }
                %v2167 = arith.constant 0 : i64
                %v2168 = llvm.getelementptr %in_lam_re[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
                %v2170 = arith.constant 0 : i64
                %v2171 = llvm.getelementptr %in_log_dt[%v2170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
                %v2174 = arith.mulf %v2172, %v2173 fastmath<contract> : f32
                %v2175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2174) : (f32) -> f32
                %v2176 = arith.mulf %v2169, %v2175 fastmath<contract> : f32
                %v2177 = arith.mulf %v2176, %v2173 fastmath<contract> : f32
                %v2178 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2177) : (f32) -> f32
                %v2179 = arith.constant 0 : i64
                %v2180 = llvm.getelementptr %in_lam_im[%v2179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2181 = llvm.load %v2180 : !llvm.ptr -> f32
                %v2182 = arith.mulf %v2181, %v2175 fastmath<contract> : f32
                %v2184 = arith.mulf %v2182, %v2183 fastmath<contract> : f32
                %v2185 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2184) : (f32) -> f32
                %v2188 = arith.mulf %v2185, %v2186 fastmath<contract> : f32
                %v2189 = arith.subf %v2182, %v2188 fastmath<contract> : f32
                %v2190 = arith.mulf %v2185, %v2187 fastmath<contract> : f32
                %v2191 = arith.subf %v2189, %v2190 fastmath<contract> : f32
                %v2192 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2191) : (f32) -> f32
                %v2193 = arith.mulf %v2178, %v2192 fastmath<contract> : f32
                llvm.store %v2193, %v156 : f32, !llvm.ptr
                %v2194 = arith.mulf %v2182, %v2183 fastmath<contract> : f32
                %v2195 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2194) : (f32) -> f32
                %v2196 = arith.mulf %v2195, %v2186 fastmath<contract> : f32
                %v2197 = arith.subf %v2182, %v2196 fastmath<contract> : f32
                %v2198 = arith.mulf %v2195, %v2187 fastmath<contract> : f32
                %v2199 = arith.subf %v2197, %v2198 fastmath<contract> : f32
                %v2200 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2199) : (f32) -> f32
                %v2201 = arith.mulf %v2178, %v2200 fastmath<contract> : f32
                llvm.store %v2201, %v188 : f32, !llvm.ptr
                %v2202 = arith.constant 1 : i64
                %v2203 = arith.muli %v2202, %v3 : i64
                %v2204 = llvm.getelementptr %in_lam_re[%v2203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2205 = llvm.load %v2204 : !llvm.ptr -> f32
                %v2206 = arith.constant 1 : i64
                %v2207 = arith.muli %v2206, %v3 : i64
                %v2208 = llvm.getelementptr %in_log_dt[%v2207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2209 = llvm.load %v2208 : !llvm.ptr -> f32
                %v2210 = arith.mulf %v2209, %v2173 fastmath<contract> : f32
                %v2211 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2210) : (f32) -> f32
                %v2212 = arith.mulf %v2205, %v2211 fastmath<contract> : f32
                %v2213 = arith.mulf %v2212, %v2173 fastmath<contract> : f32
                %v2214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2213) : (f32) -> f32
                %v2215 = arith.constant 1 : i64
                %v2216 = arith.muli %v2215, %v3 : i64
                %v2217 = llvm.getelementptr %in_lam_im[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
                %v2219 = arith.mulf %v2218, %v2211 fastmath<contract> : f32
                %v2220 = arith.mulf %v2219, %v2183 fastmath<contract> : f32
                %v2221 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2220) : (f32) -> f32
                %v2222 = arith.mulf %v2221, %v2186 fastmath<contract> : f32
                %v2223 = arith.subf %v2219, %v2222 fastmath<contract> : f32
                %v2224 = arith.mulf %v2221, %v2187 fastmath<contract> : f32
                %v2225 = arith.subf %v2223, %v2224 fastmath<contract> : f32
                %v2226 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2225) : (f32) -> f32
                %v2227 = arith.mulf %v2214, %v2226 fastmath<contract> : f32
                llvm.store %v2227, %v157 : f32, !llvm.ptr
                %v2228 = arith.mulf %v2219, %v2183 fastmath<contract> : f32
                %v2229 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2228) : (f32) -> f32
                %v2230 = arith.mulf %v2229, %v2186 fastmath<contract> : f32
                %v2231 = arith.subf %v2219, %v2230 fastmath<contract> : f32
                %v2232 = arith.mulf %v2229, %v2187 fastmath<contract> : f32
                %v2233 = arith.subf %v2231, %v2232 fastmath<contract> : f32
                %v2234 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2233) : (f32) -> f32
                %v2235 = arith.mulf %v2214, %v2234 fastmath<contract> : f32
                llvm.store %v2235, %v189 : f32, !llvm.ptr
                %v2236 = arith.constant 2 : i64
                %v2237 = arith.muli %v2236, %v3 : i64
                %v2238 = llvm.getelementptr %in_lam_re[%v2237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2239 = llvm.load %v2238 : !llvm.ptr -> f32
                %v2240 = arith.constant 2 : i64
                %v2241 = arith.muli %v2240, %v3 : i64
                %v2242 = llvm.getelementptr %in_log_dt[%v2241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2243 = llvm.load %v2242 : !llvm.ptr -> f32
                %v2244 = arith.mulf %v2243, %v2173 fastmath<contract> : f32
                %v2245 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2244) : (f32) -> f32
                %v2246 = arith.mulf %v2239, %v2245 fastmath<contract> : f32
                %v2247 = arith.mulf %v2246, %v2173 fastmath<contract> : f32
                %v2248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2247) : (f32) -> f32
                %v2249 = arith.constant 2 : i64
                %v2250 = arith.muli %v2249, %v3 : i64
                %v2251 = llvm.getelementptr %in_lam_im[%v2250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2252 = llvm.load %v2251 : !llvm.ptr -> f32
                %v2253 = arith.mulf %v2252, %v2245 fastmath<contract> : f32
                %v2254 = arith.mulf %v2253, %v2183 fastmath<contract> : f32
                %v2255 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2254) : (f32) -> f32
                %v2256 = arith.mulf %v2255, %v2186 fastmath<contract> : f32
                %v2257 = arith.subf %v2253, %v2256 fastmath<contract> : f32
                %v2258 = arith.mulf %v2255, %v2187 fastmath<contract> : f32
                %v2259 = arith.subf %v2257, %v2258 fastmath<contract> : f32
                %v2260 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2259) : (f32) -> f32
                %v2261 = arith.mulf %v2248, %v2260 fastmath<contract> : f32
                llvm.store %v2261, %v158 : f32, !llvm.ptr
                %v2262 = arith.mulf %v2253, %v2183 fastmath<contract> : f32
                %v2263 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2262) : (f32) -> f32
                %v2264 = arith.mulf %v2263, %v2186 fastmath<contract> : f32
                %v2265 = arith.subf %v2253, %v2264 fastmath<contract> : f32
                %v2266 = arith.mulf %v2263, %v2187 fastmath<contract> : f32
                %v2267 = arith.subf %v2265, %v2266 fastmath<contract> : f32
                %v2268 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2267) : (f32) -> f32
                %v2269 = arith.mulf %v2248, %v2268 fastmath<contract> : f32
                llvm.store %v2269, %v190 : f32, !llvm.ptr
                %v2270 = arith.constant 3 : i64
                %v2271 = arith.muli %v2270, %v3 : i64
                %v2272 = llvm.getelementptr %in_lam_re[%v2271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2273 = llvm.load %v2272 : !llvm.ptr -> f32
                %v2274 = arith.constant 3 : i64
                %v2275 = arith.muli %v2274, %v3 : i64
                %v2276 = llvm.getelementptr %in_log_dt[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
                %v2278 = arith.mulf %v2277, %v2173 fastmath<contract> : f32
                %v2279 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2278) : (f32) -> f32
                %v2280 = arith.mulf %v2273, %v2279 fastmath<contract> : f32
                %v2281 = arith.mulf %v2280, %v2173 fastmath<contract> : f32
                %v2282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2281) : (f32) -> f32
                %v2283 = arith.constant 3 : i64
                %v2284 = arith.muli %v2283, %v3 : i64
                %v2285 = llvm.getelementptr %in_lam_im[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2286 = llvm.load %v2285 : !llvm.ptr -> f32
                %v2287 = arith.mulf %v2286, %v2279 fastmath<contract> : f32
                %v2288 = arith.mulf %v2287, %v2183 fastmath<contract> : f32
                %v2289 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2288) : (f32) -> f32
                %v2290 = arith.mulf %v2289, %v2186 fastmath<contract> : f32
                %v2291 = arith.subf %v2287, %v2290 fastmath<contract> : f32
                %v2292 = arith.mulf %v2289, %v2187 fastmath<contract> : f32
                %v2293 = arith.subf %v2291, %v2292 fastmath<contract> : f32
                %v2294 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2293) : (f32) -> f32
                %v2295 = arith.mulf %v2282, %v2294 fastmath<contract> : f32
                llvm.store %v2295, %v159 : f32, !llvm.ptr
                %v2296 = arith.mulf %v2287, %v2183 fastmath<contract> : f32
                %v2297 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2296) : (f32) -> f32
                %v2298 = arith.mulf %v2297, %v2186 fastmath<contract> : f32
                %v2299 = arith.subf %v2287, %v2298 fastmath<contract> : f32
                %v2300 = arith.mulf %v2297, %v2187 fastmath<contract> : f32
                %v2301 = arith.subf %v2299, %v2300 fastmath<contract> : f32
                %v2302 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2301) : (f32) -> f32
                %v2303 = arith.mulf %v2282, %v2302 fastmath<contract> : f32
                llvm.store %v2303, %v191 : f32, !llvm.ptr
                %v2304 = arith.constant 4 : i64
                %v2305 = arith.muli %v2304, %v3 : i64
                %v2306 = llvm.getelementptr %in_lam_re[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2307 = llvm.load %v2306 : !llvm.ptr -> f32
                %v2308 = arith.constant 4 : i64
                %v2309 = arith.muli %v2308, %v3 : i64
                %v2310 = llvm.getelementptr %in_log_dt[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2311 = llvm.load %v2310 : !llvm.ptr -> f32
                %v2312 = arith.mulf %v2311, %v2173 fastmath<contract> : f32
                %v2313 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2312) : (f32) -> f32
                %v2314 = arith.mulf %v2307, %v2313 fastmath<contract> : f32
                %v2315 = arith.mulf %v2314, %v2173 fastmath<contract> : f32
                %v2316 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2315) : (f32) -> f32
                %v2317 = arith.constant 4 : i64
                %v2318 = arith.muli %v2317, %v3 : i64
                %v2319 = llvm.getelementptr %in_lam_im[%v2318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
                %v2321 = arith.mulf %v2320, %v2313 fastmath<contract> : f32
                %v2322 = arith.mulf %v2321, %v2183 fastmath<contract> : f32
                %v2323 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2322) : (f32) -> f32
                %v2324 = arith.mulf %v2323, %v2186 fastmath<contract> : f32
                %v2325 = arith.subf %v2321, %v2324 fastmath<contract> : f32
                %v2326 = arith.mulf %v2323, %v2187 fastmath<contract> : f32
                %v2327 = arith.subf %v2325, %v2326 fastmath<contract> : f32
                %v2328 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2327) : (f32) -> f32
                %v2329 = arith.mulf %v2316, %v2328 fastmath<contract> : f32
                llvm.store %v2329, %v160 : f32, !llvm.ptr
                %v2330 = arith.mulf %v2321, %v2183 fastmath<contract> : f32
                %v2331 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2330) : (f32) -> f32
                %v2332 = arith.mulf %v2331, %v2186 fastmath<contract> : f32
                %v2333 = arith.subf %v2321, %v2332 fastmath<contract> : f32
                %v2334 = arith.mulf %v2331, %v2187 fastmath<contract> : f32
                %v2335 = arith.subf %v2333, %v2334 fastmath<contract> : f32
                %v2336 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2335) : (f32) -> f32
                %v2337 = arith.mulf %v2316, %v2336 fastmath<contract> : f32
                llvm.store %v2337, %v192 : f32, !llvm.ptr
                %v2338 = arith.constant 5 : i64
                %v2339 = arith.muli %v2338, %v3 : i64
                %v2340 = llvm.getelementptr %in_lam_re[%v2339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2341 = llvm.load %v2340 : !llvm.ptr -> f32
                %v2342 = arith.constant 5 : i64
                %v2343 = arith.muli %v2342, %v3 : i64
                %v2344 = llvm.getelementptr %in_log_dt[%v2343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2345 = llvm.load %v2344 : !llvm.ptr -> f32
                %v2346 = arith.mulf %v2345, %v2173 fastmath<contract> : f32
                %v2347 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2346) : (f32) -> f32
                %v2348 = arith.mulf %v2341, %v2347 fastmath<contract> : f32
                %v2349 = arith.mulf %v2348, %v2173 fastmath<contract> : f32
                %v2350 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2349) : (f32) -> f32
                %v2351 = arith.constant 5 : i64
                %v2352 = arith.muli %v2351, %v3 : i64
                %v2353 = llvm.getelementptr %in_lam_im[%v2352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2354 = llvm.load %v2353 : !llvm.ptr -> f32
                %v2355 = arith.mulf %v2354, %v2347 fastmath<contract> : f32
                %v2356 = arith.mulf %v2355, %v2183 fastmath<contract> : f32
                %v2357 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2356) : (f32) -> f32
                %v2358 = arith.mulf %v2357, %v2186 fastmath<contract> : f32
                %v2359 = arith.subf %v2355, %v2358 fastmath<contract> : f32
                %v2360 = arith.mulf %v2357, %v2187 fastmath<contract> : f32
                %v2361 = arith.subf %v2359, %v2360 fastmath<contract> : f32
                %v2362 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2361) : (f32) -> f32
                %v2363 = arith.mulf %v2350, %v2362 fastmath<contract> : f32
                llvm.store %v2363, %v161 : f32, !llvm.ptr
                %v2364 = arith.mulf %v2355, %v2183 fastmath<contract> : f32
                %v2365 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2364) : (f32) -> f32
                %v2366 = arith.mulf %v2365, %v2186 fastmath<contract> : f32
                %v2367 = arith.subf %v2355, %v2366 fastmath<contract> : f32
                %v2368 = arith.mulf %v2365, %v2187 fastmath<contract> : f32
                %v2369 = arith.subf %v2367, %v2368 fastmath<contract> : f32
                %v2370 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2369) : (f32) -> f32
                %v2371 = arith.mulf %v2350, %v2370 fastmath<contract> : f32
                llvm.store %v2371, %v193 : f32, !llvm.ptr
                %v2372 = arith.constant 6 : i64
                %v2373 = arith.muli %v2372, %v3 : i64
                %v2374 = llvm.getelementptr %in_lam_re[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2375 = llvm.load %v2374 : !llvm.ptr -> f32
                %v2376 = arith.constant 6 : i64
                %v2377 = arith.muli %v2376, %v3 : i64
                %v2378 = llvm.getelementptr %in_log_dt[%v2377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2379 = llvm.load %v2378 : !llvm.ptr -> f32
                %v2380 = arith.mulf %v2379, %v2173 fastmath<contract> : f32
                %v2381 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2380) : (f32) -> f32
                %v2382 = arith.mulf %v2375, %v2381 fastmath<contract> : f32
                %v2383 = arith.mulf %v2382, %v2173 fastmath<contract> : f32
                %v2384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2383) : (f32) -> f32
                %v2385 = arith.constant 6 : i64
                %v2386 = arith.muli %v2385, %v3 : i64
                %v2387 = llvm.getelementptr %in_lam_im[%v2386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2388 = llvm.load %v2387 : !llvm.ptr -> f32
                %v2389 = arith.mulf %v2388, %v2381 fastmath<contract> : f32
                %v2390 = arith.mulf %v2389, %v2183 fastmath<contract> : f32
                %v2391 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2390) : (f32) -> f32
                %v2392 = arith.mulf %v2391, %v2186 fastmath<contract> : f32
                %v2393 = arith.subf %v2389, %v2392 fastmath<contract> : f32
                %v2394 = arith.mulf %v2391, %v2187 fastmath<contract> : f32
                %v2395 = arith.subf %v2393, %v2394 fastmath<contract> : f32
                %v2396 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2395) : (f32) -> f32
                %v2397 = arith.mulf %v2384, %v2396 fastmath<contract> : f32
                llvm.store %v2397, %v162 : f32, !llvm.ptr
                %v2398 = arith.mulf %v2389, %v2183 fastmath<contract> : f32
                %v2399 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2398) : (f32) -> f32
                %v2400 = arith.mulf %v2399, %v2186 fastmath<contract> : f32
                %v2401 = arith.subf %v2389, %v2400 fastmath<contract> : f32
                %v2402 = arith.mulf %v2399, %v2187 fastmath<contract> : f32
                %v2403 = arith.subf %v2401, %v2402 fastmath<contract> : f32
                %v2404 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2403) : (f32) -> f32
                %v2405 = arith.mulf %v2384, %v2404 fastmath<contract> : f32
                llvm.store %v2405, %v194 : f32, !llvm.ptr
                %v2406 = arith.constant 7 : i64
                %v2407 = arith.muli %v2406, %v3 : i64
                %v2408 = llvm.getelementptr %in_lam_re[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2409 = llvm.load %v2408 : !llvm.ptr -> f32
                %v2410 = arith.constant 7 : i64
                %v2411 = arith.muli %v2410, %v3 : i64
                %v2412 = llvm.getelementptr %in_log_dt[%v2411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2413 = llvm.load %v2412 : !llvm.ptr -> f32
                %v2414 = arith.mulf %v2413, %v2173 fastmath<contract> : f32
                %v2415 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2414) : (f32) -> f32
                %v2416 = arith.mulf %v2409, %v2415 fastmath<contract> : f32
                %v2417 = arith.mulf %v2416, %v2173 fastmath<contract> : f32
                %v2418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2417) : (f32) -> f32
                %v2419 = arith.constant 7 : i64
                %v2420 = arith.muli %v2419, %v3 : i64
                %v2421 = llvm.getelementptr %in_lam_im[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2422 = llvm.load %v2421 : !llvm.ptr -> f32
                %v2423 = arith.mulf %v2422, %v2415 fastmath<contract> : f32
                %v2424 = arith.mulf %v2423, %v2183 fastmath<contract> : f32
                %v2425 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2424) : (f32) -> f32
                %v2426 = arith.mulf %v2425, %v2186 fastmath<contract> : f32
                %v2427 = arith.subf %v2423, %v2426 fastmath<contract> : f32
                %v2428 = arith.mulf %v2425, %v2187 fastmath<contract> : f32
                %v2429 = arith.subf %v2427, %v2428 fastmath<contract> : f32
                %v2430 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2429) : (f32) -> f32
                %v2431 = arith.mulf %v2418, %v2430 fastmath<contract> : f32
                llvm.store %v2431, %v163 : f32, !llvm.ptr
                %v2432 = arith.mulf %v2423, %v2183 fastmath<contract> : f32
                %v2433 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2432) : (f32) -> f32
                %v2434 = arith.mulf %v2433, %v2186 fastmath<contract> : f32
                %v2435 = arith.subf %v2423, %v2434 fastmath<contract> : f32
                %v2436 = arith.mulf %v2433, %v2187 fastmath<contract> : f32
                %v2437 = arith.subf %v2435, %v2436 fastmath<contract> : f32
                %v2438 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2437) : (f32) -> f32
                %v2439 = arith.mulf %v2418, %v2438 fastmath<contract> : f32
                llvm.store %v2439, %v195 : f32, !llvm.ptr
                %v2440 = arith.constant 8 : i64
                %v2441 = arith.muli %v2440, %v3 : i64
                %v2442 = llvm.getelementptr %in_lam_re[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2443 = llvm.load %v2442 : !llvm.ptr -> f32
                %v2444 = arith.constant 8 : i64
                %v2445 = arith.muli %v2444, %v3 : i64
                %v2446 = llvm.getelementptr %in_log_dt[%v2445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2447 = llvm.load %v2446 : !llvm.ptr -> f32
                %v2448 = arith.mulf %v2447, %v2173 fastmath<contract> : f32
                %v2449 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2448) : (f32) -> f32
                %v2450 = arith.mulf %v2443, %v2449 fastmath<contract> : f32
                %v2451 = arith.mulf %v2450, %v2173 fastmath<contract> : f32
                %v2452 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2451) : (f32) -> f32
                %v2453 = arith.constant 8 : i64
                %v2454 = arith.muli %v2453, %v3 : i64
                %v2455 = llvm.getelementptr %in_lam_im[%v2454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2456 = llvm.load %v2455 : !llvm.ptr -> f32
                %v2457 = arith.mulf %v2456, %v2449 fastmath<contract> : f32
                %v2458 = arith.mulf %v2457, %v2183 fastmath<contract> : f32
                %v2459 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2458) : (f32) -> f32
                %v2460 = arith.mulf %v2459, %v2186 fastmath<contract> : f32
                %v2461 = arith.subf %v2457, %v2460 fastmath<contract> : f32
                %v2462 = arith.mulf %v2459, %v2187 fastmath<contract> : f32
                %v2463 = arith.subf %v2461, %v2462 fastmath<contract> : f32
                %v2464 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2463) : (f32) -> f32
                %v2465 = arith.mulf %v2452, %v2464 fastmath<contract> : f32
                llvm.store %v2465, %v164 : f32, !llvm.ptr
                %v2466 = arith.mulf %v2457, %v2183 fastmath<contract> : f32
                %v2467 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2466) : (f32) -> f32
                %v2468 = arith.mulf %v2467, %v2186 fastmath<contract> : f32
                %v2469 = arith.subf %v2457, %v2468 fastmath<contract> : f32
                %v2470 = arith.mulf %v2467, %v2187 fastmath<contract> : f32
                %v2471 = arith.subf %v2469, %v2470 fastmath<contract> : f32
                %v2472 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2471) : (f32) -> f32
                %v2473 = arith.mulf %v2452, %v2472 fastmath<contract> : f32
                llvm.store %v2473, %v196 : f32, !llvm.ptr
                %v2474 = arith.constant 9 : i64
                %v2475 = arith.muli %v2474, %v3 : i64
                %v2476 = llvm.getelementptr %in_lam_re[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
                %v2478 = arith.constant 9 : i64
                %v2479 = arith.muli %v2478, %v3 : i64
                %v2480 = llvm.getelementptr %in_log_dt[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2481 = llvm.load %v2480 : !llvm.ptr -> f32
                %v2482 = arith.mulf %v2481, %v2173 fastmath<contract> : f32
                %v2483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2482) : (f32) -> f32
                %v2484 = arith.mulf %v2477, %v2483 fastmath<contract> : f32
                %v2485 = arith.mulf %v2484, %v2173 fastmath<contract> : f32
                %v2486 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2485) : (f32) -> f32
                %v2487 = arith.constant 9 : i64
                %v2488 = arith.muli %v2487, %v3 : i64
                %v2489 = llvm.getelementptr %in_lam_im[%v2488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2490 = llvm.load %v2489 : !llvm.ptr -> f32
                %v2491 = arith.mulf %v2490, %v2483 fastmath<contract> : f32
                %v2492 = arith.mulf %v2491, %v2183 fastmath<contract> : f32
                %v2493 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2492) : (f32) -> f32
                %v2494 = arith.mulf %v2493, %v2186 fastmath<contract> : f32
                %v2495 = arith.subf %v2491, %v2494 fastmath<contract> : f32
                %v2496 = arith.mulf %v2493, %v2187 fastmath<contract> : f32
                %v2497 = arith.subf %v2495, %v2496 fastmath<contract> : f32
                %v2498 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2497) : (f32) -> f32
                %v2499 = arith.mulf %v2486, %v2498 fastmath<contract> : f32
                llvm.store %v2499, %v165 : f32, !llvm.ptr
                %v2500 = arith.mulf %v2491, %v2183 fastmath<contract> : f32
                %v2501 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2500) : (f32) -> f32
                %v2502 = arith.mulf %v2501, %v2186 fastmath<contract> : f32
                %v2503 = arith.subf %v2491, %v2502 fastmath<contract> : f32
                %v2504 = arith.mulf %v2501, %v2187 fastmath<contract> : f32
                %v2505 = arith.subf %v2503, %v2504 fastmath<contract> : f32
                %v2506 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2505) : (f32) -> f32
                %v2507 = arith.mulf %v2486, %v2506 fastmath<contract> : f32
                llvm.store %v2507, %v197 : f32, !llvm.ptr
                %v2508 = arith.constant 10 : i64
                %v2509 = arith.muli %v2508, %v3 : i64
                %v2510 = llvm.getelementptr %in_lam_re[%v2509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
                %v2512 = arith.constant 10 : i64
                %v2513 = arith.muli %v2512, %v3 : i64
                %v2514 = llvm.getelementptr %in_log_dt[%v2513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2515 = llvm.load %v2514 : !llvm.ptr -> f32
                %v2516 = arith.mulf %v2515, %v2173 fastmath<contract> : f32
                %v2517 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2516) : (f32) -> f32
                %v2518 = arith.mulf %v2511, %v2517 fastmath<contract> : f32
                %v2519 = arith.mulf %v2518, %v2173 fastmath<contract> : f32
                %v2520 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2519) : (f32) -> f32
                %v2521 = arith.constant 10 : i64
                %v2522 = arith.muli %v2521, %v3 : i64
                %v2523 = llvm.getelementptr %in_lam_im[%v2522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2524 = llvm.load %v2523 : !llvm.ptr -> f32
                %v2525 = arith.mulf %v2524, %v2517 fastmath<contract> : f32
                %v2526 = arith.mulf %v2525, %v2183 fastmath<contract> : f32
                %v2527 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2526) : (f32) -> f32
                %v2528 = arith.mulf %v2527, %v2186 fastmath<contract> : f32
                %v2529 = arith.subf %v2525, %v2528 fastmath<contract> : f32
                %v2530 = arith.mulf %v2527, %v2187 fastmath<contract> : f32
                %v2531 = arith.subf %v2529, %v2530 fastmath<contract> : f32
                %v2532 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2531) : (f32) -> f32
                %v2533 = arith.mulf %v2520, %v2532 fastmath<contract> : f32
                llvm.store %v2533, %v166 : f32, !llvm.ptr
                %v2534 = arith.mulf %v2525, %v2183 fastmath<contract> : f32
                %v2535 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2534) : (f32) -> f32
                %v2536 = arith.mulf %v2535, %v2186 fastmath<contract> : f32
                %v2537 = arith.subf %v2525, %v2536 fastmath<contract> : f32
                %v2538 = arith.mulf %v2535, %v2187 fastmath<contract> : f32
                %v2539 = arith.subf %v2537, %v2538 fastmath<contract> : f32
                %v2540 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2539) : (f32) -> f32
                %v2541 = arith.mulf %v2520, %v2540 fastmath<contract> : f32
                llvm.store %v2541, %v198 : f32, !llvm.ptr
                %v2542 = arith.constant 11 : i64
                %v2543 = arith.muli %v2542, %v3 : i64
                %v2544 = llvm.getelementptr %in_lam_re[%v2543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
                %v2546 = arith.constant 11 : i64
                %v2547 = arith.muli %v2546, %v3 : i64
                %v2548 = llvm.getelementptr %in_log_dt[%v2547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2549 = llvm.load %v2548 : !llvm.ptr -> f32
                %v2550 = arith.mulf %v2549, %v2173 fastmath<contract> : f32
                %v2551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2550) : (f32) -> f32
                %v2552 = arith.mulf %v2545, %v2551 fastmath<contract> : f32
                %v2553 = arith.mulf %v2552, %v2173 fastmath<contract> : f32
                %v2554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2553) : (f32) -> f32
                %v2555 = arith.constant 11 : i64
                %v2556 = arith.muli %v2555, %v3 : i64
                %v2557 = llvm.getelementptr %in_lam_im[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2558 = llvm.load %v2557 : !llvm.ptr -> f32
                %v2559 = arith.mulf %v2558, %v2551 fastmath<contract> : f32
                %v2560 = arith.mulf %v2559, %v2183 fastmath<contract> : f32
                %v2561 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2560) : (f32) -> f32
                %v2562 = arith.mulf %v2561, %v2186 fastmath<contract> : f32
                %v2563 = arith.subf %v2559, %v2562 fastmath<contract> : f32
                %v2564 = arith.mulf %v2561, %v2187 fastmath<contract> : f32
                %v2565 = arith.subf %v2563, %v2564 fastmath<contract> : f32
                %v2566 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2565) : (f32) -> f32
                %v2567 = arith.mulf %v2554, %v2566 fastmath<contract> : f32
                llvm.store %v2567, %v167 : f32, !llvm.ptr
                %v2568 = arith.mulf %v2559, %v2183 fastmath<contract> : f32
                %v2569 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2568) : (f32) -> f32
                %v2570 = arith.mulf %v2569, %v2186 fastmath<contract> : f32
                %v2571 = arith.subf %v2559, %v2570 fastmath<contract> : f32
                %v2572 = arith.mulf %v2569, %v2187 fastmath<contract> : f32
                %v2573 = arith.subf %v2571, %v2572 fastmath<contract> : f32
                %v2574 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2573) : (f32) -> f32
                %v2575 = arith.mulf %v2554, %v2574 fastmath<contract> : f32
                llvm.store %v2575, %v199 : f32, !llvm.ptr
                %v2576 = arith.constant 12 : i64
                %v2577 = arith.muli %v2576, %v3 : i64
                %v2578 = llvm.getelementptr %in_lam_re[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2579 = llvm.load %v2578 : !llvm.ptr -> f32
                %v2580 = arith.constant 12 : i64
                %v2581 = arith.muli %v2580, %v3 : i64
                %v2582 = llvm.getelementptr %in_log_dt[%v2581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2583 = llvm.load %v2582 : !llvm.ptr -> f32
                %v2584 = arith.mulf %v2583, %v2173 fastmath<contract> : f32
                %v2585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2584) : (f32) -> f32
                %v2586 = arith.mulf %v2579, %v2585 fastmath<contract> : f32
                %v2587 = arith.mulf %v2586, %v2173 fastmath<contract> : f32
                %v2588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2587) : (f32) -> f32
                %v2589 = arith.constant 12 : i64
                %v2590 = arith.muli %v2589, %v3 : i64
                %v2591 = llvm.getelementptr %in_lam_im[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2592 = llvm.load %v2591 : !llvm.ptr -> f32
                %v2593 = arith.mulf %v2592, %v2585 fastmath<contract> : f32
                %v2594 = arith.mulf %v2593, %v2183 fastmath<contract> : f32
                %v2595 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2594) : (f32) -> f32
                %v2596 = arith.mulf %v2595, %v2186 fastmath<contract> : f32
                %v2597 = arith.subf %v2593, %v2596 fastmath<contract> : f32
                %v2598 = arith.mulf %v2595, %v2187 fastmath<contract> : f32
                %v2599 = arith.subf %v2597, %v2598 fastmath<contract> : f32
                %v2600 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2599) : (f32) -> f32
                %v2601 = arith.mulf %v2588, %v2600 fastmath<contract> : f32
                llvm.store %v2601, %v168 : f32, !llvm.ptr
                %v2602 = arith.mulf %v2593, %v2183 fastmath<contract> : f32
                %v2603 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2602) : (f32) -> f32
                %v2604 = arith.mulf %v2603, %v2186 fastmath<contract> : f32
                %v2605 = arith.subf %v2593, %v2604 fastmath<contract> : f32
                %v2606 = arith.mulf %v2603, %v2187 fastmath<contract> : f32
                %v2607 = arith.subf %v2605, %v2606 fastmath<contract> : f32
                %v2608 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2607) : (f32) -> f32
                %v2609 = arith.mulf %v2588, %v2608 fastmath<contract> : f32
                llvm.store %v2609, %v200 : f32, !llvm.ptr
                %v2610 = arith.constant 13 : i64
                %v2611 = arith.muli %v2610, %v3 : i64
                %v2612 = llvm.getelementptr %in_lam_re[%v2611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2613 = llvm.load %v2612 : !llvm.ptr -> f32
                %v2614 = arith.constant 13 : i64
                %v2615 = arith.muli %v2614, %v3 : i64
                %v2616 = llvm.getelementptr %in_log_dt[%v2615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2617 = llvm.load %v2616 : !llvm.ptr -> f32
                %v2618 = arith.mulf %v2617, %v2173 fastmath<contract> : f32
                %v2619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2618) : (f32) -> f32
                %v2620 = arith.mulf %v2613, %v2619 fastmath<contract> : f32
                %v2621 = arith.mulf %v2620, %v2173 fastmath<contract> : f32
                %v2622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2621) : (f32) -> f32
                %v2623 = arith.constant 13 : i64
                %v2624 = arith.muli %v2623, %v3 : i64
                %v2625 = llvm.getelementptr %in_lam_im[%v2624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2626 = llvm.load %v2625 : !llvm.ptr -> f32
                %v2627 = arith.mulf %v2626, %v2619 fastmath<contract> : f32
                %v2628 = arith.mulf %v2627, %v2183 fastmath<contract> : f32
                %v2629 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2628) : (f32) -> f32
                %v2630 = arith.mulf %v2629, %v2186 fastmath<contract> : f32
                %v2631 = arith.subf %v2627, %v2630 fastmath<contract> : f32
                %v2632 = arith.mulf %v2629, %v2187 fastmath<contract> : f32
                %v2633 = arith.subf %v2631, %v2632 fastmath<contract> : f32
                %v2634 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2633) : (f32) -> f32
                %v2635 = arith.mulf %v2622, %v2634 fastmath<contract> : f32
                llvm.store %v2635, %v169 : f32, !llvm.ptr
                %v2636 = arith.mulf %v2627, %v2183 fastmath<contract> : f32
                %v2637 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2636) : (f32) -> f32
                %v2638 = arith.mulf %v2637, %v2186 fastmath<contract> : f32
                %v2639 = arith.subf %v2627, %v2638 fastmath<contract> : f32
                %v2640 = arith.mulf %v2637, %v2187 fastmath<contract> : f32
                %v2641 = arith.subf %v2639, %v2640 fastmath<contract> : f32
                %v2642 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2641) : (f32) -> f32
                %v2643 = arith.mulf %v2622, %v2642 fastmath<contract> : f32
                llvm.store %v2643, %v201 : f32, !llvm.ptr
                %v2644 = arith.constant 14 : i64
                %v2645 = arith.muli %v2644, %v3 : i64
                %v2646 = llvm.getelementptr %in_lam_re[%v2645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2647 = llvm.load %v2646 : !llvm.ptr -> f32
                %v2648 = arith.constant 14 : i64
                %v2649 = arith.muli %v2648, %v3 : i64
                %v2650 = llvm.getelementptr %in_log_dt[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
                %v2652 = arith.mulf %v2651, %v2173 fastmath<contract> : f32
                %v2653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2652) : (f32) -> f32
                %v2654 = arith.mulf %v2647, %v2653 fastmath<contract> : f32
                %v2655 = arith.mulf %v2654, %v2173 fastmath<contract> : f32
                %v2656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2655) : (f32) -> f32
                %v2657 = arith.constant 14 : i64
                %v2658 = arith.muli %v2657, %v3 : i64
                %v2659 = llvm.getelementptr %in_lam_im[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2660 = llvm.load %v2659 : !llvm.ptr -> f32
                %v2661 = arith.mulf %v2660, %v2653 fastmath<contract> : f32
                %v2662 = arith.mulf %v2661, %v2183 fastmath<contract> : f32
                %v2663 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2662) : (f32) -> f32
                %v2664 = arith.mulf %v2663, %v2186 fastmath<contract> : f32
                %v2665 = arith.subf %v2661, %v2664 fastmath<contract> : f32
                %v2666 = arith.mulf %v2663, %v2187 fastmath<contract> : f32
                %v2667 = arith.subf %v2665, %v2666 fastmath<contract> : f32
                %v2668 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2667) : (f32) -> f32
                %v2669 = arith.mulf %v2656, %v2668 fastmath<contract> : f32
                llvm.store %v2669, %v170 : f32, !llvm.ptr
                %v2670 = arith.mulf %v2661, %v2183 fastmath<contract> : f32
                %v2671 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2670) : (f32) -> f32
                %v2672 = arith.mulf %v2671, %v2186 fastmath<contract> : f32
                %v2673 = arith.subf %v2661, %v2672 fastmath<contract> : f32
                %v2674 = arith.mulf %v2671, %v2187 fastmath<contract> : f32
                %v2675 = arith.subf %v2673, %v2674 fastmath<contract> : f32
                %v2676 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2675) : (f32) -> f32
                %v2677 = arith.mulf %v2656, %v2676 fastmath<contract> : f32
                llvm.store %v2677, %v202 : f32, !llvm.ptr
                %v2678 = arith.constant 15 : i64
                %v2679 = arith.muli %v2678, %v3 : i64
                %v2680 = llvm.getelementptr %in_lam_re[%v2679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2681 = llvm.load %v2680 : !llvm.ptr -> f32
                %v2682 = arith.constant 15 : i64
                %v2683 = arith.muli %v2682, %v3 : i64
                %v2684 = llvm.getelementptr %in_log_dt[%v2683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2685 = llvm.load %v2684 : !llvm.ptr -> f32
                %v2686 = arith.mulf %v2685, %v2173 fastmath<contract> : f32
                %v2687 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2686) : (f32) -> f32
                %v2688 = arith.mulf %v2681, %v2687 fastmath<contract> : f32
                %v2689 = arith.mulf %v2688, %v2173 fastmath<contract> : f32
                %v2690 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2689) : (f32) -> f32
                %v2691 = arith.constant 15 : i64
                %v2692 = arith.muli %v2691, %v3 : i64
                %v2693 = llvm.getelementptr %in_lam_im[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2694 = llvm.load %v2693 : !llvm.ptr -> f32
                %v2695 = arith.mulf %v2694, %v2687 fastmath<contract> : f32
                %v2696 = arith.mulf %v2695, %v2183 fastmath<contract> : f32
                %v2697 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2696) : (f32) -> f32
                %v2698 = arith.mulf %v2697, %v2186 fastmath<contract> : f32
                %v2699 = arith.subf %v2695, %v2698 fastmath<contract> : f32
                %v2700 = arith.mulf %v2697, %v2187 fastmath<contract> : f32
                %v2701 = arith.subf %v2699, %v2700 fastmath<contract> : f32
                %v2702 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2701) : (f32) -> f32
                %v2703 = arith.mulf %v2690, %v2702 fastmath<contract> : f32
                llvm.store %v2703, %v171 : f32, !llvm.ptr
                %v2704 = arith.mulf %v2695, %v2183 fastmath<contract> : f32
                %v2705 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2704) : (f32) -> f32
                %v2706 = arith.mulf %v2705, %v2186 fastmath<contract> : f32
                %v2707 = arith.subf %v2695, %v2706 fastmath<contract> : f32
                %v2708 = arith.mulf %v2705, %v2187 fastmath<contract> : f32
                %v2709 = arith.subf %v2707, %v2708 fastmath<contract> : f32
                %v2710 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2709) : (f32) -> f32
                %v2711 = arith.mulf %v2690, %v2710 fastmath<contract> : f32
                llvm.store %v2711, %v203 : f32, !llvm.ptr
                llvm.store %v2193, %v172 : f32, !llvm.ptr
                %v2712 = arith.negf %v2201 : f32
                llvm.store %v2712, %v204 : f32, !llvm.ptr
                llvm.store %v2227, %v173 : f32, !llvm.ptr
                %v2713 = arith.negf %v2235 : f32
                llvm.store %v2713, %v205 : f32, !llvm.ptr
                llvm.store %v2261, %v174 : f32, !llvm.ptr
                %v2714 = arith.negf %v2269 : f32
                llvm.store %v2714, %v206 : f32, !llvm.ptr
                llvm.store %v2295, %v175 : f32, !llvm.ptr
                %v2715 = arith.negf %v2303 : f32
                llvm.store %v2715, %v207 : f32, !llvm.ptr
                llvm.store %v2329, %v176 : f32, !llvm.ptr
                %v2716 = arith.negf %v2337 : f32
                llvm.store %v2716, %v208 : f32, !llvm.ptr
                llvm.store %v2363, %v177 : f32, !llvm.ptr
                %v2717 = arith.negf %v2371 : f32
                llvm.store %v2717, %v209 : f32, !llvm.ptr
                llvm.store %v2397, %v178 : f32, !llvm.ptr
                %v2718 = arith.negf %v2405 : f32
                llvm.store %v2718, %v210 : f32, !llvm.ptr
                llvm.store %v2431, %v179 : f32, !llvm.ptr
                %v2719 = arith.negf %v2439 : f32
                llvm.store %v2719, %v211 : f32, !llvm.ptr
                llvm.store %v2465, %v180 : f32, !llvm.ptr
                %v2720 = arith.negf %v2473 : f32
                llvm.store %v2720, %v212 : f32, !llvm.ptr
                llvm.store %v2499, %v181 : f32, !llvm.ptr
                %v2721 = arith.negf %v2507 : f32
                llvm.store %v2721, %v213 : f32, !llvm.ptr
                llvm.store %v2533, %v182 : f32, !llvm.ptr
                %v2722 = arith.negf %v2541 : f32
                llvm.store %v2722, %v214 : f32, !llvm.ptr
                llvm.store %v2567, %v183 : f32, !llvm.ptr
                %v2723 = arith.negf %v2575 : f32
                llvm.store %v2723, %v215 : f32, !llvm.ptr
                llvm.store %v2601, %v184 : f32, !llvm.ptr
                %v2724 = arith.negf %v2609 : f32
                llvm.store %v2724, %v216 : f32, !llvm.ptr
                llvm.store %v2635, %v185 : f32, !llvm.ptr
                %v2725 = arith.negf %v2643 : f32
                llvm.store %v2725, %v217 : f32, !llvm.ptr
                llvm.store %v2669, %v186 : f32, !llvm.ptr
                %v2726 = arith.negf %v2677 : f32
                llvm.store %v2726, %v218 : f32, !llvm.ptr
                llvm.store %v2703, %v187 : f32, !llvm.ptr
                %v2727 = arith.negf %v2711 : f32
                llvm.store %v2727, %v219 : f32, !llvm.ptr
              } else {
                %v2728 = arith.subi %v613, %v3 : i64
                // the group's states, recomputed into registers
                %v2729 = arith.subi %v613, %v629 : i64
                %v2730 = arith.trunci %v2729 : i64 to i32
                %v2731 = arith.subi %size_L, %v3 : i64
                %v2732 = arith.addi %v611, %v629 : i64
                %v2733 = arith.subi %v2731, %v2732 : i64
                %v2734 = arith.minsi %v2733, %v639 : i64
                %v2735 = arith.trunci %v2734 : i64 to i32
                %v2736 = arith.addi %v629, %v594 : i64
                %v2737 = arith.cmpi slt, %v643, %v2730 : i32
                %v2738 = arith.cmpi eq, %v643, %v2735 : i32
                scf.if %v2737 {
                  %v2739 = arith.addi %v611, %v2736 : i64
                  %v2740 = llvm.load %v124 : !llvm.ptr -> f32
                  %v2741 = llvm.load %v125 : !llvm.ptr -> f32
                  %v2742 = llvm.load %v126 : !llvm.ptr -> f32
                  %v2743 = llvm.load %v127 : !llvm.ptr -> f32
                  %v2744 = llvm.load %v128 : !llvm.ptr -> f32
                  %v2745 = llvm.load %v129 : !llvm.ptr -> f32
                  %v2746 = llvm.load %v130 : !llvm.ptr -> f32
                  %v2747 = llvm.load %v131 : !llvm.ptr -> f32
                  %v2748 = llvm.load %v132 : !llvm.ptr -> f32
                  %v2749 = llvm.load %v133 : !llvm.ptr -> f32
                  %v2750 = llvm.load %v134 : !llvm.ptr -> f32
                  %v2751 = llvm.load %v135 : !llvm.ptr -> f32
                  %v2752 = llvm.load %v136 : !llvm.ptr -> f32
                  %v2753 = llvm.load %v137 : !llvm.ptr -> f32
                  %v2754 = llvm.load %v138 : !llvm.ptr -> f32
                  %v2755 = llvm.load %v139 : !llvm.ptr -> f32
                  %v2756 = llvm.load %v140 : !llvm.ptr -> f32
                  %v2757 = llvm.load %v141 : !llvm.ptr -> f32
                  %v2758 = llvm.load %v142 : !llvm.ptr -> f32
                  %v2759 = llvm.load %v143 : !llvm.ptr -> f32
                  %v2760 = llvm.load %v144 : !llvm.ptr -> f32
                  %v2761 = llvm.load %v145 : !llvm.ptr -> f32
                  %v2762 = llvm.load %v146 : !llvm.ptr -> f32
                  %v2763 = llvm.load %v147 : !llvm.ptr -> f32
                  %v2764 = llvm.load %v148 : !llvm.ptr -> f32
                  %v2765 = llvm.load %v149 : !llvm.ptr -> f32
                  %v2766 = llvm.load %v150 : !llvm.ptr -> f32
                  %v2767 = llvm.load %v151 : !llvm.ptr -> f32
                  %v2768 = llvm.load %v152 : !llvm.ptr -> f32
                  %v2769 = llvm.load %v153 : !llvm.ptr -> f32
                  %v2770 = llvm.load %v154 : !llvm.ptr -> f32
                  %v2771 = llvm.load %v155 : !llvm.ptr -> f32
                  %v2772 = llvm.load %v530 : !llvm.ptr -> f32
                  %v2773 = llvm.load %v531 : !llvm.ptr -> f32
                  %v2774 = llvm.load %v532 : !llvm.ptr -> f32
                  %v2775 = llvm.load %v533 : !llvm.ptr -> f32
                  %v2776 = llvm.load %v534 : !llvm.ptr -> f32
                  %v2777 = llvm.load %v535 : !llvm.ptr -> f32
                  %v2778 = llvm.load %v536 : !llvm.ptr -> f32
                  %v2779 = llvm.load %v537 : !llvm.ptr -> f32
                  %v2780 = llvm.load %v538 : !llvm.ptr -> f32
                  %v2781 = llvm.load %v539 : !llvm.ptr -> f32
                  %v2782 = llvm.load %v540 : !llvm.ptr -> f32
                  %v2783 = llvm.load %v541 : !llvm.ptr -> f32
                  %v2784 = llvm.load %v542 : !llvm.ptr -> f32
                  %v2785 = llvm.load %v543 : !llvm.ptr -> f32
                  %v2786 = llvm.load %v544 : !llvm.ptr -> f32
                  %v2787 = llvm.load %v545 : !llvm.ptr -> f32
                  %v2788 = llvm.load %v546 : !llvm.ptr -> f32
                  %v2789 = llvm.load %v547 : !llvm.ptr -> f32
                  %v2790 = llvm.load %v548 : !llvm.ptr -> f32
                  %v2791 = llvm.load %v549 : !llvm.ptr -> f32
                  %v2792 = llvm.load %v550 : !llvm.ptr -> f32
                  %v2793 = llvm.load %v551 : !llvm.ptr -> f32
                  %v2794 = llvm.load %v552 : !llvm.ptr -> f32
                  %v2795 = llvm.load %v553 : !llvm.ptr -> f32
                  %v2796 = llvm.load %v554 : !llvm.ptr -> f32
                  %v2797 = llvm.load %v555 : !llvm.ptr -> f32
                  %v2798 = llvm.load %v556 : !llvm.ptr -> f32
                  %v2799 = llvm.load %v557 : !llvm.ptr -> f32
                  %v2800 = llvm.load %v558 : !llvm.ptr -> f32
                  %v2801 = llvm.load %v559 : !llvm.ptr -> f32
                  %v2802 = llvm.load %v560 : !llvm.ptr -> f32
                  %v2803 = llvm.load %v561 : !llvm.ptr -> f32
                  %v2804 = llvm.load %v562 : !llvm.ptr -> f32
                  %v2805 = llvm.load %v563 : !llvm.ptr -> f32
                  %v2806 = llvm.load %v564 : !llvm.ptr -> f32
                  %v2807 = llvm.load %v565 : !llvm.ptr -> f32
                  %v2808 = llvm.load %v566 : !llvm.ptr -> f32
                  %v2809 = llvm.load %v567 : !llvm.ptr -> f32
                  %v2810 = llvm.load %v568 : !llvm.ptr -> f32
                  %v2811 = llvm.load %v569 : !llvm.ptr -> f32
                  %v2812 = llvm.load %v570 : !llvm.ptr -> f32
                  %v2813 = llvm.load %v571 : !llvm.ptr -> f32
                  %v2814 = llvm.load %v572 : !llvm.ptr -> f32
                  %v2815 = llvm.load %v573 : !llvm.ptr -> f32
                  %v2816 = llvm.load %v574 : !llvm.ptr -> f32
                  %v2817 = llvm.load %v575 : !llvm.ptr -> f32
                  %v2818 = llvm.load %v576 : !llvm.ptr -> f32
                  %v2819 = llvm.load %v577 : !llvm.ptr -> f32
                  %v2820 = llvm.load %v578 : !llvm.ptr -> f32
                  %v2821 = llvm.load %v579 : !llvm.ptr -> f32
                  %v2822 = llvm.load %v580 : !llvm.ptr -> f32
                  %v2823 = llvm.load %v581 : !llvm.ptr -> f32
                  %v2824 = llvm.load %v582 : !llvm.ptr -> f32
                  %v2825 = llvm.load %v583 : !llvm.ptr -> f32
                  %v2826 = llvm.load %v584 : !llvm.ptr -> f32
                  %v2827 = llvm.load %v585 : !llvm.ptr -> f32
                  %v2828 = llvm.load %v586 : !llvm.ptr -> f32
                  %v2829 = llvm.load %v587 : !llvm.ptr -> f32
                  %v2830 = llvm.load %v588 : !llvm.ptr -> f32
                  %v2831 = llvm.load %v589 : !llvm.ptr -> f32
                  %v2832 = llvm.load %v590 : !llvm.ptr -> f32
                  %v2833 = llvm.load %v591 : !llvm.ptr -> f32
                  %v2834 = llvm.load %v592 : !llvm.ptr -> f32
                  %v2835 = llvm.load %v593 : !llvm.ptr -> f32
                  %v2836 = arith.constant 0 : i64
                  %v2837 = llvm.getelementptr %in_C_re[%v2836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2838 = llvm.load %v2837 : !llvm.ptr -> f32
                  %v2839 = arith.muli %v119, %v748 : i64
                  %v2840 = arith.muli %v2739, %v747 : i64
                  %v2841 = arith.addi %v2839, %v2840 : i64
                  %v2842 = llvm.getelementptr %dy_y[%v2841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2843 = llvm.load %v2842 : !llvm.ptr -> f32
                  %v2844 = arith.mulf %v2838, %v2843 fastmath<contract> : f32
                  %v2845 = arith.constant 1 : i64
                  %v2846 = arith.muli %v2845, %v743 : i64
                  %v2847 = llvm.getelementptr %in_C_re[%v2846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2848 = llvm.load %v2847 : !llvm.ptr -> f32
                  %v2849 = arith.muli %v119, %v748 : i64
                  %v2850 = arith.muli %v2739, %v747 : i64
                  %v2851 = arith.addi %v2849, %v2850 : i64
                  %v2852 = arith.constant 1 : i64
                  %v2853 = arith.muli %v2852, %v3 : i64
                  %v2854 = arith.addi %v2851, %v2853 : i64
                  %v2855 = llvm.getelementptr %dy_y[%v2854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2856 = llvm.load %v2855 : !llvm.ptr -> f32
                  %v2857 = arith.mulf %v2848, %v2856 fastmath<contract> : f32
                  %v2858 = arith.addf %v2844, %v2857 fastmath<contract> : f32
                  %v2859 = arith.constant 2 : i64
                  %v2860 = arith.muli %v2859, %v743 : i64
                  %v2861 = llvm.getelementptr %in_C_re[%v2860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2862 = llvm.load %v2861 : !llvm.ptr -> f32
                  %v2863 = arith.muli %v119, %v748 : i64
                  %v2864 = arith.muli %v2739, %v747 : i64
                  %v2865 = arith.addi %v2863, %v2864 : i64
                  %v2866 = arith.constant 2 : i64
                  %v2867 = arith.muli %v2866, %v3 : i64
                  %v2868 = arith.addi %v2865, %v2867 : i64
                  %v2869 = llvm.getelementptr %dy_y[%v2868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2870 = llvm.load %v2869 : !llvm.ptr -> f32
                  %v2871 = arith.mulf %v2862, %v2870 fastmath<contract> : f32
                  %v2872 = arith.addf %v2858, %v2871 fastmath<contract> : f32
                  %v2873 = arith.constant 3 : i64
                  %v2874 = arith.muli %v2873, %v743 : i64
                  %v2875 = llvm.getelementptr %in_C_re[%v2874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2876 = llvm.load %v2875 : !llvm.ptr -> f32
                  %v2877 = arith.muli %v119, %v748 : i64
                  %v2878 = arith.muli %v2739, %v747 : i64
                  %v2879 = arith.addi %v2877, %v2878 : i64
                  %v2880 = arith.constant 3 : i64
                  %v2881 = arith.muli %v2880, %v3 : i64
                  %v2882 = arith.addi %v2879, %v2881 : i64
                  %v2883 = llvm.getelementptr %dy_y[%v2882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2884 = llvm.load %v2883 : !llvm.ptr -> f32
                  %v2885 = arith.mulf %v2876, %v2884 fastmath<contract> : f32
                  %v2886 = arith.addf %v2872, %v2885 fastmath<contract> : f32
                  %v2887 = llvm.load %v156 : !llvm.ptr -> f32
                  %v2888 = arith.mulf %v2887, %v2740 fastmath<contract> : f32
                  %v2889 = arith.addf %v2886, %v2888 fastmath<contract> : f32
                  %v2890 = llvm.load %v188 : !llvm.ptr -> f32
                  %v2891 = arith.mulf %v2890, %v2756 fastmath<contract> : f32
                  %v2892 = arith.addf %v2891, %v2889 fastmath<contract> : f32
                  %v2893 = arith.mulf %v2772, %v2887 fastmath<contract> : f32
                  %v2894 = arith.mulf %v2890, %v2804 fastmath<contract> : f32
                  %v2895 = arith.addf %v2894, %v2893 fastmath<contract> : f32
                  %v2896 = arith.mulf %v2773, %v2887 fastmath<contract> : f32
                  %v2897 = arith.mulf %v2890, %v2805 fastmath<contract> : f32
                  %v2898 = arith.addf %v2897, %v2896 fastmath<contract> : f32
                  %v2899 = arith.constant 1 : i64
                  %v2900 = arith.muli %v2899, %v3 : i64
                  %v2901 = llvm.getelementptr %in_C_re[%v2900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2902 = llvm.load %v2901 : !llvm.ptr -> f32
                  %v2903 = arith.mulf %v2902, %v2843 fastmath<contract> : f32
                  %v2904 = arith.constant 1 : i64
                  %v2905 = arith.muli %v2904, %v743 : i64
                  %v2906 = arith.constant 1 : i64
                  %v2907 = arith.muli %v2906, %v3 : i64
                  %v2908 = arith.addi %v2905, %v2907 : i64
                  %v2909 = llvm.getelementptr %in_C_re[%v2908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2910 = llvm.load %v2909 : !llvm.ptr -> f32
                  %v2911 = arith.mulf %v2910, %v2856 fastmath<contract> : f32
                  %v2912 = arith.addf %v2903, %v2911 fastmath<contract> : f32
                  %v2913 = arith.constant 2 : i64
                  %v2914 = arith.muli %v2913, %v743 : i64
                  %v2915 = arith.constant 1 : i64
                  %v2916 = arith.muli %v2915, %v3 : i64
                  %v2917 = arith.addi %v2914, %v2916 : i64
                  %v2918 = llvm.getelementptr %in_C_re[%v2917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2919 = llvm.load %v2918 : !llvm.ptr -> f32
                  %v2920 = arith.mulf %v2919, %v2870 fastmath<contract> : f32
                  %v2921 = arith.addf %v2912, %v2920 fastmath<contract> : f32
                  %v2922 = arith.constant 3 : i64
                  %v2923 = arith.muli %v2922, %v743 : i64
                  %v2924 = arith.constant 1 : i64
                  %v2925 = arith.muli %v2924, %v3 : i64
                  %v2926 = arith.addi %v2923, %v2925 : i64
                  %v2927 = llvm.getelementptr %in_C_re[%v2926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2928 = llvm.load %v2927 : !llvm.ptr -> f32
                  %v2929 = arith.mulf %v2928, %v2884 fastmath<contract> : f32
                  %v2930 = arith.addf %v2921, %v2929 fastmath<contract> : f32
                  %v2931 = llvm.load %v157 : !llvm.ptr -> f32
                  %v2932 = arith.mulf %v2931, %v2741 fastmath<contract> : f32
                  %v2933 = arith.addf %v2930, %v2932 fastmath<contract> : f32
                  %v2934 = llvm.load %v189 : !llvm.ptr -> f32
                  %v2935 = arith.mulf %v2934, %v2757 fastmath<contract> : f32
                  %v2936 = arith.addf %v2935, %v2933 fastmath<contract> : f32
                  %v2937 = arith.mulf %v2774, %v2931 fastmath<contract> : f32
                  %v2938 = arith.mulf %v2934, %v2806 fastmath<contract> : f32
                  %v2939 = arith.addf %v2938, %v2937 fastmath<contract> : f32
                  %v2940 = arith.mulf %v2775, %v2931 fastmath<contract> : f32
                  %v2941 = arith.mulf %v2934, %v2807 fastmath<contract> : f32
                  %v2942 = arith.addf %v2941, %v2940 fastmath<contract> : f32
                  %v2943 = arith.constant 2 : i64
                  %v2944 = arith.muli %v2943, %v3 : i64
                  %v2945 = llvm.getelementptr %in_C_re[%v2944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2946 = llvm.load %v2945 : !llvm.ptr -> f32
                  %v2947 = arith.mulf %v2946, %v2843 fastmath<contract> : f32
                  %v2948 = arith.constant 1 : i64
                  %v2949 = arith.muli %v2948, %v743 : i64
                  %v2950 = arith.constant 2 : i64
                  %v2951 = arith.muli %v2950, %v3 : i64
                  %v2952 = arith.addi %v2949, %v2951 : i64
                  %v2953 = llvm.getelementptr %in_C_re[%v2952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2954 = llvm.load %v2953 : !llvm.ptr -> f32
                  %v2955 = arith.mulf %v2954, %v2856 fastmath<contract> : f32
                  %v2956 = arith.addf %v2947, %v2955 fastmath<contract> : f32
                  %v2957 = arith.constant 2 : i64
                  %v2958 = arith.muli %v2957, %v743 : i64
                  %v2959 = arith.constant 2 : i64
                  %v2960 = arith.muli %v2959, %v3 : i64
                  %v2961 = arith.addi %v2958, %v2960 : i64
                  %v2962 = llvm.getelementptr %in_C_re[%v2961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2963 = llvm.load %v2962 : !llvm.ptr -> f32
                  %v2964 = arith.mulf %v2963, %v2870 fastmath<contract> : f32
                  %v2965 = arith.addf %v2956, %v2964 fastmath<contract> : f32
                  %v2966 = arith.constant 3 : i64
                  %v2967 = arith.muli %v2966, %v743 : i64
                  %v2968 = arith.constant 2 : i64
                  %v2969 = arith.muli %v2968, %v3 : i64
                  %v2970 = arith.addi %v2967, %v2969 : i64
                  %v2971 = llvm.getelementptr %in_C_re[%v2970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2972 = llvm.load %v2971 : !llvm.ptr -> f32
                  %v2973 = arith.mulf %v2972, %v2884 fastmath<contract> : f32
                  %v2974 = arith.addf %v2965, %v2973 fastmath<contract> : f32
                  %v2975 = llvm.load %v158 : !llvm.ptr -> f32
                  %v2976 = arith.mulf %v2975, %v2742 fastmath<contract> : f32
                  %v2977 = arith.addf %v2974, %v2976 fastmath<contract> : f32
                  %v2978 = llvm.load %v190 : !llvm.ptr -> f32
                  %v2979 = arith.mulf %v2978, %v2758 fastmath<contract> : f32
                  %v2980 = arith.addf %v2979, %v2977 fastmath<contract> : f32
                  %v2981 = arith.mulf %v2776, %v2975 fastmath<contract> : f32
                  %v2982 = arith.mulf %v2978, %v2808 fastmath<contract> : f32
                  %v2983 = arith.addf %v2982, %v2981 fastmath<contract> : f32
                  %v2984 = arith.mulf %v2777, %v2975 fastmath<contract> : f32
                  %v2985 = arith.mulf %v2978, %v2809 fastmath<contract> : f32
                  %v2986 = arith.addf %v2985, %v2984 fastmath<contract> : f32
                  %v2987 = arith.constant 3 : i64
                  %v2988 = arith.muli %v2987, %v3 : i64
                  %v2989 = llvm.getelementptr %in_C_re[%v2988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2990 = llvm.load %v2989 : !llvm.ptr -> f32
                  %v2991 = arith.mulf %v2990, %v2843 fastmath<contract> : f32
                  %v2992 = arith.constant 1 : i64
                  %v2993 = arith.muli %v2992, %v743 : i64
                  %v2994 = arith.constant 3 : i64
                  %v2995 = arith.muli %v2994, %v3 : i64
                  %v2996 = arith.addi %v2993, %v2995 : i64
                  %v2997 = llvm.getelementptr %in_C_re[%v2996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2998 = llvm.load %v2997 : !llvm.ptr -> f32
                  %v2999 = arith.mulf %v2998, %v2856 fastmath<contract> : f32
                  %v3000 = arith.addf %v2991, %v2999 fastmath<contract> : f32
                  %v3001 = arith.constant 2 : i64
                  %v3002 = arith.muli %v3001, %v743 : i64
                  %v3003 = arith.constant 3 : i64
                  %v3004 = arith.muli %v3003, %v3 : i64
                  %v3005 = arith.addi %v3002, %v3004 : i64
                  %v3006 = llvm.getelementptr %in_C_re[%v3005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3007 = llvm.load %v3006 : !llvm.ptr -> f32
                  %v3008 = arith.mulf %v3007, %v2870 fastmath<contract> : f32
                  %v3009 = arith.addf %v3000, %v3008 fastmath<contract> : f32
                  %v3010 = arith.constant 3 : i64
                  %v3011 = arith.muli %v3010, %v743 : i64
                  %v3012 = arith.constant 3 : i64
                  %v3013 = arith.muli %v3012, %v3 : i64
                  %v3014 = arith.addi %v3011, %v3013 : i64
                  %v3015 = llvm.getelementptr %in_C_re[%v3014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3016 = llvm.load %v3015 : !llvm.ptr -> f32
                  %v3017 = arith.mulf %v3016, %v2884 fastmath<contract> : f32
                  %v3018 = arith.addf %v3009, %v3017 fastmath<contract> : f32
                  %v3019 = llvm.load %v159 : !llvm.ptr -> f32
                  %v3020 = arith.mulf %v3019, %v2743 fastmath<contract> : f32
                  %v3021 = arith.addf %v3018, %v3020 fastmath<contract> : f32
                  %v3022 = llvm.load %v191 : !llvm.ptr -> f32
                  %v3023 = arith.mulf %v3022, %v2759 fastmath<contract> : f32
                  %v3024 = arith.addf %v3023, %v3021 fastmath<contract> : f32
                  %v3025 = arith.mulf %v2778, %v3019 fastmath<contract> : f32
                  %v3026 = arith.mulf %v3022, %v2810 fastmath<contract> : f32
                  %v3027 = arith.addf %v3026, %v3025 fastmath<contract> : f32
                  %v3028 = arith.mulf %v2779, %v3019 fastmath<contract> : f32
                  %v3029 = arith.mulf %v3022, %v2811 fastmath<contract> : f32
                  %v3030 = arith.addf %v3029, %v3028 fastmath<contract> : f32
                  %v3031 = arith.constant 4 : i64
                  %v3032 = arith.muli %v3031, %v3 : i64
                  %v3033 = llvm.getelementptr %in_C_re[%v3032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3034 = llvm.load %v3033 : !llvm.ptr -> f32
                  %v3035 = arith.mulf %v3034, %v2843 fastmath<contract> : f32
                  %v3036 = arith.constant 1 : i64
                  %v3037 = arith.muli %v3036, %v743 : i64
                  %v3038 = arith.constant 4 : i64
                  %v3039 = arith.muli %v3038, %v3 : i64
                  %v3040 = arith.addi %v3037, %v3039 : i64
                  %v3041 = llvm.getelementptr %in_C_re[%v3040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3042 = llvm.load %v3041 : !llvm.ptr -> f32
                  %v3043 = arith.mulf %v3042, %v2856 fastmath<contract> : f32
                  %v3044 = arith.addf %v3035, %v3043 fastmath<contract> : f32
                  %v3045 = arith.constant 2 : i64
                  %v3046 = arith.muli %v3045, %v743 : i64
                  %v3047 = arith.constant 4 : i64
                  %v3048 = arith.muli %v3047, %v3 : i64
                  %v3049 = arith.addi %v3046, %v3048 : i64
                  %v3050 = llvm.getelementptr %in_C_re[%v3049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3051 = llvm.load %v3050 : !llvm.ptr -> f32
                  %v3052 = arith.mulf %v3051, %v2870 fastmath<contract> : f32
                  %v3053 = arith.addf %v3044, %v3052 fastmath<contract> : f32
                  %v3054 = arith.constant 3 : i64
                  %v3055 = arith.muli %v3054, %v743 : i64
                  %v3056 = arith.constant 4 : i64
                  %v3057 = arith.muli %v3056, %v3 : i64
                  %v3058 = arith.addi %v3055, %v3057 : i64
                  %v3059 = llvm.getelementptr %in_C_re[%v3058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3060 = llvm.load %v3059 : !llvm.ptr -> f32
                  %v3061 = arith.mulf %v3060, %v2884 fastmath<contract> : f32
                  %v3062 = arith.addf %v3053, %v3061 fastmath<contract> : f32
                  %v3063 = llvm.load %v160 : !llvm.ptr -> f32
                  %v3064 = arith.mulf %v3063, %v2744 fastmath<contract> : f32
                  %v3065 = arith.addf %v3062, %v3064 fastmath<contract> : f32
                  %v3066 = llvm.load %v192 : !llvm.ptr -> f32
                  %v3067 = arith.mulf %v3066, %v2760 fastmath<contract> : f32
                  %v3068 = arith.addf %v3067, %v3065 fastmath<contract> : f32
                  %v3069 = arith.mulf %v2780, %v3063 fastmath<contract> : f32
                  %v3070 = arith.mulf %v3066, %v2812 fastmath<contract> : f32
                  %v3071 = arith.addf %v3070, %v3069 fastmath<contract> : f32
                  %v3072 = arith.mulf %v2781, %v3063 fastmath<contract> : f32
                  %v3073 = arith.mulf %v3066, %v2813 fastmath<contract> : f32
                  %v3074 = arith.addf %v3073, %v3072 fastmath<contract> : f32
                  %v3075 = arith.constant 5 : i64
                  %v3076 = arith.muli %v3075, %v3 : i64
                  %v3077 = llvm.getelementptr %in_C_re[%v3076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3078 = llvm.load %v3077 : !llvm.ptr -> f32
                  %v3079 = arith.mulf %v3078, %v2843 fastmath<contract> : f32
                  %v3080 = arith.constant 1 : i64
                  %v3081 = arith.muli %v3080, %v743 : i64
                  %v3082 = arith.constant 5 : i64
                  %v3083 = arith.muli %v3082, %v3 : i64
                  %v3084 = arith.addi %v3081, %v3083 : i64
                  %v3085 = llvm.getelementptr %in_C_re[%v3084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3086 = llvm.load %v3085 : !llvm.ptr -> f32
                  %v3087 = arith.mulf %v3086, %v2856 fastmath<contract> : f32
                  %v3088 = arith.addf %v3079, %v3087 fastmath<contract> : f32
                  %v3089 = arith.constant 2 : i64
                  %v3090 = arith.muli %v3089, %v743 : i64
                  %v3091 = arith.constant 5 : i64
                  %v3092 = arith.muli %v3091, %v3 : i64
                  %v3093 = arith.addi %v3090, %v3092 : i64
                  %v3094 = llvm.getelementptr %in_C_re[%v3093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3095 = llvm.load %v3094 : !llvm.ptr -> f32
                  %v3096 = arith.mulf %v3095, %v2870 fastmath<contract> : f32
                  %v3097 = arith.addf %v3088, %v3096 fastmath<contract> : f32
                  %v3098 = arith.constant 3 : i64
                  %v3099 = arith.muli %v3098, %v743 : i64
                  %v3100 = arith.constant 5 : i64
                  %v3101 = arith.muli %v3100, %v3 : i64
                  %v3102 = arith.addi %v3099, %v3101 : i64
                  %v3103 = llvm.getelementptr %in_C_re[%v3102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3104 = llvm.load %v3103 : !llvm.ptr -> f32
                  %v3105 = arith.mulf %v3104, %v2884 fastmath<contract> : f32
                  %v3106 = arith.addf %v3097, %v3105 fastmath<contract> : f32
                  %v3107 = llvm.load %v161 : !llvm.ptr -> f32
                  %v3108 = arith.mulf %v3107, %v2745 fastmath<contract> : f32
                  %v3109 = arith.addf %v3106, %v3108 fastmath<contract> : f32
                  %v3110 = llvm.load %v193 : !llvm.ptr -> f32
                  %v3111 = arith.mulf %v3110, %v2761 fastmath<contract> : f32
                  %v3112 = arith.addf %v3111, %v3109 fastmath<contract> : f32
                  %v3113 = arith.mulf %v2782, %v3107 fastmath<contract> : f32
                  %v3114 = arith.mulf %v3110, %v2814 fastmath<contract> : f32
                  %v3115 = arith.addf %v3114, %v3113 fastmath<contract> : f32
                  %v3116 = arith.mulf %v2783, %v3107 fastmath<contract> : f32
                  %v3117 = arith.mulf %v3110, %v2815 fastmath<contract> : f32
                  %v3118 = arith.addf %v3117, %v3116 fastmath<contract> : f32
                  %v3119 = arith.constant 6 : i64
                  %v3120 = arith.muli %v3119, %v3 : i64
                  %v3121 = llvm.getelementptr %in_C_re[%v3120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3122 = llvm.load %v3121 : !llvm.ptr -> f32
                  %v3123 = arith.mulf %v3122, %v2843 fastmath<contract> : f32
                  %v3124 = arith.constant 1 : i64
                  %v3125 = arith.muli %v3124, %v743 : i64
                  %v3126 = arith.constant 6 : i64
                  %v3127 = arith.muli %v3126, %v3 : i64
                  %v3128 = arith.addi %v3125, %v3127 : i64
                  %v3129 = llvm.getelementptr %in_C_re[%v3128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3130 = llvm.load %v3129 : !llvm.ptr -> f32
                  %v3131 = arith.mulf %v3130, %v2856 fastmath<contract> : f32
                  %v3132 = arith.addf %v3123, %v3131 fastmath<contract> : f32
                  %v3133 = arith.constant 2 : i64
                  %v3134 = arith.muli %v3133, %v743 : i64
                  %v3135 = arith.constant 6 : i64
                  %v3136 = arith.muli %v3135, %v3 : i64
                  %v3137 = arith.addi %v3134, %v3136 : i64
                  %v3138 = llvm.getelementptr %in_C_re[%v3137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3139 = llvm.load %v3138 : !llvm.ptr -> f32
                  %v3140 = arith.mulf %v3139, %v2870 fastmath<contract> : f32
                  %v3141 = arith.addf %v3132, %v3140 fastmath<contract> : f32
                  %v3142 = arith.constant 3 : i64
                  %v3143 = arith.muli %v3142, %v743 : i64
                  %v3144 = arith.constant 6 : i64
                  %v3145 = arith.muli %v3144, %v3 : i64
                  %v3146 = arith.addi %v3143, %v3145 : i64
                  %v3147 = llvm.getelementptr %in_C_re[%v3146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3148 = llvm.load %v3147 : !llvm.ptr -> f32
                  %v3149 = arith.mulf %v3148, %v2884 fastmath<contract> : f32
                  %v3150 = arith.addf %v3141, %v3149 fastmath<contract> : f32
                  %v3151 = llvm.load %v162 : !llvm.ptr -> f32
                  %v3152 = arith.mulf %v3151, %v2746 fastmath<contract> : f32
                  %v3153 = arith.addf %v3150, %v3152 fastmath<contract> : f32
                  %v3154 = llvm.load %v194 : !llvm.ptr -> f32
                  %v3155 = arith.mulf %v3154, %v2762 fastmath<contract> : f32
                  %v3156 = arith.addf %v3155, %v3153 fastmath<contract> : f32
                  %v3157 = arith.mulf %v2784, %v3151 fastmath<contract> : f32
                  %v3158 = arith.mulf %v3154, %v2816 fastmath<contract> : f32
                  %v3159 = arith.addf %v3158, %v3157 fastmath<contract> : f32
                  %v3160 = arith.mulf %v2785, %v3151 fastmath<contract> : f32
                  %v3161 = arith.mulf %v3154, %v2817 fastmath<contract> : f32
                  %v3162 = arith.addf %v3161, %v3160 fastmath<contract> : f32
                  %v3163 = arith.constant 7 : i64
                  %v3164 = arith.muli %v3163, %v3 : i64
                  %v3165 = llvm.getelementptr %in_C_re[%v3164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3166 = llvm.load %v3165 : !llvm.ptr -> f32
                  %v3167 = arith.mulf %v3166, %v2843 fastmath<contract> : f32
                  %v3168 = arith.constant 1 : i64
                  %v3169 = arith.muli %v3168, %v743 : i64
                  %v3170 = arith.constant 7 : i64
                  %v3171 = arith.muli %v3170, %v3 : i64
                  %v3172 = arith.addi %v3169, %v3171 : i64
                  %v3173 = llvm.getelementptr %in_C_re[%v3172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3174 = llvm.load %v3173 : !llvm.ptr -> f32
                  %v3175 = arith.mulf %v3174, %v2856 fastmath<contract> : f32
                  %v3176 = arith.addf %v3167, %v3175 fastmath<contract> : f32
                  %v3177 = arith.constant 2 : i64
                  %v3178 = arith.muli %v3177, %v743 : i64
                  %v3179 = arith.constant 7 : i64
                  %v3180 = arith.muli %v3179, %v3 : i64
                  %v3181 = arith.addi %v3178, %v3180 : i64
                  %v3182 = llvm.getelementptr %in_C_re[%v3181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3183 = llvm.load %v3182 : !llvm.ptr -> f32
                  %v3184 = arith.mulf %v3183, %v2870 fastmath<contract> : f32
                  %v3185 = arith.addf %v3176, %v3184 fastmath<contract> : f32
                  %v3186 = arith.constant 3 : i64
                  %v3187 = arith.muli %v3186, %v743 : i64
                  %v3188 = arith.constant 7 : i64
                  %v3189 = arith.muli %v3188, %v3 : i64
                  %v3190 = arith.addi %v3187, %v3189 : i64
                  %v3191 = llvm.getelementptr %in_C_re[%v3190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3192 = llvm.load %v3191 : !llvm.ptr -> f32
                  %v3193 = arith.mulf %v3192, %v2884 fastmath<contract> : f32
                  %v3194 = arith.addf %v3185, %v3193 fastmath<contract> : f32
                  %v3195 = llvm.load %v163 : !llvm.ptr -> f32
                  %v3196 = arith.mulf %v3195, %v2747 fastmath<contract> : f32
                  %v3197 = arith.addf %v3194, %v3196 fastmath<contract> : f32
                  %v3198 = llvm.load %v195 : !llvm.ptr -> f32
                  %v3199 = arith.mulf %v3198, %v2763 fastmath<contract> : f32
                  %v3200 = arith.addf %v3199, %v3197 fastmath<contract> : f32
                  %v3201 = arith.mulf %v2786, %v3195 fastmath<contract> : f32
                  %v3202 = arith.mulf %v3198, %v2818 fastmath<contract> : f32
                  %v3203 = arith.addf %v3202, %v3201 fastmath<contract> : f32
                  %v3204 = arith.mulf %v2787, %v3195 fastmath<contract> : f32
                  %v3205 = arith.mulf %v3198, %v2819 fastmath<contract> : f32
                  %v3206 = arith.addf %v3205, %v3204 fastmath<contract> : f32
                  %v3207 = arith.constant 8 : i64
                  %v3208 = arith.muli %v3207, %v3 : i64
                  %v3209 = llvm.getelementptr %in_C_re[%v3208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3210 = llvm.load %v3209 : !llvm.ptr -> f32
                  %v3211 = arith.mulf %v3210, %v2843 fastmath<contract> : f32
                  %v3212 = arith.constant 1 : i64
                  %v3213 = arith.muli %v3212, %v743 : i64
                  %v3214 = arith.constant 8 : i64
                  %v3215 = arith.muli %v3214, %v3 : i64
                  %v3216 = arith.addi %v3213, %v3215 : i64
                  %v3217 = llvm.getelementptr %in_C_re[%v3216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3218 = llvm.load %v3217 : !llvm.ptr -> f32
                  %v3219 = arith.mulf %v3218, %v2856 fastmath<contract> : f32
                  %v3220 = arith.addf %v3211, %v3219 fastmath<contract> : f32
                  %v3221 = arith.constant 2 : i64
                  %v3222 = arith.muli %v3221, %v743 : i64
                  %v3223 = arith.constant 8 : i64
                  %v3224 = arith.muli %v3223, %v3 : i64
                  %v3225 = arith.addi %v3222, %v3224 : i64
                  %v3226 = llvm.getelementptr %in_C_re[%v3225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3227 = llvm.load %v3226 : !llvm.ptr -> f32
                  %v3228 = arith.mulf %v3227, %v2870 fastmath<contract> : f32
                  %v3229 = arith.addf %v3220, %v3228 fastmath<contract> : f32
                  %v3230 = arith.constant 3 : i64
                  %v3231 = arith.muli %v3230, %v743 : i64
                  %v3232 = arith.constant 8 : i64
                  %v3233 = arith.muli %v3232, %v3 : i64
                  %v3234 = arith.addi %v3231, %v3233 : i64
                  %v3235 = llvm.getelementptr %in_C_re[%v3234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3236 = llvm.load %v3235 : !llvm.ptr -> f32
                  %v3237 = arith.mulf %v3236, %v2884 fastmath<contract> : f32
                  %v3238 = arith.addf %v3229, %v3237 fastmath<contract> : f32
                  %v3239 = llvm.load %v164 : !llvm.ptr -> f32
                  %v3240 = arith.mulf %v3239, %v2748 fastmath<contract> : f32
                  %v3241 = arith.addf %v3238, %v3240 fastmath<contract> : f32
                  %v3242 = llvm.load %v196 : !llvm.ptr -> f32
                  %v3243 = arith.mulf %v3242, %v2764 fastmath<contract> : f32
                  %v3244 = arith.addf %v3243, %v3241 fastmath<contract> : f32
                  %v3245 = arith.mulf %v2788, %v3239 fastmath<contract> : f32
                  %v3246 = arith.mulf %v3242, %v2820 fastmath<contract> : f32
                  %v3247 = arith.addf %v3246, %v3245 fastmath<contract> : f32
                  %v3248 = arith.mulf %v2789, %v3239 fastmath<contract> : f32
                  %v3249 = arith.mulf %v3242, %v2821 fastmath<contract> : f32
                  %v3250 = arith.addf %v3249, %v3248 fastmath<contract> : f32
                  %v3251 = arith.constant 9 : i64
                  %v3252 = arith.muli %v3251, %v3 : i64
                  %v3253 = llvm.getelementptr %in_C_re[%v3252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3254 = llvm.load %v3253 : !llvm.ptr -> f32
                  %v3255 = arith.mulf %v3254, %v2843 fastmath<contract> : f32
                  %v3256 = arith.constant 1 : i64
                  %v3257 = arith.muli %v3256, %v743 : i64
                  %v3258 = arith.constant 9 : i64
                  %v3259 = arith.muli %v3258, %v3 : i64
                  %v3260 = arith.addi %v3257, %v3259 : i64
                  %v3261 = llvm.getelementptr %in_C_re[%v3260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3262 = llvm.load %v3261 : !llvm.ptr -> f32
                  %v3263 = arith.mulf %v3262, %v2856 fastmath<contract> : f32
                  %v3264 = arith.addf %v3255, %v3263 fastmath<contract> : f32
                  %v3265 = arith.constant 2 : i64
                  %v3266 = arith.muli %v3265, %v743 : i64
                  %v3267 = arith.constant 9 : i64
                  %v3268 = arith.muli %v3267, %v3 : i64
                  %v3269 = arith.addi %v3266, %v3268 : i64
                  %v3270 = llvm.getelementptr %in_C_re[%v3269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3271 = llvm.load %v3270 : !llvm.ptr -> f32
                  %v3272 = arith.mulf %v3271, %v2870 fastmath<contract> : f32
                  %v3273 = arith.addf %v3264, %v3272 fastmath<contract> : f32
                  %v3274 = arith.constant 3 : i64
                  %v3275 = arith.muli %v3274, %v743 : i64
                  %v3276 = arith.constant 9 : i64
                  %v3277 = arith.muli %v3276, %v3 : i64
                  %v3278 = arith.addi %v3275, %v3277 : i64
                  %v3279 = llvm.getelementptr %in_C_re[%v3278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3280 = llvm.load %v3279 : !llvm.ptr -> f32
                  %v3281 = arith.mulf %v3280, %v2884 fastmath<contract> : f32
                  %v3282 = arith.addf %v3273, %v3281 fastmath<contract> : f32
                  %v3283 = llvm.load %v165 : !llvm.ptr -> f32
                  %v3284 = arith.mulf %v3283, %v2749 fastmath<contract> : f32
                  %v3285 = arith.addf %v3282, %v3284 fastmath<contract> : f32
                  %v3286 = llvm.load %v197 : !llvm.ptr -> f32
                  %v3287 = arith.mulf %v3286, %v2765 fastmath<contract> : f32
                  %v3288 = arith.addf %v3287, %v3285 fastmath<contract> : f32
                  %v3289 = arith.mulf %v2790, %v3283 fastmath<contract> : f32
                  %v3290 = arith.mulf %v3286, %v2822 fastmath<contract> : f32
                  %v3291 = arith.addf %v3290, %v3289 fastmath<contract> : f32
                  %v3292 = arith.mulf %v2791, %v3283 fastmath<contract> : f32
                  %v3293 = arith.mulf %v3286, %v2823 fastmath<contract> : f32
                  %v3294 = arith.addf %v3293, %v3292 fastmath<contract> : f32
                  %v3295 = arith.constant 10 : i64
                  %v3296 = arith.muli %v3295, %v3 : i64
                  %v3297 = llvm.getelementptr %in_C_re[%v3296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3298 = llvm.load %v3297 : !llvm.ptr -> f32
                  %v3299 = arith.mulf %v3298, %v2843 fastmath<contract> : f32
                  %v3300 = arith.constant 1 : i64
                  %v3301 = arith.muli %v3300, %v743 : i64
                  %v3302 = arith.constant 10 : i64
                  %v3303 = arith.muli %v3302, %v3 : i64
                  %v3304 = arith.addi %v3301, %v3303 : i64
                  %v3305 = llvm.getelementptr %in_C_re[%v3304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3306 = llvm.load %v3305 : !llvm.ptr -> f32
                  %v3307 = arith.mulf %v3306, %v2856 fastmath<contract> : f32
                  %v3308 = arith.addf %v3299, %v3307 fastmath<contract> : f32
                  %v3309 = arith.constant 2 : i64
                  %v3310 = arith.muli %v3309, %v743 : i64
                  %v3311 = arith.constant 10 : i64
                  %v3312 = arith.muli %v3311, %v3 : i64
                  %v3313 = arith.addi %v3310, %v3312 : i64
                  %v3314 = llvm.getelementptr %in_C_re[%v3313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3315 = llvm.load %v3314 : !llvm.ptr -> f32
                  %v3316 = arith.mulf %v3315, %v2870 fastmath<contract> : f32
                  %v3317 = arith.addf %v3308, %v3316 fastmath<contract> : f32
                  %v3318 = arith.constant 3 : i64
                  %v3319 = arith.muli %v3318, %v743 : i64
                  %v3320 = arith.constant 10 : i64
                  %v3321 = arith.muli %v3320, %v3 : i64
                  %v3322 = arith.addi %v3319, %v3321 : i64
                  %v3323 = llvm.getelementptr %in_C_re[%v3322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3324 = llvm.load %v3323 : !llvm.ptr -> f32
                  %v3325 = arith.mulf %v3324, %v2884 fastmath<contract> : f32
                  %v3326 = arith.addf %v3317, %v3325 fastmath<contract> : f32
                  %v3327 = llvm.load %v166 : !llvm.ptr -> f32
                  %v3328 = arith.mulf %v3327, %v2750 fastmath<contract> : f32
                  %v3329 = arith.addf %v3326, %v3328 fastmath<contract> : f32
                  %v3330 = llvm.load %v198 : !llvm.ptr -> f32
                  %v3331 = arith.mulf %v3330, %v2766 fastmath<contract> : f32
                  %v3332 = arith.addf %v3331, %v3329 fastmath<contract> : f32
                  %v3333 = arith.mulf %v2792, %v3327 fastmath<contract> : f32
                  %v3334 = arith.mulf %v3330, %v2824 fastmath<contract> : f32
                  %v3335 = arith.addf %v3334, %v3333 fastmath<contract> : f32
                  %v3336 = arith.mulf %v2793, %v3327 fastmath<contract> : f32
                  %v3337 = arith.mulf %v3330, %v2825 fastmath<contract> : f32
                  %v3338 = arith.addf %v3337, %v3336 fastmath<contract> : f32
                  %v3339 = arith.constant 11 : i64
                  %v3340 = arith.muli %v3339, %v3 : i64
                  %v3341 = llvm.getelementptr %in_C_re[%v3340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3342 = llvm.load %v3341 : !llvm.ptr -> f32
                  %v3343 = arith.mulf %v3342, %v2843 fastmath<contract> : f32
                  %v3344 = arith.constant 1 : i64
                  %v3345 = arith.muli %v3344, %v743 : i64
                  %v3346 = arith.constant 11 : i64
                  %v3347 = arith.muli %v3346, %v3 : i64
                  %v3348 = arith.addi %v3345, %v3347 : i64
                  %v3349 = llvm.getelementptr %in_C_re[%v3348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3350 = llvm.load %v3349 : !llvm.ptr -> f32
                  %v3351 = arith.mulf %v3350, %v2856 fastmath<contract> : f32
                  %v3352 = arith.addf %v3343, %v3351 fastmath<contract> : f32
                  %v3353 = arith.constant 2 : i64
                  %v3354 = arith.muli %v3353, %v743 : i64
                  %v3355 = arith.constant 11 : i64
                  %v3356 = arith.muli %v3355, %v3 : i64
                  %v3357 = arith.addi %v3354, %v3356 : i64
                  %v3358 = llvm.getelementptr %in_C_re[%v3357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3359 = llvm.load %v3358 : !llvm.ptr -> f32
                  %v3360 = arith.mulf %v3359, %v2870 fastmath<contract> : f32
                  %v3361 = arith.addf %v3352, %v3360 fastmath<contract> : f32
                  %v3362 = arith.constant 3 : i64
                  %v3363 = arith.muli %v3362, %v743 : i64
                  %v3364 = arith.constant 11 : i64
                  %v3365 = arith.muli %v3364, %v3 : i64
                  %v3366 = arith.addi %v3363, %v3365 : i64
                  %v3367 = llvm.getelementptr %in_C_re[%v3366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3368 = llvm.load %v3367 : !llvm.ptr -> f32
                  %v3369 = arith.mulf %v3368, %v2884 fastmath<contract> : f32
                  %v3370 = arith.addf %v3361, %v3369 fastmath<contract> : f32
                  %v3371 = llvm.load %v167 : !llvm.ptr -> f32
                  %v3372 = arith.mulf %v3371, %v2751 fastmath<contract> : f32
                  %v3373 = arith.addf %v3370, %v3372 fastmath<contract> : f32
                  %v3374 = llvm.load %v199 : !llvm.ptr -> f32
                  %v3375 = arith.mulf %v3374, %v2767 fastmath<contract> : f32
                  %v3376 = arith.addf %v3375, %v3373 fastmath<contract> : f32
                  %v3377 = arith.mulf %v2794, %v3371 fastmath<contract> : f32
                  %v3378 = arith.mulf %v3374, %v2826 fastmath<contract> : f32
                  %v3379 = arith.addf %v3378, %v3377 fastmath<contract> : f32
                  %v3380 = arith.mulf %v2795, %v3371 fastmath<contract> : f32
                  %v3381 = arith.mulf %v3374, %v2827 fastmath<contract> : f32
                  %v3382 = arith.addf %v3381, %v3380 fastmath<contract> : f32
                  %v3383 = arith.constant 12 : i64
                  %v3384 = arith.muli %v3383, %v3 : i64
                  %v3385 = llvm.getelementptr %in_C_re[%v3384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3386 = llvm.load %v3385 : !llvm.ptr -> f32
                  %v3387 = arith.mulf %v3386, %v2843 fastmath<contract> : f32
                  %v3388 = arith.constant 1 : i64
                  %v3389 = arith.muli %v3388, %v743 : i64
                  %v3390 = arith.constant 12 : i64
                  %v3391 = arith.muli %v3390, %v3 : i64
                  %v3392 = arith.addi %v3389, %v3391 : i64
                  %v3393 = llvm.getelementptr %in_C_re[%v3392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3394 = llvm.load %v3393 : !llvm.ptr -> f32
                  %v3395 = arith.mulf %v3394, %v2856 fastmath<contract> : f32
                  %v3396 = arith.addf %v3387, %v3395 fastmath<contract> : f32
                  %v3397 = arith.constant 2 : i64
                  %v3398 = arith.muli %v3397, %v743 : i64
                  %v3399 = arith.constant 12 : i64
                  %v3400 = arith.muli %v3399, %v3 : i64
                  %v3401 = arith.addi %v3398, %v3400 : i64
                  %v3402 = llvm.getelementptr %in_C_re[%v3401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3403 = llvm.load %v3402 : !llvm.ptr -> f32
                  %v3404 = arith.mulf %v3403, %v2870 fastmath<contract> : f32
                  %v3405 = arith.addf %v3396, %v3404 fastmath<contract> : f32
                  %v3406 = arith.constant 3 : i64
                  %v3407 = arith.muli %v3406, %v743 : i64
                  %v3408 = arith.constant 12 : i64
                  %v3409 = arith.muli %v3408, %v3 : i64
                  %v3410 = arith.addi %v3407, %v3409 : i64
                  %v3411 = llvm.getelementptr %in_C_re[%v3410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3412 = llvm.load %v3411 : !llvm.ptr -> f32
                  %v3413 = arith.mulf %v3412, %v2884 fastmath<contract> : f32
                  %v3414 = arith.addf %v3405, %v3413 fastmath<contract> : f32
                  %v3415 = llvm.load %v168 : !llvm.ptr -> f32
                  %v3416 = arith.mulf %v3415, %v2752 fastmath<contract> : f32
                  %v3417 = arith.addf %v3414, %v3416 fastmath<contract> : f32
                  %v3418 = llvm.load %v200 : !llvm.ptr -> f32
                  %v3419 = arith.mulf %v3418, %v2768 fastmath<contract> : f32
                  %v3420 = arith.addf %v3419, %v3417 fastmath<contract> : f32
                  %v3421 = arith.mulf %v2796, %v3415 fastmath<contract> : f32
                  %v3422 = arith.mulf %v3418, %v2828 fastmath<contract> : f32
                  %v3423 = arith.addf %v3422, %v3421 fastmath<contract> : f32
                  %v3424 = arith.mulf %v2797, %v3415 fastmath<contract> : f32
                  %v3425 = arith.mulf %v3418, %v2829 fastmath<contract> : f32
                  %v3426 = arith.addf %v3425, %v3424 fastmath<contract> : f32
                  %v3427 = arith.constant 13 : i64
                  %v3428 = arith.muli %v3427, %v3 : i64
                  %v3429 = llvm.getelementptr %in_C_re[%v3428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3430 = llvm.load %v3429 : !llvm.ptr -> f32
                  %v3431 = arith.mulf %v3430, %v2843 fastmath<contract> : f32
                  %v3432 = arith.constant 1 : i64
                  %v3433 = arith.muli %v3432, %v743 : i64
                  %v3434 = arith.constant 13 : i64
                  %v3435 = arith.muli %v3434, %v3 : i64
                  %v3436 = arith.addi %v3433, %v3435 : i64
                  %v3437 = llvm.getelementptr %in_C_re[%v3436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3438 = llvm.load %v3437 : !llvm.ptr -> f32
                  %v3439 = arith.mulf %v3438, %v2856 fastmath<contract> : f32
                  %v3440 = arith.addf %v3431, %v3439 fastmath<contract> : f32
                  %v3441 = arith.constant 2 : i64
                  %v3442 = arith.muli %v3441, %v743 : i64
                  %v3443 = arith.constant 13 : i64
                  %v3444 = arith.muli %v3443, %v3 : i64
                  %v3445 = arith.addi %v3442, %v3444 : i64
                  %v3446 = llvm.getelementptr %in_C_re[%v3445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3447 = llvm.load %v3446 : !llvm.ptr -> f32
                  %v3448 = arith.mulf %v3447, %v2870 fastmath<contract> : f32
                  %v3449 = arith.addf %v3440, %v3448 fastmath<contract> : f32
                  %v3450 = arith.constant 3 : i64
                  %v3451 = arith.muli %v3450, %v743 : i64
                  %v3452 = arith.constant 13 : i64
                  %v3453 = arith.muli %v3452, %v3 : i64
                  %v3454 = arith.addi %v3451, %v3453 : i64
                  %v3455 = llvm.getelementptr %in_C_re[%v3454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3456 = llvm.load %v3455 : !llvm.ptr -> f32
                  %v3457 = arith.mulf %v3456, %v2884 fastmath<contract> : f32
                  %v3458 = arith.addf %v3449, %v3457 fastmath<contract> : f32
                  %v3459 = llvm.load %v169 : !llvm.ptr -> f32
                  %v3460 = arith.mulf %v3459, %v2753 fastmath<contract> : f32
                  %v3461 = arith.addf %v3458, %v3460 fastmath<contract> : f32
                  %v3462 = llvm.load %v201 : !llvm.ptr -> f32
                  %v3463 = arith.mulf %v3462, %v2769 fastmath<contract> : f32
                  %v3464 = arith.addf %v3463, %v3461 fastmath<contract> : f32
                  %v3465 = arith.mulf %v2798, %v3459 fastmath<contract> : f32
                  %v3466 = arith.mulf %v3462, %v2830 fastmath<contract> : f32
                  %v3467 = arith.addf %v3466, %v3465 fastmath<contract> : f32
                  %v3468 = arith.mulf %v2799, %v3459 fastmath<contract> : f32
                  %v3469 = arith.mulf %v3462, %v2831 fastmath<contract> : f32
                  %v3470 = arith.addf %v3469, %v3468 fastmath<contract> : f32
                  %v3471 = arith.constant 14 : i64
                  %v3472 = arith.muli %v3471, %v3 : i64
                  %v3473 = llvm.getelementptr %in_C_re[%v3472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3474 = llvm.load %v3473 : !llvm.ptr -> f32
                  %v3475 = arith.mulf %v3474, %v2843 fastmath<contract> : f32
                  %v3476 = arith.constant 1 : i64
                  %v3477 = arith.muli %v3476, %v743 : i64
                  %v3478 = arith.constant 14 : i64
                  %v3479 = arith.muli %v3478, %v3 : i64
                  %v3480 = arith.addi %v3477, %v3479 : i64
                  %v3481 = llvm.getelementptr %in_C_re[%v3480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3482 = llvm.load %v3481 : !llvm.ptr -> f32
                  %v3483 = arith.mulf %v3482, %v2856 fastmath<contract> : f32
                  %v3484 = arith.addf %v3475, %v3483 fastmath<contract> : f32
                  %v3485 = arith.constant 2 : i64
                  %v3486 = arith.muli %v3485, %v743 : i64
                  %v3487 = arith.constant 14 : i64
                  %v3488 = arith.muli %v3487, %v3 : i64
                  %v3489 = arith.addi %v3486, %v3488 : i64
                  %v3490 = llvm.getelementptr %in_C_re[%v3489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3491 = llvm.load %v3490 : !llvm.ptr -> f32
                  %v3492 = arith.mulf %v3491, %v2870 fastmath<contract> : f32
                  %v3493 = arith.addf %v3484, %v3492 fastmath<contract> : f32
                  %v3494 = arith.constant 3 : i64
                  %v3495 = arith.muli %v3494, %v743 : i64
                  %v3496 = arith.constant 14 : i64
                  %v3497 = arith.muli %v3496, %v3 : i64
                  %v3498 = arith.addi %v3495, %v3497 : i64
                  %v3499 = llvm.getelementptr %in_C_re[%v3498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3500 = llvm.load %v3499 : !llvm.ptr -> f32
                  %v3501 = arith.mulf %v3500, %v2884 fastmath<contract> : f32
                  %v3502 = arith.addf %v3493, %v3501 fastmath<contract> : f32
                  %v3503 = llvm.load %v170 : !llvm.ptr -> f32
                  %v3504 = arith.mulf %v3503, %v2754 fastmath<contract> : f32
                  %v3505 = arith.addf %v3502, %v3504 fastmath<contract> : f32
                  %v3506 = llvm.load %v202 : !llvm.ptr -> f32
                  %v3507 = arith.mulf %v3506, %v2770 fastmath<contract> : f32
                  %v3508 = arith.addf %v3507, %v3505 fastmath<contract> : f32
                  %v3509 = arith.mulf %v2800, %v3503 fastmath<contract> : f32
                  %v3510 = arith.mulf %v3506, %v2832 fastmath<contract> : f32
                  %v3511 = arith.addf %v3510, %v3509 fastmath<contract> : f32
                  %v3512 = arith.mulf %v2801, %v3503 fastmath<contract> : f32
                  %v3513 = arith.mulf %v3506, %v2833 fastmath<contract> : f32
                  %v3514 = arith.addf %v3513, %v3512 fastmath<contract> : f32
                  %v3515 = arith.constant 15 : i64
                  %v3516 = arith.muli %v3515, %v3 : i64
                  %v3517 = llvm.getelementptr %in_C_re[%v3516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3518 = llvm.load %v3517 : !llvm.ptr -> f32
                  %v3519 = arith.mulf %v3518, %v2843 fastmath<contract> : f32
                  %v3520 = arith.constant 1 : i64
                  %v3521 = arith.muli %v3520, %v743 : i64
                  %v3522 = arith.constant 15 : i64
                  %v3523 = arith.muli %v3522, %v3 : i64
                  %v3524 = arith.addi %v3521, %v3523 : i64
                  %v3525 = llvm.getelementptr %in_C_re[%v3524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3526 = llvm.load %v3525 : !llvm.ptr -> f32
                  %v3527 = arith.mulf %v3526, %v2856 fastmath<contract> : f32
                  %v3528 = arith.addf %v3519, %v3527 fastmath<contract> : f32
                  %v3529 = arith.constant 2 : i64
                  %v3530 = arith.muli %v3529, %v743 : i64
                  %v3531 = arith.constant 15 : i64
                  %v3532 = arith.muli %v3531, %v3 : i64
                  %v3533 = arith.addi %v3530, %v3532 : i64
                  %v3534 = llvm.getelementptr %in_C_re[%v3533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3535 = llvm.load %v3534 : !llvm.ptr -> f32
                  %v3536 = arith.mulf %v3535, %v2870 fastmath<contract> : f32
                  %v3537 = arith.addf %v3528, %v3536 fastmath<contract> : f32
                  %v3538 = arith.constant 3 : i64
                  %v3539 = arith.muli %v3538, %v743 : i64
                  %v3540 = arith.constant 15 : i64
                  %v3541 = arith.muli %v3540, %v3 : i64
                  %v3542 = arith.addi %v3539, %v3541 : i64
                  %v3543 = llvm.getelementptr %in_C_re[%v3542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3544 = llvm.load %v3543 : !llvm.ptr -> f32
                  %v3545 = arith.mulf %v3544, %v2884 fastmath<contract> : f32
                  %v3546 = arith.addf %v3537, %v3545 fastmath<contract> : f32
                  %v3547 = llvm.load %v171 : !llvm.ptr -> f32
                  %v3548 = arith.mulf %v3547, %v2755 fastmath<contract> : f32
                  %v3549 = arith.addf %v3546, %v3548 fastmath<contract> : f32
                  %v3550 = llvm.load %v203 : !llvm.ptr -> f32
                  %v3551 = arith.mulf %v3550, %v2771 fastmath<contract> : f32
                  %v3552 = arith.addf %v3551, %v3549 fastmath<contract> : f32
                  %v3553 = arith.mulf %v2802, %v3547 fastmath<contract> : f32
                  %v3554 = arith.mulf %v3550, %v2834 fastmath<contract> : f32
                  %v3555 = arith.addf %v3554, %v3553 fastmath<contract> : f32
                  %v3556 = arith.mulf %v2803, %v3547 fastmath<contract> : f32
                  %v3557 = arith.mulf %v3550, %v2835 fastmath<contract> : f32
                  %v3558 = arith.addf %v3557, %v3556 fastmath<contract> : f32
                  %v3559 = arith.constant 0 : i64
                  %v3560 = llvm.getelementptr %in_C_im[%v3559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3561 = llvm.load %v3560 : !llvm.ptr -> f32
                  %v3562 = arith.negf %v2843 : f32
                  %v3563 = arith.mulf %v3561, %v3562 fastmath<contract> : f32
                  %v3564 = arith.constant 1 : i64
                  %v3565 = arith.muli %v3564, %v743 : i64
                  %v3566 = llvm.getelementptr %in_C_im[%v3565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3567 = llvm.load %v3566 : !llvm.ptr -> f32
                  %v3568 = arith.negf %v2856 : f32
                  %v3569 = arith.mulf %v3567, %v3568 fastmath<contract> : f32
                  %v3570 = arith.addf %v3563, %v3569 fastmath<contract> : f32
                  %v3571 = arith.constant 2 : i64
                  %v3572 = arith.muli %v3571, %v743 : i64
                  %v3573 = llvm.getelementptr %in_C_im[%v3572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3574 = llvm.load %v3573 : !llvm.ptr -> f32
                  %v3575 = arith.negf %v2870 : f32
                  %v3576 = arith.mulf %v3574, %v3575 fastmath<contract> : f32
                  %v3577 = arith.addf %v3570, %v3576 fastmath<contract> : f32
                  %v3578 = arith.constant 3 : i64
                  %v3579 = arith.muli %v3578, %v743 : i64
                  %v3580 = llvm.getelementptr %in_C_im[%v3579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3581 = llvm.load %v3580 : !llvm.ptr -> f32
                  %v3582 = arith.negf %v2884 : f32
                  %v3583 = arith.mulf %v3581, %v3582 fastmath<contract> : f32
                  %v3584 = arith.addf %v3577, %v3583 fastmath<contract> : f32
                  %v3585 = llvm.load %v172 : !llvm.ptr -> f32
                  %v3586 = arith.mulf %v3585, %v2756 fastmath<contract> : f32
                  %v3587 = arith.addf %v3584, %v3586 fastmath<contract> : f32
                  %v3588 = llvm.load %v204 : !llvm.ptr -> f32
                  %v3589 = arith.mulf %v3588, %v2740 fastmath<contract> : f32
                  %v3590 = arith.addf %v3589, %v3587 fastmath<contract> : f32
                  %v3591 = arith.mulf %v2804, %v3585 fastmath<contract> : f32
                  %v3592 = arith.mulf %v3588, %v2772 fastmath<contract> : f32
                  %v3593 = arith.addf %v3592, %v3591 fastmath<contract> : f32
                  %v3594 = arith.mulf %v2805, %v3585 fastmath<contract> : f32
                  %v3595 = arith.mulf %v3588, %v2773 fastmath<contract> : f32
                  %v3596 = arith.addf %v3595, %v3594 fastmath<contract> : f32
                  %v3597 = arith.constant 1 : i64
                  %v3598 = arith.muli %v3597, %v3 : i64
                  %v3599 = llvm.getelementptr %in_C_im[%v3598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3600 = llvm.load %v3599 : !llvm.ptr -> f32
                  %v3601 = arith.mulf %v3600, %v3562 fastmath<contract> : f32
                  %v3602 = arith.constant 1 : i64
                  %v3603 = arith.muli %v3602, %v743 : i64
                  %v3604 = arith.constant 1 : i64
                  %v3605 = arith.muli %v3604, %v3 : i64
                  %v3606 = arith.addi %v3603, %v3605 : i64
                  %v3607 = llvm.getelementptr %in_C_im[%v3606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3608 = llvm.load %v3607 : !llvm.ptr -> f32
                  %v3609 = arith.mulf %v3608, %v3568 fastmath<contract> : f32
                  %v3610 = arith.addf %v3601, %v3609 fastmath<contract> : f32
                  %v3611 = arith.constant 2 : i64
                  %v3612 = arith.muli %v3611, %v743 : i64
                  %v3613 = arith.constant 1 : i64
                  %v3614 = arith.muli %v3613, %v3 : i64
                  %v3615 = arith.addi %v3612, %v3614 : i64
                  %v3616 = llvm.getelementptr %in_C_im[%v3615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3617 = llvm.load %v3616 : !llvm.ptr -> f32
                  %v3618 = arith.mulf %v3617, %v3575 fastmath<contract> : f32
                  %v3619 = arith.addf %v3610, %v3618 fastmath<contract> : f32
                  %v3620 = arith.constant 3 : i64
                  %v3621 = arith.muli %v3620, %v743 : i64
                  %v3622 = arith.constant 1 : i64
                  %v3623 = arith.muli %v3622, %v3 : i64
                  %v3624 = arith.addi %v3621, %v3623 : i64
                  %v3625 = llvm.getelementptr %in_C_im[%v3624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3626 = llvm.load %v3625 : !llvm.ptr -> f32
                  %v3627 = arith.mulf %v3626, %v3582 fastmath<contract> : f32
                  %v3628 = arith.addf %v3619, %v3627 fastmath<contract> : f32
                  %v3629 = llvm.load %v173 : !llvm.ptr -> f32
                  %v3630 = arith.mulf %v3629, %v2757 fastmath<contract> : f32
                  %v3631 = arith.addf %v3628, %v3630 fastmath<contract> : f32
                  %v3632 = llvm.load %v205 : !llvm.ptr -> f32
                  %v3633 = arith.mulf %v3632, %v2741 fastmath<contract> : f32
                  %v3634 = arith.addf %v3633, %v3631 fastmath<contract> : f32
                  %v3635 = arith.mulf %v2806, %v3629 fastmath<contract> : f32
                  %v3636 = arith.mulf %v3632, %v2774 fastmath<contract> : f32
                  %v3637 = arith.addf %v3636, %v3635 fastmath<contract> : f32
                  %v3638 = arith.mulf %v2807, %v3629 fastmath<contract> : f32
                  %v3639 = arith.mulf %v3632, %v2775 fastmath<contract> : f32
                  %v3640 = arith.addf %v3639, %v3638 fastmath<contract> : f32
                  %v3641 = arith.constant 2 : i64
                  %v3642 = arith.muli %v3641, %v3 : i64
                  %v3643 = llvm.getelementptr %in_C_im[%v3642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3644 = llvm.load %v3643 : !llvm.ptr -> f32
                  %v3645 = arith.mulf %v3644, %v3562 fastmath<contract> : f32
                  %v3646 = arith.constant 1 : i64
                  %v3647 = arith.muli %v3646, %v743 : i64
                  %v3648 = arith.constant 2 : i64
                  %v3649 = arith.muli %v3648, %v3 : i64
                  %v3650 = arith.addi %v3647, %v3649 : i64
                  %v3651 = llvm.getelementptr %in_C_im[%v3650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3652 = llvm.load %v3651 : !llvm.ptr -> f32
                  %v3653 = arith.mulf %v3652, %v3568 fastmath<contract> : f32
                  %v3654 = arith.addf %v3645, %v3653 fastmath<contract> : f32
                  %v3655 = arith.constant 2 : i64
                  %v3656 = arith.muli %v3655, %v743 : i64
                  %v3657 = arith.constant 2 : i64
                  %v3658 = arith.muli %v3657, %v3 : i64
                  %v3659 = arith.addi %v3656, %v3658 : i64
                  %v3660 = llvm.getelementptr %in_C_im[%v3659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3661 = llvm.load %v3660 : !llvm.ptr -> f32
                  %v3662 = arith.mulf %v3661, %v3575 fastmath<contract> : f32
                  %v3663 = arith.addf %v3654, %v3662 fastmath<contract> : f32
                  %v3664 = arith.constant 3 : i64
                  %v3665 = arith.muli %v3664, %v743 : i64
                  %v3666 = arith.constant 2 : i64
                  %v3667 = arith.muli %v3666, %v3 : i64
                  %v3668 = arith.addi %v3665, %v3667 : i64
                  %v3669 = llvm.getelementptr %in_C_im[%v3668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3670 = llvm.load %v3669 : !llvm.ptr -> f32
                  %v3671 = arith.mulf %v3670, %v3582 fastmath<contract> : f32
                  %v3672 = arith.addf %v3663, %v3671 fastmath<contract> : f32
                  %v3673 = llvm.load %v174 : !llvm.ptr -> f32
                  %v3674 = arith.mulf %v3673, %v2758 fastmath<contract> : f32
                  %v3675 = arith.addf %v3672, %v3674 fastmath<contract> : f32
                  %v3676 = llvm.load %v206 : !llvm.ptr -> f32
                  %v3677 = arith.mulf %v3676, %v2742 fastmath<contract> : f32
                  %v3678 = arith.addf %v3677, %v3675 fastmath<contract> : f32
                  %v3679 = arith.mulf %v2808, %v3673 fastmath<contract> : f32
                  %v3680 = arith.mulf %v3676, %v2776 fastmath<contract> : f32
                  %v3681 = arith.addf %v3680, %v3679 fastmath<contract> : f32
                  %v3682 = arith.mulf %v2809, %v3673 fastmath<contract> : f32
                  %v3683 = arith.mulf %v3676, %v2777 fastmath<contract> : f32
                  %v3684 = arith.addf %v3683, %v3682 fastmath<contract> : f32
                  %v3685 = arith.constant 3 : i64
                  %v3686 = arith.muli %v3685, %v3 : i64
                  %v3687 = llvm.getelementptr %in_C_im[%v3686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3688 = llvm.load %v3687 : !llvm.ptr -> f32
                  %v3689 = arith.mulf %v3688, %v3562 fastmath<contract> : f32
                  %v3690 = arith.constant 1 : i64
                  %v3691 = arith.muli %v3690, %v743 : i64
                  %v3692 = arith.constant 3 : i64
                  %v3693 = arith.muli %v3692, %v3 : i64
                  %v3694 = arith.addi %v3691, %v3693 : i64
                  %v3695 = llvm.getelementptr %in_C_im[%v3694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3696 = llvm.load %v3695 : !llvm.ptr -> f32
                  %v3697 = arith.mulf %v3696, %v3568 fastmath<contract> : f32
                  %v3698 = arith.addf %v3689, %v3697 fastmath<contract> : f32
                  %v3699 = arith.constant 2 : i64
                  %v3700 = arith.muli %v3699, %v743 : i64
                  %v3701 = arith.constant 3 : i64
                  %v3702 = arith.muli %v3701, %v3 : i64
                  %v3703 = arith.addi %v3700, %v3702 : i64
                  %v3704 = llvm.getelementptr %in_C_im[%v3703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3705 = llvm.load %v3704 : !llvm.ptr -> f32
                  %v3706 = arith.mulf %v3705, %v3575 fastmath<contract> : f32
                  %v3707 = arith.addf %v3698, %v3706 fastmath<contract> : f32
                  %v3708 = arith.constant 3 : i64
                  %v3709 = arith.muli %v3708, %v743 : i64
                  %v3710 = arith.constant 3 : i64
                  %v3711 = arith.muli %v3710, %v3 : i64
                  %v3712 = arith.addi %v3709, %v3711 : i64
                  %v3713 = llvm.getelementptr %in_C_im[%v3712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3714 = llvm.load %v3713 : !llvm.ptr -> f32
                  %v3715 = arith.mulf %v3714, %v3582 fastmath<contract> : f32
                  %v3716 = arith.addf %v3707, %v3715 fastmath<contract> : f32
                  %v3717 = llvm.load %v175 : !llvm.ptr -> f32
                  %v3718 = arith.mulf %v3717, %v2759 fastmath<contract> : f32
                  %v3719 = arith.addf %v3716, %v3718 fastmath<contract> : f32
                  %v3720 = llvm.load %v207 : !llvm.ptr -> f32
                  %v3721 = arith.mulf %v3720, %v2743 fastmath<contract> : f32
                  %v3722 = arith.addf %v3721, %v3719 fastmath<contract> : f32
                  %v3723 = arith.mulf %v2810, %v3717 fastmath<contract> : f32
                  %v3724 = arith.mulf %v3720, %v2778 fastmath<contract> : f32
                  %v3725 = arith.addf %v3724, %v3723 fastmath<contract> : f32
                  %v3726 = arith.mulf %v2811, %v3717 fastmath<contract> : f32
                  %v3727 = arith.mulf %v3720, %v2779 fastmath<contract> : f32
                  %v3728 = arith.addf %v3727, %v3726 fastmath<contract> : f32
                  %v3729 = arith.constant 4 : i64
                  %v3730 = arith.muli %v3729, %v3 : i64
                  %v3731 = llvm.getelementptr %in_C_im[%v3730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3732 = llvm.load %v3731 : !llvm.ptr -> f32
                  %v3733 = arith.mulf %v3732, %v3562 fastmath<contract> : f32
                  %v3734 = arith.constant 1 : i64
                  %v3735 = arith.muli %v3734, %v743 : i64
                  %v3736 = arith.constant 4 : i64
                  %v3737 = arith.muli %v3736, %v3 : i64
                  %v3738 = arith.addi %v3735, %v3737 : i64
                  %v3739 = llvm.getelementptr %in_C_im[%v3738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3740 = llvm.load %v3739 : !llvm.ptr -> f32
                  %v3741 = arith.mulf %v3740, %v3568 fastmath<contract> : f32
                  %v3742 = arith.addf %v3733, %v3741 fastmath<contract> : f32
                  %v3743 = arith.constant 2 : i64
                  %v3744 = arith.muli %v3743, %v743 : i64
                  %v3745 = arith.constant 4 : i64
                  %v3746 = arith.muli %v3745, %v3 : i64
                  %v3747 = arith.addi %v3744, %v3746 : i64
                  %v3748 = llvm.getelementptr %in_C_im[%v3747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3749 = llvm.load %v3748 : !llvm.ptr -> f32
                  %v3750 = arith.mulf %v3749, %v3575 fastmath<contract> : f32
                  %v3751 = arith.addf %v3742, %v3750 fastmath<contract> : f32
                  %v3752 = arith.constant 3 : i64
                  %v3753 = arith.muli %v3752, %v743 : i64
                  %v3754 = arith.constant 4 : i64
                  %v3755 = arith.muli %v3754, %v3 : i64
                  %v3756 = arith.addi %v3753, %v3755 : i64
                  %v3757 = llvm.getelementptr %in_C_im[%v3756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3758 = llvm.load %v3757 : !llvm.ptr -> f32
                  %v3759 = arith.mulf %v3758, %v3582 fastmath<contract> : f32
                  %v3760 = arith.addf %v3751, %v3759 fastmath<contract> : f32
                  %v3761 = llvm.load %v176 : !llvm.ptr -> f32
                  %v3762 = arith.mulf %v3761, %v2760 fastmath<contract> : f32
                  %v3763 = arith.addf %v3760, %v3762 fastmath<contract> : f32
                  %v3764 = llvm.load %v208 : !llvm.ptr -> f32
                  %v3765 = arith.mulf %v3764, %v2744 fastmath<contract> : f32
                  %v3766 = arith.addf %v3765, %v3763 fastmath<contract> : f32
                  %v3767 = arith.mulf %v2812, %v3761 fastmath<contract> : f32
                  %v3768 = arith.mulf %v3764, %v2780 fastmath<contract> : f32
                  %v3769 = arith.addf %v3768, %v3767 fastmath<contract> : f32
                  %v3770 = arith.mulf %v2813, %v3761 fastmath<contract> : f32
                  %v3771 = arith.mulf %v3764, %v2781 fastmath<contract> : f32
                  %v3772 = arith.addf %v3771, %v3770 fastmath<contract> : f32
                  %v3773 = arith.constant 5 : i64
                  %v3774 = arith.muli %v3773, %v3 : i64
                  %v3775 = llvm.getelementptr %in_C_im[%v3774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3776 = llvm.load %v3775 : !llvm.ptr -> f32
                  %v3777 = arith.mulf %v3776, %v3562 fastmath<contract> : f32
                  %v3778 = arith.constant 1 : i64
                  %v3779 = arith.muli %v3778, %v743 : i64
                  %v3780 = arith.constant 5 : i64
                  %v3781 = arith.muli %v3780, %v3 : i64
                  %v3782 = arith.addi %v3779, %v3781 : i64
                  %v3783 = llvm.getelementptr %in_C_im[%v3782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3784 = llvm.load %v3783 : !llvm.ptr -> f32
                  %v3785 = arith.mulf %v3784, %v3568 fastmath<contract> : f32
                  %v3786 = arith.addf %v3777, %v3785 fastmath<contract> : f32
                  %v3787 = arith.constant 2 : i64
                  %v3788 = arith.muli %v3787, %v743 : i64
                  %v3789 = arith.constant 5 : i64
                  %v3790 = arith.muli %v3789, %v3 : i64
                  %v3791 = arith.addi %v3788, %v3790 : i64
                  %v3792 = llvm.getelementptr %in_C_im[%v3791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3793 = llvm.load %v3792 : !llvm.ptr -> f32
                  %v3794 = arith.mulf %v3793, %v3575 fastmath<contract> : f32
                  %v3795 = arith.addf %v3786, %v3794 fastmath<contract> : f32
                  %v3796 = arith.constant 3 : i64
                  %v3797 = arith.muli %v3796, %v743 : i64
                  %v3798 = arith.constant 5 : i64
                  %v3799 = arith.muli %v3798, %v3 : i64
                  %v3800 = arith.addi %v3797, %v3799 : i64
                  %v3801 = llvm.getelementptr %in_C_im[%v3800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3802 = llvm.load %v3801 : !llvm.ptr -> f32
                  %v3803 = arith.mulf %v3802, %v3582 fastmath<contract> : f32
                  %v3804 = arith.addf %v3795, %v3803 fastmath<contract> : f32
                  %v3805 = llvm.load %v177 : !llvm.ptr -> f32
                  %v3806 = arith.mulf %v3805, %v2761 fastmath<contract> : f32
                  %v3807 = arith.addf %v3804, %v3806 fastmath<contract> : f32
                  %v3808 = llvm.load %v209 : !llvm.ptr -> f32
                  %v3809 = arith.mulf %v3808, %v2745 fastmath<contract> : f32
                  %v3810 = arith.addf %v3809, %v3807 fastmath<contract> : f32
                  %v3811 = arith.mulf %v2814, %v3805 fastmath<contract> : f32
                  %v3812 = arith.mulf %v3808, %v2782 fastmath<contract> : f32
                  %v3813 = arith.addf %v3812, %v3811 fastmath<contract> : f32
                  %v3814 = arith.mulf %v2815, %v3805 fastmath<contract> : f32
                  %v3815 = arith.mulf %v3808, %v2783 fastmath<contract> : f32
                  %v3816 = arith.addf %v3815, %v3814 fastmath<contract> : f32
                  %v3817 = arith.constant 6 : i64
                  %v3818 = arith.muli %v3817, %v3 : i64
                  %v3819 = llvm.getelementptr %in_C_im[%v3818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3820 = llvm.load %v3819 : !llvm.ptr -> f32
                  %v3821 = arith.mulf %v3820, %v3562 fastmath<contract> : f32
                  %v3822 = arith.constant 1 : i64
                  %v3823 = arith.muli %v3822, %v743 : i64
                  %v3824 = arith.constant 6 : i64
                  %v3825 = arith.muli %v3824, %v3 : i64
                  %v3826 = arith.addi %v3823, %v3825 : i64
                  %v3827 = llvm.getelementptr %in_C_im[%v3826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3828 = llvm.load %v3827 : !llvm.ptr -> f32
                  %v3829 = arith.mulf %v3828, %v3568 fastmath<contract> : f32
                  %v3830 = arith.addf %v3821, %v3829 fastmath<contract> : f32
                  %v3831 = arith.constant 2 : i64
                  %v3832 = arith.muli %v3831, %v743 : i64
                  %v3833 = arith.constant 6 : i64
                  %v3834 = arith.muli %v3833, %v3 : i64
                  %v3835 = arith.addi %v3832, %v3834 : i64
                  %v3836 = llvm.getelementptr %in_C_im[%v3835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3837 = llvm.load %v3836 : !llvm.ptr -> f32
                  %v3838 = arith.mulf %v3837, %v3575 fastmath<contract> : f32
                  %v3839 = arith.addf %v3830, %v3838 fastmath<contract> : f32
                  %v3840 = arith.constant 3 : i64
                  %v3841 = arith.muli %v3840, %v743 : i64
                  %v3842 = arith.constant 6 : i64
                  %v3843 = arith.muli %v3842, %v3 : i64
                  %v3844 = arith.addi %v3841, %v3843 : i64
                  %v3845 = llvm.getelementptr %in_C_im[%v3844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3846 = llvm.load %v3845 : !llvm.ptr -> f32
                  %v3847 = arith.mulf %v3846, %v3582 fastmath<contract> : f32
                  %v3848 = arith.addf %v3839, %v3847 fastmath<contract> : f32
                  %v3849 = llvm.load %v178 : !llvm.ptr -> f32
                  %v3850 = arith.mulf %v3849, %v2762 fastmath<contract> : f32
                  %v3851 = arith.addf %v3848, %v3850 fastmath<contract> : f32
                  %v3852 = llvm.load %v210 : !llvm.ptr -> f32
                  %v3853 = arith.mulf %v3852, %v2746 fastmath<contract> : f32
                  %v3854 = arith.addf %v3853, %v3851 fastmath<contract> : f32
                  %v3855 = arith.mulf %v2816, %v3849 fastmath<contract> : f32
                  %v3856 = arith.mulf %v3852, %v2784 fastmath<contract> : f32
                  %v3857 = arith.addf %v3856, %v3855 fastmath<contract> : f32
                  %v3858 = arith.mulf %v2817, %v3849 fastmath<contract> : f32
                  %v3859 = arith.mulf %v3852, %v2785 fastmath<contract> : f32
                  %v3860 = arith.addf %v3859, %v3858 fastmath<contract> : f32
                  %v3861 = arith.constant 7 : i64
                  %v3862 = arith.muli %v3861, %v3 : i64
                  %v3863 = llvm.getelementptr %in_C_im[%v3862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3864 = llvm.load %v3863 : !llvm.ptr -> f32
                  %v3865 = arith.mulf %v3864, %v3562 fastmath<contract> : f32
                  %v3866 = arith.constant 1 : i64
                  %v3867 = arith.muli %v3866, %v743 : i64
                  %v3868 = arith.constant 7 : i64
                  %v3869 = arith.muli %v3868, %v3 : i64
                  %v3870 = arith.addi %v3867, %v3869 : i64
                  %v3871 = llvm.getelementptr %in_C_im[%v3870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3872 = llvm.load %v3871 : !llvm.ptr -> f32
                  %v3873 = arith.mulf %v3872, %v3568 fastmath<contract> : f32
                  %v3874 = arith.addf %v3865, %v3873 fastmath<contract> : f32
                  %v3875 = arith.constant 2 : i64
                  %v3876 = arith.muli %v3875, %v743 : i64
                  %v3877 = arith.constant 7 : i64
                  %v3878 = arith.muli %v3877, %v3 : i64
                  %v3879 = arith.addi %v3876, %v3878 : i64
                  %v3880 = llvm.getelementptr %in_C_im[%v3879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3881 = llvm.load %v3880 : !llvm.ptr -> f32
                  %v3882 = arith.mulf %v3881, %v3575 fastmath<contract> : f32
                  %v3883 = arith.addf %v3874, %v3882 fastmath<contract> : f32
                  %v3884 = arith.constant 3 : i64
                  %v3885 = arith.muli %v3884, %v743 : i64
                  %v3886 = arith.constant 7 : i64
                  %v3887 = arith.muli %v3886, %v3 : i64
                  %v3888 = arith.addi %v3885, %v3887 : i64
                  %v3889 = llvm.getelementptr %in_C_im[%v3888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3890 = llvm.load %v3889 : !llvm.ptr -> f32
                  %v3891 = arith.mulf %v3890, %v3582 fastmath<contract> : f32
                  %v3892 = arith.addf %v3883, %v3891 fastmath<contract> : f32
                  %v3893 = llvm.load %v179 : !llvm.ptr -> f32
                  %v3894 = arith.mulf %v3893, %v2763 fastmath<contract> : f32
                  %v3895 = arith.addf %v3892, %v3894 fastmath<contract> : f32
                  %v3896 = llvm.load %v211 : !llvm.ptr -> f32
                  %v3897 = arith.mulf %v3896, %v2747 fastmath<contract> : f32
                  %v3898 = arith.addf %v3897, %v3895 fastmath<contract> : f32
                  %v3899 = arith.mulf %v2818, %v3893 fastmath<contract> : f32
                  %v3900 = arith.mulf %v3896, %v2786 fastmath<contract> : f32
                  %v3901 = arith.addf %v3900, %v3899 fastmath<contract> : f32
                  %v3902 = arith.mulf %v2819, %v3893 fastmath<contract> : f32
                  %v3903 = arith.mulf %v3896, %v2787 fastmath<contract> : f32
                  %v3904 = arith.addf %v3903, %v3902 fastmath<contract> : f32
                  %v3905 = arith.constant 8 : i64
                  %v3906 = arith.muli %v3905, %v3 : i64
                  %v3907 = llvm.getelementptr %in_C_im[%v3906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3908 = llvm.load %v3907 : !llvm.ptr -> f32
                  %v3909 = arith.mulf %v3908, %v3562 fastmath<contract> : f32
                  %v3910 = arith.constant 1 : i64
                  %v3911 = arith.muli %v3910, %v743 : i64
                  %v3912 = arith.constant 8 : i64
                  %v3913 = arith.muli %v3912, %v3 : i64
                  %v3914 = arith.addi %v3911, %v3913 : i64
                  %v3915 = llvm.getelementptr %in_C_im[%v3914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3916 = llvm.load %v3915 : !llvm.ptr -> f32
                  %v3917 = arith.mulf %v3916, %v3568 fastmath<contract> : f32
                  %v3918 = arith.addf %v3909, %v3917 fastmath<contract> : f32
                  %v3919 = arith.constant 2 : i64
                  %v3920 = arith.muli %v3919, %v743 : i64
                  %v3921 = arith.constant 8 : i64
                  %v3922 = arith.muli %v3921, %v3 : i64
                  %v3923 = arith.addi %v3920, %v3922 : i64
                  %v3924 = llvm.getelementptr %in_C_im[%v3923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3925 = llvm.load %v3924 : !llvm.ptr -> f32
                  %v3926 = arith.mulf %v3925, %v3575 fastmath<contract> : f32
                  %v3927 = arith.addf %v3918, %v3926 fastmath<contract> : f32
                  %v3928 = arith.constant 3 : i64
                  %v3929 = arith.muli %v3928, %v743 : i64
                  %v3930 = arith.constant 8 : i64
                  %v3931 = arith.muli %v3930, %v3 : i64
                  %v3932 = arith.addi %v3929, %v3931 : i64
                  %v3933 = llvm.getelementptr %in_C_im[%v3932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3934 = llvm.load %v3933 : !llvm.ptr -> f32
                  %v3935 = arith.mulf %v3934, %v3582 fastmath<contract> : f32
                  %v3936 = arith.addf %v3927, %v3935 fastmath<contract> : f32
                  %v3937 = llvm.load %v180 : !llvm.ptr -> f32
                  %v3938 = arith.mulf %v3937, %v2764 fastmath<contract> : f32
                  %v3939 = arith.addf %v3936, %v3938 fastmath<contract> : f32
                  %v3940 = llvm.load %v212 : !llvm.ptr -> f32
                  %v3941 = arith.mulf %v3940, %v2748 fastmath<contract> : f32
                  %v3942 = arith.addf %v3941, %v3939 fastmath<contract> : f32
                  %v3943 = arith.mulf %v2820, %v3937 fastmath<contract> : f32
                  %v3944 = arith.mulf %v3940, %v2788 fastmath<contract> : f32
                  %v3945 = arith.addf %v3944, %v3943 fastmath<contract> : f32
                  %v3946 = arith.mulf %v2821, %v3937 fastmath<contract> : f32
                  %v3947 = arith.mulf %v3940, %v2789 fastmath<contract> : f32
                  %v3948 = arith.addf %v3947, %v3946 fastmath<contract> : f32
                  %v3949 = arith.constant 9 : i64
                  %v3950 = arith.muli %v3949, %v3 : i64
                  %v3951 = llvm.getelementptr %in_C_im[%v3950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3952 = llvm.load %v3951 : !llvm.ptr -> f32
                  %v3953 = arith.mulf %v3952, %v3562 fastmath<contract> : f32
                  %v3954 = arith.constant 1 : i64
                  %v3955 = arith.muli %v3954, %v743 : i64
                  %v3956 = arith.constant 9 : i64
                  %v3957 = arith.muli %v3956, %v3 : i64
                  %v3958 = arith.addi %v3955, %v3957 : i64
                  %v3959 = llvm.getelementptr %in_C_im[%v3958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3960 = llvm.load %v3959 : !llvm.ptr -> f32
                  %v3961 = arith.mulf %v3960, %v3568 fastmath<contract> : f32
                  %v3962 = arith.addf %v3953, %v3961 fastmath<contract> : f32
                  %v3963 = arith.constant 2 : i64
                  %v3964 = arith.muli %v3963, %v743 : i64
                  %v3965 = arith.constant 9 : i64
                  %v3966 = arith.muli %v3965, %v3 : i64
                  %v3967 = arith.addi %v3964, %v3966 : i64
                  %v3968 = llvm.getelementptr %in_C_im[%v3967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3969 = llvm.load %v3968 : !llvm.ptr -> f32
                  %v3970 = arith.mulf %v3969, %v3575 fastmath<contract> : f32
                  %v3971 = arith.addf %v3962, %v3970 fastmath<contract> : f32
                  %v3972 = arith.constant 3 : i64
                  %v3973 = arith.muli %v3972, %v743 : i64
                  %v3974 = arith.constant 9 : i64
                  %v3975 = arith.muli %v3974, %v3 : i64
                  %v3976 = arith.addi %v3973, %v3975 : i64
                  %v3977 = llvm.getelementptr %in_C_im[%v3976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3978 = llvm.load %v3977 : !llvm.ptr -> f32
                  %v3979 = arith.mulf %v3978, %v3582 fastmath<contract> : f32
                  %v3980 = arith.addf %v3971, %v3979 fastmath<contract> : f32
                  %v3981 = llvm.load %v181 : !llvm.ptr -> f32
                  %v3982 = arith.mulf %v3981, %v2765 fastmath<contract> : f32
                  %v3983 = arith.addf %v3980, %v3982 fastmath<contract> : f32
                  %v3984 = llvm.load %v213 : !llvm.ptr -> f32
                  %v3985 = arith.mulf %v3984, %v2749 fastmath<contract> : f32
                  %v3986 = arith.addf %v3985, %v3983 fastmath<contract> : f32
                  %v3987 = arith.mulf %v2822, %v3981 fastmath<contract> : f32
                  %v3988 = arith.mulf %v3984, %v2790 fastmath<contract> : f32
                  %v3989 = arith.addf %v3988, %v3987 fastmath<contract> : f32
                  %v3990 = arith.mulf %v2823, %v3981 fastmath<contract> : f32
                  %v3991 = arith.mulf %v3984, %v2791 fastmath<contract> : f32
                  %v3992 = arith.addf %v3991, %v3990 fastmath<contract> : f32
                  %v3993 = arith.constant 10 : i64
                  %v3994 = arith.muli %v3993, %v3 : i64
                  %v3995 = llvm.getelementptr %in_C_im[%v3994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3996 = llvm.load %v3995 : !llvm.ptr -> f32
                  %v3997 = arith.mulf %v3996, %v3562 fastmath<contract> : f32
                  %v3998 = arith.constant 1 : i64
                  %v3999 = arith.muli %v3998, %v743 : i64
                  %v4000 = arith.constant 10 : i64
                  %v4001 = arith.muli %v4000, %v3 : i64
                  %v4002 = arith.addi %v3999, %v4001 : i64
                  %v4003 = llvm.getelementptr %in_C_im[%v4002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4004 = llvm.load %v4003 : !llvm.ptr -> f32
                  %v4005 = arith.mulf %v4004, %v3568 fastmath<contract> : f32
                  %v4006 = arith.addf %v3997, %v4005 fastmath<contract> : f32
                  %v4007 = arith.constant 2 : i64
                  %v4008 = arith.muli %v4007, %v743 : i64
                  %v4009 = arith.constant 10 : i64
                  %v4010 = arith.muli %v4009, %v3 : i64
                  %v4011 = arith.addi %v4008, %v4010 : i64
                  %v4012 = llvm.getelementptr %in_C_im[%v4011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4013 = llvm.load %v4012 : !llvm.ptr -> f32
                  %v4014 = arith.mulf %v4013, %v3575 fastmath<contract> : f32
                  %v4015 = arith.addf %v4006, %v4014 fastmath<contract> : f32
                  %v4016 = arith.constant 3 : i64
                  %v4017 = arith.muli %v4016, %v743 : i64
                  %v4018 = arith.constant 10 : i64
                  %v4019 = arith.muli %v4018, %v3 : i64
                  %v4020 = arith.addi %v4017, %v4019 : i64
                  %v4021 = llvm.getelementptr %in_C_im[%v4020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4022 = llvm.load %v4021 : !llvm.ptr -> f32
                  %v4023 = arith.mulf %v4022, %v3582 fastmath<contract> : f32
                  %v4024 = arith.addf %v4015, %v4023 fastmath<contract> : f32
                  %v4025 = llvm.load %v182 : !llvm.ptr -> f32
                  %v4026 = arith.mulf %v4025, %v2766 fastmath<contract> : f32
                  %v4027 = arith.addf %v4024, %v4026 fastmath<contract> : f32
                  %v4028 = llvm.load %v214 : !llvm.ptr -> f32
                  %v4029 = arith.mulf %v4028, %v2750 fastmath<contract> : f32
                  %v4030 = arith.addf %v4029, %v4027 fastmath<contract> : f32
                  %v4031 = arith.mulf %v2824, %v4025 fastmath<contract> : f32
                  %v4032 = arith.mulf %v4028, %v2792 fastmath<contract> : f32
                  %v4033 = arith.addf %v4032, %v4031 fastmath<contract> : f32
                  %v4034 = arith.mulf %v2825, %v4025 fastmath<contract> : f32
                  %v4035 = arith.mulf %v4028, %v2793 fastmath<contract> : f32
                  %v4036 = arith.addf %v4035, %v4034 fastmath<contract> : f32
                  %v4037 = arith.constant 11 : i64
                  %v4038 = arith.muli %v4037, %v3 : i64
                  %v4039 = llvm.getelementptr %in_C_im[%v4038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4040 = llvm.load %v4039 : !llvm.ptr -> f32
                  %v4041 = arith.mulf %v4040, %v3562 fastmath<contract> : f32
                  %v4042 = arith.constant 1 : i64
                  %v4043 = arith.muli %v4042, %v743 : i64
                  %v4044 = arith.constant 11 : i64
                  %v4045 = arith.muli %v4044, %v3 : i64
                  %v4046 = arith.addi %v4043, %v4045 : i64
                  %v4047 = llvm.getelementptr %in_C_im[%v4046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4048 = llvm.load %v4047 : !llvm.ptr -> f32
                  %v4049 = arith.mulf %v4048, %v3568 fastmath<contract> : f32
                  %v4050 = arith.addf %v4041, %v4049 fastmath<contract> : f32
                  %v4051 = arith.constant 2 : i64
                  %v4052 = arith.muli %v4051, %v743 : i64
                  %v4053 = arith.constant 11 : i64
                  %v4054 = arith.muli %v4053, %v3 : i64
                  %v4055 = arith.addi %v4052, %v4054 : i64
                  %v4056 = llvm.getelementptr %in_C_im[%v4055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4057 = llvm.load %v4056 : !llvm.ptr -> f32
                  %v4058 = arith.mulf %v4057, %v3575 fastmath<contract> : f32
                  %v4059 = arith.addf %v4050, %v4058 fastmath<contract> : f32
                  %v4060 = arith.constant 3 : i64
                  %v4061 = arith.muli %v4060, %v743 : i64
                  %v4062 = arith.constant 11 : i64
                  %v4063 = arith.muli %v4062, %v3 : i64
                  %v4064 = arith.addi %v4061, %v4063 : i64
                  %v4065 = llvm.getelementptr %in_C_im[%v4064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4066 = llvm.load %v4065 : !llvm.ptr -> f32
                  %v4067 = arith.mulf %v4066, %v3582 fastmath<contract> : f32
                  %v4068 = arith.addf %v4059, %v4067 fastmath<contract> : f32
                  %v4069 = llvm.load %v183 : !llvm.ptr -> f32
                  %v4070 = arith.mulf %v4069, %v2767 fastmath<contract> : f32
                  %v4071 = arith.addf %v4068, %v4070 fastmath<contract> : f32
                  %v4072 = llvm.load %v215 : !llvm.ptr -> f32
                  %v4073 = arith.mulf %v4072, %v2751 fastmath<contract> : f32
                  %v4074 = arith.addf %v4073, %v4071 fastmath<contract> : f32
                  %v4075 = arith.mulf %v2826, %v4069 fastmath<contract> : f32
                  %v4076 = arith.mulf %v4072, %v2794 fastmath<contract> : f32
                  %v4077 = arith.addf %v4076, %v4075 fastmath<contract> : f32
                  %v4078 = arith.mulf %v2827, %v4069 fastmath<contract> : f32
                  %v4079 = arith.mulf %v4072, %v2795 fastmath<contract> : f32
                  %v4080 = arith.addf %v4079, %v4078 fastmath<contract> : f32
                  %v4081 = arith.constant 12 : i64
                  %v4082 = arith.muli %v4081, %v3 : i64
                  %v4083 = llvm.getelementptr %in_C_im[%v4082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4084 = llvm.load %v4083 : !llvm.ptr -> f32
                  %v4085 = arith.mulf %v4084, %v3562 fastmath<contract> : f32
                  %v4086 = arith.constant 1 : i64
                  %v4087 = arith.muli %v4086, %v743 : i64
                  %v4088 = arith.constant 12 : i64
                  %v4089 = arith.muli %v4088, %v3 : i64
                  %v4090 = arith.addi %v4087, %v4089 : i64
                  %v4091 = llvm.getelementptr %in_C_im[%v4090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4092 = llvm.load %v4091 : !llvm.ptr -> f32
                  %v4093 = arith.mulf %v4092, %v3568 fastmath<contract> : f32
                  %v4094 = arith.addf %v4085, %v4093 fastmath<contract> : f32
                  %v4095 = arith.constant 2 : i64
                  %v4096 = arith.muli %v4095, %v743 : i64
                  %v4097 = arith.constant 12 : i64
                  %v4098 = arith.muli %v4097, %v3 : i64
                  %v4099 = arith.addi %v4096, %v4098 : i64
                  %v4100 = llvm.getelementptr %in_C_im[%v4099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4101 = llvm.load %v4100 : !llvm.ptr -> f32
                  %v4102 = arith.mulf %v4101, %v3575 fastmath<contract> : f32
                  %v4103 = arith.addf %v4094, %v4102 fastmath<contract> : f32
                  %v4104 = arith.constant 3 : i64
                  %v4105 = arith.muli %v4104, %v743 : i64
                  %v4106 = arith.constant 12 : i64
                  %v4107 = arith.muli %v4106, %v3 : i64
                  %v4108 = arith.addi %v4105, %v4107 : i64
                  %v4109 = llvm.getelementptr %in_C_im[%v4108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4110 = llvm.load %v4109 : !llvm.ptr -> f32
                  %v4111 = arith.mulf %v4110, %v3582 fastmath<contract> : f32
                  %v4112 = arith.addf %v4103, %v4111 fastmath<contract> : f32
                  %v4113 = llvm.load %v184 : !llvm.ptr -> f32
                  %v4114 = arith.mulf %v4113, %v2768 fastmath<contract> : f32
                  %v4115 = arith.addf %v4112, %v4114 fastmath<contract> : f32
                  %v4116 = llvm.load %v216 : !llvm.ptr -> f32
                  %v4117 = arith.mulf %v4116, %v2752 fastmath<contract> : f32
                  %v4118 = arith.addf %v4117, %v4115 fastmath<contract> : f32
                  %v4119 = arith.mulf %v2828, %v4113 fastmath<contract> : f32
                  %v4120 = arith.mulf %v4116, %v2796 fastmath<contract> : f32
                  %v4121 = arith.addf %v4120, %v4119 fastmath<contract> : f32
                  %v4122 = arith.mulf %v2829, %v4113 fastmath<contract> : f32
                  %v4123 = arith.mulf %v4116, %v2797 fastmath<contract> : f32
                  %v4124 = arith.addf %v4123, %v4122 fastmath<contract> : f32
                  %v4125 = arith.constant 13 : i64
                  %v4126 = arith.muli %v4125, %v3 : i64
                  %v4127 = llvm.getelementptr %in_C_im[%v4126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4128 = llvm.load %v4127 : !llvm.ptr -> f32
                  %v4129 = arith.mulf %v4128, %v3562 fastmath<contract> : f32
                  %v4130 = arith.constant 1 : i64
                  %v4131 = arith.muli %v4130, %v743 : i64
                  %v4132 = arith.constant 13 : i64
                  %v4133 = arith.muli %v4132, %v3 : i64
                  %v4134 = arith.addi %v4131, %v4133 : i64
                  %v4135 = llvm.getelementptr %in_C_im[%v4134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4136 = llvm.load %v4135 : !llvm.ptr -> f32
                  %v4137 = arith.mulf %v4136, %v3568 fastmath<contract> : f32
                  %v4138 = arith.addf %v4129, %v4137 fastmath<contract> : f32
                  %v4139 = arith.constant 2 : i64
                  %v4140 = arith.muli %v4139, %v743 : i64
                  %v4141 = arith.constant 13 : i64
                  %v4142 = arith.muli %v4141, %v3 : i64
                  %v4143 = arith.addi %v4140, %v4142 : i64
                  %v4144 = llvm.getelementptr %in_C_im[%v4143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4145 = llvm.load %v4144 : !llvm.ptr -> f32
                  %v4146 = arith.mulf %v4145, %v3575 fastmath<contract> : f32
                  %v4147 = arith.addf %v4138, %v4146 fastmath<contract> : f32
                  %v4148 = arith.constant 3 : i64
                  %v4149 = arith.muli %v4148, %v743 : i64
                  %v4150 = arith.constant 13 : i64
                  %v4151 = arith.muli %v4150, %v3 : i64
                  %v4152 = arith.addi %v4149, %v4151 : i64
                  %v4153 = llvm.getelementptr %in_C_im[%v4152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4154 = llvm.load %v4153 : !llvm.ptr -> f32
                  %v4155 = arith.mulf %v4154, %v3582 fastmath<contract> : f32
                  %v4156 = arith.addf %v4147, %v4155 fastmath<contract> : f32
                  %v4157 = llvm.load %v185 : !llvm.ptr -> f32
                  %v4158 = arith.mulf %v4157, %v2769 fastmath<contract> : f32
                  %v4159 = arith.addf %v4156, %v4158 fastmath<contract> : f32
                  %v4160 = llvm.load %v217 : !llvm.ptr -> f32
                  %v4161 = arith.mulf %v4160, %v2753 fastmath<contract> : f32
                  %v4162 = arith.addf %v4161, %v4159 fastmath<contract> : f32
                  %v4163 = arith.mulf %v2830, %v4157 fastmath<contract> : f32
                  %v4164 = arith.mulf %v4160, %v2798 fastmath<contract> : f32
                  %v4165 = arith.addf %v4164, %v4163 fastmath<contract> : f32
                  %v4166 = arith.mulf %v2831, %v4157 fastmath<contract> : f32
                  %v4167 = arith.mulf %v4160, %v2799 fastmath<contract> : f32
                  %v4168 = arith.addf %v4167, %v4166 fastmath<contract> : f32
                  %v4169 = arith.constant 14 : i64
                  %v4170 = arith.muli %v4169, %v3 : i64
                  %v4171 = llvm.getelementptr %in_C_im[%v4170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4172 = llvm.load %v4171 : !llvm.ptr -> f32
                  %v4173 = arith.mulf %v4172, %v3562 fastmath<contract> : f32
                  %v4174 = arith.constant 1 : i64
                  %v4175 = arith.muli %v4174, %v743 : i64
                  %v4176 = arith.constant 14 : i64
                  %v4177 = arith.muli %v4176, %v3 : i64
                  %v4178 = arith.addi %v4175, %v4177 : i64
                  %v4179 = llvm.getelementptr %in_C_im[%v4178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4180 = llvm.load %v4179 : !llvm.ptr -> f32
                  %v4181 = arith.mulf %v4180, %v3568 fastmath<contract> : f32
                  %v4182 = arith.addf %v4173, %v4181 fastmath<contract> : f32
                  %v4183 = arith.constant 2 : i64
                  %v4184 = arith.muli %v4183, %v743 : i64
                  %v4185 = arith.constant 14 : i64
                  %v4186 = arith.muli %v4185, %v3 : i64
                  %v4187 = arith.addi %v4184, %v4186 : i64
                  %v4188 = llvm.getelementptr %in_C_im[%v4187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4189 = llvm.load %v4188 : !llvm.ptr -> f32
                  %v4190 = arith.mulf %v4189, %v3575 fastmath<contract> : f32
                  %v4191 = arith.addf %v4182, %v4190 fastmath<contract> : f32
                  %v4192 = arith.constant 3 : i64
                  %v4193 = arith.muli %v4192, %v743 : i64
                  %v4194 = arith.constant 14 : i64
                  %v4195 = arith.muli %v4194, %v3 : i64
                  %v4196 = arith.addi %v4193, %v4195 : i64
                  %v4197 = llvm.getelementptr %in_C_im[%v4196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4198 = llvm.load %v4197 : !llvm.ptr -> f32
                  %v4199 = arith.mulf %v4198, %v3582 fastmath<contract> : f32
                  %v4200 = arith.addf %v4191, %v4199 fastmath<contract> : f32
                  %v4201 = llvm.load %v186 : !llvm.ptr -> f32
                  %v4202 = arith.mulf %v4201, %v2770 fastmath<contract> : f32
                  %v4203 = arith.addf %v4200, %v4202 fastmath<contract> : f32
                  %v4204 = llvm.load %v218 : !llvm.ptr -> f32
                  %v4205 = arith.mulf %v4204, %v2754 fastmath<contract> : f32
                  %v4206 = arith.addf %v4205, %v4203 fastmath<contract> : f32
                  %v4207 = arith.mulf %v2832, %v4201 fastmath<contract> : f32
                  %v4208 = arith.mulf %v4204, %v2800 fastmath<contract> : f32
                  %v4209 = arith.addf %v4208, %v4207 fastmath<contract> : f32
                  %v4210 = arith.mulf %v2833, %v4201 fastmath<contract> : f32
                  %v4211 = arith.mulf %v4204, %v2801 fastmath<contract> : f32
                  %v4212 = arith.addf %v4211, %v4210 fastmath<contract> : f32
                  %v4213 = arith.constant 15 : i64
                  %v4214 = arith.muli %v4213, %v3 : i64
                  %v4215 = llvm.getelementptr %in_C_im[%v4214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4216 = llvm.load %v4215 : !llvm.ptr -> f32
                  %v4217 = arith.mulf %v4216, %v3562 fastmath<contract> : f32
                  %v4218 = arith.constant 1 : i64
                  %v4219 = arith.muli %v4218, %v743 : i64
                  %v4220 = arith.constant 15 : i64
                  %v4221 = arith.muli %v4220, %v3 : i64
                  %v4222 = arith.addi %v4219, %v4221 : i64
                  %v4223 = llvm.getelementptr %in_C_im[%v4222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4224 = llvm.load %v4223 : !llvm.ptr -> f32
                  %v4225 = arith.mulf %v4224, %v3568 fastmath<contract> : f32
                  %v4226 = arith.addf %v4217, %v4225 fastmath<contract> : f32
                  %v4227 = arith.constant 2 : i64
                  %v4228 = arith.muli %v4227, %v743 : i64
                  %v4229 = arith.constant 15 : i64
                  %v4230 = arith.muli %v4229, %v3 : i64
                  %v4231 = arith.addi %v4228, %v4230 : i64
                  %v4232 = llvm.getelementptr %in_C_im[%v4231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4233 = llvm.load %v4232 : !llvm.ptr -> f32
                  %v4234 = arith.mulf %v4233, %v3575 fastmath<contract> : f32
                  %v4235 = arith.addf %v4226, %v4234 fastmath<contract> : f32
                  %v4236 = arith.constant 3 : i64
                  %v4237 = arith.muli %v4236, %v743 : i64
                  %v4238 = arith.constant 15 : i64
                  %v4239 = arith.muli %v4238, %v3 : i64
                  %v4240 = arith.addi %v4237, %v4239 : i64
                  %v4241 = llvm.getelementptr %in_C_im[%v4240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4242 = llvm.load %v4241 : !llvm.ptr -> f32
                  %v4243 = arith.mulf %v4242, %v3582 fastmath<contract> : f32
                  %v4244 = arith.addf %v4235, %v4243 fastmath<contract> : f32
                  %v4245 = llvm.load %v187 : !llvm.ptr -> f32
                  %v4246 = arith.mulf %v4245, %v2771 fastmath<contract> : f32
                  %v4247 = arith.addf %v4244, %v4246 fastmath<contract> : f32
                  %v4248 = llvm.load %v219 : !llvm.ptr -> f32
                  %v4249 = arith.mulf %v4248, %v2755 fastmath<contract> : f32
                  %v4250 = arith.addf %v4249, %v4247 fastmath<contract> : f32
                  %v4251 = arith.mulf %v2834, %v4245 fastmath<contract> : f32
                  %v4252 = arith.mulf %v4248, %v2802 fastmath<contract> : f32
                  %v4253 = arith.addf %v4252, %v4251 fastmath<contract> : f32
                  %v4254 = arith.mulf %v2835, %v4245 fastmath<contract> : f32
                  %v4255 = arith.mulf %v4248, %v2803 fastmath<contract> : f32
                  %v4256 = arith.addf %v4255, %v4254 fastmath<contract> : f32
                  llvm.store %v2892, %v124 : f32, !llvm.ptr
                  llvm.store %v2895, %v530 : f32, !llvm.ptr
                  llvm.store %v2898, %v531 : f32, !llvm.ptr
                  llvm.store %v2936, %v125 : f32, !llvm.ptr
                  llvm.store %v2939, %v532 : f32, !llvm.ptr
                  llvm.store %v2942, %v533 : f32, !llvm.ptr
                  llvm.store %v2980, %v126 : f32, !llvm.ptr
                  llvm.store %v2983, %v534 : f32, !llvm.ptr
                  llvm.store %v2986, %v535 : f32, !llvm.ptr
                  llvm.store %v3024, %v127 : f32, !llvm.ptr
                  llvm.store %v3027, %v536 : f32, !llvm.ptr
                  llvm.store %v3030, %v537 : f32, !llvm.ptr
                  llvm.store %v3068, %v128 : f32, !llvm.ptr
                  llvm.store %v3071, %v538 : f32, !llvm.ptr
                  llvm.store %v3074, %v539 : f32, !llvm.ptr
                  llvm.store %v3112, %v129 : f32, !llvm.ptr
                  llvm.store %v3115, %v540 : f32, !llvm.ptr
                  llvm.store %v3118, %v541 : f32, !llvm.ptr
                  llvm.store %v3156, %v130 : f32, !llvm.ptr
                  llvm.store %v3159, %v542 : f32, !llvm.ptr
                  llvm.store %v3162, %v543 : f32, !llvm.ptr
                  llvm.store %v3200, %v131 : f32, !llvm.ptr
                  llvm.store %v3203, %v544 : f32, !llvm.ptr
                  llvm.store %v3206, %v545 : f32, !llvm.ptr
                  llvm.store %v3244, %v132 : f32, !llvm.ptr
                  llvm.store %v3247, %v546 : f32, !llvm.ptr
                  llvm.store %v3250, %v547 : f32, !llvm.ptr
                  llvm.store %v3288, %v133 : f32, !llvm.ptr
                  llvm.store %v3291, %v548 : f32, !llvm.ptr
                  llvm.store %v3294, %v549 : f32, !llvm.ptr
                  llvm.store %v3332, %v134 : f32, !llvm.ptr
                  llvm.store %v3335, %v550 : f32, !llvm.ptr
                  llvm.store %v3338, %v551 : f32, !llvm.ptr
                  llvm.store %v3376, %v135 : f32, !llvm.ptr
                  llvm.store %v3379, %v552 : f32, !llvm.ptr
                  llvm.store %v3382, %v553 : f32, !llvm.ptr
                  llvm.store %v3420, %v136 : f32, !llvm.ptr
                  llvm.store %v3423, %v554 : f32, !llvm.ptr
                  llvm.store %v3426, %v555 : f32, !llvm.ptr
                  llvm.store %v3464, %v137 : f32, !llvm.ptr
                  llvm.store %v3467, %v556 : f32, !llvm.ptr
                  llvm.store %v3470, %v557 : f32, !llvm.ptr
                  llvm.store %v3508, %v138 : f32, !llvm.ptr
                  llvm.store %v3511, %v558 : f32, !llvm.ptr
                  llvm.store %v3514, %v559 : f32, !llvm.ptr
                  llvm.store %v3552, %v139 : f32, !llvm.ptr
                  llvm.store %v3555, %v560 : f32, !llvm.ptr
                  llvm.store %v3558, %v561 : f32, !llvm.ptr
                  llvm.store %v3590, %v140 : f32, !llvm.ptr
                  llvm.store %v3593, %v562 : f32, !llvm.ptr
                  llvm.store %v3596, %v563 : f32, !llvm.ptr
                  llvm.store %v3634, %v141 : f32, !llvm.ptr
                  llvm.store %v3637, %v564 : f32, !llvm.ptr
                  llvm.store %v3640, %v565 : f32, !llvm.ptr
                  llvm.store %v3678, %v142 : f32, !llvm.ptr
                  llvm.store %v3681, %v566 : f32, !llvm.ptr
                  llvm.store %v3684, %v567 : f32, !llvm.ptr
                  llvm.store %v3722, %v143 : f32, !llvm.ptr
                  llvm.store %v3725, %v568 : f32, !llvm.ptr
                  llvm.store %v3728, %v569 : f32, !llvm.ptr
                  llvm.store %v3766, %v144 : f32, !llvm.ptr
                  llvm.store %v3769, %v570 : f32, !llvm.ptr
                  llvm.store %v3772, %v571 : f32, !llvm.ptr
                  llvm.store %v3810, %v145 : f32, !llvm.ptr
                  llvm.store %v3813, %v572 : f32, !llvm.ptr
                  llvm.store %v3816, %v573 : f32, !llvm.ptr
                  llvm.store %v3854, %v146 : f32, !llvm.ptr
                  llvm.store %v3857, %v574 : f32, !llvm.ptr
                  llvm.store %v3860, %v575 : f32, !llvm.ptr
                  llvm.store %v3898, %v147 : f32, !llvm.ptr
                  llvm.store %v3901, %v576 : f32, !llvm.ptr
                  llvm.store %v3904, %v577 : f32, !llvm.ptr
                  llvm.store %v3942, %v148 : f32, !llvm.ptr
                  llvm.store %v3945, %v578 : f32, !llvm.ptr
                  llvm.store %v3948, %v579 : f32, !llvm.ptr
                  llvm.store %v3986, %v149 : f32, !llvm.ptr
                  llvm.store %v3989, %v580 : f32, !llvm.ptr
                  llvm.store %v3992, %v581 : f32, !llvm.ptr
                  llvm.store %v4030, %v150 : f32, !llvm.ptr
                  llvm.store %v4033, %v582 : f32, !llvm.ptr
                  llvm.store %v4036, %v583 : f32, !llvm.ptr
                  llvm.store %v4074, %v151 : f32, !llvm.ptr
                  llvm.store %v4077, %v584 : f32, !llvm.ptr
                  llvm.store %v4080, %v585 : f32, !llvm.ptr
                  llvm.store %v4118, %v152 : f32, !llvm.ptr
                  llvm.store %v4121, %v586 : f32, !llvm.ptr
                  llvm.store %v4124, %v587 : f32, !llvm.ptr
                  llvm.store %v4162, %v153 : f32, !llvm.ptr
                  llvm.store %v4165, %v588 : f32, !llvm.ptr
                  llvm.store %v4168, %v589 : f32, !llvm.ptr
                  llvm.store %v4206, %v154 : f32, !llvm.ptr
                  llvm.store %v4209, %v590 : f32, !llvm.ptr
                  llvm.store %v4212, %v591 : f32, !llvm.ptr
                  llvm.store %v4250, %v155 : f32, !llvm.ptr
                  llvm.store %v4253, %v592 : f32, !llvm.ptr
                  llvm.store %v4256, %v593 : f32, !llvm.ptr
                  scf.if %v2738 {
                  }
                  %v4257 = arith.constant 0 : i64
                  %v4258 = llvm.getelementptr %in_lam_re[%v4257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4259 = llvm.load %v4258 : !llvm.ptr -> f32
                  %v4260 = arith.constant 0 : i64
                  %v4261 = llvm.getelementptr %in_log_dt[%v4260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4262 = llvm.load %v4261 : !llvm.ptr -> f32
                  %v4263 = arith.mulf %v4262, %v2173 fastmath<contract> : f32
                  %v4264 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4263) : (f32) -> f32
                  %v4265 = arith.mulf %v4259, %v4264 fastmath<contract> : f32
                  %v4266 = arith.mulf %v4265, %v2173 fastmath<contract> : f32
                  %v4267 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4266) : (f32) -> f32
                  %v4268 = arith.constant 0 : i64
                  %v4269 = llvm.getelementptr %in_lam_im[%v4268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4270 = llvm.load %v4269 : !llvm.ptr -> f32
                  %v4271 = arith.mulf %v4270, %v4264 fastmath<contract> : f32
                  %v4272 = arith.mulf %v4271, %v2183 fastmath<contract> : f32
                  %v4273 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4272) : (f32) -> f32
                  %v4274 = arith.mulf %v4273, %v2186 fastmath<contract> : f32
                  %v4275 = arith.subf %v4271, %v4274 fastmath<contract> : f32
                  %v4276 = arith.mulf %v4273, %v2187 fastmath<contract> : f32
                  %v4277 = arith.subf %v4275, %v4276 fastmath<contract> : f32
                  %v4278 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4277) : (f32) -> f32
                  %v4279 = arith.mulf %v4267, %v4278 fastmath<contract> : f32
                  llvm.store %v4279, %v156 : f32, !llvm.ptr
                  %v4280 = arith.mulf %v4271, %v2183 fastmath<contract> : f32
                  %v4281 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4280) : (f32) -> f32
                  %v4282 = arith.mulf %v4281, %v2186 fastmath<contract> : f32
                  %v4283 = arith.subf %v4271, %v4282 fastmath<contract> : f32
                  %v4284 = arith.mulf %v4281, %v2187 fastmath<contract> : f32
                  %v4285 = arith.subf %v4283, %v4284 fastmath<contract> : f32
                  %v4286 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4285) : (f32) -> f32
                  %v4287 = arith.mulf %v4267, %v4286 fastmath<contract> : f32
                  llvm.store %v4287, %v188 : f32, !llvm.ptr
                  %v4288 = arith.constant 1 : i64
                  %v4289 = arith.muli %v4288, %v3 : i64
                  %v4290 = llvm.getelementptr %in_lam_re[%v4289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4291 = llvm.load %v4290 : !llvm.ptr -> f32
                  %v4292 = arith.constant 1 : i64
                  %v4293 = arith.muli %v4292, %v3 : i64
                  %v4294 = llvm.getelementptr %in_log_dt[%v4293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4295 = llvm.load %v4294 : !llvm.ptr -> f32
                  %v4296 = arith.mulf %v4295, %v2173 fastmath<contract> : f32
                  %v4297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4296) : (f32) -> f32
                  %v4298 = arith.mulf %v4291, %v4297 fastmath<contract> : f32
                  %v4299 = arith.mulf %v4298, %v2173 fastmath<contract> : f32
                  %v4300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4299) : (f32) -> f32
                  %v4301 = arith.constant 1 : i64
                  %v4302 = arith.muli %v4301, %v3 : i64
                  %v4303 = llvm.getelementptr %in_lam_im[%v4302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4304 = llvm.load %v4303 : !llvm.ptr -> f32
                  %v4305 = arith.mulf %v4304, %v4297 fastmath<contract> : f32
                  %v4306 = arith.mulf %v4305, %v2183 fastmath<contract> : f32
                  %v4307 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4306) : (f32) -> f32
                  %v4308 = arith.mulf %v4307, %v2186 fastmath<contract> : f32
                  %v4309 = arith.subf %v4305, %v4308 fastmath<contract> : f32
                  %v4310 = arith.mulf %v4307, %v2187 fastmath<contract> : f32
                  %v4311 = arith.subf %v4309, %v4310 fastmath<contract> : f32
                  %v4312 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4311) : (f32) -> f32
                  %v4313 = arith.mulf %v4300, %v4312 fastmath<contract> : f32
                  llvm.store %v4313, %v157 : f32, !llvm.ptr
                  %v4314 = arith.mulf %v4305, %v2183 fastmath<contract> : f32
                  %v4315 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4314) : (f32) -> f32
                  %v4316 = arith.mulf %v4315, %v2186 fastmath<contract> : f32
                  %v4317 = arith.subf %v4305, %v4316 fastmath<contract> : f32
                  %v4318 = arith.mulf %v4315, %v2187 fastmath<contract> : f32
                  %v4319 = arith.subf %v4317, %v4318 fastmath<contract> : f32
                  %v4320 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4319) : (f32) -> f32
                  %v4321 = arith.mulf %v4300, %v4320 fastmath<contract> : f32
                  llvm.store %v4321, %v189 : f32, !llvm.ptr
                  %v4322 = arith.constant 2 : i64
                  %v4323 = arith.muli %v4322, %v3 : i64
                  %v4324 = llvm.getelementptr %in_lam_re[%v4323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4325 = llvm.load %v4324 : !llvm.ptr -> f32
                  %v4326 = arith.constant 2 : i64
                  %v4327 = arith.muli %v4326, %v3 : i64
                  %v4328 = llvm.getelementptr %in_log_dt[%v4327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4329 = llvm.load %v4328 : !llvm.ptr -> f32
                  %v4330 = arith.mulf %v4329, %v2173 fastmath<contract> : f32
                  %v4331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4330) : (f32) -> f32
                  %v4332 = arith.mulf %v4325, %v4331 fastmath<contract> : f32
                  %v4333 = arith.mulf %v4332, %v2173 fastmath<contract> : f32
                  %v4334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4333) : (f32) -> f32
                  %v4335 = arith.constant 2 : i64
                  %v4336 = arith.muli %v4335, %v3 : i64
                  %v4337 = llvm.getelementptr %in_lam_im[%v4336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4338 = llvm.load %v4337 : !llvm.ptr -> f32
                  %v4339 = arith.mulf %v4338, %v4331 fastmath<contract> : f32
                  %v4340 = arith.mulf %v4339, %v2183 fastmath<contract> : f32
                  %v4341 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4340) : (f32) -> f32
                  %v4342 = arith.mulf %v4341, %v2186 fastmath<contract> : f32
                  %v4343 = arith.subf %v4339, %v4342 fastmath<contract> : f32
                  %v4344 = arith.mulf %v4341, %v2187 fastmath<contract> : f32
                  %v4345 = arith.subf %v4343, %v4344 fastmath<contract> : f32
                  %v4346 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4345) : (f32) -> f32
                  %v4347 = arith.mulf %v4334, %v4346 fastmath<contract> : f32
                  llvm.store %v4347, %v158 : f32, !llvm.ptr
                  %v4348 = arith.mulf %v4339, %v2183 fastmath<contract> : f32
                  %v4349 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4348) : (f32) -> f32
                  %v4350 = arith.mulf %v4349, %v2186 fastmath<contract> : f32
                  %v4351 = arith.subf %v4339, %v4350 fastmath<contract> : f32
                  %v4352 = arith.mulf %v4349, %v2187 fastmath<contract> : f32
                  %v4353 = arith.subf %v4351, %v4352 fastmath<contract> : f32
                  %v4354 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4353) : (f32) -> f32
                  %v4355 = arith.mulf %v4334, %v4354 fastmath<contract> : f32
                  llvm.store %v4355, %v190 : f32, !llvm.ptr
                  %v4356 = arith.constant 3 : i64
                  %v4357 = arith.muli %v4356, %v3 : i64
                  %v4358 = llvm.getelementptr %in_lam_re[%v4357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4359 = llvm.load %v4358 : !llvm.ptr -> f32
                  %v4360 = arith.constant 3 : i64
                  %v4361 = arith.muli %v4360, %v3 : i64
                  %v4362 = llvm.getelementptr %in_log_dt[%v4361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4363 = llvm.load %v4362 : !llvm.ptr -> f32
                  %v4364 = arith.mulf %v4363, %v2173 fastmath<contract> : f32
                  %v4365 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4364) : (f32) -> f32
                  %v4366 = arith.mulf %v4359, %v4365 fastmath<contract> : f32
                  %v4367 = arith.mulf %v4366, %v2173 fastmath<contract> : f32
                  %v4368 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4367) : (f32) -> f32
                  %v4369 = arith.constant 3 : i64
                  %v4370 = arith.muli %v4369, %v3 : i64
                  %v4371 = llvm.getelementptr %in_lam_im[%v4370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4372 = llvm.load %v4371 : !llvm.ptr -> f32
                  %v4373 = arith.mulf %v4372, %v4365 fastmath<contract> : f32
                  %v4374 = arith.mulf %v4373, %v2183 fastmath<contract> : f32
                  %v4375 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4374) : (f32) -> f32
                  %v4376 = arith.mulf %v4375, %v2186 fastmath<contract> : f32
                  %v4377 = arith.subf %v4373, %v4376 fastmath<contract> : f32
                  %v4378 = arith.mulf %v4375, %v2187 fastmath<contract> : f32
                  %v4379 = arith.subf %v4377, %v4378 fastmath<contract> : f32
                  %v4380 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4379) : (f32) -> f32
                  %v4381 = arith.mulf %v4368, %v4380 fastmath<contract> : f32
                  llvm.store %v4381, %v159 : f32, !llvm.ptr
                  %v4382 = arith.mulf %v4373, %v2183 fastmath<contract> : f32
                  %v4383 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4382) : (f32) -> f32
                  %v4384 = arith.mulf %v4383, %v2186 fastmath<contract> : f32
                  %v4385 = arith.subf %v4373, %v4384 fastmath<contract> : f32
                  %v4386 = arith.mulf %v4383, %v2187 fastmath<contract> : f32
                  %v4387 = arith.subf %v4385, %v4386 fastmath<contract> : f32
                  %v4388 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4387) : (f32) -> f32
                  %v4389 = arith.mulf %v4368, %v4388 fastmath<contract> : f32
                  llvm.store %v4389, %v191 : f32, !llvm.ptr
                  %v4390 = arith.constant 4 : i64
                  %v4391 = arith.muli %v4390, %v3 : i64
                  %v4392 = llvm.getelementptr %in_lam_re[%v4391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4393 = llvm.load %v4392 : !llvm.ptr -> f32
                  %v4394 = arith.constant 4 : i64
                  %v4395 = arith.muli %v4394, %v3 : i64
                  %v4396 = llvm.getelementptr %in_log_dt[%v4395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4397 = llvm.load %v4396 : !llvm.ptr -> f32
                  %v4398 = arith.mulf %v4397, %v2173 fastmath<contract> : f32
                  %v4399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4398) : (f32) -> f32
                  %v4400 = arith.mulf %v4393, %v4399 fastmath<contract> : f32
                  %v4401 = arith.mulf %v4400, %v2173 fastmath<contract> : f32
                  %v4402 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4401) : (f32) -> f32
                  %v4403 = arith.constant 4 : i64
                  %v4404 = arith.muli %v4403, %v3 : i64
                  %v4405 = llvm.getelementptr %in_lam_im[%v4404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4406 = llvm.load %v4405 : !llvm.ptr -> f32
                  %v4407 = arith.mulf %v4406, %v4399 fastmath<contract> : f32
                  %v4408 = arith.mulf %v4407, %v2183 fastmath<contract> : f32
                  %v4409 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4408) : (f32) -> f32
                  %v4410 = arith.mulf %v4409, %v2186 fastmath<contract> : f32
                  %v4411 = arith.subf %v4407, %v4410 fastmath<contract> : f32
                  %v4412 = arith.mulf %v4409, %v2187 fastmath<contract> : f32
                  %v4413 = arith.subf %v4411, %v4412 fastmath<contract> : f32
                  %v4414 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4413) : (f32) -> f32
                  %v4415 = arith.mulf %v4402, %v4414 fastmath<contract> : f32
                  llvm.store %v4415, %v160 : f32, !llvm.ptr
                  %v4416 = arith.mulf %v4407, %v2183 fastmath<contract> : f32
                  %v4417 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4416) : (f32) -> f32
                  %v4418 = arith.mulf %v4417, %v2186 fastmath<contract> : f32
                  %v4419 = arith.subf %v4407, %v4418 fastmath<contract> : f32
                  %v4420 = arith.mulf %v4417, %v2187 fastmath<contract> : f32
                  %v4421 = arith.subf %v4419, %v4420 fastmath<contract> : f32
                  %v4422 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4421) : (f32) -> f32
                  %v4423 = arith.mulf %v4402, %v4422 fastmath<contract> : f32
                  llvm.store %v4423, %v192 : f32, !llvm.ptr
                  %v4424 = arith.constant 5 : i64
                  %v4425 = arith.muli %v4424, %v3 : i64
                  %v4426 = llvm.getelementptr %in_lam_re[%v4425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4427 = llvm.load %v4426 : !llvm.ptr -> f32
                  %v4428 = arith.constant 5 : i64
                  %v4429 = arith.muli %v4428, %v3 : i64
                  %v4430 = llvm.getelementptr %in_log_dt[%v4429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4431 = llvm.load %v4430 : !llvm.ptr -> f32
                  %v4432 = arith.mulf %v4431, %v2173 fastmath<contract> : f32
                  %v4433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4432) : (f32) -> f32
                  %v4434 = arith.mulf %v4427, %v4433 fastmath<contract> : f32
                  %v4435 = arith.mulf %v4434, %v2173 fastmath<contract> : f32
                  %v4436 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4435) : (f32) -> f32
                  %v4437 = arith.constant 5 : i64
                  %v4438 = arith.muli %v4437, %v3 : i64
                  %v4439 = llvm.getelementptr %in_lam_im[%v4438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4440 = llvm.load %v4439 : !llvm.ptr -> f32
                  %v4441 = arith.mulf %v4440, %v4433 fastmath<contract> : f32
                  %v4442 = arith.mulf %v4441, %v2183 fastmath<contract> : f32
                  %v4443 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4442) : (f32) -> f32
                  %v4444 = arith.mulf %v4443, %v2186 fastmath<contract> : f32
                  %v4445 = arith.subf %v4441, %v4444 fastmath<contract> : f32
                  %v4446 = arith.mulf %v4443, %v2187 fastmath<contract> : f32
                  %v4447 = arith.subf %v4445, %v4446 fastmath<contract> : f32
                  %v4448 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4447) : (f32) -> f32
                  %v4449 = arith.mulf %v4436, %v4448 fastmath<contract> : f32
                  llvm.store %v4449, %v161 : f32, !llvm.ptr
                  %v4450 = arith.mulf %v4441, %v2183 fastmath<contract> : f32
                  %v4451 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4450) : (f32) -> f32
                  %v4452 = arith.mulf %v4451, %v2186 fastmath<contract> : f32
                  %v4453 = arith.subf %v4441, %v4452 fastmath<contract> : f32
                  %v4454 = arith.mulf %v4451, %v2187 fastmath<contract> : f32
                  %v4455 = arith.subf %v4453, %v4454 fastmath<contract> : f32
                  %v4456 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4455) : (f32) -> f32
                  %v4457 = arith.mulf %v4436, %v4456 fastmath<contract> : f32
                  llvm.store %v4457, %v193 : f32, !llvm.ptr
                  %v4458 = arith.constant 6 : i64
                  %v4459 = arith.muli %v4458, %v3 : i64
                  %v4460 = llvm.getelementptr %in_lam_re[%v4459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4461 = llvm.load %v4460 : !llvm.ptr -> f32
                  %v4462 = arith.constant 6 : i64
                  %v4463 = arith.muli %v4462, %v3 : i64
                  %v4464 = llvm.getelementptr %in_log_dt[%v4463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4465 = llvm.load %v4464 : !llvm.ptr -> f32
                  %v4466 = arith.mulf %v4465, %v2173 fastmath<contract> : f32
                  %v4467 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4466) : (f32) -> f32
                  %v4468 = arith.mulf %v4461, %v4467 fastmath<contract> : f32
                  %v4469 = arith.mulf %v4468, %v2173 fastmath<contract> : f32
                  %v4470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4469) : (f32) -> f32
                  %v4471 = arith.constant 6 : i64
                  %v4472 = arith.muli %v4471, %v3 : i64
                  %v4473 = llvm.getelementptr %in_lam_im[%v4472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4474 = llvm.load %v4473 : !llvm.ptr -> f32
                  %v4475 = arith.mulf %v4474, %v4467 fastmath<contract> : f32
                  %v4476 = arith.mulf %v4475, %v2183 fastmath<contract> : f32
                  %v4477 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4476) : (f32) -> f32
                  %v4478 = arith.mulf %v4477, %v2186 fastmath<contract> : f32
                  %v4479 = arith.subf %v4475, %v4478 fastmath<contract> : f32
                  %v4480 = arith.mulf %v4477, %v2187 fastmath<contract> : f32
                  %v4481 = arith.subf %v4479, %v4480 fastmath<contract> : f32
                  %v4482 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4481) : (f32) -> f32
                  %v4483 = arith.mulf %v4470, %v4482 fastmath<contract> : f32
                  llvm.store %v4483, %v162 : f32, !llvm.ptr
                  %v4484 = arith.mulf %v4475, %v2183 fastmath<contract> : f32
                  %v4485 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4484) : (f32) -> f32
                  %v4486 = arith.mulf %v4485, %v2186 fastmath<contract> : f32
                  %v4487 = arith.subf %v4475, %v4486 fastmath<contract> : f32
                  %v4488 = arith.mulf %v4485, %v2187 fastmath<contract> : f32
                  %v4489 = arith.subf %v4487, %v4488 fastmath<contract> : f32
                  %v4490 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4489) : (f32) -> f32
                  %v4491 = arith.mulf %v4470, %v4490 fastmath<contract> : f32
                  llvm.store %v4491, %v194 : f32, !llvm.ptr
                  %v4492 = arith.constant 7 : i64
                  %v4493 = arith.muli %v4492, %v3 : i64
                  %v4494 = llvm.getelementptr %in_lam_re[%v4493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4495 = llvm.load %v4494 : !llvm.ptr -> f32
                  %v4496 = arith.constant 7 : i64
                  %v4497 = arith.muli %v4496, %v3 : i64
                  %v4498 = llvm.getelementptr %in_log_dt[%v4497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4499 = llvm.load %v4498 : !llvm.ptr -> f32
                  %v4500 = arith.mulf %v4499, %v2173 fastmath<contract> : f32
                  %v4501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4500) : (f32) -> f32
                  %v4502 = arith.mulf %v4495, %v4501 fastmath<contract> : f32
                  %v4503 = arith.mulf %v4502, %v2173 fastmath<contract> : f32
                  %v4504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4503) : (f32) -> f32
                  %v4505 = arith.constant 7 : i64
                  %v4506 = arith.muli %v4505, %v3 : i64
                  %v4507 = llvm.getelementptr %in_lam_im[%v4506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4508 = llvm.load %v4507 : !llvm.ptr -> f32
                  %v4509 = arith.mulf %v4508, %v4501 fastmath<contract> : f32
                  %v4510 = arith.mulf %v4509, %v2183 fastmath<contract> : f32
                  %v4511 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4510) : (f32) -> f32
                  %v4512 = arith.mulf %v4511, %v2186 fastmath<contract> : f32
                  %v4513 = arith.subf %v4509, %v4512 fastmath<contract> : f32
                  %v4514 = arith.mulf %v4511, %v2187 fastmath<contract> : f32
                  %v4515 = arith.subf %v4513, %v4514 fastmath<contract> : f32
                  %v4516 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4515) : (f32) -> f32
                  %v4517 = arith.mulf %v4504, %v4516 fastmath<contract> : f32
                  llvm.store %v4517, %v163 : f32, !llvm.ptr
                  %v4518 = arith.mulf %v4509, %v2183 fastmath<contract> : f32
                  %v4519 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4518) : (f32) -> f32
                  %v4520 = arith.mulf %v4519, %v2186 fastmath<contract> : f32
                  %v4521 = arith.subf %v4509, %v4520 fastmath<contract> : f32
                  %v4522 = arith.mulf %v4519, %v2187 fastmath<contract> : f32
                  %v4523 = arith.subf %v4521, %v4522 fastmath<contract> : f32
                  %v4524 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4523) : (f32) -> f32
                  %v4525 = arith.mulf %v4504, %v4524 fastmath<contract> : f32
                  llvm.store %v4525, %v195 : f32, !llvm.ptr
                  %v4526 = arith.constant 8 : i64
                  %v4527 = arith.muli %v4526, %v3 : i64
                  %v4528 = llvm.getelementptr %in_lam_re[%v4527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4529 = llvm.load %v4528 : !llvm.ptr -> f32
                  %v4530 = arith.constant 8 : i64
                  %v4531 = arith.muli %v4530, %v3 : i64
                  %v4532 = llvm.getelementptr %in_log_dt[%v4531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4533 = llvm.load %v4532 : !llvm.ptr -> f32
                  %v4534 = arith.mulf %v4533, %v2173 fastmath<contract> : f32
                  %v4535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4534) : (f32) -> f32
                  %v4536 = arith.mulf %v4529, %v4535 fastmath<contract> : f32
                  %v4537 = arith.mulf %v4536, %v2173 fastmath<contract> : f32
                  %v4538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4537) : (f32) -> f32
                  %v4539 = arith.constant 8 : i64
                  %v4540 = arith.muli %v4539, %v3 : i64
                  %v4541 = llvm.getelementptr %in_lam_im[%v4540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4542 = llvm.load %v4541 : !llvm.ptr -> f32
                  %v4543 = arith.mulf %v4542, %v4535 fastmath<contract> : f32
                  %v4544 = arith.mulf %v4543, %v2183 fastmath<contract> : f32
                  %v4545 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4544) : (f32) -> f32
                  %v4546 = arith.mulf %v4545, %v2186 fastmath<contract> : f32
                  %v4547 = arith.subf %v4543, %v4546 fastmath<contract> : f32
                  %v4548 = arith.mulf %v4545, %v2187 fastmath<contract> : f32
                  %v4549 = arith.subf %v4547, %v4548 fastmath<contract> : f32
                  %v4550 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4549) : (f32) -> f32
                  %v4551 = arith.mulf %v4538, %v4550 fastmath<contract> : f32
                  llvm.store %v4551, %v164 : f32, !llvm.ptr
                  %v4552 = arith.mulf %v4543, %v2183 fastmath<contract> : f32
                  %v4553 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4552) : (f32) -> f32
                  %v4554 = arith.mulf %v4553, %v2186 fastmath<contract> : f32
                  %v4555 = arith.subf %v4543, %v4554 fastmath<contract> : f32
                  %v4556 = arith.mulf %v4553, %v2187 fastmath<contract> : f32
                  %v4557 = arith.subf %v4555, %v4556 fastmath<contract> : f32
                  %v4558 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4557) : (f32) -> f32
                  %v4559 = arith.mulf %v4538, %v4558 fastmath<contract> : f32
                  llvm.store %v4559, %v196 : f32, !llvm.ptr
                  %v4560 = arith.constant 9 : i64
                  %v4561 = arith.muli %v4560, %v3 : i64
                  %v4562 = llvm.getelementptr %in_lam_re[%v4561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4563 = llvm.load %v4562 : !llvm.ptr -> f32
                  %v4564 = arith.constant 9 : i64
                  %v4565 = arith.muli %v4564, %v3 : i64
                  %v4566 = llvm.getelementptr %in_log_dt[%v4565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4567 = llvm.load %v4566 : !llvm.ptr -> f32
                  %v4568 = arith.mulf %v4567, %v2173 fastmath<contract> : f32
                  %v4569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4568) : (f32) -> f32
                  %v4570 = arith.mulf %v4563, %v4569 fastmath<contract> : f32
                  %v4571 = arith.mulf %v4570, %v2173 fastmath<contract> : f32
                  %v4572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4571) : (f32) -> f32
                  %v4573 = arith.constant 9 : i64
                  %v4574 = arith.muli %v4573, %v3 : i64
                  %v4575 = llvm.getelementptr %in_lam_im[%v4574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4576 = llvm.load %v4575 : !llvm.ptr -> f32
                  %v4577 = arith.mulf %v4576, %v4569 fastmath<contract> : f32
                  %v4578 = arith.mulf %v4577, %v2183 fastmath<contract> : f32
                  %v4579 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4578) : (f32) -> f32
                  %v4580 = arith.mulf %v4579, %v2186 fastmath<contract> : f32
                  %v4581 = arith.subf %v4577, %v4580 fastmath<contract> : f32
                  %v4582 = arith.mulf %v4579, %v2187 fastmath<contract> : f32
                  %v4583 = arith.subf %v4581, %v4582 fastmath<contract> : f32
                  %v4584 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4583) : (f32) -> f32
                  %v4585 = arith.mulf %v4572, %v4584 fastmath<contract> : f32
                  llvm.store %v4585, %v165 : f32, !llvm.ptr
                  %v4586 = arith.mulf %v4577, %v2183 fastmath<contract> : f32
                  %v4587 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4586) : (f32) -> f32
                  %v4588 = arith.mulf %v4587, %v2186 fastmath<contract> : f32
                  %v4589 = arith.subf %v4577, %v4588 fastmath<contract> : f32
                  %v4590 = arith.mulf %v4587, %v2187 fastmath<contract> : f32
                  %v4591 = arith.subf %v4589, %v4590 fastmath<contract> : f32
                  %v4592 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4591) : (f32) -> f32
                  %v4593 = arith.mulf %v4572, %v4592 fastmath<contract> : f32
                  llvm.store %v4593, %v197 : f32, !llvm.ptr
                  %v4594 = arith.constant 10 : i64
                  %v4595 = arith.muli %v4594, %v3 : i64
                  %v4596 = llvm.getelementptr %in_lam_re[%v4595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4597 = llvm.load %v4596 : !llvm.ptr -> f32
                  %v4598 = arith.constant 10 : i64
                  %v4599 = arith.muli %v4598, %v3 : i64
                  %v4600 = llvm.getelementptr %in_log_dt[%v4599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4601 = llvm.load %v4600 : !llvm.ptr -> f32
                  %v4602 = arith.mulf %v4601, %v2173 fastmath<contract> : f32
                  %v4603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4602) : (f32) -> f32
                  %v4604 = arith.mulf %v4597, %v4603 fastmath<contract> : f32
                  %v4605 = arith.mulf %v4604, %v2173 fastmath<contract> : f32
                  %v4606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4605) : (f32) -> f32
                  %v4607 = arith.constant 10 : i64
                  %v4608 = arith.muli %v4607, %v3 : i64
                  %v4609 = llvm.getelementptr %in_lam_im[%v4608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4610 = llvm.load %v4609 : !llvm.ptr -> f32
                  %v4611 = arith.mulf %v4610, %v4603 fastmath<contract> : f32
                  %v4612 = arith.mulf %v4611, %v2183 fastmath<contract> : f32
                  %v4613 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4612) : (f32) -> f32
                  %v4614 = arith.mulf %v4613, %v2186 fastmath<contract> : f32
                  %v4615 = arith.subf %v4611, %v4614 fastmath<contract> : f32
                  %v4616 = arith.mulf %v4613, %v2187 fastmath<contract> : f32
                  %v4617 = arith.subf %v4615, %v4616 fastmath<contract> : f32
                  %v4618 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4617) : (f32) -> f32
                  %v4619 = arith.mulf %v4606, %v4618 fastmath<contract> : f32
                  llvm.store %v4619, %v166 : f32, !llvm.ptr
                  %v4620 = arith.mulf %v4611, %v2183 fastmath<contract> : f32
                  %v4621 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4620) : (f32) -> f32
                  %v4622 = arith.mulf %v4621, %v2186 fastmath<contract> : f32
                  %v4623 = arith.subf %v4611, %v4622 fastmath<contract> : f32
                  %v4624 = arith.mulf %v4621, %v2187 fastmath<contract> : f32
                  %v4625 = arith.subf %v4623, %v4624 fastmath<contract> : f32
                  %v4626 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4625) : (f32) -> f32
                  %v4627 = arith.mulf %v4606, %v4626 fastmath<contract> : f32
                  llvm.store %v4627, %v198 : f32, !llvm.ptr
                  %v4628 = arith.constant 11 : i64
                  %v4629 = arith.muli %v4628, %v3 : i64
                  %v4630 = llvm.getelementptr %in_lam_re[%v4629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4631 = llvm.load %v4630 : !llvm.ptr -> f32
                  %v4632 = arith.constant 11 : i64
                  %v4633 = arith.muli %v4632, %v3 : i64
                  %v4634 = llvm.getelementptr %in_log_dt[%v4633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4635 = llvm.load %v4634 : !llvm.ptr -> f32
                  %v4636 = arith.mulf %v4635, %v2173 fastmath<contract> : f32
                  %v4637 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4636) : (f32) -> f32
                  %v4638 = arith.mulf %v4631, %v4637 fastmath<contract> : f32
                  %v4639 = arith.mulf %v4638, %v2173 fastmath<contract> : f32
                  %v4640 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4639) : (f32) -> f32
                  %v4641 = arith.constant 11 : i64
                  %v4642 = arith.muli %v4641, %v3 : i64
                  %v4643 = llvm.getelementptr %in_lam_im[%v4642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4644 = llvm.load %v4643 : !llvm.ptr -> f32
                  %v4645 = arith.mulf %v4644, %v4637 fastmath<contract> : f32
                  %v4646 = arith.mulf %v4645, %v2183 fastmath<contract> : f32
                  %v4647 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4646) : (f32) -> f32
                  %v4648 = arith.mulf %v4647, %v2186 fastmath<contract> : f32
                  %v4649 = arith.subf %v4645, %v4648 fastmath<contract> : f32
                  %v4650 = arith.mulf %v4647, %v2187 fastmath<contract> : f32
                  %v4651 = arith.subf %v4649, %v4650 fastmath<contract> : f32
                  %v4652 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4651) : (f32) -> f32
                  %v4653 = arith.mulf %v4640, %v4652 fastmath<contract> : f32
                  llvm.store %v4653, %v167 : f32, !llvm.ptr
                  %v4654 = arith.mulf %v4645, %v2183 fastmath<contract> : f32
                  %v4655 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4654) : (f32) -> f32
                  %v4656 = arith.mulf %v4655, %v2186 fastmath<contract> : f32
                  %v4657 = arith.subf %v4645, %v4656 fastmath<contract> : f32
                  %v4658 = arith.mulf %v4655, %v2187 fastmath<contract> : f32
                  %v4659 = arith.subf %v4657, %v4658 fastmath<contract> : f32
                  %v4660 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4659) : (f32) -> f32
                  %v4661 = arith.mulf %v4640, %v4660 fastmath<contract> : f32
                  llvm.store %v4661, %v199 : f32, !llvm.ptr
                  %v4662 = arith.constant 12 : i64
                  %v4663 = arith.muli %v4662, %v3 : i64
                  %v4664 = llvm.getelementptr %in_lam_re[%v4663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4665 = llvm.load %v4664 : !llvm.ptr -> f32
                  %v4666 = arith.constant 12 : i64
                  %v4667 = arith.muli %v4666, %v3 : i64
                  %v4668 = llvm.getelementptr %in_log_dt[%v4667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4669 = llvm.load %v4668 : !llvm.ptr -> f32
                  %v4670 = arith.mulf %v4669, %v2173 fastmath<contract> : f32
                  %v4671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4670) : (f32) -> f32
                  %v4672 = arith.mulf %v4665, %v4671 fastmath<contract> : f32
                  %v4673 = arith.mulf %v4672, %v2173 fastmath<contract> : f32
                  %v4674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4673) : (f32) -> f32
                  %v4675 = arith.constant 12 : i64
                  %v4676 = arith.muli %v4675, %v3 : i64
                  %v4677 = llvm.getelementptr %in_lam_im[%v4676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4678 = llvm.load %v4677 : !llvm.ptr -> f32
                  %v4679 = arith.mulf %v4678, %v4671 fastmath<contract> : f32
                  %v4680 = arith.mulf %v4679, %v2183 fastmath<contract> : f32
                  %v4681 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4680) : (f32) -> f32
                  %v4682 = arith.mulf %v4681, %v2186 fastmath<contract> : f32
                  %v4683 = arith.subf %v4679, %v4682 fastmath<contract> : f32
                  %v4684 = arith.mulf %v4681, %v2187 fastmath<contract> : f32
                  %v4685 = arith.subf %v4683, %v4684 fastmath<contract> : f32
                  %v4686 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4685) : (f32) -> f32
                  %v4687 = arith.mulf %v4674, %v4686 fastmath<contract> : f32
                  llvm.store %v4687, %v168 : f32, !llvm.ptr
                  %v4688 = arith.mulf %v4679, %v2183 fastmath<contract> : f32
                  %v4689 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4688) : (f32) -> f32
                  %v4690 = arith.mulf %v4689, %v2186 fastmath<contract> : f32
                  %v4691 = arith.subf %v4679, %v4690 fastmath<contract> : f32
                  %v4692 = arith.mulf %v4689, %v2187 fastmath<contract> : f32
                  %v4693 = arith.subf %v4691, %v4692 fastmath<contract> : f32
                  %v4694 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4693) : (f32) -> f32
                  %v4695 = arith.mulf %v4674, %v4694 fastmath<contract> : f32
                  llvm.store %v4695, %v200 : f32, !llvm.ptr
                  %v4696 = arith.constant 13 : i64
                  %v4697 = arith.muli %v4696, %v3 : i64
                  %v4698 = llvm.getelementptr %in_lam_re[%v4697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4699 = llvm.load %v4698 : !llvm.ptr -> f32
                  %v4700 = arith.constant 13 : i64
                  %v4701 = arith.muli %v4700, %v3 : i64
                  %v4702 = llvm.getelementptr %in_log_dt[%v4701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4703 = llvm.load %v4702 : !llvm.ptr -> f32
                  %v4704 = arith.mulf %v4703, %v2173 fastmath<contract> : f32
                  %v4705 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4704) : (f32) -> f32
                  %v4706 = arith.mulf %v4699, %v4705 fastmath<contract> : f32
                  %v4707 = arith.mulf %v4706, %v2173 fastmath<contract> : f32
                  %v4708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4707) : (f32) -> f32
                  %v4709 = arith.constant 13 : i64
                  %v4710 = arith.muli %v4709, %v3 : i64
                  %v4711 = llvm.getelementptr %in_lam_im[%v4710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4712 = llvm.load %v4711 : !llvm.ptr -> f32
                  %v4713 = arith.mulf %v4712, %v4705 fastmath<contract> : f32
                  %v4714 = arith.mulf %v4713, %v2183 fastmath<contract> : f32
                  %v4715 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4714) : (f32) -> f32
                  %v4716 = arith.mulf %v4715, %v2186 fastmath<contract> : f32
                  %v4717 = arith.subf %v4713, %v4716 fastmath<contract> : f32
                  %v4718 = arith.mulf %v4715, %v2187 fastmath<contract> : f32
                  %v4719 = arith.subf %v4717, %v4718 fastmath<contract> : f32
                  %v4720 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4719) : (f32) -> f32
                  %v4721 = arith.mulf %v4708, %v4720 fastmath<contract> : f32
                  llvm.store %v4721, %v169 : f32, !llvm.ptr
                  %v4722 = arith.mulf %v4713, %v2183 fastmath<contract> : f32
                  %v4723 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4722) : (f32) -> f32
                  %v4724 = arith.mulf %v4723, %v2186 fastmath<contract> : f32
                  %v4725 = arith.subf %v4713, %v4724 fastmath<contract> : f32
                  %v4726 = arith.mulf %v4723, %v2187 fastmath<contract> : f32
                  %v4727 = arith.subf %v4725, %v4726 fastmath<contract> : f32
                  %v4728 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4727) : (f32) -> f32
                  %v4729 = arith.mulf %v4708, %v4728 fastmath<contract> : f32
                  llvm.store %v4729, %v201 : f32, !llvm.ptr
                  %v4730 = arith.constant 14 : i64
                  %v4731 = arith.muli %v4730, %v3 : i64
                  %v4732 = llvm.getelementptr %in_lam_re[%v4731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4733 = llvm.load %v4732 : !llvm.ptr -> f32
                  %v4734 = arith.constant 14 : i64
                  %v4735 = arith.muli %v4734, %v3 : i64
                  %v4736 = llvm.getelementptr %in_log_dt[%v4735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4737 = llvm.load %v4736 : !llvm.ptr -> f32
                  %v4738 = arith.mulf %v4737, %v2173 fastmath<contract> : f32
                  %v4739 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4738) : (f32) -> f32
                  %v4740 = arith.mulf %v4733, %v4739 fastmath<contract> : f32
                  %v4741 = arith.mulf %v4740, %v2173 fastmath<contract> : f32
                  %v4742 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4741) : (f32) -> f32
                  %v4743 = arith.constant 14 : i64
                  %v4744 = arith.muli %v4743, %v3 : i64
                  %v4745 = llvm.getelementptr %in_lam_im[%v4744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4746 = llvm.load %v4745 : !llvm.ptr -> f32
                  %v4747 = arith.mulf %v4746, %v4739 fastmath<contract> : f32
                  %v4748 = arith.mulf %v4747, %v2183 fastmath<contract> : f32
                  %v4749 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4748) : (f32) -> f32
                  %v4750 = arith.mulf %v4749, %v2186 fastmath<contract> : f32
                  %v4751 = arith.subf %v4747, %v4750 fastmath<contract> : f32
                  %v4752 = arith.mulf %v4749, %v2187 fastmath<contract> : f32
                  %v4753 = arith.subf %v4751, %v4752 fastmath<contract> : f32
                  %v4754 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4753) : (f32) -> f32
                  %v4755 = arith.mulf %v4742, %v4754 fastmath<contract> : f32
                  llvm.store %v4755, %v170 : f32, !llvm.ptr
                  %v4756 = arith.mulf %v4747, %v2183 fastmath<contract> : f32
                  %v4757 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4756) : (f32) -> f32
                  %v4758 = arith.mulf %v4757, %v2186 fastmath<contract> : f32
                  %v4759 = arith.subf %v4747, %v4758 fastmath<contract> : f32
                  %v4760 = arith.mulf %v4757, %v2187 fastmath<contract> : f32
                  %v4761 = arith.subf %v4759, %v4760 fastmath<contract> : f32
                  %v4762 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4761) : (f32) -> f32
                  %v4763 = arith.mulf %v4742, %v4762 fastmath<contract> : f32
                  llvm.store %v4763, %v202 : f32, !llvm.ptr
                  %v4764 = arith.constant 15 : i64
                  %v4765 = arith.muli %v4764, %v3 : i64
                  %v4766 = llvm.getelementptr %in_lam_re[%v4765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4767 = llvm.load %v4766 : !llvm.ptr -> f32
                  %v4768 = arith.constant 15 : i64
                  %v4769 = arith.muli %v4768, %v3 : i64
                  %v4770 = llvm.getelementptr %in_log_dt[%v4769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4771 = llvm.load %v4770 : !llvm.ptr -> f32
                  %v4772 = arith.mulf %v4771, %v2173 fastmath<contract> : f32
                  %v4773 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4772) : (f32) -> f32
                  %v4774 = arith.mulf %v4767, %v4773 fastmath<contract> : f32
                  %v4775 = arith.mulf %v4774, %v2173 fastmath<contract> : f32
                  %v4776 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4775) : (f32) -> f32
                  %v4777 = arith.constant 15 : i64
                  %v4778 = arith.muli %v4777, %v3 : i64
                  %v4779 = llvm.getelementptr %in_lam_im[%v4778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4780 = llvm.load %v4779 : !llvm.ptr -> f32
                  %v4781 = arith.mulf %v4780, %v4773 fastmath<contract> : f32
                  %v4782 = arith.mulf %v4781, %v2183 fastmath<contract> : f32
                  %v4783 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4782) : (f32) -> f32
                  %v4784 = arith.mulf %v4783, %v2186 fastmath<contract> : f32
                  %v4785 = arith.subf %v4781, %v4784 fastmath<contract> : f32
                  %v4786 = arith.mulf %v4783, %v2187 fastmath<contract> : f32
                  %v4787 = arith.subf %v4785, %v4786 fastmath<contract> : f32
                  %v4788 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v4787) : (f32) -> f32
                  %v4789 = arith.mulf %v4776, %v4788 fastmath<contract> : f32
                  llvm.store %v4789, %v171 : f32, !llvm.ptr
                  %v4790 = arith.mulf %v4781, %v2183 fastmath<contract> : f32
                  %v4791 = llvm.call_intrinsic "llvm.roundeven.f32"(%v4790) : (f32) -> f32
                  %v4792 = arith.mulf %v4791, %v2186 fastmath<contract> : f32
                  %v4793 = arith.subf %v4781, %v4792 fastmath<contract> : f32
                  %v4794 = arith.mulf %v4791, %v2187 fastmath<contract> : f32
                  %v4795 = arith.subf %v4793, %v4794 fastmath<contract> : f32
                  %v4796 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v4795) : (f32) -> f32
                  %v4797 = arith.mulf %v4776, %v4796 fastmath<contract> : f32
                  llvm.store %v4797, %v203 : f32, !llvm.ptr
                  llvm.store %v4279, %v172 : f32, !llvm.ptr
                  %v4798 = arith.negf %v4287 : f32
                  llvm.store %v4798, %v204 : f32, !llvm.ptr
                  llvm.store %v4313, %v173 : f32, !llvm.ptr
                  %v4799 = arith.negf %v4321 : f32
                  llvm.store %v4799, %v205 : f32, !llvm.ptr
                  llvm.store %v4347, %v174 : f32, !llvm.ptr
                  %v4800 = arith.negf %v4355 : f32
                  llvm.store %v4800, %v206 : f32, !llvm.ptr
                  llvm.store %v4381, %v175 : f32, !llvm.ptr
                  %v4801 = arith.negf %v4389 : f32
                  llvm.store %v4801, %v207 : f32, !llvm.ptr
                  llvm.store %v4415, %v176 : f32, !llvm.ptr
                  %v4802 = arith.negf %v4423 : f32
                  llvm.store %v4802, %v208 : f32, !llvm.ptr
                  llvm.store %v4449, %v177 : f32, !llvm.ptr
                  %v4803 = arith.negf %v4457 : f32
                  llvm.store %v4803, %v209 : f32, !llvm.ptr
                  llvm.store %v4483, %v178 : f32, !llvm.ptr
                  %v4804 = arith.negf %v4491 : f32
                  llvm.store %v4804, %v210 : f32, !llvm.ptr
                  llvm.store %v4517, %v179 : f32, !llvm.ptr
                  %v4805 = arith.negf %v4525 : f32
                  llvm.store %v4805, %v211 : f32, !llvm.ptr
                  llvm.store %v4551, %v180 : f32, !llvm.ptr
                  %v4806 = arith.negf %v4559 : f32
                  llvm.store %v4806, %v212 : f32, !llvm.ptr
                  llvm.store %v4585, %v181 : f32, !llvm.ptr
                  %v4807 = arith.negf %v4593 : f32
                  llvm.store %v4807, %v213 : f32, !llvm.ptr
                  llvm.store %v4619, %v182 : f32, !llvm.ptr
                  %v4808 = arith.negf %v4627 : f32
                  llvm.store %v4808, %v214 : f32, !llvm.ptr
                  llvm.store %v4653, %v183 : f32, !llvm.ptr
                  %v4809 = arith.negf %v4661 : f32
                  llvm.store %v4809, %v215 : f32, !llvm.ptr
                  llvm.store %v4687, %v184 : f32, !llvm.ptr
                  %v4810 = arith.negf %v4695 : f32
                  llvm.store %v4810, %v216 : f32, !llvm.ptr
                  llvm.store %v4721, %v185 : f32, !llvm.ptr
                  %v4811 = arith.negf %v4729 : f32
                  llvm.store %v4811, %v217 : f32, !llvm.ptr
                  llvm.store %v4755, %v186 : f32, !llvm.ptr
                  %v4812 = arith.negf %v4763 : f32
                  llvm.store %v4812, %v218 : f32, !llvm.ptr
                  llvm.store %v4789, %v187 : f32, !llvm.ptr
                  %v4813 = arith.negf %v4797 : f32
                  llvm.store %v4813, %v219 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v116 {
        %v4814 = llvm.load %v124 : !llvm.ptr -> f32
        %v4815 = arith.muli %v594, %v8 : i64
        %v4816 = arith.addi %v4815, %v112 : i64
        %v4817 = arith.muli %v4816, %v2 : i64
        %v4818 = arith.addi %v4817, %v594 : i64
        %v4819 = arith.muli %v4818, %v4 : i64
        %v4820 = arith.subi %v4, %v3 : i64
        %v4821 = arith.minsi %v115, %v4820 : i64
        %v4822 = arith.addi %v4819, %v4821 : i64
        %v4823 = llvm.getelementptr %segsum_x_re[%v4822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4814, %v4823 : f32, !llvm.ptr
        %v4824 = llvm.load %v530 : !llvm.ptr -> f32
        %v4825 = arith.muli %v3, %v8 : i64
        %v4826 = arith.addi %v4825, %v112 : i64
        %v4827 = arith.muli %v4826, %v2 : i64
        %v4828 = arith.addi %v4827, %v594 : i64
        %v4829 = arith.muli %v4828, %v4 : i64
        %v4830 = arith.subi %v4, %v3 : i64
        %v4831 = arith.minsi %v115, %v4830 : i64
        %v4832 = arith.addi %v4829, %v4831 : i64
        %v4833 = llvm.getelementptr %segsum_x_re[%v4832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4824, %v4833 : f32, !llvm.ptr
        %v4834 = llvm.load %v531 : !llvm.ptr -> f32
        %v4836 = arith.muli %v4835, %v8 : i64
        %v4837 = arith.addi %v4836, %v112 : i64
        %v4838 = arith.muli %v4837, %v2 : i64
        %v4839 = arith.addi %v4838, %v594 : i64
        %v4840 = arith.muli %v4839, %v4 : i64
        %v4841 = arith.subi %v4, %v3 : i64
        %v4842 = arith.minsi %v115, %v4841 : i64
        %v4843 = arith.addi %v4840, %v4842 : i64
        %v4844 = llvm.getelementptr %segsum_x_re[%v4843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4834, %v4844 : f32, !llvm.ptr
        %v4845 = llvm.load %v156 : !llvm.ptr -> f32
        %v4847 = arith.muli %v4846, %v8 : i64
        %v4848 = arith.addi %v4847, %v112 : i64
        %v4849 = arith.muli %v4848, %v2 : i64
        %v4850 = arith.addi %v4849, %v594 : i64
        %v4851 = arith.muli %v4850, %v4 : i64
        %v4852 = arith.subi %v4, %v3 : i64
        %v4853 = arith.minsi %v115, %v4852 : i64
        %v4854 = arith.addi %v4851, %v4853 : i64
        %v4855 = llvm.getelementptr %segsum_x_re[%v4854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4845, %v4855 : f32, !llvm.ptr
        %v4856 = llvm.load %v188 : !llvm.ptr -> f32
        %v4857 = arith.muli %v1, %v8 : i64
        %v4858 = arith.addi %v4857, %v112 : i64
        %v4859 = arith.muli %v4858, %v2 : i64
        %v4860 = arith.addi %v4859, %v594 : i64
        %v4861 = arith.muli %v4860, %v4 : i64
        %v4862 = arith.subi %v4, %v3 : i64
        %v4863 = arith.minsi %v115, %v4862 : i64
        %v4864 = arith.addi %v4861, %v4863 : i64
        %v4865 = llvm.getelementptr %segsum_x_re[%v4864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4856, %v4865 : f32, !llvm.ptr
        %v4866 = llvm.load %v125 : !llvm.ptr -> f32
        %v4867 = arith.muli %v594, %v8 : i64
        %v4868 = arith.addi %v4867, %v112 : i64
        %v4869 = arith.muli %v4868, %v2 : i64
        %v4870 = arith.addi %v4869, %v3 : i64
        %v4871 = arith.muli %v4870, %v4 : i64
        %v4872 = arith.subi %v4, %v3 : i64
        %v4873 = arith.minsi %v115, %v4872 : i64
        %v4874 = arith.addi %v4871, %v4873 : i64
        %v4875 = llvm.getelementptr %segsum_x_re[%v4874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4866, %v4875 : f32, !llvm.ptr
        %v4876 = llvm.load %v532 : !llvm.ptr -> f32
        %v4877 = arith.muli %v3, %v8 : i64
        %v4878 = arith.addi %v4877, %v112 : i64
        %v4879 = arith.muli %v4878, %v2 : i64
        %v4880 = arith.addi %v4879, %v3 : i64
        %v4881 = arith.muli %v4880, %v4 : i64
        %v4882 = arith.subi %v4, %v3 : i64
        %v4883 = arith.minsi %v115, %v4882 : i64
        %v4884 = arith.addi %v4881, %v4883 : i64
        %v4885 = llvm.getelementptr %segsum_x_re[%v4884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4876, %v4885 : f32, !llvm.ptr
        %v4886 = llvm.load %v533 : !llvm.ptr -> f32
        %v4887 = arith.muli %v4835, %v8 : i64
        %v4888 = arith.addi %v4887, %v112 : i64
        %v4889 = arith.muli %v4888, %v2 : i64
        %v4890 = arith.addi %v4889, %v3 : i64
        %v4891 = arith.muli %v4890, %v4 : i64
        %v4892 = arith.subi %v4, %v3 : i64
        %v4893 = arith.minsi %v115, %v4892 : i64
        %v4894 = arith.addi %v4891, %v4893 : i64
        %v4895 = llvm.getelementptr %segsum_x_re[%v4894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4886, %v4895 : f32, !llvm.ptr
        %v4896 = llvm.load %v157 : !llvm.ptr -> f32
        %v4897 = arith.muli %v4846, %v8 : i64
        %v4898 = arith.addi %v4897, %v112 : i64
        %v4899 = arith.muli %v4898, %v2 : i64
        %v4900 = arith.addi %v4899, %v3 : i64
        %v4901 = arith.muli %v4900, %v4 : i64
        %v4902 = arith.subi %v4, %v3 : i64
        %v4903 = arith.minsi %v115, %v4902 : i64
        %v4904 = arith.addi %v4901, %v4903 : i64
        %v4905 = llvm.getelementptr %segsum_x_re[%v4904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4896, %v4905 : f32, !llvm.ptr
        %v4906 = llvm.load %v189 : !llvm.ptr -> f32
        %v4907 = arith.muli %v1, %v8 : i64
        %v4908 = arith.addi %v4907, %v112 : i64
        %v4909 = arith.muli %v4908, %v2 : i64
        %v4910 = arith.addi %v4909, %v3 : i64
        %v4911 = arith.muli %v4910, %v4 : i64
        %v4912 = arith.subi %v4, %v3 : i64
        %v4913 = arith.minsi %v115, %v4912 : i64
        %v4914 = arith.addi %v4911, %v4913 : i64
        %v4915 = llvm.getelementptr %segsum_x_re[%v4914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4906, %v4915 : f32, !llvm.ptr
        %v4916 = llvm.load %v126 : !llvm.ptr -> f32
        %v4917 = arith.muli %v594, %v8 : i64
        %v4918 = arith.addi %v4917, %v112 : i64
        %v4919 = arith.muli %v4918, %v2 : i64
        %v4920 = arith.addi %v4919, %v4835 : i64
        %v4921 = arith.muli %v4920, %v4 : i64
        %v4922 = arith.subi %v4, %v3 : i64
        %v4923 = arith.minsi %v115, %v4922 : i64
        %v4924 = arith.addi %v4921, %v4923 : i64
        %v4925 = llvm.getelementptr %segsum_x_re[%v4924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4916, %v4925 : f32, !llvm.ptr
        %v4926 = llvm.load %v534 : !llvm.ptr -> f32
        %v4927 = arith.muli %v3, %v8 : i64
        %v4928 = arith.addi %v4927, %v112 : i64
        %v4929 = arith.muli %v4928, %v2 : i64
        %v4930 = arith.addi %v4929, %v4835 : i64
        %v4931 = arith.muli %v4930, %v4 : i64
        %v4932 = arith.subi %v4, %v3 : i64
        %v4933 = arith.minsi %v115, %v4932 : i64
        %v4934 = arith.addi %v4931, %v4933 : i64
        %v4935 = llvm.getelementptr %segsum_x_re[%v4934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4926, %v4935 : f32, !llvm.ptr
        %v4936 = llvm.load %v535 : !llvm.ptr -> f32
        %v4937 = arith.muli %v4835, %v8 : i64
        %v4938 = arith.addi %v4937, %v112 : i64
        %v4939 = arith.muli %v4938, %v2 : i64
        %v4940 = arith.addi %v4939, %v4835 : i64
        %v4941 = arith.muli %v4940, %v4 : i64
        %v4942 = arith.subi %v4, %v3 : i64
        %v4943 = arith.minsi %v115, %v4942 : i64
        %v4944 = arith.addi %v4941, %v4943 : i64
        %v4945 = llvm.getelementptr %segsum_x_re[%v4944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4936, %v4945 : f32, !llvm.ptr
        %v4946 = llvm.load %v158 : !llvm.ptr -> f32
        %v4947 = arith.muli %v4846, %v8 : i64
        %v4948 = arith.addi %v4947, %v112 : i64
        %v4949 = arith.muli %v4948, %v2 : i64
        %v4950 = arith.addi %v4949, %v4835 : i64
        %v4951 = arith.muli %v4950, %v4 : i64
        %v4952 = arith.subi %v4, %v3 : i64
        %v4953 = arith.minsi %v115, %v4952 : i64
        %v4954 = arith.addi %v4951, %v4953 : i64
        %v4955 = llvm.getelementptr %segsum_x_re[%v4954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4946, %v4955 : f32, !llvm.ptr
        %v4956 = llvm.load %v190 : !llvm.ptr -> f32
        %v4957 = arith.muli %v1, %v8 : i64
        %v4958 = arith.addi %v4957, %v112 : i64
        %v4959 = arith.muli %v4958, %v2 : i64
        %v4960 = arith.addi %v4959, %v4835 : i64
        %v4961 = arith.muli %v4960, %v4 : i64
        %v4962 = arith.subi %v4, %v3 : i64
        %v4963 = arith.minsi %v115, %v4962 : i64
        %v4964 = arith.addi %v4961, %v4963 : i64
        %v4965 = llvm.getelementptr %segsum_x_re[%v4964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4956, %v4965 : f32, !llvm.ptr
        %v4966 = llvm.load %v127 : !llvm.ptr -> f32
        %v4967 = arith.muli %v594, %v8 : i64
        %v4968 = arith.addi %v4967, %v112 : i64
        %v4969 = arith.muli %v4968, %v2 : i64
        %v4970 = arith.addi %v4969, %v4846 : i64
        %v4971 = arith.muli %v4970, %v4 : i64
        %v4972 = arith.subi %v4, %v3 : i64
        %v4973 = arith.minsi %v115, %v4972 : i64
        %v4974 = arith.addi %v4971, %v4973 : i64
        %v4975 = llvm.getelementptr %segsum_x_re[%v4974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4966, %v4975 : f32, !llvm.ptr
        %v4976 = llvm.load %v536 : !llvm.ptr -> f32
        %v4977 = arith.muli %v3, %v8 : i64
        %v4978 = arith.addi %v4977, %v112 : i64
        %v4979 = arith.muli %v4978, %v2 : i64
        %v4980 = arith.addi %v4979, %v4846 : i64
        %v4981 = arith.muli %v4980, %v4 : i64
        %v4982 = arith.subi %v4, %v3 : i64
        %v4983 = arith.minsi %v115, %v4982 : i64
        %v4984 = arith.addi %v4981, %v4983 : i64
        %v4985 = llvm.getelementptr %segsum_x_re[%v4984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4976, %v4985 : f32, !llvm.ptr
        %v4986 = llvm.load %v537 : !llvm.ptr -> f32
        %v4987 = arith.muli %v4835, %v8 : i64
        %v4988 = arith.addi %v4987, %v112 : i64
        %v4989 = arith.muli %v4988, %v2 : i64
        %v4990 = arith.addi %v4989, %v4846 : i64
        %v4991 = arith.muli %v4990, %v4 : i64
        %v4992 = arith.subi %v4, %v3 : i64
        %v4993 = arith.minsi %v115, %v4992 : i64
        %v4994 = arith.addi %v4991, %v4993 : i64
        %v4995 = llvm.getelementptr %segsum_x_re[%v4994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4986, %v4995 : f32, !llvm.ptr
        %v4996 = llvm.load %v159 : !llvm.ptr -> f32
        %v4997 = arith.muli %v4846, %v8 : i64
        %v4998 = arith.addi %v4997, %v112 : i64
        %v4999 = arith.muli %v4998, %v2 : i64
        %v5000 = arith.addi %v4999, %v4846 : i64
        %v5001 = arith.muli %v5000, %v4 : i64
        %v5002 = arith.subi %v4, %v3 : i64
        %v5003 = arith.minsi %v115, %v5002 : i64
        %v5004 = arith.addi %v5001, %v5003 : i64
        %v5005 = llvm.getelementptr %segsum_x_re[%v5004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4996, %v5005 : f32, !llvm.ptr
        %v5006 = llvm.load %v191 : !llvm.ptr -> f32
        %v5007 = arith.muli %v1, %v8 : i64
        %v5008 = arith.addi %v5007, %v112 : i64
        %v5009 = arith.muli %v5008, %v2 : i64
        %v5010 = arith.addi %v5009, %v4846 : i64
        %v5011 = arith.muli %v5010, %v4 : i64
        %v5012 = arith.subi %v4, %v3 : i64
        %v5013 = arith.minsi %v115, %v5012 : i64
        %v5014 = arith.addi %v5011, %v5013 : i64
        %v5015 = llvm.getelementptr %segsum_x_re[%v5014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5006, %v5015 : f32, !llvm.ptr
        %v5016 = llvm.load %v128 : !llvm.ptr -> f32
        %v5017 = arith.muli %v594, %v8 : i64
        %v5018 = arith.addi %v5017, %v112 : i64
        %v5019 = arith.muli %v5018, %v2 : i64
        %v5020 = arith.addi %v5019, %v1 : i64
        %v5021 = arith.muli %v5020, %v4 : i64
        %v5022 = arith.subi %v4, %v3 : i64
        %v5023 = arith.minsi %v115, %v5022 : i64
        %v5024 = arith.addi %v5021, %v5023 : i64
        %v5025 = llvm.getelementptr %segsum_x_re[%v5024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5016, %v5025 : f32, !llvm.ptr
        %v5026 = llvm.load %v538 : !llvm.ptr -> f32
        %v5027 = arith.muli %v3, %v8 : i64
        %v5028 = arith.addi %v5027, %v112 : i64
        %v5029 = arith.muli %v5028, %v2 : i64
        %v5030 = arith.addi %v5029, %v1 : i64
        %v5031 = arith.muli %v5030, %v4 : i64
        %v5032 = arith.subi %v4, %v3 : i64
        %v5033 = arith.minsi %v115, %v5032 : i64
        %v5034 = arith.addi %v5031, %v5033 : i64
        %v5035 = llvm.getelementptr %segsum_x_re[%v5034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5026, %v5035 : f32, !llvm.ptr
        %v5036 = llvm.load %v539 : !llvm.ptr -> f32
        %v5037 = arith.muli %v4835, %v8 : i64
        %v5038 = arith.addi %v5037, %v112 : i64
        %v5039 = arith.muli %v5038, %v2 : i64
        %v5040 = arith.addi %v5039, %v1 : i64
        %v5041 = arith.muli %v5040, %v4 : i64
        %v5042 = arith.subi %v4, %v3 : i64
        %v5043 = arith.minsi %v115, %v5042 : i64
        %v5044 = arith.addi %v5041, %v5043 : i64
        %v5045 = llvm.getelementptr %segsum_x_re[%v5044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5036, %v5045 : f32, !llvm.ptr
        %v5046 = llvm.load %v160 : !llvm.ptr -> f32
        %v5047 = arith.muli %v4846, %v8 : i64
        %v5048 = arith.addi %v5047, %v112 : i64
        %v5049 = arith.muli %v5048, %v2 : i64
        %v5050 = arith.addi %v5049, %v1 : i64
        %v5051 = arith.muli %v5050, %v4 : i64
        %v5052 = arith.subi %v4, %v3 : i64
        %v5053 = arith.minsi %v115, %v5052 : i64
        %v5054 = arith.addi %v5051, %v5053 : i64
        %v5055 = llvm.getelementptr %segsum_x_re[%v5054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5046, %v5055 : f32, !llvm.ptr
        %v5056 = llvm.load %v192 : !llvm.ptr -> f32
        %v5057 = arith.muli %v1, %v8 : i64
        %v5058 = arith.addi %v5057, %v112 : i64
        %v5059 = arith.muli %v5058, %v2 : i64
        %v5060 = arith.addi %v5059, %v1 : i64
        %v5061 = arith.muli %v5060, %v4 : i64
        %v5062 = arith.subi %v4, %v3 : i64
        %v5063 = arith.minsi %v115, %v5062 : i64
        %v5064 = arith.addi %v5061, %v5063 : i64
        %v5065 = llvm.getelementptr %segsum_x_re[%v5064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5056, %v5065 : f32, !llvm.ptr
        %v5066 = llvm.load %v129 : !llvm.ptr -> f32
        %v5068 = arith.muli %v594, %v8 : i64
        %v5069 = arith.addi %v5068, %v112 : i64
        %v5070 = arith.muli %v5069, %v2 : i64
        %v5071 = arith.addi %v5070, %v5067 : i64
        %v5072 = arith.muli %v5071, %v4 : i64
        %v5073 = arith.subi %v4, %v3 : i64
        %v5074 = arith.minsi %v115, %v5073 : i64
        %v5075 = arith.addi %v5072, %v5074 : i64
        %v5076 = llvm.getelementptr %segsum_x_re[%v5075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5066, %v5076 : f32, !llvm.ptr
        %v5077 = llvm.load %v540 : !llvm.ptr -> f32
        %v5078 = arith.muli %v3, %v8 : i64
        %v5079 = arith.addi %v5078, %v112 : i64
        %v5080 = arith.muli %v5079, %v2 : i64
        %v5081 = arith.addi %v5080, %v5067 : i64
        %v5082 = arith.muli %v5081, %v4 : i64
        %v5083 = arith.subi %v4, %v3 : i64
        %v5084 = arith.minsi %v115, %v5083 : i64
        %v5085 = arith.addi %v5082, %v5084 : i64
        %v5086 = llvm.getelementptr %segsum_x_re[%v5085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5077, %v5086 : f32, !llvm.ptr
        %v5087 = llvm.load %v541 : !llvm.ptr -> f32
        %v5088 = arith.muli %v4835, %v8 : i64
        %v5089 = arith.addi %v5088, %v112 : i64
        %v5090 = arith.muli %v5089, %v2 : i64
        %v5091 = arith.addi %v5090, %v5067 : i64
        %v5092 = arith.muli %v5091, %v4 : i64
        %v5093 = arith.subi %v4, %v3 : i64
        %v5094 = arith.minsi %v115, %v5093 : i64
        %v5095 = arith.addi %v5092, %v5094 : i64
        %v5096 = llvm.getelementptr %segsum_x_re[%v5095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5087, %v5096 : f32, !llvm.ptr
        %v5097 = llvm.load %v161 : !llvm.ptr -> f32
        %v5098 = arith.muli %v4846, %v8 : i64
        %v5099 = arith.addi %v5098, %v112 : i64
        %v5100 = arith.muli %v5099, %v2 : i64
        %v5101 = arith.addi %v5100, %v5067 : i64
        %v5102 = arith.muli %v5101, %v4 : i64
        %v5103 = arith.subi %v4, %v3 : i64
        %v5104 = arith.minsi %v115, %v5103 : i64
        %v5105 = arith.addi %v5102, %v5104 : i64
        %v5106 = llvm.getelementptr %segsum_x_re[%v5105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5097, %v5106 : f32, !llvm.ptr
        %v5107 = llvm.load %v193 : !llvm.ptr -> f32
        %v5108 = arith.muli %v1, %v8 : i64
        %v5109 = arith.addi %v5108, %v112 : i64
        %v5110 = arith.muli %v5109, %v2 : i64
        %v5111 = arith.addi %v5110, %v5067 : i64
        %v5112 = arith.muli %v5111, %v4 : i64
        %v5113 = arith.subi %v4, %v3 : i64
        %v5114 = arith.minsi %v115, %v5113 : i64
        %v5115 = arith.addi %v5112, %v5114 : i64
        %v5116 = llvm.getelementptr %segsum_x_re[%v5115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5107, %v5116 : f32, !llvm.ptr
        %v5117 = llvm.load %v130 : !llvm.ptr -> f32
        %v5119 = arith.muli %v594, %v8 : i64
        %v5120 = arith.addi %v5119, %v112 : i64
        %v5121 = arith.muli %v5120, %v2 : i64
        %v5122 = arith.addi %v5121, %v5118 : i64
        %v5123 = arith.muli %v5122, %v4 : i64
        %v5124 = arith.subi %v4, %v3 : i64
        %v5125 = arith.minsi %v115, %v5124 : i64
        %v5126 = arith.addi %v5123, %v5125 : i64
        %v5127 = llvm.getelementptr %segsum_x_re[%v5126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5117, %v5127 : f32, !llvm.ptr
        %v5128 = llvm.load %v542 : !llvm.ptr -> f32
        %v5129 = arith.muli %v3, %v8 : i64
        %v5130 = arith.addi %v5129, %v112 : i64
        %v5131 = arith.muli %v5130, %v2 : i64
        %v5132 = arith.addi %v5131, %v5118 : i64
        %v5133 = arith.muli %v5132, %v4 : i64
        %v5134 = arith.subi %v4, %v3 : i64
        %v5135 = arith.minsi %v115, %v5134 : i64
        %v5136 = arith.addi %v5133, %v5135 : i64
        %v5137 = llvm.getelementptr %segsum_x_re[%v5136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5128, %v5137 : f32, !llvm.ptr
        %v5138 = llvm.load %v543 : !llvm.ptr -> f32
        %v5139 = arith.muli %v4835, %v8 : i64
        %v5140 = arith.addi %v5139, %v112 : i64
        %v5141 = arith.muli %v5140, %v2 : i64
        %v5142 = arith.addi %v5141, %v5118 : i64
        %v5143 = arith.muli %v5142, %v4 : i64
        %v5144 = arith.subi %v4, %v3 : i64
        %v5145 = arith.minsi %v115, %v5144 : i64
        %v5146 = arith.addi %v5143, %v5145 : i64
        %v5147 = llvm.getelementptr %segsum_x_re[%v5146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5138, %v5147 : f32, !llvm.ptr
        %v5148 = llvm.load %v162 : !llvm.ptr -> f32
        %v5149 = arith.muli %v4846, %v8 : i64
        %v5150 = arith.addi %v5149, %v112 : i64
        %v5151 = arith.muli %v5150, %v2 : i64
        %v5152 = arith.addi %v5151, %v5118 : i64
        %v5153 = arith.muli %v5152, %v4 : i64
        %v5154 = arith.subi %v4, %v3 : i64
        %v5155 = arith.minsi %v115, %v5154 : i64
        %v5156 = arith.addi %v5153, %v5155 : i64
        %v5157 = llvm.getelementptr %segsum_x_re[%v5156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5148, %v5157 : f32, !llvm.ptr
        %v5158 = llvm.load %v194 : !llvm.ptr -> f32
        %v5159 = arith.muli %v1, %v8 : i64
        %v5160 = arith.addi %v5159, %v112 : i64
        %v5161 = arith.muli %v5160, %v2 : i64
        %v5162 = arith.addi %v5161, %v5118 : i64
        %v5163 = arith.muli %v5162, %v4 : i64
        %v5164 = arith.subi %v4, %v3 : i64
        %v5165 = arith.minsi %v115, %v5164 : i64
        %v5166 = arith.addi %v5163, %v5165 : i64
        %v5167 = llvm.getelementptr %segsum_x_re[%v5166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5158, %v5167 : f32, !llvm.ptr
        %v5168 = llvm.load %v131 : !llvm.ptr -> f32
        %v5170 = arith.muli %v594, %v8 : i64
        %v5171 = arith.addi %v5170, %v112 : i64
        %v5172 = arith.muli %v5171, %v2 : i64
        %v5173 = arith.addi %v5172, %v5169 : i64
        %v5174 = arith.muli %v5173, %v4 : i64
        %v5175 = arith.subi %v4, %v3 : i64
        %v5176 = arith.minsi %v115, %v5175 : i64
        %v5177 = arith.addi %v5174, %v5176 : i64
        %v5178 = llvm.getelementptr %segsum_x_re[%v5177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5168, %v5178 : f32, !llvm.ptr
        %v5179 = llvm.load %v544 : !llvm.ptr -> f32
        %v5180 = arith.muli %v3, %v8 : i64
        %v5181 = arith.addi %v5180, %v112 : i64
        %v5182 = arith.muli %v5181, %v2 : i64
        %v5183 = arith.addi %v5182, %v5169 : i64
        %v5184 = arith.muli %v5183, %v4 : i64
        %v5185 = arith.subi %v4, %v3 : i64
        %v5186 = arith.minsi %v115, %v5185 : i64
        %v5187 = arith.addi %v5184, %v5186 : i64
        %v5188 = llvm.getelementptr %segsum_x_re[%v5187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5179, %v5188 : f32, !llvm.ptr
        %v5189 = llvm.load %v545 : !llvm.ptr -> f32
        %v5190 = arith.muli %v4835, %v8 : i64
        %v5191 = arith.addi %v5190, %v112 : i64
        %v5192 = arith.muli %v5191, %v2 : i64
        %v5193 = arith.addi %v5192, %v5169 : i64
        %v5194 = arith.muli %v5193, %v4 : i64
        %v5195 = arith.subi %v4, %v3 : i64
        %v5196 = arith.minsi %v115, %v5195 : i64
        %v5197 = arith.addi %v5194, %v5196 : i64
        %v5198 = llvm.getelementptr %segsum_x_re[%v5197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5189, %v5198 : f32, !llvm.ptr
        %v5199 = llvm.load %v163 : !llvm.ptr -> f32
        %v5200 = arith.muli %v4846, %v8 : i64
        %v5201 = arith.addi %v5200, %v112 : i64
        %v5202 = arith.muli %v5201, %v2 : i64
        %v5203 = arith.addi %v5202, %v5169 : i64
        %v5204 = arith.muli %v5203, %v4 : i64
        %v5205 = arith.subi %v4, %v3 : i64
        %v5206 = arith.minsi %v115, %v5205 : i64
        %v5207 = arith.addi %v5204, %v5206 : i64
        %v5208 = llvm.getelementptr %segsum_x_re[%v5207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5199, %v5208 : f32, !llvm.ptr
        %v5209 = llvm.load %v195 : !llvm.ptr -> f32
        %v5210 = arith.muli %v1, %v8 : i64
        %v5211 = arith.addi %v5210, %v112 : i64
        %v5212 = arith.muli %v5211, %v2 : i64
        %v5213 = arith.addi %v5212, %v5169 : i64
        %v5214 = arith.muli %v5213, %v4 : i64
        %v5215 = arith.subi %v4, %v3 : i64
        %v5216 = arith.minsi %v115, %v5215 : i64
        %v5217 = arith.addi %v5214, %v5216 : i64
        %v5218 = llvm.getelementptr %segsum_x_re[%v5217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5209, %v5218 : f32, !llvm.ptr
        %v5219 = llvm.load %v132 : !llvm.ptr -> f32
        %v5221 = arith.muli %v594, %v8 : i64
        %v5222 = arith.addi %v5221, %v112 : i64
        %v5223 = arith.muli %v5222, %v2 : i64
        %v5224 = arith.addi %v5223, %v5220 : i64
        %v5225 = arith.muli %v5224, %v4 : i64
        %v5226 = arith.subi %v4, %v3 : i64
        %v5227 = arith.minsi %v115, %v5226 : i64
        %v5228 = arith.addi %v5225, %v5227 : i64
        %v5229 = llvm.getelementptr %segsum_x_re[%v5228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5219, %v5229 : f32, !llvm.ptr
        %v5230 = llvm.load %v546 : !llvm.ptr -> f32
        %v5231 = arith.muli %v3, %v8 : i64
        %v5232 = arith.addi %v5231, %v112 : i64
        %v5233 = arith.muli %v5232, %v2 : i64
        %v5234 = arith.addi %v5233, %v5220 : i64
        %v5235 = arith.muli %v5234, %v4 : i64
        %v5236 = arith.subi %v4, %v3 : i64
        %v5237 = arith.minsi %v115, %v5236 : i64
        %v5238 = arith.addi %v5235, %v5237 : i64
        %v5239 = llvm.getelementptr %segsum_x_re[%v5238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5230, %v5239 : f32, !llvm.ptr
        %v5240 = llvm.load %v547 : !llvm.ptr -> f32
        %v5241 = arith.muli %v4835, %v8 : i64
        %v5242 = arith.addi %v5241, %v112 : i64
        %v5243 = arith.muli %v5242, %v2 : i64
        %v5244 = arith.addi %v5243, %v5220 : i64
        %v5245 = arith.muli %v5244, %v4 : i64
        %v5246 = arith.subi %v4, %v3 : i64
        %v5247 = arith.minsi %v115, %v5246 : i64
        %v5248 = arith.addi %v5245, %v5247 : i64
        %v5249 = llvm.getelementptr %segsum_x_re[%v5248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5240, %v5249 : f32, !llvm.ptr
        %v5250 = llvm.load %v164 : !llvm.ptr -> f32
        %v5251 = arith.muli %v4846, %v8 : i64
        %v5252 = arith.addi %v5251, %v112 : i64
        %v5253 = arith.muli %v5252, %v2 : i64
        %v5254 = arith.addi %v5253, %v5220 : i64
        %v5255 = arith.muli %v5254, %v4 : i64
        %v5256 = arith.subi %v4, %v3 : i64
        %v5257 = arith.minsi %v115, %v5256 : i64
        %v5258 = arith.addi %v5255, %v5257 : i64
        %v5259 = llvm.getelementptr %segsum_x_re[%v5258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5250, %v5259 : f32, !llvm.ptr
        %v5260 = llvm.load %v196 : !llvm.ptr -> f32
        %v5261 = arith.muli %v1, %v8 : i64
        %v5262 = arith.addi %v5261, %v112 : i64
        %v5263 = arith.muli %v5262, %v2 : i64
        %v5264 = arith.addi %v5263, %v5220 : i64
        %v5265 = arith.muli %v5264, %v4 : i64
        %v5266 = arith.subi %v4, %v3 : i64
        %v5267 = arith.minsi %v115, %v5266 : i64
        %v5268 = arith.addi %v5265, %v5267 : i64
        %v5269 = llvm.getelementptr %segsum_x_re[%v5268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5260, %v5269 : f32, !llvm.ptr
        %v5270 = llvm.load %v133 : !llvm.ptr -> f32
        %v5272 = arith.muli %v594, %v8 : i64
        %v5273 = arith.addi %v5272, %v112 : i64
        %v5274 = arith.muli %v5273, %v2 : i64
        %v5275 = arith.addi %v5274, %v5271 : i64
        %v5276 = arith.muli %v5275, %v4 : i64
        %v5277 = arith.subi %v4, %v3 : i64
        %v5278 = arith.minsi %v115, %v5277 : i64
        %v5279 = arith.addi %v5276, %v5278 : i64
        %v5280 = llvm.getelementptr %segsum_x_re[%v5279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5270, %v5280 : f32, !llvm.ptr
        %v5281 = llvm.load %v548 : !llvm.ptr -> f32
        %v5282 = arith.muli %v3, %v8 : i64
        %v5283 = arith.addi %v5282, %v112 : i64
        %v5284 = arith.muli %v5283, %v2 : i64
        %v5285 = arith.addi %v5284, %v5271 : i64
        %v5286 = arith.muli %v5285, %v4 : i64
        %v5287 = arith.subi %v4, %v3 : i64
        %v5288 = arith.minsi %v115, %v5287 : i64
        %v5289 = arith.addi %v5286, %v5288 : i64
        %v5290 = llvm.getelementptr %segsum_x_re[%v5289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5281, %v5290 : f32, !llvm.ptr
        %v5291 = llvm.load %v549 : !llvm.ptr -> f32
        %v5292 = arith.muli %v4835, %v8 : i64
        %v5293 = arith.addi %v5292, %v112 : i64
        %v5294 = arith.muli %v5293, %v2 : i64
        %v5295 = arith.addi %v5294, %v5271 : i64
        %v5296 = arith.muli %v5295, %v4 : i64
        %v5297 = arith.subi %v4, %v3 : i64
        %v5298 = arith.minsi %v115, %v5297 : i64
        %v5299 = arith.addi %v5296, %v5298 : i64
        %v5300 = llvm.getelementptr %segsum_x_re[%v5299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5291, %v5300 : f32, !llvm.ptr
        %v5301 = llvm.load %v165 : !llvm.ptr -> f32
        %v5302 = arith.muli %v4846, %v8 : i64
        %v5303 = arith.addi %v5302, %v112 : i64
        %v5304 = arith.muli %v5303, %v2 : i64
        %v5305 = arith.addi %v5304, %v5271 : i64
        %v5306 = arith.muli %v5305, %v4 : i64
        %v5307 = arith.subi %v4, %v3 : i64
        %v5308 = arith.minsi %v115, %v5307 : i64
        %v5309 = arith.addi %v5306, %v5308 : i64
        %v5310 = llvm.getelementptr %segsum_x_re[%v5309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5301, %v5310 : f32, !llvm.ptr
        %v5311 = llvm.load %v197 : !llvm.ptr -> f32
        %v5312 = arith.muli %v1, %v8 : i64
        %v5313 = arith.addi %v5312, %v112 : i64
        %v5314 = arith.muli %v5313, %v2 : i64
        %v5315 = arith.addi %v5314, %v5271 : i64
        %v5316 = arith.muli %v5315, %v4 : i64
        %v5317 = arith.subi %v4, %v3 : i64
        %v5318 = arith.minsi %v115, %v5317 : i64
        %v5319 = arith.addi %v5316, %v5318 : i64
        %v5320 = llvm.getelementptr %segsum_x_re[%v5319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5311, %v5320 : f32, !llvm.ptr
        %v5321 = llvm.load %v134 : !llvm.ptr -> f32
        %v5323 = arith.muli %v594, %v8 : i64
        %v5324 = arith.addi %v5323, %v112 : i64
        %v5325 = arith.muli %v5324, %v2 : i64
        %v5326 = arith.addi %v5325, %v5322 : i64
        %v5327 = arith.muli %v5326, %v4 : i64
        %v5328 = arith.subi %v4, %v3 : i64
        %v5329 = arith.minsi %v115, %v5328 : i64
        %v5330 = arith.addi %v5327, %v5329 : i64
        %v5331 = llvm.getelementptr %segsum_x_re[%v5330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5321, %v5331 : f32, !llvm.ptr
        %v5332 = llvm.load %v550 : !llvm.ptr -> f32
        %v5333 = arith.muli %v3, %v8 : i64
        %v5334 = arith.addi %v5333, %v112 : i64
        %v5335 = arith.muli %v5334, %v2 : i64
        %v5336 = arith.addi %v5335, %v5322 : i64
        %v5337 = arith.muli %v5336, %v4 : i64
        %v5338 = arith.subi %v4, %v3 : i64
        %v5339 = arith.minsi %v115, %v5338 : i64
        %v5340 = arith.addi %v5337, %v5339 : i64
        %v5341 = llvm.getelementptr %segsum_x_re[%v5340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5332, %v5341 : f32, !llvm.ptr
        %v5342 = llvm.load %v551 : !llvm.ptr -> f32
        %v5343 = arith.muli %v4835, %v8 : i64
        %v5344 = arith.addi %v5343, %v112 : i64
        %v5345 = arith.muli %v5344, %v2 : i64
        %v5346 = arith.addi %v5345, %v5322 : i64
        %v5347 = arith.muli %v5346, %v4 : i64
        %v5348 = arith.subi %v4, %v3 : i64
        %v5349 = arith.minsi %v115, %v5348 : i64
        %v5350 = arith.addi %v5347, %v5349 : i64
        %v5351 = llvm.getelementptr %segsum_x_re[%v5350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5342, %v5351 : f32, !llvm.ptr
        %v5352 = llvm.load %v166 : !llvm.ptr -> f32
        %v5353 = arith.muli %v4846, %v8 : i64
        %v5354 = arith.addi %v5353, %v112 : i64
        %v5355 = arith.muli %v5354, %v2 : i64
        %v5356 = arith.addi %v5355, %v5322 : i64
        %v5357 = arith.muli %v5356, %v4 : i64
        %v5358 = arith.subi %v4, %v3 : i64
        %v5359 = arith.minsi %v115, %v5358 : i64
        %v5360 = arith.addi %v5357, %v5359 : i64
        %v5361 = llvm.getelementptr %segsum_x_re[%v5360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5352, %v5361 : f32, !llvm.ptr
        %v5362 = llvm.load %v198 : !llvm.ptr -> f32
        %v5363 = arith.muli %v1, %v8 : i64
        %v5364 = arith.addi %v5363, %v112 : i64
        %v5365 = arith.muli %v5364, %v2 : i64
        %v5366 = arith.addi %v5365, %v5322 : i64
        %v5367 = arith.muli %v5366, %v4 : i64
        %v5368 = arith.subi %v4, %v3 : i64
        %v5369 = arith.minsi %v115, %v5368 : i64
        %v5370 = arith.addi %v5367, %v5369 : i64
        %v5371 = llvm.getelementptr %segsum_x_re[%v5370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5362, %v5371 : f32, !llvm.ptr
        %v5372 = llvm.load %v135 : !llvm.ptr -> f32
        %v5374 = arith.muli %v594, %v8 : i64
        %v5375 = arith.addi %v5374, %v112 : i64
        %v5376 = arith.muli %v5375, %v2 : i64
        %v5377 = arith.addi %v5376, %v5373 : i64
        %v5378 = arith.muli %v5377, %v4 : i64
        %v5379 = arith.subi %v4, %v3 : i64
        %v5380 = arith.minsi %v115, %v5379 : i64
        %v5381 = arith.addi %v5378, %v5380 : i64
        %v5382 = llvm.getelementptr %segsum_x_re[%v5381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5372, %v5382 : f32, !llvm.ptr
        %v5383 = llvm.load %v552 : !llvm.ptr -> f32
        %v5384 = arith.muli %v3, %v8 : i64
        %v5385 = arith.addi %v5384, %v112 : i64
        %v5386 = arith.muli %v5385, %v2 : i64
        %v5387 = arith.addi %v5386, %v5373 : i64
        %v5388 = arith.muli %v5387, %v4 : i64
        %v5389 = arith.subi %v4, %v3 : i64
        %v5390 = arith.minsi %v115, %v5389 : i64
        %v5391 = arith.addi %v5388, %v5390 : i64
        %v5392 = llvm.getelementptr %segsum_x_re[%v5391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5383, %v5392 : f32, !llvm.ptr
        %v5393 = llvm.load %v553 : !llvm.ptr -> f32
        %v5394 = arith.muli %v4835, %v8 : i64
        %v5395 = arith.addi %v5394, %v112 : i64
        %v5396 = arith.muli %v5395, %v2 : i64
        %v5397 = arith.addi %v5396, %v5373 : i64
        %v5398 = arith.muli %v5397, %v4 : i64
        %v5399 = arith.subi %v4, %v3 : i64
        %v5400 = arith.minsi %v115, %v5399 : i64
        %v5401 = arith.addi %v5398, %v5400 : i64
        %v5402 = llvm.getelementptr %segsum_x_re[%v5401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5393, %v5402 : f32, !llvm.ptr
        %v5403 = llvm.load %v167 : !llvm.ptr -> f32
        %v5404 = arith.muli %v4846, %v8 : i64
        %v5405 = arith.addi %v5404, %v112 : i64
        %v5406 = arith.muli %v5405, %v2 : i64
        %v5407 = arith.addi %v5406, %v5373 : i64
        %v5408 = arith.muli %v5407, %v4 : i64
        %v5409 = arith.subi %v4, %v3 : i64
        %v5410 = arith.minsi %v115, %v5409 : i64
        %v5411 = arith.addi %v5408, %v5410 : i64
        %v5412 = llvm.getelementptr %segsum_x_re[%v5411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5403, %v5412 : f32, !llvm.ptr
        %v5413 = llvm.load %v199 : !llvm.ptr -> f32
        %v5414 = arith.muli %v1, %v8 : i64
        %v5415 = arith.addi %v5414, %v112 : i64
        %v5416 = arith.muli %v5415, %v2 : i64
        %v5417 = arith.addi %v5416, %v5373 : i64
        %v5418 = arith.muli %v5417, %v4 : i64
        %v5419 = arith.subi %v4, %v3 : i64
        %v5420 = arith.minsi %v115, %v5419 : i64
        %v5421 = arith.addi %v5418, %v5420 : i64
        %v5422 = llvm.getelementptr %segsum_x_re[%v5421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5413, %v5422 : f32, !llvm.ptr
        %v5423 = llvm.load %v136 : !llvm.ptr -> f32
        %v5425 = arith.muli %v594, %v8 : i64
        %v5426 = arith.addi %v5425, %v112 : i64
        %v5427 = arith.muli %v5426, %v2 : i64
        %v5428 = arith.addi %v5427, %v5424 : i64
        %v5429 = arith.muli %v5428, %v4 : i64
        %v5430 = arith.subi %v4, %v3 : i64
        %v5431 = arith.minsi %v115, %v5430 : i64
        %v5432 = arith.addi %v5429, %v5431 : i64
        %v5433 = llvm.getelementptr %segsum_x_re[%v5432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5423, %v5433 : f32, !llvm.ptr
        %v5434 = llvm.load %v554 : !llvm.ptr -> f32
        %v5435 = arith.muli %v3, %v8 : i64
        %v5436 = arith.addi %v5435, %v112 : i64
        %v5437 = arith.muli %v5436, %v2 : i64
        %v5438 = arith.addi %v5437, %v5424 : i64
        %v5439 = arith.muli %v5438, %v4 : i64
        %v5440 = arith.subi %v4, %v3 : i64
        %v5441 = arith.minsi %v115, %v5440 : i64
        %v5442 = arith.addi %v5439, %v5441 : i64
        %v5443 = llvm.getelementptr %segsum_x_re[%v5442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5434, %v5443 : f32, !llvm.ptr
        %v5444 = llvm.load %v555 : !llvm.ptr -> f32
        %v5445 = arith.muli %v4835, %v8 : i64
        %v5446 = arith.addi %v5445, %v112 : i64
        %v5447 = arith.muli %v5446, %v2 : i64
        %v5448 = arith.addi %v5447, %v5424 : i64
        %v5449 = arith.muli %v5448, %v4 : i64
        %v5450 = arith.subi %v4, %v3 : i64
        %v5451 = arith.minsi %v115, %v5450 : i64
        %v5452 = arith.addi %v5449, %v5451 : i64
        %v5453 = llvm.getelementptr %segsum_x_re[%v5452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5444, %v5453 : f32, !llvm.ptr
        %v5454 = llvm.load %v168 : !llvm.ptr -> f32
        %v5455 = arith.muli %v4846, %v8 : i64
        %v5456 = arith.addi %v5455, %v112 : i64
        %v5457 = arith.muli %v5456, %v2 : i64
        %v5458 = arith.addi %v5457, %v5424 : i64
        %v5459 = arith.muli %v5458, %v4 : i64
        %v5460 = arith.subi %v4, %v3 : i64
        %v5461 = arith.minsi %v115, %v5460 : i64
        %v5462 = arith.addi %v5459, %v5461 : i64
        %v5463 = llvm.getelementptr %segsum_x_re[%v5462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5454, %v5463 : f32, !llvm.ptr
        %v5464 = llvm.load %v200 : !llvm.ptr -> f32
        %v5465 = arith.muli %v1, %v8 : i64
        %v5466 = arith.addi %v5465, %v112 : i64
        %v5467 = arith.muli %v5466, %v2 : i64
        %v5468 = arith.addi %v5467, %v5424 : i64
        %v5469 = arith.muli %v5468, %v4 : i64
        %v5470 = arith.subi %v4, %v3 : i64
        %v5471 = arith.minsi %v115, %v5470 : i64
        %v5472 = arith.addi %v5469, %v5471 : i64
        %v5473 = llvm.getelementptr %segsum_x_re[%v5472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5464, %v5473 : f32, !llvm.ptr
        %v5474 = llvm.load %v137 : !llvm.ptr -> f32
        %v5476 = arith.muli %v594, %v8 : i64
        %v5477 = arith.addi %v5476, %v112 : i64
        %v5478 = arith.muli %v5477, %v2 : i64
        %v5479 = arith.addi %v5478, %v5475 : i64
        %v5480 = arith.muli %v5479, %v4 : i64
        %v5481 = arith.subi %v4, %v3 : i64
        %v5482 = arith.minsi %v115, %v5481 : i64
        %v5483 = arith.addi %v5480, %v5482 : i64
        %v5484 = llvm.getelementptr %segsum_x_re[%v5483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5474, %v5484 : f32, !llvm.ptr
        %v5485 = llvm.load %v556 : !llvm.ptr -> f32
        %v5486 = arith.muli %v3, %v8 : i64
        %v5487 = arith.addi %v5486, %v112 : i64
        %v5488 = arith.muli %v5487, %v2 : i64
        %v5489 = arith.addi %v5488, %v5475 : i64
        %v5490 = arith.muli %v5489, %v4 : i64
        %v5491 = arith.subi %v4, %v3 : i64
        %v5492 = arith.minsi %v115, %v5491 : i64
        %v5493 = arith.addi %v5490, %v5492 : i64
        %v5494 = llvm.getelementptr %segsum_x_re[%v5493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5485, %v5494 : f32, !llvm.ptr
        %v5495 = llvm.load %v557 : !llvm.ptr -> f32
        %v5496 = arith.muli %v4835, %v8 : i64
        %v5497 = arith.addi %v5496, %v112 : i64
        %v5498 = arith.muli %v5497, %v2 : i64
        %v5499 = arith.addi %v5498, %v5475 : i64
        %v5500 = arith.muli %v5499, %v4 : i64
        %v5501 = arith.subi %v4, %v3 : i64
        %v5502 = arith.minsi %v115, %v5501 : i64
        %v5503 = arith.addi %v5500, %v5502 : i64
        %v5504 = llvm.getelementptr %segsum_x_re[%v5503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5495, %v5504 : f32, !llvm.ptr
        %v5505 = llvm.load %v169 : !llvm.ptr -> f32
        %v5506 = arith.muli %v4846, %v8 : i64
        %v5507 = arith.addi %v5506, %v112 : i64
        %v5508 = arith.muli %v5507, %v2 : i64
        %v5509 = arith.addi %v5508, %v5475 : i64
        %v5510 = arith.muli %v5509, %v4 : i64
        %v5511 = arith.subi %v4, %v3 : i64
        %v5512 = arith.minsi %v115, %v5511 : i64
        %v5513 = arith.addi %v5510, %v5512 : i64
        %v5514 = llvm.getelementptr %segsum_x_re[%v5513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5505, %v5514 : f32, !llvm.ptr
        %v5515 = llvm.load %v201 : !llvm.ptr -> f32
        %v5516 = arith.muli %v1, %v8 : i64
        %v5517 = arith.addi %v5516, %v112 : i64
        %v5518 = arith.muli %v5517, %v2 : i64
        %v5519 = arith.addi %v5518, %v5475 : i64
        %v5520 = arith.muli %v5519, %v4 : i64
        %v5521 = arith.subi %v4, %v3 : i64
        %v5522 = arith.minsi %v115, %v5521 : i64
        %v5523 = arith.addi %v5520, %v5522 : i64
        %v5524 = llvm.getelementptr %segsum_x_re[%v5523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5515, %v5524 : f32, !llvm.ptr
        %v5525 = llvm.load %v138 : !llvm.ptr -> f32
        %v5527 = arith.muli %v594, %v8 : i64
        %v5528 = arith.addi %v5527, %v112 : i64
        %v5529 = arith.muli %v5528, %v2 : i64
        %v5530 = arith.addi %v5529, %v5526 : i64
        %v5531 = arith.muli %v5530, %v4 : i64
        %v5532 = arith.subi %v4, %v3 : i64
        %v5533 = arith.minsi %v115, %v5532 : i64
        %v5534 = arith.addi %v5531, %v5533 : i64
        %v5535 = llvm.getelementptr %segsum_x_re[%v5534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5525, %v5535 : f32, !llvm.ptr
        %v5536 = llvm.load %v558 : !llvm.ptr -> f32
        %v5537 = arith.muli %v3, %v8 : i64
        %v5538 = arith.addi %v5537, %v112 : i64
        %v5539 = arith.muli %v5538, %v2 : i64
        %v5540 = arith.addi %v5539, %v5526 : i64
        %v5541 = arith.muli %v5540, %v4 : i64
        %v5542 = arith.subi %v4, %v3 : i64
        %v5543 = arith.minsi %v115, %v5542 : i64
        %v5544 = arith.addi %v5541, %v5543 : i64
        %v5545 = llvm.getelementptr %segsum_x_re[%v5544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5536, %v5545 : f32, !llvm.ptr
        %v5546 = llvm.load %v559 : !llvm.ptr -> f32
        %v5547 = arith.muli %v4835, %v8 : i64
        %v5548 = arith.addi %v5547, %v112 : i64
        %v5549 = arith.muli %v5548, %v2 : i64
        %v5550 = arith.addi %v5549, %v5526 : i64
        %v5551 = arith.muli %v5550, %v4 : i64
        %v5552 = arith.subi %v4, %v3 : i64
        %v5553 = arith.minsi %v115, %v5552 : i64
        %v5554 = arith.addi %v5551, %v5553 : i64
        %v5555 = llvm.getelementptr %segsum_x_re[%v5554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5546, %v5555 : f32, !llvm.ptr
        %v5556 = llvm.load %v170 : !llvm.ptr -> f32
        %v5557 = arith.muli %v4846, %v8 : i64
        %v5558 = arith.addi %v5557, %v112 : i64
        %v5559 = arith.muli %v5558, %v2 : i64
        %v5560 = arith.addi %v5559, %v5526 : i64
        %v5561 = arith.muli %v5560, %v4 : i64
        %v5562 = arith.subi %v4, %v3 : i64
        %v5563 = arith.minsi %v115, %v5562 : i64
        %v5564 = arith.addi %v5561, %v5563 : i64
        %v5565 = llvm.getelementptr %segsum_x_re[%v5564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5556, %v5565 : f32, !llvm.ptr
        %v5566 = llvm.load %v202 : !llvm.ptr -> f32
        %v5567 = arith.muli %v1, %v8 : i64
        %v5568 = arith.addi %v5567, %v112 : i64
        %v5569 = arith.muli %v5568, %v2 : i64
        %v5570 = arith.addi %v5569, %v5526 : i64
        %v5571 = arith.muli %v5570, %v4 : i64
        %v5572 = arith.subi %v4, %v3 : i64
        %v5573 = arith.minsi %v115, %v5572 : i64
        %v5574 = arith.addi %v5571, %v5573 : i64
        %v5575 = llvm.getelementptr %segsum_x_re[%v5574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5566, %v5575 : f32, !llvm.ptr
        %v5576 = llvm.load %v139 : !llvm.ptr -> f32
        %v5578 = arith.muli %v594, %v8 : i64
        %v5579 = arith.addi %v5578, %v112 : i64
        %v5580 = arith.muli %v5579, %v2 : i64
        %v5581 = arith.addi %v5580, %v5577 : i64
        %v5582 = arith.muli %v5581, %v4 : i64
        %v5583 = arith.subi %v4, %v3 : i64
        %v5584 = arith.minsi %v115, %v5583 : i64
        %v5585 = arith.addi %v5582, %v5584 : i64
        %v5586 = llvm.getelementptr %segsum_x_re[%v5585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5576, %v5586 : f32, !llvm.ptr
        %v5587 = llvm.load %v560 : !llvm.ptr -> f32
        %v5588 = arith.muli %v3, %v8 : i64
        %v5589 = arith.addi %v5588, %v112 : i64
        %v5590 = arith.muli %v5589, %v2 : i64
        %v5591 = arith.addi %v5590, %v5577 : i64
        %v5592 = arith.muli %v5591, %v4 : i64
        %v5593 = arith.subi %v4, %v3 : i64
        %v5594 = arith.minsi %v115, %v5593 : i64
        %v5595 = arith.addi %v5592, %v5594 : i64
        %v5596 = llvm.getelementptr %segsum_x_re[%v5595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5587, %v5596 : f32, !llvm.ptr
        %v5597 = llvm.load %v561 : !llvm.ptr -> f32
        %v5598 = arith.muli %v4835, %v8 : i64
        %v5599 = arith.addi %v5598, %v112 : i64
        %v5600 = arith.muli %v5599, %v2 : i64
        %v5601 = arith.addi %v5600, %v5577 : i64
        %v5602 = arith.muli %v5601, %v4 : i64
        %v5603 = arith.subi %v4, %v3 : i64
        %v5604 = arith.minsi %v115, %v5603 : i64
        %v5605 = arith.addi %v5602, %v5604 : i64
        %v5606 = llvm.getelementptr %segsum_x_re[%v5605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5597, %v5606 : f32, !llvm.ptr
        %v5607 = llvm.load %v171 : !llvm.ptr -> f32
        %v5608 = arith.muli %v4846, %v8 : i64
        %v5609 = arith.addi %v5608, %v112 : i64
        %v5610 = arith.muli %v5609, %v2 : i64
        %v5611 = arith.addi %v5610, %v5577 : i64
        %v5612 = arith.muli %v5611, %v4 : i64
        %v5613 = arith.subi %v4, %v3 : i64
        %v5614 = arith.minsi %v115, %v5613 : i64
        %v5615 = arith.addi %v5612, %v5614 : i64
        %v5616 = llvm.getelementptr %segsum_x_re[%v5615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5607, %v5616 : f32, !llvm.ptr
        %v5617 = llvm.load %v203 : !llvm.ptr -> f32
        %v5618 = arith.muli %v1, %v8 : i64
        %v5619 = arith.addi %v5618, %v112 : i64
        %v5620 = arith.muli %v5619, %v2 : i64
        %v5621 = arith.addi %v5620, %v5577 : i64
        %v5622 = arith.muli %v5621, %v4 : i64
        %v5623 = arith.subi %v4, %v3 : i64
        %v5624 = arith.minsi %v115, %v5623 : i64
        %v5625 = arith.addi %v5622, %v5624 : i64
        %v5626 = llvm.getelementptr %segsum_x_re[%v5625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5617, %v5626 : f32, !llvm.ptr
        %v5627 = llvm.load %v140 : !llvm.ptr -> f32
        %v5628 = arith.muli %v594, %v8 : i64
        %v5629 = arith.addi %v5628, %v112 : i64
        %v5630 = arith.muli %v5629, %v2 : i64
        %v5631 = arith.addi %v5630, %v594 : i64
        %v5632 = arith.muli %v5631, %v4 : i64
        %v5633 = arith.subi %v4, %v3 : i64
        %v5634 = arith.minsi %v115, %v5633 : i64
        %v5635 = arith.addi %v5632, %v5634 : i64
        %v5636 = llvm.getelementptr %segsum_x_im[%v5635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5627, %v5636 : f32, !llvm.ptr
        %v5637 = llvm.load %v562 : !llvm.ptr -> f32
        %v5638 = arith.muli %v3, %v8 : i64
        %v5639 = arith.addi %v5638, %v112 : i64
        %v5640 = arith.muli %v5639, %v2 : i64
        %v5641 = arith.addi %v5640, %v594 : i64
        %v5642 = arith.muli %v5641, %v4 : i64
        %v5643 = arith.subi %v4, %v3 : i64
        %v5644 = arith.minsi %v115, %v5643 : i64
        %v5645 = arith.addi %v5642, %v5644 : i64
        %v5646 = llvm.getelementptr %segsum_x_im[%v5645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5637, %v5646 : f32, !llvm.ptr
        %v5647 = llvm.load %v563 : !llvm.ptr -> f32
        %v5648 = arith.muli %v4835, %v8 : i64
        %v5649 = arith.addi %v5648, %v112 : i64
        %v5650 = arith.muli %v5649, %v2 : i64
        %v5651 = arith.addi %v5650, %v594 : i64
        %v5652 = arith.muli %v5651, %v4 : i64
        %v5653 = arith.subi %v4, %v3 : i64
        %v5654 = arith.minsi %v115, %v5653 : i64
        %v5655 = arith.addi %v5652, %v5654 : i64
        %v5656 = llvm.getelementptr %segsum_x_im[%v5655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5647, %v5656 : f32, !llvm.ptr
        %v5657 = llvm.load %v204 : !llvm.ptr -> f32
        %v5658 = arith.muli %v4846, %v8 : i64
        %v5659 = arith.addi %v5658, %v112 : i64
        %v5660 = arith.muli %v5659, %v2 : i64
        %v5661 = arith.addi %v5660, %v594 : i64
        %v5662 = arith.muli %v5661, %v4 : i64
        %v5663 = arith.subi %v4, %v3 : i64
        %v5664 = arith.minsi %v115, %v5663 : i64
        %v5665 = arith.addi %v5662, %v5664 : i64
        %v5666 = llvm.getelementptr %segsum_x_im[%v5665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5657, %v5666 : f32, !llvm.ptr
        %v5667 = llvm.load %v172 : !llvm.ptr -> f32
        %v5668 = arith.muli %v1, %v8 : i64
        %v5669 = arith.addi %v5668, %v112 : i64
        %v5670 = arith.muli %v5669, %v2 : i64
        %v5671 = arith.addi %v5670, %v594 : i64
        %v5672 = arith.muli %v5671, %v4 : i64
        %v5673 = arith.subi %v4, %v3 : i64
        %v5674 = arith.minsi %v115, %v5673 : i64
        %v5675 = arith.addi %v5672, %v5674 : i64
        %v5676 = llvm.getelementptr %segsum_x_im[%v5675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5667, %v5676 : f32, !llvm.ptr
        %v5677 = llvm.load %v141 : !llvm.ptr -> f32
        %v5678 = arith.muli %v594, %v8 : i64
        %v5679 = arith.addi %v5678, %v112 : i64
        %v5680 = arith.muli %v5679, %v2 : i64
        %v5681 = arith.addi %v5680, %v3 : i64
        %v5682 = arith.muli %v5681, %v4 : i64
        %v5683 = arith.subi %v4, %v3 : i64
        %v5684 = arith.minsi %v115, %v5683 : i64
        %v5685 = arith.addi %v5682, %v5684 : i64
        %v5686 = llvm.getelementptr %segsum_x_im[%v5685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5677, %v5686 : f32, !llvm.ptr
        %v5687 = llvm.load %v564 : !llvm.ptr -> f32
        %v5688 = arith.muli %v3, %v8 : i64
        %v5689 = arith.addi %v5688, %v112 : i64
        %v5690 = arith.muli %v5689, %v2 : i64
        %v5691 = arith.addi %v5690, %v3 : i64
        %v5692 = arith.muli %v5691, %v4 : i64
        %v5693 = arith.subi %v4, %v3 : i64
        %v5694 = arith.minsi %v115, %v5693 : i64
        %v5695 = arith.addi %v5692, %v5694 : i64
        %v5696 = llvm.getelementptr %segsum_x_im[%v5695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5687, %v5696 : f32, !llvm.ptr
        %v5697 = llvm.load %v565 : !llvm.ptr -> f32
        %v5698 = arith.muli %v4835, %v8 : i64
        %v5699 = arith.addi %v5698, %v112 : i64
        %v5700 = arith.muli %v5699, %v2 : i64
        %v5701 = arith.addi %v5700, %v3 : i64
        %v5702 = arith.muli %v5701, %v4 : i64
        %v5703 = arith.subi %v4, %v3 : i64
        %v5704 = arith.minsi %v115, %v5703 : i64
        %v5705 = arith.addi %v5702, %v5704 : i64
        %v5706 = llvm.getelementptr %segsum_x_im[%v5705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5697, %v5706 : f32, !llvm.ptr
        %v5707 = llvm.load %v205 : !llvm.ptr -> f32
        %v5708 = arith.muli %v4846, %v8 : i64
        %v5709 = arith.addi %v5708, %v112 : i64
        %v5710 = arith.muli %v5709, %v2 : i64
        %v5711 = arith.addi %v5710, %v3 : i64
        %v5712 = arith.muli %v5711, %v4 : i64
        %v5713 = arith.subi %v4, %v3 : i64
        %v5714 = arith.minsi %v115, %v5713 : i64
        %v5715 = arith.addi %v5712, %v5714 : i64
        %v5716 = llvm.getelementptr %segsum_x_im[%v5715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5707, %v5716 : f32, !llvm.ptr
        %v5717 = llvm.load %v173 : !llvm.ptr -> f32
        %v5718 = arith.muli %v1, %v8 : i64
        %v5719 = arith.addi %v5718, %v112 : i64
        %v5720 = arith.muli %v5719, %v2 : i64
        %v5721 = arith.addi %v5720, %v3 : i64
        %v5722 = arith.muli %v5721, %v4 : i64
        %v5723 = arith.subi %v4, %v3 : i64
        %v5724 = arith.minsi %v115, %v5723 : i64
        %v5725 = arith.addi %v5722, %v5724 : i64
        %v5726 = llvm.getelementptr %segsum_x_im[%v5725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5717, %v5726 : f32, !llvm.ptr
        %v5727 = llvm.load %v142 : !llvm.ptr -> f32
        %v5728 = arith.muli %v594, %v8 : i64
        %v5729 = arith.addi %v5728, %v112 : i64
        %v5730 = arith.muli %v5729, %v2 : i64
        %v5731 = arith.addi %v5730, %v4835 : i64
        %v5732 = arith.muli %v5731, %v4 : i64
        %v5733 = arith.subi %v4, %v3 : i64
        %v5734 = arith.minsi %v115, %v5733 : i64
        %v5735 = arith.addi %v5732, %v5734 : i64
        %v5736 = llvm.getelementptr %segsum_x_im[%v5735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5727, %v5736 : f32, !llvm.ptr
        %v5737 = llvm.load %v566 : !llvm.ptr -> f32
        %v5738 = arith.muli %v3, %v8 : i64
        %v5739 = arith.addi %v5738, %v112 : i64
        %v5740 = arith.muli %v5739, %v2 : i64
        %v5741 = arith.addi %v5740, %v4835 : i64
        %v5742 = arith.muli %v5741, %v4 : i64
        %v5743 = arith.subi %v4, %v3 : i64
        %v5744 = arith.minsi %v115, %v5743 : i64
        %v5745 = arith.addi %v5742, %v5744 : i64
        %v5746 = llvm.getelementptr %segsum_x_im[%v5745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5737, %v5746 : f32, !llvm.ptr
        %v5747 = llvm.load %v567 : !llvm.ptr -> f32
        %v5748 = arith.muli %v4835, %v8 : i64
        %v5749 = arith.addi %v5748, %v112 : i64
        %v5750 = arith.muli %v5749, %v2 : i64
        %v5751 = arith.addi %v5750, %v4835 : i64
        %v5752 = arith.muli %v5751, %v4 : i64
        %v5753 = arith.subi %v4, %v3 : i64
        %v5754 = arith.minsi %v115, %v5753 : i64
        %v5755 = arith.addi %v5752, %v5754 : i64
        %v5756 = llvm.getelementptr %segsum_x_im[%v5755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5747, %v5756 : f32, !llvm.ptr
        %v5757 = llvm.load %v206 : !llvm.ptr -> f32
        %v5758 = arith.muli %v4846, %v8 : i64
        %v5759 = arith.addi %v5758, %v112 : i64
        %v5760 = arith.muli %v5759, %v2 : i64
        %v5761 = arith.addi %v5760, %v4835 : i64
        %v5762 = arith.muli %v5761, %v4 : i64
        %v5763 = arith.subi %v4, %v3 : i64
        %v5764 = arith.minsi %v115, %v5763 : i64
        %v5765 = arith.addi %v5762, %v5764 : i64
        %v5766 = llvm.getelementptr %segsum_x_im[%v5765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5757, %v5766 : f32, !llvm.ptr
        %v5767 = llvm.load %v174 : !llvm.ptr -> f32
        %v5768 = arith.muli %v1, %v8 : i64
        %v5769 = arith.addi %v5768, %v112 : i64
        %v5770 = arith.muli %v5769, %v2 : i64
        %v5771 = arith.addi %v5770, %v4835 : i64
        %v5772 = arith.muli %v5771, %v4 : i64
        %v5773 = arith.subi %v4, %v3 : i64
        %v5774 = arith.minsi %v115, %v5773 : i64
        %v5775 = arith.addi %v5772, %v5774 : i64
        %v5776 = llvm.getelementptr %segsum_x_im[%v5775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5767, %v5776 : f32, !llvm.ptr
        %v5777 = llvm.load %v143 : !llvm.ptr -> f32
        %v5778 = arith.muli %v594, %v8 : i64
        %v5779 = arith.addi %v5778, %v112 : i64
        %v5780 = arith.muli %v5779, %v2 : i64
        %v5781 = arith.addi %v5780, %v4846 : i64
        %v5782 = arith.muli %v5781, %v4 : i64
        %v5783 = arith.subi %v4, %v3 : i64
        %v5784 = arith.minsi %v115, %v5783 : i64
        %v5785 = arith.addi %v5782, %v5784 : i64
        %v5786 = llvm.getelementptr %segsum_x_im[%v5785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5777, %v5786 : f32, !llvm.ptr
        %v5787 = llvm.load %v568 : !llvm.ptr -> f32
        %v5788 = arith.muli %v3, %v8 : i64
        %v5789 = arith.addi %v5788, %v112 : i64
        %v5790 = arith.muli %v5789, %v2 : i64
        %v5791 = arith.addi %v5790, %v4846 : i64
        %v5792 = arith.muli %v5791, %v4 : i64
        %v5793 = arith.subi %v4, %v3 : i64
        %v5794 = arith.minsi %v115, %v5793 : i64
        %v5795 = arith.addi %v5792, %v5794 : i64
        %v5796 = llvm.getelementptr %segsum_x_im[%v5795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5787, %v5796 : f32, !llvm.ptr
        %v5797 = llvm.load %v569 : !llvm.ptr -> f32
        %v5798 = arith.muli %v4835, %v8 : i64
        %v5799 = arith.addi %v5798, %v112 : i64
        %v5800 = arith.muli %v5799, %v2 : i64
        %v5801 = arith.addi %v5800, %v4846 : i64
        %v5802 = arith.muli %v5801, %v4 : i64
        %v5803 = arith.subi %v4, %v3 : i64
        %v5804 = arith.minsi %v115, %v5803 : i64
        %v5805 = arith.addi %v5802, %v5804 : i64
        %v5806 = llvm.getelementptr %segsum_x_im[%v5805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5797, %v5806 : f32, !llvm.ptr
        %v5807 = llvm.load %v207 : !llvm.ptr -> f32
        %v5808 = arith.muli %v4846, %v8 : i64
        %v5809 = arith.addi %v5808, %v112 : i64
        %v5810 = arith.muli %v5809, %v2 : i64
        %v5811 = arith.addi %v5810, %v4846 : i64
        %v5812 = arith.muli %v5811, %v4 : i64
        %v5813 = arith.subi %v4, %v3 : i64
        %v5814 = arith.minsi %v115, %v5813 : i64
        %v5815 = arith.addi %v5812, %v5814 : i64
        %v5816 = llvm.getelementptr %segsum_x_im[%v5815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5807, %v5816 : f32, !llvm.ptr
        %v5817 = llvm.load %v175 : !llvm.ptr -> f32
        %v5818 = arith.muli %v1, %v8 : i64
        %v5819 = arith.addi %v5818, %v112 : i64
        %v5820 = arith.muli %v5819, %v2 : i64
        %v5821 = arith.addi %v5820, %v4846 : i64
        %v5822 = arith.muli %v5821, %v4 : i64
        %v5823 = arith.subi %v4, %v3 : i64
        %v5824 = arith.minsi %v115, %v5823 : i64
        %v5825 = arith.addi %v5822, %v5824 : i64
        %v5826 = llvm.getelementptr %segsum_x_im[%v5825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5817, %v5826 : f32, !llvm.ptr
        %v5827 = llvm.load %v144 : !llvm.ptr -> f32
        %v5828 = arith.muli %v594, %v8 : i64
        %v5829 = arith.addi %v5828, %v112 : i64
        %v5830 = arith.muli %v5829, %v2 : i64
        %v5831 = arith.addi %v5830, %v1 : i64
        %v5832 = arith.muli %v5831, %v4 : i64
        %v5833 = arith.subi %v4, %v3 : i64
        %v5834 = arith.minsi %v115, %v5833 : i64
        %v5835 = arith.addi %v5832, %v5834 : i64
        %v5836 = llvm.getelementptr %segsum_x_im[%v5835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5827, %v5836 : f32, !llvm.ptr
        %v5837 = llvm.load %v570 : !llvm.ptr -> f32
        %v5838 = arith.muli %v3, %v8 : i64
        %v5839 = arith.addi %v5838, %v112 : i64
        %v5840 = arith.muli %v5839, %v2 : i64
        %v5841 = arith.addi %v5840, %v1 : i64
        %v5842 = arith.muli %v5841, %v4 : i64
        %v5843 = arith.subi %v4, %v3 : i64
        %v5844 = arith.minsi %v115, %v5843 : i64
        %v5845 = arith.addi %v5842, %v5844 : i64
        %v5846 = llvm.getelementptr %segsum_x_im[%v5845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5837, %v5846 : f32, !llvm.ptr
        %v5847 = llvm.load %v571 : !llvm.ptr -> f32
        %v5848 = arith.muli %v4835, %v8 : i64
        %v5849 = arith.addi %v5848, %v112 : i64
        %v5850 = arith.muli %v5849, %v2 : i64
        %v5851 = arith.addi %v5850, %v1 : i64
        %v5852 = arith.muli %v5851, %v4 : i64
        %v5853 = arith.subi %v4, %v3 : i64
        %v5854 = arith.minsi %v115, %v5853 : i64
        %v5855 = arith.addi %v5852, %v5854 : i64
        %v5856 = llvm.getelementptr %segsum_x_im[%v5855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5847, %v5856 : f32, !llvm.ptr
        %v5857 = llvm.load %v208 : !llvm.ptr -> f32
        %v5858 = arith.muli %v4846, %v8 : i64
        %v5859 = arith.addi %v5858, %v112 : i64
        %v5860 = arith.muli %v5859, %v2 : i64
        %v5861 = arith.addi %v5860, %v1 : i64
        %v5862 = arith.muli %v5861, %v4 : i64
        %v5863 = arith.subi %v4, %v3 : i64
        %v5864 = arith.minsi %v115, %v5863 : i64
        %v5865 = arith.addi %v5862, %v5864 : i64
        %v5866 = llvm.getelementptr %segsum_x_im[%v5865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5857, %v5866 : f32, !llvm.ptr
        %v5867 = llvm.load %v176 : !llvm.ptr -> f32
        %v5868 = arith.muli %v1, %v8 : i64
        %v5869 = arith.addi %v5868, %v112 : i64
        %v5870 = arith.muli %v5869, %v2 : i64
        %v5871 = arith.addi %v5870, %v1 : i64
        %v5872 = arith.muli %v5871, %v4 : i64
        %v5873 = arith.subi %v4, %v3 : i64
        %v5874 = arith.minsi %v115, %v5873 : i64
        %v5875 = arith.addi %v5872, %v5874 : i64
        %v5876 = llvm.getelementptr %segsum_x_im[%v5875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5867, %v5876 : f32, !llvm.ptr
        %v5877 = llvm.load %v145 : !llvm.ptr -> f32
        %v5878 = arith.muli %v594, %v8 : i64
        %v5879 = arith.addi %v5878, %v112 : i64
        %v5880 = arith.muli %v5879, %v2 : i64
        %v5881 = arith.addi %v5880, %v5067 : i64
        %v5882 = arith.muli %v5881, %v4 : i64
        %v5883 = arith.subi %v4, %v3 : i64
        %v5884 = arith.minsi %v115, %v5883 : i64
        %v5885 = arith.addi %v5882, %v5884 : i64
        %v5886 = llvm.getelementptr %segsum_x_im[%v5885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5877, %v5886 : f32, !llvm.ptr
        %v5887 = llvm.load %v572 : !llvm.ptr -> f32
        %v5888 = arith.muli %v3, %v8 : i64
        %v5889 = arith.addi %v5888, %v112 : i64
        %v5890 = arith.muli %v5889, %v2 : i64
        %v5891 = arith.addi %v5890, %v5067 : i64
        %v5892 = arith.muli %v5891, %v4 : i64
        %v5893 = arith.subi %v4, %v3 : i64
        %v5894 = arith.minsi %v115, %v5893 : i64
        %v5895 = arith.addi %v5892, %v5894 : i64
        %v5896 = llvm.getelementptr %segsum_x_im[%v5895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5887, %v5896 : f32, !llvm.ptr
        %v5897 = llvm.load %v573 : !llvm.ptr -> f32
        %v5898 = arith.muli %v4835, %v8 : i64
        %v5899 = arith.addi %v5898, %v112 : i64
        %v5900 = arith.muli %v5899, %v2 : i64
        %v5901 = arith.addi %v5900, %v5067 : i64
        %v5902 = arith.muli %v5901, %v4 : i64
        %v5903 = arith.subi %v4, %v3 : i64
        %v5904 = arith.minsi %v115, %v5903 : i64
        %v5905 = arith.addi %v5902, %v5904 : i64
        %v5906 = llvm.getelementptr %segsum_x_im[%v5905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5897, %v5906 : f32, !llvm.ptr
        %v5907 = llvm.load %v209 : !llvm.ptr -> f32
        %v5908 = arith.muli %v4846, %v8 : i64
        %v5909 = arith.addi %v5908, %v112 : i64
        %v5910 = arith.muli %v5909, %v2 : i64
        %v5911 = arith.addi %v5910, %v5067 : i64
        %v5912 = arith.muli %v5911, %v4 : i64
        %v5913 = arith.subi %v4, %v3 : i64
        %v5914 = arith.minsi %v115, %v5913 : i64
        %v5915 = arith.addi %v5912, %v5914 : i64
        %v5916 = llvm.getelementptr %segsum_x_im[%v5915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5907, %v5916 : f32, !llvm.ptr
        %v5917 = llvm.load %v177 : !llvm.ptr -> f32
        %v5918 = arith.muli %v1, %v8 : i64
        %v5919 = arith.addi %v5918, %v112 : i64
        %v5920 = arith.muli %v5919, %v2 : i64
        %v5921 = arith.addi %v5920, %v5067 : i64
        %v5922 = arith.muli %v5921, %v4 : i64
        %v5923 = arith.subi %v4, %v3 : i64
        %v5924 = arith.minsi %v115, %v5923 : i64
        %v5925 = arith.addi %v5922, %v5924 : i64
        %v5926 = llvm.getelementptr %segsum_x_im[%v5925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5917, %v5926 : f32, !llvm.ptr
        %v5927 = llvm.load %v146 : !llvm.ptr -> f32
        %v5928 = arith.muli %v594, %v8 : i64
        %v5929 = arith.addi %v5928, %v112 : i64
        %v5930 = arith.muli %v5929, %v2 : i64
        %v5931 = arith.addi %v5930, %v5118 : i64
        %v5932 = arith.muli %v5931, %v4 : i64
        %v5933 = arith.subi %v4, %v3 : i64
        %v5934 = arith.minsi %v115, %v5933 : i64
        %v5935 = arith.addi %v5932, %v5934 : i64
        %v5936 = llvm.getelementptr %segsum_x_im[%v5935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5927, %v5936 : f32, !llvm.ptr
        %v5937 = llvm.load %v574 : !llvm.ptr -> f32
        %v5938 = arith.muli %v3, %v8 : i64
        %v5939 = arith.addi %v5938, %v112 : i64
        %v5940 = arith.muli %v5939, %v2 : i64
        %v5941 = arith.addi %v5940, %v5118 : i64
        %v5942 = arith.muli %v5941, %v4 : i64
        %v5943 = arith.subi %v4, %v3 : i64
        %v5944 = arith.minsi %v115, %v5943 : i64
        %v5945 = arith.addi %v5942, %v5944 : i64
        %v5946 = llvm.getelementptr %segsum_x_im[%v5945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5937, %v5946 : f32, !llvm.ptr
        %v5947 = llvm.load %v575 : !llvm.ptr -> f32
        %v5948 = arith.muli %v4835, %v8 : i64
        %v5949 = arith.addi %v5948, %v112 : i64
        %v5950 = arith.muli %v5949, %v2 : i64
        %v5951 = arith.addi %v5950, %v5118 : i64
        %v5952 = arith.muli %v5951, %v4 : i64
        %v5953 = arith.subi %v4, %v3 : i64
        %v5954 = arith.minsi %v115, %v5953 : i64
        %v5955 = arith.addi %v5952, %v5954 : i64
        %v5956 = llvm.getelementptr %segsum_x_im[%v5955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5947, %v5956 : f32, !llvm.ptr
        %v5957 = llvm.load %v210 : !llvm.ptr -> f32
        %v5958 = arith.muli %v4846, %v8 : i64
        %v5959 = arith.addi %v5958, %v112 : i64
        %v5960 = arith.muli %v5959, %v2 : i64
        %v5961 = arith.addi %v5960, %v5118 : i64
        %v5962 = arith.muli %v5961, %v4 : i64
        %v5963 = arith.subi %v4, %v3 : i64
        %v5964 = arith.minsi %v115, %v5963 : i64
        %v5965 = arith.addi %v5962, %v5964 : i64
        %v5966 = llvm.getelementptr %segsum_x_im[%v5965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5957, %v5966 : f32, !llvm.ptr
        %v5967 = llvm.load %v178 : !llvm.ptr -> f32
        %v5968 = arith.muli %v1, %v8 : i64
        %v5969 = arith.addi %v5968, %v112 : i64
        %v5970 = arith.muli %v5969, %v2 : i64
        %v5971 = arith.addi %v5970, %v5118 : i64
        %v5972 = arith.muli %v5971, %v4 : i64
        %v5973 = arith.subi %v4, %v3 : i64
        %v5974 = arith.minsi %v115, %v5973 : i64
        %v5975 = arith.addi %v5972, %v5974 : i64
        %v5976 = llvm.getelementptr %segsum_x_im[%v5975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5967, %v5976 : f32, !llvm.ptr
        %v5977 = llvm.load %v147 : !llvm.ptr -> f32
        %v5978 = arith.muli %v594, %v8 : i64
        %v5979 = arith.addi %v5978, %v112 : i64
        %v5980 = arith.muli %v5979, %v2 : i64
        %v5981 = arith.addi %v5980, %v5169 : i64
        %v5982 = arith.muli %v5981, %v4 : i64
        %v5983 = arith.subi %v4, %v3 : i64
        %v5984 = arith.minsi %v115, %v5983 : i64
        %v5985 = arith.addi %v5982, %v5984 : i64
        %v5986 = llvm.getelementptr %segsum_x_im[%v5985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5977, %v5986 : f32, !llvm.ptr
        %v5987 = llvm.load %v576 : !llvm.ptr -> f32
        %v5988 = arith.muli %v3, %v8 : i64
        %v5989 = arith.addi %v5988, %v112 : i64
        %v5990 = arith.muli %v5989, %v2 : i64
        %v5991 = arith.addi %v5990, %v5169 : i64
        %v5992 = arith.muli %v5991, %v4 : i64
        %v5993 = arith.subi %v4, %v3 : i64
        %v5994 = arith.minsi %v115, %v5993 : i64
        %v5995 = arith.addi %v5992, %v5994 : i64
        %v5996 = llvm.getelementptr %segsum_x_im[%v5995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5987, %v5996 : f32, !llvm.ptr
        %v5997 = llvm.load %v577 : !llvm.ptr -> f32
        %v5998 = arith.muli %v4835, %v8 : i64
        %v5999 = arith.addi %v5998, %v112 : i64
        %v6000 = arith.muli %v5999, %v2 : i64
        %v6001 = arith.addi %v6000, %v5169 : i64
        %v6002 = arith.muli %v6001, %v4 : i64
        %v6003 = arith.subi %v4, %v3 : i64
        %v6004 = arith.minsi %v115, %v6003 : i64
        %v6005 = arith.addi %v6002, %v6004 : i64
        %v6006 = llvm.getelementptr %segsum_x_im[%v6005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5997, %v6006 : f32, !llvm.ptr
        %v6007 = llvm.load %v211 : !llvm.ptr -> f32
        %v6008 = arith.muli %v4846, %v8 : i64
        %v6009 = arith.addi %v6008, %v112 : i64
        %v6010 = arith.muli %v6009, %v2 : i64
        %v6011 = arith.addi %v6010, %v5169 : i64
        %v6012 = arith.muli %v6011, %v4 : i64
        %v6013 = arith.subi %v4, %v3 : i64
        %v6014 = arith.minsi %v115, %v6013 : i64
        %v6015 = arith.addi %v6012, %v6014 : i64
        %v6016 = llvm.getelementptr %segsum_x_im[%v6015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6007, %v6016 : f32, !llvm.ptr
        %v6017 = llvm.load %v179 : !llvm.ptr -> f32
        %v6018 = arith.muli %v1, %v8 : i64
        %v6019 = arith.addi %v6018, %v112 : i64
        %v6020 = arith.muli %v6019, %v2 : i64
        %v6021 = arith.addi %v6020, %v5169 : i64
        %v6022 = arith.muli %v6021, %v4 : i64
        %v6023 = arith.subi %v4, %v3 : i64
        %v6024 = arith.minsi %v115, %v6023 : i64
        %v6025 = arith.addi %v6022, %v6024 : i64
        %v6026 = llvm.getelementptr %segsum_x_im[%v6025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6017, %v6026 : f32, !llvm.ptr
        %v6027 = llvm.load %v148 : !llvm.ptr -> f32
        %v6028 = arith.muli %v594, %v8 : i64
        %v6029 = arith.addi %v6028, %v112 : i64
        %v6030 = arith.muli %v6029, %v2 : i64
        %v6031 = arith.addi %v6030, %v5220 : i64
        %v6032 = arith.muli %v6031, %v4 : i64
        %v6033 = arith.subi %v4, %v3 : i64
        %v6034 = arith.minsi %v115, %v6033 : i64
        %v6035 = arith.addi %v6032, %v6034 : i64
        %v6036 = llvm.getelementptr %segsum_x_im[%v6035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6027, %v6036 : f32, !llvm.ptr
        %v6037 = llvm.load %v578 : !llvm.ptr -> f32
        %v6038 = arith.muli %v3, %v8 : i64
        %v6039 = arith.addi %v6038, %v112 : i64
        %v6040 = arith.muli %v6039, %v2 : i64
        %v6041 = arith.addi %v6040, %v5220 : i64
        %v6042 = arith.muli %v6041, %v4 : i64
        %v6043 = arith.subi %v4, %v3 : i64
        %v6044 = arith.minsi %v115, %v6043 : i64
        %v6045 = arith.addi %v6042, %v6044 : i64
        %v6046 = llvm.getelementptr %segsum_x_im[%v6045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6037, %v6046 : f32, !llvm.ptr
        %v6047 = llvm.load %v579 : !llvm.ptr -> f32
        %v6048 = arith.muli %v4835, %v8 : i64
        %v6049 = arith.addi %v6048, %v112 : i64
        %v6050 = arith.muli %v6049, %v2 : i64
        %v6051 = arith.addi %v6050, %v5220 : i64
        %v6052 = arith.muli %v6051, %v4 : i64
        %v6053 = arith.subi %v4, %v3 : i64
        %v6054 = arith.minsi %v115, %v6053 : i64
        %v6055 = arith.addi %v6052, %v6054 : i64
        %v6056 = llvm.getelementptr %segsum_x_im[%v6055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6047, %v6056 : f32, !llvm.ptr
        %v6057 = llvm.load %v212 : !llvm.ptr -> f32
        %v6058 = arith.muli %v4846, %v8 : i64
        %v6059 = arith.addi %v6058, %v112 : i64
        %v6060 = arith.muli %v6059, %v2 : i64
        %v6061 = arith.addi %v6060, %v5220 : i64
        %v6062 = arith.muli %v6061, %v4 : i64
        %v6063 = arith.subi %v4, %v3 : i64
        %v6064 = arith.minsi %v115, %v6063 : i64
        %v6065 = arith.addi %v6062, %v6064 : i64
        %v6066 = llvm.getelementptr %segsum_x_im[%v6065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6057, %v6066 : f32, !llvm.ptr
        %v6067 = llvm.load %v180 : !llvm.ptr -> f32
        %v6068 = arith.muli %v1, %v8 : i64
        %v6069 = arith.addi %v6068, %v112 : i64
        %v6070 = arith.muli %v6069, %v2 : i64
        %v6071 = arith.addi %v6070, %v5220 : i64
        %v6072 = arith.muli %v6071, %v4 : i64
        %v6073 = arith.subi %v4, %v3 : i64
        %v6074 = arith.minsi %v115, %v6073 : i64
        %v6075 = arith.addi %v6072, %v6074 : i64
        %v6076 = llvm.getelementptr %segsum_x_im[%v6075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6067, %v6076 : f32, !llvm.ptr
        %v6077 = llvm.load %v149 : !llvm.ptr -> f32
        %v6078 = arith.muli %v594, %v8 : i64
        %v6079 = arith.addi %v6078, %v112 : i64
        %v6080 = arith.muli %v6079, %v2 : i64
        %v6081 = arith.addi %v6080, %v5271 : i64
        %v6082 = arith.muli %v6081, %v4 : i64
        %v6083 = arith.subi %v4, %v3 : i64
        %v6084 = arith.minsi %v115, %v6083 : i64
        %v6085 = arith.addi %v6082, %v6084 : i64
        %v6086 = llvm.getelementptr %segsum_x_im[%v6085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6077, %v6086 : f32, !llvm.ptr
        %v6087 = llvm.load %v580 : !llvm.ptr -> f32
        %v6088 = arith.muli %v3, %v8 : i64
        %v6089 = arith.addi %v6088, %v112 : i64
        %v6090 = arith.muli %v6089, %v2 : i64
        %v6091 = arith.addi %v6090, %v5271 : i64
        %v6092 = arith.muli %v6091, %v4 : i64
        %v6093 = arith.subi %v4, %v3 : i64
        %v6094 = arith.minsi %v115, %v6093 : i64
        %v6095 = arith.addi %v6092, %v6094 : i64
        %v6096 = llvm.getelementptr %segsum_x_im[%v6095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6087, %v6096 : f32, !llvm.ptr
        %v6097 = llvm.load %v581 : !llvm.ptr -> f32
        %v6098 = arith.muli %v4835, %v8 : i64
        %v6099 = arith.addi %v6098, %v112 : i64
        %v6100 = arith.muli %v6099, %v2 : i64
        %v6101 = arith.addi %v6100, %v5271 : i64
        %v6102 = arith.muli %v6101, %v4 : i64
        %v6103 = arith.subi %v4, %v3 : i64
        %v6104 = arith.minsi %v115, %v6103 : i64
        %v6105 = arith.addi %v6102, %v6104 : i64
        %v6106 = llvm.getelementptr %segsum_x_im[%v6105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6097, %v6106 : f32, !llvm.ptr
        %v6107 = llvm.load %v213 : !llvm.ptr -> f32
        %v6108 = arith.muli %v4846, %v8 : i64
        %v6109 = arith.addi %v6108, %v112 : i64
        %v6110 = arith.muli %v6109, %v2 : i64
        %v6111 = arith.addi %v6110, %v5271 : i64
        %v6112 = arith.muli %v6111, %v4 : i64
        %v6113 = arith.subi %v4, %v3 : i64
        %v6114 = arith.minsi %v115, %v6113 : i64
        %v6115 = arith.addi %v6112, %v6114 : i64
        %v6116 = llvm.getelementptr %segsum_x_im[%v6115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6107, %v6116 : f32, !llvm.ptr
        %v6117 = llvm.load %v181 : !llvm.ptr -> f32
        %v6118 = arith.muli %v1, %v8 : i64
        %v6119 = arith.addi %v6118, %v112 : i64
        %v6120 = arith.muli %v6119, %v2 : i64
        %v6121 = arith.addi %v6120, %v5271 : i64
        %v6122 = arith.muli %v6121, %v4 : i64
        %v6123 = arith.subi %v4, %v3 : i64
        %v6124 = arith.minsi %v115, %v6123 : i64
        %v6125 = arith.addi %v6122, %v6124 : i64
        %v6126 = llvm.getelementptr %segsum_x_im[%v6125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6117, %v6126 : f32, !llvm.ptr
        %v6127 = llvm.load %v150 : !llvm.ptr -> f32
        %v6128 = arith.muli %v594, %v8 : i64
        %v6129 = arith.addi %v6128, %v112 : i64
        %v6130 = arith.muli %v6129, %v2 : i64
        %v6131 = arith.addi %v6130, %v5322 : i64
        %v6132 = arith.muli %v6131, %v4 : i64
        %v6133 = arith.subi %v4, %v3 : i64
        %v6134 = arith.minsi %v115, %v6133 : i64
        %v6135 = arith.addi %v6132, %v6134 : i64
        %v6136 = llvm.getelementptr %segsum_x_im[%v6135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6127, %v6136 : f32, !llvm.ptr
        %v6137 = llvm.load %v582 : !llvm.ptr -> f32
        %v6138 = arith.muli %v3, %v8 : i64
        %v6139 = arith.addi %v6138, %v112 : i64
        %v6140 = arith.muli %v6139, %v2 : i64
        %v6141 = arith.addi %v6140, %v5322 : i64
        %v6142 = arith.muli %v6141, %v4 : i64
        %v6143 = arith.subi %v4, %v3 : i64
        %v6144 = arith.minsi %v115, %v6143 : i64
        %v6145 = arith.addi %v6142, %v6144 : i64
        %v6146 = llvm.getelementptr %segsum_x_im[%v6145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6137, %v6146 : f32, !llvm.ptr
        %v6147 = llvm.load %v583 : !llvm.ptr -> f32
        %v6148 = arith.muli %v4835, %v8 : i64
        %v6149 = arith.addi %v6148, %v112 : i64
        %v6150 = arith.muli %v6149, %v2 : i64
        %v6151 = arith.addi %v6150, %v5322 : i64
        %v6152 = arith.muli %v6151, %v4 : i64
        %v6153 = arith.subi %v4, %v3 : i64
        %v6154 = arith.minsi %v115, %v6153 : i64
        %v6155 = arith.addi %v6152, %v6154 : i64
        %v6156 = llvm.getelementptr %segsum_x_im[%v6155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6147, %v6156 : f32, !llvm.ptr
        %v6157 = llvm.load %v214 : !llvm.ptr -> f32
        %v6158 = arith.muli %v4846, %v8 : i64
        %v6159 = arith.addi %v6158, %v112 : i64
        %v6160 = arith.muli %v6159, %v2 : i64
        %v6161 = arith.addi %v6160, %v5322 : i64
        %v6162 = arith.muli %v6161, %v4 : i64
        %v6163 = arith.subi %v4, %v3 : i64
        %v6164 = arith.minsi %v115, %v6163 : i64
        %v6165 = arith.addi %v6162, %v6164 : i64
        %v6166 = llvm.getelementptr %segsum_x_im[%v6165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6157, %v6166 : f32, !llvm.ptr
        %v6167 = llvm.load %v182 : !llvm.ptr -> f32
        %v6168 = arith.muli %v1, %v8 : i64
        %v6169 = arith.addi %v6168, %v112 : i64
        %v6170 = arith.muli %v6169, %v2 : i64
        %v6171 = arith.addi %v6170, %v5322 : i64
        %v6172 = arith.muli %v6171, %v4 : i64
        %v6173 = arith.subi %v4, %v3 : i64
        %v6174 = arith.minsi %v115, %v6173 : i64
        %v6175 = arith.addi %v6172, %v6174 : i64
        %v6176 = llvm.getelementptr %segsum_x_im[%v6175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6167, %v6176 : f32, !llvm.ptr
        %v6177 = llvm.load %v151 : !llvm.ptr -> f32
        %v6178 = arith.muli %v594, %v8 : i64
        %v6179 = arith.addi %v6178, %v112 : i64
        %v6180 = arith.muli %v6179, %v2 : i64
        %v6181 = arith.addi %v6180, %v5373 : i64
        %v6182 = arith.muli %v6181, %v4 : i64
        %v6183 = arith.subi %v4, %v3 : i64
        %v6184 = arith.minsi %v115, %v6183 : i64
        %v6185 = arith.addi %v6182, %v6184 : i64
        %v6186 = llvm.getelementptr %segsum_x_im[%v6185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6177, %v6186 : f32, !llvm.ptr
        %v6187 = llvm.load %v584 : !llvm.ptr -> f32
        %v6188 = arith.muli %v3, %v8 : i64
        %v6189 = arith.addi %v6188, %v112 : i64
        %v6190 = arith.muli %v6189, %v2 : i64
        %v6191 = arith.addi %v6190, %v5373 : i64
        %v6192 = arith.muli %v6191, %v4 : i64
        %v6193 = arith.subi %v4, %v3 : i64
        %v6194 = arith.minsi %v115, %v6193 : i64
        %v6195 = arith.addi %v6192, %v6194 : i64
        %v6196 = llvm.getelementptr %segsum_x_im[%v6195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6187, %v6196 : f32, !llvm.ptr
        %v6197 = llvm.load %v585 : !llvm.ptr -> f32
        %v6198 = arith.muli %v4835, %v8 : i64
        %v6199 = arith.addi %v6198, %v112 : i64
        %v6200 = arith.muli %v6199, %v2 : i64
        %v6201 = arith.addi %v6200, %v5373 : i64
        %v6202 = arith.muli %v6201, %v4 : i64
        %v6203 = arith.subi %v4, %v3 : i64
        %v6204 = arith.minsi %v115, %v6203 : i64
        %v6205 = arith.addi %v6202, %v6204 : i64
        %v6206 = llvm.getelementptr %segsum_x_im[%v6205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6197, %v6206 : f32, !llvm.ptr
        %v6207 = llvm.load %v215 : !llvm.ptr -> f32
        %v6208 = arith.muli %v4846, %v8 : i64
        %v6209 = arith.addi %v6208, %v112 : i64
        %v6210 = arith.muli %v6209, %v2 : i64
        %v6211 = arith.addi %v6210, %v5373 : i64
        %v6212 = arith.muli %v6211, %v4 : i64
        %v6213 = arith.subi %v4, %v3 : i64
        %v6214 = arith.minsi %v115, %v6213 : i64
        %v6215 = arith.addi %v6212, %v6214 : i64
        %v6216 = llvm.getelementptr %segsum_x_im[%v6215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6207, %v6216 : f32, !llvm.ptr
        %v6217 = llvm.load %v183 : !llvm.ptr -> f32
        %v6218 = arith.muli %v1, %v8 : i64
        %v6219 = arith.addi %v6218, %v112 : i64
        %v6220 = arith.muli %v6219, %v2 : i64
        %v6221 = arith.addi %v6220, %v5373 : i64
        %v6222 = arith.muli %v6221, %v4 : i64
        %v6223 = arith.subi %v4, %v3 : i64
        %v6224 = arith.minsi %v115, %v6223 : i64
        %v6225 = arith.addi %v6222, %v6224 : i64
        %v6226 = llvm.getelementptr %segsum_x_im[%v6225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6217, %v6226 : f32, !llvm.ptr
        %v6227 = llvm.load %v152 : !llvm.ptr -> f32
        %v6228 = arith.muli %v594, %v8 : i64
        %v6229 = arith.addi %v6228, %v112 : i64
        %v6230 = arith.muli %v6229, %v2 : i64
        %v6231 = arith.addi %v6230, %v5424 : i64
        %v6232 = arith.muli %v6231, %v4 : i64
        %v6233 = arith.subi %v4, %v3 : i64
        %v6234 = arith.minsi %v115, %v6233 : i64
        %v6235 = arith.addi %v6232, %v6234 : i64
        %v6236 = llvm.getelementptr %segsum_x_im[%v6235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6227, %v6236 : f32, !llvm.ptr
        %v6237 = llvm.load %v586 : !llvm.ptr -> f32
        %v6238 = arith.muli %v3, %v8 : i64
        %v6239 = arith.addi %v6238, %v112 : i64
        %v6240 = arith.muli %v6239, %v2 : i64
        %v6241 = arith.addi %v6240, %v5424 : i64
        %v6242 = arith.muli %v6241, %v4 : i64
        %v6243 = arith.subi %v4, %v3 : i64
        %v6244 = arith.minsi %v115, %v6243 : i64
        %v6245 = arith.addi %v6242, %v6244 : i64
        %v6246 = llvm.getelementptr %segsum_x_im[%v6245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6237, %v6246 : f32, !llvm.ptr
        %v6247 = llvm.load %v587 : !llvm.ptr -> f32
        %v6248 = arith.muli %v4835, %v8 : i64
        %v6249 = arith.addi %v6248, %v112 : i64
        %v6250 = arith.muli %v6249, %v2 : i64
        %v6251 = arith.addi %v6250, %v5424 : i64
        %v6252 = arith.muli %v6251, %v4 : i64
        %v6253 = arith.subi %v4, %v3 : i64
        %v6254 = arith.minsi %v115, %v6253 : i64
        %v6255 = arith.addi %v6252, %v6254 : i64
        %v6256 = llvm.getelementptr %segsum_x_im[%v6255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6247, %v6256 : f32, !llvm.ptr
        %v6257 = llvm.load %v216 : !llvm.ptr -> f32
        %v6258 = arith.muli %v4846, %v8 : i64
        %v6259 = arith.addi %v6258, %v112 : i64
        %v6260 = arith.muli %v6259, %v2 : i64
        %v6261 = arith.addi %v6260, %v5424 : i64
        %v6262 = arith.muli %v6261, %v4 : i64
        %v6263 = arith.subi %v4, %v3 : i64
        %v6264 = arith.minsi %v115, %v6263 : i64
        %v6265 = arith.addi %v6262, %v6264 : i64
        %v6266 = llvm.getelementptr %segsum_x_im[%v6265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6257, %v6266 : f32, !llvm.ptr
        %v6267 = llvm.load %v184 : !llvm.ptr -> f32
        %v6268 = arith.muli %v1, %v8 : i64
        %v6269 = arith.addi %v6268, %v112 : i64
        %v6270 = arith.muli %v6269, %v2 : i64
        %v6271 = arith.addi %v6270, %v5424 : i64
        %v6272 = arith.muli %v6271, %v4 : i64
        %v6273 = arith.subi %v4, %v3 : i64
        %v6274 = arith.minsi %v115, %v6273 : i64
        %v6275 = arith.addi %v6272, %v6274 : i64
        %v6276 = llvm.getelementptr %segsum_x_im[%v6275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6267, %v6276 : f32, !llvm.ptr
        %v6277 = llvm.load %v153 : !llvm.ptr -> f32
        %v6278 = arith.muli %v594, %v8 : i64
        %v6279 = arith.addi %v6278, %v112 : i64
        %v6280 = arith.muli %v6279, %v2 : i64
        %v6281 = arith.addi %v6280, %v5475 : i64
        %v6282 = arith.muli %v6281, %v4 : i64
        %v6283 = arith.subi %v4, %v3 : i64
        %v6284 = arith.minsi %v115, %v6283 : i64
        %v6285 = arith.addi %v6282, %v6284 : i64
        %v6286 = llvm.getelementptr %segsum_x_im[%v6285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6277, %v6286 : f32, !llvm.ptr
        %v6287 = llvm.load %v588 : !llvm.ptr -> f32
        %v6288 = arith.muli %v3, %v8 : i64
        %v6289 = arith.addi %v6288, %v112 : i64
        %v6290 = arith.muli %v6289, %v2 : i64
        %v6291 = arith.addi %v6290, %v5475 : i64
        %v6292 = arith.muli %v6291, %v4 : i64
        %v6293 = arith.subi %v4, %v3 : i64
        %v6294 = arith.minsi %v115, %v6293 : i64
        %v6295 = arith.addi %v6292, %v6294 : i64
        %v6296 = llvm.getelementptr %segsum_x_im[%v6295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6287, %v6296 : f32, !llvm.ptr
        %v6297 = llvm.load %v589 : !llvm.ptr -> f32
        %v6298 = arith.muli %v4835, %v8 : i64
        %v6299 = arith.addi %v6298, %v112 : i64
        %v6300 = arith.muli %v6299, %v2 : i64
        %v6301 = arith.addi %v6300, %v5475 : i64
        %v6302 = arith.muli %v6301, %v4 : i64
        %v6303 = arith.subi %v4, %v3 : i64
        %v6304 = arith.minsi %v115, %v6303 : i64
        %v6305 = arith.addi %v6302, %v6304 : i64
        %v6306 = llvm.getelementptr %segsum_x_im[%v6305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6297, %v6306 : f32, !llvm.ptr
        %v6307 = llvm.load %v217 : !llvm.ptr -> f32
        %v6308 = arith.muli %v4846, %v8 : i64
        %v6309 = arith.addi %v6308, %v112 : i64
        %v6310 = arith.muli %v6309, %v2 : i64
        %v6311 = arith.addi %v6310, %v5475 : i64
        %v6312 = arith.muli %v6311, %v4 : i64
        %v6313 = arith.subi %v4, %v3 : i64
        %v6314 = arith.minsi %v115, %v6313 : i64
        %v6315 = arith.addi %v6312, %v6314 : i64
        %v6316 = llvm.getelementptr %segsum_x_im[%v6315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6307, %v6316 : f32, !llvm.ptr
        %v6317 = llvm.load %v185 : !llvm.ptr -> f32
        %v6318 = arith.muli %v1, %v8 : i64
        %v6319 = arith.addi %v6318, %v112 : i64
        %v6320 = arith.muli %v6319, %v2 : i64
        %v6321 = arith.addi %v6320, %v5475 : i64
        %v6322 = arith.muli %v6321, %v4 : i64
        %v6323 = arith.subi %v4, %v3 : i64
        %v6324 = arith.minsi %v115, %v6323 : i64
        %v6325 = arith.addi %v6322, %v6324 : i64
        %v6326 = llvm.getelementptr %segsum_x_im[%v6325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6317, %v6326 : f32, !llvm.ptr
        %v6327 = llvm.load %v154 : !llvm.ptr -> f32
        %v6328 = arith.muli %v594, %v8 : i64
        %v6329 = arith.addi %v6328, %v112 : i64
        %v6330 = arith.muli %v6329, %v2 : i64
        %v6331 = arith.addi %v6330, %v5526 : i64
        %v6332 = arith.muli %v6331, %v4 : i64
        %v6333 = arith.subi %v4, %v3 : i64
        %v6334 = arith.minsi %v115, %v6333 : i64
        %v6335 = arith.addi %v6332, %v6334 : i64
        %v6336 = llvm.getelementptr %segsum_x_im[%v6335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6327, %v6336 : f32, !llvm.ptr
        %v6337 = llvm.load %v590 : !llvm.ptr -> f32
        %v6338 = arith.muli %v3, %v8 : i64
        %v6339 = arith.addi %v6338, %v112 : i64
        %v6340 = arith.muli %v6339, %v2 : i64
        %v6341 = arith.addi %v6340, %v5526 : i64
        %v6342 = arith.muli %v6341, %v4 : i64
        %v6343 = arith.subi %v4, %v3 : i64
        %v6344 = arith.minsi %v115, %v6343 : i64
        %v6345 = arith.addi %v6342, %v6344 : i64
        %v6346 = llvm.getelementptr %segsum_x_im[%v6345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6337, %v6346 : f32, !llvm.ptr
        %v6347 = llvm.load %v591 : !llvm.ptr -> f32
        %v6348 = arith.muli %v4835, %v8 : i64
        %v6349 = arith.addi %v6348, %v112 : i64
        %v6350 = arith.muli %v6349, %v2 : i64
        %v6351 = arith.addi %v6350, %v5526 : i64
        %v6352 = arith.muli %v6351, %v4 : i64
        %v6353 = arith.subi %v4, %v3 : i64
        %v6354 = arith.minsi %v115, %v6353 : i64
        %v6355 = arith.addi %v6352, %v6354 : i64
        %v6356 = llvm.getelementptr %segsum_x_im[%v6355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6347, %v6356 : f32, !llvm.ptr
        %v6357 = llvm.load %v218 : !llvm.ptr -> f32
        %v6358 = arith.muli %v4846, %v8 : i64
        %v6359 = arith.addi %v6358, %v112 : i64
        %v6360 = arith.muli %v6359, %v2 : i64
        %v6361 = arith.addi %v6360, %v5526 : i64
        %v6362 = arith.muli %v6361, %v4 : i64
        %v6363 = arith.subi %v4, %v3 : i64
        %v6364 = arith.minsi %v115, %v6363 : i64
        %v6365 = arith.addi %v6362, %v6364 : i64
        %v6366 = llvm.getelementptr %segsum_x_im[%v6365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6357, %v6366 : f32, !llvm.ptr
        %v6367 = llvm.load %v186 : !llvm.ptr -> f32
        %v6368 = arith.muli %v1, %v8 : i64
        %v6369 = arith.addi %v6368, %v112 : i64
        %v6370 = arith.muli %v6369, %v2 : i64
        %v6371 = arith.addi %v6370, %v5526 : i64
        %v6372 = arith.muli %v6371, %v4 : i64
        %v6373 = arith.subi %v4, %v3 : i64
        %v6374 = arith.minsi %v115, %v6373 : i64
        %v6375 = arith.addi %v6372, %v6374 : i64
        %v6376 = llvm.getelementptr %segsum_x_im[%v6375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6367, %v6376 : f32, !llvm.ptr
        %v6377 = llvm.load %v155 : !llvm.ptr -> f32
        %v6378 = arith.muli %v594, %v8 : i64
        %v6379 = arith.addi %v6378, %v112 : i64
        %v6380 = arith.muli %v6379, %v2 : i64
        %v6381 = arith.addi %v6380, %v5577 : i64
        %v6382 = arith.muli %v6381, %v4 : i64
        %v6383 = arith.subi %v4, %v3 : i64
        %v6384 = arith.minsi %v115, %v6383 : i64
        %v6385 = arith.addi %v6382, %v6384 : i64
        %v6386 = llvm.getelementptr %segsum_x_im[%v6385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6377, %v6386 : f32, !llvm.ptr
        %v6387 = llvm.load %v592 : !llvm.ptr -> f32
        %v6388 = arith.muli %v3, %v8 : i64
        %v6389 = arith.addi %v6388, %v112 : i64
        %v6390 = arith.muli %v6389, %v2 : i64
        %v6391 = arith.addi %v6390, %v5577 : i64
        %v6392 = arith.muli %v6391, %v4 : i64
        %v6393 = arith.subi %v4, %v3 : i64
        %v6394 = arith.minsi %v115, %v6393 : i64
        %v6395 = arith.addi %v6392, %v6394 : i64
        %v6396 = llvm.getelementptr %segsum_x_im[%v6395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6387, %v6396 : f32, !llvm.ptr
        %v6397 = llvm.load %v593 : !llvm.ptr -> f32
        %v6398 = arith.muli %v4835, %v8 : i64
        %v6399 = arith.addi %v6398, %v112 : i64
        %v6400 = arith.muli %v6399, %v2 : i64
        %v6401 = arith.addi %v6400, %v5577 : i64
        %v6402 = arith.muli %v6401, %v4 : i64
        %v6403 = arith.subi %v4, %v3 : i64
        %v6404 = arith.minsi %v115, %v6403 : i64
        %v6405 = arith.addi %v6402, %v6404 : i64
        %v6406 = llvm.getelementptr %segsum_x_im[%v6405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6397, %v6406 : f32, !llvm.ptr
        %v6407 = llvm.load %v219 : !llvm.ptr -> f32
        %v6408 = arith.muli %v4846, %v8 : i64
        %v6409 = arith.addi %v6408, %v112 : i64
        %v6410 = arith.muli %v6409, %v2 : i64
        %v6411 = arith.addi %v6410, %v5577 : i64
        %v6412 = arith.muli %v6411, %v4 : i64
        %v6413 = arith.subi %v4, %v3 : i64
        %v6414 = arith.minsi %v115, %v6413 : i64
        %v6415 = arith.addi %v6412, %v6414 : i64
        %v6416 = llvm.getelementptr %segsum_x_im[%v6415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6407, %v6416 : f32, !llvm.ptr
        %v6417 = llvm.load %v187 : !llvm.ptr -> f32
        %v6418 = arith.muli %v1, %v8 : i64
        %v6419 = arith.addi %v6418, %v112 : i64
        %v6420 = arith.muli %v6419, %v2 : i64
        %v6421 = arith.addi %v6420, %v5577 : i64
        %v6422 = arith.muli %v6421, %v4 : i64
        %v6423 = arith.subi %v4, %v3 : i64
        %v6424 = arith.minsi %v115, %v6423 : i64
        %v6425 = arith.addi %v6422, %v6424 : i64
        %v6426 = llvm.getelementptr %segsum_x_im[%v6425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6417, %v6426 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
