module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_chunk_carry(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
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
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = arith.constant 64 : i64
      %v35 = arith.muli %v2, %v1 : i64
      %v36 = arith.muli %v35, %size_D : i64
      %v45 = arith.constant 0x00000000 : f32
      %v211 = arith.constant 63 : i64
      %v214 = arith.constant 0 : i64
      %v253 = arith.constant 2 : i64
      %v268 = arith.constant 3 : i64
      %v283 = arith.constant 4 : i64
      %v298 = arith.constant 5 : i64
      %v313 = arith.constant 6 : i64
      %v328 = arith.constant 7 : i64
      %v343 = arith.constant 8 : i64
      %v358 = arith.constant 9 : i64
      %v373 = arith.constant 10 : i64
      %v388 = arith.constant 11 : i64
      %v403 = arith.constant 12 : i64
      %v418 = arith.constant 13 : i64
      %v433 = arith.constant 14 : i64
      %v448 = arith.constant 15 : i64
      %v21 = gpu.block_id x
      %v22 = gpu.thread_id x
      %v23 = arith.index_cast %v22 : index to i64
      %v24 = arith.index_cast %v21 : index to i64
      %v26 = arith.muli %v24, %v25 : i64
      %v27 = arith.addi %v26, %v23 : i64
      %v28 = arith.cmpi slt, %v27, %v4 : i64
      %v29 = arith.subi %v4, %v2 : i64
      %v30 = arith.minsi %v27, %v29 : i64
      %v31 = arith.remui %v30, %size_D : i64
      %v32 = arith.divui %v30, %size_D : i64
      %v33 = arith.remui %v32, %size_B : i64
      %v34 = arith.divui %v32, %size_B : i64
      %v37 = arith.muli %v33, %v36 : i64
      %v38 = arith.muli %v31, %v35 : i64
      %v39 = arith.addi %v37, %v38 : i64
      %v40 = llvm.mlir.zero : !llvm.ptr
      %v41 = llvm.icmp "ne" %in_h0, %v40 : !llvm.ptr
      %v42 = scf.if %v41 -> (f32) {
        %v43 = llvm.getelementptr %in_h0[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v44 = llvm.load %v43 : !llvm.ptr -> f32
        scf.yield %v44 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v42, %v5 : f32, !llvm.ptr
      %v46 = arith.muli %v33, %v36 : i64
      %v47 = arith.muli %v31, %v35 : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v49 = arith.constant 1 : i64
      %v50 = arith.muli %v49, %v2 : i64
      %v51 = arith.addi %v48, %v50 : i64
      %v52 = llvm.mlir.zero : !llvm.ptr
      %v53 = llvm.icmp "ne" %in_h0, %v52 : !llvm.ptr
      %v54 = scf.if %v53 -> (f32) {
        %v55 = llvm.getelementptr %in_h0[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = llvm.load %v55 : !llvm.ptr -> f32
        scf.yield %v56 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v54, %v6 : f32, !llvm.ptr
      %v57 = arith.muli %v33, %v36 : i64
      %v58 = arith.muli %v31, %v35 : i64
      %v59 = arith.addi %v57, %v58 : i64
      %v60 = arith.constant 2 : i64
      %v61 = arith.muli %v60, %v2 : i64
      %v62 = arith.addi %v59, %v61 : i64
      %v63 = llvm.mlir.zero : !llvm.ptr
      %v64 = llvm.icmp "ne" %in_h0, %v63 : !llvm.ptr
      %v65 = scf.if %v64 -> (f32) {
        %v66 = llvm.getelementptr %in_h0[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v67 = llvm.load %v66 : !llvm.ptr -> f32
        scf.yield %v67 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v65, %v7 : f32, !llvm.ptr
      %v68 = arith.muli %v33, %v36 : i64
      %v69 = arith.muli %v31, %v35 : i64
      %v70 = arith.addi %v68, %v69 : i64
      %v71 = arith.constant 3 : i64
      %v72 = arith.muli %v71, %v2 : i64
      %v73 = arith.addi %v70, %v72 : i64
      %v74 = llvm.mlir.zero : !llvm.ptr
      %v75 = llvm.icmp "ne" %in_h0, %v74 : !llvm.ptr
      %v76 = scf.if %v75 -> (f32) {
        %v77 = llvm.getelementptr %in_h0[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v78 = llvm.load %v77 : !llvm.ptr -> f32
        scf.yield %v78 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v76, %v8 : f32, !llvm.ptr
      %v79 = arith.muli %v33, %v36 : i64
      %v80 = arith.muli %v31, %v35 : i64
      %v81 = arith.addi %v79, %v80 : i64
      %v82 = arith.constant 4 : i64
      %v83 = arith.muli %v82, %v2 : i64
      %v84 = arith.addi %v81, %v83 : i64
      %v85 = llvm.mlir.zero : !llvm.ptr
      %v86 = llvm.icmp "ne" %in_h0, %v85 : !llvm.ptr
      %v87 = scf.if %v86 -> (f32) {
        %v88 = llvm.getelementptr %in_h0[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v89 = llvm.load %v88 : !llvm.ptr -> f32
        scf.yield %v89 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v87, %v9 : f32, !llvm.ptr
      %v90 = arith.muli %v33, %v36 : i64
      %v91 = arith.muli %v31, %v35 : i64
      %v92 = arith.addi %v90, %v91 : i64
      %v93 = arith.constant 5 : i64
      %v94 = arith.muli %v93, %v2 : i64
      %v95 = arith.addi %v92, %v94 : i64
      %v96 = llvm.mlir.zero : !llvm.ptr
      %v97 = llvm.icmp "ne" %in_h0, %v96 : !llvm.ptr
      %v98 = scf.if %v97 -> (f32) {
        %v99 = llvm.getelementptr %in_h0[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v100 = llvm.load %v99 : !llvm.ptr -> f32
        scf.yield %v100 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v98, %v10 : f32, !llvm.ptr
      %v101 = arith.muli %v33, %v36 : i64
      %v102 = arith.muli %v31, %v35 : i64
      %v103 = arith.addi %v101, %v102 : i64
      %v104 = arith.constant 6 : i64
      %v105 = arith.muli %v104, %v2 : i64
      %v106 = arith.addi %v103, %v105 : i64
      %v107 = llvm.mlir.zero : !llvm.ptr
      %v108 = llvm.icmp "ne" %in_h0, %v107 : !llvm.ptr
      %v109 = scf.if %v108 -> (f32) {
        %v110 = llvm.getelementptr %in_h0[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v111 = llvm.load %v110 : !llvm.ptr -> f32
        scf.yield %v111 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v109, %v11 : f32, !llvm.ptr
      %v112 = arith.muli %v33, %v36 : i64
      %v113 = arith.muli %v31, %v35 : i64
      %v114 = arith.addi %v112, %v113 : i64
      %v115 = arith.constant 7 : i64
      %v116 = arith.muli %v115, %v2 : i64
      %v117 = arith.addi %v114, %v116 : i64
      %v118 = llvm.mlir.zero : !llvm.ptr
      %v119 = llvm.icmp "ne" %in_h0, %v118 : !llvm.ptr
      %v120 = scf.if %v119 -> (f32) {
        %v121 = llvm.getelementptr %in_h0[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v122 = llvm.load %v121 : !llvm.ptr -> f32
        scf.yield %v122 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v120, %v12 : f32, !llvm.ptr
      %v123 = arith.muli %v33, %v36 : i64
      %v124 = arith.muli %v31, %v35 : i64
      %v125 = arith.addi %v123, %v124 : i64
      %v126 = arith.constant 8 : i64
      %v127 = arith.muli %v126, %v2 : i64
      %v128 = arith.addi %v125, %v127 : i64
      %v129 = llvm.mlir.zero : !llvm.ptr
      %v130 = llvm.icmp "ne" %in_h0, %v129 : !llvm.ptr
      %v131 = scf.if %v130 -> (f32) {
        %v132 = llvm.getelementptr %in_h0[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v133 = llvm.load %v132 : !llvm.ptr -> f32
        scf.yield %v133 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v131, %v13 : f32, !llvm.ptr
      %v134 = arith.muli %v33, %v36 : i64
      %v135 = arith.muli %v31, %v35 : i64
      %v136 = arith.addi %v134, %v135 : i64
      %v137 = arith.constant 9 : i64
      %v138 = arith.muli %v137, %v2 : i64
      %v139 = arith.addi %v136, %v138 : i64
      %v140 = llvm.mlir.zero : !llvm.ptr
      %v141 = llvm.icmp "ne" %in_h0, %v140 : !llvm.ptr
      %v142 = scf.if %v141 -> (f32) {
        %v143 = llvm.getelementptr %in_h0[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v144 = llvm.load %v143 : !llvm.ptr -> f32
        scf.yield %v144 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v142, %v14 : f32, !llvm.ptr
      %v145 = arith.muli %v33, %v36 : i64
      %v146 = arith.muli %v31, %v35 : i64
      %v147 = arith.addi %v145, %v146 : i64
      %v148 = arith.constant 10 : i64
      %v149 = arith.muli %v148, %v2 : i64
      %v150 = arith.addi %v147, %v149 : i64
      %v151 = llvm.mlir.zero : !llvm.ptr
      %v152 = llvm.icmp "ne" %in_h0, %v151 : !llvm.ptr
      %v153 = scf.if %v152 -> (f32) {
        %v154 = llvm.getelementptr %in_h0[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v155 = llvm.load %v154 : !llvm.ptr -> f32
        scf.yield %v155 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v153, %v15 : f32, !llvm.ptr
      %v156 = arith.muli %v33, %v36 : i64
      %v157 = arith.muli %v31, %v35 : i64
      %v158 = arith.addi %v156, %v157 : i64
      %v159 = arith.constant 11 : i64
      %v160 = arith.muli %v159, %v2 : i64
      %v161 = arith.addi %v158, %v160 : i64
      %v162 = llvm.mlir.zero : !llvm.ptr
      %v163 = llvm.icmp "ne" %in_h0, %v162 : !llvm.ptr
      %v164 = scf.if %v163 -> (f32) {
        %v165 = llvm.getelementptr %in_h0[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v166 = llvm.load %v165 : !llvm.ptr -> f32
        scf.yield %v166 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v164, %v16 : f32, !llvm.ptr
      %v167 = arith.muli %v33, %v36 : i64
      %v168 = arith.muli %v31, %v35 : i64
      %v169 = arith.addi %v167, %v168 : i64
      %v170 = arith.constant 12 : i64
      %v171 = arith.muli %v170, %v2 : i64
      %v172 = arith.addi %v169, %v171 : i64
      %v173 = llvm.mlir.zero : !llvm.ptr
      %v174 = llvm.icmp "ne" %in_h0, %v173 : !llvm.ptr
      %v175 = scf.if %v174 -> (f32) {
        %v176 = llvm.getelementptr %in_h0[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v177 = llvm.load %v176 : !llvm.ptr -> f32
        scf.yield %v177 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v175, %v17 : f32, !llvm.ptr
      %v178 = arith.muli %v33, %v36 : i64
      %v179 = arith.muli %v31, %v35 : i64
      %v180 = arith.addi %v178, %v179 : i64
      %v181 = arith.constant 13 : i64
      %v182 = arith.muli %v181, %v2 : i64
      %v183 = arith.addi %v180, %v182 : i64
      %v184 = llvm.mlir.zero : !llvm.ptr
      %v185 = llvm.icmp "ne" %in_h0, %v184 : !llvm.ptr
      %v186 = scf.if %v185 -> (f32) {
        %v187 = llvm.getelementptr %in_h0[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v188 = llvm.load %v187 : !llvm.ptr -> f32
        scf.yield %v188 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v186, %v18 : f32, !llvm.ptr
      %v189 = arith.muli %v33, %v36 : i64
      %v190 = arith.muli %v31, %v35 : i64
      %v191 = arith.addi %v189, %v190 : i64
      %v192 = arith.constant 14 : i64
      %v193 = arith.muli %v192, %v2 : i64
      %v194 = arith.addi %v191, %v193 : i64
      %v195 = llvm.mlir.zero : !llvm.ptr
      %v196 = llvm.icmp "ne" %in_h0, %v195 : !llvm.ptr
      %v197 = scf.if %v196 -> (f32) {
        %v198 = llvm.getelementptr %in_h0[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v199 = llvm.load %v198 : !llvm.ptr -> f32
        scf.yield %v199 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v197, %v19 : f32, !llvm.ptr
      %v200 = arith.muli %v33, %v36 : i64
      %v201 = arith.muli %v31, %v35 : i64
      %v202 = arith.addi %v200, %v201 : i64
      %v203 = arith.constant 15 : i64
      %v204 = arith.muli %v203, %v2 : i64
      %v205 = arith.addi %v202, %v204 : i64
      %v206 = llvm.mlir.zero : !llvm.ptr
      %v207 = llvm.icmp "ne" %in_h0, %v206 : !llvm.ptr
      %v208 = scf.if %v207 -> (f32) {
        %v209 = llvm.getelementptr %in_h0[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v210 = llvm.load %v209 : !llvm.ptr -> f32
        scf.yield %v210 : f32
      } else {
        scf.yield %v45 : f32
      }
      llvm.store %v208, %v20 : f32, !llvm.ptr
      %v212 = arith.addi %size_L, %v211 : i64
      %v213 = arith.divui %v212, %v25 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v28 {
        %v215 = arith.index_cast %v214 : i64 to index
        %v216 = arith.index_cast %v213 : i64 to index
        %v217 = arith.index_cast %v2 : i64 to index
        scf.for %v218 = %v215 to %v216 step %v217 {
          %v219 = arith.index_cast %v218 : index to i64
          %v220 = arith.muli %v219, %v4 : i64
          %v221 = arith.subi %v4, %v2 : i64
          %v222 = arith.minsi %v27, %v221 : i64
          %v223 = arith.addi %v220, %v222 : i64
          %v224 = arith.muli %v223, %v1 : i64
          %v225 = arith.addi %v224, %v214 : i64
          %v226 = llvm.load %v5 : !llvm.ptr -> f32
          %v227 = llvm.getelementptr %carry_h[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v226, %v227 : f32, !llvm.ptr
          %v228 = llvm.getelementptr %agga_h[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v229 = llvm.load %v228 : !llvm.ptr -> f32
          %v230 = llvm.getelementptr %aggb_h[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.mulf %v229, %v226 fastmath<contract> : f32
          %v233 = arith.addf %v232, %v231 fastmath<contract> : f32
          llvm.store %v233, %v5 : f32, !llvm.ptr
          %v234 = arith.muli %v219, %v4 : i64
          %v235 = arith.subi %v4, %v2 : i64
          %v236 = arith.minsi %v27, %v235 : i64
          %v237 = arith.addi %v234, %v236 : i64
          %v238 = arith.muli %v237, %v1 : i64
          %v239 = arith.addi %v238, %v2 : i64
          %v240 = llvm.load %v6 : !llvm.ptr -> f32
          %v241 = llvm.getelementptr %carry_h[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v240, %v241 : f32, !llvm.ptr
          %v242 = llvm.getelementptr %agga_h[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v243 = llvm.load %v242 : !llvm.ptr -> f32
          %v244 = llvm.getelementptr %aggb_h[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v245 = llvm.load %v244 : !llvm.ptr -> f32
          %v246 = arith.mulf %v243, %v240 fastmath<contract> : f32
          %v247 = arith.addf %v246, %v245 fastmath<contract> : f32
          llvm.store %v247, %v6 : f32, !llvm.ptr
          %v248 = arith.muli %v219, %v4 : i64
          %v249 = arith.subi %v4, %v2 : i64
          %v250 = arith.minsi %v27, %v249 : i64
          %v251 = arith.addi %v248, %v250 : i64
          %v252 = arith.muli %v251, %v1 : i64
          %v254 = arith.addi %v252, %v253 : i64
          %v255 = llvm.load %v7 : !llvm.ptr -> f32
          %v256 = llvm.getelementptr %carry_h[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v255, %v256 : f32, !llvm.ptr
          %v257 = llvm.getelementptr %agga_h[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v258 = llvm.load %v257 : !llvm.ptr -> f32
          %v259 = llvm.getelementptr %aggb_h[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.mulf %v258, %v255 fastmath<contract> : f32
          %v262 = arith.addf %v261, %v260 fastmath<contract> : f32
          llvm.store %v262, %v7 : f32, !llvm.ptr
          %v263 = arith.muli %v219, %v4 : i64
          %v264 = arith.subi %v4, %v2 : i64
          %v265 = arith.minsi %v27, %v264 : i64
          %v266 = arith.addi %v263, %v265 : i64
          %v267 = arith.muli %v266, %v1 : i64
          %v269 = arith.addi %v267, %v268 : i64
          %v270 = llvm.load %v8 : !llvm.ptr -> f32
          %v271 = llvm.getelementptr %carry_h[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v270, %v271 : f32, !llvm.ptr
          %v272 = llvm.getelementptr %agga_h[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v273 = llvm.load %v272 : !llvm.ptr -> f32
          %v274 = llvm.getelementptr %aggb_h[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.mulf %v273, %v270 fastmath<contract> : f32
          %v277 = arith.addf %v276, %v275 fastmath<contract> : f32
          llvm.store %v277, %v8 : f32, !llvm.ptr
          %v278 = arith.muli %v219, %v4 : i64
          %v279 = arith.subi %v4, %v2 : i64
          %v280 = arith.minsi %v27, %v279 : i64
          %v281 = arith.addi %v278, %v280 : i64
          %v282 = arith.muli %v281, %v1 : i64
          %v284 = arith.addi %v282, %v283 : i64
          %v285 = llvm.load %v9 : !llvm.ptr -> f32
          %v286 = llvm.getelementptr %carry_h[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v285, %v286 : f32, !llvm.ptr
          %v287 = llvm.getelementptr %agga_h[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v288 = llvm.load %v287 : !llvm.ptr -> f32
          %v289 = llvm.getelementptr %aggb_h[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v290 = llvm.load %v289 : !llvm.ptr -> f32
          %v291 = arith.mulf %v288, %v285 fastmath<contract> : f32
          %v292 = arith.addf %v291, %v290 fastmath<contract> : f32
          llvm.store %v292, %v9 : f32, !llvm.ptr
          %v293 = arith.muli %v219, %v4 : i64
          %v294 = arith.subi %v4, %v2 : i64
          %v295 = arith.minsi %v27, %v294 : i64
          %v296 = arith.addi %v293, %v295 : i64
          %v297 = arith.muli %v296, %v1 : i64
          %v299 = arith.addi %v297, %v298 : i64
          %v300 = llvm.load %v10 : !llvm.ptr -> f32
          %v301 = llvm.getelementptr %carry_h[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v300, %v301 : f32, !llvm.ptr
          %v302 = llvm.getelementptr %agga_h[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v303 = llvm.load %v302 : !llvm.ptr -> f32
          %v304 = llvm.getelementptr %aggb_h[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v305 = llvm.load %v304 : !llvm.ptr -> f32
          %v306 = arith.mulf %v303, %v300 fastmath<contract> : f32
          %v307 = arith.addf %v306, %v305 fastmath<contract> : f32
          llvm.store %v307, %v10 : f32, !llvm.ptr
          %v308 = arith.muli %v219, %v4 : i64
          %v309 = arith.subi %v4, %v2 : i64
          %v310 = arith.minsi %v27, %v309 : i64
          %v311 = arith.addi %v308, %v310 : i64
          %v312 = arith.muli %v311, %v1 : i64
          %v314 = arith.addi %v312, %v313 : i64
          %v315 = llvm.load %v11 : !llvm.ptr -> f32
          %v316 = llvm.getelementptr %carry_h[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v315, %v316 : f32, !llvm.ptr
          %v317 = llvm.getelementptr %agga_h[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v318 = llvm.load %v317 : !llvm.ptr -> f32
          %v319 = llvm.getelementptr %aggb_h[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v320 = llvm.load %v319 : !llvm.ptr -> f32
          %v321 = arith.mulf %v318, %v315 fastmath<contract> : f32
          %v322 = arith.addf %v321, %v320 fastmath<contract> : f32
          llvm.store %v322, %v11 : f32, !llvm.ptr
          %v323 = arith.muli %v219, %v4 : i64
          %v324 = arith.subi %v4, %v2 : i64
          %v325 = arith.minsi %v27, %v324 : i64
          %v326 = arith.addi %v323, %v325 : i64
          %v327 = arith.muli %v326, %v1 : i64
          %v329 = arith.addi %v327, %v328 : i64
          %v330 = llvm.load %v12 : !llvm.ptr -> f32
          %v331 = llvm.getelementptr %carry_h[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v330, %v331 : f32, !llvm.ptr
          %v332 = llvm.getelementptr %agga_h[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v333 = llvm.load %v332 : !llvm.ptr -> f32
          %v334 = llvm.getelementptr %aggb_h[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v335 = llvm.load %v334 : !llvm.ptr -> f32
          %v336 = arith.mulf %v333, %v330 fastmath<contract> : f32
          %v337 = arith.addf %v336, %v335 fastmath<contract> : f32
          llvm.store %v337, %v12 : f32, !llvm.ptr
          %v338 = arith.muli %v219, %v4 : i64
          %v339 = arith.subi %v4, %v2 : i64
          %v340 = arith.minsi %v27, %v339 : i64
          %v341 = arith.addi %v338, %v340 : i64
          %v342 = arith.muli %v341, %v1 : i64
          %v344 = arith.addi %v342, %v343 : i64
          %v345 = llvm.load %v13 : !llvm.ptr -> f32
          %v346 = llvm.getelementptr %carry_h[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v345, %v346 : f32, !llvm.ptr
          %v347 = llvm.getelementptr %agga_h[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v348 = llvm.load %v347 : !llvm.ptr -> f32
          %v349 = llvm.getelementptr %aggb_h[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v350 = llvm.load %v349 : !llvm.ptr -> f32
          %v351 = arith.mulf %v348, %v345 fastmath<contract> : f32
          %v352 = arith.addf %v351, %v350 fastmath<contract> : f32
          llvm.store %v352, %v13 : f32, !llvm.ptr
          %v353 = arith.muli %v219, %v4 : i64
          %v354 = arith.subi %v4, %v2 : i64
          %v355 = arith.minsi %v27, %v354 : i64
          %v356 = arith.addi %v353, %v355 : i64
          %v357 = arith.muli %v356, %v1 : i64
          %v359 = arith.addi %v357, %v358 : i64
          %v360 = llvm.load %v14 : !llvm.ptr -> f32
          %v361 = llvm.getelementptr %carry_h[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v360, %v361 : f32, !llvm.ptr
          %v362 = llvm.getelementptr %agga_h[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v363 = llvm.load %v362 : !llvm.ptr -> f32
          %v364 = llvm.getelementptr %aggb_h[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v365 = llvm.load %v364 : !llvm.ptr -> f32
          %v366 = arith.mulf %v363, %v360 fastmath<contract> : f32
          %v367 = arith.addf %v366, %v365 fastmath<contract> : f32
          llvm.store %v367, %v14 : f32, !llvm.ptr
          %v368 = arith.muli %v219, %v4 : i64
          %v369 = arith.subi %v4, %v2 : i64
          %v370 = arith.minsi %v27, %v369 : i64
          %v371 = arith.addi %v368, %v370 : i64
          %v372 = arith.muli %v371, %v1 : i64
          %v374 = arith.addi %v372, %v373 : i64
          %v375 = llvm.load %v15 : !llvm.ptr -> f32
          %v376 = llvm.getelementptr %carry_h[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v375, %v376 : f32, !llvm.ptr
          %v377 = llvm.getelementptr %agga_h[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v378 = llvm.load %v377 : !llvm.ptr -> f32
          %v379 = llvm.getelementptr %aggb_h[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v380 = llvm.load %v379 : !llvm.ptr -> f32
          %v381 = arith.mulf %v378, %v375 fastmath<contract> : f32
          %v382 = arith.addf %v381, %v380 fastmath<contract> : f32
          llvm.store %v382, %v15 : f32, !llvm.ptr
          %v383 = arith.muli %v219, %v4 : i64
          %v384 = arith.subi %v4, %v2 : i64
          %v385 = arith.minsi %v27, %v384 : i64
          %v386 = arith.addi %v383, %v385 : i64
          %v387 = arith.muli %v386, %v1 : i64
          %v389 = arith.addi %v387, %v388 : i64
          %v390 = llvm.load %v16 : !llvm.ptr -> f32
          %v391 = llvm.getelementptr %carry_h[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v390, %v391 : f32, !llvm.ptr
          %v392 = llvm.getelementptr %agga_h[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v393 = llvm.load %v392 : !llvm.ptr -> f32
          %v394 = llvm.getelementptr %aggb_h[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v395 = llvm.load %v394 : !llvm.ptr -> f32
          %v396 = arith.mulf %v393, %v390 fastmath<contract> : f32
          %v397 = arith.addf %v396, %v395 fastmath<contract> : f32
          llvm.store %v397, %v16 : f32, !llvm.ptr
          %v398 = arith.muli %v219, %v4 : i64
          %v399 = arith.subi %v4, %v2 : i64
          %v400 = arith.minsi %v27, %v399 : i64
          %v401 = arith.addi %v398, %v400 : i64
          %v402 = arith.muli %v401, %v1 : i64
          %v404 = arith.addi %v402, %v403 : i64
          %v405 = llvm.load %v17 : !llvm.ptr -> f32
          %v406 = llvm.getelementptr %carry_h[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v405, %v406 : f32, !llvm.ptr
          %v407 = llvm.getelementptr %agga_h[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v408 = llvm.load %v407 : !llvm.ptr -> f32
          %v409 = llvm.getelementptr %aggb_h[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v410 = llvm.load %v409 : !llvm.ptr -> f32
          %v411 = arith.mulf %v408, %v405 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v410 fastmath<contract> : f32
          llvm.store %v412, %v17 : f32, !llvm.ptr
          %v413 = arith.muli %v219, %v4 : i64
          %v414 = arith.subi %v4, %v2 : i64
          %v415 = arith.minsi %v27, %v414 : i64
          %v416 = arith.addi %v413, %v415 : i64
          %v417 = arith.muli %v416, %v1 : i64
          %v419 = arith.addi %v417, %v418 : i64
          %v420 = llvm.load %v18 : !llvm.ptr -> f32
          %v421 = llvm.getelementptr %carry_h[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v420, %v421 : f32, !llvm.ptr
          %v422 = llvm.getelementptr %agga_h[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v423 = llvm.load %v422 : !llvm.ptr -> f32
          %v424 = llvm.getelementptr %aggb_h[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v425 = llvm.load %v424 : !llvm.ptr -> f32
          %v426 = arith.mulf %v423, %v420 fastmath<contract> : f32
          %v427 = arith.addf %v426, %v425 fastmath<contract> : f32
          llvm.store %v427, %v18 : f32, !llvm.ptr
          %v428 = arith.muli %v219, %v4 : i64
          %v429 = arith.subi %v4, %v2 : i64
          %v430 = arith.minsi %v27, %v429 : i64
          %v431 = arith.addi %v428, %v430 : i64
          %v432 = arith.muli %v431, %v1 : i64
          %v434 = arith.addi %v432, %v433 : i64
          %v435 = llvm.load %v19 : !llvm.ptr -> f32
          %v436 = llvm.getelementptr %carry_h[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v435, %v436 : f32, !llvm.ptr
          %v437 = llvm.getelementptr %agga_h[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v438 = llvm.load %v437 : !llvm.ptr -> f32
          %v439 = llvm.getelementptr %aggb_h[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v440 = llvm.load %v439 : !llvm.ptr -> f32
          %v441 = arith.mulf %v438, %v435 fastmath<contract> : f32
          %v442 = arith.addf %v441, %v440 fastmath<contract> : f32
          llvm.store %v442, %v19 : f32, !llvm.ptr
          %v443 = arith.muli %v219, %v4 : i64
          %v444 = arith.subi %v4, %v2 : i64
          %v445 = arith.minsi %v27, %v444 : i64
          %v446 = arith.addi %v443, %v445 : i64
          %v447 = arith.muli %v446, %v1 : i64
          %v449 = arith.addi %v447, %v448 : i64
          %v450 = llvm.load %v20 : !llvm.ptr -> f32
          %v451 = llvm.getelementptr %carry_h[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v450, %v451 : f32, !llvm.ptr
          %v452 = llvm.getelementptr %agga_h[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v453 = llvm.load %v452 : !llvm.ptr -> f32
          %v454 = llvm.getelementptr %aggb_h[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v455 = llvm.load %v454 : !llvm.ptr -> f32
          %v456 = arith.mulf %v453, %v450 fastmath<contract> : f32
          %v457 = arith.addf %v456, %v455 fastmath<contract> : f32
          llvm.store %v457, %v20 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
