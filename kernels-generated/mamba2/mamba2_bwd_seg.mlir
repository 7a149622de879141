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
      %v179 = arith.muli %v2, %size_H : i64
      %v180 = arith.muli %v179, %size_L : i64
      %v188 = arith.constant 65 : i64
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
      %v327 = arith.constant 32 : i32
      %v335 = arith.muli %v2, %v1 : i64
      %v336 = arith.muli %v335, %size_L : i64
      %v361 = arith.constant 3 : i64
      %v521 = arith.constant 2 : i64
      %v609 = arith.constant 5 : i64
      %v639 = arith.constant 6 : i64
      %v698 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v791 = arith.constant 1 : i32
      %v795 = arith.constant 2 : i32
      %v799 = arith.constant 4 : i32
      %v822 = arith.constant 8 : i32
      %v826 = arith.constant 16 : i32
      %v835 = arith.constant 33 : i64
      %v2116 = arith.muli %v2, %size_B : i64
      %v2117 = arith.muli %v2116, %size_L : i64
      %v2118 = arith.muli %v2117, %size_H : i64
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
        %v166 = arith.subi %v165, %v2 : i64
        %v167 = arith.addi %v165, %v113 : i64
        %v168 = arith.divui %v167, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v169 = arith.subi %size_L, %v2 : i64
        %v170 = arith.index_cast %v18 : i64 to index
        %v171 = arith.index_cast %v112 : i64 to index
        %v172 = arith.index_cast %v8 : i64 to index
        scf.for %v173 = %v170 to %v171 step %v172 {
          %v174 = arith.index_cast %v173 : index to i64
          %v175 = arith.remui %v174, %v112 : i64
          %v176 = arith.divui %v174, %v112 : i64
          %v177 = arith.addi %v163, %v175 : i64
          %v178 = arith.minsi %v177, %v169 : i64
          %v181 = arith.muli %v47, %v180 : i64
          %v182 = arith.muli %v178, %v179 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = arith.muli %v45, %v2 : i64
          %v185 = arith.addi %v183, %v184 : i64
          %v186 = llvm.getelementptr %in_dt[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v189 = arith.muli %v176, %v188 : i64
          %v190 = arith.addi %v189, %v175 : i64
          %v191 = llvm.getelementptr %v63[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v187, %v191 : f32, !llvm.ptr
        }
        gpu.barrier
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
        %v228 = arith.index_cast %v168 : i64 to index
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
          %v253 = arith.minsi %v252, %v166 : i64
          %v254 = arith.addi %v163, %v253 : i64
          %v255 = arith.muli %v66, %v188 : i64
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
          %v320 = arith.index_cast %v66 : i64 to index
          %v321 = arith.index_cast %v32 : i64 to index
          %v322 = arith.index_cast %v2 : i64 to index
          scf.for %v323 = %v320 to %v321 step %v322 {
            %v324 = arith.index_cast %v323 : index to i64
            %v325 = arith.trunci %v324 : i64 to i32
            %v326 = arith.ori %v121, %v325 : i32
            %v328, %v329 = gpu.shuffle idx %v306, %v326, %v327 : f32
            %v330, %v331 = gpu.shuffle idx %v319, %v326, %v327 : f32
            %v332 = arith.addi %v251, %v324 : i64
            %v333 = arith.cmpi slt, %v332, %v165 : i64
            scf.if %v333 {
              %v334 = arith.addi %v163, %v332 : i64
              %v337 = arith.muli %v47, %v336 : i64
              %v338 = arith.muli %v334, %v335 : i64
              %v339 = arith.addi %v337, %v338 : i64
              %v340 = arith.muli %v33, %v2 : i64
              %v341 = arith.addi %v339, %v340 : i64
              %v342 = llvm.getelementptr %in_Bm[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v343 = llvm.load %v342 : !llvm.ptr -> f32
              %v344 = arith.mulf %v330, %v343 fastmath<contract> : f32
              %v345 = llvm.load %v12 : !llvm.ptr -> f32
              %v346 = arith.mulf %v328, %v345 fastmath<contract> : f32
              %v347 = arith.addf %v346, %v344 fastmath<contract> : f32
              llvm.store %v347, %v12 : f32, !llvm.ptr
              %v348 = arith.muli %v47, %v336 : i64
              %v349 = arith.muli %v334, %v335 : i64
              %v350 = arith.addi %v348, %v349 : i64
              %v351 = arith.constant 8 : i64
              %v352 = arith.addi %v351, %v33 : i64
              %v353 = arith.muli %v352, %v2 : i64
              %v354 = arith.addi %v350, %v353 : i64
              %v355 = llvm.getelementptr %in_Bm[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v356 = llvm.load %v355 : !llvm.ptr -> f32
              %v357 = arith.mulf %v330, %v356 fastmath<contract> : f32
              %v358 = llvm.load %v13 : !llvm.ptr -> f32
              %v359 = arith.mulf %v328, %v358 fastmath<contract> : f32
              %v360 = arith.addf %v359, %v357 fastmath<contract> : f32
              llvm.store %v360, %v13 : f32, !llvm.ptr
            }
          }
        }
        %v362 = arith.addi %v168, %v361 : i64
        %v363 = arith.divui %v362, %v49 : i64
        %v364 = arith.index_cast %v66 : i64 to index
        %v365 = arith.index_cast %v363 : i64 to index
        %v366 = arith.index_cast %v2 : i64 to index
        scf.for %v367 = %v364 to %v365 step %v366 {
          %v368 = arith.index_cast %v367 : index to i64
          %v369 = arith.muli %v368, %v49 : i64
          %v370 = arith.addi %v369, %v49 : i64
          %v371 = arith.index_cast %v369 : i64 to index
          %v372 = arith.index_cast %v370 : i64 to index
          %v373 = arith.index_cast %v2 : i64 to index
          scf.for %v374 = %v371 to %v372 step %v373 {
            %v375 = arith.index_cast %v374 : index to i64
            %v376 = arith.cmpi slt, %v375, %v168 : i64
            scf.if %v376 {
              %v377 = arith.subi %v168, %v2 : i64
              %v378 = arith.subi %v377, %v375 : i64
              %v379 = arith.muli %v378, %v32 : i64
              %v380 = arith.remui %v375, %v49 : i64
              %v381 = arith.muli %v380, %v32 : i64
              %v382 = arith.addi %v153, %v378 : i64
              %v383 = arith.subi %v165, %v2 : i64
              %v384 = arith.muli %v382, %v5 : i64
              %v385 = arith.subi %v5, %v2 : i64
              %v386 = arith.minsi %v39, %v385 : i64
              %v387 = arith.addi %v384, %v386 : i64
              %v388 = arith.muli %v387, %v1 : i64
              %v389 = arith.addi %v388, %v66 : i64
              %v390 = arith.addi %v389, %v33 : i64
              %v391 = llvm.getelementptr %scratch_S[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v392 = llvm.load %v391 : !llvm.ptr -> f32
              %v393 = arith.muli %v382, %v5 : i64
              %v394 = arith.subi %v5, %v2 : i64
              %v395 = arith.minsi %v39, %v394 : i64
              %v396 = arith.addi %v393, %v395 : i64
              %v397 = arith.muli %v396, %v1 : i64
              %v398 = arith.addi %v397, %v32 : i64
              %v399 = arith.addi %v398, %v33 : i64
              %v400 = llvm.getelementptr %scratch_S[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v401 = llvm.load %v400 : !llvm.ptr -> f32
              %v402 = arith.addi %v379, %v33 : i64
              %v403 = arith.minsi %v402, %v383 : i64
              %v404 = arith.addi %v163, %v403 : i64
              %v405 = arith.muli %v66, %v188 : i64
              %v406 = arith.subi %v404, %v163 : i64
              %v407 = arith.addi %v405, %v406 : i64
              %v408 = llvm.getelementptr %v63[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v409 = llvm.load %v408 : !llvm.ptr -> f32
              %v410 = arith.muli %v45, %v2 : i64
              %v411 = llvm.getelementptr %in_dt_bias[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v412 = llvm.load %v411 : !llvm.ptr -> f32
              %v413 = arith.addf %v409, %v412 fastmath<contract> : f32
              %v414 = arith.maximumf %v413, %v64 : f32
              %v415 = llvm.call_intrinsic "llvm.fabs.f32"(%v413) : (f32) -> f32
              %v416 = arith.negf %v415 : f32
              %v417 = arith.mulf %v416, %v267 fastmath<contract> : f32
              %v418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v417) : (f32) -> f32
              %v419 = arith.addf %v65, %v418 fastmath<contract> : f32
              %v420 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v419) : (f32) -> f32
              %v421 = arith.mulf %v420, %v272 fastmath<contract> : f32
              %v422 = arith.mulf %v274, %v418 fastmath<contract> : f32
              %v423 = arith.addf %v422, %v276 fastmath<contract> : f32
              %v424 = arith.mulf %v423, %v418 fastmath<contract> : f32
              %v425 = arith.addf %v424, %v279 fastmath<contract> : f32
              %v426 = arith.mulf %v425, %v418 fastmath<contract> : f32
              %v427 = arith.addf %v426, %v282 fastmath<contract> : f32
              %v428 = arith.mulf %v427, %v418 fastmath<contract> : f32
              %v429 = arith.addf %v428, %v285 fastmath<contract> : f32
              %v430 = arith.mulf %v429, %v418 fastmath<contract> : f32
              %v431 = arith.addf %v430, %v288 fastmath<contract> : f32
              %v432 = arith.mulf %v431, %v418 fastmath<contract> : f32
              %v433 = arith.addf %v432, %v65 fastmath<contract> : f32
              %v434 = arith.mulf %v433, %v418 fastmath<contract> : f32
              %v435 = llvm.call_intrinsic "llvm.fabs.f32"(%v418) : (f32) -> f32
              %v436 = arith.cmpf olt, %v435, %v294 : f32
              %v437 = arith.select %v436, %v434, %v421 : f32
              %v438 = arith.addf %v414, %v437 fastmath<contract> : f32
              %v439 = arith.negf %v438 : f32
              %v440 = arith.muli %v45, %v2 : i64
              %v441 = llvm.getelementptr %in_A_log[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v442 = llvm.load %v441 : !llvm.ptr -> f32
              %v443 = arith.mulf %v442, %v267 fastmath<contract> : f32
              %v444 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v443) : (f32) -> f32
              %v445 = arith.mulf %v439, %v444 fastmath<contract> : f32
              %v446 = arith.mulf %v445, %v267 fastmath<contract> : f32
              %v447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v446) : (f32) -> f32
              %v448 = arith.muli %v47, %v309 : i64
              %v449 = arith.muli %v404, %v308 : i64
              %v450 = arith.addi %v448, %v449 : i64
              %v451 = arith.muli %v45, %v307 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.muli %v43, %v2 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = llvm.getelementptr %in_x[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v456 = llvm.load %v455 : !llvm.ptr -> f32
              %v457 = arith.mulf %v438, %v456 fastmath<contract> : f32
              %v458 = arith.negf %v413 : f32
              %v459 = arith.mulf %v458, %v267 fastmath<contract> : f32
              %v460 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v459) : (f32) -> f32
              %v461 = arith.addf %v65, %v460 fastmath<contract> : f32
              %v462 = arith.divf %v65, %v461 : f32
              // the group's states, recomputed into registers
              %v463 = arith.addi %v379, %v66 : i64
              %v464 = arith.minsi %v463, %v383 : i64
              %v465 = arith.addi %v163, %v464 : i64
              %v466, %v467 = gpu.shuffle idx %v447, %v121, %v327 : f32
              %v468, %v469 = gpu.shuffle idx %v457, %v121, %v327 : f32
              %v470 = arith.muli %v47, %v336 : i64
              %v471 = arith.muli %v465, %v335 : i64
              %v472 = arith.addi %v470, %v471 : i64
              %v473 = arith.muli %v33, %v2 : i64
              %v474 = arith.addi %v472, %v473 : i64
              %v475 = llvm.getelementptr %in_Bm[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v476 = llvm.load %v475 : !llvm.ptr -> f32
              %v477 = arith.mulf %v468, %v476 fastmath<contract> : f32
              %v478 = arith.mulf %v466, %v392 fastmath<contract> : f32
              %v479 = arith.addf %v478, %v477 fastmath<contract> : f32
              %v480 = arith.muli %v47, %v336 : i64
              %v481 = arith.muli %v465, %v335 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = arith.constant 8 : i64
              %v484 = arith.addi %v483, %v33 : i64
              %v485 = arith.muli %v484, %v2 : i64
              %v486 = arith.addi %v482, %v485 : i64
              %v487 = llvm.getelementptr %in_Bm[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v488 = llvm.load %v487 : !llvm.ptr -> f32
              %v489 = arith.mulf %v468, %v488 fastmath<contract> : f32
              %v490 = arith.mulf %v466, %v401 fastmath<contract> : f32
              %v491 = arith.addf %v490, %v489 fastmath<contract> : f32
              %v492 = arith.addi %v379, %v2 : i64
              %v493 = arith.minsi %v492, %v383 : i64
              %v494 = arith.addi %v163, %v493 : i64
              %v495, %v496 = gpu.shuffle idx %v447, %v125, %v327 : f32
              %v497, %v498 = gpu.shuffle idx %v457, %v125, %v327 : f32
              %v499 = arith.muli %v47, %v336 : i64
              %v500 = arith.muli %v494, %v335 : i64
              %v501 = arith.addi %v499, %v500 : i64
              %v502 = arith.muli %v33, %v2 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = llvm.getelementptr %in_Bm[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v505 = llvm.load %v504 : !llvm.ptr -> f32
              %v506 = arith.mulf %v497, %v505 fastmath<contract> : f32
              %v507 = arith.mulf %v495, %v479 fastmath<contract> : f32
              %v508 = arith.addf %v507, %v506 fastmath<contract> : f32
              %v509 = arith.muli %v47, %v336 : i64
              %v510 = arith.muli %v494, %v335 : i64
              %v511 = arith.addi %v509, %v510 : i64
              %v512 = arith.constant 8 : i64
              %v513 = arith.addi %v512, %v33 : i64
              %v514 = arith.muli %v513, %v2 : i64
              %v515 = arith.addi %v511, %v514 : i64
              %v516 = llvm.getelementptr %in_Bm[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v517 = llvm.load %v516 : !llvm.ptr -> f32
              %v518 = arith.mulf %v497, %v517 fastmath<contract> : f32
              %v519 = arith.mulf %v495, %v491 fastmath<contract> : f32
              %v520 = arith.addf %v519, %v518 fastmath<contract> : f32
              %v522 = arith.addi %v379, %v521 : i64
              %v523 = arith.minsi %v522, %v383 : i64
              %v524 = arith.addi %v163, %v523 : i64
              %v525, %v526 = gpu.shuffle idx %v447, %v129, %v327 : f32
              %v527, %v528 = gpu.shuffle idx %v457, %v129, %v327 : f32
              %v529 = arith.muli %v47, %v336 : i64
              %v530 = arith.muli %v524, %v335 : i64
              %v531 = arith.addi %v529, %v530 : i64
              %v532 = arith.muli %v33, %v2 : i64
              %v533 = arith.addi %v531, %v532 : i64
              %v534 = llvm.getelementptr %in_Bm[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v535 = llvm.load %v534 : !llvm.ptr -> f32
              %v536 = arith.mulf %v527, %v535 fastmath<contract> : f32
              %v537 = arith.mulf %v525, %v508 fastmath<contract> : f32
              %v538 = arith.addf %v537, %v536 fastmath<contract> : f32
              %v539 = arith.muli %v47, %v336 : i64
              %v540 = arith.muli %v524, %v335 : i64
              %v541 = arith.addi %v539, %v540 : i64
              %v542 = arith.constant 8 : i64
              %v543 = arith.addi %v542, %v33 : i64
              %v544 = arith.muli %v543, %v2 : i64
              %v545 = arith.addi %v541, %v544 : i64
              %v546 = llvm.getelementptr %in_Bm[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v547 = llvm.load %v546 : !llvm.ptr -> f32
              %v548 = arith.mulf %v527, %v547 fastmath<contract> : f32
              %v549 = arith.mulf %v525, %v520 fastmath<contract> : f32
              %v550 = arith.addf %v549, %v548 fastmath<contract> : f32
              %v551 = arith.addi %v379, %v361 : i64
              %v552 = arith.minsi %v551, %v383 : i64
              %v553 = arith.addi %v163, %v552 : i64
              %v554, %v555 = gpu.shuffle idx %v447, %v133, %v327 : f32
              %v556, %v557 = gpu.shuffle idx %v457, %v133, %v327 : f32
              %v558 = arith.muli %v47, %v336 : i64
              %v559 = arith.muli %v553, %v335 : i64
              %v560 = arith.addi %v558, %v559 : i64
              %v561 = arith.muli %v33, %v2 : i64
              %v562 = arith.addi %v560, %v561 : i64
              %v563 = llvm.getelementptr %in_Bm[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v564 = llvm.load %v563 : !llvm.ptr -> f32
              %v565 = arith.mulf %v556, %v564 fastmath<contract> : f32
              %v566 = arith.mulf %v554, %v538 fastmath<contract> : f32
              %v567 = arith.addf %v566, %v565 fastmath<contract> : f32
              %v568 = arith.muli %v47, %v336 : i64
              %v569 = arith.muli %v553, %v335 : i64
              %v570 = arith.addi %v568, %v569 : i64
              %v571 = arith.constant 8 : i64
              %v572 = arith.addi %v571, %v33 : i64
              %v573 = arith.muli %v572, %v2 : i64
              %v574 = arith.addi %v570, %v573 : i64
              %v575 = llvm.getelementptr %in_Bm[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v576 = llvm.load %v575 : !llvm.ptr -> f32
              %v577 = arith.mulf %v556, %v576 fastmath<contract> : f32
              %v578 = arith.mulf %v554, %v550 fastmath<contract> : f32
              %v579 = arith.addf %v578, %v577 fastmath<contract> : f32
              %v580 = arith.addi %v379, %v49 : i64
              %v581 = arith.minsi %v580, %v383 : i64
              %v582 = arith.addi %v163, %v581 : i64
              %v583, %v584 = gpu.shuffle idx %v447, %v137, %v327 : f32
              %v585, %v586 = gpu.shuffle idx %v457, %v137, %v327 : f32
              %v587 = arith.muli %v47, %v336 : i64
              %v588 = arith.muli %v582, %v335 : i64
              %v589 = arith.addi %v587, %v588 : i64
              %v590 = arith.muli %v33, %v2 : i64
              %v591 = arith.addi %v589, %v590 : i64
              %v592 = llvm.getelementptr %in_Bm[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v593 = llvm.load %v592 : !llvm.ptr -> f32
              %v594 = arith.mulf %v585, %v593 fastmath<contract> : f32
              %v595 = arith.mulf %v583, %v567 fastmath<contract> : f32
              %v596 = arith.addf %v595, %v594 fastmath<contract> : f32
              %v597 = arith.muli %v47, %v336 : i64
              %v598 = arith.muli %v582, %v335 : i64
              %v599 = arith.addi %v597, %v598 : i64
              %v600 = arith.constant 8 : i64
              %v601 = arith.addi %v600, %v33 : i64
              %v602 = arith.muli %v601, %v2 : i64
              %v603 = arith.addi %v599, %v602 : i64
              %v604 = llvm.getelementptr %in_Bm[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v605 = llvm.load %v604 : !llvm.ptr -> f32
              %v606 = arith.mulf %v585, %v605 fastmath<contract> : f32
              %v607 = arith.mulf %v583, %v579 fastmath<contract> : f32
              %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
              %v610 = arith.addi %v379, %v609 : i64
              %v611 = arith.minsi %v610, %v383 : i64
              %v612 = arith.addi %v163, %v611 : i64
              %v613, %v614 = gpu.shuffle idx %v447, %v141, %v327 : f32
              %v615, %v616 = gpu.shuffle idx %v457, %v141, %v327 : f32
              %v617 = arith.muli %v47, %v336 : i64
              %v618 = arith.muli %v612, %v335 : i64
              %v619 = arith.addi %v617, %v618 : i64
              %v620 = arith.muli %v33, %v2 : i64
              %v621 = arith.addi %v619, %v620 : i64
              %v622 = llvm.getelementptr %in_Bm[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v623 = llvm.load %v622 : !llvm.ptr -> f32
              %v624 = arith.mulf %v615, %v623 fastmath<contract> : f32
              %v625 = arith.mulf %v613, %v596 fastmath<contract> : f32
              %v626 = arith.addf %v625, %v624 fastmath<contract> : f32
              %v627 = arith.muli %v47, %v336 : i64
              %v628 = arith.muli %v612, %v335 : i64
              %v629 = arith.addi %v627, %v628 : i64
              %v630 = arith.constant 8 : i64
              %v631 = arith.addi %v630, %v33 : i64
              %v632 = arith.muli %v631, %v2 : i64
              %v633 = arith.addi %v629, %v632 : i64
              %v634 = llvm.getelementptr %in_Bm[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v635 = llvm.load %v634 : !llvm.ptr -> f32
              %v636 = arith.mulf %v615, %v635 fastmath<contract> : f32
              %v637 = arith.mulf %v613, %v608 fastmath<contract> : f32
              %v638 = arith.addf %v637, %v636 fastmath<contract> : f32
              %v640 = arith.addi %v379, %v639 : i64
              %v641 = arith.minsi %v640, %v383 : i64
              %v642 = arith.addi %v163, %v641 : i64
              %v643, %v644 = gpu.shuffle idx %v447, %v145, %v327 : f32
              %v645, %v646 = gpu.shuffle idx %v457, %v145, %v327 : f32
              %v647 = arith.muli %v47, %v336 : i64
              %v648 = arith.muli %v642, %v335 : i64
              %v649 = arith.addi %v647, %v648 : i64
              %v650 = arith.muli %v33, %v2 : i64
              %v651 = arith.addi %v649, %v650 : i64
              %v652 = llvm.getelementptr %in_Bm[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v653 = llvm.load %v652 : !llvm.ptr -> f32
              %v654 = arith.mulf %v645, %v653 fastmath<contract> : f32
              %v655 = arith.mulf %v643, %v626 fastmath<contract> : f32
              %v656 = arith.addf %v655, %v654 fastmath<contract> : f32
              %v657 = arith.muli %v47, %v336 : i64
              %v658 = arith.muli %v642, %v335 : i64
              %v659 = arith.addi %v657, %v658 : i64
              %v660 = arith.constant 8 : i64
              %v661 = arith.addi %v660, %v33 : i64
              %v662 = arith.muli %v661, %v2 : i64
              %v663 = arith.addi %v659, %v662 : i64
              %v664 = llvm.getelementptr %in_Bm[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v665 = llvm.load %v664 : !llvm.ptr -> f32
              %v666 = arith.mulf %v645, %v665 fastmath<contract> : f32
              %v667 = arith.mulf %v643, %v638 fastmath<contract> : f32
              %v668 = arith.addf %v667, %v666 fastmath<contract> : f32
              %v669 = arith.addi %v379, %v113 : i64
              %v670 = arith.minsi %v669, %v383 : i64
              %v671 = arith.addi %v163, %v670 : i64
              %v672, %v673 = gpu.shuffle idx %v447, %v149, %v327 : f32
              %v674, %v675 = gpu.shuffle idx %v457, %v149, %v327 : f32
              %v676 = arith.muli %v47, %v336 : i64
              %v677 = arith.muli %v671, %v335 : i64
              %v678 = arith.addi %v676, %v677 : i64
              %v679 = arith.muli %v33, %v2 : i64
              %v680 = arith.addi %v678, %v679 : i64
              %v681 = llvm.getelementptr %in_Bm[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v682 = llvm.load %v681 : !llvm.ptr -> f32
              %v683 = arith.mulf %v674, %v682 fastmath<contract> : f32
              %v684 = arith.mulf %v672, %v656 fastmath<contract> : f32
              %v685 = arith.addf %v684, %v683 fastmath<contract> : f32
              %v686 = arith.muli %v47, %v336 : i64
              %v687 = arith.muli %v671, %v335 : i64
              %v688 = arith.addi %v686, %v687 : i64
              %v689 = arith.constant 8 : i64
              %v690 = arith.addi %v689, %v33 : i64
              %v691 = arith.muli %v690, %v2 : i64
              %v692 = arith.addi %v688, %v691 : i64
              %v693 = llvm.getelementptr %in_Bm[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v694 = llvm.load %v693 : !llvm.ptr -> f32
              %v695 = arith.mulf %v674, %v694 fastmath<contract> : f32
              %v696 = arith.mulf %v672, %v668 fastmath<contract> : f32
              %v697 = arith.addf %v696, %v695 fastmath<contract> : f32
              %v699 = arith.shrui %v33, %v66 : i64
              %v700 = arith.andi %v699, %v2 : i64
              %v701 = arith.cmpi ne, %v700, %v66 : i64
              %v702 = arith.shrui %v33, %v2 : i64
              %v703 = arith.andi %v702, %v2 : i64
              %v704 = arith.cmpi ne, %v703, %v66 : i64
              %v705 = arith.shrui %v33, %v521 : i64
              %v706 = arith.andi %v705, %v2 : i64
              %v707 = arith.cmpi ne, %v706, %v66 : i64
              %v708 = arith.addi %v379, %v113 : i64
              %v709 = arith.cmpi slt, %v708, %v165 : i64
              %v710, %v711 = gpu.shuffle idx %v438, %v149, %v327 : f32
              %v712, %v713 = gpu.shuffle idx %v439, %v149, %v327 : f32
              %v714, %v715 = gpu.shuffle idx %v444, %v149, %v327 : f32
              %v716, %v717 = gpu.shuffle idx %v447, %v149, %v327 : f32
              %v718, %v719 = gpu.shuffle idx %v457, %v149, %v327 : f32
              %v720, %v721 = gpu.shuffle idx %v462, %v149, %v327 : f32
              %v722 = arith.addi %v381, %v66 : i64
              llvm.store %v64, %v698 : f32, !llvm.ptr
              scf.if %v709 {
                %v723 = arith.addi %v163, %v708 : i64
                %v724 = arith.muli %v47, %v336 : i64
                %v725 = arith.muli %v723, %v335 : i64
                %v726 = arith.addi %v724, %v725 : i64
                %v727 = arith.muli %v33, %v2 : i64
                %v728 = arith.addi %v726, %v727 : i64
                %v729 = llvm.getelementptr %in_Cm[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v730 = llvm.load %v729 : !llvm.ptr -> f32
                %v731 = arith.muli %v47, %v309 : i64
                %v732 = arith.muli %v723, %v308 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = arith.muli %v45, %v307 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = arith.muli %v43, %v2 : i64
                %v737 = arith.addi %v735, %v736 : i64
                %v738 = llvm.getelementptr %dy_y[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v739 = llvm.load %v738 : !llvm.ptr -> f32
                %v740 = arith.mulf %v730, %v739 fastmath<contract> : f32
                %v741 = llvm.load %v53 : !llvm.ptr -> f32
                %v742 = llvm.load %v55 : !llvm.ptr -> f32
                %v743 = arith.mulf %v742, %v741 fastmath<contract> : f32
                %v744 = arith.addf %v740, %v743 fastmath<contract> : f32
                llvm.store %v744, %v53 : f32, !llvm.ptr
                %v745 = arith.muli %v47, %v336 : i64
                %v746 = arith.muli %v723, %v335 : i64
                %v747 = arith.addi %v745, %v746 : i64
                %v748 = arith.constant 8 : i64
                %v749 = arith.addi %v748, %v33 : i64
                %v750 = arith.muli %v749, %v2 : i64
                %v751 = arith.addi %v747, %v750 : i64
                %v752 = llvm.getelementptr %in_Cm[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v753 = llvm.load %v752 : !llvm.ptr -> f32
                %v754 = arith.mulf %v753, %v739 fastmath<contract> : f32
                %v755 = llvm.load %v54 : !llvm.ptr -> f32
                %v756 = llvm.load %v56 : !llvm.ptr -> f32
                %v757 = arith.mulf %v756, %v755 fastmath<contract> : f32
                %v758 = arith.addf %v754, %v757 fastmath<contract> : f32
                llvm.store %v758, %v54 : f32, !llvm.ptr
                %v759 = arith.subi %size_L, %v2 : i64
                %v760 = arith.cmpi eq, %v723, %v759 : i64
                scf.if %v760 {
                }
                %v761 = arith.muli %v47, %v309 : i64
                %v762 = arith.muli %v723, %v308 : i64
                %v763 = arith.addi %v761, %v762 : i64
                %v764 = arith.muli %v45, %v307 : i64
                %v765 = arith.addi %v763, %v764 : i64
                %v766 = arith.muli %v43, %v2 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = llvm.getelementptr %in_x[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v769 = llvm.load %v768 : !llvm.ptr -> f32
                %v770 = arith.muli %v47, %v336 : i64
                %v771 = arith.muli %v723, %v335 : i64
                %v772 = arith.addi %v770, %v771 : i64
                %v773 = arith.muli %v33, %v2 : i64
                %v774 = arith.addi %v772, %v773 : i64
                %v775 = llvm.getelementptr %in_Bm[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v776 = llvm.load %v775 : !llvm.ptr -> f32
                %v777 = llvm.load %v53 : !llvm.ptr -> f32
                %v778 = arith.mulf %v776, %v777 fastmath<contract> : f32
                %v779 = arith.muli %v47, %v336 : i64
                %v780 = arith.muli %v723, %v335 : i64
                %v781 = arith.addi %v779, %v780 : i64
                %v782 = arith.constant 8 : i64
                %v783 = arith.addi %v782, %v33 : i64
                %v784 = arith.muli %v783, %v2 : i64
                %v785 = arith.addi %v781, %v784 : i64
                %v786 = llvm.getelementptr %in_Bm[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v787 = llvm.load %v786 : !llvm.ptr -> f32
                %v788 = llvm.load %v54 : !llvm.ptr -> f32
                %v789 = arith.mulf %v787, %v788 fastmath<contract> : f32
                %v790 = arith.addf %v778, %v789 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v792, %v793 = gpu.shuffle xor %v790, %v791, %v327 : f32
                %v794 = arith.addf %v790, %v792 fastmath<contract> : f32
                %v796, %v797 = gpu.shuffle xor %v794, %v795, %v327 : f32
                %v798 = arith.addf %v794, %v796 fastmath<contract> : f32
                %v800, %v801 = gpu.shuffle xor %v798, %v799, %v327 : f32
                %v802 = arith.addf %v798, %v800 fastmath<contract> : f32
                // end sum over the lanes
                %v803 = arith.mulf %v769, %v802 fastmath<contract> : f32
                %v804 = arith.mulf %v656, %v777 fastmath<contract> : f32
                %v805 = arith.mulf %v668, %v788 fastmath<contract> : f32
                %v806 = arith.addf %v804, %v805 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v807, %v808 = gpu.shuffle xor %v806, %v791, %v327 : f32
                %v809 = arith.addf %v806, %v807 fastmath<contract> : f32
                %v810, %v811 = gpu.shuffle xor %v809, %v795, %v327 : f32
                %v812 = arith.addf %v809, %v810 fastmath<contract> : f32
                %v813, %v814 = gpu.shuffle xor %v812, %v799, %v327 : f32
                %v815 = arith.addf %v812, %v813 fastmath<contract> : f32
                // end sum over the lanes
                %v816 = arith.mulf %v714, %v815 fastmath<contract> : f32
                %v817 = arith.mulf %v716, %v816 fastmath<contract> : f32
                %v818 = arith.negf %v817 : f32
                %v819 = arith.addf %v803, %v818 fastmath<contract> : f32
                %v820 = arith.mulf %v819, %v720 fastmath<contract> : f32
                %v821 = arith.select %v37, %v820, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v823, %v824 = gpu.shuffle xor %v821, %v822, %v327 : f32
                %v825 = arith.addf %v821, %v823 fastmath<contract> : f32
                %v827, %v828 = gpu.shuffle xor %v825, %v826, %v327 : f32
                %v829 = arith.addf %v825, %v827 fastmath<contract> : f32
                %v830 = arith.divui %v18, %v20 : i64
                %v831 = arith.remui %v18, %v20 : i64
                %v832 = arith.cmpi ult, %v831, %v2 : i64
                %v833 = arith.muli %v830, %v2 : i64
                %v834 = arith.addi %v833, %v66 : i64
                %v836 = arith.muli %v834, %v835 : i64
                %v837 = arith.addi %v836, %v722 : i64
                scf.if %v832 {
                  %v838 = llvm.getelementptr %v61[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v829, %v838 : f32, !llvm.ptr
                }
                %v839 = arith.mulf %v716, %v815 fastmath<contract> : f32
                %v840 = arith.mulf %v712, %v839 fastmath<contract> : f32
                %v841 = arith.mulf %v714, %v840 fastmath<contract> : f32
                %v842 = llvm.load %v57 : !llvm.ptr -> f32
                %v843 = arith.addf %v842, %v841 fastmath<contract> : f32
                llvm.store %v843, %v57 : f32, !llvm.ptr
                %v844 = arith.mulf %v718, %v777 fastmath<contract> : f32
                scf.if %v37 {
                  %v845 = arith.addi %v66, %v33 : i64
                  %v846 = arith.addi %v52, %v39 : i64
                  %v847 = arith.muli %v846, %v1 : i64
                  %v848 = arith.addi %v847, %v845 : i64
                  %v849 = arith.muli %v848, %size_L : i64
                  %v850 = arith.addi %v849, %v723 : i64
                  %v851 = llvm.getelementptr %part_Bm[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v844, %v851 : f32, !llvm.ptr
                }
                %v852 = arith.mulf %v718, %v788 fastmath<contract> : f32
                scf.if %v37 {
                  %v853 = arith.addi %v32, %v33 : i64
                  %v854 = arith.addi %v52, %v39 : i64
                  %v855 = arith.muli %v854, %v1 : i64
                  %v856 = arith.addi %v855, %v853 : i64
                  %v857 = arith.muli %v856, %size_L : i64
                  %v858 = arith.addi %v857, %v723 : i64
                  %v859 = llvm.getelementptr %part_Bm[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v852, %v859 : f32, !llvm.ptr
                }
                %v860 = arith.mulf %v685, %v739 fastmath<contract> : f32
                scf.if %v37 {
                  %v861 = arith.addi %v66, %v33 : i64
                  %v862 = arith.addi %v52, %v39 : i64
                  %v863 = arith.muli %v862, %v1 : i64
                  %v864 = arith.addi %v863, %v861 : i64
                  %v865 = arith.muli %v864, %size_L : i64
                  %v866 = arith.addi %v865, %v723 : i64
                  %v867 = llvm.getelementptr %part_Cm[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v860, %v867 : f32, !llvm.ptr
                }
                %v868 = arith.mulf %v697, %v739 fastmath<contract> : f32
                scf.if %v37 {
                  %v869 = arith.addi %v32, %v33 : i64
                  %v870 = arith.addi %v52, %v39 : i64
                  %v871 = arith.muli %v870, %v1 : i64
                  %v872 = arith.addi %v871, %v869 : i64
                  %v873 = arith.muli %v872, %size_L : i64
                  %v874 = arith.addi %v873, %v723 : i64
                  %v875 = llvm.getelementptr %part_Cm[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v868, %v875 : f32, !llvm.ptr
                }
                %v876 = llvm.load %v59 : !llvm.ptr -> f32
                %v877 = arith.addf %v876, %v820 fastmath<contract> : f32
                llvm.store %v877, %v59 : f32, !llvm.ptr
                %v878 = arith.addf %v778, %v789 fastmath<contract> : f32
                llvm.store %v878, %v698 : f32, !llvm.ptr
                llvm.store %v716, %v55 : f32, !llvm.ptr
                llvm.store %v716, %v56 : f32, !llvm.ptr
              }
              %v879 = llvm.load %v698 : !llvm.ptr -> f32
              %v880 = arith.addi %v379, %v639 : i64
              %v881 = arith.cmpi slt, %v880, %v165 : i64
              %v882, %v883 = gpu.shuffle idx %v438, %v145, %v327 : f32
              %v884, %v885 = gpu.shuffle idx %v439, %v145, %v327 : f32
              %v886, %v887 = gpu.shuffle idx %v444, %v145, %v327 : f32
              %v888, %v889 = gpu.shuffle idx %v447, %v145, %v327 : f32
              %v890, %v891 = gpu.shuffle idx %v457, %v145, %v327 : f32
              %v892, %v893 = gpu.shuffle idx %v462, %v145, %v327 : f32
              %v894 = arith.addi %v381, %v2 : i64
              llvm.store %v64, %v698 : f32, !llvm.ptr
              scf.if %v881 {
                %v895 = arith.addi %v163, %v880 : i64
                %v896 = arith.muli %v47, %v336 : i64
                %v897 = arith.muli %v895, %v335 : i64
                %v898 = arith.addi %v896, %v897 : i64
                %v899 = arith.muli %v33, %v2 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = llvm.getelementptr %in_Cm[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v902 = llvm.load %v901 : !llvm.ptr -> f32
                %v903 = arith.muli %v47, %v309 : i64
                %v904 = arith.muli %v895, %v308 : i64
                %v905 = arith.addi %v903, %v904 : i64
                %v906 = arith.muli %v45, %v307 : i64
                %v907 = arith.addi %v905, %v906 : i64
                %v908 = arith.muli %v43, %v2 : i64
                %v909 = arith.addi %v907, %v908 : i64
                %v910 = llvm.getelementptr %dy_y[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v911 = llvm.load %v910 : !llvm.ptr -> f32
                %v912 = arith.mulf %v902, %v911 fastmath<contract> : f32
                %v913 = llvm.load %v53 : !llvm.ptr -> f32
                %v914 = llvm.load %v55 : !llvm.ptr -> f32
                %v915 = arith.mulf %v914, %v913 fastmath<contract> : f32
                %v916 = arith.addf %v912, %v915 fastmath<contract> : f32
                llvm.store %v916, %v53 : f32, !llvm.ptr
                %v917 = arith.muli %v47, %v336 : i64
                %v918 = arith.muli %v895, %v335 : i64
                %v919 = arith.addi %v917, %v918 : i64
                %v920 = arith.constant 8 : i64
                %v921 = arith.addi %v920, %v33 : i64
                %v922 = arith.muli %v921, %v2 : i64
                %v923 = arith.addi %v919, %v922 : i64
                %v924 = llvm.getelementptr %in_Cm[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v925 = llvm.load %v924 : !llvm.ptr -> f32
                %v926 = arith.mulf %v925, %v911 fastmath<contract> : f32
                %v927 = llvm.load %v54 : !llvm.ptr -> f32
                %v928 = llvm.load %v56 : !llvm.ptr -> f32
                %v929 = arith.mulf %v928, %v927 fastmath<contract> : f32
                %v930 = arith.addf %v926, %v929 fastmath<contract> : f32
                llvm.store %v930, %v54 : f32, !llvm.ptr
                %v931 = arith.subi %size_L, %v2 : i64
                %v932 = arith.cmpi eq, %v895, %v931 : i64
                scf.if %v932 {
                }
                %v933 = arith.muli %v47, %v309 : i64
                %v934 = arith.muli %v895, %v308 : i64
                %v935 = arith.addi %v933, %v934 : i64
                %v936 = arith.muli %v45, %v307 : i64
                %v937 = arith.addi %v935, %v936 : i64
                %v938 = arith.muli %v43, %v2 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = llvm.getelementptr %in_x[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v941 = llvm.load %v940 : !llvm.ptr -> f32
                %v942 = arith.muli %v47, %v336 : i64
                %v943 = arith.muli %v895, %v335 : i64
                %v944 = arith.addi %v942, %v943 : i64
                %v945 = arith.muli %v33, %v2 : i64
                %v946 = arith.addi %v944, %v945 : i64
                %v947 = llvm.getelementptr %in_Bm[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v948 = llvm.load %v947 : !llvm.ptr -> f32
                %v949 = llvm.load %v53 : !llvm.ptr -> f32
                %v950 = arith.mulf %v948, %v949 fastmath<contract> : f32
                %v951 = arith.muli %v47, %v336 : i64
                %v952 = arith.muli %v895, %v335 : i64
                %v953 = arith.addi %v951, %v952 : i64
                %v954 = arith.constant 8 : i64
                %v955 = arith.addi %v954, %v33 : i64
                %v956 = arith.muli %v955, %v2 : i64
                %v957 = arith.addi %v953, %v956 : i64
                %v958 = llvm.getelementptr %in_Bm[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v959 = llvm.load %v958 : !llvm.ptr -> f32
                %v960 = llvm.load %v54 : !llvm.ptr -> f32
                %v961 = arith.mulf %v959, %v960 fastmath<contract> : f32
                %v962 = arith.addf %v950, %v961 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v963, %v964 = gpu.shuffle xor %v962, %v791, %v327 : f32
                %v965 = arith.addf %v962, %v963 fastmath<contract> : f32
                %v966, %v967 = gpu.shuffle xor %v965, %v795, %v327 : f32
                %v968 = arith.addf %v965, %v966 fastmath<contract> : f32
                %v969, %v970 = gpu.shuffle xor %v968, %v799, %v327 : f32
                %v971 = arith.addf %v968, %v969 fastmath<contract> : f32
                // end sum over the lanes
                %v972 = arith.mulf %v941, %v971 fastmath<contract> : f32
                %v973 = arith.mulf %v626, %v949 fastmath<contract> : f32
                %v974 = arith.mulf %v638, %v960 fastmath<contract> : f32
                %v975 = arith.addf %v973, %v974 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v976, %v977 = gpu.shuffle xor %v975, %v791, %v327 : f32
                %v978 = arith.addf %v975, %v976 fastmath<contract> : f32
                %v979, %v980 = gpu.shuffle xor %v978, %v795, %v327 : f32
                %v981 = arith.addf %v978, %v979 fastmath<contract> : f32
                %v982, %v983 = gpu.shuffle xor %v981, %v799, %v327 : f32
                %v984 = arith.addf %v981, %v982 fastmath<contract> : f32
                // end sum over the lanes
                %v985 = arith.mulf %v886, %v984 fastmath<contract> : f32
                %v986 = arith.mulf %v888, %v985 fastmath<contract> : f32
                %v987 = arith.negf %v986 : f32
                %v988 = arith.addf %v972, %v987 fastmath<contract> : f32
                %v989 = arith.mulf %v988, %v892 fastmath<contract> : f32
                %v990 = arith.select %v37, %v989, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v991, %v992 = gpu.shuffle xor %v990, %v822, %v327 : f32
                %v993 = arith.addf %v990, %v991 fastmath<contract> : f32
                %v994, %v995 = gpu.shuffle xor %v993, %v826, %v327 : f32
                %v996 = arith.addf %v993, %v994 fastmath<contract> : f32
                %v997 = arith.divui %v18, %v20 : i64
                %v998 = arith.remui %v18, %v20 : i64
                %v999 = arith.cmpi ult, %v998, %v2 : i64
                %v1000 = arith.muli %v997, %v2 : i64
                %v1001 = arith.addi %v1000, %v66 : i64
                %v1002 = arith.muli %v1001, %v835 : i64
                %v1003 = arith.addi %v1002, %v894 : i64
                scf.if %v999 {
                  %v1004 = llvm.getelementptr %v61[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v996, %v1004 : f32, !llvm.ptr
                }
                %v1005 = arith.mulf %v888, %v984 fastmath<contract> : f32
                %v1006 = arith.mulf %v884, %v1005 fastmath<contract> : f32
                %v1007 = arith.mulf %v886, %v1006 fastmath<contract> : f32
                %v1008 = llvm.load %v57 : !llvm.ptr -> f32
                %v1009 = arith.addf %v1008, %v1007 fastmath<contract> : f32
                llvm.store %v1009, %v57 : f32, !llvm.ptr
                %v1010 = arith.mulf %v890, %v949 fastmath<contract> : f32
                scf.if %v37 {
                  %v1011 = arith.addi %v66, %v33 : i64
                  %v1012 = arith.addi %v52, %v39 : i64
                  %v1013 = arith.muli %v1012, %v1 : i64
                  %v1014 = arith.addi %v1013, %v1011 : i64
                  %v1015 = arith.muli %v1014, %size_L : i64
                  %v1016 = arith.addi %v1015, %v895 : i64
                  %v1017 = llvm.getelementptr %part_Bm[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1010, %v1017 : f32, !llvm.ptr
                }
                %v1018 = arith.mulf %v890, %v960 fastmath<contract> : f32
                scf.if %v37 {
                  %v1019 = arith.addi %v32, %v33 : i64
                  %v1020 = arith.addi %v52, %v39 : i64
                  %v1021 = arith.muli %v1020, %v1 : i64
                  %v1022 = arith.addi %v1021, %v1019 : i64
                  %v1023 = arith.muli %v1022, %size_L : i64
                  %v1024 = arith.addi %v1023, %v895 : i64
                  %v1025 = llvm.getelementptr %part_Bm[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1018, %v1025 : f32, !llvm.ptr
                }
                %v1026 = arith.mulf %v656, %v911 fastmath<contract> : f32
                scf.if %v37 {
                  %v1027 = arith.addi %v66, %v33 : i64
                  %v1028 = arith.addi %v52, %v39 : i64
                  %v1029 = arith.muli %v1028, %v1 : i64
                  %v1030 = arith.addi %v1029, %v1027 : i64
                  %v1031 = arith.muli %v1030, %size_L : i64
                  %v1032 = arith.addi %v1031, %v895 : i64
                  %v1033 = llvm.getelementptr %part_Cm[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1026, %v1033 : f32, !llvm.ptr
                }
                %v1034 = arith.mulf %v668, %v911 fastmath<contract> : f32
                scf.if %v37 {
                  %v1035 = arith.addi %v32, %v33 : i64
                  %v1036 = arith.addi %v52, %v39 : i64
                  %v1037 = arith.muli %v1036, %v1 : i64
                  %v1038 = arith.addi %v1037, %v1035 : i64
                  %v1039 = arith.muli %v1038, %size_L : i64
                  %v1040 = arith.addi %v1039, %v895 : i64
                  %v1041 = llvm.getelementptr %part_Cm[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1034, %v1041 : f32, !llvm.ptr
                }
                %v1042 = llvm.load %v59 : !llvm.ptr -> f32
                %v1043 = arith.addf %v1042, %v989 fastmath<contract> : f32
                llvm.store %v1043, %v59 : f32, !llvm.ptr
                %v1044 = arith.addf %v950, %v961 fastmath<contract> : f32
                llvm.store %v1044, %v698 : f32, !llvm.ptr
                llvm.store %v888, %v55 : f32, !llvm.ptr
                llvm.store %v888, %v56 : f32, !llvm.ptr
              }
              %v1045 = llvm.load %v698 : !llvm.ptr -> f32
              %v1046 = arith.select %v701, %v1045, %v879 : f32
              %v1047 = arith.select %v701, %v879, %v1045 : f32
              %v1048, %v1049 = gpu.shuffle xor %v1046, %v791, %v327 : f32
              %v1050 = arith.addf %v1047, %v1048 fastmath<contract> : f32
              %v1051 = arith.addi %v379, %v609 : i64
              %v1052 = arith.cmpi slt, %v1051, %v165 : i64
              %v1053, %v1054 = gpu.shuffle idx %v438, %v141, %v327 : f32
              %v1055, %v1056 = gpu.shuffle idx %v439, %v141, %v327 : f32
              %v1057, %v1058 = gpu.shuffle idx %v444, %v141, %v327 : f32
              %v1059, %v1060 = gpu.shuffle idx %v447, %v141, %v327 : f32
              %v1061, %v1062 = gpu.shuffle idx %v457, %v141, %v327 : f32
              %v1063, %v1064 = gpu.shuffle idx %v462, %v141, %v327 : f32
              %v1065 = arith.addi %v381, %v521 : i64
              llvm.store %v64, %v698 : f32, !llvm.ptr
              scf.if %v1052 {
                %v1066 = arith.addi %v163, %v1051 : i64
                %v1067 = arith.muli %v47, %v336 : i64
                %v1068 = arith.muli %v1066, %v335 : i64
                %v1069 = arith.addi %v1067, %v1068 : i64
                %v1070 = arith.muli %v33, %v2 : i64
                %v1071 = arith.addi %v1069, %v1070 : i64
                %v1072 = llvm.getelementptr %in_Cm[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
                %v1074 = arith.muli %v47, %v309 : i64
                %v1075 = arith.muli %v1066, %v308 : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = arith.muli %v45, %v307 : i64
                %v1078 = arith.addi %v1076, %v1077 : i64
                %v1079 = arith.muli %v43, %v2 : i64
                %v1080 = arith.addi %v1078, %v1079 : i64
                %v1081 = llvm.getelementptr %dy_y[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
                %v1083 = arith.mulf %v1073, %v1082 fastmath<contract> : f32
                %v1084 = llvm.load %v53 : !llvm.ptr -> f32
                %v1085 = llvm.load %v55 : !llvm.ptr -> f32
                %v1086 = arith.mulf %v1085, %v1084 fastmath<contract> : f32
                %v1087 = arith.addf %v1083, %v1086 fastmath<contract> : f32
                llvm.store %v1087, %v53 : f32, !llvm.ptr
                %v1088 = arith.muli %v47, %v336 : i64
                %v1089 = arith.muli %v1066, %v335 : i64
                %v1090 = arith.addi %v1088, %v1089 : i64
                %v1091 = arith.constant 8 : i64
                %v1092 = arith.addi %v1091, %v33 : i64
                %v1093 = arith.muli %v1092, %v2 : i64
                %v1094 = arith.addi %v1090, %v1093 : i64
                %v1095 = llvm.getelementptr %in_Cm[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
                %v1097 = arith.mulf %v1096, %v1082 fastmath<contract> : f32
                %v1098 = llvm.load %v54 : !llvm.ptr -> f32
                %v1099 = llvm.load %v56 : !llvm.ptr -> f32
                %v1100 = arith.mulf %v1099, %v1098 fastmath<contract> : f32
                %v1101 = arith.addf %v1097, %v1100 fastmath<contract> : f32
                llvm.store %v1101, %v54 : f32, !llvm.ptr
                %v1102 = arith.subi %size_L, %v2 : i64
                %v1103 = arith.cmpi eq, %v1066, %v1102 : i64
                scf.if %v1103 {
                }
                %v1104 = arith.muli %v47, %v309 : i64
                %v1105 = arith.muli %v1066, %v308 : i64
                %v1106 = arith.addi %v1104, %v1105 : i64
                %v1107 = arith.muli %v45, %v307 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = arith.muli %v43, %v2 : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = llvm.getelementptr %in_x[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                %v1113 = arith.muli %v47, %v336 : i64
                %v1114 = arith.muli %v1066, %v335 : i64
                %v1115 = arith.addi %v1113, %v1114 : i64
                %v1116 = arith.muli %v33, %v2 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = llvm.getelementptr %in_Bm[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
                %v1120 = llvm.load %v53 : !llvm.ptr -> f32
                %v1121 = arith.mulf %v1119, %v1120 fastmath<contract> : f32
                %v1122 = arith.muli %v47, %v336 : i64
                %v1123 = arith.muli %v1066, %v335 : i64
                %v1124 = arith.addi %v1122, %v1123 : i64
                %v1125 = arith.constant 8 : i64
                %v1126 = arith.addi %v1125, %v33 : i64
                %v1127 = arith.muli %v1126, %v2 : i64
                %v1128 = arith.addi %v1124, %v1127 : i64
                %v1129 = llvm.getelementptr %in_Bm[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
                %v1131 = llvm.load %v54 : !llvm.ptr -> f32
                %v1132 = arith.mulf %v1130, %v1131 fastmath<contract> : f32
                %v1133 = arith.addf %v1121, %v1132 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1134, %v1135 = gpu.shuffle xor %v1133, %v791, %v327 : f32
                %v1136 = arith.addf %v1133, %v1134 fastmath<contract> : f32
                %v1137, %v1138 = gpu.shuffle xor %v1136, %v795, %v327 : f32
                %v1139 = arith.addf %v1136, %v1137 fastmath<contract> : f32
                %v1140, %v1141 = gpu.shuffle xor %v1139, %v799, %v327 : f32
                %v1142 = arith.addf %v1139, %v1140 fastmath<contract> : f32
                // end sum over the lanes
                %v1143 = arith.mulf %v1112, %v1142 fastmath<contract> : f32
                %v1144 = arith.mulf %v596, %v1120 fastmath<contract> : f32
                %v1145 = arith.mulf %v608, %v1131 fastmath<contract> : f32
                %v1146 = arith.addf %v1144, %v1145 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1147, %v1148 = gpu.shuffle xor %v1146, %v791, %v327 : f32
                %v1149 = arith.addf %v1146, %v1147 fastmath<contract> : f32
                %v1150, %v1151 = gpu.shuffle xor %v1149, %v795, %v327 : f32
                %v1152 = arith.addf %v1149, %v1150 fastmath<contract> : f32
                %v1153, %v1154 = gpu.shuffle xor %v1152, %v799, %v327 : f32
                %v1155 = arith.addf %v1152, %v1153 fastmath<contract> : f32
                // end sum over the lanes
                %v1156 = arith.mulf %v1057, %v1155 fastmath<contract> : f32
                %v1157 = arith.mulf %v1059, %v1156 fastmath<contract> : f32
                %v1158 = arith.negf %v1157 : f32
                %v1159 = arith.addf %v1143, %v1158 fastmath<contract> : f32
                %v1160 = arith.mulf %v1159, %v1063 fastmath<contract> : f32
                %v1161 = arith.select %v37, %v1160, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1162, %v1163 = gpu.shuffle xor %v1161, %v822, %v327 : f32
                %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
                %v1165, %v1166 = gpu.shuffle xor %v1164, %v826, %v327 : f32
                %v1167 = arith.addf %v1164, %v1165 fastmath<contract> : f32
                %v1168 = arith.divui %v18, %v20 : i64
                %v1169 = arith.remui %v18, %v20 : i64
                %v1170 = arith.cmpi ult, %v1169, %v2 : i64
                %v1171 = arith.muli %v1168, %v2 : i64
                %v1172 = arith.addi %v1171, %v66 : i64
                %v1173 = arith.muli %v1172, %v835 : i64
                %v1174 = arith.addi %v1173, %v1065 : i64
                scf.if %v1170 {
                  %v1175 = llvm.getelementptr %v61[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1167, %v1175 : f32, !llvm.ptr
                }
                %v1176 = arith.mulf %v1059, %v1155 fastmath<contract> : f32
                %v1177 = arith.mulf %v1055, %v1176 fastmath<contract> : f32
                %v1178 = arith.mulf %v1057, %v1177 fastmath<contract> : f32
                %v1179 = llvm.load %v57 : !llvm.ptr -> f32
                %v1180 = arith.addf %v1179, %v1178 fastmath<contract> : f32
                llvm.store %v1180, %v57 : f32, !llvm.ptr
                %v1181 = arith.mulf %v1061, %v1120 fastmath<contract> : f32
                scf.if %v37 {
                  %v1182 = arith.addi %v66, %v33 : i64
                  %v1183 = arith.addi %v52, %v39 : i64
                  %v1184 = arith.muli %v1183, %v1 : i64
                  %v1185 = arith.addi %v1184, %v1182 : i64
                  %v1186 = arith.muli %v1185, %size_L : i64
                  %v1187 = arith.addi %v1186, %v1066 : i64
                  %v1188 = llvm.getelementptr %part_Bm[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1181, %v1188 : f32, !llvm.ptr
                }
                %v1189 = arith.mulf %v1061, %v1131 fastmath<contract> : f32
                scf.if %v37 {
                  %v1190 = arith.addi %v32, %v33 : i64
                  %v1191 = arith.addi %v52, %v39 : i64
                  %v1192 = arith.muli %v1191, %v1 : i64
                  %v1193 = arith.addi %v1192, %v1190 : i64
                  %v1194 = arith.muli %v1193, %size_L : i64
                  %v1195 = arith.addi %v1194, %v1066 : i64
                  %v1196 = llvm.getelementptr %part_Bm[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1189, %v1196 : f32, !llvm.ptr
                }
                %v1197 = arith.mulf %v626, %v1082 fastmath<contract> : f32
                scf.if %v37 {
                  %v1198 = arith.addi %v66, %v33 : i64
                  %v1199 = arith.addi %v52, %v39 : i64
                  %v1200 = arith.muli %v1199, %v1 : i64
                  %v1201 = arith.addi %v1200, %v1198 : i64
                  %v1202 = arith.muli %v1201, %size_L : i64
                  %v1203 = arith.addi %v1202, %v1066 : i64
                  %v1204 = llvm.getelementptr %part_Cm[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1197, %v1204 : f32, !llvm.ptr
                }
                %v1205 = arith.mulf %v638, %v1082 fastmath<contract> : f32
                scf.if %v37 {
                  %v1206 = arith.addi %v32, %v33 : i64
                  %v1207 = arith.addi %v52, %v39 : i64
                  %v1208 = arith.muli %v1207, %v1 : i64
                  %v1209 = arith.addi %v1208, %v1206 : i64
                  %v1210 = arith.muli %v1209, %size_L : i64
                  %v1211 = arith.addi %v1210, %v1066 : i64
                  %v1212 = llvm.getelementptr %part_Cm[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1205, %v1212 : f32, !llvm.ptr
                }
                %v1213 = llvm.load %v59 : !llvm.ptr -> f32
                %v1214 = arith.addf %v1213, %v1160 fastmath<contract> : f32
                llvm.store %v1214, %v59 : f32, !llvm.ptr
                %v1215 = arith.addf %v1121, %v1132 fastmath<contract> : f32
                llvm.store %v1215, %v698 : f32, !llvm.ptr
                llvm.store %v1059, %v55 : f32, !llvm.ptr
                llvm.store %v1059, %v56 : f32, !llvm.ptr
              }
              %v1216 = llvm.load %v698 : !llvm.ptr -> f32
              %v1217 = arith.addi %v379, %v49 : i64
              %v1218 = arith.cmpi slt, %v1217, %v165 : i64
              %v1219, %v1220 = gpu.shuffle idx %v438, %v137, %v327 : f32
              %v1221, %v1222 = gpu.shuffle idx %v439, %v137, %v327 : f32
              %v1223, %v1224 = gpu.shuffle idx %v444, %v137, %v327 : f32
              %v1225, %v1226 = gpu.shuffle idx %v447, %v137, %v327 : f32
              %v1227, %v1228 = gpu.shuffle idx %v457, %v137, %v327 : f32
              %v1229, %v1230 = gpu.shuffle idx %v462, %v137, %v327 : f32
              %v1231 = arith.addi %v381, %v361 : i64
              llvm.store %v64, %v698 : f32, !llvm.ptr
              scf.if %v1218 {
                %v1232 = arith.addi %v163, %v1217 : i64
                %v1233 = arith.muli %v47, %v336 : i64
                %v1234 = arith.muli %v1232, %v335 : i64
                %v1235 = arith.addi %v1233, %v1234 : i64
                %v1236 = arith.muli %v33, %v2 : i64
                %v1237 = arith.addi %v1235, %v1236 : i64
                %v1238 = llvm.getelementptr %in_Cm[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
                %v1240 = arith.muli %v47, %v309 : i64
                %v1241 = arith.muli %v1232, %v308 : i64
                %v1242 = arith.addi %v1240, %v1241 : i64
                %v1243 = arith.muli %v45, %v307 : i64
                %v1244 = arith.addi %v1242, %v1243 : i64
                %v1245 = arith.muli %v43, %v2 : i64
                %v1246 = arith.addi %v1244, %v1245 : i64
                %v1247 = llvm.getelementptr %dy_y[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
                %v1249 = arith.mulf %v1239, %v1248 fastmath<contract> : f32
                %v1250 = llvm.load %v53 : !llvm.ptr -> f32
                %v1251 = llvm.load %v55 : !llvm.ptr -> f32
                %v1252 = arith.mulf %v1251, %v1250 fastmath<contract> : f32
                %v1253 = arith.addf %v1249, %v1252 fastmath<contract> : f32
                llvm.store %v1253, %v53 : f32, !llvm.ptr
                %v1254 = arith.muli %v47, %v336 : i64
                %v1255 = arith.muli %v1232, %v335 : i64
                %v1256 = arith.addi %v1254, %v1255 : i64
                %v1257 = arith.constant 8 : i64
                %v1258 = arith.addi %v1257, %v33 : i64
                %v1259 = arith.muli %v1258, %v2 : i64
                %v1260 = arith.addi %v1256, %v1259 : i64
                %v1261 = llvm.getelementptr %in_Cm[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
                %v1263 = arith.mulf %v1262, %v1248 fastmath<contract> : f32
                %v1264 = llvm.load %v54 : !llvm.ptr -> f32
                %v1265 = llvm.load %v56 : !llvm.ptr -> f32
                %v1266 = arith.mulf %v1265, %v1264 fastmath<contract> : f32
                %v1267 = arith.addf %v1263, %v1266 fastmath<contract> : f32
                llvm.store %v1267, %v54 : f32, !llvm.ptr
                %v1268 = arith.subi %size_L, %v2 : i64
                %v1269 = arith.cmpi eq, %v1232, %v1268 : i64
                scf.if %v1269 {
                }
                %v1270 = arith.muli %v47, %v309 : i64
                %v1271 = arith.muli %v1232, %v308 : i64
                %v1272 = arith.addi %v1270, %v1271 : i64
                %v1273 = arith.muli %v45, %v307 : i64
                %v1274 = arith.addi %v1272, %v1273 : i64
                %v1275 = arith.muli %v43, %v2 : i64
                %v1276 = arith.addi %v1274, %v1275 : i64
                %v1277 = llvm.getelementptr %in_x[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1278 = llvm.load %v1277 : !llvm.ptr -> f32
                %v1279 = arith.muli %v47, %v336 : i64
                %v1280 = arith.muli %v1232, %v335 : i64
                %v1281 = arith.addi %v1279, %v1280 : i64
                %v1282 = arith.muli %v33, %v2 : i64
                %v1283 = arith.addi %v1281, %v1282 : i64
                %v1284 = llvm.getelementptr %in_Bm[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                %v1286 = llvm.load %v53 : !llvm.ptr -> f32
                %v1287 = arith.mulf %v1285, %v1286 fastmath<contract> : f32
                %v1288 = arith.muli %v47, %v336 : i64
                %v1289 = arith.muli %v1232, %v335 : i64
                %v1290 = arith.addi %v1288, %v1289 : i64
                %v1291 = arith.constant 8 : i64
                %v1292 = arith.addi %v1291, %v33 : i64
                %v1293 = arith.muli %v1292, %v2 : i64
                %v1294 = arith.addi %v1290, %v1293 : i64
                %v1295 = llvm.getelementptr %in_Bm[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
                %v1297 = llvm.load %v54 : !llvm.ptr -> f32
                %v1298 = arith.mulf %v1296, %v1297 fastmath<contract> : f32
                %v1299 = arith.addf %v1287, %v1298 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1300, %v1301 = gpu.shuffle xor %v1299, %v791, %v327 : f32
                %v1302 = arith.addf %v1299, %v1300 fastmath<contract> : f32
                %v1303, %v1304 = gpu.shuffle xor %v1302, %v795, %v327 : f32
                %v1305 = arith.addf %v1302, %v1303 fastmath<contract> : f32
                %v1306, %v1307 = gpu.shuffle xor %v1305, %v799, %v327 : f32
                %v1308 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                // end sum over the lanes
                %v1309 = arith.mulf %v1278, %v1308 fastmath<contract> : f32
                %v1310 = arith.mulf %v567, %v1286 fastmath<contract> : f32
                %v1311 = arith.mulf %v579, %v1297 fastmath<contract> : f32
                %v1312 = arith.addf %v1310, %v1311 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1313, %v1314 = gpu.shuffle xor %v1312, %v791, %v327 : f32
                %v1315 = arith.addf %v1312, %v1313 fastmath<contract> : f32
                %v1316, %v1317 = gpu.shuffle xor %v1315, %v795, %v327 : f32
                %v1318 = arith.addf %v1315, %v1316 fastmath<contract> : f32
                %v1319, %v1320 = gpu.shuffle xor %v1318, %v799, %v327 : f32
                %v1321 = arith.addf %v1318, %v1319 fastmath<contract> : f32
                // end sum over the lanes
                %v1322 = arith.mulf %v1223, %v1321 fastmath<contract> : f32
                %v1323 = arith.mulf %v1225, %v1322 fastmath<contract> : f32
                %v1324 = arith.negf %v1323 : f32
                %v1325 = arith.addf %v1309, %v1324 fastmath<contract> : f32
                %v1326 = arith.mulf %v1325, %v1229 fastmath<contract> : f32
                %v1327 = arith.select %v37, %v1326, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1328, %v1329 = gpu.shuffle xor %v1327, %v822, %v327 : f32
                %v1330 = arith.addf %v1327, %v1328 fastmath<contract> : f32
                %v1331, %v1332 = gpu.shuffle xor %v1330, %v826, %v327 : f32
                %v1333 = arith.addf %v1330, %v1331 fastmath<contract> : f32
                %v1334 = arith.divui %v18, %v20 : i64
                %v1335 = arith.remui %v18, %v20 : i64
                %v1336 = arith.cmpi ult, %v1335, %v2 : i64
                %v1337 = arith.muli %v1334, %v2 : i64
                %v1338 = arith.addi %v1337, %v66 : i64
                %v1339 = arith.muli %v1338, %v835 : i64
                %v1340 = arith.addi %v1339, %v1231 : i64
                scf.if %v1336 {
                  %v1341 = llvm.getelementptr %v61[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1333, %v1341 : f32, !llvm.ptr
                }
                %v1342 = arith.mulf %v1225, %v1321 fastmath<contract> : f32
                %v1343 = arith.mulf %v1221, %v1342 fastmath<contract> : f32
                %v1344 = arith.mulf %v1223, %v1343 fastmath<contract> : f32
                %v1345 = llvm.load %v57 : !llvm.ptr -> f32
                %v1346 = arith.addf %v1345, %v1344 fastmath<contract> : f32
                llvm.store %v1346, %v57 : f32, !llvm.ptr
                %v1347 = arith.mulf %v1227, %v1286 fastmath<contract> : f32
                scf.if %v37 {
                  %v1348 = arith.addi %v66, %v33 : i64
                  %v1349 = arith.addi %v52, %v39 : i64
                  %v1350 = arith.muli %v1349, %v1 : i64
                  %v1351 = arith.addi %v1350, %v1348 : i64
                  %v1352 = arith.muli %v1351, %size_L : i64
                  %v1353 = arith.addi %v1352, %v1232 : i64
                  %v1354 = llvm.getelementptr %part_Bm[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1347, %v1354 : f32, !llvm.ptr
                }
                %v1355 = arith.mulf %v1227, %v1297 fastmath<contract> : f32
                scf.if %v37 {
                  %v1356 = arith.addi %v32, %v33 : i64
                  %v1357 = arith.addi %v52, %v39 : i64
                  %v1358 = arith.muli %v1357, %v1 : i64
                  %v1359 = arith.addi %v1358, %v1356 : i64
                  %v1360 = arith.muli %v1359, %size_L : i64
                  %v1361 = arith.addi %v1360, %v1232 : i64
                  %v1362 = llvm.getelementptr %part_Bm[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1355, %v1362 : f32, !llvm.ptr
                }
                %v1363 = arith.mulf %v596, %v1248 fastmath<contract> : f32
                scf.if %v37 {
                  %v1364 = arith.addi %v66, %v33 : i64
                  %v1365 = arith.addi %v52, %v39 : i64
                  %v1366 = arith.muli %v1365, %v1 : i64
                  %v1367 = arith.addi %v1366, %v1364 : i64
                  %v1368 = arith.muli %v1367, %size_L : i64
                  %v1369 = arith.addi %v1368, %v1232 : i64
                  %v1370 = llvm.getelementptr %part_Cm[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1363, %v1370 : f32, !llvm.ptr
                }
                %v1371 = arith.mulf %v608, %v1248 fastmath<contract> : f32
                scf.if %v37 {
                  %v1372 = arith.addi %v32, %v33 : i64
                  %v1373 = arith.addi %v52, %v39 : i64
                  %v1374 = arith.muli %v1373, %v1 : i64
                  %v1375 = arith.addi %v1374, %v1372 : i64
                  %v1376 = arith.muli %v1375, %size_L : i64
                  %v1377 = arith.addi %v1376, %v1232 : i64
                  %v1378 = llvm.getelementptr %part_Cm[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1371, %v1378 : f32, !llvm.ptr
                }
                %v1379 = llvm.load %v59 : !llvm.ptr -> f32
                %v1380 = arith.addf %v1379, %v1326 fastmath<contract> : f32
                llvm.store %v1380, %v59 : f32, !llvm.ptr
                %v1381 = arith.addf %v1287, %v1298 fastmath<contract> : f32
                llvm.store %v1381, %v698 : f32, !llvm.ptr
                llvm.store %v1225, %v55 : f32, !llvm.ptr
                llvm.store %v1225, %v56 : f32, !llvm.ptr
              }
              %v1382 = llvm.load %v698 : !llvm.ptr -> f32
              %v1383 = arith.select %v701, %v1382, %v1216 : f32
              %v1384 = arith.select %v701, %v1216, %v1382 : f32
              %v1385, %v1386 = gpu.shuffle xor %v1383, %v791, %v327 : f32
              %v1387 = arith.addf %v1384, %v1385 fastmath<contract> : f32
              %v1388 = arith.select %v704, %v1387, %v1050 : f32
              %v1389 = arith.select %v704, %v1050, %v1387 : f32
              %v1390, %v1391 = gpu.shuffle xor %v1388, %v795, %v327 : f32
              %v1392 = arith.addf %v1389, %v1390 fastmath<contract> : f32
              %v1393 = arith.addi %v379, %v361 : i64
              %v1394 = arith.cmpi slt, %v1393, %v165 : i64
              %v1395, %v1396 = gpu.shuffle idx %v438, %v133, %v327 : f32
              %v1397, %v1398 = gpu.shuffle idx %v439, %v133, %v327 : f32
              %v1399, %v1400 = gpu.shuffle idx %v444, %v133, %v327 : f32
              %v1401, %v1402 = gpu.shuffle idx %v447, %v133, %v327 : f32
              %v1403, %v1404 = gpu.shuffle idx %v457, %v133, %v327 : f32
              %v1405, %v1406 = gpu.shuffle idx %v462, %v133, %v327 : f32
              %v1407 = arith.addi %v381, %v49 : i64
              llvm.store %v64, %v698 : f32, !llvm.ptr
              scf.if %v1394 {
                %v1408 = arith.addi %v163, %v1393 : i64
                %v1409 = arith.muli %v47, %v336 : i64
                %v1410 = arith.muli %v1408, %v335 : i64
                %v1411 = arith.addi %v1409, %v1410 : i64
                %v1412 = arith.muli %v33, %v2 : i64
                %v1413 = arith.addi %v1411, %v1412 : i64
                %v1414 = llvm.getelementptr %in_Cm[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
                %v1416 = arith.muli %v47, %v309 : i64
                %v1417 = arith.muli %v1408, %v308 : i64
                %v1418 = arith.addi %v1416, %v1417 : i64
                %v1419 = arith.muli %v45, %v307 : i64
                %v1420 = arith.addi %v1418, %v1419 : i64
                %v1421 = arith.muli %v43, %v2 : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = llvm.getelementptr %dy_y[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
                %v1425 = arith.mulf %v1415, %v1424 fastmath<contract> : f32
                %v1426 = llvm.load %v53 : !llvm.ptr -> f32
                %v1427 = llvm.load %v55 : !llvm.ptr -> f32
                %v1428 = arith.mulf %v1427, %v1426 fastmath<contract> : f32
                %v1429 = arith.addf %v1425, %v1428 fastmath<contract> : f32
                llvm.store %v1429, %v53 : f32, !llvm.ptr
                %v1430 = arith.muli %v47, %v336 : i64
                %v1431 = arith.muli %v1408, %v335 : i64
                %v1432 = arith.addi %v1430, %v1431 : i64
                %v1433 = arith.constant 8 : i64
                %v1434 = arith.addi %v1433, %v33 : i64
                %v1435 = arith.muli %v1434, %v2 : i64
                %v1436 = arith.addi %v1432, %v1435 : i64
                %v1437 = llvm.getelementptr %in_Cm[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
                %v1439 = arith.mulf %v1438, %v1424 fastmath<contract> : f32
                %v1440 = llvm.load %v54 : !llvm.ptr -> f32
                %v1441 = llvm.load %v56 : !llvm.ptr -> f32
                %v1442 = arith.mulf %v1441, %v1440 fastmath<contract> : f32
                %v1443 = arith.addf %v1439, %v1442 fastmath<contract> : f32
                llvm.store %v1443, %v54 : f32, !llvm.ptr
                %v1444 = arith.subi %size_L, %v2 : i64
                %v1445 = arith.cmpi eq, %v1408, %v1444 : i64
                scf.if %v1445 {
                }
                %v1446 = arith.muli %v47, %v309 : i64
                %v1447 = arith.muli %v1408, %v308 : i64
                %v1448 = arith.addi %v1446, %v1447 : i64
                %v1449 = arith.muli %v45, %v307 : i64
                %v1450 = arith.addi %v1448, %v1449 : i64
                %v1451 = arith.muli %v43, %v2 : i64
                %v1452 = arith.addi %v1450, %v1451 : i64
                %v1453 = llvm.getelementptr %in_x[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
                %v1455 = arith.muli %v47, %v336 : i64
                %v1456 = arith.muli %v1408, %v335 : i64
                %v1457 = arith.addi %v1455, %v1456 : i64
                %v1458 = arith.muli %v33, %v2 : i64
                %v1459 = arith.addi %v1457, %v1458 : i64
                %v1460 = llvm.getelementptr %in_Bm[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
                %v1462 = llvm.load %v53 : !llvm.ptr -> f32
                %v1463 = arith.mulf %v1461, %v1462 fastmath<contract> : f32
                %v1464 = arith.muli %v47, %v336 : i64
                %v1465 = arith.muli %v1408, %v335 : i64
                %v1466 = arith.addi %v1464, %v1465 : i64
                %v1467 = arith.constant 8 : i64
                %v1468 = arith.addi %v1467, %v33 : i64
                %v1469 = arith.muli %v1468, %v2 : i64
                %v1470 = arith.addi %v1466, %v1469 : i64
                %v1471 = llvm.getelementptr %in_Bm[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
                %v1473 = llvm.load %v54 : !llvm.ptr -> f32
                %v1474 = arith.mulf %v1472, %v1473 fastmath<contract> : f32
                %v1475 = arith.addf %v1463, %v1474 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1476, %v1477 = gpu.shuffle xor %v1475, %v791, %v327 : f32
                %v1478 = arith.addf %v1475, %v1476 fastmath<contract> : f32
                %v1479, %v1480 = gpu.shuffle xor %v1478, %v795, %v327 : f32
                %v1481 = arith.addf %v1478, %v1479 fastmath<contract> : f32
                %v1482, %v1483 = gpu.shuffle xor %v1481, %v799, %v327 : f32
                %v1484 = arith.addf %v1481, %v1482 fastmath<contract> : f32
                // end sum over the lanes
                %v1485 = arith.mulf %v1454, %v1484 fastmath<contract> : f32
                %v1486 = arith.mulf %v538, %v1462 fastmath<contract> : f32
                %v1487 = arith.mulf %v550, %v1473 fastmath<contract> : f32
                %v1488 = arith.addf %v1486, %v1487 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1489, %v1490 = gpu.shuffle xor %v1488, %v791, %v327 : f32
                %v1491 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                %v1492, %v1493 = gpu.shuffle xor %v1491, %v795, %v327 : f32
                %v1494 = arith.addf %v1491, %v1492 fastmath<contract> : f32
                %v1495, %v1496 = gpu.shuffle xor %v1494, %v799, %v327 : f32
                %v1497 = arith.addf %v1494, %v1495 fastmath<contract> : f32
                // end sum over the lanes
                %v1498 = arith.mulf %v1399, %v1497 fastmath<contract> : f32
                %v1499 = arith.mulf %v1401, %v1498 fastmath<contract> : f32
                %v1500 = arith.negf %v1499 : f32
                %v1501 = arith.addf %v1485, %v1500 fastmath<contract> : f32
                %v1502 = arith.mulf %v1501, %v1405 fastmath<contract> : f32
                %v1503 = arith.select %v37, %v1502, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1504, %v1505 = gpu.shuffle xor %v1503, %v822, %v327 : f32
                %v1506 = arith.addf %v1503, %v1504 fastmath<contract> : f32
                %v1507, %v1508 = gpu.shuffle xor %v1506, %v826, %v327 : f32
                %v1509 = arith.addf %v1506, %v1507 fastmath<contract> : f32
                %v1510 = arith.divui %v18, %v20 : i64
                %v1511 = arith.remui %v18, %v20 : i64
                %v1512 = arith.cmpi ult, %v1511, %v2 : i64
                %v1513 = arith.muli %v1510, %v2 : i64
                %v1514 = arith.addi %v1513, %v66 : i64
                %v1515 = arith.muli %v1514, %v835 : i64
                %v1516 = arith.addi %v1515, %v1407 : i64
                scf.if %v1512 {
                  %v1517 = llvm.getelementptr %v61[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1509, %v1517 : f32, !llvm.ptr
                }
                %v1518 = arith.mulf %v1401, %v1497 fastmath<contract> : f32
                %v1519 = arith.mulf %v1397, %v1518 fastmath<contract> : f32
                %v1520 = arith.mulf %v1399, %v1519 fastmath<contract> : f32
                %v1521 = llvm.load %v57 : !llvm.ptr -> f32
                %v1522 = arith.addf %v1521, %v1520 fastmath<contract> : f32
                llvm.store %v1522, %v57 : f32, !llvm.ptr
                %v1523 = arith.mulf %v1403, %v1462 fastmath<contract> : f32
                scf.if %v37 {
                  %v1524 = arith.addi %v66, %v33 : i64
                  %v1525 = arith.addi %v52, %v39 : i64
                  %v1526 = arith.muli %v1525, %v1 : i64
                  %v1527 = arith.addi %v1526, %v1524 : i64
                  %v1528 = arith.muli %v1527, %size_L : i64
                  %v1529 = arith.addi %v1528, %v1408 : i64
                  %v1530 = llvm.getelementptr %part_Bm[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1523, %v1530 : f32, !llvm.ptr
                }
                %v1531 = arith.mulf %v1403, %v1473 fastmath<contract> : f32
                scf.if %v37 {
                  %v1532 = arith.addi %v32, %v33 : i64
                  %v1533 = arith.addi %v52, %v39 : i64
                  %v1534 = arith.muli %v1533, %v1 : i64
                  %v1535 = arith.addi %v1534, %v1532 : i64
                  %v1536 = arith.muli %v1535, %size_L : i64
                  %v1537 = arith.addi %v1536, %v1408 : i64
                  %v1538 = llvm.getelementptr %part_Bm[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1531, %v1538 : f32, !llvm.ptr
                }
                %v1539 = arith.mulf %v567, %v1424 fastmath<contract> : f32
                scf.if %v37 {
                  %v1540 = arith.addi %v66, %v33 : i64
                  %v1541 = arith.addi %v52, %v39 : i64
                  %v1542 = arith.muli %v1541, %v1 : i64
                  %v1543 = arith.addi %v1542, %v1540 : i64
                  %v1544 = arith.muli %v1543, %size_L : i64
                  %v1545 = arith.addi %v1544, %v1408 : i64
                  %v1546 = llvm.getelementptr %part_Cm[%v1545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1539, %v1546 : f32, !llvm.ptr
                }
                %v1547 = arith.mulf %v579, %v1424 fastmath<contract> : f32
                scf.if %v37 {
                  %v1548 = arith.addi %v32, %v33 : i64
                  %v1549 = arith.addi %v52, %v39 : i64
                  %v1550 = arith.muli %v1549, %v1 : i64
                  %v1551 = arith.addi %v1550, %v1548 : i64
                  %v1552 = arith.muli %v1551, %size_L : i64
                  %v1553 = arith.addi %v1552, %v1408 : i64
                  %v1554 = llvm.getelementptr %part_Cm[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1547, %v1554 : f32, !llvm.ptr
                }
                %v1555 = llvm.load %v59 : !llvm.ptr -> f32
                %v1556 = arith.addf %v1555, %v1502 fastmath<contract> : f32
                llvm.store %v1556, %v59 : f32, !llvm.ptr
                %v1557 = arith.addf %v1463, %v1474 fastmath<contract> : f32
                llvm.store %v1557, %v698 : f32, !llvm.ptr
                llvm.store %v1401, %v55 : f32, !llvm.ptr
                llvm.store %v1401, %v56 : f32, !llvm.ptr
              }
              %v1558 = llvm.load %v698 : !llvm.ptr -> f32
              %v1559 = arith.addi %v379, %v521 : i64
              %v1560 = arith.cmpi slt, %v1559, %v165 : i64
              %v1561, %v1562 = gpu.shuffle idx %v438, %v129, %v327 : f32
              %v1563, %v1564 = gpu.shuffle idx %v439, %v129, %v327 : f32
              %v1565, %v1566 = gpu.shuffle idx %v444, %v129, %v327 : f32
              %v1567, %v1568 = gpu.shuffle idx %v447, %v129, %v327 : f32
              %v1569, %v1570 = gpu.shuffle idx %v457, %v129, %v327 : f32
              %v1571, %v1572 = gpu.shuffle idx %v462, %v129, %v327 : f32
              %v1573 = arith.addi %v381, %v609 : i64
              llvm.store %v64, %v698 : f32, !llvm.ptr
              scf.if %v1560 {
                %v1574 = arith.addi %v163, %v1559 : i64
                %v1575 = arith.muli %v47, %v336 : i64
                %v1576 = arith.muli %v1574, %v335 : i64
                %v1577 = arith.addi %v1575, %v1576 : i64
                %v1578 = arith.muli %v33, %v2 : i64
                %v1579 = arith.addi %v1577, %v1578 : i64
                %v1580 = llvm.getelementptr %in_Cm[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1581 = llvm.load %v1580 : !llvm.ptr -> f32
                %v1582 = arith.muli %v47, %v309 : i64
                %v1583 = arith.muli %v1574, %v308 : i64
                %v1584 = arith.addi %v1582, %v1583 : i64
                %v1585 = arith.muli %v45, %v307 : i64
                %v1586 = arith.addi %v1584, %v1585 : i64
                %v1587 = arith.muli %v43, %v2 : i64
                %v1588 = arith.addi %v1586, %v1587 : i64
                %v1589 = llvm.getelementptr %dy_y[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
                %v1591 = arith.mulf %v1581, %v1590 fastmath<contract> : f32
                %v1592 = llvm.load %v53 : !llvm.ptr -> f32
                %v1593 = llvm.load %v55 : !llvm.ptr -> f32
                %v1594 = arith.mulf %v1593, %v1592 fastmath<contract> : f32
                %v1595 = arith.addf %v1591, %v1594 fastmath<contract> : f32
                llvm.store %v1595, %v53 : f32, !llvm.ptr
                %v1596 = arith.muli %v47, %v336 : i64
                %v1597 = arith.muli %v1574, %v335 : i64
                %v1598 = arith.addi %v1596, %v1597 : i64
                %v1599 = arith.constant 8 : i64
                %v1600 = arith.addi %v1599, %v33 : i64
                %v1601 = arith.muli %v1600, %v2 : i64
                %v1602 = arith.addi %v1598, %v1601 : i64
                %v1603 = llvm.getelementptr %in_Cm[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1604 = llvm.load %v1603 : !llvm.ptr -> f32
                %v1605 = arith.mulf %v1604, %v1590 fastmath<contract> : f32
                %v1606 = llvm.load %v54 : !llvm.ptr -> f32
                %v1607 = llvm.load %v56 : !llvm.ptr -> f32
                %v1608 = arith.mulf %v1607, %v1606 fastmath<contract> : f32
                %v1609 = arith.addf %v1605, %v1608 fastmath<contract> : f32
                llvm.store %v1609, %v54 : f32, !llvm.ptr
                %v1610 = arith.subi %size_L, %v2 : i64
                %v1611 = arith.cmpi eq, %v1574, %v1610 : i64
                scf.if %v1611 {
                }
                %v1612 = arith.muli %v47, %v309 : i64
                %v1613 = arith.muli %v1574, %v308 : i64
                %v1614 = arith.addi %v1612, %v1613 : i64
                %v1615 = arith.muli %v45, %v307 : i64
                %v1616 = arith.addi %v1614, %v1615 : i64
                %v1617 = arith.muli %v43, %v2 : i64
                %v1618 = arith.addi %v1616, %v1617 : i64
                %v1619 = llvm.getelementptr %in_x[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
                %v1621 = arith.muli %v47, %v336 : i64
                %v1622 = arith.muli %v1574, %v335 : i64
                %v1623 = arith.addi %v1621, %v1622 : i64
                %v1624 = arith.muli %v33, %v2 : i64
                %v1625 = arith.addi %v1623, %v1624 : i64
                %v1626 = llvm.getelementptr %in_Bm[%v1625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1627 = llvm.load %v1626 : !llvm.ptr -> f32
                %v1628 = llvm.load %v53 : !llvm.ptr -> f32
                %v1629 = arith.mulf %v1627, %v1628 fastmath<contract> : f32
                %v1630 = arith.muli %v47, %v336 : i64
                %v1631 = arith.muli %v1574, %v335 : i64
                %v1632 = arith.addi %v1630, %v1631 : i64
                %v1633 = arith.constant 8 : i64
                %v1634 = arith.addi %v1633, %v33 : i64
                %v1635 = arith.muli %v1634, %v2 : i64
                %v1636 = arith.addi %v1632, %v1635 : i64
                %v1637 = llvm.getelementptr %in_Bm[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
                %v1639 = llvm.load %v54 : !llvm.ptr -> f32
                %v1640 = arith.mulf %v1638, %v1639 fastmath<contract> : f32
                %v1641 = arith.addf %v1629, %v1640 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1642, %v1643 = gpu.shuffle xor %v1641, %v791, %v327 : f32
                %v1644 = arith.addf %v1641, %v1642 fastmath<contract> : f32
                %v1645, %v1646 = gpu.shuffle xor %v1644, %v795, %v327 : f32
                %v1647 = arith.addf %v1644, %v1645 fastmath<contract> : f32
                %v1648, %v1649 = gpu.shuffle xor %v1647, %v799, %v327 : f32
                %v1650 = arith.addf %v1647, %v1648 fastmath<contract> : f32
                // end sum over the lanes
                %v1651 = arith.mulf %v1620, %v1650 fastmath<contract> : f32
                %v1652 = arith.mulf %v508, %v1628 fastmath<contract> : f32
                %v1653 = arith.mulf %v520, %v1639 fastmath<contract> : f32
                %v1654 = arith.addf %v1652, %v1653 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1655, %v1656 = gpu.shuffle xor %v1654, %v791, %v327 : f32
                %v1657 = arith.addf %v1654, %v1655 fastmath<contract> : f32
                %v1658, %v1659 = gpu.shuffle xor %v1657, %v795, %v327 : f32
                %v1660 = arith.addf %v1657, %v1658 fastmath<contract> : f32
                %v1661, %v1662 = gpu.shuffle xor %v1660, %v799, %v327 : f32
                %v1663 = arith.addf %v1660, %v1661 fastmath<contract> : f32
                // end sum over the lanes
                %v1664 = arith.mulf %v1565, %v1663 fastmath<contract> : f32
                %v1665 = arith.mulf %v1567, %v1664 fastmath<contract> : f32
                %v1666 = arith.negf %v1665 : f32
                %v1667 = arith.addf %v1651, %v1666 fastmath<contract> : f32
                %v1668 = arith.mulf %v1667, %v1571 fastmath<contract> : f32
                %v1669 = arith.select %v37, %v1668, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1670, %v1671 = gpu.shuffle xor %v1669, %v822, %v327 : f32
                %v1672 = arith.addf %v1669, %v1670 fastmath<contract> : f32
                %v1673, %v1674 = gpu.shuffle xor %v1672, %v826, %v327 : f32
                %v1675 = arith.addf %v1672, %v1673 fastmath<contract> : f32
                %v1676 = arith.divui %v18, %v20 : i64
                %v1677 = arith.remui %v18, %v20 : i64
                %v1678 = arith.cmpi ult, %v1677, %v2 : i64
                %v1679 = arith.muli %v1676, %v2 : i64
                %v1680 = arith.addi %v1679, %v66 : i64
                %v1681 = arith.muli %v1680, %v835 : i64
                %v1682 = arith.addi %v1681, %v1573 : i64
                scf.if %v1678 {
                  %v1683 = llvm.getelementptr %v61[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1675, %v1683 : f32, !llvm.ptr
                }
                %v1684 = arith.mulf %v1567, %v1663 fastmath<contract> : f32
                %v1685 = arith.mulf %v1563, %v1684 fastmath<contract> : f32
                %v1686 = arith.mulf %v1565, %v1685 fastmath<contract> : f32
                %v1687 = llvm.load %v57 : !llvm.ptr -> f32
                %v1688 = arith.addf %v1687, %v1686 fastmath<contract> : f32
                llvm.store %v1688, %v57 : f32, !llvm.ptr
                %v1689 = arith.mulf %v1569, %v1628 fastmath<contract> : f32
                scf.if %v37 {
                  %v1690 = arith.addi %v66, %v33 : i64
                  %v1691 = arith.addi %v52, %v39 : i64
                  %v1692 = arith.muli %v1691, %v1 : i64
                  %v1693 = arith.addi %v1692, %v1690 : i64
                  %v1694 = arith.muli %v1693, %size_L : i64
                  %v1695 = arith.addi %v1694, %v1574 : i64
                  %v1696 = llvm.getelementptr %part_Bm[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1689, %v1696 : f32, !llvm.ptr
                }
                %v1697 = arith.mulf %v1569, %v1639 fastmath<contract> : f32
                scf.if %v37 {
                  %v1698 = arith.addi %v32, %v33 : i64
                  %v1699 = arith.addi %v52, %v39 : i64
                  %v1700 = arith.muli %v1699, %v1 : i64
                  %v1701 = arith.addi %v1700, %v1698 : i64
                  %v1702 = arith.muli %v1701, %size_L : i64
                  %v1703 = arith.addi %v1702, %v1574 : i64
                  %v1704 = llvm.getelementptr %part_Bm[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1697, %v1704 : f32, !llvm.ptr
                }
                %v1705 = arith.mulf %v538, %v1590 fastmath<contract> : f32
                scf.if %v37 {
                  %v1706 = arith.addi %v66, %v33 : i64
                  %v1707 = arith.addi %v52, %v39 : i64
                  %v1708 = arith.muli %v1707, %v1 : i64
                  %v1709 = arith.addi %v1708, %v1706 : i64
                  %v1710 = arith.muli %v1709, %size_L : i64
                  %v1711 = arith.addi %v1710, %v1574 : i64
                  %v1712 = llvm.getelementptr %part_Cm[%v1711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1705, %v1712 : f32, !llvm.ptr
                }
                %v1713 = arith.mulf %v550, %v1590 fastmath<contract> : f32
                scf.if %v37 {
                  %v1714 = arith.addi %v32, %v33 : i64
                  %v1715 = arith.addi %v52, %v39 : i64
                  %v1716 = arith.muli %v1715, %v1 : i64
                  %v1717 = arith.addi %v1716, %v1714 : i64
                  %v1718 = arith.muli %v1717, %size_L : i64
                  %v1719 = arith.addi %v1718, %v1574 : i64
                  %v1720 = llvm.getelementptr %part_Cm[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1713, %v1720 : f32, !llvm.ptr
                }
                %v1721 = llvm.load %v59 : !llvm.ptr -> f32
                %v1722 = arith.addf %v1721, %v1668 fastmath<contract> : f32
                llvm.store %v1722, %v59 : f32, !llvm.ptr
                %v1723 = arith.addf %v1629, %v1640 fastmath<contract> : f32
                llvm.store %v1723, %v698 : f32, !llvm.ptr
                llvm.store %v1567, %v55 : f32, !llvm.ptr
                llvm.store %v1567, %v56 : f32, !llvm.ptr
              }
              %v1724 = llvm.load %v698 : !llvm.ptr -> f32
              %v1725 = arith.select %v701, %v1724, %v1558 : f32
              %v1726 = arith.select %v701, %v1558, %v1724 : f32
              %v1727, %v1728 = gpu.shuffle xor %v1725, %v791, %v327 : f32
              %v1729 = arith.addf %v1726, %v1727 fastmath<contract> : f32
              %v1730 = arith.addi %v379, %v2 : i64
              %v1731 = arith.cmpi slt, %v1730, %v165 : i64
              %v1732, %v1733 = gpu.shuffle idx %v438, %v125, %v327 : f32
              %v1734, %v1735 = gpu.shuffle idx %v439, %v125, %v327 : f32
              %v1736, %v1737 = gpu.shuffle idx %v444, %v125, %v327 : f32
              %v1738, %v1739 = gpu.shuffle idx %v447, %v125, %v327 : f32
              %v1740, %v1741 = gpu.shuffle idx %v457, %v125, %v327 : f32
              %v1742, %v1743 = gpu.shuffle idx %v462, %v125, %v327 : f32
              %v1744 = arith.addi %v381, %v639 : i64
              llvm.store %v64, %v698 : f32, !llvm.ptr
              scf.if %v1731 {
                %v1745 = arith.addi %v163, %v1730 : i64
                %v1746 = arith.muli %v47, %v336 : i64
                %v1747 = arith.muli %v1745, %v335 : i64
                %v1748 = arith.addi %v1746, %v1747 : i64
                %v1749 = arith.muli %v33, %v2 : i64
                %v1750 = arith.addi %v1748, %v1749 : i64
                %v1751 = llvm.getelementptr %in_Cm[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
                %v1753 = arith.muli %v47, %v309 : i64
                %v1754 = arith.muli %v1745, %v308 : i64
                %v1755 = arith.addi %v1753, %v1754 : i64
                %v1756 = arith.muli %v45, %v307 : i64
                %v1757 = arith.addi %v1755, %v1756 : i64
                %v1758 = arith.muli %v43, %v2 : i64
                %v1759 = arith.addi %v1757, %v1758 : i64
                %v1760 = llvm.getelementptr %dy_y[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
                %v1762 = arith.mulf %v1752, %v1761 fastmath<contract> : f32
                %v1763 = llvm.load %v53 : !llvm.ptr -> f32
                %v1764 = llvm.load %v55 : !llvm.ptr -> f32
                %v1765 = arith.mulf %v1764, %v1763 fastmath<contract> : f32
                %v1766 = arith.addf %v1762, %v1765 fastmath<contract> : f32
                llvm.store %v1766, %v53 : f32, !llvm.ptr
                %v1767 = arith.muli %v47, %v336 : i64
                %v1768 = arith.muli %v1745, %v335 : i64
                %v1769 = arith.addi %v1767, %v1768 : i64
                %v1770 = arith.constant 8 : i64
                %v1771 = arith.addi %v1770, %v33 : i64
                %v1772 = arith.muli %v1771, %v2 : i64
                %v1773 = arith.addi %v1769, %v1772 : i64
                %v1774 = llvm.getelementptr %in_Cm[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
                %v1776 = arith.mulf %v1775, %v1761 fastmath<contract> : f32
                %v1777 = llvm.load %v54 : !llvm.ptr -> f32
                %v1778 = llvm.load %v56 : !llvm.ptr -> f32
                %v1779 = arith.mulf %v1778, %v1777 fastmath<contract> : f32
                %v1780 = arith.addf %v1776, %v1779 fastmath<contract> : f32
                llvm.store %v1780, %v54 : f32, !llvm.ptr
                %v1781 = arith.subi %size_L, %v2 : i64
                %v1782 = arith.cmpi eq, %v1745, %v1781 : i64
                scf.if %v1782 {
                }
                %v1783 = arith.muli %v47, %v309 : i64
                %v1784 = arith.muli %v1745, %v308 : i64
                %v1785 = arith.addi %v1783, %v1784 : i64
                %v1786 = arith.muli %v45, %v307 : i64
                %v1787 = arith.addi %v1785, %v1786 : i64
                %v1788 = arith.muli %v43, %v2 : i64
                %v1789 = arith.addi %v1787, %v1788 : i64
                %v1790 = llvm.getelementptr %in_x[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1791 = llvm.load %v1790 : !llvm.ptr -> f32
                %v1792 = arith.muli %v47, %v336 : i64
                %v1793 = arith.muli %v1745, %v335 : i64
                %v1794 = arith.addi %v1792, %v1793 : i64
                %v1795 = arith.muli %v33, %v2 : i64
                %v1796 = arith.addi %v1794, %v1795 : i64
                %v1797 = llvm.getelementptr %in_Bm[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
                %v1799 = llvm.load %v53 : !llvm.ptr -> f32
                %v1800 = arith.mulf %v1798, %v1799 fastmath<contract> : f32
                %v1801 = arith.muli %v47, %v336 : i64
                %v1802 = arith.muli %v1745, %v335 : i64
                %v1803 = arith.addi %v1801, %v1802 : i64
                %v1804 = arith.constant 8 : i64
                %v1805 = arith.addi %v1804, %v33 : i64
                %v1806 = arith.muli %v1805, %v2 : i64
                %v1807 = arith.addi %v1803, %v1806 : i64
                %v1808 = llvm.getelementptr %in_Bm[%v1807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1809 = llvm.load %v1808 : !llvm.ptr -> f32
                %v1810 = llvm.load %v54 : !llvm.ptr -> f32
                %v1811 = arith.mulf %v1809, %v1810 fastmath<contract> : f32
                %v1812 = arith.addf %v1800, %v1811 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1813, %v1814 = gpu.shuffle xor %v1812, %v791, %v327 : f32
                %v1815 = arith.addf %v1812, %v1813 fastmath<contract> : f32
                %v1816, %v1817 = gpu.shuffle xor %v1815, %v795, %v327 : f32
                %v1818 = arith.addf %v1815, %v1816 fastmath<contract> : f32
                %v1819, %v1820 = gpu.shuffle xor %v1818, %v799, %v327 : f32
                %v1821 = arith.addf %v1818, %v1819 fastmath<contract> : f32
                // end sum over the lanes
                %v1822 = arith.mulf %v1791, %v1821 fastmath<contract> : f32
                %v1823 = arith.mulf %v479, %v1799 fastmath<contract> : f32
                %v1824 = arith.mulf %v491, %v1810 fastmath<contract> : f32
                %v1825 = arith.addf %v1823, %v1824 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1826, %v1827 = gpu.shuffle xor %v1825, %v791, %v327 : f32
                %v1828 = arith.addf %v1825, %v1826 fastmath<contract> : f32
                %v1829, %v1830 = gpu.shuffle xor %v1828, %v795, %v327 : f32
                %v1831 = arith.addf %v1828, %v1829 fastmath<contract> : f32
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v799, %v327 : f32
                %v1834 = arith.addf %v1831, %v1832 fastmath<contract> : f32
                // end sum over the lanes
                %v1835 = arith.mulf %v1736, %v1834 fastmath<contract> : f32
                %v1836 = arith.mulf %v1738, %v1835 fastmath<contract> : f32
                %v1837 = arith.negf %v1836 : f32
                %v1838 = arith.addf %v1822, %v1837 fastmath<contract> : f32
                %v1839 = arith.mulf %v1838, %v1742 fastmath<contract> : f32
                %v1840 = arith.select %v37, %v1839, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1841, %v1842 = gpu.shuffle xor %v1840, %v822, %v327 : f32
                %v1843 = arith.addf %v1840, %v1841 fastmath<contract> : f32
                %v1844, %v1845 = gpu.shuffle xor %v1843, %v826, %v327 : f32
                %v1846 = arith.addf %v1843, %v1844 fastmath<contract> : f32
                %v1847 = arith.divui %v18, %v20 : i64
                %v1848 = arith.remui %v18, %v20 : i64
                %v1849 = arith.cmpi ult, %v1848, %v2 : i64
                %v1850 = arith.muli %v1847, %v2 : i64
                %v1851 = arith.addi %v1850, %v66 : i64
                %v1852 = arith.muli %v1851, %v835 : i64
                %v1853 = arith.addi %v1852, %v1744 : i64
                scf.if %v1849 {
                  %v1854 = llvm.getelementptr %v61[%v1853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1846, %v1854 : f32, !llvm.ptr
                }
                %v1855 = arith.mulf %v1738, %v1834 fastmath<contract> : f32
                %v1856 = arith.mulf %v1734, %v1855 fastmath<contract> : f32
                %v1857 = arith.mulf %v1736, %v1856 fastmath<contract> : f32
                %v1858 = llvm.load %v57 : !llvm.ptr -> f32
                %v1859 = arith.addf %v1858, %v1857 fastmath<contract> : f32
                llvm.store %v1859, %v57 : f32, !llvm.ptr
                %v1860 = arith.mulf %v1740, %v1799 fastmath<contract> : f32
                scf.if %v37 {
                  %v1861 = arith.addi %v66, %v33 : i64
                  %v1862 = arith.addi %v52, %v39 : i64
                  %v1863 = arith.muli %v1862, %v1 : i64
                  %v1864 = arith.addi %v1863, %v1861 : i64
                  %v1865 = arith.muli %v1864, %size_L : i64
                  %v1866 = arith.addi %v1865, %v1745 : i64
                  %v1867 = llvm.getelementptr %part_Bm[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1860, %v1867 : f32, !llvm.ptr
                }
                %v1868 = arith.mulf %v1740, %v1810 fastmath<contract> : f32
                scf.if %v37 {
                  %v1869 = arith.addi %v32, %v33 : i64
                  %v1870 = arith.addi %v52, %v39 : i64
                  %v1871 = arith.muli %v1870, %v1 : i64
                  %v1872 = arith.addi %v1871, %v1869 : i64
                  %v1873 = arith.muli %v1872, %size_L : i64
                  %v1874 = arith.addi %v1873, %v1745 : i64
                  %v1875 = llvm.getelementptr %part_Bm[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1868, %v1875 : f32, !llvm.ptr
                }
                %v1876 = arith.mulf %v508, %v1761 fastmath<contract> : f32
                scf.if %v37 {
                  %v1877 = arith.addi %v66, %v33 : i64
                  %v1878 = arith.addi %v52, %v39 : i64
                  %v1879 = arith.muli %v1878, %v1 : i64
                  %v1880 = arith.addi %v1879, %v1877 : i64
                  %v1881 = arith.muli %v1880, %size_L : i64
                  %v1882 = arith.addi %v1881, %v1745 : i64
                  %v1883 = llvm.getelementptr %part_Cm[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1876, %v1883 : f32, !llvm.ptr
                }
                %v1884 = arith.mulf %v520, %v1761 fastmath<contract> : f32
                scf.if %v37 {
                  %v1885 = arith.addi %v32, %v33 : i64
                  %v1886 = arith.addi %v52, %v39 : i64
                  %v1887 = arith.muli %v1886, %v1 : i64
                  %v1888 = arith.addi %v1887, %v1885 : i64
                  %v1889 = arith.muli %v1888, %size_L : i64
                  %v1890 = arith.addi %v1889, %v1745 : i64
                  %v1891 = llvm.getelementptr %part_Cm[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1884, %v1891 : f32, !llvm.ptr
                }
                %v1892 = llvm.load %v59 : !llvm.ptr -> f32
                %v1893 = arith.addf %v1892, %v1839 fastmath<contract> : f32
                llvm.store %v1893, %v59 : f32, !llvm.ptr
                %v1894 = arith.addf %v1800, %v1811 fastmath<contract> : f32
                llvm.store %v1894, %v698 : f32, !llvm.ptr
                llvm.store %v1738, %v55 : f32, !llvm.ptr
                llvm.store %v1738, %v56 : f32, !llvm.ptr
              }
              %v1895 = llvm.load %v698 : !llvm.ptr -> f32
              %v1896 = arith.addi %v379, %v66 : i64
              %v1897 = arith.cmpi slt, %v1896, %v165 : i64
              %v1898, %v1899 = gpu.shuffle idx %v438, %v121, %v327 : f32
              %v1900, %v1901 = gpu.shuffle idx %v439, %v121, %v327 : f32
              %v1902, %v1903 = gpu.shuffle idx %v444, %v121, %v327 : f32
              %v1904, %v1905 = gpu.shuffle idx %v447, %v121, %v327 : f32
              %v1906, %v1907 = gpu.shuffle idx %v457, %v121, %v327 : f32
              %v1908, %v1909 = gpu.shuffle idx %v462, %v121, %v327 : f32
              %v1910 = arith.addi %v381, %v113 : i64
              llvm.store %v64, %v698 : f32, !llvm.ptr
              scf.if %v1897 {
                %v1911 = arith.addi %v163, %v1896 : i64
                %v1912 = arith.muli %v47, %v336 : i64
                %v1913 = arith.muli %v1911, %v335 : i64
                %v1914 = arith.addi %v1912, %v1913 : i64
                %v1915 = arith.muli %v33, %v2 : i64
                %v1916 = arith.addi %v1914, %v1915 : i64
                %v1917 = llvm.getelementptr %in_Cm[%v1916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
                %v1919 = arith.muli %v47, %v309 : i64
                %v1920 = arith.muli %v1911, %v308 : i64
                %v1921 = arith.addi %v1919, %v1920 : i64
                %v1922 = arith.muli %v45, %v307 : i64
                %v1923 = arith.addi %v1921, %v1922 : i64
                %v1924 = arith.muli %v43, %v2 : i64
                %v1925 = arith.addi %v1923, %v1924 : i64
                %v1926 = llvm.getelementptr %dy_y[%v1925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1927 = llvm.load %v1926 : !llvm.ptr -> f32
                %v1928 = arith.mulf %v1918, %v1927 fastmath<contract> : f32
                %v1929 = llvm.load %v53 : !llvm.ptr -> f32
                %v1930 = llvm.load %v55 : !llvm.ptr -> f32
                %v1931 = arith.mulf %v1930, %v1929 fastmath<contract> : f32
                %v1932 = arith.addf %v1928, %v1931 fastmath<contract> : f32
                llvm.store %v1932, %v53 : f32, !llvm.ptr
                %v1933 = arith.muli %v47, %v336 : i64
                %v1934 = arith.muli %v1911, %v335 : i64
                %v1935 = arith.addi %v1933, %v1934 : i64
                %v1936 = arith.constant 8 : i64
                %v1937 = arith.addi %v1936, %v33 : i64
                %v1938 = arith.muli %v1937, %v2 : i64
                %v1939 = arith.addi %v1935, %v1938 : i64
                %v1940 = llvm.getelementptr %in_Cm[%v1939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1941 = llvm.load %v1940 : !llvm.ptr -> f32
                %v1942 = arith.mulf %v1941, %v1927 fastmath<contract> : f32
                %v1943 = llvm.load %v54 : !llvm.ptr -> f32
                %v1944 = llvm.load %v56 : !llvm.ptr -> f32
                %v1945 = arith.mulf %v1944, %v1943 fastmath<contract> : f32
                %v1946 = arith.addf %v1942, %v1945 fastmath<contract> : f32
                llvm.store %v1946, %v54 : f32, !llvm.ptr
                %v1947 = arith.subi %size_L, %v2 : i64
                %v1948 = arith.cmpi eq, %v1911, %v1947 : i64
                scf.if %v1948 {
                }
                %v1949 = arith.muli %v47, %v309 : i64
                %v1950 = arith.muli %v1911, %v308 : i64
                %v1951 = arith.addi %v1949, %v1950 : i64
                %v1952 = arith.muli %v45, %v307 : i64
                %v1953 = arith.addi %v1951, %v1952 : i64
                %v1954 = arith.muli %v43, %v2 : i64
                %v1955 = arith.addi %v1953, %v1954 : i64
                %v1956 = llvm.getelementptr %in_x[%v1955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1957 = llvm.load %v1956 : !llvm.ptr -> f32
                %v1958 = arith.muli %v47, %v336 : i64
                %v1959 = arith.muli %v1911, %v335 : i64
                %v1960 = arith.addi %v1958, %v1959 : i64
                %v1961 = arith.muli %v33, %v2 : i64
                %v1962 = arith.addi %v1960, %v1961 : i64
                %v1963 = llvm.getelementptr %in_Bm[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
                %v1965 = llvm.load %v53 : !llvm.ptr -> f32
                %v1966 = arith.mulf %v1964, %v1965 fastmath<contract> : f32
                %v1967 = arith.muli %v47, %v336 : i64
                %v1968 = arith.muli %v1911, %v335 : i64
                %v1969 = arith.addi %v1967, %v1968 : i64
                %v1970 = arith.constant 8 : i64
                %v1971 = arith.addi %v1970, %v33 : i64
                %v1972 = arith.muli %v1971, %v2 : i64
                %v1973 = arith.addi %v1969, %v1972 : i64
                %v1974 = llvm.getelementptr %in_Bm[%v1973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
                %v1976 = llvm.load %v54 : !llvm.ptr -> f32
                %v1977 = arith.mulf %v1975, %v1976 fastmath<contract> : f32
                %v1978 = arith.addf %v1966, %v1977 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1979, %v1980 = gpu.shuffle xor %v1978, %v791, %v327 : f32
                %v1981 = arith.addf %v1978, %v1979 fastmath<contract> : f32
                %v1982, %v1983 = gpu.shuffle xor %v1981, %v795, %v327 : f32
                %v1984 = arith.addf %v1981, %v1982 fastmath<contract> : f32
                %v1985, %v1986 = gpu.shuffle xor %v1984, %v799, %v327 : f32
                %v1987 = arith.addf %v1984, %v1985 fastmath<contract> : f32
                // end sum over the lanes
                %v1988 = arith.mulf %v1957, %v1987 fastmath<contract> : f32
                %v1989 = arith.mulf %v392, %v1965 fastmath<contract> : f32
                %v1990 = arith.mulf %v401, %v1976 fastmath<contract> : f32
                %v1991 = arith.addf %v1989, %v1990 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1992, %v1993 = gpu.shuffle xor %v1991, %v791, %v327 : f32
                %v1994 = arith.addf %v1991, %v1992 fastmath<contract> : f32
                %v1995, %v1996 = gpu.shuffle xor %v1994, %v795, %v327 : f32
                %v1997 = arith.addf %v1994, %v1995 fastmath<contract> : f32
                %v1998, %v1999 = gpu.shuffle xor %v1997, %v799, %v327 : f32
                %v2000 = arith.addf %v1997, %v1998 fastmath<contract> : f32
                // end sum over the lanes
                %v2001 = arith.mulf %v1902, %v2000 fastmath<contract> : f32
                %v2002 = arith.mulf %v1904, %v2001 fastmath<contract> : f32
                %v2003 = arith.negf %v2002 : f32
                %v2004 = arith.addf %v1988, %v2003 fastmath<contract> : f32
                %v2005 = arith.mulf %v2004, %v1908 fastmath<contract> : f32
                %v2006 = arith.select %v37, %v2005, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2007, %v2008 = gpu.shuffle xor %v2006, %v822, %v327 : f32
                %v2009 = arith.addf %v2006, %v2007 fastmath<contract> : f32
                %v2010, %v2011 = gpu.shuffle xor %v2009, %v826, %v327 : f32
                %v2012 = arith.addf %v2009, %v2010 fastmath<contract> : f32
                %v2013 = arith.divui %v18, %v20 : i64
                %v2014 = arith.remui %v18, %v20 : i64
                %v2015 = arith.cmpi ult, %v2014, %v2 : i64
                %v2016 = arith.muli %v2013, %v2 : i64
                %v2017 = arith.addi %v2016, %v66 : i64
                %v2018 = arith.muli %v2017, %v835 : i64
                %v2019 = arith.addi %v2018, %v1910 : i64
                scf.if %v2015 {
                  %v2020 = llvm.getelementptr %v61[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2012, %v2020 : f32, !llvm.ptr
                }
                %v2021 = arith.mulf %v1904, %v2000 fastmath<contract> : f32
                %v2022 = arith.mulf %v1900, %v2021 fastmath<contract> : f32
                %v2023 = arith.mulf %v1902, %v2022 fastmath<contract> : f32
                %v2024 = llvm.load %v57 : !llvm.ptr -> f32
                %v2025 = arith.addf %v2024, %v2023 fastmath<contract> : f32
                llvm.store %v2025, %v57 : f32, !llvm.ptr
                %v2026 = arith.mulf %v1906, %v1965 fastmath<contract> : f32
                scf.if %v37 {
                  %v2027 = arith.addi %v66, %v33 : i64
                  %v2028 = arith.addi %v52, %v39 : i64
                  %v2029 = arith.muli %v2028, %v1 : i64
                  %v2030 = arith.addi %v2029, %v2027 : i64
                  %v2031 = arith.muli %v2030, %size_L : i64
                  %v2032 = arith.addi %v2031, %v1911 : i64
                  %v2033 = llvm.getelementptr %part_Bm[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2026, %v2033 : f32, !llvm.ptr
                }
                %v2034 = arith.mulf %v1906, %v1976 fastmath<contract> : f32
                scf.if %v37 {
                  %v2035 = arith.addi %v32, %v33 : i64
                  %v2036 = arith.addi %v52, %v39 : i64
                  %v2037 = arith.muli %v2036, %v1 : i64
                  %v2038 = arith.addi %v2037, %v2035 : i64
                  %v2039 = arith.muli %v2038, %size_L : i64
                  %v2040 = arith.addi %v2039, %v1911 : i64
                  %v2041 = llvm.getelementptr %part_Bm[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2034, %v2041 : f32, !llvm.ptr
                }
                %v2042 = arith.mulf %v479, %v1927 fastmath<contract> : f32
                scf.if %v37 {
                  %v2043 = arith.addi %v66, %v33 : i64
                  %v2044 = arith.addi %v52, %v39 : i64
                  %v2045 = arith.muli %v2044, %v1 : i64
                  %v2046 = arith.addi %v2045, %v2043 : i64
                  %v2047 = arith.muli %v2046, %size_L : i64
                  %v2048 = arith.addi %v2047, %v1911 : i64
                  %v2049 = llvm.getelementptr %part_Cm[%v2048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2042, %v2049 : f32, !llvm.ptr
                }
                %v2050 = arith.mulf %v491, %v1927 fastmath<contract> : f32
                scf.if %v37 {
                  %v2051 = arith.addi %v32, %v33 : i64
                  %v2052 = arith.addi %v52, %v39 : i64
                  %v2053 = arith.muli %v2052, %v1 : i64
                  %v2054 = arith.addi %v2053, %v2051 : i64
                  %v2055 = arith.muli %v2054, %size_L : i64
                  %v2056 = arith.addi %v2055, %v1911 : i64
                  %v2057 = llvm.getelementptr %part_Cm[%v2056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2050, %v2057 : f32, !llvm.ptr
                }
                %v2058 = llvm.load %v59 : !llvm.ptr -> f32
                %v2059 = arith.addf %v2058, %v2005 fastmath<contract> : f32
                llvm.store %v2059, %v59 : f32, !llvm.ptr
                %v2060 = arith.addf %v1966, %v1977 fastmath<contract> : f32
                llvm.store %v2060, %v698 : f32, !llvm.ptr
                llvm.store %v1904, %v55 : f32, !llvm.ptr
                llvm.store %v1904, %v56 : f32, !llvm.ptr
              }
              %v2061 = llvm.load %v698 : !llvm.ptr -> f32
              %v2062 = arith.select %v701, %v2061, %v1895 : f32
              %v2063 = arith.select %v701, %v1895, %v2061 : f32
              %v2064, %v2065 = gpu.shuffle xor %v2062, %v791, %v327 : f32
              %v2066 = arith.addf %v2063, %v2064 fastmath<contract> : f32
              %v2067 = arith.select %v704, %v2066, %v1729 : f32
              %v2068 = arith.select %v704, %v1729, %v2066 : f32
              %v2069, %v2070 = gpu.shuffle xor %v2067, %v795, %v327 : f32
              %v2071 = arith.addf %v2068, %v2069 fastmath<contract> : f32
              %v2072 = arith.select %v707, %v2071, %v1392 : f32
              %v2073 = arith.select %v707, %v1392, %v2071 : f32
              %v2074, %v2075 = gpu.shuffle xor %v2072, %v799, %v327 : f32
              %v2076 = arith.addf %v2073, %v2074 fastmath<contract> : f32
              %v2077 = arith.addi %v379, %v33 : i64
              %v2078 = arith.cmpi slt, %v2077, %v165 : i64
              %v2079 = arith.andi %v37, %v2078 : i1
              scf.if %v2079 {
                %v2080 = arith.addi %v163, %v2077 : i64
                // the gradients of this lane's own step
                %v2081 = arith.muli %v45, %v2 : i64
                %v2082 = llvm.getelementptr %in_Dskip[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2083 = llvm.load %v2082 : !llvm.ptr -> f32
                %v2084 = arith.muli %v47, %v309 : i64
                %v2085 = arith.muli %v2080, %v308 : i64
                %v2086 = arith.addi %v2084, %v2085 : i64
                %v2087 = arith.muli %v45, %v307 : i64
                %v2088 = arith.addi %v2086, %v2087 : i64
                %v2089 = arith.muli %v43, %v2 : i64
                %v2090 = arith.addi %v2088, %v2089 : i64
                %v2091 = llvm.getelementptr %dy_y[%v2090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
                %v2093 = arith.mulf %v2083, %v2092 fastmath<contract> : f32
                %v2094 = arith.mulf %v438, %v2076 fastmath<contract> : f32
                %v2095 = arith.addf %v2093, %v2094 fastmath<contract> : f32
                %v2096 = arith.muli %v47, %v309 : i64
                %v2097 = arith.muli %v2080, %v308 : i64
                %v2098 = arith.addi %v2096, %v2097 : i64
                %v2099 = arith.muli %v45, %v307 : i64
                %v2100 = arith.addi %v2098, %v2099 : i64
                %v2101 = arith.muli %v43, %v2 : i64
                %v2102 = arith.addi %v2100, %v2101 : i64
                %v2103 = llvm.getelementptr %dx_x[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2095, %v2103 : f32, !llvm.ptr
                %v2104 = arith.muli %v47, %v309 : i64
                %v2105 = arith.muli %v2080, %v308 : i64
                %v2106 = arith.addi %v2104, %v2105 : i64
                %v2107 = arith.muli %v45, %v307 : i64
                %v2108 = arith.addi %v2106, %v2107 : i64
                %v2109 = arith.muli %v43, %v2 : i64
                %v2110 = arith.addi %v2108, %v2109 : i64
                %v2111 = llvm.getelementptr %in_x[%v2110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2112 = llvm.load %v2111 : !llvm.ptr -> f32
                %v2113 = arith.mulf %v2112, %v2092 fastmath<contract> : f32
                %v2114 = llvm.load %v58 : !llvm.ptr -> f32
                %v2115 = arith.addf %v2114, %v2113 fastmath<contract> : f32
                llvm.store %v2115, %v58 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2119 = arith.index_cast %v18 : i64 to index
          %v2120 = arith.index_cast %v20 : i64 to index
          %v2121 = arith.index_cast %v8 : i64 to index
          scf.for %v2122 = %v2119 to %v2120 step %v2121 {
            %v2123 = arith.index_cast %v2122 : index to i64
            %v2124 = arith.remui %v2123, %v20 : i64
            %v2125 = arith.divui %v2123, %v20 : i64
            %v2126 = arith.muli %v368, %v49 : i64
            %v2127 = arith.divui %v2124, %v32 : i64
            %v2128 = arith.addi %v2126, %v2127 : i64
            %v2129 = arith.cmpi slt, %v2128, %v168 : i64
            %v2130 = arith.subi %v168, %v2 : i64
            %v2131 = arith.subi %v2130, %v2128 : i64
            %v2132 = arith.remui %v2124, %v32 : i64
            %v2133 = arith.subi %v113, %v2132 : i64
            %v2134 = arith.muli %v2131, %v32 : i64
            %v2135 = arith.addi %v2134, %v2133 : i64
            %v2136 = arith.cmpi slt, %v2135, %v165 : i64
            %v2137 = arith.andi %v2129, %v2136 : i1
            scf.if %v2137 {
              %v2138 = arith.addi %v163, %v2135 : i64
              %v2139 = arith.muli %v66, %v2 : i64
              %v2140 = arith.addi %v2139, %v2125 : i64
              %v2141 = arith.muli %v2140, %v835 : i64
              %v2142 = arith.addi %v2141, %v2124 : i64
              %v2143 = llvm.getelementptr %v61[%v2142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2144 = llvm.load %v2143 : !llvm.ptr -> f32
              %v2145 = arith.muli %v2, %v2 : i64
              %v2146 = arith.addi %v2145, %v2125 : i64
              %v2147 = arith.muli %v2146, %v835 : i64
              %v2148 = arith.addi %v2147, %v2124 : i64
              %v2149 = llvm.getelementptr %v61[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2150 = llvm.load %v2149 : !llvm.ptr -> f32
              %v2151 = arith.addf %v2144, %v2150 fastmath<contract> : f32
              %v2152 = arith.muli %v521, %v2 : i64
              %v2153 = arith.addi %v2152, %v2125 : i64
              %v2154 = arith.muli %v2153, %v835 : i64
              %v2155 = arith.addi %v2154, %v2124 : i64
              %v2156 = llvm.getelementptr %v61[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2157 = llvm.load %v2156 : !llvm.ptr -> f32
              %v2158 = arith.addf %v2151, %v2157 fastmath<contract> : f32
              %v2159 = arith.muli %v361, %v2 : i64
              %v2160 = arith.addi %v2159, %v2125 : i64
              %v2161 = arith.muli %v2160, %v835 : i64
              %v2162 = arith.addi %v2161, %v2124 : i64
              %v2163 = llvm.getelementptr %v61[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2164 = llvm.load %v2163 : !llvm.ptr -> f32
              %v2165 = arith.addf %v2158, %v2164 fastmath<contract> : f32
              %v2166 = arith.muli %v49, %v2 : i64
              %v2167 = arith.addi %v2166, %v2125 : i64
              %v2168 = arith.muli %v2167, %v835 : i64
              %v2169 = arith.addi %v2168, %v2124 : i64
              %v2170 = llvm.getelementptr %v61[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2171 = llvm.load %v2170 : !llvm.ptr -> f32
              %v2172 = arith.addf %v2165, %v2171 fastmath<contract> : f32
              %v2173 = arith.muli %v609, %v2 : i64
              %v2174 = arith.addi %v2173, %v2125 : i64
              %v2175 = arith.muli %v2174, %v835 : i64
              %v2176 = arith.addi %v2175, %v2124 : i64
              %v2177 = llvm.getelementptr %v61[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2178 = llvm.load %v2177 : !llvm.ptr -> f32
              %v2179 = arith.addf %v2172, %v2178 fastmath<contract> : f32
              %v2180 = arith.muli %v639, %v2 : i64
              %v2181 = arith.addi %v2180, %v2125 : i64
              %v2182 = arith.muli %v2181, %v835 : i64
              %v2183 = arith.addi %v2182, %v2124 : i64
              %v2184 = llvm.getelementptr %v61[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
              %v2186 = arith.addf %v2179, %v2185 fastmath<contract> : f32
              %v2187 = arith.muli %v113, %v2 : i64
              %v2188 = arith.addi %v2187, %v2125 : i64
              %v2189 = arith.muli %v2188, %v835 : i64
              %v2190 = arith.addi %v2189, %v2124 : i64
              %v2191 = llvm.getelementptr %v61[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
              %v2193 = arith.addf %v2186, %v2192 fastmath<contract> : f32
              %v2194 = arith.muli %v47, %v180 : i64
              %v2195 = arith.muli %v2138, %v179 : i64
              %v2196 = arith.addi %v2194, %v2195 : i64
              %v2197 = arith.muli %v45, %v2 : i64
              %v2198 = arith.addi %v2196, %v2197 : i64
              %v2199 = arith.muli %v31, %v2118 : i64
              %v2200 = arith.addi %v2199, %v2198 : i64
              %v2201 = llvm.getelementptr %part_dt[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2193, %v2201 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2202 = arith.cmpi eq, %v28, %v66 : i64
      scf.if %v2202 {
      }
      %v2203 = arith.cmpi eq, %v33, %v66 : i64
      %v2204 = arith.andi %v37, %v2203 : i1
      scf.if %v2204 {
        %v2205 = llvm.load %v57 : !llvm.ptr -> f32
        %v2206 = arith.addi %v52, %v39 : i64
        %v2207 = arith.muli %v2206, %v2 : i64
        %v2208 = arith.addi %v2207, %v66 : i64
        %v2209 = llvm.getelementptr %part_A_log[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2205, %v2209 : f32, !llvm.ptr
      }
      %v2210 = llvm.load %v58 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2211, %v2212 = gpu.shuffle xor %v2210, %v791, %v327 : f32
      %v2213 = arith.addf %v2210, %v2211 fastmath<contract> : f32
      %v2214, %v2215 = gpu.shuffle xor %v2213, %v795, %v327 : f32
      %v2216 = arith.addf %v2213, %v2214 fastmath<contract> : f32
      %v2217, %v2218 = gpu.shuffle xor %v2216, %v799, %v327 : f32
      %v2219 = arith.addf %v2216, %v2217 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2219, %v58 : f32, !llvm.ptr
      %v2220 = arith.cmpi eq, %v33, %v66 : i64
      %v2221 = arith.andi %v37, %v2220 : i1
      scf.if %v2221 {
        %v2222 = llvm.load %v58 : !llvm.ptr -> f32
        %v2223 = arith.addi %v52, %v39 : i64
        %v2224 = arith.muli %v2223, %v2 : i64
        %v2225 = arith.addi %v2224, %v66 : i64
        %v2226 = llvm.getelementptr %part_Dskip[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2222, %v2226 : f32, !llvm.ptr
      }
      %v2227 = arith.cmpi eq, %v33, %v66 : i64
      %v2228 = arith.andi %v37, %v2227 : i1
      scf.if %v2228 {
        %v2229 = llvm.load %v59 : !llvm.ptr -> f32
        %v2230 = arith.addi %v52, %v39 : i64
        %v2231 = arith.muli %v2230, %v2 : i64
        %v2232 = arith.addi %v2231, %v66 : i64
        %v2233 = llvm.getelementptr %part_dt_bias[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2229, %v2233 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
