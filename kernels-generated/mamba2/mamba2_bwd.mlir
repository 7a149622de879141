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
      %v17 = arith.constant 31 : i64
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
      %v110 = arith.constant 256 : i64
      %v120 = arith.muli %v2, %size_H : i64
      %v121 = arith.muli %v120, %size_L : i64
      %v129 = arith.constant 65 : i64
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
      %v270 = arith.constant 32 : i32
      %v278 = arith.muli %v2, %v1 : i64
      %v279 = arith.muli %v278, %size_L : i64
      %v304 = arith.constant 3 : i64
      %v305 = arith.constant 4 : i64
      %v466 = arith.constant 2 : i64
      %v554 = arith.constant 5 : i64
      %v584 = arith.constant 6 : i64
      %v643 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v658 = arith.constant 2147483647 : i64
      %v662 = arith.constant 7 : i32
      %v744 = arith.constant 1 : i32
      %v748 = arith.constant 2 : i32
      %v752 = arith.constant 4 : i32
      %v810 = arith.constant 8 : i32
      %v814 = arith.constant 16 : i32
      %v823 = arith.constant 33 : i64
      %v830 = arith.constant 6 : i32
      %v997 = arith.constant 5 : i32
      %v1330 = arith.constant 3 : i32
      %v1819 = arith.constant 0 : i32
      %v2346 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v3730 = arith.muli %v2, %size_B : i64
      %v3731 = arith.muli %v3730, %size_L : i64
      %v3732 = arith.muli %v3731, %size_H : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
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
        %v107 = arith.addi %v106, %v56 : i64
        %v108 = arith.divui %v107, %v23 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v109 = arith.subi %size_L, %v2 : i64
        %v111 = arith.index_cast %v14 : i64 to index
        %v112 = arith.index_cast %v55 : i64 to index
        %v113 = arith.index_cast %v110 : i64 to index
        scf.for %v114 = %v111 to %v112 step %v113 {
          %v115 = arith.index_cast %v114 : index to i64
          %v116 = arith.remui %v115, %v55 : i64
          %v117 = arith.divui %v115, %v55 : i64
          %v118 = arith.addi %v104, %v116 : i64
          %v119 = arith.minsi %v118, %v109 : i64
          %v122 = arith.muli %v38, %v121 : i64
          %v123 = arith.muli %v119, %v120 : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = arith.muli %v36, %v2 : i64
          %v126 = arith.addi %v124, %v125 : i64
          %v127 = llvm.getelementptr %in_dt[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v128 = llvm.load %v127 : !llvm.ptr -> f32
          %v130 = arith.muli %v117, %v129 : i64
          %v131 = arith.addi %v130, %v116 : i64
          %v132 = llvm.getelementptr %v50[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v128, %v132 : f32, !llvm.ptr
        }
        gpu.barrier
        %v133 = arith.subi %v106, %v2 : i64
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
        %v170 = arith.index_cast %v108 : i64 to index
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
          %v194 = arith.minsi %v193, %v133 : i64
          %v195 = arith.addi %v104, %v194 : i64
          %v196 = arith.muli %v53, %v129 : i64
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
          %v261 = arith.subi %v106, %v192 : i64
          %v262 = arith.trunci %v261 : i64 to i32
          %v263 = arith.index_cast %v53 : i64 to index
          %v264 = arith.index_cast %v23 : i64 to index
          %v265 = arith.index_cast %v2 : i64 to index
          scf.for %v266 = %v263 to %v264 step %v265 {
            %v267 = arith.index_cast %v266 : index to i64
            %v268 = arith.trunci %v267 : i64 to i32
            %v269 = arith.ori %v64, %v268 : i32
            %v271, %v272 = gpu.shuffle idx %v247, %v269, %v270 : f32
            %v273, %v274 = gpu.shuffle idx %v260, %v269, %v270 : f32
            %v275 = arith.addi %v192, %v267 : i64
            %v276 = arith.cmpi slt, %v268, %v262 : i32
            scf.if %v276 {
              %v277 = arith.addi %v104, %v275 : i64
              %v280 = arith.muli %v38, %v279 : i64
              %v281 = arith.muli %v277, %v278 : i64
              %v282 = arith.addi %v280, %v281 : i64
              %v283 = arith.muli %v24, %v2 : i64
              %v284 = arith.addi %v282, %v283 : i64
              %v285 = llvm.getelementptr %in_Bm[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v286 = llvm.load %v285 : !llvm.ptr -> f32
              %v287 = arith.mulf %v273, %v286 fastmath<contract> : f32
              %v288 = llvm.load %v8 : !llvm.ptr -> f32
              %v289 = arith.mulf %v271, %v288 fastmath<contract> : f32
              %v290 = arith.addf %v289, %v287 fastmath<contract> : f32
              llvm.store %v290, %v8 : f32, !llvm.ptr
              %v291 = arith.muli %v38, %v279 : i64
              %v292 = arith.muli %v277, %v278 : i64
              %v293 = arith.addi %v291, %v292 : i64
              %v294 = arith.constant 8 : i64
              %v295 = arith.addi %v294, %v24 : i64
              %v296 = arith.muli %v295, %v2 : i64
              %v297 = arith.addi %v293, %v296 : i64
              %v298 = llvm.getelementptr %in_Bm[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v299 = llvm.load %v298 : !llvm.ptr -> f32
              %v300 = arith.mulf %v273, %v299 fastmath<contract> : f32
              %v301 = llvm.load %v9 : !llvm.ptr -> f32
              %v302 = arith.mulf %v271, %v301 fastmath<contract> : f32
              %v303 = arith.addf %v302, %v300 fastmath<contract> : f32
              llvm.store %v303, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v306 = arith.addi %v108, %v304 : i64
        %v307 = arith.divui %v306, %v305 : i64
        %v308 = arith.index_cast %v53 : i64 to index
        %v309 = arith.index_cast %v307 : i64 to index
        %v310 = arith.index_cast %v2 : i64 to index
        scf.for %v311 = %v308 to %v309 step %v310 {
          %v312 = arith.index_cast %v311 : index to i64
          %v313 = arith.muli %v312, %v305 : i64
          %v314 = arith.addi %v313, %v305 : i64
          %v315 = arith.index_cast %v313 : i64 to index
          %v316 = arith.index_cast %v314 : i64 to index
          %v317 = arith.index_cast %v2 : i64 to index
          scf.for %v318 = %v315 to %v316 step %v317 {
            %v319 = arith.index_cast %v318 : index to i64
            %v320 = arith.cmpi slt, %v319, %v108 : i64
            scf.if %v320 {
              %v321 = arith.subi %v108, %v2 : i64
              %v322 = arith.subi %v321, %v319 : i64
              %v323 = arith.muli %v322, %v23 : i64
              %v324 = arith.remui %v319, %v305 : i64
              %v325 = arith.muli %v324, %v23 : i64
              %v326 = arith.addi %v323, %v23 : i64
              %v327 = arith.cmpi sle, %v326, %v106 : i64
              scf.if %v327 {
                %v328 = arith.subi %v106, %v2 : i64
                %v329 = arith.muli %v322, %v5 : i64
                %v330 = arith.subi %v5, %v2 : i64
                %v331 = arith.minsi %v30, %v330 : i64
                %v332 = arith.addi %v329, %v331 : i64
                %v333 = arith.muli %v332, %v1 : i64
                %v334 = arith.addi %v333, %v53 : i64
                %v335 = arith.addi %v334, %v24 : i64
                %v336 = llvm.getelementptr %scratch_S[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v337 = llvm.load %v336 : !llvm.ptr -> f32
                %v338 = arith.muli %v322, %v5 : i64
                %v339 = arith.subi %v5, %v2 : i64
                %v340 = arith.minsi %v30, %v339 : i64
                %v341 = arith.addi %v338, %v340 : i64
                %v342 = arith.muli %v341, %v1 : i64
                %v343 = arith.addi %v342, %v23 : i64
                %v344 = arith.addi %v343, %v24 : i64
                %v345 = llvm.getelementptr %scratch_S[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.addi %v323, %v24 : i64
                %v348 = arith.minsi %v347, %v328 : i64
                %v349 = arith.addi %v104, %v348 : i64
                %v350 = arith.muli %v53, %v129 : i64
                %v351 = arith.subi %v349, %v104 : i64
                %v352 = arith.addi %v350, %v351 : i64
                %v353 = llvm.getelementptr %v50[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v354 = llvm.load %v353 : !llvm.ptr -> f32
                %v355 = arith.muli %v36, %v2 : i64
                %v356 = llvm.getelementptr %in_dt_bias[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v357 = llvm.load %v356 : !llvm.ptr -> f32
                %v358 = arith.addf %v354, %v357 fastmath<contract> : f32
                %v359 = arith.maximumf %v358, %v51 : f32
                %v360 = llvm.call_intrinsic "llvm.fabs.f32"(%v358) : (f32) -> f32
                %v361 = arith.negf %v360 : f32
                %v362 = arith.mulf %v361, %v208 fastmath<contract> : f32
                %v363 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v362) : (f32) -> f32
                %v364 = arith.addf %v52, %v363 fastmath<contract> : f32
                %v365 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v364) : (f32) -> f32
                %v366 = arith.mulf %v365, %v213 fastmath<contract> : f32
                %v367 = arith.mulf %v215, %v363 fastmath<contract> : f32
                %v368 = arith.addf %v367, %v217 fastmath<contract> : f32
                %v369 = arith.mulf %v368, %v363 fastmath<contract> : f32
                %v370 = arith.addf %v369, %v220 fastmath<contract> : f32
                %v371 = arith.mulf %v370, %v363 fastmath<contract> : f32
                %v372 = arith.addf %v371, %v223 fastmath<contract> : f32
                %v373 = arith.mulf %v372, %v363 fastmath<contract> : f32
                %v374 = arith.addf %v373, %v226 fastmath<contract> : f32
                %v375 = arith.mulf %v374, %v363 fastmath<contract> : f32
                %v376 = arith.addf %v375, %v229 fastmath<contract> : f32
                %v377 = arith.mulf %v376, %v363 fastmath<contract> : f32
                %v378 = arith.addf %v377, %v52 fastmath<contract> : f32
                %v379 = arith.mulf %v378, %v363 fastmath<contract> : f32
                %v380 = llvm.call_intrinsic "llvm.fabs.f32"(%v363) : (f32) -> f32
                %v381 = arith.cmpf olt, %v380, %v235 : f32
                %v382 = arith.select %v381, %v379, %v366 : f32
                %v383 = arith.addf %v359, %v382 fastmath<contract> : f32
                %v384 = arith.negf %v383 : f32
                %v385 = arith.muli %v36, %v2 : i64
                %v386 = llvm.getelementptr %in_A_log[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v387 = llvm.load %v386 : !llvm.ptr -> f32
                %v388 = arith.mulf %v387, %v208 fastmath<contract> : f32
                %v389 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v388) : (f32) -> f32
                %v390 = arith.mulf %v384, %v389 fastmath<contract> : f32
                %v391 = arith.mulf %v390, %v208 fastmath<contract> : f32
                %v392 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v391) : (f32) -> f32
                %v393 = arith.muli %v38, %v250 : i64
                %v394 = arith.muli %v349, %v249 : i64
                %v395 = arith.addi %v393, %v394 : i64
                %v396 = arith.muli %v36, %v248 : i64
                %v397 = arith.addi %v395, %v396 : i64
                %v398 = arith.muli %v34, %v2 : i64
                %v399 = arith.addi %v397, %v398 : i64
                %v400 = llvm.getelementptr %in_x[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.mulf %v383, %v401 fastmath<contract> : f32
                %v403 = arith.negf %v358 : f32
                %v404 = arith.mulf %v403, %v208 fastmath<contract> : f32
                %v405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v404) : (f32) -> f32
                %v406 = arith.addf %v52, %v405 fastmath<contract> : f32
                %v407 = arith.divf %v52, %v406 : f32
                // the group's states, recomputed into registers
                %v408 = arith.addi %v323, %v53 : i64
                %v409 = arith.minsi %v408, %v328 : i64
                %v410 = arith.addi %v104, %v409 : i64
                %v411, %v412 = gpu.shuffle idx %v392, %v64, %v270 : f32
                %v413, %v414 = gpu.shuffle idx %v402, %v64, %v270 : f32
                %v415 = arith.muli %v38, %v279 : i64
                %v416 = arith.muli %v410, %v278 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = arith.muli %v24, %v2 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = llvm.getelementptr %in_Bm[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v421 = llvm.load %v420 : !llvm.ptr -> f32
                %v422 = arith.mulf %v413, %v421 fastmath<contract> : f32
                %v423 = arith.mulf %v411, %v337 fastmath<contract> : f32
                %v424 = arith.addf %v423, %v422 fastmath<contract> : f32
                %v425 = arith.muli %v38, %v279 : i64
                %v426 = arith.muli %v410, %v278 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.constant 8 : i64
                %v429 = arith.addi %v428, %v24 : i64
                %v430 = arith.muli %v429, %v2 : i64
                %v431 = arith.addi %v427, %v430 : i64
                %v432 = llvm.getelementptr %in_Bm[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = arith.mulf %v413, %v433 fastmath<contract> : f32
                %v435 = arith.mulf %v411, %v346 fastmath<contract> : f32
                %v436 = arith.addf %v435, %v434 fastmath<contract> : f32
                %v437 = arith.addi %v323, %v2 : i64
                %v438 = arith.minsi %v437, %v328 : i64
                %v439 = arith.addi %v104, %v438 : i64
                %v440, %v441 = gpu.shuffle idx %v392, %v68, %v270 : f32
                %v442, %v443 = gpu.shuffle idx %v402, %v68, %v270 : f32
                %v444 = arith.muli %v38, %v279 : i64
                %v445 = arith.muli %v439, %v278 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = arith.muli %v24, %v2 : i64
                %v448 = arith.addi %v446, %v447 : i64
                %v449 = llvm.getelementptr %in_Bm[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v450 = llvm.load %v449 : !llvm.ptr -> f32
                %v451 = arith.mulf %v442, %v450 fastmath<contract> : f32
                %v452 = arith.mulf %v440, %v424 fastmath<contract> : f32
                %v453 = arith.addf %v452, %v451 fastmath<contract> : f32
                %v454 = arith.muli %v38, %v279 : i64
                %v455 = arith.muli %v439, %v278 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = arith.constant 8 : i64
                %v458 = arith.addi %v457, %v24 : i64
                %v459 = arith.muli %v458, %v2 : i64
                %v460 = arith.addi %v456, %v459 : i64
                %v461 = llvm.getelementptr %in_Bm[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v462 = llvm.load %v461 : !llvm.ptr -> f32
                %v463 = arith.mulf %v442, %v462 fastmath<contract> : f32
                %v464 = arith.mulf %v440, %v436 fastmath<contract> : f32
                %v465 = arith.addf %v464, %v463 fastmath<contract> : f32
                %v467 = arith.addi %v323, %v466 : i64
                %v468 = arith.minsi %v467, %v328 : i64
                %v469 = arith.addi %v104, %v468 : i64
                %v470, %v471 = gpu.shuffle idx %v392, %v72, %v270 : f32
                %v472, %v473 = gpu.shuffle idx %v402, %v72, %v270 : f32
                %v474 = arith.muli %v38, %v279 : i64
                %v475 = arith.muli %v469, %v278 : i64
                %v476 = arith.addi %v474, %v475 : i64
                %v477 = arith.muli %v24, %v2 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = llvm.getelementptr %in_Bm[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v480 = llvm.load %v479 : !llvm.ptr -> f32
                %v481 = arith.mulf %v472, %v480 fastmath<contract> : f32
                %v482 = arith.mulf %v470, %v453 fastmath<contract> : f32
                %v483 = arith.addf %v482, %v481 fastmath<contract> : f32
                %v484 = arith.muli %v38, %v279 : i64
                %v485 = arith.muli %v469, %v278 : i64
                %v486 = arith.addi %v484, %v485 : i64
                %v487 = arith.constant 8 : i64
                %v488 = arith.addi %v487, %v24 : i64
                %v489 = arith.muli %v488, %v2 : i64
                %v490 = arith.addi %v486, %v489 : i64
                %v491 = llvm.getelementptr %in_Bm[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v492 = llvm.load %v491 : !llvm.ptr -> f32
                %v493 = arith.mulf %v472, %v492 fastmath<contract> : f32
                %v494 = arith.mulf %v470, %v465 fastmath<contract> : f32
                %v495 = arith.addf %v494, %v493 fastmath<contract> : f32
                %v496 = arith.addi %v323, %v304 : i64
                %v497 = arith.minsi %v496, %v328 : i64
                %v498 = arith.addi %v104, %v497 : i64
                %v499, %v500 = gpu.shuffle idx %v392, %v76, %v270 : f32
                %v501, %v502 = gpu.shuffle idx %v402, %v76, %v270 : f32
                %v503 = arith.muli %v38, %v279 : i64
                %v504 = arith.muli %v498, %v278 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.muli %v24, %v2 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %in_Bm[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = arith.mulf %v501, %v509 fastmath<contract> : f32
                %v511 = arith.mulf %v499, %v483 fastmath<contract> : f32
                %v512 = arith.addf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.muli %v38, %v279 : i64
                %v514 = arith.muli %v498, %v278 : i64
                %v515 = arith.addi %v513, %v514 : i64
                %v516 = arith.constant 8 : i64
                %v517 = arith.addi %v516, %v24 : i64
                %v518 = arith.muli %v517, %v2 : i64
                %v519 = arith.addi %v515, %v518 : i64
                %v520 = llvm.getelementptr %in_Bm[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v521 = llvm.load %v520 : !llvm.ptr -> f32
                %v522 = arith.mulf %v501, %v521 fastmath<contract> : f32
                %v523 = arith.mulf %v499, %v495 fastmath<contract> : f32
                %v524 = arith.addf %v523, %v522 fastmath<contract> : f32
                %v525 = arith.addi %v323, %v305 : i64
                %v526 = arith.minsi %v525, %v328 : i64
                %v527 = arith.addi %v104, %v526 : i64
                %v528, %v529 = gpu.shuffle idx %v392, %v80, %v270 : f32
                %v530, %v531 = gpu.shuffle idx %v402, %v80, %v270 : f32
                %v532 = arith.muli %v38, %v279 : i64
                %v533 = arith.muli %v527, %v278 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = arith.muli %v24, %v2 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = llvm.getelementptr %in_Bm[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v538 = llvm.load %v537 : !llvm.ptr -> f32
                %v539 = arith.mulf %v530, %v538 fastmath<contract> : f32
                %v540 = arith.mulf %v528, %v512 fastmath<contract> : f32
                %v541 = arith.addf %v540, %v539 fastmath<contract> : f32
                %v542 = arith.muli %v38, %v279 : i64
                %v543 = arith.muli %v527, %v278 : i64
                %v544 = arith.addi %v542, %v543 : i64
                %v545 = arith.constant 8 : i64
                %v546 = arith.addi %v545, %v24 : i64
                %v547 = arith.muli %v546, %v2 : i64
                %v548 = arith.addi %v544, %v547 : i64
                %v549 = llvm.getelementptr %in_Bm[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v550 = llvm.load %v549 : !llvm.ptr -> f32
                %v551 = arith.mulf %v530, %v550 fastmath<contract> : f32
                %v552 = arith.mulf %v528, %v524 fastmath<contract> : f32
                %v553 = arith.addf %v552, %v551 fastmath<contract> : f32
                %v555 = arith.addi %v323, %v554 : i64
                %v556 = arith.minsi %v555, %v328 : i64
                %v557 = arith.addi %v104, %v556 : i64
                %v558, %v559 = gpu.shuffle idx %v392, %v84, %v270 : f32
                %v560, %v561 = gpu.shuffle idx %v402, %v84, %v270 : f32
                %v562 = arith.muli %v38, %v279 : i64
                %v563 = arith.muli %v557, %v278 : i64
                %v564 = arith.addi %v562, %v563 : i64
                %v565 = arith.muli %v24, %v2 : i64
                %v566 = arith.addi %v564, %v565 : i64
                %v567 = llvm.getelementptr %in_Bm[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v568 = llvm.load %v567 : !llvm.ptr -> f32
                %v569 = arith.mulf %v560, %v568 fastmath<contract> : f32
                %v570 = arith.mulf %v558, %v541 fastmath<contract> : f32
                %v571 = arith.addf %v570, %v569 fastmath<contract> : f32
                %v572 = arith.muli %v38, %v279 : i64
                %v573 = arith.muli %v557, %v278 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.constant 8 : i64
                %v576 = arith.addi %v575, %v24 : i64
                %v577 = arith.muli %v576, %v2 : i64
                %v578 = arith.addi %v574, %v577 : i64
                %v579 = llvm.getelementptr %in_Bm[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v580 = llvm.load %v579 : !llvm.ptr -> f32
                %v581 = arith.mulf %v560, %v580 fastmath<contract> : f32
                %v582 = arith.mulf %v558, %v553 fastmath<contract> : f32
                %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
                %v585 = arith.addi %v323, %v584 : i64
                %v586 = arith.minsi %v585, %v328 : i64
                %v587 = arith.addi %v104, %v586 : i64
                %v588, %v589 = gpu.shuffle idx %v392, %v88, %v270 : f32
                %v590, %v591 = gpu.shuffle idx %v402, %v88, %v270 : f32
                %v592 = arith.muli %v38, %v279 : i64
                %v593 = arith.muli %v587, %v278 : i64
                %v594 = arith.addi %v592, %v593 : i64
                %v595 = arith.muli %v24, %v2 : i64
                %v596 = arith.addi %v594, %v595 : i64
                %v597 = llvm.getelementptr %in_Bm[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v598 = llvm.load %v597 : !llvm.ptr -> f32
                %v599 = arith.mulf %v590, %v598 fastmath<contract> : f32
                %v600 = arith.mulf %v588, %v571 fastmath<contract> : f32
                %v601 = arith.addf %v600, %v599 fastmath<contract> : f32
                %v602 = arith.muli %v38, %v279 : i64
                %v603 = arith.muli %v587, %v278 : i64
                %v604 = arith.addi %v602, %v603 : i64
                %v605 = arith.constant 8 : i64
                %v606 = arith.addi %v605, %v24 : i64
                %v607 = arith.muli %v606, %v2 : i64
                %v608 = arith.addi %v604, %v607 : i64
                %v609 = llvm.getelementptr %in_Bm[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v611 = arith.mulf %v590, %v610 fastmath<contract> : f32
                %v612 = arith.mulf %v588, %v583 fastmath<contract> : f32
                %v613 = arith.addf %v612, %v611 fastmath<contract> : f32
                %v614 = arith.addi %v323, %v56 : i64
                %v615 = arith.minsi %v614, %v328 : i64
                %v616 = arith.addi %v104, %v615 : i64
                %v617, %v618 = gpu.shuffle idx %v392, %v92, %v270 : f32
                %v619, %v620 = gpu.shuffle idx %v402, %v92, %v270 : f32
                %v621 = arith.muli %v38, %v279 : i64
                %v622 = arith.muli %v616, %v278 : i64
                %v623 = arith.addi %v621, %v622 : i64
                %v624 = arith.muli %v24, %v2 : i64
                %v625 = arith.addi %v623, %v624 : i64
                %v626 = llvm.getelementptr %in_Bm[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = arith.mulf %v619, %v627 fastmath<contract> : f32
                %v629 = arith.mulf %v617, %v601 fastmath<contract> : f32
                %v630 = arith.addf %v629, %v628 fastmath<contract> : f32
                %v631 = arith.muli %v38, %v279 : i64
                %v632 = arith.muli %v616, %v278 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.constant 8 : i64
                %v635 = arith.addi %v634, %v24 : i64
                %v636 = arith.muli %v635, %v2 : i64
                %v637 = arith.addi %v633, %v636 : i64
                %v638 = llvm.getelementptr %in_Bm[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v639 = llvm.load %v638 : !llvm.ptr -> f32
                %v640 = arith.mulf %v619, %v639 fastmath<contract> : f32
                %v641 = arith.mulf %v617, %v613 fastmath<contract> : f32
                %v642 = arith.addf %v641, %v640 fastmath<contract> : f32
                %v644 = arith.shrui %v24, %v53 : i64
                %v645 = arith.andi %v644, %v2 : i64
                %v646 = arith.cmpi ne, %v645, %v53 : i64
                %v647 = arith.shrui %v24, %v2 : i64
                %v648 = arith.andi %v647, %v2 : i64
                %v649 = arith.cmpi ne, %v648, %v53 : i64
                %v650 = arith.shrui %v24, %v466 : i64
                %v651 = arith.andi %v650, %v2 : i64
                %v652 = arith.cmpi ne, %v651, %v53 : i64
                %v653 = arith.subi %v106, %v323 : i64
                %v654 = arith.trunci %v653 : i64 to i32
                %v655 = arith.subi %size_L, %v2 : i64
                %v656 = arith.addi %v104, %v323 : i64
                %v657 = arith.subi %v655, %v656 : i64
                %v659 = arith.minsi %v657, %v658 : i64
                %v660 = arith.trunci %v659 : i64 to i32
                %v661 = arith.addi %v323, %v56 : i64
                %v663 = arith.cmpi slt, %v662, %v654 : i32
                %v664 = arith.cmpi eq, %v662, %v660 : i32
                %v665, %v666 = gpu.shuffle idx %v383, %v92, %v270 : f32
                %v667, %v668 = gpu.shuffle idx %v384, %v92, %v270 : f32
                %v669, %v670 = gpu.shuffle idx %v389, %v92, %v270 : f32
                %v671, %v672 = gpu.shuffle idx %v392, %v92, %v270 : f32
                %v673, %v674 = gpu.shuffle idx %v402, %v92, %v270 : f32
                %v675, %v676 = gpu.shuffle idx %v407, %v92, %v270 : f32
                %v677 = arith.addi %v325, %v53 : i64
                llvm.store %v51, %v643 : f32, !llvm.ptr
                %v678 = arith.addi %v104, %v661 : i64
                %v679 = arith.muli %v38, %v279 : i64
                %v680 = arith.muli %v678, %v278 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = arith.muli %v24, %v2 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = llvm.getelementptr %in_Cm[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v685 = llvm.load %v684 : !llvm.ptr -> f32
                %v686 = arith.muli %v38, %v250 : i64
                %v687 = arith.muli %v678, %v249 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = arith.muli %v36, %v248 : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = arith.muli %v34, %v2 : i64
                %v692 = arith.addi %v690, %v691 : i64
                %v693 = llvm.getelementptr %dy_y[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v694 = llvm.load %v693 : !llvm.ptr -> f32
                %v695 = arith.mulf %v685, %v694 fastmath<contract> : f32
                %v696 = llvm.load %v40 : !llvm.ptr -> f32
                %v697 = llvm.load %v42 : !llvm.ptr -> f32
                %v698 = arith.mulf %v697, %v696 fastmath<contract> : f32
                %v699 = arith.addf %v695, %v698 fastmath<contract> : f32
                llvm.store %v699, %v40 : f32, !llvm.ptr
                %v700 = arith.muli %v38, %v279 : i64
                %v701 = arith.muli %v678, %v278 : i64
                %v702 = arith.addi %v700, %v701 : i64
                %v703 = arith.constant 8 : i64
                %v704 = arith.addi %v703, %v24 : i64
                %v705 = arith.muli %v704, %v2 : i64
                %v706 = arith.addi %v702, %v705 : i64
                %v707 = llvm.getelementptr %in_Cm[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.mulf %v708, %v694 fastmath<contract> : f32
                %v710 = llvm.load %v41 : !llvm.ptr -> f32
                %v711 = llvm.load %v43 : !llvm.ptr -> f32
                %v712 = arith.mulf %v711, %v710 fastmath<contract> : f32
                %v713 = arith.addf %v709, %v712 fastmath<contract> : f32
                llvm.store %v713, %v41 : f32, !llvm.ptr
                %v714 = arith.muli %v38, %v250 : i64
                %v715 = arith.muli %v678, %v249 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.muli %v36, %v248 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = arith.muli %v34, %v2 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = llvm.getelementptr %in_x[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v722 = llvm.load %v721 : !llvm.ptr -> f32
                %v723 = arith.muli %v38, %v279 : i64
                %v724 = arith.muli %v678, %v278 : i64
                %v725 = arith.addi %v723, %v724 : i64
                %v726 = arith.muli %v24, %v2 : i64
                %v727 = arith.addi %v725, %v726 : i64
                %v728 = llvm.getelementptr %in_Bm[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v729 = llvm.load %v728 : !llvm.ptr -> f32
                %v730 = llvm.load %v40 : !llvm.ptr -> f32
                %v731 = arith.mulf %v729, %v730 fastmath<contract> : f32
                %v732 = arith.muli %v38, %v279 : i64
                %v733 = arith.muli %v678, %v278 : i64
                %v734 = arith.addi %v732, %v733 : i64
                %v735 = arith.constant 8 : i64
                %v736 = arith.addi %v735, %v24 : i64
                %v737 = arith.muli %v736, %v2 : i64
                %v738 = arith.addi %v734, %v737 : i64
                %v739 = llvm.getelementptr %in_Bm[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v740 = llvm.load %v739 : !llvm.ptr -> f32
                %v741 = llvm.load %v41 : !llvm.ptr -> f32
                %v742 = arith.mulf %v740, %v741 fastmath<contract> : f32
                %v743 = arith.addf %v731, %v742 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v745, %v746 = gpu.shuffle xor %v743, %v744, %v270 : f32
                %v747 = arith.addf %v743, %v745 fastmath<contract> : f32
                %v749, %v750 = gpu.shuffle xor %v747, %v748, %v270 : f32
                %v751 = arith.addf %v747, %v749 fastmath<contract> : f32
                %v753, %v754 = gpu.shuffle xor %v751, %v752, %v270 : f32
                %v755 = arith.addf %v751, %v753 fastmath<contract> : f32
                // end sum over the lanes
                %v756 = arith.mulf %v722, %v755 fastmath<contract> : f32
                %v757 = arith.mulf %v601, %v730 fastmath<contract> : f32
                %v758 = arith.mulf %v613, %v741 fastmath<contract> : f32
                %v759 = arith.addf %v757, %v758 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v760, %v761 = gpu.shuffle xor %v759, %v744, %v270 : f32
                %v762 = arith.addf %v759, %v760 fastmath<contract> : f32
                %v763, %v764 = gpu.shuffle xor %v762, %v748, %v270 : f32
                %v765 = arith.addf %v762, %v763 fastmath<contract> : f32
                %v766, %v767 = gpu.shuffle xor %v765, %v752, %v270 : f32
                %v768 = arith.addf %v765, %v766 fastmath<contract> : f32
                // end sum over the lanes
                %v769 = arith.mulf %v669, %v768 fastmath<contract> : f32
                %v770 = arith.mulf %v671, %v769 fastmath<contract> : f32
                %v771 = arith.negf %v770 : f32
                %v772 = arith.addf %v756, %v771 fastmath<contract> : f32
                %v773 = arith.mulf %v772, %v675 fastmath<contract> : f32
                %v774 = arith.mulf %v671, %v768 fastmath<contract> : f32
                %v775 = arith.mulf %v667, %v774 fastmath<contract> : f32
                %v776 = arith.mulf %v669, %v775 fastmath<contract> : f32
                %v777 = llvm.load %v44 : !llvm.ptr -> f32
                %v778 = arith.addf %v777, %v776 fastmath<contract> : f32
                llvm.store %v778, %v44 : f32, !llvm.ptr
                %v779 = arith.mulf %v673, %v730 fastmath<contract> : f32
                scf.if %v28 {
                  %v780 = arith.addi %v53, %v24 : i64
                  %v781 = arith.muli %v30, %v1 : i64
                  %v782 = arith.addi %v781, %v780 : i64
                  %v783 = arith.muli %v782, %size_L : i64
                  %v784 = arith.addi %v783, %v678 : i64
                  %v785 = llvm.getelementptr %part_Bm[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v779, %v785 : f32, !llvm.ptr
                }
                %v786 = arith.mulf %v673, %v741 fastmath<contract> : f32
                scf.if %v28 {
                  %v787 = arith.addi %v23, %v24 : i64
                  %v788 = arith.muli %v30, %v1 : i64
                  %v789 = arith.addi %v788, %v787 : i64
                  %v790 = arith.muli %v789, %size_L : i64
                  %v791 = arith.addi %v790, %v678 : i64
                  %v792 = llvm.getelementptr %part_Bm[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v786, %v792 : f32, !llvm.ptr
                }
                %v793 = arith.mulf %v630, %v694 fastmath<contract> : f32
                scf.if %v28 {
                  %v794 = arith.addi %v53, %v24 : i64
                  %v795 = arith.muli %v30, %v1 : i64
                  %v796 = arith.addi %v795, %v794 : i64
                  %v797 = arith.muli %v796, %size_L : i64
                  %v798 = arith.addi %v797, %v678 : i64
                  %v799 = llvm.getelementptr %part_Cm[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v793, %v799 : f32, !llvm.ptr
                }
                %v800 = arith.mulf %v642, %v694 fastmath<contract> : f32
                scf.if %v28 {
                  %v801 = arith.addi %v23, %v24 : i64
                  %v802 = arith.muli %v30, %v1 : i64
                  %v803 = arith.addi %v802, %v801 : i64
                  %v804 = arith.muli %v803, %size_L : i64
                  %v805 = arith.addi %v804, %v678 : i64
                  %v806 = llvm.getelementptr %part_Cm[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v800, %v806 : f32, !llvm.ptr
                }
                %v807 = llvm.load %v46 : !llvm.ptr -> f32
                %v808 = arith.addf %v807, %v773 fastmath<contract> : f32
                llvm.store %v808, %v46 : f32, !llvm.ptr
                %v809 = arith.select %v28, %v773, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v811, %v812 = gpu.shuffle xor %v809, %v810, %v270 : f32
                %v813 = arith.addf %v809, %v811 fastmath<contract> : f32
                %v815, %v816 = gpu.shuffle xor %v813, %v814, %v270 : f32
                %v817 = arith.addf %v813, %v815 fastmath<contract> : f32
                %v818 = arith.divui %v14, %v16 : i64
                %v819 = arith.remui %v14, %v16 : i64
                %v820 = arith.cmpi ult, %v819, %v2 : i64
                %v821 = arith.muli %v818, %v2 : i64
                %v822 = arith.addi %v821, %v53 : i64
                %v824 = arith.muli %v822, %v823 : i64
                %v825 = arith.addi %v824, %v677 : i64
                scf.if %v820 {
                  %v826 = llvm.getelementptr %v48[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v817, %v826 : f32, !llvm.ptr
                }
                %v827 = arith.addf %v731, %v742 fastmath<contract> : f32
                llvm.store %v827, %v643 : f32, !llvm.ptr
                llvm.store %v671, %v42 : f32, !llvm.ptr
                llvm.store %v671, %v43 : f32, !llvm.ptr
                %v828 = llvm.load %v643 : !llvm.ptr -> f32
                %v829 = arith.addi %v323, %v584 : i64
                %v831 = arith.cmpi slt, %v830, %v654 : i32
                %v832 = arith.cmpi eq, %v830, %v660 : i32
                %v833, %v834 = gpu.shuffle idx %v383, %v88, %v270 : f32
                %v835, %v836 = gpu.shuffle idx %v384, %v88, %v270 : f32
                %v837, %v838 = gpu.shuffle idx %v389, %v88, %v270 : f32
                %v839, %v840 = gpu.shuffle idx %v392, %v88, %v270 : f32
                %v841, %v842 = gpu.shuffle idx %v402, %v88, %v270 : f32
                %v843, %v844 = gpu.shuffle idx %v407, %v88, %v270 : f32
                %v845 = arith.addi %v325, %v2 : i64
                llvm.store %v51, %v643 : f32, !llvm.ptr
                %v846 = arith.addi %v104, %v829 : i64
                %v847 = arith.muli %v38, %v279 : i64
                %v848 = arith.muli %v846, %v278 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = arith.muli %v24, %v2 : i64
                %v851 = arith.addi %v849, %v850 : i64
                %v852 = llvm.getelementptr %in_Cm[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v853 = llvm.load %v852 : !llvm.ptr -> f32
                %v854 = arith.muli %v38, %v250 : i64
                %v855 = arith.muli %v846, %v249 : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = arith.muli %v36, %v248 : i64
                %v858 = arith.addi %v856, %v857 : i64
                %v859 = arith.muli %v34, %v2 : i64
                %v860 = arith.addi %v858, %v859 : i64
                %v861 = llvm.getelementptr %dy_y[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v862 = llvm.load %v861 : !llvm.ptr -> f32
                %v863 = arith.mulf %v853, %v862 fastmath<contract> : f32
                %v864 = llvm.load %v40 : !llvm.ptr -> f32
                %v865 = llvm.load %v42 : !llvm.ptr -> f32
                %v866 = arith.mulf %v865, %v864 fastmath<contract> : f32
                %v867 = arith.addf %v863, %v866 fastmath<contract> : f32
                llvm.store %v867, %v40 : f32, !llvm.ptr
                %v868 = arith.muli %v38, %v279 : i64
                %v869 = arith.muli %v846, %v278 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = arith.constant 8 : i64
                %v872 = arith.addi %v871, %v24 : i64
                %v873 = arith.muli %v872, %v2 : i64
                %v874 = arith.addi %v870, %v873 : i64
                %v875 = llvm.getelementptr %in_Cm[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = arith.mulf %v876, %v862 fastmath<contract> : f32
                %v878 = llvm.load %v41 : !llvm.ptr -> f32
                %v879 = llvm.load %v43 : !llvm.ptr -> f32
                %v880 = arith.mulf %v879, %v878 fastmath<contract> : f32
                %v881 = arith.addf %v877, %v880 fastmath<contract> : f32
                llvm.store %v881, %v41 : f32, !llvm.ptr
                %v882 = arith.muli %v38, %v250 : i64
                %v883 = arith.muli %v846, %v249 : i64
                %v884 = arith.addi %v882, %v883 : i64
                %v885 = arith.muli %v36, %v248 : i64
                %v886 = arith.addi %v884, %v885 : i64
                %v887 = arith.muli %v34, %v2 : i64
                %v888 = arith.addi %v886, %v887 : i64
                %v889 = llvm.getelementptr %in_x[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v890 = llvm.load %v889 : !llvm.ptr -> f32
                %v891 = arith.muli %v38, %v279 : i64
                %v892 = arith.muli %v846, %v278 : i64
                %v893 = arith.addi %v891, %v892 : i64
                %v894 = arith.muli %v24, %v2 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = llvm.getelementptr %in_Bm[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v897 = llvm.load %v896 : !llvm.ptr -> f32
                %v898 = llvm.load %v40 : !llvm.ptr -> f32
                %v899 = arith.mulf %v897, %v898 fastmath<contract> : f32
                %v900 = arith.muli %v38, %v279 : i64
                %v901 = arith.muli %v846, %v278 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = arith.constant 8 : i64
                %v904 = arith.addi %v903, %v24 : i64
                %v905 = arith.muli %v904, %v2 : i64
                %v906 = arith.addi %v902, %v905 : i64
                %v907 = llvm.getelementptr %in_Bm[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v908 = llvm.load %v907 : !llvm.ptr -> f32
                %v909 = llvm.load %v41 : !llvm.ptr -> f32
                %v910 = arith.mulf %v908, %v909 fastmath<contract> : f32
                %v911 = arith.addf %v899, %v910 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v912, %v913 = gpu.shuffle xor %v911, %v744, %v270 : f32
                %v914 = arith.addf %v911, %v912 fastmath<contract> : f32
                %v915, %v916 = gpu.shuffle xor %v914, %v748, %v270 : f32
                %v917 = arith.addf %v914, %v915 fastmath<contract> : f32
                %v918, %v919 = gpu.shuffle xor %v917, %v752, %v270 : f32
                %v920 = arith.addf %v917, %v918 fastmath<contract> : f32
                // end sum over the lanes
                %v921 = arith.mulf %v890, %v920 fastmath<contract> : f32
                %v922 = arith.mulf %v571, %v898 fastmath<contract> : f32
                %v923 = arith.mulf %v583, %v909 fastmath<contract> : f32
                %v924 = arith.addf %v922, %v923 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v925, %v926 = gpu.shuffle xor %v924, %v744, %v270 : f32
                %v927 = arith.addf %v924, %v925 fastmath<contract> : f32
                %v928, %v929 = gpu.shuffle xor %v927, %v748, %v270 : f32
                %v930 = arith.addf %v927, %v928 fastmath<contract> : f32
                %v931, %v932 = gpu.shuffle xor %v930, %v752, %v270 : f32
                %v933 = arith.addf %v930, %v931 fastmath<contract> : f32
                // end sum over the lanes
                %v934 = arith.mulf %v837, %v933 fastmath<contract> : f32
                %v935 = arith.mulf %v839, %v934 fastmath<contract> : f32
                %v936 = arith.negf %v935 : f32
                %v937 = arith.addf %v921, %v936 fastmath<contract> : f32
                %v938 = arith.mulf %v937, %v843 fastmath<contract> : f32
                %v939 = arith.mulf %v839, %v933 fastmath<contract> : f32
                %v940 = arith.mulf %v835, %v939 fastmath<contract> : f32
                %v941 = arith.mulf %v837, %v940 fastmath<contract> : f32
                %v942 = llvm.load %v44 : !llvm.ptr -> f32
                %v943 = arith.addf %v942, %v941 fastmath<contract> : f32
                llvm.store %v943, %v44 : f32, !llvm.ptr
                %v944 = arith.mulf %v841, %v898 fastmath<contract> : f32
                scf.if %v28 {
                  %v945 = arith.addi %v53, %v24 : i64
                  %v946 = arith.muli %v30, %v1 : i64
                  %v947 = arith.addi %v946, %v945 : i64
                  %v948 = arith.muli %v947, %size_L : i64
                  %v949 = arith.addi %v948, %v846 : i64
                  %v950 = llvm.getelementptr %part_Bm[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v944, %v950 : f32, !llvm.ptr
                }
                %v951 = arith.mulf %v841, %v909 fastmath<contract> : f32
                scf.if %v28 {
                  %v952 = arith.addi %v23, %v24 : i64
                  %v953 = arith.muli %v30, %v1 : i64
                  %v954 = arith.addi %v953, %v952 : i64
                  %v955 = arith.muli %v954, %size_L : i64
                  %v956 = arith.addi %v955, %v846 : i64
                  %v957 = llvm.getelementptr %part_Bm[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v951, %v957 : f32, !llvm.ptr
                }
                %v958 = arith.mulf %v601, %v862 fastmath<contract> : f32
                scf.if %v28 {
                  %v959 = arith.addi %v53, %v24 : i64
                  %v960 = arith.muli %v30, %v1 : i64
                  %v961 = arith.addi %v960, %v959 : i64
                  %v962 = arith.muli %v961, %size_L : i64
                  %v963 = arith.addi %v962, %v846 : i64
                  %v964 = llvm.getelementptr %part_Cm[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v958, %v964 : f32, !llvm.ptr
                }
                %v965 = arith.mulf %v613, %v862 fastmath<contract> : f32
                scf.if %v28 {
                  %v966 = arith.addi %v23, %v24 : i64
                  %v967 = arith.muli %v30, %v1 : i64
                  %v968 = arith.addi %v967, %v966 : i64
                  %v969 = arith.muli %v968, %size_L : i64
                  %v970 = arith.addi %v969, %v846 : i64
                  %v971 = llvm.getelementptr %part_Cm[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v965, %v971 : f32, !llvm.ptr
                }
                %v972 = llvm.load %v46 : !llvm.ptr -> f32
                %v973 = arith.addf %v972, %v938 fastmath<contract> : f32
                llvm.store %v973, %v46 : f32, !llvm.ptr
                %v974 = arith.select %v28, %v938, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v975, %v976 = gpu.shuffle xor %v974, %v810, %v270 : f32
                %v977 = arith.addf %v974, %v975 fastmath<contract> : f32
                %v978, %v979 = gpu.shuffle xor %v977, %v814, %v270 : f32
                %v980 = arith.addf %v977, %v978 fastmath<contract> : f32
                %v981 = arith.divui %v14, %v16 : i64
                %v982 = arith.remui %v14, %v16 : i64
                %v983 = arith.cmpi ult, %v982, %v2 : i64
                %v984 = arith.muli %v981, %v2 : i64
                %v985 = arith.addi %v984, %v53 : i64
                %v986 = arith.muli %v985, %v823 : i64
                %v987 = arith.addi %v986, %v845 : i64
                scf.if %v983 {
                  %v988 = llvm.getelementptr %v48[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v980, %v988 : f32, !llvm.ptr
                }
                %v989 = arith.addf %v899, %v910 fastmath<contract> : f32
                llvm.store %v989, %v643 : f32, !llvm.ptr
                llvm.store %v839, %v42 : f32, !llvm.ptr
                llvm.store %v839, %v43 : f32, !llvm.ptr
                %v990 = llvm.load %v643 : !llvm.ptr -> f32
                %v991 = arith.select %v646, %v990, %v828 : f32
                %v992 = arith.select %v646, %v828, %v990 : f32
                %v993, %v994 = gpu.shuffle xor %v991, %v744, %v270 : f32
                %v995 = arith.addf %v992, %v993 fastmath<contract> : f32
                %v996 = arith.addi %v323, %v554 : i64
                %v998 = arith.cmpi slt, %v997, %v654 : i32
                %v999 = arith.cmpi eq, %v997, %v660 : i32
                %v1000, %v1001 = gpu.shuffle idx %v383, %v84, %v270 : f32
                %v1002, %v1003 = gpu.shuffle idx %v384, %v84, %v270 : f32
                %v1004, %v1005 = gpu.shuffle idx %v389, %v84, %v270 : f32
                %v1006, %v1007 = gpu.shuffle idx %v392, %v84, %v270 : f32
                %v1008, %v1009 = gpu.shuffle idx %v402, %v84, %v270 : f32
                %v1010, %v1011 = gpu.shuffle idx %v407, %v84, %v270 : f32
                %v1012 = arith.addi %v325, %v466 : i64
                llvm.store %v51, %v643 : f32, !llvm.ptr
                %v1013 = arith.addi %v104, %v996 : i64
                %v1014 = arith.muli %v38, %v279 : i64
                %v1015 = arith.muli %v1013, %v278 : i64
                %v1016 = arith.addi %v1014, %v1015 : i64
                %v1017 = arith.muli %v24, %v2 : i64
                %v1018 = arith.addi %v1016, %v1017 : i64
                %v1019 = llvm.getelementptr %in_Cm[%v1018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1020 = llvm.load %v1019 : !llvm.ptr -> f32
                %v1021 = arith.muli %v38, %v250 : i64
                %v1022 = arith.muli %v1013, %v249 : i64
                %v1023 = arith.addi %v1021, %v1022 : i64
                %v1024 = arith.muli %v36, %v248 : i64
                %v1025 = arith.addi %v1023, %v1024 : i64
                %v1026 = arith.muli %v34, %v2 : i64
                %v1027 = arith.addi %v1025, %v1026 : i64
                %v1028 = llvm.getelementptr %dy_y[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1029 = llvm.load %v1028 : !llvm.ptr -> f32
                %v1030 = arith.mulf %v1020, %v1029 fastmath<contract> : f32
                %v1031 = llvm.load %v40 : !llvm.ptr -> f32
                %v1032 = llvm.load %v42 : !llvm.ptr -> f32
                %v1033 = arith.mulf %v1032, %v1031 fastmath<contract> : f32
                %v1034 = arith.addf %v1030, %v1033 fastmath<contract> : f32
                llvm.store %v1034, %v40 : f32, !llvm.ptr
                %v1035 = arith.muli %v38, %v279 : i64
                %v1036 = arith.muli %v1013, %v278 : i64
                %v1037 = arith.addi %v1035, %v1036 : i64
                %v1038 = arith.constant 8 : i64
                %v1039 = arith.addi %v1038, %v24 : i64
                %v1040 = arith.muli %v1039, %v2 : i64
                %v1041 = arith.addi %v1037, %v1040 : i64
                %v1042 = llvm.getelementptr %in_Cm[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
                %v1044 = arith.mulf %v1043, %v1029 fastmath<contract> : f32
                %v1045 = llvm.load %v41 : !llvm.ptr -> f32
                %v1046 = llvm.load %v43 : !llvm.ptr -> f32
                %v1047 = arith.mulf %v1046, %v1045 fastmath<contract> : f32
                %v1048 = arith.addf %v1044, %v1047 fastmath<contract> : f32
                llvm.store %v1048, %v41 : f32, !llvm.ptr
                %v1049 = arith.muli %v38, %v250 : i64
                %v1050 = arith.muli %v1013, %v249 : i64
                %v1051 = arith.addi %v1049, %v1050 : i64
                %v1052 = arith.muli %v36, %v248 : i64
                %v1053 = arith.addi %v1051, %v1052 : i64
                %v1054 = arith.muli %v34, %v2 : i64
                %v1055 = arith.addi %v1053, %v1054 : i64
                %v1056 = llvm.getelementptr %in_x[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
                %v1058 = arith.muli %v38, %v279 : i64
                %v1059 = arith.muli %v1013, %v278 : i64
                %v1060 = arith.addi %v1058, %v1059 : i64
                %v1061 = arith.muli %v24, %v2 : i64
                %v1062 = arith.addi %v1060, %v1061 : i64
                %v1063 = llvm.getelementptr %in_Bm[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1064 = llvm.load %v1063 : !llvm.ptr -> f32
                %v1065 = llvm.load %v40 : !llvm.ptr -> f32
                %v1066 = arith.mulf %v1064, %v1065 fastmath<contract> : f32
                %v1067 = arith.muli %v38, %v279 : i64
                %v1068 = arith.muli %v1013, %v278 : i64
                %v1069 = arith.addi %v1067, %v1068 : i64
                %v1070 = arith.constant 8 : i64
                %v1071 = arith.addi %v1070, %v24 : i64
                %v1072 = arith.muli %v1071, %v2 : i64
                %v1073 = arith.addi %v1069, %v1072 : i64
                %v1074 = llvm.getelementptr %in_Bm[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1075 = llvm.load %v1074 : !llvm.ptr -> f32
                %v1076 = llvm.load %v41 : !llvm.ptr -> f32
                %v1077 = arith.mulf %v1075, %v1076 fastmath<contract> : f32
                %v1078 = arith.addf %v1066, %v1077 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1079, %v1080 = gpu.shuffle xor %v1078, %v744, %v270 : f32
                %v1081 = arith.addf %v1078, %v1079 fastmath<contract> : f32
                %v1082, %v1083 = gpu.shuffle xor %v1081, %v748, %v270 : f32
                %v1084 = arith.addf %v1081, %v1082 fastmath<contract> : f32
                %v1085, %v1086 = gpu.shuffle xor %v1084, %v752, %v270 : f32
                %v1087 = arith.addf %v1084, %v1085 fastmath<contract> : f32
                // end sum over the lanes
                %v1088 = arith.mulf %v1057, %v1087 fastmath<contract> : f32
                %v1089 = arith.mulf %v541, %v1065 fastmath<contract> : f32
                %v1090 = arith.mulf %v553, %v1076 fastmath<contract> : f32
                %v1091 = arith.addf %v1089, %v1090 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1092, %v1093 = gpu.shuffle xor %v1091, %v744, %v270 : f32
                %v1094 = arith.addf %v1091, %v1092 fastmath<contract> : f32
                %v1095, %v1096 = gpu.shuffle xor %v1094, %v748, %v270 : f32
                %v1097 = arith.addf %v1094, %v1095 fastmath<contract> : f32
                %v1098, %v1099 = gpu.shuffle xor %v1097, %v752, %v270 : f32
                %v1100 = arith.addf %v1097, %v1098 fastmath<contract> : f32
                // end sum over the lanes
                %v1101 = arith.mulf %v1004, %v1100 fastmath<contract> : f32
                %v1102 = arith.mulf %v1006, %v1101 fastmath<contract> : f32
                %v1103 = arith.negf %v1102 : f32
                %v1104 = arith.addf %v1088, %v1103 fastmath<contract> : f32
                %v1105 = arith.mulf %v1104, %v1010 fastmath<contract> : f32
                %v1106 = arith.mulf %v1006, %v1100 fastmath<contract> : f32
                %v1107 = arith.mulf %v1002, %v1106 fastmath<contract> : f32
                %v1108 = arith.mulf %v1004, %v1107 fastmath<contract> : f32
                %v1109 = llvm.load %v44 : !llvm.ptr -> f32
                %v1110 = arith.addf %v1109, %v1108 fastmath<contract> : f32
                llvm.store %v1110, %v44 : f32, !llvm.ptr
                %v1111 = arith.mulf %v1008, %v1065 fastmath<contract> : f32
                scf.if %v28 {
                  %v1112 = arith.addi %v53, %v24 : i64
                  %v1113 = arith.muli %v30, %v1 : i64
                  %v1114 = arith.addi %v1113, %v1112 : i64
                  %v1115 = arith.muli %v1114, %size_L : i64
                  %v1116 = arith.addi %v1115, %v1013 : i64
                  %v1117 = llvm.getelementptr %part_Bm[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1111, %v1117 : f32, !llvm.ptr
                }
                %v1118 = arith.mulf %v1008, %v1076 fastmath<contract> : f32
                scf.if %v28 {
                  %v1119 = arith.addi %v23, %v24 : i64
                  %v1120 = arith.muli %v30, %v1 : i64
                  %v1121 = arith.addi %v1120, %v1119 : i64
                  %v1122 = arith.muli %v1121, %size_L : i64
                  %v1123 = arith.addi %v1122, %v1013 : i64
                  %v1124 = llvm.getelementptr %part_Bm[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1118, %v1124 : f32, !llvm.ptr
                }
                %v1125 = arith.mulf %v571, %v1029 fastmath<contract> : f32
                scf.if %v28 {
                  %v1126 = arith.addi %v53, %v24 : i64
                  %v1127 = arith.muli %v30, %v1 : i64
                  %v1128 = arith.addi %v1127, %v1126 : i64
                  %v1129 = arith.muli %v1128, %size_L : i64
                  %v1130 = arith.addi %v1129, %v1013 : i64
                  %v1131 = llvm.getelementptr %part_Cm[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1125, %v1131 : f32, !llvm.ptr
                }
                %v1132 = arith.mulf %v583, %v1029 fastmath<contract> : f32
                scf.if %v28 {
                  %v1133 = arith.addi %v23, %v24 : i64
                  %v1134 = arith.muli %v30, %v1 : i64
                  %v1135 = arith.addi %v1134, %v1133 : i64
                  %v1136 = arith.muli %v1135, %size_L : i64
                  %v1137 = arith.addi %v1136, %v1013 : i64
                  %v1138 = llvm.getelementptr %part_Cm[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1132, %v1138 : f32, !llvm.ptr
                }
                %v1139 = llvm.load %v46 : !llvm.ptr -> f32
                %v1140 = arith.addf %v1139, %v1105 fastmath<contract> : f32
                llvm.store %v1140, %v46 : f32, !llvm.ptr
                %v1141 = arith.select %v28, %v1105, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1142, %v1143 = gpu.shuffle xor %v1141, %v810, %v270 : f32
                %v1144 = arith.addf %v1141, %v1142 fastmath<contract> : f32
                %v1145, %v1146 = gpu.shuffle xor %v1144, %v814, %v270 : f32
                %v1147 = arith.addf %v1144, %v1145 fastmath<contract> : f32
                %v1148 = arith.divui %v14, %v16 : i64
                %v1149 = arith.remui %v14, %v16 : i64
                %v1150 = arith.cmpi ult, %v1149, %v2 : i64
                %v1151 = arith.muli %v1148, %v2 : i64
                %v1152 = arith.addi %v1151, %v53 : i64
                %v1153 = arith.muli %v1152, %v823 : i64
                %v1154 = arith.addi %v1153, %v1012 : i64
                scf.if %v1150 {
                  %v1155 = llvm.getelementptr %v48[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1147, %v1155 : f32, !llvm.ptr
                }
                %v1156 = arith.addf %v1066, %v1077 fastmath<contract> : f32
                llvm.store %v1156, %v643 : f32, !llvm.ptr
                llvm.store %v1006, %v42 : f32, !llvm.ptr
                llvm.store %v1006, %v43 : f32, !llvm.ptr
                %v1157 = llvm.load %v643 : !llvm.ptr -> f32
                %v1158 = arith.addi %v323, %v305 : i64
                %v1159 = arith.cmpi slt, %v752, %v654 : i32
                %v1160 = arith.cmpi eq, %v752, %v660 : i32
                %v1161, %v1162 = gpu.shuffle idx %v383, %v80, %v270 : f32
                %v1163, %v1164 = gpu.shuffle idx %v384, %v80, %v270 : f32
                %v1165, %v1166 = gpu.shuffle idx %v389, %v80, %v270 : f32
                %v1167, %v1168 = gpu.shuffle idx %v392, %v80, %v270 : f32
                %v1169, %v1170 = gpu.shuffle idx %v402, %v80, %v270 : f32
                %v1171, %v1172 = gpu.shuffle idx %v407, %v80, %v270 : f32
                %v1173 = arith.addi %v325, %v304 : i64
                llvm.store %v51, %v643 : f32, !llvm.ptr
                %v1174 = arith.addi %v104, %v1158 : i64
                %v1175 = arith.muli %v38, %v279 : i64
                %v1176 = arith.muli %v1174, %v278 : i64
                %v1177 = arith.addi %v1175, %v1176 : i64
                %v1178 = arith.muli %v24, %v2 : i64
                %v1179 = arith.addi %v1177, %v1178 : i64
                %v1180 = llvm.getelementptr %in_Cm[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                %v1182 = arith.muli %v38, %v250 : i64
                %v1183 = arith.muli %v1174, %v249 : i64
                %v1184 = arith.addi %v1182, %v1183 : i64
                %v1185 = arith.muli %v36, %v248 : i64
                %v1186 = arith.addi %v1184, %v1185 : i64
                %v1187 = arith.muli %v34, %v2 : i64
                %v1188 = arith.addi %v1186, %v1187 : i64
                %v1189 = llvm.getelementptr %dy_y[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
                %v1191 = arith.mulf %v1181, %v1190 fastmath<contract> : f32
                %v1192 = llvm.load %v40 : !llvm.ptr -> f32
                %v1193 = llvm.load %v42 : !llvm.ptr -> f32
                %v1194 = arith.mulf %v1193, %v1192 fastmath<contract> : f32
                %v1195 = arith.addf %v1191, %v1194 fastmath<contract> : f32
                llvm.store %v1195, %v40 : f32, !llvm.ptr
                %v1196 = arith.muli %v38, %v279 : i64
                %v1197 = arith.muli %v1174, %v278 : i64
                %v1198 = arith.addi %v1196, %v1197 : i64
                %v1199 = arith.constant 8 : i64
                %v1200 = arith.addi %v1199, %v24 : i64
                %v1201 = arith.muli %v1200, %v2 : i64
                %v1202 = arith.addi %v1198, %v1201 : i64
                %v1203 = llvm.getelementptr %in_Cm[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                %v1205 = arith.mulf %v1204, %v1190 fastmath<contract> : f32
                %v1206 = llvm.load %v41 : !llvm.ptr -> f32
                %v1207 = llvm.load %v43 : !llvm.ptr -> f32
                %v1208 = arith.mulf %v1207, %v1206 fastmath<contract> : f32
                %v1209 = arith.addf %v1205, %v1208 fastmath<contract> : f32
                llvm.store %v1209, %v41 : f32, !llvm.ptr
                %v1210 = arith.muli %v38, %v250 : i64
                %v1211 = arith.muli %v1174, %v249 : i64
                %v1212 = arith.addi %v1210, %v1211 : i64
                %v1213 = arith.muli %v36, %v248 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = arith.muli %v34, %v2 : i64
                %v1216 = arith.addi %v1214, %v1215 : i64
                %v1217 = llvm.getelementptr %in_x[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
                %v1219 = arith.muli %v38, %v279 : i64
                %v1220 = arith.muli %v1174, %v278 : i64
                %v1221 = arith.addi %v1219, %v1220 : i64
                %v1222 = arith.muli %v24, %v2 : i64
                %v1223 = arith.addi %v1221, %v1222 : i64
                %v1224 = llvm.getelementptr %in_Bm[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
                %v1226 = llvm.load %v40 : !llvm.ptr -> f32
                %v1227 = arith.mulf %v1225, %v1226 fastmath<contract> : f32
                %v1228 = arith.muli %v38, %v279 : i64
                %v1229 = arith.muli %v1174, %v278 : i64
                %v1230 = arith.addi %v1228, %v1229 : i64
                %v1231 = arith.constant 8 : i64
                %v1232 = arith.addi %v1231, %v24 : i64
                %v1233 = arith.muli %v1232, %v2 : i64
                %v1234 = arith.addi %v1230, %v1233 : i64
                %v1235 = llvm.getelementptr %in_Bm[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
                %v1237 = llvm.load %v41 : !llvm.ptr -> f32
                %v1238 = arith.mulf %v1236, %v1237 fastmath<contract> : f32
                %v1239 = arith.addf %v1227, %v1238 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1240, %v1241 = gpu.shuffle xor %v1239, %v744, %v270 : f32
                %v1242 = arith.addf %v1239, %v1240 fastmath<contract> : f32
                %v1243, %v1244 = gpu.shuffle xor %v1242, %v748, %v270 : f32
                %v1245 = arith.addf %v1242, %v1243 fastmath<contract> : f32
                %v1246, %v1247 = gpu.shuffle xor %v1245, %v752, %v270 : f32
                %v1248 = arith.addf %v1245, %v1246 fastmath<contract> : f32
                // end sum over the lanes
                %v1249 = arith.mulf %v1218, %v1248 fastmath<contract> : f32
                %v1250 = arith.mulf %v512, %v1226 fastmath<contract> : f32
                %v1251 = arith.mulf %v524, %v1237 fastmath<contract> : f32
                %v1252 = arith.addf %v1250, %v1251 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1253, %v1254 = gpu.shuffle xor %v1252, %v744, %v270 : f32
                %v1255 = arith.addf %v1252, %v1253 fastmath<contract> : f32
                %v1256, %v1257 = gpu.shuffle xor %v1255, %v748, %v270 : f32
                %v1258 = arith.addf %v1255, %v1256 fastmath<contract> : f32
                %v1259, %v1260 = gpu.shuffle xor %v1258, %v752, %v270 : f32
                %v1261 = arith.addf %v1258, %v1259 fastmath<contract> : f32
                // end sum over the lanes
                %v1262 = arith.mulf %v1165, %v1261 fastmath<contract> : f32
                %v1263 = arith.mulf %v1167, %v1262 fastmath<contract> : f32
                %v1264 = arith.negf %v1263 : f32
                %v1265 = arith.addf %v1249, %v1264 fastmath<contract> : f32
                %v1266 = arith.mulf %v1265, %v1171 fastmath<contract> : f32
                %v1267 = arith.mulf %v1167, %v1261 fastmath<contract> : f32
                %v1268 = arith.mulf %v1163, %v1267 fastmath<contract> : f32
                %v1269 = arith.mulf %v1165, %v1268 fastmath<contract> : f32
                %v1270 = llvm.load %v44 : !llvm.ptr -> f32
                %v1271 = arith.addf %v1270, %v1269 fastmath<contract> : f32
                llvm.store %v1271, %v44 : f32, !llvm.ptr
                %v1272 = arith.mulf %v1169, %v1226 fastmath<contract> : f32
                scf.if %v28 {
                  %v1273 = arith.addi %v53, %v24 : i64
                  %v1274 = arith.muli %v30, %v1 : i64
                  %v1275 = arith.addi %v1274, %v1273 : i64
                  %v1276 = arith.muli %v1275, %size_L : i64
                  %v1277 = arith.addi %v1276, %v1174 : i64
                  %v1278 = llvm.getelementptr %part_Bm[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1272, %v1278 : f32, !llvm.ptr
                }
                %v1279 = arith.mulf %v1169, %v1237 fastmath<contract> : f32
                scf.if %v28 {
                  %v1280 = arith.addi %v23, %v24 : i64
                  %v1281 = arith.muli %v30, %v1 : i64
                  %v1282 = arith.addi %v1281, %v1280 : i64
                  %v1283 = arith.muli %v1282, %size_L : i64
                  %v1284 = arith.addi %v1283, %v1174 : i64
                  %v1285 = llvm.getelementptr %part_Bm[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1279, %v1285 : f32, !llvm.ptr
                }
                %v1286 = arith.mulf %v541, %v1190 fastmath<contract> : f32
                scf.if %v28 {
                  %v1287 = arith.addi %v53, %v24 : i64
                  %v1288 = arith.muli %v30, %v1 : i64
                  %v1289 = arith.addi %v1288, %v1287 : i64
                  %v1290 = arith.muli %v1289, %size_L : i64
                  %v1291 = arith.addi %v1290, %v1174 : i64
                  %v1292 = llvm.getelementptr %part_Cm[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1286, %v1292 : f32, !llvm.ptr
                }
                %v1293 = arith.mulf %v553, %v1190 fastmath<contract> : f32
                scf.if %v28 {
                  %v1294 = arith.addi %v23, %v24 : i64
                  %v1295 = arith.muli %v30, %v1 : i64
                  %v1296 = arith.addi %v1295, %v1294 : i64
                  %v1297 = arith.muli %v1296, %size_L : i64
                  %v1298 = arith.addi %v1297, %v1174 : i64
                  %v1299 = llvm.getelementptr %part_Cm[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1293, %v1299 : f32, !llvm.ptr
                }
                %v1300 = llvm.load %v46 : !llvm.ptr -> f32
                %v1301 = arith.addf %v1300, %v1266 fastmath<contract> : f32
                llvm.store %v1301, %v46 : f32, !llvm.ptr
                %v1302 = arith.select %v28, %v1266, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1303, %v1304 = gpu.shuffle xor %v1302, %v810, %v270 : f32
                %v1305 = arith.addf %v1302, %v1303 fastmath<contract> : f32
                %v1306, %v1307 = gpu.shuffle xor %v1305, %v814, %v270 : f32
                %v1308 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                %v1309 = arith.divui %v14, %v16 : i64
                %v1310 = arith.remui %v14, %v16 : i64
                %v1311 = arith.cmpi ult, %v1310, %v2 : i64
                %v1312 = arith.muli %v1309, %v2 : i64
                %v1313 = arith.addi %v1312, %v53 : i64
                %v1314 = arith.muli %v1313, %v823 : i64
                %v1315 = arith.addi %v1314, %v1173 : i64
                scf.if %v1311 {
                  %v1316 = llvm.getelementptr %v48[%v1315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1308, %v1316 : f32, !llvm.ptr
                }
                %v1317 = arith.addf %v1227, %v1238 fastmath<contract> : f32
                llvm.store %v1317, %v643 : f32, !llvm.ptr
                llvm.store %v1167, %v42 : f32, !llvm.ptr
                llvm.store %v1167, %v43 : f32, !llvm.ptr
                %v1318 = llvm.load %v643 : !llvm.ptr -> f32
                %v1319 = arith.select %v646, %v1318, %v1157 : f32
                %v1320 = arith.select %v646, %v1157, %v1318 : f32
                %v1321, %v1322 = gpu.shuffle xor %v1319, %v744, %v270 : f32
                %v1323 = arith.addf %v1320, %v1321 fastmath<contract> : f32
                %v1324 = arith.select %v649, %v1323, %v995 : f32
                %v1325 = arith.select %v649, %v995, %v1323 : f32
                %v1326, %v1327 = gpu.shuffle xor %v1324, %v748, %v270 : f32
                %v1328 = arith.addf %v1325, %v1326 fastmath<contract> : f32
                %v1329 = arith.addi %v323, %v304 : i64
                %v1331 = arith.cmpi slt, %v1330, %v654 : i32
                %v1332 = arith.cmpi eq, %v1330, %v660 : i32
                %v1333, %v1334 = gpu.shuffle idx %v383, %v76, %v270 : f32
                %v1335, %v1336 = gpu.shuffle idx %v384, %v76, %v270 : f32
                %v1337, %v1338 = gpu.shuffle idx %v389, %v76, %v270 : f32
                %v1339, %v1340 = gpu.shuffle idx %v392, %v76, %v270 : f32
                %v1341, %v1342 = gpu.shuffle idx %v402, %v76, %v270 : f32
                %v1343, %v1344 = gpu.shuffle idx %v407, %v76, %v270 : f32
                %v1345 = arith.addi %v325, %v305 : i64
                llvm.store %v51, %v643 : f32, !llvm.ptr
                %v1346 = arith.addi %v104, %v1329 : i64
                %v1347 = arith.muli %v38, %v279 : i64
                %v1348 = arith.muli %v1346, %v278 : i64
                %v1349 = arith.addi %v1347, %v1348 : i64
                %v1350 = arith.muli %v24, %v2 : i64
                %v1351 = arith.addi %v1349, %v1350 : i64
                %v1352 = llvm.getelementptr %in_Cm[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
                %v1354 = arith.muli %v38, %v250 : i64
                %v1355 = arith.muli %v1346, %v249 : i64
                %v1356 = arith.addi %v1354, %v1355 : i64
                %v1357 = arith.muli %v36, %v248 : i64
                %v1358 = arith.addi %v1356, %v1357 : i64
                %v1359 = arith.muli %v34, %v2 : i64
                %v1360 = arith.addi %v1358, %v1359 : i64
                %v1361 = llvm.getelementptr %dy_y[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
                %v1363 = arith.mulf %v1353, %v1362 fastmath<contract> : f32
                %v1364 = llvm.load %v40 : !llvm.ptr -> f32
                %v1365 = llvm.load %v42 : !llvm.ptr -> f32
                %v1366 = arith.mulf %v1365, %v1364 fastmath<contract> : f32
                %v1367 = arith.addf %v1363, %v1366 fastmath<contract> : f32
                llvm.store %v1367, %v40 : f32, !llvm.ptr
                %v1368 = arith.muli %v38, %v279 : i64
                %v1369 = arith.muli %v1346, %v278 : i64
                %v1370 = arith.addi %v1368, %v1369 : i64
                %v1371 = arith.constant 8 : i64
                %v1372 = arith.addi %v1371, %v24 : i64
                %v1373 = arith.muli %v1372, %v2 : i64
                %v1374 = arith.addi %v1370, %v1373 : i64
                %v1375 = llvm.getelementptr %in_Cm[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1376, %v1362 fastmath<contract> : f32
                %v1378 = llvm.load %v41 : !llvm.ptr -> f32
                %v1379 = llvm.load %v43 : !llvm.ptr -> f32
                %v1380 = arith.mulf %v1379, %v1378 fastmath<contract> : f32
                %v1381 = arith.addf %v1377, %v1380 fastmath<contract> : f32
                llvm.store %v1381, %v41 : f32, !llvm.ptr
                %v1382 = arith.muli %v38, %v250 : i64
                %v1383 = arith.muli %v1346, %v249 : i64
                %v1384 = arith.addi %v1382, %v1383 : i64
                %v1385 = arith.muli %v36, %v248 : i64
                %v1386 = arith.addi %v1384, %v1385 : i64
                %v1387 = arith.muli %v34, %v2 : i64
                %v1388 = arith.addi %v1386, %v1387 : i64
                %v1389 = llvm.getelementptr %in_x[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
                %v1391 = arith.muli %v38, %v279 : i64
                %v1392 = arith.muli %v1346, %v278 : i64
                %v1393 = arith.addi %v1391, %v1392 : i64
                %v1394 = arith.muli %v24, %v2 : i64
                %v1395 = arith.addi %v1393, %v1394 : i64
                %v1396 = llvm.getelementptr %in_Bm[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                %v1398 = llvm.load %v40 : !llvm.ptr -> f32
                %v1399 = arith.mulf %v1397, %v1398 fastmath<contract> : f32
                %v1400 = arith.muli %v38, %v279 : i64
                %v1401 = arith.muli %v1346, %v278 : i64
                %v1402 = arith.addi %v1400, %v1401 : i64
                %v1403 = arith.constant 8 : i64
                %v1404 = arith.addi %v1403, %v24 : i64
                %v1405 = arith.muli %v1404, %v2 : i64
                %v1406 = arith.addi %v1402, %v1405 : i64
                %v1407 = llvm.getelementptr %in_Bm[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1408 = llvm.load %v1407 : !llvm.ptr -> f32
                %v1409 = llvm.load %v41 : !llvm.ptr -> f32
                %v1410 = arith.mulf %v1408, %v1409 fastmath<contract> : f32
                %v1411 = arith.addf %v1399, %v1410 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1412, %v1413 = gpu.shuffle xor %v1411, %v744, %v270 : f32
                %v1414 = arith.addf %v1411, %v1412 fastmath<contract> : f32
                %v1415, %v1416 = gpu.shuffle xor %v1414, %v748, %v270 : f32
                %v1417 = arith.addf %v1414, %v1415 fastmath<contract> : f32
                %v1418, %v1419 = gpu.shuffle xor %v1417, %v752, %v270 : f32
                %v1420 = arith.addf %v1417, %v1418 fastmath<contract> : f32
                // end sum over the lanes
                %v1421 = arith.mulf %v1390, %v1420 fastmath<contract> : f32
                %v1422 = arith.mulf %v483, %v1398 fastmath<contract> : f32
                %v1423 = arith.mulf %v495, %v1409 fastmath<contract> : f32
                %v1424 = arith.addf %v1422, %v1423 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1425, %v1426 = gpu.shuffle xor %v1424, %v744, %v270 : f32
                %v1427 = arith.addf %v1424, %v1425 fastmath<contract> : f32
                %v1428, %v1429 = gpu.shuffle xor %v1427, %v748, %v270 : f32
                %v1430 = arith.addf %v1427, %v1428 fastmath<contract> : f32
                %v1431, %v1432 = gpu.shuffle xor %v1430, %v752, %v270 : f32
                %v1433 = arith.addf %v1430, %v1431 fastmath<contract> : f32
                // end sum over the lanes
                %v1434 = arith.mulf %v1337, %v1433 fastmath<contract> : f32
                %v1435 = arith.mulf %v1339, %v1434 fastmath<contract> : f32
                %v1436 = arith.negf %v1435 : f32
                %v1437 = arith.addf %v1421, %v1436 fastmath<contract> : f32
                %v1438 = arith.mulf %v1437, %v1343 fastmath<contract> : f32
                %v1439 = arith.mulf %v1339, %v1433 fastmath<contract> : f32
                %v1440 = arith.mulf %v1335, %v1439 fastmath<contract> : f32
                %v1441 = arith.mulf %v1337, %v1440 fastmath<contract> : f32
                %v1442 = llvm.load %v44 : !llvm.ptr -> f32
                %v1443 = arith.addf %v1442, %v1441 fastmath<contract> : f32
                llvm.store %v1443, %v44 : f32, !llvm.ptr
                %v1444 = arith.mulf %v1341, %v1398 fastmath<contract> : f32
                scf.if %v28 {
                  %v1445 = arith.addi %v53, %v24 : i64
                  %v1446 = arith.muli %v30, %v1 : i64
                  %v1447 = arith.addi %v1446, %v1445 : i64
                  %v1448 = arith.muli %v1447, %size_L : i64
                  %v1449 = arith.addi %v1448, %v1346 : i64
                  %v1450 = llvm.getelementptr %part_Bm[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1444, %v1450 : f32, !llvm.ptr
                }
                %v1451 = arith.mulf %v1341, %v1409 fastmath<contract> : f32
                scf.if %v28 {
                  %v1452 = arith.addi %v23, %v24 : i64
                  %v1453 = arith.muli %v30, %v1 : i64
                  %v1454 = arith.addi %v1453, %v1452 : i64
                  %v1455 = arith.muli %v1454, %size_L : i64
                  %v1456 = arith.addi %v1455, %v1346 : i64
                  %v1457 = llvm.getelementptr %part_Bm[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1451, %v1457 : f32, !llvm.ptr
                }
                %v1458 = arith.mulf %v512, %v1362 fastmath<contract> : f32
                scf.if %v28 {
                  %v1459 = arith.addi %v53, %v24 : i64
                  %v1460 = arith.muli %v30, %v1 : i64
                  %v1461 = arith.addi %v1460, %v1459 : i64
                  %v1462 = arith.muli %v1461, %size_L : i64
                  %v1463 = arith.addi %v1462, %v1346 : i64
                  %v1464 = llvm.getelementptr %part_Cm[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1458, %v1464 : f32, !llvm.ptr
                }
                %v1465 = arith.mulf %v524, %v1362 fastmath<contract> : f32
                scf.if %v28 {
                  %v1466 = arith.addi %v23, %v24 : i64
                  %v1467 = arith.muli %v30, %v1 : i64
                  %v1468 = arith.addi %v1467, %v1466 : i64
                  %v1469 = arith.muli %v1468, %size_L : i64
                  %v1470 = arith.addi %v1469, %v1346 : i64
                  %v1471 = llvm.getelementptr %part_Cm[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1465, %v1471 : f32, !llvm.ptr
                }
                %v1472 = llvm.load %v46 : !llvm.ptr -> f32
                %v1473 = arith.addf %v1472, %v1438 fastmath<contract> : f32
                llvm.store %v1473, %v46 : f32, !llvm.ptr
                %v1474 = arith.select %v28, %v1438, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1475, %v1476 = gpu.shuffle xor %v1474, %v810, %v270 : f32
                %v1477 = arith.addf %v1474, %v1475 fastmath<contract> : f32
                %v1478, %v1479 = gpu.shuffle xor %v1477, %v814, %v270 : f32
                %v1480 = arith.addf %v1477, %v1478 fastmath<contract> : f32
                %v1481 = arith.divui %v14, %v16 : i64
                %v1482 = arith.remui %v14, %v16 : i64
                %v1483 = arith.cmpi ult, %v1482, %v2 : i64
                %v1484 = arith.muli %v1481, %v2 : i64
                %v1485 = arith.addi %v1484, %v53 : i64
                %v1486 = arith.muli %v1485, %v823 : i64
                %v1487 = arith.addi %v1486, %v1345 : i64
                scf.if %v1483 {
                  %v1488 = llvm.getelementptr %v48[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1480, %v1488 : f32, !llvm.ptr
                }
                %v1489 = arith.addf %v1399, %v1410 fastmath<contract> : f32
                llvm.store %v1489, %v643 : f32, !llvm.ptr
                llvm.store %v1339, %v42 : f32, !llvm.ptr
                llvm.store %v1339, %v43 : f32, !llvm.ptr
                %v1490 = llvm.load %v643 : !llvm.ptr -> f32
                %v1491 = arith.addi %v323, %v466 : i64
                %v1492 = arith.cmpi slt, %v748, %v654 : i32
                %v1493 = arith.cmpi eq, %v748, %v660 : i32
                %v1494, %v1495 = gpu.shuffle idx %v383, %v72, %v270 : f32
                %v1496, %v1497 = gpu.shuffle idx %v384, %v72, %v270 : f32
                %v1498, %v1499 = gpu.shuffle idx %v389, %v72, %v270 : f32
                %v1500, %v1501 = gpu.shuffle idx %v392, %v72, %v270 : f32
                %v1502, %v1503 = gpu.shuffle idx %v402, %v72, %v270 : f32
                %v1504, %v1505 = gpu.shuffle idx %v407, %v72, %v270 : f32
                %v1506 = arith.addi %v325, %v554 : i64
                llvm.store %v51, %v643 : f32, !llvm.ptr
                %v1507 = arith.addi %v104, %v1491 : i64
                %v1508 = arith.muli %v38, %v279 : i64
                %v1509 = arith.muli %v1507, %v278 : i64
                %v1510 = arith.addi %v1508, %v1509 : i64
                %v1511 = arith.muli %v24, %v2 : i64
                %v1512 = arith.addi %v1510, %v1511 : i64
                %v1513 = llvm.getelementptr %in_Cm[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1514 = llvm.load %v1513 : !llvm.ptr -> f32
                %v1515 = arith.muli %v38, %v250 : i64
                %v1516 = arith.muli %v1507, %v249 : i64
                %v1517 = arith.addi %v1515, %v1516 : i64
                %v1518 = arith.muli %v36, %v248 : i64
                %v1519 = arith.addi %v1517, %v1518 : i64
                %v1520 = arith.muli %v34, %v2 : i64
                %v1521 = arith.addi %v1519, %v1520 : i64
                %v1522 = llvm.getelementptr %dy_y[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
                %v1524 = arith.mulf %v1514, %v1523 fastmath<contract> : f32
                %v1525 = llvm.load %v40 : !llvm.ptr -> f32
                %v1526 = llvm.load %v42 : !llvm.ptr -> f32
                %v1527 = arith.mulf %v1526, %v1525 fastmath<contract> : f32
                %v1528 = arith.addf %v1524, %v1527 fastmath<contract> : f32
                llvm.store %v1528, %v40 : f32, !llvm.ptr
                %v1529 = arith.muli %v38, %v279 : i64
                %v1530 = arith.muli %v1507, %v278 : i64
                %v1531 = arith.addi %v1529, %v1530 : i64
                %v1532 = arith.constant 8 : i64
                %v1533 = arith.addi %v1532, %v24 : i64
                %v1534 = arith.muli %v1533, %v2 : i64
                %v1535 = arith.addi %v1531, %v1534 : i64
                %v1536 = llvm.getelementptr %in_Cm[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1537 = llvm.load %v1536 : !llvm.ptr -> f32
                %v1538 = arith.mulf %v1537, %v1523 fastmath<contract> : f32
                %v1539 = llvm.load %v41 : !llvm.ptr -> f32
                %v1540 = llvm.load %v43 : !llvm.ptr -> f32
                %v1541 = arith.mulf %v1540, %v1539 fastmath<contract> : f32
                %v1542 = arith.addf %v1538, %v1541 fastmath<contract> : f32
                llvm.store %v1542, %v41 : f32, !llvm.ptr
                %v1543 = arith.muli %v38, %v250 : i64
                %v1544 = arith.muli %v1507, %v249 : i64
                %v1545 = arith.addi %v1543, %v1544 : i64
                %v1546 = arith.muli %v36, %v248 : i64
                %v1547 = arith.addi %v1545, %v1546 : i64
                %v1548 = arith.muli %v34, %v2 : i64
                %v1549 = arith.addi %v1547, %v1548 : i64
                %v1550 = llvm.getelementptr %in_x[%v1549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1551 = llvm.load %v1550 : !llvm.ptr -> f32
                %v1552 = arith.muli %v38, %v279 : i64
                %v1553 = arith.muli %v1507, %v278 : i64
                %v1554 = arith.addi %v1552, %v1553 : i64
                %v1555 = arith.muli %v24, %v2 : i64
                %v1556 = arith.addi %v1554, %v1555 : i64
                %v1557 = llvm.getelementptr %in_Bm[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1558 = llvm.load %v1557 : !llvm.ptr -> f32
                %v1559 = llvm.load %v40 : !llvm.ptr -> f32
                %v1560 = arith.mulf %v1558, %v1559 fastmath<contract> : f32
                %v1561 = arith.muli %v38, %v279 : i64
                %v1562 = arith.muli %v1507, %v278 : i64
                %v1563 = arith.addi %v1561, %v1562 : i64
                %v1564 = arith.constant 8 : i64
                %v1565 = arith.addi %v1564, %v24 : i64
                %v1566 = arith.muli %v1565, %v2 : i64
                %v1567 = arith.addi %v1563, %v1566 : i64
                %v1568 = llvm.getelementptr %in_Bm[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
                %v1570 = llvm.load %v41 : !llvm.ptr -> f32
                %v1571 = arith.mulf %v1569, %v1570 fastmath<contract> : f32
                %v1572 = arith.addf %v1560, %v1571 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1573, %v1574 = gpu.shuffle xor %v1572, %v744, %v270 : f32
                %v1575 = arith.addf %v1572, %v1573 fastmath<contract> : f32
                %v1576, %v1577 = gpu.shuffle xor %v1575, %v748, %v270 : f32
                %v1578 = arith.addf %v1575, %v1576 fastmath<contract> : f32
                %v1579, %v1580 = gpu.shuffle xor %v1578, %v752, %v270 : f32
                %v1581 = arith.addf %v1578, %v1579 fastmath<contract> : f32
                // end sum over the lanes
                %v1582 = arith.mulf %v1551, %v1581 fastmath<contract> : f32
                %v1583 = arith.mulf %v453, %v1559 fastmath<contract> : f32
                %v1584 = arith.mulf %v465, %v1570 fastmath<contract> : f32
                %v1585 = arith.addf %v1583, %v1584 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1586, %v1587 = gpu.shuffle xor %v1585, %v744, %v270 : f32
                %v1588 = arith.addf %v1585, %v1586 fastmath<contract> : f32
                %v1589, %v1590 = gpu.shuffle xor %v1588, %v748, %v270 : f32
                %v1591 = arith.addf %v1588, %v1589 fastmath<contract> : f32
                %v1592, %v1593 = gpu.shuffle xor %v1591, %v752, %v270 : f32
                %v1594 = arith.addf %v1591, %v1592 fastmath<contract> : f32
                // end sum over the lanes
                %v1595 = arith.mulf %v1498, %v1594 fastmath<contract> : f32
                %v1596 = arith.mulf %v1500, %v1595 fastmath<contract> : f32
                %v1597 = arith.negf %v1596 : f32
                %v1598 = arith.addf %v1582, %v1597 fastmath<contract> : f32
                %v1599 = arith.mulf %v1598, %v1504 fastmath<contract> : f32
                %v1600 = arith.mulf %v1500, %v1594 fastmath<contract> : f32
                %v1601 = arith.mulf %v1496, %v1600 fastmath<contract> : f32
                %v1602 = arith.mulf %v1498, %v1601 fastmath<contract> : f32
                %v1603 = llvm.load %v44 : !llvm.ptr -> f32
                %v1604 = arith.addf %v1603, %v1602 fastmath<contract> : f32
                llvm.store %v1604, %v44 : f32, !llvm.ptr
                %v1605 = arith.mulf %v1502, %v1559 fastmath<contract> : f32
                scf.if %v28 {
                  %v1606 = arith.addi %v53, %v24 : i64
                  %v1607 = arith.muli %v30, %v1 : i64
                  %v1608 = arith.addi %v1607, %v1606 : i64
                  %v1609 = arith.muli %v1608, %size_L : i64
                  %v1610 = arith.addi %v1609, %v1507 : i64
                  %v1611 = llvm.getelementptr %part_Bm[%v1610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1605, %v1611 : f32, !llvm.ptr
                }
                %v1612 = arith.mulf %v1502, %v1570 fastmath<contract> : f32
                scf.if %v28 {
                  %v1613 = arith.addi %v23, %v24 : i64
                  %v1614 = arith.muli %v30, %v1 : i64
                  %v1615 = arith.addi %v1614, %v1613 : i64
                  %v1616 = arith.muli %v1615, %size_L : i64
                  %v1617 = arith.addi %v1616, %v1507 : i64
                  %v1618 = llvm.getelementptr %part_Bm[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1612, %v1618 : f32, !llvm.ptr
                }
                %v1619 = arith.mulf %v483, %v1523 fastmath<contract> : f32
                scf.if %v28 {
                  %v1620 = arith.addi %v53, %v24 : i64
                  %v1621 = arith.muli %v30, %v1 : i64
                  %v1622 = arith.addi %v1621, %v1620 : i64
                  %v1623 = arith.muli %v1622, %size_L : i64
                  %v1624 = arith.addi %v1623, %v1507 : i64
                  %v1625 = llvm.getelementptr %part_Cm[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1619, %v1625 : f32, !llvm.ptr
                }
                %v1626 = arith.mulf %v495, %v1523 fastmath<contract> : f32
                scf.if %v28 {
                  %v1627 = arith.addi %v23, %v24 : i64
                  %v1628 = arith.muli %v30, %v1 : i64
                  %v1629 = arith.addi %v1628, %v1627 : i64
                  %v1630 = arith.muli %v1629, %size_L : i64
                  %v1631 = arith.addi %v1630, %v1507 : i64
                  %v1632 = llvm.getelementptr %part_Cm[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1626, %v1632 : f32, !llvm.ptr
                }
                %v1633 = llvm.load %v46 : !llvm.ptr -> f32
                %v1634 = arith.addf %v1633, %v1599 fastmath<contract> : f32
                llvm.store %v1634, %v46 : f32, !llvm.ptr
                %v1635 = arith.select %v28, %v1599, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1636, %v1637 = gpu.shuffle xor %v1635, %v810, %v270 : f32
                %v1638 = arith.addf %v1635, %v1636 fastmath<contract> : f32
                %v1639, %v1640 = gpu.shuffle xor %v1638, %v814, %v270 : f32
                %v1641 = arith.addf %v1638, %v1639 fastmath<contract> : f32
                %v1642 = arith.divui %v14, %v16 : i64
                %v1643 = arith.remui %v14, %v16 : i64
                %v1644 = arith.cmpi ult, %v1643, %v2 : i64
                %v1645 = arith.muli %v1642, %v2 : i64
                %v1646 = arith.addi %v1645, %v53 : i64
                %v1647 = arith.muli %v1646, %v823 : i64
                %v1648 = arith.addi %v1647, %v1506 : i64
                scf.if %v1644 {
                  %v1649 = llvm.getelementptr %v48[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1641, %v1649 : f32, !llvm.ptr
                }
                %v1650 = arith.addf %v1560, %v1571 fastmath<contract> : f32
                llvm.store %v1650, %v643 : f32, !llvm.ptr
                llvm.store %v1500, %v42 : f32, !llvm.ptr
                llvm.store %v1500, %v43 : f32, !llvm.ptr
                %v1651 = llvm.load %v643 : !llvm.ptr -> f32
                %v1652 = arith.select %v646, %v1651, %v1490 : f32
                %v1653 = arith.select %v646, %v1490, %v1651 : f32
                %v1654, %v1655 = gpu.shuffle xor %v1652, %v744, %v270 : f32
                %v1656 = arith.addf %v1653, %v1654 fastmath<contract> : f32
                %v1657 = arith.addi %v323, %v2 : i64
                %v1658 = arith.cmpi slt, %v744, %v654 : i32
                %v1659 = arith.cmpi eq, %v744, %v660 : i32
                %v1660, %v1661 = gpu.shuffle idx %v383, %v68, %v270 : f32
                %v1662, %v1663 = gpu.shuffle idx %v384, %v68, %v270 : f32
                %v1664, %v1665 = gpu.shuffle idx %v389, %v68, %v270 : f32
                %v1666, %v1667 = gpu.shuffle idx %v392, %v68, %v270 : f32
                %v1668, %v1669 = gpu.shuffle idx %v402, %v68, %v270 : f32
                %v1670, %v1671 = gpu.shuffle idx %v407, %v68, %v270 : f32
                %v1672 = arith.addi %v325, %v584 : i64
                llvm.store %v51, %v643 : f32, !llvm.ptr
                %v1673 = arith.addi %v104, %v1657 : i64
                %v1674 = arith.muli %v38, %v279 : i64
                %v1675 = arith.muli %v1673, %v278 : i64
                %v1676 = arith.addi %v1674, %v1675 : i64
                %v1677 = arith.muli %v24, %v2 : i64
                %v1678 = arith.addi %v1676, %v1677 : i64
                %v1679 = llvm.getelementptr %in_Cm[%v1678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
                %v1681 = arith.muli %v38, %v250 : i64
                %v1682 = arith.muli %v1673, %v249 : i64
                %v1683 = arith.addi %v1681, %v1682 : i64
                %v1684 = arith.muli %v36, %v248 : i64
                %v1685 = arith.addi %v1683, %v1684 : i64
                %v1686 = arith.muli %v34, %v2 : i64
                %v1687 = arith.addi %v1685, %v1686 : i64
                %v1688 = llvm.getelementptr %dy_y[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1689 = llvm.load %v1688 : !llvm.ptr -> f32
                %v1690 = arith.mulf %v1680, %v1689 fastmath<contract> : f32
                %v1691 = llvm.load %v40 : !llvm.ptr -> f32
                %v1692 = llvm.load %v42 : !llvm.ptr -> f32
                %v1693 = arith.mulf %v1692, %v1691 fastmath<contract> : f32
                %v1694 = arith.addf %v1690, %v1693 fastmath<contract> : f32
                llvm.store %v1694, %v40 : f32, !llvm.ptr
                %v1695 = arith.muli %v38, %v279 : i64
                %v1696 = arith.muli %v1673, %v278 : i64
                %v1697 = arith.addi %v1695, %v1696 : i64
                %v1698 = arith.constant 8 : i64
                %v1699 = arith.addi %v1698, %v24 : i64
                %v1700 = arith.muli %v1699, %v2 : i64
                %v1701 = arith.addi %v1697, %v1700 : i64
                %v1702 = llvm.getelementptr %in_Cm[%v1701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1703 = llvm.load %v1702 : !llvm.ptr -> f32
                %v1704 = arith.mulf %v1703, %v1689 fastmath<contract> : f32
                %v1705 = llvm.load %v41 : !llvm.ptr -> f32
                %v1706 = llvm.load %v43 : !llvm.ptr -> f32
                %v1707 = arith.mulf %v1706, %v1705 fastmath<contract> : f32
                %v1708 = arith.addf %v1704, %v1707 fastmath<contract> : f32
                llvm.store %v1708, %v41 : f32, !llvm.ptr
                %v1709 = arith.muli %v38, %v250 : i64
                %v1710 = arith.muli %v1673, %v249 : i64
                %v1711 = arith.addi %v1709, %v1710 : i64
                %v1712 = arith.muli %v36, %v248 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = arith.muli %v34, %v2 : i64
                %v1715 = arith.addi %v1713, %v1714 : i64
                %v1716 = llvm.getelementptr %in_x[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1717 = llvm.load %v1716 : !llvm.ptr -> f32
                %v1718 = arith.muli %v38, %v279 : i64
                %v1719 = arith.muli %v1673, %v278 : i64
                %v1720 = arith.addi %v1718, %v1719 : i64
                %v1721 = arith.muli %v24, %v2 : i64
                %v1722 = arith.addi %v1720, %v1721 : i64
                %v1723 = llvm.getelementptr %in_Bm[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1724 = llvm.load %v1723 : !llvm.ptr -> f32
                %v1725 = llvm.load %v40 : !llvm.ptr -> f32
                %v1726 = arith.mulf %v1724, %v1725 fastmath<contract> : f32
                %v1727 = arith.muli %v38, %v279 : i64
                %v1728 = arith.muli %v1673, %v278 : i64
                %v1729 = arith.addi %v1727, %v1728 : i64
                %v1730 = arith.constant 8 : i64
                %v1731 = arith.addi %v1730, %v24 : i64
                %v1732 = arith.muli %v1731, %v2 : i64
                %v1733 = arith.addi %v1729, %v1732 : i64
                %v1734 = llvm.getelementptr %in_Bm[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1735 = llvm.load %v1734 : !llvm.ptr -> f32
                %v1736 = llvm.load %v41 : !llvm.ptr -> f32
                %v1737 = arith.mulf %v1735, %v1736 fastmath<contract> : f32
                %v1738 = arith.addf %v1726, %v1737 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1739, %v1740 = gpu.shuffle xor %v1738, %v744, %v270 : f32
                %v1741 = arith.addf %v1738, %v1739 fastmath<contract> : f32
                %v1742, %v1743 = gpu.shuffle xor %v1741, %v748, %v270 : f32
                %v1744 = arith.addf %v1741, %v1742 fastmath<contract> : f32
                %v1745, %v1746 = gpu.shuffle xor %v1744, %v752, %v270 : f32
                %v1747 = arith.addf %v1744, %v1745 fastmath<contract> : f32
                // end sum over the lanes
                %v1748 = arith.mulf %v1717, %v1747 fastmath<contract> : f32
                %v1749 = arith.mulf %v424, %v1725 fastmath<contract> : f32
                %v1750 = arith.mulf %v436, %v1736 fastmath<contract> : f32
                %v1751 = arith.addf %v1749, %v1750 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1752, %v1753 = gpu.shuffle xor %v1751, %v744, %v270 : f32
                %v1754 = arith.addf %v1751, %v1752 fastmath<contract> : f32
                %v1755, %v1756 = gpu.shuffle xor %v1754, %v748, %v270 : f32
                %v1757 = arith.addf %v1754, %v1755 fastmath<contract> : f32
                %v1758, %v1759 = gpu.shuffle xor %v1757, %v752, %v270 : f32
                %v1760 = arith.addf %v1757, %v1758 fastmath<contract> : f32
                // end sum over the lanes
                %v1761 = arith.mulf %v1664, %v1760 fastmath<contract> : f32
                %v1762 = arith.mulf %v1666, %v1761 fastmath<contract> : f32
                %v1763 = arith.negf %v1762 : f32
                %v1764 = arith.addf %v1748, %v1763 fastmath<contract> : f32
                %v1765 = arith.mulf %v1764, %v1670 fastmath<contract> : f32
                %v1766 = arith.mulf %v1666, %v1760 fastmath<contract> : f32
                %v1767 = arith.mulf %v1662, %v1766 fastmath<contract> : f32
                %v1768 = arith.mulf %v1664, %v1767 fastmath<contract> : f32
                %v1769 = llvm.load %v44 : !llvm.ptr -> f32
                %v1770 = arith.addf %v1769, %v1768 fastmath<contract> : f32
                llvm.store %v1770, %v44 : f32, !llvm.ptr
                %v1771 = arith.mulf %v1668, %v1725 fastmath<contract> : f32
                scf.if %v28 {
                  %v1772 = arith.addi %v53, %v24 : i64
                  %v1773 = arith.muli %v30, %v1 : i64
                  %v1774 = arith.addi %v1773, %v1772 : i64
                  %v1775 = arith.muli %v1774, %size_L : i64
                  %v1776 = arith.addi %v1775, %v1673 : i64
                  %v1777 = llvm.getelementptr %part_Bm[%v1776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1771, %v1777 : f32, !llvm.ptr
                }
                %v1778 = arith.mulf %v1668, %v1736 fastmath<contract> : f32
                scf.if %v28 {
                  %v1779 = arith.addi %v23, %v24 : i64
                  %v1780 = arith.muli %v30, %v1 : i64
                  %v1781 = arith.addi %v1780, %v1779 : i64
                  %v1782 = arith.muli %v1781, %size_L : i64
                  %v1783 = arith.addi %v1782, %v1673 : i64
                  %v1784 = llvm.getelementptr %part_Bm[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1778, %v1784 : f32, !llvm.ptr
                }
                %v1785 = arith.mulf %v453, %v1689 fastmath<contract> : f32
                scf.if %v28 {
                  %v1786 = arith.addi %v53, %v24 : i64
                  %v1787 = arith.muli %v30, %v1 : i64
                  %v1788 = arith.addi %v1787, %v1786 : i64
                  %v1789 = arith.muli %v1788, %size_L : i64
                  %v1790 = arith.addi %v1789, %v1673 : i64
                  %v1791 = llvm.getelementptr %part_Cm[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1785, %v1791 : f32, !llvm.ptr
                }
                %v1792 = arith.mulf %v465, %v1689 fastmath<contract> : f32
                scf.if %v28 {
                  %v1793 = arith.addi %v23, %v24 : i64
                  %v1794 = arith.muli %v30, %v1 : i64
                  %v1795 = arith.addi %v1794, %v1793 : i64
                  %v1796 = arith.muli %v1795, %size_L : i64
                  %v1797 = arith.addi %v1796, %v1673 : i64
                  %v1798 = llvm.getelementptr %part_Cm[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1792, %v1798 : f32, !llvm.ptr
                }
                %v1799 = llvm.load %v46 : !llvm.ptr -> f32
                %v1800 = arith.addf %v1799, %v1765 fastmath<contract> : f32
                llvm.store %v1800, %v46 : f32, !llvm.ptr
                %v1801 = arith.select %v28, %v1765, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1802, %v1803 = gpu.shuffle xor %v1801, %v810, %v270 : f32
                %v1804 = arith.addf %v1801, %v1802 fastmath<contract> : f32
                %v1805, %v1806 = gpu.shuffle xor %v1804, %v814, %v270 : f32
                %v1807 = arith.addf %v1804, %v1805 fastmath<contract> : f32
                %v1808 = arith.divui %v14, %v16 : i64
                %v1809 = arith.remui %v14, %v16 : i64
                %v1810 = arith.cmpi ult, %v1809, %v2 : i64
                %v1811 = arith.muli %v1808, %v2 : i64
                %v1812 = arith.addi %v1811, %v53 : i64
                %v1813 = arith.muli %v1812, %v823 : i64
                %v1814 = arith.addi %v1813, %v1672 : i64
                scf.if %v1810 {
                  %v1815 = llvm.getelementptr %v48[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1807, %v1815 : f32, !llvm.ptr
                }
                %v1816 = arith.addf %v1726, %v1737 fastmath<contract> : f32
                llvm.store %v1816, %v643 : f32, !llvm.ptr
                llvm.store %v1666, %v42 : f32, !llvm.ptr
                llvm.store %v1666, %v43 : f32, !llvm.ptr
                %v1817 = llvm.load %v643 : !llvm.ptr -> f32
                %v1818 = arith.addi %v323, %v53 : i64
                %v1820 = arith.cmpi slt, %v1819, %v654 : i32
                %v1821 = arith.cmpi eq, %v1819, %v660 : i32
                %v1822, %v1823 = gpu.shuffle idx %v383, %v64, %v270 : f32
                %v1824, %v1825 = gpu.shuffle idx %v384, %v64, %v270 : f32
                %v1826, %v1827 = gpu.shuffle idx %v389, %v64, %v270 : f32
                %v1828, %v1829 = gpu.shuffle idx %v392, %v64, %v270 : f32
                %v1830, %v1831 = gpu.shuffle idx %v402, %v64, %v270 : f32
                %v1832, %v1833 = gpu.shuffle idx %v407, %v64, %v270 : f32
                %v1834 = arith.addi %v325, %v56 : i64
                llvm.store %v51, %v643 : f32, !llvm.ptr
                %v1835 = arith.addi %v104, %v1818 : i64
                %v1836 = arith.muli %v38, %v279 : i64
                %v1837 = arith.muli %v1835, %v278 : i64
                %v1838 = arith.addi %v1836, %v1837 : i64
                %v1839 = arith.muli %v24, %v2 : i64
                %v1840 = arith.addi %v1838, %v1839 : i64
                %v1841 = llvm.getelementptr %in_Cm[%v1840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1842 = llvm.load %v1841 : !llvm.ptr -> f32
                %v1843 = arith.muli %v38, %v250 : i64
                %v1844 = arith.muli %v1835, %v249 : i64
                %v1845 = arith.addi %v1843, %v1844 : i64
                %v1846 = arith.muli %v36, %v248 : i64
                %v1847 = arith.addi %v1845, %v1846 : i64
                %v1848 = arith.muli %v34, %v2 : i64
                %v1849 = arith.addi %v1847, %v1848 : i64
                %v1850 = llvm.getelementptr %dy_y[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1851 = llvm.load %v1850 : !llvm.ptr -> f32
                %v1852 = arith.mulf %v1842, %v1851 fastmath<contract> : f32
                %v1853 = llvm.load %v40 : !llvm.ptr -> f32
                %v1854 = llvm.load %v42 : !llvm.ptr -> f32
                %v1855 = arith.mulf %v1854, %v1853 fastmath<contract> : f32
                %v1856 = arith.addf %v1852, %v1855 fastmath<contract> : f32
                llvm.store %v1856, %v40 : f32, !llvm.ptr
                %v1857 = arith.muli %v38, %v279 : i64
                %v1858 = arith.muli %v1835, %v278 : i64
                %v1859 = arith.addi %v1857, %v1858 : i64
                %v1860 = arith.constant 8 : i64
                %v1861 = arith.addi %v1860, %v24 : i64
                %v1862 = arith.muli %v1861, %v2 : i64
                %v1863 = arith.addi %v1859, %v1862 : i64
                %v1864 = llvm.getelementptr %in_Cm[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1865 = llvm.load %v1864 : !llvm.ptr -> f32
                %v1866 = arith.mulf %v1865, %v1851 fastmath<contract> : f32
                %v1867 = llvm.load %v41 : !llvm.ptr -> f32
                %v1868 = llvm.load %v43 : !llvm.ptr -> f32
                %v1869 = arith.mulf %v1868, %v1867 fastmath<contract> : f32
                %v1870 = arith.addf %v1866, %v1869 fastmath<contract> : f32
                llvm.store %v1870, %v41 : f32, !llvm.ptr
                %v1871 = arith.muli %v38, %v250 : i64
                %v1872 = arith.muli %v1835, %v249 : i64
                %v1873 = arith.addi %v1871, %v1872 : i64
                %v1874 = arith.muli %v36, %v248 : i64
                %v1875 = arith.addi %v1873, %v1874 : i64
                %v1876 = arith.muli %v34, %v2 : i64
                %v1877 = arith.addi %v1875, %v1876 : i64
                %v1878 = llvm.getelementptr %in_x[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1879 = llvm.load %v1878 : !llvm.ptr -> f32
                %v1880 = arith.muli %v38, %v279 : i64
                %v1881 = arith.muli %v1835, %v278 : i64
                %v1882 = arith.addi %v1880, %v1881 : i64
                %v1883 = arith.muli %v24, %v2 : i64
                %v1884 = arith.addi %v1882, %v1883 : i64
                %v1885 = llvm.getelementptr %in_Bm[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1886 = llvm.load %v1885 : !llvm.ptr -> f32
                %v1887 = llvm.load %v40 : !llvm.ptr -> f32
                %v1888 = arith.mulf %v1886, %v1887 fastmath<contract> : f32
                %v1889 = arith.muli %v38, %v279 : i64
                %v1890 = arith.muli %v1835, %v278 : i64
                %v1891 = arith.addi %v1889, %v1890 : i64
                %v1892 = arith.constant 8 : i64
                %v1893 = arith.addi %v1892, %v24 : i64
                %v1894 = arith.muli %v1893, %v2 : i64
                %v1895 = arith.addi %v1891, %v1894 : i64
                %v1896 = llvm.getelementptr %in_Bm[%v1895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1897 = llvm.load %v1896 : !llvm.ptr -> f32
                %v1898 = llvm.load %v41 : !llvm.ptr -> f32
                %v1899 = arith.mulf %v1897, %v1898 fastmath<contract> : f32
                %v1900 = arith.addf %v1888, %v1899 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1901, %v1902 = gpu.shuffle xor %v1900, %v744, %v270 : f32
                %v1903 = arith.addf %v1900, %v1901 fastmath<contract> : f32
                %v1904, %v1905 = gpu.shuffle xor %v1903, %v748, %v270 : f32
                %v1906 = arith.addf %v1903, %v1904 fastmath<contract> : f32
                %v1907, %v1908 = gpu.shuffle xor %v1906, %v752, %v270 : f32
                %v1909 = arith.addf %v1906, %v1907 fastmath<contract> : f32
                // end sum over the lanes
                %v1910 = arith.mulf %v1879, %v1909 fastmath<contract> : f32
                %v1911 = arith.mulf %v337, %v1887 fastmath<contract> : f32
                %v1912 = arith.mulf %v346, %v1898 fastmath<contract> : f32
                %v1913 = arith.addf %v1911, %v1912 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1914, %v1915 = gpu.shuffle xor %v1913, %v744, %v270 : f32
                %v1916 = arith.addf %v1913, %v1914 fastmath<contract> : f32
                %v1917, %v1918 = gpu.shuffle xor %v1916, %v748, %v270 : f32
                %v1919 = arith.addf %v1916, %v1917 fastmath<contract> : f32
                %v1920, %v1921 = gpu.shuffle xor %v1919, %v752, %v270 : f32
                %v1922 = arith.addf %v1919, %v1920 fastmath<contract> : f32
                // end sum over the lanes
                %v1923 = arith.mulf %v1826, %v1922 fastmath<contract> : f32
                %v1924 = arith.mulf %v1828, %v1923 fastmath<contract> : f32
                %v1925 = arith.negf %v1924 : f32
                %v1926 = arith.addf %v1910, %v1925 fastmath<contract> : f32
                %v1927 = arith.mulf %v1926, %v1832 fastmath<contract> : f32
                %v1928 = arith.mulf %v1828, %v1922 fastmath<contract> : f32
                %v1929 = arith.mulf %v1824, %v1928 fastmath<contract> : f32
                %v1930 = arith.mulf %v1826, %v1929 fastmath<contract> : f32
                %v1931 = llvm.load %v44 : !llvm.ptr -> f32
                %v1932 = arith.addf %v1931, %v1930 fastmath<contract> : f32
                llvm.store %v1932, %v44 : f32, !llvm.ptr
                %v1933 = arith.mulf %v1830, %v1887 fastmath<contract> : f32
                scf.if %v28 {
                  %v1934 = arith.addi %v53, %v24 : i64
                  %v1935 = arith.muli %v30, %v1 : i64
                  %v1936 = arith.addi %v1935, %v1934 : i64
                  %v1937 = arith.muli %v1936, %size_L : i64
                  %v1938 = arith.addi %v1937, %v1835 : i64
                  %v1939 = llvm.getelementptr %part_Bm[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1933, %v1939 : f32, !llvm.ptr
                }
                %v1940 = arith.mulf %v1830, %v1898 fastmath<contract> : f32
                scf.if %v28 {
                  %v1941 = arith.addi %v23, %v24 : i64
                  %v1942 = arith.muli %v30, %v1 : i64
                  %v1943 = arith.addi %v1942, %v1941 : i64
                  %v1944 = arith.muli %v1943, %size_L : i64
                  %v1945 = arith.addi %v1944, %v1835 : i64
                  %v1946 = llvm.getelementptr %part_Bm[%v1945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1940, %v1946 : f32, !llvm.ptr
                }
                %v1947 = arith.mulf %v424, %v1851 fastmath<contract> : f32
                scf.if %v28 {
                  %v1948 = arith.addi %v53, %v24 : i64
                  %v1949 = arith.muli %v30, %v1 : i64
                  %v1950 = arith.addi %v1949, %v1948 : i64
                  %v1951 = arith.muli %v1950, %size_L : i64
                  %v1952 = arith.addi %v1951, %v1835 : i64
                  %v1953 = llvm.getelementptr %part_Cm[%v1952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1947, %v1953 : f32, !llvm.ptr
                }
                %v1954 = arith.mulf %v436, %v1851 fastmath<contract> : f32
                scf.if %v28 {
                  %v1955 = arith.addi %v23, %v24 : i64
                  %v1956 = arith.muli %v30, %v1 : i64
                  %v1957 = arith.addi %v1956, %v1955 : i64
                  %v1958 = arith.muli %v1957, %size_L : i64
                  %v1959 = arith.addi %v1958, %v1835 : i64
                  %v1960 = llvm.getelementptr %part_Cm[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1954, %v1960 : f32, !llvm.ptr
                }
                %v1961 = llvm.load %v46 : !llvm.ptr -> f32
                %v1962 = arith.addf %v1961, %v1927 fastmath<contract> : f32
                llvm.store %v1962, %v46 : f32, !llvm.ptr
                %v1963 = arith.select %v28, %v1927, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1964, %v1965 = gpu.shuffle xor %v1963, %v810, %v270 : f32
                %v1966 = arith.addf %v1963, %v1964 fastmath<contract> : f32
                %v1967, %v1968 = gpu.shuffle xor %v1966, %v814, %v270 : f32
                %v1969 = arith.addf %v1966, %v1967 fastmath<contract> : f32
                %v1970 = arith.divui %v14, %v16 : i64
                %v1971 = arith.remui %v14, %v16 : i64
                %v1972 = arith.cmpi ult, %v1971, %v2 : i64
                %v1973 = arith.muli %v1970, %v2 : i64
                %v1974 = arith.addi %v1973, %v53 : i64
                %v1975 = arith.muli %v1974, %v823 : i64
                %v1976 = arith.addi %v1975, %v1834 : i64
                scf.if %v1972 {
                  %v1977 = llvm.getelementptr %v48[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1969, %v1977 : f32, !llvm.ptr
                }
                %v1978 = arith.addf %v1888, %v1899 fastmath<contract> : f32
                llvm.store %v1978, %v643 : f32, !llvm.ptr
                llvm.store %v1828, %v42 : f32, !llvm.ptr
                llvm.store %v1828, %v43 : f32, !llvm.ptr
                %v1979 = llvm.load %v643 : !llvm.ptr -> f32
                %v1980 = arith.select %v646, %v1979, %v1817 : f32
                %v1981 = arith.select %v646, %v1817, %v1979 : f32
                %v1982, %v1983 = gpu.shuffle xor %v1980, %v744, %v270 : f32
                %v1984 = arith.addf %v1981, %v1982 fastmath<contract> : f32
                %v1985 = arith.select %v649, %v1984, %v1656 : f32
                %v1986 = arith.select %v649, %v1656, %v1984 : f32
                %v1987, %v1988 = gpu.shuffle xor %v1985, %v748, %v270 : f32
                %v1989 = arith.addf %v1986, %v1987 fastmath<contract> : f32
                %v1990 = arith.select %v652, %v1989, %v1328 : f32
                %v1991 = arith.select %v652, %v1328, %v1989 : f32
                %v1992, %v1993 = gpu.shuffle xor %v1990, %v752, %v270 : f32
                %v1994 = arith.addf %v1991, %v1992 fastmath<contract> : f32
                %v1995 = arith.addi %v323, %v24 : i64
                %v1996 = arith.cmpi slt, %v1995, %v106 : i64
                %v1997 = arith.andi %v28, %v1996 : i1
                scf.if %v1997 {
                  %v1998 = arith.addi %v104, %v1995 : i64
                  // the gradients of this lane's own step
                  %v1999 = arith.muli %v36, %v2 : i64
                  %v2000 = llvm.getelementptr %in_Dskip[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2001 = llvm.load %v2000 : !llvm.ptr -> f32
                  %v2002 = arith.muli %v38, %v250 : i64
                  %v2003 = arith.muli %v1998, %v249 : i64
                  %v2004 = arith.addi %v2002, %v2003 : i64
                  %v2005 = arith.muli %v36, %v248 : i64
                  %v2006 = arith.addi %v2004, %v2005 : i64
                  %v2007 = arith.muli %v34, %v2 : i64
                  %v2008 = arith.addi %v2006, %v2007 : i64
                  %v2009 = llvm.getelementptr %dy_y[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2010 = llvm.load %v2009 : !llvm.ptr -> f32
                  %v2011 = arith.mulf %v2001, %v2010 fastmath<contract> : f32
                  %v2012 = arith.mulf %v383, %v1994 fastmath<contract> : f32
                  %v2013 = arith.addf %v2011, %v2012 fastmath<contract> : f32
                  %v2014 = arith.muli %v38, %v250 : i64
                  %v2015 = arith.muli %v1998, %v249 : i64
                  %v2016 = arith.addi %v2014, %v2015 : i64
                  %v2017 = arith.muli %v36, %v248 : i64
                  %v2018 = arith.addi %v2016, %v2017 : i64
                  %v2019 = arith.muli %v34, %v2 : i64
                  %v2020 = arith.addi %v2018, %v2019 : i64
                  %v2021 = llvm.getelementptr %dx_x[%v2020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2013, %v2021 : f32, !llvm.ptr
                  %v2022 = arith.muli %v38, %v250 : i64
                  %v2023 = arith.muli %v1998, %v249 : i64
                  %v2024 = arith.addi %v2022, %v2023 : i64
                  %v2025 = arith.muli %v36, %v248 : i64
                  %v2026 = arith.addi %v2024, %v2025 : i64
                  %v2027 = arith.muli %v34, %v2 : i64
                  %v2028 = arith.addi %v2026, %v2027 : i64
                  %v2029 = llvm.getelementptr %in_x[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
                  %v2031 = arith.mulf %v2030, %v2010 fastmath<contract> : f32
                  %v2032 = llvm.load %v45 : !llvm.ptr -> f32
                  %v2033 = arith.addf %v2032, %v2031 fastmath<contract> : f32
                  llvm.store %v2033, %v45 : f32, !llvm.ptr
                }
              } else {
                %v2034 = arith.subi %v106, %v2 : i64
                %v2035 = arith.muli %v322, %v5 : i64
                %v2036 = arith.subi %v5, %v2 : i64
                %v2037 = arith.minsi %v30, %v2036 : i64
                %v2038 = arith.addi %v2035, %v2037 : i64
                %v2039 = arith.muli %v2038, %v1 : i64
                %v2040 = arith.addi %v2039, %v53 : i64
                %v2041 = arith.addi %v2040, %v24 : i64
                %v2042 = llvm.getelementptr %scratch_S[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2043 = llvm.load %v2042 : !llvm.ptr -> f32
                %v2044 = arith.muli %v322, %v5 : i64
                %v2045 = arith.subi %v5, %v2 : i64
                %v2046 = arith.minsi %v30, %v2045 : i64
                %v2047 = arith.addi %v2044, %v2046 : i64
                %v2048 = arith.muli %v2047, %v1 : i64
                %v2049 = arith.addi %v2048, %v23 : i64
                %v2050 = arith.addi %v2049, %v24 : i64
                %v2051 = llvm.getelementptr %scratch_S[%v2050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2052 = llvm.load %v2051 : !llvm.ptr -> f32
                %v2053 = arith.addi %v323, %v24 : i64
                %v2054 = arith.minsi %v2053, %v2034 : i64
                %v2055 = arith.addi %v104, %v2054 : i64
                %v2056 = arith.muli %v53, %v129 : i64
                %v2057 = arith.subi %v2055, %v104 : i64
                %v2058 = arith.addi %v2056, %v2057 : i64
                %v2059 = llvm.getelementptr %v50[%v2058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
                %v2061 = arith.muli %v36, %v2 : i64
                %v2062 = llvm.getelementptr %in_dt_bias[%v2061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2063 = llvm.load %v2062 : !llvm.ptr -> f32
                %v2064 = arith.addf %v2060, %v2063 fastmath<contract> : f32
                %v2065 = arith.maximumf %v2064, %v51 : f32
                %v2066 = llvm.call_intrinsic "llvm.fabs.f32"(%v2064) : (f32) -> f32
                %v2067 = arith.negf %v2066 : f32
                %v2068 = arith.mulf %v2067, %v208 fastmath<contract> : f32
                %v2069 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2068) : (f32) -> f32
                %v2070 = arith.addf %v52, %v2069 fastmath<contract> : f32
                %v2071 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2070) : (f32) -> f32
                %v2072 = arith.mulf %v2071, %v213 fastmath<contract> : f32
                %v2073 = arith.mulf %v215, %v2069 fastmath<contract> : f32
                %v2074 = arith.addf %v2073, %v217 fastmath<contract> : f32
                %v2075 = arith.mulf %v2074, %v2069 fastmath<contract> : f32
                %v2076 = arith.addf %v2075, %v220 fastmath<contract> : f32
                %v2077 = arith.mulf %v2076, %v2069 fastmath<contract> : f32
                %v2078 = arith.addf %v2077, %v223 fastmath<contract> : f32
                %v2079 = arith.mulf %v2078, %v2069 fastmath<contract> : f32
                %v2080 = arith.addf %v2079, %v226 fastmath<contract> : f32
                %v2081 = arith.mulf %v2080, %v2069 fastmath<contract> : f32
                %v2082 = arith.addf %v2081, %v229 fastmath<contract> : f32
                %v2083 = arith.mulf %v2082, %v2069 fastmath<contract> : f32
                %v2084 = arith.addf %v2083, %v52 fastmath<contract> : f32
                %v2085 = arith.mulf %v2084, %v2069 fastmath<contract> : f32
                %v2086 = llvm.call_intrinsic "llvm.fabs.f32"(%v2069) : (f32) -> f32
                %v2087 = arith.cmpf olt, %v2086, %v235 : f32
                %v2088 = arith.select %v2087, %v2085, %v2072 : f32
                %v2089 = arith.addf %v2065, %v2088 fastmath<contract> : f32
                %v2090 = arith.negf %v2089 : f32
                %v2091 = arith.muli %v36, %v2 : i64
                %v2092 = llvm.getelementptr %in_A_log[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2093 = llvm.load %v2092 : !llvm.ptr -> f32
                %v2094 = arith.mulf %v2093, %v208 fastmath<contract> : f32
                %v2095 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2094) : (f32) -> f32
                %v2096 = arith.mulf %v2090, %v2095 fastmath<contract> : f32
                %v2097 = arith.mulf %v2096, %v208 fastmath<contract> : f32
                %v2098 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2097) : (f32) -> f32
                %v2099 = arith.muli %v38, %v250 : i64
                %v2100 = arith.muli %v2055, %v249 : i64
                %v2101 = arith.addi %v2099, %v2100 : i64
                %v2102 = arith.muli %v36, %v248 : i64
                %v2103 = arith.addi %v2101, %v2102 : i64
                %v2104 = arith.muli %v34, %v2 : i64
                %v2105 = arith.addi %v2103, %v2104 : i64
                %v2106 = llvm.getelementptr %in_x[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2107 = llvm.load %v2106 : !llvm.ptr -> f32
                %v2108 = arith.mulf %v2089, %v2107 fastmath<contract> : f32
                %v2109 = arith.negf %v2064 : f32
                %v2110 = arith.mulf %v2109, %v208 fastmath<contract> : f32
                %v2111 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2110) : (f32) -> f32
                %v2112 = arith.addf %v52, %v2111 fastmath<contract> : f32
                %v2113 = arith.divf %v52, %v2112 : f32
                // the group's states, recomputed into registers
                %v2114 = arith.addi %v323, %v53 : i64
                %v2115 = arith.minsi %v2114, %v2034 : i64
                %v2116 = arith.addi %v104, %v2115 : i64
                %v2117, %v2118 = gpu.shuffle idx %v2098, %v64, %v270 : f32
                %v2119, %v2120 = gpu.shuffle idx %v2108, %v64, %v270 : f32
                %v2121 = arith.muli %v38, %v279 : i64
                %v2122 = arith.muli %v2116, %v278 : i64
                %v2123 = arith.addi %v2121, %v2122 : i64
                %v2124 = arith.muli %v24, %v2 : i64
                %v2125 = arith.addi %v2123, %v2124 : i64
                %v2126 = llvm.getelementptr %in_Bm[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2127 = llvm.load %v2126 : !llvm.ptr -> f32
                %v2128 = arith.mulf %v2119, %v2127 fastmath<contract> : f32
                %v2129 = arith.mulf %v2117, %v2043 fastmath<contract> : f32
                %v2130 = arith.addf %v2129, %v2128 fastmath<contract> : f32
                %v2131 = arith.muli %v38, %v279 : i64
                %v2132 = arith.muli %v2116, %v278 : i64
                %v2133 = arith.addi %v2131, %v2132 : i64
                %v2134 = arith.constant 8 : i64
                %v2135 = arith.addi %v2134, %v24 : i64
                %v2136 = arith.muli %v2135, %v2 : i64
                %v2137 = arith.addi %v2133, %v2136 : i64
                %v2138 = llvm.getelementptr %in_Bm[%v2137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2139 = llvm.load %v2138 : !llvm.ptr -> f32
                %v2140 = arith.mulf %v2119, %v2139 fastmath<contract> : f32
                %v2141 = arith.mulf %v2117, %v2052 fastmath<contract> : f32
                %v2142 = arith.addf %v2141, %v2140 fastmath<contract> : f32
                %v2143 = arith.addi %v323, %v2 : i64
                %v2144 = arith.minsi %v2143, %v2034 : i64
                %v2145 = arith.addi %v104, %v2144 : i64
                %v2146, %v2147 = gpu.shuffle idx %v2098, %v68, %v270 : f32
                %v2148, %v2149 = gpu.shuffle idx %v2108, %v68, %v270 : f32
                %v2150 = arith.muli %v38, %v279 : i64
                %v2151 = arith.muli %v2145, %v278 : i64
                %v2152 = arith.addi %v2150, %v2151 : i64
                %v2153 = arith.muli %v24, %v2 : i64
                %v2154 = arith.addi %v2152, %v2153 : i64
                %v2155 = llvm.getelementptr %in_Bm[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2156 = llvm.load %v2155 : !llvm.ptr -> f32
                %v2157 = arith.mulf %v2148, %v2156 fastmath<contract> : f32
                %v2158 = arith.mulf %v2146, %v2130 fastmath<contract> : f32
                %v2159 = arith.addf %v2158, %v2157 fastmath<contract> : f32
                %v2160 = arith.muli %v38, %v279 : i64
                %v2161 = arith.muli %v2145, %v278 : i64
                %v2162 = arith.addi %v2160, %v2161 : i64
                %v2163 = arith.constant 8 : i64
                %v2164 = arith.addi %v2163, %v24 : i64
                %v2165 = arith.muli %v2164, %v2 : i64
                %v2166 = arith.addi %v2162, %v2165 : i64
                %v2167 = llvm.getelementptr %in_Bm[%v2166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2168 = llvm.load %v2167 : !llvm.ptr -> f32
                %v2169 = arith.mulf %v2148, %v2168 fastmath<contract> : f32
                %v2170 = arith.mulf %v2146, %v2142 fastmath<contract> : f32
                %v2171 = arith.addf %v2170, %v2169 fastmath<contract> : f32
                %v2172 = arith.addi %v323, %v466 : i64
                %v2173 = arith.minsi %v2172, %v2034 : i64
                %v2174 = arith.addi %v104, %v2173 : i64
                %v2175, %v2176 = gpu.shuffle idx %v2098, %v72, %v270 : f32
                %v2177, %v2178 = gpu.shuffle idx %v2108, %v72, %v270 : f32
                %v2179 = arith.muli %v38, %v279 : i64
                %v2180 = arith.muli %v2174, %v278 : i64
                %v2181 = arith.addi %v2179, %v2180 : i64
                %v2182 = arith.muli %v24, %v2 : i64
                %v2183 = arith.addi %v2181, %v2182 : i64
                %v2184 = llvm.getelementptr %in_Bm[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
                %v2186 = arith.mulf %v2177, %v2185 fastmath<contract> : f32
                %v2187 = arith.mulf %v2175, %v2159 fastmath<contract> : f32
                %v2188 = arith.addf %v2187, %v2186 fastmath<contract> : f32
                %v2189 = arith.muli %v38, %v279 : i64
                %v2190 = arith.muli %v2174, %v278 : i64
                %v2191 = arith.addi %v2189, %v2190 : i64
                %v2192 = arith.constant 8 : i64
                %v2193 = arith.addi %v2192, %v24 : i64
                %v2194 = arith.muli %v2193, %v2 : i64
                %v2195 = arith.addi %v2191, %v2194 : i64
                %v2196 = llvm.getelementptr %in_Bm[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2197 = llvm.load %v2196 : !llvm.ptr -> f32
                %v2198 = arith.mulf %v2177, %v2197 fastmath<contract> : f32
                %v2199 = arith.mulf %v2175, %v2171 fastmath<contract> : f32
                %v2200 = arith.addf %v2199, %v2198 fastmath<contract> : f32
                %v2201 = arith.addi %v323, %v304 : i64
                %v2202 = arith.minsi %v2201, %v2034 : i64
                %v2203 = arith.addi %v104, %v2202 : i64
                %v2204, %v2205 = gpu.shuffle idx %v2098, %v76, %v270 : f32
                %v2206, %v2207 = gpu.shuffle idx %v2108, %v76, %v270 : f32
                %v2208 = arith.muli %v38, %v279 : i64
                %v2209 = arith.muli %v2203, %v278 : i64
                %v2210 = arith.addi %v2208, %v2209 : i64
                %v2211 = arith.muli %v24, %v2 : i64
                %v2212 = arith.addi %v2210, %v2211 : i64
                %v2213 = llvm.getelementptr %in_Bm[%v2212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
                %v2215 = arith.mulf %v2206, %v2214 fastmath<contract> : f32
                %v2216 = arith.mulf %v2204, %v2188 fastmath<contract> : f32
                %v2217 = arith.addf %v2216, %v2215 fastmath<contract> : f32
                %v2218 = arith.muli %v38, %v279 : i64
                %v2219 = arith.muli %v2203, %v278 : i64
                %v2220 = arith.addi %v2218, %v2219 : i64
                %v2221 = arith.constant 8 : i64
                %v2222 = arith.addi %v2221, %v24 : i64
                %v2223 = arith.muli %v2222, %v2 : i64
                %v2224 = arith.addi %v2220, %v2223 : i64
                %v2225 = llvm.getelementptr %in_Bm[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2226 = llvm.load %v2225 : !llvm.ptr -> f32
                %v2227 = arith.mulf %v2206, %v2226 fastmath<contract> : f32
                %v2228 = arith.mulf %v2204, %v2200 fastmath<contract> : f32
                %v2229 = arith.addf %v2228, %v2227 fastmath<contract> : f32
                %v2230 = arith.addi %v323, %v305 : i64
                %v2231 = arith.minsi %v2230, %v2034 : i64
                %v2232 = arith.addi %v104, %v2231 : i64
                %v2233, %v2234 = gpu.shuffle idx %v2098, %v80, %v270 : f32
                %v2235, %v2236 = gpu.shuffle idx %v2108, %v80, %v270 : f32
                %v2237 = arith.muli %v38, %v279 : i64
                %v2238 = arith.muli %v2232, %v278 : i64
                %v2239 = arith.addi %v2237, %v2238 : i64
                %v2240 = arith.muli %v24, %v2 : i64
                %v2241 = arith.addi %v2239, %v2240 : i64
                %v2242 = llvm.getelementptr %in_Bm[%v2241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2243 = llvm.load %v2242 : !llvm.ptr -> f32
                %v2244 = arith.mulf %v2235, %v2243 fastmath<contract> : f32
                %v2245 = arith.mulf %v2233, %v2217 fastmath<contract> : f32
                %v2246 = arith.addf %v2245, %v2244 fastmath<contract> : f32
                %v2247 = arith.muli %v38, %v279 : i64
                %v2248 = arith.muli %v2232, %v278 : i64
                %v2249 = arith.addi %v2247, %v2248 : i64
                %v2250 = arith.constant 8 : i64
                %v2251 = arith.addi %v2250, %v24 : i64
                %v2252 = arith.muli %v2251, %v2 : i64
                %v2253 = arith.addi %v2249, %v2252 : i64
                %v2254 = llvm.getelementptr %in_Bm[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2255 = llvm.load %v2254 : !llvm.ptr -> f32
                %v2256 = arith.mulf %v2235, %v2255 fastmath<contract> : f32
                %v2257 = arith.mulf %v2233, %v2229 fastmath<contract> : f32
                %v2258 = arith.addf %v2257, %v2256 fastmath<contract> : f32
                %v2259 = arith.addi %v323, %v554 : i64
                %v2260 = arith.minsi %v2259, %v2034 : i64
                %v2261 = arith.addi %v104, %v2260 : i64
                %v2262, %v2263 = gpu.shuffle idx %v2098, %v84, %v270 : f32
                %v2264, %v2265 = gpu.shuffle idx %v2108, %v84, %v270 : f32
                %v2266 = arith.muli %v38, %v279 : i64
                %v2267 = arith.muli %v2261, %v278 : i64
                %v2268 = arith.addi %v2266, %v2267 : i64
                %v2269 = arith.muli %v24, %v2 : i64
                %v2270 = arith.addi %v2268, %v2269 : i64
                %v2271 = llvm.getelementptr %in_Bm[%v2270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2272 = llvm.load %v2271 : !llvm.ptr -> f32
                %v2273 = arith.mulf %v2264, %v2272 fastmath<contract> : f32
                %v2274 = arith.mulf %v2262, %v2246 fastmath<contract> : f32
                %v2275 = arith.addf %v2274, %v2273 fastmath<contract> : f32
                %v2276 = arith.muli %v38, %v279 : i64
                %v2277 = arith.muli %v2261, %v278 : i64
                %v2278 = arith.addi %v2276, %v2277 : i64
                %v2279 = arith.constant 8 : i64
                %v2280 = arith.addi %v2279, %v24 : i64
                %v2281 = arith.muli %v2280, %v2 : i64
                %v2282 = arith.addi %v2278, %v2281 : i64
                %v2283 = llvm.getelementptr %in_Bm[%v2282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2284 = llvm.load %v2283 : !llvm.ptr -> f32
                %v2285 = arith.mulf %v2264, %v2284 fastmath<contract> : f32
                %v2286 = arith.mulf %v2262, %v2258 fastmath<contract> : f32
                %v2287 = arith.addf %v2286, %v2285 fastmath<contract> : f32
                %v2288 = arith.addi %v323, %v584 : i64
                %v2289 = arith.minsi %v2288, %v2034 : i64
                %v2290 = arith.addi %v104, %v2289 : i64
                %v2291, %v2292 = gpu.shuffle idx %v2098, %v88, %v270 : f32
                %v2293, %v2294 = gpu.shuffle idx %v2108, %v88, %v270 : f32
                %v2295 = arith.muli %v38, %v279 : i64
                %v2296 = arith.muli %v2290, %v278 : i64
                %v2297 = arith.addi %v2295, %v2296 : i64
                %v2298 = arith.muli %v24, %v2 : i64
                %v2299 = arith.addi %v2297, %v2298 : i64
                %v2300 = llvm.getelementptr %in_Bm[%v2299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2301 = llvm.load %v2300 : !llvm.ptr -> f32
                %v2302 = arith.mulf %v2293, %v2301 fastmath<contract> : f32
                %v2303 = arith.mulf %v2291, %v2275 fastmath<contract> : f32
                %v2304 = arith.addf %v2303, %v2302 fastmath<contract> : f32
                %v2305 = arith.muli %v38, %v279 : i64
                %v2306 = arith.muli %v2290, %v278 : i64
                %v2307 = arith.addi %v2305, %v2306 : i64
                %v2308 = arith.constant 8 : i64
                %v2309 = arith.addi %v2308, %v24 : i64
                %v2310 = arith.muli %v2309, %v2 : i64
                %v2311 = arith.addi %v2307, %v2310 : i64
                %v2312 = llvm.getelementptr %in_Bm[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2313 = llvm.load %v2312 : !llvm.ptr -> f32
                %v2314 = arith.mulf %v2293, %v2313 fastmath<contract> : f32
                %v2315 = arith.mulf %v2291, %v2287 fastmath<contract> : f32
                %v2316 = arith.addf %v2315, %v2314 fastmath<contract> : f32
                %v2317 = arith.addi %v323, %v56 : i64
                %v2318 = arith.minsi %v2317, %v2034 : i64
                %v2319 = arith.addi %v104, %v2318 : i64
                %v2320, %v2321 = gpu.shuffle idx %v2098, %v92, %v270 : f32
                %v2322, %v2323 = gpu.shuffle idx %v2108, %v92, %v270 : f32
                %v2324 = arith.muli %v38, %v279 : i64
                %v2325 = arith.muli %v2319, %v278 : i64
                %v2326 = arith.addi %v2324, %v2325 : i64
                %v2327 = arith.muli %v24, %v2 : i64
                %v2328 = arith.addi %v2326, %v2327 : i64
                %v2329 = llvm.getelementptr %in_Bm[%v2328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2330 = llvm.load %v2329 : !llvm.ptr -> f32
                %v2331 = arith.mulf %v2322, %v2330 fastmath<contract> : f32
                %v2332 = arith.mulf %v2320, %v2304 fastmath<contract> : f32
                %v2333 = arith.addf %v2332, %v2331 fastmath<contract> : f32
                %v2334 = arith.muli %v38, %v279 : i64
                %v2335 = arith.muli %v2319, %v278 : i64
                %v2336 = arith.addi %v2334, %v2335 : i64
                %v2337 = arith.constant 8 : i64
                %v2338 = arith.addi %v2337, %v24 : i64
                %v2339 = arith.muli %v2338, %v2 : i64
                %v2340 = arith.addi %v2336, %v2339 : i64
                %v2341 = llvm.getelementptr %in_Bm[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2342 = llvm.load %v2341 : !llvm.ptr -> f32
                %v2343 = arith.mulf %v2322, %v2342 fastmath<contract> : f32
                %v2344 = arith.mulf %v2320, %v2316 fastmath<contract> : f32
                %v2345 = arith.addf %v2344, %v2343 fastmath<contract> : f32
                %v2347 = arith.shrui %v24, %v53 : i64
                %v2348 = arith.andi %v2347, %v2 : i64
                %v2349 = arith.cmpi ne, %v2348, %v53 : i64
                %v2350 = arith.shrui %v24, %v2 : i64
                %v2351 = arith.andi %v2350, %v2 : i64
                %v2352 = arith.cmpi ne, %v2351, %v53 : i64
                %v2353 = arith.shrui %v24, %v466 : i64
                %v2354 = arith.andi %v2353, %v2 : i64
                %v2355 = arith.cmpi ne, %v2354, %v53 : i64
                %v2356 = arith.subi %v106, %v323 : i64
                %v2357 = arith.trunci %v2356 : i64 to i32
                %v2358 = arith.subi %size_L, %v2 : i64
                %v2359 = arith.addi %v104, %v323 : i64
                %v2360 = arith.subi %v2358, %v2359 : i64
                %v2361 = arith.minsi %v2360, %v658 : i64
                %v2362 = arith.trunci %v2361 : i64 to i32
                %v2363 = arith.addi %v323, %v56 : i64
                %v2364 = arith.cmpi slt, %v662, %v2357 : i32
                %v2365 = arith.cmpi eq, %v662, %v2362 : i32
                %v2366, %v2367 = gpu.shuffle idx %v2089, %v92, %v270 : f32
                %v2368, %v2369 = gpu.shuffle idx %v2090, %v92, %v270 : f32
                %v2370, %v2371 = gpu.shuffle idx %v2095, %v92, %v270 : f32
                %v2372, %v2373 = gpu.shuffle idx %v2098, %v92, %v270 : f32
                %v2374, %v2375 = gpu.shuffle idx %v2108, %v92, %v270 : f32
                %v2376, %v2377 = gpu.shuffle idx %v2113, %v92, %v270 : f32
                %v2378 = arith.addi %v325, %v53 : i64
                llvm.store %v51, %v2346 : f32, !llvm.ptr
                scf.if %v2364 {
                  %v2379 = arith.addi %v104, %v2363 : i64
                  %v2380 = arith.muli %v38, %v279 : i64
                  %v2381 = arith.muli %v2379, %v278 : i64
                  %v2382 = arith.addi %v2380, %v2381 : i64
                  %v2383 = arith.muli %v24, %v2 : i64
                  %v2384 = arith.addi %v2382, %v2383 : i64
                  %v2385 = llvm.getelementptr %in_Cm[%v2384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2386 = llvm.load %v2385 : !llvm.ptr -> f32
                  %v2387 = arith.muli %v38, %v250 : i64
                  %v2388 = arith.muli %v2379, %v249 : i64
                  %v2389 = arith.addi %v2387, %v2388 : i64
                  %v2390 = arith.muli %v36, %v248 : i64
                  %v2391 = arith.addi %v2389, %v2390 : i64
                  %v2392 = arith.muli %v34, %v2 : i64
                  %v2393 = arith.addi %v2391, %v2392 : i64
                  %v2394 = llvm.getelementptr %dy_y[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2395 = llvm.load %v2394 : !llvm.ptr -> f32
                  %v2396 = arith.mulf %v2386, %v2395 fastmath<contract> : f32
                  %v2397 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2398 = llvm.load %v42 : !llvm.ptr -> f32
                  %v2399 = arith.mulf %v2398, %v2397 fastmath<contract> : f32
                  %v2400 = arith.addf %v2396, %v2399 fastmath<contract> : f32
                  llvm.store %v2400, %v40 : f32, !llvm.ptr
                  %v2401 = arith.muli %v38, %v279 : i64
                  %v2402 = arith.muli %v2379, %v278 : i64
                  %v2403 = arith.addi %v2401, %v2402 : i64
                  %v2404 = arith.constant 8 : i64
                  %v2405 = arith.addi %v2404, %v24 : i64
                  %v2406 = arith.muli %v2405, %v2 : i64
                  %v2407 = arith.addi %v2403, %v2406 : i64
                  %v2408 = llvm.getelementptr %in_Cm[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2409 = llvm.load %v2408 : !llvm.ptr -> f32
                  %v2410 = arith.mulf %v2409, %v2395 fastmath<contract> : f32
                  %v2411 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2412 = llvm.load %v43 : !llvm.ptr -> f32
                  %v2413 = arith.mulf %v2412, %v2411 fastmath<contract> : f32
                  %v2414 = arith.addf %v2410, %v2413 fastmath<contract> : f32
                  llvm.store %v2414, %v41 : f32, !llvm.ptr
                  %v2415 = arith.muli %v38, %v250 : i64
                  %v2416 = arith.muli %v2379, %v249 : i64
                  %v2417 = arith.addi %v2415, %v2416 : i64
                  %v2418 = arith.muli %v36, %v248 : i64
                  %v2419 = arith.addi %v2417, %v2418 : i64
                  %v2420 = arith.muli %v34, %v2 : i64
                  %v2421 = arith.addi %v2419, %v2420 : i64
                  %v2422 = llvm.getelementptr %in_x[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2423 = llvm.load %v2422 : !llvm.ptr -> f32
                  %v2424 = arith.muli %v38, %v279 : i64
                  %v2425 = arith.muli %v2379, %v278 : i64
                  %v2426 = arith.addi %v2424, %v2425 : i64
                  %v2427 = arith.muli %v24, %v2 : i64
                  %v2428 = arith.addi %v2426, %v2427 : i64
                  %v2429 = llvm.getelementptr %in_Bm[%v2428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2430 = llvm.load %v2429 : !llvm.ptr -> f32
                  %v2431 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2432 = arith.mulf %v2430, %v2431 fastmath<contract> : f32
                  %v2433 = arith.muli %v38, %v279 : i64
                  %v2434 = arith.muli %v2379, %v278 : i64
                  %v2435 = arith.addi %v2433, %v2434 : i64
                  %v2436 = arith.constant 8 : i64
                  %v2437 = arith.addi %v2436, %v24 : i64
                  %v2438 = arith.muli %v2437, %v2 : i64
                  %v2439 = arith.addi %v2435, %v2438 : i64
                  %v2440 = llvm.getelementptr %in_Bm[%v2439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2441 = llvm.load %v2440 : !llvm.ptr -> f32
                  %v2442 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2443 = arith.mulf %v2441, %v2442 fastmath<contract> : f32
                  %v2444 = arith.addf %v2432, %v2443 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2445, %v2446 = gpu.shuffle xor %v2444, %v744, %v270 : f32
                  %v2447 = arith.addf %v2444, %v2445 fastmath<contract> : f32
                  %v2448, %v2449 = gpu.shuffle xor %v2447, %v748, %v270 : f32
                  %v2450 = arith.addf %v2447, %v2448 fastmath<contract> : f32
                  %v2451, %v2452 = gpu.shuffle xor %v2450, %v752, %v270 : f32
                  %v2453 = arith.addf %v2450, %v2451 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2454 = arith.mulf %v2423, %v2453 fastmath<contract> : f32
                  %v2455 = arith.mulf %v2304, %v2431 fastmath<contract> : f32
                  %v2456 = arith.mulf %v2316, %v2442 fastmath<contract> : f32
                  %v2457 = arith.addf %v2455, %v2456 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2458, %v2459 = gpu.shuffle xor %v2457, %v744, %v270 : f32
                  %v2460 = arith.addf %v2457, %v2458 fastmath<contract> : f32
                  %v2461, %v2462 = gpu.shuffle xor %v2460, %v748, %v270 : f32
                  %v2463 = arith.addf %v2460, %v2461 fastmath<contract> : f32
                  %v2464, %v2465 = gpu.shuffle xor %v2463, %v752, %v270 : f32
                  %v2466 = arith.addf %v2463, %v2464 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2467 = arith.mulf %v2370, %v2466 fastmath<contract> : f32
                  %v2468 = arith.mulf %v2372, %v2467 fastmath<contract> : f32
                  %v2469 = arith.negf %v2468 : f32
                  %v2470 = arith.addf %v2454, %v2469 fastmath<contract> : f32
                  %v2471 = arith.mulf %v2470, %v2376 fastmath<contract> : f32
                  %v2472 = arith.mulf %v2372, %v2466 fastmath<contract> : f32
                  %v2473 = arith.mulf %v2368, %v2472 fastmath<contract> : f32
                  %v2474 = arith.mulf %v2370, %v2473 fastmath<contract> : f32
                  %v2475 = llvm.load %v44 : !llvm.ptr -> f32
                  %v2476 = arith.addf %v2475, %v2474 fastmath<contract> : f32
                  llvm.store %v2476, %v44 : f32, !llvm.ptr
                  %v2477 = arith.mulf %v2374, %v2431 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2478 = arith.addi %v53, %v24 : i64
                    %v2479 = arith.muli %v30, %v1 : i64
                    %v2480 = arith.addi %v2479, %v2478 : i64
                    %v2481 = arith.muli %v2480, %size_L : i64
                    %v2482 = arith.addi %v2481, %v2379 : i64
                    %v2483 = llvm.getelementptr %part_Bm[%v2482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2477, %v2483 : f32, !llvm.ptr
                  }
                  %v2484 = arith.mulf %v2374, %v2442 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2485 = arith.addi %v23, %v24 : i64
                    %v2486 = arith.muli %v30, %v1 : i64
                    %v2487 = arith.addi %v2486, %v2485 : i64
                    %v2488 = arith.muli %v2487, %size_L : i64
                    %v2489 = arith.addi %v2488, %v2379 : i64
                    %v2490 = llvm.getelementptr %part_Bm[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2484, %v2490 : f32, !llvm.ptr
                  }
                  %v2491 = arith.mulf %v2333, %v2395 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2492 = arith.addi %v53, %v24 : i64
                    %v2493 = arith.muli %v30, %v1 : i64
                    %v2494 = arith.addi %v2493, %v2492 : i64
                    %v2495 = arith.muli %v2494, %size_L : i64
                    %v2496 = arith.addi %v2495, %v2379 : i64
                    %v2497 = llvm.getelementptr %part_Cm[%v2496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2491, %v2497 : f32, !llvm.ptr
                  }
                  %v2498 = arith.mulf %v2345, %v2395 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2499 = arith.addi %v23, %v24 : i64
                    %v2500 = arith.muli %v30, %v1 : i64
                    %v2501 = arith.addi %v2500, %v2499 : i64
                    %v2502 = arith.muli %v2501, %size_L : i64
                    %v2503 = arith.addi %v2502, %v2379 : i64
                    %v2504 = llvm.getelementptr %part_Cm[%v2503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2498, %v2504 : f32, !llvm.ptr
                  }
                  %v2505 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2506 = arith.addf %v2505, %v2471 fastmath<contract> : f32
                  llvm.store %v2506, %v46 : f32, !llvm.ptr
                  %v2507 = arith.select %v28, %v2471, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v2508, %v2509 = gpu.shuffle xor %v2507, %v810, %v270 : f32
                  %v2510 = arith.addf %v2507, %v2508 fastmath<contract> : f32
                  %v2511, %v2512 = gpu.shuffle xor %v2510, %v814, %v270 : f32
                  %v2513 = arith.addf %v2510, %v2511 fastmath<contract> : f32
                  %v2514 = arith.divui %v14, %v16 : i64
                  %v2515 = arith.remui %v14, %v16 : i64
                  %v2516 = arith.cmpi ult, %v2515, %v2 : i64
                  %v2517 = arith.muli %v2514, %v2 : i64
                  %v2518 = arith.addi %v2517, %v53 : i64
                  %v2519 = arith.muli %v2518, %v823 : i64
                  %v2520 = arith.addi %v2519, %v2378 : i64
                  scf.if %v2516 {
                    %v2521 = llvm.getelementptr %v48[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2513, %v2521 : f32, !llvm.ptr
                  }
                  %v2522 = arith.addf %v2432, %v2443 fastmath<contract> : f32
                  llvm.store %v2522, %v2346 : f32, !llvm.ptr
                  llvm.store %v2372, %v42 : f32, !llvm.ptr
                  llvm.store %v2372, %v43 : f32, !llvm.ptr
                }
                %v2523 = llvm.load %v2346 : !llvm.ptr -> f32
                %v2524 = arith.addi %v323, %v584 : i64
                %v2525 = arith.cmpi slt, %v830, %v2357 : i32
                %v2526 = arith.cmpi eq, %v830, %v2362 : i32
                %v2527, %v2528 = gpu.shuffle idx %v2089, %v88, %v270 : f32
                %v2529, %v2530 = gpu.shuffle idx %v2090, %v88, %v270 : f32
                %v2531, %v2532 = gpu.shuffle idx %v2095, %v88, %v270 : f32
                %v2533, %v2534 = gpu.shuffle idx %v2098, %v88, %v270 : f32
                %v2535, %v2536 = gpu.shuffle idx %v2108, %v88, %v270 : f32
                %v2537, %v2538 = gpu.shuffle idx %v2113, %v88, %v270 : f32
                %v2539 = arith.addi %v325, %v2 : i64
                llvm.store %v51, %v2346 : f32, !llvm.ptr
                scf.if %v2525 {
                  %v2540 = arith.addi %v104, %v2524 : i64
                  %v2541 = arith.muli %v38, %v279 : i64
                  %v2542 = arith.muli %v2540, %v278 : i64
                  %v2543 = arith.addi %v2541, %v2542 : i64
                  %v2544 = arith.muli %v24, %v2 : i64
                  %v2545 = arith.addi %v2543, %v2544 : i64
                  %v2546 = llvm.getelementptr %in_Cm[%v2545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2547 = llvm.load %v2546 : !llvm.ptr -> f32
                  %v2548 = arith.muli %v38, %v250 : i64
                  %v2549 = arith.muli %v2540, %v249 : i64
                  %v2550 = arith.addi %v2548, %v2549 : i64
                  %v2551 = arith.muli %v36, %v248 : i64
                  %v2552 = arith.addi %v2550, %v2551 : i64
                  %v2553 = arith.muli %v34, %v2 : i64
                  %v2554 = arith.addi %v2552, %v2553 : i64
                  %v2555 = llvm.getelementptr %dy_y[%v2554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2556 = llvm.load %v2555 : !llvm.ptr -> f32
                  %v2557 = arith.mulf %v2547, %v2556 fastmath<contract> : f32
                  %v2558 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2559 = llvm.load %v42 : !llvm.ptr -> f32
                  %v2560 = arith.mulf %v2559, %v2558 fastmath<contract> : f32
                  %v2561 = arith.addf %v2557, %v2560 fastmath<contract> : f32
                  llvm.store %v2561, %v40 : f32, !llvm.ptr
                  %v2562 = arith.muli %v38, %v279 : i64
                  %v2563 = arith.muli %v2540, %v278 : i64
                  %v2564 = arith.addi %v2562, %v2563 : i64
                  %v2565 = arith.constant 8 : i64
                  %v2566 = arith.addi %v2565, %v24 : i64
                  %v2567 = arith.muli %v2566, %v2 : i64
                  %v2568 = arith.addi %v2564, %v2567 : i64
                  %v2569 = llvm.getelementptr %in_Cm[%v2568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2570 = llvm.load %v2569 : !llvm.ptr -> f32
                  %v2571 = arith.mulf %v2570, %v2556 fastmath<contract> : f32
                  %v2572 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2573 = llvm.load %v43 : !llvm.ptr -> f32
                  %v2574 = arith.mulf %v2573, %v2572 fastmath<contract> : f32
                  %v2575 = arith.addf %v2571, %v2574 fastmath<contract> : f32
                  llvm.store %v2575, %v41 : f32, !llvm.ptr
                  %v2576 = arith.muli %v38, %v250 : i64
                  %v2577 = arith.muli %v2540, %v249 : i64
                  %v2578 = arith.addi %v2576, %v2577 : i64
                  %v2579 = arith.muli %v36, %v248 : i64
                  %v2580 = arith.addi %v2578, %v2579 : i64
                  %v2581 = arith.muli %v34, %v2 : i64
                  %v2582 = arith.addi %v2580, %v2581 : i64
                  %v2583 = llvm.getelementptr %in_x[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2584 = llvm.load %v2583 : !llvm.ptr -> f32
                  %v2585 = arith.muli %v38, %v279 : i64
                  %v2586 = arith.muli %v2540, %v278 : i64
                  %v2587 = arith.addi %v2585, %v2586 : i64
                  %v2588 = arith.muli %v24, %v2 : i64
                  %v2589 = arith.addi %v2587, %v2588 : i64
                  %v2590 = llvm.getelementptr %in_Bm[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2591 = llvm.load %v2590 : !llvm.ptr -> f32
                  %v2592 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2593 = arith.mulf %v2591, %v2592 fastmath<contract> : f32
                  %v2594 = arith.muli %v38, %v279 : i64
                  %v2595 = arith.muli %v2540, %v278 : i64
                  %v2596 = arith.addi %v2594, %v2595 : i64
                  %v2597 = arith.constant 8 : i64
                  %v2598 = arith.addi %v2597, %v24 : i64
                  %v2599 = arith.muli %v2598, %v2 : i64
                  %v2600 = arith.addi %v2596, %v2599 : i64
                  %v2601 = llvm.getelementptr %in_Bm[%v2600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2602 = llvm.load %v2601 : !llvm.ptr -> f32
                  %v2603 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2604 = arith.mulf %v2602, %v2603 fastmath<contract> : f32
                  %v2605 = arith.addf %v2593, %v2604 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2606, %v2607 = gpu.shuffle xor %v2605, %v744, %v270 : f32
                  %v2608 = arith.addf %v2605, %v2606 fastmath<contract> : f32
                  %v2609, %v2610 = gpu.shuffle xor %v2608, %v748, %v270 : f32
                  %v2611 = arith.addf %v2608, %v2609 fastmath<contract> : f32
                  %v2612, %v2613 = gpu.shuffle xor %v2611, %v752, %v270 : f32
                  %v2614 = arith.addf %v2611, %v2612 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2615 = arith.mulf %v2584, %v2614 fastmath<contract> : f32
                  %v2616 = arith.mulf %v2275, %v2592 fastmath<contract> : f32
                  %v2617 = arith.mulf %v2287, %v2603 fastmath<contract> : f32
                  %v2618 = arith.addf %v2616, %v2617 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2619, %v2620 = gpu.shuffle xor %v2618, %v744, %v270 : f32
                  %v2621 = arith.addf %v2618, %v2619 fastmath<contract> : f32
                  %v2622, %v2623 = gpu.shuffle xor %v2621, %v748, %v270 : f32
                  %v2624 = arith.addf %v2621, %v2622 fastmath<contract> : f32
                  %v2625, %v2626 = gpu.shuffle xor %v2624, %v752, %v270 : f32
                  %v2627 = arith.addf %v2624, %v2625 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2628 = arith.mulf %v2531, %v2627 fastmath<contract> : f32
                  %v2629 = arith.mulf %v2533, %v2628 fastmath<contract> : f32
                  %v2630 = arith.negf %v2629 : f32
                  %v2631 = arith.addf %v2615, %v2630 fastmath<contract> : f32
                  %v2632 = arith.mulf %v2631, %v2537 fastmath<contract> : f32
                  %v2633 = arith.mulf %v2533, %v2627 fastmath<contract> : f32
                  %v2634 = arith.mulf %v2529, %v2633 fastmath<contract> : f32
                  %v2635 = arith.mulf %v2531, %v2634 fastmath<contract> : f32
                  %v2636 = llvm.load %v44 : !llvm.ptr -> f32
                  %v2637 = arith.addf %v2636, %v2635 fastmath<contract> : f32
                  llvm.store %v2637, %v44 : f32, !llvm.ptr
                  %v2638 = arith.mulf %v2535, %v2592 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2639 = arith.addi %v53, %v24 : i64
                    %v2640 = arith.muli %v30, %v1 : i64
                    %v2641 = arith.addi %v2640, %v2639 : i64
                    %v2642 = arith.muli %v2641, %size_L : i64
                    %v2643 = arith.addi %v2642, %v2540 : i64
                    %v2644 = llvm.getelementptr %part_Bm[%v2643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2638, %v2644 : f32, !llvm.ptr
                  }
                  %v2645 = arith.mulf %v2535, %v2603 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2646 = arith.addi %v23, %v24 : i64
                    %v2647 = arith.muli %v30, %v1 : i64
                    %v2648 = arith.addi %v2647, %v2646 : i64
                    %v2649 = arith.muli %v2648, %size_L : i64
                    %v2650 = arith.addi %v2649, %v2540 : i64
                    %v2651 = llvm.getelementptr %part_Bm[%v2650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2645, %v2651 : f32, !llvm.ptr
                  }
                  %v2652 = arith.mulf %v2304, %v2556 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2653 = arith.addi %v53, %v24 : i64
                    %v2654 = arith.muli %v30, %v1 : i64
                    %v2655 = arith.addi %v2654, %v2653 : i64
                    %v2656 = arith.muli %v2655, %size_L : i64
                    %v2657 = arith.addi %v2656, %v2540 : i64
                    %v2658 = llvm.getelementptr %part_Cm[%v2657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2652, %v2658 : f32, !llvm.ptr
                  }
                  %v2659 = arith.mulf %v2316, %v2556 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2660 = arith.addi %v23, %v24 : i64
                    %v2661 = arith.muli %v30, %v1 : i64
                    %v2662 = arith.addi %v2661, %v2660 : i64
                    %v2663 = arith.muli %v2662, %size_L : i64
                    %v2664 = arith.addi %v2663, %v2540 : i64
                    %v2665 = llvm.getelementptr %part_Cm[%v2664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2659, %v2665 : f32, !llvm.ptr
                  }
                  %v2666 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2667 = arith.addf %v2666, %v2632 fastmath<contract> : f32
                  llvm.store %v2667, %v46 : f32, !llvm.ptr
                  %v2668 = arith.select %v28, %v2632, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v2669, %v2670 = gpu.shuffle xor %v2668, %v810, %v270 : f32
                  %v2671 = arith.addf %v2668, %v2669 fastmath<contract> : f32
                  %v2672, %v2673 = gpu.shuffle xor %v2671, %v814, %v270 : f32
                  %v2674 = arith.addf %v2671, %v2672 fastmath<contract> : f32
                  %v2675 = arith.divui %v14, %v16 : i64
                  %v2676 = arith.remui %v14, %v16 : i64
                  %v2677 = arith.cmpi ult, %v2676, %v2 : i64
                  %v2678 = arith.muli %v2675, %v2 : i64
                  %v2679 = arith.addi %v2678, %v53 : i64
                  %v2680 = arith.muli %v2679, %v823 : i64
                  %v2681 = arith.addi %v2680, %v2539 : i64
                  scf.if %v2677 {
                    %v2682 = llvm.getelementptr %v48[%v2681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2674, %v2682 : f32, !llvm.ptr
                  }
                  %v2683 = arith.addf %v2593, %v2604 fastmath<contract> : f32
                  llvm.store %v2683, %v2346 : f32, !llvm.ptr
                  llvm.store %v2533, %v42 : f32, !llvm.ptr
                  llvm.store %v2533, %v43 : f32, !llvm.ptr
                }
                %v2684 = llvm.load %v2346 : !llvm.ptr -> f32
                %v2685 = arith.select %v2349, %v2684, %v2523 : f32
                %v2686 = arith.select %v2349, %v2523, %v2684 : f32
                %v2687, %v2688 = gpu.shuffle xor %v2685, %v744, %v270 : f32
                %v2689 = arith.addf %v2686, %v2687 fastmath<contract> : f32
                %v2690 = arith.addi %v323, %v554 : i64
                %v2691 = arith.cmpi slt, %v997, %v2357 : i32
                %v2692 = arith.cmpi eq, %v997, %v2362 : i32
                %v2693, %v2694 = gpu.shuffle idx %v2089, %v84, %v270 : f32
                %v2695, %v2696 = gpu.shuffle idx %v2090, %v84, %v270 : f32
                %v2697, %v2698 = gpu.shuffle idx %v2095, %v84, %v270 : f32
                %v2699, %v2700 = gpu.shuffle idx %v2098, %v84, %v270 : f32
                %v2701, %v2702 = gpu.shuffle idx %v2108, %v84, %v270 : f32
                %v2703, %v2704 = gpu.shuffle idx %v2113, %v84, %v270 : f32
                %v2705 = arith.addi %v325, %v466 : i64
                llvm.store %v51, %v2346 : f32, !llvm.ptr
                scf.if %v2691 {
                  %v2706 = arith.addi %v104, %v2690 : i64
                  %v2707 = arith.muli %v38, %v279 : i64
                  %v2708 = arith.muli %v2706, %v278 : i64
                  %v2709 = arith.addi %v2707, %v2708 : i64
                  %v2710 = arith.muli %v24, %v2 : i64
                  %v2711 = arith.addi %v2709, %v2710 : i64
                  %v2712 = llvm.getelementptr %in_Cm[%v2711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2713 = llvm.load %v2712 : !llvm.ptr -> f32
                  %v2714 = arith.muli %v38, %v250 : i64
                  %v2715 = arith.muli %v2706, %v249 : i64
                  %v2716 = arith.addi %v2714, %v2715 : i64
                  %v2717 = arith.muli %v36, %v248 : i64
                  %v2718 = arith.addi %v2716, %v2717 : i64
                  %v2719 = arith.muli %v34, %v2 : i64
                  %v2720 = arith.addi %v2718, %v2719 : i64
                  %v2721 = llvm.getelementptr %dy_y[%v2720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2722 = llvm.load %v2721 : !llvm.ptr -> f32
                  %v2723 = arith.mulf %v2713, %v2722 fastmath<contract> : f32
                  %v2724 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2725 = llvm.load %v42 : !llvm.ptr -> f32
                  %v2726 = arith.mulf %v2725, %v2724 fastmath<contract> : f32
                  %v2727 = arith.addf %v2723, %v2726 fastmath<contract> : f32
                  llvm.store %v2727, %v40 : f32, !llvm.ptr
                  %v2728 = arith.muli %v38, %v279 : i64
                  %v2729 = arith.muli %v2706, %v278 : i64
                  %v2730 = arith.addi %v2728, %v2729 : i64
                  %v2731 = arith.constant 8 : i64
                  %v2732 = arith.addi %v2731, %v24 : i64
                  %v2733 = arith.muli %v2732, %v2 : i64
                  %v2734 = arith.addi %v2730, %v2733 : i64
                  %v2735 = llvm.getelementptr %in_Cm[%v2734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2736 = llvm.load %v2735 : !llvm.ptr -> f32
                  %v2737 = arith.mulf %v2736, %v2722 fastmath<contract> : f32
                  %v2738 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2739 = llvm.load %v43 : !llvm.ptr -> f32
                  %v2740 = arith.mulf %v2739, %v2738 fastmath<contract> : f32
                  %v2741 = arith.addf %v2737, %v2740 fastmath<contract> : f32
                  llvm.store %v2741, %v41 : f32, !llvm.ptr
                  %v2742 = arith.muli %v38, %v250 : i64
                  %v2743 = arith.muli %v2706, %v249 : i64
                  %v2744 = arith.addi %v2742, %v2743 : i64
                  %v2745 = arith.muli %v36, %v248 : i64
                  %v2746 = arith.addi %v2744, %v2745 : i64
                  %v2747 = arith.muli %v34, %v2 : i64
                  %v2748 = arith.addi %v2746, %v2747 : i64
                  %v2749 = llvm.getelementptr %in_x[%v2748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2750 = llvm.load %v2749 : !llvm.ptr -> f32
                  %v2751 = arith.muli %v38, %v279 : i64
                  %v2752 = arith.muli %v2706, %v278 : i64
                  %v2753 = arith.addi %v2751, %v2752 : i64
                  %v2754 = arith.muli %v24, %v2 : i64
                  %v2755 = arith.addi %v2753, %v2754 : i64
                  %v2756 = llvm.getelementptr %in_Bm[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2757 = llvm.load %v2756 : !llvm.ptr -> f32
                  %v2758 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2759 = arith.mulf %v2757, %v2758 fastmath<contract> : f32
                  %v2760 = arith.muli %v38, %v279 : i64
                  %v2761 = arith.muli %v2706, %v278 : i64
                  %v2762 = arith.addi %v2760, %v2761 : i64
                  %v2763 = arith.constant 8 : i64
                  %v2764 = arith.addi %v2763, %v24 : i64
                  %v2765 = arith.muli %v2764, %v2 : i64
                  %v2766 = arith.addi %v2762, %v2765 : i64
                  %v2767 = llvm.getelementptr %in_Bm[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2768 = llvm.load %v2767 : !llvm.ptr -> f32
                  %v2769 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2770 = arith.mulf %v2768, %v2769 fastmath<contract> : f32
                  %v2771 = arith.addf %v2759, %v2770 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2772, %v2773 = gpu.shuffle xor %v2771, %v744, %v270 : f32
                  %v2774 = arith.addf %v2771, %v2772 fastmath<contract> : f32
                  %v2775, %v2776 = gpu.shuffle xor %v2774, %v748, %v270 : f32
                  %v2777 = arith.addf %v2774, %v2775 fastmath<contract> : f32
                  %v2778, %v2779 = gpu.shuffle xor %v2777, %v752, %v270 : f32
                  %v2780 = arith.addf %v2777, %v2778 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2781 = arith.mulf %v2750, %v2780 fastmath<contract> : f32
                  %v2782 = arith.mulf %v2246, %v2758 fastmath<contract> : f32
                  %v2783 = arith.mulf %v2258, %v2769 fastmath<contract> : f32
                  %v2784 = arith.addf %v2782, %v2783 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2785, %v2786 = gpu.shuffle xor %v2784, %v744, %v270 : f32
                  %v2787 = arith.addf %v2784, %v2785 fastmath<contract> : f32
                  %v2788, %v2789 = gpu.shuffle xor %v2787, %v748, %v270 : f32
                  %v2790 = arith.addf %v2787, %v2788 fastmath<contract> : f32
                  %v2791, %v2792 = gpu.shuffle xor %v2790, %v752, %v270 : f32
                  %v2793 = arith.addf %v2790, %v2791 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2794 = arith.mulf %v2697, %v2793 fastmath<contract> : f32
                  %v2795 = arith.mulf %v2699, %v2794 fastmath<contract> : f32
                  %v2796 = arith.negf %v2795 : f32
                  %v2797 = arith.addf %v2781, %v2796 fastmath<contract> : f32
                  %v2798 = arith.mulf %v2797, %v2703 fastmath<contract> : f32
                  %v2799 = arith.mulf %v2699, %v2793 fastmath<contract> : f32
                  %v2800 = arith.mulf %v2695, %v2799 fastmath<contract> : f32
                  %v2801 = arith.mulf %v2697, %v2800 fastmath<contract> : f32
                  %v2802 = llvm.load %v44 : !llvm.ptr -> f32
                  %v2803 = arith.addf %v2802, %v2801 fastmath<contract> : f32
                  llvm.store %v2803, %v44 : f32, !llvm.ptr
                  %v2804 = arith.mulf %v2701, %v2758 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2805 = arith.addi %v53, %v24 : i64
                    %v2806 = arith.muli %v30, %v1 : i64
                    %v2807 = arith.addi %v2806, %v2805 : i64
                    %v2808 = arith.muli %v2807, %size_L : i64
                    %v2809 = arith.addi %v2808, %v2706 : i64
                    %v2810 = llvm.getelementptr %part_Bm[%v2809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2804, %v2810 : f32, !llvm.ptr
                  }
                  %v2811 = arith.mulf %v2701, %v2769 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2812 = arith.addi %v23, %v24 : i64
                    %v2813 = arith.muli %v30, %v1 : i64
                    %v2814 = arith.addi %v2813, %v2812 : i64
                    %v2815 = arith.muli %v2814, %size_L : i64
                    %v2816 = arith.addi %v2815, %v2706 : i64
                    %v2817 = llvm.getelementptr %part_Bm[%v2816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2811, %v2817 : f32, !llvm.ptr
                  }
                  %v2818 = arith.mulf %v2275, %v2722 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2819 = arith.addi %v53, %v24 : i64
                    %v2820 = arith.muli %v30, %v1 : i64
                    %v2821 = arith.addi %v2820, %v2819 : i64
                    %v2822 = arith.muli %v2821, %size_L : i64
                    %v2823 = arith.addi %v2822, %v2706 : i64
                    %v2824 = llvm.getelementptr %part_Cm[%v2823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2818, %v2824 : f32, !llvm.ptr
                  }
                  %v2825 = arith.mulf %v2287, %v2722 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2826 = arith.addi %v23, %v24 : i64
                    %v2827 = arith.muli %v30, %v1 : i64
                    %v2828 = arith.addi %v2827, %v2826 : i64
                    %v2829 = arith.muli %v2828, %size_L : i64
                    %v2830 = arith.addi %v2829, %v2706 : i64
                    %v2831 = llvm.getelementptr %part_Cm[%v2830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2825, %v2831 : f32, !llvm.ptr
                  }
                  %v2832 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2833 = arith.addf %v2832, %v2798 fastmath<contract> : f32
                  llvm.store %v2833, %v46 : f32, !llvm.ptr
                  %v2834 = arith.select %v28, %v2798, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v2835, %v2836 = gpu.shuffle xor %v2834, %v810, %v270 : f32
                  %v2837 = arith.addf %v2834, %v2835 fastmath<contract> : f32
                  %v2838, %v2839 = gpu.shuffle xor %v2837, %v814, %v270 : f32
                  %v2840 = arith.addf %v2837, %v2838 fastmath<contract> : f32
                  %v2841 = arith.divui %v14, %v16 : i64
                  %v2842 = arith.remui %v14, %v16 : i64
                  %v2843 = arith.cmpi ult, %v2842, %v2 : i64
                  %v2844 = arith.muli %v2841, %v2 : i64
                  %v2845 = arith.addi %v2844, %v53 : i64
                  %v2846 = arith.muli %v2845, %v823 : i64
                  %v2847 = arith.addi %v2846, %v2705 : i64
                  scf.if %v2843 {
                    %v2848 = llvm.getelementptr %v48[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2840, %v2848 : f32, !llvm.ptr
                  }
                  %v2849 = arith.addf %v2759, %v2770 fastmath<contract> : f32
                  llvm.store %v2849, %v2346 : f32, !llvm.ptr
                  llvm.store %v2699, %v42 : f32, !llvm.ptr
                  llvm.store %v2699, %v43 : f32, !llvm.ptr
                }
                %v2850 = llvm.load %v2346 : !llvm.ptr -> f32
                %v2851 = arith.addi %v323, %v305 : i64
                %v2852 = arith.cmpi slt, %v752, %v2357 : i32
                %v2853 = arith.cmpi eq, %v752, %v2362 : i32
                %v2854, %v2855 = gpu.shuffle idx %v2089, %v80, %v270 : f32
                %v2856, %v2857 = gpu.shuffle idx %v2090, %v80, %v270 : f32
                %v2858, %v2859 = gpu.shuffle idx %v2095, %v80, %v270 : f32
                %v2860, %v2861 = gpu.shuffle idx %v2098, %v80, %v270 : f32
                %v2862, %v2863 = gpu.shuffle idx %v2108, %v80, %v270 : f32
                %v2864, %v2865 = gpu.shuffle idx %v2113, %v80, %v270 : f32
                %v2866 = arith.addi %v325, %v304 : i64
                llvm.store %v51, %v2346 : f32, !llvm.ptr
                scf.if %v2852 {
                  %v2867 = arith.addi %v104, %v2851 : i64
                  %v2868 = arith.muli %v38, %v279 : i64
                  %v2869 = arith.muli %v2867, %v278 : i64
                  %v2870 = arith.addi %v2868, %v2869 : i64
                  %v2871 = arith.muli %v24, %v2 : i64
                  %v2872 = arith.addi %v2870, %v2871 : i64
                  %v2873 = llvm.getelementptr %in_Cm[%v2872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2874 = llvm.load %v2873 : !llvm.ptr -> f32
                  %v2875 = arith.muli %v38, %v250 : i64
                  %v2876 = arith.muli %v2867, %v249 : i64
                  %v2877 = arith.addi %v2875, %v2876 : i64
                  %v2878 = arith.muli %v36, %v248 : i64
                  %v2879 = arith.addi %v2877, %v2878 : i64
                  %v2880 = arith.muli %v34, %v2 : i64
                  %v2881 = arith.addi %v2879, %v2880 : i64
                  %v2882 = llvm.getelementptr %dy_y[%v2881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2883 = llvm.load %v2882 : !llvm.ptr -> f32
                  %v2884 = arith.mulf %v2874, %v2883 fastmath<contract> : f32
                  %v2885 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2886 = llvm.load %v42 : !llvm.ptr -> f32
                  %v2887 = arith.mulf %v2886, %v2885 fastmath<contract> : f32
                  %v2888 = arith.addf %v2884, %v2887 fastmath<contract> : f32
                  llvm.store %v2888, %v40 : f32, !llvm.ptr
                  %v2889 = arith.muli %v38, %v279 : i64
                  %v2890 = arith.muli %v2867, %v278 : i64
                  %v2891 = arith.addi %v2889, %v2890 : i64
                  %v2892 = arith.constant 8 : i64
                  %v2893 = arith.addi %v2892, %v24 : i64
                  %v2894 = arith.muli %v2893, %v2 : i64
                  %v2895 = arith.addi %v2891, %v2894 : i64
                  %v2896 = llvm.getelementptr %in_Cm[%v2895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2897 = llvm.load %v2896 : !llvm.ptr -> f32
                  %v2898 = arith.mulf %v2897, %v2883 fastmath<contract> : f32
                  %v2899 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2900 = llvm.load %v43 : !llvm.ptr -> f32
                  %v2901 = arith.mulf %v2900, %v2899 fastmath<contract> : f32
                  %v2902 = arith.addf %v2898, %v2901 fastmath<contract> : f32
                  llvm.store %v2902, %v41 : f32, !llvm.ptr
                  %v2903 = arith.muli %v38, %v250 : i64
                  %v2904 = arith.muli %v2867, %v249 : i64
                  %v2905 = arith.addi %v2903, %v2904 : i64
                  %v2906 = arith.muli %v36, %v248 : i64
                  %v2907 = arith.addi %v2905, %v2906 : i64
                  %v2908 = arith.muli %v34, %v2 : i64
                  %v2909 = arith.addi %v2907, %v2908 : i64
                  %v2910 = llvm.getelementptr %in_x[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2911 = llvm.load %v2910 : !llvm.ptr -> f32
                  %v2912 = arith.muli %v38, %v279 : i64
                  %v2913 = arith.muli %v2867, %v278 : i64
                  %v2914 = arith.addi %v2912, %v2913 : i64
                  %v2915 = arith.muli %v24, %v2 : i64
                  %v2916 = arith.addi %v2914, %v2915 : i64
                  %v2917 = llvm.getelementptr %in_Bm[%v2916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2918 = llvm.load %v2917 : !llvm.ptr -> f32
                  %v2919 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2920 = arith.mulf %v2918, %v2919 fastmath<contract> : f32
                  %v2921 = arith.muli %v38, %v279 : i64
                  %v2922 = arith.muli %v2867, %v278 : i64
                  %v2923 = arith.addi %v2921, %v2922 : i64
                  %v2924 = arith.constant 8 : i64
                  %v2925 = arith.addi %v2924, %v24 : i64
                  %v2926 = arith.muli %v2925, %v2 : i64
                  %v2927 = arith.addi %v2923, %v2926 : i64
                  %v2928 = llvm.getelementptr %in_Bm[%v2927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2929 = llvm.load %v2928 : !llvm.ptr -> f32
                  %v2930 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2931 = arith.mulf %v2929, %v2930 fastmath<contract> : f32
                  %v2932 = arith.addf %v2920, %v2931 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2933, %v2934 = gpu.shuffle xor %v2932, %v744, %v270 : f32
                  %v2935 = arith.addf %v2932, %v2933 fastmath<contract> : f32
                  %v2936, %v2937 = gpu.shuffle xor %v2935, %v748, %v270 : f32
                  %v2938 = arith.addf %v2935, %v2936 fastmath<contract> : f32
                  %v2939, %v2940 = gpu.shuffle xor %v2938, %v752, %v270 : f32
                  %v2941 = arith.addf %v2938, %v2939 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2942 = arith.mulf %v2911, %v2941 fastmath<contract> : f32
                  %v2943 = arith.mulf %v2217, %v2919 fastmath<contract> : f32
                  %v2944 = arith.mulf %v2229, %v2930 fastmath<contract> : f32
                  %v2945 = arith.addf %v2943, %v2944 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2946, %v2947 = gpu.shuffle xor %v2945, %v744, %v270 : f32
                  %v2948 = arith.addf %v2945, %v2946 fastmath<contract> : f32
                  %v2949, %v2950 = gpu.shuffle xor %v2948, %v748, %v270 : f32
                  %v2951 = arith.addf %v2948, %v2949 fastmath<contract> : f32
                  %v2952, %v2953 = gpu.shuffle xor %v2951, %v752, %v270 : f32
                  %v2954 = arith.addf %v2951, %v2952 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2955 = arith.mulf %v2858, %v2954 fastmath<contract> : f32
                  %v2956 = arith.mulf %v2860, %v2955 fastmath<contract> : f32
                  %v2957 = arith.negf %v2956 : f32
                  %v2958 = arith.addf %v2942, %v2957 fastmath<contract> : f32
                  %v2959 = arith.mulf %v2958, %v2864 fastmath<contract> : f32
                  %v2960 = arith.mulf %v2860, %v2954 fastmath<contract> : f32
                  %v2961 = arith.mulf %v2856, %v2960 fastmath<contract> : f32
                  %v2962 = arith.mulf %v2858, %v2961 fastmath<contract> : f32
                  %v2963 = llvm.load %v44 : !llvm.ptr -> f32
                  %v2964 = arith.addf %v2963, %v2962 fastmath<contract> : f32
                  llvm.store %v2964, %v44 : f32, !llvm.ptr
                  %v2965 = arith.mulf %v2862, %v2919 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2966 = arith.addi %v53, %v24 : i64
                    %v2967 = arith.muli %v30, %v1 : i64
                    %v2968 = arith.addi %v2967, %v2966 : i64
                    %v2969 = arith.muli %v2968, %size_L : i64
                    %v2970 = arith.addi %v2969, %v2867 : i64
                    %v2971 = llvm.getelementptr %part_Bm[%v2970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2965, %v2971 : f32, !llvm.ptr
                  }
                  %v2972 = arith.mulf %v2862, %v2930 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2973 = arith.addi %v23, %v24 : i64
                    %v2974 = arith.muli %v30, %v1 : i64
                    %v2975 = arith.addi %v2974, %v2973 : i64
                    %v2976 = arith.muli %v2975, %size_L : i64
                    %v2977 = arith.addi %v2976, %v2867 : i64
                    %v2978 = llvm.getelementptr %part_Bm[%v2977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2972, %v2978 : f32, !llvm.ptr
                  }
                  %v2979 = arith.mulf %v2246, %v2883 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2980 = arith.addi %v53, %v24 : i64
                    %v2981 = arith.muli %v30, %v1 : i64
                    %v2982 = arith.addi %v2981, %v2980 : i64
                    %v2983 = arith.muli %v2982, %size_L : i64
                    %v2984 = arith.addi %v2983, %v2867 : i64
                    %v2985 = llvm.getelementptr %part_Cm[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2979, %v2985 : f32, !llvm.ptr
                  }
                  %v2986 = arith.mulf %v2258, %v2883 fastmath<contract> : f32
                  scf.if %v28 {
                    %v2987 = arith.addi %v23, %v24 : i64
                    %v2988 = arith.muli %v30, %v1 : i64
                    %v2989 = arith.addi %v2988, %v2987 : i64
                    %v2990 = arith.muli %v2989, %size_L : i64
                    %v2991 = arith.addi %v2990, %v2867 : i64
                    %v2992 = llvm.getelementptr %part_Cm[%v2991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2986, %v2992 : f32, !llvm.ptr
                  }
                  %v2993 = llvm.load %v46 : !llvm.ptr -> f32
                  %v2994 = arith.addf %v2993, %v2959 fastmath<contract> : f32
                  llvm.store %v2994, %v46 : f32, !llvm.ptr
                  %v2995 = arith.select %v28, %v2959, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v2996, %v2997 = gpu.shuffle xor %v2995, %v810, %v270 : f32
                  %v2998 = arith.addf %v2995, %v2996 fastmath<contract> : f32
                  %v2999, %v3000 = gpu.shuffle xor %v2998, %v814, %v270 : f32
                  %v3001 = arith.addf %v2998, %v2999 fastmath<contract> : f32
                  %v3002 = arith.divui %v14, %v16 : i64
                  %v3003 = arith.remui %v14, %v16 : i64
                  %v3004 = arith.cmpi ult, %v3003, %v2 : i64
                  %v3005 = arith.muli %v3002, %v2 : i64
                  %v3006 = arith.addi %v3005, %v53 : i64
                  %v3007 = arith.muli %v3006, %v823 : i64
                  %v3008 = arith.addi %v3007, %v2866 : i64
                  scf.if %v3004 {
                    %v3009 = llvm.getelementptr %v48[%v3008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3001, %v3009 : f32, !llvm.ptr
                  }
                  %v3010 = arith.addf %v2920, %v2931 fastmath<contract> : f32
                  llvm.store %v3010, %v2346 : f32, !llvm.ptr
                  llvm.store %v2860, %v42 : f32, !llvm.ptr
                  llvm.store %v2860, %v43 : f32, !llvm.ptr
                }
                %v3011 = llvm.load %v2346 : !llvm.ptr -> f32
                %v3012 = arith.select %v2349, %v3011, %v2850 : f32
                %v3013 = arith.select %v2349, %v2850, %v3011 : f32
                %v3014, %v3015 = gpu.shuffle xor %v3012, %v744, %v270 : f32
                %v3016 = arith.addf %v3013, %v3014 fastmath<contract> : f32
                %v3017 = arith.select %v2352, %v3016, %v2689 : f32
                %v3018 = arith.select %v2352, %v2689, %v3016 : f32
                %v3019, %v3020 = gpu.shuffle xor %v3017, %v748, %v270 : f32
                %v3021 = arith.addf %v3018, %v3019 fastmath<contract> : f32
                %v3022 = arith.addi %v323, %v304 : i64
                %v3023 = arith.cmpi slt, %v1330, %v2357 : i32
                %v3024 = arith.cmpi eq, %v1330, %v2362 : i32
                %v3025, %v3026 = gpu.shuffle idx %v2089, %v76, %v270 : f32
                %v3027, %v3028 = gpu.shuffle idx %v2090, %v76, %v270 : f32
                %v3029, %v3030 = gpu.shuffle idx %v2095, %v76, %v270 : f32
                %v3031, %v3032 = gpu.shuffle idx %v2098, %v76, %v270 : f32
                %v3033, %v3034 = gpu.shuffle idx %v2108, %v76, %v270 : f32
                %v3035, %v3036 = gpu.shuffle idx %v2113, %v76, %v270 : f32
                %v3037 = arith.addi %v325, %v305 : i64
                llvm.store %v51, %v2346 : f32, !llvm.ptr
                scf.if %v3023 {
                  %v3038 = arith.addi %v104, %v3022 : i64
                  %v3039 = arith.muli %v38, %v279 : i64
                  %v3040 = arith.muli %v3038, %v278 : i64
                  %v3041 = arith.addi %v3039, %v3040 : i64
                  %v3042 = arith.muli %v24, %v2 : i64
                  %v3043 = arith.addi %v3041, %v3042 : i64
                  %v3044 = llvm.getelementptr %in_Cm[%v3043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3045 = llvm.load %v3044 : !llvm.ptr -> f32
                  %v3046 = arith.muli %v38, %v250 : i64
                  %v3047 = arith.muli %v3038, %v249 : i64
                  %v3048 = arith.addi %v3046, %v3047 : i64
                  %v3049 = arith.muli %v36, %v248 : i64
                  %v3050 = arith.addi %v3048, %v3049 : i64
                  %v3051 = arith.muli %v34, %v2 : i64
                  %v3052 = arith.addi %v3050, %v3051 : i64
                  %v3053 = llvm.getelementptr %dy_y[%v3052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3054 = llvm.load %v3053 : !llvm.ptr -> f32
                  %v3055 = arith.mulf %v3045, %v3054 fastmath<contract> : f32
                  %v3056 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3057 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3058 = arith.mulf %v3057, %v3056 fastmath<contract> : f32
                  %v3059 = arith.addf %v3055, %v3058 fastmath<contract> : f32
                  llvm.store %v3059, %v40 : f32, !llvm.ptr
                  %v3060 = arith.muli %v38, %v279 : i64
                  %v3061 = arith.muli %v3038, %v278 : i64
                  %v3062 = arith.addi %v3060, %v3061 : i64
                  %v3063 = arith.constant 8 : i64
                  %v3064 = arith.addi %v3063, %v24 : i64
                  %v3065 = arith.muli %v3064, %v2 : i64
                  %v3066 = arith.addi %v3062, %v3065 : i64
                  %v3067 = llvm.getelementptr %in_Cm[%v3066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3068 = llvm.load %v3067 : !llvm.ptr -> f32
                  %v3069 = arith.mulf %v3068, %v3054 fastmath<contract> : f32
                  %v3070 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3071 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3072 = arith.mulf %v3071, %v3070 fastmath<contract> : f32
                  %v3073 = arith.addf %v3069, %v3072 fastmath<contract> : f32
                  llvm.store %v3073, %v41 : f32, !llvm.ptr
                  %v3074 = arith.muli %v38, %v250 : i64
                  %v3075 = arith.muli %v3038, %v249 : i64
                  %v3076 = arith.addi %v3074, %v3075 : i64
                  %v3077 = arith.muli %v36, %v248 : i64
                  %v3078 = arith.addi %v3076, %v3077 : i64
                  %v3079 = arith.muli %v34, %v2 : i64
                  %v3080 = arith.addi %v3078, %v3079 : i64
                  %v3081 = llvm.getelementptr %in_x[%v3080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3082 = llvm.load %v3081 : !llvm.ptr -> f32
                  %v3083 = arith.muli %v38, %v279 : i64
                  %v3084 = arith.muli %v3038, %v278 : i64
                  %v3085 = arith.addi %v3083, %v3084 : i64
                  %v3086 = arith.muli %v24, %v2 : i64
                  %v3087 = arith.addi %v3085, %v3086 : i64
                  %v3088 = llvm.getelementptr %in_Bm[%v3087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3089 = llvm.load %v3088 : !llvm.ptr -> f32
                  %v3090 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3091 = arith.mulf %v3089, %v3090 fastmath<contract> : f32
                  %v3092 = arith.muli %v38, %v279 : i64
                  %v3093 = arith.muli %v3038, %v278 : i64
                  %v3094 = arith.addi %v3092, %v3093 : i64
                  %v3095 = arith.constant 8 : i64
                  %v3096 = arith.addi %v3095, %v24 : i64
                  %v3097 = arith.muli %v3096, %v2 : i64
                  %v3098 = arith.addi %v3094, %v3097 : i64
                  %v3099 = llvm.getelementptr %in_Bm[%v3098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3100 = llvm.load %v3099 : !llvm.ptr -> f32
                  %v3101 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3102 = arith.mulf %v3100, %v3101 fastmath<contract> : f32
                  %v3103 = arith.addf %v3091, %v3102 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3104, %v3105 = gpu.shuffle xor %v3103, %v744, %v270 : f32
                  %v3106 = arith.addf %v3103, %v3104 fastmath<contract> : f32
                  %v3107, %v3108 = gpu.shuffle xor %v3106, %v748, %v270 : f32
                  %v3109 = arith.addf %v3106, %v3107 fastmath<contract> : f32
                  %v3110, %v3111 = gpu.shuffle xor %v3109, %v752, %v270 : f32
                  %v3112 = arith.addf %v3109, %v3110 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3113 = arith.mulf %v3082, %v3112 fastmath<contract> : f32
                  %v3114 = arith.mulf %v2188, %v3090 fastmath<contract> : f32
                  %v3115 = arith.mulf %v2200, %v3101 fastmath<contract> : f32
                  %v3116 = arith.addf %v3114, %v3115 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3117, %v3118 = gpu.shuffle xor %v3116, %v744, %v270 : f32
                  %v3119 = arith.addf %v3116, %v3117 fastmath<contract> : f32
                  %v3120, %v3121 = gpu.shuffle xor %v3119, %v748, %v270 : f32
                  %v3122 = arith.addf %v3119, %v3120 fastmath<contract> : f32
                  %v3123, %v3124 = gpu.shuffle xor %v3122, %v752, %v270 : f32
                  %v3125 = arith.addf %v3122, %v3123 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3126 = arith.mulf %v3029, %v3125 fastmath<contract> : f32
                  %v3127 = arith.mulf %v3031, %v3126 fastmath<contract> : f32
                  %v3128 = arith.negf %v3127 : f32
                  %v3129 = arith.addf %v3113, %v3128 fastmath<contract> : f32
                  %v3130 = arith.mulf %v3129, %v3035 fastmath<contract> : f32
                  %v3131 = arith.mulf %v3031, %v3125 fastmath<contract> : f32
                  %v3132 = arith.mulf %v3027, %v3131 fastmath<contract> : f32
                  %v3133 = arith.mulf %v3029, %v3132 fastmath<contract> : f32
                  %v3134 = llvm.load %v44 : !llvm.ptr -> f32
                  %v3135 = arith.addf %v3134, %v3133 fastmath<contract> : f32
                  llvm.store %v3135, %v44 : f32, !llvm.ptr
                  %v3136 = arith.mulf %v3033, %v3090 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3137 = arith.addi %v53, %v24 : i64
                    %v3138 = arith.muli %v30, %v1 : i64
                    %v3139 = arith.addi %v3138, %v3137 : i64
                    %v3140 = arith.muli %v3139, %size_L : i64
                    %v3141 = arith.addi %v3140, %v3038 : i64
                    %v3142 = llvm.getelementptr %part_Bm[%v3141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3136, %v3142 : f32, !llvm.ptr
                  }
                  %v3143 = arith.mulf %v3033, %v3101 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3144 = arith.addi %v23, %v24 : i64
                    %v3145 = arith.muli %v30, %v1 : i64
                    %v3146 = arith.addi %v3145, %v3144 : i64
                    %v3147 = arith.muli %v3146, %size_L : i64
                    %v3148 = arith.addi %v3147, %v3038 : i64
                    %v3149 = llvm.getelementptr %part_Bm[%v3148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3143, %v3149 : f32, !llvm.ptr
                  }
                  %v3150 = arith.mulf %v2217, %v3054 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3151 = arith.addi %v53, %v24 : i64
                    %v3152 = arith.muli %v30, %v1 : i64
                    %v3153 = arith.addi %v3152, %v3151 : i64
                    %v3154 = arith.muli %v3153, %size_L : i64
                    %v3155 = arith.addi %v3154, %v3038 : i64
                    %v3156 = llvm.getelementptr %part_Cm[%v3155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3150, %v3156 : f32, !llvm.ptr
                  }
                  %v3157 = arith.mulf %v2229, %v3054 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3158 = arith.addi %v23, %v24 : i64
                    %v3159 = arith.muli %v30, %v1 : i64
                    %v3160 = arith.addi %v3159, %v3158 : i64
                    %v3161 = arith.muli %v3160, %size_L : i64
                    %v3162 = arith.addi %v3161, %v3038 : i64
                    %v3163 = llvm.getelementptr %part_Cm[%v3162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3157, %v3163 : f32, !llvm.ptr
                  }
                  %v3164 = llvm.load %v46 : !llvm.ptr -> f32
                  %v3165 = arith.addf %v3164, %v3130 fastmath<contract> : f32
                  llvm.store %v3165, %v46 : f32, !llvm.ptr
                  %v3166 = arith.select %v28, %v3130, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v3167, %v3168 = gpu.shuffle xor %v3166, %v810, %v270 : f32
                  %v3169 = arith.addf %v3166, %v3167 fastmath<contract> : f32
                  %v3170, %v3171 = gpu.shuffle xor %v3169, %v814, %v270 : f32
                  %v3172 = arith.addf %v3169, %v3170 fastmath<contract> : f32
                  %v3173 = arith.divui %v14, %v16 : i64
                  %v3174 = arith.remui %v14, %v16 : i64
                  %v3175 = arith.cmpi ult, %v3174, %v2 : i64
                  %v3176 = arith.muli %v3173, %v2 : i64
                  %v3177 = arith.addi %v3176, %v53 : i64
                  %v3178 = arith.muli %v3177, %v823 : i64
                  %v3179 = arith.addi %v3178, %v3037 : i64
                  scf.if %v3175 {
                    %v3180 = llvm.getelementptr %v48[%v3179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3172, %v3180 : f32, !llvm.ptr
                  }
                  %v3181 = arith.addf %v3091, %v3102 fastmath<contract> : f32
                  llvm.store %v3181, %v2346 : f32, !llvm.ptr
                  llvm.store %v3031, %v42 : f32, !llvm.ptr
                  llvm.store %v3031, %v43 : f32, !llvm.ptr
                }
                %v3182 = llvm.load %v2346 : !llvm.ptr -> f32
                %v3183 = arith.addi %v323, %v466 : i64
                %v3184 = arith.cmpi slt, %v748, %v2357 : i32
                %v3185 = arith.cmpi eq, %v748, %v2362 : i32
                %v3186, %v3187 = gpu.shuffle idx %v2089, %v72, %v270 : f32
                %v3188, %v3189 = gpu.shuffle idx %v2090, %v72, %v270 : f32
                %v3190, %v3191 = gpu.shuffle idx %v2095, %v72, %v270 : f32
                %v3192, %v3193 = gpu.shuffle idx %v2098, %v72, %v270 : f32
                %v3194, %v3195 = gpu.shuffle idx %v2108, %v72, %v270 : f32
                %v3196, %v3197 = gpu.shuffle idx %v2113, %v72, %v270 : f32
                %v3198 = arith.addi %v325, %v554 : i64
                llvm.store %v51, %v2346 : f32, !llvm.ptr
                scf.if %v3184 {
                  %v3199 = arith.addi %v104, %v3183 : i64
                  %v3200 = arith.muli %v38, %v279 : i64
                  %v3201 = arith.muli %v3199, %v278 : i64
                  %v3202 = arith.addi %v3200, %v3201 : i64
                  %v3203 = arith.muli %v24, %v2 : i64
                  %v3204 = arith.addi %v3202, %v3203 : i64
                  %v3205 = llvm.getelementptr %in_Cm[%v3204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3206 = llvm.load %v3205 : !llvm.ptr -> f32
                  %v3207 = arith.muli %v38, %v250 : i64
                  %v3208 = arith.muli %v3199, %v249 : i64
                  %v3209 = arith.addi %v3207, %v3208 : i64
                  %v3210 = arith.muli %v36, %v248 : i64
                  %v3211 = arith.addi %v3209, %v3210 : i64
                  %v3212 = arith.muli %v34, %v2 : i64
                  %v3213 = arith.addi %v3211, %v3212 : i64
                  %v3214 = llvm.getelementptr %dy_y[%v3213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3215 = llvm.load %v3214 : !llvm.ptr -> f32
                  %v3216 = arith.mulf %v3206, %v3215 fastmath<contract> : f32
                  %v3217 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3218 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3219 = arith.mulf %v3218, %v3217 fastmath<contract> : f32
                  %v3220 = arith.addf %v3216, %v3219 fastmath<contract> : f32
                  llvm.store %v3220, %v40 : f32, !llvm.ptr
                  %v3221 = arith.muli %v38, %v279 : i64
                  %v3222 = arith.muli %v3199, %v278 : i64
                  %v3223 = arith.addi %v3221, %v3222 : i64
                  %v3224 = arith.constant 8 : i64
                  %v3225 = arith.addi %v3224, %v24 : i64
                  %v3226 = arith.muli %v3225, %v2 : i64
                  %v3227 = arith.addi %v3223, %v3226 : i64
                  %v3228 = llvm.getelementptr %in_Cm[%v3227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3229 = llvm.load %v3228 : !llvm.ptr -> f32
                  %v3230 = arith.mulf %v3229, %v3215 fastmath<contract> : f32
                  %v3231 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3232 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3233 = arith.mulf %v3232, %v3231 fastmath<contract> : f32
                  %v3234 = arith.addf %v3230, %v3233 fastmath<contract> : f32
                  llvm.store %v3234, %v41 : f32, !llvm.ptr
                  %v3235 = arith.muli %v38, %v250 : i64
                  %v3236 = arith.muli %v3199, %v249 : i64
                  %v3237 = arith.addi %v3235, %v3236 : i64
                  %v3238 = arith.muli %v36, %v248 : i64
                  %v3239 = arith.addi %v3237, %v3238 : i64
                  %v3240 = arith.muli %v34, %v2 : i64
                  %v3241 = arith.addi %v3239, %v3240 : i64
                  %v3242 = llvm.getelementptr %in_x[%v3241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3243 = llvm.load %v3242 : !llvm.ptr -> f32
                  %v3244 = arith.muli %v38, %v279 : i64
                  %v3245 = arith.muli %v3199, %v278 : i64
                  %v3246 = arith.addi %v3244, %v3245 : i64
                  %v3247 = arith.muli %v24, %v2 : i64
                  %v3248 = arith.addi %v3246, %v3247 : i64
                  %v3249 = llvm.getelementptr %in_Bm[%v3248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3250 = llvm.load %v3249 : !llvm.ptr -> f32
                  %v3251 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3252 = arith.mulf %v3250, %v3251 fastmath<contract> : f32
                  %v3253 = arith.muli %v38, %v279 : i64
                  %v3254 = arith.muli %v3199, %v278 : i64
                  %v3255 = arith.addi %v3253, %v3254 : i64
                  %v3256 = arith.constant 8 : i64
                  %v3257 = arith.addi %v3256, %v24 : i64
                  %v3258 = arith.muli %v3257, %v2 : i64
                  %v3259 = arith.addi %v3255, %v3258 : i64
                  %v3260 = llvm.getelementptr %in_Bm[%v3259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3261 = llvm.load %v3260 : !llvm.ptr -> f32
                  %v3262 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3263 = arith.mulf %v3261, %v3262 fastmath<contract> : f32
                  %v3264 = arith.addf %v3252, %v3263 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3265, %v3266 = gpu.shuffle xor %v3264, %v744, %v270 : f32
                  %v3267 = arith.addf %v3264, %v3265 fastmath<contract> : f32
                  %v3268, %v3269 = gpu.shuffle xor %v3267, %v748, %v270 : f32
                  %v3270 = arith.addf %v3267, %v3268 fastmath<contract> : f32
                  %v3271, %v3272 = gpu.shuffle xor %v3270, %v752, %v270 : f32
                  %v3273 = arith.addf %v3270, %v3271 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3274 = arith.mulf %v3243, %v3273 fastmath<contract> : f32
                  %v3275 = arith.mulf %v2159, %v3251 fastmath<contract> : f32
                  %v3276 = arith.mulf %v2171, %v3262 fastmath<contract> : f32
                  %v3277 = arith.addf %v3275, %v3276 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3278, %v3279 = gpu.shuffle xor %v3277, %v744, %v270 : f32
                  %v3280 = arith.addf %v3277, %v3278 fastmath<contract> : f32
                  %v3281, %v3282 = gpu.shuffle xor %v3280, %v748, %v270 : f32
                  %v3283 = arith.addf %v3280, %v3281 fastmath<contract> : f32
                  %v3284, %v3285 = gpu.shuffle xor %v3283, %v752, %v270 : f32
                  %v3286 = arith.addf %v3283, %v3284 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3287 = arith.mulf %v3190, %v3286 fastmath<contract> : f32
                  %v3288 = arith.mulf %v3192, %v3287 fastmath<contract> : f32
                  %v3289 = arith.negf %v3288 : f32
                  %v3290 = arith.addf %v3274, %v3289 fastmath<contract> : f32
                  %v3291 = arith.mulf %v3290, %v3196 fastmath<contract> : f32
                  %v3292 = arith.mulf %v3192, %v3286 fastmath<contract> : f32
                  %v3293 = arith.mulf %v3188, %v3292 fastmath<contract> : f32
                  %v3294 = arith.mulf %v3190, %v3293 fastmath<contract> : f32
                  %v3295 = llvm.load %v44 : !llvm.ptr -> f32
                  %v3296 = arith.addf %v3295, %v3294 fastmath<contract> : f32
                  llvm.store %v3296, %v44 : f32, !llvm.ptr
                  %v3297 = arith.mulf %v3194, %v3251 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3298 = arith.addi %v53, %v24 : i64
                    %v3299 = arith.muli %v30, %v1 : i64
                    %v3300 = arith.addi %v3299, %v3298 : i64
                    %v3301 = arith.muli %v3300, %size_L : i64
                    %v3302 = arith.addi %v3301, %v3199 : i64
                    %v3303 = llvm.getelementptr %part_Bm[%v3302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3297, %v3303 : f32, !llvm.ptr
                  }
                  %v3304 = arith.mulf %v3194, %v3262 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3305 = arith.addi %v23, %v24 : i64
                    %v3306 = arith.muli %v30, %v1 : i64
                    %v3307 = arith.addi %v3306, %v3305 : i64
                    %v3308 = arith.muli %v3307, %size_L : i64
                    %v3309 = arith.addi %v3308, %v3199 : i64
                    %v3310 = llvm.getelementptr %part_Bm[%v3309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3304, %v3310 : f32, !llvm.ptr
                  }
                  %v3311 = arith.mulf %v2188, %v3215 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3312 = arith.addi %v53, %v24 : i64
                    %v3313 = arith.muli %v30, %v1 : i64
                    %v3314 = arith.addi %v3313, %v3312 : i64
                    %v3315 = arith.muli %v3314, %size_L : i64
                    %v3316 = arith.addi %v3315, %v3199 : i64
                    %v3317 = llvm.getelementptr %part_Cm[%v3316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3311, %v3317 : f32, !llvm.ptr
                  }
                  %v3318 = arith.mulf %v2200, %v3215 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3319 = arith.addi %v23, %v24 : i64
                    %v3320 = arith.muli %v30, %v1 : i64
                    %v3321 = arith.addi %v3320, %v3319 : i64
                    %v3322 = arith.muli %v3321, %size_L : i64
                    %v3323 = arith.addi %v3322, %v3199 : i64
                    %v3324 = llvm.getelementptr %part_Cm[%v3323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3318, %v3324 : f32, !llvm.ptr
                  }
                  %v3325 = llvm.load %v46 : !llvm.ptr -> f32
                  %v3326 = arith.addf %v3325, %v3291 fastmath<contract> : f32
                  llvm.store %v3326, %v46 : f32, !llvm.ptr
                  %v3327 = arith.select %v28, %v3291, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v3328, %v3329 = gpu.shuffle xor %v3327, %v810, %v270 : f32
                  %v3330 = arith.addf %v3327, %v3328 fastmath<contract> : f32
                  %v3331, %v3332 = gpu.shuffle xor %v3330, %v814, %v270 : f32
                  %v3333 = arith.addf %v3330, %v3331 fastmath<contract> : f32
                  %v3334 = arith.divui %v14, %v16 : i64
                  %v3335 = arith.remui %v14, %v16 : i64
                  %v3336 = arith.cmpi ult, %v3335, %v2 : i64
                  %v3337 = arith.muli %v3334, %v2 : i64
                  %v3338 = arith.addi %v3337, %v53 : i64
                  %v3339 = arith.muli %v3338, %v823 : i64
                  %v3340 = arith.addi %v3339, %v3198 : i64
                  scf.if %v3336 {
                    %v3341 = llvm.getelementptr %v48[%v3340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3333, %v3341 : f32, !llvm.ptr
                  }
                  %v3342 = arith.addf %v3252, %v3263 fastmath<contract> : f32
                  llvm.store %v3342, %v2346 : f32, !llvm.ptr
                  llvm.store %v3192, %v42 : f32, !llvm.ptr
                  llvm.store %v3192, %v43 : f32, !llvm.ptr
                }
                %v3343 = llvm.load %v2346 : !llvm.ptr -> f32
                %v3344 = arith.select %v2349, %v3343, %v3182 : f32
                %v3345 = arith.select %v2349, %v3182, %v3343 : f32
                %v3346, %v3347 = gpu.shuffle xor %v3344, %v744, %v270 : f32
                %v3348 = arith.addf %v3345, %v3346 fastmath<contract> : f32
                %v3349 = arith.addi %v323, %v2 : i64
                %v3350 = arith.cmpi slt, %v744, %v2357 : i32
                %v3351 = arith.cmpi eq, %v744, %v2362 : i32
                %v3352, %v3353 = gpu.shuffle idx %v2089, %v68, %v270 : f32
                %v3354, %v3355 = gpu.shuffle idx %v2090, %v68, %v270 : f32
                %v3356, %v3357 = gpu.shuffle idx %v2095, %v68, %v270 : f32
                %v3358, %v3359 = gpu.shuffle idx %v2098, %v68, %v270 : f32
                %v3360, %v3361 = gpu.shuffle idx %v2108, %v68, %v270 : f32
                %v3362, %v3363 = gpu.shuffle idx %v2113, %v68, %v270 : f32
                %v3364 = arith.addi %v325, %v584 : i64
                llvm.store %v51, %v2346 : f32, !llvm.ptr
                scf.if %v3350 {
                  %v3365 = arith.addi %v104, %v3349 : i64
                  %v3366 = arith.muli %v38, %v279 : i64
                  %v3367 = arith.muli %v3365, %v278 : i64
                  %v3368 = arith.addi %v3366, %v3367 : i64
                  %v3369 = arith.muli %v24, %v2 : i64
                  %v3370 = arith.addi %v3368, %v3369 : i64
                  %v3371 = llvm.getelementptr %in_Cm[%v3370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3372 = llvm.load %v3371 : !llvm.ptr -> f32
                  %v3373 = arith.muli %v38, %v250 : i64
                  %v3374 = arith.muli %v3365, %v249 : i64
                  %v3375 = arith.addi %v3373, %v3374 : i64
                  %v3376 = arith.muli %v36, %v248 : i64
                  %v3377 = arith.addi %v3375, %v3376 : i64
                  %v3378 = arith.muli %v34, %v2 : i64
                  %v3379 = arith.addi %v3377, %v3378 : i64
                  %v3380 = llvm.getelementptr %dy_y[%v3379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3381 = llvm.load %v3380 : !llvm.ptr -> f32
                  %v3382 = arith.mulf %v3372, %v3381 fastmath<contract> : f32
                  %v3383 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3384 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3385 = arith.mulf %v3384, %v3383 fastmath<contract> : f32
                  %v3386 = arith.addf %v3382, %v3385 fastmath<contract> : f32
                  llvm.store %v3386, %v40 : f32, !llvm.ptr
                  %v3387 = arith.muli %v38, %v279 : i64
                  %v3388 = arith.muli %v3365, %v278 : i64
                  %v3389 = arith.addi %v3387, %v3388 : i64
                  %v3390 = arith.constant 8 : i64
                  %v3391 = arith.addi %v3390, %v24 : i64
                  %v3392 = arith.muli %v3391, %v2 : i64
                  %v3393 = arith.addi %v3389, %v3392 : i64
                  %v3394 = llvm.getelementptr %in_Cm[%v3393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3395 = llvm.load %v3394 : !llvm.ptr -> f32
                  %v3396 = arith.mulf %v3395, %v3381 fastmath<contract> : f32
                  %v3397 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3398 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3399 = arith.mulf %v3398, %v3397 fastmath<contract> : f32
                  %v3400 = arith.addf %v3396, %v3399 fastmath<contract> : f32
                  llvm.store %v3400, %v41 : f32, !llvm.ptr
                  %v3401 = arith.muli %v38, %v250 : i64
                  %v3402 = arith.muli %v3365, %v249 : i64
                  %v3403 = arith.addi %v3401, %v3402 : i64
                  %v3404 = arith.muli %v36, %v248 : i64
                  %v3405 = arith.addi %v3403, %v3404 : i64
                  %v3406 = arith.muli %v34, %v2 : i64
                  %v3407 = arith.addi %v3405, %v3406 : i64
                  %v3408 = llvm.getelementptr %in_x[%v3407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3409 = llvm.load %v3408 : !llvm.ptr -> f32
                  %v3410 = arith.muli %v38, %v279 : i64
                  %v3411 = arith.muli %v3365, %v278 : i64
                  %v3412 = arith.addi %v3410, %v3411 : i64
                  %v3413 = arith.muli %v24, %v2 : i64
                  %v3414 = arith.addi %v3412, %v3413 : i64
                  %v3415 = llvm.getelementptr %in_Bm[%v3414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3416 = llvm.load %v3415 : !llvm.ptr -> f32
                  %v3417 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3418 = arith.mulf %v3416, %v3417 fastmath<contract> : f32
                  %v3419 = arith.muli %v38, %v279 : i64
                  %v3420 = arith.muli %v3365, %v278 : i64
                  %v3421 = arith.addi %v3419, %v3420 : i64
                  %v3422 = arith.constant 8 : i64
                  %v3423 = arith.addi %v3422, %v24 : i64
                  %v3424 = arith.muli %v3423, %v2 : i64
                  %v3425 = arith.addi %v3421, %v3424 : i64
                  %v3426 = llvm.getelementptr %in_Bm[%v3425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3427 = llvm.load %v3426 : !llvm.ptr -> f32
                  %v3428 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3429 = arith.mulf %v3427, %v3428 fastmath<contract> : f32
                  %v3430 = arith.addf %v3418, %v3429 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3431, %v3432 = gpu.shuffle xor %v3430, %v744, %v270 : f32
                  %v3433 = arith.addf %v3430, %v3431 fastmath<contract> : f32
                  %v3434, %v3435 = gpu.shuffle xor %v3433, %v748, %v270 : f32
                  %v3436 = arith.addf %v3433, %v3434 fastmath<contract> : f32
                  %v3437, %v3438 = gpu.shuffle xor %v3436, %v752, %v270 : f32
                  %v3439 = arith.addf %v3436, %v3437 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3440 = arith.mulf %v3409, %v3439 fastmath<contract> : f32
                  %v3441 = arith.mulf %v2130, %v3417 fastmath<contract> : f32
                  %v3442 = arith.mulf %v2142, %v3428 fastmath<contract> : f32
                  %v3443 = arith.addf %v3441, %v3442 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3444, %v3445 = gpu.shuffle xor %v3443, %v744, %v270 : f32
                  %v3446 = arith.addf %v3443, %v3444 fastmath<contract> : f32
                  %v3447, %v3448 = gpu.shuffle xor %v3446, %v748, %v270 : f32
                  %v3449 = arith.addf %v3446, %v3447 fastmath<contract> : f32
                  %v3450, %v3451 = gpu.shuffle xor %v3449, %v752, %v270 : f32
                  %v3452 = arith.addf %v3449, %v3450 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3453 = arith.mulf %v3356, %v3452 fastmath<contract> : f32
                  %v3454 = arith.mulf %v3358, %v3453 fastmath<contract> : f32
                  %v3455 = arith.negf %v3454 : f32
                  %v3456 = arith.addf %v3440, %v3455 fastmath<contract> : f32
                  %v3457 = arith.mulf %v3456, %v3362 fastmath<contract> : f32
                  %v3458 = arith.mulf %v3358, %v3452 fastmath<contract> : f32
                  %v3459 = arith.mulf %v3354, %v3458 fastmath<contract> : f32
                  %v3460 = arith.mulf %v3356, %v3459 fastmath<contract> : f32
                  %v3461 = llvm.load %v44 : !llvm.ptr -> f32
                  %v3462 = arith.addf %v3461, %v3460 fastmath<contract> : f32
                  llvm.store %v3462, %v44 : f32, !llvm.ptr
                  %v3463 = arith.mulf %v3360, %v3417 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3464 = arith.addi %v53, %v24 : i64
                    %v3465 = arith.muli %v30, %v1 : i64
                    %v3466 = arith.addi %v3465, %v3464 : i64
                    %v3467 = arith.muli %v3466, %size_L : i64
                    %v3468 = arith.addi %v3467, %v3365 : i64
                    %v3469 = llvm.getelementptr %part_Bm[%v3468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3463, %v3469 : f32, !llvm.ptr
                  }
                  %v3470 = arith.mulf %v3360, %v3428 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3471 = arith.addi %v23, %v24 : i64
                    %v3472 = arith.muli %v30, %v1 : i64
                    %v3473 = arith.addi %v3472, %v3471 : i64
                    %v3474 = arith.muli %v3473, %size_L : i64
                    %v3475 = arith.addi %v3474, %v3365 : i64
                    %v3476 = llvm.getelementptr %part_Bm[%v3475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3470, %v3476 : f32, !llvm.ptr
                  }
                  %v3477 = arith.mulf %v2159, %v3381 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3478 = arith.addi %v53, %v24 : i64
                    %v3479 = arith.muli %v30, %v1 : i64
                    %v3480 = arith.addi %v3479, %v3478 : i64
                    %v3481 = arith.muli %v3480, %size_L : i64
                    %v3482 = arith.addi %v3481, %v3365 : i64
                    %v3483 = llvm.getelementptr %part_Cm[%v3482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3477, %v3483 : f32, !llvm.ptr
                  }
                  %v3484 = arith.mulf %v2171, %v3381 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3485 = arith.addi %v23, %v24 : i64
                    %v3486 = arith.muli %v30, %v1 : i64
                    %v3487 = arith.addi %v3486, %v3485 : i64
                    %v3488 = arith.muli %v3487, %size_L : i64
                    %v3489 = arith.addi %v3488, %v3365 : i64
                    %v3490 = llvm.getelementptr %part_Cm[%v3489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3484, %v3490 : f32, !llvm.ptr
                  }
                  %v3491 = llvm.load %v46 : !llvm.ptr -> f32
                  %v3492 = arith.addf %v3491, %v3457 fastmath<contract> : f32
                  llvm.store %v3492, %v46 : f32, !llvm.ptr
                  %v3493 = arith.select %v28, %v3457, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v3494, %v3495 = gpu.shuffle xor %v3493, %v810, %v270 : f32
                  %v3496 = arith.addf %v3493, %v3494 fastmath<contract> : f32
                  %v3497, %v3498 = gpu.shuffle xor %v3496, %v814, %v270 : f32
                  %v3499 = arith.addf %v3496, %v3497 fastmath<contract> : f32
                  %v3500 = arith.divui %v14, %v16 : i64
                  %v3501 = arith.remui %v14, %v16 : i64
                  %v3502 = arith.cmpi ult, %v3501, %v2 : i64
                  %v3503 = arith.muli %v3500, %v2 : i64
                  %v3504 = arith.addi %v3503, %v53 : i64
                  %v3505 = arith.muli %v3504, %v823 : i64
                  %v3506 = arith.addi %v3505, %v3364 : i64
                  scf.if %v3502 {
                    %v3507 = llvm.getelementptr %v48[%v3506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3499, %v3507 : f32, !llvm.ptr
                  }
                  %v3508 = arith.addf %v3418, %v3429 fastmath<contract> : f32
                  llvm.store %v3508, %v2346 : f32, !llvm.ptr
                  llvm.store %v3358, %v42 : f32, !llvm.ptr
                  llvm.store %v3358, %v43 : f32, !llvm.ptr
                }
                %v3509 = llvm.load %v2346 : !llvm.ptr -> f32
                %v3510 = arith.addi %v323, %v53 : i64
                %v3511 = arith.cmpi slt, %v1819, %v2357 : i32
                %v3512 = arith.cmpi eq, %v1819, %v2362 : i32
                %v3513, %v3514 = gpu.shuffle idx %v2089, %v64, %v270 : f32
                %v3515, %v3516 = gpu.shuffle idx %v2090, %v64, %v270 : f32
                %v3517, %v3518 = gpu.shuffle idx %v2095, %v64, %v270 : f32
                %v3519, %v3520 = gpu.shuffle idx %v2098, %v64, %v270 : f32
                %v3521, %v3522 = gpu.shuffle idx %v2108, %v64, %v270 : f32
                %v3523, %v3524 = gpu.shuffle idx %v2113, %v64, %v270 : f32
                %v3525 = arith.addi %v325, %v56 : i64
                llvm.store %v51, %v2346 : f32, !llvm.ptr
                scf.if %v3511 {
                  %v3526 = arith.addi %v104, %v3510 : i64
                  %v3527 = arith.muli %v38, %v279 : i64
                  %v3528 = arith.muli %v3526, %v278 : i64
                  %v3529 = arith.addi %v3527, %v3528 : i64
                  %v3530 = arith.muli %v24, %v2 : i64
                  %v3531 = arith.addi %v3529, %v3530 : i64
                  %v3532 = llvm.getelementptr %in_Cm[%v3531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3533 = llvm.load %v3532 : !llvm.ptr -> f32
                  %v3534 = arith.muli %v38, %v250 : i64
                  %v3535 = arith.muli %v3526, %v249 : i64
                  %v3536 = arith.addi %v3534, %v3535 : i64
                  %v3537 = arith.muli %v36, %v248 : i64
                  %v3538 = arith.addi %v3536, %v3537 : i64
                  %v3539 = arith.muli %v34, %v2 : i64
                  %v3540 = arith.addi %v3538, %v3539 : i64
                  %v3541 = llvm.getelementptr %dy_y[%v3540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3542 = llvm.load %v3541 : !llvm.ptr -> f32
                  %v3543 = arith.mulf %v3533, %v3542 fastmath<contract> : f32
                  %v3544 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3545 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3546 = arith.mulf %v3545, %v3544 fastmath<contract> : f32
                  %v3547 = arith.addf %v3543, %v3546 fastmath<contract> : f32
                  llvm.store %v3547, %v40 : f32, !llvm.ptr
                  %v3548 = arith.muli %v38, %v279 : i64
                  %v3549 = arith.muli %v3526, %v278 : i64
                  %v3550 = arith.addi %v3548, %v3549 : i64
                  %v3551 = arith.constant 8 : i64
                  %v3552 = arith.addi %v3551, %v24 : i64
                  %v3553 = arith.muli %v3552, %v2 : i64
                  %v3554 = arith.addi %v3550, %v3553 : i64
                  %v3555 = llvm.getelementptr %in_Cm[%v3554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3556 = llvm.load %v3555 : !llvm.ptr -> f32
                  %v3557 = arith.mulf %v3556, %v3542 fastmath<contract> : f32
                  %v3558 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3559 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3560 = arith.mulf %v3559, %v3558 fastmath<contract> : f32
                  %v3561 = arith.addf %v3557, %v3560 fastmath<contract> : f32
                  llvm.store %v3561, %v41 : f32, !llvm.ptr
                  %v3562 = arith.muli %v38, %v250 : i64
                  %v3563 = arith.muli %v3526, %v249 : i64
                  %v3564 = arith.addi %v3562, %v3563 : i64
                  %v3565 = arith.muli %v36, %v248 : i64
                  %v3566 = arith.addi %v3564, %v3565 : i64
                  %v3567 = arith.muli %v34, %v2 : i64
                  %v3568 = arith.addi %v3566, %v3567 : i64
                  %v3569 = llvm.getelementptr %in_x[%v3568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3570 = llvm.load %v3569 : !llvm.ptr -> f32
                  %v3571 = arith.muli %v38, %v279 : i64
                  %v3572 = arith.muli %v3526, %v278 : i64
                  %v3573 = arith.addi %v3571, %v3572 : i64
                  %v3574 = arith.muli %v24, %v2 : i64
                  %v3575 = arith.addi %v3573, %v3574 : i64
                  %v3576 = llvm.getelementptr %in_Bm[%v3575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3577 = llvm.load %v3576 : !llvm.ptr -> f32
                  %v3578 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3579 = arith.mulf %v3577, %v3578 fastmath<contract> : f32
                  %v3580 = arith.muli %v38, %v279 : i64
                  %v3581 = arith.muli %v3526, %v278 : i64
                  %v3582 = arith.addi %v3580, %v3581 : i64
                  %v3583 = arith.constant 8 : i64
                  %v3584 = arith.addi %v3583, %v24 : i64
                  %v3585 = arith.muli %v3584, %v2 : i64
                  %v3586 = arith.addi %v3582, %v3585 : i64
                  %v3587 = llvm.getelementptr %in_Bm[%v3586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3588 = llvm.load %v3587 : !llvm.ptr -> f32
                  %v3589 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3590 = arith.mulf %v3588, %v3589 fastmath<contract> : f32
                  %v3591 = arith.addf %v3579, %v3590 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3592, %v3593 = gpu.shuffle xor %v3591, %v744, %v270 : f32
                  %v3594 = arith.addf %v3591, %v3592 fastmath<contract> : f32
                  %v3595, %v3596 = gpu.shuffle xor %v3594, %v748, %v270 : f32
                  %v3597 = arith.addf %v3594, %v3595 fastmath<contract> : f32
                  %v3598, %v3599 = gpu.shuffle xor %v3597, %v752, %v270 : f32
                  %v3600 = arith.addf %v3597, %v3598 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3601 = arith.mulf %v3570, %v3600 fastmath<contract> : f32
                  %v3602 = arith.mulf %v2043, %v3578 fastmath<contract> : f32
                  %v3603 = arith.mulf %v2052, %v3589 fastmath<contract> : f32
                  %v3604 = arith.addf %v3602, %v3603 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3605, %v3606 = gpu.shuffle xor %v3604, %v744, %v270 : f32
                  %v3607 = arith.addf %v3604, %v3605 fastmath<contract> : f32
                  %v3608, %v3609 = gpu.shuffle xor %v3607, %v748, %v270 : f32
                  %v3610 = arith.addf %v3607, %v3608 fastmath<contract> : f32
                  %v3611, %v3612 = gpu.shuffle xor %v3610, %v752, %v270 : f32
                  %v3613 = arith.addf %v3610, %v3611 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3614 = arith.mulf %v3517, %v3613 fastmath<contract> : f32
                  %v3615 = arith.mulf %v3519, %v3614 fastmath<contract> : f32
                  %v3616 = arith.negf %v3615 : f32
                  %v3617 = arith.addf %v3601, %v3616 fastmath<contract> : f32
                  %v3618 = arith.mulf %v3617, %v3523 fastmath<contract> : f32
                  %v3619 = arith.mulf %v3519, %v3613 fastmath<contract> : f32
                  %v3620 = arith.mulf %v3515, %v3619 fastmath<contract> : f32
                  %v3621 = arith.mulf %v3517, %v3620 fastmath<contract> : f32
                  %v3622 = llvm.load %v44 : !llvm.ptr -> f32
                  %v3623 = arith.addf %v3622, %v3621 fastmath<contract> : f32
                  llvm.store %v3623, %v44 : f32, !llvm.ptr
                  %v3624 = arith.mulf %v3521, %v3578 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3625 = arith.addi %v53, %v24 : i64
                    %v3626 = arith.muli %v30, %v1 : i64
                    %v3627 = arith.addi %v3626, %v3625 : i64
                    %v3628 = arith.muli %v3627, %size_L : i64
                    %v3629 = arith.addi %v3628, %v3526 : i64
                    %v3630 = llvm.getelementptr %part_Bm[%v3629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3624, %v3630 : f32, !llvm.ptr
                  }
                  %v3631 = arith.mulf %v3521, %v3589 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3632 = arith.addi %v23, %v24 : i64
                    %v3633 = arith.muli %v30, %v1 : i64
                    %v3634 = arith.addi %v3633, %v3632 : i64
                    %v3635 = arith.muli %v3634, %size_L : i64
                    %v3636 = arith.addi %v3635, %v3526 : i64
                    %v3637 = llvm.getelementptr %part_Bm[%v3636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3631, %v3637 : f32, !llvm.ptr
                  }
                  %v3638 = arith.mulf %v2130, %v3542 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3639 = arith.addi %v53, %v24 : i64
                    %v3640 = arith.muli %v30, %v1 : i64
                    %v3641 = arith.addi %v3640, %v3639 : i64
                    %v3642 = arith.muli %v3641, %size_L : i64
                    %v3643 = arith.addi %v3642, %v3526 : i64
                    %v3644 = llvm.getelementptr %part_Cm[%v3643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3638, %v3644 : f32, !llvm.ptr
                  }
                  %v3645 = arith.mulf %v2142, %v3542 fastmath<contract> : f32
                  scf.if %v28 {
                    %v3646 = arith.addi %v23, %v24 : i64
                    %v3647 = arith.muli %v30, %v1 : i64
                    %v3648 = arith.addi %v3647, %v3646 : i64
                    %v3649 = arith.muli %v3648, %size_L : i64
                    %v3650 = arith.addi %v3649, %v3526 : i64
                    %v3651 = llvm.getelementptr %part_Cm[%v3650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3645, %v3651 : f32, !llvm.ptr
                  }
                  %v3652 = llvm.load %v46 : !llvm.ptr -> f32
                  %v3653 = arith.addf %v3652, %v3618 fastmath<contract> : f32
                  llvm.store %v3653, %v46 : f32, !llvm.ptr
                  %v3654 = arith.select %v28, %v3618, %v51 : f32
                  // sum over the warp's outer points: shuffles
                  %v3655, %v3656 = gpu.shuffle xor %v3654, %v810, %v270 : f32
                  %v3657 = arith.addf %v3654, %v3655 fastmath<contract> : f32
                  %v3658, %v3659 = gpu.shuffle xor %v3657, %v814, %v270 : f32
                  %v3660 = arith.addf %v3657, %v3658 fastmath<contract> : f32
                  %v3661 = arith.divui %v14, %v16 : i64
                  %v3662 = arith.remui %v14, %v16 : i64
                  %v3663 = arith.cmpi ult, %v3662, %v2 : i64
                  %v3664 = arith.muli %v3661, %v2 : i64
                  %v3665 = arith.addi %v3664, %v53 : i64
                  %v3666 = arith.muli %v3665, %v823 : i64
                  %v3667 = arith.addi %v3666, %v3525 : i64
                  scf.if %v3663 {
                    %v3668 = llvm.getelementptr %v48[%v3667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3660, %v3668 : f32, !llvm.ptr
                  }
                  %v3669 = arith.addf %v3579, %v3590 fastmath<contract> : f32
                  llvm.store %v3669, %v2346 : f32, !llvm.ptr
                  llvm.store %v3519, %v42 : f32, !llvm.ptr
                  llvm.store %v3519, %v43 : f32, !llvm.ptr
                }
                %v3670 = llvm.load %v2346 : !llvm.ptr -> f32
                %v3671 = arith.select %v2349, %v3670, %v3509 : f32
                %v3672 = arith.select %v2349, %v3509, %v3670 : f32
                %v3673, %v3674 = gpu.shuffle xor %v3671, %v744, %v270 : f32
                %v3675 = arith.addf %v3672, %v3673 fastmath<contract> : f32
                %v3676 = arith.select %v2352, %v3675, %v3348 : f32
                %v3677 = arith.select %v2352, %v3348, %v3675 : f32
                %v3678, %v3679 = gpu.shuffle xor %v3676, %v748, %v270 : f32
                %v3680 = arith.addf %v3677, %v3678 fastmath<contract> : f32
                %v3681 = arith.select %v2355, %v3680, %v3021 : f32
                %v3682 = arith.select %v2355, %v3021, %v3680 : f32
                %v3683, %v3684 = gpu.shuffle xor %v3681, %v752, %v270 : f32
                %v3685 = arith.addf %v3682, %v3683 fastmath<contract> : f32
                %v3686 = arith.addi %v323, %v24 : i64
                %v3687 = arith.cmpi slt, %v3686, %v106 : i64
                %v3688 = arith.andi %v28, %v3687 : i1
                scf.if %v3688 {
                  %v3689 = arith.addi %v104, %v3686 : i64
                  // the gradients of this lane's own step
                  %v3690 = arith.muli %v36, %v2 : i64
                  %v3691 = llvm.getelementptr %in_Dskip[%v3690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3692 = llvm.load %v3691 : !llvm.ptr -> f32
                  %v3693 = arith.muli %v38, %v250 : i64
                  %v3694 = arith.muli %v3689, %v249 : i64
                  %v3695 = arith.addi %v3693, %v3694 : i64
                  %v3696 = arith.muli %v36, %v248 : i64
                  %v3697 = arith.addi %v3695, %v3696 : i64
                  %v3698 = arith.muli %v34, %v2 : i64
                  %v3699 = arith.addi %v3697, %v3698 : i64
                  %v3700 = llvm.getelementptr %dy_y[%v3699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3701 = llvm.load %v3700 : !llvm.ptr -> f32
                  %v3702 = arith.mulf %v3692, %v3701 fastmath<contract> : f32
                  %v3703 = arith.mulf %v2089, %v3685 fastmath<contract> : f32
                  %v3704 = arith.addf %v3702, %v3703 fastmath<contract> : f32
                  %v3705 = arith.muli %v38, %v250 : i64
                  %v3706 = arith.muli %v3689, %v249 : i64
                  %v3707 = arith.addi %v3705, %v3706 : i64
                  %v3708 = arith.muli %v36, %v248 : i64
                  %v3709 = arith.addi %v3707, %v3708 : i64
                  %v3710 = arith.muli %v34, %v2 : i64
                  %v3711 = arith.addi %v3709, %v3710 : i64
                  %v3712 = llvm.getelementptr %dx_x[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3704, %v3712 : f32, !llvm.ptr
                  %v3713 = arith.muli %v38, %v250 : i64
                  %v3714 = arith.muli %v3689, %v249 : i64
                  %v3715 = arith.addi %v3713, %v3714 : i64
                  %v3716 = arith.muli %v36, %v248 : i64
                  %v3717 = arith.addi %v3715, %v3716 : i64
                  %v3718 = arith.muli %v34, %v2 : i64
                  %v3719 = arith.addi %v3717, %v3718 : i64
                  %v3720 = llvm.getelementptr %in_x[%v3719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3721 = llvm.load %v3720 : !llvm.ptr -> f32
                  %v3722 = arith.mulf %v3721, %v3701 fastmath<contract> : f32
                  %v3723 = llvm.load %v45 : !llvm.ptr -> f32
                  %v3724 = arith.addf %v3723, %v3722 fastmath<contract> : f32
                  llvm.store %v3724, %v45 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3725 = arith.index_cast %v14 : i64 to index
          %v3726 = arith.index_cast %v16 : i64 to index
          %v3727 = arith.index_cast %v110 : i64 to index
          scf.for %v3728 = %v3725 to %v3726 step %v3727 {
            %v3729 = arith.index_cast %v3728 : index to i64
            %v3733 = arith.remui %v3729, %v16 : i64
            %v3734 = arith.divui %v3729, %v16 : i64
            %v3735 = arith.muli %v312, %v305 : i64
            %v3736 = arith.divui %v3733, %v23 : i64
            %v3737 = arith.addi %v3735, %v3736 : i64
            %v3738 = arith.cmpi slt, %v3737, %v108 : i64
            %v3739 = arith.subi %v108, %v2 : i64
            %v3740 = arith.subi %v3739, %v3737 : i64
            %v3741 = arith.remui %v3733, %v23 : i64
            %v3742 = arith.subi %v56, %v3741 : i64
            %v3743 = arith.muli %v3740, %v23 : i64
            %v3744 = arith.addi %v3743, %v3742 : i64
            %v3745 = arith.cmpi slt, %v3744, %v106 : i64
            %v3746 = arith.andi %v3738, %v3745 : i1
            scf.if %v3746 {
              %v3747 = arith.addi %v104, %v3744 : i64
              %v3748 = arith.remui %v3729, %v16 : i64
              %v3749 = arith.divui %v3729, %v16 : i64
              %v3750 = arith.muli %v53, %v2 : i64
              %v3751 = arith.addi %v3750, %v3749 : i64
              %v3752 = arith.muli %v3751, %v823 : i64
              %v3753 = arith.addi %v3752, %v3748 : i64
              %v3754 = llvm.getelementptr %v48[%v3753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3755 = llvm.load %v3754 : !llvm.ptr -> f32
              %v3756 = arith.muli %v2, %v2 : i64
              %v3757 = arith.addi %v3756, %v3749 : i64
              %v3758 = arith.muli %v3757, %v823 : i64
              %v3759 = arith.addi %v3758, %v3748 : i64
              %v3760 = llvm.getelementptr %v48[%v3759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3761 = llvm.load %v3760 : !llvm.ptr -> f32
              %v3762 = arith.addf %v3755, %v3761 fastmath<contract> : f32
              %v3763 = arith.muli %v466, %v2 : i64
              %v3764 = arith.addi %v3763, %v3749 : i64
              %v3765 = arith.muli %v3764, %v823 : i64
              %v3766 = arith.addi %v3765, %v3748 : i64
              %v3767 = llvm.getelementptr %v48[%v3766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3768 = llvm.load %v3767 : !llvm.ptr -> f32
              %v3769 = arith.addf %v3762, %v3768 fastmath<contract> : f32
              %v3770 = arith.muli %v304, %v2 : i64
              %v3771 = arith.addi %v3770, %v3749 : i64
              %v3772 = arith.muli %v3771, %v823 : i64
              %v3773 = arith.addi %v3772, %v3748 : i64
              %v3774 = llvm.getelementptr %v48[%v3773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3775 = llvm.load %v3774 : !llvm.ptr -> f32
              %v3776 = arith.addf %v3769, %v3775 fastmath<contract> : f32
              %v3777 = arith.muli %v305, %v2 : i64
              %v3778 = arith.addi %v3777, %v3749 : i64
              %v3779 = arith.muli %v3778, %v823 : i64
              %v3780 = arith.addi %v3779, %v3748 : i64
              %v3781 = llvm.getelementptr %v48[%v3780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3782 = llvm.load %v3781 : !llvm.ptr -> f32
              %v3783 = arith.addf %v3776, %v3782 fastmath<contract> : f32
              %v3784 = arith.muli %v554, %v2 : i64
              %v3785 = arith.addi %v3784, %v3749 : i64
              %v3786 = arith.muli %v3785, %v823 : i64
              %v3787 = arith.addi %v3786, %v3748 : i64
              %v3788 = llvm.getelementptr %v48[%v3787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3789 = llvm.load %v3788 : !llvm.ptr -> f32
              %v3790 = arith.addf %v3783, %v3789 fastmath<contract> : f32
              %v3791 = arith.muli %v584, %v2 : i64
              %v3792 = arith.addi %v3791, %v3749 : i64
              %v3793 = arith.muli %v3792, %v823 : i64
              %v3794 = arith.addi %v3793, %v3748 : i64
              %v3795 = llvm.getelementptr %v48[%v3794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3796 = llvm.load %v3795 : !llvm.ptr -> f32
              %v3797 = arith.addf %v3790, %v3796 fastmath<contract> : f32
              %v3798 = arith.muli %v56, %v2 : i64
              %v3799 = arith.addi %v3798, %v3749 : i64
              %v3800 = arith.muli %v3799, %v823 : i64
              %v3801 = arith.addi %v3800, %v3748 : i64
              %v3802 = llvm.getelementptr %v48[%v3801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3803 = llvm.load %v3802 : !llvm.ptr -> f32
              %v3804 = arith.addf %v3797, %v3803 fastmath<contract> : f32
              %v3805 = arith.muli %v38, %v121 : i64
              %v3806 = arith.muli %v3747, %v120 : i64
              %v3807 = arith.addi %v3805, %v3806 : i64
              %v3808 = arith.muli %v36, %v2 : i64
              %v3809 = arith.addi %v3807, %v3808 : i64
              %v3810 = arith.muli %v22, %v3732 : i64
              %v3811 = arith.addi %v3810, %v3809 : i64
              %v3812 = llvm.getelementptr %part_dt[%v3811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3804, %v3812 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3813 = arith.constant true
      scf.if %v3813 {
      }
      %v3814 = arith.cmpi eq, %v24, %v53 : i64
      %v3815 = arith.andi %v28, %v3814 : i1
      scf.if %v3815 {
        %v3816 = llvm.load %v44 : !llvm.ptr -> f32
        %v3817 = arith.muli %v30, %v2 : i64
        %v3818 = arith.addi %v3817, %v53 : i64
        %v3819 = llvm.getelementptr %part_A_log[%v3818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3816, %v3819 : f32, !llvm.ptr
      }
      %v3820 = llvm.load %v45 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v3821, %v3822 = gpu.shuffle xor %v3820, %v744, %v270 : f32
      %v3823 = arith.addf %v3820, %v3821 fastmath<contract> : f32
      %v3824, %v3825 = gpu.shuffle xor %v3823, %v748, %v270 : f32
      %v3826 = arith.addf %v3823, %v3824 fastmath<contract> : f32
      %v3827, %v3828 = gpu.shuffle xor %v3826, %v752, %v270 : f32
      %v3829 = arith.addf %v3826, %v3827 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v3829, %v45 : f32, !llvm.ptr
      %v3830 = arith.cmpi eq, %v24, %v53 : i64
      %v3831 = arith.andi %v28, %v3830 : i1
      scf.if %v3831 {
        %v3832 = llvm.load %v45 : !llvm.ptr -> f32
        %v3833 = arith.muli %v30, %v2 : i64
        %v3834 = arith.addi %v3833, %v53 : i64
        %v3835 = llvm.getelementptr %part_Dskip[%v3834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3832, %v3835 : f32, !llvm.ptr
      }
      %v3836 = arith.cmpi eq, %v24, %v53 : i64
      %v3837 = arith.andi %v28, %v3836 : i1
      scf.if %v3837 {
        %v3838 = llvm.load %v46 : !llvm.ptr -> f32
        %v3839 = arith.muli %v30, %v2 : i64
        %v3840 = arith.addi %v3839, %v53 : i64
        %v3841 = llvm.getelementptr %part_dt_bias[%v3840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3838, %v3841 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
