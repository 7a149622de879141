module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_chunk_carry(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
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
      %v37 = arith.constant 1 : i64
      %v38 = arith.muli %v37, %v1 : i64
      %v39 = arith.muli %v38, %size_D : i64
      %v48 = arith.constant 0x00000000 : f32
      %v214 = arith.constant 63 : i64
      %v216 = arith.constant 64 : i64
      %v218 = arith.constant 0 : i64
      %v219 = arith.constant 1 : i64
      %v226 = arith.constant 1 : i64
      %v230 = arith.constant 16 : i64
      %v232 = arith.constant 0 : i64
      %v243 = arith.constant 1 : i64
      %v247 = arith.constant 16 : i64
      %v249 = arith.constant 1 : i64
      %v260 = arith.constant 1 : i64
      %v264 = arith.constant 16 : i64
      %v266 = arith.constant 2 : i64
      %v277 = arith.constant 1 : i64
      %v281 = arith.constant 16 : i64
      %v283 = arith.constant 3 : i64
      %v294 = arith.constant 1 : i64
      %v298 = arith.constant 16 : i64
      %v300 = arith.constant 4 : i64
      %v311 = arith.constant 1 : i64
      %v315 = arith.constant 16 : i64
      %v317 = arith.constant 5 : i64
      %v328 = arith.constant 1 : i64
      %v332 = arith.constant 16 : i64
      %v334 = arith.constant 6 : i64
      %v345 = arith.constant 1 : i64
      %v349 = arith.constant 16 : i64
      %v351 = arith.constant 7 : i64
      %v362 = arith.constant 1 : i64
      %v366 = arith.constant 16 : i64
      %v368 = arith.constant 8 : i64
      %v379 = arith.constant 1 : i64
      %v383 = arith.constant 16 : i64
      %v385 = arith.constant 9 : i64
      %v396 = arith.constant 1 : i64
      %v400 = arith.constant 16 : i64
      %v402 = arith.constant 10 : i64
      %v413 = arith.constant 1 : i64
      %v417 = arith.constant 16 : i64
      %v419 = arith.constant 11 : i64
      %v430 = arith.constant 1 : i64
      %v434 = arith.constant 16 : i64
      %v436 = arith.constant 12 : i64
      %v447 = arith.constant 1 : i64
      %v451 = arith.constant 16 : i64
      %v453 = arith.constant 13 : i64
      %v464 = arith.constant 1 : i64
      %v468 = arith.constant 16 : i64
      %v470 = arith.constant 14 : i64
      %v481 = arith.constant 1 : i64
      %v485 = arith.constant 16 : i64
      %v487 = arith.constant 15 : i64
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
      %v40 = arith.muli %v35, %v39 : i64
      %v41 = arith.muli %v33, %v38 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = llvm.mlir.zero : !llvm.ptr
      %v44 = llvm.icmp "ne" %in_h0, %v43 : !llvm.ptr
      %v45 = scf.if %v44 -> (f32) {
        %v46 = llvm.getelementptr %in_h0[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v47 = llvm.load %v46 : !llvm.ptr -> f32
        scf.yield %v47 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v45, %v6 : f32, !llvm.ptr
      %v49 = arith.muli %v35, %v39 : i64
      %v50 = arith.muli %v33, %v38 : i64
      %v51 = arith.addi %v49, %v50 : i64
      %v52 = arith.constant 1 : i64
      %v53 = arith.muli %v52, %v37 : i64
      %v54 = arith.addi %v51, %v53 : i64
      %v55 = llvm.mlir.zero : !llvm.ptr
      %v56 = llvm.icmp "ne" %in_h0, %v55 : !llvm.ptr
      %v57 = scf.if %v56 -> (f32) {
        %v58 = llvm.getelementptr %in_h0[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = llvm.load %v58 : !llvm.ptr -> f32
        scf.yield %v59 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v57, %v7 : f32, !llvm.ptr
      %v60 = arith.muli %v35, %v39 : i64
      %v61 = arith.muli %v33, %v38 : i64
      %v62 = arith.addi %v60, %v61 : i64
      %v63 = arith.constant 2 : i64
      %v64 = arith.muli %v63, %v37 : i64
      %v65 = arith.addi %v62, %v64 : i64
      %v66 = llvm.mlir.zero : !llvm.ptr
      %v67 = llvm.icmp "ne" %in_h0, %v66 : !llvm.ptr
      %v68 = scf.if %v67 -> (f32) {
        %v69 = llvm.getelementptr %in_h0[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v70 = llvm.load %v69 : !llvm.ptr -> f32
        scf.yield %v70 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v68, %v8 : f32, !llvm.ptr
      %v71 = arith.muli %v35, %v39 : i64
      %v72 = arith.muli %v33, %v38 : i64
      %v73 = arith.addi %v71, %v72 : i64
      %v74 = arith.constant 3 : i64
      %v75 = arith.muli %v74, %v37 : i64
      %v76 = arith.addi %v73, %v75 : i64
      %v77 = llvm.mlir.zero : !llvm.ptr
      %v78 = llvm.icmp "ne" %in_h0, %v77 : !llvm.ptr
      %v79 = scf.if %v78 -> (f32) {
        %v80 = llvm.getelementptr %in_h0[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v81 = llvm.load %v80 : !llvm.ptr -> f32
        scf.yield %v81 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v79, %v9 : f32, !llvm.ptr
      %v82 = arith.muli %v35, %v39 : i64
      %v83 = arith.muli %v33, %v38 : i64
      %v84 = arith.addi %v82, %v83 : i64
      %v85 = arith.constant 4 : i64
      %v86 = arith.muli %v85, %v37 : i64
      %v87 = arith.addi %v84, %v86 : i64
      %v88 = llvm.mlir.zero : !llvm.ptr
      %v89 = llvm.icmp "ne" %in_h0, %v88 : !llvm.ptr
      %v90 = scf.if %v89 -> (f32) {
        %v91 = llvm.getelementptr %in_h0[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v92 = llvm.load %v91 : !llvm.ptr -> f32
        scf.yield %v92 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v90, %v10 : f32, !llvm.ptr
      %v93 = arith.muli %v35, %v39 : i64
      %v94 = arith.muli %v33, %v38 : i64
      %v95 = arith.addi %v93, %v94 : i64
      %v96 = arith.constant 5 : i64
      %v97 = arith.muli %v96, %v37 : i64
      %v98 = arith.addi %v95, %v97 : i64
      %v99 = llvm.mlir.zero : !llvm.ptr
      %v100 = llvm.icmp "ne" %in_h0, %v99 : !llvm.ptr
      %v101 = scf.if %v100 -> (f32) {
        %v102 = llvm.getelementptr %in_h0[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v103 = llvm.load %v102 : !llvm.ptr -> f32
        scf.yield %v103 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v101, %v11 : f32, !llvm.ptr
      %v104 = arith.muli %v35, %v39 : i64
      %v105 = arith.muli %v33, %v38 : i64
      %v106 = arith.addi %v104, %v105 : i64
      %v107 = arith.constant 6 : i64
      %v108 = arith.muli %v107, %v37 : i64
      %v109 = arith.addi %v106, %v108 : i64
      %v110 = llvm.mlir.zero : !llvm.ptr
      %v111 = llvm.icmp "ne" %in_h0, %v110 : !llvm.ptr
      %v112 = scf.if %v111 -> (f32) {
        %v113 = llvm.getelementptr %in_h0[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v114 = llvm.load %v113 : !llvm.ptr -> f32
        scf.yield %v114 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v112, %v12 : f32, !llvm.ptr
      %v115 = arith.muli %v35, %v39 : i64
      %v116 = arith.muli %v33, %v38 : i64
      %v117 = arith.addi %v115, %v116 : i64
      %v118 = arith.constant 7 : i64
      %v119 = arith.muli %v118, %v37 : i64
      %v120 = arith.addi %v117, %v119 : i64
      %v121 = llvm.mlir.zero : !llvm.ptr
      %v122 = llvm.icmp "ne" %in_h0, %v121 : !llvm.ptr
      %v123 = scf.if %v122 -> (f32) {
        %v124 = llvm.getelementptr %in_h0[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v125 = llvm.load %v124 : !llvm.ptr -> f32
        scf.yield %v125 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v123, %v13 : f32, !llvm.ptr
      %v126 = arith.muli %v35, %v39 : i64
      %v127 = arith.muli %v33, %v38 : i64
      %v128 = arith.addi %v126, %v127 : i64
      %v129 = arith.constant 8 : i64
      %v130 = arith.muli %v129, %v37 : i64
      %v131 = arith.addi %v128, %v130 : i64
      %v132 = llvm.mlir.zero : !llvm.ptr
      %v133 = llvm.icmp "ne" %in_h0, %v132 : !llvm.ptr
      %v134 = scf.if %v133 -> (f32) {
        %v135 = llvm.getelementptr %in_h0[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v136 = llvm.load %v135 : !llvm.ptr -> f32
        scf.yield %v136 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v134, %v14 : f32, !llvm.ptr
      %v137 = arith.muli %v35, %v39 : i64
      %v138 = arith.muli %v33, %v38 : i64
      %v139 = arith.addi %v137, %v138 : i64
      %v140 = arith.constant 9 : i64
      %v141 = arith.muli %v140, %v37 : i64
      %v142 = arith.addi %v139, %v141 : i64
      %v143 = llvm.mlir.zero : !llvm.ptr
      %v144 = llvm.icmp "ne" %in_h0, %v143 : !llvm.ptr
      %v145 = scf.if %v144 -> (f32) {
        %v146 = llvm.getelementptr %in_h0[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v147 = llvm.load %v146 : !llvm.ptr -> f32
        scf.yield %v147 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v145, %v15 : f32, !llvm.ptr
      %v148 = arith.muli %v35, %v39 : i64
      %v149 = arith.muli %v33, %v38 : i64
      %v150 = arith.addi %v148, %v149 : i64
      %v151 = arith.constant 10 : i64
      %v152 = arith.muli %v151, %v37 : i64
      %v153 = arith.addi %v150, %v152 : i64
      %v154 = llvm.mlir.zero : !llvm.ptr
      %v155 = llvm.icmp "ne" %in_h0, %v154 : !llvm.ptr
      %v156 = scf.if %v155 -> (f32) {
        %v157 = llvm.getelementptr %in_h0[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v158 = llvm.load %v157 : !llvm.ptr -> f32
        scf.yield %v158 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v156, %v16 : f32, !llvm.ptr
      %v159 = arith.muli %v35, %v39 : i64
      %v160 = arith.muli %v33, %v38 : i64
      %v161 = arith.addi %v159, %v160 : i64
      %v162 = arith.constant 11 : i64
      %v163 = arith.muli %v162, %v37 : i64
      %v164 = arith.addi %v161, %v163 : i64
      %v165 = llvm.mlir.zero : !llvm.ptr
      %v166 = llvm.icmp "ne" %in_h0, %v165 : !llvm.ptr
      %v167 = scf.if %v166 -> (f32) {
        %v168 = llvm.getelementptr %in_h0[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v169 = llvm.load %v168 : !llvm.ptr -> f32
        scf.yield %v169 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v167, %v17 : f32, !llvm.ptr
      %v170 = arith.muli %v35, %v39 : i64
      %v171 = arith.muli %v33, %v38 : i64
      %v172 = arith.addi %v170, %v171 : i64
      %v173 = arith.constant 12 : i64
      %v174 = arith.muli %v173, %v37 : i64
      %v175 = arith.addi %v172, %v174 : i64
      %v176 = llvm.mlir.zero : !llvm.ptr
      %v177 = llvm.icmp "ne" %in_h0, %v176 : !llvm.ptr
      %v178 = scf.if %v177 -> (f32) {
        %v179 = llvm.getelementptr %in_h0[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v180 = llvm.load %v179 : !llvm.ptr -> f32
        scf.yield %v180 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v178, %v18 : f32, !llvm.ptr
      %v181 = arith.muli %v35, %v39 : i64
      %v182 = arith.muli %v33, %v38 : i64
      %v183 = arith.addi %v181, %v182 : i64
      %v184 = arith.constant 13 : i64
      %v185 = arith.muli %v184, %v37 : i64
      %v186 = arith.addi %v183, %v185 : i64
      %v187 = llvm.mlir.zero : !llvm.ptr
      %v188 = llvm.icmp "ne" %in_h0, %v187 : !llvm.ptr
      %v189 = scf.if %v188 -> (f32) {
        %v190 = llvm.getelementptr %in_h0[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v191 = llvm.load %v190 : !llvm.ptr -> f32
        scf.yield %v191 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v189, %v19 : f32, !llvm.ptr
      %v192 = arith.muli %v35, %v39 : i64
      %v193 = arith.muli %v33, %v38 : i64
      %v194 = arith.addi %v192, %v193 : i64
      %v195 = arith.constant 14 : i64
      %v196 = arith.muli %v195, %v37 : i64
      %v197 = arith.addi %v194, %v196 : i64
      %v198 = llvm.mlir.zero : !llvm.ptr
      %v199 = llvm.icmp "ne" %in_h0, %v198 : !llvm.ptr
      %v200 = scf.if %v199 -> (f32) {
        %v201 = llvm.getelementptr %in_h0[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v202 = llvm.load %v201 : !llvm.ptr -> f32
        scf.yield %v202 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v200, %v20 : f32, !llvm.ptr
      %v203 = arith.muli %v35, %v39 : i64
      %v204 = arith.muli %v33, %v38 : i64
      %v205 = arith.addi %v203, %v204 : i64
      %v206 = arith.constant 15 : i64
      %v207 = arith.muli %v206, %v37 : i64
      %v208 = arith.addi %v205, %v207 : i64
      %v209 = llvm.mlir.zero : !llvm.ptr
      %v210 = llvm.icmp "ne" %in_h0, %v209 : !llvm.ptr
      %v211 = scf.if %v210 -> (f32) {
        %v212 = llvm.getelementptr %in_h0[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v213 = llvm.load %v212 : !llvm.ptr -> f32
        scf.yield %v213 : f32
      } else {
        scf.yield %v48 : f32
      }
      llvm.store %v211, %v21 : f32, !llvm.ptr
      %v215 = arith.addi %size_L, %v214 : i64
      %v217 = arith.divui %v215, %v216 : i64
      scf.if %v29 {
        %v220 = arith.index_cast %v218 : i64 to index
        %v221 = arith.index_cast %v217 : i64 to index
        %v222 = arith.index_cast %v219 : i64 to index
        scf.for %v223 = %v220 to %v221 step %v222 {
          %v224 = arith.index_cast %v223 : index to i64
          %v225 = arith.muli %v224, %v4 : i64
          %v227 = arith.subi %v4, %v226 : i64
          %v228 = arith.minsi %v28, %v227 : i64
          %v229 = arith.addi %v225, %v228 : i64
          %v231 = arith.muli %v229, %v230 : i64
          %v233 = arith.addi %v231, %v232 : i64
          %v234 = llvm.load %v6 : !llvm.ptr -> f32
          %v235 = llvm.getelementptr %carry_h[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v234, %v235 : f32, !llvm.ptr
          %v236 = llvm.getelementptr %agga_h[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v238 = llvm.getelementptr %aggb_h[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v239 = llvm.load %v238 : !llvm.ptr -> f32
          %v240 = arith.mulf %v237, %v234 : f32
          %v241 = arith.addf %v240, %v239 : f32
          llvm.store %v241, %v6 : f32, !llvm.ptr
          %v242 = arith.muli %v224, %v4 : i64
          %v244 = arith.subi %v4, %v243 : i64
          %v245 = arith.minsi %v28, %v244 : i64
          %v246 = arith.addi %v242, %v245 : i64
          %v248 = arith.muli %v246, %v247 : i64
          %v250 = arith.addi %v248, %v249 : i64
          %v251 = llvm.load %v7 : !llvm.ptr -> f32
          %v252 = llvm.getelementptr %carry_h[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v251, %v252 : f32, !llvm.ptr
          %v253 = llvm.getelementptr %agga_h[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v254 = llvm.load %v253 : !llvm.ptr -> f32
          %v255 = llvm.getelementptr %aggb_h[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v256 = llvm.load %v255 : !llvm.ptr -> f32
          %v257 = arith.mulf %v254, %v251 : f32
          %v258 = arith.addf %v257, %v256 : f32
          llvm.store %v258, %v7 : f32, !llvm.ptr
          %v259 = arith.muli %v224, %v4 : i64
          %v261 = arith.subi %v4, %v260 : i64
          %v262 = arith.minsi %v28, %v261 : i64
          %v263 = arith.addi %v259, %v262 : i64
          %v265 = arith.muli %v263, %v264 : i64
          %v267 = arith.addi %v265, %v266 : i64
          %v268 = llvm.load %v8 : !llvm.ptr -> f32
          %v269 = llvm.getelementptr %carry_h[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v268, %v269 : f32, !llvm.ptr
          %v270 = llvm.getelementptr %agga_h[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v271 = llvm.load %v270 : !llvm.ptr -> f32
          %v272 = llvm.getelementptr %aggb_h[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v273 = llvm.load %v272 : !llvm.ptr -> f32
          %v274 = arith.mulf %v271, %v268 : f32
          %v275 = arith.addf %v274, %v273 : f32
          llvm.store %v275, %v8 : f32, !llvm.ptr
          %v276 = arith.muli %v224, %v4 : i64
          %v278 = arith.subi %v4, %v277 : i64
          %v279 = arith.minsi %v28, %v278 : i64
          %v280 = arith.addi %v276, %v279 : i64
          %v282 = arith.muli %v280, %v281 : i64
          %v284 = arith.addi %v282, %v283 : i64
          %v285 = llvm.load %v9 : !llvm.ptr -> f32
          %v286 = llvm.getelementptr %carry_h[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v285, %v286 : f32, !llvm.ptr
          %v287 = llvm.getelementptr %agga_h[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v288 = llvm.load %v287 : !llvm.ptr -> f32
          %v289 = llvm.getelementptr %aggb_h[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v290 = llvm.load %v289 : !llvm.ptr -> f32
          %v291 = arith.mulf %v288, %v285 : f32
          %v292 = arith.addf %v291, %v290 : f32
          llvm.store %v292, %v9 : f32, !llvm.ptr
          %v293 = arith.muli %v224, %v4 : i64
          %v295 = arith.subi %v4, %v294 : i64
          %v296 = arith.minsi %v28, %v295 : i64
          %v297 = arith.addi %v293, %v296 : i64
          %v299 = arith.muli %v297, %v298 : i64
          %v301 = arith.addi %v299, %v300 : i64
          %v302 = llvm.load %v10 : !llvm.ptr -> f32
          %v303 = llvm.getelementptr %carry_h[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v302, %v303 : f32, !llvm.ptr
          %v304 = llvm.getelementptr %agga_h[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v305 = llvm.load %v304 : !llvm.ptr -> f32
          %v306 = llvm.getelementptr %aggb_h[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v307 = llvm.load %v306 : !llvm.ptr -> f32
          %v308 = arith.mulf %v305, %v302 : f32
          %v309 = arith.addf %v308, %v307 : f32
          llvm.store %v309, %v10 : f32, !llvm.ptr
          %v310 = arith.muli %v224, %v4 : i64
          %v312 = arith.subi %v4, %v311 : i64
          %v313 = arith.minsi %v28, %v312 : i64
          %v314 = arith.addi %v310, %v313 : i64
          %v316 = arith.muli %v314, %v315 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = llvm.load %v11 : !llvm.ptr -> f32
          %v320 = llvm.getelementptr %carry_h[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v319, %v320 : f32, !llvm.ptr
          %v321 = llvm.getelementptr %agga_h[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v322 = llvm.load %v321 : !llvm.ptr -> f32
          %v323 = llvm.getelementptr %aggb_h[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v324 = llvm.load %v323 : !llvm.ptr -> f32
          %v325 = arith.mulf %v322, %v319 : f32
          %v326 = arith.addf %v325, %v324 : f32
          llvm.store %v326, %v11 : f32, !llvm.ptr
          %v327 = arith.muli %v224, %v4 : i64
          %v329 = arith.subi %v4, %v328 : i64
          %v330 = arith.minsi %v28, %v329 : i64
          %v331 = arith.addi %v327, %v330 : i64
          %v333 = arith.muli %v331, %v332 : i64
          %v335 = arith.addi %v333, %v334 : i64
          %v336 = llvm.load %v12 : !llvm.ptr -> f32
          %v337 = llvm.getelementptr %carry_h[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v336, %v337 : f32, !llvm.ptr
          %v338 = llvm.getelementptr %agga_h[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v339 = llvm.load %v338 : !llvm.ptr -> f32
          %v340 = llvm.getelementptr %aggb_h[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v341 = llvm.load %v340 : !llvm.ptr -> f32
          %v342 = arith.mulf %v339, %v336 : f32
          %v343 = arith.addf %v342, %v341 : f32
          llvm.store %v343, %v12 : f32, !llvm.ptr
          %v344 = arith.muli %v224, %v4 : i64
          %v346 = arith.subi %v4, %v345 : i64
          %v347 = arith.minsi %v28, %v346 : i64
          %v348 = arith.addi %v344, %v347 : i64
          %v350 = arith.muli %v348, %v349 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = llvm.load %v13 : !llvm.ptr -> f32
          %v354 = llvm.getelementptr %carry_h[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v353, %v354 : f32, !llvm.ptr
          %v355 = llvm.getelementptr %agga_h[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v356 = llvm.load %v355 : !llvm.ptr -> f32
          %v357 = llvm.getelementptr %aggb_h[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v358 = llvm.load %v357 : !llvm.ptr -> f32
          %v359 = arith.mulf %v356, %v353 : f32
          %v360 = arith.addf %v359, %v358 : f32
          llvm.store %v360, %v13 : f32, !llvm.ptr
          %v361 = arith.muli %v224, %v4 : i64
          %v363 = arith.subi %v4, %v362 : i64
          %v364 = arith.minsi %v28, %v363 : i64
          %v365 = arith.addi %v361, %v364 : i64
          %v367 = arith.muli %v365, %v366 : i64
          %v369 = arith.addi %v367, %v368 : i64
          %v370 = llvm.load %v14 : !llvm.ptr -> f32
          %v371 = llvm.getelementptr %carry_h[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v370, %v371 : f32, !llvm.ptr
          %v372 = llvm.getelementptr %agga_h[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v373 = llvm.load %v372 : !llvm.ptr -> f32
          %v374 = llvm.getelementptr %aggb_h[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v375 = llvm.load %v374 : !llvm.ptr -> f32
          %v376 = arith.mulf %v373, %v370 : f32
          %v377 = arith.addf %v376, %v375 : f32
          llvm.store %v377, %v14 : f32, !llvm.ptr
          %v378 = arith.muli %v224, %v4 : i64
          %v380 = arith.subi %v4, %v379 : i64
          %v381 = arith.minsi %v28, %v380 : i64
          %v382 = arith.addi %v378, %v381 : i64
          %v384 = arith.muli %v382, %v383 : i64
          %v386 = arith.addi %v384, %v385 : i64
          %v387 = llvm.load %v15 : !llvm.ptr -> f32
          %v388 = llvm.getelementptr %carry_h[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v387, %v388 : f32, !llvm.ptr
          %v389 = llvm.getelementptr %agga_h[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v390 = llvm.load %v389 : !llvm.ptr -> f32
          %v391 = llvm.getelementptr %aggb_h[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v392 = llvm.load %v391 : !llvm.ptr -> f32
          %v393 = arith.mulf %v390, %v387 : f32
          %v394 = arith.addf %v393, %v392 : f32
          llvm.store %v394, %v15 : f32, !llvm.ptr
          %v395 = arith.muli %v224, %v4 : i64
          %v397 = arith.subi %v4, %v396 : i64
          %v398 = arith.minsi %v28, %v397 : i64
          %v399 = arith.addi %v395, %v398 : i64
          %v401 = arith.muli %v399, %v400 : i64
          %v403 = arith.addi %v401, %v402 : i64
          %v404 = llvm.load %v16 : !llvm.ptr -> f32
          %v405 = llvm.getelementptr %carry_h[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v404, %v405 : f32, !llvm.ptr
          %v406 = llvm.getelementptr %agga_h[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v407 = llvm.load %v406 : !llvm.ptr -> f32
          %v408 = llvm.getelementptr %aggb_h[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v409 = llvm.load %v408 : !llvm.ptr -> f32
          %v410 = arith.mulf %v407, %v404 : f32
          %v411 = arith.addf %v410, %v409 : f32
          llvm.store %v411, %v16 : f32, !llvm.ptr
          %v412 = arith.muli %v224, %v4 : i64
          %v414 = arith.subi %v4, %v413 : i64
          %v415 = arith.minsi %v28, %v414 : i64
          %v416 = arith.addi %v412, %v415 : i64
          %v418 = arith.muli %v416, %v417 : i64
          %v420 = arith.addi %v418, %v419 : i64
          %v421 = llvm.load %v17 : !llvm.ptr -> f32
          %v422 = llvm.getelementptr %carry_h[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v421, %v422 : f32, !llvm.ptr
          %v423 = llvm.getelementptr %agga_h[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v424 = llvm.load %v423 : !llvm.ptr -> f32
          %v425 = llvm.getelementptr %aggb_h[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v426 = llvm.load %v425 : !llvm.ptr -> f32
          %v427 = arith.mulf %v424, %v421 : f32
          %v428 = arith.addf %v427, %v426 : f32
          llvm.store %v428, %v17 : f32, !llvm.ptr
          %v429 = arith.muli %v224, %v4 : i64
          %v431 = arith.subi %v4, %v430 : i64
          %v432 = arith.minsi %v28, %v431 : i64
          %v433 = arith.addi %v429, %v432 : i64
          %v435 = arith.muli %v433, %v434 : i64
          %v437 = arith.addi %v435, %v436 : i64
          %v438 = llvm.load %v18 : !llvm.ptr -> f32
          %v439 = llvm.getelementptr %carry_h[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v438, %v439 : f32, !llvm.ptr
          %v440 = llvm.getelementptr %agga_h[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v441 = llvm.load %v440 : !llvm.ptr -> f32
          %v442 = llvm.getelementptr %aggb_h[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v443 = llvm.load %v442 : !llvm.ptr -> f32
          %v444 = arith.mulf %v441, %v438 : f32
          %v445 = arith.addf %v444, %v443 : f32
          llvm.store %v445, %v18 : f32, !llvm.ptr
          %v446 = arith.muli %v224, %v4 : i64
          %v448 = arith.subi %v4, %v447 : i64
          %v449 = arith.minsi %v28, %v448 : i64
          %v450 = arith.addi %v446, %v449 : i64
          %v452 = arith.muli %v450, %v451 : i64
          %v454 = arith.addi %v452, %v453 : i64
          %v455 = llvm.load %v19 : !llvm.ptr -> f32
          %v456 = llvm.getelementptr %carry_h[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v455, %v456 : f32, !llvm.ptr
          %v457 = llvm.getelementptr %agga_h[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v458 = llvm.load %v457 : !llvm.ptr -> f32
          %v459 = llvm.getelementptr %aggb_h[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v460 = llvm.load %v459 : !llvm.ptr -> f32
          %v461 = arith.mulf %v458, %v455 : f32
          %v462 = arith.addf %v461, %v460 : f32
          llvm.store %v462, %v19 : f32, !llvm.ptr
          %v463 = arith.muli %v224, %v4 : i64
          %v465 = arith.subi %v4, %v464 : i64
          %v466 = arith.minsi %v28, %v465 : i64
          %v467 = arith.addi %v463, %v466 : i64
          %v469 = arith.muli %v467, %v468 : i64
          %v471 = arith.addi %v469, %v470 : i64
          %v472 = llvm.load %v20 : !llvm.ptr -> f32
          %v473 = llvm.getelementptr %carry_h[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v472, %v473 : f32, !llvm.ptr
          %v474 = llvm.getelementptr %agga_h[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v475 = llvm.load %v474 : !llvm.ptr -> f32
          %v476 = llvm.getelementptr %aggb_h[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v477 = llvm.load %v476 : !llvm.ptr -> f32
          %v478 = arith.mulf %v475, %v472 : f32
          %v479 = arith.addf %v478, %v477 : f32
          llvm.store %v479, %v20 : f32, !llvm.ptr
          %v480 = arith.muli %v224, %v4 : i64
          %v482 = arith.subi %v4, %v481 : i64
          %v483 = arith.minsi %v28, %v482 : i64
          %v484 = arith.addi %v480, %v483 : i64
          %v486 = arith.muli %v484, %v485 : i64
          %v488 = arith.addi %v486, %v487 : i64
          %v489 = llvm.load %v21 : !llvm.ptr -> f32
          %v490 = llvm.getelementptr %carry_h[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v489, %v490 : f32, !llvm.ptr
          %v491 = llvm.getelementptr %agga_h[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v492 = llvm.load %v491 : !llvm.ptr -> f32
          %v493 = llvm.getelementptr %aggb_h[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v494 = llvm.load %v493 : !llvm.ptr -> f32
          %v495 = arith.mulf %v492, %v489 : f32
          %v496 = arith.addf %v495, %v494 : f32
          llvm.store %v496, %v21 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
