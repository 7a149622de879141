module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_mamba2_bwd_seg_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @rows_mamba2_bwd_seg_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mamba2_bwd_seg(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %segcarry_S: !llvm.ptr, %dx_x: !llvm.ptr, %part_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = arith.constant 32 : i64
      %v20 = arith.constant 31 : i64
      %v31 = arith.constant 8 : i64
      %v48 = arith.constant 4 : i64
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.mlir.addressof @tile_mamba2_bwd_seg_dt : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = llvm.mlir.addressof @rows_mamba2_bwd_seg_dt : !llvm.ptr<3>
      %v62 = llvm.addrspacecast %v61 : !llvm.ptr<3> to !llvm.ptr
      %v63 = arith.constant 0x00000000 : f32
      %v64 = arith.constant 0x3F800000 : f32
      %v65 = arith.constant 0 : i64
      %v103 = arith.constant 64 : i64
      %v104 = arith.constant 7 : i64
      %v105 = arith.constant 63 : i64
      %v169 = arith.muli %size_H, %size_L : i64
      %v176 = arith.constant 65 : i64
      %v181 = arith.muli %size_B, %size_H : i64
      %v182 = arith.muli %v181, %size_P : i64
      %v183 = arith.muli %v182, %v1 : i64
      %v185 = arith.muli %v1, %size_P : i64
      %v186 = arith.muli %v185, %size_H : i64
      %v196 = arith.muli %size_B, %size_H : i64
      %v197 = arith.muli %v196, %size_P : i64
      %v198 = arith.muli %v197, %v1 : i64
      %v247 = arith.constant 0x3FB8AA3B : f32
      %v252 = arith.constant 0x3F317218 : f32
      %v254 = arith.constant 0x3E124925 : f32
      %v256 = arith.constant 0xBE2AAAAB : f32
      %v259 = arith.constant 0x3E4CCCCD : f32
      %v262 = arith.constant 0xBE800000 : f32
      %v265 = arith.constant 0x3EAAAAAB : f32
      %v268 = arith.constant 0xBF000000 : f32
      %v274 = arith.constant 0x3D800000 : f32
      %v286 = arith.muli %size_P, %size_H : i64
      %v287 = arith.muli %v286, %size_L : i64
      %v306 = arith.constant 32 : i32
      %v314 = arith.muli %v1, %size_L : i64
      %v337 = arith.constant 3 : i64
      %v488 = arith.constant 2 : i64
      %v570 = arith.constant 5 : i64
      %v598 = arith.constant 6 : i64
      %v653 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v668 = arith.constant 2147483647 : i64
      %v672 = arith.constant 7 : i32
      %v747 = arith.constant 1 : i32
      %v751 = arith.constant 2 : i32
      %v755 = arith.constant 4 : i32
      %v815 = arith.constant 8 : i32
      %v819 = arith.constant 16 : i32
      %v826 = arith.constant 33 : i64
      %v833 = arith.constant 6 : i32
      %v994 = arith.constant 5 : i32
      %v1315 = arith.constant 3 : i32
      %v1785 = arith.constant 0 : i32
      %v2279 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v3609 = arith.muli %size_B, %size_L : i64
      %v3610 = arith.muli %v3609, %size_H : i64
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v21 = arith.addi %size_P, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.maxsi %v22, %v2 : i64
      %v24 = arith.maxsi %size_P, %v2 : i64
      %v25 = arith.divui %v4, %v24 : i64
      %v26 = arith.muli %v25, %v23 : i64
      %v27 = arith.divui %v18, %v26 : i64
      %v28 = arith.remui %v18, %v26 : i64
      %v29 = arith.divui %v28, %v23 : i64
      %v30 = arith.remui %v28, %v23 : i64
      %v32 = arith.remui %v17, %v31 : i64
      %v33 = arith.divui %v17, %v31 : i64
      %v34 = arith.muli %v30, %v19 : i64
      %v35 = arith.addi %v34, %v33 : i64
      %v36 = arith.cmpi slt, %v35, %size_P : i64
      %v37 = arith.muli %v29, %size_P : i64
      %v38 = arith.addi %v37, %v35 : i64
      %v39 = arith.subi %size_P, %v2 : i64
      %v40 = arith.minsi %v35, %v39 : i64
      %v41 = arith.addi %v37, %v40 : i64
      %v42 = arith.remui %v41, %size_P : i64
      %v43 = arith.divui %v41, %size_P : i64
      %v44 = arith.remui %v43, %size_H : i64
      %v45 = arith.divui %v43, %size_H : i64
      %v46 = arith.remui %v45, %size_B : i64
      %v47 = arith.divui %v45, %size_B : i64
      %v108 = arith.trunci %v17 : i64 to i32
      %v109 = arith.constant 24 : i32
      %v110 = arith.andi %v108, %v109 : i32
      %v111 = arith.constant 0 : i32
      %v112 = arith.ori %v110, %v111 : i32
      %v113 = arith.constant 0 : i64
      %v114 = arith.cmpi eq, %v32, %v113 : i64
      %v115 = arith.constant 1 : i32
      %v116 = arith.ori %v110, %v115 : i32
      %v117 = arith.constant 1 : i64
      %v118 = arith.cmpi eq, %v32, %v117 : i64
      %v119 = arith.constant 2 : i32
      %v120 = arith.ori %v110, %v119 : i32
      %v121 = arith.constant 2 : i64
      %v122 = arith.cmpi eq, %v32, %v121 : i64
      %v123 = arith.constant 3 : i32
      %v124 = arith.ori %v110, %v123 : i32
      %v125 = arith.constant 3 : i64
      %v126 = arith.cmpi eq, %v32, %v125 : i64
      %v127 = arith.constant 4 : i32
      %v128 = arith.ori %v110, %v127 : i32
      %v129 = arith.constant 4 : i64
      %v130 = arith.cmpi eq, %v32, %v129 : i64
      %v131 = arith.constant 5 : i32
      %v132 = arith.ori %v110, %v131 : i32
      %v133 = arith.constant 5 : i64
      %v134 = arith.cmpi eq, %v32, %v133 : i64
      %v135 = arith.constant 6 : i32
      %v136 = arith.ori %v110, %v135 : i32
      %v137 = arith.constant 6 : i64
      %v138 = arith.cmpi eq, %v32, %v137 : i64
      %v139 = arith.constant 7 : i32
      %v140 = arith.ori %v110, %v139 : i32
      %v141 = arith.constant 7 : i64
      %v142 = arith.cmpi eq, %v32, %v141 : i64
      %v49 = arith.muli %v27, %v48 : i64
      %v50 = arith.addi %v49, %v48 : i64
      %v51 = arith.muli %v27, %v4 : i64
      llvm.store %v63, %v52 : f32, !llvm.ptr
      llvm.store %v63, %v53 : f32, !llvm.ptr
      llvm.store %v64, %v54 : f32, !llvm.ptr
      llvm.store %v64, %v55 : f32, !llvm.ptr
      llvm.store %v63, %v56 : f32, !llvm.ptr
      llvm.store %v63, %v57 : f32, !llvm.ptr
      llvm.store %v63, %v58 : f32, !llvm.ptr
      %v66 = arith.muli %v27, %v1 : i64
      %v67 = arith.addi %v66, %v32 : i64
      %v68 = arith.muli %v67, %v4 : i64
      %v69 = arith.subi %v4, %v2 : i64
      %v70 = arith.minsi %v38, %v69 : i64
      %v71 = arith.addi %v68, %v70 : i64
      %v72 = llvm.getelementptr %segcarry_S[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v73 = llvm.load %v72 : !llvm.ptr -> f32
      llvm.store %v73, %v52 : f32, !llvm.ptr
      %v74 = arith.addi %v8, %v27 : i64
      %v75 = arith.muli %v74, %v1 : i64
      %v76 = arith.addi %v75, %v32 : i64
      %v77 = arith.muli %v76, %v4 : i64
      %v78 = arith.subi %v4, %v2 : i64
      %v79 = arith.minsi %v38, %v78 : i64
      %v80 = arith.addi %v77, %v79 : i64
      %v81 = llvm.getelementptr %segcarry_S[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      llvm.store %v82, %v54 : f32, !llvm.ptr
      %v83 = arith.addi %v31, %v32 : i64
      %v84 = arith.muli %v27, %v1 : i64
      %v85 = arith.addi %v84, %v83 : i64
      %v86 = arith.muli %v85, %v4 : i64
      %v87 = arith.subi %v4, %v2 : i64
      %v88 = arith.minsi %v38, %v87 : i64
      %v89 = arith.addi %v86, %v88 : i64
      %v90 = llvm.getelementptr %segcarry_S[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v91 = llvm.load %v90 : !llvm.ptr -> f32
      llvm.store %v91, %v53 : f32, !llvm.ptr
      %v92 = arith.addi %v31, %v32 : i64
      %v93 = arith.addi %v8, %v27 : i64
      %v94 = arith.muli %v93, %v1 : i64
      %v95 = arith.addi %v94, %v92 : i64
      %v96 = arith.muli %v95, %v4 : i64
      %v97 = arith.subi %v4, %v2 : i64
      %v98 = arith.minsi %v38, %v97 : i64
      %v99 = arith.addi %v96, %v98 : i64
      %v100 = llvm.getelementptr %segcarry_S[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v101 = llvm.load %v100 : !llvm.ptr -> f32
      llvm.store %v101, %v55 : f32, !llvm.ptr
      %v102 = arith.cmpi eq, %size_L, %v65 : i64
      scf.if %v102 {
        llvm.store %v63, %v13 : f32, !llvm.ptr
        llvm.store %v63, %v14 : f32, !llvm.ptr
      }
      %v106 = arith.addi %size_L, %v105 : i64
      %v107 = arith.divui %v106, %v103 : i64
      %v143 = arith.minsi %v50, %v107 : i64
      %v144 = arith.muli %v27, %v31 : i64
      %v145 = arith.subi %v143, %v49 : i64
      %v146 = arith.maxsi %v145, %v65 : i64
      %v147 = arith.index_cast %v65 : i64 to index
      %v148 = arith.index_cast %v146 : i64 to index
      %v149 = arith.index_cast %v2 : i64 to index
      scf.for %v150 = %v147 to %v148 step %v149 {
        %v151 = arith.index_cast %v150 : index to i64
        %v152 = arith.subi %v143, %v2 : i64
        %v153 = arith.subi %v152, %v151 : i64
        %v154 = arith.muli %v153, %v103 : i64
        %v155 = arith.subi %size_L, %v154 : i64
        %v156 = arith.minsi %v155, %v103 : i64
        %v157 = arith.addi %v156, %v104 : i64
        %v158 = arith.divui %v157, %v31 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v159 = arith.subi %size_L, %v2 : i64
        %v160 = arith.index_cast %v17 : i64 to index
        %v161 = arith.index_cast %v103 : i64 to index
        %v162 = arith.index_cast %v7 : i64 to index
        scf.for %v163 = %v160 to %v161 step %v162 {
          %v164 = arith.index_cast %v163 : index to i64
          %v165 = arith.remui %v164, %v103 : i64
          %v166 = arith.divui %v164, %v103 : i64
          %v167 = arith.addi %v154, %v165 : i64
          %v168 = arith.minsi %v167, %v159 : i64
          %v170 = arith.muli %v46, %v169 : i64
          %v171 = arith.muli %v168, %size_H : i64
          %v172 = arith.addi %v170, %v171 : i64
          %v173 = arith.addi %v172, %v44 : i64
          %v174 = llvm.getelementptr %in_dt[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v175 = llvm.load %v174 : !llvm.ptr -> f32
          %v177 = arith.muli %v166, %v176 : i64
          %v178 = arith.addi %v177, %v165 : i64
          %v179 = llvm.getelementptr %v62[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v175, %v179 : f32, !llvm.ptr
        }
        gpu.barrier
        %v180 = arith.subi %v156, %v2 : i64
        %v184 = arith.muli %v153, %v183 : i64
        %v187 = arith.muli %v46, %v186 : i64
        %v188 = arith.muli %v44, %v185 : i64
        %v189 = arith.addi %v187, %v188 : i64
        %v190 = arith.muli %v42, %v1 : i64
        %v191 = arith.addi %v189, %v190 : i64
        %v192 = arith.addi %v191, %v32 : i64
        %v193 = arith.addi %v184, %v192 : i64
        %v194 = llvm.getelementptr %ckpt_S[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v195 = llvm.load %v194 : !llvm.ptr -> f32
        llvm.store %v195, %v11 : f32, !llvm.ptr
        %v199 = arith.muli %v153, %v198 : i64
        %v200 = arith.muli %v46, %v186 : i64
        %v201 = arith.muli %v44, %v185 : i64
        %v202 = arith.addi %v200, %v201 : i64
        %v203 = arith.muli %v42, %v1 : i64
        %v204 = arith.addi %v202, %v203 : i64
        %v205 = arith.constant 8 : i64
        %v206 = arith.addi %v205, %v32 : i64
        %v207 = arith.addi %v204, %v206 : i64
        %v208 = arith.addi %v199, %v207 : i64
        %v209 = llvm.getelementptr %ckpt_S[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v210 = llvm.load %v209 : !llvm.ptr -> f32
        llvm.store %v210, %v12 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v211 = arith.index_cast %v65 : i64 to index
        %v212 = arith.index_cast %v158 : i64 to index
        %v213 = arith.index_cast %v2 : i64 to index
        scf.for %v214 = %v211 to %v212 step %v213 {
          %v215 = arith.index_cast %v214 : index to i64
          %v216 = arith.addi %v144, %v215 : i64
          scf.if %v36 {
            %v217 = llvm.load %v11 : !llvm.ptr -> f32
            %v218 = arith.muli %v216, %v4 : i64
            %v219 = arith.subi %v4, %v2 : i64
            %v220 = arith.minsi %v38, %v219 : i64
            %v221 = arith.addi %v218, %v220 : i64
            %v222 = arith.muli %v221, %v1 : i64
            %v223 = arith.addi %v222, %v32 : i64
            %v224 = llvm.getelementptr %scratch_S[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v217, %v224 : f32, !llvm.ptr
            %v225 = llvm.load %v12 : !llvm.ptr -> f32
            %v226 = arith.muli %v216, %v4 : i64
            %v227 = arith.subi %v4, %v2 : i64
            %v228 = arith.minsi %v38, %v227 : i64
            %v229 = arith.addi %v226, %v228 : i64
            %v230 = arith.muli %v229, %v1 : i64
            %v231 = arith.addi %v230, %v31 : i64
            %v232 = arith.addi %v231, %v32 : i64
            %v233 = llvm.getelementptr %scratch_S[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v225, %v233 : f32, !llvm.ptr
          }
          %v234 = arith.muli %v215, %v31 : i64
          %v235 = arith.addi %v234, %v32 : i64
          %v236 = arith.minsi %v235, %v180 : i64
          %v237 = arith.addi %v154, %v236 : i64
          %v238 = arith.subi %v237, %v154 : i64
          %v239 = llvm.getelementptr %v62[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          %v241 = llvm.getelementptr %in_dt_bias[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v242 = llvm.load %v241 : !llvm.ptr -> f32
          %v243 = arith.addf %v240, %v242 fastmath<contract> : f32
          %v244 = arith.maximumf %v243, %v63 : f32
          %v245 = llvm.call_intrinsic "llvm.fabs.f32"(%v243) : (f32) -> f32
          %v246 = arith.negf %v245 : f32
          %v248 = arith.mulf %v246, %v247 fastmath<contract> : f32
          %v249 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v248) : (f32) -> f32
          %v250 = arith.addf %v64, %v249 fastmath<contract> : f32
          %v251 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v250) : (f32) -> f32
          %v253 = arith.mulf %v251, %v252 fastmath<contract> : f32
          %v255 = arith.mulf %v254, %v249 fastmath<contract> : f32
          %v257 = arith.addf %v255, %v256 fastmath<contract> : f32
          %v258 = arith.mulf %v257, %v249 fastmath<contract> : f32
          %v260 = arith.addf %v258, %v259 fastmath<contract> : f32
          %v261 = arith.mulf %v260, %v249 fastmath<contract> : f32
          %v263 = arith.addf %v261, %v262 fastmath<contract> : f32
          %v264 = arith.mulf %v263, %v249 fastmath<contract> : f32
          %v266 = arith.addf %v264, %v265 fastmath<contract> : f32
          %v267 = arith.mulf %v266, %v249 fastmath<contract> : f32
          %v269 = arith.addf %v267, %v268 fastmath<contract> : f32
          %v270 = arith.mulf %v269, %v249 fastmath<contract> : f32
          %v271 = arith.addf %v270, %v64 fastmath<contract> : f32
          %v272 = arith.mulf %v271, %v249 fastmath<contract> : f32
          %v273 = llvm.call_intrinsic "llvm.fabs.f32"(%v249) : (f32) -> f32
          %v275 = arith.cmpf olt, %v273, %v274 : f32
          %v276 = arith.select %v275, %v272, %v253 : f32
          %v277 = arith.addf %v244, %v276 fastmath<contract> : f32
          %v278 = arith.negf %v277 : f32
          %v279 = llvm.getelementptr %in_A_log[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v280 = llvm.load %v279 : !llvm.ptr -> f32
          %v281 = arith.mulf %v280, %v247 fastmath<contract> : f32
          %v282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v281) : (f32) -> f32
          %v283 = arith.mulf %v278, %v282 fastmath<contract> : f32
          %v284 = arith.mulf %v283, %v247 fastmath<contract> : f32
          %v285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v284) : (f32) -> f32
          %v288 = arith.muli %v46, %v287 : i64
          %v289 = arith.muli %v237, %v286 : i64
          %v290 = arith.addi %v288, %v289 : i64
          %v291 = arith.muli %v44, %size_P : i64
          %v292 = arith.addi %v290, %v291 : i64
          %v293 = arith.addi %v292, %v42 : i64
          %v294 = llvm.getelementptr %in_x[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v295 = llvm.load %v294 : !llvm.ptr -> f32
          %v296 = arith.mulf %v277, %v295 fastmath<contract> : f32
          %v297 = arith.subi %v156, %v234 : i64
          %v298 = arith.trunci %v297 : i64 to i32
          %v299 = arith.index_cast %v65 : i64 to index
          %v300 = arith.index_cast %v31 : i64 to index
          %v301 = arith.index_cast %v2 : i64 to index
          scf.for %v302 = %v299 to %v300 step %v301 {
            %v303 = arith.index_cast %v302 : index to i64
            %v304 = arith.trunci %v303 : i64 to i32
            %v305 = arith.ori %v112, %v304 : i32
            %v307, %v308 = gpu.shuffle idx %v285, %v305, %v306 : f32
            %v309, %v310 = gpu.shuffle idx %v296, %v305, %v306 : f32
            %v311 = arith.addi %v234, %v303 : i64
            %v312 = arith.cmpi slt, %v304, %v298 : i32
            scf.if %v312 {
              %v313 = arith.addi %v154, %v311 : i64
              %v315 = arith.muli %v46, %v314 : i64
              %v316 = arith.muli %v313, %v1 : i64
              %v317 = arith.addi %v315, %v316 : i64
              %v318 = arith.addi %v317, %v32 : i64
              %v319 = llvm.getelementptr %in_Bm[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v320 = llvm.load %v319 : !llvm.ptr -> f32
              %v321 = arith.mulf %v309, %v320 fastmath<contract> : f32
              %v322 = llvm.load %v11 : !llvm.ptr -> f32
              %v323 = arith.mulf %v307, %v322 fastmath<contract> : f32
              %v324 = arith.addf %v323, %v321 fastmath<contract> : f32
              llvm.store %v324, %v11 : f32, !llvm.ptr
              %v325 = arith.muli %v46, %v314 : i64
              %v326 = arith.muli %v313, %v1 : i64
              %v327 = arith.addi %v325, %v326 : i64
              %v328 = arith.constant 8 : i64
              %v329 = arith.addi %v328, %v32 : i64
              %v330 = arith.addi %v327, %v329 : i64
              %v331 = llvm.getelementptr %in_Bm[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v332 = llvm.load %v331 : !llvm.ptr -> f32
              %v333 = arith.mulf %v309, %v332 fastmath<contract> : f32
              %v334 = llvm.load %v12 : !llvm.ptr -> f32
              %v335 = arith.mulf %v307, %v334 fastmath<contract> : f32
              %v336 = arith.addf %v335, %v333 fastmath<contract> : f32
              llvm.store %v336, %v12 : f32, !llvm.ptr
            }
          }
        }
        %v338 = arith.addi %v158, %v337 : i64
        %v339 = arith.divui %v338, %v48 : i64
        %v340 = arith.index_cast %v65 : i64 to index
        %v341 = arith.index_cast %v339 : i64 to index
        %v342 = arith.index_cast %v2 : i64 to index
        scf.for %v343 = %v340 to %v341 step %v342 {
          %v344 = arith.index_cast %v343 : index to i64
          %v345 = arith.muli %v344, %v48 : i64
          %v346 = arith.addi %v345, %v48 : i64
          %v347 = arith.index_cast %v345 : i64 to index
          %v348 = arith.index_cast %v346 : i64 to index
          %v349 = arith.index_cast %v2 : i64 to index
          scf.for %v350 = %v347 to %v348 step %v349 {
            %v351 = arith.index_cast %v350 : index to i64
            %v352 = arith.cmpi slt, %v351, %v158 : i64
            scf.if %v352 {
              %v353 = arith.subi %v158, %v2 : i64
              %v354 = arith.subi %v353, %v351 : i64
              %v355 = arith.muli %v354, %v31 : i64
              %v356 = arith.remui %v351, %v48 : i64
              %v357 = arith.muli %v356, %v31 : i64
              %v358 = arith.addi %v144, %v354 : i64
              %v359 = arith.addi %v355, %v31 : i64
              %v360 = arith.cmpi sle, %v359, %v156 : i64
              scf.if %v360 {
                %v361 = arith.subi %v156, %v2 : i64
                %v362 = arith.muli %v358, %v4 : i64
                %v363 = arith.subi %v4, %v2 : i64
                %v364 = arith.minsi %v38, %v363 : i64
                %v365 = arith.addi %v362, %v364 : i64
                %v366 = arith.muli %v365, %v1 : i64
                %v367 = arith.addi %v366, %v32 : i64
                %v368 = llvm.getelementptr %scratch_S[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                %v370 = arith.muli %v358, %v4 : i64
                %v371 = arith.subi %v4, %v2 : i64
                %v372 = arith.minsi %v38, %v371 : i64
                %v373 = arith.addi %v370, %v372 : i64
                %v374 = arith.muli %v373, %v1 : i64
                %v375 = arith.addi %v374, %v31 : i64
                %v376 = arith.addi %v375, %v32 : i64
                %v377 = llvm.getelementptr %scratch_S[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v378 = llvm.load %v377 : !llvm.ptr -> f32
                %v379 = arith.addi %v355, %v32 : i64
                %v380 = arith.minsi %v379, %v361 : i64
                %v381 = arith.addi %v154, %v380 : i64
                %v382 = arith.subi %v381, %v154 : i64
                %v383 = llvm.getelementptr %v62[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v384 = llvm.load %v383 : !llvm.ptr -> f32
                %v385 = llvm.getelementptr %in_dt_bias[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = arith.addf %v384, %v386 fastmath<contract> : f32
                %v388 = arith.maximumf %v387, %v63 : f32
                %v389 = llvm.call_intrinsic "llvm.fabs.f32"(%v387) : (f32) -> f32
                %v390 = arith.negf %v389 : f32
                %v391 = arith.mulf %v390, %v247 fastmath<contract> : f32
                %v392 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v391) : (f32) -> f32
                %v393 = arith.addf %v64, %v392 fastmath<contract> : f32
                %v394 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v393) : (f32) -> f32
                %v395 = arith.mulf %v394, %v252 fastmath<contract> : f32
                %v396 = arith.mulf %v254, %v392 fastmath<contract> : f32
                %v397 = arith.addf %v396, %v256 fastmath<contract> : f32
                %v398 = arith.mulf %v397, %v392 fastmath<contract> : f32
                %v399 = arith.addf %v398, %v259 fastmath<contract> : f32
                %v400 = arith.mulf %v399, %v392 fastmath<contract> : f32
                %v401 = arith.addf %v400, %v262 fastmath<contract> : f32
                %v402 = arith.mulf %v401, %v392 fastmath<contract> : f32
                %v403 = arith.addf %v402, %v265 fastmath<contract> : f32
                %v404 = arith.mulf %v403, %v392 fastmath<contract> : f32
                %v405 = arith.addf %v404, %v268 fastmath<contract> : f32
                %v406 = arith.mulf %v405, %v392 fastmath<contract> : f32
                %v407 = arith.addf %v406, %v64 fastmath<contract> : f32
                %v408 = arith.mulf %v407, %v392 fastmath<contract> : f32
                %v409 = llvm.call_intrinsic "llvm.fabs.f32"(%v392) : (f32) -> f32
                %v410 = arith.cmpf olt, %v409, %v274 : f32
                %v411 = arith.select %v410, %v408, %v395 : f32
                %v412 = arith.addf %v388, %v411 fastmath<contract> : f32
                %v413 = arith.negf %v412 : f32
                %v414 = llvm.getelementptr %in_A_log[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = arith.mulf %v415, %v247 fastmath<contract> : f32
                %v417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v416) : (f32) -> f32
                %v418 = arith.mulf %v413, %v417 fastmath<contract> : f32
                %v419 = arith.mulf %v418, %v247 fastmath<contract> : f32
                %v420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v419) : (f32) -> f32
                %v421 = arith.muli %v46, %v287 : i64
                %v422 = arith.muli %v381, %v286 : i64
                %v423 = arith.addi %v421, %v422 : i64
                %v424 = arith.muli %v44, %size_P : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.addi %v425, %v42 : i64
                %v427 = llvm.getelementptr %in_x[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v428 = llvm.load %v427 : !llvm.ptr -> f32
                %v429 = arith.mulf %v412, %v428 fastmath<contract> : f32
                %v430 = arith.negf %v387 : f32
                %v431 = arith.mulf %v430, %v247 fastmath<contract> : f32
                %v432 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v431) : (f32) -> f32
                %v433 = arith.addf %v64, %v432 fastmath<contract> : f32
                %v434 = arith.divf %v64, %v433 : f32
                // the group's states, recomputed into registers
                %v435 = arith.minsi %v355, %v361 : i64
                %v436 = arith.addi %v154, %v435 : i64
                %v437, %v438 = gpu.shuffle idx %v420, %v112, %v306 : f32
                %v439, %v440 = gpu.shuffle idx %v429, %v112, %v306 : f32
                %v441 = arith.muli %v46, %v314 : i64
                %v442 = arith.muli %v436, %v1 : i64
                %v443 = arith.addi %v441, %v442 : i64
                %v444 = arith.addi %v443, %v32 : i64
                %v445 = llvm.getelementptr %in_Bm[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v446 = llvm.load %v445 : !llvm.ptr -> f32
                %v447 = arith.mulf %v439, %v446 fastmath<contract> : f32
                %v448 = arith.mulf %v437, %v369 fastmath<contract> : f32
                %v449 = arith.addf %v448, %v447 fastmath<contract> : f32
                %v450 = arith.muli %v46, %v314 : i64
                %v451 = arith.muli %v436, %v1 : i64
                %v452 = arith.addi %v450, %v451 : i64
                %v453 = arith.constant 8 : i64
                %v454 = arith.addi %v453, %v32 : i64
                %v455 = arith.addi %v452, %v454 : i64
                %v456 = llvm.getelementptr %in_Bm[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v457 = llvm.load %v456 : !llvm.ptr -> f32
                %v458 = arith.mulf %v439, %v457 fastmath<contract> : f32
                %v459 = arith.mulf %v437, %v378 fastmath<contract> : f32
                %v460 = arith.addf %v459, %v458 fastmath<contract> : f32
                %v461 = arith.addi %v355, %v2 : i64
                %v462 = arith.minsi %v461, %v361 : i64
                %v463 = arith.addi %v154, %v462 : i64
                %v464, %v465 = gpu.shuffle idx %v420, %v116, %v306 : f32
                %v466, %v467 = gpu.shuffle idx %v429, %v116, %v306 : f32
                %v468 = arith.muli %v46, %v314 : i64
                %v469 = arith.muli %v463, %v1 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.addi %v470, %v32 : i64
                %v472 = llvm.getelementptr %in_Bm[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.mulf %v466, %v473 fastmath<contract> : f32
                %v475 = arith.mulf %v464, %v449 fastmath<contract> : f32
                %v476 = arith.addf %v475, %v474 fastmath<contract> : f32
                %v477 = arith.muli %v46, %v314 : i64
                %v478 = arith.muli %v463, %v1 : i64
                %v479 = arith.addi %v477, %v478 : i64
                %v480 = arith.constant 8 : i64
                %v481 = arith.addi %v480, %v32 : i64
                %v482 = arith.addi %v479, %v481 : i64
                %v483 = llvm.getelementptr %in_Bm[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v484 = llvm.load %v483 : !llvm.ptr -> f32
                %v485 = arith.mulf %v466, %v484 fastmath<contract> : f32
                %v486 = arith.mulf %v464, %v460 fastmath<contract> : f32
                %v487 = arith.addf %v486, %v485 fastmath<contract> : f32
                %v489 = arith.addi %v355, %v488 : i64
                %v490 = arith.minsi %v489, %v361 : i64
                %v491 = arith.addi %v154, %v490 : i64
                %v492, %v493 = gpu.shuffle idx %v420, %v120, %v306 : f32
                %v494, %v495 = gpu.shuffle idx %v429, %v120, %v306 : f32
                %v496 = arith.muli %v46, %v314 : i64
                %v497 = arith.muli %v491, %v1 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = arith.addi %v498, %v32 : i64
                %v500 = llvm.getelementptr %in_Bm[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v501 = llvm.load %v500 : !llvm.ptr -> f32
                %v502 = arith.mulf %v494, %v501 fastmath<contract> : f32
                %v503 = arith.mulf %v492, %v476 fastmath<contract> : f32
                %v504 = arith.addf %v503, %v502 fastmath<contract> : f32
                %v505 = arith.muli %v46, %v314 : i64
                %v506 = arith.muli %v491, %v1 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = arith.constant 8 : i64
                %v509 = arith.addi %v508, %v32 : i64
                %v510 = arith.addi %v507, %v509 : i64
                %v511 = llvm.getelementptr %in_Bm[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v512 = llvm.load %v511 : !llvm.ptr -> f32
                %v513 = arith.mulf %v494, %v512 fastmath<contract> : f32
                %v514 = arith.mulf %v492, %v487 fastmath<contract> : f32
                %v515 = arith.addf %v514, %v513 fastmath<contract> : f32
                %v516 = arith.addi %v355, %v337 : i64
                %v517 = arith.minsi %v516, %v361 : i64
                %v518 = arith.addi %v154, %v517 : i64
                %v519, %v520 = gpu.shuffle idx %v420, %v124, %v306 : f32
                %v521, %v522 = gpu.shuffle idx %v429, %v124, %v306 : f32
                %v523 = arith.muli %v46, %v314 : i64
                %v524 = arith.muli %v518, %v1 : i64
                %v525 = arith.addi %v523, %v524 : i64
                %v526 = arith.addi %v525, %v32 : i64
                %v527 = llvm.getelementptr %in_Bm[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v528 = llvm.load %v527 : !llvm.ptr -> f32
                %v529 = arith.mulf %v521, %v528 fastmath<contract> : f32
                %v530 = arith.mulf %v519, %v504 fastmath<contract> : f32
                %v531 = arith.addf %v530, %v529 fastmath<contract> : f32
                %v532 = arith.muli %v46, %v314 : i64
                %v533 = arith.muli %v518, %v1 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = arith.constant 8 : i64
                %v536 = arith.addi %v535, %v32 : i64
                %v537 = arith.addi %v534, %v536 : i64
                %v538 = llvm.getelementptr %in_Bm[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v539 = llvm.load %v538 : !llvm.ptr -> f32
                %v540 = arith.mulf %v521, %v539 fastmath<contract> : f32
                %v541 = arith.mulf %v519, %v515 fastmath<contract> : f32
                %v542 = arith.addf %v541, %v540 fastmath<contract> : f32
                %v543 = arith.addi %v355, %v48 : i64
                %v544 = arith.minsi %v543, %v361 : i64
                %v545 = arith.addi %v154, %v544 : i64
                %v546, %v547 = gpu.shuffle idx %v420, %v128, %v306 : f32
                %v548, %v549 = gpu.shuffle idx %v429, %v128, %v306 : f32
                %v550 = arith.muli %v46, %v314 : i64
                %v551 = arith.muli %v545, %v1 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = arith.addi %v552, %v32 : i64
                %v554 = llvm.getelementptr %in_Bm[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v555 = llvm.load %v554 : !llvm.ptr -> f32
                %v556 = arith.mulf %v548, %v555 fastmath<contract> : f32
                %v557 = arith.mulf %v546, %v531 fastmath<contract> : f32
                %v558 = arith.addf %v557, %v556 fastmath<contract> : f32
                %v559 = arith.muli %v46, %v314 : i64
                %v560 = arith.muli %v545, %v1 : i64
                %v561 = arith.addi %v559, %v560 : i64
                %v562 = arith.constant 8 : i64
                %v563 = arith.addi %v562, %v32 : i64
                %v564 = arith.addi %v561, %v563 : i64
                %v565 = llvm.getelementptr %in_Bm[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v567 = arith.mulf %v548, %v566 fastmath<contract> : f32
                %v568 = arith.mulf %v546, %v542 fastmath<contract> : f32
                %v569 = arith.addf %v568, %v567 fastmath<contract> : f32
                %v571 = arith.addi %v355, %v570 : i64
                %v572 = arith.minsi %v571, %v361 : i64
                %v573 = arith.addi %v154, %v572 : i64
                %v574, %v575 = gpu.shuffle idx %v420, %v132, %v306 : f32
                %v576, %v577 = gpu.shuffle idx %v429, %v132, %v306 : f32
                %v578 = arith.muli %v46, %v314 : i64
                %v579 = arith.muli %v573, %v1 : i64
                %v580 = arith.addi %v578, %v579 : i64
                %v581 = arith.addi %v580, %v32 : i64
                %v582 = llvm.getelementptr %in_Bm[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v583 = llvm.load %v582 : !llvm.ptr -> f32
                %v584 = arith.mulf %v576, %v583 fastmath<contract> : f32
                %v585 = arith.mulf %v574, %v558 fastmath<contract> : f32
                %v586 = arith.addf %v585, %v584 fastmath<contract> : f32
                %v587 = arith.muli %v46, %v314 : i64
                %v588 = arith.muli %v573, %v1 : i64
                %v589 = arith.addi %v587, %v588 : i64
                %v590 = arith.constant 8 : i64
                %v591 = arith.addi %v590, %v32 : i64
                %v592 = arith.addi %v589, %v591 : i64
                %v593 = llvm.getelementptr %in_Bm[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v594 = llvm.load %v593 : !llvm.ptr -> f32
                %v595 = arith.mulf %v576, %v594 fastmath<contract> : f32
                %v596 = arith.mulf %v574, %v569 fastmath<contract> : f32
                %v597 = arith.addf %v596, %v595 fastmath<contract> : f32
                %v599 = arith.addi %v355, %v598 : i64
                %v600 = arith.minsi %v599, %v361 : i64
                %v601 = arith.addi %v154, %v600 : i64
                %v602, %v603 = gpu.shuffle idx %v420, %v136, %v306 : f32
                %v604, %v605 = gpu.shuffle idx %v429, %v136, %v306 : f32
                %v606 = arith.muli %v46, %v314 : i64
                %v607 = arith.muli %v601, %v1 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = arith.addi %v608, %v32 : i64
                %v610 = llvm.getelementptr %in_Bm[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v611 = llvm.load %v610 : !llvm.ptr -> f32
                %v612 = arith.mulf %v604, %v611 fastmath<contract> : f32
                %v613 = arith.mulf %v602, %v586 fastmath<contract> : f32
                %v614 = arith.addf %v613, %v612 fastmath<contract> : f32
                %v615 = arith.muli %v46, %v314 : i64
                %v616 = arith.muli %v601, %v1 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = arith.constant 8 : i64
                %v619 = arith.addi %v618, %v32 : i64
                %v620 = arith.addi %v617, %v619 : i64
                %v621 = llvm.getelementptr %in_Bm[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v622 = llvm.load %v621 : !llvm.ptr -> f32
                %v623 = arith.mulf %v604, %v622 fastmath<contract> : f32
                %v624 = arith.mulf %v602, %v597 fastmath<contract> : f32
                %v625 = arith.addf %v624, %v623 fastmath<contract> : f32
                %v626 = arith.addi %v355, %v104 : i64
                %v627 = arith.minsi %v626, %v361 : i64
                %v628 = arith.addi %v154, %v627 : i64
                %v629, %v630 = gpu.shuffle idx %v420, %v140, %v306 : f32
                %v631, %v632 = gpu.shuffle idx %v429, %v140, %v306 : f32
                %v633 = arith.muli %v46, %v314 : i64
                %v634 = arith.muli %v628, %v1 : i64
                %v635 = arith.addi %v633, %v634 : i64
                %v636 = arith.addi %v635, %v32 : i64
                %v637 = llvm.getelementptr %in_Bm[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = arith.mulf %v631, %v638 fastmath<contract> : f32
                %v640 = arith.mulf %v629, %v614 fastmath<contract> : f32
                %v641 = arith.addf %v640, %v639 fastmath<contract> : f32
                %v642 = arith.muli %v46, %v314 : i64
                %v643 = arith.muli %v628, %v1 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = arith.constant 8 : i64
                %v646 = arith.addi %v645, %v32 : i64
                %v647 = arith.addi %v644, %v646 : i64
                %v648 = llvm.getelementptr %in_Bm[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v649 = llvm.load %v648 : !llvm.ptr -> f32
                %v650 = arith.mulf %v631, %v649 fastmath<contract> : f32
                %v651 = arith.mulf %v629, %v625 fastmath<contract> : f32
                %v652 = arith.addf %v651, %v650 fastmath<contract> : f32
                %v654 = arith.shrui %v32, %v65 : i64
                %v655 = arith.andi %v654, %v2 : i64
                %v656 = arith.cmpi ne, %v655, %v65 : i64
                %v657 = arith.shrui %v32, %v2 : i64
                %v658 = arith.andi %v657, %v2 : i64
                %v659 = arith.cmpi ne, %v658, %v65 : i64
                %v660 = arith.shrui %v32, %v488 : i64
                %v661 = arith.andi %v660, %v2 : i64
                %v662 = arith.cmpi ne, %v661, %v65 : i64
                %v663 = arith.subi %v156, %v355 : i64
                %v664 = arith.trunci %v663 : i64 to i32
                %v665 = arith.subi %size_L, %v2 : i64
                %v666 = arith.addi %v154, %v355 : i64
                %v667 = arith.subi %v665, %v666 : i64
                %v669 = arith.minsi %v667, %v668 : i64
                %v670 = arith.trunci %v669 : i64 to i32
                %v671 = arith.addi %v355, %v104 : i64
                %v673 = arith.cmpi slt, %v672, %v664 : i32
                %v674 = arith.cmpi eq, %v672, %v670 : i32
                %v675, %v676 = gpu.shuffle idx %v412, %v140, %v306 : f32
                %v677, %v678 = gpu.shuffle idx %v413, %v140, %v306 : f32
                %v679, %v680 = gpu.shuffle idx %v417, %v140, %v306 : f32
                %v681, %v682 = gpu.shuffle idx %v420, %v140, %v306 : f32
                %v683, %v684 = gpu.shuffle idx %v429, %v140, %v306 : f32
                %v685, %v686 = gpu.shuffle idx %v434, %v140, %v306 : f32
                llvm.store %v63, %v653 : f32, !llvm.ptr
                %v687 = arith.addi %v154, %v671 : i64
                %v688 = arith.muli %v46, %v314 : i64
                %v689 = arith.muli %v687, %v1 : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = arith.addi %v690, %v32 : i64
                %v692 = llvm.getelementptr %in_Cm[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v693 = llvm.load %v692 : !llvm.ptr -> f32
                %v694 = arith.muli %v46, %v287 : i64
                %v695 = arith.muli %v687, %v286 : i64
                %v696 = arith.addi %v694, %v695 : i64
                %v697 = arith.muli %v44, %size_P : i64
                %v698 = arith.addi %v696, %v697 : i64
                %v699 = arith.addi %v698, %v42 : i64
                %v700 = llvm.getelementptr %dy_y[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v701 = llvm.load %v700 : !llvm.ptr -> f32
                %v702 = arith.mulf %v693, %v701 fastmath<contract> : f32
                %v703 = llvm.load %v52 : !llvm.ptr -> f32
                %v704 = llvm.load %v54 : !llvm.ptr -> f32
                %v705 = arith.mulf %v704, %v703 fastmath<contract> : f32
                %v706 = arith.addf %v702, %v705 fastmath<contract> : f32
                llvm.store %v706, %v52 : f32, !llvm.ptr
                %v707 = arith.muli %v46, %v314 : i64
                %v708 = arith.muli %v687, %v1 : i64
                %v709 = arith.addi %v707, %v708 : i64
                %v710 = arith.constant 8 : i64
                %v711 = arith.addi %v710, %v32 : i64
                %v712 = arith.addi %v709, %v711 : i64
                %v713 = llvm.getelementptr %in_Cm[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v714 = llvm.load %v713 : !llvm.ptr -> f32
                %v715 = arith.mulf %v714, %v701 fastmath<contract> : f32
                %v716 = llvm.load %v53 : !llvm.ptr -> f32
                %v717 = llvm.load %v55 : !llvm.ptr -> f32
                %v718 = arith.mulf %v717, %v716 fastmath<contract> : f32
                %v719 = arith.addf %v715, %v718 fastmath<contract> : f32
                llvm.store %v719, %v53 : f32, !llvm.ptr
                scf.if %v674 {
                }
                %v720 = arith.muli %v46, %v287 : i64
                %v721 = arith.muli %v687, %v286 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = arith.muli %v44, %size_P : i64
                %v724 = arith.addi %v722, %v723 : i64
                %v725 = arith.addi %v724, %v42 : i64
                %v726 = llvm.getelementptr %in_x[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v727 = llvm.load %v726 : !llvm.ptr -> f32
                %v728 = arith.muli %v46, %v314 : i64
                %v729 = arith.muli %v687, %v1 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = arith.addi %v730, %v32 : i64
                %v732 = llvm.getelementptr %in_Bm[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v733 = llvm.load %v732 : !llvm.ptr -> f32
                %v734 = llvm.load %v52 : !llvm.ptr -> f32
                %v735 = arith.mulf %v733, %v734 fastmath<contract> : f32
                %v736 = arith.muli %v46, %v314 : i64
                %v737 = arith.muli %v687, %v1 : i64
                %v738 = arith.addi %v736, %v737 : i64
                %v739 = arith.constant 8 : i64
                %v740 = arith.addi %v739, %v32 : i64
                %v741 = arith.addi %v738, %v740 : i64
                %v742 = llvm.getelementptr %in_Bm[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v743 = llvm.load %v742 : !llvm.ptr -> f32
                %v744 = llvm.load %v53 : !llvm.ptr -> f32
                %v745 = arith.mulf %v743, %v744 fastmath<contract> : f32
                %v746 = arith.addf %v735, %v745 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v748, %v749 = gpu.shuffle xor %v746, %v747, %v306 : f32
                %v750 = arith.addf %v746, %v748 fastmath<contract> : f32
                %v752, %v753 = gpu.shuffle xor %v750, %v751, %v306 : f32
                %v754 = arith.addf %v750, %v752 fastmath<contract> : f32
                %v756, %v757 = gpu.shuffle xor %v754, %v755, %v306 : f32
                %v758 = arith.addf %v754, %v756 fastmath<contract> : f32
                // end sum over the lanes
                %v759 = arith.mulf %v727, %v758 fastmath<contract> : f32
                %v760 = arith.mulf %v614, %v734 fastmath<contract> : f32
                %v761 = arith.mulf %v625, %v744 fastmath<contract> : f32
                %v762 = arith.addf %v760, %v761 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v763, %v764 = gpu.shuffle xor %v762, %v747, %v306 : f32
                %v765 = arith.addf %v762, %v763 fastmath<contract> : f32
                %v766, %v767 = gpu.shuffle xor %v765, %v751, %v306 : f32
                %v768 = arith.addf %v765, %v766 fastmath<contract> : f32
                %v769, %v770 = gpu.shuffle xor %v768, %v755, %v306 : f32
                %v771 = arith.addf %v768, %v769 fastmath<contract> : f32
                // end sum over the lanes
                %v772 = arith.mulf %v679, %v771 fastmath<contract> : f32
                %v773 = arith.mulf %v681, %v772 fastmath<contract> : f32
                %v774 = arith.negf %v773 : f32
                %v775 = arith.addf %v759, %v774 fastmath<contract> : f32
                %v776 = arith.mulf %v775, %v685 fastmath<contract> : f32
                %v777 = arith.mulf %v681, %v771 fastmath<contract> : f32
                %v778 = arith.mulf %v677, %v777 fastmath<contract> : f32
                %v779 = arith.mulf %v679, %v778 fastmath<contract> : f32
                %v780 = llvm.load %v56 : !llvm.ptr -> f32
                %v781 = arith.addf %v780, %v779 fastmath<contract> : f32
                llvm.store %v781, %v56 : f32, !llvm.ptr
                %v782 = arith.mulf %v683, %v734 fastmath<contract> : f32
                scf.if %v36 {
                  %v783 = arith.addi %v51, %v38 : i64
                  %v784 = arith.muli %v783, %v1 : i64
                  %v785 = arith.addi %v784, %v32 : i64
                  %v786 = arith.muli %v785, %size_L : i64
                  %v787 = arith.addi %v786, %v687 : i64
                  %v788 = llvm.getelementptr %part_Bm[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v782, %v788 : f32, !llvm.ptr
                }
                %v789 = arith.mulf %v683, %v744 fastmath<contract> : f32
                scf.if %v36 {
                  %v790 = arith.addi %v31, %v32 : i64
                  %v791 = arith.addi %v51, %v38 : i64
                  %v792 = arith.muli %v791, %v1 : i64
                  %v793 = arith.addi %v792, %v790 : i64
                  %v794 = arith.muli %v793, %size_L : i64
                  %v795 = arith.addi %v794, %v687 : i64
                  %v796 = llvm.getelementptr %part_Bm[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v789, %v796 : f32, !llvm.ptr
                }
                %v797 = arith.mulf %v641, %v701 fastmath<contract> : f32
                scf.if %v36 {
                  %v798 = arith.addi %v51, %v38 : i64
                  %v799 = arith.muli %v798, %v1 : i64
                  %v800 = arith.addi %v799, %v32 : i64
                  %v801 = arith.muli %v800, %size_L : i64
                  %v802 = arith.addi %v801, %v687 : i64
                  %v803 = llvm.getelementptr %part_Cm[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v797, %v803 : f32, !llvm.ptr
                }
                %v804 = arith.mulf %v652, %v701 fastmath<contract> : f32
                scf.if %v36 {
                  %v805 = arith.addi %v31, %v32 : i64
                  %v806 = arith.addi %v51, %v38 : i64
                  %v807 = arith.muli %v806, %v1 : i64
                  %v808 = arith.addi %v807, %v805 : i64
                  %v809 = arith.muli %v808, %size_L : i64
                  %v810 = arith.addi %v809, %v687 : i64
                  %v811 = llvm.getelementptr %part_Cm[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v804, %v811 : f32, !llvm.ptr
                }
                %v812 = llvm.load %v58 : !llvm.ptr -> f32
                %v813 = arith.addf %v812, %v776 fastmath<contract> : f32
                llvm.store %v813, %v58 : f32, !llvm.ptr
                %v814 = arith.select %v36, %v776, %v63 : f32
                // sum over the warp's outer points: shuffles
                %v816, %v817 = gpu.shuffle xor %v814, %v815, %v306 : f32
                %v818 = arith.addf %v814, %v816 fastmath<contract> : f32
                %v820, %v821 = gpu.shuffle xor %v818, %v819, %v306 : f32
                %v822 = arith.addf %v818, %v820 fastmath<contract> : f32
                %v823 = arith.divui %v17, %v19 : i64
                %v824 = arith.remui %v17, %v19 : i64
                %v825 = arith.cmpi ult, %v824, %v2 : i64
                %v827 = arith.muli %v823, %v826 : i64
                %v828 = arith.addi %v827, %v357 : i64
                scf.if %v825 {
                  %v829 = llvm.getelementptr %v60[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v822, %v829 : f32, !llvm.ptr
                }
                %v830 = arith.addf %v735, %v745 fastmath<contract> : f32
                llvm.store %v830, %v653 : f32, !llvm.ptr
                llvm.store %v681, %v54 : f32, !llvm.ptr
                llvm.store %v681, %v55 : f32, !llvm.ptr
                %v831 = llvm.load %v653 : !llvm.ptr -> f32
                %v832 = arith.addi %v355, %v598 : i64
                %v834 = arith.cmpi slt, %v833, %v664 : i32
                %v835 = arith.cmpi eq, %v833, %v670 : i32
                %v836, %v837 = gpu.shuffle idx %v412, %v136, %v306 : f32
                %v838, %v839 = gpu.shuffle idx %v413, %v136, %v306 : f32
                %v840, %v841 = gpu.shuffle idx %v417, %v136, %v306 : f32
                %v842, %v843 = gpu.shuffle idx %v420, %v136, %v306 : f32
                %v844, %v845 = gpu.shuffle idx %v429, %v136, %v306 : f32
                %v846, %v847 = gpu.shuffle idx %v434, %v136, %v306 : f32
                %v848 = arith.addi %v357, %v2 : i64
                llvm.store %v63, %v653 : f32, !llvm.ptr
                %v849 = arith.addi %v154, %v832 : i64
                %v850 = arith.muli %v46, %v314 : i64
                %v851 = arith.muli %v849, %v1 : i64
                %v852 = arith.addi %v850, %v851 : i64
                %v853 = arith.addi %v852, %v32 : i64
                %v854 = llvm.getelementptr %in_Cm[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v855 = llvm.load %v854 : !llvm.ptr -> f32
                %v856 = arith.muli %v46, %v287 : i64
                %v857 = arith.muli %v849, %v286 : i64
                %v858 = arith.addi %v856, %v857 : i64
                %v859 = arith.muli %v44, %size_P : i64
                %v860 = arith.addi %v858, %v859 : i64
                %v861 = arith.addi %v860, %v42 : i64
                %v862 = llvm.getelementptr %dy_y[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v863 = llvm.load %v862 : !llvm.ptr -> f32
                %v864 = arith.mulf %v855, %v863 fastmath<contract> : f32
                %v865 = llvm.load %v52 : !llvm.ptr -> f32
                %v866 = llvm.load %v54 : !llvm.ptr -> f32
                %v867 = arith.mulf %v866, %v865 fastmath<contract> : f32
                %v868 = arith.addf %v864, %v867 fastmath<contract> : f32
                llvm.store %v868, %v52 : f32, !llvm.ptr
                %v869 = arith.muli %v46, %v314 : i64
                %v870 = arith.muli %v849, %v1 : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = arith.constant 8 : i64
                %v873 = arith.addi %v872, %v32 : i64
                %v874 = arith.addi %v871, %v873 : i64
                %v875 = llvm.getelementptr %in_Cm[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = arith.mulf %v876, %v863 fastmath<contract> : f32
                %v878 = llvm.load %v53 : !llvm.ptr -> f32
                %v879 = llvm.load %v55 : !llvm.ptr -> f32
                %v880 = arith.mulf %v879, %v878 fastmath<contract> : f32
                %v881 = arith.addf %v877, %v880 fastmath<contract> : f32
                llvm.store %v881, %v53 : f32, !llvm.ptr
                scf.if %v835 {
                }
                %v882 = arith.muli %v46, %v287 : i64
                %v883 = arith.muli %v849, %v286 : i64
                %v884 = arith.addi %v882, %v883 : i64
                %v885 = arith.muli %v44, %size_P : i64
                %v886 = arith.addi %v884, %v885 : i64
                %v887 = arith.addi %v886, %v42 : i64
                %v888 = llvm.getelementptr %in_x[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v889 = llvm.load %v888 : !llvm.ptr -> f32
                %v890 = arith.muli %v46, %v314 : i64
                %v891 = arith.muli %v849, %v1 : i64
                %v892 = arith.addi %v890, %v891 : i64
                %v893 = arith.addi %v892, %v32 : i64
                %v894 = llvm.getelementptr %in_Bm[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v895 = llvm.load %v894 : !llvm.ptr -> f32
                %v896 = llvm.load %v52 : !llvm.ptr -> f32
                %v897 = arith.mulf %v895, %v896 fastmath<contract> : f32
                %v898 = arith.muli %v46, %v314 : i64
                %v899 = arith.muli %v849, %v1 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = arith.constant 8 : i64
                %v902 = arith.addi %v901, %v32 : i64
                %v903 = arith.addi %v900, %v902 : i64
                %v904 = llvm.getelementptr %in_Bm[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v905 = llvm.load %v904 : !llvm.ptr -> f32
                %v906 = llvm.load %v53 : !llvm.ptr -> f32
                %v907 = arith.mulf %v905, %v906 fastmath<contract> : f32
                %v908 = arith.addf %v897, %v907 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v909, %v910 = gpu.shuffle xor %v908, %v747, %v306 : f32
                %v911 = arith.addf %v908, %v909 fastmath<contract> : f32
                %v912, %v913 = gpu.shuffle xor %v911, %v751, %v306 : f32
                %v914 = arith.addf %v911, %v912 fastmath<contract> : f32
                %v915, %v916 = gpu.shuffle xor %v914, %v755, %v306 : f32
                %v917 = arith.addf %v914, %v915 fastmath<contract> : f32
                // end sum over the lanes
                %v918 = arith.mulf %v889, %v917 fastmath<contract> : f32
                %v919 = arith.mulf %v586, %v896 fastmath<contract> : f32
                %v920 = arith.mulf %v597, %v906 fastmath<contract> : f32
                %v921 = arith.addf %v919, %v920 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v922, %v923 = gpu.shuffle xor %v921, %v747, %v306 : f32
                %v924 = arith.addf %v921, %v922 fastmath<contract> : f32
                %v925, %v926 = gpu.shuffle xor %v924, %v751, %v306 : f32
                %v927 = arith.addf %v924, %v925 fastmath<contract> : f32
                %v928, %v929 = gpu.shuffle xor %v927, %v755, %v306 : f32
                %v930 = arith.addf %v927, %v928 fastmath<contract> : f32
                // end sum over the lanes
                %v931 = arith.mulf %v840, %v930 fastmath<contract> : f32
                %v932 = arith.mulf %v842, %v931 fastmath<contract> : f32
                %v933 = arith.negf %v932 : f32
                %v934 = arith.addf %v918, %v933 fastmath<contract> : f32
                %v935 = arith.mulf %v934, %v846 fastmath<contract> : f32
                %v936 = arith.mulf %v842, %v930 fastmath<contract> : f32
                %v937 = arith.mulf %v838, %v936 fastmath<contract> : f32
                %v938 = arith.mulf %v840, %v937 fastmath<contract> : f32
                %v939 = llvm.load %v56 : !llvm.ptr -> f32
                %v940 = arith.addf %v939, %v938 fastmath<contract> : f32
                llvm.store %v940, %v56 : f32, !llvm.ptr
                %v941 = arith.mulf %v844, %v896 fastmath<contract> : f32
                scf.if %v36 {
                  %v942 = arith.addi %v51, %v38 : i64
                  %v943 = arith.muli %v942, %v1 : i64
                  %v944 = arith.addi %v943, %v32 : i64
                  %v945 = arith.muli %v944, %size_L : i64
                  %v946 = arith.addi %v945, %v849 : i64
                  %v947 = llvm.getelementptr %part_Bm[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v941, %v947 : f32, !llvm.ptr
                }
                %v948 = arith.mulf %v844, %v906 fastmath<contract> : f32
                scf.if %v36 {
                  %v949 = arith.addi %v31, %v32 : i64
                  %v950 = arith.addi %v51, %v38 : i64
                  %v951 = arith.muli %v950, %v1 : i64
                  %v952 = arith.addi %v951, %v949 : i64
                  %v953 = arith.muli %v952, %size_L : i64
                  %v954 = arith.addi %v953, %v849 : i64
                  %v955 = llvm.getelementptr %part_Bm[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v948, %v955 : f32, !llvm.ptr
                }
                %v956 = arith.mulf %v614, %v863 fastmath<contract> : f32
                scf.if %v36 {
                  %v957 = arith.addi %v51, %v38 : i64
                  %v958 = arith.muli %v957, %v1 : i64
                  %v959 = arith.addi %v958, %v32 : i64
                  %v960 = arith.muli %v959, %size_L : i64
                  %v961 = arith.addi %v960, %v849 : i64
                  %v962 = llvm.getelementptr %part_Cm[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v956, %v962 : f32, !llvm.ptr
                }
                %v963 = arith.mulf %v625, %v863 fastmath<contract> : f32
                scf.if %v36 {
                  %v964 = arith.addi %v31, %v32 : i64
                  %v965 = arith.addi %v51, %v38 : i64
                  %v966 = arith.muli %v965, %v1 : i64
                  %v967 = arith.addi %v966, %v964 : i64
                  %v968 = arith.muli %v967, %size_L : i64
                  %v969 = arith.addi %v968, %v849 : i64
                  %v970 = llvm.getelementptr %part_Cm[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v963, %v970 : f32, !llvm.ptr
                }
                %v971 = llvm.load %v58 : !llvm.ptr -> f32
                %v972 = arith.addf %v971, %v935 fastmath<contract> : f32
                llvm.store %v972, %v58 : f32, !llvm.ptr
                %v973 = arith.select %v36, %v935, %v63 : f32
                // sum over the warp's outer points: shuffles
                %v974, %v975 = gpu.shuffle xor %v973, %v815, %v306 : f32
                %v976 = arith.addf %v973, %v974 fastmath<contract> : f32
                %v977, %v978 = gpu.shuffle xor %v976, %v819, %v306 : f32
                %v979 = arith.addf %v976, %v977 fastmath<contract> : f32
                %v980 = arith.divui %v17, %v19 : i64
                %v981 = arith.remui %v17, %v19 : i64
                %v982 = arith.cmpi ult, %v981, %v2 : i64
                %v983 = arith.muli %v980, %v826 : i64
                %v984 = arith.addi %v983, %v848 : i64
                scf.if %v982 {
                  %v985 = llvm.getelementptr %v60[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v979, %v985 : f32, !llvm.ptr
                }
                %v986 = arith.addf %v897, %v907 fastmath<contract> : f32
                llvm.store %v986, %v653 : f32, !llvm.ptr
                llvm.store %v842, %v54 : f32, !llvm.ptr
                llvm.store %v842, %v55 : f32, !llvm.ptr
                %v987 = llvm.load %v653 : !llvm.ptr -> f32
                %v988 = arith.select %v656, %v987, %v831 : f32
                %v989 = arith.select %v656, %v831, %v987 : f32
                %v990, %v991 = gpu.shuffle xor %v988, %v747, %v306 : f32
                %v992 = arith.addf %v989, %v990 fastmath<contract> : f32
                %v993 = arith.addi %v355, %v570 : i64
                %v995 = arith.cmpi slt, %v994, %v664 : i32
                %v996 = arith.cmpi eq, %v994, %v670 : i32
                %v997, %v998 = gpu.shuffle idx %v412, %v132, %v306 : f32
                %v999, %v1000 = gpu.shuffle idx %v413, %v132, %v306 : f32
                %v1001, %v1002 = gpu.shuffle idx %v417, %v132, %v306 : f32
                %v1003, %v1004 = gpu.shuffle idx %v420, %v132, %v306 : f32
                %v1005, %v1006 = gpu.shuffle idx %v429, %v132, %v306 : f32
                %v1007, %v1008 = gpu.shuffle idx %v434, %v132, %v306 : f32
                %v1009 = arith.addi %v357, %v488 : i64
                llvm.store %v63, %v653 : f32, !llvm.ptr
                %v1010 = arith.addi %v154, %v993 : i64
                %v1011 = arith.muli %v46, %v314 : i64
                %v1012 = arith.muli %v1010, %v1 : i64
                %v1013 = arith.addi %v1011, %v1012 : i64
                %v1014 = arith.addi %v1013, %v32 : i64
                %v1015 = llvm.getelementptr %in_Cm[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                %v1017 = arith.muli %v46, %v287 : i64
                %v1018 = arith.muli %v1010, %v286 : i64
                %v1019 = arith.addi %v1017, %v1018 : i64
                %v1020 = arith.muli %v44, %size_P : i64
                %v1021 = arith.addi %v1019, %v1020 : i64
                %v1022 = arith.addi %v1021, %v42 : i64
                %v1023 = llvm.getelementptr %dy_y[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                %v1025 = arith.mulf %v1016, %v1024 fastmath<contract> : f32
                %v1026 = llvm.load %v52 : !llvm.ptr -> f32
                %v1027 = llvm.load %v54 : !llvm.ptr -> f32
                %v1028 = arith.mulf %v1027, %v1026 fastmath<contract> : f32
                %v1029 = arith.addf %v1025, %v1028 fastmath<contract> : f32
                llvm.store %v1029, %v52 : f32, !llvm.ptr
                %v1030 = arith.muli %v46, %v314 : i64
                %v1031 = arith.muli %v1010, %v1 : i64
                %v1032 = arith.addi %v1030, %v1031 : i64
                %v1033 = arith.constant 8 : i64
                %v1034 = arith.addi %v1033, %v32 : i64
                %v1035 = arith.addi %v1032, %v1034 : i64
                %v1036 = llvm.getelementptr %in_Cm[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
                %v1038 = arith.mulf %v1037, %v1024 fastmath<contract> : f32
                %v1039 = llvm.load %v53 : !llvm.ptr -> f32
                %v1040 = llvm.load %v55 : !llvm.ptr -> f32
                %v1041 = arith.mulf %v1040, %v1039 fastmath<contract> : f32
                %v1042 = arith.addf %v1038, %v1041 fastmath<contract> : f32
                llvm.store %v1042, %v53 : f32, !llvm.ptr
                scf.if %v996 {
                }
                %v1043 = arith.muli %v46, %v287 : i64
                %v1044 = arith.muli %v1010, %v286 : i64
                %v1045 = arith.addi %v1043, %v1044 : i64
                %v1046 = arith.muli %v44, %size_P : i64
                %v1047 = arith.addi %v1045, %v1046 : i64
                %v1048 = arith.addi %v1047, %v42 : i64
                %v1049 = llvm.getelementptr %in_x[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                %v1051 = arith.muli %v46, %v314 : i64
                %v1052 = arith.muli %v1010, %v1 : i64
                %v1053 = arith.addi %v1051, %v1052 : i64
                %v1054 = arith.addi %v1053, %v32 : i64
                %v1055 = llvm.getelementptr %in_Bm[%v1054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1056 = llvm.load %v1055 : !llvm.ptr -> f32
                %v1057 = llvm.load %v52 : !llvm.ptr -> f32
                %v1058 = arith.mulf %v1056, %v1057 fastmath<contract> : f32
                %v1059 = arith.muli %v46, %v314 : i64
                %v1060 = arith.muli %v1010, %v1 : i64
                %v1061 = arith.addi %v1059, %v1060 : i64
                %v1062 = arith.constant 8 : i64
                %v1063 = arith.addi %v1062, %v32 : i64
                %v1064 = arith.addi %v1061, %v1063 : i64
                %v1065 = llvm.getelementptr %in_Bm[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1066 = llvm.load %v1065 : !llvm.ptr -> f32
                %v1067 = llvm.load %v53 : !llvm.ptr -> f32
                %v1068 = arith.mulf %v1066, %v1067 fastmath<contract> : f32
                %v1069 = arith.addf %v1058, %v1068 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1070, %v1071 = gpu.shuffle xor %v1069, %v747, %v306 : f32
                %v1072 = arith.addf %v1069, %v1070 fastmath<contract> : f32
                %v1073, %v1074 = gpu.shuffle xor %v1072, %v751, %v306 : f32
                %v1075 = arith.addf %v1072, %v1073 fastmath<contract> : f32
                %v1076, %v1077 = gpu.shuffle xor %v1075, %v755, %v306 : f32
                %v1078 = arith.addf %v1075, %v1076 fastmath<contract> : f32
                // end sum over the lanes
                %v1079 = arith.mulf %v1050, %v1078 fastmath<contract> : f32
                %v1080 = arith.mulf %v558, %v1057 fastmath<contract> : f32
                %v1081 = arith.mulf %v569, %v1067 fastmath<contract> : f32
                %v1082 = arith.addf %v1080, %v1081 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1083, %v1084 = gpu.shuffle xor %v1082, %v747, %v306 : f32
                %v1085 = arith.addf %v1082, %v1083 fastmath<contract> : f32
                %v1086, %v1087 = gpu.shuffle xor %v1085, %v751, %v306 : f32
                %v1088 = arith.addf %v1085, %v1086 fastmath<contract> : f32
                %v1089, %v1090 = gpu.shuffle xor %v1088, %v755, %v306 : f32
                %v1091 = arith.addf %v1088, %v1089 fastmath<contract> : f32
                // end sum over the lanes
                %v1092 = arith.mulf %v1001, %v1091 fastmath<contract> : f32
                %v1093 = arith.mulf %v1003, %v1092 fastmath<contract> : f32
                %v1094 = arith.negf %v1093 : f32
                %v1095 = arith.addf %v1079, %v1094 fastmath<contract> : f32
                %v1096 = arith.mulf %v1095, %v1007 fastmath<contract> : f32
                %v1097 = arith.mulf %v1003, %v1091 fastmath<contract> : f32
                %v1098 = arith.mulf %v999, %v1097 fastmath<contract> : f32
                %v1099 = arith.mulf %v1001, %v1098 fastmath<contract> : f32
                %v1100 = llvm.load %v56 : !llvm.ptr -> f32
                %v1101 = arith.addf %v1100, %v1099 fastmath<contract> : f32
                llvm.store %v1101, %v56 : f32, !llvm.ptr
                %v1102 = arith.mulf %v1005, %v1057 fastmath<contract> : f32
                scf.if %v36 {
                  %v1103 = arith.addi %v51, %v38 : i64
                  %v1104 = arith.muli %v1103, %v1 : i64
                  %v1105 = arith.addi %v1104, %v32 : i64
                  %v1106 = arith.muli %v1105, %size_L : i64
                  %v1107 = arith.addi %v1106, %v1010 : i64
                  %v1108 = llvm.getelementptr %part_Bm[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1102, %v1108 : f32, !llvm.ptr
                }
                %v1109 = arith.mulf %v1005, %v1067 fastmath<contract> : f32
                scf.if %v36 {
                  %v1110 = arith.addi %v31, %v32 : i64
                  %v1111 = arith.addi %v51, %v38 : i64
                  %v1112 = arith.muli %v1111, %v1 : i64
                  %v1113 = arith.addi %v1112, %v1110 : i64
                  %v1114 = arith.muli %v1113, %size_L : i64
                  %v1115 = arith.addi %v1114, %v1010 : i64
                  %v1116 = llvm.getelementptr %part_Bm[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1109, %v1116 : f32, !llvm.ptr
                }
                %v1117 = arith.mulf %v586, %v1024 fastmath<contract> : f32
                scf.if %v36 {
                  %v1118 = arith.addi %v51, %v38 : i64
                  %v1119 = arith.muli %v1118, %v1 : i64
                  %v1120 = arith.addi %v1119, %v32 : i64
                  %v1121 = arith.muli %v1120, %size_L : i64
                  %v1122 = arith.addi %v1121, %v1010 : i64
                  %v1123 = llvm.getelementptr %part_Cm[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1117, %v1123 : f32, !llvm.ptr
                }
                %v1124 = arith.mulf %v597, %v1024 fastmath<contract> : f32
                scf.if %v36 {
                  %v1125 = arith.addi %v31, %v32 : i64
                  %v1126 = arith.addi %v51, %v38 : i64
                  %v1127 = arith.muli %v1126, %v1 : i64
                  %v1128 = arith.addi %v1127, %v1125 : i64
                  %v1129 = arith.muli %v1128, %size_L : i64
                  %v1130 = arith.addi %v1129, %v1010 : i64
                  %v1131 = llvm.getelementptr %part_Cm[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1124, %v1131 : f32, !llvm.ptr
                }
                %v1132 = llvm.load %v58 : !llvm.ptr -> f32
                %v1133 = arith.addf %v1132, %v1096 fastmath<contract> : f32
                llvm.store %v1133, %v58 : f32, !llvm.ptr
                %v1134 = arith.select %v36, %v1096, %v63 : f32
                // sum over the warp's outer points: shuffles
                %v1135, %v1136 = gpu.shuffle xor %v1134, %v815, %v306 : f32
                %v1137 = arith.addf %v1134, %v1135 fastmath<contract> : f32
                %v1138, %v1139 = gpu.shuffle xor %v1137, %v819, %v306 : f32
                %v1140 = arith.addf %v1137, %v1138 fastmath<contract> : f32
                %v1141 = arith.divui %v17, %v19 : i64
                %v1142 = arith.remui %v17, %v19 : i64
                %v1143 = arith.cmpi ult, %v1142, %v2 : i64
                %v1144 = arith.muli %v1141, %v826 : i64
                %v1145 = arith.addi %v1144, %v1009 : i64
                scf.if %v1143 {
                  %v1146 = llvm.getelementptr %v60[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1140, %v1146 : f32, !llvm.ptr
                }
                %v1147 = arith.addf %v1058, %v1068 fastmath<contract> : f32
                llvm.store %v1147, %v653 : f32, !llvm.ptr
                llvm.store %v1003, %v54 : f32, !llvm.ptr
                llvm.store %v1003, %v55 : f32, !llvm.ptr
                %v1148 = llvm.load %v653 : !llvm.ptr -> f32
                %v1149 = arith.addi %v355, %v48 : i64
                %v1150 = arith.cmpi slt, %v755, %v664 : i32
                %v1151 = arith.cmpi eq, %v755, %v670 : i32
                %v1152, %v1153 = gpu.shuffle idx %v412, %v128, %v306 : f32
                %v1154, %v1155 = gpu.shuffle idx %v413, %v128, %v306 : f32
                %v1156, %v1157 = gpu.shuffle idx %v417, %v128, %v306 : f32
                %v1158, %v1159 = gpu.shuffle idx %v420, %v128, %v306 : f32
                %v1160, %v1161 = gpu.shuffle idx %v429, %v128, %v306 : f32
                %v1162, %v1163 = gpu.shuffle idx %v434, %v128, %v306 : f32
                %v1164 = arith.addi %v357, %v337 : i64
                llvm.store %v63, %v653 : f32, !llvm.ptr
                %v1165 = arith.addi %v154, %v1149 : i64
                %v1166 = arith.muli %v46, %v314 : i64
                %v1167 = arith.muli %v1165, %v1 : i64
                %v1168 = arith.addi %v1166, %v1167 : i64
                %v1169 = arith.addi %v1168, %v32 : i64
                %v1170 = llvm.getelementptr %in_Cm[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
                %v1172 = arith.muli %v46, %v287 : i64
                %v1173 = arith.muli %v1165, %v286 : i64
                %v1174 = arith.addi %v1172, %v1173 : i64
                %v1175 = arith.muli %v44, %size_P : i64
                %v1176 = arith.addi %v1174, %v1175 : i64
                %v1177 = arith.addi %v1176, %v42 : i64
                %v1178 = llvm.getelementptr %dy_y[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
                %v1180 = arith.mulf %v1171, %v1179 fastmath<contract> : f32
                %v1181 = llvm.load %v52 : !llvm.ptr -> f32
                %v1182 = llvm.load %v54 : !llvm.ptr -> f32
                %v1183 = arith.mulf %v1182, %v1181 fastmath<contract> : f32
                %v1184 = arith.addf %v1180, %v1183 fastmath<contract> : f32
                llvm.store %v1184, %v52 : f32, !llvm.ptr
                %v1185 = arith.muli %v46, %v314 : i64
                %v1186 = arith.muli %v1165, %v1 : i64
                %v1187 = arith.addi %v1185, %v1186 : i64
                %v1188 = arith.constant 8 : i64
                %v1189 = arith.addi %v1188, %v32 : i64
                %v1190 = arith.addi %v1187, %v1189 : i64
                %v1191 = llvm.getelementptr %in_Cm[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
                %v1193 = arith.mulf %v1192, %v1179 fastmath<contract> : f32
                %v1194 = llvm.load %v53 : !llvm.ptr -> f32
                %v1195 = llvm.load %v55 : !llvm.ptr -> f32
                %v1196 = arith.mulf %v1195, %v1194 fastmath<contract> : f32
                %v1197 = arith.addf %v1193, %v1196 fastmath<contract> : f32
                llvm.store %v1197, %v53 : f32, !llvm.ptr
                scf.if %v1151 {
                }
                %v1198 = arith.muli %v46, %v287 : i64
                %v1199 = arith.muli %v1165, %v286 : i64
                %v1200 = arith.addi %v1198, %v1199 : i64
                %v1201 = arith.muli %v44, %size_P : i64
                %v1202 = arith.addi %v1200, %v1201 : i64
                %v1203 = arith.addi %v1202, %v42 : i64
                %v1204 = llvm.getelementptr %in_x[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
                %v1206 = arith.muli %v46, %v314 : i64
                %v1207 = arith.muli %v1165, %v1 : i64
                %v1208 = arith.addi %v1206, %v1207 : i64
                %v1209 = arith.addi %v1208, %v32 : i64
                %v1210 = llvm.getelementptr %in_Bm[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1211 = llvm.load %v1210 : !llvm.ptr -> f32
                %v1212 = llvm.load %v52 : !llvm.ptr -> f32
                %v1213 = arith.mulf %v1211, %v1212 fastmath<contract> : f32
                %v1214 = arith.muli %v46, %v314 : i64
                %v1215 = arith.muli %v1165, %v1 : i64
                %v1216 = arith.addi %v1214, %v1215 : i64
                %v1217 = arith.constant 8 : i64
                %v1218 = arith.addi %v1217, %v32 : i64
                %v1219 = arith.addi %v1216, %v1218 : i64
                %v1220 = llvm.getelementptr %in_Bm[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1221 = llvm.load %v1220 : !llvm.ptr -> f32
                %v1222 = llvm.load %v53 : !llvm.ptr -> f32
                %v1223 = arith.mulf %v1221, %v1222 fastmath<contract> : f32
                %v1224 = arith.addf %v1213, %v1223 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1225, %v1226 = gpu.shuffle xor %v1224, %v747, %v306 : f32
                %v1227 = arith.addf %v1224, %v1225 fastmath<contract> : f32
                %v1228, %v1229 = gpu.shuffle xor %v1227, %v751, %v306 : f32
                %v1230 = arith.addf %v1227, %v1228 fastmath<contract> : f32
                %v1231, %v1232 = gpu.shuffle xor %v1230, %v755, %v306 : f32
                %v1233 = arith.addf %v1230, %v1231 fastmath<contract> : f32
                // end sum over the lanes
                %v1234 = arith.mulf %v1205, %v1233 fastmath<contract> : f32
                %v1235 = arith.mulf %v531, %v1212 fastmath<contract> : f32
                %v1236 = arith.mulf %v542, %v1222 fastmath<contract> : f32
                %v1237 = arith.addf %v1235, %v1236 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1238, %v1239 = gpu.shuffle xor %v1237, %v747, %v306 : f32
                %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v751, %v306 : f32
                %v1243 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                %v1244, %v1245 = gpu.shuffle xor %v1243, %v755, %v306 : f32
                %v1246 = arith.addf %v1243, %v1244 fastmath<contract> : f32
                // end sum over the lanes
                %v1247 = arith.mulf %v1156, %v1246 fastmath<contract> : f32
                %v1248 = arith.mulf %v1158, %v1247 fastmath<contract> : f32
                %v1249 = arith.negf %v1248 : f32
                %v1250 = arith.addf %v1234, %v1249 fastmath<contract> : f32
                %v1251 = arith.mulf %v1250, %v1162 fastmath<contract> : f32
                %v1252 = arith.mulf %v1158, %v1246 fastmath<contract> : f32
                %v1253 = arith.mulf %v1154, %v1252 fastmath<contract> : f32
                %v1254 = arith.mulf %v1156, %v1253 fastmath<contract> : f32
                %v1255 = llvm.load %v56 : !llvm.ptr -> f32
                %v1256 = arith.addf %v1255, %v1254 fastmath<contract> : f32
                llvm.store %v1256, %v56 : f32, !llvm.ptr
                %v1257 = arith.mulf %v1160, %v1212 fastmath<contract> : f32
                scf.if %v36 {
                  %v1258 = arith.addi %v51, %v38 : i64
                  %v1259 = arith.muli %v1258, %v1 : i64
                  %v1260 = arith.addi %v1259, %v32 : i64
                  %v1261 = arith.muli %v1260, %size_L : i64
                  %v1262 = arith.addi %v1261, %v1165 : i64
                  %v1263 = llvm.getelementptr %part_Bm[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1257, %v1263 : f32, !llvm.ptr
                }
                %v1264 = arith.mulf %v1160, %v1222 fastmath<contract> : f32
                scf.if %v36 {
                  %v1265 = arith.addi %v31, %v32 : i64
                  %v1266 = arith.addi %v51, %v38 : i64
                  %v1267 = arith.muli %v1266, %v1 : i64
                  %v1268 = arith.addi %v1267, %v1265 : i64
                  %v1269 = arith.muli %v1268, %size_L : i64
                  %v1270 = arith.addi %v1269, %v1165 : i64
                  %v1271 = llvm.getelementptr %part_Bm[%v1270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1264, %v1271 : f32, !llvm.ptr
                }
                %v1272 = arith.mulf %v558, %v1179 fastmath<contract> : f32
                scf.if %v36 {
                  %v1273 = arith.addi %v51, %v38 : i64
                  %v1274 = arith.muli %v1273, %v1 : i64
                  %v1275 = arith.addi %v1274, %v32 : i64
                  %v1276 = arith.muli %v1275, %size_L : i64
                  %v1277 = arith.addi %v1276, %v1165 : i64
                  %v1278 = llvm.getelementptr %part_Cm[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1272, %v1278 : f32, !llvm.ptr
                }
                %v1279 = arith.mulf %v569, %v1179 fastmath<contract> : f32
                scf.if %v36 {
                  %v1280 = arith.addi %v31, %v32 : i64
                  %v1281 = arith.addi %v51, %v38 : i64
                  %v1282 = arith.muli %v1281, %v1 : i64
                  %v1283 = arith.addi %v1282, %v1280 : i64
                  %v1284 = arith.muli %v1283, %size_L : i64
                  %v1285 = arith.addi %v1284, %v1165 : i64
                  %v1286 = llvm.getelementptr %part_Cm[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1279, %v1286 : f32, !llvm.ptr
                }
                %v1287 = llvm.load %v58 : !llvm.ptr -> f32
                %v1288 = arith.addf %v1287, %v1251 fastmath<contract> : f32
                llvm.store %v1288, %v58 : f32, !llvm.ptr
                %v1289 = arith.select %v36, %v1251, %v63 : f32
                // sum over the warp's outer points: shuffles
                %v1290, %v1291 = gpu.shuffle xor %v1289, %v815, %v306 : f32
                %v1292 = arith.addf %v1289, %v1290 fastmath<contract> : f32
                %v1293, %v1294 = gpu.shuffle xor %v1292, %v819, %v306 : f32
                %v1295 = arith.addf %v1292, %v1293 fastmath<contract> : f32
                %v1296 = arith.divui %v17, %v19 : i64
                %v1297 = arith.remui %v17, %v19 : i64
                %v1298 = arith.cmpi ult, %v1297, %v2 : i64
                %v1299 = arith.muli %v1296, %v826 : i64
                %v1300 = arith.addi %v1299, %v1164 : i64
                scf.if %v1298 {
                  %v1301 = llvm.getelementptr %v60[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1295, %v1301 : f32, !llvm.ptr
                }
                %v1302 = arith.addf %v1213, %v1223 fastmath<contract> : f32
                llvm.store %v1302, %v653 : f32, !llvm.ptr
                llvm.store %v1158, %v54 : f32, !llvm.ptr
                llvm.store %v1158, %v55 : f32, !llvm.ptr
                %v1303 = llvm.load %v653 : !llvm.ptr -> f32
                %v1304 = arith.select %v656, %v1303, %v1148 : f32
                %v1305 = arith.select %v656, %v1148, %v1303 : f32
                %v1306, %v1307 = gpu.shuffle xor %v1304, %v747, %v306 : f32
                %v1308 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                %v1309 = arith.select %v659, %v1308, %v992 : f32
                %v1310 = arith.select %v659, %v992, %v1308 : f32
                %v1311, %v1312 = gpu.shuffle xor %v1309, %v751, %v306 : f32
                %v1313 = arith.addf %v1310, %v1311 fastmath<contract> : f32
                %v1314 = arith.addi %v355, %v337 : i64
                %v1316 = arith.cmpi slt, %v1315, %v664 : i32
                %v1317 = arith.cmpi eq, %v1315, %v670 : i32
                %v1318, %v1319 = gpu.shuffle idx %v412, %v124, %v306 : f32
                %v1320, %v1321 = gpu.shuffle idx %v413, %v124, %v306 : f32
                %v1322, %v1323 = gpu.shuffle idx %v417, %v124, %v306 : f32
                %v1324, %v1325 = gpu.shuffle idx %v420, %v124, %v306 : f32
                %v1326, %v1327 = gpu.shuffle idx %v429, %v124, %v306 : f32
                %v1328, %v1329 = gpu.shuffle idx %v434, %v124, %v306 : f32
                %v1330 = arith.addi %v357, %v48 : i64
                llvm.store %v63, %v653 : f32, !llvm.ptr
                %v1331 = arith.addi %v154, %v1314 : i64
                %v1332 = arith.muli %v46, %v314 : i64
                %v1333 = arith.muli %v1331, %v1 : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = arith.addi %v1334, %v32 : i64
                %v1336 = llvm.getelementptr %in_Cm[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
                %v1338 = arith.muli %v46, %v287 : i64
                %v1339 = arith.muli %v1331, %v286 : i64
                %v1340 = arith.addi %v1338, %v1339 : i64
                %v1341 = arith.muli %v44, %size_P : i64
                %v1342 = arith.addi %v1340, %v1341 : i64
                %v1343 = arith.addi %v1342, %v42 : i64
                %v1344 = llvm.getelementptr %dy_y[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
                %v1346 = arith.mulf %v1337, %v1345 fastmath<contract> : f32
                %v1347 = llvm.load %v52 : !llvm.ptr -> f32
                %v1348 = llvm.load %v54 : !llvm.ptr -> f32
                %v1349 = arith.mulf %v1348, %v1347 fastmath<contract> : f32
                %v1350 = arith.addf %v1346, %v1349 fastmath<contract> : f32
                llvm.store %v1350, %v52 : f32, !llvm.ptr
                %v1351 = arith.muli %v46, %v314 : i64
                %v1352 = arith.muli %v1331, %v1 : i64
                %v1353 = arith.addi %v1351, %v1352 : i64
                %v1354 = arith.constant 8 : i64
                %v1355 = arith.addi %v1354, %v32 : i64
                %v1356 = arith.addi %v1353, %v1355 : i64
                %v1357 = llvm.getelementptr %in_Cm[%v1356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1358 = llvm.load %v1357 : !llvm.ptr -> f32
                %v1359 = arith.mulf %v1358, %v1345 fastmath<contract> : f32
                %v1360 = llvm.load %v53 : !llvm.ptr -> f32
                %v1361 = llvm.load %v55 : !llvm.ptr -> f32
                %v1362 = arith.mulf %v1361, %v1360 fastmath<contract> : f32
                %v1363 = arith.addf %v1359, %v1362 fastmath<contract> : f32
                llvm.store %v1363, %v53 : f32, !llvm.ptr
                scf.if %v1317 {
                }
                %v1364 = arith.muli %v46, %v287 : i64
                %v1365 = arith.muli %v1331, %v286 : i64
                %v1366 = arith.addi %v1364, %v1365 : i64
                %v1367 = arith.muli %v44, %size_P : i64
                %v1368 = arith.addi %v1366, %v1367 : i64
                %v1369 = arith.addi %v1368, %v42 : i64
                %v1370 = llvm.getelementptr %in_x[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
                %v1372 = arith.muli %v46, %v314 : i64
                %v1373 = arith.muli %v1331, %v1 : i64
                %v1374 = arith.addi %v1372, %v1373 : i64
                %v1375 = arith.addi %v1374, %v32 : i64
                %v1376 = llvm.getelementptr %in_Bm[%v1375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1377 = llvm.load %v1376 : !llvm.ptr -> f32
                %v1378 = llvm.load %v52 : !llvm.ptr -> f32
                %v1379 = arith.mulf %v1377, %v1378 fastmath<contract> : f32
                %v1380 = arith.muli %v46, %v314 : i64
                %v1381 = arith.muli %v1331, %v1 : i64
                %v1382 = arith.addi %v1380, %v1381 : i64
                %v1383 = arith.constant 8 : i64
                %v1384 = arith.addi %v1383, %v32 : i64
                %v1385 = arith.addi %v1382, %v1384 : i64
                %v1386 = llvm.getelementptr %in_Bm[%v1385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
                %v1388 = llvm.load %v53 : !llvm.ptr -> f32
                %v1389 = arith.mulf %v1387, %v1388 fastmath<contract> : f32
                %v1390 = arith.addf %v1379, %v1389 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1391, %v1392 = gpu.shuffle xor %v1390, %v747, %v306 : f32
                %v1393 = arith.addf %v1390, %v1391 fastmath<contract> : f32
                %v1394, %v1395 = gpu.shuffle xor %v1393, %v751, %v306 : f32
                %v1396 = arith.addf %v1393, %v1394 fastmath<contract> : f32
                %v1397, %v1398 = gpu.shuffle xor %v1396, %v755, %v306 : f32
                %v1399 = arith.addf %v1396, %v1397 fastmath<contract> : f32
                // end sum over the lanes
                %v1400 = arith.mulf %v1371, %v1399 fastmath<contract> : f32
                %v1401 = arith.mulf %v504, %v1378 fastmath<contract> : f32
                %v1402 = arith.mulf %v515, %v1388 fastmath<contract> : f32
                %v1403 = arith.addf %v1401, %v1402 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1404, %v1405 = gpu.shuffle xor %v1403, %v747, %v306 : f32
                %v1406 = arith.addf %v1403, %v1404 fastmath<contract> : f32
                %v1407, %v1408 = gpu.shuffle xor %v1406, %v751, %v306 : f32
                %v1409 = arith.addf %v1406, %v1407 fastmath<contract> : f32
                %v1410, %v1411 = gpu.shuffle xor %v1409, %v755, %v306 : f32
                %v1412 = arith.addf %v1409, %v1410 fastmath<contract> : f32
                // end sum over the lanes
                %v1413 = arith.mulf %v1322, %v1412 fastmath<contract> : f32
                %v1414 = arith.mulf %v1324, %v1413 fastmath<contract> : f32
                %v1415 = arith.negf %v1414 : f32
                %v1416 = arith.addf %v1400, %v1415 fastmath<contract> : f32
                %v1417 = arith.mulf %v1416, %v1328 fastmath<contract> : f32
                %v1418 = arith.mulf %v1324, %v1412 fastmath<contract> : f32
                %v1419 = arith.mulf %v1320, %v1418 fastmath<contract> : f32
                %v1420 = arith.mulf %v1322, %v1419 fastmath<contract> : f32
                %v1421 = llvm.load %v56 : !llvm.ptr -> f32
                %v1422 = arith.addf %v1421, %v1420 fastmath<contract> : f32
                llvm.store %v1422, %v56 : f32, !llvm.ptr
                %v1423 = arith.mulf %v1326, %v1378 fastmath<contract> : f32
                scf.if %v36 {
                  %v1424 = arith.addi %v51, %v38 : i64
                  %v1425 = arith.muli %v1424, %v1 : i64
                  %v1426 = arith.addi %v1425, %v32 : i64
                  %v1427 = arith.muli %v1426, %size_L : i64
                  %v1428 = arith.addi %v1427, %v1331 : i64
                  %v1429 = llvm.getelementptr %part_Bm[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1423, %v1429 : f32, !llvm.ptr
                }
                %v1430 = arith.mulf %v1326, %v1388 fastmath<contract> : f32
                scf.if %v36 {
                  %v1431 = arith.addi %v31, %v32 : i64
                  %v1432 = arith.addi %v51, %v38 : i64
                  %v1433 = arith.muli %v1432, %v1 : i64
                  %v1434 = arith.addi %v1433, %v1431 : i64
                  %v1435 = arith.muli %v1434, %size_L : i64
                  %v1436 = arith.addi %v1435, %v1331 : i64
                  %v1437 = llvm.getelementptr %part_Bm[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1430, %v1437 : f32, !llvm.ptr
                }
                %v1438 = arith.mulf %v531, %v1345 fastmath<contract> : f32
                scf.if %v36 {
                  %v1439 = arith.addi %v51, %v38 : i64
                  %v1440 = arith.muli %v1439, %v1 : i64
                  %v1441 = arith.addi %v1440, %v32 : i64
                  %v1442 = arith.muli %v1441, %size_L : i64
                  %v1443 = arith.addi %v1442, %v1331 : i64
                  %v1444 = llvm.getelementptr %part_Cm[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1438, %v1444 : f32, !llvm.ptr
                }
                %v1445 = arith.mulf %v542, %v1345 fastmath<contract> : f32
                scf.if %v36 {
                  %v1446 = arith.addi %v31, %v32 : i64
                  %v1447 = arith.addi %v51, %v38 : i64
                  %v1448 = arith.muli %v1447, %v1 : i64
                  %v1449 = arith.addi %v1448, %v1446 : i64
                  %v1450 = arith.muli %v1449, %size_L : i64
                  %v1451 = arith.addi %v1450, %v1331 : i64
                  %v1452 = llvm.getelementptr %part_Cm[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1445, %v1452 : f32, !llvm.ptr
                }
                %v1453 = llvm.load %v58 : !llvm.ptr -> f32
                %v1454 = arith.addf %v1453, %v1417 fastmath<contract> : f32
                llvm.store %v1454, %v58 : f32, !llvm.ptr
                %v1455 = arith.select %v36, %v1417, %v63 : f32
                // sum over the warp's outer points: shuffles
                %v1456, %v1457 = gpu.shuffle xor %v1455, %v815, %v306 : f32
                %v1458 = arith.addf %v1455, %v1456 fastmath<contract> : f32
                %v1459, %v1460 = gpu.shuffle xor %v1458, %v819, %v306 : f32
                %v1461 = arith.addf %v1458, %v1459 fastmath<contract> : f32
                %v1462 = arith.divui %v17, %v19 : i64
                %v1463 = arith.remui %v17, %v19 : i64
                %v1464 = arith.cmpi ult, %v1463, %v2 : i64
                %v1465 = arith.muli %v1462, %v826 : i64
                %v1466 = arith.addi %v1465, %v1330 : i64
                scf.if %v1464 {
                  %v1467 = llvm.getelementptr %v60[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1461, %v1467 : f32, !llvm.ptr
                }
                %v1468 = arith.addf %v1379, %v1389 fastmath<contract> : f32
                llvm.store %v1468, %v653 : f32, !llvm.ptr
                llvm.store %v1324, %v54 : f32, !llvm.ptr
                llvm.store %v1324, %v55 : f32, !llvm.ptr
                %v1469 = llvm.load %v653 : !llvm.ptr -> f32
                %v1470 = arith.addi %v355, %v488 : i64
                %v1471 = arith.cmpi slt, %v751, %v664 : i32
                %v1472 = arith.cmpi eq, %v751, %v670 : i32
                %v1473, %v1474 = gpu.shuffle idx %v412, %v120, %v306 : f32
                %v1475, %v1476 = gpu.shuffle idx %v413, %v120, %v306 : f32
                %v1477, %v1478 = gpu.shuffle idx %v417, %v120, %v306 : f32
                %v1479, %v1480 = gpu.shuffle idx %v420, %v120, %v306 : f32
                %v1481, %v1482 = gpu.shuffle idx %v429, %v120, %v306 : f32
                %v1483, %v1484 = gpu.shuffle idx %v434, %v120, %v306 : f32
                %v1485 = arith.addi %v357, %v570 : i64
                llvm.store %v63, %v653 : f32, !llvm.ptr
                %v1486 = arith.addi %v154, %v1470 : i64
                %v1487 = arith.muli %v46, %v314 : i64
                %v1488 = arith.muli %v1486, %v1 : i64
                %v1489 = arith.addi %v1487, %v1488 : i64
                %v1490 = arith.addi %v1489, %v32 : i64
                %v1491 = llvm.getelementptr %in_Cm[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1492 = llvm.load %v1491 : !llvm.ptr -> f32
                %v1493 = arith.muli %v46, %v287 : i64
                %v1494 = arith.muli %v1486, %v286 : i64
                %v1495 = arith.addi %v1493, %v1494 : i64
                %v1496 = arith.muli %v44, %size_P : i64
                %v1497 = arith.addi %v1495, %v1496 : i64
                %v1498 = arith.addi %v1497, %v42 : i64
                %v1499 = llvm.getelementptr %dy_y[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
                %v1501 = arith.mulf %v1492, %v1500 fastmath<contract> : f32
                %v1502 = llvm.load %v52 : !llvm.ptr -> f32
                %v1503 = llvm.load %v54 : !llvm.ptr -> f32
                %v1504 = arith.mulf %v1503, %v1502 fastmath<contract> : f32
                %v1505 = arith.addf %v1501, %v1504 fastmath<contract> : f32
                llvm.store %v1505, %v52 : f32, !llvm.ptr
                %v1506 = arith.muli %v46, %v314 : i64
                %v1507 = arith.muli %v1486, %v1 : i64
                %v1508 = arith.addi %v1506, %v1507 : i64
                %v1509 = arith.constant 8 : i64
                %v1510 = arith.addi %v1509, %v32 : i64
                %v1511 = arith.addi %v1508, %v1510 : i64
                %v1512 = llvm.getelementptr %in_Cm[%v1511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1513 = llvm.load %v1512 : !llvm.ptr -> f32
                %v1514 = arith.mulf %v1513, %v1500 fastmath<contract> : f32
                %v1515 = llvm.load %v53 : !llvm.ptr -> f32
                %v1516 = llvm.load %v55 : !llvm.ptr -> f32
                %v1517 = arith.mulf %v1516, %v1515 fastmath<contract> : f32
                %v1518 = arith.addf %v1514, %v1517 fastmath<contract> : f32
                llvm.store %v1518, %v53 : f32, !llvm.ptr
                scf.if %v1472 {
                }
                %v1519 = arith.muli %v46, %v287 : i64
                %v1520 = arith.muli %v1486, %v286 : i64
                %v1521 = arith.addi %v1519, %v1520 : i64
                %v1522 = arith.muli %v44, %size_P : i64
                %v1523 = arith.addi %v1521, %v1522 : i64
                %v1524 = arith.addi %v1523, %v42 : i64
                %v1525 = llvm.getelementptr %in_x[%v1524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1526 = llvm.load %v1525 : !llvm.ptr -> f32
                %v1527 = arith.muli %v46, %v314 : i64
                %v1528 = arith.muli %v1486, %v1 : i64
                %v1529 = arith.addi %v1527, %v1528 : i64
                %v1530 = arith.addi %v1529, %v32 : i64
                %v1531 = llvm.getelementptr %in_Bm[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
                %v1533 = llvm.load %v52 : !llvm.ptr -> f32
                %v1534 = arith.mulf %v1532, %v1533 fastmath<contract> : f32
                %v1535 = arith.muli %v46, %v314 : i64
                %v1536 = arith.muli %v1486, %v1 : i64
                %v1537 = arith.addi %v1535, %v1536 : i64
                %v1538 = arith.constant 8 : i64
                %v1539 = arith.addi %v1538, %v32 : i64
                %v1540 = arith.addi %v1537, %v1539 : i64
                %v1541 = llvm.getelementptr %in_Bm[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
                %v1543 = llvm.load %v53 : !llvm.ptr -> f32
                %v1544 = arith.mulf %v1542, %v1543 fastmath<contract> : f32
                %v1545 = arith.addf %v1534, %v1544 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1546, %v1547 = gpu.shuffle xor %v1545, %v747, %v306 : f32
                %v1548 = arith.addf %v1545, %v1546 fastmath<contract> : f32
                %v1549, %v1550 = gpu.shuffle xor %v1548, %v751, %v306 : f32
                %v1551 = arith.addf %v1548, %v1549 fastmath<contract> : f32
                %v1552, %v1553 = gpu.shuffle xor %v1551, %v755, %v306 : f32
                %v1554 = arith.addf %v1551, %v1552 fastmath<contract> : f32
                // end sum over the lanes
                %v1555 = arith.mulf %v1526, %v1554 fastmath<contract> : f32
                %v1556 = arith.mulf %v476, %v1533 fastmath<contract> : f32
                %v1557 = arith.mulf %v487, %v1543 fastmath<contract> : f32
                %v1558 = arith.addf %v1556, %v1557 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1559, %v1560 = gpu.shuffle xor %v1558, %v747, %v306 : f32
                %v1561 = arith.addf %v1558, %v1559 fastmath<contract> : f32
                %v1562, %v1563 = gpu.shuffle xor %v1561, %v751, %v306 : f32
                %v1564 = arith.addf %v1561, %v1562 fastmath<contract> : f32
                %v1565, %v1566 = gpu.shuffle xor %v1564, %v755, %v306 : f32
                %v1567 = arith.addf %v1564, %v1565 fastmath<contract> : f32
                // end sum over the lanes
                %v1568 = arith.mulf %v1477, %v1567 fastmath<contract> : f32
                %v1569 = arith.mulf %v1479, %v1568 fastmath<contract> : f32
                %v1570 = arith.negf %v1569 : f32
                %v1571 = arith.addf %v1555, %v1570 fastmath<contract> : f32
                %v1572 = arith.mulf %v1571, %v1483 fastmath<contract> : f32
                %v1573 = arith.mulf %v1479, %v1567 fastmath<contract> : f32
                %v1574 = arith.mulf %v1475, %v1573 fastmath<contract> : f32
                %v1575 = arith.mulf %v1477, %v1574 fastmath<contract> : f32
                %v1576 = llvm.load %v56 : !llvm.ptr -> f32
                %v1577 = arith.addf %v1576, %v1575 fastmath<contract> : f32
                llvm.store %v1577, %v56 : f32, !llvm.ptr
                %v1578 = arith.mulf %v1481, %v1533 fastmath<contract> : f32
                scf.if %v36 {
                  %v1579 = arith.addi %v51, %v38 : i64
                  %v1580 = arith.muli %v1579, %v1 : i64
                  %v1581 = arith.addi %v1580, %v32 : i64
                  %v1582 = arith.muli %v1581, %size_L : i64
                  %v1583 = arith.addi %v1582, %v1486 : i64
                  %v1584 = llvm.getelementptr %part_Bm[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1578, %v1584 : f32, !llvm.ptr
                }
                %v1585 = arith.mulf %v1481, %v1543 fastmath<contract> : f32
                scf.if %v36 {
                  %v1586 = arith.addi %v31, %v32 : i64
                  %v1587 = arith.addi %v51, %v38 : i64
                  %v1588 = arith.muli %v1587, %v1 : i64
                  %v1589 = arith.addi %v1588, %v1586 : i64
                  %v1590 = arith.muli %v1589, %size_L : i64
                  %v1591 = arith.addi %v1590, %v1486 : i64
                  %v1592 = llvm.getelementptr %part_Bm[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1585, %v1592 : f32, !llvm.ptr
                }
                %v1593 = arith.mulf %v504, %v1500 fastmath<contract> : f32
                scf.if %v36 {
                  %v1594 = arith.addi %v51, %v38 : i64
                  %v1595 = arith.muli %v1594, %v1 : i64
                  %v1596 = arith.addi %v1595, %v32 : i64
                  %v1597 = arith.muli %v1596, %size_L : i64
                  %v1598 = arith.addi %v1597, %v1486 : i64
                  %v1599 = llvm.getelementptr %part_Cm[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1593, %v1599 : f32, !llvm.ptr
                }
                %v1600 = arith.mulf %v515, %v1500 fastmath<contract> : f32
                scf.if %v36 {
                  %v1601 = arith.addi %v31, %v32 : i64
                  %v1602 = arith.addi %v51, %v38 : i64
                  %v1603 = arith.muli %v1602, %v1 : i64
                  %v1604 = arith.addi %v1603, %v1601 : i64
                  %v1605 = arith.muli %v1604, %size_L : i64
                  %v1606 = arith.addi %v1605, %v1486 : i64
                  %v1607 = llvm.getelementptr %part_Cm[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1600, %v1607 : f32, !llvm.ptr
                }
                %v1608 = llvm.load %v58 : !llvm.ptr -> f32
                %v1609 = arith.addf %v1608, %v1572 fastmath<contract> : f32
                llvm.store %v1609, %v58 : f32, !llvm.ptr
                %v1610 = arith.select %v36, %v1572, %v63 : f32
                // sum over the warp's outer points: shuffles
                %v1611, %v1612 = gpu.shuffle xor %v1610, %v815, %v306 : f32
                %v1613 = arith.addf %v1610, %v1611 fastmath<contract> : f32
                %v1614, %v1615 = gpu.shuffle xor %v1613, %v819, %v306 : f32
                %v1616 = arith.addf %v1613, %v1614 fastmath<contract> : f32
                %v1617 = arith.divui %v17, %v19 : i64
                %v1618 = arith.remui %v17, %v19 : i64
                %v1619 = arith.cmpi ult, %v1618, %v2 : i64
                %v1620 = arith.muli %v1617, %v826 : i64
                %v1621 = arith.addi %v1620, %v1485 : i64
                scf.if %v1619 {
                  %v1622 = llvm.getelementptr %v60[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1616, %v1622 : f32, !llvm.ptr
                }
                %v1623 = arith.addf %v1534, %v1544 fastmath<contract> : f32
                llvm.store %v1623, %v653 : f32, !llvm.ptr
                llvm.store %v1479, %v54 : f32, !llvm.ptr
                llvm.store %v1479, %v55 : f32, !llvm.ptr
                %v1624 = llvm.load %v653 : !llvm.ptr -> f32
                %v1625 = arith.select %v656, %v1624, %v1469 : f32
                %v1626 = arith.select %v656, %v1469, %v1624 : f32
                %v1627, %v1628 = gpu.shuffle xor %v1625, %v747, %v306 : f32
                %v1629 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                %v1630 = arith.addi %v355, %v2 : i64
                %v1631 = arith.cmpi slt, %v747, %v664 : i32
                %v1632 = arith.cmpi eq, %v747, %v670 : i32
                %v1633, %v1634 = gpu.shuffle idx %v412, %v116, %v306 : f32
                %v1635, %v1636 = gpu.shuffle idx %v413, %v116, %v306 : f32
                %v1637, %v1638 = gpu.shuffle idx %v417, %v116, %v306 : f32
                %v1639, %v1640 = gpu.shuffle idx %v420, %v116, %v306 : f32
                %v1641, %v1642 = gpu.shuffle idx %v429, %v116, %v306 : f32
                %v1643, %v1644 = gpu.shuffle idx %v434, %v116, %v306 : f32
                %v1645 = arith.addi %v357, %v598 : i64
                llvm.store %v63, %v653 : f32, !llvm.ptr
                %v1646 = arith.addi %v154, %v1630 : i64
                %v1647 = arith.muli %v46, %v314 : i64
                %v1648 = arith.muli %v1646, %v1 : i64
                %v1649 = arith.addi %v1647, %v1648 : i64
                %v1650 = arith.addi %v1649, %v32 : i64
                %v1651 = llvm.getelementptr %in_Cm[%v1650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1652 = llvm.load %v1651 : !llvm.ptr -> f32
                %v1653 = arith.muli %v46, %v287 : i64
                %v1654 = arith.muli %v1646, %v286 : i64
                %v1655 = arith.addi %v1653, %v1654 : i64
                %v1656 = arith.muli %v44, %size_P : i64
                %v1657 = arith.addi %v1655, %v1656 : i64
                %v1658 = arith.addi %v1657, %v42 : i64
                %v1659 = llvm.getelementptr %dy_y[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
                %v1661 = arith.mulf %v1652, %v1660 fastmath<contract> : f32
                %v1662 = llvm.load %v52 : !llvm.ptr -> f32
                %v1663 = llvm.load %v54 : !llvm.ptr -> f32
                %v1664 = arith.mulf %v1663, %v1662 fastmath<contract> : f32
                %v1665 = arith.addf %v1661, %v1664 fastmath<contract> : f32
                llvm.store %v1665, %v52 : f32, !llvm.ptr
                %v1666 = arith.muli %v46, %v314 : i64
                %v1667 = arith.muli %v1646, %v1 : i64
                %v1668 = arith.addi %v1666, %v1667 : i64
                %v1669 = arith.constant 8 : i64
                %v1670 = arith.addi %v1669, %v32 : i64
                %v1671 = arith.addi %v1668, %v1670 : i64
                %v1672 = llvm.getelementptr %in_Cm[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
                %v1674 = arith.mulf %v1673, %v1660 fastmath<contract> : f32
                %v1675 = llvm.load %v53 : !llvm.ptr -> f32
                %v1676 = llvm.load %v55 : !llvm.ptr -> f32
                %v1677 = arith.mulf %v1676, %v1675 fastmath<contract> : f32
                %v1678 = arith.addf %v1674, %v1677 fastmath<contract> : f32
                llvm.store %v1678, %v53 : f32, !llvm.ptr
                scf.if %v1632 {
                }
                %v1679 = arith.muli %v46, %v287 : i64
                %v1680 = arith.muli %v1646, %v286 : i64
                %v1681 = arith.addi %v1679, %v1680 : i64
                %v1682 = arith.muli %v44, %size_P : i64
                %v1683 = arith.addi %v1681, %v1682 : i64
                %v1684 = arith.addi %v1683, %v42 : i64
                %v1685 = llvm.getelementptr %in_x[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
                %v1687 = arith.muli %v46, %v314 : i64
                %v1688 = arith.muli %v1646, %v1 : i64
                %v1689 = arith.addi %v1687, %v1688 : i64
                %v1690 = arith.addi %v1689, %v32 : i64
                %v1691 = llvm.getelementptr %in_Bm[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1692 = llvm.load %v1691 : !llvm.ptr -> f32
                %v1693 = llvm.load %v52 : !llvm.ptr -> f32
                %v1694 = arith.mulf %v1692, %v1693 fastmath<contract> : f32
                %v1695 = arith.muli %v46, %v314 : i64
                %v1696 = arith.muli %v1646, %v1 : i64
                %v1697 = arith.addi %v1695, %v1696 : i64
                %v1698 = arith.constant 8 : i64
                %v1699 = arith.addi %v1698, %v32 : i64
                %v1700 = arith.addi %v1697, %v1699 : i64
                %v1701 = llvm.getelementptr %in_Bm[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
                %v1703 = llvm.load %v53 : !llvm.ptr -> f32
                %v1704 = arith.mulf %v1702, %v1703 fastmath<contract> : f32
                %v1705 = arith.addf %v1694, %v1704 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1706, %v1707 = gpu.shuffle xor %v1705, %v747, %v306 : f32
                %v1708 = arith.addf %v1705, %v1706 fastmath<contract> : f32
                %v1709, %v1710 = gpu.shuffle xor %v1708, %v751, %v306 : f32
                %v1711 = arith.addf %v1708, %v1709 fastmath<contract> : f32
                %v1712, %v1713 = gpu.shuffle xor %v1711, %v755, %v306 : f32
                %v1714 = arith.addf %v1711, %v1712 fastmath<contract> : f32
                // end sum over the lanes
                %v1715 = arith.mulf %v1686, %v1714 fastmath<contract> : f32
                %v1716 = arith.mulf %v449, %v1693 fastmath<contract> : f32
                %v1717 = arith.mulf %v460, %v1703 fastmath<contract> : f32
                %v1718 = arith.addf %v1716, %v1717 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1719, %v1720 = gpu.shuffle xor %v1718, %v747, %v306 : f32
                %v1721 = arith.addf %v1718, %v1719 fastmath<contract> : f32
                %v1722, %v1723 = gpu.shuffle xor %v1721, %v751, %v306 : f32
                %v1724 = arith.addf %v1721, %v1722 fastmath<contract> : f32
                %v1725, %v1726 = gpu.shuffle xor %v1724, %v755, %v306 : f32
                %v1727 = arith.addf %v1724, %v1725 fastmath<contract> : f32
                // end sum over the lanes
                %v1728 = arith.mulf %v1637, %v1727 fastmath<contract> : f32
                %v1729 = arith.mulf %v1639, %v1728 fastmath<contract> : f32
                %v1730 = arith.negf %v1729 : f32
                %v1731 = arith.addf %v1715, %v1730 fastmath<contract> : f32
                %v1732 = arith.mulf %v1731, %v1643 fastmath<contract> : f32
                %v1733 = arith.mulf %v1639, %v1727 fastmath<contract> : f32
                %v1734 = arith.mulf %v1635, %v1733 fastmath<contract> : f32
                %v1735 = arith.mulf %v1637, %v1734 fastmath<contract> : f32
                %v1736 = llvm.load %v56 : !llvm.ptr -> f32
                %v1737 = arith.addf %v1736, %v1735 fastmath<contract> : f32
                llvm.store %v1737, %v56 : f32, !llvm.ptr
                %v1738 = arith.mulf %v1641, %v1693 fastmath<contract> : f32
                scf.if %v36 {
                  %v1739 = arith.addi %v51, %v38 : i64
                  %v1740 = arith.muli %v1739, %v1 : i64
                  %v1741 = arith.addi %v1740, %v32 : i64
                  %v1742 = arith.muli %v1741, %size_L : i64
                  %v1743 = arith.addi %v1742, %v1646 : i64
                  %v1744 = llvm.getelementptr %part_Bm[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1738, %v1744 : f32, !llvm.ptr
                }
                %v1745 = arith.mulf %v1641, %v1703 fastmath<contract> : f32
                scf.if %v36 {
                  %v1746 = arith.addi %v31, %v32 : i64
                  %v1747 = arith.addi %v51, %v38 : i64
                  %v1748 = arith.muli %v1747, %v1 : i64
                  %v1749 = arith.addi %v1748, %v1746 : i64
                  %v1750 = arith.muli %v1749, %size_L : i64
                  %v1751 = arith.addi %v1750, %v1646 : i64
                  %v1752 = llvm.getelementptr %part_Bm[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1745, %v1752 : f32, !llvm.ptr
                }
                %v1753 = arith.mulf %v476, %v1660 fastmath<contract> : f32
                scf.if %v36 {
                  %v1754 = arith.addi %v51, %v38 : i64
                  %v1755 = arith.muli %v1754, %v1 : i64
                  %v1756 = arith.addi %v1755, %v32 : i64
                  %v1757 = arith.muli %v1756, %size_L : i64
                  %v1758 = arith.addi %v1757, %v1646 : i64
                  %v1759 = llvm.getelementptr %part_Cm[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1753, %v1759 : f32, !llvm.ptr
                }
                %v1760 = arith.mulf %v487, %v1660 fastmath<contract> : f32
                scf.if %v36 {
                  %v1761 = arith.addi %v31, %v32 : i64
                  %v1762 = arith.addi %v51, %v38 : i64
                  %v1763 = arith.muli %v1762, %v1 : i64
                  %v1764 = arith.addi %v1763, %v1761 : i64
                  %v1765 = arith.muli %v1764, %size_L : i64
                  %v1766 = arith.addi %v1765, %v1646 : i64
                  %v1767 = llvm.getelementptr %part_Cm[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1760, %v1767 : f32, !llvm.ptr
                }
                %v1768 = llvm.load %v58 : !llvm.ptr -> f32
                %v1769 = arith.addf %v1768, %v1732 fastmath<contract> : f32
                llvm.store %v1769, %v58 : f32, !llvm.ptr
                %v1770 = arith.select %v36, %v1732, %v63 : f32
                // sum over the warp's outer points: shuffles
                %v1771, %v1772 = gpu.shuffle xor %v1770, %v815, %v306 : f32
                %v1773 = arith.addf %v1770, %v1771 fastmath<contract> : f32
                %v1774, %v1775 = gpu.shuffle xor %v1773, %v819, %v306 : f32
                %v1776 = arith.addf %v1773, %v1774 fastmath<contract> : f32
                %v1777 = arith.divui %v17, %v19 : i64
                %v1778 = arith.remui %v17, %v19 : i64
                %v1779 = arith.cmpi ult, %v1778, %v2 : i64
                %v1780 = arith.muli %v1777, %v826 : i64
                %v1781 = arith.addi %v1780, %v1645 : i64
                scf.if %v1779 {
                  %v1782 = llvm.getelementptr %v60[%v1781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1776, %v1782 : f32, !llvm.ptr
                }
                %v1783 = arith.addf %v1694, %v1704 fastmath<contract> : f32
                llvm.store %v1783, %v653 : f32, !llvm.ptr
                llvm.store %v1639, %v54 : f32, !llvm.ptr
                llvm.store %v1639, %v55 : f32, !llvm.ptr
                %v1784 = llvm.load %v653 : !llvm.ptr -> f32
                %v1786 = arith.cmpi slt, %v1785, %v664 : i32
                %v1787 = arith.cmpi eq, %v1785, %v670 : i32
                %v1788, %v1789 = gpu.shuffle idx %v412, %v112, %v306 : f32
                %v1790, %v1791 = gpu.shuffle idx %v413, %v112, %v306 : f32
                %v1792, %v1793 = gpu.shuffle idx %v417, %v112, %v306 : f32
                %v1794, %v1795 = gpu.shuffle idx %v420, %v112, %v306 : f32
                %v1796, %v1797 = gpu.shuffle idx %v429, %v112, %v306 : f32
                %v1798, %v1799 = gpu.shuffle idx %v434, %v112, %v306 : f32
                %v1800 = arith.addi %v357, %v104 : i64
                llvm.store %v63, %v653 : f32, !llvm.ptr
                %v1801 = arith.addi %v154, %v355 : i64
                %v1802 = arith.muli %v46, %v314 : i64
                %v1803 = arith.muli %v1801, %v1 : i64
                %v1804 = arith.addi %v1802, %v1803 : i64
                %v1805 = arith.addi %v1804, %v32 : i64
                %v1806 = llvm.getelementptr %in_Cm[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
                %v1808 = arith.muli %v46, %v287 : i64
                %v1809 = arith.muli %v1801, %v286 : i64
                %v1810 = arith.addi %v1808, %v1809 : i64
                %v1811 = arith.muli %v44, %size_P : i64
                %v1812 = arith.addi %v1810, %v1811 : i64
                %v1813 = arith.addi %v1812, %v42 : i64
                %v1814 = llvm.getelementptr %dy_y[%v1813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1815 = llvm.load %v1814 : !llvm.ptr -> f32
                %v1816 = arith.mulf %v1807, %v1815 fastmath<contract> : f32
                %v1817 = llvm.load %v52 : !llvm.ptr -> f32
                %v1818 = llvm.load %v54 : !llvm.ptr -> f32
                %v1819 = arith.mulf %v1818, %v1817 fastmath<contract> : f32
                %v1820 = arith.addf %v1816, %v1819 fastmath<contract> : f32
                llvm.store %v1820, %v52 : f32, !llvm.ptr
                %v1821 = arith.muli %v46, %v314 : i64
                %v1822 = arith.muli %v1801, %v1 : i64
                %v1823 = arith.addi %v1821, %v1822 : i64
                %v1824 = arith.constant 8 : i64
                %v1825 = arith.addi %v1824, %v32 : i64
                %v1826 = arith.addi %v1823, %v1825 : i64
                %v1827 = llvm.getelementptr %in_Cm[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
                %v1829 = arith.mulf %v1828, %v1815 fastmath<contract> : f32
                %v1830 = llvm.load %v53 : !llvm.ptr -> f32
                %v1831 = llvm.load %v55 : !llvm.ptr -> f32
                %v1832 = arith.mulf %v1831, %v1830 fastmath<contract> : f32
                %v1833 = arith.addf %v1829, %v1832 fastmath<contract> : f32
                llvm.store %v1833, %v53 : f32, !llvm.ptr
                scf.if %v1787 {
                }
                %v1834 = arith.muli %v46, %v287 : i64
                %v1835 = arith.muli %v1801, %v286 : i64
                %v1836 = arith.addi %v1834, %v1835 : i64
                %v1837 = arith.muli %v44, %size_P : i64
                %v1838 = arith.addi %v1836, %v1837 : i64
                %v1839 = arith.addi %v1838, %v42 : i64
                %v1840 = llvm.getelementptr %in_x[%v1839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1841 = llvm.load %v1840 : !llvm.ptr -> f32
                %v1842 = arith.muli %v46, %v314 : i64
                %v1843 = arith.muli %v1801, %v1 : i64
                %v1844 = arith.addi %v1842, %v1843 : i64
                %v1845 = arith.addi %v1844, %v32 : i64
                %v1846 = llvm.getelementptr %in_Bm[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1847 = llvm.load %v1846 : !llvm.ptr -> f32
                %v1848 = llvm.load %v52 : !llvm.ptr -> f32
                %v1849 = arith.mulf %v1847, %v1848 fastmath<contract> : f32
                %v1850 = arith.muli %v46, %v314 : i64
                %v1851 = arith.muli %v1801, %v1 : i64
                %v1852 = arith.addi %v1850, %v1851 : i64
                %v1853 = arith.constant 8 : i64
                %v1854 = arith.addi %v1853, %v32 : i64
                %v1855 = arith.addi %v1852, %v1854 : i64
                %v1856 = llvm.getelementptr %in_Bm[%v1855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1857 = llvm.load %v1856 : !llvm.ptr -> f32
                %v1858 = llvm.load %v53 : !llvm.ptr -> f32
                %v1859 = arith.mulf %v1857, %v1858 fastmath<contract> : f32
                %v1860 = arith.addf %v1849, %v1859 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1861, %v1862 = gpu.shuffle xor %v1860, %v747, %v306 : f32
                %v1863 = arith.addf %v1860, %v1861 fastmath<contract> : f32
                %v1864, %v1865 = gpu.shuffle xor %v1863, %v751, %v306 : f32
                %v1866 = arith.addf %v1863, %v1864 fastmath<contract> : f32
                %v1867, %v1868 = gpu.shuffle xor %v1866, %v755, %v306 : f32
                %v1869 = arith.addf %v1866, %v1867 fastmath<contract> : f32
                // end sum over the lanes
                %v1870 = arith.mulf %v1841, %v1869 fastmath<contract> : f32
                %v1871 = arith.mulf %v369, %v1848 fastmath<contract> : f32
                %v1872 = arith.mulf %v378, %v1858 fastmath<contract> : f32
                %v1873 = arith.addf %v1871, %v1872 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1874, %v1875 = gpu.shuffle xor %v1873, %v747, %v306 : f32
                %v1876 = arith.addf %v1873, %v1874 fastmath<contract> : f32
                %v1877, %v1878 = gpu.shuffle xor %v1876, %v751, %v306 : f32
                %v1879 = arith.addf %v1876, %v1877 fastmath<contract> : f32
                %v1880, %v1881 = gpu.shuffle xor %v1879, %v755, %v306 : f32
                %v1882 = arith.addf %v1879, %v1880 fastmath<contract> : f32
                // end sum over the lanes
                %v1883 = arith.mulf %v1792, %v1882 fastmath<contract> : f32
                %v1884 = arith.mulf %v1794, %v1883 fastmath<contract> : f32
                %v1885 = arith.negf %v1884 : f32
                %v1886 = arith.addf %v1870, %v1885 fastmath<contract> : f32
                %v1887 = arith.mulf %v1886, %v1798 fastmath<contract> : f32
                %v1888 = arith.mulf %v1794, %v1882 fastmath<contract> : f32
                %v1889 = arith.mulf %v1790, %v1888 fastmath<contract> : f32
                %v1890 = arith.mulf %v1792, %v1889 fastmath<contract> : f32
                %v1891 = llvm.load %v56 : !llvm.ptr -> f32
                %v1892 = arith.addf %v1891, %v1890 fastmath<contract> : f32
                llvm.store %v1892, %v56 : f32, !llvm.ptr
                %v1893 = arith.mulf %v1796, %v1848 fastmath<contract> : f32
                scf.if %v36 {
                  %v1894 = arith.addi %v51, %v38 : i64
                  %v1895 = arith.muli %v1894, %v1 : i64
                  %v1896 = arith.addi %v1895, %v32 : i64
                  %v1897 = arith.muli %v1896, %size_L : i64
                  %v1898 = arith.addi %v1897, %v1801 : i64
                  %v1899 = llvm.getelementptr %part_Bm[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1893, %v1899 : f32, !llvm.ptr
                }
                %v1900 = arith.mulf %v1796, %v1858 fastmath<contract> : f32
                scf.if %v36 {
                  %v1901 = arith.addi %v31, %v32 : i64
                  %v1902 = arith.addi %v51, %v38 : i64
                  %v1903 = arith.muli %v1902, %v1 : i64
                  %v1904 = arith.addi %v1903, %v1901 : i64
                  %v1905 = arith.muli %v1904, %size_L : i64
                  %v1906 = arith.addi %v1905, %v1801 : i64
                  %v1907 = llvm.getelementptr %part_Bm[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1900, %v1907 : f32, !llvm.ptr
                }
                %v1908 = arith.mulf %v449, %v1815 fastmath<contract> : f32
                scf.if %v36 {
                  %v1909 = arith.addi %v51, %v38 : i64
                  %v1910 = arith.muli %v1909, %v1 : i64
                  %v1911 = arith.addi %v1910, %v32 : i64
                  %v1912 = arith.muli %v1911, %size_L : i64
                  %v1913 = arith.addi %v1912, %v1801 : i64
                  %v1914 = llvm.getelementptr %part_Cm[%v1913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1908, %v1914 : f32, !llvm.ptr
                }
                %v1915 = arith.mulf %v460, %v1815 fastmath<contract> : f32
                scf.if %v36 {
                  %v1916 = arith.addi %v31, %v32 : i64
                  %v1917 = arith.addi %v51, %v38 : i64
                  %v1918 = arith.muli %v1917, %v1 : i64
                  %v1919 = arith.addi %v1918, %v1916 : i64
                  %v1920 = arith.muli %v1919, %size_L : i64
                  %v1921 = arith.addi %v1920, %v1801 : i64
                  %v1922 = llvm.getelementptr %part_Cm[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1915, %v1922 : f32, !llvm.ptr
                }
                %v1923 = llvm.load %v58 : !llvm.ptr -> f32
                %v1924 = arith.addf %v1923, %v1887 fastmath<contract> : f32
                llvm.store %v1924, %v58 : f32, !llvm.ptr
                %v1925 = arith.select %v36, %v1887, %v63 : f32
                // sum over the warp's outer points: shuffles
                %v1926, %v1927 = gpu.shuffle xor %v1925, %v815, %v306 : f32
                %v1928 = arith.addf %v1925, %v1926 fastmath<contract> : f32
                %v1929, %v1930 = gpu.shuffle xor %v1928, %v819, %v306 : f32
                %v1931 = arith.addf %v1928, %v1929 fastmath<contract> : f32
                %v1932 = arith.divui %v17, %v19 : i64
                %v1933 = arith.remui %v17, %v19 : i64
                %v1934 = arith.cmpi ult, %v1933, %v2 : i64
                %v1935 = arith.muli %v1932, %v826 : i64
                %v1936 = arith.addi %v1935, %v1800 : i64
                scf.if %v1934 {
                  %v1937 = llvm.getelementptr %v60[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1931, %v1937 : f32, !llvm.ptr
                }
                %v1938 = arith.addf %v1849, %v1859 fastmath<contract> : f32
                llvm.store %v1938, %v653 : f32, !llvm.ptr
                llvm.store %v1794, %v54 : f32, !llvm.ptr
                llvm.store %v1794, %v55 : f32, !llvm.ptr
                %v1939 = llvm.load %v653 : !llvm.ptr -> f32
                %v1940 = arith.select %v656, %v1939, %v1784 : f32
                %v1941 = arith.select %v656, %v1784, %v1939 : f32
                %v1942, %v1943 = gpu.shuffle xor %v1940, %v747, %v306 : f32
                %v1944 = arith.addf %v1941, %v1942 fastmath<contract> : f32
                %v1945 = arith.select %v659, %v1944, %v1629 : f32
                %v1946 = arith.select %v659, %v1629, %v1944 : f32
                %v1947, %v1948 = gpu.shuffle xor %v1945, %v751, %v306 : f32
                %v1949 = arith.addf %v1946, %v1947 fastmath<contract> : f32
                %v1950 = arith.select %v662, %v1949, %v1313 : f32
                %v1951 = arith.select %v662, %v1313, %v1949 : f32
                %v1952, %v1953 = gpu.shuffle xor %v1950, %v755, %v306 : f32
                %v1954 = arith.addf %v1951, %v1952 fastmath<contract> : f32
                %v1955 = arith.addi %v355, %v32 : i64
                %v1956 = arith.cmpi slt, %v1955, %v156 : i64
                %v1957 = arith.andi %v36, %v1956 : i1
                scf.if %v1957 {
                  %v1958 = arith.addi %v154, %v1955 : i64
                  // the gradients of this lane's own step
                  %v1959 = llvm.getelementptr %in_Dskip[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
                  %v1961 = arith.muli %v46, %v287 : i64
                  %v1962 = arith.muli %v1958, %v286 : i64
                  %v1963 = arith.addi %v1961, %v1962 : i64
                  %v1964 = arith.muli %v44, %size_P : i64
                  %v1965 = arith.addi %v1963, %v1964 : i64
                  %v1966 = arith.addi %v1965, %v42 : i64
                  %v1967 = llvm.getelementptr %dy_y[%v1966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1968 = llvm.load %v1967 : !llvm.ptr -> f32
                  %v1969 = arith.mulf %v1960, %v1968 fastmath<contract> : f32
                  %v1970 = arith.mulf %v412, %v1954 fastmath<contract> : f32
                  %v1971 = arith.addf %v1969, %v1970 fastmath<contract> : f32
                  %v1972 = arith.muli %v46, %v287 : i64
                  %v1973 = arith.muli %v1958, %v286 : i64
                  %v1974 = arith.addi %v1972, %v1973 : i64
                  %v1975 = arith.muli %v44, %size_P : i64
                  %v1976 = arith.addi %v1974, %v1975 : i64
                  %v1977 = arith.addi %v1976, %v42 : i64
                  %v1978 = llvm.getelementptr %dx_x[%v1977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1971, %v1978 : f32, !llvm.ptr
                  %v1979 = arith.muli %v46, %v287 : i64
                  %v1980 = arith.muli %v1958, %v286 : i64
                  %v1981 = arith.addi %v1979, %v1980 : i64
                  %v1982 = arith.muli %v44, %size_P : i64
                  %v1983 = arith.addi %v1981, %v1982 : i64
                  %v1984 = arith.addi %v1983, %v42 : i64
                  %v1985 = llvm.getelementptr %in_x[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1986 = llvm.load %v1985 : !llvm.ptr -> f32
                  %v1987 = arith.mulf %v1986, %v1968 fastmath<contract> : f32
                  %v1988 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1989 = arith.addf %v1988, %v1987 fastmath<contract> : f32
                  llvm.store %v1989, %v57 : f32, !llvm.ptr
                }
              } else {
                %v1990 = arith.subi %v156, %v2 : i64
                %v1991 = arith.muli %v358, %v4 : i64
                %v1992 = arith.subi %v4, %v2 : i64
                %v1993 = arith.minsi %v38, %v1992 : i64
                %v1994 = arith.addi %v1991, %v1993 : i64
                %v1995 = arith.muli %v1994, %v1 : i64
                %v1996 = arith.addi %v1995, %v32 : i64
                %v1997 = llvm.getelementptr %scratch_S[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1998 = llvm.load %v1997 : !llvm.ptr -> f32
                %v1999 = arith.muli %v358, %v4 : i64
                %v2000 = arith.subi %v4, %v2 : i64
                %v2001 = arith.minsi %v38, %v2000 : i64
                %v2002 = arith.addi %v1999, %v2001 : i64
                %v2003 = arith.muli %v2002, %v1 : i64
                %v2004 = arith.addi %v2003, %v31 : i64
                %v2005 = arith.addi %v2004, %v32 : i64
                %v2006 = llvm.getelementptr %scratch_S[%v2005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2007 = llvm.load %v2006 : !llvm.ptr -> f32
                %v2008 = arith.addi %v355, %v32 : i64
                %v2009 = arith.minsi %v2008, %v1990 : i64
                %v2010 = arith.addi %v154, %v2009 : i64
                %v2011 = arith.subi %v2010, %v154 : i64
                %v2012 = llvm.getelementptr %v62[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
                %v2014 = llvm.getelementptr %in_dt_bias[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2015 = llvm.load %v2014 : !llvm.ptr -> f32
                %v2016 = arith.addf %v2013, %v2015 fastmath<contract> : f32
                %v2017 = arith.maximumf %v2016, %v63 : f32
                %v2018 = llvm.call_intrinsic "llvm.fabs.f32"(%v2016) : (f32) -> f32
                %v2019 = arith.negf %v2018 : f32
                %v2020 = arith.mulf %v2019, %v247 fastmath<contract> : f32
                %v2021 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2020) : (f32) -> f32
                %v2022 = arith.addf %v64, %v2021 fastmath<contract> : f32
                %v2023 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2022) : (f32) -> f32
                %v2024 = arith.mulf %v2023, %v252 fastmath<contract> : f32
                %v2025 = arith.mulf %v254, %v2021 fastmath<contract> : f32
                %v2026 = arith.addf %v2025, %v256 fastmath<contract> : f32
                %v2027 = arith.mulf %v2026, %v2021 fastmath<contract> : f32
                %v2028 = arith.addf %v2027, %v259 fastmath<contract> : f32
                %v2029 = arith.mulf %v2028, %v2021 fastmath<contract> : f32
                %v2030 = arith.addf %v2029, %v262 fastmath<contract> : f32
                %v2031 = arith.mulf %v2030, %v2021 fastmath<contract> : f32
                %v2032 = arith.addf %v2031, %v265 fastmath<contract> : f32
                %v2033 = arith.mulf %v2032, %v2021 fastmath<contract> : f32
                %v2034 = arith.addf %v2033, %v268 fastmath<contract> : f32
                %v2035 = arith.mulf %v2034, %v2021 fastmath<contract> : f32
                %v2036 = arith.addf %v2035, %v64 fastmath<contract> : f32
                %v2037 = arith.mulf %v2036, %v2021 fastmath<contract> : f32
                %v2038 = llvm.call_intrinsic "llvm.fabs.f32"(%v2021) : (f32) -> f32
                %v2039 = arith.cmpf olt, %v2038, %v274 : f32
                %v2040 = arith.select %v2039, %v2037, %v2024 : f32
                %v2041 = arith.addf %v2017, %v2040 fastmath<contract> : f32
                %v2042 = arith.negf %v2041 : f32
                %v2043 = llvm.getelementptr %in_A_log[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
                %v2045 = arith.mulf %v2044, %v247 fastmath<contract> : f32
                %v2046 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2045) : (f32) -> f32
                %v2047 = arith.mulf %v2042, %v2046 fastmath<contract> : f32
                %v2048 = arith.mulf %v2047, %v247 fastmath<contract> : f32
                %v2049 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2048) : (f32) -> f32
                %v2050 = arith.muli %v46, %v287 : i64
                %v2051 = arith.muli %v2010, %v286 : i64
                %v2052 = arith.addi %v2050, %v2051 : i64
                %v2053 = arith.muli %v44, %size_P : i64
                %v2054 = arith.addi %v2052, %v2053 : i64
                %v2055 = arith.addi %v2054, %v42 : i64
                %v2056 = llvm.getelementptr %in_x[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
                %v2058 = arith.mulf %v2041, %v2057 fastmath<contract> : f32
                %v2059 = arith.negf %v2016 : f32
                %v2060 = arith.mulf %v2059, %v247 fastmath<contract> : f32
                %v2061 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2060) : (f32) -> f32
                %v2062 = arith.addf %v64, %v2061 fastmath<contract> : f32
                %v2063 = arith.divf %v64, %v2062 : f32
                // the group's states, recomputed into registers
                %v2064 = arith.minsi %v355, %v1990 : i64
                %v2065 = arith.addi %v154, %v2064 : i64
                %v2066, %v2067 = gpu.shuffle idx %v2049, %v112, %v306 : f32
                %v2068, %v2069 = gpu.shuffle idx %v2058, %v112, %v306 : f32
                %v2070 = arith.muli %v46, %v314 : i64
                %v2071 = arith.muli %v2065, %v1 : i64
                %v2072 = arith.addi %v2070, %v2071 : i64
                %v2073 = arith.addi %v2072, %v32 : i64
                %v2074 = llvm.getelementptr %in_Bm[%v2073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2075 = llvm.load %v2074 : !llvm.ptr -> f32
                %v2076 = arith.mulf %v2068, %v2075 fastmath<contract> : f32
                %v2077 = arith.mulf %v2066, %v1998 fastmath<contract> : f32
                %v2078 = arith.addf %v2077, %v2076 fastmath<contract> : f32
                %v2079 = arith.muli %v46, %v314 : i64
                %v2080 = arith.muli %v2065, %v1 : i64
                %v2081 = arith.addi %v2079, %v2080 : i64
                %v2082 = arith.constant 8 : i64
                %v2083 = arith.addi %v2082, %v32 : i64
                %v2084 = arith.addi %v2081, %v2083 : i64
                %v2085 = llvm.getelementptr %in_Bm[%v2084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2086 = llvm.load %v2085 : !llvm.ptr -> f32
                %v2087 = arith.mulf %v2068, %v2086 fastmath<contract> : f32
                %v2088 = arith.mulf %v2066, %v2007 fastmath<contract> : f32
                %v2089 = arith.addf %v2088, %v2087 fastmath<contract> : f32
                %v2090 = arith.addi %v355, %v2 : i64
                %v2091 = arith.minsi %v2090, %v1990 : i64
                %v2092 = arith.addi %v154, %v2091 : i64
                %v2093, %v2094 = gpu.shuffle idx %v2049, %v116, %v306 : f32
                %v2095, %v2096 = gpu.shuffle idx %v2058, %v116, %v306 : f32
                %v2097 = arith.muli %v46, %v314 : i64
                %v2098 = arith.muli %v2092, %v1 : i64
                %v2099 = arith.addi %v2097, %v2098 : i64
                %v2100 = arith.addi %v2099, %v32 : i64
                %v2101 = llvm.getelementptr %in_Bm[%v2100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2102 = llvm.load %v2101 : !llvm.ptr -> f32
                %v2103 = arith.mulf %v2095, %v2102 fastmath<contract> : f32
                %v2104 = arith.mulf %v2093, %v2078 fastmath<contract> : f32
                %v2105 = arith.addf %v2104, %v2103 fastmath<contract> : f32
                %v2106 = arith.muli %v46, %v314 : i64
                %v2107 = arith.muli %v2092, %v1 : i64
                %v2108 = arith.addi %v2106, %v2107 : i64
                %v2109 = arith.constant 8 : i64
                %v2110 = arith.addi %v2109, %v32 : i64
                %v2111 = arith.addi %v2108, %v2110 : i64
                %v2112 = llvm.getelementptr %in_Bm[%v2111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2113 = llvm.load %v2112 : !llvm.ptr -> f32
                %v2114 = arith.mulf %v2095, %v2113 fastmath<contract> : f32
                %v2115 = arith.mulf %v2093, %v2089 fastmath<contract> : f32
                %v2116 = arith.addf %v2115, %v2114 fastmath<contract> : f32
                %v2117 = arith.addi %v355, %v488 : i64
                %v2118 = arith.minsi %v2117, %v1990 : i64
                %v2119 = arith.addi %v154, %v2118 : i64
                %v2120, %v2121 = gpu.shuffle idx %v2049, %v120, %v306 : f32
                %v2122, %v2123 = gpu.shuffle idx %v2058, %v120, %v306 : f32
                %v2124 = arith.muli %v46, %v314 : i64
                %v2125 = arith.muli %v2119, %v1 : i64
                %v2126 = arith.addi %v2124, %v2125 : i64
                %v2127 = arith.addi %v2126, %v32 : i64
                %v2128 = llvm.getelementptr %in_Bm[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2129 = llvm.load %v2128 : !llvm.ptr -> f32
                %v2130 = arith.mulf %v2122, %v2129 fastmath<contract> : f32
                %v2131 = arith.mulf %v2120, %v2105 fastmath<contract> : f32
                %v2132 = arith.addf %v2131, %v2130 fastmath<contract> : f32
                %v2133 = arith.muli %v46, %v314 : i64
                %v2134 = arith.muli %v2119, %v1 : i64
                %v2135 = arith.addi %v2133, %v2134 : i64
                %v2136 = arith.constant 8 : i64
                %v2137 = arith.addi %v2136, %v32 : i64
                %v2138 = arith.addi %v2135, %v2137 : i64
                %v2139 = llvm.getelementptr %in_Bm[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
                %v2141 = arith.mulf %v2122, %v2140 fastmath<contract> : f32
                %v2142 = arith.mulf %v2120, %v2116 fastmath<contract> : f32
                %v2143 = arith.addf %v2142, %v2141 fastmath<contract> : f32
                %v2144 = arith.addi %v355, %v337 : i64
                %v2145 = arith.minsi %v2144, %v1990 : i64
                %v2146 = arith.addi %v154, %v2145 : i64
                %v2147, %v2148 = gpu.shuffle idx %v2049, %v124, %v306 : f32
                %v2149, %v2150 = gpu.shuffle idx %v2058, %v124, %v306 : f32
                %v2151 = arith.muli %v46, %v314 : i64
                %v2152 = arith.muli %v2146, %v1 : i64
                %v2153 = arith.addi %v2151, %v2152 : i64
                %v2154 = arith.addi %v2153, %v32 : i64
                %v2155 = llvm.getelementptr %in_Bm[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2156 = llvm.load %v2155 : !llvm.ptr -> f32
                %v2157 = arith.mulf %v2149, %v2156 fastmath<contract> : f32
                %v2158 = arith.mulf %v2147, %v2132 fastmath<contract> : f32
                %v2159 = arith.addf %v2158, %v2157 fastmath<contract> : f32
                %v2160 = arith.muli %v46, %v314 : i64
                %v2161 = arith.muli %v2146, %v1 : i64
                %v2162 = arith.addi %v2160, %v2161 : i64
                %v2163 = arith.constant 8 : i64
                %v2164 = arith.addi %v2163, %v32 : i64
                %v2165 = arith.addi %v2162, %v2164 : i64
                %v2166 = llvm.getelementptr %in_Bm[%v2165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
                %v2168 = arith.mulf %v2149, %v2167 fastmath<contract> : f32
                %v2169 = arith.mulf %v2147, %v2143 fastmath<contract> : f32
                %v2170 = arith.addf %v2169, %v2168 fastmath<contract> : f32
                %v2171 = arith.addi %v355, %v48 : i64
                %v2172 = arith.minsi %v2171, %v1990 : i64
                %v2173 = arith.addi %v154, %v2172 : i64
                %v2174, %v2175 = gpu.shuffle idx %v2049, %v128, %v306 : f32
                %v2176, %v2177 = gpu.shuffle idx %v2058, %v128, %v306 : f32
                %v2178 = arith.muli %v46, %v314 : i64
                %v2179 = arith.muli %v2173, %v1 : i64
                %v2180 = arith.addi %v2178, %v2179 : i64
                %v2181 = arith.addi %v2180, %v32 : i64
                %v2182 = llvm.getelementptr %in_Bm[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
                %v2184 = arith.mulf %v2176, %v2183 fastmath<contract> : f32
                %v2185 = arith.mulf %v2174, %v2159 fastmath<contract> : f32
                %v2186 = arith.addf %v2185, %v2184 fastmath<contract> : f32
                %v2187 = arith.muli %v46, %v314 : i64
                %v2188 = arith.muli %v2173, %v1 : i64
                %v2189 = arith.addi %v2187, %v2188 : i64
                %v2190 = arith.constant 8 : i64
                %v2191 = arith.addi %v2190, %v32 : i64
                %v2192 = arith.addi %v2189, %v2191 : i64
                %v2193 = llvm.getelementptr %in_Bm[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
                %v2195 = arith.mulf %v2176, %v2194 fastmath<contract> : f32
                %v2196 = arith.mulf %v2174, %v2170 fastmath<contract> : f32
                %v2197 = arith.addf %v2196, %v2195 fastmath<contract> : f32
                %v2198 = arith.addi %v355, %v570 : i64
                %v2199 = arith.minsi %v2198, %v1990 : i64
                %v2200 = arith.addi %v154, %v2199 : i64
                %v2201, %v2202 = gpu.shuffle idx %v2049, %v132, %v306 : f32
                %v2203, %v2204 = gpu.shuffle idx %v2058, %v132, %v306 : f32
                %v2205 = arith.muli %v46, %v314 : i64
                %v2206 = arith.muli %v2200, %v1 : i64
                %v2207 = arith.addi %v2205, %v2206 : i64
                %v2208 = arith.addi %v2207, %v32 : i64
                %v2209 = llvm.getelementptr %in_Bm[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2210 = llvm.load %v2209 : !llvm.ptr -> f32
                %v2211 = arith.mulf %v2203, %v2210 fastmath<contract> : f32
                %v2212 = arith.mulf %v2201, %v2186 fastmath<contract> : f32
                %v2213 = arith.addf %v2212, %v2211 fastmath<contract> : f32
                %v2214 = arith.muli %v46, %v314 : i64
                %v2215 = arith.muli %v2200, %v1 : i64
                %v2216 = arith.addi %v2214, %v2215 : i64
                %v2217 = arith.constant 8 : i64
                %v2218 = arith.addi %v2217, %v32 : i64
                %v2219 = arith.addi %v2216, %v2218 : i64
                %v2220 = llvm.getelementptr %in_Bm[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
                %v2222 = arith.mulf %v2203, %v2221 fastmath<contract> : f32
                %v2223 = arith.mulf %v2201, %v2197 fastmath<contract> : f32
                %v2224 = arith.addf %v2223, %v2222 fastmath<contract> : f32
                %v2225 = arith.addi %v355, %v598 : i64
                %v2226 = arith.minsi %v2225, %v1990 : i64
                %v2227 = arith.addi %v154, %v2226 : i64
                %v2228, %v2229 = gpu.shuffle idx %v2049, %v136, %v306 : f32
                %v2230, %v2231 = gpu.shuffle idx %v2058, %v136, %v306 : f32
                %v2232 = arith.muli %v46, %v314 : i64
                %v2233 = arith.muli %v2227, %v1 : i64
                %v2234 = arith.addi %v2232, %v2233 : i64
                %v2235 = arith.addi %v2234, %v32 : i64
                %v2236 = llvm.getelementptr %in_Bm[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2237 = llvm.load %v2236 : !llvm.ptr -> f32
                %v2238 = arith.mulf %v2230, %v2237 fastmath<contract> : f32
                %v2239 = arith.mulf %v2228, %v2213 fastmath<contract> : f32
                %v2240 = arith.addf %v2239, %v2238 fastmath<contract> : f32
                %v2241 = arith.muli %v46, %v314 : i64
                %v2242 = arith.muli %v2227, %v1 : i64
                %v2243 = arith.addi %v2241, %v2242 : i64
                %v2244 = arith.constant 8 : i64
                %v2245 = arith.addi %v2244, %v32 : i64
                %v2246 = arith.addi %v2243, %v2245 : i64
                %v2247 = llvm.getelementptr %in_Bm[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
                %v2249 = arith.mulf %v2230, %v2248 fastmath<contract> : f32
                %v2250 = arith.mulf %v2228, %v2224 fastmath<contract> : f32
                %v2251 = arith.addf %v2250, %v2249 fastmath<contract> : f32
                %v2252 = arith.addi %v355, %v104 : i64
                %v2253 = arith.minsi %v2252, %v1990 : i64
                %v2254 = arith.addi %v154, %v2253 : i64
                %v2255, %v2256 = gpu.shuffle idx %v2049, %v140, %v306 : f32
                %v2257, %v2258 = gpu.shuffle idx %v2058, %v140, %v306 : f32
                %v2259 = arith.muli %v46, %v314 : i64
                %v2260 = arith.muli %v2254, %v1 : i64
                %v2261 = arith.addi %v2259, %v2260 : i64
                %v2262 = arith.addi %v2261, %v32 : i64
                %v2263 = llvm.getelementptr %in_Bm[%v2262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2264 = llvm.load %v2263 : !llvm.ptr -> f32
                %v2265 = arith.mulf %v2257, %v2264 fastmath<contract> : f32
                %v2266 = arith.mulf %v2255, %v2240 fastmath<contract> : f32
                %v2267 = arith.addf %v2266, %v2265 fastmath<contract> : f32
                %v2268 = arith.muli %v46, %v314 : i64
                %v2269 = arith.muli %v2254, %v1 : i64
                %v2270 = arith.addi %v2268, %v2269 : i64
                %v2271 = arith.constant 8 : i64
                %v2272 = arith.addi %v2271, %v32 : i64
                %v2273 = arith.addi %v2270, %v2272 : i64
                %v2274 = llvm.getelementptr %in_Bm[%v2273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2275 = llvm.load %v2274 : !llvm.ptr -> f32
                %v2276 = arith.mulf %v2257, %v2275 fastmath<contract> : f32
                %v2277 = arith.mulf %v2255, %v2251 fastmath<contract> : f32
                %v2278 = arith.addf %v2277, %v2276 fastmath<contract> : f32
                %v2280 = arith.shrui %v32, %v65 : i64
                %v2281 = arith.andi %v2280, %v2 : i64
                %v2282 = arith.cmpi ne, %v2281, %v65 : i64
                %v2283 = arith.shrui %v32, %v2 : i64
                %v2284 = arith.andi %v2283, %v2 : i64
                %v2285 = arith.cmpi ne, %v2284, %v65 : i64
                %v2286 = arith.shrui %v32, %v488 : i64
                %v2287 = arith.andi %v2286, %v2 : i64
                %v2288 = arith.cmpi ne, %v2287, %v65 : i64
                %v2289 = arith.subi %v156, %v355 : i64
                %v2290 = arith.trunci %v2289 : i64 to i32
                %v2291 = arith.subi %size_L, %v2 : i64
                %v2292 = arith.addi %v154, %v355 : i64
                %v2293 = arith.subi %v2291, %v2292 : i64
                %v2294 = arith.minsi %v2293, %v668 : i64
                %v2295 = arith.trunci %v2294 : i64 to i32
                %v2296 = arith.addi %v355, %v104 : i64
                %v2297 = arith.cmpi slt, %v672, %v2290 : i32
                %v2298 = arith.cmpi eq, %v672, %v2295 : i32
                %v2299, %v2300 = gpu.shuffle idx %v2041, %v140, %v306 : f32
                %v2301, %v2302 = gpu.shuffle idx %v2042, %v140, %v306 : f32
                %v2303, %v2304 = gpu.shuffle idx %v2046, %v140, %v306 : f32
                %v2305, %v2306 = gpu.shuffle idx %v2049, %v140, %v306 : f32
                %v2307, %v2308 = gpu.shuffle idx %v2058, %v140, %v306 : f32
                %v2309, %v2310 = gpu.shuffle idx %v2063, %v140, %v306 : f32
                llvm.store %v63, %v2279 : f32, !llvm.ptr
                scf.if %v2297 {
                  %v2311 = arith.addi %v154, %v2296 : i64
                  %v2312 = arith.muli %v46, %v314 : i64
                  %v2313 = arith.muli %v2311, %v1 : i64
                  %v2314 = arith.addi %v2312, %v2313 : i64
                  %v2315 = arith.addi %v2314, %v32 : i64
                  %v2316 = llvm.getelementptr %in_Cm[%v2315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2317 = llvm.load %v2316 : !llvm.ptr -> f32
                  %v2318 = arith.muli %v46, %v287 : i64
                  %v2319 = arith.muli %v2311, %v286 : i64
                  %v2320 = arith.addi %v2318, %v2319 : i64
                  %v2321 = arith.muli %v44, %size_P : i64
                  %v2322 = arith.addi %v2320, %v2321 : i64
                  %v2323 = arith.addi %v2322, %v42 : i64
                  %v2324 = llvm.getelementptr %dy_y[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2325 = llvm.load %v2324 : !llvm.ptr -> f32
                  %v2326 = arith.mulf %v2317, %v2325 fastmath<contract> : f32
                  %v2327 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2328 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2329 = arith.mulf %v2328, %v2327 fastmath<contract> : f32
                  %v2330 = arith.addf %v2326, %v2329 fastmath<contract> : f32
                  llvm.store %v2330, %v52 : f32, !llvm.ptr
                  %v2331 = arith.muli %v46, %v314 : i64
                  %v2332 = arith.muli %v2311, %v1 : i64
                  %v2333 = arith.addi %v2331, %v2332 : i64
                  %v2334 = arith.constant 8 : i64
                  %v2335 = arith.addi %v2334, %v32 : i64
                  %v2336 = arith.addi %v2333, %v2335 : i64
                  %v2337 = llvm.getelementptr %in_Cm[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2338 = llvm.load %v2337 : !llvm.ptr -> f32
                  %v2339 = arith.mulf %v2338, %v2325 fastmath<contract> : f32
                  %v2340 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2341 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2342 = arith.mulf %v2341, %v2340 fastmath<contract> : f32
                  %v2343 = arith.addf %v2339, %v2342 fastmath<contract> : f32
                  llvm.store %v2343, %v53 : f32, !llvm.ptr
                  scf.if %v2298 {
                  }
                  %v2344 = arith.muli %v46, %v287 : i64
                  %v2345 = arith.muli %v2311, %v286 : i64
                  %v2346 = arith.addi %v2344, %v2345 : i64
                  %v2347 = arith.muli %v44, %size_P : i64
                  %v2348 = arith.addi %v2346, %v2347 : i64
                  %v2349 = arith.addi %v2348, %v42 : i64
                  %v2350 = llvm.getelementptr %in_x[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
                  %v2352 = arith.muli %v46, %v314 : i64
                  %v2353 = arith.muli %v2311, %v1 : i64
                  %v2354 = arith.addi %v2352, %v2353 : i64
                  %v2355 = arith.addi %v2354, %v32 : i64
                  %v2356 = llvm.getelementptr %in_Bm[%v2355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2357 = llvm.load %v2356 : !llvm.ptr -> f32
                  %v2358 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2359 = arith.mulf %v2357, %v2358 fastmath<contract> : f32
                  %v2360 = arith.muli %v46, %v314 : i64
                  %v2361 = arith.muli %v2311, %v1 : i64
                  %v2362 = arith.addi %v2360, %v2361 : i64
                  %v2363 = arith.constant 8 : i64
                  %v2364 = arith.addi %v2363, %v32 : i64
                  %v2365 = arith.addi %v2362, %v2364 : i64
                  %v2366 = llvm.getelementptr %in_Bm[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
                  %v2368 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2369 = arith.mulf %v2367, %v2368 fastmath<contract> : f32
                  %v2370 = arith.addf %v2359, %v2369 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2371, %v2372 = gpu.shuffle xor %v2370, %v747, %v306 : f32
                  %v2373 = arith.addf %v2370, %v2371 fastmath<contract> : f32
                  %v2374, %v2375 = gpu.shuffle xor %v2373, %v751, %v306 : f32
                  %v2376 = arith.addf %v2373, %v2374 fastmath<contract> : f32
                  %v2377, %v2378 = gpu.shuffle xor %v2376, %v755, %v306 : f32
                  %v2379 = arith.addf %v2376, %v2377 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2380 = arith.mulf %v2351, %v2379 fastmath<contract> : f32
                  %v2381 = arith.mulf %v2240, %v2358 fastmath<contract> : f32
                  %v2382 = arith.mulf %v2251, %v2368 fastmath<contract> : f32
                  %v2383 = arith.addf %v2381, %v2382 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2384, %v2385 = gpu.shuffle xor %v2383, %v747, %v306 : f32
                  %v2386 = arith.addf %v2383, %v2384 fastmath<contract> : f32
                  %v2387, %v2388 = gpu.shuffle xor %v2386, %v751, %v306 : f32
                  %v2389 = arith.addf %v2386, %v2387 fastmath<contract> : f32
                  %v2390, %v2391 = gpu.shuffle xor %v2389, %v755, %v306 : f32
                  %v2392 = arith.addf %v2389, %v2390 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2393 = arith.mulf %v2303, %v2392 fastmath<contract> : f32
                  %v2394 = arith.mulf %v2305, %v2393 fastmath<contract> : f32
                  %v2395 = arith.negf %v2394 : f32
                  %v2396 = arith.addf %v2380, %v2395 fastmath<contract> : f32
                  %v2397 = arith.mulf %v2396, %v2309 fastmath<contract> : f32
                  %v2398 = arith.mulf %v2305, %v2392 fastmath<contract> : f32
                  %v2399 = arith.mulf %v2301, %v2398 fastmath<contract> : f32
                  %v2400 = arith.mulf %v2303, %v2399 fastmath<contract> : f32
                  %v2401 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2402 = arith.addf %v2401, %v2400 fastmath<contract> : f32
                  llvm.store %v2402, %v56 : f32, !llvm.ptr
                  %v2403 = arith.mulf %v2307, %v2358 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2404 = arith.addi %v51, %v38 : i64
                    %v2405 = arith.muli %v2404, %v1 : i64
                    %v2406 = arith.addi %v2405, %v32 : i64
                    %v2407 = arith.muli %v2406, %size_L : i64
                    %v2408 = arith.addi %v2407, %v2311 : i64
                    %v2409 = llvm.getelementptr %part_Bm[%v2408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2403, %v2409 : f32, !llvm.ptr
                  }
                  %v2410 = arith.mulf %v2307, %v2368 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2411 = arith.addi %v31, %v32 : i64
                    %v2412 = arith.addi %v51, %v38 : i64
                    %v2413 = arith.muli %v2412, %v1 : i64
                    %v2414 = arith.addi %v2413, %v2411 : i64
                    %v2415 = arith.muli %v2414, %size_L : i64
                    %v2416 = arith.addi %v2415, %v2311 : i64
                    %v2417 = llvm.getelementptr %part_Bm[%v2416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2410, %v2417 : f32, !llvm.ptr
                  }
                  %v2418 = arith.mulf %v2267, %v2325 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2419 = arith.addi %v51, %v38 : i64
                    %v2420 = arith.muli %v2419, %v1 : i64
                    %v2421 = arith.addi %v2420, %v32 : i64
                    %v2422 = arith.muli %v2421, %size_L : i64
                    %v2423 = arith.addi %v2422, %v2311 : i64
                    %v2424 = llvm.getelementptr %part_Cm[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2418, %v2424 : f32, !llvm.ptr
                  }
                  %v2425 = arith.mulf %v2278, %v2325 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2426 = arith.addi %v31, %v32 : i64
                    %v2427 = arith.addi %v51, %v38 : i64
                    %v2428 = arith.muli %v2427, %v1 : i64
                    %v2429 = arith.addi %v2428, %v2426 : i64
                    %v2430 = arith.muli %v2429, %size_L : i64
                    %v2431 = arith.addi %v2430, %v2311 : i64
                    %v2432 = llvm.getelementptr %part_Cm[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2425, %v2432 : f32, !llvm.ptr
                  }
                  %v2433 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2434 = arith.addf %v2433, %v2397 fastmath<contract> : f32
                  llvm.store %v2434, %v58 : f32, !llvm.ptr
                  %v2435 = arith.select %v36, %v2397, %v63 : f32
                  // sum over the warp's outer points: shuffles
                  %v2436, %v2437 = gpu.shuffle xor %v2435, %v815, %v306 : f32
                  %v2438 = arith.addf %v2435, %v2436 fastmath<contract> : f32
                  %v2439, %v2440 = gpu.shuffle xor %v2438, %v819, %v306 : f32
                  %v2441 = arith.addf %v2438, %v2439 fastmath<contract> : f32
                  %v2442 = arith.divui %v17, %v19 : i64
                  %v2443 = arith.remui %v17, %v19 : i64
                  %v2444 = arith.cmpi ult, %v2443, %v2 : i64
                  %v2445 = arith.muli %v2442, %v826 : i64
                  %v2446 = arith.addi %v2445, %v357 : i64
                  scf.if %v2444 {
                    %v2447 = llvm.getelementptr %v60[%v2446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2441, %v2447 : f32, !llvm.ptr
                  }
                  %v2448 = arith.addf %v2359, %v2369 fastmath<contract> : f32
                  llvm.store %v2448, %v2279 : f32, !llvm.ptr
                  llvm.store %v2305, %v54 : f32, !llvm.ptr
                  llvm.store %v2305, %v55 : f32, !llvm.ptr
                }
                %v2449 = llvm.load %v2279 : !llvm.ptr -> f32
                %v2450 = arith.addi %v355, %v598 : i64
                %v2451 = arith.cmpi slt, %v833, %v2290 : i32
                %v2452 = arith.cmpi eq, %v833, %v2295 : i32
                %v2453, %v2454 = gpu.shuffle idx %v2041, %v136, %v306 : f32
                %v2455, %v2456 = gpu.shuffle idx %v2042, %v136, %v306 : f32
                %v2457, %v2458 = gpu.shuffle idx %v2046, %v136, %v306 : f32
                %v2459, %v2460 = gpu.shuffle idx %v2049, %v136, %v306 : f32
                %v2461, %v2462 = gpu.shuffle idx %v2058, %v136, %v306 : f32
                %v2463, %v2464 = gpu.shuffle idx %v2063, %v136, %v306 : f32
                %v2465 = arith.addi %v357, %v2 : i64
                llvm.store %v63, %v2279 : f32, !llvm.ptr
                scf.if %v2451 {
                  %v2466 = arith.addi %v154, %v2450 : i64
                  %v2467 = arith.muli %v46, %v314 : i64
                  %v2468 = arith.muli %v2466, %v1 : i64
                  %v2469 = arith.addi %v2467, %v2468 : i64
                  %v2470 = arith.addi %v2469, %v32 : i64
                  %v2471 = llvm.getelementptr %in_Cm[%v2470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2472 = llvm.load %v2471 : !llvm.ptr -> f32
                  %v2473 = arith.muli %v46, %v287 : i64
                  %v2474 = arith.muli %v2466, %v286 : i64
                  %v2475 = arith.addi %v2473, %v2474 : i64
                  %v2476 = arith.muli %v44, %size_P : i64
                  %v2477 = arith.addi %v2475, %v2476 : i64
                  %v2478 = arith.addi %v2477, %v42 : i64
                  %v2479 = llvm.getelementptr %dy_y[%v2478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2480 = llvm.load %v2479 : !llvm.ptr -> f32
                  %v2481 = arith.mulf %v2472, %v2480 fastmath<contract> : f32
                  %v2482 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2483 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2484 = arith.mulf %v2483, %v2482 fastmath<contract> : f32
                  %v2485 = arith.addf %v2481, %v2484 fastmath<contract> : f32
                  llvm.store %v2485, %v52 : f32, !llvm.ptr
                  %v2486 = arith.muli %v46, %v314 : i64
                  %v2487 = arith.muli %v2466, %v1 : i64
                  %v2488 = arith.addi %v2486, %v2487 : i64
                  %v2489 = arith.constant 8 : i64
                  %v2490 = arith.addi %v2489, %v32 : i64
                  %v2491 = arith.addi %v2488, %v2490 : i64
                  %v2492 = llvm.getelementptr %in_Cm[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2493 = llvm.load %v2492 : !llvm.ptr -> f32
                  %v2494 = arith.mulf %v2493, %v2480 fastmath<contract> : f32
                  %v2495 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2496 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2497 = arith.mulf %v2496, %v2495 fastmath<contract> : f32
                  %v2498 = arith.addf %v2494, %v2497 fastmath<contract> : f32
                  llvm.store %v2498, %v53 : f32, !llvm.ptr
                  scf.if %v2452 {
                  }
                  %v2499 = arith.muli %v46, %v287 : i64
                  %v2500 = arith.muli %v2466, %v286 : i64
                  %v2501 = arith.addi %v2499, %v2500 : i64
                  %v2502 = arith.muli %v44, %size_P : i64
                  %v2503 = arith.addi %v2501, %v2502 : i64
                  %v2504 = arith.addi %v2503, %v42 : i64
                  %v2505 = llvm.getelementptr %in_x[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2506 = llvm.load %v2505 : !llvm.ptr -> f32
                  %v2507 = arith.muli %v46, %v314 : i64
                  %v2508 = arith.muli %v2466, %v1 : i64
                  %v2509 = arith.addi %v2507, %v2508 : i64
                  %v2510 = arith.addi %v2509, %v32 : i64
                  %v2511 = llvm.getelementptr %in_Bm[%v2510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2512 = llvm.load %v2511 : !llvm.ptr -> f32
                  %v2513 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2514 = arith.mulf %v2512, %v2513 fastmath<contract> : f32
                  %v2515 = arith.muli %v46, %v314 : i64
                  %v2516 = arith.muli %v2466, %v1 : i64
                  %v2517 = arith.addi %v2515, %v2516 : i64
                  %v2518 = arith.constant 8 : i64
                  %v2519 = arith.addi %v2518, %v32 : i64
                  %v2520 = arith.addi %v2517, %v2519 : i64
                  %v2521 = llvm.getelementptr %in_Bm[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2522 = llvm.load %v2521 : !llvm.ptr -> f32
                  %v2523 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2524 = arith.mulf %v2522, %v2523 fastmath<contract> : f32
                  %v2525 = arith.addf %v2514, %v2524 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2526, %v2527 = gpu.shuffle xor %v2525, %v747, %v306 : f32
                  %v2528 = arith.addf %v2525, %v2526 fastmath<contract> : f32
                  %v2529, %v2530 = gpu.shuffle xor %v2528, %v751, %v306 : f32
                  %v2531 = arith.addf %v2528, %v2529 fastmath<contract> : f32
                  %v2532, %v2533 = gpu.shuffle xor %v2531, %v755, %v306 : f32
                  %v2534 = arith.addf %v2531, %v2532 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2535 = arith.mulf %v2506, %v2534 fastmath<contract> : f32
                  %v2536 = arith.mulf %v2213, %v2513 fastmath<contract> : f32
                  %v2537 = arith.mulf %v2224, %v2523 fastmath<contract> : f32
                  %v2538 = arith.addf %v2536, %v2537 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2539, %v2540 = gpu.shuffle xor %v2538, %v747, %v306 : f32
                  %v2541 = arith.addf %v2538, %v2539 fastmath<contract> : f32
                  %v2542, %v2543 = gpu.shuffle xor %v2541, %v751, %v306 : f32
                  %v2544 = arith.addf %v2541, %v2542 fastmath<contract> : f32
                  %v2545, %v2546 = gpu.shuffle xor %v2544, %v755, %v306 : f32
                  %v2547 = arith.addf %v2544, %v2545 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2548 = arith.mulf %v2457, %v2547 fastmath<contract> : f32
                  %v2549 = arith.mulf %v2459, %v2548 fastmath<contract> : f32
                  %v2550 = arith.negf %v2549 : f32
                  %v2551 = arith.addf %v2535, %v2550 fastmath<contract> : f32
                  %v2552 = arith.mulf %v2551, %v2463 fastmath<contract> : f32
                  %v2553 = arith.mulf %v2459, %v2547 fastmath<contract> : f32
                  %v2554 = arith.mulf %v2455, %v2553 fastmath<contract> : f32
                  %v2555 = arith.mulf %v2457, %v2554 fastmath<contract> : f32
                  %v2556 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2557 = arith.addf %v2556, %v2555 fastmath<contract> : f32
                  llvm.store %v2557, %v56 : f32, !llvm.ptr
                  %v2558 = arith.mulf %v2461, %v2513 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2559 = arith.addi %v51, %v38 : i64
                    %v2560 = arith.muli %v2559, %v1 : i64
                    %v2561 = arith.addi %v2560, %v32 : i64
                    %v2562 = arith.muli %v2561, %size_L : i64
                    %v2563 = arith.addi %v2562, %v2466 : i64
                    %v2564 = llvm.getelementptr %part_Bm[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2558, %v2564 : f32, !llvm.ptr
                  }
                  %v2565 = arith.mulf %v2461, %v2523 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2566 = arith.addi %v31, %v32 : i64
                    %v2567 = arith.addi %v51, %v38 : i64
                    %v2568 = arith.muli %v2567, %v1 : i64
                    %v2569 = arith.addi %v2568, %v2566 : i64
                    %v2570 = arith.muli %v2569, %size_L : i64
                    %v2571 = arith.addi %v2570, %v2466 : i64
                    %v2572 = llvm.getelementptr %part_Bm[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2565, %v2572 : f32, !llvm.ptr
                  }
                  %v2573 = arith.mulf %v2240, %v2480 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2574 = arith.addi %v51, %v38 : i64
                    %v2575 = arith.muli %v2574, %v1 : i64
                    %v2576 = arith.addi %v2575, %v32 : i64
                    %v2577 = arith.muli %v2576, %size_L : i64
                    %v2578 = arith.addi %v2577, %v2466 : i64
                    %v2579 = llvm.getelementptr %part_Cm[%v2578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2573, %v2579 : f32, !llvm.ptr
                  }
                  %v2580 = arith.mulf %v2251, %v2480 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2581 = arith.addi %v31, %v32 : i64
                    %v2582 = arith.addi %v51, %v38 : i64
                    %v2583 = arith.muli %v2582, %v1 : i64
                    %v2584 = arith.addi %v2583, %v2581 : i64
                    %v2585 = arith.muli %v2584, %size_L : i64
                    %v2586 = arith.addi %v2585, %v2466 : i64
                    %v2587 = llvm.getelementptr %part_Cm[%v2586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2580, %v2587 : f32, !llvm.ptr
                  }
                  %v2588 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2589 = arith.addf %v2588, %v2552 fastmath<contract> : f32
                  llvm.store %v2589, %v58 : f32, !llvm.ptr
                  %v2590 = arith.select %v36, %v2552, %v63 : f32
                  // sum over the warp's outer points: shuffles
                  %v2591, %v2592 = gpu.shuffle xor %v2590, %v815, %v306 : f32
                  %v2593 = arith.addf %v2590, %v2591 fastmath<contract> : f32
                  %v2594, %v2595 = gpu.shuffle xor %v2593, %v819, %v306 : f32
                  %v2596 = arith.addf %v2593, %v2594 fastmath<contract> : f32
                  %v2597 = arith.divui %v17, %v19 : i64
                  %v2598 = arith.remui %v17, %v19 : i64
                  %v2599 = arith.cmpi ult, %v2598, %v2 : i64
                  %v2600 = arith.muli %v2597, %v826 : i64
                  %v2601 = arith.addi %v2600, %v2465 : i64
                  scf.if %v2599 {
                    %v2602 = llvm.getelementptr %v60[%v2601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2596, %v2602 : f32, !llvm.ptr
                  }
                  %v2603 = arith.addf %v2514, %v2524 fastmath<contract> : f32
                  llvm.store %v2603, %v2279 : f32, !llvm.ptr
                  llvm.store %v2459, %v54 : f32, !llvm.ptr
                  llvm.store %v2459, %v55 : f32, !llvm.ptr
                }
                %v2604 = llvm.load %v2279 : !llvm.ptr -> f32
                %v2605 = arith.select %v2282, %v2604, %v2449 : f32
                %v2606 = arith.select %v2282, %v2449, %v2604 : f32
                %v2607, %v2608 = gpu.shuffle xor %v2605, %v747, %v306 : f32
                %v2609 = arith.addf %v2606, %v2607 fastmath<contract> : f32
                %v2610 = arith.addi %v355, %v570 : i64
                %v2611 = arith.cmpi slt, %v994, %v2290 : i32
                %v2612 = arith.cmpi eq, %v994, %v2295 : i32
                %v2613, %v2614 = gpu.shuffle idx %v2041, %v132, %v306 : f32
                %v2615, %v2616 = gpu.shuffle idx %v2042, %v132, %v306 : f32
                %v2617, %v2618 = gpu.shuffle idx %v2046, %v132, %v306 : f32
                %v2619, %v2620 = gpu.shuffle idx %v2049, %v132, %v306 : f32
                %v2621, %v2622 = gpu.shuffle idx %v2058, %v132, %v306 : f32
                %v2623, %v2624 = gpu.shuffle idx %v2063, %v132, %v306 : f32
                %v2625 = arith.addi %v357, %v488 : i64
                llvm.store %v63, %v2279 : f32, !llvm.ptr
                scf.if %v2611 {
                  %v2626 = arith.addi %v154, %v2610 : i64
                  %v2627 = arith.muli %v46, %v314 : i64
                  %v2628 = arith.muli %v2626, %v1 : i64
                  %v2629 = arith.addi %v2627, %v2628 : i64
                  %v2630 = arith.addi %v2629, %v32 : i64
                  %v2631 = llvm.getelementptr %in_Cm[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2632 = llvm.load %v2631 : !llvm.ptr -> f32
                  %v2633 = arith.muli %v46, %v287 : i64
                  %v2634 = arith.muli %v2626, %v286 : i64
                  %v2635 = arith.addi %v2633, %v2634 : i64
                  %v2636 = arith.muli %v44, %size_P : i64
                  %v2637 = arith.addi %v2635, %v2636 : i64
                  %v2638 = arith.addi %v2637, %v42 : i64
                  %v2639 = llvm.getelementptr %dy_y[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2640 = llvm.load %v2639 : !llvm.ptr -> f32
                  %v2641 = arith.mulf %v2632, %v2640 fastmath<contract> : f32
                  %v2642 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2643 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2644 = arith.mulf %v2643, %v2642 fastmath<contract> : f32
                  %v2645 = arith.addf %v2641, %v2644 fastmath<contract> : f32
                  llvm.store %v2645, %v52 : f32, !llvm.ptr
                  %v2646 = arith.muli %v46, %v314 : i64
                  %v2647 = arith.muli %v2626, %v1 : i64
                  %v2648 = arith.addi %v2646, %v2647 : i64
                  %v2649 = arith.constant 8 : i64
                  %v2650 = arith.addi %v2649, %v32 : i64
                  %v2651 = arith.addi %v2648, %v2650 : i64
                  %v2652 = llvm.getelementptr %in_Cm[%v2651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2653 = llvm.load %v2652 : !llvm.ptr -> f32
                  %v2654 = arith.mulf %v2653, %v2640 fastmath<contract> : f32
                  %v2655 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2656 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2657 = arith.mulf %v2656, %v2655 fastmath<contract> : f32
                  %v2658 = arith.addf %v2654, %v2657 fastmath<contract> : f32
                  llvm.store %v2658, %v53 : f32, !llvm.ptr
                  scf.if %v2612 {
                  }
                  %v2659 = arith.muli %v46, %v287 : i64
                  %v2660 = arith.muli %v2626, %v286 : i64
                  %v2661 = arith.addi %v2659, %v2660 : i64
                  %v2662 = arith.muli %v44, %size_P : i64
                  %v2663 = arith.addi %v2661, %v2662 : i64
                  %v2664 = arith.addi %v2663, %v42 : i64
                  %v2665 = llvm.getelementptr %in_x[%v2664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2666 = llvm.load %v2665 : !llvm.ptr -> f32
                  %v2667 = arith.muli %v46, %v314 : i64
                  %v2668 = arith.muli %v2626, %v1 : i64
                  %v2669 = arith.addi %v2667, %v2668 : i64
                  %v2670 = arith.addi %v2669, %v32 : i64
                  %v2671 = llvm.getelementptr %in_Bm[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
                  %v2673 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2674 = arith.mulf %v2672, %v2673 fastmath<contract> : f32
                  %v2675 = arith.muli %v46, %v314 : i64
                  %v2676 = arith.muli %v2626, %v1 : i64
                  %v2677 = arith.addi %v2675, %v2676 : i64
                  %v2678 = arith.constant 8 : i64
                  %v2679 = arith.addi %v2678, %v32 : i64
                  %v2680 = arith.addi %v2677, %v2679 : i64
                  %v2681 = llvm.getelementptr %in_Bm[%v2680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2682 = llvm.load %v2681 : !llvm.ptr -> f32
                  %v2683 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2684 = arith.mulf %v2682, %v2683 fastmath<contract> : f32
                  %v2685 = arith.addf %v2674, %v2684 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2686, %v2687 = gpu.shuffle xor %v2685, %v747, %v306 : f32
                  %v2688 = arith.addf %v2685, %v2686 fastmath<contract> : f32
                  %v2689, %v2690 = gpu.shuffle xor %v2688, %v751, %v306 : f32
                  %v2691 = arith.addf %v2688, %v2689 fastmath<contract> : f32
                  %v2692, %v2693 = gpu.shuffle xor %v2691, %v755, %v306 : f32
                  %v2694 = arith.addf %v2691, %v2692 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2695 = arith.mulf %v2666, %v2694 fastmath<contract> : f32
                  %v2696 = arith.mulf %v2186, %v2673 fastmath<contract> : f32
                  %v2697 = arith.mulf %v2197, %v2683 fastmath<contract> : f32
                  %v2698 = arith.addf %v2696, %v2697 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2699, %v2700 = gpu.shuffle xor %v2698, %v747, %v306 : f32
                  %v2701 = arith.addf %v2698, %v2699 fastmath<contract> : f32
                  %v2702, %v2703 = gpu.shuffle xor %v2701, %v751, %v306 : f32
                  %v2704 = arith.addf %v2701, %v2702 fastmath<contract> : f32
                  %v2705, %v2706 = gpu.shuffle xor %v2704, %v755, %v306 : f32
                  %v2707 = arith.addf %v2704, %v2705 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2708 = arith.mulf %v2617, %v2707 fastmath<contract> : f32
                  %v2709 = arith.mulf %v2619, %v2708 fastmath<contract> : f32
                  %v2710 = arith.negf %v2709 : f32
                  %v2711 = arith.addf %v2695, %v2710 fastmath<contract> : f32
                  %v2712 = arith.mulf %v2711, %v2623 fastmath<contract> : f32
                  %v2713 = arith.mulf %v2619, %v2707 fastmath<contract> : f32
                  %v2714 = arith.mulf %v2615, %v2713 fastmath<contract> : f32
                  %v2715 = arith.mulf %v2617, %v2714 fastmath<contract> : f32
                  %v2716 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2717 = arith.addf %v2716, %v2715 fastmath<contract> : f32
                  llvm.store %v2717, %v56 : f32, !llvm.ptr
                  %v2718 = arith.mulf %v2621, %v2673 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2719 = arith.addi %v51, %v38 : i64
                    %v2720 = arith.muli %v2719, %v1 : i64
                    %v2721 = arith.addi %v2720, %v32 : i64
                    %v2722 = arith.muli %v2721, %size_L : i64
                    %v2723 = arith.addi %v2722, %v2626 : i64
                    %v2724 = llvm.getelementptr %part_Bm[%v2723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2718, %v2724 : f32, !llvm.ptr
                  }
                  %v2725 = arith.mulf %v2621, %v2683 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2726 = arith.addi %v31, %v32 : i64
                    %v2727 = arith.addi %v51, %v38 : i64
                    %v2728 = arith.muli %v2727, %v1 : i64
                    %v2729 = arith.addi %v2728, %v2726 : i64
                    %v2730 = arith.muli %v2729, %size_L : i64
                    %v2731 = arith.addi %v2730, %v2626 : i64
                    %v2732 = llvm.getelementptr %part_Bm[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2725, %v2732 : f32, !llvm.ptr
                  }
                  %v2733 = arith.mulf %v2213, %v2640 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2734 = arith.addi %v51, %v38 : i64
                    %v2735 = arith.muli %v2734, %v1 : i64
                    %v2736 = arith.addi %v2735, %v32 : i64
                    %v2737 = arith.muli %v2736, %size_L : i64
                    %v2738 = arith.addi %v2737, %v2626 : i64
                    %v2739 = llvm.getelementptr %part_Cm[%v2738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2733, %v2739 : f32, !llvm.ptr
                  }
                  %v2740 = arith.mulf %v2224, %v2640 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2741 = arith.addi %v31, %v32 : i64
                    %v2742 = arith.addi %v51, %v38 : i64
                    %v2743 = arith.muli %v2742, %v1 : i64
                    %v2744 = arith.addi %v2743, %v2741 : i64
                    %v2745 = arith.muli %v2744, %size_L : i64
                    %v2746 = arith.addi %v2745, %v2626 : i64
                    %v2747 = llvm.getelementptr %part_Cm[%v2746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2740, %v2747 : f32, !llvm.ptr
                  }
                  %v2748 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2749 = arith.addf %v2748, %v2712 fastmath<contract> : f32
                  llvm.store %v2749, %v58 : f32, !llvm.ptr
                  %v2750 = arith.select %v36, %v2712, %v63 : f32
                  // sum over the warp's outer points: shuffles
                  %v2751, %v2752 = gpu.shuffle xor %v2750, %v815, %v306 : f32
                  %v2753 = arith.addf %v2750, %v2751 fastmath<contract> : f32
                  %v2754, %v2755 = gpu.shuffle xor %v2753, %v819, %v306 : f32
                  %v2756 = arith.addf %v2753, %v2754 fastmath<contract> : f32
                  %v2757 = arith.divui %v17, %v19 : i64
                  %v2758 = arith.remui %v17, %v19 : i64
                  %v2759 = arith.cmpi ult, %v2758, %v2 : i64
                  %v2760 = arith.muli %v2757, %v826 : i64
                  %v2761 = arith.addi %v2760, %v2625 : i64
                  scf.if %v2759 {
                    %v2762 = llvm.getelementptr %v60[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2756, %v2762 : f32, !llvm.ptr
                  }
                  %v2763 = arith.addf %v2674, %v2684 fastmath<contract> : f32
                  llvm.store %v2763, %v2279 : f32, !llvm.ptr
                  llvm.store %v2619, %v54 : f32, !llvm.ptr
                  llvm.store %v2619, %v55 : f32, !llvm.ptr
                }
                %v2764 = llvm.load %v2279 : !llvm.ptr -> f32
                %v2765 = arith.addi %v355, %v48 : i64
                %v2766 = arith.cmpi slt, %v755, %v2290 : i32
                %v2767 = arith.cmpi eq, %v755, %v2295 : i32
                %v2768, %v2769 = gpu.shuffle idx %v2041, %v128, %v306 : f32
                %v2770, %v2771 = gpu.shuffle idx %v2042, %v128, %v306 : f32
                %v2772, %v2773 = gpu.shuffle idx %v2046, %v128, %v306 : f32
                %v2774, %v2775 = gpu.shuffle idx %v2049, %v128, %v306 : f32
                %v2776, %v2777 = gpu.shuffle idx %v2058, %v128, %v306 : f32
                %v2778, %v2779 = gpu.shuffle idx %v2063, %v128, %v306 : f32
                %v2780 = arith.addi %v357, %v337 : i64
                llvm.store %v63, %v2279 : f32, !llvm.ptr
                scf.if %v2766 {
                  %v2781 = arith.addi %v154, %v2765 : i64
                  %v2782 = arith.muli %v46, %v314 : i64
                  %v2783 = arith.muli %v2781, %v1 : i64
                  %v2784 = arith.addi %v2782, %v2783 : i64
                  %v2785 = arith.addi %v2784, %v32 : i64
                  %v2786 = llvm.getelementptr %in_Cm[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2787 = llvm.load %v2786 : !llvm.ptr -> f32
                  %v2788 = arith.muli %v46, %v287 : i64
                  %v2789 = arith.muli %v2781, %v286 : i64
                  %v2790 = arith.addi %v2788, %v2789 : i64
                  %v2791 = arith.muli %v44, %size_P : i64
                  %v2792 = arith.addi %v2790, %v2791 : i64
                  %v2793 = arith.addi %v2792, %v42 : i64
                  %v2794 = llvm.getelementptr %dy_y[%v2793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2795 = llvm.load %v2794 : !llvm.ptr -> f32
                  %v2796 = arith.mulf %v2787, %v2795 fastmath<contract> : f32
                  %v2797 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2798 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2799 = arith.mulf %v2798, %v2797 fastmath<contract> : f32
                  %v2800 = arith.addf %v2796, %v2799 fastmath<contract> : f32
                  llvm.store %v2800, %v52 : f32, !llvm.ptr
                  %v2801 = arith.muli %v46, %v314 : i64
                  %v2802 = arith.muli %v2781, %v1 : i64
                  %v2803 = arith.addi %v2801, %v2802 : i64
                  %v2804 = arith.constant 8 : i64
                  %v2805 = arith.addi %v2804, %v32 : i64
                  %v2806 = arith.addi %v2803, %v2805 : i64
                  %v2807 = llvm.getelementptr %in_Cm[%v2806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2808 = llvm.load %v2807 : !llvm.ptr -> f32
                  %v2809 = arith.mulf %v2808, %v2795 fastmath<contract> : f32
                  %v2810 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2811 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2812 = arith.mulf %v2811, %v2810 fastmath<contract> : f32
                  %v2813 = arith.addf %v2809, %v2812 fastmath<contract> : f32
                  llvm.store %v2813, %v53 : f32, !llvm.ptr
                  scf.if %v2767 {
                  }
                  %v2814 = arith.muli %v46, %v287 : i64
                  %v2815 = arith.muli %v2781, %v286 : i64
                  %v2816 = arith.addi %v2814, %v2815 : i64
                  %v2817 = arith.muli %v44, %size_P : i64
                  %v2818 = arith.addi %v2816, %v2817 : i64
                  %v2819 = arith.addi %v2818, %v42 : i64
                  %v2820 = llvm.getelementptr %in_x[%v2819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
                  %v2822 = arith.muli %v46, %v314 : i64
                  %v2823 = arith.muli %v2781, %v1 : i64
                  %v2824 = arith.addi %v2822, %v2823 : i64
                  %v2825 = arith.addi %v2824, %v32 : i64
                  %v2826 = llvm.getelementptr %in_Bm[%v2825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2827 = llvm.load %v2826 : !llvm.ptr -> f32
                  %v2828 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2829 = arith.mulf %v2827, %v2828 fastmath<contract> : f32
                  %v2830 = arith.muli %v46, %v314 : i64
                  %v2831 = arith.muli %v2781, %v1 : i64
                  %v2832 = arith.addi %v2830, %v2831 : i64
                  %v2833 = arith.constant 8 : i64
                  %v2834 = arith.addi %v2833, %v32 : i64
                  %v2835 = arith.addi %v2832, %v2834 : i64
                  %v2836 = llvm.getelementptr %in_Bm[%v2835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2837 = llvm.load %v2836 : !llvm.ptr -> f32
                  %v2838 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2839 = arith.mulf %v2837, %v2838 fastmath<contract> : f32
                  %v2840 = arith.addf %v2829, %v2839 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2841, %v2842 = gpu.shuffle xor %v2840, %v747, %v306 : f32
                  %v2843 = arith.addf %v2840, %v2841 fastmath<contract> : f32
                  %v2844, %v2845 = gpu.shuffle xor %v2843, %v751, %v306 : f32
                  %v2846 = arith.addf %v2843, %v2844 fastmath<contract> : f32
                  %v2847, %v2848 = gpu.shuffle xor %v2846, %v755, %v306 : f32
                  %v2849 = arith.addf %v2846, %v2847 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2850 = arith.mulf %v2821, %v2849 fastmath<contract> : f32
                  %v2851 = arith.mulf %v2159, %v2828 fastmath<contract> : f32
                  %v2852 = arith.mulf %v2170, %v2838 fastmath<contract> : f32
                  %v2853 = arith.addf %v2851, %v2852 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2854, %v2855 = gpu.shuffle xor %v2853, %v747, %v306 : f32
                  %v2856 = arith.addf %v2853, %v2854 fastmath<contract> : f32
                  %v2857, %v2858 = gpu.shuffle xor %v2856, %v751, %v306 : f32
                  %v2859 = arith.addf %v2856, %v2857 fastmath<contract> : f32
                  %v2860, %v2861 = gpu.shuffle xor %v2859, %v755, %v306 : f32
                  %v2862 = arith.addf %v2859, %v2860 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2863 = arith.mulf %v2772, %v2862 fastmath<contract> : f32
                  %v2864 = arith.mulf %v2774, %v2863 fastmath<contract> : f32
                  %v2865 = arith.negf %v2864 : f32
                  %v2866 = arith.addf %v2850, %v2865 fastmath<contract> : f32
                  %v2867 = arith.mulf %v2866, %v2778 fastmath<contract> : f32
                  %v2868 = arith.mulf %v2774, %v2862 fastmath<contract> : f32
                  %v2869 = arith.mulf %v2770, %v2868 fastmath<contract> : f32
                  %v2870 = arith.mulf %v2772, %v2869 fastmath<contract> : f32
                  %v2871 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2872 = arith.addf %v2871, %v2870 fastmath<contract> : f32
                  llvm.store %v2872, %v56 : f32, !llvm.ptr
                  %v2873 = arith.mulf %v2776, %v2828 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2874 = arith.addi %v51, %v38 : i64
                    %v2875 = arith.muli %v2874, %v1 : i64
                    %v2876 = arith.addi %v2875, %v32 : i64
                    %v2877 = arith.muli %v2876, %size_L : i64
                    %v2878 = arith.addi %v2877, %v2781 : i64
                    %v2879 = llvm.getelementptr %part_Bm[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2873, %v2879 : f32, !llvm.ptr
                  }
                  %v2880 = arith.mulf %v2776, %v2838 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2881 = arith.addi %v31, %v32 : i64
                    %v2882 = arith.addi %v51, %v38 : i64
                    %v2883 = arith.muli %v2882, %v1 : i64
                    %v2884 = arith.addi %v2883, %v2881 : i64
                    %v2885 = arith.muli %v2884, %size_L : i64
                    %v2886 = arith.addi %v2885, %v2781 : i64
                    %v2887 = llvm.getelementptr %part_Bm[%v2886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2880, %v2887 : f32, !llvm.ptr
                  }
                  %v2888 = arith.mulf %v2186, %v2795 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2889 = arith.addi %v51, %v38 : i64
                    %v2890 = arith.muli %v2889, %v1 : i64
                    %v2891 = arith.addi %v2890, %v32 : i64
                    %v2892 = arith.muli %v2891, %size_L : i64
                    %v2893 = arith.addi %v2892, %v2781 : i64
                    %v2894 = llvm.getelementptr %part_Cm[%v2893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2888, %v2894 : f32, !llvm.ptr
                  }
                  %v2895 = arith.mulf %v2197, %v2795 fastmath<contract> : f32
                  scf.if %v36 {
                    %v2896 = arith.addi %v31, %v32 : i64
                    %v2897 = arith.addi %v51, %v38 : i64
                    %v2898 = arith.muli %v2897, %v1 : i64
                    %v2899 = arith.addi %v2898, %v2896 : i64
                    %v2900 = arith.muli %v2899, %size_L : i64
                    %v2901 = arith.addi %v2900, %v2781 : i64
                    %v2902 = llvm.getelementptr %part_Cm[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2895, %v2902 : f32, !llvm.ptr
                  }
                  %v2903 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2904 = arith.addf %v2903, %v2867 fastmath<contract> : f32
                  llvm.store %v2904, %v58 : f32, !llvm.ptr
                  %v2905 = arith.select %v36, %v2867, %v63 : f32
                  // sum over the warp's outer points: shuffles
                  %v2906, %v2907 = gpu.shuffle xor %v2905, %v815, %v306 : f32
                  %v2908 = arith.addf %v2905, %v2906 fastmath<contract> : f32
                  %v2909, %v2910 = gpu.shuffle xor %v2908, %v819, %v306 : f32
                  %v2911 = arith.addf %v2908, %v2909 fastmath<contract> : f32
                  %v2912 = arith.divui %v17, %v19 : i64
                  %v2913 = arith.remui %v17, %v19 : i64
                  %v2914 = arith.cmpi ult, %v2913, %v2 : i64
                  %v2915 = arith.muli %v2912, %v826 : i64
                  %v2916 = arith.addi %v2915, %v2780 : i64
                  scf.if %v2914 {
                    %v2917 = llvm.getelementptr %v60[%v2916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2911, %v2917 : f32, !llvm.ptr
                  }
                  %v2918 = arith.addf %v2829, %v2839 fastmath<contract> : f32
                  llvm.store %v2918, %v2279 : f32, !llvm.ptr
                  llvm.store %v2774, %v54 : f32, !llvm.ptr
                  llvm.store %v2774, %v55 : f32, !llvm.ptr
                }
                %v2919 = llvm.load %v2279 : !llvm.ptr -> f32
                %v2920 = arith.select %v2282, %v2919, %v2764 : f32
                %v2921 = arith.select %v2282, %v2764, %v2919 : f32
                %v2922, %v2923 = gpu.shuffle xor %v2920, %v747, %v306 : f32
                %v2924 = arith.addf %v2921, %v2922 fastmath<contract> : f32
                %v2925 = arith.select %v2285, %v2924, %v2609 : f32
                %v2926 = arith.select %v2285, %v2609, %v2924 : f32
                %v2927, %v2928 = gpu.shuffle xor %v2925, %v751, %v306 : f32
                %v2929 = arith.addf %v2926, %v2927 fastmath<contract> : f32
                %v2930 = arith.addi %v355, %v337 : i64
                %v2931 = arith.cmpi slt, %v1315, %v2290 : i32
                %v2932 = arith.cmpi eq, %v1315, %v2295 : i32
                %v2933, %v2934 = gpu.shuffle idx %v2041, %v124, %v306 : f32
                %v2935, %v2936 = gpu.shuffle idx %v2042, %v124, %v306 : f32
                %v2937, %v2938 = gpu.shuffle idx %v2046, %v124, %v306 : f32
                %v2939, %v2940 = gpu.shuffle idx %v2049, %v124, %v306 : f32
                %v2941, %v2942 = gpu.shuffle idx %v2058, %v124, %v306 : f32
                %v2943, %v2944 = gpu.shuffle idx %v2063, %v124, %v306 : f32
                %v2945 = arith.addi %v357, %v48 : i64
                llvm.store %v63, %v2279 : f32, !llvm.ptr
                scf.if %v2931 {
                  %v2946 = arith.addi %v154, %v2930 : i64
                  %v2947 = arith.muli %v46, %v314 : i64
                  %v2948 = arith.muli %v2946, %v1 : i64
                  %v2949 = arith.addi %v2947, %v2948 : i64
                  %v2950 = arith.addi %v2949, %v32 : i64
                  %v2951 = llvm.getelementptr %in_Cm[%v2950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2952 = llvm.load %v2951 : !llvm.ptr -> f32
                  %v2953 = arith.muli %v46, %v287 : i64
                  %v2954 = arith.muli %v2946, %v286 : i64
                  %v2955 = arith.addi %v2953, %v2954 : i64
                  %v2956 = arith.muli %v44, %size_P : i64
                  %v2957 = arith.addi %v2955, %v2956 : i64
                  %v2958 = arith.addi %v2957, %v42 : i64
                  %v2959 = llvm.getelementptr %dy_y[%v2958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2960 = llvm.load %v2959 : !llvm.ptr -> f32
                  %v2961 = arith.mulf %v2952, %v2960 fastmath<contract> : f32
                  %v2962 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2963 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2964 = arith.mulf %v2963, %v2962 fastmath<contract> : f32
                  %v2965 = arith.addf %v2961, %v2964 fastmath<contract> : f32
                  llvm.store %v2965, %v52 : f32, !llvm.ptr
                  %v2966 = arith.muli %v46, %v314 : i64
                  %v2967 = arith.muli %v2946, %v1 : i64
                  %v2968 = arith.addi %v2966, %v2967 : i64
                  %v2969 = arith.constant 8 : i64
                  %v2970 = arith.addi %v2969, %v32 : i64
                  %v2971 = arith.addi %v2968, %v2970 : i64
                  %v2972 = llvm.getelementptr %in_Cm[%v2971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2973 = llvm.load %v2972 : !llvm.ptr -> f32
                  %v2974 = arith.mulf %v2973, %v2960 fastmath<contract> : f32
                  %v2975 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2976 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2977 = arith.mulf %v2976, %v2975 fastmath<contract> : f32
                  %v2978 = arith.addf %v2974, %v2977 fastmath<contract> : f32
                  llvm.store %v2978, %v53 : f32, !llvm.ptr
                  scf.if %v2932 {
                  }
                  %v2979 = arith.muli %v46, %v287 : i64
                  %v2980 = arith.muli %v2946, %v286 : i64
                  %v2981 = arith.addi %v2979, %v2980 : i64
                  %v2982 = arith.muli %v44, %size_P : i64
                  %v2983 = arith.addi %v2981, %v2982 : i64
                  %v2984 = arith.addi %v2983, %v42 : i64
                  %v2985 = llvm.getelementptr %in_x[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2986 = llvm.load %v2985 : !llvm.ptr -> f32
                  %v2987 = arith.muli %v46, %v314 : i64
                  %v2988 = arith.muli %v2946, %v1 : i64
                  %v2989 = arith.addi %v2987, %v2988 : i64
                  %v2990 = arith.addi %v2989, %v32 : i64
                  %v2991 = llvm.getelementptr %in_Bm[%v2990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2992 = llvm.load %v2991 : !llvm.ptr -> f32
                  %v2993 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2994 = arith.mulf %v2992, %v2993 fastmath<contract> : f32
                  %v2995 = arith.muli %v46, %v314 : i64
                  %v2996 = arith.muli %v2946, %v1 : i64
                  %v2997 = arith.addi %v2995, %v2996 : i64
                  %v2998 = arith.constant 8 : i64
                  %v2999 = arith.addi %v2998, %v32 : i64
                  %v3000 = arith.addi %v2997, %v2999 : i64
                  %v3001 = llvm.getelementptr %in_Bm[%v3000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3002 = llvm.load %v3001 : !llvm.ptr -> f32
                  %v3003 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3004 = arith.mulf %v3002, %v3003 fastmath<contract> : f32
                  %v3005 = arith.addf %v2994, %v3004 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3006, %v3007 = gpu.shuffle xor %v3005, %v747, %v306 : f32
                  %v3008 = arith.addf %v3005, %v3006 fastmath<contract> : f32
                  %v3009, %v3010 = gpu.shuffle xor %v3008, %v751, %v306 : f32
                  %v3011 = arith.addf %v3008, %v3009 fastmath<contract> : f32
                  %v3012, %v3013 = gpu.shuffle xor %v3011, %v755, %v306 : f32
                  %v3014 = arith.addf %v3011, %v3012 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3015 = arith.mulf %v2986, %v3014 fastmath<contract> : f32
                  %v3016 = arith.mulf %v2132, %v2993 fastmath<contract> : f32
                  %v3017 = arith.mulf %v2143, %v3003 fastmath<contract> : f32
                  %v3018 = arith.addf %v3016, %v3017 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3019, %v3020 = gpu.shuffle xor %v3018, %v747, %v306 : f32
                  %v3021 = arith.addf %v3018, %v3019 fastmath<contract> : f32
                  %v3022, %v3023 = gpu.shuffle xor %v3021, %v751, %v306 : f32
                  %v3024 = arith.addf %v3021, %v3022 fastmath<contract> : f32
                  %v3025, %v3026 = gpu.shuffle xor %v3024, %v755, %v306 : f32
                  %v3027 = arith.addf %v3024, %v3025 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3028 = arith.mulf %v2937, %v3027 fastmath<contract> : f32
                  %v3029 = arith.mulf %v2939, %v3028 fastmath<contract> : f32
                  %v3030 = arith.negf %v3029 : f32
                  %v3031 = arith.addf %v3015, %v3030 fastmath<contract> : f32
                  %v3032 = arith.mulf %v3031, %v2943 fastmath<contract> : f32
                  %v3033 = arith.mulf %v2939, %v3027 fastmath<contract> : f32
                  %v3034 = arith.mulf %v2935, %v3033 fastmath<contract> : f32
                  %v3035 = arith.mulf %v2937, %v3034 fastmath<contract> : f32
                  %v3036 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3037 = arith.addf %v3036, %v3035 fastmath<contract> : f32
                  llvm.store %v3037, %v56 : f32, !llvm.ptr
                  %v3038 = arith.mulf %v2941, %v2993 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3039 = arith.addi %v51, %v38 : i64
                    %v3040 = arith.muli %v3039, %v1 : i64
                    %v3041 = arith.addi %v3040, %v32 : i64
                    %v3042 = arith.muli %v3041, %size_L : i64
                    %v3043 = arith.addi %v3042, %v2946 : i64
                    %v3044 = llvm.getelementptr %part_Bm[%v3043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3038, %v3044 : f32, !llvm.ptr
                  }
                  %v3045 = arith.mulf %v2941, %v3003 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3046 = arith.addi %v31, %v32 : i64
                    %v3047 = arith.addi %v51, %v38 : i64
                    %v3048 = arith.muli %v3047, %v1 : i64
                    %v3049 = arith.addi %v3048, %v3046 : i64
                    %v3050 = arith.muli %v3049, %size_L : i64
                    %v3051 = arith.addi %v3050, %v2946 : i64
                    %v3052 = llvm.getelementptr %part_Bm[%v3051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3045, %v3052 : f32, !llvm.ptr
                  }
                  %v3053 = arith.mulf %v2159, %v2960 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3054 = arith.addi %v51, %v38 : i64
                    %v3055 = arith.muli %v3054, %v1 : i64
                    %v3056 = arith.addi %v3055, %v32 : i64
                    %v3057 = arith.muli %v3056, %size_L : i64
                    %v3058 = arith.addi %v3057, %v2946 : i64
                    %v3059 = llvm.getelementptr %part_Cm[%v3058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3053, %v3059 : f32, !llvm.ptr
                  }
                  %v3060 = arith.mulf %v2170, %v2960 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3061 = arith.addi %v31, %v32 : i64
                    %v3062 = arith.addi %v51, %v38 : i64
                    %v3063 = arith.muli %v3062, %v1 : i64
                    %v3064 = arith.addi %v3063, %v3061 : i64
                    %v3065 = arith.muli %v3064, %size_L : i64
                    %v3066 = arith.addi %v3065, %v2946 : i64
                    %v3067 = llvm.getelementptr %part_Cm[%v3066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3060, %v3067 : f32, !llvm.ptr
                  }
                  %v3068 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3069 = arith.addf %v3068, %v3032 fastmath<contract> : f32
                  llvm.store %v3069, %v58 : f32, !llvm.ptr
                  %v3070 = arith.select %v36, %v3032, %v63 : f32
                  // sum over the warp's outer points: shuffles
                  %v3071, %v3072 = gpu.shuffle xor %v3070, %v815, %v306 : f32
                  %v3073 = arith.addf %v3070, %v3071 fastmath<contract> : f32
                  %v3074, %v3075 = gpu.shuffle xor %v3073, %v819, %v306 : f32
                  %v3076 = arith.addf %v3073, %v3074 fastmath<contract> : f32
                  %v3077 = arith.divui %v17, %v19 : i64
                  %v3078 = arith.remui %v17, %v19 : i64
                  %v3079 = arith.cmpi ult, %v3078, %v2 : i64
                  %v3080 = arith.muli %v3077, %v826 : i64
                  %v3081 = arith.addi %v3080, %v2945 : i64
                  scf.if %v3079 {
                    %v3082 = llvm.getelementptr %v60[%v3081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3076, %v3082 : f32, !llvm.ptr
                  }
                  %v3083 = arith.addf %v2994, %v3004 fastmath<contract> : f32
                  llvm.store %v3083, %v2279 : f32, !llvm.ptr
                  llvm.store %v2939, %v54 : f32, !llvm.ptr
                  llvm.store %v2939, %v55 : f32, !llvm.ptr
                }
                %v3084 = llvm.load %v2279 : !llvm.ptr -> f32
                %v3085 = arith.addi %v355, %v488 : i64
                %v3086 = arith.cmpi slt, %v751, %v2290 : i32
                %v3087 = arith.cmpi eq, %v751, %v2295 : i32
                %v3088, %v3089 = gpu.shuffle idx %v2041, %v120, %v306 : f32
                %v3090, %v3091 = gpu.shuffle idx %v2042, %v120, %v306 : f32
                %v3092, %v3093 = gpu.shuffle idx %v2046, %v120, %v306 : f32
                %v3094, %v3095 = gpu.shuffle idx %v2049, %v120, %v306 : f32
                %v3096, %v3097 = gpu.shuffle idx %v2058, %v120, %v306 : f32
                %v3098, %v3099 = gpu.shuffle idx %v2063, %v120, %v306 : f32
                %v3100 = arith.addi %v357, %v570 : i64
                llvm.store %v63, %v2279 : f32, !llvm.ptr
                scf.if %v3086 {
                  %v3101 = arith.addi %v154, %v3085 : i64
                  %v3102 = arith.muli %v46, %v314 : i64
                  %v3103 = arith.muli %v3101, %v1 : i64
                  %v3104 = arith.addi %v3102, %v3103 : i64
                  %v3105 = arith.addi %v3104, %v32 : i64
                  %v3106 = llvm.getelementptr %in_Cm[%v3105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3107 = llvm.load %v3106 : !llvm.ptr -> f32
                  %v3108 = arith.muli %v46, %v287 : i64
                  %v3109 = arith.muli %v3101, %v286 : i64
                  %v3110 = arith.addi %v3108, %v3109 : i64
                  %v3111 = arith.muli %v44, %size_P : i64
                  %v3112 = arith.addi %v3110, %v3111 : i64
                  %v3113 = arith.addi %v3112, %v42 : i64
                  %v3114 = llvm.getelementptr %dy_y[%v3113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3115 = llvm.load %v3114 : !llvm.ptr -> f32
                  %v3116 = arith.mulf %v3107, %v3115 fastmath<contract> : f32
                  %v3117 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3118 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3119 = arith.mulf %v3118, %v3117 fastmath<contract> : f32
                  %v3120 = arith.addf %v3116, %v3119 fastmath<contract> : f32
                  llvm.store %v3120, %v52 : f32, !llvm.ptr
                  %v3121 = arith.muli %v46, %v314 : i64
                  %v3122 = arith.muli %v3101, %v1 : i64
                  %v3123 = arith.addi %v3121, %v3122 : i64
                  %v3124 = arith.constant 8 : i64
                  %v3125 = arith.addi %v3124, %v32 : i64
                  %v3126 = arith.addi %v3123, %v3125 : i64
                  %v3127 = llvm.getelementptr %in_Cm[%v3126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3128 = llvm.load %v3127 : !llvm.ptr -> f32
                  %v3129 = arith.mulf %v3128, %v3115 fastmath<contract> : f32
                  %v3130 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3131 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3132 = arith.mulf %v3131, %v3130 fastmath<contract> : f32
                  %v3133 = arith.addf %v3129, %v3132 fastmath<contract> : f32
                  llvm.store %v3133, %v53 : f32, !llvm.ptr
                  scf.if %v3087 {
                  }
                  %v3134 = arith.muli %v46, %v287 : i64
                  %v3135 = arith.muli %v3101, %v286 : i64
                  %v3136 = arith.addi %v3134, %v3135 : i64
                  %v3137 = arith.muli %v44, %size_P : i64
                  %v3138 = arith.addi %v3136, %v3137 : i64
                  %v3139 = arith.addi %v3138, %v42 : i64
                  %v3140 = llvm.getelementptr %in_x[%v3139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3141 = llvm.load %v3140 : !llvm.ptr -> f32
                  %v3142 = arith.muli %v46, %v314 : i64
                  %v3143 = arith.muli %v3101, %v1 : i64
                  %v3144 = arith.addi %v3142, %v3143 : i64
                  %v3145 = arith.addi %v3144, %v32 : i64
                  %v3146 = llvm.getelementptr %in_Bm[%v3145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3147 = llvm.load %v3146 : !llvm.ptr -> f32
                  %v3148 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3149 = arith.mulf %v3147, %v3148 fastmath<contract> : f32
                  %v3150 = arith.muli %v46, %v314 : i64
                  %v3151 = arith.muli %v3101, %v1 : i64
                  %v3152 = arith.addi %v3150, %v3151 : i64
                  %v3153 = arith.constant 8 : i64
                  %v3154 = arith.addi %v3153, %v32 : i64
                  %v3155 = arith.addi %v3152, %v3154 : i64
                  %v3156 = llvm.getelementptr %in_Bm[%v3155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3157 = llvm.load %v3156 : !llvm.ptr -> f32
                  %v3158 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3159 = arith.mulf %v3157, %v3158 fastmath<contract> : f32
                  %v3160 = arith.addf %v3149, %v3159 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3161, %v3162 = gpu.shuffle xor %v3160, %v747, %v306 : f32
                  %v3163 = arith.addf %v3160, %v3161 fastmath<contract> : f32
                  %v3164, %v3165 = gpu.shuffle xor %v3163, %v751, %v306 : f32
                  %v3166 = arith.addf %v3163, %v3164 fastmath<contract> : f32
                  %v3167, %v3168 = gpu.shuffle xor %v3166, %v755, %v306 : f32
                  %v3169 = arith.addf %v3166, %v3167 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3170 = arith.mulf %v3141, %v3169 fastmath<contract> : f32
                  %v3171 = arith.mulf %v2105, %v3148 fastmath<contract> : f32
                  %v3172 = arith.mulf %v2116, %v3158 fastmath<contract> : f32
                  %v3173 = arith.addf %v3171, %v3172 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3174, %v3175 = gpu.shuffle xor %v3173, %v747, %v306 : f32
                  %v3176 = arith.addf %v3173, %v3174 fastmath<contract> : f32
                  %v3177, %v3178 = gpu.shuffle xor %v3176, %v751, %v306 : f32
                  %v3179 = arith.addf %v3176, %v3177 fastmath<contract> : f32
                  %v3180, %v3181 = gpu.shuffle xor %v3179, %v755, %v306 : f32
                  %v3182 = arith.addf %v3179, %v3180 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3183 = arith.mulf %v3092, %v3182 fastmath<contract> : f32
                  %v3184 = arith.mulf %v3094, %v3183 fastmath<contract> : f32
                  %v3185 = arith.negf %v3184 : f32
                  %v3186 = arith.addf %v3170, %v3185 fastmath<contract> : f32
                  %v3187 = arith.mulf %v3186, %v3098 fastmath<contract> : f32
                  %v3188 = arith.mulf %v3094, %v3182 fastmath<contract> : f32
                  %v3189 = arith.mulf %v3090, %v3188 fastmath<contract> : f32
                  %v3190 = arith.mulf %v3092, %v3189 fastmath<contract> : f32
                  %v3191 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3192 = arith.addf %v3191, %v3190 fastmath<contract> : f32
                  llvm.store %v3192, %v56 : f32, !llvm.ptr
                  %v3193 = arith.mulf %v3096, %v3148 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3194 = arith.addi %v51, %v38 : i64
                    %v3195 = arith.muli %v3194, %v1 : i64
                    %v3196 = arith.addi %v3195, %v32 : i64
                    %v3197 = arith.muli %v3196, %size_L : i64
                    %v3198 = arith.addi %v3197, %v3101 : i64
                    %v3199 = llvm.getelementptr %part_Bm[%v3198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3193, %v3199 : f32, !llvm.ptr
                  }
                  %v3200 = arith.mulf %v3096, %v3158 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3201 = arith.addi %v31, %v32 : i64
                    %v3202 = arith.addi %v51, %v38 : i64
                    %v3203 = arith.muli %v3202, %v1 : i64
                    %v3204 = arith.addi %v3203, %v3201 : i64
                    %v3205 = arith.muli %v3204, %size_L : i64
                    %v3206 = arith.addi %v3205, %v3101 : i64
                    %v3207 = llvm.getelementptr %part_Bm[%v3206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3200, %v3207 : f32, !llvm.ptr
                  }
                  %v3208 = arith.mulf %v2132, %v3115 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3209 = arith.addi %v51, %v38 : i64
                    %v3210 = arith.muli %v3209, %v1 : i64
                    %v3211 = arith.addi %v3210, %v32 : i64
                    %v3212 = arith.muli %v3211, %size_L : i64
                    %v3213 = arith.addi %v3212, %v3101 : i64
                    %v3214 = llvm.getelementptr %part_Cm[%v3213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3208, %v3214 : f32, !llvm.ptr
                  }
                  %v3215 = arith.mulf %v2143, %v3115 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3216 = arith.addi %v31, %v32 : i64
                    %v3217 = arith.addi %v51, %v38 : i64
                    %v3218 = arith.muli %v3217, %v1 : i64
                    %v3219 = arith.addi %v3218, %v3216 : i64
                    %v3220 = arith.muli %v3219, %size_L : i64
                    %v3221 = arith.addi %v3220, %v3101 : i64
                    %v3222 = llvm.getelementptr %part_Cm[%v3221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3215, %v3222 : f32, !llvm.ptr
                  }
                  %v3223 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3224 = arith.addf %v3223, %v3187 fastmath<contract> : f32
                  llvm.store %v3224, %v58 : f32, !llvm.ptr
                  %v3225 = arith.select %v36, %v3187, %v63 : f32
                  // sum over the warp's outer points: shuffles
                  %v3226, %v3227 = gpu.shuffle xor %v3225, %v815, %v306 : f32
                  %v3228 = arith.addf %v3225, %v3226 fastmath<contract> : f32
                  %v3229, %v3230 = gpu.shuffle xor %v3228, %v819, %v306 : f32
                  %v3231 = arith.addf %v3228, %v3229 fastmath<contract> : f32
                  %v3232 = arith.divui %v17, %v19 : i64
                  %v3233 = arith.remui %v17, %v19 : i64
                  %v3234 = arith.cmpi ult, %v3233, %v2 : i64
                  %v3235 = arith.muli %v3232, %v826 : i64
                  %v3236 = arith.addi %v3235, %v3100 : i64
                  scf.if %v3234 {
                    %v3237 = llvm.getelementptr %v60[%v3236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3231, %v3237 : f32, !llvm.ptr
                  }
                  %v3238 = arith.addf %v3149, %v3159 fastmath<contract> : f32
                  llvm.store %v3238, %v2279 : f32, !llvm.ptr
                  llvm.store %v3094, %v54 : f32, !llvm.ptr
                  llvm.store %v3094, %v55 : f32, !llvm.ptr
                }
                %v3239 = llvm.load %v2279 : !llvm.ptr -> f32
                %v3240 = arith.select %v2282, %v3239, %v3084 : f32
                %v3241 = arith.select %v2282, %v3084, %v3239 : f32
                %v3242, %v3243 = gpu.shuffle xor %v3240, %v747, %v306 : f32
                %v3244 = arith.addf %v3241, %v3242 fastmath<contract> : f32
                %v3245 = arith.addi %v355, %v2 : i64
                %v3246 = arith.cmpi slt, %v747, %v2290 : i32
                %v3247 = arith.cmpi eq, %v747, %v2295 : i32
                %v3248, %v3249 = gpu.shuffle idx %v2041, %v116, %v306 : f32
                %v3250, %v3251 = gpu.shuffle idx %v2042, %v116, %v306 : f32
                %v3252, %v3253 = gpu.shuffle idx %v2046, %v116, %v306 : f32
                %v3254, %v3255 = gpu.shuffle idx %v2049, %v116, %v306 : f32
                %v3256, %v3257 = gpu.shuffle idx %v2058, %v116, %v306 : f32
                %v3258, %v3259 = gpu.shuffle idx %v2063, %v116, %v306 : f32
                %v3260 = arith.addi %v357, %v598 : i64
                llvm.store %v63, %v2279 : f32, !llvm.ptr
                scf.if %v3246 {
                  %v3261 = arith.addi %v154, %v3245 : i64
                  %v3262 = arith.muli %v46, %v314 : i64
                  %v3263 = arith.muli %v3261, %v1 : i64
                  %v3264 = arith.addi %v3262, %v3263 : i64
                  %v3265 = arith.addi %v3264, %v32 : i64
                  %v3266 = llvm.getelementptr %in_Cm[%v3265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3267 = llvm.load %v3266 : !llvm.ptr -> f32
                  %v3268 = arith.muli %v46, %v287 : i64
                  %v3269 = arith.muli %v3261, %v286 : i64
                  %v3270 = arith.addi %v3268, %v3269 : i64
                  %v3271 = arith.muli %v44, %size_P : i64
                  %v3272 = arith.addi %v3270, %v3271 : i64
                  %v3273 = arith.addi %v3272, %v42 : i64
                  %v3274 = llvm.getelementptr %dy_y[%v3273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3275 = llvm.load %v3274 : !llvm.ptr -> f32
                  %v3276 = arith.mulf %v3267, %v3275 fastmath<contract> : f32
                  %v3277 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3278 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3279 = arith.mulf %v3278, %v3277 fastmath<contract> : f32
                  %v3280 = arith.addf %v3276, %v3279 fastmath<contract> : f32
                  llvm.store %v3280, %v52 : f32, !llvm.ptr
                  %v3281 = arith.muli %v46, %v314 : i64
                  %v3282 = arith.muli %v3261, %v1 : i64
                  %v3283 = arith.addi %v3281, %v3282 : i64
                  %v3284 = arith.constant 8 : i64
                  %v3285 = arith.addi %v3284, %v32 : i64
                  %v3286 = arith.addi %v3283, %v3285 : i64
                  %v3287 = llvm.getelementptr %in_Cm[%v3286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3288 = llvm.load %v3287 : !llvm.ptr -> f32
                  %v3289 = arith.mulf %v3288, %v3275 fastmath<contract> : f32
                  %v3290 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3291 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3292 = arith.mulf %v3291, %v3290 fastmath<contract> : f32
                  %v3293 = arith.addf %v3289, %v3292 fastmath<contract> : f32
                  llvm.store %v3293, %v53 : f32, !llvm.ptr
                  scf.if %v3247 {
                  }
                  %v3294 = arith.muli %v46, %v287 : i64
                  %v3295 = arith.muli %v3261, %v286 : i64
                  %v3296 = arith.addi %v3294, %v3295 : i64
                  %v3297 = arith.muli %v44, %size_P : i64
                  %v3298 = arith.addi %v3296, %v3297 : i64
                  %v3299 = arith.addi %v3298, %v42 : i64
                  %v3300 = llvm.getelementptr %in_x[%v3299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3301 = llvm.load %v3300 : !llvm.ptr -> f32
                  %v3302 = arith.muli %v46, %v314 : i64
                  %v3303 = arith.muli %v3261, %v1 : i64
                  %v3304 = arith.addi %v3302, %v3303 : i64
                  %v3305 = arith.addi %v3304, %v32 : i64
                  %v3306 = llvm.getelementptr %in_Bm[%v3305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3307 = llvm.load %v3306 : !llvm.ptr -> f32
                  %v3308 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3309 = arith.mulf %v3307, %v3308 fastmath<contract> : f32
                  %v3310 = arith.muli %v46, %v314 : i64
                  %v3311 = arith.muli %v3261, %v1 : i64
                  %v3312 = arith.addi %v3310, %v3311 : i64
                  %v3313 = arith.constant 8 : i64
                  %v3314 = arith.addi %v3313, %v32 : i64
                  %v3315 = arith.addi %v3312, %v3314 : i64
                  %v3316 = llvm.getelementptr %in_Bm[%v3315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3317 = llvm.load %v3316 : !llvm.ptr -> f32
                  %v3318 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3319 = arith.mulf %v3317, %v3318 fastmath<contract> : f32
                  %v3320 = arith.addf %v3309, %v3319 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3321, %v3322 = gpu.shuffle xor %v3320, %v747, %v306 : f32
                  %v3323 = arith.addf %v3320, %v3321 fastmath<contract> : f32
                  %v3324, %v3325 = gpu.shuffle xor %v3323, %v751, %v306 : f32
                  %v3326 = arith.addf %v3323, %v3324 fastmath<contract> : f32
                  %v3327, %v3328 = gpu.shuffle xor %v3326, %v755, %v306 : f32
                  %v3329 = arith.addf %v3326, %v3327 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3330 = arith.mulf %v3301, %v3329 fastmath<contract> : f32
                  %v3331 = arith.mulf %v2078, %v3308 fastmath<contract> : f32
                  %v3332 = arith.mulf %v2089, %v3318 fastmath<contract> : f32
                  %v3333 = arith.addf %v3331, %v3332 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3334, %v3335 = gpu.shuffle xor %v3333, %v747, %v306 : f32
                  %v3336 = arith.addf %v3333, %v3334 fastmath<contract> : f32
                  %v3337, %v3338 = gpu.shuffle xor %v3336, %v751, %v306 : f32
                  %v3339 = arith.addf %v3336, %v3337 fastmath<contract> : f32
                  %v3340, %v3341 = gpu.shuffle xor %v3339, %v755, %v306 : f32
                  %v3342 = arith.addf %v3339, %v3340 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3343 = arith.mulf %v3252, %v3342 fastmath<contract> : f32
                  %v3344 = arith.mulf %v3254, %v3343 fastmath<contract> : f32
                  %v3345 = arith.negf %v3344 : f32
                  %v3346 = arith.addf %v3330, %v3345 fastmath<contract> : f32
                  %v3347 = arith.mulf %v3346, %v3258 fastmath<contract> : f32
                  %v3348 = arith.mulf %v3254, %v3342 fastmath<contract> : f32
                  %v3349 = arith.mulf %v3250, %v3348 fastmath<contract> : f32
                  %v3350 = arith.mulf %v3252, %v3349 fastmath<contract> : f32
                  %v3351 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3352 = arith.addf %v3351, %v3350 fastmath<contract> : f32
                  llvm.store %v3352, %v56 : f32, !llvm.ptr
                  %v3353 = arith.mulf %v3256, %v3308 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3354 = arith.addi %v51, %v38 : i64
                    %v3355 = arith.muli %v3354, %v1 : i64
                    %v3356 = arith.addi %v3355, %v32 : i64
                    %v3357 = arith.muli %v3356, %size_L : i64
                    %v3358 = arith.addi %v3357, %v3261 : i64
                    %v3359 = llvm.getelementptr %part_Bm[%v3358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3353, %v3359 : f32, !llvm.ptr
                  }
                  %v3360 = arith.mulf %v3256, %v3318 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3361 = arith.addi %v31, %v32 : i64
                    %v3362 = arith.addi %v51, %v38 : i64
                    %v3363 = arith.muli %v3362, %v1 : i64
                    %v3364 = arith.addi %v3363, %v3361 : i64
                    %v3365 = arith.muli %v3364, %size_L : i64
                    %v3366 = arith.addi %v3365, %v3261 : i64
                    %v3367 = llvm.getelementptr %part_Bm[%v3366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3360, %v3367 : f32, !llvm.ptr
                  }
                  %v3368 = arith.mulf %v2105, %v3275 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3369 = arith.addi %v51, %v38 : i64
                    %v3370 = arith.muli %v3369, %v1 : i64
                    %v3371 = arith.addi %v3370, %v32 : i64
                    %v3372 = arith.muli %v3371, %size_L : i64
                    %v3373 = arith.addi %v3372, %v3261 : i64
                    %v3374 = llvm.getelementptr %part_Cm[%v3373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3368, %v3374 : f32, !llvm.ptr
                  }
                  %v3375 = arith.mulf %v2116, %v3275 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3376 = arith.addi %v31, %v32 : i64
                    %v3377 = arith.addi %v51, %v38 : i64
                    %v3378 = arith.muli %v3377, %v1 : i64
                    %v3379 = arith.addi %v3378, %v3376 : i64
                    %v3380 = arith.muli %v3379, %size_L : i64
                    %v3381 = arith.addi %v3380, %v3261 : i64
                    %v3382 = llvm.getelementptr %part_Cm[%v3381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3375, %v3382 : f32, !llvm.ptr
                  }
                  %v3383 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3384 = arith.addf %v3383, %v3347 fastmath<contract> : f32
                  llvm.store %v3384, %v58 : f32, !llvm.ptr
                  %v3385 = arith.select %v36, %v3347, %v63 : f32
                  // sum over the warp's outer points: shuffles
                  %v3386, %v3387 = gpu.shuffle xor %v3385, %v815, %v306 : f32
                  %v3388 = arith.addf %v3385, %v3386 fastmath<contract> : f32
                  %v3389, %v3390 = gpu.shuffle xor %v3388, %v819, %v306 : f32
                  %v3391 = arith.addf %v3388, %v3389 fastmath<contract> : f32
                  %v3392 = arith.divui %v17, %v19 : i64
                  %v3393 = arith.remui %v17, %v19 : i64
                  %v3394 = arith.cmpi ult, %v3393, %v2 : i64
                  %v3395 = arith.muli %v3392, %v826 : i64
                  %v3396 = arith.addi %v3395, %v3260 : i64
                  scf.if %v3394 {
                    %v3397 = llvm.getelementptr %v60[%v3396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3391, %v3397 : f32, !llvm.ptr
                  }
                  %v3398 = arith.addf %v3309, %v3319 fastmath<contract> : f32
                  llvm.store %v3398, %v2279 : f32, !llvm.ptr
                  llvm.store %v3254, %v54 : f32, !llvm.ptr
                  llvm.store %v3254, %v55 : f32, !llvm.ptr
                }
                %v3399 = llvm.load %v2279 : !llvm.ptr -> f32
                %v3400 = arith.cmpi slt, %v1785, %v2290 : i32
                %v3401 = arith.cmpi eq, %v1785, %v2295 : i32
                %v3402, %v3403 = gpu.shuffle idx %v2041, %v112, %v306 : f32
                %v3404, %v3405 = gpu.shuffle idx %v2042, %v112, %v306 : f32
                %v3406, %v3407 = gpu.shuffle idx %v2046, %v112, %v306 : f32
                %v3408, %v3409 = gpu.shuffle idx %v2049, %v112, %v306 : f32
                %v3410, %v3411 = gpu.shuffle idx %v2058, %v112, %v306 : f32
                %v3412, %v3413 = gpu.shuffle idx %v2063, %v112, %v306 : f32
                %v3414 = arith.addi %v357, %v104 : i64
                llvm.store %v63, %v2279 : f32, !llvm.ptr
                scf.if %v3400 {
                  %v3415 = arith.addi %v154, %v355 : i64
                  %v3416 = arith.muli %v46, %v314 : i64
                  %v3417 = arith.muli %v3415, %v1 : i64
                  %v3418 = arith.addi %v3416, %v3417 : i64
                  %v3419 = arith.addi %v3418, %v32 : i64
                  %v3420 = llvm.getelementptr %in_Cm[%v3419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3421 = llvm.load %v3420 : !llvm.ptr -> f32
                  %v3422 = arith.muli %v46, %v287 : i64
                  %v3423 = arith.muli %v3415, %v286 : i64
                  %v3424 = arith.addi %v3422, %v3423 : i64
                  %v3425 = arith.muli %v44, %size_P : i64
                  %v3426 = arith.addi %v3424, %v3425 : i64
                  %v3427 = arith.addi %v3426, %v42 : i64
                  %v3428 = llvm.getelementptr %dy_y[%v3427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3429 = llvm.load %v3428 : !llvm.ptr -> f32
                  %v3430 = arith.mulf %v3421, %v3429 fastmath<contract> : f32
                  %v3431 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3432 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3433 = arith.mulf %v3432, %v3431 fastmath<contract> : f32
                  %v3434 = arith.addf %v3430, %v3433 fastmath<contract> : f32
                  llvm.store %v3434, %v52 : f32, !llvm.ptr
                  %v3435 = arith.muli %v46, %v314 : i64
                  %v3436 = arith.muli %v3415, %v1 : i64
                  %v3437 = arith.addi %v3435, %v3436 : i64
                  %v3438 = arith.constant 8 : i64
                  %v3439 = arith.addi %v3438, %v32 : i64
                  %v3440 = arith.addi %v3437, %v3439 : i64
                  %v3441 = llvm.getelementptr %in_Cm[%v3440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3442 = llvm.load %v3441 : !llvm.ptr -> f32
                  %v3443 = arith.mulf %v3442, %v3429 fastmath<contract> : f32
                  %v3444 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3445 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3446 = arith.mulf %v3445, %v3444 fastmath<contract> : f32
                  %v3447 = arith.addf %v3443, %v3446 fastmath<contract> : f32
                  llvm.store %v3447, %v53 : f32, !llvm.ptr
                  scf.if %v3401 {
                  }
                  %v3448 = arith.muli %v46, %v287 : i64
                  %v3449 = arith.muli %v3415, %v286 : i64
                  %v3450 = arith.addi %v3448, %v3449 : i64
                  %v3451 = arith.muli %v44, %size_P : i64
                  %v3452 = arith.addi %v3450, %v3451 : i64
                  %v3453 = arith.addi %v3452, %v42 : i64
                  %v3454 = llvm.getelementptr %in_x[%v3453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3455 = llvm.load %v3454 : !llvm.ptr -> f32
                  %v3456 = arith.muli %v46, %v314 : i64
                  %v3457 = arith.muli %v3415, %v1 : i64
                  %v3458 = arith.addi %v3456, %v3457 : i64
                  %v3459 = arith.addi %v3458, %v32 : i64
                  %v3460 = llvm.getelementptr %in_Bm[%v3459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3461 = llvm.load %v3460 : !llvm.ptr -> f32
                  %v3462 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3463 = arith.mulf %v3461, %v3462 fastmath<contract> : f32
                  %v3464 = arith.muli %v46, %v314 : i64
                  %v3465 = arith.muli %v3415, %v1 : i64
                  %v3466 = arith.addi %v3464, %v3465 : i64
                  %v3467 = arith.constant 8 : i64
                  %v3468 = arith.addi %v3467, %v32 : i64
                  %v3469 = arith.addi %v3466, %v3468 : i64
                  %v3470 = llvm.getelementptr %in_Bm[%v3469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3471 = llvm.load %v3470 : !llvm.ptr -> f32
                  %v3472 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3473 = arith.mulf %v3471, %v3472 fastmath<contract> : f32
                  %v3474 = arith.addf %v3463, %v3473 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3475, %v3476 = gpu.shuffle xor %v3474, %v747, %v306 : f32
                  %v3477 = arith.addf %v3474, %v3475 fastmath<contract> : f32
                  %v3478, %v3479 = gpu.shuffle xor %v3477, %v751, %v306 : f32
                  %v3480 = arith.addf %v3477, %v3478 fastmath<contract> : f32
                  %v3481, %v3482 = gpu.shuffle xor %v3480, %v755, %v306 : f32
                  %v3483 = arith.addf %v3480, %v3481 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3484 = arith.mulf %v3455, %v3483 fastmath<contract> : f32
                  %v3485 = arith.mulf %v1998, %v3462 fastmath<contract> : f32
                  %v3486 = arith.mulf %v2007, %v3472 fastmath<contract> : f32
                  %v3487 = arith.addf %v3485, %v3486 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3488, %v3489 = gpu.shuffle xor %v3487, %v747, %v306 : f32
                  %v3490 = arith.addf %v3487, %v3488 fastmath<contract> : f32
                  %v3491, %v3492 = gpu.shuffle xor %v3490, %v751, %v306 : f32
                  %v3493 = arith.addf %v3490, %v3491 fastmath<contract> : f32
                  %v3494, %v3495 = gpu.shuffle xor %v3493, %v755, %v306 : f32
                  %v3496 = arith.addf %v3493, %v3494 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3497 = arith.mulf %v3406, %v3496 fastmath<contract> : f32
                  %v3498 = arith.mulf %v3408, %v3497 fastmath<contract> : f32
                  %v3499 = arith.negf %v3498 : f32
                  %v3500 = arith.addf %v3484, %v3499 fastmath<contract> : f32
                  %v3501 = arith.mulf %v3500, %v3412 fastmath<contract> : f32
                  %v3502 = arith.mulf %v3408, %v3496 fastmath<contract> : f32
                  %v3503 = arith.mulf %v3404, %v3502 fastmath<contract> : f32
                  %v3504 = arith.mulf %v3406, %v3503 fastmath<contract> : f32
                  %v3505 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3506 = arith.addf %v3505, %v3504 fastmath<contract> : f32
                  llvm.store %v3506, %v56 : f32, !llvm.ptr
                  %v3507 = arith.mulf %v3410, %v3462 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3508 = arith.addi %v51, %v38 : i64
                    %v3509 = arith.muli %v3508, %v1 : i64
                    %v3510 = arith.addi %v3509, %v32 : i64
                    %v3511 = arith.muli %v3510, %size_L : i64
                    %v3512 = arith.addi %v3511, %v3415 : i64
                    %v3513 = llvm.getelementptr %part_Bm[%v3512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3507, %v3513 : f32, !llvm.ptr
                  }
                  %v3514 = arith.mulf %v3410, %v3472 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3515 = arith.addi %v31, %v32 : i64
                    %v3516 = arith.addi %v51, %v38 : i64
                    %v3517 = arith.muli %v3516, %v1 : i64
                    %v3518 = arith.addi %v3517, %v3515 : i64
                    %v3519 = arith.muli %v3518, %size_L : i64
                    %v3520 = arith.addi %v3519, %v3415 : i64
                    %v3521 = llvm.getelementptr %part_Bm[%v3520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3514, %v3521 : f32, !llvm.ptr
                  }
                  %v3522 = arith.mulf %v2078, %v3429 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3523 = arith.addi %v51, %v38 : i64
                    %v3524 = arith.muli %v3523, %v1 : i64
                    %v3525 = arith.addi %v3524, %v32 : i64
                    %v3526 = arith.muli %v3525, %size_L : i64
                    %v3527 = arith.addi %v3526, %v3415 : i64
                    %v3528 = llvm.getelementptr %part_Cm[%v3527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3522, %v3528 : f32, !llvm.ptr
                  }
                  %v3529 = arith.mulf %v2089, %v3429 fastmath<contract> : f32
                  scf.if %v36 {
                    %v3530 = arith.addi %v31, %v32 : i64
                    %v3531 = arith.addi %v51, %v38 : i64
                    %v3532 = arith.muli %v3531, %v1 : i64
                    %v3533 = arith.addi %v3532, %v3530 : i64
                    %v3534 = arith.muli %v3533, %size_L : i64
                    %v3535 = arith.addi %v3534, %v3415 : i64
                    %v3536 = llvm.getelementptr %part_Cm[%v3535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3529, %v3536 : f32, !llvm.ptr
                  }
                  %v3537 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3538 = arith.addf %v3537, %v3501 fastmath<contract> : f32
                  llvm.store %v3538, %v58 : f32, !llvm.ptr
                  %v3539 = arith.select %v36, %v3501, %v63 : f32
                  // sum over the warp's outer points: shuffles
                  %v3540, %v3541 = gpu.shuffle xor %v3539, %v815, %v306 : f32
                  %v3542 = arith.addf %v3539, %v3540 fastmath<contract> : f32
                  %v3543, %v3544 = gpu.shuffle xor %v3542, %v819, %v306 : f32
                  %v3545 = arith.addf %v3542, %v3543 fastmath<contract> : f32
                  %v3546 = arith.divui %v17, %v19 : i64
                  %v3547 = arith.remui %v17, %v19 : i64
                  %v3548 = arith.cmpi ult, %v3547, %v2 : i64
                  %v3549 = arith.muli %v3546, %v826 : i64
                  %v3550 = arith.addi %v3549, %v3414 : i64
                  scf.if %v3548 {
                    %v3551 = llvm.getelementptr %v60[%v3550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3545, %v3551 : f32, !llvm.ptr
                  }
                  %v3552 = arith.addf %v3463, %v3473 fastmath<contract> : f32
                  llvm.store %v3552, %v2279 : f32, !llvm.ptr
                  llvm.store %v3408, %v54 : f32, !llvm.ptr
                  llvm.store %v3408, %v55 : f32, !llvm.ptr
                }
                %v3553 = llvm.load %v2279 : !llvm.ptr -> f32
                %v3554 = arith.select %v2282, %v3553, %v3399 : f32
                %v3555 = arith.select %v2282, %v3399, %v3553 : f32
                %v3556, %v3557 = gpu.shuffle xor %v3554, %v747, %v306 : f32
                %v3558 = arith.addf %v3555, %v3556 fastmath<contract> : f32
                %v3559 = arith.select %v2285, %v3558, %v3244 : f32
                %v3560 = arith.select %v2285, %v3244, %v3558 : f32
                %v3561, %v3562 = gpu.shuffle xor %v3559, %v751, %v306 : f32
                %v3563 = arith.addf %v3560, %v3561 fastmath<contract> : f32
                %v3564 = arith.select %v2288, %v3563, %v2929 : f32
                %v3565 = arith.select %v2288, %v2929, %v3563 : f32
                %v3566, %v3567 = gpu.shuffle xor %v3564, %v755, %v306 : f32
                %v3568 = arith.addf %v3565, %v3566 fastmath<contract> : f32
                %v3569 = arith.addi %v355, %v32 : i64
                %v3570 = arith.cmpi slt, %v3569, %v156 : i64
                %v3571 = arith.andi %v36, %v3570 : i1
                scf.if %v3571 {
                  %v3572 = arith.addi %v154, %v3569 : i64
                  // the gradients of this lane's own step
                  %v3573 = llvm.getelementptr %in_Dskip[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3574 = llvm.load %v3573 : !llvm.ptr -> f32
                  %v3575 = arith.muli %v46, %v287 : i64
                  %v3576 = arith.muli %v3572, %v286 : i64
                  %v3577 = arith.addi %v3575, %v3576 : i64
                  %v3578 = arith.muli %v44, %size_P : i64
                  %v3579 = arith.addi %v3577, %v3578 : i64
                  %v3580 = arith.addi %v3579, %v42 : i64
                  %v3581 = llvm.getelementptr %dy_y[%v3580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3582 = llvm.load %v3581 : !llvm.ptr -> f32
                  %v3583 = arith.mulf %v3574, %v3582 fastmath<contract> : f32
                  %v3584 = arith.mulf %v2041, %v3568 fastmath<contract> : f32
                  %v3585 = arith.addf %v3583, %v3584 fastmath<contract> : f32
                  %v3586 = arith.muli %v46, %v287 : i64
                  %v3587 = arith.muli %v3572, %v286 : i64
                  %v3588 = arith.addi %v3586, %v3587 : i64
                  %v3589 = arith.muli %v44, %size_P : i64
                  %v3590 = arith.addi %v3588, %v3589 : i64
                  %v3591 = arith.addi %v3590, %v42 : i64
                  %v3592 = llvm.getelementptr %dx_x[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3585, %v3592 : f32, !llvm.ptr
                  %v3593 = arith.muli %v46, %v287 : i64
                  %v3594 = arith.muli %v3572, %v286 : i64
                  %v3595 = arith.addi %v3593, %v3594 : i64
                  %v3596 = arith.muli %v44, %size_P : i64
                  %v3597 = arith.addi %v3595, %v3596 : i64
                  %v3598 = arith.addi %v3597, %v42 : i64
                  %v3599 = llvm.getelementptr %in_x[%v3598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3600 = llvm.load %v3599 : !llvm.ptr -> f32
                  %v3601 = arith.mulf %v3600, %v3582 fastmath<contract> : f32
                  %v3602 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3603 = arith.addf %v3602, %v3601 fastmath<contract> : f32
                  llvm.store %v3603, %v57 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3604 = arith.index_cast %v17 : i64 to index
          %v3605 = arith.index_cast %v19 : i64 to index
          %v3606 = arith.index_cast %v7 : i64 to index
          scf.for %v3607 = %v3604 to %v3605 step %v3606 {
            %v3608 = arith.index_cast %v3607 : index to i64
            %v3611 = arith.remui %v3608, %v19 : i64
            %v3612 = arith.divui %v3608, %v19 : i64
            %v3613 = arith.muli %v344, %v48 : i64
            %v3614 = arith.divui %v3611, %v31 : i64
            %v3615 = arith.addi %v3613, %v3614 : i64
            %v3616 = arith.cmpi slt, %v3615, %v158 : i64
            %v3617 = arith.subi %v158, %v2 : i64
            %v3618 = arith.subi %v3617, %v3615 : i64
            %v3619 = arith.remui %v3611, %v31 : i64
            %v3620 = arith.subi %v104, %v3619 : i64
            %v3621 = arith.muli %v3618, %v31 : i64
            %v3622 = arith.addi %v3621, %v3620 : i64
            %v3623 = arith.cmpi slt, %v3622, %v156 : i64
            %v3624 = arith.andi %v3616, %v3623 : i1
            scf.if %v3624 {
              %v3625 = arith.addi %v154, %v3622 : i64
              %v3626 = arith.remui %v3608, %v19 : i64
              %v3627 = arith.divui %v3608, %v19 : i64
              %v3628 = arith.muli %v3627, %v826 : i64
              %v3629 = arith.addi %v3628, %v3626 : i64
              %v3630 = llvm.getelementptr %v60[%v3629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3631 = llvm.load %v3630 : !llvm.ptr -> f32
              %v3632 = arith.addi %v2, %v3627 : i64
              %v3633 = arith.muli %v3632, %v826 : i64
              %v3634 = arith.addi %v3633, %v3626 : i64
              %v3635 = llvm.getelementptr %v60[%v3634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3636 = llvm.load %v3635 : !llvm.ptr -> f32
              %v3637 = arith.addf %v3631, %v3636 fastmath<contract> : f32
              %v3638 = arith.addi %v488, %v3627 : i64
              %v3639 = arith.muli %v3638, %v826 : i64
              %v3640 = arith.addi %v3639, %v3626 : i64
              %v3641 = llvm.getelementptr %v60[%v3640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3642 = llvm.load %v3641 : !llvm.ptr -> f32
              %v3643 = arith.addf %v3637, %v3642 fastmath<contract> : f32
              %v3644 = arith.addi %v337, %v3627 : i64
              %v3645 = arith.muli %v3644, %v826 : i64
              %v3646 = arith.addi %v3645, %v3626 : i64
              %v3647 = llvm.getelementptr %v60[%v3646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3648 = llvm.load %v3647 : !llvm.ptr -> f32
              %v3649 = arith.addf %v3643, %v3648 fastmath<contract> : f32
              %v3650 = arith.addi %v48, %v3627 : i64
              %v3651 = arith.muli %v3650, %v826 : i64
              %v3652 = arith.addi %v3651, %v3626 : i64
              %v3653 = llvm.getelementptr %v60[%v3652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3654 = llvm.load %v3653 : !llvm.ptr -> f32
              %v3655 = arith.addf %v3649, %v3654 fastmath<contract> : f32
              %v3656 = arith.addi %v570, %v3627 : i64
              %v3657 = arith.muli %v3656, %v826 : i64
              %v3658 = arith.addi %v3657, %v3626 : i64
              %v3659 = llvm.getelementptr %v60[%v3658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3660 = llvm.load %v3659 : !llvm.ptr -> f32
              %v3661 = arith.addf %v3655, %v3660 fastmath<contract> : f32
              %v3662 = arith.addi %v598, %v3627 : i64
              %v3663 = arith.muli %v3662, %v826 : i64
              %v3664 = arith.addi %v3663, %v3626 : i64
              %v3665 = llvm.getelementptr %v60[%v3664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3666 = llvm.load %v3665 : !llvm.ptr -> f32
              %v3667 = arith.addf %v3661, %v3666 fastmath<contract> : f32
              %v3668 = arith.addi %v104, %v3627 : i64
              %v3669 = arith.muli %v3668, %v826 : i64
              %v3670 = arith.addi %v3669, %v3626 : i64
              %v3671 = llvm.getelementptr %v60[%v3670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3672 = llvm.load %v3671 : !llvm.ptr -> f32
              %v3673 = arith.addf %v3667, %v3672 fastmath<contract> : f32
              %v3674 = arith.muli %v46, %v169 : i64
              %v3675 = arith.muli %v3625, %size_H : i64
              %v3676 = arith.addi %v3674, %v3675 : i64
              %v3677 = arith.addi %v3676, %v44 : i64
              %v3678 = arith.muli %v30, %v3610 : i64
              %v3679 = arith.addi %v3678, %v3677 : i64
              %v3680 = llvm.getelementptr %part_dt[%v3679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3673, %v3680 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3681 = arith.cmpi eq, %v27, %v65 : i64
      scf.if %v3681 {
      }
      %v3682 = arith.cmpi eq, %v32, %v65 : i64
      %v3683 = arith.andi %v36, %v3682 : i1
      scf.if %v3683 {
        %v3684 = llvm.load %v56 : !llvm.ptr -> f32
        %v3685 = arith.addi %v51, %v38 : i64
        %v3686 = llvm.getelementptr %part_A_log[%v3685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3684, %v3686 : f32, !llvm.ptr
      }
      %v3687 = llvm.load %v57 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v3688, %v3689 = gpu.shuffle xor %v3687, %v747, %v306 : f32
      %v3690 = arith.addf %v3687, %v3688 fastmath<contract> : f32
      %v3691, %v3692 = gpu.shuffle xor %v3690, %v751, %v306 : f32
      %v3693 = arith.addf %v3690, %v3691 fastmath<contract> : f32
      %v3694, %v3695 = gpu.shuffle xor %v3693, %v755, %v306 : f32
      %v3696 = arith.addf %v3693, %v3694 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v3696, %v57 : f32, !llvm.ptr
      %v3697 = arith.cmpi eq, %v32, %v65 : i64
      %v3698 = arith.andi %v36, %v3697 : i1
      scf.if %v3698 {
        %v3699 = llvm.load %v57 : !llvm.ptr -> f32
        %v3700 = arith.addi %v51, %v38 : i64
        %v3701 = llvm.getelementptr %part_Dskip[%v3700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3699, %v3701 : f32, !llvm.ptr
      }
      %v3702 = arith.cmpi eq, %v32, %v65 : i64
      %v3703 = arith.andi %v36, %v3702 : i1
      scf.if %v3703 {
        %v3704 = llvm.load %v58 : !llvm.ptr -> f32
        %v3705 = arith.addi %v51, %v38 : i64
        %v3706 = llvm.getelementptr %part_dt_bias[%v3705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3704, %v3706 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
