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
      %v74 = arith.constant 2 : i64
      %v79 = arith.constant 3 : i64
      %v84 = arith.constant 4 : i64
      %v89 = arith.constant 5 : i64
      %v94 = arith.constant 6 : i64
      %v100 = arith.constant 7 : i64
      %v155 = arith.constant 256 : i64
      %v165 = arith.muli %v2, %size_H : i64
      %v166 = arith.muli %v165, %size_L : i64
      %v174 = arith.constant 65 : i64
      %v179 = arith.muli %v2, %size_B : i64
      %v180 = arith.muli %v179, %size_H : i64
      %v181 = arith.muli %v180, %size_P : i64
      %v182 = arith.muli %v181, %v1 : i64
      %v184 = arith.muli %v2, %v1 : i64
      %v185 = arith.muli %v184, %size_P : i64
      %v186 = arith.muli %v185, %size_H : i64
      %v197 = arith.muli %v2, %size_B : i64
      %v198 = arith.muli %v197, %size_H : i64
      %v199 = arith.muli %v198, %size_P : i64
      %v200 = arith.muli %v199, %v1 : i64
      %v253 = arith.constant 0x3FB8AA3B : f32
      %v258 = arith.constant 0x3F317218 : f32
      %v260 = arith.constant 0x3E124925 : f32
      %v262 = arith.constant 0xBE2AAAAB : f32
      %v265 = arith.constant 0x3E4CCCCD : f32
      %v268 = arith.constant 0xBE800000 : f32
      %v271 = arith.constant 0x3EAAAAAB : f32
      %v274 = arith.constant 0xBF000000 : f32
      %v280 = arith.constant 0x3D800000 : f32
      %v293 = arith.muli %v2, %size_P : i64
      %v294 = arith.muli %v293, %size_H : i64
      %v295 = arith.muli %v294, %size_L : i64
      %v315 = arith.constant 32 : i32
      %v323 = arith.muli %v2, %v1 : i64
      %v324 = arith.muli %v323, %size_L : i64
      %v683 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v698 = arith.constant 2147483647 : i64
      %v702 = arith.constant 7 : i32
      %v784 = arith.constant 1 : i32
      %v788 = arith.constant 2 : i32
      %v792 = arith.constant 4 : i32
      %v854 = arith.constant 8 : i32
      %v858 = arith.constant 16 : i32
      %v867 = arith.constant 33 : i64
      %v874 = arith.constant 6 : i32
      %v1045 = arith.constant 5 : i32
      %v1386 = arith.constant 3 : i32
      %v1887 = arith.constant 0 : i32
      %v2418 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v3834 = arith.muli %v2, %size_B : i64
      %v3835 = arith.muli %v3834, %slice_steps : i64
      %v3836 = arith.muli %v3835, %size_H : i64
      %v3910 = arith.muli %v2, %size_H : i64
      %v3911 = arith.muli %v3910, %slice_steps : i64
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
      %v104 = arith.trunci %v24 : i64 to i32
      %v105 = arith.constant 24 : i32
      %v106 = arith.andi %v104, %v105 : i32
      %v107 = arith.constant 0 : i32
      %v108 = arith.ori %v106, %v107 : i32
      %v109 = arith.constant 0 : i64
      %v110 = arith.cmpi eq, %v34, %v109 : i64
      %v111 = arith.constant 1 : i32
      %v112 = arith.ori %v106, %v111 : i32
      %v113 = arith.constant 1 : i64
      %v114 = arith.cmpi eq, %v34, %v113 : i64
      %v115 = arith.constant 2 : i32
      %v116 = arith.ori %v106, %v115 : i32
      %v117 = arith.constant 2 : i64
      %v118 = arith.cmpi eq, %v34, %v117 : i64
      %v119 = arith.constant 3 : i32
      %v120 = arith.ori %v106, %v119 : i32
      %v121 = arith.constant 3 : i64
      %v122 = arith.cmpi eq, %v34, %v121 : i64
      %v123 = arith.constant 4 : i32
      %v124 = arith.ori %v106, %v123 : i32
      %v125 = arith.constant 4 : i64
      %v126 = arith.cmpi eq, %v34, %v125 : i64
      %v127 = arith.constant 5 : i32
      %v128 = arith.ori %v106, %v127 : i32
      %v129 = arith.constant 5 : i64
      %v130 = arith.cmpi eq, %v34, %v129 : i64
      %v131 = arith.constant 6 : i32
      %v132 = arith.ori %v106, %v131 : i32
      %v133 = arith.constant 6 : i64
      %v134 = arith.cmpi eq, %v34, %v133 : i64
      %v135 = arith.constant 7 : i32
      %v136 = arith.ori %v106, %v135 : i32
      %v137 = arith.constant 7 : i64
      %v138 = arith.cmpi eq, %v34, %v137 : i64
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
          %v65 = arith.muli %v5, %v33 : i64
          %v66 = arith.muli %v12, %v65 : i64
          %v67 = arith.addi %v66, %v64 : i64
          %v68 = llvm.getelementptr %slice_carry[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          llvm.store %v69, %v50 : f32, !llvm.ptr
          %v70 = arith.muli %v2, %v65 : i64
          %v71 = arith.addi %v70, %v64 : i64
          %v72 = llvm.getelementptr %slice_carry[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 : !llvm.ptr -> f32
          llvm.store %v73, %v51 : f32, !llvm.ptr
          %v75 = arith.muli %v74, %v65 : i64
          %v76 = arith.addi %v75, %v64 : i64
          %v77 = llvm.getelementptr %slice_carry[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          llvm.store %v78, %v52 : f32, !llvm.ptr
          %v80 = arith.muli %v79, %v65 : i64
          %v81 = arith.addi %v80, %v64 : i64
          %v82 = llvm.getelementptr %slice_carry[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          llvm.store %v83, %v53 : f32, !llvm.ptr
          %v85 = arith.muli %v84, %v65 : i64
          %v86 = arith.addi %v85, %v64 : i64
          %v87 = llvm.getelementptr %slice_carry[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          llvm.store %v88, %v54 : f32, !llvm.ptr
          %v90 = arith.muli %v89, %v65 : i64
          %v91 = arith.addi %v90, %v64 : i64
          %v92 = llvm.getelementptr %slice_carry[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          llvm.store %v93, %v55 : f32, !llvm.ptr
          %v95 = arith.muli %v94, %v65 : i64
          %v96 = arith.addi %v95, %v64 : i64
          %v97 = llvm.getelementptr %slice_carry[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v98 = llvm.load %v97 : !llvm.ptr -> f32
          llvm.store %v98, %v56 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
      }
      %v99 = arith.cmpi eq, %size_L, %v12 : i64
      scf.if %v99 {
        llvm.store %v61, %v20 : f32, !llvm.ptr
        llvm.store %v61, %v21 : f32, !llvm.ptr
      }
      %v101 = arith.subi %v6, %v2 : i64
      %v102 = arith.addi %size_L, %v101 : i64
      %v103 = arith.divui %v102, %v6 : i64
      %v139 = arith.minsi %v11, %v103 : i64
      %v140 = arith.subi %v139, %v7 : i64
      %v141 = arith.maxsi %v140, %v12 : i64
      %v142 = arith.index_cast %v12 : i64 to index
      %v143 = arith.index_cast %v141 : i64 to index
      %v144 = arith.index_cast %v2 : i64 to index
      scf.for %v145 = %v142 to %v143 step %v144 {
        %v146 = arith.index_cast %v145 : index to i64
        %v147 = arith.subi %v139, %v2 : i64
        %v148 = arith.subi %v147, %v146 : i64
        %v149 = arith.muli %v148, %v6 : i64
        %v150 = arith.subi %size_L, %v149 : i64
        %v151 = arith.minsi %v150, %v6 : i64
        %v152 = arith.addi %v151, %v100 : i64
        %v153 = arith.divui %v152, %v33 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v154 = arith.subi %size_L, %v2 : i64
        %v156 = arith.index_cast %v24 : i64 to index
        %v157 = arith.index_cast %v6 : i64 to index
        %v158 = arith.index_cast %v155 : i64 to index
        scf.for %v159 = %v156 to %v157 step %v158 {
          %v160 = arith.index_cast %v159 : index to i64
          %v161 = arith.remui %v160, %v6 : i64
          %v162 = arith.divui %v160, %v6 : i64
          %v163 = arith.addi %v149, %v161 : i64
          %v164 = arith.minsi %v163, %v154 : i64
          %v167 = arith.muli %v48, %v166 : i64
          %v168 = arith.muli %v164, %v165 : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.muli %v46, %v2 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = llvm.getelementptr %in_dt[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v173 = llvm.load %v172 : !llvm.ptr -> f32
          %v175 = arith.muli %v162, %v174 : i64
          %v176 = arith.addi %v175, %v161 : i64
          %v177 = llvm.getelementptr %v60[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v173, %v177 : f32, !llvm.ptr
        }
        gpu.barrier
        %v178 = arith.subi %v151, %v2 : i64
        %v183 = arith.muli %v148, %v182 : i64
        %v187 = arith.muli %v48, %v186 : i64
        %v188 = arith.muli %v46, %v185 : i64
        %v189 = arith.addi %v187, %v188 : i64
        %v190 = arith.muli %v44, %v184 : i64
        %v191 = arith.addi %v189, %v190 : i64
        %v192 = arith.muli %v34, %v2 : i64
        %v193 = arith.addi %v191, %v192 : i64
        %v194 = arith.addi %v183, %v193 : i64
        %v195 = llvm.getelementptr %ckpt_S[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v196 = llvm.load %v195 : !llvm.ptr -> f32
        llvm.store %v196, %v18 : f32, !llvm.ptr
        %v201 = arith.muli %v148, %v200 : i64
        %v202 = arith.muli %v48, %v186 : i64
        %v203 = arith.muli %v46, %v185 : i64
        %v204 = arith.addi %v202, %v203 : i64
        %v205 = arith.muli %v44, %v184 : i64
        %v206 = arith.addi %v204, %v205 : i64
        %v207 = arith.constant 8 : i64
        %v208 = arith.addi %v207, %v34 : i64
        %v209 = arith.muli %v208, %v2 : i64
        %v210 = arith.addi %v206, %v209 : i64
        %v211 = arith.addi %v201, %v210 : i64
        %v212 = llvm.getelementptr %ckpt_S[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v213 = llvm.load %v212 : !llvm.ptr -> f32
        llvm.store %v213, %v19 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v214 = arith.index_cast %v12 : i64 to index
        %v215 = arith.index_cast %v153 : i64 to index
        %v216 = arith.index_cast %v2 : i64 to index
        scf.for %v217 = %v214 to %v215 step %v216 {
          %v218 = arith.index_cast %v217 : index to i64
          scf.if %v38 {
            %v219 = llvm.load %v18 : !llvm.ptr -> f32
            %v220 = arith.muli %v218, %v5 : i64
            %v221 = arith.subi %v5, %v2 : i64
            %v222 = arith.minsi %v40, %v221 : i64
            %v223 = arith.addi %v220, %v222 : i64
            %v224 = arith.muli %v223, %v1 : i64
            %v225 = arith.addi %v224, %v12 : i64
            %v226 = arith.addi %v225, %v34 : i64
            %v227 = llvm.getelementptr %scratch_S[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v219, %v227 : f32, !llvm.ptr
            %v228 = llvm.load %v19 : !llvm.ptr -> f32
            %v229 = arith.muli %v218, %v5 : i64
            %v230 = arith.subi %v5, %v2 : i64
            %v231 = arith.minsi %v40, %v230 : i64
            %v232 = arith.addi %v229, %v231 : i64
            %v233 = arith.muli %v232, %v1 : i64
            %v234 = arith.addi %v233, %v33 : i64
            %v235 = arith.addi %v234, %v34 : i64
            %v236 = llvm.getelementptr %scratch_S[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v228, %v236 : f32, !llvm.ptr
          }
          %v237 = arith.muli %v218, %v33 : i64
          %v238 = arith.addi %v237, %v34 : i64
          %v239 = arith.minsi %v238, %v178 : i64
          %v240 = arith.addi %v149, %v239 : i64
          %v241 = arith.muli %v12, %v174 : i64
          %v242 = arith.subi %v240, %v149 : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = llvm.getelementptr %v60[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v245 = llvm.load %v244 : !llvm.ptr -> f32
          %v246 = arith.muli %v46, %v2 : i64
          %v247 = llvm.getelementptr %in_dt_bias[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v248 = llvm.load %v247 : !llvm.ptr -> f32
          %v249 = arith.addf %v245, %v248 fastmath<contract> : f32
          %v250 = arith.maximumf %v249, %v61 : f32
          %v251 = llvm.call_intrinsic "llvm.fabs.f32"(%v249) : (f32) -> f32
          %v252 = arith.negf %v251 : f32
          %v254 = arith.mulf %v252, %v253 fastmath<contract> : f32
          %v255 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v254) : (f32) -> f32
          %v256 = arith.addf %v62, %v255 fastmath<contract> : f32
          %v257 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v256) : (f32) -> f32
          %v259 = arith.mulf %v257, %v258 fastmath<contract> : f32
          %v261 = arith.mulf %v260, %v255 fastmath<contract> : f32
          %v263 = arith.addf %v261, %v262 fastmath<contract> : f32
          %v264 = arith.mulf %v263, %v255 fastmath<contract> : f32
          %v266 = arith.addf %v264, %v265 fastmath<contract> : f32
          %v267 = arith.mulf %v266, %v255 fastmath<contract> : f32
          %v269 = arith.addf %v267, %v268 fastmath<contract> : f32
          %v270 = arith.mulf %v269, %v255 fastmath<contract> : f32
          %v272 = arith.addf %v270, %v271 fastmath<contract> : f32
          %v273 = arith.mulf %v272, %v255 fastmath<contract> : f32
          %v275 = arith.addf %v273, %v274 fastmath<contract> : f32
          %v276 = arith.mulf %v275, %v255 fastmath<contract> : f32
          %v277 = arith.addf %v276, %v62 fastmath<contract> : f32
          %v278 = arith.mulf %v277, %v255 fastmath<contract> : f32
          %v279 = llvm.call_intrinsic "llvm.fabs.f32"(%v255) : (f32) -> f32
          %v281 = arith.cmpf olt, %v279, %v280 : f32
          %v282 = arith.select %v281, %v278, %v259 : f32
          %v283 = arith.addf %v250, %v282 fastmath<contract> : f32
          %v284 = arith.negf %v283 : f32
          %v285 = arith.muli %v46, %v2 : i64
          %v286 = llvm.getelementptr %in_A_log[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v287 = llvm.load %v286 : !llvm.ptr -> f32
          %v288 = arith.mulf %v287, %v253 fastmath<contract> : f32
          %v289 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v288) : (f32) -> f32
          %v290 = arith.mulf %v284, %v289 fastmath<contract> : f32
          %v291 = arith.mulf %v290, %v253 fastmath<contract> : f32
          %v292 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v291) : (f32) -> f32
          %v296 = arith.muli %v48, %v295 : i64
          %v297 = arith.muli %v240, %v294 : i64
          %v298 = arith.addi %v296, %v297 : i64
          %v299 = arith.muli %v46, %v293 : i64
          %v300 = arith.addi %v298, %v299 : i64
          %v301 = arith.muli %v44, %v2 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = llvm.getelementptr %in_x[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = arith.mulf %v283, %v304 fastmath<contract> : f32
          %v306 = arith.subi %v151, %v237 : i64
          %v307 = arith.trunci %v306 : i64 to i32
          %v308 = arith.index_cast %v12 : i64 to index
          %v309 = arith.index_cast %v33 : i64 to index
          %v310 = arith.index_cast %v2 : i64 to index
          scf.for %v311 = %v308 to %v309 step %v310 {
            %v312 = arith.index_cast %v311 : index to i64
            %v313 = arith.trunci %v312 : i64 to i32
            %v314 = arith.ori %v108, %v313 : i32
            %v316, %v317 = gpu.shuffle idx %v292, %v314, %v315 : f32
            %v318, %v319 = gpu.shuffle idx %v305, %v314, %v315 : f32
            %v320 = arith.addi %v237, %v312 : i64
            %v321 = arith.cmpi slt, %v313, %v307 : i32
            scf.if %v321 {
              %v322 = arith.addi %v149, %v320 : i64
              %v325 = arith.muli %v48, %v324 : i64
              %v326 = arith.muli %v322, %v323 : i64
              %v327 = arith.addi %v325, %v326 : i64
              %v328 = arith.muli %v34, %v2 : i64
              %v329 = arith.addi %v327, %v328 : i64
              %v330 = llvm.getelementptr %in_Bm[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v331 = llvm.load %v330 : !llvm.ptr -> f32
              %v332 = arith.mulf %v318, %v331 fastmath<contract> : f32
              %v333 = llvm.load %v18 : !llvm.ptr -> f32
              %v334 = arith.mulf %v316, %v333 fastmath<contract> : f32
              %v335 = arith.addf %v334, %v332 fastmath<contract> : f32
              llvm.store %v335, %v18 : f32, !llvm.ptr
              %v336 = arith.muli %v48, %v324 : i64
              %v337 = arith.muli %v322, %v323 : i64
              %v338 = arith.addi %v336, %v337 : i64
              %v339 = arith.constant 8 : i64
              %v340 = arith.addi %v339, %v34 : i64
              %v341 = arith.muli %v340, %v2 : i64
              %v342 = arith.addi %v338, %v341 : i64
              %v343 = llvm.getelementptr %in_Bm[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v344 = llvm.load %v343 : !llvm.ptr -> f32
              %v345 = arith.mulf %v318, %v344 fastmath<contract> : f32
              %v346 = llvm.load %v19 : !llvm.ptr -> f32
              %v347 = arith.mulf %v316, %v346 fastmath<contract> : f32
              %v348 = arith.addf %v347, %v345 fastmath<contract> : f32
              llvm.store %v348, %v19 : f32, !llvm.ptr
            }
          }
        }
        %v349 = arith.addi %v153, %v79 : i64
        %v350 = arith.divui %v349, %v84 : i64
        %v351 = arith.index_cast %v12 : i64 to index
        %v352 = arith.index_cast %v350 : i64 to index
        %v353 = arith.index_cast %v2 : i64 to index
        scf.for %v354 = %v351 to %v352 step %v353 {
          %v355 = arith.index_cast %v354 : index to i64
          %v356 = arith.muli %v355, %v84 : i64
          %v357 = arith.addi %v356, %v84 : i64
          %v358 = arith.index_cast %v356 : i64 to index
          %v359 = arith.index_cast %v357 : i64 to index
          %v360 = arith.index_cast %v2 : i64 to index
          scf.for %v361 = %v358 to %v359 step %v360 {
            %v362 = arith.index_cast %v361 : index to i64
            %v363 = arith.cmpi slt, %v362, %v153 : i64
            scf.if %v363 {
              %v364 = arith.subi %v153, %v2 : i64
              %v365 = arith.subi %v364, %v362 : i64
              %v366 = arith.muli %v365, %v33 : i64
              %v367 = arith.remui %v362, %v84 : i64
              %v368 = arith.muli %v367, %v33 : i64
              %v369 = arith.addi %v366, %v33 : i64
              %v370 = arith.cmpi sle, %v369, %v151 : i64
              scf.if %v370 {
                %v371 = arith.subi %v151, %v2 : i64
                %v372 = arith.muli %v365, %v5 : i64
                %v373 = arith.subi %v5, %v2 : i64
                %v374 = arith.minsi %v40, %v373 : i64
                %v375 = arith.addi %v372, %v374 : i64
                %v376 = arith.muli %v375, %v1 : i64
                %v377 = arith.addi %v376, %v12 : i64
                %v378 = arith.addi %v377, %v34 : i64
                %v379 = llvm.getelementptr %scratch_S[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v380 = llvm.load %v379 : !llvm.ptr -> f32
                %v381 = arith.muli %v365, %v5 : i64
                %v382 = arith.subi %v5, %v2 : i64
                %v383 = arith.minsi %v40, %v382 : i64
                %v384 = arith.addi %v381, %v383 : i64
                %v385 = arith.muli %v384, %v1 : i64
                %v386 = arith.addi %v385, %v33 : i64
                %v387 = arith.addi %v386, %v34 : i64
                %v388 = llvm.getelementptr %scratch_S[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v389 = llvm.load %v388 : !llvm.ptr -> f32
                %v390 = arith.addi %v366, %v34 : i64
                %v391 = arith.minsi %v390, %v371 : i64
                %v392 = arith.addi %v149, %v391 : i64
                %v393 = arith.muli %v12, %v174 : i64
                %v394 = arith.subi %v392, %v149 : i64
                %v395 = arith.addi %v393, %v394 : i64
                %v396 = llvm.getelementptr %v60[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v397 = llvm.load %v396 : !llvm.ptr -> f32
                %v398 = arith.muli %v46, %v2 : i64
                %v399 = llvm.getelementptr %in_dt_bias[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = arith.addf %v397, %v400 fastmath<contract> : f32
                %v402 = arith.maximumf %v401, %v61 : f32
                %v403 = llvm.call_intrinsic "llvm.fabs.f32"(%v401) : (f32) -> f32
                %v404 = arith.negf %v403 : f32
                %v405 = arith.mulf %v404, %v253 fastmath<contract> : f32
                %v406 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v405) : (f32) -> f32
                %v407 = arith.addf %v62, %v406 fastmath<contract> : f32
                %v408 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v407) : (f32) -> f32
                %v409 = arith.mulf %v408, %v258 fastmath<contract> : f32
                %v410 = arith.mulf %v260, %v406 fastmath<contract> : f32
                %v411 = arith.addf %v410, %v262 fastmath<contract> : f32
                %v412 = arith.mulf %v411, %v406 fastmath<contract> : f32
                %v413 = arith.addf %v412, %v265 fastmath<contract> : f32
                %v414 = arith.mulf %v413, %v406 fastmath<contract> : f32
                %v415 = arith.addf %v414, %v268 fastmath<contract> : f32
                %v416 = arith.mulf %v415, %v406 fastmath<contract> : f32
                %v417 = arith.addf %v416, %v271 fastmath<contract> : f32
                %v418 = arith.mulf %v417, %v406 fastmath<contract> : f32
                %v419 = arith.addf %v418, %v274 fastmath<contract> : f32
                %v420 = arith.mulf %v419, %v406 fastmath<contract> : f32
                %v421 = arith.addf %v420, %v62 fastmath<contract> : f32
                %v422 = arith.mulf %v421, %v406 fastmath<contract> : f32
                %v423 = llvm.call_intrinsic "llvm.fabs.f32"(%v406) : (f32) -> f32
                %v424 = arith.cmpf olt, %v423, %v280 : f32
                %v425 = arith.select %v424, %v422, %v409 : f32
                %v426 = arith.addf %v402, %v425 fastmath<contract> : f32
                %v427 = arith.negf %v426 : f32
                %v428 = arith.muli %v46, %v2 : i64
                %v429 = llvm.getelementptr %in_A_log[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v430 = llvm.load %v429 : !llvm.ptr -> f32
                %v431 = arith.mulf %v430, %v253 fastmath<contract> : f32
                %v432 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v431) : (f32) -> f32
                %v433 = arith.mulf %v427, %v432 fastmath<contract> : f32
                %v434 = arith.mulf %v433, %v253 fastmath<contract> : f32
                %v435 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v434) : (f32) -> f32
                %v436 = arith.muli %v48, %v295 : i64
                %v437 = arith.muli %v392, %v294 : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.muli %v46, %v293 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = arith.muli %v44, %v2 : i64
                %v442 = arith.addi %v440, %v441 : i64
                %v443 = llvm.getelementptr %in_x[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.mulf %v426, %v444 fastmath<contract> : f32
                %v446 = arith.negf %v401 : f32
                %v447 = arith.mulf %v446, %v253 fastmath<contract> : f32
                %v448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v447) : (f32) -> f32
                %v449 = arith.addf %v62, %v448 fastmath<contract> : f32
                %v450 = arith.divf %v62, %v449 : f32
                // the group's states, recomputed into registers
                %v451 = arith.addi %v366, %v12 : i64
                %v452 = arith.minsi %v451, %v371 : i64
                %v453 = arith.addi %v149, %v452 : i64
                %v454, %v455 = gpu.shuffle idx %v435, %v108, %v315 : f32
                %v456, %v457 = gpu.shuffle idx %v445, %v108, %v315 : f32
                %v458 = arith.muli %v48, %v324 : i64
                %v459 = arith.muli %v453, %v323 : i64
                %v460 = arith.addi %v458, %v459 : i64
                %v461 = arith.muli %v34, %v2 : i64
                %v462 = arith.addi %v460, %v461 : i64
                %v463 = llvm.getelementptr %in_Bm[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v464 = llvm.load %v463 : !llvm.ptr -> f32
                %v465 = arith.mulf %v456, %v464 fastmath<contract> : f32
                %v466 = arith.mulf %v454, %v380 fastmath<contract> : f32
                %v467 = arith.addf %v466, %v465 fastmath<contract> : f32
                %v468 = arith.muli %v48, %v324 : i64
                %v469 = arith.muli %v453, %v323 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.constant 8 : i64
                %v472 = arith.addi %v471, %v34 : i64
                %v473 = arith.muli %v472, %v2 : i64
                %v474 = arith.addi %v470, %v473 : i64
                %v475 = llvm.getelementptr %in_Bm[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v476 = llvm.load %v475 : !llvm.ptr -> f32
                %v477 = arith.mulf %v456, %v476 fastmath<contract> : f32
                %v478 = arith.mulf %v454, %v389 fastmath<contract> : f32
                %v479 = arith.addf %v478, %v477 fastmath<contract> : f32
                %v480 = arith.addi %v366, %v2 : i64
                %v481 = arith.minsi %v480, %v371 : i64
                %v482 = arith.addi %v149, %v481 : i64
                %v483, %v484 = gpu.shuffle idx %v435, %v112, %v315 : f32
                %v485, %v486 = gpu.shuffle idx %v445, %v112, %v315 : f32
                %v487 = arith.muli %v48, %v324 : i64
                %v488 = arith.muli %v482, %v323 : i64
                %v489 = arith.addi %v487, %v488 : i64
                %v490 = arith.muli %v34, %v2 : i64
                %v491 = arith.addi %v489, %v490 : i64
                %v492 = llvm.getelementptr %in_Bm[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v493 = llvm.load %v492 : !llvm.ptr -> f32
                %v494 = arith.mulf %v485, %v493 fastmath<contract> : f32
                %v495 = arith.mulf %v483, %v467 fastmath<contract> : f32
                %v496 = arith.addf %v495, %v494 fastmath<contract> : f32
                %v497 = arith.muli %v48, %v324 : i64
                %v498 = arith.muli %v482, %v323 : i64
                %v499 = arith.addi %v497, %v498 : i64
                %v500 = arith.constant 8 : i64
                %v501 = arith.addi %v500, %v34 : i64
                %v502 = arith.muli %v501, %v2 : i64
                %v503 = arith.addi %v499, %v502 : i64
                %v504 = llvm.getelementptr %in_Bm[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = arith.mulf %v485, %v505 fastmath<contract> : f32
                %v507 = arith.mulf %v483, %v479 fastmath<contract> : f32
                %v508 = arith.addf %v507, %v506 fastmath<contract> : f32
                %v509 = arith.addi %v366, %v74 : i64
                %v510 = arith.minsi %v509, %v371 : i64
                %v511 = arith.addi %v149, %v510 : i64
                %v512, %v513 = gpu.shuffle idx %v435, %v116, %v315 : f32
                %v514, %v515 = gpu.shuffle idx %v445, %v116, %v315 : f32
                %v516 = arith.muli %v48, %v324 : i64
                %v517 = arith.muli %v511, %v323 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = arith.muli %v34, %v2 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = llvm.getelementptr %in_Bm[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v522 = llvm.load %v521 : !llvm.ptr -> f32
                %v523 = arith.mulf %v514, %v522 fastmath<contract> : f32
                %v524 = arith.mulf %v512, %v496 fastmath<contract> : f32
                %v525 = arith.addf %v524, %v523 fastmath<contract> : f32
                %v526 = arith.muli %v48, %v324 : i64
                %v527 = arith.muli %v511, %v323 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = arith.constant 8 : i64
                %v530 = arith.addi %v529, %v34 : i64
                %v531 = arith.muli %v530, %v2 : i64
                %v532 = arith.addi %v528, %v531 : i64
                %v533 = llvm.getelementptr %in_Bm[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v534 = llvm.load %v533 : !llvm.ptr -> f32
                %v535 = arith.mulf %v514, %v534 fastmath<contract> : f32
                %v536 = arith.mulf %v512, %v508 fastmath<contract> : f32
                %v537 = arith.addf %v536, %v535 fastmath<contract> : f32
                %v538 = arith.addi %v366, %v79 : i64
                %v539 = arith.minsi %v538, %v371 : i64
                %v540 = arith.addi %v149, %v539 : i64
                %v541, %v542 = gpu.shuffle idx %v435, %v120, %v315 : f32
                %v543, %v544 = gpu.shuffle idx %v445, %v120, %v315 : f32
                %v545 = arith.muli %v48, %v324 : i64
                %v546 = arith.muli %v540, %v323 : i64
                %v547 = arith.addi %v545, %v546 : i64
                %v548 = arith.muli %v34, %v2 : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = llvm.getelementptr %in_Bm[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.mulf %v543, %v551 fastmath<contract> : f32
                %v553 = arith.mulf %v541, %v525 fastmath<contract> : f32
                %v554 = arith.addf %v553, %v552 fastmath<contract> : f32
                %v555 = arith.muli %v48, %v324 : i64
                %v556 = arith.muli %v540, %v323 : i64
                %v557 = arith.addi %v555, %v556 : i64
                %v558 = arith.constant 8 : i64
                %v559 = arith.addi %v558, %v34 : i64
                %v560 = arith.muli %v559, %v2 : i64
                %v561 = arith.addi %v557, %v560 : i64
                %v562 = llvm.getelementptr %in_Bm[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v563 = llvm.load %v562 : !llvm.ptr -> f32
                %v564 = arith.mulf %v543, %v563 fastmath<contract> : f32
                %v565 = arith.mulf %v541, %v537 fastmath<contract> : f32
                %v566 = arith.addf %v565, %v564 fastmath<contract> : f32
                %v567 = arith.addi %v366, %v84 : i64
                %v568 = arith.minsi %v567, %v371 : i64
                %v569 = arith.addi %v149, %v568 : i64
                %v570, %v571 = gpu.shuffle idx %v435, %v124, %v315 : f32
                %v572, %v573 = gpu.shuffle idx %v445, %v124, %v315 : f32
                %v574 = arith.muli %v48, %v324 : i64
                %v575 = arith.muli %v569, %v323 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = arith.muli %v34, %v2 : i64
                %v578 = arith.addi %v576, %v577 : i64
                %v579 = llvm.getelementptr %in_Bm[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v580 = llvm.load %v579 : !llvm.ptr -> f32
                %v581 = arith.mulf %v572, %v580 fastmath<contract> : f32
                %v582 = arith.mulf %v570, %v554 fastmath<contract> : f32
                %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
                %v584 = arith.muli %v48, %v324 : i64
                %v585 = arith.muli %v569, %v323 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = arith.constant 8 : i64
                %v588 = arith.addi %v587, %v34 : i64
                %v589 = arith.muli %v588, %v2 : i64
                %v590 = arith.addi %v586, %v589 : i64
                %v591 = llvm.getelementptr %in_Bm[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v592 = llvm.load %v591 : !llvm.ptr -> f32
                %v593 = arith.mulf %v572, %v592 fastmath<contract> : f32
                %v594 = arith.mulf %v570, %v566 fastmath<contract> : f32
                %v595 = arith.addf %v594, %v593 fastmath<contract> : f32
                %v596 = arith.addi %v366, %v89 : i64
                %v597 = arith.minsi %v596, %v371 : i64
                %v598 = arith.addi %v149, %v597 : i64
                %v599, %v600 = gpu.shuffle idx %v435, %v128, %v315 : f32
                %v601, %v602 = gpu.shuffle idx %v445, %v128, %v315 : f32
                %v603 = arith.muli %v48, %v324 : i64
                %v604 = arith.muli %v598, %v323 : i64
                %v605 = arith.addi %v603, %v604 : i64
                %v606 = arith.muli %v34, %v2 : i64
                %v607 = arith.addi %v605, %v606 : i64
                %v608 = llvm.getelementptr %in_Bm[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v609 = llvm.load %v608 : !llvm.ptr -> f32
                %v610 = arith.mulf %v601, %v609 fastmath<contract> : f32
                %v611 = arith.mulf %v599, %v583 fastmath<contract> : f32
                %v612 = arith.addf %v611, %v610 fastmath<contract> : f32
                %v613 = arith.muli %v48, %v324 : i64
                %v614 = arith.muli %v598, %v323 : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = arith.constant 8 : i64
                %v617 = arith.addi %v616, %v34 : i64
                %v618 = arith.muli %v617, %v2 : i64
                %v619 = arith.addi %v615, %v618 : i64
                %v620 = llvm.getelementptr %in_Bm[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v621 = llvm.load %v620 : !llvm.ptr -> f32
                %v622 = arith.mulf %v601, %v621 fastmath<contract> : f32
                %v623 = arith.mulf %v599, %v595 fastmath<contract> : f32
                %v624 = arith.addf %v623, %v622 fastmath<contract> : f32
                %v625 = arith.addi %v366, %v94 : i64
                %v626 = arith.minsi %v625, %v371 : i64
                %v627 = arith.addi %v149, %v626 : i64
                %v628, %v629 = gpu.shuffle idx %v435, %v132, %v315 : f32
                %v630, %v631 = gpu.shuffle idx %v445, %v132, %v315 : f32
                %v632 = arith.muli %v48, %v324 : i64
                %v633 = arith.muli %v627, %v323 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = arith.muli %v34, %v2 : i64
                %v636 = arith.addi %v634, %v635 : i64
                %v637 = llvm.getelementptr %in_Bm[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = arith.mulf %v630, %v638 fastmath<contract> : f32
                %v640 = arith.mulf %v628, %v612 fastmath<contract> : f32
                %v641 = arith.addf %v640, %v639 fastmath<contract> : f32
                %v642 = arith.muli %v48, %v324 : i64
                %v643 = arith.muli %v627, %v323 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = arith.constant 8 : i64
                %v646 = arith.addi %v645, %v34 : i64
                %v647 = arith.muli %v646, %v2 : i64
                %v648 = arith.addi %v644, %v647 : i64
                %v649 = llvm.getelementptr %in_Bm[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v650 = llvm.load %v649 : !llvm.ptr -> f32
                %v651 = arith.mulf %v630, %v650 fastmath<contract> : f32
                %v652 = arith.mulf %v628, %v624 fastmath<contract> : f32
                %v653 = arith.addf %v652, %v651 fastmath<contract> : f32
                %v654 = arith.addi %v366, %v100 : i64
                %v655 = arith.minsi %v654, %v371 : i64
                %v656 = arith.addi %v149, %v655 : i64
                %v657, %v658 = gpu.shuffle idx %v435, %v136, %v315 : f32
                %v659, %v660 = gpu.shuffle idx %v445, %v136, %v315 : f32
                %v661 = arith.muli %v48, %v324 : i64
                %v662 = arith.muli %v656, %v323 : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = arith.muli %v34, %v2 : i64
                %v665 = arith.addi %v663, %v664 : i64
                %v666 = llvm.getelementptr %in_Bm[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v667 = llvm.load %v666 : !llvm.ptr -> f32
                %v668 = arith.mulf %v659, %v667 fastmath<contract> : f32
                %v669 = arith.mulf %v657, %v641 fastmath<contract> : f32
                %v670 = arith.addf %v669, %v668 fastmath<contract> : f32
                %v671 = arith.muli %v48, %v324 : i64
                %v672 = arith.muli %v656, %v323 : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = arith.constant 8 : i64
                %v675 = arith.addi %v674, %v34 : i64
                %v676 = arith.muli %v675, %v2 : i64
                %v677 = arith.addi %v673, %v676 : i64
                %v678 = llvm.getelementptr %in_Bm[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v679 = llvm.load %v678 : !llvm.ptr -> f32
                %v680 = arith.mulf %v659, %v679 fastmath<contract> : f32
                %v681 = arith.mulf %v657, %v653 fastmath<contract> : f32
                %v682 = arith.addf %v681, %v680 fastmath<contract> : f32
                %v684 = arith.shrui %v34, %v12 : i64
                %v685 = arith.andi %v684, %v2 : i64
                %v686 = arith.cmpi ne, %v685, %v12 : i64
                %v687 = arith.shrui %v34, %v2 : i64
                %v688 = arith.andi %v687, %v2 : i64
                %v689 = arith.cmpi ne, %v688, %v12 : i64
                %v690 = arith.shrui %v34, %v74 : i64
                %v691 = arith.andi %v690, %v2 : i64
                %v692 = arith.cmpi ne, %v691, %v12 : i64
                %v693 = arith.subi %v151, %v366 : i64
                %v694 = arith.trunci %v693 : i64 to i32
                %v695 = arith.subi %size_L, %v2 : i64
                %v696 = arith.addi %v149, %v366 : i64
                %v697 = arith.subi %v695, %v696 : i64
                %v699 = arith.minsi %v697, %v698 : i64
                %v700 = arith.trunci %v699 : i64 to i32
                %v701 = arith.addi %v366, %v100 : i64
                %v703 = arith.cmpi slt, %v702, %v694 : i32
                %v704 = arith.cmpi eq, %v702, %v700 : i32
                %v705, %v706 = gpu.shuffle idx %v426, %v136, %v315 : f32
                %v707, %v708 = gpu.shuffle idx %v427, %v136, %v315 : f32
                %v709, %v710 = gpu.shuffle idx %v432, %v136, %v315 : f32
                %v711, %v712 = gpu.shuffle idx %v435, %v136, %v315 : f32
                %v713, %v714 = gpu.shuffle idx %v445, %v136, %v315 : f32
                %v715, %v716 = gpu.shuffle idx %v450, %v136, %v315 : f32
                %v717 = arith.addi %v368, %v12 : i64
                llvm.store %v61, %v683 : f32, !llvm.ptr
                %v718 = arith.addi %v149, %v701 : i64
                %v719 = arith.muli %v48, %v324 : i64
                %v720 = arith.muli %v718, %v323 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.muli %v34, %v2 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = llvm.getelementptr %in_Cm[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v726 = arith.muli %v48, %v295 : i64
                %v727 = arith.muli %v718, %v294 : i64
                %v728 = arith.addi %v726, %v727 : i64
                %v729 = arith.muli %v46, %v293 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = arith.muli %v44, %v2 : i64
                %v732 = arith.addi %v730, %v731 : i64
                %v733 = llvm.getelementptr %dy_y[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v734 = llvm.load %v733 : !llvm.ptr -> f32
                %v735 = arith.mulf %v725, %v734 fastmath<contract> : f32
                %v736 = llvm.load %v50 : !llvm.ptr -> f32
                %v737 = llvm.load %v52 : !llvm.ptr -> f32
                %v738 = arith.mulf %v737, %v736 fastmath<contract> : f32
                %v739 = arith.addf %v735, %v738 fastmath<contract> : f32
                llvm.store %v739, %v50 : f32, !llvm.ptr
                %v740 = arith.muli %v48, %v324 : i64
                %v741 = arith.muli %v718, %v323 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = arith.constant 8 : i64
                %v744 = arith.addi %v743, %v34 : i64
                %v745 = arith.muli %v744, %v2 : i64
                %v746 = arith.addi %v742, %v745 : i64
                %v747 = llvm.getelementptr %in_Cm[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = arith.mulf %v748, %v734 fastmath<contract> : f32
                %v750 = llvm.load %v51 : !llvm.ptr -> f32
                %v751 = llvm.load %v53 : !llvm.ptr -> f32
                %v752 = arith.mulf %v751, %v750 fastmath<contract> : f32
                %v753 = arith.addf %v749, %v752 fastmath<contract> : f32
                llvm.store %v753, %v51 : f32, !llvm.ptr
                %v754 = arith.muli %v48, %v295 : i64
                %v755 = arith.muli %v718, %v294 : i64
                %v756 = arith.addi %v754, %v755 : i64
                %v757 = arith.muli %v46, %v293 : i64
                %v758 = arith.addi %v756, %v757 : i64
                %v759 = arith.muli %v44, %v2 : i64
                %v760 = arith.addi %v758, %v759 : i64
                %v761 = llvm.getelementptr %in_x[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v762 = llvm.load %v761 : !llvm.ptr -> f32
                %v763 = arith.muli %v48, %v324 : i64
                %v764 = arith.muli %v718, %v323 : i64
                %v765 = arith.addi %v763, %v764 : i64
                %v766 = arith.muli %v34, %v2 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = llvm.getelementptr %in_Bm[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v769 = llvm.load %v768 : !llvm.ptr -> f32
                %v770 = llvm.load %v50 : !llvm.ptr -> f32
                %v771 = arith.mulf %v769, %v770 fastmath<contract> : f32
                %v772 = arith.muli %v48, %v324 : i64
                %v773 = arith.muli %v718, %v323 : i64
                %v774 = arith.addi %v772, %v773 : i64
                %v775 = arith.constant 8 : i64
                %v776 = arith.addi %v775, %v34 : i64
                %v777 = arith.muli %v776, %v2 : i64
                %v778 = arith.addi %v774, %v777 : i64
                %v779 = llvm.getelementptr %in_Bm[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v780 = llvm.load %v779 : !llvm.ptr -> f32
                %v781 = llvm.load %v51 : !llvm.ptr -> f32
                %v782 = arith.mulf %v780, %v781 fastmath<contract> : f32
                %v783 = arith.addf %v771, %v782 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v785, %v786 = gpu.shuffle xor %v783, %v784, %v315 : f32
                %v787 = arith.addf %v783, %v785 fastmath<contract> : f32
                %v789, %v790 = gpu.shuffle xor %v787, %v788, %v315 : f32
                %v791 = arith.addf %v787, %v789 fastmath<contract> : f32
                %v793, %v794 = gpu.shuffle xor %v791, %v792, %v315 : f32
                %v795 = arith.addf %v791, %v793 fastmath<contract> : f32
                // end sum over the lanes
                %v796 = arith.mulf %v762, %v795 fastmath<contract> : f32
                %v797 = arith.mulf %v641, %v770 fastmath<contract> : f32
                %v798 = arith.mulf %v653, %v781 fastmath<contract> : f32
                %v799 = arith.addf %v797, %v798 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v800, %v801 = gpu.shuffle xor %v799, %v784, %v315 : f32
                %v802 = arith.addf %v799, %v800 fastmath<contract> : f32
                %v803, %v804 = gpu.shuffle xor %v802, %v788, %v315 : f32
                %v805 = arith.addf %v802, %v803 fastmath<contract> : f32
                %v806, %v807 = gpu.shuffle xor %v805, %v792, %v315 : f32
                %v808 = arith.addf %v805, %v806 fastmath<contract> : f32
                // end sum over the lanes
                %v809 = arith.mulf %v709, %v808 fastmath<contract> : f32
                %v810 = arith.mulf %v711, %v809 fastmath<contract> : f32
                %v811 = arith.negf %v810 : f32
                %v812 = arith.addf %v796, %v811 fastmath<contract> : f32
                %v813 = arith.mulf %v812, %v715 fastmath<contract> : f32
                %v814 = arith.mulf %v711, %v808 fastmath<contract> : f32
                %v815 = arith.mulf %v707, %v814 fastmath<contract> : f32
                %v816 = arith.mulf %v709, %v815 fastmath<contract> : f32
                %v817 = llvm.load %v54 : !llvm.ptr -> f32
                %v818 = arith.addf %v817, %v816 fastmath<contract> : f32
                llvm.store %v818, %v54 : f32, !llvm.ptr
                %v819 = arith.mulf %v713, %v770 fastmath<contract> : f32
                scf.if %v38 {
                  %v820 = arith.addi %v12, %v34 : i64
                  %v821 = arith.muli %v40, %v1 : i64
                  %v822 = arith.addi %v821, %v820 : i64
                  %v823 = arith.subi %v718, %slice_first : i64
                  %v824 = arith.muli %v822, %slice_steps : i64
                  %v825 = arith.addi %v824, %v823 : i64
                  %v826 = llvm.getelementptr %part_Bm[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v819, %v826 : f32, !llvm.ptr
                }
                %v827 = arith.mulf %v713, %v781 fastmath<contract> : f32
                scf.if %v38 {
                  %v828 = arith.addi %v33, %v34 : i64
                  %v829 = arith.muli %v40, %v1 : i64
                  %v830 = arith.addi %v829, %v828 : i64
                  %v831 = arith.subi %v718, %slice_first : i64
                  %v832 = arith.muli %v830, %slice_steps : i64
                  %v833 = arith.addi %v832, %v831 : i64
                  %v834 = llvm.getelementptr %part_Bm[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v827, %v834 : f32, !llvm.ptr
                }
                %v835 = arith.mulf %v670, %v734 fastmath<contract> : f32
                scf.if %v38 {
                  %v836 = arith.addi %v12, %v34 : i64
                  %v837 = arith.muli %v40, %v1 : i64
                  %v838 = arith.addi %v837, %v836 : i64
                  %v839 = arith.subi %v718, %slice_first : i64
                  %v840 = arith.muli %v838, %slice_steps : i64
                  %v841 = arith.addi %v840, %v839 : i64
                  %v842 = llvm.getelementptr %part_Cm[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v835, %v842 : f32, !llvm.ptr
                }
                %v843 = arith.mulf %v682, %v734 fastmath<contract> : f32
                scf.if %v38 {
                  %v844 = arith.addi %v33, %v34 : i64
                  %v845 = arith.muli %v40, %v1 : i64
                  %v846 = arith.addi %v845, %v844 : i64
                  %v847 = arith.subi %v718, %slice_first : i64
                  %v848 = arith.muli %v846, %slice_steps : i64
                  %v849 = arith.addi %v848, %v847 : i64
                  %v850 = llvm.getelementptr %part_Cm[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v843, %v850 : f32, !llvm.ptr
                }
                %v851 = llvm.load %v56 : !llvm.ptr -> f32
                %v852 = arith.addf %v851, %v813 fastmath<contract> : f32
                llvm.store %v852, %v56 : f32, !llvm.ptr
                %v853 = arith.select %v38, %v813, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v855, %v856 = gpu.shuffle xor %v853, %v854, %v315 : f32
                %v857 = arith.addf %v853, %v855 fastmath<contract> : f32
                %v859, %v860 = gpu.shuffle xor %v857, %v858, %v315 : f32
                %v861 = arith.addf %v857, %v859 fastmath<contract> : f32
                %v862 = arith.divui %v24, %v26 : i64
                %v863 = arith.remui %v24, %v26 : i64
                %v864 = arith.cmpi ult, %v863, %v2 : i64
                %v865 = arith.muli %v862, %v2 : i64
                %v866 = arith.addi %v865, %v12 : i64
                %v868 = arith.muli %v866, %v867 : i64
                %v869 = arith.addi %v868, %v717 : i64
                scf.if %v864 {
                  %v870 = llvm.getelementptr %v58[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v861, %v870 : f32, !llvm.ptr
                }
                %v871 = arith.addf %v771, %v782 fastmath<contract> : f32
                llvm.store %v871, %v683 : f32, !llvm.ptr
                llvm.store %v711, %v52 : f32, !llvm.ptr
                llvm.store %v711, %v53 : f32, !llvm.ptr
                %v872 = llvm.load %v683 : !llvm.ptr -> f32
                %v873 = arith.addi %v366, %v94 : i64
                %v875 = arith.cmpi slt, %v874, %v694 : i32
                %v876 = arith.cmpi eq, %v874, %v700 : i32
                %v877, %v878 = gpu.shuffle idx %v426, %v132, %v315 : f32
                %v879, %v880 = gpu.shuffle idx %v427, %v132, %v315 : f32
                %v881, %v882 = gpu.shuffle idx %v432, %v132, %v315 : f32
                %v883, %v884 = gpu.shuffle idx %v435, %v132, %v315 : f32
                %v885, %v886 = gpu.shuffle idx %v445, %v132, %v315 : f32
                %v887, %v888 = gpu.shuffle idx %v450, %v132, %v315 : f32
                %v889 = arith.addi %v368, %v2 : i64
                llvm.store %v61, %v683 : f32, !llvm.ptr
                %v890 = arith.addi %v149, %v873 : i64
                %v891 = arith.muli %v48, %v324 : i64
                %v892 = arith.muli %v890, %v323 : i64
                %v893 = arith.addi %v891, %v892 : i64
                %v894 = arith.muli %v34, %v2 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = llvm.getelementptr %in_Cm[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v897 = llvm.load %v896 : !llvm.ptr -> f32
                %v898 = arith.muli %v48, %v295 : i64
                %v899 = arith.muli %v890, %v294 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = arith.muli %v46, %v293 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = arith.muli %v44, %v2 : i64
                %v904 = arith.addi %v902, %v903 : i64
                %v905 = llvm.getelementptr %dy_y[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v906 = llvm.load %v905 : !llvm.ptr -> f32
                %v907 = arith.mulf %v897, %v906 fastmath<contract> : f32
                %v908 = llvm.load %v50 : !llvm.ptr -> f32
                %v909 = llvm.load %v52 : !llvm.ptr -> f32
                %v910 = arith.mulf %v909, %v908 fastmath<contract> : f32
                %v911 = arith.addf %v907, %v910 fastmath<contract> : f32
                llvm.store %v911, %v50 : f32, !llvm.ptr
                %v912 = arith.muli %v48, %v324 : i64
                %v913 = arith.muli %v890, %v323 : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = arith.constant 8 : i64
                %v916 = arith.addi %v915, %v34 : i64
                %v917 = arith.muli %v916, %v2 : i64
                %v918 = arith.addi %v914, %v917 : i64
                %v919 = llvm.getelementptr %in_Cm[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v920 = llvm.load %v919 : !llvm.ptr -> f32
                %v921 = arith.mulf %v920, %v906 fastmath<contract> : f32
                %v922 = llvm.load %v51 : !llvm.ptr -> f32
                %v923 = llvm.load %v53 : !llvm.ptr -> f32
                %v924 = arith.mulf %v923, %v922 fastmath<contract> : f32
                %v925 = arith.addf %v921, %v924 fastmath<contract> : f32
                llvm.store %v925, %v51 : f32, !llvm.ptr
                %v926 = arith.muli %v48, %v295 : i64
                %v927 = arith.muli %v890, %v294 : i64
                %v928 = arith.addi %v926, %v927 : i64
                %v929 = arith.muli %v46, %v293 : i64
                %v930 = arith.addi %v928, %v929 : i64
                %v931 = arith.muli %v44, %v2 : i64
                %v932 = arith.addi %v930, %v931 : i64
                %v933 = llvm.getelementptr %in_x[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v934 = llvm.load %v933 : !llvm.ptr -> f32
                %v935 = arith.muli %v48, %v324 : i64
                %v936 = arith.muli %v890, %v323 : i64
                %v937 = arith.addi %v935, %v936 : i64
                %v938 = arith.muli %v34, %v2 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = llvm.getelementptr %in_Bm[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v941 = llvm.load %v940 : !llvm.ptr -> f32
                %v942 = llvm.load %v50 : !llvm.ptr -> f32
                %v943 = arith.mulf %v941, %v942 fastmath<contract> : f32
                %v944 = arith.muli %v48, %v324 : i64
                %v945 = arith.muli %v890, %v323 : i64
                %v946 = arith.addi %v944, %v945 : i64
                %v947 = arith.constant 8 : i64
                %v948 = arith.addi %v947, %v34 : i64
                %v949 = arith.muli %v948, %v2 : i64
                %v950 = arith.addi %v946, %v949 : i64
                %v951 = llvm.getelementptr %in_Bm[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v952 = llvm.load %v951 : !llvm.ptr -> f32
                %v953 = llvm.load %v51 : !llvm.ptr -> f32
                %v954 = arith.mulf %v952, %v953 fastmath<contract> : f32
                %v955 = arith.addf %v943, %v954 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v956, %v957 = gpu.shuffle xor %v955, %v784, %v315 : f32
                %v958 = arith.addf %v955, %v956 fastmath<contract> : f32
                %v959, %v960 = gpu.shuffle xor %v958, %v788, %v315 : f32
                %v961 = arith.addf %v958, %v959 fastmath<contract> : f32
                %v962, %v963 = gpu.shuffle xor %v961, %v792, %v315 : f32
                %v964 = arith.addf %v961, %v962 fastmath<contract> : f32
                // end sum over the lanes
                %v965 = arith.mulf %v934, %v964 fastmath<contract> : f32
                %v966 = arith.mulf %v612, %v942 fastmath<contract> : f32
                %v967 = arith.mulf %v624, %v953 fastmath<contract> : f32
                %v968 = arith.addf %v966, %v967 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v969, %v970 = gpu.shuffle xor %v968, %v784, %v315 : f32
                %v971 = arith.addf %v968, %v969 fastmath<contract> : f32
                %v972, %v973 = gpu.shuffle xor %v971, %v788, %v315 : f32
                %v974 = arith.addf %v971, %v972 fastmath<contract> : f32
                %v975, %v976 = gpu.shuffle xor %v974, %v792, %v315 : f32
                %v977 = arith.addf %v974, %v975 fastmath<contract> : f32
                // end sum over the lanes
                %v978 = arith.mulf %v881, %v977 fastmath<contract> : f32
                %v979 = arith.mulf %v883, %v978 fastmath<contract> : f32
                %v980 = arith.negf %v979 : f32
                %v981 = arith.addf %v965, %v980 fastmath<contract> : f32
                %v982 = arith.mulf %v981, %v887 fastmath<contract> : f32
                %v983 = arith.mulf %v883, %v977 fastmath<contract> : f32
                %v984 = arith.mulf %v879, %v983 fastmath<contract> : f32
                %v985 = arith.mulf %v881, %v984 fastmath<contract> : f32
                %v986 = llvm.load %v54 : !llvm.ptr -> f32
                %v987 = arith.addf %v986, %v985 fastmath<contract> : f32
                llvm.store %v987, %v54 : f32, !llvm.ptr
                %v988 = arith.mulf %v885, %v942 fastmath<contract> : f32
                scf.if %v38 {
                  %v989 = arith.addi %v12, %v34 : i64
                  %v990 = arith.muli %v40, %v1 : i64
                  %v991 = arith.addi %v990, %v989 : i64
                  %v992 = arith.subi %v890, %slice_first : i64
                  %v993 = arith.muli %v991, %slice_steps : i64
                  %v994 = arith.addi %v993, %v992 : i64
                  %v995 = llvm.getelementptr %part_Bm[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v988, %v995 : f32, !llvm.ptr
                }
                %v996 = arith.mulf %v885, %v953 fastmath<contract> : f32
                scf.if %v38 {
                  %v997 = arith.addi %v33, %v34 : i64
                  %v998 = arith.muli %v40, %v1 : i64
                  %v999 = arith.addi %v998, %v997 : i64
                  %v1000 = arith.subi %v890, %slice_first : i64
                  %v1001 = arith.muli %v999, %slice_steps : i64
                  %v1002 = arith.addi %v1001, %v1000 : i64
                  %v1003 = llvm.getelementptr %part_Bm[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v996, %v1003 : f32, !llvm.ptr
                }
                %v1004 = arith.mulf %v641, %v906 fastmath<contract> : f32
                scf.if %v38 {
                  %v1005 = arith.addi %v12, %v34 : i64
                  %v1006 = arith.muli %v40, %v1 : i64
                  %v1007 = arith.addi %v1006, %v1005 : i64
                  %v1008 = arith.subi %v890, %slice_first : i64
                  %v1009 = arith.muli %v1007, %slice_steps : i64
                  %v1010 = arith.addi %v1009, %v1008 : i64
                  %v1011 = llvm.getelementptr %part_Cm[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1004, %v1011 : f32, !llvm.ptr
                }
                %v1012 = arith.mulf %v653, %v906 fastmath<contract> : f32
                scf.if %v38 {
                  %v1013 = arith.addi %v33, %v34 : i64
                  %v1014 = arith.muli %v40, %v1 : i64
                  %v1015 = arith.addi %v1014, %v1013 : i64
                  %v1016 = arith.subi %v890, %slice_first : i64
                  %v1017 = arith.muli %v1015, %slice_steps : i64
                  %v1018 = arith.addi %v1017, %v1016 : i64
                  %v1019 = llvm.getelementptr %part_Cm[%v1018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1012, %v1019 : f32, !llvm.ptr
                }
                %v1020 = llvm.load %v56 : !llvm.ptr -> f32
                %v1021 = arith.addf %v1020, %v982 fastmath<contract> : f32
                llvm.store %v1021, %v56 : f32, !llvm.ptr
                %v1022 = arith.select %v38, %v982, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1023, %v1024 = gpu.shuffle xor %v1022, %v854, %v315 : f32
                %v1025 = arith.addf %v1022, %v1023 fastmath<contract> : f32
                %v1026, %v1027 = gpu.shuffle xor %v1025, %v858, %v315 : f32
                %v1028 = arith.addf %v1025, %v1026 fastmath<contract> : f32
                %v1029 = arith.divui %v24, %v26 : i64
                %v1030 = arith.remui %v24, %v26 : i64
                %v1031 = arith.cmpi ult, %v1030, %v2 : i64
                %v1032 = arith.muli %v1029, %v2 : i64
                %v1033 = arith.addi %v1032, %v12 : i64
                %v1034 = arith.muli %v1033, %v867 : i64
                %v1035 = arith.addi %v1034, %v889 : i64
                scf.if %v1031 {
                  %v1036 = llvm.getelementptr %v58[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1028, %v1036 : f32, !llvm.ptr
                }
                %v1037 = arith.addf %v943, %v954 fastmath<contract> : f32
                llvm.store %v1037, %v683 : f32, !llvm.ptr
                llvm.store %v883, %v52 : f32, !llvm.ptr
                llvm.store %v883, %v53 : f32, !llvm.ptr
                %v1038 = llvm.load %v683 : !llvm.ptr -> f32
                %v1039 = arith.select %v686, %v1038, %v872 : f32
                %v1040 = arith.select %v686, %v872, %v1038 : f32
                %v1041, %v1042 = gpu.shuffle xor %v1039, %v784, %v315 : f32
                %v1043 = arith.addf %v1040, %v1041 fastmath<contract> : f32
                %v1044 = arith.addi %v366, %v89 : i64
                %v1046 = arith.cmpi slt, %v1045, %v694 : i32
                %v1047 = arith.cmpi eq, %v1045, %v700 : i32
                %v1048, %v1049 = gpu.shuffle idx %v426, %v128, %v315 : f32
                %v1050, %v1051 = gpu.shuffle idx %v427, %v128, %v315 : f32
                %v1052, %v1053 = gpu.shuffle idx %v432, %v128, %v315 : f32
                %v1054, %v1055 = gpu.shuffle idx %v435, %v128, %v315 : f32
                %v1056, %v1057 = gpu.shuffle idx %v445, %v128, %v315 : f32
                %v1058, %v1059 = gpu.shuffle idx %v450, %v128, %v315 : f32
                %v1060 = arith.addi %v368, %v74 : i64
                llvm.store %v61, %v683 : f32, !llvm.ptr
                %v1061 = arith.addi %v149, %v1044 : i64
                %v1062 = arith.muli %v48, %v324 : i64
                %v1063 = arith.muli %v1061, %v323 : i64
                %v1064 = arith.addi %v1062, %v1063 : i64
                %v1065 = arith.muli %v34, %v2 : i64
                %v1066 = arith.addi %v1064, %v1065 : i64
                %v1067 = llvm.getelementptr %in_Cm[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
                %v1069 = arith.muli %v48, %v295 : i64
                %v1070 = arith.muli %v1061, %v294 : i64
                %v1071 = arith.addi %v1069, %v1070 : i64
                %v1072 = arith.muli %v46, %v293 : i64
                %v1073 = arith.addi %v1071, %v1072 : i64
                %v1074 = arith.muli %v44, %v2 : i64
                %v1075 = arith.addi %v1073, %v1074 : i64
                %v1076 = llvm.getelementptr %dy_y[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
                %v1078 = arith.mulf %v1068, %v1077 fastmath<contract> : f32
                %v1079 = llvm.load %v50 : !llvm.ptr -> f32
                %v1080 = llvm.load %v52 : !llvm.ptr -> f32
                %v1081 = arith.mulf %v1080, %v1079 fastmath<contract> : f32
                %v1082 = arith.addf %v1078, %v1081 fastmath<contract> : f32
                llvm.store %v1082, %v50 : f32, !llvm.ptr
                %v1083 = arith.muli %v48, %v324 : i64
                %v1084 = arith.muli %v1061, %v323 : i64
                %v1085 = arith.addi %v1083, %v1084 : i64
                %v1086 = arith.constant 8 : i64
                %v1087 = arith.addi %v1086, %v34 : i64
                %v1088 = arith.muli %v1087, %v2 : i64
                %v1089 = arith.addi %v1085, %v1088 : i64
                %v1090 = llvm.getelementptr %in_Cm[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
                %v1092 = arith.mulf %v1091, %v1077 fastmath<contract> : f32
                %v1093 = llvm.load %v51 : !llvm.ptr -> f32
                %v1094 = llvm.load %v53 : !llvm.ptr -> f32
                %v1095 = arith.mulf %v1094, %v1093 fastmath<contract> : f32
                %v1096 = arith.addf %v1092, %v1095 fastmath<contract> : f32
                llvm.store %v1096, %v51 : f32, !llvm.ptr
                %v1097 = arith.muli %v48, %v295 : i64
                %v1098 = arith.muli %v1061, %v294 : i64
                %v1099 = arith.addi %v1097, %v1098 : i64
                %v1100 = arith.muli %v46, %v293 : i64
                %v1101 = arith.addi %v1099, %v1100 : i64
                %v1102 = arith.muli %v44, %v2 : i64
                %v1103 = arith.addi %v1101, %v1102 : i64
                %v1104 = llvm.getelementptr %in_x[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
                %v1106 = arith.muli %v48, %v324 : i64
                %v1107 = arith.muli %v1061, %v323 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = arith.muli %v34, %v2 : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = llvm.getelementptr %in_Bm[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                %v1113 = llvm.load %v50 : !llvm.ptr -> f32
                %v1114 = arith.mulf %v1112, %v1113 fastmath<contract> : f32
                %v1115 = arith.muli %v48, %v324 : i64
                %v1116 = arith.muli %v1061, %v323 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = arith.constant 8 : i64
                %v1119 = arith.addi %v1118, %v34 : i64
                %v1120 = arith.muli %v1119, %v2 : i64
                %v1121 = arith.addi %v1117, %v1120 : i64
                %v1122 = llvm.getelementptr %in_Bm[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1123 = llvm.load %v1122 : !llvm.ptr -> f32
                %v1124 = llvm.load %v51 : !llvm.ptr -> f32
                %v1125 = arith.mulf %v1123, %v1124 fastmath<contract> : f32
                %v1126 = arith.addf %v1114, %v1125 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1127, %v1128 = gpu.shuffle xor %v1126, %v784, %v315 : f32
                %v1129 = arith.addf %v1126, %v1127 fastmath<contract> : f32
                %v1130, %v1131 = gpu.shuffle xor %v1129, %v788, %v315 : f32
                %v1132 = arith.addf %v1129, %v1130 fastmath<contract> : f32
                %v1133, %v1134 = gpu.shuffle xor %v1132, %v792, %v315 : f32
                %v1135 = arith.addf %v1132, %v1133 fastmath<contract> : f32
                // end sum over the lanes
                %v1136 = arith.mulf %v1105, %v1135 fastmath<contract> : f32
                %v1137 = arith.mulf %v583, %v1113 fastmath<contract> : f32
                %v1138 = arith.mulf %v595, %v1124 fastmath<contract> : f32
                %v1139 = arith.addf %v1137, %v1138 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1140, %v1141 = gpu.shuffle xor %v1139, %v784, %v315 : f32
                %v1142 = arith.addf %v1139, %v1140 fastmath<contract> : f32
                %v1143, %v1144 = gpu.shuffle xor %v1142, %v788, %v315 : f32
                %v1145 = arith.addf %v1142, %v1143 fastmath<contract> : f32
                %v1146, %v1147 = gpu.shuffle xor %v1145, %v792, %v315 : f32
                %v1148 = arith.addf %v1145, %v1146 fastmath<contract> : f32
                // end sum over the lanes
                %v1149 = arith.mulf %v1052, %v1148 fastmath<contract> : f32
                %v1150 = arith.mulf %v1054, %v1149 fastmath<contract> : f32
                %v1151 = arith.negf %v1150 : f32
                %v1152 = arith.addf %v1136, %v1151 fastmath<contract> : f32
                %v1153 = arith.mulf %v1152, %v1058 fastmath<contract> : f32
                %v1154 = arith.mulf %v1054, %v1148 fastmath<contract> : f32
                %v1155 = arith.mulf %v1050, %v1154 fastmath<contract> : f32
                %v1156 = arith.mulf %v1052, %v1155 fastmath<contract> : f32
                %v1157 = llvm.load %v54 : !llvm.ptr -> f32
                %v1158 = arith.addf %v1157, %v1156 fastmath<contract> : f32
                llvm.store %v1158, %v54 : f32, !llvm.ptr
                %v1159 = arith.mulf %v1056, %v1113 fastmath<contract> : f32
                scf.if %v38 {
                  %v1160 = arith.addi %v12, %v34 : i64
                  %v1161 = arith.muli %v40, %v1 : i64
                  %v1162 = arith.addi %v1161, %v1160 : i64
                  %v1163 = arith.subi %v1061, %slice_first : i64
                  %v1164 = arith.muli %v1162, %slice_steps : i64
                  %v1165 = arith.addi %v1164, %v1163 : i64
                  %v1166 = llvm.getelementptr %part_Bm[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1159, %v1166 : f32, !llvm.ptr
                }
                %v1167 = arith.mulf %v1056, %v1124 fastmath<contract> : f32
                scf.if %v38 {
                  %v1168 = arith.addi %v33, %v34 : i64
                  %v1169 = arith.muli %v40, %v1 : i64
                  %v1170 = arith.addi %v1169, %v1168 : i64
                  %v1171 = arith.subi %v1061, %slice_first : i64
                  %v1172 = arith.muli %v1170, %slice_steps : i64
                  %v1173 = arith.addi %v1172, %v1171 : i64
                  %v1174 = llvm.getelementptr %part_Bm[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1167, %v1174 : f32, !llvm.ptr
                }
                %v1175 = arith.mulf %v612, %v1077 fastmath<contract> : f32
                scf.if %v38 {
                  %v1176 = arith.addi %v12, %v34 : i64
                  %v1177 = arith.muli %v40, %v1 : i64
                  %v1178 = arith.addi %v1177, %v1176 : i64
                  %v1179 = arith.subi %v1061, %slice_first : i64
                  %v1180 = arith.muli %v1178, %slice_steps : i64
                  %v1181 = arith.addi %v1180, %v1179 : i64
                  %v1182 = llvm.getelementptr %part_Cm[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1175, %v1182 : f32, !llvm.ptr
                }
                %v1183 = arith.mulf %v624, %v1077 fastmath<contract> : f32
                scf.if %v38 {
                  %v1184 = arith.addi %v33, %v34 : i64
                  %v1185 = arith.muli %v40, %v1 : i64
                  %v1186 = arith.addi %v1185, %v1184 : i64
                  %v1187 = arith.subi %v1061, %slice_first : i64
                  %v1188 = arith.muli %v1186, %slice_steps : i64
                  %v1189 = arith.addi %v1188, %v1187 : i64
                  %v1190 = llvm.getelementptr %part_Cm[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1183, %v1190 : f32, !llvm.ptr
                }
                %v1191 = llvm.load %v56 : !llvm.ptr -> f32
                %v1192 = arith.addf %v1191, %v1153 fastmath<contract> : f32
                llvm.store %v1192, %v56 : f32, !llvm.ptr
                %v1193 = arith.select %v38, %v1153, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1194, %v1195 = gpu.shuffle xor %v1193, %v854, %v315 : f32
                %v1196 = arith.addf %v1193, %v1194 fastmath<contract> : f32
                %v1197, %v1198 = gpu.shuffle xor %v1196, %v858, %v315 : f32
                %v1199 = arith.addf %v1196, %v1197 fastmath<contract> : f32
                %v1200 = arith.divui %v24, %v26 : i64
                %v1201 = arith.remui %v24, %v26 : i64
                %v1202 = arith.cmpi ult, %v1201, %v2 : i64
                %v1203 = arith.muli %v1200, %v2 : i64
                %v1204 = arith.addi %v1203, %v12 : i64
                %v1205 = arith.muli %v1204, %v867 : i64
                %v1206 = arith.addi %v1205, %v1060 : i64
                scf.if %v1202 {
                  %v1207 = llvm.getelementptr %v58[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1199, %v1207 : f32, !llvm.ptr
                }
                %v1208 = arith.addf %v1114, %v1125 fastmath<contract> : f32
                llvm.store %v1208, %v683 : f32, !llvm.ptr
                llvm.store %v1054, %v52 : f32, !llvm.ptr
                llvm.store %v1054, %v53 : f32, !llvm.ptr
                %v1209 = llvm.load %v683 : !llvm.ptr -> f32
                %v1210 = arith.addi %v366, %v84 : i64
                %v1211 = arith.cmpi slt, %v792, %v694 : i32
                %v1212 = arith.cmpi eq, %v792, %v700 : i32
                %v1213, %v1214 = gpu.shuffle idx %v426, %v124, %v315 : f32
                %v1215, %v1216 = gpu.shuffle idx %v427, %v124, %v315 : f32
                %v1217, %v1218 = gpu.shuffle idx %v432, %v124, %v315 : f32
                %v1219, %v1220 = gpu.shuffle idx %v435, %v124, %v315 : f32
                %v1221, %v1222 = gpu.shuffle idx %v445, %v124, %v315 : f32
                %v1223, %v1224 = gpu.shuffle idx %v450, %v124, %v315 : f32
                %v1225 = arith.addi %v368, %v79 : i64
                llvm.store %v61, %v683 : f32, !llvm.ptr
                %v1226 = arith.addi %v149, %v1210 : i64
                %v1227 = arith.muli %v48, %v324 : i64
                %v1228 = arith.muli %v1226, %v323 : i64
                %v1229 = arith.addi %v1227, %v1228 : i64
                %v1230 = arith.muli %v34, %v2 : i64
                %v1231 = arith.addi %v1229, %v1230 : i64
                %v1232 = llvm.getelementptr %in_Cm[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1233 = llvm.load %v1232 : !llvm.ptr -> f32
                %v1234 = arith.muli %v48, %v295 : i64
                %v1235 = arith.muli %v1226, %v294 : i64
                %v1236 = arith.addi %v1234, %v1235 : i64
                %v1237 = arith.muli %v46, %v293 : i64
                %v1238 = arith.addi %v1236, %v1237 : i64
                %v1239 = arith.muli %v44, %v2 : i64
                %v1240 = arith.addi %v1238, %v1239 : i64
                %v1241 = llvm.getelementptr %dy_y[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
                %v1243 = arith.mulf %v1233, %v1242 fastmath<contract> : f32
                %v1244 = llvm.load %v50 : !llvm.ptr -> f32
                %v1245 = llvm.load %v52 : !llvm.ptr -> f32
                %v1246 = arith.mulf %v1245, %v1244 fastmath<contract> : f32
                %v1247 = arith.addf %v1243, %v1246 fastmath<contract> : f32
                llvm.store %v1247, %v50 : f32, !llvm.ptr
                %v1248 = arith.muli %v48, %v324 : i64
                %v1249 = arith.muli %v1226, %v323 : i64
                %v1250 = arith.addi %v1248, %v1249 : i64
                %v1251 = arith.constant 8 : i64
                %v1252 = arith.addi %v1251, %v34 : i64
                %v1253 = arith.muli %v1252, %v2 : i64
                %v1254 = arith.addi %v1250, %v1253 : i64
                %v1255 = llvm.getelementptr %in_Cm[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                %v1257 = arith.mulf %v1256, %v1242 fastmath<contract> : f32
                %v1258 = llvm.load %v51 : !llvm.ptr -> f32
                %v1259 = llvm.load %v53 : !llvm.ptr -> f32
                %v1260 = arith.mulf %v1259, %v1258 fastmath<contract> : f32
                %v1261 = arith.addf %v1257, %v1260 fastmath<contract> : f32
                llvm.store %v1261, %v51 : f32, !llvm.ptr
                %v1262 = arith.muli %v48, %v295 : i64
                %v1263 = arith.muli %v1226, %v294 : i64
                %v1264 = arith.addi %v1262, %v1263 : i64
                %v1265 = arith.muli %v46, %v293 : i64
                %v1266 = arith.addi %v1264, %v1265 : i64
                %v1267 = arith.muli %v44, %v2 : i64
                %v1268 = arith.addi %v1266, %v1267 : i64
                %v1269 = llvm.getelementptr %in_x[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
                %v1271 = arith.muli %v48, %v324 : i64
                %v1272 = arith.muli %v1226, %v323 : i64
                %v1273 = arith.addi %v1271, %v1272 : i64
                %v1274 = arith.muli %v34, %v2 : i64
                %v1275 = arith.addi %v1273, %v1274 : i64
                %v1276 = llvm.getelementptr %in_Bm[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
                %v1278 = llvm.load %v50 : !llvm.ptr -> f32
                %v1279 = arith.mulf %v1277, %v1278 fastmath<contract> : f32
                %v1280 = arith.muli %v48, %v324 : i64
                %v1281 = arith.muli %v1226, %v323 : i64
                %v1282 = arith.addi %v1280, %v1281 : i64
                %v1283 = arith.constant 8 : i64
                %v1284 = arith.addi %v1283, %v34 : i64
                %v1285 = arith.muli %v1284, %v2 : i64
                %v1286 = arith.addi %v1282, %v1285 : i64
                %v1287 = llvm.getelementptr %in_Bm[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
                %v1289 = llvm.load %v51 : !llvm.ptr -> f32
                %v1290 = arith.mulf %v1288, %v1289 fastmath<contract> : f32
                %v1291 = arith.addf %v1279, %v1290 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1292, %v1293 = gpu.shuffle xor %v1291, %v784, %v315 : f32
                %v1294 = arith.addf %v1291, %v1292 fastmath<contract> : f32
                %v1295, %v1296 = gpu.shuffle xor %v1294, %v788, %v315 : f32
                %v1297 = arith.addf %v1294, %v1295 fastmath<contract> : f32
                %v1298, %v1299 = gpu.shuffle xor %v1297, %v792, %v315 : f32
                %v1300 = arith.addf %v1297, %v1298 fastmath<contract> : f32
                // end sum over the lanes
                %v1301 = arith.mulf %v1270, %v1300 fastmath<contract> : f32
                %v1302 = arith.mulf %v554, %v1278 fastmath<contract> : f32
                %v1303 = arith.mulf %v566, %v1289 fastmath<contract> : f32
                %v1304 = arith.addf %v1302, %v1303 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1305, %v1306 = gpu.shuffle xor %v1304, %v784, %v315 : f32
                %v1307 = arith.addf %v1304, %v1305 fastmath<contract> : f32
                %v1308, %v1309 = gpu.shuffle xor %v1307, %v788, %v315 : f32
                %v1310 = arith.addf %v1307, %v1308 fastmath<contract> : f32
                %v1311, %v1312 = gpu.shuffle xor %v1310, %v792, %v315 : f32
                %v1313 = arith.addf %v1310, %v1311 fastmath<contract> : f32
                // end sum over the lanes
                %v1314 = arith.mulf %v1217, %v1313 fastmath<contract> : f32
                %v1315 = arith.mulf %v1219, %v1314 fastmath<contract> : f32
                %v1316 = arith.negf %v1315 : f32
                %v1317 = arith.addf %v1301, %v1316 fastmath<contract> : f32
                %v1318 = arith.mulf %v1317, %v1223 fastmath<contract> : f32
                %v1319 = arith.mulf %v1219, %v1313 fastmath<contract> : f32
                %v1320 = arith.mulf %v1215, %v1319 fastmath<contract> : f32
                %v1321 = arith.mulf %v1217, %v1320 fastmath<contract> : f32
                %v1322 = llvm.load %v54 : !llvm.ptr -> f32
                %v1323 = arith.addf %v1322, %v1321 fastmath<contract> : f32
                llvm.store %v1323, %v54 : f32, !llvm.ptr
                %v1324 = arith.mulf %v1221, %v1278 fastmath<contract> : f32
                scf.if %v38 {
                  %v1325 = arith.addi %v12, %v34 : i64
                  %v1326 = arith.muli %v40, %v1 : i64
                  %v1327 = arith.addi %v1326, %v1325 : i64
                  %v1328 = arith.subi %v1226, %slice_first : i64
                  %v1329 = arith.muli %v1327, %slice_steps : i64
                  %v1330 = arith.addi %v1329, %v1328 : i64
                  %v1331 = llvm.getelementptr %part_Bm[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1324, %v1331 : f32, !llvm.ptr
                }
                %v1332 = arith.mulf %v1221, %v1289 fastmath<contract> : f32
                scf.if %v38 {
                  %v1333 = arith.addi %v33, %v34 : i64
                  %v1334 = arith.muli %v40, %v1 : i64
                  %v1335 = arith.addi %v1334, %v1333 : i64
                  %v1336 = arith.subi %v1226, %slice_first : i64
                  %v1337 = arith.muli %v1335, %slice_steps : i64
                  %v1338 = arith.addi %v1337, %v1336 : i64
                  %v1339 = llvm.getelementptr %part_Bm[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1332, %v1339 : f32, !llvm.ptr
                }
                %v1340 = arith.mulf %v583, %v1242 fastmath<contract> : f32
                scf.if %v38 {
                  %v1341 = arith.addi %v12, %v34 : i64
                  %v1342 = arith.muli %v40, %v1 : i64
                  %v1343 = arith.addi %v1342, %v1341 : i64
                  %v1344 = arith.subi %v1226, %slice_first : i64
                  %v1345 = arith.muli %v1343, %slice_steps : i64
                  %v1346 = arith.addi %v1345, %v1344 : i64
                  %v1347 = llvm.getelementptr %part_Cm[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1340, %v1347 : f32, !llvm.ptr
                }
                %v1348 = arith.mulf %v595, %v1242 fastmath<contract> : f32
                scf.if %v38 {
                  %v1349 = arith.addi %v33, %v34 : i64
                  %v1350 = arith.muli %v40, %v1 : i64
                  %v1351 = arith.addi %v1350, %v1349 : i64
                  %v1352 = arith.subi %v1226, %slice_first : i64
                  %v1353 = arith.muli %v1351, %slice_steps : i64
                  %v1354 = arith.addi %v1353, %v1352 : i64
                  %v1355 = llvm.getelementptr %part_Cm[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1348, %v1355 : f32, !llvm.ptr
                }
                %v1356 = llvm.load %v56 : !llvm.ptr -> f32
                %v1357 = arith.addf %v1356, %v1318 fastmath<contract> : f32
                llvm.store %v1357, %v56 : f32, !llvm.ptr
                %v1358 = arith.select %v38, %v1318, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1359, %v1360 = gpu.shuffle xor %v1358, %v854, %v315 : f32
                %v1361 = arith.addf %v1358, %v1359 fastmath<contract> : f32
                %v1362, %v1363 = gpu.shuffle xor %v1361, %v858, %v315 : f32
                %v1364 = arith.addf %v1361, %v1362 fastmath<contract> : f32
                %v1365 = arith.divui %v24, %v26 : i64
                %v1366 = arith.remui %v24, %v26 : i64
                %v1367 = arith.cmpi ult, %v1366, %v2 : i64
                %v1368 = arith.muli %v1365, %v2 : i64
                %v1369 = arith.addi %v1368, %v12 : i64
                %v1370 = arith.muli %v1369, %v867 : i64
                %v1371 = arith.addi %v1370, %v1225 : i64
                scf.if %v1367 {
                  %v1372 = llvm.getelementptr %v58[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1364, %v1372 : f32, !llvm.ptr
                }
                %v1373 = arith.addf %v1279, %v1290 fastmath<contract> : f32
                llvm.store %v1373, %v683 : f32, !llvm.ptr
                llvm.store %v1219, %v52 : f32, !llvm.ptr
                llvm.store %v1219, %v53 : f32, !llvm.ptr
                %v1374 = llvm.load %v683 : !llvm.ptr -> f32
                %v1375 = arith.select %v686, %v1374, %v1209 : f32
                %v1376 = arith.select %v686, %v1209, %v1374 : f32
                %v1377, %v1378 = gpu.shuffle xor %v1375, %v784, %v315 : f32
                %v1379 = arith.addf %v1376, %v1377 fastmath<contract> : f32
                %v1380 = arith.select %v689, %v1379, %v1043 : f32
                %v1381 = arith.select %v689, %v1043, %v1379 : f32
                %v1382, %v1383 = gpu.shuffle xor %v1380, %v788, %v315 : f32
                %v1384 = arith.addf %v1381, %v1382 fastmath<contract> : f32
                %v1385 = arith.addi %v366, %v79 : i64
                %v1387 = arith.cmpi slt, %v1386, %v694 : i32
                %v1388 = arith.cmpi eq, %v1386, %v700 : i32
                %v1389, %v1390 = gpu.shuffle idx %v426, %v120, %v315 : f32
                %v1391, %v1392 = gpu.shuffle idx %v427, %v120, %v315 : f32
                %v1393, %v1394 = gpu.shuffle idx %v432, %v120, %v315 : f32
                %v1395, %v1396 = gpu.shuffle idx %v435, %v120, %v315 : f32
                %v1397, %v1398 = gpu.shuffle idx %v445, %v120, %v315 : f32
                %v1399, %v1400 = gpu.shuffle idx %v450, %v120, %v315 : f32
                %v1401 = arith.addi %v368, %v84 : i64
                llvm.store %v61, %v683 : f32, !llvm.ptr
                %v1402 = arith.addi %v149, %v1385 : i64
                %v1403 = arith.muli %v48, %v324 : i64
                %v1404 = arith.muli %v1402, %v323 : i64
                %v1405 = arith.addi %v1403, %v1404 : i64
                %v1406 = arith.muli %v34, %v2 : i64
                %v1407 = arith.addi %v1405, %v1406 : i64
                %v1408 = llvm.getelementptr %in_Cm[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                %v1410 = arith.muli %v48, %v295 : i64
                %v1411 = arith.muli %v1402, %v294 : i64
                %v1412 = arith.addi %v1410, %v1411 : i64
                %v1413 = arith.muli %v46, %v293 : i64
                %v1414 = arith.addi %v1412, %v1413 : i64
                %v1415 = arith.muli %v44, %v2 : i64
                %v1416 = arith.addi %v1414, %v1415 : i64
                %v1417 = llvm.getelementptr %dy_y[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
                %v1419 = arith.mulf %v1409, %v1418 fastmath<contract> : f32
                %v1420 = llvm.load %v50 : !llvm.ptr -> f32
                %v1421 = llvm.load %v52 : !llvm.ptr -> f32
                %v1422 = arith.mulf %v1421, %v1420 fastmath<contract> : f32
                %v1423 = arith.addf %v1419, %v1422 fastmath<contract> : f32
                llvm.store %v1423, %v50 : f32, !llvm.ptr
                %v1424 = arith.muli %v48, %v324 : i64
                %v1425 = arith.muli %v1402, %v323 : i64
                %v1426 = arith.addi %v1424, %v1425 : i64
                %v1427 = arith.constant 8 : i64
                %v1428 = arith.addi %v1427, %v34 : i64
                %v1429 = arith.muli %v1428, %v2 : i64
                %v1430 = arith.addi %v1426, %v1429 : i64
                %v1431 = llvm.getelementptr %in_Cm[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
                %v1433 = arith.mulf %v1432, %v1418 fastmath<contract> : f32
                %v1434 = llvm.load %v51 : !llvm.ptr -> f32
                %v1435 = llvm.load %v53 : !llvm.ptr -> f32
                %v1436 = arith.mulf %v1435, %v1434 fastmath<contract> : f32
                %v1437 = arith.addf %v1433, %v1436 fastmath<contract> : f32
                llvm.store %v1437, %v51 : f32, !llvm.ptr
                %v1438 = arith.muli %v48, %v295 : i64
                %v1439 = arith.muli %v1402, %v294 : i64
                %v1440 = arith.addi %v1438, %v1439 : i64
                %v1441 = arith.muli %v46, %v293 : i64
                %v1442 = arith.addi %v1440, %v1441 : i64
                %v1443 = arith.muli %v44, %v2 : i64
                %v1444 = arith.addi %v1442, %v1443 : i64
                %v1445 = llvm.getelementptr %in_x[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
                %v1447 = arith.muli %v48, %v324 : i64
                %v1448 = arith.muli %v1402, %v323 : i64
                %v1449 = arith.addi %v1447, %v1448 : i64
                %v1450 = arith.muli %v34, %v2 : i64
                %v1451 = arith.addi %v1449, %v1450 : i64
                %v1452 = llvm.getelementptr %in_Bm[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
                %v1454 = llvm.load %v50 : !llvm.ptr -> f32
                %v1455 = arith.mulf %v1453, %v1454 fastmath<contract> : f32
                %v1456 = arith.muli %v48, %v324 : i64
                %v1457 = arith.muli %v1402, %v323 : i64
                %v1458 = arith.addi %v1456, %v1457 : i64
                %v1459 = arith.constant 8 : i64
                %v1460 = arith.addi %v1459, %v34 : i64
                %v1461 = arith.muli %v1460, %v2 : i64
                %v1462 = arith.addi %v1458, %v1461 : i64
                %v1463 = llvm.getelementptr %in_Bm[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
                %v1465 = llvm.load %v51 : !llvm.ptr -> f32
                %v1466 = arith.mulf %v1464, %v1465 fastmath<contract> : f32
                %v1467 = arith.addf %v1455, %v1466 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1468, %v1469 = gpu.shuffle xor %v1467, %v784, %v315 : f32
                %v1470 = arith.addf %v1467, %v1468 fastmath<contract> : f32
                %v1471, %v1472 = gpu.shuffle xor %v1470, %v788, %v315 : f32
                %v1473 = arith.addf %v1470, %v1471 fastmath<contract> : f32
                %v1474, %v1475 = gpu.shuffle xor %v1473, %v792, %v315 : f32
                %v1476 = arith.addf %v1473, %v1474 fastmath<contract> : f32
                // end sum over the lanes
                %v1477 = arith.mulf %v1446, %v1476 fastmath<contract> : f32
                %v1478 = arith.mulf %v525, %v1454 fastmath<contract> : f32
                %v1479 = arith.mulf %v537, %v1465 fastmath<contract> : f32
                %v1480 = arith.addf %v1478, %v1479 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1481, %v1482 = gpu.shuffle xor %v1480, %v784, %v315 : f32
                %v1483 = arith.addf %v1480, %v1481 fastmath<contract> : f32
                %v1484, %v1485 = gpu.shuffle xor %v1483, %v788, %v315 : f32
                %v1486 = arith.addf %v1483, %v1484 fastmath<contract> : f32
                %v1487, %v1488 = gpu.shuffle xor %v1486, %v792, %v315 : f32
                %v1489 = arith.addf %v1486, %v1487 fastmath<contract> : f32
                // end sum over the lanes
                %v1490 = arith.mulf %v1393, %v1489 fastmath<contract> : f32
                %v1491 = arith.mulf %v1395, %v1490 fastmath<contract> : f32
                %v1492 = arith.negf %v1491 : f32
                %v1493 = arith.addf %v1477, %v1492 fastmath<contract> : f32
                %v1494 = arith.mulf %v1493, %v1399 fastmath<contract> : f32
                %v1495 = arith.mulf %v1395, %v1489 fastmath<contract> : f32
                %v1496 = arith.mulf %v1391, %v1495 fastmath<contract> : f32
                %v1497 = arith.mulf %v1393, %v1496 fastmath<contract> : f32
                %v1498 = llvm.load %v54 : !llvm.ptr -> f32
                %v1499 = arith.addf %v1498, %v1497 fastmath<contract> : f32
                llvm.store %v1499, %v54 : f32, !llvm.ptr
                %v1500 = arith.mulf %v1397, %v1454 fastmath<contract> : f32
                scf.if %v38 {
                  %v1501 = arith.addi %v12, %v34 : i64
                  %v1502 = arith.muli %v40, %v1 : i64
                  %v1503 = arith.addi %v1502, %v1501 : i64
                  %v1504 = arith.subi %v1402, %slice_first : i64
                  %v1505 = arith.muli %v1503, %slice_steps : i64
                  %v1506 = arith.addi %v1505, %v1504 : i64
                  %v1507 = llvm.getelementptr %part_Bm[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1500, %v1507 : f32, !llvm.ptr
                }
                %v1508 = arith.mulf %v1397, %v1465 fastmath<contract> : f32
                scf.if %v38 {
                  %v1509 = arith.addi %v33, %v34 : i64
                  %v1510 = arith.muli %v40, %v1 : i64
                  %v1511 = arith.addi %v1510, %v1509 : i64
                  %v1512 = arith.subi %v1402, %slice_first : i64
                  %v1513 = arith.muli %v1511, %slice_steps : i64
                  %v1514 = arith.addi %v1513, %v1512 : i64
                  %v1515 = llvm.getelementptr %part_Bm[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1508, %v1515 : f32, !llvm.ptr
                }
                %v1516 = arith.mulf %v554, %v1418 fastmath<contract> : f32
                scf.if %v38 {
                  %v1517 = arith.addi %v12, %v34 : i64
                  %v1518 = arith.muli %v40, %v1 : i64
                  %v1519 = arith.addi %v1518, %v1517 : i64
                  %v1520 = arith.subi %v1402, %slice_first : i64
                  %v1521 = arith.muli %v1519, %slice_steps : i64
                  %v1522 = arith.addi %v1521, %v1520 : i64
                  %v1523 = llvm.getelementptr %part_Cm[%v1522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1516, %v1523 : f32, !llvm.ptr
                }
                %v1524 = arith.mulf %v566, %v1418 fastmath<contract> : f32
                scf.if %v38 {
                  %v1525 = arith.addi %v33, %v34 : i64
                  %v1526 = arith.muli %v40, %v1 : i64
                  %v1527 = arith.addi %v1526, %v1525 : i64
                  %v1528 = arith.subi %v1402, %slice_first : i64
                  %v1529 = arith.muli %v1527, %slice_steps : i64
                  %v1530 = arith.addi %v1529, %v1528 : i64
                  %v1531 = llvm.getelementptr %part_Cm[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1524, %v1531 : f32, !llvm.ptr
                }
                %v1532 = llvm.load %v56 : !llvm.ptr -> f32
                %v1533 = arith.addf %v1532, %v1494 fastmath<contract> : f32
                llvm.store %v1533, %v56 : f32, !llvm.ptr
                %v1534 = arith.select %v38, %v1494, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1535, %v1536 = gpu.shuffle xor %v1534, %v854, %v315 : f32
                %v1537 = arith.addf %v1534, %v1535 fastmath<contract> : f32
                %v1538, %v1539 = gpu.shuffle xor %v1537, %v858, %v315 : f32
                %v1540 = arith.addf %v1537, %v1538 fastmath<contract> : f32
                %v1541 = arith.divui %v24, %v26 : i64
                %v1542 = arith.remui %v24, %v26 : i64
                %v1543 = arith.cmpi ult, %v1542, %v2 : i64
                %v1544 = arith.muli %v1541, %v2 : i64
                %v1545 = arith.addi %v1544, %v12 : i64
                %v1546 = arith.muli %v1545, %v867 : i64
                %v1547 = arith.addi %v1546, %v1401 : i64
                scf.if %v1543 {
                  %v1548 = llvm.getelementptr %v58[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1540, %v1548 : f32, !llvm.ptr
                }
                %v1549 = arith.addf %v1455, %v1466 fastmath<contract> : f32
                llvm.store %v1549, %v683 : f32, !llvm.ptr
                llvm.store %v1395, %v52 : f32, !llvm.ptr
                llvm.store %v1395, %v53 : f32, !llvm.ptr
                %v1550 = llvm.load %v683 : !llvm.ptr -> f32
                %v1551 = arith.addi %v366, %v74 : i64
                %v1552 = arith.cmpi slt, %v788, %v694 : i32
                %v1553 = arith.cmpi eq, %v788, %v700 : i32
                %v1554, %v1555 = gpu.shuffle idx %v426, %v116, %v315 : f32
                %v1556, %v1557 = gpu.shuffle idx %v427, %v116, %v315 : f32
                %v1558, %v1559 = gpu.shuffle idx %v432, %v116, %v315 : f32
                %v1560, %v1561 = gpu.shuffle idx %v435, %v116, %v315 : f32
                %v1562, %v1563 = gpu.shuffle idx %v445, %v116, %v315 : f32
                %v1564, %v1565 = gpu.shuffle idx %v450, %v116, %v315 : f32
                %v1566 = arith.addi %v368, %v89 : i64
                llvm.store %v61, %v683 : f32, !llvm.ptr
                %v1567 = arith.addi %v149, %v1551 : i64
                %v1568 = arith.muli %v48, %v324 : i64
                %v1569 = arith.muli %v1567, %v323 : i64
                %v1570 = arith.addi %v1568, %v1569 : i64
                %v1571 = arith.muli %v34, %v2 : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = llvm.getelementptr %in_Cm[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
                %v1575 = arith.muli %v48, %v295 : i64
                %v1576 = arith.muli %v1567, %v294 : i64
                %v1577 = arith.addi %v1575, %v1576 : i64
                %v1578 = arith.muli %v46, %v293 : i64
                %v1579 = arith.addi %v1577, %v1578 : i64
                %v1580 = arith.muli %v44, %v2 : i64
                %v1581 = arith.addi %v1579, %v1580 : i64
                %v1582 = llvm.getelementptr %dy_y[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
                %v1584 = arith.mulf %v1574, %v1583 fastmath<contract> : f32
                %v1585 = llvm.load %v50 : !llvm.ptr -> f32
                %v1586 = llvm.load %v52 : !llvm.ptr -> f32
                %v1587 = arith.mulf %v1586, %v1585 fastmath<contract> : f32
                %v1588 = arith.addf %v1584, %v1587 fastmath<contract> : f32
                llvm.store %v1588, %v50 : f32, !llvm.ptr
                %v1589 = arith.muli %v48, %v324 : i64
                %v1590 = arith.muli %v1567, %v323 : i64
                %v1591 = arith.addi %v1589, %v1590 : i64
                %v1592 = arith.constant 8 : i64
                %v1593 = arith.addi %v1592, %v34 : i64
                %v1594 = arith.muli %v1593, %v2 : i64
                %v1595 = arith.addi %v1591, %v1594 : i64
                %v1596 = llvm.getelementptr %in_Cm[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
                %v1598 = arith.mulf %v1597, %v1583 fastmath<contract> : f32
                %v1599 = llvm.load %v51 : !llvm.ptr -> f32
                %v1600 = llvm.load %v53 : !llvm.ptr -> f32
                %v1601 = arith.mulf %v1600, %v1599 fastmath<contract> : f32
                %v1602 = arith.addf %v1598, %v1601 fastmath<contract> : f32
                llvm.store %v1602, %v51 : f32, !llvm.ptr
                %v1603 = arith.muli %v48, %v295 : i64
                %v1604 = arith.muli %v1567, %v294 : i64
                %v1605 = arith.addi %v1603, %v1604 : i64
                %v1606 = arith.muli %v46, %v293 : i64
                %v1607 = arith.addi %v1605, %v1606 : i64
                %v1608 = arith.muli %v44, %v2 : i64
                %v1609 = arith.addi %v1607, %v1608 : i64
                %v1610 = llvm.getelementptr %in_x[%v1609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
                %v1612 = arith.muli %v48, %v324 : i64
                %v1613 = arith.muli %v1567, %v323 : i64
                %v1614 = arith.addi %v1612, %v1613 : i64
                %v1615 = arith.muli %v34, %v2 : i64
                %v1616 = arith.addi %v1614, %v1615 : i64
                %v1617 = llvm.getelementptr %in_Bm[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1618 = llvm.load %v1617 : !llvm.ptr -> f32
                %v1619 = llvm.load %v50 : !llvm.ptr -> f32
                %v1620 = arith.mulf %v1618, %v1619 fastmath<contract> : f32
                %v1621 = arith.muli %v48, %v324 : i64
                %v1622 = arith.muli %v1567, %v323 : i64
                %v1623 = arith.addi %v1621, %v1622 : i64
                %v1624 = arith.constant 8 : i64
                %v1625 = arith.addi %v1624, %v34 : i64
                %v1626 = arith.muli %v1625, %v2 : i64
                %v1627 = arith.addi %v1623, %v1626 : i64
                %v1628 = llvm.getelementptr %in_Bm[%v1627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1629 = llvm.load %v1628 : !llvm.ptr -> f32
                %v1630 = llvm.load %v51 : !llvm.ptr -> f32
                %v1631 = arith.mulf %v1629, %v1630 fastmath<contract> : f32
                %v1632 = arith.addf %v1620, %v1631 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1633, %v1634 = gpu.shuffle xor %v1632, %v784, %v315 : f32
                %v1635 = arith.addf %v1632, %v1633 fastmath<contract> : f32
                %v1636, %v1637 = gpu.shuffle xor %v1635, %v788, %v315 : f32
                %v1638 = arith.addf %v1635, %v1636 fastmath<contract> : f32
                %v1639, %v1640 = gpu.shuffle xor %v1638, %v792, %v315 : f32
                %v1641 = arith.addf %v1638, %v1639 fastmath<contract> : f32
                // end sum over the lanes
                %v1642 = arith.mulf %v1611, %v1641 fastmath<contract> : f32
                %v1643 = arith.mulf %v496, %v1619 fastmath<contract> : f32
                %v1644 = arith.mulf %v508, %v1630 fastmath<contract> : f32
                %v1645 = arith.addf %v1643, %v1644 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1646, %v1647 = gpu.shuffle xor %v1645, %v784, %v315 : f32
                %v1648 = arith.addf %v1645, %v1646 fastmath<contract> : f32
                %v1649, %v1650 = gpu.shuffle xor %v1648, %v788, %v315 : f32
                %v1651 = arith.addf %v1648, %v1649 fastmath<contract> : f32
                %v1652, %v1653 = gpu.shuffle xor %v1651, %v792, %v315 : f32
                %v1654 = arith.addf %v1651, %v1652 fastmath<contract> : f32
                // end sum over the lanes
                %v1655 = arith.mulf %v1558, %v1654 fastmath<contract> : f32
                %v1656 = arith.mulf %v1560, %v1655 fastmath<contract> : f32
                %v1657 = arith.negf %v1656 : f32
                %v1658 = arith.addf %v1642, %v1657 fastmath<contract> : f32
                %v1659 = arith.mulf %v1658, %v1564 fastmath<contract> : f32
                %v1660 = arith.mulf %v1560, %v1654 fastmath<contract> : f32
                %v1661 = arith.mulf %v1556, %v1660 fastmath<contract> : f32
                %v1662 = arith.mulf %v1558, %v1661 fastmath<contract> : f32
                %v1663 = llvm.load %v54 : !llvm.ptr -> f32
                %v1664 = arith.addf %v1663, %v1662 fastmath<contract> : f32
                llvm.store %v1664, %v54 : f32, !llvm.ptr
                %v1665 = arith.mulf %v1562, %v1619 fastmath<contract> : f32
                scf.if %v38 {
                  %v1666 = arith.addi %v12, %v34 : i64
                  %v1667 = arith.muli %v40, %v1 : i64
                  %v1668 = arith.addi %v1667, %v1666 : i64
                  %v1669 = arith.subi %v1567, %slice_first : i64
                  %v1670 = arith.muli %v1668, %slice_steps : i64
                  %v1671 = arith.addi %v1670, %v1669 : i64
                  %v1672 = llvm.getelementptr %part_Bm[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1665, %v1672 : f32, !llvm.ptr
                }
                %v1673 = arith.mulf %v1562, %v1630 fastmath<contract> : f32
                scf.if %v38 {
                  %v1674 = arith.addi %v33, %v34 : i64
                  %v1675 = arith.muli %v40, %v1 : i64
                  %v1676 = arith.addi %v1675, %v1674 : i64
                  %v1677 = arith.subi %v1567, %slice_first : i64
                  %v1678 = arith.muli %v1676, %slice_steps : i64
                  %v1679 = arith.addi %v1678, %v1677 : i64
                  %v1680 = llvm.getelementptr %part_Bm[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1673, %v1680 : f32, !llvm.ptr
                }
                %v1681 = arith.mulf %v525, %v1583 fastmath<contract> : f32
                scf.if %v38 {
                  %v1682 = arith.addi %v12, %v34 : i64
                  %v1683 = arith.muli %v40, %v1 : i64
                  %v1684 = arith.addi %v1683, %v1682 : i64
                  %v1685 = arith.subi %v1567, %slice_first : i64
                  %v1686 = arith.muli %v1684, %slice_steps : i64
                  %v1687 = arith.addi %v1686, %v1685 : i64
                  %v1688 = llvm.getelementptr %part_Cm[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1681, %v1688 : f32, !llvm.ptr
                }
                %v1689 = arith.mulf %v537, %v1583 fastmath<contract> : f32
                scf.if %v38 {
                  %v1690 = arith.addi %v33, %v34 : i64
                  %v1691 = arith.muli %v40, %v1 : i64
                  %v1692 = arith.addi %v1691, %v1690 : i64
                  %v1693 = arith.subi %v1567, %slice_first : i64
                  %v1694 = arith.muli %v1692, %slice_steps : i64
                  %v1695 = arith.addi %v1694, %v1693 : i64
                  %v1696 = llvm.getelementptr %part_Cm[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1689, %v1696 : f32, !llvm.ptr
                }
                %v1697 = llvm.load %v56 : !llvm.ptr -> f32
                %v1698 = arith.addf %v1697, %v1659 fastmath<contract> : f32
                llvm.store %v1698, %v56 : f32, !llvm.ptr
                %v1699 = arith.select %v38, %v1659, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1700, %v1701 = gpu.shuffle xor %v1699, %v854, %v315 : f32
                %v1702 = arith.addf %v1699, %v1700 fastmath<contract> : f32
                %v1703, %v1704 = gpu.shuffle xor %v1702, %v858, %v315 : f32
                %v1705 = arith.addf %v1702, %v1703 fastmath<contract> : f32
                %v1706 = arith.divui %v24, %v26 : i64
                %v1707 = arith.remui %v24, %v26 : i64
                %v1708 = arith.cmpi ult, %v1707, %v2 : i64
                %v1709 = arith.muli %v1706, %v2 : i64
                %v1710 = arith.addi %v1709, %v12 : i64
                %v1711 = arith.muli %v1710, %v867 : i64
                %v1712 = arith.addi %v1711, %v1566 : i64
                scf.if %v1708 {
                  %v1713 = llvm.getelementptr %v58[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1705, %v1713 : f32, !llvm.ptr
                }
                %v1714 = arith.addf %v1620, %v1631 fastmath<contract> : f32
                llvm.store %v1714, %v683 : f32, !llvm.ptr
                llvm.store %v1560, %v52 : f32, !llvm.ptr
                llvm.store %v1560, %v53 : f32, !llvm.ptr
                %v1715 = llvm.load %v683 : !llvm.ptr -> f32
                %v1716 = arith.select %v686, %v1715, %v1550 : f32
                %v1717 = arith.select %v686, %v1550, %v1715 : f32
                %v1718, %v1719 = gpu.shuffle xor %v1716, %v784, %v315 : f32
                %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
                %v1721 = arith.addi %v366, %v2 : i64
                %v1722 = arith.cmpi slt, %v784, %v694 : i32
                %v1723 = arith.cmpi eq, %v784, %v700 : i32
                %v1724, %v1725 = gpu.shuffle idx %v426, %v112, %v315 : f32
                %v1726, %v1727 = gpu.shuffle idx %v427, %v112, %v315 : f32
                %v1728, %v1729 = gpu.shuffle idx %v432, %v112, %v315 : f32
                %v1730, %v1731 = gpu.shuffle idx %v435, %v112, %v315 : f32
                %v1732, %v1733 = gpu.shuffle idx %v445, %v112, %v315 : f32
                %v1734, %v1735 = gpu.shuffle idx %v450, %v112, %v315 : f32
                %v1736 = arith.addi %v368, %v94 : i64
                llvm.store %v61, %v683 : f32, !llvm.ptr
                %v1737 = arith.addi %v149, %v1721 : i64
                %v1738 = arith.muli %v48, %v324 : i64
                %v1739 = arith.muli %v1737, %v323 : i64
                %v1740 = arith.addi %v1738, %v1739 : i64
                %v1741 = arith.muli %v34, %v2 : i64
                %v1742 = arith.addi %v1740, %v1741 : i64
                %v1743 = llvm.getelementptr %in_Cm[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1744 = llvm.load %v1743 : !llvm.ptr -> f32
                %v1745 = arith.muli %v48, %v295 : i64
                %v1746 = arith.muli %v1737, %v294 : i64
                %v1747 = arith.addi %v1745, %v1746 : i64
                %v1748 = arith.muli %v46, %v293 : i64
                %v1749 = arith.addi %v1747, %v1748 : i64
                %v1750 = arith.muli %v44, %v2 : i64
                %v1751 = arith.addi %v1749, %v1750 : i64
                %v1752 = llvm.getelementptr %dy_y[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1753 = llvm.load %v1752 : !llvm.ptr -> f32
                %v1754 = arith.mulf %v1744, %v1753 fastmath<contract> : f32
                %v1755 = llvm.load %v50 : !llvm.ptr -> f32
                %v1756 = llvm.load %v52 : !llvm.ptr -> f32
                %v1757 = arith.mulf %v1756, %v1755 fastmath<contract> : f32
                %v1758 = arith.addf %v1754, %v1757 fastmath<contract> : f32
                llvm.store %v1758, %v50 : f32, !llvm.ptr
                %v1759 = arith.muli %v48, %v324 : i64
                %v1760 = arith.muli %v1737, %v323 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = arith.constant 8 : i64
                %v1763 = arith.addi %v1762, %v34 : i64
                %v1764 = arith.muli %v1763, %v2 : i64
                %v1765 = arith.addi %v1761, %v1764 : i64
                %v1766 = llvm.getelementptr %in_Cm[%v1765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
                %v1768 = arith.mulf %v1767, %v1753 fastmath<contract> : f32
                %v1769 = llvm.load %v51 : !llvm.ptr -> f32
                %v1770 = llvm.load %v53 : !llvm.ptr -> f32
                %v1771 = arith.mulf %v1770, %v1769 fastmath<contract> : f32
                %v1772 = arith.addf %v1768, %v1771 fastmath<contract> : f32
                llvm.store %v1772, %v51 : f32, !llvm.ptr
                %v1773 = arith.muli %v48, %v295 : i64
                %v1774 = arith.muli %v1737, %v294 : i64
                %v1775 = arith.addi %v1773, %v1774 : i64
                %v1776 = arith.muli %v46, %v293 : i64
                %v1777 = arith.addi %v1775, %v1776 : i64
                %v1778 = arith.muli %v44, %v2 : i64
                %v1779 = arith.addi %v1777, %v1778 : i64
                %v1780 = llvm.getelementptr %in_x[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
                %v1782 = arith.muli %v48, %v324 : i64
                %v1783 = arith.muli %v1737, %v323 : i64
                %v1784 = arith.addi %v1782, %v1783 : i64
                %v1785 = arith.muli %v34, %v2 : i64
                %v1786 = arith.addi %v1784, %v1785 : i64
                %v1787 = llvm.getelementptr %in_Bm[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1788 = llvm.load %v1787 : !llvm.ptr -> f32
                %v1789 = llvm.load %v50 : !llvm.ptr -> f32
                %v1790 = arith.mulf %v1788, %v1789 fastmath<contract> : f32
                %v1791 = arith.muli %v48, %v324 : i64
                %v1792 = arith.muli %v1737, %v323 : i64
                %v1793 = arith.addi %v1791, %v1792 : i64
                %v1794 = arith.constant 8 : i64
                %v1795 = arith.addi %v1794, %v34 : i64
                %v1796 = arith.muli %v1795, %v2 : i64
                %v1797 = arith.addi %v1793, %v1796 : i64
                %v1798 = llvm.getelementptr %in_Bm[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1799 = llvm.load %v1798 : !llvm.ptr -> f32
                %v1800 = llvm.load %v51 : !llvm.ptr -> f32
                %v1801 = arith.mulf %v1799, %v1800 fastmath<contract> : f32
                %v1802 = arith.addf %v1790, %v1801 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1803, %v1804 = gpu.shuffle xor %v1802, %v784, %v315 : f32
                %v1805 = arith.addf %v1802, %v1803 fastmath<contract> : f32
                %v1806, %v1807 = gpu.shuffle xor %v1805, %v788, %v315 : f32
                %v1808 = arith.addf %v1805, %v1806 fastmath<contract> : f32
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v792, %v315 : f32
                %v1811 = arith.addf %v1808, %v1809 fastmath<contract> : f32
                // end sum over the lanes
                %v1812 = arith.mulf %v1781, %v1811 fastmath<contract> : f32
                %v1813 = arith.mulf %v467, %v1789 fastmath<contract> : f32
                %v1814 = arith.mulf %v479, %v1800 fastmath<contract> : f32
                %v1815 = arith.addf %v1813, %v1814 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1816, %v1817 = gpu.shuffle xor %v1815, %v784, %v315 : f32
                %v1818 = arith.addf %v1815, %v1816 fastmath<contract> : f32
                %v1819, %v1820 = gpu.shuffle xor %v1818, %v788, %v315 : f32
                %v1821 = arith.addf %v1818, %v1819 fastmath<contract> : f32
                %v1822, %v1823 = gpu.shuffle xor %v1821, %v792, %v315 : f32
                %v1824 = arith.addf %v1821, %v1822 fastmath<contract> : f32
                // end sum over the lanes
                %v1825 = arith.mulf %v1728, %v1824 fastmath<contract> : f32
                %v1826 = arith.mulf %v1730, %v1825 fastmath<contract> : f32
                %v1827 = arith.negf %v1826 : f32
                %v1828 = arith.addf %v1812, %v1827 fastmath<contract> : f32
                %v1829 = arith.mulf %v1828, %v1734 fastmath<contract> : f32
                %v1830 = arith.mulf %v1730, %v1824 fastmath<contract> : f32
                %v1831 = arith.mulf %v1726, %v1830 fastmath<contract> : f32
                %v1832 = arith.mulf %v1728, %v1831 fastmath<contract> : f32
                %v1833 = llvm.load %v54 : !llvm.ptr -> f32
                %v1834 = arith.addf %v1833, %v1832 fastmath<contract> : f32
                llvm.store %v1834, %v54 : f32, !llvm.ptr
                %v1835 = arith.mulf %v1732, %v1789 fastmath<contract> : f32
                scf.if %v38 {
                  %v1836 = arith.addi %v12, %v34 : i64
                  %v1837 = arith.muli %v40, %v1 : i64
                  %v1838 = arith.addi %v1837, %v1836 : i64
                  %v1839 = arith.subi %v1737, %slice_first : i64
                  %v1840 = arith.muli %v1838, %slice_steps : i64
                  %v1841 = arith.addi %v1840, %v1839 : i64
                  %v1842 = llvm.getelementptr %part_Bm[%v1841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1835, %v1842 : f32, !llvm.ptr
                }
                %v1843 = arith.mulf %v1732, %v1800 fastmath<contract> : f32
                scf.if %v38 {
                  %v1844 = arith.addi %v33, %v34 : i64
                  %v1845 = arith.muli %v40, %v1 : i64
                  %v1846 = arith.addi %v1845, %v1844 : i64
                  %v1847 = arith.subi %v1737, %slice_first : i64
                  %v1848 = arith.muli %v1846, %slice_steps : i64
                  %v1849 = arith.addi %v1848, %v1847 : i64
                  %v1850 = llvm.getelementptr %part_Bm[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1843, %v1850 : f32, !llvm.ptr
                }
                %v1851 = arith.mulf %v496, %v1753 fastmath<contract> : f32
                scf.if %v38 {
                  %v1852 = arith.addi %v12, %v34 : i64
                  %v1853 = arith.muli %v40, %v1 : i64
                  %v1854 = arith.addi %v1853, %v1852 : i64
                  %v1855 = arith.subi %v1737, %slice_first : i64
                  %v1856 = arith.muli %v1854, %slice_steps : i64
                  %v1857 = arith.addi %v1856, %v1855 : i64
                  %v1858 = llvm.getelementptr %part_Cm[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1851, %v1858 : f32, !llvm.ptr
                }
                %v1859 = arith.mulf %v508, %v1753 fastmath<contract> : f32
                scf.if %v38 {
                  %v1860 = arith.addi %v33, %v34 : i64
                  %v1861 = arith.muli %v40, %v1 : i64
                  %v1862 = arith.addi %v1861, %v1860 : i64
                  %v1863 = arith.subi %v1737, %slice_first : i64
                  %v1864 = arith.muli %v1862, %slice_steps : i64
                  %v1865 = arith.addi %v1864, %v1863 : i64
                  %v1866 = llvm.getelementptr %part_Cm[%v1865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1859, %v1866 : f32, !llvm.ptr
                }
                %v1867 = llvm.load %v56 : !llvm.ptr -> f32
                %v1868 = arith.addf %v1867, %v1829 fastmath<contract> : f32
                llvm.store %v1868, %v56 : f32, !llvm.ptr
                %v1869 = arith.select %v38, %v1829, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v1870, %v1871 = gpu.shuffle xor %v1869, %v854, %v315 : f32
                %v1872 = arith.addf %v1869, %v1870 fastmath<contract> : f32
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v858, %v315 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                %v1876 = arith.divui %v24, %v26 : i64
                %v1877 = arith.remui %v24, %v26 : i64
                %v1878 = arith.cmpi ult, %v1877, %v2 : i64
                %v1879 = arith.muli %v1876, %v2 : i64
                %v1880 = arith.addi %v1879, %v12 : i64
                %v1881 = arith.muli %v1880, %v867 : i64
                %v1882 = arith.addi %v1881, %v1736 : i64
                scf.if %v1878 {
                  %v1883 = llvm.getelementptr %v58[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1875, %v1883 : f32, !llvm.ptr
                }
                %v1884 = arith.addf %v1790, %v1801 fastmath<contract> : f32
                llvm.store %v1884, %v683 : f32, !llvm.ptr
                llvm.store %v1730, %v52 : f32, !llvm.ptr
                llvm.store %v1730, %v53 : f32, !llvm.ptr
                %v1885 = llvm.load %v683 : !llvm.ptr -> f32
                %v1886 = arith.addi %v366, %v12 : i64
                %v1888 = arith.cmpi slt, %v1887, %v694 : i32
                %v1889 = arith.cmpi eq, %v1887, %v700 : i32
                %v1890, %v1891 = gpu.shuffle idx %v426, %v108, %v315 : f32
                %v1892, %v1893 = gpu.shuffle idx %v427, %v108, %v315 : f32
                %v1894, %v1895 = gpu.shuffle idx %v432, %v108, %v315 : f32
                %v1896, %v1897 = gpu.shuffle idx %v435, %v108, %v315 : f32
                %v1898, %v1899 = gpu.shuffle idx %v445, %v108, %v315 : f32
                %v1900, %v1901 = gpu.shuffle idx %v450, %v108, %v315 : f32
                %v1902 = arith.addi %v368, %v100 : i64
                llvm.store %v61, %v683 : f32, !llvm.ptr
                %v1903 = arith.addi %v149, %v1886 : i64
                %v1904 = arith.muli %v48, %v324 : i64
                %v1905 = arith.muli %v1903, %v323 : i64
                %v1906 = arith.addi %v1904, %v1905 : i64
                %v1907 = arith.muli %v34, %v2 : i64
                %v1908 = arith.addi %v1906, %v1907 : i64
                %v1909 = llvm.getelementptr %in_Cm[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1910 = llvm.load %v1909 : !llvm.ptr -> f32
                %v1911 = arith.muli %v48, %v295 : i64
                %v1912 = arith.muli %v1903, %v294 : i64
                %v1913 = arith.addi %v1911, %v1912 : i64
                %v1914 = arith.muli %v46, %v293 : i64
                %v1915 = arith.addi %v1913, %v1914 : i64
                %v1916 = arith.muli %v44, %v2 : i64
                %v1917 = arith.addi %v1915, %v1916 : i64
                %v1918 = llvm.getelementptr %dy_y[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
                %v1920 = arith.mulf %v1910, %v1919 fastmath<contract> : f32
                %v1921 = llvm.load %v50 : !llvm.ptr -> f32
                %v1922 = llvm.load %v52 : !llvm.ptr -> f32
                %v1923 = arith.mulf %v1922, %v1921 fastmath<contract> : f32
                %v1924 = arith.addf %v1920, %v1923 fastmath<contract> : f32
                llvm.store %v1924, %v50 : f32, !llvm.ptr
                %v1925 = arith.muli %v48, %v324 : i64
                %v1926 = arith.muli %v1903, %v323 : i64
                %v1927 = arith.addi %v1925, %v1926 : i64
                %v1928 = arith.constant 8 : i64
                %v1929 = arith.addi %v1928, %v34 : i64
                %v1930 = arith.muli %v1929, %v2 : i64
                %v1931 = arith.addi %v1927, %v1930 : i64
                %v1932 = llvm.getelementptr %in_Cm[%v1931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
                %v1934 = arith.mulf %v1933, %v1919 fastmath<contract> : f32
                %v1935 = llvm.load %v51 : !llvm.ptr -> f32
                %v1936 = llvm.load %v53 : !llvm.ptr -> f32
                %v1937 = arith.mulf %v1936, %v1935 fastmath<contract> : f32
                %v1938 = arith.addf %v1934, %v1937 fastmath<contract> : f32
                llvm.store %v1938, %v51 : f32, !llvm.ptr
                %v1939 = arith.muli %v48, %v295 : i64
                %v1940 = arith.muli %v1903, %v294 : i64
                %v1941 = arith.addi %v1939, %v1940 : i64
                %v1942 = arith.muli %v46, %v293 : i64
                %v1943 = arith.addi %v1941, %v1942 : i64
                %v1944 = arith.muli %v44, %v2 : i64
                %v1945 = arith.addi %v1943, %v1944 : i64
                %v1946 = llvm.getelementptr %in_x[%v1945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
                %v1948 = arith.muli %v48, %v324 : i64
                %v1949 = arith.muli %v1903, %v323 : i64
                %v1950 = arith.addi %v1948, %v1949 : i64
                %v1951 = arith.muli %v34, %v2 : i64
                %v1952 = arith.addi %v1950, %v1951 : i64
                %v1953 = llvm.getelementptr %in_Bm[%v1952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1954 = llvm.load %v1953 : !llvm.ptr -> f32
                %v1955 = llvm.load %v50 : !llvm.ptr -> f32
                %v1956 = arith.mulf %v1954, %v1955 fastmath<contract> : f32
                %v1957 = arith.muli %v48, %v324 : i64
                %v1958 = arith.muli %v1903, %v323 : i64
                %v1959 = arith.addi %v1957, %v1958 : i64
                %v1960 = arith.constant 8 : i64
                %v1961 = arith.addi %v1960, %v34 : i64
                %v1962 = arith.muli %v1961, %v2 : i64
                %v1963 = arith.addi %v1959, %v1962 : i64
                %v1964 = llvm.getelementptr %in_Bm[%v1963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1965 = llvm.load %v1964 : !llvm.ptr -> f32
                %v1966 = llvm.load %v51 : !llvm.ptr -> f32
                %v1967 = arith.mulf %v1965, %v1966 fastmath<contract> : f32
                %v1968 = arith.addf %v1956, %v1967 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1969, %v1970 = gpu.shuffle xor %v1968, %v784, %v315 : f32
                %v1971 = arith.addf %v1968, %v1969 fastmath<contract> : f32
                %v1972, %v1973 = gpu.shuffle xor %v1971, %v788, %v315 : f32
                %v1974 = arith.addf %v1971, %v1972 fastmath<contract> : f32
                %v1975, %v1976 = gpu.shuffle xor %v1974, %v792, %v315 : f32
                %v1977 = arith.addf %v1974, %v1975 fastmath<contract> : f32
                // end sum over the lanes
                %v1978 = arith.mulf %v1947, %v1977 fastmath<contract> : f32
                %v1979 = arith.mulf %v380, %v1955 fastmath<contract> : f32
                %v1980 = arith.mulf %v389, %v1966 fastmath<contract> : f32
                %v1981 = arith.addf %v1979, %v1980 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1982, %v1983 = gpu.shuffle xor %v1981, %v784, %v315 : f32
                %v1984 = arith.addf %v1981, %v1982 fastmath<contract> : f32
                %v1985, %v1986 = gpu.shuffle xor %v1984, %v788, %v315 : f32
                %v1987 = arith.addf %v1984, %v1985 fastmath<contract> : f32
                %v1988, %v1989 = gpu.shuffle xor %v1987, %v792, %v315 : f32
                %v1990 = arith.addf %v1987, %v1988 fastmath<contract> : f32
                // end sum over the lanes
                %v1991 = arith.mulf %v1894, %v1990 fastmath<contract> : f32
                %v1992 = arith.mulf %v1896, %v1991 fastmath<contract> : f32
                %v1993 = arith.negf %v1992 : f32
                %v1994 = arith.addf %v1978, %v1993 fastmath<contract> : f32
                %v1995 = arith.mulf %v1994, %v1900 fastmath<contract> : f32
                %v1996 = arith.mulf %v1896, %v1990 fastmath<contract> : f32
                %v1997 = arith.mulf %v1892, %v1996 fastmath<contract> : f32
                %v1998 = arith.mulf %v1894, %v1997 fastmath<contract> : f32
                %v1999 = llvm.load %v54 : !llvm.ptr -> f32
                %v2000 = arith.addf %v1999, %v1998 fastmath<contract> : f32
                llvm.store %v2000, %v54 : f32, !llvm.ptr
                %v2001 = arith.mulf %v1898, %v1955 fastmath<contract> : f32
                scf.if %v38 {
                  %v2002 = arith.addi %v12, %v34 : i64
                  %v2003 = arith.muli %v40, %v1 : i64
                  %v2004 = arith.addi %v2003, %v2002 : i64
                  %v2005 = arith.subi %v1903, %slice_first : i64
                  %v2006 = arith.muli %v2004, %slice_steps : i64
                  %v2007 = arith.addi %v2006, %v2005 : i64
                  %v2008 = llvm.getelementptr %part_Bm[%v2007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2001, %v2008 : f32, !llvm.ptr
                }
                %v2009 = arith.mulf %v1898, %v1966 fastmath<contract> : f32
                scf.if %v38 {
                  %v2010 = arith.addi %v33, %v34 : i64
                  %v2011 = arith.muli %v40, %v1 : i64
                  %v2012 = arith.addi %v2011, %v2010 : i64
                  %v2013 = arith.subi %v1903, %slice_first : i64
                  %v2014 = arith.muli %v2012, %slice_steps : i64
                  %v2015 = arith.addi %v2014, %v2013 : i64
                  %v2016 = llvm.getelementptr %part_Bm[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2009, %v2016 : f32, !llvm.ptr
                }
                %v2017 = arith.mulf %v467, %v1919 fastmath<contract> : f32
                scf.if %v38 {
                  %v2018 = arith.addi %v12, %v34 : i64
                  %v2019 = arith.muli %v40, %v1 : i64
                  %v2020 = arith.addi %v2019, %v2018 : i64
                  %v2021 = arith.subi %v1903, %slice_first : i64
                  %v2022 = arith.muli %v2020, %slice_steps : i64
                  %v2023 = arith.addi %v2022, %v2021 : i64
                  %v2024 = llvm.getelementptr %part_Cm[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2017, %v2024 : f32, !llvm.ptr
                }
                %v2025 = arith.mulf %v479, %v1919 fastmath<contract> : f32
                scf.if %v38 {
                  %v2026 = arith.addi %v33, %v34 : i64
                  %v2027 = arith.muli %v40, %v1 : i64
                  %v2028 = arith.addi %v2027, %v2026 : i64
                  %v2029 = arith.subi %v1903, %slice_first : i64
                  %v2030 = arith.muli %v2028, %slice_steps : i64
                  %v2031 = arith.addi %v2030, %v2029 : i64
                  %v2032 = llvm.getelementptr %part_Cm[%v2031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2025, %v2032 : f32, !llvm.ptr
                }
                %v2033 = llvm.load %v56 : !llvm.ptr -> f32
                %v2034 = arith.addf %v2033, %v1995 fastmath<contract> : f32
                llvm.store %v2034, %v56 : f32, !llvm.ptr
                %v2035 = arith.select %v38, %v1995, %v61 : f32
                // sum over the warp's outer points: shuffles
                %v2036, %v2037 = gpu.shuffle xor %v2035, %v854, %v315 : f32
                %v2038 = arith.addf %v2035, %v2036 fastmath<contract> : f32
                %v2039, %v2040 = gpu.shuffle xor %v2038, %v858, %v315 : f32
                %v2041 = arith.addf %v2038, %v2039 fastmath<contract> : f32
                %v2042 = arith.divui %v24, %v26 : i64
                %v2043 = arith.remui %v24, %v26 : i64
                %v2044 = arith.cmpi ult, %v2043, %v2 : i64
                %v2045 = arith.muli %v2042, %v2 : i64
                %v2046 = arith.addi %v2045, %v12 : i64
                %v2047 = arith.muli %v2046, %v867 : i64
                %v2048 = arith.addi %v2047, %v1902 : i64
                scf.if %v2044 {
                  %v2049 = llvm.getelementptr %v58[%v2048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2041, %v2049 : f32, !llvm.ptr
                }
                %v2050 = arith.addf %v1956, %v1967 fastmath<contract> : f32
                llvm.store %v2050, %v683 : f32, !llvm.ptr
                llvm.store %v1896, %v52 : f32, !llvm.ptr
                llvm.store %v1896, %v53 : f32, !llvm.ptr
                %v2051 = llvm.load %v683 : !llvm.ptr -> f32
                %v2052 = arith.select %v686, %v2051, %v1885 : f32
                %v2053 = arith.select %v686, %v1885, %v2051 : f32
                %v2054, %v2055 = gpu.shuffle xor %v2052, %v784, %v315 : f32
                %v2056 = arith.addf %v2053, %v2054 fastmath<contract> : f32
                %v2057 = arith.select %v689, %v2056, %v1720 : f32
                %v2058 = arith.select %v689, %v1720, %v2056 : f32
                %v2059, %v2060 = gpu.shuffle xor %v2057, %v788, %v315 : f32
                %v2061 = arith.addf %v2058, %v2059 fastmath<contract> : f32
                %v2062 = arith.select %v692, %v2061, %v1384 : f32
                %v2063 = arith.select %v692, %v1384, %v2061 : f32
                %v2064, %v2065 = gpu.shuffle xor %v2062, %v792, %v315 : f32
                %v2066 = arith.addf %v2063, %v2064 fastmath<contract> : f32
                %v2067 = arith.addi %v366, %v34 : i64
                %v2068 = arith.cmpi slt, %v2067, %v151 : i64
                %v2069 = arith.andi %v38, %v2068 : i1
                scf.if %v2069 {
                  %v2070 = arith.addi %v149, %v2067 : i64
                  // the gradients of this lane's own step
                  %v2071 = arith.muli %v46, %v2 : i64
                  %v2072 = llvm.getelementptr %in_Dskip[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
                  %v2074 = arith.muli %v48, %v295 : i64
                  %v2075 = arith.muli %v2070, %v294 : i64
                  %v2076 = arith.addi %v2074, %v2075 : i64
                  %v2077 = arith.muli %v46, %v293 : i64
                  %v2078 = arith.addi %v2076, %v2077 : i64
                  %v2079 = arith.muli %v44, %v2 : i64
                  %v2080 = arith.addi %v2078, %v2079 : i64
                  %v2081 = llvm.getelementptr %dy_y[%v2080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2082 = llvm.load %v2081 : !llvm.ptr -> f32
                  %v2083 = arith.mulf %v2073, %v2082 fastmath<contract> : f32
                  %v2084 = arith.mulf %v426, %v2066 fastmath<contract> : f32
                  %v2085 = arith.addf %v2083, %v2084 fastmath<contract> : f32
                  %v2086 = arith.muli %v48, %v295 : i64
                  %v2087 = arith.muli %v2070, %v294 : i64
                  %v2088 = arith.addi %v2086, %v2087 : i64
                  %v2089 = arith.muli %v46, %v293 : i64
                  %v2090 = arith.addi %v2088, %v2089 : i64
                  %v2091 = arith.muli %v44, %v2 : i64
                  %v2092 = arith.addi %v2090, %v2091 : i64
                  %v2093 = llvm.getelementptr %dx_x[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2085, %v2093 : f32, !llvm.ptr
                  %v2094 = arith.muli %v48, %v295 : i64
                  %v2095 = arith.muli %v2070, %v294 : i64
                  %v2096 = arith.addi %v2094, %v2095 : i64
                  %v2097 = arith.muli %v46, %v293 : i64
                  %v2098 = arith.addi %v2096, %v2097 : i64
                  %v2099 = arith.muli %v44, %v2 : i64
                  %v2100 = arith.addi %v2098, %v2099 : i64
                  %v2101 = llvm.getelementptr %in_x[%v2100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2102 = llvm.load %v2101 : !llvm.ptr -> f32
                  %v2103 = arith.mulf %v2102, %v2082 fastmath<contract> : f32
                  %v2104 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2105 = arith.addf %v2104, %v2103 fastmath<contract> : f32
                  llvm.store %v2105, %v55 : f32, !llvm.ptr
                }
              } else {
                %v2106 = arith.subi %v151, %v2 : i64
                %v2107 = arith.muli %v365, %v5 : i64
                %v2108 = arith.subi %v5, %v2 : i64
                %v2109 = arith.minsi %v40, %v2108 : i64
                %v2110 = arith.addi %v2107, %v2109 : i64
                %v2111 = arith.muli %v2110, %v1 : i64
                %v2112 = arith.addi %v2111, %v12 : i64
                %v2113 = arith.addi %v2112, %v34 : i64
                %v2114 = llvm.getelementptr %scratch_S[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2115 = llvm.load %v2114 : !llvm.ptr -> f32
                %v2116 = arith.muli %v365, %v5 : i64
                %v2117 = arith.subi %v5, %v2 : i64
                %v2118 = arith.minsi %v40, %v2117 : i64
                %v2119 = arith.addi %v2116, %v2118 : i64
                %v2120 = arith.muli %v2119, %v1 : i64
                %v2121 = arith.addi %v2120, %v33 : i64
                %v2122 = arith.addi %v2121, %v34 : i64
                %v2123 = llvm.getelementptr %scratch_S[%v2122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2124 = llvm.load %v2123 : !llvm.ptr -> f32
                %v2125 = arith.addi %v366, %v34 : i64
                %v2126 = arith.minsi %v2125, %v2106 : i64
                %v2127 = arith.addi %v149, %v2126 : i64
                %v2128 = arith.muli %v12, %v174 : i64
                %v2129 = arith.subi %v2127, %v149 : i64
                %v2130 = arith.addi %v2128, %v2129 : i64
                %v2131 = llvm.getelementptr %v60[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2132 = llvm.load %v2131 : !llvm.ptr -> f32
                %v2133 = arith.muli %v46, %v2 : i64
                %v2134 = llvm.getelementptr %in_dt_bias[%v2133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2135 = llvm.load %v2134 : !llvm.ptr -> f32
                %v2136 = arith.addf %v2132, %v2135 fastmath<contract> : f32
                %v2137 = arith.maximumf %v2136, %v61 : f32
                %v2138 = llvm.call_intrinsic "llvm.fabs.f32"(%v2136) : (f32) -> f32
                %v2139 = arith.negf %v2138 : f32
                %v2140 = arith.mulf %v2139, %v253 fastmath<contract> : f32
                %v2141 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2140) : (f32) -> f32
                %v2142 = arith.addf %v62, %v2141 fastmath<contract> : f32
                %v2143 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2142) : (f32) -> f32
                %v2144 = arith.mulf %v2143, %v258 fastmath<contract> : f32
                %v2145 = arith.mulf %v260, %v2141 fastmath<contract> : f32
                %v2146 = arith.addf %v2145, %v262 fastmath<contract> : f32
                %v2147 = arith.mulf %v2146, %v2141 fastmath<contract> : f32
                %v2148 = arith.addf %v2147, %v265 fastmath<contract> : f32
                %v2149 = arith.mulf %v2148, %v2141 fastmath<contract> : f32
                %v2150 = arith.addf %v2149, %v268 fastmath<contract> : f32
                %v2151 = arith.mulf %v2150, %v2141 fastmath<contract> : f32
                %v2152 = arith.addf %v2151, %v271 fastmath<contract> : f32
                %v2153 = arith.mulf %v2152, %v2141 fastmath<contract> : f32
                %v2154 = arith.addf %v2153, %v274 fastmath<contract> : f32
                %v2155 = arith.mulf %v2154, %v2141 fastmath<contract> : f32
                %v2156 = arith.addf %v2155, %v62 fastmath<contract> : f32
                %v2157 = arith.mulf %v2156, %v2141 fastmath<contract> : f32
                %v2158 = llvm.call_intrinsic "llvm.fabs.f32"(%v2141) : (f32) -> f32
                %v2159 = arith.cmpf olt, %v2158, %v280 : f32
                %v2160 = arith.select %v2159, %v2157, %v2144 : f32
                %v2161 = arith.addf %v2137, %v2160 fastmath<contract> : f32
                %v2162 = arith.negf %v2161 : f32
                %v2163 = arith.muli %v46, %v2 : i64
                %v2164 = llvm.getelementptr %in_A_log[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2165 = llvm.load %v2164 : !llvm.ptr -> f32
                %v2166 = arith.mulf %v2165, %v253 fastmath<contract> : f32
                %v2167 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2166) : (f32) -> f32
                %v2168 = arith.mulf %v2162, %v2167 fastmath<contract> : f32
                %v2169 = arith.mulf %v2168, %v253 fastmath<contract> : f32
                %v2170 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2169) : (f32) -> f32
                %v2171 = arith.muli %v48, %v295 : i64
                %v2172 = arith.muli %v2127, %v294 : i64
                %v2173 = arith.addi %v2171, %v2172 : i64
                %v2174 = arith.muli %v46, %v293 : i64
                %v2175 = arith.addi %v2173, %v2174 : i64
                %v2176 = arith.muli %v44, %v2 : i64
                %v2177 = arith.addi %v2175, %v2176 : i64
                %v2178 = llvm.getelementptr %in_x[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2179 = llvm.load %v2178 : !llvm.ptr -> f32
                %v2180 = arith.mulf %v2161, %v2179 fastmath<contract> : f32
                %v2181 = arith.negf %v2136 : f32
                %v2182 = arith.mulf %v2181, %v253 fastmath<contract> : f32
                %v2183 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2182) : (f32) -> f32
                %v2184 = arith.addf %v62, %v2183 fastmath<contract> : f32
                %v2185 = arith.divf %v62, %v2184 : f32
                // the group's states, recomputed into registers
                %v2186 = arith.addi %v366, %v12 : i64
                %v2187 = arith.minsi %v2186, %v2106 : i64
                %v2188 = arith.addi %v149, %v2187 : i64
                %v2189, %v2190 = gpu.shuffle idx %v2170, %v108, %v315 : f32
                %v2191, %v2192 = gpu.shuffle idx %v2180, %v108, %v315 : f32
                %v2193 = arith.muli %v48, %v324 : i64
                %v2194 = arith.muli %v2188, %v323 : i64
                %v2195 = arith.addi %v2193, %v2194 : i64
                %v2196 = arith.muli %v34, %v2 : i64
                %v2197 = arith.addi %v2195, %v2196 : i64
                %v2198 = llvm.getelementptr %in_Bm[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
                %v2200 = arith.mulf %v2191, %v2199 fastmath<contract> : f32
                %v2201 = arith.mulf %v2189, %v2115 fastmath<contract> : f32
                %v2202 = arith.addf %v2201, %v2200 fastmath<contract> : f32
                %v2203 = arith.muli %v48, %v324 : i64
                %v2204 = arith.muli %v2188, %v323 : i64
                %v2205 = arith.addi %v2203, %v2204 : i64
                %v2206 = arith.constant 8 : i64
                %v2207 = arith.addi %v2206, %v34 : i64
                %v2208 = arith.muli %v2207, %v2 : i64
                %v2209 = arith.addi %v2205, %v2208 : i64
                %v2210 = llvm.getelementptr %in_Bm[%v2209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2211 = llvm.load %v2210 : !llvm.ptr -> f32
                %v2212 = arith.mulf %v2191, %v2211 fastmath<contract> : f32
                %v2213 = arith.mulf %v2189, %v2124 fastmath<contract> : f32
                %v2214 = arith.addf %v2213, %v2212 fastmath<contract> : f32
                %v2215 = arith.addi %v366, %v2 : i64
                %v2216 = arith.minsi %v2215, %v2106 : i64
                %v2217 = arith.addi %v149, %v2216 : i64
                %v2218, %v2219 = gpu.shuffle idx %v2170, %v112, %v315 : f32
                %v2220, %v2221 = gpu.shuffle idx %v2180, %v112, %v315 : f32
                %v2222 = arith.muli %v48, %v324 : i64
                %v2223 = arith.muli %v2217, %v323 : i64
                %v2224 = arith.addi %v2222, %v2223 : i64
                %v2225 = arith.muli %v34, %v2 : i64
                %v2226 = arith.addi %v2224, %v2225 : i64
                %v2227 = llvm.getelementptr %in_Bm[%v2226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
                %v2229 = arith.mulf %v2220, %v2228 fastmath<contract> : f32
                %v2230 = arith.mulf %v2218, %v2202 fastmath<contract> : f32
                %v2231 = arith.addf %v2230, %v2229 fastmath<contract> : f32
                %v2232 = arith.muli %v48, %v324 : i64
                %v2233 = arith.muli %v2217, %v323 : i64
                %v2234 = arith.addi %v2232, %v2233 : i64
                %v2235 = arith.constant 8 : i64
                %v2236 = arith.addi %v2235, %v34 : i64
                %v2237 = arith.muli %v2236, %v2 : i64
                %v2238 = arith.addi %v2234, %v2237 : i64
                %v2239 = llvm.getelementptr %in_Bm[%v2238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2240 = llvm.load %v2239 : !llvm.ptr -> f32
                %v2241 = arith.mulf %v2220, %v2240 fastmath<contract> : f32
                %v2242 = arith.mulf %v2218, %v2214 fastmath<contract> : f32
                %v2243 = arith.addf %v2242, %v2241 fastmath<contract> : f32
                %v2244 = arith.addi %v366, %v74 : i64
                %v2245 = arith.minsi %v2244, %v2106 : i64
                %v2246 = arith.addi %v149, %v2245 : i64
                %v2247, %v2248 = gpu.shuffle idx %v2170, %v116, %v315 : f32
                %v2249, %v2250 = gpu.shuffle idx %v2180, %v116, %v315 : f32
                %v2251 = arith.muli %v48, %v324 : i64
                %v2252 = arith.muli %v2246, %v323 : i64
                %v2253 = arith.addi %v2251, %v2252 : i64
                %v2254 = arith.muli %v34, %v2 : i64
                %v2255 = arith.addi %v2253, %v2254 : i64
                %v2256 = llvm.getelementptr %in_Bm[%v2255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2257 = llvm.load %v2256 : !llvm.ptr -> f32
                %v2258 = arith.mulf %v2249, %v2257 fastmath<contract> : f32
                %v2259 = arith.mulf %v2247, %v2231 fastmath<contract> : f32
                %v2260 = arith.addf %v2259, %v2258 fastmath<contract> : f32
                %v2261 = arith.muli %v48, %v324 : i64
                %v2262 = arith.muli %v2246, %v323 : i64
                %v2263 = arith.addi %v2261, %v2262 : i64
                %v2264 = arith.constant 8 : i64
                %v2265 = arith.addi %v2264, %v34 : i64
                %v2266 = arith.muli %v2265, %v2 : i64
                %v2267 = arith.addi %v2263, %v2266 : i64
                %v2268 = llvm.getelementptr %in_Bm[%v2267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2269 = llvm.load %v2268 : !llvm.ptr -> f32
                %v2270 = arith.mulf %v2249, %v2269 fastmath<contract> : f32
                %v2271 = arith.mulf %v2247, %v2243 fastmath<contract> : f32
                %v2272 = arith.addf %v2271, %v2270 fastmath<contract> : f32
                %v2273 = arith.addi %v366, %v79 : i64
                %v2274 = arith.minsi %v2273, %v2106 : i64
                %v2275 = arith.addi %v149, %v2274 : i64
                %v2276, %v2277 = gpu.shuffle idx %v2170, %v120, %v315 : f32
                %v2278, %v2279 = gpu.shuffle idx %v2180, %v120, %v315 : f32
                %v2280 = arith.muli %v48, %v324 : i64
                %v2281 = arith.muli %v2275, %v323 : i64
                %v2282 = arith.addi %v2280, %v2281 : i64
                %v2283 = arith.muli %v34, %v2 : i64
                %v2284 = arith.addi %v2282, %v2283 : i64
                %v2285 = llvm.getelementptr %in_Bm[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2286 = llvm.load %v2285 : !llvm.ptr -> f32
                %v2287 = arith.mulf %v2278, %v2286 fastmath<contract> : f32
                %v2288 = arith.mulf %v2276, %v2260 fastmath<contract> : f32
                %v2289 = arith.addf %v2288, %v2287 fastmath<contract> : f32
                %v2290 = arith.muli %v48, %v324 : i64
                %v2291 = arith.muli %v2275, %v323 : i64
                %v2292 = arith.addi %v2290, %v2291 : i64
                %v2293 = arith.constant 8 : i64
                %v2294 = arith.addi %v2293, %v34 : i64
                %v2295 = arith.muli %v2294, %v2 : i64
                %v2296 = arith.addi %v2292, %v2295 : i64
                %v2297 = llvm.getelementptr %in_Bm[%v2296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2298 = llvm.load %v2297 : !llvm.ptr -> f32
                %v2299 = arith.mulf %v2278, %v2298 fastmath<contract> : f32
                %v2300 = arith.mulf %v2276, %v2272 fastmath<contract> : f32
                %v2301 = arith.addf %v2300, %v2299 fastmath<contract> : f32
                %v2302 = arith.addi %v366, %v84 : i64
                %v2303 = arith.minsi %v2302, %v2106 : i64
                %v2304 = arith.addi %v149, %v2303 : i64
                %v2305, %v2306 = gpu.shuffle idx %v2170, %v124, %v315 : f32
                %v2307, %v2308 = gpu.shuffle idx %v2180, %v124, %v315 : f32
                %v2309 = arith.muli %v48, %v324 : i64
                %v2310 = arith.muli %v2304, %v323 : i64
                %v2311 = arith.addi %v2309, %v2310 : i64
                %v2312 = arith.muli %v34, %v2 : i64
                %v2313 = arith.addi %v2311, %v2312 : i64
                %v2314 = llvm.getelementptr %in_Bm[%v2313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2315 = llvm.load %v2314 : !llvm.ptr -> f32
                %v2316 = arith.mulf %v2307, %v2315 fastmath<contract> : f32
                %v2317 = arith.mulf %v2305, %v2289 fastmath<contract> : f32
                %v2318 = arith.addf %v2317, %v2316 fastmath<contract> : f32
                %v2319 = arith.muli %v48, %v324 : i64
                %v2320 = arith.muli %v2304, %v323 : i64
                %v2321 = arith.addi %v2319, %v2320 : i64
                %v2322 = arith.constant 8 : i64
                %v2323 = arith.addi %v2322, %v34 : i64
                %v2324 = arith.muli %v2323, %v2 : i64
                %v2325 = arith.addi %v2321, %v2324 : i64
                %v2326 = llvm.getelementptr %in_Bm[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
                %v2328 = arith.mulf %v2307, %v2327 fastmath<contract> : f32
                %v2329 = arith.mulf %v2305, %v2301 fastmath<contract> : f32
                %v2330 = arith.addf %v2329, %v2328 fastmath<contract> : f32
                %v2331 = arith.addi %v366, %v89 : i64
                %v2332 = arith.minsi %v2331, %v2106 : i64
                %v2333 = arith.addi %v149, %v2332 : i64
                %v2334, %v2335 = gpu.shuffle idx %v2170, %v128, %v315 : f32
                %v2336, %v2337 = gpu.shuffle idx %v2180, %v128, %v315 : f32
                %v2338 = arith.muli %v48, %v324 : i64
                %v2339 = arith.muli %v2333, %v323 : i64
                %v2340 = arith.addi %v2338, %v2339 : i64
                %v2341 = arith.muli %v34, %v2 : i64
                %v2342 = arith.addi %v2340, %v2341 : i64
                %v2343 = llvm.getelementptr %in_Bm[%v2342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
                %v2345 = arith.mulf %v2336, %v2344 fastmath<contract> : f32
                %v2346 = arith.mulf %v2334, %v2318 fastmath<contract> : f32
                %v2347 = arith.addf %v2346, %v2345 fastmath<contract> : f32
                %v2348 = arith.muli %v48, %v324 : i64
                %v2349 = arith.muli %v2333, %v323 : i64
                %v2350 = arith.addi %v2348, %v2349 : i64
                %v2351 = arith.constant 8 : i64
                %v2352 = arith.addi %v2351, %v34 : i64
                %v2353 = arith.muli %v2352, %v2 : i64
                %v2354 = arith.addi %v2350, %v2353 : i64
                %v2355 = llvm.getelementptr %in_Bm[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2356 = llvm.load %v2355 : !llvm.ptr -> f32
                %v2357 = arith.mulf %v2336, %v2356 fastmath<contract> : f32
                %v2358 = arith.mulf %v2334, %v2330 fastmath<contract> : f32
                %v2359 = arith.addf %v2358, %v2357 fastmath<contract> : f32
                %v2360 = arith.addi %v366, %v94 : i64
                %v2361 = arith.minsi %v2360, %v2106 : i64
                %v2362 = arith.addi %v149, %v2361 : i64
                %v2363, %v2364 = gpu.shuffle idx %v2170, %v132, %v315 : f32
                %v2365, %v2366 = gpu.shuffle idx %v2180, %v132, %v315 : f32
                %v2367 = arith.muli %v48, %v324 : i64
                %v2368 = arith.muli %v2362, %v323 : i64
                %v2369 = arith.addi %v2367, %v2368 : i64
                %v2370 = arith.muli %v34, %v2 : i64
                %v2371 = arith.addi %v2369, %v2370 : i64
                %v2372 = llvm.getelementptr %in_Bm[%v2371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2373 = llvm.load %v2372 : !llvm.ptr -> f32
                %v2374 = arith.mulf %v2365, %v2373 fastmath<contract> : f32
                %v2375 = arith.mulf %v2363, %v2347 fastmath<contract> : f32
                %v2376 = arith.addf %v2375, %v2374 fastmath<contract> : f32
                %v2377 = arith.muli %v48, %v324 : i64
                %v2378 = arith.muli %v2362, %v323 : i64
                %v2379 = arith.addi %v2377, %v2378 : i64
                %v2380 = arith.constant 8 : i64
                %v2381 = arith.addi %v2380, %v34 : i64
                %v2382 = arith.muli %v2381, %v2 : i64
                %v2383 = arith.addi %v2379, %v2382 : i64
                %v2384 = llvm.getelementptr %in_Bm[%v2383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2385 = llvm.load %v2384 : !llvm.ptr -> f32
                %v2386 = arith.mulf %v2365, %v2385 fastmath<contract> : f32
                %v2387 = arith.mulf %v2363, %v2359 fastmath<contract> : f32
                %v2388 = arith.addf %v2387, %v2386 fastmath<contract> : f32
                %v2389 = arith.addi %v366, %v100 : i64
                %v2390 = arith.minsi %v2389, %v2106 : i64
                %v2391 = arith.addi %v149, %v2390 : i64
                %v2392, %v2393 = gpu.shuffle idx %v2170, %v136, %v315 : f32
                %v2394, %v2395 = gpu.shuffle idx %v2180, %v136, %v315 : f32
                %v2396 = arith.muli %v48, %v324 : i64
                %v2397 = arith.muli %v2391, %v323 : i64
                %v2398 = arith.addi %v2396, %v2397 : i64
                %v2399 = arith.muli %v34, %v2 : i64
                %v2400 = arith.addi %v2398, %v2399 : i64
                %v2401 = llvm.getelementptr %in_Bm[%v2400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2402 = llvm.load %v2401 : !llvm.ptr -> f32
                %v2403 = arith.mulf %v2394, %v2402 fastmath<contract> : f32
                %v2404 = arith.mulf %v2392, %v2376 fastmath<contract> : f32
                %v2405 = arith.addf %v2404, %v2403 fastmath<contract> : f32
                %v2406 = arith.muli %v48, %v324 : i64
                %v2407 = arith.muli %v2391, %v323 : i64
                %v2408 = arith.addi %v2406, %v2407 : i64
                %v2409 = arith.constant 8 : i64
                %v2410 = arith.addi %v2409, %v34 : i64
                %v2411 = arith.muli %v2410, %v2 : i64
                %v2412 = arith.addi %v2408, %v2411 : i64
                %v2413 = llvm.getelementptr %in_Bm[%v2412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2414 = llvm.load %v2413 : !llvm.ptr -> f32
                %v2415 = arith.mulf %v2394, %v2414 fastmath<contract> : f32
                %v2416 = arith.mulf %v2392, %v2388 fastmath<contract> : f32
                %v2417 = arith.addf %v2416, %v2415 fastmath<contract> : f32
                %v2419 = arith.shrui %v34, %v12 : i64
                %v2420 = arith.andi %v2419, %v2 : i64
                %v2421 = arith.cmpi ne, %v2420, %v12 : i64
                %v2422 = arith.shrui %v34, %v2 : i64
                %v2423 = arith.andi %v2422, %v2 : i64
                %v2424 = arith.cmpi ne, %v2423, %v12 : i64
                %v2425 = arith.shrui %v34, %v74 : i64
                %v2426 = arith.andi %v2425, %v2 : i64
                %v2427 = arith.cmpi ne, %v2426, %v12 : i64
                %v2428 = arith.subi %v151, %v366 : i64
                %v2429 = arith.trunci %v2428 : i64 to i32
                %v2430 = arith.subi %size_L, %v2 : i64
                %v2431 = arith.addi %v149, %v366 : i64
                %v2432 = arith.subi %v2430, %v2431 : i64
                %v2433 = arith.minsi %v2432, %v698 : i64
                %v2434 = arith.trunci %v2433 : i64 to i32
                %v2435 = arith.addi %v366, %v100 : i64
                %v2436 = arith.cmpi slt, %v702, %v2429 : i32
                %v2437 = arith.cmpi eq, %v702, %v2434 : i32
                %v2438, %v2439 = gpu.shuffle idx %v2161, %v136, %v315 : f32
                %v2440, %v2441 = gpu.shuffle idx %v2162, %v136, %v315 : f32
                %v2442, %v2443 = gpu.shuffle idx %v2167, %v136, %v315 : f32
                %v2444, %v2445 = gpu.shuffle idx %v2170, %v136, %v315 : f32
                %v2446, %v2447 = gpu.shuffle idx %v2180, %v136, %v315 : f32
                %v2448, %v2449 = gpu.shuffle idx %v2185, %v136, %v315 : f32
                %v2450 = arith.addi %v368, %v12 : i64
                llvm.store %v61, %v2418 : f32, !llvm.ptr
                scf.if %v2436 {
                  %v2451 = arith.addi %v149, %v2435 : i64
                  %v2452 = arith.muli %v48, %v324 : i64
                  %v2453 = arith.muli %v2451, %v323 : i64
                  %v2454 = arith.addi %v2452, %v2453 : i64
                  %v2455 = arith.muli %v34, %v2 : i64
                  %v2456 = arith.addi %v2454, %v2455 : i64
                  %v2457 = llvm.getelementptr %in_Cm[%v2456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2458 = llvm.load %v2457 : !llvm.ptr -> f32
                  %v2459 = arith.muli %v48, %v295 : i64
                  %v2460 = arith.muli %v2451, %v294 : i64
                  %v2461 = arith.addi %v2459, %v2460 : i64
                  %v2462 = arith.muli %v46, %v293 : i64
                  %v2463 = arith.addi %v2461, %v2462 : i64
                  %v2464 = arith.muli %v44, %v2 : i64
                  %v2465 = arith.addi %v2463, %v2464 : i64
                  %v2466 = llvm.getelementptr %dy_y[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2467 = llvm.load %v2466 : !llvm.ptr -> f32
                  %v2468 = arith.mulf %v2458, %v2467 fastmath<contract> : f32
                  %v2469 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2470 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2471 = arith.mulf %v2470, %v2469 fastmath<contract> : f32
                  %v2472 = arith.addf %v2468, %v2471 fastmath<contract> : f32
                  llvm.store %v2472, %v50 : f32, !llvm.ptr
                  %v2473 = arith.muli %v48, %v324 : i64
                  %v2474 = arith.muli %v2451, %v323 : i64
                  %v2475 = arith.addi %v2473, %v2474 : i64
                  %v2476 = arith.constant 8 : i64
                  %v2477 = arith.addi %v2476, %v34 : i64
                  %v2478 = arith.muli %v2477, %v2 : i64
                  %v2479 = arith.addi %v2475, %v2478 : i64
                  %v2480 = llvm.getelementptr %in_Cm[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2481 = llvm.load %v2480 : !llvm.ptr -> f32
                  %v2482 = arith.mulf %v2481, %v2467 fastmath<contract> : f32
                  %v2483 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2484 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2485 = arith.mulf %v2484, %v2483 fastmath<contract> : f32
                  %v2486 = arith.addf %v2482, %v2485 fastmath<contract> : f32
                  llvm.store %v2486, %v51 : f32, !llvm.ptr
                  %v2487 = arith.muli %v48, %v295 : i64
                  %v2488 = arith.muli %v2451, %v294 : i64
                  %v2489 = arith.addi %v2487, %v2488 : i64
                  %v2490 = arith.muli %v46, %v293 : i64
                  %v2491 = arith.addi %v2489, %v2490 : i64
                  %v2492 = arith.muli %v44, %v2 : i64
                  %v2493 = arith.addi %v2491, %v2492 : i64
                  %v2494 = llvm.getelementptr %in_x[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
                  %v2496 = arith.muli %v48, %v324 : i64
                  %v2497 = arith.muli %v2451, %v323 : i64
                  %v2498 = arith.addi %v2496, %v2497 : i64
                  %v2499 = arith.muli %v34, %v2 : i64
                  %v2500 = arith.addi %v2498, %v2499 : i64
                  %v2501 = llvm.getelementptr %in_Bm[%v2500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2502 = llvm.load %v2501 : !llvm.ptr -> f32
                  %v2503 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2504 = arith.mulf %v2502, %v2503 fastmath<contract> : f32
                  %v2505 = arith.muli %v48, %v324 : i64
                  %v2506 = arith.muli %v2451, %v323 : i64
                  %v2507 = arith.addi %v2505, %v2506 : i64
                  %v2508 = arith.constant 8 : i64
                  %v2509 = arith.addi %v2508, %v34 : i64
                  %v2510 = arith.muli %v2509, %v2 : i64
                  %v2511 = arith.addi %v2507, %v2510 : i64
                  %v2512 = llvm.getelementptr %in_Bm[%v2511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2513 = llvm.load %v2512 : !llvm.ptr -> f32
                  %v2514 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2515 = arith.mulf %v2513, %v2514 fastmath<contract> : f32
                  %v2516 = arith.addf %v2504, %v2515 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2517, %v2518 = gpu.shuffle xor %v2516, %v784, %v315 : f32
                  %v2519 = arith.addf %v2516, %v2517 fastmath<contract> : f32
                  %v2520, %v2521 = gpu.shuffle xor %v2519, %v788, %v315 : f32
                  %v2522 = arith.addf %v2519, %v2520 fastmath<contract> : f32
                  %v2523, %v2524 = gpu.shuffle xor %v2522, %v792, %v315 : f32
                  %v2525 = arith.addf %v2522, %v2523 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2526 = arith.mulf %v2495, %v2525 fastmath<contract> : f32
                  %v2527 = arith.mulf %v2376, %v2503 fastmath<contract> : f32
                  %v2528 = arith.mulf %v2388, %v2514 fastmath<contract> : f32
                  %v2529 = arith.addf %v2527, %v2528 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2530, %v2531 = gpu.shuffle xor %v2529, %v784, %v315 : f32
                  %v2532 = arith.addf %v2529, %v2530 fastmath<contract> : f32
                  %v2533, %v2534 = gpu.shuffle xor %v2532, %v788, %v315 : f32
                  %v2535 = arith.addf %v2532, %v2533 fastmath<contract> : f32
                  %v2536, %v2537 = gpu.shuffle xor %v2535, %v792, %v315 : f32
                  %v2538 = arith.addf %v2535, %v2536 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2539 = arith.mulf %v2442, %v2538 fastmath<contract> : f32
                  %v2540 = arith.mulf %v2444, %v2539 fastmath<contract> : f32
                  %v2541 = arith.negf %v2540 : f32
                  %v2542 = arith.addf %v2526, %v2541 fastmath<contract> : f32
                  %v2543 = arith.mulf %v2542, %v2448 fastmath<contract> : f32
                  %v2544 = arith.mulf %v2444, %v2538 fastmath<contract> : f32
                  %v2545 = arith.mulf %v2440, %v2544 fastmath<contract> : f32
                  %v2546 = arith.mulf %v2442, %v2545 fastmath<contract> : f32
                  %v2547 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2548 = arith.addf %v2547, %v2546 fastmath<contract> : f32
                  llvm.store %v2548, %v54 : f32, !llvm.ptr
                  %v2549 = arith.mulf %v2446, %v2503 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2550 = arith.addi %v12, %v34 : i64
                    %v2551 = arith.muli %v40, %v1 : i64
                    %v2552 = arith.addi %v2551, %v2550 : i64
                    %v2553 = arith.subi %v2451, %slice_first : i64
                    %v2554 = arith.muli %v2552, %slice_steps : i64
                    %v2555 = arith.addi %v2554, %v2553 : i64
                    %v2556 = llvm.getelementptr %part_Bm[%v2555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2549, %v2556 : f32, !llvm.ptr
                  }
                  %v2557 = arith.mulf %v2446, %v2514 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2558 = arith.addi %v33, %v34 : i64
                    %v2559 = arith.muli %v40, %v1 : i64
                    %v2560 = arith.addi %v2559, %v2558 : i64
                    %v2561 = arith.subi %v2451, %slice_first : i64
                    %v2562 = arith.muli %v2560, %slice_steps : i64
                    %v2563 = arith.addi %v2562, %v2561 : i64
                    %v2564 = llvm.getelementptr %part_Bm[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2557, %v2564 : f32, !llvm.ptr
                  }
                  %v2565 = arith.mulf %v2405, %v2467 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2566 = arith.addi %v12, %v34 : i64
                    %v2567 = arith.muli %v40, %v1 : i64
                    %v2568 = arith.addi %v2567, %v2566 : i64
                    %v2569 = arith.subi %v2451, %slice_first : i64
                    %v2570 = arith.muli %v2568, %slice_steps : i64
                    %v2571 = arith.addi %v2570, %v2569 : i64
                    %v2572 = llvm.getelementptr %part_Cm[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2565, %v2572 : f32, !llvm.ptr
                  }
                  %v2573 = arith.mulf %v2417, %v2467 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2574 = arith.addi %v33, %v34 : i64
                    %v2575 = arith.muli %v40, %v1 : i64
                    %v2576 = arith.addi %v2575, %v2574 : i64
                    %v2577 = arith.subi %v2451, %slice_first : i64
                    %v2578 = arith.muli %v2576, %slice_steps : i64
                    %v2579 = arith.addi %v2578, %v2577 : i64
                    %v2580 = llvm.getelementptr %part_Cm[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2573, %v2580 : f32, !llvm.ptr
                  }
                  %v2581 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2582 = arith.addf %v2581, %v2543 fastmath<contract> : f32
                  llvm.store %v2582, %v56 : f32, !llvm.ptr
                  %v2583 = arith.select %v38, %v2543, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v2584, %v2585 = gpu.shuffle xor %v2583, %v854, %v315 : f32
                  %v2586 = arith.addf %v2583, %v2584 fastmath<contract> : f32
                  %v2587, %v2588 = gpu.shuffle xor %v2586, %v858, %v315 : f32
                  %v2589 = arith.addf %v2586, %v2587 fastmath<contract> : f32
                  %v2590 = arith.divui %v24, %v26 : i64
                  %v2591 = arith.remui %v24, %v26 : i64
                  %v2592 = arith.cmpi ult, %v2591, %v2 : i64
                  %v2593 = arith.muli %v2590, %v2 : i64
                  %v2594 = arith.addi %v2593, %v12 : i64
                  %v2595 = arith.muli %v2594, %v867 : i64
                  %v2596 = arith.addi %v2595, %v2450 : i64
                  scf.if %v2592 {
                    %v2597 = llvm.getelementptr %v58[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2589, %v2597 : f32, !llvm.ptr
                  }
                  %v2598 = arith.addf %v2504, %v2515 fastmath<contract> : f32
                  llvm.store %v2598, %v2418 : f32, !llvm.ptr
                  llvm.store %v2444, %v52 : f32, !llvm.ptr
                  llvm.store %v2444, %v53 : f32, !llvm.ptr
                }
                %v2599 = llvm.load %v2418 : !llvm.ptr -> f32
                %v2600 = arith.addi %v366, %v94 : i64
                %v2601 = arith.cmpi slt, %v874, %v2429 : i32
                %v2602 = arith.cmpi eq, %v874, %v2434 : i32
                %v2603, %v2604 = gpu.shuffle idx %v2161, %v132, %v315 : f32
                %v2605, %v2606 = gpu.shuffle idx %v2162, %v132, %v315 : f32
                %v2607, %v2608 = gpu.shuffle idx %v2167, %v132, %v315 : f32
                %v2609, %v2610 = gpu.shuffle idx %v2170, %v132, %v315 : f32
                %v2611, %v2612 = gpu.shuffle idx %v2180, %v132, %v315 : f32
                %v2613, %v2614 = gpu.shuffle idx %v2185, %v132, %v315 : f32
                %v2615 = arith.addi %v368, %v2 : i64
                llvm.store %v61, %v2418 : f32, !llvm.ptr
                scf.if %v2601 {
                  %v2616 = arith.addi %v149, %v2600 : i64
                  %v2617 = arith.muli %v48, %v324 : i64
                  %v2618 = arith.muli %v2616, %v323 : i64
                  %v2619 = arith.addi %v2617, %v2618 : i64
                  %v2620 = arith.muli %v34, %v2 : i64
                  %v2621 = arith.addi %v2619, %v2620 : i64
                  %v2622 = llvm.getelementptr %in_Cm[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
                  %v2624 = arith.muli %v48, %v295 : i64
                  %v2625 = arith.muli %v2616, %v294 : i64
                  %v2626 = arith.addi %v2624, %v2625 : i64
                  %v2627 = arith.muli %v46, %v293 : i64
                  %v2628 = arith.addi %v2626, %v2627 : i64
                  %v2629 = arith.muli %v44, %v2 : i64
                  %v2630 = arith.addi %v2628, %v2629 : i64
                  %v2631 = llvm.getelementptr %dy_y[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2632 = llvm.load %v2631 : !llvm.ptr -> f32
                  %v2633 = arith.mulf %v2623, %v2632 fastmath<contract> : f32
                  %v2634 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2635 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2636 = arith.mulf %v2635, %v2634 fastmath<contract> : f32
                  %v2637 = arith.addf %v2633, %v2636 fastmath<contract> : f32
                  llvm.store %v2637, %v50 : f32, !llvm.ptr
                  %v2638 = arith.muli %v48, %v324 : i64
                  %v2639 = arith.muli %v2616, %v323 : i64
                  %v2640 = arith.addi %v2638, %v2639 : i64
                  %v2641 = arith.constant 8 : i64
                  %v2642 = arith.addi %v2641, %v34 : i64
                  %v2643 = arith.muli %v2642, %v2 : i64
                  %v2644 = arith.addi %v2640, %v2643 : i64
                  %v2645 = llvm.getelementptr %in_Cm[%v2644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2646 = llvm.load %v2645 : !llvm.ptr -> f32
                  %v2647 = arith.mulf %v2646, %v2632 fastmath<contract> : f32
                  %v2648 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2649 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2650 = arith.mulf %v2649, %v2648 fastmath<contract> : f32
                  %v2651 = arith.addf %v2647, %v2650 fastmath<contract> : f32
                  llvm.store %v2651, %v51 : f32, !llvm.ptr
                  %v2652 = arith.muli %v48, %v295 : i64
                  %v2653 = arith.muli %v2616, %v294 : i64
                  %v2654 = arith.addi %v2652, %v2653 : i64
                  %v2655 = arith.muli %v46, %v293 : i64
                  %v2656 = arith.addi %v2654, %v2655 : i64
                  %v2657 = arith.muli %v44, %v2 : i64
                  %v2658 = arith.addi %v2656, %v2657 : i64
                  %v2659 = llvm.getelementptr %in_x[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2660 = llvm.load %v2659 : !llvm.ptr -> f32
                  %v2661 = arith.muli %v48, %v324 : i64
                  %v2662 = arith.muli %v2616, %v323 : i64
                  %v2663 = arith.addi %v2661, %v2662 : i64
                  %v2664 = arith.muli %v34, %v2 : i64
                  %v2665 = arith.addi %v2663, %v2664 : i64
                  %v2666 = llvm.getelementptr %in_Bm[%v2665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2667 = llvm.load %v2666 : !llvm.ptr -> f32
                  %v2668 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2669 = arith.mulf %v2667, %v2668 fastmath<contract> : f32
                  %v2670 = arith.muli %v48, %v324 : i64
                  %v2671 = arith.muli %v2616, %v323 : i64
                  %v2672 = arith.addi %v2670, %v2671 : i64
                  %v2673 = arith.constant 8 : i64
                  %v2674 = arith.addi %v2673, %v34 : i64
                  %v2675 = arith.muli %v2674, %v2 : i64
                  %v2676 = arith.addi %v2672, %v2675 : i64
                  %v2677 = llvm.getelementptr %in_Bm[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
                  %v2679 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2680 = arith.mulf %v2678, %v2679 fastmath<contract> : f32
                  %v2681 = arith.addf %v2669, %v2680 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2682, %v2683 = gpu.shuffle xor %v2681, %v784, %v315 : f32
                  %v2684 = arith.addf %v2681, %v2682 fastmath<contract> : f32
                  %v2685, %v2686 = gpu.shuffle xor %v2684, %v788, %v315 : f32
                  %v2687 = arith.addf %v2684, %v2685 fastmath<contract> : f32
                  %v2688, %v2689 = gpu.shuffle xor %v2687, %v792, %v315 : f32
                  %v2690 = arith.addf %v2687, %v2688 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2691 = arith.mulf %v2660, %v2690 fastmath<contract> : f32
                  %v2692 = arith.mulf %v2347, %v2668 fastmath<contract> : f32
                  %v2693 = arith.mulf %v2359, %v2679 fastmath<contract> : f32
                  %v2694 = arith.addf %v2692, %v2693 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2695, %v2696 = gpu.shuffle xor %v2694, %v784, %v315 : f32
                  %v2697 = arith.addf %v2694, %v2695 fastmath<contract> : f32
                  %v2698, %v2699 = gpu.shuffle xor %v2697, %v788, %v315 : f32
                  %v2700 = arith.addf %v2697, %v2698 fastmath<contract> : f32
                  %v2701, %v2702 = gpu.shuffle xor %v2700, %v792, %v315 : f32
                  %v2703 = arith.addf %v2700, %v2701 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2704 = arith.mulf %v2607, %v2703 fastmath<contract> : f32
                  %v2705 = arith.mulf %v2609, %v2704 fastmath<contract> : f32
                  %v2706 = arith.negf %v2705 : f32
                  %v2707 = arith.addf %v2691, %v2706 fastmath<contract> : f32
                  %v2708 = arith.mulf %v2707, %v2613 fastmath<contract> : f32
                  %v2709 = arith.mulf %v2609, %v2703 fastmath<contract> : f32
                  %v2710 = arith.mulf %v2605, %v2709 fastmath<contract> : f32
                  %v2711 = arith.mulf %v2607, %v2710 fastmath<contract> : f32
                  %v2712 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2713 = arith.addf %v2712, %v2711 fastmath<contract> : f32
                  llvm.store %v2713, %v54 : f32, !llvm.ptr
                  %v2714 = arith.mulf %v2611, %v2668 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2715 = arith.addi %v12, %v34 : i64
                    %v2716 = arith.muli %v40, %v1 : i64
                    %v2717 = arith.addi %v2716, %v2715 : i64
                    %v2718 = arith.subi %v2616, %slice_first : i64
                    %v2719 = arith.muli %v2717, %slice_steps : i64
                    %v2720 = arith.addi %v2719, %v2718 : i64
                    %v2721 = llvm.getelementptr %part_Bm[%v2720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2714, %v2721 : f32, !llvm.ptr
                  }
                  %v2722 = arith.mulf %v2611, %v2679 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2723 = arith.addi %v33, %v34 : i64
                    %v2724 = arith.muli %v40, %v1 : i64
                    %v2725 = arith.addi %v2724, %v2723 : i64
                    %v2726 = arith.subi %v2616, %slice_first : i64
                    %v2727 = arith.muli %v2725, %slice_steps : i64
                    %v2728 = arith.addi %v2727, %v2726 : i64
                    %v2729 = llvm.getelementptr %part_Bm[%v2728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2722, %v2729 : f32, !llvm.ptr
                  }
                  %v2730 = arith.mulf %v2376, %v2632 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2731 = arith.addi %v12, %v34 : i64
                    %v2732 = arith.muli %v40, %v1 : i64
                    %v2733 = arith.addi %v2732, %v2731 : i64
                    %v2734 = arith.subi %v2616, %slice_first : i64
                    %v2735 = arith.muli %v2733, %slice_steps : i64
                    %v2736 = arith.addi %v2735, %v2734 : i64
                    %v2737 = llvm.getelementptr %part_Cm[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2730, %v2737 : f32, !llvm.ptr
                  }
                  %v2738 = arith.mulf %v2388, %v2632 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2739 = arith.addi %v33, %v34 : i64
                    %v2740 = arith.muli %v40, %v1 : i64
                    %v2741 = arith.addi %v2740, %v2739 : i64
                    %v2742 = arith.subi %v2616, %slice_first : i64
                    %v2743 = arith.muli %v2741, %slice_steps : i64
                    %v2744 = arith.addi %v2743, %v2742 : i64
                    %v2745 = llvm.getelementptr %part_Cm[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2738, %v2745 : f32, !llvm.ptr
                  }
                  %v2746 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2747 = arith.addf %v2746, %v2708 fastmath<contract> : f32
                  llvm.store %v2747, %v56 : f32, !llvm.ptr
                  %v2748 = arith.select %v38, %v2708, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v2749, %v2750 = gpu.shuffle xor %v2748, %v854, %v315 : f32
                  %v2751 = arith.addf %v2748, %v2749 fastmath<contract> : f32
                  %v2752, %v2753 = gpu.shuffle xor %v2751, %v858, %v315 : f32
                  %v2754 = arith.addf %v2751, %v2752 fastmath<contract> : f32
                  %v2755 = arith.divui %v24, %v26 : i64
                  %v2756 = arith.remui %v24, %v26 : i64
                  %v2757 = arith.cmpi ult, %v2756, %v2 : i64
                  %v2758 = arith.muli %v2755, %v2 : i64
                  %v2759 = arith.addi %v2758, %v12 : i64
                  %v2760 = arith.muli %v2759, %v867 : i64
                  %v2761 = arith.addi %v2760, %v2615 : i64
                  scf.if %v2757 {
                    %v2762 = llvm.getelementptr %v58[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2754, %v2762 : f32, !llvm.ptr
                  }
                  %v2763 = arith.addf %v2669, %v2680 fastmath<contract> : f32
                  llvm.store %v2763, %v2418 : f32, !llvm.ptr
                  llvm.store %v2609, %v52 : f32, !llvm.ptr
                  llvm.store %v2609, %v53 : f32, !llvm.ptr
                }
                %v2764 = llvm.load %v2418 : !llvm.ptr -> f32
                %v2765 = arith.select %v2421, %v2764, %v2599 : f32
                %v2766 = arith.select %v2421, %v2599, %v2764 : f32
                %v2767, %v2768 = gpu.shuffle xor %v2765, %v784, %v315 : f32
                %v2769 = arith.addf %v2766, %v2767 fastmath<contract> : f32
                %v2770 = arith.addi %v366, %v89 : i64
                %v2771 = arith.cmpi slt, %v1045, %v2429 : i32
                %v2772 = arith.cmpi eq, %v1045, %v2434 : i32
                %v2773, %v2774 = gpu.shuffle idx %v2161, %v128, %v315 : f32
                %v2775, %v2776 = gpu.shuffle idx %v2162, %v128, %v315 : f32
                %v2777, %v2778 = gpu.shuffle idx %v2167, %v128, %v315 : f32
                %v2779, %v2780 = gpu.shuffle idx %v2170, %v128, %v315 : f32
                %v2781, %v2782 = gpu.shuffle idx %v2180, %v128, %v315 : f32
                %v2783, %v2784 = gpu.shuffle idx %v2185, %v128, %v315 : f32
                %v2785 = arith.addi %v368, %v74 : i64
                llvm.store %v61, %v2418 : f32, !llvm.ptr
                scf.if %v2771 {
                  %v2786 = arith.addi %v149, %v2770 : i64
                  %v2787 = arith.muli %v48, %v324 : i64
                  %v2788 = arith.muli %v2786, %v323 : i64
                  %v2789 = arith.addi %v2787, %v2788 : i64
                  %v2790 = arith.muli %v34, %v2 : i64
                  %v2791 = arith.addi %v2789, %v2790 : i64
                  %v2792 = llvm.getelementptr %in_Cm[%v2791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
                  %v2794 = arith.muli %v48, %v295 : i64
                  %v2795 = arith.muli %v2786, %v294 : i64
                  %v2796 = arith.addi %v2794, %v2795 : i64
                  %v2797 = arith.muli %v46, %v293 : i64
                  %v2798 = arith.addi %v2796, %v2797 : i64
                  %v2799 = arith.muli %v44, %v2 : i64
                  %v2800 = arith.addi %v2798, %v2799 : i64
                  %v2801 = llvm.getelementptr %dy_y[%v2800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2802 = llvm.load %v2801 : !llvm.ptr -> f32
                  %v2803 = arith.mulf %v2793, %v2802 fastmath<contract> : f32
                  %v2804 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2805 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2806 = arith.mulf %v2805, %v2804 fastmath<contract> : f32
                  %v2807 = arith.addf %v2803, %v2806 fastmath<contract> : f32
                  llvm.store %v2807, %v50 : f32, !llvm.ptr
                  %v2808 = arith.muli %v48, %v324 : i64
                  %v2809 = arith.muli %v2786, %v323 : i64
                  %v2810 = arith.addi %v2808, %v2809 : i64
                  %v2811 = arith.constant 8 : i64
                  %v2812 = arith.addi %v2811, %v34 : i64
                  %v2813 = arith.muli %v2812, %v2 : i64
                  %v2814 = arith.addi %v2810, %v2813 : i64
                  %v2815 = llvm.getelementptr %in_Cm[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
                  %v2817 = arith.mulf %v2816, %v2802 fastmath<contract> : f32
                  %v2818 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2819 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2820 = arith.mulf %v2819, %v2818 fastmath<contract> : f32
                  %v2821 = arith.addf %v2817, %v2820 fastmath<contract> : f32
                  llvm.store %v2821, %v51 : f32, !llvm.ptr
                  %v2822 = arith.muli %v48, %v295 : i64
                  %v2823 = arith.muli %v2786, %v294 : i64
                  %v2824 = arith.addi %v2822, %v2823 : i64
                  %v2825 = arith.muli %v46, %v293 : i64
                  %v2826 = arith.addi %v2824, %v2825 : i64
                  %v2827 = arith.muli %v44, %v2 : i64
                  %v2828 = arith.addi %v2826, %v2827 : i64
                  %v2829 = llvm.getelementptr %in_x[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
                  %v2831 = arith.muli %v48, %v324 : i64
                  %v2832 = arith.muli %v2786, %v323 : i64
                  %v2833 = arith.addi %v2831, %v2832 : i64
                  %v2834 = arith.muli %v34, %v2 : i64
                  %v2835 = arith.addi %v2833, %v2834 : i64
                  %v2836 = llvm.getelementptr %in_Bm[%v2835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2837 = llvm.load %v2836 : !llvm.ptr -> f32
                  %v2838 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2839 = arith.mulf %v2837, %v2838 fastmath<contract> : f32
                  %v2840 = arith.muli %v48, %v324 : i64
                  %v2841 = arith.muli %v2786, %v323 : i64
                  %v2842 = arith.addi %v2840, %v2841 : i64
                  %v2843 = arith.constant 8 : i64
                  %v2844 = arith.addi %v2843, %v34 : i64
                  %v2845 = arith.muli %v2844, %v2 : i64
                  %v2846 = arith.addi %v2842, %v2845 : i64
                  %v2847 = llvm.getelementptr %in_Bm[%v2846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2848 = llvm.load %v2847 : !llvm.ptr -> f32
                  %v2849 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2850 = arith.mulf %v2848, %v2849 fastmath<contract> : f32
                  %v2851 = arith.addf %v2839, %v2850 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2852, %v2853 = gpu.shuffle xor %v2851, %v784, %v315 : f32
                  %v2854 = arith.addf %v2851, %v2852 fastmath<contract> : f32
                  %v2855, %v2856 = gpu.shuffle xor %v2854, %v788, %v315 : f32
                  %v2857 = arith.addf %v2854, %v2855 fastmath<contract> : f32
                  %v2858, %v2859 = gpu.shuffle xor %v2857, %v792, %v315 : f32
                  %v2860 = arith.addf %v2857, %v2858 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2861 = arith.mulf %v2830, %v2860 fastmath<contract> : f32
                  %v2862 = arith.mulf %v2318, %v2838 fastmath<contract> : f32
                  %v2863 = arith.mulf %v2330, %v2849 fastmath<contract> : f32
                  %v2864 = arith.addf %v2862, %v2863 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2865, %v2866 = gpu.shuffle xor %v2864, %v784, %v315 : f32
                  %v2867 = arith.addf %v2864, %v2865 fastmath<contract> : f32
                  %v2868, %v2869 = gpu.shuffle xor %v2867, %v788, %v315 : f32
                  %v2870 = arith.addf %v2867, %v2868 fastmath<contract> : f32
                  %v2871, %v2872 = gpu.shuffle xor %v2870, %v792, %v315 : f32
                  %v2873 = arith.addf %v2870, %v2871 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2874 = arith.mulf %v2777, %v2873 fastmath<contract> : f32
                  %v2875 = arith.mulf %v2779, %v2874 fastmath<contract> : f32
                  %v2876 = arith.negf %v2875 : f32
                  %v2877 = arith.addf %v2861, %v2876 fastmath<contract> : f32
                  %v2878 = arith.mulf %v2877, %v2783 fastmath<contract> : f32
                  %v2879 = arith.mulf %v2779, %v2873 fastmath<contract> : f32
                  %v2880 = arith.mulf %v2775, %v2879 fastmath<contract> : f32
                  %v2881 = arith.mulf %v2777, %v2880 fastmath<contract> : f32
                  %v2882 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2883 = arith.addf %v2882, %v2881 fastmath<contract> : f32
                  llvm.store %v2883, %v54 : f32, !llvm.ptr
                  %v2884 = arith.mulf %v2781, %v2838 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2885 = arith.addi %v12, %v34 : i64
                    %v2886 = arith.muli %v40, %v1 : i64
                    %v2887 = arith.addi %v2886, %v2885 : i64
                    %v2888 = arith.subi %v2786, %slice_first : i64
                    %v2889 = arith.muli %v2887, %slice_steps : i64
                    %v2890 = arith.addi %v2889, %v2888 : i64
                    %v2891 = llvm.getelementptr %part_Bm[%v2890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2884, %v2891 : f32, !llvm.ptr
                  }
                  %v2892 = arith.mulf %v2781, %v2849 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2893 = arith.addi %v33, %v34 : i64
                    %v2894 = arith.muli %v40, %v1 : i64
                    %v2895 = arith.addi %v2894, %v2893 : i64
                    %v2896 = arith.subi %v2786, %slice_first : i64
                    %v2897 = arith.muli %v2895, %slice_steps : i64
                    %v2898 = arith.addi %v2897, %v2896 : i64
                    %v2899 = llvm.getelementptr %part_Bm[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2892, %v2899 : f32, !llvm.ptr
                  }
                  %v2900 = arith.mulf %v2347, %v2802 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2901 = arith.addi %v12, %v34 : i64
                    %v2902 = arith.muli %v40, %v1 : i64
                    %v2903 = arith.addi %v2902, %v2901 : i64
                    %v2904 = arith.subi %v2786, %slice_first : i64
                    %v2905 = arith.muli %v2903, %slice_steps : i64
                    %v2906 = arith.addi %v2905, %v2904 : i64
                    %v2907 = llvm.getelementptr %part_Cm[%v2906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2900, %v2907 : f32, !llvm.ptr
                  }
                  %v2908 = arith.mulf %v2359, %v2802 fastmath<contract> : f32
                  scf.if %v38 {
                    %v2909 = arith.addi %v33, %v34 : i64
                    %v2910 = arith.muli %v40, %v1 : i64
                    %v2911 = arith.addi %v2910, %v2909 : i64
                    %v2912 = arith.subi %v2786, %slice_first : i64
                    %v2913 = arith.muli %v2911, %slice_steps : i64
                    %v2914 = arith.addi %v2913, %v2912 : i64
                    %v2915 = llvm.getelementptr %part_Cm[%v2914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2908, %v2915 : f32, !llvm.ptr
                  }
                  %v2916 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2917 = arith.addf %v2916, %v2878 fastmath<contract> : f32
                  llvm.store %v2917, %v56 : f32, !llvm.ptr
                  %v2918 = arith.select %v38, %v2878, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v2919, %v2920 = gpu.shuffle xor %v2918, %v854, %v315 : f32
                  %v2921 = arith.addf %v2918, %v2919 fastmath<contract> : f32
                  %v2922, %v2923 = gpu.shuffle xor %v2921, %v858, %v315 : f32
                  %v2924 = arith.addf %v2921, %v2922 fastmath<contract> : f32
                  %v2925 = arith.divui %v24, %v26 : i64
                  %v2926 = arith.remui %v24, %v26 : i64
                  %v2927 = arith.cmpi ult, %v2926, %v2 : i64
                  %v2928 = arith.muli %v2925, %v2 : i64
                  %v2929 = arith.addi %v2928, %v12 : i64
                  %v2930 = arith.muli %v2929, %v867 : i64
                  %v2931 = arith.addi %v2930, %v2785 : i64
                  scf.if %v2927 {
                    %v2932 = llvm.getelementptr %v58[%v2931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2924, %v2932 : f32, !llvm.ptr
                  }
                  %v2933 = arith.addf %v2839, %v2850 fastmath<contract> : f32
                  llvm.store %v2933, %v2418 : f32, !llvm.ptr
                  llvm.store %v2779, %v52 : f32, !llvm.ptr
                  llvm.store %v2779, %v53 : f32, !llvm.ptr
                }
                %v2934 = llvm.load %v2418 : !llvm.ptr -> f32
                %v2935 = arith.addi %v366, %v84 : i64
                %v2936 = arith.cmpi slt, %v792, %v2429 : i32
                %v2937 = arith.cmpi eq, %v792, %v2434 : i32
                %v2938, %v2939 = gpu.shuffle idx %v2161, %v124, %v315 : f32
                %v2940, %v2941 = gpu.shuffle idx %v2162, %v124, %v315 : f32
                %v2942, %v2943 = gpu.shuffle idx %v2167, %v124, %v315 : f32
                %v2944, %v2945 = gpu.shuffle idx %v2170, %v124, %v315 : f32
                %v2946, %v2947 = gpu.shuffle idx %v2180, %v124, %v315 : f32
                %v2948, %v2949 = gpu.shuffle idx %v2185, %v124, %v315 : f32
                %v2950 = arith.addi %v368, %v79 : i64
                llvm.store %v61, %v2418 : f32, !llvm.ptr
                scf.if %v2936 {
                  %v2951 = arith.addi %v149, %v2935 : i64
                  %v2952 = arith.muli %v48, %v324 : i64
                  %v2953 = arith.muli %v2951, %v323 : i64
                  %v2954 = arith.addi %v2952, %v2953 : i64
                  %v2955 = arith.muli %v34, %v2 : i64
                  %v2956 = arith.addi %v2954, %v2955 : i64
                  %v2957 = llvm.getelementptr %in_Cm[%v2956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2958 = llvm.load %v2957 : !llvm.ptr -> f32
                  %v2959 = arith.muli %v48, %v295 : i64
                  %v2960 = arith.muli %v2951, %v294 : i64
                  %v2961 = arith.addi %v2959, %v2960 : i64
                  %v2962 = arith.muli %v46, %v293 : i64
                  %v2963 = arith.addi %v2961, %v2962 : i64
                  %v2964 = arith.muli %v44, %v2 : i64
                  %v2965 = arith.addi %v2963, %v2964 : i64
                  %v2966 = llvm.getelementptr %dy_y[%v2965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2967 = llvm.load %v2966 : !llvm.ptr -> f32
                  %v2968 = arith.mulf %v2958, %v2967 fastmath<contract> : f32
                  %v2969 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2970 = llvm.load %v52 : !llvm.ptr -> f32
                  %v2971 = arith.mulf %v2970, %v2969 fastmath<contract> : f32
                  %v2972 = arith.addf %v2968, %v2971 fastmath<contract> : f32
                  llvm.store %v2972, %v50 : f32, !llvm.ptr
                  %v2973 = arith.muli %v48, %v324 : i64
                  %v2974 = arith.muli %v2951, %v323 : i64
                  %v2975 = arith.addi %v2973, %v2974 : i64
                  %v2976 = arith.constant 8 : i64
                  %v2977 = arith.addi %v2976, %v34 : i64
                  %v2978 = arith.muli %v2977, %v2 : i64
                  %v2979 = arith.addi %v2975, %v2978 : i64
                  %v2980 = llvm.getelementptr %in_Cm[%v2979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2981 = llvm.load %v2980 : !llvm.ptr -> f32
                  %v2982 = arith.mulf %v2981, %v2967 fastmath<contract> : f32
                  %v2983 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2984 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2985 = arith.mulf %v2984, %v2983 fastmath<contract> : f32
                  %v2986 = arith.addf %v2982, %v2985 fastmath<contract> : f32
                  llvm.store %v2986, %v51 : f32, !llvm.ptr
                  %v2987 = arith.muli %v48, %v295 : i64
                  %v2988 = arith.muli %v2951, %v294 : i64
                  %v2989 = arith.addi %v2987, %v2988 : i64
                  %v2990 = arith.muli %v46, %v293 : i64
                  %v2991 = arith.addi %v2989, %v2990 : i64
                  %v2992 = arith.muli %v44, %v2 : i64
                  %v2993 = arith.addi %v2991, %v2992 : i64
                  %v2994 = llvm.getelementptr %in_x[%v2993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2995 = llvm.load %v2994 : !llvm.ptr -> f32
                  %v2996 = arith.muli %v48, %v324 : i64
                  %v2997 = arith.muli %v2951, %v323 : i64
                  %v2998 = arith.addi %v2996, %v2997 : i64
                  %v2999 = arith.muli %v34, %v2 : i64
                  %v3000 = arith.addi %v2998, %v2999 : i64
                  %v3001 = llvm.getelementptr %in_Bm[%v3000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3002 = llvm.load %v3001 : !llvm.ptr -> f32
                  %v3003 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3004 = arith.mulf %v3002, %v3003 fastmath<contract> : f32
                  %v3005 = arith.muli %v48, %v324 : i64
                  %v3006 = arith.muli %v2951, %v323 : i64
                  %v3007 = arith.addi %v3005, %v3006 : i64
                  %v3008 = arith.constant 8 : i64
                  %v3009 = arith.addi %v3008, %v34 : i64
                  %v3010 = arith.muli %v3009, %v2 : i64
                  %v3011 = arith.addi %v3007, %v3010 : i64
                  %v3012 = llvm.getelementptr %in_Bm[%v3011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3013 = llvm.load %v3012 : !llvm.ptr -> f32
                  %v3014 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3015 = arith.mulf %v3013, %v3014 fastmath<contract> : f32
                  %v3016 = arith.addf %v3004, %v3015 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3017, %v3018 = gpu.shuffle xor %v3016, %v784, %v315 : f32
                  %v3019 = arith.addf %v3016, %v3017 fastmath<contract> : f32
                  %v3020, %v3021 = gpu.shuffle xor %v3019, %v788, %v315 : f32
                  %v3022 = arith.addf %v3019, %v3020 fastmath<contract> : f32
                  %v3023, %v3024 = gpu.shuffle xor %v3022, %v792, %v315 : f32
                  %v3025 = arith.addf %v3022, %v3023 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3026 = arith.mulf %v2995, %v3025 fastmath<contract> : f32
                  %v3027 = arith.mulf %v2289, %v3003 fastmath<contract> : f32
                  %v3028 = arith.mulf %v2301, %v3014 fastmath<contract> : f32
                  %v3029 = arith.addf %v3027, %v3028 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3030, %v3031 = gpu.shuffle xor %v3029, %v784, %v315 : f32
                  %v3032 = arith.addf %v3029, %v3030 fastmath<contract> : f32
                  %v3033, %v3034 = gpu.shuffle xor %v3032, %v788, %v315 : f32
                  %v3035 = arith.addf %v3032, %v3033 fastmath<contract> : f32
                  %v3036, %v3037 = gpu.shuffle xor %v3035, %v792, %v315 : f32
                  %v3038 = arith.addf %v3035, %v3036 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3039 = arith.mulf %v2942, %v3038 fastmath<contract> : f32
                  %v3040 = arith.mulf %v2944, %v3039 fastmath<contract> : f32
                  %v3041 = arith.negf %v3040 : f32
                  %v3042 = arith.addf %v3026, %v3041 fastmath<contract> : f32
                  %v3043 = arith.mulf %v3042, %v2948 fastmath<contract> : f32
                  %v3044 = arith.mulf %v2944, %v3038 fastmath<contract> : f32
                  %v3045 = arith.mulf %v2940, %v3044 fastmath<contract> : f32
                  %v3046 = arith.mulf %v2942, %v3045 fastmath<contract> : f32
                  %v3047 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3048 = arith.addf %v3047, %v3046 fastmath<contract> : f32
                  llvm.store %v3048, %v54 : f32, !llvm.ptr
                  %v3049 = arith.mulf %v2946, %v3003 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3050 = arith.addi %v12, %v34 : i64
                    %v3051 = arith.muli %v40, %v1 : i64
                    %v3052 = arith.addi %v3051, %v3050 : i64
                    %v3053 = arith.subi %v2951, %slice_first : i64
                    %v3054 = arith.muli %v3052, %slice_steps : i64
                    %v3055 = arith.addi %v3054, %v3053 : i64
                    %v3056 = llvm.getelementptr %part_Bm[%v3055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3049, %v3056 : f32, !llvm.ptr
                  }
                  %v3057 = arith.mulf %v2946, %v3014 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3058 = arith.addi %v33, %v34 : i64
                    %v3059 = arith.muli %v40, %v1 : i64
                    %v3060 = arith.addi %v3059, %v3058 : i64
                    %v3061 = arith.subi %v2951, %slice_first : i64
                    %v3062 = arith.muli %v3060, %slice_steps : i64
                    %v3063 = arith.addi %v3062, %v3061 : i64
                    %v3064 = llvm.getelementptr %part_Bm[%v3063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3057, %v3064 : f32, !llvm.ptr
                  }
                  %v3065 = arith.mulf %v2318, %v2967 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3066 = arith.addi %v12, %v34 : i64
                    %v3067 = arith.muli %v40, %v1 : i64
                    %v3068 = arith.addi %v3067, %v3066 : i64
                    %v3069 = arith.subi %v2951, %slice_first : i64
                    %v3070 = arith.muli %v3068, %slice_steps : i64
                    %v3071 = arith.addi %v3070, %v3069 : i64
                    %v3072 = llvm.getelementptr %part_Cm[%v3071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3065, %v3072 : f32, !llvm.ptr
                  }
                  %v3073 = arith.mulf %v2330, %v2967 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3074 = arith.addi %v33, %v34 : i64
                    %v3075 = arith.muli %v40, %v1 : i64
                    %v3076 = arith.addi %v3075, %v3074 : i64
                    %v3077 = arith.subi %v2951, %slice_first : i64
                    %v3078 = arith.muli %v3076, %slice_steps : i64
                    %v3079 = arith.addi %v3078, %v3077 : i64
                    %v3080 = llvm.getelementptr %part_Cm[%v3079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3073, %v3080 : f32, !llvm.ptr
                  }
                  %v3081 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3082 = arith.addf %v3081, %v3043 fastmath<contract> : f32
                  llvm.store %v3082, %v56 : f32, !llvm.ptr
                  %v3083 = arith.select %v38, %v3043, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3084, %v3085 = gpu.shuffle xor %v3083, %v854, %v315 : f32
                  %v3086 = arith.addf %v3083, %v3084 fastmath<contract> : f32
                  %v3087, %v3088 = gpu.shuffle xor %v3086, %v858, %v315 : f32
                  %v3089 = arith.addf %v3086, %v3087 fastmath<contract> : f32
                  %v3090 = arith.divui %v24, %v26 : i64
                  %v3091 = arith.remui %v24, %v26 : i64
                  %v3092 = arith.cmpi ult, %v3091, %v2 : i64
                  %v3093 = arith.muli %v3090, %v2 : i64
                  %v3094 = arith.addi %v3093, %v12 : i64
                  %v3095 = arith.muli %v3094, %v867 : i64
                  %v3096 = arith.addi %v3095, %v2950 : i64
                  scf.if %v3092 {
                    %v3097 = llvm.getelementptr %v58[%v3096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3089, %v3097 : f32, !llvm.ptr
                  }
                  %v3098 = arith.addf %v3004, %v3015 fastmath<contract> : f32
                  llvm.store %v3098, %v2418 : f32, !llvm.ptr
                  llvm.store %v2944, %v52 : f32, !llvm.ptr
                  llvm.store %v2944, %v53 : f32, !llvm.ptr
                }
                %v3099 = llvm.load %v2418 : !llvm.ptr -> f32
                %v3100 = arith.select %v2421, %v3099, %v2934 : f32
                %v3101 = arith.select %v2421, %v2934, %v3099 : f32
                %v3102, %v3103 = gpu.shuffle xor %v3100, %v784, %v315 : f32
                %v3104 = arith.addf %v3101, %v3102 fastmath<contract> : f32
                %v3105 = arith.select %v2424, %v3104, %v2769 : f32
                %v3106 = arith.select %v2424, %v2769, %v3104 : f32
                %v3107, %v3108 = gpu.shuffle xor %v3105, %v788, %v315 : f32
                %v3109 = arith.addf %v3106, %v3107 fastmath<contract> : f32
                %v3110 = arith.addi %v366, %v79 : i64
                %v3111 = arith.cmpi slt, %v1386, %v2429 : i32
                %v3112 = arith.cmpi eq, %v1386, %v2434 : i32
                %v3113, %v3114 = gpu.shuffle idx %v2161, %v120, %v315 : f32
                %v3115, %v3116 = gpu.shuffle idx %v2162, %v120, %v315 : f32
                %v3117, %v3118 = gpu.shuffle idx %v2167, %v120, %v315 : f32
                %v3119, %v3120 = gpu.shuffle idx %v2170, %v120, %v315 : f32
                %v3121, %v3122 = gpu.shuffle idx %v2180, %v120, %v315 : f32
                %v3123, %v3124 = gpu.shuffle idx %v2185, %v120, %v315 : f32
                %v3125 = arith.addi %v368, %v84 : i64
                llvm.store %v61, %v2418 : f32, !llvm.ptr
                scf.if %v3111 {
                  %v3126 = arith.addi %v149, %v3110 : i64
                  %v3127 = arith.muli %v48, %v324 : i64
                  %v3128 = arith.muli %v3126, %v323 : i64
                  %v3129 = arith.addi %v3127, %v3128 : i64
                  %v3130 = arith.muli %v34, %v2 : i64
                  %v3131 = arith.addi %v3129, %v3130 : i64
                  %v3132 = llvm.getelementptr %in_Cm[%v3131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3133 = llvm.load %v3132 : !llvm.ptr -> f32
                  %v3134 = arith.muli %v48, %v295 : i64
                  %v3135 = arith.muli %v3126, %v294 : i64
                  %v3136 = arith.addi %v3134, %v3135 : i64
                  %v3137 = arith.muli %v46, %v293 : i64
                  %v3138 = arith.addi %v3136, %v3137 : i64
                  %v3139 = arith.muli %v44, %v2 : i64
                  %v3140 = arith.addi %v3138, %v3139 : i64
                  %v3141 = llvm.getelementptr %dy_y[%v3140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3142 = llvm.load %v3141 : !llvm.ptr -> f32
                  %v3143 = arith.mulf %v3133, %v3142 fastmath<contract> : f32
                  %v3144 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3145 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3146 = arith.mulf %v3145, %v3144 fastmath<contract> : f32
                  %v3147 = arith.addf %v3143, %v3146 fastmath<contract> : f32
                  llvm.store %v3147, %v50 : f32, !llvm.ptr
                  %v3148 = arith.muli %v48, %v324 : i64
                  %v3149 = arith.muli %v3126, %v323 : i64
                  %v3150 = arith.addi %v3148, %v3149 : i64
                  %v3151 = arith.constant 8 : i64
                  %v3152 = arith.addi %v3151, %v34 : i64
                  %v3153 = arith.muli %v3152, %v2 : i64
                  %v3154 = arith.addi %v3150, %v3153 : i64
                  %v3155 = llvm.getelementptr %in_Cm[%v3154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3156 = llvm.load %v3155 : !llvm.ptr -> f32
                  %v3157 = arith.mulf %v3156, %v3142 fastmath<contract> : f32
                  %v3158 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3159 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3160 = arith.mulf %v3159, %v3158 fastmath<contract> : f32
                  %v3161 = arith.addf %v3157, %v3160 fastmath<contract> : f32
                  llvm.store %v3161, %v51 : f32, !llvm.ptr
                  %v3162 = arith.muli %v48, %v295 : i64
                  %v3163 = arith.muli %v3126, %v294 : i64
                  %v3164 = arith.addi %v3162, %v3163 : i64
                  %v3165 = arith.muli %v46, %v293 : i64
                  %v3166 = arith.addi %v3164, %v3165 : i64
                  %v3167 = arith.muli %v44, %v2 : i64
                  %v3168 = arith.addi %v3166, %v3167 : i64
                  %v3169 = llvm.getelementptr %in_x[%v3168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3170 = llvm.load %v3169 : !llvm.ptr -> f32
                  %v3171 = arith.muli %v48, %v324 : i64
                  %v3172 = arith.muli %v3126, %v323 : i64
                  %v3173 = arith.addi %v3171, %v3172 : i64
                  %v3174 = arith.muli %v34, %v2 : i64
                  %v3175 = arith.addi %v3173, %v3174 : i64
                  %v3176 = llvm.getelementptr %in_Bm[%v3175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3177 = llvm.load %v3176 : !llvm.ptr -> f32
                  %v3178 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3179 = arith.mulf %v3177, %v3178 fastmath<contract> : f32
                  %v3180 = arith.muli %v48, %v324 : i64
                  %v3181 = arith.muli %v3126, %v323 : i64
                  %v3182 = arith.addi %v3180, %v3181 : i64
                  %v3183 = arith.constant 8 : i64
                  %v3184 = arith.addi %v3183, %v34 : i64
                  %v3185 = arith.muli %v3184, %v2 : i64
                  %v3186 = arith.addi %v3182, %v3185 : i64
                  %v3187 = llvm.getelementptr %in_Bm[%v3186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3188 = llvm.load %v3187 : !llvm.ptr -> f32
                  %v3189 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3190 = arith.mulf %v3188, %v3189 fastmath<contract> : f32
                  %v3191 = arith.addf %v3179, %v3190 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3192, %v3193 = gpu.shuffle xor %v3191, %v784, %v315 : f32
                  %v3194 = arith.addf %v3191, %v3192 fastmath<contract> : f32
                  %v3195, %v3196 = gpu.shuffle xor %v3194, %v788, %v315 : f32
                  %v3197 = arith.addf %v3194, %v3195 fastmath<contract> : f32
                  %v3198, %v3199 = gpu.shuffle xor %v3197, %v792, %v315 : f32
                  %v3200 = arith.addf %v3197, %v3198 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3201 = arith.mulf %v3170, %v3200 fastmath<contract> : f32
                  %v3202 = arith.mulf %v2260, %v3178 fastmath<contract> : f32
                  %v3203 = arith.mulf %v2272, %v3189 fastmath<contract> : f32
                  %v3204 = arith.addf %v3202, %v3203 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3205, %v3206 = gpu.shuffle xor %v3204, %v784, %v315 : f32
                  %v3207 = arith.addf %v3204, %v3205 fastmath<contract> : f32
                  %v3208, %v3209 = gpu.shuffle xor %v3207, %v788, %v315 : f32
                  %v3210 = arith.addf %v3207, %v3208 fastmath<contract> : f32
                  %v3211, %v3212 = gpu.shuffle xor %v3210, %v792, %v315 : f32
                  %v3213 = arith.addf %v3210, %v3211 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3214 = arith.mulf %v3117, %v3213 fastmath<contract> : f32
                  %v3215 = arith.mulf %v3119, %v3214 fastmath<contract> : f32
                  %v3216 = arith.negf %v3215 : f32
                  %v3217 = arith.addf %v3201, %v3216 fastmath<contract> : f32
                  %v3218 = arith.mulf %v3217, %v3123 fastmath<contract> : f32
                  %v3219 = arith.mulf %v3119, %v3213 fastmath<contract> : f32
                  %v3220 = arith.mulf %v3115, %v3219 fastmath<contract> : f32
                  %v3221 = arith.mulf %v3117, %v3220 fastmath<contract> : f32
                  %v3222 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3223 = arith.addf %v3222, %v3221 fastmath<contract> : f32
                  llvm.store %v3223, %v54 : f32, !llvm.ptr
                  %v3224 = arith.mulf %v3121, %v3178 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3225 = arith.addi %v12, %v34 : i64
                    %v3226 = arith.muli %v40, %v1 : i64
                    %v3227 = arith.addi %v3226, %v3225 : i64
                    %v3228 = arith.subi %v3126, %slice_first : i64
                    %v3229 = arith.muli %v3227, %slice_steps : i64
                    %v3230 = arith.addi %v3229, %v3228 : i64
                    %v3231 = llvm.getelementptr %part_Bm[%v3230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3224, %v3231 : f32, !llvm.ptr
                  }
                  %v3232 = arith.mulf %v3121, %v3189 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3233 = arith.addi %v33, %v34 : i64
                    %v3234 = arith.muli %v40, %v1 : i64
                    %v3235 = arith.addi %v3234, %v3233 : i64
                    %v3236 = arith.subi %v3126, %slice_first : i64
                    %v3237 = arith.muli %v3235, %slice_steps : i64
                    %v3238 = arith.addi %v3237, %v3236 : i64
                    %v3239 = llvm.getelementptr %part_Bm[%v3238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3232, %v3239 : f32, !llvm.ptr
                  }
                  %v3240 = arith.mulf %v2289, %v3142 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3241 = arith.addi %v12, %v34 : i64
                    %v3242 = arith.muli %v40, %v1 : i64
                    %v3243 = arith.addi %v3242, %v3241 : i64
                    %v3244 = arith.subi %v3126, %slice_first : i64
                    %v3245 = arith.muli %v3243, %slice_steps : i64
                    %v3246 = arith.addi %v3245, %v3244 : i64
                    %v3247 = llvm.getelementptr %part_Cm[%v3246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3240, %v3247 : f32, !llvm.ptr
                  }
                  %v3248 = arith.mulf %v2301, %v3142 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3249 = arith.addi %v33, %v34 : i64
                    %v3250 = arith.muli %v40, %v1 : i64
                    %v3251 = arith.addi %v3250, %v3249 : i64
                    %v3252 = arith.subi %v3126, %slice_first : i64
                    %v3253 = arith.muli %v3251, %slice_steps : i64
                    %v3254 = arith.addi %v3253, %v3252 : i64
                    %v3255 = llvm.getelementptr %part_Cm[%v3254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3248, %v3255 : f32, !llvm.ptr
                  }
                  %v3256 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3257 = arith.addf %v3256, %v3218 fastmath<contract> : f32
                  llvm.store %v3257, %v56 : f32, !llvm.ptr
                  %v3258 = arith.select %v38, %v3218, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3259, %v3260 = gpu.shuffle xor %v3258, %v854, %v315 : f32
                  %v3261 = arith.addf %v3258, %v3259 fastmath<contract> : f32
                  %v3262, %v3263 = gpu.shuffle xor %v3261, %v858, %v315 : f32
                  %v3264 = arith.addf %v3261, %v3262 fastmath<contract> : f32
                  %v3265 = arith.divui %v24, %v26 : i64
                  %v3266 = arith.remui %v24, %v26 : i64
                  %v3267 = arith.cmpi ult, %v3266, %v2 : i64
                  %v3268 = arith.muli %v3265, %v2 : i64
                  %v3269 = arith.addi %v3268, %v12 : i64
                  %v3270 = arith.muli %v3269, %v867 : i64
                  %v3271 = arith.addi %v3270, %v3125 : i64
                  scf.if %v3267 {
                    %v3272 = llvm.getelementptr %v58[%v3271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3264, %v3272 : f32, !llvm.ptr
                  }
                  %v3273 = arith.addf %v3179, %v3190 fastmath<contract> : f32
                  llvm.store %v3273, %v2418 : f32, !llvm.ptr
                  llvm.store %v3119, %v52 : f32, !llvm.ptr
                  llvm.store %v3119, %v53 : f32, !llvm.ptr
                }
                %v3274 = llvm.load %v2418 : !llvm.ptr -> f32
                %v3275 = arith.addi %v366, %v74 : i64
                %v3276 = arith.cmpi slt, %v788, %v2429 : i32
                %v3277 = arith.cmpi eq, %v788, %v2434 : i32
                %v3278, %v3279 = gpu.shuffle idx %v2161, %v116, %v315 : f32
                %v3280, %v3281 = gpu.shuffle idx %v2162, %v116, %v315 : f32
                %v3282, %v3283 = gpu.shuffle idx %v2167, %v116, %v315 : f32
                %v3284, %v3285 = gpu.shuffle idx %v2170, %v116, %v315 : f32
                %v3286, %v3287 = gpu.shuffle idx %v2180, %v116, %v315 : f32
                %v3288, %v3289 = gpu.shuffle idx %v2185, %v116, %v315 : f32
                %v3290 = arith.addi %v368, %v89 : i64
                llvm.store %v61, %v2418 : f32, !llvm.ptr
                scf.if %v3276 {
                  %v3291 = arith.addi %v149, %v3275 : i64
                  %v3292 = arith.muli %v48, %v324 : i64
                  %v3293 = arith.muli %v3291, %v323 : i64
                  %v3294 = arith.addi %v3292, %v3293 : i64
                  %v3295 = arith.muli %v34, %v2 : i64
                  %v3296 = arith.addi %v3294, %v3295 : i64
                  %v3297 = llvm.getelementptr %in_Cm[%v3296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3298 = llvm.load %v3297 : !llvm.ptr -> f32
                  %v3299 = arith.muli %v48, %v295 : i64
                  %v3300 = arith.muli %v3291, %v294 : i64
                  %v3301 = arith.addi %v3299, %v3300 : i64
                  %v3302 = arith.muli %v46, %v293 : i64
                  %v3303 = arith.addi %v3301, %v3302 : i64
                  %v3304 = arith.muli %v44, %v2 : i64
                  %v3305 = arith.addi %v3303, %v3304 : i64
                  %v3306 = llvm.getelementptr %dy_y[%v3305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3307 = llvm.load %v3306 : !llvm.ptr -> f32
                  %v3308 = arith.mulf %v3298, %v3307 fastmath<contract> : f32
                  %v3309 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3310 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3311 = arith.mulf %v3310, %v3309 fastmath<contract> : f32
                  %v3312 = arith.addf %v3308, %v3311 fastmath<contract> : f32
                  llvm.store %v3312, %v50 : f32, !llvm.ptr
                  %v3313 = arith.muli %v48, %v324 : i64
                  %v3314 = arith.muli %v3291, %v323 : i64
                  %v3315 = arith.addi %v3313, %v3314 : i64
                  %v3316 = arith.constant 8 : i64
                  %v3317 = arith.addi %v3316, %v34 : i64
                  %v3318 = arith.muli %v3317, %v2 : i64
                  %v3319 = arith.addi %v3315, %v3318 : i64
                  %v3320 = llvm.getelementptr %in_Cm[%v3319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3321 = llvm.load %v3320 : !llvm.ptr -> f32
                  %v3322 = arith.mulf %v3321, %v3307 fastmath<contract> : f32
                  %v3323 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3324 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3325 = arith.mulf %v3324, %v3323 fastmath<contract> : f32
                  %v3326 = arith.addf %v3322, %v3325 fastmath<contract> : f32
                  llvm.store %v3326, %v51 : f32, !llvm.ptr
                  %v3327 = arith.muli %v48, %v295 : i64
                  %v3328 = arith.muli %v3291, %v294 : i64
                  %v3329 = arith.addi %v3327, %v3328 : i64
                  %v3330 = arith.muli %v46, %v293 : i64
                  %v3331 = arith.addi %v3329, %v3330 : i64
                  %v3332 = arith.muli %v44, %v2 : i64
                  %v3333 = arith.addi %v3331, %v3332 : i64
                  %v3334 = llvm.getelementptr %in_x[%v3333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3335 = llvm.load %v3334 : !llvm.ptr -> f32
                  %v3336 = arith.muli %v48, %v324 : i64
                  %v3337 = arith.muli %v3291, %v323 : i64
                  %v3338 = arith.addi %v3336, %v3337 : i64
                  %v3339 = arith.muli %v34, %v2 : i64
                  %v3340 = arith.addi %v3338, %v3339 : i64
                  %v3341 = llvm.getelementptr %in_Bm[%v3340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3342 = llvm.load %v3341 : !llvm.ptr -> f32
                  %v3343 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3344 = arith.mulf %v3342, %v3343 fastmath<contract> : f32
                  %v3345 = arith.muli %v48, %v324 : i64
                  %v3346 = arith.muli %v3291, %v323 : i64
                  %v3347 = arith.addi %v3345, %v3346 : i64
                  %v3348 = arith.constant 8 : i64
                  %v3349 = arith.addi %v3348, %v34 : i64
                  %v3350 = arith.muli %v3349, %v2 : i64
                  %v3351 = arith.addi %v3347, %v3350 : i64
                  %v3352 = llvm.getelementptr %in_Bm[%v3351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3353 = llvm.load %v3352 : !llvm.ptr -> f32
                  %v3354 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3355 = arith.mulf %v3353, %v3354 fastmath<contract> : f32
                  %v3356 = arith.addf %v3344, %v3355 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3357, %v3358 = gpu.shuffle xor %v3356, %v784, %v315 : f32
                  %v3359 = arith.addf %v3356, %v3357 fastmath<contract> : f32
                  %v3360, %v3361 = gpu.shuffle xor %v3359, %v788, %v315 : f32
                  %v3362 = arith.addf %v3359, %v3360 fastmath<contract> : f32
                  %v3363, %v3364 = gpu.shuffle xor %v3362, %v792, %v315 : f32
                  %v3365 = arith.addf %v3362, %v3363 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3366 = arith.mulf %v3335, %v3365 fastmath<contract> : f32
                  %v3367 = arith.mulf %v2231, %v3343 fastmath<contract> : f32
                  %v3368 = arith.mulf %v2243, %v3354 fastmath<contract> : f32
                  %v3369 = arith.addf %v3367, %v3368 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3370, %v3371 = gpu.shuffle xor %v3369, %v784, %v315 : f32
                  %v3372 = arith.addf %v3369, %v3370 fastmath<contract> : f32
                  %v3373, %v3374 = gpu.shuffle xor %v3372, %v788, %v315 : f32
                  %v3375 = arith.addf %v3372, %v3373 fastmath<contract> : f32
                  %v3376, %v3377 = gpu.shuffle xor %v3375, %v792, %v315 : f32
                  %v3378 = arith.addf %v3375, %v3376 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3379 = arith.mulf %v3282, %v3378 fastmath<contract> : f32
                  %v3380 = arith.mulf %v3284, %v3379 fastmath<contract> : f32
                  %v3381 = arith.negf %v3380 : f32
                  %v3382 = arith.addf %v3366, %v3381 fastmath<contract> : f32
                  %v3383 = arith.mulf %v3382, %v3288 fastmath<contract> : f32
                  %v3384 = arith.mulf %v3284, %v3378 fastmath<contract> : f32
                  %v3385 = arith.mulf %v3280, %v3384 fastmath<contract> : f32
                  %v3386 = arith.mulf %v3282, %v3385 fastmath<contract> : f32
                  %v3387 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3388 = arith.addf %v3387, %v3386 fastmath<contract> : f32
                  llvm.store %v3388, %v54 : f32, !llvm.ptr
                  %v3389 = arith.mulf %v3286, %v3343 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3390 = arith.addi %v12, %v34 : i64
                    %v3391 = arith.muli %v40, %v1 : i64
                    %v3392 = arith.addi %v3391, %v3390 : i64
                    %v3393 = arith.subi %v3291, %slice_first : i64
                    %v3394 = arith.muli %v3392, %slice_steps : i64
                    %v3395 = arith.addi %v3394, %v3393 : i64
                    %v3396 = llvm.getelementptr %part_Bm[%v3395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3389, %v3396 : f32, !llvm.ptr
                  }
                  %v3397 = arith.mulf %v3286, %v3354 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3398 = arith.addi %v33, %v34 : i64
                    %v3399 = arith.muli %v40, %v1 : i64
                    %v3400 = arith.addi %v3399, %v3398 : i64
                    %v3401 = arith.subi %v3291, %slice_first : i64
                    %v3402 = arith.muli %v3400, %slice_steps : i64
                    %v3403 = arith.addi %v3402, %v3401 : i64
                    %v3404 = llvm.getelementptr %part_Bm[%v3403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3397, %v3404 : f32, !llvm.ptr
                  }
                  %v3405 = arith.mulf %v2260, %v3307 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3406 = arith.addi %v12, %v34 : i64
                    %v3407 = arith.muli %v40, %v1 : i64
                    %v3408 = arith.addi %v3407, %v3406 : i64
                    %v3409 = arith.subi %v3291, %slice_first : i64
                    %v3410 = arith.muli %v3408, %slice_steps : i64
                    %v3411 = arith.addi %v3410, %v3409 : i64
                    %v3412 = llvm.getelementptr %part_Cm[%v3411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3405, %v3412 : f32, !llvm.ptr
                  }
                  %v3413 = arith.mulf %v2272, %v3307 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3414 = arith.addi %v33, %v34 : i64
                    %v3415 = arith.muli %v40, %v1 : i64
                    %v3416 = arith.addi %v3415, %v3414 : i64
                    %v3417 = arith.subi %v3291, %slice_first : i64
                    %v3418 = arith.muli %v3416, %slice_steps : i64
                    %v3419 = arith.addi %v3418, %v3417 : i64
                    %v3420 = llvm.getelementptr %part_Cm[%v3419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3413, %v3420 : f32, !llvm.ptr
                  }
                  %v3421 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3422 = arith.addf %v3421, %v3383 fastmath<contract> : f32
                  llvm.store %v3422, %v56 : f32, !llvm.ptr
                  %v3423 = arith.select %v38, %v3383, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3424, %v3425 = gpu.shuffle xor %v3423, %v854, %v315 : f32
                  %v3426 = arith.addf %v3423, %v3424 fastmath<contract> : f32
                  %v3427, %v3428 = gpu.shuffle xor %v3426, %v858, %v315 : f32
                  %v3429 = arith.addf %v3426, %v3427 fastmath<contract> : f32
                  %v3430 = arith.divui %v24, %v26 : i64
                  %v3431 = arith.remui %v24, %v26 : i64
                  %v3432 = arith.cmpi ult, %v3431, %v2 : i64
                  %v3433 = arith.muli %v3430, %v2 : i64
                  %v3434 = arith.addi %v3433, %v12 : i64
                  %v3435 = arith.muli %v3434, %v867 : i64
                  %v3436 = arith.addi %v3435, %v3290 : i64
                  scf.if %v3432 {
                    %v3437 = llvm.getelementptr %v58[%v3436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3429, %v3437 : f32, !llvm.ptr
                  }
                  %v3438 = arith.addf %v3344, %v3355 fastmath<contract> : f32
                  llvm.store %v3438, %v2418 : f32, !llvm.ptr
                  llvm.store %v3284, %v52 : f32, !llvm.ptr
                  llvm.store %v3284, %v53 : f32, !llvm.ptr
                }
                %v3439 = llvm.load %v2418 : !llvm.ptr -> f32
                %v3440 = arith.select %v2421, %v3439, %v3274 : f32
                %v3441 = arith.select %v2421, %v3274, %v3439 : f32
                %v3442, %v3443 = gpu.shuffle xor %v3440, %v784, %v315 : f32
                %v3444 = arith.addf %v3441, %v3442 fastmath<contract> : f32
                %v3445 = arith.addi %v366, %v2 : i64
                %v3446 = arith.cmpi slt, %v784, %v2429 : i32
                %v3447 = arith.cmpi eq, %v784, %v2434 : i32
                %v3448, %v3449 = gpu.shuffle idx %v2161, %v112, %v315 : f32
                %v3450, %v3451 = gpu.shuffle idx %v2162, %v112, %v315 : f32
                %v3452, %v3453 = gpu.shuffle idx %v2167, %v112, %v315 : f32
                %v3454, %v3455 = gpu.shuffle idx %v2170, %v112, %v315 : f32
                %v3456, %v3457 = gpu.shuffle idx %v2180, %v112, %v315 : f32
                %v3458, %v3459 = gpu.shuffle idx %v2185, %v112, %v315 : f32
                %v3460 = arith.addi %v368, %v94 : i64
                llvm.store %v61, %v2418 : f32, !llvm.ptr
                scf.if %v3446 {
                  %v3461 = arith.addi %v149, %v3445 : i64
                  %v3462 = arith.muli %v48, %v324 : i64
                  %v3463 = arith.muli %v3461, %v323 : i64
                  %v3464 = arith.addi %v3462, %v3463 : i64
                  %v3465 = arith.muli %v34, %v2 : i64
                  %v3466 = arith.addi %v3464, %v3465 : i64
                  %v3467 = llvm.getelementptr %in_Cm[%v3466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3468 = llvm.load %v3467 : !llvm.ptr -> f32
                  %v3469 = arith.muli %v48, %v295 : i64
                  %v3470 = arith.muli %v3461, %v294 : i64
                  %v3471 = arith.addi %v3469, %v3470 : i64
                  %v3472 = arith.muli %v46, %v293 : i64
                  %v3473 = arith.addi %v3471, %v3472 : i64
                  %v3474 = arith.muli %v44, %v2 : i64
                  %v3475 = arith.addi %v3473, %v3474 : i64
                  %v3476 = llvm.getelementptr %dy_y[%v3475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3477 = llvm.load %v3476 : !llvm.ptr -> f32
                  %v3478 = arith.mulf %v3468, %v3477 fastmath<contract> : f32
                  %v3479 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3480 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3481 = arith.mulf %v3480, %v3479 fastmath<contract> : f32
                  %v3482 = arith.addf %v3478, %v3481 fastmath<contract> : f32
                  llvm.store %v3482, %v50 : f32, !llvm.ptr
                  %v3483 = arith.muli %v48, %v324 : i64
                  %v3484 = arith.muli %v3461, %v323 : i64
                  %v3485 = arith.addi %v3483, %v3484 : i64
                  %v3486 = arith.constant 8 : i64
                  %v3487 = arith.addi %v3486, %v34 : i64
                  %v3488 = arith.muli %v3487, %v2 : i64
                  %v3489 = arith.addi %v3485, %v3488 : i64
                  %v3490 = llvm.getelementptr %in_Cm[%v3489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3491 = llvm.load %v3490 : !llvm.ptr -> f32
                  %v3492 = arith.mulf %v3491, %v3477 fastmath<contract> : f32
                  %v3493 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3494 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3495 = arith.mulf %v3494, %v3493 fastmath<contract> : f32
                  %v3496 = arith.addf %v3492, %v3495 fastmath<contract> : f32
                  llvm.store %v3496, %v51 : f32, !llvm.ptr
                  %v3497 = arith.muli %v48, %v295 : i64
                  %v3498 = arith.muli %v3461, %v294 : i64
                  %v3499 = arith.addi %v3497, %v3498 : i64
                  %v3500 = arith.muli %v46, %v293 : i64
                  %v3501 = arith.addi %v3499, %v3500 : i64
                  %v3502 = arith.muli %v44, %v2 : i64
                  %v3503 = arith.addi %v3501, %v3502 : i64
                  %v3504 = llvm.getelementptr %in_x[%v3503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3505 = llvm.load %v3504 : !llvm.ptr -> f32
                  %v3506 = arith.muli %v48, %v324 : i64
                  %v3507 = arith.muli %v3461, %v323 : i64
                  %v3508 = arith.addi %v3506, %v3507 : i64
                  %v3509 = arith.muli %v34, %v2 : i64
                  %v3510 = arith.addi %v3508, %v3509 : i64
                  %v3511 = llvm.getelementptr %in_Bm[%v3510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3512 = llvm.load %v3511 : !llvm.ptr -> f32
                  %v3513 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3514 = arith.mulf %v3512, %v3513 fastmath<contract> : f32
                  %v3515 = arith.muli %v48, %v324 : i64
                  %v3516 = arith.muli %v3461, %v323 : i64
                  %v3517 = arith.addi %v3515, %v3516 : i64
                  %v3518 = arith.constant 8 : i64
                  %v3519 = arith.addi %v3518, %v34 : i64
                  %v3520 = arith.muli %v3519, %v2 : i64
                  %v3521 = arith.addi %v3517, %v3520 : i64
                  %v3522 = llvm.getelementptr %in_Bm[%v3521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3523 = llvm.load %v3522 : !llvm.ptr -> f32
                  %v3524 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3525 = arith.mulf %v3523, %v3524 fastmath<contract> : f32
                  %v3526 = arith.addf %v3514, %v3525 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3527, %v3528 = gpu.shuffle xor %v3526, %v784, %v315 : f32
                  %v3529 = arith.addf %v3526, %v3527 fastmath<contract> : f32
                  %v3530, %v3531 = gpu.shuffle xor %v3529, %v788, %v315 : f32
                  %v3532 = arith.addf %v3529, %v3530 fastmath<contract> : f32
                  %v3533, %v3534 = gpu.shuffle xor %v3532, %v792, %v315 : f32
                  %v3535 = arith.addf %v3532, %v3533 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3536 = arith.mulf %v3505, %v3535 fastmath<contract> : f32
                  %v3537 = arith.mulf %v2202, %v3513 fastmath<contract> : f32
                  %v3538 = arith.mulf %v2214, %v3524 fastmath<contract> : f32
                  %v3539 = arith.addf %v3537, %v3538 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3540, %v3541 = gpu.shuffle xor %v3539, %v784, %v315 : f32
                  %v3542 = arith.addf %v3539, %v3540 fastmath<contract> : f32
                  %v3543, %v3544 = gpu.shuffle xor %v3542, %v788, %v315 : f32
                  %v3545 = arith.addf %v3542, %v3543 fastmath<contract> : f32
                  %v3546, %v3547 = gpu.shuffle xor %v3545, %v792, %v315 : f32
                  %v3548 = arith.addf %v3545, %v3546 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3549 = arith.mulf %v3452, %v3548 fastmath<contract> : f32
                  %v3550 = arith.mulf %v3454, %v3549 fastmath<contract> : f32
                  %v3551 = arith.negf %v3550 : f32
                  %v3552 = arith.addf %v3536, %v3551 fastmath<contract> : f32
                  %v3553 = arith.mulf %v3552, %v3458 fastmath<contract> : f32
                  %v3554 = arith.mulf %v3454, %v3548 fastmath<contract> : f32
                  %v3555 = arith.mulf %v3450, %v3554 fastmath<contract> : f32
                  %v3556 = arith.mulf %v3452, %v3555 fastmath<contract> : f32
                  %v3557 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3558 = arith.addf %v3557, %v3556 fastmath<contract> : f32
                  llvm.store %v3558, %v54 : f32, !llvm.ptr
                  %v3559 = arith.mulf %v3456, %v3513 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3560 = arith.addi %v12, %v34 : i64
                    %v3561 = arith.muli %v40, %v1 : i64
                    %v3562 = arith.addi %v3561, %v3560 : i64
                    %v3563 = arith.subi %v3461, %slice_first : i64
                    %v3564 = arith.muli %v3562, %slice_steps : i64
                    %v3565 = arith.addi %v3564, %v3563 : i64
                    %v3566 = llvm.getelementptr %part_Bm[%v3565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3559, %v3566 : f32, !llvm.ptr
                  }
                  %v3567 = arith.mulf %v3456, %v3524 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3568 = arith.addi %v33, %v34 : i64
                    %v3569 = arith.muli %v40, %v1 : i64
                    %v3570 = arith.addi %v3569, %v3568 : i64
                    %v3571 = arith.subi %v3461, %slice_first : i64
                    %v3572 = arith.muli %v3570, %slice_steps : i64
                    %v3573 = arith.addi %v3572, %v3571 : i64
                    %v3574 = llvm.getelementptr %part_Bm[%v3573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3567, %v3574 : f32, !llvm.ptr
                  }
                  %v3575 = arith.mulf %v2231, %v3477 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3576 = arith.addi %v12, %v34 : i64
                    %v3577 = arith.muli %v40, %v1 : i64
                    %v3578 = arith.addi %v3577, %v3576 : i64
                    %v3579 = arith.subi %v3461, %slice_first : i64
                    %v3580 = arith.muli %v3578, %slice_steps : i64
                    %v3581 = arith.addi %v3580, %v3579 : i64
                    %v3582 = llvm.getelementptr %part_Cm[%v3581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3575, %v3582 : f32, !llvm.ptr
                  }
                  %v3583 = arith.mulf %v2243, %v3477 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3584 = arith.addi %v33, %v34 : i64
                    %v3585 = arith.muli %v40, %v1 : i64
                    %v3586 = arith.addi %v3585, %v3584 : i64
                    %v3587 = arith.subi %v3461, %slice_first : i64
                    %v3588 = arith.muli %v3586, %slice_steps : i64
                    %v3589 = arith.addi %v3588, %v3587 : i64
                    %v3590 = llvm.getelementptr %part_Cm[%v3589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3583, %v3590 : f32, !llvm.ptr
                  }
                  %v3591 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3592 = arith.addf %v3591, %v3553 fastmath<contract> : f32
                  llvm.store %v3592, %v56 : f32, !llvm.ptr
                  %v3593 = arith.select %v38, %v3553, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3594, %v3595 = gpu.shuffle xor %v3593, %v854, %v315 : f32
                  %v3596 = arith.addf %v3593, %v3594 fastmath<contract> : f32
                  %v3597, %v3598 = gpu.shuffle xor %v3596, %v858, %v315 : f32
                  %v3599 = arith.addf %v3596, %v3597 fastmath<contract> : f32
                  %v3600 = arith.divui %v24, %v26 : i64
                  %v3601 = arith.remui %v24, %v26 : i64
                  %v3602 = arith.cmpi ult, %v3601, %v2 : i64
                  %v3603 = arith.muli %v3600, %v2 : i64
                  %v3604 = arith.addi %v3603, %v12 : i64
                  %v3605 = arith.muli %v3604, %v867 : i64
                  %v3606 = arith.addi %v3605, %v3460 : i64
                  scf.if %v3602 {
                    %v3607 = llvm.getelementptr %v58[%v3606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3599, %v3607 : f32, !llvm.ptr
                  }
                  %v3608 = arith.addf %v3514, %v3525 fastmath<contract> : f32
                  llvm.store %v3608, %v2418 : f32, !llvm.ptr
                  llvm.store %v3454, %v52 : f32, !llvm.ptr
                  llvm.store %v3454, %v53 : f32, !llvm.ptr
                }
                %v3609 = llvm.load %v2418 : !llvm.ptr -> f32
                %v3610 = arith.addi %v366, %v12 : i64
                %v3611 = arith.cmpi slt, %v1887, %v2429 : i32
                %v3612 = arith.cmpi eq, %v1887, %v2434 : i32
                %v3613, %v3614 = gpu.shuffle idx %v2161, %v108, %v315 : f32
                %v3615, %v3616 = gpu.shuffle idx %v2162, %v108, %v315 : f32
                %v3617, %v3618 = gpu.shuffle idx %v2167, %v108, %v315 : f32
                %v3619, %v3620 = gpu.shuffle idx %v2170, %v108, %v315 : f32
                %v3621, %v3622 = gpu.shuffle idx %v2180, %v108, %v315 : f32
                %v3623, %v3624 = gpu.shuffle idx %v2185, %v108, %v315 : f32
                %v3625 = arith.addi %v368, %v100 : i64
                llvm.store %v61, %v2418 : f32, !llvm.ptr
                scf.if %v3611 {
                  %v3626 = arith.addi %v149, %v3610 : i64
                  %v3627 = arith.muli %v48, %v324 : i64
                  %v3628 = arith.muli %v3626, %v323 : i64
                  %v3629 = arith.addi %v3627, %v3628 : i64
                  %v3630 = arith.muli %v34, %v2 : i64
                  %v3631 = arith.addi %v3629, %v3630 : i64
                  %v3632 = llvm.getelementptr %in_Cm[%v3631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3633 = llvm.load %v3632 : !llvm.ptr -> f32
                  %v3634 = arith.muli %v48, %v295 : i64
                  %v3635 = arith.muli %v3626, %v294 : i64
                  %v3636 = arith.addi %v3634, %v3635 : i64
                  %v3637 = arith.muli %v46, %v293 : i64
                  %v3638 = arith.addi %v3636, %v3637 : i64
                  %v3639 = arith.muli %v44, %v2 : i64
                  %v3640 = arith.addi %v3638, %v3639 : i64
                  %v3641 = llvm.getelementptr %dy_y[%v3640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3642 = llvm.load %v3641 : !llvm.ptr -> f32
                  %v3643 = arith.mulf %v3633, %v3642 fastmath<contract> : f32
                  %v3644 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3645 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3646 = arith.mulf %v3645, %v3644 fastmath<contract> : f32
                  %v3647 = arith.addf %v3643, %v3646 fastmath<contract> : f32
                  llvm.store %v3647, %v50 : f32, !llvm.ptr
                  %v3648 = arith.muli %v48, %v324 : i64
                  %v3649 = arith.muli %v3626, %v323 : i64
                  %v3650 = arith.addi %v3648, %v3649 : i64
                  %v3651 = arith.constant 8 : i64
                  %v3652 = arith.addi %v3651, %v34 : i64
                  %v3653 = arith.muli %v3652, %v2 : i64
                  %v3654 = arith.addi %v3650, %v3653 : i64
                  %v3655 = llvm.getelementptr %in_Cm[%v3654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3656 = llvm.load %v3655 : !llvm.ptr -> f32
                  %v3657 = arith.mulf %v3656, %v3642 fastmath<contract> : f32
                  %v3658 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3659 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3660 = arith.mulf %v3659, %v3658 fastmath<contract> : f32
                  %v3661 = arith.addf %v3657, %v3660 fastmath<contract> : f32
                  llvm.store %v3661, %v51 : f32, !llvm.ptr
                  %v3662 = arith.muli %v48, %v295 : i64
                  %v3663 = arith.muli %v3626, %v294 : i64
                  %v3664 = arith.addi %v3662, %v3663 : i64
                  %v3665 = arith.muli %v46, %v293 : i64
                  %v3666 = arith.addi %v3664, %v3665 : i64
                  %v3667 = arith.muli %v44, %v2 : i64
                  %v3668 = arith.addi %v3666, %v3667 : i64
                  %v3669 = llvm.getelementptr %in_x[%v3668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3670 = llvm.load %v3669 : !llvm.ptr -> f32
                  %v3671 = arith.muli %v48, %v324 : i64
                  %v3672 = arith.muli %v3626, %v323 : i64
                  %v3673 = arith.addi %v3671, %v3672 : i64
                  %v3674 = arith.muli %v34, %v2 : i64
                  %v3675 = arith.addi %v3673, %v3674 : i64
                  %v3676 = llvm.getelementptr %in_Bm[%v3675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3677 = llvm.load %v3676 : !llvm.ptr -> f32
                  %v3678 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3679 = arith.mulf %v3677, %v3678 fastmath<contract> : f32
                  %v3680 = arith.muli %v48, %v324 : i64
                  %v3681 = arith.muli %v3626, %v323 : i64
                  %v3682 = arith.addi %v3680, %v3681 : i64
                  %v3683 = arith.constant 8 : i64
                  %v3684 = arith.addi %v3683, %v34 : i64
                  %v3685 = arith.muli %v3684, %v2 : i64
                  %v3686 = arith.addi %v3682, %v3685 : i64
                  %v3687 = llvm.getelementptr %in_Bm[%v3686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3688 = llvm.load %v3687 : !llvm.ptr -> f32
                  %v3689 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3690 = arith.mulf %v3688, %v3689 fastmath<contract> : f32
                  %v3691 = arith.addf %v3679, %v3690 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3692, %v3693 = gpu.shuffle xor %v3691, %v784, %v315 : f32
                  %v3694 = arith.addf %v3691, %v3692 fastmath<contract> : f32
                  %v3695, %v3696 = gpu.shuffle xor %v3694, %v788, %v315 : f32
                  %v3697 = arith.addf %v3694, %v3695 fastmath<contract> : f32
                  %v3698, %v3699 = gpu.shuffle xor %v3697, %v792, %v315 : f32
                  %v3700 = arith.addf %v3697, %v3698 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3701 = arith.mulf %v3670, %v3700 fastmath<contract> : f32
                  %v3702 = arith.mulf %v2115, %v3678 fastmath<contract> : f32
                  %v3703 = arith.mulf %v2124, %v3689 fastmath<contract> : f32
                  %v3704 = arith.addf %v3702, %v3703 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3705, %v3706 = gpu.shuffle xor %v3704, %v784, %v315 : f32
                  %v3707 = arith.addf %v3704, %v3705 fastmath<contract> : f32
                  %v3708, %v3709 = gpu.shuffle xor %v3707, %v788, %v315 : f32
                  %v3710 = arith.addf %v3707, %v3708 fastmath<contract> : f32
                  %v3711, %v3712 = gpu.shuffle xor %v3710, %v792, %v315 : f32
                  %v3713 = arith.addf %v3710, %v3711 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3714 = arith.mulf %v3617, %v3713 fastmath<contract> : f32
                  %v3715 = arith.mulf %v3619, %v3714 fastmath<contract> : f32
                  %v3716 = arith.negf %v3715 : f32
                  %v3717 = arith.addf %v3701, %v3716 fastmath<contract> : f32
                  %v3718 = arith.mulf %v3717, %v3623 fastmath<contract> : f32
                  %v3719 = arith.mulf %v3619, %v3713 fastmath<contract> : f32
                  %v3720 = arith.mulf %v3615, %v3719 fastmath<contract> : f32
                  %v3721 = arith.mulf %v3617, %v3720 fastmath<contract> : f32
                  %v3722 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3723 = arith.addf %v3722, %v3721 fastmath<contract> : f32
                  llvm.store %v3723, %v54 : f32, !llvm.ptr
                  %v3724 = arith.mulf %v3621, %v3678 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3725 = arith.addi %v12, %v34 : i64
                    %v3726 = arith.muli %v40, %v1 : i64
                    %v3727 = arith.addi %v3726, %v3725 : i64
                    %v3728 = arith.subi %v3626, %slice_first : i64
                    %v3729 = arith.muli %v3727, %slice_steps : i64
                    %v3730 = arith.addi %v3729, %v3728 : i64
                    %v3731 = llvm.getelementptr %part_Bm[%v3730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3724, %v3731 : f32, !llvm.ptr
                  }
                  %v3732 = arith.mulf %v3621, %v3689 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3733 = arith.addi %v33, %v34 : i64
                    %v3734 = arith.muli %v40, %v1 : i64
                    %v3735 = arith.addi %v3734, %v3733 : i64
                    %v3736 = arith.subi %v3626, %slice_first : i64
                    %v3737 = arith.muli %v3735, %slice_steps : i64
                    %v3738 = arith.addi %v3737, %v3736 : i64
                    %v3739 = llvm.getelementptr %part_Bm[%v3738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3732, %v3739 : f32, !llvm.ptr
                  }
                  %v3740 = arith.mulf %v2202, %v3642 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3741 = arith.addi %v12, %v34 : i64
                    %v3742 = arith.muli %v40, %v1 : i64
                    %v3743 = arith.addi %v3742, %v3741 : i64
                    %v3744 = arith.subi %v3626, %slice_first : i64
                    %v3745 = arith.muli %v3743, %slice_steps : i64
                    %v3746 = arith.addi %v3745, %v3744 : i64
                    %v3747 = llvm.getelementptr %part_Cm[%v3746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3740, %v3747 : f32, !llvm.ptr
                  }
                  %v3748 = arith.mulf %v2214, %v3642 fastmath<contract> : f32
                  scf.if %v38 {
                    %v3749 = arith.addi %v33, %v34 : i64
                    %v3750 = arith.muli %v40, %v1 : i64
                    %v3751 = arith.addi %v3750, %v3749 : i64
                    %v3752 = arith.subi %v3626, %slice_first : i64
                    %v3753 = arith.muli %v3751, %slice_steps : i64
                    %v3754 = arith.addi %v3753, %v3752 : i64
                    %v3755 = llvm.getelementptr %part_Cm[%v3754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3748, %v3755 : f32, !llvm.ptr
                  }
                  %v3756 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3757 = arith.addf %v3756, %v3718 fastmath<contract> : f32
                  llvm.store %v3757, %v56 : f32, !llvm.ptr
                  %v3758 = arith.select %v38, %v3718, %v61 : f32
                  // sum over the warp's outer points: shuffles
                  %v3759, %v3760 = gpu.shuffle xor %v3758, %v854, %v315 : f32
                  %v3761 = arith.addf %v3758, %v3759 fastmath<contract> : f32
                  %v3762, %v3763 = gpu.shuffle xor %v3761, %v858, %v315 : f32
                  %v3764 = arith.addf %v3761, %v3762 fastmath<contract> : f32
                  %v3765 = arith.divui %v24, %v26 : i64
                  %v3766 = arith.remui %v24, %v26 : i64
                  %v3767 = arith.cmpi ult, %v3766, %v2 : i64
                  %v3768 = arith.muli %v3765, %v2 : i64
                  %v3769 = arith.addi %v3768, %v12 : i64
                  %v3770 = arith.muli %v3769, %v867 : i64
                  %v3771 = arith.addi %v3770, %v3625 : i64
                  scf.if %v3767 {
                    %v3772 = llvm.getelementptr %v58[%v3771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3764, %v3772 : f32, !llvm.ptr
                  }
                  %v3773 = arith.addf %v3679, %v3690 fastmath<contract> : f32
                  llvm.store %v3773, %v2418 : f32, !llvm.ptr
                  llvm.store %v3619, %v52 : f32, !llvm.ptr
                  llvm.store %v3619, %v53 : f32, !llvm.ptr
                }
                %v3774 = llvm.load %v2418 : !llvm.ptr -> f32
                %v3775 = arith.select %v2421, %v3774, %v3609 : f32
                %v3776 = arith.select %v2421, %v3609, %v3774 : f32
                %v3777, %v3778 = gpu.shuffle xor %v3775, %v784, %v315 : f32
                %v3779 = arith.addf %v3776, %v3777 fastmath<contract> : f32
                %v3780 = arith.select %v2424, %v3779, %v3444 : f32
                %v3781 = arith.select %v2424, %v3444, %v3779 : f32
                %v3782, %v3783 = gpu.shuffle xor %v3780, %v788, %v315 : f32
                %v3784 = arith.addf %v3781, %v3782 fastmath<contract> : f32
                %v3785 = arith.select %v2427, %v3784, %v3109 : f32
                %v3786 = arith.select %v2427, %v3109, %v3784 : f32
                %v3787, %v3788 = gpu.shuffle xor %v3785, %v792, %v315 : f32
                %v3789 = arith.addf %v3786, %v3787 fastmath<contract> : f32
                %v3790 = arith.addi %v366, %v34 : i64
                %v3791 = arith.cmpi slt, %v3790, %v151 : i64
                %v3792 = arith.andi %v38, %v3791 : i1
                scf.if %v3792 {
                  %v3793 = arith.addi %v149, %v3790 : i64
                  // the gradients of this lane's own step
                  %v3794 = arith.muli %v46, %v2 : i64
                  %v3795 = llvm.getelementptr %in_Dskip[%v3794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3796 = llvm.load %v3795 : !llvm.ptr -> f32
                  %v3797 = arith.muli %v48, %v295 : i64
                  %v3798 = arith.muli %v3793, %v294 : i64
                  %v3799 = arith.addi %v3797, %v3798 : i64
                  %v3800 = arith.muli %v46, %v293 : i64
                  %v3801 = arith.addi %v3799, %v3800 : i64
                  %v3802 = arith.muli %v44, %v2 : i64
                  %v3803 = arith.addi %v3801, %v3802 : i64
                  %v3804 = llvm.getelementptr %dy_y[%v3803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3805 = llvm.load %v3804 : !llvm.ptr -> f32
                  %v3806 = arith.mulf %v3796, %v3805 fastmath<contract> : f32
                  %v3807 = arith.mulf %v2161, %v3789 fastmath<contract> : f32
                  %v3808 = arith.addf %v3806, %v3807 fastmath<contract> : f32
                  %v3809 = arith.muli %v48, %v295 : i64
                  %v3810 = arith.muli %v3793, %v294 : i64
                  %v3811 = arith.addi %v3809, %v3810 : i64
                  %v3812 = arith.muli %v46, %v293 : i64
                  %v3813 = arith.addi %v3811, %v3812 : i64
                  %v3814 = arith.muli %v44, %v2 : i64
                  %v3815 = arith.addi %v3813, %v3814 : i64
                  %v3816 = llvm.getelementptr %dx_x[%v3815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3808, %v3816 : f32, !llvm.ptr
                  %v3817 = arith.muli %v48, %v295 : i64
                  %v3818 = arith.muli %v3793, %v294 : i64
                  %v3819 = arith.addi %v3817, %v3818 : i64
                  %v3820 = arith.muli %v46, %v293 : i64
                  %v3821 = arith.addi %v3819, %v3820 : i64
                  %v3822 = arith.muli %v44, %v2 : i64
                  %v3823 = arith.addi %v3821, %v3822 : i64
                  %v3824 = llvm.getelementptr %in_x[%v3823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3825 = llvm.load %v3824 : !llvm.ptr -> f32
                  %v3826 = arith.mulf %v3825, %v3805 fastmath<contract> : f32
                  %v3827 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3828 = arith.addf %v3827, %v3826 fastmath<contract> : f32
                  llvm.store %v3828, %v55 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3829 = arith.index_cast %v24 : i64 to index
          %v3830 = arith.index_cast %v26 : i64 to index
          %v3831 = arith.index_cast %v155 : i64 to index
          scf.for %v3832 = %v3829 to %v3830 step %v3831 {
            %v3833 = arith.index_cast %v3832 : index to i64
            %v3837 = arith.remui %v3833, %v26 : i64
            %v3838 = arith.divui %v3833, %v26 : i64
            %v3839 = arith.muli %v355, %v84 : i64
            %v3840 = arith.divui %v3837, %v33 : i64
            %v3841 = arith.addi %v3839, %v3840 : i64
            %v3842 = arith.cmpi slt, %v3841, %v153 : i64
            %v3843 = arith.subi %v153, %v2 : i64
            %v3844 = arith.subi %v3843, %v3841 : i64
            %v3845 = arith.remui %v3837, %v33 : i64
            %v3846 = arith.subi %v100, %v3845 : i64
            %v3847 = arith.muli %v3844, %v33 : i64
            %v3848 = arith.addi %v3847, %v3846 : i64
            %v3849 = arith.cmpi slt, %v3848, %v151 : i64
            %v3850 = arith.andi %v3842, %v3849 : i1
            scf.if %v3850 {
              %v3851 = arith.addi %v149, %v3848 : i64
              %v3852 = arith.remui %v3833, %v26 : i64
              %v3853 = arith.divui %v3833, %v26 : i64
              %v3854 = arith.muli %v12, %v2 : i64
              %v3855 = arith.addi %v3854, %v3853 : i64
              %v3856 = arith.muli %v3855, %v867 : i64
              %v3857 = arith.addi %v3856, %v3852 : i64
              %v3858 = llvm.getelementptr %v58[%v3857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3859 = llvm.load %v3858 : !llvm.ptr -> f32
              %v3860 = arith.muli %v2, %v2 : i64
              %v3861 = arith.addi %v3860, %v3853 : i64
              %v3862 = arith.muli %v3861, %v867 : i64
              %v3863 = arith.addi %v3862, %v3852 : i64
              %v3864 = llvm.getelementptr %v58[%v3863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3865 = llvm.load %v3864 : !llvm.ptr -> f32
              %v3866 = arith.addf %v3859, %v3865 fastmath<contract> : f32
              %v3867 = arith.muli %v74, %v2 : i64
              %v3868 = arith.addi %v3867, %v3853 : i64
              %v3869 = arith.muli %v3868, %v867 : i64
              %v3870 = arith.addi %v3869, %v3852 : i64
              %v3871 = llvm.getelementptr %v58[%v3870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3872 = llvm.load %v3871 : !llvm.ptr -> f32
              %v3873 = arith.addf %v3866, %v3872 fastmath<contract> : f32
              %v3874 = arith.muli %v79, %v2 : i64
              %v3875 = arith.addi %v3874, %v3853 : i64
              %v3876 = arith.muli %v3875, %v867 : i64
              %v3877 = arith.addi %v3876, %v3852 : i64
              %v3878 = llvm.getelementptr %v58[%v3877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3879 = llvm.load %v3878 : !llvm.ptr -> f32
              %v3880 = arith.addf %v3873, %v3879 fastmath<contract> : f32
              %v3881 = arith.muli %v84, %v2 : i64
              %v3882 = arith.addi %v3881, %v3853 : i64
              %v3883 = arith.muli %v3882, %v867 : i64
              %v3884 = arith.addi %v3883, %v3852 : i64
              %v3885 = llvm.getelementptr %v58[%v3884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3886 = llvm.load %v3885 : !llvm.ptr -> f32
              %v3887 = arith.addf %v3880, %v3886 fastmath<contract> : f32
              %v3888 = arith.muli %v89, %v2 : i64
              %v3889 = arith.addi %v3888, %v3853 : i64
              %v3890 = arith.muli %v3889, %v867 : i64
              %v3891 = arith.addi %v3890, %v3852 : i64
              %v3892 = llvm.getelementptr %v58[%v3891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3893 = llvm.load %v3892 : !llvm.ptr -> f32
              %v3894 = arith.addf %v3887, %v3893 fastmath<contract> : f32
              %v3895 = arith.muli %v94, %v2 : i64
              %v3896 = arith.addi %v3895, %v3853 : i64
              %v3897 = arith.muli %v3896, %v867 : i64
              %v3898 = arith.addi %v3897, %v3852 : i64
              %v3899 = llvm.getelementptr %v58[%v3898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3900 = llvm.load %v3899 : !llvm.ptr -> f32
              %v3901 = arith.addf %v3894, %v3900 fastmath<contract> : f32
              %v3902 = arith.muli %v100, %v2 : i64
              %v3903 = arith.addi %v3902, %v3853 : i64
              %v3904 = arith.muli %v3903, %v867 : i64
              %v3905 = arith.addi %v3904, %v3852 : i64
              %v3906 = llvm.getelementptr %v58[%v3905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3907 = llvm.load %v3906 : !llvm.ptr -> f32
              %v3908 = arith.addf %v3901, %v3907 fastmath<contract> : f32
              %v3909 = arith.subi %v3851, %slice_first : i64
              %v3912 = arith.muli %v48, %v3911 : i64
              %v3913 = arith.muli %v3909, %v3910 : i64
              %v3914 = arith.addi %v3912, %v3913 : i64
              %v3915 = arith.muli %v46, %v2 : i64
              %v3916 = arith.addi %v3914, %v3915 : i64
              %v3917 = arith.muli %v32, %v3836 : i64
              %v3918 = arith.addi %v3917, %v3916 : i64
              %v3919 = llvm.getelementptr %part_dt[%v3918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3908, %v3919 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v13 {
      }
      scf.if %v13 {
        %v3920 = arith.cmpi eq, %v34, %v12 : i64
        %v3921 = arith.andi %v38, %v3920 : i1
        scf.if %v3921 {
          %v3922 = llvm.load %v54 : !llvm.ptr -> f32
          %v3923 = arith.muli %v40, %v2 : i64
          %v3924 = arith.addi %v3923, %v12 : i64
          %v3925 = llvm.getelementptr %part_A_log[%v3924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3922, %v3925 : f32, !llvm.ptr
        }
        %v3926 = llvm.load %v55 : !llvm.ptr -> f32
        // sum over the lanes: butterfly shuffles, every lane gets the total
        %v3927, %v3928 = gpu.shuffle xor %v3926, %v784, %v315 : f32
        %v3929 = arith.addf %v3926, %v3927 fastmath<contract> : f32
        %v3930, %v3931 = gpu.shuffle xor %v3929, %v788, %v315 : f32
        %v3932 = arith.addf %v3929, %v3930 fastmath<contract> : f32
        %v3933, %v3934 = gpu.shuffle xor %v3932, %v792, %v315 : f32
        %v3935 = arith.addf %v3932, %v3933 fastmath<contract> : f32
        // end sum over the lanes
        llvm.store %v3935, %v55 : f32, !llvm.ptr
        %v3936 = arith.cmpi eq, %v34, %v12 : i64
        %v3937 = arith.andi %v38, %v3936 : i1
        scf.if %v3937 {
          %v3938 = llvm.load %v55 : !llvm.ptr -> f32
          %v3939 = arith.muli %v40, %v2 : i64
          %v3940 = arith.addi %v3939, %v12 : i64
          %v3941 = llvm.getelementptr %part_Dskip[%v3940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3938, %v3941 : f32, !llvm.ptr
        }
        %v3942 = arith.cmpi eq, %v34, %v12 : i64
        %v3943 = arith.andi %v38, %v3942 : i1
        scf.if %v3943 {
          %v3944 = llvm.load %v56 : !llvm.ptr -> f32
          %v3945 = arith.muli %v40, %v2 : i64
          %v3946 = arith.addi %v3945, %v12 : i64
          %v3947 = llvm.getelementptr %part_dt_bias[%v3946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3944, %v3947 : f32, !llvm.ptr
        }
      } else {
        scf.if %v38 {
          %v3948 = arith.muli %v40, %v33 : i64
          %v3949 = arith.addi %v3948, %v34 : i64
          %v3950 = arith.muli %v5, %v33 : i64
          %v3951 = arith.muli %v12, %v3950 : i64
          %v3952 = arith.addi %v3951, %v3949 : i64
          %v3953 = llvm.load %v50 : !llvm.ptr -> f32
          %v3954 = llvm.getelementptr %slice_carry[%v3952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3953, %v3954 : f32, !llvm.ptr
          %v3955 = arith.muli %v2, %v3950 : i64
          %v3956 = arith.addi %v3955, %v3949 : i64
          %v3957 = llvm.load %v51 : !llvm.ptr -> f32
          %v3958 = llvm.getelementptr %slice_carry[%v3956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3957, %v3958 : f32, !llvm.ptr
          %v3959 = arith.muli %v74, %v3950 : i64
          %v3960 = arith.addi %v3959, %v3949 : i64
          %v3961 = llvm.load %v52 : !llvm.ptr -> f32
          %v3962 = llvm.getelementptr %slice_carry[%v3960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3961, %v3962 : f32, !llvm.ptr
          %v3963 = arith.muli %v79, %v3950 : i64
          %v3964 = arith.addi %v3963, %v3949 : i64
          %v3965 = llvm.load %v53 : !llvm.ptr -> f32
          %v3966 = llvm.getelementptr %slice_carry[%v3964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3965, %v3966 : f32, !llvm.ptr
          %v3967 = arith.muli %v84, %v3950 : i64
          %v3968 = arith.addi %v3967, %v3949 : i64
          %v3969 = llvm.load %v54 : !llvm.ptr -> f32
          %v3970 = llvm.getelementptr %slice_carry[%v3968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3969, %v3970 : f32, !llvm.ptr
          %v3971 = arith.muli %v89, %v3950 : i64
          %v3972 = arith.addi %v3971, %v3949 : i64
          %v3973 = llvm.load %v55 : !llvm.ptr -> f32
          %v3974 = llvm.getelementptr %slice_carry[%v3972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3973, %v3974 : f32, !llvm.ptr
          %v3975 = arith.muli %v94, %v3950 : i64
          %v3976 = arith.addi %v3975, %v3949 : i64
          %v3977 = llvm.load %v56 : !llvm.ptr -> f32
          %v3978 = llvm.getelementptr %slice_carry[%v3976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3977, %v3978 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
