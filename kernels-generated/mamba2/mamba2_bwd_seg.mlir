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
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = arith.constant 64 : i64
      %v26 = arith.constant 63 : i64
      %v37 = arith.constant 4 : i64
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.mlir.addressof @tile_mamba2_bwd_seg_dt : !llvm.ptr<3>
      %v69 = llvm.addrspacecast %v68 : !llvm.ptr<3> to !llvm.ptr
      %v70 = llvm.mlir.addressof @rows_mamba2_bwd_seg_dt : !llvm.ptr<3>
      %v71 = llvm.addrspacecast %v70 : !llvm.ptr<3> to !llvm.ptr
      %v72 = arith.constant 0x00000000 : f32
      %v73 = arith.constant 0x3F800000 : f32
      %v74 = arith.constant 0 : i64
      %v111 = arith.constant 8 : i64
      %v131 = arith.constant 12 : i64
      %v152 = arith.constant 3 : i64
      %v200 = arith.muli %size_H, %size_L : i64
      %v207 = arith.constant 65 : i64
      %v212 = arith.muli %size_B, %size_H : i64
      %v213 = arith.muli %v212, %size_P : i64
      %v214 = arith.muli %v213, %v1 : i64
      %v216 = arith.muli %v1, %size_P : i64
      %v217 = arith.muli %v216, %size_H : i64
      %v227 = arith.muli %size_B, %size_H : i64
      %v228 = arith.muli %v227, %size_P : i64
      %v229 = arith.muli %v228, %v1 : i64
      %v242 = arith.muli %size_B, %size_H : i64
      %v243 = arith.muli %v242, %size_P : i64
      %v244 = arith.muli %v243, %v1 : i64
      %v257 = arith.muli %size_B, %size_H : i64
      %v258 = arith.muli %v257, %size_P : i64
      %v259 = arith.muli %v258, %v1 : i64
      %v326 = arith.constant 0x3FB8AA3B : f32
      %v331 = arith.constant 0x3F317218 : f32
      %v333 = arith.constant 0x3E124925 : f32
      %v335 = arith.constant 0xBE2AAAAB : f32
      %v338 = arith.constant 0x3E4CCCCD : f32
      %v341 = arith.constant 0xBE800000 : f32
      %v344 = arith.constant 0x3EAAAAAB : f32
      %v347 = arith.constant 0xBF000000 : f32
      %v353 = arith.constant 0x3D800000 : f32
      %v365 = arith.muli %size_P, %size_H : i64
      %v366 = arith.muli %v365, %size_L : i64
      %v385 = arith.constant 32 : i32
      %v393 = arith.muli %v1, %size_L : i64
      %v440 = arith.constant 7 : i64
      %v653 = arith.constant 2 : i64
      %v752 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v764 = arith.constant 2147483647 : i64
      %v768 = arith.constant 3 : i32
      %v891 = arith.constant 1 : i32
      %v895 = arith.constant 2 : i32
      %v988 = arith.constant 4 : i32
      %v992 = arith.constant 8 : i32
      %v996 = arith.constant 16 : i32
      %v1000 = arith.constant 32 : i64
      %v1004 = arith.constant 33 : i64
      %v1493 = arith.constant 0 : i32
      %v2063 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v3082 = arith.muli %size_B, %size_L : i64
      %v3083 = arith.muli %v3082, %size_H : i64
      %v3129 = arith.constant 5 : i64
      %v3136 = arith.constant 6 : i64
      %v21 = gpu.block_id x
      %v22 = gpu.thread_id x
      %v23 = arith.index_cast %v22 : index to i64
      %v24 = arith.index_cast %v21 : index to i64
      %v27 = arith.addi %size_P, %v26 : i64
      %v28 = arith.divui %v27, %v25 : i64
      %v29 = arith.maxsi %v28, %v2 : i64
      %v30 = arith.maxsi %size_P, %v2 : i64
      %v31 = arith.divui %v4, %v30 : i64
      %v32 = arith.muli %v31, %v29 : i64
      %v33 = arith.divui %v24, %v32 : i64
      %v34 = arith.remui %v24, %v32 : i64
      %v35 = arith.divui %v34, %v29 : i64
      %v36 = arith.remui %v34, %v29 : i64
      %v38 = arith.remui %v23, %v37 : i64
      %v39 = arith.divui %v23, %v37 : i64
      %v40 = arith.muli %v36, %v25 : i64
      %v41 = arith.addi %v40, %v39 : i64
      %v42 = arith.cmpi slt, %v41, %size_P : i64
      %v43 = arith.muli %v35, %size_P : i64
      %v44 = arith.addi %v43, %v41 : i64
      %v45 = arith.subi %size_P, %v2 : i64
      %v46 = arith.minsi %v41, %v45 : i64
      %v47 = arith.addi %v43, %v46 : i64
      %v48 = arith.remui %v47, %size_P : i64
      %v49 = arith.divui %v47, %size_P : i64
      %v50 = arith.remui %v49, %size_H : i64
      %v51 = arith.divui %v49, %size_H : i64
      %v52 = arith.remui %v51, %size_B : i64
      %v53 = arith.divui %v51, %size_B : i64
      %v155 = arith.trunci %v23 : i64 to i32
      %v156 = arith.constant 28 : i32
      %v157 = arith.andi %v155, %v156 : i32
      %v158 = arith.constant 0 : i32
      %v159 = arith.ori %v157, %v158 : i32
      %v160 = arith.constant 0 : i64
      %v161 = arith.cmpi eq, %v38, %v160 : i64
      %v162 = arith.constant 1 : i32
      %v163 = arith.ori %v157, %v162 : i32
      %v164 = arith.constant 1 : i64
      %v165 = arith.cmpi eq, %v38, %v164 : i64
      %v166 = arith.constant 2 : i32
      %v167 = arith.ori %v157, %v166 : i32
      %v168 = arith.constant 2 : i64
      %v169 = arith.cmpi eq, %v38, %v168 : i64
      %v170 = arith.constant 3 : i32
      %v171 = arith.ori %v157, %v170 : i32
      %v172 = arith.constant 3 : i64
      %v173 = arith.cmpi eq, %v38, %v172 : i64
      %v54 = arith.muli %v33, %v37 : i64
      %v55 = arith.addi %v54, %v37 : i64
      %v56 = arith.muli %v33, %v4 : i64
      llvm.store %v72, %v57 : f32, !llvm.ptr
      llvm.store %v72, %v58 : f32, !llvm.ptr
      llvm.store %v72, %v59 : f32, !llvm.ptr
      llvm.store %v72, %v60 : f32, !llvm.ptr
      llvm.store %v73, %v61 : f32, !llvm.ptr
      llvm.store %v73, %v62 : f32, !llvm.ptr
      llvm.store %v73, %v63 : f32, !llvm.ptr
      llvm.store %v73, %v64 : f32, !llvm.ptr
      llvm.store %v72, %v65 : f32, !llvm.ptr
      llvm.store %v72, %v66 : f32, !llvm.ptr
      llvm.store %v72, %v67 : f32, !llvm.ptr
      %v75 = arith.muli %v33, %v1 : i64
      %v76 = arith.addi %v75, %v38 : i64
      %v77 = arith.muli %v76, %v4 : i64
      %v78 = arith.subi %v4, %v2 : i64
      %v79 = arith.minsi %v44, %v78 : i64
      %v80 = arith.addi %v77, %v79 : i64
      %v81 = llvm.getelementptr %segcarry_S[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      llvm.store %v82, %v57 : f32, !llvm.ptr
      %v83 = arith.addi %v8, %v33 : i64
      %v84 = arith.muli %v83, %v1 : i64
      %v85 = arith.addi %v84, %v38 : i64
      %v86 = arith.muli %v85, %v4 : i64
      %v87 = arith.subi %v4, %v2 : i64
      %v88 = arith.minsi %v44, %v87 : i64
      %v89 = arith.addi %v86, %v88 : i64
      %v90 = llvm.getelementptr %segcarry_S[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v91 = llvm.load %v90 : !llvm.ptr -> f32
      llvm.store %v91, %v61 : f32, !llvm.ptr
      %v92 = arith.addi %v37, %v38 : i64
      %v93 = arith.muli %v33, %v1 : i64
      %v94 = arith.addi %v93, %v92 : i64
      %v95 = arith.muli %v94, %v4 : i64
      %v96 = arith.subi %v4, %v2 : i64
      %v97 = arith.minsi %v44, %v96 : i64
      %v98 = arith.addi %v95, %v97 : i64
      %v99 = llvm.getelementptr %segcarry_S[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v100 = llvm.load %v99 : !llvm.ptr -> f32
      llvm.store %v100, %v58 : f32, !llvm.ptr
      %v101 = arith.addi %v37, %v38 : i64
      %v102 = arith.addi %v8, %v33 : i64
      %v103 = arith.muli %v102, %v1 : i64
      %v104 = arith.addi %v103, %v101 : i64
      %v105 = arith.muli %v104, %v4 : i64
      %v106 = arith.subi %v4, %v2 : i64
      %v107 = arith.minsi %v44, %v106 : i64
      %v108 = arith.addi %v105, %v107 : i64
      %v109 = llvm.getelementptr %segcarry_S[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      llvm.store %v110, %v62 : f32, !llvm.ptr
      %v112 = arith.addi %v111, %v38 : i64
      %v113 = arith.muli %v33, %v1 : i64
      %v114 = arith.addi %v113, %v112 : i64
      %v115 = arith.muli %v114, %v4 : i64
      %v116 = arith.subi %v4, %v2 : i64
      %v117 = arith.minsi %v44, %v116 : i64
      %v118 = arith.addi %v115, %v117 : i64
      %v119 = llvm.getelementptr %segcarry_S[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v120 = llvm.load %v119 : !llvm.ptr -> f32
      llvm.store %v120, %v59 : f32, !llvm.ptr
      %v121 = arith.addi %v111, %v38 : i64
      %v122 = arith.addi %v8, %v33 : i64
      %v123 = arith.muli %v122, %v1 : i64
      %v124 = arith.addi %v123, %v121 : i64
      %v125 = arith.muli %v124, %v4 : i64
      %v126 = arith.subi %v4, %v2 : i64
      %v127 = arith.minsi %v44, %v126 : i64
      %v128 = arith.addi %v125, %v127 : i64
      %v129 = llvm.getelementptr %segcarry_S[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v130 = llvm.load %v129 : !llvm.ptr -> f32
      llvm.store %v130, %v63 : f32, !llvm.ptr
      %v132 = arith.addi %v131, %v38 : i64
      %v133 = arith.muli %v33, %v1 : i64
      %v134 = arith.addi %v133, %v132 : i64
      %v135 = arith.muli %v134, %v4 : i64
      %v136 = arith.subi %v4, %v2 : i64
      %v137 = arith.minsi %v44, %v136 : i64
      %v138 = arith.addi %v135, %v137 : i64
      %v139 = llvm.getelementptr %segcarry_S[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      llvm.store %v140, %v60 : f32, !llvm.ptr
      %v141 = arith.addi %v131, %v38 : i64
      %v142 = arith.addi %v8, %v33 : i64
      %v143 = arith.muli %v142, %v1 : i64
      %v144 = arith.addi %v143, %v141 : i64
      %v145 = arith.muli %v144, %v4 : i64
      %v146 = arith.subi %v4, %v2 : i64
      %v147 = arith.minsi %v44, %v146 : i64
      %v148 = arith.addi %v145, %v147 : i64
      %v149 = llvm.getelementptr %segcarry_S[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v150 = llvm.load %v149 : !llvm.ptr -> f32
      llvm.store %v150, %v64 : f32, !llvm.ptr
      %v151 = arith.cmpi eq, %size_L, %v74 : i64
      scf.if %v151 {
        llvm.store %v72, %v17 : f32, !llvm.ptr
        llvm.store %v72, %v18 : f32, !llvm.ptr
        llvm.store %v72, %v19 : f32, !llvm.ptr
        llvm.store %v72, %v20 : f32, !llvm.ptr
      }
      %v153 = arith.addi %size_L, %v26 : i64
      %v154 = arith.divui %v153, %v25 : i64
      %v174 = arith.minsi %v55, %v154 : i64
      %v175 = arith.muli %v33, %v1 : i64
      %v176 = arith.subi %v174, %v54 : i64
      %v177 = arith.maxsi %v176, %v74 : i64
      %v178 = arith.index_cast %v74 : i64 to index
      %v179 = arith.index_cast %v177 : i64 to index
      %v180 = arith.index_cast %v2 : i64 to index
      scf.for %v181 = %v178 to %v179 step %v180 {
        %v182 = arith.index_cast %v181 : index to i64
        %v183 = arith.subi %v174, %v2 : i64
        %v184 = arith.subi %v183, %v182 : i64
        %v185 = arith.muli %v184, %v25 : i64
        %v186 = arith.subi %size_L, %v185 : i64
        %v187 = arith.minsi %v186, %v25 : i64
        %v188 = arith.addi %v187, %v152 : i64
        %v189 = arith.divui %v188, %v37 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v190 = arith.subi %size_L, %v2 : i64
        %v191 = arith.index_cast %v23 : i64 to index
        %v192 = arith.index_cast %v25 : i64 to index
        %v193 = arith.index_cast %v7 : i64 to index
        scf.for %v194 = %v191 to %v192 step %v193 {
          %v195 = arith.index_cast %v194 : index to i64
          %v196 = arith.remui %v195, %v25 : i64
          %v197 = arith.divui %v195, %v25 : i64
          %v198 = arith.addi %v185, %v196 : i64
          %v199 = arith.minsi %v198, %v190 : i64
          %v201 = arith.muli %v52, %v200 : i64
          %v202 = arith.muli %v199, %size_H : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = arith.addi %v203, %v50 : i64
          %v205 = llvm.getelementptr %in_dt[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v206 = llvm.load %v205 : !llvm.ptr -> f32
          %v208 = arith.muli %v197, %v207 : i64
          %v209 = arith.addi %v208, %v196 : i64
          %v210 = llvm.getelementptr %v71[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v206, %v210 : f32, !llvm.ptr
        }
        gpu.barrier
        %v211 = arith.subi %v187, %v2 : i64
        %v215 = arith.muli %v184, %v214 : i64
        %v218 = arith.muli %v52, %v217 : i64
        %v219 = arith.muli %v50, %v216 : i64
        %v220 = arith.addi %v218, %v219 : i64
        %v221 = arith.muli %v48, %v1 : i64
        %v222 = arith.addi %v220, %v221 : i64
        %v223 = arith.addi %v222, %v38 : i64
        %v224 = arith.addi %v215, %v223 : i64
        %v225 = llvm.getelementptr %ckpt_S[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v226 = llvm.load %v225 : !llvm.ptr -> f32
        llvm.store %v226, %v13 : f32, !llvm.ptr
        %v230 = arith.muli %v184, %v229 : i64
        %v231 = arith.muli %v52, %v217 : i64
        %v232 = arith.muli %v50, %v216 : i64
        %v233 = arith.addi %v231, %v232 : i64
        %v234 = arith.muli %v48, %v1 : i64
        %v235 = arith.addi %v233, %v234 : i64
        %v236 = arith.constant 4 : i64
        %v237 = arith.addi %v236, %v38 : i64
        %v238 = arith.addi %v235, %v237 : i64
        %v239 = arith.addi %v230, %v238 : i64
        %v240 = llvm.getelementptr %ckpt_S[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v241 = llvm.load %v240 : !llvm.ptr -> f32
        llvm.store %v241, %v14 : f32, !llvm.ptr
        %v245 = arith.muli %v184, %v244 : i64
        %v246 = arith.muli %v52, %v217 : i64
        %v247 = arith.muli %v50, %v216 : i64
        %v248 = arith.addi %v246, %v247 : i64
        %v249 = arith.muli %v48, %v1 : i64
        %v250 = arith.addi %v248, %v249 : i64
        %v251 = arith.constant 8 : i64
        %v252 = arith.addi %v251, %v38 : i64
        %v253 = arith.addi %v250, %v252 : i64
        %v254 = arith.addi %v245, %v253 : i64
        %v255 = llvm.getelementptr %ckpt_S[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v256 = llvm.load %v255 : !llvm.ptr -> f32
        llvm.store %v256, %v15 : f32, !llvm.ptr
        %v260 = arith.muli %v184, %v259 : i64
        %v261 = arith.muli %v52, %v217 : i64
        %v262 = arith.muli %v50, %v216 : i64
        %v263 = arith.addi %v261, %v262 : i64
        %v264 = arith.muli %v48, %v1 : i64
        %v265 = arith.addi %v263, %v264 : i64
        %v266 = arith.constant 12 : i64
        %v267 = arith.addi %v266, %v38 : i64
        %v268 = arith.addi %v265, %v267 : i64
        %v269 = arith.addi %v260, %v268 : i64
        %v270 = llvm.getelementptr %ckpt_S[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v271 = llvm.load %v270 : !llvm.ptr -> f32
        llvm.store %v271, %v16 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v272 = arith.index_cast %v74 : i64 to index
        %v273 = arith.index_cast %v189 : i64 to index
        %v274 = arith.index_cast %v2 : i64 to index
        scf.for %v275 = %v272 to %v273 step %v274 {
          %v276 = arith.index_cast %v275 : index to i64
          %v277 = arith.addi %v175, %v276 : i64
          scf.if %v42 {
            %v278 = llvm.load %v13 : !llvm.ptr -> f32
            %v279 = arith.muli %v277, %v4 : i64
            %v280 = arith.subi %v4, %v2 : i64
            %v281 = arith.minsi %v44, %v280 : i64
            %v282 = arith.addi %v279, %v281 : i64
            %v283 = arith.muli %v282, %v1 : i64
            %v284 = arith.addi %v283, %v38 : i64
            %v285 = llvm.getelementptr %scratch_S[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v278, %v285 : f32, !llvm.ptr
            %v286 = llvm.load %v14 : !llvm.ptr -> f32
            %v287 = arith.muli %v277, %v4 : i64
            %v288 = arith.subi %v4, %v2 : i64
            %v289 = arith.minsi %v44, %v288 : i64
            %v290 = arith.addi %v287, %v289 : i64
            %v291 = arith.muli %v290, %v1 : i64
            %v292 = arith.addi %v291, %v37 : i64
            %v293 = arith.addi %v292, %v38 : i64
            %v294 = llvm.getelementptr %scratch_S[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v286, %v294 : f32, !llvm.ptr
            %v295 = llvm.load %v15 : !llvm.ptr -> f32
            %v296 = arith.muli %v277, %v4 : i64
            %v297 = arith.subi %v4, %v2 : i64
            %v298 = arith.minsi %v44, %v297 : i64
            %v299 = arith.addi %v296, %v298 : i64
            %v300 = arith.muli %v299, %v1 : i64
            %v301 = arith.addi %v300, %v111 : i64
            %v302 = arith.addi %v301, %v38 : i64
            %v303 = llvm.getelementptr %scratch_S[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v295, %v303 : f32, !llvm.ptr
            %v304 = llvm.load %v16 : !llvm.ptr -> f32
            %v305 = arith.muli %v277, %v4 : i64
            %v306 = arith.subi %v4, %v2 : i64
            %v307 = arith.minsi %v44, %v306 : i64
            %v308 = arith.addi %v305, %v307 : i64
            %v309 = arith.muli %v308, %v1 : i64
            %v310 = arith.addi %v309, %v131 : i64
            %v311 = arith.addi %v310, %v38 : i64
            %v312 = llvm.getelementptr %scratch_S[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v304, %v312 : f32, !llvm.ptr
          }
          %v313 = arith.muli %v276, %v37 : i64
          %v314 = arith.addi %v313, %v38 : i64
          %v315 = arith.minsi %v314, %v211 : i64
          %v316 = arith.addi %v185, %v315 : i64
          %v317 = arith.subi %v316, %v185 : i64
          %v318 = llvm.getelementptr %v71[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v319 = llvm.load %v318 : !llvm.ptr -> f32
          %v320 = llvm.getelementptr %in_dt_bias[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v321 = llvm.load %v320 : !llvm.ptr -> f32
          %v322 = arith.addf %v319, %v321 fastmath<contract> : f32
          %v323 = arith.maximumf %v322, %v72 : f32
          %v324 = llvm.call_intrinsic "llvm.fabs.f32"(%v322) : (f32) -> f32
          %v325 = arith.negf %v324 : f32
          %v327 = arith.mulf %v325, %v326 fastmath<contract> : f32
          %v328 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v327) : (f32) -> f32
          %v329 = arith.addf %v73, %v328 fastmath<contract> : f32
          %v330 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v329) : (f32) -> f32
          %v332 = arith.mulf %v330, %v331 fastmath<contract> : f32
          %v334 = arith.mulf %v333, %v328 fastmath<contract> : f32
          %v336 = arith.addf %v334, %v335 fastmath<contract> : f32
          %v337 = arith.mulf %v336, %v328 fastmath<contract> : f32
          %v339 = arith.addf %v337, %v338 fastmath<contract> : f32
          %v340 = arith.mulf %v339, %v328 fastmath<contract> : f32
          %v342 = arith.addf %v340, %v341 fastmath<contract> : f32
          %v343 = arith.mulf %v342, %v328 fastmath<contract> : f32
          %v345 = arith.addf %v343, %v344 fastmath<contract> : f32
          %v346 = arith.mulf %v345, %v328 fastmath<contract> : f32
          %v348 = arith.addf %v346, %v347 fastmath<contract> : f32
          %v349 = arith.mulf %v348, %v328 fastmath<contract> : f32
          %v350 = arith.addf %v349, %v73 fastmath<contract> : f32
          %v351 = arith.mulf %v350, %v328 fastmath<contract> : f32
          %v352 = llvm.call_intrinsic "llvm.fabs.f32"(%v328) : (f32) -> f32
          %v354 = arith.cmpf olt, %v352, %v353 : f32
          %v355 = arith.select %v354, %v351, %v332 : f32
          %v356 = arith.addf %v323, %v355 fastmath<contract> : f32
          %v357 = arith.negf %v356 : f32
          %v358 = llvm.getelementptr %in_A_log[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v359 = llvm.load %v358 : !llvm.ptr -> f32
          %v360 = arith.mulf %v359, %v326 fastmath<contract> : f32
          %v361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v360) : (f32) -> f32
          %v362 = arith.mulf %v357, %v361 fastmath<contract> : f32
          %v363 = arith.mulf %v362, %v326 fastmath<contract> : f32
          %v364 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v363) : (f32) -> f32
          %v367 = arith.muli %v52, %v366 : i64
          %v368 = arith.muli %v316, %v365 : i64
          %v369 = arith.addi %v367, %v368 : i64
          %v370 = arith.muli %v50, %size_P : i64
          %v371 = arith.addi %v369, %v370 : i64
          %v372 = arith.addi %v371, %v48 : i64
          %v373 = llvm.getelementptr %in_x[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v374 = llvm.load %v373 : !llvm.ptr -> f32
          %v375 = arith.mulf %v356, %v374 fastmath<contract> : f32
          %v376 = arith.subi %v187, %v313 : i64
          %v377 = arith.trunci %v376 : i64 to i32
          %v378 = arith.index_cast %v74 : i64 to index
          %v379 = arith.index_cast %v37 : i64 to index
          %v380 = arith.index_cast %v2 : i64 to index
          scf.for %v381 = %v378 to %v379 step %v380 {
            %v382 = arith.index_cast %v381 : index to i64
            %v383 = arith.trunci %v382 : i64 to i32
            %v384 = arith.ori %v159, %v383 : i32
            %v386, %v387 = gpu.shuffle idx %v364, %v384, %v385 : f32
            %v388, %v389 = gpu.shuffle idx %v375, %v384, %v385 : f32
            %v390 = arith.addi %v313, %v382 : i64
            %v391 = arith.cmpi slt, %v383, %v377 : i32
            scf.if %v391 {
              %v392 = arith.addi %v185, %v390 : i64
              %v394 = arith.muli %v52, %v393 : i64
              %v395 = arith.muli %v392, %v1 : i64
              %v396 = arith.addi %v394, %v395 : i64
              %v397 = arith.addi %v396, %v38 : i64
              %v398 = llvm.getelementptr %in_Bm[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v399 = llvm.load %v398 : !llvm.ptr -> f32
              %v400 = arith.mulf %v388, %v399 fastmath<contract> : f32
              %v401 = llvm.load %v13 : !llvm.ptr -> f32
              %v402 = arith.mulf %v386, %v401 fastmath<contract> : f32
              %v403 = arith.addf %v402, %v400 fastmath<contract> : f32
              llvm.store %v403, %v13 : f32, !llvm.ptr
              %v404 = arith.muli %v52, %v393 : i64
              %v405 = arith.muli %v392, %v1 : i64
              %v406 = arith.addi %v404, %v405 : i64
              %v407 = arith.constant 4 : i64
              %v408 = arith.addi %v407, %v38 : i64
              %v409 = arith.addi %v406, %v408 : i64
              %v410 = llvm.getelementptr %in_Bm[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v411 = llvm.load %v410 : !llvm.ptr -> f32
              %v412 = arith.mulf %v388, %v411 fastmath<contract> : f32
              %v413 = llvm.load %v14 : !llvm.ptr -> f32
              %v414 = arith.mulf %v386, %v413 fastmath<contract> : f32
              %v415 = arith.addf %v414, %v412 fastmath<contract> : f32
              llvm.store %v415, %v14 : f32, !llvm.ptr
              %v416 = arith.muli %v52, %v393 : i64
              %v417 = arith.muli %v392, %v1 : i64
              %v418 = arith.addi %v416, %v417 : i64
              %v419 = arith.constant 8 : i64
              %v420 = arith.addi %v419, %v38 : i64
              %v421 = arith.addi %v418, %v420 : i64
              %v422 = llvm.getelementptr %in_Bm[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v423 = llvm.load %v422 : !llvm.ptr -> f32
              %v424 = arith.mulf %v388, %v423 fastmath<contract> : f32
              %v425 = llvm.load %v15 : !llvm.ptr -> f32
              %v426 = arith.mulf %v386, %v425 fastmath<contract> : f32
              %v427 = arith.addf %v426, %v424 fastmath<contract> : f32
              llvm.store %v427, %v15 : f32, !llvm.ptr
              %v428 = arith.muli %v52, %v393 : i64
              %v429 = arith.muli %v392, %v1 : i64
              %v430 = arith.addi %v428, %v429 : i64
              %v431 = arith.constant 12 : i64
              %v432 = arith.addi %v431, %v38 : i64
              %v433 = arith.addi %v430, %v432 : i64
              %v434 = llvm.getelementptr %in_Bm[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v435 = llvm.load %v434 : !llvm.ptr -> f32
              %v436 = arith.mulf %v388, %v435 fastmath<contract> : f32
              %v437 = llvm.load %v16 : !llvm.ptr -> f32
              %v438 = arith.mulf %v386, %v437 fastmath<contract> : f32
              %v439 = arith.addf %v438, %v436 fastmath<contract> : f32
              llvm.store %v439, %v16 : f32, !llvm.ptr
            }
          }
        }
        %v441 = arith.addi %v189, %v440 : i64
        %v442 = arith.divui %v441, %v111 : i64
        %v443 = arith.index_cast %v74 : i64 to index
        %v444 = arith.index_cast %v442 : i64 to index
        %v445 = arith.index_cast %v2 : i64 to index
        scf.for %v446 = %v443 to %v444 step %v445 {
          %v447 = arith.index_cast %v446 : index to i64
          %v448 = arith.muli %v447, %v111 : i64
          %v449 = arith.addi %v448, %v111 : i64
          %v450 = arith.index_cast %v448 : i64 to index
          %v451 = arith.index_cast %v449 : i64 to index
          %v452 = arith.index_cast %v2 : i64 to index
          scf.for %v453 = %v450 to %v451 step %v452 {
            %v454 = arith.index_cast %v453 : index to i64
            %v455 = arith.cmpi slt, %v454, %v189 : i64
            scf.if %v455 {
              %v456 = arith.subi %v189, %v2 : i64
              %v457 = arith.subi %v456, %v454 : i64
              %v458 = arith.muli %v457, %v37 : i64
              %v459 = arith.remui %v454, %v111 : i64
              %v460 = arith.muli %v459, %v37 : i64
              %v461 = arith.addi %v175, %v457 : i64
              %v462 = arith.addi %v458, %v37 : i64
              %v463 = arith.cmpi sle, %v462, %v187 : i64
              scf.if %v463 {
                %v464 = arith.subi %v187, %v2 : i64
                %v465 = arith.muli %v461, %v4 : i64
                %v466 = arith.subi %v4, %v2 : i64
                %v467 = arith.minsi %v44, %v466 : i64
                %v468 = arith.addi %v465, %v467 : i64
                %v469 = arith.muli %v468, %v1 : i64
                %v470 = arith.addi %v469, %v38 : i64
                %v471 = llvm.getelementptr %scratch_S[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                %v473 = arith.muli %v461, %v4 : i64
                %v474 = arith.subi %v4, %v2 : i64
                %v475 = arith.minsi %v44, %v474 : i64
                %v476 = arith.addi %v473, %v475 : i64
                %v477 = arith.muli %v476, %v1 : i64
                %v478 = arith.addi %v477, %v37 : i64
                %v479 = arith.addi %v478, %v38 : i64
                %v480 = llvm.getelementptr %scratch_S[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v481 = llvm.load %v480 : !llvm.ptr -> f32
                %v482 = arith.muli %v461, %v4 : i64
                %v483 = arith.subi %v4, %v2 : i64
                %v484 = arith.minsi %v44, %v483 : i64
                %v485 = arith.addi %v482, %v484 : i64
                %v486 = arith.muli %v485, %v1 : i64
                %v487 = arith.addi %v486, %v111 : i64
                %v488 = arith.addi %v487, %v38 : i64
                %v489 = llvm.getelementptr %scratch_S[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.muli %v461, %v4 : i64
                %v492 = arith.subi %v4, %v2 : i64
                %v493 = arith.minsi %v44, %v492 : i64
                %v494 = arith.addi %v491, %v493 : i64
                %v495 = arith.muli %v494, %v1 : i64
                %v496 = arith.addi %v495, %v131 : i64
                %v497 = arith.addi %v496, %v38 : i64
                %v498 = llvm.getelementptr %scratch_S[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = arith.addi %v458, %v38 : i64
                %v501 = arith.minsi %v500, %v464 : i64
                %v502 = arith.addi %v185, %v501 : i64
                %v503 = arith.subi %v502, %v185 : i64
                %v504 = llvm.getelementptr %v71[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = llvm.getelementptr %in_dt_bias[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v507 = llvm.load %v506 : !llvm.ptr -> f32
                %v508 = arith.addf %v505, %v507 fastmath<contract> : f32
                %v509 = arith.maximumf %v508, %v72 : f32
                %v510 = llvm.call_intrinsic "llvm.fabs.f32"(%v508) : (f32) -> f32
                %v511 = arith.negf %v510 : f32
                %v512 = arith.mulf %v511, %v326 fastmath<contract> : f32
                %v513 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v512) : (f32) -> f32
                %v514 = arith.addf %v73, %v513 fastmath<contract> : f32
                %v515 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v514) : (f32) -> f32
                %v516 = arith.mulf %v515, %v331 fastmath<contract> : f32
                %v517 = arith.mulf %v333, %v513 fastmath<contract> : f32
                %v518 = arith.addf %v517, %v335 fastmath<contract> : f32
                %v519 = arith.mulf %v518, %v513 fastmath<contract> : f32
                %v520 = arith.addf %v519, %v338 fastmath<contract> : f32
                %v521 = arith.mulf %v520, %v513 fastmath<contract> : f32
                %v522 = arith.addf %v521, %v341 fastmath<contract> : f32
                %v523 = arith.mulf %v522, %v513 fastmath<contract> : f32
                %v524 = arith.addf %v523, %v344 fastmath<contract> : f32
                %v525 = arith.mulf %v524, %v513 fastmath<contract> : f32
                %v526 = arith.addf %v525, %v347 fastmath<contract> : f32
                %v527 = arith.mulf %v526, %v513 fastmath<contract> : f32
                %v528 = arith.addf %v527, %v73 fastmath<contract> : f32
                %v529 = arith.mulf %v528, %v513 fastmath<contract> : f32
                %v530 = llvm.call_intrinsic "llvm.fabs.f32"(%v513) : (f32) -> f32
                %v531 = arith.cmpf olt, %v530, %v353 : f32
                %v532 = arith.select %v531, %v529, %v516 : f32
                %v533 = arith.addf %v509, %v532 fastmath<contract> : f32
                %v534 = arith.negf %v533 : f32
                %v535 = llvm.getelementptr %in_A_log[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v536 = llvm.load %v535 : !llvm.ptr -> f32
                %v537 = arith.mulf %v536, %v326 fastmath<contract> : f32
                %v538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v537) : (f32) -> f32
                %v539 = arith.mulf %v534, %v538 fastmath<contract> : f32
                %v540 = arith.mulf %v539, %v326 fastmath<contract> : f32
                %v541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v540) : (f32) -> f32
                %v542 = arith.muli %v52, %v366 : i64
                %v543 = arith.muli %v502, %v365 : i64
                %v544 = arith.addi %v542, %v543 : i64
                %v545 = arith.muli %v50, %size_P : i64
                %v546 = arith.addi %v544, %v545 : i64
                %v547 = arith.addi %v546, %v48 : i64
                %v548 = llvm.getelementptr %in_x[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v549 = llvm.load %v548 : !llvm.ptr -> f32
                %v550 = arith.mulf %v533, %v549 fastmath<contract> : f32
                %v551 = arith.negf %v508 : f32
                %v552 = arith.mulf %v551, %v326 fastmath<contract> : f32
                %v553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v552) : (f32) -> f32
                %v554 = arith.addf %v73, %v553 fastmath<contract> : f32
                %v555 = arith.divf %v73, %v554 : f32
                // the group's states, recomputed into registers
                %v556 = arith.minsi %v458, %v464 : i64
                %v557 = arith.addi %v185, %v556 : i64
                %v558, %v559 = gpu.shuffle idx %v541, %v159, %v385 : f32
                %v560, %v561 = gpu.shuffle idx %v550, %v159, %v385 : f32
                %v562 = arith.muli %v52, %v393 : i64
                %v563 = arith.muli %v557, %v1 : i64
                %v564 = arith.addi %v562, %v563 : i64
                %v565 = arith.addi %v564, %v38 : i64
                %v566 = llvm.getelementptr %in_Bm[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v567 = llvm.load %v566 : !llvm.ptr -> f32
                %v568 = arith.mulf %v560, %v567 fastmath<contract> : f32
                %v569 = arith.mulf %v558, %v472 fastmath<contract> : f32
                %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
                %v571 = arith.muli %v52, %v393 : i64
                %v572 = arith.muli %v557, %v1 : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = arith.constant 4 : i64
                %v575 = arith.addi %v574, %v38 : i64
                %v576 = arith.addi %v573, %v575 : i64
                %v577 = llvm.getelementptr %in_Bm[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.mulf %v560, %v578 fastmath<contract> : f32
                %v580 = arith.mulf %v558, %v481 fastmath<contract> : f32
                %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
                %v582 = arith.muli %v52, %v393 : i64
                %v583 = arith.muli %v557, %v1 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = arith.constant 8 : i64
                %v586 = arith.addi %v585, %v38 : i64
                %v587 = arith.addi %v584, %v586 : i64
                %v588 = llvm.getelementptr %in_Bm[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v589 = llvm.load %v588 : !llvm.ptr -> f32
                %v590 = arith.mulf %v560, %v589 fastmath<contract> : f32
                %v591 = arith.mulf %v558, %v490 fastmath<contract> : f32
                %v592 = arith.addf %v591, %v590 fastmath<contract> : f32
                %v593 = arith.muli %v52, %v393 : i64
                %v594 = arith.muli %v557, %v1 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = arith.constant 12 : i64
                %v597 = arith.addi %v596, %v38 : i64
                %v598 = arith.addi %v595, %v597 : i64
                %v599 = llvm.getelementptr %in_Bm[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v600 = llvm.load %v599 : !llvm.ptr -> f32
                %v601 = arith.mulf %v560, %v600 fastmath<contract> : f32
                %v602 = arith.mulf %v558, %v499 fastmath<contract> : f32
                %v603 = arith.addf %v602, %v601 fastmath<contract> : f32
                %v604 = arith.addi %v458, %v2 : i64
                %v605 = arith.minsi %v604, %v464 : i64
                %v606 = arith.addi %v185, %v605 : i64
                %v607, %v608 = gpu.shuffle idx %v541, %v163, %v385 : f32
                %v609, %v610 = gpu.shuffle idx %v550, %v163, %v385 : f32
                %v611 = arith.muli %v52, %v393 : i64
                %v612 = arith.muli %v606, %v1 : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = arith.addi %v613, %v38 : i64
                %v615 = llvm.getelementptr %in_Bm[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v616 = llvm.load %v615 : !llvm.ptr -> f32
                %v617 = arith.mulf %v609, %v616 fastmath<contract> : f32
                %v618 = arith.mulf %v607, %v570 fastmath<contract> : f32
                %v619 = arith.addf %v618, %v617 fastmath<contract> : f32
                %v620 = arith.muli %v52, %v393 : i64
                %v621 = arith.muli %v606, %v1 : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = arith.constant 4 : i64
                %v624 = arith.addi %v623, %v38 : i64
                %v625 = arith.addi %v622, %v624 : i64
                %v626 = llvm.getelementptr %in_Bm[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = arith.mulf %v609, %v627 fastmath<contract> : f32
                %v629 = arith.mulf %v607, %v581 fastmath<contract> : f32
                %v630 = arith.addf %v629, %v628 fastmath<contract> : f32
                %v631 = arith.muli %v52, %v393 : i64
                %v632 = arith.muli %v606, %v1 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.constant 8 : i64
                %v635 = arith.addi %v634, %v38 : i64
                %v636 = arith.addi %v633, %v635 : i64
                %v637 = llvm.getelementptr %in_Bm[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = arith.mulf %v609, %v638 fastmath<contract> : f32
                %v640 = arith.mulf %v607, %v592 fastmath<contract> : f32
                %v641 = arith.addf %v640, %v639 fastmath<contract> : f32
                %v642 = arith.muli %v52, %v393 : i64
                %v643 = arith.muli %v606, %v1 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = arith.constant 12 : i64
                %v646 = arith.addi %v645, %v38 : i64
                %v647 = arith.addi %v644, %v646 : i64
                %v648 = llvm.getelementptr %in_Bm[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v649 = llvm.load %v648 : !llvm.ptr -> f32
                %v650 = arith.mulf %v609, %v649 fastmath<contract> : f32
                %v651 = arith.mulf %v607, %v603 fastmath<contract> : f32
                %v652 = arith.addf %v651, %v650 fastmath<contract> : f32
                %v654 = arith.addi %v458, %v653 : i64
                %v655 = arith.minsi %v654, %v464 : i64
                %v656 = arith.addi %v185, %v655 : i64
                %v657, %v658 = gpu.shuffle idx %v541, %v167, %v385 : f32
                %v659, %v660 = gpu.shuffle idx %v550, %v167, %v385 : f32
                %v661 = arith.muli %v52, %v393 : i64
                %v662 = arith.muli %v656, %v1 : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = arith.addi %v663, %v38 : i64
                %v665 = llvm.getelementptr %in_Bm[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.mulf %v659, %v666 fastmath<contract> : f32
                %v668 = arith.mulf %v657, %v619 fastmath<contract> : f32
                %v669 = arith.addf %v668, %v667 fastmath<contract> : f32
                %v670 = arith.muli %v52, %v393 : i64
                %v671 = arith.muli %v656, %v1 : i64
                %v672 = arith.addi %v670, %v671 : i64
                %v673 = arith.constant 4 : i64
                %v674 = arith.addi %v673, %v38 : i64
                %v675 = arith.addi %v672, %v674 : i64
                %v676 = llvm.getelementptr %in_Bm[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v677 = llvm.load %v676 : !llvm.ptr -> f32
                %v678 = arith.mulf %v659, %v677 fastmath<contract> : f32
                %v679 = arith.mulf %v657, %v630 fastmath<contract> : f32
                %v680 = arith.addf %v679, %v678 fastmath<contract> : f32
                %v681 = arith.muli %v52, %v393 : i64
                %v682 = arith.muli %v656, %v1 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = arith.constant 8 : i64
                %v685 = arith.addi %v684, %v38 : i64
                %v686 = arith.addi %v683, %v685 : i64
                %v687 = llvm.getelementptr %in_Bm[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v688 = llvm.load %v687 : !llvm.ptr -> f32
                %v689 = arith.mulf %v659, %v688 fastmath<contract> : f32
                %v690 = arith.mulf %v657, %v641 fastmath<contract> : f32
                %v691 = arith.addf %v690, %v689 fastmath<contract> : f32
                %v692 = arith.muli %v52, %v393 : i64
                %v693 = arith.muli %v656, %v1 : i64
                %v694 = arith.addi %v692, %v693 : i64
                %v695 = arith.constant 12 : i64
                %v696 = arith.addi %v695, %v38 : i64
                %v697 = arith.addi %v694, %v696 : i64
                %v698 = llvm.getelementptr %in_Bm[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v699 = llvm.load %v698 : !llvm.ptr -> f32
                %v700 = arith.mulf %v659, %v699 fastmath<contract> : f32
                %v701 = arith.mulf %v657, %v652 fastmath<contract> : f32
                %v702 = arith.addf %v701, %v700 fastmath<contract> : f32
                %v703 = arith.addi %v458, %v152 : i64
                %v704 = arith.minsi %v703, %v464 : i64
                %v705 = arith.addi %v185, %v704 : i64
                %v706, %v707 = gpu.shuffle idx %v541, %v171, %v385 : f32
                %v708, %v709 = gpu.shuffle idx %v550, %v171, %v385 : f32
                %v710 = arith.muli %v52, %v393 : i64
                %v711 = arith.muli %v705, %v1 : i64
                %v712 = arith.addi %v710, %v711 : i64
                %v713 = arith.addi %v712, %v38 : i64
                %v714 = llvm.getelementptr %in_Bm[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v715 = llvm.load %v714 : !llvm.ptr -> f32
                %v716 = arith.mulf %v708, %v715 fastmath<contract> : f32
                %v717 = arith.mulf %v706, %v669 fastmath<contract> : f32
                %v718 = arith.addf %v717, %v716 fastmath<contract> : f32
                %v719 = arith.muli %v52, %v393 : i64
                %v720 = arith.muli %v705, %v1 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.constant 4 : i64
                %v723 = arith.addi %v722, %v38 : i64
                %v724 = arith.addi %v721, %v723 : i64
                %v725 = llvm.getelementptr %in_Bm[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v726 = llvm.load %v725 : !llvm.ptr -> f32
                %v727 = arith.mulf %v708, %v726 fastmath<contract> : f32
                %v728 = arith.mulf %v706, %v680 fastmath<contract> : f32
                %v729 = arith.addf %v728, %v727 fastmath<contract> : f32
                %v730 = arith.muli %v52, %v393 : i64
                %v731 = arith.muli %v705, %v1 : i64
                %v732 = arith.addi %v730, %v731 : i64
                %v733 = arith.constant 8 : i64
                %v734 = arith.addi %v733, %v38 : i64
                %v735 = arith.addi %v732, %v734 : i64
                %v736 = llvm.getelementptr %in_Bm[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v737 = llvm.load %v736 : !llvm.ptr -> f32
                %v738 = arith.mulf %v708, %v737 fastmath<contract> : f32
                %v739 = arith.mulf %v706, %v691 fastmath<contract> : f32
                %v740 = arith.addf %v739, %v738 fastmath<contract> : f32
                %v741 = arith.muli %v52, %v393 : i64
                %v742 = arith.muli %v705, %v1 : i64
                %v743 = arith.addi %v741, %v742 : i64
                %v744 = arith.constant 12 : i64
                %v745 = arith.addi %v744, %v38 : i64
                %v746 = arith.addi %v743, %v745 : i64
                %v747 = llvm.getelementptr %in_Bm[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = arith.mulf %v708, %v748 fastmath<contract> : f32
                %v750 = arith.mulf %v706, %v702 fastmath<contract> : f32
                %v751 = arith.addf %v750, %v749 fastmath<contract> : f32
                %v753 = arith.shrui %v38, %v74 : i64
                %v754 = arith.andi %v753, %v2 : i64
                %v755 = arith.cmpi ne, %v754, %v74 : i64
                %v756 = arith.shrui %v38, %v2 : i64
                %v757 = arith.andi %v756, %v2 : i64
                %v758 = arith.cmpi ne, %v757, %v74 : i64
                %v759 = arith.subi %v187, %v458 : i64
                %v760 = arith.trunci %v759 : i64 to i32
                %v761 = arith.subi %size_L, %v2 : i64
                %v762 = arith.addi %v185, %v458 : i64
                %v763 = arith.subi %v761, %v762 : i64
                %v765 = arith.minsi %v763, %v764 : i64
                %v766 = arith.trunci %v765 : i64 to i32
                %v767 = arith.addi %v458, %v152 : i64
                %v769 = arith.cmpi slt, %v768, %v760 : i32
                %v770 = arith.cmpi eq, %v768, %v766 : i32
                %v771, %v772 = gpu.shuffle idx %v533, %v171, %v385 : f32
                %v773, %v774 = gpu.shuffle idx %v534, %v171, %v385 : f32
                %v775, %v776 = gpu.shuffle idx %v538, %v171, %v385 : f32
                %v777, %v778 = gpu.shuffle idx %v541, %v171, %v385 : f32
                %v779, %v780 = gpu.shuffle idx %v550, %v171, %v385 : f32
                %v781, %v782 = gpu.shuffle idx %v555, %v171, %v385 : f32
                llvm.store %v72, %v752 : f32, !llvm.ptr
                %v783 = arith.addi %v185, %v767 : i64
                %v784 = arith.muli %v52, %v393 : i64
                %v785 = arith.muli %v783, %v1 : i64
                %v786 = arith.addi %v784, %v785 : i64
                %v787 = arith.addi %v786, %v38 : i64
                %v788 = llvm.getelementptr %in_Cm[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v789 = llvm.load %v788 : !llvm.ptr -> f32
                %v790 = arith.muli %v52, %v366 : i64
                %v791 = arith.muli %v783, %v365 : i64
                %v792 = arith.addi %v790, %v791 : i64
                %v793 = arith.muli %v50, %size_P : i64
                %v794 = arith.addi %v792, %v793 : i64
                %v795 = arith.addi %v794, %v48 : i64
                %v796 = llvm.getelementptr %dy_y[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v797 = llvm.load %v796 : !llvm.ptr -> f32
                %v798 = arith.mulf %v789, %v797 fastmath<contract> : f32
                %v799 = llvm.load %v57 : !llvm.ptr -> f32
                %v800 = llvm.load %v61 : !llvm.ptr -> f32
                %v801 = arith.mulf %v800, %v799 fastmath<contract> : f32
                %v802 = arith.addf %v798, %v801 fastmath<contract> : f32
                llvm.store %v802, %v57 : f32, !llvm.ptr
                %v803 = arith.muli %v52, %v393 : i64
                %v804 = arith.muli %v783, %v1 : i64
                %v805 = arith.addi %v803, %v804 : i64
                %v806 = arith.constant 4 : i64
                %v807 = arith.addi %v806, %v38 : i64
                %v808 = arith.addi %v805, %v807 : i64
                %v809 = llvm.getelementptr %in_Cm[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v810 = llvm.load %v809 : !llvm.ptr -> f32
                %v811 = arith.mulf %v810, %v797 fastmath<contract> : f32
                %v812 = llvm.load %v58 : !llvm.ptr -> f32
                %v813 = llvm.load %v62 : !llvm.ptr -> f32
                %v814 = arith.mulf %v813, %v812 fastmath<contract> : f32
                %v815 = arith.addf %v811, %v814 fastmath<contract> : f32
                llvm.store %v815, %v58 : f32, !llvm.ptr
                %v816 = arith.muli %v52, %v393 : i64
                %v817 = arith.muli %v783, %v1 : i64
                %v818 = arith.addi %v816, %v817 : i64
                %v819 = arith.constant 8 : i64
                %v820 = arith.addi %v819, %v38 : i64
                %v821 = arith.addi %v818, %v820 : i64
                %v822 = llvm.getelementptr %in_Cm[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v823 = llvm.load %v822 : !llvm.ptr -> f32
                %v824 = arith.mulf %v823, %v797 fastmath<contract> : f32
                %v825 = llvm.load %v59 : !llvm.ptr -> f32
                %v826 = llvm.load %v63 : !llvm.ptr -> f32
                %v827 = arith.mulf %v826, %v825 fastmath<contract> : f32
                %v828 = arith.addf %v824, %v827 fastmath<contract> : f32
                llvm.store %v828, %v59 : f32, !llvm.ptr
                %v829 = arith.muli %v52, %v393 : i64
                %v830 = arith.muli %v783, %v1 : i64
                %v831 = arith.addi %v829, %v830 : i64
                %v832 = arith.constant 12 : i64
                %v833 = arith.addi %v832, %v38 : i64
                %v834 = arith.addi %v831, %v833 : i64
                %v835 = llvm.getelementptr %in_Cm[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v836 = llvm.load %v835 : !llvm.ptr -> f32
                %v837 = arith.mulf %v836, %v797 fastmath<contract> : f32
                %v838 = llvm.load %v60 : !llvm.ptr -> f32
                %v839 = llvm.load %v64 : !llvm.ptr -> f32
                %v840 = arith.mulf %v839, %v838 fastmath<contract> : f32
                %v841 = arith.addf %v837, %v840 fastmath<contract> : f32
                llvm.store %v841, %v60 : f32, !llvm.ptr
                scf.if %v770 {
                }
                %v842 = arith.muli %v52, %v366 : i64
                %v843 = arith.muli %v783, %v365 : i64
                %v844 = arith.addi %v842, %v843 : i64
                %v845 = arith.muli %v50, %size_P : i64
                %v846 = arith.addi %v844, %v845 : i64
                %v847 = arith.addi %v846, %v48 : i64
                %v848 = llvm.getelementptr %in_x[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v849 = llvm.load %v848 : !llvm.ptr -> f32
                %v850 = arith.muli %v52, %v393 : i64
                %v851 = arith.muli %v783, %v1 : i64
                %v852 = arith.addi %v850, %v851 : i64
                %v853 = arith.addi %v852, %v38 : i64
                %v854 = llvm.getelementptr %in_Bm[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v855 = llvm.load %v854 : !llvm.ptr -> f32
                %v856 = llvm.load %v57 : !llvm.ptr -> f32
                %v857 = arith.mulf %v855, %v856 fastmath<contract> : f32
                %v858 = arith.muli %v52, %v393 : i64
                %v859 = arith.muli %v783, %v1 : i64
                %v860 = arith.addi %v858, %v859 : i64
                %v861 = arith.constant 4 : i64
                %v862 = arith.addi %v861, %v38 : i64
                %v863 = arith.addi %v860, %v862 : i64
                %v864 = llvm.getelementptr %in_Bm[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = llvm.load %v58 : !llvm.ptr -> f32
                %v867 = arith.mulf %v865, %v866 fastmath<contract> : f32
                %v868 = arith.addf %v857, %v867 fastmath<contract> : f32
                %v869 = arith.muli %v52, %v393 : i64
                %v870 = arith.muli %v783, %v1 : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = arith.constant 8 : i64
                %v873 = arith.addi %v872, %v38 : i64
                %v874 = arith.addi %v871, %v873 : i64
                %v875 = llvm.getelementptr %in_Bm[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = llvm.load %v59 : !llvm.ptr -> f32
                %v878 = arith.mulf %v876, %v877 fastmath<contract> : f32
                %v879 = arith.addf %v868, %v878 fastmath<contract> : f32
                %v880 = arith.muli %v52, %v393 : i64
                %v881 = arith.muli %v783, %v1 : i64
                %v882 = arith.addi %v880, %v881 : i64
                %v883 = arith.constant 12 : i64
                %v884 = arith.addi %v883, %v38 : i64
                %v885 = arith.addi %v882, %v884 : i64
                %v886 = llvm.getelementptr %in_Bm[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v887 = llvm.load %v886 : !llvm.ptr -> f32
                %v888 = llvm.load %v60 : !llvm.ptr -> f32
                %v889 = arith.mulf %v887, %v888 fastmath<contract> : f32
                %v890 = arith.addf %v879, %v889 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v892, %v893 = gpu.shuffle xor %v890, %v891, %v385 : f32
                %v894 = arith.addf %v890, %v892 fastmath<contract> : f32
                %v896, %v897 = gpu.shuffle xor %v894, %v895, %v385 : f32
                %v898 = arith.addf %v894, %v896 fastmath<contract> : f32
                // end sum over the lanes
                %v899 = arith.mulf %v849, %v898 fastmath<contract> : f32
                %v900 = arith.mulf %v669, %v856 fastmath<contract> : f32
                %v901 = arith.mulf %v680, %v866 fastmath<contract> : f32
                %v902 = arith.addf %v900, %v901 fastmath<contract> : f32
                %v903 = arith.mulf %v691, %v877 fastmath<contract> : f32
                %v904 = arith.addf %v902, %v903 fastmath<contract> : f32
                %v905 = arith.mulf %v702, %v888 fastmath<contract> : f32
                %v906 = arith.addf %v904, %v905 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v907, %v908 = gpu.shuffle xor %v906, %v891, %v385 : f32
                %v909 = arith.addf %v906, %v907 fastmath<contract> : f32
                %v910, %v911 = gpu.shuffle xor %v909, %v895, %v385 : f32
                %v912 = arith.addf %v909, %v910 fastmath<contract> : f32
                // end sum over the lanes
                %v913 = arith.mulf %v775, %v912 fastmath<contract> : f32
                %v914 = arith.mulf %v777, %v913 fastmath<contract> : f32
                %v915 = arith.negf %v914 : f32
                %v916 = arith.addf %v899, %v915 fastmath<contract> : f32
                %v917 = arith.mulf %v916, %v781 fastmath<contract> : f32
                %v918 = arith.mulf %v777, %v912 fastmath<contract> : f32
                %v919 = arith.mulf %v773, %v918 fastmath<contract> : f32
                %v920 = arith.mulf %v775, %v919 fastmath<contract> : f32
                %v921 = llvm.load %v65 : !llvm.ptr -> f32
                %v922 = arith.addf %v921, %v920 fastmath<contract> : f32
                llvm.store %v922, %v65 : f32, !llvm.ptr
                %v923 = arith.mulf %v779, %v856 fastmath<contract> : f32
                scf.if %v42 {
                  %v924 = arith.addi %v56, %v44 : i64
                  %v925 = arith.muli %v924, %v1 : i64
                  %v926 = arith.addi %v925, %v38 : i64
                  %v927 = arith.muli %v926, %size_L : i64
                  %v928 = arith.addi %v927, %v783 : i64
                  %v929 = llvm.getelementptr %part_Bm[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v923, %v929 : f32, !llvm.ptr
                }
                %v930 = arith.mulf %v779, %v866 fastmath<contract> : f32
                scf.if %v42 {
                  %v931 = arith.addi %v37, %v38 : i64
                  %v932 = arith.addi %v56, %v44 : i64
                  %v933 = arith.muli %v932, %v1 : i64
                  %v934 = arith.addi %v933, %v931 : i64
                  %v935 = arith.muli %v934, %size_L : i64
                  %v936 = arith.addi %v935, %v783 : i64
                  %v937 = llvm.getelementptr %part_Bm[%v936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v930, %v937 : f32, !llvm.ptr
                }
                %v938 = arith.mulf %v779, %v877 fastmath<contract> : f32
                scf.if %v42 {
                  %v939 = arith.addi %v111, %v38 : i64
                  %v940 = arith.addi %v56, %v44 : i64
                  %v941 = arith.muli %v940, %v1 : i64
                  %v942 = arith.addi %v941, %v939 : i64
                  %v943 = arith.muli %v942, %size_L : i64
                  %v944 = arith.addi %v943, %v783 : i64
                  %v945 = llvm.getelementptr %part_Bm[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v938, %v945 : f32, !llvm.ptr
                }
                %v946 = arith.mulf %v779, %v888 fastmath<contract> : f32
                scf.if %v42 {
                  %v947 = arith.addi %v131, %v38 : i64
                  %v948 = arith.addi %v56, %v44 : i64
                  %v949 = arith.muli %v948, %v1 : i64
                  %v950 = arith.addi %v949, %v947 : i64
                  %v951 = arith.muli %v950, %size_L : i64
                  %v952 = arith.addi %v951, %v783 : i64
                  %v953 = llvm.getelementptr %part_Bm[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v946, %v953 : f32, !llvm.ptr
                }
                %v954 = arith.mulf %v718, %v797 fastmath<contract> : f32
                scf.if %v42 {
                  %v955 = arith.addi %v56, %v44 : i64
                  %v956 = arith.muli %v955, %v1 : i64
                  %v957 = arith.addi %v956, %v38 : i64
                  %v958 = arith.muli %v957, %size_L : i64
                  %v959 = arith.addi %v958, %v783 : i64
                  %v960 = llvm.getelementptr %part_Cm[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v954, %v960 : f32, !llvm.ptr
                }
                %v961 = arith.mulf %v729, %v797 fastmath<contract> : f32
                scf.if %v42 {
                  %v962 = arith.addi %v37, %v38 : i64
                  %v963 = arith.addi %v56, %v44 : i64
                  %v964 = arith.muli %v963, %v1 : i64
                  %v965 = arith.addi %v964, %v962 : i64
                  %v966 = arith.muli %v965, %size_L : i64
                  %v967 = arith.addi %v966, %v783 : i64
                  %v968 = llvm.getelementptr %part_Cm[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v961, %v968 : f32, !llvm.ptr
                }
                %v969 = arith.mulf %v740, %v797 fastmath<contract> : f32
                scf.if %v42 {
                  %v970 = arith.addi %v111, %v38 : i64
                  %v971 = arith.addi %v56, %v44 : i64
                  %v972 = arith.muli %v971, %v1 : i64
                  %v973 = arith.addi %v972, %v970 : i64
                  %v974 = arith.muli %v973, %size_L : i64
                  %v975 = arith.addi %v974, %v783 : i64
                  %v976 = llvm.getelementptr %part_Cm[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v969, %v976 : f32, !llvm.ptr
                }
                %v977 = arith.mulf %v751, %v797 fastmath<contract> : f32
                scf.if %v42 {
                  %v978 = arith.addi %v131, %v38 : i64
                  %v979 = arith.addi %v56, %v44 : i64
                  %v980 = arith.muli %v979, %v1 : i64
                  %v981 = arith.addi %v980, %v978 : i64
                  %v982 = arith.muli %v981, %size_L : i64
                  %v983 = arith.addi %v982, %v783 : i64
                  %v984 = llvm.getelementptr %part_Cm[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v977, %v984 : f32, !llvm.ptr
                }
                %v985 = llvm.load %v67 : !llvm.ptr -> f32
                %v986 = arith.addf %v985, %v917 fastmath<contract> : f32
                llvm.store %v986, %v67 : f32, !llvm.ptr
                %v987 = arith.select %v42, %v917, %v72 : f32
                // sum over the warp's outer points: shuffles
                %v989, %v990 = gpu.shuffle xor %v987, %v988, %v385 : f32
                %v991 = arith.addf %v987, %v989 fastmath<contract> : f32
                %v993, %v994 = gpu.shuffle xor %v991, %v992, %v385 : f32
                %v995 = arith.addf %v991, %v993 fastmath<contract> : f32
                %v997, %v998 = gpu.shuffle xor %v995, %v996, %v385 : f32
                %v999 = arith.addf %v995, %v997 fastmath<contract> : f32
                %v1001 = arith.divui %v23, %v1000 : i64
                %v1002 = arith.remui %v23, %v1000 : i64
                %v1003 = arith.cmpi ult, %v1002, %v2 : i64
                %v1005 = arith.muli %v1001, %v1004 : i64
                %v1006 = arith.addi %v1005, %v460 : i64
                scf.if %v1003 {
                  %v1007 = llvm.getelementptr %v69[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v999, %v1007 : f32, !llvm.ptr
                }
                %v1008 = arith.addf %v857, %v867 fastmath<contract> : f32
                %v1009 = arith.addf %v1008, %v878 fastmath<contract> : f32
                %v1010 = arith.addf %v1009, %v889 fastmath<contract> : f32
                llvm.store %v1010, %v752 : f32, !llvm.ptr
                llvm.store %v777, %v61 : f32, !llvm.ptr
                llvm.store %v777, %v62 : f32, !llvm.ptr
                llvm.store %v777, %v63 : f32, !llvm.ptr
                llvm.store %v777, %v64 : f32, !llvm.ptr
                %v1011 = llvm.load %v752 : !llvm.ptr -> f32
                %v1012 = arith.addi %v458, %v653 : i64
                %v1013 = arith.cmpi slt, %v895, %v760 : i32
                %v1014 = arith.cmpi eq, %v895, %v766 : i32
                %v1015, %v1016 = gpu.shuffle idx %v533, %v167, %v385 : f32
                %v1017, %v1018 = gpu.shuffle idx %v534, %v167, %v385 : f32
                %v1019, %v1020 = gpu.shuffle idx %v538, %v167, %v385 : f32
                %v1021, %v1022 = gpu.shuffle idx %v541, %v167, %v385 : f32
                %v1023, %v1024 = gpu.shuffle idx %v550, %v167, %v385 : f32
                %v1025, %v1026 = gpu.shuffle idx %v555, %v167, %v385 : f32
                %v1027 = arith.addi %v460, %v2 : i64
                llvm.store %v72, %v752 : f32, !llvm.ptr
                %v1028 = arith.addi %v185, %v1012 : i64
                %v1029 = arith.muli %v52, %v393 : i64
                %v1030 = arith.muli %v1028, %v1 : i64
                %v1031 = arith.addi %v1029, %v1030 : i64
                %v1032 = arith.addi %v1031, %v38 : i64
                %v1033 = llvm.getelementptr %in_Cm[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
                %v1035 = arith.muli %v52, %v366 : i64
                %v1036 = arith.muli %v1028, %v365 : i64
                %v1037 = arith.addi %v1035, %v1036 : i64
                %v1038 = arith.muli %v50, %size_P : i64
                %v1039 = arith.addi %v1037, %v1038 : i64
                %v1040 = arith.addi %v1039, %v48 : i64
                %v1041 = llvm.getelementptr %dy_y[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
                %v1043 = arith.mulf %v1034, %v1042 fastmath<contract> : f32
                %v1044 = llvm.load %v57 : !llvm.ptr -> f32
                %v1045 = llvm.load %v61 : !llvm.ptr -> f32
                %v1046 = arith.mulf %v1045, %v1044 fastmath<contract> : f32
                %v1047 = arith.addf %v1043, %v1046 fastmath<contract> : f32
                llvm.store %v1047, %v57 : f32, !llvm.ptr
                %v1048 = arith.muli %v52, %v393 : i64
                %v1049 = arith.muli %v1028, %v1 : i64
                %v1050 = arith.addi %v1048, %v1049 : i64
                %v1051 = arith.constant 4 : i64
                %v1052 = arith.addi %v1051, %v38 : i64
                %v1053 = arith.addi %v1050, %v1052 : i64
                %v1054 = llvm.getelementptr %in_Cm[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                %v1056 = arith.mulf %v1055, %v1042 fastmath<contract> : f32
                %v1057 = llvm.load %v58 : !llvm.ptr -> f32
                %v1058 = llvm.load %v62 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v1057 fastmath<contract> : f32
                %v1060 = arith.addf %v1056, %v1059 fastmath<contract> : f32
                llvm.store %v1060, %v58 : f32, !llvm.ptr
                %v1061 = arith.muli %v52, %v393 : i64
                %v1062 = arith.muli %v1028, %v1 : i64
                %v1063 = arith.addi %v1061, %v1062 : i64
                %v1064 = arith.constant 8 : i64
                %v1065 = arith.addi %v1064, %v38 : i64
                %v1066 = arith.addi %v1063, %v1065 : i64
                %v1067 = llvm.getelementptr %in_Cm[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
                %v1069 = arith.mulf %v1068, %v1042 fastmath<contract> : f32
                %v1070 = llvm.load %v59 : !llvm.ptr -> f32
                %v1071 = llvm.load %v63 : !llvm.ptr -> f32
                %v1072 = arith.mulf %v1071, %v1070 fastmath<contract> : f32
                %v1073 = arith.addf %v1069, %v1072 fastmath<contract> : f32
                llvm.store %v1073, %v59 : f32, !llvm.ptr
                %v1074 = arith.muli %v52, %v393 : i64
                %v1075 = arith.muli %v1028, %v1 : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = arith.constant 12 : i64
                %v1078 = arith.addi %v1077, %v38 : i64
                %v1079 = arith.addi %v1076, %v1078 : i64
                %v1080 = llvm.getelementptr %in_Cm[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
                %v1082 = arith.mulf %v1081, %v1042 fastmath<contract> : f32
                %v1083 = llvm.load %v60 : !llvm.ptr -> f32
                %v1084 = llvm.load %v64 : !llvm.ptr -> f32
                %v1085 = arith.mulf %v1084, %v1083 fastmath<contract> : f32
                %v1086 = arith.addf %v1082, %v1085 fastmath<contract> : f32
                llvm.store %v1086, %v60 : f32, !llvm.ptr
                scf.if %v1014 {
                }
                %v1087 = arith.muli %v52, %v366 : i64
                %v1088 = arith.muli %v1028, %v365 : i64
                %v1089 = arith.addi %v1087, %v1088 : i64
                %v1090 = arith.muli %v50, %size_P : i64
                %v1091 = arith.addi %v1089, %v1090 : i64
                %v1092 = arith.addi %v1091, %v48 : i64
                %v1093 = llvm.getelementptr %in_x[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
                %v1095 = arith.muli %v52, %v393 : i64
                %v1096 = arith.muli %v1028, %v1 : i64
                %v1097 = arith.addi %v1095, %v1096 : i64
                %v1098 = arith.addi %v1097, %v38 : i64
                %v1099 = llvm.getelementptr %in_Bm[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1100 = llvm.load %v1099 : !llvm.ptr -> f32
                %v1101 = llvm.load %v57 : !llvm.ptr -> f32
                %v1102 = arith.mulf %v1100, %v1101 fastmath<contract> : f32
                %v1103 = arith.muli %v52, %v393 : i64
                %v1104 = arith.muli %v1028, %v1 : i64
                %v1105 = arith.addi %v1103, %v1104 : i64
                %v1106 = arith.constant 4 : i64
                %v1107 = arith.addi %v1106, %v38 : i64
                %v1108 = arith.addi %v1105, %v1107 : i64
                %v1109 = llvm.getelementptr %in_Bm[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1110 = llvm.load %v1109 : !llvm.ptr -> f32
                %v1111 = llvm.load %v58 : !llvm.ptr -> f32
                %v1112 = arith.mulf %v1110, %v1111 fastmath<contract> : f32
                %v1113 = arith.addf %v1102, %v1112 fastmath<contract> : f32
                %v1114 = arith.muli %v52, %v393 : i64
                %v1115 = arith.muli %v1028, %v1 : i64
                %v1116 = arith.addi %v1114, %v1115 : i64
                %v1117 = arith.constant 8 : i64
                %v1118 = arith.addi %v1117, %v38 : i64
                %v1119 = arith.addi %v1116, %v1118 : i64
                %v1120 = llvm.getelementptr %in_Bm[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
                %v1122 = llvm.load %v59 : !llvm.ptr -> f32
                %v1123 = arith.mulf %v1121, %v1122 fastmath<contract> : f32
                %v1124 = arith.addf %v1113, %v1123 fastmath<contract> : f32
                %v1125 = arith.muli %v52, %v393 : i64
                %v1126 = arith.muli %v1028, %v1 : i64
                %v1127 = arith.addi %v1125, %v1126 : i64
                %v1128 = arith.constant 12 : i64
                %v1129 = arith.addi %v1128, %v38 : i64
                %v1130 = arith.addi %v1127, %v1129 : i64
                %v1131 = llvm.getelementptr %in_Bm[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                %v1133 = llvm.load %v60 : !llvm.ptr -> f32
                %v1134 = arith.mulf %v1132, %v1133 fastmath<contract> : f32
                %v1135 = arith.addf %v1124, %v1134 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1136, %v1137 = gpu.shuffle xor %v1135, %v891, %v385 : f32
                %v1138 = arith.addf %v1135, %v1136 fastmath<contract> : f32
                %v1139, %v1140 = gpu.shuffle xor %v1138, %v895, %v385 : f32
                %v1141 = arith.addf %v1138, %v1139 fastmath<contract> : f32
                // end sum over the lanes
                %v1142 = arith.mulf %v1094, %v1141 fastmath<contract> : f32
                %v1143 = arith.mulf %v619, %v1101 fastmath<contract> : f32
                %v1144 = arith.mulf %v630, %v1111 fastmath<contract> : f32
                %v1145 = arith.addf %v1143, %v1144 fastmath<contract> : f32
                %v1146 = arith.mulf %v641, %v1122 fastmath<contract> : f32
                %v1147 = arith.addf %v1145, %v1146 fastmath<contract> : f32
                %v1148 = arith.mulf %v652, %v1133 fastmath<contract> : f32
                %v1149 = arith.addf %v1147, %v1148 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1150, %v1151 = gpu.shuffle xor %v1149, %v891, %v385 : f32
                %v1152 = arith.addf %v1149, %v1150 fastmath<contract> : f32
                %v1153, %v1154 = gpu.shuffle xor %v1152, %v895, %v385 : f32
                %v1155 = arith.addf %v1152, %v1153 fastmath<contract> : f32
                // end sum over the lanes
                %v1156 = arith.mulf %v1019, %v1155 fastmath<contract> : f32
                %v1157 = arith.mulf %v1021, %v1156 fastmath<contract> : f32
                %v1158 = arith.negf %v1157 : f32
                %v1159 = arith.addf %v1142, %v1158 fastmath<contract> : f32
                %v1160 = arith.mulf %v1159, %v1025 fastmath<contract> : f32
                %v1161 = arith.mulf %v1021, %v1155 fastmath<contract> : f32
                %v1162 = arith.mulf %v1017, %v1161 fastmath<contract> : f32
                %v1163 = arith.mulf %v1019, %v1162 fastmath<contract> : f32
                %v1164 = llvm.load %v65 : !llvm.ptr -> f32
                %v1165 = arith.addf %v1164, %v1163 fastmath<contract> : f32
                llvm.store %v1165, %v65 : f32, !llvm.ptr
                %v1166 = arith.mulf %v1023, %v1101 fastmath<contract> : f32
                scf.if %v42 {
                  %v1167 = arith.addi %v56, %v44 : i64
                  %v1168 = arith.muli %v1167, %v1 : i64
                  %v1169 = arith.addi %v1168, %v38 : i64
                  %v1170 = arith.muli %v1169, %size_L : i64
                  %v1171 = arith.addi %v1170, %v1028 : i64
                  %v1172 = llvm.getelementptr %part_Bm[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1166, %v1172 : f32, !llvm.ptr
                }
                %v1173 = arith.mulf %v1023, %v1111 fastmath<contract> : f32
                scf.if %v42 {
                  %v1174 = arith.addi %v37, %v38 : i64
                  %v1175 = arith.addi %v56, %v44 : i64
                  %v1176 = arith.muli %v1175, %v1 : i64
                  %v1177 = arith.addi %v1176, %v1174 : i64
                  %v1178 = arith.muli %v1177, %size_L : i64
                  %v1179 = arith.addi %v1178, %v1028 : i64
                  %v1180 = llvm.getelementptr %part_Bm[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1173, %v1180 : f32, !llvm.ptr
                }
                %v1181 = arith.mulf %v1023, %v1122 fastmath<contract> : f32
                scf.if %v42 {
                  %v1182 = arith.addi %v111, %v38 : i64
                  %v1183 = arith.addi %v56, %v44 : i64
                  %v1184 = arith.muli %v1183, %v1 : i64
                  %v1185 = arith.addi %v1184, %v1182 : i64
                  %v1186 = arith.muli %v1185, %size_L : i64
                  %v1187 = arith.addi %v1186, %v1028 : i64
                  %v1188 = llvm.getelementptr %part_Bm[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1181, %v1188 : f32, !llvm.ptr
                }
                %v1189 = arith.mulf %v1023, %v1133 fastmath<contract> : f32
                scf.if %v42 {
                  %v1190 = arith.addi %v131, %v38 : i64
                  %v1191 = arith.addi %v56, %v44 : i64
                  %v1192 = arith.muli %v1191, %v1 : i64
                  %v1193 = arith.addi %v1192, %v1190 : i64
                  %v1194 = arith.muli %v1193, %size_L : i64
                  %v1195 = arith.addi %v1194, %v1028 : i64
                  %v1196 = llvm.getelementptr %part_Bm[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1189, %v1196 : f32, !llvm.ptr
                }
                %v1197 = arith.mulf %v669, %v1042 fastmath<contract> : f32
                scf.if %v42 {
                  %v1198 = arith.addi %v56, %v44 : i64
                  %v1199 = arith.muli %v1198, %v1 : i64
                  %v1200 = arith.addi %v1199, %v38 : i64
                  %v1201 = arith.muli %v1200, %size_L : i64
                  %v1202 = arith.addi %v1201, %v1028 : i64
                  %v1203 = llvm.getelementptr %part_Cm[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1197, %v1203 : f32, !llvm.ptr
                }
                %v1204 = arith.mulf %v680, %v1042 fastmath<contract> : f32
                scf.if %v42 {
                  %v1205 = arith.addi %v37, %v38 : i64
                  %v1206 = arith.addi %v56, %v44 : i64
                  %v1207 = arith.muli %v1206, %v1 : i64
                  %v1208 = arith.addi %v1207, %v1205 : i64
                  %v1209 = arith.muli %v1208, %size_L : i64
                  %v1210 = arith.addi %v1209, %v1028 : i64
                  %v1211 = llvm.getelementptr %part_Cm[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1204, %v1211 : f32, !llvm.ptr
                }
                %v1212 = arith.mulf %v691, %v1042 fastmath<contract> : f32
                scf.if %v42 {
                  %v1213 = arith.addi %v111, %v38 : i64
                  %v1214 = arith.addi %v56, %v44 : i64
                  %v1215 = arith.muli %v1214, %v1 : i64
                  %v1216 = arith.addi %v1215, %v1213 : i64
                  %v1217 = arith.muli %v1216, %size_L : i64
                  %v1218 = arith.addi %v1217, %v1028 : i64
                  %v1219 = llvm.getelementptr %part_Cm[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1212, %v1219 : f32, !llvm.ptr
                }
                %v1220 = arith.mulf %v702, %v1042 fastmath<contract> : f32
                scf.if %v42 {
                  %v1221 = arith.addi %v131, %v38 : i64
                  %v1222 = arith.addi %v56, %v44 : i64
                  %v1223 = arith.muli %v1222, %v1 : i64
                  %v1224 = arith.addi %v1223, %v1221 : i64
                  %v1225 = arith.muli %v1224, %size_L : i64
                  %v1226 = arith.addi %v1225, %v1028 : i64
                  %v1227 = llvm.getelementptr %part_Cm[%v1226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1220, %v1227 : f32, !llvm.ptr
                }
                %v1228 = llvm.load %v67 : !llvm.ptr -> f32
                %v1229 = arith.addf %v1228, %v1160 fastmath<contract> : f32
                llvm.store %v1229, %v67 : f32, !llvm.ptr
                %v1230 = arith.select %v42, %v1160, %v72 : f32
                // sum over the warp's outer points: shuffles
                %v1231, %v1232 = gpu.shuffle xor %v1230, %v988, %v385 : f32
                %v1233 = arith.addf %v1230, %v1231 fastmath<contract> : f32
                %v1234, %v1235 = gpu.shuffle xor %v1233, %v992, %v385 : f32
                %v1236 = arith.addf %v1233, %v1234 fastmath<contract> : f32
                %v1237, %v1238 = gpu.shuffle xor %v1236, %v996, %v385 : f32
                %v1239 = arith.addf %v1236, %v1237 fastmath<contract> : f32
                %v1240 = arith.divui %v23, %v1000 : i64
                %v1241 = arith.remui %v23, %v1000 : i64
                %v1242 = arith.cmpi ult, %v1241, %v2 : i64
                %v1243 = arith.muli %v1240, %v1004 : i64
                %v1244 = arith.addi %v1243, %v1027 : i64
                scf.if %v1242 {
                  %v1245 = llvm.getelementptr %v69[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1239, %v1245 : f32, !llvm.ptr
                }
                %v1246 = arith.addf %v1102, %v1112 fastmath<contract> : f32
                %v1247 = arith.addf %v1246, %v1123 fastmath<contract> : f32
                %v1248 = arith.addf %v1247, %v1134 fastmath<contract> : f32
                llvm.store %v1248, %v752 : f32, !llvm.ptr
                llvm.store %v1021, %v61 : f32, !llvm.ptr
                llvm.store %v1021, %v62 : f32, !llvm.ptr
                llvm.store %v1021, %v63 : f32, !llvm.ptr
                llvm.store %v1021, %v64 : f32, !llvm.ptr
                %v1249 = llvm.load %v752 : !llvm.ptr -> f32
                %v1250 = arith.select %v755, %v1249, %v1011 : f32
                %v1251 = arith.select %v755, %v1011, %v1249 : f32
                %v1252, %v1253 = gpu.shuffle xor %v1250, %v891, %v385 : f32
                %v1254 = arith.addf %v1251, %v1252 fastmath<contract> : f32
                %v1255 = arith.addi %v458, %v2 : i64
                %v1256 = arith.cmpi slt, %v891, %v760 : i32
                %v1257 = arith.cmpi eq, %v891, %v766 : i32
                %v1258, %v1259 = gpu.shuffle idx %v533, %v163, %v385 : f32
                %v1260, %v1261 = gpu.shuffle idx %v534, %v163, %v385 : f32
                %v1262, %v1263 = gpu.shuffle idx %v538, %v163, %v385 : f32
                %v1264, %v1265 = gpu.shuffle idx %v541, %v163, %v385 : f32
                %v1266, %v1267 = gpu.shuffle idx %v550, %v163, %v385 : f32
                %v1268, %v1269 = gpu.shuffle idx %v555, %v163, %v385 : f32
                %v1270 = arith.addi %v460, %v653 : i64
                llvm.store %v72, %v752 : f32, !llvm.ptr
                %v1271 = arith.addi %v185, %v1255 : i64
                %v1272 = arith.muli %v52, %v393 : i64
                %v1273 = arith.muli %v1271, %v1 : i64
                %v1274 = arith.addi %v1272, %v1273 : i64
                %v1275 = arith.addi %v1274, %v38 : i64
                %v1276 = llvm.getelementptr %in_Cm[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
                %v1278 = arith.muli %v52, %v366 : i64
                %v1279 = arith.muli %v1271, %v365 : i64
                %v1280 = arith.addi %v1278, %v1279 : i64
                %v1281 = arith.muli %v50, %size_P : i64
                %v1282 = arith.addi %v1280, %v1281 : i64
                %v1283 = arith.addi %v1282, %v48 : i64
                %v1284 = llvm.getelementptr %dy_y[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                %v1286 = arith.mulf %v1277, %v1285 fastmath<contract> : f32
                %v1287 = llvm.load %v57 : !llvm.ptr -> f32
                %v1288 = llvm.load %v61 : !llvm.ptr -> f32
                %v1289 = arith.mulf %v1288, %v1287 fastmath<contract> : f32
                %v1290 = arith.addf %v1286, %v1289 fastmath<contract> : f32
                llvm.store %v1290, %v57 : f32, !llvm.ptr
                %v1291 = arith.muli %v52, %v393 : i64
                %v1292 = arith.muli %v1271, %v1 : i64
                %v1293 = arith.addi %v1291, %v1292 : i64
                %v1294 = arith.constant 4 : i64
                %v1295 = arith.addi %v1294, %v38 : i64
                %v1296 = arith.addi %v1293, %v1295 : i64
                %v1297 = llvm.getelementptr %in_Cm[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
                %v1299 = arith.mulf %v1298, %v1285 fastmath<contract> : f32
                %v1300 = llvm.load %v58 : !llvm.ptr -> f32
                %v1301 = llvm.load %v62 : !llvm.ptr -> f32
                %v1302 = arith.mulf %v1301, %v1300 fastmath<contract> : f32
                %v1303 = arith.addf %v1299, %v1302 fastmath<contract> : f32
                llvm.store %v1303, %v58 : f32, !llvm.ptr
                %v1304 = arith.muli %v52, %v393 : i64
                %v1305 = arith.muli %v1271, %v1 : i64
                %v1306 = arith.addi %v1304, %v1305 : i64
                %v1307 = arith.constant 8 : i64
                %v1308 = arith.addi %v1307, %v38 : i64
                %v1309 = arith.addi %v1306, %v1308 : i64
                %v1310 = llvm.getelementptr %in_Cm[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1311 = llvm.load %v1310 : !llvm.ptr -> f32
                %v1312 = arith.mulf %v1311, %v1285 fastmath<contract> : f32
                %v1313 = llvm.load %v59 : !llvm.ptr -> f32
                %v1314 = llvm.load %v63 : !llvm.ptr -> f32
                %v1315 = arith.mulf %v1314, %v1313 fastmath<contract> : f32
                %v1316 = arith.addf %v1312, %v1315 fastmath<contract> : f32
                llvm.store %v1316, %v59 : f32, !llvm.ptr
                %v1317 = arith.muli %v52, %v393 : i64
                %v1318 = arith.muli %v1271, %v1 : i64
                %v1319 = arith.addi %v1317, %v1318 : i64
                %v1320 = arith.constant 12 : i64
                %v1321 = arith.addi %v1320, %v38 : i64
                %v1322 = arith.addi %v1319, %v1321 : i64
                %v1323 = llvm.getelementptr %in_Cm[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                %v1325 = arith.mulf %v1324, %v1285 fastmath<contract> : f32
                %v1326 = llvm.load %v60 : !llvm.ptr -> f32
                %v1327 = llvm.load %v64 : !llvm.ptr -> f32
                %v1328 = arith.mulf %v1327, %v1326 fastmath<contract> : f32
                %v1329 = arith.addf %v1325, %v1328 fastmath<contract> : f32
                llvm.store %v1329, %v60 : f32, !llvm.ptr
                scf.if %v1257 {
                }
                %v1330 = arith.muli %v52, %v366 : i64
                %v1331 = arith.muli %v1271, %v365 : i64
                %v1332 = arith.addi %v1330, %v1331 : i64
                %v1333 = arith.muli %v50, %size_P : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = arith.addi %v1334, %v48 : i64
                %v1336 = llvm.getelementptr %in_x[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
                %v1338 = arith.muli %v52, %v393 : i64
                %v1339 = arith.muli %v1271, %v1 : i64
                %v1340 = arith.addi %v1338, %v1339 : i64
                %v1341 = arith.addi %v1340, %v38 : i64
                %v1342 = llvm.getelementptr %in_Bm[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1343 = llvm.load %v1342 : !llvm.ptr -> f32
                %v1344 = llvm.load %v57 : !llvm.ptr -> f32
                %v1345 = arith.mulf %v1343, %v1344 fastmath<contract> : f32
                %v1346 = arith.muli %v52, %v393 : i64
                %v1347 = arith.muli %v1271, %v1 : i64
                %v1348 = arith.addi %v1346, %v1347 : i64
                %v1349 = arith.constant 4 : i64
                %v1350 = arith.addi %v1349, %v38 : i64
                %v1351 = arith.addi %v1348, %v1350 : i64
                %v1352 = llvm.getelementptr %in_Bm[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
                %v1354 = llvm.load %v58 : !llvm.ptr -> f32
                %v1355 = arith.mulf %v1353, %v1354 fastmath<contract> : f32
                %v1356 = arith.addf %v1345, %v1355 fastmath<contract> : f32
                %v1357 = arith.muli %v52, %v393 : i64
                %v1358 = arith.muli %v1271, %v1 : i64
                %v1359 = arith.addi %v1357, %v1358 : i64
                %v1360 = arith.constant 8 : i64
                %v1361 = arith.addi %v1360, %v38 : i64
                %v1362 = arith.addi %v1359, %v1361 : i64
                %v1363 = llvm.getelementptr %in_Bm[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
                %v1365 = llvm.load %v59 : !llvm.ptr -> f32
                %v1366 = arith.mulf %v1364, %v1365 fastmath<contract> : f32
                %v1367 = arith.addf %v1356, %v1366 fastmath<contract> : f32
                %v1368 = arith.muli %v52, %v393 : i64
                %v1369 = arith.muli %v1271, %v1 : i64
                %v1370 = arith.addi %v1368, %v1369 : i64
                %v1371 = arith.constant 12 : i64
                %v1372 = arith.addi %v1371, %v38 : i64
                %v1373 = arith.addi %v1370, %v1372 : i64
                %v1374 = llvm.getelementptr %in_Bm[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1375 = llvm.load %v1374 : !llvm.ptr -> f32
                %v1376 = llvm.load %v60 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1375, %v1376 fastmath<contract> : f32
                %v1378 = arith.addf %v1367, %v1377 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1379, %v1380 = gpu.shuffle xor %v1378, %v891, %v385 : f32
                %v1381 = arith.addf %v1378, %v1379 fastmath<contract> : f32
                %v1382, %v1383 = gpu.shuffle xor %v1381, %v895, %v385 : f32
                %v1384 = arith.addf %v1381, %v1382 fastmath<contract> : f32
                // end sum over the lanes
                %v1385 = arith.mulf %v1337, %v1384 fastmath<contract> : f32
                %v1386 = arith.mulf %v570, %v1344 fastmath<contract> : f32
                %v1387 = arith.mulf %v581, %v1354 fastmath<contract> : f32
                %v1388 = arith.addf %v1386, %v1387 fastmath<contract> : f32
                %v1389 = arith.mulf %v592, %v1365 fastmath<contract> : f32
                %v1390 = arith.addf %v1388, %v1389 fastmath<contract> : f32
                %v1391 = arith.mulf %v603, %v1376 fastmath<contract> : f32
                %v1392 = arith.addf %v1390, %v1391 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1393, %v1394 = gpu.shuffle xor %v1392, %v891, %v385 : f32
                %v1395 = arith.addf %v1392, %v1393 fastmath<contract> : f32
                %v1396, %v1397 = gpu.shuffle xor %v1395, %v895, %v385 : f32
                %v1398 = arith.addf %v1395, %v1396 fastmath<contract> : f32
                // end sum over the lanes
                %v1399 = arith.mulf %v1262, %v1398 fastmath<contract> : f32
                %v1400 = arith.mulf %v1264, %v1399 fastmath<contract> : f32
                %v1401 = arith.negf %v1400 : f32
                %v1402 = arith.addf %v1385, %v1401 fastmath<contract> : f32
                %v1403 = arith.mulf %v1402, %v1268 fastmath<contract> : f32
                %v1404 = arith.mulf %v1264, %v1398 fastmath<contract> : f32
                %v1405 = arith.mulf %v1260, %v1404 fastmath<contract> : f32
                %v1406 = arith.mulf %v1262, %v1405 fastmath<contract> : f32
                %v1407 = llvm.load %v65 : !llvm.ptr -> f32
                %v1408 = arith.addf %v1407, %v1406 fastmath<contract> : f32
                llvm.store %v1408, %v65 : f32, !llvm.ptr
                %v1409 = arith.mulf %v1266, %v1344 fastmath<contract> : f32
                scf.if %v42 {
                  %v1410 = arith.addi %v56, %v44 : i64
                  %v1411 = arith.muli %v1410, %v1 : i64
                  %v1412 = arith.addi %v1411, %v38 : i64
                  %v1413 = arith.muli %v1412, %size_L : i64
                  %v1414 = arith.addi %v1413, %v1271 : i64
                  %v1415 = llvm.getelementptr %part_Bm[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1409, %v1415 : f32, !llvm.ptr
                }
                %v1416 = arith.mulf %v1266, %v1354 fastmath<contract> : f32
                scf.if %v42 {
                  %v1417 = arith.addi %v37, %v38 : i64
                  %v1418 = arith.addi %v56, %v44 : i64
                  %v1419 = arith.muli %v1418, %v1 : i64
                  %v1420 = arith.addi %v1419, %v1417 : i64
                  %v1421 = arith.muli %v1420, %size_L : i64
                  %v1422 = arith.addi %v1421, %v1271 : i64
                  %v1423 = llvm.getelementptr %part_Bm[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1416, %v1423 : f32, !llvm.ptr
                }
                %v1424 = arith.mulf %v1266, %v1365 fastmath<contract> : f32
                scf.if %v42 {
                  %v1425 = arith.addi %v111, %v38 : i64
                  %v1426 = arith.addi %v56, %v44 : i64
                  %v1427 = arith.muli %v1426, %v1 : i64
                  %v1428 = arith.addi %v1427, %v1425 : i64
                  %v1429 = arith.muli %v1428, %size_L : i64
                  %v1430 = arith.addi %v1429, %v1271 : i64
                  %v1431 = llvm.getelementptr %part_Bm[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1424, %v1431 : f32, !llvm.ptr
                }
                %v1432 = arith.mulf %v1266, %v1376 fastmath<contract> : f32
                scf.if %v42 {
                  %v1433 = arith.addi %v131, %v38 : i64
                  %v1434 = arith.addi %v56, %v44 : i64
                  %v1435 = arith.muli %v1434, %v1 : i64
                  %v1436 = arith.addi %v1435, %v1433 : i64
                  %v1437 = arith.muli %v1436, %size_L : i64
                  %v1438 = arith.addi %v1437, %v1271 : i64
                  %v1439 = llvm.getelementptr %part_Bm[%v1438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1432, %v1439 : f32, !llvm.ptr
                }
                %v1440 = arith.mulf %v619, %v1285 fastmath<contract> : f32
                scf.if %v42 {
                  %v1441 = arith.addi %v56, %v44 : i64
                  %v1442 = arith.muli %v1441, %v1 : i64
                  %v1443 = arith.addi %v1442, %v38 : i64
                  %v1444 = arith.muli %v1443, %size_L : i64
                  %v1445 = arith.addi %v1444, %v1271 : i64
                  %v1446 = llvm.getelementptr %part_Cm[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1440, %v1446 : f32, !llvm.ptr
                }
                %v1447 = arith.mulf %v630, %v1285 fastmath<contract> : f32
                scf.if %v42 {
                  %v1448 = arith.addi %v37, %v38 : i64
                  %v1449 = arith.addi %v56, %v44 : i64
                  %v1450 = arith.muli %v1449, %v1 : i64
                  %v1451 = arith.addi %v1450, %v1448 : i64
                  %v1452 = arith.muli %v1451, %size_L : i64
                  %v1453 = arith.addi %v1452, %v1271 : i64
                  %v1454 = llvm.getelementptr %part_Cm[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1447, %v1454 : f32, !llvm.ptr
                }
                %v1455 = arith.mulf %v641, %v1285 fastmath<contract> : f32
                scf.if %v42 {
                  %v1456 = arith.addi %v111, %v38 : i64
                  %v1457 = arith.addi %v56, %v44 : i64
                  %v1458 = arith.muli %v1457, %v1 : i64
                  %v1459 = arith.addi %v1458, %v1456 : i64
                  %v1460 = arith.muli %v1459, %size_L : i64
                  %v1461 = arith.addi %v1460, %v1271 : i64
                  %v1462 = llvm.getelementptr %part_Cm[%v1461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1455, %v1462 : f32, !llvm.ptr
                }
                %v1463 = arith.mulf %v652, %v1285 fastmath<contract> : f32
                scf.if %v42 {
                  %v1464 = arith.addi %v131, %v38 : i64
                  %v1465 = arith.addi %v56, %v44 : i64
                  %v1466 = arith.muli %v1465, %v1 : i64
                  %v1467 = arith.addi %v1466, %v1464 : i64
                  %v1468 = arith.muli %v1467, %size_L : i64
                  %v1469 = arith.addi %v1468, %v1271 : i64
                  %v1470 = llvm.getelementptr %part_Cm[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1463, %v1470 : f32, !llvm.ptr
                }
                %v1471 = llvm.load %v67 : !llvm.ptr -> f32
                %v1472 = arith.addf %v1471, %v1403 fastmath<contract> : f32
                llvm.store %v1472, %v67 : f32, !llvm.ptr
                %v1473 = arith.select %v42, %v1403, %v72 : f32
                // sum over the warp's outer points: shuffles
                %v1474, %v1475 = gpu.shuffle xor %v1473, %v988, %v385 : f32
                %v1476 = arith.addf %v1473, %v1474 fastmath<contract> : f32
                %v1477, %v1478 = gpu.shuffle xor %v1476, %v992, %v385 : f32
                %v1479 = arith.addf %v1476, %v1477 fastmath<contract> : f32
                %v1480, %v1481 = gpu.shuffle xor %v1479, %v996, %v385 : f32
                %v1482 = arith.addf %v1479, %v1480 fastmath<contract> : f32
                %v1483 = arith.divui %v23, %v1000 : i64
                %v1484 = arith.remui %v23, %v1000 : i64
                %v1485 = arith.cmpi ult, %v1484, %v2 : i64
                %v1486 = arith.muli %v1483, %v1004 : i64
                %v1487 = arith.addi %v1486, %v1270 : i64
                scf.if %v1485 {
                  %v1488 = llvm.getelementptr %v69[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1482, %v1488 : f32, !llvm.ptr
                }
                %v1489 = arith.addf %v1345, %v1355 fastmath<contract> : f32
                %v1490 = arith.addf %v1489, %v1366 fastmath<contract> : f32
                %v1491 = arith.addf %v1490, %v1377 fastmath<contract> : f32
                llvm.store %v1491, %v752 : f32, !llvm.ptr
                llvm.store %v1264, %v61 : f32, !llvm.ptr
                llvm.store %v1264, %v62 : f32, !llvm.ptr
                llvm.store %v1264, %v63 : f32, !llvm.ptr
                llvm.store %v1264, %v64 : f32, !llvm.ptr
                %v1492 = llvm.load %v752 : !llvm.ptr -> f32
                %v1494 = arith.cmpi slt, %v1493, %v760 : i32
                %v1495 = arith.cmpi eq, %v1493, %v766 : i32
                %v1496, %v1497 = gpu.shuffle idx %v533, %v159, %v385 : f32
                %v1498, %v1499 = gpu.shuffle idx %v534, %v159, %v385 : f32
                %v1500, %v1501 = gpu.shuffle idx %v538, %v159, %v385 : f32
                %v1502, %v1503 = gpu.shuffle idx %v541, %v159, %v385 : f32
                %v1504, %v1505 = gpu.shuffle idx %v550, %v159, %v385 : f32
                %v1506, %v1507 = gpu.shuffle idx %v555, %v159, %v385 : f32
                %v1508 = arith.addi %v460, %v152 : i64
                llvm.store %v72, %v752 : f32, !llvm.ptr
                %v1509 = arith.addi %v185, %v458 : i64
                %v1510 = arith.muli %v52, %v393 : i64
                %v1511 = arith.muli %v1509, %v1 : i64
                %v1512 = arith.addi %v1510, %v1511 : i64
                %v1513 = arith.addi %v1512, %v38 : i64
                %v1514 = llvm.getelementptr %in_Cm[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
                %v1516 = arith.muli %v52, %v366 : i64
                %v1517 = arith.muli %v1509, %v365 : i64
                %v1518 = arith.addi %v1516, %v1517 : i64
                %v1519 = arith.muli %v50, %size_P : i64
                %v1520 = arith.addi %v1518, %v1519 : i64
                %v1521 = arith.addi %v1520, %v48 : i64
                %v1522 = llvm.getelementptr %dy_y[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
                %v1524 = arith.mulf %v1515, %v1523 fastmath<contract> : f32
                %v1525 = llvm.load %v57 : !llvm.ptr -> f32
                %v1526 = llvm.load %v61 : !llvm.ptr -> f32
                %v1527 = arith.mulf %v1526, %v1525 fastmath<contract> : f32
                %v1528 = arith.addf %v1524, %v1527 fastmath<contract> : f32
                llvm.store %v1528, %v57 : f32, !llvm.ptr
                %v1529 = arith.muli %v52, %v393 : i64
                %v1530 = arith.muli %v1509, %v1 : i64
                %v1531 = arith.addi %v1529, %v1530 : i64
                %v1532 = arith.constant 4 : i64
                %v1533 = arith.addi %v1532, %v38 : i64
                %v1534 = arith.addi %v1531, %v1533 : i64
                %v1535 = llvm.getelementptr %in_Cm[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1536 = llvm.load %v1535 : !llvm.ptr -> f32
                %v1537 = arith.mulf %v1536, %v1523 fastmath<contract> : f32
                %v1538 = llvm.load %v58 : !llvm.ptr -> f32
                %v1539 = llvm.load %v62 : !llvm.ptr -> f32
                %v1540 = arith.mulf %v1539, %v1538 fastmath<contract> : f32
                %v1541 = arith.addf %v1537, %v1540 fastmath<contract> : f32
                llvm.store %v1541, %v58 : f32, !llvm.ptr
                %v1542 = arith.muli %v52, %v393 : i64
                %v1543 = arith.muli %v1509, %v1 : i64
                %v1544 = arith.addi %v1542, %v1543 : i64
                %v1545 = arith.constant 8 : i64
                %v1546 = arith.addi %v1545, %v38 : i64
                %v1547 = arith.addi %v1544, %v1546 : i64
                %v1548 = llvm.getelementptr %in_Cm[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1549 = llvm.load %v1548 : !llvm.ptr -> f32
                %v1550 = arith.mulf %v1549, %v1523 fastmath<contract> : f32
                %v1551 = llvm.load %v59 : !llvm.ptr -> f32
                %v1552 = llvm.load %v63 : !llvm.ptr -> f32
                %v1553 = arith.mulf %v1552, %v1551 fastmath<contract> : f32
                %v1554 = arith.addf %v1550, %v1553 fastmath<contract> : f32
                llvm.store %v1554, %v59 : f32, !llvm.ptr
                %v1555 = arith.muli %v52, %v393 : i64
                %v1556 = arith.muli %v1509, %v1 : i64
                %v1557 = arith.addi %v1555, %v1556 : i64
                %v1558 = arith.constant 12 : i64
                %v1559 = arith.addi %v1558, %v38 : i64
                %v1560 = arith.addi %v1557, %v1559 : i64
                %v1561 = llvm.getelementptr %in_Cm[%v1560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1562 = llvm.load %v1561 : !llvm.ptr -> f32
                %v1563 = arith.mulf %v1562, %v1523 fastmath<contract> : f32
                %v1564 = llvm.load %v60 : !llvm.ptr -> f32
                %v1565 = llvm.load %v64 : !llvm.ptr -> f32
                %v1566 = arith.mulf %v1565, %v1564 fastmath<contract> : f32
                %v1567 = arith.addf %v1563, %v1566 fastmath<contract> : f32
                llvm.store %v1567, %v60 : f32, !llvm.ptr
                scf.if %v1495 {
                }
                %v1568 = arith.muli %v52, %v366 : i64
                %v1569 = arith.muli %v1509, %v365 : i64
                %v1570 = arith.addi %v1568, %v1569 : i64
                %v1571 = arith.muli %v50, %size_P : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = arith.addi %v1572, %v48 : i64
                %v1574 = llvm.getelementptr %in_x[%v1573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1575 = llvm.load %v1574 : !llvm.ptr -> f32
                %v1576 = arith.muli %v52, %v393 : i64
                %v1577 = arith.muli %v1509, %v1 : i64
                %v1578 = arith.addi %v1576, %v1577 : i64
                %v1579 = arith.addi %v1578, %v38 : i64
                %v1580 = llvm.getelementptr %in_Bm[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1581 = llvm.load %v1580 : !llvm.ptr -> f32
                %v1582 = llvm.load %v57 : !llvm.ptr -> f32
                %v1583 = arith.mulf %v1581, %v1582 fastmath<contract> : f32
                %v1584 = arith.muli %v52, %v393 : i64
                %v1585 = arith.muli %v1509, %v1 : i64
                %v1586 = arith.addi %v1584, %v1585 : i64
                %v1587 = arith.constant 4 : i64
                %v1588 = arith.addi %v1587, %v38 : i64
                %v1589 = arith.addi %v1586, %v1588 : i64
                %v1590 = llvm.getelementptr %in_Bm[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1591 = llvm.load %v1590 : !llvm.ptr -> f32
                %v1592 = llvm.load %v58 : !llvm.ptr -> f32
                %v1593 = arith.mulf %v1591, %v1592 fastmath<contract> : f32
                %v1594 = arith.addf %v1583, %v1593 fastmath<contract> : f32
                %v1595 = arith.muli %v52, %v393 : i64
                %v1596 = arith.muli %v1509, %v1 : i64
                %v1597 = arith.addi %v1595, %v1596 : i64
                %v1598 = arith.constant 8 : i64
                %v1599 = arith.addi %v1598, %v38 : i64
                %v1600 = arith.addi %v1597, %v1599 : i64
                %v1601 = llvm.getelementptr %in_Bm[%v1600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
                %v1603 = llvm.load %v59 : !llvm.ptr -> f32
                %v1604 = arith.mulf %v1602, %v1603 fastmath<contract> : f32
                %v1605 = arith.addf %v1594, %v1604 fastmath<contract> : f32
                %v1606 = arith.muli %v52, %v393 : i64
                %v1607 = arith.muli %v1509, %v1 : i64
                %v1608 = arith.addi %v1606, %v1607 : i64
                %v1609 = arith.constant 12 : i64
                %v1610 = arith.addi %v1609, %v38 : i64
                %v1611 = arith.addi %v1608, %v1610 : i64
                %v1612 = llvm.getelementptr %in_Bm[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1613 = llvm.load %v1612 : !llvm.ptr -> f32
                %v1614 = llvm.load %v60 : !llvm.ptr -> f32
                %v1615 = arith.mulf %v1613, %v1614 fastmath<contract> : f32
                %v1616 = arith.addf %v1605, %v1615 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1617, %v1618 = gpu.shuffle xor %v1616, %v891, %v385 : f32
                %v1619 = arith.addf %v1616, %v1617 fastmath<contract> : f32
                %v1620, %v1621 = gpu.shuffle xor %v1619, %v895, %v385 : f32
                %v1622 = arith.addf %v1619, %v1620 fastmath<contract> : f32
                // end sum over the lanes
                %v1623 = arith.mulf %v1575, %v1622 fastmath<contract> : f32
                %v1624 = arith.mulf %v472, %v1582 fastmath<contract> : f32
                %v1625 = arith.mulf %v481, %v1592 fastmath<contract> : f32
                %v1626 = arith.addf %v1624, %v1625 fastmath<contract> : f32
                %v1627 = arith.mulf %v490, %v1603 fastmath<contract> : f32
                %v1628 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                %v1629 = arith.mulf %v499, %v1614 fastmath<contract> : f32
                %v1630 = arith.addf %v1628, %v1629 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1631, %v1632 = gpu.shuffle xor %v1630, %v891, %v385 : f32
                %v1633 = arith.addf %v1630, %v1631 fastmath<contract> : f32
                %v1634, %v1635 = gpu.shuffle xor %v1633, %v895, %v385 : f32
                %v1636 = arith.addf %v1633, %v1634 fastmath<contract> : f32
                // end sum over the lanes
                %v1637 = arith.mulf %v1500, %v1636 fastmath<contract> : f32
                %v1638 = arith.mulf %v1502, %v1637 fastmath<contract> : f32
                %v1639 = arith.negf %v1638 : f32
                %v1640 = arith.addf %v1623, %v1639 fastmath<contract> : f32
                %v1641 = arith.mulf %v1640, %v1506 fastmath<contract> : f32
                %v1642 = arith.mulf %v1502, %v1636 fastmath<contract> : f32
                %v1643 = arith.mulf %v1498, %v1642 fastmath<contract> : f32
                %v1644 = arith.mulf %v1500, %v1643 fastmath<contract> : f32
                %v1645 = llvm.load %v65 : !llvm.ptr -> f32
                %v1646 = arith.addf %v1645, %v1644 fastmath<contract> : f32
                llvm.store %v1646, %v65 : f32, !llvm.ptr
                %v1647 = arith.mulf %v1504, %v1582 fastmath<contract> : f32
                scf.if %v42 {
                  %v1648 = arith.addi %v56, %v44 : i64
                  %v1649 = arith.muli %v1648, %v1 : i64
                  %v1650 = arith.addi %v1649, %v38 : i64
                  %v1651 = arith.muli %v1650, %size_L : i64
                  %v1652 = arith.addi %v1651, %v1509 : i64
                  %v1653 = llvm.getelementptr %part_Bm[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1647, %v1653 : f32, !llvm.ptr
                }
                %v1654 = arith.mulf %v1504, %v1592 fastmath<contract> : f32
                scf.if %v42 {
                  %v1655 = arith.addi %v37, %v38 : i64
                  %v1656 = arith.addi %v56, %v44 : i64
                  %v1657 = arith.muli %v1656, %v1 : i64
                  %v1658 = arith.addi %v1657, %v1655 : i64
                  %v1659 = arith.muli %v1658, %size_L : i64
                  %v1660 = arith.addi %v1659, %v1509 : i64
                  %v1661 = llvm.getelementptr %part_Bm[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1654, %v1661 : f32, !llvm.ptr
                }
                %v1662 = arith.mulf %v1504, %v1603 fastmath<contract> : f32
                scf.if %v42 {
                  %v1663 = arith.addi %v111, %v38 : i64
                  %v1664 = arith.addi %v56, %v44 : i64
                  %v1665 = arith.muli %v1664, %v1 : i64
                  %v1666 = arith.addi %v1665, %v1663 : i64
                  %v1667 = arith.muli %v1666, %size_L : i64
                  %v1668 = arith.addi %v1667, %v1509 : i64
                  %v1669 = llvm.getelementptr %part_Bm[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1662, %v1669 : f32, !llvm.ptr
                }
                %v1670 = arith.mulf %v1504, %v1614 fastmath<contract> : f32
                scf.if %v42 {
                  %v1671 = arith.addi %v131, %v38 : i64
                  %v1672 = arith.addi %v56, %v44 : i64
                  %v1673 = arith.muli %v1672, %v1 : i64
                  %v1674 = arith.addi %v1673, %v1671 : i64
                  %v1675 = arith.muli %v1674, %size_L : i64
                  %v1676 = arith.addi %v1675, %v1509 : i64
                  %v1677 = llvm.getelementptr %part_Bm[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1670, %v1677 : f32, !llvm.ptr
                }
                %v1678 = arith.mulf %v570, %v1523 fastmath<contract> : f32
                scf.if %v42 {
                  %v1679 = arith.addi %v56, %v44 : i64
                  %v1680 = arith.muli %v1679, %v1 : i64
                  %v1681 = arith.addi %v1680, %v38 : i64
                  %v1682 = arith.muli %v1681, %size_L : i64
                  %v1683 = arith.addi %v1682, %v1509 : i64
                  %v1684 = llvm.getelementptr %part_Cm[%v1683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1678, %v1684 : f32, !llvm.ptr
                }
                %v1685 = arith.mulf %v581, %v1523 fastmath<contract> : f32
                scf.if %v42 {
                  %v1686 = arith.addi %v37, %v38 : i64
                  %v1687 = arith.addi %v56, %v44 : i64
                  %v1688 = arith.muli %v1687, %v1 : i64
                  %v1689 = arith.addi %v1688, %v1686 : i64
                  %v1690 = arith.muli %v1689, %size_L : i64
                  %v1691 = arith.addi %v1690, %v1509 : i64
                  %v1692 = llvm.getelementptr %part_Cm[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1685, %v1692 : f32, !llvm.ptr
                }
                %v1693 = arith.mulf %v592, %v1523 fastmath<contract> : f32
                scf.if %v42 {
                  %v1694 = arith.addi %v111, %v38 : i64
                  %v1695 = arith.addi %v56, %v44 : i64
                  %v1696 = arith.muli %v1695, %v1 : i64
                  %v1697 = arith.addi %v1696, %v1694 : i64
                  %v1698 = arith.muli %v1697, %size_L : i64
                  %v1699 = arith.addi %v1698, %v1509 : i64
                  %v1700 = llvm.getelementptr %part_Cm[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1693, %v1700 : f32, !llvm.ptr
                }
                %v1701 = arith.mulf %v603, %v1523 fastmath<contract> : f32
                scf.if %v42 {
                  %v1702 = arith.addi %v131, %v38 : i64
                  %v1703 = arith.addi %v56, %v44 : i64
                  %v1704 = arith.muli %v1703, %v1 : i64
                  %v1705 = arith.addi %v1704, %v1702 : i64
                  %v1706 = arith.muli %v1705, %size_L : i64
                  %v1707 = arith.addi %v1706, %v1509 : i64
                  %v1708 = llvm.getelementptr %part_Cm[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1701, %v1708 : f32, !llvm.ptr
                }
                %v1709 = llvm.load %v67 : !llvm.ptr -> f32
                %v1710 = arith.addf %v1709, %v1641 fastmath<contract> : f32
                llvm.store %v1710, %v67 : f32, !llvm.ptr
                %v1711 = arith.select %v42, %v1641, %v72 : f32
                // sum over the warp's outer points: shuffles
                %v1712, %v1713 = gpu.shuffle xor %v1711, %v988, %v385 : f32
                %v1714 = arith.addf %v1711, %v1712 fastmath<contract> : f32
                %v1715, %v1716 = gpu.shuffle xor %v1714, %v992, %v385 : f32
                %v1717 = arith.addf %v1714, %v1715 fastmath<contract> : f32
                %v1718, %v1719 = gpu.shuffle xor %v1717, %v996, %v385 : f32
                %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
                %v1721 = arith.divui %v23, %v1000 : i64
                %v1722 = arith.remui %v23, %v1000 : i64
                %v1723 = arith.cmpi ult, %v1722, %v2 : i64
                %v1724 = arith.muli %v1721, %v1004 : i64
                %v1725 = arith.addi %v1724, %v1508 : i64
                scf.if %v1723 {
                  %v1726 = llvm.getelementptr %v69[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1720, %v1726 : f32, !llvm.ptr
                }
                %v1727 = arith.addf %v1583, %v1593 fastmath<contract> : f32
                %v1728 = arith.addf %v1727, %v1604 fastmath<contract> : f32
                %v1729 = arith.addf %v1728, %v1615 fastmath<contract> : f32
                llvm.store %v1729, %v752 : f32, !llvm.ptr
                llvm.store %v1502, %v61 : f32, !llvm.ptr
                llvm.store %v1502, %v62 : f32, !llvm.ptr
                llvm.store %v1502, %v63 : f32, !llvm.ptr
                llvm.store %v1502, %v64 : f32, !llvm.ptr
                %v1730 = llvm.load %v752 : !llvm.ptr -> f32
                %v1731 = arith.select %v755, %v1730, %v1492 : f32
                %v1732 = arith.select %v755, %v1492, %v1730 : f32
                %v1733, %v1734 = gpu.shuffle xor %v1731, %v891, %v385 : f32
                %v1735 = arith.addf %v1732, %v1733 fastmath<contract> : f32
                %v1736 = arith.select %v758, %v1735, %v1254 : f32
                %v1737 = arith.select %v758, %v1254, %v1735 : f32
                %v1738, %v1739 = gpu.shuffle xor %v1736, %v895, %v385 : f32
                %v1740 = arith.addf %v1737, %v1738 fastmath<contract> : f32
                %v1741 = arith.addi %v458, %v38 : i64
                %v1742 = arith.cmpi slt, %v1741, %v187 : i64
                %v1743 = arith.andi %v42, %v1742 : i1
                scf.if %v1743 {
                  %v1744 = arith.addi %v185, %v1741 : i64
                  // the gradients of this lane's own step
                  %v1745 = llvm.getelementptr %in_Dskip[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1746 = llvm.load %v1745 : !llvm.ptr -> f32
                  %v1747 = arith.muli %v52, %v366 : i64
                  %v1748 = arith.muli %v1744, %v365 : i64
                  %v1749 = arith.addi %v1747, %v1748 : i64
                  %v1750 = arith.muli %v50, %size_P : i64
                  %v1751 = arith.addi %v1749, %v1750 : i64
                  %v1752 = arith.addi %v1751, %v48 : i64
                  %v1753 = llvm.getelementptr %dy_y[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
                  %v1755 = arith.mulf %v1746, %v1754 fastmath<contract> : f32
                  %v1756 = arith.mulf %v533, %v1740 fastmath<contract> : f32
                  %v1757 = arith.addf %v1755, %v1756 fastmath<contract> : f32
                  %v1758 = arith.muli %v52, %v366 : i64
                  %v1759 = arith.muli %v1744, %v365 : i64
                  %v1760 = arith.addi %v1758, %v1759 : i64
                  %v1761 = arith.muli %v50, %size_P : i64
                  %v1762 = arith.addi %v1760, %v1761 : i64
                  %v1763 = arith.addi %v1762, %v48 : i64
                  %v1764 = llvm.getelementptr %dx_x[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1757, %v1764 : f32, !llvm.ptr
                  %v1765 = arith.muli %v52, %v366 : i64
                  %v1766 = arith.muli %v1744, %v365 : i64
                  %v1767 = arith.addi %v1765, %v1766 : i64
                  %v1768 = arith.muli %v50, %size_P : i64
                  %v1769 = arith.addi %v1767, %v1768 : i64
                  %v1770 = arith.addi %v1769, %v48 : i64
                  %v1771 = llvm.getelementptr %in_x[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
                  %v1773 = arith.mulf %v1772, %v1754 fastmath<contract> : f32
                  %v1774 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1775 = arith.addf %v1774, %v1773 fastmath<contract> : f32
                  llvm.store %v1775, %v66 : f32, !llvm.ptr
                }
              } else {
                %v1776 = arith.subi %v187, %v2 : i64
                %v1777 = arith.muli %v461, %v4 : i64
                %v1778 = arith.subi %v4, %v2 : i64
                %v1779 = arith.minsi %v44, %v1778 : i64
                %v1780 = arith.addi %v1777, %v1779 : i64
                %v1781 = arith.muli %v1780, %v1 : i64
                %v1782 = arith.addi %v1781, %v38 : i64
                %v1783 = llvm.getelementptr %scratch_S[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
                %v1785 = arith.muli %v461, %v4 : i64
                %v1786 = arith.subi %v4, %v2 : i64
                %v1787 = arith.minsi %v44, %v1786 : i64
                %v1788 = arith.addi %v1785, %v1787 : i64
                %v1789 = arith.muli %v1788, %v1 : i64
                %v1790 = arith.addi %v1789, %v37 : i64
                %v1791 = arith.addi %v1790, %v38 : i64
                %v1792 = llvm.getelementptr %scratch_S[%v1791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
                %v1794 = arith.muli %v461, %v4 : i64
                %v1795 = arith.subi %v4, %v2 : i64
                %v1796 = arith.minsi %v44, %v1795 : i64
                %v1797 = arith.addi %v1794, %v1796 : i64
                %v1798 = arith.muli %v1797, %v1 : i64
                %v1799 = arith.addi %v1798, %v111 : i64
                %v1800 = arith.addi %v1799, %v38 : i64
                %v1801 = llvm.getelementptr %scratch_S[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
                %v1803 = arith.muli %v461, %v4 : i64
                %v1804 = arith.subi %v4, %v2 : i64
                %v1805 = arith.minsi %v44, %v1804 : i64
                %v1806 = arith.addi %v1803, %v1805 : i64
                %v1807 = arith.muli %v1806, %v1 : i64
                %v1808 = arith.addi %v1807, %v131 : i64
                %v1809 = arith.addi %v1808, %v38 : i64
                %v1810 = llvm.getelementptr %scratch_S[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1811 = llvm.load %v1810 : !llvm.ptr -> f32
                %v1812 = arith.addi %v458, %v38 : i64
                %v1813 = arith.minsi %v1812, %v1776 : i64
                %v1814 = arith.addi %v185, %v1813 : i64
                %v1815 = arith.subi %v1814, %v185 : i64
                %v1816 = llvm.getelementptr %v71[%v1815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1817 = llvm.load %v1816 : !llvm.ptr -> f32
                %v1818 = llvm.getelementptr %in_dt_bias[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1819 = llvm.load %v1818 : !llvm.ptr -> f32
                %v1820 = arith.addf %v1817, %v1819 fastmath<contract> : f32
                %v1821 = arith.maximumf %v1820, %v72 : f32
                %v1822 = llvm.call_intrinsic "llvm.fabs.f32"(%v1820) : (f32) -> f32
                %v1823 = arith.negf %v1822 : f32
                %v1824 = arith.mulf %v1823, %v326 fastmath<contract> : f32
                %v1825 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1824) : (f32) -> f32
                %v1826 = arith.addf %v73, %v1825 fastmath<contract> : f32
                %v1827 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1826) : (f32) -> f32
                %v1828 = arith.mulf %v1827, %v331 fastmath<contract> : f32
                %v1829 = arith.mulf %v333, %v1825 fastmath<contract> : f32
                %v1830 = arith.addf %v1829, %v335 fastmath<contract> : f32
                %v1831 = arith.mulf %v1830, %v1825 fastmath<contract> : f32
                %v1832 = arith.addf %v1831, %v338 fastmath<contract> : f32
                %v1833 = arith.mulf %v1832, %v1825 fastmath<contract> : f32
                %v1834 = arith.addf %v1833, %v341 fastmath<contract> : f32
                %v1835 = arith.mulf %v1834, %v1825 fastmath<contract> : f32
                %v1836 = arith.addf %v1835, %v344 fastmath<contract> : f32
                %v1837 = arith.mulf %v1836, %v1825 fastmath<contract> : f32
                %v1838 = arith.addf %v1837, %v347 fastmath<contract> : f32
                %v1839 = arith.mulf %v1838, %v1825 fastmath<contract> : f32
                %v1840 = arith.addf %v1839, %v73 fastmath<contract> : f32
                %v1841 = arith.mulf %v1840, %v1825 fastmath<contract> : f32
                %v1842 = llvm.call_intrinsic "llvm.fabs.f32"(%v1825) : (f32) -> f32
                %v1843 = arith.cmpf olt, %v1842, %v353 : f32
                %v1844 = arith.select %v1843, %v1841, %v1828 : f32
                %v1845 = arith.addf %v1821, %v1844 fastmath<contract> : f32
                %v1846 = arith.negf %v1845 : f32
                %v1847 = llvm.getelementptr %in_A_log[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
                %v1849 = arith.mulf %v1848, %v326 fastmath<contract> : f32
                %v1850 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1849) : (f32) -> f32
                %v1851 = arith.mulf %v1846, %v1850 fastmath<contract> : f32
                %v1852 = arith.mulf %v1851, %v326 fastmath<contract> : f32
                %v1853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1852) : (f32) -> f32
                %v1854 = arith.muli %v52, %v366 : i64
                %v1855 = arith.muli %v1814, %v365 : i64
                %v1856 = arith.addi %v1854, %v1855 : i64
                %v1857 = arith.muli %v50, %size_P : i64
                %v1858 = arith.addi %v1856, %v1857 : i64
                %v1859 = arith.addi %v1858, %v48 : i64
                %v1860 = llvm.getelementptr %in_x[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1861 = llvm.load %v1860 : !llvm.ptr -> f32
                %v1862 = arith.mulf %v1845, %v1861 fastmath<contract> : f32
                %v1863 = arith.negf %v1820 : f32
                %v1864 = arith.mulf %v1863, %v326 fastmath<contract> : f32
                %v1865 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1864) : (f32) -> f32
                %v1866 = arith.addf %v73, %v1865 fastmath<contract> : f32
                %v1867 = arith.divf %v73, %v1866 : f32
                // the group's states, recomputed into registers
                %v1868 = arith.minsi %v458, %v1776 : i64
                %v1869 = arith.addi %v185, %v1868 : i64
                %v1870, %v1871 = gpu.shuffle idx %v1853, %v159, %v385 : f32
                %v1872, %v1873 = gpu.shuffle idx %v1862, %v159, %v385 : f32
                %v1874 = arith.muli %v52, %v393 : i64
                %v1875 = arith.muli %v1869, %v1 : i64
                %v1876 = arith.addi %v1874, %v1875 : i64
                %v1877 = arith.addi %v1876, %v38 : i64
                %v1878 = llvm.getelementptr %in_Bm[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1879 = llvm.load %v1878 : !llvm.ptr -> f32
                %v1880 = arith.mulf %v1872, %v1879 fastmath<contract> : f32
                %v1881 = arith.mulf %v1870, %v1784 fastmath<contract> : f32
                %v1882 = arith.addf %v1881, %v1880 fastmath<contract> : f32
                %v1883 = arith.muli %v52, %v393 : i64
                %v1884 = arith.muli %v1869, %v1 : i64
                %v1885 = arith.addi %v1883, %v1884 : i64
                %v1886 = arith.constant 4 : i64
                %v1887 = arith.addi %v1886, %v38 : i64
                %v1888 = arith.addi %v1885, %v1887 : i64
                %v1889 = llvm.getelementptr %in_Bm[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
                %v1891 = arith.mulf %v1872, %v1890 fastmath<contract> : f32
                %v1892 = arith.mulf %v1870, %v1793 fastmath<contract> : f32
                %v1893 = arith.addf %v1892, %v1891 fastmath<contract> : f32
                %v1894 = arith.muli %v52, %v393 : i64
                %v1895 = arith.muli %v1869, %v1 : i64
                %v1896 = arith.addi %v1894, %v1895 : i64
                %v1897 = arith.constant 8 : i64
                %v1898 = arith.addi %v1897, %v38 : i64
                %v1899 = arith.addi %v1896, %v1898 : i64
                %v1900 = llvm.getelementptr %in_Bm[%v1899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1901 = llvm.load %v1900 : !llvm.ptr -> f32
                %v1902 = arith.mulf %v1872, %v1901 fastmath<contract> : f32
                %v1903 = arith.mulf %v1870, %v1802 fastmath<contract> : f32
                %v1904 = arith.addf %v1903, %v1902 fastmath<contract> : f32
                %v1905 = arith.muli %v52, %v393 : i64
                %v1906 = arith.muli %v1869, %v1 : i64
                %v1907 = arith.addi %v1905, %v1906 : i64
                %v1908 = arith.constant 12 : i64
                %v1909 = arith.addi %v1908, %v38 : i64
                %v1910 = arith.addi %v1907, %v1909 : i64
                %v1911 = llvm.getelementptr %in_Bm[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
                %v1913 = arith.mulf %v1872, %v1912 fastmath<contract> : f32
                %v1914 = arith.mulf %v1870, %v1811 fastmath<contract> : f32
                %v1915 = arith.addf %v1914, %v1913 fastmath<contract> : f32
                %v1916 = arith.addi %v458, %v2 : i64
                %v1917 = arith.minsi %v1916, %v1776 : i64
                %v1918 = arith.addi %v185, %v1917 : i64
                %v1919, %v1920 = gpu.shuffle idx %v1853, %v163, %v385 : f32
                %v1921, %v1922 = gpu.shuffle idx %v1862, %v163, %v385 : f32
                %v1923 = arith.muli %v52, %v393 : i64
                %v1924 = arith.muli %v1918, %v1 : i64
                %v1925 = arith.addi %v1923, %v1924 : i64
                %v1926 = arith.addi %v1925, %v38 : i64
                %v1927 = llvm.getelementptr %in_Bm[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
                %v1929 = arith.mulf %v1921, %v1928 fastmath<contract> : f32
                %v1930 = arith.mulf %v1919, %v1882 fastmath<contract> : f32
                %v1931 = arith.addf %v1930, %v1929 fastmath<contract> : f32
                %v1932 = arith.muli %v52, %v393 : i64
                %v1933 = arith.muli %v1918, %v1 : i64
                %v1934 = arith.addi %v1932, %v1933 : i64
                %v1935 = arith.constant 4 : i64
                %v1936 = arith.addi %v1935, %v38 : i64
                %v1937 = arith.addi %v1934, %v1936 : i64
                %v1938 = llvm.getelementptr %in_Bm[%v1937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1939 = llvm.load %v1938 : !llvm.ptr -> f32
                %v1940 = arith.mulf %v1921, %v1939 fastmath<contract> : f32
                %v1941 = arith.mulf %v1919, %v1893 fastmath<contract> : f32
                %v1942 = arith.addf %v1941, %v1940 fastmath<contract> : f32
                %v1943 = arith.muli %v52, %v393 : i64
                %v1944 = arith.muli %v1918, %v1 : i64
                %v1945 = arith.addi %v1943, %v1944 : i64
                %v1946 = arith.constant 8 : i64
                %v1947 = arith.addi %v1946, %v38 : i64
                %v1948 = arith.addi %v1945, %v1947 : i64
                %v1949 = llvm.getelementptr %in_Bm[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1950 = llvm.load %v1949 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1921, %v1950 fastmath<contract> : f32
                %v1952 = arith.mulf %v1919, %v1904 fastmath<contract> : f32
                %v1953 = arith.addf %v1952, %v1951 fastmath<contract> : f32
                %v1954 = arith.muli %v52, %v393 : i64
                %v1955 = arith.muli %v1918, %v1 : i64
                %v1956 = arith.addi %v1954, %v1955 : i64
                %v1957 = arith.constant 12 : i64
                %v1958 = arith.addi %v1957, %v38 : i64
                %v1959 = arith.addi %v1956, %v1958 : i64
                %v1960 = llvm.getelementptr %in_Bm[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
                %v1962 = arith.mulf %v1921, %v1961 fastmath<contract> : f32
                %v1963 = arith.mulf %v1919, %v1915 fastmath<contract> : f32
                %v1964 = arith.addf %v1963, %v1962 fastmath<contract> : f32
                %v1965 = arith.addi %v458, %v653 : i64
                %v1966 = arith.minsi %v1965, %v1776 : i64
                %v1967 = arith.addi %v185, %v1966 : i64
                %v1968, %v1969 = gpu.shuffle idx %v1853, %v167, %v385 : f32
                %v1970, %v1971 = gpu.shuffle idx %v1862, %v167, %v385 : f32
                %v1972 = arith.muli %v52, %v393 : i64
                %v1973 = arith.muli %v1967, %v1 : i64
                %v1974 = arith.addi %v1972, %v1973 : i64
                %v1975 = arith.addi %v1974, %v38 : i64
                %v1976 = llvm.getelementptr %in_Bm[%v1975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1977 = llvm.load %v1976 : !llvm.ptr -> f32
                %v1978 = arith.mulf %v1970, %v1977 fastmath<contract> : f32
                %v1979 = arith.mulf %v1968, %v1931 fastmath<contract> : f32
                %v1980 = arith.addf %v1979, %v1978 fastmath<contract> : f32
                %v1981 = arith.muli %v52, %v393 : i64
                %v1982 = arith.muli %v1967, %v1 : i64
                %v1983 = arith.addi %v1981, %v1982 : i64
                %v1984 = arith.constant 4 : i64
                %v1985 = arith.addi %v1984, %v38 : i64
                %v1986 = arith.addi %v1983, %v1985 : i64
                %v1987 = llvm.getelementptr %in_Bm[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1988 = llvm.load %v1987 : !llvm.ptr -> f32
                %v1989 = arith.mulf %v1970, %v1988 fastmath<contract> : f32
                %v1990 = arith.mulf %v1968, %v1942 fastmath<contract> : f32
                %v1991 = arith.addf %v1990, %v1989 fastmath<contract> : f32
                %v1992 = arith.muli %v52, %v393 : i64
                %v1993 = arith.muli %v1967, %v1 : i64
                %v1994 = arith.addi %v1992, %v1993 : i64
                %v1995 = arith.constant 8 : i64
                %v1996 = arith.addi %v1995, %v38 : i64
                %v1997 = arith.addi %v1994, %v1996 : i64
                %v1998 = llvm.getelementptr %in_Bm[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1999 = llvm.load %v1998 : !llvm.ptr -> f32
                %v2000 = arith.mulf %v1970, %v1999 fastmath<contract> : f32
                %v2001 = arith.mulf %v1968, %v1953 fastmath<contract> : f32
                %v2002 = arith.addf %v2001, %v2000 fastmath<contract> : f32
                %v2003 = arith.muli %v52, %v393 : i64
                %v2004 = arith.muli %v1967, %v1 : i64
                %v2005 = arith.addi %v2003, %v2004 : i64
                %v2006 = arith.constant 12 : i64
                %v2007 = arith.addi %v2006, %v38 : i64
                %v2008 = arith.addi %v2005, %v2007 : i64
                %v2009 = llvm.getelementptr %in_Bm[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2010 = llvm.load %v2009 : !llvm.ptr -> f32
                %v2011 = arith.mulf %v1970, %v2010 fastmath<contract> : f32
                %v2012 = arith.mulf %v1968, %v1964 fastmath<contract> : f32
                %v2013 = arith.addf %v2012, %v2011 fastmath<contract> : f32
                %v2014 = arith.addi %v458, %v152 : i64
                %v2015 = arith.minsi %v2014, %v1776 : i64
                %v2016 = arith.addi %v185, %v2015 : i64
                %v2017, %v2018 = gpu.shuffle idx %v1853, %v171, %v385 : f32
                %v2019, %v2020 = gpu.shuffle idx %v1862, %v171, %v385 : f32
                %v2021 = arith.muli %v52, %v393 : i64
                %v2022 = arith.muli %v2016, %v1 : i64
                %v2023 = arith.addi %v2021, %v2022 : i64
                %v2024 = arith.addi %v2023, %v38 : i64
                %v2025 = llvm.getelementptr %in_Bm[%v2024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2026 = llvm.load %v2025 : !llvm.ptr -> f32
                %v2027 = arith.mulf %v2019, %v2026 fastmath<contract> : f32
                %v2028 = arith.mulf %v2017, %v1980 fastmath<contract> : f32
                %v2029 = arith.addf %v2028, %v2027 fastmath<contract> : f32
                %v2030 = arith.muli %v52, %v393 : i64
                %v2031 = arith.muli %v2016, %v1 : i64
                %v2032 = arith.addi %v2030, %v2031 : i64
                %v2033 = arith.constant 4 : i64
                %v2034 = arith.addi %v2033, %v38 : i64
                %v2035 = arith.addi %v2032, %v2034 : i64
                %v2036 = llvm.getelementptr %in_Bm[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2037 = llvm.load %v2036 : !llvm.ptr -> f32
                %v2038 = arith.mulf %v2019, %v2037 fastmath<contract> : f32
                %v2039 = arith.mulf %v2017, %v1991 fastmath<contract> : f32
                %v2040 = arith.addf %v2039, %v2038 fastmath<contract> : f32
                %v2041 = arith.muli %v52, %v393 : i64
                %v2042 = arith.muli %v2016, %v1 : i64
                %v2043 = arith.addi %v2041, %v2042 : i64
                %v2044 = arith.constant 8 : i64
                %v2045 = arith.addi %v2044, %v38 : i64
                %v2046 = arith.addi %v2043, %v2045 : i64
                %v2047 = llvm.getelementptr %in_Bm[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2048 = llvm.load %v2047 : !llvm.ptr -> f32
                %v2049 = arith.mulf %v2019, %v2048 fastmath<contract> : f32
                %v2050 = arith.mulf %v2017, %v2002 fastmath<contract> : f32
                %v2051 = arith.addf %v2050, %v2049 fastmath<contract> : f32
                %v2052 = arith.muli %v52, %v393 : i64
                %v2053 = arith.muli %v2016, %v1 : i64
                %v2054 = arith.addi %v2052, %v2053 : i64
                %v2055 = arith.constant 12 : i64
                %v2056 = arith.addi %v2055, %v38 : i64
                %v2057 = arith.addi %v2054, %v2056 : i64
                %v2058 = llvm.getelementptr %in_Bm[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2059 = llvm.load %v2058 : !llvm.ptr -> f32
                %v2060 = arith.mulf %v2019, %v2059 fastmath<contract> : f32
                %v2061 = arith.mulf %v2017, %v2013 fastmath<contract> : f32
                %v2062 = arith.addf %v2061, %v2060 fastmath<contract> : f32
                %v2064 = arith.shrui %v38, %v74 : i64
                %v2065 = arith.andi %v2064, %v2 : i64
                %v2066 = arith.cmpi ne, %v2065, %v74 : i64
                %v2067 = arith.shrui %v38, %v2 : i64
                %v2068 = arith.andi %v2067, %v2 : i64
                %v2069 = arith.cmpi ne, %v2068, %v74 : i64
                %v2070 = arith.subi %v187, %v458 : i64
                %v2071 = arith.trunci %v2070 : i64 to i32
                %v2072 = arith.subi %size_L, %v2 : i64
                %v2073 = arith.addi %v185, %v458 : i64
                %v2074 = arith.subi %v2072, %v2073 : i64
                %v2075 = arith.minsi %v2074, %v764 : i64
                %v2076 = arith.trunci %v2075 : i64 to i32
                %v2077 = arith.addi %v458, %v152 : i64
                %v2078 = arith.cmpi slt, %v768, %v2071 : i32
                %v2079 = arith.cmpi eq, %v768, %v2076 : i32
                %v2080, %v2081 = gpu.shuffle idx %v1845, %v171, %v385 : f32
                %v2082, %v2083 = gpu.shuffle idx %v1846, %v171, %v385 : f32
                %v2084, %v2085 = gpu.shuffle idx %v1850, %v171, %v385 : f32
                %v2086, %v2087 = gpu.shuffle idx %v1853, %v171, %v385 : f32
                %v2088, %v2089 = gpu.shuffle idx %v1862, %v171, %v385 : f32
                %v2090, %v2091 = gpu.shuffle idx %v1867, %v171, %v385 : f32
                llvm.store %v72, %v2063 : f32, !llvm.ptr
                scf.if %v2078 {
                  %v2092 = arith.addi %v185, %v2077 : i64
                  %v2093 = arith.muli %v52, %v393 : i64
                  %v2094 = arith.muli %v2092, %v1 : i64
                  %v2095 = arith.addi %v2093, %v2094 : i64
                  %v2096 = arith.addi %v2095, %v38 : i64
                  %v2097 = llvm.getelementptr %in_Cm[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2098 = llvm.load %v2097 : !llvm.ptr -> f32
                  %v2099 = arith.muli %v52, %v366 : i64
                  %v2100 = arith.muli %v2092, %v365 : i64
                  %v2101 = arith.addi %v2099, %v2100 : i64
                  %v2102 = arith.muli %v50, %size_P : i64
                  %v2103 = arith.addi %v2101, %v2102 : i64
                  %v2104 = arith.addi %v2103, %v48 : i64
                  %v2105 = llvm.getelementptr %dy_y[%v2104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
                  %v2107 = arith.mulf %v2098, %v2106 fastmath<contract> : f32
                  %v2108 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2109 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2110 = arith.mulf %v2109, %v2108 fastmath<contract> : f32
                  %v2111 = arith.addf %v2107, %v2110 fastmath<contract> : f32
                  llvm.store %v2111, %v57 : f32, !llvm.ptr
                  %v2112 = arith.muli %v52, %v393 : i64
                  %v2113 = arith.muli %v2092, %v1 : i64
                  %v2114 = arith.addi %v2112, %v2113 : i64
                  %v2115 = arith.constant 4 : i64
                  %v2116 = arith.addi %v2115, %v38 : i64
                  %v2117 = arith.addi %v2114, %v2116 : i64
                  %v2118 = llvm.getelementptr %in_Cm[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
                  %v2120 = arith.mulf %v2119, %v2106 fastmath<contract> : f32
                  %v2121 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2122 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2123 = arith.mulf %v2122, %v2121 fastmath<contract> : f32
                  %v2124 = arith.addf %v2120, %v2123 fastmath<contract> : f32
                  llvm.store %v2124, %v58 : f32, !llvm.ptr
                  %v2125 = arith.muli %v52, %v393 : i64
                  %v2126 = arith.muli %v2092, %v1 : i64
                  %v2127 = arith.addi %v2125, %v2126 : i64
                  %v2128 = arith.constant 8 : i64
                  %v2129 = arith.addi %v2128, %v38 : i64
                  %v2130 = arith.addi %v2127, %v2129 : i64
                  %v2131 = llvm.getelementptr %in_Cm[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2132 = llvm.load %v2131 : !llvm.ptr -> f32
                  %v2133 = arith.mulf %v2132, %v2106 fastmath<contract> : f32
                  %v2134 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2135 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2136 = arith.mulf %v2135, %v2134 fastmath<contract> : f32
                  %v2137 = arith.addf %v2133, %v2136 fastmath<contract> : f32
                  llvm.store %v2137, %v59 : f32, !llvm.ptr
                  %v2138 = arith.muli %v52, %v393 : i64
                  %v2139 = arith.muli %v2092, %v1 : i64
                  %v2140 = arith.addi %v2138, %v2139 : i64
                  %v2141 = arith.constant 12 : i64
                  %v2142 = arith.addi %v2141, %v38 : i64
                  %v2143 = arith.addi %v2140, %v2142 : i64
                  %v2144 = llvm.getelementptr %in_Cm[%v2143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2145 = llvm.load %v2144 : !llvm.ptr -> f32
                  %v2146 = arith.mulf %v2145, %v2106 fastmath<contract> : f32
                  %v2147 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2148 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2149 = arith.mulf %v2148, %v2147 fastmath<contract> : f32
                  %v2150 = arith.addf %v2146, %v2149 fastmath<contract> : f32
                  llvm.store %v2150, %v60 : f32, !llvm.ptr
                  scf.if %v2079 {
                  }
                  %v2151 = arith.muli %v52, %v366 : i64
                  %v2152 = arith.muli %v2092, %v365 : i64
                  %v2153 = arith.addi %v2151, %v2152 : i64
                  %v2154 = arith.muli %v50, %size_P : i64
                  %v2155 = arith.addi %v2153, %v2154 : i64
                  %v2156 = arith.addi %v2155, %v48 : i64
                  %v2157 = llvm.getelementptr %in_x[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
                  %v2159 = arith.muli %v52, %v393 : i64
                  %v2160 = arith.muli %v2092, %v1 : i64
                  %v2161 = arith.addi %v2159, %v2160 : i64
                  %v2162 = arith.addi %v2161, %v38 : i64
                  %v2163 = llvm.getelementptr %in_Bm[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2164 = llvm.load %v2163 : !llvm.ptr -> f32
                  %v2165 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2166 = arith.mulf %v2164, %v2165 fastmath<contract> : f32
                  %v2167 = arith.muli %v52, %v393 : i64
                  %v2168 = arith.muli %v2092, %v1 : i64
                  %v2169 = arith.addi %v2167, %v2168 : i64
                  %v2170 = arith.constant 4 : i64
                  %v2171 = arith.addi %v2170, %v38 : i64
                  %v2172 = arith.addi %v2169, %v2171 : i64
                  %v2173 = llvm.getelementptr %in_Bm[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2174 = llvm.load %v2173 : !llvm.ptr -> f32
                  %v2175 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2176 = arith.mulf %v2174, %v2175 fastmath<contract> : f32
                  %v2177 = arith.addf %v2166, %v2176 fastmath<contract> : f32
                  %v2178 = arith.muli %v52, %v393 : i64
                  %v2179 = arith.muli %v2092, %v1 : i64
                  %v2180 = arith.addi %v2178, %v2179 : i64
                  %v2181 = arith.constant 8 : i64
                  %v2182 = arith.addi %v2181, %v38 : i64
                  %v2183 = arith.addi %v2180, %v2182 : i64
                  %v2184 = llvm.getelementptr %in_Bm[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
                  %v2186 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2187 = arith.mulf %v2185, %v2186 fastmath<contract> : f32
                  %v2188 = arith.addf %v2177, %v2187 fastmath<contract> : f32
                  %v2189 = arith.muli %v52, %v393 : i64
                  %v2190 = arith.muli %v2092, %v1 : i64
                  %v2191 = arith.addi %v2189, %v2190 : i64
                  %v2192 = arith.constant 12 : i64
                  %v2193 = arith.addi %v2192, %v38 : i64
                  %v2194 = arith.addi %v2191, %v2193 : i64
                  %v2195 = llvm.getelementptr %in_Bm[%v2194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2196 = llvm.load %v2195 : !llvm.ptr -> f32
                  %v2197 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2198 = arith.mulf %v2196, %v2197 fastmath<contract> : f32
                  %v2199 = arith.addf %v2188, %v2198 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2200, %v2201 = gpu.shuffle xor %v2199, %v891, %v385 : f32
                  %v2202 = arith.addf %v2199, %v2200 fastmath<contract> : f32
                  %v2203, %v2204 = gpu.shuffle xor %v2202, %v895, %v385 : f32
                  %v2205 = arith.addf %v2202, %v2203 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2206 = arith.mulf %v2158, %v2205 fastmath<contract> : f32
                  %v2207 = arith.mulf %v1980, %v2165 fastmath<contract> : f32
                  %v2208 = arith.mulf %v1991, %v2175 fastmath<contract> : f32
                  %v2209 = arith.addf %v2207, %v2208 fastmath<contract> : f32
                  %v2210 = arith.mulf %v2002, %v2186 fastmath<contract> : f32
                  %v2211 = arith.addf %v2209, %v2210 fastmath<contract> : f32
                  %v2212 = arith.mulf %v2013, %v2197 fastmath<contract> : f32
                  %v2213 = arith.addf %v2211, %v2212 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2214, %v2215 = gpu.shuffle xor %v2213, %v891, %v385 : f32
                  %v2216 = arith.addf %v2213, %v2214 fastmath<contract> : f32
                  %v2217, %v2218 = gpu.shuffle xor %v2216, %v895, %v385 : f32
                  %v2219 = arith.addf %v2216, %v2217 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2220 = arith.mulf %v2084, %v2219 fastmath<contract> : f32
                  %v2221 = arith.mulf %v2086, %v2220 fastmath<contract> : f32
                  %v2222 = arith.negf %v2221 : f32
                  %v2223 = arith.addf %v2206, %v2222 fastmath<contract> : f32
                  %v2224 = arith.mulf %v2223, %v2090 fastmath<contract> : f32
                  %v2225 = arith.mulf %v2086, %v2219 fastmath<contract> : f32
                  %v2226 = arith.mulf %v2082, %v2225 fastmath<contract> : f32
                  %v2227 = arith.mulf %v2084, %v2226 fastmath<contract> : f32
                  %v2228 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2229 = arith.addf %v2228, %v2227 fastmath<contract> : f32
                  llvm.store %v2229, %v65 : f32, !llvm.ptr
                  %v2230 = arith.mulf %v2088, %v2165 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2231 = arith.addi %v56, %v44 : i64
                    %v2232 = arith.muli %v2231, %v1 : i64
                    %v2233 = arith.addi %v2232, %v38 : i64
                    %v2234 = arith.muli %v2233, %size_L : i64
                    %v2235 = arith.addi %v2234, %v2092 : i64
                    %v2236 = llvm.getelementptr %part_Bm[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2230, %v2236 : f32, !llvm.ptr
                  }
                  %v2237 = arith.mulf %v2088, %v2175 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2238 = arith.addi %v37, %v38 : i64
                    %v2239 = arith.addi %v56, %v44 : i64
                    %v2240 = arith.muli %v2239, %v1 : i64
                    %v2241 = arith.addi %v2240, %v2238 : i64
                    %v2242 = arith.muli %v2241, %size_L : i64
                    %v2243 = arith.addi %v2242, %v2092 : i64
                    %v2244 = llvm.getelementptr %part_Bm[%v2243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2237, %v2244 : f32, !llvm.ptr
                  }
                  %v2245 = arith.mulf %v2088, %v2186 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2246 = arith.addi %v111, %v38 : i64
                    %v2247 = arith.addi %v56, %v44 : i64
                    %v2248 = arith.muli %v2247, %v1 : i64
                    %v2249 = arith.addi %v2248, %v2246 : i64
                    %v2250 = arith.muli %v2249, %size_L : i64
                    %v2251 = arith.addi %v2250, %v2092 : i64
                    %v2252 = llvm.getelementptr %part_Bm[%v2251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2245, %v2252 : f32, !llvm.ptr
                  }
                  %v2253 = arith.mulf %v2088, %v2197 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2254 = arith.addi %v131, %v38 : i64
                    %v2255 = arith.addi %v56, %v44 : i64
                    %v2256 = arith.muli %v2255, %v1 : i64
                    %v2257 = arith.addi %v2256, %v2254 : i64
                    %v2258 = arith.muli %v2257, %size_L : i64
                    %v2259 = arith.addi %v2258, %v2092 : i64
                    %v2260 = llvm.getelementptr %part_Bm[%v2259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2253, %v2260 : f32, !llvm.ptr
                  }
                  %v2261 = arith.mulf %v2029, %v2106 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2262 = arith.addi %v56, %v44 : i64
                    %v2263 = arith.muli %v2262, %v1 : i64
                    %v2264 = arith.addi %v2263, %v38 : i64
                    %v2265 = arith.muli %v2264, %size_L : i64
                    %v2266 = arith.addi %v2265, %v2092 : i64
                    %v2267 = llvm.getelementptr %part_Cm[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2261, %v2267 : f32, !llvm.ptr
                  }
                  %v2268 = arith.mulf %v2040, %v2106 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2269 = arith.addi %v37, %v38 : i64
                    %v2270 = arith.addi %v56, %v44 : i64
                    %v2271 = arith.muli %v2270, %v1 : i64
                    %v2272 = arith.addi %v2271, %v2269 : i64
                    %v2273 = arith.muli %v2272, %size_L : i64
                    %v2274 = arith.addi %v2273, %v2092 : i64
                    %v2275 = llvm.getelementptr %part_Cm[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2268, %v2275 : f32, !llvm.ptr
                  }
                  %v2276 = arith.mulf %v2051, %v2106 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2277 = arith.addi %v111, %v38 : i64
                    %v2278 = arith.addi %v56, %v44 : i64
                    %v2279 = arith.muli %v2278, %v1 : i64
                    %v2280 = arith.addi %v2279, %v2277 : i64
                    %v2281 = arith.muli %v2280, %size_L : i64
                    %v2282 = arith.addi %v2281, %v2092 : i64
                    %v2283 = llvm.getelementptr %part_Cm[%v2282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2276, %v2283 : f32, !llvm.ptr
                  }
                  %v2284 = arith.mulf %v2062, %v2106 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2285 = arith.addi %v131, %v38 : i64
                    %v2286 = arith.addi %v56, %v44 : i64
                    %v2287 = arith.muli %v2286, %v1 : i64
                    %v2288 = arith.addi %v2287, %v2285 : i64
                    %v2289 = arith.muli %v2288, %size_L : i64
                    %v2290 = arith.addi %v2289, %v2092 : i64
                    %v2291 = llvm.getelementptr %part_Cm[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2284, %v2291 : f32, !llvm.ptr
                  }
                  %v2292 = llvm.load %v67 : !llvm.ptr -> f32
                  %v2293 = arith.addf %v2292, %v2224 fastmath<contract> : f32
                  llvm.store %v2293, %v67 : f32, !llvm.ptr
                  %v2294 = arith.select %v42, %v2224, %v72 : f32
                  // sum over the warp's outer points: shuffles
                  %v2295, %v2296 = gpu.shuffle xor %v2294, %v988, %v385 : f32
                  %v2297 = arith.addf %v2294, %v2295 fastmath<contract> : f32
                  %v2298, %v2299 = gpu.shuffle xor %v2297, %v992, %v385 : f32
                  %v2300 = arith.addf %v2297, %v2298 fastmath<contract> : f32
                  %v2301, %v2302 = gpu.shuffle xor %v2300, %v996, %v385 : f32
                  %v2303 = arith.addf %v2300, %v2301 fastmath<contract> : f32
                  %v2304 = arith.divui %v23, %v1000 : i64
                  %v2305 = arith.remui %v23, %v1000 : i64
                  %v2306 = arith.cmpi ult, %v2305, %v2 : i64
                  %v2307 = arith.muli %v2304, %v1004 : i64
                  %v2308 = arith.addi %v2307, %v460 : i64
                  scf.if %v2306 {
                    %v2309 = llvm.getelementptr %v69[%v2308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2303, %v2309 : f32, !llvm.ptr
                  }
                  %v2310 = arith.addf %v2166, %v2176 fastmath<contract> : f32
                  %v2311 = arith.addf %v2310, %v2187 fastmath<contract> : f32
                  %v2312 = arith.addf %v2311, %v2198 fastmath<contract> : f32
                  llvm.store %v2312, %v2063 : f32, !llvm.ptr
                  llvm.store %v2086, %v61 : f32, !llvm.ptr
                  llvm.store %v2086, %v62 : f32, !llvm.ptr
                  llvm.store %v2086, %v63 : f32, !llvm.ptr
                  llvm.store %v2086, %v64 : f32, !llvm.ptr
                }
                %v2313 = llvm.load %v2063 : !llvm.ptr -> f32
                %v2314 = arith.addi %v458, %v653 : i64
                %v2315 = arith.cmpi slt, %v895, %v2071 : i32
                %v2316 = arith.cmpi eq, %v895, %v2076 : i32
                %v2317, %v2318 = gpu.shuffle idx %v1845, %v167, %v385 : f32
                %v2319, %v2320 = gpu.shuffle idx %v1846, %v167, %v385 : f32
                %v2321, %v2322 = gpu.shuffle idx %v1850, %v167, %v385 : f32
                %v2323, %v2324 = gpu.shuffle idx %v1853, %v167, %v385 : f32
                %v2325, %v2326 = gpu.shuffle idx %v1862, %v167, %v385 : f32
                %v2327, %v2328 = gpu.shuffle idx %v1867, %v167, %v385 : f32
                %v2329 = arith.addi %v460, %v2 : i64
                llvm.store %v72, %v2063 : f32, !llvm.ptr
                scf.if %v2315 {
                  %v2330 = arith.addi %v185, %v2314 : i64
                  %v2331 = arith.muli %v52, %v393 : i64
                  %v2332 = arith.muli %v2330, %v1 : i64
                  %v2333 = arith.addi %v2331, %v2332 : i64
                  %v2334 = arith.addi %v2333, %v38 : i64
                  %v2335 = llvm.getelementptr %in_Cm[%v2334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2336 = llvm.load %v2335 : !llvm.ptr -> f32
                  %v2337 = arith.muli %v52, %v366 : i64
                  %v2338 = arith.muli %v2330, %v365 : i64
                  %v2339 = arith.addi %v2337, %v2338 : i64
                  %v2340 = arith.muli %v50, %size_P : i64
                  %v2341 = arith.addi %v2339, %v2340 : i64
                  %v2342 = arith.addi %v2341, %v48 : i64
                  %v2343 = llvm.getelementptr %dy_y[%v2342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
                  %v2345 = arith.mulf %v2336, %v2344 fastmath<contract> : f32
                  %v2346 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2347 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2348 = arith.mulf %v2347, %v2346 fastmath<contract> : f32
                  %v2349 = arith.addf %v2345, %v2348 fastmath<contract> : f32
                  llvm.store %v2349, %v57 : f32, !llvm.ptr
                  %v2350 = arith.muli %v52, %v393 : i64
                  %v2351 = arith.muli %v2330, %v1 : i64
                  %v2352 = arith.addi %v2350, %v2351 : i64
                  %v2353 = arith.constant 4 : i64
                  %v2354 = arith.addi %v2353, %v38 : i64
                  %v2355 = arith.addi %v2352, %v2354 : i64
                  %v2356 = llvm.getelementptr %in_Cm[%v2355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2357 = llvm.load %v2356 : !llvm.ptr -> f32
                  %v2358 = arith.mulf %v2357, %v2344 fastmath<contract> : f32
                  %v2359 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2360 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2361 = arith.mulf %v2360, %v2359 fastmath<contract> : f32
                  %v2362 = arith.addf %v2358, %v2361 fastmath<contract> : f32
                  llvm.store %v2362, %v58 : f32, !llvm.ptr
                  %v2363 = arith.muli %v52, %v393 : i64
                  %v2364 = arith.muli %v2330, %v1 : i64
                  %v2365 = arith.addi %v2363, %v2364 : i64
                  %v2366 = arith.constant 8 : i64
                  %v2367 = arith.addi %v2366, %v38 : i64
                  %v2368 = arith.addi %v2365, %v2367 : i64
                  %v2369 = llvm.getelementptr %in_Cm[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2370 = llvm.load %v2369 : !llvm.ptr -> f32
                  %v2371 = arith.mulf %v2370, %v2344 fastmath<contract> : f32
                  %v2372 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2373 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2374 = arith.mulf %v2373, %v2372 fastmath<contract> : f32
                  %v2375 = arith.addf %v2371, %v2374 fastmath<contract> : f32
                  llvm.store %v2375, %v59 : f32, !llvm.ptr
                  %v2376 = arith.muli %v52, %v393 : i64
                  %v2377 = arith.muli %v2330, %v1 : i64
                  %v2378 = arith.addi %v2376, %v2377 : i64
                  %v2379 = arith.constant 12 : i64
                  %v2380 = arith.addi %v2379, %v38 : i64
                  %v2381 = arith.addi %v2378, %v2380 : i64
                  %v2382 = llvm.getelementptr %in_Cm[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2383 = llvm.load %v2382 : !llvm.ptr -> f32
                  %v2384 = arith.mulf %v2383, %v2344 fastmath<contract> : f32
                  %v2385 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2386 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2387 = arith.mulf %v2386, %v2385 fastmath<contract> : f32
                  %v2388 = arith.addf %v2384, %v2387 fastmath<contract> : f32
                  llvm.store %v2388, %v60 : f32, !llvm.ptr
                  scf.if %v2316 {
                  }
                  %v2389 = arith.muli %v52, %v366 : i64
                  %v2390 = arith.muli %v2330, %v365 : i64
                  %v2391 = arith.addi %v2389, %v2390 : i64
                  %v2392 = arith.muli %v50, %size_P : i64
                  %v2393 = arith.addi %v2391, %v2392 : i64
                  %v2394 = arith.addi %v2393, %v48 : i64
                  %v2395 = llvm.getelementptr %in_x[%v2394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2396 = llvm.load %v2395 : !llvm.ptr -> f32
                  %v2397 = arith.muli %v52, %v393 : i64
                  %v2398 = arith.muli %v2330, %v1 : i64
                  %v2399 = arith.addi %v2397, %v2398 : i64
                  %v2400 = arith.addi %v2399, %v38 : i64
                  %v2401 = llvm.getelementptr %in_Bm[%v2400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2402 = llvm.load %v2401 : !llvm.ptr -> f32
                  %v2403 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2404 = arith.mulf %v2402, %v2403 fastmath<contract> : f32
                  %v2405 = arith.muli %v52, %v393 : i64
                  %v2406 = arith.muli %v2330, %v1 : i64
                  %v2407 = arith.addi %v2405, %v2406 : i64
                  %v2408 = arith.constant 4 : i64
                  %v2409 = arith.addi %v2408, %v38 : i64
                  %v2410 = arith.addi %v2407, %v2409 : i64
                  %v2411 = llvm.getelementptr %in_Bm[%v2410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2412 = llvm.load %v2411 : !llvm.ptr -> f32
                  %v2413 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2414 = arith.mulf %v2412, %v2413 fastmath<contract> : f32
                  %v2415 = arith.addf %v2404, %v2414 fastmath<contract> : f32
                  %v2416 = arith.muli %v52, %v393 : i64
                  %v2417 = arith.muli %v2330, %v1 : i64
                  %v2418 = arith.addi %v2416, %v2417 : i64
                  %v2419 = arith.constant 8 : i64
                  %v2420 = arith.addi %v2419, %v38 : i64
                  %v2421 = arith.addi %v2418, %v2420 : i64
                  %v2422 = llvm.getelementptr %in_Bm[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2423 = llvm.load %v2422 : !llvm.ptr -> f32
                  %v2424 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2425 = arith.mulf %v2423, %v2424 fastmath<contract> : f32
                  %v2426 = arith.addf %v2415, %v2425 fastmath<contract> : f32
                  %v2427 = arith.muli %v52, %v393 : i64
                  %v2428 = arith.muli %v2330, %v1 : i64
                  %v2429 = arith.addi %v2427, %v2428 : i64
                  %v2430 = arith.constant 12 : i64
                  %v2431 = arith.addi %v2430, %v38 : i64
                  %v2432 = arith.addi %v2429, %v2431 : i64
                  %v2433 = llvm.getelementptr %in_Bm[%v2432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2434 = llvm.load %v2433 : !llvm.ptr -> f32
                  %v2435 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2436 = arith.mulf %v2434, %v2435 fastmath<contract> : f32
                  %v2437 = arith.addf %v2426, %v2436 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2438, %v2439 = gpu.shuffle xor %v2437, %v891, %v385 : f32
                  %v2440 = arith.addf %v2437, %v2438 fastmath<contract> : f32
                  %v2441, %v2442 = gpu.shuffle xor %v2440, %v895, %v385 : f32
                  %v2443 = arith.addf %v2440, %v2441 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2444 = arith.mulf %v2396, %v2443 fastmath<contract> : f32
                  %v2445 = arith.mulf %v1931, %v2403 fastmath<contract> : f32
                  %v2446 = arith.mulf %v1942, %v2413 fastmath<contract> : f32
                  %v2447 = arith.addf %v2445, %v2446 fastmath<contract> : f32
                  %v2448 = arith.mulf %v1953, %v2424 fastmath<contract> : f32
                  %v2449 = arith.addf %v2447, %v2448 fastmath<contract> : f32
                  %v2450 = arith.mulf %v1964, %v2435 fastmath<contract> : f32
                  %v2451 = arith.addf %v2449, %v2450 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2452, %v2453 = gpu.shuffle xor %v2451, %v891, %v385 : f32
                  %v2454 = arith.addf %v2451, %v2452 fastmath<contract> : f32
                  %v2455, %v2456 = gpu.shuffle xor %v2454, %v895, %v385 : f32
                  %v2457 = arith.addf %v2454, %v2455 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2458 = arith.mulf %v2321, %v2457 fastmath<contract> : f32
                  %v2459 = arith.mulf %v2323, %v2458 fastmath<contract> : f32
                  %v2460 = arith.negf %v2459 : f32
                  %v2461 = arith.addf %v2444, %v2460 fastmath<contract> : f32
                  %v2462 = arith.mulf %v2461, %v2327 fastmath<contract> : f32
                  %v2463 = arith.mulf %v2323, %v2457 fastmath<contract> : f32
                  %v2464 = arith.mulf %v2319, %v2463 fastmath<contract> : f32
                  %v2465 = arith.mulf %v2321, %v2464 fastmath<contract> : f32
                  %v2466 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2467 = arith.addf %v2466, %v2465 fastmath<contract> : f32
                  llvm.store %v2467, %v65 : f32, !llvm.ptr
                  %v2468 = arith.mulf %v2325, %v2403 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2469 = arith.addi %v56, %v44 : i64
                    %v2470 = arith.muli %v2469, %v1 : i64
                    %v2471 = arith.addi %v2470, %v38 : i64
                    %v2472 = arith.muli %v2471, %size_L : i64
                    %v2473 = arith.addi %v2472, %v2330 : i64
                    %v2474 = llvm.getelementptr %part_Bm[%v2473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2468, %v2474 : f32, !llvm.ptr
                  }
                  %v2475 = arith.mulf %v2325, %v2413 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2476 = arith.addi %v37, %v38 : i64
                    %v2477 = arith.addi %v56, %v44 : i64
                    %v2478 = arith.muli %v2477, %v1 : i64
                    %v2479 = arith.addi %v2478, %v2476 : i64
                    %v2480 = arith.muli %v2479, %size_L : i64
                    %v2481 = arith.addi %v2480, %v2330 : i64
                    %v2482 = llvm.getelementptr %part_Bm[%v2481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2475, %v2482 : f32, !llvm.ptr
                  }
                  %v2483 = arith.mulf %v2325, %v2424 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2484 = arith.addi %v111, %v38 : i64
                    %v2485 = arith.addi %v56, %v44 : i64
                    %v2486 = arith.muli %v2485, %v1 : i64
                    %v2487 = arith.addi %v2486, %v2484 : i64
                    %v2488 = arith.muli %v2487, %size_L : i64
                    %v2489 = arith.addi %v2488, %v2330 : i64
                    %v2490 = llvm.getelementptr %part_Bm[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2483, %v2490 : f32, !llvm.ptr
                  }
                  %v2491 = arith.mulf %v2325, %v2435 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2492 = arith.addi %v131, %v38 : i64
                    %v2493 = arith.addi %v56, %v44 : i64
                    %v2494 = arith.muli %v2493, %v1 : i64
                    %v2495 = arith.addi %v2494, %v2492 : i64
                    %v2496 = arith.muli %v2495, %size_L : i64
                    %v2497 = arith.addi %v2496, %v2330 : i64
                    %v2498 = llvm.getelementptr %part_Bm[%v2497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2491, %v2498 : f32, !llvm.ptr
                  }
                  %v2499 = arith.mulf %v1980, %v2344 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2500 = arith.addi %v56, %v44 : i64
                    %v2501 = arith.muli %v2500, %v1 : i64
                    %v2502 = arith.addi %v2501, %v38 : i64
                    %v2503 = arith.muli %v2502, %size_L : i64
                    %v2504 = arith.addi %v2503, %v2330 : i64
                    %v2505 = llvm.getelementptr %part_Cm[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2499, %v2505 : f32, !llvm.ptr
                  }
                  %v2506 = arith.mulf %v1991, %v2344 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2507 = arith.addi %v37, %v38 : i64
                    %v2508 = arith.addi %v56, %v44 : i64
                    %v2509 = arith.muli %v2508, %v1 : i64
                    %v2510 = arith.addi %v2509, %v2507 : i64
                    %v2511 = arith.muli %v2510, %size_L : i64
                    %v2512 = arith.addi %v2511, %v2330 : i64
                    %v2513 = llvm.getelementptr %part_Cm[%v2512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2506, %v2513 : f32, !llvm.ptr
                  }
                  %v2514 = arith.mulf %v2002, %v2344 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2515 = arith.addi %v111, %v38 : i64
                    %v2516 = arith.addi %v56, %v44 : i64
                    %v2517 = arith.muli %v2516, %v1 : i64
                    %v2518 = arith.addi %v2517, %v2515 : i64
                    %v2519 = arith.muli %v2518, %size_L : i64
                    %v2520 = arith.addi %v2519, %v2330 : i64
                    %v2521 = llvm.getelementptr %part_Cm[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2514, %v2521 : f32, !llvm.ptr
                  }
                  %v2522 = arith.mulf %v2013, %v2344 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2523 = arith.addi %v131, %v38 : i64
                    %v2524 = arith.addi %v56, %v44 : i64
                    %v2525 = arith.muli %v2524, %v1 : i64
                    %v2526 = arith.addi %v2525, %v2523 : i64
                    %v2527 = arith.muli %v2526, %size_L : i64
                    %v2528 = arith.addi %v2527, %v2330 : i64
                    %v2529 = llvm.getelementptr %part_Cm[%v2528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2522, %v2529 : f32, !llvm.ptr
                  }
                  %v2530 = llvm.load %v67 : !llvm.ptr -> f32
                  %v2531 = arith.addf %v2530, %v2462 fastmath<contract> : f32
                  llvm.store %v2531, %v67 : f32, !llvm.ptr
                  %v2532 = arith.select %v42, %v2462, %v72 : f32
                  // sum over the warp's outer points: shuffles
                  %v2533, %v2534 = gpu.shuffle xor %v2532, %v988, %v385 : f32
                  %v2535 = arith.addf %v2532, %v2533 fastmath<contract> : f32
                  %v2536, %v2537 = gpu.shuffle xor %v2535, %v992, %v385 : f32
                  %v2538 = arith.addf %v2535, %v2536 fastmath<contract> : f32
                  %v2539, %v2540 = gpu.shuffle xor %v2538, %v996, %v385 : f32
                  %v2541 = arith.addf %v2538, %v2539 fastmath<contract> : f32
                  %v2542 = arith.divui %v23, %v1000 : i64
                  %v2543 = arith.remui %v23, %v1000 : i64
                  %v2544 = arith.cmpi ult, %v2543, %v2 : i64
                  %v2545 = arith.muli %v2542, %v1004 : i64
                  %v2546 = arith.addi %v2545, %v2329 : i64
                  scf.if %v2544 {
                    %v2547 = llvm.getelementptr %v69[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2541, %v2547 : f32, !llvm.ptr
                  }
                  %v2548 = arith.addf %v2404, %v2414 fastmath<contract> : f32
                  %v2549 = arith.addf %v2548, %v2425 fastmath<contract> : f32
                  %v2550 = arith.addf %v2549, %v2436 fastmath<contract> : f32
                  llvm.store %v2550, %v2063 : f32, !llvm.ptr
                  llvm.store %v2323, %v61 : f32, !llvm.ptr
                  llvm.store %v2323, %v62 : f32, !llvm.ptr
                  llvm.store %v2323, %v63 : f32, !llvm.ptr
                  llvm.store %v2323, %v64 : f32, !llvm.ptr
                }
                %v2551 = llvm.load %v2063 : !llvm.ptr -> f32
                %v2552 = arith.select %v2066, %v2551, %v2313 : f32
                %v2553 = arith.select %v2066, %v2313, %v2551 : f32
                %v2554, %v2555 = gpu.shuffle xor %v2552, %v891, %v385 : f32
                %v2556 = arith.addf %v2553, %v2554 fastmath<contract> : f32
                %v2557 = arith.addi %v458, %v2 : i64
                %v2558 = arith.cmpi slt, %v891, %v2071 : i32
                %v2559 = arith.cmpi eq, %v891, %v2076 : i32
                %v2560, %v2561 = gpu.shuffle idx %v1845, %v163, %v385 : f32
                %v2562, %v2563 = gpu.shuffle idx %v1846, %v163, %v385 : f32
                %v2564, %v2565 = gpu.shuffle idx %v1850, %v163, %v385 : f32
                %v2566, %v2567 = gpu.shuffle idx %v1853, %v163, %v385 : f32
                %v2568, %v2569 = gpu.shuffle idx %v1862, %v163, %v385 : f32
                %v2570, %v2571 = gpu.shuffle idx %v1867, %v163, %v385 : f32
                %v2572 = arith.addi %v460, %v653 : i64
                llvm.store %v72, %v2063 : f32, !llvm.ptr
                scf.if %v2558 {
                  %v2573 = arith.addi %v185, %v2557 : i64
                  %v2574 = arith.muli %v52, %v393 : i64
                  %v2575 = arith.muli %v2573, %v1 : i64
                  %v2576 = arith.addi %v2574, %v2575 : i64
                  %v2577 = arith.addi %v2576, %v38 : i64
                  %v2578 = llvm.getelementptr %in_Cm[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2579 = llvm.load %v2578 : !llvm.ptr -> f32
                  %v2580 = arith.muli %v52, %v366 : i64
                  %v2581 = arith.muli %v2573, %v365 : i64
                  %v2582 = arith.addi %v2580, %v2581 : i64
                  %v2583 = arith.muli %v50, %size_P : i64
                  %v2584 = arith.addi %v2582, %v2583 : i64
                  %v2585 = arith.addi %v2584, %v48 : i64
                  %v2586 = llvm.getelementptr %dy_y[%v2585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2587 = llvm.load %v2586 : !llvm.ptr -> f32
                  %v2588 = arith.mulf %v2579, %v2587 fastmath<contract> : f32
                  %v2589 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2590 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2591 = arith.mulf %v2590, %v2589 fastmath<contract> : f32
                  %v2592 = arith.addf %v2588, %v2591 fastmath<contract> : f32
                  llvm.store %v2592, %v57 : f32, !llvm.ptr
                  %v2593 = arith.muli %v52, %v393 : i64
                  %v2594 = arith.muli %v2573, %v1 : i64
                  %v2595 = arith.addi %v2593, %v2594 : i64
                  %v2596 = arith.constant 4 : i64
                  %v2597 = arith.addi %v2596, %v38 : i64
                  %v2598 = arith.addi %v2595, %v2597 : i64
                  %v2599 = llvm.getelementptr %in_Cm[%v2598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2600 = llvm.load %v2599 : !llvm.ptr -> f32
                  %v2601 = arith.mulf %v2600, %v2587 fastmath<contract> : f32
                  %v2602 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2603 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2604 = arith.mulf %v2603, %v2602 fastmath<contract> : f32
                  %v2605 = arith.addf %v2601, %v2604 fastmath<contract> : f32
                  llvm.store %v2605, %v58 : f32, !llvm.ptr
                  %v2606 = arith.muli %v52, %v393 : i64
                  %v2607 = arith.muli %v2573, %v1 : i64
                  %v2608 = arith.addi %v2606, %v2607 : i64
                  %v2609 = arith.constant 8 : i64
                  %v2610 = arith.addi %v2609, %v38 : i64
                  %v2611 = arith.addi %v2608, %v2610 : i64
                  %v2612 = llvm.getelementptr %in_Cm[%v2611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2613 = llvm.load %v2612 : !llvm.ptr -> f32
                  %v2614 = arith.mulf %v2613, %v2587 fastmath<contract> : f32
                  %v2615 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2616 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2617 = arith.mulf %v2616, %v2615 fastmath<contract> : f32
                  %v2618 = arith.addf %v2614, %v2617 fastmath<contract> : f32
                  llvm.store %v2618, %v59 : f32, !llvm.ptr
                  %v2619 = arith.muli %v52, %v393 : i64
                  %v2620 = arith.muli %v2573, %v1 : i64
                  %v2621 = arith.addi %v2619, %v2620 : i64
                  %v2622 = arith.constant 12 : i64
                  %v2623 = arith.addi %v2622, %v38 : i64
                  %v2624 = arith.addi %v2621, %v2623 : i64
                  %v2625 = llvm.getelementptr %in_Cm[%v2624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2626 = llvm.load %v2625 : !llvm.ptr -> f32
                  %v2627 = arith.mulf %v2626, %v2587 fastmath<contract> : f32
                  %v2628 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2629 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2630 = arith.mulf %v2629, %v2628 fastmath<contract> : f32
                  %v2631 = arith.addf %v2627, %v2630 fastmath<contract> : f32
                  llvm.store %v2631, %v60 : f32, !llvm.ptr
                  scf.if %v2559 {
                  }
                  %v2632 = arith.muli %v52, %v366 : i64
                  %v2633 = arith.muli %v2573, %v365 : i64
                  %v2634 = arith.addi %v2632, %v2633 : i64
                  %v2635 = arith.muli %v50, %size_P : i64
                  %v2636 = arith.addi %v2634, %v2635 : i64
                  %v2637 = arith.addi %v2636, %v48 : i64
                  %v2638 = llvm.getelementptr %in_x[%v2637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2639 = llvm.load %v2638 : !llvm.ptr -> f32
                  %v2640 = arith.muli %v52, %v393 : i64
                  %v2641 = arith.muli %v2573, %v1 : i64
                  %v2642 = arith.addi %v2640, %v2641 : i64
                  %v2643 = arith.addi %v2642, %v38 : i64
                  %v2644 = llvm.getelementptr %in_Bm[%v2643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2645 = llvm.load %v2644 : !llvm.ptr -> f32
                  %v2646 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2647 = arith.mulf %v2645, %v2646 fastmath<contract> : f32
                  %v2648 = arith.muli %v52, %v393 : i64
                  %v2649 = arith.muli %v2573, %v1 : i64
                  %v2650 = arith.addi %v2648, %v2649 : i64
                  %v2651 = arith.constant 4 : i64
                  %v2652 = arith.addi %v2651, %v38 : i64
                  %v2653 = arith.addi %v2650, %v2652 : i64
                  %v2654 = llvm.getelementptr %in_Bm[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2655 = llvm.load %v2654 : !llvm.ptr -> f32
                  %v2656 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2657 = arith.mulf %v2655, %v2656 fastmath<contract> : f32
                  %v2658 = arith.addf %v2647, %v2657 fastmath<contract> : f32
                  %v2659 = arith.muli %v52, %v393 : i64
                  %v2660 = arith.muli %v2573, %v1 : i64
                  %v2661 = arith.addi %v2659, %v2660 : i64
                  %v2662 = arith.constant 8 : i64
                  %v2663 = arith.addi %v2662, %v38 : i64
                  %v2664 = arith.addi %v2661, %v2663 : i64
                  %v2665 = llvm.getelementptr %in_Bm[%v2664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2666 = llvm.load %v2665 : !llvm.ptr -> f32
                  %v2667 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2668 = arith.mulf %v2666, %v2667 fastmath<contract> : f32
                  %v2669 = arith.addf %v2658, %v2668 fastmath<contract> : f32
                  %v2670 = arith.muli %v52, %v393 : i64
                  %v2671 = arith.muli %v2573, %v1 : i64
                  %v2672 = arith.addi %v2670, %v2671 : i64
                  %v2673 = arith.constant 12 : i64
                  %v2674 = arith.addi %v2673, %v38 : i64
                  %v2675 = arith.addi %v2672, %v2674 : i64
                  %v2676 = llvm.getelementptr %in_Bm[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2677 = llvm.load %v2676 : !llvm.ptr -> f32
                  %v2678 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2679 = arith.mulf %v2677, %v2678 fastmath<contract> : f32
                  %v2680 = arith.addf %v2669, %v2679 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2681, %v2682 = gpu.shuffle xor %v2680, %v891, %v385 : f32
                  %v2683 = arith.addf %v2680, %v2681 fastmath<contract> : f32
                  %v2684, %v2685 = gpu.shuffle xor %v2683, %v895, %v385 : f32
                  %v2686 = arith.addf %v2683, %v2684 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2687 = arith.mulf %v2639, %v2686 fastmath<contract> : f32
                  %v2688 = arith.mulf %v1882, %v2646 fastmath<contract> : f32
                  %v2689 = arith.mulf %v1893, %v2656 fastmath<contract> : f32
                  %v2690 = arith.addf %v2688, %v2689 fastmath<contract> : f32
                  %v2691 = arith.mulf %v1904, %v2667 fastmath<contract> : f32
                  %v2692 = arith.addf %v2690, %v2691 fastmath<contract> : f32
                  %v2693 = arith.mulf %v1915, %v2678 fastmath<contract> : f32
                  %v2694 = arith.addf %v2692, %v2693 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2695, %v2696 = gpu.shuffle xor %v2694, %v891, %v385 : f32
                  %v2697 = arith.addf %v2694, %v2695 fastmath<contract> : f32
                  %v2698, %v2699 = gpu.shuffle xor %v2697, %v895, %v385 : f32
                  %v2700 = arith.addf %v2697, %v2698 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2701 = arith.mulf %v2564, %v2700 fastmath<contract> : f32
                  %v2702 = arith.mulf %v2566, %v2701 fastmath<contract> : f32
                  %v2703 = arith.negf %v2702 : f32
                  %v2704 = arith.addf %v2687, %v2703 fastmath<contract> : f32
                  %v2705 = arith.mulf %v2704, %v2570 fastmath<contract> : f32
                  %v2706 = arith.mulf %v2566, %v2700 fastmath<contract> : f32
                  %v2707 = arith.mulf %v2562, %v2706 fastmath<contract> : f32
                  %v2708 = arith.mulf %v2564, %v2707 fastmath<contract> : f32
                  %v2709 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2710 = arith.addf %v2709, %v2708 fastmath<contract> : f32
                  llvm.store %v2710, %v65 : f32, !llvm.ptr
                  %v2711 = arith.mulf %v2568, %v2646 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2712 = arith.addi %v56, %v44 : i64
                    %v2713 = arith.muli %v2712, %v1 : i64
                    %v2714 = arith.addi %v2713, %v38 : i64
                    %v2715 = arith.muli %v2714, %size_L : i64
                    %v2716 = arith.addi %v2715, %v2573 : i64
                    %v2717 = llvm.getelementptr %part_Bm[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2711, %v2717 : f32, !llvm.ptr
                  }
                  %v2718 = arith.mulf %v2568, %v2656 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2719 = arith.addi %v37, %v38 : i64
                    %v2720 = arith.addi %v56, %v44 : i64
                    %v2721 = arith.muli %v2720, %v1 : i64
                    %v2722 = arith.addi %v2721, %v2719 : i64
                    %v2723 = arith.muli %v2722, %size_L : i64
                    %v2724 = arith.addi %v2723, %v2573 : i64
                    %v2725 = llvm.getelementptr %part_Bm[%v2724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2718, %v2725 : f32, !llvm.ptr
                  }
                  %v2726 = arith.mulf %v2568, %v2667 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2727 = arith.addi %v111, %v38 : i64
                    %v2728 = arith.addi %v56, %v44 : i64
                    %v2729 = arith.muli %v2728, %v1 : i64
                    %v2730 = arith.addi %v2729, %v2727 : i64
                    %v2731 = arith.muli %v2730, %size_L : i64
                    %v2732 = arith.addi %v2731, %v2573 : i64
                    %v2733 = llvm.getelementptr %part_Bm[%v2732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2726, %v2733 : f32, !llvm.ptr
                  }
                  %v2734 = arith.mulf %v2568, %v2678 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2735 = arith.addi %v131, %v38 : i64
                    %v2736 = arith.addi %v56, %v44 : i64
                    %v2737 = arith.muli %v2736, %v1 : i64
                    %v2738 = arith.addi %v2737, %v2735 : i64
                    %v2739 = arith.muli %v2738, %size_L : i64
                    %v2740 = arith.addi %v2739, %v2573 : i64
                    %v2741 = llvm.getelementptr %part_Bm[%v2740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2734, %v2741 : f32, !llvm.ptr
                  }
                  %v2742 = arith.mulf %v1931, %v2587 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2743 = arith.addi %v56, %v44 : i64
                    %v2744 = arith.muli %v2743, %v1 : i64
                    %v2745 = arith.addi %v2744, %v38 : i64
                    %v2746 = arith.muli %v2745, %size_L : i64
                    %v2747 = arith.addi %v2746, %v2573 : i64
                    %v2748 = llvm.getelementptr %part_Cm[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2742, %v2748 : f32, !llvm.ptr
                  }
                  %v2749 = arith.mulf %v1942, %v2587 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2750 = arith.addi %v37, %v38 : i64
                    %v2751 = arith.addi %v56, %v44 : i64
                    %v2752 = arith.muli %v2751, %v1 : i64
                    %v2753 = arith.addi %v2752, %v2750 : i64
                    %v2754 = arith.muli %v2753, %size_L : i64
                    %v2755 = arith.addi %v2754, %v2573 : i64
                    %v2756 = llvm.getelementptr %part_Cm[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2749, %v2756 : f32, !llvm.ptr
                  }
                  %v2757 = arith.mulf %v1953, %v2587 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2758 = arith.addi %v111, %v38 : i64
                    %v2759 = arith.addi %v56, %v44 : i64
                    %v2760 = arith.muli %v2759, %v1 : i64
                    %v2761 = arith.addi %v2760, %v2758 : i64
                    %v2762 = arith.muli %v2761, %size_L : i64
                    %v2763 = arith.addi %v2762, %v2573 : i64
                    %v2764 = llvm.getelementptr %part_Cm[%v2763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2757, %v2764 : f32, !llvm.ptr
                  }
                  %v2765 = arith.mulf %v1964, %v2587 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2766 = arith.addi %v131, %v38 : i64
                    %v2767 = arith.addi %v56, %v44 : i64
                    %v2768 = arith.muli %v2767, %v1 : i64
                    %v2769 = arith.addi %v2768, %v2766 : i64
                    %v2770 = arith.muli %v2769, %size_L : i64
                    %v2771 = arith.addi %v2770, %v2573 : i64
                    %v2772 = llvm.getelementptr %part_Cm[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2765, %v2772 : f32, !llvm.ptr
                  }
                  %v2773 = llvm.load %v67 : !llvm.ptr -> f32
                  %v2774 = arith.addf %v2773, %v2705 fastmath<contract> : f32
                  llvm.store %v2774, %v67 : f32, !llvm.ptr
                  %v2775 = arith.select %v42, %v2705, %v72 : f32
                  // sum over the warp's outer points: shuffles
                  %v2776, %v2777 = gpu.shuffle xor %v2775, %v988, %v385 : f32
                  %v2778 = arith.addf %v2775, %v2776 fastmath<contract> : f32
                  %v2779, %v2780 = gpu.shuffle xor %v2778, %v992, %v385 : f32
                  %v2781 = arith.addf %v2778, %v2779 fastmath<contract> : f32
                  %v2782, %v2783 = gpu.shuffle xor %v2781, %v996, %v385 : f32
                  %v2784 = arith.addf %v2781, %v2782 fastmath<contract> : f32
                  %v2785 = arith.divui %v23, %v1000 : i64
                  %v2786 = arith.remui %v23, %v1000 : i64
                  %v2787 = arith.cmpi ult, %v2786, %v2 : i64
                  %v2788 = arith.muli %v2785, %v1004 : i64
                  %v2789 = arith.addi %v2788, %v2572 : i64
                  scf.if %v2787 {
                    %v2790 = llvm.getelementptr %v69[%v2789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2784, %v2790 : f32, !llvm.ptr
                  }
                  %v2791 = arith.addf %v2647, %v2657 fastmath<contract> : f32
                  %v2792 = arith.addf %v2791, %v2668 fastmath<contract> : f32
                  %v2793 = arith.addf %v2792, %v2679 fastmath<contract> : f32
                  llvm.store %v2793, %v2063 : f32, !llvm.ptr
                  llvm.store %v2566, %v61 : f32, !llvm.ptr
                  llvm.store %v2566, %v62 : f32, !llvm.ptr
                  llvm.store %v2566, %v63 : f32, !llvm.ptr
                  llvm.store %v2566, %v64 : f32, !llvm.ptr
                }
                %v2794 = llvm.load %v2063 : !llvm.ptr -> f32
                %v2795 = arith.cmpi slt, %v1493, %v2071 : i32
                %v2796 = arith.cmpi eq, %v1493, %v2076 : i32
                %v2797, %v2798 = gpu.shuffle idx %v1845, %v159, %v385 : f32
                %v2799, %v2800 = gpu.shuffle idx %v1846, %v159, %v385 : f32
                %v2801, %v2802 = gpu.shuffle idx %v1850, %v159, %v385 : f32
                %v2803, %v2804 = gpu.shuffle idx %v1853, %v159, %v385 : f32
                %v2805, %v2806 = gpu.shuffle idx %v1862, %v159, %v385 : f32
                %v2807, %v2808 = gpu.shuffle idx %v1867, %v159, %v385 : f32
                %v2809 = arith.addi %v460, %v152 : i64
                llvm.store %v72, %v2063 : f32, !llvm.ptr
                scf.if %v2795 {
                  %v2810 = arith.addi %v185, %v458 : i64
                  %v2811 = arith.muli %v52, %v393 : i64
                  %v2812 = arith.muli %v2810, %v1 : i64
                  %v2813 = arith.addi %v2811, %v2812 : i64
                  %v2814 = arith.addi %v2813, %v38 : i64
                  %v2815 = llvm.getelementptr %in_Cm[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
                  %v2817 = arith.muli %v52, %v366 : i64
                  %v2818 = arith.muli %v2810, %v365 : i64
                  %v2819 = arith.addi %v2817, %v2818 : i64
                  %v2820 = arith.muli %v50, %size_P : i64
                  %v2821 = arith.addi %v2819, %v2820 : i64
                  %v2822 = arith.addi %v2821, %v48 : i64
                  %v2823 = llvm.getelementptr %dy_y[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2824 = llvm.load %v2823 : !llvm.ptr -> f32
                  %v2825 = arith.mulf %v2816, %v2824 fastmath<contract> : f32
                  %v2826 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2827 = llvm.load %v61 : !llvm.ptr -> f32
                  %v2828 = arith.mulf %v2827, %v2826 fastmath<contract> : f32
                  %v2829 = arith.addf %v2825, %v2828 fastmath<contract> : f32
                  llvm.store %v2829, %v57 : f32, !llvm.ptr
                  %v2830 = arith.muli %v52, %v393 : i64
                  %v2831 = arith.muli %v2810, %v1 : i64
                  %v2832 = arith.addi %v2830, %v2831 : i64
                  %v2833 = arith.constant 4 : i64
                  %v2834 = arith.addi %v2833, %v38 : i64
                  %v2835 = arith.addi %v2832, %v2834 : i64
                  %v2836 = llvm.getelementptr %in_Cm[%v2835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2837 = llvm.load %v2836 : !llvm.ptr -> f32
                  %v2838 = arith.mulf %v2837, %v2824 fastmath<contract> : f32
                  %v2839 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2840 = llvm.load %v62 : !llvm.ptr -> f32
                  %v2841 = arith.mulf %v2840, %v2839 fastmath<contract> : f32
                  %v2842 = arith.addf %v2838, %v2841 fastmath<contract> : f32
                  llvm.store %v2842, %v58 : f32, !llvm.ptr
                  %v2843 = arith.muli %v52, %v393 : i64
                  %v2844 = arith.muli %v2810, %v1 : i64
                  %v2845 = arith.addi %v2843, %v2844 : i64
                  %v2846 = arith.constant 8 : i64
                  %v2847 = arith.addi %v2846, %v38 : i64
                  %v2848 = arith.addi %v2845, %v2847 : i64
                  %v2849 = llvm.getelementptr %in_Cm[%v2848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2850 = llvm.load %v2849 : !llvm.ptr -> f32
                  %v2851 = arith.mulf %v2850, %v2824 fastmath<contract> : f32
                  %v2852 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2853 = llvm.load %v63 : !llvm.ptr -> f32
                  %v2854 = arith.mulf %v2853, %v2852 fastmath<contract> : f32
                  %v2855 = arith.addf %v2851, %v2854 fastmath<contract> : f32
                  llvm.store %v2855, %v59 : f32, !llvm.ptr
                  %v2856 = arith.muli %v52, %v393 : i64
                  %v2857 = arith.muli %v2810, %v1 : i64
                  %v2858 = arith.addi %v2856, %v2857 : i64
                  %v2859 = arith.constant 12 : i64
                  %v2860 = arith.addi %v2859, %v38 : i64
                  %v2861 = arith.addi %v2858, %v2860 : i64
                  %v2862 = llvm.getelementptr %in_Cm[%v2861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2863 = llvm.load %v2862 : !llvm.ptr -> f32
                  %v2864 = arith.mulf %v2863, %v2824 fastmath<contract> : f32
                  %v2865 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2866 = llvm.load %v64 : !llvm.ptr -> f32
                  %v2867 = arith.mulf %v2866, %v2865 fastmath<contract> : f32
                  %v2868 = arith.addf %v2864, %v2867 fastmath<contract> : f32
                  llvm.store %v2868, %v60 : f32, !llvm.ptr
                  scf.if %v2796 {
                  }
                  %v2869 = arith.muli %v52, %v366 : i64
                  %v2870 = arith.muli %v2810, %v365 : i64
                  %v2871 = arith.addi %v2869, %v2870 : i64
                  %v2872 = arith.muli %v50, %size_P : i64
                  %v2873 = arith.addi %v2871, %v2872 : i64
                  %v2874 = arith.addi %v2873, %v48 : i64
                  %v2875 = llvm.getelementptr %in_x[%v2874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2876 = llvm.load %v2875 : !llvm.ptr -> f32
                  %v2877 = arith.muli %v52, %v393 : i64
                  %v2878 = arith.muli %v2810, %v1 : i64
                  %v2879 = arith.addi %v2877, %v2878 : i64
                  %v2880 = arith.addi %v2879, %v38 : i64
                  %v2881 = llvm.getelementptr %in_Bm[%v2880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2882 = llvm.load %v2881 : !llvm.ptr -> f32
                  %v2883 = llvm.load %v57 : !llvm.ptr -> f32
                  %v2884 = arith.mulf %v2882, %v2883 fastmath<contract> : f32
                  %v2885 = arith.muli %v52, %v393 : i64
                  %v2886 = arith.muli %v2810, %v1 : i64
                  %v2887 = arith.addi %v2885, %v2886 : i64
                  %v2888 = arith.constant 4 : i64
                  %v2889 = arith.addi %v2888, %v38 : i64
                  %v2890 = arith.addi %v2887, %v2889 : i64
                  %v2891 = llvm.getelementptr %in_Bm[%v2890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2892 = llvm.load %v2891 : !llvm.ptr -> f32
                  %v2893 = llvm.load %v58 : !llvm.ptr -> f32
                  %v2894 = arith.mulf %v2892, %v2893 fastmath<contract> : f32
                  %v2895 = arith.addf %v2884, %v2894 fastmath<contract> : f32
                  %v2896 = arith.muli %v52, %v393 : i64
                  %v2897 = arith.muli %v2810, %v1 : i64
                  %v2898 = arith.addi %v2896, %v2897 : i64
                  %v2899 = arith.constant 8 : i64
                  %v2900 = arith.addi %v2899, %v38 : i64
                  %v2901 = arith.addi %v2898, %v2900 : i64
                  %v2902 = llvm.getelementptr %in_Bm[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2903 = llvm.load %v2902 : !llvm.ptr -> f32
                  %v2904 = llvm.load %v59 : !llvm.ptr -> f32
                  %v2905 = arith.mulf %v2903, %v2904 fastmath<contract> : f32
                  %v2906 = arith.addf %v2895, %v2905 fastmath<contract> : f32
                  %v2907 = arith.muli %v52, %v393 : i64
                  %v2908 = arith.muli %v2810, %v1 : i64
                  %v2909 = arith.addi %v2907, %v2908 : i64
                  %v2910 = arith.constant 12 : i64
                  %v2911 = arith.addi %v2910, %v38 : i64
                  %v2912 = arith.addi %v2909, %v2911 : i64
                  %v2913 = llvm.getelementptr %in_Bm[%v2912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2914 = llvm.load %v2913 : !llvm.ptr -> f32
                  %v2915 = llvm.load %v60 : !llvm.ptr -> f32
                  %v2916 = arith.mulf %v2914, %v2915 fastmath<contract> : f32
                  %v2917 = arith.addf %v2906, %v2916 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2918, %v2919 = gpu.shuffle xor %v2917, %v891, %v385 : f32
                  %v2920 = arith.addf %v2917, %v2918 fastmath<contract> : f32
                  %v2921, %v2922 = gpu.shuffle xor %v2920, %v895, %v385 : f32
                  %v2923 = arith.addf %v2920, %v2921 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2924 = arith.mulf %v2876, %v2923 fastmath<contract> : f32
                  %v2925 = arith.mulf %v1784, %v2883 fastmath<contract> : f32
                  %v2926 = arith.mulf %v1793, %v2893 fastmath<contract> : f32
                  %v2927 = arith.addf %v2925, %v2926 fastmath<contract> : f32
                  %v2928 = arith.mulf %v1802, %v2904 fastmath<contract> : f32
                  %v2929 = arith.addf %v2927, %v2928 fastmath<contract> : f32
                  %v2930 = arith.mulf %v1811, %v2915 fastmath<contract> : f32
                  %v2931 = arith.addf %v2929, %v2930 fastmath<contract> : f32
                  // sum over the lanes: butterfly shuffles, every lane gets the total
                  %v2932, %v2933 = gpu.shuffle xor %v2931, %v891, %v385 : f32
                  %v2934 = arith.addf %v2931, %v2932 fastmath<contract> : f32
                  %v2935, %v2936 = gpu.shuffle xor %v2934, %v895, %v385 : f32
                  %v2937 = arith.addf %v2934, %v2935 fastmath<contract> : f32
                  // end sum over the lanes
                  %v2938 = arith.mulf %v2801, %v2937 fastmath<contract> : f32
                  %v2939 = arith.mulf %v2803, %v2938 fastmath<contract> : f32
                  %v2940 = arith.negf %v2939 : f32
                  %v2941 = arith.addf %v2924, %v2940 fastmath<contract> : f32
                  %v2942 = arith.mulf %v2941, %v2807 fastmath<contract> : f32
                  %v2943 = arith.mulf %v2803, %v2937 fastmath<contract> : f32
                  %v2944 = arith.mulf %v2799, %v2943 fastmath<contract> : f32
                  %v2945 = arith.mulf %v2801, %v2944 fastmath<contract> : f32
                  %v2946 = llvm.load %v65 : !llvm.ptr -> f32
                  %v2947 = arith.addf %v2946, %v2945 fastmath<contract> : f32
                  llvm.store %v2947, %v65 : f32, !llvm.ptr
                  %v2948 = arith.mulf %v2805, %v2883 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2949 = arith.addi %v56, %v44 : i64
                    %v2950 = arith.muli %v2949, %v1 : i64
                    %v2951 = arith.addi %v2950, %v38 : i64
                    %v2952 = arith.muli %v2951, %size_L : i64
                    %v2953 = arith.addi %v2952, %v2810 : i64
                    %v2954 = llvm.getelementptr %part_Bm[%v2953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2948, %v2954 : f32, !llvm.ptr
                  }
                  %v2955 = arith.mulf %v2805, %v2893 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2956 = arith.addi %v37, %v38 : i64
                    %v2957 = arith.addi %v56, %v44 : i64
                    %v2958 = arith.muli %v2957, %v1 : i64
                    %v2959 = arith.addi %v2958, %v2956 : i64
                    %v2960 = arith.muli %v2959, %size_L : i64
                    %v2961 = arith.addi %v2960, %v2810 : i64
                    %v2962 = llvm.getelementptr %part_Bm[%v2961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2955, %v2962 : f32, !llvm.ptr
                  }
                  %v2963 = arith.mulf %v2805, %v2904 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2964 = arith.addi %v111, %v38 : i64
                    %v2965 = arith.addi %v56, %v44 : i64
                    %v2966 = arith.muli %v2965, %v1 : i64
                    %v2967 = arith.addi %v2966, %v2964 : i64
                    %v2968 = arith.muli %v2967, %size_L : i64
                    %v2969 = arith.addi %v2968, %v2810 : i64
                    %v2970 = llvm.getelementptr %part_Bm[%v2969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2963, %v2970 : f32, !llvm.ptr
                  }
                  %v2971 = arith.mulf %v2805, %v2915 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2972 = arith.addi %v131, %v38 : i64
                    %v2973 = arith.addi %v56, %v44 : i64
                    %v2974 = arith.muli %v2973, %v1 : i64
                    %v2975 = arith.addi %v2974, %v2972 : i64
                    %v2976 = arith.muli %v2975, %size_L : i64
                    %v2977 = arith.addi %v2976, %v2810 : i64
                    %v2978 = llvm.getelementptr %part_Bm[%v2977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2971, %v2978 : f32, !llvm.ptr
                  }
                  %v2979 = arith.mulf %v1882, %v2824 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2980 = arith.addi %v56, %v44 : i64
                    %v2981 = arith.muli %v2980, %v1 : i64
                    %v2982 = arith.addi %v2981, %v38 : i64
                    %v2983 = arith.muli %v2982, %size_L : i64
                    %v2984 = arith.addi %v2983, %v2810 : i64
                    %v2985 = llvm.getelementptr %part_Cm[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2979, %v2985 : f32, !llvm.ptr
                  }
                  %v2986 = arith.mulf %v1893, %v2824 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2987 = arith.addi %v37, %v38 : i64
                    %v2988 = arith.addi %v56, %v44 : i64
                    %v2989 = arith.muli %v2988, %v1 : i64
                    %v2990 = arith.addi %v2989, %v2987 : i64
                    %v2991 = arith.muli %v2990, %size_L : i64
                    %v2992 = arith.addi %v2991, %v2810 : i64
                    %v2993 = llvm.getelementptr %part_Cm[%v2992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2986, %v2993 : f32, !llvm.ptr
                  }
                  %v2994 = arith.mulf %v1904, %v2824 fastmath<contract> : f32
                  scf.if %v42 {
                    %v2995 = arith.addi %v111, %v38 : i64
                    %v2996 = arith.addi %v56, %v44 : i64
                    %v2997 = arith.muli %v2996, %v1 : i64
                    %v2998 = arith.addi %v2997, %v2995 : i64
                    %v2999 = arith.muli %v2998, %size_L : i64
                    %v3000 = arith.addi %v2999, %v2810 : i64
                    %v3001 = llvm.getelementptr %part_Cm[%v3000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2994, %v3001 : f32, !llvm.ptr
                  }
                  %v3002 = arith.mulf %v1915, %v2824 fastmath<contract> : f32
                  scf.if %v42 {
                    %v3003 = arith.addi %v131, %v38 : i64
                    %v3004 = arith.addi %v56, %v44 : i64
                    %v3005 = arith.muli %v3004, %v1 : i64
                    %v3006 = arith.addi %v3005, %v3003 : i64
                    %v3007 = arith.muli %v3006, %size_L : i64
                    %v3008 = arith.addi %v3007, %v2810 : i64
                    %v3009 = llvm.getelementptr %part_Cm[%v3008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3002, %v3009 : f32, !llvm.ptr
                  }
                  %v3010 = llvm.load %v67 : !llvm.ptr -> f32
                  %v3011 = arith.addf %v3010, %v2942 fastmath<contract> : f32
                  llvm.store %v3011, %v67 : f32, !llvm.ptr
                  %v3012 = arith.select %v42, %v2942, %v72 : f32
                  // sum over the warp's outer points: shuffles
                  %v3013, %v3014 = gpu.shuffle xor %v3012, %v988, %v385 : f32
                  %v3015 = arith.addf %v3012, %v3013 fastmath<contract> : f32
                  %v3016, %v3017 = gpu.shuffle xor %v3015, %v992, %v385 : f32
                  %v3018 = arith.addf %v3015, %v3016 fastmath<contract> : f32
                  %v3019, %v3020 = gpu.shuffle xor %v3018, %v996, %v385 : f32
                  %v3021 = arith.addf %v3018, %v3019 fastmath<contract> : f32
                  %v3022 = arith.divui %v23, %v1000 : i64
                  %v3023 = arith.remui %v23, %v1000 : i64
                  %v3024 = arith.cmpi ult, %v3023, %v2 : i64
                  %v3025 = arith.muli %v3022, %v1004 : i64
                  %v3026 = arith.addi %v3025, %v2809 : i64
                  scf.if %v3024 {
                    %v3027 = llvm.getelementptr %v69[%v3026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3021, %v3027 : f32, !llvm.ptr
                  }
                  %v3028 = arith.addf %v2884, %v2894 fastmath<contract> : f32
                  %v3029 = arith.addf %v3028, %v2905 fastmath<contract> : f32
                  %v3030 = arith.addf %v3029, %v2916 fastmath<contract> : f32
                  llvm.store %v3030, %v2063 : f32, !llvm.ptr
                  llvm.store %v2803, %v61 : f32, !llvm.ptr
                  llvm.store %v2803, %v62 : f32, !llvm.ptr
                  llvm.store %v2803, %v63 : f32, !llvm.ptr
                  llvm.store %v2803, %v64 : f32, !llvm.ptr
                }
                %v3031 = llvm.load %v2063 : !llvm.ptr -> f32
                %v3032 = arith.select %v2066, %v3031, %v2794 : f32
                %v3033 = arith.select %v2066, %v2794, %v3031 : f32
                %v3034, %v3035 = gpu.shuffle xor %v3032, %v891, %v385 : f32
                %v3036 = arith.addf %v3033, %v3034 fastmath<contract> : f32
                %v3037 = arith.select %v2069, %v3036, %v2556 : f32
                %v3038 = arith.select %v2069, %v2556, %v3036 : f32
                %v3039, %v3040 = gpu.shuffle xor %v3037, %v895, %v385 : f32
                %v3041 = arith.addf %v3038, %v3039 fastmath<contract> : f32
                %v3042 = arith.addi %v458, %v38 : i64
                %v3043 = arith.cmpi slt, %v3042, %v187 : i64
                %v3044 = arith.andi %v42, %v3043 : i1
                scf.if %v3044 {
                  %v3045 = arith.addi %v185, %v3042 : i64
                  // the gradients of this lane's own step
                  %v3046 = llvm.getelementptr %in_Dskip[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3047 = llvm.load %v3046 : !llvm.ptr -> f32
                  %v3048 = arith.muli %v52, %v366 : i64
                  %v3049 = arith.muli %v3045, %v365 : i64
                  %v3050 = arith.addi %v3048, %v3049 : i64
                  %v3051 = arith.muli %v50, %size_P : i64
                  %v3052 = arith.addi %v3050, %v3051 : i64
                  %v3053 = arith.addi %v3052, %v48 : i64
                  %v3054 = llvm.getelementptr %dy_y[%v3053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3055 = llvm.load %v3054 : !llvm.ptr -> f32
                  %v3056 = arith.mulf %v3047, %v3055 fastmath<contract> : f32
                  %v3057 = arith.mulf %v1845, %v3041 fastmath<contract> : f32
                  %v3058 = arith.addf %v3056, %v3057 fastmath<contract> : f32
                  %v3059 = arith.muli %v52, %v366 : i64
                  %v3060 = arith.muli %v3045, %v365 : i64
                  %v3061 = arith.addi %v3059, %v3060 : i64
                  %v3062 = arith.muli %v50, %size_P : i64
                  %v3063 = arith.addi %v3061, %v3062 : i64
                  %v3064 = arith.addi %v3063, %v48 : i64
                  %v3065 = llvm.getelementptr %dx_x[%v3064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3058, %v3065 : f32, !llvm.ptr
                  %v3066 = arith.muli %v52, %v366 : i64
                  %v3067 = arith.muli %v3045, %v365 : i64
                  %v3068 = arith.addi %v3066, %v3067 : i64
                  %v3069 = arith.muli %v50, %size_P : i64
                  %v3070 = arith.addi %v3068, %v3069 : i64
                  %v3071 = arith.addi %v3070, %v48 : i64
                  %v3072 = llvm.getelementptr %in_x[%v3071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3073 = llvm.load %v3072 : !llvm.ptr -> f32
                  %v3074 = arith.mulf %v3073, %v3055 fastmath<contract> : f32
                  %v3075 = llvm.load %v66 : !llvm.ptr -> f32
                  %v3076 = arith.addf %v3075, %v3074 fastmath<contract> : f32
                  llvm.store %v3076, %v66 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v3077 = arith.index_cast %v23 : i64 to index
          %v3078 = arith.index_cast %v1000 : i64 to index
          %v3079 = arith.index_cast %v7 : i64 to index
          scf.for %v3080 = %v3077 to %v3078 step %v3079 {
            %v3081 = arith.index_cast %v3080 : index to i64
            %v3084 = arith.remui %v3081, %v1000 : i64
            %v3085 = arith.divui %v3081, %v1000 : i64
            %v3086 = arith.muli %v447, %v111 : i64
            %v3087 = arith.divui %v3084, %v37 : i64
            %v3088 = arith.addi %v3086, %v3087 : i64
            %v3089 = arith.cmpi slt, %v3088, %v189 : i64
            %v3090 = arith.subi %v189, %v2 : i64
            %v3091 = arith.subi %v3090, %v3088 : i64
            %v3092 = arith.remui %v3084, %v37 : i64
            %v3093 = arith.subi %v152, %v3092 : i64
            %v3094 = arith.muli %v3091, %v37 : i64
            %v3095 = arith.addi %v3094, %v3093 : i64
            %v3096 = arith.cmpi slt, %v3095, %v187 : i64
            %v3097 = arith.andi %v3089, %v3096 : i1
            scf.if %v3097 {
              %v3098 = arith.addi %v185, %v3095 : i64
              %v3099 = arith.remui %v3081, %v1000 : i64
              %v3100 = arith.divui %v3081, %v1000 : i64
              %v3101 = arith.muli %v3100, %v1004 : i64
              %v3102 = arith.addi %v3101, %v3099 : i64
              %v3103 = llvm.getelementptr %v69[%v3102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3104 = llvm.load %v3103 : !llvm.ptr -> f32
              %v3105 = arith.addi %v2, %v3100 : i64
              %v3106 = arith.muli %v3105, %v1004 : i64
              %v3107 = arith.addi %v3106, %v3099 : i64
              %v3108 = llvm.getelementptr %v69[%v3107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3109 = llvm.load %v3108 : !llvm.ptr -> f32
              %v3110 = arith.addf %v3104, %v3109 fastmath<contract> : f32
              %v3111 = arith.addi %v653, %v3100 : i64
              %v3112 = arith.muli %v3111, %v1004 : i64
              %v3113 = arith.addi %v3112, %v3099 : i64
              %v3114 = llvm.getelementptr %v69[%v3113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3115 = llvm.load %v3114 : !llvm.ptr -> f32
              %v3116 = arith.addf %v3110, %v3115 fastmath<contract> : f32
              %v3117 = arith.addi %v152, %v3100 : i64
              %v3118 = arith.muli %v3117, %v1004 : i64
              %v3119 = arith.addi %v3118, %v3099 : i64
              %v3120 = llvm.getelementptr %v69[%v3119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3121 = llvm.load %v3120 : !llvm.ptr -> f32
              %v3122 = arith.addf %v3116, %v3121 fastmath<contract> : f32
              %v3123 = arith.addi %v37, %v3100 : i64
              %v3124 = arith.muli %v3123, %v1004 : i64
              %v3125 = arith.addi %v3124, %v3099 : i64
              %v3126 = llvm.getelementptr %v69[%v3125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3127 = llvm.load %v3126 : !llvm.ptr -> f32
              %v3128 = arith.addf %v3122, %v3127 fastmath<contract> : f32
              %v3130 = arith.addi %v3129, %v3100 : i64
              %v3131 = arith.muli %v3130, %v1004 : i64
              %v3132 = arith.addi %v3131, %v3099 : i64
              %v3133 = llvm.getelementptr %v69[%v3132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3134 = llvm.load %v3133 : !llvm.ptr -> f32
              %v3135 = arith.addf %v3128, %v3134 fastmath<contract> : f32
              %v3137 = arith.addi %v3136, %v3100 : i64
              %v3138 = arith.muli %v3137, %v1004 : i64
              %v3139 = arith.addi %v3138, %v3099 : i64
              %v3140 = llvm.getelementptr %v69[%v3139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3141 = llvm.load %v3140 : !llvm.ptr -> f32
              %v3142 = arith.addf %v3135, %v3141 fastmath<contract> : f32
              %v3143 = arith.addi %v440, %v3100 : i64
              %v3144 = arith.muli %v3143, %v1004 : i64
              %v3145 = arith.addi %v3144, %v3099 : i64
              %v3146 = llvm.getelementptr %v69[%v3145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3147 = llvm.load %v3146 : !llvm.ptr -> f32
              %v3148 = arith.addf %v3142, %v3147 fastmath<contract> : f32
              %v3149 = arith.muli %v52, %v200 : i64
              %v3150 = arith.muli %v3098, %size_H : i64
              %v3151 = arith.addi %v3149, %v3150 : i64
              %v3152 = arith.addi %v3151, %v50 : i64
              %v3153 = arith.muli %v36, %v3083 : i64
              %v3154 = arith.addi %v3153, %v3152 : i64
              %v3155 = llvm.getelementptr %part_dt[%v3154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3148, %v3155 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3156 = arith.cmpi eq, %v33, %v74 : i64
      scf.if %v3156 {
      }
      %v3157 = arith.cmpi eq, %v38, %v74 : i64
      %v3158 = arith.andi %v42, %v3157 : i1
      scf.if %v3158 {
        %v3159 = llvm.load %v65 : !llvm.ptr -> f32
        %v3160 = arith.addi %v56, %v44 : i64
        %v3161 = llvm.getelementptr %part_A_log[%v3160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3159, %v3161 : f32, !llvm.ptr
      }
      %v3162 = llvm.load %v66 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v3163, %v3164 = gpu.shuffle xor %v3162, %v891, %v385 : f32
      %v3165 = arith.addf %v3162, %v3163 fastmath<contract> : f32
      %v3166, %v3167 = gpu.shuffle xor %v3165, %v895, %v385 : f32
      %v3168 = arith.addf %v3165, %v3166 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v3168, %v66 : f32, !llvm.ptr
      %v3169 = arith.cmpi eq, %v38, %v74 : i64
      %v3170 = arith.andi %v42, %v3169 : i1
      scf.if %v3170 {
        %v3171 = llvm.load %v66 : !llvm.ptr -> f32
        %v3172 = arith.addi %v56, %v44 : i64
        %v3173 = llvm.getelementptr %part_Dskip[%v3172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3171, %v3173 : f32, !llvm.ptr
      }
      %v3174 = arith.cmpi eq, %v38, %v74 : i64
      %v3175 = arith.andi %v42, %v3174 : i1
      scf.if %v3175 {
        %v3176 = llvm.load %v67 : !llvm.ptr -> f32
        %v3177 = arith.addi %v56, %v44 : i64
        %v3178 = llvm.getelementptr %part_dt_bias[%v3177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3176, %v3178 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
