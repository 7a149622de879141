module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_chunk_carry(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v211 = arith.constant 255 : i64
      %v213 = arith.constant 256 : i64
      %v215 = arith.constant 0 : i64
      %v254 = arith.constant 2 : i64
      %v269 = arith.constant 3 : i64
      %v284 = arith.constant 4 : i64
      %v299 = arith.constant 5 : i64
      %v314 = arith.constant 6 : i64
      %v329 = arith.constant 7 : i64
      %v344 = arith.constant 8 : i64
      %v359 = arith.constant 9 : i64
      %v374 = arith.constant 10 : i64
      %v389 = arith.constant 11 : i64
      %v404 = arith.constant 12 : i64
      %v419 = arith.constant 13 : i64
      %v434 = arith.constant 14 : i64
      %v449 = arith.constant 15 : i64
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
      %v214 = arith.divui %v212, %v213 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v28 {
        %v216 = arith.index_cast %v215 : i64 to index
        %v217 = arith.index_cast %v214 : i64 to index
        %v218 = arith.index_cast %v2 : i64 to index
        scf.for %v219 = %v216 to %v217 step %v218 {
          %v220 = arith.index_cast %v219 : index to i64
          %v221 = arith.muli %v220, %v4 : i64
          %v222 = arith.subi %v4, %v2 : i64
          %v223 = arith.minsi %v27, %v222 : i64
          %v224 = arith.addi %v221, %v223 : i64
          %v225 = arith.muli %v224, %v1 : i64
          %v226 = arith.addi %v225, %v215 : i64
          %v227 = llvm.load %v5 : !llvm.ptr -> f32
          %v228 = llvm.getelementptr %carry_h[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v227, %v228 : f32, !llvm.ptr
          %v229 = llvm.getelementptr %agga_h[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v230 = llvm.load %v229 : !llvm.ptr -> f32
          %v231 = llvm.getelementptr %aggb_h[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v232 = llvm.load %v231 : !llvm.ptr -> f32
          %v233 = arith.mulf %v230, %v227 fastmath<contract> : f32
          %v234 = arith.addf %v233, %v232 fastmath<contract> : f32
          llvm.store %v234, %v5 : f32, !llvm.ptr
          %v235 = arith.muli %v220, %v4 : i64
          %v236 = arith.subi %v4, %v2 : i64
          %v237 = arith.minsi %v27, %v236 : i64
          %v238 = arith.addi %v235, %v237 : i64
          %v239 = arith.muli %v238, %v1 : i64
          %v240 = arith.addi %v239, %v2 : i64
          %v241 = llvm.load %v6 : !llvm.ptr -> f32
          %v242 = llvm.getelementptr %carry_h[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v241, %v242 : f32, !llvm.ptr
          %v243 = llvm.getelementptr %agga_h[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v244 = llvm.load %v243 : !llvm.ptr -> f32
          %v245 = llvm.getelementptr %aggb_h[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v246 = llvm.load %v245 : !llvm.ptr -> f32
          %v247 = arith.mulf %v244, %v241 fastmath<contract> : f32
          %v248 = arith.addf %v247, %v246 fastmath<contract> : f32
          llvm.store %v248, %v6 : f32, !llvm.ptr
          %v249 = arith.muli %v220, %v4 : i64
          %v250 = arith.subi %v4, %v2 : i64
          %v251 = arith.minsi %v27, %v250 : i64
          %v252 = arith.addi %v249, %v251 : i64
          %v253 = arith.muli %v252, %v1 : i64
          %v255 = arith.addi %v253, %v254 : i64
          %v256 = llvm.load %v7 : !llvm.ptr -> f32
          %v257 = llvm.getelementptr %carry_h[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v256, %v257 : f32, !llvm.ptr
          %v258 = llvm.getelementptr %agga_h[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = llvm.getelementptr %aggb_h[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v261 = llvm.load %v260 : !llvm.ptr -> f32
          %v262 = arith.mulf %v259, %v256 fastmath<contract> : f32
          %v263 = arith.addf %v262, %v261 fastmath<contract> : f32
          llvm.store %v263, %v7 : f32, !llvm.ptr
          %v264 = arith.muli %v220, %v4 : i64
          %v265 = arith.subi %v4, %v2 : i64
          %v266 = arith.minsi %v27, %v265 : i64
          %v267 = arith.addi %v264, %v266 : i64
          %v268 = arith.muli %v267, %v1 : i64
          %v270 = arith.addi %v268, %v269 : i64
          %v271 = llvm.load %v8 : !llvm.ptr -> f32
          %v272 = llvm.getelementptr %carry_h[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v271, %v272 : f32, !llvm.ptr
          %v273 = llvm.getelementptr %agga_h[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v274 = llvm.load %v273 : !llvm.ptr -> f32
          %v275 = llvm.getelementptr %aggb_h[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v276 = llvm.load %v275 : !llvm.ptr -> f32
          %v277 = arith.mulf %v274, %v271 fastmath<contract> : f32
          %v278 = arith.addf %v277, %v276 fastmath<contract> : f32
          llvm.store %v278, %v8 : f32, !llvm.ptr
          %v279 = arith.muli %v220, %v4 : i64
          %v280 = arith.subi %v4, %v2 : i64
          %v281 = arith.minsi %v27, %v280 : i64
          %v282 = arith.addi %v279, %v281 : i64
          %v283 = arith.muli %v282, %v1 : i64
          %v285 = arith.addi %v283, %v284 : i64
          %v286 = llvm.load %v9 : !llvm.ptr -> f32
          %v287 = llvm.getelementptr %carry_h[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v286, %v287 : f32, !llvm.ptr
          %v288 = llvm.getelementptr %agga_h[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v289 = llvm.load %v288 : !llvm.ptr -> f32
          %v290 = llvm.getelementptr %aggb_h[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v291 = llvm.load %v290 : !llvm.ptr -> f32
          %v292 = arith.mulf %v289, %v286 fastmath<contract> : f32
          %v293 = arith.addf %v292, %v291 fastmath<contract> : f32
          llvm.store %v293, %v9 : f32, !llvm.ptr
          %v294 = arith.muli %v220, %v4 : i64
          %v295 = arith.subi %v4, %v2 : i64
          %v296 = arith.minsi %v27, %v295 : i64
          %v297 = arith.addi %v294, %v296 : i64
          %v298 = arith.muli %v297, %v1 : i64
          %v300 = arith.addi %v298, %v299 : i64
          %v301 = llvm.load %v10 : !llvm.ptr -> f32
          %v302 = llvm.getelementptr %carry_h[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v301, %v302 : f32, !llvm.ptr
          %v303 = llvm.getelementptr %agga_h[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = llvm.getelementptr %aggb_h[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v306 = llvm.load %v305 : !llvm.ptr -> f32
          %v307 = arith.mulf %v304, %v301 fastmath<contract> : f32
          %v308 = arith.addf %v307, %v306 fastmath<contract> : f32
          llvm.store %v308, %v10 : f32, !llvm.ptr
          %v309 = arith.muli %v220, %v4 : i64
          %v310 = arith.subi %v4, %v2 : i64
          %v311 = arith.minsi %v27, %v310 : i64
          %v312 = arith.addi %v309, %v311 : i64
          %v313 = arith.muli %v312, %v1 : i64
          %v315 = arith.addi %v313, %v314 : i64
          %v316 = llvm.load %v11 : !llvm.ptr -> f32
          %v317 = llvm.getelementptr %carry_h[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v316, %v317 : f32, !llvm.ptr
          %v318 = llvm.getelementptr %agga_h[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v319 = llvm.load %v318 : !llvm.ptr -> f32
          %v320 = llvm.getelementptr %aggb_h[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v321 = llvm.load %v320 : !llvm.ptr -> f32
          %v322 = arith.mulf %v319, %v316 fastmath<contract> : f32
          %v323 = arith.addf %v322, %v321 fastmath<contract> : f32
          llvm.store %v323, %v11 : f32, !llvm.ptr
          %v324 = arith.muli %v220, %v4 : i64
          %v325 = arith.subi %v4, %v2 : i64
          %v326 = arith.minsi %v27, %v325 : i64
          %v327 = arith.addi %v324, %v326 : i64
          %v328 = arith.muli %v327, %v1 : i64
          %v330 = arith.addi %v328, %v329 : i64
          %v331 = llvm.load %v12 : !llvm.ptr -> f32
          %v332 = llvm.getelementptr %carry_h[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v331, %v332 : f32, !llvm.ptr
          %v333 = llvm.getelementptr %agga_h[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v334 = llvm.load %v333 : !llvm.ptr -> f32
          %v335 = llvm.getelementptr %aggb_h[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v336 = llvm.load %v335 : !llvm.ptr -> f32
          %v337 = arith.mulf %v334, %v331 fastmath<contract> : f32
          %v338 = arith.addf %v337, %v336 fastmath<contract> : f32
          llvm.store %v338, %v12 : f32, !llvm.ptr
          %v339 = arith.muli %v220, %v4 : i64
          %v340 = arith.subi %v4, %v2 : i64
          %v341 = arith.minsi %v27, %v340 : i64
          %v342 = arith.addi %v339, %v341 : i64
          %v343 = arith.muli %v342, %v1 : i64
          %v345 = arith.addi %v343, %v344 : i64
          %v346 = llvm.load %v13 : !llvm.ptr -> f32
          %v347 = llvm.getelementptr %carry_h[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v346, %v347 : f32, !llvm.ptr
          %v348 = llvm.getelementptr %agga_h[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v349 = llvm.load %v348 : !llvm.ptr -> f32
          %v350 = llvm.getelementptr %aggb_h[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v351 = llvm.load %v350 : !llvm.ptr -> f32
          %v352 = arith.mulf %v349, %v346 fastmath<contract> : f32
          %v353 = arith.addf %v352, %v351 fastmath<contract> : f32
          llvm.store %v353, %v13 : f32, !llvm.ptr
          %v354 = arith.muli %v220, %v4 : i64
          %v355 = arith.subi %v4, %v2 : i64
          %v356 = arith.minsi %v27, %v355 : i64
          %v357 = arith.addi %v354, %v356 : i64
          %v358 = arith.muli %v357, %v1 : i64
          %v360 = arith.addi %v358, %v359 : i64
          %v361 = llvm.load %v14 : !llvm.ptr -> f32
          %v362 = llvm.getelementptr %carry_h[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v361, %v362 : f32, !llvm.ptr
          %v363 = llvm.getelementptr %agga_h[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v364 = llvm.load %v363 : !llvm.ptr -> f32
          %v365 = llvm.getelementptr %aggb_h[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v366 = llvm.load %v365 : !llvm.ptr -> f32
          %v367 = arith.mulf %v364, %v361 fastmath<contract> : f32
          %v368 = arith.addf %v367, %v366 fastmath<contract> : f32
          llvm.store %v368, %v14 : f32, !llvm.ptr
          %v369 = arith.muli %v220, %v4 : i64
          %v370 = arith.subi %v4, %v2 : i64
          %v371 = arith.minsi %v27, %v370 : i64
          %v372 = arith.addi %v369, %v371 : i64
          %v373 = arith.muli %v372, %v1 : i64
          %v375 = arith.addi %v373, %v374 : i64
          %v376 = llvm.load %v15 : !llvm.ptr -> f32
          %v377 = llvm.getelementptr %carry_h[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v376, %v377 : f32, !llvm.ptr
          %v378 = llvm.getelementptr %agga_h[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v379 = llvm.load %v378 : !llvm.ptr -> f32
          %v380 = llvm.getelementptr %aggb_h[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v381 = llvm.load %v380 : !llvm.ptr -> f32
          %v382 = arith.mulf %v379, %v376 fastmath<contract> : f32
          %v383 = arith.addf %v382, %v381 fastmath<contract> : f32
          llvm.store %v383, %v15 : f32, !llvm.ptr
          %v384 = arith.muli %v220, %v4 : i64
          %v385 = arith.subi %v4, %v2 : i64
          %v386 = arith.minsi %v27, %v385 : i64
          %v387 = arith.addi %v384, %v386 : i64
          %v388 = arith.muli %v387, %v1 : i64
          %v390 = arith.addi %v388, %v389 : i64
          %v391 = llvm.load %v16 : !llvm.ptr -> f32
          %v392 = llvm.getelementptr %carry_h[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v391, %v392 : f32, !llvm.ptr
          %v393 = llvm.getelementptr %agga_h[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v394 = llvm.load %v393 : !llvm.ptr -> f32
          %v395 = llvm.getelementptr %aggb_h[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v396 = llvm.load %v395 : !llvm.ptr -> f32
          %v397 = arith.mulf %v394, %v391 fastmath<contract> : f32
          %v398 = arith.addf %v397, %v396 fastmath<contract> : f32
          llvm.store %v398, %v16 : f32, !llvm.ptr
          %v399 = arith.muli %v220, %v4 : i64
          %v400 = arith.subi %v4, %v2 : i64
          %v401 = arith.minsi %v27, %v400 : i64
          %v402 = arith.addi %v399, %v401 : i64
          %v403 = arith.muli %v402, %v1 : i64
          %v405 = arith.addi %v403, %v404 : i64
          %v406 = llvm.load %v17 : !llvm.ptr -> f32
          %v407 = llvm.getelementptr %carry_h[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v406, %v407 : f32, !llvm.ptr
          %v408 = llvm.getelementptr %agga_h[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v409 = llvm.load %v408 : !llvm.ptr -> f32
          %v410 = llvm.getelementptr %aggb_h[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v411 = llvm.load %v410 : !llvm.ptr -> f32
          %v412 = arith.mulf %v409, %v406 fastmath<contract> : f32
          %v413 = arith.addf %v412, %v411 fastmath<contract> : f32
          llvm.store %v413, %v17 : f32, !llvm.ptr
          %v414 = arith.muli %v220, %v4 : i64
          %v415 = arith.subi %v4, %v2 : i64
          %v416 = arith.minsi %v27, %v415 : i64
          %v417 = arith.addi %v414, %v416 : i64
          %v418 = arith.muli %v417, %v1 : i64
          %v420 = arith.addi %v418, %v419 : i64
          %v421 = llvm.load %v18 : !llvm.ptr -> f32
          %v422 = llvm.getelementptr %carry_h[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v421, %v422 : f32, !llvm.ptr
          %v423 = llvm.getelementptr %agga_h[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v424 = llvm.load %v423 : !llvm.ptr -> f32
          %v425 = llvm.getelementptr %aggb_h[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v426 = llvm.load %v425 : !llvm.ptr -> f32
          %v427 = arith.mulf %v424, %v421 fastmath<contract> : f32
          %v428 = arith.addf %v427, %v426 fastmath<contract> : f32
          llvm.store %v428, %v18 : f32, !llvm.ptr
          %v429 = arith.muli %v220, %v4 : i64
          %v430 = arith.subi %v4, %v2 : i64
          %v431 = arith.minsi %v27, %v430 : i64
          %v432 = arith.addi %v429, %v431 : i64
          %v433 = arith.muli %v432, %v1 : i64
          %v435 = arith.addi %v433, %v434 : i64
          %v436 = llvm.load %v19 : !llvm.ptr -> f32
          %v437 = llvm.getelementptr %carry_h[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v436, %v437 : f32, !llvm.ptr
          %v438 = llvm.getelementptr %agga_h[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v439 = llvm.load %v438 : !llvm.ptr -> f32
          %v440 = llvm.getelementptr %aggb_h[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v441 = llvm.load %v440 : !llvm.ptr -> f32
          %v442 = arith.mulf %v439, %v436 fastmath<contract> : f32
          %v443 = arith.addf %v442, %v441 fastmath<contract> : f32
          llvm.store %v443, %v19 : f32, !llvm.ptr
          %v444 = arith.muli %v220, %v4 : i64
          %v445 = arith.subi %v4, %v2 : i64
          %v446 = arith.minsi %v27, %v445 : i64
          %v447 = arith.addi %v444, %v446 : i64
          %v448 = arith.muli %v447, %v1 : i64
          %v450 = arith.addi %v448, %v449 : i64
          %v451 = llvm.load %v20 : !llvm.ptr -> f32
          %v452 = llvm.getelementptr %carry_h[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v451, %v452 : f32, !llvm.ptr
          %v453 = llvm.getelementptr %agga_h[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v454 = llvm.load %v453 : !llvm.ptr -> f32
          %v455 = llvm.getelementptr %aggb_h[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v456 = llvm.load %v455 : !llvm.ptr -> f32
          %v457 = arith.mulf %v454, %v451 fastmath<contract> : f32
          %v458 = arith.addf %v457, %v456 fastmath<contract> : f32
          llvm.store %v458, %v20 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
