module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_mamba2_bwd_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @rows_mamba2_bwd_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mamba2_bwd(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %dx_x: !llvm.ptr, %part_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %slice_first, %v6 : i64
      %v8 = arith.addi %slice_first, %slice_steps : i64
      %v9 = arith.constant 63 : i64
      %v10 = arith.addi %v8, %v9 : i64
      %v11 = arith.divui %v10, %v6 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.cmpi eq, %slice_first, %v12 : i64
      %v14 = arith.cmpi sge, %v8, %size_L : i64
      %v15 = arith.cmpi slt, %v8, %size_L : i64
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = arith.constant 32 : i64
      %v27 = arith.constant 31 : i64
      %v33 = arith.constant 8 : i64
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.mlir.addressof @tile_mamba2_bwd_dt : !llvm.ptr<3>
      %v58 = llvm.addrspacecast %v57 : !llvm.ptr<3> to !llvm.ptr
      %v59 = llvm.mlir.addressof @rows_mamba2_bwd_dt : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = arith.constant 0x00000000 : f32
      %v62 = arith.constant 0x3F800000 : f32
      %v65 = arith.constant 7 : i64
      %v73 = arith.constant 2 : i64
      %v77 = arith.constant 3 : i64
      %v81 = arith.constant 4 : i64
      %v85 = arith.constant 5 : i64
      %v89 = arith.constant 6 : i64
      %v148 = arith.constant 256 : i64
      %v158 = arith.muli %v2, %size_H : i64
      %v159 = arith.muli %v158, %size_L : i64
      %v167 = arith.constant 65 : i64
      %v172 = arith.muli %v2, %size_B : i64
      %v173 = arith.muli %v172, %size_H : i64
      %v174 = arith.muli %v173, %size_P : i64
      %v175 = arith.muli %v174, %v1 : i64
      %v177 = arith.muli %v2, %v1 : i64
      %v178 = arith.muli %v177, %size_P : i64
      %v179 = arith.muli %v178, %size_H : i64
      %v190 = arith.muli %v2, %size_B : i64
      %v191 = arith.muli %v190, %size_H : i64
      %v192 = arith.muli %v191, %size_P : i64
      %v193 = arith.muli %v192, %v1 : i64
      %v246 = arith.constant 0x3FB8AA3B : f32
      %v251 = arith.constant 0x3F317218 : f32
      %v253 = arith.constant 0x3E124925 : f32
      %v255 = arith.constant 0xBE2AAAAB : f32
      %v258 = arith.constant 0x3E4CCCCD : f32
      %v261 = arith.constant 0xBE800000 : f32
      %v264 = arith.constant 0x3EAAAAAB : f32
      %v267 = arith.constant 0xBF000000 : f32
      %v273 = arith.constant 0x3D800000 : f32
      %v286 = arith.muli %v2, %size_P : i64
      %v287 = arith.muli %v286, %size_H : i64
      %v288 = arith.muli %v287, %size_L : i64
      %v308 = arith.constant 32 : i32
      %v316 = arith.muli %v2, %v1 : i64
      %v317 = arith.muli %v316, %size_L : i64
      %v676 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v691 = arith.constant 2147483647 : i64
      %v695 = arith.constant 7 : i32
      %v777 = arith.constant 1 : i32
      %v781 = arith.constant 2 : i32
      %v785 = arith.constant 4 : i32
      %v847 = arith.constant 8 : i32
      %v851 = arith.constant 16 : i32
      %v860 = arith.constant 33 : i64
      %v867 = arith.constant 6 : i32
      %v1038 = arith.constant 5 : i32
      %v1379 = arith.constant 3 : i32
      %v1880 = arith.constant 0 : i32
      %v2411 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v3827 = arith.muli %v2, %size_B : i64
      %v3828 = arith.muli %v3827, %slice_steps : i64
      %v3829 = arith.muli %v3828, %size_H : i64
      %v3903 = arith.muli %v2, %size_H : i64
      %v3904 = arith.muli %v3903, %slice_steps : i64
      %v22 = gpu.block_id x
      %v23 = gpu.thread_id x
      %v24 = arith.index_cast %v23 : index to i64
      %v25 = arith.index_cast %v22 : index to i64
      %v28 = arith.addi %size_P, %v27 : i64
      %v29 = arith.divui %v28, %v26 : i64
      %v30 = arith.maxsi %v29, %v2 : i64
      %v31 = arith.divui %v25, %v30 : i64
      %v32 = arith.remui %v25, %v30 : i64
      %v34 = arith.remui %v24, %v33 : i64
      %v35 = arith.divui %v24, %v33 : i64
      %v36 = arith.muli %v32, %v26 : i64
      %v37 = arith.addi %v36, %v35 : i64
      %v38 = arith.cmpi slt, %v37, %size_P : i64
      %v39 = arith.muli %v31, %size_P : i64
      %v40 = arith.addi %v39, %v37 : i64
      %v41 = arith.subi %size_P, %v2 : i64
      %v42 = arith.minsi %v37, %v41 : i64
      %v43 = arith.addi %v39, %v42 : i64
      %v44 = arith.remui %v43, %size_P : i64
      %v45 = arith.divui %v43, %size_P : i64
      %v46 = arith.remui %v45, %size_H : i64
      %v47 = arith.divui %v45, %size_H : i64
      %v48 = arith.remui %v47, %size_B : i64
      %v49 = arith.divui %v47, %size_B : i64
      %v97 = arith.trunci %v24 : i64 to i32
      %v98 = arith.constant 24 : i32
      %v99 = arith.andi %v97, %v98 : i32
      %v100 = arith.constant 0 : i32
      %v101 = arith.ori %v99, %v100 : i32
      %v102 = arith.constant 0 : i64
      %v103 = arith.cmpi eq, %v34, %v102 : i64
      %v104 = arith.constant 1 : i32
      %v105 = arith.ori %v99, %v104 : i32
      %v106 = arith.constant 1 : i64
      %v107 = arith.cmpi eq, %v34, %v106 : i64
      %v108 = arith.constant 2 : i32
      %v109 = arith.ori %v99, %v108 : i32
      %v110 = arith.constant 2 : i64
      %v111 = arith.cmpi eq, %v34, %v110 : i64
      %v112 = arith.constant 3 : i32
      %v113 = arith.ori %v99, %v112 : i32
      %v114 = arith.constant 3 : i64
      %v115 = arith.cmpi eq, %v34, %v114 : i64
      %v116 = arith.constant 4 : i32
      %v117 = arith.ori %v99, %v116 : i32
      %v118 = arith.constant 4 : i64
      %v119 = arith.cmpi eq, %v34, %v118 : i64
      %v120 = arith.constant 5 : i32
      %v121 = arith.ori %v99, %v120 : i32
      %v122 = arith.constant 5 : i64
      %v123 = arith.cmpi eq, %v34, %v122 : i64
      %v124 = arith.constant 6 : i32
      %v125 = arith.ori %v99, %v124 : i32
      %v126 = arith.constant 6 : i64
      %v127 = arith.cmpi eq, %v34, %v126 : i64
      %v128 = arith.constant 7 : i32
      %v129 = arith.ori %v99, %v128 : i32
      %v130 = arith.constant 7 : i64
      %v131 = arith.cmpi eq, %v34, %v130 : i64
      llvm.store %v61, %v50 : f32, !llvm.ptr
      llvm.store %v61, %v51 : f32, !llvm.ptr
      llvm.store %v62, %v52 : f32, !llvm.ptr
      llvm.store %v62, %v53 : f32, !llvm.ptr
      llvm.store %v61, %v54 : f32, !llvm.ptr
      llvm.store %v61, %v55 : f32, !llvm.ptr
      llvm.store %v61, %v56 : f32, !llvm.ptr
      scf.if %v15 {
        scf.if %v38 {
          %v63 = arith.muli %v40, %v33 : i64
          %v64 = arith.addi %v63, %v34 : i64
          %v66 = arith.muli %v64, %v65 : i64
          %v67 = arith.addi %v66, %v12 : i64
          %v68 = llvm.getelementptr %slice_carry[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          llvm.store %v69, %v50 : f32, !llvm.ptr
          %v70 = arith.addi %v66, %v2 : i64
          %v71 = llvm.getelementptr %slice_carry[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          llvm.store %v72, %v51 : f32, !llvm.ptr
          %v74 = arith.addi %v66, %v73 : i64
          %v75 = llvm.getelementptr %slice_carry[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 : !llvm.ptr -> f32
          llvm.store %v76, %v52 : f32, !llvm.ptr
          %v78 = arith.addi %v66, %v77 : i64
          %v79 = llvm.getelementptr %slice_carry[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v80 = llvm.load %v79 : !llvm.ptr -> f32
          llvm.store %v80, %v53 : f32, !llvm.ptr
          %v82 = arith.addi %v66, %v81 : i64
          %v83 = llvm.getelementptr %slice_carry[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v84 = llvm.load %v83 : !llvm.ptr -> f32
          llvm.store %v84, %v54 : f32, !llvm.ptr
          %v86 = arith.addi %v66, %v85 : i64
          %v87 = llvm.getelementptr %slice_carry[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          llvm.store %v88, %v55 : f32, !llvm.ptr
          %v90 = arith.addi %v66, %v89 : i64
          %v91 = llvm.getelementptr %slice_carry[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v92 = llvm.load %v91 : !llvm.ptr -> f32
          llvm.store %v92, %v56 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
      }
      %v93 = arith.cmpi eq, %size_L, %v12 : i64
      scf.if %v93 {
        llvm.store %v61, %v20 : f32, !llvm.ptr
        llvm.store %v61, %v21 : f32, !llvm.ptr
      }
      %v94 = arith.subi %v6, %v2 : i64
      %v95 = arith.addi %size_L, %v94 : i64
      %v96 = arith.divui %v95, %v6 : i64
      %v132 = arith.minsi %v11, %v96 : i64
      %v133 = arith.subi %v132, %v7 : i64
      %v134 = arith.maxsi %v133, %v12 : i64
      %v135 = arith.index_cast %v12 : i64 to index
      %v136 = arith.index_cast %v134 : i64 to index
      %v137 = arith.index_cast %v2 : i64 to index
      scf.for %v138 = %v135 to %v136 step %v137 {
        %v139 = arith.index_cast %v138 : index to i64
        %v140 = arith.subi %v132, %v2 : i64
        %v141 = arith.subi %v140, %v139 : i64
        %v142 = arith.muli %v141, %v6 : i64
        %v143 = arith.subi %size_L, %v142 : i64
        %v144 = arith.minsi %v143, %v6 : i64
        %v145 = arith.addi %v144, %v65 : i64
        %v146 = arith.divui %v145, %v33 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v147 = arith.subi %size_L, %v2 : i64
        %v149 = arith.index_cast %v24 : i64 to index
        %v150 = arith.index_cast %v6 : i64 to index
        %v151 = arith.index_cast %v148 : i64 to index
        scf.for %v152 = %v149 to %v150 step %v151 {
          %v153 = arith.index_cast %v152 : index to i64
          %v154 = arith.remui %v153, %v6 : i64
          %v155 = arith.divui %v153, %v6 : i64
          %v156 = arith.addi %v142, %v154 : i64
          %v157 = arith.minsi %v156, %v147 : i64
          %v160 = arith.muli %v48, %v159 : i64
          %v161 = arith.muli %v157, %v158 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = arith.muli %v46, %v2 : i64
          %v164 = arith.addi %v162, %v163 : i64
          %v165 = llvm.getelementptr %in_dt[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v166 = llvm.load %v165 : !llvm.ptr -> f32
          %v168 = arith.muli %v155, %v167 : i64
          %v169 = arith.addi %v168, %v154 : i64
          %v170 = llvm.getelementptr %v60[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v166, %v170 : f32, !llvm.ptr
        }
        gpu.barrier
        %v171 = arith.subi %v144, %v2 : i64
        %v176 = arith.muli %v141, %v175 : i64
        %v180 = arith.muli %v48, %v179 : i64
        %v181 = arith.muli %v46, %v178 : i64
        %v182 = arith.addi %v180, %v181 : i64
        %v183 = arith.muli %v44, %v177 : i64
        %v184 = arith.addi %v182, %v183 : i64
        %v185 = arith.muli %v34, %v2 : i64
        %v186 = arith.addi %v184, %v185 : i64
        %v187 = arith.addi %v176, %v186 : i64
        %v188 = llvm.getelementptr %ckpt_S[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v189 = llvm.load %v188 : !llvm.ptr -> f32
        llvm.store %v189, %v18 : f32, !llvm.ptr
        %v194 = arith.muli %v141, %v193 : i64
        %v195 = arith.muli %v48, %v179 : i64
        %v196 = arith.muli %v46, %v178 : i64
        %v197 = arith.addi %v195, %v196 : i64
        %v198 = arith.muli %v44, %v177 : i64
        %v199 = arith.addi %v197, %v198 : i64
        %v200 = arith.constant 8 : i64
        %v201 = arith.addi %v200, %v34 : i64
        %v202 = arith.muli %v201, %v2 : i64
        %v203 = arith.addi %v199, %v202 : i64
        %v204 = arith.addi %v194, %v203 : i64
        %v205 = llvm.getelementptr %ckpt_S[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v206 = llvm.load %v205 : !llvm.ptr -> f32
        llvm.store %v206, %v19 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v207 = arith.index_cast %v12 : i64 to index
        %v208 = arith.index_cast %v146 : i64 to index
        %v209 = arith.index_cast %v2 : i64 to index
        scf.for %v210 = %v207 to %v208 step %v209 {
          %v211 = arith.index_cast %v210 : index to i64
          scf.if %v38 {
            %v212 = llvm.load %v18 : !llvm.ptr -> f32
            %v213 = arith.muli %v211, %v5 : i64
            %v214 = arith.subi %v5, %v2 : i64
            %v215 = arith.minsi %v40, %v214 : i64
            %v216 = arith.addi %v213, %v215 : i64
            %v217 = arith.muli %v216, %v1 : i64
            %v218 = arith.addi %v217, %v12 : i64
            %v219 = arith.addi %v218, %v34 : i64
            %v220 = llvm.getelementptr %scratch_S[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v212, %v220 : f32, !llvm.ptr
            %v221 = llvm.load %v19 : !llvm.ptr -> f32
            %v222 = arith.muli %v211, %v5 : i64
            %v223 = arith.subi %v5, %v2 : i64
            %v224 = arith.minsi %v40, %v223 : i64
            %v225 = arith.addi %v222, %v224 : i64
            %v226 = arith.muli %v225, %v1 : i64
            %v227 = arith.addi %v226, %v33 : i64
            %v228 = arith.addi %v227, %v34 : i64
            %v229 = llvm.getelementptr %scratch_S[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v221, %v229 : f32, !llvm.ptr
          }
          %v230 = arith.muli %v211, %v33 : i64
          %v231 = arith.addi %v230, %v34 : i64
          %v232 = arith.minsi %v231, %v171 : i64
          %v233 = arith.addi %v142, %v232 : i64
          %v234 = arith.muli %v12, %v167 : i64
          %v235 = arith.subi %v233, %v142 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = llvm.getelementptr %v60[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v239 = arith.muli %v46, %v2 : i64
          %v240 = llvm.getelementptr %in_dt_bias[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v241 = llvm.load %v240 : !llvm.ptr -> f32
          %v242 = arith.addf %v238, %v241 fastmath<contract> : f32
          %v243 = arith.maximumf %v242, %v61 : f32
          %v244 = llvm.call_intrinsic "llvm.fabs.f32"(%v242) : (f32) -> f32
          %v245 = arith.negf %v244 : f32
          %v247 = arith.mulf %v245, %v246 fastmath<contract> : f32
          %v248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v247) : (f32) -> f32
          %v249 = arith.addf %v62, %v248 fastmath<contract> : f32
          %v250 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v249) : (f32) -> f32
          %v252 = arith.mulf %v250, %v251 fastmath<contract> : f32
          %v254 = arith.mulf %v253, %v248 fastmath<contract> : f32
          %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
          %v257 = arith.mulf %v256, %v248 fastmath<contract> : f32
          %v259 = arith.addf %v257, %v258 fastmath<contract> : f32
          %v260 = arith.mulf %v259, %v248 fastmath<contract> : f32
          %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
          %v263 = arith.mulf %v262, %v248 fastmath<contract> : f32
          %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
          %v266 = arith.mulf %v265, %v248 fastmath<contract> : f32
          %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
          %v269 = arith.mulf %v268, %v248 fastmath<contract> : f32
          %v270 = arith.addf %v269, %v62 fastmath<contract> : f32
          %v271 = arith.mulf %v270, %v248 fastmath<contract> : f32
          %v272 = llvm.call_intrinsic "llvm.fabs.f32"(%v248) : (f32) -> f32
          %v274 = arith.cmpf olt, %v272, %v273 : f32
          %v275 = arith.select %v274, %v271, %v252 : f32
          %v276 = arith.addf %v243, %v275 fastmath<contract> : f32
          %v277 = arith.negf %v276 : f32
          %v278 = arith.muli %v46, %v2 : i64
          %v279 = llvm.getelementptr %in_A_log[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v280 = llvm.load %v279 : !llvm.ptr -> f32
          %v281 = arith.mulf %v280, %v246 fastmath<contract> : f32
          %v282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v281) : (f32) -> f32
          %v283 = arith.mulf %v277, %v282 fastmath<contract> : f32
          %v284 = arith.mulf %v283, %v246 fastmath<contract> : f32
          %v285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v284) : (f32) -> f32
          %v289 = arith.muli %v48, %v288 : i64
          %v290 = arith.muli %v233, %v287 : i64
          %v291 = arith.addi %v289, %v290 : i64
          %v292 = arith.muli %v46, %v286 : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = arith.muli %v44, %v2 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = llvm.getelementptr %in_x[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v297 = llvm.load %v296 : !llvm.ptr -> f32
          %v298 = arith.mulf %v276, %v297 fastmath<contract> : f32
          %v299 = arith.subi %v144, %v230 : i64
          %v300 = arith.trunci %v299 : i64 to i32
          %v301 = arith.index_cast %v12 : i64 to index
          %v302 = arith.index_cast %v33 : i64 to index
          %v303 = arith.index_cast %v2 : i64 to index
          scf.for %v304 = %v301 to %v302 step %v303 {
            %v305 = arith.index_cast %v304 : index to i64
            %v306 = arith.trunci %v305 : i64 to i32
            %v307 = arith.ori %v101, %v306 : i32
            %v309, %v310 = gpu.shuffle idx %v285, %v307, %v308 : f32
            %v311, %v312 = gpu.shuffle idx %v298, %v307, %v308 : f32
            %v313 = arith.addi %v230, %v305 : i64
            %v314 = arith.cmpi slt, %v306, %v300 : i32
            scf.if %v314 {
              %v315 = arith.addi %v142, %v313 : i64
              %v318 = arith.muli %v48, %v317 : i64
              %v319 = arith.muli %v315, %v316 : i64
              %v320 = arith.addi %v318, %v319 : i64
              %v321 = arith.muli %v34, %v2 : i64
              %v322 = arith.addi %v320, %v321 : i64
              %v323 = llvm.getelementptr %in_Bm[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v324 = llvm.load %v323 : !llvm.ptr -> f32
              %v325 = arith.mulf %v311, %v324 fastmath<contract> : f32
              %v326 = llvm.load %v18 : !llvm.ptr -> f32
              %v327 = arith.mulf %v309, %v326 fastmath<contract> : f32
              %v328 = arith.addf %v327, %v325 fastmath<contract> : f32
              llvm.store %v328, %v18 : f32, !llvm.ptr
              %v329 = arith.muli %v48, %v317 : i64
              %v330 = arith.muli %v315, %v316 : i64
              %v331 = arith.addi %v329, %v330 : i64
              %v332 = arith.constant 8 : i64
              %v333 = arith.addi %v332, %v34 : i64
              %v334 = arith.muli %v333, %v2 : i64
              %v335 = arith.addi %v331, %v334 : i64
              %v336 = llvm.getelementptr %in_Bm[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v337 = llvm.load %v336 : !llvm.ptr -> f32
              %v338 = arith.mulf %v311, %v337 fastmath<contract> : f32
              %v339 = llvm.load %v19 : !llvm.ptr -> f32
              %v340 = arith.mulf %v309, %v339 fastmath<contract> : f32
              %v341 = arith.addf %v340, %v338 fastmath<contract> : f32
              llvm.store %v341, %v19 : f32, !llvm.ptr
            }
          }
        }
        %v342 = arith.addi %v146, %v77 : i64
        %v343 = arith.divui %v342, %v81 : i64
        %v344 = arith.index_cast %v12 : i64 to index
        %v345 = arith.index_cast %v343 : i64 to index
        %v346 = arith.index_cast %v2 : i64 to index
        scf.for %v347 = %v344 to %v345 step %v346 {
          %v348 = arith.index_cast %v347 : index to i64
          %v349 = arith.muli %v348, %v81 : i64
          %v350 = arith.addi %v349, %v81 : i64
          %v351 = arith.index_cast %v349 : i64 to index
          %v352 = arith.index_cast %v350 : i64 to index
          %v353 = arith.index_cast %v2 : i64 to index
          scf.for %v354 = %v351 to %v352 step %v353 {
            %v355 = arith.index_cast %v354 : index to i64
            %v356 = arith.cmpi slt, %v355, %v146 : i64
            scf.if %v356 {
              %v357 = arith.subi %v146, %v2 : i64
              %v358 = arith.subi %v357, %v355 : i64
              %v359 = arith.muli %v358, %v33 : i64
              %v360 = arith.remui %v355, %v81 : i64
              %v361 = arith.muli %v360, %v33 : i64
              %v362 = arith.addi %v359, %v33 : i64
              %v363 = arith.cmpi sle, %v362, %v144 : i64
              scf.if %v363 {
                %v364 = arith.subi %v144, %v2 : i64
                %v365 = arith.muli %v358, %v5 : i64
                %v366 = arith.subi %v5, %v2 : i64
                %v367 = arith.minsi %v40, %v366 : i64
                %v368 = arith.addi %v365, %v367 : i64
                %v369 = arith.muli %v368, %v1 : i64
                %v370 = arith.addi %v369, %v12 : i64
                %v371 = arith.addi %v370, %v34 : i64
                %v372 = llvm.getelementptr %scratch_S[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v373 = llvm.load %v372 : !llvm.ptr -> f32
                %v374 = arith.muli %v358, %v5 : i64
                %v375 = arith.subi %v5, %v2 : i64
                %v376 = arith.minsi %v40, %v375 : i64
                %v377 = arith.addi %v374, %v376 : i64
                %v378 = arith.muli %v377, %v1 : i64
                %v379 = arith.addi %v378, %v33 : i64
                %v380 = arith.addi %v379, %v34 : i64
                %v381 = llvm.getelementptr %scratch_S[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v382 = llvm.load %v381 : !llvm.ptr -> f32
                %v383 = arith.addi %v359, %v34 : i64
                %v384 = arith.minsi %v383, %v364 : i64
                %v385 = arith.addi %v142, %v384 : i64
                %v386 = arith.muli %v12, %v167 : i64
                %v387 = arith.subi %v385, %v142 : i64
                %v388 = arith.addi %v386, %v387 : i64
                %v389 = llvm.getelementptr %v60[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v390 = llvm.load %v389 : !llvm.ptr -> f32
                %v391 = arith.muli %v46, %v2 : i64
                %v392 = llvm.getelementptr %in_dt_bias[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.addf %v390, %v393 fastmath<contract> : f32
                %v395 = arith.maximumf %v394, %v61 : f32
                %v396 = llvm.call_intrinsic "llvm.fabs.f32"(%v394) : (f32) -> f32
                %v397 = arith.negf %v396 : f32
                %v398 = arith.mulf %v397, %v246 fastmath<contract> : f32
                %v399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v398) : (f32) -> f32
                %v400 = arith.addf %v62, %v399 fastmath<contract> : f32
                %v401 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v400) : (f32) -> f32
                %v402 = arith.mulf %v401, %v251 fastmath<contract> : f32
                %v403 = arith.mulf %v253, %v399 fastmath<contract> : f32
                %v404 = arith.addf %v403, %v255 fastmath<contract> : f32
                %v405 = arith.mulf %v404, %v399 fastmath<contract> : f32
                %v406 = arith.addf %v405, %v258 fastmath<contract> : f32
                %v407 = arith.mulf %v406, %v399 fastmath<contract> : f32
                %v408 = arith.addf %v407, %v261 fastmath<contract> : f32
                %v409 = arith.mulf %v408, %v399 fastmath<contract> : f32
                %v410 = arith.addf %v409, %v264 fastmath<contract> : f32
                %v411 = arith.mulf %v410, %v399 fastmath<contract> : f32
                %v412 = arith.addf %v411, %v267 fastmath<contract> : f32
                %v413 = arith.mulf %v412, %v399 fastmath<contract> : f32
                %v414 = arith.addf %v413, %v62 fastmath<contract> : f32
                %v415 = arith.mulf %v414, %v399 fastmath<contract> : f32
                %v416 = llvm.call_intrinsic "llvm.fabs.f32"(%v399) : (f32) -> f32
                %v417 = arith.cmpf olt, %v416, %v273 : f32
                %v418 = arith.select %v417, %v415, %v402 : f32
                %v419 = arith.addf %v395, %v418 fastmath<contract> : f32
                %v420 = arith.negf %v419 : f32
                %v421 = arith.muli %v46, %v2 : i64
                %v422 = llvm.getelementptr %in_A_log[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.mulf %v423, %v246 fastmath<contract> : f32
                %v425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v424) : (f32) -> f32
                %v426 = arith.mulf %v420, %v425 fastmath<contract> : f32
                %v427 = arith.mulf %v426, %v246 fastmath<contract> : f32
                %v428 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v427) : (f32) -> f32
                %v429 = arith.muli %v48, %v288 : i64
                %v430 = arith.muli %v385, %v287 : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = arith.muli %v46, %v286 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = arith.muli %v44, %v2 : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = llvm.getelementptr %in_x[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = arith.mulf %v419, %v437 fastmath<contract> : f32
                %v439 = arith.negf %v394 : f32
                %v440 = arith.mulf %v439, %v246 fastmath<contract> : f32
                %v441 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v440) : (f32) -> f32
                %v442 = arith.addf %v62, %v441 fastmath<contract> : f32
                %v443 = arith.divf %v62, %v442 : f32
                // the group's states, recomputed into registers
                %v444 = arith.addi %v359, %v12 : i64
                %v445 = arith.minsi %v444, %v364 : i64
                %v446 = arith.addi %v142, %v445 : i64
                %v447, %v448 = gpu.shuffle idx %v428, %v101, %v308 : f32
                %v449, %v450 = gpu.shuffle idx %v438, %v101, %v308 : f32
                %v451 = arith.muli %v48, %v317 : i64
                %v452 = arith.muli %v446, %v316 : i64
                %v453 = arith.addi %v451, %v452 : i64
                %v454 = arith.muli %v34, %v2 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = llvm.getelementptr %in_Bm[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v457 = llvm.load %v456 : !llvm.ptr -> f32
                %v458 = arith.mulf %v449, %v457 fastmath<contract> : f32
                %v459 = arith.mulf %v447, %v373 fastmath<contract> : f32
                %v460 = arith.addf %v459, %v458 fastmath<contract> : f32
                %v461 = arith.muli %v48, %v317 : i64
                %v462 = arith.muli %v446, %v316 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = arith.constant 8 : i64
                %v465 = arith.addi %v464, %v34 : i64
                %v466 = arith.muli %v465, %v2 : i64
                %v467 = arith.addi %v463, %v466 : i64
                %v468 = llvm.getelementptr %in_Bm[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v469 = llvm.load %v468 : !llvm.ptr -> f32
                %v470 = arith.mulf %v449, %v469 fastmath<contract> : f32
                %v471 = arith.mulf %v447, %v382 fastmath<contract> : f32
                %v472 = arith.addf %v471, %v470 fastmath<contract> : f32
                %v473 = arith.addi %v359, %v2 : i64
                %v474 = arith.minsi %v473, %v364 : i64
                %v475 = arith.addi %v142, %v474 : i64
                %v476, %v477 = gpu.shuffle idx %v428, %v105, %v308 : f32
                %v478, %v479 = gpu.shuffle idx %v438, %v105, %v308 : f32
                %v480 = arith.muli %v48, %v317 : i64
                %v481 = arith.muli %v475, %v316 : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = arith.muli %v34, %v2 : i64
                %v484 = arith.addi %v482, %v483 : i64
                %v485 = llvm.getelementptr %in_Bm[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v486 = llvm.load %v485 : !llvm.ptr -> f32
                %v487 = arith.mulf %v478, %v486 fastmath<contract> : f32
                %v488 = arith.mulf %v476, %v460 fastmath<contract> : f32
                %v489 = arith.addf %v488, %v487 fastmath<contract> : f32
                %v490 = arith.muli %v48, %v317 : i64
                %v491 = arith.muli %v475, %v316 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.constant 8 : i64
                %v494 = arith.addi %v493, %v34 : i64
                %v495 = arith.muli %v494, %v2 : i64
                %v496 = arith.addi %v492, %v495 : i64
                %v497 = llvm.getelementptr %in_Bm[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.mulf %v478, %v498 fastmath<contract> : f32
                %v500 = arith.mulf %v476, %v472 fastmath<contract> : f32
                %v501 = arith.addf %v500, %v499 fastmath<contract> : f32
                %v502 = arith.addi %v359, %v73 : i64
                %v503 = arith.minsi %v502, %v364 : i64
                %v504 = arith.addi %v142, %v503 : i64
                %v505, %v506 = gpu.shuffle idx %v428, %v109, %v308 : f32
                %v507, %v508 = gpu.shuffle idx %v438, %v109, %v308 : f32
                %v509 = arith.muli %v48, %v317 : i64
                %v510 = arith.muli %v504, %v316 : i64
                %v511 = arith.addi %v509, %v510 : i64
                %v512 = arith.muli %v34, %v2 : i64
                %v513 = arith.addi %v511, %v512 : i64
                %v514 = llvm.getelementptr %in_Bm[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v515 = llvm.load %v514 : !llvm.ptr -> f32
                %v516 = arith.mulf %v507, %v515 fastmath<contract> : f32
                %v517 = arith.mulf %v505, %v489 fastmath<contract> : f32
                %v518 = arith.addf %v517, %v516 fastmath<contract> : f32
                %v519 = arith.muli %v48, %v317 : i64
                %v520 = arith.muli %v504, %v316 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.constant 8 : i64
                %v523 = arith.addi %v522, %v34 : i64
                %v524 = arith.muli %v523, %v2 : i64
                %v525 = arith.addi %v521, %v524 : i64
                %v526 = llvm.getelementptr %in_Bm[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v527 = llvm.load %v526 : !llvm.ptr -> f32
                %v528 = arith.mulf %v507, %v527 fastmath<contract> : f32
                %v529 = arith.mulf %v505, %v501 fastmath<contract> : f32
                %v530 = arith.addf %v529, %v528 fastmath<contract> : f32
                %v531 = arith.addi %v359, %v77 : i64
                %v532 = arith.minsi %v531, %v364 : i64
                %v533 = arith.addi %v142, %v532 : i64
                %v534, %v535 = gpu.shuffle idx %v428, %v113, %v308 : f32
                %v536, %v537 = gpu.shuffle idx %v438, %v113, %v308 : f32
                %v538 = arith.muli %v48, %v317 : i64
                %v539 = arith.muli %v533, %v316 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.muli %v34, %v2 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %in_Bm[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = arith.mulf %v536, %v544 fastmath<contract> : f32
                %v546 = arith.mulf %v534, %v518 fastmath<contract> : f32
                %v547 = arith.addf %v546, %v545 fastmath<contract> : f32
                %v548 = arith.muli %v48, %v317 : i64
                %v549 = arith.muli %v533, %v316 : i64
                %v550 = arith.addi %v548, %v549 : i64
                %v551 = arith.constant 8 : i64
                %v552 = arith.addi %v551, %v34 : i64
                %v553 = arith.muli %v552, %v2 : i64
                %v554 = arith.addi %v550, %v553 : i64
                %v555 = llvm.getelementptr %in_Bm[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.mulf %v536, %v556 fastmath<contract> : f32
                %v558 = arith.mulf %v534, %v530 fastmath<contract> : f32
                %v559 = arith.addf %v558, %v557 fastmath<contract> : f32
                %v560 = arith.addi %v359, %v81 : i64
                %v561 = arith.minsi %v560, %v364 : i64
                %v562 = arith.addi %v142, %v561 : i64
                %v563, %v564 = gpu.shuffle idx %v428, %v117, %v308 : f32
                %v565, %v566 = gpu.shuffle idx %v438, %v117, %v308 : f32
                %v567 = arith.muli %v48, %v317 : i64
                %v568 = arith.muli %v562, %v316 : i64
                %v569 = arith.addi %v567, %v568 : i64
                %v570 = arith.muli %v34, %v2 : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = llvm.getelementptr %in_Bm[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v573 = llvm.load %v572 : !llvm.ptr -> f32
                %v574 = arith.mulf %v565, %v573 fastmath<contract> : f32
                %v575 = arith.mulf %v563, %v547 fastmath<contract> : f32
                %v576 = arith.addf %v575, %v574 fastmath<contract> : f32
                %v577 = arith.muli %v48, %v317 : i64
                %v578 = arith.muli %v562, %v316 : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = arith.constant 8 : i64
                %v581 = arith.addi %v580, %v34 : i64
                %v582 = arith.muli %v581, %v2 : i64
                %v583 = arith.addi %v579, %v582 : i64
                %v584 = llvm.getelementptr %in_Bm[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v585 = llvm.load %v584 : !llvm.ptr -> f32
                %v586 = arith.mulf %v565, %v585 fastmath<contract> : f32
                %v587 = arith.mulf %v563, %v559 fastmath<contract> : f32
                %v588 = arith.addf %v587, %v586 fastmath<contract> : f32
                %v589 = arith.addi %v359, %v85 : i64
                %v590 = arith.minsi %v589, %v364 : i64
                %v591 = arith.addi %v142, %v590 : i64
                %v592, %v593 = gpu.shuffle idx %v428, %v121, %v308 : f32
                %v594, %v595 = gpu.shuffle idx %v438, %v121, %v308 : f32
                %v596 = arith.muli %v48, %v317 : i64
                %v597 = arith.muli %v591, %v316 : i64
                %v598 = arith.addi %v596, %v597 : i64
                %v599 = arith.muli %v34, %v2 : i64
                %v600 = arith.addi %v598, %v599 : i64
                %v601 = llvm.getelementptr %in_Bm[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.mulf %v594, %v602 fastmath<contract> : f32
                %v604 = arith.mulf %v592, %v576 fastmath<contract> : f32
                %v605 = arith.addf %v604, %v603 fastmath<contract> : f32
                %v606 = arith.muli %v48, %v317 : i64
                %v607 = arith.muli %v591, %v316 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = arith.constant 8 : i64
                %v610 = arith.addi %v609, %v34 : i64
                %v611 = arith.muli %v610, %v2 : i64
                %v612 = arith.addi %v608, %v611 : i64
                %v613 = llvm.getelementptr %in_Bm[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v614 = llvm.load %v613 : !llvm.ptr -> f32
                %v615 = arith.mulf %v594, %v614 fastmath<contract> : f32
                %v616 = arith.mulf %v592, %v588 fastmath<contract> : f32
                %v617 = arith.addf %v616, %v615 fastmath<contract> : f32
                %v618 = arith.addi %v359, %v89 : i64
                %v619 = arith.minsi %v618, %v364 : i64
                %v620 = arith.addi %v142, %v619 : i64
                %v621, %v622 = gpu.shuffle idx %v428, %v125, %v308 : f32
                %v623, %v624 = gpu.shuffle idx %v438, %v125, %v308 : f32
                %v625 = arith.muli %v48, %v317 : i64
                %v626 = arith.muli %v620, %v316 : i64
                %v627 = arith.addi %v625, %v626 : i64
                %v628 = arith.muli %v34, %v2 : i64
                %v629 = arith.addi %v627, %v628 : i64
                %v630 = llvm.getelementptr %in_Bm[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v631 = llvm.load %v630 : !llvm.ptr -> f32
                %v632 = arith.mulf %v623, %v631 fastmath<contract> : f32
                %v633 = arith.mulf %v621, %v605 fastmath<contract> : f32
                %v634 = arith.addf %v633, %v632 fastmath<contract> : f32
                %v635 = arith.muli %v48, %v317 : i64
                %v636 = arith.muli %v620, %v316 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = arith.constant 8 : i64
                %v639 = arith.addi %v638, %v34 : i64
                %v640 = arith.muli %v639, %v2 : i64
                %v641 = arith.addi %v637, %v640 : i64
                %v642 = llvm.getelementptr %in_Bm[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v643 = llvm.load %v642 : !llvm.ptr -> f32
                %v644 = arith.mulf %v623, %v643 fastmath<contract> : f32
                %v645 = arith.mulf %v621, %v617 fastmath<contract> : f32
                %v646 = arith.addf %v645, %v644 fastmath<contract> : f32
                %v647 = arith.addi %v359, %v65 : i64
                %v648 = arith.minsi %v647, %v364 : i64
                %v649 = arith.addi %v142, %v648 : i64
                %v650, %v651 = gpu.shuffle idx %v428, %v129, %v308 : f32
                %v652, %v653 = gpu.shuffle idx %v438, %v129, %v308 : f32
                %v654 = arith.muli %v48, %v317 : i64
                %v655 = arith.muli %v649, %v316 : i64
                %v656 = arith.addi %v654, %v655 : i64
                %v657 = arith.muli %v34, %v2 : i64
                %v658 = arith.addi %v656, %v657 : i64
                %v659 = llvm.getelementptr %in_Bm[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v660 = llvm.load %v659 : !llvm.ptr -> f32
                %v661 = arith.mulf %v652, %v660 fastmath<contract> : f32
                %v662 = arith.mulf %v650, %v634 fastmath<contract> : f32
                %v663 = arith.addf %v662, %v661 fastmath<contract> : f32
                %v664 = arith.muli %v48, %v317 : i64
                %v665 = arith.muli %v649, %v316 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = arith.constant 8 : i64
                %v668 = arith.addi %v667, %v34 : i64
                %v669 = arith.muli %v668, %v2 : i64
                %v670 = arith.addi %v666, %v669 : i64
                %v671 = llvm.getelementptr %in_Bm[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v672 = llvm.load %v671 : !llvm.ptr -> f32
                %v673 = arith.mulf %v652, %v672 fastmath<contract> : f32
                %v674 = arith.mulf %v650, %v646 fastmath<contract> : f32
                %v675 = arith.addf %v674, %v673 fastmath<contract> : f32
                %v677 = arith.shrui %v34, %v12 : i64
                %v678 = arith.andi %v677, %v2 : i64
                %v679 = arith.cmpi ne, %v678, %v12 : i64
                %v680 = arith.shrui %v34, %v2 : i64
                %v681 = arith.andi %v680, %v2 : i64
                %v682 = arith.cmpi ne, %v681, %v12 : i64
                %v683 = arith.shrui %v34, %v73 : i64
                %v684 = arith.andi %v683, %v2 : i64
                %v685 = arith.cmpi ne, %v684, %v12 : i64
                %v686 = arith.subi %v144, %v359 : i64
                %v687 = arith.trunci %v686 : i64 to i32
                %v688 = arith.subi %size_L, %v2 : i64
                %v689 = arith.addi %v142, %v359 : i64
                %v690 = arith.subi %v688, %v689 : i64
                %v692 = arith.minsi %v690, %v691 : i64
                %v693 = arith.trunci %v692 : i64 to i32
                %v694 = arith.addi %v359, %v65 : i64
                %v696 = arith.cmpi slt, %v695, %v687 : i32
                %v697 = arith.cmpi eq, %v695, %v693 : i32
                %v698, %v699 = gpu.shuffle idx %v419, %v129, %v308 : f32
                %v700, %v701 = gpu.shuffle idx %v420, %v129, %v308 : f32
                %v702, %v703 = gpu.shuffle idx %v425, %v129, %v308 : f32
                %v704, %v705 = gpu.shuffle idx %v428, %v129, %v308 : f32
                %v706, %v707 = gpu.shuffle idx %v438, %v129, %v308 : f32
                %v708, %v709 = gpu.shuffle idx %v443, %v129, %v308 : f32
                %v710 = arith.addi %v361, %v12 : i64
                llvm.store %v61, %v676 : f32, !llvm.ptr
                %v711 = arith.addi %v142, %v694 : i64
                %v712 = arith.muli %v48, %v317 : i64
                %v713 = arith.muli %v711, %v316 : i64
                %v714 = arith.addi %v712, %v713 : i64
                %v715 = arith.muli %v34, %v2 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = llvm.getelementptr %in_Cm[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = arith.muli %v48, %v288 : i64
                %v720 = arith.muli %v711, %v287 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.muli %v46, %v286 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = arith.muli %v44, %v2 : i64
                %v725 = arith.addi %v723, %v724 : i64
                %v726 = llvm.getelementptr %dy_y[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v727 = llvm.load %v726 : !llvm.ptr -> f32
                %v728 = arith.mulf %v718, %v727 fastmath<contract> : f32
                %v729 = llvm.load %v50 : !llvm.ptr -> f32
                %v730 = llvm.load %v52 : !llvm.ptr -> f32
                %v731 = arith.mulf %v730, %v729 fastmath<contract> : f32
                %v732 = arith.addf %v728, %v731 fastmath<contract> : f32
                llvm.store %v732, %v50 : f32, !llvm.ptr
                %v733 = arith.muli %v48, %v317 : i64
                %v734 = arith.muli %v711, %v316 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = arith.constant 8 : i64
                %v737 = arith.addi %v736, %v34 : i64
                %v738 = arith.muli %v737, %v2 : i64
                %v739 = arith.addi %v735, %v738 : i64
                %v740 = llvm.getelementptr %in_Cm[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v741 = llvm.load %v740 : !llvm.ptr -> f32
                %v742 = arith.mulf %v741, %v727 fastmath<contract> : f32
                %v743 = llvm.load %v51 : !llvm.ptr -> f32
                %v744 = llvm.load %v53 : !llvm.ptr -> f32
                %v745 = arith.mulf %v744, %v743 fastmath<contract> : f32
                %v746 = arith.addf %v742, %v745 fastmath<contract> : f32
                llvm.store %v746, %v51 : f32, !llvm.ptr
                %v747 = arith.muli %v48, %v288 : i64
                %v748 = arith.muli %v711, %v287 : i64
                %v749 = arith.addi %v747, %v748 : i64
                %v750 = arith.muli %v46, %v286 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = arith.muli %v44, %v2 : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = llvm.getelementptr %in_x[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v755 = llvm.load %v754 : !llvm.ptr -> f32
                %v756 = arith.muli %v48, %v317 : i64
                %v757 = arith.muli %v711, %v316 : i64
                %v758 = arith.addi %v756, %v757 : i64
                %v759 = arith.muli %v34, %v2 : i64
                %v760 = arith.addi %v758, %v759 : i64
                %v761 = llvm.getelementptr %in_Bm[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v762 = llvm.load %v761 : !llvm.ptr -> f32
                %v763 = llvm.load %v50 : !llvm.ptr -> f32
                %v764 = arith.mulf %v762, %v763 fastmath<contract> : f32
                %v765 = arith.muli %v48, %v317 : i64
                %v766 = arith.muli %v711, %v316 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = arith.constant 8 : i64
                %v769 = arith.addi %v768, %v34 : i64
                %v770 = arith.muli %v769, %v2 : i64
                %v771 = arith.addi %v767, %v770 : i64
                %v772 = llvm.getelementptr %in_Bm[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v773 = llvm.load %v772 : !llvm.ptr -> f32
                %v774 = llvm.load %v51 : !llvm.ptr -> f32
                %v775 = arith.mulf %v773, %v774 fastmath<contract> : f32
                %v776 = arith.addf %v764, %v775 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v778, %v779 = gpu.shuffle xor %v776, %v777, %v308 : f32
                %v780 = arith.addf %v776, %v778 fastmath<contract> : f32
                %v782, %v783 = gpu.shuffle xor %v780, %v781, %v308 : f32
                %v784 = arith.addf %v780, %v782 fastmath<contract> : f32
                %v786, %v787 = gpu.shuffle xor %v784, %v785, %v308 : f32
                %v788 = arith.addf %v784, %v786 fastmath<contract> : f32
                // end sum over the lanes
                %v789 = arith.mulf %v755, %v788 fastmath<contract> : f32
                %v790 = arith.mulf %v634, %v763 fastmath<contract> : f32
                %v791 = arith.mulf %v646, %v774 fastmath<contract> : f32
                %v792 = arith.addf %v790, %v791 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v793, %v794 = gpu.shuffle xor %v792, %v777, %v308 : f32
                %v795 = arith.addf %v792, %v793 fastmath<contract> : f32
                %v796, %v797 = gpu.shuffle xor %v795, %v781, %v308 : f32
                %v798 = arith.addf %v795, %v796 fastmath<contract> : f32
                %v799, %v800 = gpu.shuffle xor %v798, %v785, %v308 : f32
                %v801 = arith.addf %v798, %v799 fastmath<contract> : f32
                // end sum over the lanes
                %v802 = arith.mulf %v702, %v801 fastmath<contract> : f32
                %v803 = arith.mulf %v704, %v802 fastmath<contract> : f32
                %v804 = arith.negf %v803 : f32
                %v805 = arith.addf %v789, %v804 fastmath<contract> : f32
                %v806 = arith.mulf %v805, %v708 fastmath<contract> : f32
                %v807 = arith.mulf %v704, %v801 fastmath<contract> : f32
                %v808 = arith.mulf %v700, %v807 fastmath<contract> : f32
                %v809 = arith.mulf %v702, %v808 fastmath<contract> : f32
                %v810 = llvm.load %v54 : !llvm.ptr -> f32
                %v811 = arith.addf %v810, %v809 fastmath<contract> : f32
                llvm.store %v811, %v54 : f32, !llvm.ptr
                %v812 = arith.mulf %v706, %v763 fastmath<contract> : f32
                scf.if %v38 {
                  %v813 = arith.addi %v12, %v34 : i64
                  %v814 = arith.muli %v40, %v1 : i64
                  %v815 = arith.addi %v814, %v813 : i64
                  %v816 = arith.subi %v711, %slice_first : i64
                  %v817 = arith.muli %v815, %slice_steps : i64
                  %v818 = arith.addi %v817, %v816 : i64
                  %v819 = llvm.getelementptr %part_Bm[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v812, %v819 : f32, !llvm.ptr
                }
                %v820 = arith.mulf %v706, %v774 fastmath<contract> : f32
                scf.if %v38 {
                  %v821 = arith.addi %v33, %v34 : i64
                  %v822 = arith.muli %v40, %v1 : i64
                  %v823 = arith.addi %v822, %v821 : i64
                  %v824 = arith.subi %v711, %slice_first : i64
                  %v825 = arith.muli %v823, %slice_steps : i64
                  %v826 = arith.addi %v825, %v824 : i64
                  %v827 = llvm.getelementptr %part_Bm[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v820, %v827 : f32, !llvm.ptr
                }
                %v828 = arith.mulf %v663, %v727 fastmath<contract> : f32
                scf.if %v38 {
                  %v829 = arith.addi %v12, %v34 : i64
                  %v830 = arith.muli %v40, %v1 : i64
                  %v831 = arith.addi %v830, %v829 : i64
                  %v832 = arith.subi %v711, %slice_first : i64
                  %v833 = arith.muli %v831, %slice_steps : i64
                  %v834 = arith.addi %v833, %v832 : i64
                  %v835 = llvm.getelementptr %part_Cm[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v828, %v835 : f32, !llvm.ptr
                }
                %v836 = arith.mulf %v675, %v727 fastmath<contract> : f32
                scf.if %v38 {
                  %v837 = arith.addi %v33, %v34 : i64
                  %v838 = arith.muli %v40, %v1 : i64
                  %v839 = arith.addi %v838, %v837 : i64
                  %v840 = arith.subi %v711, %slice_first : i64
                  %v841 = arith.muli %v839, %slice_steps : i64
                  %v842 = arith.addi %v841, %v840 : i64
                  %v843 = llvm.getelementptr %part_Cm[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v836, %v843 : f32, !llvm.ptr
                }
                %v844 = llvm.load %v56 : !llvm.ptr -> f32
                %v845 = arith.addf %v844, %v806 fastmath<contract> : f32
                llvm.store %v845, %v56 : f32, !llvm.ptr
                %v846 = arith.select %v38, %v806, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v848, %v849 = gpu.shuffle xor %v846, %v847, %v308 : f32
                %v850 = arith.addf %v846, %v848 fastmath<contract> : f32
                %v852, %v853 = gpu.shuffle xor %v850, %v851, %v308 : f32
                %v854 = arith.addf %v850, %v852 fastmath<contract> : f32
                %v855 = arith.divui %v24, %v26 : i64
                %v856 = arith.remui %v24, %v26 : i64
                %v857 = arith.cmpi ult, %v856, %v2 : i64
                %v858 = arith.muli %v855, %v2 : i64
                %v859 = arith.addi %v858, %v12 : i64
                %v861 = arith.muli %v859, %v860 : i64
                %v862 = arith.addi %v861, %v710 : i64
                scf.if %v857 {
                  %v863 = llvm.getelementptr %v58[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v854, %v863 : f32, !llvm.ptr
                }
                %v864 = arith.addf %v764, %v775 fastmath<contract> : f32
                llvm.store %v864, %v676 : f32, !llvm.ptr
                llvm.store %v704, %v52 : f32, !llvm.ptr
                llvm.store %v704, %v53 : f32, !llvm.ptr
                %v865 = llvm.load %v676 : !llvm.ptr -> f32
                %v866 = arith.addi %v359, %v89 : i64
                %v868 = arith.cmpi slt, %v867, %v687 : i32
                %v869 = arith.cmpi eq, %v867, %v693 : i32
                %v870, %v871 = gpu.shuffle idx %v419, %v125, %v308 : f32
                %v872, %v873 = gpu.shuffle idx %v420, %v125, %v308 : f32
                %v874, %v875 = gpu.shuffle idx %v425, %v125, %v308 : f32
                %v876, %v877 = gpu.shuffle idx %v428, %v125, %v308 : f32
                %v878, %v879 = gpu.shuffle idx %v438, %v125, %v308 : f32
                %v880, %v881 = gpu.shuffle idx %v443, %v125, %v308 : f32
                %v882 = arith.addi %v361, %v2 : i64
                llvm.store %v61, %v676 : f32, !llvm.ptr
                %v883 = arith.addi %v142, %v866 : i64
                %v884 = arith.muli %v48, %v317 : i64
                %v885 = arith.muli %v883, %v316 : i64
                %v886 = arith.addi %v884, %v885 : i64
                %v887 = arith.muli %v34, %v2 : i64
                %v888 = arith.addi %v886, %v887 : i64
                %v889 = llvm.getelementptr %in_Cm[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v890 = llvm.load %v889 : !llvm.ptr -> f32
                %v891 = arith.muli %v48, %v288 : i64
                %v892 = arith.muli %v883, %v287 : i64
                %v893 = arith.addi %v891, %v892 : i64
                %v894 = arith.muli %v46, %v286 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = arith.muli %v44, %v2 : i64
                %v897 = arith.addi %v895, %v896 : i64
                %v898 = llvm.getelementptr %dy_y[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v899 = llvm.load %v898 : !llvm.ptr -> f32
                %v900 = arith.mulf %v890, %v899 fastmath<contract> : f32
                %v901 = llvm.load %v50 : !llvm.ptr -> f32
                %v902 = llvm.load %v52 : !llvm.ptr -> f32
                %v903 = arith.mulf %v902, %v901 fastmath<contract> : f32
                %v904 = arith.addf %v900, %v903 fastmath<contract> : f32
                llvm.store %v904, %v50 : f32, !llvm.ptr
                %v905 = arith.muli %v48, %v317 : i64
                %v906 = arith.muli %v883, %v316 : i64
                %v907 = arith.addi %v905, %v906 : i64
                %v908 = arith.constant 8 : i64
                %v909 = arith.addi %v908, %v34 : i64
                %v910 = arith.muli %v909, %v2 : i64
                %v911 = arith.addi %v907, %v910 : i64
                %v912 = llvm.getelementptr %in_Cm[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v913 = llvm.load %v912 : !llvm.ptr -> f32
                %v914 = arith.mulf %v913, %v899 fastmath<contract> : f32
                %v915 = llvm.load %v51 : !llvm.ptr -> f32
                %v916 = llvm.load %v53 : !llvm.ptr -> f32
                %v917 = arith.mulf %v916, %v915 fastmath<contract> : f32
                %v918 = arith.addf %v914, %v917 fastmath<contract> : f32
                llvm.store %v918, %v51 : f32, !llvm.ptr
                %v919 = arith.muli %v48, %v288 : i64
                %v920 = arith.muli %v883, %v287 : i64
                %v921 = arith.addi %v919, %v920 : i64
                %v922 = arith.muli %v46, %v286 : i64
                %v923 = arith.addi %v921, %v922 : i64
                %v924 = arith.muli %v44, %v2 : i64
                %v925 = arith.addi %v923, %v924 : i64
                %v926 = llvm.getelementptr %in_x[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v927 = llvm.load %v926 : !llvm.ptr -> f32
                %v928 = arith.muli %v48, %v317 : i64
                %v929 = arith.muli %v883, %v316 : i64
                %v930 = arith.addi %v928, %v929 : i64
                %v931 = arith.muli %v34, %v2 : i64
                %v932 = arith.addi %v930, %v931 : i64
                %v933 = llvm.getelementptr %in_Bm[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v934 = llvm.load %v933 : !llvm.ptr -> f32
                %v935 = llvm.load %v50 : !llvm.ptr -> f32
                %v936 = arith.mulf %v934, %v935 fastmath<contract> : f32
                %v937 = arith.muli %v48, %v317 : i64
                %v938 = arith.muli %v883, %v316 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = arith.constant 8 : i64
                %v941 = arith.addi %v940, %v34 : i64
                %v942 = arith.muli %v941, %v2 : i64
                %v943 = arith.addi %v939, %v942 : i64
                %v944 = llvm.getelementptr %in_Bm[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v945 = llvm.load %v944 : !llvm.ptr -> f32
                %v946 = llvm.load %v51 : !llvm.ptr -> f32
                %v947 = arith.mulf %v945, %v946 fastmath<contract> : f32
                %v948 = arith.addf %v936, %v947 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v949, %v950 = gpu.shuffle xor %v948, %v777, %v308 : f32
                %v951 = arith.addf %v948, %v949 fastmath<contract> : f32
                %v952, %v953 = gpu.shuffle xor %v951, %v781, %v308 : f32
                %v954 = arith.addf %v951, %v952 fastmath<contract> : f32
                %v955, %v956 = gpu.shuffle xor %v954, %v785, %v308 : f32
                %v957 = arith.addf %v954, %v955 fastmath<contract> : f32
                // end sum over the lanes
                %v958 = arith.mulf %v927, %v957 fastmath<contract> : f32
                %v959 = arith.mulf %v605, %v935 fastmath<contract> : f32
                %v960 = arith.mulf %v617, %v946 fastmath<contract> : f32
                %v961 = arith.addf %v959, %v960 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v962, %v963 = gpu.shuffle xor %v961, %v777, %v308 : f32
                %v964 = arith.addf %v961, %v962 fastmath<contract> : f32
                %v965, %v966 = gpu.shuffle xor %v964, %v781, %v308 : f32
                %v967 = arith.addf %v964, %v965 fastmath<contract> : f32
                %v968, %v969 = gpu.shuffle xor %v967, %v785, %v308 : f32
                %v970 = arith.addf %v967, %v968 fastmath<contract> : f32
                // end sum over the lanes
                %v971 = arith.mulf %v874, %v970 fastmath<contract> : f32
                %v972 = arith.mulf %v876, %v971 fastmath<contract> : f32
                %v973 = arith.negf %v972 : f32
                %v974 = arith.addf %v958, %v973 fastmath<contract> : f32
                %v975 = arith.mulf %v974, %v880 fastmath<contract> : f32
                %v976 = arith.mulf %v876, %v970 fastmath<contract> : f32
                %v977 = arith.mulf %v872, %v976 fastmath<contract> : f32
                %v978 = arith.mulf %v874, %v977 fastmath<contract> : f32
                %v979 = llvm.load %v54 : !llvm.ptr -> f32
                %v980 = arith.addf %v979, %v978 fastmath<contract> : f32
                llvm.store %v980, %v54 : f32, !llvm.ptr
                %v981 = arith.mulf %v878, %v935 fastmath<contract> : f32
                scf.if %v38 {
                  %v982 = arith.addi %v12, %v34 : i64
                  %v983 = arith.muli %v40, %v1 : i64
                  %v984 = arith.addi %v983, %v982 : i64
                  %v985 = arith.subi %v883, %slice_first : i64
                  %v986 = arith.muli %v984, %slice_steps : i64
                  %v987 = arith.addi %v986, %v985 : i64
                  %v988 = llvm.getelementptr %part_Bm[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v981, %v988 : f32, !llvm.ptr
                }
                %v989 = arith.mulf %v878, %v946 fastmath<contract> : f32
                scf.if %v38 {
                  %v990 = arith.addi %v33, %v34 : i64
                  %v991 = arith.muli %v40, %v1 : i64
                  %v992 = arith.addi %v991, %v990 : i64
                  %v993 = arith.subi %v883, %slice_first : i64
                  %v994 = arith.muli %v992, %slice_steps : i64
                  %v995 = arith.addi %v994, %v993 : i64
                  %v996 = llvm.getelementptr %part_Bm[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v989, %v996 : f32, !llvm.ptr
                }
                %v997 = arith.mulf %v634, %v899 fastmath<contract> : f32
                scf.if %v38 {
                  %v998 = arith.addi %v12, %v34 : i64
                  %v999 = arith.muli %v40, %v1 : i64
                  %v1000 = arith.addi %v999, %v998 : i64
                  %v1001 = arith.subi %v883, %slice_first : i64
                  %v1002 = arith.muli %v1000, %slice_steps : i64
                  %v1003 = arith.addi %v1002, %v1001 : i64
                  %v1004 = llvm.getelementptr %part_Cm[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v997, %v1004 : f32, !llvm.ptr
                }
                %v1005 = arith.mulf %v646, %v899 fastmath<contract> : f32
                scf.if %v38 {
                  %v1006 = arith.addi %v33, %v34 : i64
                  %v1007 = arith.muli %v40, %v1 : i64
                  %v1008 = arith.addi %v1007, %v1006 : i64
                  %v1009 = arith.subi %v883, %slice_first : i64
                  %v1010 = arith.muli %v1008, %slice_steps : i64
                  %v1011 = arith.addi %v1010, %v1009 : i64
                  %v1012 = llvm.getelementptr %part_Cm[%v1011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1005, %v1012 : f32, !llvm.ptr
                }
                %v1013 = llvm.load %v56 : !llvm.ptr -> f32
                %v1014 = arith.addf %v1013, %v975 fastmath<contract> : f32
                llvm.store %v1014, %v56 : f32, !llvm.ptr
                %v1015 = arith.select %v38, %v975, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1016, %v1017 = gpu.shuffle xor %v1015, %v847, %v308 : f32
                %v1018 = arith.addf %v1015, %v1016 fastmath<contract> : f32
                %v1019, %v1020 = gpu.shuffle xor %v1018, %v851, %v308 : f32
                %v1021 = arith.addf %v1018, %v1019 fastmath<contract> : f32
                %v1022 = arith.divui %v24, %v26 : i64
                %v1023 = arith.remui %v24, %v26 : i64
                %v1024 = arith.cmpi ult, %v1023, %v2 : i64
                %v1025 = arith.muli %v1022, %v2 : i64
                %v1026 = arith.addi %v1025, %v12 : i64
                %v1027 = arith.muli %v1026, %v860 : i64
                %v1028 = arith.addi %v1027, %v882 : i64
                scf.if %v1024 {
                  %v1029 = llvm.getelementptr %v58[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1021, %v1029 : f32, !llvm.ptr
                }
                %v1030 = arith.addf %v936, %v947 fastmath<contract> : f32
                llvm.store %v1030, %v676 : f32, !llvm.ptr
                llvm.store %v876, %v52 : f32, !llvm.ptr
                llvm.store %v876, %v53 : f32, !llvm.ptr
                %v1031 = llvm.load %v676 : !llvm.ptr -> f32
                %v1032 = arith.select %v679, %v1031, %v865 : f32
                %v1033 = arith.select %v679, %v865, %v1031 : f32
                %v1034, %v1035 = gpu.shuffle xor %v1032, %v777, %v308 : f32
                %v1036 = arith.addf %v1033, %v1034 fastmath<contract> : f32
                %v1037 = arith.addi %v359, %v85 : i64
                %v1039 = arith.cmpi slt, %v1038, %v687 : i32
                %v1040 = arith.cmpi eq, %v1038, %v693 : i32
                %v1041, %v1042 = gpu.shuffle idx %v419, %v121, %v308 : f32
                %v1043, %v1044 = gpu.shuffle idx %v420, %v121, %v308 : f32
                %v1045, %v1046 = gpu.shuffle idx %v425, %v121, %v308 : f32
                %v1047, %v1048 = gpu.shuffle idx %v428, %v121, %v308 : f32
                %v1049, %v1050 = gpu.shuffle idx %v438, %v121, %v308 : f32
                %v1051, %v1052 = gpu.shuffle idx %v443, %v121, %v308 : f32
                %v1053 = arith.addi %v361, %v73 : i64
                llvm.store %v61, %v676 : f32, !llvm.ptr
                %v1054 = arith.addi %v142, %v1037 : i64
                %v1055 = arith.muli %v48, %v317 : i64
                %v1056 = arith.muli %v1054, %v316 : i64
                %v1057 = arith.addi %v1055, %v1056 : i64
                %v1058 = arith.muli %v34, %v2 : i64
                %v1059 = arith.addi %v1057, %v1058 : i64
                %v1060 = llvm.getelementptr %in_Cm[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
                %v1062 = arith.muli %v48, %v288 : i64
                %v1063 = arith.muli %v1054, %v287 : i64
                %v1064 = arith.addi %v1062, %v1063 : i64
                %v1065 = arith.muli %v46, %v286 : i64
                %v1066 = arith.addi %v1064, %v1065 : i64
                %v1067 = arith.muli %v44, %v2 : i64
                %v1068 = arith.addi %v1066, %v1067 : i64
                %v1069 = llvm.getelementptr %dy_y[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                %v1071 = arith.mulf %v1061, %v1070 fastmath<contract> : f32
                %v1072 = llvm.load %v50 : !llvm.ptr -> f32
                %v1073 = llvm.load %v52 : !llvm.ptr -> f32
                %v1074 = arith.mulf %v1073, %v1072 fastmath<contract> : f32
                %v1075 = arith.addf %v1071, %v1074 fastmath<contract> : f32
                llvm.store %v1075, %v50 : f32, !llvm.ptr
                %v1076 = arith.muli %v48, %v317 : i64
                %v1077 = arith.muli %v1054, %v316 : i64
                %v1078 = arith.addi %v1076, %v1077 : i64
                %v1079 = arith.constant 8 : i64
                %v1080 = arith.addi %v1079, %v34 : i64
                %v1081 = arith.muli %v1080, %v2 : i64
                %v1082 = arith.addi %v1078, %v1081 : i64
                %v1083 = llvm.getelementptr %in_Cm[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
                %v1085 = arith.mulf %v1084, %v1070 fastmath<contract> : f32
                %v1086 = llvm.load %v51 : !llvm.ptr -> f32
                %v1087 = llvm.load %v53 : !llvm.ptr -> f32
                %v1088 = arith.mulf %v1087, %v1086 fastmath<contract> : f32
                %v1089 = arith.addf %v1085, %v1088 fastmath<contract> : f32
                llvm.store %v1089, %v51 : f32, !llvm.ptr
                %v1090 = arith.muli %v48, %v288 : i64
                %v1091 = arith.muli %v1054, %v287 : i64
                %v1092 = arith.addi %v1090, %v1091 : i64
                %v1093 = arith.muli %v46, %v286 : i64
                %v1094 = arith.addi %v1092, %v1093 : i64
                %v1095 = arith.muli %v44, %v2 : i64
                %v1096 = arith.addi %v1094, %v1095 : i64
                %v1097 = llvm.getelementptr %in_x[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
                %v1099 = arith.muli %v48, %v317 : i64
                %v1100 = arith.muli %v1054, %v316 : i64
                %v1101 = arith.addi %v1099, %v1100 : i64
                %v1102 = arith.muli %v34, %v2 : i64
                %v1103 = arith.addi %v1101, %v1102 : i64
                %v1104 = llvm.getelementptr %in_Bm[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
                %v1106 = llvm.load %v50 : !llvm.ptr -> f32
                %v1107 = arith.mulf %v1105, %v1106 fastmath<contract> : f32
                %v1108 = arith.muli %v48, %v317 : i64
                %v1109 = arith.muli %v1054, %v316 : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = arith.constant 8 : i64
                %v1112 = arith.addi %v1111, %v34 : i64
                %v1113 = arith.muli %v1112, %v2 : i64
                %v1114 = arith.addi %v1110, %v1113 : i64
                %v1115 = llvm.getelementptr %in_Bm[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
                %v1117 = llvm.load %v51 : !llvm.ptr -> f32
                %v1118 = arith.mulf %v1116, %v1117 fastmath<contract> : f32
                %v1119 = arith.addf %v1107, %v1118 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1120, %v1121 = gpu.shuffle xor %v1119, %v777, %v308 : f32
                %v1122 = arith.addf %v1119, %v1120 fastmath<contract> : f32
                %v1123, %v1124 = gpu.shuffle xor %v1122, %v781, %v308 : f32
                %v1125 = arith.addf %v1122, %v1123 fastmath<contract> : f32
                %v1126, %v1127 = gpu.shuffle xor %v1125, %v785, %v308 : f32
                %v1128 = arith.addf %v1125, %v1126 fastmath<contract> : f32
                // end sum over the lanes
                %v1129 = arith.mulf %v1098, %v1128 fastmath<contract> : f32
                %v1130 = arith.mulf %v576, %v1106 fastmath<contract> : f32
                %v1131 = arith.mulf %v588, %v1117 fastmath<contract> : f32
                %v1132 = arith.addf %v1130, %v1131 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1133, %v1134 = gpu.shuffle xor %v1132, %v777, %v308 : f32
                %v1135 = arith.addf %v1132, %v1133 fastmath<contract> : f32
                %v1136, %v1137 = gpu.shuffle xor %v1135, %v781, %v308 : f32
                %v1138 = arith.addf %v1135, %v1136 fastmath<contract> : f32
                %v1139, %v1140 = gpu.shuffle xor %v1138, %v785, %v308 : f32
                %v1141 = arith.addf %v1138, %v1139 fastmath<contract> : f32
                // end sum over the lanes
                %v1142 = arith.mulf %v1045, %v1141 fastmath<contract> : f32
                %v1143 = arith.mulf %v1047, %v1142 fastmath<contract> : f32
                %v1144 = arith.negf %v1143 : f32
                %v1145 = arith.addf %v1129, %v1144 fastmath<contract> : f32
                %v1146 = arith.mulf %v1145, %v1051 fastmath<contract> : f32
                %v1147 = arith.mulf %v1047, %v1141 fastmath<contract> : f32
                %v1148 = arith.mulf %v1043, %v1147 fastmath<contract> : f32
                %v1149 = arith.mulf %v1045, %v1148 fastmath<contract> : f32
                %v1150 = llvm.load %v54 : !llvm.ptr -> f32
                %v1151 = arith.addf %v1150, %v1149 fastmath<contract> : f32
                llvm.store %v1151, %v54 : f32, !llvm.ptr
                %v1152 = arith.mulf %v1049, %v1106 fastmath<contract> : f32
                scf.if %v38 {
                  %v1153 = arith.addi %v12, %v34 : i64
                  %v1154 = arith.muli %v40, %v1 : i64
                  %v1155 = arith.addi %v1154, %v1153 : i64
                  %v1156 = arith.subi %v1054, %slice_first : i64
                  %v1157 = arith.muli %v1155, %slice_steps : i64
                  %v1158 = arith.addi %v1157, %v1156 : i64
                  %v1159 = llvm.getelementptr %part_Bm[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1152, %v1159 : f32, !llvm.ptr
                }
                %v1160 = arith.mulf %v1049, %v1117 fastmath<contract> : f32
                scf.if %v38 {
                  %v1161 = arith.addi %v33, %v34 : i64
                  %v1162 = arith.muli %v40, %v1 : i64
                  %v1163 = arith.addi %v1162, %v1161 : i64
                  %v1164 = arith.subi %v1054, %slice_first : i64
                  %v1165 = arith.muli %v1163, %slice_steps : i64
                  %v1166 = arith.addi %v1165, %v1164 : i64
                  %v1167 = llvm.getelementptr %part_Bm[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1160, %v1167 : f32, !llvm.ptr
                }
                %v1168 = arith.mulf %v605, %v1070 fastmath<contract> : f32
                scf.if %v38 {
                  %v1169 = arith.addi %v12, %v34 : i64
                  %v1170 = arith.muli %v40, %v1 : i64
                  %v1171 = arith.addi %v1170, %v1169 : i64
                  %v1172 = arith.subi %v1054, %slice_first : i64
                  %v1173 = arith.muli %v1171, %slice_steps : i64
                  %v1174 = arith.addi %v1173, %v1172 : i64
                  %v1175 = llvm.getelementptr %part_Cm[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1168, %v1175 : f32, !llvm.ptr
                }
                %v1176 = arith.mulf %v617, %v1070 fastmath<contract> : f32
                scf.if %v38 {
                  %v1177 = arith.addi %v33, %v34 : i64
                  %v1178 = arith.muli %v40, %v1 : i64
                  %v1179 = arith.addi %v1178, %v1177 : i64
                  %v1180 = arith.subi %v1054, %slice_first : i64
                  %v1181 = arith.muli %v1179, %slice_steps : i64
                  %v1182 = arith.addi %v1181, %v1180 : i64
                  %v1183 = llvm.getelementptr %part_Cm[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1176, %v1183 : f32, !llvm.ptr
                }
                %v1184 = llvm.load %v56 : !llvm.ptr -> f32
                %v1185 = arith.addf %v1184, %v1146 fastmath<contract> : f32
                llvm.store %v1185, %v56 : f32, !llvm.ptr
                %v1186 = arith.select %v38, %v1146, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1187, %v1188 = gpu.shuffle xor %v1186, %v847, %v308 : f32
                %v1189 = arith.addf %v1186, %v1187 fastmath<contract> : f32
                %v1190, %v1191 = gpu.shuffle xor %v1189, %v851, %v308 : f32
                %v1192 = arith.addf %v1189, %v1190 fastmath<contract> : f32
                %v1193 = arith.divui %v24, %v26 : i64
                %v1194 = arith.remui %v24, %v26 : i64
                %v1195 = arith.cmpi ult, %v1194, %v2 : i64
                %v1196 = arith.muli %v1193, %v2 : i64
                %v1197 = arith.addi %v1196, %v12 : i64
                %v1198 = arith.muli %v1197, %v860 : i64
                %v1199 = arith.addi %v1198, %v1053 : i64
                scf.if %v1195 {
                  %v1200 = llvm.getelementptr %v58[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1192, %v1200 : f32, !llvm.ptr
                }
                %v1201 = arith.addf %v1107, %v1118 fastmath<contract> : f32
                llvm.store %v1201, %v676 : f32, !llvm.ptr
                llvm.store %v1047, %v52 : f32, !llvm.ptr
                llvm.store %v1047, %v53 : f32, !llvm.ptr
                %v1202 = llvm.load %v676 : !llvm.ptr -> f32
                %v1203 = arith.addi %v359, %v81 : i64
                %v1204 = arith.cmpi slt, %v785, %v687 : i32
                %v1205 = arith.cmpi eq, %v785, %v693 : i32
                %v1206, %v1207 = gpu.shuffle idx %v419, %v117, %v308 : f32
                %v1208, %v1209 = gpu.shuffle idx %v420, %v117, %v308 : f32
                %v1210, %v1211 = gpu.shuffle idx %v425, %v117, %v308 : f32
                %v1212, %v1213 = gpu.shuffle idx %v428, %v117, %v308 : f32
                %v1214, %v1215 = gpu.shuffle idx %v438, %v117, %v308 : f32
                %v1216, %v1217 = gpu.shuffle idx %v443, %v117, %v308 : f32
                %v1218 = arith.addi %v361, %v77 : i64
                llvm.store %v61, %v676 : f32, !llvm.ptr
                %v1219 = arith.addi %v142, %v1203 : i64
                %v1220 = arith.muli %v48, %v317 : i64
                %v1221 = arith.muli %v1219, %v316 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = arith.muli %v34, %v2 : i64
                %v1224 = arith.addi %v1222, %v1223 : i64
                %v1225 = llvm.getelementptr %in_Cm[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1226 = llvm.load %v1225 : !llvm.ptr -> f32
                %v1227 = arith.muli %v48, %v288 : i64
                %v1228 = arith.muli %v1219, %v287 : i64
                %v1229 = arith.addi %v1227, %v1228 : i64
                %v1230 = arith.muli %v46, %v286 : i64
                %v1231 = arith.addi %v1229, %v1230 : i64
                %v1232 = arith.muli %v44, %v2 : i64
                %v1233 = arith.addi %v1231, %v1232 : i64
                %v1234 = llvm.getelementptr %dy_y[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
                %v1236 = arith.mulf %v1226, %v1235 fastmath<contract> : f32
                %v1237 = llvm.load %v50 : !llvm.ptr -> f32
                %v1238 = llvm.load %v52 : !llvm.ptr -> f32
                %v1239 = arith.mulf %v1238, %v1237 fastmath<contract> : f32
                %v1240 = arith.addf %v1236, %v1239 fastmath<contract> : f32
                llvm.store %v1240, %v50 : f32, !llvm.ptr
                %v1241 = arith.muli %v48, %v317 : i64
                %v1242 = arith.muli %v1219, %v316 : i64
                %v1243 = arith.addi %v1241, %v1242 : i64
                %v1244 = arith.constant 8 : i64
                %v1245 = arith.addi %v1244, %v34 : i64
                %v1246 = arith.muli %v1245, %v2 : i64
                %v1247 = arith.addi %v1243, %v1246 : i64
                %v1248 = llvm.getelementptr %in_Cm[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
                %v1250 = arith.mulf %v1249, %v1235 fastmath<contract> : f32
                %v1251 = llvm.load %v51 : !llvm.ptr -> f32
                %v1252 = llvm.load %v53 : !llvm.ptr -> f32
                %v1253 = arith.mulf %v1252, %v1251 fastmath<contract> : f32
                %v1254 = arith.addf %v1250, %v1253 fastmath<contract> : f32
                llvm.store %v1254, %v51 : f32, !llvm.ptr
                %v1255 = arith.muli %v48, %v288 : i64
                %v1256 = arith.muli %v1219, %v287 : i64
                %v1257 = arith.addi %v1255, %v1256 : i64
                %v1258 = arith.muli %v46, %v286 : i64
                %v1259 = arith.addi %v1257, %v1258 : i64
                %v1260 = arith.muli %v44, %v2 : i64
                %v1261 = arith.addi %v1259, %v1260 : i64
                %v1262 = llvm.getelementptr %in_x[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
                %v1264 = arith.muli %v48, %v317 : i64
                %v1265 = arith.muli %v1219, %v316 : i64
                %v1266 = arith.addi %v1264, %v1265 : i64
                %v1267 = arith.muli %v34, %v2 : i64
                %v1268 = arith.addi %v1266, %v1267 : i64
                %v1269 = llvm.getelementptr %in_Bm[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
                %v1271 = llvm.load %v50 : !llvm.ptr -> f32
                %v1272 = arith.mulf %v1270, %v1271 fastmath<contract> : f32
                %v1273 = arith.muli %v48, %v317 : i64
                %v1274 = arith.muli %v1219, %v316 : i64
                %v1275 = arith.addi %v1273, %v1274 : i64
                %v1276 = arith.constant 8 : i64
                %v1277 = arith.addi %v1276, %v34 : i64
                %v1278 = arith.muli %v1277, %v2 : i64
                %v1279 = arith.addi %v1275, %v1278 : i64
                %v1280 = llvm.getelementptr %in_Bm[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1281 = llvm.load %v1280 : !llvm.ptr -> f32
                %v1282 = llvm.load %v51 : !llvm.ptr -> f32
                %v1283 = arith.mulf %v1281, %v1282 fastmath<contract> : f32
                %v1284 = arith.addf %v1272, %v1283 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1285, %v1286 = gpu.shuffle xor %v1284, %v777, %v308 : f32
                %v1287 = arith.addf %v1284, %v1285 fastmath<contract> : f32
                %v1288, %v1289 = gpu.shuffle xor %v1287, %v781, %v308 : f32
                %v1290 = arith.addf %v1287, %v1288 fastmath<contract> : f32
                %v1291, %v1292 = gpu.shuffle xor %v1290, %v785, %v308 : f32
                %v1293 = arith.addf %v1290, %v1291 fastmath<contract> : f32
                // end sum over the lanes
                %v1294 = arith.mulf %v1263, %v1293 fastmath<contract> : f32
                %v1295 = arith.mulf %v547, %v1271 fastmath<contract> : f32
                %v1296 = arith.mulf %v559, %v1282 fastmath<contract> : f32
                %v1297 = arith.addf %v1295, %v1296 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1298, %v1299 = gpu.shuffle xor %v1297, %v777, %v308 : f32
                %v1300 = arith.addf %v1297, %v1298 fastmath<contract> : f32
                %v1301, %v1302 = gpu.shuffle xor %v1300, %v781, %v308 : f32
                %v1303 = arith.addf %v1300, %v1301 fastmath<contract> : f32
                %v1304, %v1305 = gpu.shuffle xor %v1303, %v785, %v308 : f32
                %v1306 = arith.addf %v1303, %v1304 fastmath<contract> : f32
                // end sum over the lanes
                %v1307 = arith.mulf %v1210, %v1306 fastmath<contract> : f32
                %v1308 = arith.mulf %v1212, %v1307 fastmath<contract> : f32
                %v1309 = arith.negf %v1308 : f32
                %v1310 = arith.addf %v1294, %v1309 fastmath<contract> : f32
                %v1311 = arith.mulf %v1310, %v1216 fastmath<contract> : f32
                %v1312 = arith.mulf %v1212, %v1306 fastmath<contract> : f32
                %v1313 = arith.mulf %v1208, %v1312 fastmath<contract> : f32
                %v1314 = arith.mulf %v1210, %v1313 fastmath<contract> : f32
                %v1315 = llvm.load %v54 : !llvm.ptr -> f32
                %v1316 = arith.addf %v1315, %v1314 fastmath<contract> : f32
                llvm.store %v1316, %v54 : f32, !llvm.ptr
                %v1317 = arith.mulf %v1214, %v1271 fastmath<contract> : f32
                scf.if %v38 {
                  %v1318 = arith.addi %v12, %v34 : i64
                  %v1319 = arith.muli %v40, %v1 : i64
                  %v1320 = arith.addi %v1319, %v1318 : i64
                  %v1321 = arith.subi %v1219, %slice_first : i64
                  %v1322 = arith.muli %v1320, %slice_steps : i64
                  %v1323 = arith.addi %v1322, %v1321 : i64
                  %v1324 = llvm.getelementptr %part_Bm[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1317, %v1324 : f32, !llvm.ptr
                }
                %v1325 = arith.mulf %v1214, %v1282 fastmath<contract> : f32
                scf.if %v38 {
                  %v1326 = arith.addi %v33, %v34 : i64
                  %v1327 = arith.muli %v40, %v1 : i64
                  %v1328 = arith.addi %v1327, %v1326 : i64
                  %v1329 = arith.subi %v1219, %slice_first : i64
                  %v1330 = arith.muli %v1328, %slice_steps : i64
                  %v1331 = arith.addi %v1330, %v1329 : i64
                  %v1332 = llvm.getelementptr %part_Bm[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1325, %v1332 : f32, !llvm.ptr
                }
                %v1333 = arith.mulf %v576, %v1235 fastmath<contract> : f32
                scf.if %v38 {
                  %v1334 = arith.addi %v12, %v34 : i64
                  %v1335 = arith.muli %v40, %v1 : i64
                  %v1336 = arith.addi %v1335, %v1334 : i64
                  %v1337 = arith.subi %v1219, %slice_first : i64
                  %v1338 = arith.muli %v1336, %slice_steps : i64
                  %v1339 = arith.addi %v1338, %v1337 : i64
                  %v1340 = llvm.getelementptr %part_Cm[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1333, %v1340 : f32, !llvm.ptr
                }
                %v1341 = arith.mulf %v588, %v1235 fastmath<contract> : f32
                scf.if %v38 {
                  %v1342 = arith.addi %v33, %v34 : i64
                  %v1343 = arith.muli %v40, %v1 : i64
                  %v1344 = arith.addi %v1343, %v1342 : i64
                  %v1345 = arith.subi %v1219, %slice_first : i64
                  %v1346 = arith.muli %v1344, %slice_steps : i64
                  %v1347 = arith.addi %v1346, %v1345 : i64
                  %v1348 = llvm.getelementptr %part_Cm[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1341, %v1348 : f32, !llvm.ptr
                }
                %v1349 = llvm.load %v56 : !llvm.ptr -> f32
                %v1350 = arith.addf %v1349, %v1311 fastmath<contract> : f32
                llvm.store %v1350, %v56 : f32, !llvm.ptr
                %v1351 = arith.select %v38, %v1311, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1352, %v1353 = gpu.shuffle xor %v1351, %v847, %v308 : f32
                %v1354 = arith.addf %v1351, %v1352 fastmath<contract> : f32
                %v1355, %v1356 = gpu.shuffle xor %v1354, %v851, %v308 : f32
                %v1357 = arith.addf %v1354, %v1355 fastmath<contract> : f32
                %v1358 = arith.divui %v24, %v26 : i64
                %v1359 = arith.remui %v24, %v26 : i64
                %v1360 = arith.cmpi ult, %v1359, %v2 : i64
                %v1361 = arith.muli %v1358, %v2 : i64
                %v1362 = arith.addi %v1361, %v12 : i64
                %v1363 = arith.muli %v1362, %v860 : i64
                %v1364 = arith.addi %v1363, %v1218 : i64
                scf.if %v1360 {
                  %v1365 = llvm.getelementptr %v58[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1357, %v1365 : f32, !llvm.ptr
                }
                %v1366 = arith.addf %v1272, %v1283 fastmath<contract> : f32
                llvm.store %v1366, %v676 : f32, !llvm.ptr
                llvm.store %v1212, %v52 : f32, !llvm.ptr
                llvm.store %v1212, %v53 : f32, !llvm.ptr
                %v1367 = llvm.load %v676 : !llvm.ptr -> f32
                %v1368 = arith.select %v679, %v1367, %v1202 : f32
                %v1369 = arith.select %v679, %v1202, %v1367 : f32
                %v1370, %v1371 = gpu.shuffle xor %v1368, %v777, %v308 : f32
                %v1372 = arith.addf %v1369, %v1370 fastmath<contract> : f32
                %v1373 = arith.select %v682, %v1372, %v1036 : f32
                %v1374 = arith.select %v682, %v1036, %v1372 : f32
                %v1375, %v1376 = gpu.shuffle xor %v1373, %v781, %v308 : f32
                %v1377 = arith.addf %v1374, %v1375 fastmath<contract> : f32
                %v1378 = arith.addi %v359, %v77 : i64
                %v1380 = arith.cmpi slt, %v1379, %v687 : i32
                %v1381 = arith.cmpi eq, %v1379, %v693 : i32
                %v1382, %v1383 = gpu.shuffle idx %v419, %v113, %v308 : f32
                %v1384, %v1385 = gpu.shuffle idx %v420, %v113, %v308 : f32
                %v1386, %v1387 = gpu.shuffle idx %v425, %v113, %v308 : f32
                %v1388, %v1389 = gpu.shuffle idx %v428, %v113, %v308 : f32
                %v1390, %v1391 = gpu.shuffle idx %v438, %v113, %v308 : f32
                %v1392, %v1393 = gpu.shuffle idx %v443, %v113, %v308 : f32
                %v1394 = arith.addi %v361, %v81 : i64
                llvm.store %v61, %v676 : f32, !llvm.ptr
                %v1395 = arith.addi %v142, %v1378 : i64
                %v1396 = arith.muli %v48, %v317 : i64
                %v1397 = arith.muli %v1395, %v316 : i64
                %v1398 = arith.addi %v1396, %v1397 : i64
                %v1399 = arith.muli %v34, %v2 : i64
                %v1400 = arith.addi %v1398, %v1399 : i64
                %v1401 = llvm.getelementptr %in_Cm[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
                %v1403 = arith.muli %v48, %v288 : i64
                %v1404 = arith.muli %v1395, %v287 : i64
                %v1405 = arith.addi %v1403, %v1404 : i64
                %v1406 = arith.muli %v46, %v286 : i64
                %v1407 = arith.addi %v1405, %v1406 : i64
                %v1408 = arith.muli %v44, %v2 : i64
                %v1409 = arith.addi %v1407, %v1408 : i64
                %v1410 = llvm.getelementptr %dy_y[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
                %v1412 = arith.mulf %v1402, %v1411 fastmath<contract> : f32
                %v1413 = llvm.load %v50 : !llvm.ptr -> f32
                %v1414 = llvm.load %v52 : !llvm.ptr -> f32
                %v1415 = arith.mulf %v1414, %v1413 fastmath<contract> : f32
                %v1416 = arith.addf %v1412, %v1415 fastmath<contract> : f32
                llvm.store %v1416, %v50 : f32, !llvm.ptr
                %v1417 = arith.muli %v48, %v317 : i64
                %v1418 = arith.muli %v1395, %v316 : i64
                %v1419 = arith.addi %v1417, %v1418 : i64
                %v1420 = arith.constant 8 : i64
                %v1421 = arith.addi %v1420, %v34 : i64
                %v1422 = arith.muli %v1421, %v2 : i64
                %v1423 = arith.addi %v1419, %v1422 : i64
                %v1424 = llvm.getelementptr %in_Cm[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
                %v1426 = arith.mulf %v1425, %v1411 fastmath<contract> : f32
                %v1427 = llvm.load %v51 : !llvm.ptr -> f32
                %v1428 = llvm.load %v53 : !llvm.ptr -> f32
                %v1429 = arith.mulf %v1428, %v1427 fastmath<contract> : f32
                %v1430 = arith.addf %v1426, %v1429 fastmath<contract> : f32
                llvm.store %v1430, %v51 : f32, !llvm.ptr
                %v1431 = arith.muli %v48, %v288 : i64
                %v1432 = arith.muli %v1395, %v287 : i64
                %v1433 = arith.addi %v1431, %v1432 : i64
                %v1434 = arith.muli %v46, %v286 : i64
                %v1435 = arith.addi %v1433, %v1434 : i64
                %v1436 = arith.muli %v44, %v2 : i64
                %v1437 = arith.addi %v1435, %v1436 : i64
                %v1438 = llvm.getelementptr %in_x[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
                %v1440 = arith.muli %v48, %v317 : i64
                %v1441 = arith.muli %v1395, %v316 : i64
                %v1442 = arith.addi %v1440, %v1441 : i64
                %v1443 = arith.muli %v34, %v2 : i64
                %v1444 = arith.addi %v1442, %v1443 : i64
                %v1445 = llvm.getelementptr %in_Bm[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
                %v1447 = llvm.load %v50 : !llvm.ptr -> f32
                %v1448 = arith.mulf %v1446, %v1447 fastmath<contract> : f32
                %v1449 = arith.muli %v48, %v317 : i64
                %v1450 = arith.muli %v1395, %v316 : i64
                %v1451 = arith.addi %v1449, %v1450 : i64
                %v1452 = arith.constant 8 : i64
                %v1453 = arith.addi %v1452, %v34 : i64
                %v1454 = arith.muli %v1453, %v2 : i64
                %v1455 = arith.addi %v1451, %v1454 : i64
                %v1456 = llvm.getelementptr %in_Bm[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1457 = llvm.load %v1456 : !llvm.ptr -> f32
                %v1458 = llvm.load %v51 : !llvm.ptr -> f32
                %v1459 = arith.mulf %v1457, %v1458 fastmath<contract> : f32
                %v1460 = arith.addf %v1448, %v1459 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1461, %v1462 = gpu.shuffle xor %v1460, %v777, %v308 : f32
                %v1463 = arith.addf %v1460, %v1461 fastmath<contract> : f32
                %v1464, %v1465 = gpu.shuffle xor %v1463, %v781, %v308 : f32
                %v1466 = arith.addf %v1463, %v1464 fastmath<contract> : f32
                %v1467, %v1468 = gpu.shuffle xor %v1466, %v785, %v308 : f32
                %v1469 = arith.addf %v1466, %v1467 fastmath<contract> : f32
                // end sum over the lanes
                %v1470 = arith.mulf %v1439, %v1469 fastmath<contract> : f32
                %v1471 = arith.mulf %v518, %v1447 fastmath<contract> : f32
                %v1472 = arith.mulf %v530, %v1458 fastmath<contract> : f32
                %v1473 = arith.addf %v1471, %v1472 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1474, %v1475 = gpu.shuffle xor %v1473, %v777, %v308 : f32
                %v1476 = arith.addf %v1473, %v1474 fastmath<contract> : f32
                %v1477, %v1478 = gpu.shuffle xor %v1476, %v781, %v308 : f32
                %v1479 = arith.addf %v1476, %v1477 fastmath<contract> : f32
                %v1480, %v1481 = gpu.shuffle xor %v1479, %v785, %v308 : f32
                %v1482 = arith.addf %v1479, %v1480 fastmath<contract> : f32
                // end sum over the lanes
                %v1483 = arith.mulf %v1386, %v1482 fastmath<contract> : f32
                %v1484 = arith.mulf %v1388, %v1483 fastmath<contract> : f32
                %v1485 = arith.negf %v1484 : f32
                %v1486 = arith.addf %v1470, %v1485 fastmath<contract> : f32
                %v1487 = arith.mulf %v1486, %v1392 fastmath<contract> : f32
                %v1488 = arith.mulf %v1388, %v1482 fastmath<contract> : f32
                %v1489 = arith.mulf %v1384, %v1488 fastmath<contract> : f32
                %v1490 = arith.mulf %v1386, %v1489 fastmath<contract> : f32
                %v1491 = llvm.load %v54 : !llvm.ptr -> f32
                %v1492 = arith.addf %v1491, %v1490 fastmath<contract> : f32
                llvm.store %v1492, %v54 : f32, !llvm.ptr
                %v1493 = arith.mulf %v1390, %v1447 fastmath<contract> : f32
                scf.if %v38 {
                  %v1494 = arith.addi %v12, %v34 : i64
                  %v1495 = arith.muli %v40, %v1 : i64
                  %v1496 = arith.addi %v1495, %v1494 : i64
                  %v1497 = arith.subi %v1395, %slice_first : i64
                  %v1498 = arith.muli %v1496, %slice_steps : i64
                  %v1499 = arith.addi %v1498, %v1497 : i64
                  %v1500 = llvm.getelementptr %part_Bm[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1493, %v1500 : f32, !llvm.ptr
                }
                %v1501 = arith.mulf %v1390, %v1458 fastmath<contract> : f32
                scf.if %v38 {
                  %v1502 = arith.addi %v33, %v34 : i64
                  %v1503 = arith.muli %v40, %v1 : i64
                  %v1504 = arith.addi %v1503, %v1502 : i64
                  %v1505 = arith.subi %v1395, %slice_first : i64
                  %v1506 = arith.muli %v1504, %slice_steps : i64
                  %v1507 = arith.addi %v1506, %v1505 : i64
                  %v1508 = llvm.getelementptr %part_Bm[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1501, %v1508 : f32, !llvm.ptr
                }
                %v1509 = arith.mulf %v547, %v1411 fastmath<contract> : f32
                scf.if %v38 {
                  %v1510 = arith.addi %v12, %v34 : i64
                  %v1511 = arith.muli %v40, %v1 : i64
                  %v1512 = arith.addi %v1511, %v1510 : i64
                  %v1513 = arith.subi %v1395, %slice_first : i64
                  %v1514 = arith.muli %v1512, %slice_steps : i64
                  %v1515 = arith.addi %v1514, %v1513 : i64
                  %v1516 = llvm.getelementptr %part_Cm[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1509, %v1516 : f32, !llvm.ptr
                }
                %v1517 = arith.mulf %v559, %v1411 fastmath<contract> : f32
                scf.if %v38 {
                  %v1518 = arith.addi %v33, %v34 : i64
                  %v1519 = arith.muli %v40, %v1 : i64
                  %v1520 = arith.addi %v1519, %v1518 : i64
                  %v1521 = arith.subi %v1395, %slice_first : i64
                  %v1522 = arith.muli %v1520, %slice_steps : i64
                  %v1523 = arith.addi %v1522, %v1521 : i64
                  %v1524 = llvm.getelementptr %part_Cm[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1517, %v1524 : f32, !llvm.ptr
                }
                %v1525 = llvm.load %v56 : !llvm.ptr -> f32
                %v1526 = arith.addf %v1525, %v1487 fastmath<contract> : f32
                llvm.store %v1526, %v56 : f32, !llvm.ptr
                %v1527 = arith.select %v38, %v1487, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1528, %v1529 = gpu.shuffle xor %v1527, %v847, %v308 : f32
                %v1530 = arith.addf %v1527, %v1528 fastmath<contract> : f32
                %v1531, %v1532 = gpu.shuffle xor %v1530, %v851, %v308 : f32
                %v1533 = arith.addf %v1530, %v1531 fastmath<contract> : f32
                %v1534 = arith.divui %v24, %v26 : i64
                %v1535 = arith.remui %v24, %v26 : i64
                %v1536 = arith.cmpi ult, %v1535, %v2 : i64
                %v1537 = arith.muli %v1534, %v2 : i64
                %v1538 = arith.addi %v1537, %v12 : i64
                %v1539 = arith.muli %v1538, %v860 : i64
                %v1540 = arith.addi %v1539, %v1394 : i64
                scf.if %v1536 {
                  %v1541 = llvm.getelementptr %v58[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1533, %v1541 : f32, !llvm.ptr
                }
                %v1542 = arith.addf %v1448, %v1459 fastmath<contract> : f32
                llvm.store %v1542, %v676 : f32, !llvm.ptr
                llvm.store %v1388, %v52 : f32, !llvm.ptr
                llvm.store %v1388, %v53 : f32, !llvm.ptr
                %v1543 = llvm.load %v676 : !llvm.ptr -> f32
                %v1544 = arith.addi %v359, %v73 : i64
                %v1545 = arith.cmpi slt, %v781, %v687 : i32
                %v1546 = arith.cmpi eq, %v781, %v693 : i32
                %v1547, %v1548 = gpu.shuffle idx %v419, %v109, %v308 : f32
                %v1549, %v1550 = gpu.shuffle idx %v420, %v109, %v308 : f32
                %v1551, %v1552 = gpu.shuffle idx %v425, %v109, %v308 : f32
                %v1553, %v1554 = gpu.shuffle idx %v428, %v109, %v308 : f32
                %v1555, %v1556 = gpu.shuffle idx %v438, %v109, %v308 : f32
                %v1557, %v1558 = gpu.shuffle idx %v443, %v109, %v308 : f32
                %v1559 = arith.addi %v361, %v85 : i64
                llvm.store %v61, %v676 : f32, !llvm.ptr
                %v1560 = arith.addi %v142, %v1544 : i64
                %v1561 = arith.muli %v48, %v317 : i64
                %v1562 = arith.muli %v1560, %v316 : i64
                %v1563 = arith.addi %v1561, %v1562 : i64
                %v1564 = arith.muli %v34, %v2 : i64
                %v1565 = arith.addi %v1563, %v1564 : i64
                %v1566 = llvm.getelementptr %in_Cm[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1567 = llvm.load %v1566 : !llvm.ptr -> f32
                %v1568 = arith.muli %v48, %v288 : i64
                %v1569 = arith.muli %v1560, %v287 : i64
                %v1570 = arith.addi %v1568, %v1569 : i64
                %v1571 = arith.muli %v46, %v286 : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = arith.muli %v44, %v2 : i64
                %v1574 = arith.addi %v1572, %v1573 : i64
                %v1575 = llvm.getelementptr %dy_y[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
                %v1577 = arith.mulf %v1567, %v1576 fastmath<contract> : f32
                %v1578 = llvm.load %v50 : !llvm.ptr -> f32
                %v1579 = llvm.load %v52 : !llvm.ptr -> f32
                %v1580 = arith.mulf %v1579, %v1578 fastmath<contract> : f32
                %v1581 = arith.addf %v1577, %v1580 fastmath<contract> : f32
                llvm.store %v1581, %v50 : f32, !llvm.ptr
                %v1582 = arith.muli %v48, %v317 : i64
                %v1583 = arith.muli %v1560, %v316 : i64
                %v1584 = arith.addi %v1582, %v1583 : i64
                %v1585 = arith.constant 8 : i64
                %v1586 = arith.addi %v1585, %v34 : i64
                %v1587 = arith.muli %v1586, %v2 : i64
                %v1588 = arith.addi %v1584, %v1587 : i64
                %v1589 = llvm.getelementptr %in_Cm[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
                %v1591 = arith.mulf %v1590, %v1576 fastmath<contract> : f32
                %v1592 = llvm.load %v51 : !llvm.ptr -> f32
                %v1593 = llvm.load %v53 : !llvm.ptr -> f32
                %v1594 = arith.mulf %v1593, %v1592 fastmath<contract> : f32
                %v1595 = arith.addf %v1591, %v1594 fastmath<contract> : f32
                llvm.store %v1595, %v51 : f32, !llvm.ptr
                %v1596 = arith.muli %v48, %v288 : i64
                %v1597 = arith.muli %v1560, %v287 : i64
                %v1598 = arith.addi %v1596, %v1597 : i64
                %v1599 = arith.muli %v46, %v286 : i64
                %v1600 = arith.addi %v1598, %v1599 : i64
                %v1601 = arith.muli %v44, %v2 : i64
                %v1602 = arith.addi %v1600, %v1601 : i64
                %v1603 = llvm.getelementptr %in_x[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1604 = llvm.load %v1603 : !llvm.ptr -> f32
                %v1605 = arith.muli %v48, %v317 : i64
                %v1606 = arith.muli %v1560, %v316 : i64
                %v1607 = arith.addi %v1605, %v1606 : i64
                %v1608 = arith.muli %v34, %v2 : i64
                %v1609 = arith.addi %v1607, %v1608 : i64
                %v1610 = llvm.getelementptr %in_Bm[%v1609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
                %v1612 = llvm.load %v50 : !llvm.ptr -> f32
                %v1613 = arith.mulf %v1611, %v1612 fastmath<contract> : f32
                %v1614 = arith.muli %v48, %v317 : i64
                %v1615 = arith.muli %v1560, %v316 : i64
                %v1616 = arith.addi %v1614, %v1615 : i64
                %v1617 = arith.constant 8 : i64
                %v1618 = arith.addi %v1617, %v34 : i64
                %v1619 = arith.muli %v1618, %v2 : i64
                %v1620 = arith.addi %v1616, %v1619 : i64
                %v1621 = llvm.getelementptr %in_Bm[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
                %v1623 = llvm.load %v51 : !llvm.ptr -> f32
                %v1624 = arith.mulf %v1622, %v1623 fastmath<contract> : f32
                %v1625 = arith.addf %v1613, %v1624 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1626, %v1627 = gpu.shuffle xor %v1625, %v777, %v308 : f32
                %v1628 = arith.addf %v1625, %v1626 fastmath<contract> : f32
                %v1629, %v1630 = gpu.shuffle xor %v1628, %v781, %v308 : f32
                %v1631 = arith.addf %v1628, %v1629 fastmath<contract> : f32
                %v1632, %v1633 = gpu.shuffle xor %v1631, %v785, %v308 : f32
                %v1634 = arith.addf %v1631, %v1632 fastmath<contract> : f32
                // end sum over the lanes
                %v1635 = arith.mulf %v1604, %v1634 fastmath<contract> : f32
                %v1636 = arith.mulf %v489, %v1612 fastmath<contract> : f32
                %v1637 = arith.mulf %v501, %v1623 fastmath<contract> : f32
                %v1638 = arith.addf %v1636, %v1637 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1639, %v1640 = gpu.shuffle xor %v1638, %v777, %v308 : f32
                %v1641 = arith.addf %v1638, %v1639 fastmath<contract> : f32
                %v1642, %v1643 = gpu.shuffle xor %v1641, %v781, %v308 : f32
                %v1644 = arith.addf %v1641, %v1642 fastmath<contract> : f32
                %v1645, %v1646 = gpu.shuffle xor %v1644, %v785, %v308 : f32
                %v1647 = arith.addf %v1644, %v1645 fastmath<contract> : f32
                // end sum over the lanes
                %v1648 = arith.mulf %v1551, %v1647 fastmath<contract> : f32
                %v1649 = arith.mulf %v1553, %v1648 fastmath<contract> : f32
                %v1650 = arith.negf %v1649 : f32
                %v1651 = arith.addf %v1635, %v1650 fastmath<contract> : f32
                %v1652 = arith.mulf %v1651, %v1557 fastmath<contract> : f32
                %v1653 = arith.mulf %v1553, %v1647 fastmath<contract> : f32
                %v1654 = arith.mulf %v1549, %v1653 fastmath<contract> : f32
                %v1655 = arith.mulf %v1551, %v1654 fastmath<contract> : f32
                %v1656 = llvm.load %v54 : !llvm.ptr -> f32
                %v1657 = arith.addf %v1656, %v1655 fastmath<contract> : f32
                llvm.store %v1657, %v54 : f32, !llvm.ptr
                %v1658 = arith.mulf %v1555, %v1612 fastmath<contract> : f32
                scf.if %v38 {
                  %v1659 = arith.addi %v12, %v34 : i64
                  %v1660 = arith.muli %v40, %v1 : i64
                  %v1661 = arith.addi %v1660, %v1659 : i64
                  %v1662 = arith.subi %v1560, %slice_first : i64
                  %v1663 = arith.muli %v1661, %slice_steps : i64
                  %v1664 = arith.addi %v1663, %v1662 : i64
                  %v1665 = llvm.getelementptr %part_Bm[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1658, %v1665 : f32, !llvm.ptr
                }
                %v1666 = arith.mulf %v1555, %v1623 fastmath<contract> : f32
                scf.if %v38 {
                  %v1667 = arith.addi %v33, %v34 : i64
                  %v1668 = arith.muli %v40, %v1 : i64
                  %v1669 = arith.addi %v1668, %v1667 : i64
                  %v1670 = arith.subi %v1560, %slice_first : i64
                  %v1671 = arith.muli %v1669, %slice_steps : i64
                  %v1672 = arith.addi %v1671, %v1670 : i64
                  %v1673 = llvm.getelementptr %part_Bm[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1666, %v1673 : f32, !llvm.ptr
                }
                %v1674 = arith.mulf %v518, %v1576 fastmath<contract> : f32
                scf.if %v38 {
                  %v1675 = arith.addi %v12, %v34 : i64
                  %v1676 = arith.muli %v40, %v1 : i64
                  %v1677 = arith.addi %v1676, %v1675 : i64
                  %v1678 = arith.subi %v1560, %slice_first : i64
                  %v1679 = arith.muli %v1677, %slice_steps : i64
                  %v1680 = arith.addi %v1679, %v1678 : i64
                  %v1681 = llvm.getelementptr %part_Cm[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1674, %v1681 : f32, !llvm.ptr
                }
                %v1682 = arith.mulf %v530, %v1576 fastmath<contract> : f32
                scf.if %v38 {
                  %v1683 = arith.addi %v33, %v34 : i64
                  %v1684 = arith.muli %v40, %v1 : i64
                  %v1685 = arith.addi %v1684, %v1683 : i64
                  %v1686 = arith.subi %v1560, %slice_first : i64
                  %v1687 = arith.muli %v1685, %slice_steps : i64
                  %v1688 = arith.addi %v1687, %v1686 : i64
                  %v1689 = llvm.getelementptr %part_Cm[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1682, %v1689 : f32, !llvm.ptr
                }
                %v1690 = llvm.load %v56 : !llvm.ptr -> f32
                %v1691 = arith.addf %v1690, %v1652 fastmath<contract> : f32
                llvm.store %v1691, %v56 : f32, !llvm.ptr
                %v1692 = arith.select %v38, %v1652, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1693, %v1694 = gpu.shuffle xor %v1692, %v847, %v308 : f32
                %v1695 = arith.addf %v1692, %v1693 fastmath<contract> : f32
                %v1696, %v1697 = gpu.shuffle xor %v1695, %v851, %v308 : f32
                %v1698 = arith.addf %v1695, %v1696 fastmath<contract> : f32
                %v1699 = arith.divui %v24, %v26 : i64
                %v1700 = arith.remui %v24, %v26 : i64
                %v1701 = arith.cmpi ult, %v1700, %v2 : i64
                %v1702 = arith.muli %v1699, %v2 : i64
                %v1703 = arith.addi %v1702, %v12 : i64
                %v1704 = arith.muli %v1703, %v860 : i64
                %v1705 = arith.addi %v1704, %v1559 : i64
                scf.if %v1701 {
                  %v1706 = llvm.getelementptr %v58[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1698, %v1706 : f32, !llvm.ptr
                }
                %v1707 = arith.addf %v1613, %v1624 fastmath<contract> : f32
                llvm.store %v1707, %v676 : f32, !llvm.ptr
                llvm.store %v1553, %v52 : f32, !llvm.ptr
                llvm.store %v1553, %v53 : f32, !llvm.ptr
                %v1708 = llvm.load %v676 : !llvm.ptr -> f32
                %v1709 = arith.select %v679, %v1708, %v1543 : f32
                %v1710 = arith.select %v679, %v1543, %v1708 : f32
                %v1711, %v1712 = gpu.shuffle xor %v1709, %v777, %v308 : f32
                %v1713 = arith.addf %v1710, %v1711 fastmath<contract> : f32
                %v1714 = arith.addi %v359, %v2 : i64
                %v1715 = arith.cmpi slt, %v777, %v687 : i32
                %v1716 = arith.cmpi eq, %v777, %v693 : i32
                %v1717, %v1718 = gpu.shuffle idx %v419, %v105, %v308 : f32
                %v1719, %v1720 = gpu.shuffle idx %v420, %v105, %v308 : f32
                %v1721, %v1722 = gpu.shuffle idx %v425, %v105, %v308 : f32
                %v1723, %v1724 = gpu.shuffle idx %v428, %v105, %v308 : f32
                %v1725, %v1726 = gpu.shuffle idx %v438, %v105, %v308 : f32
                %v1727, %v1728 = gpu.shuffle idx %v443, %v105, %v308 : f32
                %v1729 = arith.addi %v361, %v89 : i64
                llvm.store %v61, %v676 : f32, !llvm.ptr
                %v1730 = arith.addi %v142, %v1714 : i64
                %v1731 = arith.muli %v48, %v317 : i64
                %v1732 = arith.muli %v1730, %v316 : i64
                %v1733 = arith.addi %v1731, %v1732 : i64
                %v1734 = arith.muli %v34, %v2 : i64
                %v1735 = arith.addi %v1733, %v1734 : i64
                %v1736 = llvm.getelementptr %in_Cm[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
                %v1738 = arith.muli %v48, %v288 : i64
                %v1739 = arith.muli %v1730, %v287 : i64
                %v1740 = arith.addi %v1738, %v1739 : i64
                %v1741 = arith.muli %v46, %v286 : i64
                %v1742 = arith.addi %v1740, %v1741 : i64
                %v1743 = arith.muli %v44, %v2 : i64
                %v1744 = arith.addi %v1742, %v1743 : i64
                %v1745 = llvm.getelementptr %dy_y[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1746 = llvm.load %v1745 : !llvm.ptr -> f32
                %v1747 = arith.mulf %v1737, %v1746 fastmath<contract> : f32
                %v1748 = llvm.load %v50 : !llvm.ptr -> f32
                %v1749 = llvm.load %v52 : !llvm.ptr -> f32
                %v1750 = arith.mulf %v1749, %v1748 fastmath<contract> : f32
                %v1751 = arith.addf %v1747, %v1750 fastmath<contract> : f32
                llvm.store %v1751, %v50 : f32, !llvm.ptr
                %v1752 = arith.muli %v48, %v317 : i64
                %v1753 = arith.muli %v1730, %v316 : i64
                %v1754 = arith.addi %v1752, %v1753 : i64
                %v1755 = arith.constant 8 : i64
                %v1756 = arith.addi %v1755, %v34 : i64
                %v1757 = arith.muli %v1756, %v2 : i64
                %v1758 = arith.addi %v1754, %v1757 : i64
                %v1759 = llvm.getelementptr %in_Cm[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1760 = llvm.load %v1759 : !llvm.ptr -> f32
                %v1761 = arith.mulf %v1760, %v1746 fastmath<contract> : f32
                %v1762 = llvm.load %v51 : !llvm.ptr -> f32
                %v1763 = llvm.load %v53 : !llvm.ptr -> f32
                %v1764 = arith.mulf %v1763, %v1762 fastmath<contract> : f32
                %v1765 = arith.addf %v1761, %v1764 fastmath<contract> : f32
                llvm.store %v1765, %v51 : f32, !llvm.ptr
                %v1766 = arith.muli %v48, %v288 : i64
                %v1767 = arith.muli %v1730, %v287 : i64
                %v1768 = arith.addi %v1766, %v1767 : i64
                %v1769 = arith.muli %v46, %v286 : i64
                %v1770 = arith.addi %v1768, %v1769 : i64
                %v1771 = arith.muli %v44, %v2 : i64
                %v1772 = arith.addi %v1770, %v1771 : i64
                %v1773 = llvm.getelementptr %in_x[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
                %v1775 = arith.muli %v48, %v317 : i64
                %v1776 = arith.muli %v1730, %v316 : i64
                %v1777 = arith.addi %v1775, %v1776 : i64
                %v1778 = arith.muli %v34, %v2 : i64
                %v1779 = arith.addi %v1777, %v1778 : i64
                %v1780 = llvm.getelementptr %in_Bm[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
                %v1782 = llvm.load %v50 : !llvm.ptr -> f32
                %v1783 = arith.mulf %v1781, %v1782 fastmath<contract> : f32
                %v1784 = arith.muli %v48, %v317 : i64
                %v1785 = arith.muli %v1730, %v316 : i64
                %v1786 = arith.addi %v1784, %v1785 : i64
                %v1787 = arith.constant 8 : i64
                %v1788 = arith.addi %v1787, %v34 : i64
                %v1789 = arith.muli %v1788, %v2 : i64
                %v1790 = arith.addi %v1786, %v1789 : i64
                %v1791 = llvm.getelementptr %in_Bm[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
                %v1793 = llvm.load %v51 : !llvm.ptr -> f32
                %v1794 = arith.mulf %v1792, %v1793 fastmath<contract> : f32
                %v1795 = arith.addf %v1783, %v1794 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1796, %v1797 = gpu.shuffle xor %v1795, %v777, %v308 : f32
                %v1798 = arith.addf %v1795, %v1796 fastmath<contract> : f32
                %v1799, %v1800 = gpu.shuffle xor %v1798, %v781, %v308 : f32
                %v1801 = arith.addf %v1798, %v1799 fastmath<contract> : f32
                %v1802, %v1803 = gpu.shuffle xor %v1801, %v785, %v308 : f32
                %v1804 = arith.addf %v1801, %v1802 fastmath<contract> : f32
                // end sum over the lanes
                %v1805 = arith.mulf %v1774, %v1804 fastmath<contract> : f32
                %v1806 = arith.mulf %v460, %v1782 fastmath<contract> : f32
                %v1807 = arith.mulf %v472, %v1793 fastmath<contract> : f32
                %v1808 = arith.addf %v1806, %v1807 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v777, %v308 : f32
                %v1811 = arith.addf %v1808, %v1809 fastmath<contract> : f32
                %v1812, %v1813 = gpu.shuffle xor %v1811, %v781, %v308 : f32
                %v1814 = arith.addf %v1811, %v1812 fastmath<contract> : f32
                %v1815, %v1816 = gpu.shuffle xor %v1814, %v785, %v308 : f32
                %v1817 = arith.addf %v1814, %v1815 fastmath<contract> : f32
                // end sum over the lanes
                %v1818 = arith.mulf %v1721, %v1817 fastmath<contract> : f32
                %v1819 = arith.mulf %v1723, %v1818 fastmath<contract> : f32
                %v1820 = arith.negf %v1819 : f32
                %v1821 = arith.addf %v1805, %v1820 fastmath<contract> : f32
                %v1822 = arith.mulf %v1821, %v1727 fastmath<contract> : f32
                %v1823 = arith.mulf %v1723, %v1817 fastmath<contract> : f32
                %v1824 = arith.mulf %v1719, %v1823 fastmath<contract> : f32
                %v1825 = arith.mulf %v1721, %v1824 fastmath<contract> : f32
                %v1826 = llvm.load %v54 : !llvm.ptr -> f32
                %v1827 = arith.addf %v1826, %v1825 fastmath<contract> : f32
                llvm.store %v1827, %v54 : f32, !llvm.ptr
                %v1828 = arith.mulf %v1725, %v1782 fastmath<contract> : f32
                scf.if %v38 {
                  %v1829 = arith.addi %v12, %v34 : i64
                  %v1830 = arith.muli %v40, %v1 : i64
                  %v1831 = arith.addi %v1830, %v1829 : i64
                  %v1832 = arith.subi %v1730, %slice_first : i64
                  %v1833 = arith.muli %v1831, %slice_steps : i64
                  %v1834 = arith.addi %v1833, %v1832 : i64
                  %v1835 = llvm.getelementptr %part_Bm[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1828, %v1835 : f32, !llvm.ptr
                }
                %v1836 = arith.mulf %v1725, %v1793 fastmath<contract> : f32
                scf.if %v38 {
                  %v1837 = arith.addi %v33, %v34 : i64
                  %v1838 = arith.muli %v40, %v1 : i64
                  %v1839 = arith.addi %v1838, %v1837 : i64
                  %v1840 = arith.subi %v1730, %slice_first : i64
                  %v1841 = arith.muli %v1839, %slice_steps : i64
                  %v1842 = arith.addi %v1841, %v1840 : i64
                  %v1843 = llvm.getelementptr %part_Bm[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1836, %v1843 : f32, !llvm.ptr
                }
                %v1844 = arith.mulf %v489, %v1746 fastmath<contract> : f32
                scf.if %v38 {
                  %v1845 = arith.addi %v12, %v34 : i64
                  %v1846 = arith.muli %v40, %v1 : i64
                  %v1847 = arith.addi %v1846, %v1845 : i64
                  %v1848 = arith.subi %v1730, %slice_first : i64
                  %v1849 = arith.muli %v1847, %slice_steps : i64
                  %v1850 = arith.addi %v1849, %v1848 : i64
                  %v1851 = llvm.getelementptr %part_Cm[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1844, %v1851 : f32, !llvm.ptr
                }
                %v1852 = arith.mulf %v501, %v1746 fastmath<contract> : f32
                scf.if %v38 {
                  %v1853 = arith.addi %v33, %v34 : i64
                  %v1854 = arith.muli %v40, %v1 : i64
                  %v1855 = arith.addi %v1854, %v1853 : i64
                  %v1856 = arith.subi %v1730, %slice_first : i64
                  %v1857 = arith.muli %v1855, %slice_steps : i64
                  %v1858 = arith.addi %v1857, %v1856 : i64
                  %v1859 = llvm.getelementptr %part_Cm[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1852, %v1859 : f32, !llvm.ptr
                }
                %v1860 = llvm.load %v56 : !llvm.ptr -> f32
                %v1861 = arith.addf %v1860, %v1822 fastmath<contract> : f32
                llvm.store %v1861, %v56 : f32, !llvm.ptr
                %v1862 = arith.select %v38, %v1822, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1863, %v1864 = gpu.shuffle xor %v1862, %v847, %v308 : f32
                %v1865 = arith.addf %v1862, %v1863 fastmath<contract> : f32
                %v1866, %v1867 = gpu.shuffle xor %v1865, %v851, %v308 : f32
                %v1868 = arith.addf %v1865, %v1866 fastmath<contract> : f32
                %v1869 = arith.divui %v24, %v26 : i64
                %v1870 = arith.remui %v24, %v26 : i64
                %v1871 = arith.cmpi ult, %v1870, %v2 : i64
                %v1872 = arith.muli %v1869, %v2 : i64
                %v1873 = arith.addi %v1872, %v12 : i64
                %v1874 = arith.muli %v1873, %v860 : i64
                %v1875 = arith.addi %v1874, %v1729 : i64
                scf.if %v1871 {
                  %v1876 = llvm.getelementptr %v58[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1868, %v1876 : f32, !llvm.ptr
                }
                %v1877 = arith.addf %v1783, %v1794 fastmath<contract> : f32
                llvm.store %v1877, %v676 : f32, !llvm.ptr
                llvm.store %v1723, %v52 : f32, !llvm.ptr
                llvm.store %v1723, %v53 : f32, !llvm.ptr
                %v1878 = llvm.load %v676 : !llvm.ptr -> f32
                %v1879 = arith.addi %v359, %v12 : i64
                %v1881 = arith.cmpi slt, %v1880, %v687 : i32
                %v1882 = arith.cmpi eq, %v1880, %v693 : i32
                %v1883, %v1884 = gpu.shuffle idx %v419, %v101, %v308 : f32
                %v1885, %v1886 = gpu.shuffle idx %v420, %v101, %v308 : f32
                %v1887, %v1888 = gpu.shuffle idx %v425, %v101, %v308 : f32
                %v1889, %v1890 = gpu.shuffle idx %v428, %v101, %v308 : f32
                %v1891, %v1892 = gpu.shuffle idx %v438, %v101, %v308 : f32
                %v1893, %v1894 = gpu.shuffle idx %v443, %v101, %v308 : f32
                %v1895 = arith.addi %v361, %v65 : i64
                llvm.store %v61, %v676 : f32, !llvm.ptr
                %v1896 = arith.addi %v142, %v1879 : i64
                %v1897 = arith.muli %v48, %v317 : i64
                %v1898 = arith.muli %v1896, %v316 : i64
                %v1899 = arith.addi %v1897, %v1898 : i64
                %v1900 = arith.muli %v34, %v2 : i64
                %v1901 = arith.addi %v1899, %v1900 : i64
                %v1902 = llvm.getelementptr %in_Cm[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
                %v1904 = arith.muli %v48, %v288 : i64
                %v1905 = arith.muli %v1896, %v287 : i64
                %v1906 = arith.addi %v1904, %v1905 : i64
                %v1907 = arith.muli %v46, %v286 : i64
                %v1908 = arith.addi %v1906, %v1907 : i64
                %v1909 = arith.muli %v44, %v2 : i64
                %v1910 = arith.addi %v1908, %v1909 : i64
                %v1911 = llvm.getelementptr %dy_y[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
                %v1913 = arith.mulf %v1903, %v1912 fastmath<contract> : f32
                %v1914 = llvm.load %v50 : !llvm.ptr -> f32
                %v1915 = llvm.load %v52 : !llvm.ptr -> f32
                %v1916 = arith.mulf %v1915, %v1914 fastmath<contract> : f32
                %v1917 = arith.addf %v1913, %v1916 fastmath<contract> : f32
                llvm.store %v1917, %v50 : f32, !llvm.ptr
                %v1918 = arith.muli %v48, %v317 : i64
                %v1919 = arith.muli %v1896, %v316 : i64
                %v1920 = arith.addi %v1918, %v1919 : i64
                %v1921 = arith.constant 8 : i64
                %v1922 = arith.addi %v1921, %v34 : i64
                %v1923 = arith.muli %v1922, %v2 : i64
                %v1924 = arith.addi %v1920, %v1923 : i64
                %v1925 = llvm.getelementptr %in_Cm[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1926 = llvm.load %v1925 : !llvm.ptr -> f32
                %v1927 = arith.mulf %v1926, %v1912 fastmath<contract> : f32
                %v1928 = llvm.load %v51 : !llvm.ptr -> f32
                %v1929 = llvm.load %v53 : !llvm.ptr -> f32
                %v1930 = arith.mulf %v1929, %v1928 fastmath<contract> : f32
                %v1931 = arith.addf %v1927, %v1930 fastmath<contract> : f32
                llvm.store %v1931, %v51 : f32, !llvm.ptr
                %v1932 = arith.muli %v48, %v288 : i64
                %v1933 = arith.muli %v1896, %v287 : i64
                %v1934 = arith.addi %v1932, %v1933 : i64
                %v1935 = arith.muli %v46, %v286 : i64
                %v1936 = arith.addi %v1934, %v1935 : i64
                %v1937 = arith.muli %v44, %v2 : i64
                %v1938 = arith.addi %v1936, %v1937 : i64
                %v1939 = llvm.getelementptr %in_x[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
                %v1941 = arith.muli %v48, %v317 : i64
                %v1942 = arith.muli %v1896, %v316 : i64
                %v1943 = arith.addi %v1941, %v1942 : i64
                %v1944 = arith.muli %v34, %v2 : i64
                %v1945 = arith.addi %v1943, %v1944 : i64
                %v1946 = llvm.getelementptr %in_Bm[%v1945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
                %v1948 = llvm.load %v50 : !llvm.ptr -> f32
                %v1949 = arith.mulf %v1947, %v1948 fastmath<contract> : f32
                %v1950 = arith.muli %v48, %v317 : i64
                %v1951 = arith.muli %v1896, %v316 : i64
                %v1952 = arith.addi %v1950, %v1951 : i64
                %v1953 = arith.constant 8 : i64
                %v1954 = arith.addi %v1953, %v34 : i64
                %v1955 = arith.muli %v1954, %v2 : i64
                %v1956 = arith.addi %v1952, %v1955 : i64
                %v1957 = llvm.getelementptr %in_Bm[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
                %v1959 = llvm.load %v51 : !llvm.ptr -> f32
                %v1960 = arith.mulf %v1958, %v1959 fastmath<contract> : f32
                %v1961 = arith.addf %v1949, %v1960 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1962, %v1963 = gpu.shuffle xor %v1961, %v777, %v308 : f32
                %v1964 = arith.addf %v1961, %v1962 fastmath<contract> : f32
                %v1965, %v1966 = gpu.shuffle xor %v1964, %v781, %v308 : f32
                %v1967 = arith.addf %v1964, %v1965 fastmath<contract> : f32
                %v1968, %v1969 = gpu.shuffle xor %v1967, %v785, %v308 : f32
                %v1970 = arith.addf %v1967, %v1968 fastmath<contract> : f32
                // end sum over the lanes
                %v1971 = arith.mulf %v1940, %v1970 fastmath<contract> : f32
                %v1972 = arith.mulf %v373, %v1948 fastmath<contract> : f32
                %v1973 = arith.mulf %v382, %v1959 fastmath<contract> : f32
                %v1974 = arith.addf %v1972, %v1973 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1975, %v1976 = gpu.shuffle xor %v1974, %v777, %v308 : f32
                %v1977 = arith.addf %v1974, %v1975 fastmath<contract> : f32
                %v1978, %v1979 = gpu.shuffle xor %v1977, %v781, %v308 : f32
                %v1980 = arith.addf %v1977, %v1978 fastmath<contract> : f32
                %v1981, %v1982 = gpu.shuffle xor %v1980, %v785, %v308 : f32
                %v1983 = arith.addf %v1980, %v1981 fastmath<contract> : f32
                // end sum over the lanes
                %v1984 = arith.mulf %v1887, %v1983 fastmath<contract> : f32
                %v1985 = arith.mulf %v1889, %v1984 fastmath<contract> : f32
                %v1986 = arith.negf %v1985 : f32
                %v1987 = arith.addf %v1971, %v1986 fastmath<contract> : f32
                %v1988 = arith.mulf %v1987, %v1893 fastmath<contract> : f32
                %v1989 = arith.mulf %v1889, %v1983 fastmath<contract> : f32
                %v1990 = arith.mulf %v1885, %v1989 fastmath<contract> : f32
                %v1991 = arith.mulf %v1887, %v1990 fastmath<contract> : f32
                %v1992 = llvm.load %v54 : !llvm.ptr -> f32
                %v1993 = arith.addf %v1992, %v1991 fastmath<contract> : f32
                llvm.store %v1993, %v54 : f32, !llvm.ptr
                %v1994 = arith.mulf %v1891, %v1948 fastmath<contract> : f32
                scf.if %v38 {
                  %v1995 = arith.addi %v12, %v34 : i64
                  %v1996 = arith.muli %v40, %v1 : i64
                  %v1997 = arith.addi %v1996, %v1995 : i64
                  %v1998 = arith.subi %v1896, %slice_first : i64
                  %v1999 = arith.muli %v1997, %slice_steps : i64
                  %v2000 = arith.addi %v1999, %v1998 : i64
                  %v2001 = llvm.getelementptr %part_Bm[%v2000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1994, %v2001 : f32, !llvm.ptr
                }
                %v2002 = arith.mulf %v1891, %v1959 fastmath<contract> : f32
                scf.if %v38 {
                  %v2003 = arith.addi %v33, %v34 : i64
                  %v2004 = arith.muli %v40, %v1 : i64
                  %v2005 = arith.addi %v2004, %v2003 : i64
                  %v2006 = arith.subi %v1896, %slice_first : i64
                  %v2007 = arith.muli %v2005, %slice_steps : i64
                  %v2008 = arith.addi %v2007, %v2006 : i64
                  %v2009 = llvm.getelementptr %part_Bm[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2002, %v2009 : f32, !llvm.ptr
                }
                %v2010 = arith.mulf %v460, %v1912 fastmath<contract> : f32
                scf.if %v38 {
                  %v2011 = arith.addi %v12, %v34 : i64
                  %v2012 = arith.muli %v40, %v1 : i64
                  %v2013 = arith.addi %v2012, %v2011 : i64
                  %v2014 = arith.subi %v1896, %slice_first : i64
                  %v2015 = arith.muli %v2013, %slice_steps : i64
                  %v2016 = arith.addi %v2015, %v2014 : i64
                  %v2017 = llvm.getelementptr %part_Cm[%v2016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2010, %v2017 : f32, !llvm.ptr
                }
                %v2018 = arith.mulf %v472, %v1912 fastmath<contract> : f32
                scf.if %v38 {
                  %v2019 = arith.addi %v33, %v34 : i64
                  %v2020 = arith.muli %v40, %v1 : i64
                  %v2021 = arith.addi %v2020, %v2019 : i64
                  %v2022 = arith.subi %v1896, %slice_first : i64
                  %v2023 = arith.muli %v2021, %slice_steps : i64
                  %v2024 = arith.addi %v2023, %v2022 : i64
                  %v2025 = llvm.getelementptr %part_Cm[%v2024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2018, %v2025 : f32, !llvm.ptr
                }
                %v2026 = llvm.load %v56 : !llvm.ptr -> f32
                %v2027 = arith.addf %v2026, %v1988 fastmath<contract> : f32
                llvm.store %v2027, %v56 : f32, !llvm.ptr
                %v2028 = arith.select %v38, %v1988, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v2029, %v2030 = gpu.shuffle xor %v2028, %v847, %v308 : f32
                %v2031 = arith.addf %v2028, %v2029 fastmath<contract> : f32
                %v2032, %v2033 = gpu.shuffle xor %v2031, %v851, %v308 : f32
                %v2034 = arith.addf %v2031, %v2032 fastmath<contract> : f32
                %v2035 = arith.divui %v24, %v26 : i64
                %v2036 = arith.remui %v24, %v26 : i64
                %v2037 = arith.cmpi ult, %v2036, %v2 : i64
                %v2038 = arith.muli %v2035, %v2 : i64
                %v2039 = arith.addi %v2038, %v12 : i64
                %v2040 = arith.muli %v2039, %v860 : i64
                %v2041 = arith.addi %v2040, %v1895 : i64
                scf.if %v2037 {
                  %v2042 = llvm.getelementptr %v58[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2034, %v2042 : f32, !llvm.ptr
                }
                %v2043 = arith.addf %v1949, %v1960 fastmath<contract> : f32
                llvm.store %v2043, %v676 : f32, !llvm.ptr
                llvm.store %v1889, %v52 : f32, !llvm.ptr
                llvm.store %v1889, %v53 : f32, !llvm.ptr
                %v2044 = llvm.load %v676 : !llvm.ptr -> f32
                %v2045 = arith.select %v679, %v2044, %v1878 : f32
                %v2046 = arith.select %v679, %v1878, %v2044 : f32
                %v2047, %v2048 = gpu.shuffle xor %v2045, %v777, %v308 : f32
                %v2049 = arith.addf %v2046, %v2047 fastmath<contract> : f32
                %v2050 = arith.select %v682, %v2049, %v1713 : f32
                %v2051 = arith.select %v682, %v1713, %v2049 : f32
                %v2052, %v2053 = gpu.shuffle xor %v2050, %v781, %v308 : f32
                %v2054 = arith.addf %v2051, %v2052 fastmath<contract> : f32
                %v2055 = arith.select %v685, %v2054, %v1377 : f32
                %v2056 = arith.select %v685, %v1377, %v2054 : f32
                %v2057, %v2058 = gpu.shuffle xor %v2055, %v785, %v308 : f32
                %v2059 = arith.addf %v2056, %v2057 fastmath<contract> : f32
                %v2060 = arith.addi %v359, %v34 : i64
                %v2061 = arith.cmpi slt, %v2060, %v144 : i64
                %v2062 = arith.andi %v38, %v2061 : i1
                scf.if %v2062 {
                  %v2063 = arith.addi %v142, %v2060 : i64
                  // the gradients of this lane's own step
                  %v2064 = arith.muli %v46, %v2 : i64
                  %v2065 = llvm.getelementptr %in_Dskip[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2066 = llvm.load %v2065 : !llvm.ptr -> f32
                  %v2067 = arith.muli %v48, %v288 : i64
                  %v2068 = arith.muli %v2063, %v287 : i64
                  %v2069 = arith.addi %v2067, %v2068 : i64
                  %v2070 = arith.muli %v46, %v286 : i64
                  %v2071 = arith.addi %v2069, %v2070 : i64
                  %v2072 = arith.muli %v44, %v2 : i64
                  %v2073 = arith.addi %v2071, %v2072 : i64
                  %v2074 = llvm.getelementptr %dy_y[%v2073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2075 = llvm.load %v2074 : !llvm.ptr -> f32
                  %v2076 = arith.mulf %v2066, %v2075 fastmath<contract> : f32
                  %v2077 = arith.mulf %v419, %v2059 fastmath<contract> : f32
                  %v2078 = arith.addf %v2076, %v2077 fastmath<contract> : f32
                  %v2079 = arith.muli %v48, %v288 : i64
                  %v2080 = arith.muli %v2063, %v287 : i64
                  %v2081 = arith.addi %v2079, %v2080 : i64
                  %v2082 = arith.muli %v46, %v286 : i64
                  %v2083 = arith.addi %v2081, %v2082 : i64
                  %v2084 = arith.muli %v44, %v2 : i64
                  %v2085 = arith.addi %v2083, %v2084 : i64
                  %v2086 = llvm.getelementptr %dx_x[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2078, %v2086 : f32, !llvm.ptr
                  %v2087 = arith.muli %v48, %v288 : i64
                  %v2088 = arith.muli %v2063, %v287 : i64
                  %v2089 = arith.addi %v2087, %v2088 : i64
                  %v2090 = arith.muli %v46, %v286 : i64
                  %v2091 = arith.addi %v2089, %v2090 : i64
                  %v2092 = arith.muli %v44, %v2 : i64
                  %v2093 = arith.addi %v2091, %v2092 : i64
                  %v2094 = llvm.getelementptr %in_x[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2095 = llvm.load %v2094 : !llvm.ptr -> f32
                  %v2096 = arith.mulf %v2095, %v2075 fastmath<contract> : f32
                  %v2097 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2098 = arith.addf %v2097, %v2096 fastmath<contract> : f32
                  llvm.store %v2098, %v55 : f32, !llvm.ptr
                }
              } else {
                %v2099 = arith.subi %v144, %v2 : i64
                %v2100 = arith.muli %v358, %v5 : i64
                %v2101 = arith.subi %v5, %v2 : i64
                %v2102 = arith.minsi %v40, %v2101 : i64
                %v2103 = arith.addi %v2100, %v2102 : i64
                %v2104 = arith.muli %v2103, %v1 : i64
                %v2105 = arith.addi %v2104, %v12 : i64
                %v2106 = arith.addi %v2105, %v34 : i64
                %v2107 = llvm.getelementptr %scratch_S[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2108 = llvm.load %v2107 : !llvm.ptr -> f32
                %v2109 = arith.muli %v358, %v5 : i64
                %v2110 = arith.subi %v5, %v2 : i64
                %v2111 = arith.minsi %v40, %v2110 : i64
                %v2112 = arith.addi %v2109, %v2111 : i64
                %v2113 = arith.muli %v2112, %v1 : i64
                %v2114 = arith.addi %v2113, %v33 : i64
                %v2115 = arith.addi %v2114, %v34 : i64
                %v2116 = llvm.getelementptr %scratch_S[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
                %v2118 = arith.addi %v359, %v34 : i64
                %v2119 = arith.minsi %v2118, %v2099 : i64
                %v2120 = arith.addi %v142, %v2119 : i64
                %v2121 = arith.muli %v12, %v167 : i64
                %v2122 = arith.subi %v2120, %v142 : i64
                %v2123 = arith.addi %v2121, %v2122 : i64
                %v2124 = llvm.getelementptr %v60[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
                %v2126 = arith.muli %v46, %v2 : i64
                %v2127 = llvm.getelementptr %in_dt_bias[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2128 = llvm.load %v2127 : !llvm.ptr -> f32
                %v2129 = arith.addf %v2125, %v2128 fastmath<contract> : f32
                %v2130 = arith.maximumf %v2129, %v61 : f32
                %v2131 = llvm.call_intrinsic "llvm.fabs.f32"(%v2129) : (f32) -> f32
                %v2132 = arith.negf %v2131 : f32
                %v2133 = arith.mulf %v2132, %v246 fastmath<contract> : f32
                %v2134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2133) : (f32) -> f32
                %v2135 = arith.addf %v62, %v2134 fastmath<contract> : f32
                %v2136 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2135) : (f32) -> f32
                %v2137 = arith.mulf %v2136, %v251 fastmath<contract> : f32
                %v2138 = arith.mulf %v253, %v2134 fastmath<contract> : f32
                %v2139 = arith.addf %v2138, %v255 fastmath<contract> : f32
                %v2140 = arith.mulf %v2139, %v2134 fastmath<contract> : f32
                %v2141 = arith.addf %v2140, %v258 fastmath<contract> : f32
                %v2142 = arith.mulf %v2141, %v2134 fastmath<contract> : f32
                %v2143 = arith.addf %v2142, %v261 fastmath<contract> : f32
                %v2144 = arith.mulf %v2143, %v2134 fastmath<contract> : f32
                %v2145 = arith.addf %v2144, %v264 fastmath<contract> : f32
                %v2146 = arith.mulf %v2145, %v2134 fastmath<contract> : f32
                %v2147 = arith.addf %v2146, %v267 fastmath<contract> : f32
                %v2148 = arith.mulf %v2147, %v2134 fastmath<contract> : f32
                %v2149 = arith.addf %v2148, %v62 fastmath<contract> : f32
                %v2150 = arith.mulf %v2149, %v2134 fastmath<contract> : f32
                %v2151 = llvm.call_intrinsic "llvm.fabs.f32"(%v2134) : (f32) -> f32
                %v2152 = arith.cmpf olt, %v2151, %v273 : f32
                %v2153 = arith.select %v2152, %v2150, %v2137 : f32
                %v2154 = arith.addf %v2130, %v2153 fastmath<contract> : f32
                %v2155 = arith.negf %v2154 : f32
                %v2156 = arith.muli %v46, %v2 : i64
                %v2157 = llvm.getelementptr %in_A_log[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
                %v2159 = arith.mulf %v2158, %v246 fastmath<contract> : f32
                %v2160 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2159) : (f32) -> f32
                %v2161 = arith.mulf %v2155, %v2160 fastmath<contract> : f32
                %v2162 = arith.mulf %v2161, %v246 fastmath<contract> : f32
                %v2163 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2162) : (f32) -> f32
                %v2164 = arith.muli %v48, %v288 : i64
                %v2165 = arith.muli %v2120, %v287 : i64
                %v2166 = arith.addi %v2164, %v2165 : i64
                %v2167 = arith.muli %v46, %v286 : i64
                %v2168 = arith.addi %v2166, %v2167 : i64
                %v2169 = arith.muli %v44, %v2 : i64
                %v2170 = arith.addi %v2168, %v2169 : i64
                %v2171 = llvm.getelementptr %in_x[%v2170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
                %v2173 = arith.mulf %v2154, %v2172 fastmath<contract> : f32
                %v2174 = arith.negf %v2129 : f32
                %v2175 = arith.mulf %v2174, %v246 fastmath<contract> : f32
                %v2176 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2175) : (f32) -> f32
                %v2177 = arith.addf %v62, %v2176 fastmath<contract> : f32
                %v2178 = arith.divf %v62, %v2177 : f32
                // the group's states, recomputed into registers
                %v2179 = arith.addi %v359, %v12 : i64
                %v2180 = arith.minsi %v2179, %v2099 : i64
                %v2181 = arith.addi %v142, %v2180 : i64
                %v2182, %v2183 = gpu.shuffle idx %v2163, %v101, %v308 : f32
                %v2184, %v2185 = gpu.shuffle idx %v2173, %v101, %v308 : f32
                %v2186 = arith.muli %v48, %v317 : i64
                %v2187 = arith.muli %v2181, %v316 : i64
                %v2188 = arith.addi %v2186, %v2187 : i64
                %v2189 = arith.muli %v34, %v2 : i64
                %v2190 = arith.addi %v2188, %v2189 : i64
                %v2191 = llvm.getelementptr %in_Bm[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
                %v2193 = arith.mulf %v2184, %v2192 fastmath<contract> : f32
                %v2194 = arith.mulf %v2182, %v2108 fastmath<contract> : f32
                %v2195 = arith.addf %v2194, %v2193 fastmath<contract> : f32
                %v2196 = arith.muli %v48, %v317 : i64
                %v2197 = arith.muli %v2181, %v316 : i64
                %v2198 = arith.addi %v2196, %v2197 : i64
                %v2199 = arith.constant 8 : i64
                %v2200 = arith.addi %v2199, %v34 : i64
                %v2201 = arith.muli %v2200, %v2 : i64
                %v2202 = arith.addi %v2198, %v2201 : i64
                %v2203 = llvm.getelementptr %in_Bm[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2204 = llvm.load %v2203 : !llvm.ptr -> f32
                %v2205 = arith.mulf %v2184, %v2204 fastmath<contract> : f32
                %v2206 = arith.mulf %v2182, %v2117 fastmath<contract> : f32
                %v2207 = arith.addf %v2206, %v2205 fastmath<contract> : f32
                %v2208 = arith.addi %v359, %v2 : i64
                %v2209 = arith.minsi %v2208, %v2099 : i64
                %v2210 = arith.addi %v142, %v2209 : i64
                %v2211, %v2212 = gpu.shuffle idx %v2163, %v105, %v308 : f32
                %v2213, %v2214 = gpu.shuffle idx %v2173, %v105, %v308 : f32
                %v2215 = arith.muli %v48, %v317 : i64
                %v2216 = arith.muli %v2210, %v316 : i64
                %v2217 = arith.addi %v2215, %v2216 : i64
                %v2218 = arith.muli %v34, %v2 : i64
                %v2219 = arith.addi %v2217, %v2218 : i64
                %v2220 = llvm.getelementptr %in_Bm[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
                %v2222 = arith.mulf %v2213, %v2221 fastmath<contract> : f32
                %v2223 = arith.mulf %v2211, %v2195 fastmath<contract> : f32
                %v2224 = arith.addf %v2223, %v2222 fastmath<contract> : f32
                %v2225 = arith.muli %v48, %v317 : i64
                %v2226 = arith.muli %v2210, %v316 : i64
                %v2227 = arith.addi %v2225, %v2226 : i64
                %v2228 = arith.constant 8 : i64
                %v2229 = arith.addi %v2228, %v34 : i64
                %v2230 = arith.muli %v2229, %v2 : i64
                %v2231 = arith.addi %v2227, %v2230 : i64
                %v2232 = llvm.getelementptr %in_Bm[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2233 = llvm.load %v2232 : !llvm.ptr -> f32
                %v2234 = arith.mulf %v2213, %v2233 fastmath<contract> : f32
                %v2235 = arith.mulf %v2211, %v2207 fastmath<contract> : f32
                %v2236 = arith.addf %v2235, %v2234 fastmath<contract> : f32
                %v2237 = arith.addi %v359, %v73 : i64
                %v2238 = arith.minsi %v2237, %v2099 : i64
                %v2239 = arith.addi %v142, %v2238 : i64
                %v2240, %v2241 = gpu.shuffle idx %v2163, %v109, %v308 : f32
                %v2242, %v2243 = gpu.shuffle idx %v2173, %v109, %v308 : f32
                %v2244 = arith.muli %v48, %v317 : i64
                %v2245 = arith.muli %v2239, %v316 : i64
                %v2246 = arith.addi %v2244, %v2245 : i64
                %v2247 = arith.muli %v34, %v2 : i64
                %v2248 = arith.addi %v2246, %v2247 : i64
                %v2249 = llvm.getelementptr %in_Bm[%v2248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2250 = llvm.load %v2249 : !llvm.ptr -> f32
                %v2251 = arith.mulf %v2242, %v2250 fastmath<contract> : f32
                %v2252 = arith.mulf %v2240, %v2224 fastmath<contract> : f32
                %v2253 = arith.addf %v2252, %v2251 fastmath<contract> : f32
                %v2254 = arith.muli %v48, %v317 : i64
                %v2255 = arith.muli %v2239, %v316 : i64
                %v2256 = arith.addi %v2254, %v2255 : i64
                %v2257 = arith.constant 8 : i64
                %v2258 = arith.addi %v2257, %v34 : i64
                %v2259 = arith.muli %v2258, %v2 : i64
                %v2260 = arith.addi %v2256, %v2259 : i64
                %v2261 = llvm.getelementptr %in_Bm[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2262 = llvm.load %v2261 : !llvm.ptr -> f32
                %v2263 = arith.mulf %v2242, %v2262 fastmath<contract> : f32
                %v2264 = arith.mulf %v2240, %v2236 fastmath<contract> : f32
                %v2265 = arith.addf %v2264, %v2263 fastmath<contract> : f32
                %v2266 = arith.addi %v359, %v77 : i64
                %v2267 = arith.minsi %v2266, %v2099 : i64
                %v2268 = arith.addi %v142, %v2267 : i64
                %v2269, %v2270 = gpu.shuffle idx %v2163, %v113, %v308 : f32
                %v2271, %v2272 = gpu.shuffle idx %v2173, %v113, %v308 : f32
                %v2273 = arith.muli %v48, %v317 : i64
                %v2274 = arith.muli %v2268, %v316 : i64
                %v2275 = arith.addi %v2273, %v2274 : i64
                %v2276 = arith.muli %v34, %v2 : i64
                %v2277 = arith.addi %v2275, %v2276 : i64
                %v2278 = llvm.getelementptr %in_Bm[%v2277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2279 = llvm.load %v2278 : !llvm.ptr -> f32
                %v2280 = arith.mulf %v2271, %v2279 fastmath<contract> : f32
                %v2281 = arith.mulf %v2269, %v2253 fastmath<contract> : f32
                %v2282 = arith.addf %v2281, %v2280 fastmath<contract> : f32
                %v2283 = arith.muli %v48, %v317 : i64
                %v2284 = arith.muli %v2268, %v316 : i64
                %v2285 = arith.addi %v2283, %v2284 : i64
                %v2286 = arith.constant 8 : i64
                %v2287 = arith.addi %v2286, %v34 : i64
                %v2288 = arith.muli %v2287, %v2 : i64
                %v2289 = arith.addi %v2285, %v2288 : i64
                %v2290 = llvm.getelementptr %in_Bm[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2291 = llvm.load %v2290 : !llvm.ptr -> f32
                %v2292 = arith.mulf %v2271, %v2291 fastmath<contract> : f32
                %v2293 = arith.mulf %v2269, %v2265 fastmath<contract> : f32
                %v2294 = arith.addf %v2293, %v2292 fastmath<contract> : f32
                %v2295 = arith.addi %v359, %v81 : i64
                %v2296 = arith.minsi %v2295, %v2099 : i64
                %v2297 = arith.addi %v142, %v2296 : i64
                %v2298, %v2299 = gpu.shuffle idx %v2163, %v117, %v308 : f32
                %v2300, %v2301 = gpu.shuffle idx %v2173, %v117, %v308 : f32
                %v2302 = arith.muli %v48, %v317 : i64
                %v2303 = arith.muli %v2297, %v316 : i64
                %v2304 = arith.addi %v2302, %v2303 : i64
                %v2305 = arith.muli %v34, %v2 : i64
                %v2306 = arith.addi %v2304, %v2305 : i64
                %v2307 = llvm.getelementptr %in_Bm[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2308 = llvm.load %v2307 : !llvm.ptr -> f32
                %v2309 = arith.mulf %v2300, %v2308 fastmath<contract> : f32
                %v2310 = arith.mulf %v2298, %v2282 fastmath<contract> : f32
                %v2311 = arith.addf %v2310, %v2309 fastmath<contract> : f32
                %v2312 = arith.muli %v48, %v317 : i64
                %v2313 = arith.muli %v2297, %v316 : i64
                %v2314 = arith.addi %v2312, %v2313 : i64
                %v2315 = arith.constant 8 : i64
                %v2316 = arith.addi %v2315, %v34 : i64
                %v2317 = arith.muli %v2316, %v2 : i64
                %v2318 = arith.addi %v2314, %v2317 : i64
                %v2319 = llvm.getelementptr %in_Bm[%v2318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
                %v2321 = arith.mulf %v2300, %v2320 fastmath<contract> : f32
                %v2322 = arith.mulf %v2298, %v2294 fastmath<contract> : f32
                %v2323 = arith.addf %v2322, %v2321 fastmath<contract> : f32
                %v2324 = arith.addi %v359, %v85 : i64
                %v2325 = arith.minsi %v2324, %v2099 : i64
                %v2326 = arith.addi %v142, %v2325 : i64
                %v2327, %v2328 = gpu.shuffle idx %v2163, %v121, %v308 : f32
                %v2329, %v2330 = gpu.shuffle idx %v2173, %v121, %v308 : f32
                %v2331 = arith.muli %v48, %v317 : i64
                %v2332 = arith.muli %v2326, %v316 : i64
                %v2333 = arith.addi %v2331, %v2332 : i64
                %v2334 = arith.muli %v34, %v2 : i64
                %v2335 = arith.addi %v2333, %v2334 : i64
                %v2336 = llvm.getelementptr %in_Bm[%v2335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2337 = llvm.load %v2336 : !llvm.ptr -> f32
                %v2338 = arith.mulf %v2329, %v2337 fastmath<contract> : f32
                %v2339 = arith.mulf %v2327, %v2311 fastmath<contract> : f32
                %v2340 = arith.addf %v2339, %v2338 fastmath<contract> : f32
                %v2341 = arith.muli %v48, %v317 : i64
                %v2342 = arith.muli %v2326, %v316 : i64
                %v2343 = arith.addi %v2341, %v2342 : i64
                %v2344 = arith.constant 8 : i64
                %v2345 = arith.addi %v2344, %v34 : i64
                %v2346 = arith.muli %v2345, %v2 : i64
                %v2347 = arith.addi %v2343, %v2346 : i64
                %v2348 = llvm.getelementptr %in_Bm[%v2347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2349 = llvm.load %v2348 : !llvm.ptr -> f32
                %v2350 = arith.mulf %v2329, %v2349 fastmath<contract> : f32
                %v2351 = arith.mulf %v2327, %v2323 fastmath<contract> : f32
                %v2352 = arith.addf %v2351, %v2350 fastmath<contract> : f32
                %v2353 = arith.addi %v359, %v89 : i64
                %v2354 = arith.minsi %v2353, %v2099 : i64
                %v2355 = arith.addi %v142, %v2354 : i64
                %v2356, %v2357 = gpu.shuffle idx %v2163, %v125, %v308 : f32
                %v2358, %v2359 = gpu.shuffle idx %v2173, %v125, %v308 : f32
                %v2360 = arith.muli %v48, %v317 : i64
                %v2361 = arith.muli %v2355, %v316 : i64
                %v2362 = arith.addi %v2360, %v2361 : i64
                %v2363 = arith.muli %v34, %v2 : i64
                %v2364 = arith.addi %v2362, %v2363 : i64
                %v2365 = llvm.getelementptr %in_Bm[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2366 = llvm.load %v2365 : !llvm.ptr -> f32
                %v2367 = arith.mulf %v2358, %v2366 fastmath<contract> : f32
                %v2368 = arith.mulf %v2356, %v2340 fastmath<contract> : f32
                %v2369 = arith.addf %v2368, %v2367 fastmath<contract> : f32
                %v2370 = arith.muli %v48, %v317 : i64
                %v2371 = arith.muli %v2355, %v316 : i64
                %v2372 = arith.addi %v2370, %v2371 : i64
                %v2373 = arith.constant 8 : i64
                %v2374 = arith.addi %v2373, %v34 : i64
                %v2375 = arith.muli %v2374, %v2 : i64
                %v2376 = arith.addi %v2372, %v2375 : i64
                %v2377 = llvm.getelementptr %in_Bm[%v2376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2378 = llvm.load %v2377 : !llvm.ptr -> f32
                %v2379 = arith.mulf %v2358, %v2378 fastmath<contract> : f32
                %v2380 = arith.mulf %v2356, %v2352 fastmath<contract> : f32
                %v2381 = arith.addf %v2380, %v2379 fastmath<contract> : f32
                %v2382 = arith.addi %v359, %v65 : i64
                %v2383 = arith.minsi %v2382, %v2099 : i64
                %v2384 = arith.addi %v142, %v2383 : i64
                %v2385, %v2386 = gpu.shuffle idx %v2163, %v129, %v308 : f32
                %v2387, %v2388 = gpu.shuffle idx %v2173, %v129, %v308 : f32
                %v2389 = arith.muli %v48, %v317 : i64
                %v2390 = arith.muli %v2384, %v316 : i64
                %v2391 = arith.addi %v2389, %v2390 : i64
                %v2392 = arith.muli %v34, %v2 : i64
                %v2393 = arith.addi %v2391, %v2392 : i64
                %v2394 = llvm.getelementptr %in_Bm[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2395 = llvm.load %v2394 : !llvm.ptr -> f32
                %v2396 = arith.mulf %v2387, %v2395 fastmath<contract> : f32
                %v2397 = arith.mulf %v2385, %v2369 fastmath<contract> : f32
                %v2398 = arith.addf %v2397, %v2396 fastmath<contract> : f32
                %v2399 = arith.muli %v48, %v317 : i64
                %v2400 = arith.muli %v2384, %v316 : i64
                %v2401 = arith.addi %v2399, %v2400 : i64
                %v2402 = arith.constant 8 : i64
                %v2403 = arith.addi %v2402, %v34 : i64
                %v2404 = arith.muli %v2403, %v2 : i64
                %v2405 = arith.addi %v2401, %v2404 : i64
                %v2406 = llvm.getelementptr %in_Bm[%v2405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2407 = llvm.load %v2406 : !llvm.ptr -> f32
                %v2408 = arith.mulf %v2387, %v2407 fastmath<contract> : f32
                %v2409 = arith.mulf %v2385, %v2381 fastmath<contract> : f32
                %v2410 = arith.addf %v2409, %v2408 fastmath<contract> : f32
                %v2412 = arith.shrui %v34, %v12 : i64
                %v2413 = arith.andi %v2412, %v2 : i64
                %v2414 = arith.cmpi ne, %v2413, %v12 : i64
                %v2415 = arith.shrui %v34, %v2 : i64
                %v2416 = arith.andi %v2415, %v2 : i64
                %v2417 = arith.cmpi ne, %v2416, %v12 : i64
                %v2418 = arith.shrui %v34, %v73 : i64
                %v2419 = arith.andi %v2418, %v2 : i64
                %v2420 = arith.cmpi ne, %v2419, %v12 : i64
                %v2421 = arith.subi %v144, %v359 : i64
                %v2422 = arith.trunci %v2421 : i64 to i32
                %v2423 = arith.subi %size_L, %v2 : i64
                %v2424 = arith.addi %v142, %v359 : i64
                %v2425 = arith.subi %v2423, %v2424 : i64
                %v2426 = arith.minsi %v2425, %v691 : i64
                %v2427 = arith.trunci %v2426 : i64 to i32
                %v2428 = arith.addi %v359, %v65 : i64
                %v2429 = arith.cmpi slt, %v695, %v2422 : i32
                %v2430 = arith.cmpi eq, %v695, %v2427 : i32
                %v2431, %v2432 = gpu.shuffle idx %v2154, %v129, %v308 : f32
                %v2433, %v2434 = gpu.shuffle idx %v2155, %v129, %v308 : f32
                %v2435, %v2436 = gpu.shuffle idx %v2160, %v129, %v308 : f32
                %v2437, %v2438 = gpu.shuffle idx %v2163, %v129, %v308 : f32
                %v2439, %v2440 = gpu.shuffle idx %v2173, %v129, %v308 : f32
                %v2441, %v2442 = gpu.shuffle idx %v2178, %v129, %v308 : f32
                %v2443 = arith.addi %v361, %v12 : i64
                llvm.store %v61, %v2411 : f32, !llvm.ptr
                scf.if %v2429 {
                  %v2444 = arith.addi %v142, %v2428 : i64
                  %v2445 = arith.muli %v48, %v317 : i64
                  %v2446 = arith.muli %v2444, %v316 : i64
                  %v2447 = arith.addi %v2445, %v2446 : i64
                  %v2448 = arith.muli %v34, %v2 : i64
                  %v2449 = arith.addi %v2447, %v2448 : i64
                  %v2450 = llvm.getelementptr %in_Cm[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2451 = llvm.load %v2450 : !llvm.ptr -> f32
                  %v2452 = arith.muli %v48, %v288 : i64
                  %v2453 = arith.muli %v2444, %v287 : i64
                  %v2454 = arith.addi %v2452, %v2453 : i64
                  %v2455 = arith.muli %v46, %v286 : i64
                  %v2456 = arith.addi %v2454, %v2455 : i64
                  %v2457 = arith.muli %v44, %v2 : i64
                  %v2458 = arith.addi %v2456, %v2457 : i64
                  %v2459 = llvm.getelementptr %dy_y[%v2458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2460 = llvm.load %v2459 : !llvm.ptr -> f32
                  %v2461 = arith.mulf %v2451, %v2460 fastmath<contract> : f32
                  %v2462 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2463 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2464 = arith.mulf %v2463, %v2462 fastmath<contract> : f32
                  %v2465 = arith.addf %v2461, %v2464 fastmath<contract> : f32
                  llvm.store %v2465, %v50 : f32, !llvm.ptr
                  %v2466 = arith.muli %v48, %v317 : i64
                  %v2467 = arith.muli %v2444, %v316 : i64
                  %v2468 = arith.addi %v2466, %v2467 : i64
                  %v2469 = arith.constant 8 : i64
                  %v2470 = arith.addi %v2469, %v34 : i64
                  %v2471 = arith.muli %v2470, %v2 : i64
                  %v2472 = arith.addi %v2468, %v2471 : i64
                  %v2473 = llvm.getelementptr %in_Cm[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2474 = llvm.load %v2473 : !llvm.ptr -> f32
                  %v2475 = arith.mulf %v2474, %v2460 fastmath<contract> : f32
                  %v2476 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2477 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2478 = arith.mulf %v2477, %v2476 fastmath<contract> : f32
                  %v2479 = arith.addf %v2475, %v2478 fastmath<contract> : f32
                  llvm.store %v2479, %v51 : f32, !llvm.ptr
                  %v2480 = arith.muli %v48, %v288 : i64
                  %v2481 = arith.muli %v2444, %v287 : i64
                  %v2482 = arith.addi %v2480, %v2481 : i64
                  %v2483 = arith.muli %v46, %v286 : i64
                  %v2484 = arith.addi %v2482, %v2483 : i64
                  %v2485 = arith.muli %v44, %v2 : i64
                  %v2486 = arith.addi %v2484, %v2485 : i64
                  %v2487 = llvm.getelementptr %in_x[%v2486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2488 = llvm.load %v2487 : !llvm.ptr -> f32
                  %v2489 = arith.muli %v48, %v317 : i64
                  %v2490 = arith.muli %v2444, %v316 : i64
                  %v2491 = arith.addi %v2489, %v2490 : i64
                  %v2492 = arith.muli %v34, %v2 : i64
                  %v2493 = arith.addi %v2491, %v2492 : i64
                  %v2494 = llvm.getelementptr %in_Bm[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
                  %v2496 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2497 = arith.mulf %v2495, %v2496 fastmath<contract> : f32
                  %v2498 = arith.muli %v48, %v317 : i64
                  %v2499 = arith.muli %v2444, %v316 : i64
                  %v2500 = arith.addi %v2498, %v2499 : i64
                  %v2501 = arith.constant 8 : i64
                  %v2502 = arith.addi %v2501, %v34 : i64
                  %v2503 = arith.muli %v2502, %v2 : i64
                  %v2504 = arith.addi %v2500, %v2503 : i64
                  %v2505 = llvm.getelementptr %in_Bm[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2506 = llvm.load %v2505 : !llvm.ptr -> f32
                  %v2507 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2508 = arith.mulf %v2506, %v2507 fastmath<contract> : f32
                  %v2509 = arith.addf %v2497, %v2508 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2510, %v2511 = gpu.shuffle xor %v2509, %v777, %v308 : f32
                  %v2512 = arith.addf %v2509, %v2510 fastmath<contract> : f32
                  %v2513, %v2514 = gpu.shuffle xor %v2512, %v781, %v308 : f32
                  %v2515 = arith.addf %v2512, %v2513 fastmath<contract> : f32
                  %v2516, %v2517 = gpu.shuffle xor %v2515, %v785, %v308 : f32
                  %v2518 = arith.addf %v2515, %v2516 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2519 = arith.mulf %v2488, %v2518 fastmath<contract> : f32
                  %v2520 = arith.mulf %v2369, %v2496 fastmath<contract> : f32
                  %v2521 = arith.mulf %v2381, %v2507 fastmath<contract> : f32
                  %v2522 = arith.addf %v2520, %v2521 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2523, %v2524 = gpu.shuffle xor %v2522, %v777, %v308 : f32
                  %v2525 = arith.addf %v2522, %v2523 fastmath<contract> : f32
                  %v2526, %v2527 = gpu.shuffle xor %v2525, %v781, %v308 : f32
                  %v2528 = arith.addf %v2525, %v2526 fastmath<contract> : f32
                  %v2529, %v2530 = gpu.shuffle xor %v2528, %v785, %v308 : f32
                  %v2531 = arith.addf %v2528, %v2529 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2532 = arith.mulf %v2435, %v2531 fastmath<contract> : f32
                  %v2533 = arith.mulf %v2437, %v2532 fastmath<contract> : f32
                  %v2534 = arith.negf %v2533 : f32
                  %v2535 = arith.addf %v2519, %v2534 fastmath<contract> : f32
                  %v2536 = arith.mulf %v2535, %v2441 fastmath<contract> : f32
                  %v2537 = arith.mulf %v2437, %v2531 fastmath<contract> : f32
                  %v2538 = arith.mulf %v2433, %v2537 fastmath<contract> : f32
                  %v2539 = arith.mulf %v2435, %v2538 fastmath<contract> : f32
                  %v2540 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2541 = arith.addf %v2540, %v2539 fastmath<contract> : f32
                  llvm.store %v2541, %v54 : f32, !llvm.ptr
                  %v2542 = arith.mulf %v2439, %v2496 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2543 = arith.addi %v12, %v34 : i64
                    %v2544 = arith.muli %v40, %v1 : i64
                    %v2545 = arith.addi %v2544, %v2543 : i64
                    %v2546 = arith.subi %v2444, %slice_first : i64
                    %v2547 = arith.muli %v2545, %slice_steps : i64
                    %v2548 = arith.addi %v2547, %v2546 : i64
                    %v2549 = llvm.getelementptr %part_Bm[%v2548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2542, %v2549 : f32, !llvm.ptr
                  }
                  %v2550 = arith.mulf %v2439, %v2507 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2551 = arith.addi %v33, %v34 : i64
                    %v2552 = arith.muli %v40, %v1 : i64
                    %v2553 = arith.addi %v2552, %v2551 : i64
                    %v2554 = arith.subi %v2444, %slice_first : i64
                    %v2555 = arith.muli %v2553, %slice_steps : i64
                    %v2556 = arith.addi %v2555, %v2554 : i64
                    %v2557 = llvm.getelementptr %part_Bm[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2550, %v2557 : f32, !llvm.ptr
                  }
                  %v2558 = arith.mulf %v2398, %v2460 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2559 = arith.addi %v12, %v34 : i64
                    %v2560 = arith.muli %v40, %v1 : i64
                    %v2561 = arith.addi %v2560, %v2559 : i64
                    %v2562 = arith.subi %v2444, %slice_first : i64
                    %v2563 = arith.muli %v2561, %slice_steps : i64
                    %v2564 = arith.addi %v2563, %v2562 : i64
                    %v2565 = llvm.getelementptr %part_Cm[%v2564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2558, %v2565 : f32, !llvm.ptr
                  }
                  %v2566 = arith.mulf %v2410, %v2460 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2567 = arith.addi %v33, %v34 : i64
                    %v2568 = arith.muli %v40, %v1 : i64
                    %v2569 = arith.addi %v2568, %v2567 : i64
                    %v2570 = arith.subi %v2444, %slice_first : i64
                    %v2571 = arith.muli %v2569, %slice_steps : i64
                    %v2572 = arith.addi %v2571, %v2570 : i64
                    %v2573 = llvm.getelementptr %part_Cm[%v2572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2566, %v2573 : f32, !llvm.ptr
                  }
                  %v2574 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2575 = arith.addf %v2574, %v2536 fastmath<contract> : f32
                  llvm.store %v2575, %v56 : f32, !llvm.ptr
                  %v2576 = arith.select %v38, %v2536, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v2577, %v2578 = gpu.shuffle xor %v2576, %v847, %v308 : f32
                  %v2579 = arith.addf %v2576, %v2577 fastmath<contract> : f32
                  %v2580, %v2581 = gpu.shuffle xor %v2579, %v851, %v308 : f32
                  %v2582 = arith.addf %v2579, %v2580 fastmath<contract> : f32
                  %v2583 = arith.divui %v24, %v26 : i64
                  %v2584 = arith.remui %v24, %v26 : i64
                  %v2585 = arith.cmpi ult, %v2584, %v2 : i64
                  %v2586 = arith.muli %v2583, %v2 : i64
                  %v2587 = arith.addi %v2586, %v12 : i64
                  %v2588 = arith.muli %v2587, %v860 : i64
                  %v2589 = arith.addi %v2588, %v2443 : i64
                  scf.if %v2585 {
                    %v2590 = llvm.getelementptr %v58[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2582, %v2590 : f32, !llvm.ptr
                  }
                  %v2591 = arith.addf %v2497, %v2508 fastmath<contract> : f32
                  llvm.store %v2591, %v2411 : f32, !llvm.ptr
                  llvm.store %v2437, %v52 : f32, !llvm.ptr
                  llvm.store %v2437, %v53 : f32, !llvm.ptr
                }
                %v2592 = llvm.load %v2411 : !llvm.ptr -> f32
                %v2593 = arith.addi %v359, %v89 : i64
                %v2594 = arith.cmpi slt, %v867, %v2422 : i32
                %v2595 = arith.cmpi eq, %v867, %v2427 : i32
                %v2596, %v2597 = gpu.shuffle idx %v2154, %v125, %v308 : f32
                %v2598, %v2599 = gpu.shuffle idx %v2155, %v125, %v308 : f32
                %v2600, %v2601 = gpu.shuffle idx %v2160, %v125, %v308 : f32
                %v2602, %v2603 = gpu.shuffle idx %v2163, %v125, %v308 : f32
                %v2604, %v2605 = gpu.shuffle idx %v2173, %v125, %v308 : f32
                %v2606, %v2607 = gpu.shuffle idx %v2178, %v125, %v308 : f32
                %v2608 = arith.addi %v361, %v2 : i64
                llvm.store %v61, %v2411 : f32, !llvm.ptr
                scf.if %v2594 {
                  %v2609 = arith.addi %v142, %v2593 : i64
                  %v2610 = arith.muli %v48, %v317 : i64
                  %v2611 = arith.muli %v2609, %v316 : i64
                  %v2612 = arith.addi %v2610, %v2611 : i64
                  %v2613 = arith.muli %v34, %v2 : i64
                  %v2614 = arith.addi %v2612, %v2613 : i64
                  %v2615 = llvm.getelementptr %in_Cm[%v2614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2616 = llvm.load %v2615 : !llvm.ptr -> f32
                  %v2617 = arith.muli %v48, %v288 : i64
                  %v2618 = arith.muli %v2609, %v287 : i64
                  %v2619 = arith.addi %v2617, %v2618 : i64
                  %v2620 = arith.muli %v46, %v286 : i64
                  %v2621 = arith.addi %v2619, %v2620 : i64
                  %v2622 = arith.muli %v44, %v2 : i64
                  %v2623 = arith.addi %v2621, %v2622 : i64
                  %v2624 = llvm.getelementptr %dy_y[%v2623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2625 = llvm.load %v2624 : !llvm.ptr -> f32
                  %v2626 = arith.mulf %v2616, %v2625 fastmath<contract> : f32
                  %v2627 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2628 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2629 = arith.mulf %v2628, %v2627 fastmath<contract> : f32
                  %v2630 = arith.addf %v2626, %v2629 fastmath<contract> : f32
                  llvm.store %v2630, %v50 : f32, !llvm.ptr
                  %v2631 = arith.muli %v48, %v317 : i64
                  %v2632 = arith.muli %v2609, %v316 : i64
                  %v2633 = arith.addi %v2631, %v2632 : i64
                  %v2634 = arith.constant 8 : i64
                  %v2635 = arith.addi %v2634, %v34 : i64
                  %v2636 = arith.muli %v2635, %v2 : i64
                  %v2637 = arith.addi %v2633, %v2636 : i64
                  %v2638 = llvm.getelementptr %in_Cm[%v2637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2639 = llvm.load %v2638 : !llvm.ptr -> f32
                  %v2640 = arith.mulf %v2639, %v2625 fastmath<contract> : f32
                  %v2641 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2642 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2643 = arith.mulf %v2642, %v2641 fastmath<contract> : f32
                  %v2644 = arith.addf %v2640, %v2643 fastmath<contract> : f32
                  llvm.store %v2644, %v51 : f32, !llvm.ptr
                  %v2645 = arith.muli %v48, %v288 : i64
                  %v2646 = arith.muli %v2609, %v287 : i64
                  %v2647 = arith.addi %v2645, %v2646 : i64
                  %v2648 = arith.muli %v46, %v286 : i64
                  %v2649 = arith.addi %v2647, %v2648 : i64
                  %v2650 = arith.muli %v44, %v2 : i64
                  %v2651 = arith.addi %v2649, %v2650 : i64
                  %v2652 = llvm.getelementptr %in_x[%v2651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2653 = llvm.load %v2652 : !llvm.ptr -> f32
                  %v2654 = arith.muli %v48, %v317 : i64
                  %v2655 = arith.muli %v2609, %v316 : i64
                  %v2656 = arith.addi %v2654, %v2655 : i64
                  %v2657 = arith.muli %v34, %v2 : i64
                  %v2658 = arith.addi %v2656, %v2657 : i64
                  %v2659 = llvm.getelementptr %in_Bm[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2660 = llvm.load %v2659 : !llvm.ptr -> f32
                  %v2661 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2662 = arith.mulf %v2660, %v2661 fastmath<contract> : f32
                  %v2663 = arith.muli %v48, %v317 : i64
                  %v2664 = arith.muli %v2609, %v316 : i64
                  %v2665 = arith.addi %v2663, %v2664 : i64
                  %v2666 = arith.constant 8 : i64
                  %v2667 = arith.addi %v2666, %v34 : i64
                  %v2668 = arith.muli %v2667, %v2 : i64
                  %v2669 = arith.addi %v2665, %v2668 : i64
                  %v2670 = llvm.getelementptr %in_Bm[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
                  %v2672 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2673 = arith.mulf %v2671, %v2672 fastmath<contract> : f32
                  %v2674 = arith.addf %v2662, %v2673 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2675, %v2676 = gpu.shuffle xor %v2674, %v777, %v308 : f32
                  %v2677 = arith.addf %v2674, %v2675 fastmath<contract> : f32
                  %v2678, %v2679 = gpu.shuffle xor %v2677, %v781, %v308 : f32
                  %v2680 = arith.addf %v2677, %v2678 fastmath<contract> : f32
                  %v2681, %v2682 = gpu.shuffle xor %v2680, %v785, %v308 : f32
                  %v2683 = arith.addf %v2680, %v2681 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2684 = arith.mulf %v2653, %v2683 fastmath<contract> : f32
                  %v2685 = arith.mulf %v2340, %v2661 fastmath<contract> : f32
                  %v2686 = arith.mulf %v2352, %v2672 fastmath<contract> : f32
                  %v2687 = arith.addf %v2685, %v2686 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2688, %v2689 = gpu.shuffle xor %v2687, %v777, %v308 : f32
                  %v2690 = arith.addf %v2687, %v2688 fastmath<contract> : f32
                  %v2691, %v2692 = gpu.shuffle xor %v2690, %v781, %v308 : f32
                  %v2693 = arith.addf %v2690, %v2691 fastmath<contract> : f32
                  %v2694, %v2695 = gpu.shuffle xor %v2693, %v785, %v308 : f32
                  %v2696 = arith.addf %v2693, %v2694 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2697 = arith.mulf %v2600, %v2696 fastmath<contract> : f32
                  %v2698 = arith.mulf %v2602, %v2697 fastmath<contract> : f32
                  %v2699 = arith.negf %v2698 : f32
                  %v2700 = arith.addf %v2684, %v2699 fastmath<contract> : f32
                  %v2701 = arith.mulf %v2700, %v2606 fastmath<contract> : f32
                  %v2702 = arith.mulf %v2602, %v2696 fastmath<contract> : f32
                  %v2703 = arith.mulf %v2598, %v2702 fastmath<contract> : f32
                  %v2704 = arith.mulf %v2600, %v2703 fastmath<contract> : f32
                  %v2705 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2706 = arith.addf %v2705, %v2704 fastmath<contract> : f32
                  llvm.store %v2706, %v54 : f32, !llvm.ptr
                  %v2707 = arith.mulf %v2604, %v2661 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2708 = arith.addi %v12, %v34 : i64
                    %v2709 = arith.muli %v40, %v1 : i64
                    %v2710 = arith.addi %v2709, %v2708 : i64
                    %v2711 = arith.subi %v2609, %slice_first : i64
                    %v2712 = arith.muli %v2710, %slice_steps : i64
                    %v2713 = arith.addi %v2712, %v2711 : i64
                    %v2714 = llvm.getelementptr %part_Bm[%v2713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2707, %v2714 : f32, !llvm.ptr
                  }
                  %v2715 = arith.mulf %v2604, %v2672 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2716 = arith.addi %v33, %v34 : i64
                    %v2717 = arith.muli %v40, %v1 : i64
                    %v2718 = arith.addi %v2717, %v2716 : i64
                    %v2719 = arith.subi %v2609, %slice_first : i64
                    %v2720 = arith.muli %v2718, %slice_steps : i64
                    %v2721 = arith.addi %v2720, %v2719 : i64
                    %v2722 = llvm.getelementptr %part_Bm[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2715, %v2722 : f32, !llvm.ptr
                  }
                  %v2723 = arith.mulf %v2369, %v2625 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2724 = arith.addi %v12, %v34 : i64
                    %v2725 = arith.muli %v40, %v1 : i64
                    %v2726 = arith.addi %v2725, %v2724 : i64
                    %v2727 = arith.subi %v2609, %slice_first : i64
                    %v2728 = arith.muli %v2726, %slice_steps : i64
                    %v2729 = arith.addi %v2728, %v2727 : i64
                    %v2730 = llvm.getelementptr %part_Cm[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2723, %v2730 : f32, !llvm.ptr
                  }
                  %v2731 = arith.mulf %v2381, %v2625 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2732 = arith.addi %v33, %v34 : i64
                    %v2733 = arith.muli %v40, %v1 : i64
                    %v2734 = arith.addi %v2733, %v2732 : i64
                    %v2735 = arith.subi %v2609, %slice_first : i64
                    %v2736 = arith.muli %v2734, %slice_steps : i64
                    %v2737 = arith.addi %v2736, %v2735 : i64
                    %v2738 = llvm.getelementptr %part_Cm[%v2737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2731, %v2738 : f32, !llvm.ptr
                  }
                  %v2739 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2740 = arith.addf %v2739, %v2701 fastmath<contract> : f32
                  llvm.store %v2740, %v56 : f32, !llvm.ptr
                  %v2741 = arith.select %v38, %v2701, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v2742, %v2743 = gpu.shuffle xor %v2741, %v847, %v308 : f32
                  %v2744 = arith.addf %v2741, %v2742 fastmath<contract> : f32
                  %v2745, %v2746 = gpu.shuffle xor %v2744, %v851, %v308 : f32
                  %v2747 = arith.addf %v2744, %v2745 fastmath<contract> : f32
                  %v2748 = arith.divui %v24, %v26 : i64
                  %v2749 = arith.remui %v24, %v26 : i64
                  %v2750 = arith.cmpi ult, %v2749, %v2 : i64
                  %v2751 = arith.muli %v2748, %v2 : i64
                  %v2752 = arith.addi %v2751, %v12 : i64
                  %v2753 = arith.muli %v2752, %v860 : i64
                  %v2754 = arith.addi %v2753, %v2608 : i64
                  scf.if %v2750 {
                    %v2755 = llvm.getelementptr %v58[%v2754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2747, %v2755 : f32, !llvm.ptr
                  }
                  %v2756 = arith.addf %v2662, %v2673 fastmath<contract> : f32
                  llvm.store %v2756, %v2411 : f32, !llvm.ptr
                  llvm.store %v2602, %v52 : f32, !llvm.ptr
                  llvm.store %v2602, %v53 : f32, !llvm.ptr
                }
                %v2757 = llvm.load %v2411 : !llvm.ptr -> f32
                %v2758 = arith.select %v2414, %v2757, %v2592 : f32
                %v2759 = arith.select %v2414, %v2592, %v2757 : f32
                %v2760, %v2761 = gpu.shuffle xor %v2758, %v777, %v308 : f32
                %v2762 = arith.addf %v2759, %v2760 fastmath<contract> : f32
                %v2763 = arith.addi %v359, %v85 : i64
                %v2764 = arith.cmpi slt, %v1038, %v2422 : i32
                %v2765 = arith.cmpi eq, %v1038, %v2427 : i32
                %v2766, %v2767 = gpu.shuffle idx %v2154, %v121, %v308 : f32
                %v2768, %v2769 = gpu.shuffle idx %v2155, %v121, %v308 : f32
                %v2770, %v2771 = gpu.shuffle idx %v2160, %v121, %v308 : f32
                %v2772, %v2773 = gpu.shuffle idx %v2163, %v121, %v308 : f32
                %v2774, %v2775 = gpu.shuffle idx %v2173, %v121, %v308 : f32
                %v2776, %v2777 = gpu.shuffle idx %v2178, %v121, %v308 : f32
                %v2778 = arith.addi %v361, %v73 : i64
                llvm.store %v61, %v2411 : f32, !llvm.ptr
                scf.if %v2764 {
                  %v2779 = arith.addi %v142, %v2763 : i64
                  %v2780 = arith.muli %v48, %v317 : i64
                  %v2781 = arith.muli %v2779, %v316 : i64
                  %v2782 = arith.addi %v2780, %v2781 : i64
                  %v2783 = arith.muli %v34, %v2 : i64
                  %v2784 = arith.addi %v2782, %v2783 : i64
                  %v2785 = llvm.getelementptr %in_Cm[%v2784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2786 = llvm.load %v2785 : !llvm.ptr -> f32
                  %v2787 = arith.muli %v48, %v288 : i64
                  %v2788 = arith.muli %v2779, %v287 : i64
                  %v2789 = arith.addi %v2787, %v2788 : i64
                  %v2790 = arith.muli %v46, %v286 : i64
                  %v2791 = arith.addi %v2789, %v2790 : i64
                  %v2792 = arith.muli %v44, %v2 : i64
                  %v2793 = arith.addi %v2791, %v2792 : i64
                  %v2794 = llvm.getelementptr %dy_y[%v2793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2795 = llvm.load %v2794 : !llvm.ptr -> f32
                  %v2796 = arith.mulf %v2786, %v2795 fastmath<contract> : f32
                  %v2797 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2798 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2799 = arith.mulf %v2798, %v2797 fastmath<contract> : f32
                  %v2800 = arith.addf %v2796, %v2799 fastmath<contract> : f32
                  llvm.store %v2800, %v50 : f32, !llvm.ptr
                  %v2801 = arith.muli %v48, %v317 : i64
                  %v2802 = arith.muli %v2779, %v316 : i64
                  %v2803 = arith.addi %v2801, %v2802 : i64
                  %v2804 = arith.constant 8 : i64
                  %v2805 = arith.addi %v2804, %v34 : i64
                  %v2806 = arith.muli %v2805, %v2 : i64
                  %v2807 = arith.addi %v2803, %v2806 : i64
                  %v2808 = llvm.getelementptr %in_Cm[%v2807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2809 = llvm.load %v2808 : !llvm.ptr -> f32
                  %v2810 = arith.mulf %v2809, %v2795 fastmath<contract> : f32
                  %v2811 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2812 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2813 = arith.mulf %v2812, %v2811 fastmath<contract> : f32
                  %v2814 = arith.addf %v2810, %v2813 fastmath<contract> : f32
                  llvm.store %v2814, %v51 : f32, !llvm.ptr
                  %v2815 = arith.muli %v48, %v288 : i64
                  %v2816 = arith.muli %v2779, %v287 : i64
                  %v2817 = arith.addi %v2815, %v2816 : i64
                  %v2818 = arith.muli %v46, %v286 : i64
                  %v2819 = arith.addi %v2817, %v2818 : i64
                  %v2820 = arith.muli %v44, %v2 : i64
                  %v2821 = arith.addi %v2819, %v2820 : i64
                  %v2822 = llvm.getelementptr %in_x[%v2821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2823 = llvm.load %v2822 : !llvm.ptr -> f32
                  %v2824 = arith.muli %v48, %v317 : i64
                  %v2825 = arith.muli %v2779, %v316 : i64
                  %v2826 = arith.addi %v2824, %v2825 : i64
                  %v2827 = arith.muli %v34, %v2 : i64
                  %v2828 = arith.addi %v2826, %v2827 : i64
                  %v2829 = llvm.getelementptr %in_Bm[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
                  %v2831 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2832 = arith.mulf %v2830, %v2831 fastmath<contract> : f32
                  %v2833 = arith.muli %v48, %v317 : i64
                  %v2834 = arith.muli %v2779, %v316 : i64
                  %v2835 = arith.addi %v2833, %v2834 : i64
                  %v2836 = arith.constant 8 : i64
                  %v2837 = arith.addi %v2836, %v34 : i64
                  %v2838 = arith.muli %v2837, %v2 : i64
                  %v2839 = arith.addi %v2835, %v2838 : i64
                  %v2840 = llvm.getelementptr %in_Bm[%v2839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2841 = llvm.load %v2840 : !llvm.ptr -> f32
                  %v2842 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2843 = arith.mulf %v2841, %v2842 fastmath<contract> : f32
                  %v2844 = arith.addf %v2832, %v2843 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2845, %v2846 = gpu.shuffle xor %v2844, %v777, %v308 : f32
                  %v2847 = arith.addf %v2844, %v2845 fastmath<contract> : f32
                  %v2848, %v2849 = gpu.shuffle xor %v2847, %v781, %v308 : f32
                  %v2850 = arith.addf %v2847, %v2848 fastmath<contract> : f32
                  %v2851, %v2852 = gpu.shuffle xor %v2850, %v785, %v308 : f32
                  %v2853 = arith.addf %v2850, %v2851 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2854 = arith.mulf %v2823, %v2853 fastmath<contract> : f32
                  %v2855 = arith.mulf %v2311, %v2831 fastmath<contract> : f32
                  %v2856 = arith.mulf %v2323, %v2842 fastmath<contract> : f32
                  %v2857 = arith.addf %v2855, %v2856 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2858, %v2859 = gpu.shuffle xor %v2857, %v777, %v308 : f32
                  %v2860 = arith.addf %v2857, %v2858 fastmath<contract> : f32
                  %v2861, %v2862 = gpu.shuffle xor %v2860, %v781, %v308 : f32
                  %v2863 = arith.addf %v2860, %v2861 fastmath<contract> : f32
                  %v2864, %v2865 = gpu.shuffle xor %v2863, %v785, %v308 : f32
                  %v2866 = arith.addf %v2863, %v2864 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2867 = arith.mulf %v2770, %v2866 fastmath<contract> : f32
                  %v2868 = arith.mulf %v2772, %v2867 fastmath<contract> : f32
                  %v2869 = arith.negf %v2868 : f32
                  %v2870 = arith.addf %v2854, %v2869 fastmath<contract> : f32
                  %v2871 = arith.mulf %v2870, %v2776 fastmath<contract> : f32
                  %v2872 = arith.mulf %v2772, %v2866 fastmath<contract> : f32
                  %v2873 = arith.mulf %v2768, %v2872 fastmath<contract> : f32
                  %v2874 = arith.mulf %v2770, %v2873 fastmath<contract> : f32
                  %v2875 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2876 = arith.addf %v2875, %v2874 fastmath<contract> : f32
                  llvm.store %v2876, %v54 : f32, !llvm.ptr
                  %v2877 = arith.mulf %v2774, %v2831 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2878 = arith.addi %v12, %v34 : i64
                    %v2879 = arith.muli %v40, %v1 : i64
                    %v2880 = arith.addi %v2879, %v2878 : i64
                    %v2881 = arith.subi %v2779, %slice_first : i64
                    %v2882 = arith.muli %v2880, %slice_steps : i64
                    %v2883 = arith.addi %v2882, %v2881 : i64
                    %v2884 = llvm.getelementptr %part_Bm[%v2883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2877, %v2884 : f32, !llvm.ptr
                  }
                  %v2885 = arith.mulf %v2774, %v2842 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2886 = arith.addi %v33, %v34 : i64
                    %v2887 = arith.muli %v40, %v1 : i64
                    %v2888 = arith.addi %v2887, %v2886 : i64
                    %v2889 = arith.subi %v2779, %slice_first : i64
                    %v2890 = arith.muli %v2888, %slice_steps : i64
                    %v2891 = arith.addi %v2890, %v2889 : i64
                    %v2892 = llvm.getelementptr %part_Bm[%v2891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2885, %v2892 : f32, !llvm.ptr
                  }
                  %v2893 = arith.mulf %v2340, %v2795 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2894 = arith.addi %v12, %v34 : i64
                    %v2895 = arith.muli %v40, %v1 : i64
                    %v2896 = arith.addi %v2895, %v2894 : i64
                    %v2897 = arith.subi %v2779, %slice_first : i64
                    %v2898 = arith.muli %v2896, %slice_steps : i64
                    %v2899 = arith.addi %v2898, %v2897 : i64
                    %v2900 = llvm.getelementptr %part_Cm[%v2899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2893, %v2900 : f32, !llvm.ptr
                  }
                  %v2901 = arith.mulf %v2352, %v2795 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2902 = arith.addi %v33, %v34 : i64
                    %v2903 = arith.muli %v40, %v1 : i64
                    %v2904 = arith.addi %v2903, %v2902 : i64
                    %v2905 = arith.subi %v2779, %slice_first : i64
                    %v2906 = arith.muli %v2904, %slice_steps : i64
                    %v2907 = arith.addi %v2906, %v2905 : i64
                    %v2908 = llvm.getelementptr %part_Cm[%v2907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2901, %v2908 : f32, !llvm.ptr
                  }
                  %v2909 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2910 = arith.addf %v2909, %v2871 fastmath<contract> : f32
                  llvm.store %v2910, %v56 : f32, !llvm.ptr
                  %v2911 = arith.select %v38, %v2871, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v2912, %v2913 = gpu.shuffle xor %v2911, %v847, %v308 : f32
                  %v2914 = arith.addf %v2911, %v2912 fastmath<contract> : f32
                  %v2915, %v2916 = gpu.shuffle xor %v2914, %v851, %v308 : f32
                  %v2917 = arith.addf %v2914, %v2915 fastmath<contract> : f32
                  %v2918 = arith.divui %v24, %v26 : i64
                  %v2919 = arith.remui %v24, %v26 : i64
                  %v2920 = arith.cmpi ult, %v2919, %v2 : i64
                  %v2921 = arith.muli %v2918, %v2 : i64
                  %v2922 = arith.addi %v2921, %v12 : i64
                  %v2923 = arith.muli %v2922, %v860 : i64
                  %v2924 = arith.addi %v2923, %v2778 : i64
                  scf.if %v2920 {
                    %v2925 = llvm.getelementptr %v58[%v2924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2917, %v2925 : f32, !llvm.ptr
                  }
                  %v2926 = arith.addf %v2832, %v2843 fastmath<contract> : f32
                  llvm.store %v2926, %v2411 : f32, !llvm.ptr
                  llvm.store %v2772, %v52 : f32, !llvm.ptr
                  llvm.store %v2772, %v53 : f32, !llvm.ptr
                }
                %v2927 = llvm.load %v2411 : !llvm.ptr -> f32
                %v2928 = arith.addi %v359, %v81 : i64
                %v2929 = arith.cmpi slt, %v785, %v2422 : i32
                %v2930 = arith.cmpi eq, %v785, %v2427 : i32
                %v2931, %v2932 = gpu.shuffle idx %v2154, %v117, %v308 : f32
                %v2933, %v2934 = gpu.shuffle idx %v2155, %v117, %v308 : f32
                %v2935, %v2936 = gpu.shuffle idx %v2160, %v117, %v308 : f32
                %v2937, %v2938 = gpu.shuffle idx %v2163, %v117, %v308 : f32
                %v2939, %v2940 = gpu.shuffle idx %v2173, %v117, %v308 : f32
                %v2941, %v2942 = gpu.shuffle idx %v2178, %v117, %v308 : f32
                %v2943 = arith.addi %v361, %v77 : i64
                llvm.store %v61, %v2411 : f32, !llvm.ptr
                scf.if %v2929 {
                  %v2944 = arith.addi %v142, %v2928 : i64
                  %v2945 = arith.muli %v48, %v317 : i64
                  %v2946 = arith.muli %v2944, %v316 : i64
                  %v2947 = arith.addi %v2945, %v2946 : i64
                  %v2948 = arith.muli %v34, %v2 : i64
                  %v2949 = arith.addi %v2947, %v2948 : i64
                  %v2950 = llvm.getelementptr %in_Cm[%v2949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2951 = llvm.load %v2950 : !llvm.ptr -> f32
                  %v2952 = arith.muli %v48, %v288 : i64
                  %v2953 = arith.muli %v2944, %v287 : i64
                  %v2954 = arith.addi %v2952, %v2953 : i64
                  %v2955 = arith.muli %v46, %v286 : i64
                  %v2956 = arith.addi %v2954, %v2955 : i64
                  %v2957 = arith.muli %v44, %v2 : i64
                  %v2958 = arith.addi %v2956, %v2957 : i64
                  %v2959 = llvm.getelementptr %dy_y[%v2958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2960 = llvm.load %v2959 : !llvm.ptr -> f32
                  %v2961 = arith.mulf %v2951, %v2960 fastmath<contract> : f32
                  %v2962 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2963 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2964 = arith.mulf %v2963, %v2962 fastmath<contract> : f32
                  %v2965 = arith.addf %v2961, %v2964 fastmath<contract> : f32
                  llvm.store %v2965, %v50 : f32, !llvm.ptr
                  %v2966 = arith.muli %v48, %v317 : i64
                  %v2967 = arith.muli %v2944, %v316 : i64
                  %v2968 = arith.addi %v2966, %v2967 : i64
                  %v2969 = arith.constant 8 : i64
                  %v2970 = arith.addi %v2969, %v34 : i64
                  %v2971 = arith.muli %v2970, %v2 : i64
                  %v2972 = arith.addi %v2968, %v2971 : i64
                  %v2973 = llvm.getelementptr %in_Cm[%v2972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2974 = llvm.load %v2973 : !llvm.ptr -> f32
                  %v2975 = arith.mulf %v2974, %v2960 fastmath<contract> : f32
                  %v2976 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2977 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2978 = arith.mulf %v2977, %v2976 fastmath<contract> : f32
                  %v2979 = arith.addf %v2975, %v2978 fastmath<contract> : f32
                  llvm.store %v2979, %v51 : f32, !llvm.ptr
                  %v2980 = arith.muli %v48, %v288 : i64
                  %v2981 = arith.muli %v2944, %v287 : i64
                  %v2982 = arith.addi %v2980, %v2981 : i64
                  %v2983 = arith.muli %v46, %v286 : i64
                  %v2984 = arith.addi %v2982, %v2983 : i64
                  %v2985 = arith.muli %v44, %v2 : i64
                  %v2986 = arith.addi %v2984, %v2985 : i64
                  %v2987 = llvm.getelementptr %in_x[%v2986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2988 = llvm.load %v2987 : !llvm.ptr -> f32
                  %v2989 = arith.muli %v48, %v317 : i64
                  %v2990 = arith.muli %v2944, %v316 : i64
                  %v2991 = arith.addi %v2989, %v2990 : i64
                  %v2992 = arith.muli %v34, %v2 : i64
                  %v2993 = arith.addi %v2991, %v2992 : i64
                  %v2994 = llvm.getelementptr %in_Bm[%v2993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2995 = llvm.load %v2994 : !llvm.ptr -> f32
                  %v2996 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2997 = arith.mulf %v2995, %v2996 fastmath<contract> : f32
                  %v2998 = arith.muli %v48, %v317 : i64
                  %v2999 = arith.muli %v2944, %v316 : i64
                  %v3000 = arith.addi %v2998, %v2999 : i64
                  %v3001 = arith.constant 8 : i64
                  %v3002 = arith.addi %v3001, %v34 : i64
                  %v3003 = arith.muli %v3002, %v2 : i64
                  %v3004 = arith.addi %v3000, %v3003 : i64
                  %v3005 = llvm.getelementptr %in_Bm[%v3004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3006 = llvm.load %v3005 : !llvm.ptr -> f32
                  %v3007 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3008 = arith.mulf %v3006, %v3007 fastmath<contract> : f32
                  %v3009 = arith.addf %v2997, %v3008 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3010, %v3011 = gpu.shuffle xor %v3009, %v777, %v308 : f32
                  %v3012 = arith.addf %v3009, %v3010 fastmath<contract> : f32
                  %v3013, %v3014 = gpu.shuffle xor %v3012, %v781, %v308 : f32
                  %v3015 = arith.addf %v3012, %v3013 fastmath<contract> : f32
                  %v3016, %v3017 = gpu.shuffle xor %v3015, %v785, %v308 : f32
                  %v3018 = arith.addf %v3015, %v3016 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3019 = arith.mulf %v2988, %v3018 fastmath<contract> : f32
                  %v3020 = arith.mulf %v2282, %v2996 fastmath<contract> : f32
                  %v3021 = arith.mulf %v2294, %v3007 fastmath<contract> : f32
                  %v3022 = arith.addf %v3020, %v3021 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3023, %v3024 = gpu.shuffle xor %v3022, %v777, %v308 : f32
                  %v3025 = arith.addf %v3022, %v3023 fastmath<contract> : f32
                  %v3026, %v3027 = gpu.shuffle xor %v3025, %v781, %v308 : f32
                  %v3028 = arith.addf %v3025, %v3026 fastmath<contract> : f32
                  %v3029, %v3030 = gpu.shuffle xor %v3028, %v785, %v308 : f32
                  %v3031 = arith.addf %v3028, %v3029 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3032 = arith.mulf %v2935, %v3031 fastmath<contract> : f32
                  %v3033 = arith.mulf %v2937, %v3032 fastmath<contract> : f32
                  %v3034 = arith.negf %v3033 : f32
                  %v3035 = arith.addf %v3019, %v3034 fastmath<contract> : f32
                  %v3036 = arith.mulf %v3035, %v2941 fastmath<contract> : f32
                  %v3037 = arith.mulf %v2937, %v3031 fastmath<contract> : f32
                  %v3038 = arith.mulf %v2933, %v3037 fastmath<contract> : f32
                  %v3039 = arith.mulf %v2935, %v3038 fastmath<contract> : f32
                  %v3040 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3041 = arith.addf %v3040, %v3039 fastmath<contract> : f32
                  llvm.store %v3041, %v54 : f32, !llvm.ptr
                  %v3042 = arith.mulf %v2939, %v2996 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3043 = arith.addi %v12, %v34 : i64
                    %v3044 = arith.muli %v40, %v1 : i64
                    %v3045 = arith.addi %v3044, %v3043 : i64
                    %v3046 = arith.subi %v2944, %slice_first : i64
                    %v3047 = arith.muli %v3045, %slice_steps : i64
                    %v3048 = arith.addi %v3047, %v3046 : i64
                    %v3049 = llvm.getelementptr %part_Bm[%v3048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3042, %v3049 : f32, !llvm.ptr
                  }
                  %v3050 = arith.mulf %v2939, %v3007 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3051 = arith.addi %v33, %v34 : i64
                    %v3052 = arith.muli %v40, %v1 : i64
                    %v3053 = arith.addi %v3052, %v3051 : i64
                    %v3054 = arith.subi %v2944, %slice_first : i64
                    %v3055 = arith.muli %v3053, %slice_steps : i64
                    %v3056 = arith.addi %v3055, %v3054 : i64
                    %v3057 = llvm.getelementptr %part_Bm[%v3056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3050, %v3057 : f32, !llvm.ptr
                  }
                  %v3058 = arith.mulf %v2311, %v2960 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3059 = arith.addi %v12, %v34 : i64
                    %v3060 = arith.muli %v40, %v1 : i64
                    %v3061 = arith.addi %v3060, %v3059 : i64
                    %v3062 = arith.subi %v2944, %slice_first : i64
                    %v3063 = arith.muli %v3061, %slice_steps : i64
                    %v3064 = arith.addi %v3063, %v3062 : i64
                    %v3065 = llvm.getelementptr %part_Cm[%v3064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3058, %v3065 : f32, !llvm.ptr
                  }
                  %v3066 = arith.mulf %v2323, %v2960 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3067 = arith.addi %v33, %v34 : i64
                    %v3068 = arith.muli %v40, %v1 : i64
                    %v3069 = arith.addi %v3068, %v3067 : i64
                    %v3070 = arith.subi %v2944, %slice_first : i64
                    %v3071 = arith.muli %v3069, %slice_steps : i64
                    %v3072 = arith.addi %v3071, %v3070 : i64
                    %v3073 = llvm.getelementptr %part_Cm[%v3072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3066, %v3073 : f32, !llvm.ptr
                  }
                  %v3074 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3075 = arith.addf %v3074, %v3036 fastmath<contract> : f32
                  llvm.store %v3075, %v56 : f32, !llvm.ptr
                  %v3076 = arith.select %v38, %v3036, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3077, %v3078 = gpu.shuffle xor %v3076, %v847, %v308 : f32
                  %v3079 = arith.addf %v3076, %v3077 fastmath<contract> : f32
                  %v3080, %v3081 = gpu.shuffle xor %v3079, %v851, %v308 : f32
                  %v3082 = arith.addf %v3079, %v3080 fastmath<contract> : f32
                  %v3083 = arith.divui %v24, %v26 : i64
                  %v3084 = arith.remui %v24, %v26 : i64
                  %v3085 = arith.cmpi ult, %v3084, %v2 : i64
                  %v3086 = arith.muli %v3083, %v2 : i64
                  %v3087 = arith.addi %v3086, %v12 : i64
                  %v3088 = arith.muli %v3087, %v860 : i64
                  %v3089 = arith.addi %v3088, %v2943 : i64
                  scf.if %v3085 {
                    %v3090 = llvm.getelementptr %v58[%v3089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3082, %v3090 : f32, !llvm.ptr
                  }
                  %v3091 = arith.addf %v2997, %v3008 fastmath<contract> : f32
                  llvm.store %v3091, %v2411 : f32, !llvm.ptr
                  llvm.store %v2937, %v52 : f32, !llvm.ptr
                  llvm.store %v2937, %v53 : f32, !llvm.ptr
                }
                %v3092 = llvm.load %v2411 : !llvm.ptr -> f32
                %v3093 = arith.select %v2414, %v3092, %v2927 : f32
                %v3094 = arith.select %v2414, %v2927, %v3092 : f32
                %v3095, %v3096 = gpu.shuffle xor %v3093, %v777, %v308 : f32
                %v3097 = arith.addf %v3094, %v3095 fastmath<contract> : f32
                %v3098 = arith.select %v2417, %v3097, %v2762 : f32
                %v3099 = arith.select %v2417, %v2762, %v3097 : f32
                %v3100, %v3101 = gpu.shuffle xor %v3098, %v781, %v308 : f32
                %v3102 = arith.addf %v3099, %v3100 fastmath<contract> : f32
                %v3103 = arith.addi %v359, %v77 : i64
                %v3104 = arith.cmpi slt, %v1379, %v2422 : i32
                %v3105 = arith.cmpi eq, %v1379, %v2427 : i32
                %v3106, %v3107 = gpu.shuffle idx %v2154, %v113, %v308 : f32
                %v3108, %v3109 = gpu.shuffle idx %v2155, %v113, %v308 : f32
                %v3110, %v3111 = gpu.shuffle idx %v2160, %v113, %v308 : f32
                %v3112, %v3113 = gpu.shuffle idx %v2163, %v113, %v308 : f32
                %v3114, %v3115 = gpu.shuffle idx %v2173, %v113, %v308 : f32
                %v3116, %v3117 = gpu.shuffle idx %v2178, %v113, %v308 : f32
                %v3118 = arith.addi %v361, %v81 : i64
                llvm.store %v61, %v2411 : f32, !llvm.ptr
                scf.if %v3104 {
                  %v3119 = arith.addi %v142, %v3103 : i64
                  %v3120 = arith.muli %v48, %v317 : i64
                  %v3121 = arith.muli %v3119, %v316 : i64
                  %v3122 = arith.addi %v3120, %v3121 : i64
                  %v3123 = arith.muli %v34, %v2 : i64
                  %v3124 = arith.addi %v3122, %v3123 : i64
                  %v3125 = llvm.getelementptr %in_Cm[%v3124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3126 = llvm.load %v3125 : !llvm.ptr -> f32
                  %v3127 = arith.muli %v48, %v288 : i64
                  %v3128 = arith.muli %v3119, %v287 : i64
                  %v3129 = arith.addi %v3127, %v3128 : i64
                  %v3130 = arith.muli %v46, %v286 : i64
                  %v3131 = arith.addi %v3129, %v3130 : i64
                  %v3132 = arith.muli %v44, %v2 : i64
                  %v3133 = arith.addi %v3131, %v3132 : i64
                  %v3134 = llvm.getelementptr %dy_y[%v3133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3135 = llvm.load %v3134 : !llvm.ptr -> f32
                  %v3136 = arith.mulf %v3126, %v3135 fastmath<contract> : f32
                  %v3137 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3138 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3139 = arith.mulf %v3138, %v3137 fastmath<contract> : f32
                  %v3140 = arith.addf %v3136, %v3139 fastmath<contract> : f32
                  llvm.store %v3140, %v50 : f32, !llvm.ptr
                  %v3141 = arith.muli %v48, %v317 : i64
                  %v3142 = arith.muli %v3119, %v316 : i64
                  %v3143 = arith.addi %v3141, %v3142 : i64
                  %v3144 = arith.constant 8 : i64
                  %v3145 = arith.addi %v3144, %v34 : i64
                  %v3146 = arith.muli %v3145, %v2 : i64
                  %v3147 = arith.addi %v3143, %v3146 : i64
                  %v3148 = llvm.getelementptr %in_Cm[%v3147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3149 = llvm.load %v3148 : !llvm.ptr -> f32
                  %v3150 = arith.mulf %v3149, %v3135 fastmath<contract> : f32
                  %v3151 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3152 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3153 = arith.mulf %v3152, %v3151 fastmath<contract> : f32
                  %v3154 = arith.addf %v3150, %v3153 fastmath<contract> : f32
                  llvm.store %v3154, %v51 : f32, !llvm.ptr
                  %v3155 = arith.muli %v48, %v288 : i64
                  %v3156 = arith.muli %v3119, %v287 : i64
                  %v3157 = arith.addi %v3155, %v3156 : i64
                  %v3158 = arith.muli %v46, %v286 : i64
                  %v3159 = arith.addi %v3157, %v3158 : i64
                  %v3160 = arith.muli %v44, %v2 : i64
                  %v3161 = arith.addi %v3159, %v3160 : i64
                  %v3162 = llvm.getelementptr %in_x[%v3161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3163 = llvm.load %v3162 : !llvm.ptr -> f32
                  %v3164 = arith.muli %v48, %v317 : i64
                  %v3165 = arith.muli %v3119, %v316 : i64
                  %v3166 = arith.addi %v3164, %v3165 : i64
                  %v3167 = arith.muli %v34, %v2 : i64
                  %v3168 = arith.addi %v3166, %v3167 : i64
                  %v3169 = llvm.getelementptr %in_Bm[%v3168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3170 = llvm.load %v3169 : !llvm.ptr -> f32
                  %v3171 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3172 = arith.mulf %v3170, %v3171 fastmath<contract> : f32
                  %v3173 = arith.muli %v48, %v317 : i64
                  %v3174 = arith.muli %v3119, %v316 : i64
                  %v3175 = arith.addi %v3173, %v3174 : i64
                  %v3176 = arith.constant 8 : i64
                  %v3177 = arith.addi %v3176, %v34 : i64
                  %v3178 = arith.muli %v3177, %v2 : i64
                  %v3179 = arith.addi %v3175, %v3178 : i64
                  %v3180 = llvm.getelementptr %in_Bm[%v3179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3181 = llvm.load %v3180 : !llvm.ptr -> f32
                  %v3182 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3183 = arith.mulf %v3181, %v3182 fastmath<contract> : f32
                  %v3184 = arith.addf %v3172, %v3183 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3185, %v3186 = gpu.shuffle xor %v3184, %v777, %v308 : f32
                  %v3187 = arith.addf %v3184, %v3185 fastmath<contract> : f32
                  %v3188, %v3189 = gpu.shuffle xor %v3187, %v781, %v308 : f32
                  %v3190 = arith.addf %v3187, %v3188 fastmath<contract> : f32
                  %v3191, %v3192 = gpu.shuffle xor %v3190, %v785, %v308 : f32
                  %v3193 = arith.addf %v3190, %v3191 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3194 = arith.mulf %v3163, %v3193 fastmath<contract> : f32
                  %v3195 = arith.mulf %v2253, %v3171 fastmath<contract> : f32
                  %v3196 = arith.mulf %v2265, %v3182 fastmath<contract> : f32
                  %v3197 = arith.addf %v3195, %v3196 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3198, %v3199 = gpu.shuffle xor %v3197, %v777, %v308 : f32
                  %v3200 = arith.addf %v3197, %v3198 fastmath<contract> : f32
                  %v3201, %v3202 = gpu.shuffle xor %v3200, %v781, %v308 : f32
                  %v3203 = arith.addf %v3200, %v3201 fastmath<contract> : f32
                  %v3204, %v3205 = gpu.shuffle xor %v3203, %v785, %v308 : f32
                  %v3206 = arith.addf %v3203, %v3204 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3207 = arith.mulf %v3110, %v3206 fastmath<contract> : f32
                  %v3208 = arith.mulf %v3112, %v3207 fastmath<contract> : f32
                  %v3209 = arith.negf %v3208 : f32
                  %v3210 = arith.addf %v3194, %v3209 fastmath<contract> : f32
                  %v3211 = arith.mulf %v3210, %v3116 fastmath<contract> : f32
                  %v3212 = arith.mulf %v3112, %v3206 fastmath<contract> : f32
                  %v3213 = arith.mulf %v3108, %v3212 fastmath<contract> : f32
                  %v3214 = arith.mulf %v3110, %v3213 fastmath<contract> : f32
                  %v3215 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3216 = arith.addf %v3215, %v3214 fastmath<contract> : f32
                  llvm.store %v3216, %v54 : f32, !llvm.ptr
                  %v3217 = arith.mulf %v3114, %v3171 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3218 = arith.addi %v12, %v34 : i64
                    %v3219 = arith.muli %v40, %v1 : i64
                    %v3220 = arith.addi %v3219, %v3218 : i64
                    %v3221 = arith.subi %v3119, %slice_first : i64
                    %v3222 = arith.muli %v3220, %slice_steps : i64
                    %v3223 = arith.addi %v3222, %v3221 : i64
                    %v3224 = llvm.getelementptr %part_Bm[%v3223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3217, %v3224 : f32, !llvm.ptr
                  }
                  %v3225 = arith.mulf %v3114, %v3182 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3226 = arith.addi %v33, %v34 : i64
                    %v3227 = arith.muli %v40, %v1 : i64
                    %v3228 = arith.addi %v3227, %v3226 : i64
                    %v3229 = arith.subi %v3119, %slice_first : i64
                    %v3230 = arith.muli %v3228, %slice_steps : i64
                    %v3231 = arith.addi %v3230, %v3229 : i64
                    %v3232 = llvm.getelementptr %part_Bm[%v3231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3225, %v3232 : f32, !llvm.ptr
                  }
                  %v3233 = arith.mulf %v2282, %v3135 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3234 = arith.addi %v12, %v34 : i64
                    %v3235 = arith.muli %v40, %v1 : i64
                    %v3236 = arith.addi %v3235, %v3234 : i64
                    %v3237 = arith.subi %v3119, %slice_first : i64
                    %v3238 = arith.muli %v3236, %slice_steps : i64
                    %v3239 = arith.addi %v3238, %v3237 : i64
                    %v3240 = llvm.getelementptr %part_Cm[%v3239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3233, %v3240 : f32, !llvm.ptr
                  }
                  %v3241 = arith.mulf %v2294, %v3135 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3242 = arith.addi %v33, %v34 : i64
                    %v3243 = arith.muli %v40, %v1 : i64
                    %v3244 = arith.addi %v3243, %v3242 : i64
                    %v3245 = arith.subi %v3119, %slice_first : i64
                    %v3246 = arith.muli %v3244, %slice_steps : i64
                    %v3247 = arith.addi %v3246, %v3245 : i64
                    %v3248 = llvm.getelementptr %part_Cm[%v3247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3241, %v3248 : f32, !llvm.ptr
                  }
                  %v3249 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3250 = arith.addf %v3249, %v3211 fastmath<contract> : f32
                  llvm.store %v3250, %v56 : f32, !llvm.ptr
                  %v3251 = arith.select %v38, %v3211, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3252, %v3253 = gpu.shuffle xor %v3251, %v847, %v308 : f32
                  %v3254 = arith.addf %v3251, %v3252 fastmath<contract> : f32
                  %v3255, %v3256 = gpu.shuffle xor %v3254, %v851, %v308 : f32
                  %v3257 = arith.addf %v3254, %v3255 fastmath<contract> : f32
                  %v3258 = arith.divui %v24, %v26 : i64
                  %v3259 = arith.remui %v24, %v26 : i64
                  %v3260 = arith.cmpi ult, %v3259, %v2 : i64
                  %v3261 = arith.muli %v3258, %v2 : i64
                  %v3262 = arith.addi %v3261, %v12 : i64
                  %v3263 = arith.muli %v3262, %v860 : i64
                  %v3264 = arith.addi %v3263, %v3118 : i64
                  scf.if %v3260 {
                    %v3265 = llvm.getelementptr %v58[%v3264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3257, %v3265 : f32, !llvm.ptr
                  }
                  %v3266 = arith.addf %v3172, %v3183 fastmath<contract> : f32
                  llvm.store %v3266, %v2411 : f32, !llvm.ptr
                  llvm.store %v3112, %v52 : f32, !llvm.ptr
                  llvm.store %v3112, %v53 : f32, !llvm.ptr
                }
                %v3267 = llvm.load %v2411 : !llvm.ptr -> f32
                %v3268 = arith.addi %v359, %v73 : i64
                %v3269 = arith.cmpi slt, %v781, %v2422 : i32
                %v3270 = arith.cmpi eq, %v781, %v2427 : i32
                %v3271, %v3272 = gpu.shuffle idx %v2154, %v109, %v308 : f32
                %v3273, %v3274 = gpu.shuffle idx %v2155, %v109, %v308 : f32
                %v3275, %v3276 = gpu.shuffle idx %v2160, %v109, %v308 : f32
                %v3277, %v3278 = gpu.shuffle idx %v2163, %v109, %v308 : f32
                %v3279, %v3280 = gpu.shuffle idx %v2173, %v109, %v308 : f32
                %v3281, %v3282 = gpu.shuffle idx %v2178, %v109, %v308 : f32
                %v3283 = arith.addi %v361, %v85 : i64
                llvm.store %v61, %v2411 : f32, !llvm.ptr
                scf.if %v3269 {
                  %v3284 = arith.addi %v142, %v3268 : i64
                  %v3285 = arith.muli %v48, %v317 : i64
                  %v3286 = arith.muli %v3284, %v316 : i64
                  %v3287 = arith.addi %v3285, %v3286 : i64
                  %v3288 = arith.muli %v34, %v2 : i64
                  %v3289 = arith.addi %v3287, %v3288 : i64
                  %v3290 = llvm.getelementptr %in_Cm[%v3289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3291 = llvm.load %v3290 : !llvm.ptr -> f32
                  %v3292 = arith.muli %v48, %v288 : i64
                  %v3293 = arith.muli %v3284, %v287 : i64
                  %v3294 = arith.addi %v3292, %v3293 : i64
                  %v3295 = arith.muli %v46, %v286 : i64
                  %v3296 = arith.addi %v3294, %v3295 : i64
                  %v3297 = arith.muli %v44, %v2 : i64
                  %v3298 = arith.addi %v3296, %v3297 : i64
                  %v3299 = llvm.getelementptr %dy_y[%v3298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3300 = llvm.load %v3299 : !llvm.ptr -> f32
                  %v3301 = arith.mulf %v3291, %v3300 fastmath<contract> : f32
                  %v3302 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3303 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3304 = arith.mulf %v3303, %v3302 fastmath<contract> : f32
                  %v3305 = arith.addf %v3301, %v3304 fastmath<contract> : f32
                  llvm.store %v3305, %v50 : f32, !llvm.ptr
                  %v3306 = arith.muli %v48, %v317 : i64
                  %v3307 = arith.muli %v3284, %v316 : i64
                  %v3308 = arith.addi %v3306, %v3307 : i64
                  %v3309 = arith.constant 8 : i64
                  %v3310 = arith.addi %v3309, %v34 : i64
                  %v3311 = arith.muli %v3310, %v2 : i64
                  %v3312 = arith.addi %v3308, %v3311 : i64
                  %v3313 = llvm.getelementptr %in_Cm[%v3312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3314 = llvm.load %v3313 : !llvm.ptr -> f32
                  %v3315 = arith.mulf %v3314, %v3300 fastmath<contract> : f32
                  %v3316 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3317 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3318 = arith.mulf %v3317, %v3316 fastmath<contract> : f32
                  %v3319 = arith.addf %v3315, %v3318 fastmath<contract> : f32
                  llvm.store %v3319, %v51 : f32, !llvm.ptr
                  %v3320 = arith.muli %v48, %v288 : i64
                  %v3321 = arith.muli %v3284, %v287 : i64
                  %v3322 = arith.addi %v3320, %v3321 : i64
                  %v3323 = arith.muli %v46, %v286 : i64
                  %v3324 = arith.addi %v3322, %v3323 : i64
                  %v3325 = arith.muli %v44, %v2 : i64
                  %v3326 = arith.addi %v3324, %v3325 : i64
                  %v3327 = llvm.getelementptr %in_x[%v3326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3328 = llvm.load %v3327 : !llvm.ptr -> f32
                  %v3329 = arith.muli %v48, %v317 : i64
                  %v3330 = arith.muli %v3284, %v316 : i64
                  %v3331 = arith.addi %v3329, %v3330 : i64
                  %v3332 = arith.muli %v34, %v2 : i64
                  %v3333 = arith.addi %v3331, %v3332 : i64
                  %v3334 = llvm.getelementptr %in_Bm[%v3333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3335 = llvm.load %v3334 : !llvm.ptr -> f32
                  %v3336 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3337 = arith.mulf %v3335, %v3336 fastmath<contract> : f32
                  %v3338 = arith.muli %v48, %v317 : i64
                  %v3339 = arith.muli %v3284, %v316 : i64
                  %v3340 = arith.addi %v3338, %v3339 : i64
                  %v3341 = arith.constant 8 : i64
                  %v3342 = arith.addi %v3341, %v34 : i64
                  %v3343 = arith.muli %v3342, %v2 : i64
                  %v3344 = arith.addi %v3340, %v3343 : i64
                  %v3345 = llvm.getelementptr %in_Bm[%v3344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3346 = llvm.load %v3345 : !llvm.ptr -> f32
                  %v3347 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3348 = arith.mulf %v3346, %v3347 fastmath<contract> : f32
                  %v3349 = arith.addf %v3337, %v3348 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3350, %v3351 = gpu.shuffle xor %v3349, %v777, %v308 : f32
                  %v3352 = arith.addf %v3349, %v3350 fastmath<contract> : f32
                  %v3353, %v3354 = gpu.shuffle xor %v3352, %v781, %v308 : f32
                  %v3355 = arith.addf %v3352, %v3353 fastmath<contract> : f32
                  %v3356, %v3357 = gpu.shuffle xor %v3355, %v785, %v308 : f32
                  %v3358 = arith.addf %v3355, %v3356 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3359 = arith.mulf %v3328, %v3358 fastmath<contract> : f32
                  %v3360 = arith.mulf %v2224, %v3336 fastmath<contract> : f32
                  %v3361 = arith.mulf %v2236, %v3347 fastmath<contract> : f32
                  %v3362 = arith.addf %v3360, %v3361 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3363, %v3364 = gpu.shuffle xor %v3362, %v777, %v308 : f32
                  %v3365 = arith.addf %v3362, %v3363 fastmath<contract> : f32
                  %v3366, %v3367 = gpu.shuffle xor %v3365, %v781, %v308 : f32
                  %v3368 = arith.addf %v3365, %v3366 fastmath<contract> : f32
                  %v3369, %v3370 = gpu.shuffle xor %v3368, %v785, %v308 : f32
                  %v3371 = arith.addf %v3368, %v3369 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3372 = arith.mulf %v3275, %v3371 fastmath<contract> : f32
                  %v3373 = arith.mulf %v3277, %v3372 fastmath<contract> : f32
                  %v3374 = arith.negf %v3373 : f32
                  %v3375 = arith.addf %v3359, %v3374 fastmath<contract> : f32
                  %v3376 = arith.mulf %v3375, %v3281 fastmath<contract> : f32
                  %v3377 = arith.mulf %v3277, %v3371 fastmath<contract> : f32
                  %v3378 = arith.mulf %v3273, %v3377 fastmath<contract> : f32
                  %v3379 = arith.mulf %v3275, %v3378 fastmath<contract> : f32
                  %v3380 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3381 = arith.addf %v3380, %v3379 fastmath<contract> : f32
                  llvm.store %v3381, %v54 : f32, !llvm.ptr
                  %v3382 = arith.mulf %v3279, %v3336 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3383 = arith.addi %v12, %v34 : i64
                    %v3384 = arith.muli %v40, %v1 : i64
                    %v3385 = arith.addi %v3384, %v3383 : i64
                    %v3386 = arith.subi %v3284, %slice_first : i64
                    %v3387 = arith.muli %v3385, %slice_steps : i64
                    %v3388 = arith.addi %v3387, %v3386 : i64
                    %v3389 = llvm.getelementptr %part_Bm[%v3388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3382, %v3389 : f32, !llvm.ptr
                  }
                  %v3390 = arith.mulf %v3279, %v3347 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3391 = arith.addi %v33, %v34 : i64
                    %v3392 = arith.muli %v40, %v1 : i64
                    %v3393 = arith.addi %v3392, %v3391 : i64
                    %v3394 = arith.subi %v3284, %slice_first : i64
                    %v3395 = arith.muli %v3393, %slice_steps : i64
                    %v3396 = arith.addi %v3395, %v3394 : i64
                    %v3397 = llvm.getelementptr %part_Bm[%v3396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3390, %v3397 : f32, !llvm.ptr
                  }
                  %v3398 = arith.mulf %v2253, %v3300 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3399 = arith.addi %v12, %v34 : i64
                    %v3400 = arith.muli %v40, %v1 : i64
                    %v3401 = arith.addi %v3400, %v3399 : i64
                    %v3402 = arith.subi %v3284, %slice_first : i64
                    %v3403 = arith.muli %v3401, %slice_steps : i64
                    %v3404 = arith.addi %v3403, %v3402 : i64
                    %v3405 = llvm.getelementptr %part_Cm[%v3404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3398, %v3405 : f32, !llvm.ptr
                  }
                  %v3406 = arith.mulf %v2265, %v3300 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3407 = arith.addi %v33, %v34 : i64
                    %v3408 = arith.muli %v40, %v1 : i64
                    %v3409 = arith.addi %v3408, %v3407 : i64
                    %v3410 = arith.subi %v3284, %slice_first : i64
                    %v3411 = arith.muli %v3409, %slice_steps : i64
                    %v3412 = arith.addi %v3411, %v3410 : i64
                    %v3413 = llvm.getelementptr %part_Cm[%v3412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3406, %v3413 : f32, !llvm.ptr
                  }
                  %v3414 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3415 = arith.addf %v3414, %v3376 fastmath<contract> : f32
                  llvm.store %v3415, %v56 : f32, !llvm.ptr
                  %v3416 = arith.select %v38, %v3376, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3417, %v3418 = gpu.shuffle xor %v3416, %v847, %v308 : f32
                  %v3419 = arith.addf %v3416, %v3417 fastmath<contract> : f32
                  %v3420, %v3421 = gpu.shuffle xor %v3419, %v851, %v308 : f32
                  %v3422 = arith.addf %v3419, %v3420 fastmath<contract> : f32
                  %v3423 = arith.divui %v24, %v26 : i64
                  %v3424 = arith.remui %v24, %v26 : i64
                  %v3425 = arith.cmpi ult, %v3424, %v2 : i64
                  %v3426 = arith.muli %v3423, %v2 : i64
                  %v3427 = arith.addi %v3426, %v12 : i64
                  %v3428 = arith.muli %v3427, %v860 : i64
                  %v3429 = arith.addi %v3428, %v3283 : i64
                  scf.if %v3425 {
                    %v3430 = llvm.getelementptr %v58[%v3429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3422, %v3430 : f32, !llvm.ptr
                  }
                  %v3431 = arith.addf %v3337, %v3348 fastmath<contract> : f32
                  llvm.store %v3431, %v2411 : f32, !llvm.ptr
                  llvm.store %v3277, %v52 : f32, !llvm.ptr
                  llvm.store %v3277, %v53 : f32, !llvm.ptr
                }
                %v3432 = llvm.load %v2411 : !llvm.ptr -> f32
                %v3433 = arith.select %v2414, %v3432, %v3267 : f32
                %v3434 = arith.select %v2414, %v3267, %v3432 : f32
                %v3435, %v3436 = gpu.shuffle xor %v3433, %v777, %v308 : f32
                %v3437 = arith.addf %v3434, %v3435 fastmath<contract> : f32
                %v3438 = arith.addi %v359, %v2 : i64
                %v3439 = arith.cmpi slt, %v777, %v2422 : i32
                %v3440 = arith.cmpi eq, %v777, %v2427 : i32
                %v3441, %v3442 = gpu.shuffle idx %v2154, %v105, %v308 : f32
                %v3443, %v3444 = gpu.shuffle idx %v2155, %v105, %v308 : f32
                %v3445, %v3446 = gpu.shuffle idx %v2160, %v105, %v308 : f32
                %v3447, %v3448 = gpu.shuffle idx %v2163, %v105, %v308 : f32
                %v3449, %v3450 = gpu.shuffle idx %v2173, %v105, %v308 : f32
                %v3451, %v3452 = gpu.shuffle idx %v2178, %v105, %v308 : f32
                %v3453 = arith.addi %v361, %v89 : i64
                llvm.store %v61, %v2411 : f32, !llvm.ptr
                scf.if %v3439 {
                  %v3454 = arith.addi %v142, %v3438 : i64
                  %v3455 = arith.muli %v48, %v317 : i64
                  %v3456 = arith.muli %v3454, %v316 : i64
                  %v3457 = arith.addi %v3455, %v3456 : i64
                  %v3458 = arith.muli %v34, %v2 : i64
                  %v3459 = arith.addi %v3457, %v3458 : i64
                  %v3460 = llvm.getelementptr %in_Cm[%v3459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3461 = llvm.load %v3460 : !llvm.ptr -> f32
                  %v3462 = arith.muli %v48, %v288 : i64
                  %v3463 = arith.muli %v3454, %v287 : i64
                  %v3464 = arith.addi %v3462, %v3463 : i64
                  %v3465 = arith.muli %v46, %v286 : i64
                  %v3466 = arith.addi %v3464, %v3465 : i64
                  %v3467 = arith.muli %v44, %v2 : i64
                  %v3468 = arith.addi %v3466, %v3467 : i64
                  %v3469 = llvm.getelementptr %dy_y[%v3468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3470 = llvm.load %v3469 : !llvm.ptr -> f32
                  %v3471 = arith.mulf %v3461, %v3470 fastmath<contract> : f32
                  %v3472 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3473 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3474 = arith.mulf %v3473, %v3472 fastmath<contract> : f32
                  %v3475 = arith.addf %v3471, %v3474 fastmath<contract> : f32
                  llvm.store %v3475, %v50 : f32, !llvm.ptr
                  %v3476 = arith.muli %v48, %v317 : i64
                  %v3477 = arith.muli %v3454, %v316 : i64
                  %v3478 = arith.addi %v3476, %v3477 : i64
                  %v3479 = arith.constant 8 : i64
                  %v3480 = arith.addi %v3479, %v34 : i64
                  %v3481 = arith.muli %v3480, %v2 : i64
                  %v3482 = arith.addi %v3478, %v3481 : i64
                  %v3483 = llvm.getelementptr %in_Cm[%v3482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3484 = llvm.load %v3483 : !llvm.ptr -> f32
                  %v3485 = arith.mulf %v3484, %v3470 fastmath<contract> : f32
                  %v3486 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3487 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3488 = arith.mulf %v3487, %v3486 fastmath<contract> : f32
                  %v3489 = arith.addf %v3485, %v3488 fastmath<contract> : f32
                  llvm.store %v3489, %v51 : f32, !llvm.ptr
                  %v3490 = arith.muli %v48, %v288 : i64
                  %v3491 = arith.muli %v3454, %v287 : i64
                  %v3492 = arith.addi %v3490, %v3491 : i64
                  %v3493 = arith.muli %v46, %v286 : i64
                  %v3494 = arith.addi %v3492, %v3493 : i64
                  %v3495 = arith.muli %v44, %v2 : i64
                  %v3496 = arith.addi %v3494, %v3495 : i64
                  %v3497 = llvm.getelementptr %in_x[%v3496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3498 = llvm.load %v3497 : !llvm.ptr -> f32
                  %v3499 = arith.muli %v48, %v317 : i64
                  %v3500 = arith.muli %v3454, %v316 : i64
                  %v3501 = arith.addi %v3499, %v3500 : i64
                  %v3502 = arith.muli %v34, %v2 : i64
                  %v3503 = arith.addi %v3501, %v3502 : i64
                  %v3504 = llvm.getelementptr %in_Bm[%v3503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3505 = llvm.load %v3504 : !llvm.ptr -> f32
                  %v3506 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3507 = arith.mulf %v3505, %v3506 fastmath<contract> : f32
                  %v3508 = arith.muli %v48, %v317 : i64
                  %v3509 = arith.muli %v3454, %v316 : i64
                  %v3510 = arith.addi %v3508, %v3509 : i64
                  %v3511 = arith.constant 8 : i64
                  %v3512 = arith.addi %v3511, %v34 : i64
                  %v3513 = arith.muli %v3512, %v2 : i64
                  %v3514 = arith.addi %v3510, %v3513 : i64
                  %v3515 = llvm.getelementptr %in_Bm[%v3514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3516 = llvm.load %v3515 : !llvm.ptr -> f32
                  %v3517 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3518 = arith.mulf %v3516, %v3517 fastmath<contract> : f32
                  %v3519 = arith.addf %v3507, %v3518 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3520, %v3521 = gpu.shuffle xor %v3519, %v777, %v308 : f32
                  %v3522 = arith.addf %v3519, %v3520 fastmath<contract> : f32
                  %v3523, %v3524 = gpu.shuffle xor %v3522, %v781, %v308 : f32
                  %v3525 = arith.addf %v3522, %v3523 fastmath<contract> : f32
                  %v3526, %v3527 = gpu.shuffle xor %v3525, %v785, %v308 : f32
                  %v3528 = arith.addf %v3525, %v3526 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3529 = arith.mulf %v3498, %v3528 fastmath<contract> : f32
                  %v3530 = arith.mulf %v2195, %v3506 fastmath<contract> : f32
                  %v3531 = arith.mulf %v2207, %v3517 fastmath<contract> : f32
                  %v3532 = arith.addf %v3530, %v3531 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3533, %v3534 = gpu.shuffle xor %v3532, %v777, %v308 : f32
                  %v3535 = arith.addf %v3532, %v3533 fastmath<contract> : f32
                  %v3536, %v3537 = gpu.shuffle xor %v3535, %v781, %v308 : f32
                  %v3538 = arith.addf %v3535, %v3536 fastmath<contract> : f32
                  %v3539, %v3540 = gpu.shuffle xor %v3538, %v785, %v308 : f32
                  %v3541 = arith.addf %v3538, %v3539 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3542 = arith.mulf %v3445, %v3541 fastmath<contract> : f32
                  %v3543 = arith.mulf %v3447, %v3542 fastmath<contract> : f32
                  %v3544 = arith.negf %v3543 : f32
                  %v3545 = arith.addf %v3529, %v3544 fastmath<contract> : f32
                  %v3546 = arith.mulf %v3545, %v3451 fastmath<contract> : f32
                  %v3547 = arith.mulf %v3447, %v3541 fastmath<contract> : f32
                  %v3548 = arith.mulf %v3443, %v3547 fastmath<contract> : f32
                  %v3549 = arith.mulf %v3445, %v3548 fastmath<contract> : f32
                  %v3550 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3551 = arith.addf %v3550, %v3549 fastmath<contract> : f32
                  llvm.store %v3551, %v54 : f32, !llvm.ptr
                  %v3552 = arith.mulf %v3449, %v3506 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3553 = arith.addi %v12, %v34 : i64
                    %v3554 = arith.muli %v40, %v1 : i64
                    %v3555 = arith.addi %v3554, %v3553 : i64
                    %v3556 = arith.subi %v3454, %slice_first : i64
                    %v3557 = arith.muli %v3555, %slice_steps : i64
                    %v3558 = arith.addi %v3557, %v3556 : i64
                    %v3559 = llvm.getelementptr %part_Bm[%v3558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3552, %v3559 : f32, !llvm.ptr
                  }
                  %v3560 = arith.mulf %v3449, %v3517 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3561 = arith.addi %v33, %v34 : i64
                    %v3562 = arith.muli %v40, %v1 : i64
                    %v3563 = arith.addi %v3562, %v3561 : i64
                    %v3564 = arith.subi %v3454, %slice_first : i64
                    %v3565 = arith.muli %v3563, %slice_steps : i64
                    %v3566 = arith.addi %v3565, %v3564 : i64
                    %v3567 = llvm.getelementptr %part_Bm[%v3566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3560, %v3567 : f32, !llvm.ptr
                  }
                  %v3568 = arith.mulf %v2224, %v3470 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3569 = arith.addi %v12, %v34 : i64
                    %v3570 = arith.muli %v40, %v1 : i64
                    %v3571 = arith.addi %v3570, %v3569 : i64
                    %v3572 = arith.subi %v3454, %slice_first : i64
                    %v3573 = arith.muli %v3571, %slice_steps : i64
                    %v3574 = arith.addi %v3573, %v3572 : i64
                    %v3575 = llvm.getelementptr %part_Cm[%v3574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3568, %v3575 : f32, !llvm.ptr
                  }
                  %v3576 = arith.mulf %v2236, %v3470 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3577 = arith.addi %v33, %v34 : i64
                    %v3578 = arith.muli %v40, %v1 : i64
                    %v3579 = arith.addi %v3578, %v3577 : i64
                    %v3580 = arith.subi %v3454, %slice_first : i64
                    %v3581 = arith.muli %v3579, %slice_steps : i64
                    %v3582 = arith.addi %v3581, %v3580 : i64
                    %v3583 = llvm.getelementptr %part_Cm[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3576, %v3583 : f32, !llvm.ptr
                  }
                  %v3584 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3585 = arith.addf %v3584, %v3546 fastmath<contract> : f32
                  llvm.store %v3585, %v56 : f32, !llvm.ptr
                  %v3586 = arith.select %v38, %v3546, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3587, %v3588 = gpu.shuffle xor %v3586, %v847, %v308 : f32
                  %v3589 = arith.addf %v3586, %v3587 fastmath<contract> : f32
                  %v3590, %v3591 = gpu.shuffle xor %v3589, %v851, %v308 : f32
                  %v3592 = arith.addf %v3589, %v3590 fastmath<contract> : f32
                  %v3593 = arith.divui %v24, %v26 : i64
                  %v3594 = arith.remui %v24, %v26 : i64
                  %v3595 = arith.cmpi ult, %v3594, %v2 : i64
                  %v3596 = arith.muli %v3593, %v2 : i64
                  %v3597 = arith.addi %v3596, %v12 : i64
                  %v3598 = arith.muli %v3597, %v860 : i64
                  %v3599 = arith.addi %v3598, %v3453 : i64
                  scf.if %v3595 {
                    %v3600 = llvm.getelementptr %v58[%v3599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3592, %v3600 : f32, !llvm.ptr
                  }
                  %v3601 = arith.addf %v3507, %v3518 fastmath<contract> : f32
                  llvm.store %v3601, %v2411 : f32, !llvm.ptr
                  llvm.store %v3447, %v52 : f32, !llvm.ptr
                  llvm.store %v3447, %v53 : f32, !llvm.ptr
                }
                %v3602 = llvm.load %v2411 : !llvm.ptr -> f32
                %v3603 = arith.addi %v359, %v12 : i64
                %v3604 = arith.cmpi slt, %v1880, %v2422 : i32
                %v3605 = arith.cmpi eq, %v1880, %v2427 : i32
                %v3606, %v3607 = gpu.shuffle idx %v2154, %v101, %v308 : f32
                %v3608, %v3609 = gpu.shuffle idx %v2155, %v101, %v308 : f32
                %v3610, %v3611 = gpu.shuffle idx %v2160, %v101, %v308 : f32
                %v3612, %v3613 = gpu.shuffle idx %v2163, %v101, %v308 : f32
                %v3614, %v3615 = gpu.shuffle idx %v2173, %v101, %v308 : f32
                %v3616, %v3617 = gpu.shuffle idx %v2178, %v101, %v308 : f32
                %v3618 = arith.addi %v361, %v65 : i64
                llvm.store %v61, %v2411 : f32, !llvm.ptr
                scf.if %v3604 {
                  %v3619 = arith.addi %v142, %v3603 : i64
                  %v3620 = arith.muli %v48, %v317 : i64
                  %v3621 = arith.muli %v3619, %v316 : i64
                  %v3622 = arith.addi %v3620, %v3621 : i64
                  %v3623 = arith.muli %v34, %v2 : i64
                  %v3624 = arith.addi %v3622, %v3623 : i64
                  %v3625 = llvm.getelementptr %in_Cm[%v3624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3626 = llvm.load %v3625 : !llvm.ptr -> f32
                  %v3627 = arith.muli %v48, %v288 : i64
                  %v3628 = arith.muli %v3619, %v287 : i64
                  %v3629 = arith.addi %v3627, %v3628 : i64
                  %v3630 = arith.muli %v46, %v286 : i64
                  %v3631 = arith.addi %v3629, %v3630 : i64
                  %v3632 = arith.muli %v44, %v2 : i64
                  %v3633 = arith.addi %v3631, %v3632 : i64
                  %v3634 = llvm.getelementptr %dy_y[%v3633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3635 = llvm.load %v3634 : !llvm.ptr -> f32
                  %v3636 = arith.mulf %v3626, %v3635 fastmath<contract> : f32
                  %v3637 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3638 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3639 = arith.mulf %v3638, %v3637 fastmath<contract> : f32
                  %v3640 = arith.addf %v3636, %v3639 fastmath<contract> : f32
                  llvm.store %v3640, %v50 : f32, !llvm.ptr
                  %v3641 = arith.muli %v48, %v317 : i64
                  %v3642 = arith.muli %v3619, %v316 : i64
                  %v3643 = arith.addi %v3641, %v3642 : i64
                  %v3644 = arith.constant 8 : i64
                  %v3645 = arith.addi %v3644, %v34 : i64
                  %v3646 = arith.muli %v3645, %v2 : i64
                  %v3647 = arith.addi %v3643, %v3646 : i64
                  %v3648 = llvm.getelementptr %in_Cm[%v3647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3649 = llvm.load %v3648 : !llvm.ptr -> f32
                  %v3650 = arith.mulf %v3649, %v3635 fastmath<contract> : f32
                  %v3651 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3652 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3653 = arith.mulf %v3652, %v3651 fastmath<contract> : f32
                  %v3654 = arith.addf %v3650, %v3653 fastmath<contract> : f32
                  llvm.store %v3654, %v51 : f32, !llvm.ptr
                  %v3655 = arith.muli %v48, %v288 : i64
                  %v3656 = arith.muli %v3619, %v287 : i64
                  %v3657 = arith.addi %v3655, %v3656 : i64
                  %v3658 = arith.muli %v46, %v286 : i64
                  %v3659 = arith.addi %v3657, %v3658 : i64
                  %v3660 = arith.muli %v44, %v2 : i64
                  %v3661 = arith.addi %v3659, %v3660 : i64
                  %v3662 = llvm.getelementptr %in_x[%v3661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3663 = llvm.load %v3662 : !llvm.ptr -> f32
                  %v3664 = arith.muli %v48, %v317 : i64
                  %v3665 = arith.muli %v3619, %v316 : i64
                  %v3666 = arith.addi %v3664, %v3665 : i64
                  %v3667 = arith.muli %v34, %v2 : i64
                  %v3668 = arith.addi %v3666, %v3667 : i64
                  %v3669 = llvm.getelementptr %in_Bm[%v3668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3670 = llvm.load %v3669 : !llvm.ptr -> f32
                  %v3671 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3672 = arith.mulf %v3670, %v3671 fastmath<contract> : f32
                  %v3673 = arith.muli %v48, %v317 : i64
                  %v3674 = arith.muli %v3619, %v316 : i64
                  %v3675 = arith.addi %v3673, %v3674 : i64
                  %v3676 = arith.constant 8 : i64
                  %v3677 = arith.addi %v3676, %v34 : i64
                  %v3678 = arith.muli %v3677, %v2 : i64
                  %v3679 = arith.addi %v3675, %v3678 : i64
                  %v3680 = llvm.getelementptr %in_Bm[%v3679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3681 = llvm.load %v3680 : !llvm.ptr -> f32
                  %v3682 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3683 = arith.mulf %v3681, %v3682 fastmath<contract> : f32
                  %v3684 = arith.addf %v3672, %v3683 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3685, %v3686 = gpu.shuffle xor %v3684, %v777, %v308 : f32
                  %v3687 = arith.addf %v3684, %v3685 fastmath<contract> : f32
                  %v3688, %v3689 = gpu.shuffle xor %v3687, %v781, %v308 : f32
                  %v3690 = arith.addf %v3687, %v3688 fastmath<contract> : f32
                  %v3691, %v3692 = gpu.shuffle xor %v3690, %v785, %v308 : f32
                  %v3693 = arith.addf %v3690, %v3691 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3694 = arith.mulf %v3663, %v3693 fastmath<contract> : f32
                  %v3695 = arith.mulf %v2108, %v3671 fastmath<contract> : f32
                  %v3696 = arith.mulf %v2117, %v3682 fastmath<contract> : f32
                  %v3697 = arith.addf %v3695, %v3696 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3698, %v3699 = gpu.shuffle xor %v3697, %v777, %v308 : f32
                  %v3700 = arith.addf %v3697, %v3698 fastmath<contract> : f32
                  %v3701, %v3702 = gpu.shuffle xor %v3700, %v781, %v308 : f32
                  %v3703 = arith.addf %v3700, %v3701 fastmath<contract> : f32
                  %v3704, %v3705 = gpu.shuffle xor %v3703, %v785, %v308 : f32
                  %v3706 = arith.addf %v3703, %v3704 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3707 = arith.mulf %v3610, %v3706 fastmath<contract> : f32
                  %v3708 = arith.mulf %v3612, %v3707 fastmath<contract> : f32
                  %v3709 = arith.negf %v3708 : f32
                  %v3710 = arith.addf %v3694, %v3709 fastmath<contract> : f32
                  %v3711 = arith.mulf %v3710, %v3616 fastmath<contract> : f32
                  %v3712 = arith.mulf %v3612, %v3706 fastmath<contract> : f32
                  %v3713 = arith.mulf %v3608, %v3712 fastmath<contract> : f32
                  %v3714 = arith.mulf %v3610, %v3713 fastmath<contract> : f32
                  %v3715 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3716 = arith.addf %v3715, %v3714 fastmath<contract> : f32
                  llvm.store %v3716, %v54 : f32, !llvm.ptr
                  %v3717 = arith.mulf %v3614, %v3671 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3718 = arith.addi %v12, %v34 : i64
                    %v3719 = arith.muli %v40, %v1 : i64
                    %v3720 = arith.addi %v3719, %v3718 : i64
                    %v3721 = arith.subi %v3619, %slice_first : i64
                    %v3722 = arith.muli %v3720, %slice_steps : i64
                    %v3723 = arith.addi %v3722, %v3721 : i64
                    %v3724 = llvm.getelementptr %part_Bm[%v3723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3717, %v3724 : f32, !llvm.ptr
                  }
                  %v3725 = arith.mulf %v3614, %v3682 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3726 = arith.addi %v33, %v34 : i64
                    %v3727 = arith.muli %v40, %v1 : i64
                    %v3728 = arith.addi %v3727, %v3726 : i64
                    %v3729 = arith.subi %v3619, %slice_first : i64
                    %v3730 = arith.muli %v3728, %slice_steps : i64
                    %v3731 = arith.addi %v3730, %v3729 : i64
                    %v3732 = llvm.getelementptr %part_Bm[%v3731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3725, %v3732 : f32, !llvm.ptr
                  }
                  %v3733 = arith.mulf %v2195, %v3635 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3734 = arith.addi %v12, %v34 : i64
                    %v3735 = arith.muli %v40, %v1 : i64
                    %v3736 = arith.addi %v3735, %v3734 : i64
                    %v3737 = arith.subi %v3619, %slice_first : i64
                    %v3738 = arith.muli %v3736, %slice_steps : i64
                    %v3739 = arith.addi %v3738, %v3737 : i64
                    %v3740 = llvm.getelementptr %part_Cm[%v3739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3733, %v3740 : f32, !llvm.ptr
                  }
                  %v3741 = arith.mulf %v2207, %v3635 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3742 = arith.addi %v33, %v34 : i64
                    %v3743 = arith.muli %v40, %v1 : i64
                    %v3744 = arith.addi %v3743, %v3742 : i64
                    %v3745 = arith.subi %v3619, %slice_first : i64
                    %v3746 = arith.muli %v3744, %slice_steps : i64
                    %v3747 = arith.addi %v3746, %v3745 : i64
                    %v3748 = llvm.getelementptr %part_Cm[%v3747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3741, %v3748 : f32, !llvm.ptr
                  }
                  %v3749 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3750 = arith.addf %v3749, %v3711 fastmath<contract> : f32
                  llvm.store %v3750, %v56 : f32, !llvm.ptr
                  %v3751 = arith.select %v38, %v3711, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3752, %v3753 = gpu.shuffle xor %v3751, %v847, %v308 : f32
                  %v3754 = arith.addf %v3751, %v3752 fastmath<contract> : f32
                  %v3755, %v3756 = gpu.shuffle xor %v3754, %v851, %v308 : f32
                  %v3757 = arith.addf %v3754, %v3755 fastmath<contract> : f32
                  %v3758 = arith.divui %v24, %v26 : i64
                  %v3759 = arith.remui %v24, %v26 : i64
                  %v3760 = arith.cmpi ult, %v3759, %v2 : i64
                  %v3761 = arith.muli %v3758, %v2 : i64
                  %v3762 = arith.addi %v3761, %v12 : i64
                  %v3763 = arith.muli %v3762, %v860 : i64
                  %v3764 = arith.addi %v3763, %v3618 : i64
                  scf.if %v3760 {
                    %v3765 = llvm.getelementptr %v58[%v3764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3757, %v3765 : f32, !llvm.ptr
                  }
                  %v3766 = arith.addf %v3672, %v3683 fastmath<contract> : f32
                  llvm.store %v3766, %v2411 : f32, !llvm.ptr
                  llvm.store %v3612, %v52 : f32, !llvm.ptr
                  llvm.store %v3612, %v53 : f32, !llvm.ptr
                }
                %v3767 = llvm.load %v2411 : !llvm.ptr -> f32
                %v3768 = arith.select %v2414, %v3767, %v3602 : f32
                %v3769 = arith.select %v2414, %v3602, %v3767 : f32
                %v3770, %v3771 = gpu.shuffle xor %v3768, %v777, %v308 : f32
                %v3772 = arith.addf %v3769, %v3770 fastmath<contract> : f32
                %v3773 = arith.select %v2417, %v3772, %v3437 : f32
                %v3774 = arith.select %v2417, %v3437, %v3772 : f32
                %v3775, %v3776 = gpu.shuffle xor %v3773, %v781, %v308 : f32
                %v3777 = arith.addf %v3774, %v3775 fastmath<contract> : f32
                %v3778 = arith.select %v2420, %v3777, %v3102 : f32
                %v3779 = arith.select %v2420, %v3102, %v3777 : f32
                %v3780, %v3781 = gpu.shuffle xor %v3778, %v785, %v308 : f32
                %v3782 = arith.addf %v3779, %v3780 fastmath<contract> : f32
                %v3783 = arith.addi %v359, %v34 : i64
                %v3784 = arith.cmpi slt, %v3783, %v144 : i64
                %v3785 = arith.andi %v38, %v3784 : i1
                scf.if %v3785 {
                  %v3786 = arith.addi %v142, %v3783 : i64
                  // the gradients of this lane's own step
                  %v3787 = arith.muli %v46, %v2 : i64
                  %v3788 = llvm.getelementptr %in_Dskip[%v3787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3789 = llvm.load %v3788 : !llvm.ptr -> f32
                  %v3790 = arith.muli %v48, %v288 : i64
                  %v3791 = arith.muli %v3786, %v287 : i64
                  %v3792 = arith.addi %v3790, %v3791 : i64
                  %v3793 = arith.muli %v46, %v286 : i64
                  %v3794 = arith.addi %v3792, %v3793 : i64
                  %v3795 = arith.muli %v44, %v2 : i64
                  %v3796 = arith.addi %v3794, %v3795 : i64
                  %v3797 = llvm.getelementptr %dy_y[%v3796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3798 = llvm.load %v3797 : !llvm.ptr -> f32
                  %v3799 = arith.mulf %v3789, %v3798 fastmath<contract> : f32
                  %v3800 = arith.mulf %v2154, %v3782 fastmath<contract> : f32
                  %v3801 = arith.addf %v3799, %v3800 fastmath<contract> : f32
                  %v3802 = arith.muli %v48, %v288 : i64
                  %v3803 = arith.muli %v3786, %v287 : i64
                  %v3804 = arith.addi %v3802, %v3803 : i64
                  %v3805 = arith.muli %v46, %v286 : i64
                  %v3806 = arith.addi %v3804, %v3805 : i64
                  %v3807 = arith.muli %v44, %v2 : i64
                  %v3808 = arith.addi %v3806, %v3807 : i64
                  %v3809 = llvm.getelementptr %dx_x[%v3808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3801, %v3809 : f32, !llvm.ptr
                  %v3810 = arith.muli %v48, %v288 : i64
                  %v3811 = arith.muli %v3786, %v287 : i64
                  %v3812 = arith.addi %v3810, %v3811 : i64
                  %v3813 = arith.muli %v46, %v286 : i64
                  %v3814 = arith.addi %v3812, %v3813 : i64
                  %v3815 = arith.muli %v44, %v2 : i64
                  %v3816 = arith.addi %v3814, %v3815 : i64
                  %v3817 = llvm.getelementptr %in_x[%v3816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3818 = llvm.load %v3817 : !llvm.ptr -> f32
                  %v3819 = arith.mulf %v3818, %v3798 fastmath<contract> : f32
                  %v3820 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3821 = arith.addf %v3820, %v3819 fastmath<contract> : f32
                  llvm.store %v3821, %v55 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3822 = arith.index_cast %v24 : i64 to index
          %v3823 = arith.index_cast %v26 : i64 to index
          %v3824 = arith.index_cast %v148 : i64 to index
          scf.for %v3825 = %v3822 to %v3823 step %v3824 {
            %v3826 = arith.index_cast %v3825 : index to i64
            %v3830 = arith.remui %v3826, %v26 : i64
            %v3831 = arith.divui %v3826, %v26 : i64
            %v3832 = arith.muli %v348, %v81 : i64
            %v3833 = arith.divui %v3830, %v33 : i64
            %v3834 = arith.addi %v3832, %v3833 : i64
            %v3835 = arith.cmpi slt, %v3834, %v146 : i64
            %v3836 = arith.subi %v146, %v2 : i64
            %v3837 = arith.subi %v3836, %v3834 : i64
            %v3838 = arith.remui %v3830, %v33 : i64
            %v3839 = arith.subi %v65, %v3838 : i64
            %v3840 = arith.muli %v3837, %v33 : i64
            %v3841 = arith.addi %v3840, %v3839 : i64
            %v3842 = arith.cmpi slt, %v3841, %v144 : i64
            %v3843 = arith.andi %v3835, %v3842 : i1
            scf.if %v3843 {
              %v3844 = arith.addi %v142, %v3841 : i64
              %v3845 = arith.remui %v3826, %v26 : i64
              %v3846 = arith.divui %v3826, %v26 : i64
              %v3847 = arith.muli %v12, %v2 : i64
              %v3848 = arith.addi %v3847, %v3846 : i64
              %v3849 = arith.muli %v3848, %v860 : i64
              %v3850 = arith.addi %v3849, %v3845 : i64
              %v3851 = llvm.getelementptr %v58[%v3850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3852 = llvm.load %v3851 : !llvm.ptr -> f32
              %v3853 = arith.muli %v2, %v2 : i64
              %v3854 = arith.addi %v3853, %v3846 : i64
              %v3855 = arith.muli %v3854, %v860 : i64
              %v3856 = arith.addi %v3855, %v3845 : i64
              %v3857 = llvm.getelementptr %v58[%v3856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3858 = llvm.load %v3857 : !llvm.ptr -> f32
              %v3859 = arith.addf %v3852, %v3858 fastmath<contract> : f32
              %v3860 = arith.muli %v73, %v2 : i64
              %v3861 = arith.addi %v3860, %v3846 : i64
              %v3862 = arith.muli %v3861, %v860 : i64
              %v3863 = arith.addi %v3862, %v3845 : i64
              %v3864 = llvm.getelementptr %v58[%v3863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3865 = llvm.load %v3864 : !llvm.ptr -> f32
              %v3866 = arith.addf %v3859, %v3865 fastmath<contract> : f32
              %v3867 = arith.muli %v77, %v2 : i64
              %v3868 = arith.addi %v3867, %v3846 : i64
              %v3869 = arith.muli %v3868, %v860 : i64
              %v3870 = arith.addi %v3869, %v3845 : i64
              %v3871 = llvm.getelementptr %v58[%v3870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3872 = llvm.load %v3871 : !llvm.ptr -> f32
              %v3873 = arith.addf %v3866, %v3872 fastmath<contract> : f32
              %v3874 = arith.muli %v81, %v2 : i64
              %v3875 = arith.addi %v3874, %v3846 : i64
              %v3876 = arith.muli %v3875, %v860 : i64
              %v3877 = arith.addi %v3876, %v3845 : i64
              %v3878 = llvm.getelementptr %v58[%v3877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3879 = llvm.load %v3878 : !llvm.ptr -> f32
              %v3880 = arith.addf %v3873, %v3879 fastmath<contract> : f32
              %v3881 = arith.muli %v85, %v2 : i64
              %v3882 = arith.addi %v3881, %v3846 : i64
              %v3883 = arith.muli %v3882, %v860 : i64
              %v3884 = arith.addi %v3883, %v3845 : i64
              %v3885 = llvm.getelementptr %v58[%v3884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3886 = llvm.load %v3885 : !llvm.ptr -> f32
              %v3887 = arith.addf %v3880, %v3886 fastmath<contract> : f32
              %v3888 = arith.muli %v89, %v2 : i64
              %v3889 = arith.addi %v3888, %v3846 : i64
              %v3890 = arith.muli %v3889, %v860 : i64
              %v3891 = arith.addi %v3890, %v3845 : i64
              %v3892 = llvm.getelementptr %v58[%v3891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3893 = llvm.load %v3892 : !llvm.ptr -> f32
              %v3894 = arith.addf %v3887, %v3893 fastmath<contract> : f32
              %v3895 = arith.muli %v65, %v2 : i64
              %v3896 = arith.addi %v3895, %v3846 : i64
              %v3897 = arith.muli %v3896, %v860 : i64
              %v3898 = arith.addi %v3897, %v3845 : i64
              %v3899 = llvm.getelementptr %v58[%v3898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3900 = llvm.load %v3899 : !llvm.ptr -> f32
              %v3901 = arith.addf %v3894, %v3900 fastmath<contract> : f32
              %v3902 = arith.subi %v3844, %slice_first : i64
              %v3905 = arith.muli %v48, %v3904 : i64
              %v3906 = arith.muli %v3902, %v3903 : i64
              %v3907 = arith.addi %v3905, %v3906 : i64
              %v3908 = arith.muli %v46, %v2 : i64
              %v3909 = arith.addi %v3907, %v3908 : i64
              %v3910 = arith.muli %v32, %v3829 : i64
              %v3911 = arith.addi %v3910, %v3909 : i64
              %v3912 = llvm.getelementptr %part_dt[%v3911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3901, %v3912 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v13 {
      }
      scf.if %v13 {
        %v3913 = arith.cmpi eq, %v34, %v12 : i64
        %v3914 = arith.andi %v38, %v3913 : i1
        scf.if %v3914 {
          %v3915 = llvm.load %v54 : !llvm.ptr -> f32
          %v3916 = arith.muli %v40, %v2 : i64
          %v3917 = arith.addi %v3916, %v12 : i64
          %v3918 = llvm.getelementptr %part_A_log[%v3917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3915, %v3918 : f32, !llvm.ptr
        }
        %v3919 = llvm.load %v55 : !llvm.ptr -> f32
        // sum over the lanes: butterfly shuffles, every lane gets the total
        %v3920, %v3921 = gpu.shuffle xor %v3919, %v777, %v308 : f32
        %v3922 = arith.addf %v3919, %v3920 fastmath<contract> : f32
        %v3923, %v3924 = gpu.shuffle xor %v3922, %v781, %v308 : f32
        %v3925 = arith.addf %v3922, %v3923 fastmath<contract> : f32
        %v3926, %v3927 = gpu.shuffle xor %v3925, %v785, %v308 : f32
        %v3928 = arith.addf %v3925, %v3926 fastmath<contract> : f32
        // end sum over the lanes
        llvm.store %v3928, %v55 : f32, !llvm.ptr
        %v3929 = arith.cmpi eq, %v34, %v12 : i64
        %v3930 = arith.andi %v38, %v3929 : i1
        scf.if %v3930 {
          %v3931 = llvm.load %v55 : !llvm.ptr -> f32
          %v3932 = arith.muli %v40, %v2 : i64
          %v3933 = arith.addi %v3932, %v12 : i64
          %v3934 = llvm.getelementptr %part_Dskip[%v3933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3931, %v3934 : f32, !llvm.ptr
        }
        %v3935 = arith.cmpi eq, %v34, %v12 : i64
        %v3936 = arith.andi %v38, %v3935 : i1
        scf.if %v3936 {
          %v3937 = llvm.load %v56 : !llvm.ptr -> f32
          %v3938 = arith.muli %v40, %v2 : i64
          %v3939 = arith.addi %v3938, %v12 : i64
          %v3940 = llvm.getelementptr %part_dt_bias[%v3939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3937, %v3940 : f32, !llvm.ptr
        }
      } else {
        scf.if %v38 {
          %v3941 = arith.muli %v40, %v33 : i64
          %v3942 = arith.addi %v3941, %v34 : i64
          %v3943 = arith.muli %v3942, %v65 : i64
          %v3944 = arith.addi %v3943, %v12 : i64
          %v3945 = llvm.load %v50 : !llvm.ptr -> f32
          %v3946 = llvm.getelementptr %slice_carry[%v3944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3945, %v3946 : f32, !llvm.ptr
          %v3947 = arith.addi %v3943, %v2 : i64
          %v3948 = llvm.load %v51 : !llvm.ptr -> f32
          %v3949 = llvm.getelementptr %slice_carry[%v3947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3948, %v3949 : f32, !llvm.ptr
          %v3950 = arith.addi %v3943, %v73 : i64
          %v3951 = llvm.load %v52 : !llvm.ptr -> f32
          %v3952 = llvm.getelementptr %slice_carry[%v3950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3951, %v3952 : f32, !llvm.ptr
          %v3953 = arith.addi %v3943, %v77 : i64
          %v3954 = llvm.load %v53 : !llvm.ptr -> f32
          %v3955 = llvm.getelementptr %slice_carry[%v3953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3954, %v3955 : f32, !llvm.ptr
          %v3956 = arith.addi %v3943, %v81 : i64
          %v3957 = llvm.load %v54 : !llvm.ptr -> f32
          %v3958 = llvm.getelementptr %slice_carry[%v3956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3957, %v3958 : f32, !llvm.ptr
          %v3959 = arith.addi %v3943, %v85 : i64
          %v3960 = llvm.load %v55 : !llvm.ptr -> f32
          %v3961 = llvm.getelementptr %slice_carry[%v3959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3960, %v3961 : f32, !llvm.ptr
          %v3962 = arith.addi %v3943, %v89 : i64
          %v3963 = llvm.load %v56 : !llvm.ptr -> f32
          %v3964 = llvm.getelementptr %slice_carry[%v3962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3963, %v3964 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
