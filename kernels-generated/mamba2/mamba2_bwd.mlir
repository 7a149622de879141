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
      %v464 = arith.constant 2 : i64
      %v552 = arith.constant 5 : i64
      %v582 = arith.constant 6 : i64
      %v641 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v656 = arith.constant 2147483647 : i64
      %v660 = arith.constant 7 : i32
      %v742 = arith.constant 1 : i32
      %v746 = arith.constant 2 : i32
      %v750 = arith.constant 4 : i32
      %v808 = arith.constant 8 : i32
      %v812 = arith.constant 16 : i32
      %v821 = arith.constant 33 : i64
      %v828 = arith.constant 6 : i32
      %v995 = arith.constant 5 : i32
      %v1328 = arith.constant 3 : i32
      %v1817 = arith.constant 0 : i32
      %v2032 = arith.muli %v2, %size_B : i64
      %v2033 = arith.muli %v2032, %size_L : i64
      %v2034 = arith.muli %v2033, %size_H : i64
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
              %v326 = arith.subi %v106, %v2 : i64
              %v327 = arith.muli %v322, %v5 : i64
              %v328 = arith.subi %v5, %v2 : i64
              %v329 = arith.minsi %v30, %v328 : i64
              %v330 = arith.addi %v327, %v329 : i64
              %v331 = arith.muli %v330, %v1 : i64
              %v332 = arith.addi %v331, %v53 : i64
              %v333 = arith.addi %v332, %v24 : i64
              %v334 = llvm.getelementptr %scratch_S[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v335 = llvm.load %v334 : !llvm.ptr -> f32
              %v336 = arith.muli %v322, %v5 : i64
              %v337 = arith.subi %v5, %v2 : i64
              %v338 = arith.minsi %v30, %v337 : i64
              %v339 = arith.addi %v336, %v338 : i64
              %v340 = arith.muli %v339, %v1 : i64
              %v341 = arith.addi %v340, %v23 : i64
              %v342 = arith.addi %v341, %v24 : i64
              %v343 = llvm.getelementptr %scratch_S[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v344 = llvm.load %v343 : !llvm.ptr -> f32
              %v345 = arith.addi %v323, %v24 : i64
              %v346 = arith.minsi %v345, %v326 : i64
              %v347 = arith.addi %v104, %v346 : i64
              %v348 = arith.muli %v53, %v129 : i64
              %v349 = arith.subi %v347, %v104 : i64
              %v350 = arith.addi %v348, %v349 : i64
              %v351 = llvm.getelementptr %v50[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v352 = llvm.load %v351 : !llvm.ptr -> f32
              %v353 = arith.muli %v36, %v2 : i64
              %v354 = llvm.getelementptr %in_dt_bias[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v355 = llvm.load %v354 : !llvm.ptr -> f32
              %v356 = arith.addf %v352, %v355 fastmath<contract> : f32
              %v357 = arith.maximumf %v356, %v51 : f32
              %v358 = llvm.call_intrinsic "llvm.fabs.f32"(%v356) : (f32) -> f32
              %v359 = arith.negf %v358 : f32
              %v360 = arith.mulf %v359, %v208 fastmath<contract> : f32
              %v361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v360) : (f32) -> f32
              %v362 = arith.addf %v52, %v361 fastmath<contract> : f32
              %v363 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v362) : (f32) -> f32
              %v364 = arith.mulf %v363, %v213 fastmath<contract> : f32
              %v365 = arith.mulf %v215, %v361 fastmath<contract> : f32
              %v366 = arith.addf %v365, %v217 fastmath<contract> : f32
              %v367 = arith.mulf %v366, %v361 fastmath<contract> : f32
              %v368 = arith.addf %v367, %v220 fastmath<contract> : f32
              %v369 = arith.mulf %v368, %v361 fastmath<contract> : f32
              %v370 = arith.addf %v369, %v223 fastmath<contract> : f32
              %v371 = arith.mulf %v370, %v361 fastmath<contract> : f32
              %v372 = arith.addf %v371, %v226 fastmath<contract> : f32
              %v373 = arith.mulf %v372, %v361 fastmath<contract> : f32
              %v374 = arith.addf %v373, %v229 fastmath<contract> : f32
              %v375 = arith.mulf %v374, %v361 fastmath<contract> : f32
              %v376 = arith.addf %v375, %v52 fastmath<contract> : f32
              %v377 = arith.mulf %v376, %v361 fastmath<contract> : f32
              %v378 = llvm.call_intrinsic "llvm.fabs.f32"(%v361) : (f32) -> f32
              %v379 = arith.cmpf olt, %v378, %v235 : f32
              %v380 = arith.select %v379, %v377, %v364 : f32
              %v381 = arith.addf %v357, %v380 fastmath<contract> : f32
              %v382 = arith.negf %v381 : f32
              %v383 = arith.muli %v36, %v2 : i64
              %v384 = llvm.getelementptr %in_A_log[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v385 = llvm.load %v384 : !llvm.ptr -> f32
              %v386 = arith.mulf %v385, %v208 fastmath<contract> : f32
              %v387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v386) : (f32) -> f32
              %v388 = arith.mulf %v382, %v387 fastmath<contract> : f32
              %v389 = arith.mulf %v388, %v208 fastmath<contract> : f32
              %v390 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v389) : (f32) -> f32
              %v391 = arith.muli %v38, %v250 : i64
              %v392 = arith.muli %v347, %v249 : i64
              %v393 = arith.addi %v391, %v392 : i64
              %v394 = arith.muli %v36, %v248 : i64
              %v395 = arith.addi %v393, %v394 : i64
              %v396 = arith.muli %v34, %v2 : i64
              %v397 = arith.addi %v395, %v396 : i64
              %v398 = llvm.getelementptr %in_x[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v399 = llvm.load %v398 : !llvm.ptr -> f32
              %v400 = arith.mulf %v381, %v399 fastmath<contract> : f32
              %v401 = arith.negf %v356 : f32
              %v402 = arith.mulf %v401, %v208 fastmath<contract> : f32
              %v403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v402) : (f32) -> f32
              %v404 = arith.addf %v52, %v403 fastmath<contract> : f32
              %v405 = arith.divf %v52, %v404 : f32
              // the group's states, recomputed into registers
              %v406 = arith.addi %v323, %v53 : i64
              %v407 = arith.minsi %v406, %v326 : i64
              %v408 = arith.addi %v104, %v407 : i64
              %v409, %v410 = gpu.shuffle idx %v390, %v64, %v270 : f32
              %v411, %v412 = gpu.shuffle idx %v400, %v64, %v270 : f32
              %v413 = arith.muli %v38, %v279 : i64
              %v414 = arith.muli %v408, %v278 : i64
              %v415 = arith.addi %v413, %v414 : i64
              %v416 = arith.muli %v24, %v2 : i64
              %v417 = arith.addi %v415, %v416 : i64
              %v418 = llvm.getelementptr %in_Bm[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v419 = llvm.load %v418 : !llvm.ptr -> f32
              %v420 = arith.mulf %v411, %v419 fastmath<contract> : f32
              %v421 = arith.mulf %v409, %v335 fastmath<contract> : f32
              %v422 = arith.addf %v421, %v420 fastmath<contract> : f32
              %v423 = arith.muli %v38, %v279 : i64
              %v424 = arith.muli %v408, %v278 : i64
              %v425 = arith.addi %v423, %v424 : i64
              %v426 = arith.constant 8 : i64
              %v427 = arith.addi %v426, %v24 : i64
              %v428 = arith.muli %v427, %v2 : i64
              %v429 = arith.addi %v425, %v428 : i64
              %v430 = llvm.getelementptr %in_Bm[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v431 = llvm.load %v430 : !llvm.ptr -> f32
              %v432 = arith.mulf %v411, %v431 fastmath<contract> : f32
              %v433 = arith.mulf %v409, %v344 fastmath<contract> : f32
              %v434 = arith.addf %v433, %v432 fastmath<contract> : f32
              %v435 = arith.addi %v323, %v2 : i64
              %v436 = arith.minsi %v435, %v326 : i64
              %v437 = arith.addi %v104, %v436 : i64
              %v438, %v439 = gpu.shuffle idx %v390, %v68, %v270 : f32
              %v440, %v441 = gpu.shuffle idx %v400, %v68, %v270 : f32
              %v442 = arith.muli %v38, %v279 : i64
              %v443 = arith.muli %v437, %v278 : i64
              %v444 = arith.addi %v442, %v443 : i64
              %v445 = arith.muli %v24, %v2 : i64
              %v446 = arith.addi %v444, %v445 : i64
              %v447 = llvm.getelementptr %in_Bm[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v448 = llvm.load %v447 : !llvm.ptr -> f32
              %v449 = arith.mulf %v440, %v448 fastmath<contract> : f32
              %v450 = arith.mulf %v438, %v422 fastmath<contract> : f32
              %v451 = arith.addf %v450, %v449 fastmath<contract> : f32
              %v452 = arith.muli %v38, %v279 : i64
              %v453 = arith.muli %v437, %v278 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = arith.constant 8 : i64
              %v456 = arith.addi %v455, %v24 : i64
              %v457 = arith.muli %v456, %v2 : i64
              %v458 = arith.addi %v454, %v457 : i64
              %v459 = llvm.getelementptr %in_Bm[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v460 = llvm.load %v459 : !llvm.ptr -> f32
              %v461 = arith.mulf %v440, %v460 fastmath<contract> : f32
              %v462 = arith.mulf %v438, %v434 fastmath<contract> : f32
              %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
              %v465 = arith.addi %v323, %v464 : i64
              %v466 = arith.minsi %v465, %v326 : i64
              %v467 = arith.addi %v104, %v466 : i64
              %v468, %v469 = gpu.shuffle idx %v390, %v72, %v270 : f32
              %v470, %v471 = gpu.shuffle idx %v400, %v72, %v270 : f32
              %v472 = arith.muli %v38, %v279 : i64
              %v473 = arith.muli %v467, %v278 : i64
              %v474 = arith.addi %v472, %v473 : i64
              %v475 = arith.muli %v24, %v2 : i64
              %v476 = arith.addi %v474, %v475 : i64
              %v477 = llvm.getelementptr %in_Bm[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v478 = llvm.load %v477 : !llvm.ptr -> f32
              %v479 = arith.mulf %v470, %v478 fastmath<contract> : f32
              %v480 = arith.mulf %v468, %v451 fastmath<contract> : f32
              %v481 = arith.addf %v480, %v479 fastmath<contract> : f32
              %v482 = arith.muli %v38, %v279 : i64
              %v483 = arith.muli %v467, %v278 : i64
              %v484 = arith.addi %v482, %v483 : i64
              %v485 = arith.constant 8 : i64
              %v486 = arith.addi %v485, %v24 : i64
              %v487 = arith.muli %v486, %v2 : i64
              %v488 = arith.addi %v484, %v487 : i64
              %v489 = llvm.getelementptr %in_Bm[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v490 = llvm.load %v489 : !llvm.ptr -> f32
              %v491 = arith.mulf %v470, %v490 fastmath<contract> : f32
              %v492 = arith.mulf %v468, %v463 fastmath<contract> : f32
              %v493 = arith.addf %v492, %v491 fastmath<contract> : f32
              %v494 = arith.addi %v323, %v304 : i64
              %v495 = arith.minsi %v494, %v326 : i64
              %v496 = arith.addi %v104, %v495 : i64
              %v497, %v498 = gpu.shuffle idx %v390, %v76, %v270 : f32
              %v499, %v500 = gpu.shuffle idx %v400, %v76, %v270 : f32
              %v501 = arith.muli %v38, %v279 : i64
              %v502 = arith.muli %v496, %v278 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = arith.muli %v24, %v2 : i64
              %v505 = arith.addi %v503, %v504 : i64
              %v506 = llvm.getelementptr %in_Bm[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v507 = llvm.load %v506 : !llvm.ptr -> f32
              %v508 = arith.mulf %v499, %v507 fastmath<contract> : f32
              %v509 = arith.mulf %v497, %v481 fastmath<contract> : f32
              %v510 = arith.addf %v509, %v508 fastmath<contract> : f32
              %v511 = arith.muli %v38, %v279 : i64
              %v512 = arith.muli %v496, %v278 : i64
              %v513 = arith.addi %v511, %v512 : i64
              %v514 = arith.constant 8 : i64
              %v515 = arith.addi %v514, %v24 : i64
              %v516 = arith.muli %v515, %v2 : i64
              %v517 = arith.addi %v513, %v516 : i64
              %v518 = llvm.getelementptr %in_Bm[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v519 = llvm.load %v518 : !llvm.ptr -> f32
              %v520 = arith.mulf %v499, %v519 fastmath<contract> : f32
              %v521 = arith.mulf %v497, %v493 fastmath<contract> : f32
              %v522 = arith.addf %v521, %v520 fastmath<contract> : f32
              %v523 = arith.addi %v323, %v305 : i64
              %v524 = arith.minsi %v523, %v326 : i64
              %v525 = arith.addi %v104, %v524 : i64
              %v526, %v527 = gpu.shuffle idx %v390, %v80, %v270 : f32
              %v528, %v529 = gpu.shuffle idx %v400, %v80, %v270 : f32
              %v530 = arith.muli %v38, %v279 : i64
              %v531 = arith.muli %v525, %v278 : i64
              %v532 = arith.addi %v530, %v531 : i64
              %v533 = arith.muli %v24, %v2 : i64
              %v534 = arith.addi %v532, %v533 : i64
              %v535 = llvm.getelementptr %in_Bm[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v536 = llvm.load %v535 : !llvm.ptr -> f32
              %v537 = arith.mulf %v528, %v536 fastmath<contract> : f32
              %v538 = arith.mulf %v526, %v510 fastmath<contract> : f32
              %v539 = arith.addf %v538, %v537 fastmath<contract> : f32
              %v540 = arith.muli %v38, %v279 : i64
              %v541 = arith.muli %v525, %v278 : i64
              %v542 = arith.addi %v540, %v541 : i64
              %v543 = arith.constant 8 : i64
              %v544 = arith.addi %v543, %v24 : i64
              %v545 = arith.muli %v544, %v2 : i64
              %v546 = arith.addi %v542, %v545 : i64
              %v547 = llvm.getelementptr %in_Bm[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v548 = llvm.load %v547 : !llvm.ptr -> f32
              %v549 = arith.mulf %v528, %v548 fastmath<contract> : f32
              %v550 = arith.mulf %v526, %v522 fastmath<contract> : f32
              %v551 = arith.addf %v550, %v549 fastmath<contract> : f32
              %v553 = arith.addi %v323, %v552 : i64
              %v554 = arith.minsi %v553, %v326 : i64
              %v555 = arith.addi %v104, %v554 : i64
              %v556, %v557 = gpu.shuffle idx %v390, %v84, %v270 : f32
              %v558, %v559 = gpu.shuffle idx %v400, %v84, %v270 : f32
              %v560 = arith.muli %v38, %v279 : i64
              %v561 = arith.muli %v555, %v278 : i64
              %v562 = arith.addi %v560, %v561 : i64
              %v563 = arith.muli %v24, %v2 : i64
              %v564 = arith.addi %v562, %v563 : i64
              %v565 = llvm.getelementptr %in_Bm[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v566 = llvm.load %v565 : !llvm.ptr -> f32
              %v567 = arith.mulf %v558, %v566 fastmath<contract> : f32
              %v568 = arith.mulf %v556, %v539 fastmath<contract> : f32
              %v569 = arith.addf %v568, %v567 fastmath<contract> : f32
              %v570 = arith.muli %v38, %v279 : i64
              %v571 = arith.muli %v555, %v278 : i64
              %v572 = arith.addi %v570, %v571 : i64
              %v573 = arith.constant 8 : i64
              %v574 = arith.addi %v573, %v24 : i64
              %v575 = arith.muli %v574, %v2 : i64
              %v576 = arith.addi %v572, %v575 : i64
              %v577 = llvm.getelementptr %in_Bm[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v578 = llvm.load %v577 : !llvm.ptr -> f32
              %v579 = arith.mulf %v558, %v578 fastmath<contract> : f32
              %v580 = arith.mulf %v556, %v551 fastmath<contract> : f32
              %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
              %v583 = arith.addi %v323, %v582 : i64
              %v584 = arith.minsi %v583, %v326 : i64
              %v585 = arith.addi %v104, %v584 : i64
              %v586, %v587 = gpu.shuffle idx %v390, %v88, %v270 : f32
              %v588, %v589 = gpu.shuffle idx %v400, %v88, %v270 : f32
              %v590 = arith.muli %v38, %v279 : i64
              %v591 = arith.muli %v585, %v278 : i64
              %v592 = arith.addi %v590, %v591 : i64
              %v593 = arith.muli %v24, %v2 : i64
              %v594 = arith.addi %v592, %v593 : i64
              %v595 = llvm.getelementptr %in_Bm[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v596 = llvm.load %v595 : !llvm.ptr -> f32
              %v597 = arith.mulf %v588, %v596 fastmath<contract> : f32
              %v598 = arith.mulf %v586, %v569 fastmath<contract> : f32
              %v599 = arith.addf %v598, %v597 fastmath<contract> : f32
              %v600 = arith.muli %v38, %v279 : i64
              %v601 = arith.muli %v585, %v278 : i64
              %v602 = arith.addi %v600, %v601 : i64
              %v603 = arith.constant 8 : i64
              %v604 = arith.addi %v603, %v24 : i64
              %v605 = arith.muli %v604, %v2 : i64
              %v606 = arith.addi %v602, %v605 : i64
              %v607 = llvm.getelementptr %in_Bm[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v608 = llvm.load %v607 : !llvm.ptr -> f32
              %v609 = arith.mulf %v588, %v608 fastmath<contract> : f32
              %v610 = arith.mulf %v586, %v581 fastmath<contract> : f32
              %v611 = arith.addf %v610, %v609 fastmath<contract> : f32
              %v612 = arith.addi %v323, %v56 : i64
              %v613 = arith.minsi %v612, %v326 : i64
              %v614 = arith.addi %v104, %v613 : i64
              %v615, %v616 = gpu.shuffle idx %v390, %v92, %v270 : f32
              %v617, %v618 = gpu.shuffle idx %v400, %v92, %v270 : f32
              %v619 = arith.muli %v38, %v279 : i64
              %v620 = arith.muli %v614, %v278 : i64
              %v621 = arith.addi %v619, %v620 : i64
              %v622 = arith.muli %v24, %v2 : i64
              %v623 = arith.addi %v621, %v622 : i64
              %v624 = llvm.getelementptr %in_Bm[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v625 = llvm.load %v624 : !llvm.ptr -> f32
              %v626 = arith.mulf %v617, %v625 fastmath<contract> : f32
              %v627 = arith.mulf %v615, %v599 fastmath<contract> : f32
              %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
              %v629 = arith.muli %v38, %v279 : i64
              %v630 = arith.muli %v614, %v278 : i64
              %v631 = arith.addi %v629, %v630 : i64
              %v632 = arith.constant 8 : i64
              %v633 = arith.addi %v632, %v24 : i64
              %v634 = arith.muli %v633, %v2 : i64
              %v635 = arith.addi %v631, %v634 : i64
              %v636 = llvm.getelementptr %in_Bm[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v637 = llvm.load %v636 : !llvm.ptr -> f32
              %v638 = arith.mulf %v617, %v637 fastmath<contract> : f32
              %v639 = arith.mulf %v615, %v611 fastmath<contract> : f32
              %v640 = arith.addf %v639, %v638 fastmath<contract> : f32
              %v642 = arith.shrui %v24, %v53 : i64
              %v643 = arith.andi %v642, %v2 : i64
              %v644 = arith.cmpi ne, %v643, %v53 : i64
              %v645 = arith.shrui %v24, %v2 : i64
              %v646 = arith.andi %v645, %v2 : i64
              %v647 = arith.cmpi ne, %v646, %v53 : i64
              %v648 = arith.shrui %v24, %v464 : i64
              %v649 = arith.andi %v648, %v2 : i64
              %v650 = arith.cmpi ne, %v649, %v53 : i64
              %v651 = arith.subi %v106, %v323 : i64
              %v652 = arith.trunci %v651 : i64 to i32
              %v653 = arith.subi %size_L, %v2 : i64
              %v654 = arith.addi %v104, %v323 : i64
              %v655 = arith.subi %v653, %v654 : i64
              %v657 = arith.minsi %v655, %v656 : i64
              %v658 = arith.trunci %v657 : i64 to i32
              %v659 = arith.addi %v323, %v56 : i64
              %v661 = arith.cmpi slt, %v660, %v652 : i32
              %v662 = arith.cmpi eq, %v660, %v658 : i32
              %v663, %v664 = gpu.shuffle idx %v381, %v92, %v270 : f32
              %v665, %v666 = gpu.shuffle idx %v382, %v92, %v270 : f32
              %v667, %v668 = gpu.shuffle idx %v387, %v92, %v270 : f32
              %v669, %v670 = gpu.shuffle idx %v390, %v92, %v270 : f32
              %v671, %v672 = gpu.shuffle idx %v400, %v92, %v270 : f32
              %v673, %v674 = gpu.shuffle idx %v405, %v92, %v270 : f32
              %v675 = arith.addi %v325, %v53 : i64
              llvm.store %v51, %v641 : f32, !llvm.ptr
              scf.if %v661 {
                %v676 = arith.addi %v104, %v659 : i64
                %v677 = arith.muli %v38, %v279 : i64
                %v678 = arith.muli %v676, %v278 : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = arith.muli %v24, %v2 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = llvm.getelementptr %in_Cm[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.muli %v38, %v250 : i64
                %v685 = arith.muli %v676, %v249 : i64
                %v686 = arith.addi %v684, %v685 : i64
                %v687 = arith.muli %v36, %v248 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = arith.muli %v34, %v2 : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = llvm.getelementptr %dy_y[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v692 = llvm.load %v691 : !llvm.ptr -> f32
                %v693 = arith.mulf %v683, %v692 fastmath<contract> : f32
                %v694 = llvm.load %v40 : !llvm.ptr -> f32
                %v695 = llvm.load %v42 : !llvm.ptr -> f32
                %v696 = arith.mulf %v695, %v694 fastmath<contract> : f32
                %v697 = arith.addf %v693, %v696 fastmath<contract> : f32
                llvm.store %v697, %v40 : f32, !llvm.ptr
                %v698 = arith.muli %v38, %v279 : i64
                %v699 = arith.muli %v676, %v278 : i64
                %v700 = arith.addi %v698, %v699 : i64
                %v701 = arith.constant 8 : i64
                %v702 = arith.addi %v701, %v24 : i64
                %v703 = arith.muli %v702, %v2 : i64
                %v704 = arith.addi %v700, %v703 : i64
                %v705 = llvm.getelementptr %in_Cm[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v706 = llvm.load %v705 : !llvm.ptr -> f32
                %v707 = arith.mulf %v706, %v692 fastmath<contract> : f32
                %v708 = llvm.load %v41 : !llvm.ptr -> f32
                %v709 = llvm.load %v43 : !llvm.ptr -> f32
                %v710 = arith.mulf %v709, %v708 fastmath<contract> : f32
                %v711 = arith.addf %v707, %v710 fastmath<contract> : f32
                llvm.store %v711, %v41 : f32, !llvm.ptr
                %v712 = arith.muli %v38, %v250 : i64
                %v713 = arith.muli %v676, %v249 : i64
                %v714 = arith.addi %v712, %v713 : i64
                %v715 = arith.muli %v36, %v248 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.muli %v34, %v2 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %in_x[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.muli %v38, %v279 : i64
                %v722 = arith.muli %v676, %v278 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = arith.muli %v24, %v2 : i64
                %v725 = arith.addi %v723, %v724 : i64
                %v726 = llvm.getelementptr %in_Bm[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v727 = llvm.load %v726 : !llvm.ptr -> f32
                %v728 = llvm.load %v40 : !llvm.ptr -> f32
                %v729 = arith.mulf %v727, %v728 fastmath<contract> : f32
                %v730 = arith.muli %v38, %v279 : i64
                %v731 = arith.muli %v676, %v278 : i64
                %v732 = arith.addi %v730, %v731 : i64
                %v733 = arith.constant 8 : i64
                %v734 = arith.addi %v733, %v24 : i64
                %v735 = arith.muli %v734, %v2 : i64
                %v736 = arith.addi %v732, %v735 : i64
                %v737 = llvm.getelementptr %in_Bm[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v738 = llvm.load %v737 : !llvm.ptr -> f32
                %v739 = llvm.load %v41 : !llvm.ptr -> f32
                %v740 = arith.mulf %v738, %v739 fastmath<contract> : f32
                %v741 = arith.addf %v729, %v740 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v743, %v744 = gpu.shuffle xor %v741, %v742, %v270 : f32
                %v745 = arith.addf %v741, %v743 fastmath<contract> : f32
                %v747, %v748 = gpu.shuffle xor %v745, %v746, %v270 : f32
                %v749 = arith.addf %v745, %v747 fastmath<contract> : f32
                %v751, %v752 = gpu.shuffle xor %v749, %v750, %v270 : f32
                %v753 = arith.addf %v749, %v751 fastmath<contract> : f32
                // end sum over the lanes
                %v754 = arith.mulf %v720, %v753 fastmath<contract> : f32
                %v755 = arith.mulf %v599, %v728 fastmath<contract> : f32
                %v756 = arith.mulf %v611, %v739 fastmath<contract> : f32
                %v757 = arith.addf %v755, %v756 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v758, %v759 = gpu.shuffle xor %v757, %v742, %v270 : f32
                %v760 = arith.addf %v757, %v758 fastmath<contract> : f32
                %v761, %v762 = gpu.shuffle xor %v760, %v746, %v270 : f32
                %v763 = arith.addf %v760, %v761 fastmath<contract> : f32
                %v764, %v765 = gpu.shuffle xor %v763, %v750, %v270 : f32
                %v766 = arith.addf %v763, %v764 fastmath<contract> : f32
                // end sum over the lanes
                %v767 = arith.mulf %v667, %v766 fastmath<contract> : f32
                %v768 = arith.mulf %v669, %v767 fastmath<contract> : f32
                %v769 = arith.negf %v768 : f32
                %v770 = arith.addf %v754, %v769 fastmath<contract> : f32
                %v771 = arith.mulf %v770, %v673 fastmath<contract> : f32
                %v772 = arith.mulf %v669, %v766 fastmath<contract> : f32
                %v773 = arith.mulf %v665, %v772 fastmath<contract> : f32
                %v774 = arith.mulf %v667, %v773 fastmath<contract> : f32
                %v775 = llvm.load %v44 : !llvm.ptr -> f32
                %v776 = arith.addf %v775, %v774 fastmath<contract> : f32
                llvm.store %v776, %v44 : f32, !llvm.ptr
                %v777 = arith.mulf %v671, %v728 fastmath<contract> : f32
                scf.if %v28 {
                  %v778 = arith.addi %v53, %v24 : i64
                  %v779 = arith.muli %v30, %v1 : i64
                  %v780 = arith.addi %v779, %v778 : i64
                  %v781 = arith.muli %v780, %size_L : i64
                  %v782 = arith.addi %v781, %v676 : i64
                  %v783 = llvm.getelementptr %part_Bm[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v777, %v783 : f32, !llvm.ptr
                }
                %v784 = arith.mulf %v671, %v739 fastmath<contract> : f32
                scf.if %v28 {
                  %v785 = arith.addi %v23, %v24 : i64
                  %v786 = arith.muli %v30, %v1 : i64
                  %v787 = arith.addi %v786, %v785 : i64
                  %v788 = arith.muli %v787, %size_L : i64
                  %v789 = arith.addi %v788, %v676 : i64
                  %v790 = llvm.getelementptr %part_Bm[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v784, %v790 : f32, !llvm.ptr
                }
                %v791 = arith.mulf %v628, %v692 fastmath<contract> : f32
                scf.if %v28 {
                  %v792 = arith.addi %v53, %v24 : i64
                  %v793 = arith.muli %v30, %v1 : i64
                  %v794 = arith.addi %v793, %v792 : i64
                  %v795 = arith.muli %v794, %size_L : i64
                  %v796 = arith.addi %v795, %v676 : i64
                  %v797 = llvm.getelementptr %part_Cm[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v791, %v797 : f32, !llvm.ptr
                }
                %v798 = arith.mulf %v640, %v692 fastmath<contract> : f32
                scf.if %v28 {
                  %v799 = arith.addi %v23, %v24 : i64
                  %v800 = arith.muli %v30, %v1 : i64
                  %v801 = arith.addi %v800, %v799 : i64
                  %v802 = arith.muli %v801, %size_L : i64
                  %v803 = arith.addi %v802, %v676 : i64
                  %v804 = llvm.getelementptr %part_Cm[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v798, %v804 : f32, !llvm.ptr
                }
                %v805 = llvm.load %v46 : !llvm.ptr -> f32
                %v806 = arith.addf %v805, %v771 fastmath<contract> : f32
                llvm.store %v806, %v46 : f32, !llvm.ptr
                %v807 = arith.select %v28, %v771, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v809, %v810 = gpu.shuffle xor %v807, %v808, %v270 : f32
                %v811 = arith.addf %v807, %v809 fastmath<contract> : f32
                %v813, %v814 = gpu.shuffle xor %v811, %v812, %v270 : f32
                %v815 = arith.addf %v811, %v813 fastmath<contract> : f32
                %v816 = arith.divui %v14, %v16 : i64
                %v817 = arith.remui %v14, %v16 : i64
                %v818 = arith.cmpi ult, %v817, %v2 : i64
                %v819 = arith.muli %v816, %v2 : i64
                %v820 = arith.addi %v819, %v53 : i64
                %v822 = arith.muli %v820, %v821 : i64
                %v823 = arith.addi %v822, %v675 : i64
                scf.if %v818 {
                  %v824 = llvm.getelementptr %v48[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v815, %v824 : f32, !llvm.ptr
                }
                %v825 = arith.addf %v729, %v740 fastmath<contract> : f32
                llvm.store %v825, %v641 : f32, !llvm.ptr
                llvm.store %v669, %v42 : f32, !llvm.ptr
                llvm.store %v669, %v43 : f32, !llvm.ptr
              }
              %v826 = llvm.load %v641 : !llvm.ptr -> f32
              %v827 = arith.addi %v323, %v582 : i64
              %v829 = arith.cmpi slt, %v828, %v652 : i32
              %v830 = arith.cmpi eq, %v828, %v658 : i32
              %v831, %v832 = gpu.shuffle idx %v381, %v88, %v270 : f32
              %v833, %v834 = gpu.shuffle idx %v382, %v88, %v270 : f32
              %v835, %v836 = gpu.shuffle idx %v387, %v88, %v270 : f32
              %v837, %v838 = gpu.shuffle idx %v390, %v88, %v270 : f32
              %v839, %v840 = gpu.shuffle idx %v400, %v88, %v270 : f32
              %v841, %v842 = gpu.shuffle idx %v405, %v88, %v270 : f32
              %v843 = arith.addi %v325, %v2 : i64
              llvm.store %v51, %v641 : f32, !llvm.ptr
              scf.if %v829 {
                %v844 = arith.addi %v104, %v827 : i64
                %v845 = arith.muli %v38, %v279 : i64
                %v846 = arith.muli %v844, %v278 : i64
                %v847 = arith.addi %v845, %v846 : i64
                %v848 = arith.muli %v24, %v2 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = llvm.getelementptr %in_Cm[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.muli %v38, %v250 : i64
                %v853 = arith.muli %v844, %v249 : i64
                %v854 = arith.addi %v852, %v853 : i64
                %v855 = arith.muli %v36, %v248 : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = arith.muli %v34, %v2 : i64
                %v858 = arith.addi %v856, %v857 : i64
                %v859 = llvm.getelementptr %dy_y[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v860 = llvm.load %v859 : !llvm.ptr -> f32
                %v861 = arith.mulf %v851, %v860 fastmath<contract> : f32
                %v862 = llvm.load %v40 : !llvm.ptr -> f32
                %v863 = llvm.load %v42 : !llvm.ptr -> f32
                %v864 = arith.mulf %v863, %v862 fastmath<contract> : f32
                %v865 = arith.addf %v861, %v864 fastmath<contract> : f32
                llvm.store %v865, %v40 : f32, !llvm.ptr
                %v866 = arith.muli %v38, %v279 : i64
                %v867 = arith.muli %v844, %v278 : i64
                %v868 = arith.addi %v866, %v867 : i64
                %v869 = arith.constant 8 : i64
                %v870 = arith.addi %v869, %v24 : i64
                %v871 = arith.muli %v870, %v2 : i64
                %v872 = arith.addi %v868, %v871 : i64
                %v873 = llvm.getelementptr %in_Cm[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v874 = llvm.load %v873 : !llvm.ptr -> f32
                %v875 = arith.mulf %v874, %v860 fastmath<contract> : f32
                %v876 = llvm.load %v41 : !llvm.ptr -> f32
                %v877 = llvm.load %v43 : !llvm.ptr -> f32
                %v878 = arith.mulf %v877, %v876 fastmath<contract> : f32
                %v879 = arith.addf %v875, %v878 fastmath<contract> : f32
                llvm.store %v879, %v41 : f32, !llvm.ptr
                %v880 = arith.muli %v38, %v250 : i64
                %v881 = arith.muli %v844, %v249 : i64
                %v882 = arith.addi %v880, %v881 : i64
                %v883 = arith.muli %v36, %v248 : i64
                %v884 = arith.addi %v882, %v883 : i64
                %v885 = arith.muli %v34, %v2 : i64
                %v886 = arith.addi %v884, %v885 : i64
                %v887 = llvm.getelementptr %in_x[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v888 = llvm.load %v887 : !llvm.ptr -> f32
                %v889 = arith.muli %v38, %v279 : i64
                %v890 = arith.muli %v844, %v278 : i64
                %v891 = arith.addi %v889, %v890 : i64
                %v892 = arith.muli %v24, %v2 : i64
                %v893 = arith.addi %v891, %v892 : i64
                %v894 = llvm.getelementptr %in_Bm[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v895 = llvm.load %v894 : !llvm.ptr -> f32
                %v896 = llvm.load %v40 : !llvm.ptr -> f32
                %v897 = arith.mulf %v895, %v896 fastmath<contract> : f32
                %v898 = arith.muli %v38, %v279 : i64
                %v899 = arith.muli %v844, %v278 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = arith.constant 8 : i64
                %v902 = arith.addi %v901, %v24 : i64
                %v903 = arith.muli %v902, %v2 : i64
                %v904 = arith.addi %v900, %v903 : i64
                %v905 = llvm.getelementptr %in_Bm[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v906 = llvm.load %v905 : !llvm.ptr -> f32
                %v907 = llvm.load %v41 : !llvm.ptr -> f32
                %v908 = arith.mulf %v906, %v907 fastmath<contract> : f32
                %v909 = arith.addf %v897, %v908 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v910, %v911 = gpu.shuffle xor %v909, %v742, %v270 : f32
                %v912 = arith.addf %v909, %v910 fastmath<contract> : f32
                %v913, %v914 = gpu.shuffle xor %v912, %v746, %v270 : f32
                %v915 = arith.addf %v912, %v913 fastmath<contract> : f32
                %v916, %v917 = gpu.shuffle xor %v915, %v750, %v270 : f32
                %v918 = arith.addf %v915, %v916 fastmath<contract> : f32
                // end sum over the lanes
                %v919 = arith.mulf %v888, %v918 fastmath<contract> : f32
                %v920 = arith.mulf %v569, %v896 fastmath<contract> : f32
                %v921 = arith.mulf %v581, %v907 fastmath<contract> : f32
                %v922 = arith.addf %v920, %v921 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v923, %v924 = gpu.shuffle xor %v922, %v742, %v270 : f32
                %v925 = arith.addf %v922, %v923 fastmath<contract> : f32
                %v926, %v927 = gpu.shuffle xor %v925, %v746, %v270 : f32
                %v928 = arith.addf %v925, %v926 fastmath<contract> : f32
                %v929, %v930 = gpu.shuffle xor %v928, %v750, %v270 : f32
                %v931 = arith.addf %v928, %v929 fastmath<contract> : f32
                // end sum over the lanes
                %v932 = arith.mulf %v835, %v931 fastmath<contract> : f32
                %v933 = arith.mulf %v837, %v932 fastmath<contract> : f32
                %v934 = arith.negf %v933 : f32
                %v935 = arith.addf %v919, %v934 fastmath<contract> : f32
                %v936 = arith.mulf %v935, %v841 fastmath<contract> : f32
                %v937 = arith.mulf %v837, %v931 fastmath<contract> : f32
                %v938 = arith.mulf %v833, %v937 fastmath<contract> : f32
                %v939 = arith.mulf %v835, %v938 fastmath<contract> : f32
                %v940 = llvm.load %v44 : !llvm.ptr -> f32
                %v941 = arith.addf %v940, %v939 fastmath<contract> : f32
                llvm.store %v941, %v44 : f32, !llvm.ptr
                %v942 = arith.mulf %v839, %v896 fastmath<contract> : f32
                scf.if %v28 {
                  %v943 = arith.addi %v53, %v24 : i64
                  %v944 = arith.muli %v30, %v1 : i64
                  %v945 = arith.addi %v944, %v943 : i64
                  %v946 = arith.muli %v945, %size_L : i64
                  %v947 = arith.addi %v946, %v844 : i64
                  %v948 = llvm.getelementptr %part_Bm[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v942, %v948 : f32, !llvm.ptr
                }
                %v949 = arith.mulf %v839, %v907 fastmath<contract> : f32
                scf.if %v28 {
                  %v950 = arith.addi %v23, %v24 : i64
                  %v951 = arith.muli %v30, %v1 : i64
                  %v952 = arith.addi %v951, %v950 : i64
                  %v953 = arith.muli %v952, %size_L : i64
                  %v954 = arith.addi %v953, %v844 : i64
                  %v955 = llvm.getelementptr %part_Bm[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v949, %v955 : f32, !llvm.ptr
                }
                %v956 = arith.mulf %v599, %v860 fastmath<contract> : f32
                scf.if %v28 {
                  %v957 = arith.addi %v53, %v24 : i64
                  %v958 = arith.muli %v30, %v1 : i64
                  %v959 = arith.addi %v958, %v957 : i64
                  %v960 = arith.muli %v959, %size_L : i64
                  %v961 = arith.addi %v960, %v844 : i64
                  %v962 = llvm.getelementptr %part_Cm[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v956, %v962 : f32, !llvm.ptr
                }
                %v963 = arith.mulf %v611, %v860 fastmath<contract> : f32
                scf.if %v28 {
                  %v964 = arith.addi %v23, %v24 : i64
                  %v965 = arith.muli %v30, %v1 : i64
                  %v966 = arith.addi %v965, %v964 : i64
                  %v967 = arith.muli %v966, %size_L : i64
                  %v968 = arith.addi %v967, %v844 : i64
                  %v969 = llvm.getelementptr %part_Cm[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v963, %v969 : f32, !llvm.ptr
                }
                %v970 = llvm.load %v46 : !llvm.ptr -> f32
                %v971 = arith.addf %v970, %v936 fastmath<contract> : f32
                llvm.store %v971, %v46 : f32, !llvm.ptr
                %v972 = arith.select %v28, %v936, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v973, %v974 = gpu.shuffle xor %v972, %v808, %v270 : f32
                %v975 = arith.addf %v972, %v973 fastmath<contract> : f32
                %v976, %v977 = gpu.shuffle xor %v975, %v812, %v270 : f32
                %v978 = arith.addf %v975, %v976 fastmath<contract> : f32
                %v979 = arith.divui %v14, %v16 : i64
                %v980 = arith.remui %v14, %v16 : i64
                %v981 = arith.cmpi ult, %v980, %v2 : i64
                %v982 = arith.muli %v979, %v2 : i64
                %v983 = arith.addi %v982, %v53 : i64
                %v984 = arith.muli %v983, %v821 : i64
                %v985 = arith.addi %v984, %v843 : i64
                scf.if %v981 {
                  %v986 = llvm.getelementptr %v48[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v978, %v986 : f32, !llvm.ptr
                }
                %v987 = arith.addf %v897, %v908 fastmath<contract> : f32
                llvm.store %v987, %v641 : f32, !llvm.ptr
                llvm.store %v837, %v42 : f32, !llvm.ptr
                llvm.store %v837, %v43 : f32, !llvm.ptr
              }
              %v988 = llvm.load %v641 : !llvm.ptr -> f32
              %v989 = arith.select %v644, %v988, %v826 : f32
              %v990 = arith.select %v644, %v826, %v988 : f32
              %v991, %v992 = gpu.shuffle xor %v989, %v742, %v270 : f32
              %v993 = arith.addf %v990, %v991 fastmath<contract> : f32
              %v994 = arith.addi %v323, %v552 : i64
              %v996 = arith.cmpi slt, %v995, %v652 : i32
              %v997 = arith.cmpi eq, %v995, %v658 : i32
              %v998, %v999 = gpu.shuffle idx %v381, %v84, %v270 : f32
              %v1000, %v1001 = gpu.shuffle idx %v382, %v84, %v270 : f32
              %v1002, %v1003 = gpu.shuffle idx %v387, %v84, %v270 : f32
              %v1004, %v1005 = gpu.shuffle idx %v390, %v84, %v270 : f32
              %v1006, %v1007 = gpu.shuffle idx %v400, %v84, %v270 : f32
              %v1008, %v1009 = gpu.shuffle idx %v405, %v84, %v270 : f32
              %v1010 = arith.addi %v325, %v464 : i64
              llvm.store %v51, %v641 : f32, !llvm.ptr
              scf.if %v996 {
                %v1011 = arith.addi %v104, %v994 : i64
                %v1012 = arith.muli %v38, %v279 : i64
                %v1013 = arith.muli %v1011, %v278 : i64
                %v1014 = arith.addi %v1012, %v1013 : i64
                %v1015 = arith.muli %v24, %v2 : i64
                %v1016 = arith.addi %v1014, %v1015 : i64
                %v1017 = llvm.getelementptr %in_Cm[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
                %v1019 = arith.muli %v38, %v250 : i64
                %v1020 = arith.muli %v1011, %v249 : i64
                %v1021 = arith.addi %v1019, %v1020 : i64
                %v1022 = arith.muli %v36, %v248 : i64
                %v1023 = arith.addi %v1021, %v1022 : i64
                %v1024 = arith.muli %v34, %v2 : i64
                %v1025 = arith.addi %v1023, %v1024 : i64
                %v1026 = llvm.getelementptr %dy_y[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
                %v1028 = arith.mulf %v1018, %v1027 fastmath<contract> : f32
                %v1029 = llvm.load %v40 : !llvm.ptr -> f32
                %v1030 = llvm.load %v42 : !llvm.ptr -> f32
                %v1031 = arith.mulf %v1030, %v1029 fastmath<contract> : f32
                %v1032 = arith.addf %v1028, %v1031 fastmath<contract> : f32
                llvm.store %v1032, %v40 : f32, !llvm.ptr
                %v1033 = arith.muli %v38, %v279 : i64
                %v1034 = arith.muli %v1011, %v278 : i64
                %v1035 = arith.addi %v1033, %v1034 : i64
                %v1036 = arith.constant 8 : i64
                %v1037 = arith.addi %v1036, %v24 : i64
                %v1038 = arith.muli %v1037, %v2 : i64
                %v1039 = arith.addi %v1035, %v1038 : i64
                %v1040 = llvm.getelementptr %in_Cm[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
                %v1042 = arith.mulf %v1041, %v1027 fastmath<contract> : f32
                %v1043 = llvm.load %v41 : !llvm.ptr -> f32
                %v1044 = llvm.load %v43 : !llvm.ptr -> f32
                %v1045 = arith.mulf %v1044, %v1043 fastmath<contract> : f32
                %v1046 = arith.addf %v1042, %v1045 fastmath<contract> : f32
                llvm.store %v1046, %v41 : f32, !llvm.ptr
                %v1047 = arith.muli %v38, %v250 : i64
                %v1048 = arith.muli %v1011, %v249 : i64
                %v1049 = arith.addi %v1047, %v1048 : i64
                %v1050 = arith.muli %v36, %v248 : i64
                %v1051 = arith.addi %v1049, %v1050 : i64
                %v1052 = arith.muli %v34, %v2 : i64
                %v1053 = arith.addi %v1051, %v1052 : i64
                %v1054 = llvm.getelementptr %in_x[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                %v1056 = arith.muli %v38, %v279 : i64
                %v1057 = arith.muli %v1011, %v278 : i64
                %v1058 = arith.addi %v1056, %v1057 : i64
                %v1059 = arith.muli %v24, %v2 : i64
                %v1060 = arith.addi %v1058, %v1059 : i64
                %v1061 = llvm.getelementptr %in_Bm[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1062 = llvm.load %v1061 : !llvm.ptr -> f32
                %v1063 = llvm.load %v40 : !llvm.ptr -> f32
                %v1064 = arith.mulf %v1062, %v1063 fastmath<contract> : f32
                %v1065 = arith.muli %v38, %v279 : i64
                %v1066 = arith.muli %v1011, %v278 : i64
                %v1067 = arith.addi %v1065, %v1066 : i64
                %v1068 = arith.constant 8 : i64
                %v1069 = arith.addi %v1068, %v24 : i64
                %v1070 = arith.muli %v1069, %v2 : i64
                %v1071 = arith.addi %v1067, %v1070 : i64
                %v1072 = llvm.getelementptr %in_Bm[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
                %v1074 = llvm.load %v41 : !llvm.ptr -> f32
                %v1075 = arith.mulf %v1073, %v1074 fastmath<contract> : f32
                %v1076 = arith.addf %v1064, %v1075 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1077, %v1078 = gpu.shuffle xor %v1076, %v742, %v270 : f32
                %v1079 = arith.addf %v1076, %v1077 fastmath<contract> : f32
                %v1080, %v1081 = gpu.shuffle xor %v1079, %v746, %v270 : f32
                %v1082 = arith.addf %v1079, %v1080 fastmath<contract> : f32
                %v1083, %v1084 = gpu.shuffle xor %v1082, %v750, %v270 : f32
                %v1085 = arith.addf %v1082, %v1083 fastmath<contract> : f32
                // end sum over the lanes
                %v1086 = arith.mulf %v1055, %v1085 fastmath<contract> : f32
                %v1087 = arith.mulf %v539, %v1063 fastmath<contract> : f32
                %v1088 = arith.mulf %v551, %v1074 fastmath<contract> : f32
                %v1089 = arith.addf %v1087, %v1088 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1090, %v1091 = gpu.shuffle xor %v1089, %v742, %v270 : f32
                %v1092 = arith.addf %v1089, %v1090 fastmath<contract> : f32
                %v1093, %v1094 = gpu.shuffle xor %v1092, %v746, %v270 : f32
                %v1095 = arith.addf %v1092, %v1093 fastmath<contract> : f32
                %v1096, %v1097 = gpu.shuffle xor %v1095, %v750, %v270 : f32
                %v1098 = arith.addf %v1095, %v1096 fastmath<contract> : f32
                // end sum over the lanes
                %v1099 = arith.mulf %v1002, %v1098 fastmath<contract> : f32
                %v1100 = arith.mulf %v1004, %v1099 fastmath<contract> : f32
                %v1101 = arith.negf %v1100 : f32
                %v1102 = arith.addf %v1086, %v1101 fastmath<contract> : f32
                %v1103 = arith.mulf %v1102, %v1008 fastmath<contract> : f32
                %v1104 = arith.mulf %v1004, %v1098 fastmath<contract> : f32
                %v1105 = arith.mulf %v1000, %v1104 fastmath<contract> : f32
                %v1106 = arith.mulf %v1002, %v1105 fastmath<contract> : f32
                %v1107 = llvm.load %v44 : !llvm.ptr -> f32
                %v1108 = arith.addf %v1107, %v1106 fastmath<contract> : f32
                llvm.store %v1108, %v44 : f32, !llvm.ptr
                %v1109 = arith.mulf %v1006, %v1063 fastmath<contract> : f32
                scf.if %v28 {
                  %v1110 = arith.addi %v53, %v24 : i64
                  %v1111 = arith.muli %v30, %v1 : i64
                  %v1112 = arith.addi %v1111, %v1110 : i64
                  %v1113 = arith.muli %v1112, %size_L : i64
                  %v1114 = arith.addi %v1113, %v1011 : i64
                  %v1115 = llvm.getelementptr %part_Bm[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1109, %v1115 : f32, !llvm.ptr
                }
                %v1116 = arith.mulf %v1006, %v1074 fastmath<contract> : f32
                scf.if %v28 {
                  %v1117 = arith.addi %v23, %v24 : i64
                  %v1118 = arith.muli %v30, %v1 : i64
                  %v1119 = arith.addi %v1118, %v1117 : i64
                  %v1120 = arith.muli %v1119, %size_L : i64
                  %v1121 = arith.addi %v1120, %v1011 : i64
                  %v1122 = llvm.getelementptr %part_Bm[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1116, %v1122 : f32, !llvm.ptr
                }
                %v1123 = arith.mulf %v569, %v1027 fastmath<contract> : f32
                scf.if %v28 {
                  %v1124 = arith.addi %v53, %v24 : i64
                  %v1125 = arith.muli %v30, %v1 : i64
                  %v1126 = arith.addi %v1125, %v1124 : i64
                  %v1127 = arith.muli %v1126, %size_L : i64
                  %v1128 = arith.addi %v1127, %v1011 : i64
                  %v1129 = llvm.getelementptr %part_Cm[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1123, %v1129 : f32, !llvm.ptr
                }
                %v1130 = arith.mulf %v581, %v1027 fastmath<contract> : f32
                scf.if %v28 {
                  %v1131 = arith.addi %v23, %v24 : i64
                  %v1132 = arith.muli %v30, %v1 : i64
                  %v1133 = arith.addi %v1132, %v1131 : i64
                  %v1134 = arith.muli %v1133, %size_L : i64
                  %v1135 = arith.addi %v1134, %v1011 : i64
                  %v1136 = llvm.getelementptr %part_Cm[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1130, %v1136 : f32, !llvm.ptr
                }
                %v1137 = llvm.load %v46 : !llvm.ptr -> f32
                %v1138 = arith.addf %v1137, %v1103 fastmath<contract> : f32
                llvm.store %v1138, %v46 : f32, !llvm.ptr
                %v1139 = arith.select %v28, %v1103, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1140, %v1141 = gpu.shuffle xor %v1139, %v808, %v270 : f32
                %v1142 = arith.addf %v1139, %v1140 fastmath<contract> : f32
                %v1143, %v1144 = gpu.shuffle xor %v1142, %v812, %v270 : f32
                %v1145 = arith.addf %v1142, %v1143 fastmath<contract> : f32
                %v1146 = arith.divui %v14, %v16 : i64
                %v1147 = arith.remui %v14, %v16 : i64
                %v1148 = arith.cmpi ult, %v1147, %v2 : i64
                %v1149 = arith.muli %v1146, %v2 : i64
                %v1150 = arith.addi %v1149, %v53 : i64
                %v1151 = arith.muli %v1150, %v821 : i64
                %v1152 = arith.addi %v1151, %v1010 : i64
                scf.if %v1148 {
                  %v1153 = llvm.getelementptr %v48[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1145, %v1153 : f32, !llvm.ptr
                }
                %v1154 = arith.addf %v1064, %v1075 fastmath<contract> : f32
                llvm.store %v1154, %v641 : f32, !llvm.ptr
                llvm.store %v1004, %v42 : f32, !llvm.ptr
                llvm.store %v1004, %v43 : f32, !llvm.ptr
              }
              %v1155 = llvm.load %v641 : !llvm.ptr -> f32
              %v1156 = arith.addi %v323, %v305 : i64
              %v1157 = arith.cmpi slt, %v750, %v652 : i32
              %v1158 = arith.cmpi eq, %v750, %v658 : i32
              %v1159, %v1160 = gpu.shuffle idx %v381, %v80, %v270 : f32
              %v1161, %v1162 = gpu.shuffle idx %v382, %v80, %v270 : f32
              %v1163, %v1164 = gpu.shuffle idx %v387, %v80, %v270 : f32
              %v1165, %v1166 = gpu.shuffle idx %v390, %v80, %v270 : f32
              %v1167, %v1168 = gpu.shuffle idx %v400, %v80, %v270 : f32
              %v1169, %v1170 = gpu.shuffle idx %v405, %v80, %v270 : f32
              %v1171 = arith.addi %v325, %v304 : i64
              llvm.store %v51, %v641 : f32, !llvm.ptr
              scf.if %v1157 {
                %v1172 = arith.addi %v104, %v1156 : i64
                %v1173 = arith.muli %v38, %v279 : i64
                %v1174 = arith.muli %v1172, %v278 : i64
                %v1175 = arith.addi %v1173, %v1174 : i64
                %v1176 = arith.muli %v24, %v2 : i64
                %v1177 = arith.addi %v1175, %v1176 : i64
                %v1178 = llvm.getelementptr %in_Cm[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
                %v1180 = arith.muli %v38, %v250 : i64
                %v1181 = arith.muli %v1172, %v249 : i64
                %v1182 = arith.addi %v1180, %v1181 : i64
                %v1183 = arith.muli %v36, %v248 : i64
                %v1184 = arith.addi %v1182, %v1183 : i64
                %v1185 = arith.muli %v34, %v2 : i64
                %v1186 = arith.addi %v1184, %v1185 : i64
                %v1187 = llvm.getelementptr %dy_y[%v1186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
                %v1189 = arith.mulf %v1179, %v1188 fastmath<contract> : f32
                %v1190 = llvm.load %v40 : !llvm.ptr -> f32
                %v1191 = llvm.load %v42 : !llvm.ptr -> f32
                %v1192 = arith.mulf %v1191, %v1190 fastmath<contract> : f32
                %v1193 = arith.addf %v1189, %v1192 fastmath<contract> : f32
                llvm.store %v1193, %v40 : f32, !llvm.ptr
                %v1194 = arith.muli %v38, %v279 : i64
                %v1195 = arith.muli %v1172, %v278 : i64
                %v1196 = arith.addi %v1194, %v1195 : i64
                %v1197 = arith.constant 8 : i64
                %v1198 = arith.addi %v1197, %v24 : i64
                %v1199 = arith.muli %v1198, %v2 : i64
                %v1200 = arith.addi %v1196, %v1199 : i64
                %v1201 = llvm.getelementptr %in_Cm[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
                %v1203 = arith.mulf %v1202, %v1188 fastmath<contract> : f32
                %v1204 = llvm.load %v41 : !llvm.ptr -> f32
                %v1205 = llvm.load %v43 : !llvm.ptr -> f32
                %v1206 = arith.mulf %v1205, %v1204 fastmath<contract> : f32
                %v1207 = arith.addf %v1203, %v1206 fastmath<contract> : f32
                llvm.store %v1207, %v41 : f32, !llvm.ptr
                %v1208 = arith.muli %v38, %v250 : i64
                %v1209 = arith.muli %v1172, %v249 : i64
                %v1210 = arith.addi %v1208, %v1209 : i64
                %v1211 = arith.muli %v36, %v248 : i64
                %v1212 = arith.addi %v1210, %v1211 : i64
                %v1213 = arith.muli %v34, %v2 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = llvm.getelementptr %in_x[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.muli %v38, %v279 : i64
                %v1218 = arith.muli %v1172, %v278 : i64
                %v1219 = arith.addi %v1217, %v1218 : i64
                %v1220 = arith.muli %v24, %v2 : i64
                %v1221 = arith.addi %v1219, %v1220 : i64
                %v1222 = llvm.getelementptr %in_Bm[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1223 = llvm.load %v1222 : !llvm.ptr -> f32
                %v1224 = llvm.load %v40 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1223, %v1224 fastmath<contract> : f32
                %v1226 = arith.muli %v38, %v279 : i64
                %v1227 = arith.muli %v1172, %v278 : i64
                %v1228 = arith.addi %v1226, %v1227 : i64
                %v1229 = arith.constant 8 : i64
                %v1230 = arith.addi %v1229, %v24 : i64
                %v1231 = arith.muli %v1230, %v2 : i64
                %v1232 = arith.addi %v1228, %v1231 : i64
                %v1233 = llvm.getelementptr %in_Bm[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
                %v1235 = llvm.load %v41 : !llvm.ptr -> f32
                %v1236 = arith.mulf %v1234, %v1235 fastmath<contract> : f32
                %v1237 = arith.addf %v1225, %v1236 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1238, %v1239 = gpu.shuffle xor %v1237, %v742, %v270 : f32
                %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v746, %v270 : f32
                %v1243 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                %v1244, %v1245 = gpu.shuffle xor %v1243, %v750, %v270 : f32
                %v1246 = arith.addf %v1243, %v1244 fastmath<contract> : f32
                // end sum over the lanes
                %v1247 = arith.mulf %v1216, %v1246 fastmath<contract> : f32
                %v1248 = arith.mulf %v510, %v1224 fastmath<contract> : f32
                %v1249 = arith.mulf %v522, %v1235 fastmath<contract> : f32
                %v1250 = arith.addf %v1248, %v1249 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1251, %v1252 = gpu.shuffle xor %v1250, %v742, %v270 : f32
                %v1253 = arith.addf %v1250, %v1251 fastmath<contract> : f32
                %v1254, %v1255 = gpu.shuffle xor %v1253, %v746, %v270 : f32
                %v1256 = arith.addf %v1253, %v1254 fastmath<contract> : f32
                %v1257, %v1258 = gpu.shuffle xor %v1256, %v750, %v270 : f32
                %v1259 = arith.addf %v1256, %v1257 fastmath<contract> : f32
                // end sum over the lanes
                %v1260 = arith.mulf %v1163, %v1259 fastmath<contract> : f32
                %v1261 = arith.mulf %v1165, %v1260 fastmath<contract> : f32
                %v1262 = arith.negf %v1261 : f32
                %v1263 = arith.addf %v1247, %v1262 fastmath<contract> : f32
                %v1264 = arith.mulf %v1263, %v1169 fastmath<contract> : f32
                %v1265 = arith.mulf %v1165, %v1259 fastmath<contract> : f32
                %v1266 = arith.mulf %v1161, %v1265 fastmath<contract> : f32
                %v1267 = arith.mulf %v1163, %v1266 fastmath<contract> : f32
                %v1268 = llvm.load %v44 : !llvm.ptr -> f32
                %v1269 = arith.addf %v1268, %v1267 fastmath<contract> : f32
                llvm.store %v1269, %v44 : f32, !llvm.ptr
                %v1270 = arith.mulf %v1167, %v1224 fastmath<contract> : f32
                scf.if %v28 {
                  %v1271 = arith.addi %v53, %v24 : i64
                  %v1272 = arith.muli %v30, %v1 : i64
                  %v1273 = arith.addi %v1272, %v1271 : i64
                  %v1274 = arith.muli %v1273, %size_L : i64
                  %v1275 = arith.addi %v1274, %v1172 : i64
                  %v1276 = llvm.getelementptr %part_Bm[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1270, %v1276 : f32, !llvm.ptr
                }
                %v1277 = arith.mulf %v1167, %v1235 fastmath<contract> : f32
                scf.if %v28 {
                  %v1278 = arith.addi %v23, %v24 : i64
                  %v1279 = arith.muli %v30, %v1 : i64
                  %v1280 = arith.addi %v1279, %v1278 : i64
                  %v1281 = arith.muli %v1280, %size_L : i64
                  %v1282 = arith.addi %v1281, %v1172 : i64
                  %v1283 = llvm.getelementptr %part_Bm[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1277, %v1283 : f32, !llvm.ptr
                }
                %v1284 = arith.mulf %v539, %v1188 fastmath<contract> : f32
                scf.if %v28 {
                  %v1285 = arith.addi %v53, %v24 : i64
                  %v1286 = arith.muli %v30, %v1 : i64
                  %v1287 = arith.addi %v1286, %v1285 : i64
                  %v1288 = arith.muli %v1287, %size_L : i64
                  %v1289 = arith.addi %v1288, %v1172 : i64
                  %v1290 = llvm.getelementptr %part_Cm[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1284, %v1290 : f32, !llvm.ptr
                }
                %v1291 = arith.mulf %v551, %v1188 fastmath<contract> : f32
                scf.if %v28 {
                  %v1292 = arith.addi %v23, %v24 : i64
                  %v1293 = arith.muli %v30, %v1 : i64
                  %v1294 = arith.addi %v1293, %v1292 : i64
                  %v1295 = arith.muli %v1294, %size_L : i64
                  %v1296 = arith.addi %v1295, %v1172 : i64
                  %v1297 = llvm.getelementptr %part_Cm[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1291, %v1297 : f32, !llvm.ptr
                }
                %v1298 = llvm.load %v46 : !llvm.ptr -> f32
                %v1299 = arith.addf %v1298, %v1264 fastmath<contract> : f32
                llvm.store %v1299, %v46 : f32, !llvm.ptr
                %v1300 = arith.select %v28, %v1264, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1301, %v1302 = gpu.shuffle xor %v1300, %v808, %v270 : f32
                %v1303 = arith.addf %v1300, %v1301 fastmath<contract> : f32
                %v1304, %v1305 = gpu.shuffle xor %v1303, %v812, %v270 : f32
                %v1306 = arith.addf %v1303, %v1304 fastmath<contract> : f32
                %v1307 = arith.divui %v14, %v16 : i64
                %v1308 = arith.remui %v14, %v16 : i64
                %v1309 = arith.cmpi ult, %v1308, %v2 : i64
                %v1310 = arith.muli %v1307, %v2 : i64
                %v1311 = arith.addi %v1310, %v53 : i64
                %v1312 = arith.muli %v1311, %v821 : i64
                %v1313 = arith.addi %v1312, %v1171 : i64
                scf.if %v1309 {
                  %v1314 = llvm.getelementptr %v48[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1306, %v1314 : f32, !llvm.ptr
                }
                %v1315 = arith.addf %v1225, %v1236 fastmath<contract> : f32
                llvm.store %v1315, %v641 : f32, !llvm.ptr
                llvm.store %v1165, %v42 : f32, !llvm.ptr
                llvm.store %v1165, %v43 : f32, !llvm.ptr
              }
              %v1316 = llvm.load %v641 : !llvm.ptr -> f32
              %v1317 = arith.select %v644, %v1316, %v1155 : f32
              %v1318 = arith.select %v644, %v1155, %v1316 : f32
              %v1319, %v1320 = gpu.shuffle xor %v1317, %v742, %v270 : f32
              %v1321 = arith.addf %v1318, %v1319 fastmath<contract> : f32
              %v1322 = arith.select %v647, %v1321, %v993 : f32
              %v1323 = arith.select %v647, %v993, %v1321 : f32
              %v1324, %v1325 = gpu.shuffle xor %v1322, %v746, %v270 : f32
              %v1326 = arith.addf %v1323, %v1324 fastmath<contract> : f32
              %v1327 = arith.addi %v323, %v304 : i64
              %v1329 = arith.cmpi slt, %v1328, %v652 : i32
              %v1330 = arith.cmpi eq, %v1328, %v658 : i32
              %v1331, %v1332 = gpu.shuffle idx %v381, %v76, %v270 : f32
              %v1333, %v1334 = gpu.shuffle idx %v382, %v76, %v270 : f32
              %v1335, %v1336 = gpu.shuffle idx %v387, %v76, %v270 : f32
              %v1337, %v1338 = gpu.shuffle idx %v390, %v76, %v270 : f32
              %v1339, %v1340 = gpu.shuffle idx %v400, %v76, %v270 : f32
              %v1341, %v1342 = gpu.shuffle idx %v405, %v76, %v270 : f32
              %v1343 = arith.addi %v325, %v305 : i64
              llvm.store %v51, %v641 : f32, !llvm.ptr
              scf.if %v1329 {
                %v1344 = arith.addi %v104, %v1327 : i64
                %v1345 = arith.muli %v38, %v279 : i64
                %v1346 = arith.muli %v1344, %v278 : i64
                %v1347 = arith.addi %v1345, %v1346 : i64
                %v1348 = arith.muli %v24, %v2 : i64
                %v1349 = arith.addi %v1347, %v1348 : i64
                %v1350 = llvm.getelementptr %in_Cm[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1351 = llvm.load %v1350 : !llvm.ptr -> f32
                %v1352 = arith.muli %v38, %v250 : i64
                %v1353 = arith.muli %v1344, %v249 : i64
                %v1354 = arith.addi %v1352, %v1353 : i64
                %v1355 = arith.muli %v36, %v248 : i64
                %v1356 = arith.addi %v1354, %v1355 : i64
                %v1357 = arith.muli %v34, %v2 : i64
                %v1358 = arith.addi %v1356, %v1357 : i64
                %v1359 = llvm.getelementptr %dy_y[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
                %v1361 = arith.mulf %v1351, %v1360 fastmath<contract> : f32
                %v1362 = llvm.load %v40 : !llvm.ptr -> f32
                %v1363 = llvm.load %v42 : !llvm.ptr -> f32
                %v1364 = arith.mulf %v1363, %v1362 fastmath<contract> : f32
                %v1365 = arith.addf %v1361, %v1364 fastmath<contract> : f32
                llvm.store %v1365, %v40 : f32, !llvm.ptr
                %v1366 = arith.muli %v38, %v279 : i64
                %v1367 = arith.muli %v1344, %v278 : i64
                %v1368 = arith.addi %v1366, %v1367 : i64
                %v1369 = arith.constant 8 : i64
                %v1370 = arith.addi %v1369, %v24 : i64
                %v1371 = arith.muli %v1370, %v2 : i64
                %v1372 = arith.addi %v1368, %v1371 : i64
                %v1373 = llvm.getelementptr %in_Cm[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
                %v1375 = arith.mulf %v1374, %v1360 fastmath<contract> : f32
                %v1376 = llvm.load %v41 : !llvm.ptr -> f32
                %v1377 = llvm.load %v43 : !llvm.ptr -> f32
                %v1378 = arith.mulf %v1377, %v1376 fastmath<contract> : f32
                %v1379 = arith.addf %v1375, %v1378 fastmath<contract> : f32
                llvm.store %v1379, %v41 : f32, !llvm.ptr
                %v1380 = arith.muli %v38, %v250 : i64
                %v1381 = arith.muli %v1344, %v249 : i64
                %v1382 = arith.addi %v1380, %v1381 : i64
                %v1383 = arith.muli %v36, %v248 : i64
                %v1384 = arith.addi %v1382, %v1383 : i64
                %v1385 = arith.muli %v34, %v2 : i64
                %v1386 = arith.addi %v1384, %v1385 : i64
                %v1387 = llvm.getelementptr %in_x[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
                %v1389 = arith.muli %v38, %v279 : i64
                %v1390 = arith.muli %v1344, %v278 : i64
                %v1391 = arith.addi %v1389, %v1390 : i64
                %v1392 = arith.muli %v24, %v2 : i64
                %v1393 = arith.addi %v1391, %v1392 : i64
                %v1394 = llvm.getelementptr %in_Bm[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
                %v1396 = llvm.load %v40 : !llvm.ptr -> f32
                %v1397 = arith.mulf %v1395, %v1396 fastmath<contract> : f32
                %v1398 = arith.muli %v38, %v279 : i64
                %v1399 = arith.muli %v1344, %v278 : i64
                %v1400 = arith.addi %v1398, %v1399 : i64
                %v1401 = arith.constant 8 : i64
                %v1402 = arith.addi %v1401, %v24 : i64
                %v1403 = arith.muli %v1402, %v2 : i64
                %v1404 = arith.addi %v1400, %v1403 : i64
                %v1405 = llvm.getelementptr %in_Bm[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
                %v1407 = llvm.load %v41 : !llvm.ptr -> f32
                %v1408 = arith.mulf %v1406, %v1407 fastmath<contract> : f32
                %v1409 = arith.addf %v1397, %v1408 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1410, %v1411 = gpu.shuffle xor %v1409, %v742, %v270 : f32
                %v1412 = arith.addf %v1409, %v1410 fastmath<contract> : f32
                %v1413, %v1414 = gpu.shuffle xor %v1412, %v746, %v270 : f32
                %v1415 = arith.addf %v1412, %v1413 fastmath<contract> : f32
                %v1416, %v1417 = gpu.shuffle xor %v1415, %v750, %v270 : f32
                %v1418 = arith.addf %v1415, %v1416 fastmath<contract> : f32
                // end sum over the lanes
                %v1419 = arith.mulf %v1388, %v1418 fastmath<contract> : f32
                %v1420 = arith.mulf %v481, %v1396 fastmath<contract> : f32
                %v1421 = arith.mulf %v493, %v1407 fastmath<contract> : f32
                %v1422 = arith.addf %v1420, %v1421 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1423, %v1424 = gpu.shuffle xor %v1422, %v742, %v270 : f32
                %v1425 = arith.addf %v1422, %v1423 fastmath<contract> : f32
                %v1426, %v1427 = gpu.shuffle xor %v1425, %v746, %v270 : f32
                %v1428 = arith.addf %v1425, %v1426 fastmath<contract> : f32
                %v1429, %v1430 = gpu.shuffle xor %v1428, %v750, %v270 : f32
                %v1431 = arith.addf %v1428, %v1429 fastmath<contract> : f32
                // end sum over the lanes
                %v1432 = arith.mulf %v1335, %v1431 fastmath<contract> : f32
                %v1433 = arith.mulf %v1337, %v1432 fastmath<contract> : f32
                %v1434 = arith.negf %v1433 : f32
                %v1435 = arith.addf %v1419, %v1434 fastmath<contract> : f32
                %v1436 = arith.mulf %v1435, %v1341 fastmath<contract> : f32
                %v1437 = arith.mulf %v1337, %v1431 fastmath<contract> : f32
                %v1438 = arith.mulf %v1333, %v1437 fastmath<contract> : f32
                %v1439 = arith.mulf %v1335, %v1438 fastmath<contract> : f32
                %v1440 = llvm.load %v44 : !llvm.ptr -> f32
                %v1441 = arith.addf %v1440, %v1439 fastmath<contract> : f32
                llvm.store %v1441, %v44 : f32, !llvm.ptr
                %v1442 = arith.mulf %v1339, %v1396 fastmath<contract> : f32
                scf.if %v28 {
                  %v1443 = arith.addi %v53, %v24 : i64
                  %v1444 = arith.muli %v30, %v1 : i64
                  %v1445 = arith.addi %v1444, %v1443 : i64
                  %v1446 = arith.muli %v1445, %size_L : i64
                  %v1447 = arith.addi %v1446, %v1344 : i64
                  %v1448 = llvm.getelementptr %part_Bm[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1442, %v1448 : f32, !llvm.ptr
                }
                %v1449 = arith.mulf %v1339, %v1407 fastmath<contract> : f32
                scf.if %v28 {
                  %v1450 = arith.addi %v23, %v24 : i64
                  %v1451 = arith.muli %v30, %v1 : i64
                  %v1452 = arith.addi %v1451, %v1450 : i64
                  %v1453 = arith.muli %v1452, %size_L : i64
                  %v1454 = arith.addi %v1453, %v1344 : i64
                  %v1455 = llvm.getelementptr %part_Bm[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1449, %v1455 : f32, !llvm.ptr
                }
                %v1456 = arith.mulf %v510, %v1360 fastmath<contract> : f32
                scf.if %v28 {
                  %v1457 = arith.addi %v53, %v24 : i64
                  %v1458 = arith.muli %v30, %v1 : i64
                  %v1459 = arith.addi %v1458, %v1457 : i64
                  %v1460 = arith.muli %v1459, %size_L : i64
                  %v1461 = arith.addi %v1460, %v1344 : i64
                  %v1462 = llvm.getelementptr %part_Cm[%v1461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1456, %v1462 : f32, !llvm.ptr
                }
                %v1463 = arith.mulf %v522, %v1360 fastmath<contract> : f32
                scf.if %v28 {
                  %v1464 = arith.addi %v23, %v24 : i64
                  %v1465 = arith.muli %v30, %v1 : i64
                  %v1466 = arith.addi %v1465, %v1464 : i64
                  %v1467 = arith.muli %v1466, %size_L : i64
                  %v1468 = arith.addi %v1467, %v1344 : i64
                  %v1469 = llvm.getelementptr %part_Cm[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1463, %v1469 : f32, !llvm.ptr
                }
                %v1470 = llvm.load %v46 : !llvm.ptr -> f32
                %v1471 = arith.addf %v1470, %v1436 fastmath<contract> : f32
                llvm.store %v1471, %v46 : f32, !llvm.ptr
                %v1472 = arith.select %v28, %v1436, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1473, %v1474 = gpu.shuffle xor %v1472, %v808, %v270 : f32
                %v1475 = arith.addf %v1472, %v1473 fastmath<contract> : f32
                %v1476, %v1477 = gpu.shuffle xor %v1475, %v812, %v270 : f32
                %v1478 = arith.addf %v1475, %v1476 fastmath<contract> : f32
                %v1479 = arith.divui %v14, %v16 : i64
                %v1480 = arith.remui %v14, %v16 : i64
                %v1481 = arith.cmpi ult, %v1480, %v2 : i64
                %v1482 = arith.muli %v1479, %v2 : i64
                %v1483 = arith.addi %v1482, %v53 : i64
                %v1484 = arith.muli %v1483, %v821 : i64
                %v1485 = arith.addi %v1484, %v1343 : i64
                scf.if %v1481 {
                  %v1486 = llvm.getelementptr %v48[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1478, %v1486 : f32, !llvm.ptr
                }
                %v1487 = arith.addf %v1397, %v1408 fastmath<contract> : f32
                llvm.store %v1487, %v641 : f32, !llvm.ptr
                llvm.store %v1337, %v42 : f32, !llvm.ptr
                llvm.store %v1337, %v43 : f32, !llvm.ptr
              }
              %v1488 = llvm.load %v641 : !llvm.ptr -> f32
              %v1489 = arith.addi %v323, %v464 : i64
              %v1490 = arith.cmpi slt, %v746, %v652 : i32
              %v1491 = arith.cmpi eq, %v746, %v658 : i32
              %v1492, %v1493 = gpu.shuffle idx %v381, %v72, %v270 : f32
              %v1494, %v1495 = gpu.shuffle idx %v382, %v72, %v270 : f32
              %v1496, %v1497 = gpu.shuffle idx %v387, %v72, %v270 : f32
              %v1498, %v1499 = gpu.shuffle idx %v390, %v72, %v270 : f32
              %v1500, %v1501 = gpu.shuffle idx %v400, %v72, %v270 : f32
              %v1502, %v1503 = gpu.shuffle idx %v405, %v72, %v270 : f32
              %v1504 = arith.addi %v325, %v552 : i64
              llvm.store %v51, %v641 : f32, !llvm.ptr
              scf.if %v1490 {
                %v1505 = arith.addi %v104, %v1489 : i64
                %v1506 = arith.muli %v38, %v279 : i64
                %v1507 = arith.muli %v1505, %v278 : i64
                %v1508 = arith.addi %v1506, %v1507 : i64
                %v1509 = arith.muli %v24, %v2 : i64
                %v1510 = arith.addi %v1508, %v1509 : i64
                %v1511 = llvm.getelementptr %in_Cm[%v1510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1512 = llvm.load %v1511 : !llvm.ptr -> f32
                %v1513 = arith.muli %v38, %v250 : i64
                %v1514 = arith.muli %v1505, %v249 : i64
                %v1515 = arith.addi %v1513, %v1514 : i64
                %v1516 = arith.muli %v36, %v248 : i64
                %v1517 = arith.addi %v1515, %v1516 : i64
                %v1518 = arith.muli %v34, %v2 : i64
                %v1519 = arith.addi %v1517, %v1518 : i64
                %v1520 = llvm.getelementptr %dy_y[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                %v1522 = arith.mulf %v1512, %v1521 fastmath<contract> : f32
                %v1523 = llvm.load %v40 : !llvm.ptr -> f32
                %v1524 = llvm.load %v42 : !llvm.ptr -> f32
                %v1525 = arith.mulf %v1524, %v1523 fastmath<contract> : f32
                %v1526 = arith.addf %v1522, %v1525 fastmath<contract> : f32
                llvm.store %v1526, %v40 : f32, !llvm.ptr
                %v1527 = arith.muli %v38, %v279 : i64
                %v1528 = arith.muli %v1505, %v278 : i64
                %v1529 = arith.addi %v1527, %v1528 : i64
                %v1530 = arith.constant 8 : i64
                %v1531 = arith.addi %v1530, %v24 : i64
                %v1532 = arith.muli %v1531, %v2 : i64
                %v1533 = arith.addi %v1529, %v1532 : i64
                %v1534 = llvm.getelementptr %in_Cm[%v1533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1535 = llvm.load %v1534 : !llvm.ptr -> f32
                %v1536 = arith.mulf %v1535, %v1521 fastmath<contract> : f32
                %v1537 = llvm.load %v41 : !llvm.ptr -> f32
                %v1538 = llvm.load %v43 : !llvm.ptr -> f32
                %v1539 = arith.mulf %v1538, %v1537 fastmath<contract> : f32
                %v1540 = arith.addf %v1536, %v1539 fastmath<contract> : f32
                llvm.store %v1540, %v41 : f32, !llvm.ptr
                %v1541 = arith.muli %v38, %v250 : i64
                %v1542 = arith.muli %v1505, %v249 : i64
                %v1543 = arith.addi %v1541, %v1542 : i64
                %v1544 = arith.muli %v36, %v248 : i64
                %v1545 = arith.addi %v1543, %v1544 : i64
                %v1546 = arith.muli %v34, %v2 : i64
                %v1547 = arith.addi %v1545, %v1546 : i64
                %v1548 = llvm.getelementptr %in_x[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1549 = llvm.load %v1548 : !llvm.ptr -> f32
                %v1550 = arith.muli %v38, %v279 : i64
                %v1551 = arith.muli %v1505, %v278 : i64
                %v1552 = arith.addi %v1550, %v1551 : i64
                %v1553 = arith.muli %v24, %v2 : i64
                %v1554 = arith.addi %v1552, %v1553 : i64
                %v1555 = llvm.getelementptr %in_Bm[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1556 = llvm.load %v1555 : !llvm.ptr -> f32
                %v1557 = llvm.load %v40 : !llvm.ptr -> f32
                %v1558 = arith.mulf %v1556, %v1557 fastmath<contract> : f32
                %v1559 = arith.muli %v38, %v279 : i64
                %v1560 = arith.muli %v1505, %v278 : i64
                %v1561 = arith.addi %v1559, %v1560 : i64
                %v1562 = arith.constant 8 : i64
                %v1563 = arith.addi %v1562, %v24 : i64
                %v1564 = arith.muli %v1563, %v2 : i64
                %v1565 = arith.addi %v1561, %v1564 : i64
                %v1566 = llvm.getelementptr %in_Bm[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1567 = llvm.load %v1566 : !llvm.ptr -> f32
                %v1568 = llvm.load %v41 : !llvm.ptr -> f32
                %v1569 = arith.mulf %v1567, %v1568 fastmath<contract> : f32
                %v1570 = arith.addf %v1558, %v1569 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1571, %v1572 = gpu.shuffle xor %v1570, %v742, %v270 : f32
                %v1573 = arith.addf %v1570, %v1571 fastmath<contract> : f32
                %v1574, %v1575 = gpu.shuffle xor %v1573, %v746, %v270 : f32
                %v1576 = arith.addf %v1573, %v1574 fastmath<contract> : f32
                %v1577, %v1578 = gpu.shuffle xor %v1576, %v750, %v270 : f32
                %v1579 = arith.addf %v1576, %v1577 fastmath<contract> : f32
                // end sum over the lanes
                %v1580 = arith.mulf %v1549, %v1579 fastmath<contract> : f32
                %v1581 = arith.mulf %v451, %v1557 fastmath<contract> : f32
                %v1582 = arith.mulf %v463, %v1568 fastmath<contract> : f32
                %v1583 = arith.addf %v1581, %v1582 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1584, %v1585 = gpu.shuffle xor %v1583, %v742, %v270 : f32
                %v1586 = arith.addf %v1583, %v1584 fastmath<contract> : f32
                %v1587, %v1588 = gpu.shuffle xor %v1586, %v746, %v270 : f32
                %v1589 = arith.addf %v1586, %v1587 fastmath<contract> : f32
                %v1590, %v1591 = gpu.shuffle xor %v1589, %v750, %v270 : f32
                %v1592 = arith.addf %v1589, %v1590 fastmath<contract> : f32
                // end sum over the lanes
                %v1593 = arith.mulf %v1496, %v1592 fastmath<contract> : f32
                %v1594 = arith.mulf %v1498, %v1593 fastmath<contract> : f32
                %v1595 = arith.negf %v1594 : f32
                %v1596 = arith.addf %v1580, %v1595 fastmath<contract> : f32
                %v1597 = arith.mulf %v1596, %v1502 fastmath<contract> : f32
                %v1598 = arith.mulf %v1498, %v1592 fastmath<contract> : f32
                %v1599 = arith.mulf %v1494, %v1598 fastmath<contract> : f32
                %v1600 = arith.mulf %v1496, %v1599 fastmath<contract> : f32
                %v1601 = llvm.load %v44 : !llvm.ptr -> f32
                %v1602 = arith.addf %v1601, %v1600 fastmath<contract> : f32
                llvm.store %v1602, %v44 : f32, !llvm.ptr
                %v1603 = arith.mulf %v1500, %v1557 fastmath<contract> : f32
                scf.if %v28 {
                  %v1604 = arith.addi %v53, %v24 : i64
                  %v1605 = arith.muli %v30, %v1 : i64
                  %v1606 = arith.addi %v1605, %v1604 : i64
                  %v1607 = arith.muli %v1606, %size_L : i64
                  %v1608 = arith.addi %v1607, %v1505 : i64
                  %v1609 = llvm.getelementptr %part_Bm[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1603, %v1609 : f32, !llvm.ptr
                }
                %v1610 = arith.mulf %v1500, %v1568 fastmath<contract> : f32
                scf.if %v28 {
                  %v1611 = arith.addi %v23, %v24 : i64
                  %v1612 = arith.muli %v30, %v1 : i64
                  %v1613 = arith.addi %v1612, %v1611 : i64
                  %v1614 = arith.muli %v1613, %size_L : i64
                  %v1615 = arith.addi %v1614, %v1505 : i64
                  %v1616 = llvm.getelementptr %part_Bm[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1610, %v1616 : f32, !llvm.ptr
                }
                %v1617 = arith.mulf %v481, %v1521 fastmath<contract> : f32
                scf.if %v28 {
                  %v1618 = arith.addi %v53, %v24 : i64
                  %v1619 = arith.muli %v30, %v1 : i64
                  %v1620 = arith.addi %v1619, %v1618 : i64
                  %v1621 = arith.muli %v1620, %size_L : i64
                  %v1622 = arith.addi %v1621, %v1505 : i64
                  %v1623 = llvm.getelementptr %part_Cm[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1617, %v1623 : f32, !llvm.ptr
                }
                %v1624 = arith.mulf %v493, %v1521 fastmath<contract> : f32
                scf.if %v28 {
                  %v1625 = arith.addi %v23, %v24 : i64
                  %v1626 = arith.muli %v30, %v1 : i64
                  %v1627 = arith.addi %v1626, %v1625 : i64
                  %v1628 = arith.muli %v1627, %size_L : i64
                  %v1629 = arith.addi %v1628, %v1505 : i64
                  %v1630 = llvm.getelementptr %part_Cm[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1624, %v1630 : f32, !llvm.ptr
                }
                %v1631 = llvm.load %v46 : !llvm.ptr -> f32
                %v1632 = arith.addf %v1631, %v1597 fastmath<contract> : f32
                llvm.store %v1632, %v46 : f32, !llvm.ptr
                %v1633 = arith.select %v28, %v1597, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1634, %v1635 = gpu.shuffle xor %v1633, %v808, %v270 : f32
                %v1636 = arith.addf %v1633, %v1634 fastmath<contract> : f32
                %v1637, %v1638 = gpu.shuffle xor %v1636, %v812, %v270 : f32
                %v1639 = arith.addf %v1636, %v1637 fastmath<contract> : f32
                %v1640 = arith.divui %v14, %v16 : i64
                %v1641 = arith.remui %v14, %v16 : i64
                %v1642 = arith.cmpi ult, %v1641, %v2 : i64
                %v1643 = arith.muli %v1640, %v2 : i64
                %v1644 = arith.addi %v1643, %v53 : i64
                %v1645 = arith.muli %v1644, %v821 : i64
                %v1646 = arith.addi %v1645, %v1504 : i64
                scf.if %v1642 {
                  %v1647 = llvm.getelementptr %v48[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1639, %v1647 : f32, !llvm.ptr
                }
                %v1648 = arith.addf %v1558, %v1569 fastmath<contract> : f32
                llvm.store %v1648, %v641 : f32, !llvm.ptr
                llvm.store %v1498, %v42 : f32, !llvm.ptr
                llvm.store %v1498, %v43 : f32, !llvm.ptr
              }
              %v1649 = llvm.load %v641 : !llvm.ptr -> f32
              %v1650 = arith.select %v644, %v1649, %v1488 : f32
              %v1651 = arith.select %v644, %v1488, %v1649 : f32
              %v1652, %v1653 = gpu.shuffle xor %v1650, %v742, %v270 : f32
              %v1654 = arith.addf %v1651, %v1652 fastmath<contract> : f32
              %v1655 = arith.addi %v323, %v2 : i64
              %v1656 = arith.cmpi slt, %v742, %v652 : i32
              %v1657 = arith.cmpi eq, %v742, %v658 : i32
              %v1658, %v1659 = gpu.shuffle idx %v381, %v68, %v270 : f32
              %v1660, %v1661 = gpu.shuffle idx %v382, %v68, %v270 : f32
              %v1662, %v1663 = gpu.shuffle idx %v387, %v68, %v270 : f32
              %v1664, %v1665 = gpu.shuffle idx %v390, %v68, %v270 : f32
              %v1666, %v1667 = gpu.shuffle idx %v400, %v68, %v270 : f32
              %v1668, %v1669 = gpu.shuffle idx %v405, %v68, %v270 : f32
              %v1670 = arith.addi %v325, %v582 : i64
              llvm.store %v51, %v641 : f32, !llvm.ptr
              scf.if %v1656 {
                %v1671 = arith.addi %v104, %v1655 : i64
                %v1672 = arith.muli %v38, %v279 : i64
                %v1673 = arith.muli %v1671, %v278 : i64
                %v1674 = arith.addi %v1672, %v1673 : i64
                %v1675 = arith.muli %v24, %v2 : i64
                %v1676 = arith.addi %v1674, %v1675 : i64
                %v1677 = llvm.getelementptr %in_Cm[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1678 = llvm.load %v1677 : !llvm.ptr -> f32
                %v1679 = arith.muli %v38, %v250 : i64
                %v1680 = arith.muli %v1671, %v249 : i64
                %v1681 = arith.addi %v1679, %v1680 : i64
                %v1682 = arith.muli %v36, %v248 : i64
                %v1683 = arith.addi %v1681, %v1682 : i64
                %v1684 = arith.muli %v34, %v2 : i64
                %v1685 = arith.addi %v1683, %v1684 : i64
                %v1686 = llvm.getelementptr %dy_y[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
                %v1688 = arith.mulf %v1678, %v1687 fastmath<contract> : f32
                %v1689 = llvm.load %v40 : !llvm.ptr -> f32
                %v1690 = llvm.load %v42 : !llvm.ptr -> f32
                %v1691 = arith.mulf %v1690, %v1689 fastmath<contract> : f32
                %v1692 = arith.addf %v1688, %v1691 fastmath<contract> : f32
                llvm.store %v1692, %v40 : f32, !llvm.ptr
                %v1693 = arith.muli %v38, %v279 : i64
                %v1694 = arith.muli %v1671, %v278 : i64
                %v1695 = arith.addi %v1693, %v1694 : i64
                %v1696 = arith.constant 8 : i64
                %v1697 = arith.addi %v1696, %v24 : i64
                %v1698 = arith.muli %v1697, %v2 : i64
                %v1699 = arith.addi %v1695, %v1698 : i64
                %v1700 = llvm.getelementptr %in_Cm[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1701 = llvm.load %v1700 : !llvm.ptr -> f32
                %v1702 = arith.mulf %v1701, %v1687 fastmath<contract> : f32
                %v1703 = llvm.load %v41 : !llvm.ptr -> f32
                %v1704 = llvm.load %v43 : !llvm.ptr -> f32
                %v1705 = arith.mulf %v1704, %v1703 fastmath<contract> : f32
                %v1706 = arith.addf %v1702, %v1705 fastmath<contract> : f32
                llvm.store %v1706, %v41 : f32, !llvm.ptr
                %v1707 = arith.muli %v38, %v250 : i64
                %v1708 = arith.muli %v1671, %v249 : i64
                %v1709 = arith.addi %v1707, %v1708 : i64
                %v1710 = arith.muli %v36, %v248 : i64
                %v1711 = arith.addi %v1709, %v1710 : i64
                %v1712 = arith.muli %v34, %v2 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = llvm.getelementptr %in_x[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
                %v1716 = arith.muli %v38, %v279 : i64
                %v1717 = arith.muli %v1671, %v278 : i64
                %v1718 = arith.addi %v1716, %v1717 : i64
                %v1719 = arith.muli %v24, %v2 : i64
                %v1720 = arith.addi %v1718, %v1719 : i64
                %v1721 = llvm.getelementptr %in_Bm[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                %v1723 = llvm.load %v40 : !llvm.ptr -> f32
                %v1724 = arith.mulf %v1722, %v1723 fastmath<contract> : f32
                %v1725 = arith.muli %v38, %v279 : i64
                %v1726 = arith.muli %v1671, %v278 : i64
                %v1727 = arith.addi %v1725, %v1726 : i64
                %v1728 = arith.constant 8 : i64
                %v1729 = arith.addi %v1728, %v24 : i64
                %v1730 = arith.muli %v1729, %v2 : i64
                %v1731 = arith.addi %v1727, %v1730 : i64
                %v1732 = llvm.getelementptr %in_Bm[%v1731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1733 = llvm.load %v1732 : !llvm.ptr -> f32
                %v1734 = llvm.load %v41 : !llvm.ptr -> f32
                %v1735 = arith.mulf %v1733, %v1734 fastmath<contract> : f32
                %v1736 = arith.addf %v1724, %v1735 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1737, %v1738 = gpu.shuffle xor %v1736, %v742, %v270 : f32
                %v1739 = arith.addf %v1736, %v1737 fastmath<contract> : f32
                %v1740, %v1741 = gpu.shuffle xor %v1739, %v746, %v270 : f32
                %v1742 = arith.addf %v1739, %v1740 fastmath<contract> : f32
                %v1743, %v1744 = gpu.shuffle xor %v1742, %v750, %v270 : f32
                %v1745 = arith.addf %v1742, %v1743 fastmath<contract> : f32
                // end sum over the lanes
                %v1746 = arith.mulf %v1715, %v1745 fastmath<contract> : f32
                %v1747 = arith.mulf %v422, %v1723 fastmath<contract> : f32
                %v1748 = arith.mulf %v434, %v1734 fastmath<contract> : f32
                %v1749 = arith.addf %v1747, %v1748 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1750, %v1751 = gpu.shuffle xor %v1749, %v742, %v270 : f32
                %v1752 = arith.addf %v1749, %v1750 fastmath<contract> : f32
                %v1753, %v1754 = gpu.shuffle xor %v1752, %v746, %v270 : f32
                %v1755 = arith.addf %v1752, %v1753 fastmath<contract> : f32
                %v1756, %v1757 = gpu.shuffle xor %v1755, %v750, %v270 : f32
                %v1758 = arith.addf %v1755, %v1756 fastmath<contract> : f32
                // end sum over the lanes
                %v1759 = arith.mulf %v1662, %v1758 fastmath<contract> : f32
                %v1760 = arith.mulf %v1664, %v1759 fastmath<contract> : f32
                %v1761 = arith.negf %v1760 : f32
                %v1762 = arith.addf %v1746, %v1761 fastmath<contract> : f32
                %v1763 = arith.mulf %v1762, %v1668 fastmath<contract> : f32
                %v1764 = arith.mulf %v1664, %v1758 fastmath<contract> : f32
                %v1765 = arith.mulf %v1660, %v1764 fastmath<contract> : f32
                %v1766 = arith.mulf %v1662, %v1765 fastmath<contract> : f32
                %v1767 = llvm.load %v44 : !llvm.ptr -> f32
                %v1768 = arith.addf %v1767, %v1766 fastmath<contract> : f32
                llvm.store %v1768, %v44 : f32, !llvm.ptr
                %v1769 = arith.mulf %v1666, %v1723 fastmath<contract> : f32
                scf.if %v28 {
                  %v1770 = arith.addi %v53, %v24 : i64
                  %v1771 = arith.muli %v30, %v1 : i64
                  %v1772 = arith.addi %v1771, %v1770 : i64
                  %v1773 = arith.muli %v1772, %size_L : i64
                  %v1774 = arith.addi %v1773, %v1671 : i64
                  %v1775 = llvm.getelementptr %part_Bm[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1769, %v1775 : f32, !llvm.ptr
                }
                %v1776 = arith.mulf %v1666, %v1734 fastmath<contract> : f32
                scf.if %v28 {
                  %v1777 = arith.addi %v23, %v24 : i64
                  %v1778 = arith.muli %v30, %v1 : i64
                  %v1779 = arith.addi %v1778, %v1777 : i64
                  %v1780 = arith.muli %v1779, %size_L : i64
                  %v1781 = arith.addi %v1780, %v1671 : i64
                  %v1782 = llvm.getelementptr %part_Bm[%v1781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1776, %v1782 : f32, !llvm.ptr
                }
                %v1783 = arith.mulf %v451, %v1687 fastmath<contract> : f32
                scf.if %v28 {
                  %v1784 = arith.addi %v53, %v24 : i64
                  %v1785 = arith.muli %v30, %v1 : i64
                  %v1786 = arith.addi %v1785, %v1784 : i64
                  %v1787 = arith.muli %v1786, %size_L : i64
                  %v1788 = arith.addi %v1787, %v1671 : i64
                  %v1789 = llvm.getelementptr %part_Cm[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1783, %v1789 : f32, !llvm.ptr
                }
                %v1790 = arith.mulf %v463, %v1687 fastmath<contract> : f32
                scf.if %v28 {
                  %v1791 = arith.addi %v23, %v24 : i64
                  %v1792 = arith.muli %v30, %v1 : i64
                  %v1793 = arith.addi %v1792, %v1791 : i64
                  %v1794 = arith.muli %v1793, %size_L : i64
                  %v1795 = arith.addi %v1794, %v1671 : i64
                  %v1796 = llvm.getelementptr %part_Cm[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1790, %v1796 : f32, !llvm.ptr
                }
                %v1797 = llvm.load %v46 : !llvm.ptr -> f32
                %v1798 = arith.addf %v1797, %v1763 fastmath<contract> : f32
                llvm.store %v1798, %v46 : f32, !llvm.ptr
                %v1799 = arith.select %v28, %v1763, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1800, %v1801 = gpu.shuffle xor %v1799, %v808, %v270 : f32
                %v1802 = arith.addf %v1799, %v1800 fastmath<contract> : f32
                %v1803, %v1804 = gpu.shuffle xor %v1802, %v812, %v270 : f32
                %v1805 = arith.addf %v1802, %v1803 fastmath<contract> : f32
                %v1806 = arith.divui %v14, %v16 : i64
                %v1807 = arith.remui %v14, %v16 : i64
                %v1808 = arith.cmpi ult, %v1807, %v2 : i64
                %v1809 = arith.muli %v1806, %v2 : i64
                %v1810 = arith.addi %v1809, %v53 : i64
                %v1811 = arith.muli %v1810, %v821 : i64
                %v1812 = arith.addi %v1811, %v1670 : i64
                scf.if %v1808 {
                  %v1813 = llvm.getelementptr %v48[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1805, %v1813 : f32, !llvm.ptr
                }
                %v1814 = arith.addf %v1724, %v1735 fastmath<contract> : f32
                llvm.store %v1814, %v641 : f32, !llvm.ptr
                llvm.store %v1664, %v42 : f32, !llvm.ptr
                llvm.store %v1664, %v43 : f32, !llvm.ptr
              }
              %v1815 = llvm.load %v641 : !llvm.ptr -> f32
              %v1816 = arith.addi %v323, %v53 : i64
              %v1818 = arith.cmpi slt, %v1817, %v652 : i32
              %v1819 = arith.cmpi eq, %v1817, %v658 : i32
              %v1820, %v1821 = gpu.shuffle idx %v381, %v64, %v270 : f32
              %v1822, %v1823 = gpu.shuffle idx %v382, %v64, %v270 : f32
              %v1824, %v1825 = gpu.shuffle idx %v387, %v64, %v270 : f32
              %v1826, %v1827 = gpu.shuffle idx %v390, %v64, %v270 : f32
              %v1828, %v1829 = gpu.shuffle idx %v400, %v64, %v270 : f32
              %v1830, %v1831 = gpu.shuffle idx %v405, %v64, %v270 : f32
              %v1832 = arith.addi %v325, %v56 : i64
              llvm.store %v51, %v641 : f32, !llvm.ptr
              scf.if %v1818 {
                %v1833 = arith.addi %v104, %v1816 : i64
                %v1834 = arith.muli %v38, %v279 : i64
                %v1835 = arith.muli %v1833, %v278 : i64
                %v1836 = arith.addi %v1834, %v1835 : i64
                %v1837 = arith.muli %v24, %v2 : i64
                %v1838 = arith.addi %v1836, %v1837 : i64
                %v1839 = llvm.getelementptr %in_Cm[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
                %v1841 = arith.muli %v38, %v250 : i64
                %v1842 = arith.muli %v1833, %v249 : i64
                %v1843 = arith.addi %v1841, %v1842 : i64
                %v1844 = arith.muli %v36, %v248 : i64
                %v1845 = arith.addi %v1843, %v1844 : i64
                %v1846 = arith.muli %v34, %v2 : i64
                %v1847 = arith.addi %v1845, %v1846 : i64
                %v1848 = llvm.getelementptr %dy_y[%v1847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1849 = llvm.load %v1848 : !llvm.ptr -> f32
                %v1850 = arith.mulf %v1840, %v1849 fastmath<contract> : f32
                %v1851 = llvm.load %v40 : !llvm.ptr -> f32
                %v1852 = llvm.load %v42 : !llvm.ptr -> f32
                %v1853 = arith.mulf %v1852, %v1851 fastmath<contract> : f32
                %v1854 = arith.addf %v1850, %v1853 fastmath<contract> : f32
                llvm.store %v1854, %v40 : f32, !llvm.ptr
                %v1855 = arith.muli %v38, %v279 : i64
                %v1856 = arith.muli %v1833, %v278 : i64
                %v1857 = arith.addi %v1855, %v1856 : i64
                %v1858 = arith.constant 8 : i64
                %v1859 = arith.addi %v1858, %v24 : i64
                %v1860 = arith.muli %v1859, %v2 : i64
                %v1861 = arith.addi %v1857, %v1860 : i64
                %v1862 = llvm.getelementptr %in_Cm[%v1861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
                %v1864 = arith.mulf %v1863, %v1849 fastmath<contract> : f32
                %v1865 = llvm.load %v41 : !llvm.ptr -> f32
                %v1866 = llvm.load %v43 : !llvm.ptr -> f32
                %v1867 = arith.mulf %v1866, %v1865 fastmath<contract> : f32
                %v1868 = arith.addf %v1864, %v1867 fastmath<contract> : f32
                llvm.store %v1868, %v41 : f32, !llvm.ptr
                %v1869 = arith.muli %v38, %v250 : i64
                %v1870 = arith.muli %v1833, %v249 : i64
                %v1871 = arith.addi %v1869, %v1870 : i64
                %v1872 = arith.muli %v36, %v248 : i64
                %v1873 = arith.addi %v1871, %v1872 : i64
                %v1874 = arith.muli %v34, %v2 : i64
                %v1875 = arith.addi %v1873, %v1874 : i64
                %v1876 = llvm.getelementptr %in_x[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
                %v1878 = arith.muli %v38, %v279 : i64
                %v1879 = arith.muli %v1833, %v278 : i64
                %v1880 = arith.addi %v1878, %v1879 : i64
                %v1881 = arith.muli %v24, %v2 : i64
                %v1882 = arith.addi %v1880, %v1881 : i64
                %v1883 = llvm.getelementptr %in_Bm[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1884 = llvm.load %v1883 : !llvm.ptr -> f32
                %v1885 = llvm.load %v40 : !llvm.ptr -> f32
                %v1886 = arith.mulf %v1884, %v1885 fastmath<contract> : f32
                %v1887 = arith.muli %v38, %v279 : i64
                %v1888 = arith.muli %v1833, %v278 : i64
                %v1889 = arith.addi %v1887, %v1888 : i64
                %v1890 = arith.constant 8 : i64
                %v1891 = arith.addi %v1890, %v24 : i64
                %v1892 = arith.muli %v1891, %v2 : i64
                %v1893 = arith.addi %v1889, %v1892 : i64
                %v1894 = llvm.getelementptr %in_Bm[%v1893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1895 = llvm.load %v1894 : !llvm.ptr -> f32
                %v1896 = llvm.load %v41 : !llvm.ptr -> f32
                %v1897 = arith.mulf %v1895, %v1896 fastmath<contract> : f32
                %v1898 = arith.addf %v1886, %v1897 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1899, %v1900 = gpu.shuffle xor %v1898, %v742, %v270 : f32
                %v1901 = arith.addf %v1898, %v1899 fastmath<contract> : f32
                %v1902, %v1903 = gpu.shuffle xor %v1901, %v746, %v270 : f32
                %v1904 = arith.addf %v1901, %v1902 fastmath<contract> : f32
                %v1905, %v1906 = gpu.shuffle xor %v1904, %v750, %v270 : f32
                %v1907 = arith.addf %v1904, %v1905 fastmath<contract> : f32
                // end sum over the lanes
                %v1908 = arith.mulf %v1877, %v1907 fastmath<contract> : f32
                %v1909 = arith.mulf %v335, %v1885 fastmath<contract> : f32
                %v1910 = arith.mulf %v344, %v1896 fastmath<contract> : f32
                %v1911 = arith.addf %v1909, %v1910 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1912, %v1913 = gpu.shuffle xor %v1911, %v742, %v270 : f32
                %v1914 = arith.addf %v1911, %v1912 fastmath<contract> : f32
                %v1915, %v1916 = gpu.shuffle xor %v1914, %v746, %v270 : f32
                %v1917 = arith.addf %v1914, %v1915 fastmath<contract> : f32
                %v1918, %v1919 = gpu.shuffle xor %v1917, %v750, %v270 : f32
                %v1920 = arith.addf %v1917, %v1918 fastmath<contract> : f32
                // end sum over the lanes
                %v1921 = arith.mulf %v1824, %v1920 fastmath<contract> : f32
                %v1922 = arith.mulf %v1826, %v1921 fastmath<contract> : f32
                %v1923 = arith.negf %v1922 : f32
                %v1924 = arith.addf %v1908, %v1923 fastmath<contract> : f32
                %v1925 = arith.mulf %v1924, %v1830 fastmath<contract> : f32
                %v1926 = arith.mulf %v1826, %v1920 fastmath<contract> : f32
                %v1927 = arith.mulf %v1822, %v1926 fastmath<contract> : f32
                %v1928 = arith.mulf %v1824, %v1927 fastmath<contract> : f32
                %v1929 = llvm.load %v44 : !llvm.ptr -> f32
                %v1930 = arith.addf %v1929, %v1928 fastmath<contract> : f32
                llvm.store %v1930, %v44 : f32, !llvm.ptr
                %v1931 = arith.mulf %v1828, %v1885 fastmath<contract> : f32
                scf.if %v28 {
                  %v1932 = arith.addi %v53, %v24 : i64
                  %v1933 = arith.muli %v30, %v1 : i64
                  %v1934 = arith.addi %v1933, %v1932 : i64
                  %v1935 = arith.muli %v1934, %size_L : i64
                  %v1936 = arith.addi %v1935, %v1833 : i64
                  %v1937 = llvm.getelementptr %part_Bm[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1931, %v1937 : f32, !llvm.ptr
                }
                %v1938 = arith.mulf %v1828, %v1896 fastmath<contract> : f32
                scf.if %v28 {
                  %v1939 = arith.addi %v23, %v24 : i64
                  %v1940 = arith.muli %v30, %v1 : i64
                  %v1941 = arith.addi %v1940, %v1939 : i64
                  %v1942 = arith.muli %v1941, %size_L : i64
                  %v1943 = arith.addi %v1942, %v1833 : i64
                  %v1944 = llvm.getelementptr %part_Bm[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1938, %v1944 : f32, !llvm.ptr
                }
                %v1945 = arith.mulf %v422, %v1849 fastmath<contract> : f32
                scf.if %v28 {
                  %v1946 = arith.addi %v53, %v24 : i64
                  %v1947 = arith.muli %v30, %v1 : i64
                  %v1948 = arith.addi %v1947, %v1946 : i64
                  %v1949 = arith.muli %v1948, %size_L : i64
                  %v1950 = arith.addi %v1949, %v1833 : i64
                  %v1951 = llvm.getelementptr %part_Cm[%v1950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1945, %v1951 : f32, !llvm.ptr
                }
                %v1952 = arith.mulf %v434, %v1849 fastmath<contract> : f32
                scf.if %v28 {
                  %v1953 = arith.addi %v23, %v24 : i64
                  %v1954 = arith.muli %v30, %v1 : i64
                  %v1955 = arith.addi %v1954, %v1953 : i64
                  %v1956 = arith.muli %v1955, %size_L : i64
                  %v1957 = arith.addi %v1956, %v1833 : i64
                  %v1958 = llvm.getelementptr %part_Cm[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1952, %v1958 : f32, !llvm.ptr
                }
                %v1959 = llvm.load %v46 : !llvm.ptr -> f32
                %v1960 = arith.addf %v1959, %v1925 fastmath<contract> : f32
                llvm.store %v1960, %v46 : f32, !llvm.ptr
                %v1961 = arith.select %v28, %v1925, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1962, %v1963 = gpu.shuffle xor %v1961, %v808, %v270 : f32
                %v1964 = arith.addf %v1961, %v1962 fastmath<contract> : f32
                %v1965, %v1966 = gpu.shuffle xor %v1964, %v812, %v270 : f32
                %v1967 = arith.addf %v1964, %v1965 fastmath<contract> : f32
                %v1968 = arith.divui %v14, %v16 : i64
                %v1969 = arith.remui %v14, %v16 : i64
                %v1970 = arith.cmpi ult, %v1969, %v2 : i64
                %v1971 = arith.muli %v1968, %v2 : i64
                %v1972 = arith.addi %v1971, %v53 : i64
                %v1973 = arith.muli %v1972, %v821 : i64
                %v1974 = arith.addi %v1973, %v1832 : i64
                scf.if %v1970 {
                  %v1975 = llvm.getelementptr %v48[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1967, %v1975 : f32, !llvm.ptr
                }
                %v1976 = arith.addf %v1886, %v1897 fastmath<contract> : f32
                llvm.store %v1976, %v641 : f32, !llvm.ptr
                llvm.store %v1826, %v42 : f32, !llvm.ptr
                llvm.store %v1826, %v43 : f32, !llvm.ptr
              }
              %v1977 = llvm.load %v641 : !llvm.ptr -> f32
              %v1978 = arith.select %v644, %v1977, %v1815 : f32
              %v1979 = arith.select %v644, %v1815, %v1977 : f32
              %v1980, %v1981 = gpu.shuffle xor %v1978, %v742, %v270 : f32
              %v1982 = arith.addf %v1979, %v1980 fastmath<contract> : f32
              %v1983 = arith.select %v647, %v1982, %v1654 : f32
              %v1984 = arith.select %v647, %v1654, %v1982 : f32
              %v1985, %v1986 = gpu.shuffle xor %v1983, %v746, %v270 : f32
              %v1987 = arith.addf %v1984, %v1985 fastmath<contract> : f32
              %v1988 = arith.select %v650, %v1987, %v1326 : f32
              %v1989 = arith.select %v650, %v1326, %v1987 : f32
              %v1990, %v1991 = gpu.shuffle xor %v1988, %v750, %v270 : f32
              %v1992 = arith.addf %v1989, %v1990 fastmath<contract> : f32
              %v1993 = arith.addi %v323, %v24 : i64
              %v1994 = arith.cmpi slt, %v1993, %v106 : i64
              %v1995 = arith.andi %v28, %v1994 : i1
              scf.if %v1995 {
                %v1996 = arith.addi %v104, %v1993 : i64
                // the gradients of this lane's own step
                %v1997 = arith.muli %v36, %v2 : i64
                %v1998 = llvm.getelementptr %in_Dskip[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1999 = llvm.load %v1998 : !llvm.ptr -> f32
                %v2000 = arith.muli %v38, %v250 : i64
                %v2001 = arith.muli %v1996, %v249 : i64
                %v2002 = arith.addi %v2000, %v2001 : i64
                %v2003 = arith.muli %v36, %v248 : i64
                %v2004 = arith.addi %v2002, %v2003 : i64
                %v2005 = arith.muli %v34, %v2 : i64
                %v2006 = arith.addi %v2004, %v2005 : i64
                %v2007 = llvm.getelementptr %dy_y[%v2006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
                %v2009 = arith.mulf %v1999, %v2008 fastmath<contract> : f32
                %v2010 = arith.mulf %v381, %v1992 fastmath<contract> : f32
                %v2011 = arith.addf %v2009, %v2010 fastmath<contract> : f32
                %v2012 = arith.muli %v38, %v250 : i64
                %v2013 = arith.muli %v1996, %v249 : i64
                %v2014 = arith.addi %v2012, %v2013 : i64
                %v2015 = arith.muli %v36, %v248 : i64
                %v2016 = arith.addi %v2014, %v2015 : i64
                %v2017 = arith.muli %v34, %v2 : i64
                %v2018 = arith.addi %v2016, %v2017 : i64
                %v2019 = llvm.getelementptr %dx_x[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2011, %v2019 : f32, !llvm.ptr
                %v2020 = arith.muli %v38, %v250 : i64
                %v2021 = arith.muli %v1996, %v249 : i64
                %v2022 = arith.addi %v2020, %v2021 : i64
                %v2023 = arith.muli %v36, %v248 : i64
                %v2024 = arith.addi %v2022, %v2023 : i64
                %v2025 = arith.muli %v34, %v2 : i64
                %v2026 = arith.addi %v2024, %v2025 : i64
                %v2027 = llvm.getelementptr %in_x[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2028 = llvm.load %v2027 : !llvm.ptr -> f32
                %v2029 = arith.mulf %v2028, %v2008 fastmath<contract> : f32
                %v2030 = llvm.load %v45 : !llvm.ptr -> f32
                %v2031 = arith.addf %v2030, %v2029 fastmath<contract> : f32
                llvm.store %v2031, %v45 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2035 = arith.index_cast %v14 : i64 to index
          %v2036 = arith.index_cast %v16 : i64 to index
          %v2037 = arith.index_cast %v110 : i64 to index
          scf.for %v2038 = %v2035 to %v2036 step %v2037 {
            %v2039 = arith.index_cast %v2038 : index to i64
            %v2040 = arith.remui %v2039, %v16 : i64
            %v2041 = arith.divui %v2039, %v16 : i64
            %v2042 = arith.muli %v312, %v305 : i64
            %v2043 = arith.divui %v2040, %v23 : i64
            %v2044 = arith.addi %v2042, %v2043 : i64
            %v2045 = arith.cmpi slt, %v2044, %v108 : i64
            %v2046 = arith.subi %v108, %v2 : i64
            %v2047 = arith.subi %v2046, %v2044 : i64
            %v2048 = arith.remui %v2040, %v23 : i64
            %v2049 = arith.subi %v56, %v2048 : i64
            %v2050 = arith.muli %v2047, %v23 : i64
            %v2051 = arith.addi %v2050, %v2049 : i64
            %v2052 = arith.cmpi slt, %v2051, %v106 : i64
            %v2053 = arith.andi %v2045, %v2052 : i1
            scf.if %v2053 {
              %v2054 = arith.addi %v104, %v2051 : i64
              %v2055 = arith.muli %v53, %v2 : i64
              %v2056 = arith.addi %v2055, %v2041 : i64
              %v2057 = arith.muli %v2056, %v821 : i64
              %v2058 = arith.addi %v2057, %v2040 : i64
              %v2059 = llvm.getelementptr %v48[%v2058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
              %v2061 = arith.muli %v2, %v2 : i64
              %v2062 = arith.addi %v2061, %v2041 : i64
              %v2063 = arith.muli %v2062, %v821 : i64
              %v2064 = arith.addi %v2063, %v2040 : i64
              %v2065 = llvm.getelementptr %v48[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2066 = llvm.load %v2065 : !llvm.ptr -> f32
              %v2067 = arith.addf %v2060, %v2066 fastmath<contract> : f32
              %v2068 = arith.muli %v464, %v2 : i64
              %v2069 = arith.addi %v2068, %v2041 : i64
              %v2070 = arith.muli %v2069, %v821 : i64
              %v2071 = arith.addi %v2070, %v2040 : i64
              %v2072 = llvm.getelementptr %v48[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
              %v2074 = arith.addf %v2067, %v2073 fastmath<contract> : f32
              %v2075 = arith.muli %v304, %v2 : i64
              %v2076 = arith.addi %v2075, %v2041 : i64
              %v2077 = arith.muli %v2076, %v821 : i64
              %v2078 = arith.addi %v2077, %v2040 : i64
              %v2079 = llvm.getelementptr %v48[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
              %v2081 = arith.addf %v2074, %v2080 fastmath<contract> : f32
              %v2082 = arith.muli %v305, %v2 : i64
              %v2083 = arith.addi %v2082, %v2041 : i64
              %v2084 = arith.muli %v2083, %v821 : i64
              %v2085 = arith.addi %v2084, %v2040 : i64
              %v2086 = llvm.getelementptr %v48[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
              %v2088 = arith.addf %v2081, %v2087 fastmath<contract> : f32
              %v2089 = arith.muli %v552, %v2 : i64
              %v2090 = arith.addi %v2089, %v2041 : i64
              %v2091 = arith.muli %v2090, %v821 : i64
              %v2092 = arith.addi %v2091, %v2040 : i64
              %v2093 = llvm.getelementptr %v48[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2094 = llvm.load %v2093 : !llvm.ptr -> f32
              %v2095 = arith.addf %v2088, %v2094 fastmath<contract> : f32
              %v2096 = arith.muli %v582, %v2 : i64
              %v2097 = arith.addi %v2096, %v2041 : i64
              %v2098 = arith.muli %v2097, %v821 : i64
              %v2099 = arith.addi %v2098, %v2040 : i64
              %v2100 = llvm.getelementptr %v48[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2101 = llvm.load %v2100 : !llvm.ptr -> f32
              %v2102 = arith.addf %v2095, %v2101 fastmath<contract> : f32
              %v2103 = arith.muli %v56, %v2 : i64
              %v2104 = arith.addi %v2103, %v2041 : i64
              %v2105 = arith.muli %v2104, %v821 : i64
              %v2106 = arith.addi %v2105, %v2040 : i64
              %v2107 = llvm.getelementptr %v48[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2108 = llvm.load %v2107 : !llvm.ptr -> f32
              %v2109 = arith.addf %v2102, %v2108 fastmath<contract> : f32
              %v2110 = arith.muli %v38, %v121 : i64
              %v2111 = arith.muli %v2054, %v120 : i64
              %v2112 = arith.addi %v2110, %v2111 : i64
              %v2113 = arith.muli %v36, %v2 : i64
              %v2114 = arith.addi %v2112, %v2113 : i64
              %v2115 = arith.muli %v22, %v2034 : i64
              %v2116 = arith.addi %v2115, %v2114 : i64
              %v2117 = llvm.getelementptr %part_dt[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2109, %v2117 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2118 = arith.constant true
      scf.if %v2118 {
      }
      %v2119 = arith.cmpi eq, %v24, %v53 : i64
      %v2120 = arith.andi %v28, %v2119 : i1
      scf.if %v2120 {
        %v2121 = llvm.load %v44 : !llvm.ptr -> f32
        %v2122 = arith.muli %v30, %v2 : i64
        %v2123 = arith.addi %v2122, %v53 : i64
        %v2124 = llvm.getelementptr %part_A_log[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2121, %v2124 : f32, !llvm.ptr
      }
      %v2125 = llvm.load %v45 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2126, %v2127 = gpu.shuffle xor %v2125, %v742, %v270 : f32
      %v2128 = arith.addf %v2125, %v2126 fastmath<contract> : f32
      %v2129, %v2130 = gpu.shuffle xor %v2128, %v746, %v270 : f32
      %v2131 = arith.addf %v2128, %v2129 fastmath<contract> : f32
      %v2132, %v2133 = gpu.shuffle xor %v2131, %v750, %v270 : f32
      %v2134 = arith.addf %v2131, %v2132 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2134, %v45 : f32, !llvm.ptr
      %v2135 = arith.cmpi eq, %v24, %v53 : i64
      %v2136 = arith.andi %v28, %v2135 : i1
      scf.if %v2136 {
        %v2137 = llvm.load %v45 : !llvm.ptr -> f32
        %v2138 = arith.muli %v30, %v2 : i64
        %v2139 = arith.addi %v2138, %v53 : i64
        %v2140 = llvm.getelementptr %part_Dskip[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2137, %v2140 : f32, !llvm.ptr
      }
      %v2141 = arith.cmpi eq, %v24, %v53 : i64
      %v2142 = arith.andi %v28, %v2141 : i1
      scf.if %v2142 {
        %v2143 = llvm.load %v46 : !llvm.ptr -> f32
        %v2144 = arith.muli %v30, %v2 : i64
        %v2145 = arith.addi %v2144, %v53 : i64
        %v2146 = llvm.getelementptr %part_dt_bias[%v2145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2143, %v2146 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
