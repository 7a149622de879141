module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_mamba2_bwd_seg_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @rows_mamba2_bwd_seg_dt() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mamba2_bwd_seg(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %segcarry_S: !llvm.ptr, %dx_x: !llvm.ptr, %part_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 32 : i64
      %v21 = arith.constant 31 : i64
      %v32 = arith.constant 8 : i64
      %v49 = arith.constant 4 : i64
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.mlir.addressof @tile_mamba2_bwd_seg_dt : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @rows_mamba2_bwd_seg_dt : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = arith.constant 0x00000000 : f32
      %v65 = arith.constant 0x3F800000 : f32
      %v66 = arith.constant 0 : i64
      %v112 = arith.constant 64 : i64
      %v113 = arith.constant 7 : i64
      %v178 = arith.muli %v2, %size_H : i64
      %v179 = arith.muli %v178, %size_L : i64
      %v187 = arith.constant 65 : i64
      %v192 = arith.muli %v2, %size_B : i64
      %v193 = arith.muli %v192, %size_H : i64
      %v194 = arith.muli %v193, %size_P : i64
      %v195 = arith.muli %v194, %v1 : i64
      %v197 = arith.muli %v2, %v1 : i64
      %v198 = arith.muli %v197, %size_P : i64
      %v199 = arith.muli %v198, %size_H : i64
      %v210 = arith.muli %v2, %size_B : i64
      %v211 = arith.muli %v210, %size_H : i64
      %v212 = arith.muli %v211, %size_P : i64
      %v213 = arith.muli %v212, %v1 : i64
      %v267 = arith.constant 0x3FB8AA3B : f32
      %v272 = arith.constant 0x3F317218 : f32
      %v274 = arith.constant 0x3E124925 : f32
      %v276 = arith.constant 0xBE2AAAAB : f32
      %v279 = arith.constant 0x3E4CCCCD : f32
      %v282 = arith.constant 0xBE800000 : f32
      %v285 = arith.constant 0x3EAAAAAB : f32
      %v288 = arith.constant 0xBF000000 : f32
      %v294 = arith.constant 0x3D800000 : f32
      %v307 = arith.muli %v2, %size_P : i64
      %v308 = arith.muli %v307, %size_H : i64
      %v309 = arith.muli %v308, %size_L : i64
      %v329 = arith.constant 32 : i32
      %v337 = arith.muli %v2, %v1 : i64
      %v338 = arith.muli %v337, %size_L : i64
      %v363 = arith.constant 3 : i64
      %v525 = arith.constant 2 : i64
      %v613 = arith.constant 5 : i64
      %v643 = arith.constant 6 : i64
      %v702 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v717 = arith.constant 2147483647 : i64
      %v721 = arith.constant 7 : i32
      %v803 = arith.constant 1 : i32
      %v807 = arith.constant 2 : i32
      %v811 = arith.constant 4 : i32
      %v873 = arith.constant 8 : i32
      %v877 = arith.constant 16 : i32
      %v886 = arith.constant 33 : i64
      %v893 = arith.constant 6 : i32
      %v1064 = arith.constant 5 : i32
      %v1405 = arith.constant 3 : i32
      %v1906 = arith.constant 0 : i32
      %v2437 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v3853 = arith.muli %v2, %size_B : i64
      %v3854 = arith.muli %v3853, %size_L : i64
      %v3855 = arith.muli %v3854, %size_H : i64
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v22 = arith.addi %size_P, %v21 : i64
      %v23 = arith.divui %v22, %v20 : i64
      %v24 = arith.maxsi %v23, %v2 : i64
      %v25 = arith.maxsi %size_P, %v2 : i64
      %v26 = arith.divui %v5, %v25 : i64
      %v27 = arith.muli %v26, %v24 : i64
      %v28 = arith.divui %v19, %v27 : i64
      %v29 = arith.remui %v19, %v27 : i64
      %v30 = arith.divui %v29, %v24 : i64
      %v31 = arith.remui %v29, %v24 : i64
      %v33 = arith.remui %v18, %v32 : i64
      %v34 = arith.divui %v18, %v32 : i64
      %v35 = arith.muli %v31, %v20 : i64
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
      %v117 = arith.trunci %v18 : i64 to i32
      %v118 = arith.constant 24 : i32
      %v119 = arith.andi %v117, %v118 : i32
      %v120 = arith.constant 0 : i32
      %v121 = arith.ori %v119, %v120 : i32
      %v122 = arith.constant 0 : i64
      %v123 = arith.cmpi eq, %v33, %v122 : i64
      %v124 = arith.constant 1 : i32
      %v125 = arith.ori %v119, %v124 : i32
      %v126 = arith.constant 1 : i64
      %v127 = arith.cmpi eq, %v33, %v126 : i64
      %v128 = arith.constant 2 : i32
      %v129 = arith.ori %v119, %v128 : i32
      %v130 = arith.constant 2 : i64
      %v131 = arith.cmpi eq, %v33, %v130 : i64
      %v132 = arith.constant 3 : i32
      %v133 = arith.ori %v119, %v132 : i32
      %v134 = arith.constant 3 : i64
      %v135 = arith.cmpi eq, %v33, %v134 : i64
      %v136 = arith.constant 4 : i32
      %v137 = arith.ori %v119, %v136 : i32
      %v138 = arith.constant 4 : i64
      %v139 = arith.cmpi eq, %v33, %v138 : i64
      %v140 = arith.constant 5 : i32
      %v141 = arith.ori %v119, %v140 : i32
      %v142 = arith.constant 5 : i64
      %v143 = arith.cmpi eq, %v33, %v142 : i64
      %v144 = arith.constant 6 : i32
      %v145 = arith.ori %v119, %v144 : i32
      %v146 = arith.constant 6 : i64
      %v147 = arith.cmpi eq, %v33, %v146 : i64
      %v148 = arith.constant 7 : i32
      %v149 = arith.ori %v119, %v148 : i32
      %v150 = arith.constant 7 : i64
      %v151 = arith.cmpi eq, %v33, %v150 : i64
      %v50 = arith.muli %v28, %v49 : i64
      %v51 = arith.addi %v50, %v49 : i64
      %v52 = arith.muli %v28, %v5 : i64
      llvm.store %v64, %v53 : f32, !llvm.ptr
      llvm.store %v64, %v54 : f32, !llvm.ptr
      llvm.store %v65, %v55 : f32, !llvm.ptr
      llvm.store %v65, %v56 : f32, !llvm.ptr
      llvm.store %v64, %v57 : f32, !llvm.ptr
      llvm.store %v64, %v58 : f32, !llvm.ptr
      llvm.store %v64, %v59 : f32, !llvm.ptr
      %v67 = arith.addi %v66, %v33 : i64
      %v68 = arith.muli %v66, %v9 : i64
      %v69 = arith.addi %v68, %v28 : i64
      %v70 = arith.muli %v69, %v1 : i64
      %v71 = arith.addi %v70, %v67 : i64
      %v72 = arith.muli %v71, %v5 : i64
      %v73 = arith.subi %v5, %v2 : i64
      %v74 = arith.minsi %v39, %v73 : i64
      %v75 = arith.addi %v72, %v74 : i64
      %v76 = llvm.getelementptr %segcarry_S[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v77 = llvm.load %v76 : !llvm.ptr -> f32
      llvm.store %v77, %v53 : f32, !llvm.ptr
      %v78 = arith.addi %v66, %v33 : i64
      %v79 = arith.muli %v2, %v9 : i64
      %v80 = arith.addi %v79, %v28 : i64
      %v81 = arith.muli %v80, %v1 : i64
      %v82 = arith.addi %v81, %v78 : i64
      %v83 = arith.muli %v82, %v5 : i64
      %v84 = arith.subi %v5, %v2 : i64
      %v85 = arith.minsi %v39, %v84 : i64
      %v86 = arith.addi %v83, %v85 : i64
      %v87 = llvm.getelementptr %segcarry_S[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v88 = llvm.load %v87 : !llvm.ptr -> f32
      llvm.store %v88, %v55 : f32, !llvm.ptr
      %v89 = arith.addi %v32, %v33 : i64
      %v90 = arith.muli %v66, %v9 : i64
      %v91 = arith.addi %v90, %v28 : i64
      %v92 = arith.muli %v91, %v1 : i64
      %v93 = arith.addi %v92, %v89 : i64
      %v94 = arith.muli %v93, %v5 : i64
      %v95 = arith.subi %v5, %v2 : i64
      %v96 = arith.minsi %v39, %v95 : i64
      %v97 = arith.addi %v94, %v96 : i64
      %v98 = llvm.getelementptr %segcarry_S[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      llvm.store %v99, %v54 : f32, !llvm.ptr
      %v100 = arith.addi %v32, %v33 : i64
      %v101 = arith.muli %v2, %v9 : i64
      %v102 = arith.addi %v101, %v28 : i64
      %v103 = arith.muli %v102, %v1 : i64
      %v104 = arith.addi %v103, %v100 : i64
      %v105 = arith.muli %v104, %v5 : i64
      %v106 = arith.subi %v5, %v2 : i64
      %v107 = arith.minsi %v39, %v106 : i64
      %v108 = arith.addi %v105, %v107 : i64
      %v109 = llvm.getelementptr %segcarry_S[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      llvm.store %v110, %v56 : f32, !llvm.ptr
      %v111 = arith.cmpi eq, %size_L, %v66 : i64
      scf.if %v111 {
        llvm.store %v64, %v14 : f32, !llvm.ptr
        llvm.store %v64, %v15 : f32, !llvm.ptr
      }
      %v114 = arith.subi %v112, %v2 : i64
      %v115 = arith.addi %size_L, %v114 : i64
      %v116 = arith.divui %v115, %v112 : i64
      %v152 = arith.minsi %v51, %v116 : i64
      %v153 = arith.muli %v28, %v32 : i64
      %v154 = arith.subi %v152, %v50 : i64
      %v155 = arith.maxsi %v154, %v66 : i64
      %v156 = arith.index_cast %v66 : i64 to index
      %v157 = arith.index_cast %v155 : i64 to index
      %v158 = arith.index_cast %v2 : i64 to index
      scf.for %v159 = %v156 to %v157 step %v158 {
        %v160 = arith.index_cast %v159 : index to i64
        %v161 = arith.subi %v152, %v2 : i64
        %v162 = arith.subi %v161, %v160 : i64
        %v163 = arith.muli %v162, %v112 : i64
        %v164 = arith.subi %size_L, %v163 : i64
        %v165 = arith.minsi %v164, %v112 : i64
        %v166 = arith.addi %v165, %v113 : i64
        %v167 = arith.divui %v166, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v168 = arith.subi %size_L, %v2 : i64
        %v169 = arith.index_cast %v18 : i64 to index
        %v170 = arith.index_cast %v112 : i64 to index
        %v171 = arith.index_cast %v8 : i64 to index
        scf.for %v172 = %v169 to %v170 step %v171 {
          %v173 = arith.index_cast %v172 : index to i64
          %v174 = arith.remui %v173, %v112 : i64
          %v175 = arith.divui %v173, %v112 : i64
          %v176 = arith.addi %v163, %v174 : i64
          %v177 = arith.minsi %v176, %v168 : i64
          %v180 = arith.muli %v47, %v179 : i64
          %v181 = arith.muli %v177, %v178 : i64
          %v182 = arith.addi %v180, %v181 : i64
          %v183 = arith.muli %v45, %v2 : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = llvm.getelementptr %in_dt[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v186 = llvm.load %v185 : !llvm.ptr -> f32
          %v188 = arith.muli %v175, %v187 : i64
          %v189 = arith.addi %v188, %v174 : i64
          %v190 = llvm.getelementptr %v63[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v186, %v190 : f32, !llvm.ptr
        }
        gpu.barrier
        %v191 = arith.subi %v165, %v2 : i64
        %v196 = arith.muli %v162, %v195 : i64
        %v200 = arith.muli %v47, %v199 : i64
        %v201 = arith.muli %v45, %v198 : i64
        %v202 = arith.addi %v200, %v201 : i64
        %v203 = arith.muli %v43, %v197 : i64
        %v204 = arith.addi %v202, %v203 : i64
        %v205 = arith.muli %v33, %v2 : i64
        %v206 = arith.addi %v204, %v205 : i64
        %v207 = arith.addi %v196, %v206 : i64
        %v208 = llvm.getelementptr %ckpt_S[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v209 = llvm.load %v208 : !llvm.ptr -> f32
        llvm.store %v209, %v12 : f32, !llvm.ptr
        %v214 = arith.muli %v162, %v213 : i64
        %v215 = arith.muli %v47, %v199 : i64
        %v216 = arith.muli %v45, %v198 : i64
        %v217 = arith.addi %v215, %v216 : i64
        %v218 = arith.muli %v43, %v197 : i64
        %v219 = arith.addi %v217, %v218 : i64
        %v220 = arith.constant 8 : i64
        %v221 = arith.addi %v220, %v33 : i64
        %v222 = arith.muli %v221, %v2 : i64
        %v223 = arith.addi %v219, %v222 : i64
        %v224 = arith.addi %v214, %v223 : i64
        %v225 = llvm.getelementptr %ckpt_S[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v226 = llvm.load %v225 : !llvm.ptr -> f32
        llvm.store %v226, %v13 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v227 = arith.index_cast %v66 : i64 to index
        %v228 = arith.index_cast %v167 : i64 to index
        %v229 = arith.index_cast %v2 : i64 to index
        scf.for %v230 = %v227 to %v228 step %v229 {
          %v231 = arith.index_cast %v230 : index to i64
          %v232 = arith.addi %v153, %v231 : i64
          scf.if %v37 {
            %v233 = llvm.load %v12 : !llvm.ptr -> f32
            %v234 = arith.muli %v232, %v5 : i64
            %v235 = arith.subi %v5, %v2 : i64
            %v236 = arith.minsi %v39, %v235 : i64
            %v237 = arith.addi %v234, %v236 : i64
            %v238 = arith.muli %v237, %v1 : i64
            %v239 = arith.addi %v238, %v66 : i64
            %v240 = arith.addi %v239, %v33 : i64
            %v241 = llvm.getelementptr %scratch_S[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v233, %v241 : f32, !llvm.ptr
            %v242 = llvm.load %v13 : !llvm.ptr -> f32
            %v243 = arith.muli %v232, %v5 : i64
            %v244 = arith.subi %v5, %v2 : i64
            %v245 = arith.minsi %v39, %v244 : i64
            %v246 = arith.addi %v243, %v245 : i64
            %v247 = arith.muli %v246, %v1 : i64
            %v248 = arith.addi %v247, %v32 : i64
            %v249 = arith.addi %v248, %v33 : i64
            %v250 = llvm.getelementptr %scratch_S[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v242, %v250 : f32, !llvm.ptr
          }
          %v251 = arith.muli %v231, %v32 : i64
          %v252 = arith.addi %v251, %v33 : i64
          %v253 = arith.minsi %v252, %v191 : i64
          %v254 = arith.addi %v163, %v253 : i64
          %v255 = arith.muli %v66, %v187 : i64
          %v256 = arith.subi %v254, %v163 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = llvm.getelementptr %v63[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = arith.muli %v45, %v2 : i64
          %v261 = llvm.getelementptr %in_dt_bias[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v262 = llvm.load %v261 : !llvm.ptr -> f32
          %v263 = arith.addf %v259, %v262 fastmath<contract> : f32
          %v264 = arith.maximumf %v263, %v64 : f32
          %v265 = llvm.call_intrinsic "llvm.fabs.f32"(%v263) : (f32) -> f32
          %v266 = arith.negf %v265 : f32
          %v268 = arith.mulf %v266, %v267 fastmath<contract> : f32
          %v269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v268) : (f32) -> f32
          %v270 = arith.addf %v65, %v269 fastmath<contract> : f32
          %v271 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v270) : (f32) -> f32
          %v273 = arith.mulf %v271, %v272 fastmath<contract> : f32
          %v275 = arith.mulf %v274, %v269 fastmath<contract> : f32
          %v277 = arith.addf %v275, %v276 fastmath<contract> : f32
          %v278 = arith.mulf %v277, %v269 fastmath<contract> : f32
          %v280 = arith.addf %v278, %v279 fastmath<contract> : f32
          %v281 = arith.mulf %v280, %v269 fastmath<contract> : f32
          %v283 = arith.addf %v281, %v282 fastmath<contract> : f32
          %v284 = arith.mulf %v283, %v269 fastmath<contract> : f32
          %v286 = arith.addf %v284, %v285 fastmath<contract> : f32
          %v287 = arith.mulf %v286, %v269 fastmath<contract> : f32
          %v289 = arith.addf %v287, %v288 fastmath<contract> : f32
          %v290 = arith.mulf %v289, %v269 fastmath<contract> : f32
          %v291 = arith.addf %v290, %v65 fastmath<contract> : f32
          %v292 = arith.mulf %v291, %v269 fastmath<contract> : f32
          %v293 = llvm.call_intrinsic "llvm.fabs.f32"(%v269) : (f32) -> f32
          %v295 = arith.cmpf olt, %v293, %v294 : f32
          %v296 = arith.select %v295, %v292, %v273 : f32
          %v297 = arith.addf %v264, %v296 fastmath<contract> : f32
          %v298 = arith.negf %v297 : f32
          %v299 = arith.muli %v45, %v2 : i64
          %v300 = llvm.getelementptr %in_A_log[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v301 = llvm.load %v300 : !llvm.ptr -> f32
          %v302 = arith.mulf %v301, %v267 fastmath<contract> : f32
          %v303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v302) : (f32) -> f32
          %v304 = arith.mulf %v298, %v303 fastmath<contract> : f32
          %v305 = arith.mulf %v304, %v267 fastmath<contract> : f32
          %v306 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v305) : (f32) -> f32
          %v310 = arith.muli %v47, %v309 : i64
          %v311 = arith.muli %v254, %v308 : i64
          %v312 = arith.addi %v310, %v311 : i64
          %v313 = arith.muli %v45, %v307 : i64
          %v314 = arith.addi %v312, %v313 : i64
          %v315 = arith.muli %v43, %v2 : i64
          %v316 = arith.addi %v314, %v315 : i64
          %v317 = llvm.getelementptr %in_x[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v318 = llvm.load %v317 : !llvm.ptr -> f32
          %v319 = arith.mulf %v297, %v318 fastmath<contract> : f32
          %v320 = arith.subi %v165, %v251 : i64
          %v321 = arith.trunci %v320 : i64 to i32
          %v322 = arith.index_cast %v66 : i64 to index
          %v323 = arith.index_cast %v32 : i64 to index
          %v324 = arith.index_cast %v2 : i64 to index
          scf.for %v325 = %v322 to %v323 step %v324 {
            %v326 = arith.index_cast %v325 : index to i64
            %v327 = arith.trunci %v326 : i64 to i32
            %v328 = arith.ori %v121, %v327 : i32
            %v330, %v331 = gpu.shuffle idx %v306, %v328, %v329 : f32
            %v332, %v333 = gpu.shuffle idx %v319, %v328, %v329 : f32
            %v334 = arith.addi %v251, %v326 : i64
            %v335 = arith.cmpi slt, %v327, %v321 : i32
            scf.if %v335 {
              %v336 = arith.addi %v163, %v334 : i64
              %v339 = arith.muli %v47, %v338 : i64
              %v340 = arith.muli %v336, %v337 : i64
              %v341 = arith.addi %v339, %v340 : i64
              %v342 = arith.muli %v33, %v2 : i64
              %v343 = arith.addi %v341, %v342 : i64
              %v344 = llvm.getelementptr %in_Bm[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v345 = llvm.load %v344 : !llvm.ptr -> f32
              %v346 = arith.mulf %v332, %v345 fastmath<contract> : f32
              %v347 = llvm.load %v12 : !llvm.ptr -> f32
              %v348 = arith.mulf %v330, %v347 fastmath<contract> : f32
              %v349 = arith.addf %v348, %v346 fastmath<contract> : f32
              llvm.store %v349, %v12 : f32, !llvm.ptr
              %v350 = arith.muli %v47, %v338 : i64
              %v351 = arith.muli %v336, %v337 : i64
              %v352 = arith.addi %v350, %v351 : i64
              %v353 = arith.constant 8 : i64
              %v354 = arith.addi %v353, %v33 : i64
              %v355 = arith.muli %v354, %v2 : i64
              %v356 = arith.addi %v352, %v355 : i64
              %v357 = llvm.getelementptr %in_Bm[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v358 = llvm.load %v357 : !llvm.ptr -> f32
              %v359 = arith.mulf %v332, %v358 fastmath<contract> : f32
              %v360 = llvm.load %v13 : !llvm.ptr -> f32
              %v361 = arith.mulf %v330, %v360 fastmath<contract> : f32
              %v362 = arith.addf %v361, %v359 fastmath<contract> : f32
              llvm.store %v362, %v13 : f32, !llvm.ptr
            }
          }
        }
        %v364 = arith.addi %v167, %v363 : i64
        %v365 = arith.divui %v364, %v49 : i64
        %v366 = arith.index_cast %v66 : i64 to index
        %v367 = arith.index_cast %v365 : i64 to index
        %v368 = arith.index_cast %v2 : i64 to index
        scf.for %v369 = %v366 to %v367 step %v368 {
          %v370 = arith.index_cast %v369 : index to i64
          %v371 = arith.muli %v370, %v49 : i64
          %v372 = arith.addi %v371, %v49 : i64
          %v373 = arith.index_cast %v371 : i64 to index
          %v374 = arith.index_cast %v372 : i64 to index
          %v375 = arith.index_cast %v2 : i64 to index
          scf.for %v376 = %v373 to %v374 step %v375 {
            %v377 = arith.index_cast %v376 : index to i64
            %v378 = arith.cmpi slt, %v377, %v167 : i64
            scf.if %v378 {
              %v379 = arith.subi %v167, %v2 : i64
              %v380 = arith.subi %v379, %v377 : i64
              %v381 = arith.muli %v380, %v32 : i64
              %v382 = arith.remui %v377, %v49 : i64
              %v383 = arith.muli %v382, %v32 : i64
              %v384 = arith.addi %v153, %v380 : i64
              %v385 = arith.addi %v381, %v32 : i64
              %v386 = arith.cmpi sle, %v385, %v165 : i64
              scf.if %v386 {
                %v387 = arith.subi %v165, %v2 : i64
                %v388 = arith.muli %v384, %v5 : i64
                %v389 = arith.subi %v5, %v2 : i64
                %v390 = arith.minsi %v39, %v389 : i64
                %v391 = arith.addi %v388, %v390 : i64
                %v392 = arith.muli %v391, %v1 : i64
                %v393 = arith.addi %v392, %v66 : i64
                %v394 = arith.addi %v393, %v33 : i64
                %v395 = llvm.getelementptr %scratch_S[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v396 = llvm.load %v395 : !llvm.ptr -> f32
                %v397 = arith.muli %v384, %v5 : i64
                %v398 = arith.subi %v5, %v2 : i64
                %v399 = arith.minsi %v39, %v398 : i64
                %v400 = arith.addi %v397, %v399 : i64
                %v401 = arith.muli %v400, %v1 : i64
                %v402 = arith.addi %v401, %v32 : i64
                %v403 = arith.addi %v402, %v33 : i64
                %v404 = llvm.getelementptr %scratch_S[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v405 = llvm.load %v404 : !llvm.ptr -> f32
                %v406 = arith.addi %v381, %v33 : i64
                %v407 = arith.minsi %v406, %v387 : i64
                %v408 = arith.addi %v163, %v407 : i64
                %v409 = arith.muli %v66, %v187 : i64
                %v410 = arith.subi %v408, %v163 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = llvm.getelementptr %v63[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v413 = llvm.load %v412 : !llvm.ptr -> f32
                %v414 = arith.muli %v45, %v2 : i64
                %v415 = llvm.getelementptr %in_dt_bias[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.addf %v413, %v416 fastmath<contract> : f32
                %v418 = arith.maximumf %v417, %v64 : f32
                %v419 = llvm.call_intrinsic "llvm.fabs.f32"(%v417) : (f32) -> f32
                %v420 = arith.negf %v419 : f32
                %v421 = arith.mulf %v420, %v267 fastmath<contract> : f32
                %v422 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v421) : (f32) -> f32
                %v423 = arith.addf %v65, %v422 fastmath<contract> : f32
                %v424 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v423) : (f32) -> f32
                %v425 = arith.mulf %v424, %v272 fastmath<contract> : f32
                %v426 = arith.mulf %v274, %v422 fastmath<contract> : f32
                %v427 = arith.addf %v426, %v276 fastmath<contract> : f32
                %v428 = arith.mulf %v427, %v422 fastmath<contract> : f32
                %v429 = arith.addf %v428, %v279 fastmath<contract> : f32
                %v430 = arith.mulf %v429, %v422 fastmath<contract> : f32
                %v431 = arith.addf %v430, %v282 fastmath<contract> : f32
                %v432 = arith.mulf %v431, %v422 fastmath<contract> : f32
                %v433 = arith.addf %v432, %v285 fastmath<contract> : f32
                %v434 = arith.mulf %v433, %v422 fastmath<contract> : f32
                %v435 = arith.addf %v434, %v288 fastmath<contract> : f32
                %v436 = arith.mulf %v435, %v422 fastmath<contract> : f32
                %v437 = arith.addf %v436, %v65 fastmath<contract> : f32
                %v438 = arith.mulf %v437, %v422 fastmath<contract> : f32
                %v439 = llvm.call_intrinsic "llvm.fabs.f32"(%v422) : (f32) -> f32
                %v440 = arith.cmpf olt, %v439, %v294 : f32
                %v441 = arith.select %v440, %v438, %v425 : f32
                %v442 = arith.addf %v418, %v441 fastmath<contract> : f32
                %v443 = arith.negf %v442 : f32
                %v444 = arith.muli %v45, %v2 : i64
                %v445 = llvm.getelementptr %in_A_log[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v446 = llvm.load %v445 : !llvm.ptr -> f32
                %v447 = arith.mulf %v446, %v267 fastmath<contract> : f32
                %v448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v447) : (f32) -> f32
                %v449 = arith.mulf %v443, %v448 fastmath<contract> : f32
                %v450 = arith.mulf %v449, %v267 fastmath<contract> : f32
                %v451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v450) : (f32) -> f32
                %v452 = arith.muli %v47, %v309 : i64
                %v453 = arith.muli %v408, %v308 : i64
                %v454 = arith.addi %v452, %v453 : i64
                %v455 = arith.muli %v45, %v307 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = arith.muli %v43, %v2 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = llvm.getelementptr %in_x[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v460 = llvm.load %v459 : !llvm.ptr -> f32
                %v461 = arith.mulf %v442, %v460 fastmath<contract> : f32
                %v462 = arith.negf %v417 : f32
                %v463 = arith.mulf %v462, %v267 fastmath<contract> : f32
                %v464 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v463) : (f32) -> f32
                %v465 = arith.addf %v65, %v464 fastmath<contract> : f32
                %v466 = arith.divf %v65, %v465 : f32
                // the group's states, recomputed into registers
                %v467 = arith.addi %v381, %v66 : i64
                %v468 = arith.minsi %v467, %v387 : i64
                %v469 = arith.addi %v163, %v468 : i64
                %v470, %v471 = gpu.shuffle idx %v451, %v121, %v329 : f32
                %v472, %v473 = gpu.shuffle idx %v461, %v121, %v329 : f32
                %v474 = arith.muli %v47, %v338 : i64
                %v475 = arith.muli %v469, %v337 : i64
                %v476 = arith.addi %v474, %v475 : i64
                %v477 = arith.muli %v33, %v2 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = llvm.getelementptr %in_Bm[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v480 = llvm.load %v479 : !llvm.ptr -> f32
                %v481 = arith.mulf %v472, %v480 fastmath<contract> : f32
                %v482 = arith.mulf %v470, %v396 fastmath<contract> : f32
                %v483 = arith.addf %v482, %v481 fastmath<contract> : f32
                %v484 = arith.muli %v47, %v338 : i64
                %v485 = arith.muli %v469, %v337 : i64
                %v486 = arith.addi %v484, %v485 : i64
                %v487 = arith.constant 8 : i64
                %v488 = arith.addi %v487, %v33 : i64
                %v489 = arith.muli %v488, %v2 : i64
                %v490 = arith.addi %v486, %v489 : i64
                %v491 = llvm.getelementptr %in_Bm[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v492 = llvm.load %v491 : !llvm.ptr -> f32
                %v493 = arith.mulf %v472, %v492 fastmath<contract> : f32
                %v494 = arith.mulf %v470, %v405 fastmath<contract> : f32
                %v495 = arith.addf %v494, %v493 fastmath<contract> : f32
                %v496 = arith.addi %v381, %v2 : i64
                %v497 = arith.minsi %v496, %v387 : i64
                %v498 = arith.addi %v163, %v497 : i64
                %v499, %v500 = gpu.shuffle idx %v451, %v125, %v329 : f32
                %v501, %v502 = gpu.shuffle idx %v461, %v125, %v329 : f32
                %v503 = arith.muli %v47, %v338 : i64
                %v504 = arith.muli %v498, %v337 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.muli %v33, %v2 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %in_Bm[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = arith.mulf %v501, %v509 fastmath<contract> : f32
                %v511 = arith.mulf %v499, %v483 fastmath<contract> : f32
                %v512 = arith.addf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.muli %v47, %v338 : i64
                %v514 = arith.muli %v498, %v337 : i64
                %v515 = arith.addi %v513, %v514 : i64
                %v516 = arith.constant 8 : i64
                %v517 = arith.addi %v516, %v33 : i64
                %v518 = arith.muli %v517, %v2 : i64
                %v519 = arith.addi %v515, %v518 : i64
                %v520 = llvm.getelementptr %in_Bm[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v521 = llvm.load %v520 : !llvm.ptr -> f32
                %v522 = arith.mulf %v501, %v521 fastmath<contract> : f32
                %v523 = arith.mulf %v499, %v495 fastmath<contract> : f32
                %v524 = arith.addf %v523, %v522 fastmath<contract> : f32
                %v526 = arith.addi %v381, %v525 : i64
                %v527 = arith.minsi %v526, %v387 : i64
                %v528 = arith.addi %v163, %v527 : i64
                %v529, %v530 = gpu.shuffle idx %v451, %v129, %v329 : f32
                %v531, %v532 = gpu.shuffle idx %v461, %v129, %v329 : f32
                %v533 = arith.muli %v47, %v338 : i64
                %v534 = arith.muli %v528, %v337 : i64
                %v535 = arith.addi %v533, %v534 : i64
                %v536 = arith.muli %v33, %v2 : i64
                %v537 = arith.addi %v535, %v536 : i64
                %v538 = llvm.getelementptr %in_Bm[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v539 = llvm.load %v538 : !llvm.ptr -> f32
                %v540 = arith.mulf %v531, %v539 fastmath<contract> : f32
                %v541 = arith.mulf %v529, %v512 fastmath<contract> : f32
                %v542 = arith.addf %v541, %v540 fastmath<contract> : f32
                %v543 = arith.muli %v47, %v338 : i64
                %v544 = arith.muli %v528, %v337 : i64
                %v545 = arith.addi %v543, %v544 : i64
                %v546 = arith.constant 8 : i64
                %v547 = arith.addi %v546, %v33 : i64
                %v548 = arith.muli %v547, %v2 : i64
                %v549 = arith.addi %v545, %v548 : i64
                %v550 = llvm.getelementptr %in_Bm[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.mulf %v531, %v551 fastmath<contract> : f32
                %v553 = arith.mulf %v529, %v524 fastmath<contract> : f32
                %v554 = arith.addf %v553, %v552 fastmath<contract> : f32
                %v555 = arith.addi %v381, %v363 : i64
                %v556 = arith.minsi %v555, %v387 : i64
                %v557 = arith.addi %v163, %v556 : i64
                %v558, %v559 = gpu.shuffle idx %v451, %v133, %v329 : f32
                %v560, %v561 = gpu.shuffle idx %v461, %v133, %v329 : f32
                %v562 = arith.muli %v47, %v338 : i64
                %v563 = arith.muli %v557, %v337 : i64
                %v564 = arith.addi %v562, %v563 : i64
                %v565 = arith.muli %v33, %v2 : i64
                %v566 = arith.addi %v564, %v565 : i64
                %v567 = llvm.getelementptr %in_Bm[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v568 = llvm.load %v567 : !llvm.ptr -> f32
                %v569 = arith.mulf %v560, %v568 fastmath<contract> : f32
                %v570 = arith.mulf %v558, %v542 fastmath<contract> : f32
                %v571 = arith.addf %v570, %v569 fastmath<contract> : f32
                %v572 = arith.muli %v47, %v338 : i64
                %v573 = arith.muli %v557, %v337 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.constant 8 : i64
                %v576 = arith.addi %v575, %v33 : i64
                %v577 = arith.muli %v576, %v2 : i64
                %v578 = arith.addi %v574, %v577 : i64
                %v579 = llvm.getelementptr %in_Bm[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v580 = llvm.load %v579 : !llvm.ptr -> f32
                %v581 = arith.mulf %v560, %v580 fastmath<contract> : f32
                %v582 = arith.mulf %v558, %v554 fastmath<contract> : f32
                %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
                %v584 = arith.addi %v381, %v49 : i64
                %v585 = arith.minsi %v584, %v387 : i64
                %v586 = arith.addi %v163, %v585 : i64
                %v587, %v588 = gpu.shuffle idx %v451, %v137, %v329 : f32
                %v589, %v590 = gpu.shuffle idx %v461, %v137, %v329 : f32
                %v591 = arith.muli %v47, %v338 : i64
                %v592 = arith.muli %v586, %v337 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = arith.muli %v33, %v2 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = llvm.getelementptr %in_Bm[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v597 = llvm.load %v596 : !llvm.ptr -> f32
                %v598 = arith.mulf %v589, %v597 fastmath<contract> : f32
                %v599 = arith.mulf %v587, %v571 fastmath<contract> : f32
                %v600 = arith.addf %v599, %v598 fastmath<contract> : f32
                %v601 = arith.muli %v47, %v338 : i64
                %v602 = arith.muli %v586, %v337 : i64
                %v603 = arith.addi %v601, %v602 : i64
                %v604 = arith.constant 8 : i64
                %v605 = arith.addi %v604, %v33 : i64
                %v606 = arith.muli %v605, %v2 : i64
                %v607 = arith.addi %v603, %v606 : i64
                %v608 = llvm.getelementptr %in_Bm[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v609 = llvm.load %v608 : !llvm.ptr -> f32
                %v610 = arith.mulf %v589, %v609 fastmath<contract> : f32
                %v611 = arith.mulf %v587, %v583 fastmath<contract> : f32
                %v612 = arith.addf %v611, %v610 fastmath<contract> : f32
                %v614 = arith.addi %v381, %v613 : i64
                %v615 = arith.minsi %v614, %v387 : i64
                %v616 = arith.addi %v163, %v615 : i64
                %v617, %v618 = gpu.shuffle idx %v451, %v141, %v329 : f32
                %v619, %v620 = gpu.shuffle idx %v461, %v141, %v329 : f32
                %v621 = arith.muli %v47, %v338 : i64
                %v622 = arith.muli %v616, %v337 : i64
                %v623 = arith.addi %v621, %v622 : i64
                %v624 = arith.muli %v33, %v2 : i64
                %v625 = arith.addi %v623, %v624 : i64
                %v626 = llvm.getelementptr %in_Bm[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = arith.mulf %v619, %v627 fastmath<contract> : f32
                %v629 = arith.mulf %v617, %v600 fastmath<contract> : f32
                %v630 = arith.addf %v629, %v628 fastmath<contract> : f32
                %v631 = arith.muli %v47, %v338 : i64
                %v632 = arith.muli %v616, %v337 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.constant 8 : i64
                %v635 = arith.addi %v634, %v33 : i64
                %v636 = arith.muli %v635, %v2 : i64
                %v637 = arith.addi %v633, %v636 : i64
                %v638 = llvm.getelementptr %in_Bm[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v639 = llvm.load %v638 : !llvm.ptr -> f32
                %v640 = arith.mulf %v619, %v639 fastmath<contract> : f32
                %v641 = arith.mulf %v617, %v612 fastmath<contract> : f32
                %v642 = arith.addf %v641, %v640 fastmath<contract> : f32
                %v644 = arith.addi %v381, %v643 : i64
                %v645 = arith.minsi %v644, %v387 : i64
                %v646 = arith.addi %v163, %v645 : i64
                %v647, %v648 = gpu.shuffle idx %v451, %v145, %v329 : f32
                %v649, %v650 = gpu.shuffle idx %v461, %v145, %v329 : f32
                %v651 = arith.muli %v47, %v338 : i64
                %v652 = arith.muli %v646, %v337 : i64
                %v653 = arith.addi %v651, %v652 : i64
                %v654 = arith.muli %v33, %v2 : i64
                %v655 = arith.addi %v653, %v654 : i64
                %v656 = llvm.getelementptr %in_Bm[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v657 = llvm.load %v656 : !llvm.ptr -> f32
                %v658 = arith.mulf %v649, %v657 fastmath<contract> : f32
                %v659 = arith.mulf %v647, %v630 fastmath<contract> : f32
                %v660 = arith.addf %v659, %v658 fastmath<contract> : f32
                %v661 = arith.muli %v47, %v338 : i64
                %v662 = arith.muli %v646, %v337 : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = arith.constant 8 : i64
                %v665 = arith.addi %v664, %v33 : i64
                %v666 = arith.muli %v665, %v2 : i64
                %v667 = arith.addi %v663, %v666 : i64
                %v668 = llvm.getelementptr %in_Bm[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v669 = llvm.load %v668 : !llvm.ptr -> f32
                %v670 = arith.mulf %v649, %v669 fastmath<contract> : f32
                %v671 = arith.mulf %v647, %v642 fastmath<contract> : f32
                %v672 = arith.addf %v671, %v670 fastmath<contract> : f32
                %v673 = arith.addi %v381, %v113 : i64
                %v674 = arith.minsi %v673, %v387 : i64
                %v675 = arith.addi %v163, %v674 : i64
                %v676, %v677 = gpu.shuffle idx %v451, %v149, %v329 : f32
                %v678, %v679 = gpu.shuffle idx %v461, %v149, %v329 : f32
                %v680 = arith.muli %v47, %v338 : i64
                %v681 = arith.muli %v675, %v337 : i64
                %v682 = arith.addi %v680, %v681 : i64
                %v683 = arith.muli %v33, %v2 : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = llvm.getelementptr %in_Bm[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v686 = llvm.load %v685 : !llvm.ptr -> f32
                %v687 = arith.mulf %v678, %v686 fastmath<contract> : f32
                %v688 = arith.mulf %v676, %v660 fastmath<contract> : f32
                %v689 = arith.addf %v688, %v687 fastmath<contract> : f32
                %v690 = arith.muli %v47, %v338 : i64
                %v691 = arith.muli %v675, %v337 : i64
                %v692 = arith.addi %v690, %v691 : i64
                %v693 = arith.constant 8 : i64
                %v694 = arith.addi %v693, %v33 : i64
                %v695 = arith.muli %v694, %v2 : i64
                %v696 = arith.addi %v692, %v695 : i64
                %v697 = llvm.getelementptr %in_Bm[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v698 = llvm.load %v697 : !llvm.ptr -> f32
                %v699 = arith.mulf %v678, %v698 fastmath<contract> : f32
                %v700 = arith.mulf %v676, %v672 fastmath<contract> : f32
                %v701 = arith.addf %v700, %v699 fastmath<contract> : f32
                %v703 = arith.shrui %v33, %v66 : i64
                %v704 = arith.andi %v703, %v2 : i64
                %v705 = arith.cmpi ne, %v704, %v66 : i64
                %v706 = arith.shrui %v33, %v2 : i64
                %v707 = arith.andi %v706, %v2 : i64
                %v708 = arith.cmpi ne, %v707, %v66 : i64
                %v709 = arith.shrui %v33, %v525 : i64
                %v710 = arith.andi %v709, %v2 : i64
                %v711 = arith.cmpi ne, %v710, %v66 : i64
                %v712 = arith.subi %v165, %v381 : i64
                %v713 = arith.trunci %v712 : i64 to i32
                %v714 = arith.subi %size_L, %v2 : i64
                %v715 = arith.addi %v163, %v381 : i64
                %v716 = arith.subi %v714, %v715 : i64
                %v718 = arith.minsi %v716, %v717 : i64
                %v719 = arith.trunci %v718 : i64 to i32
                %v720 = arith.addi %v381, %v113 : i64
                %v722 = arith.cmpi slt, %v721, %v713 : i32
                %v723 = arith.cmpi eq, %v721, %v719 : i32
                %v724, %v725 = gpu.shuffle idx %v442, %v149, %v329 : f32
                %v726, %v727 = gpu.shuffle idx %v443, %v149, %v329 : f32
                %v728, %v729 = gpu.shuffle idx %v448, %v149, %v329 : f32
                %v730, %v731 = gpu.shuffle idx %v451, %v149, %v329 : f32
                %v732, %v733 = gpu.shuffle idx %v461, %v149, %v329 : f32
                %v734, %v735 = gpu.shuffle idx %v466, %v149, %v329 : f32
                %v736 = arith.addi %v383, %v66 : i64
                llvm.store %v64, %v702 : f32, !llvm.ptr
                %v737 = arith.addi %v163, %v720 : i64
                %v738 = arith.muli %v47, %v338 : i64
                %v739 = arith.muli %v737, %v337 : i64
                %v740 = arith.addi %v738, %v739 : i64
                %v741 = arith.muli %v33, %v2 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = llvm.getelementptr %in_Cm[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v744 = llvm.load %v743 : !llvm.ptr -> f32
                %v745 = arith.muli %v47, %v309 : i64
                %v746 = arith.muli %v737, %v308 : i64
                %v747 = arith.addi %v745, %v746 : i64
                %v748 = arith.muli %v45, %v307 : i64
                %v749 = arith.addi %v747, %v748 : i64
                %v750 = arith.muli %v43, %v2 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = llvm.getelementptr %dy_y[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v753 = llvm.load %v752 : !llvm.ptr -> f32
                %v754 = arith.mulf %v744, %v753 fastmath<contract> : f32
                %v755 = llvm.load %v53 : !llvm.ptr -> f32
                %v756 = llvm.load %v55 : !llvm.ptr -> f32
                %v757 = arith.mulf %v756, %v755 fastmath<contract> : f32
                %v758 = arith.addf %v754, %v757 fastmath<contract> : f32
                llvm.store %v758, %v53 : f32, !llvm.ptr
                %v759 = arith.muli %v47, %v338 : i64
                %v760 = arith.muli %v737, %v337 : i64
                %v761 = arith.addi %v759, %v760 : i64
                %v762 = arith.constant 8 : i64
                %v763 = arith.addi %v762, %v33 : i64
                %v764 = arith.muli %v763, %v2 : i64
                %v765 = arith.addi %v761, %v764 : i64
                %v766 = llvm.getelementptr %in_Cm[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v767 = llvm.load %v766 : !llvm.ptr -> f32
                %v768 = arith.mulf %v767, %v753 fastmath<contract> : f32
                %v769 = llvm.load %v54 : !llvm.ptr -> f32
                %v770 = llvm.load %v56 : !llvm.ptr -> f32
                %v771 = arith.mulf %v770, %v769 fastmath<contract> : f32
                %v772 = arith.addf %v768, %v771 fastmath<contract> : f32
                llvm.store %v772, %v54 : f32, !llvm.ptr
                scf.if %v723 {
                }
                %v773 = arith.muli %v47, %v309 : i64
                %v774 = arith.muli %v737, %v308 : i64
                %v775 = arith.addi %v773, %v774 : i64
                %v776 = arith.muli %v45, %v307 : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = arith.muli %v43, %v2 : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = llvm.getelementptr %in_x[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v781 = llvm.load %v780 : !llvm.ptr -> f32
                %v782 = arith.muli %v47, %v338 : i64
                %v783 = arith.muli %v737, %v337 : i64
                %v784 = arith.addi %v782, %v783 : i64
                %v785 = arith.muli %v33, %v2 : i64
                %v786 = arith.addi %v784, %v785 : i64
                %v787 = llvm.getelementptr %in_Bm[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v788 = llvm.load %v787 : !llvm.ptr -> f32
                %v789 = llvm.load %v53 : !llvm.ptr -> f32
                %v790 = arith.mulf %v788, %v789 fastmath<contract> : f32
                %v791 = arith.muli %v47, %v338 : i64
                %v792 = arith.muli %v737, %v337 : i64
                %v793 = arith.addi %v791, %v792 : i64
                %v794 = arith.constant 8 : i64
                %v795 = arith.addi %v794, %v33 : i64
                %v796 = arith.muli %v795, %v2 : i64
                %v797 = arith.addi %v793, %v796 : i64
                %v798 = llvm.getelementptr %in_Bm[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v799 = llvm.load %v798 : !llvm.ptr -> f32
                %v800 = llvm.load %v54 : !llvm.ptr -> f32
                %v801 = arith.mulf %v799, %v800 fastmath<contract> : f32
                %v802 = arith.addf %v790, %v801 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v804, %v805 = gpu.shuffle xor %v802, %v803, %v329 : f32
                %v806 = arith.addf %v802, %v804 fastmath<contract> : f32
                %v808, %v809 = gpu.shuffle xor %v806, %v807, %v329 : f32
                %v810 = arith.addf %v806, %v808 fastmath<contract> : f32
                %v812, %v813 = gpu.shuffle xor %v810, %v811, %v329 : f32
                %v814 = arith.addf %v810, %v812 fastmath<contract> : f32
                // end sum over the lanes
                %v815 = arith.mulf %v781, %v814 fastmath<contract> : f32
                %v816 = arith.mulf %v660, %v789 fastmath<contract> : f32
                %v817 = arith.mulf %v672, %v800 fastmath<contract> : f32
                %v818 = arith.addf %v816, %v817 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v819, %v820 = gpu.shuffle xor %v818, %v803, %v329 : f32
                %v821 = arith.addf %v818, %v819 fastmath<contract> : f32
                %v822, %v823 = gpu.shuffle xor %v821, %v807, %v329 : f32
                %v824 = arith.addf %v821, %v822 fastmath<contract> : f32
                %v825, %v826 = gpu.shuffle xor %v824, %v811, %v329 : f32
                %v827 = arith.addf %v824, %v825 fastmath<contract> : f32
                // end sum over the lanes
                %v828 = arith.mulf %v728, %v827 fastmath<contract> : f32
                %v829 = arith.mulf %v730, %v828 fastmath<contract> : f32
                %v830 = arith.negf %v829 : f32
                %v831 = arith.addf %v815, %v830 fastmath<contract> : f32
                %v832 = arith.mulf %v831, %v734 fastmath<contract> : f32
                %v833 = arith.mulf %v730, %v827 fastmath<contract> : f32
                %v834 = arith.mulf %v726, %v833 fastmath<contract> : f32
                %v835 = arith.mulf %v728, %v834 fastmath<contract> : f32
                %v836 = llvm.load %v57 : !llvm.ptr -> f32
                %v837 = arith.addf %v836, %v835 fastmath<contract> : f32
                llvm.store %v837, %v57 : f32, !llvm.ptr
                %v838 = arith.mulf %v732, %v789 fastmath<contract> : f32
                scf.if %v37 {
                  %v839 = arith.addi %v66, %v33 : i64
                  %v840 = arith.addi %v52, %v39 : i64
                  %v841 = arith.muli %v840, %v1 : i64
                  %v842 = arith.addi %v841, %v839 : i64
                  %v843 = arith.muli %v842, %size_L : i64
                  %v844 = arith.addi %v843, %v737 : i64
                  %v845 = llvm.getelementptr %part_Bm[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v838, %v845 : f32, !llvm.ptr
                }
                %v846 = arith.mulf %v732, %v800 fastmath<contract> : f32
                scf.if %v37 {
                  %v847 = arith.addi %v32, %v33 : i64
                  %v848 = arith.addi %v52, %v39 : i64
                  %v849 = arith.muli %v848, %v1 : i64
                  %v850 = arith.addi %v849, %v847 : i64
                  %v851 = arith.muli %v850, %size_L : i64
                  %v852 = arith.addi %v851, %v737 : i64
                  %v853 = llvm.getelementptr %part_Bm[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v846, %v853 : f32, !llvm.ptr
                }
                %v854 = arith.mulf %v689, %v753 fastmath<contract> : f32
                scf.if %v37 {
                  %v855 = arith.addi %v66, %v33 : i64
                  %v856 = arith.addi %v52, %v39 : i64
                  %v857 = arith.muli %v856, %v1 : i64
                  %v858 = arith.addi %v857, %v855 : i64
                  %v859 = arith.muli %v858, %size_L : i64
                  %v860 = arith.addi %v859, %v737 : i64
                  %v861 = llvm.getelementptr %part_Cm[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v854, %v861 : f32, !llvm.ptr
                }
                %v862 = arith.mulf %v701, %v753 fastmath<contract> : f32
                scf.if %v37 {
                  %v863 = arith.addi %v32, %v33 : i64
                  %v864 = arith.addi %v52, %v39 : i64
                  %v865 = arith.muli %v864, %v1 : i64
                  %v866 = arith.addi %v865, %v863 : i64
                  %v867 = arith.muli %v866, %size_L : i64
                  %v868 = arith.addi %v867, %v737 : i64
                  %v869 = llvm.getelementptr %part_Cm[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v862, %v869 : f32, !llvm.ptr
                }
                %v870 = llvm.load %v59 : !llvm.ptr -> f32
                %v871 = arith.addf %v870, %v832 fastmath<contract> : f32
                llvm.store %v871, %v59 : f32, !llvm.ptr
                %v872 = arith.select %v37, %v832, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v874, %v875 = gpu.shuffle xor %v872, %v873, %v329 : f32
                %v876 = arith.addf %v872, %v874 fastmath<contract> : f32
                %v878, %v879 = gpu.shuffle xor %v876, %v877, %v329 : f32
                %v880 = arith.addf %v876, %v878 fastmath<contract> : f32
                %v881 = arith.divui %v18, %v20 : i64
                %v882 = arith.remui %v18, %v20 : i64
                %v883 = arith.cmpi ult, %v882, %v2 : i64
                %v884 = arith.muli %v881, %v2 : i64
                %v885 = arith.addi %v884, %v66 : i64
                %v887 = arith.muli %v885, %v886 : i64
                %v888 = arith.addi %v887, %v736 : i64
                scf.if %v883 {
                  %v889 = llvm.getelementptr %v61[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v880, %v889 : f32, !llvm.ptr
                }
                %v890 = arith.addf %v790, %v801 fastmath<contract> : f32
                llvm.store %v890, %v702 : f32, !llvm.ptr
                llvm.store %v730, %v55 : f32, !llvm.ptr
                llvm.store %v730, %v56 : f32, !llvm.ptr
                %v891 = llvm.load %v702 : !llvm.ptr -> f32
                %v892 = arith.addi %v381, %v643 : i64
                %v894 = arith.cmpi slt, %v893, %v713 : i32
                %v895 = arith.cmpi eq, %v893, %v719 : i32
                %v896, %v897 = gpu.shuffle idx %v442, %v145, %v329 : f32
                %v898, %v899 = gpu.shuffle idx %v443, %v145, %v329 : f32
                %v900, %v901 = gpu.shuffle idx %v448, %v145, %v329 : f32
                %v902, %v903 = gpu.shuffle idx %v451, %v145, %v329 : f32
                %v904, %v905 = gpu.shuffle idx %v461, %v145, %v329 : f32
                %v906, %v907 = gpu.shuffle idx %v466, %v145, %v329 : f32
                %v908 = arith.addi %v383, %v2 : i64
                llvm.store %v64, %v702 : f32, !llvm.ptr
                %v909 = arith.addi %v163, %v892 : i64
                %v910 = arith.muli %v47, %v338 : i64
                %v911 = arith.muli %v909, %v337 : i64
                %v912 = arith.addi %v910, %v911 : i64
                %v913 = arith.muli %v33, %v2 : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = llvm.getelementptr %in_Cm[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v916 = llvm.load %v915 : !llvm.ptr -> f32
                %v917 = arith.muli %v47, %v309 : i64
                %v918 = arith.muli %v909, %v308 : i64
                %v919 = arith.addi %v917, %v918 : i64
                %v920 = arith.muli %v45, %v307 : i64
                %v921 = arith.addi %v919, %v920 : i64
                %v922 = arith.muli %v43, %v2 : i64
                %v923 = arith.addi %v921, %v922 : i64
                %v924 = llvm.getelementptr %dy_y[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v925 = llvm.load %v924 : !llvm.ptr -> f32
                %v926 = arith.mulf %v916, %v925 fastmath<contract> : f32
                %v927 = llvm.load %v53 : !llvm.ptr -> f32
                %v928 = llvm.load %v55 : !llvm.ptr -> f32
                %v929 = arith.mulf %v928, %v927 fastmath<contract> : f32
                %v930 = arith.addf %v926, %v929 fastmath<contract> : f32
                llvm.store %v930, %v53 : f32, !llvm.ptr
                %v931 = arith.muli %v47, %v338 : i64
                %v932 = arith.muli %v909, %v337 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = arith.constant 8 : i64
                %v935 = arith.addi %v934, %v33 : i64
                %v936 = arith.muli %v935, %v2 : i64
                %v937 = arith.addi %v933, %v936 : i64
                %v938 = llvm.getelementptr %in_Cm[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v939 = llvm.load %v938 : !llvm.ptr -> f32
                %v940 = arith.mulf %v939, %v925 fastmath<contract> : f32
                %v941 = llvm.load %v54 : !llvm.ptr -> f32
                %v942 = llvm.load %v56 : !llvm.ptr -> f32
                %v943 = arith.mulf %v942, %v941 fastmath<contract> : f32
                %v944 = arith.addf %v940, %v943 fastmath<contract> : f32
                llvm.store %v944, %v54 : f32, !llvm.ptr
                scf.if %v895 {
                }
                %v945 = arith.muli %v47, %v309 : i64
                %v946 = arith.muli %v909, %v308 : i64
                %v947 = arith.addi %v945, %v946 : i64
                %v948 = arith.muli %v45, %v307 : i64
                %v949 = arith.addi %v947, %v948 : i64
                %v950 = arith.muli %v43, %v2 : i64
                %v951 = arith.addi %v949, %v950 : i64
                %v952 = llvm.getelementptr %in_x[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v953 = llvm.load %v952 : !llvm.ptr -> f32
                %v954 = arith.muli %v47, %v338 : i64
                %v955 = arith.muli %v909, %v337 : i64
                %v956 = arith.addi %v954, %v955 : i64
                %v957 = arith.muli %v33, %v2 : i64
                %v958 = arith.addi %v956, %v957 : i64
                %v959 = llvm.getelementptr %in_Bm[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v960 = llvm.load %v959 : !llvm.ptr -> f32
                %v961 = llvm.load %v53 : !llvm.ptr -> f32
                %v962 = arith.mulf %v960, %v961 fastmath<contract> : f32
                %v963 = arith.muli %v47, %v338 : i64
                %v964 = arith.muli %v909, %v337 : i64
                %v965 = arith.addi %v963, %v964 : i64
                %v966 = arith.constant 8 : i64
                %v967 = arith.addi %v966, %v33 : i64
                %v968 = arith.muli %v967, %v2 : i64
                %v969 = arith.addi %v965, %v968 : i64
                %v970 = llvm.getelementptr %in_Bm[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v971 = llvm.load %v970 : !llvm.ptr -> f32
                %v972 = llvm.load %v54 : !llvm.ptr -> f32
                %v973 = arith.mulf %v971, %v972 fastmath<contract> : f32
                %v974 = arith.addf %v962, %v973 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v975, %v976 = gpu.shuffle xor %v974, %v803, %v329 : f32
                %v977 = arith.addf %v974, %v975 fastmath<contract> : f32
                %v978, %v979 = gpu.shuffle xor %v977, %v807, %v329 : f32
                %v980 = arith.addf %v977, %v978 fastmath<contract> : f32
                %v981, %v982 = gpu.shuffle xor %v980, %v811, %v329 : f32
                %v983 = arith.addf %v980, %v981 fastmath<contract> : f32
                // end sum over the lanes
                %v984 = arith.mulf %v953, %v983 fastmath<contract> : f32
                %v985 = arith.mulf %v630, %v961 fastmath<contract> : f32
                %v986 = arith.mulf %v642, %v972 fastmath<contract> : f32
                %v987 = arith.addf %v985, %v986 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v988, %v989 = gpu.shuffle xor %v987, %v803, %v329 : f32
                %v990 = arith.addf %v987, %v988 fastmath<contract> : f32
                %v991, %v992 = gpu.shuffle xor %v990, %v807, %v329 : f32
                %v993 = arith.addf %v990, %v991 fastmath<contract> : f32
                %v994, %v995 = gpu.shuffle xor %v993, %v811, %v329 : f32
                %v996 = arith.addf %v993, %v994 fastmath<contract> : f32
                // end sum over the lanes
                %v997 = arith.mulf %v900, %v996 fastmath<contract> : f32
                %v998 = arith.mulf %v902, %v997 fastmath<contract> : f32
                %v999 = arith.negf %v998 : f32
                %v1000 = arith.addf %v984, %v999 fastmath<contract> : f32
                %v1001 = arith.mulf %v1000, %v906 fastmath<contract> : f32
                %v1002 = arith.mulf %v902, %v996 fastmath<contract> : f32
                %v1003 = arith.mulf %v898, %v1002 fastmath<contract> : f32
                %v1004 = arith.mulf %v900, %v1003 fastmath<contract> : f32
                %v1005 = llvm.load %v57 : !llvm.ptr -> f32
                %v1006 = arith.addf %v1005, %v1004 fastmath<contract> : f32
                llvm.store %v1006, %v57 : f32, !llvm.ptr
                %v1007 = arith.mulf %v904, %v961 fastmath<contract> : f32
                scf.if %v37 {
                  %v1008 = arith.addi %v66, %v33 : i64
                  %v1009 = arith.addi %v52, %v39 : i64
                  %v1010 = arith.muli %v1009, %v1 : i64
                  %v1011 = arith.addi %v1010, %v1008 : i64
                  %v1012 = arith.muli %v1011, %size_L : i64
                  %v1013 = arith.addi %v1012, %v909 : i64
                  %v1014 = llvm.getelementptr %part_Bm[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1007, %v1014 : f32, !llvm.ptr
                }
                %v1015 = arith.mulf %v904, %v972 fastmath<contract> : f32
                scf.if %v37 {
                  %v1016 = arith.addi %v32, %v33 : i64
                  %v1017 = arith.addi %v52, %v39 : i64
                  %v1018 = arith.muli %v1017, %v1 : i64
                  %v1019 = arith.addi %v1018, %v1016 : i64
                  %v1020 = arith.muli %v1019, %size_L : i64
                  %v1021 = arith.addi %v1020, %v909 : i64
                  %v1022 = llvm.getelementptr %part_Bm[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1015, %v1022 : f32, !llvm.ptr
                }
                %v1023 = arith.mulf %v660, %v925 fastmath<contract> : f32
                scf.if %v37 {
                  %v1024 = arith.addi %v66, %v33 : i64
                  %v1025 = arith.addi %v52, %v39 : i64
                  %v1026 = arith.muli %v1025, %v1 : i64
                  %v1027 = arith.addi %v1026, %v1024 : i64
                  %v1028 = arith.muli %v1027, %size_L : i64
                  %v1029 = arith.addi %v1028, %v909 : i64
                  %v1030 = llvm.getelementptr %part_Cm[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1023, %v1030 : f32, !llvm.ptr
                }
                %v1031 = arith.mulf %v672, %v925 fastmath<contract> : f32
                scf.if %v37 {
                  %v1032 = arith.addi %v32, %v33 : i64
                  %v1033 = arith.addi %v52, %v39 : i64
                  %v1034 = arith.muli %v1033, %v1 : i64
                  %v1035 = arith.addi %v1034, %v1032 : i64
                  %v1036 = arith.muli %v1035, %size_L : i64
                  %v1037 = arith.addi %v1036, %v909 : i64
                  %v1038 = llvm.getelementptr %part_Cm[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1031, %v1038 : f32, !llvm.ptr
                }
                %v1039 = llvm.load %v59 : !llvm.ptr -> f32
                %v1040 = arith.addf %v1039, %v1001 fastmath<contract> : f32
                llvm.store %v1040, %v59 : f32, !llvm.ptr
                %v1041 = arith.select %v37, %v1001, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1042, %v1043 = gpu.shuffle xor %v1041, %v873, %v329 : f32
                %v1044 = arith.addf %v1041, %v1042 fastmath<contract> : f32
                %v1045, %v1046 = gpu.shuffle xor %v1044, %v877, %v329 : f32
                %v1047 = arith.addf %v1044, %v1045 fastmath<contract> : f32
                %v1048 = arith.divui %v18, %v20 : i64
                %v1049 = arith.remui %v18, %v20 : i64
                %v1050 = arith.cmpi ult, %v1049, %v2 : i64
                %v1051 = arith.muli %v1048, %v2 : i64
                %v1052 = arith.addi %v1051, %v66 : i64
                %v1053 = arith.muli %v1052, %v886 : i64
                %v1054 = arith.addi %v1053, %v908 : i64
                scf.if %v1050 {
                  %v1055 = llvm.getelementptr %v61[%v1054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1047, %v1055 : f32, !llvm.ptr
                }
                %v1056 = arith.addf %v962, %v973 fastmath<contract> : f32
                llvm.store %v1056, %v702 : f32, !llvm.ptr
                llvm.store %v902, %v55 : f32, !llvm.ptr
                llvm.store %v902, %v56 : f32, !llvm.ptr
                %v1057 = llvm.load %v702 : !llvm.ptr -> f32
                %v1058 = arith.select %v705, %v1057, %v891 : f32
                %v1059 = arith.select %v705, %v891, %v1057 : f32
                %v1060, %v1061 = gpu.shuffle xor %v1058, %v803, %v329 : f32
                %v1062 = arith.addf %v1059, %v1060 fastmath<contract> : f32
                %v1063 = arith.addi %v381, %v613 : i64
                %v1065 = arith.cmpi slt, %v1064, %v713 : i32
                %v1066 = arith.cmpi eq, %v1064, %v719 : i32
                %v1067, %v1068 = gpu.shuffle idx %v442, %v141, %v329 : f32
                %v1069, %v1070 = gpu.shuffle idx %v443, %v141, %v329 : f32
                %v1071, %v1072 = gpu.shuffle idx %v448, %v141, %v329 : f32
                %v1073, %v1074 = gpu.shuffle idx %v451, %v141, %v329 : f32
                %v1075, %v1076 = gpu.shuffle idx %v461, %v141, %v329 : f32
                %v1077, %v1078 = gpu.shuffle idx %v466, %v141, %v329 : f32
                %v1079 = arith.addi %v383, %v525 : i64
                llvm.store %v64, %v702 : f32, !llvm.ptr
                %v1080 = arith.addi %v163, %v1063 : i64
                %v1081 = arith.muli %v47, %v338 : i64
                %v1082 = arith.muli %v1080, %v337 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = arith.muli %v33, %v2 : i64
                %v1085 = arith.addi %v1083, %v1084 : i64
                %v1086 = llvm.getelementptr %in_Cm[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                %v1088 = arith.muli %v47, %v309 : i64
                %v1089 = arith.muli %v1080, %v308 : i64
                %v1090 = arith.addi %v1088, %v1089 : i64
                %v1091 = arith.muli %v45, %v307 : i64
                %v1092 = arith.addi %v1090, %v1091 : i64
                %v1093 = arith.muli %v43, %v2 : i64
                %v1094 = arith.addi %v1092, %v1093 : i64
                %v1095 = llvm.getelementptr %dy_y[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
                %v1097 = arith.mulf %v1087, %v1096 fastmath<contract> : f32
                %v1098 = llvm.load %v53 : !llvm.ptr -> f32
                %v1099 = llvm.load %v55 : !llvm.ptr -> f32
                %v1100 = arith.mulf %v1099, %v1098 fastmath<contract> : f32
                %v1101 = arith.addf %v1097, %v1100 fastmath<contract> : f32
                llvm.store %v1101, %v53 : f32, !llvm.ptr
                %v1102 = arith.muli %v47, %v338 : i64
                %v1103 = arith.muli %v1080, %v337 : i64
                %v1104 = arith.addi %v1102, %v1103 : i64
                %v1105 = arith.constant 8 : i64
                %v1106 = arith.addi %v1105, %v33 : i64
                %v1107 = arith.muli %v1106, %v2 : i64
                %v1108 = arith.addi %v1104, %v1107 : i64
                %v1109 = llvm.getelementptr %in_Cm[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1110 = llvm.load %v1109 : !llvm.ptr -> f32
                %v1111 = arith.mulf %v1110, %v1096 fastmath<contract> : f32
                %v1112 = llvm.load %v54 : !llvm.ptr -> f32
                %v1113 = llvm.load %v56 : !llvm.ptr -> f32
                %v1114 = arith.mulf %v1113, %v1112 fastmath<contract> : f32
                %v1115 = arith.addf %v1111, %v1114 fastmath<contract> : f32
                llvm.store %v1115, %v54 : f32, !llvm.ptr
                scf.if %v1066 {
                }
                %v1116 = arith.muli %v47, %v309 : i64
                %v1117 = arith.muli %v1080, %v308 : i64
                %v1118 = arith.addi %v1116, %v1117 : i64
                %v1119 = arith.muli %v45, %v307 : i64
                %v1120 = arith.addi %v1118, %v1119 : i64
                %v1121 = arith.muli %v43, %v2 : i64
                %v1122 = arith.addi %v1120, %v1121 : i64
                %v1123 = llvm.getelementptr %in_x[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
                %v1125 = arith.muli %v47, %v338 : i64
                %v1126 = arith.muli %v1080, %v337 : i64
                %v1127 = arith.addi %v1125, %v1126 : i64
                %v1128 = arith.muli %v33, %v2 : i64
                %v1129 = arith.addi %v1127, %v1128 : i64
                %v1130 = llvm.getelementptr %in_Bm[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
                %v1132 = llvm.load %v53 : !llvm.ptr -> f32
                %v1133 = arith.mulf %v1131, %v1132 fastmath<contract> : f32
                %v1134 = arith.muli %v47, %v338 : i64
                %v1135 = arith.muli %v1080, %v337 : i64
                %v1136 = arith.addi %v1134, %v1135 : i64
                %v1137 = arith.constant 8 : i64
                %v1138 = arith.addi %v1137, %v33 : i64
                %v1139 = arith.muli %v1138, %v2 : i64
                %v1140 = arith.addi %v1136, %v1139 : i64
                %v1141 = llvm.getelementptr %in_Bm[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1142 = llvm.load %v1141 : !llvm.ptr -> f32
                %v1143 = llvm.load %v54 : !llvm.ptr -> f32
                %v1144 = arith.mulf %v1142, %v1143 fastmath<contract> : f32
                %v1145 = arith.addf %v1133, %v1144 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1146, %v1147 = gpu.shuffle xor %v1145, %v803, %v329 : f32
                %v1148 = arith.addf %v1145, %v1146 fastmath<contract> : f32
                %v1149, %v1150 = gpu.shuffle xor %v1148, %v807, %v329 : f32
                %v1151 = arith.addf %v1148, %v1149 fastmath<contract> : f32
                %v1152, %v1153 = gpu.shuffle xor %v1151, %v811, %v329 : f32
                %v1154 = arith.addf %v1151, %v1152 fastmath<contract> : f32
                // end sum over the lanes
                %v1155 = arith.mulf %v1124, %v1154 fastmath<contract> : f32
                %v1156 = arith.mulf %v600, %v1132 fastmath<contract> : f32
                %v1157 = arith.mulf %v612, %v1143 fastmath<contract> : f32
                %v1158 = arith.addf %v1156, %v1157 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1159, %v1160 = gpu.shuffle xor %v1158, %v803, %v329 : f32
                %v1161 = arith.addf %v1158, %v1159 fastmath<contract> : f32
                %v1162, %v1163 = gpu.shuffle xor %v1161, %v807, %v329 : f32
                %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
                %v1165, %v1166 = gpu.shuffle xor %v1164, %v811, %v329 : f32
                %v1167 = arith.addf %v1164, %v1165 fastmath<contract> : f32
                // end sum over the lanes
                %v1168 = arith.mulf %v1071, %v1167 fastmath<contract> : f32
                %v1169 = arith.mulf %v1073, %v1168 fastmath<contract> : f32
                %v1170 = arith.negf %v1169 : f32
                %v1171 = arith.addf %v1155, %v1170 fastmath<contract> : f32
                %v1172 = arith.mulf %v1171, %v1077 fastmath<contract> : f32
                %v1173 = arith.mulf %v1073, %v1167 fastmath<contract> : f32
                %v1174 = arith.mulf %v1069, %v1173 fastmath<contract> : f32
                %v1175 = arith.mulf %v1071, %v1174 fastmath<contract> : f32
                %v1176 = llvm.load %v57 : !llvm.ptr -> f32
                %v1177 = arith.addf %v1176, %v1175 fastmath<contract> : f32
                llvm.store %v1177, %v57 : f32, !llvm.ptr
                %v1178 = arith.mulf %v1075, %v1132 fastmath<contract> : f32
                scf.if %v37 {
                  %v1179 = arith.addi %v66, %v33 : i64
                  %v1180 = arith.addi %v52, %v39 : i64
                  %v1181 = arith.muli %v1180, %v1 : i64
                  %v1182 = arith.addi %v1181, %v1179 : i64
                  %v1183 = arith.muli %v1182, %size_L : i64
                  %v1184 = arith.addi %v1183, %v1080 : i64
                  %v1185 = llvm.getelementptr %part_Bm[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1178, %v1185 : f32, !llvm.ptr
                }
                %v1186 = arith.mulf %v1075, %v1143 fastmath<contract> : f32
                scf.if %v37 {
                  %v1187 = arith.addi %v32, %v33 : i64
                  %v1188 = arith.addi %v52, %v39 : i64
                  %v1189 = arith.muli %v1188, %v1 : i64
                  %v1190 = arith.addi %v1189, %v1187 : i64
                  %v1191 = arith.muli %v1190, %size_L : i64
                  %v1192 = arith.addi %v1191, %v1080 : i64
                  %v1193 = llvm.getelementptr %part_Bm[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1186, %v1193 : f32, !llvm.ptr
                }
                %v1194 = arith.mulf %v630, %v1096 fastmath<contract> : f32
                scf.if %v37 {
                  %v1195 = arith.addi %v66, %v33 : i64
                  %v1196 = arith.addi %v52, %v39 : i64
                  %v1197 = arith.muli %v1196, %v1 : i64
                  %v1198 = arith.addi %v1197, %v1195 : i64
                  %v1199 = arith.muli %v1198, %size_L : i64
                  %v1200 = arith.addi %v1199, %v1080 : i64
                  %v1201 = llvm.getelementptr %part_Cm[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1194, %v1201 : f32, !llvm.ptr
                }
                %v1202 = arith.mulf %v642, %v1096 fastmath<contract> : f32
                scf.if %v37 {
                  %v1203 = arith.addi %v32, %v33 : i64
                  %v1204 = arith.addi %v52, %v39 : i64
                  %v1205 = arith.muli %v1204, %v1 : i64
                  %v1206 = arith.addi %v1205, %v1203 : i64
                  %v1207 = arith.muli %v1206, %size_L : i64
                  %v1208 = arith.addi %v1207, %v1080 : i64
                  %v1209 = llvm.getelementptr %part_Cm[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1202, %v1209 : f32, !llvm.ptr
                }
                %v1210 = llvm.load %v59 : !llvm.ptr -> f32
                %v1211 = arith.addf %v1210, %v1172 fastmath<contract> : f32
                llvm.store %v1211, %v59 : f32, !llvm.ptr
                %v1212 = arith.select %v37, %v1172, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1213, %v1214 = gpu.shuffle xor %v1212, %v873, %v329 : f32
                %v1215 = arith.addf %v1212, %v1213 fastmath<contract> : f32
                %v1216, %v1217 = gpu.shuffle xor %v1215, %v877, %v329 : f32
                %v1218 = arith.addf %v1215, %v1216 fastmath<contract> : f32
                %v1219 = arith.divui %v18, %v20 : i64
                %v1220 = arith.remui %v18, %v20 : i64
                %v1221 = arith.cmpi ult, %v1220, %v2 : i64
                %v1222 = arith.muli %v1219, %v2 : i64
                %v1223 = arith.addi %v1222, %v66 : i64
                %v1224 = arith.muli %v1223, %v886 : i64
                %v1225 = arith.addi %v1224, %v1079 : i64
                scf.if %v1221 {
                  %v1226 = llvm.getelementptr %v61[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1218, %v1226 : f32, !llvm.ptr
                }
                %v1227 = arith.addf %v1133, %v1144 fastmath<contract> : f32
                llvm.store %v1227, %v702 : f32, !llvm.ptr
                llvm.store %v1073, %v55 : f32, !llvm.ptr
                llvm.store %v1073, %v56 : f32, !llvm.ptr
                %v1228 = llvm.load %v702 : !llvm.ptr -> f32
                %v1229 = arith.addi %v381, %v49 : i64
                %v1230 = arith.cmpi slt, %v811, %v713 : i32
                %v1231 = arith.cmpi eq, %v811, %v719 : i32
                %v1232, %v1233 = gpu.shuffle idx %v442, %v137, %v329 : f32
                %v1234, %v1235 = gpu.shuffle idx %v443, %v137, %v329 : f32
                %v1236, %v1237 = gpu.shuffle idx %v448, %v137, %v329 : f32
                %v1238, %v1239 = gpu.shuffle idx %v451, %v137, %v329 : f32
                %v1240, %v1241 = gpu.shuffle idx %v461, %v137, %v329 : f32
                %v1242, %v1243 = gpu.shuffle idx %v466, %v137, %v329 : f32
                %v1244 = arith.addi %v383, %v363 : i64
                llvm.store %v64, %v702 : f32, !llvm.ptr
                %v1245 = arith.addi %v163, %v1229 : i64
                %v1246 = arith.muli %v47, %v338 : i64
                %v1247 = arith.muli %v1245, %v337 : i64
                %v1248 = arith.addi %v1246, %v1247 : i64
                %v1249 = arith.muli %v33, %v2 : i64
                %v1250 = arith.addi %v1248, %v1249 : i64
                %v1251 = llvm.getelementptr %in_Cm[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
                %v1253 = arith.muli %v47, %v309 : i64
                %v1254 = arith.muli %v1245, %v308 : i64
                %v1255 = arith.addi %v1253, %v1254 : i64
                %v1256 = arith.muli %v45, %v307 : i64
                %v1257 = arith.addi %v1255, %v1256 : i64
                %v1258 = arith.muli %v43, %v2 : i64
                %v1259 = arith.addi %v1257, %v1258 : i64
                %v1260 = llvm.getelementptr %dy_y[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
                %v1262 = arith.mulf %v1252, %v1261 fastmath<contract> : f32
                %v1263 = llvm.load %v53 : !llvm.ptr -> f32
                %v1264 = llvm.load %v55 : !llvm.ptr -> f32
                %v1265 = arith.mulf %v1264, %v1263 fastmath<contract> : f32
                %v1266 = arith.addf %v1262, %v1265 fastmath<contract> : f32
                llvm.store %v1266, %v53 : f32, !llvm.ptr
                %v1267 = arith.muli %v47, %v338 : i64
                %v1268 = arith.muli %v1245, %v337 : i64
                %v1269 = arith.addi %v1267, %v1268 : i64
                %v1270 = arith.constant 8 : i64
                %v1271 = arith.addi %v1270, %v33 : i64
                %v1272 = arith.muli %v1271, %v2 : i64
                %v1273 = arith.addi %v1269, %v1272 : i64
                %v1274 = llvm.getelementptr %in_Cm[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
                %v1276 = arith.mulf %v1275, %v1261 fastmath<contract> : f32
                %v1277 = llvm.load %v54 : !llvm.ptr -> f32
                %v1278 = llvm.load %v56 : !llvm.ptr -> f32
                %v1279 = arith.mulf %v1278, %v1277 fastmath<contract> : f32
                %v1280 = arith.addf %v1276, %v1279 fastmath<contract> : f32
                llvm.store %v1280, %v54 : f32, !llvm.ptr
                scf.if %v1231 {
                }
                %v1281 = arith.muli %v47, %v309 : i64
                %v1282 = arith.muli %v1245, %v308 : i64
                %v1283 = arith.addi %v1281, %v1282 : i64
                %v1284 = arith.muli %v45, %v307 : i64
                %v1285 = arith.addi %v1283, %v1284 : i64
                %v1286 = arith.muli %v43, %v2 : i64
                %v1287 = arith.addi %v1285, %v1286 : i64
                %v1288 = llvm.getelementptr %in_x[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                %v1290 = arith.muli %v47, %v338 : i64
                %v1291 = arith.muli %v1245, %v337 : i64
                %v1292 = arith.addi %v1290, %v1291 : i64
                %v1293 = arith.muli %v33, %v2 : i64
                %v1294 = arith.addi %v1292, %v1293 : i64
                %v1295 = llvm.getelementptr %in_Bm[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
                %v1297 = llvm.load %v53 : !llvm.ptr -> f32
                %v1298 = arith.mulf %v1296, %v1297 fastmath<contract> : f32
                %v1299 = arith.muli %v47, %v338 : i64
                %v1300 = arith.muli %v1245, %v337 : i64
                %v1301 = arith.addi %v1299, %v1300 : i64
                %v1302 = arith.constant 8 : i64
                %v1303 = arith.addi %v1302, %v33 : i64
                %v1304 = arith.muli %v1303, %v2 : i64
                %v1305 = arith.addi %v1301, %v1304 : i64
                %v1306 = llvm.getelementptr %in_Bm[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1307 = llvm.load %v1306 : !llvm.ptr -> f32
                %v1308 = llvm.load %v54 : !llvm.ptr -> f32
                %v1309 = arith.mulf %v1307, %v1308 fastmath<contract> : f32
                %v1310 = arith.addf %v1298, %v1309 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1311, %v1312 = gpu.shuffle xor %v1310, %v803, %v329 : f32
                %v1313 = arith.addf %v1310, %v1311 fastmath<contract> : f32
                %v1314, %v1315 = gpu.shuffle xor %v1313, %v807, %v329 : f32
                %v1316 = arith.addf %v1313, %v1314 fastmath<contract> : f32
                %v1317, %v1318 = gpu.shuffle xor %v1316, %v811, %v329 : f32
                %v1319 = arith.addf %v1316, %v1317 fastmath<contract> : f32
                // end sum over the lanes
                %v1320 = arith.mulf %v1289, %v1319 fastmath<contract> : f32
                %v1321 = arith.mulf %v571, %v1297 fastmath<contract> : f32
                %v1322 = arith.mulf %v583, %v1308 fastmath<contract> : f32
                %v1323 = arith.addf %v1321, %v1322 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1324, %v1325 = gpu.shuffle xor %v1323, %v803, %v329 : f32
                %v1326 = arith.addf %v1323, %v1324 fastmath<contract> : f32
                %v1327, %v1328 = gpu.shuffle xor %v1326, %v807, %v329 : f32
                %v1329 = arith.addf %v1326, %v1327 fastmath<contract> : f32
                %v1330, %v1331 = gpu.shuffle xor %v1329, %v811, %v329 : f32
                %v1332 = arith.addf %v1329, %v1330 fastmath<contract> : f32
                // end sum over the lanes
                %v1333 = arith.mulf %v1236, %v1332 fastmath<contract> : f32
                %v1334 = arith.mulf %v1238, %v1333 fastmath<contract> : f32
                %v1335 = arith.negf %v1334 : f32
                %v1336 = arith.addf %v1320, %v1335 fastmath<contract> : f32
                %v1337 = arith.mulf %v1336, %v1242 fastmath<contract> : f32
                %v1338 = arith.mulf %v1238, %v1332 fastmath<contract> : f32
                %v1339 = arith.mulf %v1234, %v1338 fastmath<contract> : f32
                %v1340 = arith.mulf %v1236, %v1339 fastmath<contract> : f32
                %v1341 = llvm.load %v57 : !llvm.ptr -> f32
                %v1342 = arith.addf %v1341, %v1340 fastmath<contract> : f32
                llvm.store %v1342, %v57 : f32, !llvm.ptr
                %v1343 = arith.mulf %v1240, %v1297 fastmath<contract> : f32
                scf.if %v37 {
                  %v1344 = arith.addi %v66, %v33 : i64
                  %v1345 = arith.addi %v52, %v39 : i64
                  %v1346 = arith.muli %v1345, %v1 : i64
                  %v1347 = arith.addi %v1346, %v1344 : i64
                  %v1348 = arith.muli %v1347, %size_L : i64
                  %v1349 = arith.addi %v1348, %v1245 : i64
                  %v1350 = llvm.getelementptr %part_Bm[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1343, %v1350 : f32, !llvm.ptr
                }
                %v1351 = arith.mulf %v1240, %v1308 fastmath<contract> : f32
                scf.if %v37 {
                  %v1352 = arith.addi %v32, %v33 : i64
                  %v1353 = arith.addi %v52, %v39 : i64
                  %v1354 = arith.muli %v1353, %v1 : i64
                  %v1355 = arith.addi %v1354, %v1352 : i64
                  %v1356 = arith.muli %v1355, %size_L : i64
                  %v1357 = arith.addi %v1356, %v1245 : i64
                  %v1358 = llvm.getelementptr %part_Bm[%v1357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1351, %v1358 : f32, !llvm.ptr
                }
                %v1359 = arith.mulf %v600, %v1261 fastmath<contract> : f32
                scf.if %v37 {
                  %v1360 = arith.addi %v66, %v33 : i64
                  %v1361 = arith.addi %v52, %v39 : i64
                  %v1362 = arith.muli %v1361, %v1 : i64
                  %v1363 = arith.addi %v1362, %v1360 : i64
                  %v1364 = arith.muli %v1363, %size_L : i64
                  %v1365 = arith.addi %v1364, %v1245 : i64
                  %v1366 = llvm.getelementptr %part_Cm[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1359, %v1366 : f32, !llvm.ptr
                }
                %v1367 = arith.mulf %v612, %v1261 fastmath<contract> : f32
                scf.if %v37 {
                  %v1368 = arith.addi %v32, %v33 : i64
                  %v1369 = arith.addi %v52, %v39 : i64
                  %v1370 = arith.muli %v1369, %v1 : i64
                  %v1371 = arith.addi %v1370, %v1368 : i64
                  %v1372 = arith.muli %v1371, %size_L : i64
                  %v1373 = arith.addi %v1372, %v1245 : i64
                  %v1374 = llvm.getelementptr %part_Cm[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1367, %v1374 : f32, !llvm.ptr
                }
                %v1375 = llvm.load %v59 : !llvm.ptr -> f32
                %v1376 = arith.addf %v1375, %v1337 fastmath<contract> : f32
                llvm.store %v1376, %v59 : f32, !llvm.ptr
                %v1377 = arith.select %v37, %v1337, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1378, %v1379 = gpu.shuffle xor %v1377, %v873, %v329 : f32
                %v1380 = arith.addf %v1377, %v1378 fastmath<contract> : f32
                %v1381, %v1382 = gpu.shuffle xor %v1380, %v877, %v329 : f32
                %v1383 = arith.addf %v1380, %v1381 fastmath<contract> : f32
                %v1384 = arith.divui %v18, %v20 : i64
                %v1385 = arith.remui %v18, %v20 : i64
                %v1386 = arith.cmpi ult, %v1385, %v2 : i64
                %v1387 = arith.muli %v1384, %v2 : i64
                %v1388 = arith.addi %v1387, %v66 : i64
                %v1389 = arith.muli %v1388, %v886 : i64
                %v1390 = arith.addi %v1389, %v1244 : i64
                scf.if %v1386 {
                  %v1391 = llvm.getelementptr %v61[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1383, %v1391 : f32, !llvm.ptr
                }
                %v1392 = arith.addf %v1298, %v1309 fastmath<contract> : f32
                llvm.store %v1392, %v702 : f32, !llvm.ptr
                llvm.store %v1238, %v55 : f32, !llvm.ptr
                llvm.store %v1238, %v56 : f32, !llvm.ptr
                %v1393 = llvm.load %v702 : !llvm.ptr -> f32
                %v1394 = arith.select %v705, %v1393, %v1228 : f32
                %v1395 = arith.select %v705, %v1228, %v1393 : f32
                %v1396, %v1397 = gpu.shuffle xor %v1394, %v803, %v329 : f32
                %v1398 = arith.addf %v1395, %v1396 fastmath<contract> : f32
                %v1399 = arith.select %v708, %v1398, %v1062 : f32
                %v1400 = arith.select %v708, %v1062, %v1398 : f32
                %v1401, %v1402 = gpu.shuffle xor %v1399, %v807, %v329 : f32
                %v1403 = arith.addf %v1400, %v1401 fastmath<contract> : f32
                %v1404 = arith.addi %v381, %v363 : i64
                %v1406 = arith.cmpi slt, %v1405, %v713 : i32
                %v1407 = arith.cmpi eq, %v1405, %v719 : i32
                %v1408, %v1409 = gpu.shuffle idx %v442, %v133, %v329 : f32
                %v1410, %v1411 = gpu.shuffle idx %v443, %v133, %v329 : f32
                %v1412, %v1413 = gpu.shuffle idx %v448, %v133, %v329 : f32
                %v1414, %v1415 = gpu.shuffle idx %v451, %v133, %v329 : f32
                %v1416, %v1417 = gpu.shuffle idx %v461, %v133, %v329 : f32
                %v1418, %v1419 = gpu.shuffle idx %v466, %v133, %v329 : f32
                %v1420 = arith.addi %v383, %v49 : i64
                llvm.store %v64, %v702 : f32, !llvm.ptr
                %v1421 = arith.addi %v163, %v1404 : i64
                %v1422 = arith.muli %v47, %v338 : i64
                %v1423 = arith.muli %v1421, %v337 : i64
                %v1424 = arith.addi %v1422, %v1423 : i64
                %v1425 = arith.muli %v33, %v2 : i64
                %v1426 = arith.addi %v1424, %v1425 : i64
                %v1427 = llvm.getelementptr %in_Cm[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1428 = llvm.load %v1427 : !llvm.ptr -> f32
                %v1429 = arith.muli %v47, %v309 : i64
                %v1430 = arith.muli %v1421, %v308 : i64
                %v1431 = arith.addi %v1429, %v1430 : i64
                %v1432 = arith.muli %v45, %v307 : i64
                %v1433 = arith.addi %v1431, %v1432 : i64
                %v1434 = arith.muli %v43, %v2 : i64
                %v1435 = arith.addi %v1433, %v1434 : i64
                %v1436 = llvm.getelementptr %dy_y[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
                %v1438 = arith.mulf %v1428, %v1437 fastmath<contract> : f32
                %v1439 = llvm.load %v53 : !llvm.ptr -> f32
                %v1440 = llvm.load %v55 : !llvm.ptr -> f32
                %v1441 = arith.mulf %v1440, %v1439 fastmath<contract> : f32
                %v1442 = arith.addf %v1438, %v1441 fastmath<contract> : f32
                llvm.store %v1442, %v53 : f32, !llvm.ptr
                %v1443 = arith.muli %v47, %v338 : i64
                %v1444 = arith.muli %v1421, %v337 : i64
                %v1445 = arith.addi %v1443, %v1444 : i64
                %v1446 = arith.constant 8 : i64
                %v1447 = arith.addi %v1446, %v33 : i64
                %v1448 = arith.muli %v1447, %v2 : i64
                %v1449 = arith.addi %v1445, %v1448 : i64
                %v1450 = llvm.getelementptr %in_Cm[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1451 = llvm.load %v1450 : !llvm.ptr -> f32
                %v1452 = arith.mulf %v1451, %v1437 fastmath<contract> : f32
                %v1453 = llvm.load %v54 : !llvm.ptr -> f32
                %v1454 = llvm.load %v56 : !llvm.ptr -> f32
                %v1455 = arith.mulf %v1454, %v1453 fastmath<contract> : f32
                %v1456 = arith.addf %v1452, %v1455 fastmath<contract> : f32
                llvm.store %v1456, %v54 : f32, !llvm.ptr
                scf.if %v1407 {
                }
                %v1457 = arith.muli %v47, %v309 : i64
                %v1458 = arith.muli %v1421, %v308 : i64
                %v1459 = arith.addi %v1457, %v1458 : i64
                %v1460 = arith.muli %v45, %v307 : i64
                %v1461 = arith.addi %v1459, %v1460 : i64
                %v1462 = arith.muli %v43, %v2 : i64
                %v1463 = arith.addi %v1461, %v1462 : i64
                %v1464 = llvm.getelementptr %in_x[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1465 = llvm.load %v1464 : !llvm.ptr -> f32
                %v1466 = arith.muli %v47, %v338 : i64
                %v1467 = arith.muli %v1421, %v337 : i64
                %v1468 = arith.addi %v1466, %v1467 : i64
                %v1469 = arith.muli %v33, %v2 : i64
                %v1470 = arith.addi %v1468, %v1469 : i64
                %v1471 = llvm.getelementptr %in_Bm[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
                %v1473 = llvm.load %v53 : !llvm.ptr -> f32
                %v1474 = arith.mulf %v1472, %v1473 fastmath<contract> : f32
                %v1475 = arith.muli %v47, %v338 : i64
                %v1476 = arith.muli %v1421, %v337 : i64
                %v1477 = arith.addi %v1475, %v1476 : i64
                %v1478 = arith.constant 8 : i64
                %v1479 = arith.addi %v1478, %v33 : i64
                %v1480 = arith.muli %v1479, %v2 : i64
                %v1481 = arith.addi %v1477, %v1480 : i64
                %v1482 = llvm.getelementptr %in_Bm[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
                %v1484 = llvm.load %v54 : !llvm.ptr -> f32
                %v1485 = arith.mulf %v1483, %v1484 fastmath<contract> : f32
                %v1486 = arith.addf %v1474, %v1485 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1487, %v1488 = gpu.shuffle xor %v1486, %v803, %v329 : f32
                %v1489 = arith.addf %v1486, %v1487 fastmath<contract> : f32
                %v1490, %v1491 = gpu.shuffle xor %v1489, %v807, %v329 : f32
                %v1492 = arith.addf %v1489, %v1490 fastmath<contract> : f32
                %v1493, %v1494 = gpu.shuffle xor %v1492, %v811, %v329 : f32
                %v1495 = arith.addf %v1492, %v1493 fastmath<contract> : f32
                // end sum over the lanes
                %v1496 = arith.mulf %v1465, %v1495 fastmath<contract> : f32
                %v1497 = arith.mulf %v542, %v1473 fastmath<contract> : f32
                %v1498 = arith.mulf %v554, %v1484 fastmath<contract> : f32
                %v1499 = arith.addf %v1497, %v1498 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1500, %v1501 = gpu.shuffle xor %v1499, %v803, %v329 : f32
                %v1502 = arith.addf %v1499, %v1500 fastmath<contract> : f32
                %v1503, %v1504 = gpu.shuffle xor %v1502, %v807, %v329 : f32
                %v1505 = arith.addf %v1502, %v1503 fastmath<contract> : f32
                %v1506, %v1507 = gpu.shuffle xor %v1505, %v811, %v329 : f32
                %v1508 = arith.addf %v1505, %v1506 fastmath<contract> : f32
                // end sum over the lanes
                %v1509 = arith.mulf %v1412, %v1508 fastmath<contract> : f32
                %v1510 = arith.mulf %v1414, %v1509 fastmath<contract> : f32
                %v1511 = arith.negf %v1510 : f32
                %v1512 = arith.addf %v1496, %v1511 fastmath<contract> : f32
                %v1513 = arith.mulf %v1512, %v1418 fastmath<contract> : f32
                %v1514 = arith.mulf %v1414, %v1508 fastmath<contract> : f32
                %v1515 = arith.mulf %v1410, %v1514 fastmath<contract> : f32
                %v1516 = arith.mulf %v1412, %v1515 fastmath<contract> : f32
                %v1517 = llvm.load %v57 : !llvm.ptr -> f32
                %v1518 = arith.addf %v1517, %v1516 fastmath<contract> : f32
                llvm.store %v1518, %v57 : f32, !llvm.ptr
                %v1519 = arith.mulf %v1416, %v1473 fastmath<contract> : f32
                scf.if %v37 {
                  %v1520 = arith.addi %v66, %v33 : i64
                  %v1521 = arith.addi %v52, %v39 : i64
                  %v1522 = arith.muli %v1521, %v1 : i64
                  %v1523 = arith.addi %v1522, %v1520 : i64
                  %v1524 = arith.muli %v1523, %size_L : i64
                  %v1525 = arith.addi %v1524, %v1421 : i64
                  %v1526 = llvm.getelementptr %part_Bm[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1519, %v1526 : f32, !llvm.ptr
                }
                %v1527 = arith.mulf %v1416, %v1484 fastmath<contract> : f32
                scf.if %v37 {
                  %v1528 = arith.addi %v32, %v33 : i64
                  %v1529 = arith.addi %v52, %v39 : i64
                  %v1530 = arith.muli %v1529, %v1 : i64
                  %v1531 = arith.addi %v1530, %v1528 : i64
                  %v1532 = arith.muli %v1531, %size_L : i64
                  %v1533 = arith.addi %v1532, %v1421 : i64
                  %v1534 = llvm.getelementptr %part_Bm[%v1533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1527, %v1534 : f32, !llvm.ptr
                }
                %v1535 = arith.mulf %v571, %v1437 fastmath<contract> : f32
                scf.if %v37 {
                  %v1536 = arith.addi %v66, %v33 : i64
                  %v1537 = arith.addi %v52, %v39 : i64
                  %v1538 = arith.muli %v1537, %v1 : i64
                  %v1539 = arith.addi %v1538, %v1536 : i64
                  %v1540 = arith.muli %v1539, %size_L : i64
                  %v1541 = arith.addi %v1540, %v1421 : i64
                  %v1542 = llvm.getelementptr %part_Cm[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1535, %v1542 : f32, !llvm.ptr
                }
                %v1543 = arith.mulf %v583, %v1437 fastmath<contract> : f32
                scf.if %v37 {
                  %v1544 = arith.addi %v32, %v33 : i64
                  %v1545 = arith.addi %v52, %v39 : i64
                  %v1546 = arith.muli %v1545, %v1 : i64
                  %v1547 = arith.addi %v1546, %v1544 : i64
                  %v1548 = arith.muli %v1547, %size_L : i64
                  %v1549 = arith.addi %v1548, %v1421 : i64
                  %v1550 = llvm.getelementptr %part_Cm[%v1549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1543, %v1550 : f32, !llvm.ptr
                }
                %v1551 = llvm.load %v59 : !llvm.ptr -> f32
                %v1552 = arith.addf %v1551, %v1513 fastmath<contract> : f32
                llvm.store %v1552, %v59 : f32, !llvm.ptr
                %v1553 = arith.select %v37, %v1513, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1554, %v1555 = gpu.shuffle xor %v1553, %v873, %v329 : f32
                %v1556 = arith.addf %v1553, %v1554 fastmath<contract> : f32
                %v1557, %v1558 = gpu.shuffle xor %v1556, %v877, %v329 : f32
                %v1559 = arith.addf %v1556, %v1557 fastmath<contract> : f32
                %v1560 = arith.divui %v18, %v20 : i64
                %v1561 = arith.remui %v18, %v20 : i64
                %v1562 = arith.cmpi ult, %v1561, %v2 : i64
                %v1563 = arith.muli %v1560, %v2 : i64
                %v1564 = arith.addi %v1563, %v66 : i64
                %v1565 = arith.muli %v1564, %v886 : i64
                %v1566 = arith.addi %v1565, %v1420 : i64
                scf.if %v1562 {
                  %v1567 = llvm.getelementptr %v61[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1559, %v1567 : f32, !llvm.ptr
                }
                %v1568 = arith.addf %v1474, %v1485 fastmath<contract> : f32
                llvm.store %v1568, %v702 : f32, !llvm.ptr
                llvm.store %v1414, %v55 : f32, !llvm.ptr
                llvm.store %v1414, %v56 : f32, !llvm.ptr
                %v1569 = llvm.load %v702 : !llvm.ptr -> f32
                %v1570 = arith.addi %v381, %v525 : i64
                %v1571 = arith.cmpi slt, %v807, %v713 : i32
                %v1572 = arith.cmpi eq, %v807, %v719 : i32
                %v1573, %v1574 = gpu.shuffle idx %v442, %v129, %v329 : f32
                %v1575, %v1576 = gpu.shuffle idx %v443, %v129, %v329 : f32
                %v1577, %v1578 = gpu.shuffle idx %v448, %v129, %v329 : f32
                %v1579, %v1580 = gpu.shuffle idx %v451, %v129, %v329 : f32
                %v1581, %v1582 = gpu.shuffle idx %v461, %v129, %v329 : f32
                %v1583, %v1584 = gpu.shuffle idx %v466, %v129, %v329 : f32
                %v1585 = arith.addi %v383, %v613 : i64
                llvm.store %v64, %v702 : f32, !llvm.ptr
                %v1586 = arith.addi %v163, %v1570 : i64
                %v1587 = arith.muli %v47, %v338 : i64
                %v1588 = arith.muli %v1586, %v337 : i64
                %v1589 = arith.addi %v1587, %v1588 : i64
                %v1590 = arith.muli %v33, %v2 : i64
                %v1591 = arith.addi %v1589, %v1590 : i64
                %v1592 = llvm.getelementptr %in_Cm[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1593 = llvm.load %v1592 : !llvm.ptr -> f32
                %v1594 = arith.muli %v47, %v309 : i64
                %v1595 = arith.muli %v1586, %v308 : i64
                %v1596 = arith.addi %v1594, %v1595 : i64
                %v1597 = arith.muli %v45, %v307 : i64
                %v1598 = arith.addi %v1596, %v1597 : i64
                %v1599 = arith.muli %v43, %v2 : i64
                %v1600 = arith.addi %v1598, %v1599 : i64
                %v1601 = llvm.getelementptr %dy_y[%v1600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
                %v1603 = arith.mulf %v1593, %v1602 fastmath<contract> : f32
                %v1604 = llvm.load %v53 : !llvm.ptr -> f32
                %v1605 = llvm.load %v55 : !llvm.ptr -> f32
                %v1606 = arith.mulf %v1605, %v1604 fastmath<contract> : f32
                %v1607 = arith.addf %v1603, %v1606 fastmath<contract> : f32
                llvm.store %v1607, %v53 : f32, !llvm.ptr
                %v1608 = arith.muli %v47, %v338 : i64
                %v1609 = arith.muli %v1586, %v337 : i64
                %v1610 = arith.addi %v1608, %v1609 : i64
                %v1611 = arith.constant 8 : i64
                %v1612 = arith.addi %v1611, %v33 : i64
                %v1613 = arith.muli %v1612, %v2 : i64
                %v1614 = arith.addi %v1610, %v1613 : i64
                %v1615 = llvm.getelementptr %in_Cm[%v1614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1616 = llvm.load %v1615 : !llvm.ptr -> f32
                %v1617 = arith.mulf %v1616, %v1602 fastmath<contract> : f32
                %v1618 = llvm.load %v54 : !llvm.ptr -> f32
                %v1619 = llvm.load %v56 : !llvm.ptr -> f32
                %v1620 = arith.mulf %v1619, %v1618 fastmath<contract> : f32
                %v1621 = arith.addf %v1617, %v1620 fastmath<contract> : f32
                llvm.store %v1621, %v54 : f32, !llvm.ptr
                scf.if %v1572 {
                }
                %v1622 = arith.muli %v47, %v309 : i64
                %v1623 = arith.muli %v1586, %v308 : i64
                %v1624 = arith.addi %v1622, %v1623 : i64
                %v1625 = arith.muli %v45, %v307 : i64
                %v1626 = arith.addi %v1624, %v1625 : i64
                %v1627 = arith.muli %v43, %v2 : i64
                %v1628 = arith.addi %v1626, %v1627 : i64
                %v1629 = llvm.getelementptr %in_x[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
                %v1631 = arith.muli %v47, %v338 : i64
                %v1632 = arith.muli %v1586, %v337 : i64
                %v1633 = arith.addi %v1631, %v1632 : i64
                %v1634 = arith.muli %v33, %v2 : i64
                %v1635 = arith.addi %v1633, %v1634 : i64
                %v1636 = llvm.getelementptr %in_Bm[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
                %v1638 = llvm.load %v53 : !llvm.ptr -> f32
                %v1639 = arith.mulf %v1637, %v1638 fastmath<contract> : f32
                %v1640 = arith.muli %v47, %v338 : i64
                %v1641 = arith.muli %v1586, %v337 : i64
                %v1642 = arith.addi %v1640, %v1641 : i64
                %v1643 = arith.constant 8 : i64
                %v1644 = arith.addi %v1643, %v33 : i64
                %v1645 = arith.muli %v1644, %v2 : i64
                %v1646 = arith.addi %v1642, %v1645 : i64
                %v1647 = llvm.getelementptr %in_Bm[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1648 = llvm.load %v1647 : !llvm.ptr -> f32
                %v1649 = llvm.load %v54 : !llvm.ptr -> f32
                %v1650 = arith.mulf %v1648, %v1649 fastmath<contract> : f32
                %v1651 = arith.addf %v1639, %v1650 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1652, %v1653 = gpu.shuffle xor %v1651, %v803, %v329 : f32
                %v1654 = arith.addf %v1651, %v1652 fastmath<contract> : f32
                %v1655, %v1656 = gpu.shuffle xor %v1654, %v807, %v329 : f32
                %v1657 = arith.addf %v1654, %v1655 fastmath<contract> : f32
                %v1658, %v1659 = gpu.shuffle xor %v1657, %v811, %v329 : f32
                %v1660 = arith.addf %v1657, %v1658 fastmath<contract> : f32
                // end sum over the lanes
                %v1661 = arith.mulf %v1630, %v1660 fastmath<contract> : f32
                %v1662 = arith.mulf %v512, %v1638 fastmath<contract> : f32
                %v1663 = arith.mulf %v524, %v1649 fastmath<contract> : f32
                %v1664 = arith.addf %v1662, %v1663 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1665, %v1666 = gpu.shuffle xor %v1664, %v803, %v329 : f32
                %v1667 = arith.addf %v1664, %v1665 fastmath<contract> : f32
                %v1668, %v1669 = gpu.shuffle xor %v1667, %v807, %v329 : f32
                %v1670 = arith.addf %v1667, %v1668 fastmath<contract> : f32
                %v1671, %v1672 = gpu.shuffle xor %v1670, %v811, %v329 : f32
                %v1673 = arith.addf %v1670, %v1671 fastmath<contract> : f32
                // end sum over the lanes
                %v1674 = arith.mulf %v1577, %v1673 fastmath<contract> : f32
                %v1675 = arith.mulf %v1579, %v1674 fastmath<contract> : f32
                %v1676 = arith.negf %v1675 : f32
                %v1677 = arith.addf %v1661, %v1676 fastmath<contract> : f32
                %v1678 = arith.mulf %v1677, %v1583 fastmath<contract> : f32
                %v1679 = arith.mulf %v1579, %v1673 fastmath<contract> : f32
                %v1680 = arith.mulf %v1575, %v1679 fastmath<contract> : f32
                %v1681 = arith.mulf %v1577, %v1680 fastmath<contract> : f32
                %v1682 = llvm.load %v57 : !llvm.ptr -> f32
                %v1683 = arith.addf %v1682, %v1681 fastmath<contract> : f32
                llvm.store %v1683, %v57 : f32, !llvm.ptr
                %v1684 = arith.mulf %v1581, %v1638 fastmath<contract> : f32
                scf.if %v37 {
                  %v1685 = arith.addi %v66, %v33 : i64
                  %v1686 = arith.addi %v52, %v39 : i64
                  %v1687 = arith.muli %v1686, %v1 : i64
                  %v1688 = arith.addi %v1687, %v1685 : i64
                  %v1689 = arith.muli %v1688, %size_L : i64
                  %v1690 = arith.addi %v1689, %v1586 : i64
                  %v1691 = llvm.getelementptr %part_Bm[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1684, %v1691 : f32, !llvm.ptr
                }
                %v1692 = arith.mulf %v1581, %v1649 fastmath<contract> : f32
                scf.if %v37 {
                  %v1693 = arith.addi %v32, %v33 : i64
                  %v1694 = arith.addi %v52, %v39 : i64
                  %v1695 = arith.muli %v1694, %v1 : i64
                  %v1696 = arith.addi %v1695, %v1693 : i64
                  %v1697 = arith.muli %v1696, %size_L : i64
                  %v1698 = arith.addi %v1697, %v1586 : i64
                  %v1699 = llvm.getelementptr %part_Bm[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1692, %v1699 : f32, !llvm.ptr
                }
                %v1700 = arith.mulf %v542, %v1602 fastmath<contract> : f32
                scf.if %v37 {
                  %v1701 = arith.addi %v66, %v33 : i64
                  %v1702 = arith.addi %v52, %v39 : i64
                  %v1703 = arith.muli %v1702, %v1 : i64
                  %v1704 = arith.addi %v1703, %v1701 : i64
                  %v1705 = arith.muli %v1704, %size_L : i64
                  %v1706 = arith.addi %v1705, %v1586 : i64
                  %v1707 = llvm.getelementptr %part_Cm[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1700, %v1707 : f32, !llvm.ptr
                }
                %v1708 = arith.mulf %v554, %v1602 fastmath<contract> : f32
                scf.if %v37 {
                  %v1709 = arith.addi %v32, %v33 : i64
                  %v1710 = arith.addi %v52, %v39 : i64
                  %v1711 = arith.muli %v1710, %v1 : i64
                  %v1712 = arith.addi %v1711, %v1709 : i64
                  %v1713 = arith.muli %v1712, %size_L : i64
                  %v1714 = arith.addi %v1713, %v1586 : i64
                  %v1715 = llvm.getelementptr %part_Cm[%v1714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1708, %v1715 : f32, !llvm.ptr
                }
                %v1716 = llvm.load %v59 : !llvm.ptr -> f32
                %v1717 = arith.addf %v1716, %v1678 fastmath<contract> : f32
                llvm.store %v1717, %v59 : f32, !llvm.ptr
                %v1718 = arith.select %v37, %v1678, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1719, %v1720 = gpu.shuffle xor %v1718, %v873, %v329 : f32
                %v1721 = arith.addf %v1718, %v1719 fastmath<contract> : f32
                %v1722, %v1723 = gpu.shuffle xor %v1721, %v877, %v329 : f32
                %v1724 = arith.addf %v1721, %v1722 fastmath<contract> : f32
                %v1725 = arith.divui %v18, %v20 : i64
                %v1726 = arith.remui %v18, %v20 : i64
                %v1727 = arith.cmpi ult, %v1726, %v2 : i64
                %v1728 = arith.muli %v1725, %v2 : i64
                %v1729 = arith.addi %v1728, %v66 : i64
                %v1730 = arith.muli %v1729, %v886 : i64
                %v1731 = arith.addi %v1730, %v1585 : i64
                scf.if %v1727 {
                  %v1732 = llvm.getelementptr %v61[%v1731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1724, %v1732 : f32, !llvm.ptr
                }
                %v1733 = arith.addf %v1639, %v1650 fastmath<contract> : f32
                llvm.store %v1733, %v702 : f32, !llvm.ptr
                llvm.store %v1579, %v55 : f32, !llvm.ptr
                llvm.store %v1579, %v56 : f32, !llvm.ptr
                %v1734 = llvm.load %v702 : !llvm.ptr -> f32
                %v1735 = arith.select %v705, %v1734, %v1569 : f32
                %v1736 = arith.select %v705, %v1569, %v1734 : f32
                %v1737, %v1738 = gpu.shuffle xor %v1735, %v803, %v329 : f32
                %v1739 = arith.addf %v1736, %v1737 fastmath<contract> : f32
                %v1740 = arith.addi %v381, %v2 : i64
                %v1741 = arith.cmpi slt, %v803, %v713 : i32
                %v1742 = arith.cmpi eq, %v803, %v719 : i32
                %v1743, %v1744 = gpu.shuffle idx %v442, %v125, %v329 : f32
                %v1745, %v1746 = gpu.shuffle idx %v443, %v125, %v329 : f32
                %v1747, %v1748 = gpu.shuffle idx %v448, %v125, %v329 : f32
                %v1749, %v1750 = gpu.shuffle idx %v451, %v125, %v329 : f32
                %v1751, %v1752 = gpu.shuffle idx %v461, %v125, %v329 : f32
                %v1753, %v1754 = gpu.shuffle idx %v466, %v125, %v329 : f32
                %v1755 = arith.addi %v383, %v643 : i64
                llvm.store %v64, %v702 : f32, !llvm.ptr
                %v1756 = arith.addi %v163, %v1740 : i64
                %v1757 = arith.muli %v47, %v338 : i64
                %v1758 = arith.muli %v1756, %v337 : i64
                %v1759 = arith.addi %v1757, %v1758 : i64
                %v1760 = arith.muli %v33, %v2 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = llvm.getelementptr %in_Cm[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
                %v1764 = arith.muli %v47, %v309 : i64
                %v1765 = arith.muli %v1756, %v308 : i64
                %v1766 = arith.addi %v1764, %v1765 : i64
                %v1767 = arith.muli %v45, %v307 : i64
                %v1768 = arith.addi %v1766, %v1767 : i64
                %v1769 = arith.muli %v43, %v2 : i64
                %v1770 = arith.addi %v1768, %v1769 : i64
                %v1771 = llvm.getelementptr %dy_y[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
                %v1773 = arith.mulf %v1763, %v1772 fastmath<contract> : f32
                %v1774 = llvm.load %v53 : !llvm.ptr -> f32
                %v1775 = llvm.load %v55 : !llvm.ptr -> f32
                %v1776 = arith.mulf %v1775, %v1774 fastmath<contract> : f32
                %v1777 = arith.addf %v1773, %v1776 fastmath<contract> : f32
                llvm.store %v1777, %v53 : f32, !llvm.ptr
                %v1778 = arith.muli %v47, %v338 : i64
                %v1779 = arith.muli %v1756, %v337 : i64
                %v1780 = arith.addi %v1778, %v1779 : i64
                %v1781 = arith.constant 8 : i64
                %v1782 = arith.addi %v1781, %v33 : i64
                %v1783 = arith.muli %v1782, %v2 : i64
                %v1784 = arith.addi %v1780, %v1783 : i64
                %v1785 = llvm.getelementptr %in_Cm[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1786 = llvm.load %v1785 : !llvm.ptr -> f32
                %v1787 = arith.mulf %v1786, %v1772 fastmath<contract> : f32
                %v1788 = llvm.load %v54 : !llvm.ptr -> f32
                %v1789 = llvm.load %v56 : !llvm.ptr -> f32
                %v1790 = arith.mulf %v1789, %v1788 fastmath<contract> : f32
                %v1791 = arith.addf %v1787, %v1790 fastmath<contract> : f32
                llvm.store %v1791, %v54 : f32, !llvm.ptr
                scf.if %v1742 {
                }
                %v1792 = arith.muli %v47, %v309 : i64
                %v1793 = arith.muli %v1756, %v308 : i64
                %v1794 = arith.addi %v1792, %v1793 : i64
                %v1795 = arith.muli %v45, %v307 : i64
                %v1796 = arith.addi %v1794, %v1795 : i64
                %v1797 = arith.muli %v43, %v2 : i64
                %v1798 = arith.addi %v1796, %v1797 : i64
                %v1799 = llvm.getelementptr %in_x[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1800 = llvm.load %v1799 : !llvm.ptr -> f32
                %v1801 = arith.muli %v47, %v338 : i64
                %v1802 = arith.muli %v1756, %v337 : i64
                %v1803 = arith.addi %v1801, %v1802 : i64
                %v1804 = arith.muli %v33, %v2 : i64
                %v1805 = arith.addi %v1803, %v1804 : i64
                %v1806 = llvm.getelementptr %in_Bm[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
                %v1808 = llvm.load %v53 : !llvm.ptr -> f32
                %v1809 = arith.mulf %v1807, %v1808 fastmath<contract> : f32
                %v1810 = arith.muli %v47, %v338 : i64
                %v1811 = arith.muli %v1756, %v337 : i64
                %v1812 = arith.addi %v1810, %v1811 : i64
                %v1813 = arith.constant 8 : i64
                %v1814 = arith.addi %v1813, %v33 : i64
                %v1815 = arith.muli %v1814, %v2 : i64
                %v1816 = arith.addi %v1812, %v1815 : i64
                %v1817 = llvm.getelementptr %in_Bm[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1818 = llvm.load %v1817 : !llvm.ptr -> f32
                %v1819 = llvm.load %v54 : !llvm.ptr -> f32
                %v1820 = arith.mulf %v1818, %v1819 fastmath<contract> : f32
                %v1821 = arith.addf %v1809, %v1820 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1822, %v1823 = gpu.shuffle xor %v1821, %v803, %v329 : f32
                %v1824 = arith.addf %v1821, %v1822 fastmath<contract> : f32
                %v1825, %v1826 = gpu.shuffle xor %v1824, %v807, %v329 : f32
                %v1827 = arith.addf %v1824, %v1825 fastmath<contract> : f32
                %v1828, %v1829 = gpu.shuffle xor %v1827, %v811, %v329 : f32
                %v1830 = arith.addf %v1827, %v1828 fastmath<contract> : f32
                // end sum over the lanes
                %v1831 = arith.mulf %v1800, %v1830 fastmath<contract> : f32
                %v1832 = arith.mulf %v483, %v1808 fastmath<contract> : f32
                %v1833 = arith.mulf %v495, %v1819 fastmath<contract> : f32
                %v1834 = arith.addf %v1832, %v1833 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1835, %v1836 = gpu.shuffle xor %v1834, %v803, %v329 : f32
                %v1837 = arith.addf %v1834, %v1835 fastmath<contract> : f32
                %v1838, %v1839 = gpu.shuffle xor %v1837, %v807, %v329 : f32
                %v1840 = arith.addf %v1837, %v1838 fastmath<contract> : f32
                %v1841, %v1842 = gpu.shuffle xor %v1840, %v811, %v329 : f32
                %v1843 = arith.addf %v1840, %v1841 fastmath<contract> : f32
                // end sum over the lanes
                %v1844 = arith.mulf %v1747, %v1843 fastmath<contract> : f32
                %v1845 = arith.mulf %v1749, %v1844 fastmath<contract> : f32
                %v1846 = arith.negf %v1845 : f32
                %v1847 = arith.addf %v1831, %v1846 fastmath<contract> : f32
                %v1848 = arith.mulf %v1847, %v1753 fastmath<contract> : f32
                %v1849 = arith.mulf %v1749, %v1843 fastmath<contract> : f32
                %v1850 = arith.mulf %v1745, %v1849 fastmath<contract> : f32
                %v1851 = arith.mulf %v1747, %v1850 fastmath<contract> : f32
                %v1852 = llvm.load %v57 : !llvm.ptr -> f32
                %v1853 = arith.addf %v1852, %v1851 fastmath<contract> : f32
                llvm.store %v1853, %v57 : f32, !llvm.ptr
                %v1854 = arith.mulf %v1751, %v1808 fastmath<contract> : f32
                scf.if %v37 {
                  %v1855 = arith.addi %v66, %v33 : i64
                  %v1856 = arith.addi %v52, %v39 : i64
                  %v1857 = arith.muli %v1856, %v1 : i64
                  %v1858 = arith.addi %v1857, %v1855 : i64
                  %v1859 = arith.muli %v1858, %size_L : i64
                  %v1860 = arith.addi %v1859, %v1756 : i64
                  %v1861 = llvm.getelementptr %part_Bm[%v1860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1854, %v1861 : f32, !llvm.ptr
                }
                %v1862 = arith.mulf %v1751, %v1819 fastmath<contract> : f32
                scf.if %v37 {
                  %v1863 = arith.addi %v32, %v33 : i64
                  %v1864 = arith.addi %v52, %v39 : i64
                  %v1865 = arith.muli %v1864, %v1 : i64
                  %v1866 = arith.addi %v1865, %v1863 : i64
                  %v1867 = arith.muli %v1866, %size_L : i64
                  %v1868 = arith.addi %v1867, %v1756 : i64
                  %v1869 = llvm.getelementptr %part_Bm[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1862, %v1869 : f32, !llvm.ptr
                }
                %v1870 = arith.mulf %v512, %v1772 fastmath<contract> : f32
                scf.if %v37 {
                  %v1871 = arith.addi %v66, %v33 : i64
                  %v1872 = arith.addi %v52, %v39 : i64
                  %v1873 = arith.muli %v1872, %v1 : i64
                  %v1874 = arith.addi %v1873, %v1871 : i64
                  %v1875 = arith.muli %v1874, %size_L : i64
                  %v1876 = arith.addi %v1875, %v1756 : i64
                  %v1877 = llvm.getelementptr %part_Cm[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1870, %v1877 : f32, !llvm.ptr
                }
                %v1878 = arith.mulf %v524, %v1772 fastmath<contract> : f32
                scf.if %v37 {
                  %v1879 = arith.addi %v32, %v33 : i64
                  %v1880 = arith.addi %v52, %v39 : i64
                  %v1881 = arith.muli %v1880, %v1 : i64
                  %v1882 = arith.addi %v1881, %v1879 : i64
                  %v1883 = arith.muli %v1882, %size_L : i64
                  %v1884 = arith.addi %v1883, %v1756 : i64
                  %v1885 = llvm.getelementptr %part_Cm[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1878, %v1885 : f32, !llvm.ptr
                }
                %v1886 = llvm.load %v59 : !llvm.ptr -> f32
                %v1887 = arith.addf %v1886, %v1848 fastmath<contract> : f32
                llvm.store %v1887, %v59 : f32, !llvm.ptr
                %v1888 = arith.select %v37, %v1848, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1889, %v1890 = gpu.shuffle xor %v1888, %v873, %v329 : f32
                %v1891 = arith.addf %v1888, %v1889 fastmath<contract> : f32
                %v1892, %v1893 = gpu.shuffle xor %v1891, %v877, %v329 : f32
                %v1894 = arith.addf %v1891, %v1892 fastmath<contract> : f32
                %v1895 = arith.divui %v18, %v20 : i64
                %v1896 = arith.remui %v18, %v20 : i64
                %v1897 = arith.cmpi ult, %v1896, %v2 : i64
                %v1898 = arith.muli %v1895, %v2 : i64
                %v1899 = arith.addi %v1898, %v66 : i64
                %v1900 = arith.muli %v1899, %v886 : i64
                %v1901 = arith.addi %v1900, %v1755 : i64
                scf.if %v1897 {
                  %v1902 = llvm.getelementptr %v61[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1894, %v1902 : f32, !llvm.ptr
                }
                %v1903 = arith.addf %v1809, %v1820 fastmath<contract> : f32
                llvm.store %v1903, %v702 : f32, !llvm.ptr
                llvm.store %v1749, %v55 : f32, !llvm.ptr
                llvm.store %v1749, %v56 : f32, !llvm.ptr
                %v1904 = llvm.load %v702 : !llvm.ptr -> f32
                %v1905 = arith.addi %v381, %v66 : i64
                %v1907 = arith.cmpi slt, %v1906, %v713 : i32
                %v1908 = arith.cmpi eq, %v1906, %v719 : i32
                %v1909, %v1910 = gpu.shuffle idx %v442, %v121, %v329 : f32
                %v1911, %v1912 = gpu.shuffle idx %v443, %v121, %v329 : f32
                %v1913, %v1914 = gpu.shuffle idx %v448, %v121, %v329 : f32
                %v1915, %v1916 = gpu.shuffle idx %v451, %v121, %v329 : f32
                %v1917, %v1918 = gpu.shuffle idx %v461, %v121, %v329 : f32
                %v1919, %v1920 = gpu.shuffle idx %v466, %v121, %v329 : f32
                %v1921 = arith.addi %v383, %v113 : i64
                llvm.store %v64, %v702 : f32, !llvm.ptr
                %v1922 = arith.addi %v163, %v1905 : i64
                %v1923 = arith.muli %v47, %v338 : i64
                %v1924 = arith.muli %v1922, %v337 : i64
                %v1925 = arith.addi %v1923, %v1924 : i64
                %v1926 = arith.muli %v33, %v2 : i64
                %v1927 = arith.addi %v1925, %v1926 : i64
                %v1928 = llvm.getelementptr %in_Cm[%v1927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1929 = llvm.load %v1928 : !llvm.ptr -> f32
                %v1930 = arith.muli %v47, %v309 : i64
                %v1931 = arith.muli %v1922, %v308 : i64
                %v1932 = arith.addi %v1930, %v1931 : i64
                %v1933 = arith.muli %v45, %v307 : i64
                %v1934 = arith.addi %v1932, %v1933 : i64
                %v1935 = arith.muli %v43, %v2 : i64
                %v1936 = arith.addi %v1934, %v1935 : i64
                %v1937 = llvm.getelementptr %dy_y[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1938 = llvm.load %v1937 : !llvm.ptr -> f32
                %v1939 = arith.mulf %v1929, %v1938 fastmath<contract> : f32
                %v1940 = llvm.load %v53 : !llvm.ptr -> f32
                %v1941 = llvm.load %v55 : !llvm.ptr -> f32
                %v1942 = arith.mulf %v1941, %v1940 fastmath<contract> : f32
                %v1943 = arith.addf %v1939, %v1942 fastmath<contract> : f32
                llvm.store %v1943, %v53 : f32, !llvm.ptr
                %v1944 = arith.muli %v47, %v338 : i64
                %v1945 = arith.muli %v1922, %v337 : i64
                %v1946 = arith.addi %v1944, %v1945 : i64
                %v1947 = arith.constant 8 : i64
                %v1948 = arith.addi %v1947, %v33 : i64
                %v1949 = arith.muli %v1948, %v2 : i64
                %v1950 = arith.addi %v1946, %v1949 : i64
                %v1951 = llvm.getelementptr %in_Cm[%v1950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
                %v1953 = arith.mulf %v1952, %v1938 fastmath<contract> : f32
                %v1954 = llvm.load %v54 : !llvm.ptr -> f32
                %v1955 = llvm.load %v56 : !llvm.ptr -> f32
                %v1956 = arith.mulf %v1955, %v1954 fastmath<contract> : f32
                %v1957 = arith.addf %v1953, %v1956 fastmath<contract> : f32
                llvm.store %v1957, %v54 : f32, !llvm.ptr
                scf.if %v1908 {
                }
                %v1958 = arith.muli %v47, %v309 : i64
                %v1959 = arith.muli %v1922, %v308 : i64
                %v1960 = arith.addi %v1958, %v1959 : i64
                %v1961 = arith.muli %v45, %v307 : i64
                %v1962 = arith.addi %v1960, %v1961 : i64
                %v1963 = arith.muli %v43, %v2 : i64
                %v1964 = arith.addi %v1962, %v1963 : i64
                %v1965 = llvm.getelementptr %in_x[%v1964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
                %v1967 = arith.muli %v47, %v338 : i64
                %v1968 = arith.muli %v1922, %v337 : i64
                %v1969 = arith.addi %v1967, %v1968 : i64
                %v1970 = arith.muli %v33, %v2 : i64
                %v1971 = arith.addi %v1969, %v1970 : i64
                %v1972 = llvm.getelementptr %in_Bm[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1973 = llvm.load %v1972 : !llvm.ptr -> f32
                %v1974 = llvm.load %v53 : !llvm.ptr -> f32
                %v1975 = arith.mulf %v1973, %v1974 fastmath<contract> : f32
                %v1976 = arith.muli %v47, %v338 : i64
                %v1977 = arith.muli %v1922, %v337 : i64
                %v1978 = arith.addi %v1976, %v1977 : i64
                %v1979 = arith.constant 8 : i64
                %v1980 = arith.addi %v1979, %v33 : i64
                %v1981 = arith.muli %v1980, %v2 : i64
                %v1982 = arith.addi %v1978, %v1981 : i64
                %v1983 = llvm.getelementptr %in_Bm[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1984 = llvm.load %v1983 : !llvm.ptr -> f32
                %v1985 = llvm.load %v54 : !llvm.ptr -> f32
                %v1986 = arith.mulf %v1984, %v1985 fastmath<contract> : f32
                %v1987 = arith.addf %v1975, %v1986 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1988, %v1989 = gpu.shuffle xor %v1987, %v803, %v329 : f32
                %v1990 = arith.addf %v1987, %v1988 fastmath<contract> : f32
                %v1991, %v1992 = gpu.shuffle xor %v1990, %v807, %v329 : f32
                %v1993 = arith.addf %v1990, %v1991 fastmath<contract> : f32
                %v1994, %v1995 = gpu.shuffle xor %v1993, %v811, %v329 : f32
                %v1996 = arith.addf %v1993, %v1994 fastmath<contract> : f32
                // end sum over the lanes
                %v1997 = arith.mulf %v1966, %v1996 fastmath<contract> : f32
                %v1998 = arith.mulf %v396, %v1974 fastmath<contract> : f32
                %v1999 = arith.mulf %v405, %v1985 fastmath<contract> : f32
                %v2000 = arith.addf %v1998, %v1999 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2001, %v2002 = gpu.shuffle xor %v2000, %v803, %v329 : f32
                %v2003 = arith.addf %v2000, %v2001 fastmath<contract> : f32
                %v2004, %v2005 = gpu.shuffle xor %v2003, %v807, %v329 : f32
                %v2006 = arith.addf %v2003, %v2004 fastmath<contract> : f32
                %v2007, %v2008 = gpu.shuffle xor %v2006, %v811, %v329 : f32
                %v2009 = arith.addf %v2006, %v2007 fastmath<contract> : f32
                // end sum over the lanes
                %v2010 = arith.mulf %v1913, %v2009 fastmath<contract> : f32
                %v2011 = arith.mulf %v1915, %v2010 fastmath<contract> : f32
                %v2012 = arith.negf %v2011 : f32
                %v2013 = arith.addf %v1997, %v2012 fastmath<contract> : f32
                %v2014 = arith.mulf %v2013, %v1919 fastmath<contract> : f32
                %v2015 = arith.mulf %v1915, %v2009 fastmath<contract> : f32
                %v2016 = arith.mulf %v1911, %v2015 fastmath<contract> : f32
                %v2017 = arith.mulf %v1913, %v2016 fastmath<contract> : f32
                %v2018 = llvm.load %v57 : !llvm.ptr -> f32
                %v2019 = arith.addf %v2018, %v2017 fastmath<contract> : f32
                llvm.store %v2019, %v57 : f32, !llvm.ptr
                %v2020 = arith.mulf %v1917, %v1974 fastmath<contract> : f32
                scf.if %v37 {
                  %v2021 = arith.addi %v66, %v33 : i64
                  %v2022 = arith.addi %v52, %v39 : i64
                  %v2023 = arith.muli %v2022, %v1 : i64
                  %v2024 = arith.addi %v2023, %v2021 : i64
                  %v2025 = arith.muli %v2024, %size_L : i64
                  %v2026 = arith.addi %v2025, %v1922 : i64
                  %v2027 = llvm.getelementptr %part_Bm[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2020, %v2027 : f32, !llvm.ptr
                }
                %v2028 = arith.mulf %v1917, %v1985 fastmath<contract> : f32
                scf.if %v37 {
                  %v2029 = arith.addi %v32, %v33 : i64
                  %v2030 = arith.addi %v52, %v39 : i64
                  %v2031 = arith.muli %v2030, %v1 : i64
                  %v2032 = arith.addi %v2031, %v2029 : i64
                  %v2033 = arith.muli %v2032, %size_L : i64
                  %v2034 = arith.addi %v2033, %v1922 : i64
                  %v2035 = llvm.getelementptr %part_Bm[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2028, %v2035 : f32, !llvm.ptr
                }
                %v2036 = arith.mulf %v483, %v1938 fastmath<contract> : f32
                scf.if %v37 {
                  %v2037 = arith.addi %v66, %v33 : i64
                  %v2038 = arith.addi %v52, %v39 : i64
                  %v2039 = arith.muli %v2038, %v1 : i64
                  %v2040 = arith.addi %v2039, %v2037 : i64
                  %v2041 = arith.muli %v2040, %size_L : i64
                  %v2042 = arith.addi %v2041, %v1922 : i64
                  %v2043 = llvm.getelementptr %part_Cm[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2036, %v2043 : f32, !llvm.ptr
                }
                %v2044 = arith.mulf %v495, %v1938 fastmath<contract> : f32
                scf.if %v37 {
                  %v2045 = arith.addi %v32, %v33 : i64
                  %v2046 = arith.addi %v52, %v39 : i64
                  %v2047 = arith.muli %v2046, %v1 : i64
                  %v2048 = arith.addi %v2047, %v2045 : i64
                  %v2049 = arith.muli %v2048, %size_L : i64
                  %v2050 = arith.addi %v2049, %v1922 : i64
                  %v2051 = llvm.getelementptr %part_Cm[%v2050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2044, %v2051 : f32, !llvm.ptr
                }
                %v2052 = llvm.load %v59 : !llvm.ptr -> f32
                %v2053 = arith.addf %v2052, %v2014 fastmath<contract> : f32
                llvm.store %v2053, %v59 : f32, !llvm.ptr
                %v2054 = arith.select %v37, %v2014, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2055, %v2056 = gpu.shuffle xor %v2054, %v873, %v329 : f32
                %v2057 = arith.addf %v2054, %v2055 fastmath<contract> : f32
                %v2058, %v2059 = gpu.shuffle xor %v2057, %v877, %v329 : f32
                %v2060 = arith.addf %v2057, %v2058 fastmath<contract> : f32
                %v2061 = arith.divui %v18, %v20 : i64
                %v2062 = arith.remui %v18, %v20 : i64
                %v2063 = arith.cmpi ult, %v2062, %v2 : i64
                %v2064 = arith.muli %v2061, %v2 : i64
                %v2065 = arith.addi %v2064, %v66 : i64
                %v2066 = arith.muli %v2065, %v886 : i64
                %v2067 = arith.addi %v2066, %v1921 : i64
                scf.if %v2063 {
                  %v2068 = llvm.getelementptr %v61[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2060, %v2068 : f32, !llvm.ptr
                }
                %v2069 = arith.addf %v1975, %v1986 fastmath<contract> : f32
                llvm.store %v2069, %v702 : f32, !llvm.ptr
                llvm.store %v1915, %v55 : f32, !llvm.ptr
                llvm.store %v1915, %v56 : f32, !llvm.ptr
                %v2070 = llvm.load %v702 : !llvm.ptr -> f32
                %v2071 = arith.select %v705, %v2070, %v1904 : f32
                %v2072 = arith.select %v705, %v1904, %v2070 : f32
                %v2073, %v2074 = gpu.shuffle xor %v2071, %v803, %v329 : f32
                %v2075 = arith.addf %v2072, %v2073 fastmath<contract> : f32
                %v2076 = arith.select %v708, %v2075, %v1739 : f32
                %v2077 = arith.select %v708, %v1739, %v2075 : f32
                %v2078, %v2079 = gpu.shuffle xor %v2076, %v807, %v329 : f32
                %v2080 = arith.addf %v2077, %v2078 fastmath<contract> : f32
                %v2081 = arith.select %v711, %v2080, %v1403 : f32
                %v2082 = arith.select %v711, %v1403, %v2080 : f32
                %v2083, %v2084 = gpu.shuffle xor %v2081, %v811, %v329 : f32
                %v2085 = arith.addf %v2082, %v2083 fastmath<contract> : f32
                %v2086 = arith.addi %v381, %v33 : i64
                %v2087 = arith.cmpi slt, %v2086, %v165 : i64
                %v2088 = arith.andi %v37, %v2087 : i1
                scf.if %v2088 {
                  %v2089 = arith.addi %v163, %v2086 : i64
                  // the gradients of this lane's own step
                  %v2090 = arith.muli %v45, %v2 : i64
                  %v2091 = llvm.getelementptr %in_Dskip[%v2090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
                  %v2093 = arith.muli %v47, %v309 : i64
                  %v2094 = arith.muli %v2089, %v308 : i64
                  %v2095 = arith.addi %v2093, %v2094 : i64
                  %v2096 = arith.muli %v45, %v307 : i64
                  %v2097 = arith.addi %v2095, %v2096 : i64
                  %v2098 = arith.muli %v43, %v2 : i64
                  %v2099 = arith.addi %v2097, %v2098 : i64
                  %v2100 = llvm.getelementptr %dy_y[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2101 = llvm.load %v2100 : !llvm.ptr -> f32
                  %v2102 = arith.mulf %v2092, %v2101 fastmath<contract> : f32
                  %v2103 = arith.mulf %v442, %v2085 fastmath<contract> : f32
                  %v2104 = arith.addf %v2102, %v2103 fastmath<contract> : f32
                  %v2105 = arith.muli %v47, %v309 : i64
                  %v2106 = arith.muli %v2089, %v308 : i64
                  %v2107 = arith.addi %v2105, %v2106 : i64
                  %v2108 = arith.muli %v45, %v307 : i64
                  %v2109 = arith.addi %v2107, %v2108 : i64
                  %v2110 = arith.muli %v43, %v2 : i64
                  %v2111 = arith.addi %v2109, %v2110 : i64
                  %v2112 = llvm.getelementptr %dx_x[%v2111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2104, %v2112 : f32, !llvm.ptr
                  %v2113 = arith.muli %v47, %v309 : i64
                  %v2114 = arith.muli %v2089, %v308 : i64
                  %v2115 = arith.addi %v2113, %v2114 : i64
                  %v2116 = arith.muli %v45, %v307 : i64
                  %v2117 = arith.addi %v2115, %v2116 : i64
                  %v2118 = arith.muli %v43, %v2 : i64
                  %v2119 = arith.addi %v2117, %v2118 : i64
                  %v2120 = llvm.getelementptr %in_x[%v2119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2121 = llvm.load %v2120 : !llvm.ptr -> f32
                  %v2122 = arith.mulf %v2121, %v2101 fastmath<contract> : f32
                  %v2123 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2124 = arith.addf %v2123, %v2122 fastmath<contract> : f32
                  llvm.store %v2124, %v58 : f32, !llvm.ptr
                }
              } else {
                %v2125 = arith.subi %v165, %v2 : i64
                %v2126 = arith.muli %v384, %v5 : i64
                %v2127 = arith.subi %v5, %v2 : i64
                %v2128 = arith.minsi %v39, %v2127 : i64
                %v2129 = arith.addi %v2126, %v2128 : i64
                %v2130 = arith.muli %v2129, %v1 : i64
                %v2131 = arith.addi %v2130, %v66 : i64
                %v2132 = arith.addi %v2131, %v33 : i64
                %v2133 = llvm.getelementptr %scratch_S[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
                %v2135 = arith.muli %v384, %v5 : i64
                %v2136 = arith.subi %v5, %v2 : i64
                %v2137 = arith.minsi %v39, %v2136 : i64
                %v2138 = arith.addi %v2135, %v2137 : i64
                %v2139 = arith.muli %v2138, %v1 : i64
                %v2140 = arith.addi %v2139, %v32 : i64
                %v2141 = arith.addi %v2140, %v33 : i64
                %v2142 = llvm.getelementptr %scratch_S[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
                %v2144 = arith.addi %v381, %v33 : i64
                %v2145 = arith.minsi %v2144, %v2125 : i64
                %v2146 = arith.addi %v163, %v2145 : i64
                %v2147 = arith.muli %v66, %v187 : i64
                %v2148 = arith.subi %v2146, %v163 : i64
                %v2149 = arith.addi %v2147, %v2148 : i64
                %v2150 = llvm.getelementptr %v63[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
                %v2152 = arith.muli %v45, %v2 : i64
                %v2153 = llvm.getelementptr %in_dt_bias[%v2152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2154 = llvm.load %v2153 : !llvm.ptr -> f32
                %v2155 = arith.addf %v2151, %v2154 fastmath<contract> : f32
                %v2156 = arith.maximumf %v2155, %v64 : f32
                %v2157 = llvm.call_intrinsic "llvm.fabs.f32"(%v2155) : (f32) -> f32
                %v2158 = arith.negf %v2157 : f32
                %v2159 = arith.mulf %v2158, %v267 fastmath<contract> : f32
                %v2160 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2159) : (f32) -> f32
                %v2161 = arith.addf %v65, %v2160 fastmath<contract> : f32
                %v2162 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2161) : (f32) -> f32
                %v2163 = arith.mulf %v2162, %v272 fastmath<contract> : f32
                %v2164 = arith.mulf %v274, %v2160 fastmath<contract> : f32
                %v2165 = arith.addf %v2164, %v276 fastmath<contract> : f32
                %v2166 = arith.mulf %v2165, %v2160 fastmath<contract> : f32
                %v2167 = arith.addf %v2166, %v279 fastmath<contract> : f32
                %v2168 = arith.mulf %v2167, %v2160 fastmath<contract> : f32
                %v2169 = arith.addf %v2168, %v282 fastmath<contract> : f32
                %v2170 = arith.mulf %v2169, %v2160 fastmath<contract> : f32
                %v2171 = arith.addf %v2170, %v285 fastmath<contract> : f32
                %v2172 = arith.mulf %v2171, %v2160 fastmath<contract> : f32
                %v2173 = arith.addf %v2172, %v288 fastmath<contract> : f32
                %v2174 = arith.mulf %v2173, %v2160 fastmath<contract> : f32
                %v2175 = arith.addf %v2174, %v65 fastmath<contract> : f32
                %v2176 = arith.mulf %v2175, %v2160 fastmath<contract> : f32
                %v2177 = llvm.call_intrinsic "llvm.fabs.f32"(%v2160) : (f32) -> f32
                %v2178 = arith.cmpf olt, %v2177, %v294 : f32
                %v2179 = arith.select %v2178, %v2176, %v2163 : f32
                %v2180 = arith.addf %v2156, %v2179 fastmath<contract> : f32
                %v2181 = arith.negf %v2180 : f32
                %v2182 = arith.muli %v45, %v2 : i64
                %v2183 = llvm.getelementptr %in_A_log[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2184 = llvm.load %v2183 : !llvm.ptr -> f32
                %v2185 = arith.mulf %v2184, %v267 fastmath<contract> : f32
                %v2186 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2185) : (f32) -> f32
                %v2187 = arith.mulf %v2181, %v2186 fastmath<contract> : f32
                %v2188 = arith.mulf %v2187, %v267 fastmath<contract> : f32
                %v2189 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2188) : (f32) -> f32
                %v2190 = arith.muli %v47, %v309 : i64
                %v2191 = arith.muli %v2146, %v308 : i64
                %v2192 = arith.addi %v2190, %v2191 : i64
                %v2193 = arith.muli %v45, %v307 : i64
                %v2194 = arith.addi %v2192, %v2193 : i64
                %v2195 = arith.muli %v43, %v2 : i64
                %v2196 = arith.addi %v2194, %v2195 : i64
                %v2197 = llvm.getelementptr %in_x[%v2196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2198 = llvm.load %v2197 : !llvm.ptr -> f32
                %v2199 = arith.mulf %v2180, %v2198 fastmath<contract> : f32
                %v2200 = arith.negf %v2155 : f32
                %v2201 = arith.mulf %v2200, %v267 fastmath<contract> : f32
                %v2202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2201) : (f32) -> f32
                %v2203 = arith.addf %v65, %v2202 fastmath<contract> : f32
                %v2204 = arith.divf %v65, %v2203 : f32
                // the group's states, recomputed into registers
                %v2205 = arith.addi %v381, %v66 : i64
                %v2206 = arith.minsi %v2205, %v2125 : i64
                %v2207 = arith.addi %v163, %v2206 : i64
                %v2208, %v2209 = gpu.shuffle idx %v2189, %v121, %v329 : f32
                %v2210, %v2211 = gpu.shuffle idx %v2199, %v121, %v329 : f32
                %v2212 = arith.muli %v47, %v338 : i64
                %v2213 = arith.muli %v2207, %v337 : i64
                %v2214 = arith.addi %v2212, %v2213 : i64
                %v2215 = arith.muli %v33, %v2 : i64
                %v2216 = arith.addi %v2214, %v2215 : i64
                %v2217 = llvm.getelementptr %in_Bm[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
                %v2219 = arith.mulf %v2210, %v2218 fastmath<contract> : f32
                %v2220 = arith.mulf %v2208, %v2134 fastmath<contract> : f32
                %v2221 = arith.addf %v2220, %v2219 fastmath<contract> : f32
                %v2222 = arith.muli %v47, %v338 : i64
                %v2223 = arith.muli %v2207, %v337 : i64
                %v2224 = arith.addi %v2222, %v2223 : i64
                %v2225 = arith.constant 8 : i64
                %v2226 = arith.addi %v2225, %v33 : i64
                %v2227 = arith.muli %v2226, %v2 : i64
                %v2228 = arith.addi %v2224, %v2227 : i64
                %v2229 = llvm.getelementptr %in_Bm[%v2228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2230 = llvm.load %v2229 : !llvm.ptr -> f32
                %v2231 = arith.mulf %v2210, %v2230 fastmath<contract> : f32
                %v2232 = arith.mulf %v2208, %v2143 fastmath<contract> : f32
                %v2233 = arith.addf %v2232, %v2231 fastmath<contract> : f32
                %v2234 = arith.addi %v381, %v2 : i64
                %v2235 = arith.minsi %v2234, %v2125 : i64
                %v2236 = arith.addi %v163, %v2235 : i64
                %v2237, %v2238 = gpu.shuffle idx %v2189, %v125, %v329 : f32
                %v2239, %v2240 = gpu.shuffle idx %v2199, %v125, %v329 : f32
                %v2241 = arith.muli %v47, %v338 : i64
                %v2242 = arith.muli %v2236, %v337 : i64
                %v2243 = arith.addi %v2241, %v2242 : i64
                %v2244 = arith.muli %v33, %v2 : i64
                %v2245 = arith.addi %v2243, %v2244 : i64
                %v2246 = llvm.getelementptr %in_Bm[%v2245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2247 = llvm.load %v2246 : !llvm.ptr -> f32
                %v2248 = arith.mulf %v2239, %v2247 fastmath<contract> : f32
                %v2249 = arith.mulf %v2237, %v2221 fastmath<contract> : f32
                %v2250 = arith.addf %v2249, %v2248 fastmath<contract> : f32
                %v2251 = arith.muli %v47, %v338 : i64
                %v2252 = arith.muli %v2236, %v337 : i64
                %v2253 = arith.addi %v2251, %v2252 : i64
                %v2254 = arith.constant 8 : i64
                %v2255 = arith.addi %v2254, %v33 : i64
                %v2256 = arith.muli %v2255, %v2 : i64
                %v2257 = arith.addi %v2253, %v2256 : i64
                %v2258 = llvm.getelementptr %in_Bm[%v2257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2259 = llvm.load %v2258 : !llvm.ptr -> f32
                %v2260 = arith.mulf %v2239, %v2259 fastmath<contract> : f32
                %v2261 = arith.mulf %v2237, %v2233 fastmath<contract> : f32
                %v2262 = arith.addf %v2261, %v2260 fastmath<contract> : f32
                %v2263 = arith.addi %v381, %v525 : i64
                %v2264 = arith.minsi %v2263, %v2125 : i64
                %v2265 = arith.addi %v163, %v2264 : i64
                %v2266, %v2267 = gpu.shuffle idx %v2189, %v129, %v329 : f32
                %v2268, %v2269 = gpu.shuffle idx %v2199, %v129, %v329 : f32
                %v2270 = arith.muli %v47, %v338 : i64
                %v2271 = arith.muli %v2265, %v337 : i64
                %v2272 = arith.addi %v2270, %v2271 : i64
                %v2273 = arith.muli %v33, %v2 : i64
                %v2274 = arith.addi %v2272, %v2273 : i64
                %v2275 = llvm.getelementptr %in_Bm[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2276 = llvm.load %v2275 : !llvm.ptr -> f32
                %v2277 = arith.mulf %v2268, %v2276 fastmath<contract> : f32
                %v2278 = arith.mulf %v2266, %v2250 fastmath<contract> : f32
                %v2279 = arith.addf %v2278, %v2277 fastmath<contract> : f32
                %v2280 = arith.muli %v47, %v338 : i64
                %v2281 = arith.muli %v2265, %v337 : i64
                %v2282 = arith.addi %v2280, %v2281 : i64
                %v2283 = arith.constant 8 : i64
                %v2284 = arith.addi %v2283, %v33 : i64
                %v2285 = arith.muli %v2284, %v2 : i64
                %v2286 = arith.addi %v2282, %v2285 : i64
                %v2287 = llvm.getelementptr %in_Bm[%v2286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
                %v2289 = arith.mulf %v2268, %v2288 fastmath<contract> : f32
                %v2290 = arith.mulf %v2266, %v2262 fastmath<contract> : f32
                %v2291 = arith.addf %v2290, %v2289 fastmath<contract> : f32
                %v2292 = arith.addi %v381, %v363 : i64
                %v2293 = arith.minsi %v2292, %v2125 : i64
                %v2294 = arith.addi %v163, %v2293 : i64
                %v2295, %v2296 = gpu.shuffle idx %v2189, %v133, %v329 : f32
                %v2297, %v2298 = gpu.shuffle idx %v2199, %v133, %v329 : f32
                %v2299 = arith.muli %v47, %v338 : i64
                %v2300 = arith.muli %v2294, %v337 : i64
                %v2301 = arith.addi %v2299, %v2300 : i64
                %v2302 = arith.muli %v33, %v2 : i64
                %v2303 = arith.addi %v2301, %v2302 : i64
                %v2304 = llvm.getelementptr %in_Bm[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2305 = llvm.load %v2304 : !llvm.ptr -> f32
                %v2306 = arith.mulf %v2297, %v2305 fastmath<contract> : f32
                %v2307 = arith.mulf %v2295, %v2279 fastmath<contract> : f32
                %v2308 = arith.addf %v2307, %v2306 fastmath<contract> : f32
                %v2309 = arith.muli %v47, %v338 : i64
                %v2310 = arith.muli %v2294, %v337 : i64
                %v2311 = arith.addi %v2309, %v2310 : i64
                %v2312 = arith.constant 8 : i64
                %v2313 = arith.addi %v2312, %v33 : i64
                %v2314 = arith.muli %v2313, %v2 : i64
                %v2315 = arith.addi %v2311, %v2314 : i64
                %v2316 = llvm.getelementptr %in_Bm[%v2315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2317 = llvm.load %v2316 : !llvm.ptr -> f32
                %v2318 = arith.mulf %v2297, %v2317 fastmath<contract> : f32
                %v2319 = arith.mulf %v2295, %v2291 fastmath<contract> : f32
                %v2320 = arith.addf %v2319, %v2318 fastmath<contract> : f32
                %v2321 = arith.addi %v381, %v49 : i64
                %v2322 = arith.minsi %v2321, %v2125 : i64
                %v2323 = arith.addi %v163, %v2322 : i64
                %v2324, %v2325 = gpu.shuffle idx %v2189, %v137, %v329 : f32
                %v2326, %v2327 = gpu.shuffle idx %v2199, %v137, %v329 : f32
                %v2328 = arith.muli %v47, %v338 : i64
                %v2329 = arith.muli %v2323, %v337 : i64
                %v2330 = arith.addi %v2328, %v2329 : i64
                %v2331 = arith.muli %v33, %v2 : i64
                %v2332 = arith.addi %v2330, %v2331 : i64
                %v2333 = llvm.getelementptr %in_Bm[%v2332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2334 = llvm.load %v2333 : !llvm.ptr -> f32
                %v2335 = arith.mulf %v2326, %v2334 fastmath<contract> : f32
                %v2336 = arith.mulf %v2324, %v2308 fastmath<contract> : f32
                %v2337 = arith.addf %v2336, %v2335 fastmath<contract> : f32
                %v2338 = arith.muli %v47, %v338 : i64
                %v2339 = arith.muli %v2323, %v337 : i64
                %v2340 = arith.addi %v2338, %v2339 : i64
                %v2341 = arith.constant 8 : i64
                %v2342 = arith.addi %v2341, %v33 : i64
                %v2343 = arith.muli %v2342, %v2 : i64
                %v2344 = arith.addi %v2340, %v2343 : i64
                %v2345 = llvm.getelementptr %in_Bm[%v2344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2346 = llvm.load %v2345 : !llvm.ptr -> f32
                %v2347 = arith.mulf %v2326, %v2346 fastmath<contract> : f32
                %v2348 = arith.mulf %v2324, %v2320 fastmath<contract> : f32
                %v2349 = arith.addf %v2348, %v2347 fastmath<contract> : f32
                %v2350 = arith.addi %v381, %v613 : i64
                %v2351 = arith.minsi %v2350, %v2125 : i64
                %v2352 = arith.addi %v163, %v2351 : i64
                %v2353, %v2354 = gpu.shuffle idx %v2189, %v141, %v329 : f32
                %v2355, %v2356 = gpu.shuffle idx %v2199, %v141, %v329 : f32
                %v2357 = arith.muli %v47, %v338 : i64
                %v2358 = arith.muli %v2352, %v337 : i64
                %v2359 = arith.addi %v2357, %v2358 : i64
                %v2360 = arith.muli %v33, %v2 : i64
                %v2361 = arith.addi %v2359, %v2360 : i64
                %v2362 = llvm.getelementptr %in_Bm[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
                %v2364 = arith.mulf %v2355, %v2363 fastmath<contract> : f32
                %v2365 = arith.mulf %v2353, %v2337 fastmath<contract> : f32
                %v2366 = arith.addf %v2365, %v2364 fastmath<contract> : f32
                %v2367 = arith.muli %v47, %v338 : i64
                %v2368 = arith.muli %v2352, %v337 : i64
                %v2369 = arith.addi %v2367, %v2368 : i64
                %v2370 = arith.constant 8 : i64
                %v2371 = arith.addi %v2370, %v33 : i64
                %v2372 = arith.muli %v2371, %v2 : i64
                %v2373 = arith.addi %v2369, %v2372 : i64
                %v2374 = llvm.getelementptr %in_Bm[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2375 = llvm.load %v2374 : !llvm.ptr -> f32
                %v2376 = arith.mulf %v2355, %v2375 fastmath<contract> : f32
                %v2377 = arith.mulf %v2353, %v2349 fastmath<contract> : f32
                %v2378 = arith.addf %v2377, %v2376 fastmath<contract> : f32
                %v2379 = arith.addi %v381, %v643 : i64
                %v2380 = arith.minsi %v2379, %v2125 : i64
                %v2381 = arith.addi %v163, %v2380 : i64
                %v2382, %v2383 = gpu.shuffle idx %v2189, %v145, %v329 : f32
                %v2384, %v2385 = gpu.shuffle idx %v2199, %v145, %v329 : f32
                %v2386 = arith.muli %v47, %v338 : i64
                %v2387 = arith.muli %v2381, %v337 : i64
                %v2388 = arith.addi %v2386, %v2387 : i64
                %v2389 = arith.muli %v33, %v2 : i64
                %v2390 = arith.addi %v2388, %v2389 : i64
                %v2391 = llvm.getelementptr %in_Bm[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2392 = llvm.load %v2391 : !llvm.ptr -> f32
                %v2393 = arith.mulf %v2384, %v2392 fastmath<contract> : f32
                %v2394 = arith.mulf %v2382, %v2366 fastmath<contract> : f32
                %v2395 = arith.addf %v2394, %v2393 fastmath<contract> : f32
                %v2396 = arith.muli %v47, %v338 : i64
                %v2397 = arith.muli %v2381, %v337 : i64
                %v2398 = arith.addi %v2396, %v2397 : i64
                %v2399 = arith.constant 8 : i64
                %v2400 = arith.addi %v2399, %v33 : i64
                %v2401 = arith.muli %v2400, %v2 : i64
                %v2402 = arith.addi %v2398, %v2401 : i64
                %v2403 = llvm.getelementptr %in_Bm[%v2402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
                %v2405 = arith.mulf %v2384, %v2404 fastmath<contract> : f32
                %v2406 = arith.mulf %v2382, %v2378 fastmath<contract> : f32
                %v2407 = arith.addf %v2406, %v2405 fastmath<contract> : f32
                %v2408 = arith.addi %v381, %v113 : i64
                %v2409 = arith.minsi %v2408, %v2125 : i64
                %v2410 = arith.addi %v163, %v2409 : i64
                %v2411, %v2412 = gpu.shuffle idx %v2189, %v149, %v329 : f32
                %v2413, %v2414 = gpu.shuffle idx %v2199, %v149, %v329 : f32
                %v2415 = arith.muli %v47, %v338 : i64
                %v2416 = arith.muli %v2410, %v337 : i64
                %v2417 = arith.addi %v2415, %v2416 : i64
                %v2418 = arith.muli %v33, %v2 : i64
                %v2419 = arith.addi %v2417, %v2418 : i64
                %v2420 = llvm.getelementptr %in_Bm[%v2419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2421 = llvm.load %v2420 : !llvm.ptr -> f32
                %v2422 = arith.mulf %v2413, %v2421 fastmath<contract> : f32
                %v2423 = arith.mulf %v2411, %v2395 fastmath<contract> : f32
                %v2424 = arith.addf %v2423, %v2422 fastmath<contract> : f32
                %v2425 = arith.muli %v47, %v338 : i64
                %v2426 = arith.muli %v2410, %v337 : i64
                %v2427 = arith.addi %v2425, %v2426 : i64
                %v2428 = arith.constant 8 : i64
                %v2429 = arith.addi %v2428, %v33 : i64
                %v2430 = arith.muli %v2429, %v2 : i64
                %v2431 = arith.addi %v2427, %v2430 : i64
                %v2432 = llvm.getelementptr %in_Bm[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
                %v2434 = arith.mulf %v2413, %v2433 fastmath<contract> : f32
                %v2435 = arith.mulf %v2411, %v2407 fastmath<contract> : f32
                %v2436 = arith.addf %v2435, %v2434 fastmath<contract> : f32
                %v2438 = arith.shrui %v33, %v66 : i64
                %v2439 = arith.andi %v2438, %v2 : i64
                %v2440 = arith.cmpi ne, %v2439, %v66 : i64
                %v2441 = arith.shrui %v33, %v2 : i64
                %v2442 = arith.andi %v2441, %v2 : i64
                %v2443 = arith.cmpi ne, %v2442, %v66 : i64
                %v2444 = arith.shrui %v33, %v525 : i64
                %v2445 = arith.andi %v2444, %v2 : i64
                %v2446 = arith.cmpi ne, %v2445, %v66 : i64
                %v2447 = arith.subi %v165, %v381 : i64
                %v2448 = arith.trunci %v2447 : i64 to i32
                %v2449 = arith.subi %size_L, %v2 : i64
                %v2450 = arith.addi %v163, %v381 : i64
                %v2451 = arith.subi %v2449, %v2450 : i64
                %v2452 = arith.minsi %v2451, %v717 : i64
                %v2453 = arith.trunci %v2452 : i64 to i32
                %v2454 = arith.addi %v381, %v113 : i64
                %v2455 = arith.cmpi slt, %v721, %v2448 : i32
                %v2456 = arith.cmpi eq, %v721, %v2453 : i32
                %v2457, %v2458 = gpu.shuffle idx %v2180, %v149, %v329 : f32
                %v2459, %v2460 = gpu.shuffle idx %v2181, %v149, %v329 : f32
                %v2461, %v2462 = gpu.shuffle idx %v2186, %v149, %v329 : f32
                %v2463, %v2464 = gpu.shuffle idx %v2189, %v149, %v329 : f32
                %v2465, %v2466 = gpu.shuffle idx %v2199, %v149, %v329 : f32
                %v2467, %v2468 = gpu.shuffle idx %v2204, %v149, %v329 : f32
                %v2469 = arith.addi %v383, %v66 : i64
                llvm.store %v64, %v2437 : f32, !llvm.ptr
                scf.if %v2455 {
                  %v2470 = arith.addi %v163, %v2454 : i64
                  %v2471 = arith.muli %v47, %v338 : i64
                  %v2472 = arith.muli %v2470, %v337 : i64
                  %v2473 = arith.addi %v2471, %v2472 : i64
                  %v2474 = arith.muli %v33, %v2 : i64
                  %v2475 = arith.addi %v2473, %v2474 : i64
                  %v2476 = llvm.getelementptr %in_Cm[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
                  %v2478 = arith.muli %v47, %v309 : i64
                  %v2479 = arith.muli %v2470, %v308 : i64
                  %v2480 = arith.addi %v2478, %v2479 : i64
                  %v2481 = arith.muli %v45, %v307 : i64
                  %v2482 = arith.addi %v2480, %v2481 : i64
                  %v2483 = arith.muli %v43, %v2 : i64
                  %v2484 = arith.addi %v2482, %v2483 : i64
                  %v2485 = llvm.getelementptr %dy_y[%v2484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2486 = llvm.load %v2485 : !llvm.ptr -> f32
                  %v2487 = arith.mulf %v2477, %v2486 fastmath<contract> : f32
                  %v2488 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2489 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2490 = arith.mulf %v2489, %v2488 fastmath<contract> : f32
                  %v2491 = arith.addf %v2487, %v2490 fastmath<contract> : f32
                  llvm.store %v2491, %v53 : f32, !llvm.ptr
                  %v2492 = arith.muli %v47, %v338 : i64
                  %v2493 = arith.muli %v2470, %v337 : i64
                  %v2494 = arith.addi %v2492, %v2493 : i64
                  %v2495 = arith.constant 8 : i64
                  %v2496 = arith.addi %v2495, %v33 : i64
                  %v2497 = arith.muli %v2496, %v2 : i64
                  %v2498 = arith.addi %v2494, %v2497 : i64
                  %v2499 = llvm.getelementptr %in_Cm[%v2498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2500 = llvm.load %v2499 : !llvm.ptr -> f32
                  %v2501 = arith.mulf %v2500, %v2486 fastmath<contract> : f32
                  %v2502 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2503 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2504 = arith.mulf %v2503, %v2502 fastmath<contract> : f32
                  %v2505 = arith.addf %v2501, %v2504 fastmath<contract> : f32
                  llvm.store %v2505, %v54 : f32, !llvm.ptr
                  scf.if %v2456 {
                  }
                  %v2506 = arith.muli %v47, %v309 : i64
                  %v2507 = arith.muli %v2470, %v308 : i64
                  %v2508 = arith.addi %v2506, %v2507 : i64
                  %v2509 = arith.muli %v45, %v307 : i64
                  %v2510 = arith.addi %v2508, %v2509 : i64
                  %v2511 = arith.muli %v43, %v2 : i64
                  %v2512 = arith.addi %v2510, %v2511 : i64
                  %v2513 = llvm.getelementptr %in_x[%v2512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2514 = llvm.load %v2513 : !llvm.ptr -> f32
                  %v2515 = arith.muli %v47, %v338 : i64
                  %v2516 = arith.muli %v2470, %v337 : i64
                  %v2517 = arith.addi %v2515, %v2516 : i64
                  %v2518 = arith.muli %v33, %v2 : i64
                  %v2519 = arith.addi %v2517, %v2518 : i64
                  %v2520 = llvm.getelementptr %in_Bm[%v2519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2521 = llvm.load %v2520 : !llvm.ptr -> f32
                  %v2522 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2523 = arith.mulf %v2521, %v2522 fastmath<contract> : f32
                  %v2524 = arith.muli %v47, %v338 : i64
                  %v2525 = arith.muli %v2470, %v337 : i64
                  %v2526 = arith.addi %v2524, %v2525 : i64
                  %v2527 = arith.constant 8 : i64
                  %v2528 = arith.addi %v2527, %v33 : i64
                  %v2529 = arith.muli %v2528, %v2 : i64
                  %v2530 = arith.addi %v2526, %v2529 : i64
                  %v2531 = llvm.getelementptr %in_Bm[%v2530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2532 = llvm.load %v2531 : !llvm.ptr -> f32
                  %v2533 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2534 = arith.mulf %v2532, %v2533 fastmath<contract> : f32
                  %v2535 = arith.addf %v2523, %v2534 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2536, %v2537 = gpu.shuffle xor %v2535, %v803, %v329 : f32
                  %v2538 = arith.addf %v2535, %v2536 fastmath<contract> : f32
                  %v2539, %v2540 = gpu.shuffle xor %v2538, %v807, %v329 : f32
                  %v2541 = arith.addf %v2538, %v2539 fastmath<contract> : f32
                  %v2542, %v2543 = gpu.shuffle xor %v2541, %v811, %v329 : f32
                  %v2544 = arith.addf %v2541, %v2542 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2545 = arith.mulf %v2514, %v2544 fastmath<contract> : f32
                  %v2546 = arith.mulf %v2395, %v2522 fastmath<contract> : f32
                  %v2547 = arith.mulf %v2407, %v2533 fastmath<contract> : f32
                  %v2548 = arith.addf %v2546, %v2547 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2549, %v2550 = gpu.shuffle xor %v2548, %v803, %v329 : f32
                  %v2551 = arith.addf %v2548, %v2549 fastmath<contract> : f32
                  %v2552, %v2553 = gpu.shuffle xor %v2551, %v807, %v329 : f32
                  %v2554 = arith.addf %v2551, %v2552 fastmath<contract> : f32
                  %v2555, %v2556 = gpu.shuffle xor %v2554, %v811, %v329 : f32
                  %v2557 = arith.addf %v2554, %v2555 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2558 = arith.mulf %v2461, %v2557 fastmath<contract> : f32
                  %v2559 = arith.mulf %v2463, %v2558 fastmath<contract> : f32
                  %v2560 = arith.negf %v2559 : f32
                  %v2561 = arith.addf %v2545, %v2560 fastmath<contract> : f32
                  %v2562 = arith.mulf %v2561, %v2467 fastmath<contract> : f32
                  %v2563 = arith.mulf %v2463, %v2557 fastmath<contract> : f32
                  %v2564 = arith.mulf %v2459, %v2563 fastmath<contract> : f32
                  %v2565 = arith.mulf %v2461, %v2564 fastmath<contract> : f32
                  %v2566 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2567 = arith.addf %v2566, %v2565 fastmath<contract> : f32
                  llvm.store %v2567, %v57 : f32, !llvm.ptr
                  %v2568 = arith.mulf %v2465, %v2522 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2569 = arith.addi %v66, %v33 : i64
                    %v2570 = arith.addi %v52, %v39 : i64
                    %v2571 = arith.muli %v2570, %v1 : i64
                    %v2572 = arith.addi %v2571, %v2569 : i64
                    %v2573 = arith.muli %v2572, %size_L : i64
                    %v2574 = arith.addi %v2573, %v2470 : i64
                    %v2575 = llvm.getelementptr %part_Bm[%v2574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2568, %v2575 : f32, !llvm.ptr
                  }
                  %v2576 = arith.mulf %v2465, %v2533 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2577 = arith.addi %v32, %v33 : i64
                    %v2578 = arith.addi %v52, %v39 : i64
                    %v2579 = arith.muli %v2578, %v1 : i64
                    %v2580 = arith.addi %v2579, %v2577 : i64
                    %v2581 = arith.muli %v2580, %size_L : i64
                    %v2582 = arith.addi %v2581, %v2470 : i64
                    %v2583 = llvm.getelementptr %part_Bm[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2576, %v2583 : f32, !llvm.ptr
                  }
                  %v2584 = arith.mulf %v2424, %v2486 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2585 = arith.addi %v66, %v33 : i64
                    %v2586 = arith.addi %v52, %v39 : i64
                    %v2587 = arith.muli %v2586, %v1 : i64
                    %v2588 = arith.addi %v2587, %v2585 : i64
                    %v2589 = arith.muli %v2588, %size_L : i64
                    %v2590 = arith.addi %v2589, %v2470 : i64
                    %v2591 = llvm.getelementptr %part_Cm[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2584, %v2591 : f32, !llvm.ptr
                  }
                  %v2592 = arith.mulf %v2436, %v2486 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2593 = arith.addi %v32, %v33 : i64
                    %v2594 = arith.addi %v52, %v39 : i64
                    %v2595 = arith.muli %v2594, %v1 : i64
                    %v2596 = arith.addi %v2595, %v2593 : i64
                    %v2597 = arith.muli %v2596, %size_L : i64
                    %v2598 = arith.addi %v2597, %v2470 : i64
                    %v2599 = llvm.getelementptr %part_Cm[%v2598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2592, %v2599 : f32, !llvm.ptr
                  }
                  %v2600 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2601 = arith.addf %v2600, %v2562 fastmath<contract> : f32
                  llvm.store %v2601, %v59 : f32, !llvm.ptr
                  %v2602 = arith.select %v37, %v2562, %v64 : f32
                  // sum over the warp's outer points: shuffles
                  %v2603, %v2604 = gpu.shuffle xor %v2602, %v873, %v329 : f32
                  %v2605 = arith.addf %v2602, %v2603 fastmath<contract> : f32
                  %v2606, %v2607 = gpu.shuffle xor %v2605, %v877, %v329 : f32
                  %v2608 = arith.addf %v2605, %v2606 fastmath<contract> : f32
                  %v2609 = arith.divui %v18, %v20 : i64
                  %v2610 = arith.remui %v18, %v20 : i64
                  %v2611 = arith.cmpi ult, %v2610, %v2 : i64
                  %v2612 = arith.muli %v2609, %v2 : i64
                  %v2613 = arith.addi %v2612, %v66 : i64
                  %v2614 = arith.muli %v2613, %v886 : i64
                  %v2615 = arith.addi %v2614, %v2469 : i64
                  scf.if %v2611 {
                    %v2616 = llvm.getelementptr %v61[%v2615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2608, %v2616 : f32, !llvm.ptr
                  }
                  %v2617 = arith.addf %v2523, %v2534 fastmath<contract> : f32
                  llvm.store %v2617, %v2437 : f32, !llvm.ptr
                  llvm.store %v2463, %v55 : f32, !llvm.ptr
                  llvm.store %v2463, %v56 : f32, !llvm.ptr
                }
                %v2618 = llvm.load %v2437 : !llvm.ptr -> f32
                %v2619 = arith.addi %v381, %v643 : i64
                %v2620 = arith.cmpi slt, %v893, %v2448 : i32
                %v2621 = arith.cmpi eq, %v893, %v2453 : i32
                %v2622, %v2623 = gpu.shuffle idx %v2180, %v145, %v329 : f32
                %v2624, %v2625 = gpu.shuffle idx %v2181, %v145, %v329 : f32
                %v2626, %v2627 = gpu.shuffle idx %v2186, %v145, %v329 : f32
                %v2628, %v2629 = gpu.shuffle idx %v2189, %v145, %v329 : f32
                %v2630, %v2631 = gpu.shuffle idx %v2199, %v145, %v329 : f32
                %v2632, %v2633 = gpu.shuffle idx %v2204, %v145, %v329 : f32
                %v2634 = arith.addi %v383, %v2 : i64
                llvm.store %v64, %v2437 : f32, !llvm.ptr
                scf.if %v2620 {
                  %v2635 = arith.addi %v163, %v2619 : i64
                  %v2636 = arith.muli %v47, %v338 : i64
                  %v2637 = arith.muli %v2635, %v337 : i64
                  %v2638 = arith.addi %v2636, %v2637 : i64
                  %v2639 = arith.muli %v33, %v2 : i64
                  %v2640 = arith.addi %v2638, %v2639 : i64
                  %v2641 = llvm.getelementptr %in_Cm[%v2640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2642 = llvm.load %v2641 : !llvm.ptr -> f32
                  %v2643 = arith.muli %v47, %v309 : i64
                  %v2644 = arith.muli %v2635, %v308 : i64
                  %v2645 = arith.addi %v2643, %v2644 : i64
                  %v2646 = arith.muli %v45, %v307 : i64
                  %v2647 = arith.addi %v2645, %v2646 : i64
                  %v2648 = arith.muli %v43, %v2 : i64
                  %v2649 = arith.addi %v2647, %v2648 : i64
                  %v2650 = llvm.getelementptr %dy_y[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
                  %v2652 = arith.mulf %v2642, %v2651 fastmath<contract> : f32
                  %v2653 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2654 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2655 = arith.mulf %v2654, %v2653 fastmath<contract> : f32
                  %v2656 = arith.addf %v2652, %v2655 fastmath<contract> : f32
                  llvm.store %v2656, %v53 : f32, !llvm.ptr
                  %v2657 = arith.muli %v47, %v338 : i64
                  %v2658 = arith.muli %v2635, %v337 : i64
                  %v2659 = arith.addi %v2657, %v2658 : i64
                  %v2660 = arith.constant 8 : i64
                  %v2661 = arith.addi %v2660, %v33 : i64
                  %v2662 = arith.muli %v2661, %v2 : i64
                  %v2663 = arith.addi %v2659, %v2662 : i64
                  %v2664 = llvm.getelementptr %in_Cm[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
                  %v2666 = arith.mulf %v2665, %v2651 fastmath<contract> : f32
                  %v2667 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2668 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2669 = arith.mulf %v2668, %v2667 fastmath<contract> : f32
                  %v2670 = arith.addf %v2666, %v2669 fastmath<contract> : f32
                  llvm.store %v2670, %v54 : f32, !llvm.ptr
                  scf.if %v2621 {
                  }
                  %v2671 = arith.muli %v47, %v309 : i64
                  %v2672 = arith.muli %v2635, %v308 : i64
                  %v2673 = arith.addi %v2671, %v2672 : i64
                  %v2674 = arith.muli %v45, %v307 : i64
                  %v2675 = arith.addi %v2673, %v2674 : i64
                  %v2676 = arith.muli %v43, %v2 : i64
                  %v2677 = arith.addi %v2675, %v2676 : i64
                  %v2678 = llvm.getelementptr %in_x[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2679 = llvm.load %v2678 : !llvm.ptr -> f32
                  %v2680 = arith.muli %v47, %v338 : i64
                  %v2681 = arith.muli %v2635, %v337 : i64
                  %v2682 = arith.addi %v2680, %v2681 : i64
                  %v2683 = arith.muli %v33, %v2 : i64
                  %v2684 = arith.addi %v2682, %v2683 : i64
                  %v2685 = llvm.getelementptr %in_Bm[%v2684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
                  %v2687 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2688 = arith.mulf %v2686, %v2687 fastmath<contract> : f32
                  %v2689 = arith.muli %v47, %v338 : i64
                  %v2690 = arith.muli %v2635, %v337 : i64
                  %v2691 = arith.addi %v2689, %v2690 : i64
                  %v2692 = arith.constant 8 : i64
                  %v2693 = arith.addi %v2692, %v33 : i64
                  %v2694 = arith.muli %v2693, %v2 : i64
                  %v2695 = arith.addi %v2691, %v2694 : i64
                  %v2696 = llvm.getelementptr %in_Bm[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2697 = llvm.load %v2696 : !llvm.ptr -> f32
                  %v2698 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2699 = arith.mulf %v2697, %v2698 fastmath<contract> : f32
                  %v2700 = arith.addf %v2688, %v2699 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2701, %v2702 = gpu.shuffle xor %v2700, %v803, %v329 : f32
                  %v2703 = arith.addf %v2700, %v2701 fastmath<contract> : f32
                  %v2704, %v2705 = gpu.shuffle xor %v2703, %v807, %v329 : f32
                  %v2706 = arith.addf %v2703, %v2704 fastmath<contract> : f32
                  %v2707, %v2708 = gpu.shuffle xor %v2706, %v811, %v329 : f32
                  %v2709 = arith.addf %v2706, %v2707 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2710 = arith.mulf %v2679, %v2709 fastmath<contract> : f32
                  %v2711 = arith.mulf %v2366, %v2687 fastmath<contract> : f32
                  %v2712 = arith.mulf %v2378, %v2698 fastmath<contract> : f32
                  %v2713 = arith.addf %v2711, %v2712 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2714, %v2715 = gpu.shuffle xor %v2713, %v803, %v329 : f32
                  %v2716 = arith.addf %v2713, %v2714 fastmath<contract> : f32
                  %v2717, %v2718 = gpu.shuffle xor %v2716, %v807, %v329 : f32
                  %v2719 = arith.addf %v2716, %v2717 fastmath<contract> : f32
                  %v2720, %v2721 = gpu.shuffle xor %v2719, %v811, %v329 : f32
                  %v2722 = arith.addf %v2719, %v2720 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2723 = arith.mulf %v2626, %v2722 fastmath<contract> : f32
                  %v2724 = arith.mulf %v2628, %v2723 fastmath<contract> : f32
                  %v2725 = arith.negf %v2724 : f32
                  %v2726 = arith.addf %v2710, %v2725 fastmath<contract> : f32
                  %v2727 = arith.mulf %v2726, %v2632 fastmath<contract> : f32
                  %v2728 = arith.mulf %v2628, %v2722 fastmath<contract> : f32
                  %v2729 = arith.mulf %v2624, %v2728 fastmath<contract> : f32
                  %v2730 = arith.mulf %v2626, %v2729 fastmath<contract> : f32
                  %v2731 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2732 = arith.addf %v2731, %v2730 fastmath<contract> : f32
                  llvm.store %v2732, %v57 : f32, !llvm.ptr
                  %v2733 = arith.mulf %v2630, %v2687 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2734 = arith.addi %v66, %v33 : i64
                    %v2735 = arith.addi %v52, %v39 : i64
                    %v2736 = arith.muli %v2735, %v1 : i64
                    %v2737 = arith.addi %v2736, %v2734 : i64
                    %v2738 = arith.muli %v2737, %size_L : i64
                    %v2739 = arith.addi %v2738, %v2635 : i64
                    %v2740 = llvm.getelementptr %part_Bm[%v2739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2733, %v2740 : f32, !llvm.ptr
                  }
                  %v2741 = arith.mulf %v2630, %v2698 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2742 = arith.addi %v32, %v33 : i64
                    %v2743 = arith.addi %v52, %v39 : i64
                    %v2744 = arith.muli %v2743, %v1 : i64
                    %v2745 = arith.addi %v2744, %v2742 : i64
                    %v2746 = arith.muli %v2745, %size_L : i64
                    %v2747 = arith.addi %v2746, %v2635 : i64
                    %v2748 = llvm.getelementptr %part_Bm[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2741, %v2748 : f32, !llvm.ptr
                  }
                  %v2749 = arith.mulf %v2395, %v2651 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2750 = arith.addi %v66, %v33 : i64
                    %v2751 = arith.addi %v52, %v39 : i64
                    %v2752 = arith.muli %v2751, %v1 : i64
                    %v2753 = arith.addi %v2752, %v2750 : i64
                    %v2754 = arith.muli %v2753, %size_L : i64
                    %v2755 = arith.addi %v2754, %v2635 : i64
                    %v2756 = llvm.getelementptr %part_Cm[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2749, %v2756 : f32, !llvm.ptr
                  }
                  %v2757 = arith.mulf %v2407, %v2651 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2758 = arith.addi %v32, %v33 : i64
                    %v2759 = arith.addi %v52, %v39 : i64
                    %v2760 = arith.muli %v2759, %v1 : i64
                    %v2761 = arith.addi %v2760, %v2758 : i64
                    %v2762 = arith.muli %v2761, %size_L : i64
                    %v2763 = arith.addi %v2762, %v2635 : i64
                    %v2764 = llvm.getelementptr %part_Cm[%v2763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2757, %v2764 : f32, !llvm.ptr
                  }
                  %v2765 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2766 = arith.addf %v2765, %v2727 fastmath<contract> : f32
                  llvm.store %v2766, %v59 : f32, !llvm.ptr
                  %v2767 = arith.select %v37, %v2727, %v64 : f32
                  // sum over the warp's outer points: shuffles
                  %v2768, %v2769 = gpu.shuffle xor %v2767, %v873, %v329 : f32
                  %v2770 = arith.addf %v2767, %v2768 fastmath<contract> : f32
                  %v2771, %v2772 = gpu.shuffle xor %v2770, %v877, %v329 : f32
                  %v2773 = arith.addf %v2770, %v2771 fastmath<contract> : f32
                  %v2774 = arith.divui %v18, %v20 : i64
                  %v2775 = arith.remui %v18, %v20 : i64
                  %v2776 = arith.cmpi ult, %v2775, %v2 : i64
                  %v2777 = arith.muli %v2774, %v2 : i64
                  %v2778 = arith.addi %v2777, %v66 : i64
                  %v2779 = arith.muli %v2778, %v886 : i64
                  %v2780 = arith.addi %v2779, %v2634 : i64
                  scf.if %v2776 {
                    %v2781 = llvm.getelementptr %v61[%v2780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2773, %v2781 : f32, !llvm.ptr
                  }
                  %v2782 = arith.addf %v2688, %v2699 fastmath<contract> : f32
                  llvm.store %v2782, %v2437 : f32, !llvm.ptr
                  llvm.store %v2628, %v55 : f32, !llvm.ptr
                  llvm.store %v2628, %v56 : f32, !llvm.ptr
                }
                %v2783 = llvm.load %v2437 : !llvm.ptr -> f32
                %v2784 = arith.select %v2440, %v2783, %v2618 : f32
                %v2785 = arith.select %v2440, %v2618, %v2783 : f32
                %v2786, %v2787 = gpu.shuffle xor %v2784, %v803, %v329 : f32
                %v2788 = arith.addf %v2785, %v2786 fastmath<contract> : f32
                %v2789 = arith.addi %v381, %v613 : i64
                %v2790 = arith.cmpi slt, %v1064, %v2448 : i32
                %v2791 = arith.cmpi eq, %v1064, %v2453 : i32
                %v2792, %v2793 = gpu.shuffle idx %v2180, %v141, %v329 : f32
                %v2794, %v2795 = gpu.shuffle idx %v2181, %v141, %v329 : f32
                %v2796, %v2797 = gpu.shuffle idx %v2186, %v141, %v329 : f32
                %v2798, %v2799 = gpu.shuffle idx %v2189, %v141, %v329 : f32
                %v2800, %v2801 = gpu.shuffle idx %v2199, %v141, %v329 : f32
                %v2802, %v2803 = gpu.shuffle idx %v2204, %v141, %v329 : f32
                %v2804 = arith.addi %v383, %v525 : i64
                llvm.store %v64, %v2437 : f32, !llvm.ptr
                scf.if %v2790 {
                  %v2805 = arith.addi %v163, %v2789 : i64
                  %v2806 = arith.muli %v47, %v338 : i64
                  %v2807 = arith.muli %v2805, %v337 : i64
                  %v2808 = arith.addi %v2806, %v2807 : i64
                  %v2809 = arith.muli %v33, %v2 : i64
                  %v2810 = arith.addi %v2808, %v2809 : i64
                  %v2811 = llvm.getelementptr %in_Cm[%v2810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2812 = llvm.load %v2811 : !llvm.ptr -> f32
                  %v2813 = arith.muli %v47, %v309 : i64
                  %v2814 = arith.muli %v2805, %v308 : i64
                  %v2815 = arith.addi %v2813, %v2814 : i64
                  %v2816 = arith.muli %v45, %v307 : i64
                  %v2817 = arith.addi %v2815, %v2816 : i64
                  %v2818 = arith.muli %v43, %v2 : i64
                  %v2819 = arith.addi %v2817, %v2818 : i64
                  %v2820 = llvm.getelementptr %dy_y[%v2819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
                  %v2822 = arith.mulf %v2812, %v2821 fastmath<contract> : f32
                  %v2823 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2824 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2825 = arith.mulf %v2824, %v2823 fastmath<contract> : f32
                  %v2826 = arith.addf %v2822, %v2825 fastmath<contract> : f32
                  llvm.store %v2826, %v53 : f32, !llvm.ptr
                  %v2827 = arith.muli %v47, %v338 : i64
                  %v2828 = arith.muli %v2805, %v337 : i64
                  %v2829 = arith.addi %v2827, %v2828 : i64
                  %v2830 = arith.constant 8 : i64
                  %v2831 = arith.addi %v2830, %v33 : i64
                  %v2832 = arith.muli %v2831, %v2 : i64
                  %v2833 = arith.addi %v2829, %v2832 : i64
                  %v2834 = llvm.getelementptr %in_Cm[%v2833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2835 = llvm.load %v2834 : !llvm.ptr -> f32
                  %v2836 = arith.mulf %v2835, %v2821 fastmath<contract> : f32
                  %v2837 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2838 = llvm.load %v56 : !llvm.ptr -> f32
                  %v2839 = arith.mulf %v2838, %v2837 fastmath<contract> : f32
                  %v2840 = arith.addf %v2836, %v2839 fastmath<contract> : f32
                  llvm.store %v2840, %v54 : f32, !llvm.ptr
                  scf.if %v2791 {
                  }
                  %v2841 = arith.muli %v47, %v309 : i64
                  %v2842 = arith.muli %v2805, %v308 : i64
                  %v2843 = arith.addi %v2841, %v2842 : i64
                  %v2844 = arith.muli %v45, %v307 : i64
                  %v2845 = arith.addi %v2843, %v2844 : i64
                  %v2846 = arith.muli %v43, %v2 : i64
                  %v2847 = arith.addi %v2845, %v2846 : i64
                  %v2848 = llvm.getelementptr %in_x[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2849 = llvm.load %v2848 : !llvm.ptr -> f32
                  %v2850 = arith.muli %v47, %v338 : i64
                  %v2851 = arith.muli %v2805, %v337 : i64
                  %v2852 = arith.addi %v2850, %v2851 : i64
                  %v2853 = arith.muli %v33, %v2 : i64
                  %v2854 = arith.addi %v2852, %v2853 : i64
                  %v2855 = llvm.getelementptr %in_Bm[%v2854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2856 = llvm.load %v2855 : !llvm.ptr -> f32
                  %v2857 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2858 = arith.mulf %v2856, %v2857 fastmath<contract> : f32
                  %v2859 = arith.muli %v47, %v338 : i64
                  %v2860 = arith.muli %v2805, %v337 : i64
                  %v2861 = arith.addi %v2859, %v2860 : i64
                  %v2862 = arith.constant 8 : i64
                  %v2863 = arith.addi %v2862, %v33 : i64
                  %v2864 = arith.muli %v2863, %v2 : i64
                  %v2865 = arith.addi %v2861, %v2864 : i64
                  %v2866 = llvm.getelementptr %in_Bm[%v2865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2867 = llvm.load %v2866 : !llvm.ptr -> f32
                  %v2868 = llvm.load %v54 : !llvm.ptr -> f32
                  %v2869 = arith.mulf %v2867, %v2868 fastmath<contract> : f32
                  %v2870 = arith.addf %v2858, %v2869 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2871, %v2872 = gpu.shuffle xor %v2870, %v803, %v329 : f32
                  %v2873 = arith.addf %v2870, %v2871 fastmath<contract> : f32
                  %v2874, %v2875 = gpu.shuffle xor %v2873, %v807, %v329 : f32
                  %v2876 = arith.addf %v2873, %v2874 fastmath<contract> : f32
                  %v2877, %v2878 = gpu.shuffle xor %v2876, %v811, %v329 : f32
                  %v2879 = arith.addf %v2876, %v2877 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2880 = arith.mulf %v2849, %v2879 fastmath<contract> : f32
                  %v2881 = arith.mulf %v2337, %v2857 fastmath<contract> : f32
                  %v2882 = arith.mulf %v2349, %v2868 fastmath<contract> : f32
                  %v2883 = arith.addf %v2881, %v2882 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2884, %v2885 = gpu.shuffle xor %v2883, %v803, %v329 : f32
                  %v2886 = arith.addf %v2883, %v2884 fastmath<contract> : f32
                  %v2887, %v2888 = gpu.shuffle xor %v2886, %v807, %v329 : f32
                  %v2889 = arith.addf %v2886, %v2887 fastmath<contract> : f32
                  %v2890, %v2891 = gpu.shuffle xor %v2889, %v811, %v329 : f32
                  %v2892 = arith.addf %v2889, %v2890 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2893 = arith.mulf %v2796, %v2892 fastmath<contract> : f32
                  %v2894 = arith.mulf %v2798, %v2893 fastmath<contract> : f32
                  %v2895 = arith.negf %v2894 : f32
                  %v2896 = arith.addf %v2880, %v2895 fastmath<contract> : f32
                  %v2897 = arith.mulf %v2896, %v2802 fastmath<contract> : f32
                  %v2898 = arith.mulf %v2798, %v2892 fastmath<contract> : f32
                  %v2899 = arith.mulf %v2794, %v2898 fastmath<contract> : f32
                  %v2900 = arith.mulf %v2796, %v2899 fastmath<contract> : f32
                  %v2901 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2902 = arith.addf %v2901, %v2900 fastmath<contract> : f32
                  llvm.store %v2902, %v57 : f32, !llvm.ptr
                  %v2903 = arith.mulf %v2800, %v2857 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2904 = arith.addi %v66, %v33 : i64
                    %v2905 = arith.addi %v52, %v39 : i64
                    %v2906 = arith.muli %v2905, %v1 : i64
                    %v2907 = arith.addi %v2906, %v2904 : i64
                    %v2908 = arith.muli %v2907, %size_L : i64
                    %v2909 = arith.addi %v2908, %v2805 : i64
                    %v2910 = llvm.getelementptr %part_Bm[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2903, %v2910 : f32, !llvm.ptr
                  }
                  %v2911 = arith.mulf %v2800, %v2868 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2912 = arith.addi %v32, %v33 : i64
                    %v2913 = arith.addi %v52, %v39 : i64
                    %v2914 = arith.muli %v2913, %v1 : i64
                    %v2915 = arith.addi %v2914, %v2912 : i64
                    %v2916 = arith.muli %v2915, %size_L : i64
                    %v2917 = arith.addi %v2916, %v2805 : i64
                    %v2918 = llvm.getelementptr %part_Bm[%v2917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2911, %v2918 : f32, !llvm.ptr
                  }
                  %v2919 = arith.mulf %v2366, %v2821 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2920 = arith.addi %v66, %v33 : i64
                    %v2921 = arith.addi %v52, %v39 : i64
                    %v2922 = arith.muli %v2921, %v1 : i64
                    %v2923 = arith.addi %v2922, %v2920 : i64
                    %v2924 = arith.muli %v2923, %size_L : i64
                    %v2925 = arith.addi %v2924, %v2805 : i64
                    %v2926 = llvm.getelementptr %part_Cm[%v2925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2919, %v2926 : f32, !llvm.ptr
                  }
                  %v2927 = arith.mulf %v2378, %v2821 fastmath<contract> : f32
                  scf.if %v37 {
                    %v2928 = arith.addi %v32, %v33 : i64
                    %v2929 = arith.addi %v52, %v39 : i64
                    %v2930 = arith.muli %v2929, %v1 : i64
                    %v2931 = arith.addi %v2930, %v2928 : i64
                    %v2932 = arith.muli %v2931, %size_L : i64
                    %v2933 = arith.addi %v2932, %v2805 : i64
                    %v2934 = llvm.getelementptr %part_Cm[%v2933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2927, %v2934 : f32, !llvm.ptr
                  }
                  %v2935 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2936 = arith.addf %v2935, %v2897 fastmath<contract> : f32
                  llvm.store %v2936, %v59 : f32, !llvm.ptr
                  %v2937 = arith.select %v37, %v2897, %v64 : f32
                  // sum over the warp's outer points: shuffles
                  %v2938, %v2939 = gpu.shuffle xor %v2937, %v873, %v329 : f32
                  %v2940 = arith.addf %v2937, %v2938 fastmath<contract> : f32
                  %v2941, %v2942 = gpu.shuffle xor %v2940, %v877, %v329 : f32
                  %v2943 = arith.addf %v2940, %v2941 fastmath<contract> : f32
                  %v2944 = arith.divui %v18, %v20 : i64
                  %v2945 = arith.remui %v18, %v20 : i64
                  %v2946 = arith.cmpi ult, %v2945, %v2 : i64
                  %v2947 = arith.muli %v2944, %v2 : i64
                  %v2948 = arith.addi %v2947, %v66 : i64
                  %v2949 = arith.muli %v2948, %v886 : i64
                  %v2950 = arith.addi %v2949, %v2804 : i64
                  scf.if %v2946 {
                    %v2951 = llvm.getelementptr %v61[%v2950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2943, %v2951 : f32, !llvm.ptr
                  }
                  %v2952 = arith.addf %v2858, %v2869 fastmath<contract> : f32
                  llvm.store %v2952, %v2437 : f32, !llvm.ptr
                  llvm.store %v2798, %v55 : f32, !llvm.ptr
                  llvm.store %v2798, %v56 : f32, !llvm.ptr
                }
                %v2953 = llvm.load %v2437 : !llvm.ptr -> f32
                %v2954 = arith.addi %v381, %v49 : i64
                %v2955 = arith.cmpi slt, %v811, %v2448 : i32
                %v2956 = arith.cmpi eq, %v811, %v2453 : i32
                %v2957, %v2958 = gpu.shuffle idx %v2180, %v137, %v329 : f32
                %v2959, %v2960 = gpu.shuffle idx %v2181, %v137, %v329 : f32
                %v2961, %v2962 = gpu.shuffle idx %v2186, %v137, %v329 : f32
                %v2963, %v2964 = gpu.shuffle idx %v2189, %v137, %v329 : f32
                %v2965, %v2966 = gpu.shuffle idx %v2199, %v137, %v329 : f32
                %v2967, %v2968 = gpu.shuffle idx %v2204, %v137, %v329 : f32
                %v2969 = arith.addi %v383, %v363 : i64
                llvm.store %v64, %v2437 : f32, !llvm.ptr
                scf.if %v2955 {
                  %v2970 = arith.addi %v163, %v2954 : i64
                  %v2971 = arith.muli %v47, %v338 : i64
                  %v2972 = arith.muli %v2970, %v337 : i64
                  %v2973 = arith.addi %v2971, %v2972 : i64
                  %v2974 = arith.muli %v33, %v2 : i64
                  %v2975 = arith.addi %v2973, %v2974 : i64
                  %v2976 = llvm.getelementptr %in_Cm[%v2975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2977 = llvm.load %v2976 : !llvm.ptr -> f32
                  %v2978 = arith.muli %v47, %v309 : i64
                  %v2979 = arith.muli %v2970, %v308 : i64
                  %v2980 = arith.addi %v2978, %v2979 : i64
                  %v2981 = arith.muli %v45, %v307 : i64
                  %v2982 = arith.addi %v2980, %v2981 : i64
                  %v2983 = arith.muli %v43, %v2 : i64
                  %v2984 = arith.addi %v2982, %v2983 : i64
                  %v2985 = llvm.getelementptr %dy_y[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2986 = llvm.load %v2985 : !llvm.ptr -> f32
                  %v2987 = arith.mulf %v2977, %v2986 fastmath<contract> : f32
                  %v2988 = llvm.load %v53 : !llvm.ptr -> f32
                  %v2989 = llvm.load %v55 : !llvm.ptr -> f32
                  %v2990 = arith.mulf %v2989, %v2988 fastmath<contract> : f32
                  %v2991 = arith.addf %v2987, %v2990 fastmath<contract> : f32
                  llvm.store %v2991, %v53 : f32, !llvm.ptr
                  %v2992 = arith.muli %v47, %v338 : i64
                  %v2993 = arith.muli %v2970, %v337 : i64
                  %v2994 = arith.addi %v2992, %v2993 : i64
                  %v2995 = arith.constant 8 : i64
                  %v2996 = arith.addi %v2995, %v33 : i64
                  %v2997 = arith.muli %v2996, %v2 : i64
                  %v2998 = arith.addi %v2994, %v2997 : i64
                  %v2999 = llvm.getelementptr %in_Cm[%v2998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3000 = llvm.load %v2999 : !llvm.ptr -> f32
                  %v3001 = arith.mulf %v3000, %v2986 fastmath<contract> : f32
                  %v3002 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3003 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3004 = arith.mulf %v3003, %v3002 fastmath<contract> : f32
                  %v3005 = arith.addf %v3001, %v3004 fastmath<contract> : f32
                  llvm.store %v3005, %v54 : f32, !llvm.ptr
                  scf.if %v2956 {
                  }
                  %v3006 = arith.muli %v47, %v309 : i64
                  %v3007 = arith.muli %v2970, %v308 : i64
                  %v3008 = arith.addi %v3006, %v3007 : i64
                  %v3009 = arith.muli %v45, %v307 : i64
                  %v3010 = arith.addi %v3008, %v3009 : i64
                  %v3011 = arith.muli %v43, %v2 : i64
                  %v3012 = arith.addi %v3010, %v3011 : i64
                  %v3013 = llvm.getelementptr %in_x[%v3012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3014 = llvm.load %v3013 : !llvm.ptr -> f32
                  %v3015 = arith.muli %v47, %v338 : i64
                  %v3016 = arith.muli %v2970, %v337 : i64
                  %v3017 = arith.addi %v3015, %v3016 : i64
                  %v3018 = arith.muli %v33, %v2 : i64
                  %v3019 = arith.addi %v3017, %v3018 : i64
                  %v3020 = llvm.getelementptr %in_Bm[%v3019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3021 = llvm.load %v3020 : !llvm.ptr -> f32
                  %v3022 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3023 = arith.mulf %v3021, %v3022 fastmath<contract> : f32
                  %v3024 = arith.muli %v47, %v338 : i64
                  %v3025 = arith.muli %v2970, %v337 : i64
                  %v3026 = arith.addi %v3024, %v3025 : i64
                  %v3027 = arith.constant 8 : i64
                  %v3028 = arith.addi %v3027, %v33 : i64
                  %v3029 = arith.muli %v3028, %v2 : i64
                  %v3030 = arith.addi %v3026, %v3029 : i64
                  %v3031 = llvm.getelementptr %in_Bm[%v3030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3032 = llvm.load %v3031 : !llvm.ptr -> f32
                  %v3033 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3034 = arith.mulf %v3032, %v3033 fastmath<contract> : f32
                  %v3035 = arith.addf %v3023, %v3034 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3036, %v3037 = gpu.shuffle xor %v3035, %v803, %v329 : f32
                  %v3038 = arith.addf %v3035, %v3036 fastmath<contract> : f32
                  %v3039, %v3040 = gpu.shuffle xor %v3038, %v807, %v329 : f32
                  %v3041 = arith.addf %v3038, %v3039 fastmath<contract> : f32
                  %v3042, %v3043 = gpu.shuffle xor %v3041, %v811, %v329 : f32
                  %v3044 = arith.addf %v3041, %v3042 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3045 = arith.mulf %v3014, %v3044 fastmath<contract> : f32
                  %v3046 = arith.mulf %v2308, %v3022 fastmath<contract> : f32
                  %v3047 = arith.mulf %v2320, %v3033 fastmath<contract> : f32
                  %v3048 = arith.addf %v3046, %v3047 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3049, %v3050 = gpu.shuffle xor %v3048, %v803, %v329 : f32
                  %v3051 = arith.addf %v3048, %v3049 fastmath<contract> : f32
                  %v3052, %v3053 = gpu.shuffle xor %v3051, %v807, %v329 : f32
                  %v3054 = arith.addf %v3051, %v3052 fastmath<contract> : f32
                  %v3055, %v3056 = gpu.shuffle xor %v3054, %v811, %v329 : f32
                  %v3057 = arith.addf %v3054, %v3055 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3058 = arith.mulf %v2961, %v3057 fastmath<contract> : f32
                  %v3059 = arith.mulf %v2963, %v3058 fastmath<contract> : f32
                  %v3060 = arith.negf %v3059 : f32
                  %v3061 = arith.addf %v3045, %v3060 fastmath<contract> : f32
                  %v3062 = arith.mulf %v3061, %v2967 fastmath<contract> : f32
                  %v3063 = arith.mulf %v2963, %v3057 fastmath<contract> : f32
                  %v3064 = arith.mulf %v2959, %v3063 fastmath<contract> : f32
                  %v3065 = arith.mulf %v2961, %v3064 fastmath<contract> : f32
                  %v3066 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3067 = arith.addf %v3066, %v3065 fastmath<contract> : f32
                  llvm.store %v3067, %v57 : f32, !llvm.ptr
                  %v3068 = arith.mulf %v2965, %v3022 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3069 = arith.addi %v66, %v33 : i64
                    %v3070 = arith.addi %v52, %v39 : i64
                    %v3071 = arith.muli %v3070, %v1 : i64
                    %v3072 = arith.addi %v3071, %v3069 : i64
                    %v3073 = arith.muli %v3072, %size_L : i64
                    %v3074 = arith.addi %v3073, %v2970 : i64
                    %v3075 = llvm.getelementptr %part_Bm[%v3074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3068, %v3075 : f32, !llvm.ptr
                  }
                  %v3076 = arith.mulf %v2965, %v3033 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3077 = arith.addi %v32, %v33 : i64
                    %v3078 = arith.addi %v52, %v39 : i64
                    %v3079 = arith.muli %v3078, %v1 : i64
                    %v3080 = arith.addi %v3079, %v3077 : i64
                    %v3081 = arith.muli %v3080, %size_L : i64
                    %v3082 = arith.addi %v3081, %v2970 : i64
                    %v3083 = llvm.getelementptr %part_Bm[%v3082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3076, %v3083 : f32, !llvm.ptr
                  }
                  %v3084 = arith.mulf %v2337, %v2986 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3085 = arith.addi %v66, %v33 : i64
                    %v3086 = arith.addi %v52, %v39 : i64
                    %v3087 = arith.muli %v3086, %v1 : i64
                    %v3088 = arith.addi %v3087, %v3085 : i64
                    %v3089 = arith.muli %v3088, %size_L : i64
                    %v3090 = arith.addi %v3089, %v2970 : i64
                    %v3091 = llvm.getelementptr %part_Cm[%v3090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3084, %v3091 : f32, !llvm.ptr
                  }
                  %v3092 = arith.mulf %v2349, %v2986 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3093 = arith.addi %v32, %v33 : i64
                    %v3094 = arith.addi %v52, %v39 : i64
                    %v3095 = arith.muli %v3094, %v1 : i64
                    %v3096 = arith.addi %v3095, %v3093 : i64
                    %v3097 = arith.muli %v3096, %size_L : i64
                    %v3098 = arith.addi %v3097, %v2970 : i64
                    %v3099 = llvm.getelementptr %part_Cm[%v3098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3092, %v3099 : f32, !llvm.ptr
                  }
                  %v3100 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3101 = arith.addf %v3100, %v3062 fastmath<contract> : f32
                  llvm.store %v3101, %v59 : f32, !llvm.ptr
                  %v3102 = arith.select %v37, %v3062, %v64 : f32
                  // sum over the warp's outer points: shuffles
                  %v3103, %v3104 = gpu.shuffle xor %v3102, %v873, %v329 : f32
                  %v3105 = arith.addf %v3102, %v3103 fastmath<contract> : f32
                  %v3106, %v3107 = gpu.shuffle xor %v3105, %v877, %v329 : f32
                  %v3108 = arith.addf %v3105, %v3106 fastmath<contract> : f32
                  %v3109 = arith.divui %v18, %v20 : i64
                  %v3110 = arith.remui %v18, %v20 : i64
                  %v3111 = arith.cmpi ult, %v3110, %v2 : i64
                  %v3112 = arith.muli %v3109, %v2 : i64
                  %v3113 = arith.addi %v3112, %v66 : i64
                  %v3114 = arith.muli %v3113, %v886 : i64
                  %v3115 = arith.addi %v3114, %v2969 : i64
                  scf.if %v3111 {
                    %v3116 = llvm.getelementptr %v61[%v3115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3108, %v3116 : f32, !llvm.ptr
                  }
                  %v3117 = arith.addf %v3023, %v3034 fastmath<contract> : f32
                  llvm.store %v3117, %v2437 : f32, !llvm.ptr
                  llvm.store %v2963, %v55 : f32, !llvm.ptr
                  llvm.store %v2963, %v56 : f32, !llvm.ptr
                }
                %v3118 = llvm.load %v2437 : !llvm.ptr -> f32
                %v3119 = arith.select %v2440, %v3118, %v2953 : f32
                %v3120 = arith.select %v2440, %v2953, %v3118 : f32
                %v3121, %v3122 = gpu.shuffle xor %v3119, %v803, %v329 : f32
                %v3123 = arith.addf %v3120, %v3121 fastmath<contract> : f32
                %v3124 = arith.select %v2443, %v3123, %v2788 : f32
                %v3125 = arith.select %v2443, %v2788, %v3123 : f32
                %v3126, %v3127 = gpu.shuffle xor %v3124, %v807, %v329 : f32
                %v3128 = arith.addf %v3125, %v3126 fastmath<contract> : f32
                %v3129 = arith.addi %v381, %v363 : i64
                %v3130 = arith.cmpi slt, %v1405, %v2448 : i32
                %v3131 = arith.cmpi eq, %v1405, %v2453 : i32
                %v3132, %v3133 = gpu.shuffle idx %v2180, %v133, %v329 : f32
                %v3134, %v3135 = gpu.shuffle idx %v2181, %v133, %v329 : f32
                %v3136, %v3137 = gpu.shuffle idx %v2186, %v133, %v329 : f32
                %v3138, %v3139 = gpu.shuffle idx %v2189, %v133, %v329 : f32
                %v3140, %v3141 = gpu.shuffle idx %v2199, %v133, %v329 : f32
                %v3142, %v3143 = gpu.shuffle idx %v2204, %v133, %v329 : f32
                %v3144 = arith.addi %v383, %v49 : i64
                llvm.store %v64, %v2437 : f32, !llvm.ptr
                scf.if %v3130 {
                  %v3145 = arith.addi %v163, %v3129 : i64
                  %v3146 = arith.muli %v47, %v338 : i64
                  %v3147 = arith.muli %v3145, %v337 : i64
                  %v3148 = arith.addi %v3146, %v3147 : i64
                  %v3149 = arith.muli %v33, %v2 : i64
                  %v3150 = arith.addi %v3148, %v3149 : i64
                  %v3151 = llvm.getelementptr %in_Cm[%v3150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3152 = llvm.load %v3151 : !llvm.ptr -> f32
                  %v3153 = arith.muli %v47, %v309 : i64
                  %v3154 = arith.muli %v3145, %v308 : i64
                  %v3155 = arith.addi %v3153, %v3154 : i64
                  %v3156 = arith.muli %v45, %v307 : i64
                  %v3157 = arith.addi %v3155, %v3156 : i64
                  %v3158 = arith.muli %v43, %v2 : i64
                  %v3159 = arith.addi %v3157, %v3158 : i64
                  %v3160 = llvm.getelementptr %dy_y[%v3159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3161 = llvm.load %v3160 : !llvm.ptr -> f32
                  %v3162 = arith.mulf %v3152, %v3161 fastmath<contract> : f32
                  %v3163 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3164 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3165 = arith.mulf %v3164, %v3163 fastmath<contract> : f32
                  %v3166 = arith.addf %v3162, %v3165 fastmath<contract> : f32
                  llvm.store %v3166, %v53 : f32, !llvm.ptr
                  %v3167 = arith.muli %v47, %v338 : i64
                  %v3168 = arith.muli %v3145, %v337 : i64
                  %v3169 = arith.addi %v3167, %v3168 : i64
                  %v3170 = arith.constant 8 : i64
                  %v3171 = arith.addi %v3170, %v33 : i64
                  %v3172 = arith.muli %v3171, %v2 : i64
                  %v3173 = arith.addi %v3169, %v3172 : i64
                  %v3174 = llvm.getelementptr %in_Cm[%v3173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3175 = llvm.load %v3174 : !llvm.ptr -> f32
                  %v3176 = arith.mulf %v3175, %v3161 fastmath<contract> : f32
                  %v3177 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3178 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3179 = arith.mulf %v3178, %v3177 fastmath<contract> : f32
                  %v3180 = arith.addf %v3176, %v3179 fastmath<contract> : f32
                  llvm.store %v3180, %v54 : f32, !llvm.ptr
                  scf.if %v3131 {
                  }
                  %v3181 = arith.muli %v47, %v309 : i64
                  %v3182 = arith.muli %v3145, %v308 : i64
                  %v3183 = arith.addi %v3181, %v3182 : i64
                  %v3184 = arith.muli %v45, %v307 : i64
                  %v3185 = arith.addi %v3183, %v3184 : i64
                  %v3186 = arith.muli %v43, %v2 : i64
                  %v3187 = arith.addi %v3185, %v3186 : i64
                  %v3188 = llvm.getelementptr %in_x[%v3187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3189 = llvm.load %v3188 : !llvm.ptr -> f32
                  %v3190 = arith.muli %v47, %v338 : i64
                  %v3191 = arith.muli %v3145, %v337 : i64
                  %v3192 = arith.addi %v3190, %v3191 : i64
                  %v3193 = arith.muli %v33, %v2 : i64
                  %v3194 = arith.addi %v3192, %v3193 : i64
                  %v3195 = llvm.getelementptr %in_Bm[%v3194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3196 = llvm.load %v3195 : !llvm.ptr -> f32
                  %v3197 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3198 = arith.mulf %v3196, %v3197 fastmath<contract> : f32
                  %v3199 = arith.muli %v47, %v338 : i64
                  %v3200 = arith.muli %v3145, %v337 : i64
                  %v3201 = arith.addi %v3199, %v3200 : i64
                  %v3202 = arith.constant 8 : i64
                  %v3203 = arith.addi %v3202, %v33 : i64
                  %v3204 = arith.muli %v3203, %v2 : i64
                  %v3205 = arith.addi %v3201, %v3204 : i64
                  %v3206 = llvm.getelementptr %in_Bm[%v3205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3207 = llvm.load %v3206 : !llvm.ptr -> f32
                  %v3208 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3209 = arith.mulf %v3207, %v3208 fastmath<contract> : f32
                  %v3210 = arith.addf %v3198, %v3209 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3211, %v3212 = gpu.shuffle xor %v3210, %v803, %v329 : f32
                  %v3213 = arith.addf %v3210, %v3211 fastmath<contract> : f32
                  %v3214, %v3215 = gpu.shuffle xor %v3213, %v807, %v329 : f32
                  %v3216 = arith.addf %v3213, %v3214 fastmath<contract> : f32
                  %v3217, %v3218 = gpu.shuffle xor %v3216, %v811, %v329 : f32
                  %v3219 = arith.addf %v3216, %v3217 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3220 = arith.mulf %v3189, %v3219 fastmath<contract> : f32
                  %v3221 = arith.mulf %v2279, %v3197 fastmath<contract> : f32
                  %v3222 = arith.mulf %v2291, %v3208 fastmath<contract> : f32
                  %v3223 = arith.addf %v3221, %v3222 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3224, %v3225 = gpu.shuffle xor %v3223, %v803, %v329 : f32
                  %v3226 = arith.addf %v3223, %v3224 fastmath<contract> : f32
                  %v3227, %v3228 = gpu.shuffle xor %v3226, %v807, %v329 : f32
                  %v3229 = arith.addf %v3226, %v3227 fastmath<contract> : f32
                  %v3230, %v3231 = gpu.shuffle xor %v3229, %v811, %v329 : f32
                  %v3232 = arith.addf %v3229, %v3230 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3233 = arith.mulf %v3136, %v3232 fastmath<contract> : f32
                  %v3234 = arith.mulf %v3138, %v3233 fastmath<contract> : f32
                  %v3235 = arith.negf %v3234 : f32
                  %v3236 = arith.addf %v3220, %v3235 fastmath<contract> : f32
                  %v3237 = arith.mulf %v3236, %v3142 fastmath<contract> : f32
                  %v3238 = arith.mulf %v3138, %v3232 fastmath<contract> : f32
                  %v3239 = arith.mulf %v3134, %v3238 fastmath<contract> : f32
                  %v3240 = arith.mulf %v3136, %v3239 fastmath<contract> : f32
                  %v3241 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3242 = arith.addf %v3241, %v3240 fastmath<contract> : f32
                  llvm.store %v3242, %v57 : f32, !llvm.ptr
                  %v3243 = arith.mulf %v3140, %v3197 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3244 = arith.addi %v66, %v33 : i64
                    %v3245 = arith.addi %v52, %v39 : i64
                    %v3246 = arith.muli %v3245, %v1 : i64
                    %v3247 = arith.addi %v3246, %v3244 : i64
                    %v3248 = arith.muli %v3247, %size_L : i64
                    %v3249 = arith.addi %v3248, %v3145 : i64
                    %v3250 = llvm.getelementptr %part_Bm[%v3249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3243, %v3250 : f32, !llvm.ptr
                  }
                  %v3251 = arith.mulf %v3140, %v3208 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3252 = arith.addi %v32, %v33 : i64
                    %v3253 = arith.addi %v52, %v39 : i64
                    %v3254 = arith.muli %v3253, %v1 : i64
                    %v3255 = arith.addi %v3254, %v3252 : i64
                    %v3256 = arith.muli %v3255, %size_L : i64
                    %v3257 = arith.addi %v3256, %v3145 : i64
                    %v3258 = llvm.getelementptr %part_Bm[%v3257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3251, %v3258 : f32, !llvm.ptr
                  }
                  %v3259 = arith.mulf %v2308, %v3161 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3260 = arith.addi %v66, %v33 : i64
                    %v3261 = arith.addi %v52, %v39 : i64
                    %v3262 = arith.muli %v3261, %v1 : i64
                    %v3263 = arith.addi %v3262, %v3260 : i64
                    %v3264 = arith.muli %v3263, %size_L : i64
                    %v3265 = arith.addi %v3264, %v3145 : i64
                    %v3266 = llvm.getelementptr %part_Cm[%v3265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3259, %v3266 : f32, !llvm.ptr
                  }
                  %v3267 = arith.mulf %v2320, %v3161 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3268 = arith.addi %v32, %v33 : i64
                    %v3269 = arith.addi %v52, %v39 : i64
                    %v3270 = arith.muli %v3269, %v1 : i64
                    %v3271 = arith.addi %v3270, %v3268 : i64
                    %v3272 = arith.muli %v3271, %size_L : i64
                    %v3273 = arith.addi %v3272, %v3145 : i64
                    %v3274 = llvm.getelementptr %part_Cm[%v3273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3267, %v3274 : f32, !llvm.ptr
                  }
                  %v3275 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3276 = arith.addf %v3275, %v3237 fastmath<contract> : f32
                  llvm.store %v3276, %v59 : f32, !llvm.ptr
                  %v3277 = arith.select %v37, %v3237, %v64 : f32
                  // sum over the warp's outer points: shuffles
                  %v3278, %v3279 = gpu.shuffle xor %v3277, %v873, %v329 : f32
                  %v3280 = arith.addf %v3277, %v3278 fastmath<contract> : f32
                  %v3281, %v3282 = gpu.shuffle xor %v3280, %v877, %v329 : f32
                  %v3283 = arith.addf %v3280, %v3281 fastmath<contract> : f32
                  %v3284 = arith.divui %v18, %v20 : i64
                  %v3285 = arith.remui %v18, %v20 : i64
                  %v3286 = arith.cmpi ult, %v3285, %v2 : i64
                  %v3287 = arith.muli %v3284, %v2 : i64
                  %v3288 = arith.addi %v3287, %v66 : i64
                  %v3289 = arith.muli %v3288, %v886 : i64
                  %v3290 = arith.addi %v3289, %v3144 : i64
                  scf.if %v3286 {
                    %v3291 = llvm.getelementptr %v61[%v3290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3283, %v3291 : f32, !llvm.ptr
                  }
                  %v3292 = arith.addf %v3198, %v3209 fastmath<contract> : f32
                  llvm.store %v3292, %v2437 : f32, !llvm.ptr
                  llvm.store %v3138, %v55 : f32, !llvm.ptr
                  llvm.store %v3138, %v56 : f32, !llvm.ptr
                }
                %v3293 = llvm.load %v2437 : !llvm.ptr -> f32
                %v3294 = arith.addi %v381, %v525 : i64
                %v3295 = arith.cmpi slt, %v807, %v2448 : i32
                %v3296 = arith.cmpi eq, %v807, %v2453 : i32
                %v3297, %v3298 = gpu.shuffle idx %v2180, %v129, %v329 : f32
                %v3299, %v3300 = gpu.shuffle idx %v2181, %v129, %v329 : f32
                %v3301, %v3302 = gpu.shuffle idx %v2186, %v129, %v329 : f32
                %v3303, %v3304 = gpu.shuffle idx %v2189, %v129, %v329 : f32
                %v3305, %v3306 = gpu.shuffle idx %v2199, %v129, %v329 : f32
                %v3307, %v3308 = gpu.shuffle idx %v2204, %v129, %v329 : f32
                %v3309 = arith.addi %v383, %v613 : i64
                llvm.store %v64, %v2437 : f32, !llvm.ptr
                scf.if %v3295 {
                  %v3310 = arith.addi %v163, %v3294 : i64
                  %v3311 = arith.muli %v47, %v338 : i64
                  %v3312 = arith.muli %v3310, %v337 : i64
                  %v3313 = arith.addi %v3311, %v3312 : i64
                  %v3314 = arith.muli %v33, %v2 : i64
                  %v3315 = arith.addi %v3313, %v3314 : i64
                  %v3316 = llvm.getelementptr %in_Cm[%v3315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3317 = llvm.load %v3316 : !llvm.ptr -> f32
                  %v3318 = arith.muli %v47, %v309 : i64
                  %v3319 = arith.muli %v3310, %v308 : i64
                  %v3320 = arith.addi %v3318, %v3319 : i64
                  %v3321 = arith.muli %v45, %v307 : i64
                  %v3322 = arith.addi %v3320, %v3321 : i64
                  %v3323 = arith.muli %v43, %v2 : i64
                  %v3324 = arith.addi %v3322, %v3323 : i64
                  %v3325 = llvm.getelementptr %dy_y[%v3324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3326 = llvm.load %v3325 : !llvm.ptr -> f32
                  %v3327 = arith.mulf %v3317, %v3326 fastmath<contract> : f32
                  %v3328 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3329 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3330 = arith.mulf %v3329, %v3328 fastmath<contract> : f32
                  %v3331 = arith.addf %v3327, %v3330 fastmath<contract> : f32
                  llvm.store %v3331, %v53 : f32, !llvm.ptr
                  %v3332 = arith.muli %v47, %v338 : i64
                  %v3333 = arith.muli %v3310, %v337 : i64
                  %v3334 = arith.addi %v3332, %v3333 : i64
                  %v3335 = arith.constant 8 : i64
                  %v3336 = arith.addi %v3335, %v33 : i64
                  %v3337 = arith.muli %v3336, %v2 : i64
                  %v3338 = arith.addi %v3334, %v3337 : i64
                  %v3339 = llvm.getelementptr %in_Cm[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3340 = llvm.load %v3339 : !llvm.ptr -> f32
                  %v3341 = arith.mulf %v3340, %v3326 fastmath<contract> : f32
                  %v3342 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3343 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3344 = arith.mulf %v3343, %v3342 fastmath<contract> : f32
                  %v3345 = arith.addf %v3341, %v3344 fastmath<contract> : f32
                  llvm.store %v3345, %v54 : f32, !llvm.ptr
                  scf.if %v3296 {
                  }
                  %v3346 = arith.muli %v47, %v309 : i64
                  %v3347 = arith.muli %v3310, %v308 : i64
                  %v3348 = arith.addi %v3346, %v3347 : i64
                  %v3349 = arith.muli %v45, %v307 : i64
                  %v3350 = arith.addi %v3348, %v3349 : i64
                  %v3351 = arith.muli %v43, %v2 : i64
                  %v3352 = arith.addi %v3350, %v3351 : i64
                  %v3353 = llvm.getelementptr %in_x[%v3352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3354 = llvm.load %v3353 : !llvm.ptr -> f32
                  %v3355 = arith.muli %v47, %v338 : i64
                  %v3356 = arith.muli %v3310, %v337 : i64
                  %v3357 = arith.addi %v3355, %v3356 : i64
                  %v3358 = arith.muli %v33, %v2 : i64
                  %v3359 = arith.addi %v3357, %v3358 : i64
                  %v3360 = llvm.getelementptr %in_Bm[%v3359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3361 = llvm.load %v3360 : !llvm.ptr -> f32
                  %v3362 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3363 = arith.mulf %v3361, %v3362 fastmath<contract> : f32
                  %v3364 = arith.muli %v47, %v338 : i64
                  %v3365 = arith.muli %v3310, %v337 : i64
                  %v3366 = arith.addi %v3364, %v3365 : i64
                  %v3367 = arith.constant 8 : i64
                  %v3368 = arith.addi %v3367, %v33 : i64
                  %v3369 = arith.muli %v3368, %v2 : i64
                  %v3370 = arith.addi %v3366, %v3369 : i64
                  %v3371 = llvm.getelementptr %in_Bm[%v3370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3372 = llvm.load %v3371 : !llvm.ptr -> f32
                  %v3373 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3374 = arith.mulf %v3372, %v3373 fastmath<contract> : f32
                  %v3375 = arith.addf %v3363, %v3374 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3376, %v3377 = gpu.shuffle xor %v3375, %v803, %v329 : f32
                  %v3378 = arith.addf %v3375, %v3376 fastmath<contract> : f32
                  %v3379, %v3380 = gpu.shuffle xor %v3378, %v807, %v329 : f32
                  %v3381 = arith.addf %v3378, %v3379 fastmath<contract> : f32
                  %v3382, %v3383 = gpu.shuffle xor %v3381, %v811, %v329 : f32
                  %v3384 = arith.addf %v3381, %v3382 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3385 = arith.mulf %v3354, %v3384 fastmath<contract> : f32
                  %v3386 = arith.mulf %v2250, %v3362 fastmath<contract> : f32
                  %v3387 = arith.mulf %v2262, %v3373 fastmath<contract> : f32
                  %v3388 = arith.addf %v3386, %v3387 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3389, %v3390 = gpu.shuffle xor %v3388, %v803, %v329 : f32
                  %v3391 = arith.addf %v3388, %v3389 fastmath<contract> : f32
                  %v3392, %v3393 = gpu.shuffle xor %v3391, %v807, %v329 : f32
                  %v3394 = arith.addf %v3391, %v3392 fastmath<contract> : f32
                  %v3395, %v3396 = gpu.shuffle xor %v3394, %v811, %v329 : f32
                  %v3397 = arith.addf %v3394, %v3395 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3398 = arith.mulf %v3301, %v3397 fastmath<contract> : f32
                  %v3399 = arith.mulf %v3303, %v3398 fastmath<contract> : f32
                  %v3400 = arith.negf %v3399 : f32
                  %v3401 = arith.addf %v3385, %v3400 fastmath<contract> : f32
                  %v3402 = arith.mulf %v3401, %v3307 fastmath<contract> : f32
                  %v3403 = arith.mulf %v3303, %v3397 fastmath<contract> : f32
                  %v3404 = arith.mulf %v3299, %v3403 fastmath<contract> : f32
                  %v3405 = arith.mulf %v3301, %v3404 fastmath<contract> : f32
                  %v3406 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3407 = arith.addf %v3406, %v3405 fastmath<contract> : f32
                  llvm.store %v3407, %v57 : f32, !llvm.ptr
                  %v3408 = arith.mulf %v3305, %v3362 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3409 = arith.addi %v66, %v33 : i64
                    %v3410 = arith.addi %v52, %v39 : i64
                    %v3411 = arith.muli %v3410, %v1 : i64
                    %v3412 = arith.addi %v3411, %v3409 : i64
                    %v3413 = arith.muli %v3412, %size_L : i64
                    %v3414 = arith.addi %v3413, %v3310 : i64
                    %v3415 = llvm.getelementptr %part_Bm[%v3414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3408, %v3415 : f32, !llvm.ptr
                  }
                  %v3416 = arith.mulf %v3305, %v3373 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3417 = arith.addi %v32, %v33 : i64
                    %v3418 = arith.addi %v52, %v39 : i64
                    %v3419 = arith.muli %v3418, %v1 : i64
                    %v3420 = arith.addi %v3419, %v3417 : i64
                    %v3421 = arith.muli %v3420, %size_L : i64
                    %v3422 = arith.addi %v3421, %v3310 : i64
                    %v3423 = llvm.getelementptr %part_Bm[%v3422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3416, %v3423 : f32, !llvm.ptr
                  }
                  %v3424 = arith.mulf %v2279, %v3326 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3425 = arith.addi %v66, %v33 : i64
                    %v3426 = arith.addi %v52, %v39 : i64
                    %v3427 = arith.muli %v3426, %v1 : i64
                    %v3428 = arith.addi %v3427, %v3425 : i64
                    %v3429 = arith.muli %v3428, %size_L : i64
                    %v3430 = arith.addi %v3429, %v3310 : i64
                    %v3431 = llvm.getelementptr %part_Cm[%v3430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3424, %v3431 : f32, !llvm.ptr
                  }
                  %v3432 = arith.mulf %v2291, %v3326 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3433 = arith.addi %v32, %v33 : i64
                    %v3434 = arith.addi %v52, %v39 : i64
                    %v3435 = arith.muli %v3434, %v1 : i64
                    %v3436 = arith.addi %v3435, %v3433 : i64
                    %v3437 = arith.muli %v3436, %size_L : i64
                    %v3438 = arith.addi %v3437, %v3310 : i64
                    %v3439 = llvm.getelementptr %part_Cm[%v3438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3432, %v3439 : f32, !llvm.ptr
                  }
                  %v3440 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3441 = arith.addf %v3440, %v3402 fastmath<contract> : f32
                  llvm.store %v3441, %v59 : f32, !llvm.ptr
                  %v3442 = arith.select %v37, %v3402, %v64 : f32
                  // sum over the warp's outer points: shuffles
                  %v3443, %v3444 = gpu.shuffle xor %v3442, %v873, %v329 : f32
                  %v3445 = arith.addf %v3442, %v3443 fastmath<contract> : f32
                  %v3446, %v3447 = gpu.shuffle xor %v3445, %v877, %v329 : f32
                  %v3448 = arith.addf %v3445, %v3446 fastmath<contract> : f32
                  %v3449 = arith.divui %v18, %v20 : i64
                  %v3450 = arith.remui %v18, %v20 : i64
                  %v3451 = arith.cmpi ult, %v3450, %v2 : i64
                  %v3452 = arith.muli %v3449, %v2 : i64
                  %v3453 = arith.addi %v3452, %v66 : i64
                  %v3454 = arith.muli %v3453, %v886 : i64
                  %v3455 = arith.addi %v3454, %v3309 : i64
                  scf.if %v3451 {
                    %v3456 = llvm.getelementptr %v61[%v3455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3448, %v3456 : f32, !llvm.ptr
                  }
                  %v3457 = arith.addf %v3363, %v3374 fastmath<contract> : f32
                  llvm.store %v3457, %v2437 : f32, !llvm.ptr
                  llvm.store %v3303, %v55 : f32, !llvm.ptr
                  llvm.store %v3303, %v56 : f32, !llvm.ptr
                }
                %v3458 = llvm.load %v2437 : !llvm.ptr -> f32
                %v3459 = arith.select %v2440, %v3458, %v3293 : f32
                %v3460 = arith.select %v2440, %v3293, %v3458 : f32
                %v3461, %v3462 = gpu.shuffle xor %v3459, %v803, %v329 : f32
                %v3463 = arith.addf %v3460, %v3461 fastmath<contract> : f32
                %v3464 = arith.addi %v381, %v2 : i64
                %v3465 = arith.cmpi slt, %v803, %v2448 : i32
                %v3466 = arith.cmpi eq, %v803, %v2453 : i32
                %v3467, %v3468 = gpu.shuffle idx %v2180, %v125, %v329 : f32
                %v3469, %v3470 = gpu.shuffle idx %v2181, %v125, %v329 : f32
                %v3471, %v3472 = gpu.shuffle idx %v2186, %v125, %v329 : f32
                %v3473, %v3474 = gpu.shuffle idx %v2189, %v125, %v329 : f32
                %v3475, %v3476 = gpu.shuffle idx %v2199, %v125, %v329 : f32
                %v3477, %v3478 = gpu.shuffle idx %v2204, %v125, %v329 : f32
                %v3479 = arith.addi %v383, %v643 : i64
                llvm.store %v64, %v2437 : f32, !llvm.ptr
                scf.if %v3465 {
                  %v3480 = arith.addi %v163, %v3464 : i64
                  %v3481 = arith.muli %v47, %v338 : i64
                  %v3482 = arith.muli %v3480, %v337 : i64
                  %v3483 = arith.addi %v3481, %v3482 : i64
                  %v3484 = arith.muli %v33, %v2 : i64
                  %v3485 = arith.addi %v3483, %v3484 : i64
                  %v3486 = llvm.getelementptr %in_Cm[%v3485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3487 = llvm.load %v3486 : !llvm.ptr -> f32
                  %v3488 = arith.muli %v47, %v309 : i64
                  %v3489 = arith.muli %v3480, %v308 : i64
                  %v3490 = arith.addi %v3488, %v3489 : i64
                  %v3491 = arith.muli %v45, %v307 : i64
                  %v3492 = arith.addi %v3490, %v3491 : i64
                  %v3493 = arith.muli %v43, %v2 : i64
                  %v3494 = arith.addi %v3492, %v3493 : i64
                  %v3495 = llvm.getelementptr %dy_y[%v3494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3496 = llvm.load %v3495 : !llvm.ptr -> f32
                  %v3497 = arith.mulf %v3487, %v3496 fastmath<contract> : f32
                  %v3498 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3499 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3500 = arith.mulf %v3499, %v3498 fastmath<contract> : f32
                  %v3501 = arith.addf %v3497, %v3500 fastmath<contract> : f32
                  llvm.store %v3501, %v53 : f32, !llvm.ptr
                  %v3502 = arith.muli %v47, %v338 : i64
                  %v3503 = arith.muli %v3480, %v337 : i64
                  %v3504 = arith.addi %v3502, %v3503 : i64
                  %v3505 = arith.constant 8 : i64
                  %v3506 = arith.addi %v3505, %v33 : i64
                  %v3507 = arith.muli %v3506, %v2 : i64
                  %v3508 = arith.addi %v3504, %v3507 : i64
                  %v3509 = llvm.getelementptr %in_Cm[%v3508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3510 = llvm.load %v3509 : !llvm.ptr -> f32
                  %v3511 = arith.mulf %v3510, %v3496 fastmath<contract> : f32
                  %v3512 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3513 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3514 = arith.mulf %v3513, %v3512 fastmath<contract> : f32
                  %v3515 = arith.addf %v3511, %v3514 fastmath<contract> : f32
                  llvm.store %v3515, %v54 : f32, !llvm.ptr
                  scf.if %v3466 {
                  }
                  %v3516 = arith.muli %v47, %v309 : i64
                  %v3517 = arith.muli %v3480, %v308 : i64
                  %v3518 = arith.addi %v3516, %v3517 : i64
                  %v3519 = arith.muli %v45, %v307 : i64
                  %v3520 = arith.addi %v3518, %v3519 : i64
                  %v3521 = arith.muli %v43, %v2 : i64
                  %v3522 = arith.addi %v3520, %v3521 : i64
                  %v3523 = llvm.getelementptr %in_x[%v3522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3524 = llvm.load %v3523 : !llvm.ptr -> f32
                  %v3525 = arith.muli %v47, %v338 : i64
                  %v3526 = arith.muli %v3480, %v337 : i64
                  %v3527 = arith.addi %v3525, %v3526 : i64
                  %v3528 = arith.muli %v33, %v2 : i64
                  %v3529 = arith.addi %v3527, %v3528 : i64
                  %v3530 = llvm.getelementptr %in_Bm[%v3529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3531 = llvm.load %v3530 : !llvm.ptr -> f32
                  %v3532 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3533 = arith.mulf %v3531, %v3532 fastmath<contract> : f32
                  %v3534 = arith.muli %v47, %v338 : i64
                  %v3535 = arith.muli %v3480, %v337 : i64
                  %v3536 = arith.addi %v3534, %v3535 : i64
                  %v3537 = arith.constant 8 : i64
                  %v3538 = arith.addi %v3537, %v33 : i64
                  %v3539 = arith.muli %v3538, %v2 : i64
                  %v3540 = arith.addi %v3536, %v3539 : i64
                  %v3541 = llvm.getelementptr %in_Bm[%v3540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3542 = llvm.load %v3541 : !llvm.ptr -> f32
                  %v3543 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3544 = arith.mulf %v3542, %v3543 fastmath<contract> : f32
                  %v3545 = arith.addf %v3533, %v3544 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3546, %v3547 = gpu.shuffle xor %v3545, %v803, %v329 : f32
                  %v3548 = arith.addf %v3545, %v3546 fastmath<contract> : f32
                  %v3549, %v3550 = gpu.shuffle xor %v3548, %v807, %v329 : f32
                  %v3551 = arith.addf %v3548, %v3549 fastmath<contract> : f32
                  %v3552, %v3553 = gpu.shuffle xor %v3551, %v811, %v329 : f32
                  %v3554 = arith.addf %v3551, %v3552 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3555 = arith.mulf %v3524, %v3554 fastmath<contract> : f32
                  %v3556 = arith.mulf %v2221, %v3532 fastmath<contract> : f32
                  %v3557 = arith.mulf %v2233, %v3543 fastmath<contract> : f32
                  %v3558 = arith.addf %v3556, %v3557 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3559, %v3560 = gpu.shuffle xor %v3558, %v803, %v329 : f32
                  %v3561 = arith.addf %v3558, %v3559 fastmath<contract> : f32
                  %v3562, %v3563 = gpu.shuffle xor %v3561, %v807, %v329 : f32
                  %v3564 = arith.addf %v3561, %v3562 fastmath<contract> : f32
                  %v3565, %v3566 = gpu.shuffle xor %v3564, %v811, %v329 : f32
                  %v3567 = arith.addf %v3564, %v3565 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3568 = arith.mulf %v3471, %v3567 fastmath<contract> : f32
                  %v3569 = arith.mulf %v3473, %v3568 fastmath<contract> : f32
                  %v3570 = arith.negf %v3569 : f32
                  %v3571 = arith.addf %v3555, %v3570 fastmath<contract> : f32
                  %v3572 = arith.mulf %v3571, %v3477 fastmath<contract> : f32
                  %v3573 = arith.mulf %v3473, %v3567 fastmath<contract> : f32
                  %v3574 = arith.mulf %v3469, %v3573 fastmath<contract> : f32
                  %v3575 = arith.mulf %v3471, %v3574 fastmath<contract> : f32
                  %v3576 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3577 = arith.addf %v3576, %v3575 fastmath<contract> : f32
                  llvm.store %v3577, %v57 : f32, !llvm.ptr
                  %v3578 = arith.mulf %v3475, %v3532 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3579 = arith.addi %v66, %v33 : i64
                    %v3580 = arith.addi %v52, %v39 : i64
                    %v3581 = arith.muli %v3580, %v1 : i64
                    %v3582 = arith.addi %v3581, %v3579 : i64
                    %v3583 = arith.muli %v3582, %size_L : i64
                    %v3584 = arith.addi %v3583, %v3480 : i64
                    %v3585 = llvm.getelementptr %part_Bm[%v3584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3578, %v3585 : f32, !llvm.ptr
                  }
                  %v3586 = arith.mulf %v3475, %v3543 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3587 = arith.addi %v32, %v33 : i64
                    %v3588 = arith.addi %v52, %v39 : i64
                    %v3589 = arith.muli %v3588, %v1 : i64
                    %v3590 = arith.addi %v3589, %v3587 : i64
                    %v3591 = arith.muli %v3590, %size_L : i64
                    %v3592 = arith.addi %v3591, %v3480 : i64
                    %v3593 = llvm.getelementptr %part_Bm[%v3592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3586, %v3593 : f32, !llvm.ptr
                  }
                  %v3594 = arith.mulf %v2250, %v3496 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3595 = arith.addi %v66, %v33 : i64
                    %v3596 = arith.addi %v52, %v39 : i64
                    %v3597 = arith.muli %v3596, %v1 : i64
                    %v3598 = arith.addi %v3597, %v3595 : i64
                    %v3599 = arith.muli %v3598, %size_L : i64
                    %v3600 = arith.addi %v3599, %v3480 : i64
                    %v3601 = llvm.getelementptr %part_Cm[%v3600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3594, %v3601 : f32, !llvm.ptr
                  }
                  %v3602 = arith.mulf %v2262, %v3496 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3603 = arith.addi %v32, %v33 : i64
                    %v3604 = arith.addi %v52, %v39 : i64
                    %v3605 = arith.muli %v3604, %v1 : i64
                    %v3606 = arith.addi %v3605, %v3603 : i64
                    %v3607 = arith.muli %v3606, %size_L : i64
                    %v3608 = arith.addi %v3607, %v3480 : i64
                    %v3609 = llvm.getelementptr %part_Cm[%v3608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3602, %v3609 : f32, !llvm.ptr
                  }
                  %v3610 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3611 = arith.addf %v3610, %v3572 fastmath<contract> : f32
                  llvm.store %v3611, %v59 : f32, !llvm.ptr
                  %v3612 = arith.select %v37, %v3572, %v64 : f32
                  // sum over the warp's outer points: shuffles
                  %v3613, %v3614 = gpu.shuffle xor %v3612, %v873, %v329 : f32
                  %v3615 = arith.addf %v3612, %v3613 fastmath<contract> : f32
                  %v3616, %v3617 = gpu.shuffle xor %v3615, %v877, %v329 : f32
                  %v3618 = arith.addf %v3615, %v3616 fastmath<contract> : f32
                  %v3619 = arith.divui %v18, %v20 : i64
                  %v3620 = arith.remui %v18, %v20 : i64
                  %v3621 = arith.cmpi ult, %v3620, %v2 : i64
                  %v3622 = arith.muli %v3619, %v2 : i64
                  %v3623 = arith.addi %v3622, %v66 : i64
                  %v3624 = arith.muli %v3623, %v886 : i64
                  %v3625 = arith.addi %v3624, %v3479 : i64
                  scf.if %v3621 {
                    %v3626 = llvm.getelementptr %v61[%v3625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3618, %v3626 : f32, !llvm.ptr
                  }
                  %v3627 = arith.addf %v3533, %v3544 fastmath<contract> : f32
                  llvm.store %v3627, %v2437 : f32, !llvm.ptr
                  llvm.store %v3473, %v55 : f32, !llvm.ptr
                  llvm.store %v3473, %v56 : f32, !llvm.ptr
                }
                %v3628 = llvm.load %v2437 : !llvm.ptr -> f32
                %v3629 = arith.addi %v381, %v66 : i64
                %v3630 = arith.cmpi slt, %v1906, %v2448 : i32
                %v3631 = arith.cmpi eq, %v1906, %v2453 : i32
                %v3632, %v3633 = gpu.shuffle idx %v2180, %v121, %v329 : f32
                %v3634, %v3635 = gpu.shuffle idx %v2181, %v121, %v329 : f32
                %v3636, %v3637 = gpu.shuffle idx %v2186, %v121, %v329 : f32
                %v3638, %v3639 = gpu.shuffle idx %v2189, %v121, %v329 : f32
                %v3640, %v3641 = gpu.shuffle idx %v2199, %v121, %v329 : f32
                %v3642, %v3643 = gpu.shuffle idx %v2204, %v121, %v329 : f32
                %v3644 = arith.addi %v383, %v113 : i64
                llvm.store %v64, %v2437 : f32, !llvm.ptr
                scf.if %v3630 {
                  %v3645 = arith.addi %v163, %v3629 : i64
                  %v3646 = arith.muli %v47, %v338 : i64
                  %v3647 = arith.muli %v3645, %v337 : i64
                  %v3648 = arith.addi %v3646, %v3647 : i64
                  %v3649 = arith.muli %v33, %v2 : i64
                  %v3650 = arith.addi %v3648, %v3649 : i64
                  %v3651 = llvm.getelementptr %in_Cm[%v3650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3652 = llvm.load %v3651 : !llvm.ptr -> f32
                  %v3653 = arith.muli %v47, %v309 : i64
                  %v3654 = arith.muli %v3645, %v308 : i64
                  %v3655 = arith.addi %v3653, %v3654 : i64
                  %v3656 = arith.muli %v45, %v307 : i64
                  %v3657 = arith.addi %v3655, %v3656 : i64
                  %v3658 = arith.muli %v43, %v2 : i64
                  %v3659 = arith.addi %v3657, %v3658 : i64
                  %v3660 = llvm.getelementptr %dy_y[%v3659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3661 = llvm.load %v3660 : !llvm.ptr -> f32
                  %v3662 = arith.mulf %v3652, %v3661 fastmath<contract> : f32
                  %v3663 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3664 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3665 = arith.mulf %v3664, %v3663 fastmath<contract> : f32
                  %v3666 = arith.addf %v3662, %v3665 fastmath<contract> : f32
                  llvm.store %v3666, %v53 : f32, !llvm.ptr
                  %v3667 = arith.muli %v47, %v338 : i64
                  %v3668 = arith.muli %v3645, %v337 : i64
                  %v3669 = arith.addi %v3667, %v3668 : i64
                  %v3670 = arith.constant 8 : i64
                  %v3671 = arith.addi %v3670, %v33 : i64
                  %v3672 = arith.muli %v3671, %v2 : i64
                  %v3673 = arith.addi %v3669, %v3672 : i64
                  %v3674 = llvm.getelementptr %in_Cm[%v3673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3675 = llvm.load %v3674 : !llvm.ptr -> f32
                  %v3676 = arith.mulf %v3675, %v3661 fastmath<contract> : f32
                  %v3677 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3678 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3679 = arith.mulf %v3678, %v3677 fastmath<contract> : f32
                  %v3680 = arith.addf %v3676, %v3679 fastmath<contract> : f32
                  llvm.store %v3680, %v54 : f32, !llvm.ptr
                  scf.if %v3631 {
                  }
                  %v3681 = arith.muli %v47, %v309 : i64
                  %v3682 = arith.muli %v3645, %v308 : i64
                  %v3683 = arith.addi %v3681, %v3682 : i64
                  %v3684 = arith.muli %v45, %v307 : i64
                  %v3685 = arith.addi %v3683, %v3684 : i64
                  %v3686 = arith.muli %v43, %v2 : i64
                  %v3687 = arith.addi %v3685, %v3686 : i64
                  %v3688 = llvm.getelementptr %in_x[%v3687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3689 = llvm.load %v3688 : !llvm.ptr -> f32
                  %v3690 = arith.muli %v47, %v338 : i64
                  %v3691 = arith.muli %v3645, %v337 : i64
                  %v3692 = arith.addi %v3690, %v3691 : i64
                  %v3693 = arith.muli %v33, %v2 : i64
                  %v3694 = arith.addi %v3692, %v3693 : i64
                  %v3695 = llvm.getelementptr %in_Bm[%v3694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3696 = llvm.load %v3695 : !llvm.ptr -> f32
                  %v3697 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3698 = arith.mulf %v3696, %v3697 fastmath<contract> : f32
                  %v3699 = arith.muli %v47, %v338 : i64
                  %v3700 = arith.muli %v3645, %v337 : i64
                  %v3701 = arith.addi %v3699, %v3700 : i64
                  %v3702 = arith.constant 8 : i64
                  %v3703 = arith.addi %v3702, %v33 : i64
                  %v3704 = arith.muli %v3703, %v2 : i64
                  %v3705 = arith.addi %v3701, %v3704 : i64
                  %v3706 = llvm.getelementptr %in_Bm[%v3705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3707 = llvm.load %v3706 : !llvm.ptr -> f32
                  %v3708 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3709 = arith.mulf %v3707, %v3708 fastmath<contract> : f32
                  %v3710 = arith.addf %v3698, %v3709 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3711, %v3712 = gpu.shuffle xor %v3710, %v803, %v329 : f32
                  %v3713 = arith.addf %v3710, %v3711 fastmath<contract> : f32
                  %v3714, %v3715 = gpu.shuffle xor %v3713, %v807, %v329 : f32
                  %v3716 = arith.addf %v3713, %v3714 fastmath<contract> : f32
                  %v3717, %v3718 = gpu.shuffle xor %v3716, %v811, %v329 : f32
                  %v3719 = arith.addf %v3716, %v3717 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3720 = arith.mulf %v3689, %v3719 fastmath<contract> : f32
                  %v3721 = arith.mulf %v2134, %v3697 fastmath<contract> : f32
                  %v3722 = arith.mulf %v2143, %v3708 fastmath<contract> : f32
                  %v3723 = arith.addf %v3721, %v3722 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v3724, %v3725 = gpu.shuffle xor %v3723, %v803, %v329 : f32
                  %v3726 = arith.addf %v3723, %v3724 fastmath<contract> : f32
                  %v3727, %v3728 = gpu.shuffle xor %v3726, %v807, %v329 : f32
                  %v3729 = arith.addf %v3726, %v3727 fastmath<contract> : f32
                  %v3730, %v3731 = gpu.shuffle xor %v3729, %v811, %v329 : f32
                  %v3732 = arith.addf %v3729, %v3730 fastmath<contract> : f32
                  // end sum over the lanes
                  %v3733 = arith.mulf %v3636, %v3732 fastmath<contract> : f32
                  %v3734 = arith.mulf %v3638, %v3733 fastmath<contract> : f32
                  %v3735 = arith.negf %v3734 : f32
                  %v3736 = arith.addf %v3720, %v3735 fastmath<contract> : f32
                  %v3737 = arith.mulf %v3736, %v3642 fastmath<contract> : f32
                  %v3738 = arith.mulf %v3638, %v3732 fastmath<contract> : f32
                  %v3739 = arith.mulf %v3634, %v3738 fastmath<contract> : f32
                  %v3740 = arith.mulf %v3636, %v3739 fastmath<contract> : f32
                  %v3741 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3742 = arith.addf %v3741, %v3740 fastmath<contract> : f32
                  llvm.store %v3742, %v57 : f32, !llvm.ptr
                  %v3743 = arith.mulf %v3640, %v3697 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3744 = arith.addi %v66, %v33 : i64
                    %v3745 = arith.addi %v52, %v39 : i64
                    %v3746 = arith.muli %v3745, %v1 : i64
                    %v3747 = arith.addi %v3746, %v3744 : i64
                    %v3748 = arith.muli %v3747, %size_L : i64
                    %v3749 = arith.addi %v3748, %v3645 : i64
                    %v3750 = llvm.getelementptr %part_Bm[%v3749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3743, %v3750 : f32, !llvm.ptr
                  }
                  %v3751 = arith.mulf %v3640, %v3708 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3752 = arith.addi %v32, %v33 : i64
                    %v3753 = arith.addi %v52, %v39 : i64
                    %v3754 = arith.muli %v3753, %v1 : i64
                    %v3755 = arith.addi %v3754, %v3752 : i64
                    %v3756 = arith.muli %v3755, %size_L : i64
                    %v3757 = arith.addi %v3756, %v3645 : i64
                    %v3758 = llvm.getelementptr %part_Bm[%v3757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3751, %v3758 : f32, !llvm.ptr
                  }
                  %v3759 = arith.mulf %v2221, %v3661 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3760 = arith.addi %v66, %v33 : i64
                    %v3761 = arith.addi %v52, %v39 : i64
                    %v3762 = arith.muli %v3761, %v1 : i64
                    %v3763 = arith.addi %v3762, %v3760 : i64
                    %v3764 = arith.muli %v3763, %size_L : i64
                    %v3765 = arith.addi %v3764, %v3645 : i64
                    %v3766 = llvm.getelementptr %part_Cm[%v3765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3759, %v3766 : f32, !llvm.ptr
                  }
                  %v3767 = arith.mulf %v2233, %v3661 fastmath<contract> : f32
                  scf.if %v37 {
                    %v3768 = arith.addi %v32, %v33 : i64
                    %v3769 = arith.addi %v52, %v39 : i64
                    %v3770 = arith.muli %v3769, %v1 : i64
                    %v3771 = arith.addi %v3770, %v3768 : i64
                    %v3772 = arith.muli %v3771, %size_L : i64
                    %v3773 = arith.addi %v3772, %v3645 : i64
                    %v3774 = llvm.getelementptr %part_Cm[%v3773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3767, %v3774 : f32, !llvm.ptr
                  }
                  %v3775 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3776 = arith.addf %v3775, %v3737 fastmath<contract> : f32
                  llvm.store %v3776, %v59 : f32, !llvm.ptr
                  %v3777 = arith.select %v37, %v3737, %v64 : f32
                  // sum over the warp's outer points: shuffles
                  %v3778, %v3779 = gpu.shuffle xor %v3777, %v873, %v329 : f32
                  %v3780 = arith.addf %v3777, %v3778 fastmath<contract> : f32
                  %v3781, %v3782 = gpu.shuffle xor %v3780, %v877, %v329 : f32
                  %v3783 = arith.addf %v3780, %v3781 fastmath<contract> : f32
                  %v3784 = arith.divui %v18, %v20 : i64
                  %v3785 = arith.remui %v18, %v20 : i64
                  %v3786 = arith.cmpi ult, %v3785, %v2 : i64
                  %v3787 = arith.muli %v3784, %v2 : i64
                  %v3788 = arith.addi %v3787, %v66 : i64
                  %v3789 = arith.muli %v3788, %v886 : i64
                  %v3790 = arith.addi %v3789, %v3644 : i64
                  scf.if %v3786 {
                    %v3791 = llvm.getelementptr %v61[%v3790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3783, %v3791 : f32, !llvm.ptr
                  }
                  %v3792 = arith.addf %v3698, %v3709 fastmath<contract> : f32
                  llvm.store %v3792, %v2437 : f32, !llvm.ptr
                  llvm.store %v3638, %v55 : f32, !llvm.ptr
                  llvm.store %v3638, %v56 : f32, !llvm.ptr
                }
                %v3793 = llvm.load %v2437 : !llvm.ptr -> f32
                %v3794 = arith.select %v2440, %v3793, %v3628 : f32
                %v3795 = arith.select %v2440, %v3628, %v3793 : f32
                %v3796, %v3797 = gpu.shuffle xor %v3794, %v803, %v329 : f32
                %v3798 = arith.addf %v3795, %v3796 fastmath<contract> : f32
                %v3799 = arith.select %v2443, %v3798, %v3463 : f32
                %v3800 = arith.select %v2443, %v3463, %v3798 : f32
                %v3801, %v3802 = gpu.shuffle xor %v3799, %v807, %v329 : f32
                %v3803 = arith.addf %v3800, %v3801 fastmath<contract> : f32
                %v3804 = arith.select %v2446, %v3803, %v3128 : f32
                %v3805 = arith.select %v2446, %v3128, %v3803 : f32
                %v3806, %v3807 = gpu.shuffle xor %v3804, %v811, %v329 : f32
                %v3808 = arith.addf %v3805, %v3806 fastmath<contract> : f32
                %v3809 = arith.addi %v381, %v33 : i64
                %v3810 = arith.cmpi slt, %v3809, %v165 : i64
                %v3811 = arith.andi %v37, %v3810 : i1
                scf.if %v3811 {
                  %v3812 = arith.addi %v163, %v3809 : i64
                  // the gradients of this lane's own step
                  %v3813 = arith.muli %v45, %v2 : i64
                  %v3814 = llvm.getelementptr %in_Dskip[%v3813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3815 = llvm.load %v3814 : !llvm.ptr -> f32
                  %v3816 = arith.muli %v47, %v309 : i64
                  %v3817 = arith.muli %v3812, %v308 : i64
                  %v3818 = arith.addi %v3816, %v3817 : i64
                  %v3819 = arith.muli %v45, %v307 : i64
                  %v3820 = arith.addi %v3818, %v3819 : i64
                  %v3821 = arith.muli %v43, %v2 : i64
                  %v3822 = arith.addi %v3820, %v3821 : i64
                  %v3823 = llvm.getelementptr %dy_y[%v3822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3824 = llvm.load %v3823 : !llvm.ptr -> f32
                  %v3825 = arith.mulf %v3815, %v3824 fastmath<contract> : f32
                  %v3826 = arith.mulf %v2180, %v3808 fastmath<contract> : f32
                  %v3827 = arith.addf %v3825, %v3826 fastmath<contract> : f32
                  %v3828 = arith.muli %v47, %v309 : i64
                  %v3829 = arith.muli %v3812, %v308 : i64
                  %v3830 = arith.addi %v3828, %v3829 : i64
                  %v3831 = arith.muli %v45, %v307 : i64
                  %v3832 = arith.addi %v3830, %v3831 : i64
                  %v3833 = arith.muli %v43, %v2 : i64
                  %v3834 = arith.addi %v3832, %v3833 : i64
                  %v3835 = llvm.getelementptr %dx_x[%v3834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3827, %v3835 : f32, !llvm.ptr
                  %v3836 = arith.muli %v47, %v309 : i64
                  %v3837 = arith.muli %v3812, %v308 : i64
                  %v3838 = arith.addi %v3836, %v3837 : i64
                  %v3839 = arith.muli %v45, %v307 : i64
                  %v3840 = arith.addi %v3838, %v3839 : i64
                  %v3841 = arith.muli %v43, %v2 : i64
                  %v3842 = arith.addi %v3840, %v3841 : i64
                  %v3843 = llvm.getelementptr %in_x[%v3842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3844 = llvm.load %v3843 : !llvm.ptr -> f32
                  %v3845 = arith.mulf %v3844, %v3824 fastmath<contract> : f32
                  %v3846 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3847 = arith.addf %v3846, %v3845 fastmath<contract> : f32
                  llvm.store %v3847, %v58 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3848 = arith.index_cast %v18 : i64 to index
          %v3849 = arith.index_cast %v20 : i64 to index
          %v3850 = arith.index_cast %v8 : i64 to index
          scf.for %v3851 = %v3848 to %v3849 step %v3850 {
            %v3852 = arith.index_cast %v3851 : index to i64
            %v3856 = arith.remui %v3852, %v20 : i64
            %v3857 = arith.divui %v3852, %v20 : i64
            %v3858 = arith.muli %v370, %v49 : i64
            %v3859 = arith.divui %v3856, %v32 : i64
            %v3860 = arith.addi %v3858, %v3859 : i64
            %v3861 = arith.cmpi slt, %v3860, %v167 : i64
            %v3862 = arith.subi %v167, %v2 : i64
            %v3863 = arith.subi %v3862, %v3860 : i64
            %v3864 = arith.remui %v3856, %v32 : i64
            %v3865 = arith.subi %v113, %v3864 : i64
            %v3866 = arith.muli %v3863, %v32 : i64
            %v3867 = arith.addi %v3866, %v3865 : i64
            %v3868 = arith.cmpi slt, %v3867, %v165 : i64
            %v3869 = arith.andi %v3861, %v3868 : i1
            scf.if %v3869 {
              %v3870 = arith.addi %v163, %v3867 : i64
              %v3871 = arith.remui %v3852, %v20 : i64
              %v3872 = arith.divui %v3852, %v20 : i64
              %v3873 = arith.muli %v66, %v2 : i64
              %v3874 = arith.addi %v3873, %v3872 : i64
              %v3875 = arith.muli %v3874, %v886 : i64
              %v3876 = arith.addi %v3875, %v3871 : i64
              %v3877 = llvm.getelementptr %v61[%v3876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3878 = llvm.load %v3877 : !llvm.ptr -> f32
              %v3879 = arith.muli %v2, %v2 : i64
              %v3880 = arith.addi %v3879, %v3872 : i64
              %v3881 = arith.muli %v3880, %v886 : i64
              %v3882 = arith.addi %v3881, %v3871 : i64
              %v3883 = llvm.getelementptr %v61[%v3882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3884 = llvm.load %v3883 : !llvm.ptr -> f32
              %v3885 = arith.addf %v3878, %v3884 fastmath<contract> : f32
              %v3886 = arith.muli %v525, %v2 : i64
              %v3887 = arith.addi %v3886, %v3872 : i64
              %v3888 = arith.muli %v3887, %v886 : i64
              %v3889 = arith.addi %v3888, %v3871 : i64
              %v3890 = llvm.getelementptr %v61[%v3889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3891 = llvm.load %v3890 : !llvm.ptr -> f32
              %v3892 = arith.addf %v3885, %v3891 fastmath<contract> : f32
              %v3893 = arith.muli %v363, %v2 : i64
              %v3894 = arith.addi %v3893, %v3872 : i64
              %v3895 = arith.muli %v3894, %v886 : i64
              %v3896 = arith.addi %v3895, %v3871 : i64
              %v3897 = llvm.getelementptr %v61[%v3896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3898 = llvm.load %v3897 : !llvm.ptr -> f32
              %v3899 = arith.addf %v3892, %v3898 fastmath<contract> : f32
              %v3900 = arith.muli %v49, %v2 : i64
              %v3901 = arith.addi %v3900, %v3872 : i64
              %v3902 = arith.muli %v3901, %v886 : i64
              %v3903 = arith.addi %v3902, %v3871 : i64
              %v3904 = llvm.getelementptr %v61[%v3903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3905 = llvm.load %v3904 : !llvm.ptr -> f32
              %v3906 = arith.addf %v3899, %v3905 fastmath<contract> : f32
              %v3907 = arith.muli %v613, %v2 : i64
              %v3908 = arith.addi %v3907, %v3872 : i64
              %v3909 = arith.muli %v3908, %v886 : i64
              %v3910 = arith.addi %v3909, %v3871 : i64
              %v3911 = llvm.getelementptr %v61[%v3910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3912 = llvm.load %v3911 : !llvm.ptr -> f32
              %v3913 = arith.addf %v3906, %v3912 fastmath<contract> : f32
              %v3914 = arith.muli %v643, %v2 : i64
              %v3915 = arith.addi %v3914, %v3872 : i64
              %v3916 = arith.muli %v3915, %v886 : i64
              %v3917 = arith.addi %v3916, %v3871 : i64
              %v3918 = llvm.getelementptr %v61[%v3917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3919 = llvm.load %v3918 : !llvm.ptr -> f32
              %v3920 = arith.addf %v3913, %v3919 fastmath<contract> : f32
              %v3921 = arith.muli %v113, %v2 : i64
              %v3922 = arith.addi %v3921, %v3872 : i64
              %v3923 = arith.muli %v3922, %v886 : i64
              %v3924 = arith.addi %v3923, %v3871 : i64
              %v3925 = llvm.getelementptr %v61[%v3924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3926 = llvm.load %v3925 : !llvm.ptr -> f32
              %v3927 = arith.addf %v3920, %v3926 fastmath<contract> : f32
              %v3928 = arith.muli %v47, %v179 : i64
              %v3929 = arith.muli %v3870, %v178 : i64
              %v3930 = arith.addi %v3928, %v3929 : i64
              %v3931 = arith.muli %v45, %v2 : i64
              %v3932 = arith.addi %v3930, %v3931 : i64
              %v3933 = arith.muli %v31, %v3855 : i64
              %v3934 = arith.addi %v3933, %v3932 : i64
              %v3935 = llvm.getelementptr %part_dt[%v3934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3927, %v3935 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3936 = arith.cmpi eq, %v28, %v66 : i64
      scf.if %v3936 {
      }
      %v3937 = arith.cmpi eq, %v33, %v66 : i64
      %v3938 = arith.andi %v37, %v3937 : i1
      scf.if %v3938 {
        %v3939 = llvm.load %v57 : !llvm.ptr -> f32
        %v3940 = arith.addi %v52, %v39 : i64
        %v3941 = arith.muli %v3940, %v2 : i64
        %v3942 = arith.addi %v3941, %v66 : i64
        %v3943 = llvm.getelementptr %part_A_log[%v3942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3939, %v3943 : f32, !llvm.ptr
      }
      %v3944 = llvm.load %v58 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v3945, %v3946 = gpu.shuffle xor %v3944, %v803, %v329 : f32
      %v3947 = arith.addf %v3944, %v3945 fastmath<contract> : f32
      %v3948, %v3949 = gpu.shuffle xor %v3947, %v807, %v329 : f32
      %v3950 = arith.addf %v3947, %v3948 fastmath<contract> : f32
      %v3951, %v3952 = gpu.shuffle xor %v3950, %v811, %v329 : f32
      %v3953 = arith.addf %v3950, %v3951 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v3953, %v58 : f32, !llvm.ptr
      %v3954 = arith.cmpi eq, %v33, %v66 : i64
      %v3955 = arith.andi %v37, %v3954 : i1
      scf.if %v3955 {
        %v3956 = llvm.load %v58 : !llvm.ptr -> f32
        %v3957 = arith.addi %v52, %v39 : i64
        %v3958 = arith.muli %v3957, %v2 : i64
        %v3959 = arith.addi %v3958, %v66 : i64
        %v3960 = llvm.getelementptr %part_Dskip[%v3959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3956, %v3960 : f32, !llvm.ptr
      }
      %v3961 = arith.cmpi eq, %v33, %v66 : i64
      %v3962 = arith.andi %v37, %v3961 : i1
      scf.if %v3962 {
        %v3963 = llvm.load %v59 : !llvm.ptr -> f32
        %v3964 = arith.addi %v52, %v39 : i64
        %v3965 = arith.muli %v3964, %v2 : i64
        %v3966 = arith.addi %v3965, %v66 : i64
        %v3967 = llvm.getelementptr %part_dt_bias[%v3966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3963, %v3967 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
