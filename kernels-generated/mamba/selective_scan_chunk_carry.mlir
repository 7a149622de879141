module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_chunk_carry(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
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
      %v194 = arith.constant 63 : i64
      %v197 = arith.constant 0 : i64
      %v235 = arith.constant 2 : i64
      %v250 = arith.constant 3 : i64
      %v265 = arith.constant 4 : i64
      %v280 = arith.constant 5 : i64
      %v295 = arith.constant 6 : i64
      %v310 = arith.constant 7 : i64
      %v325 = arith.constant 8 : i64
      %v340 = arith.constant 9 : i64
      %v355 = arith.constant 10 : i64
      %v370 = arith.constant 11 : i64
      %v385 = arith.constant 12 : i64
      %v400 = arith.constant 13 : i64
      %v415 = arith.constant 14 : i64
      %v430 = arith.constant 15 : i64
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
      %v196 = arith.divui %v195, %v24 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v27 {
        %v198 = arith.index_cast %v197 : i64 to index
        %v199 = arith.index_cast %v196 : i64 to index
        %v200 = arith.index_cast %v2 : i64 to index
        scf.for %v201 = %v198 to %v199 step %v200 {
          %v202 = arith.index_cast %v201 : index to i64
          %v203 = arith.muli %v202, %v3 : i64
          %v204 = arith.subi %v3, %v2 : i64
          %v205 = arith.minsi %v26, %v204 : i64
          %v206 = arith.addi %v203, %v205 : i64
          %v207 = arith.muli %v206, %v1 : i64
          %v208 = llvm.load %v4 : !llvm.ptr -> f32
          %v209 = llvm.getelementptr %carry_h[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v208, %v209 : f32, !llvm.ptr
          %v210 = llvm.getelementptr %agga_h[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v211 = llvm.load %v210 : !llvm.ptr -> f32
          %v212 = llvm.getelementptr %aggb_h[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.mulf %v211, %v208 fastmath<contract> : f32
          %v215 = arith.addf %v214, %v213 fastmath<contract> : f32
          llvm.store %v215, %v4 : f32, !llvm.ptr
          %v216 = arith.muli %v202, %v3 : i64
          %v217 = arith.subi %v3, %v2 : i64
          %v218 = arith.minsi %v26, %v217 : i64
          %v219 = arith.addi %v216, %v218 : i64
          %v220 = arith.muli %v219, %v1 : i64
          %v221 = arith.addi %v220, %v2 : i64
          %v222 = llvm.load %v5 : !llvm.ptr -> f32
          %v223 = llvm.getelementptr %carry_h[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v222, %v223 : f32, !llvm.ptr
          %v224 = llvm.getelementptr %agga_h[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v225 = llvm.load %v224 : !llvm.ptr -> f32
          %v226 = llvm.getelementptr %aggb_h[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v227 = llvm.load %v226 : !llvm.ptr -> f32
          %v228 = arith.mulf %v225, %v222 fastmath<contract> : f32
          %v229 = arith.addf %v228, %v227 fastmath<contract> : f32
          llvm.store %v229, %v5 : f32, !llvm.ptr
          %v230 = arith.muli %v202, %v3 : i64
          %v231 = arith.subi %v3, %v2 : i64
          %v232 = arith.minsi %v26, %v231 : i64
          %v233 = arith.addi %v230, %v232 : i64
          %v234 = arith.muli %v233, %v1 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = llvm.load %v6 : !llvm.ptr -> f32
          %v238 = llvm.getelementptr %carry_h[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v237, %v238 : f32, !llvm.ptr
          %v239 = llvm.getelementptr %agga_h[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          %v241 = llvm.getelementptr %aggb_h[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v242 = llvm.load %v241 : !llvm.ptr -> f32
          %v243 = arith.mulf %v240, %v237 fastmath<contract> : f32
          %v244 = arith.addf %v243, %v242 fastmath<contract> : f32
          llvm.store %v244, %v6 : f32, !llvm.ptr
          %v245 = arith.muli %v202, %v3 : i64
          %v246 = arith.subi %v3, %v2 : i64
          %v247 = arith.minsi %v26, %v246 : i64
          %v248 = arith.addi %v245, %v247 : i64
          %v249 = arith.muli %v248, %v1 : i64
          %v251 = arith.addi %v249, %v250 : i64
          %v252 = llvm.load %v7 : !llvm.ptr -> f32
          %v253 = llvm.getelementptr %carry_h[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v252, %v253 : f32, !llvm.ptr
          %v254 = llvm.getelementptr %agga_h[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v255 = llvm.load %v254 : !llvm.ptr -> f32
          %v256 = llvm.getelementptr %aggb_h[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v257 = llvm.load %v256 : !llvm.ptr -> f32
          %v258 = arith.mulf %v255, %v252 fastmath<contract> : f32
          %v259 = arith.addf %v258, %v257 fastmath<contract> : f32
          llvm.store %v259, %v7 : f32, !llvm.ptr
          %v260 = arith.muli %v202, %v3 : i64
          %v261 = arith.subi %v3, %v2 : i64
          %v262 = arith.minsi %v26, %v261 : i64
          %v263 = arith.addi %v260, %v262 : i64
          %v264 = arith.muli %v263, %v1 : i64
          %v266 = arith.addi %v264, %v265 : i64
          %v267 = llvm.load %v8 : !llvm.ptr -> f32
          %v268 = llvm.getelementptr %carry_h[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v267, %v268 : f32, !llvm.ptr
          %v269 = llvm.getelementptr %agga_h[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = llvm.getelementptr %aggb_h[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v272 = llvm.load %v271 : !llvm.ptr -> f32
          %v273 = arith.mulf %v270, %v267 fastmath<contract> : f32
          %v274 = arith.addf %v273, %v272 fastmath<contract> : f32
          llvm.store %v274, %v8 : f32, !llvm.ptr
          %v275 = arith.muli %v202, %v3 : i64
          %v276 = arith.subi %v3, %v2 : i64
          %v277 = arith.minsi %v26, %v276 : i64
          %v278 = arith.addi %v275, %v277 : i64
          %v279 = arith.muli %v278, %v1 : i64
          %v281 = arith.addi %v279, %v280 : i64
          %v282 = llvm.load %v9 : !llvm.ptr -> f32
          %v283 = llvm.getelementptr %carry_h[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v282, %v283 : f32, !llvm.ptr
          %v284 = llvm.getelementptr %agga_h[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v285 = llvm.load %v284 : !llvm.ptr -> f32
          %v286 = llvm.getelementptr %aggb_h[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v287 = llvm.load %v286 : !llvm.ptr -> f32
          %v288 = arith.mulf %v285, %v282 fastmath<contract> : f32
          %v289 = arith.addf %v288, %v287 fastmath<contract> : f32
          llvm.store %v289, %v9 : f32, !llvm.ptr
          %v290 = arith.muli %v202, %v3 : i64
          %v291 = arith.subi %v3, %v2 : i64
          %v292 = arith.minsi %v26, %v291 : i64
          %v293 = arith.addi %v290, %v292 : i64
          %v294 = arith.muli %v293, %v1 : i64
          %v296 = arith.addi %v294, %v295 : i64
          %v297 = llvm.load %v10 : !llvm.ptr -> f32
          %v298 = llvm.getelementptr %carry_h[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v297, %v298 : f32, !llvm.ptr
          %v299 = llvm.getelementptr %agga_h[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v300 = llvm.load %v299 : !llvm.ptr -> f32
          %v301 = llvm.getelementptr %aggb_h[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v302 = llvm.load %v301 : !llvm.ptr -> f32
          %v303 = arith.mulf %v300, %v297 fastmath<contract> : f32
          %v304 = arith.addf %v303, %v302 fastmath<contract> : f32
          llvm.store %v304, %v10 : f32, !llvm.ptr
          %v305 = arith.muli %v202, %v3 : i64
          %v306 = arith.subi %v3, %v2 : i64
          %v307 = arith.minsi %v26, %v306 : i64
          %v308 = arith.addi %v305, %v307 : i64
          %v309 = arith.muli %v308, %v1 : i64
          %v311 = arith.addi %v309, %v310 : i64
          %v312 = llvm.load %v11 : !llvm.ptr -> f32
          %v313 = llvm.getelementptr %carry_h[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v312, %v313 : f32, !llvm.ptr
          %v314 = llvm.getelementptr %agga_h[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v315 = llvm.load %v314 : !llvm.ptr -> f32
          %v316 = llvm.getelementptr %aggb_h[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.mulf %v315, %v312 fastmath<contract> : f32
          %v319 = arith.addf %v318, %v317 fastmath<contract> : f32
          llvm.store %v319, %v11 : f32, !llvm.ptr
          %v320 = arith.muli %v202, %v3 : i64
          %v321 = arith.subi %v3, %v2 : i64
          %v322 = arith.minsi %v26, %v321 : i64
          %v323 = arith.addi %v320, %v322 : i64
          %v324 = arith.muli %v323, %v1 : i64
          %v326 = arith.addi %v324, %v325 : i64
          %v327 = llvm.load %v12 : !llvm.ptr -> f32
          %v328 = llvm.getelementptr %carry_h[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v327, %v328 : f32, !llvm.ptr
          %v329 = llvm.getelementptr %agga_h[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v330 = llvm.load %v329 : !llvm.ptr -> f32
          %v331 = llvm.getelementptr %aggb_h[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v332 = llvm.load %v331 : !llvm.ptr -> f32
          %v333 = arith.mulf %v330, %v327 fastmath<contract> : f32
          %v334 = arith.addf %v333, %v332 fastmath<contract> : f32
          llvm.store %v334, %v12 : f32, !llvm.ptr
          %v335 = arith.muli %v202, %v3 : i64
          %v336 = arith.subi %v3, %v2 : i64
          %v337 = arith.minsi %v26, %v336 : i64
          %v338 = arith.addi %v335, %v337 : i64
          %v339 = arith.muli %v338, %v1 : i64
          %v341 = arith.addi %v339, %v340 : i64
          %v342 = llvm.load %v13 : !llvm.ptr -> f32
          %v343 = llvm.getelementptr %carry_h[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v342, %v343 : f32, !llvm.ptr
          %v344 = llvm.getelementptr %agga_h[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v345 = llvm.load %v344 : !llvm.ptr -> f32
          %v346 = llvm.getelementptr %aggb_h[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v347 = llvm.load %v346 : !llvm.ptr -> f32
          %v348 = arith.mulf %v345, %v342 fastmath<contract> : f32
          %v349 = arith.addf %v348, %v347 fastmath<contract> : f32
          llvm.store %v349, %v13 : f32, !llvm.ptr
          %v350 = arith.muli %v202, %v3 : i64
          %v351 = arith.subi %v3, %v2 : i64
          %v352 = arith.minsi %v26, %v351 : i64
          %v353 = arith.addi %v350, %v352 : i64
          %v354 = arith.muli %v353, %v1 : i64
          %v356 = arith.addi %v354, %v355 : i64
          %v357 = llvm.load %v14 : !llvm.ptr -> f32
          %v358 = llvm.getelementptr %carry_h[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v357, %v358 : f32, !llvm.ptr
          %v359 = llvm.getelementptr %agga_h[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v360 = llvm.load %v359 : !llvm.ptr -> f32
          %v361 = llvm.getelementptr %aggb_h[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v362 = llvm.load %v361 : !llvm.ptr -> f32
          %v363 = arith.mulf %v360, %v357 fastmath<contract> : f32
          %v364 = arith.addf %v363, %v362 fastmath<contract> : f32
          llvm.store %v364, %v14 : f32, !llvm.ptr
          %v365 = arith.muli %v202, %v3 : i64
          %v366 = arith.subi %v3, %v2 : i64
          %v367 = arith.minsi %v26, %v366 : i64
          %v368 = arith.addi %v365, %v367 : i64
          %v369 = arith.muli %v368, %v1 : i64
          %v371 = arith.addi %v369, %v370 : i64
          %v372 = llvm.load %v15 : !llvm.ptr -> f32
          %v373 = llvm.getelementptr %carry_h[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v372, %v373 : f32, !llvm.ptr
          %v374 = llvm.getelementptr %agga_h[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v375 = llvm.load %v374 : !llvm.ptr -> f32
          %v376 = llvm.getelementptr %aggb_h[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v377 = llvm.load %v376 : !llvm.ptr -> f32
          %v378 = arith.mulf %v375, %v372 fastmath<contract> : f32
          %v379 = arith.addf %v378, %v377 fastmath<contract> : f32
          llvm.store %v379, %v15 : f32, !llvm.ptr
          %v380 = arith.muli %v202, %v3 : i64
          %v381 = arith.subi %v3, %v2 : i64
          %v382 = arith.minsi %v26, %v381 : i64
          %v383 = arith.addi %v380, %v382 : i64
          %v384 = arith.muli %v383, %v1 : i64
          %v386 = arith.addi %v384, %v385 : i64
          %v387 = llvm.load %v16 : !llvm.ptr -> f32
          %v388 = llvm.getelementptr %carry_h[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v387, %v388 : f32, !llvm.ptr
          %v389 = llvm.getelementptr %agga_h[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v390 = llvm.load %v389 : !llvm.ptr -> f32
          %v391 = llvm.getelementptr %aggb_h[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v392 = llvm.load %v391 : !llvm.ptr -> f32
          %v393 = arith.mulf %v390, %v387 fastmath<contract> : f32
          %v394 = arith.addf %v393, %v392 fastmath<contract> : f32
          llvm.store %v394, %v16 : f32, !llvm.ptr
          %v395 = arith.muli %v202, %v3 : i64
          %v396 = arith.subi %v3, %v2 : i64
          %v397 = arith.minsi %v26, %v396 : i64
          %v398 = arith.addi %v395, %v397 : i64
          %v399 = arith.muli %v398, %v1 : i64
          %v401 = arith.addi %v399, %v400 : i64
          %v402 = llvm.load %v17 : !llvm.ptr -> f32
          %v403 = llvm.getelementptr %carry_h[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v402, %v403 : f32, !llvm.ptr
          %v404 = llvm.getelementptr %agga_h[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v405 = llvm.load %v404 : !llvm.ptr -> f32
          %v406 = llvm.getelementptr %aggb_h[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v407 = llvm.load %v406 : !llvm.ptr -> f32
          %v408 = arith.mulf %v405, %v402 fastmath<contract> : f32
          %v409 = arith.addf %v408, %v407 fastmath<contract> : f32
          llvm.store %v409, %v17 : f32, !llvm.ptr
          %v410 = arith.muli %v202, %v3 : i64
          %v411 = arith.subi %v3, %v2 : i64
          %v412 = arith.minsi %v26, %v411 : i64
          %v413 = arith.addi %v410, %v412 : i64
          %v414 = arith.muli %v413, %v1 : i64
          %v416 = arith.addi %v414, %v415 : i64
          %v417 = llvm.load %v18 : !llvm.ptr -> f32
          %v418 = llvm.getelementptr %carry_h[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v417, %v418 : f32, !llvm.ptr
          %v419 = llvm.getelementptr %agga_h[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v420 = llvm.load %v419 : !llvm.ptr -> f32
          %v421 = llvm.getelementptr %aggb_h[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v422 = llvm.load %v421 : !llvm.ptr -> f32
          %v423 = arith.mulf %v420, %v417 fastmath<contract> : f32
          %v424 = arith.addf %v423, %v422 fastmath<contract> : f32
          llvm.store %v424, %v18 : f32, !llvm.ptr
          %v425 = arith.muli %v202, %v3 : i64
          %v426 = arith.subi %v3, %v2 : i64
          %v427 = arith.minsi %v26, %v426 : i64
          %v428 = arith.addi %v425, %v427 : i64
          %v429 = arith.muli %v428, %v1 : i64
          %v431 = arith.addi %v429, %v430 : i64
          %v432 = llvm.load %v19 : !llvm.ptr -> f32
          %v433 = llvm.getelementptr %carry_h[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v432, %v433 : f32, !llvm.ptr
          %v434 = llvm.getelementptr %agga_h[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v435 = llvm.load %v434 : !llvm.ptr -> f32
          %v436 = llvm.getelementptr %aggb_h[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v437 = llvm.load %v436 : !llvm.ptr -> f32
          %v438 = arith.mulf %v435, %v432 fastmath<contract> : f32
          %v439 = arith.addf %v438, %v437 fastmath<contract> : f32
          llvm.store %v439, %v19 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
