module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_mamba2_bwd_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @rows_mamba2_bwd_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mamba2_bwd(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %dx_x: !llvm.ptr, %part_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v5 = arith.constant 64 : i64
      %v6 = arith.divui %slice_first, %v5 : i64
      %v7 = arith.addi %slice_first, %slice_steps : i64
      %v8 = arith.constant 63 : i64
      %v9 = arith.addi %v7, %v8 : i64
      %v10 = arith.divui %v9, %v5 : i64
      %v11 = arith.constant 0 : i64
      %v12 = arith.cmpi eq, %slice_first, %v11 : i64
      %v13 = arith.cmpi sge, %v7, %size_L : i64
      %v14 = arith.cmpi slt, %v7, %size_L : i64
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = arith.constant 32 : i64
      %v26 = arith.constant 31 : i64
      %v32 = arith.constant 8 : i64
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.mlir.addressof @tile_mamba2_bwd_dt : !llvm.ptr<3>
      %v57 = llvm.addrspacecast %v56 : !llvm.ptr<3> to !llvm.ptr
      %v58 = llvm.mlir.addressof @rows_mamba2_bwd_dt : !llvm.ptr<3>
      %v59 = llvm.addrspacecast %v58 : !llvm.ptr<3> to !llvm.ptr
      %v60 = arith.constant 0x00000000 : f32
      %v61 = arith.constant 0x3F800000 : f32
      %v70 = arith.constant 2 : i64
      %v75 = arith.constant 3 : i64
      %v80 = arith.constant 4 : i64
      %v85 = arith.constant 5 : i64
      %v90 = arith.constant 6 : i64
      %v96 = arith.constant 7 : i64
      %v150 = arith.constant 256 : i64
      %v160 = arith.muli %size_H, %size_L : i64
      %v167 = arith.constant 65 : i64
      %v172 = arith.muli %size_B, %size_H : i64
      %v173 = arith.muli %v172, %size_P : i64
      %v174 = arith.muli %v173, %v1 : i64
      %v176 = arith.muli %v1, %size_P : i64
      %v177 = arith.muli %v176, %size_H : i64
      %v187 = arith.muli %size_B, %size_H : i64
      %v188 = arith.muli %v187, %size_P : i64
      %v189 = arith.muli %v188, %v1 : i64
      %v237 = arith.constant 0x3FB8AA3B : f32
      %v242 = arith.constant 0x3F317218 : f32
      %v244 = arith.constant 0x3E124925 : f32
      %v246 = arith.constant 0xBE2AAAAB : f32
      %v249 = arith.constant 0x3E4CCCCD : f32
      %v252 = arith.constant 0xBE800000 : f32
      %v255 = arith.constant 0x3EAAAAAB : f32
      %v258 = arith.constant 0xBF000000 : f32
      %v264 = arith.constant 0x3D800000 : f32
      %v276 = arith.muli %size_P, %size_H : i64
      %v277 = arith.muli %v276, %size_L : i64
      %v296 = arith.constant 32 : i32
      %v304 = arith.muli %v1, %size_L : i64
      %v638 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v653 = arith.constant 2147483647 : i64
      %v657 = arith.constant 7 : i32
      %v732 = arith.constant 1 : i32
      %v736 = arith.constant 2 : i32
      %v740 = arith.constant 4 : i32
      %v800 = arith.constant 8 : i32
      %v804 = arith.constant 16 : i32
      %v811 = arith.constant 33 : i64
      %v818 = arith.constant 6 : i32
      %v979 = arith.constant 5 : i32
      %v1300 = arith.constant 3 : i32
      %v1770 = arith.constant 0 : i32
      %v2264 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v3594 = arith.muli %size_B, %slice_steps : i64
      %v3595 = arith.muli %v3594, %size_H : i64
      %v3660 = arith.muli %size_H, %slice_steps : i64
      %v21 = gpu.block_id x
      %v22 = gpu.thread_id x
      %v23 = arith.index_cast %v22 : index to i64
      %v24 = arith.index_cast %v21 : index to i64
      %v27 = arith.addi %size_P, %v26 : i64
      %v28 = arith.divui %v27, %v25 : i64
      %v29 = arith.maxsi %v28, %v2 : i64
      %v30 = arith.divui %v24, %v29 : i64
      %v31 = arith.remui %v24, %v29 : i64
      %v33 = arith.remui %v23, %v32 : i64
      %v34 = arith.divui %v23, %v32 : i64
      %v35 = arith.muli %v31, %v25 : i64
      %v36 = arith.addi %v35, %v34 : i64
      %v37 = arith.cmpi slt, %v36, %size_P : i64
      %v38 = arith.muli %v30, %size_P : i64
      %v39 = arith.addi %v38, %v36 : i64
      %v40 = arith.subi %size_P, %v2 : i64
      %v41 = arith.minsi %v36, %v40 : i64
      %v42 = arith.addi %v38, %v41 : i64
      %v43 = arith.remui %v42, %size_P : i64
      %v44 = arith.divui %v42, %size_P : i64
      %v45 = arith.remui %v44, %size_H : i64
      %v46 = arith.divui %v44, %size_H : i64
      %v47 = arith.remui %v46, %size_B : i64
      %v48 = arith.divui %v46, %size_B : i64
      %v99 = arith.trunci %v23 : i64 to i32
      %v100 = arith.constant 24 : i32
      %v101 = arith.andi %v99, %v100 : i32
      %v102 = arith.constant 0 : i32
      %v103 = arith.ori %v101, %v102 : i32
      %v104 = arith.constant 0 : i64
      %v105 = arith.cmpi eq, %v33, %v104 : i64
      %v106 = arith.constant 1 : i32
      %v107 = arith.ori %v101, %v106 : i32
      %v108 = arith.constant 1 : i64
      %v109 = arith.cmpi eq, %v33, %v108 : i64
      %v110 = arith.constant 2 : i32
      %v111 = arith.ori %v101, %v110 : i32
      %v112 = arith.constant 2 : i64
      %v113 = arith.cmpi eq, %v33, %v112 : i64
      %v114 = arith.constant 3 : i32
      %v115 = arith.ori %v101, %v114 : i32
      %v116 = arith.constant 3 : i64
      %v117 = arith.cmpi eq, %v33, %v116 : i64
      %v118 = arith.constant 4 : i32
      %v119 = arith.ori %v101, %v118 : i32
      %v120 = arith.constant 4 : i64
      %v121 = arith.cmpi eq, %v33, %v120 : i64
      %v122 = arith.constant 5 : i32
      %v123 = arith.ori %v101, %v122 : i32
      %v124 = arith.constant 5 : i64
      %v125 = arith.cmpi eq, %v33, %v124 : i64
      %v126 = arith.constant 6 : i32
      %v127 = arith.ori %v101, %v126 : i32
      %v128 = arith.constant 6 : i64
      %v129 = arith.cmpi eq, %v33, %v128 : i64
      %v130 = arith.constant 7 : i32
      %v131 = arith.ori %v101, %v130 : i32
      %v132 = arith.constant 7 : i64
      %v133 = arith.cmpi eq, %v33, %v132 : i64
      llvm.store %v60, %v49 : f32, !llvm.ptr
      llvm.store %v60, %v50 : f32, !llvm.ptr
      llvm.store %v61, %v51 : f32, !llvm.ptr
      llvm.store %v61, %v52 : f32, !llvm.ptr
      llvm.store %v60, %v53 : f32, !llvm.ptr
      llvm.store %v60, %v54 : f32, !llvm.ptr
      llvm.store %v60, %v55 : f32, !llvm.ptr
      scf.if %v14 {
        scf.if %v37 {
          %v62 = arith.muli %v39, %v32 : i64
          %v63 = arith.addi %v62, %v33 : i64
          %v64 = arith.muli %v4, %v32 : i64
          %v65 = llvm.getelementptr %slice_carry[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 : !llvm.ptr -> f32
          llvm.store %v66, %v49 : f32, !llvm.ptr
          %v67 = arith.addi %v64, %v63 : i64
          %v68 = llvm.getelementptr %slice_carry[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          llvm.store %v69, %v50 : f32, !llvm.ptr
          %v71 = arith.muli %v70, %v64 : i64
          %v72 = arith.addi %v71, %v63 : i64
          %v73 = llvm.getelementptr %slice_carry[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v74 = llvm.load %v73 : !llvm.ptr -> f32
          llvm.store %v74, %v51 : f32, !llvm.ptr
          %v76 = arith.muli %v75, %v64 : i64
          %v77 = arith.addi %v76, %v63 : i64
          %v78 = llvm.getelementptr %slice_carry[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          llvm.store %v79, %v52 : f32, !llvm.ptr
          %v81 = arith.muli %v80, %v64 : i64
          %v82 = arith.addi %v81, %v63 : i64
          %v83 = llvm.getelementptr %slice_carry[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v84 = llvm.load %v83 : !llvm.ptr -> f32
          llvm.store %v84, %v53 : f32, !llvm.ptr
          %v86 = arith.muli %v85, %v64 : i64
          %v87 = arith.addi %v86, %v63 : i64
          %v88 = llvm.getelementptr %slice_carry[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          llvm.store %v89, %v54 : f32, !llvm.ptr
          %v91 = arith.muli %v90, %v64 : i64
          %v92 = arith.addi %v91, %v63 : i64
          %v93 = llvm.getelementptr %slice_carry[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 : !llvm.ptr -> f32
          llvm.store %v94, %v55 : f32, !llvm.ptr
        }
      }
      scf.if %v13 {
      }
      %v95 = arith.cmpi eq, %size_L, %v11 : i64
      scf.if %v95 {
        llvm.store %v60, %v19 : f32, !llvm.ptr
        llvm.store %v60, %v20 : f32, !llvm.ptr
      }
      %v97 = arith.addi %size_L, %v8 : i64
      %v98 = arith.divui %v97, %v5 : i64
      %v134 = arith.minsi %v10, %v98 : i64
      %v135 = arith.subi %v134, %v6 : i64
      %v136 = arith.maxsi %v135, %v11 : i64
      %v137 = arith.index_cast %v11 : i64 to index
      %v138 = arith.index_cast %v136 : i64 to index
      %v139 = arith.index_cast %v2 : i64 to index
      scf.for %v140 = %v137 to %v138 step %v139 {
        %v141 = arith.index_cast %v140 : index to i64
        %v142 = arith.subi %v134, %v2 : i64
        %v143 = arith.subi %v142, %v141 : i64
        %v144 = arith.muli %v143, %v5 : i64
        %v145 = arith.subi %size_L, %v144 : i64
        %v146 = arith.minsi %v145, %v5 : i64
        %v147 = arith.addi %v146, %v96 : i64
        %v148 = arith.divui %v147, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v149 = arith.subi %size_L, %v2 : i64
        %v151 = arith.index_cast %v23 : i64 to index
        %v152 = arith.index_cast %v5 : i64 to index
        %v153 = arith.index_cast %v150 : i64 to index
        scf.for %v154 = %v151 to %v152 step %v153 {
          %v155 = arith.index_cast %v154 : index to i64
          %v156 = arith.remui %v155, %v5 : i64
          %v157 = arith.divui %v155, %v5 : i64
          %v158 = arith.addi %v144, %v156 : i64
          %v159 = arith.minsi %v158, %v149 : i64
          %v161 = arith.muli %v47, %v160 : i64
          %v162 = arith.muli %v159, %size_H : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.addi %v163, %v45 : i64
          %v165 = llvm.getelementptr %in_dt[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v166 = llvm.load %v165 : !llvm.ptr -> f32
          %v168 = arith.muli %v157, %v167 : i64
          %v169 = arith.addi %v168, %v156 : i64
          %v170 = llvm.getelementptr %v59[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v166, %v170 : f32, !llvm.ptr
        }
        gpu.barrier
        %v171 = arith.subi %v146, %v2 : i64
        %v175 = arith.muli %v143, %v174 : i64
        %v178 = arith.muli %v47, %v177 : i64
        %v179 = arith.muli %v45, %v176 : i64
        %v180 = arith.addi %v178, %v179 : i64
        %v181 = arith.muli %v43, %v1 : i64
        %v182 = arith.addi %v180, %v181 : i64
        %v183 = arith.addi %v182, %v33 : i64
        %v184 = arith.addi %v175, %v183 : i64
        %v185 = llvm.getelementptr %ckpt_S[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v186 = llvm.load %v185 : !llvm.ptr -> f32
        llvm.store %v186, %v17 : f32, !llvm.ptr
        %v190 = arith.muli %v143, %v189 : i64
        %v191 = arith.muli %v47, %v177 : i64
        %v192 = arith.muli %v45, %v176 : i64
        %v193 = arith.addi %v191, %v192 : i64
        %v194 = arith.muli %v43, %v1 : i64
        %v195 = arith.addi %v193, %v194 : i64
        %v196 = arith.constant 8 : i64
        %v197 = arith.addi %v196, %v33 : i64
        %v198 = arith.addi %v195, %v197 : i64
        %v199 = arith.addi %v190, %v198 : i64
        %v200 = llvm.getelementptr %ckpt_S[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v201 = llvm.load %v200 : !llvm.ptr -> f32
        llvm.store %v201, %v18 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v202 = arith.index_cast %v11 : i64 to index
        %v203 = arith.index_cast %v148 : i64 to index
        %v204 = arith.index_cast %v2 : i64 to index
        scf.for %v205 = %v202 to %v203 step %v204 {
          %v206 = arith.index_cast %v205 : index to i64
          scf.if %v37 {
            %v207 = llvm.load %v17 : !llvm.ptr -> f32
            %v208 = arith.muli %v206, %v4 : i64
            %v209 = arith.subi %v4, %v2 : i64
            %v210 = arith.minsi %v39, %v209 : i64
            %v211 = arith.addi %v208, %v210 : i64
            %v212 = arith.muli %v211, %v1 : i64
            %v213 = arith.addi %v212, %v33 : i64
            %v214 = llvm.getelementptr %scratch_S[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v207, %v214 : f32, !llvm.ptr
            %v215 = llvm.load %v18 : !llvm.ptr -> f32
            %v216 = arith.muli %v206, %v4 : i64
            %v217 = arith.subi %v4, %v2 : i64
            %v218 = arith.minsi %v39, %v217 : i64
            %v219 = arith.addi %v216, %v218 : i64
            %v220 = arith.muli %v219, %v1 : i64
            %v221 = arith.addi %v220, %v32 : i64
            %v222 = arith.addi %v221, %v33 : i64
            %v223 = llvm.getelementptr %scratch_S[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v215, %v223 : f32, !llvm.ptr
          }
          %v224 = arith.muli %v206, %v32 : i64
          %v225 = arith.addi %v224, %v33 : i64
          %v226 = arith.minsi %v225, %v171 : i64
          %v227 = arith.addi %v144, %v226 : i64
          %v228 = arith.subi %v227, %v144 : i64
          %v229 = llvm.getelementptr %v59[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v230 = llvm.load %v229 : !llvm.ptr -> f32
          %v231 = llvm.getelementptr %in_dt_bias[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v232 = llvm.load %v231 : !llvm.ptr -> f32
          %v233 = arith.addf %v230, %v232 fastmath<contract> : f32
          %v234 = arith.maximumf %v233, %v60 : f32
          %v235 = llvm.call_intrinsic "llvm.fabs.f32"(%v233) : (f32) -> f32
          %v236 = arith.negf %v235 : f32
          %v238 = arith.mulf %v236, %v237 fastmath<contract> : f32
          %v239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v238) : (f32) -> f32
          %v240 = arith.addf %v61, %v239 fastmath<contract> : f32
          %v241 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v240) : (f32) -> f32
          %v243 = arith.mulf %v241, %v242 fastmath<contract> : f32
          %v245 = arith.mulf %v244, %v239 fastmath<contract> : f32
          %v247 = arith.addf %v245, %v246 fastmath<contract> : f32
          %v248 = arith.mulf %v247, %v239 fastmath<contract> : f32
          %v250 = arith.addf %v248, %v249 fastmath<contract> : f32
          %v251 = arith.mulf %v250, %v239 fastmath<contract> : f32
          %v253 = arith.addf %v251, %v252 fastmath<contract> : f32
          %v254 = arith.mulf %v253, %v239 fastmath<contract> : f32
          %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
          %v257 = arith.mulf %v256, %v239 fastmath<contract> : f32
          %v259 = arith.addf %v257, %v258 fastmath<contract> : f32
          %v260 = arith.mulf %v259, %v239 fastmath<contract> : f32
          %v261 = arith.addf %v260, %v61 fastmath<contract> : f32
          %v262 = arith.mulf %v261, %v239 fastmath<contract> : f32
          %v263 = llvm.call_intrinsic "llvm.fabs.f32"(%v239) : (f32) -> f32
          %v265 = arith.cmpf olt, %v263, %v264 : f32
          %v266 = arith.select %v265, %v262, %v243 : f32
          %v267 = arith.addf %v234, %v266 fastmath<contract> : f32
          %v268 = arith.negf %v267 : f32
          %v269 = llvm.getelementptr %in_A_log[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = arith.mulf %v270, %v237 fastmath<contract> : f32
          %v272 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v271) : (f32) -> f32
          %v273 = arith.mulf %v268, %v272 fastmath<contract> : f32
          %v274 = arith.mulf %v273, %v237 fastmath<contract> : f32
          %v275 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v274) : (f32) -> f32
          %v278 = arith.muli %v47, %v277 : i64
          %v279 = arith.muli %v227, %v276 : i64
          %v280 = arith.addi %v278, %v279 : i64
          %v281 = arith.muli %v45, %size_P : i64
          %v282 = arith.addi %v280, %v281 : i64
          %v283 = arith.addi %v282, %v43 : i64
          %v284 = llvm.getelementptr %in_x[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v285 = llvm.load %v284 : !llvm.ptr -> f32
          %v286 = arith.mulf %v267, %v285 fastmath<contract> : f32
          %v287 = arith.subi %v146, %v224 : i64
          %v288 = arith.trunci %v287 : i64 to i32
          %v289 = arith.index_cast %v11 : i64 to index
          %v290 = arith.index_cast %v32 : i64 to index
          %v291 = arith.index_cast %v2 : i64 to index
          scf.for %v292 = %v289 to %v290 step %v291 {
            %v293 = arith.index_cast %v292 : index to i64
            %v294 = arith.trunci %v293 : i64 to i32
            %v295 = arith.ori %v103, %v294 : i32
            %v297, %v298 = gpu.shuffle idx %v275, %v295, %v296 : f32
            %v299, %v300 = gpu.shuffle idx %v286, %v295, %v296 : f32
            %v301 = arith.addi %v224, %v293 : i64
            %v302 = arith.cmpi slt, %v294, %v288 : i32
            scf.if %v302 {
              %v303 = arith.addi %v144, %v301 : i64
              %v305 = arith.muli %v47, %v304 : i64
              %v306 = arith.muli %v303, %v1 : i64
              %v307 = arith.addi %v305, %v306 : i64
              %v308 = arith.addi %v307, %v33 : i64
              %v309 = llvm.getelementptr %in_Bm[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v310 = llvm.load %v309 : !llvm.ptr -> f32
              %v311 = arith.mulf %v299, %v310 fastmath<contract> : f32
              %v312 = llvm.load %v17 : !llvm.ptr -> f32
              %v313 = arith.mulf %v297, %v312 fastmath<contract> : f32
              %v314 = arith.addf %v313, %v311 fastmath<contract> : f32
              llvm.store %v314, %v17 : f32, !llvm.ptr
              %v315 = arith.muli %v47, %v304 : i64
              %v316 = arith.muli %v303, %v1 : i64
              %v317 = arith.addi %v315, %v316 : i64
              %v318 = arith.constant 8 : i64
              %v319 = arith.addi %v318, %v33 : i64
              %v320 = arith.addi %v317, %v319 : i64
              %v321 = llvm.getelementptr %in_Bm[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v322 = llvm.load %v321 : !llvm.ptr -> f32
              %v323 = arith.mulf %v299, %v322 fastmath<contract> : f32
              %v324 = llvm.load %v18 : !llvm.ptr -> f32
              %v325 = arith.mulf %v297, %v324 fastmath<contract> : f32
              %v326 = arith.addf %v325, %v323 fastmath<contract> : f32
              llvm.store %v326, %v18 : f32, !llvm.ptr
            }
          }
        }
        %v327 = arith.addi %v148, %v75 : i64
        %v328 = arith.divui %v327, %v80 : i64
        %v329 = arith.index_cast %v11 : i64 to index
        %v330 = arith.index_cast %v328 : i64 to index
        %v331 = arith.index_cast %v2 : i64 to index
        scf.for %v332 = %v329 to %v330 step %v331 {
          %v333 = arith.index_cast %v332 : index to i64
          %v334 = arith.muli %v333, %v80 : i64
          %v335 = arith.addi %v334, %v80 : i64
          %v336 = arith.index_cast %v334 : i64 to index
          %v337 = arith.index_cast %v335 : i64 to index
          %v338 = arith.index_cast %v2 : i64 to index
          scf.for %v339 = %v336 to %v337 step %v338 {
            %v340 = arith.index_cast %v339 : index to i64
            %v341 = arith.cmpi slt, %v340, %v148 : i64
            scf.if %v341 {
              %v342 = arith.subi %v148, %v2 : i64
              %v343 = arith.subi %v342, %v340 : i64
              %v344 = arith.muli %v343, %v32 : i64
              %v345 = arith.remui %v340, %v80 : i64
              %v346 = arith.muli %v345, %v32 : i64
              %v347 = arith.addi %v344, %v32 : i64
              %v348 = arith.cmpi sle, %v347, %v146 : i64
              scf.if %v348 {
                %v349 = arith.subi %v146, %v2 : i64
                %v350 = arith.muli %v343, %v4 : i64
                %v351 = arith.subi %v4, %v2 : i64
                %v352 = arith.minsi %v39, %v351 : i64
                %v353 = arith.addi %v350, %v352 : i64
                %v354 = arith.muli %v353, %v1 : i64
                %v355 = arith.addi %v354, %v33 : i64
                %v356 = llvm.getelementptr %scratch_S[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v357 = llvm.load %v356 : !llvm.ptr -> f32
                %v358 = arith.muli %v343, %v4 : i64
                %v359 = arith.subi %v4, %v2 : i64
                %v360 = arith.minsi %v39, %v359 : i64
                %v361 = arith.addi %v358, %v360 : i64
                %v362 = arith.muli %v361, %v1 : i64
                %v363 = arith.addi %v362, %v32 : i64
                %v364 = arith.addi %v363, %v33 : i64
                %v365 = llvm.getelementptr %scratch_S[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v366 = llvm.load %v365 : !llvm.ptr -> f32
                %v367 = arith.addi %v344, %v33 : i64
                %v368 = arith.minsi %v367, %v349 : i64
                %v369 = arith.addi %v144, %v368 : i64
                %v370 = arith.subi %v369, %v144 : i64
                %v371 = llvm.getelementptr %v59[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v372 = llvm.load %v371 : !llvm.ptr -> f32
                %v373 = llvm.getelementptr %in_dt_bias[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.addf %v372, %v374 fastmath<contract> : f32
                %v376 = arith.maximumf %v375, %v60 : f32
                %v377 = llvm.call_intrinsic "llvm.fabs.f32"(%v375) : (f32) -> f32
                %v378 = arith.negf %v377 : f32
                %v379 = arith.mulf %v378, %v237 fastmath<contract> : f32
                %v380 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v379) : (f32) -> f32
                %v381 = arith.addf %v61, %v380 fastmath<contract> : f32
                %v382 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v381) : (f32) -> f32
                %v383 = arith.mulf %v382, %v242 fastmath<contract> : f32
                %v384 = arith.mulf %v244, %v380 fastmath<contract> : f32
                %v385 = arith.addf %v384, %v246 fastmath<contract> : f32
                %v386 = arith.mulf %v385, %v380 fastmath<contract> : f32
                %v387 = arith.addf %v386, %v249 fastmath<contract> : f32
                %v388 = arith.mulf %v387, %v380 fastmath<contract> : f32
                %v389 = arith.addf %v388, %v252 fastmath<contract> : f32
                %v390 = arith.mulf %v389, %v380 fastmath<contract> : f32
                %v391 = arith.addf %v390, %v255 fastmath<contract> : f32
                %v392 = arith.mulf %v391, %v380 fastmath<contract> : f32
                %v393 = arith.addf %v392, %v258 fastmath<contract> : f32
                %v394 = arith.mulf %v393, %v380 fastmath<contract> : f32
                %v395 = arith.addf %v394, %v61 fastmath<contract> : f32
                %v396 = arith.mulf %v395, %v380 fastmath<contract> : f32
                %v397 = llvm.call_intrinsic "llvm.fabs.f32"(%v380) : (f32) -> f32
                %v398 = arith.cmpf olt, %v397, %v264 : f32
                %v399 = arith.select %v398, %v396, %v383 : f32
                %v400 = arith.addf %v376, %v399 fastmath<contract> : f32
                %v401 = arith.negf %v400 : f32
                %v402 = llvm.getelementptr %in_A_log[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v403 = llvm.load %v402 : !llvm.ptr -> f32
                %v404 = arith.mulf %v403, %v237 fastmath<contract> : f32
                %v405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v404) : (f32) -> f32
                %v406 = arith.mulf %v401, %v405 fastmath<contract> : f32
                %v407 = arith.mulf %v406, %v237 fastmath<contract> : f32
                %v408 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v407) : (f32) -> f32
                %v409 = arith.muli %v47, %v277 : i64
                %v410 = arith.muli %v369, %v276 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = arith.muli %v45, %size_P : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = arith.addi %v413, %v43 : i64
                %v415 = llvm.getelementptr %in_x[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.mulf %v400, %v416 fastmath<contract> : f32
                %v418 = arith.negf %v375 : f32
                %v419 = arith.mulf %v418, %v237 fastmath<contract> : f32
                %v420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v419) : (f32) -> f32
                %v421 = arith.addf %v61, %v420 fastmath<contract> : f32
                %v422 = arith.divf %v61, %v421 : f32
                // the group's states, recomputed into registers
                %v423 = arith.minsi %v344, %v349 : i64
                %v424 = arith.addi %v144, %v423 : i64
                %v425, %v426 = gpu.shuffle idx %v408, %v103, %v296 : f32
                %v427, %v428 = gpu.shuffle idx %v417, %v103, %v296 : f32
                %v429 = arith.muli %v47, %v304 : i64
                %v430 = arith.muli %v424, %v1 : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = arith.addi %v431, %v33 : i64
                %v433 = llvm.getelementptr %in_Bm[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = arith.mulf %v427, %v434 fastmath<contract> : f32
                %v436 = arith.mulf %v425, %v357 fastmath<contract> : f32
                %v437 = arith.addf %v436, %v435 fastmath<contract> : f32
                %v438 = arith.muli %v47, %v304 : i64
                %v439 = arith.muli %v424, %v1 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = arith.constant 8 : i64
                %v442 = arith.addi %v441, %v33 : i64
                %v443 = arith.addi %v440, %v442 : i64
                %v444 = llvm.getelementptr %in_Bm[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v445 = llvm.load %v444 : !llvm.ptr -> f32
                %v446 = arith.mulf %v427, %v445 fastmath<contract> : f32
                %v447 = arith.mulf %v425, %v366 fastmath<contract> : f32
                %v448 = arith.addf %v447, %v446 fastmath<contract> : f32
                %v449 = arith.addi %v344, %v2 : i64
                %v450 = arith.minsi %v449, %v349 : i64
                %v451 = arith.addi %v144, %v450 : i64
                %v452, %v453 = gpu.shuffle idx %v408, %v107, %v296 : f32
                %v454, %v455 = gpu.shuffle idx %v417, %v107, %v296 : f32
                %v456 = arith.muli %v47, %v304 : i64
                %v457 = arith.muli %v451, %v1 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = arith.addi %v458, %v33 : i64
                %v460 = llvm.getelementptr %in_Bm[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                %v462 = arith.mulf %v454, %v461 fastmath<contract> : f32
                %v463 = arith.mulf %v452, %v437 fastmath<contract> : f32
                %v464 = arith.addf %v463, %v462 fastmath<contract> : f32
                %v465 = arith.muli %v47, %v304 : i64
                %v466 = arith.muli %v451, %v1 : i64
                %v467 = arith.addi %v465, %v466 : i64
                %v468 = arith.constant 8 : i64
                %v469 = arith.addi %v468, %v33 : i64
                %v470 = arith.addi %v467, %v469 : i64
                %v471 = llvm.getelementptr %in_Bm[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                %v473 = arith.mulf %v454, %v472 fastmath<contract> : f32
                %v474 = arith.mulf %v452, %v448 fastmath<contract> : f32
                %v475 = arith.addf %v474, %v473 fastmath<contract> : f32
                %v476 = arith.addi %v344, %v70 : i64
                %v477 = arith.minsi %v476, %v349 : i64
                %v478 = arith.addi %v144, %v477 : i64
                %v479, %v480 = gpu.shuffle idx %v408, %v111, %v296 : f32
                %v481, %v482 = gpu.shuffle idx %v417, %v111, %v296 : f32
                %v483 = arith.muli %v47, %v304 : i64
                %v484 = arith.muli %v478, %v1 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = arith.addi %v485, %v33 : i64
                %v487 = llvm.getelementptr %in_Bm[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v488 = llvm.load %v487 : !llvm.ptr -> f32
                %v489 = arith.mulf %v481, %v488 fastmath<contract> : f32
                %v490 = arith.mulf %v479, %v464 fastmath<contract> : f32
                %v491 = arith.addf %v490, %v489 fastmath<contract> : f32
                %v492 = arith.muli %v47, %v304 : i64
                %v493 = arith.muli %v478, %v1 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = arith.constant 8 : i64
                %v496 = arith.addi %v495, %v33 : i64
                %v497 = arith.addi %v494, %v496 : i64
                %v498 = llvm.getelementptr %in_Bm[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = arith.mulf %v481, %v499 fastmath<contract> : f32
                %v501 = arith.mulf %v479, %v475 fastmath<contract> : f32
                %v502 = arith.addf %v501, %v500 fastmath<contract> : f32
                %v503 = arith.addi %v344, %v75 : i64
                %v504 = arith.minsi %v503, %v349 : i64
                %v505 = arith.addi %v144, %v504 : i64
                %v506, %v507 = gpu.shuffle idx %v408, %v115, %v296 : f32
                %v508, %v509 = gpu.shuffle idx %v417, %v115, %v296 : f32
                %v510 = arith.muli %v47, %v304 : i64
                %v511 = arith.muli %v505, %v1 : i64
                %v512 = arith.addi %v510, %v511 : i64
                %v513 = arith.addi %v512, %v33 : i64
                %v514 = llvm.getelementptr %in_Bm[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v515 = llvm.load %v514 : !llvm.ptr -> f32
                %v516 = arith.mulf %v508, %v515 fastmath<contract> : f32
                %v517 = arith.mulf %v506, %v491 fastmath<contract> : f32
                %v518 = arith.addf %v517, %v516 fastmath<contract> : f32
                %v519 = arith.muli %v47, %v304 : i64
                %v520 = arith.muli %v505, %v1 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.constant 8 : i64
                %v523 = arith.addi %v522, %v33 : i64
                %v524 = arith.addi %v521, %v523 : i64
                %v525 = llvm.getelementptr %in_Bm[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v526 = llvm.load %v525 : !llvm.ptr -> f32
                %v527 = arith.mulf %v508, %v526 fastmath<contract> : f32
                %v528 = arith.mulf %v506, %v502 fastmath<contract> : f32
                %v529 = arith.addf %v528, %v527 fastmath<contract> : f32
                %v530 = arith.addi %v344, %v80 : i64
                %v531 = arith.minsi %v530, %v349 : i64
                %v532 = arith.addi %v144, %v531 : i64
                %v533, %v534 = gpu.shuffle idx %v408, %v119, %v296 : f32
                %v535, %v536 = gpu.shuffle idx %v417, %v119, %v296 : f32
                %v537 = arith.muli %v47, %v304 : i64
                %v538 = arith.muli %v532, %v1 : i64
                %v539 = arith.addi %v537, %v538 : i64
                %v540 = arith.addi %v539, %v33 : i64
                %v541 = llvm.getelementptr %in_Bm[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v542 = llvm.load %v541 : !llvm.ptr -> f32
                %v543 = arith.mulf %v535, %v542 fastmath<contract> : f32
                %v544 = arith.mulf %v533, %v518 fastmath<contract> : f32
                %v545 = arith.addf %v544, %v543 fastmath<contract> : f32
                %v546 = arith.muli %v47, %v304 : i64
                %v547 = arith.muli %v532, %v1 : i64
                %v548 = arith.addi %v546, %v547 : i64
                %v549 = arith.constant 8 : i64
                %v550 = arith.addi %v549, %v33 : i64
                %v551 = arith.addi %v548, %v550 : i64
                %v552 = llvm.getelementptr %in_Bm[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                %v554 = arith.mulf %v535, %v553 fastmath<contract> : f32
                %v555 = arith.mulf %v533, %v529 fastmath<contract> : f32
                %v556 = arith.addf %v555, %v554 fastmath<contract> : f32
                %v557 = arith.addi %v344, %v85 : i64
                %v558 = arith.minsi %v557, %v349 : i64
                %v559 = arith.addi %v144, %v558 : i64
                %v560, %v561 = gpu.shuffle idx %v408, %v123, %v296 : f32
                %v562, %v563 = gpu.shuffle idx %v417, %v123, %v296 : f32
                %v564 = arith.muli %v47, %v304 : i64
                %v565 = arith.muli %v559, %v1 : i64
                %v566 = arith.addi %v564, %v565 : i64
                %v567 = arith.addi %v566, %v33 : i64
                %v568 = llvm.getelementptr %in_Bm[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.mulf %v562, %v569 fastmath<contract> : f32
                %v571 = arith.mulf %v560, %v545 fastmath<contract> : f32
                %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
                %v573 = arith.muli %v47, %v304 : i64
                %v574 = arith.muli %v559, %v1 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = arith.constant 8 : i64
                %v577 = arith.addi %v576, %v33 : i64
                %v578 = arith.addi %v575, %v577 : i64
                %v579 = llvm.getelementptr %in_Bm[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v580 = llvm.load %v579 : !llvm.ptr -> f32
                %v581 = arith.mulf %v562, %v580 fastmath<contract> : f32
                %v582 = arith.mulf %v560, %v556 fastmath<contract> : f32
                %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
                %v584 = arith.addi %v344, %v90 : i64
                %v585 = arith.minsi %v584, %v349 : i64
                %v586 = arith.addi %v144, %v585 : i64
                %v587, %v588 = gpu.shuffle idx %v408, %v127, %v296 : f32
                %v589, %v590 = gpu.shuffle idx %v417, %v127, %v296 : f32
                %v591 = arith.muli %v47, %v304 : i64
                %v592 = arith.muli %v586, %v1 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = arith.addi %v593, %v33 : i64
                %v595 = llvm.getelementptr %in_Bm[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v596 = llvm.load %v595 : !llvm.ptr -> f32
                %v597 = arith.mulf %v589, %v596 fastmath<contract> : f32
                %v598 = arith.mulf %v587, %v572 fastmath<contract> : f32
                %v599 = arith.addf %v598, %v597 fastmath<contract> : f32
                %v600 = arith.muli %v47, %v304 : i64
                %v601 = arith.muli %v586, %v1 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = arith.constant 8 : i64
                %v604 = arith.addi %v603, %v33 : i64
                %v605 = arith.addi %v602, %v604 : i64
                %v606 = llvm.getelementptr %in_Bm[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v607 = llvm.load %v606 : !llvm.ptr -> f32
                %v608 = arith.mulf %v589, %v607 fastmath<contract> : f32
                %v609 = arith.mulf %v587, %v583 fastmath<contract> : f32
                %v610 = arith.addf %v609, %v608 fastmath<contract> : f32
                %v611 = arith.addi %v344, %v96 : i64
                %v612 = arith.minsi %v611, %v349 : i64
                %v613 = arith.addi %v144, %v612 : i64
                %v614, %v615 = gpu.shuffle idx %v408, %v131, %v296 : f32
                %v616, %v617 = gpu.shuffle idx %v417, %v131, %v296 : f32
                %v618 = arith.muli %v47, %v304 : i64
                %v619 = arith.muli %v613, %v1 : i64
                %v620 = arith.addi %v618, %v619 : i64
                %v621 = arith.addi %v620, %v33 : i64
                %v622 = llvm.getelementptr %in_Bm[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v623 = llvm.load %v622 : !llvm.ptr -> f32
                %v624 = arith.mulf %v616, %v623 fastmath<contract> : f32
                %v625 = arith.mulf %v614, %v599 fastmath<contract> : f32
                %v626 = arith.addf %v625, %v624 fastmath<contract> : f32
                %v627 = arith.muli %v47, %v304 : i64
                %v628 = arith.muli %v613, %v1 : i64
                %v629 = arith.addi %v627, %v628 : i64
                %v630 = arith.constant 8 : i64
                %v631 = arith.addi %v630, %v33 : i64
                %v632 = arith.addi %v629, %v631 : i64
                %v633 = llvm.getelementptr %in_Bm[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v634 = llvm.load %v633 : !llvm.ptr -> f32
                %v635 = arith.mulf %v616, %v634 fastmath<contract> : f32
                %v636 = arith.mulf %v614, %v610 fastmath<contract> : f32
                %v637 = arith.addf %v636, %v635 fastmath<contract> : f32
                %v639 = arith.shrui %v33, %v11 : i64
                %v640 = arith.andi %v639, %v2 : i64
                %v641 = arith.cmpi ne, %v640, %v11 : i64
                %v642 = arith.shrui %v33, %v2 : i64
                %v643 = arith.andi %v642, %v2 : i64
                %v644 = arith.cmpi ne, %v643, %v11 : i64
                %v645 = arith.shrui %v33, %v70 : i64
                %v646 = arith.andi %v645, %v2 : i64
                %v647 = arith.cmpi ne, %v646, %v11 : i64
                %v648 = arith.subi %v146, %v344 : i64
                %v649 = arith.trunci %v648 : i64 to i32
                %v650 = arith.subi %size_L, %v2 : i64
                %v651 = arith.addi %v144, %v344 : i64
                %v652 = arith.subi %v650, %v651 : i64
                %v654 = arith.minsi %v652, %v653 : i64
                %v655 = arith.trunci %v654 : i64 to i32
                %v656 = arith.addi %v344, %v96 : i64
                %v658 = arith.cmpi slt, %v657, %v649 : i32
                %v659 = arith.cmpi eq, %v657, %v655 : i32
                %v660, %v661 = gpu.shuffle idx %v400, %v131, %v296 : f32
                %v662, %v663 = gpu.shuffle idx %v401, %v131, %v296 : f32
                %v664, %v665 = gpu.shuffle idx %v405, %v131, %v296 : f32
                %v666, %v667 = gpu.shuffle idx %v408, %v131, %v296 : f32
                %v668, %v669 = gpu.shuffle idx %v417, %v131, %v296 : f32
                %v670, %v671 = gpu.shuffle idx %v422, %v131, %v296 : f32
                llvm.store %v60, %v638 : f32, !llvm.ptr
                %v672 = arith.addi %v144, %v656 : i64
                %v673 = arith.muli %v47, %v304 : i64
                %v674 = arith.muli %v672, %v1 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = arith.addi %v675, %v33 : i64
                %v677 = llvm.getelementptr %in_Cm[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v678 = llvm.load %v677 : !llvm.ptr -> f32
                %v679 = arith.muli %v47, %v277 : i64
                %v680 = arith.muli %v672, %v276 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = arith.muli %v45, %size_P : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = arith.addi %v683, %v43 : i64
                %v685 = llvm.getelementptr %dy_y[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v686 = llvm.load %v685 : !llvm.ptr -> f32
                %v687 = arith.mulf %v678, %v686 fastmath<contract> : f32
                %v688 = llvm.load %v49 : !llvm.ptr -> f32
                %v689 = llvm.load %v51 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v688 fastmath<contract> : f32
                %v691 = arith.addf %v687, %v690 fastmath<contract> : f32
                llvm.store %v691, %v49 : f32, !llvm.ptr
                %v692 = arith.muli %v47, %v304 : i64
                %v693 = arith.muli %v672, %v1 : i64
                %v694 = arith.addi %v692, %v693 : i64
                %v695 = arith.constant 8 : i64
                %v696 = arith.addi %v695, %v33 : i64
                %v697 = arith.addi %v694, %v696 : i64
                %v698 = llvm.getelementptr %in_Cm[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v699 = llvm.load %v698 : !llvm.ptr -> f32
                %v700 = arith.mulf %v699, %v686 fastmath<contract> : f32
                %v701 = llvm.load %v50 : !llvm.ptr -> f32
                %v702 = llvm.load %v52 : !llvm.ptr -> f32
                %v703 = arith.mulf %v702, %v701 fastmath<contract> : f32
                %v704 = arith.addf %v700, %v703 fastmath<contract> : f32
                llvm.store %v704, %v50 : f32, !llvm.ptr
                %v705 = arith.muli %v47, %v277 : i64
                %v706 = arith.muli %v672, %v276 : i64
                %v707 = arith.addi %v705, %v706 : i64
                %v708 = arith.muli %v45, %size_P : i64
                %v709 = arith.addi %v707, %v708 : i64
                %v710 = arith.addi %v709, %v43 : i64
                %v711 = llvm.getelementptr %in_x[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v712 = llvm.load %v711 : !llvm.ptr -> f32
                %v713 = arith.muli %v47, %v304 : i64
                %v714 = arith.muli %v672, %v1 : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = arith.addi %v715, %v33 : i64
                %v717 = llvm.getelementptr %in_Bm[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = llvm.load %v49 : !llvm.ptr -> f32
                %v720 = arith.mulf %v718, %v719 fastmath<contract> : f32
                %v721 = arith.muli %v47, %v304 : i64
                %v722 = arith.muli %v672, %v1 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = arith.constant 8 : i64
                %v725 = arith.addi %v724, %v33 : i64
                %v726 = arith.addi %v723, %v725 : i64
                %v727 = llvm.getelementptr %in_Bm[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v728 = llvm.load %v727 : !llvm.ptr -> f32
                %v729 = llvm.load %v50 : !llvm.ptr -> f32
                %v730 = arith.mulf %v728, %v729 fastmath<contract> : f32
                %v731 = arith.addf %v720, %v730 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v733, %v734 = gpu.shuffle xor %v731, %v732, %v296 : f32
                %v735 = arith.addf %v731, %v733 fastmath<contract> : f32
                %v737, %v738 = gpu.shuffle xor %v735, %v736, %v296 : f32
                %v739 = arith.addf %v735, %v737 fastmath<contract> : f32
                %v741, %v742 = gpu.shuffle xor %v739, %v740, %v296 : f32
                %v743 = arith.addf %v739, %v741 fastmath<contract> : f32
                // end sum over the lanes
                %v744 = arith.mulf %v712, %v743 fastmath<contract> : f32
                %v745 = arith.mulf %v599, %v719 fastmath<contract> : f32
                %v746 = arith.mulf %v610, %v729 fastmath<contract> : f32
                %v747 = arith.addf %v745, %v746 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v748, %v749 = gpu.shuffle xor %v747, %v732, %v296 : f32
                %v750 = arith.addf %v747, %v748 fastmath<contract> : f32
                %v751, %v752 = gpu.shuffle xor %v750, %v736, %v296 : f32
                %v753 = arith.addf %v750, %v751 fastmath<contract> : f32
                %v754, %v755 = gpu.shuffle xor %v753, %v740, %v296 : f32
                %v756 = arith.addf %v753, %v754 fastmath<contract> : f32
                // end sum over the lanes
                %v757 = arith.mulf %v664, %v756 fastmath<contract> : f32
                %v758 = arith.mulf %v666, %v757 fastmath<contract> : f32
                %v759 = arith.negf %v758 : f32
                %v760 = arith.addf %v744, %v759 fastmath<contract> : f32
                %v761 = arith.mulf %v760, %v670 fastmath<contract> : f32
                %v762 = arith.mulf %v666, %v756 fastmath<contract> : f32
                %v763 = arith.mulf %v662, %v762 fastmath<contract> : f32
                %v764 = arith.mulf %v664, %v763 fastmath<contract> : f32
                %v765 = llvm.load %v53 : !llvm.ptr -> f32
                %v766 = arith.addf %v765, %v764 fastmath<contract> : f32
                llvm.store %v766, %v53 : f32, !llvm.ptr
                %v767 = arith.mulf %v668, %v719 fastmath<contract> : f32
                scf.if %v37 {
                  %v768 = arith.muli %v39, %v1 : i64
                  %v769 = arith.addi %v768, %v33 : i64
                  %v770 = arith.subi %v672, %slice_first : i64
                  %v771 = arith.muli %v769, %slice_steps : i64
                  %v772 = arith.addi %v771, %v770 : i64
                  %v773 = llvm.getelementptr %part_Bm[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v767, %v773 : f32, !llvm.ptr
                }
                %v774 = arith.mulf %v668, %v729 fastmath<contract> : f32
                scf.if %v37 {
                  %v775 = arith.addi %v32, %v33 : i64
                  %v776 = arith.muli %v39, %v1 : i64
                  %v777 = arith.addi %v776, %v775 : i64
                  %v778 = arith.subi %v672, %slice_first : i64
                  %v779 = arith.muli %v777, %slice_steps : i64
                  %v780 = arith.addi %v779, %v778 : i64
                  %v781 = llvm.getelementptr %part_Bm[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v774, %v781 : f32, !llvm.ptr
                }
                %v782 = arith.mulf %v626, %v686 fastmath<contract> : f32
                scf.if %v37 {
                  %v783 = arith.muli %v39, %v1 : i64
                  %v784 = arith.addi %v783, %v33 : i64
                  %v785 = arith.subi %v672, %slice_first : i64
                  %v786 = arith.muli %v784, %slice_steps : i64
                  %v787 = arith.addi %v786, %v785 : i64
                  %v788 = llvm.getelementptr %part_Cm[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v782, %v788 : f32, !llvm.ptr
                }
                %v789 = arith.mulf %v637, %v686 fastmath<contract> : f32
                scf.if %v37 {
                  %v790 = arith.addi %v32, %v33 : i64
                  %v791 = arith.muli %v39, %v1 : i64
                  %v792 = arith.addi %v791, %v790 : i64
                  %v793 = arith.subi %v672, %slice_first : i64
                  %v794 = arith.muli %v792, %slice_steps : i64
                  %v795 = arith.addi %v794, %v793 : i64
                  %v796 = llvm.getelementptr %part_Cm[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v789, %v796 : f32, !llvm.ptr
                }
                %v797 = llvm.load %v55 : !llvm.ptr -> f32
                %v798 = arith.addf %v797, %v761 fastmath<contract> : f32
                llvm.store %v798, %v55 : f32, !llvm.ptr
                %v799 = arith.select %v37, %v761, %v60 : f32
                // sum over the warp's outer points: shuffles
                %v801, %v802 = gpu.shuffle xor %v799, %v800, %v296 : f32
                %v803 = arith.addf %v799, %v801 fastmath<contract> : f32
                %v805, %v806 = gpu.shuffle xor %v803, %v804, %v296 : f32
                %v807 = arith.addf %v803, %v805 fastmath<contract> : f32
                %v808 = arith.divui %v23, %v25 : i64
                %v809 = arith.remui %v23, %v25 : i64
                %v810 = arith.cmpi ult, %v809, %v2 : i64
                %v812 = arith.muli %v808, %v811 : i64
                %v813 = arith.addi %v812, %v346 : i64
                scf.if %v810 {
                  %v814 = llvm.getelementptr %v57[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v807, %v814 : f32, !llvm.ptr
                }
                %v815 = arith.addf %v720, %v730 fastmath<contract> : f32
                llvm.store %v815, %v638 : f32, !llvm.ptr
                llvm.store %v666, %v51 : f32, !llvm.ptr
                llvm.store %v666, %v52 : f32, !llvm.ptr
                %v816 = llvm.load %v638 : !llvm.ptr -> f32
                %v817 = arith.addi %v344, %v90 : i64
                %v819 = arith.cmpi slt, %v818, %v649 : i32
                %v820 = arith.cmpi eq, %v818, %v655 : i32
                %v821, %v822 = gpu.shuffle idx %v400, %v127, %v296 : f32
                %v823, %v824 = gpu.shuffle idx %v401, %v127, %v296 : f32
                %v825, %v826 = gpu.shuffle idx %v405, %v127, %v296 : f32
                %v827, %v828 = gpu.shuffle idx %v408, %v127, %v296 : f32
                %v829, %v830 = gpu.shuffle idx %v417, %v127, %v296 : f32
                %v831, %v832 = gpu.shuffle idx %v422, %v127, %v296 : f32
                %v833 = arith.addi %v346, %v2 : i64
                llvm.store %v60, %v638 : f32, !llvm.ptr
                %v834 = arith.addi %v144, %v817 : i64
                %v835 = arith.muli %v47, %v304 : i64
                %v836 = arith.muli %v834, %v1 : i64
                %v837 = arith.addi %v835, %v836 : i64
                %v838 = arith.addi %v837, %v33 : i64
                %v839 = llvm.getelementptr %in_Cm[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v840 = llvm.load %v839 : !llvm.ptr -> f32
                %v841 = arith.muli %v47, %v277 : i64
                %v842 = arith.muli %v834, %v276 : i64
                %v843 = arith.addi %v841, %v842 : i64
                %v844 = arith.muli %v45, %size_P : i64
                %v845 = arith.addi %v843, %v844 : i64
                %v846 = arith.addi %v845, %v43 : i64
                %v847 = llvm.getelementptr %dy_y[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v848 = llvm.load %v847 : !llvm.ptr -> f32
                %v849 = arith.mulf %v840, %v848 fastmath<contract> : f32
                %v850 = llvm.load %v49 : !llvm.ptr -> f32
                %v851 = llvm.load %v51 : !llvm.ptr -> f32
                %v852 = arith.mulf %v851, %v850 fastmath<contract> : f32
                %v853 = arith.addf %v849, %v852 fastmath<contract> : f32
                llvm.store %v853, %v49 : f32, !llvm.ptr
                %v854 = arith.muli %v47, %v304 : i64
                %v855 = arith.muli %v834, %v1 : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = arith.constant 8 : i64
                %v858 = arith.addi %v857, %v33 : i64
                %v859 = arith.addi %v856, %v858 : i64
                %v860 = llvm.getelementptr %in_Cm[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v861 = llvm.load %v860 : !llvm.ptr -> f32
                %v862 = arith.mulf %v861, %v848 fastmath<contract> : f32
                %v863 = llvm.load %v50 : !llvm.ptr -> f32
                %v864 = llvm.load %v52 : !llvm.ptr -> f32
                %v865 = arith.mulf %v864, %v863 fastmath<contract> : f32
                %v866 = arith.addf %v862, %v865 fastmath<contract> : f32
                llvm.store %v866, %v50 : f32, !llvm.ptr
                %v867 = arith.muli %v47, %v277 : i64
                %v868 = arith.muli %v834, %v276 : i64
                %v869 = arith.addi %v867, %v868 : i64
                %v870 = arith.muli %v45, %size_P : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = arith.addi %v871, %v43 : i64
                %v873 = llvm.getelementptr %in_x[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v874 = llvm.load %v873 : !llvm.ptr -> f32
                %v875 = arith.muli %v47, %v304 : i64
                %v876 = arith.muli %v834, %v1 : i64
                %v877 = arith.addi %v875, %v876 : i64
                %v878 = arith.addi %v877, %v33 : i64
                %v879 = llvm.getelementptr %in_Bm[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v880 = llvm.load %v879 : !llvm.ptr -> f32
                %v881 = llvm.load %v49 : !llvm.ptr -> f32
                %v882 = arith.mulf %v880, %v881 fastmath<contract> : f32
                %v883 = arith.muli %v47, %v304 : i64
                %v884 = arith.muli %v834, %v1 : i64
                %v885 = arith.addi %v883, %v884 : i64
                %v886 = arith.constant 8 : i64
                %v887 = arith.addi %v886, %v33 : i64
                %v888 = arith.addi %v885, %v887 : i64
                %v889 = llvm.getelementptr %in_Bm[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v890 = llvm.load %v889 : !llvm.ptr -> f32
                %v891 = llvm.load %v50 : !llvm.ptr -> f32
                %v892 = arith.mulf %v890, %v891 fastmath<contract> : f32
                %v893 = arith.addf %v882, %v892 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v894, %v895 = gpu.shuffle xor %v893, %v732, %v296 : f32
                %v896 = arith.addf %v893, %v894 fastmath<contract> : f32
                %v897, %v898 = gpu.shuffle xor %v896, %v736, %v296 : f32
                %v899 = arith.addf %v896, %v897 fastmath<contract> : f32
                %v900, %v901 = gpu.shuffle xor %v899, %v740, %v296 : f32
                %v902 = arith.addf %v899, %v900 fastmath<contract> : f32
                // end sum over the lanes
                %v903 = arith.mulf %v874, %v902 fastmath<contract> : f32
                %v904 = arith.mulf %v572, %v881 fastmath<contract> : f32
                %v905 = arith.mulf %v583, %v891 fastmath<contract> : f32
                %v906 = arith.addf %v904, %v905 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v907, %v908 = gpu.shuffle xor %v906, %v732, %v296 : f32
                %v909 = arith.addf %v906, %v907 fastmath<contract> : f32
                %v910, %v911 = gpu.shuffle xor %v909, %v736, %v296 : f32
                %v912 = arith.addf %v909, %v910 fastmath<contract> : f32
                %v913, %v914 = gpu.shuffle xor %v912, %v740, %v296 : f32
                %v915 = arith.addf %v912, %v913 fastmath<contract> : f32
                // end sum over the lanes
                %v916 = arith.mulf %v825, %v915 fastmath<contract> : f32
                %v917 = arith.mulf %v827, %v916 fastmath<contract> : f32
                %v918 = arith.negf %v917 : f32
                %v919 = arith.addf %v903, %v918 fastmath<contract> : f32
                %v920 = arith.mulf %v919, %v831 fastmath<contract> : f32
                %v921 = arith.mulf %v827, %v915 fastmath<contract> : f32
                %v922 = arith.mulf %v823, %v921 fastmath<contract> : f32
                %v923 = arith.mulf %v825, %v922 fastmath<contract> : f32
                %v924 = llvm.load %v53 : !llvm.ptr -> f32
                %v925 = arith.addf %v924, %v923 fastmath<contract> : f32
                llvm.store %v925, %v53 : f32, !llvm.ptr
                %v926 = arith.mulf %v829, %v881 fastmath<contract> : f32
                scf.if %v37 {
                  %v927 = arith.muli %v39, %v1 : i64
                  %v928 = arith.addi %v927, %v33 : i64
                  %v929 = arith.subi %v834, %slice_first : i64
                  %v930 = arith.muli %v928, %slice_steps : i64
                  %v931 = arith.addi %v930, %v929 : i64
                  %v932 = llvm.getelementptr %part_Bm[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v926, %v932 : f32, !llvm.ptr
                }
                %v933 = arith.mulf %v829, %v891 fastmath<contract> : f32
                scf.if %v37 {
                  %v934 = arith.addi %v32, %v33 : i64
                  %v935 = arith.muli %v39, %v1 : i64
                  %v936 = arith.addi %v935, %v934 : i64
                  %v937 = arith.subi %v834, %slice_first : i64
                  %v938 = arith.muli %v936, %slice_steps : i64
                  %v939 = arith.addi %v938, %v937 : i64
                  %v940 = llvm.getelementptr %part_Bm[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v933, %v940 : f32, !llvm.ptr
                }
                %v941 = arith.mulf %v599, %v848 fastmath<contract> : f32
                scf.if %v37 {
                  %v942 = arith.muli %v39, %v1 : i64
                  %v943 = arith.addi %v942, %v33 : i64
                  %v944 = arith.subi %v834, %slice_first : i64
                  %v945 = arith.muli %v943, %slice_steps : i64
                  %v946 = arith.addi %v945, %v944 : i64
                  %v947 = llvm.getelementptr %part_Cm[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v941, %v947 : f32, !llvm.ptr
                }
                %v948 = arith.mulf %v610, %v848 fastmath<contract> : f32
                scf.if %v37 {
                  %v949 = arith.addi %v32, %v33 : i64
                  %v950 = arith.muli %v39, %v1 : i64
                  %v951 = arith.addi %v950, %v949 : i64
                  %v952 = arith.subi %v834, %slice_first : i64
                  %v953 = arith.muli %v951, %slice_steps : i64
                  %v954 = arith.addi %v953, %v952 : i64
                  %v955 = llvm.getelementptr %part_Cm[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v948, %v955 : f32, !llvm.ptr
                }
                %v956 = llvm.load %v55 : !llvm.ptr -> f32
                %v957 = arith.addf %v956, %v920 fastmath<contract> : f32
                llvm.store %v957, %v55 : f32, !llvm.ptr
                %v958 = arith.select %v37, %v920, %v60 : f32
                // sum over the warp's outer points: shuffles
                %v959, %v960 = gpu.shuffle xor %v958, %v800, %v296 : f32
                %v961 = arith.addf %v958, %v959 fastmath<contract> : f32
                %v962, %v963 = gpu.shuffle xor %v961, %v804, %v296 : f32
                %v964 = arith.addf %v961, %v962 fastmath<contract> : f32
                %v965 = arith.divui %v23, %v25 : i64
                %v966 = arith.remui %v23, %v25 : i64
                %v967 = arith.cmpi ult, %v966, %v2 : i64
                %v968 = arith.muli %v965, %v811 : i64
                %v969 = arith.addi %v968, %v833 : i64
                scf.if %v967 {
                  %v970 = llvm.getelementptr %v57[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v964, %v970 : f32, !llvm.ptr
                }
                %v971 = arith.addf %v882, %v892 fastmath<contract> : f32
                llvm.store %v971, %v638 : f32, !llvm.ptr
                llvm.store %v827, %v51 : f32, !llvm.ptr
                llvm.store %v827, %v52 : f32, !llvm.ptr
                %v972 = llvm.load %v638 : !llvm.ptr -> f32
                %v973 = arith.select %v641, %v972, %v816 : f32
                %v974 = arith.select %v641, %v816, %v972 : f32
                %v975, %v976 = gpu.shuffle xor %v973, %v732, %v296 : f32
                %v977 = arith.addf %v974, %v975 fastmath<contract> : f32
                %v978 = arith.addi %v344, %v85 : i64
                %v980 = arith.cmpi slt, %v979, %v649 : i32
                %v981 = arith.cmpi eq, %v979, %v655 : i32
                %v982, %v983 = gpu.shuffle idx %v400, %v123, %v296 : f32
                %v984, %v985 = gpu.shuffle idx %v401, %v123, %v296 : f32
                %v986, %v987 = gpu.shuffle idx %v405, %v123, %v296 : f32
                %v988, %v989 = gpu.shuffle idx %v408, %v123, %v296 : f32
                %v990, %v991 = gpu.shuffle idx %v417, %v123, %v296 : f32
                %v992, %v993 = gpu.shuffle idx %v422, %v123, %v296 : f32
                %v994 = arith.addi %v346, %v70 : i64
                llvm.store %v60, %v638 : f32, !llvm.ptr
                %v995 = arith.addi %v144, %v978 : i64
                %v996 = arith.muli %v47, %v304 : i64
                %v997 = arith.muli %v995, %v1 : i64
                %v998 = arith.addi %v996, %v997 : i64
                %v999 = arith.addi %v998, %v33 : i64
                %v1000 = llvm.getelementptr %in_Cm[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
                %v1002 = arith.muli %v47, %v277 : i64
                %v1003 = arith.muli %v995, %v276 : i64
                %v1004 = arith.addi %v1002, %v1003 : i64
                %v1005 = arith.muli %v45, %size_P : i64
                %v1006 = arith.addi %v1004, %v1005 : i64
                %v1007 = arith.addi %v1006, %v43 : i64
                %v1008 = llvm.getelementptr %dy_y[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
                %v1010 = arith.mulf %v1001, %v1009 fastmath<contract> : f32
                %v1011 = llvm.load %v49 : !llvm.ptr -> f32
                %v1012 = llvm.load %v51 : !llvm.ptr -> f32
                %v1013 = arith.mulf %v1012, %v1011 fastmath<contract> : f32
                %v1014 = arith.addf %v1010, %v1013 fastmath<contract> : f32
                llvm.store %v1014, %v49 : f32, !llvm.ptr
                %v1015 = arith.muli %v47, %v304 : i64
                %v1016 = arith.muli %v995, %v1 : i64
                %v1017 = arith.addi %v1015, %v1016 : i64
                %v1018 = arith.constant 8 : i64
                %v1019 = arith.addi %v1018, %v33 : i64
                %v1020 = arith.addi %v1017, %v1019 : i64
                %v1021 = llvm.getelementptr %in_Cm[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
                %v1023 = arith.mulf %v1022, %v1009 fastmath<contract> : f32
                %v1024 = llvm.load %v50 : !llvm.ptr -> f32
                %v1025 = llvm.load %v52 : !llvm.ptr -> f32
                %v1026 = arith.mulf %v1025, %v1024 fastmath<contract> : f32
                %v1027 = arith.addf %v1023, %v1026 fastmath<contract> : f32
                llvm.store %v1027, %v50 : f32, !llvm.ptr
                %v1028 = arith.muli %v47, %v277 : i64
                %v1029 = arith.muli %v995, %v276 : i64
                %v1030 = arith.addi %v1028, %v1029 : i64
                %v1031 = arith.muli %v45, %size_P : i64
                %v1032 = arith.addi %v1030, %v1031 : i64
                %v1033 = arith.addi %v1032, %v43 : i64
                %v1034 = llvm.getelementptr %in_x[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
                %v1036 = arith.muli %v47, %v304 : i64
                %v1037 = arith.muli %v995, %v1 : i64
                %v1038 = arith.addi %v1036, %v1037 : i64
                %v1039 = arith.addi %v1038, %v33 : i64
                %v1040 = llvm.getelementptr %in_Bm[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
                %v1042 = llvm.load %v49 : !llvm.ptr -> f32
                %v1043 = arith.mulf %v1041, %v1042 fastmath<contract> : f32
                %v1044 = arith.muli %v47, %v304 : i64
                %v1045 = arith.muli %v995, %v1 : i64
                %v1046 = arith.addi %v1044, %v1045 : i64
                %v1047 = arith.constant 8 : i64
                %v1048 = arith.addi %v1047, %v33 : i64
                %v1049 = arith.addi %v1046, %v1048 : i64
                %v1050 = llvm.getelementptr %in_Bm[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
                %v1052 = llvm.load %v50 : !llvm.ptr -> f32
                %v1053 = arith.mulf %v1051, %v1052 fastmath<contract> : f32
                %v1054 = arith.addf %v1043, %v1053 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1055, %v1056 = gpu.shuffle xor %v1054, %v732, %v296 : f32
                %v1057 = arith.addf %v1054, %v1055 fastmath<contract> : f32
                %v1058, %v1059 = gpu.shuffle xor %v1057, %v736, %v296 : f32
                %v1060 = arith.addf %v1057, %v1058 fastmath<contract> : f32
                %v1061, %v1062 = gpu.shuffle xor %v1060, %v740, %v296 : f32
                %v1063 = arith.addf %v1060, %v1061 fastmath<contract> : f32
                // end sum over the lanes
                %v1064 = arith.mulf %v1035, %v1063 fastmath<contract> : f32
                %v1065 = arith.mulf %v545, %v1042 fastmath<contract> : f32
                %v1066 = arith.mulf %v556, %v1052 fastmath<contract> : f32
                %v1067 = arith.addf %v1065, %v1066 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1068, %v1069 = gpu.shuffle xor %v1067, %v732, %v296 : f32
                %v1070 = arith.addf %v1067, %v1068 fastmath<contract> : f32
                %v1071, %v1072 = gpu.shuffle xor %v1070, %v736, %v296 : f32
                %v1073 = arith.addf %v1070, %v1071 fastmath<contract> : f32
                %v1074, %v1075 = gpu.shuffle xor %v1073, %v740, %v296 : f32
                %v1076 = arith.addf %v1073, %v1074 fastmath<contract> : f32
                // end sum over the lanes
                %v1077 = arith.mulf %v986, %v1076 fastmath<contract> : f32
                %v1078 = arith.mulf %v988, %v1077 fastmath<contract> : f32
                %v1079 = arith.negf %v1078 : f32
                %v1080 = arith.addf %v1064, %v1079 fastmath<contract> : f32
                %v1081 = arith.mulf %v1080, %v992 fastmath<contract> : f32
                %v1082 = arith.mulf %v988, %v1076 fastmath<contract> : f32
                %v1083 = arith.mulf %v984, %v1082 fastmath<contract> : f32
                %v1084 = arith.mulf %v986, %v1083 fastmath<contract> : f32
                %v1085 = llvm.load %v53 : !llvm.ptr -> f32
                %v1086 = arith.addf %v1085, %v1084 fastmath<contract> : f32
                llvm.store %v1086, %v53 : f32, !llvm.ptr
                %v1087 = arith.mulf %v990, %v1042 fastmath<contract> : f32
                scf.if %v37 {
                  %v1088 = arith.muli %v39, %v1 : i64
                  %v1089 = arith.addi %v1088, %v33 : i64
                  %v1090 = arith.subi %v995, %slice_first : i64
                  %v1091 = arith.muli %v1089, %slice_steps : i64
                  %v1092 = arith.addi %v1091, %v1090 : i64
                  %v1093 = llvm.getelementptr %part_Bm[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1087, %v1093 : f32, !llvm.ptr
                }
                %v1094 = arith.mulf %v990, %v1052 fastmath<contract> : f32
                scf.if %v37 {
                  %v1095 = arith.addi %v32, %v33 : i64
                  %v1096 = arith.muli %v39, %v1 : i64
                  %v1097 = arith.addi %v1096, %v1095 : i64
                  %v1098 = arith.subi %v995, %slice_first : i64
                  %v1099 = arith.muli %v1097, %slice_steps : i64
                  %v1100 = arith.addi %v1099, %v1098 : i64
                  %v1101 = llvm.getelementptr %part_Bm[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1094, %v1101 : f32, !llvm.ptr
                }
                %v1102 = arith.mulf %v572, %v1009 fastmath<contract> : f32
                scf.if %v37 {
                  %v1103 = arith.muli %v39, %v1 : i64
                  %v1104 = arith.addi %v1103, %v33 : i64
                  %v1105 = arith.subi %v995, %slice_first : i64
                  %v1106 = arith.muli %v1104, %slice_steps : i64
                  %v1107 = arith.addi %v1106, %v1105 : i64
                  %v1108 = llvm.getelementptr %part_Cm[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1102, %v1108 : f32, !llvm.ptr
                }
                %v1109 = arith.mulf %v583, %v1009 fastmath<contract> : f32
                scf.if %v37 {
                  %v1110 = arith.addi %v32, %v33 : i64
                  %v1111 = arith.muli %v39, %v1 : i64
                  %v1112 = arith.addi %v1111, %v1110 : i64
                  %v1113 = arith.subi %v995, %slice_first : i64
                  %v1114 = arith.muli %v1112, %slice_steps : i64
                  %v1115 = arith.addi %v1114, %v1113 : i64
                  %v1116 = llvm.getelementptr %part_Cm[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1109, %v1116 : f32, !llvm.ptr
                }
                %v1117 = llvm.load %v55 : !llvm.ptr -> f32
                %v1118 = arith.addf %v1117, %v1081 fastmath<contract> : f32
                llvm.store %v1118, %v55 : f32, !llvm.ptr
                %v1119 = arith.select %v37, %v1081, %v60 : f32
                // sum over the warp's outer points: shuffles
                %v1120, %v1121 = gpu.shuffle xor %v1119, %v800, %v296 : f32
                %v1122 = arith.addf %v1119, %v1120 fastmath<contract> : f32
                %v1123, %v1124 = gpu.shuffle xor %v1122, %v804, %v296 : f32
                %v1125 = arith.addf %v1122, %v1123 fastmath<contract> : f32
                %v1126 = arith.divui %v23, %v25 : i64
                %v1127 = arith.remui %v23, %v25 : i64
                %v1128 = arith.cmpi ult, %v1127, %v2 : i64
                %v1129 = arith.muli %v1126, %v811 : i64
                %v1130 = arith.addi %v1129, %v994 : i64
                scf.if %v1128 {
                  %v1131 = llvm.getelementptr %v57[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1125, %v1131 : f32, !llvm.ptr
                }
                %v1132 = arith.addf %v1043, %v1053 fastmath<contract> : f32
                llvm.store %v1132, %v638 : f32, !llvm.ptr
                llvm.store %v988, %v51 : f32, !llvm.ptr
                llvm.store %v988, %v52 : f32, !llvm.ptr
                %v1133 = llvm.load %v638 : !llvm.ptr -> f32
                %v1134 = arith.addi %v344, %v80 : i64
                %v1135 = arith.cmpi slt, %v740, %v649 : i32
                %v1136 = arith.cmpi eq, %v740, %v655 : i32
                %v1137, %v1138 = gpu.shuffle idx %v400, %v119, %v296 : f32
                %v1139, %v1140 = gpu.shuffle idx %v401, %v119, %v296 : f32
                %v1141, %v1142 = gpu.shuffle idx %v405, %v119, %v296 : f32
                %v1143, %v1144 = gpu.shuffle idx %v408, %v119, %v296 : f32
                %v1145, %v1146 = gpu.shuffle idx %v417, %v119, %v296 : f32
                %v1147, %v1148 = gpu.shuffle idx %v422, %v119, %v296 : f32
                %v1149 = arith.addi %v346, %v75 : i64
                llvm.store %v60, %v638 : f32, !llvm.ptr
                %v1150 = arith.addi %v144, %v1134 : i64
                %v1151 = arith.muli %v47, %v304 : i64
                %v1152 = arith.muli %v1150, %v1 : i64
                %v1153 = arith.addi %v1151, %v1152 : i64
                %v1154 = arith.addi %v1153, %v33 : i64
                %v1155 = llvm.getelementptr %in_Cm[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
                %v1157 = arith.muli %v47, %v277 : i64
                %v1158 = arith.muli %v1150, %v276 : i64
                %v1159 = arith.addi %v1157, %v1158 : i64
                %v1160 = arith.muli %v45, %size_P : i64
                %v1161 = arith.addi %v1159, %v1160 : i64
                %v1162 = arith.addi %v1161, %v43 : i64
                %v1163 = llvm.getelementptr %dy_y[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1164 = llvm.load %v1163 : !llvm.ptr -> f32
                %v1165 = arith.mulf %v1156, %v1164 fastmath<contract> : f32
                %v1166 = llvm.load %v49 : !llvm.ptr -> f32
                %v1167 = llvm.load %v51 : !llvm.ptr -> f32
                %v1168 = arith.mulf %v1167, %v1166 fastmath<contract> : f32
                %v1169 = arith.addf %v1165, %v1168 fastmath<contract> : f32
                llvm.store %v1169, %v49 : f32, !llvm.ptr
                %v1170 = arith.muli %v47, %v304 : i64
                %v1171 = arith.muli %v1150, %v1 : i64
                %v1172 = arith.addi %v1170, %v1171 : i64
                %v1173 = arith.constant 8 : i64
                %v1174 = arith.addi %v1173, %v33 : i64
                %v1175 = arith.addi %v1172, %v1174 : i64
                %v1176 = llvm.getelementptr %in_Cm[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                %v1178 = arith.mulf %v1177, %v1164 fastmath<contract> : f32
                %v1179 = llvm.load %v50 : !llvm.ptr -> f32
                %v1180 = llvm.load %v52 : !llvm.ptr -> f32
                %v1181 = arith.mulf %v1180, %v1179 fastmath<contract> : f32
                %v1182 = arith.addf %v1178, %v1181 fastmath<contract> : f32
                llvm.store %v1182, %v50 : f32, !llvm.ptr
                %v1183 = arith.muli %v47, %v277 : i64
                %v1184 = arith.muli %v1150, %v276 : i64
                %v1185 = arith.addi %v1183, %v1184 : i64
                %v1186 = arith.muli %v45, %size_P : i64
                %v1187 = arith.addi %v1185, %v1186 : i64
                %v1188 = arith.addi %v1187, %v43 : i64
                %v1189 = llvm.getelementptr %in_x[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
                %v1191 = arith.muli %v47, %v304 : i64
                %v1192 = arith.muli %v1150, %v1 : i64
                %v1193 = arith.addi %v1191, %v1192 : i64
                %v1194 = arith.addi %v1193, %v33 : i64
                %v1195 = llvm.getelementptr %in_Bm[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
                %v1197 = llvm.load %v49 : !llvm.ptr -> f32
                %v1198 = arith.mulf %v1196, %v1197 fastmath<contract> : f32
                %v1199 = arith.muli %v47, %v304 : i64
                %v1200 = arith.muli %v1150, %v1 : i64
                %v1201 = arith.addi %v1199, %v1200 : i64
                %v1202 = arith.constant 8 : i64
                %v1203 = arith.addi %v1202, %v33 : i64
                %v1204 = arith.addi %v1201, %v1203 : i64
                %v1205 = llvm.getelementptr %in_Bm[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
                %v1207 = llvm.load %v50 : !llvm.ptr -> f32
                %v1208 = arith.mulf %v1206, %v1207 fastmath<contract> : f32
                %v1209 = arith.addf %v1198, %v1208 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1210, %v1211 = gpu.shuffle xor %v1209, %v732, %v296 : f32
                %v1212 = arith.addf %v1209, %v1210 fastmath<contract> : f32
                %v1213, %v1214 = gpu.shuffle xor %v1212, %v736, %v296 : f32
                %v1215 = arith.addf %v1212, %v1213 fastmath<contract> : f32
                %v1216, %v1217 = gpu.shuffle xor %v1215, %v740, %v296 : f32
                %v1218 = arith.addf %v1215, %v1216 fastmath<contract> : f32
                // end sum over the lanes
                %v1219 = arith.mulf %v1190, %v1218 fastmath<contract> : f32
                %v1220 = arith.mulf %v518, %v1197 fastmath<contract> : f32
                %v1221 = arith.mulf %v529, %v1207 fastmath<contract> : f32
                %v1222 = arith.addf %v1220, %v1221 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1223, %v1224 = gpu.shuffle xor %v1222, %v732, %v296 : f32
                %v1225 = arith.addf %v1222, %v1223 fastmath<contract> : f32
                %v1226, %v1227 = gpu.shuffle xor %v1225, %v736, %v296 : f32
                %v1228 = arith.addf %v1225, %v1226 fastmath<contract> : f32
                %v1229, %v1230 = gpu.shuffle xor %v1228, %v740, %v296 : f32
                %v1231 = arith.addf %v1228, %v1229 fastmath<contract> : f32
                // end sum over the lanes
                %v1232 = arith.mulf %v1141, %v1231 fastmath<contract> : f32
                %v1233 = arith.mulf %v1143, %v1232 fastmath<contract> : f32
                %v1234 = arith.negf %v1233 : f32
                %v1235 = arith.addf %v1219, %v1234 fastmath<contract> : f32
                %v1236 = arith.mulf %v1235, %v1147 fastmath<contract> : f32
                %v1237 = arith.mulf %v1143, %v1231 fastmath<contract> : f32
                %v1238 = arith.mulf %v1139, %v1237 fastmath<contract> : f32
                %v1239 = arith.mulf %v1141, %v1238 fastmath<contract> : f32
                %v1240 = llvm.load %v53 : !llvm.ptr -> f32
                %v1241 = arith.addf %v1240, %v1239 fastmath<contract> : f32
                llvm.store %v1241, %v53 : f32, !llvm.ptr
                %v1242 = arith.mulf %v1145, %v1197 fastmath<contract> : f32
                scf.if %v37 {
                  %v1243 = arith.muli %v39, %v1 : i64
                  %v1244 = arith.addi %v1243, %v33 : i64
                  %v1245 = arith.subi %v1150, %slice_first : i64
                  %v1246 = arith.muli %v1244, %slice_steps : i64
                  %v1247 = arith.addi %v1246, %v1245 : i64
                  %v1248 = llvm.getelementptr %part_Bm[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1242, %v1248 : f32, !llvm.ptr
                }
                %v1249 = arith.mulf %v1145, %v1207 fastmath<contract> : f32
                scf.if %v37 {
                  %v1250 = arith.addi %v32, %v33 : i64
                  %v1251 = arith.muli %v39, %v1 : i64
                  %v1252 = arith.addi %v1251, %v1250 : i64
                  %v1253 = arith.subi %v1150, %slice_first : i64
                  %v1254 = arith.muli %v1252, %slice_steps : i64
                  %v1255 = arith.addi %v1254, %v1253 : i64
                  %v1256 = llvm.getelementptr %part_Bm[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1249, %v1256 : f32, !llvm.ptr
                }
                %v1257 = arith.mulf %v545, %v1164 fastmath<contract> : f32
                scf.if %v37 {
                  %v1258 = arith.muli %v39, %v1 : i64
                  %v1259 = arith.addi %v1258, %v33 : i64
                  %v1260 = arith.subi %v1150, %slice_first : i64
                  %v1261 = arith.muli %v1259, %slice_steps : i64
                  %v1262 = arith.addi %v1261, %v1260 : i64
                  %v1263 = llvm.getelementptr %part_Cm[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1257, %v1263 : f32, !llvm.ptr
                }
                %v1264 = arith.mulf %v556, %v1164 fastmath<contract> : f32
                scf.if %v37 {
                  %v1265 = arith.addi %v32, %v33 : i64
                  %v1266 = arith.muli %v39, %v1 : i64
                  %v1267 = arith.addi %v1266, %v1265 : i64
                  %v1268 = arith.subi %v1150, %slice_first : i64
                  %v1269 = arith.muli %v1267, %slice_steps : i64
                  %v1270 = arith.addi %v1269, %v1268 : i64
                  %v1271 = llvm.getelementptr %part_Cm[%v1270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1264, %v1271 : f32, !llvm.ptr
                }
                %v1272 = llvm.load %v55 : !llvm.ptr -> f32
                %v1273 = arith.addf %v1272, %v1236 fastmath<contract> : f32
                llvm.store %v1273, %v55 : f32, !llvm.ptr
                %v1274 = arith.select %v37, %v1236, %v60 : f32
                // sum over the warp's outer points: shuffles
                %v1275, %v1276 = gpu.shuffle xor %v1274, %v800, %v296 : f32
                %v1277 = arith.addf %v1274, %v1275 fastmath<contract> : f32
                %v1278, %v1279 = gpu.shuffle xor %v1277, %v804, %v296 : f32
                %v1280 = arith.addf %v1277, %v1278 fastmath<contract> : f32
                %v1281 = arith.divui %v23, %v25 : i64
                %v1282 = arith.remui %v23, %v25 : i64
                %v1283 = arith.cmpi ult, %v1282, %v2 : i64
                %v1284 = arith.muli %v1281, %v811 : i64
                %v1285 = arith.addi %v1284, %v1149 : i64
                scf.if %v1283 {
                  %v1286 = llvm.getelementptr %v57[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1280, %v1286 : f32, !llvm.ptr
                }
                %v1287 = arith.addf %v1198, %v1208 fastmath<contract> : f32
                llvm.store %v1287, %v638 : f32, !llvm.ptr
                llvm.store %v1143, %v51 : f32, !llvm.ptr
                llvm.store %v1143, %v52 : f32, !llvm.ptr
                %v1288 = llvm.load %v638 : !llvm.ptr -> f32
                %v1289 = arith.select %v641, %v1288, %v1133 : f32
                %v1290 = arith.select %v641, %v1133, %v1288 : f32
                %v1291, %v1292 = gpu.shuffle xor %v1289, %v732, %v296 : f32
                %v1293 = arith.addf %v1290, %v1291 fastmath<contract> : f32
                %v1294 = arith.select %v644, %v1293, %v977 : f32
                %v1295 = arith.select %v644, %v977, %v1293 : f32
                %v1296, %v1297 = gpu.shuffle xor %v1294, %v736, %v296 : f32
                %v1298 = arith.addf %v1295, %v1296 fastmath<contract> : f32
                %v1299 = arith.addi %v344, %v75 : i64
                %v1301 = arith.cmpi slt, %v1300, %v649 : i32
                %v1302 = arith.cmpi eq, %v1300, %v655 : i32
                %v1303, %v1304 = gpu.shuffle idx %v400, %v115, %v296 : f32
                %v1305, %v1306 = gpu.shuffle idx %v401, %v115, %v296 : f32
                %v1307, %v1308 = gpu.shuffle idx %v405, %v115, %v296 : f32
                %v1309, %v1310 = gpu.shuffle idx %v408, %v115, %v296 : f32
                %v1311, %v1312 = gpu.shuffle idx %v417, %v115, %v296 : f32
                %v1313, %v1314 = gpu.shuffle idx %v422, %v115, %v296 : f32
                %v1315 = arith.addi %v346, %v80 : i64
                llvm.store %v60, %v638 : f32, !llvm.ptr
                %v1316 = arith.addi %v144, %v1299 : i64
                %v1317 = arith.muli %v47, %v304 : i64
                %v1318 = arith.muli %v1316, %v1 : i64
                %v1319 = arith.addi %v1317, %v1318 : i64
                %v1320 = arith.addi %v1319, %v33 : i64
                %v1321 = llvm.getelementptr %in_Cm[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
                %v1323 = arith.muli %v47, %v277 : i64
                %v1324 = arith.muli %v1316, %v276 : i64
                %v1325 = arith.addi %v1323, %v1324 : i64
                %v1326 = arith.muli %v45, %size_P : i64
                %v1327 = arith.addi %v1325, %v1326 : i64
                %v1328 = arith.addi %v1327, %v43 : i64
                %v1329 = llvm.getelementptr %dy_y[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
                %v1331 = arith.mulf %v1322, %v1330 fastmath<contract> : f32
                %v1332 = llvm.load %v49 : !llvm.ptr -> f32
                %v1333 = llvm.load %v51 : !llvm.ptr -> f32
                %v1334 = arith.mulf %v1333, %v1332 fastmath<contract> : f32
                %v1335 = arith.addf %v1331, %v1334 fastmath<contract> : f32
                llvm.store %v1335, %v49 : f32, !llvm.ptr
                %v1336 = arith.muli %v47, %v304 : i64
                %v1337 = arith.muli %v1316, %v1 : i64
                %v1338 = arith.addi %v1336, %v1337 : i64
                %v1339 = arith.constant 8 : i64
                %v1340 = arith.addi %v1339, %v33 : i64
                %v1341 = arith.addi %v1338, %v1340 : i64
                %v1342 = llvm.getelementptr %in_Cm[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1343 = llvm.load %v1342 : !llvm.ptr -> f32
                %v1344 = arith.mulf %v1343, %v1330 fastmath<contract> : f32
                %v1345 = llvm.load %v50 : !llvm.ptr -> f32
                %v1346 = llvm.load %v52 : !llvm.ptr -> f32
                %v1347 = arith.mulf %v1346, %v1345 fastmath<contract> : f32
                %v1348 = arith.addf %v1344, %v1347 fastmath<contract> : f32
                llvm.store %v1348, %v50 : f32, !llvm.ptr
                %v1349 = arith.muli %v47, %v277 : i64
                %v1350 = arith.muli %v1316, %v276 : i64
                %v1351 = arith.addi %v1349, %v1350 : i64
                %v1352 = arith.muli %v45, %size_P : i64
                %v1353 = arith.addi %v1351, %v1352 : i64
                %v1354 = arith.addi %v1353, %v43 : i64
                %v1355 = llvm.getelementptr %in_x[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
                %v1357 = arith.muli %v47, %v304 : i64
                %v1358 = arith.muli %v1316, %v1 : i64
                %v1359 = arith.addi %v1357, %v1358 : i64
                %v1360 = arith.addi %v1359, %v33 : i64
                %v1361 = llvm.getelementptr %in_Bm[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
                %v1363 = llvm.load %v49 : !llvm.ptr -> f32
                %v1364 = arith.mulf %v1362, %v1363 fastmath<contract> : f32
                %v1365 = arith.muli %v47, %v304 : i64
                %v1366 = arith.muli %v1316, %v1 : i64
                %v1367 = arith.addi %v1365, %v1366 : i64
                %v1368 = arith.constant 8 : i64
                %v1369 = arith.addi %v1368, %v33 : i64
                %v1370 = arith.addi %v1367, %v1369 : i64
                %v1371 = llvm.getelementptr %in_Bm[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1372 = llvm.load %v1371 : !llvm.ptr -> f32
                %v1373 = llvm.load %v50 : !llvm.ptr -> f32
                %v1374 = arith.mulf %v1372, %v1373 fastmath<contract> : f32
                %v1375 = arith.addf %v1364, %v1374 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1376, %v1377 = gpu.shuffle xor %v1375, %v732, %v296 : f32
                %v1378 = arith.addf %v1375, %v1376 fastmath<contract> : f32
                %v1379, %v1380 = gpu.shuffle xor %v1378, %v736, %v296 : f32
                %v1381 = arith.addf %v1378, %v1379 fastmath<contract> : f32
                %v1382, %v1383 = gpu.shuffle xor %v1381, %v740, %v296 : f32
                %v1384 = arith.addf %v1381, %v1382 fastmath<contract> : f32
                // end sum over the lanes
                %v1385 = arith.mulf %v1356, %v1384 fastmath<contract> : f32
                %v1386 = arith.mulf %v491, %v1363 fastmath<contract> : f32
                %v1387 = arith.mulf %v502, %v1373 fastmath<contract> : f32
                %v1388 = arith.addf %v1386, %v1387 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1389, %v1390 = gpu.shuffle xor %v1388, %v732, %v296 : f32
                %v1391 = arith.addf %v1388, %v1389 fastmath<contract> : f32
                %v1392, %v1393 = gpu.shuffle xor %v1391, %v736, %v296 : f32
                %v1394 = arith.addf %v1391, %v1392 fastmath<contract> : f32
                %v1395, %v1396 = gpu.shuffle xor %v1394, %v740, %v296 : f32
                %v1397 = arith.addf %v1394, %v1395 fastmath<contract> : f32
                // end sum over the lanes
                %v1398 = arith.mulf %v1307, %v1397 fastmath<contract> : f32
                %v1399 = arith.mulf %v1309, %v1398 fastmath<contract> : f32
                %v1400 = arith.negf %v1399 : f32
                %v1401 = arith.addf %v1385, %v1400 fastmath<contract> : f32
                %v1402 = arith.mulf %v1401, %v1313 fastmath<contract> : f32
                %v1403 = arith.mulf %v1309, %v1397 fastmath<contract> : f32
                %v1404 = arith.mulf %v1305, %v1403 fastmath<contract> : f32
                %v1405 = arith.mulf %v1307, %v1404 fastmath<contract> : f32
                %v1406 = llvm.load %v53 : !llvm.ptr -> f32
                %v1407 = arith.addf %v1406, %v1405 fastmath<contract> : f32
                llvm.store %v1407, %v53 : f32, !llvm.ptr
                %v1408 = arith.mulf %v1311, %v1363 fastmath<contract> : f32
                scf.if %v37 {
                  %v1409 = arith.muli %v39, %v1 : i64
                  %v1410 = arith.addi %v1409, %v33 : i64
                  %v1411 = arith.subi %v1316, %slice_first : i64
                  %v1412 = arith.muli %v1410, %slice_steps : i64
                  %v1413 = arith.addi %v1412, %v1411 : i64
                  %v1414 = llvm.getelementptr %part_Bm[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1408, %v1414 : f32, !llvm.ptr
                }
                %v1415 = arith.mulf %v1311, %v1373 fastmath<contract> : f32
                scf.if %v37 {
                  %v1416 = arith.addi %v32, %v33 : i64
                  %v1417 = arith.muli %v39, %v1 : i64
                  %v1418 = arith.addi %v1417, %v1416 : i64
                  %v1419 = arith.subi %v1316, %slice_first : i64
                  %v1420 = arith.muli %v1418, %slice_steps : i64
                  %v1421 = arith.addi %v1420, %v1419 : i64
                  %v1422 = llvm.getelementptr %part_Bm[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1415, %v1422 : f32, !llvm.ptr
                }
                %v1423 = arith.mulf %v518, %v1330 fastmath<contract> : f32
                scf.if %v37 {
                  %v1424 = arith.muli %v39, %v1 : i64
                  %v1425 = arith.addi %v1424, %v33 : i64
                  %v1426 = arith.subi %v1316, %slice_first : i64
                  %v1427 = arith.muli %v1425, %slice_steps : i64
                  %v1428 = arith.addi %v1427, %v1426 : i64
                  %v1429 = llvm.getelementptr %part_Cm[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1423, %v1429 : f32, !llvm.ptr
                }
                %v1430 = arith.mulf %v529, %v1330 fastmath<contract> : f32
                scf.if %v37 {
                  %v1431 = arith.addi %v32, %v33 : i64
                  %v1432 = arith.muli %v39, %v1 : i64
                  %v1433 = arith.addi %v1432, %v1431 : i64
                  %v1434 = arith.subi %v1316, %slice_first : i64
                  %v1435 = arith.muli %v1433, %slice_steps : i64
                  %v1436 = arith.addi %v1435, %v1434 : i64
                  %v1437 = llvm.getelementptr %part_Cm[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1430, %v1437 : f32, !llvm.ptr
                }
                %v1438 = llvm.load %v55 : !llvm.ptr -> f32
                %v1439 = arith.addf %v1438, %v1402 fastmath<contract> : f32
                llvm.store %v1439, %v55 : f32, !llvm.ptr
                %v1440 = arith.select %v37, %v1402, %v60 : f32
                // sum over the warp's outer points: shuffles
                %v1441, %v1442 = gpu.shuffle xor %v1440, %v800, %v296 : f32
                %v1443 = arith.addf %v1440, %v1441 fastmath<contract> : f32
                %v1444, %v1445 = gpu.shuffle xor %v1443, %v804, %v296 : f32
                %v1446 = arith.addf %v1443, %v1444 fastmath<contract> : f32
                %v1447 = arith.divui %v23, %v25 : i64
                %v1448 = arith.remui %v23, %v25 : i64
                %v1449 = arith.cmpi ult, %v1448, %v2 : i64
                %v1450 = arith.muli %v1447, %v811 : i64
                %v1451 = arith.addi %v1450, %v1315 : i64
                scf.if %v1449 {
                  %v1452 = llvm.getelementptr %v57[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1446, %v1452 : f32, !llvm.ptr
                }
                %v1453 = arith.addf %v1364, %v1374 fastmath<contract> : f32
                llvm.store %v1453, %v638 : f32, !llvm.ptr
                llvm.store %v1309, %v51 : f32, !llvm.ptr
                llvm.store %v1309, %v52 : f32, !llvm.ptr
                %v1454 = llvm.load %v638 : !llvm.ptr -> f32
                %v1455 = arith.addi %v344, %v70 : i64
                %v1456 = arith.cmpi slt, %v736, %v649 : i32
                %v1457 = arith.cmpi eq, %v736, %v655 : i32
                %v1458, %v1459 = gpu.shuffle idx %v400, %v111, %v296 : f32
                %v1460, %v1461 = gpu.shuffle idx %v401, %v111, %v296 : f32
                %v1462, %v1463 = gpu.shuffle idx %v405, %v111, %v296 : f32
                %v1464, %v1465 = gpu.shuffle idx %v408, %v111, %v296 : f32
                %v1466, %v1467 = gpu.shuffle idx %v417, %v111, %v296 : f32
                %v1468, %v1469 = gpu.shuffle idx %v422, %v111, %v296 : f32
                %v1470 = arith.addi %v346, %v85 : i64
                llvm.store %v60, %v638 : f32, !llvm.ptr
                %v1471 = arith.addi %v144, %v1455 : i64
                %v1472 = arith.muli %v47, %v304 : i64
                %v1473 = arith.muli %v1471, %v1 : i64
                %v1474 = arith.addi %v1472, %v1473 : i64
                %v1475 = arith.addi %v1474, %v33 : i64
                %v1476 = llvm.getelementptr %in_Cm[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
                %v1478 = arith.muli %v47, %v277 : i64
                %v1479 = arith.muli %v1471, %v276 : i64
                %v1480 = arith.addi %v1478, %v1479 : i64
                %v1481 = arith.muli %v45, %size_P : i64
                %v1482 = arith.addi %v1480, %v1481 : i64
                %v1483 = arith.addi %v1482, %v43 : i64
                %v1484 = llvm.getelementptr %dy_y[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
                %v1486 = arith.mulf %v1477, %v1485 fastmath<contract> : f32
                %v1487 = llvm.load %v49 : !llvm.ptr -> f32
                %v1488 = llvm.load %v51 : !llvm.ptr -> f32
                %v1489 = arith.mulf %v1488, %v1487 fastmath<contract> : f32
                %v1490 = arith.addf %v1486, %v1489 fastmath<contract> : f32
                llvm.store %v1490, %v49 : f32, !llvm.ptr
                %v1491 = arith.muli %v47, %v304 : i64
                %v1492 = arith.muli %v1471, %v1 : i64
                %v1493 = arith.addi %v1491, %v1492 : i64
                %v1494 = arith.constant 8 : i64
                %v1495 = arith.addi %v1494, %v33 : i64
                %v1496 = arith.addi %v1493, %v1495 : i64
                %v1497 = llvm.getelementptr %in_Cm[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1498 = llvm.load %v1497 : !llvm.ptr -> f32
                %v1499 = arith.mulf %v1498, %v1485 fastmath<contract> : f32
                %v1500 = llvm.load %v50 : !llvm.ptr -> f32
                %v1501 = llvm.load %v52 : !llvm.ptr -> f32
                %v1502 = arith.mulf %v1501, %v1500 fastmath<contract> : f32
                %v1503 = arith.addf %v1499, %v1502 fastmath<contract> : f32
                llvm.store %v1503, %v50 : f32, !llvm.ptr
                %v1504 = arith.muli %v47, %v277 : i64
                %v1505 = arith.muli %v1471, %v276 : i64
                %v1506 = arith.addi %v1504, %v1505 : i64
                %v1507 = arith.muli %v45, %size_P : i64
                %v1508 = arith.addi %v1506, %v1507 : i64
                %v1509 = arith.addi %v1508, %v43 : i64
                %v1510 = llvm.getelementptr %in_x[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
                %v1512 = arith.muli %v47, %v304 : i64
                %v1513 = arith.muli %v1471, %v1 : i64
                %v1514 = arith.addi %v1512, %v1513 : i64
                %v1515 = arith.addi %v1514, %v33 : i64
                %v1516 = llvm.getelementptr %in_Bm[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1517 = llvm.load %v1516 : !llvm.ptr -> f32
                %v1518 = llvm.load %v49 : !llvm.ptr -> f32
                %v1519 = arith.mulf %v1517, %v1518 fastmath<contract> : f32
                %v1520 = arith.muli %v47, %v304 : i64
                %v1521 = arith.muli %v1471, %v1 : i64
                %v1522 = arith.addi %v1520, %v1521 : i64
                %v1523 = arith.constant 8 : i64
                %v1524 = arith.addi %v1523, %v33 : i64
                %v1525 = arith.addi %v1522, %v1524 : i64
                %v1526 = llvm.getelementptr %in_Bm[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
                %v1528 = llvm.load %v50 : !llvm.ptr -> f32
                %v1529 = arith.mulf %v1527, %v1528 fastmath<contract> : f32
                %v1530 = arith.addf %v1519, %v1529 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1531, %v1532 = gpu.shuffle xor %v1530, %v732, %v296 : f32
                %v1533 = arith.addf %v1530, %v1531 fastmath<contract> : f32
                %v1534, %v1535 = gpu.shuffle xor %v1533, %v736, %v296 : f32
                %v1536 = arith.addf %v1533, %v1534 fastmath<contract> : f32
                %v1537, %v1538 = gpu.shuffle xor %v1536, %v740, %v296 : f32
                %v1539 = arith.addf %v1536, %v1537 fastmath<contract> : f32
                // end sum over the lanes
                %v1540 = arith.mulf %v1511, %v1539 fastmath<contract> : f32
                %v1541 = arith.mulf %v464, %v1518 fastmath<contract> : f32
                %v1542 = arith.mulf %v475, %v1528 fastmath<contract> : f32
                %v1543 = arith.addf %v1541, %v1542 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1544, %v1545 = gpu.shuffle xor %v1543, %v732, %v296 : f32
                %v1546 = arith.addf %v1543, %v1544 fastmath<contract> : f32
                %v1547, %v1548 = gpu.shuffle xor %v1546, %v736, %v296 : f32
                %v1549 = arith.addf %v1546, %v1547 fastmath<contract> : f32
                %v1550, %v1551 = gpu.shuffle xor %v1549, %v740, %v296 : f32
                %v1552 = arith.addf %v1549, %v1550 fastmath<contract> : f32
                // end sum over the lanes
                %v1553 = arith.mulf %v1462, %v1552 fastmath<contract> : f32
                %v1554 = arith.mulf %v1464, %v1553 fastmath<contract> : f32
                %v1555 = arith.negf %v1554 : f32
                %v1556 = arith.addf %v1540, %v1555 fastmath<contract> : f32
                %v1557 = arith.mulf %v1556, %v1468 fastmath<contract> : f32
                %v1558 = arith.mulf %v1464, %v1552 fastmath<contract> : f32
                %v1559 = arith.mulf %v1460, %v1558 fastmath<contract> : f32
                %v1560 = arith.mulf %v1462, %v1559 fastmath<contract> : f32
                %v1561 = llvm.load %v53 : !llvm.ptr -> f32
                %v1562 = arith.addf %v1561, %v1560 fastmath<contract> : f32
                llvm.store %v1562, %v53 : f32, !llvm.ptr
                %v1563 = arith.mulf %v1466, %v1518 fastmath<contract> : f32
                scf.if %v37 {
                  %v1564 = arith.muli %v39, %v1 : i64
                  %v1565 = arith.addi %v1564, %v33 : i64
                  %v1566 = arith.subi %v1471, %slice_first : i64
                  %v1567 = arith.muli %v1565, %slice_steps : i64
                  %v1568 = arith.addi %v1567, %v1566 : i64
                  %v1569 = llvm.getelementptr %part_Bm[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1563, %v1569 : f32, !llvm.ptr
                }
                %v1570 = arith.mulf %v1466, %v1528 fastmath<contract> : f32
                scf.if %v37 {
                  %v1571 = arith.addi %v32, %v33 : i64
                  %v1572 = arith.muli %v39, %v1 : i64
                  %v1573 = arith.addi %v1572, %v1571 : i64
                  %v1574 = arith.subi %v1471, %slice_first : i64
                  %v1575 = arith.muli %v1573, %slice_steps : i64
                  %v1576 = arith.addi %v1575, %v1574 : i64
                  %v1577 = llvm.getelementptr %part_Bm[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1570, %v1577 : f32, !llvm.ptr
                }
                %v1578 = arith.mulf %v491, %v1485 fastmath<contract> : f32
                scf.if %v37 {
                  %v1579 = arith.muli %v39, %v1 : i64
                  %v1580 = arith.addi %v1579, %v33 : i64
                  %v1581 = arith.subi %v1471, %slice_first : i64
                  %v1582 = arith.muli %v1580, %slice_steps : i64
                  %v1583 = arith.addi %v1582, %v1581 : i64
                  %v1584 = llvm.getelementptr %part_Cm[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1578, %v1584 : f32, !llvm.ptr
                }
                %v1585 = arith.mulf %v502, %v1485 fastmath<contract> : f32
                scf.if %v37 {
                  %v1586 = arith.addi %v32, %v33 : i64
                  %v1587 = arith.muli %v39, %v1 : i64
                  %v1588 = arith.addi %v1587, %v1586 : i64
                  %v1589 = arith.subi %v1471, %slice_first : i64
                  %v1590 = arith.muli %v1588, %slice_steps : i64
                  %v1591 = arith.addi %v1590, %v1589 : i64
                  %v1592 = llvm.getelementptr %part_Cm[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1585, %v1592 : f32, !llvm.ptr
                }
                %v1593 = llvm.load %v55 : !llvm.ptr -> f32
                %v1594 = arith.addf %v1593, %v1557 fastmath<contract> : f32
                llvm.store %v1594, %v55 : f32, !llvm.ptr
                %v1595 = arith.select %v37, %v1557, %v60 : f32
                // sum over the warp's outer points: shuffles
                %v1596, %v1597 = gpu.shuffle xor %v1595, %v800, %v296 : f32
                %v1598 = arith.addf %v1595, %v1596 fastmath<contract> : f32
                %v1599, %v1600 = gpu.shuffle xor %v1598, %v804, %v296 : f32
                %v1601 = arith.addf %v1598, %v1599 fastmath<contract> : f32
                %v1602 = arith.divui %v23, %v25 : i64
                %v1603 = arith.remui %v23, %v25 : i64
                %v1604 = arith.cmpi ult, %v1603, %v2 : i64
                %v1605 = arith.muli %v1602, %v811 : i64
                %v1606 = arith.addi %v1605, %v1470 : i64
                scf.if %v1604 {
                  %v1607 = llvm.getelementptr %v57[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1601, %v1607 : f32, !llvm.ptr
                }
                %v1608 = arith.addf %v1519, %v1529 fastmath<contract> : f32
                llvm.store %v1608, %v638 : f32, !llvm.ptr
                llvm.store %v1464, %v51 : f32, !llvm.ptr
                llvm.store %v1464, %v52 : f32, !llvm.ptr
                %v1609 = llvm.load %v638 : !llvm.ptr -> f32
                %v1610 = arith.select %v641, %v1609, %v1454 : f32
                %v1611 = arith.select %v641, %v1454, %v1609 : f32
                %v1612, %v1613 = gpu.shuffle xor %v1610, %v732, %v296 : f32
                %v1614 = arith.addf %v1611, %v1612 fastmath<contract> : f32
                %v1615 = arith.addi %v344, %v2 : i64
                %v1616 = arith.cmpi slt, %v732, %v649 : i32
                %v1617 = arith.cmpi eq, %v732, %v655 : i32
                %v1618, %v1619 = gpu.shuffle idx %v400, %v107, %v296 : f32
                %v1620, %v1621 = gpu.shuffle idx %v401, %v107, %v296 : f32
                %v1622, %v1623 = gpu.shuffle idx %v405, %v107, %v296 : f32
                %v1624, %v1625 = gpu.shuffle idx %v408, %v107, %v296 : f32
                %v1626, %v1627 = gpu.shuffle idx %v417, %v107, %v296 : f32
                %v1628, %v1629 = gpu.shuffle idx %v422, %v107, %v296 : f32
                %v1630 = arith.addi %v346, %v90 : i64
                llvm.store %v60, %v638 : f32, !llvm.ptr
                %v1631 = arith.addi %v144, %v1615 : i64
                %v1632 = arith.muli %v47, %v304 : i64
                %v1633 = arith.muli %v1631, %v1 : i64
                %v1634 = arith.addi %v1632, %v1633 : i64
                %v1635 = arith.addi %v1634, %v33 : i64
                %v1636 = llvm.getelementptr %in_Cm[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
                %v1638 = arith.muli %v47, %v277 : i64
                %v1639 = arith.muli %v1631, %v276 : i64
                %v1640 = arith.addi %v1638, %v1639 : i64
                %v1641 = arith.muli %v45, %size_P : i64
                %v1642 = arith.addi %v1640, %v1641 : i64
                %v1643 = arith.addi %v1642, %v43 : i64
                %v1644 = llvm.getelementptr %dy_y[%v1643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1645 = llvm.load %v1644 : !llvm.ptr -> f32
                %v1646 = arith.mulf %v1637, %v1645 fastmath<contract> : f32
                %v1647 = llvm.load %v49 : !llvm.ptr -> f32
                %v1648 = llvm.load %v51 : !llvm.ptr -> f32
                %v1649 = arith.mulf %v1648, %v1647 fastmath<contract> : f32
                %v1650 = arith.addf %v1646, %v1649 fastmath<contract> : f32
                llvm.store %v1650, %v49 : f32, !llvm.ptr
                %v1651 = arith.muli %v47, %v304 : i64
                %v1652 = arith.muli %v1631, %v1 : i64
                %v1653 = arith.addi %v1651, %v1652 : i64
                %v1654 = arith.constant 8 : i64
                %v1655 = arith.addi %v1654, %v33 : i64
                %v1656 = arith.addi %v1653, %v1655 : i64
                %v1657 = llvm.getelementptr %in_Cm[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
                %v1659 = arith.mulf %v1658, %v1645 fastmath<contract> : f32
                %v1660 = llvm.load %v50 : !llvm.ptr -> f32
                %v1661 = llvm.load %v52 : !llvm.ptr -> f32
                %v1662 = arith.mulf %v1661, %v1660 fastmath<contract> : f32
                %v1663 = arith.addf %v1659, %v1662 fastmath<contract> : f32
                llvm.store %v1663, %v50 : f32, !llvm.ptr
                %v1664 = arith.muli %v47, %v277 : i64
                %v1665 = arith.muli %v1631, %v276 : i64
                %v1666 = arith.addi %v1664, %v1665 : i64
                %v1667 = arith.muli %v45, %size_P : i64
                %v1668 = arith.addi %v1666, %v1667 : i64
                %v1669 = arith.addi %v1668, %v43 : i64
                %v1670 = llvm.getelementptr %in_x[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1671 = llvm.load %v1670 : !llvm.ptr -> f32
                %v1672 = arith.muli %v47, %v304 : i64
                %v1673 = arith.muli %v1631, %v1 : i64
                %v1674 = arith.addi %v1672, %v1673 : i64
                %v1675 = arith.addi %v1674, %v33 : i64
                %v1676 = llvm.getelementptr %in_Bm[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
                %v1678 = llvm.load %v49 : !llvm.ptr -> f32
                %v1679 = arith.mulf %v1677, %v1678 fastmath<contract> : f32
                %v1680 = arith.muli %v47, %v304 : i64
                %v1681 = arith.muli %v1631, %v1 : i64
                %v1682 = arith.addi %v1680, %v1681 : i64
                %v1683 = arith.constant 8 : i64
                %v1684 = arith.addi %v1683, %v33 : i64
                %v1685 = arith.addi %v1682, %v1684 : i64
                %v1686 = llvm.getelementptr %in_Bm[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
                %v1688 = llvm.load %v50 : !llvm.ptr -> f32
                %v1689 = arith.mulf %v1687, %v1688 fastmath<contract> : f32
                %v1690 = arith.addf %v1679, %v1689 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1691, %v1692 = gpu.shuffle xor %v1690, %v732, %v296 : f32
                %v1693 = arith.addf %v1690, %v1691 fastmath<contract> : f32
                %v1694, %v1695 = gpu.shuffle xor %v1693, %v736, %v296 : f32
                %v1696 = arith.addf %v1693, %v1694 fastmath<contract> : f32
                %v1697, %v1698 = gpu.shuffle xor %v1696, %v740, %v296 : f32
                %v1699 = arith.addf %v1696, %v1697 fastmath<contract> : f32
                // end sum over the lanes
                %v1700 = arith.mulf %v1671, %v1699 fastmath<contract> : f32
                %v1701 = arith.mulf %v437, %v1678 fastmath<contract> : f32
                %v1702 = arith.mulf %v448, %v1688 fastmath<contract> : f32
                %v1703 = arith.addf %v1701, %v1702 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1704, %v1705 = gpu.shuffle xor %v1703, %v732, %v296 : f32
                %v1706 = arith.addf %v1703, %v1704 fastmath<contract> : f32
                %v1707, %v1708 = gpu.shuffle xor %v1706, %v736, %v296 : f32
                %v1709 = arith.addf %v1706, %v1707 fastmath<contract> : f32
                %v1710, %v1711 = gpu.shuffle xor %v1709, %v740, %v296 : f32
                %v1712 = arith.addf %v1709, %v1710 fastmath<contract> : f32
                // end sum over the lanes
                %v1713 = arith.mulf %v1622, %v1712 fastmath<contract> : f32
                %v1714 = arith.mulf %v1624, %v1713 fastmath<contract> : f32
                %v1715 = arith.negf %v1714 : f32
                %v1716 = arith.addf %v1700, %v1715 fastmath<contract> : f32
                %v1717 = arith.mulf %v1716, %v1628 fastmath<contract> : f32
                %v1718 = arith.mulf %v1624, %v1712 fastmath<contract> : f32
                %v1719 = arith.mulf %v1620, %v1718 fastmath<contract> : f32
                %v1720 = arith.mulf %v1622, %v1719 fastmath<contract> : f32
                %v1721 = llvm.load %v53 : !llvm.ptr -> f32
                %v1722 = arith.addf %v1721, %v1720 fastmath<contract> : f32
                llvm.store %v1722, %v53 : f32, !llvm.ptr
                %v1723 = arith.mulf %v1626, %v1678 fastmath<contract> : f32
                scf.if %v37 {
                  %v1724 = arith.muli %v39, %v1 : i64
                  %v1725 = arith.addi %v1724, %v33 : i64
                  %v1726 = arith.subi %v1631, %slice_first : i64
                  %v1727 = arith.muli %v1725, %slice_steps : i64
                  %v1728 = arith.addi %v1727, %v1726 : i64
                  %v1729 = llvm.getelementptr %part_Bm[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1723, %v1729 : f32, !llvm.ptr
                }
                %v1730 = arith.mulf %v1626, %v1688 fastmath<contract> : f32
                scf.if %v37 {
                  %v1731 = arith.addi %v32, %v33 : i64
                  %v1732 = arith.muli %v39, %v1 : i64
                  %v1733 = arith.addi %v1732, %v1731 : i64
                  %v1734 = arith.subi %v1631, %slice_first : i64
                  %v1735 = arith.muli %v1733, %slice_steps : i64
                  %v1736 = arith.addi %v1735, %v1734 : i64
                  %v1737 = llvm.getelementptr %part_Bm[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1730, %v1737 : f32, !llvm.ptr
                }
                %v1738 = arith.mulf %v464, %v1645 fastmath<contract> : f32
                scf.if %v37 {
                  %v1739 = arith.muli %v39, %v1 : i64
                  %v1740 = arith.addi %v1739, %v33 : i64
                  %v1741 = arith.subi %v1631, %slice_first : i64
                  %v1742 = arith.muli %v1740, %slice_steps : i64
                  %v1743 = arith.addi %v1742, %v1741 : i64
                  %v1744 = llvm.getelementptr %part_Cm[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1738, %v1744 : f32, !llvm.ptr
                }
                %v1745 = arith.mulf %v475, %v1645 fastmath<contract> : f32
                scf.if %v37 {
                  %v1746 = arith.addi %v32, %v33 : i64
                  %v1747 = arith.muli %v39, %v1 : i64
                  %v1748 = arith.addi %v1747, %v1746 : i64
                  %v1749 = arith.subi %v1631, %slice_first : i64
                  %v1750 = arith.muli %v1748, %slice_steps : i64
                  %v1751 = arith.addi %v1750, %v1749 : i64
                  %v1752 = llvm.getelementptr %part_Cm[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1745, %v1752 : f32, !llvm.ptr
                }
                %v1753 = llvm.load %v55 : !llvm.ptr -> f32
                %v1754 = arith.addf %v1753, %v1717 fastmath<contract> : f32
                llvm.store %v1754, %v55 : f32, !llvm.ptr
                %v1755 = arith.select %v37, %v1717, %v60 : f32
                // sum over the warp's outer points: shuffles
                %v1756, %v1757 = gpu.shuffle xor %v1755, %v800, %v296 : f32
                %v1758 = arith.addf %v1755, %v1756 fastmath<contract> : f32
                %v1759, %v1760 = gpu.shuffle xor %v1758, %v804, %v296 : f32
                %v1761 = arith.addf %v1758, %v1759 fastmath<contract> : f32
                %v1762 = arith.divui %v23, %v25 : i64
                %v1763 = arith.remui %v23, %v25 : i64
                %v1764 = arith.cmpi ult, %v1763, %v2 : i64
                %v1765 = arith.muli %v1762, %v811 : i64
                %v1766 = arith.addi %v1765, %v1630 : i64
                scf.if %v1764 {
                  %v1767 = llvm.getelementptr %v57[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1761, %v1767 : f32, !llvm.ptr
                }
                %v1768 = arith.addf %v1679, %v1689 fastmath<contract> : f32
                llvm.store %v1768, %v638 : f32, !llvm.ptr
                llvm.store %v1624, %v51 : f32, !llvm.ptr
                llvm.store %v1624, %v52 : f32, !llvm.ptr
                %v1769 = llvm.load %v638 : !llvm.ptr -> f32
                %v1771 = arith.cmpi slt, %v1770, %v649 : i32
                %v1772 = arith.cmpi eq, %v1770, %v655 : i32
                %v1773, %v1774 = gpu.shuffle idx %v400, %v103, %v296 : f32
                %v1775, %v1776 = gpu.shuffle idx %v401, %v103, %v296 : f32
                %v1777, %v1778 = gpu.shuffle idx %v405, %v103, %v296 : f32
                %v1779, %v1780 = gpu.shuffle idx %v408, %v103, %v296 : f32
                %v1781, %v1782 = gpu.shuffle idx %v417, %v103, %v296 : f32
                %v1783, %v1784 = gpu.shuffle idx %v422, %v103, %v296 : f32
                %v1785 = arith.addi %v346, %v96 : i64
                llvm.store %v60, %v638 : f32, !llvm.ptr
                %v1786 = arith.addi %v144, %v344 : i64
                %v1787 = arith.muli %v47, %v304 : i64
                %v1788 = arith.muli %v1786, %v1 : i64
                %v1789 = arith.addi %v1787, %v1788 : i64
                %v1790 = arith.addi %v1789, %v33 : i64
                %v1791 = llvm.getelementptr %in_Cm[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
                %v1793 = arith.muli %v47, %v277 : i64
                %v1794 = arith.muli %v1786, %v276 : i64
                %v1795 = arith.addi %v1793, %v1794 : i64
                %v1796 = arith.muli %v45, %size_P : i64
                %v1797 = arith.addi %v1795, %v1796 : i64
                %v1798 = arith.addi %v1797, %v43 : i64
                %v1799 = llvm.getelementptr %dy_y[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1800 = llvm.load %v1799 : !llvm.ptr -> f32
                %v1801 = arith.mulf %v1792, %v1800 fastmath<contract> : f32
                %v1802 = llvm.load %v49 : !llvm.ptr -> f32
                %v1803 = llvm.load %v51 : !llvm.ptr -> f32
                %v1804 = arith.mulf %v1803, %v1802 fastmath<contract> : f32
                %v1805 = arith.addf %v1801, %v1804 fastmath<contract> : f32
                llvm.store %v1805, %v49 : f32, !llvm.ptr
                %v1806 = arith.muli %v47, %v304 : i64
                %v1807 = arith.muli %v1786, %v1 : i64
                %v1808 = arith.addi %v1806, %v1807 : i64
                %v1809 = arith.constant 8 : i64
                %v1810 = arith.addi %v1809, %v33 : i64
                %v1811 = arith.addi %v1808, %v1810 : i64
                %v1812 = llvm.getelementptr %in_Cm[%v1811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1813 = llvm.load %v1812 : !llvm.ptr -> f32
                %v1814 = arith.mulf %v1813, %v1800 fastmath<contract> : f32
                %v1815 = llvm.load %v50 : !llvm.ptr -> f32
                %v1816 = llvm.load %v52 : !llvm.ptr -> f32
                %v1817 = arith.mulf %v1816, %v1815 fastmath<contract> : f32
                %v1818 = arith.addf %v1814, %v1817 fastmath<contract> : f32
                llvm.store %v1818, %v50 : f32, !llvm.ptr
                %v1819 = arith.muli %v47, %v277 : i64
                %v1820 = arith.muli %v1786, %v276 : i64
                %v1821 = arith.addi %v1819, %v1820 : i64
                %v1822 = arith.muli %v45, %size_P : i64
                %v1823 = arith.addi %v1821, %v1822 : i64
                %v1824 = arith.addi %v1823, %v43 : i64
                %v1825 = llvm.getelementptr %in_x[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1826 = llvm.load %v1825 : !llvm.ptr -> f32
                %v1827 = arith.muli %v47, %v304 : i64
                %v1828 = arith.muli %v1786, %v1 : i64
                %v1829 = arith.addi %v1827, %v1828 : i64
                %v1830 = arith.addi %v1829, %v33 : i64
                %v1831 = llvm.getelementptr %in_Bm[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1832 = llvm.load %v1831 : !llvm.ptr -> f32
                %v1833 = llvm.load %v49 : !llvm.ptr -> f32
                %v1834 = arith.mulf %v1832, %v1833 fastmath<contract> : f32
                %v1835 = arith.muli %v47, %v304 : i64
                %v1836 = arith.muli %v1786, %v1 : i64
                %v1837 = arith.addi %v1835, %v1836 : i64
                %v1838 = arith.constant 8 : i64
                %v1839 = arith.addi %v1838, %v33 : i64
                %v1840 = arith.addi %v1837, %v1839 : i64
                %v1841 = llvm.getelementptr %in_Bm[%v1840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1842 = llvm.load %v1841 : !llvm.ptr -> f32
                %v1843 = llvm.load %v50 : !llvm.ptr -> f32
                %v1844 = arith.mulf %v1842, %v1843 fastmath<contract> : f32
                %v1845 = arith.addf %v1834, %v1844 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1846, %v1847 = gpu.shuffle xor %v1845, %v732, %v296 : f32
                %v1848 = arith.addf %v1845, %v1846 fastmath<contract> : f32
                %v1849, %v1850 = gpu.shuffle xor %v1848, %v736, %v296 : f32
                %v1851 = arith.addf %v1848, %v1849 fastmath<contract> : f32
                %v1852, %v1853 = gpu.shuffle xor %v1851, %v740, %v296 : f32
                %v1854 = arith.addf %v1851, %v1852 fastmath<contract> : f32
                // end sum over the lanes
                %v1855 = arith.mulf %v1826, %v1854 fastmath<contract> : f32
                %v1856 = arith.mulf %v357, %v1833 fastmath<contract> : f32
                %v1857 = arith.mulf %v366, %v1843 fastmath<contract> : f32
                %v1858 = arith.addf %v1856, %v1857 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1859, %v1860 = gpu.shuffle xor %v1858, %v732, %v296 : f32
                %v1861 = arith.addf %v1858, %v1859 fastmath<contract> : f32
                %v1862, %v1863 = gpu.shuffle xor %v1861, %v736, %v296 : f32
                %v1864 = arith.addf %v1861, %v1862 fastmath<contract> : f32
                %v1865, %v1866 = gpu.shuffle xor %v1864, %v740, %v296 : f32
                %v1867 = arith.addf %v1864, %v1865 fastmath<contract> : f32
                // end sum over the lanes
                %v1868 = arith.mulf %v1777, %v1867 fastmath<contract> : f32
                %v1869 = arith.mulf %v1779, %v1868 fastmath<contract> : f32
                %v1870 = arith.negf %v1869 : f32
                %v1871 = arith.addf %v1855, %v1870 fastmath<contract> : f32
                %v1872 = arith.mulf %v1871, %v1783 fastmath<contract> : f32
                %v1873 = arith.mulf %v1779, %v1867 fastmath<contract> : f32
                %v1874 = arith.mulf %v1775, %v1873 fastmath<contract> : f32
                %v1875 = arith.mulf %v1777, %v1874 fastmath<contract> : f32
                %v1876 = llvm.load %v53 : !llvm.ptr -> f32
                %v1877 = arith.addf %v1876, %v1875 fastmath<contract> : f32
                llvm.store %v1877, %v53 : f32, !llvm.ptr
                %v1878 = arith.mulf %v1781, %v1833 fastmath<contract> : f32
                scf.if %v37 {
                  %v1879 = arith.muli %v39, %v1 : i64
                  %v1880 = arith.addi %v1879, %v33 : i64
                  %v1881 = arith.subi %v1786, %slice_first : i64
                  %v1882 = arith.muli %v1880, %slice_steps : i64
                  %v1883 = arith.addi %v1882, %v1881 : i64
                  %v1884 = llvm.getelementptr %part_Bm[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1878, %v1884 : f32, !llvm.ptr
                }
                %v1885 = arith.mulf %v1781, %v1843 fastmath<contract> : f32
                scf.if %v37 {
                  %v1886 = arith.addi %v32, %v33 : i64
                  %v1887 = arith.muli %v39, %v1 : i64
                  %v1888 = arith.addi %v1887, %v1886 : i64
                  %v1889 = arith.subi %v1786, %slice_first : i64
                  %v1890 = arith.muli %v1888, %slice_steps : i64
                  %v1891 = arith.addi %v1890, %v1889 : i64
                  %v1892 = llvm.getelementptr %part_Bm[%v1891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1885, %v1892 : f32, !llvm.ptr
                }
                %v1893 = arith.mulf %v437, %v1800 fastmath<contract> : f32
                scf.if %v37 {
                  %v1894 = arith.muli %v39, %v1 : i64
                  %v1895 = arith.addi %v1894, %v33 : i64
                  %v1896 = arith.subi %v1786, %slice_first : i64
                  %v1897 = arith.muli %v1895, %slice_steps : i64
                  %v1898 = arith.addi %v1897, %v1896 : i64
                  %v1899 = llvm.getelementptr %part_Cm[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1893, %v1899 : f32, !llvm.ptr
                }
                %v1900 = arith.mulf %v448, %v1800 fastmath<contract> : f32
                scf.if %v37 {
                  %v1901 = arith.addi %v32, %v33 : i64
                  %v1902 = arith.muli %v39, %v1 : i64
                  %v1903 = arith.addi %v1902, %v1901 : i64
                  %v1904 = arith.subi %v1786, %slice_first : i64
                  %v1905 = arith.muli %v1903, %slice_steps : i64
                  %v1906 = arith.addi %v1905, %v1904 : i64
                  %v1907 = llvm.getelementptr %part_Cm[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1900, %v1907 : f32, !llvm.ptr
                }
                %v1908 = llvm.load %v55 : !llvm.ptr -> f32
                %v1909 = arith.addf %v1908, %v1872 fastmath<contract> : f32
                llvm.store %v1909, %v55 : f32, !llvm.ptr
                %v1910 = arith.select %v37, %v1872, %v60 : f32
                // sum over the warp's outer points: shuffles
                %v1911, %v1912 = gpu.shuffle xor %v1910, %v800, %v296 : f32
                %v1913 = arith.addf %v1910, %v1911 fastmath<contract> : f32
                %v1914, %v1915 = gpu.shuffle xor %v1913, %v804, %v296 : f32
                %v1916 = arith.addf %v1913, %v1914 fastmath<contract> : f32
                %v1917 = arith.divui %v23, %v25 : i64
                %v1918 = arith.remui %v23, %v25 : i64
                %v1919 = arith.cmpi ult, %v1918, %v2 : i64
                %v1920 = arith.muli %v1917, %v811 : i64
                %v1921 = arith.addi %v1920, %v1785 : i64
                scf.if %v1919 {
                  %v1922 = llvm.getelementptr %v57[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1916, %v1922 : f32, !llvm.ptr
                }
                %v1923 = arith.addf %v1834, %v1844 fastmath<contract> : f32
                llvm.store %v1923, %v638 : f32, !llvm.ptr
                llvm.store %v1779, %v51 : f32, !llvm.ptr
                llvm.store %v1779, %v52 : f32, !llvm.ptr
                %v1924 = llvm.load %v638 : !llvm.ptr -> f32
                %v1925 = arith.select %v641, %v1924, %v1769 : f32
                %v1926 = arith.select %v641, %v1769, %v1924 : f32
                %v1927, %v1928 = gpu.shuffle xor %v1925, %v732, %v296 : f32
                %v1929 = arith.addf %v1926, %v1927 fastmath<contract> : f32
                %v1930 = arith.select %v644, %v1929, %v1614 : f32
                %v1931 = arith.select %v644, %v1614, %v1929 : f32
                %v1932, %v1933 = gpu.shuffle xor %v1930, %v736, %v296 : f32
                %v1934 = arith.addf %v1931, %v1932 fastmath<contract> : f32
                %v1935 = arith.select %v647, %v1934, %v1298 : f32
                %v1936 = arith.select %v647, %v1298, %v1934 : f32
                %v1937, %v1938 = gpu.shuffle xor %v1935, %v740, %v296 : f32
                %v1939 = arith.addf %v1936, %v1937 fastmath<contract> : f32
                %v1940 = arith.addi %v344, %v33 : i64
                %v1941 = arith.cmpi slt, %v1940, %v146 : i64
                %v1942 = arith.andi %v37, %v1941 : i1
                scf.if %v1942 {
                  %v1943 = arith.addi %v144, %v1940 : i64
                  // the gradients of this lane's own step
                  %v1944 = llvm.getelementptr %in_Dskip[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1945 = llvm.load %v1944 : !llvm.ptr -> f32
                  %v1946 = arith.muli %v47, %v277 : i64
                  %v1947 = arith.muli %v1943, %v276 : i64
                  %v1948 = arith.addi %v1946, %v1947 : i64
                  %v1949 = arith.muli %v45, %size_P : i64
                  %v1950 = arith.addi %v1948, %v1949 : i64
                  %v1951 = arith.addi %v1950, %v43 : i64
                  %v1952 = llvm.getelementptr %dy_y[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1953 = llvm.load %v1952 : !llvm.ptr -> f32
                  %v1954 = arith.mulf %v1945, %v1953 fastmath<contract> : f32
                  %v1955 = arith.mulf %v400, %v1939 fastmath<contract> : f32
                  %v1956 = arith.addf %v1954, %v1955 fastmath<contract> : f32
                  %v1957 = arith.muli %v47, %v277 : i64
                  %v1958 = arith.muli %v1943, %v276 : i64
                  %v1959 = arith.addi %v1957, %v1958 : i64
                  %v1960 = arith.muli %v45, %size_P : i64
                  %v1961 = arith.addi %v1959, %v1960 : i64
                  %v1962 = arith.addi %v1961, %v43 : i64
                  %v1963 = llvm.getelementptr %dx_x[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1956, %v1963 : f32, !llvm.ptr
                  %v1964 = arith.muli %v47, %v277 : i64
                  %v1965 = arith.muli %v1943, %v276 : i64
                  %v1966 = arith.addi %v1964, %v1965 : i64
                  %v1967 = arith.muli %v45, %size_P : i64
                  %v1968 = arith.addi %v1966, %v1967 : i64
                  %v1969 = arith.addi %v1968, %v43 : i64
                  %v1970 = llvm.getelementptr %in_x[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1971 = llvm.load %v1970 : !llvm.ptr -> f32
                  %v1972 = arith.mulf %v1971, %v1953 fastmath<contract> : f32
                  %v1973 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1974 = arith.addf %v1973, %v1972 fastmath<contract> : f32
                  llvm.store %v1974, %v54 : f32, !llvm.ptr
                }
              } else {
                %v1975 = arith.subi %v146, %v2 : i64
                %v1976 = arith.muli %v343, %v4 : i64
                %v1977 = arith.subi %v4, %v2 : i64
                %v1978 = arith.minsi %v39, %v1977 : i64
                %v1979 = arith.addi %v1976, %v1978 : i64
                %v1980 = arith.muli %v1979, %v1 : i64
                %v1981 = arith.addi %v1980, %v33 : i64
                %v1982 = llvm.getelementptr %scratch_S[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1983 = llvm.load %v1982 : !llvm.ptr -> f32
                %v1984 = arith.muli %v343, %v4 : i64
                %v1985 = arith.subi %v4, %v2 : i64
                %v1986 = arith.minsi %v39, %v1985 : i64
                %v1987 = arith.addi %v1984, %v1986 : i64
                %v1988 = arith.muli %v1987, %v1 : i64
                %v1989 = arith.addi %v1988, %v32 : i64
                %v1990 = arith.addi %v1989, %v33 : i64
                %v1991 = llvm.getelementptr %scratch_S[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1992 = llvm.load %v1991 : !llvm.ptr -> f32
                %v1993 = arith.addi %v344, %v33 : i64
                %v1994 = arith.minsi %v1993, %v1975 : i64
                %v1995 = arith.addi %v144, %v1994 : i64
                %v1996 = arith.subi %v1995, %v144 : i64
                %v1997 = llvm.getelementptr %v59[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1998 = llvm.load %v1997 : !llvm.ptr -> f32
                %v1999 = llvm.getelementptr %in_dt_bias[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
                %v2001 = arith.addf %v1998, %v2000 fastmath<contract> : f32
                %v2002 = arith.maximumf %v2001, %v60 : f32
                %v2003 = llvm.call_intrinsic "llvm.fabs.f32"(%v2001) : (f32) -> f32
                %v2004 = arith.negf %v2003 : f32
                %v2005 = arith.mulf %v2004, %v237 fastmath<contract> : f32
                %v2006 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2005) : (f32) -> f32
                %v2007 = arith.addf %v61, %v2006 fastmath<contract> : f32
                %v2008 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2007) : (f32) -> f32
                %v2009 = arith.mulf %v2008, %v242 fastmath<contract> : f32
                %v2010 = arith.mulf %v244, %v2006 fastmath<contract> : f32
                %v2011 = arith.addf %v2010, %v246 fastmath<contract> : f32
                %v2012 = arith.mulf %v2011, %v2006 fastmath<contract> : f32
                %v2013 = arith.addf %v2012, %v249 fastmath<contract> : f32
                %v2014 = arith.mulf %v2013, %v2006 fastmath<contract> : f32
                %v2015 = arith.addf %v2014, %v252 fastmath<contract> : f32
                %v2016 = arith.mulf %v2015, %v2006 fastmath<contract> : f32
                %v2017 = arith.addf %v2016, %v255 fastmath<contract> : f32
                %v2018 = arith.mulf %v2017, %v2006 fastmath<contract> : f32
                %v2019 = arith.addf %v2018, %v258 fastmath<contract> : f32
                %v2020 = arith.mulf %v2019, %v2006 fastmath<contract> : f32
                %v2021 = arith.addf %v2020, %v61 fastmath<contract> : f32
                %v2022 = arith.mulf %v2021, %v2006 fastmath<contract> : f32
                %v2023 = llvm.call_intrinsic "llvm.fabs.f32"(%v2006) : (f32) -> f32
                %v2024 = arith.cmpf olt, %v2023, %v264 : f32
                %v2025 = arith.select %v2024, %v2022, %v2009 : f32
                %v2026 = arith.addf %v2002, %v2025 fastmath<contract> : f32
                %v2027 = arith.negf %v2026 : f32
                %v2028 = llvm.getelementptr %in_A_log[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2029 = llvm.load %v2028 : !llvm.ptr -> f32
                %v2030 = arith.mulf %v2029, %v237 fastmath<contract> : f32
                %v2031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2030) : (f32) -> f32
                %v2032 = arith.mulf %v2027, %v2031 fastmath<contract> : f32
                %v2033 = arith.mulf %v2032, %v237 fastmath<contract> : f32
                %v2034 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2033) : (f32) -> f32
                %v2035 = arith.muli %v47, %v277 : i64
                %v2036 = arith.muli %v1995, %v276 : i64
                %v2037 = arith.addi %v2035, %v2036 : i64
                %v2038 = arith.muli %v45, %size_P : i64
                %v2039 = arith.addi %v2037, %v2038 : i64
                %v2040 = arith.addi %v2039, %v43 : i64
                %v2041 = llvm.getelementptr %in_x[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2042 = llvm.load %v2041 : !llvm.ptr -> f32
                %v2043 = arith.mulf %v2026, %v2042 fastmath<contract> : f32
                %v2044 = arith.negf %v2001 : f32
                %v2045 = arith.mulf %v2044, %v237 fastmath<contract> : f32
                %v2046 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2045) : (f32) -> f32
                %v2047 = arith.addf %v61, %v2046 fastmath<contract> : f32
                %v2048 = arith.divf %v61, %v2047 : f32
                // the group's states, recomputed into registers
                %v2049 = arith.minsi %v344, %v1975 : i64
                %v2050 = arith.addi %v144, %v2049 : i64
                %v2051, %v2052 = gpu.shuffle idx %v2034, %v103, %v296 : f32
                %v2053, %v2054 = gpu.shuffle idx %v2043, %v103, %v296 : f32
                %v2055 = arith.muli %v47, %v304 : i64
                %v2056 = arith.muli %v2050, %v1 : i64
                %v2057 = arith.addi %v2055, %v2056 : i64
                %v2058 = arith.addi %v2057, %v33 : i64
                %v2059 = llvm.getelementptr %in_Bm[%v2058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
                %v2061 = arith.mulf %v2053, %v2060 fastmath<contract> : f32
                %v2062 = arith.mulf %v2051, %v1983 fastmath<contract> : f32
                %v2063 = arith.addf %v2062, %v2061 fastmath<contract> : f32
                %v2064 = arith.muli %v47, %v304 : i64
                %v2065 = arith.muli %v2050, %v1 : i64
                %v2066 = arith.addi %v2064, %v2065 : i64
                %v2067 = arith.constant 8 : i64
                %v2068 = arith.addi %v2067, %v33 : i64
                %v2069 = arith.addi %v2066, %v2068 : i64
                %v2070 = llvm.getelementptr %in_Bm[%v2069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2071 = llvm.load %v2070 : !llvm.ptr -> f32
                %v2072 = arith.mulf %v2053, %v2071 fastmath<contract> : f32
                %v2073 = arith.mulf %v2051, %v1992 fastmath<contract> : f32
                %v2074 = arith.addf %v2073, %v2072 fastmath<contract> : f32
                %v2075 = arith.addi %v344, %v2 : i64
                %v2076 = arith.minsi %v2075, %v1975 : i64
                %v2077 = arith.addi %v144, %v2076 : i64
                %v2078, %v2079 = gpu.shuffle idx %v2034, %v107, %v296 : f32
                %v2080, %v2081 = gpu.shuffle idx %v2043, %v107, %v296 : f32
                %v2082 = arith.muli %v47, %v304 : i64
                %v2083 = arith.muli %v2077, %v1 : i64
                %v2084 = arith.addi %v2082, %v2083 : i64
                %v2085 = arith.addi %v2084, %v33 : i64
                %v2086 = llvm.getelementptr %in_Bm[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
                %v2088 = arith.mulf %v2080, %v2087 fastmath<contract> : f32
                %v2089 = arith.mulf %v2078, %v2063 fastmath<contract> : f32
                %v2090 = arith.addf %v2089, %v2088 fastmath<contract> : f32
                %v2091 = arith.muli %v47, %v304 : i64
                %v2092 = arith.muli %v2077, %v1 : i64
                %v2093 = arith.addi %v2091, %v2092 : i64
                %v2094 = arith.constant 8 : i64
                %v2095 = arith.addi %v2094, %v33 : i64
                %v2096 = arith.addi %v2093, %v2095 : i64
                %v2097 = llvm.getelementptr %in_Bm[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2098 = llvm.load %v2097 : !llvm.ptr -> f32
                %v2099 = arith.mulf %v2080, %v2098 fastmath<contract> : f32
                %v2100 = arith.mulf %v2078, %v2074 fastmath<contract> : f32
                %v2101 = arith.addf %v2100, %v2099 fastmath<contract> : f32
                %v2102 = arith.addi %v344, %v70 : i64
                %v2103 = arith.minsi %v2102, %v1975 : i64
                %v2104 = arith.addi %v144, %v2103 : i64
                %v2105, %v2106 = gpu.shuffle idx %v2034, %v111, %v296 : f32
                %v2107, %v2108 = gpu.shuffle idx %v2043, %v111, %v296 : f32
                %v2109 = arith.muli %v47, %v304 : i64
                %v2110 = arith.muli %v2104, %v1 : i64
                %v2111 = arith.addi %v2109, %v2110 : i64
                %v2112 = arith.addi %v2111, %v33 : i64
                %v2113 = llvm.getelementptr %in_Bm[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2114 = llvm.load %v2113 : !llvm.ptr -> f32
                %v2115 = arith.mulf %v2107, %v2114 fastmath<contract> : f32
                %v2116 = arith.mulf %v2105, %v2090 fastmath<contract> : f32
                %v2117 = arith.addf %v2116, %v2115 fastmath<contract> : f32
                %v2118 = arith.muli %v47, %v304 : i64
                %v2119 = arith.muli %v2104, %v1 : i64
                %v2120 = arith.addi %v2118, %v2119 : i64
                %v2121 = arith.constant 8 : i64
                %v2122 = arith.addi %v2121, %v33 : i64
                %v2123 = arith.addi %v2120, %v2122 : i64
                %v2124 = llvm.getelementptr %in_Bm[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
                %v2126 = arith.mulf %v2107, %v2125 fastmath<contract> : f32
                %v2127 = arith.mulf %v2105, %v2101 fastmath<contract> : f32
                %v2128 = arith.addf %v2127, %v2126 fastmath<contract> : f32
                %v2129 = arith.addi %v344, %v75 : i64
                %v2130 = arith.minsi %v2129, %v1975 : i64
                %v2131 = arith.addi %v144, %v2130 : i64
                %v2132, %v2133 = gpu.shuffle idx %v2034, %v115, %v296 : f32
                %v2134, %v2135 = gpu.shuffle idx %v2043, %v115, %v296 : f32
                %v2136 = arith.muli %v47, %v304 : i64
                %v2137 = arith.muli %v2131, %v1 : i64
                %v2138 = arith.addi %v2136, %v2137 : i64
                %v2139 = arith.addi %v2138, %v33 : i64
                %v2140 = llvm.getelementptr %in_Bm[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2141 = llvm.load %v2140 : !llvm.ptr -> f32
                %v2142 = arith.mulf %v2134, %v2141 fastmath<contract> : f32
                %v2143 = arith.mulf %v2132, %v2117 fastmath<contract> : f32
                %v2144 = arith.addf %v2143, %v2142 fastmath<contract> : f32
                %v2145 = arith.muli %v47, %v304 : i64
                %v2146 = arith.muli %v2131, %v1 : i64
                %v2147 = arith.addi %v2145, %v2146 : i64
                %v2148 = arith.constant 8 : i64
                %v2149 = arith.addi %v2148, %v33 : i64
                %v2150 = arith.addi %v2147, %v2149 : i64
                %v2151 = llvm.getelementptr %in_Bm[%v2150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2152 = llvm.load %v2151 : !llvm.ptr -> f32
                %v2153 = arith.mulf %v2134, %v2152 fastmath<contract> : f32
                %v2154 = arith.mulf %v2132, %v2128 fastmath<contract> : f32
                %v2155 = arith.addf %v2154, %v2153 fastmath<contract> : f32
                %v2156 = arith.addi %v344, %v80 : i64
                %v2157 = arith.minsi %v2156, %v1975 : i64
                %v2158 = arith.addi %v144, %v2157 : i64
                %v2159, %v2160 = gpu.shuffle idx %v2034, %v119, %v296 : f32
                %v2161, %v2162 = gpu.shuffle idx %v2043, %v119, %v296 : f32
                %v2163 = arith.muli %v47, %v304 : i64
                %v2164 = arith.muli %v2158, %v1 : i64
                %v2165 = arith.addi %v2163, %v2164 : i64
                %v2166 = arith.addi %v2165, %v33 : i64
                %v2167 = llvm.getelementptr %in_Bm[%v2166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2168 = llvm.load %v2167 : !llvm.ptr -> f32
                %v2169 = arith.mulf %v2161, %v2168 fastmath<contract> : f32
                %v2170 = arith.mulf %v2159, %v2144 fastmath<contract> : f32
                %v2171 = arith.addf %v2170, %v2169 fastmath<contract> : f32
                %v2172 = arith.muli %v47, %v304 : i64
                %v2173 = arith.muli %v2158, %v1 : i64
                %v2174 = arith.addi %v2172, %v2173 : i64
                %v2175 = arith.constant 8 : i64
                %v2176 = arith.addi %v2175, %v33 : i64
                %v2177 = arith.addi %v2174, %v2176 : i64
                %v2178 = llvm.getelementptr %in_Bm[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2179 = llvm.load %v2178 : !llvm.ptr -> f32
                %v2180 = arith.mulf %v2161, %v2179 fastmath<contract> : f32
                %v2181 = arith.mulf %v2159, %v2155 fastmath<contract> : f32
                %v2182 = arith.addf %v2181, %v2180 fastmath<contract> : f32
                %v2183 = arith.addi %v344, %v85 : i64
                %v2184 = arith.minsi %v2183, %v1975 : i64
                %v2185 = arith.addi %v144, %v2184 : i64
                %v2186, %v2187 = gpu.shuffle idx %v2034, %v123, %v296 : f32
                %v2188, %v2189 = gpu.shuffle idx %v2043, %v123, %v296 : f32
                %v2190 = arith.muli %v47, %v304 : i64
                %v2191 = arith.muli %v2185, %v1 : i64
                %v2192 = arith.addi %v2190, %v2191 : i64
                %v2193 = arith.addi %v2192, %v33 : i64
                %v2194 = llvm.getelementptr %in_Bm[%v2193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2195 = llvm.load %v2194 : !llvm.ptr -> f32
                %v2196 = arith.mulf %v2188, %v2195 fastmath<contract> : f32
                %v2197 = arith.mulf %v2186, %v2171 fastmath<contract> : f32
                %v2198 = arith.addf %v2197, %v2196 fastmath<contract> : f32
                %v2199 = arith.muli %v47, %v304 : i64
                %v2200 = arith.muli %v2185, %v1 : i64
                %v2201 = arith.addi %v2199, %v2200 : i64
                %v2202 = arith.constant 8 : i64
                %v2203 = arith.addi %v2202, %v33 : i64
                %v2204 = arith.addi %v2201, %v2203 : i64
                %v2205 = llvm.getelementptr %in_Bm[%v2204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2206 = llvm.load %v2205 : !llvm.ptr -> f32
                %v2207 = arith.mulf %v2188, %v2206 fastmath<contract> : f32
                %v2208 = arith.mulf %v2186, %v2182 fastmath<contract> : f32
                %v2209 = arith.addf %v2208, %v2207 fastmath<contract> : f32
                %v2210 = arith.addi %v344, %v90 : i64
                %v2211 = arith.minsi %v2210, %v1975 : i64
                %v2212 = arith.addi %v144, %v2211 : i64
                %v2213, %v2214 = gpu.shuffle idx %v2034, %v127, %v296 : f32
                %v2215, %v2216 = gpu.shuffle idx %v2043, %v127, %v296 : f32
                %v2217 = arith.muli %v47, %v304 : i64
                %v2218 = arith.muli %v2212, %v1 : i64
                %v2219 = arith.addi %v2217, %v2218 : i64
                %v2220 = arith.addi %v2219, %v33 : i64
                %v2221 = llvm.getelementptr %in_Bm[%v2220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2222 = llvm.load %v2221 : !llvm.ptr -> f32
                %v2223 = arith.mulf %v2215, %v2222 fastmath<contract> : f32
                %v2224 = arith.mulf %v2213, %v2198 fastmath<contract> : f32
                %v2225 = arith.addf %v2224, %v2223 fastmath<contract> : f32
                %v2226 = arith.muli %v47, %v304 : i64
                %v2227 = arith.muli %v2212, %v1 : i64
                %v2228 = arith.addi %v2226, %v2227 : i64
                %v2229 = arith.constant 8 : i64
                %v2230 = arith.addi %v2229, %v33 : i64
                %v2231 = arith.addi %v2228, %v2230 : i64
                %v2232 = llvm.getelementptr %in_Bm[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2233 = llvm.load %v2232 : !llvm.ptr -> f32
                %v2234 = arith.mulf %v2215, %v2233 fastmath<contract> : f32
                %v2235 = arith.mulf %v2213, %v2209 fastmath<contract> : f32
                %v2236 = arith.addf %v2235, %v2234 fastmath<contract> : f32
                %v2237 = arith.addi %v344, %v96 : i64
                %v2238 = arith.minsi %v2237, %v1975 : i64
                %v2239 = arith.addi %v144, %v2238 : i64
                %v2240, %v2241 = gpu.shuffle idx %v2034, %v131, %v296 : f32
                %v2242, %v2243 = gpu.shuffle idx %v2043, %v131, %v296 : f32
                %v2244 = arith.muli %v47, %v304 : i64
                %v2245 = arith.muli %v2239, %v1 : i64
                %v2246 = arith.addi %v2244, %v2245 : i64
                %v2247 = arith.addi %v2246, %v33 : i64
                %v2248 = llvm.getelementptr %in_Bm[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2249 = llvm.load %v2248 : !llvm.ptr -> f32
                %v2250 = arith.mulf %v2242, %v2249 fastmath<contract> : f32
                %v2251 = arith.mulf %v2240, %v2225 fastmath<contract> : f32
                %v2252 = arith.addf %v2251, %v2250 fastmath<contract> : f32
                %v2253 = arith.muli %v47, %v304 : i64
                %v2254 = arith.muli %v2239, %v1 : i64
                %v2255 = arith.addi %v2253, %v2254 : i64
                %v2256 = arith.constant 8 : i64
                %v2257 = arith.addi %v2256, %v33 : i64
                %v2258 = arith.addi %v2255, %v2257 : i64
                %v2259 = llvm.getelementptr %in_Bm[%v2258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2260 = llvm.load %v2259 : !llvm.ptr -> f32
                %v2261 = arith.mulf %v2242, %v2260 fastmath<contract> : f32
                %v2262 = arith.mulf %v2240, %v2236 fastmath<contract> : f32
                %v2263 = arith.addf %v2262, %v2261 fastmath<contract> : f32
                %v2265 = arith.shrui %v33, %v11 : i64
                %v2266 = arith.andi %v2265, %v2 : i64
                %v2267 = arith.cmpi ne, %v2266, %v11 : i64
                %v2268 = arith.shrui %v33, %v2 : i64
                %v2269 = arith.andi %v2268, %v2 : i64
                %v2270 = arith.cmpi ne, %v2269, %v11 : i64
                %v2271 = arith.shrui %v33, %v70 : i64
                %v2272 = arith.andi %v2271, %v2 : i64
                %v2273 = arith.cmpi ne, %v2272, %v11 : i64
                %v2274 = arith.subi %v146, %v344 : i64
                %v2275 = arith.trunci %v2274 : i64 to i32
                %v2276 = arith.subi %size_L, %v2 : i64
                %v2277 = arith.addi %v144, %v344 : i64
                %v2278 = arith.subi %v2276, %v2277 : i64
                %v2279 = arith.minsi %v2278, %v653 : i64
                %v2280 = arith.trunci %v2279 : i64 to i32
                %v2281 = arith.addi %v344, %v96 : i64
                %v2282 = arith.cmpi slt, %v657, %v2275 : i32
                %v2283 = arith.cmpi eq, %v657, %v2280 : i32
                %v2284, %v2285 = gpu.shuffle idx %v2026, %v131, %v296 : f32
                %v2286, %v2287 = gpu.shuffle idx %v2027, %v131, %v296 : f32
                %v2288, %v2289 = gpu.shuffle idx %v2031, %v131, %v296 : f32
                %v2290, %v2291 = gpu.shuffle idx %v2034, %v131, %v296 : f32
                %v2292, %v2293 = gpu.shuffle idx %v2043, %v131, %v296 : f32
                %v2294, %v2295 = gpu.shuffle idx %v2048, %v131, %v296 : f32
                llvm.store %v60, %v2264 : f32, !llvm.ptr
                scf.if %v2282 {
                  %v2296 = arith.addi %v144, %v2281 : i64
                  %v2297 = arith.muli %v47, %v304 : i64
                  %v2298 = arith.muli %v2296, %v1 : i64
                  %v2299 = arith.addi %v2297, %v2298 : i64
                  %v2300 = arith.addi %v2299, %v33 : i64
                  %v2301 = llvm.getelementptr %in_Cm[%v2300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2302 = llvm.load %v2301 : !llvm.ptr -> f32
                  %v2303 = arith.muli %v47, %v277 : i64
                  %v2304 = arith.muli %v2296, %v276 : i64
                  %v2305 = arith.addi %v2303, %v2304 : i64
                  %v2306 = arith.muli %v45, %size_P : i64
                  %v2307 = arith.addi %v2305, %v2306 : i64
                  %v2308 = arith.addi %v2307, %v43 : i64
                  %v2309 = llvm.getelementptr %dy_y[%v2308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2310 = llvm.load %v2309 : !llvm.ptr -> f32
                  %v2311 = arith.mulf %v2302, %v2310 fastmath<contract> : f32
                  %v2312 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2313 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2314 = arith.mulf %v2313, %v2312 fastmath<contract> : f32
                  %v2315 = arith.addf %v2311, %v2314 fastmath<contract> : f32
                  llvm.store %v2315, %v49 : f32, !llvm.ptr
                  %v2316 = arith.muli %v47, %v304 : i64
                  %v2317 = arith.muli %v2296, %v1 : i64
                  %v2318 = arith.addi %v2316, %v2317 : i64
                  %v2319 = arith.constant 8 : i64
                  %v2320 = arith.addi %v2319, %v33 : i64
                  %v2321 = arith.addi %v2318, %v2320 : i64
                  %v2322 = llvm.getelementptr %in_Cm[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2323 = llvm.load %v2322 : !llvm.ptr -> f32
                  %v2324 = arith.mulf %v2323, %v2310 fastmath<contract> : f32
                  %v2325 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2326 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2327 = arith.mulf %v2326, %v2325 fastmath<contract> : f32
                  %v2328 = arith.addf %v2324, %v2327 fastmath<contract> : f32
                  llvm.store %v2328, %v50 : f32, !llvm.ptr
                  %v2329 = arith.muli %v47, %v277 : i64
                  %v2330 = arith.muli %v2296, %v276 : i64
                  %v2331 = arith.addi %v2329, %v2330 : i64
                  %v2332 = arith.muli %v45, %size_P : i64
                  %v2333 = arith.addi %v2331, %v2332 : i64
                  %v2334 = arith.addi %v2333, %v43 : i64
                  %v2335 = llvm.getelementptr %in_x[%v2334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2336 = llvm.load %v2335 : !llvm.ptr -> f32
                  %v2337 = arith.muli %v47, %v304 : i64
                  %v2338 = arith.muli %v2296, %v1 : i64
                  %v2339 = arith.addi %v2337, %v2338 : i64
                  %v2340 = arith.addi %v2339, %v33 : i64
                  %v2341 = llvm.getelementptr %in_Bm[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2342 = llvm.load %v2341 : !llvm.ptr -> f32
                  %v2343 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2344 = arith.mulf %v2342, %v2343 fastmath<contract> : f32
                  %v2345 = arith.muli %v47, %v304 : i64
                  %v2346 = arith.muli %v2296, %v1 : i64
                  %v2347 = arith.addi %v2345, %v2346 : i64
                  %v2348 = arith.constant 8 : i64
                  %v2349 = arith.addi %v2348, %v33 : i64
                  %v2350 = arith.addi %v2347, %v2349 : i64
                  %v2351 = llvm.getelementptr %in_Bm[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2352 = llvm.load %v2351 : !llvm.ptr -> f32
                  %v2353 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2354 = arith.mulf %v2352, %v2353 fastmath<contract> : f32
                  %v2355 = arith.addf %v2344, %v2354 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2356, %v2357 = gpu.shuffle xor %v2355, %v732, %v296 : f32
                  %v2358 = arith.addf %v2355, %v2356 fastmath<contract> : f32
                  %v2359, %v2360 = gpu.shuffle xor %v2358, %v736, %v296 : f32
                  %v2361 = arith.addf %v2358, %v2359 fastmath<contract> : f32
                  %v2362, %v2363 = gpu.shuffle xor %v2361, %v740, %v296 : f32
                  %v2364 = arith.addf %v2361, %v2362 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2365 = arith.mulf %v2336, %v2364 fastmath<contract> : f32
                  %v2366 = arith.mulf %v2225, %v2343 fastmath<contract> : f32
                  %v2367 = arith.mulf %v2236, %v2353 fastmath<contract> : f32
                  %v2368 = arith.addf %v2366, %v2367 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2369, %v2370 = gpu.shuffle xor %v2368, %v732, %v296 : f32
                  %v2371 = arith.addf %v2368, %v2369 fastmath<contract> : f32
                  %v2372, %v2373 = gpu.shuffle xor %v2371, %v736, %v296 : f32
                  %v2374 = arith.addf %v2371, %v2372 fastmath<contract> : f32
                  %v2375, %v2376 = gpu.shuffle xor %v2374, %v740, %v296 : f32
                  %v2377 = arith.addf %v2374, %v2375 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2378 = arith.mulf %v2288, %v2377 fastmath<contract> : f32
                  %v2379 = arith.mulf %v2290, %v2378 fastmath<contract> : f32
                  %v2380 = arith.negf %v2379 : f32
                  %v2381 = arith.addf %v2365, %v2380 fastmath<contract> : f32
                  %v2382 = arith.mulf %v2381, %v2294 fastmath<contract> : f32
                  %v2383 = arith.mulf %v2290, %v2377 fastmath<contract> : f32
                  %v2384 = arith.mulf %v2286, %v2383 fastmath<contract> : f32
                  %v2385 = arith.mulf %v2288, %v2384 fastmath<contract> : f32
                  %v2386 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2387 = arith.addf %v2386, %v2385 fastmath<contract> : f32
                  llvm.store %v2387, %v53 : f32, !llvm.ptr
                  %v2388 = arith.mulf %v2292, %v2343 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2389 = arith.muli %v39, %v1 : i64
                    %v2390 = arith.addi %v2389, %v33 : i64
                    %v2391 = arith.subi %v2296, %slice_first : i64
                    %v2392 = arith.muli %v2390, %slice_steps : i64
                    %v2393 = arith.addi %v2392, %v2391 : i64
                    %v2394 = llvm.getelementptr %part_Bm[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2388, %v2394 : f32, !llvm.ptr
                  }
                  %v2395 = arith.mulf %v2292, %v2353 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2396 = arith.addi %v32, %v33 : i64
                    %v2397 = arith.muli %v39, %v1 : i64
                    %v2398 = arith.addi %v2397, %v2396 : i64
                    %v2399 = arith.subi %v2296, %slice_first : i64
                    %v2400 = arith.muli %v2398, %slice_steps : i64
                    %v2401 = arith.addi %v2400, %v2399 : i64
                    %v2402 = llvm.getelementptr %part_Bm[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2395, %v2402 : f32, !llvm.ptr
                  }
                  %v2403 = arith.mulf %v2252, %v2310 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2404 = arith.muli %v39, %v1 : i64
                    %v2405 = arith.addi %v2404, %v33 : i64
                    %v2406 = arith.subi %v2296, %slice_first : i64
                    %v2407 = arith.muli %v2405, %slice_steps : i64
                    %v2408 = arith.addi %v2407, %v2406 : i64
                    %v2409 = llvm.getelementptr %part_Cm[%v2408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2403, %v2409 : f32, !llvm.ptr
                  }
                  %v2410 = arith.mulf %v2263, %v2310 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2411 = arith.addi %v32, %v33 : i64
                    %v2412 = arith.muli %v39, %v1 : i64
                    %v2413 = arith.addi %v2412, %v2411 : i64
                    %v2414 = arith.subi %v2296, %slice_first : i64
                    %v2415 = arith.muli %v2413, %slice_steps : i64
                    %v2416 = arith.addi %v2415, %v2414 : i64
                    %v2417 = llvm.getelementptr %part_Cm[%v2416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2410, %v2417 : f32, !llvm.ptr
                  }
                  %v2418 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2419 = arith.addf %v2418, %v2382 fastmath<contract> : f32
                  llvm.store %v2419, %v55 : f32, !llvm.ptr
                  %v2420 = arith.select %v37, %v2382, %v60 : f32
                  // sum over the warp's outer points: shuffles
                  %v2421, %v2422 = gpu.shuffle xor %v2420, %v800, %v296 : f32
                  %v2423 = arith.addf %v2420, %v2421 fastmath<contract> : f32
                  %v2424, %v2425 = gpu.shuffle xor %v2423, %v804, %v296 : f32
                  %v2426 = arith.addf %v2423, %v2424 fastmath<contract> : f32
                  %v2427 = arith.divui %v23, %v25 : i64
                  %v2428 = arith.remui %v23, %v25 : i64
                  %v2429 = arith.cmpi ult, %v2428, %v2 : i64
                  %v2430 = arith.muli %v2427, %v811 : i64
                  %v2431 = arith.addi %v2430, %v346 : i64
                  scf.if %v2429 {
                    %v2432 = llvm.getelementptr %v57[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2426, %v2432 : f32, !llvm.ptr
                  }
                  %v2433 = arith.addf %v2344, %v2354 fastmath<contract> : f32
                  llvm.store %v2433, %v2264 : f32, !llvm.ptr
                  llvm.store %v2290, %v51 : f32, !llvm.ptr
                  llvm.store %v2290, %v52 : f32, !llvm.ptr
                }
                %v2434 = llvm.load %v2264 : !llvm.ptr -> f32
                %v2435 = arith.addi %v344, %v90 : i64
                %v2436 = arith.cmpi slt, %v818, %v2275 : i32
                %v2437 = arith.cmpi eq, %v818, %v2280 : i32
                %v2438, %v2439 = gpu.shuffle idx %v2026, %v127, %v296 : f32
                %v2440, %v2441 = gpu.shuffle idx %v2027, %v127, %v296 : f32
                %v2442, %v2443 = gpu.shuffle idx %v2031, %v127, %v296 : f32
                %v2444, %v2445 = gpu.shuffle idx %v2034, %v127, %v296 : f32
                %v2446, %v2447 = gpu.shuffle idx %v2043, %v127, %v296 : f32
                %v2448, %v2449 = gpu.shuffle idx %v2048, %v127, %v296 : f32
                %v2450 = arith.addi %v346, %v2 : i64
                llvm.store %v60, %v2264 : f32, !llvm.ptr
                scf.if %v2436 {
                  %v2451 = arith.addi %v144, %v2435 : i64
                  %v2452 = arith.muli %v47, %v304 : i64
                  %v2453 = arith.muli %v2451, %v1 : i64
                  %v2454 = arith.addi %v2452, %v2453 : i64
                  %v2455 = arith.addi %v2454, %v33 : i64
                  %v2456 = llvm.getelementptr %in_Cm[%v2455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2457 = llvm.load %v2456 : !llvm.ptr -> f32
                  %v2458 = arith.muli %v47, %v277 : i64
                  %v2459 = arith.muli %v2451, %v276 : i64
                  %v2460 = arith.addi %v2458, %v2459 : i64
                  %v2461 = arith.muli %v45, %size_P : i64
                  %v2462 = arith.addi %v2460, %v2461 : i64
                  %v2463 = arith.addi %v2462, %v43 : i64
                  %v2464 = llvm.getelementptr %dy_y[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2465 = llvm.load %v2464 : !llvm.ptr -> f32
                  %v2466 = arith.mulf %v2457, %v2465 fastmath<contract> : f32
                  %v2467 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2468 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2469 = arith.mulf %v2468, %v2467 fastmath<contract> : f32
                  %v2470 = arith.addf %v2466, %v2469 fastmath<contract> : f32
                  llvm.store %v2470, %v49 : f32, !llvm.ptr
                  %v2471 = arith.muli %v47, %v304 : i64
                  %v2472 = arith.muli %v2451, %v1 : i64
                  %v2473 = arith.addi %v2471, %v2472 : i64
                  %v2474 = arith.constant 8 : i64
                  %v2475 = arith.addi %v2474, %v33 : i64
                  %v2476 = arith.addi %v2473, %v2475 : i64
                  %v2477 = llvm.getelementptr %in_Cm[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2478 = llvm.load %v2477 : !llvm.ptr -> f32
                  %v2479 = arith.mulf %v2478, %v2465 fastmath<contract> : f32
                  %v2480 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2481 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2482 = arith.mulf %v2481, %v2480 fastmath<contract> : f32
                  %v2483 = arith.addf %v2479, %v2482 fastmath<contract> : f32
                  llvm.store %v2483, %v50 : f32, !llvm.ptr
                  %v2484 = arith.muli %v47, %v277 : i64
                  %v2485 = arith.muli %v2451, %v276 : i64
                  %v2486 = arith.addi %v2484, %v2485 : i64
                  %v2487 = arith.muli %v45, %size_P : i64
                  %v2488 = arith.addi %v2486, %v2487 : i64
                  %v2489 = arith.addi %v2488, %v43 : i64
                  %v2490 = llvm.getelementptr %in_x[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2491 = llvm.load %v2490 : !llvm.ptr -> f32
                  %v2492 = arith.muli %v47, %v304 : i64
                  %v2493 = arith.muli %v2451, %v1 : i64
                  %v2494 = arith.addi %v2492, %v2493 : i64
                  %v2495 = arith.addi %v2494, %v33 : i64
                  %v2496 = llvm.getelementptr %in_Bm[%v2495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2497 = llvm.load %v2496 : !llvm.ptr -> f32
                  %v2498 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2499 = arith.mulf %v2497, %v2498 fastmath<contract> : f32
                  %v2500 = arith.muli %v47, %v304 : i64
                  %v2501 = arith.muli %v2451, %v1 : i64
                  %v2502 = arith.addi %v2500, %v2501 : i64
                  %v2503 = arith.constant 8 : i64
                  %v2504 = arith.addi %v2503, %v33 : i64
                  %v2505 = arith.addi %v2502, %v2504 : i64
                  %v2506 = llvm.getelementptr %in_Bm[%v2505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2507 = llvm.load %v2506 : !llvm.ptr -> f32
                  %v2508 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2509 = arith.mulf %v2507, %v2508 fastmath<contract> : f32
                  %v2510 = arith.addf %v2499, %v2509 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2511, %v2512 = gpu.shuffle xor %v2510, %v732, %v296 : f32
                  %v2513 = arith.addf %v2510, %v2511 fastmath<contract> : f32
                  %v2514, %v2515 = gpu.shuffle xor %v2513, %v736, %v296 : f32
                  %v2516 = arith.addf %v2513, %v2514 fastmath<contract> : f32
                  %v2517, %v2518 = gpu.shuffle xor %v2516, %v740, %v296 : f32
                  %v2519 = arith.addf %v2516, %v2517 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2520 = arith.mulf %v2491, %v2519 fastmath<contract> : f32
                  %v2521 = arith.mulf %v2198, %v2498 fastmath<contract> : f32
                  %v2522 = arith.mulf %v2209, %v2508 fastmath<contract> : f32
                  %v2523 = arith.addf %v2521, %v2522 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2524, %v2525 = gpu.shuffle xor %v2523, %v732, %v296 : f32
                  %v2526 = arith.addf %v2523, %v2524 fastmath<contract> : f32
                  %v2527, %v2528 = gpu.shuffle xor %v2526, %v736, %v296 : f32
                  %v2529 = arith.addf %v2526, %v2527 fastmath<contract> : f32
                  %v2530, %v2531 = gpu.shuffle xor %v2529, %v740, %v296 : f32
                  %v2532 = arith.addf %v2529, %v2530 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2533 = arith.mulf %v2442, %v2532 fastmath<contract> : f32
                  %v2534 = arith.mulf %v2444, %v2533 fastmath<contract> : f32
                  %v2535 = arith.negf %v2534 : f32
                  %v2536 = arith.addf %v2520, %v2535 fastmath<contract> : f32
                  %v2537 = arith.mulf %v2536, %v2448 fastmath<contract> : f32
                  %v2538 = arith.mulf %v2444, %v2532 fastmath<contract> : f32
                  %v2539 = arith.mulf %v2440, %v2538 fastmath<contract> : f32
                  %v2540 = arith.mulf %v2442, %v2539 fastmath<contract> : f32
                  %v2541 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2542 = arith.addf %v2541, %v2540 fastmath<contract> : f32
                  llvm.store %v2542, %v53 : f32, !llvm.ptr
                  %v2543 = arith.mulf %v2446, %v2498 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2544 = arith.muli %v39, %v1 : i64
                    %v2545 = arith.addi %v2544, %v33 : i64
                    %v2546 = arith.subi %v2451, %slice_first : i64
                    %v2547 = arith.muli %v2545, %slice_steps : i64
                    %v2548 = arith.addi %v2547, %v2546 : i64
                    %v2549 = llvm.getelementptr %part_Bm[%v2548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2543, %v2549 : f32, !llvm.ptr
                  }
                  %v2550 = arith.mulf %v2446, %v2508 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2551 = arith.addi %v32, %v33 : i64
                    %v2552 = arith.muli %v39, %v1 : i64
                    %v2553 = arith.addi %v2552, %v2551 : i64
                    %v2554 = arith.subi %v2451, %slice_first : i64
                    %v2555 = arith.muli %v2553, %slice_steps : i64
                    %v2556 = arith.addi %v2555, %v2554 : i64
                    %v2557 = llvm.getelementptr %part_Bm[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2550, %v2557 : f32, !llvm.ptr
                  }
                  %v2558 = arith.mulf %v2225, %v2465 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2559 = arith.muli %v39, %v1 : i64
                    %v2560 = arith.addi %v2559, %v33 : i64
                    %v2561 = arith.subi %v2451, %slice_first : i64
                    %v2562 = arith.muli %v2560, %slice_steps : i64
                    %v2563 = arith.addi %v2562, %v2561 : i64
                    %v2564 = llvm.getelementptr %part_Cm[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2558, %v2564 : f32, !llvm.ptr
                  }
                  %v2565 = arith.mulf %v2236, %v2465 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2566 = arith.addi %v32, %v33 : i64
                    %v2567 = arith.muli %v39, %v1 : i64
                    %v2568 = arith.addi %v2567, %v2566 : i64
                    %v2569 = arith.subi %v2451, %slice_first : i64
                    %v2570 = arith.muli %v2568, %slice_steps : i64
                    %v2571 = arith.addi %v2570, %v2569 : i64
                    %v2572 = llvm.getelementptr %part_Cm[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2565, %v2572 : f32, !llvm.ptr
                  }
                  %v2573 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2574 = arith.addf %v2573, %v2537 fastmath<contract> : f32
                  llvm.store %v2574, %v55 : f32, !llvm.ptr
                  %v2575 = arith.select %v37, %v2537, %v60 : f32
                  // sum over the warp's outer points: shuffles
                  %v2576, %v2577 = gpu.shuffle xor %v2575, %v800, %v296 : f32
                  %v2578 = arith.addf %v2575, %v2576 fastmath<contract> : f32
                  %v2579, %v2580 = gpu.shuffle xor %v2578, %v804, %v296 : f32
                  %v2581 = arith.addf %v2578, %v2579 fastmath<contract> : f32
                  %v2582 = arith.divui %v23, %v25 : i64
                  %v2583 = arith.remui %v23, %v25 : i64
                  %v2584 = arith.cmpi ult, %v2583, %v2 : i64
                  %v2585 = arith.muli %v2582, %v811 : i64
                  %v2586 = arith.addi %v2585, %v2450 : i64
                  scf.if %v2584 {
                    %v2587 = llvm.getelementptr %v57[%v2586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2581, %v2587 : f32, !llvm.ptr
                  }
                  %v2588 = arith.addf %v2499, %v2509 fastmath<contract> : f32
                  llvm.store %v2588, %v2264 : f32, !llvm.ptr
                  llvm.store %v2444, %v51 : f32, !llvm.ptr
                  llvm.store %v2444, %v52 : f32, !llvm.ptr
                }
                %v2589 = llvm.load %v2264 : !llvm.ptr -> f32
                %v2590 = arith.select %v2267, %v2589, %v2434 : f32
                %v2591 = arith.select %v2267, %v2434, %v2589 : f32
                %v2592, %v2593 = gpu.shuffle xor %v2590, %v732, %v296 : f32
                %v2594 = arith.addf %v2591, %v2592 fastmath<contract> : f32
                %v2595 = arith.addi %v344, %v85 : i64
                %v2596 = arith.cmpi slt, %v979, %v2275 : i32
                %v2597 = arith.cmpi eq, %v979, %v2280 : i32
                %v2598, %v2599 = gpu.shuffle idx %v2026, %v123, %v296 : f32
                %v2600, %v2601 = gpu.shuffle idx %v2027, %v123, %v296 : f32
                %v2602, %v2603 = gpu.shuffle idx %v2031, %v123, %v296 : f32
                %v2604, %v2605 = gpu.shuffle idx %v2034, %v123, %v296 : f32
                %v2606, %v2607 = gpu.shuffle idx %v2043, %v123, %v296 : f32
                %v2608, %v2609 = gpu.shuffle idx %v2048, %v123, %v296 : f32
                %v2610 = arith.addi %v346, %v70 : i64
                llvm.store %v60, %v2264 : f32, !llvm.ptr
                scf.if %v2596 {
                  %v2611 = arith.addi %v144, %v2595 : i64
                  %v2612 = arith.muli %v47, %v304 : i64
                  %v2613 = arith.muli %v2611, %v1 : i64
                  %v2614 = arith.addi %v2612, %v2613 : i64
                  %v2615 = arith.addi %v2614, %v33 : i64
                  %v2616 = llvm.getelementptr %in_Cm[%v2615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2617 = llvm.load %v2616 : !llvm.ptr -> f32
                  %v2618 = arith.muli %v47, %v277 : i64
                  %v2619 = arith.muli %v2611, %v276 : i64
                  %v2620 = arith.addi %v2618, %v2619 : i64
                  %v2621 = arith.muli %v45, %size_P : i64
                  %v2622 = arith.addi %v2620, %v2621 : i64
                  %v2623 = arith.addi %v2622, %v43 : i64
                  %v2624 = llvm.getelementptr %dy_y[%v2623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2625 = llvm.load %v2624 : !llvm.ptr -> f32
                  %v2626 = arith.mulf %v2617, %v2625 fastmath<contract> : f32
                  %v2627 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2628 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2629 = arith.mulf %v2628, %v2627 fastmath<contract> : f32
                  %v2630 = arith.addf %v2626, %v2629 fastmath<contract> : f32
                  llvm.store %v2630, %v49 : f32, !llvm.ptr
                  %v2631 = arith.muli %v47, %v304 : i64
                  %v2632 = arith.muli %v2611, %v1 : i64
                  %v2633 = arith.addi %v2631, %v2632 : i64
                  %v2634 = arith.constant 8 : i64
                  %v2635 = arith.addi %v2634, %v33 : i64
                  %v2636 = arith.addi %v2633, %v2635 : i64
                  %v2637 = llvm.getelementptr %in_Cm[%v2636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2638 = llvm.load %v2637 : !llvm.ptr -> f32
                  %v2639 = arith.mulf %v2638, %v2625 fastmath<contract> : f32
                  %v2640 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2641 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2642 = arith.mulf %v2641, %v2640 fastmath<contract> : f32
                  %v2643 = arith.addf %v2639, %v2642 fastmath<contract> : f32
                  llvm.store %v2643, %v50 : f32, !llvm.ptr
                  %v2644 = arith.muli %v47, %v277 : i64
                  %v2645 = arith.muli %v2611, %v276 : i64
                  %v2646 = arith.addi %v2644, %v2645 : i64
                  %v2647 = arith.muli %v45, %size_P : i64
                  %v2648 = arith.addi %v2646, %v2647 : i64
                  %v2649 = arith.addi %v2648, %v43 : i64
                  %v2650 = llvm.getelementptr %in_x[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
                  %v2652 = arith.muli %v47, %v304 : i64
                  %v2653 = arith.muli %v2611, %v1 : i64
                  %v2654 = arith.addi %v2652, %v2653 : i64
                  %v2655 = arith.addi %v2654, %v33 : i64
                  %v2656 = llvm.getelementptr %in_Bm[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
                  %v2658 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2659 = arith.mulf %v2657, %v2658 fastmath<contract> : f32
                  %v2660 = arith.muli %v47, %v304 : i64
                  %v2661 = arith.muli %v2611, %v1 : i64
                  %v2662 = arith.addi %v2660, %v2661 : i64
                  %v2663 = arith.constant 8 : i64
                  %v2664 = arith.addi %v2663, %v33 : i64
                  %v2665 = arith.addi %v2662, %v2664 : i64
                  %v2666 = llvm.getelementptr %in_Bm[%v2665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2667 = llvm.load %v2666 : !llvm.ptr -> f32
                  %v2668 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2669 = arith.mulf %v2667, %v2668 fastmath<contract> : f32
                  %v2670 = arith.addf %v2659, %v2669 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2671, %v2672 = gpu.shuffle xor %v2670, %v732, %v296 : f32
                  %v2673 = arith.addf %v2670, %v2671 fastmath<contract> : f32
                  %v2674, %v2675 = gpu.shuffle xor %v2673, %v736, %v296 : f32
                  %v2676 = arith.addf %v2673, %v2674 fastmath<contract> : f32
                  %v2677, %v2678 = gpu.shuffle xor %v2676, %v740, %v296 : f32
                  %v2679 = arith.addf %v2676, %v2677 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2680 = arith.mulf %v2651, %v2679 fastmath<contract> : f32
                  %v2681 = arith.mulf %v2171, %v2658 fastmath<contract> : f32
                  %v2682 = arith.mulf %v2182, %v2668 fastmath<contract> : f32
                  %v2683 = arith.addf %v2681, %v2682 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2684, %v2685 = gpu.shuffle xor %v2683, %v732, %v296 : f32
                  %v2686 = arith.addf %v2683, %v2684 fastmath<contract> : f32
                  %v2687, %v2688 = gpu.shuffle xor %v2686, %v736, %v296 : f32
                  %v2689 = arith.addf %v2686, %v2687 fastmath<contract> : f32
                  %v2690, %v2691 = gpu.shuffle xor %v2689, %v740, %v296 : f32
                  %v2692 = arith.addf %v2689, %v2690 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2693 = arith.mulf %v2602, %v2692 fastmath<contract> : f32
                  %v2694 = arith.mulf %v2604, %v2693 fastmath<contract> : f32
                  %v2695 = arith.negf %v2694 : f32
                  %v2696 = arith.addf %v2680, %v2695 fastmath<contract> : f32
                  %v2697 = arith.mulf %v2696, %v2608 fastmath<contract> : f32
                  %v2698 = arith.mulf %v2604, %v2692 fastmath<contract> : f32
                  %v2699 = arith.mulf %v2600, %v2698 fastmath<contract> : f32
                  %v2700 = arith.mulf %v2602, %v2699 fastmath<contract> : f32
                  %v2701 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2702 = arith.addf %v2701, %v2700 fastmath<contract> : f32
                  llvm.store %v2702, %v53 : f32, !llvm.ptr
                  %v2703 = arith.mulf %v2606, %v2658 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2704 = arith.muli %v39, %v1 : i64
                    %v2705 = arith.addi %v2704, %v33 : i64
                    %v2706 = arith.subi %v2611, %slice_first : i64
                    %v2707 = arith.muli %v2705, %slice_steps : i64
                    %v2708 = arith.addi %v2707, %v2706 : i64
                    %v2709 = llvm.getelementptr %part_Bm[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2703, %v2709 : f32, !llvm.ptr
                  }
                  %v2710 = arith.mulf %v2606, %v2668 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2711 = arith.addi %v32, %v33 : i64
                    %v2712 = arith.muli %v39, %v1 : i64
                    %v2713 = arith.addi %v2712, %v2711 : i64
                    %v2714 = arith.subi %v2611, %slice_first : i64
                    %v2715 = arith.muli %v2713, %slice_steps : i64
                    %v2716 = arith.addi %v2715, %v2714 : i64
                    %v2717 = llvm.getelementptr %part_Bm[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2710, %v2717 : f32, !llvm.ptr
                  }
                  %v2718 = arith.mulf %v2198, %v2625 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2719 = arith.muli %v39, %v1 : i64
                    %v2720 = arith.addi %v2719, %v33 : i64
                    %v2721 = arith.subi %v2611, %slice_first : i64
                    %v2722 = arith.muli %v2720, %slice_steps : i64
                    %v2723 = arith.addi %v2722, %v2721 : i64
                    %v2724 = llvm.getelementptr %part_Cm[%v2723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2718, %v2724 : f32, !llvm.ptr
                  }
                  %v2725 = arith.mulf %v2209, %v2625 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2726 = arith.addi %v32, %v33 : i64
                    %v2727 = arith.muli %v39, %v1 : i64
                    %v2728 = arith.addi %v2727, %v2726 : i64
                    %v2729 = arith.subi %v2611, %slice_first : i64
                    %v2730 = arith.muli %v2728, %slice_steps : i64
                    %v2731 = arith.addi %v2730, %v2729 : i64
                    %v2732 = llvm.getelementptr %part_Cm[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2725, %v2732 : f32, !llvm.ptr
                  }
                  %v2733 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2734 = arith.addf %v2733, %v2697 fastmath<contract> : f32
                  llvm.store %v2734, %v55 : f32, !llvm.ptr
                  %v2735 = arith.select %v37, %v2697, %v60 : f32
                  // sum over the warp's outer points: shuffles
                  %v2736, %v2737 = gpu.shuffle xor %v2735, %v800, %v296 : f32
                  %v2738 = arith.addf %v2735, %v2736 fastmath<contract> : f32
                  %v2739, %v2740 = gpu.shuffle xor %v2738, %v804, %v296 : f32
                  %v2741 = arith.addf %v2738, %v2739 fastmath<contract> : f32
                  %v2742 = arith.divui %v23, %v25 : i64
                  %v2743 = arith.remui %v23, %v25 : i64
                  %v2744 = arith.cmpi ult, %v2743, %v2 : i64
                  %v2745 = arith.muli %v2742, %v811 : i64
                  %v2746 = arith.addi %v2745, %v2610 : i64
                  scf.if %v2744 {
                    %v2747 = llvm.getelementptr %v57[%v2746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2741, %v2747 : f32, !llvm.ptr
                  }
                  %v2748 = arith.addf %v2659, %v2669 fastmath<contract> : f32
                  llvm.store %v2748, %v2264 : f32, !llvm.ptr
                  llvm.store %v2604, %v51 : f32, !llvm.ptr
                  llvm.store %v2604, %v52 : f32, !llvm.ptr
                }
                %v2749 = llvm.load %v2264 : !llvm.ptr -> f32
                %v2750 = arith.addi %v344, %v80 : i64
                %v2751 = arith.cmpi slt, %v740, %v2275 : i32
                %v2752 = arith.cmpi eq, %v740, %v2280 : i32
                %v2753, %v2754 = gpu.shuffle idx %v2026, %v119, %v296 : f32
                %v2755, %v2756 = gpu.shuffle idx %v2027, %v119, %v296 : f32
                %v2757, %v2758 = gpu.shuffle idx %v2031, %v119, %v296 : f32
                %v2759, %v2760 = gpu.shuffle idx %v2034, %v119, %v296 : f32
                %v2761, %v2762 = gpu.shuffle idx %v2043, %v119, %v296 : f32
                %v2763, %v2764 = gpu.shuffle idx %v2048, %v119, %v296 : f32
                %v2765 = arith.addi %v346, %v75 : i64
                llvm.store %v60, %v2264 : f32, !llvm.ptr
                scf.if %v2751 {
                  %v2766 = arith.addi %v144, %v2750 : i64
                  %v2767 = arith.muli %v47, %v304 : i64
                  %v2768 = arith.muli %v2766, %v1 : i64
                  %v2769 = arith.addi %v2767, %v2768 : i64
                  %v2770 = arith.addi %v2769, %v33 : i64
                  %v2771 = llvm.getelementptr %in_Cm[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2772 = llvm.load %v2771 : !llvm.ptr -> f32
                  %v2773 = arith.muli %v47, %v277 : i64
                  %v2774 = arith.muli %v2766, %v276 : i64
                  %v2775 = arith.addi %v2773, %v2774 : i64
                  %v2776 = arith.muli %v45, %size_P : i64
                  %v2777 = arith.addi %v2775, %v2776 : i64
                  %v2778 = arith.addi %v2777, %v43 : i64
                  %v2779 = llvm.getelementptr %dy_y[%v2778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2780 = llvm.load %v2779 : !llvm.ptr -> f32
                  %v2781 = arith.mulf %v2772, %v2780 fastmath<contract> : f32
                  %v2782 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2783 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2784 = arith.mulf %v2783, %v2782 fastmath<contract> : f32
                  %v2785 = arith.addf %v2781, %v2784 fastmath<contract> : f32
                  llvm.store %v2785, %v49 : f32, !llvm.ptr
                  %v2786 = arith.muli %v47, %v304 : i64
                  %v2787 = arith.muli %v2766, %v1 : i64
                  %v2788 = arith.addi %v2786, %v2787 : i64
                  %v2789 = arith.constant 8 : i64
                  %v2790 = arith.addi %v2789, %v33 : i64
                  %v2791 = arith.addi %v2788, %v2790 : i64
                  %v2792 = llvm.getelementptr %in_Cm[%v2791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
                  %v2794 = arith.mulf %v2793, %v2780 fastmath<contract> : f32
                  %v2795 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2796 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2797 = arith.mulf %v2796, %v2795 fastmath<contract> : f32
                  %v2798 = arith.addf %v2794, %v2797 fastmath<contract> : f32
                  llvm.store %v2798, %v50 : f32, !llvm.ptr
                  %v2799 = arith.muli %v47, %v277 : i64
                  %v2800 = arith.muli %v2766, %v276 : i64
                  %v2801 = arith.addi %v2799, %v2800 : i64
                  %v2802 = arith.muli %v45, %size_P : i64
                  %v2803 = arith.addi %v2801, %v2802 : i64
                  %v2804 = arith.addi %v2803, %v43 : i64
                  %v2805 = llvm.getelementptr %in_x[%v2804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2806 = llvm.load %v2805 : !llvm.ptr -> f32
                  %v2807 = arith.muli %v47, %v304 : i64
                  %v2808 = arith.muli %v2766, %v1 : i64
                  %v2809 = arith.addi %v2807, %v2808 : i64
                  %v2810 = arith.addi %v2809, %v33 : i64
                  %v2811 = llvm.getelementptr %in_Bm[%v2810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2812 = llvm.load %v2811 : !llvm.ptr -> f32
                  %v2813 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2814 = arith.mulf %v2812, %v2813 fastmath<contract> : f32
                  %v2815 = arith.muli %v47, %v304 : i64
                  %v2816 = arith.muli %v2766, %v1 : i64
                  %v2817 = arith.addi %v2815, %v2816 : i64
                  %v2818 = arith.constant 8 : i64
                  %v2819 = arith.addi %v2818, %v33 : i64
                  %v2820 = arith.addi %v2817, %v2819 : i64
                  %v2821 = llvm.getelementptr %in_Bm[%v2820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2822 = llvm.load %v2821 : !llvm.ptr -> f32
                  %v2823 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2824 = arith.mulf %v2822, %v2823 fastmath<contract> : f32
                  %v2825 = arith.addf %v2814, %v2824 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2826, %v2827 = gpu.shuffle xor %v2825, %v732, %v296 : f32
                  %v2828 = arith.addf %v2825, %v2826 fastmath<contract> : f32
                  %v2829, %v2830 = gpu.shuffle xor %v2828, %v736, %v296 : f32
                  %v2831 = arith.addf %v2828, %v2829 fastmath<contract> : f32
                  %v2832, %v2833 = gpu.shuffle xor %v2831, %v740, %v296 : f32
                  %v2834 = arith.addf %v2831, %v2832 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2835 = arith.mulf %v2806, %v2834 fastmath<contract> : f32
                  %v2836 = arith.mulf %v2144, %v2813 fastmath<contract> : f32
                  %v2837 = arith.mulf %v2155, %v2823 fastmath<contract> : f32
                  %v2838 = arith.addf %v2836, %v2837 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2839, %v2840 = gpu.shuffle xor %v2838, %v732, %v296 : f32
                  %v2841 = arith.addf %v2838, %v2839 fastmath<contract> : f32
                  %v2842, %v2843 = gpu.shuffle xor %v2841, %v736, %v296 : f32
                  %v2844 = arith.addf %v2841, %v2842 fastmath<contract> : f32
                  %v2845, %v2846 = gpu.shuffle xor %v2844, %v740, %v296 : f32
                  %v2847 = arith.addf %v2844, %v2845 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2848 = arith.mulf %v2757, %v2847 fastmath<contract> : f32
                  %v2849 = arith.mulf %v2759, %v2848 fastmath<contract> : f32
                  %v2850 = arith.negf %v2849 : f32
                  %v2851 = arith.addf %v2835, %v2850 fastmath<contract> : f32
                  %v2852 = arith.mulf %v2851, %v2763 fastmath<contract> : f32
                  %v2853 = arith.mulf %v2759, %v2847 fastmath<contract> : f32
                  %v2854 = arith.mulf %v2755, %v2853 fastmath<contract> : f32
                  %v2855 = arith.mulf %v2757, %v2854 fastmath<contract> : f32
                  %v2856 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2857 = arith.addf %v2856, %v2855 fastmath<contract> : f32
                  llvm.store %v2857, %v53 : f32, !llvm.ptr
                  %v2858 = arith.mulf %v2761, %v2813 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2859 = arith.muli %v39, %v1 : i64
                    %v2860 = arith.addi %v2859, %v33 : i64
                    %v2861 = arith.subi %v2766, %slice_first : i64
                    %v2862 = arith.muli %v2860, %slice_steps : i64
                    %v2863 = arith.addi %v2862, %v2861 : i64
                    %v2864 = llvm.getelementptr %part_Bm[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2858, %v2864 : f32, !llvm.ptr
                  }
                  %v2865 = arith.mulf %v2761, %v2823 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2866 = arith.addi %v32, %v33 : i64
                    %v2867 = arith.muli %v39, %v1 : i64
                    %v2868 = arith.addi %v2867, %v2866 : i64
                    %v2869 = arith.subi %v2766, %slice_first : i64
                    %v2870 = arith.muli %v2868, %slice_steps : i64
                    %v2871 = arith.addi %v2870, %v2869 : i64
                    %v2872 = llvm.getelementptr %part_Bm[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2865, %v2872 : f32, !llvm.ptr
                  }
                  %v2873 = arith.mulf %v2171, %v2780 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2874 = arith.muli %v39, %v1 : i64
                    %v2875 = arith.addi %v2874, %v33 : i64
                    %v2876 = arith.subi %v2766, %slice_first : i64
                    %v2877 = arith.muli %v2875, %slice_steps : i64
                    %v2878 = arith.addi %v2877, %v2876 : i64
                    %v2879 = llvm.getelementptr %part_Cm[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2873, %v2879 : f32, !llvm.ptr
                  }
                  %v2880 = arith.mulf %v2182, %v2780 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2881 = arith.addi %v32, %v33 : i64
                    %v2882 = arith.muli %v39, %v1 : i64
                    %v2883 = arith.addi %v2882, %v2881 : i64
                    %v2884 = arith.subi %v2766, %slice_first : i64
                    %v2885 = arith.muli %v2883, %slice_steps : i64
                    %v2886 = arith.addi %v2885, %v2884 : i64
                    %v2887 = llvm.getelementptr %part_Cm[%v2886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2880, %v2887 : f32, !llvm.ptr
                  }
                  %v2888 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2889 = arith.addf %v2888, %v2852 fastmath<contract> : f32
                  llvm.store %v2889, %v55 : f32, !llvm.ptr
                  %v2890 = arith.select %v37, %v2852, %v60 : f32
                  // sum over the warp's outer points: shuffles
                  %v2891, %v2892 = gpu.shuffle xor %v2890, %v800, %v296 : f32
                  %v2893 = arith.addf %v2890, %v2891 fastmath<contract> : f32
                  %v2894, %v2895 = gpu.shuffle xor %v2893, %v804, %v296 : f32
                  %v2896 = arith.addf %v2893, %v2894 fastmath<contract> : f32
                  %v2897 = arith.divui %v23, %v25 : i64
                  %v2898 = arith.remui %v23, %v25 : i64
                  %v2899 = arith.cmpi ult, %v2898, %v2 : i64
                  %v2900 = arith.muli %v2897, %v811 : i64
                  %v2901 = arith.addi %v2900, %v2765 : i64
                  scf.if %v2899 {
                    %v2902 = llvm.getelementptr %v57[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2896, %v2902 : f32, !llvm.ptr
                  }
                  %v2903 = arith.addf %v2814, %v2824 fastmath<contract> : f32
                  llvm.store %v2903, %v2264 : f32, !llvm.ptr
                  llvm.store %v2759, %v51 : f32, !llvm.ptr
                  llvm.store %v2759, %v52 : f32, !llvm.ptr
                }
                %v2904 = llvm.load %v2264 : !llvm.ptr -> f32
                %v2905 = arith.select %v2267, %v2904, %v2749 : f32
                %v2906 = arith.select %v2267, %v2749, %v2904 : f32
                %v2907, %v2908 = gpu.shuffle xor %v2905, %v732, %v296 : f32
                %v2909 = arith.addf %v2906, %v2907 fastmath<contract> : f32
                %v2910 = arith.select %v2270, %v2909, %v2594 : f32
                %v2911 = arith.select %v2270, %v2594, %v2909 : f32
                %v2912, %v2913 = gpu.shuffle xor %v2910, %v736, %v296 : f32
                %v2914 = arith.addf %v2911, %v2912 fastmath<contract> : f32
                %v2915 = arith.addi %v344, %v75 : i64
                %v2916 = arith.cmpi slt, %v1300, %v2275 : i32
                %v2917 = arith.cmpi eq, %v1300, %v2280 : i32
                %v2918, %v2919 = gpu.shuffle idx %v2026, %v115, %v296 : f32
                %v2920, %v2921 = gpu.shuffle idx %v2027, %v115, %v296 : f32
                %v2922, %v2923 = gpu.shuffle idx %v2031, %v115, %v296 : f32
                %v2924, %v2925 = gpu.shuffle idx %v2034, %v115, %v296 : f32
                %v2926, %v2927 = gpu.shuffle idx %v2043, %v115, %v296 : f32
                %v2928, %v2929 = gpu.shuffle idx %v2048, %v115, %v296 : f32
                %v2930 = arith.addi %v346, %v80 : i64
                llvm.store %v60, %v2264 : f32, !llvm.ptr
                scf.if %v2916 {
                  %v2931 = arith.addi %v144, %v2915 : i64
                  %v2932 = arith.muli %v47, %v304 : i64
                  %v2933 = arith.muli %v2931, %v1 : i64
                  %v2934 = arith.addi %v2932, %v2933 : i64
                  %v2935 = arith.addi %v2934, %v33 : i64
                  %v2936 = llvm.getelementptr %in_Cm[%v2935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2937 = llvm.load %v2936 : !llvm.ptr -> f32
                  %v2938 = arith.muli %v47, %v277 : i64
                  %v2939 = arith.muli %v2931, %v276 : i64
                  %v2940 = arith.addi %v2938, %v2939 : i64
                  %v2941 = arith.muli %v45, %size_P : i64
                  %v2942 = arith.addi %v2940, %v2941 : i64
                  %v2943 = arith.addi %v2942, %v43 : i64
                  %v2944 = llvm.getelementptr %dy_y[%v2943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2945 = llvm.load %v2944 : !llvm.ptr -> f32
                  %v2946 = arith.mulf %v2937, %v2945 fastmath<contract> : f32
                  %v2947 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2948 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2949 = arith.mulf %v2948, %v2947 fastmath<contract> : f32
                  %v2950 = arith.addf %v2946, %v2949 fastmath<contract> : f32
                  llvm.store %v2950, %v49 : f32, !llvm.ptr
                  %v2951 = arith.muli %v47, %v304 : i64
                  %v2952 = arith.muli %v2931, %v1 : i64
                  %v2953 = arith.addi %v2951, %v2952 : i64
                  %v2954 = arith.constant 8 : i64
                  %v2955 = arith.addi %v2954, %v33 : i64
                  %v2956 = arith.addi %v2953, %v2955 : i64
                  %v2957 = llvm.getelementptr %in_Cm[%v2956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2958 = llvm.load %v2957 : !llvm.ptr -> f32
                  %v2959 = arith.mulf %v2958, %v2945 fastmath<contract> : f32
                  %v2960 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2961 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2962 = arith.mulf %v2961, %v2960 fastmath<contract> : f32
                  %v2963 = arith.addf %v2959, %v2962 fastmath<contract> : f32
                  llvm.store %v2963, %v50 : f32, !llvm.ptr
                  %v2964 = arith.muli %v47, %v277 : i64
                  %v2965 = arith.muli %v2931, %v276 : i64
                  %v2966 = arith.addi %v2964, %v2965 : i64
                  %v2967 = arith.muli %v45, %size_P : i64
                  %v2968 = arith.addi %v2966, %v2967 : i64
                  %v2969 = arith.addi %v2968, %v43 : i64
                  %v2970 = llvm.getelementptr %in_x[%v2969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2971 = llvm.load %v2970 : !llvm.ptr -> f32
                  %v2972 = arith.muli %v47, %v304 : i64
                  %v2973 = arith.muli %v2931, %v1 : i64
                  %v2974 = arith.addi %v2972, %v2973 : i64
                  %v2975 = arith.addi %v2974, %v33 : i64
                  %v2976 = llvm.getelementptr %in_Bm[%v2975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2977 = llvm.load %v2976 : !llvm.ptr -> f32
                  %v2978 = llvm.load %v49 : !llvm.ptr -> f32
                  %v2979 = arith.mulf %v2977, %v2978 fastmath<contract> : f32
                  %v2980 = arith.muli %v47, %v304 : i64
                  %v2981 = arith.muli %v2931, %v1 : i64
                  %v2982 = arith.addi %v2980, %v2981 : i64
                  %v2983 = arith.constant 8 : i64
                  %v2984 = arith.addi %v2983, %v33 : i64
                  %v2985 = arith.addi %v2982, %v2984 : i64
                  %v2986 = llvm.getelementptr %in_Bm[%v2985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2987 = llvm.load %v2986 : !llvm.ptr -> f32
                  %v2988 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2989 = arith.mulf %v2987, %v2988 fastmath<contract> : f32
                  %v2990 = arith.addf %v2979, %v2989 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2991, %v2992 = gpu.shuffle xor %v2990, %v732, %v296 : f32
                  %v2993 = arith.addf %v2990, %v2991 fastmath<contract> : f32
                  %v2994, %v2995 = gpu.shuffle xor %v2993, %v736, %v296 : f32
                  %v2996 = arith.addf %v2993, %v2994 fastmath<contract> : f32
                  %v2997, %v2998 = gpu.shuffle xor %v2996, %v740, %v296 : f32
                  %v2999 = arith.addf %v2996, %v2997 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3000 = arith.mulf %v2971, %v2999 fastmath<contract> : f32
                  %v3001 = arith.mulf %v2117, %v2978 fastmath<contract> : f32
                  %v3002 = arith.mulf %v2128, %v2988 fastmath<contract> : f32
                  %v3003 = arith.addf %v3001, %v3002 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3004, %v3005 = gpu.shuffle xor %v3003, %v732, %v296 : f32
                  %v3006 = arith.addf %v3003, %v3004 fastmath<contract> : f32
                  %v3007, %v3008 = gpu.shuffle xor %v3006, %v736, %v296 : f32
                  %v3009 = arith.addf %v3006, %v3007 fastmath<contract> : f32
                  %v3010, %v3011 = gpu.shuffle xor %v3009, %v740, %v296 : f32
                  %v3012 = arith.addf %v3009, %v3010 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3013 = arith.mulf %v2922, %v3012 fastmath<contract> : f32
                  %v3014 = arith.mulf %v2924, %v3013 fastmath<contract> : f32
                  %v3015 = arith.negf %v3014 : f32
                  %v3016 = arith.addf %v3000, %v3015 fastmath<contract> : f32
                  %v3017 = arith.mulf %v3016, %v2928 fastmath<contract> : f32
                  %v3018 = arith.mulf %v2924, %v3012 fastmath<contract> : f32
                  %v3019 = arith.mulf %v2920, %v3018 fastmath<contract> : f32
                  %v3020 = arith.mulf %v2922, %v3019 fastmath<contract> : f32
                  %v3021 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3022 = arith.addf %v3021, %v3020 fastmath<contract> : f32
                  llvm.store %v3022, %v53 : f32, !llvm.ptr
                  %v3023 = arith.mulf %v2926, %v2978 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3024 = arith.muli %v39, %v1 : i64
                    %v3025 = arith.addi %v3024, %v33 : i64
                    %v3026 = arith.subi %v2931, %slice_first : i64
                    %v3027 = arith.muli %v3025, %slice_steps : i64
                    %v3028 = arith.addi %v3027, %v3026 : i64
                    %v3029 = llvm.getelementptr %part_Bm[%v3028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3023, %v3029 : f32, !llvm.ptr
                  }
                  %v3030 = arith.mulf %v2926, %v2988 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3031 = arith.addi %v32, %v33 : i64
                    %v3032 = arith.muli %v39, %v1 : i64
                    %v3033 = arith.addi %v3032, %v3031 : i64
                    %v3034 = arith.subi %v2931, %slice_first : i64
                    %v3035 = arith.muli %v3033, %slice_steps : i64
                    %v3036 = arith.addi %v3035, %v3034 : i64
                    %v3037 = llvm.getelementptr %part_Bm[%v3036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3030, %v3037 : f32, !llvm.ptr
                  }
                  %v3038 = arith.mulf %v2144, %v2945 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3039 = arith.muli %v39, %v1 : i64
                    %v3040 = arith.addi %v3039, %v33 : i64
                    %v3041 = arith.subi %v2931, %slice_first : i64
                    %v3042 = arith.muli %v3040, %slice_steps : i64
                    %v3043 = arith.addi %v3042, %v3041 : i64
                    %v3044 = llvm.getelementptr %part_Cm[%v3043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3038, %v3044 : f32, !llvm.ptr
                  }
                  %v3045 = arith.mulf %v2155, %v2945 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3046 = arith.addi %v32, %v33 : i64
                    %v3047 = arith.muli %v39, %v1 : i64
                    %v3048 = arith.addi %v3047, %v3046 : i64
                    %v3049 = arith.subi %v2931, %slice_first : i64
                    %v3050 = arith.muli %v3048, %slice_steps : i64
                    %v3051 = arith.addi %v3050, %v3049 : i64
                    %v3052 = llvm.getelementptr %part_Cm[%v3051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3045, %v3052 : f32, !llvm.ptr
                  }
                  %v3053 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3054 = arith.addf %v3053, %v3017 fastmath<contract> : f32
                  llvm.store %v3054, %v55 : f32, !llvm.ptr
                  %v3055 = arith.select %v37, %v3017, %v60 : f32
                  // sum over the warp's outer points: shuffles
                  %v3056, %v3057 = gpu.shuffle xor %v3055, %v800, %v296 : f32
                  %v3058 = arith.addf %v3055, %v3056 fastmath<contract> : f32
                  %v3059, %v3060 = gpu.shuffle xor %v3058, %v804, %v296 : f32
                  %v3061 = arith.addf %v3058, %v3059 fastmath<contract> : f32
                  %v3062 = arith.divui %v23, %v25 : i64
                  %v3063 = arith.remui %v23, %v25 : i64
                  %v3064 = arith.cmpi ult, %v3063, %v2 : i64
                  %v3065 = arith.muli %v3062, %v811 : i64
                  %v3066 = arith.addi %v3065, %v2930 : i64
                  scf.if %v3064 {
                    %v3067 = llvm.getelementptr %v57[%v3066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3061, %v3067 : f32, !llvm.ptr
                  }
                  %v3068 = arith.addf %v2979, %v2989 fastmath<contract> : f32
                  llvm.store %v3068, %v2264 : f32, !llvm.ptr
                  llvm.store %v2924, %v51 : f32, !llvm.ptr
                  llvm.store %v2924, %v52 : f32, !llvm.ptr
                }
                %v3069 = llvm.load %v2264 : !llvm.ptr -> f32
                %v3070 = arith.addi %v344, %v70 : i64
                %v3071 = arith.cmpi slt, %v736, %v2275 : i32
                %v3072 = arith.cmpi eq, %v736, %v2280 : i32
                %v3073, %v3074 = gpu.shuffle idx %v2026, %v111, %v296 : f32
                %v3075, %v3076 = gpu.shuffle idx %v2027, %v111, %v296 : f32
                %v3077, %v3078 = gpu.shuffle idx %v2031, %v111, %v296 : f32
                %v3079, %v3080 = gpu.shuffle idx %v2034, %v111, %v296 : f32
                %v3081, %v3082 = gpu.shuffle idx %v2043, %v111, %v296 : f32
                %v3083, %v3084 = gpu.shuffle idx %v2048, %v111, %v296 : f32
                %v3085 = arith.addi %v346, %v85 : i64
                llvm.store %v60, %v2264 : f32, !llvm.ptr
                scf.if %v3071 {
                  %v3086 = arith.addi %v144, %v3070 : i64
                  %v3087 = arith.muli %v47, %v304 : i64
                  %v3088 = arith.muli %v3086, %v1 : i64
                  %v3089 = arith.addi %v3087, %v3088 : i64
                  %v3090 = arith.addi %v3089, %v33 : i64
                  %v3091 = llvm.getelementptr %in_Cm[%v3090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3092 = llvm.load %v3091 : !llvm.ptr -> f32
                  %v3093 = arith.muli %v47, %v277 : i64
                  %v3094 = arith.muli %v3086, %v276 : i64
                  %v3095 = arith.addi %v3093, %v3094 : i64
                  %v3096 = arith.muli %v45, %size_P : i64
                  %v3097 = arith.addi %v3095, %v3096 : i64
                  %v3098 = arith.addi %v3097, %v43 : i64
                  %v3099 = llvm.getelementptr %dy_y[%v3098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3100 = llvm.load %v3099 : !llvm.ptr -> f32
                  %v3101 = arith.mulf %v3092, %v3100 fastmath<contract> : f32
                  %v3102 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3103 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3104 = arith.mulf %v3103, %v3102 fastmath<contract> : f32
                  %v3105 = arith.addf %v3101, %v3104 fastmath<contract> : f32
                  llvm.store %v3105, %v49 : f32, !llvm.ptr
                  %v3106 = arith.muli %v47, %v304 : i64
                  %v3107 = arith.muli %v3086, %v1 : i64
                  %v3108 = arith.addi %v3106, %v3107 : i64
                  %v3109 = arith.constant 8 : i64
                  %v3110 = arith.addi %v3109, %v33 : i64
                  %v3111 = arith.addi %v3108, %v3110 : i64
                  %v3112 = llvm.getelementptr %in_Cm[%v3111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3113 = llvm.load %v3112 : !llvm.ptr -> f32
                  %v3114 = arith.mulf %v3113, %v3100 fastmath<contract> : f32
                  %v3115 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3116 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3117 = arith.mulf %v3116, %v3115 fastmath<contract> : f32
                  %v3118 = arith.addf %v3114, %v3117 fastmath<contract> : f32
                  llvm.store %v3118, %v50 : f32, !llvm.ptr
                  %v3119 = arith.muli %v47, %v277 : i64
                  %v3120 = arith.muli %v3086, %v276 : i64
                  %v3121 = arith.addi %v3119, %v3120 : i64
                  %v3122 = arith.muli %v45, %size_P : i64
                  %v3123 = arith.addi %v3121, %v3122 : i64
                  %v3124 = arith.addi %v3123, %v43 : i64
                  %v3125 = llvm.getelementptr %in_x[%v3124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3126 = llvm.load %v3125 : !llvm.ptr -> f32
                  %v3127 = arith.muli %v47, %v304 : i64
                  %v3128 = arith.muli %v3086, %v1 : i64
                  %v3129 = arith.addi %v3127, %v3128 : i64
                  %v3130 = arith.addi %v3129, %v33 : i64
                  %v3131 = llvm.getelementptr %in_Bm[%v3130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3132 = llvm.load %v3131 : !llvm.ptr -> f32
                  %v3133 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3134 = arith.mulf %v3132, %v3133 fastmath<contract> : f32
                  %v3135 = arith.muli %v47, %v304 : i64
                  %v3136 = arith.muli %v3086, %v1 : i64
                  %v3137 = arith.addi %v3135, %v3136 : i64
                  %v3138 = arith.constant 8 : i64
                  %v3139 = arith.addi %v3138, %v33 : i64
                  %v3140 = arith.addi %v3137, %v3139 : i64
                  %v3141 = llvm.getelementptr %in_Bm[%v3140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3142 = llvm.load %v3141 : !llvm.ptr -> f32
                  %v3143 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3144 = arith.mulf %v3142, %v3143 fastmath<contract> : f32
                  %v3145 = arith.addf %v3134, %v3144 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3146, %v3147 = gpu.shuffle xor %v3145, %v732, %v296 : f32
                  %v3148 = arith.addf %v3145, %v3146 fastmath<contract> : f32
                  %v3149, %v3150 = gpu.shuffle xor %v3148, %v736, %v296 : f32
                  %v3151 = arith.addf %v3148, %v3149 fastmath<contract> : f32
                  %v3152, %v3153 = gpu.shuffle xor %v3151, %v740, %v296 : f32
                  %v3154 = arith.addf %v3151, %v3152 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3155 = arith.mulf %v3126, %v3154 fastmath<contract> : f32
                  %v3156 = arith.mulf %v2090, %v3133 fastmath<contract> : f32
                  %v3157 = arith.mulf %v2101, %v3143 fastmath<contract> : f32
                  %v3158 = arith.addf %v3156, %v3157 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3159, %v3160 = gpu.shuffle xor %v3158, %v732, %v296 : f32
                  %v3161 = arith.addf %v3158, %v3159 fastmath<contract> : f32
                  %v3162, %v3163 = gpu.shuffle xor %v3161, %v736, %v296 : f32
                  %v3164 = arith.addf %v3161, %v3162 fastmath<contract> : f32
                  %v3165, %v3166 = gpu.shuffle xor %v3164, %v740, %v296 : f32
                  %v3167 = arith.addf %v3164, %v3165 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3168 = arith.mulf %v3077, %v3167 fastmath<contract> : f32
                  %v3169 = arith.mulf %v3079, %v3168 fastmath<contract> : f32
                  %v3170 = arith.negf %v3169 : f32
                  %v3171 = arith.addf %v3155, %v3170 fastmath<contract> : f32
                  %v3172 = arith.mulf %v3171, %v3083 fastmath<contract> : f32
                  %v3173 = arith.mulf %v3079, %v3167 fastmath<contract> : f32
                  %v3174 = arith.mulf %v3075, %v3173 fastmath<contract> : f32
                  %v3175 = arith.mulf %v3077, %v3174 fastmath<contract> : f32
                  %v3176 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3177 = arith.addf %v3176, %v3175 fastmath<contract> : f32
                  llvm.store %v3177, %v53 : f32, !llvm.ptr
                  %v3178 = arith.mulf %v3081, %v3133 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3179 = arith.muli %v39, %v1 : i64
                    %v3180 = arith.addi %v3179, %v33 : i64
                    %v3181 = arith.subi %v3086, %slice_first : i64
                    %v3182 = arith.muli %v3180, %slice_steps : i64
                    %v3183 = arith.addi %v3182, %v3181 : i64
                    %v3184 = llvm.getelementptr %part_Bm[%v3183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3178, %v3184 : f32, !llvm.ptr
                  }
                  %v3185 = arith.mulf %v3081, %v3143 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3186 = arith.addi %v32, %v33 : i64
                    %v3187 = arith.muli %v39, %v1 : i64
                    %v3188 = arith.addi %v3187, %v3186 : i64
                    %v3189 = arith.subi %v3086, %slice_first : i64
                    %v3190 = arith.muli %v3188, %slice_steps : i64
                    %v3191 = arith.addi %v3190, %v3189 : i64
                    %v3192 = llvm.getelementptr %part_Bm[%v3191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3185, %v3192 : f32, !llvm.ptr
                  }
                  %v3193 = arith.mulf %v2117, %v3100 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3194 = arith.muli %v39, %v1 : i64
                    %v3195 = arith.addi %v3194, %v33 : i64
                    %v3196 = arith.subi %v3086, %slice_first : i64
                    %v3197 = arith.muli %v3195, %slice_steps : i64
                    %v3198 = arith.addi %v3197, %v3196 : i64
                    %v3199 = llvm.getelementptr %part_Cm[%v3198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3193, %v3199 : f32, !llvm.ptr
                  }
                  %v3200 = arith.mulf %v2128, %v3100 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3201 = arith.addi %v32, %v33 : i64
                    %v3202 = arith.muli %v39, %v1 : i64
                    %v3203 = arith.addi %v3202, %v3201 : i64
                    %v3204 = arith.subi %v3086, %slice_first : i64
                    %v3205 = arith.muli %v3203, %slice_steps : i64
                    %v3206 = arith.addi %v3205, %v3204 : i64
                    %v3207 = llvm.getelementptr %part_Cm[%v3206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3200, %v3207 : f32, !llvm.ptr
                  }
                  %v3208 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3209 = arith.addf %v3208, %v3172 fastmath<contract> : f32
                  llvm.store %v3209, %v55 : f32, !llvm.ptr
                  %v3210 = arith.select %v37, %v3172, %v60 : f32
                  // sum over the warp's outer points: shuffles
                  %v3211, %v3212 = gpu.shuffle xor %v3210, %v800, %v296 : f32
                  %v3213 = arith.addf %v3210, %v3211 fastmath<contract> : f32
                  %v3214, %v3215 = gpu.shuffle xor %v3213, %v804, %v296 : f32
                  %v3216 = arith.addf %v3213, %v3214 fastmath<contract> : f32
                  %v3217 = arith.divui %v23, %v25 : i64
                  %v3218 = arith.remui %v23, %v25 : i64
                  %v3219 = arith.cmpi ult, %v3218, %v2 : i64
                  %v3220 = arith.muli %v3217, %v811 : i64
                  %v3221 = arith.addi %v3220, %v3085 : i64
                  scf.if %v3219 {
                    %v3222 = llvm.getelementptr %v57[%v3221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3216, %v3222 : f32, !llvm.ptr
                  }
                  %v3223 = arith.addf %v3134, %v3144 fastmath<contract> : f32
                  llvm.store %v3223, %v2264 : f32, !llvm.ptr
                  llvm.store %v3079, %v51 : f32, !llvm.ptr
                  llvm.store %v3079, %v52 : f32, !llvm.ptr
                }
                %v3224 = llvm.load %v2264 : !llvm.ptr -> f32
                %v3225 = arith.select %v2267, %v3224, %v3069 : f32
                %v3226 = arith.select %v2267, %v3069, %v3224 : f32
                %v3227, %v3228 = gpu.shuffle xor %v3225, %v732, %v296 : f32
                %v3229 = arith.addf %v3226, %v3227 fastmath<contract> : f32
                %v3230 = arith.addi %v344, %v2 : i64
                %v3231 = arith.cmpi slt, %v732, %v2275 : i32
                %v3232 = arith.cmpi eq, %v732, %v2280 : i32
                %v3233, %v3234 = gpu.shuffle idx %v2026, %v107, %v296 : f32
                %v3235, %v3236 = gpu.shuffle idx %v2027, %v107, %v296 : f32
                %v3237, %v3238 = gpu.shuffle idx %v2031, %v107, %v296 : f32
                %v3239, %v3240 = gpu.shuffle idx %v2034, %v107, %v296 : f32
                %v3241, %v3242 = gpu.shuffle idx %v2043, %v107, %v296 : f32
                %v3243, %v3244 = gpu.shuffle idx %v2048, %v107, %v296 : f32
                %v3245 = arith.addi %v346, %v90 : i64
                llvm.store %v60, %v2264 : f32, !llvm.ptr
                scf.if %v3231 {
                  %v3246 = arith.addi %v144, %v3230 : i64
                  %v3247 = arith.muli %v47, %v304 : i64
                  %v3248 = arith.muli %v3246, %v1 : i64
                  %v3249 = arith.addi %v3247, %v3248 : i64
                  %v3250 = arith.addi %v3249, %v33 : i64
                  %v3251 = llvm.getelementptr %in_Cm[%v3250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3252 = llvm.load %v3251 : !llvm.ptr -> f32
                  %v3253 = arith.muli %v47, %v277 : i64
                  %v3254 = arith.muli %v3246, %v276 : i64
                  %v3255 = arith.addi %v3253, %v3254 : i64
                  %v3256 = arith.muli %v45, %size_P : i64
                  %v3257 = arith.addi %v3255, %v3256 : i64
                  %v3258 = arith.addi %v3257, %v43 : i64
                  %v3259 = llvm.getelementptr %dy_y[%v3258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3260 = llvm.load %v3259 : !llvm.ptr -> f32
                  %v3261 = arith.mulf %v3252, %v3260 fastmath<contract> : f32
                  %v3262 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3263 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3264 = arith.mulf %v3263, %v3262 fastmath<contract> : f32
                  %v3265 = arith.addf %v3261, %v3264 fastmath<contract> : f32
                  llvm.store %v3265, %v49 : f32, !llvm.ptr
                  %v3266 = arith.muli %v47, %v304 : i64
                  %v3267 = arith.muli %v3246, %v1 : i64
                  %v3268 = arith.addi %v3266, %v3267 : i64
                  %v3269 = arith.constant 8 : i64
                  %v3270 = arith.addi %v3269, %v33 : i64
                  %v3271 = arith.addi %v3268, %v3270 : i64
                  %v3272 = llvm.getelementptr %in_Cm[%v3271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3273 = llvm.load %v3272 : !llvm.ptr -> f32
                  %v3274 = arith.mulf %v3273, %v3260 fastmath<contract> : f32
                  %v3275 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3276 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3277 = arith.mulf %v3276, %v3275 fastmath<contract> : f32
                  %v3278 = arith.addf %v3274, %v3277 fastmath<contract> : f32
                  llvm.store %v3278, %v50 : f32, !llvm.ptr
                  %v3279 = arith.muli %v47, %v277 : i64
                  %v3280 = arith.muli %v3246, %v276 : i64
                  %v3281 = arith.addi %v3279, %v3280 : i64
                  %v3282 = arith.muli %v45, %size_P : i64
                  %v3283 = arith.addi %v3281, %v3282 : i64
                  %v3284 = arith.addi %v3283, %v43 : i64
                  %v3285 = llvm.getelementptr %in_x[%v3284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3286 = llvm.load %v3285 : !llvm.ptr -> f32
                  %v3287 = arith.muli %v47, %v304 : i64
                  %v3288 = arith.muli %v3246, %v1 : i64
                  %v3289 = arith.addi %v3287, %v3288 : i64
                  %v3290 = arith.addi %v3289, %v33 : i64
                  %v3291 = llvm.getelementptr %in_Bm[%v3290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3292 = llvm.load %v3291 : !llvm.ptr -> f32
                  %v3293 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3294 = arith.mulf %v3292, %v3293 fastmath<contract> : f32
                  %v3295 = arith.muli %v47, %v304 : i64
                  %v3296 = arith.muli %v3246, %v1 : i64
                  %v3297 = arith.addi %v3295, %v3296 : i64
                  %v3298 = arith.constant 8 : i64
                  %v3299 = arith.addi %v3298, %v33 : i64
                  %v3300 = arith.addi %v3297, %v3299 : i64
                  %v3301 = llvm.getelementptr %in_Bm[%v3300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3302 = llvm.load %v3301 : !llvm.ptr -> f32
                  %v3303 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3304 = arith.mulf %v3302, %v3303 fastmath<contract> : f32
                  %v3305 = arith.addf %v3294, %v3304 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3306, %v3307 = gpu.shuffle xor %v3305, %v732, %v296 : f32
                  %v3308 = arith.addf %v3305, %v3306 fastmath<contract> : f32
                  %v3309, %v3310 = gpu.shuffle xor %v3308, %v736, %v296 : f32
                  %v3311 = arith.addf %v3308, %v3309 fastmath<contract> : f32
                  %v3312, %v3313 = gpu.shuffle xor %v3311, %v740, %v296 : f32
                  %v3314 = arith.addf %v3311, %v3312 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3315 = arith.mulf %v3286, %v3314 fastmath<contract> : f32
                  %v3316 = arith.mulf %v2063, %v3293 fastmath<contract> : f32
                  %v3317 = arith.mulf %v2074, %v3303 fastmath<contract> : f32
                  %v3318 = arith.addf %v3316, %v3317 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3319, %v3320 = gpu.shuffle xor %v3318, %v732, %v296 : f32
                  %v3321 = arith.addf %v3318, %v3319 fastmath<contract> : f32
                  %v3322, %v3323 = gpu.shuffle xor %v3321, %v736, %v296 : f32
                  %v3324 = arith.addf %v3321, %v3322 fastmath<contract> : f32
                  %v3325, %v3326 = gpu.shuffle xor %v3324, %v740, %v296 : f32
                  %v3327 = arith.addf %v3324, %v3325 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3328 = arith.mulf %v3237, %v3327 fastmath<contract> : f32
                  %v3329 = arith.mulf %v3239, %v3328 fastmath<contract> : f32
                  %v3330 = arith.negf %v3329 : f32
                  %v3331 = arith.addf %v3315, %v3330 fastmath<contract> : f32
                  %v3332 = arith.mulf %v3331, %v3243 fastmath<contract> : f32
                  %v3333 = arith.mulf %v3239, %v3327 fastmath<contract> : f32
                  %v3334 = arith.mulf %v3235, %v3333 fastmath<contract> : f32
                  %v3335 = arith.mulf %v3237, %v3334 fastmath<contract> : f32
                  %v3336 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3337 = arith.addf %v3336, %v3335 fastmath<contract> : f32
                  llvm.store %v3337, %v53 : f32, !llvm.ptr
                  %v3338 = arith.mulf %v3241, %v3293 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3339 = arith.muli %v39, %v1 : i64
                    %v3340 = arith.addi %v3339, %v33 : i64
                    %v3341 = arith.subi %v3246, %slice_first : i64
                    %v3342 = arith.muli %v3340, %slice_steps : i64
                    %v3343 = arith.addi %v3342, %v3341 : i64
                    %v3344 = llvm.getelementptr %part_Bm[%v3343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3338, %v3344 : f32, !llvm.ptr
                  }
                  %v3345 = arith.mulf %v3241, %v3303 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3346 = arith.addi %v32, %v33 : i64
                    %v3347 = arith.muli %v39, %v1 : i64
                    %v3348 = arith.addi %v3347, %v3346 : i64
                    %v3349 = arith.subi %v3246, %slice_first : i64
                    %v3350 = arith.muli %v3348, %slice_steps : i64
                    %v3351 = arith.addi %v3350, %v3349 : i64
                    %v3352 = llvm.getelementptr %part_Bm[%v3351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3345, %v3352 : f32, !llvm.ptr
                  }
                  %v3353 = arith.mulf %v2090, %v3260 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3354 = arith.muli %v39, %v1 : i64
                    %v3355 = arith.addi %v3354, %v33 : i64
                    %v3356 = arith.subi %v3246, %slice_first : i64
                    %v3357 = arith.muli %v3355, %slice_steps : i64
                    %v3358 = arith.addi %v3357, %v3356 : i64
                    %v3359 = llvm.getelementptr %part_Cm[%v3358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3353, %v3359 : f32, !llvm.ptr
                  }
                  %v3360 = arith.mulf %v2101, %v3260 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3361 = arith.addi %v32, %v33 : i64
                    %v3362 = arith.muli %v39, %v1 : i64
                    %v3363 = arith.addi %v3362, %v3361 : i64
                    %v3364 = arith.subi %v3246, %slice_first : i64
                    %v3365 = arith.muli %v3363, %slice_steps : i64
                    %v3366 = arith.addi %v3365, %v3364 : i64
                    %v3367 = llvm.getelementptr %part_Cm[%v3366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3360, %v3367 : f32, !llvm.ptr
                  }
                  %v3368 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3369 = arith.addf %v3368, %v3332 fastmath<contract> : f32
                  llvm.store %v3369, %v55 : f32, !llvm.ptr
                  %v3370 = arith.select %v37, %v3332, %v60 : f32
                  // sum over the warp's outer points: shuffles
                  %v3371, %v3372 = gpu.shuffle xor %v3370, %v800, %v296 : f32
                  %v3373 = arith.addf %v3370, %v3371 fastmath<contract> : f32
                  %v3374, %v3375 = gpu.shuffle xor %v3373, %v804, %v296 : f32
                  %v3376 = arith.addf %v3373, %v3374 fastmath<contract> : f32
                  %v3377 = arith.divui %v23, %v25 : i64
                  %v3378 = arith.remui %v23, %v25 : i64
                  %v3379 = arith.cmpi ult, %v3378, %v2 : i64
                  %v3380 = arith.muli %v3377, %v811 : i64
                  %v3381 = arith.addi %v3380, %v3245 : i64
                  scf.if %v3379 {
                    %v3382 = llvm.getelementptr %v57[%v3381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3376, %v3382 : f32, !llvm.ptr
                  }
                  %v3383 = arith.addf %v3294, %v3304 fastmath<contract> : f32
                  llvm.store %v3383, %v2264 : f32, !llvm.ptr
                  llvm.store %v3239, %v51 : f32, !llvm.ptr
                  llvm.store %v3239, %v52 : f32, !llvm.ptr
                }
                %v3384 = llvm.load %v2264 : !llvm.ptr -> f32
                %v3385 = arith.cmpi slt, %v1770, %v2275 : i32
                %v3386 = arith.cmpi eq, %v1770, %v2280 : i32
                %v3387, %v3388 = gpu.shuffle idx %v2026, %v103, %v296 : f32
                %v3389, %v3390 = gpu.shuffle idx %v2027, %v103, %v296 : f32
                %v3391, %v3392 = gpu.shuffle idx %v2031, %v103, %v296 : f32
                %v3393, %v3394 = gpu.shuffle idx %v2034, %v103, %v296 : f32
                %v3395, %v3396 = gpu.shuffle idx %v2043, %v103, %v296 : f32
                %v3397, %v3398 = gpu.shuffle idx %v2048, %v103, %v296 : f32
                %v3399 = arith.addi %v346, %v96 : i64
                llvm.store %v60, %v2264 : f32, !llvm.ptr
                scf.if %v3385 {
                  %v3400 = arith.addi %v144, %v344 : i64
                  %v3401 = arith.muli %v47, %v304 : i64
                  %v3402 = arith.muli %v3400, %v1 : i64
                  %v3403 = arith.addi %v3401, %v3402 : i64
                  %v3404 = arith.addi %v3403, %v33 : i64
                  %v3405 = llvm.getelementptr %in_Cm[%v3404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3406 = llvm.load %v3405 : !llvm.ptr -> f32
                  %v3407 = arith.muli %v47, %v277 : i64
                  %v3408 = arith.muli %v3400, %v276 : i64
                  %v3409 = arith.addi %v3407, %v3408 : i64
                  %v3410 = arith.muli %v45, %size_P : i64
                  %v3411 = arith.addi %v3409, %v3410 : i64
                  %v3412 = arith.addi %v3411, %v43 : i64
                  %v3413 = llvm.getelementptr %dy_y[%v3412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3414 = llvm.load %v3413 : !llvm.ptr -> f32
                  %v3415 = arith.mulf %v3406, %v3414 fastmath<contract> : f32
                  %v3416 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3417 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3418 = arith.mulf %v3417, %v3416 fastmath<contract> : f32
                  %v3419 = arith.addf %v3415, %v3418 fastmath<contract> : f32
                  llvm.store %v3419, %v49 : f32, !llvm.ptr
                  %v3420 = arith.muli %v47, %v304 : i64
                  %v3421 = arith.muli %v3400, %v1 : i64
                  %v3422 = arith.addi %v3420, %v3421 : i64
                  %v3423 = arith.constant 8 : i64
                  %v3424 = arith.addi %v3423, %v33 : i64
                  %v3425 = arith.addi %v3422, %v3424 : i64
                  %v3426 = llvm.getelementptr %in_Cm[%v3425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3427 = llvm.load %v3426 : !llvm.ptr -> f32
                  %v3428 = arith.mulf %v3427, %v3414 fastmath<contract> : f32
                  %v3429 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3430 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3431 = arith.mulf %v3430, %v3429 fastmath<contract> : f32
                  %v3432 = arith.addf %v3428, %v3431 fastmath<contract> : f32
                  llvm.store %v3432, %v50 : f32, !llvm.ptr
                  %v3433 = arith.muli %v47, %v277 : i64
                  %v3434 = arith.muli %v3400, %v276 : i64
                  %v3435 = arith.addi %v3433, %v3434 : i64
                  %v3436 = arith.muli %v45, %size_P : i64
                  %v3437 = arith.addi %v3435, %v3436 : i64
                  %v3438 = arith.addi %v3437, %v43 : i64
                  %v3439 = llvm.getelementptr %in_x[%v3438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3440 = llvm.load %v3439 : !llvm.ptr -> f32
                  %v3441 = arith.muli %v47, %v304 : i64
                  %v3442 = arith.muli %v3400, %v1 : i64
                  %v3443 = arith.addi %v3441, %v3442 : i64
                  %v3444 = arith.addi %v3443, %v33 : i64
                  %v3445 = llvm.getelementptr %in_Bm[%v3444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3446 = llvm.load %v3445 : !llvm.ptr -> f32
                  %v3447 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3448 = arith.mulf %v3446, %v3447 fastmath<contract> : f32
                  %v3449 = arith.muli %v47, %v304 : i64
                  %v3450 = arith.muli %v3400, %v1 : i64
                  %v3451 = arith.addi %v3449, %v3450 : i64
                  %v3452 = arith.constant 8 : i64
                  %v3453 = arith.addi %v3452, %v33 : i64
                  %v3454 = arith.addi %v3451, %v3453 : i64
                  %v3455 = llvm.getelementptr %in_Bm[%v3454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3456 = llvm.load %v3455 : !llvm.ptr -> f32
                  %v3457 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3458 = arith.mulf %v3456, %v3457 fastmath<contract> : f32
                  %v3459 = arith.addf %v3448, %v3458 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3460, %v3461 = gpu.shuffle xor %v3459, %v732, %v296 : f32
                  %v3462 = arith.addf %v3459, %v3460 fastmath<contract> : f32
                  %v3463, %v3464 = gpu.shuffle xor %v3462, %v736, %v296 : f32
                  %v3465 = arith.addf %v3462, %v3463 fastmath<contract> : f32
                  %v3466, %v3467 = gpu.shuffle xor %v3465, %v740, %v296 : f32
                  %v3468 = arith.addf %v3465, %v3466 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3469 = arith.mulf %v3440, %v3468 fastmath<contract> : f32
                  %v3470 = arith.mulf %v1983, %v3447 fastmath<contract> : f32
                  %v3471 = arith.mulf %v1992, %v3457 fastmath<contract> : f32
                  %v3472 = arith.addf %v3470, %v3471 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3473, %v3474 = gpu.shuffle xor %v3472, %v732, %v296 : f32
                  %v3475 = arith.addf %v3472, %v3473 fastmath<contract> : f32
                  %v3476, %v3477 = gpu.shuffle xor %v3475, %v736, %v296 : f32
                  %v3478 = arith.addf %v3475, %v3476 fastmath<contract> : f32
                  %v3479, %v3480 = gpu.shuffle xor %v3478, %v740, %v296 : f32
                  %v3481 = arith.addf %v3478, %v3479 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3482 = arith.mulf %v3391, %v3481 fastmath<contract> : f32
                  %v3483 = arith.mulf %v3393, %v3482 fastmath<contract> : f32
                  %v3484 = arith.negf %v3483 : f32
                  %v3485 = arith.addf %v3469, %v3484 fastmath<contract> : f32
                  %v3486 = arith.mulf %v3485, %v3397 fastmath<contract> : f32
                  %v3487 = arith.mulf %v3393, %v3481 fastmath<contract> : f32
                  %v3488 = arith.mulf %v3389, %v3487 fastmath<contract> : f32
                  %v3489 = arith.mulf %v3391, %v3488 fastmath<contract> : f32
                  %v3490 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3491 = arith.addf %v3490, %v3489 fastmath<contract> : f32
                  llvm.store %v3491, %v53 : f32, !llvm.ptr
                  %v3492 = arith.mulf %v3395, %v3447 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3493 = arith.muli %v39, %v1 : i64
                    %v3494 = arith.addi %v3493, %v33 : i64
                    %v3495 = arith.subi %v3400, %slice_first : i64
                    %v3496 = arith.muli %v3494, %slice_steps : i64
                    %v3497 = arith.addi %v3496, %v3495 : i64
                    %v3498 = llvm.getelementptr %part_Bm[%v3497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3492, %v3498 : f32, !llvm.ptr
                  }
                  %v3499 = arith.mulf %v3395, %v3457 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3500 = arith.addi %v32, %v33 : i64
                    %v3501 = arith.muli %v39, %v1 : i64
                    %v3502 = arith.addi %v3501, %v3500 : i64
                    %v3503 = arith.subi %v3400, %slice_first : i64
                    %v3504 = arith.muli %v3502, %slice_steps : i64
                    %v3505 = arith.addi %v3504, %v3503 : i64
                    %v3506 = llvm.getelementptr %part_Bm[%v3505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3499, %v3506 : f32, !llvm.ptr
                  }
                  %v3507 = arith.mulf %v2063, %v3414 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3508 = arith.muli %v39, %v1 : i64
                    %v3509 = arith.addi %v3508, %v33 : i64
                    %v3510 = arith.subi %v3400, %slice_first : i64
                    %v3511 = arith.muli %v3509, %slice_steps : i64
                    %v3512 = arith.addi %v3511, %v3510 : i64
                    %v3513 = llvm.getelementptr %part_Cm[%v3512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3507, %v3513 : f32, !llvm.ptr
                  }
                  %v3514 = arith.mulf %v2074, %v3414 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3515 = arith.addi %v32, %v33 : i64
                    %v3516 = arith.muli %v39, %v1 : i64
                    %v3517 = arith.addi %v3516, %v3515 : i64
                    %v3518 = arith.subi %v3400, %slice_first : i64
                    %v3519 = arith.muli %v3517, %slice_steps : i64
                    %v3520 = arith.addi %v3519, %v3518 : i64
                    %v3521 = llvm.getelementptr %part_Cm[%v3520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3514, %v3521 : f32, !llvm.ptr
                  }
                  %v3522 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3523 = arith.addf %v3522, %v3486 fastmath<contract> : f32
                  llvm.store %v3523, %v55 : f32, !llvm.ptr
                  %v3524 = arith.select %v37, %v3486, %v60 : f32
                  // sum over the warp's outer points: shuffles
                  %v3525, %v3526 = gpu.shuffle xor %v3524, %v800, %v296 : f32
                  %v3527 = arith.addf %v3524, %v3525 fastmath<contract> : f32
                  %v3528, %v3529 = gpu.shuffle xor %v3527, %v804, %v296 : f32
                  %v3530 = arith.addf %v3527, %v3528 fastmath<contract> : f32
                  %v3531 = arith.divui %v23, %v25 : i64
                  %v3532 = arith.remui %v23, %v25 : i64
                  %v3533 = arith.cmpi ult, %v3532, %v2 : i64
                  %v3534 = arith.muli %v3531, %v811 : i64
                  %v3535 = arith.addi %v3534, %v3399 : i64
                  scf.if %v3533 {
                    %v3536 = llvm.getelementptr %v57[%v3535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3530, %v3536 : f32, !llvm.ptr
                  }
                  %v3537 = arith.addf %v3448, %v3458 fastmath<contract> : f32
                  llvm.store %v3537, %v2264 : f32, !llvm.ptr
                  llvm.store %v3393, %v51 : f32, !llvm.ptr
                  llvm.store %v3393, %v52 : f32, !llvm.ptr
                }
                %v3538 = llvm.load %v2264 : !llvm.ptr -> f32
                %v3539 = arith.select %v2267, %v3538, %v3384 : f32
                %v3540 = arith.select %v2267, %v3384, %v3538 : f32
                %v3541, %v3542 = gpu.shuffle xor %v3539, %v732, %v296 : f32
                %v3543 = arith.addf %v3540, %v3541 fastmath<contract> : f32
                %v3544 = arith.select %v2270, %v3543, %v3229 : f32
                %v3545 = arith.select %v2270, %v3229, %v3543 : f32
                %v3546, %v3547 = gpu.shuffle xor %v3544, %v736, %v296 : f32
                %v3548 = arith.addf %v3545, %v3546 fastmath<contract> : f32
                %v3549 = arith.select %v2273, %v3548, %v2914 : f32
                %v3550 = arith.select %v2273, %v2914, %v3548 : f32
                %v3551, %v3552 = gpu.shuffle xor %v3549, %v740, %v296 : f32
                %v3553 = arith.addf %v3550, %v3551 fastmath<contract> : f32
                %v3554 = arith.addi %v344, %v33 : i64
                %v3555 = arith.cmpi slt, %v3554, %v146 : i64
                %v3556 = arith.andi %v37, %v3555 : i1
                scf.if %v3556 {
                  %v3557 = arith.addi %v144, %v3554 : i64
                  // the gradients of this lane's own step
                  %v3558 = llvm.getelementptr %in_Dskip[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3559 = llvm.load %v3558 : !llvm.ptr -> f32
                  %v3560 = arith.muli %v47, %v277 : i64
                  %v3561 = arith.muli %v3557, %v276 : i64
                  %v3562 = arith.addi %v3560, %v3561 : i64
                  %v3563 = arith.muli %v45, %size_P : i64
                  %v3564 = arith.addi %v3562, %v3563 : i64
                  %v3565 = arith.addi %v3564, %v43 : i64
                  %v3566 = llvm.getelementptr %dy_y[%v3565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3567 = llvm.load %v3566 : !llvm.ptr -> f32
                  %v3568 = arith.mulf %v3559, %v3567 fastmath<contract> : f32
                  %v3569 = arith.mulf %v2026, %v3553 fastmath<contract> : f32
                  %v3570 = arith.addf %v3568, %v3569 fastmath<contract> : f32
                  %v3571 = arith.muli %v47, %v277 : i64
                  %v3572 = arith.muli %v3557, %v276 : i64
                  %v3573 = arith.addi %v3571, %v3572 : i64
                  %v3574 = arith.muli %v45, %size_P : i64
                  %v3575 = arith.addi %v3573, %v3574 : i64
                  %v3576 = arith.addi %v3575, %v43 : i64
                  %v3577 = llvm.getelementptr %dx_x[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3570, %v3577 : f32, !llvm.ptr
                  %v3578 = arith.muli %v47, %v277 : i64
                  %v3579 = arith.muli %v3557, %v276 : i64
                  %v3580 = arith.addi %v3578, %v3579 : i64
                  %v3581 = arith.muli %v45, %size_P : i64
                  %v3582 = arith.addi %v3580, %v3581 : i64
                  %v3583 = arith.addi %v3582, %v43 : i64
                  %v3584 = llvm.getelementptr %in_x[%v3583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3585 = llvm.load %v3584 : !llvm.ptr -> f32
                  %v3586 = arith.mulf %v3585, %v3567 fastmath<contract> : f32
                  %v3587 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3588 = arith.addf %v3587, %v3586 fastmath<contract> : f32
                  llvm.store %v3588, %v54 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3589 = arith.index_cast %v23 : i64 to index
          %v3590 = arith.index_cast %v25 : i64 to index
          %v3591 = arith.index_cast %v150 : i64 to index
          scf.for %v3592 = %v3589 to %v3590 step %v3591 {
            %v3593 = arith.index_cast %v3592 : index to i64
            %v3596 = arith.remui %v3593, %v25 : i64
            %v3597 = arith.divui %v3593, %v25 : i64
            %v3598 = arith.muli %v333, %v80 : i64
            %v3599 = arith.divui %v3596, %v32 : i64
            %v3600 = arith.addi %v3598, %v3599 : i64
            %v3601 = arith.cmpi slt, %v3600, %v148 : i64
            %v3602 = arith.subi %v148, %v2 : i64
            %v3603 = arith.subi %v3602, %v3600 : i64
            %v3604 = arith.remui %v3596, %v32 : i64
            %v3605 = arith.subi %v96, %v3604 : i64
            %v3606 = arith.muli %v3603, %v32 : i64
            %v3607 = arith.addi %v3606, %v3605 : i64
            %v3608 = arith.cmpi slt, %v3607, %v146 : i64
            %v3609 = arith.andi %v3601, %v3608 : i1
            scf.if %v3609 {
              %v3610 = arith.addi %v144, %v3607 : i64
              %v3611 = arith.remui %v3593, %v25 : i64
              %v3612 = arith.divui %v3593, %v25 : i64
              %v3613 = arith.muli %v3612, %v811 : i64
              %v3614 = arith.addi %v3613, %v3611 : i64
              %v3615 = llvm.getelementptr %v57[%v3614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3616 = llvm.load %v3615 : !llvm.ptr -> f32
              %v3617 = arith.addi %v2, %v3612 : i64
              %v3618 = arith.muli %v3617, %v811 : i64
              %v3619 = arith.addi %v3618, %v3611 : i64
              %v3620 = llvm.getelementptr %v57[%v3619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3621 = llvm.load %v3620 : !llvm.ptr -> f32
              %v3622 = arith.addf %v3616, %v3621 fastmath<contract> : f32
              %v3623 = arith.addi %v70, %v3612 : i64
              %v3624 = arith.muli %v3623, %v811 : i64
              %v3625 = arith.addi %v3624, %v3611 : i64
              %v3626 = llvm.getelementptr %v57[%v3625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3627 = llvm.load %v3626 : !llvm.ptr -> f32
              %v3628 = arith.addf %v3622, %v3627 fastmath<contract> : f32
              %v3629 = arith.addi %v75, %v3612 : i64
              %v3630 = arith.muli %v3629, %v811 : i64
              %v3631 = arith.addi %v3630, %v3611 : i64
              %v3632 = llvm.getelementptr %v57[%v3631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3633 = llvm.load %v3632 : !llvm.ptr -> f32
              %v3634 = arith.addf %v3628, %v3633 fastmath<contract> : f32
              %v3635 = arith.addi %v80, %v3612 : i64
              %v3636 = arith.muli %v3635, %v811 : i64
              %v3637 = arith.addi %v3636, %v3611 : i64
              %v3638 = llvm.getelementptr %v57[%v3637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3639 = llvm.load %v3638 : !llvm.ptr -> f32
              %v3640 = arith.addf %v3634, %v3639 fastmath<contract> : f32
              %v3641 = arith.addi %v85, %v3612 : i64
              %v3642 = arith.muli %v3641, %v811 : i64
              %v3643 = arith.addi %v3642, %v3611 : i64
              %v3644 = llvm.getelementptr %v57[%v3643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3645 = llvm.load %v3644 : !llvm.ptr -> f32
              %v3646 = arith.addf %v3640, %v3645 fastmath<contract> : f32
              %v3647 = arith.addi %v90, %v3612 : i64
              %v3648 = arith.muli %v3647, %v811 : i64
              %v3649 = arith.addi %v3648, %v3611 : i64
              %v3650 = llvm.getelementptr %v57[%v3649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3651 = llvm.load %v3650 : !llvm.ptr -> f32
              %v3652 = arith.addf %v3646, %v3651 fastmath<contract> : f32
              %v3653 = arith.addi %v96, %v3612 : i64
              %v3654 = arith.muli %v3653, %v811 : i64
              %v3655 = arith.addi %v3654, %v3611 : i64
              %v3656 = llvm.getelementptr %v57[%v3655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3657 = llvm.load %v3656 : !llvm.ptr -> f32
              %v3658 = arith.addf %v3652, %v3657 fastmath<contract> : f32
              %v3659 = arith.subi %v3610, %slice_first : i64
              %v3661 = arith.muli %v47, %v3660 : i64
              %v3662 = arith.muli %v3659, %size_H : i64
              %v3663 = arith.addi %v3661, %v3662 : i64
              %v3664 = arith.addi %v3663, %v45 : i64
              %v3665 = arith.muli %v31, %v3595 : i64
              %v3666 = arith.addi %v3665, %v3664 : i64
              %v3667 = llvm.getelementptr %part_dt[%v3666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3658, %v3667 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v12 {
      }
      scf.if %v12 {
        %v3668 = arith.cmpi eq, %v33, %v11 : i64
        %v3669 = arith.andi %v37, %v3668 : i1
        scf.if %v3669 {
          %v3670 = llvm.load %v53 : !llvm.ptr -> f32
          %v3671 = llvm.getelementptr %part_A_log[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3670, %v3671 : f32, !llvm.ptr
        }
        %v3672 = llvm.load %v54 : !llvm.ptr -> f32
        // sum over the lanes: butterfly shuffles, every lane gets the total
        %v3673, %v3674 = gpu.shuffle xor %v3672, %v732, %v296 : f32
        %v3675 = arith.addf %v3672, %v3673 fastmath<contract> : f32
        %v3676, %v3677 = gpu.shuffle xor %v3675, %v736, %v296 : f32
        %v3678 = arith.addf %v3675, %v3676 fastmath<contract> : f32
        %v3679, %v3680 = gpu.shuffle xor %v3678, %v740, %v296 : f32
        %v3681 = arith.addf %v3678, %v3679 fastmath<contract> : f32
        // end sum over the lanes
        llvm.store %v3681, %v54 : f32, !llvm.ptr
        %v3682 = arith.cmpi eq, %v33, %v11 : i64
        %v3683 = arith.andi %v37, %v3682 : i1
        scf.if %v3683 {
          %v3684 = llvm.load %v54 : !llvm.ptr -> f32
          %v3685 = llvm.getelementptr %part_Dskip[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3684, %v3685 : f32, !llvm.ptr
        }
        %v3686 = arith.cmpi eq, %v33, %v11 : i64
        %v3687 = arith.andi %v37, %v3686 : i1
        scf.if %v3687 {
          %v3688 = llvm.load %v55 : !llvm.ptr -> f32
          %v3689 = llvm.getelementptr %part_dt_bias[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3688, %v3689 : f32, !llvm.ptr
        }
      } else {
        scf.if %v37 {
          %v3690 = arith.muli %v39, %v32 : i64
          %v3691 = arith.addi %v3690, %v33 : i64
          %v3692 = arith.muli %v4, %v32 : i64
          %v3693 = llvm.load %v49 : !llvm.ptr -> f32
          %v3694 = llvm.getelementptr %slice_carry[%v3691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3693, %v3694 : f32, !llvm.ptr
          %v3695 = arith.addi %v3692, %v3691 : i64
          %v3696 = llvm.load %v50 : !llvm.ptr -> f32
          %v3697 = llvm.getelementptr %slice_carry[%v3695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3696, %v3697 : f32, !llvm.ptr
          %v3698 = arith.muli %v70, %v3692 : i64
          %v3699 = arith.addi %v3698, %v3691 : i64
          %v3700 = llvm.load %v51 : !llvm.ptr -> f32
          %v3701 = llvm.getelementptr %slice_carry[%v3699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3700, %v3701 : f32, !llvm.ptr
          %v3702 = arith.muli %v75, %v3692 : i64
          %v3703 = arith.addi %v3702, %v3691 : i64
          %v3704 = llvm.load %v52 : !llvm.ptr -> f32
          %v3705 = llvm.getelementptr %slice_carry[%v3703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3704, %v3705 : f32, !llvm.ptr
          %v3706 = arith.muli %v80, %v3692 : i64
          %v3707 = arith.addi %v3706, %v3691 : i64
          %v3708 = llvm.load %v53 : !llvm.ptr -> f32
          %v3709 = llvm.getelementptr %slice_carry[%v3707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3708, %v3709 : f32, !llvm.ptr
          %v3710 = arith.muli %v85, %v3692 : i64
          %v3711 = arith.addi %v3710, %v3691 : i64
          %v3712 = llvm.load %v54 : !llvm.ptr -> f32
          %v3713 = llvm.getelementptr %slice_carry[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3712, %v3713 : f32, !llvm.ptr
          %v3714 = arith.muli %v90, %v3692 : i64
          %v3715 = arith.addi %v3714, %v3691 : i64
          %v3716 = llvm.load %v55 : !llvm.ptr -> f32
          %v3717 = llvm.getelementptr %slice_carry[%v3715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3716, %v3717 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
