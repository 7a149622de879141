module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_bimamba_reverse_bwd_seg_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_bimamba_reverse_bwd_seg_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_seg_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_seg_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @bimamba_reverse_bwd_seg(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %part_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
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
      %v31 = arith.constant 8 : i64
      %v46 = arith.constant 4 : i64
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.mlir.addressof @tile_bimamba_reverse_bwd_seg_Bm : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @tile_bimamba_reverse_bwd_seg_Cm : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_seg_Bm : !llvm.ptr<3>
      %v65 = llvm.addrspacecast %v64 : !llvm.ptr<3> to !llvm.ptr
      %v66 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_seg_Cm : !llvm.ptr<3>
      %v67 = llvm.addrspacecast %v66 : !llvm.ptr<3> to !llvm.ptr
      %v68 = arith.constant 0x00000000 : f32
      %v69 = arith.constant 0x3F800000 : f32
      %v70 = arith.constant 0 : i64
      %v116 = arith.muli %v2, %v1 : i64
      %v117 = arith.muli %v116, %size_D : i64
      %v160 = arith.constant 64 : i64
      %v161 = arith.constant 7 : i64
      %v218 = arith.constant 1024 : i64
      %v230 = arith.muli %v2, %size_L : i64
      %v231 = arith.muli %v230, %v1 : i64
      %v235 = arith.subi %size_L, %v2 : i64
      %v241 = arith.constant 65 : i64
      %v267 = arith.muli %v2, %size_B : i64
      %v268 = arith.muli %v267, %size_D : i64
      %v269 = arith.muli %v268, %v1 : i64
      %v279 = arith.muli %v2, %size_B : i64
      %v280 = arith.muli %v279, %size_D : i64
      %v281 = arith.muli %v280, %v1 : i64
      %v321 = arith.muli %v2, %size_L : i64
      %v322 = arith.muli %v321, %size_D : i64
      %v338 = arith.constant 0x3FB8AA3B : f32
      %v343 = arith.constant 0x3F317218 : f32
      %v345 = arith.constant 0x3E124925 : f32
      %v347 = arith.constant 0xBE2AAAAB : f32
      %v350 = arith.constant 0x3E4CCCCD : f32
      %v353 = arith.constant 0xBE800000 : f32
      %v356 = arith.constant 0x3EAAAAAB : f32
      %v359 = arith.constant 0xBF000000 : f32
      %v365 = arith.constant 0x3D800000 : f32
      %v385 = arith.constant 32 : i32
      %v393 = arith.muli %v2, %v1 : i64
      %v432 = arith.constant 3 : i64
      %v636 = arith.constant 2 : i64
      %v766 = arith.constant 5 : i64
      %v810 = arith.constant 6 : i64
      %v897 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v898 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v899 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v1008 = arith.constant 8 : i32
      %v1012 = arith.constant 16 : i32
      %v1022 = arith.constant 33 : i64
      %v1294 = arith.constant 1 : i32
      %v1697 = arith.constant 2 : i32
      %v2512 = arith.constant 4 : i32
      %v2608 = arith.muli %v2, %size_B : i64
      %v2609 = arith.muli %v2608, %v1 : i64
      %v2610 = arith.muli %v2609, %size_L : i64
      %v2611 = arith.constant 512 : i64
      %v2698 = arith.muli %v2, %size_B : i64
      %v2699 = arith.muli %v2698, %v1 : i64
      %v2700 = arith.muli %v2699, %size_L : i64
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v20 = arith.subi %v19, %v2 : i64
      %v21 = arith.addi %size_D, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.maxsi %v22, %v2 : i64
      %v24 = arith.maxsi %size_D, %v2 : i64
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
      %v36 = arith.cmpi slt, %v35, %size_D : i64
      %v37 = arith.muli %v29, %size_D : i64
      %v38 = arith.addi %v37, %v35 : i64
      %v39 = arith.subi %size_D, %v2 : i64
      %v40 = arith.minsi %v35, %v39 : i64
      %v41 = arith.addi %v37, %v40 : i64
      %v42 = arith.remui %v41, %size_D : i64
      %v43 = arith.divui %v41, %size_D : i64
      %v44 = arith.remui %v43, %size_B : i64
      %v45 = arith.divui %v43, %size_B : i64
      %v165 = arith.trunci %v17 : i64 to i32
      %v166 = arith.constant 24 : i32
      %v167 = arith.andi %v165, %v166 : i32
      %v168 = arith.constant 0 : i32
      %v169 = arith.ori %v167, %v168 : i32
      %v170 = arith.constant 0 : i64
      %v171 = arith.cmpi eq, %v32, %v170 : i64
      %v172 = arith.constant 1 : i32
      %v173 = arith.ori %v167, %v172 : i32
      %v174 = arith.constant 1 : i64
      %v175 = arith.cmpi eq, %v32, %v174 : i64
      %v176 = arith.constant 2 : i32
      %v177 = arith.ori %v167, %v176 : i32
      %v178 = arith.constant 2 : i64
      %v179 = arith.cmpi eq, %v32, %v178 : i64
      %v180 = arith.constant 3 : i32
      %v181 = arith.ori %v167, %v180 : i32
      %v182 = arith.constant 3 : i64
      %v183 = arith.cmpi eq, %v32, %v182 : i64
      %v184 = arith.constant 4 : i32
      %v185 = arith.ori %v167, %v184 : i32
      %v186 = arith.constant 4 : i64
      %v187 = arith.cmpi eq, %v32, %v186 : i64
      %v188 = arith.constant 5 : i32
      %v189 = arith.ori %v167, %v188 : i32
      %v190 = arith.constant 5 : i64
      %v191 = arith.cmpi eq, %v32, %v190 : i64
      %v192 = arith.constant 6 : i32
      %v193 = arith.ori %v167, %v192 : i32
      %v194 = arith.constant 6 : i64
      %v195 = arith.cmpi eq, %v32, %v194 : i64
      %v196 = arith.constant 7 : i32
      %v197 = arith.ori %v167, %v196 : i32
      %v198 = arith.constant 7 : i64
      %v199 = arith.cmpi eq, %v32, %v198 : i64
      %v47 = arith.muli %v27, %v46 : i64
      %v48 = arith.addi %v47, %v46 : i64
      %v49 = arith.muli %v27, %v4 : i64
      llvm.store %v68, %v50 : f32, !llvm.ptr
      llvm.store %v68, %v51 : f32, !llvm.ptr
      llvm.store %v69, %v52 : f32, !llvm.ptr
      llvm.store %v69, %v53 : f32, !llvm.ptr
      llvm.store %v68, %v54 : f32, !llvm.ptr
      llvm.store %v68, %v55 : f32, !llvm.ptr
      llvm.store %v68, %v56 : f32, !llvm.ptr
      llvm.store %v68, %v57 : f32, !llvm.ptr
      llvm.store %v68, %v58 : f32, !llvm.ptr
      llvm.store %v68, %v59 : f32, !llvm.ptr
      %v71 = arith.addi %v70, %v32 : i64
      %v72 = arith.muli %v70, %v8 : i64
      %v73 = arith.addi %v72, %v27 : i64
      %v74 = arith.muli %v73, %v1 : i64
      %v75 = arith.addi %v74, %v71 : i64
      %v76 = arith.muli %v75, %v4 : i64
      %v77 = arith.subi %v4, %v2 : i64
      %v78 = arith.minsi %v38, %v77 : i64
      %v79 = arith.addi %v76, %v78 : i64
      %v80 = llvm.getelementptr %segcarry_h[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      llvm.store %v81, %v50 : f32, !llvm.ptr
      %v82 = arith.addi %v70, %v32 : i64
      %v83 = arith.muli %v2, %v8 : i64
      %v84 = arith.addi %v83, %v27 : i64
      %v85 = arith.muli %v84, %v1 : i64
      %v86 = arith.addi %v85, %v82 : i64
      %v87 = arith.muli %v86, %v4 : i64
      %v88 = arith.subi %v4, %v2 : i64
      %v89 = arith.minsi %v38, %v88 : i64
      %v90 = arith.addi %v87, %v89 : i64
      %v91 = llvm.getelementptr %segcarry_h[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v92 = llvm.load %v91 : !llvm.ptr -> f32
      llvm.store %v92, %v52 : f32, !llvm.ptr
      %v93 = arith.addi %v31, %v32 : i64
      %v94 = arith.muli %v70, %v8 : i64
      %v95 = arith.addi %v94, %v27 : i64
      %v96 = arith.muli %v95, %v1 : i64
      %v97 = arith.addi %v96, %v93 : i64
      %v98 = arith.muli %v97, %v4 : i64
      %v99 = arith.subi %v4, %v2 : i64
      %v100 = arith.minsi %v38, %v99 : i64
      %v101 = arith.addi %v98, %v100 : i64
      %v102 = llvm.getelementptr %segcarry_h[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v103 = llvm.load %v102 : !llvm.ptr -> f32
      llvm.store %v103, %v51 : f32, !llvm.ptr
      %v104 = arith.addi %v31, %v32 : i64
      %v105 = arith.muli %v2, %v8 : i64
      %v106 = arith.addi %v105, %v27 : i64
      %v107 = arith.muli %v106, %v1 : i64
      %v108 = arith.addi %v107, %v104 : i64
      %v109 = arith.muli %v108, %v4 : i64
      %v110 = arith.subi %v4, %v2 : i64
      %v111 = arith.minsi %v38, %v110 : i64
      %v112 = arith.addi %v109, %v111 : i64
      %v113 = llvm.getelementptr %segcarry_h[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v114 = llvm.load %v113 : !llvm.ptr -> f32
      llvm.store %v114, %v53 : f32, !llvm.ptr
      %v115 = arith.cmpi eq, %size_L, %v70 : i64
      scf.if %v115 {
        %v118 = arith.muli %v44, %v117 : i64
        %v119 = arith.muli %v42, %v116 : i64
        %v120 = arith.addi %v118, %v119 : i64
        %v121 = arith.muli %v32, %v2 : i64
        %v122 = arith.addi %v120, %v121 : i64
        %v123 = llvm.mlir.zero : !llvm.ptr
        %v124 = llvm.icmp "ne" %in_h0, %v123 : !llvm.ptr
        %v125 = scf.if %v124 -> (f32) {
          %v126 = llvm.getelementptr %in_h0[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          scf.yield %v127 : f32
        } else {
          scf.yield %v68 : f32
        }
        llvm.store %v125, %v13 : f32, !llvm.ptr
        %v128 = arith.muli %v44, %v117 : i64
        %v129 = arith.muli %v42, %v116 : i64
        %v130 = arith.addi %v128, %v129 : i64
        %v131 = arith.constant 8 : i64
        %v132 = arith.addi %v131, %v32 : i64
        %v133 = arith.muli %v132, %v2 : i64
        %v134 = arith.addi %v130, %v133 : i64
        %v135 = llvm.mlir.zero : !llvm.ptr
        %v136 = llvm.icmp "ne" %in_h0, %v135 : !llvm.ptr
        %v137 = scf.if %v136 -> (f32) {
          %v138 = llvm.getelementptr %in_h0[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 : !llvm.ptr -> f32
          scf.yield %v139 : f32
        } else {
          scf.yield %v68 : f32
        }
        llvm.store %v137, %v14 : f32, !llvm.ptr
        %v140 = arith.muli %v44, %v117 : i64
        %v141 = arith.muli %v42, %v116 : i64
        %v142 = arith.addi %v140, %v141 : i64
        %v143 = arith.muli %v32, %v2 : i64
        %v144 = arith.addi %v142, %v143 : i64
        %v145 = llvm.getelementptr %dy_h_first[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v146 = llvm.load %v145 : !llvm.ptr -> f32
        %v147 = llvm.load %v50 : !llvm.ptr -> f32
        %v148 = arith.addf %v147, %v146 fastmath<contract> : f32
        llvm.store %v148, %v50 : f32, !llvm.ptr
        %v149 = arith.muli %v44, %v117 : i64
        %v150 = arith.muli %v42, %v116 : i64
        %v151 = arith.addi %v149, %v150 : i64
        %v152 = arith.constant 8 : i64
        %v153 = arith.addi %v152, %v32 : i64
        %v154 = arith.muli %v153, %v2 : i64
        %v155 = arith.addi %v151, %v154 : i64
        %v156 = llvm.getelementptr %dy_h_first[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v157 = llvm.load %v156 : !llvm.ptr -> f32
        %v158 = llvm.load %v51 : !llvm.ptr -> f32
        %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
        llvm.store %v159, %v51 : f32, !llvm.ptr
      }
      %v162 = arith.subi %v160, %v2 : i64
      %v163 = arith.addi %size_L, %v162 : i64
      %v164 = arith.divui %v163, %v160 : i64
      %v200 = arith.minsi %v48, %v164 : i64
      %v201 = arith.muli %v27, %v31 : i64
      %v202 = arith.subi %v200, %v47 : i64
      %v203 = arith.maxsi %v202, %v70 : i64
      %v204 = arith.index_cast %v70 : i64 to index
      %v205 = arith.index_cast %v203 : i64 to index
      %v206 = arith.index_cast %v2 : i64 to index
      scf.for %v207 = %v204 to %v205 step %v206 {
        %v208 = arith.index_cast %v207 : index to i64
        %v209 = arith.subi %v200, %v2 : i64
        %v210 = arith.subi %v209, %v208 : i64
        %v211 = arith.muli %v210, %v160 : i64
        %v212 = arith.subi %size_L, %v211 : i64
        %v213 = arith.minsi %v212, %v160 : i64
        %v214 = arith.subi %v213, %v2 : i64
        %v215 = arith.addi %v213, %v161 : i64
        %v216 = arith.divui %v215, %v31 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v217 = arith.subi %size_L, %v2 : i64
        %v219 = arith.index_cast %v17 : i64 to index
        %v220 = arith.index_cast %v218 : i64 to index
        %v221 = arith.index_cast %v7 : i64 to index
        scf.for %v222 = %v219 to %v220 step %v221 {
          %v223 = arith.index_cast %v222 : index to i64
          %v224 = arith.remui %v223, %v160 : i64
          %v225 = arith.divui %v223, %v160 : i64
          %v226 = arith.addi %v211, %v224 : i64
          %v227 = arith.minsi %v226, %v217 : i64
          %v228 = arith.remui %v225, %v1 : i64
          %v229 = arith.divui %v225, %v1 : i64
          %v232 = arith.muli %v44, %v231 : i64
          %v233 = arith.muli %v228, %v230 : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v236 = arith.subi %v235, %v227 : i64
          %v237 = arith.muli %v236, %v2 : i64
          %v238 = arith.addi %v234, %v237 : i64
          %v239 = llvm.getelementptr %in_Bm[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          %v242 = arith.muli %v225, %v241 : i64
          %v243 = arith.addi %v242, %v224 : i64
          %v244 = llvm.getelementptr %v65[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v240, %v244 : f32, !llvm.ptr
        }
        %v245 = arith.index_cast %v17 : i64 to index
        %v246 = arith.index_cast %v218 : i64 to index
        %v247 = arith.index_cast %v7 : i64 to index
        scf.for %v248 = %v245 to %v246 step %v247 {
          %v249 = arith.index_cast %v248 : index to i64
          %v250 = arith.remui %v249, %v160 : i64
          %v251 = arith.divui %v249, %v160 : i64
          %v252 = arith.addi %v211, %v250 : i64
          %v253 = arith.minsi %v252, %v217 : i64
          %v254 = arith.remui %v251, %v1 : i64
          %v255 = arith.divui %v251, %v1 : i64
          %v256 = arith.muli %v44, %v231 : i64
          %v257 = arith.muli %v254, %v230 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = arith.subi %v235, %v253 : i64
          %v260 = arith.muli %v259, %v2 : i64
          %v261 = arith.addi %v258, %v260 : i64
          %v262 = llvm.getelementptr %in_Cm[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v263 = llvm.load %v262 : !llvm.ptr -> f32
          %v264 = arith.muli %v251, %v241 : i64
          %v265 = arith.addi %v264, %v250 : i64
          %v266 = llvm.getelementptr %v67[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v263, %v266 : f32, !llvm.ptr
        }
        gpu.barrier
        %v270 = arith.muli %v210, %v269 : i64
        %v271 = arith.muli %v44, %v117 : i64
        %v272 = arith.muli %v42, %v116 : i64
        %v273 = arith.addi %v271, %v272 : i64
        %v274 = arith.muli %v32, %v2 : i64
        %v275 = arith.addi %v273, %v274 : i64
        %v276 = arith.addi %v270, %v275 : i64
        %v277 = llvm.getelementptr %ckpt_h[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v278 = llvm.load %v277 : !llvm.ptr -> f32
        llvm.store %v278, %v11 : f32, !llvm.ptr
        %v282 = arith.muli %v210, %v281 : i64
        %v283 = arith.muli %v44, %v117 : i64
        %v284 = arith.muli %v42, %v116 : i64
        %v285 = arith.addi %v283, %v284 : i64
        %v286 = arith.constant 8 : i64
        %v287 = arith.addi %v286, %v32 : i64
        %v288 = arith.muli %v287, %v2 : i64
        %v289 = arith.addi %v285, %v288 : i64
        %v290 = arith.addi %v282, %v289 : i64
        %v291 = llvm.getelementptr %ckpt_h[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v292 = llvm.load %v291 : !llvm.ptr -> f32
        llvm.store %v292, %v12 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v293 = arith.index_cast %v70 : i64 to index
        %v294 = arith.index_cast %v216 : i64 to index
        %v295 = arith.index_cast %v2 : i64 to index
        scf.for %v296 = %v293 to %v294 step %v295 {
          %v297 = arith.index_cast %v296 : index to i64
          %v298 = arith.addi %v201, %v297 : i64
          scf.if %v36 {
            %v299 = llvm.load %v11 : !llvm.ptr -> f32
            %v300 = arith.muli %v298, %v4 : i64
            %v301 = arith.subi %v4, %v2 : i64
            %v302 = arith.minsi %v38, %v301 : i64
            %v303 = arith.addi %v300, %v302 : i64
            %v304 = arith.muli %v303, %v1 : i64
            %v305 = arith.addi %v304, %v70 : i64
            %v306 = arith.addi %v305, %v32 : i64
            %v307 = llvm.getelementptr %scratch_h[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v299, %v307 : f32, !llvm.ptr
            %v308 = llvm.load %v12 : !llvm.ptr -> f32
            %v309 = arith.muli %v298, %v4 : i64
            %v310 = arith.subi %v4, %v2 : i64
            %v311 = arith.minsi %v38, %v310 : i64
            %v312 = arith.addi %v309, %v311 : i64
            %v313 = arith.muli %v312, %v1 : i64
            %v314 = arith.addi %v313, %v31 : i64
            %v315 = arith.addi %v314, %v32 : i64
            %v316 = llvm.getelementptr %scratch_h[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v308, %v316 : f32, !llvm.ptr
          }
          %v317 = arith.muli %v297, %v31 : i64
          %v318 = arith.addi %v317, %v32 : i64
          %v319 = arith.minsi %v318, %v214 : i64
          %v320 = arith.addi %v211, %v319 : i64
          %v323 = arith.muli %v44, %v322 : i64
          %v324 = arith.muli %v42, %v321 : i64
          %v325 = arith.addi %v323, %v324 : i64
          %v326 = arith.subi %v235, %v320 : i64
          %v327 = arith.muli %v326, %v2 : i64
          %v328 = arith.addi %v325, %v327 : i64
          %v329 = llvm.getelementptr %in_delta[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v330 = llvm.load %v329 : !llvm.ptr -> f32
          %v331 = arith.muli %v42, %v2 : i64
          %v332 = llvm.getelementptr %in_dt_bias[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v333 = llvm.load %v332 : !llvm.ptr -> f32
          %v334 = arith.addf %v330, %v333 fastmath<contract> : f32
          %v335 = arith.maximumf %v334, %v68 : f32
          %v336 = llvm.call_intrinsic "llvm.fabs.f32"(%v334) : (f32) -> f32
          %v337 = arith.negf %v336 : f32
          %v339 = arith.mulf %v337, %v338 fastmath<contract> : f32
          %v340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v339) : (f32) -> f32
          %v341 = arith.addf %v69, %v340 fastmath<contract> : f32
          %v342 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v341) : (f32) -> f32
          %v344 = arith.mulf %v342, %v343 fastmath<contract> : f32
          %v346 = arith.mulf %v345, %v340 fastmath<contract> : f32
          %v348 = arith.addf %v346, %v347 fastmath<contract> : f32
          %v349 = arith.mulf %v348, %v340 fastmath<contract> : f32
          %v351 = arith.addf %v349, %v350 fastmath<contract> : f32
          %v352 = arith.mulf %v351, %v340 fastmath<contract> : f32
          %v354 = arith.addf %v352, %v353 fastmath<contract> : f32
          %v355 = arith.mulf %v354, %v340 fastmath<contract> : f32
          %v357 = arith.addf %v355, %v356 fastmath<contract> : f32
          %v358 = arith.mulf %v357, %v340 fastmath<contract> : f32
          %v360 = arith.addf %v358, %v359 fastmath<contract> : f32
          %v361 = arith.mulf %v360, %v340 fastmath<contract> : f32
          %v362 = arith.addf %v361, %v69 fastmath<contract> : f32
          %v363 = arith.mulf %v362, %v340 fastmath<contract> : f32
          %v364 = llvm.call_intrinsic "llvm.fabs.f32"(%v340) : (f32) -> f32
          %v366 = arith.cmpf olt, %v364, %v365 : f32
          %v367 = arith.select %v366, %v363, %v344 : f32
          %v368 = arith.addf %v335, %v367 fastmath<contract> : f32
          %v369 = arith.muli %v44, %v322 : i64
          %v370 = arith.muli %v42, %v321 : i64
          %v371 = arith.addi %v369, %v370 : i64
          %v372 = arith.subi %v235, %v320 : i64
          %v373 = arith.muli %v372, %v2 : i64
          %v374 = arith.addi %v371, %v373 : i64
          %v375 = llvm.getelementptr %in_u[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v376 = llvm.load %v375 : !llvm.ptr -> f32
          %v377 = arith.mulf %v368, %v376 fastmath<contract> : f32
          %v378 = arith.index_cast %v70 : i64 to index
          %v379 = arith.index_cast %v31 : i64 to index
          %v380 = arith.index_cast %v2 : i64 to index
          scf.for %v381 = %v378 to %v379 step %v380 {
            %v382 = arith.index_cast %v381 : index to i64
            %v383 = arith.trunci %v382 : i64 to i32
            %v384 = arith.ori %v169, %v383 : i32
            %v386, %v387 = gpu.shuffle idx %v368, %v384, %v385 : f32
            %v388, %v389 = gpu.shuffle idx %v377, %v384, %v385 : f32
            %v390 = arith.addi %v317, %v382 : i64
            %v391 = arith.cmpi slt, %v390, %v213 : i64
            scf.if %v391 {
              %v392 = arith.addi %v211, %v390 : i64
              %v394 = arith.muli %v42, %v393 : i64
              %v395 = arith.muli %v32, %v2 : i64
              %v396 = arith.addi %v394, %v395 : i64
              %v397 = llvm.getelementptr %in_A[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v398 = llvm.load %v397 : !llvm.ptr -> f32
              %v399 = arith.mulf %v386, %v398 fastmath<contract> : f32
              %v400 = arith.mulf %v399, %v338 fastmath<contract> : f32
              %v401 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v400) : (f32) -> f32
              %v402 = arith.muli %v32, %v241 : i64
              %v403 = arith.subi %v392, %v211 : i64
              %v404 = arith.addi %v402, %v403 : i64
              %v405 = llvm.getelementptr %v65[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v406 = llvm.load %v405 : !llvm.ptr -> f32
              %v407 = arith.mulf %v406, %v388 fastmath<contract> : f32
              %v408 = llvm.load %v11 : !llvm.ptr -> f32
              %v409 = arith.mulf %v401, %v408 fastmath<contract> : f32
              %v410 = arith.addf %v409, %v407 fastmath<contract> : f32
              llvm.store %v410, %v11 : f32, !llvm.ptr
              %v411 = arith.muli %v42, %v393 : i64
              %v412 = arith.constant 8 : i64
              %v413 = arith.addi %v412, %v32 : i64
              %v414 = arith.muli %v413, %v2 : i64
              %v415 = arith.addi %v411, %v414 : i64
              %v416 = llvm.getelementptr %in_A[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v417 = llvm.load %v416 : !llvm.ptr -> f32
              %v418 = arith.mulf %v386, %v417 fastmath<contract> : f32
              %v419 = arith.mulf %v418, %v338 fastmath<contract> : f32
              %v420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v419) : (f32) -> f32
              %v421 = arith.constant 8 : i64
              %v422 = arith.addi %v421, %v32 : i64
              %v423 = arith.muli %v422, %v241 : i64
              %v424 = arith.subi %v392, %v211 : i64
              %v425 = arith.addi %v423, %v424 : i64
              %v426 = llvm.getelementptr %v65[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v427 = llvm.load %v426 : !llvm.ptr -> f32
              %v428 = arith.mulf %v427, %v388 fastmath<contract> : f32
              %v429 = llvm.load %v12 : !llvm.ptr -> f32
              %v430 = arith.mulf %v420, %v429 fastmath<contract> : f32
              %v431 = arith.addf %v430, %v428 fastmath<contract> : f32
              llvm.store %v431, %v12 : f32, !llvm.ptr
            }
          }
        }
        %v433 = arith.addi %v216, %v432 : i64
        %v434 = arith.divui %v433, %v46 : i64
        %v435 = arith.index_cast %v70 : i64 to index
        %v436 = arith.index_cast %v434 : i64 to index
        %v437 = arith.index_cast %v2 : i64 to index
        scf.for %v438 = %v435 to %v436 step %v437 {
          %v439 = arith.index_cast %v438 : index to i64
          %v440 = arith.muli %v439, %v46 : i64
          %v441 = arith.addi %v440, %v46 : i64
          %v442 = arith.index_cast %v440 : i64 to index
          %v443 = arith.index_cast %v441 : i64 to index
          %v444 = arith.index_cast %v2 : i64 to index
          scf.for %v445 = %v442 to %v443 step %v444 {
            %v446 = arith.index_cast %v445 : index to i64
            %v447 = arith.cmpi slt, %v446, %v216 : i64
            scf.if %v447 {
              %v448 = arith.subi %v216, %v2 : i64
              %v449 = arith.subi %v448, %v446 : i64
              %v450 = arith.muli %v449, %v31 : i64
              %v451 = arith.remui %v446, %v46 : i64
              %v452 = arith.muli %v451, %v31 : i64
              %v453 = arith.addi %v201, %v449 : i64
              %v454 = arith.subi %v213, %v2 : i64
              %v455 = arith.muli %v453, %v4 : i64
              %v456 = arith.subi %v4, %v2 : i64
              %v457 = arith.minsi %v38, %v456 : i64
              %v458 = arith.addi %v455, %v457 : i64
              %v459 = arith.muli %v458, %v1 : i64
              %v460 = arith.addi %v459, %v70 : i64
              %v461 = arith.addi %v460, %v32 : i64
              %v462 = llvm.getelementptr %scratch_h[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v463 = llvm.load %v462 : !llvm.ptr -> f32
              %v464 = arith.muli %v453, %v4 : i64
              %v465 = arith.subi %v4, %v2 : i64
              %v466 = arith.minsi %v38, %v465 : i64
              %v467 = arith.addi %v464, %v466 : i64
              %v468 = arith.muli %v467, %v1 : i64
              %v469 = arith.addi %v468, %v31 : i64
              %v470 = arith.addi %v469, %v32 : i64
              %v471 = llvm.getelementptr %scratch_h[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v472 = llvm.load %v471 : !llvm.ptr -> f32
              %v473 = arith.addi %v450, %v32 : i64
              %v474 = arith.minsi %v473, %v454 : i64
              %v475 = arith.addi %v211, %v474 : i64
              %v476 = arith.muli %v44, %v322 : i64
              %v477 = arith.muli %v42, %v321 : i64
              %v478 = arith.addi %v476, %v477 : i64
              %v479 = arith.subi %v235, %v475 : i64
              %v480 = arith.muli %v479, %v2 : i64
              %v481 = arith.addi %v478, %v480 : i64
              %v482 = llvm.getelementptr %in_delta[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v483 = llvm.load %v482 : !llvm.ptr -> f32
              %v484 = arith.muli %v42, %v2 : i64
              %v485 = llvm.getelementptr %in_dt_bias[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v486 = llvm.load %v485 : !llvm.ptr -> f32
              %v487 = arith.addf %v483, %v486 fastmath<contract> : f32
              %v488 = arith.maximumf %v487, %v68 : f32
              %v489 = llvm.call_intrinsic "llvm.fabs.f32"(%v487) : (f32) -> f32
              %v490 = arith.negf %v489 : f32
              %v491 = arith.mulf %v490, %v338 fastmath<contract> : f32
              %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
              %v493 = arith.addf %v69, %v492 fastmath<contract> : f32
              %v494 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v493) : (f32) -> f32
              %v495 = arith.mulf %v494, %v343 fastmath<contract> : f32
              %v496 = arith.mulf %v345, %v492 fastmath<contract> : f32
              %v497 = arith.addf %v496, %v347 fastmath<contract> : f32
              %v498 = arith.mulf %v497, %v492 fastmath<contract> : f32
              %v499 = arith.addf %v498, %v350 fastmath<contract> : f32
              %v500 = arith.mulf %v499, %v492 fastmath<contract> : f32
              %v501 = arith.addf %v500, %v353 fastmath<contract> : f32
              %v502 = arith.mulf %v501, %v492 fastmath<contract> : f32
              %v503 = arith.addf %v502, %v356 fastmath<contract> : f32
              %v504 = arith.mulf %v503, %v492 fastmath<contract> : f32
              %v505 = arith.addf %v504, %v359 fastmath<contract> : f32
              %v506 = arith.mulf %v505, %v492 fastmath<contract> : f32
              %v507 = arith.addf %v506, %v69 fastmath<contract> : f32
              %v508 = arith.mulf %v507, %v492 fastmath<contract> : f32
              %v509 = llvm.call_intrinsic "llvm.fabs.f32"(%v492) : (f32) -> f32
              %v510 = arith.cmpf olt, %v509, %v365 : f32
              %v511 = arith.select %v510, %v508, %v495 : f32
              %v512 = arith.addf %v488, %v511 fastmath<contract> : f32
              %v513 = arith.muli %v44, %v322 : i64
              %v514 = arith.muli %v42, %v321 : i64
              %v515 = arith.addi %v513, %v514 : i64
              %v516 = arith.subi %v235, %v475 : i64
              %v517 = arith.muli %v516, %v2 : i64
              %v518 = arith.addi %v515, %v517 : i64
              %v519 = llvm.getelementptr %in_u[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v520 = llvm.load %v519 : !llvm.ptr -> f32
              %v521 = arith.mulf %v512, %v520 fastmath<contract> : f32
              %v522 = arith.muli %v44, %v322 : i64
              %v523 = arith.muli %v42, %v321 : i64
              %v524 = arith.addi %v522, %v523 : i64
              %v525 = arith.subi %v235, %v475 : i64
              %v526 = arith.muli %v525, %v2 : i64
              %v527 = arith.addi %v524, %v526 : i64
              %v528 = llvm.getelementptr %in_z[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v529 = llvm.load %v528 : !llvm.ptr -> f32
              %v530 = arith.negf %v529 : f32
              %v531 = arith.mulf %v530, %v338 fastmath<contract> : f32
              %v532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v531) : (f32) -> f32
              %v533 = arith.addf %v69, %v532 fastmath<contract> : f32
              %v534 = arith.divf %v69, %v533 : f32
              %v535 = arith.mulf %v529, %v534 fastmath<contract> : f32
              %v536 = arith.negf %v529 : f32
              %v537 = arith.mulf %v536, %v338 fastmath<contract> : f32
              %v538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v537) : (f32) -> f32
              %v539 = arith.addf %v69, %v538 fastmath<contract> : f32
              %v540 = arith.divf %v69, %v539 : f32
              %v541 = arith.subf %v69, %v540 fastmath<contract> : f32
              %v542 = arith.mulf %v529, %v541 fastmath<contract> : f32
              %v543 = arith.addf %v69, %v542 fastmath<contract> : f32
              %v544 = arith.mulf %v540, %v543 fastmath<contract> : f32
              %v545 = arith.negf %v487 : f32
              %v546 = arith.mulf %v545, %v338 fastmath<contract> : f32
              %v547 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v546) : (f32) -> f32
              %v548 = arith.addf %v69, %v547 fastmath<contract> : f32
              %v549 = arith.divf %v69, %v548 : f32
              // the group's states, recomputed into registers
              %v550 = arith.addi %v450, %v70 : i64
              %v551 = arith.minsi %v550, %v454 : i64
              %v552 = arith.addi %v211, %v551 : i64
              %v553, %v554 = gpu.shuffle idx %v512, %v169, %v385 : f32
              %v555, %v556 = gpu.shuffle idx %v521, %v169, %v385 : f32
              %v557 = arith.muli %v42, %v393 : i64
              %v558 = arith.muli %v32, %v2 : i64
              %v559 = arith.addi %v557, %v558 : i64
              %v560 = llvm.getelementptr %in_A[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v561 = llvm.load %v560 : !llvm.ptr -> f32
              %v562 = arith.mulf %v553, %v561 fastmath<contract> : f32
              %v563 = arith.mulf %v562, %v338 fastmath<contract> : f32
              %v564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v563) : (f32) -> f32
              %v565 = arith.muli %v32, %v241 : i64
              %v566 = arith.subi %v552, %v211 : i64
              %v567 = arith.addi %v565, %v566 : i64
              %v568 = llvm.getelementptr %v65[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v569 = llvm.load %v568 : !llvm.ptr -> f32
              %v570 = arith.mulf %v569, %v555 fastmath<contract> : f32
              %v571 = arith.mulf %v564, %v463 fastmath<contract> : f32
              %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
              %v573 = arith.muli %v42, %v393 : i64
              %v574 = arith.constant 8 : i64
              %v575 = arith.addi %v574, %v32 : i64
              %v576 = arith.muli %v575, %v2 : i64
              %v577 = arith.addi %v573, %v576 : i64
              %v578 = llvm.getelementptr %in_A[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v579 = llvm.load %v578 : !llvm.ptr -> f32
              %v580 = arith.mulf %v553, %v579 fastmath<contract> : f32
              %v581 = arith.mulf %v580, %v338 fastmath<contract> : f32
              %v582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v581) : (f32) -> f32
              %v583 = arith.constant 8 : i64
              %v584 = arith.addi %v583, %v32 : i64
              %v585 = arith.muli %v584, %v241 : i64
              %v586 = arith.subi %v552, %v211 : i64
              %v587 = arith.addi %v585, %v586 : i64
              %v588 = llvm.getelementptr %v65[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v589 = llvm.load %v588 : !llvm.ptr -> f32
              %v590 = arith.mulf %v589, %v555 fastmath<contract> : f32
              %v591 = arith.mulf %v582, %v472 fastmath<contract> : f32
              %v592 = arith.addf %v591, %v590 fastmath<contract> : f32
              %v593 = arith.addi %v450, %v2 : i64
              %v594 = arith.minsi %v593, %v454 : i64
              %v595 = arith.addi %v211, %v594 : i64
              %v596, %v597 = gpu.shuffle idx %v512, %v173, %v385 : f32
              %v598, %v599 = gpu.shuffle idx %v521, %v173, %v385 : f32
              %v600 = arith.muli %v42, %v393 : i64
              %v601 = arith.muli %v32, %v2 : i64
              %v602 = arith.addi %v600, %v601 : i64
              %v603 = llvm.getelementptr %in_A[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v604 = llvm.load %v603 : !llvm.ptr -> f32
              %v605 = arith.mulf %v596, %v604 fastmath<contract> : f32
              %v606 = arith.mulf %v605, %v338 fastmath<contract> : f32
              %v607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v606) : (f32) -> f32
              %v608 = arith.muli %v32, %v241 : i64
              %v609 = arith.subi %v595, %v211 : i64
              %v610 = arith.addi %v608, %v609 : i64
              %v611 = llvm.getelementptr %v65[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v612 = llvm.load %v611 : !llvm.ptr -> f32
              %v613 = arith.mulf %v612, %v598 fastmath<contract> : f32
              %v614 = arith.mulf %v607, %v572 fastmath<contract> : f32
              %v615 = arith.addf %v614, %v613 fastmath<contract> : f32
              %v616 = arith.muli %v42, %v393 : i64
              %v617 = arith.constant 8 : i64
              %v618 = arith.addi %v617, %v32 : i64
              %v619 = arith.muli %v618, %v2 : i64
              %v620 = arith.addi %v616, %v619 : i64
              %v621 = llvm.getelementptr %in_A[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v622 = llvm.load %v621 : !llvm.ptr -> f32
              %v623 = arith.mulf %v596, %v622 fastmath<contract> : f32
              %v624 = arith.mulf %v623, %v338 fastmath<contract> : f32
              %v625 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v624) : (f32) -> f32
              %v626 = arith.constant 8 : i64
              %v627 = arith.addi %v626, %v32 : i64
              %v628 = arith.muli %v627, %v241 : i64
              %v629 = arith.subi %v595, %v211 : i64
              %v630 = arith.addi %v628, %v629 : i64
              %v631 = llvm.getelementptr %v65[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v632 = llvm.load %v631 : !llvm.ptr -> f32
              %v633 = arith.mulf %v632, %v598 fastmath<contract> : f32
              %v634 = arith.mulf %v625, %v592 fastmath<contract> : f32
              %v635 = arith.addf %v634, %v633 fastmath<contract> : f32
              %v637 = arith.addi %v450, %v636 : i64
              %v638 = arith.minsi %v637, %v454 : i64
              %v639 = arith.addi %v211, %v638 : i64
              %v640, %v641 = gpu.shuffle idx %v512, %v177, %v385 : f32
              %v642, %v643 = gpu.shuffle idx %v521, %v177, %v385 : f32
              %v644 = arith.muli %v42, %v393 : i64
              %v645 = arith.muli %v32, %v2 : i64
              %v646 = arith.addi %v644, %v645 : i64
              %v647 = llvm.getelementptr %in_A[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v648 = llvm.load %v647 : !llvm.ptr -> f32
              %v649 = arith.mulf %v640, %v648 fastmath<contract> : f32
              %v650 = arith.mulf %v649, %v338 fastmath<contract> : f32
              %v651 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v650) : (f32) -> f32
              %v652 = arith.muli %v32, %v241 : i64
              %v653 = arith.subi %v639, %v211 : i64
              %v654 = arith.addi %v652, %v653 : i64
              %v655 = llvm.getelementptr %v65[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v656 = llvm.load %v655 : !llvm.ptr -> f32
              %v657 = arith.mulf %v656, %v642 fastmath<contract> : f32
              %v658 = arith.mulf %v651, %v615 fastmath<contract> : f32
              %v659 = arith.addf %v658, %v657 fastmath<contract> : f32
              %v660 = arith.muli %v42, %v393 : i64
              %v661 = arith.constant 8 : i64
              %v662 = arith.addi %v661, %v32 : i64
              %v663 = arith.muli %v662, %v2 : i64
              %v664 = arith.addi %v660, %v663 : i64
              %v665 = llvm.getelementptr %in_A[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v666 = llvm.load %v665 : !llvm.ptr -> f32
              %v667 = arith.mulf %v640, %v666 fastmath<contract> : f32
              %v668 = arith.mulf %v667, %v338 fastmath<contract> : f32
              %v669 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v668) : (f32) -> f32
              %v670 = arith.constant 8 : i64
              %v671 = arith.addi %v670, %v32 : i64
              %v672 = arith.muli %v671, %v241 : i64
              %v673 = arith.subi %v639, %v211 : i64
              %v674 = arith.addi %v672, %v673 : i64
              %v675 = llvm.getelementptr %v65[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v676 = llvm.load %v675 : !llvm.ptr -> f32
              %v677 = arith.mulf %v676, %v642 fastmath<contract> : f32
              %v678 = arith.mulf %v669, %v635 fastmath<contract> : f32
              %v679 = arith.addf %v678, %v677 fastmath<contract> : f32
              %v680 = arith.addi %v450, %v432 : i64
              %v681 = arith.minsi %v680, %v454 : i64
              %v682 = arith.addi %v211, %v681 : i64
              %v683, %v684 = gpu.shuffle idx %v512, %v181, %v385 : f32
              %v685, %v686 = gpu.shuffle idx %v521, %v181, %v385 : f32
              %v687 = arith.muli %v42, %v393 : i64
              %v688 = arith.muli %v32, %v2 : i64
              %v689 = arith.addi %v687, %v688 : i64
              %v690 = llvm.getelementptr %in_A[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v691 = llvm.load %v690 : !llvm.ptr -> f32
              %v692 = arith.mulf %v683, %v691 fastmath<contract> : f32
              %v693 = arith.mulf %v692, %v338 fastmath<contract> : f32
              %v694 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v693) : (f32) -> f32
              %v695 = arith.muli %v32, %v241 : i64
              %v696 = arith.subi %v682, %v211 : i64
              %v697 = arith.addi %v695, %v696 : i64
              %v698 = llvm.getelementptr %v65[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v699 = llvm.load %v698 : !llvm.ptr -> f32
              %v700 = arith.mulf %v699, %v685 fastmath<contract> : f32
              %v701 = arith.mulf %v694, %v659 fastmath<contract> : f32
              %v702 = arith.addf %v701, %v700 fastmath<contract> : f32
              %v703 = arith.muli %v42, %v393 : i64
              %v704 = arith.constant 8 : i64
              %v705 = arith.addi %v704, %v32 : i64
              %v706 = arith.muli %v705, %v2 : i64
              %v707 = arith.addi %v703, %v706 : i64
              %v708 = llvm.getelementptr %in_A[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v709 = llvm.load %v708 : !llvm.ptr -> f32
              %v710 = arith.mulf %v683, %v709 fastmath<contract> : f32
              %v711 = arith.mulf %v710, %v338 fastmath<contract> : f32
              %v712 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v711) : (f32) -> f32
              %v713 = arith.constant 8 : i64
              %v714 = arith.addi %v713, %v32 : i64
              %v715 = arith.muli %v714, %v241 : i64
              %v716 = arith.subi %v682, %v211 : i64
              %v717 = arith.addi %v715, %v716 : i64
              %v718 = llvm.getelementptr %v65[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v719 = llvm.load %v718 : !llvm.ptr -> f32
              %v720 = arith.mulf %v719, %v685 fastmath<contract> : f32
              %v721 = arith.mulf %v712, %v679 fastmath<contract> : f32
              %v722 = arith.addf %v721, %v720 fastmath<contract> : f32
              %v723 = arith.addi %v450, %v46 : i64
              %v724 = arith.minsi %v723, %v454 : i64
              %v725 = arith.addi %v211, %v724 : i64
              %v726, %v727 = gpu.shuffle idx %v512, %v185, %v385 : f32
              %v728, %v729 = gpu.shuffle idx %v521, %v185, %v385 : f32
              %v730 = arith.muli %v42, %v393 : i64
              %v731 = arith.muli %v32, %v2 : i64
              %v732 = arith.addi %v730, %v731 : i64
              %v733 = llvm.getelementptr %in_A[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v734 = llvm.load %v733 : !llvm.ptr -> f32
              %v735 = arith.mulf %v726, %v734 fastmath<contract> : f32
              %v736 = arith.mulf %v735, %v338 fastmath<contract> : f32
              %v737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v736) : (f32) -> f32
              %v738 = arith.muli %v32, %v241 : i64
              %v739 = arith.subi %v725, %v211 : i64
              %v740 = arith.addi %v738, %v739 : i64
              %v741 = llvm.getelementptr %v65[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v742 = llvm.load %v741 : !llvm.ptr -> f32
              %v743 = arith.mulf %v742, %v728 fastmath<contract> : f32
              %v744 = arith.mulf %v737, %v702 fastmath<contract> : f32
              %v745 = arith.addf %v744, %v743 fastmath<contract> : f32
              %v746 = arith.muli %v42, %v393 : i64
              %v747 = arith.constant 8 : i64
              %v748 = arith.addi %v747, %v32 : i64
              %v749 = arith.muli %v748, %v2 : i64
              %v750 = arith.addi %v746, %v749 : i64
              %v751 = llvm.getelementptr %in_A[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v752 = llvm.load %v751 : !llvm.ptr -> f32
              %v753 = arith.mulf %v726, %v752 fastmath<contract> : f32
              %v754 = arith.mulf %v753, %v338 fastmath<contract> : f32
              %v755 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v754) : (f32) -> f32
              %v756 = arith.constant 8 : i64
              %v757 = arith.addi %v756, %v32 : i64
              %v758 = arith.muli %v757, %v241 : i64
              %v759 = arith.subi %v725, %v211 : i64
              %v760 = arith.addi %v758, %v759 : i64
              %v761 = llvm.getelementptr %v65[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v762 = llvm.load %v761 : !llvm.ptr -> f32
              %v763 = arith.mulf %v762, %v728 fastmath<contract> : f32
              %v764 = arith.mulf %v755, %v722 fastmath<contract> : f32
              %v765 = arith.addf %v764, %v763 fastmath<contract> : f32
              %v767 = arith.addi %v450, %v766 : i64
              %v768 = arith.minsi %v767, %v454 : i64
              %v769 = arith.addi %v211, %v768 : i64
              %v770, %v771 = gpu.shuffle idx %v512, %v189, %v385 : f32
              %v772, %v773 = gpu.shuffle idx %v521, %v189, %v385 : f32
              %v774 = arith.muli %v42, %v393 : i64
              %v775 = arith.muli %v32, %v2 : i64
              %v776 = arith.addi %v774, %v775 : i64
              %v777 = llvm.getelementptr %in_A[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v778 = llvm.load %v777 : !llvm.ptr -> f32
              %v779 = arith.mulf %v770, %v778 fastmath<contract> : f32
              %v780 = arith.mulf %v779, %v338 fastmath<contract> : f32
              %v781 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v780) : (f32) -> f32
              %v782 = arith.muli %v32, %v241 : i64
              %v783 = arith.subi %v769, %v211 : i64
              %v784 = arith.addi %v782, %v783 : i64
              %v785 = llvm.getelementptr %v65[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v786 = llvm.load %v785 : !llvm.ptr -> f32
              %v787 = arith.mulf %v786, %v772 fastmath<contract> : f32
              %v788 = arith.mulf %v781, %v745 fastmath<contract> : f32
              %v789 = arith.addf %v788, %v787 fastmath<contract> : f32
              %v790 = arith.muli %v42, %v393 : i64
              %v791 = arith.constant 8 : i64
              %v792 = arith.addi %v791, %v32 : i64
              %v793 = arith.muli %v792, %v2 : i64
              %v794 = arith.addi %v790, %v793 : i64
              %v795 = llvm.getelementptr %in_A[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v796 = llvm.load %v795 : !llvm.ptr -> f32
              %v797 = arith.mulf %v770, %v796 fastmath<contract> : f32
              %v798 = arith.mulf %v797, %v338 fastmath<contract> : f32
              %v799 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v798) : (f32) -> f32
              %v800 = arith.constant 8 : i64
              %v801 = arith.addi %v800, %v32 : i64
              %v802 = arith.muli %v801, %v241 : i64
              %v803 = arith.subi %v769, %v211 : i64
              %v804 = arith.addi %v802, %v803 : i64
              %v805 = llvm.getelementptr %v65[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v806 = llvm.load %v805 : !llvm.ptr -> f32
              %v807 = arith.mulf %v806, %v772 fastmath<contract> : f32
              %v808 = arith.mulf %v799, %v765 fastmath<contract> : f32
              %v809 = arith.addf %v808, %v807 fastmath<contract> : f32
              %v811 = arith.addi %v450, %v810 : i64
              %v812 = arith.minsi %v811, %v454 : i64
              %v813 = arith.addi %v211, %v812 : i64
              %v814, %v815 = gpu.shuffle idx %v512, %v193, %v385 : f32
              %v816, %v817 = gpu.shuffle idx %v521, %v193, %v385 : f32
              %v818 = arith.muli %v42, %v393 : i64
              %v819 = arith.muli %v32, %v2 : i64
              %v820 = arith.addi %v818, %v819 : i64
              %v821 = llvm.getelementptr %in_A[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v822 = llvm.load %v821 : !llvm.ptr -> f32
              %v823 = arith.mulf %v814, %v822 fastmath<contract> : f32
              %v824 = arith.mulf %v823, %v338 fastmath<contract> : f32
              %v825 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v824) : (f32) -> f32
              %v826 = arith.muli %v32, %v241 : i64
              %v827 = arith.subi %v813, %v211 : i64
              %v828 = arith.addi %v826, %v827 : i64
              %v829 = llvm.getelementptr %v65[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v830 = llvm.load %v829 : !llvm.ptr -> f32
              %v831 = arith.mulf %v830, %v816 fastmath<contract> : f32
              %v832 = arith.mulf %v825, %v789 fastmath<contract> : f32
              %v833 = arith.addf %v832, %v831 fastmath<contract> : f32
              %v834 = arith.muli %v42, %v393 : i64
              %v835 = arith.constant 8 : i64
              %v836 = arith.addi %v835, %v32 : i64
              %v837 = arith.muli %v836, %v2 : i64
              %v838 = arith.addi %v834, %v837 : i64
              %v839 = llvm.getelementptr %in_A[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v840 = llvm.load %v839 : !llvm.ptr -> f32
              %v841 = arith.mulf %v814, %v840 fastmath<contract> : f32
              %v842 = arith.mulf %v841, %v338 fastmath<contract> : f32
              %v843 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v842) : (f32) -> f32
              %v844 = arith.constant 8 : i64
              %v845 = arith.addi %v844, %v32 : i64
              %v846 = arith.muli %v845, %v241 : i64
              %v847 = arith.subi %v813, %v211 : i64
              %v848 = arith.addi %v846, %v847 : i64
              %v849 = llvm.getelementptr %v65[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v850 = llvm.load %v849 : !llvm.ptr -> f32
              %v851 = arith.mulf %v850, %v816 fastmath<contract> : f32
              %v852 = arith.mulf %v843, %v809 fastmath<contract> : f32
              %v853 = arith.addf %v852, %v851 fastmath<contract> : f32
              %v854 = arith.addi %v450, %v161 : i64
              %v855 = arith.minsi %v854, %v454 : i64
              %v856 = arith.addi %v211, %v855 : i64
              %v857, %v858 = gpu.shuffle idx %v512, %v197, %v385 : f32
              %v859, %v860 = gpu.shuffle idx %v521, %v197, %v385 : f32
              %v861 = arith.muli %v42, %v393 : i64
              %v862 = arith.muli %v32, %v2 : i64
              %v863 = arith.addi %v861, %v862 : i64
              %v864 = llvm.getelementptr %in_A[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v865 = llvm.load %v864 : !llvm.ptr -> f32
              %v866 = arith.mulf %v857, %v865 fastmath<contract> : f32
              %v867 = arith.mulf %v866, %v338 fastmath<contract> : f32
              %v868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v867) : (f32) -> f32
              %v869 = arith.muli %v32, %v241 : i64
              %v870 = arith.subi %v856, %v211 : i64
              %v871 = arith.addi %v869, %v870 : i64
              %v872 = llvm.getelementptr %v65[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v873 = llvm.load %v872 : !llvm.ptr -> f32
              %v874 = arith.mulf %v873, %v859 fastmath<contract> : f32
              %v875 = arith.mulf %v868, %v833 fastmath<contract> : f32
              %v876 = arith.addf %v875, %v874 fastmath<contract> : f32
              %v877 = arith.muli %v42, %v393 : i64
              %v878 = arith.constant 8 : i64
              %v879 = arith.addi %v878, %v32 : i64
              %v880 = arith.muli %v879, %v2 : i64
              %v881 = arith.addi %v877, %v880 : i64
              %v882 = llvm.getelementptr %in_A[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v883 = llvm.load %v882 : !llvm.ptr -> f32
              %v884 = arith.mulf %v857, %v883 fastmath<contract> : f32
              %v885 = arith.mulf %v884, %v338 fastmath<contract> : f32
              %v886 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v885) : (f32) -> f32
              %v887 = arith.constant 8 : i64
              %v888 = arith.addi %v887, %v32 : i64
              %v889 = arith.muli %v888, %v241 : i64
              %v890 = arith.subi %v856, %v211 : i64
              %v891 = arith.addi %v889, %v890 : i64
              %v892 = llvm.getelementptr %v65[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v893 = llvm.load %v892 : !llvm.ptr -> f32
              %v894 = arith.mulf %v893, %v859 fastmath<contract> : f32
              %v895 = arith.mulf %v886, %v853 fastmath<contract> : f32
              %v896 = arith.addf %v895, %v894 fastmath<contract> : f32
              %v900 = arith.shrui %v32, %v70 : i64
              %v901 = arith.andi %v900, %v2 : i64
              %v902 = arith.cmpi ne, %v901, %v70 : i64
              %v903 = arith.shrui %v32, %v2 : i64
              %v904 = arith.andi %v903, %v2 : i64
              %v905 = arith.cmpi ne, %v904, %v70 : i64
              %v906 = arith.shrui %v32, %v636 : i64
              %v907 = arith.andi %v906, %v2 : i64
              %v908 = arith.cmpi ne, %v907, %v70 : i64
              %v909 = arith.addi %v450, %v161 : i64
              %v910 = arith.cmpi slt, %v909, %v213 : i64
              %v911, %v912 = gpu.shuffle idx %v512, %v197, %v385 : f32
              %v913, %v914 = gpu.shuffle idx %v521, %v197, %v385 : f32
              %v915, %v916 = gpu.shuffle idx %v535, %v197, %v385 : f32
              %v917, %v918 = gpu.shuffle idx %v544, %v197, %v385 : f32
              %v919, %v920 = gpu.shuffle idx %v549, %v197, %v385 : f32
              %v921 = arith.addi %v452, %v70 : i64
              llvm.store %v68, %v897 : f32, !llvm.ptr
              llvm.store %v68, %v898 : f32, !llvm.ptr
              llvm.store %v68, %v899 : f32, !llvm.ptr
              scf.if %v910 {
                %v922 = arith.addi %v211, %v909 : i64
                %v923 = arith.muli %v32, %v241 : i64
                %v924 = arith.subi %v922, %v211 : i64
                %v925 = arith.addi %v923, %v924 : i64
                %v926 = llvm.getelementptr %v67[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v927 = llvm.load %v926 : !llvm.ptr -> f32
                %v928 = arith.muli %v44, %v322 : i64
                %v929 = arith.muli %v42, %v321 : i64
                %v930 = arith.addi %v928, %v929 : i64
                %v931 = arith.subi %v235, %v922 : i64
                %v932 = arith.muli %v931, %v2 : i64
                %v933 = arith.addi %v930, %v932 : i64
                %v934 = llvm.getelementptr %dy_y[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v935 = llvm.load %v934 : !llvm.ptr -> f32
                %v936 = arith.mulf %v915, %v935 fastmath<contract> : f32
                %v937 = arith.mulf %v927, %v936 fastmath<contract> : f32
                %v938 = llvm.load %v50 : !llvm.ptr -> f32
                %v939 = llvm.load %v52 : !llvm.ptr -> f32
                %v940 = arith.mulf %v939, %v938 fastmath<contract> : f32
                %v941 = arith.addf %v937, %v940 fastmath<contract> : f32
                llvm.store %v941, %v50 : f32, !llvm.ptr
                %v942 = arith.constant 8 : i64
                %v943 = arith.addi %v942, %v32 : i64
                %v944 = arith.muli %v943, %v241 : i64
                %v945 = arith.subi %v922, %v211 : i64
                %v946 = arith.addi %v944, %v945 : i64
                %v947 = llvm.getelementptr %v67[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v948 = llvm.load %v947 : !llvm.ptr -> f32
                %v949 = arith.mulf %v948, %v936 fastmath<contract> : f32
                %v950 = llvm.load %v51 : !llvm.ptr -> f32
                %v951 = llvm.load %v53 : !llvm.ptr -> f32
                %v952 = arith.mulf %v951, %v950 fastmath<contract> : f32
                %v953 = arith.addf %v949, %v952 fastmath<contract> : f32
                llvm.store %v953, %v51 : f32, !llvm.ptr
                %v954 = arith.subi %size_L, %v2 : i64
                %v955 = arith.cmpi eq, %v922, %v954 : i64
                scf.if %v955 {
                  %v956 = arith.muli %v44, %v117 : i64
                  %v957 = arith.muli %v42, %v116 : i64
                  %v958 = arith.addi %v956, %v957 : i64
                  %v959 = arith.muli %v32, %v2 : i64
                  %v960 = arith.addi %v958, %v959 : i64
                  %v961 = llvm.getelementptr %dy_h_first[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v962 = llvm.load %v961 : !llvm.ptr -> f32
                  %v963 = llvm.load %v50 : !llvm.ptr -> f32
                  %v964 = arith.addf %v963, %v962 fastmath<contract> : f32
                  llvm.store %v964, %v50 : f32, !llvm.ptr
                  %v965 = arith.muli %v44, %v117 : i64
                  %v966 = arith.muli %v42, %v116 : i64
                  %v967 = arith.addi %v965, %v966 : i64
                  %v968 = arith.constant 8 : i64
                  %v969 = arith.addi %v968, %v32 : i64
                  %v970 = arith.muli %v969, %v2 : i64
                  %v971 = arith.addi %v967, %v970 : i64
                  %v972 = llvm.getelementptr %dy_h_first[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v973 = llvm.load %v972 : !llvm.ptr -> f32
                  %v974 = llvm.load %v51 : !llvm.ptr -> f32
                  %v975 = arith.addf %v974, %v973 fastmath<contract> : f32
                  llvm.store %v975, %v51 : f32, !llvm.ptr
                }
                %v976 = arith.muli %v42, %v393 : i64
                %v977 = arith.muli %v32, %v2 : i64
                %v978 = arith.addi %v976, %v977 : i64
                %v979 = llvm.getelementptr %in_A[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v980 = llvm.load %v979 : !llvm.ptr -> f32
                %v981 = arith.mulf %v911, %v980 fastmath<contract> : f32
                %v982 = arith.mulf %v981, %v338 fastmath<contract> : f32
                %v983 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v982) : (f32) -> f32
                %v984 = llvm.load %v50 : !llvm.ptr -> f32
                %v985 = arith.mulf %v833, %v984 fastmath<contract> : f32
                %v986 = arith.mulf %v983, %v985 fastmath<contract> : f32
                %v987 = arith.mulf %v911, %v986 fastmath<contract> : f32
                %v988 = llvm.load %v54 : !llvm.ptr -> f32
                %v989 = arith.addf %v988, %v987 fastmath<contract> : f32
                llvm.store %v989, %v54 : f32, !llvm.ptr
                %v990 = arith.muli %v42, %v393 : i64
                %v991 = arith.constant 8 : i64
                %v992 = arith.addi %v991, %v32 : i64
                %v993 = arith.muli %v992, %v2 : i64
                %v994 = arith.addi %v990, %v993 : i64
                %v995 = llvm.getelementptr %in_A[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v996 = llvm.load %v995 : !llvm.ptr -> f32
                %v997 = arith.mulf %v911, %v996 fastmath<contract> : f32
                %v998 = arith.mulf %v997, %v338 fastmath<contract> : f32
                %v999 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v998) : (f32) -> f32
                %v1000 = llvm.load %v51 : !llvm.ptr -> f32
                %v1001 = arith.mulf %v853, %v1000 fastmath<contract> : f32
                %v1002 = arith.mulf %v999, %v1001 fastmath<contract> : f32
                %v1003 = arith.mulf %v911, %v1002 fastmath<contract> : f32
                %v1004 = llvm.load %v55 : !llvm.ptr -> f32
                %v1005 = arith.addf %v1004, %v1003 fastmath<contract> : f32
                llvm.store %v1005, %v55 : f32, !llvm.ptr
                %v1006 = arith.mulf %v913, %v984 fastmath<contract> : f32
                %v1007 = arith.select %v36, %v1006, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1009, %v1010 = gpu.shuffle xor %v1007, %v1008, %v385 : f32
                %v1011 = arith.addf %v1007, %v1009 fastmath<contract> : f32
                %v1013, %v1014 = gpu.shuffle xor %v1011, %v1012, %v385 : f32
                %v1015 = arith.addf %v1011, %v1013 fastmath<contract> : f32
                %v1016 = arith.divui %v17, %v19 : i64
                %v1017 = arith.remui %v17, %v19 : i64
                %v1018 = arith.cmpi ult, %v1017, %v31 : i64
                %v1019 = arith.addi %v70, %v32 : i64
                %v1020 = arith.muli %v1016, %v1 : i64
                %v1021 = arith.addi %v1020, %v1019 : i64
                %v1023 = arith.muli %v1021, %v1022 : i64
                %v1024 = arith.addi %v1023, %v921 : i64
                scf.if %v1018 {
                  %v1025 = llvm.getelementptr %v61[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1015, %v1025 : f32, !llvm.ptr
                }
                %v1026 = arith.mulf %v913, %v1000 fastmath<contract> : f32
                %v1027 = arith.select %v36, %v1026, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1028, %v1029 = gpu.shuffle xor %v1027, %v1008, %v385 : f32
                %v1030 = arith.addf %v1027, %v1028 fastmath<contract> : f32
                %v1031, %v1032 = gpu.shuffle xor %v1030, %v1012, %v385 : f32
                %v1033 = arith.addf %v1030, %v1031 fastmath<contract> : f32
                %v1034 = arith.divui %v17, %v19 : i64
                %v1035 = arith.remui %v17, %v19 : i64
                %v1036 = arith.cmpi ult, %v1035, %v31 : i64
                %v1037 = arith.addi %v31, %v32 : i64
                %v1038 = arith.muli %v1034, %v1 : i64
                %v1039 = arith.addi %v1038, %v1037 : i64
                %v1040 = arith.muli %v1039, %v1022 : i64
                %v1041 = arith.addi %v1040, %v921 : i64
                scf.if %v1036 {
                  %v1042 = llvm.getelementptr %v61[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1033, %v1042 : f32, !llvm.ptr
                }
                %v1043 = arith.mulf %v876, %v936 fastmath<contract> : f32
                %v1044 = arith.select %v36, %v1043, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1045, %v1046 = gpu.shuffle xor %v1044, %v1008, %v385 : f32
                %v1047 = arith.addf %v1044, %v1045 fastmath<contract> : f32
                %v1048, %v1049 = gpu.shuffle xor %v1047, %v1012, %v385 : f32
                %v1050 = arith.addf %v1047, %v1048 fastmath<contract> : f32
                %v1051 = arith.divui %v17, %v19 : i64
                %v1052 = arith.remui %v17, %v19 : i64
                %v1053 = arith.cmpi ult, %v1052, %v31 : i64
                %v1054 = arith.addi %v70, %v32 : i64
                %v1055 = arith.muli %v1051, %v1 : i64
                %v1056 = arith.addi %v1055, %v1054 : i64
                %v1057 = arith.muli %v1056, %v1022 : i64
                %v1058 = arith.addi %v1057, %v921 : i64
                scf.if %v1053 {
                  %v1059 = llvm.getelementptr %v63[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1050, %v1059 : f32, !llvm.ptr
                }
                %v1060 = arith.mulf %v896, %v936 fastmath<contract> : f32
                %v1061 = arith.select %v36, %v1060, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1062, %v1063 = gpu.shuffle xor %v1061, %v1008, %v385 : f32
                %v1064 = arith.addf %v1061, %v1062 fastmath<contract> : f32
                %v1065, %v1066 = gpu.shuffle xor %v1064, %v1012, %v385 : f32
                %v1067 = arith.addf %v1064, %v1065 fastmath<contract> : f32
                %v1068 = arith.divui %v17, %v19 : i64
                %v1069 = arith.remui %v17, %v19 : i64
                %v1070 = arith.cmpi ult, %v1069, %v31 : i64
                %v1071 = arith.addi %v31, %v32 : i64
                %v1072 = arith.muli %v1068, %v1 : i64
                %v1073 = arith.addi %v1072, %v1071 : i64
                %v1074 = arith.muli %v1073, %v1022 : i64
                %v1075 = arith.addi %v1074, %v921 : i64
                scf.if %v1070 {
                  %v1076 = llvm.getelementptr %v63[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1067, %v1076 : f32, !llvm.ptr
                }
                %v1077 = arith.mulf %v927, %v876 fastmath<contract> : f32
                %v1078 = arith.mulf %v948, %v896 fastmath<contract> : f32
                %v1079 = arith.addf %v1077, %v1078 fastmath<contract> : f32
                llvm.store %v1079, %v897 : f32, !llvm.ptr
                %v1080 = arith.muli %v32, %v241 : i64
                %v1081 = arith.subi %v922, %v211 : i64
                %v1082 = arith.addi %v1080, %v1081 : i64
                %v1083 = llvm.getelementptr %v65[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
                %v1085 = arith.mulf %v1084, %v984 fastmath<contract> : f32
                %v1086 = arith.constant 8 : i64
                %v1087 = arith.addi %v1086, %v32 : i64
                %v1088 = arith.muli %v1087, %v241 : i64
                %v1089 = arith.subi %v922, %v211 : i64
                %v1090 = arith.addi %v1088, %v1089 : i64
                %v1091 = llvm.getelementptr %v65[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1092 = llvm.load %v1091 : !llvm.ptr -> f32
                %v1093 = arith.mulf %v1092, %v1000 fastmath<contract> : f32
                %v1094 = arith.addf %v1085, %v1093 fastmath<contract> : f32
                llvm.store %v1094, %v898 : f32, !llvm.ptr
                %v1095 = arith.mulf %v980, %v985 fastmath<contract> : f32
                %v1096 = arith.mulf %v983, %v1095 fastmath<contract> : f32
                %v1097 = arith.mulf %v996, %v1001 fastmath<contract> : f32
                %v1098 = arith.mulf %v999, %v1097 fastmath<contract> : f32
                %v1099 = arith.addf %v1096, %v1098 fastmath<contract> : f32
                llvm.store %v1099, %v899 : f32, !llvm.ptr
                llvm.store %v983, %v52 : f32, !llvm.ptr
                llvm.store %v999, %v53 : f32, !llvm.ptr
              }
              %v1100 = llvm.load %v897 : !llvm.ptr -> f32
              %v1101 = llvm.load %v898 : !llvm.ptr -> f32
              %v1102 = llvm.load %v899 : !llvm.ptr -> f32
              %v1103 = arith.addi %v450, %v810 : i64
              %v1104 = arith.cmpi slt, %v1103, %v213 : i64
              %v1105, %v1106 = gpu.shuffle idx %v512, %v193, %v385 : f32
              %v1107, %v1108 = gpu.shuffle idx %v521, %v193, %v385 : f32
              %v1109, %v1110 = gpu.shuffle idx %v535, %v193, %v385 : f32
              %v1111, %v1112 = gpu.shuffle idx %v544, %v193, %v385 : f32
              %v1113, %v1114 = gpu.shuffle idx %v549, %v193, %v385 : f32
              %v1115 = arith.addi %v452, %v2 : i64
              llvm.store %v68, %v897 : f32, !llvm.ptr
              llvm.store %v68, %v898 : f32, !llvm.ptr
              llvm.store %v68, %v899 : f32, !llvm.ptr
              scf.if %v1104 {
                %v1116 = arith.addi %v211, %v1103 : i64
                %v1117 = arith.muli %v32, %v241 : i64
                %v1118 = arith.subi %v1116, %v211 : i64
                %v1119 = arith.addi %v1117, %v1118 : i64
                %v1120 = llvm.getelementptr %v67[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
                %v1122 = arith.muli %v44, %v322 : i64
                %v1123 = arith.muli %v42, %v321 : i64
                %v1124 = arith.addi %v1122, %v1123 : i64
                %v1125 = arith.subi %v235, %v1116 : i64
                %v1126 = arith.muli %v1125, %v2 : i64
                %v1127 = arith.addi %v1124, %v1126 : i64
                %v1128 = llvm.getelementptr %dy_y[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1129 = llvm.load %v1128 : !llvm.ptr -> f32
                %v1130 = arith.mulf %v1109, %v1129 fastmath<contract> : f32
                %v1131 = arith.mulf %v1121, %v1130 fastmath<contract> : f32
                %v1132 = llvm.load %v50 : !llvm.ptr -> f32
                %v1133 = llvm.load %v52 : !llvm.ptr -> f32
                %v1134 = arith.mulf %v1133, %v1132 fastmath<contract> : f32
                %v1135 = arith.addf %v1131, %v1134 fastmath<contract> : f32
                llvm.store %v1135, %v50 : f32, !llvm.ptr
                %v1136 = arith.constant 8 : i64
                %v1137 = arith.addi %v1136, %v32 : i64
                %v1138 = arith.muli %v1137, %v241 : i64
                %v1139 = arith.subi %v1116, %v211 : i64
                %v1140 = arith.addi %v1138, %v1139 : i64
                %v1141 = llvm.getelementptr %v67[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1142 = llvm.load %v1141 : !llvm.ptr -> f32
                %v1143 = arith.mulf %v1142, %v1130 fastmath<contract> : f32
                %v1144 = llvm.load %v51 : !llvm.ptr -> f32
                %v1145 = llvm.load %v53 : !llvm.ptr -> f32
                %v1146 = arith.mulf %v1145, %v1144 fastmath<contract> : f32
                %v1147 = arith.addf %v1143, %v1146 fastmath<contract> : f32
                llvm.store %v1147, %v51 : f32, !llvm.ptr
                %v1148 = arith.subi %size_L, %v2 : i64
                %v1149 = arith.cmpi eq, %v1116, %v1148 : i64
                scf.if %v1149 {
                  %v1150 = arith.muli %v44, %v117 : i64
                  %v1151 = arith.muli %v42, %v116 : i64
                  %v1152 = arith.addi %v1150, %v1151 : i64
                  %v1153 = arith.muli %v32, %v2 : i64
                  %v1154 = arith.addi %v1152, %v1153 : i64
                  %v1155 = llvm.getelementptr %dy_h_first[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
                  %v1157 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1158 = arith.addf %v1157, %v1156 fastmath<contract> : f32
                  llvm.store %v1158, %v50 : f32, !llvm.ptr
                  %v1159 = arith.muli %v44, %v117 : i64
                  %v1160 = arith.muli %v42, %v116 : i64
                  %v1161 = arith.addi %v1159, %v1160 : i64
                  %v1162 = arith.constant 8 : i64
                  %v1163 = arith.addi %v1162, %v32 : i64
                  %v1164 = arith.muli %v1163, %v2 : i64
                  %v1165 = arith.addi %v1161, %v1164 : i64
                  %v1166 = llvm.getelementptr %dy_h_first[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
                  %v1168 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1169 = arith.addf %v1168, %v1167 fastmath<contract> : f32
                  llvm.store %v1169, %v51 : f32, !llvm.ptr
                }
                %v1170 = arith.muli %v42, %v393 : i64
                %v1171 = arith.muli %v32, %v2 : i64
                %v1172 = arith.addi %v1170, %v1171 : i64
                %v1173 = llvm.getelementptr %in_A[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
                %v1175 = arith.mulf %v1105, %v1174 fastmath<contract> : f32
                %v1176 = arith.mulf %v1175, %v338 fastmath<contract> : f32
                %v1177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1176) : (f32) -> f32
                %v1178 = llvm.load %v50 : !llvm.ptr -> f32
                %v1179 = arith.mulf %v789, %v1178 fastmath<contract> : f32
                %v1180 = arith.mulf %v1177, %v1179 fastmath<contract> : f32
                %v1181 = arith.mulf %v1105, %v1180 fastmath<contract> : f32
                %v1182 = llvm.load %v54 : !llvm.ptr -> f32
                %v1183 = arith.addf %v1182, %v1181 fastmath<contract> : f32
                llvm.store %v1183, %v54 : f32, !llvm.ptr
                %v1184 = arith.muli %v42, %v393 : i64
                %v1185 = arith.constant 8 : i64
                %v1186 = arith.addi %v1185, %v32 : i64
                %v1187 = arith.muli %v1186, %v2 : i64
                %v1188 = arith.addi %v1184, %v1187 : i64
                %v1189 = llvm.getelementptr %in_A[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
                %v1191 = arith.mulf %v1105, %v1190 fastmath<contract> : f32
                %v1192 = arith.mulf %v1191, %v338 fastmath<contract> : f32
                %v1193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1192) : (f32) -> f32
                %v1194 = llvm.load %v51 : !llvm.ptr -> f32
                %v1195 = arith.mulf %v809, %v1194 fastmath<contract> : f32
                %v1196 = arith.mulf %v1193, %v1195 fastmath<contract> : f32
                %v1197 = arith.mulf %v1105, %v1196 fastmath<contract> : f32
                %v1198 = llvm.load %v55 : !llvm.ptr -> f32
                %v1199 = arith.addf %v1198, %v1197 fastmath<contract> : f32
                llvm.store %v1199, %v55 : f32, !llvm.ptr
                %v1200 = arith.mulf %v1107, %v1178 fastmath<contract> : f32
                %v1201 = arith.select %v36, %v1200, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1202, %v1203 = gpu.shuffle xor %v1201, %v1008, %v385 : f32
                %v1204 = arith.addf %v1201, %v1202 fastmath<contract> : f32
                %v1205, %v1206 = gpu.shuffle xor %v1204, %v1012, %v385 : f32
                %v1207 = arith.addf %v1204, %v1205 fastmath<contract> : f32
                %v1208 = arith.divui %v17, %v19 : i64
                %v1209 = arith.remui %v17, %v19 : i64
                %v1210 = arith.cmpi ult, %v1209, %v31 : i64
                %v1211 = arith.addi %v70, %v32 : i64
                %v1212 = arith.muli %v1208, %v1 : i64
                %v1213 = arith.addi %v1212, %v1211 : i64
                %v1214 = arith.muli %v1213, %v1022 : i64
                %v1215 = arith.addi %v1214, %v1115 : i64
                scf.if %v1210 {
                  %v1216 = llvm.getelementptr %v61[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1207, %v1216 : f32, !llvm.ptr
                }
                %v1217 = arith.mulf %v1107, %v1194 fastmath<contract> : f32
                %v1218 = arith.select %v36, %v1217, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1219, %v1220 = gpu.shuffle xor %v1218, %v1008, %v385 : f32
                %v1221 = arith.addf %v1218, %v1219 fastmath<contract> : f32
                %v1222, %v1223 = gpu.shuffle xor %v1221, %v1012, %v385 : f32
                %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
                %v1225 = arith.divui %v17, %v19 : i64
                %v1226 = arith.remui %v17, %v19 : i64
                %v1227 = arith.cmpi ult, %v1226, %v31 : i64
                %v1228 = arith.addi %v31, %v32 : i64
                %v1229 = arith.muli %v1225, %v1 : i64
                %v1230 = arith.addi %v1229, %v1228 : i64
                %v1231 = arith.muli %v1230, %v1022 : i64
                %v1232 = arith.addi %v1231, %v1115 : i64
                scf.if %v1227 {
                  %v1233 = llvm.getelementptr %v61[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1224, %v1233 : f32, !llvm.ptr
                }
                %v1234 = arith.mulf %v833, %v1130 fastmath<contract> : f32
                %v1235 = arith.select %v36, %v1234, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1236, %v1237 = gpu.shuffle xor %v1235, %v1008, %v385 : f32
                %v1238 = arith.addf %v1235, %v1236 fastmath<contract> : f32
                %v1239, %v1240 = gpu.shuffle xor %v1238, %v1012, %v385 : f32
                %v1241 = arith.addf %v1238, %v1239 fastmath<contract> : f32
                %v1242 = arith.divui %v17, %v19 : i64
                %v1243 = arith.remui %v17, %v19 : i64
                %v1244 = arith.cmpi ult, %v1243, %v31 : i64
                %v1245 = arith.addi %v70, %v32 : i64
                %v1246 = arith.muli %v1242, %v1 : i64
                %v1247 = arith.addi %v1246, %v1245 : i64
                %v1248 = arith.muli %v1247, %v1022 : i64
                %v1249 = arith.addi %v1248, %v1115 : i64
                scf.if %v1244 {
                  %v1250 = llvm.getelementptr %v63[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1241, %v1250 : f32, !llvm.ptr
                }
                %v1251 = arith.mulf %v853, %v1130 fastmath<contract> : f32
                %v1252 = arith.select %v36, %v1251, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1253, %v1254 = gpu.shuffle xor %v1252, %v1008, %v385 : f32
                %v1255 = arith.addf %v1252, %v1253 fastmath<contract> : f32
                %v1256, %v1257 = gpu.shuffle xor %v1255, %v1012, %v385 : f32
                %v1258 = arith.addf %v1255, %v1256 fastmath<contract> : f32
                %v1259 = arith.divui %v17, %v19 : i64
                %v1260 = arith.remui %v17, %v19 : i64
                %v1261 = arith.cmpi ult, %v1260, %v31 : i64
                %v1262 = arith.addi %v31, %v32 : i64
                %v1263 = arith.muli %v1259, %v1 : i64
                %v1264 = arith.addi %v1263, %v1262 : i64
                %v1265 = arith.muli %v1264, %v1022 : i64
                %v1266 = arith.addi %v1265, %v1115 : i64
                scf.if %v1261 {
                  %v1267 = llvm.getelementptr %v63[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1258, %v1267 : f32, !llvm.ptr
                }
                %v1268 = arith.mulf %v1121, %v833 fastmath<contract> : f32
                %v1269 = arith.mulf %v1142, %v853 fastmath<contract> : f32
                %v1270 = arith.addf %v1268, %v1269 fastmath<contract> : f32
                llvm.store %v1270, %v897 : f32, !llvm.ptr
                %v1271 = arith.muli %v32, %v241 : i64
                %v1272 = arith.subi %v1116, %v211 : i64
                %v1273 = arith.addi %v1271, %v1272 : i64
                %v1274 = llvm.getelementptr %v65[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
                %v1276 = arith.mulf %v1275, %v1178 fastmath<contract> : f32
                %v1277 = arith.constant 8 : i64
                %v1278 = arith.addi %v1277, %v32 : i64
                %v1279 = arith.muli %v1278, %v241 : i64
                %v1280 = arith.subi %v1116, %v211 : i64
                %v1281 = arith.addi %v1279, %v1280 : i64
                %v1282 = llvm.getelementptr %v65[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
                %v1284 = arith.mulf %v1283, %v1194 fastmath<contract> : f32
                %v1285 = arith.addf %v1276, %v1284 fastmath<contract> : f32
                llvm.store %v1285, %v898 : f32, !llvm.ptr
                %v1286 = arith.mulf %v1174, %v1179 fastmath<contract> : f32
                %v1287 = arith.mulf %v1177, %v1286 fastmath<contract> : f32
                %v1288 = arith.mulf %v1190, %v1195 fastmath<contract> : f32
                %v1289 = arith.mulf %v1193, %v1288 fastmath<contract> : f32
                %v1290 = arith.addf %v1287, %v1289 fastmath<contract> : f32
                llvm.store %v1290, %v899 : f32, !llvm.ptr
                llvm.store %v1177, %v52 : f32, !llvm.ptr
                llvm.store %v1193, %v53 : f32, !llvm.ptr
              }
              %v1291 = llvm.load %v897 : !llvm.ptr -> f32
              %v1292 = arith.select %v902, %v1291, %v1100 : f32
              %v1293 = arith.select %v902, %v1100, %v1291 : f32
              %v1295, %v1296 = gpu.shuffle xor %v1292, %v1294, %v385 : f32
              %v1297 = arith.addf %v1293, %v1295 fastmath<contract> : f32
              %v1298 = llvm.load %v898 : !llvm.ptr -> f32
              %v1299 = arith.select %v902, %v1298, %v1101 : f32
              %v1300 = arith.select %v902, %v1101, %v1298 : f32
              %v1301, %v1302 = gpu.shuffle xor %v1299, %v1294, %v385 : f32
              %v1303 = arith.addf %v1300, %v1301 fastmath<contract> : f32
              %v1304 = llvm.load %v899 : !llvm.ptr -> f32
              %v1305 = arith.select %v902, %v1304, %v1102 : f32
              %v1306 = arith.select %v902, %v1102, %v1304 : f32
              %v1307, %v1308 = gpu.shuffle xor %v1305, %v1294, %v385 : f32
              %v1309 = arith.addf %v1306, %v1307 fastmath<contract> : f32
              %v1310 = arith.addi %v450, %v766 : i64
              %v1311 = arith.cmpi slt, %v1310, %v213 : i64
              %v1312, %v1313 = gpu.shuffle idx %v512, %v189, %v385 : f32
              %v1314, %v1315 = gpu.shuffle idx %v521, %v189, %v385 : f32
              %v1316, %v1317 = gpu.shuffle idx %v535, %v189, %v385 : f32
              %v1318, %v1319 = gpu.shuffle idx %v544, %v189, %v385 : f32
              %v1320, %v1321 = gpu.shuffle idx %v549, %v189, %v385 : f32
              %v1322 = arith.addi %v452, %v636 : i64
              llvm.store %v68, %v897 : f32, !llvm.ptr
              llvm.store %v68, %v898 : f32, !llvm.ptr
              llvm.store %v68, %v899 : f32, !llvm.ptr
              scf.if %v1311 {
                %v1323 = arith.addi %v211, %v1310 : i64
                %v1324 = arith.muli %v32, %v241 : i64
                %v1325 = arith.subi %v1323, %v211 : i64
                %v1326 = arith.addi %v1324, %v1325 : i64
                %v1327 = llvm.getelementptr %v67[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
                %v1329 = arith.muli %v44, %v322 : i64
                %v1330 = arith.muli %v42, %v321 : i64
                %v1331 = arith.addi %v1329, %v1330 : i64
                %v1332 = arith.subi %v235, %v1323 : i64
                %v1333 = arith.muli %v1332, %v2 : i64
                %v1334 = arith.addi %v1331, %v1333 : i64
                %v1335 = llvm.getelementptr %dy_y[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                %v1337 = arith.mulf %v1316, %v1336 fastmath<contract> : f32
                %v1338 = arith.mulf %v1328, %v1337 fastmath<contract> : f32
                %v1339 = llvm.load %v50 : !llvm.ptr -> f32
                %v1340 = llvm.load %v52 : !llvm.ptr -> f32
                %v1341 = arith.mulf %v1340, %v1339 fastmath<contract> : f32
                %v1342 = arith.addf %v1338, %v1341 fastmath<contract> : f32
                llvm.store %v1342, %v50 : f32, !llvm.ptr
                %v1343 = arith.constant 8 : i64
                %v1344 = arith.addi %v1343, %v32 : i64
                %v1345 = arith.muli %v1344, %v241 : i64
                %v1346 = arith.subi %v1323, %v211 : i64
                %v1347 = arith.addi %v1345, %v1346 : i64
                %v1348 = llvm.getelementptr %v67[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1349 = llvm.load %v1348 : !llvm.ptr -> f32
                %v1350 = arith.mulf %v1349, %v1337 fastmath<contract> : f32
                %v1351 = llvm.load %v51 : !llvm.ptr -> f32
                %v1352 = llvm.load %v53 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v1352, %v1351 fastmath<contract> : f32
                %v1354 = arith.addf %v1350, %v1353 fastmath<contract> : f32
                llvm.store %v1354, %v51 : f32, !llvm.ptr
                %v1355 = arith.subi %size_L, %v2 : i64
                %v1356 = arith.cmpi eq, %v1323, %v1355 : i64
                scf.if %v1356 {
                  %v1357 = arith.muli %v44, %v117 : i64
                  %v1358 = arith.muli %v42, %v116 : i64
                  %v1359 = arith.addi %v1357, %v1358 : i64
                  %v1360 = arith.muli %v32, %v2 : i64
                  %v1361 = arith.addi %v1359, %v1360 : i64
                  %v1362 = llvm.getelementptr %dy_h_first[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
                  %v1364 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1365 = arith.addf %v1364, %v1363 fastmath<contract> : f32
                  llvm.store %v1365, %v50 : f32, !llvm.ptr
                  %v1366 = arith.muli %v44, %v117 : i64
                  %v1367 = arith.muli %v42, %v116 : i64
                  %v1368 = arith.addi %v1366, %v1367 : i64
                  %v1369 = arith.constant 8 : i64
                  %v1370 = arith.addi %v1369, %v32 : i64
                  %v1371 = arith.muli %v1370, %v2 : i64
                  %v1372 = arith.addi %v1368, %v1371 : i64
                  %v1373 = llvm.getelementptr %dy_h_first[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
                  %v1375 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1376 = arith.addf %v1375, %v1374 fastmath<contract> : f32
                  llvm.store %v1376, %v51 : f32, !llvm.ptr
                }
                %v1377 = arith.muli %v42, %v393 : i64
                %v1378 = arith.muli %v32, %v2 : i64
                %v1379 = arith.addi %v1377, %v1378 : i64
                %v1380 = llvm.getelementptr %in_A[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
                %v1382 = arith.mulf %v1312, %v1381 fastmath<contract> : f32
                %v1383 = arith.mulf %v1382, %v338 fastmath<contract> : f32
                %v1384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1383) : (f32) -> f32
                %v1385 = llvm.load %v50 : !llvm.ptr -> f32
                %v1386 = arith.mulf %v745, %v1385 fastmath<contract> : f32
                %v1387 = arith.mulf %v1384, %v1386 fastmath<contract> : f32
                %v1388 = arith.mulf %v1312, %v1387 fastmath<contract> : f32
                %v1389 = llvm.load %v54 : !llvm.ptr -> f32
                %v1390 = arith.addf %v1389, %v1388 fastmath<contract> : f32
                llvm.store %v1390, %v54 : f32, !llvm.ptr
                %v1391 = arith.muli %v42, %v393 : i64
                %v1392 = arith.constant 8 : i64
                %v1393 = arith.addi %v1392, %v32 : i64
                %v1394 = arith.muli %v1393, %v2 : i64
                %v1395 = arith.addi %v1391, %v1394 : i64
                %v1396 = llvm.getelementptr %in_A[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                %v1398 = arith.mulf %v1312, %v1397 fastmath<contract> : f32
                %v1399 = arith.mulf %v1398, %v338 fastmath<contract> : f32
                %v1400 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1399) : (f32) -> f32
                %v1401 = llvm.load %v51 : !llvm.ptr -> f32
                %v1402 = arith.mulf %v765, %v1401 fastmath<contract> : f32
                %v1403 = arith.mulf %v1400, %v1402 fastmath<contract> : f32
                %v1404 = arith.mulf %v1312, %v1403 fastmath<contract> : f32
                %v1405 = llvm.load %v55 : !llvm.ptr -> f32
                %v1406 = arith.addf %v1405, %v1404 fastmath<contract> : f32
                llvm.store %v1406, %v55 : f32, !llvm.ptr
                %v1407 = arith.mulf %v1314, %v1385 fastmath<contract> : f32
                %v1408 = arith.select %v36, %v1407, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1409, %v1410 = gpu.shuffle xor %v1408, %v1008, %v385 : f32
                %v1411 = arith.addf %v1408, %v1409 fastmath<contract> : f32
                %v1412, %v1413 = gpu.shuffle xor %v1411, %v1012, %v385 : f32
                %v1414 = arith.addf %v1411, %v1412 fastmath<contract> : f32
                %v1415 = arith.divui %v17, %v19 : i64
                %v1416 = arith.remui %v17, %v19 : i64
                %v1417 = arith.cmpi ult, %v1416, %v31 : i64
                %v1418 = arith.addi %v70, %v32 : i64
                %v1419 = arith.muli %v1415, %v1 : i64
                %v1420 = arith.addi %v1419, %v1418 : i64
                %v1421 = arith.muli %v1420, %v1022 : i64
                %v1422 = arith.addi %v1421, %v1322 : i64
                scf.if %v1417 {
                  %v1423 = llvm.getelementptr %v61[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1414, %v1423 : f32, !llvm.ptr
                }
                %v1424 = arith.mulf %v1314, %v1401 fastmath<contract> : f32
                %v1425 = arith.select %v36, %v1424, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1426, %v1427 = gpu.shuffle xor %v1425, %v1008, %v385 : f32
                %v1428 = arith.addf %v1425, %v1426 fastmath<contract> : f32
                %v1429, %v1430 = gpu.shuffle xor %v1428, %v1012, %v385 : f32
                %v1431 = arith.addf %v1428, %v1429 fastmath<contract> : f32
                %v1432 = arith.divui %v17, %v19 : i64
                %v1433 = arith.remui %v17, %v19 : i64
                %v1434 = arith.cmpi ult, %v1433, %v31 : i64
                %v1435 = arith.addi %v31, %v32 : i64
                %v1436 = arith.muli %v1432, %v1 : i64
                %v1437 = arith.addi %v1436, %v1435 : i64
                %v1438 = arith.muli %v1437, %v1022 : i64
                %v1439 = arith.addi %v1438, %v1322 : i64
                scf.if %v1434 {
                  %v1440 = llvm.getelementptr %v61[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1431, %v1440 : f32, !llvm.ptr
                }
                %v1441 = arith.mulf %v789, %v1337 fastmath<contract> : f32
                %v1442 = arith.select %v36, %v1441, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1443, %v1444 = gpu.shuffle xor %v1442, %v1008, %v385 : f32
                %v1445 = arith.addf %v1442, %v1443 fastmath<contract> : f32
                %v1446, %v1447 = gpu.shuffle xor %v1445, %v1012, %v385 : f32
                %v1448 = arith.addf %v1445, %v1446 fastmath<contract> : f32
                %v1449 = arith.divui %v17, %v19 : i64
                %v1450 = arith.remui %v17, %v19 : i64
                %v1451 = arith.cmpi ult, %v1450, %v31 : i64
                %v1452 = arith.addi %v70, %v32 : i64
                %v1453 = arith.muli %v1449, %v1 : i64
                %v1454 = arith.addi %v1453, %v1452 : i64
                %v1455 = arith.muli %v1454, %v1022 : i64
                %v1456 = arith.addi %v1455, %v1322 : i64
                scf.if %v1451 {
                  %v1457 = llvm.getelementptr %v63[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1448, %v1457 : f32, !llvm.ptr
                }
                %v1458 = arith.mulf %v809, %v1337 fastmath<contract> : f32
                %v1459 = arith.select %v36, %v1458, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1460, %v1461 = gpu.shuffle xor %v1459, %v1008, %v385 : f32
                %v1462 = arith.addf %v1459, %v1460 fastmath<contract> : f32
                %v1463, %v1464 = gpu.shuffle xor %v1462, %v1012, %v385 : f32
                %v1465 = arith.addf %v1462, %v1463 fastmath<contract> : f32
                %v1466 = arith.divui %v17, %v19 : i64
                %v1467 = arith.remui %v17, %v19 : i64
                %v1468 = arith.cmpi ult, %v1467, %v31 : i64
                %v1469 = arith.addi %v31, %v32 : i64
                %v1470 = arith.muli %v1466, %v1 : i64
                %v1471 = arith.addi %v1470, %v1469 : i64
                %v1472 = arith.muli %v1471, %v1022 : i64
                %v1473 = arith.addi %v1472, %v1322 : i64
                scf.if %v1468 {
                  %v1474 = llvm.getelementptr %v63[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1465, %v1474 : f32, !llvm.ptr
                }
                %v1475 = arith.mulf %v1328, %v789 fastmath<contract> : f32
                %v1476 = arith.mulf %v1349, %v809 fastmath<contract> : f32
                %v1477 = arith.addf %v1475, %v1476 fastmath<contract> : f32
                llvm.store %v1477, %v897 : f32, !llvm.ptr
                %v1478 = arith.muli %v32, %v241 : i64
                %v1479 = arith.subi %v1323, %v211 : i64
                %v1480 = arith.addi %v1478, %v1479 : i64
                %v1481 = llvm.getelementptr %v65[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                %v1483 = arith.mulf %v1482, %v1385 fastmath<contract> : f32
                %v1484 = arith.constant 8 : i64
                %v1485 = arith.addi %v1484, %v32 : i64
                %v1486 = arith.muli %v1485, %v241 : i64
                %v1487 = arith.subi %v1323, %v211 : i64
                %v1488 = arith.addi %v1486, %v1487 : i64
                %v1489 = llvm.getelementptr %v65[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
                %v1491 = arith.mulf %v1490, %v1401 fastmath<contract> : f32
                %v1492 = arith.addf %v1483, %v1491 fastmath<contract> : f32
                llvm.store %v1492, %v898 : f32, !llvm.ptr
                %v1493 = arith.mulf %v1381, %v1386 fastmath<contract> : f32
                %v1494 = arith.mulf %v1384, %v1493 fastmath<contract> : f32
                %v1495 = arith.mulf %v1397, %v1402 fastmath<contract> : f32
                %v1496 = arith.mulf %v1400, %v1495 fastmath<contract> : f32
                %v1497 = arith.addf %v1494, %v1496 fastmath<contract> : f32
                llvm.store %v1497, %v899 : f32, !llvm.ptr
                llvm.store %v1384, %v52 : f32, !llvm.ptr
                llvm.store %v1400, %v53 : f32, !llvm.ptr
              }
              %v1498 = llvm.load %v897 : !llvm.ptr -> f32
              %v1499 = llvm.load %v898 : !llvm.ptr -> f32
              %v1500 = llvm.load %v899 : !llvm.ptr -> f32
              %v1501 = arith.addi %v450, %v46 : i64
              %v1502 = arith.cmpi slt, %v1501, %v213 : i64
              %v1503, %v1504 = gpu.shuffle idx %v512, %v185, %v385 : f32
              %v1505, %v1506 = gpu.shuffle idx %v521, %v185, %v385 : f32
              %v1507, %v1508 = gpu.shuffle idx %v535, %v185, %v385 : f32
              %v1509, %v1510 = gpu.shuffle idx %v544, %v185, %v385 : f32
              %v1511, %v1512 = gpu.shuffle idx %v549, %v185, %v385 : f32
              %v1513 = arith.addi %v452, %v432 : i64
              llvm.store %v68, %v897 : f32, !llvm.ptr
              llvm.store %v68, %v898 : f32, !llvm.ptr
              llvm.store %v68, %v899 : f32, !llvm.ptr
              scf.if %v1502 {
                %v1514 = arith.addi %v211, %v1501 : i64
                %v1515 = arith.muli %v32, %v241 : i64
                %v1516 = arith.subi %v1514, %v211 : i64
                %v1517 = arith.addi %v1515, %v1516 : i64
                %v1518 = llvm.getelementptr %v67[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1519 = llvm.load %v1518 : !llvm.ptr -> f32
                %v1520 = arith.muli %v44, %v322 : i64
                %v1521 = arith.muli %v42, %v321 : i64
                %v1522 = arith.addi %v1520, %v1521 : i64
                %v1523 = arith.subi %v235, %v1514 : i64
                %v1524 = arith.muli %v1523, %v2 : i64
                %v1525 = arith.addi %v1522, %v1524 : i64
                %v1526 = llvm.getelementptr %dy_y[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
                %v1528 = arith.mulf %v1507, %v1527 fastmath<contract> : f32
                %v1529 = arith.mulf %v1519, %v1528 fastmath<contract> : f32
                %v1530 = llvm.load %v50 : !llvm.ptr -> f32
                %v1531 = llvm.load %v52 : !llvm.ptr -> f32
                %v1532 = arith.mulf %v1531, %v1530 fastmath<contract> : f32
                %v1533 = arith.addf %v1529, %v1532 fastmath<contract> : f32
                llvm.store %v1533, %v50 : f32, !llvm.ptr
                %v1534 = arith.constant 8 : i64
                %v1535 = arith.addi %v1534, %v32 : i64
                %v1536 = arith.muli %v1535, %v241 : i64
                %v1537 = arith.subi %v1514, %v211 : i64
                %v1538 = arith.addi %v1536, %v1537 : i64
                %v1539 = llvm.getelementptr %v67[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1540 = llvm.load %v1539 : !llvm.ptr -> f32
                %v1541 = arith.mulf %v1540, %v1528 fastmath<contract> : f32
                %v1542 = llvm.load %v51 : !llvm.ptr -> f32
                %v1543 = llvm.load %v53 : !llvm.ptr -> f32
                %v1544 = arith.mulf %v1543, %v1542 fastmath<contract> : f32
                %v1545 = arith.addf %v1541, %v1544 fastmath<contract> : f32
                llvm.store %v1545, %v51 : f32, !llvm.ptr
                %v1546 = arith.subi %size_L, %v2 : i64
                %v1547 = arith.cmpi eq, %v1514, %v1546 : i64
                scf.if %v1547 {
                  %v1548 = arith.muli %v44, %v117 : i64
                  %v1549 = arith.muli %v42, %v116 : i64
                  %v1550 = arith.addi %v1548, %v1549 : i64
                  %v1551 = arith.muli %v32, %v2 : i64
                  %v1552 = arith.addi %v1550, %v1551 : i64
                  %v1553 = llvm.getelementptr %dy_h_first[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
                  %v1555 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1556 = arith.addf %v1555, %v1554 fastmath<contract> : f32
                  llvm.store %v1556, %v50 : f32, !llvm.ptr
                  %v1557 = arith.muli %v44, %v117 : i64
                  %v1558 = arith.muli %v42, %v116 : i64
                  %v1559 = arith.addi %v1557, %v1558 : i64
                  %v1560 = arith.constant 8 : i64
                  %v1561 = arith.addi %v1560, %v32 : i64
                  %v1562 = arith.muli %v1561, %v2 : i64
                  %v1563 = arith.addi %v1559, %v1562 : i64
                  %v1564 = llvm.getelementptr %dy_h_first[%v1563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1565 = llvm.load %v1564 : !llvm.ptr -> f32
                  %v1566 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1567 = arith.addf %v1566, %v1565 fastmath<contract> : f32
                  llvm.store %v1567, %v51 : f32, !llvm.ptr
                }
                %v1568 = arith.muli %v42, %v393 : i64
                %v1569 = arith.muli %v32, %v2 : i64
                %v1570 = arith.addi %v1568, %v1569 : i64
                %v1571 = llvm.getelementptr %in_A[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1572 = llvm.load %v1571 : !llvm.ptr -> f32
                %v1573 = arith.mulf %v1503, %v1572 fastmath<contract> : f32
                %v1574 = arith.mulf %v1573, %v338 fastmath<contract> : f32
                %v1575 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1574) : (f32) -> f32
                %v1576 = llvm.load %v50 : !llvm.ptr -> f32
                %v1577 = arith.mulf %v702, %v1576 fastmath<contract> : f32
                %v1578 = arith.mulf %v1575, %v1577 fastmath<contract> : f32
                %v1579 = arith.mulf %v1503, %v1578 fastmath<contract> : f32
                %v1580 = llvm.load %v54 : !llvm.ptr -> f32
                %v1581 = arith.addf %v1580, %v1579 fastmath<contract> : f32
                llvm.store %v1581, %v54 : f32, !llvm.ptr
                %v1582 = arith.muli %v42, %v393 : i64
                %v1583 = arith.constant 8 : i64
                %v1584 = arith.addi %v1583, %v32 : i64
                %v1585 = arith.muli %v1584, %v2 : i64
                %v1586 = arith.addi %v1582, %v1585 : i64
                %v1587 = llvm.getelementptr %in_A[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1588 = llvm.load %v1587 : !llvm.ptr -> f32
                %v1589 = arith.mulf %v1503, %v1588 fastmath<contract> : f32
                %v1590 = arith.mulf %v1589, %v338 fastmath<contract> : f32
                %v1591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1590) : (f32) -> f32
                %v1592 = llvm.load %v51 : !llvm.ptr -> f32
                %v1593 = arith.mulf %v722, %v1592 fastmath<contract> : f32
                %v1594 = arith.mulf %v1591, %v1593 fastmath<contract> : f32
                %v1595 = arith.mulf %v1503, %v1594 fastmath<contract> : f32
                %v1596 = llvm.load %v55 : !llvm.ptr -> f32
                %v1597 = arith.addf %v1596, %v1595 fastmath<contract> : f32
                llvm.store %v1597, %v55 : f32, !llvm.ptr
                %v1598 = arith.mulf %v1505, %v1576 fastmath<contract> : f32
                %v1599 = arith.select %v36, %v1598, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1600, %v1601 = gpu.shuffle xor %v1599, %v1008, %v385 : f32
                %v1602 = arith.addf %v1599, %v1600 fastmath<contract> : f32
                %v1603, %v1604 = gpu.shuffle xor %v1602, %v1012, %v385 : f32
                %v1605 = arith.addf %v1602, %v1603 fastmath<contract> : f32
                %v1606 = arith.divui %v17, %v19 : i64
                %v1607 = arith.remui %v17, %v19 : i64
                %v1608 = arith.cmpi ult, %v1607, %v31 : i64
                %v1609 = arith.addi %v70, %v32 : i64
                %v1610 = arith.muli %v1606, %v1 : i64
                %v1611 = arith.addi %v1610, %v1609 : i64
                %v1612 = arith.muli %v1611, %v1022 : i64
                %v1613 = arith.addi %v1612, %v1513 : i64
                scf.if %v1608 {
                  %v1614 = llvm.getelementptr %v61[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1605, %v1614 : f32, !llvm.ptr
                }
                %v1615 = arith.mulf %v1505, %v1592 fastmath<contract> : f32
                %v1616 = arith.select %v36, %v1615, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1617, %v1618 = gpu.shuffle xor %v1616, %v1008, %v385 : f32
                %v1619 = arith.addf %v1616, %v1617 fastmath<contract> : f32
                %v1620, %v1621 = gpu.shuffle xor %v1619, %v1012, %v385 : f32
                %v1622 = arith.addf %v1619, %v1620 fastmath<contract> : f32
                %v1623 = arith.divui %v17, %v19 : i64
                %v1624 = arith.remui %v17, %v19 : i64
                %v1625 = arith.cmpi ult, %v1624, %v31 : i64
                %v1626 = arith.addi %v31, %v32 : i64
                %v1627 = arith.muli %v1623, %v1 : i64
                %v1628 = arith.addi %v1627, %v1626 : i64
                %v1629 = arith.muli %v1628, %v1022 : i64
                %v1630 = arith.addi %v1629, %v1513 : i64
                scf.if %v1625 {
                  %v1631 = llvm.getelementptr %v61[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1622, %v1631 : f32, !llvm.ptr
                }
                %v1632 = arith.mulf %v745, %v1528 fastmath<contract> : f32
                %v1633 = arith.select %v36, %v1632, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1634, %v1635 = gpu.shuffle xor %v1633, %v1008, %v385 : f32
                %v1636 = arith.addf %v1633, %v1634 fastmath<contract> : f32
                %v1637, %v1638 = gpu.shuffle xor %v1636, %v1012, %v385 : f32
                %v1639 = arith.addf %v1636, %v1637 fastmath<contract> : f32
                %v1640 = arith.divui %v17, %v19 : i64
                %v1641 = arith.remui %v17, %v19 : i64
                %v1642 = arith.cmpi ult, %v1641, %v31 : i64
                %v1643 = arith.addi %v70, %v32 : i64
                %v1644 = arith.muli %v1640, %v1 : i64
                %v1645 = arith.addi %v1644, %v1643 : i64
                %v1646 = arith.muli %v1645, %v1022 : i64
                %v1647 = arith.addi %v1646, %v1513 : i64
                scf.if %v1642 {
                  %v1648 = llvm.getelementptr %v63[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1639, %v1648 : f32, !llvm.ptr
                }
                %v1649 = arith.mulf %v765, %v1528 fastmath<contract> : f32
                %v1650 = arith.select %v36, %v1649, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1651, %v1652 = gpu.shuffle xor %v1650, %v1008, %v385 : f32
                %v1653 = arith.addf %v1650, %v1651 fastmath<contract> : f32
                %v1654, %v1655 = gpu.shuffle xor %v1653, %v1012, %v385 : f32
                %v1656 = arith.addf %v1653, %v1654 fastmath<contract> : f32
                %v1657 = arith.divui %v17, %v19 : i64
                %v1658 = arith.remui %v17, %v19 : i64
                %v1659 = arith.cmpi ult, %v1658, %v31 : i64
                %v1660 = arith.addi %v31, %v32 : i64
                %v1661 = arith.muli %v1657, %v1 : i64
                %v1662 = arith.addi %v1661, %v1660 : i64
                %v1663 = arith.muli %v1662, %v1022 : i64
                %v1664 = arith.addi %v1663, %v1513 : i64
                scf.if %v1659 {
                  %v1665 = llvm.getelementptr %v63[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1656, %v1665 : f32, !llvm.ptr
                }
                %v1666 = arith.mulf %v1519, %v745 fastmath<contract> : f32
                %v1667 = arith.mulf %v1540, %v765 fastmath<contract> : f32
                %v1668 = arith.addf %v1666, %v1667 fastmath<contract> : f32
                llvm.store %v1668, %v897 : f32, !llvm.ptr
                %v1669 = arith.muli %v32, %v241 : i64
                %v1670 = arith.subi %v1514, %v211 : i64
                %v1671 = arith.addi %v1669, %v1670 : i64
                %v1672 = llvm.getelementptr %v65[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
                %v1674 = arith.mulf %v1673, %v1576 fastmath<contract> : f32
                %v1675 = arith.constant 8 : i64
                %v1676 = arith.addi %v1675, %v32 : i64
                %v1677 = arith.muli %v1676, %v241 : i64
                %v1678 = arith.subi %v1514, %v211 : i64
                %v1679 = arith.addi %v1677, %v1678 : i64
                %v1680 = llvm.getelementptr %v65[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
                %v1682 = arith.mulf %v1681, %v1592 fastmath<contract> : f32
                %v1683 = arith.addf %v1674, %v1682 fastmath<contract> : f32
                llvm.store %v1683, %v898 : f32, !llvm.ptr
                %v1684 = arith.mulf %v1572, %v1577 fastmath<contract> : f32
                %v1685 = arith.mulf %v1575, %v1684 fastmath<contract> : f32
                %v1686 = arith.mulf %v1588, %v1593 fastmath<contract> : f32
                %v1687 = arith.mulf %v1591, %v1686 fastmath<contract> : f32
                %v1688 = arith.addf %v1685, %v1687 fastmath<contract> : f32
                llvm.store %v1688, %v899 : f32, !llvm.ptr
                llvm.store %v1575, %v52 : f32, !llvm.ptr
                llvm.store %v1591, %v53 : f32, !llvm.ptr
              }
              %v1689 = llvm.load %v897 : !llvm.ptr -> f32
              %v1690 = arith.select %v902, %v1689, %v1498 : f32
              %v1691 = arith.select %v902, %v1498, %v1689 : f32
              %v1692, %v1693 = gpu.shuffle xor %v1690, %v1294, %v385 : f32
              %v1694 = arith.addf %v1691, %v1692 fastmath<contract> : f32
              %v1695 = arith.select %v905, %v1694, %v1297 : f32
              %v1696 = arith.select %v905, %v1297, %v1694 : f32
              %v1698, %v1699 = gpu.shuffle xor %v1695, %v1697, %v385 : f32
              %v1700 = arith.addf %v1696, %v1698 fastmath<contract> : f32
              %v1701 = llvm.load %v898 : !llvm.ptr -> f32
              %v1702 = arith.select %v902, %v1701, %v1499 : f32
              %v1703 = arith.select %v902, %v1499, %v1701 : f32
              %v1704, %v1705 = gpu.shuffle xor %v1702, %v1294, %v385 : f32
              %v1706 = arith.addf %v1703, %v1704 fastmath<contract> : f32
              %v1707 = arith.select %v905, %v1706, %v1303 : f32
              %v1708 = arith.select %v905, %v1303, %v1706 : f32
              %v1709, %v1710 = gpu.shuffle xor %v1707, %v1697, %v385 : f32
              %v1711 = arith.addf %v1708, %v1709 fastmath<contract> : f32
              %v1712 = llvm.load %v899 : !llvm.ptr -> f32
              %v1713 = arith.select %v902, %v1712, %v1500 : f32
              %v1714 = arith.select %v902, %v1500, %v1712 : f32
              %v1715, %v1716 = gpu.shuffle xor %v1713, %v1294, %v385 : f32
              %v1717 = arith.addf %v1714, %v1715 fastmath<contract> : f32
              %v1718 = arith.select %v905, %v1717, %v1309 : f32
              %v1719 = arith.select %v905, %v1309, %v1717 : f32
              %v1720, %v1721 = gpu.shuffle xor %v1718, %v1697, %v385 : f32
              %v1722 = arith.addf %v1719, %v1720 fastmath<contract> : f32
              %v1723 = arith.addi %v450, %v432 : i64
              %v1724 = arith.cmpi slt, %v1723, %v213 : i64
              %v1725, %v1726 = gpu.shuffle idx %v512, %v181, %v385 : f32
              %v1727, %v1728 = gpu.shuffle idx %v521, %v181, %v385 : f32
              %v1729, %v1730 = gpu.shuffle idx %v535, %v181, %v385 : f32
              %v1731, %v1732 = gpu.shuffle idx %v544, %v181, %v385 : f32
              %v1733, %v1734 = gpu.shuffle idx %v549, %v181, %v385 : f32
              %v1735 = arith.addi %v452, %v46 : i64
              llvm.store %v68, %v897 : f32, !llvm.ptr
              llvm.store %v68, %v898 : f32, !llvm.ptr
              llvm.store %v68, %v899 : f32, !llvm.ptr
              scf.if %v1724 {
                %v1736 = arith.addi %v211, %v1723 : i64
                %v1737 = arith.muli %v32, %v241 : i64
                %v1738 = arith.subi %v1736, %v211 : i64
                %v1739 = arith.addi %v1737, %v1738 : i64
                %v1740 = llvm.getelementptr %v67[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1741 = llvm.load %v1740 : !llvm.ptr -> f32
                %v1742 = arith.muli %v44, %v322 : i64
                %v1743 = arith.muli %v42, %v321 : i64
                %v1744 = arith.addi %v1742, %v1743 : i64
                %v1745 = arith.subi %v235, %v1736 : i64
                %v1746 = arith.muli %v1745, %v2 : i64
                %v1747 = arith.addi %v1744, %v1746 : i64
                %v1748 = llvm.getelementptr %dy_y[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1749 = llvm.load %v1748 : !llvm.ptr -> f32
                %v1750 = arith.mulf %v1729, %v1749 fastmath<contract> : f32
                %v1751 = arith.mulf %v1741, %v1750 fastmath<contract> : f32
                %v1752 = llvm.load %v50 : !llvm.ptr -> f32
                %v1753 = llvm.load %v52 : !llvm.ptr -> f32
                %v1754 = arith.mulf %v1753, %v1752 fastmath<contract> : f32
                %v1755 = arith.addf %v1751, %v1754 fastmath<contract> : f32
                llvm.store %v1755, %v50 : f32, !llvm.ptr
                %v1756 = arith.constant 8 : i64
                %v1757 = arith.addi %v1756, %v32 : i64
                %v1758 = arith.muli %v1757, %v241 : i64
                %v1759 = arith.subi %v1736, %v211 : i64
                %v1760 = arith.addi %v1758, %v1759 : i64
                %v1761 = llvm.getelementptr %v67[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
                %v1763 = arith.mulf %v1762, %v1750 fastmath<contract> : f32
                %v1764 = llvm.load %v51 : !llvm.ptr -> f32
                %v1765 = llvm.load %v53 : !llvm.ptr -> f32
                %v1766 = arith.mulf %v1765, %v1764 fastmath<contract> : f32
                %v1767 = arith.addf %v1763, %v1766 fastmath<contract> : f32
                llvm.store %v1767, %v51 : f32, !llvm.ptr
                %v1768 = arith.subi %size_L, %v2 : i64
                %v1769 = arith.cmpi eq, %v1736, %v1768 : i64
                scf.if %v1769 {
                  %v1770 = arith.muli %v44, %v117 : i64
                  %v1771 = arith.muli %v42, %v116 : i64
                  %v1772 = arith.addi %v1770, %v1771 : i64
                  %v1773 = arith.muli %v32, %v2 : i64
                  %v1774 = arith.addi %v1772, %v1773 : i64
                  %v1775 = llvm.getelementptr %dy_h_first[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1776 = llvm.load %v1775 : !llvm.ptr -> f32
                  %v1777 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1778 = arith.addf %v1777, %v1776 fastmath<contract> : f32
                  llvm.store %v1778, %v50 : f32, !llvm.ptr
                  %v1779 = arith.muli %v44, %v117 : i64
                  %v1780 = arith.muli %v42, %v116 : i64
                  %v1781 = arith.addi %v1779, %v1780 : i64
                  %v1782 = arith.constant 8 : i64
                  %v1783 = arith.addi %v1782, %v32 : i64
                  %v1784 = arith.muli %v1783, %v2 : i64
                  %v1785 = arith.addi %v1781, %v1784 : i64
                  %v1786 = llvm.getelementptr %dy_h_first[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
                  %v1788 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1789 = arith.addf %v1788, %v1787 fastmath<contract> : f32
                  llvm.store %v1789, %v51 : f32, !llvm.ptr
                }
                %v1790 = arith.muli %v42, %v393 : i64
                %v1791 = arith.muli %v32, %v2 : i64
                %v1792 = arith.addi %v1790, %v1791 : i64
                %v1793 = llvm.getelementptr %in_A[%v1792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1794 = llvm.load %v1793 : !llvm.ptr -> f32
                %v1795 = arith.mulf %v1725, %v1794 fastmath<contract> : f32
                %v1796 = arith.mulf %v1795, %v338 fastmath<contract> : f32
                %v1797 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1796) : (f32) -> f32
                %v1798 = llvm.load %v50 : !llvm.ptr -> f32
                %v1799 = arith.mulf %v659, %v1798 fastmath<contract> : f32
                %v1800 = arith.mulf %v1797, %v1799 fastmath<contract> : f32
                %v1801 = arith.mulf %v1725, %v1800 fastmath<contract> : f32
                %v1802 = llvm.load %v54 : !llvm.ptr -> f32
                %v1803 = arith.addf %v1802, %v1801 fastmath<contract> : f32
                llvm.store %v1803, %v54 : f32, !llvm.ptr
                %v1804 = arith.muli %v42, %v393 : i64
                %v1805 = arith.constant 8 : i64
                %v1806 = arith.addi %v1805, %v32 : i64
                %v1807 = arith.muli %v1806, %v2 : i64
                %v1808 = arith.addi %v1804, %v1807 : i64
                %v1809 = llvm.getelementptr %in_A[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1810 = llvm.load %v1809 : !llvm.ptr -> f32
                %v1811 = arith.mulf %v1725, %v1810 fastmath<contract> : f32
                %v1812 = arith.mulf %v1811, %v338 fastmath<contract> : f32
                %v1813 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1812) : (f32) -> f32
                %v1814 = llvm.load %v51 : !llvm.ptr -> f32
                %v1815 = arith.mulf %v679, %v1814 fastmath<contract> : f32
                %v1816 = arith.mulf %v1813, %v1815 fastmath<contract> : f32
                %v1817 = arith.mulf %v1725, %v1816 fastmath<contract> : f32
                %v1818 = llvm.load %v55 : !llvm.ptr -> f32
                %v1819 = arith.addf %v1818, %v1817 fastmath<contract> : f32
                llvm.store %v1819, %v55 : f32, !llvm.ptr
                %v1820 = arith.mulf %v1727, %v1798 fastmath<contract> : f32
                %v1821 = arith.select %v36, %v1820, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1822, %v1823 = gpu.shuffle xor %v1821, %v1008, %v385 : f32
                %v1824 = arith.addf %v1821, %v1822 fastmath<contract> : f32
                %v1825, %v1826 = gpu.shuffle xor %v1824, %v1012, %v385 : f32
                %v1827 = arith.addf %v1824, %v1825 fastmath<contract> : f32
                %v1828 = arith.divui %v17, %v19 : i64
                %v1829 = arith.remui %v17, %v19 : i64
                %v1830 = arith.cmpi ult, %v1829, %v31 : i64
                %v1831 = arith.addi %v70, %v32 : i64
                %v1832 = arith.muli %v1828, %v1 : i64
                %v1833 = arith.addi %v1832, %v1831 : i64
                %v1834 = arith.muli %v1833, %v1022 : i64
                %v1835 = arith.addi %v1834, %v1735 : i64
                scf.if %v1830 {
                  %v1836 = llvm.getelementptr %v61[%v1835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1827, %v1836 : f32, !llvm.ptr
                }
                %v1837 = arith.mulf %v1727, %v1814 fastmath<contract> : f32
                %v1838 = arith.select %v36, %v1837, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1839, %v1840 = gpu.shuffle xor %v1838, %v1008, %v385 : f32
                %v1841 = arith.addf %v1838, %v1839 fastmath<contract> : f32
                %v1842, %v1843 = gpu.shuffle xor %v1841, %v1012, %v385 : f32
                %v1844 = arith.addf %v1841, %v1842 fastmath<contract> : f32
                %v1845 = arith.divui %v17, %v19 : i64
                %v1846 = arith.remui %v17, %v19 : i64
                %v1847 = arith.cmpi ult, %v1846, %v31 : i64
                %v1848 = arith.addi %v31, %v32 : i64
                %v1849 = arith.muli %v1845, %v1 : i64
                %v1850 = arith.addi %v1849, %v1848 : i64
                %v1851 = arith.muli %v1850, %v1022 : i64
                %v1852 = arith.addi %v1851, %v1735 : i64
                scf.if %v1847 {
                  %v1853 = llvm.getelementptr %v61[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1844, %v1853 : f32, !llvm.ptr
                }
                %v1854 = arith.mulf %v702, %v1750 fastmath<contract> : f32
                %v1855 = arith.select %v36, %v1854, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1856, %v1857 = gpu.shuffle xor %v1855, %v1008, %v385 : f32
                %v1858 = arith.addf %v1855, %v1856 fastmath<contract> : f32
                %v1859, %v1860 = gpu.shuffle xor %v1858, %v1012, %v385 : f32
                %v1861 = arith.addf %v1858, %v1859 fastmath<contract> : f32
                %v1862 = arith.divui %v17, %v19 : i64
                %v1863 = arith.remui %v17, %v19 : i64
                %v1864 = arith.cmpi ult, %v1863, %v31 : i64
                %v1865 = arith.addi %v70, %v32 : i64
                %v1866 = arith.muli %v1862, %v1 : i64
                %v1867 = arith.addi %v1866, %v1865 : i64
                %v1868 = arith.muli %v1867, %v1022 : i64
                %v1869 = arith.addi %v1868, %v1735 : i64
                scf.if %v1864 {
                  %v1870 = llvm.getelementptr %v63[%v1869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1861, %v1870 : f32, !llvm.ptr
                }
                %v1871 = arith.mulf %v722, %v1750 fastmath<contract> : f32
                %v1872 = arith.select %v36, %v1871, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v1008, %v385 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                %v1876, %v1877 = gpu.shuffle xor %v1875, %v1012, %v385 : f32
                %v1878 = arith.addf %v1875, %v1876 fastmath<contract> : f32
                %v1879 = arith.divui %v17, %v19 : i64
                %v1880 = arith.remui %v17, %v19 : i64
                %v1881 = arith.cmpi ult, %v1880, %v31 : i64
                %v1882 = arith.addi %v31, %v32 : i64
                %v1883 = arith.muli %v1879, %v1 : i64
                %v1884 = arith.addi %v1883, %v1882 : i64
                %v1885 = arith.muli %v1884, %v1022 : i64
                %v1886 = arith.addi %v1885, %v1735 : i64
                scf.if %v1881 {
                  %v1887 = llvm.getelementptr %v63[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1878, %v1887 : f32, !llvm.ptr
                }
                %v1888 = arith.mulf %v1741, %v702 fastmath<contract> : f32
                %v1889 = arith.mulf %v1762, %v722 fastmath<contract> : f32
                %v1890 = arith.addf %v1888, %v1889 fastmath<contract> : f32
                llvm.store %v1890, %v897 : f32, !llvm.ptr
                %v1891 = arith.muli %v32, %v241 : i64
                %v1892 = arith.subi %v1736, %v211 : i64
                %v1893 = arith.addi %v1891, %v1892 : i64
                %v1894 = llvm.getelementptr %v65[%v1893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1895 = llvm.load %v1894 : !llvm.ptr -> f32
                %v1896 = arith.mulf %v1895, %v1798 fastmath<contract> : f32
                %v1897 = arith.constant 8 : i64
                %v1898 = arith.addi %v1897, %v32 : i64
                %v1899 = arith.muli %v1898, %v241 : i64
                %v1900 = arith.subi %v1736, %v211 : i64
                %v1901 = arith.addi %v1899, %v1900 : i64
                %v1902 = llvm.getelementptr %v65[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
                %v1904 = arith.mulf %v1903, %v1814 fastmath<contract> : f32
                %v1905 = arith.addf %v1896, %v1904 fastmath<contract> : f32
                llvm.store %v1905, %v898 : f32, !llvm.ptr
                %v1906 = arith.mulf %v1794, %v1799 fastmath<contract> : f32
                %v1907 = arith.mulf %v1797, %v1906 fastmath<contract> : f32
                %v1908 = arith.mulf %v1810, %v1815 fastmath<contract> : f32
                %v1909 = arith.mulf %v1813, %v1908 fastmath<contract> : f32
                %v1910 = arith.addf %v1907, %v1909 fastmath<contract> : f32
                llvm.store %v1910, %v899 : f32, !llvm.ptr
                llvm.store %v1797, %v52 : f32, !llvm.ptr
                llvm.store %v1813, %v53 : f32, !llvm.ptr
              }
              %v1911 = llvm.load %v897 : !llvm.ptr -> f32
              %v1912 = llvm.load %v898 : !llvm.ptr -> f32
              %v1913 = llvm.load %v899 : !llvm.ptr -> f32
              %v1914 = arith.addi %v450, %v636 : i64
              %v1915 = arith.cmpi slt, %v1914, %v213 : i64
              %v1916, %v1917 = gpu.shuffle idx %v512, %v177, %v385 : f32
              %v1918, %v1919 = gpu.shuffle idx %v521, %v177, %v385 : f32
              %v1920, %v1921 = gpu.shuffle idx %v535, %v177, %v385 : f32
              %v1922, %v1923 = gpu.shuffle idx %v544, %v177, %v385 : f32
              %v1924, %v1925 = gpu.shuffle idx %v549, %v177, %v385 : f32
              %v1926 = arith.addi %v452, %v766 : i64
              llvm.store %v68, %v897 : f32, !llvm.ptr
              llvm.store %v68, %v898 : f32, !llvm.ptr
              llvm.store %v68, %v899 : f32, !llvm.ptr
              scf.if %v1915 {
                %v1927 = arith.addi %v211, %v1914 : i64
                %v1928 = arith.muli %v32, %v241 : i64
                %v1929 = arith.subi %v1927, %v211 : i64
                %v1930 = arith.addi %v1928, %v1929 : i64
                %v1931 = llvm.getelementptr %v67[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
                %v1933 = arith.muli %v44, %v322 : i64
                %v1934 = arith.muli %v42, %v321 : i64
                %v1935 = arith.addi %v1933, %v1934 : i64
                %v1936 = arith.subi %v235, %v1927 : i64
                %v1937 = arith.muli %v1936, %v2 : i64
                %v1938 = arith.addi %v1935, %v1937 : i64
                %v1939 = llvm.getelementptr %dy_y[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
                %v1941 = arith.mulf %v1920, %v1940 fastmath<contract> : f32
                %v1942 = arith.mulf %v1932, %v1941 fastmath<contract> : f32
                %v1943 = llvm.load %v50 : !llvm.ptr -> f32
                %v1944 = llvm.load %v52 : !llvm.ptr -> f32
                %v1945 = arith.mulf %v1944, %v1943 fastmath<contract> : f32
                %v1946 = arith.addf %v1942, %v1945 fastmath<contract> : f32
                llvm.store %v1946, %v50 : f32, !llvm.ptr
                %v1947 = arith.constant 8 : i64
                %v1948 = arith.addi %v1947, %v32 : i64
                %v1949 = arith.muli %v1948, %v241 : i64
                %v1950 = arith.subi %v1927, %v211 : i64
                %v1951 = arith.addi %v1949, %v1950 : i64
                %v1952 = llvm.getelementptr %v67[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1953 = llvm.load %v1952 : !llvm.ptr -> f32
                %v1954 = arith.mulf %v1953, %v1941 fastmath<contract> : f32
                %v1955 = llvm.load %v51 : !llvm.ptr -> f32
                %v1956 = llvm.load %v53 : !llvm.ptr -> f32
                %v1957 = arith.mulf %v1956, %v1955 fastmath<contract> : f32
                %v1958 = arith.addf %v1954, %v1957 fastmath<contract> : f32
                llvm.store %v1958, %v51 : f32, !llvm.ptr
                %v1959 = arith.subi %size_L, %v2 : i64
                %v1960 = arith.cmpi eq, %v1927, %v1959 : i64
                scf.if %v1960 {
                  %v1961 = arith.muli %v44, %v117 : i64
                  %v1962 = arith.muli %v42, %v116 : i64
                  %v1963 = arith.addi %v1961, %v1962 : i64
                  %v1964 = arith.muli %v32, %v2 : i64
                  %v1965 = arith.addi %v1963, %v1964 : i64
                  %v1966 = llvm.getelementptr %dy_h_first[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
                  %v1968 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1969 = arith.addf %v1968, %v1967 fastmath<contract> : f32
                  llvm.store %v1969, %v50 : f32, !llvm.ptr
                  %v1970 = arith.muli %v44, %v117 : i64
                  %v1971 = arith.muli %v42, %v116 : i64
                  %v1972 = arith.addi %v1970, %v1971 : i64
                  %v1973 = arith.constant 8 : i64
                  %v1974 = arith.addi %v1973, %v32 : i64
                  %v1975 = arith.muli %v1974, %v2 : i64
                  %v1976 = arith.addi %v1972, %v1975 : i64
                  %v1977 = llvm.getelementptr %dy_h_first[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1978 = llvm.load %v1977 : !llvm.ptr -> f32
                  %v1979 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1980 = arith.addf %v1979, %v1978 fastmath<contract> : f32
                  llvm.store %v1980, %v51 : f32, !llvm.ptr
                }
                %v1981 = arith.muli %v42, %v393 : i64
                %v1982 = arith.muli %v32, %v2 : i64
                %v1983 = arith.addi %v1981, %v1982 : i64
                %v1984 = llvm.getelementptr %in_A[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                %v1986 = arith.mulf %v1916, %v1985 fastmath<contract> : f32
                %v1987 = arith.mulf %v1986, %v338 fastmath<contract> : f32
                %v1988 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1987) : (f32) -> f32
                %v1989 = llvm.load %v50 : !llvm.ptr -> f32
                %v1990 = arith.mulf %v615, %v1989 fastmath<contract> : f32
                %v1991 = arith.mulf %v1988, %v1990 fastmath<contract> : f32
                %v1992 = arith.mulf %v1916, %v1991 fastmath<contract> : f32
                %v1993 = llvm.load %v54 : !llvm.ptr -> f32
                %v1994 = arith.addf %v1993, %v1992 fastmath<contract> : f32
                llvm.store %v1994, %v54 : f32, !llvm.ptr
                %v1995 = arith.muli %v42, %v393 : i64
                %v1996 = arith.constant 8 : i64
                %v1997 = arith.addi %v1996, %v32 : i64
                %v1998 = arith.muli %v1997, %v2 : i64
                %v1999 = arith.addi %v1995, %v1998 : i64
                %v2000 = llvm.getelementptr %in_A[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2001 = llvm.load %v2000 : !llvm.ptr -> f32
                %v2002 = arith.mulf %v1916, %v2001 fastmath<contract> : f32
                %v2003 = arith.mulf %v2002, %v338 fastmath<contract> : f32
                %v2004 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2003) : (f32) -> f32
                %v2005 = llvm.load %v51 : !llvm.ptr -> f32
                %v2006 = arith.mulf %v635, %v2005 fastmath<contract> : f32
                %v2007 = arith.mulf %v2004, %v2006 fastmath<contract> : f32
                %v2008 = arith.mulf %v1916, %v2007 fastmath<contract> : f32
                %v2009 = llvm.load %v55 : !llvm.ptr -> f32
                %v2010 = arith.addf %v2009, %v2008 fastmath<contract> : f32
                llvm.store %v2010, %v55 : f32, !llvm.ptr
                %v2011 = arith.mulf %v1918, %v1989 fastmath<contract> : f32
                %v2012 = arith.select %v36, %v2011, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2013, %v2014 = gpu.shuffle xor %v2012, %v1008, %v385 : f32
                %v2015 = arith.addf %v2012, %v2013 fastmath<contract> : f32
                %v2016, %v2017 = gpu.shuffle xor %v2015, %v1012, %v385 : f32
                %v2018 = arith.addf %v2015, %v2016 fastmath<contract> : f32
                %v2019 = arith.divui %v17, %v19 : i64
                %v2020 = arith.remui %v17, %v19 : i64
                %v2021 = arith.cmpi ult, %v2020, %v31 : i64
                %v2022 = arith.addi %v70, %v32 : i64
                %v2023 = arith.muli %v2019, %v1 : i64
                %v2024 = arith.addi %v2023, %v2022 : i64
                %v2025 = arith.muli %v2024, %v1022 : i64
                %v2026 = arith.addi %v2025, %v1926 : i64
                scf.if %v2021 {
                  %v2027 = llvm.getelementptr %v61[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2018, %v2027 : f32, !llvm.ptr
                }
                %v2028 = arith.mulf %v1918, %v2005 fastmath<contract> : f32
                %v2029 = arith.select %v36, %v2028, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2030, %v2031 = gpu.shuffle xor %v2029, %v1008, %v385 : f32
                %v2032 = arith.addf %v2029, %v2030 fastmath<contract> : f32
                %v2033, %v2034 = gpu.shuffle xor %v2032, %v1012, %v385 : f32
                %v2035 = arith.addf %v2032, %v2033 fastmath<contract> : f32
                %v2036 = arith.divui %v17, %v19 : i64
                %v2037 = arith.remui %v17, %v19 : i64
                %v2038 = arith.cmpi ult, %v2037, %v31 : i64
                %v2039 = arith.addi %v31, %v32 : i64
                %v2040 = arith.muli %v2036, %v1 : i64
                %v2041 = arith.addi %v2040, %v2039 : i64
                %v2042 = arith.muli %v2041, %v1022 : i64
                %v2043 = arith.addi %v2042, %v1926 : i64
                scf.if %v2038 {
                  %v2044 = llvm.getelementptr %v61[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2035, %v2044 : f32, !llvm.ptr
                }
                %v2045 = arith.mulf %v659, %v1941 fastmath<contract> : f32
                %v2046 = arith.select %v36, %v2045, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2047, %v2048 = gpu.shuffle xor %v2046, %v1008, %v385 : f32
                %v2049 = arith.addf %v2046, %v2047 fastmath<contract> : f32
                %v2050, %v2051 = gpu.shuffle xor %v2049, %v1012, %v385 : f32
                %v2052 = arith.addf %v2049, %v2050 fastmath<contract> : f32
                %v2053 = arith.divui %v17, %v19 : i64
                %v2054 = arith.remui %v17, %v19 : i64
                %v2055 = arith.cmpi ult, %v2054, %v31 : i64
                %v2056 = arith.addi %v70, %v32 : i64
                %v2057 = arith.muli %v2053, %v1 : i64
                %v2058 = arith.addi %v2057, %v2056 : i64
                %v2059 = arith.muli %v2058, %v1022 : i64
                %v2060 = arith.addi %v2059, %v1926 : i64
                scf.if %v2055 {
                  %v2061 = llvm.getelementptr %v63[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2052, %v2061 : f32, !llvm.ptr
                }
                %v2062 = arith.mulf %v679, %v1941 fastmath<contract> : f32
                %v2063 = arith.select %v36, %v2062, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2064, %v2065 = gpu.shuffle xor %v2063, %v1008, %v385 : f32
                %v2066 = arith.addf %v2063, %v2064 fastmath<contract> : f32
                %v2067, %v2068 = gpu.shuffle xor %v2066, %v1012, %v385 : f32
                %v2069 = arith.addf %v2066, %v2067 fastmath<contract> : f32
                %v2070 = arith.divui %v17, %v19 : i64
                %v2071 = arith.remui %v17, %v19 : i64
                %v2072 = arith.cmpi ult, %v2071, %v31 : i64
                %v2073 = arith.addi %v31, %v32 : i64
                %v2074 = arith.muli %v2070, %v1 : i64
                %v2075 = arith.addi %v2074, %v2073 : i64
                %v2076 = arith.muli %v2075, %v1022 : i64
                %v2077 = arith.addi %v2076, %v1926 : i64
                scf.if %v2072 {
                  %v2078 = llvm.getelementptr %v63[%v2077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2069, %v2078 : f32, !llvm.ptr
                }
                %v2079 = arith.mulf %v1932, %v659 fastmath<contract> : f32
                %v2080 = arith.mulf %v1953, %v679 fastmath<contract> : f32
                %v2081 = arith.addf %v2079, %v2080 fastmath<contract> : f32
                llvm.store %v2081, %v897 : f32, !llvm.ptr
                %v2082 = arith.muli %v32, %v241 : i64
                %v2083 = arith.subi %v1927, %v211 : i64
                %v2084 = arith.addi %v2082, %v2083 : i64
                %v2085 = llvm.getelementptr %v65[%v2084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2086 = llvm.load %v2085 : !llvm.ptr -> f32
                %v2087 = arith.mulf %v2086, %v1989 fastmath<contract> : f32
                %v2088 = arith.constant 8 : i64
                %v2089 = arith.addi %v2088, %v32 : i64
                %v2090 = arith.muli %v2089, %v241 : i64
                %v2091 = arith.subi %v1927, %v211 : i64
                %v2092 = arith.addi %v2090, %v2091 : i64
                %v2093 = llvm.getelementptr %v65[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2094 = llvm.load %v2093 : !llvm.ptr -> f32
                %v2095 = arith.mulf %v2094, %v2005 fastmath<contract> : f32
                %v2096 = arith.addf %v2087, %v2095 fastmath<contract> : f32
                llvm.store %v2096, %v898 : f32, !llvm.ptr
                %v2097 = arith.mulf %v1985, %v1990 fastmath<contract> : f32
                %v2098 = arith.mulf %v1988, %v2097 fastmath<contract> : f32
                %v2099 = arith.mulf %v2001, %v2006 fastmath<contract> : f32
                %v2100 = arith.mulf %v2004, %v2099 fastmath<contract> : f32
                %v2101 = arith.addf %v2098, %v2100 fastmath<contract> : f32
                llvm.store %v2101, %v899 : f32, !llvm.ptr
                llvm.store %v1988, %v52 : f32, !llvm.ptr
                llvm.store %v2004, %v53 : f32, !llvm.ptr
              }
              %v2102 = llvm.load %v897 : !llvm.ptr -> f32
              %v2103 = arith.select %v902, %v2102, %v1911 : f32
              %v2104 = arith.select %v902, %v1911, %v2102 : f32
              %v2105, %v2106 = gpu.shuffle xor %v2103, %v1294, %v385 : f32
              %v2107 = arith.addf %v2104, %v2105 fastmath<contract> : f32
              %v2108 = llvm.load %v898 : !llvm.ptr -> f32
              %v2109 = arith.select %v902, %v2108, %v1912 : f32
              %v2110 = arith.select %v902, %v1912, %v2108 : f32
              %v2111, %v2112 = gpu.shuffle xor %v2109, %v1294, %v385 : f32
              %v2113 = arith.addf %v2110, %v2111 fastmath<contract> : f32
              %v2114 = llvm.load %v899 : !llvm.ptr -> f32
              %v2115 = arith.select %v902, %v2114, %v1913 : f32
              %v2116 = arith.select %v902, %v1913, %v2114 : f32
              %v2117, %v2118 = gpu.shuffle xor %v2115, %v1294, %v385 : f32
              %v2119 = arith.addf %v2116, %v2117 fastmath<contract> : f32
              %v2120 = arith.addi %v450, %v2 : i64
              %v2121 = arith.cmpi slt, %v2120, %v213 : i64
              %v2122, %v2123 = gpu.shuffle idx %v512, %v173, %v385 : f32
              %v2124, %v2125 = gpu.shuffle idx %v521, %v173, %v385 : f32
              %v2126, %v2127 = gpu.shuffle idx %v535, %v173, %v385 : f32
              %v2128, %v2129 = gpu.shuffle idx %v544, %v173, %v385 : f32
              %v2130, %v2131 = gpu.shuffle idx %v549, %v173, %v385 : f32
              %v2132 = arith.addi %v452, %v810 : i64
              llvm.store %v68, %v897 : f32, !llvm.ptr
              llvm.store %v68, %v898 : f32, !llvm.ptr
              llvm.store %v68, %v899 : f32, !llvm.ptr
              scf.if %v2121 {
                %v2133 = arith.addi %v211, %v2120 : i64
                %v2134 = arith.muli %v32, %v241 : i64
                %v2135 = arith.subi %v2133, %v211 : i64
                %v2136 = arith.addi %v2134, %v2135 : i64
                %v2137 = llvm.getelementptr %v67[%v2136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2138 = llvm.load %v2137 : !llvm.ptr -> f32
                %v2139 = arith.muli %v44, %v322 : i64
                %v2140 = arith.muli %v42, %v321 : i64
                %v2141 = arith.addi %v2139, %v2140 : i64
                %v2142 = arith.subi %v235, %v2133 : i64
                %v2143 = arith.muli %v2142, %v2 : i64
                %v2144 = arith.addi %v2141, %v2143 : i64
                %v2145 = llvm.getelementptr %dy_y[%v2144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2146 = llvm.load %v2145 : !llvm.ptr -> f32
                %v2147 = arith.mulf %v2126, %v2146 fastmath<contract> : f32
                %v2148 = arith.mulf %v2138, %v2147 fastmath<contract> : f32
                %v2149 = llvm.load %v50 : !llvm.ptr -> f32
                %v2150 = llvm.load %v52 : !llvm.ptr -> f32
                %v2151 = arith.mulf %v2150, %v2149 fastmath<contract> : f32
                %v2152 = arith.addf %v2148, %v2151 fastmath<contract> : f32
                llvm.store %v2152, %v50 : f32, !llvm.ptr
                %v2153 = arith.constant 8 : i64
                %v2154 = arith.addi %v2153, %v32 : i64
                %v2155 = arith.muli %v2154, %v241 : i64
                %v2156 = arith.subi %v2133, %v211 : i64
                %v2157 = arith.addi %v2155, %v2156 : i64
                %v2158 = llvm.getelementptr %v67[%v2157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2159 = llvm.load %v2158 : !llvm.ptr -> f32
                %v2160 = arith.mulf %v2159, %v2147 fastmath<contract> : f32
                %v2161 = llvm.load %v51 : !llvm.ptr -> f32
                %v2162 = llvm.load %v53 : !llvm.ptr -> f32
                %v2163 = arith.mulf %v2162, %v2161 fastmath<contract> : f32
                %v2164 = arith.addf %v2160, %v2163 fastmath<contract> : f32
                llvm.store %v2164, %v51 : f32, !llvm.ptr
                %v2165 = arith.subi %size_L, %v2 : i64
                %v2166 = arith.cmpi eq, %v2133, %v2165 : i64
                scf.if %v2166 {
                  %v2167 = arith.muli %v44, %v117 : i64
                  %v2168 = arith.muli %v42, %v116 : i64
                  %v2169 = arith.addi %v2167, %v2168 : i64
                  %v2170 = arith.muli %v32, %v2 : i64
                  %v2171 = arith.addi %v2169, %v2170 : i64
                  %v2172 = llvm.getelementptr %dy_h_first[%v2171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2173 = llvm.load %v2172 : !llvm.ptr -> f32
                  %v2174 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2175 = arith.addf %v2174, %v2173 fastmath<contract> : f32
                  llvm.store %v2175, %v50 : f32, !llvm.ptr
                  %v2176 = arith.muli %v44, %v117 : i64
                  %v2177 = arith.muli %v42, %v116 : i64
                  %v2178 = arith.addi %v2176, %v2177 : i64
                  %v2179 = arith.constant 8 : i64
                  %v2180 = arith.addi %v2179, %v32 : i64
                  %v2181 = arith.muli %v2180, %v2 : i64
                  %v2182 = arith.addi %v2178, %v2181 : i64
                  %v2183 = llvm.getelementptr %dy_h_first[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2184 = llvm.load %v2183 : !llvm.ptr -> f32
                  %v2185 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2186 = arith.addf %v2185, %v2184 fastmath<contract> : f32
                  llvm.store %v2186, %v51 : f32, !llvm.ptr
                }
                %v2187 = arith.muli %v42, %v393 : i64
                %v2188 = arith.muli %v32, %v2 : i64
                %v2189 = arith.addi %v2187, %v2188 : i64
                %v2190 = llvm.getelementptr %in_A[%v2189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2191 = llvm.load %v2190 : !llvm.ptr -> f32
                %v2192 = arith.mulf %v2122, %v2191 fastmath<contract> : f32
                %v2193 = arith.mulf %v2192, %v338 fastmath<contract> : f32
                %v2194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2193) : (f32) -> f32
                %v2195 = llvm.load %v50 : !llvm.ptr -> f32
                %v2196 = arith.mulf %v572, %v2195 fastmath<contract> : f32
                %v2197 = arith.mulf %v2194, %v2196 fastmath<contract> : f32
                %v2198 = arith.mulf %v2122, %v2197 fastmath<contract> : f32
                %v2199 = llvm.load %v54 : !llvm.ptr -> f32
                %v2200 = arith.addf %v2199, %v2198 fastmath<contract> : f32
                llvm.store %v2200, %v54 : f32, !llvm.ptr
                %v2201 = arith.muli %v42, %v393 : i64
                %v2202 = arith.constant 8 : i64
                %v2203 = arith.addi %v2202, %v32 : i64
                %v2204 = arith.muli %v2203, %v2 : i64
                %v2205 = arith.addi %v2201, %v2204 : i64
                %v2206 = llvm.getelementptr %in_A[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2207 = llvm.load %v2206 : !llvm.ptr -> f32
                %v2208 = arith.mulf %v2122, %v2207 fastmath<contract> : f32
                %v2209 = arith.mulf %v2208, %v338 fastmath<contract> : f32
                %v2210 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2209) : (f32) -> f32
                %v2211 = llvm.load %v51 : !llvm.ptr -> f32
                %v2212 = arith.mulf %v592, %v2211 fastmath<contract> : f32
                %v2213 = arith.mulf %v2210, %v2212 fastmath<contract> : f32
                %v2214 = arith.mulf %v2122, %v2213 fastmath<contract> : f32
                %v2215 = llvm.load %v55 : !llvm.ptr -> f32
                %v2216 = arith.addf %v2215, %v2214 fastmath<contract> : f32
                llvm.store %v2216, %v55 : f32, !llvm.ptr
                %v2217 = arith.mulf %v2124, %v2195 fastmath<contract> : f32
                %v2218 = arith.select %v36, %v2217, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2219, %v2220 = gpu.shuffle xor %v2218, %v1008, %v385 : f32
                %v2221 = arith.addf %v2218, %v2219 fastmath<contract> : f32
                %v2222, %v2223 = gpu.shuffle xor %v2221, %v1012, %v385 : f32
                %v2224 = arith.addf %v2221, %v2222 fastmath<contract> : f32
                %v2225 = arith.divui %v17, %v19 : i64
                %v2226 = arith.remui %v17, %v19 : i64
                %v2227 = arith.cmpi ult, %v2226, %v31 : i64
                %v2228 = arith.addi %v70, %v32 : i64
                %v2229 = arith.muli %v2225, %v1 : i64
                %v2230 = arith.addi %v2229, %v2228 : i64
                %v2231 = arith.muli %v2230, %v1022 : i64
                %v2232 = arith.addi %v2231, %v2132 : i64
                scf.if %v2227 {
                  %v2233 = llvm.getelementptr %v61[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2224, %v2233 : f32, !llvm.ptr
                }
                %v2234 = arith.mulf %v2124, %v2211 fastmath<contract> : f32
                %v2235 = arith.select %v36, %v2234, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2236, %v2237 = gpu.shuffle xor %v2235, %v1008, %v385 : f32
                %v2238 = arith.addf %v2235, %v2236 fastmath<contract> : f32
                %v2239, %v2240 = gpu.shuffle xor %v2238, %v1012, %v385 : f32
                %v2241 = arith.addf %v2238, %v2239 fastmath<contract> : f32
                %v2242 = arith.divui %v17, %v19 : i64
                %v2243 = arith.remui %v17, %v19 : i64
                %v2244 = arith.cmpi ult, %v2243, %v31 : i64
                %v2245 = arith.addi %v31, %v32 : i64
                %v2246 = arith.muli %v2242, %v1 : i64
                %v2247 = arith.addi %v2246, %v2245 : i64
                %v2248 = arith.muli %v2247, %v1022 : i64
                %v2249 = arith.addi %v2248, %v2132 : i64
                scf.if %v2244 {
                  %v2250 = llvm.getelementptr %v61[%v2249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2241, %v2250 : f32, !llvm.ptr
                }
                %v2251 = arith.mulf %v615, %v2147 fastmath<contract> : f32
                %v2252 = arith.select %v36, %v2251, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2253, %v2254 = gpu.shuffle xor %v2252, %v1008, %v385 : f32
                %v2255 = arith.addf %v2252, %v2253 fastmath<contract> : f32
                %v2256, %v2257 = gpu.shuffle xor %v2255, %v1012, %v385 : f32
                %v2258 = arith.addf %v2255, %v2256 fastmath<contract> : f32
                %v2259 = arith.divui %v17, %v19 : i64
                %v2260 = arith.remui %v17, %v19 : i64
                %v2261 = arith.cmpi ult, %v2260, %v31 : i64
                %v2262 = arith.addi %v70, %v32 : i64
                %v2263 = arith.muli %v2259, %v1 : i64
                %v2264 = arith.addi %v2263, %v2262 : i64
                %v2265 = arith.muli %v2264, %v1022 : i64
                %v2266 = arith.addi %v2265, %v2132 : i64
                scf.if %v2261 {
                  %v2267 = llvm.getelementptr %v63[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2258, %v2267 : f32, !llvm.ptr
                }
                %v2268 = arith.mulf %v635, %v2147 fastmath<contract> : f32
                %v2269 = arith.select %v36, %v2268, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2270, %v2271 = gpu.shuffle xor %v2269, %v1008, %v385 : f32
                %v2272 = arith.addf %v2269, %v2270 fastmath<contract> : f32
                %v2273, %v2274 = gpu.shuffle xor %v2272, %v1012, %v385 : f32
                %v2275 = arith.addf %v2272, %v2273 fastmath<contract> : f32
                %v2276 = arith.divui %v17, %v19 : i64
                %v2277 = arith.remui %v17, %v19 : i64
                %v2278 = arith.cmpi ult, %v2277, %v31 : i64
                %v2279 = arith.addi %v31, %v32 : i64
                %v2280 = arith.muli %v2276, %v1 : i64
                %v2281 = arith.addi %v2280, %v2279 : i64
                %v2282 = arith.muli %v2281, %v1022 : i64
                %v2283 = arith.addi %v2282, %v2132 : i64
                scf.if %v2278 {
                  %v2284 = llvm.getelementptr %v63[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2275, %v2284 : f32, !llvm.ptr
                }
                %v2285 = arith.mulf %v2138, %v615 fastmath<contract> : f32
                %v2286 = arith.mulf %v2159, %v635 fastmath<contract> : f32
                %v2287 = arith.addf %v2285, %v2286 fastmath<contract> : f32
                llvm.store %v2287, %v897 : f32, !llvm.ptr
                %v2288 = arith.muli %v32, %v241 : i64
                %v2289 = arith.subi %v2133, %v211 : i64
                %v2290 = arith.addi %v2288, %v2289 : i64
                %v2291 = llvm.getelementptr %v65[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
                %v2293 = arith.mulf %v2292, %v2195 fastmath<contract> : f32
                %v2294 = arith.constant 8 : i64
                %v2295 = arith.addi %v2294, %v32 : i64
                %v2296 = arith.muli %v2295, %v241 : i64
                %v2297 = arith.subi %v2133, %v211 : i64
                %v2298 = arith.addi %v2296, %v2297 : i64
                %v2299 = llvm.getelementptr %v65[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2300 = llvm.load %v2299 : !llvm.ptr -> f32
                %v2301 = arith.mulf %v2300, %v2211 fastmath<contract> : f32
                %v2302 = arith.addf %v2293, %v2301 fastmath<contract> : f32
                llvm.store %v2302, %v898 : f32, !llvm.ptr
                %v2303 = arith.mulf %v2191, %v2196 fastmath<contract> : f32
                %v2304 = arith.mulf %v2194, %v2303 fastmath<contract> : f32
                %v2305 = arith.mulf %v2207, %v2212 fastmath<contract> : f32
                %v2306 = arith.mulf %v2210, %v2305 fastmath<contract> : f32
                %v2307 = arith.addf %v2304, %v2306 fastmath<contract> : f32
                llvm.store %v2307, %v899 : f32, !llvm.ptr
                llvm.store %v2194, %v52 : f32, !llvm.ptr
                llvm.store %v2210, %v53 : f32, !llvm.ptr
              }
              %v2308 = llvm.load %v897 : !llvm.ptr -> f32
              %v2309 = llvm.load %v898 : !llvm.ptr -> f32
              %v2310 = llvm.load %v899 : !llvm.ptr -> f32
              %v2311 = arith.addi %v450, %v70 : i64
              %v2312 = arith.cmpi slt, %v2311, %v213 : i64
              %v2313, %v2314 = gpu.shuffle idx %v512, %v169, %v385 : f32
              %v2315, %v2316 = gpu.shuffle idx %v521, %v169, %v385 : f32
              %v2317, %v2318 = gpu.shuffle idx %v535, %v169, %v385 : f32
              %v2319, %v2320 = gpu.shuffle idx %v544, %v169, %v385 : f32
              %v2321, %v2322 = gpu.shuffle idx %v549, %v169, %v385 : f32
              %v2323 = arith.addi %v452, %v161 : i64
              llvm.store %v68, %v897 : f32, !llvm.ptr
              llvm.store %v68, %v898 : f32, !llvm.ptr
              llvm.store %v68, %v899 : f32, !llvm.ptr
              scf.if %v2312 {
                %v2324 = arith.addi %v211, %v2311 : i64
                %v2325 = arith.muli %v32, %v241 : i64
                %v2326 = arith.subi %v2324, %v211 : i64
                %v2327 = arith.addi %v2325, %v2326 : i64
                %v2328 = llvm.getelementptr %v67[%v2327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2329 = llvm.load %v2328 : !llvm.ptr -> f32
                %v2330 = arith.muli %v44, %v322 : i64
                %v2331 = arith.muli %v42, %v321 : i64
                %v2332 = arith.addi %v2330, %v2331 : i64
                %v2333 = arith.subi %v235, %v2324 : i64
                %v2334 = arith.muli %v2333, %v2 : i64
                %v2335 = arith.addi %v2332, %v2334 : i64
                %v2336 = llvm.getelementptr %dy_y[%v2335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2337 = llvm.load %v2336 : !llvm.ptr -> f32
                %v2338 = arith.mulf %v2317, %v2337 fastmath<contract> : f32
                %v2339 = arith.mulf %v2329, %v2338 fastmath<contract> : f32
                %v2340 = llvm.load %v50 : !llvm.ptr -> f32
                %v2341 = llvm.load %v52 : !llvm.ptr -> f32
                %v2342 = arith.mulf %v2341, %v2340 fastmath<contract> : f32
                %v2343 = arith.addf %v2339, %v2342 fastmath<contract> : f32
                llvm.store %v2343, %v50 : f32, !llvm.ptr
                %v2344 = arith.constant 8 : i64
                %v2345 = arith.addi %v2344, %v32 : i64
                %v2346 = arith.muli %v2345, %v241 : i64
                %v2347 = arith.subi %v2324, %v211 : i64
                %v2348 = arith.addi %v2346, %v2347 : i64
                %v2349 = llvm.getelementptr %v67[%v2348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2350 = llvm.load %v2349 : !llvm.ptr -> f32
                %v2351 = arith.mulf %v2350, %v2338 fastmath<contract> : f32
                %v2352 = llvm.load %v51 : !llvm.ptr -> f32
                %v2353 = llvm.load %v53 : !llvm.ptr -> f32
                %v2354 = arith.mulf %v2353, %v2352 fastmath<contract> : f32
                %v2355 = arith.addf %v2351, %v2354 fastmath<contract> : f32
                llvm.store %v2355, %v51 : f32, !llvm.ptr
                %v2356 = arith.subi %size_L, %v2 : i64
                %v2357 = arith.cmpi eq, %v2324, %v2356 : i64
                scf.if %v2357 {
                  %v2358 = arith.muli %v44, %v117 : i64
                  %v2359 = arith.muli %v42, %v116 : i64
                  %v2360 = arith.addi %v2358, %v2359 : i64
                  %v2361 = arith.muli %v32, %v2 : i64
                  %v2362 = arith.addi %v2360, %v2361 : i64
                  %v2363 = llvm.getelementptr %dy_h_first[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2364 = llvm.load %v2363 : !llvm.ptr -> f32
                  %v2365 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2366 = arith.addf %v2365, %v2364 fastmath<contract> : f32
                  llvm.store %v2366, %v50 : f32, !llvm.ptr
                  %v2367 = arith.muli %v44, %v117 : i64
                  %v2368 = arith.muli %v42, %v116 : i64
                  %v2369 = arith.addi %v2367, %v2368 : i64
                  %v2370 = arith.constant 8 : i64
                  %v2371 = arith.addi %v2370, %v32 : i64
                  %v2372 = arith.muli %v2371, %v2 : i64
                  %v2373 = arith.addi %v2369, %v2372 : i64
                  %v2374 = llvm.getelementptr %dy_h_first[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2375 = llvm.load %v2374 : !llvm.ptr -> f32
                  %v2376 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2377 = arith.addf %v2376, %v2375 fastmath<contract> : f32
                  llvm.store %v2377, %v51 : f32, !llvm.ptr
                }
                %v2378 = arith.muli %v42, %v393 : i64
                %v2379 = arith.muli %v32, %v2 : i64
                %v2380 = arith.addi %v2378, %v2379 : i64
                %v2381 = llvm.getelementptr %in_A[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
                %v2383 = arith.mulf %v2313, %v2382 fastmath<contract> : f32
                %v2384 = arith.mulf %v2383, %v338 fastmath<contract> : f32
                %v2385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2384) : (f32) -> f32
                %v2386 = llvm.load %v50 : !llvm.ptr -> f32
                %v2387 = arith.mulf %v463, %v2386 fastmath<contract> : f32
                %v2388 = arith.mulf %v2385, %v2387 fastmath<contract> : f32
                %v2389 = arith.mulf %v2313, %v2388 fastmath<contract> : f32
                %v2390 = llvm.load %v54 : !llvm.ptr -> f32
                %v2391 = arith.addf %v2390, %v2389 fastmath<contract> : f32
                llvm.store %v2391, %v54 : f32, !llvm.ptr
                %v2392 = arith.muli %v42, %v393 : i64
                %v2393 = arith.constant 8 : i64
                %v2394 = arith.addi %v2393, %v32 : i64
                %v2395 = arith.muli %v2394, %v2 : i64
                %v2396 = arith.addi %v2392, %v2395 : i64
                %v2397 = llvm.getelementptr %in_A[%v2396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2398 = llvm.load %v2397 : !llvm.ptr -> f32
                %v2399 = arith.mulf %v2313, %v2398 fastmath<contract> : f32
                %v2400 = arith.mulf %v2399, %v338 fastmath<contract> : f32
                %v2401 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2400) : (f32) -> f32
                %v2402 = llvm.load %v51 : !llvm.ptr -> f32
                %v2403 = arith.mulf %v472, %v2402 fastmath<contract> : f32
                %v2404 = arith.mulf %v2401, %v2403 fastmath<contract> : f32
                %v2405 = arith.mulf %v2313, %v2404 fastmath<contract> : f32
                %v2406 = llvm.load %v55 : !llvm.ptr -> f32
                %v2407 = arith.addf %v2406, %v2405 fastmath<contract> : f32
                llvm.store %v2407, %v55 : f32, !llvm.ptr
                %v2408 = arith.mulf %v2315, %v2386 fastmath<contract> : f32
                %v2409 = arith.select %v36, %v2408, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2410, %v2411 = gpu.shuffle xor %v2409, %v1008, %v385 : f32
                %v2412 = arith.addf %v2409, %v2410 fastmath<contract> : f32
                %v2413, %v2414 = gpu.shuffle xor %v2412, %v1012, %v385 : f32
                %v2415 = arith.addf %v2412, %v2413 fastmath<contract> : f32
                %v2416 = arith.divui %v17, %v19 : i64
                %v2417 = arith.remui %v17, %v19 : i64
                %v2418 = arith.cmpi ult, %v2417, %v31 : i64
                %v2419 = arith.addi %v70, %v32 : i64
                %v2420 = arith.muli %v2416, %v1 : i64
                %v2421 = arith.addi %v2420, %v2419 : i64
                %v2422 = arith.muli %v2421, %v1022 : i64
                %v2423 = arith.addi %v2422, %v2323 : i64
                scf.if %v2418 {
                  %v2424 = llvm.getelementptr %v61[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2415, %v2424 : f32, !llvm.ptr
                }
                %v2425 = arith.mulf %v2315, %v2402 fastmath<contract> : f32
                %v2426 = arith.select %v36, %v2425, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2427, %v2428 = gpu.shuffle xor %v2426, %v1008, %v385 : f32
                %v2429 = arith.addf %v2426, %v2427 fastmath<contract> : f32
                %v2430, %v2431 = gpu.shuffle xor %v2429, %v1012, %v385 : f32
                %v2432 = arith.addf %v2429, %v2430 fastmath<contract> : f32
                %v2433 = arith.divui %v17, %v19 : i64
                %v2434 = arith.remui %v17, %v19 : i64
                %v2435 = arith.cmpi ult, %v2434, %v31 : i64
                %v2436 = arith.addi %v31, %v32 : i64
                %v2437 = arith.muli %v2433, %v1 : i64
                %v2438 = arith.addi %v2437, %v2436 : i64
                %v2439 = arith.muli %v2438, %v1022 : i64
                %v2440 = arith.addi %v2439, %v2323 : i64
                scf.if %v2435 {
                  %v2441 = llvm.getelementptr %v61[%v2440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2432, %v2441 : f32, !llvm.ptr
                }
                %v2442 = arith.mulf %v572, %v2338 fastmath<contract> : f32
                %v2443 = arith.select %v36, %v2442, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2444, %v2445 = gpu.shuffle xor %v2443, %v1008, %v385 : f32
                %v2446 = arith.addf %v2443, %v2444 fastmath<contract> : f32
                %v2447, %v2448 = gpu.shuffle xor %v2446, %v1012, %v385 : f32
                %v2449 = arith.addf %v2446, %v2447 fastmath<contract> : f32
                %v2450 = arith.divui %v17, %v19 : i64
                %v2451 = arith.remui %v17, %v19 : i64
                %v2452 = arith.cmpi ult, %v2451, %v31 : i64
                %v2453 = arith.addi %v70, %v32 : i64
                %v2454 = arith.muli %v2450, %v1 : i64
                %v2455 = arith.addi %v2454, %v2453 : i64
                %v2456 = arith.muli %v2455, %v1022 : i64
                %v2457 = arith.addi %v2456, %v2323 : i64
                scf.if %v2452 {
                  %v2458 = llvm.getelementptr %v63[%v2457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2449, %v2458 : f32, !llvm.ptr
                }
                %v2459 = arith.mulf %v592, %v2338 fastmath<contract> : f32
                %v2460 = arith.select %v36, %v2459, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2461, %v2462 = gpu.shuffle xor %v2460, %v1008, %v385 : f32
                %v2463 = arith.addf %v2460, %v2461 fastmath<contract> : f32
                %v2464, %v2465 = gpu.shuffle xor %v2463, %v1012, %v385 : f32
                %v2466 = arith.addf %v2463, %v2464 fastmath<contract> : f32
                %v2467 = arith.divui %v17, %v19 : i64
                %v2468 = arith.remui %v17, %v19 : i64
                %v2469 = arith.cmpi ult, %v2468, %v31 : i64
                %v2470 = arith.addi %v31, %v32 : i64
                %v2471 = arith.muli %v2467, %v1 : i64
                %v2472 = arith.addi %v2471, %v2470 : i64
                %v2473 = arith.muli %v2472, %v1022 : i64
                %v2474 = arith.addi %v2473, %v2323 : i64
                scf.if %v2469 {
                  %v2475 = llvm.getelementptr %v63[%v2474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2466, %v2475 : f32, !llvm.ptr
                }
                %v2476 = arith.mulf %v2329, %v572 fastmath<contract> : f32
                %v2477 = arith.mulf %v2350, %v592 fastmath<contract> : f32
                %v2478 = arith.addf %v2476, %v2477 fastmath<contract> : f32
                llvm.store %v2478, %v897 : f32, !llvm.ptr
                %v2479 = arith.muli %v32, %v241 : i64
                %v2480 = arith.subi %v2324, %v211 : i64
                %v2481 = arith.addi %v2479, %v2480 : i64
                %v2482 = llvm.getelementptr %v65[%v2481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
                %v2484 = arith.mulf %v2483, %v2386 fastmath<contract> : f32
                %v2485 = arith.constant 8 : i64
                %v2486 = arith.addi %v2485, %v32 : i64
                %v2487 = arith.muli %v2486, %v241 : i64
                %v2488 = arith.subi %v2324, %v211 : i64
                %v2489 = arith.addi %v2487, %v2488 : i64
                %v2490 = llvm.getelementptr %v65[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2491 = llvm.load %v2490 : !llvm.ptr -> f32
                %v2492 = arith.mulf %v2491, %v2402 fastmath<contract> : f32
                %v2493 = arith.addf %v2484, %v2492 fastmath<contract> : f32
                llvm.store %v2493, %v898 : f32, !llvm.ptr
                %v2494 = arith.mulf %v2382, %v2387 fastmath<contract> : f32
                %v2495 = arith.mulf %v2385, %v2494 fastmath<contract> : f32
                %v2496 = arith.mulf %v2398, %v2403 fastmath<contract> : f32
                %v2497 = arith.mulf %v2401, %v2496 fastmath<contract> : f32
                %v2498 = arith.addf %v2495, %v2497 fastmath<contract> : f32
                llvm.store %v2498, %v899 : f32, !llvm.ptr
                llvm.store %v2385, %v52 : f32, !llvm.ptr
                llvm.store %v2401, %v53 : f32, !llvm.ptr
              }
              %v2499 = llvm.load %v897 : !llvm.ptr -> f32
              %v2500 = arith.select %v902, %v2499, %v2308 : f32
              %v2501 = arith.select %v902, %v2308, %v2499 : f32
              %v2502, %v2503 = gpu.shuffle xor %v2500, %v1294, %v385 : f32
              %v2504 = arith.addf %v2501, %v2502 fastmath<contract> : f32
              %v2505 = arith.select %v905, %v2504, %v2107 : f32
              %v2506 = arith.select %v905, %v2107, %v2504 : f32
              %v2507, %v2508 = gpu.shuffle xor %v2505, %v1697, %v385 : f32
              %v2509 = arith.addf %v2506, %v2507 fastmath<contract> : f32
              %v2510 = arith.select %v908, %v2509, %v1700 : f32
              %v2511 = arith.select %v908, %v1700, %v2509 : f32
              %v2513, %v2514 = gpu.shuffle xor %v2510, %v2512, %v385 : f32
              %v2515 = arith.addf %v2511, %v2513 fastmath<contract> : f32
              %v2516 = llvm.load %v898 : !llvm.ptr -> f32
              %v2517 = arith.select %v902, %v2516, %v2309 : f32
              %v2518 = arith.select %v902, %v2309, %v2516 : f32
              %v2519, %v2520 = gpu.shuffle xor %v2517, %v1294, %v385 : f32
              %v2521 = arith.addf %v2518, %v2519 fastmath<contract> : f32
              %v2522 = arith.select %v905, %v2521, %v2113 : f32
              %v2523 = arith.select %v905, %v2113, %v2521 : f32
              %v2524, %v2525 = gpu.shuffle xor %v2522, %v1697, %v385 : f32
              %v2526 = arith.addf %v2523, %v2524 fastmath<contract> : f32
              %v2527 = arith.select %v908, %v2526, %v1711 : f32
              %v2528 = arith.select %v908, %v1711, %v2526 : f32
              %v2529, %v2530 = gpu.shuffle xor %v2527, %v2512, %v385 : f32
              %v2531 = arith.addf %v2528, %v2529 fastmath<contract> : f32
              %v2532 = llvm.load %v899 : !llvm.ptr -> f32
              %v2533 = arith.select %v902, %v2532, %v2310 : f32
              %v2534 = arith.select %v902, %v2310, %v2532 : f32
              %v2535, %v2536 = gpu.shuffle xor %v2533, %v1294, %v385 : f32
              %v2537 = arith.addf %v2534, %v2535 fastmath<contract> : f32
              %v2538 = arith.select %v905, %v2537, %v2119 : f32
              %v2539 = arith.select %v905, %v2119, %v2537 : f32
              %v2540, %v2541 = gpu.shuffle xor %v2538, %v1697, %v385 : f32
              %v2542 = arith.addf %v2539, %v2540 fastmath<contract> : f32
              %v2543 = arith.select %v908, %v2542, %v1722 : f32
              %v2544 = arith.select %v908, %v1722, %v2542 : f32
              %v2545, %v2546 = gpu.shuffle xor %v2543, %v2512, %v385 : f32
              %v2547 = arith.addf %v2544, %v2545 fastmath<contract> : f32
              %v2548 = arith.addi %v450, %v32 : i64
              %v2549 = arith.cmpi slt, %v2548, %v213 : i64
              %v2550 = arith.andi %v36, %v2549 : i1
              scf.if %v2550 {
                %v2551 = arith.addi %v211, %v2548 : i64
                // the gradients of this lane's own step
                %v2552 = arith.muli %v42, %v2 : i64
                %v2553 = llvm.getelementptr %in_Dskip[%v2552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2554 = llvm.load %v2553 : !llvm.ptr -> f32
                %v2555 = arith.muli %v44, %v322 : i64
                %v2556 = arith.muli %v42, %v321 : i64
                %v2557 = arith.addi %v2555, %v2556 : i64
                %v2558 = arith.subi %v235, %v2551 : i64
                %v2559 = arith.muli %v2558, %v2 : i64
                %v2560 = arith.addi %v2557, %v2559 : i64
                %v2561 = llvm.getelementptr %dy_y[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
                %v2563 = arith.mulf %v535, %v2562 fastmath<contract> : f32
                %v2564 = arith.mulf %v2554, %v2563 fastmath<contract> : f32
                %v2565 = arith.mulf %v512, %v2531 fastmath<contract> : f32
                %v2566 = arith.addf %v2564, %v2565 fastmath<contract> : f32
                %v2567 = arith.muli %v44, %v322 : i64
                %v2568 = arith.muli %v42, %v321 : i64
                %v2569 = arith.addi %v2567, %v2568 : i64
                %v2570 = arith.subi %v235, %v2551 : i64
                %v2571 = arith.muli %v2570, %v2 : i64
                %v2572 = arith.addi %v2569, %v2571 : i64
                %v2573 = llvm.getelementptr %dx_u[%v2572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2566, %v2573 : f32, !llvm.ptr
                %v2574 = arith.muli %v44, %v322 : i64
                %v2575 = arith.muli %v42, %v321 : i64
                %v2576 = arith.addi %v2574, %v2575 : i64
                %v2577 = arith.subi %v235, %v2551 : i64
                %v2578 = arith.muli %v2577, %v2 : i64
                %v2579 = arith.addi %v2576, %v2578 : i64
                %v2580 = llvm.getelementptr %in_u[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2581 = llvm.load %v2580 : !llvm.ptr -> f32
                %v2582 = arith.mulf %v2581, %v2531 fastmath<contract> : f32
                %v2583 = arith.addf %v2582, %v2547 fastmath<contract> : f32
                %v2584 = arith.mulf %v2583, %v549 fastmath<contract> : f32
                %v2585 = arith.muli %v44, %v322 : i64
                %v2586 = arith.muli %v42, %v321 : i64
                %v2587 = arith.addi %v2585, %v2586 : i64
                %v2588 = arith.subi %v235, %v2551 : i64
                %v2589 = arith.muli %v2588, %v2 : i64
                %v2590 = arith.addi %v2587, %v2589 : i64
                %v2591 = llvm.getelementptr %dx_delta[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2584, %v2591 : f32, !llvm.ptr
                %v2592 = arith.mulf %v2581, %v2554 fastmath<contract> : f32
                %v2593 = arith.addf %v2515, %v2592 fastmath<contract> : f32
                %v2594 = arith.mulf %v2593, %v2562 fastmath<contract> : f32
                %v2595 = arith.mulf %v2594, %v544 fastmath<contract> : f32
                %v2596 = arith.muli %v44, %v322 : i64
                %v2597 = arith.muli %v42, %v321 : i64
                %v2598 = arith.addi %v2596, %v2597 : i64
                %v2599 = arith.subi %v235, %v2551 : i64
                %v2600 = arith.muli %v2599, %v2 : i64
                %v2601 = arith.addi %v2598, %v2600 : i64
                %v2602 = llvm.getelementptr %dx_z[%v2601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2595, %v2602 : f32, !llvm.ptr
                %v2603 = arith.mulf %v2581, %v2563 fastmath<contract> : f32
                %v2604 = llvm.load %v56 : !llvm.ptr -> f32
                %v2605 = arith.addf %v2604, %v2603 fastmath<contract> : f32
                llvm.store %v2605, %v56 : f32, !llvm.ptr
                %v2606 = llvm.load %v57 : !llvm.ptr -> f32
                %v2607 = arith.addf %v2606, %v2584 fastmath<contract> : f32
                llvm.store %v2607, %v57 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2612 = arith.index_cast %v17 : i64 to index
          %v2613 = arith.index_cast %v2611 : i64 to index
          %v2614 = arith.index_cast %v7 : i64 to index
          scf.for %v2615 = %v2612 to %v2613 step %v2614 {
            %v2616 = arith.index_cast %v2615 : index to i64
            %v2617 = arith.remui %v2616, %v19 : i64
            %v2618 = arith.divui %v2616, %v19 : i64
            %v2619 = arith.muli %v439, %v46 : i64
            %v2620 = arith.divui %v2617, %v31 : i64
            %v2621 = arith.addi %v2619, %v2620 : i64
            %v2622 = arith.cmpi slt, %v2621, %v216 : i64
            %v2623 = arith.subi %v216, %v2 : i64
            %v2624 = arith.subi %v2623, %v2621 : i64
            %v2625 = arith.remui %v2617, %v31 : i64
            %v2626 = arith.subi %v161, %v2625 : i64
            %v2627 = arith.muli %v2624, %v31 : i64
            %v2628 = arith.addi %v2627, %v2626 : i64
            %v2629 = arith.cmpi slt, %v2628, %v213 : i64
            %v2630 = arith.andi %v2622, %v2629 : i1
            scf.if %v2630 {
              %v2631 = arith.addi %v211, %v2628 : i64
              %v2632 = arith.muli %v70, %v1 : i64
              %v2633 = arith.addi %v2632, %v2618 : i64
              %v2634 = arith.muli %v2633, %v1022 : i64
              %v2635 = arith.addi %v2634, %v2617 : i64
              %v2636 = llvm.getelementptr %v61[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2637 = llvm.load %v2636 : !llvm.ptr -> f32
              %v2638 = arith.muli %v2, %v1 : i64
              %v2639 = arith.addi %v2638, %v2618 : i64
              %v2640 = arith.muli %v2639, %v1022 : i64
              %v2641 = arith.addi %v2640, %v2617 : i64
              %v2642 = llvm.getelementptr %v61[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
              %v2644 = arith.addf %v2637, %v2643 fastmath<contract> : f32
              %v2645 = arith.muli %v636, %v1 : i64
              %v2646 = arith.addi %v2645, %v2618 : i64
              %v2647 = arith.muli %v2646, %v1022 : i64
              %v2648 = arith.addi %v2647, %v2617 : i64
              %v2649 = llvm.getelementptr %v61[%v2648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
              %v2651 = arith.addf %v2644, %v2650 fastmath<contract> : f32
              %v2652 = arith.muli %v432, %v1 : i64
              %v2653 = arith.addi %v2652, %v2618 : i64
              %v2654 = arith.muli %v2653, %v1022 : i64
              %v2655 = arith.addi %v2654, %v2617 : i64
              %v2656 = llvm.getelementptr %v61[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
              %v2658 = arith.addf %v2651, %v2657 fastmath<contract> : f32
              %v2659 = arith.muli %v46, %v1 : i64
              %v2660 = arith.addi %v2659, %v2618 : i64
              %v2661 = arith.muli %v2660, %v1022 : i64
              %v2662 = arith.addi %v2661, %v2617 : i64
              %v2663 = llvm.getelementptr %v61[%v2662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2664 = llvm.load %v2663 : !llvm.ptr -> f32
              %v2665 = arith.addf %v2658, %v2664 fastmath<contract> : f32
              %v2666 = arith.muli %v766, %v1 : i64
              %v2667 = arith.addi %v2666, %v2618 : i64
              %v2668 = arith.muli %v2667, %v1022 : i64
              %v2669 = arith.addi %v2668, %v2617 : i64
              %v2670 = llvm.getelementptr %v61[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
              %v2672 = arith.addf %v2665, %v2671 fastmath<contract> : f32
              %v2673 = arith.muli %v810, %v1 : i64
              %v2674 = arith.addi %v2673, %v2618 : i64
              %v2675 = arith.muli %v2674, %v1022 : i64
              %v2676 = arith.addi %v2675, %v2617 : i64
              %v2677 = llvm.getelementptr %v61[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
              %v2679 = arith.addf %v2672, %v2678 fastmath<contract> : f32
              %v2680 = arith.muli %v161, %v1 : i64
              %v2681 = arith.addi %v2680, %v2618 : i64
              %v2682 = arith.muli %v2681, %v1022 : i64
              %v2683 = arith.addi %v2682, %v2617 : i64
              %v2684 = llvm.getelementptr %v61[%v2683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2685 = llvm.load %v2684 : !llvm.ptr -> f32
              %v2686 = arith.addf %v2679, %v2685 fastmath<contract> : f32
              %v2687 = arith.remui %v2618, %v1 : i64
              %v2688 = arith.divui %v2618, %v1 : i64
              %v2689 = arith.muli %v44, %v231 : i64
              %v2690 = arith.muli %v2687, %v230 : i64
              %v2691 = arith.addi %v2689, %v2690 : i64
              %v2692 = arith.subi %v235, %v2631 : i64
              %v2693 = arith.muli %v2692, %v2 : i64
              %v2694 = arith.addi %v2691, %v2693 : i64
              %v2695 = arith.muli %v30, %v2610 : i64
              %v2696 = arith.addi %v2695, %v2694 : i64
              %v2697 = llvm.getelementptr %part_Bm[%v2696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2686, %v2697 : f32, !llvm.ptr
            }
          }
          %v2701 = arith.index_cast %v17 : i64 to index
          %v2702 = arith.index_cast %v2611 : i64 to index
          %v2703 = arith.index_cast %v7 : i64 to index
          scf.for %v2704 = %v2701 to %v2702 step %v2703 {
            %v2705 = arith.index_cast %v2704 : index to i64
            %v2706 = arith.remui %v2705, %v19 : i64
            %v2707 = arith.divui %v2705, %v19 : i64
            %v2708 = arith.muli %v439, %v46 : i64
            %v2709 = arith.divui %v2706, %v31 : i64
            %v2710 = arith.addi %v2708, %v2709 : i64
            %v2711 = arith.cmpi slt, %v2710, %v216 : i64
            %v2712 = arith.subi %v216, %v2 : i64
            %v2713 = arith.subi %v2712, %v2710 : i64
            %v2714 = arith.remui %v2706, %v31 : i64
            %v2715 = arith.subi %v161, %v2714 : i64
            %v2716 = arith.muli %v2713, %v31 : i64
            %v2717 = arith.addi %v2716, %v2715 : i64
            %v2718 = arith.cmpi slt, %v2717, %v213 : i64
            %v2719 = arith.andi %v2711, %v2718 : i1
            scf.if %v2719 {
              %v2720 = arith.addi %v211, %v2717 : i64
              %v2721 = arith.muli %v70, %v1 : i64
              %v2722 = arith.addi %v2721, %v2707 : i64
              %v2723 = arith.muli %v2722, %v1022 : i64
              %v2724 = arith.addi %v2723, %v2706 : i64
              %v2725 = llvm.getelementptr %v63[%v2724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2726 = llvm.load %v2725 : !llvm.ptr -> f32
              %v2727 = arith.muli %v2, %v1 : i64
              %v2728 = arith.addi %v2727, %v2707 : i64
              %v2729 = arith.muli %v2728, %v1022 : i64
              %v2730 = arith.addi %v2729, %v2706 : i64
              %v2731 = llvm.getelementptr %v63[%v2730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2732 = llvm.load %v2731 : !llvm.ptr -> f32
              %v2733 = arith.addf %v2726, %v2732 fastmath<contract> : f32
              %v2734 = arith.muli %v636, %v1 : i64
              %v2735 = arith.addi %v2734, %v2707 : i64
              %v2736 = arith.muli %v2735, %v1022 : i64
              %v2737 = arith.addi %v2736, %v2706 : i64
              %v2738 = llvm.getelementptr %v63[%v2737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2739 = llvm.load %v2738 : !llvm.ptr -> f32
              %v2740 = arith.addf %v2733, %v2739 fastmath<contract> : f32
              %v2741 = arith.muli %v432, %v1 : i64
              %v2742 = arith.addi %v2741, %v2707 : i64
              %v2743 = arith.muli %v2742, %v1022 : i64
              %v2744 = arith.addi %v2743, %v2706 : i64
              %v2745 = llvm.getelementptr %v63[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2746 = llvm.load %v2745 : !llvm.ptr -> f32
              %v2747 = arith.addf %v2740, %v2746 fastmath<contract> : f32
              %v2748 = arith.muli %v46, %v1 : i64
              %v2749 = arith.addi %v2748, %v2707 : i64
              %v2750 = arith.muli %v2749, %v1022 : i64
              %v2751 = arith.addi %v2750, %v2706 : i64
              %v2752 = llvm.getelementptr %v63[%v2751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2753 = llvm.load %v2752 : !llvm.ptr -> f32
              %v2754 = arith.addf %v2747, %v2753 fastmath<contract> : f32
              %v2755 = arith.muli %v766, %v1 : i64
              %v2756 = arith.addi %v2755, %v2707 : i64
              %v2757 = arith.muli %v2756, %v1022 : i64
              %v2758 = arith.addi %v2757, %v2706 : i64
              %v2759 = llvm.getelementptr %v63[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2760 = llvm.load %v2759 : !llvm.ptr -> f32
              %v2761 = arith.addf %v2754, %v2760 fastmath<contract> : f32
              %v2762 = arith.muli %v810, %v1 : i64
              %v2763 = arith.addi %v2762, %v2707 : i64
              %v2764 = arith.muli %v2763, %v1022 : i64
              %v2765 = arith.addi %v2764, %v2706 : i64
              %v2766 = llvm.getelementptr %v63[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
              %v2768 = arith.addf %v2761, %v2767 fastmath<contract> : f32
              %v2769 = arith.muli %v161, %v1 : i64
              %v2770 = arith.addi %v2769, %v2707 : i64
              %v2771 = arith.muli %v2770, %v1022 : i64
              %v2772 = arith.addi %v2771, %v2706 : i64
              %v2773 = llvm.getelementptr %v63[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2774 = llvm.load %v2773 : !llvm.ptr -> f32
              %v2775 = arith.addf %v2768, %v2774 fastmath<contract> : f32
              %v2776 = arith.remui %v2707, %v1 : i64
              %v2777 = arith.divui %v2707, %v1 : i64
              %v2778 = arith.muli %v44, %v231 : i64
              %v2779 = arith.muli %v2776, %v230 : i64
              %v2780 = arith.addi %v2778, %v2779 : i64
              %v2781 = arith.subi %v235, %v2720 : i64
              %v2782 = arith.muli %v2781, %v2 : i64
              %v2783 = arith.addi %v2780, %v2782 : i64
              %v2784 = arith.muli %v30, %v2700 : i64
              %v2785 = arith.addi %v2784, %v2783 : i64
              %v2786 = llvm.getelementptr %part_Cm[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2775, %v2786 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2787 = arith.cmpi eq, %v27, %v70 : i64
      scf.if %v2787 {
        %v2788 = llvm.load %v50 : !llvm.ptr -> f32
        %v2789 = llvm.load %v52 : !llvm.ptr -> f32
        %v2790 = arith.mulf %v2789, %v2788 fastmath<contract> : f32
        %v2791 = llvm.load %v58 : !llvm.ptr -> f32
        %v2792 = arith.addf %v2791, %v2790 fastmath<contract> : f32
        llvm.store %v2792, %v58 : f32, !llvm.ptr
        %v2793 = llvm.load %v51 : !llvm.ptr -> f32
        %v2794 = llvm.load %v53 : !llvm.ptr -> f32
        %v2795 = arith.mulf %v2794, %v2793 fastmath<contract> : f32
        %v2796 = llvm.load %v59 : !llvm.ptr -> f32
        %v2797 = arith.addf %v2796, %v2795 fastmath<contract> : f32
        llvm.store %v2797, %v59 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v2798 = llvm.load %v54 : !llvm.ptr -> f32
        %v2799 = arith.addi %v70, %v32 : i64
        %v2800 = arith.addi %v49, %v38 : i64
        %v2801 = arith.muli %v2800, %v1 : i64
        %v2802 = arith.addi %v2801, %v2799 : i64
        %v2803 = llvm.getelementptr %part_A[%v2802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2798, %v2803 : f32, !llvm.ptr
        %v2804 = llvm.load %v55 : !llvm.ptr -> f32
        %v2805 = arith.addi %v31, %v32 : i64
        %v2806 = arith.addi %v49, %v38 : i64
        %v2807 = arith.muli %v2806, %v1 : i64
        %v2808 = arith.addi %v2807, %v2805 : i64
        %v2809 = llvm.getelementptr %part_A[%v2808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2804, %v2809 : f32, !llvm.ptr
      }
      %v2810 = llvm.load %v56 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2811, %v2812 = gpu.shuffle xor %v2810, %v1294, %v385 : f32
      %v2813 = arith.addf %v2810, %v2811 fastmath<contract> : f32
      %v2814, %v2815 = gpu.shuffle xor %v2813, %v1697, %v385 : f32
      %v2816 = arith.addf %v2813, %v2814 fastmath<contract> : f32
      %v2817, %v2818 = gpu.shuffle xor %v2816, %v2512, %v385 : f32
      %v2819 = arith.addf %v2816, %v2817 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2819, %v56 : f32, !llvm.ptr
      %v2820 = arith.cmpi eq, %v32, %v70 : i64
      %v2821 = arith.andi %v36, %v2820 : i1
      scf.if %v2821 {
        %v2822 = llvm.load %v56 : !llvm.ptr -> f32
        %v2823 = arith.addi %v49, %v38 : i64
        %v2824 = arith.muli %v2823, %v2 : i64
        %v2825 = arith.addi %v2824, %v70 : i64
        %v2826 = llvm.getelementptr %part_Dskip[%v2825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2822, %v2826 : f32, !llvm.ptr
      }
      %v2827 = llvm.load %v57 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2828, %v2829 = gpu.shuffle xor %v2827, %v1294, %v385 : f32
      %v2830 = arith.addf %v2827, %v2828 fastmath<contract> : f32
      %v2831, %v2832 = gpu.shuffle xor %v2830, %v1697, %v385 : f32
      %v2833 = arith.addf %v2830, %v2831 fastmath<contract> : f32
      %v2834, %v2835 = gpu.shuffle xor %v2833, %v2512, %v385 : f32
      %v2836 = arith.addf %v2833, %v2834 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2836, %v57 : f32, !llvm.ptr
      %v2837 = arith.cmpi eq, %v32, %v70 : i64
      %v2838 = arith.andi %v36, %v2837 : i1
      scf.if %v2838 {
        %v2839 = llvm.load %v57 : !llvm.ptr -> f32
        %v2840 = arith.addi %v49, %v38 : i64
        %v2841 = arith.muli %v2840, %v2 : i64
        %v2842 = arith.addi %v2841, %v70 : i64
        %v2843 = llvm.getelementptr %part_dt_bias[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2839, %v2843 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v2844 = llvm.load %v58 : !llvm.ptr -> f32
        %v2845 = arith.addi %v70, %v32 : i64
        %v2846 = arith.addi %v49, %v38 : i64
        %v2847 = arith.muli %v2846, %v1 : i64
        %v2848 = arith.addi %v2847, %v2845 : i64
        %v2849 = llvm.getelementptr %part_h0[%v2848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2844, %v2849 : f32, !llvm.ptr
        %v2850 = llvm.load %v59 : !llvm.ptr -> f32
        %v2851 = arith.addi %v31, %v32 : i64
        %v2852 = arith.addi %v49, %v38 : i64
        %v2853 = arith.muli %v2852, %v1 : i64
        %v2854 = arith.addi %v2853, %v2851 : i64
        %v2855 = llvm.getelementptr %part_h0[%v2854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2850, %v2855 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
