module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_chunk_carry(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 1 : i64
      %v6 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v26 = arith.constant 64 : i64
      %v30 = arith.constant 1 : i64
      %v37 = arith.constant 0x00000000 : f32
      %v38 = arith.constant 255 : i64
      %v40 = arith.constant 256 : i64
      %v42 = arith.constant 0 : i64
      %v43 = arith.constant 1 : i64
      %v50 = arith.constant 1 : i64
      %v54 = arith.constant 16 : i64
      %v56 = arith.constant 0 : i64
      %v67 = arith.constant 1 : i64
      %v71 = arith.constant 16 : i64
      %v73 = arith.constant 1 : i64
      %v84 = arith.constant 1 : i64
      %v88 = arith.constant 16 : i64
      %v90 = arith.constant 2 : i64
      %v101 = arith.constant 1 : i64
      %v105 = arith.constant 16 : i64
      %v107 = arith.constant 3 : i64
      %v118 = arith.constant 1 : i64
      %v122 = arith.constant 16 : i64
      %v124 = arith.constant 4 : i64
      %v135 = arith.constant 1 : i64
      %v139 = arith.constant 16 : i64
      %v141 = arith.constant 5 : i64
      %v152 = arith.constant 1 : i64
      %v156 = arith.constant 16 : i64
      %v158 = arith.constant 6 : i64
      %v169 = arith.constant 1 : i64
      %v173 = arith.constant 16 : i64
      %v175 = arith.constant 7 : i64
      %v186 = arith.constant 1 : i64
      %v190 = arith.constant 16 : i64
      %v192 = arith.constant 8 : i64
      %v203 = arith.constant 1 : i64
      %v207 = arith.constant 16 : i64
      %v209 = arith.constant 9 : i64
      %v220 = arith.constant 1 : i64
      %v224 = arith.constant 16 : i64
      %v226 = arith.constant 10 : i64
      %v237 = arith.constant 1 : i64
      %v241 = arith.constant 16 : i64
      %v243 = arith.constant 11 : i64
      %v254 = arith.constant 1 : i64
      %v258 = arith.constant 16 : i64
      %v260 = arith.constant 12 : i64
      %v271 = arith.constant 1 : i64
      %v275 = arith.constant 16 : i64
      %v277 = arith.constant 13 : i64
      %v288 = arith.constant 1 : i64
      %v292 = arith.constant 16 : i64
      %v294 = arith.constant 14 : i64
      %v305 = arith.constant 1 : i64
      %v309 = arith.constant 16 : i64
      %v311 = arith.constant 15 : i64
      %v22 = gpu.block_id x
      %v23 = gpu.thread_id x
      %v24 = arith.index_cast %v23 : index to i64
      %v25 = arith.index_cast %v22 : index to i64
      %v27 = arith.muli %v25, %v26 : i64
      %v28 = arith.addi %v27, %v24 : i64
      %v29 = arith.cmpi slt, %v28, %v4 : i64
      %v31 = arith.subi %v4, %v30 : i64
      %v32 = arith.minsi %v28, %v31 : i64
      %v33 = arith.remui %v32, %size_D : i64
      %v34 = arith.divui %v32, %size_D : i64
      %v35 = arith.remui %v34, %size_B : i64
      %v36 = arith.divui %v34, %size_B : i64
      llvm.store %v37, %v6 : f32, !llvm.ptr
      llvm.store %v37, %v7 : f32, !llvm.ptr
      llvm.store %v37, %v8 : f32, !llvm.ptr
      llvm.store %v37, %v9 : f32, !llvm.ptr
      llvm.store %v37, %v10 : f32, !llvm.ptr
      llvm.store %v37, %v11 : f32, !llvm.ptr
      llvm.store %v37, %v12 : f32, !llvm.ptr
      llvm.store %v37, %v13 : f32, !llvm.ptr
      llvm.store %v37, %v14 : f32, !llvm.ptr
      llvm.store %v37, %v15 : f32, !llvm.ptr
      llvm.store %v37, %v16 : f32, !llvm.ptr
      llvm.store %v37, %v17 : f32, !llvm.ptr
      llvm.store %v37, %v18 : f32, !llvm.ptr
      llvm.store %v37, %v19 : f32, !llvm.ptr
      llvm.store %v37, %v20 : f32, !llvm.ptr
      llvm.store %v37, %v21 : f32, !llvm.ptr
      %v39 = arith.addi %size_L, %v38 : i64
      %v41 = arith.divui %v39, %v40 : i64
      scf.if %v29 {
        %v44 = arith.index_cast %v42 : i64 to index
        %v45 = arith.index_cast %v41 : i64 to index
        %v46 = arith.index_cast %v43 : i64 to index
        scf.for %v47 = %v44 to %v45 step %v46 {
          %v48 = arith.index_cast %v47 : index to i64
          %v49 = arith.muli %v48, %v4 : i64
          %v51 = arith.subi %v4, %v50 : i64
          %v52 = arith.minsi %v28, %v51 : i64
          %v53 = arith.addi %v49, %v52 : i64
          %v55 = arith.muli %v53, %v54 : i64
          %v57 = arith.addi %v55, %v56 : i64
          %v58 = llvm.load %v6 : !llvm.ptr -> f32
          %v59 = llvm.getelementptr %carry_h[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v58, %v59 : f32, !llvm.ptr
          %v60 = llvm.getelementptr %agga_h[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v61 = llvm.load %v60 : !llvm.ptr -> f32
          %v62 = llvm.getelementptr %aggb_h[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v63 = llvm.load %v62 : !llvm.ptr -> f32
          %v64 = arith.mulf %v61, %v58 : f32
          %v65 = arith.addf %v64, %v63 : f32
          llvm.store %v65, %v6 : f32, !llvm.ptr
          %v66 = arith.muli %v48, %v4 : i64
          %v68 = arith.subi %v4, %v67 : i64
          %v69 = arith.minsi %v28, %v68 : i64
          %v70 = arith.addi %v66, %v69 : i64
          %v72 = arith.muli %v70, %v71 : i64
          %v74 = arith.addi %v72, %v73 : i64
          %v75 = llvm.load %v7 : !llvm.ptr -> f32
          %v76 = llvm.getelementptr %carry_h[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v75, %v76 : f32, !llvm.ptr
          %v77 = llvm.getelementptr %agga_h[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          %v79 = llvm.getelementptr %aggb_h[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v80 = llvm.load %v79 : !llvm.ptr -> f32
          %v81 = arith.mulf %v78, %v75 : f32
          %v82 = arith.addf %v81, %v80 : f32
          llvm.store %v82, %v7 : f32, !llvm.ptr
          %v83 = arith.muli %v48, %v4 : i64
          %v85 = arith.subi %v4, %v84 : i64
          %v86 = arith.minsi %v28, %v85 : i64
          %v87 = arith.addi %v83, %v86 : i64
          %v89 = arith.muli %v87, %v88 : i64
          %v91 = arith.addi %v89, %v90 : i64
          %v92 = llvm.load %v8 : !llvm.ptr -> f32
          %v93 = llvm.getelementptr %carry_h[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v92, %v93 : f32, !llvm.ptr
          %v94 = llvm.getelementptr %agga_h[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v95 = llvm.load %v94 : !llvm.ptr -> f32
          %v96 = llvm.getelementptr %aggb_h[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          %v98 = arith.mulf %v95, %v92 : f32
          %v99 = arith.addf %v98, %v97 : f32
          llvm.store %v99, %v8 : f32, !llvm.ptr
          %v100 = arith.muli %v48, %v4 : i64
          %v102 = arith.subi %v4, %v101 : i64
          %v103 = arith.minsi %v28, %v102 : i64
          %v104 = arith.addi %v100, %v103 : i64
          %v106 = arith.muli %v104, %v105 : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = llvm.load %v9 : !llvm.ptr -> f32
          %v110 = llvm.getelementptr %carry_h[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v109, %v110 : f32, !llvm.ptr
          %v111 = llvm.getelementptr %agga_h[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v112 = llvm.load %v111 : !llvm.ptr -> f32
          %v113 = llvm.getelementptr %aggb_h[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.mulf %v112, %v109 : f32
          %v116 = arith.addf %v115, %v114 : f32
          llvm.store %v116, %v9 : f32, !llvm.ptr
          %v117 = arith.muli %v48, %v4 : i64
          %v119 = arith.subi %v4, %v118 : i64
          %v120 = arith.minsi %v28, %v119 : i64
          %v121 = arith.addi %v117, %v120 : i64
          %v123 = arith.muli %v121, %v122 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = llvm.load %v10 : !llvm.ptr -> f32
          %v127 = llvm.getelementptr %carry_h[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v126, %v127 : f32, !llvm.ptr
          %v128 = llvm.getelementptr %agga_h[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = llvm.getelementptr %aggb_h[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          %v132 = arith.mulf %v129, %v126 : f32
          %v133 = arith.addf %v132, %v131 : f32
          llvm.store %v133, %v10 : f32, !llvm.ptr
          %v134 = arith.muli %v48, %v4 : i64
          %v136 = arith.subi %v4, %v135 : i64
          %v137 = arith.minsi %v28, %v136 : i64
          %v138 = arith.addi %v134, %v137 : i64
          %v140 = arith.muli %v138, %v139 : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = llvm.load %v11 : !llvm.ptr -> f32
          %v144 = llvm.getelementptr %carry_h[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v143, %v144 : f32, !llvm.ptr
          %v145 = llvm.getelementptr %agga_h[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v147 = llvm.getelementptr %aggb_h[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.mulf %v146, %v143 : f32
          %v150 = arith.addf %v149, %v148 : f32
          llvm.store %v150, %v11 : f32, !llvm.ptr
          %v151 = arith.muli %v48, %v4 : i64
          %v153 = arith.subi %v4, %v152 : i64
          %v154 = arith.minsi %v28, %v153 : i64
          %v155 = arith.addi %v151, %v154 : i64
          %v157 = arith.muli %v155, %v156 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = llvm.load %v12 : !llvm.ptr -> f32
          %v161 = llvm.getelementptr %carry_h[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v160, %v161 : f32, !llvm.ptr
          %v162 = llvm.getelementptr %agga_h[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = llvm.getelementptr %aggb_h[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.mulf %v163, %v160 : f32
          %v167 = arith.addf %v166, %v165 : f32
          llvm.store %v167, %v12 : f32, !llvm.ptr
          %v168 = arith.muli %v48, %v4 : i64
          %v170 = arith.subi %v4, %v169 : i64
          %v171 = arith.minsi %v28, %v170 : i64
          %v172 = arith.addi %v168, %v171 : i64
          %v174 = arith.muli %v172, %v173 : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = llvm.load %v13 : !llvm.ptr -> f32
          %v178 = llvm.getelementptr %carry_h[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v177, %v178 : f32, !llvm.ptr
          %v179 = llvm.getelementptr %agga_h[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 : !llvm.ptr -> f32
          %v181 = llvm.getelementptr %aggb_h[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v182 = llvm.load %v181 : !llvm.ptr -> f32
          %v183 = arith.mulf %v180, %v177 : f32
          %v184 = arith.addf %v183, %v182 : f32
          llvm.store %v184, %v13 : f32, !llvm.ptr
          %v185 = arith.muli %v48, %v4 : i64
          %v187 = arith.subi %v4, %v186 : i64
          %v188 = arith.minsi %v28, %v187 : i64
          %v189 = arith.addi %v185, %v188 : i64
          %v191 = arith.muli %v189, %v190 : i64
          %v193 = arith.addi %v191, %v192 : i64
          %v194 = llvm.load %v14 : !llvm.ptr -> f32
          %v195 = llvm.getelementptr %carry_h[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v194, %v195 : f32, !llvm.ptr
          %v196 = llvm.getelementptr %agga_h[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 : !llvm.ptr -> f32
          %v198 = llvm.getelementptr %aggb_h[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v199 = llvm.load %v198 : !llvm.ptr -> f32
          %v200 = arith.mulf %v197, %v194 : f32
          %v201 = arith.addf %v200, %v199 : f32
          llvm.store %v201, %v14 : f32, !llvm.ptr
          %v202 = arith.muli %v48, %v4 : i64
          %v204 = arith.subi %v4, %v203 : i64
          %v205 = arith.minsi %v28, %v204 : i64
          %v206 = arith.addi %v202, %v205 : i64
          %v208 = arith.muli %v206, %v207 : i64
          %v210 = arith.addi %v208, %v209 : i64
          %v211 = llvm.load %v15 : !llvm.ptr -> f32
          %v212 = llvm.getelementptr %carry_h[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v211, %v212 : f32, !llvm.ptr
          %v213 = llvm.getelementptr %agga_h[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v214 = llvm.load %v213 : !llvm.ptr -> f32
          %v215 = llvm.getelementptr %aggb_h[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v216 = llvm.load %v215 : !llvm.ptr -> f32
          %v217 = arith.mulf %v214, %v211 : f32
          %v218 = arith.addf %v217, %v216 : f32
          llvm.store %v218, %v15 : f32, !llvm.ptr
          %v219 = arith.muli %v48, %v4 : i64
          %v221 = arith.subi %v4, %v220 : i64
          %v222 = arith.minsi %v28, %v221 : i64
          %v223 = arith.addi %v219, %v222 : i64
          %v225 = arith.muli %v223, %v224 : i64
          %v227 = arith.addi %v225, %v226 : i64
          %v228 = llvm.load %v16 : !llvm.ptr -> f32
          %v229 = llvm.getelementptr %carry_h[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v228, %v229 : f32, !llvm.ptr
          %v230 = llvm.getelementptr %agga_h[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = llvm.getelementptr %aggb_h[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v233 = llvm.load %v232 : !llvm.ptr -> f32
          %v234 = arith.mulf %v231, %v228 : f32
          %v235 = arith.addf %v234, %v233 : f32
          llvm.store %v235, %v16 : f32, !llvm.ptr
          %v236 = arith.muli %v48, %v4 : i64
          %v238 = arith.subi %v4, %v237 : i64
          %v239 = arith.minsi %v28, %v238 : i64
          %v240 = arith.addi %v236, %v239 : i64
          %v242 = arith.muli %v240, %v241 : i64
          %v244 = arith.addi %v242, %v243 : i64
          %v245 = llvm.load %v17 : !llvm.ptr -> f32
          %v246 = llvm.getelementptr %carry_h[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v245, %v246 : f32, !llvm.ptr
          %v247 = llvm.getelementptr %agga_h[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v248 = llvm.load %v247 : !llvm.ptr -> f32
          %v249 = llvm.getelementptr %aggb_h[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = arith.mulf %v248, %v245 : f32
          %v252 = arith.addf %v251, %v250 : f32
          llvm.store %v252, %v17 : f32, !llvm.ptr
          %v253 = arith.muli %v48, %v4 : i64
          %v255 = arith.subi %v4, %v254 : i64
          %v256 = arith.minsi %v28, %v255 : i64
          %v257 = arith.addi %v253, %v256 : i64
          %v259 = arith.muli %v257, %v258 : i64
          %v261 = arith.addi %v259, %v260 : i64
          %v262 = llvm.load %v18 : !llvm.ptr -> f32
          %v263 = llvm.getelementptr %carry_h[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v262, %v263 : f32, !llvm.ptr
          %v264 = llvm.getelementptr %agga_h[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v265 = llvm.load %v264 : !llvm.ptr -> f32
          %v266 = llvm.getelementptr %aggb_h[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.mulf %v265, %v262 : f32
          %v269 = arith.addf %v268, %v267 : f32
          llvm.store %v269, %v18 : f32, !llvm.ptr
          %v270 = arith.muli %v48, %v4 : i64
          %v272 = arith.subi %v4, %v271 : i64
          %v273 = arith.minsi %v28, %v272 : i64
          %v274 = arith.addi %v270, %v273 : i64
          %v276 = arith.muli %v274, %v275 : i64
          %v278 = arith.addi %v276, %v277 : i64
          %v279 = llvm.load %v19 : !llvm.ptr -> f32
          %v280 = llvm.getelementptr %carry_h[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v279, %v280 : f32, !llvm.ptr
          %v281 = llvm.getelementptr %agga_h[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v282 = llvm.load %v281 : !llvm.ptr -> f32
          %v283 = llvm.getelementptr %aggb_h[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v284 = llvm.load %v283 : !llvm.ptr -> f32
          %v285 = arith.mulf %v282, %v279 : f32
          %v286 = arith.addf %v285, %v284 : f32
          llvm.store %v286, %v19 : f32, !llvm.ptr
          %v287 = arith.muli %v48, %v4 : i64
          %v289 = arith.subi %v4, %v288 : i64
          %v290 = arith.minsi %v28, %v289 : i64
          %v291 = arith.addi %v287, %v290 : i64
          %v293 = arith.muli %v291, %v292 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = llvm.load %v20 : !llvm.ptr -> f32
          %v297 = llvm.getelementptr %carry_h[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v296, %v297 : f32, !llvm.ptr
          %v298 = llvm.getelementptr %agga_h[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v299 = llvm.load %v298 : !llvm.ptr -> f32
          %v300 = llvm.getelementptr %aggb_h[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v301 = llvm.load %v300 : !llvm.ptr -> f32
          %v302 = arith.mulf %v299, %v296 : f32
          %v303 = arith.addf %v302, %v301 : f32
          llvm.store %v303, %v20 : f32, !llvm.ptr
          %v304 = arith.muli %v48, %v4 : i64
          %v306 = arith.subi %v4, %v305 : i64
          %v307 = arith.minsi %v28, %v306 : i64
          %v308 = arith.addi %v304, %v307 : i64
          %v310 = arith.muli %v308, %v309 : i64
          %v312 = arith.addi %v310, %v311 : i64
          %v313 = llvm.load %v21 : !llvm.ptr -> f32
          %v314 = llvm.getelementptr %carry_h[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v313, %v314 : f32, !llvm.ptr
          %v315 = llvm.getelementptr %agga_h[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v316 = llvm.load %v315 : !llvm.ptr -> f32
          %v317 = llvm.getelementptr %aggb_h[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v318 = llvm.load %v317 : !llvm.ptr -> f32
          %v319 = arith.mulf %v316, %v313 : f32
          %v320 = arith.addf %v319, %v318 : f32
          llvm.store %v320, %v21 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
