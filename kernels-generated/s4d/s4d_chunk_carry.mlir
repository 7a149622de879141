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
      %v49 = arith.constant 16 : i64
      %v50 = arith.constant 0 : i64
      %v54 = arith.constant 1 : i64
      %v66 = arith.constant 16 : i64
      %v67 = arith.constant 1 : i64
      %v71 = arith.constant 1 : i64
      %v83 = arith.constant 16 : i64
      %v84 = arith.constant 2 : i64
      %v88 = arith.constant 1 : i64
      %v100 = arith.constant 16 : i64
      %v101 = arith.constant 3 : i64
      %v105 = arith.constant 1 : i64
      %v117 = arith.constant 16 : i64
      %v118 = arith.constant 4 : i64
      %v122 = arith.constant 1 : i64
      %v134 = arith.constant 16 : i64
      %v135 = arith.constant 5 : i64
      %v139 = arith.constant 1 : i64
      %v151 = arith.constant 16 : i64
      %v152 = arith.constant 6 : i64
      %v156 = arith.constant 1 : i64
      %v168 = arith.constant 16 : i64
      %v169 = arith.constant 7 : i64
      %v173 = arith.constant 1 : i64
      %v185 = arith.constant 16 : i64
      %v186 = arith.constant 8 : i64
      %v190 = arith.constant 1 : i64
      %v202 = arith.constant 16 : i64
      %v203 = arith.constant 9 : i64
      %v207 = arith.constant 1 : i64
      %v219 = arith.constant 16 : i64
      %v220 = arith.constant 10 : i64
      %v224 = arith.constant 1 : i64
      %v236 = arith.constant 16 : i64
      %v237 = arith.constant 11 : i64
      %v241 = arith.constant 1 : i64
      %v253 = arith.constant 16 : i64
      %v254 = arith.constant 12 : i64
      %v258 = arith.constant 1 : i64
      %v270 = arith.constant 16 : i64
      %v271 = arith.constant 13 : i64
      %v275 = arith.constant 1 : i64
      %v287 = arith.constant 16 : i64
      %v288 = arith.constant 14 : i64
      %v292 = arith.constant 1 : i64
      %v304 = arith.constant 16 : i64
      %v305 = arith.constant 15 : i64
      %v309 = arith.constant 1 : i64
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
          %v51 = arith.muli %v48, %v49 : i64
          %v52 = arith.addi %v51, %v50 : i64
          %v53 = arith.muli %v52, %v4 : i64
          %v55 = arith.subi %v4, %v54 : i64
          %v56 = arith.minsi %v28, %v55 : i64
          %v57 = arith.addi %v53, %v56 : i64
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
          %v68 = arith.muli %v48, %v66 : i64
          %v69 = arith.addi %v68, %v67 : i64
          %v70 = arith.muli %v69, %v4 : i64
          %v72 = arith.subi %v4, %v71 : i64
          %v73 = arith.minsi %v28, %v72 : i64
          %v74 = arith.addi %v70, %v73 : i64
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
          %v85 = arith.muli %v48, %v83 : i64
          %v86 = arith.addi %v85, %v84 : i64
          %v87 = arith.muli %v86, %v4 : i64
          %v89 = arith.subi %v4, %v88 : i64
          %v90 = arith.minsi %v28, %v89 : i64
          %v91 = arith.addi %v87, %v90 : i64
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
          %v102 = arith.muli %v48, %v100 : i64
          %v103 = arith.addi %v102, %v101 : i64
          %v104 = arith.muli %v103, %v4 : i64
          %v106 = arith.subi %v4, %v105 : i64
          %v107 = arith.minsi %v28, %v106 : i64
          %v108 = arith.addi %v104, %v107 : i64
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
          %v119 = arith.muli %v48, %v117 : i64
          %v120 = arith.addi %v119, %v118 : i64
          %v121 = arith.muli %v120, %v4 : i64
          %v123 = arith.subi %v4, %v122 : i64
          %v124 = arith.minsi %v28, %v123 : i64
          %v125 = arith.addi %v121, %v124 : i64
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
          %v136 = arith.muli %v48, %v134 : i64
          %v137 = arith.addi %v136, %v135 : i64
          %v138 = arith.muli %v137, %v4 : i64
          %v140 = arith.subi %v4, %v139 : i64
          %v141 = arith.minsi %v28, %v140 : i64
          %v142 = arith.addi %v138, %v141 : i64
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
          %v153 = arith.muli %v48, %v151 : i64
          %v154 = arith.addi %v153, %v152 : i64
          %v155 = arith.muli %v154, %v4 : i64
          %v157 = arith.subi %v4, %v156 : i64
          %v158 = arith.minsi %v28, %v157 : i64
          %v159 = arith.addi %v155, %v158 : i64
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
          %v170 = arith.muli %v48, %v168 : i64
          %v171 = arith.addi %v170, %v169 : i64
          %v172 = arith.muli %v171, %v4 : i64
          %v174 = arith.subi %v4, %v173 : i64
          %v175 = arith.minsi %v28, %v174 : i64
          %v176 = arith.addi %v172, %v175 : i64
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
          %v187 = arith.muli %v48, %v185 : i64
          %v188 = arith.addi %v187, %v186 : i64
          %v189 = arith.muli %v188, %v4 : i64
          %v191 = arith.subi %v4, %v190 : i64
          %v192 = arith.minsi %v28, %v191 : i64
          %v193 = arith.addi %v189, %v192 : i64
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
          %v204 = arith.muli %v48, %v202 : i64
          %v205 = arith.addi %v204, %v203 : i64
          %v206 = arith.muli %v205, %v4 : i64
          %v208 = arith.subi %v4, %v207 : i64
          %v209 = arith.minsi %v28, %v208 : i64
          %v210 = arith.addi %v206, %v209 : i64
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
          %v221 = arith.muli %v48, %v219 : i64
          %v222 = arith.addi %v221, %v220 : i64
          %v223 = arith.muli %v222, %v4 : i64
          %v225 = arith.subi %v4, %v224 : i64
          %v226 = arith.minsi %v28, %v225 : i64
          %v227 = arith.addi %v223, %v226 : i64
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
          %v238 = arith.muli %v48, %v236 : i64
          %v239 = arith.addi %v238, %v237 : i64
          %v240 = arith.muli %v239, %v4 : i64
          %v242 = arith.subi %v4, %v241 : i64
          %v243 = arith.minsi %v28, %v242 : i64
          %v244 = arith.addi %v240, %v243 : i64
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
          %v255 = arith.muli %v48, %v253 : i64
          %v256 = arith.addi %v255, %v254 : i64
          %v257 = arith.muli %v256, %v4 : i64
          %v259 = arith.subi %v4, %v258 : i64
          %v260 = arith.minsi %v28, %v259 : i64
          %v261 = arith.addi %v257, %v260 : i64
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
          %v272 = arith.muli %v48, %v270 : i64
          %v273 = arith.addi %v272, %v271 : i64
          %v274 = arith.muli %v273, %v4 : i64
          %v276 = arith.subi %v4, %v275 : i64
          %v277 = arith.minsi %v28, %v276 : i64
          %v278 = arith.addi %v274, %v277 : i64
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
          %v289 = arith.muli %v48, %v287 : i64
          %v290 = arith.addi %v289, %v288 : i64
          %v291 = arith.muli %v290, %v4 : i64
          %v293 = arith.subi %v4, %v292 : i64
          %v294 = arith.minsi %v28, %v293 : i64
          %v295 = arith.addi %v291, %v294 : i64
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
          %v306 = arith.muli %v48, %v304 : i64
          %v307 = arith.addi %v306, %v305 : i64
          %v308 = arith.muli %v307, %v4 : i64
          %v310 = arith.subi %v4, %v309 : i64
          %v311 = arith.minsi %v28, %v310 : i64
          %v312 = arith.addi %v308, %v311 : i64
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
