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
      %v523 = arith.constant 2 : i64
      %v611 = arith.constant 5 : i64
      %v641 = arith.constant 6 : i64
      %v700 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v715 = arith.constant 2147483647 : i64
      %v719 = arith.constant 7 : i32
      %v801 = arith.constant 1 : i32
      %v805 = arith.constant 2 : i32
      %v809 = arith.constant 4 : i32
      %v871 = arith.constant 8 : i32
      %v875 = arith.constant 16 : i32
      %v884 = arith.constant 33 : i64
      %v891 = arith.constant 6 : i32
      %v1062 = arith.constant 5 : i32
      %v1403 = arith.constant 3 : i32
      %v1904 = arith.constant 0 : i32
      %v2123 = arith.muli %v2, %size_B : i64
      %v2124 = arith.muli %v2123, %size_L : i64
      %v2125 = arith.muli %v2124, %size_H : i64
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.subi %v20, %v2 : i64
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
              %v385 = arith.subi %v165, %v2 : i64
              %v386 = arith.muli %v384, %v5 : i64
              %v387 = arith.subi %v5, %v2 : i64
              %v388 = arith.minsi %v39, %v387 : i64
              %v389 = arith.addi %v386, %v388 : i64
              %v390 = arith.muli %v389, %v1 : i64
              %v391 = arith.addi %v390, %v66 : i64
              %v392 = arith.addi %v391, %v33 : i64
              %v393 = llvm.getelementptr %scratch_S[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v394 = llvm.load %v393 : !llvm.ptr -> f32
              %v395 = arith.muli %v384, %v5 : i64
              %v396 = arith.subi %v5, %v2 : i64
              %v397 = arith.minsi %v39, %v396 : i64
              %v398 = arith.addi %v395, %v397 : i64
              %v399 = arith.muli %v398, %v1 : i64
              %v400 = arith.addi %v399, %v32 : i64
              %v401 = arith.addi %v400, %v33 : i64
              %v402 = llvm.getelementptr %scratch_S[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v403 = llvm.load %v402 : !llvm.ptr -> f32
              %v404 = arith.addi %v381, %v33 : i64
              %v405 = arith.minsi %v404, %v385 : i64
              %v406 = arith.addi %v163, %v405 : i64
              %v407 = arith.muli %v66, %v187 : i64
              %v408 = arith.subi %v406, %v163 : i64
              %v409 = arith.addi %v407, %v408 : i64
              %v410 = llvm.getelementptr %v63[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v411 = llvm.load %v410 : !llvm.ptr -> f32
              %v412 = arith.muli %v45, %v2 : i64
              %v413 = llvm.getelementptr %in_dt_bias[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v414 = llvm.load %v413 : !llvm.ptr -> f32
              %v415 = arith.addf %v411, %v414 fastmath<contract> : f32
              %v416 = arith.maximumf %v415, %v64 : f32
              %v417 = llvm.call_intrinsic "llvm.fabs.f32"(%v415) : (f32) -> f32
              %v418 = arith.negf %v417 : f32
              %v419 = arith.mulf %v418, %v267 fastmath<contract> : f32
              %v420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v419) : (f32) -> f32
              %v421 = arith.addf %v65, %v420 fastmath<contract> : f32
              %v422 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v421) : (f32) -> f32
              %v423 = arith.mulf %v422, %v272 fastmath<contract> : f32
              %v424 = arith.mulf %v274, %v420 fastmath<contract> : f32
              %v425 = arith.addf %v424, %v276 fastmath<contract> : f32
              %v426 = arith.mulf %v425, %v420 fastmath<contract> : f32
              %v427 = arith.addf %v426, %v279 fastmath<contract> : f32
              %v428 = arith.mulf %v427, %v420 fastmath<contract> : f32
              %v429 = arith.addf %v428, %v282 fastmath<contract> : f32
              %v430 = arith.mulf %v429, %v420 fastmath<contract> : f32
              %v431 = arith.addf %v430, %v285 fastmath<contract> : f32
              %v432 = arith.mulf %v431, %v420 fastmath<contract> : f32
              %v433 = arith.addf %v432, %v288 fastmath<contract> : f32
              %v434 = arith.mulf %v433, %v420 fastmath<contract> : f32
              %v435 = arith.addf %v434, %v65 fastmath<contract> : f32
              %v436 = arith.mulf %v435, %v420 fastmath<contract> : f32
              %v437 = llvm.call_intrinsic "llvm.fabs.f32"(%v420) : (f32) -> f32
              %v438 = arith.cmpf olt, %v437, %v294 : f32
              %v439 = arith.select %v438, %v436, %v423 : f32
              %v440 = arith.addf %v416, %v439 fastmath<contract> : f32
              %v441 = arith.negf %v440 : f32
              %v442 = arith.muli %v45, %v2 : i64
              %v443 = llvm.getelementptr %in_A_log[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v444 = llvm.load %v443 : !llvm.ptr -> f32
              %v445 = arith.mulf %v444, %v267 fastmath<contract> : f32
              %v446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v445) : (f32) -> f32
              %v447 = arith.mulf %v441, %v446 fastmath<contract> : f32
              %v448 = arith.mulf %v447, %v267 fastmath<contract> : f32
              %v449 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v448) : (f32) -> f32
              %v450 = arith.muli %v47, %v309 : i64
              %v451 = arith.muli %v406, %v308 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.muli %v45, %v307 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = arith.muli %v43, %v2 : i64
              %v456 = arith.addi %v454, %v455 : i64
              %v457 = llvm.getelementptr %in_x[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = arith.mulf %v440, %v458 fastmath<contract> : f32
              %v460 = arith.negf %v415 : f32
              %v461 = arith.mulf %v460, %v267 fastmath<contract> : f32
              %v462 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v461) : (f32) -> f32
              %v463 = arith.addf %v65, %v462 fastmath<contract> : f32
              %v464 = arith.divf %v65, %v463 : f32
              // the group's states, recomputed into registers
              %v465 = arith.addi %v381, %v66 : i64
              %v466 = arith.minsi %v465, %v385 : i64
              %v467 = arith.addi %v163, %v466 : i64
              %v468, %v469 = gpu.shuffle idx %v449, %v121, %v329 : f32
              %v470, %v471 = gpu.shuffle idx %v459, %v121, %v329 : f32
              %v472 = arith.muli %v47, %v338 : i64
              %v473 = arith.muli %v467, %v337 : i64
              %v474 = arith.addi %v472, %v473 : i64
              %v475 = arith.muli %v33, %v2 : i64
              %v476 = arith.addi %v474, %v475 : i64
              %v477 = llvm.getelementptr %in_Bm[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v478 = llvm.load %v477 : !llvm.ptr -> f32
              %v479 = arith.mulf %v470, %v478 fastmath<contract> : f32
              %v480 = arith.mulf %v468, %v394 fastmath<contract> : f32
              %v481 = arith.addf %v480, %v479 fastmath<contract> : f32
              %v482 = arith.muli %v47, %v338 : i64
              %v483 = arith.muli %v467, %v337 : i64
              %v484 = arith.addi %v482, %v483 : i64
              %v485 = arith.constant 8 : i64
              %v486 = arith.addi %v485, %v33 : i64
              %v487 = arith.muli %v486, %v2 : i64
              %v488 = arith.addi %v484, %v487 : i64
              %v489 = llvm.getelementptr %in_Bm[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v490 = llvm.load %v489 : !llvm.ptr -> f32
              %v491 = arith.mulf %v470, %v490 fastmath<contract> : f32
              %v492 = arith.mulf %v468, %v403 fastmath<contract> : f32
              %v493 = arith.addf %v492, %v491 fastmath<contract> : f32
              %v494 = arith.addi %v381, %v2 : i64
              %v495 = arith.minsi %v494, %v385 : i64
              %v496 = arith.addi %v163, %v495 : i64
              %v497, %v498 = gpu.shuffle idx %v449, %v125, %v329 : f32
              %v499, %v500 = gpu.shuffle idx %v459, %v125, %v329 : f32
              %v501 = arith.muli %v47, %v338 : i64
              %v502 = arith.muli %v496, %v337 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = arith.muli %v33, %v2 : i64
              %v505 = arith.addi %v503, %v504 : i64
              %v506 = llvm.getelementptr %in_Bm[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v507 = llvm.load %v506 : !llvm.ptr -> f32
              %v508 = arith.mulf %v499, %v507 fastmath<contract> : f32
              %v509 = arith.mulf %v497, %v481 fastmath<contract> : f32
              %v510 = arith.addf %v509, %v508 fastmath<contract> : f32
              %v511 = arith.muli %v47, %v338 : i64
              %v512 = arith.muli %v496, %v337 : i64
              %v513 = arith.addi %v511, %v512 : i64
              %v514 = arith.constant 8 : i64
              %v515 = arith.addi %v514, %v33 : i64
              %v516 = arith.muli %v515, %v2 : i64
              %v517 = arith.addi %v513, %v516 : i64
              %v518 = llvm.getelementptr %in_Bm[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v519 = llvm.load %v518 : !llvm.ptr -> f32
              %v520 = arith.mulf %v499, %v519 fastmath<contract> : f32
              %v521 = arith.mulf %v497, %v493 fastmath<contract> : f32
              %v522 = arith.addf %v521, %v520 fastmath<contract> : f32
              %v524 = arith.addi %v381, %v523 : i64
              %v525 = arith.minsi %v524, %v385 : i64
              %v526 = arith.addi %v163, %v525 : i64
              %v527, %v528 = gpu.shuffle idx %v449, %v129, %v329 : f32
              %v529, %v530 = gpu.shuffle idx %v459, %v129, %v329 : f32
              %v531 = arith.muli %v47, %v338 : i64
              %v532 = arith.muli %v526, %v337 : i64
              %v533 = arith.addi %v531, %v532 : i64
              %v534 = arith.muli %v33, %v2 : i64
              %v535 = arith.addi %v533, %v534 : i64
              %v536 = llvm.getelementptr %in_Bm[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v537 = llvm.load %v536 : !llvm.ptr -> f32
              %v538 = arith.mulf %v529, %v537 fastmath<contract> : f32
              %v539 = arith.mulf %v527, %v510 fastmath<contract> : f32
              %v540 = arith.addf %v539, %v538 fastmath<contract> : f32
              %v541 = arith.muli %v47, %v338 : i64
              %v542 = arith.muli %v526, %v337 : i64
              %v543 = arith.addi %v541, %v542 : i64
              %v544 = arith.constant 8 : i64
              %v545 = arith.addi %v544, %v33 : i64
              %v546 = arith.muli %v545, %v2 : i64
              %v547 = arith.addi %v543, %v546 : i64
              %v548 = llvm.getelementptr %in_Bm[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v549 = llvm.load %v548 : !llvm.ptr -> f32
              %v550 = arith.mulf %v529, %v549 fastmath<contract> : f32
              %v551 = arith.mulf %v527, %v522 fastmath<contract> : f32
              %v552 = arith.addf %v551, %v550 fastmath<contract> : f32
              %v553 = arith.addi %v381, %v363 : i64
              %v554 = arith.minsi %v553, %v385 : i64
              %v555 = arith.addi %v163, %v554 : i64
              %v556, %v557 = gpu.shuffle idx %v449, %v133, %v329 : f32
              %v558, %v559 = gpu.shuffle idx %v459, %v133, %v329 : f32
              %v560 = arith.muli %v47, %v338 : i64
              %v561 = arith.muli %v555, %v337 : i64
              %v562 = arith.addi %v560, %v561 : i64
              %v563 = arith.muli %v33, %v2 : i64
              %v564 = arith.addi %v562, %v563 : i64
              %v565 = llvm.getelementptr %in_Bm[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v566 = llvm.load %v565 : !llvm.ptr -> f32
              %v567 = arith.mulf %v558, %v566 fastmath<contract> : f32
              %v568 = arith.mulf %v556, %v540 fastmath<contract> : f32
              %v569 = arith.addf %v568, %v567 fastmath<contract> : f32
              %v570 = arith.muli %v47, %v338 : i64
              %v571 = arith.muli %v555, %v337 : i64
              %v572 = arith.addi %v570, %v571 : i64
              %v573 = arith.constant 8 : i64
              %v574 = arith.addi %v573, %v33 : i64
              %v575 = arith.muli %v574, %v2 : i64
              %v576 = arith.addi %v572, %v575 : i64
              %v577 = llvm.getelementptr %in_Bm[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v578 = llvm.load %v577 : !llvm.ptr -> f32
              %v579 = arith.mulf %v558, %v578 fastmath<contract> : f32
              %v580 = arith.mulf %v556, %v552 fastmath<contract> : f32
              %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
              %v582 = arith.addi %v381, %v49 : i64
              %v583 = arith.minsi %v582, %v385 : i64
              %v584 = arith.addi %v163, %v583 : i64
              %v585, %v586 = gpu.shuffle idx %v449, %v137, %v329 : f32
              %v587, %v588 = gpu.shuffle idx %v459, %v137, %v329 : f32
              %v589 = arith.muli %v47, %v338 : i64
              %v590 = arith.muli %v584, %v337 : i64
              %v591 = arith.addi %v589, %v590 : i64
              %v592 = arith.muli %v33, %v2 : i64
              %v593 = arith.addi %v591, %v592 : i64
              %v594 = llvm.getelementptr %in_Bm[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v595 = llvm.load %v594 : !llvm.ptr -> f32
              %v596 = arith.mulf %v587, %v595 fastmath<contract> : f32
              %v597 = arith.mulf %v585, %v569 fastmath<contract> : f32
              %v598 = arith.addf %v597, %v596 fastmath<contract> : f32
              %v599 = arith.muli %v47, %v338 : i64
              %v600 = arith.muli %v584, %v337 : i64
              %v601 = arith.addi %v599, %v600 : i64
              %v602 = arith.constant 8 : i64
              %v603 = arith.addi %v602, %v33 : i64
              %v604 = arith.muli %v603, %v2 : i64
              %v605 = arith.addi %v601, %v604 : i64
              %v606 = llvm.getelementptr %in_Bm[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v607 = llvm.load %v606 : !llvm.ptr -> f32
              %v608 = arith.mulf %v587, %v607 fastmath<contract> : f32
              %v609 = arith.mulf %v585, %v581 fastmath<contract> : f32
              %v610 = arith.addf %v609, %v608 fastmath<contract> : f32
              %v612 = arith.addi %v381, %v611 : i64
              %v613 = arith.minsi %v612, %v385 : i64
              %v614 = arith.addi %v163, %v613 : i64
              %v615, %v616 = gpu.shuffle idx %v449, %v141, %v329 : f32
              %v617, %v618 = gpu.shuffle idx %v459, %v141, %v329 : f32
              %v619 = arith.muli %v47, %v338 : i64
              %v620 = arith.muli %v614, %v337 : i64
              %v621 = arith.addi %v619, %v620 : i64
              %v622 = arith.muli %v33, %v2 : i64
              %v623 = arith.addi %v621, %v622 : i64
              %v624 = llvm.getelementptr %in_Bm[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v625 = llvm.load %v624 : !llvm.ptr -> f32
              %v626 = arith.mulf %v617, %v625 fastmath<contract> : f32
              %v627 = arith.mulf %v615, %v598 fastmath<contract> : f32
              %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
              %v629 = arith.muli %v47, %v338 : i64
              %v630 = arith.muli %v614, %v337 : i64
              %v631 = arith.addi %v629, %v630 : i64
              %v632 = arith.constant 8 : i64
              %v633 = arith.addi %v632, %v33 : i64
              %v634 = arith.muli %v633, %v2 : i64
              %v635 = arith.addi %v631, %v634 : i64
              %v636 = llvm.getelementptr %in_Bm[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v637 = llvm.load %v636 : !llvm.ptr -> f32
              %v638 = arith.mulf %v617, %v637 fastmath<contract> : f32
              %v639 = arith.mulf %v615, %v610 fastmath<contract> : f32
              %v640 = arith.addf %v639, %v638 fastmath<contract> : f32
              %v642 = arith.addi %v381, %v641 : i64
              %v643 = arith.minsi %v642, %v385 : i64
              %v644 = arith.addi %v163, %v643 : i64
              %v645, %v646 = gpu.shuffle idx %v449, %v145, %v329 : f32
              %v647, %v648 = gpu.shuffle idx %v459, %v145, %v329 : f32
              %v649 = arith.muli %v47, %v338 : i64
              %v650 = arith.muli %v644, %v337 : i64
              %v651 = arith.addi %v649, %v650 : i64
              %v652 = arith.muli %v33, %v2 : i64
              %v653 = arith.addi %v651, %v652 : i64
              %v654 = llvm.getelementptr %in_Bm[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v655 = llvm.load %v654 : !llvm.ptr -> f32
              %v656 = arith.mulf %v647, %v655 fastmath<contract> : f32
              %v657 = arith.mulf %v645, %v628 fastmath<contract> : f32
              %v658 = arith.addf %v657, %v656 fastmath<contract> : f32
              %v659 = arith.muli %v47, %v338 : i64
              %v660 = arith.muli %v644, %v337 : i64
              %v661 = arith.addi %v659, %v660 : i64
              %v662 = arith.constant 8 : i64
              %v663 = arith.addi %v662, %v33 : i64
              %v664 = arith.muli %v663, %v2 : i64
              %v665 = arith.addi %v661, %v664 : i64
              %v666 = llvm.getelementptr %in_Bm[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v667 = llvm.load %v666 : !llvm.ptr -> f32
              %v668 = arith.mulf %v647, %v667 fastmath<contract> : f32
              %v669 = arith.mulf %v645, %v640 fastmath<contract> : f32
              %v670 = arith.addf %v669, %v668 fastmath<contract> : f32
              %v671 = arith.addi %v381, %v113 : i64
              %v672 = arith.minsi %v671, %v385 : i64
              %v673 = arith.addi %v163, %v672 : i64
              %v674, %v675 = gpu.shuffle idx %v449, %v149, %v329 : f32
              %v676, %v677 = gpu.shuffle idx %v459, %v149, %v329 : f32
              %v678 = arith.muli %v47, %v338 : i64
              %v679 = arith.muli %v673, %v337 : i64
              %v680 = arith.addi %v678, %v679 : i64
              %v681 = arith.muli %v33, %v2 : i64
              %v682 = arith.addi %v680, %v681 : i64
              %v683 = llvm.getelementptr %in_Bm[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v684 = llvm.load %v683 : !llvm.ptr -> f32
              %v685 = arith.mulf %v676, %v684 fastmath<contract> : f32
              %v686 = arith.mulf %v674, %v658 fastmath<contract> : f32
              %v687 = arith.addf %v686, %v685 fastmath<contract> : f32
              %v688 = arith.muli %v47, %v338 : i64
              %v689 = arith.muli %v673, %v337 : i64
              %v690 = arith.addi %v688, %v689 : i64
              %v691 = arith.constant 8 : i64
              %v692 = arith.addi %v691, %v33 : i64
              %v693 = arith.muli %v692, %v2 : i64
              %v694 = arith.addi %v690, %v693 : i64
              %v695 = llvm.getelementptr %in_Bm[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v696 = llvm.load %v695 : !llvm.ptr -> f32
              %v697 = arith.mulf %v676, %v696 fastmath<contract> : f32
              %v698 = arith.mulf %v674, %v670 fastmath<contract> : f32
              %v699 = arith.addf %v698, %v697 fastmath<contract> : f32
              %v701 = arith.shrui %v33, %v66 : i64
              %v702 = arith.andi %v701, %v2 : i64
              %v703 = arith.cmpi ne, %v702, %v66 : i64
              %v704 = arith.shrui %v33, %v2 : i64
              %v705 = arith.andi %v704, %v2 : i64
              %v706 = arith.cmpi ne, %v705, %v66 : i64
              %v707 = arith.shrui %v33, %v523 : i64
              %v708 = arith.andi %v707, %v2 : i64
              %v709 = arith.cmpi ne, %v708, %v66 : i64
              %v710 = arith.subi %v165, %v381 : i64
              %v711 = arith.trunci %v710 : i64 to i32
              %v712 = arith.subi %size_L, %v2 : i64
              %v713 = arith.addi %v163, %v381 : i64
              %v714 = arith.subi %v712, %v713 : i64
              %v716 = arith.minsi %v714, %v715 : i64
              %v717 = arith.trunci %v716 : i64 to i32
              %v718 = arith.addi %v381, %v113 : i64
              %v720 = arith.cmpi slt, %v719, %v711 : i32
              %v721 = arith.cmpi eq, %v719, %v717 : i32
              %v722, %v723 = gpu.shuffle idx %v440, %v149, %v329 : f32
              %v724, %v725 = gpu.shuffle idx %v441, %v149, %v329 : f32
              %v726, %v727 = gpu.shuffle idx %v446, %v149, %v329 : f32
              %v728, %v729 = gpu.shuffle idx %v449, %v149, %v329 : f32
              %v730, %v731 = gpu.shuffle idx %v459, %v149, %v329 : f32
              %v732, %v733 = gpu.shuffle idx %v464, %v149, %v329 : f32
              %v734 = arith.addi %v383, %v66 : i64
              llvm.store %v64, %v700 : f32, !llvm.ptr
              scf.if %v720 {
                %v735 = arith.addi %v163, %v718 : i64
                %v736 = arith.muli %v47, %v338 : i64
                %v737 = arith.muli %v735, %v337 : i64
                %v738 = arith.addi %v736, %v737 : i64
                %v739 = arith.muli %v33, %v2 : i64
                %v740 = arith.addi %v738, %v739 : i64
                %v741 = llvm.getelementptr %in_Cm[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v742 = llvm.load %v741 : !llvm.ptr -> f32
                %v743 = arith.muli %v47, %v309 : i64
                %v744 = arith.muli %v735, %v308 : i64
                %v745 = arith.addi %v743, %v744 : i64
                %v746 = arith.muli %v45, %v307 : i64
                %v747 = arith.addi %v745, %v746 : i64
                %v748 = arith.muli %v43, %v2 : i64
                %v749 = arith.addi %v747, %v748 : i64
                %v750 = llvm.getelementptr %dy_y[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v751 = llvm.load %v750 : !llvm.ptr -> f32
                %v752 = arith.mulf %v742, %v751 fastmath<contract> : f32
                %v753 = llvm.load %v53 : !llvm.ptr -> f32
                %v754 = llvm.load %v55 : !llvm.ptr -> f32
                %v755 = arith.mulf %v754, %v753 fastmath<contract> : f32
                %v756 = arith.addf %v752, %v755 fastmath<contract> : f32
                llvm.store %v756, %v53 : f32, !llvm.ptr
                %v757 = arith.muli %v47, %v338 : i64
                %v758 = arith.muli %v735, %v337 : i64
                %v759 = arith.addi %v757, %v758 : i64
                %v760 = arith.constant 8 : i64
                %v761 = arith.addi %v760, %v33 : i64
                %v762 = arith.muli %v761, %v2 : i64
                %v763 = arith.addi %v759, %v762 : i64
                %v764 = llvm.getelementptr %in_Cm[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v765 = llvm.load %v764 : !llvm.ptr -> f32
                %v766 = arith.mulf %v765, %v751 fastmath<contract> : f32
                %v767 = llvm.load %v54 : !llvm.ptr -> f32
                %v768 = llvm.load %v56 : !llvm.ptr -> f32
                %v769 = arith.mulf %v768, %v767 fastmath<contract> : f32
                %v770 = arith.addf %v766, %v769 fastmath<contract> : f32
                llvm.store %v770, %v54 : f32, !llvm.ptr
                scf.if %v721 {
                }
                %v771 = arith.muli %v47, %v309 : i64
                %v772 = arith.muli %v735, %v308 : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = arith.muli %v45, %v307 : i64
                %v775 = arith.addi %v773, %v774 : i64
                %v776 = arith.muli %v43, %v2 : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = llvm.getelementptr %in_x[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v779 = llvm.load %v778 : !llvm.ptr -> f32
                %v780 = arith.muli %v47, %v338 : i64
                %v781 = arith.muli %v735, %v337 : i64
                %v782 = arith.addi %v780, %v781 : i64
                %v783 = arith.muli %v33, %v2 : i64
                %v784 = arith.addi %v782, %v783 : i64
                %v785 = llvm.getelementptr %in_Bm[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v786 = llvm.load %v785 : !llvm.ptr -> f32
                %v787 = llvm.load %v53 : !llvm.ptr -> f32
                %v788 = arith.mulf %v786, %v787 fastmath<contract> : f32
                %v789 = arith.muli %v47, %v338 : i64
                %v790 = arith.muli %v735, %v337 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = arith.constant 8 : i64
                %v793 = arith.addi %v792, %v33 : i64
                %v794 = arith.muli %v793, %v2 : i64
                %v795 = arith.addi %v791, %v794 : i64
                %v796 = llvm.getelementptr %in_Bm[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v797 = llvm.load %v796 : !llvm.ptr -> f32
                %v798 = llvm.load %v54 : !llvm.ptr -> f32
                %v799 = arith.mulf %v797, %v798 fastmath<contract> : f32
                %v800 = arith.addf %v788, %v799 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v802, %v803 = gpu.shuffle xor %v800, %v801, %v329 : f32
                %v804 = arith.addf %v800, %v802 fastmath<contract> : f32
                %v806, %v807 = gpu.shuffle xor %v804, %v805, %v329 : f32
                %v808 = arith.addf %v804, %v806 fastmath<contract> : f32
                %v810, %v811 = gpu.shuffle xor %v808, %v809, %v329 : f32
                %v812 = arith.addf %v808, %v810 fastmath<contract> : f32
                // end sum over the lanes
                %v813 = arith.mulf %v779, %v812 fastmath<contract> : f32
                %v814 = arith.mulf %v658, %v787 fastmath<contract> : f32
                %v815 = arith.mulf %v670, %v798 fastmath<contract> : f32
                %v816 = arith.addf %v814, %v815 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v817, %v818 = gpu.shuffle xor %v816, %v801, %v329 : f32
                %v819 = arith.addf %v816, %v817 fastmath<contract> : f32
                %v820, %v821 = gpu.shuffle xor %v819, %v805, %v329 : f32
                %v822 = arith.addf %v819, %v820 fastmath<contract> : f32
                %v823, %v824 = gpu.shuffle xor %v822, %v809, %v329 : f32
                %v825 = arith.addf %v822, %v823 fastmath<contract> : f32
                // end sum over the lanes
                %v826 = arith.mulf %v726, %v825 fastmath<contract> : f32
                %v827 = arith.mulf %v728, %v826 fastmath<contract> : f32
                %v828 = arith.negf %v827 : f32
                %v829 = arith.addf %v813, %v828 fastmath<contract> : f32
                %v830 = arith.mulf %v829, %v732 fastmath<contract> : f32
                %v831 = arith.mulf %v728, %v825 fastmath<contract> : f32
                %v832 = arith.mulf %v724, %v831 fastmath<contract> : f32
                %v833 = arith.mulf %v726, %v832 fastmath<contract> : f32
                %v834 = llvm.load %v57 : !llvm.ptr -> f32
                %v835 = arith.addf %v834, %v833 fastmath<contract> : f32
                llvm.store %v835, %v57 : f32, !llvm.ptr
                %v836 = arith.mulf %v730, %v787 fastmath<contract> : f32
                scf.if %v37 {
                  %v837 = arith.addi %v66, %v33 : i64
                  %v838 = arith.addi %v52, %v39 : i64
                  %v839 = arith.muli %v838, %v1 : i64
                  %v840 = arith.addi %v839, %v837 : i64
                  %v841 = arith.muli %v840, %size_L : i64
                  %v842 = arith.addi %v841, %v735 : i64
                  %v843 = llvm.getelementptr %part_Bm[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v836, %v843 : f32, !llvm.ptr
                }
                %v844 = arith.mulf %v730, %v798 fastmath<contract> : f32
                scf.if %v37 {
                  %v845 = arith.addi %v32, %v33 : i64
                  %v846 = arith.addi %v52, %v39 : i64
                  %v847 = arith.muli %v846, %v1 : i64
                  %v848 = arith.addi %v847, %v845 : i64
                  %v849 = arith.muli %v848, %size_L : i64
                  %v850 = arith.addi %v849, %v735 : i64
                  %v851 = llvm.getelementptr %part_Bm[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v844, %v851 : f32, !llvm.ptr
                }
                %v852 = arith.mulf %v687, %v751 fastmath<contract> : f32
                scf.if %v37 {
                  %v853 = arith.addi %v66, %v33 : i64
                  %v854 = arith.addi %v52, %v39 : i64
                  %v855 = arith.muli %v854, %v1 : i64
                  %v856 = arith.addi %v855, %v853 : i64
                  %v857 = arith.muli %v856, %size_L : i64
                  %v858 = arith.addi %v857, %v735 : i64
                  %v859 = llvm.getelementptr %part_Cm[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v852, %v859 : f32, !llvm.ptr
                }
                %v860 = arith.mulf %v699, %v751 fastmath<contract> : f32
                scf.if %v37 {
                  %v861 = arith.addi %v32, %v33 : i64
                  %v862 = arith.addi %v52, %v39 : i64
                  %v863 = arith.muli %v862, %v1 : i64
                  %v864 = arith.addi %v863, %v861 : i64
                  %v865 = arith.muli %v864, %size_L : i64
                  %v866 = arith.addi %v865, %v735 : i64
                  %v867 = llvm.getelementptr %part_Cm[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v860, %v867 : f32, !llvm.ptr
                }
                %v868 = llvm.load %v59 : !llvm.ptr -> f32
                %v869 = arith.addf %v868, %v830 fastmath<contract> : f32
                llvm.store %v869, %v59 : f32, !llvm.ptr
                %v870 = arith.select %v37, %v830, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v872, %v873 = gpu.shuffle xor %v870, %v871, %v329 : f32
                %v874 = arith.addf %v870, %v872 fastmath<contract> : f32
                %v876, %v877 = gpu.shuffle xor %v874, %v875, %v329 : f32
                %v878 = arith.addf %v874, %v876 fastmath<contract> : f32
                %v879 = arith.divui %v18, %v20 : i64
                %v880 = arith.remui %v18, %v20 : i64
                %v881 = arith.cmpi ult, %v880, %v2 : i64
                %v882 = arith.muli %v879, %v2 : i64
                %v883 = arith.addi %v882, %v66 : i64
                %v885 = arith.muli %v883, %v884 : i64
                %v886 = arith.addi %v885, %v734 : i64
                scf.if %v881 {
                  %v887 = llvm.getelementptr %v61[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v878, %v887 : f32, !llvm.ptr
                }
                %v888 = arith.addf %v788, %v799 fastmath<contract> : f32
                llvm.store %v888, %v700 : f32, !llvm.ptr
                llvm.store %v728, %v55 : f32, !llvm.ptr
                llvm.store %v728, %v56 : f32, !llvm.ptr
              }
              %v889 = llvm.load %v700 : !llvm.ptr -> f32
              %v890 = arith.addi %v381, %v641 : i64
              %v892 = arith.cmpi slt, %v891, %v711 : i32
              %v893 = arith.cmpi eq, %v891, %v717 : i32
              %v894, %v895 = gpu.shuffle idx %v440, %v145, %v329 : f32
              %v896, %v897 = gpu.shuffle idx %v441, %v145, %v329 : f32
              %v898, %v899 = gpu.shuffle idx %v446, %v145, %v329 : f32
              %v900, %v901 = gpu.shuffle idx %v449, %v145, %v329 : f32
              %v902, %v903 = gpu.shuffle idx %v459, %v145, %v329 : f32
              %v904, %v905 = gpu.shuffle idx %v464, %v145, %v329 : f32
              %v906 = arith.addi %v383, %v2 : i64
              llvm.store %v64, %v700 : f32, !llvm.ptr
              scf.if %v892 {
                %v907 = arith.addi %v163, %v890 : i64
                %v908 = arith.muli %v47, %v338 : i64
                %v909 = arith.muli %v907, %v337 : i64
                %v910 = arith.addi %v908, %v909 : i64
                %v911 = arith.muli %v33, %v2 : i64
                %v912 = arith.addi %v910, %v911 : i64
                %v913 = llvm.getelementptr %in_Cm[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v914 = llvm.load %v913 : !llvm.ptr -> f32
                %v915 = arith.muli %v47, %v309 : i64
                %v916 = arith.muli %v907, %v308 : i64
                %v917 = arith.addi %v915, %v916 : i64
                %v918 = arith.muli %v45, %v307 : i64
                %v919 = arith.addi %v917, %v918 : i64
                %v920 = arith.muli %v43, %v2 : i64
                %v921 = arith.addi %v919, %v920 : i64
                %v922 = llvm.getelementptr %dy_y[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v923 = llvm.load %v922 : !llvm.ptr -> f32
                %v924 = arith.mulf %v914, %v923 fastmath<contract> : f32
                %v925 = llvm.load %v53 : !llvm.ptr -> f32
                %v926 = llvm.load %v55 : !llvm.ptr -> f32
                %v927 = arith.mulf %v926, %v925 fastmath<contract> : f32
                %v928 = arith.addf %v924, %v927 fastmath<contract> : f32
                llvm.store %v928, %v53 : f32, !llvm.ptr
                %v929 = arith.muli %v47, %v338 : i64
                %v930 = arith.muli %v907, %v337 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = arith.constant 8 : i64
                %v933 = arith.addi %v932, %v33 : i64
                %v934 = arith.muli %v933, %v2 : i64
                %v935 = arith.addi %v931, %v934 : i64
                %v936 = llvm.getelementptr %in_Cm[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v937 = llvm.load %v936 : !llvm.ptr -> f32
                %v938 = arith.mulf %v937, %v923 fastmath<contract> : f32
                %v939 = llvm.load %v54 : !llvm.ptr -> f32
                %v940 = llvm.load %v56 : !llvm.ptr -> f32
                %v941 = arith.mulf %v940, %v939 fastmath<contract> : f32
                %v942 = arith.addf %v938, %v941 fastmath<contract> : f32
                llvm.store %v942, %v54 : f32, !llvm.ptr
                scf.if %v893 {
                }
                %v943 = arith.muli %v47, %v309 : i64
                %v944 = arith.muli %v907, %v308 : i64
                %v945 = arith.addi %v943, %v944 : i64
                %v946 = arith.muli %v45, %v307 : i64
                %v947 = arith.addi %v945, %v946 : i64
                %v948 = arith.muli %v43, %v2 : i64
                %v949 = arith.addi %v947, %v948 : i64
                %v950 = llvm.getelementptr %in_x[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v951 = llvm.load %v950 : !llvm.ptr -> f32
                %v952 = arith.muli %v47, %v338 : i64
                %v953 = arith.muli %v907, %v337 : i64
                %v954 = arith.addi %v952, %v953 : i64
                %v955 = arith.muli %v33, %v2 : i64
                %v956 = arith.addi %v954, %v955 : i64
                %v957 = llvm.getelementptr %in_Bm[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v958 = llvm.load %v957 : !llvm.ptr -> f32
                %v959 = llvm.load %v53 : !llvm.ptr -> f32
                %v960 = arith.mulf %v958, %v959 fastmath<contract> : f32
                %v961 = arith.muli %v47, %v338 : i64
                %v962 = arith.muli %v907, %v337 : i64
                %v963 = arith.addi %v961, %v962 : i64
                %v964 = arith.constant 8 : i64
                %v965 = arith.addi %v964, %v33 : i64
                %v966 = arith.muli %v965, %v2 : i64
                %v967 = arith.addi %v963, %v966 : i64
                %v968 = llvm.getelementptr %in_Bm[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v969 = llvm.load %v968 : !llvm.ptr -> f32
                %v970 = llvm.load %v54 : !llvm.ptr -> f32
                %v971 = arith.mulf %v969, %v970 fastmath<contract> : f32
                %v972 = arith.addf %v960, %v971 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v973, %v974 = gpu.shuffle xor %v972, %v801, %v329 : f32
                %v975 = arith.addf %v972, %v973 fastmath<contract> : f32
                %v976, %v977 = gpu.shuffle xor %v975, %v805, %v329 : f32
                %v978 = arith.addf %v975, %v976 fastmath<contract> : f32
                %v979, %v980 = gpu.shuffle xor %v978, %v809, %v329 : f32
                %v981 = arith.addf %v978, %v979 fastmath<contract> : f32
                // end sum over the lanes
                %v982 = arith.mulf %v951, %v981 fastmath<contract> : f32
                %v983 = arith.mulf %v628, %v959 fastmath<contract> : f32
                %v984 = arith.mulf %v640, %v970 fastmath<contract> : f32
                %v985 = arith.addf %v983, %v984 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v986, %v987 = gpu.shuffle xor %v985, %v801, %v329 : f32
                %v988 = arith.addf %v985, %v986 fastmath<contract> : f32
                %v989, %v990 = gpu.shuffle xor %v988, %v805, %v329 : f32
                %v991 = arith.addf %v988, %v989 fastmath<contract> : f32
                %v992, %v993 = gpu.shuffle xor %v991, %v809, %v329 : f32
                %v994 = arith.addf %v991, %v992 fastmath<contract> : f32
                // end sum over the lanes
                %v995 = arith.mulf %v898, %v994 fastmath<contract> : f32
                %v996 = arith.mulf %v900, %v995 fastmath<contract> : f32
                %v997 = arith.negf %v996 : f32
                %v998 = arith.addf %v982, %v997 fastmath<contract> : f32
                %v999 = arith.mulf %v998, %v904 fastmath<contract> : f32
                %v1000 = arith.mulf %v900, %v994 fastmath<contract> : f32
                %v1001 = arith.mulf %v896, %v1000 fastmath<contract> : f32
                %v1002 = arith.mulf %v898, %v1001 fastmath<contract> : f32
                %v1003 = llvm.load %v57 : !llvm.ptr -> f32
                %v1004 = arith.addf %v1003, %v1002 fastmath<contract> : f32
                llvm.store %v1004, %v57 : f32, !llvm.ptr
                %v1005 = arith.mulf %v902, %v959 fastmath<contract> : f32
                scf.if %v37 {
                  %v1006 = arith.addi %v66, %v33 : i64
                  %v1007 = arith.addi %v52, %v39 : i64
                  %v1008 = arith.muli %v1007, %v1 : i64
                  %v1009 = arith.addi %v1008, %v1006 : i64
                  %v1010 = arith.muli %v1009, %size_L : i64
                  %v1011 = arith.addi %v1010, %v907 : i64
                  %v1012 = llvm.getelementptr %part_Bm[%v1011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1005, %v1012 : f32, !llvm.ptr
                }
                %v1013 = arith.mulf %v902, %v970 fastmath<contract> : f32
                scf.if %v37 {
                  %v1014 = arith.addi %v32, %v33 : i64
                  %v1015 = arith.addi %v52, %v39 : i64
                  %v1016 = arith.muli %v1015, %v1 : i64
                  %v1017 = arith.addi %v1016, %v1014 : i64
                  %v1018 = arith.muli %v1017, %size_L : i64
                  %v1019 = arith.addi %v1018, %v907 : i64
                  %v1020 = llvm.getelementptr %part_Bm[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1013, %v1020 : f32, !llvm.ptr
                }
                %v1021 = arith.mulf %v658, %v923 fastmath<contract> : f32
                scf.if %v37 {
                  %v1022 = arith.addi %v66, %v33 : i64
                  %v1023 = arith.addi %v52, %v39 : i64
                  %v1024 = arith.muli %v1023, %v1 : i64
                  %v1025 = arith.addi %v1024, %v1022 : i64
                  %v1026 = arith.muli %v1025, %size_L : i64
                  %v1027 = arith.addi %v1026, %v907 : i64
                  %v1028 = llvm.getelementptr %part_Cm[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1021, %v1028 : f32, !llvm.ptr
                }
                %v1029 = arith.mulf %v670, %v923 fastmath<contract> : f32
                scf.if %v37 {
                  %v1030 = arith.addi %v32, %v33 : i64
                  %v1031 = arith.addi %v52, %v39 : i64
                  %v1032 = arith.muli %v1031, %v1 : i64
                  %v1033 = arith.addi %v1032, %v1030 : i64
                  %v1034 = arith.muli %v1033, %size_L : i64
                  %v1035 = arith.addi %v1034, %v907 : i64
                  %v1036 = llvm.getelementptr %part_Cm[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1029, %v1036 : f32, !llvm.ptr
                }
                %v1037 = llvm.load %v59 : !llvm.ptr -> f32
                %v1038 = arith.addf %v1037, %v999 fastmath<contract> : f32
                llvm.store %v1038, %v59 : f32, !llvm.ptr
                %v1039 = arith.select %v37, %v999, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1040, %v1041 = gpu.shuffle xor %v1039, %v871, %v329 : f32
                %v1042 = arith.addf %v1039, %v1040 fastmath<contract> : f32
                %v1043, %v1044 = gpu.shuffle xor %v1042, %v875, %v329 : f32
                %v1045 = arith.addf %v1042, %v1043 fastmath<contract> : f32
                %v1046 = arith.divui %v18, %v20 : i64
                %v1047 = arith.remui %v18, %v20 : i64
                %v1048 = arith.cmpi ult, %v1047, %v2 : i64
                %v1049 = arith.muli %v1046, %v2 : i64
                %v1050 = arith.addi %v1049, %v66 : i64
                %v1051 = arith.muli %v1050, %v884 : i64
                %v1052 = arith.addi %v1051, %v906 : i64
                scf.if %v1048 {
                  %v1053 = llvm.getelementptr %v61[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1045, %v1053 : f32, !llvm.ptr
                }
                %v1054 = arith.addf %v960, %v971 fastmath<contract> : f32
                llvm.store %v1054, %v700 : f32, !llvm.ptr
                llvm.store %v900, %v55 : f32, !llvm.ptr
                llvm.store %v900, %v56 : f32, !llvm.ptr
              }
              %v1055 = llvm.load %v700 : !llvm.ptr -> f32
              %v1056 = arith.select %v703, %v1055, %v889 : f32
              %v1057 = arith.select %v703, %v889, %v1055 : f32
              %v1058, %v1059 = gpu.shuffle xor %v1056, %v801, %v329 : f32
              %v1060 = arith.addf %v1057, %v1058 fastmath<contract> : f32
              %v1061 = arith.addi %v381, %v611 : i64
              %v1063 = arith.cmpi slt, %v1062, %v711 : i32
              %v1064 = arith.cmpi eq, %v1062, %v717 : i32
              %v1065, %v1066 = gpu.shuffle idx %v440, %v141, %v329 : f32
              %v1067, %v1068 = gpu.shuffle idx %v441, %v141, %v329 : f32
              %v1069, %v1070 = gpu.shuffle idx %v446, %v141, %v329 : f32
              %v1071, %v1072 = gpu.shuffle idx %v449, %v141, %v329 : f32
              %v1073, %v1074 = gpu.shuffle idx %v459, %v141, %v329 : f32
              %v1075, %v1076 = gpu.shuffle idx %v464, %v141, %v329 : f32
              %v1077 = arith.addi %v383, %v523 : i64
              llvm.store %v64, %v700 : f32, !llvm.ptr
              scf.if %v1063 {
                %v1078 = arith.addi %v163, %v1061 : i64
                %v1079 = arith.muli %v47, %v338 : i64
                %v1080 = arith.muli %v1078, %v337 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = arith.muli %v33, %v2 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = llvm.getelementptr %in_Cm[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                %v1086 = arith.muli %v47, %v309 : i64
                %v1087 = arith.muli %v1078, %v308 : i64
                %v1088 = arith.addi %v1086, %v1087 : i64
                %v1089 = arith.muli %v45, %v307 : i64
                %v1090 = arith.addi %v1088, %v1089 : i64
                %v1091 = arith.muli %v43, %v2 : i64
                %v1092 = arith.addi %v1090, %v1091 : i64
                %v1093 = llvm.getelementptr %dy_y[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
                %v1095 = arith.mulf %v1085, %v1094 fastmath<contract> : f32
                %v1096 = llvm.load %v53 : !llvm.ptr -> f32
                %v1097 = llvm.load %v55 : !llvm.ptr -> f32
                %v1098 = arith.mulf %v1097, %v1096 fastmath<contract> : f32
                %v1099 = arith.addf %v1095, %v1098 fastmath<contract> : f32
                llvm.store %v1099, %v53 : f32, !llvm.ptr
                %v1100 = arith.muli %v47, %v338 : i64
                %v1101 = arith.muli %v1078, %v337 : i64
                %v1102 = arith.addi %v1100, %v1101 : i64
                %v1103 = arith.constant 8 : i64
                %v1104 = arith.addi %v1103, %v33 : i64
                %v1105 = arith.muli %v1104, %v2 : i64
                %v1106 = arith.addi %v1102, %v1105 : i64
                %v1107 = llvm.getelementptr %in_Cm[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
                %v1109 = arith.mulf %v1108, %v1094 fastmath<contract> : f32
                %v1110 = llvm.load %v54 : !llvm.ptr -> f32
                %v1111 = llvm.load %v56 : !llvm.ptr -> f32
                %v1112 = arith.mulf %v1111, %v1110 fastmath<contract> : f32
                %v1113 = arith.addf %v1109, %v1112 fastmath<contract> : f32
                llvm.store %v1113, %v54 : f32, !llvm.ptr
                scf.if %v1064 {
                }
                %v1114 = arith.muli %v47, %v309 : i64
                %v1115 = arith.muli %v1078, %v308 : i64
                %v1116 = arith.addi %v1114, %v1115 : i64
                %v1117 = arith.muli %v45, %v307 : i64
                %v1118 = arith.addi %v1116, %v1117 : i64
                %v1119 = arith.muli %v43, %v2 : i64
                %v1120 = arith.addi %v1118, %v1119 : i64
                %v1121 = llvm.getelementptr %in_x[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                %v1123 = arith.muli %v47, %v338 : i64
                %v1124 = arith.muli %v1078, %v337 : i64
                %v1125 = arith.addi %v1123, %v1124 : i64
                %v1126 = arith.muli %v33, %v2 : i64
                %v1127 = arith.addi %v1125, %v1126 : i64
                %v1128 = llvm.getelementptr %in_Bm[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1129 = llvm.load %v1128 : !llvm.ptr -> f32
                %v1130 = llvm.load %v53 : !llvm.ptr -> f32
                %v1131 = arith.mulf %v1129, %v1130 fastmath<contract> : f32
                %v1132 = arith.muli %v47, %v338 : i64
                %v1133 = arith.muli %v1078, %v337 : i64
                %v1134 = arith.addi %v1132, %v1133 : i64
                %v1135 = arith.constant 8 : i64
                %v1136 = arith.addi %v1135, %v33 : i64
                %v1137 = arith.muli %v1136, %v2 : i64
                %v1138 = arith.addi %v1134, %v1137 : i64
                %v1139 = llvm.getelementptr %in_Bm[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
                %v1141 = llvm.load %v54 : !llvm.ptr -> f32
                %v1142 = arith.mulf %v1140, %v1141 fastmath<contract> : f32
                %v1143 = arith.addf %v1131, %v1142 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1144, %v1145 = gpu.shuffle xor %v1143, %v801, %v329 : f32
                %v1146 = arith.addf %v1143, %v1144 fastmath<contract> : f32
                %v1147, %v1148 = gpu.shuffle xor %v1146, %v805, %v329 : f32
                %v1149 = arith.addf %v1146, %v1147 fastmath<contract> : f32
                %v1150, %v1151 = gpu.shuffle xor %v1149, %v809, %v329 : f32
                %v1152 = arith.addf %v1149, %v1150 fastmath<contract> : f32
                // end sum over the lanes
                %v1153 = arith.mulf %v1122, %v1152 fastmath<contract> : f32
                %v1154 = arith.mulf %v598, %v1130 fastmath<contract> : f32
                %v1155 = arith.mulf %v610, %v1141 fastmath<contract> : f32
                %v1156 = arith.addf %v1154, %v1155 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1157, %v1158 = gpu.shuffle xor %v1156, %v801, %v329 : f32
                %v1159 = arith.addf %v1156, %v1157 fastmath<contract> : f32
                %v1160, %v1161 = gpu.shuffle xor %v1159, %v805, %v329 : f32
                %v1162 = arith.addf %v1159, %v1160 fastmath<contract> : f32
                %v1163, %v1164 = gpu.shuffle xor %v1162, %v809, %v329 : f32
                %v1165 = arith.addf %v1162, %v1163 fastmath<contract> : f32
                // end sum over the lanes
                %v1166 = arith.mulf %v1069, %v1165 fastmath<contract> : f32
                %v1167 = arith.mulf %v1071, %v1166 fastmath<contract> : f32
                %v1168 = arith.negf %v1167 : f32
                %v1169 = arith.addf %v1153, %v1168 fastmath<contract> : f32
                %v1170 = arith.mulf %v1169, %v1075 fastmath<contract> : f32
                %v1171 = arith.mulf %v1071, %v1165 fastmath<contract> : f32
                %v1172 = arith.mulf %v1067, %v1171 fastmath<contract> : f32
                %v1173 = arith.mulf %v1069, %v1172 fastmath<contract> : f32
                %v1174 = llvm.load %v57 : !llvm.ptr -> f32
                %v1175 = arith.addf %v1174, %v1173 fastmath<contract> : f32
                llvm.store %v1175, %v57 : f32, !llvm.ptr
                %v1176 = arith.mulf %v1073, %v1130 fastmath<contract> : f32
                scf.if %v37 {
                  %v1177 = arith.addi %v66, %v33 : i64
                  %v1178 = arith.addi %v52, %v39 : i64
                  %v1179 = arith.muli %v1178, %v1 : i64
                  %v1180 = arith.addi %v1179, %v1177 : i64
                  %v1181 = arith.muli %v1180, %size_L : i64
                  %v1182 = arith.addi %v1181, %v1078 : i64
                  %v1183 = llvm.getelementptr %part_Bm[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1176, %v1183 : f32, !llvm.ptr
                }
                %v1184 = arith.mulf %v1073, %v1141 fastmath<contract> : f32
                scf.if %v37 {
                  %v1185 = arith.addi %v32, %v33 : i64
                  %v1186 = arith.addi %v52, %v39 : i64
                  %v1187 = arith.muli %v1186, %v1 : i64
                  %v1188 = arith.addi %v1187, %v1185 : i64
                  %v1189 = arith.muli %v1188, %size_L : i64
                  %v1190 = arith.addi %v1189, %v1078 : i64
                  %v1191 = llvm.getelementptr %part_Bm[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1184, %v1191 : f32, !llvm.ptr
                }
                %v1192 = arith.mulf %v628, %v1094 fastmath<contract> : f32
                scf.if %v37 {
                  %v1193 = arith.addi %v66, %v33 : i64
                  %v1194 = arith.addi %v52, %v39 : i64
                  %v1195 = arith.muli %v1194, %v1 : i64
                  %v1196 = arith.addi %v1195, %v1193 : i64
                  %v1197 = arith.muli %v1196, %size_L : i64
                  %v1198 = arith.addi %v1197, %v1078 : i64
                  %v1199 = llvm.getelementptr %part_Cm[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1192, %v1199 : f32, !llvm.ptr
                }
                %v1200 = arith.mulf %v640, %v1094 fastmath<contract> : f32
                scf.if %v37 {
                  %v1201 = arith.addi %v32, %v33 : i64
                  %v1202 = arith.addi %v52, %v39 : i64
                  %v1203 = arith.muli %v1202, %v1 : i64
                  %v1204 = arith.addi %v1203, %v1201 : i64
                  %v1205 = arith.muli %v1204, %size_L : i64
                  %v1206 = arith.addi %v1205, %v1078 : i64
                  %v1207 = llvm.getelementptr %part_Cm[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1200, %v1207 : f32, !llvm.ptr
                }
                %v1208 = llvm.load %v59 : !llvm.ptr -> f32
                %v1209 = arith.addf %v1208, %v1170 fastmath<contract> : f32
                llvm.store %v1209, %v59 : f32, !llvm.ptr
                %v1210 = arith.select %v37, %v1170, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1211, %v1212 = gpu.shuffle xor %v1210, %v871, %v329 : f32
                %v1213 = arith.addf %v1210, %v1211 fastmath<contract> : f32
                %v1214, %v1215 = gpu.shuffle xor %v1213, %v875, %v329 : f32
                %v1216 = arith.addf %v1213, %v1214 fastmath<contract> : f32
                %v1217 = arith.divui %v18, %v20 : i64
                %v1218 = arith.remui %v18, %v20 : i64
                %v1219 = arith.cmpi ult, %v1218, %v2 : i64
                %v1220 = arith.muli %v1217, %v2 : i64
                %v1221 = arith.addi %v1220, %v66 : i64
                %v1222 = arith.muli %v1221, %v884 : i64
                %v1223 = arith.addi %v1222, %v1077 : i64
                scf.if %v1219 {
                  %v1224 = llvm.getelementptr %v61[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1216, %v1224 : f32, !llvm.ptr
                }
                %v1225 = arith.addf %v1131, %v1142 fastmath<contract> : f32
                llvm.store %v1225, %v700 : f32, !llvm.ptr
                llvm.store %v1071, %v55 : f32, !llvm.ptr
                llvm.store %v1071, %v56 : f32, !llvm.ptr
              }
              %v1226 = llvm.load %v700 : !llvm.ptr -> f32
              %v1227 = arith.addi %v381, %v49 : i64
              %v1228 = arith.cmpi slt, %v809, %v711 : i32
              %v1229 = arith.cmpi eq, %v809, %v717 : i32
              %v1230, %v1231 = gpu.shuffle idx %v440, %v137, %v329 : f32
              %v1232, %v1233 = gpu.shuffle idx %v441, %v137, %v329 : f32
              %v1234, %v1235 = gpu.shuffle idx %v446, %v137, %v329 : f32
              %v1236, %v1237 = gpu.shuffle idx %v449, %v137, %v329 : f32
              %v1238, %v1239 = gpu.shuffle idx %v459, %v137, %v329 : f32
              %v1240, %v1241 = gpu.shuffle idx %v464, %v137, %v329 : f32
              %v1242 = arith.addi %v383, %v363 : i64
              llvm.store %v64, %v700 : f32, !llvm.ptr
              scf.if %v1228 {
                %v1243 = arith.addi %v163, %v1227 : i64
                %v1244 = arith.muli %v47, %v338 : i64
                %v1245 = arith.muli %v1243, %v337 : i64
                %v1246 = arith.addi %v1244, %v1245 : i64
                %v1247 = arith.muli %v33, %v2 : i64
                %v1248 = arith.addi %v1246, %v1247 : i64
                %v1249 = llvm.getelementptr %in_Cm[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
                %v1251 = arith.muli %v47, %v309 : i64
                %v1252 = arith.muli %v1243, %v308 : i64
                %v1253 = arith.addi %v1251, %v1252 : i64
                %v1254 = arith.muli %v45, %v307 : i64
                %v1255 = arith.addi %v1253, %v1254 : i64
                %v1256 = arith.muli %v43, %v2 : i64
                %v1257 = arith.addi %v1255, %v1256 : i64
                %v1258 = llvm.getelementptr %dy_y[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
                %v1260 = arith.mulf %v1250, %v1259 fastmath<contract> : f32
                %v1261 = llvm.load %v53 : !llvm.ptr -> f32
                %v1262 = llvm.load %v55 : !llvm.ptr -> f32
                %v1263 = arith.mulf %v1262, %v1261 fastmath<contract> : f32
                %v1264 = arith.addf %v1260, %v1263 fastmath<contract> : f32
                llvm.store %v1264, %v53 : f32, !llvm.ptr
                %v1265 = arith.muli %v47, %v338 : i64
                %v1266 = arith.muli %v1243, %v337 : i64
                %v1267 = arith.addi %v1265, %v1266 : i64
                %v1268 = arith.constant 8 : i64
                %v1269 = arith.addi %v1268, %v33 : i64
                %v1270 = arith.muli %v1269, %v2 : i64
                %v1271 = arith.addi %v1267, %v1270 : i64
                %v1272 = llvm.getelementptr %in_Cm[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
                %v1274 = arith.mulf %v1273, %v1259 fastmath<contract> : f32
                %v1275 = llvm.load %v54 : !llvm.ptr -> f32
                %v1276 = llvm.load %v56 : !llvm.ptr -> f32
                %v1277 = arith.mulf %v1276, %v1275 fastmath<contract> : f32
                %v1278 = arith.addf %v1274, %v1277 fastmath<contract> : f32
                llvm.store %v1278, %v54 : f32, !llvm.ptr
                scf.if %v1229 {
                }
                %v1279 = arith.muli %v47, %v309 : i64
                %v1280 = arith.muli %v1243, %v308 : i64
                %v1281 = arith.addi %v1279, %v1280 : i64
                %v1282 = arith.muli %v45, %v307 : i64
                %v1283 = arith.addi %v1281, %v1282 : i64
                %v1284 = arith.muli %v43, %v2 : i64
                %v1285 = arith.addi %v1283, %v1284 : i64
                %v1286 = llvm.getelementptr %in_x[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
                %v1288 = arith.muli %v47, %v338 : i64
                %v1289 = arith.muli %v1243, %v337 : i64
                %v1290 = arith.addi %v1288, %v1289 : i64
                %v1291 = arith.muli %v33, %v2 : i64
                %v1292 = arith.addi %v1290, %v1291 : i64
                %v1293 = llvm.getelementptr %in_Bm[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
                %v1295 = llvm.load %v53 : !llvm.ptr -> f32
                %v1296 = arith.mulf %v1294, %v1295 fastmath<contract> : f32
                %v1297 = arith.muli %v47, %v338 : i64
                %v1298 = arith.muli %v1243, %v337 : i64
                %v1299 = arith.addi %v1297, %v1298 : i64
                %v1300 = arith.constant 8 : i64
                %v1301 = arith.addi %v1300, %v33 : i64
                %v1302 = arith.muli %v1301, %v2 : i64
                %v1303 = arith.addi %v1299, %v1302 : i64
                %v1304 = llvm.getelementptr %in_Bm[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1305 = llvm.load %v1304 : !llvm.ptr -> f32
                %v1306 = llvm.load %v54 : !llvm.ptr -> f32
                %v1307 = arith.mulf %v1305, %v1306 fastmath<contract> : f32
                %v1308 = arith.addf %v1296, %v1307 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1309, %v1310 = gpu.shuffle xor %v1308, %v801, %v329 : f32
                %v1311 = arith.addf %v1308, %v1309 fastmath<contract> : f32
                %v1312, %v1313 = gpu.shuffle xor %v1311, %v805, %v329 : f32
                %v1314 = arith.addf %v1311, %v1312 fastmath<contract> : f32
                %v1315, %v1316 = gpu.shuffle xor %v1314, %v809, %v329 : f32
                %v1317 = arith.addf %v1314, %v1315 fastmath<contract> : f32
                // end sum over the lanes
                %v1318 = arith.mulf %v1287, %v1317 fastmath<contract> : f32
                %v1319 = arith.mulf %v569, %v1295 fastmath<contract> : f32
                %v1320 = arith.mulf %v581, %v1306 fastmath<contract> : f32
                %v1321 = arith.addf %v1319, %v1320 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1322, %v1323 = gpu.shuffle xor %v1321, %v801, %v329 : f32
                %v1324 = arith.addf %v1321, %v1322 fastmath<contract> : f32
                %v1325, %v1326 = gpu.shuffle xor %v1324, %v805, %v329 : f32
                %v1327 = arith.addf %v1324, %v1325 fastmath<contract> : f32
                %v1328, %v1329 = gpu.shuffle xor %v1327, %v809, %v329 : f32
                %v1330 = arith.addf %v1327, %v1328 fastmath<contract> : f32
                // end sum over the lanes
                %v1331 = arith.mulf %v1234, %v1330 fastmath<contract> : f32
                %v1332 = arith.mulf %v1236, %v1331 fastmath<contract> : f32
                %v1333 = arith.negf %v1332 : f32
                %v1334 = arith.addf %v1318, %v1333 fastmath<contract> : f32
                %v1335 = arith.mulf %v1334, %v1240 fastmath<contract> : f32
                %v1336 = arith.mulf %v1236, %v1330 fastmath<contract> : f32
                %v1337 = arith.mulf %v1232, %v1336 fastmath<contract> : f32
                %v1338 = arith.mulf %v1234, %v1337 fastmath<contract> : f32
                %v1339 = llvm.load %v57 : !llvm.ptr -> f32
                %v1340 = arith.addf %v1339, %v1338 fastmath<contract> : f32
                llvm.store %v1340, %v57 : f32, !llvm.ptr
                %v1341 = arith.mulf %v1238, %v1295 fastmath<contract> : f32
                scf.if %v37 {
                  %v1342 = arith.addi %v66, %v33 : i64
                  %v1343 = arith.addi %v52, %v39 : i64
                  %v1344 = arith.muli %v1343, %v1 : i64
                  %v1345 = arith.addi %v1344, %v1342 : i64
                  %v1346 = arith.muli %v1345, %size_L : i64
                  %v1347 = arith.addi %v1346, %v1243 : i64
                  %v1348 = llvm.getelementptr %part_Bm[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1341, %v1348 : f32, !llvm.ptr
                }
                %v1349 = arith.mulf %v1238, %v1306 fastmath<contract> : f32
                scf.if %v37 {
                  %v1350 = arith.addi %v32, %v33 : i64
                  %v1351 = arith.addi %v52, %v39 : i64
                  %v1352 = arith.muli %v1351, %v1 : i64
                  %v1353 = arith.addi %v1352, %v1350 : i64
                  %v1354 = arith.muli %v1353, %size_L : i64
                  %v1355 = arith.addi %v1354, %v1243 : i64
                  %v1356 = llvm.getelementptr %part_Bm[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1349, %v1356 : f32, !llvm.ptr
                }
                %v1357 = arith.mulf %v598, %v1259 fastmath<contract> : f32
                scf.if %v37 {
                  %v1358 = arith.addi %v66, %v33 : i64
                  %v1359 = arith.addi %v52, %v39 : i64
                  %v1360 = arith.muli %v1359, %v1 : i64
                  %v1361 = arith.addi %v1360, %v1358 : i64
                  %v1362 = arith.muli %v1361, %size_L : i64
                  %v1363 = arith.addi %v1362, %v1243 : i64
                  %v1364 = llvm.getelementptr %part_Cm[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1357, %v1364 : f32, !llvm.ptr
                }
                %v1365 = arith.mulf %v610, %v1259 fastmath<contract> : f32
                scf.if %v37 {
                  %v1366 = arith.addi %v32, %v33 : i64
                  %v1367 = arith.addi %v52, %v39 : i64
                  %v1368 = arith.muli %v1367, %v1 : i64
                  %v1369 = arith.addi %v1368, %v1366 : i64
                  %v1370 = arith.muli %v1369, %size_L : i64
                  %v1371 = arith.addi %v1370, %v1243 : i64
                  %v1372 = llvm.getelementptr %part_Cm[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1365, %v1372 : f32, !llvm.ptr
                }
                %v1373 = llvm.load %v59 : !llvm.ptr -> f32
                %v1374 = arith.addf %v1373, %v1335 fastmath<contract> : f32
                llvm.store %v1374, %v59 : f32, !llvm.ptr
                %v1375 = arith.select %v37, %v1335, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1376, %v1377 = gpu.shuffle xor %v1375, %v871, %v329 : f32
                %v1378 = arith.addf %v1375, %v1376 fastmath<contract> : f32
                %v1379, %v1380 = gpu.shuffle xor %v1378, %v875, %v329 : f32
                %v1381 = arith.addf %v1378, %v1379 fastmath<contract> : f32
                %v1382 = arith.divui %v18, %v20 : i64
                %v1383 = arith.remui %v18, %v20 : i64
                %v1384 = arith.cmpi ult, %v1383, %v2 : i64
                %v1385 = arith.muli %v1382, %v2 : i64
                %v1386 = arith.addi %v1385, %v66 : i64
                %v1387 = arith.muli %v1386, %v884 : i64
                %v1388 = arith.addi %v1387, %v1242 : i64
                scf.if %v1384 {
                  %v1389 = llvm.getelementptr %v61[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1381, %v1389 : f32, !llvm.ptr
                }
                %v1390 = arith.addf %v1296, %v1307 fastmath<contract> : f32
                llvm.store %v1390, %v700 : f32, !llvm.ptr
                llvm.store %v1236, %v55 : f32, !llvm.ptr
                llvm.store %v1236, %v56 : f32, !llvm.ptr
              }
              %v1391 = llvm.load %v700 : !llvm.ptr -> f32
              %v1392 = arith.select %v703, %v1391, %v1226 : f32
              %v1393 = arith.select %v703, %v1226, %v1391 : f32
              %v1394, %v1395 = gpu.shuffle xor %v1392, %v801, %v329 : f32
              %v1396 = arith.addf %v1393, %v1394 fastmath<contract> : f32
              %v1397 = arith.select %v706, %v1396, %v1060 : f32
              %v1398 = arith.select %v706, %v1060, %v1396 : f32
              %v1399, %v1400 = gpu.shuffle xor %v1397, %v805, %v329 : f32
              %v1401 = arith.addf %v1398, %v1399 fastmath<contract> : f32
              %v1402 = arith.addi %v381, %v363 : i64
              %v1404 = arith.cmpi slt, %v1403, %v711 : i32
              %v1405 = arith.cmpi eq, %v1403, %v717 : i32
              %v1406, %v1407 = gpu.shuffle idx %v440, %v133, %v329 : f32
              %v1408, %v1409 = gpu.shuffle idx %v441, %v133, %v329 : f32
              %v1410, %v1411 = gpu.shuffle idx %v446, %v133, %v329 : f32
              %v1412, %v1413 = gpu.shuffle idx %v449, %v133, %v329 : f32
              %v1414, %v1415 = gpu.shuffle idx %v459, %v133, %v329 : f32
              %v1416, %v1417 = gpu.shuffle idx %v464, %v133, %v329 : f32
              %v1418 = arith.addi %v383, %v49 : i64
              llvm.store %v64, %v700 : f32, !llvm.ptr
              scf.if %v1404 {
                %v1419 = arith.addi %v163, %v1402 : i64
                %v1420 = arith.muli %v47, %v338 : i64
                %v1421 = arith.muli %v1419, %v337 : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = arith.muli %v33, %v2 : i64
                %v1424 = arith.addi %v1422, %v1423 : i64
                %v1425 = llvm.getelementptr %in_Cm[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
                %v1427 = arith.muli %v47, %v309 : i64
                %v1428 = arith.muli %v1419, %v308 : i64
                %v1429 = arith.addi %v1427, %v1428 : i64
                %v1430 = arith.muli %v45, %v307 : i64
                %v1431 = arith.addi %v1429, %v1430 : i64
                %v1432 = arith.muli %v43, %v2 : i64
                %v1433 = arith.addi %v1431, %v1432 : i64
                %v1434 = llvm.getelementptr %dy_y[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
                %v1436 = arith.mulf %v1426, %v1435 fastmath<contract> : f32
                %v1437 = llvm.load %v53 : !llvm.ptr -> f32
                %v1438 = llvm.load %v55 : !llvm.ptr -> f32
                %v1439 = arith.mulf %v1438, %v1437 fastmath<contract> : f32
                %v1440 = arith.addf %v1436, %v1439 fastmath<contract> : f32
                llvm.store %v1440, %v53 : f32, !llvm.ptr
                %v1441 = arith.muli %v47, %v338 : i64
                %v1442 = arith.muli %v1419, %v337 : i64
                %v1443 = arith.addi %v1441, %v1442 : i64
                %v1444 = arith.constant 8 : i64
                %v1445 = arith.addi %v1444, %v33 : i64
                %v1446 = arith.muli %v1445, %v2 : i64
                %v1447 = arith.addi %v1443, %v1446 : i64
                %v1448 = llvm.getelementptr %in_Cm[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1449 = llvm.load %v1448 : !llvm.ptr -> f32
                %v1450 = arith.mulf %v1449, %v1435 fastmath<contract> : f32
                %v1451 = llvm.load %v54 : !llvm.ptr -> f32
                %v1452 = llvm.load %v56 : !llvm.ptr -> f32
                %v1453 = arith.mulf %v1452, %v1451 fastmath<contract> : f32
                %v1454 = arith.addf %v1450, %v1453 fastmath<contract> : f32
                llvm.store %v1454, %v54 : f32, !llvm.ptr
                scf.if %v1405 {
                }
                %v1455 = arith.muli %v47, %v309 : i64
                %v1456 = arith.muli %v1419, %v308 : i64
                %v1457 = arith.addi %v1455, %v1456 : i64
                %v1458 = arith.muli %v45, %v307 : i64
                %v1459 = arith.addi %v1457, %v1458 : i64
                %v1460 = arith.muli %v43, %v2 : i64
                %v1461 = arith.addi %v1459, %v1460 : i64
                %v1462 = llvm.getelementptr %in_x[%v1461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1463 = llvm.load %v1462 : !llvm.ptr -> f32
                %v1464 = arith.muli %v47, %v338 : i64
                %v1465 = arith.muli %v1419, %v337 : i64
                %v1466 = arith.addi %v1464, %v1465 : i64
                %v1467 = arith.muli %v33, %v2 : i64
                %v1468 = arith.addi %v1466, %v1467 : i64
                %v1469 = llvm.getelementptr %in_Bm[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
                %v1471 = llvm.load %v53 : !llvm.ptr -> f32
                %v1472 = arith.mulf %v1470, %v1471 fastmath<contract> : f32
                %v1473 = arith.muli %v47, %v338 : i64
                %v1474 = arith.muli %v1419, %v337 : i64
                %v1475 = arith.addi %v1473, %v1474 : i64
                %v1476 = arith.constant 8 : i64
                %v1477 = arith.addi %v1476, %v33 : i64
                %v1478 = arith.muli %v1477, %v2 : i64
                %v1479 = arith.addi %v1475, %v1478 : i64
                %v1480 = llvm.getelementptr %in_Bm[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = llvm.load %v54 : !llvm.ptr -> f32
                %v1483 = arith.mulf %v1481, %v1482 fastmath<contract> : f32
                %v1484 = arith.addf %v1472, %v1483 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1485, %v1486 = gpu.shuffle xor %v1484, %v801, %v329 : f32
                %v1487 = arith.addf %v1484, %v1485 fastmath<contract> : f32
                %v1488, %v1489 = gpu.shuffle xor %v1487, %v805, %v329 : f32
                %v1490 = arith.addf %v1487, %v1488 fastmath<contract> : f32
                %v1491, %v1492 = gpu.shuffle xor %v1490, %v809, %v329 : f32
                %v1493 = arith.addf %v1490, %v1491 fastmath<contract> : f32
                // end sum over the lanes
                %v1494 = arith.mulf %v1463, %v1493 fastmath<contract> : f32
                %v1495 = arith.mulf %v540, %v1471 fastmath<contract> : f32
                %v1496 = arith.mulf %v552, %v1482 fastmath<contract> : f32
                %v1497 = arith.addf %v1495, %v1496 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1498, %v1499 = gpu.shuffle xor %v1497, %v801, %v329 : f32
                %v1500 = arith.addf %v1497, %v1498 fastmath<contract> : f32
                %v1501, %v1502 = gpu.shuffle xor %v1500, %v805, %v329 : f32
                %v1503 = arith.addf %v1500, %v1501 fastmath<contract> : f32
                %v1504, %v1505 = gpu.shuffle xor %v1503, %v809, %v329 : f32
                %v1506 = arith.addf %v1503, %v1504 fastmath<contract> : f32
                // end sum over the lanes
                %v1507 = arith.mulf %v1410, %v1506 fastmath<contract> : f32
                %v1508 = arith.mulf %v1412, %v1507 fastmath<contract> : f32
                %v1509 = arith.negf %v1508 : f32
                %v1510 = arith.addf %v1494, %v1509 fastmath<contract> : f32
                %v1511 = arith.mulf %v1510, %v1416 fastmath<contract> : f32
                %v1512 = arith.mulf %v1412, %v1506 fastmath<contract> : f32
                %v1513 = arith.mulf %v1408, %v1512 fastmath<contract> : f32
                %v1514 = arith.mulf %v1410, %v1513 fastmath<contract> : f32
                %v1515 = llvm.load %v57 : !llvm.ptr -> f32
                %v1516 = arith.addf %v1515, %v1514 fastmath<contract> : f32
                llvm.store %v1516, %v57 : f32, !llvm.ptr
                %v1517 = arith.mulf %v1414, %v1471 fastmath<contract> : f32
                scf.if %v37 {
                  %v1518 = arith.addi %v66, %v33 : i64
                  %v1519 = arith.addi %v52, %v39 : i64
                  %v1520 = arith.muli %v1519, %v1 : i64
                  %v1521 = arith.addi %v1520, %v1518 : i64
                  %v1522 = arith.muli %v1521, %size_L : i64
                  %v1523 = arith.addi %v1522, %v1419 : i64
                  %v1524 = llvm.getelementptr %part_Bm[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1517, %v1524 : f32, !llvm.ptr
                }
                %v1525 = arith.mulf %v1414, %v1482 fastmath<contract> : f32
                scf.if %v37 {
                  %v1526 = arith.addi %v32, %v33 : i64
                  %v1527 = arith.addi %v52, %v39 : i64
                  %v1528 = arith.muli %v1527, %v1 : i64
                  %v1529 = arith.addi %v1528, %v1526 : i64
                  %v1530 = arith.muli %v1529, %size_L : i64
                  %v1531 = arith.addi %v1530, %v1419 : i64
                  %v1532 = llvm.getelementptr %part_Bm[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1525, %v1532 : f32, !llvm.ptr
                }
                %v1533 = arith.mulf %v569, %v1435 fastmath<contract> : f32
                scf.if %v37 {
                  %v1534 = arith.addi %v66, %v33 : i64
                  %v1535 = arith.addi %v52, %v39 : i64
                  %v1536 = arith.muli %v1535, %v1 : i64
                  %v1537 = arith.addi %v1536, %v1534 : i64
                  %v1538 = arith.muli %v1537, %size_L : i64
                  %v1539 = arith.addi %v1538, %v1419 : i64
                  %v1540 = llvm.getelementptr %part_Cm[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1533, %v1540 : f32, !llvm.ptr
                }
                %v1541 = arith.mulf %v581, %v1435 fastmath<contract> : f32
                scf.if %v37 {
                  %v1542 = arith.addi %v32, %v33 : i64
                  %v1543 = arith.addi %v52, %v39 : i64
                  %v1544 = arith.muli %v1543, %v1 : i64
                  %v1545 = arith.addi %v1544, %v1542 : i64
                  %v1546 = arith.muli %v1545, %size_L : i64
                  %v1547 = arith.addi %v1546, %v1419 : i64
                  %v1548 = llvm.getelementptr %part_Cm[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1541, %v1548 : f32, !llvm.ptr
                }
                %v1549 = llvm.load %v59 : !llvm.ptr -> f32
                %v1550 = arith.addf %v1549, %v1511 fastmath<contract> : f32
                llvm.store %v1550, %v59 : f32, !llvm.ptr
                %v1551 = arith.select %v37, %v1511, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1552, %v1553 = gpu.shuffle xor %v1551, %v871, %v329 : f32
                %v1554 = arith.addf %v1551, %v1552 fastmath<contract> : f32
                %v1555, %v1556 = gpu.shuffle xor %v1554, %v875, %v329 : f32
                %v1557 = arith.addf %v1554, %v1555 fastmath<contract> : f32
                %v1558 = arith.divui %v18, %v20 : i64
                %v1559 = arith.remui %v18, %v20 : i64
                %v1560 = arith.cmpi ult, %v1559, %v2 : i64
                %v1561 = arith.muli %v1558, %v2 : i64
                %v1562 = arith.addi %v1561, %v66 : i64
                %v1563 = arith.muli %v1562, %v884 : i64
                %v1564 = arith.addi %v1563, %v1418 : i64
                scf.if %v1560 {
                  %v1565 = llvm.getelementptr %v61[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1557, %v1565 : f32, !llvm.ptr
                }
                %v1566 = arith.addf %v1472, %v1483 fastmath<contract> : f32
                llvm.store %v1566, %v700 : f32, !llvm.ptr
                llvm.store %v1412, %v55 : f32, !llvm.ptr
                llvm.store %v1412, %v56 : f32, !llvm.ptr
              }
              %v1567 = llvm.load %v700 : !llvm.ptr -> f32
              %v1568 = arith.addi %v381, %v523 : i64
              %v1569 = arith.cmpi slt, %v805, %v711 : i32
              %v1570 = arith.cmpi eq, %v805, %v717 : i32
              %v1571, %v1572 = gpu.shuffle idx %v440, %v129, %v329 : f32
              %v1573, %v1574 = gpu.shuffle idx %v441, %v129, %v329 : f32
              %v1575, %v1576 = gpu.shuffle idx %v446, %v129, %v329 : f32
              %v1577, %v1578 = gpu.shuffle idx %v449, %v129, %v329 : f32
              %v1579, %v1580 = gpu.shuffle idx %v459, %v129, %v329 : f32
              %v1581, %v1582 = gpu.shuffle idx %v464, %v129, %v329 : f32
              %v1583 = arith.addi %v383, %v611 : i64
              llvm.store %v64, %v700 : f32, !llvm.ptr
              scf.if %v1569 {
                %v1584 = arith.addi %v163, %v1568 : i64
                %v1585 = arith.muli %v47, %v338 : i64
                %v1586 = arith.muli %v1584, %v337 : i64
                %v1587 = arith.addi %v1585, %v1586 : i64
                %v1588 = arith.muli %v33, %v2 : i64
                %v1589 = arith.addi %v1587, %v1588 : i64
                %v1590 = llvm.getelementptr %in_Cm[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1591 = llvm.load %v1590 : !llvm.ptr -> f32
                %v1592 = arith.muli %v47, %v309 : i64
                %v1593 = arith.muli %v1584, %v308 : i64
                %v1594 = arith.addi %v1592, %v1593 : i64
                %v1595 = arith.muli %v45, %v307 : i64
                %v1596 = arith.addi %v1594, %v1595 : i64
                %v1597 = arith.muli %v43, %v2 : i64
                %v1598 = arith.addi %v1596, %v1597 : i64
                %v1599 = llvm.getelementptr %dy_y[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1600 = llvm.load %v1599 : !llvm.ptr -> f32
                %v1601 = arith.mulf %v1591, %v1600 fastmath<contract> : f32
                %v1602 = llvm.load %v53 : !llvm.ptr -> f32
                %v1603 = llvm.load %v55 : !llvm.ptr -> f32
                %v1604 = arith.mulf %v1603, %v1602 fastmath<contract> : f32
                %v1605 = arith.addf %v1601, %v1604 fastmath<contract> : f32
                llvm.store %v1605, %v53 : f32, !llvm.ptr
                %v1606 = arith.muli %v47, %v338 : i64
                %v1607 = arith.muli %v1584, %v337 : i64
                %v1608 = arith.addi %v1606, %v1607 : i64
                %v1609 = arith.constant 8 : i64
                %v1610 = arith.addi %v1609, %v33 : i64
                %v1611 = arith.muli %v1610, %v2 : i64
                %v1612 = arith.addi %v1608, %v1611 : i64
                %v1613 = llvm.getelementptr %in_Cm[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
                %v1615 = arith.mulf %v1614, %v1600 fastmath<contract> : f32
                %v1616 = llvm.load %v54 : !llvm.ptr -> f32
                %v1617 = llvm.load %v56 : !llvm.ptr -> f32
                %v1618 = arith.mulf %v1617, %v1616 fastmath<contract> : f32
                %v1619 = arith.addf %v1615, %v1618 fastmath<contract> : f32
                llvm.store %v1619, %v54 : f32, !llvm.ptr
                scf.if %v1570 {
                }
                %v1620 = arith.muli %v47, %v309 : i64
                %v1621 = arith.muli %v1584, %v308 : i64
                %v1622 = arith.addi %v1620, %v1621 : i64
                %v1623 = arith.muli %v45, %v307 : i64
                %v1624 = arith.addi %v1622, %v1623 : i64
                %v1625 = arith.muli %v43, %v2 : i64
                %v1626 = arith.addi %v1624, %v1625 : i64
                %v1627 = llvm.getelementptr %in_x[%v1626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1628 = llvm.load %v1627 : !llvm.ptr -> f32
                %v1629 = arith.muli %v47, %v338 : i64
                %v1630 = arith.muli %v1584, %v337 : i64
                %v1631 = arith.addi %v1629, %v1630 : i64
                %v1632 = arith.muli %v33, %v2 : i64
                %v1633 = arith.addi %v1631, %v1632 : i64
                %v1634 = llvm.getelementptr %in_Bm[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
                %v1636 = llvm.load %v53 : !llvm.ptr -> f32
                %v1637 = arith.mulf %v1635, %v1636 fastmath<contract> : f32
                %v1638 = arith.muli %v47, %v338 : i64
                %v1639 = arith.muli %v1584, %v337 : i64
                %v1640 = arith.addi %v1638, %v1639 : i64
                %v1641 = arith.constant 8 : i64
                %v1642 = arith.addi %v1641, %v33 : i64
                %v1643 = arith.muli %v1642, %v2 : i64
                %v1644 = arith.addi %v1640, %v1643 : i64
                %v1645 = llvm.getelementptr %in_Bm[%v1644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1646 = llvm.load %v1645 : !llvm.ptr -> f32
                %v1647 = llvm.load %v54 : !llvm.ptr -> f32
                %v1648 = arith.mulf %v1646, %v1647 fastmath<contract> : f32
                %v1649 = arith.addf %v1637, %v1648 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1650, %v1651 = gpu.shuffle xor %v1649, %v801, %v329 : f32
                %v1652 = arith.addf %v1649, %v1650 fastmath<contract> : f32
                %v1653, %v1654 = gpu.shuffle xor %v1652, %v805, %v329 : f32
                %v1655 = arith.addf %v1652, %v1653 fastmath<contract> : f32
                %v1656, %v1657 = gpu.shuffle xor %v1655, %v809, %v329 : f32
                %v1658 = arith.addf %v1655, %v1656 fastmath<contract> : f32
                // end sum over the lanes
                %v1659 = arith.mulf %v1628, %v1658 fastmath<contract> : f32
                %v1660 = arith.mulf %v510, %v1636 fastmath<contract> : f32
                %v1661 = arith.mulf %v522, %v1647 fastmath<contract> : f32
                %v1662 = arith.addf %v1660, %v1661 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1663, %v1664 = gpu.shuffle xor %v1662, %v801, %v329 : f32
                %v1665 = arith.addf %v1662, %v1663 fastmath<contract> : f32
                %v1666, %v1667 = gpu.shuffle xor %v1665, %v805, %v329 : f32
                %v1668 = arith.addf %v1665, %v1666 fastmath<contract> : f32
                %v1669, %v1670 = gpu.shuffle xor %v1668, %v809, %v329 : f32
                %v1671 = arith.addf %v1668, %v1669 fastmath<contract> : f32
                // end sum over the lanes
                %v1672 = arith.mulf %v1575, %v1671 fastmath<contract> : f32
                %v1673 = arith.mulf %v1577, %v1672 fastmath<contract> : f32
                %v1674 = arith.negf %v1673 : f32
                %v1675 = arith.addf %v1659, %v1674 fastmath<contract> : f32
                %v1676 = arith.mulf %v1675, %v1581 fastmath<contract> : f32
                %v1677 = arith.mulf %v1577, %v1671 fastmath<contract> : f32
                %v1678 = arith.mulf %v1573, %v1677 fastmath<contract> : f32
                %v1679 = arith.mulf %v1575, %v1678 fastmath<contract> : f32
                %v1680 = llvm.load %v57 : !llvm.ptr -> f32
                %v1681 = arith.addf %v1680, %v1679 fastmath<contract> : f32
                llvm.store %v1681, %v57 : f32, !llvm.ptr
                %v1682 = arith.mulf %v1579, %v1636 fastmath<contract> : f32
                scf.if %v37 {
                  %v1683 = arith.addi %v66, %v33 : i64
                  %v1684 = arith.addi %v52, %v39 : i64
                  %v1685 = arith.muli %v1684, %v1 : i64
                  %v1686 = arith.addi %v1685, %v1683 : i64
                  %v1687 = arith.muli %v1686, %size_L : i64
                  %v1688 = arith.addi %v1687, %v1584 : i64
                  %v1689 = llvm.getelementptr %part_Bm[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1682, %v1689 : f32, !llvm.ptr
                }
                %v1690 = arith.mulf %v1579, %v1647 fastmath<contract> : f32
                scf.if %v37 {
                  %v1691 = arith.addi %v32, %v33 : i64
                  %v1692 = arith.addi %v52, %v39 : i64
                  %v1693 = arith.muli %v1692, %v1 : i64
                  %v1694 = arith.addi %v1693, %v1691 : i64
                  %v1695 = arith.muli %v1694, %size_L : i64
                  %v1696 = arith.addi %v1695, %v1584 : i64
                  %v1697 = llvm.getelementptr %part_Bm[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1690, %v1697 : f32, !llvm.ptr
                }
                %v1698 = arith.mulf %v540, %v1600 fastmath<contract> : f32
                scf.if %v37 {
                  %v1699 = arith.addi %v66, %v33 : i64
                  %v1700 = arith.addi %v52, %v39 : i64
                  %v1701 = arith.muli %v1700, %v1 : i64
                  %v1702 = arith.addi %v1701, %v1699 : i64
                  %v1703 = arith.muli %v1702, %size_L : i64
                  %v1704 = arith.addi %v1703, %v1584 : i64
                  %v1705 = llvm.getelementptr %part_Cm[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1698, %v1705 : f32, !llvm.ptr
                }
                %v1706 = arith.mulf %v552, %v1600 fastmath<contract> : f32
                scf.if %v37 {
                  %v1707 = arith.addi %v32, %v33 : i64
                  %v1708 = arith.addi %v52, %v39 : i64
                  %v1709 = arith.muli %v1708, %v1 : i64
                  %v1710 = arith.addi %v1709, %v1707 : i64
                  %v1711 = arith.muli %v1710, %size_L : i64
                  %v1712 = arith.addi %v1711, %v1584 : i64
                  %v1713 = llvm.getelementptr %part_Cm[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1706, %v1713 : f32, !llvm.ptr
                }
                %v1714 = llvm.load %v59 : !llvm.ptr -> f32
                %v1715 = arith.addf %v1714, %v1676 fastmath<contract> : f32
                llvm.store %v1715, %v59 : f32, !llvm.ptr
                %v1716 = arith.select %v37, %v1676, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1717, %v1718 = gpu.shuffle xor %v1716, %v871, %v329 : f32
                %v1719 = arith.addf %v1716, %v1717 fastmath<contract> : f32
                %v1720, %v1721 = gpu.shuffle xor %v1719, %v875, %v329 : f32
                %v1722 = arith.addf %v1719, %v1720 fastmath<contract> : f32
                %v1723 = arith.divui %v18, %v20 : i64
                %v1724 = arith.remui %v18, %v20 : i64
                %v1725 = arith.cmpi ult, %v1724, %v2 : i64
                %v1726 = arith.muli %v1723, %v2 : i64
                %v1727 = arith.addi %v1726, %v66 : i64
                %v1728 = arith.muli %v1727, %v884 : i64
                %v1729 = arith.addi %v1728, %v1583 : i64
                scf.if %v1725 {
                  %v1730 = llvm.getelementptr %v61[%v1729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1722, %v1730 : f32, !llvm.ptr
                }
                %v1731 = arith.addf %v1637, %v1648 fastmath<contract> : f32
                llvm.store %v1731, %v700 : f32, !llvm.ptr
                llvm.store %v1577, %v55 : f32, !llvm.ptr
                llvm.store %v1577, %v56 : f32, !llvm.ptr
              }
              %v1732 = llvm.load %v700 : !llvm.ptr -> f32
              %v1733 = arith.select %v703, %v1732, %v1567 : f32
              %v1734 = arith.select %v703, %v1567, %v1732 : f32
              %v1735, %v1736 = gpu.shuffle xor %v1733, %v801, %v329 : f32
              %v1737 = arith.addf %v1734, %v1735 fastmath<contract> : f32
              %v1738 = arith.addi %v381, %v2 : i64
              %v1739 = arith.cmpi slt, %v801, %v711 : i32
              %v1740 = arith.cmpi eq, %v801, %v717 : i32
              %v1741, %v1742 = gpu.shuffle idx %v440, %v125, %v329 : f32
              %v1743, %v1744 = gpu.shuffle idx %v441, %v125, %v329 : f32
              %v1745, %v1746 = gpu.shuffle idx %v446, %v125, %v329 : f32
              %v1747, %v1748 = gpu.shuffle idx %v449, %v125, %v329 : f32
              %v1749, %v1750 = gpu.shuffle idx %v459, %v125, %v329 : f32
              %v1751, %v1752 = gpu.shuffle idx %v464, %v125, %v329 : f32
              %v1753 = arith.addi %v383, %v641 : i64
              llvm.store %v64, %v700 : f32, !llvm.ptr
              scf.if %v1739 {
                %v1754 = arith.addi %v163, %v1738 : i64
                %v1755 = arith.muli %v47, %v338 : i64
                %v1756 = arith.muli %v1754, %v337 : i64
                %v1757 = arith.addi %v1755, %v1756 : i64
                %v1758 = arith.muli %v33, %v2 : i64
                %v1759 = arith.addi %v1757, %v1758 : i64
                %v1760 = llvm.getelementptr %in_Cm[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
                %v1762 = arith.muli %v47, %v309 : i64
                %v1763 = arith.muli %v1754, %v308 : i64
                %v1764 = arith.addi %v1762, %v1763 : i64
                %v1765 = arith.muli %v45, %v307 : i64
                %v1766 = arith.addi %v1764, %v1765 : i64
                %v1767 = arith.muli %v43, %v2 : i64
                %v1768 = arith.addi %v1766, %v1767 : i64
                %v1769 = llvm.getelementptr %dy_y[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
                %v1771 = arith.mulf %v1761, %v1770 fastmath<contract> : f32
                %v1772 = llvm.load %v53 : !llvm.ptr -> f32
                %v1773 = llvm.load %v55 : !llvm.ptr -> f32
                %v1774 = arith.mulf %v1773, %v1772 fastmath<contract> : f32
                %v1775 = arith.addf %v1771, %v1774 fastmath<contract> : f32
                llvm.store %v1775, %v53 : f32, !llvm.ptr
                %v1776 = arith.muli %v47, %v338 : i64
                %v1777 = arith.muli %v1754, %v337 : i64
                %v1778 = arith.addi %v1776, %v1777 : i64
                %v1779 = arith.constant 8 : i64
                %v1780 = arith.addi %v1779, %v33 : i64
                %v1781 = arith.muli %v1780, %v2 : i64
                %v1782 = arith.addi %v1778, %v1781 : i64
                %v1783 = llvm.getelementptr %in_Cm[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
                %v1785 = arith.mulf %v1784, %v1770 fastmath<contract> : f32
                %v1786 = llvm.load %v54 : !llvm.ptr -> f32
                %v1787 = llvm.load %v56 : !llvm.ptr -> f32
                %v1788 = arith.mulf %v1787, %v1786 fastmath<contract> : f32
                %v1789 = arith.addf %v1785, %v1788 fastmath<contract> : f32
                llvm.store %v1789, %v54 : f32, !llvm.ptr
                scf.if %v1740 {
                }
                %v1790 = arith.muli %v47, %v309 : i64
                %v1791 = arith.muli %v1754, %v308 : i64
                %v1792 = arith.addi %v1790, %v1791 : i64
                %v1793 = arith.muli %v45, %v307 : i64
                %v1794 = arith.addi %v1792, %v1793 : i64
                %v1795 = arith.muli %v43, %v2 : i64
                %v1796 = arith.addi %v1794, %v1795 : i64
                %v1797 = llvm.getelementptr %in_x[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
                %v1799 = arith.muli %v47, %v338 : i64
                %v1800 = arith.muli %v1754, %v337 : i64
                %v1801 = arith.addi %v1799, %v1800 : i64
                %v1802 = arith.muli %v33, %v2 : i64
                %v1803 = arith.addi %v1801, %v1802 : i64
                %v1804 = llvm.getelementptr %in_Bm[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1805 = llvm.load %v1804 : !llvm.ptr -> f32
                %v1806 = llvm.load %v53 : !llvm.ptr -> f32
                %v1807 = arith.mulf %v1805, %v1806 fastmath<contract> : f32
                %v1808 = arith.muli %v47, %v338 : i64
                %v1809 = arith.muli %v1754, %v337 : i64
                %v1810 = arith.addi %v1808, %v1809 : i64
                %v1811 = arith.constant 8 : i64
                %v1812 = arith.addi %v1811, %v33 : i64
                %v1813 = arith.muli %v1812, %v2 : i64
                %v1814 = arith.addi %v1810, %v1813 : i64
                %v1815 = llvm.getelementptr %in_Bm[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1816 = llvm.load %v1815 : !llvm.ptr -> f32
                %v1817 = llvm.load %v54 : !llvm.ptr -> f32
                %v1818 = arith.mulf %v1816, %v1817 fastmath<contract> : f32
                %v1819 = arith.addf %v1807, %v1818 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1820, %v1821 = gpu.shuffle xor %v1819, %v801, %v329 : f32
                %v1822 = arith.addf %v1819, %v1820 fastmath<contract> : f32
                %v1823, %v1824 = gpu.shuffle xor %v1822, %v805, %v329 : f32
                %v1825 = arith.addf %v1822, %v1823 fastmath<contract> : f32
                %v1826, %v1827 = gpu.shuffle xor %v1825, %v809, %v329 : f32
                %v1828 = arith.addf %v1825, %v1826 fastmath<contract> : f32
                // end sum over the lanes
                %v1829 = arith.mulf %v1798, %v1828 fastmath<contract> : f32
                %v1830 = arith.mulf %v481, %v1806 fastmath<contract> : f32
                %v1831 = arith.mulf %v493, %v1817 fastmath<contract> : f32
                %v1832 = arith.addf %v1830, %v1831 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1833, %v1834 = gpu.shuffle xor %v1832, %v801, %v329 : f32
                %v1835 = arith.addf %v1832, %v1833 fastmath<contract> : f32
                %v1836, %v1837 = gpu.shuffle xor %v1835, %v805, %v329 : f32
                %v1838 = arith.addf %v1835, %v1836 fastmath<contract> : f32
                %v1839, %v1840 = gpu.shuffle xor %v1838, %v809, %v329 : f32
                %v1841 = arith.addf %v1838, %v1839 fastmath<contract> : f32
                // end sum over the lanes
                %v1842 = arith.mulf %v1745, %v1841 fastmath<contract> : f32
                %v1843 = arith.mulf %v1747, %v1842 fastmath<contract> : f32
                %v1844 = arith.negf %v1843 : f32
                %v1845 = arith.addf %v1829, %v1844 fastmath<contract> : f32
                %v1846 = arith.mulf %v1845, %v1751 fastmath<contract> : f32
                %v1847 = arith.mulf %v1747, %v1841 fastmath<contract> : f32
                %v1848 = arith.mulf %v1743, %v1847 fastmath<contract> : f32
                %v1849 = arith.mulf %v1745, %v1848 fastmath<contract> : f32
                %v1850 = llvm.load %v57 : !llvm.ptr -> f32
                %v1851 = arith.addf %v1850, %v1849 fastmath<contract> : f32
                llvm.store %v1851, %v57 : f32, !llvm.ptr
                %v1852 = arith.mulf %v1749, %v1806 fastmath<contract> : f32
                scf.if %v37 {
                  %v1853 = arith.addi %v66, %v33 : i64
                  %v1854 = arith.addi %v52, %v39 : i64
                  %v1855 = arith.muli %v1854, %v1 : i64
                  %v1856 = arith.addi %v1855, %v1853 : i64
                  %v1857 = arith.muli %v1856, %size_L : i64
                  %v1858 = arith.addi %v1857, %v1754 : i64
                  %v1859 = llvm.getelementptr %part_Bm[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1852, %v1859 : f32, !llvm.ptr
                }
                %v1860 = arith.mulf %v1749, %v1817 fastmath<contract> : f32
                scf.if %v37 {
                  %v1861 = arith.addi %v32, %v33 : i64
                  %v1862 = arith.addi %v52, %v39 : i64
                  %v1863 = arith.muli %v1862, %v1 : i64
                  %v1864 = arith.addi %v1863, %v1861 : i64
                  %v1865 = arith.muli %v1864, %size_L : i64
                  %v1866 = arith.addi %v1865, %v1754 : i64
                  %v1867 = llvm.getelementptr %part_Bm[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1860, %v1867 : f32, !llvm.ptr
                }
                %v1868 = arith.mulf %v510, %v1770 fastmath<contract> : f32
                scf.if %v37 {
                  %v1869 = arith.addi %v66, %v33 : i64
                  %v1870 = arith.addi %v52, %v39 : i64
                  %v1871 = arith.muli %v1870, %v1 : i64
                  %v1872 = arith.addi %v1871, %v1869 : i64
                  %v1873 = arith.muli %v1872, %size_L : i64
                  %v1874 = arith.addi %v1873, %v1754 : i64
                  %v1875 = llvm.getelementptr %part_Cm[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1868, %v1875 : f32, !llvm.ptr
                }
                %v1876 = arith.mulf %v522, %v1770 fastmath<contract> : f32
                scf.if %v37 {
                  %v1877 = arith.addi %v32, %v33 : i64
                  %v1878 = arith.addi %v52, %v39 : i64
                  %v1879 = arith.muli %v1878, %v1 : i64
                  %v1880 = arith.addi %v1879, %v1877 : i64
                  %v1881 = arith.muli %v1880, %size_L : i64
                  %v1882 = arith.addi %v1881, %v1754 : i64
                  %v1883 = llvm.getelementptr %part_Cm[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1876, %v1883 : f32, !llvm.ptr
                }
                %v1884 = llvm.load %v59 : !llvm.ptr -> f32
                %v1885 = arith.addf %v1884, %v1846 fastmath<contract> : f32
                llvm.store %v1885, %v59 : f32, !llvm.ptr
                %v1886 = arith.select %v37, %v1846, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1887, %v1888 = gpu.shuffle xor %v1886, %v871, %v329 : f32
                %v1889 = arith.addf %v1886, %v1887 fastmath<contract> : f32
                %v1890, %v1891 = gpu.shuffle xor %v1889, %v875, %v329 : f32
                %v1892 = arith.addf %v1889, %v1890 fastmath<contract> : f32
                %v1893 = arith.divui %v18, %v20 : i64
                %v1894 = arith.remui %v18, %v20 : i64
                %v1895 = arith.cmpi ult, %v1894, %v2 : i64
                %v1896 = arith.muli %v1893, %v2 : i64
                %v1897 = arith.addi %v1896, %v66 : i64
                %v1898 = arith.muli %v1897, %v884 : i64
                %v1899 = arith.addi %v1898, %v1753 : i64
                scf.if %v1895 {
                  %v1900 = llvm.getelementptr %v61[%v1899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1892, %v1900 : f32, !llvm.ptr
                }
                %v1901 = arith.addf %v1807, %v1818 fastmath<contract> : f32
                llvm.store %v1901, %v700 : f32, !llvm.ptr
                llvm.store %v1747, %v55 : f32, !llvm.ptr
                llvm.store %v1747, %v56 : f32, !llvm.ptr
              }
              %v1902 = llvm.load %v700 : !llvm.ptr -> f32
              %v1903 = arith.addi %v381, %v66 : i64
              %v1905 = arith.cmpi slt, %v1904, %v711 : i32
              %v1906 = arith.cmpi eq, %v1904, %v717 : i32
              %v1907, %v1908 = gpu.shuffle idx %v440, %v121, %v329 : f32
              %v1909, %v1910 = gpu.shuffle idx %v441, %v121, %v329 : f32
              %v1911, %v1912 = gpu.shuffle idx %v446, %v121, %v329 : f32
              %v1913, %v1914 = gpu.shuffle idx %v449, %v121, %v329 : f32
              %v1915, %v1916 = gpu.shuffle idx %v459, %v121, %v329 : f32
              %v1917, %v1918 = gpu.shuffle idx %v464, %v121, %v329 : f32
              %v1919 = arith.addi %v383, %v113 : i64
              llvm.store %v64, %v700 : f32, !llvm.ptr
              scf.if %v1905 {
                %v1920 = arith.addi %v163, %v1903 : i64
                %v1921 = arith.muli %v47, %v338 : i64
                %v1922 = arith.muli %v1920, %v337 : i64
                %v1923 = arith.addi %v1921, %v1922 : i64
                %v1924 = arith.muli %v33, %v2 : i64
                %v1925 = arith.addi %v1923, %v1924 : i64
                %v1926 = llvm.getelementptr %in_Cm[%v1925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1927 = llvm.load %v1926 : !llvm.ptr -> f32
                %v1928 = arith.muli %v47, %v309 : i64
                %v1929 = arith.muli %v1920, %v308 : i64
                %v1930 = arith.addi %v1928, %v1929 : i64
                %v1931 = arith.muli %v45, %v307 : i64
                %v1932 = arith.addi %v1930, %v1931 : i64
                %v1933 = arith.muli %v43, %v2 : i64
                %v1934 = arith.addi %v1932, %v1933 : i64
                %v1935 = llvm.getelementptr %dy_y[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1936 = llvm.load %v1935 : !llvm.ptr -> f32
                %v1937 = arith.mulf %v1927, %v1936 fastmath<contract> : f32
                %v1938 = llvm.load %v53 : !llvm.ptr -> f32
                %v1939 = llvm.load %v55 : !llvm.ptr -> f32
                %v1940 = arith.mulf %v1939, %v1938 fastmath<contract> : f32
                %v1941 = arith.addf %v1937, %v1940 fastmath<contract> : f32
                llvm.store %v1941, %v53 : f32, !llvm.ptr
                %v1942 = arith.muli %v47, %v338 : i64
                %v1943 = arith.muli %v1920, %v337 : i64
                %v1944 = arith.addi %v1942, %v1943 : i64
                %v1945 = arith.constant 8 : i64
                %v1946 = arith.addi %v1945, %v33 : i64
                %v1947 = arith.muli %v1946, %v2 : i64
                %v1948 = arith.addi %v1944, %v1947 : i64
                %v1949 = llvm.getelementptr %in_Cm[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1950 = llvm.load %v1949 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1950, %v1936 fastmath<contract> : f32
                %v1952 = llvm.load %v54 : !llvm.ptr -> f32
                %v1953 = llvm.load %v56 : !llvm.ptr -> f32
                %v1954 = arith.mulf %v1953, %v1952 fastmath<contract> : f32
                %v1955 = arith.addf %v1951, %v1954 fastmath<contract> : f32
                llvm.store %v1955, %v54 : f32, !llvm.ptr
                scf.if %v1906 {
                }
                %v1956 = arith.muli %v47, %v309 : i64
                %v1957 = arith.muli %v1920, %v308 : i64
                %v1958 = arith.addi %v1956, %v1957 : i64
                %v1959 = arith.muli %v45, %v307 : i64
                %v1960 = arith.addi %v1958, %v1959 : i64
                %v1961 = arith.muli %v43, %v2 : i64
                %v1962 = arith.addi %v1960, %v1961 : i64
                %v1963 = llvm.getelementptr %in_x[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
                %v1965 = arith.muli %v47, %v338 : i64
                %v1966 = arith.muli %v1920, %v337 : i64
                %v1967 = arith.addi %v1965, %v1966 : i64
                %v1968 = arith.muli %v33, %v2 : i64
                %v1969 = arith.addi %v1967, %v1968 : i64
                %v1970 = llvm.getelementptr %in_Bm[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1971 = llvm.load %v1970 : !llvm.ptr -> f32
                %v1972 = llvm.load %v53 : !llvm.ptr -> f32
                %v1973 = arith.mulf %v1971, %v1972 fastmath<contract> : f32
                %v1974 = arith.muli %v47, %v338 : i64
                %v1975 = arith.muli %v1920, %v337 : i64
                %v1976 = arith.addi %v1974, %v1975 : i64
                %v1977 = arith.constant 8 : i64
                %v1978 = arith.addi %v1977, %v33 : i64
                %v1979 = arith.muli %v1978, %v2 : i64
                %v1980 = arith.addi %v1976, %v1979 : i64
                %v1981 = llvm.getelementptr %in_Bm[%v1980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1982 = llvm.load %v1981 : !llvm.ptr -> f32
                %v1983 = llvm.load %v54 : !llvm.ptr -> f32
                %v1984 = arith.mulf %v1982, %v1983 fastmath<contract> : f32
                %v1985 = arith.addf %v1973, %v1984 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1986, %v1987 = gpu.shuffle xor %v1985, %v801, %v329 : f32
                %v1988 = arith.addf %v1985, %v1986 fastmath<contract> : f32
                %v1989, %v1990 = gpu.shuffle xor %v1988, %v805, %v329 : f32
                %v1991 = arith.addf %v1988, %v1989 fastmath<contract> : f32
                %v1992, %v1993 = gpu.shuffle xor %v1991, %v809, %v329 : f32
                %v1994 = arith.addf %v1991, %v1992 fastmath<contract> : f32
                // end sum over the lanes
                %v1995 = arith.mulf %v1964, %v1994 fastmath<contract> : f32
                %v1996 = arith.mulf %v394, %v1972 fastmath<contract> : f32
                %v1997 = arith.mulf %v403, %v1983 fastmath<contract> : f32
                %v1998 = arith.addf %v1996, %v1997 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1999, %v2000 = gpu.shuffle xor %v1998, %v801, %v329 : f32
                %v2001 = arith.addf %v1998, %v1999 fastmath<contract> : f32
                %v2002, %v2003 = gpu.shuffle xor %v2001, %v805, %v329 : f32
                %v2004 = arith.addf %v2001, %v2002 fastmath<contract> : f32
                %v2005, %v2006 = gpu.shuffle xor %v2004, %v809, %v329 : f32
                %v2007 = arith.addf %v2004, %v2005 fastmath<contract> : f32
                // end sum over the lanes
                %v2008 = arith.mulf %v1911, %v2007 fastmath<contract> : f32
                %v2009 = arith.mulf %v1913, %v2008 fastmath<contract> : f32
                %v2010 = arith.negf %v2009 : f32
                %v2011 = arith.addf %v1995, %v2010 fastmath<contract> : f32
                %v2012 = arith.mulf %v2011, %v1917 fastmath<contract> : f32
                %v2013 = arith.mulf %v1913, %v2007 fastmath<contract> : f32
                %v2014 = arith.mulf %v1909, %v2013 fastmath<contract> : f32
                %v2015 = arith.mulf %v1911, %v2014 fastmath<contract> : f32
                %v2016 = llvm.load %v57 : !llvm.ptr -> f32
                %v2017 = arith.addf %v2016, %v2015 fastmath<contract> : f32
                llvm.store %v2017, %v57 : f32, !llvm.ptr
                %v2018 = arith.mulf %v1915, %v1972 fastmath<contract> : f32
                scf.if %v37 {
                  %v2019 = arith.addi %v66, %v33 : i64
                  %v2020 = arith.addi %v52, %v39 : i64
                  %v2021 = arith.muli %v2020, %v1 : i64
                  %v2022 = arith.addi %v2021, %v2019 : i64
                  %v2023 = arith.muli %v2022, %size_L : i64
                  %v2024 = arith.addi %v2023, %v1920 : i64
                  %v2025 = llvm.getelementptr %part_Bm[%v2024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2018, %v2025 : f32, !llvm.ptr
                }
                %v2026 = arith.mulf %v1915, %v1983 fastmath<contract> : f32
                scf.if %v37 {
                  %v2027 = arith.addi %v32, %v33 : i64
                  %v2028 = arith.addi %v52, %v39 : i64
                  %v2029 = arith.muli %v2028, %v1 : i64
                  %v2030 = arith.addi %v2029, %v2027 : i64
                  %v2031 = arith.muli %v2030, %size_L : i64
                  %v2032 = arith.addi %v2031, %v1920 : i64
                  %v2033 = llvm.getelementptr %part_Bm[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2026, %v2033 : f32, !llvm.ptr
                }
                %v2034 = arith.mulf %v481, %v1936 fastmath<contract> : f32
                scf.if %v37 {
                  %v2035 = arith.addi %v66, %v33 : i64
                  %v2036 = arith.addi %v52, %v39 : i64
                  %v2037 = arith.muli %v2036, %v1 : i64
                  %v2038 = arith.addi %v2037, %v2035 : i64
                  %v2039 = arith.muli %v2038, %size_L : i64
                  %v2040 = arith.addi %v2039, %v1920 : i64
                  %v2041 = llvm.getelementptr %part_Cm[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2034, %v2041 : f32, !llvm.ptr
                }
                %v2042 = arith.mulf %v493, %v1936 fastmath<contract> : f32
                scf.if %v37 {
                  %v2043 = arith.addi %v32, %v33 : i64
                  %v2044 = arith.addi %v52, %v39 : i64
                  %v2045 = arith.muli %v2044, %v1 : i64
                  %v2046 = arith.addi %v2045, %v2043 : i64
                  %v2047 = arith.muli %v2046, %size_L : i64
                  %v2048 = arith.addi %v2047, %v1920 : i64
                  %v2049 = llvm.getelementptr %part_Cm[%v2048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2042, %v2049 : f32, !llvm.ptr
                }
                %v2050 = llvm.load %v59 : !llvm.ptr -> f32
                %v2051 = arith.addf %v2050, %v2012 fastmath<contract> : f32
                llvm.store %v2051, %v59 : f32, !llvm.ptr
                %v2052 = arith.select %v37, %v2012, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2053, %v2054 = gpu.shuffle xor %v2052, %v871, %v329 : f32
                %v2055 = arith.addf %v2052, %v2053 fastmath<contract> : f32
                %v2056, %v2057 = gpu.shuffle xor %v2055, %v875, %v329 : f32
                %v2058 = arith.addf %v2055, %v2056 fastmath<contract> : f32
                %v2059 = arith.divui %v18, %v20 : i64
                %v2060 = arith.remui %v18, %v20 : i64
                %v2061 = arith.cmpi ult, %v2060, %v2 : i64
                %v2062 = arith.muli %v2059, %v2 : i64
                %v2063 = arith.addi %v2062, %v66 : i64
                %v2064 = arith.muli %v2063, %v884 : i64
                %v2065 = arith.addi %v2064, %v1919 : i64
                scf.if %v2061 {
                  %v2066 = llvm.getelementptr %v61[%v2065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2058, %v2066 : f32, !llvm.ptr
                }
                %v2067 = arith.addf %v1973, %v1984 fastmath<contract> : f32
                llvm.store %v2067, %v700 : f32, !llvm.ptr
                llvm.store %v1913, %v55 : f32, !llvm.ptr
                llvm.store %v1913, %v56 : f32, !llvm.ptr
              }
              %v2068 = llvm.load %v700 : !llvm.ptr -> f32
              %v2069 = arith.select %v703, %v2068, %v1902 : f32
              %v2070 = arith.select %v703, %v1902, %v2068 : f32
              %v2071, %v2072 = gpu.shuffle xor %v2069, %v801, %v329 : f32
              %v2073 = arith.addf %v2070, %v2071 fastmath<contract> : f32
              %v2074 = arith.select %v706, %v2073, %v1737 : f32
              %v2075 = arith.select %v706, %v1737, %v2073 : f32
              %v2076, %v2077 = gpu.shuffle xor %v2074, %v805, %v329 : f32
              %v2078 = arith.addf %v2075, %v2076 fastmath<contract> : f32
              %v2079 = arith.select %v709, %v2078, %v1401 : f32
              %v2080 = arith.select %v709, %v1401, %v2078 : f32
              %v2081, %v2082 = gpu.shuffle xor %v2079, %v809, %v329 : f32
              %v2083 = arith.addf %v2080, %v2081 fastmath<contract> : f32
              %v2084 = arith.addi %v381, %v33 : i64
              %v2085 = arith.cmpi slt, %v2084, %v165 : i64
              %v2086 = arith.andi %v37, %v2085 : i1
              scf.if %v2086 {
                %v2087 = arith.addi %v163, %v2084 : i64
                // the gradients of this lane's own step
                %v2088 = arith.muli %v45, %v2 : i64
                %v2089 = llvm.getelementptr %in_Dskip[%v2088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2090 = llvm.load %v2089 : !llvm.ptr -> f32
                %v2091 = arith.muli %v47, %v309 : i64
                %v2092 = arith.muli %v2087, %v308 : i64
                %v2093 = arith.addi %v2091, %v2092 : i64
                %v2094 = arith.muli %v45, %v307 : i64
                %v2095 = arith.addi %v2093, %v2094 : i64
                %v2096 = arith.muli %v43, %v2 : i64
                %v2097 = arith.addi %v2095, %v2096 : i64
                %v2098 = llvm.getelementptr %dy_y[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
                %v2100 = arith.mulf %v2090, %v2099 fastmath<contract> : f32
                %v2101 = arith.mulf %v440, %v2083 fastmath<contract> : f32
                %v2102 = arith.addf %v2100, %v2101 fastmath<contract> : f32
                %v2103 = arith.muli %v47, %v309 : i64
                %v2104 = arith.muli %v2087, %v308 : i64
                %v2105 = arith.addi %v2103, %v2104 : i64
                %v2106 = arith.muli %v45, %v307 : i64
                %v2107 = arith.addi %v2105, %v2106 : i64
                %v2108 = arith.muli %v43, %v2 : i64
                %v2109 = arith.addi %v2107, %v2108 : i64
                %v2110 = llvm.getelementptr %dx_x[%v2109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2102, %v2110 : f32, !llvm.ptr
                %v2111 = arith.muli %v47, %v309 : i64
                %v2112 = arith.muli %v2087, %v308 : i64
                %v2113 = arith.addi %v2111, %v2112 : i64
                %v2114 = arith.muli %v45, %v307 : i64
                %v2115 = arith.addi %v2113, %v2114 : i64
                %v2116 = arith.muli %v43, %v2 : i64
                %v2117 = arith.addi %v2115, %v2116 : i64
                %v2118 = llvm.getelementptr %in_x[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
                %v2120 = arith.mulf %v2119, %v2099 fastmath<contract> : f32
                %v2121 = llvm.load %v58 : !llvm.ptr -> f32
                %v2122 = arith.addf %v2121, %v2120 fastmath<contract> : f32
                llvm.store %v2122, %v58 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2126 = arith.index_cast %v18 : i64 to index
          %v2127 = arith.index_cast %v20 : i64 to index
          %v2128 = arith.index_cast %v8 : i64 to index
          scf.for %v2129 = %v2126 to %v2127 step %v2128 {
            %v2130 = arith.index_cast %v2129 : index to i64
            %v2131 = arith.remui %v2130, %v20 : i64
            %v2132 = arith.divui %v2130, %v20 : i64
            %v2133 = arith.muli %v370, %v49 : i64
            %v2134 = arith.divui %v2131, %v32 : i64
            %v2135 = arith.addi %v2133, %v2134 : i64
            %v2136 = arith.cmpi slt, %v2135, %v167 : i64
            %v2137 = arith.subi %v167, %v2 : i64
            %v2138 = arith.subi %v2137, %v2135 : i64
            %v2139 = arith.remui %v2131, %v32 : i64
            %v2140 = arith.subi %v113, %v2139 : i64
            %v2141 = arith.muli %v2138, %v32 : i64
            %v2142 = arith.addi %v2141, %v2140 : i64
            %v2143 = arith.cmpi slt, %v2142, %v165 : i64
            %v2144 = arith.andi %v2136, %v2143 : i1
            scf.if %v2144 {
              %v2145 = arith.addi %v163, %v2142 : i64
              %v2146 = arith.muli %v66, %v2 : i64
              %v2147 = arith.addi %v2146, %v2132 : i64
              %v2148 = arith.muli %v2147, %v884 : i64
              %v2149 = arith.addi %v2148, %v2131 : i64
              %v2150 = llvm.getelementptr %v61[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
              %v2152 = arith.muli %v2, %v2 : i64
              %v2153 = arith.addi %v2152, %v2132 : i64
              %v2154 = arith.muli %v2153, %v884 : i64
              %v2155 = arith.addi %v2154, %v2131 : i64
              %v2156 = llvm.getelementptr %v61[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2157 = llvm.load %v2156 : !llvm.ptr -> f32
              %v2158 = arith.addf %v2151, %v2157 fastmath<contract> : f32
              %v2159 = arith.muli %v523, %v2 : i64
              %v2160 = arith.addi %v2159, %v2132 : i64
              %v2161 = arith.muli %v2160, %v884 : i64
              %v2162 = arith.addi %v2161, %v2131 : i64
              %v2163 = llvm.getelementptr %v61[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2164 = llvm.load %v2163 : !llvm.ptr -> f32
              %v2165 = arith.addf %v2158, %v2164 fastmath<contract> : f32
              %v2166 = arith.muli %v363, %v2 : i64
              %v2167 = arith.addi %v2166, %v2132 : i64
              %v2168 = arith.muli %v2167, %v884 : i64
              %v2169 = arith.addi %v2168, %v2131 : i64
              %v2170 = llvm.getelementptr %v61[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2171 = llvm.load %v2170 : !llvm.ptr -> f32
              %v2172 = arith.addf %v2165, %v2171 fastmath<contract> : f32
              %v2173 = arith.muli %v49, %v2 : i64
              %v2174 = arith.addi %v2173, %v2132 : i64
              %v2175 = arith.muli %v2174, %v884 : i64
              %v2176 = arith.addi %v2175, %v2131 : i64
              %v2177 = llvm.getelementptr %v61[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2178 = llvm.load %v2177 : !llvm.ptr -> f32
              %v2179 = arith.addf %v2172, %v2178 fastmath<contract> : f32
              %v2180 = arith.muli %v611, %v2 : i64
              %v2181 = arith.addi %v2180, %v2132 : i64
              %v2182 = arith.muli %v2181, %v884 : i64
              %v2183 = arith.addi %v2182, %v2131 : i64
              %v2184 = llvm.getelementptr %v61[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
              %v2186 = arith.addf %v2179, %v2185 fastmath<contract> : f32
              %v2187 = arith.muli %v641, %v2 : i64
              %v2188 = arith.addi %v2187, %v2132 : i64
              %v2189 = arith.muli %v2188, %v884 : i64
              %v2190 = arith.addi %v2189, %v2131 : i64
              %v2191 = llvm.getelementptr %v61[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
              %v2193 = arith.addf %v2186, %v2192 fastmath<contract> : f32
              %v2194 = arith.muli %v113, %v2 : i64
              %v2195 = arith.addi %v2194, %v2132 : i64
              %v2196 = arith.muli %v2195, %v884 : i64
              %v2197 = arith.addi %v2196, %v2131 : i64
              %v2198 = llvm.getelementptr %v61[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
              %v2200 = arith.addf %v2193, %v2199 fastmath<contract> : f32
              %v2201 = arith.muli %v47, %v179 : i64
              %v2202 = arith.muli %v2145, %v178 : i64
              %v2203 = arith.addi %v2201, %v2202 : i64
              %v2204 = arith.muli %v45, %v2 : i64
              %v2205 = arith.addi %v2203, %v2204 : i64
              %v2206 = arith.muli %v31, %v2125 : i64
              %v2207 = arith.addi %v2206, %v2205 : i64
              %v2208 = llvm.getelementptr %part_dt[%v2207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2200, %v2208 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2209 = arith.cmpi eq, %v28, %v66 : i64
      scf.if %v2209 {
      }
      %v2210 = arith.cmpi eq, %v33, %v66 : i64
      %v2211 = arith.andi %v37, %v2210 : i1
      scf.if %v2211 {
        %v2212 = llvm.load %v57 : !llvm.ptr -> f32
        %v2213 = arith.addi %v52, %v39 : i64
        %v2214 = arith.muli %v2213, %v2 : i64
        %v2215 = arith.addi %v2214, %v66 : i64
        %v2216 = llvm.getelementptr %part_A_log[%v2215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2212, %v2216 : f32, !llvm.ptr
      }
      %v2217 = llvm.load %v58 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2218, %v2219 = gpu.shuffle xor %v2217, %v801, %v329 : f32
      %v2220 = arith.addf %v2217, %v2218 fastmath<contract> : f32
      %v2221, %v2222 = gpu.shuffle xor %v2220, %v805, %v329 : f32
      %v2223 = arith.addf %v2220, %v2221 fastmath<contract> : f32
      %v2224, %v2225 = gpu.shuffle xor %v2223, %v809, %v329 : f32
      %v2226 = arith.addf %v2223, %v2224 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2226, %v58 : f32, !llvm.ptr
      %v2227 = arith.cmpi eq, %v33, %v66 : i64
      %v2228 = arith.andi %v37, %v2227 : i1
      scf.if %v2228 {
        %v2229 = llvm.load %v58 : !llvm.ptr -> f32
        %v2230 = arith.addi %v52, %v39 : i64
        %v2231 = arith.muli %v2230, %v2 : i64
        %v2232 = arith.addi %v2231, %v66 : i64
        %v2233 = llvm.getelementptr %part_Dskip[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2229, %v2233 : f32, !llvm.ptr
      }
      %v2234 = arith.cmpi eq, %v33, %v66 : i64
      %v2235 = arith.andi %v37, %v2234 : i1
      scf.if %v2235 {
        %v2236 = llvm.load %v59 : !llvm.ptr -> f32
        %v2237 = arith.addi %v52, %v39 : i64
        %v2238 = arith.muli %v2237, %v2 : i64
        %v2239 = arith.addi %v2238, %v66 : i64
        %v2240 = llvm.getelementptr %part_dt_bias[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2236, %v2240 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
