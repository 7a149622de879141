module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_mamba2_bwd_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @rows_mamba2_bwd_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mamba2_bwd(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %dx_x: !llvm.ptr, %part_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = arith.constant 32 : i64
      %v23 = arith.constant 8 : i64
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.mlir.addressof @tile_mamba2_bwd_dt : !llvm.ptr<3>
      %v48 = llvm.addrspacecast %v47 : !llvm.ptr<3> to !llvm.ptr
      %v49 = llvm.mlir.addressof @rows_mamba2_bwd_dt : !llvm.ptr<3>
      %v50 = llvm.addrspacecast %v49 : !llvm.ptr<3> to !llvm.ptr
      %v51 = arith.constant 0x00000000 : f32
      %v52 = arith.constant 0x3F800000 : f32
      %v53 = arith.constant 0 : i64
      %v55 = arith.constant 64 : i64
      %v56 = arith.constant 7 : i64
      %v111 = arith.constant 256 : i64
      %v121 = arith.muli %v2, %size_H : i64
      %v122 = arith.muli %v121, %size_L : i64
      %v130 = arith.constant 65 : i64
      %v134 = arith.muli %v2, %size_B : i64
      %v135 = arith.muli %v134, %size_H : i64
      %v136 = arith.muli %v135, %size_P : i64
      %v137 = arith.muli %v136, %v1 : i64
      %v139 = arith.muli %v2, %v1 : i64
      %v140 = arith.muli %v139, %size_P : i64
      %v141 = arith.muli %v140, %size_H : i64
      %v152 = arith.muli %v2, %size_B : i64
      %v153 = arith.muli %v152, %size_H : i64
      %v154 = arith.muli %v153, %size_P : i64
      %v155 = arith.muli %v154, %v1 : i64
      %v208 = arith.constant 0x3FB8AA3B : f32
      %v213 = arith.constant 0x3F317218 : f32
      %v215 = arith.constant 0x3E124925 : f32
      %v217 = arith.constant 0xBE2AAAAB : f32
      %v220 = arith.constant 0x3E4CCCCD : f32
      %v223 = arith.constant 0xBE800000 : f32
      %v226 = arith.constant 0x3EAAAAAB : f32
      %v229 = arith.constant 0xBF000000 : f32
      %v235 = arith.constant 0x3D800000 : f32
      %v248 = arith.muli %v2, %size_P : i64
      %v249 = arith.muli %v248, %size_H : i64
      %v250 = arith.muli %v249, %size_L : i64
      %v268 = arith.constant 32 : i32
      %v276 = arith.muli %v2, %v1 : i64
      %v277 = arith.muli %v276, %size_L : i64
      %v302 = arith.constant 3 : i64
      %v303 = arith.constant 4 : i64
      %v462 = arith.constant 2 : i64
      %v550 = arith.constant 5 : i64
      %v580 = arith.constant 6 : i64
      %v639 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v732 = arith.constant 1 : i32
      %v736 = arith.constant 2 : i32
      %v740 = arith.constant 4 : i32
      %v763 = arith.constant 8 : i32
      %v767 = arith.constant 16 : i32
      %v776 = arith.constant 33 : i64
      %v2025 = arith.muli %v2, %size_B : i64
      %v2026 = arith.muli %v2025, %size_L : i64
      %v2027 = arith.muli %v2026, %size_H : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.subi %v16, %v2 : i64
      %v18 = arith.addi %size_P, %v17 : i64
      %v19 = arith.divui %v18, %v16 : i64
      %v20 = arith.maxsi %v19, %v2 : i64
      %v21 = arith.divui %v15, %v20 : i64
      %v22 = arith.remui %v15, %v20 : i64
      %v24 = arith.remui %v14, %v23 : i64
      %v25 = arith.divui %v14, %v23 : i64
      %v26 = arith.muli %v22, %v16 : i64
      %v27 = arith.addi %v26, %v25 : i64
      %v28 = arith.cmpi slt, %v27, %size_P : i64
      %v29 = arith.muli %v21, %size_P : i64
      %v30 = arith.addi %v29, %v27 : i64
      %v31 = arith.subi %size_P, %v2 : i64
      %v32 = arith.minsi %v27, %v31 : i64
      %v33 = arith.addi %v29, %v32 : i64
      %v34 = arith.remui %v33, %size_P : i64
      %v35 = arith.divui %v33, %size_P : i64
      %v36 = arith.remui %v35, %size_H : i64
      %v37 = arith.divui %v35, %size_H : i64
      %v38 = arith.remui %v37, %size_B : i64
      %v39 = arith.divui %v37, %size_B : i64
      %v60 = arith.trunci %v14 : i64 to i32
      %v61 = arith.constant 24 : i32
      %v62 = arith.andi %v60, %v61 : i32
      %v63 = arith.constant 0 : i32
      %v64 = arith.ori %v62, %v63 : i32
      %v65 = arith.constant 0 : i64
      %v66 = arith.cmpi eq, %v24, %v65 : i64
      %v67 = arith.constant 1 : i32
      %v68 = arith.ori %v62, %v67 : i32
      %v69 = arith.constant 1 : i64
      %v70 = arith.cmpi eq, %v24, %v69 : i64
      %v71 = arith.constant 2 : i32
      %v72 = arith.ori %v62, %v71 : i32
      %v73 = arith.constant 2 : i64
      %v74 = arith.cmpi eq, %v24, %v73 : i64
      %v75 = arith.constant 3 : i32
      %v76 = arith.ori %v62, %v75 : i32
      %v77 = arith.constant 3 : i64
      %v78 = arith.cmpi eq, %v24, %v77 : i64
      %v79 = arith.constant 4 : i32
      %v80 = arith.ori %v62, %v79 : i32
      %v81 = arith.constant 4 : i64
      %v82 = arith.cmpi eq, %v24, %v81 : i64
      %v83 = arith.constant 5 : i32
      %v84 = arith.ori %v62, %v83 : i32
      %v85 = arith.constant 5 : i64
      %v86 = arith.cmpi eq, %v24, %v85 : i64
      %v87 = arith.constant 6 : i32
      %v88 = arith.ori %v62, %v87 : i32
      %v89 = arith.constant 6 : i64
      %v90 = arith.cmpi eq, %v24, %v89 : i64
      %v91 = arith.constant 7 : i32
      %v92 = arith.ori %v62, %v91 : i32
      %v93 = arith.constant 7 : i64
      %v94 = arith.cmpi eq, %v24, %v93 : i64
      llvm.store %v51, %v40 : f32, !llvm.ptr
      llvm.store %v51, %v41 : f32, !llvm.ptr
      llvm.store %v52, %v42 : f32, !llvm.ptr
      llvm.store %v52, %v43 : f32, !llvm.ptr
      llvm.store %v51, %v44 : f32, !llvm.ptr
      llvm.store %v51, %v45 : f32, !llvm.ptr
      llvm.store %v51, %v46 : f32, !llvm.ptr
      %v54 = arith.cmpi eq, %size_L, %v53 : i64
      scf.if %v54 {
        llvm.store %v51, %v10 : f32, !llvm.ptr
        llvm.store %v51, %v11 : f32, !llvm.ptr
      }
      %v57 = arith.subi %v55, %v2 : i64
      %v58 = arith.addi %size_L, %v57 : i64
      %v59 = arith.divui %v58, %v55 : i64
      %v95 = arith.subi %v59, %v53 : i64
      %v96 = arith.maxsi %v95, %v53 : i64
      %v97 = arith.index_cast %v53 : i64 to index
      %v98 = arith.index_cast %v96 : i64 to index
      %v99 = arith.index_cast %v2 : i64 to index
      scf.for %v100 = %v97 to %v98 step %v99 {
        %v101 = arith.index_cast %v100 : index to i64
        %v102 = arith.subi %v59, %v2 : i64
        %v103 = arith.subi %v102, %v101 : i64
        %v104 = arith.muli %v103, %v55 : i64
        %v105 = arith.subi %size_L, %v104 : i64
        %v106 = arith.minsi %v105, %v55 : i64
        %v107 = arith.subi %v106, %v2 : i64
        %v108 = arith.addi %v106, %v56 : i64
        %v109 = arith.divui %v108, %v23 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v110 = arith.subi %size_L, %v2 : i64
        %v112 = arith.index_cast %v14 : i64 to index
        %v113 = arith.index_cast %v55 : i64 to index
        %v114 = arith.index_cast %v111 : i64 to index
        scf.for %v115 = %v112 to %v113 step %v114 {
          %v116 = arith.index_cast %v115 : index to i64
          %v117 = arith.remui %v116, %v55 : i64
          %v118 = arith.divui %v116, %v55 : i64
          %v119 = arith.addi %v104, %v117 : i64
          %v120 = arith.minsi %v119, %v110 : i64
          %v123 = arith.muli %v38, %v122 : i64
          %v124 = arith.muli %v120, %v121 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = arith.muli %v36, %v2 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = llvm.getelementptr %in_dt[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v131 = arith.muli %v118, %v130 : i64
          %v132 = arith.addi %v131, %v117 : i64
          %v133 = llvm.getelementptr %v50[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v129, %v133 : f32, !llvm.ptr
        }
        gpu.barrier
        %v138 = arith.muli %v103, %v137 : i64
        %v142 = arith.muli %v38, %v141 : i64
        %v143 = arith.muli %v36, %v140 : i64
        %v144 = arith.addi %v142, %v143 : i64
        %v145 = arith.muli %v34, %v139 : i64
        %v146 = arith.addi %v144, %v145 : i64
        %v147 = arith.muli %v24, %v2 : i64
        %v148 = arith.addi %v146, %v147 : i64
        %v149 = arith.addi %v138, %v148 : i64
        %v150 = llvm.getelementptr %ckpt_S[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v151 = llvm.load %v150 : !llvm.ptr -> f32
        llvm.store %v151, %v8 : f32, !llvm.ptr
        %v156 = arith.muli %v103, %v155 : i64
        %v157 = arith.muli %v38, %v141 : i64
        %v158 = arith.muli %v36, %v140 : i64
        %v159 = arith.addi %v157, %v158 : i64
        %v160 = arith.muli %v34, %v139 : i64
        %v161 = arith.addi %v159, %v160 : i64
        %v162 = arith.constant 8 : i64
        %v163 = arith.addi %v162, %v24 : i64
        %v164 = arith.muli %v163, %v2 : i64
        %v165 = arith.addi %v161, %v164 : i64
        %v166 = arith.addi %v156, %v165 : i64
        %v167 = llvm.getelementptr %ckpt_S[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v168 = llvm.load %v167 : !llvm.ptr -> f32
        llvm.store %v168, %v9 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v169 = arith.index_cast %v53 : i64 to index
        %v170 = arith.index_cast %v109 : i64 to index
        %v171 = arith.index_cast %v2 : i64 to index
        scf.for %v172 = %v169 to %v170 step %v171 {
          %v173 = arith.index_cast %v172 : index to i64
          scf.if %v28 {
            %v174 = llvm.load %v8 : !llvm.ptr -> f32
            %v175 = arith.muli %v173, %v5 : i64
            %v176 = arith.subi %v5, %v2 : i64
            %v177 = arith.minsi %v30, %v176 : i64
            %v178 = arith.addi %v175, %v177 : i64
            %v179 = arith.muli %v178, %v1 : i64
            %v180 = arith.addi %v179, %v53 : i64
            %v181 = arith.addi %v180, %v24 : i64
            %v182 = llvm.getelementptr %scratch_S[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v174, %v182 : f32, !llvm.ptr
            %v183 = llvm.load %v9 : !llvm.ptr -> f32
            %v184 = arith.muli %v173, %v5 : i64
            %v185 = arith.subi %v5, %v2 : i64
            %v186 = arith.minsi %v30, %v185 : i64
            %v187 = arith.addi %v184, %v186 : i64
            %v188 = arith.muli %v187, %v1 : i64
            %v189 = arith.addi %v188, %v23 : i64
            %v190 = arith.addi %v189, %v24 : i64
            %v191 = llvm.getelementptr %scratch_S[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v183, %v191 : f32, !llvm.ptr
          }
          %v192 = arith.muli %v173, %v23 : i64
          %v193 = arith.addi %v192, %v24 : i64
          %v194 = arith.minsi %v193, %v107 : i64
          %v195 = arith.addi %v104, %v194 : i64
          %v196 = arith.muli %v53, %v130 : i64
          %v197 = arith.subi %v195, %v104 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = llvm.getelementptr %v50[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.muli %v36, %v2 : i64
          %v202 = llvm.getelementptr %in_dt_bias[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v203 = llvm.load %v202 : !llvm.ptr -> f32
          %v204 = arith.addf %v200, %v203 fastmath<contract> : f32
          %v205 = arith.maximumf %v204, %v51 : f32
          %v206 = llvm.call_intrinsic "llvm.fabs.f32"(%v204) : (f32) -> f32
          %v207 = arith.negf %v206 : f32
          %v209 = arith.mulf %v207, %v208 fastmath<contract> : f32
          %v210 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v209) : (f32) -> f32
          %v211 = arith.addf %v52, %v210 fastmath<contract> : f32
          %v212 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v211) : (f32) -> f32
          %v214 = arith.mulf %v212, %v213 fastmath<contract> : f32
          %v216 = arith.mulf %v215, %v210 fastmath<contract> : f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = arith.mulf %v218, %v210 fastmath<contract> : f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          %v222 = arith.mulf %v221, %v210 fastmath<contract> : f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = arith.mulf %v224, %v210 fastmath<contract> : f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = arith.mulf %v227, %v210 fastmath<contract> : f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = arith.mulf %v230, %v210 fastmath<contract> : f32
          %v232 = arith.addf %v231, %v52 fastmath<contract> : f32
          %v233 = arith.mulf %v232, %v210 fastmath<contract> : f32
          %v234 = llvm.call_intrinsic "llvm.fabs.f32"(%v210) : (f32) -> f32
          %v236 = arith.cmpf olt, %v234, %v235 : f32
          %v237 = arith.select %v236, %v233, %v214 : f32
          %v238 = arith.addf %v205, %v237 fastmath<contract> : f32
          %v239 = arith.negf %v238 : f32
          %v240 = arith.muli %v36, %v2 : i64
          %v241 = llvm.getelementptr %in_A_log[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v242 = llvm.load %v241 : !llvm.ptr -> f32
          %v243 = arith.mulf %v242, %v208 fastmath<contract> : f32
          %v244 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v243) : (f32) -> f32
          %v245 = arith.mulf %v239, %v244 fastmath<contract> : f32
          %v246 = arith.mulf %v245, %v208 fastmath<contract> : f32
          %v247 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v246) : (f32) -> f32
          %v251 = arith.muli %v38, %v250 : i64
          %v252 = arith.muli %v195, %v249 : i64
          %v253 = arith.addi %v251, %v252 : i64
          %v254 = arith.muli %v36, %v248 : i64
          %v255 = arith.addi %v253, %v254 : i64
          %v256 = arith.muli %v34, %v2 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = llvm.getelementptr %in_x[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = arith.mulf %v238, %v259 fastmath<contract> : f32
          %v261 = arith.index_cast %v53 : i64 to index
          %v262 = arith.index_cast %v23 : i64 to index
          %v263 = arith.index_cast %v2 : i64 to index
          scf.for %v264 = %v261 to %v262 step %v263 {
            %v265 = arith.index_cast %v264 : index to i64
            %v266 = arith.trunci %v265 : i64 to i32
            %v267 = arith.ori %v64, %v266 : i32
            %v269, %v270 = gpu.shuffle idx %v247, %v267, %v268 : f32
            %v271, %v272 = gpu.shuffle idx %v260, %v267, %v268 : f32
            %v273 = arith.addi %v192, %v265 : i64
            %v274 = arith.cmpi slt, %v273, %v106 : i64
            scf.if %v274 {
              %v275 = arith.addi %v104, %v273 : i64
              %v278 = arith.muli %v38, %v277 : i64
              %v279 = arith.muli %v275, %v276 : i64
              %v280 = arith.addi %v278, %v279 : i64
              %v281 = arith.muli %v24, %v2 : i64
              %v282 = arith.addi %v280, %v281 : i64
              %v283 = llvm.getelementptr %in_Bm[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v284 = llvm.load %v283 : !llvm.ptr -> f32
              %v285 = arith.mulf %v271, %v284 fastmath<contract> : f32
              %v286 = llvm.load %v8 : !llvm.ptr -> f32
              %v287 = arith.mulf %v269, %v286 fastmath<contract> : f32
              %v288 = arith.addf %v287, %v285 fastmath<contract> : f32
              llvm.store %v288, %v8 : f32, !llvm.ptr
              %v289 = arith.muli %v38, %v277 : i64
              %v290 = arith.muli %v275, %v276 : i64
              %v291 = arith.addi %v289, %v290 : i64
              %v292 = arith.constant 8 : i64
              %v293 = arith.addi %v292, %v24 : i64
              %v294 = arith.muli %v293, %v2 : i64
              %v295 = arith.addi %v291, %v294 : i64
              %v296 = llvm.getelementptr %in_Bm[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v297 = llvm.load %v296 : !llvm.ptr -> f32
              %v298 = arith.mulf %v271, %v297 fastmath<contract> : f32
              %v299 = llvm.load %v9 : !llvm.ptr -> f32
              %v300 = arith.mulf %v269, %v299 fastmath<contract> : f32
              %v301 = arith.addf %v300, %v298 fastmath<contract> : f32
              llvm.store %v301, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v304 = arith.addi %v109, %v302 : i64
        %v305 = arith.divui %v304, %v303 : i64
        %v306 = arith.index_cast %v53 : i64 to index
        %v307 = arith.index_cast %v305 : i64 to index
        %v308 = arith.index_cast %v2 : i64 to index
        scf.for %v309 = %v306 to %v307 step %v308 {
          %v310 = arith.index_cast %v309 : index to i64
          %v311 = arith.muli %v310, %v303 : i64
          %v312 = arith.addi %v311, %v303 : i64
          %v313 = arith.index_cast %v311 : i64 to index
          %v314 = arith.index_cast %v312 : i64 to index
          %v315 = arith.index_cast %v2 : i64 to index
          scf.for %v316 = %v313 to %v314 step %v315 {
            %v317 = arith.index_cast %v316 : index to i64
            %v318 = arith.cmpi slt, %v317, %v109 : i64
            scf.if %v318 {
              %v319 = arith.subi %v109, %v2 : i64
              %v320 = arith.subi %v319, %v317 : i64
              %v321 = arith.muli %v320, %v23 : i64
              %v322 = arith.remui %v317, %v303 : i64
              %v323 = arith.muli %v322, %v23 : i64
              %v324 = arith.subi %v106, %v2 : i64
              %v325 = arith.muli %v320, %v5 : i64
              %v326 = arith.subi %v5, %v2 : i64
              %v327 = arith.minsi %v30, %v326 : i64
              %v328 = arith.addi %v325, %v327 : i64
              %v329 = arith.muli %v328, %v1 : i64
              %v330 = arith.addi %v329, %v53 : i64
              %v331 = arith.addi %v330, %v24 : i64
              %v332 = llvm.getelementptr %scratch_S[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v333 = llvm.load %v332 : !llvm.ptr -> f32
              %v334 = arith.muli %v320, %v5 : i64
              %v335 = arith.subi %v5, %v2 : i64
              %v336 = arith.minsi %v30, %v335 : i64
              %v337 = arith.addi %v334, %v336 : i64
              %v338 = arith.muli %v337, %v1 : i64
              %v339 = arith.addi %v338, %v23 : i64
              %v340 = arith.addi %v339, %v24 : i64
              %v341 = llvm.getelementptr %scratch_S[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v342 = llvm.load %v341 : !llvm.ptr -> f32
              %v343 = arith.addi %v321, %v24 : i64
              %v344 = arith.minsi %v343, %v324 : i64
              %v345 = arith.addi %v104, %v344 : i64
              %v346 = arith.muli %v53, %v130 : i64
              %v347 = arith.subi %v345, %v104 : i64
              %v348 = arith.addi %v346, %v347 : i64
              %v349 = llvm.getelementptr %v50[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v350 = llvm.load %v349 : !llvm.ptr -> f32
              %v351 = arith.muli %v36, %v2 : i64
              %v352 = llvm.getelementptr %in_dt_bias[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v353 = llvm.load %v352 : !llvm.ptr -> f32
              %v354 = arith.addf %v350, %v353 fastmath<contract> : f32
              %v355 = arith.maximumf %v354, %v51 : f32
              %v356 = llvm.call_intrinsic "llvm.fabs.f32"(%v354) : (f32) -> f32
              %v357 = arith.negf %v356 : f32
              %v358 = arith.mulf %v357, %v208 fastmath<contract> : f32
              %v359 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v358) : (f32) -> f32
              %v360 = arith.addf %v52, %v359 fastmath<contract> : f32
              %v361 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v360) : (f32) -> f32
              %v362 = arith.mulf %v361, %v213 fastmath<contract> : f32
              %v363 = arith.mulf %v215, %v359 fastmath<contract> : f32
              %v364 = arith.addf %v363, %v217 fastmath<contract> : f32
              %v365 = arith.mulf %v364, %v359 fastmath<contract> : f32
              %v366 = arith.addf %v365, %v220 fastmath<contract> : f32
              %v367 = arith.mulf %v366, %v359 fastmath<contract> : f32
              %v368 = arith.addf %v367, %v223 fastmath<contract> : f32
              %v369 = arith.mulf %v368, %v359 fastmath<contract> : f32
              %v370 = arith.addf %v369, %v226 fastmath<contract> : f32
              %v371 = arith.mulf %v370, %v359 fastmath<contract> : f32
              %v372 = arith.addf %v371, %v229 fastmath<contract> : f32
              %v373 = arith.mulf %v372, %v359 fastmath<contract> : f32
              %v374 = arith.addf %v373, %v52 fastmath<contract> : f32
              %v375 = arith.mulf %v374, %v359 fastmath<contract> : f32
              %v376 = llvm.call_intrinsic "llvm.fabs.f32"(%v359) : (f32) -> f32
              %v377 = arith.cmpf olt, %v376, %v235 : f32
              %v378 = arith.select %v377, %v375, %v362 : f32
              %v379 = arith.addf %v355, %v378 fastmath<contract> : f32
              %v380 = arith.negf %v379 : f32
              %v381 = arith.muli %v36, %v2 : i64
              %v382 = llvm.getelementptr %in_A_log[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v383 = llvm.load %v382 : !llvm.ptr -> f32
              %v384 = arith.mulf %v383, %v208 fastmath<contract> : f32
              %v385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v384) : (f32) -> f32
              %v386 = arith.mulf %v380, %v385 fastmath<contract> : f32
              %v387 = arith.mulf %v386, %v208 fastmath<contract> : f32
              %v388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v387) : (f32) -> f32
              %v389 = arith.muli %v38, %v250 : i64
              %v390 = arith.muli %v345, %v249 : i64
              %v391 = arith.addi %v389, %v390 : i64
              %v392 = arith.muli %v36, %v248 : i64
              %v393 = arith.addi %v391, %v392 : i64
              %v394 = arith.muli %v34, %v2 : i64
              %v395 = arith.addi %v393, %v394 : i64
              %v396 = llvm.getelementptr %in_x[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v397 = llvm.load %v396 : !llvm.ptr -> f32
              %v398 = arith.mulf %v379, %v397 fastmath<contract> : f32
              %v399 = arith.negf %v354 : f32
              %v400 = arith.mulf %v399, %v208 fastmath<contract> : f32
              %v401 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v400) : (f32) -> f32
              %v402 = arith.addf %v52, %v401 fastmath<contract> : f32
              %v403 = arith.divf %v52, %v402 : f32
              // the group's states, recomputed into registers
              %v404 = arith.addi %v321, %v53 : i64
              %v405 = arith.minsi %v404, %v324 : i64
              %v406 = arith.addi %v104, %v405 : i64
              %v407, %v408 = gpu.shuffle idx %v388, %v64, %v268 : f32
              %v409, %v410 = gpu.shuffle idx %v398, %v64, %v268 : f32
              %v411 = arith.muli %v38, %v277 : i64
              %v412 = arith.muli %v406, %v276 : i64
              %v413 = arith.addi %v411, %v412 : i64
              %v414 = arith.muli %v24, %v2 : i64
              %v415 = arith.addi %v413, %v414 : i64
              %v416 = llvm.getelementptr %in_Bm[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v417 = llvm.load %v416 : !llvm.ptr -> f32
              %v418 = arith.mulf %v409, %v417 fastmath<contract> : f32
              %v419 = arith.mulf %v407, %v333 fastmath<contract> : f32
              %v420 = arith.addf %v419, %v418 fastmath<contract> : f32
              %v421 = arith.muli %v38, %v277 : i64
              %v422 = arith.muli %v406, %v276 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = arith.constant 8 : i64
              %v425 = arith.addi %v424, %v24 : i64
              %v426 = arith.muli %v425, %v2 : i64
              %v427 = arith.addi %v423, %v426 : i64
              %v428 = llvm.getelementptr %in_Bm[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v429 = llvm.load %v428 : !llvm.ptr -> f32
              %v430 = arith.mulf %v409, %v429 fastmath<contract> : f32
              %v431 = arith.mulf %v407, %v342 fastmath<contract> : f32
              %v432 = arith.addf %v431, %v430 fastmath<contract> : f32
              %v433 = arith.addi %v321, %v2 : i64
              %v434 = arith.minsi %v433, %v324 : i64
              %v435 = arith.addi %v104, %v434 : i64
              %v436, %v437 = gpu.shuffle idx %v388, %v68, %v268 : f32
              %v438, %v439 = gpu.shuffle idx %v398, %v68, %v268 : f32
              %v440 = arith.muli %v38, %v277 : i64
              %v441 = arith.muli %v435, %v276 : i64
              %v442 = arith.addi %v440, %v441 : i64
              %v443 = arith.muli %v24, %v2 : i64
              %v444 = arith.addi %v442, %v443 : i64
              %v445 = llvm.getelementptr %in_Bm[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v446 = llvm.load %v445 : !llvm.ptr -> f32
              %v447 = arith.mulf %v438, %v446 fastmath<contract> : f32
              %v448 = arith.mulf %v436, %v420 fastmath<contract> : f32
              %v449 = arith.addf %v448, %v447 fastmath<contract> : f32
              %v450 = arith.muli %v38, %v277 : i64
              %v451 = arith.muli %v435, %v276 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.constant 8 : i64
              %v454 = arith.addi %v453, %v24 : i64
              %v455 = arith.muli %v454, %v2 : i64
              %v456 = arith.addi %v452, %v455 : i64
              %v457 = llvm.getelementptr %in_Bm[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = arith.mulf %v438, %v458 fastmath<contract> : f32
              %v460 = arith.mulf %v436, %v432 fastmath<contract> : f32
              %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
              %v463 = arith.addi %v321, %v462 : i64
              %v464 = arith.minsi %v463, %v324 : i64
              %v465 = arith.addi %v104, %v464 : i64
              %v466, %v467 = gpu.shuffle idx %v388, %v72, %v268 : f32
              %v468, %v469 = gpu.shuffle idx %v398, %v72, %v268 : f32
              %v470 = arith.muli %v38, %v277 : i64
              %v471 = arith.muli %v465, %v276 : i64
              %v472 = arith.addi %v470, %v471 : i64
              %v473 = arith.muli %v24, %v2 : i64
              %v474 = arith.addi %v472, %v473 : i64
              %v475 = llvm.getelementptr %in_Bm[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v476 = llvm.load %v475 : !llvm.ptr -> f32
              %v477 = arith.mulf %v468, %v476 fastmath<contract> : f32
              %v478 = arith.mulf %v466, %v449 fastmath<contract> : f32
              %v479 = arith.addf %v478, %v477 fastmath<contract> : f32
              %v480 = arith.muli %v38, %v277 : i64
              %v481 = arith.muli %v465, %v276 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = arith.constant 8 : i64
              %v484 = arith.addi %v483, %v24 : i64
              %v485 = arith.muli %v484, %v2 : i64
              %v486 = arith.addi %v482, %v485 : i64
              %v487 = llvm.getelementptr %in_Bm[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v488 = llvm.load %v487 : !llvm.ptr -> f32
              %v489 = arith.mulf %v468, %v488 fastmath<contract> : f32
              %v490 = arith.mulf %v466, %v461 fastmath<contract> : f32
              %v491 = arith.addf %v490, %v489 fastmath<contract> : f32
              %v492 = arith.addi %v321, %v302 : i64
              %v493 = arith.minsi %v492, %v324 : i64
              %v494 = arith.addi %v104, %v493 : i64
              %v495, %v496 = gpu.shuffle idx %v388, %v76, %v268 : f32
              %v497, %v498 = gpu.shuffle idx %v398, %v76, %v268 : f32
              %v499 = arith.muli %v38, %v277 : i64
              %v500 = arith.muli %v494, %v276 : i64
              %v501 = arith.addi %v499, %v500 : i64
              %v502 = arith.muli %v24, %v2 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = llvm.getelementptr %in_Bm[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v505 = llvm.load %v504 : !llvm.ptr -> f32
              %v506 = arith.mulf %v497, %v505 fastmath<contract> : f32
              %v507 = arith.mulf %v495, %v479 fastmath<contract> : f32
              %v508 = arith.addf %v507, %v506 fastmath<contract> : f32
              %v509 = arith.muli %v38, %v277 : i64
              %v510 = arith.muli %v494, %v276 : i64
              %v511 = arith.addi %v509, %v510 : i64
              %v512 = arith.constant 8 : i64
              %v513 = arith.addi %v512, %v24 : i64
              %v514 = arith.muli %v513, %v2 : i64
              %v515 = arith.addi %v511, %v514 : i64
              %v516 = llvm.getelementptr %in_Bm[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v517 = llvm.load %v516 : !llvm.ptr -> f32
              %v518 = arith.mulf %v497, %v517 fastmath<contract> : f32
              %v519 = arith.mulf %v495, %v491 fastmath<contract> : f32
              %v520 = arith.addf %v519, %v518 fastmath<contract> : f32
              %v521 = arith.addi %v321, %v303 : i64
              %v522 = arith.minsi %v521, %v324 : i64
              %v523 = arith.addi %v104, %v522 : i64
              %v524, %v525 = gpu.shuffle idx %v388, %v80, %v268 : f32
              %v526, %v527 = gpu.shuffle idx %v398, %v80, %v268 : f32
              %v528 = arith.muli %v38, %v277 : i64
              %v529 = arith.muli %v523, %v276 : i64
              %v530 = arith.addi %v528, %v529 : i64
              %v531 = arith.muli %v24, %v2 : i64
              %v532 = arith.addi %v530, %v531 : i64
              %v533 = llvm.getelementptr %in_Bm[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v534 = llvm.load %v533 : !llvm.ptr -> f32
              %v535 = arith.mulf %v526, %v534 fastmath<contract> : f32
              %v536 = arith.mulf %v524, %v508 fastmath<contract> : f32
              %v537 = arith.addf %v536, %v535 fastmath<contract> : f32
              %v538 = arith.muli %v38, %v277 : i64
              %v539 = arith.muli %v523, %v276 : i64
              %v540 = arith.addi %v538, %v539 : i64
              %v541 = arith.constant 8 : i64
              %v542 = arith.addi %v541, %v24 : i64
              %v543 = arith.muli %v542, %v2 : i64
              %v544 = arith.addi %v540, %v543 : i64
              %v545 = llvm.getelementptr %in_Bm[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v546 = llvm.load %v545 : !llvm.ptr -> f32
              %v547 = arith.mulf %v526, %v546 fastmath<contract> : f32
              %v548 = arith.mulf %v524, %v520 fastmath<contract> : f32
              %v549 = arith.addf %v548, %v547 fastmath<contract> : f32
              %v551 = arith.addi %v321, %v550 : i64
              %v552 = arith.minsi %v551, %v324 : i64
              %v553 = arith.addi %v104, %v552 : i64
              %v554, %v555 = gpu.shuffle idx %v388, %v84, %v268 : f32
              %v556, %v557 = gpu.shuffle idx %v398, %v84, %v268 : f32
              %v558 = arith.muli %v38, %v277 : i64
              %v559 = arith.muli %v553, %v276 : i64
              %v560 = arith.addi %v558, %v559 : i64
              %v561 = arith.muli %v24, %v2 : i64
              %v562 = arith.addi %v560, %v561 : i64
              %v563 = llvm.getelementptr %in_Bm[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v564 = llvm.load %v563 : !llvm.ptr -> f32
              %v565 = arith.mulf %v556, %v564 fastmath<contract> : f32
              %v566 = arith.mulf %v554, %v537 fastmath<contract> : f32
              %v567 = arith.addf %v566, %v565 fastmath<contract> : f32
              %v568 = arith.muli %v38, %v277 : i64
              %v569 = arith.muli %v553, %v276 : i64
              %v570 = arith.addi %v568, %v569 : i64
              %v571 = arith.constant 8 : i64
              %v572 = arith.addi %v571, %v24 : i64
              %v573 = arith.muli %v572, %v2 : i64
              %v574 = arith.addi %v570, %v573 : i64
              %v575 = llvm.getelementptr %in_Bm[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v576 = llvm.load %v575 : !llvm.ptr -> f32
              %v577 = arith.mulf %v556, %v576 fastmath<contract> : f32
              %v578 = arith.mulf %v554, %v549 fastmath<contract> : f32
              %v579 = arith.addf %v578, %v577 fastmath<contract> : f32
              %v581 = arith.addi %v321, %v580 : i64
              %v582 = arith.minsi %v581, %v324 : i64
              %v583 = arith.addi %v104, %v582 : i64
              %v584, %v585 = gpu.shuffle idx %v388, %v88, %v268 : f32
              %v586, %v587 = gpu.shuffle idx %v398, %v88, %v268 : f32
              %v588 = arith.muli %v38, %v277 : i64
              %v589 = arith.muli %v583, %v276 : i64
              %v590 = arith.addi %v588, %v589 : i64
              %v591 = arith.muli %v24, %v2 : i64
              %v592 = arith.addi %v590, %v591 : i64
              %v593 = llvm.getelementptr %in_Bm[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v594 = llvm.load %v593 : !llvm.ptr -> f32
              %v595 = arith.mulf %v586, %v594 fastmath<contract> : f32
              %v596 = arith.mulf %v584, %v567 fastmath<contract> : f32
              %v597 = arith.addf %v596, %v595 fastmath<contract> : f32
              %v598 = arith.muli %v38, %v277 : i64
              %v599 = arith.muli %v583, %v276 : i64
              %v600 = arith.addi %v598, %v599 : i64
              %v601 = arith.constant 8 : i64
              %v602 = arith.addi %v601, %v24 : i64
              %v603 = arith.muli %v602, %v2 : i64
              %v604 = arith.addi %v600, %v603 : i64
              %v605 = llvm.getelementptr %in_Bm[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v606 = llvm.load %v605 : !llvm.ptr -> f32
              %v607 = arith.mulf %v586, %v606 fastmath<contract> : f32
              %v608 = arith.mulf %v584, %v579 fastmath<contract> : f32
              %v609 = arith.addf %v608, %v607 fastmath<contract> : f32
              %v610 = arith.addi %v321, %v56 : i64
              %v611 = arith.minsi %v610, %v324 : i64
              %v612 = arith.addi %v104, %v611 : i64
              %v613, %v614 = gpu.shuffle idx %v388, %v92, %v268 : f32
              %v615, %v616 = gpu.shuffle idx %v398, %v92, %v268 : f32
              %v617 = arith.muli %v38, %v277 : i64
              %v618 = arith.muli %v612, %v276 : i64
              %v619 = arith.addi %v617, %v618 : i64
              %v620 = arith.muli %v24, %v2 : i64
              %v621 = arith.addi %v619, %v620 : i64
              %v622 = llvm.getelementptr %in_Bm[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v623 = llvm.load %v622 : !llvm.ptr -> f32
              %v624 = arith.mulf %v615, %v623 fastmath<contract> : f32
              %v625 = arith.mulf %v613, %v597 fastmath<contract> : f32
              %v626 = arith.addf %v625, %v624 fastmath<contract> : f32
              %v627 = arith.muli %v38, %v277 : i64
              %v628 = arith.muli %v612, %v276 : i64
              %v629 = arith.addi %v627, %v628 : i64
              %v630 = arith.constant 8 : i64
              %v631 = arith.addi %v630, %v24 : i64
              %v632 = arith.muli %v631, %v2 : i64
              %v633 = arith.addi %v629, %v632 : i64
              %v634 = llvm.getelementptr %in_Bm[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v635 = llvm.load %v634 : !llvm.ptr -> f32
              %v636 = arith.mulf %v615, %v635 fastmath<contract> : f32
              %v637 = arith.mulf %v613, %v609 fastmath<contract> : f32
              %v638 = arith.addf %v637, %v636 fastmath<contract> : f32
              %v640 = arith.shrui %v24, %v53 : i64
              %v641 = arith.andi %v640, %v2 : i64
              %v642 = arith.cmpi ne, %v641, %v53 : i64
              %v643 = arith.shrui %v24, %v2 : i64
              %v644 = arith.andi %v643, %v2 : i64
              %v645 = arith.cmpi ne, %v644, %v53 : i64
              %v646 = arith.shrui %v24, %v462 : i64
              %v647 = arith.andi %v646, %v2 : i64
              %v648 = arith.cmpi ne, %v647, %v53 : i64
              %v649 = arith.addi %v321, %v56 : i64
              %v650 = arith.cmpi slt, %v649, %v106 : i64
              %v651, %v652 = gpu.shuffle idx %v379, %v92, %v268 : f32
              %v653, %v654 = gpu.shuffle idx %v380, %v92, %v268 : f32
              %v655, %v656 = gpu.shuffle idx %v385, %v92, %v268 : f32
              %v657, %v658 = gpu.shuffle idx %v388, %v92, %v268 : f32
              %v659, %v660 = gpu.shuffle idx %v398, %v92, %v268 : f32
              %v661, %v662 = gpu.shuffle idx %v403, %v92, %v268 : f32
              %v663 = arith.addi %v323, %v53 : i64
              llvm.store %v51, %v639 : f32, !llvm.ptr
              scf.if %v650 {
                %v664 = arith.addi %v104, %v649 : i64
                %v665 = arith.muli %v38, %v277 : i64
                %v666 = arith.muli %v664, %v276 : i64
                %v667 = arith.addi %v665, %v666 : i64
                %v668 = arith.muli %v24, %v2 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = llvm.getelementptr %in_Cm[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v671 = llvm.load %v670 : !llvm.ptr -> f32
                %v672 = arith.muli %v38, %v250 : i64
                %v673 = arith.muli %v664, %v249 : i64
                %v674 = arith.addi %v672, %v673 : i64
                %v675 = arith.muli %v36, %v248 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = arith.muli %v34, %v2 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = llvm.getelementptr %dy_y[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v680 = llvm.load %v679 : !llvm.ptr -> f32
                %v681 = arith.mulf %v671, %v680 fastmath<contract> : f32
                %v682 = llvm.load %v40 : !llvm.ptr -> f32
                %v683 = llvm.load %v42 : !llvm.ptr -> f32
                %v684 = arith.mulf %v683, %v682 fastmath<contract> : f32
                %v685 = arith.addf %v681, %v684 fastmath<contract> : f32
                llvm.store %v685, %v40 : f32, !llvm.ptr
                %v686 = arith.muli %v38, %v277 : i64
                %v687 = arith.muli %v664, %v276 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = arith.constant 8 : i64
                %v690 = arith.addi %v689, %v24 : i64
                %v691 = arith.muli %v690, %v2 : i64
                %v692 = arith.addi %v688, %v691 : i64
                %v693 = llvm.getelementptr %in_Cm[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v694 = llvm.load %v693 : !llvm.ptr -> f32
                %v695 = arith.mulf %v694, %v680 fastmath<contract> : f32
                %v696 = llvm.load %v41 : !llvm.ptr -> f32
                %v697 = llvm.load %v43 : !llvm.ptr -> f32
                %v698 = arith.mulf %v697, %v696 fastmath<contract> : f32
                %v699 = arith.addf %v695, %v698 fastmath<contract> : f32
                llvm.store %v699, %v41 : f32, !llvm.ptr
                %v700 = arith.subi %size_L, %v2 : i64
                %v701 = arith.cmpi eq, %v664, %v700 : i64
                scf.if %v701 {
                }
                %v702 = arith.muli %v38, %v250 : i64
                %v703 = arith.muli %v664, %v249 : i64
                %v704 = arith.addi %v702, %v703 : i64
                %v705 = arith.muli %v36, %v248 : i64
                %v706 = arith.addi %v704, %v705 : i64
                %v707 = arith.muli %v34, %v2 : i64
                %v708 = arith.addi %v706, %v707 : i64
                %v709 = llvm.getelementptr %in_x[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v710 = llvm.load %v709 : !llvm.ptr -> f32
                %v711 = arith.muli %v38, %v277 : i64
                %v712 = arith.muli %v664, %v276 : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.muli %v24, %v2 : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = llvm.getelementptr %in_Bm[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v717 = llvm.load %v716 : !llvm.ptr -> f32
                %v718 = llvm.load %v40 : !llvm.ptr -> f32
                %v719 = arith.mulf %v717, %v718 fastmath<contract> : f32
                %v720 = arith.muli %v38, %v277 : i64
                %v721 = arith.muli %v664, %v276 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = arith.constant 8 : i64
                %v724 = arith.addi %v723, %v24 : i64
                %v725 = arith.muli %v724, %v2 : i64
                %v726 = arith.addi %v722, %v725 : i64
                %v727 = llvm.getelementptr %in_Bm[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v728 = llvm.load %v727 : !llvm.ptr -> f32
                %v729 = llvm.load %v41 : !llvm.ptr -> f32
                %v730 = arith.mulf %v728, %v729 fastmath<contract> : f32
                %v731 = arith.addf %v719, %v730 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v733, %v734 = gpu.shuffle xor %v731, %v732, %v268 : f32
                %v735 = arith.addf %v731, %v733 fastmath<contract> : f32
                %v737, %v738 = gpu.shuffle xor %v735, %v736, %v268 : f32
                %v739 = arith.addf %v735, %v737 fastmath<contract> : f32
                %v741, %v742 = gpu.shuffle xor %v739, %v740, %v268 : f32
                %v743 = arith.addf %v739, %v741 fastmath<contract> : f32
                // end sum over the lanes
                %v744 = arith.mulf %v710, %v743 fastmath<contract> : f32
                %v745 = arith.mulf %v597, %v718 fastmath<contract> : f32
                %v746 = arith.mulf %v609, %v729 fastmath<contract> : f32
                %v747 = arith.addf %v745, %v746 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v748, %v749 = gpu.shuffle xor %v747, %v732, %v268 : f32
                %v750 = arith.addf %v747, %v748 fastmath<contract> : f32
                %v751, %v752 = gpu.shuffle xor %v750, %v736, %v268 : f32
                %v753 = arith.addf %v750, %v751 fastmath<contract> : f32
                %v754, %v755 = gpu.shuffle xor %v753, %v740, %v268 : f32
                %v756 = arith.addf %v753, %v754 fastmath<contract> : f32
                // end sum over the lanes
                %v757 = arith.mulf %v655, %v756 fastmath<contract> : f32
                %v758 = arith.mulf %v657, %v757 fastmath<contract> : f32
                %v759 = arith.negf %v758 : f32
                %v760 = arith.addf %v744, %v759 fastmath<contract> : f32
                %v761 = arith.mulf %v760, %v661 fastmath<contract> : f32
                %v762 = arith.select %v28, %v761, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v764, %v765 = gpu.shuffle xor %v762, %v763, %v268 : f32
                %v766 = arith.addf %v762, %v764 fastmath<contract> : f32
                %v768, %v769 = gpu.shuffle xor %v766, %v767, %v268 : f32
                %v770 = arith.addf %v766, %v768 fastmath<contract> : f32
                %v771 = arith.divui %v14, %v16 : i64
                %v772 = arith.remui %v14, %v16 : i64
                %v773 = arith.cmpi ult, %v772, %v2 : i64
                %v774 = arith.muli %v771, %v2 : i64
                %v775 = arith.addi %v774, %v53 : i64
                %v777 = arith.muli %v775, %v776 : i64
                %v778 = arith.addi %v777, %v663 : i64
                scf.if %v773 {
                  %v779 = llvm.getelementptr %v48[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v770, %v779 : f32, !llvm.ptr
                }
                %v780 = arith.mulf %v657, %v756 fastmath<contract> : f32
                %v781 = arith.mulf %v653, %v780 fastmath<contract> : f32
                %v782 = arith.mulf %v655, %v781 fastmath<contract> : f32
                %v783 = llvm.load %v44 : !llvm.ptr -> f32
                %v784 = arith.addf %v783, %v782 fastmath<contract> : f32
                llvm.store %v784, %v44 : f32, !llvm.ptr
                %v785 = arith.mulf %v659, %v718 fastmath<contract> : f32
                scf.if %v28 {
                  %v786 = arith.addi %v53, %v24 : i64
                  %v787 = arith.muli %v30, %v1 : i64
                  %v788 = arith.addi %v787, %v786 : i64
                  %v789 = arith.muli %v788, %size_L : i64
                  %v790 = arith.addi %v789, %v664 : i64
                  %v791 = llvm.getelementptr %part_Bm[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v785, %v791 : f32, !llvm.ptr
                }
                %v792 = arith.mulf %v659, %v729 fastmath<contract> : f32
                scf.if %v28 {
                  %v793 = arith.addi %v23, %v24 : i64
                  %v794 = arith.muli %v30, %v1 : i64
                  %v795 = arith.addi %v794, %v793 : i64
                  %v796 = arith.muli %v795, %size_L : i64
                  %v797 = arith.addi %v796, %v664 : i64
                  %v798 = llvm.getelementptr %part_Bm[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v792, %v798 : f32, !llvm.ptr
                }
                %v799 = arith.mulf %v626, %v680 fastmath<contract> : f32
                scf.if %v28 {
                  %v800 = arith.addi %v53, %v24 : i64
                  %v801 = arith.muli %v30, %v1 : i64
                  %v802 = arith.addi %v801, %v800 : i64
                  %v803 = arith.muli %v802, %size_L : i64
                  %v804 = arith.addi %v803, %v664 : i64
                  %v805 = llvm.getelementptr %part_Cm[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v799, %v805 : f32, !llvm.ptr
                }
                %v806 = arith.mulf %v638, %v680 fastmath<contract> : f32
                scf.if %v28 {
                  %v807 = arith.addi %v23, %v24 : i64
                  %v808 = arith.muli %v30, %v1 : i64
                  %v809 = arith.addi %v808, %v807 : i64
                  %v810 = arith.muli %v809, %size_L : i64
                  %v811 = arith.addi %v810, %v664 : i64
                  %v812 = llvm.getelementptr %part_Cm[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v806, %v812 : f32, !llvm.ptr
                }
                %v813 = llvm.load %v46 : !llvm.ptr -> f32
                %v814 = arith.addf %v813, %v761 fastmath<contract> : f32
                llvm.store %v814, %v46 : f32, !llvm.ptr
                %v815 = arith.addf %v719, %v730 fastmath<contract> : f32
                llvm.store %v815, %v639 : f32, !llvm.ptr
                llvm.store %v657, %v42 : f32, !llvm.ptr
                llvm.store %v657, %v43 : f32, !llvm.ptr
              }
              %v816 = llvm.load %v639 : !llvm.ptr -> f32
              %v817 = arith.addi %v321, %v580 : i64
              %v818 = arith.cmpi slt, %v817, %v106 : i64
              %v819, %v820 = gpu.shuffle idx %v379, %v88, %v268 : f32
              %v821, %v822 = gpu.shuffle idx %v380, %v88, %v268 : f32
              %v823, %v824 = gpu.shuffle idx %v385, %v88, %v268 : f32
              %v825, %v826 = gpu.shuffle idx %v388, %v88, %v268 : f32
              %v827, %v828 = gpu.shuffle idx %v398, %v88, %v268 : f32
              %v829, %v830 = gpu.shuffle idx %v403, %v88, %v268 : f32
              %v831 = arith.addi %v323, %v2 : i64
              llvm.store %v51, %v639 : f32, !llvm.ptr
              scf.if %v818 {
                %v832 = arith.addi %v104, %v817 : i64
                %v833 = arith.muli %v38, %v277 : i64
                %v834 = arith.muli %v832, %v276 : i64
                %v835 = arith.addi %v833, %v834 : i64
                %v836 = arith.muli %v24, %v2 : i64
                %v837 = arith.addi %v835, %v836 : i64
                %v838 = llvm.getelementptr %in_Cm[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v839 = llvm.load %v838 : !llvm.ptr -> f32
                %v840 = arith.muli %v38, %v250 : i64
                %v841 = arith.muli %v832, %v249 : i64
                %v842 = arith.addi %v840, %v841 : i64
                %v843 = arith.muli %v36, %v248 : i64
                %v844 = arith.addi %v842, %v843 : i64
                %v845 = arith.muli %v34, %v2 : i64
                %v846 = arith.addi %v844, %v845 : i64
                %v847 = llvm.getelementptr %dy_y[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v848 = llvm.load %v847 : !llvm.ptr -> f32
                %v849 = arith.mulf %v839, %v848 fastmath<contract> : f32
                %v850 = llvm.load %v40 : !llvm.ptr -> f32
                %v851 = llvm.load %v42 : !llvm.ptr -> f32
                %v852 = arith.mulf %v851, %v850 fastmath<contract> : f32
                %v853 = arith.addf %v849, %v852 fastmath<contract> : f32
                llvm.store %v853, %v40 : f32, !llvm.ptr
                %v854 = arith.muli %v38, %v277 : i64
                %v855 = arith.muli %v832, %v276 : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = arith.constant 8 : i64
                %v858 = arith.addi %v857, %v24 : i64
                %v859 = arith.muli %v858, %v2 : i64
                %v860 = arith.addi %v856, %v859 : i64
                %v861 = llvm.getelementptr %in_Cm[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v862 = llvm.load %v861 : !llvm.ptr -> f32
                %v863 = arith.mulf %v862, %v848 fastmath<contract> : f32
                %v864 = llvm.load %v41 : !llvm.ptr -> f32
                %v865 = llvm.load %v43 : !llvm.ptr -> f32
                %v866 = arith.mulf %v865, %v864 fastmath<contract> : f32
                %v867 = arith.addf %v863, %v866 fastmath<contract> : f32
                llvm.store %v867, %v41 : f32, !llvm.ptr
                %v868 = arith.subi %size_L, %v2 : i64
                %v869 = arith.cmpi eq, %v832, %v868 : i64
                scf.if %v869 {
                }
                %v870 = arith.muli %v38, %v250 : i64
                %v871 = arith.muli %v832, %v249 : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = arith.muli %v36, %v248 : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = arith.muli %v34, %v2 : i64
                %v876 = arith.addi %v874, %v875 : i64
                %v877 = llvm.getelementptr %in_x[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v878 = llvm.load %v877 : !llvm.ptr -> f32
                %v879 = arith.muli %v38, %v277 : i64
                %v880 = arith.muli %v832, %v276 : i64
                %v881 = arith.addi %v879, %v880 : i64
                %v882 = arith.muli %v24, %v2 : i64
                %v883 = arith.addi %v881, %v882 : i64
                %v884 = llvm.getelementptr %in_Bm[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v885 = llvm.load %v884 : !llvm.ptr -> f32
                %v886 = llvm.load %v40 : !llvm.ptr -> f32
                %v887 = arith.mulf %v885, %v886 fastmath<contract> : f32
                %v888 = arith.muli %v38, %v277 : i64
                %v889 = arith.muli %v832, %v276 : i64
                %v890 = arith.addi %v888, %v889 : i64
                %v891 = arith.constant 8 : i64
                %v892 = arith.addi %v891, %v24 : i64
                %v893 = arith.muli %v892, %v2 : i64
                %v894 = arith.addi %v890, %v893 : i64
                %v895 = llvm.getelementptr %in_Bm[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v896 = llvm.load %v895 : !llvm.ptr -> f32
                %v897 = llvm.load %v41 : !llvm.ptr -> f32
                %v898 = arith.mulf %v896, %v897 fastmath<contract> : f32
                %v899 = arith.addf %v887, %v898 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v900, %v901 = gpu.shuffle xor %v899, %v732, %v268 : f32
                %v902 = arith.addf %v899, %v900 fastmath<contract> : f32
                %v903, %v904 = gpu.shuffle xor %v902, %v736, %v268 : f32
                %v905 = arith.addf %v902, %v903 fastmath<contract> : f32
                %v906, %v907 = gpu.shuffle xor %v905, %v740, %v268 : f32
                %v908 = arith.addf %v905, %v906 fastmath<contract> : f32
                // end sum over the lanes
                %v909 = arith.mulf %v878, %v908 fastmath<contract> : f32
                %v910 = arith.mulf %v567, %v886 fastmath<contract> : f32
                %v911 = arith.mulf %v579, %v897 fastmath<contract> : f32
                %v912 = arith.addf %v910, %v911 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v913, %v914 = gpu.shuffle xor %v912, %v732, %v268 : f32
                %v915 = arith.addf %v912, %v913 fastmath<contract> : f32
                %v916, %v917 = gpu.shuffle xor %v915, %v736, %v268 : f32
                %v918 = arith.addf %v915, %v916 fastmath<contract> : f32
                %v919, %v920 = gpu.shuffle xor %v918, %v740, %v268 : f32
                %v921 = arith.addf %v918, %v919 fastmath<contract> : f32
                // end sum over the lanes
                %v922 = arith.mulf %v823, %v921 fastmath<contract> : f32
                %v923 = arith.mulf %v825, %v922 fastmath<contract> : f32
                %v924 = arith.negf %v923 : f32
                %v925 = arith.addf %v909, %v924 fastmath<contract> : f32
                %v926 = arith.mulf %v925, %v829 fastmath<contract> : f32
                %v927 = arith.select %v28, %v926, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v928, %v929 = gpu.shuffle xor %v927, %v763, %v268 : f32
                %v930 = arith.addf %v927, %v928 fastmath<contract> : f32
                %v931, %v932 = gpu.shuffle xor %v930, %v767, %v268 : f32
                %v933 = arith.addf %v930, %v931 fastmath<contract> : f32
                %v934 = arith.divui %v14, %v16 : i64
                %v935 = arith.remui %v14, %v16 : i64
                %v936 = arith.cmpi ult, %v935, %v2 : i64
                %v937 = arith.muli %v934, %v2 : i64
                %v938 = arith.addi %v937, %v53 : i64
                %v939 = arith.muli %v938, %v776 : i64
                %v940 = arith.addi %v939, %v831 : i64
                scf.if %v936 {
                  %v941 = llvm.getelementptr %v48[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v933, %v941 : f32, !llvm.ptr
                }
                %v942 = arith.mulf %v825, %v921 fastmath<contract> : f32
                %v943 = arith.mulf %v821, %v942 fastmath<contract> : f32
                %v944 = arith.mulf %v823, %v943 fastmath<contract> : f32
                %v945 = llvm.load %v44 : !llvm.ptr -> f32
                %v946 = arith.addf %v945, %v944 fastmath<contract> : f32
                llvm.store %v946, %v44 : f32, !llvm.ptr
                %v947 = arith.mulf %v827, %v886 fastmath<contract> : f32
                scf.if %v28 {
                  %v948 = arith.addi %v53, %v24 : i64
                  %v949 = arith.muli %v30, %v1 : i64
                  %v950 = arith.addi %v949, %v948 : i64
                  %v951 = arith.muli %v950, %size_L : i64
                  %v952 = arith.addi %v951, %v832 : i64
                  %v953 = llvm.getelementptr %part_Bm[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v947, %v953 : f32, !llvm.ptr
                }
                %v954 = arith.mulf %v827, %v897 fastmath<contract> : f32
                scf.if %v28 {
                  %v955 = arith.addi %v23, %v24 : i64
                  %v956 = arith.muli %v30, %v1 : i64
                  %v957 = arith.addi %v956, %v955 : i64
                  %v958 = arith.muli %v957, %size_L : i64
                  %v959 = arith.addi %v958, %v832 : i64
                  %v960 = llvm.getelementptr %part_Bm[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v954, %v960 : f32, !llvm.ptr
                }
                %v961 = arith.mulf %v597, %v848 fastmath<contract> : f32
                scf.if %v28 {
                  %v962 = arith.addi %v53, %v24 : i64
                  %v963 = arith.muli %v30, %v1 : i64
                  %v964 = arith.addi %v963, %v962 : i64
                  %v965 = arith.muli %v964, %size_L : i64
                  %v966 = arith.addi %v965, %v832 : i64
                  %v967 = llvm.getelementptr %part_Cm[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v961, %v967 : f32, !llvm.ptr
                }
                %v968 = arith.mulf %v609, %v848 fastmath<contract> : f32
                scf.if %v28 {
                  %v969 = arith.addi %v23, %v24 : i64
                  %v970 = arith.muli %v30, %v1 : i64
                  %v971 = arith.addi %v970, %v969 : i64
                  %v972 = arith.muli %v971, %size_L : i64
                  %v973 = arith.addi %v972, %v832 : i64
                  %v974 = llvm.getelementptr %part_Cm[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v968, %v974 : f32, !llvm.ptr
                }
                %v975 = llvm.load %v46 : !llvm.ptr -> f32
                %v976 = arith.addf %v975, %v926 fastmath<contract> : f32
                llvm.store %v976, %v46 : f32, !llvm.ptr
                %v977 = arith.addf %v887, %v898 fastmath<contract> : f32
                llvm.store %v977, %v639 : f32, !llvm.ptr
                llvm.store %v825, %v42 : f32, !llvm.ptr
                llvm.store %v825, %v43 : f32, !llvm.ptr
              }
              %v978 = llvm.load %v639 : !llvm.ptr -> f32
              %v979 = arith.select %v642, %v978, %v816 : f32
              %v980 = arith.select %v642, %v816, %v978 : f32
              %v981, %v982 = gpu.shuffle xor %v979, %v732, %v268 : f32
              %v983 = arith.addf %v980, %v981 fastmath<contract> : f32
              %v984 = arith.addi %v321, %v550 : i64
              %v985 = arith.cmpi slt, %v984, %v106 : i64
              %v986, %v987 = gpu.shuffle idx %v379, %v84, %v268 : f32
              %v988, %v989 = gpu.shuffle idx %v380, %v84, %v268 : f32
              %v990, %v991 = gpu.shuffle idx %v385, %v84, %v268 : f32
              %v992, %v993 = gpu.shuffle idx %v388, %v84, %v268 : f32
              %v994, %v995 = gpu.shuffle idx %v398, %v84, %v268 : f32
              %v996, %v997 = gpu.shuffle idx %v403, %v84, %v268 : f32
              %v998 = arith.addi %v323, %v462 : i64
              llvm.store %v51, %v639 : f32, !llvm.ptr
              scf.if %v985 {
                %v999 = arith.addi %v104, %v984 : i64
                %v1000 = arith.muli %v38, %v277 : i64
                %v1001 = arith.muli %v999, %v276 : i64
                %v1002 = arith.addi %v1000, %v1001 : i64
                %v1003 = arith.muli %v24, %v2 : i64
                %v1004 = arith.addi %v1002, %v1003 : i64
                %v1005 = llvm.getelementptr %in_Cm[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
                %v1007 = arith.muli %v38, %v250 : i64
                %v1008 = arith.muli %v999, %v249 : i64
                %v1009 = arith.addi %v1007, %v1008 : i64
                %v1010 = arith.muli %v36, %v248 : i64
                %v1011 = arith.addi %v1009, %v1010 : i64
                %v1012 = arith.muli %v34, %v2 : i64
                %v1013 = arith.addi %v1011, %v1012 : i64
                %v1014 = llvm.getelementptr %dy_y[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1015 = llvm.load %v1014 : !llvm.ptr -> f32
                %v1016 = arith.mulf %v1006, %v1015 fastmath<contract> : f32
                %v1017 = llvm.load %v40 : !llvm.ptr -> f32
                %v1018 = llvm.load %v42 : !llvm.ptr -> f32
                %v1019 = arith.mulf %v1018, %v1017 fastmath<contract> : f32
                %v1020 = arith.addf %v1016, %v1019 fastmath<contract> : f32
                llvm.store %v1020, %v40 : f32, !llvm.ptr
                %v1021 = arith.muli %v38, %v277 : i64
                %v1022 = arith.muli %v999, %v276 : i64
                %v1023 = arith.addi %v1021, %v1022 : i64
                %v1024 = arith.constant 8 : i64
                %v1025 = arith.addi %v1024, %v24 : i64
                %v1026 = arith.muli %v1025, %v2 : i64
                %v1027 = arith.addi %v1023, %v1026 : i64
                %v1028 = llvm.getelementptr %in_Cm[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1029 = llvm.load %v1028 : !llvm.ptr -> f32
                %v1030 = arith.mulf %v1029, %v1015 fastmath<contract> : f32
                %v1031 = llvm.load %v41 : !llvm.ptr -> f32
                %v1032 = llvm.load %v43 : !llvm.ptr -> f32
                %v1033 = arith.mulf %v1032, %v1031 fastmath<contract> : f32
                %v1034 = arith.addf %v1030, %v1033 fastmath<contract> : f32
                llvm.store %v1034, %v41 : f32, !llvm.ptr
                %v1035 = arith.subi %size_L, %v2 : i64
                %v1036 = arith.cmpi eq, %v999, %v1035 : i64
                scf.if %v1036 {
                }
                %v1037 = arith.muli %v38, %v250 : i64
                %v1038 = arith.muli %v999, %v249 : i64
                %v1039 = arith.addi %v1037, %v1038 : i64
                %v1040 = arith.muli %v36, %v248 : i64
                %v1041 = arith.addi %v1039, %v1040 : i64
                %v1042 = arith.muli %v34, %v2 : i64
                %v1043 = arith.addi %v1041, %v1042 : i64
                %v1044 = llvm.getelementptr %in_x[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1045 = llvm.load %v1044 : !llvm.ptr -> f32
                %v1046 = arith.muli %v38, %v277 : i64
                %v1047 = arith.muli %v999, %v276 : i64
                %v1048 = arith.addi %v1046, %v1047 : i64
                %v1049 = arith.muli %v24, %v2 : i64
                %v1050 = arith.addi %v1048, %v1049 : i64
                %v1051 = llvm.getelementptr %in_Bm[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1052 = llvm.load %v1051 : !llvm.ptr -> f32
                %v1053 = llvm.load %v40 : !llvm.ptr -> f32
                %v1054 = arith.mulf %v1052, %v1053 fastmath<contract> : f32
                %v1055 = arith.muli %v38, %v277 : i64
                %v1056 = arith.muli %v999, %v276 : i64
                %v1057 = arith.addi %v1055, %v1056 : i64
                %v1058 = arith.constant 8 : i64
                %v1059 = arith.addi %v1058, %v24 : i64
                %v1060 = arith.muli %v1059, %v2 : i64
                %v1061 = arith.addi %v1057, %v1060 : i64
                %v1062 = llvm.getelementptr %in_Bm[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1063 = llvm.load %v1062 : !llvm.ptr -> f32
                %v1064 = llvm.load %v41 : !llvm.ptr -> f32
                %v1065 = arith.mulf %v1063, %v1064 fastmath<contract> : f32
                %v1066 = arith.addf %v1054, %v1065 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1067, %v1068 = gpu.shuffle xor %v1066, %v732, %v268 : f32
                %v1069 = arith.addf %v1066, %v1067 fastmath<contract> : f32
                %v1070, %v1071 = gpu.shuffle xor %v1069, %v736, %v268 : f32
                %v1072 = arith.addf %v1069, %v1070 fastmath<contract> : f32
                %v1073, %v1074 = gpu.shuffle xor %v1072, %v740, %v268 : f32
                %v1075 = arith.addf %v1072, %v1073 fastmath<contract> : f32
                // end sum over the lanes
                %v1076 = arith.mulf %v1045, %v1075 fastmath<contract> : f32
                %v1077 = arith.mulf %v537, %v1053 fastmath<contract> : f32
                %v1078 = arith.mulf %v549, %v1064 fastmath<contract> : f32
                %v1079 = arith.addf %v1077, %v1078 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1080, %v1081 = gpu.shuffle xor %v1079, %v732, %v268 : f32
                %v1082 = arith.addf %v1079, %v1080 fastmath<contract> : f32
                %v1083, %v1084 = gpu.shuffle xor %v1082, %v736, %v268 : f32
                %v1085 = arith.addf %v1082, %v1083 fastmath<contract> : f32
                %v1086, %v1087 = gpu.shuffle xor %v1085, %v740, %v268 : f32
                %v1088 = arith.addf %v1085, %v1086 fastmath<contract> : f32
                // end sum over the lanes
                %v1089 = arith.mulf %v990, %v1088 fastmath<contract> : f32
                %v1090 = arith.mulf %v992, %v1089 fastmath<contract> : f32
                %v1091 = arith.negf %v1090 : f32
                %v1092 = arith.addf %v1076, %v1091 fastmath<contract> : f32
                %v1093 = arith.mulf %v1092, %v996 fastmath<contract> : f32
                %v1094 = arith.select %v28, %v1093, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1095, %v1096 = gpu.shuffle xor %v1094, %v763, %v268 : f32
                %v1097 = arith.addf %v1094, %v1095 fastmath<contract> : f32
                %v1098, %v1099 = gpu.shuffle xor %v1097, %v767, %v268 : f32
                %v1100 = arith.addf %v1097, %v1098 fastmath<contract> : f32
                %v1101 = arith.divui %v14, %v16 : i64
                %v1102 = arith.remui %v14, %v16 : i64
                %v1103 = arith.cmpi ult, %v1102, %v2 : i64
                %v1104 = arith.muli %v1101, %v2 : i64
                %v1105 = arith.addi %v1104, %v53 : i64
                %v1106 = arith.muli %v1105, %v776 : i64
                %v1107 = arith.addi %v1106, %v998 : i64
                scf.if %v1103 {
                  %v1108 = llvm.getelementptr %v48[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1100, %v1108 : f32, !llvm.ptr
                }
                %v1109 = arith.mulf %v992, %v1088 fastmath<contract> : f32
                %v1110 = arith.mulf %v988, %v1109 fastmath<contract> : f32
                %v1111 = arith.mulf %v990, %v1110 fastmath<contract> : f32
                %v1112 = llvm.load %v44 : !llvm.ptr -> f32
                %v1113 = arith.addf %v1112, %v1111 fastmath<contract> : f32
                llvm.store %v1113, %v44 : f32, !llvm.ptr
                %v1114 = arith.mulf %v994, %v1053 fastmath<contract> : f32
                scf.if %v28 {
                  %v1115 = arith.addi %v53, %v24 : i64
                  %v1116 = arith.muli %v30, %v1 : i64
                  %v1117 = arith.addi %v1116, %v1115 : i64
                  %v1118 = arith.muli %v1117, %size_L : i64
                  %v1119 = arith.addi %v1118, %v999 : i64
                  %v1120 = llvm.getelementptr %part_Bm[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1114, %v1120 : f32, !llvm.ptr
                }
                %v1121 = arith.mulf %v994, %v1064 fastmath<contract> : f32
                scf.if %v28 {
                  %v1122 = arith.addi %v23, %v24 : i64
                  %v1123 = arith.muli %v30, %v1 : i64
                  %v1124 = arith.addi %v1123, %v1122 : i64
                  %v1125 = arith.muli %v1124, %size_L : i64
                  %v1126 = arith.addi %v1125, %v999 : i64
                  %v1127 = llvm.getelementptr %part_Bm[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1121, %v1127 : f32, !llvm.ptr
                }
                %v1128 = arith.mulf %v567, %v1015 fastmath<contract> : f32
                scf.if %v28 {
                  %v1129 = arith.addi %v53, %v24 : i64
                  %v1130 = arith.muli %v30, %v1 : i64
                  %v1131 = arith.addi %v1130, %v1129 : i64
                  %v1132 = arith.muli %v1131, %size_L : i64
                  %v1133 = arith.addi %v1132, %v999 : i64
                  %v1134 = llvm.getelementptr %part_Cm[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1128, %v1134 : f32, !llvm.ptr
                }
                %v1135 = arith.mulf %v579, %v1015 fastmath<contract> : f32
                scf.if %v28 {
                  %v1136 = arith.addi %v23, %v24 : i64
                  %v1137 = arith.muli %v30, %v1 : i64
                  %v1138 = arith.addi %v1137, %v1136 : i64
                  %v1139 = arith.muli %v1138, %size_L : i64
                  %v1140 = arith.addi %v1139, %v999 : i64
                  %v1141 = llvm.getelementptr %part_Cm[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1135, %v1141 : f32, !llvm.ptr
                }
                %v1142 = llvm.load %v46 : !llvm.ptr -> f32
                %v1143 = arith.addf %v1142, %v1093 fastmath<contract> : f32
                llvm.store %v1143, %v46 : f32, !llvm.ptr
                %v1144 = arith.addf %v1054, %v1065 fastmath<contract> : f32
                llvm.store %v1144, %v639 : f32, !llvm.ptr
                llvm.store %v992, %v42 : f32, !llvm.ptr
                llvm.store %v992, %v43 : f32, !llvm.ptr
              }
              %v1145 = llvm.load %v639 : !llvm.ptr -> f32
              %v1146 = arith.addi %v321, %v303 : i64
              %v1147 = arith.cmpi slt, %v1146, %v106 : i64
              %v1148, %v1149 = gpu.shuffle idx %v379, %v80, %v268 : f32
              %v1150, %v1151 = gpu.shuffle idx %v380, %v80, %v268 : f32
              %v1152, %v1153 = gpu.shuffle idx %v385, %v80, %v268 : f32
              %v1154, %v1155 = gpu.shuffle idx %v388, %v80, %v268 : f32
              %v1156, %v1157 = gpu.shuffle idx %v398, %v80, %v268 : f32
              %v1158, %v1159 = gpu.shuffle idx %v403, %v80, %v268 : f32
              %v1160 = arith.addi %v323, %v302 : i64
              llvm.store %v51, %v639 : f32, !llvm.ptr
              scf.if %v1147 {
                %v1161 = arith.addi %v104, %v1146 : i64
                %v1162 = arith.muli %v38, %v277 : i64
                %v1163 = arith.muli %v1161, %v276 : i64
                %v1164 = arith.addi %v1162, %v1163 : i64
                %v1165 = arith.muli %v24, %v2 : i64
                %v1166 = arith.addi %v1164, %v1165 : i64
                %v1167 = llvm.getelementptr %in_Cm[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
                %v1169 = arith.muli %v38, %v250 : i64
                %v1170 = arith.muli %v1161, %v249 : i64
                %v1171 = arith.addi %v1169, %v1170 : i64
                %v1172 = arith.muli %v36, %v248 : i64
                %v1173 = arith.addi %v1171, %v1172 : i64
                %v1174 = arith.muli %v34, %v2 : i64
                %v1175 = arith.addi %v1173, %v1174 : i64
                %v1176 = llvm.getelementptr %dy_y[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                %v1178 = arith.mulf %v1168, %v1177 fastmath<contract> : f32
                %v1179 = llvm.load %v40 : !llvm.ptr -> f32
                %v1180 = llvm.load %v42 : !llvm.ptr -> f32
                %v1181 = arith.mulf %v1180, %v1179 fastmath<contract> : f32
                %v1182 = arith.addf %v1178, %v1181 fastmath<contract> : f32
                llvm.store %v1182, %v40 : f32, !llvm.ptr
                %v1183 = arith.muli %v38, %v277 : i64
                %v1184 = arith.muli %v1161, %v276 : i64
                %v1185 = arith.addi %v1183, %v1184 : i64
                %v1186 = arith.constant 8 : i64
                %v1187 = arith.addi %v1186, %v24 : i64
                %v1188 = arith.muli %v1187, %v2 : i64
                %v1189 = arith.addi %v1185, %v1188 : i64
                %v1190 = llvm.getelementptr %in_Cm[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
                %v1192 = arith.mulf %v1191, %v1177 fastmath<contract> : f32
                %v1193 = llvm.load %v41 : !llvm.ptr -> f32
                %v1194 = llvm.load %v43 : !llvm.ptr -> f32
                %v1195 = arith.mulf %v1194, %v1193 fastmath<contract> : f32
                %v1196 = arith.addf %v1192, %v1195 fastmath<contract> : f32
                llvm.store %v1196, %v41 : f32, !llvm.ptr
                %v1197 = arith.subi %size_L, %v2 : i64
                %v1198 = arith.cmpi eq, %v1161, %v1197 : i64
                scf.if %v1198 {
                }
                %v1199 = arith.muli %v38, %v250 : i64
                %v1200 = arith.muli %v1161, %v249 : i64
                %v1201 = arith.addi %v1199, %v1200 : i64
                %v1202 = arith.muli %v36, %v248 : i64
                %v1203 = arith.addi %v1201, %v1202 : i64
                %v1204 = arith.muli %v34, %v2 : i64
                %v1205 = arith.addi %v1203, %v1204 : i64
                %v1206 = llvm.getelementptr %in_x[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
                %v1208 = arith.muli %v38, %v277 : i64
                %v1209 = arith.muli %v1161, %v276 : i64
                %v1210 = arith.addi %v1208, %v1209 : i64
                %v1211 = arith.muli %v24, %v2 : i64
                %v1212 = arith.addi %v1210, %v1211 : i64
                %v1213 = llvm.getelementptr %in_Bm[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
                %v1215 = llvm.load %v40 : !llvm.ptr -> f32
                %v1216 = arith.mulf %v1214, %v1215 fastmath<contract> : f32
                %v1217 = arith.muli %v38, %v277 : i64
                %v1218 = arith.muli %v1161, %v276 : i64
                %v1219 = arith.addi %v1217, %v1218 : i64
                %v1220 = arith.constant 8 : i64
                %v1221 = arith.addi %v1220, %v24 : i64
                %v1222 = arith.muli %v1221, %v2 : i64
                %v1223 = arith.addi %v1219, %v1222 : i64
                %v1224 = llvm.getelementptr %in_Bm[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
                %v1226 = llvm.load %v41 : !llvm.ptr -> f32
                %v1227 = arith.mulf %v1225, %v1226 fastmath<contract> : f32
                %v1228 = arith.addf %v1216, %v1227 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1229, %v1230 = gpu.shuffle xor %v1228, %v732, %v268 : f32
                %v1231 = arith.addf %v1228, %v1229 fastmath<contract> : f32
                %v1232, %v1233 = gpu.shuffle xor %v1231, %v736, %v268 : f32
                %v1234 = arith.addf %v1231, %v1232 fastmath<contract> : f32
                %v1235, %v1236 = gpu.shuffle xor %v1234, %v740, %v268 : f32
                %v1237 = arith.addf %v1234, %v1235 fastmath<contract> : f32
                // end sum over the lanes
                %v1238 = arith.mulf %v1207, %v1237 fastmath<contract> : f32
                %v1239 = arith.mulf %v508, %v1215 fastmath<contract> : f32
                %v1240 = arith.mulf %v520, %v1226 fastmath<contract> : f32
                %v1241 = arith.addf %v1239, %v1240 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1242, %v1243 = gpu.shuffle xor %v1241, %v732, %v268 : f32
                %v1244 = arith.addf %v1241, %v1242 fastmath<contract> : f32
                %v1245, %v1246 = gpu.shuffle xor %v1244, %v736, %v268 : f32
                %v1247 = arith.addf %v1244, %v1245 fastmath<contract> : f32
                %v1248, %v1249 = gpu.shuffle xor %v1247, %v740, %v268 : f32
                %v1250 = arith.addf %v1247, %v1248 fastmath<contract> : f32
                // end sum over the lanes
                %v1251 = arith.mulf %v1152, %v1250 fastmath<contract> : f32
                %v1252 = arith.mulf %v1154, %v1251 fastmath<contract> : f32
                %v1253 = arith.negf %v1252 : f32
                %v1254 = arith.addf %v1238, %v1253 fastmath<contract> : f32
                %v1255 = arith.mulf %v1254, %v1158 fastmath<contract> : f32
                %v1256 = arith.select %v28, %v1255, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1257, %v1258 = gpu.shuffle xor %v1256, %v763, %v268 : f32
                %v1259 = arith.addf %v1256, %v1257 fastmath<contract> : f32
                %v1260, %v1261 = gpu.shuffle xor %v1259, %v767, %v268 : f32
                %v1262 = arith.addf %v1259, %v1260 fastmath<contract> : f32
                %v1263 = arith.divui %v14, %v16 : i64
                %v1264 = arith.remui %v14, %v16 : i64
                %v1265 = arith.cmpi ult, %v1264, %v2 : i64
                %v1266 = arith.muli %v1263, %v2 : i64
                %v1267 = arith.addi %v1266, %v53 : i64
                %v1268 = arith.muli %v1267, %v776 : i64
                %v1269 = arith.addi %v1268, %v1160 : i64
                scf.if %v1265 {
                  %v1270 = llvm.getelementptr %v48[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1262, %v1270 : f32, !llvm.ptr
                }
                %v1271 = arith.mulf %v1154, %v1250 fastmath<contract> : f32
                %v1272 = arith.mulf %v1150, %v1271 fastmath<contract> : f32
                %v1273 = arith.mulf %v1152, %v1272 fastmath<contract> : f32
                %v1274 = llvm.load %v44 : !llvm.ptr -> f32
                %v1275 = arith.addf %v1274, %v1273 fastmath<contract> : f32
                llvm.store %v1275, %v44 : f32, !llvm.ptr
                %v1276 = arith.mulf %v1156, %v1215 fastmath<contract> : f32
                scf.if %v28 {
                  %v1277 = arith.addi %v53, %v24 : i64
                  %v1278 = arith.muli %v30, %v1 : i64
                  %v1279 = arith.addi %v1278, %v1277 : i64
                  %v1280 = arith.muli %v1279, %size_L : i64
                  %v1281 = arith.addi %v1280, %v1161 : i64
                  %v1282 = llvm.getelementptr %part_Bm[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1276, %v1282 : f32, !llvm.ptr
                }
                %v1283 = arith.mulf %v1156, %v1226 fastmath<contract> : f32
                scf.if %v28 {
                  %v1284 = arith.addi %v23, %v24 : i64
                  %v1285 = arith.muli %v30, %v1 : i64
                  %v1286 = arith.addi %v1285, %v1284 : i64
                  %v1287 = arith.muli %v1286, %size_L : i64
                  %v1288 = arith.addi %v1287, %v1161 : i64
                  %v1289 = llvm.getelementptr %part_Bm[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1283, %v1289 : f32, !llvm.ptr
                }
                %v1290 = arith.mulf %v537, %v1177 fastmath<contract> : f32
                scf.if %v28 {
                  %v1291 = arith.addi %v53, %v24 : i64
                  %v1292 = arith.muli %v30, %v1 : i64
                  %v1293 = arith.addi %v1292, %v1291 : i64
                  %v1294 = arith.muli %v1293, %size_L : i64
                  %v1295 = arith.addi %v1294, %v1161 : i64
                  %v1296 = llvm.getelementptr %part_Cm[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1290, %v1296 : f32, !llvm.ptr
                }
                %v1297 = arith.mulf %v549, %v1177 fastmath<contract> : f32
                scf.if %v28 {
                  %v1298 = arith.addi %v23, %v24 : i64
                  %v1299 = arith.muli %v30, %v1 : i64
                  %v1300 = arith.addi %v1299, %v1298 : i64
                  %v1301 = arith.muli %v1300, %size_L : i64
                  %v1302 = arith.addi %v1301, %v1161 : i64
                  %v1303 = llvm.getelementptr %part_Cm[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1297, %v1303 : f32, !llvm.ptr
                }
                %v1304 = llvm.load %v46 : !llvm.ptr -> f32
                %v1305 = arith.addf %v1304, %v1255 fastmath<contract> : f32
                llvm.store %v1305, %v46 : f32, !llvm.ptr
                %v1306 = arith.addf %v1216, %v1227 fastmath<contract> : f32
                llvm.store %v1306, %v639 : f32, !llvm.ptr
                llvm.store %v1154, %v42 : f32, !llvm.ptr
                llvm.store %v1154, %v43 : f32, !llvm.ptr
              }
              %v1307 = llvm.load %v639 : !llvm.ptr -> f32
              %v1308 = arith.select %v642, %v1307, %v1145 : f32
              %v1309 = arith.select %v642, %v1145, %v1307 : f32
              %v1310, %v1311 = gpu.shuffle xor %v1308, %v732, %v268 : f32
              %v1312 = arith.addf %v1309, %v1310 fastmath<contract> : f32
              %v1313 = arith.select %v645, %v1312, %v983 : f32
              %v1314 = arith.select %v645, %v983, %v1312 : f32
              %v1315, %v1316 = gpu.shuffle xor %v1313, %v736, %v268 : f32
              %v1317 = arith.addf %v1314, %v1315 fastmath<contract> : f32
              %v1318 = arith.addi %v321, %v302 : i64
              %v1319 = arith.cmpi slt, %v1318, %v106 : i64
              %v1320, %v1321 = gpu.shuffle idx %v379, %v76, %v268 : f32
              %v1322, %v1323 = gpu.shuffle idx %v380, %v76, %v268 : f32
              %v1324, %v1325 = gpu.shuffle idx %v385, %v76, %v268 : f32
              %v1326, %v1327 = gpu.shuffle idx %v388, %v76, %v268 : f32
              %v1328, %v1329 = gpu.shuffle idx %v398, %v76, %v268 : f32
              %v1330, %v1331 = gpu.shuffle idx %v403, %v76, %v268 : f32
              %v1332 = arith.addi %v323, %v303 : i64
              llvm.store %v51, %v639 : f32, !llvm.ptr
              scf.if %v1319 {
                %v1333 = arith.addi %v104, %v1318 : i64
                %v1334 = arith.muli %v38, %v277 : i64
                %v1335 = arith.muli %v1333, %v276 : i64
                %v1336 = arith.addi %v1334, %v1335 : i64
                %v1337 = arith.muli %v24, %v2 : i64
                %v1338 = arith.addi %v1336, %v1337 : i64
                %v1339 = llvm.getelementptr %in_Cm[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
                %v1341 = arith.muli %v38, %v250 : i64
                %v1342 = arith.muli %v1333, %v249 : i64
                %v1343 = arith.addi %v1341, %v1342 : i64
                %v1344 = arith.muli %v36, %v248 : i64
                %v1345 = arith.addi %v1343, %v1344 : i64
                %v1346 = arith.muli %v34, %v2 : i64
                %v1347 = arith.addi %v1345, %v1346 : i64
                %v1348 = llvm.getelementptr %dy_y[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1349 = llvm.load %v1348 : !llvm.ptr -> f32
                %v1350 = arith.mulf %v1340, %v1349 fastmath<contract> : f32
                %v1351 = llvm.load %v40 : !llvm.ptr -> f32
                %v1352 = llvm.load %v42 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v1352, %v1351 fastmath<contract> : f32
                %v1354 = arith.addf %v1350, %v1353 fastmath<contract> : f32
                llvm.store %v1354, %v40 : f32, !llvm.ptr
                %v1355 = arith.muli %v38, %v277 : i64
                %v1356 = arith.muli %v1333, %v276 : i64
                %v1357 = arith.addi %v1355, %v1356 : i64
                %v1358 = arith.constant 8 : i64
                %v1359 = arith.addi %v1358, %v24 : i64
                %v1360 = arith.muli %v1359, %v2 : i64
                %v1361 = arith.addi %v1357, %v1360 : i64
                %v1362 = llvm.getelementptr %in_Cm[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
                %v1364 = arith.mulf %v1363, %v1349 fastmath<contract> : f32
                %v1365 = llvm.load %v41 : !llvm.ptr -> f32
                %v1366 = llvm.load %v43 : !llvm.ptr -> f32
                %v1367 = arith.mulf %v1366, %v1365 fastmath<contract> : f32
                %v1368 = arith.addf %v1364, %v1367 fastmath<contract> : f32
                llvm.store %v1368, %v41 : f32, !llvm.ptr
                %v1369 = arith.subi %size_L, %v2 : i64
                %v1370 = arith.cmpi eq, %v1333, %v1369 : i64
                scf.if %v1370 {
                }
                %v1371 = arith.muli %v38, %v250 : i64
                %v1372 = arith.muli %v1333, %v249 : i64
                %v1373 = arith.addi %v1371, %v1372 : i64
                %v1374 = arith.muli %v36, %v248 : i64
                %v1375 = arith.addi %v1373, %v1374 : i64
                %v1376 = arith.muli %v34, %v2 : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = llvm.getelementptr %in_x[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1379 = llvm.load %v1378 : !llvm.ptr -> f32
                %v1380 = arith.muli %v38, %v277 : i64
                %v1381 = arith.muli %v1333, %v276 : i64
                %v1382 = arith.addi %v1380, %v1381 : i64
                %v1383 = arith.muli %v24, %v2 : i64
                %v1384 = arith.addi %v1382, %v1383 : i64
                %v1385 = llvm.getelementptr %in_Bm[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1386 = llvm.load %v1385 : !llvm.ptr -> f32
                %v1387 = llvm.load %v40 : !llvm.ptr -> f32
                %v1388 = arith.mulf %v1386, %v1387 fastmath<contract> : f32
                %v1389 = arith.muli %v38, %v277 : i64
                %v1390 = arith.muli %v1333, %v276 : i64
                %v1391 = arith.addi %v1389, %v1390 : i64
                %v1392 = arith.constant 8 : i64
                %v1393 = arith.addi %v1392, %v24 : i64
                %v1394 = arith.muli %v1393, %v2 : i64
                %v1395 = arith.addi %v1391, %v1394 : i64
                %v1396 = llvm.getelementptr %in_Bm[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                %v1398 = llvm.load %v41 : !llvm.ptr -> f32
                %v1399 = arith.mulf %v1397, %v1398 fastmath<contract> : f32
                %v1400 = arith.addf %v1388, %v1399 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1401, %v1402 = gpu.shuffle xor %v1400, %v732, %v268 : f32
                %v1403 = arith.addf %v1400, %v1401 fastmath<contract> : f32
                %v1404, %v1405 = gpu.shuffle xor %v1403, %v736, %v268 : f32
                %v1406 = arith.addf %v1403, %v1404 fastmath<contract> : f32
                %v1407, %v1408 = gpu.shuffle xor %v1406, %v740, %v268 : f32
                %v1409 = arith.addf %v1406, %v1407 fastmath<contract> : f32
                // end sum over the lanes
                %v1410 = arith.mulf %v1379, %v1409 fastmath<contract> : f32
                %v1411 = arith.mulf %v479, %v1387 fastmath<contract> : f32
                %v1412 = arith.mulf %v491, %v1398 fastmath<contract> : f32
                %v1413 = arith.addf %v1411, %v1412 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1414, %v1415 = gpu.shuffle xor %v1413, %v732, %v268 : f32
                %v1416 = arith.addf %v1413, %v1414 fastmath<contract> : f32
                %v1417, %v1418 = gpu.shuffle xor %v1416, %v736, %v268 : f32
                %v1419 = arith.addf %v1416, %v1417 fastmath<contract> : f32
                %v1420, %v1421 = gpu.shuffle xor %v1419, %v740, %v268 : f32
                %v1422 = arith.addf %v1419, %v1420 fastmath<contract> : f32
                // end sum over the lanes
                %v1423 = arith.mulf %v1324, %v1422 fastmath<contract> : f32
                %v1424 = arith.mulf %v1326, %v1423 fastmath<contract> : f32
                %v1425 = arith.negf %v1424 : f32
                %v1426 = arith.addf %v1410, %v1425 fastmath<contract> : f32
                %v1427 = arith.mulf %v1426, %v1330 fastmath<contract> : f32
                %v1428 = arith.select %v28, %v1427, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1429, %v1430 = gpu.shuffle xor %v1428, %v763, %v268 : f32
                %v1431 = arith.addf %v1428, %v1429 fastmath<contract> : f32
                %v1432, %v1433 = gpu.shuffle xor %v1431, %v767, %v268 : f32
                %v1434 = arith.addf %v1431, %v1432 fastmath<contract> : f32
                %v1435 = arith.divui %v14, %v16 : i64
                %v1436 = arith.remui %v14, %v16 : i64
                %v1437 = arith.cmpi ult, %v1436, %v2 : i64
                %v1438 = arith.muli %v1435, %v2 : i64
                %v1439 = arith.addi %v1438, %v53 : i64
                %v1440 = arith.muli %v1439, %v776 : i64
                %v1441 = arith.addi %v1440, %v1332 : i64
                scf.if %v1437 {
                  %v1442 = llvm.getelementptr %v48[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1434, %v1442 : f32, !llvm.ptr
                }
                %v1443 = arith.mulf %v1326, %v1422 fastmath<contract> : f32
                %v1444 = arith.mulf %v1322, %v1443 fastmath<contract> : f32
                %v1445 = arith.mulf %v1324, %v1444 fastmath<contract> : f32
                %v1446 = llvm.load %v44 : !llvm.ptr -> f32
                %v1447 = arith.addf %v1446, %v1445 fastmath<contract> : f32
                llvm.store %v1447, %v44 : f32, !llvm.ptr
                %v1448 = arith.mulf %v1328, %v1387 fastmath<contract> : f32
                scf.if %v28 {
                  %v1449 = arith.addi %v53, %v24 : i64
                  %v1450 = arith.muli %v30, %v1 : i64
                  %v1451 = arith.addi %v1450, %v1449 : i64
                  %v1452 = arith.muli %v1451, %size_L : i64
                  %v1453 = arith.addi %v1452, %v1333 : i64
                  %v1454 = llvm.getelementptr %part_Bm[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1448, %v1454 : f32, !llvm.ptr
                }
                %v1455 = arith.mulf %v1328, %v1398 fastmath<contract> : f32
                scf.if %v28 {
                  %v1456 = arith.addi %v23, %v24 : i64
                  %v1457 = arith.muli %v30, %v1 : i64
                  %v1458 = arith.addi %v1457, %v1456 : i64
                  %v1459 = arith.muli %v1458, %size_L : i64
                  %v1460 = arith.addi %v1459, %v1333 : i64
                  %v1461 = llvm.getelementptr %part_Bm[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1455, %v1461 : f32, !llvm.ptr
                }
                %v1462 = arith.mulf %v508, %v1349 fastmath<contract> : f32
                scf.if %v28 {
                  %v1463 = arith.addi %v53, %v24 : i64
                  %v1464 = arith.muli %v30, %v1 : i64
                  %v1465 = arith.addi %v1464, %v1463 : i64
                  %v1466 = arith.muli %v1465, %size_L : i64
                  %v1467 = arith.addi %v1466, %v1333 : i64
                  %v1468 = llvm.getelementptr %part_Cm[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1462, %v1468 : f32, !llvm.ptr
                }
                %v1469 = arith.mulf %v520, %v1349 fastmath<contract> : f32
                scf.if %v28 {
                  %v1470 = arith.addi %v23, %v24 : i64
                  %v1471 = arith.muli %v30, %v1 : i64
                  %v1472 = arith.addi %v1471, %v1470 : i64
                  %v1473 = arith.muli %v1472, %size_L : i64
                  %v1474 = arith.addi %v1473, %v1333 : i64
                  %v1475 = llvm.getelementptr %part_Cm[%v1474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1469, %v1475 : f32, !llvm.ptr
                }
                %v1476 = llvm.load %v46 : !llvm.ptr -> f32
                %v1477 = arith.addf %v1476, %v1427 fastmath<contract> : f32
                llvm.store %v1477, %v46 : f32, !llvm.ptr
                %v1478 = arith.addf %v1388, %v1399 fastmath<contract> : f32
                llvm.store %v1478, %v639 : f32, !llvm.ptr
                llvm.store %v1326, %v42 : f32, !llvm.ptr
                llvm.store %v1326, %v43 : f32, !llvm.ptr
              }
              %v1479 = llvm.load %v639 : !llvm.ptr -> f32
              %v1480 = arith.addi %v321, %v462 : i64
              %v1481 = arith.cmpi slt, %v1480, %v106 : i64
              %v1482, %v1483 = gpu.shuffle idx %v379, %v72, %v268 : f32
              %v1484, %v1485 = gpu.shuffle idx %v380, %v72, %v268 : f32
              %v1486, %v1487 = gpu.shuffle idx %v385, %v72, %v268 : f32
              %v1488, %v1489 = gpu.shuffle idx %v388, %v72, %v268 : f32
              %v1490, %v1491 = gpu.shuffle idx %v398, %v72, %v268 : f32
              %v1492, %v1493 = gpu.shuffle idx %v403, %v72, %v268 : f32
              %v1494 = arith.addi %v323, %v550 : i64
              llvm.store %v51, %v639 : f32, !llvm.ptr
              scf.if %v1481 {
                %v1495 = arith.addi %v104, %v1480 : i64
                %v1496 = arith.muli %v38, %v277 : i64
                %v1497 = arith.muli %v1495, %v276 : i64
                %v1498 = arith.addi %v1496, %v1497 : i64
                %v1499 = arith.muli %v24, %v2 : i64
                %v1500 = arith.addi %v1498, %v1499 : i64
                %v1501 = llvm.getelementptr %in_Cm[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
                %v1503 = arith.muli %v38, %v250 : i64
                %v1504 = arith.muli %v1495, %v249 : i64
                %v1505 = arith.addi %v1503, %v1504 : i64
                %v1506 = arith.muli %v36, %v248 : i64
                %v1507 = arith.addi %v1505, %v1506 : i64
                %v1508 = arith.muli %v34, %v2 : i64
                %v1509 = arith.addi %v1507, %v1508 : i64
                %v1510 = llvm.getelementptr %dy_y[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
                %v1512 = arith.mulf %v1502, %v1511 fastmath<contract> : f32
                %v1513 = llvm.load %v40 : !llvm.ptr -> f32
                %v1514 = llvm.load %v42 : !llvm.ptr -> f32
                %v1515 = arith.mulf %v1514, %v1513 fastmath<contract> : f32
                %v1516 = arith.addf %v1512, %v1515 fastmath<contract> : f32
                llvm.store %v1516, %v40 : f32, !llvm.ptr
                %v1517 = arith.muli %v38, %v277 : i64
                %v1518 = arith.muli %v1495, %v276 : i64
                %v1519 = arith.addi %v1517, %v1518 : i64
                %v1520 = arith.constant 8 : i64
                %v1521 = arith.addi %v1520, %v24 : i64
                %v1522 = arith.muli %v1521, %v2 : i64
                %v1523 = arith.addi %v1519, %v1522 : i64
                %v1524 = llvm.getelementptr %in_Cm[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1525 = llvm.load %v1524 : !llvm.ptr -> f32
                %v1526 = arith.mulf %v1525, %v1511 fastmath<contract> : f32
                %v1527 = llvm.load %v41 : !llvm.ptr -> f32
                %v1528 = llvm.load %v43 : !llvm.ptr -> f32
                %v1529 = arith.mulf %v1528, %v1527 fastmath<contract> : f32
                %v1530 = arith.addf %v1526, %v1529 fastmath<contract> : f32
                llvm.store %v1530, %v41 : f32, !llvm.ptr
                %v1531 = arith.subi %size_L, %v2 : i64
                %v1532 = arith.cmpi eq, %v1495, %v1531 : i64
                scf.if %v1532 {
                }
                %v1533 = arith.muli %v38, %v250 : i64
                %v1534 = arith.muli %v1495, %v249 : i64
                %v1535 = arith.addi %v1533, %v1534 : i64
                %v1536 = arith.muli %v36, %v248 : i64
                %v1537 = arith.addi %v1535, %v1536 : i64
                %v1538 = arith.muli %v34, %v2 : i64
                %v1539 = arith.addi %v1537, %v1538 : i64
                %v1540 = llvm.getelementptr %in_x[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
                %v1542 = arith.muli %v38, %v277 : i64
                %v1543 = arith.muli %v1495, %v276 : i64
                %v1544 = arith.addi %v1542, %v1543 : i64
                %v1545 = arith.muli %v24, %v2 : i64
                %v1546 = arith.addi %v1544, %v1545 : i64
                %v1547 = llvm.getelementptr %in_Bm[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
                %v1549 = llvm.load %v40 : !llvm.ptr -> f32
                %v1550 = arith.mulf %v1548, %v1549 fastmath<contract> : f32
                %v1551 = arith.muli %v38, %v277 : i64
                %v1552 = arith.muli %v1495, %v276 : i64
                %v1553 = arith.addi %v1551, %v1552 : i64
                %v1554 = arith.constant 8 : i64
                %v1555 = arith.addi %v1554, %v24 : i64
                %v1556 = arith.muli %v1555, %v2 : i64
                %v1557 = arith.addi %v1553, %v1556 : i64
                %v1558 = llvm.getelementptr %in_Bm[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
                %v1560 = llvm.load %v41 : !llvm.ptr -> f32
                %v1561 = arith.mulf %v1559, %v1560 fastmath<contract> : f32
                %v1562 = arith.addf %v1550, %v1561 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1563, %v1564 = gpu.shuffle xor %v1562, %v732, %v268 : f32
                %v1565 = arith.addf %v1562, %v1563 fastmath<contract> : f32
                %v1566, %v1567 = gpu.shuffle xor %v1565, %v736, %v268 : f32
                %v1568 = arith.addf %v1565, %v1566 fastmath<contract> : f32
                %v1569, %v1570 = gpu.shuffle xor %v1568, %v740, %v268 : f32
                %v1571 = arith.addf %v1568, %v1569 fastmath<contract> : f32
                // end sum over the lanes
                %v1572 = arith.mulf %v1541, %v1571 fastmath<contract> : f32
                %v1573 = arith.mulf %v449, %v1549 fastmath<contract> : f32
                %v1574 = arith.mulf %v461, %v1560 fastmath<contract> : f32
                %v1575 = arith.addf %v1573, %v1574 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1576, %v1577 = gpu.shuffle xor %v1575, %v732, %v268 : f32
                %v1578 = arith.addf %v1575, %v1576 fastmath<contract> : f32
                %v1579, %v1580 = gpu.shuffle xor %v1578, %v736, %v268 : f32
                %v1581 = arith.addf %v1578, %v1579 fastmath<contract> : f32
                %v1582, %v1583 = gpu.shuffle xor %v1581, %v740, %v268 : f32
                %v1584 = arith.addf %v1581, %v1582 fastmath<contract> : f32
                // end sum over the lanes
                %v1585 = arith.mulf %v1486, %v1584 fastmath<contract> : f32
                %v1586 = arith.mulf %v1488, %v1585 fastmath<contract> : f32
                %v1587 = arith.negf %v1586 : f32
                %v1588 = arith.addf %v1572, %v1587 fastmath<contract> : f32
                %v1589 = arith.mulf %v1588, %v1492 fastmath<contract> : f32
                %v1590 = arith.select %v28, %v1589, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1591, %v1592 = gpu.shuffle xor %v1590, %v763, %v268 : f32
                %v1593 = arith.addf %v1590, %v1591 fastmath<contract> : f32
                %v1594, %v1595 = gpu.shuffle xor %v1593, %v767, %v268 : f32
                %v1596 = arith.addf %v1593, %v1594 fastmath<contract> : f32
                %v1597 = arith.divui %v14, %v16 : i64
                %v1598 = arith.remui %v14, %v16 : i64
                %v1599 = arith.cmpi ult, %v1598, %v2 : i64
                %v1600 = arith.muli %v1597, %v2 : i64
                %v1601 = arith.addi %v1600, %v53 : i64
                %v1602 = arith.muli %v1601, %v776 : i64
                %v1603 = arith.addi %v1602, %v1494 : i64
                scf.if %v1599 {
                  %v1604 = llvm.getelementptr %v48[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1596, %v1604 : f32, !llvm.ptr
                }
                %v1605 = arith.mulf %v1488, %v1584 fastmath<contract> : f32
                %v1606 = arith.mulf %v1484, %v1605 fastmath<contract> : f32
                %v1607 = arith.mulf %v1486, %v1606 fastmath<contract> : f32
                %v1608 = llvm.load %v44 : !llvm.ptr -> f32
                %v1609 = arith.addf %v1608, %v1607 fastmath<contract> : f32
                llvm.store %v1609, %v44 : f32, !llvm.ptr
                %v1610 = arith.mulf %v1490, %v1549 fastmath<contract> : f32
                scf.if %v28 {
                  %v1611 = arith.addi %v53, %v24 : i64
                  %v1612 = arith.muli %v30, %v1 : i64
                  %v1613 = arith.addi %v1612, %v1611 : i64
                  %v1614 = arith.muli %v1613, %size_L : i64
                  %v1615 = arith.addi %v1614, %v1495 : i64
                  %v1616 = llvm.getelementptr %part_Bm[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1610, %v1616 : f32, !llvm.ptr
                }
                %v1617 = arith.mulf %v1490, %v1560 fastmath<contract> : f32
                scf.if %v28 {
                  %v1618 = arith.addi %v23, %v24 : i64
                  %v1619 = arith.muli %v30, %v1 : i64
                  %v1620 = arith.addi %v1619, %v1618 : i64
                  %v1621 = arith.muli %v1620, %size_L : i64
                  %v1622 = arith.addi %v1621, %v1495 : i64
                  %v1623 = llvm.getelementptr %part_Bm[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1617, %v1623 : f32, !llvm.ptr
                }
                %v1624 = arith.mulf %v479, %v1511 fastmath<contract> : f32
                scf.if %v28 {
                  %v1625 = arith.addi %v53, %v24 : i64
                  %v1626 = arith.muli %v30, %v1 : i64
                  %v1627 = arith.addi %v1626, %v1625 : i64
                  %v1628 = arith.muli %v1627, %size_L : i64
                  %v1629 = arith.addi %v1628, %v1495 : i64
                  %v1630 = llvm.getelementptr %part_Cm[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1624, %v1630 : f32, !llvm.ptr
                }
                %v1631 = arith.mulf %v491, %v1511 fastmath<contract> : f32
                scf.if %v28 {
                  %v1632 = arith.addi %v23, %v24 : i64
                  %v1633 = arith.muli %v30, %v1 : i64
                  %v1634 = arith.addi %v1633, %v1632 : i64
                  %v1635 = arith.muli %v1634, %size_L : i64
                  %v1636 = arith.addi %v1635, %v1495 : i64
                  %v1637 = llvm.getelementptr %part_Cm[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1631, %v1637 : f32, !llvm.ptr
                }
                %v1638 = llvm.load %v46 : !llvm.ptr -> f32
                %v1639 = arith.addf %v1638, %v1589 fastmath<contract> : f32
                llvm.store %v1639, %v46 : f32, !llvm.ptr
                %v1640 = arith.addf %v1550, %v1561 fastmath<contract> : f32
                llvm.store %v1640, %v639 : f32, !llvm.ptr
                llvm.store %v1488, %v42 : f32, !llvm.ptr
                llvm.store %v1488, %v43 : f32, !llvm.ptr
              }
              %v1641 = llvm.load %v639 : !llvm.ptr -> f32
              %v1642 = arith.select %v642, %v1641, %v1479 : f32
              %v1643 = arith.select %v642, %v1479, %v1641 : f32
              %v1644, %v1645 = gpu.shuffle xor %v1642, %v732, %v268 : f32
              %v1646 = arith.addf %v1643, %v1644 fastmath<contract> : f32
              %v1647 = arith.addi %v321, %v2 : i64
              %v1648 = arith.cmpi slt, %v1647, %v106 : i64
              %v1649, %v1650 = gpu.shuffle idx %v379, %v68, %v268 : f32
              %v1651, %v1652 = gpu.shuffle idx %v380, %v68, %v268 : f32
              %v1653, %v1654 = gpu.shuffle idx %v385, %v68, %v268 : f32
              %v1655, %v1656 = gpu.shuffle idx %v388, %v68, %v268 : f32
              %v1657, %v1658 = gpu.shuffle idx %v398, %v68, %v268 : f32
              %v1659, %v1660 = gpu.shuffle idx %v403, %v68, %v268 : f32
              %v1661 = arith.addi %v323, %v580 : i64
              llvm.store %v51, %v639 : f32, !llvm.ptr
              scf.if %v1648 {
                %v1662 = arith.addi %v104, %v1647 : i64
                %v1663 = arith.muli %v38, %v277 : i64
                %v1664 = arith.muli %v1662, %v276 : i64
                %v1665 = arith.addi %v1663, %v1664 : i64
                %v1666 = arith.muli %v24, %v2 : i64
                %v1667 = arith.addi %v1665, %v1666 : i64
                %v1668 = llvm.getelementptr %in_Cm[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1669 = llvm.load %v1668 : !llvm.ptr -> f32
                %v1670 = arith.muli %v38, %v250 : i64
                %v1671 = arith.muli %v1662, %v249 : i64
                %v1672 = arith.addi %v1670, %v1671 : i64
                %v1673 = arith.muli %v36, %v248 : i64
                %v1674 = arith.addi %v1672, %v1673 : i64
                %v1675 = arith.muli %v34, %v2 : i64
                %v1676 = arith.addi %v1674, %v1675 : i64
                %v1677 = llvm.getelementptr %dy_y[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1678 = llvm.load %v1677 : !llvm.ptr -> f32
                %v1679 = arith.mulf %v1669, %v1678 fastmath<contract> : f32
                %v1680 = llvm.load %v40 : !llvm.ptr -> f32
                %v1681 = llvm.load %v42 : !llvm.ptr -> f32
                %v1682 = arith.mulf %v1681, %v1680 fastmath<contract> : f32
                %v1683 = arith.addf %v1679, %v1682 fastmath<contract> : f32
                llvm.store %v1683, %v40 : f32, !llvm.ptr
                %v1684 = arith.muli %v38, %v277 : i64
                %v1685 = arith.muli %v1662, %v276 : i64
                %v1686 = arith.addi %v1684, %v1685 : i64
                %v1687 = arith.constant 8 : i64
                %v1688 = arith.addi %v1687, %v24 : i64
                %v1689 = arith.muli %v1688, %v2 : i64
                %v1690 = arith.addi %v1686, %v1689 : i64
                %v1691 = llvm.getelementptr %in_Cm[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1692 = llvm.load %v1691 : !llvm.ptr -> f32
                %v1693 = arith.mulf %v1692, %v1678 fastmath<contract> : f32
                %v1694 = llvm.load %v41 : !llvm.ptr -> f32
                %v1695 = llvm.load %v43 : !llvm.ptr -> f32
                %v1696 = arith.mulf %v1695, %v1694 fastmath<contract> : f32
                %v1697 = arith.addf %v1693, %v1696 fastmath<contract> : f32
                llvm.store %v1697, %v41 : f32, !llvm.ptr
                %v1698 = arith.subi %size_L, %v2 : i64
                %v1699 = arith.cmpi eq, %v1662, %v1698 : i64
                scf.if %v1699 {
                }
                %v1700 = arith.muli %v38, %v250 : i64
                %v1701 = arith.muli %v1662, %v249 : i64
                %v1702 = arith.addi %v1700, %v1701 : i64
                %v1703 = arith.muli %v36, %v248 : i64
                %v1704 = arith.addi %v1702, %v1703 : i64
                %v1705 = arith.muli %v34, %v2 : i64
                %v1706 = arith.addi %v1704, %v1705 : i64
                %v1707 = llvm.getelementptr %in_x[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
                %v1709 = arith.muli %v38, %v277 : i64
                %v1710 = arith.muli %v1662, %v276 : i64
                %v1711 = arith.addi %v1709, %v1710 : i64
                %v1712 = arith.muli %v24, %v2 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = llvm.getelementptr %in_Bm[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
                %v1716 = llvm.load %v40 : !llvm.ptr -> f32
                %v1717 = arith.mulf %v1715, %v1716 fastmath<contract> : f32
                %v1718 = arith.muli %v38, %v277 : i64
                %v1719 = arith.muli %v1662, %v276 : i64
                %v1720 = arith.addi %v1718, %v1719 : i64
                %v1721 = arith.constant 8 : i64
                %v1722 = arith.addi %v1721, %v24 : i64
                %v1723 = arith.muli %v1722, %v2 : i64
                %v1724 = arith.addi %v1720, %v1723 : i64
                %v1725 = llvm.getelementptr %in_Bm[%v1724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1726 = llvm.load %v1725 : !llvm.ptr -> f32
                %v1727 = llvm.load %v41 : !llvm.ptr -> f32
                %v1728 = arith.mulf %v1726, %v1727 fastmath<contract> : f32
                %v1729 = arith.addf %v1717, %v1728 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1730, %v1731 = gpu.shuffle xor %v1729, %v732, %v268 : f32
                %v1732 = arith.addf %v1729, %v1730 fastmath<contract> : f32
                %v1733, %v1734 = gpu.shuffle xor %v1732, %v736, %v268 : f32
                %v1735 = arith.addf %v1732, %v1733 fastmath<contract> : f32
                %v1736, %v1737 = gpu.shuffle xor %v1735, %v740, %v268 : f32
                %v1738 = arith.addf %v1735, %v1736 fastmath<contract> : f32
                // end sum over the lanes
                %v1739 = arith.mulf %v1708, %v1738 fastmath<contract> : f32
                %v1740 = arith.mulf %v420, %v1716 fastmath<contract> : f32
                %v1741 = arith.mulf %v432, %v1727 fastmath<contract> : f32
                %v1742 = arith.addf %v1740, %v1741 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1743, %v1744 = gpu.shuffle xor %v1742, %v732, %v268 : f32
                %v1745 = arith.addf %v1742, %v1743 fastmath<contract> : f32
                %v1746, %v1747 = gpu.shuffle xor %v1745, %v736, %v268 : f32
                %v1748 = arith.addf %v1745, %v1746 fastmath<contract> : f32
                %v1749, %v1750 = gpu.shuffle xor %v1748, %v740, %v268 : f32
                %v1751 = arith.addf %v1748, %v1749 fastmath<contract> : f32
                // end sum over the lanes
                %v1752 = arith.mulf %v1653, %v1751 fastmath<contract> : f32
                %v1753 = arith.mulf %v1655, %v1752 fastmath<contract> : f32
                %v1754 = arith.negf %v1753 : f32
                %v1755 = arith.addf %v1739, %v1754 fastmath<contract> : f32
                %v1756 = arith.mulf %v1755, %v1659 fastmath<contract> : f32
                %v1757 = arith.select %v28, %v1756, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1758, %v1759 = gpu.shuffle xor %v1757, %v763, %v268 : f32
                %v1760 = arith.addf %v1757, %v1758 fastmath<contract> : f32
                %v1761, %v1762 = gpu.shuffle xor %v1760, %v767, %v268 : f32
                %v1763 = arith.addf %v1760, %v1761 fastmath<contract> : f32
                %v1764 = arith.divui %v14, %v16 : i64
                %v1765 = arith.remui %v14, %v16 : i64
                %v1766 = arith.cmpi ult, %v1765, %v2 : i64
                %v1767 = arith.muli %v1764, %v2 : i64
                %v1768 = arith.addi %v1767, %v53 : i64
                %v1769 = arith.muli %v1768, %v776 : i64
                %v1770 = arith.addi %v1769, %v1661 : i64
                scf.if %v1766 {
                  %v1771 = llvm.getelementptr %v48[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1763, %v1771 : f32, !llvm.ptr
                }
                %v1772 = arith.mulf %v1655, %v1751 fastmath<contract> : f32
                %v1773 = arith.mulf %v1651, %v1772 fastmath<contract> : f32
                %v1774 = arith.mulf %v1653, %v1773 fastmath<contract> : f32
                %v1775 = llvm.load %v44 : !llvm.ptr -> f32
                %v1776 = arith.addf %v1775, %v1774 fastmath<contract> : f32
                llvm.store %v1776, %v44 : f32, !llvm.ptr
                %v1777 = arith.mulf %v1657, %v1716 fastmath<contract> : f32
                scf.if %v28 {
                  %v1778 = arith.addi %v53, %v24 : i64
                  %v1779 = arith.muli %v30, %v1 : i64
                  %v1780 = arith.addi %v1779, %v1778 : i64
                  %v1781 = arith.muli %v1780, %size_L : i64
                  %v1782 = arith.addi %v1781, %v1662 : i64
                  %v1783 = llvm.getelementptr %part_Bm[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1777, %v1783 : f32, !llvm.ptr
                }
                %v1784 = arith.mulf %v1657, %v1727 fastmath<contract> : f32
                scf.if %v28 {
                  %v1785 = arith.addi %v23, %v24 : i64
                  %v1786 = arith.muli %v30, %v1 : i64
                  %v1787 = arith.addi %v1786, %v1785 : i64
                  %v1788 = arith.muli %v1787, %size_L : i64
                  %v1789 = arith.addi %v1788, %v1662 : i64
                  %v1790 = llvm.getelementptr %part_Bm[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1784, %v1790 : f32, !llvm.ptr
                }
                %v1791 = arith.mulf %v449, %v1678 fastmath<contract> : f32
                scf.if %v28 {
                  %v1792 = arith.addi %v53, %v24 : i64
                  %v1793 = arith.muli %v30, %v1 : i64
                  %v1794 = arith.addi %v1793, %v1792 : i64
                  %v1795 = arith.muli %v1794, %size_L : i64
                  %v1796 = arith.addi %v1795, %v1662 : i64
                  %v1797 = llvm.getelementptr %part_Cm[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1791, %v1797 : f32, !llvm.ptr
                }
                %v1798 = arith.mulf %v461, %v1678 fastmath<contract> : f32
                scf.if %v28 {
                  %v1799 = arith.addi %v23, %v24 : i64
                  %v1800 = arith.muli %v30, %v1 : i64
                  %v1801 = arith.addi %v1800, %v1799 : i64
                  %v1802 = arith.muli %v1801, %size_L : i64
                  %v1803 = arith.addi %v1802, %v1662 : i64
                  %v1804 = llvm.getelementptr %part_Cm[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1798, %v1804 : f32, !llvm.ptr
                }
                %v1805 = llvm.load %v46 : !llvm.ptr -> f32
                %v1806 = arith.addf %v1805, %v1756 fastmath<contract> : f32
                llvm.store %v1806, %v46 : f32, !llvm.ptr
                %v1807 = arith.addf %v1717, %v1728 fastmath<contract> : f32
                llvm.store %v1807, %v639 : f32, !llvm.ptr
                llvm.store %v1655, %v42 : f32, !llvm.ptr
                llvm.store %v1655, %v43 : f32, !llvm.ptr
              }
              %v1808 = llvm.load %v639 : !llvm.ptr -> f32
              %v1809 = arith.addi %v321, %v53 : i64
              %v1810 = arith.cmpi slt, %v1809, %v106 : i64
              %v1811, %v1812 = gpu.shuffle idx %v379, %v64, %v268 : f32
              %v1813, %v1814 = gpu.shuffle idx %v380, %v64, %v268 : f32
              %v1815, %v1816 = gpu.shuffle idx %v385, %v64, %v268 : f32
              %v1817, %v1818 = gpu.shuffle idx %v388, %v64, %v268 : f32
              %v1819, %v1820 = gpu.shuffle idx %v398, %v64, %v268 : f32
              %v1821, %v1822 = gpu.shuffle idx %v403, %v64, %v268 : f32
              %v1823 = arith.addi %v323, %v56 : i64
              llvm.store %v51, %v639 : f32, !llvm.ptr
              scf.if %v1810 {
                %v1824 = arith.addi %v104, %v1809 : i64
                %v1825 = arith.muli %v38, %v277 : i64
                %v1826 = arith.muli %v1824, %v276 : i64
                %v1827 = arith.addi %v1825, %v1826 : i64
                %v1828 = arith.muli %v24, %v2 : i64
                %v1829 = arith.addi %v1827, %v1828 : i64
                %v1830 = llvm.getelementptr %in_Cm[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1831 = llvm.load %v1830 : !llvm.ptr -> f32
                %v1832 = arith.muli %v38, %v250 : i64
                %v1833 = arith.muli %v1824, %v249 : i64
                %v1834 = arith.addi %v1832, %v1833 : i64
                %v1835 = arith.muli %v36, %v248 : i64
                %v1836 = arith.addi %v1834, %v1835 : i64
                %v1837 = arith.muli %v34, %v2 : i64
                %v1838 = arith.addi %v1836, %v1837 : i64
                %v1839 = llvm.getelementptr %dy_y[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
                %v1841 = arith.mulf %v1831, %v1840 fastmath<contract> : f32
                %v1842 = llvm.load %v40 : !llvm.ptr -> f32
                %v1843 = llvm.load %v42 : !llvm.ptr -> f32
                %v1844 = arith.mulf %v1843, %v1842 fastmath<contract> : f32
                %v1845 = arith.addf %v1841, %v1844 fastmath<contract> : f32
                llvm.store %v1845, %v40 : f32, !llvm.ptr
                %v1846 = arith.muli %v38, %v277 : i64
                %v1847 = arith.muli %v1824, %v276 : i64
                %v1848 = arith.addi %v1846, %v1847 : i64
                %v1849 = arith.constant 8 : i64
                %v1850 = arith.addi %v1849, %v24 : i64
                %v1851 = arith.muli %v1850, %v2 : i64
                %v1852 = arith.addi %v1848, %v1851 : i64
                %v1853 = llvm.getelementptr %in_Cm[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                %v1855 = arith.mulf %v1854, %v1840 fastmath<contract> : f32
                %v1856 = llvm.load %v41 : !llvm.ptr -> f32
                %v1857 = llvm.load %v43 : !llvm.ptr -> f32
                %v1858 = arith.mulf %v1857, %v1856 fastmath<contract> : f32
                %v1859 = arith.addf %v1855, %v1858 fastmath<contract> : f32
                llvm.store %v1859, %v41 : f32, !llvm.ptr
                %v1860 = arith.subi %size_L, %v2 : i64
                %v1861 = arith.cmpi eq, %v1824, %v1860 : i64
                scf.if %v1861 {
                }
                %v1862 = arith.muli %v38, %v250 : i64
                %v1863 = arith.muli %v1824, %v249 : i64
                %v1864 = arith.addi %v1862, %v1863 : i64
                %v1865 = arith.muli %v36, %v248 : i64
                %v1866 = arith.addi %v1864, %v1865 : i64
                %v1867 = arith.muli %v34, %v2 : i64
                %v1868 = arith.addi %v1866, %v1867 : i64
                %v1869 = llvm.getelementptr %in_x[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1870 = llvm.load %v1869 : !llvm.ptr -> f32
                %v1871 = arith.muli %v38, %v277 : i64
                %v1872 = arith.muli %v1824, %v276 : i64
                %v1873 = arith.addi %v1871, %v1872 : i64
                %v1874 = arith.muli %v24, %v2 : i64
                %v1875 = arith.addi %v1873, %v1874 : i64
                %v1876 = llvm.getelementptr %in_Bm[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
                %v1878 = llvm.load %v40 : !llvm.ptr -> f32
                %v1879 = arith.mulf %v1877, %v1878 fastmath<contract> : f32
                %v1880 = arith.muli %v38, %v277 : i64
                %v1881 = arith.muli %v1824, %v276 : i64
                %v1882 = arith.addi %v1880, %v1881 : i64
                %v1883 = arith.constant 8 : i64
                %v1884 = arith.addi %v1883, %v24 : i64
                %v1885 = arith.muli %v1884, %v2 : i64
                %v1886 = arith.addi %v1882, %v1885 : i64
                %v1887 = llvm.getelementptr %in_Bm[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
                %v1889 = llvm.load %v41 : !llvm.ptr -> f32
                %v1890 = arith.mulf %v1888, %v1889 fastmath<contract> : f32
                %v1891 = arith.addf %v1879, %v1890 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1892, %v1893 = gpu.shuffle xor %v1891, %v732, %v268 : f32
                %v1894 = arith.addf %v1891, %v1892 fastmath<contract> : f32
                %v1895, %v1896 = gpu.shuffle xor %v1894, %v736, %v268 : f32
                %v1897 = arith.addf %v1894, %v1895 fastmath<contract> : f32
                %v1898, %v1899 = gpu.shuffle xor %v1897, %v740, %v268 : f32
                %v1900 = arith.addf %v1897, %v1898 fastmath<contract> : f32
                // end sum over the lanes
                %v1901 = arith.mulf %v1870, %v1900 fastmath<contract> : f32
                %v1902 = arith.mulf %v333, %v1878 fastmath<contract> : f32
                %v1903 = arith.mulf %v342, %v1889 fastmath<contract> : f32
                %v1904 = arith.addf %v1902, %v1903 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1905, %v1906 = gpu.shuffle xor %v1904, %v732, %v268 : f32
                %v1907 = arith.addf %v1904, %v1905 fastmath<contract> : f32
                %v1908, %v1909 = gpu.shuffle xor %v1907, %v736, %v268 : f32
                %v1910 = arith.addf %v1907, %v1908 fastmath<contract> : f32
                %v1911, %v1912 = gpu.shuffle xor %v1910, %v740, %v268 : f32
                %v1913 = arith.addf %v1910, %v1911 fastmath<contract> : f32
                // end sum over the lanes
                %v1914 = arith.mulf %v1815, %v1913 fastmath<contract> : f32
                %v1915 = arith.mulf %v1817, %v1914 fastmath<contract> : f32
                %v1916 = arith.negf %v1915 : f32
                %v1917 = arith.addf %v1901, %v1916 fastmath<contract> : f32
                %v1918 = arith.mulf %v1917, %v1821 fastmath<contract> : f32
                %v1919 = arith.select %v28, %v1918, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1920, %v1921 = gpu.shuffle xor %v1919, %v763, %v268 : f32
                %v1922 = arith.addf %v1919, %v1920 fastmath<contract> : f32
                %v1923, %v1924 = gpu.shuffle xor %v1922, %v767, %v268 : f32
                %v1925 = arith.addf %v1922, %v1923 fastmath<contract> : f32
                %v1926 = arith.divui %v14, %v16 : i64
                %v1927 = arith.remui %v14, %v16 : i64
                %v1928 = arith.cmpi ult, %v1927, %v2 : i64
                %v1929 = arith.muli %v1926, %v2 : i64
                %v1930 = arith.addi %v1929, %v53 : i64
                %v1931 = arith.muli %v1930, %v776 : i64
                %v1932 = arith.addi %v1931, %v1823 : i64
                scf.if %v1928 {
                  %v1933 = llvm.getelementptr %v48[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1925, %v1933 : f32, !llvm.ptr
                }
                %v1934 = arith.mulf %v1817, %v1913 fastmath<contract> : f32
                %v1935 = arith.mulf %v1813, %v1934 fastmath<contract> : f32
                %v1936 = arith.mulf %v1815, %v1935 fastmath<contract> : f32
                %v1937 = llvm.load %v44 : !llvm.ptr -> f32
                %v1938 = arith.addf %v1937, %v1936 fastmath<contract> : f32
                llvm.store %v1938, %v44 : f32, !llvm.ptr
                %v1939 = arith.mulf %v1819, %v1878 fastmath<contract> : f32
                scf.if %v28 {
                  %v1940 = arith.addi %v53, %v24 : i64
                  %v1941 = arith.muli %v30, %v1 : i64
                  %v1942 = arith.addi %v1941, %v1940 : i64
                  %v1943 = arith.muli %v1942, %size_L : i64
                  %v1944 = arith.addi %v1943, %v1824 : i64
                  %v1945 = llvm.getelementptr %part_Bm[%v1944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1939, %v1945 : f32, !llvm.ptr
                }
                %v1946 = arith.mulf %v1819, %v1889 fastmath<contract> : f32
                scf.if %v28 {
                  %v1947 = arith.addi %v23, %v24 : i64
                  %v1948 = arith.muli %v30, %v1 : i64
                  %v1949 = arith.addi %v1948, %v1947 : i64
                  %v1950 = arith.muli %v1949, %size_L : i64
                  %v1951 = arith.addi %v1950, %v1824 : i64
                  %v1952 = llvm.getelementptr %part_Bm[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1946, %v1952 : f32, !llvm.ptr
                }
                %v1953 = arith.mulf %v420, %v1840 fastmath<contract> : f32
                scf.if %v28 {
                  %v1954 = arith.addi %v53, %v24 : i64
                  %v1955 = arith.muli %v30, %v1 : i64
                  %v1956 = arith.addi %v1955, %v1954 : i64
                  %v1957 = arith.muli %v1956, %size_L : i64
                  %v1958 = arith.addi %v1957, %v1824 : i64
                  %v1959 = llvm.getelementptr %part_Cm[%v1958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1953, %v1959 : f32, !llvm.ptr
                }
                %v1960 = arith.mulf %v432, %v1840 fastmath<contract> : f32
                scf.if %v28 {
                  %v1961 = arith.addi %v23, %v24 : i64
                  %v1962 = arith.muli %v30, %v1 : i64
                  %v1963 = arith.addi %v1962, %v1961 : i64
                  %v1964 = arith.muli %v1963, %size_L : i64
                  %v1965 = arith.addi %v1964, %v1824 : i64
                  %v1966 = llvm.getelementptr %part_Cm[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1960, %v1966 : f32, !llvm.ptr
                }
                %v1967 = llvm.load %v46 : !llvm.ptr -> f32
                %v1968 = arith.addf %v1967, %v1918 fastmath<contract> : f32
                llvm.store %v1968, %v46 : f32, !llvm.ptr
                %v1969 = arith.addf %v1879, %v1890 fastmath<contract> : f32
                llvm.store %v1969, %v639 : f32, !llvm.ptr
                llvm.store %v1817, %v42 : f32, !llvm.ptr
                llvm.store %v1817, %v43 : f32, !llvm.ptr
              }
              %v1970 = llvm.load %v639 : !llvm.ptr -> f32
              %v1971 = arith.select %v642, %v1970, %v1808 : f32
              %v1972 = arith.select %v642, %v1808, %v1970 : f32
              %v1973, %v1974 = gpu.shuffle xor %v1971, %v732, %v268 : f32
              %v1975 = arith.addf %v1972, %v1973 fastmath<contract> : f32
              %v1976 = arith.select %v645, %v1975, %v1646 : f32
              %v1977 = arith.select %v645, %v1646, %v1975 : f32
              %v1978, %v1979 = gpu.shuffle xor %v1976, %v736, %v268 : f32
              %v1980 = arith.addf %v1977, %v1978 fastmath<contract> : f32
              %v1981 = arith.select %v648, %v1980, %v1317 : f32
              %v1982 = arith.select %v648, %v1317, %v1980 : f32
              %v1983, %v1984 = gpu.shuffle xor %v1981, %v740, %v268 : f32
              %v1985 = arith.addf %v1982, %v1983 fastmath<contract> : f32
              %v1986 = arith.addi %v321, %v24 : i64
              %v1987 = arith.cmpi slt, %v1986, %v106 : i64
              %v1988 = arith.andi %v28, %v1987 : i1
              scf.if %v1988 {
                %v1989 = arith.addi %v104, %v1986 : i64
                // the gradients of this lane's own step
                %v1990 = arith.muli %v36, %v2 : i64
                %v1991 = llvm.getelementptr %in_Dskip[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1992 = llvm.load %v1991 : !llvm.ptr -> f32
                %v1993 = arith.muli %v38, %v250 : i64
                %v1994 = arith.muli %v1989, %v249 : i64
                %v1995 = arith.addi %v1993, %v1994 : i64
                %v1996 = arith.muli %v36, %v248 : i64
                %v1997 = arith.addi %v1995, %v1996 : i64
                %v1998 = arith.muli %v34, %v2 : i64
                %v1999 = arith.addi %v1997, %v1998 : i64
                %v2000 = llvm.getelementptr %dy_y[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2001 = llvm.load %v2000 : !llvm.ptr -> f32
                %v2002 = arith.mulf %v1992, %v2001 fastmath<contract> : f32
                %v2003 = arith.mulf %v379, %v1985 fastmath<contract> : f32
                %v2004 = arith.addf %v2002, %v2003 fastmath<contract> : f32
                %v2005 = arith.muli %v38, %v250 : i64
                %v2006 = arith.muli %v1989, %v249 : i64
                %v2007 = arith.addi %v2005, %v2006 : i64
                %v2008 = arith.muli %v36, %v248 : i64
                %v2009 = arith.addi %v2007, %v2008 : i64
                %v2010 = arith.muli %v34, %v2 : i64
                %v2011 = arith.addi %v2009, %v2010 : i64
                %v2012 = llvm.getelementptr %dx_x[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2004, %v2012 : f32, !llvm.ptr
                %v2013 = arith.muli %v38, %v250 : i64
                %v2014 = arith.muli %v1989, %v249 : i64
                %v2015 = arith.addi %v2013, %v2014 : i64
                %v2016 = arith.muli %v36, %v248 : i64
                %v2017 = arith.addi %v2015, %v2016 : i64
                %v2018 = arith.muli %v34, %v2 : i64
                %v2019 = arith.addi %v2017, %v2018 : i64
                %v2020 = llvm.getelementptr %in_x[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2021 = llvm.load %v2020 : !llvm.ptr -> f32
                %v2022 = arith.mulf %v2021, %v2001 fastmath<contract> : f32
                %v2023 = llvm.load %v45 : !llvm.ptr -> f32
                %v2024 = arith.addf %v2023, %v2022 fastmath<contract> : f32
                llvm.store %v2024, %v45 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2028 = arith.index_cast %v14 : i64 to index
          %v2029 = arith.index_cast %v16 : i64 to index
          %v2030 = arith.index_cast %v111 : i64 to index
          scf.for %v2031 = %v2028 to %v2029 step %v2030 {
            %v2032 = arith.index_cast %v2031 : index to i64
            %v2033 = arith.remui %v2032, %v16 : i64
            %v2034 = arith.divui %v2032, %v16 : i64
            %v2035 = arith.muli %v310, %v303 : i64
            %v2036 = arith.divui %v2033, %v23 : i64
            %v2037 = arith.addi %v2035, %v2036 : i64
            %v2038 = arith.cmpi slt, %v2037, %v109 : i64
            %v2039 = arith.subi %v109, %v2 : i64
            %v2040 = arith.subi %v2039, %v2037 : i64
            %v2041 = arith.remui %v2033, %v23 : i64
            %v2042 = arith.subi %v56, %v2041 : i64
            %v2043 = arith.muli %v2040, %v23 : i64
            %v2044 = arith.addi %v2043, %v2042 : i64
            %v2045 = arith.cmpi slt, %v2044, %v106 : i64
            %v2046 = arith.andi %v2038, %v2045 : i1
            scf.if %v2046 {
              %v2047 = arith.addi %v104, %v2044 : i64
              %v2048 = arith.muli %v53, %v2 : i64
              %v2049 = arith.addi %v2048, %v2034 : i64
              %v2050 = arith.muli %v2049, %v776 : i64
              %v2051 = arith.addi %v2050, %v2033 : i64
              %v2052 = llvm.getelementptr %v48[%v2051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2053 = llvm.load %v2052 : !llvm.ptr -> f32
              %v2054 = arith.muli %v2, %v2 : i64
              %v2055 = arith.addi %v2054, %v2034 : i64
              %v2056 = arith.muli %v2055, %v776 : i64
              %v2057 = arith.addi %v2056, %v2033 : i64
              %v2058 = llvm.getelementptr %v48[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2059 = llvm.load %v2058 : !llvm.ptr -> f32
              %v2060 = arith.addf %v2053, %v2059 fastmath<contract> : f32
              %v2061 = arith.muli %v462, %v2 : i64
              %v2062 = arith.addi %v2061, %v2034 : i64
              %v2063 = arith.muli %v2062, %v776 : i64
              %v2064 = arith.addi %v2063, %v2033 : i64
              %v2065 = llvm.getelementptr %v48[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2066 = llvm.load %v2065 : !llvm.ptr -> f32
              %v2067 = arith.addf %v2060, %v2066 fastmath<contract> : f32
              %v2068 = arith.muli %v302, %v2 : i64
              %v2069 = arith.addi %v2068, %v2034 : i64
              %v2070 = arith.muli %v2069, %v776 : i64
              %v2071 = arith.addi %v2070, %v2033 : i64
              %v2072 = llvm.getelementptr %v48[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
              %v2074 = arith.addf %v2067, %v2073 fastmath<contract> : f32
              %v2075 = arith.muli %v303, %v2 : i64
              %v2076 = arith.addi %v2075, %v2034 : i64
              %v2077 = arith.muli %v2076, %v776 : i64
              %v2078 = arith.addi %v2077, %v2033 : i64
              %v2079 = llvm.getelementptr %v48[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
              %v2081 = arith.addf %v2074, %v2080 fastmath<contract> : f32
              %v2082 = arith.muli %v550, %v2 : i64
              %v2083 = arith.addi %v2082, %v2034 : i64
              %v2084 = arith.muli %v2083, %v776 : i64
              %v2085 = arith.addi %v2084, %v2033 : i64
              %v2086 = llvm.getelementptr %v48[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
              %v2088 = arith.addf %v2081, %v2087 fastmath<contract> : f32
              %v2089 = arith.muli %v580, %v2 : i64
              %v2090 = arith.addi %v2089, %v2034 : i64
              %v2091 = arith.muli %v2090, %v776 : i64
              %v2092 = arith.addi %v2091, %v2033 : i64
              %v2093 = llvm.getelementptr %v48[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2094 = llvm.load %v2093 : !llvm.ptr -> f32
              %v2095 = arith.addf %v2088, %v2094 fastmath<contract> : f32
              %v2096 = arith.muli %v56, %v2 : i64
              %v2097 = arith.addi %v2096, %v2034 : i64
              %v2098 = arith.muli %v2097, %v776 : i64
              %v2099 = arith.addi %v2098, %v2033 : i64
              %v2100 = llvm.getelementptr %v48[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2101 = llvm.load %v2100 : !llvm.ptr -> f32
              %v2102 = arith.addf %v2095, %v2101 fastmath<contract> : f32
              %v2103 = arith.muli %v38, %v122 : i64
              %v2104 = arith.muli %v2047, %v121 : i64
              %v2105 = arith.addi %v2103, %v2104 : i64
              %v2106 = arith.muli %v36, %v2 : i64
              %v2107 = arith.addi %v2105, %v2106 : i64
              %v2108 = arith.muli %v22, %v2027 : i64
              %v2109 = arith.addi %v2108, %v2107 : i64
              %v2110 = llvm.getelementptr %part_dt[%v2109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2102, %v2110 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2111 = arith.constant true
      scf.if %v2111 {
      }
      %v2112 = arith.cmpi eq, %v24, %v53 : i64
      %v2113 = arith.andi %v28, %v2112 : i1
      scf.if %v2113 {
        %v2114 = llvm.load %v44 : !llvm.ptr -> f32
        %v2115 = arith.muli %v30, %v2 : i64
        %v2116 = arith.addi %v2115, %v53 : i64
        %v2117 = llvm.getelementptr %part_A_log[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2114, %v2117 : f32, !llvm.ptr
      }
      %v2118 = llvm.load %v45 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2119, %v2120 = gpu.shuffle xor %v2118, %v732, %v268 : f32
      %v2121 = arith.addf %v2118, %v2119 fastmath<contract> : f32
      %v2122, %v2123 = gpu.shuffle xor %v2121, %v736, %v268 : f32
      %v2124 = arith.addf %v2121, %v2122 fastmath<contract> : f32
      %v2125, %v2126 = gpu.shuffle xor %v2124, %v740, %v268 : f32
      %v2127 = arith.addf %v2124, %v2125 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2127, %v45 : f32, !llvm.ptr
      %v2128 = arith.cmpi eq, %v24, %v53 : i64
      %v2129 = arith.andi %v28, %v2128 : i1
      scf.if %v2129 {
        %v2130 = llvm.load %v45 : !llvm.ptr -> f32
        %v2131 = arith.muli %v30, %v2 : i64
        %v2132 = arith.addi %v2131, %v53 : i64
        %v2133 = llvm.getelementptr %part_Dskip[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2130, %v2133 : f32, !llvm.ptr
      }
      %v2134 = arith.cmpi eq, %v24, %v53 : i64
      %v2135 = arith.andi %v28, %v2134 : i1
      scf.if %v2135 {
        %v2136 = llvm.load %v46 : !llvm.ptr -> f32
        %v2137 = arith.muli %v30, %v2 : i64
        %v2138 = arith.addi %v2137, %v53 : i64
        %v2139 = llvm.getelementptr %part_dt_bias[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2136, %v2139 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
