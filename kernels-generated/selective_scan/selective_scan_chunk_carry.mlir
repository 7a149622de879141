module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_chunk_carry(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 64 : i64
      %v34 = arith.muli %v1, %size_D : i64
      %v43 = arith.constant 0x00000000 : f32
      %v194 = arith.constant 255 : i64
      %v196 = arith.constant 256 : i64
      %v198 = arith.constant 0 : i64
      %v236 = arith.constant 2 : i64
      %v251 = arith.constant 3 : i64
      %v266 = arith.constant 4 : i64
      %v281 = arith.constant 5 : i64
      %v296 = arith.constant 6 : i64
      %v311 = arith.constant 7 : i64
      %v326 = arith.constant 8 : i64
      %v341 = arith.constant 9 : i64
      %v356 = arith.constant 10 : i64
      %v371 = arith.constant 11 : i64
      %v386 = arith.constant 12 : i64
      %v401 = arith.constant 13 : i64
      %v416 = arith.constant 14 : i64
      %v431 = arith.constant 15 : i64
      %v20 = gpu.block_id x
      %v21 = gpu.thread_id x
      %v22 = arith.index_cast %v21 : index to i64
      %v23 = arith.index_cast %v20 : index to i64
      %v25 = arith.muli %v23, %v24 : i64
      %v26 = arith.addi %v25, %v22 : i64
      %v27 = arith.cmpi slt, %v26, %v3 : i64
      %v28 = arith.subi %v3, %v2 : i64
      %v29 = arith.minsi %v26, %v28 : i64
      %v30 = arith.remui %v29, %size_D : i64
      %v31 = arith.divui %v29, %size_D : i64
      %v32 = arith.remui %v31, %size_B : i64
      %v33 = arith.divui %v31, %size_B : i64
      %v35 = arith.muli %v32, %v34 : i64
      %v36 = arith.muli %v30, %v1 : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v38 = llvm.mlir.zero : !llvm.ptr
      %v39 = llvm.icmp "ne" %in_h0, %v38 : !llvm.ptr
      %v40 = scf.if %v39 -> (f32) {
        %v41 = llvm.getelementptr %in_h0[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v42 = llvm.load %v41 : !llvm.ptr -> f32
        scf.yield %v42 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v40, %v4 : f32, !llvm.ptr
      %v44 = arith.muli %v32, %v34 : i64
      %v45 = arith.muli %v30, %v1 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.constant 1 : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v49 = llvm.mlir.zero : !llvm.ptr
      %v50 = llvm.icmp "ne" %in_h0, %v49 : !llvm.ptr
      %v51 = scf.if %v50 -> (f32) {
        %v52 = llvm.getelementptr %in_h0[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v53 = llvm.load %v52 : !llvm.ptr -> f32
        scf.yield %v53 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v51, %v5 : f32, !llvm.ptr
      %v54 = arith.muli %v32, %v34 : i64
      %v55 = arith.muli %v30, %v1 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.constant 2 : i64
      %v58 = arith.addi %v56, %v57 : i64
      %v59 = llvm.mlir.zero : !llvm.ptr
      %v60 = llvm.icmp "ne" %in_h0, %v59 : !llvm.ptr
      %v61 = scf.if %v60 -> (f32) {
        %v62 = llvm.getelementptr %in_h0[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v63 = llvm.load %v62 : !llvm.ptr -> f32
        scf.yield %v63 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v61, %v6 : f32, !llvm.ptr
      %v64 = arith.muli %v32, %v34 : i64
      %v65 = arith.muli %v30, %v1 : i64
      %v66 = arith.addi %v64, %v65 : i64
      %v67 = arith.constant 3 : i64
      %v68 = arith.addi %v66, %v67 : i64
      %v69 = llvm.mlir.zero : !llvm.ptr
      %v70 = llvm.icmp "ne" %in_h0, %v69 : !llvm.ptr
      %v71 = scf.if %v70 -> (f32) {
        %v72 = llvm.getelementptr %in_h0[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = llvm.load %v72 : !llvm.ptr -> f32
        scf.yield %v73 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v71, %v7 : f32, !llvm.ptr
      %v74 = arith.muli %v32, %v34 : i64
      %v75 = arith.muli %v30, %v1 : i64
      %v76 = arith.addi %v74, %v75 : i64
      %v77 = arith.constant 4 : i64
      %v78 = arith.addi %v76, %v77 : i64
      %v79 = llvm.mlir.zero : !llvm.ptr
      %v80 = llvm.icmp "ne" %in_h0, %v79 : !llvm.ptr
      %v81 = scf.if %v80 -> (f32) {
        %v82 = llvm.getelementptr %in_h0[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v83 = llvm.load %v82 : !llvm.ptr -> f32
        scf.yield %v83 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v81, %v8 : f32, !llvm.ptr
      %v84 = arith.muli %v32, %v34 : i64
      %v85 = arith.muli %v30, %v1 : i64
      %v86 = arith.addi %v84, %v85 : i64
      %v87 = arith.constant 5 : i64
      %v88 = arith.addi %v86, %v87 : i64
      %v89 = llvm.mlir.zero : !llvm.ptr
      %v90 = llvm.icmp "ne" %in_h0, %v89 : !llvm.ptr
      %v91 = scf.if %v90 -> (f32) {
        %v92 = llvm.getelementptr %in_h0[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v93 = llvm.load %v92 : !llvm.ptr -> f32
        scf.yield %v93 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v91, %v9 : f32, !llvm.ptr
      %v94 = arith.muli %v32, %v34 : i64
      %v95 = arith.muli %v30, %v1 : i64
      %v96 = arith.addi %v94, %v95 : i64
      %v97 = arith.constant 6 : i64
      %v98 = arith.addi %v96, %v97 : i64
      %v99 = llvm.mlir.zero : !llvm.ptr
      %v100 = llvm.icmp "ne" %in_h0, %v99 : !llvm.ptr
      %v101 = scf.if %v100 -> (f32) {
        %v102 = llvm.getelementptr %in_h0[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v103 = llvm.load %v102 : !llvm.ptr -> f32
        scf.yield %v103 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v101, %v10 : f32, !llvm.ptr
      %v104 = arith.muli %v32, %v34 : i64
      %v105 = arith.muli %v30, %v1 : i64
      %v106 = arith.addi %v104, %v105 : i64
      %v107 = arith.constant 7 : i64
      %v108 = arith.addi %v106, %v107 : i64
      %v109 = llvm.mlir.zero : !llvm.ptr
      %v110 = llvm.icmp "ne" %in_h0, %v109 : !llvm.ptr
      %v111 = scf.if %v110 -> (f32) {
        %v112 = llvm.getelementptr %in_h0[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v113 = llvm.load %v112 : !llvm.ptr -> f32
        scf.yield %v113 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v111, %v11 : f32, !llvm.ptr
      %v114 = arith.muli %v32, %v34 : i64
      %v115 = arith.muli %v30, %v1 : i64
      %v116 = arith.addi %v114, %v115 : i64
      %v117 = arith.constant 8 : i64
      %v118 = arith.addi %v116, %v117 : i64
      %v119 = llvm.mlir.zero : !llvm.ptr
      %v120 = llvm.icmp "ne" %in_h0, %v119 : !llvm.ptr
      %v121 = scf.if %v120 -> (f32) {
        %v122 = llvm.getelementptr %in_h0[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v123 = llvm.load %v122 : !llvm.ptr -> f32
        scf.yield %v123 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v121, %v12 : f32, !llvm.ptr
      %v124 = arith.muli %v32, %v34 : i64
      %v125 = arith.muli %v30, %v1 : i64
      %v126 = arith.addi %v124, %v125 : i64
      %v127 = arith.constant 9 : i64
      %v128 = arith.addi %v126, %v127 : i64
      %v129 = llvm.mlir.zero : !llvm.ptr
      %v130 = llvm.icmp "ne" %in_h0, %v129 : !llvm.ptr
      %v131 = scf.if %v130 -> (f32) {
        %v132 = llvm.getelementptr %in_h0[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v133 = llvm.load %v132 : !llvm.ptr -> f32
        scf.yield %v133 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v131, %v13 : f32, !llvm.ptr
      %v134 = arith.muli %v32, %v34 : i64
      %v135 = arith.muli %v30, %v1 : i64
      %v136 = arith.addi %v134, %v135 : i64
      %v137 = arith.constant 10 : i64
      %v138 = arith.addi %v136, %v137 : i64
      %v139 = llvm.mlir.zero : !llvm.ptr
      %v140 = llvm.icmp "ne" %in_h0, %v139 : !llvm.ptr
      %v141 = scf.if %v140 -> (f32) {
        %v142 = llvm.getelementptr %in_h0[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v143 = llvm.load %v142 : !llvm.ptr -> f32
        scf.yield %v143 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v141, %v14 : f32, !llvm.ptr
      %v144 = arith.muli %v32, %v34 : i64
      %v145 = arith.muli %v30, %v1 : i64
      %v146 = arith.addi %v144, %v145 : i64
      %v147 = arith.constant 11 : i64
      %v148 = arith.addi %v146, %v147 : i64
      %v149 = llvm.mlir.zero : !llvm.ptr
      %v150 = llvm.icmp "ne" %in_h0, %v149 : !llvm.ptr
      %v151 = scf.if %v150 -> (f32) {
        %v152 = llvm.getelementptr %in_h0[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v153 = llvm.load %v152 : !llvm.ptr -> f32
        scf.yield %v153 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v151, %v15 : f32, !llvm.ptr
      %v154 = arith.muli %v32, %v34 : i64
      %v155 = arith.muli %v30, %v1 : i64
      %v156 = arith.addi %v154, %v155 : i64
      %v157 = arith.constant 12 : i64
      %v158 = arith.addi %v156, %v157 : i64
      %v159 = llvm.mlir.zero : !llvm.ptr
      %v160 = llvm.icmp "ne" %in_h0, %v159 : !llvm.ptr
      %v161 = scf.if %v160 -> (f32) {
        %v162 = llvm.getelementptr %in_h0[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v163 = llvm.load %v162 : !llvm.ptr -> f32
        scf.yield %v163 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v161, %v16 : f32, !llvm.ptr
      %v164 = arith.muli %v32, %v34 : i64
      %v165 = arith.muli %v30, %v1 : i64
      %v166 = arith.addi %v164, %v165 : i64
      %v167 = arith.constant 13 : i64
      %v168 = arith.addi %v166, %v167 : i64
      %v169 = llvm.mlir.zero : !llvm.ptr
      %v170 = llvm.icmp "ne" %in_h0, %v169 : !llvm.ptr
      %v171 = scf.if %v170 -> (f32) {
        %v172 = llvm.getelementptr %in_h0[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v173 = llvm.load %v172 : !llvm.ptr -> f32
        scf.yield %v173 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v171, %v17 : f32, !llvm.ptr
      %v174 = arith.muli %v32, %v34 : i64
      %v175 = arith.muli %v30, %v1 : i64
      %v176 = arith.addi %v174, %v175 : i64
      %v177 = arith.constant 14 : i64
      %v178 = arith.addi %v176, %v177 : i64
      %v179 = llvm.mlir.zero : !llvm.ptr
      %v180 = llvm.icmp "ne" %in_h0, %v179 : !llvm.ptr
      %v181 = scf.if %v180 -> (f32) {
        %v182 = llvm.getelementptr %in_h0[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v183 = llvm.load %v182 : !llvm.ptr -> f32
        scf.yield %v183 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v181, %v18 : f32, !llvm.ptr
      %v184 = arith.muli %v32, %v34 : i64
      %v185 = arith.muli %v30, %v1 : i64
      %v186 = arith.addi %v184, %v185 : i64
      %v187 = arith.constant 15 : i64
      %v188 = arith.addi %v186, %v187 : i64
      %v189 = llvm.mlir.zero : !llvm.ptr
      %v190 = llvm.icmp "ne" %in_h0, %v189 : !llvm.ptr
      %v191 = scf.if %v190 -> (f32) {
        %v192 = llvm.getelementptr %in_h0[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v193 = llvm.load %v192 : !llvm.ptr -> f32
        scf.yield %v193 : f32
      } else {
        scf.yield %v43 : f32
      }
      llvm.store %v191, %v19 : f32, !llvm.ptr
      %v195 = arith.addi %size_L, %v194 : i64
      %v197 = arith.divui %v195, %v196 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v27 {
        %v199 = arith.index_cast %v198 : i64 to index
        %v200 = arith.index_cast %v197 : i64 to index
        %v201 = arith.index_cast %v2 : i64 to index
        scf.for %v202 = %v199 to %v200 step %v201 {
          %v203 = arith.index_cast %v202 : index to i64
          %v204 = arith.muli %v203, %v3 : i64
          %v205 = arith.subi %v3, %v2 : i64
          %v206 = arith.minsi %v26, %v205 : i64
          %v207 = arith.addi %v204, %v206 : i64
          %v208 = arith.muli %v207, %v1 : i64
          %v209 = llvm.load %v4 : !llvm.ptr -> f32
          %v210 = llvm.getelementptr %carry_h[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v209, %v210 : f32, !llvm.ptr
          %v211 = llvm.getelementptr %agga_h[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v212 = llvm.load %v211 : !llvm.ptr -> f32
          %v213 = llvm.getelementptr %aggb_h[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v214 = llvm.load %v213 : !llvm.ptr -> f32
          %v215 = arith.mulf %v212, %v209 fastmath<contract> : f32
          %v216 = arith.addf %v215, %v214 fastmath<contract> : f32
          llvm.store %v216, %v4 : f32, !llvm.ptr
          %v217 = arith.muli %v203, %v3 : i64
          %v218 = arith.subi %v3, %v2 : i64
          %v219 = arith.minsi %v26, %v218 : i64
          %v220 = arith.addi %v217, %v219 : i64
          %v221 = arith.muli %v220, %v1 : i64
          %v222 = arith.addi %v221, %v2 : i64
          %v223 = llvm.load %v5 : !llvm.ptr -> f32
          %v224 = llvm.getelementptr %carry_h[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v223, %v224 : f32, !llvm.ptr
          %v225 = llvm.getelementptr %agga_h[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v226 = llvm.load %v225 : !llvm.ptr -> f32
          %v227 = llvm.getelementptr %aggb_h[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v228 = llvm.load %v227 : !llvm.ptr -> f32
          %v229 = arith.mulf %v226, %v223 fastmath<contract> : f32
          %v230 = arith.addf %v229, %v228 fastmath<contract> : f32
          llvm.store %v230, %v5 : f32, !llvm.ptr
          %v231 = arith.muli %v203, %v3 : i64
          %v232 = arith.subi %v3, %v2 : i64
          %v233 = arith.minsi %v26, %v232 : i64
          %v234 = arith.addi %v231, %v233 : i64
          %v235 = arith.muli %v234, %v1 : i64
          %v237 = arith.addi %v235, %v236 : i64
          %v238 = llvm.load %v6 : !llvm.ptr -> f32
          %v239 = llvm.getelementptr %carry_h[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v238, %v239 : f32, !llvm.ptr
          %v240 = llvm.getelementptr %agga_h[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v241 = llvm.load %v240 : !llvm.ptr -> f32
          %v242 = llvm.getelementptr %aggb_h[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v243 = llvm.load %v242 : !llvm.ptr -> f32
          %v244 = arith.mulf %v241, %v238 fastmath<contract> : f32
          %v245 = arith.addf %v244, %v243 fastmath<contract> : f32
          llvm.store %v245, %v6 : f32, !llvm.ptr
          %v246 = arith.muli %v203, %v3 : i64
          %v247 = arith.subi %v3, %v2 : i64
          %v248 = arith.minsi %v26, %v247 : i64
          %v249 = arith.addi %v246, %v248 : i64
          %v250 = arith.muli %v249, %v1 : i64
          %v252 = arith.addi %v250, %v251 : i64
          %v253 = llvm.load %v7 : !llvm.ptr -> f32
          %v254 = llvm.getelementptr %carry_h[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v253, %v254 : f32, !llvm.ptr
          %v255 = llvm.getelementptr %agga_h[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v256 = llvm.load %v255 : !llvm.ptr -> f32
          %v257 = llvm.getelementptr %aggb_h[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v258 = llvm.load %v257 : !llvm.ptr -> f32
          %v259 = arith.mulf %v256, %v253 fastmath<contract> : f32
          %v260 = arith.addf %v259, %v258 fastmath<contract> : f32
          llvm.store %v260, %v7 : f32, !llvm.ptr
          %v261 = arith.muli %v203, %v3 : i64
          %v262 = arith.subi %v3, %v2 : i64
          %v263 = arith.minsi %v26, %v262 : i64
          %v264 = arith.addi %v261, %v263 : i64
          %v265 = arith.muli %v264, %v1 : i64
          %v267 = arith.addi %v265, %v266 : i64
          %v268 = llvm.load %v8 : !llvm.ptr -> f32
          %v269 = llvm.getelementptr %carry_h[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v268, %v269 : f32, !llvm.ptr
          %v270 = llvm.getelementptr %agga_h[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v271 = llvm.load %v270 : !llvm.ptr -> f32
          %v272 = llvm.getelementptr %aggb_h[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v273 = llvm.load %v272 : !llvm.ptr -> f32
          %v274 = arith.mulf %v271, %v268 fastmath<contract> : f32
          %v275 = arith.addf %v274, %v273 fastmath<contract> : f32
          llvm.store %v275, %v8 : f32, !llvm.ptr
          %v276 = arith.muli %v203, %v3 : i64
          %v277 = arith.subi %v3, %v2 : i64
          %v278 = arith.minsi %v26, %v277 : i64
          %v279 = arith.addi %v276, %v278 : i64
          %v280 = arith.muli %v279, %v1 : i64
          %v282 = arith.addi %v280, %v281 : i64
          %v283 = llvm.load %v9 : !llvm.ptr -> f32
          %v284 = llvm.getelementptr %carry_h[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v283, %v284 : f32, !llvm.ptr
          %v285 = llvm.getelementptr %agga_h[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v286 = llvm.load %v285 : !llvm.ptr -> f32
          %v287 = llvm.getelementptr %aggb_h[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v288 = llvm.load %v287 : !llvm.ptr -> f32
          %v289 = arith.mulf %v286, %v283 fastmath<contract> : f32
          %v290 = arith.addf %v289, %v288 fastmath<contract> : f32
          llvm.store %v290, %v9 : f32, !llvm.ptr
          %v291 = arith.muli %v203, %v3 : i64
          %v292 = arith.subi %v3, %v2 : i64
          %v293 = arith.minsi %v26, %v292 : i64
          %v294 = arith.addi %v291, %v293 : i64
          %v295 = arith.muli %v294, %v1 : i64
          %v297 = arith.addi %v295, %v296 : i64
          %v298 = llvm.load %v10 : !llvm.ptr -> f32
          %v299 = llvm.getelementptr %carry_h[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v298, %v299 : f32, !llvm.ptr
          %v300 = llvm.getelementptr %agga_h[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v301 = llvm.load %v300 : !llvm.ptr -> f32
          %v302 = llvm.getelementptr %aggb_h[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v303 = llvm.load %v302 : !llvm.ptr -> f32
          %v304 = arith.mulf %v301, %v298 fastmath<contract> : f32
          %v305 = arith.addf %v304, %v303 fastmath<contract> : f32
          llvm.store %v305, %v10 : f32, !llvm.ptr
          %v306 = arith.muli %v203, %v3 : i64
          %v307 = arith.subi %v3, %v2 : i64
          %v308 = arith.minsi %v26, %v307 : i64
          %v309 = arith.addi %v306, %v308 : i64
          %v310 = arith.muli %v309, %v1 : i64
          %v312 = arith.addi %v310, %v311 : i64
          %v313 = llvm.load %v11 : !llvm.ptr -> f32
          %v314 = llvm.getelementptr %carry_h[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v313, %v314 : f32, !llvm.ptr
          %v315 = llvm.getelementptr %agga_h[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v316 = llvm.load %v315 : !llvm.ptr -> f32
          %v317 = llvm.getelementptr %aggb_h[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v318 = llvm.load %v317 : !llvm.ptr -> f32
          %v319 = arith.mulf %v316, %v313 fastmath<contract> : f32
          %v320 = arith.addf %v319, %v318 fastmath<contract> : f32
          llvm.store %v320, %v11 : f32, !llvm.ptr
          %v321 = arith.muli %v203, %v3 : i64
          %v322 = arith.subi %v3, %v2 : i64
          %v323 = arith.minsi %v26, %v322 : i64
          %v324 = arith.addi %v321, %v323 : i64
          %v325 = arith.muli %v324, %v1 : i64
          %v327 = arith.addi %v325, %v326 : i64
          %v328 = llvm.load %v12 : !llvm.ptr -> f32
          %v329 = llvm.getelementptr %carry_h[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v328, %v329 : f32, !llvm.ptr
          %v330 = llvm.getelementptr %agga_h[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v331 = llvm.load %v330 : !llvm.ptr -> f32
          %v332 = llvm.getelementptr %aggb_h[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v333 = llvm.load %v332 : !llvm.ptr -> f32
          %v334 = arith.mulf %v331, %v328 fastmath<contract> : f32
          %v335 = arith.addf %v334, %v333 fastmath<contract> : f32
          llvm.store %v335, %v12 : f32, !llvm.ptr
          %v336 = arith.muli %v203, %v3 : i64
          %v337 = arith.subi %v3, %v2 : i64
          %v338 = arith.minsi %v26, %v337 : i64
          %v339 = arith.addi %v336, %v338 : i64
          %v340 = arith.muli %v339, %v1 : i64
          %v342 = arith.addi %v340, %v341 : i64
          %v343 = llvm.load %v13 : !llvm.ptr -> f32
          %v344 = llvm.getelementptr %carry_h[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v343, %v344 : f32, !llvm.ptr
          %v345 = llvm.getelementptr %agga_h[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v346 = llvm.load %v345 : !llvm.ptr -> f32
          %v347 = llvm.getelementptr %aggb_h[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v348 = llvm.load %v347 : !llvm.ptr -> f32
          %v349 = arith.mulf %v346, %v343 fastmath<contract> : f32
          %v350 = arith.addf %v349, %v348 fastmath<contract> : f32
          llvm.store %v350, %v13 : f32, !llvm.ptr
          %v351 = arith.muli %v203, %v3 : i64
          %v352 = arith.subi %v3, %v2 : i64
          %v353 = arith.minsi %v26, %v352 : i64
          %v354 = arith.addi %v351, %v353 : i64
          %v355 = arith.muli %v354, %v1 : i64
          %v357 = arith.addi %v355, %v356 : i64
          %v358 = llvm.load %v14 : !llvm.ptr -> f32
          %v359 = llvm.getelementptr %carry_h[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v358, %v359 : f32, !llvm.ptr
          %v360 = llvm.getelementptr %agga_h[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v361 = llvm.load %v360 : !llvm.ptr -> f32
          %v362 = llvm.getelementptr %aggb_h[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v363 = llvm.load %v362 : !llvm.ptr -> f32
          %v364 = arith.mulf %v361, %v358 fastmath<contract> : f32
          %v365 = arith.addf %v364, %v363 fastmath<contract> : f32
          llvm.store %v365, %v14 : f32, !llvm.ptr
          %v366 = arith.muli %v203, %v3 : i64
          %v367 = arith.subi %v3, %v2 : i64
          %v368 = arith.minsi %v26, %v367 : i64
          %v369 = arith.addi %v366, %v368 : i64
          %v370 = arith.muli %v369, %v1 : i64
          %v372 = arith.addi %v370, %v371 : i64
          %v373 = llvm.load %v15 : !llvm.ptr -> f32
          %v374 = llvm.getelementptr %carry_h[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v373, %v374 : f32, !llvm.ptr
          %v375 = llvm.getelementptr %agga_h[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v376 = llvm.load %v375 : !llvm.ptr -> f32
          %v377 = llvm.getelementptr %aggb_h[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v378 = llvm.load %v377 : !llvm.ptr -> f32
          %v379 = arith.mulf %v376, %v373 fastmath<contract> : f32
          %v380 = arith.addf %v379, %v378 fastmath<contract> : f32
          llvm.store %v380, %v15 : f32, !llvm.ptr
          %v381 = arith.muli %v203, %v3 : i64
          %v382 = arith.subi %v3, %v2 : i64
          %v383 = arith.minsi %v26, %v382 : i64
          %v384 = arith.addi %v381, %v383 : i64
          %v385 = arith.muli %v384, %v1 : i64
          %v387 = arith.addi %v385, %v386 : i64
          %v388 = llvm.load %v16 : !llvm.ptr -> f32
          %v389 = llvm.getelementptr %carry_h[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v388, %v389 : f32, !llvm.ptr
          %v390 = llvm.getelementptr %agga_h[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v391 = llvm.load %v390 : !llvm.ptr -> f32
          %v392 = llvm.getelementptr %aggb_h[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v393 = llvm.load %v392 : !llvm.ptr -> f32
          %v394 = arith.mulf %v391, %v388 fastmath<contract> : f32
          %v395 = arith.addf %v394, %v393 fastmath<contract> : f32
          llvm.store %v395, %v16 : f32, !llvm.ptr
          %v396 = arith.muli %v203, %v3 : i64
          %v397 = arith.subi %v3, %v2 : i64
          %v398 = arith.minsi %v26, %v397 : i64
          %v399 = arith.addi %v396, %v398 : i64
          %v400 = arith.muli %v399, %v1 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = llvm.load %v17 : !llvm.ptr -> f32
          %v404 = llvm.getelementptr %carry_h[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v403, %v404 : f32, !llvm.ptr
          %v405 = llvm.getelementptr %agga_h[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v406 = llvm.load %v405 : !llvm.ptr -> f32
          %v407 = llvm.getelementptr %aggb_h[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v408 = llvm.load %v407 : !llvm.ptr -> f32
          %v409 = arith.mulf %v406, %v403 fastmath<contract> : f32
          %v410 = arith.addf %v409, %v408 fastmath<contract> : f32
          llvm.store %v410, %v17 : f32, !llvm.ptr
          %v411 = arith.muli %v203, %v3 : i64
          %v412 = arith.subi %v3, %v2 : i64
          %v413 = arith.minsi %v26, %v412 : i64
          %v414 = arith.addi %v411, %v413 : i64
          %v415 = arith.muli %v414, %v1 : i64
          %v417 = arith.addi %v415, %v416 : i64
          %v418 = llvm.load %v18 : !llvm.ptr -> f32
          %v419 = llvm.getelementptr %carry_h[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v418, %v419 : f32, !llvm.ptr
          %v420 = llvm.getelementptr %agga_h[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v421 = llvm.load %v420 : !llvm.ptr -> f32
          %v422 = llvm.getelementptr %aggb_h[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v423 = llvm.load %v422 : !llvm.ptr -> f32
          %v424 = arith.mulf %v421, %v418 fastmath<contract> : f32
          %v425 = arith.addf %v424, %v423 fastmath<contract> : f32
          llvm.store %v425, %v18 : f32, !llvm.ptr
          %v426 = arith.muli %v203, %v3 : i64
          %v427 = arith.subi %v3, %v2 : i64
          %v428 = arith.minsi %v26, %v427 : i64
          %v429 = arith.addi %v426, %v428 : i64
          %v430 = arith.muli %v429, %v1 : i64
          %v432 = arith.addi %v430, %v431 : i64
          %v433 = llvm.load %v19 : !llvm.ptr -> f32
          %v434 = llvm.getelementptr %carry_h[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v433, %v434 : f32, !llvm.ptr
          %v435 = llvm.getelementptr %agga_h[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v436 = llvm.load %v435 : !llvm.ptr -> f32
          %v437 = llvm.getelementptr %aggb_h[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v438 = llvm.load %v437 : !llvm.ptr -> f32
          %v439 = arith.mulf %v436, %v433 fastmath<contract> : f32
          %v440 = arith.addf %v439, %v438 fastmath<contract> : f32
          llvm.store %v440, %v19 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
