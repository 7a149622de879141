module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_selective_scan_bwd_seg_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_selective_scan_bwd_seg_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_seg_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_seg_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_bwd_seg(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %part_h0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v60 = llvm.mlir.addressof @tile_selective_scan_bwd_seg_Bm : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @tile_selective_scan_bwd_seg_Cm : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = llvm.mlir.addressof @rows_selective_scan_bwd_seg_Bm : !llvm.ptr<3>
      %v65 = llvm.addrspacecast %v64 : !llvm.ptr<3> to !llvm.ptr
      %v66 = llvm.mlir.addressof @rows_selective_scan_bwd_seg_Cm : !llvm.ptr<3>
      %v67 = llvm.addrspacecast %v66 : !llvm.ptr<3> to !llvm.ptr
      %v68 = arith.constant 0x00000000 : f32
      %v69 = arith.constant 0x3F800000 : f32
      %v70 = arith.constant 0 : i64
      %v116 = arith.muli %v2, %v1 : i64
      %v117 = arith.muli %v116, %size_D : i64
      %v160 = arith.constant 64 : i64
      %v161 = arith.constant 7 : i64
      %v218 = arith.constant 1024 : i64
      %v230 = arith.muli %v2, %v1 : i64
      %v231 = arith.muli %v230, %size_L : i64
      %v239 = arith.constant 65 : i64
      %v264 = arith.muli %v2, %size_B : i64
      %v265 = arith.muli %v264, %size_D : i64
      %v266 = arith.muli %v265, %v1 : i64
      %v276 = arith.muli %v2, %size_B : i64
      %v277 = arith.muli %v276, %size_D : i64
      %v278 = arith.muli %v277, %v1 : i64
      %v318 = arith.muli %v2, %size_D : i64
      %v319 = arith.muli %v318, %size_L : i64
      %v334 = arith.constant 0x3FB8AA3B : f32
      %v339 = arith.constant 0x3F317218 : f32
      %v341 = arith.constant 0x3E124925 : f32
      %v343 = arith.constant 0xBE2AAAAB : f32
      %v346 = arith.constant 0x3E4CCCCD : f32
      %v349 = arith.constant 0xBE800000 : f32
      %v352 = arith.constant 0x3EAAAAAB : f32
      %v355 = arith.constant 0xBF000000 : f32
      %v361 = arith.constant 0x3D800000 : f32
      %v380 = arith.constant 32 : i32
      %v388 = arith.muli %v2, %v1 : i64
      %v427 = arith.constant 3 : i64
      %v628 = arith.constant 2 : i64
      %v758 = arith.constant 5 : i64
      %v802 = arith.constant 6 : i64
      %v889 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v890 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v891 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v999 = arith.constant 8 : i32
      %v1003 = arith.constant 16 : i32
      %v1013 = arith.constant 33 : i64
      %v1284 = arith.constant 1 : i32
      %v1685 = arith.constant 2 : i32
      %v2496 = arith.constant 4 : i32
      %v2587 = arith.muli %v2, %size_B : i64
      %v2588 = arith.muli %v2587, %size_L : i64
      %v2589 = arith.muli %v2588, %v1 : i64
      %v2590 = arith.constant 512 : i64
      %v2676 = arith.muli %v2, %size_B : i64
      %v2677 = arith.muli %v2676, %size_L : i64
      %v2678 = arith.muli %v2677, %v1 : i64
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
        %v145 = llvm.getelementptr %dy_h_last[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v156 = llvm.getelementptr %dy_h_last[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v233 = arith.muli %v227, %v230 : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = arith.muli %v228, %v2 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = llvm.getelementptr %in_Bm[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v240 = arith.muli %v225, %v239 : i64
          %v241 = arith.addi %v240, %v224 : i64
          %v242 = llvm.getelementptr %v65[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v238, %v242 : f32, !llvm.ptr
        }
        %v243 = arith.index_cast %v17 : i64 to index
        %v244 = arith.index_cast %v218 : i64 to index
        %v245 = arith.index_cast %v7 : i64 to index
        scf.for %v246 = %v243 to %v244 step %v245 {
          %v247 = arith.index_cast %v246 : index to i64
          %v248 = arith.remui %v247, %v160 : i64
          %v249 = arith.divui %v247, %v160 : i64
          %v250 = arith.addi %v211, %v248 : i64
          %v251 = arith.minsi %v250, %v217 : i64
          %v252 = arith.remui %v249, %v1 : i64
          %v253 = arith.divui %v249, %v1 : i64
          %v254 = arith.muli %v44, %v231 : i64
          %v255 = arith.muli %v251, %v230 : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = arith.muli %v252, %v2 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = llvm.getelementptr %in_Cm[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.muli %v249, %v239 : i64
          %v262 = arith.addi %v261, %v248 : i64
          %v263 = llvm.getelementptr %v67[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v260, %v263 : f32, !llvm.ptr
        }
        gpu.barrier
        %v267 = arith.muli %v210, %v266 : i64
        %v268 = arith.muli %v44, %v117 : i64
        %v269 = arith.muli %v42, %v116 : i64
        %v270 = arith.addi %v268, %v269 : i64
        %v271 = arith.muli %v32, %v2 : i64
        %v272 = arith.addi %v270, %v271 : i64
        %v273 = arith.addi %v267, %v272 : i64
        %v274 = llvm.getelementptr %ckpt_h[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v275 = llvm.load %v274 : !llvm.ptr -> f32
        llvm.store %v275, %v11 : f32, !llvm.ptr
        %v279 = arith.muli %v210, %v278 : i64
        %v280 = arith.muli %v44, %v117 : i64
        %v281 = arith.muli %v42, %v116 : i64
        %v282 = arith.addi %v280, %v281 : i64
        %v283 = arith.constant 8 : i64
        %v284 = arith.addi %v283, %v32 : i64
        %v285 = arith.muli %v284, %v2 : i64
        %v286 = arith.addi %v282, %v285 : i64
        %v287 = arith.addi %v279, %v286 : i64
        %v288 = llvm.getelementptr %ckpt_h[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v289 = llvm.load %v288 : !llvm.ptr -> f32
        llvm.store %v289, %v12 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v290 = arith.index_cast %v70 : i64 to index
        %v291 = arith.index_cast %v216 : i64 to index
        %v292 = arith.index_cast %v2 : i64 to index
        scf.for %v293 = %v290 to %v291 step %v292 {
          %v294 = arith.index_cast %v293 : index to i64
          %v295 = arith.addi %v201, %v294 : i64
          scf.if %v36 {
            %v296 = llvm.load %v11 : !llvm.ptr -> f32
            %v297 = arith.muli %v295, %v4 : i64
            %v298 = arith.subi %v4, %v2 : i64
            %v299 = arith.minsi %v38, %v298 : i64
            %v300 = arith.addi %v297, %v299 : i64
            %v301 = arith.muli %v300, %v1 : i64
            %v302 = arith.addi %v301, %v70 : i64
            %v303 = arith.addi %v302, %v32 : i64
            %v304 = llvm.getelementptr %scratch_h[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v296, %v304 : f32, !llvm.ptr
            %v305 = llvm.load %v12 : !llvm.ptr -> f32
            %v306 = arith.muli %v295, %v4 : i64
            %v307 = arith.subi %v4, %v2 : i64
            %v308 = arith.minsi %v38, %v307 : i64
            %v309 = arith.addi %v306, %v308 : i64
            %v310 = arith.muli %v309, %v1 : i64
            %v311 = arith.addi %v310, %v31 : i64
            %v312 = arith.addi %v311, %v32 : i64
            %v313 = llvm.getelementptr %scratch_h[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v305, %v313 : f32, !llvm.ptr
          }
          %v314 = arith.muli %v294, %v31 : i64
          %v315 = arith.addi %v314, %v32 : i64
          %v316 = arith.minsi %v315, %v214 : i64
          %v317 = arith.addi %v211, %v316 : i64
          %v320 = arith.muli %v44, %v319 : i64
          %v321 = arith.muli %v317, %v318 : i64
          %v322 = arith.addi %v320, %v321 : i64
          %v323 = arith.muli %v42, %v2 : i64
          %v324 = arith.addi %v322, %v323 : i64
          %v325 = llvm.getelementptr %in_delta[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v326 = llvm.load %v325 : !llvm.ptr -> f32
          %v327 = arith.muli %v42, %v2 : i64
          %v328 = llvm.getelementptr %in_dt_bias[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v329 = llvm.load %v328 : !llvm.ptr -> f32
          %v330 = arith.addf %v326, %v329 fastmath<contract> : f32
          %v331 = arith.maximumf %v330, %v68 : f32
          %v332 = llvm.call_intrinsic "llvm.fabs.f32"(%v330) : (f32) -> f32
          %v333 = arith.negf %v332 : f32
          %v335 = arith.mulf %v333, %v334 fastmath<contract> : f32
          %v336 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v335) : (f32) -> f32
          %v337 = arith.addf %v69, %v336 fastmath<contract> : f32
          %v338 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v337) : (f32) -> f32
          %v340 = arith.mulf %v338, %v339 fastmath<contract> : f32
          %v342 = arith.mulf %v341, %v336 fastmath<contract> : f32
          %v344 = arith.addf %v342, %v343 fastmath<contract> : f32
          %v345 = arith.mulf %v344, %v336 fastmath<contract> : f32
          %v347 = arith.addf %v345, %v346 fastmath<contract> : f32
          %v348 = arith.mulf %v347, %v336 fastmath<contract> : f32
          %v350 = arith.addf %v348, %v349 fastmath<contract> : f32
          %v351 = arith.mulf %v350, %v336 fastmath<contract> : f32
          %v353 = arith.addf %v351, %v352 fastmath<contract> : f32
          %v354 = arith.mulf %v353, %v336 fastmath<contract> : f32
          %v356 = arith.addf %v354, %v355 fastmath<contract> : f32
          %v357 = arith.mulf %v356, %v336 fastmath<contract> : f32
          %v358 = arith.addf %v357, %v69 fastmath<contract> : f32
          %v359 = arith.mulf %v358, %v336 fastmath<contract> : f32
          %v360 = llvm.call_intrinsic "llvm.fabs.f32"(%v336) : (f32) -> f32
          %v362 = arith.cmpf olt, %v360, %v361 : f32
          %v363 = arith.select %v362, %v359, %v340 : f32
          %v364 = arith.addf %v331, %v363 fastmath<contract> : f32
          %v365 = arith.muli %v44, %v319 : i64
          %v366 = arith.muli %v317, %v318 : i64
          %v367 = arith.addi %v365, %v366 : i64
          %v368 = arith.muli %v42, %v2 : i64
          %v369 = arith.addi %v367, %v368 : i64
          %v370 = llvm.getelementptr %in_u[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v371 = llvm.load %v370 : !llvm.ptr -> f32
          %v372 = arith.mulf %v364, %v371 fastmath<contract> : f32
          %v373 = arith.index_cast %v70 : i64 to index
          %v374 = arith.index_cast %v31 : i64 to index
          %v375 = arith.index_cast %v2 : i64 to index
          scf.for %v376 = %v373 to %v374 step %v375 {
            %v377 = arith.index_cast %v376 : index to i64
            %v378 = arith.trunci %v377 : i64 to i32
            %v379 = arith.ori %v169, %v378 : i32
            %v381, %v382 = gpu.shuffle idx %v364, %v379, %v380 : f32
            %v383, %v384 = gpu.shuffle idx %v372, %v379, %v380 : f32
            %v385 = arith.addi %v314, %v377 : i64
            %v386 = arith.cmpi slt, %v385, %v213 : i64
            scf.if %v386 {
              %v387 = arith.addi %v211, %v385 : i64
              %v389 = arith.muli %v42, %v388 : i64
              %v390 = arith.muli %v32, %v2 : i64
              %v391 = arith.addi %v389, %v390 : i64
              %v392 = llvm.getelementptr %in_A[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v393 = llvm.load %v392 : !llvm.ptr -> f32
              %v394 = arith.mulf %v381, %v393 fastmath<contract> : f32
              %v395 = arith.mulf %v394, %v334 fastmath<contract> : f32
              %v396 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v395) : (f32) -> f32
              %v397 = arith.muli %v32, %v239 : i64
              %v398 = arith.subi %v387, %v211 : i64
              %v399 = arith.addi %v397, %v398 : i64
              %v400 = llvm.getelementptr %v65[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v401 = llvm.load %v400 : !llvm.ptr -> f32
              %v402 = arith.mulf %v401, %v383 fastmath<contract> : f32
              %v403 = llvm.load %v11 : !llvm.ptr -> f32
              %v404 = arith.mulf %v396, %v403 fastmath<contract> : f32
              %v405 = arith.addf %v404, %v402 fastmath<contract> : f32
              llvm.store %v405, %v11 : f32, !llvm.ptr
              %v406 = arith.muli %v42, %v388 : i64
              %v407 = arith.constant 8 : i64
              %v408 = arith.addi %v407, %v32 : i64
              %v409 = arith.muli %v408, %v2 : i64
              %v410 = arith.addi %v406, %v409 : i64
              %v411 = llvm.getelementptr %in_A[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v412 = llvm.load %v411 : !llvm.ptr -> f32
              %v413 = arith.mulf %v381, %v412 fastmath<contract> : f32
              %v414 = arith.mulf %v413, %v334 fastmath<contract> : f32
              %v415 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v414) : (f32) -> f32
              %v416 = arith.constant 8 : i64
              %v417 = arith.addi %v416, %v32 : i64
              %v418 = arith.muli %v417, %v239 : i64
              %v419 = arith.subi %v387, %v211 : i64
              %v420 = arith.addi %v418, %v419 : i64
              %v421 = llvm.getelementptr %v65[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v422 = llvm.load %v421 : !llvm.ptr -> f32
              %v423 = arith.mulf %v422, %v383 fastmath<contract> : f32
              %v424 = llvm.load %v12 : !llvm.ptr -> f32
              %v425 = arith.mulf %v415, %v424 fastmath<contract> : f32
              %v426 = arith.addf %v425, %v423 fastmath<contract> : f32
              llvm.store %v426, %v12 : f32, !llvm.ptr
            }
          }
        }
        %v428 = arith.addi %v216, %v427 : i64
        %v429 = arith.divui %v428, %v46 : i64
        %v430 = arith.index_cast %v70 : i64 to index
        %v431 = arith.index_cast %v429 : i64 to index
        %v432 = arith.index_cast %v2 : i64 to index
        scf.for %v433 = %v430 to %v431 step %v432 {
          %v434 = arith.index_cast %v433 : index to i64
          %v435 = arith.muli %v434, %v46 : i64
          %v436 = arith.addi %v435, %v46 : i64
          %v437 = arith.index_cast %v435 : i64 to index
          %v438 = arith.index_cast %v436 : i64 to index
          %v439 = arith.index_cast %v2 : i64 to index
          scf.for %v440 = %v437 to %v438 step %v439 {
            %v441 = arith.index_cast %v440 : index to i64
            %v442 = arith.cmpi slt, %v441, %v216 : i64
            scf.if %v442 {
              %v443 = arith.subi %v216, %v2 : i64
              %v444 = arith.subi %v443, %v441 : i64
              %v445 = arith.muli %v444, %v31 : i64
              %v446 = arith.remui %v441, %v46 : i64
              %v447 = arith.muli %v446, %v31 : i64
              %v448 = arith.addi %v201, %v444 : i64
              %v449 = arith.subi %v213, %v2 : i64
              %v450 = arith.muli %v448, %v4 : i64
              %v451 = arith.subi %v4, %v2 : i64
              %v452 = arith.minsi %v38, %v451 : i64
              %v453 = arith.addi %v450, %v452 : i64
              %v454 = arith.muli %v453, %v1 : i64
              %v455 = arith.addi %v454, %v70 : i64
              %v456 = arith.addi %v455, %v32 : i64
              %v457 = llvm.getelementptr %scratch_h[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = arith.muli %v448, %v4 : i64
              %v460 = arith.subi %v4, %v2 : i64
              %v461 = arith.minsi %v38, %v460 : i64
              %v462 = arith.addi %v459, %v461 : i64
              %v463 = arith.muli %v462, %v1 : i64
              %v464 = arith.addi %v463, %v31 : i64
              %v465 = arith.addi %v464, %v32 : i64
              %v466 = llvm.getelementptr %scratch_h[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v467 = llvm.load %v466 : !llvm.ptr -> f32
              %v468 = arith.addi %v445, %v32 : i64
              %v469 = arith.minsi %v468, %v449 : i64
              %v470 = arith.addi %v211, %v469 : i64
              %v471 = arith.muli %v44, %v319 : i64
              %v472 = arith.muli %v470, %v318 : i64
              %v473 = arith.addi %v471, %v472 : i64
              %v474 = arith.muli %v42, %v2 : i64
              %v475 = arith.addi %v473, %v474 : i64
              %v476 = llvm.getelementptr %in_delta[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v477 = llvm.load %v476 : !llvm.ptr -> f32
              %v478 = arith.muli %v42, %v2 : i64
              %v479 = llvm.getelementptr %in_dt_bias[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v480 = llvm.load %v479 : !llvm.ptr -> f32
              %v481 = arith.addf %v477, %v480 fastmath<contract> : f32
              %v482 = arith.maximumf %v481, %v68 : f32
              %v483 = llvm.call_intrinsic "llvm.fabs.f32"(%v481) : (f32) -> f32
              %v484 = arith.negf %v483 : f32
              %v485 = arith.mulf %v484, %v334 fastmath<contract> : f32
              %v486 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v485) : (f32) -> f32
              %v487 = arith.addf %v69, %v486 fastmath<contract> : f32
              %v488 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v487) : (f32) -> f32
              %v489 = arith.mulf %v488, %v339 fastmath<contract> : f32
              %v490 = arith.mulf %v341, %v486 fastmath<contract> : f32
              %v491 = arith.addf %v490, %v343 fastmath<contract> : f32
              %v492 = arith.mulf %v491, %v486 fastmath<contract> : f32
              %v493 = arith.addf %v492, %v346 fastmath<contract> : f32
              %v494 = arith.mulf %v493, %v486 fastmath<contract> : f32
              %v495 = arith.addf %v494, %v349 fastmath<contract> : f32
              %v496 = arith.mulf %v495, %v486 fastmath<contract> : f32
              %v497 = arith.addf %v496, %v352 fastmath<contract> : f32
              %v498 = arith.mulf %v497, %v486 fastmath<contract> : f32
              %v499 = arith.addf %v498, %v355 fastmath<contract> : f32
              %v500 = arith.mulf %v499, %v486 fastmath<contract> : f32
              %v501 = arith.addf %v500, %v69 fastmath<contract> : f32
              %v502 = arith.mulf %v501, %v486 fastmath<contract> : f32
              %v503 = llvm.call_intrinsic "llvm.fabs.f32"(%v486) : (f32) -> f32
              %v504 = arith.cmpf olt, %v503, %v361 : f32
              %v505 = arith.select %v504, %v502, %v489 : f32
              %v506 = arith.addf %v482, %v505 fastmath<contract> : f32
              %v507 = arith.muli %v44, %v319 : i64
              %v508 = arith.muli %v470, %v318 : i64
              %v509 = arith.addi %v507, %v508 : i64
              %v510 = arith.muli %v42, %v2 : i64
              %v511 = arith.addi %v509, %v510 : i64
              %v512 = llvm.getelementptr %in_u[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v513 = llvm.load %v512 : !llvm.ptr -> f32
              %v514 = arith.mulf %v506, %v513 fastmath<contract> : f32
              %v515 = arith.muli %v44, %v319 : i64
              %v516 = arith.muli %v470, %v318 : i64
              %v517 = arith.addi %v515, %v516 : i64
              %v518 = arith.muli %v42, %v2 : i64
              %v519 = arith.addi %v517, %v518 : i64
              %v520 = llvm.getelementptr %in_z[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v521 = llvm.load %v520 : !llvm.ptr -> f32
              %v522 = arith.negf %v521 : f32
              %v523 = arith.mulf %v522, %v334 fastmath<contract> : f32
              %v524 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v523) : (f32) -> f32
              %v525 = arith.addf %v69, %v524 fastmath<contract> : f32
              %v526 = arith.divf %v69, %v525 : f32
              %v527 = arith.mulf %v521, %v526 fastmath<contract> : f32
              %v528 = arith.negf %v521 : f32
              %v529 = arith.mulf %v528, %v334 fastmath<contract> : f32
              %v530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v529) : (f32) -> f32
              %v531 = arith.addf %v69, %v530 fastmath<contract> : f32
              %v532 = arith.divf %v69, %v531 : f32
              %v533 = arith.subf %v69, %v532 fastmath<contract> : f32
              %v534 = arith.mulf %v521, %v533 fastmath<contract> : f32
              %v535 = arith.addf %v69, %v534 fastmath<contract> : f32
              %v536 = arith.mulf %v532, %v535 fastmath<contract> : f32
              %v537 = arith.negf %v481 : f32
              %v538 = arith.mulf %v537, %v334 fastmath<contract> : f32
              %v539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v538) : (f32) -> f32
              %v540 = arith.addf %v69, %v539 fastmath<contract> : f32
              %v541 = arith.divf %v69, %v540 : f32
              // the group's states, recomputed into registers
              %v542 = arith.addi %v445, %v70 : i64
              %v543 = arith.minsi %v542, %v449 : i64
              %v544 = arith.addi %v211, %v543 : i64
              %v545, %v546 = gpu.shuffle idx %v506, %v169, %v380 : f32
              %v547, %v548 = gpu.shuffle idx %v514, %v169, %v380 : f32
              %v549 = arith.muli %v42, %v388 : i64
              %v550 = arith.muli %v32, %v2 : i64
              %v551 = arith.addi %v549, %v550 : i64
              %v552 = llvm.getelementptr %in_A[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v553 = llvm.load %v552 : !llvm.ptr -> f32
              %v554 = arith.mulf %v545, %v553 fastmath<contract> : f32
              %v555 = arith.mulf %v554, %v334 fastmath<contract> : f32
              %v556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v555) : (f32) -> f32
              %v557 = arith.muli %v32, %v239 : i64
              %v558 = arith.subi %v544, %v211 : i64
              %v559 = arith.addi %v557, %v558 : i64
              %v560 = llvm.getelementptr %v65[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v561 = llvm.load %v560 : !llvm.ptr -> f32
              %v562 = arith.mulf %v561, %v547 fastmath<contract> : f32
              %v563 = arith.mulf %v556, %v458 fastmath<contract> : f32
              %v564 = arith.addf %v563, %v562 fastmath<contract> : f32
              %v565 = arith.muli %v42, %v388 : i64
              %v566 = arith.constant 8 : i64
              %v567 = arith.addi %v566, %v32 : i64
              %v568 = arith.muli %v567, %v2 : i64
              %v569 = arith.addi %v565, %v568 : i64
              %v570 = llvm.getelementptr %in_A[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v571 = llvm.load %v570 : !llvm.ptr -> f32
              %v572 = arith.mulf %v545, %v571 fastmath<contract> : f32
              %v573 = arith.mulf %v572, %v334 fastmath<contract> : f32
              %v574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v573) : (f32) -> f32
              %v575 = arith.constant 8 : i64
              %v576 = arith.addi %v575, %v32 : i64
              %v577 = arith.muli %v576, %v239 : i64
              %v578 = arith.subi %v544, %v211 : i64
              %v579 = arith.addi %v577, %v578 : i64
              %v580 = llvm.getelementptr %v65[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v581 = llvm.load %v580 : !llvm.ptr -> f32
              %v582 = arith.mulf %v581, %v547 fastmath<contract> : f32
              %v583 = arith.mulf %v574, %v467 fastmath<contract> : f32
              %v584 = arith.addf %v583, %v582 fastmath<contract> : f32
              %v585 = arith.addi %v445, %v2 : i64
              %v586 = arith.minsi %v585, %v449 : i64
              %v587 = arith.addi %v211, %v586 : i64
              %v588, %v589 = gpu.shuffle idx %v506, %v173, %v380 : f32
              %v590, %v591 = gpu.shuffle idx %v514, %v173, %v380 : f32
              %v592 = arith.muli %v42, %v388 : i64
              %v593 = arith.muli %v32, %v2 : i64
              %v594 = arith.addi %v592, %v593 : i64
              %v595 = llvm.getelementptr %in_A[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v596 = llvm.load %v595 : !llvm.ptr -> f32
              %v597 = arith.mulf %v588, %v596 fastmath<contract> : f32
              %v598 = arith.mulf %v597, %v334 fastmath<contract> : f32
              %v599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v598) : (f32) -> f32
              %v600 = arith.muli %v32, %v239 : i64
              %v601 = arith.subi %v587, %v211 : i64
              %v602 = arith.addi %v600, %v601 : i64
              %v603 = llvm.getelementptr %v65[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v604 = llvm.load %v603 : !llvm.ptr -> f32
              %v605 = arith.mulf %v604, %v590 fastmath<contract> : f32
              %v606 = arith.mulf %v599, %v564 fastmath<contract> : f32
              %v607 = arith.addf %v606, %v605 fastmath<contract> : f32
              %v608 = arith.muli %v42, %v388 : i64
              %v609 = arith.constant 8 : i64
              %v610 = arith.addi %v609, %v32 : i64
              %v611 = arith.muli %v610, %v2 : i64
              %v612 = arith.addi %v608, %v611 : i64
              %v613 = llvm.getelementptr %in_A[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v614 = llvm.load %v613 : !llvm.ptr -> f32
              %v615 = arith.mulf %v588, %v614 fastmath<contract> : f32
              %v616 = arith.mulf %v615, %v334 fastmath<contract> : f32
              %v617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v616) : (f32) -> f32
              %v618 = arith.constant 8 : i64
              %v619 = arith.addi %v618, %v32 : i64
              %v620 = arith.muli %v619, %v239 : i64
              %v621 = arith.subi %v587, %v211 : i64
              %v622 = arith.addi %v620, %v621 : i64
              %v623 = llvm.getelementptr %v65[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v624 = llvm.load %v623 : !llvm.ptr -> f32
              %v625 = arith.mulf %v624, %v590 fastmath<contract> : f32
              %v626 = arith.mulf %v617, %v584 fastmath<contract> : f32
              %v627 = arith.addf %v626, %v625 fastmath<contract> : f32
              %v629 = arith.addi %v445, %v628 : i64
              %v630 = arith.minsi %v629, %v449 : i64
              %v631 = arith.addi %v211, %v630 : i64
              %v632, %v633 = gpu.shuffle idx %v506, %v177, %v380 : f32
              %v634, %v635 = gpu.shuffle idx %v514, %v177, %v380 : f32
              %v636 = arith.muli %v42, %v388 : i64
              %v637 = arith.muli %v32, %v2 : i64
              %v638 = arith.addi %v636, %v637 : i64
              %v639 = llvm.getelementptr %in_A[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v640 = llvm.load %v639 : !llvm.ptr -> f32
              %v641 = arith.mulf %v632, %v640 fastmath<contract> : f32
              %v642 = arith.mulf %v641, %v334 fastmath<contract> : f32
              %v643 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v642) : (f32) -> f32
              %v644 = arith.muli %v32, %v239 : i64
              %v645 = arith.subi %v631, %v211 : i64
              %v646 = arith.addi %v644, %v645 : i64
              %v647 = llvm.getelementptr %v65[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v648 = llvm.load %v647 : !llvm.ptr -> f32
              %v649 = arith.mulf %v648, %v634 fastmath<contract> : f32
              %v650 = arith.mulf %v643, %v607 fastmath<contract> : f32
              %v651 = arith.addf %v650, %v649 fastmath<contract> : f32
              %v652 = arith.muli %v42, %v388 : i64
              %v653 = arith.constant 8 : i64
              %v654 = arith.addi %v653, %v32 : i64
              %v655 = arith.muli %v654, %v2 : i64
              %v656 = arith.addi %v652, %v655 : i64
              %v657 = llvm.getelementptr %in_A[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v658 = llvm.load %v657 : !llvm.ptr -> f32
              %v659 = arith.mulf %v632, %v658 fastmath<contract> : f32
              %v660 = arith.mulf %v659, %v334 fastmath<contract> : f32
              %v661 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v660) : (f32) -> f32
              %v662 = arith.constant 8 : i64
              %v663 = arith.addi %v662, %v32 : i64
              %v664 = arith.muli %v663, %v239 : i64
              %v665 = arith.subi %v631, %v211 : i64
              %v666 = arith.addi %v664, %v665 : i64
              %v667 = llvm.getelementptr %v65[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v668 = llvm.load %v667 : !llvm.ptr -> f32
              %v669 = arith.mulf %v668, %v634 fastmath<contract> : f32
              %v670 = arith.mulf %v661, %v627 fastmath<contract> : f32
              %v671 = arith.addf %v670, %v669 fastmath<contract> : f32
              %v672 = arith.addi %v445, %v427 : i64
              %v673 = arith.minsi %v672, %v449 : i64
              %v674 = arith.addi %v211, %v673 : i64
              %v675, %v676 = gpu.shuffle idx %v506, %v181, %v380 : f32
              %v677, %v678 = gpu.shuffle idx %v514, %v181, %v380 : f32
              %v679 = arith.muli %v42, %v388 : i64
              %v680 = arith.muli %v32, %v2 : i64
              %v681 = arith.addi %v679, %v680 : i64
              %v682 = llvm.getelementptr %in_A[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v683 = llvm.load %v682 : !llvm.ptr -> f32
              %v684 = arith.mulf %v675, %v683 fastmath<contract> : f32
              %v685 = arith.mulf %v684, %v334 fastmath<contract> : f32
              %v686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v685) : (f32) -> f32
              %v687 = arith.muli %v32, %v239 : i64
              %v688 = arith.subi %v674, %v211 : i64
              %v689 = arith.addi %v687, %v688 : i64
              %v690 = llvm.getelementptr %v65[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v691 = llvm.load %v690 : !llvm.ptr -> f32
              %v692 = arith.mulf %v691, %v677 fastmath<contract> : f32
              %v693 = arith.mulf %v686, %v651 fastmath<contract> : f32
              %v694 = arith.addf %v693, %v692 fastmath<contract> : f32
              %v695 = arith.muli %v42, %v388 : i64
              %v696 = arith.constant 8 : i64
              %v697 = arith.addi %v696, %v32 : i64
              %v698 = arith.muli %v697, %v2 : i64
              %v699 = arith.addi %v695, %v698 : i64
              %v700 = llvm.getelementptr %in_A[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v701 = llvm.load %v700 : !llvm.ptr -> f32
              %v702 = arith.mulf %v675, %v701 fastmath<contract> : f32
              %v703 = arith.mulf %v702, %v334 fastmath<contract> : f32
              %v704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v703) : (f32) -> f32
              %v705 = arith.constant 8 : i64
              %v706 = arith.addi %v705, %v32 : i64
              %v707 = arith.muli %v706, %v239 : i64
              %v708 = arith.subi %v674, %v211 : i64
              %v709 = arith.addi %v707, %v708 : i64
              %v710 = llvm.getelementptr %v65[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v711 = llvm.load %v710 : !llvm.ptr -> f32
              %v712 = arith.mulf %v711, %v677 fastmath<contract> : f32
              %v713 = arith.mulf %v704, %v671 fastmath<contract> : f32
              %v714 = arith.addf %v713, %v712 fastmath<contract> : f32
              %v715 = arith.addi %v445, %v46 : i64
              %v716 = arith.minsi %v715, %v449 : i64
              %v717 = arith.addi %v211, %v716 : i64
              %v718, %v719 = gpu.shuffle idx %v506, %v185, %v380 : f32
              %v720, %v721 = gpu.shuffle idx %v514, %v185, %v380 : f32
              %v722 = arith.muli %v42, %v388 : i64
              %v723 = arith.muli %v32, %v2 : i64
              %v724 = arith.addi %v722, %v723 : i64
              %v725 = llvm.getelementptr %in_A[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v726 = llvm.load %v725 : !llvm.ptr -> f32
              %v727 = arith.mulf %v718, %v726 fastmath<contract> : f32
              %v728 = arith.mulf %v727, %v334 fastmath<contract> : f32
              %v729 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v728) : (f32) -> f32
              %v730 = arith.muli %v32, %v239 : i64
              %v731 = arith.subi %v717, %v211 : i64
              %v732 = arith.addi %v730, %v731 : i64
              %v733 = llvm.getelementptr %v65[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v734 = llvm.load %v733 : !llvm.ptr -> f32
              %v735 = arith.mulf %v734, %v720 fastmath<contract> : f32
              %v736 = arith.mulf %v729, %v694 fastmath<contract> : f32
              %v737 = arith.addf %v736, %v735 fastmath<contract> : f32
              %v738 = arith.muli %v42, %v388 : i64
              %v739 = arith.constant 8 : i64
              %v740 = arith.addi %v739, %v32 : i64
              %v741 = arith.muli %v740, %v2 : i64
              %v742 = arith.addi %v738, %v741 : i64
              %v743 = llvm.getelementptr %in_A[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v744 = llvm.load %v743 : !llvm.ptr -> f32
              %v745 = arith.mulf %v718, %v744 fastmath<contract> : f32
              %v746 = arith.mulf %v745, %v334 fastmath<contract> : f32
              %v747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v746) : (f32) -> f32
              %v748 = arith.constant 8 : i64
              %v749 = arith.addi %v748, %v32 : i64
              %v750 = arith.muli %v749, %v239 : i64
              %v751 = arith.subi %v717, %v211 : i64
              %v752 = arith.addi %v750, %v751 : i64
              %v753 = llvm.getelementptr %v65[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v754 = llvm.load %v753 : !llvm.ptr -> f32
              %v755 = arith.mulf %v754, %v720 fastmath<contract> : f32
              %v756 = arith.mulf %v747, %v714 fastmath<contract> : f32
              %v757 = arith.addf %v756, %v755 fastmath<contract> : f32
              %v759 = arith.addi %v445, %v758 : i64
              %v760 = arith.minsi %v759, %v449 : i64
              %v761 = arith.addi %v211, %v760 : i64
              %v762, %v763 = gpu.shuffle idx %v506, %v189, %v380 : f32
              %v764, %v765 = gpu.shuffle idx %v514, %v189, %v380 : f32
              %v766 = arith.muli %v42, %v388 : i64
              %v767 = arith.muli %v32, %v2 : i64
              %v768 = arith.addi %v766, %v767 : i64
              %v769 = llvm.getelementptr %in_A[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v770 = llvm.load %v769 : !llvm.ptr -> f32
              %v771 = arith.mulf %v762, %v770 fastmath<contract> : f32
              %v772 = arith.mulf %v771, %v334 fastmath<contract> : f32
              %v773 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v772) : (f32) -> f32
              %v774 = arith.muli %v32, %v239 : i64
              %v775 = arith.subi %v761, %v211 : i64
              %v776 = arith.addi %v774, %v775 : i64
              %v777 = llvm.getelementptr %v65[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v778 = llvm.load %v777 : !llvm.ptr -> f32
              %v779 = arith.mulf %v778, %v764 fastmath<contract> : f32
              %v780 = arith.mulf %v773, %v737 fastmath<contract> : f32
              %v781 = arith.addf %v780, %v779 fastmath<contract> : f32
              %v782 = arith.muli %v42, %v388 : i64
              %v783 = arith.constant 8 : i64
              %v784 = arith.addi %v783, %v32 : i64
              %v785 = arith.muli %v784, %v2 : i64
              %v786 = arith.addi %v782, %v785 : i64
              %v787 = llvm.getelementptr %in_A[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v788 = llvm.load %v787 : !llvm.ptr -> f32
              %v789 = arith.mulf %v762, %v788 fastmath<contract> : f32
              %v790 = arith.mulf %v789, %v334 fastmath<contract> : f32
              %v791 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v790) : (f32) -> f32
              %v792 = arith.constant 8 : i64
              %v793 = arith.addi %v792, %v32 : i64
              %v794 = arith.muli %v793, %v239 : i64
              %v795 = arith.subi %v761, %v211 : i64
              %v796 = arith.addi %v794, %v795 : i64
              %v797 = llvm.getelementptr %v65[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v798 = llvm.load %v797 : !llvm.ptr -> f32
              %v799 = arith.mulf %v798, %v764 fastmath<contract> : f32
              %v800 = arith.mulf %v791, %v757 fastmath<contract> : f32
              %v801 = arith.addf %v800, %v799 fastmath<contract> : f32
              %v803 = arith.addi %v445, %v802 : i64
              %v804 = arith.minsi %v803, %v449 : i64
              %v805 = arith.addi %v211, %v804 : i64
              %v806, %v807 = gpu.shuffle idx %v506, %v193, %v380 : f32
              %v808, %v809 = gpu.shuffle idx %v514, %v193, %v380 : f32
              %v810 = arith.muli %v42, %v388 : i64
              %v811 = arith.muli %v32, %v2 : i64
              %v812 = arith.addi %v810, %v811 : i64
              %v813 = llvm.getelementptr %in_A[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v814 = llvm.load %v813 : !llvm.ptr -> f32
              %v815 = arith.mulf %v806, %v814 fastmath<contract> : f32
              %v816 = arith.mulf %v815, %v334 fastmath<contract> : f32
              %v817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v816) : (f32) -> f32
              %v818 = arith.muli %v32, %v239 : i64
              %v819 = arith.subi %v805, %v211 : i64
              %v820 = arith.addi %v818, %v819 : i64
              %v821 = llvm.getelementptr %v65[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v822 = llvm.load %v821 : !llvm.ptr -> f32
              %v823 = arith.mulf %v822, %v808 fastmath<contract> : f32
              %v824 = arith.mulf %v817, %v781 fastmath<contract> : f32
              %v825 = arith.addf %v824, %v823 fastmath<contract> : f32
              %v826 = arith.muli %v42, %v388 : i64
              %v827 = arith.constant 8 : i64
              %v828 = arith.addi %v827, %v32 : i64
              %v829 = arith.muli %v828, %v2 : i64
              %v830 = arith.addi %v826, %v829 : i64
              %v831 = llvm.getelementptr %in_A[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v832 = llvm.load %v831 : !llvm.ptr -> f32
              %v833 = arith.mulf %v806, %v832 fastmath<contract> : f32
              %v834 = arith.mulf %v833, %v334 fastmath<contract> : f32
              %v835 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v834) : (f32) -> f32
              %v836 = arith.constant 8 : i64
              %v837 = arith.addi %v836, %v32 : i64
              %v838 = arith.muli %v837, %v239 : i64
              %v839 = arith.subi %v805, %v211 : i64
              %v840 = arith.addi %v838, %v839 : i64
              %v841 = llvm.getelementptr %v65[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v842 = llvm.load %v841 : !llvm.ptr -> f32
              %v843 = arith.mulf %v842, %v808 fastmath<contract> : f32
              %v844 = arith.mulf %v835, %v801 fastmath<contract> : f32
              %v845 = arith.addf %v844, %v843 fastmath<contract> : f32
              %v846 = arith.addi %v445, %v161 : i64
              %v847 = arith.minsi %v846, %v449 : i64
              %v848 = arith.addi %v211, %v847 : i64
              %v849, %v850 = gpu.shuffle idx %v506, %v197, %v380 : f32
              %v851, %v852 = gpu.shuffle idx %v514, %v197, %v380 : f32
              %v853 = arith.muli %v42, %v388 : i64
              %v854 = arith.muli %v32, %v2 : i64
              %v855 = arith.addi %v853, %v854 : i64
              %v856 = llvm.getelementptr %in_A[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v857 = llvm.load %v856 : !llvm.ptr -> f32
              %v858 = arith.mulf %v849, %v857 fastmath<contract> : f32
              %v859 = arith.mulf %v858, %v334 fastmath<contract> : f32
              %v860 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v859) : (f32) -> f32
              %v861 = arith.muli %v32, %v239 : i64
              %v862 = arith.subi %v848, %v211 : i64
              %v863 = arith.addi %v861, %v862 : i64
              %v864 = llvm.getelementptr %v65[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v865 = llvm.load %v864 : !llvm.ptr -> f32
              %v866 = arith.mulf %v865, %v851 fastmath<contract> : f32
              %v867 = arith.mulf %v860, %v825 fastmath<contract> : f32
              %v868 = arith.addf %v867, %v866 fastmath<contract> : f32
              %v869 = arith.muli %v42, %v388 : i64
              %v870 = arith.constant 8 : i64
              %v871 = arith.addi %v870, %v32 : i64
              %v872 = arith.muli %v871, %v2 : i64
              %v873 = arith.addi %v869, %v872 : i64
              %v874 = llvm.getelementptr %in_A[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v875 = llvm.load %v874 : !llvm.ptr -> f32
              %v876 = arith.mulf %v849, %v875 fastmath<contract> : f32
              %v877 = arith.mulf %v876, %v334 fastmath<contract> : f32
              %v878 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v877) : (f32) -> f32
              %v879 = arith.constant 8 : i64
              %v880 = arith.addi %v879, %v32 : i64
              %v881 = arith.muli %v880, %v239 : i64
              %v882 = arith.subi %v848, %v211 : i64
              %v883 = arith.addi %v881, %v882 : i64
              %v884 = llvm.getelementptr %v65[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v885 = llvm.load %v884 : !llvm.ptr -> f32
              %v886 = arith.mulf %v885, %v851 fastmath<contract> : f32
              %v887 = arith.mulf %v878, %v845 fastmath<contract> : f32
              %v888 = arith.addf %v887, %v886 fastmath<contract> : f32
              %v892 = arith.shrui %v32, %v70 : i64
              %v893 = arith.andi %v892, %v2 : i64
              %v894 = arith.cmpi ne, %v893, %v70 : i64
              %v895 = arith.shrui %v32, %v2 : i64
              %v896 = arith.andi %v895, %v2 : i64
              %v897 = arith.cmpi ne, %v896, %v70 : i64
              %v898 = arith.shrui %v32, %v628 : i64
              %v899 = arith.andi %v898, %v2 : i64
              %v900 = arith.cmpi ne, %v899, %v70 : i64
              %v901 = arith.addi %v445, %v161 : i64
              %v902 = arith.cmpi slt, %v901, %v213 : i64
              %v903, %v904 = gpu.shuffle idx %v506, %v197, %v380 : f32
              %v905, %v906 = gpu.shuffle idx %v514, %v197, %v380 : f32
              %v907, %v908 = gpu.shuffle idx %v527, %v197, %v380 : f32
              %v909, %v910 = gpu.shuffle idx %v536, %v197, %v380 : f32
              %v911, %v912 = gpu.shuffle idx %v541, %v197, %v380 : f32
              %v913 = arith.addi %v447, %v70 : i64
              llvm.store %v68, %v889 : f32, !llvm.ptr
              llvm.store %v68, %v890 : f32, !llvm.ptr
              llvm.store %v68, %v891 : f32, !llvm.ptr
              scf.if %v902 {
                %v914 = arith.addi %v211, %v901 : i64
                %v915 = arith.muli %v32, %v239 : i64
                %v916 = arith.subi %v914, %v211 : i64
                %v917 = arith.addi %v915, %v916 : i64
                %v918 = llvm.getelementptr %v67[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v919 = llvm.load %v918 : !llvm.ptr -> f32
                %v920 = arith.muli %v44, %v319 : i64
                %v921 = arith.muli %v914, %v318 : i64
                %v922 = arith.addi %v920, %v921 : i64
                %v923 = arith.muli %v42, %v2 : i64
                %v924 = arith.addi %v922, %v923 : i64
                %v925 = llvm.getelementptr %dy_y[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v926 = llvm.load %v925 : !llvm.ptr -> f32
                %v927 = arith.mulf %v907, %v926 fastmath<contract> : f32
                %v928 = arith.mulf %v919, %v927 fastmath<contract> : f32
                %v929 = llvm.load %v50 : !llvm.ptr -> f32
                %v930 = llvm.load %v52 : !llvm.ptr -> f32
                %v931 = arith.mulf %v930, %v929 fastmath<contract> : f32
                %v932 = arith.addf %v928, %v931 fastmath<contract> : f32
                llvm.store %v932, %v50 : f32, !llvm.ptr
                %v933 = arith.constant 8 : i64
                %v934 = arith.addi %v933, %v32 : i64
                %v935 = arith.muli %v934, %v239 : i64
                %v936 = arith.subi %v914, %v211 : i64
                %v937 = arith.addi %v935, %v936 : i64
                %v938 = llvm.getelementptr %v67[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v939 = llvm.load %v938 : !llvm.ptr -> f32
                %v940 = arith.mulf %v939, %v927 fastmath<contract> : f32
                %v941 = llvm.load %v51 : !llvm.ptr -> f32
                %v942 = llvm.load %v53 : !llvm.ptr -> f32
                %v943 = arith.mulf %v942, %v941 fastmath<contract> : f32
                %v944 = arith.addf %v940, %v943 fastmath<contract> : f32
                llvm.store %v944, %v51 : f32, !llvm.ptr
                %v945 = arith.subi %size_L, %v2 : i64
                %v946 = arith.cmpi eq, %v914, %v945 : i64
                scf.if %v946 {
                  %v947 = arith.muli %v44, %v117 : i64
                  %v948 = arith.muli %v42, %v116 : i64
                  %v949 = arith.addi %v947, %v948 : i64
                  %v950 = arith.muli %v32, %v2 : i64
                  %v951 = arith.addi %v949, %v950 : i64
                  %v952 = llvm.getelementptr %dy_h_last[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v953 = llvm.load %v952 : !llvm.ptr -> f32
                  %v954 = llvm.load %v50 : !llvm.ptr -> f32
                  %v955 = arith.addf %v954, %v953 fastmath<contract> : f32
                  llvm.store %v955, %v50 : f32, !llvm.ptr
                  %v956 = arith.muli %v44, %v117 : i64
                  %v957 = arith.muli %v42, %v116 : i64
                  %v958 = arith.addi %v956, %v957 : i64
                  %v959 = arith.constant 8 : i64
                  %v960 = arith.addi %v959, %v32 : i64
                  %v961 = arith.muli %v960, %v2 : i64
                  %v962 = arith.addi %v958, %v961 : i64
                  %v963 = llvm.getelementptr %dy_h_last[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v964 = llvm.load %v963 : !llvm.ptr -> f32
                  %v965 = llvm.load %v51 : !llvm.ptr -> f32
                  %v966 = arith.addf %v965, %v964 fastmath<contract> : f32
                  llvm.store %v966, %v51 : f32, !llvm.ptr
                }
                %v967 = arith.muli %v42, %v388 : i64
                %v968 = arith.muli %v32, %v2 : i64
                %v969 = arith.addi %v967, %v968 : i64
                %v970 = llvm.getelementptr %in_A[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v971 = llvm.load %v970 : !llvm.ptr -> f32
                %v972 = arith.mulf %v903, %v971 fastmath<contract> : f32
                %v973 = arith.mulf %v972, %v334 fastmath<contract> : f32
                %v974 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v973) : (f32) -> f32
                %v975 = llvm.load %v50 : !llvm.ptr -> f32
                %v976 = arith.mulf %v825, %v975 fastmath<contract> : f32
                %v977 = arith.mulf %v974, %v976 fastmath<contract> : f32
                %v978 = arith.mulf %v903, %v977 fastmath<contract> : f32
                %v979 = llvm.load %v54 : !llvm.ptr -> f32
                %v980 = arith.addf %v979, %v978 fastmath<contract> : f32
                llvm.store %v980, %v54 : f32, !llvm.ptr
                %v981 = arith.muli %v42, %v388 : i64
                %v982 = arith.constant 8 : i64
                %v983 = arith.addi %v982, %v32 : i64
                %v984 = arith.muli %v983, %v2 : i64
                %v985 = arith.addi %v981, %v984 : i64
                %v986 = llvm.getelementptr %in_A[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v987 = llvm.load %v986 : !llvm.ptr -> f32
                %v988 = arith.mulf %v903, %v987 fastmath<contract> : f32
                %v989 = arith.mulf %v988, %v334 fastmath<contract> : f32
                %v990 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v989) : (f32) -> f32
                %v991 = llvm.load %v51 : !llvm.ptr -> f32
                %v992 = arith.mulf %v845, %v991 fastmath<contract> : f32
                %v993 = arith.mulf %v990, %v992 fastmath<contract> : f32
                %v994 = arith.mulf %v903, %v993 fastmath<contract> : f32
                %v995 = llvm.load %v55 : !llvm.ptr -> f32
                %v996 = arith.addf %v995, %v994 fastmath<contract> : f32
                llvm.store %v996, %v55 : f32, !llvm.ptr
                %v997 = arith.mulf %v905, %v975 fastmath<contract> : f32
                %v998 = arith.select %v36, %v997, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1000, %v1001 = gpu.shuffle xor %v998, %v999, %v380 : f32
                %v1002 = arith.addf %v998, %v1000 fastmath<contract> : f32
                %v1004, %v1005 = gpu.shuffle xor %v1002, %v1003, %v380 : f32
                %v1006 = arith.addf %v1002, %v1004 fastmath<contract> : f32
                %v1007 = arith.divui %v17, %v19 : i64
                %v1008 = arith.remui %v17, %v19 : i64
                %v1009 = arith.cmpi ult, %v1008, %v31 : i64
                %v1010 = arith.addi %v70, %v32 : i64
                %v1011 = arith.muli %v1007, %v1 : i64
                %v1012 = arith.addi %v1011, %v1010 : i64
                %v1014 = arith.muli %v1012, %v1013 : i64
                %v1015 = arith.addi %v1014, %v913 : i64
                scf.if %v1009 {
                  %v1016 = llvm.getelementptr %v61[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1006, %v1016 : f32, !llvm.ptr
                }
                %v1017 = arith.mulf %v905, %v991 fastmath<contract> : f32
                %v1018 = arith.select %v36, %v1017, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1019, %v1020 = gpu.shuffle xor %v1018, %v999, %v380 : f32
                %v1021 = arith.addf %v1018, %v1019 fastmath<contract> : f32
                %v1022, %v1023 = gpu.shuffle xor %v1021, %v1003, %v380 : f32
                %v1024 = arith.addf %v1021, %v1022 fastmath<contract> : f32
                %v1025 = arith.divui %v17, %v19 : i64
                %v1026 = arith.remui %v17, %v19 : i64
                %v1027 = arith.cmpi ult, %v1026, %v31 : i64
                %v1028 = arith.addi %v31, %v32 : i64
                %v1029 = arith.muli %v1025, %v1 : i64
                %v1030 = arith.addi %v1029, %v1028 : i64
                %v1031 = arith.muli %v1030, %v1013 : i64
                %v1032 = arith.addi %v1031, %v913 : i64
                scf.if %v1027 {
                  %v1033 = llvm.getelementptr %v61[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1024, %v1033 : f32, !llvm.ptr
                }
                %v1034 = arith.mulf %v868, %v927 fastmath<contract> : f32
                %v1035 = arith.select %v36, %v1034, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1036, %v1037 = gpu.shuffle xor %v1035, %v999, %v380 : f32
                %v1038 = arith.addf %v1035, %v1036 fastmath<contract> : f32
                %v1039, %v1040 = gpu.shuffle xor %v1038, %v1003, %v380 : f32
                %v1041 = arith.addf %v1038, %v1039 fastmath<contract> : f32
                %v1042 = arith.divui %v17, %v19 : i64
                %v1043 = arith.remui %v17, %v19 : i64
                %v1044 = arith.cmpi ult, %v1043, %v31 : i64
                %v1045 = arith.addi %v70, %v32 : i64
                %v1046 = arith.muli %v1042, %v1 : i64
                %v1047 = arith.addi %v1046, %v1045 : i64
                %v1048 = arith.muli %v1047, %v1013 : i64
                %v1049 = arith.addi %v1048, %v913 : i64
                scf.if %v1044 {
                  %v1050 = llvm.getelementptr %v63[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1041, %v1050 : f32, !llvm.ptr
                }
                %v1051 = arith.mulf %v888, %v927 fastmath<contract> : f32
                %v1052 = arith.select %v36, %v1051, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1053, %v1054 = gpu.shuffle xor %v1052, %v999, %v380 : f32
                %v1055 = arith.addf %v1052, %v1053 fastmath<contract> : f32
                %v1056, %v1057 = gpu.shuffle xor %v1055, %v1003, %v380 : f32
                %v1058 = arith.addf %v1055, %v1056 fastmath<contract> : f32
                %v1059 = arith.divui %v17, %v19 : i64
                %v1060 = arith.remui %v17, %v19 : i64
                %v1061 = arith.cmpi ult, %v1060, %v31 : i64
                %v1062 = arith.addi %v31, %v32 : i64
                %v1063 = arith.muli %v1059, %v1 : i64
                %v1064 = arith.addi %v1063, %v1062 : i64
                %v1065 = arith.muli %v1064, %v1013 : i64
                %v1066 = arith.addi %v1065, %v913 : i64
                scf.if %v1061 {
                  %v1067 = llvm.getelementptr %v63[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1058, %v1067 : f32, !llvm.ptr
                }
                %v1068 = arith.mulf %v919, %v868 fastmath<contract> : f32
                %v1069 = arith.mulf %v939, %v888 fastmath<contract> : f32
                %v1070 = arith.addf %v1068, %v1069 fastmath<contract> : f32
                llvm.store %v1070, %v889 : f32, !llvm.ptr
                %v1071 = arith.muli %v32, %v239 : i64
                %v1072 = arith.subi %v914, %v211 : i64
                %v1073 = arith.addi %v1071, %v1072 : i64
                %v1074 = llvm.getelementptr %v65[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1075 = llvm.load %v1074 : !llvm.ptr -> f32
                %v1076 = arith.mulf %v1075, %v975 fastmath<contract> : f32
                %v1077 = arith.constant 8 : i64
                %v1078 = arith.addi %v1077, %v32 : i64
                %v1079 = arith.muli %v1078, %v239 : i64
                %v1080 = arith.subi %v914, %v211 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = llvm.getelementptr %v65[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                %v1084 = arith.mulf %v1083, %v991 fastmath<contract> : f32
                %v1085 = arith.addf %v1076, %v1084 fastmath<contract> : f32
                llvm.store %v1085, %v890 : f32, !llvm.ptr
                %v1086 = arith.mulf %v971, %v976 fastmath<contract> : f32
                %v1087 = arith.mulf %v974, %v1086 fastmath<contract> : f32
                %v1088 = arith.mulf %v987, %v992 fastmath<contract> : f32
                %v1089 = arith.mulf %v990, %v1088 fastmath<contract> : f32
                %v1090 = arith.addf %v1087, %v1089 fastmath<contract> : f32
                llvm.store %v1090, %v891 : f32, !llvm.ptr
                llvm.store %v974, %v52 : f32, !llvm.ptr
                llvm.store %v990, %v53 : f32, !llvm.ptr
              }
              %v1091 = llvm.load %v889 : !llvm.ptr -> f32
              %v1092 = llvm.load %v890 : !llvm.ptr -> f32
              %v1093 = llvm.load %v891 : !llvm.ptr -> f32
              %v1094 = arith.addi %v445, %v802 : i64
              %v1095 = arith.cmpi slt, %v1094, %v213 : i64
              %v1096, %v1097 = gpu.shuffle idx %v506, %v193, %v380 : f32
              %v1098, %v1099 = gpu.shuffle idx %v514, %v193, %v380 : f32
              %v1100, %v1101 = gpu.shuffle idx %v527, %v193, %v380 : f32
              %v1102, %v1103 = gpu.shuffle idx %v536, %v193, %v380 : f32
              %v1104, %v1105 = gpu.shuffle idx %v541, %v193, %v380 : f32
              %v1106 = arith.addi %v447, %v2 : i64
              llvm.store %v68, %v889 : f32, !llvm.ptr
              llvm.store %v68, %v890 : f32, !llvm.ptr
              llvm.store %v68, %v891 : f32, !llvm.ptr
              scf.if %v1095 {
                %v1107 = arith.addi %v211, %v1094 : i64
                %v1108 = arith.muli %v32, %v239 : i64
                %v1109 = arith.subi %v1107, %v211 : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = llvm.getelementptr %v67[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                %v1113 = arith.muli %v44, %v319 : i64
                %v1114 = arith.muli %v1107, %v318 : i64
                %v1115 = arith.addi %v1113, %v1114 : i64
                %v1116 = arith.muli %v42, %v2 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = llvm.getelementptr %dy_y[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v1100, %v1119 fastmath<contract> : f32
                %v1121 = arith.mulf %v1112, %v1120 fastmath<contract> : f32
                %v1122 = llvm.load %v50 : !llvm.ptr -> f32
                %v1123 = llvm.load %v52 : !llvm.ptr -> f32
                %v1124 = arith.mulf %v1123, %v1122 fastmath<contract> : f32
                %v1125 = arith.addf %v1121, %v1124 fastmath<contract> : f32
                llvm.store %v1125, %v50 : f32, !llvm.ptr
                %v1126 = arith.constant 8 : i64
                %v1127 = arith.addi %v1126, %v32 : i64
                %v1128 = arith.muli %v1127, %v239 : i64
                %v1129 = arith.subi %v1107, %v211 : i64
                %v1130 = arith.addi %v1128, %v1129 : i64
                %v1131 = llvm.getelementptr %v67[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                %v1133 = arith.mulf %v1132, %v1120 fastmath<contract> : f32
                %v1134 = llvm.load %v51 : !llvm.ptr -> f32
                %v1135 = llvm.load %v53 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v1135, %v1134 fastmath<contract> : f32
                %v1137 = arith.addf %v1133, %v1136 fastmath<contract> : f32
                llvm.store %v1137, %v51 : f32, !llvm.ptr
                %v1138 = arith.subi %size_L, %v2 : i64
                %v1139 = arith.cmpi eq, %v1107, %v1138 : i64
                scf.if %v1139 {
                  %v1140 = arith.muli %v44, %v117 : i64
                  %v1141 = arith.muli %v42, %v116 : i64
                  %v1142 = arith.addi %v1140, %v1141 : i64
                  %v1143 = arith.muli %v32, %v2 : i64
                  %v1144 = arith.addi %v1142, %v1143 : i64
                  %v1145 = llvm.getelementptr %dy_h_last[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
                  %v1147 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1148 = arith.addf %v1147, %v1146 fastmath<contract> : f32
                  llvm.store %v1148, %v50 : f32, !llvm.ptr
                  %v1149 = arith.muli %v44, %v117 : i64
                  %v1150 = arith.muli %v42, %v116 : i64
                  %v1151 = arith.addi %v1149, %v1150 : i64
                  %v1152 = arith.constant 8 : i64
                  %v1153 = arith.addi %v1152, %v32 : i64
                  %v1154 = arith.muli %v1153, %v2 : i64
                  %v1155 = arith.addi %v1151, %v1154 : i64
                  %v1156 = llvm.getelementptr %dy_h_last[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
                  %v1158 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1159 = arith.addf %v1158, %v1157 fastmath<contract> : f32
                  llvm.store %v1159, %v51 : f32, !llvm.ptr
                }
                %v1160 = arith.muli %v42, %v388 : i64
                %v1161 = arith.muli %v32, %v2 : i64
                %v1162 = arith.addi %v1160, %v1161 : i64
                %v1163 = llvm.getelementptr %in_A[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1164 = llvm.load %v1163 : !llvm.ptr -> f32
                %v1165 = arith.mulf %v1096, %v1164 fastmath<contract> : f32
                %v1166 = arith.mulf %v1165, %v334 fastmath<contract> : f32
                %v1167 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1166) : (f32) -> f32
                %v1168 = llvm.load %v50 : !llvm.ptr -> f32
                %v1169 = arith.mulf %v781, %v1168 fastmath<contract> : f32
                %v1170 = arith.mulf %v1167, %v1169 fastmath<contract> : f32
                %v1171 = arith.mulf %v1096, %v1170 fastmath<contract> : f32
                %v1172 = llvm.load %v54 : !llvm.ptr -> f32
                %v1173 = arith.addf %v1172, %v1171 fastmath<contract> : f32
                llvm.store %v1173, %v54 : f32, !llvm.ptr
                %v1174 = arith.muli %v42, %v388 : i64
                %v1175 = arith.constant 8 : i64
                %v1176 = arith.addi %v1175, %v32 : i64
                %v1177 = arith.muli %v1176, %v2 : i64
                %v1178 = arith.addi %v1174, %v1177 : i64
                %v1179 = llvm.getelementptr %in_A[%v1178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1180 = llvm.load %v1179 : !llvm.ptr -> f32
                %v1181 = arith.mulf %v1096, %v1180 fastmath<contract> : f32
                %v1182 = arith.mulf %v1181, %v334 fastmath<contract> : f32
                %v1183 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1182) : (f32) -> f32
                %v1184 = llvm.load %v51 : !llvm.ptr -> f32
                %v1185 = arith.mulf %v801, %v1184 fastmath<contract> : f32
                %v1186 = arith.mulf %v1183, %v1185 fastmath<contract> : f32
                %v1187 = arith.mulf %v1096, %v1186 fastmath<contract> : f32
                %v1188 = llvm.load %v55 : !llvm.ptr -> f32
                %v1189 = arith.addf %v1188, %v1187 fastmath<contract> : f32
                llvm.store %v1189, %v55 : f32, !llvm.ptr
                %v1190 = arith.mulf %v1098, %v1168 fastmath<contract> : f32
                %v1191 = arith.select %v36, %v1190, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1192, %v1193 = gpu.shuffle xor %v1191, %v999, %v380 : f32
                %v1194 = arith.addf %v1191, %v1192 fastmath<contract> : f32
                %v1195, %v1196 = gpu.shuffle xor %v1194, %v1003, %v380 : f32
                %v1197 = arith.addf %v1194, %v1195 fastmath<contract> : f32
                %v1198 = arith.divui %v17, %v19 : i64
                %v1199 = arith.remui %v17, %v19 : i64
                %v1200 = arith.cmpi ult, %v1199, %v31 : i64
                %v1201 = arith.addi %v70, %v32 : i64
                %v1202 = arith.muli %v1198, %v1 : i64
                %v1203 = arith.addi %v1202, %v1201 : i64
                %v1204 = arith.muli %v1203, %v1013 : i64
                %v1205 = arith.addi %v1204, %v1106 : i64
                scf.if %v1200 {
                  %v1206 = llvm.getelementptr %v61[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1197, %v1206 : f32, !llvm.ptr
                }
                %v1207 = arith.mulf %v1098, %v1184 fastmath<contract> : f32
                %v1208 = arith.select %v36, %v1207, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1209, %v1210 = gpu.shuffle xor %v1208, %v999, %v380 : f32
                %v1211 = arith.addf %v1208, %v1209 fastmath<contract> : f32
                %v1212, %v1213 = gpu.shuffle xor %v1211, %v1003, %v380 : f32
                %v1214 = arith.addf %v1211, %v1212 fastmath<contract> : f32
                %v1215 = arith.divui %v17, %v19 : i64
                %v1216 = arith.remui %v17, %v19 : i64
                %v1217 = arith.cmpi ult, %v1216, %v31 : i64
                %v1218 = arith.addi %v31, %v32 : i64
                %v1219 = arith.muli %v1215, %v1 : i64
                %v1220 = arith.addi %v1219, %v1218 : i64
                %v1221 = arith.muli %v1220, %v1013 : i64
                %v1222 = arith.addi %v1221, %v1106 : i64
                scf.if %v1217 {
                  %v1223 = llvm.getelementptr %v61[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1214, %v1223 : f32, !llvm.ptr
                }
                %v1224 = arith.mulf %v825, %v1120 fastmath<contract> : f32
                %v1225 = arith.select %v36, %v1224, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1226, %v1227 = gpu.shuffle xor %v1225, %v999, %v380 : f32
                %v1228 = arith.addf %v1225, %v1226 fastmath<contract> : f32
                %v1229, %v1230 = gpu.shuffle xor %v1228, %v1003, %v380 : f32
                %v1231 = arith.addf %v1228, %v1229 fastmath<contract> : f32
                %v1232 = arith.divui %v17, %v19 : i64
                %v1233 = arith.remui %v17, %v19 : i64
                %v1234 = arith.cmpi ult, %v1233, %v31 : i64
                %v1235 = arith.addi %v70, %v32 : i64
                %v1236 = arith.muli %v1232, %v1 : i64
                %v1237 = arith.addi %v1236, %v1235 : i64
                %v1238 = arith.muli %v1237, %v1013 : i64
                %v1239 = arith.addi %v1238, %v1106 : i64
                scf.if %v1234 {
                  %v1240 = llvm.getelementptr %v63[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1231, %v1240 : f32, !llvm.ptr
                }
                %v1241 = arith.mulf %v845, %v1120 fastmath<contract> : f32
                %v1242 = arith.select %v36, %v1241, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1243, %v1244 = gpu.shuffle xor %v1242, %v999, %v380 : f32
                %v1245 = arith.addf %v1242, %v1243 fastmath<contract> : f32
                %v1246, %v1247 = gpu.shuffle xor %v1245, %v1003, %v380 : f32
                %v1248 = arith.addf %v1245, %v1246 fastmath<contract> : f32
                %v1249 = arith.divui %v17, %v19 : i64
                %v1250 = arith.remui %v17, %v19 : i64
                %v1251 = arith.cmpi ult, %v1250, %v31 : i64
                %v1252 = arith.addi %v31, %v32 : i64
                %v1253 = arith.muli %v1249, %v1 : i64
                %v1254 = arith.addi %v1253, %v1252 : i64
                %v1255 = arith.muli %v1254, %v1013 : i64
                %v1256 = arith.addi %v1255, %v1106 : i64
                scf.if %v1251 {
                  %v1257 = llvm.getelementptr %v63[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1248, %v1257 : f32, !llvm.ptr
                }
                %v1258 = arith.mulf %v1112, %v825 fastmath<contract> : f32
                %v1259 = arith.mulf %v1132, %v845 fastmath<contract> : f32
                %v1260 = arith.addf %v1258, %v1259 fastmath<contract> : f32
                llvm.store %v1260, %v889 : f32, !llvm.ptr
                %v1261 = arith.muli %v32, %v239 : i64
                %v1262 = arith.subi %v1107, %v211 : i64
                %v1263 = arith.addi %v1261, %v1262 : i64
                %v1264 = llvm.getelementptr %v65[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
                %v1266 = arith.mulf %v1265, %v1168 fastmath<contract> : f32
                %v1267 = arith.constant 8 : i64
                %v1268 = arith.addi %v1267, %v32 : i64
                %v1269 = arith.muli %v1268, %v239 : i64
                %v1270 = arith.subi %v1107, %v211 : i64
                %v1271 = arith.addi %v1269, %v1270 : i64
                %v1272 = llvm.getelementptr %v65[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
                %v1274 = arith.mulf %v1273, %v1184 fastmath<contract> : f32
                %v1275 = arith.addf %v1266, %v1274 fastmath<contract> : f32
                llvm.store %v1275, %v890 : f32, !llvm.ptr
                %v1276 = arith.mulf %v1164, %v1169 fastmath<contract> : f32
                %v1277 = arith.mulf %v1167, %v1276 fastmath<contract> : f32
                %v1278 = arith.mulf %v1180, %v1185 fastmath<contract> : f32
                %v1279 = arith.mulf %v1183, %v1278 fastmath<contract> : f32
                %v1280 = arith.addf %v1277, %v1279 fastmath<contract> : f32
                llvm.store %v1280, %v891 : f32, !llvm.ptr
                llvm.store %v1167, %v52 : f32, !llvm.ptr
                llvm.store %v1183, %v53 : f32, !llvm.ptr
              }
              %v1281 = llvm.load %v889 : !llvm.ptr -> f32
              %v1282 = arith.select %v894, %v1281, %v1091 : f32
              %v1283 = arith.select %v894, %v1091, %v1281 : f32
              %v1285, %v1286 = gpu.shuffle xor %v1282, %v1284, %v380 : f32
              %v1287 = arith.addf %v1283, %v1285 fastmath<contract> : f32
              %v1288 = llvm.load %v890 : !llvm.ptr -> f32
              %v1289 = arith.select %v894, %v1288, %v1092 : f32
              %v1290 = arith.select %v894, %v1092, %v1288 : f32
              %v1291, %v1292 = gpu.shuffle xor %v1289, %v1284, %v380 : f32
              %v1293 = arith.addf %v1290, %v1291 fastmath<contract> : f32
              %v1294 = llvm.load %v891 : !llvm.ptr -> f32
              %v1295 = arith.select %v894, %v1294, %v1093 : f32
              %v1296 = arith.select %v894, %v1093, %v1294 : f32
              %v1297, %v1298 = gpu.shuffle xor %v1295, %v1284, %v380 : f32
              %v1299 = arith.addf %v1296, %v1297 fastmath<contract> : f32
              %v1300 = arith.addi %v445, %v758 : i64
              %v1301 = arith.cmpi slt, %v1300, %v213 : i64
              %v1302, %v1303 = gpu.shuffle idx %v506, %v189, %v380 : f32
              %v1304, %v1305 = gpu.shuffle idx %v514, %v189, %v380 : f32
              %v1306, %v1307 = gpu.shuffle idx %v527, %v189, %v380 : f32
              %v1308, %v1309 = gpu.shuffle idx %v536, %v189, %v380 : f32
              %v1310, %v1311 = gpu.shuffle idx %v541, %v189, %v380 : f32
              %v1312 = arith.addi %v447, %v628 : i64
              llvm.store %v68, %v889 : f32, !llvm.ptr
              llvm.store %v68, %v890 : f32, !llvm.ptr
              llvm.store %v68, %v891 : f32, !llvm.ptr
              scf.if %v1301 {
                %v1313 = arith.addi %v211, %v1300 : i64
                %v1314 = arith.muli %v32, %v239 : i64
                %v1315 = arith.subi %v1313, %v211 : i64
                %v1316 = arith.addi %v1314, %v1315 : i64
                %v1317 = llvm.getelementptr %v67[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
                %v1319 = arith.muli %v44, %v319 : i64
                %v1320 = arith.muli %v1313, %v318 : i64
                %v1321 = arith.addi %v1319, %v1320 : i64
                %v1322 = arith.muli %v42, %v2 : i64
                %v1323 = arith.addi %v1321, %v1322 : i64
                %v1324 = llvm.getelementptr %dy_y[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1325 = llvm.load %v1324 : !llvm.ptr -> f32
                %v1326 = arith.mulf %v1306, %v1325 fastmath<contract> : f32
                %v1327 = arith.mulf %v1318, %v1326 fastmath<contract> : f32
                %v1328 = llvm.load %v50 : !llvm.ptr -> f32
                %v1329 = llvm.load %v52 : !llvm.ptr -> f32
                %v1330 = arith.mulf %v1329, %v1328 fastmath<contract> : f32
                %v1331 = arith.addf %v1327, %v1330 fastmath<contract> : f32
                llvm.store %v1331, %v50 : f32, !llvm.ptr
                %v1332 = arith.constant 8 : i64
                %v1333 = arith.addi %v1332, %v32 : i64
                %v1334 = arith.muli %v1333, %v239 : i64
                %v1335 = arith.subi %v1313, %v211 : i64
                %v1336 = arith.addi %v1334, %v1335 : i64
                %v1337 = llvm.getelementptr %v67[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1338 = llvm.load %v1337 : !llvm.ptr -> f32
                %v1339 = arith.mulf %v1338, %v1326 fastmath<contract> : f32
                %v1340 = llvm.load %v51 : !llvm.ptr -> f32
                %v1341 = llvm.load %v53 : !llvm.ptr -> f32
                %v1342 = arith.mulf %v1341, %v1340 fastmath<contract> : f32
                %v1343 = arith.addf %v1339, %v1342 fastmath<contract> : f32
                llvm.store %v1343, %v51 : f32, !llvm.ptr
                %v1344 = arith.subi %size_L, %v2 : i64
                %v1345 = arith.cmpi eq, %v1313, %v1344 : i64
                scf.if %v1345 {
                  %v1346 = arith.muli %v44, %v117 : i64
                  %v1347 = arith.muli %v42, %v116 : i64
                  %v1348 = arith.addi %v1346, %v1347 : i64
                  %v1349 = arith.muli %v32, %v2 : i64
                  %v1350 = arith.addi %v1348, %v1349 : i64
                  %v1351 = llvm.getelementptr %dy_h_last[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1352 = llvm.load %v1351 : !llvm.ptr -> f32
                  %v1353 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1354 = arith.addf %v1353, %v1352 fastmath<contract> : f32
                  llvm.store %v1354, %v50 : f32, !llvm.ptr
                  %v1355 = arith.muli %v44, %v117 : i64
                  %v1356 = arith.muli %v42, %v116 : i64
                  %v1357 = arith.addi %v1355, %v1356 : i64
                  %v1358 = arith.constant 8 : i64
                  %v1359 = arith.addi %v1358, %v32 : i64
                  %v1360 = arith.muli %v1359, %v2 : i64
                  %v1361 = arith.addi %v1357, %v1360 : i64
                  %v1362 = llvm.getelementptr %dy_h_last[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
                  %v1364 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1365 = arith.addf %v1364, %v1363 fastmath<contract> : f32
                  llvm.store %v1365, %v51 : f32, !llvm.ptr
                }
                %v1366 = arith.muli %v42, %v388 : i64
                %v1367 = arith.muli %v32, %v2 : i64
                %v1368 = arith.addi %v1366, %v1367 : i64
                %v1369 = llvm.getelementptr %in_A[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
                %v1371 = arith.mulf %v1302, %v1370 fastmath<contract> : f32
                %v1372 = arith.mulf %v1371, %v334 fastmath<contract> : f32
                %v1373 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1372) : (f32) -> f32
                %v1374 = llvm.load %v50 : !llvm.ptr -> f32
                %v1375 = arith.mulf %v737, %v1374 fastmath<contract> : f32
                %v1376 = arith.mulf %v1373, %v1375 fastmath<contract> : f32
                %v1377 = arith.mulf %v1302, %v1376 fastmath<contract> : f32
                %v1378 = llvm.load %v54 : !llvm.ptr -> f32
                %v1379 = arith.addf %v1378, %v1377 fastmath<contract> : f32
                llvm.store %v1379, %v54 : f32, !llvm.ptr
                %v1380 = arith.muli %v42, %v388 : i64
                %v1381 = arith.constant 8 : i64
                %v1382 = arith.addi %v1381, %v32 : i64
                %v1383 = arith.muli %v1382, %v2 : i64
                %v1384 = arith.addi %v1380, %v1383 : i64
                %v1385 = llvm.getelementptr %in_A[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1386 = llvm.load %v1385 : !llvm.ptr -> f32
                %v1387 = arith.mulf %v1302, %v1386 fastmath<contract> : f32
                %v1388 = arith.mulf %v1387, %v334 fastmath<contract> : f32
                %v1389 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1388) : (f32) -> f32
                %v1390 = llvm.load %v51 : !llvm.ptr -> f32
                %v1391 = arith.mulf %v757, %v1390 fastmath<contract> : f32
                %v1392 = arith.mulf %v1389, %v1391 fastmath<contract> : f32
                %v1393 = arith.mulf %v1302, %v1392 fastmath<contract> : f32
                %v1394 = llvm.load %v55 : !llvm.ptr -> f32
                %v1395 = arith.addf %v1394, %v1393 fastmath<contract> : f32
                llvm.store %v1395, %v55 : f32, !llvm.ptr
                %v1396 = arith.mulf %v1304, %v1374 fastmath<contract> : f32
                %v1397 = arith.select %v36, %v1396, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1398, %v1399 = gpu.shuffle xor %v1397, %v999, %v380 : f32
                %v1400 = arith.addf %v1397, %v1398 fastmath<contract> : f32
                %v1401, %v1402 = gpu.shuffle xor %v1400, %v1003, %v380 : f32
                %v1403 = arith.addf %v1400, %v1401 fastmath<contract> : f32
                %v1404 = arith.divui %v17, %v19 : i64
                %v1405 = arith.remui %v17, %v19 : i64
                %v1406 = arith.cmpi ult, %v1405, %v31 : i64
                %v1407 = arith.addi %v70, %v32 : i64
                %v1408 = arith.muli %v1404, %v1 : i64
                %v1409 = arith.addi %v1408, %v1407 : i64
                %v1410 = arith.muli %v1409, %v1013 : i64
                %v1411 = arith.addi %v1410, %v1312 : i64
                scf.if %v1406 {
                  %v1412 = llvm.getelementptr %v61[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1403, %v1412 : f32, !llvm.ptr
                }
                %v1413 = arith.mulf %v1304, %v1390 fastmath<contract> : f32
                %v1414 = arith.select %v36, %v1413, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1415, %v1416 = gpu.shuffle xor %v1414, %v999, %v380 : f32
                %v1417 = arith.addf %v1414, %v1415 fastmath<contract> : f32
                %v1418, %v1419 = gpu.shuffle xor %v1417, %v1003, %v380 : f32
                %v1420 = arith.addf %v1417, %v1418 fastmath<contract> : f32
                %v1421 = arith.divui %v17, %v19 : i64
                %v1422 = arith.remui %v17, %v19 : i64
                %v1423 = arith.cmpi ult, %v1422, %v31 : i64
                %v1424 = arith.addi %v31, %v32 : i64
                %v1425 = arith.muli %v1421, %v1 : i64
                %v1426 = arith.addi %v1425, %v1424 : i64
                %v1427 = arith.muli %v1426, %v1013 : i64
                %v1428 = arith.addi %v1427, %v1312 : i64
                scf.if %v1423 {
                  %v1429 = llvm.getelementptr %v61[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1420, %v1429 : f32, !llvm.ptr
                }
                %v1430 = arith.mulf %v781, %v1326 fastmath<contract> : f32
                %v1431 = arith.select %v36, %v1430, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1432, %v1433 = gpu.shuffle xor %v1431, %v999, %v380 : f32
                %v1434 = arith.addf %v1431, %v1432 fastmath<contract> : f32
                %v1435, %v1436 = gpu.shuffle xor %v1434, %v1003, %v380 : f32
                %v1437 = arith.addf %v1434, %v1435 fastmath<contract> : f32
                %v1438 = arith.divui %v17, %v19 : i64
                %v1439 = arith.remui %v17, %v19 : i64
                %v1440 = arith.cmpi ult, %v1439, %v31 : i64
                %v1441 = arith.addi %v70, %v32 : i64
                %v1442 = arith.muli %v1438, %v1 : i64
                %v1443 = arith.addi %v1442, %v1441 : i64
                %v1444 = arith.muli %v1443, %v1013 : i64
                %v1445 = arith.addi %v1444, %v1312 : i64
                scf.if %v1440 {
                  %v1446 = llvm.getelementptr %v63[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1437, %v1446 : f32, !llvm.ptr
                }
                %v1447 = arith.mulf %v801, %v1326 fastmath<contract> : f32
                %v1448 = arith.select %v36, %v1447, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1449, %v1450 = gpu.shuffle xor %v1448, %v999, %v380 : f32
                %v1451 = arith.addf %v1448, %v1449 fastmath<contract> : f32
                %v1452, %v1453 = gpu.shuffle xor %v1451, %v1003, %v380 : f32
                %v1454 = arith.addf %v1451, %v1452 fastmath<contract> : f32
                %v1455 = arith.divui %v17, %v19 : i64
                %v1456 = arith.remui %v17, %v19 : i64
                %v1457 = arith.cmpi ult, %v1456, %v31 : i64
                %v1458 = arith.addi %v31, %v32 : i64
                %v1459 = arith.muli %v1455, %v1 : i64
                %v1460 = arith.addi %v1459, %v1458 : i64
                %v1461 = arith.muli %v1460, %v1013 : i64
                %v1462 = arith.addi %v1461, %v1312 : i64
                scf.if %v1457 {
                  %v1463 = llvm.getelementptr %v63[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1454, %v1463 : f32, !llvm.ptr
                }
                %v1464 = arith.mulf %v1318, %v781 fastmath<contract> : f32
                %v1465 = arith.mulf %v1338, %v801 fastmath<contract> : f32
                %v1466 = arith.addf %v1464, %v1465 fastmath<contract> : f32
                llvm.store %v1466, %v889 : f32, !llvm.ptr
                %v1467 = arith.muli %v32, %v239 : i64
                %v1468 = arith.subi %v1313, %v211 : i64
                %v1469 = arith.addi %v1467, %v1468 : i64
                %v1470 = llvm.getelementptr %v65[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
                %v1472 = arith.mulf %v1471, %v1374 fastmath<contract> : f32
                %v1473 = arith.constant 8 : i64
                %v1474 = arith.addi %v1473, %v32 : i64
                %v1475 = arith.muli %v1474, %v239 : i64
                %v1476 = arith.subi %v1313, %v211 : i64
                %v1477 = arith.addi %v1475, %v1476 : i64
                %v1478 = llvm.getelementptr %v65[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1479 = llvm.load %v1478 : !llvm.ptr -> f32
                %v1480 = arith.mulf %v1479, %v1390 fastmath<contract> : f32
                %v1481 = arith.addf %v1472, %v1480 fastmath<contract> : f32
                llvm.store %v1481, %v890 : f32, !llvm.ptr
                %v1482 = arith.mulf %v1370, %v1375 fastmath<contract> : f32
                %v1483 = arith.mulf %v1373, %v1482 fastmath<contract> : f32
                %v1484 = arith.mulf %v1386, %v1391 fastmath<contract> : f32
                %v1485 = arith.mulf %v1389, %v1484 fastmath<contract> : f32
                %v1486 = arith.addf %v1483, %v1485 fastmath<contract> : f32
                llvm.store %v1486, %v891 : f32, !llvm.ptr
                llvm.store %v1373, %v52 : f32, !llvm.ptr
                llvm.store %v1389, %v53 : f32, !llvm.ptr
              }
              %v1487 = llvm.load %v889 : !llvm.ptr -> f32
              %v1488 = llvm.load %v890 : !llvm.ptr -> f32
              %v1489 = llvm.load %v891 : !llvm.ptr -> f32
              %v1490 = arith.addi %v445, %v46 : i64
              %v1491 = arith.cmpi slt, %v1490, %v213 : i64
              %v1492, %v1493 = gpu.shuffle idx %v506, %v185, %v380 : f32
              %v1494, %v1495 = gpu.shuffle idx %v514, %v185, %v380 : f32
              %v1496, %v1497 = gpu.shuffle idx %v527, %v185, %v380 : f32
              %v1498, %v1499 = gpu.shuffle idx %v536, %v185, %v380 : f32
              %v1500, %v1501 = gpu.shuffle idx %v541, %v185, %v380 : f32
              %v1502 = arith.addi %v447, %v427 : i64
              llvm.store %v68, %v889 : f32, !llvm.ptr
              llvm.store %v68, %v890 : f32, !llvm.ptr
              llvm.store %v68, %v891 : f32, !llvm.ptr
              scf.if %v1491 {
                %v1503 = arith.addi %v211, %v1490 : i64
                %v1504 = arith.muli %v32, %v239 : i64
                %v1505 = arith.subi %v1503, %v211 : i64
                %v1506 = arith.addi %v1504, %v1505 : i64
                %v1507 = llvm.getelementptr %v67[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1508 = llvm.load %v1507 : !llvm.ptr -> f32
                %v1509 = arith.muli %v44, %v319 : i64
                %v1510 = arith.muli %v1503, %v318 : i64
                %v1511 = arith.addi %v1509, %v1510 : i64
                %v1512 = arith.muli %v42, %v2 : i64
                %v1513 = arith.addi %v1511, %v1512 : i64
                %v1514 = llvm.getelementptr %dy_y[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
                %v1516 = arith.mulf %v1496, %v1515 fastmath<contract> : f32
                %v1517 = arith.mulf %v1508, %v1516 fastmath<contract> : f32
                %v1518 = llvm.load %v50 : !llvm.ptr -> f32
                %v1519 = llvm.load %v52 : !llvm.ptr -> f32
                %v1520 = arith.mulf %v1519, %v1518 fastmath<contract> : f32
                %v1521 = arith.addf %v1517, %v1520 fastmath<contract> : f32
                llvm.store %v1521, %v50 : f32, !llvm.ptr
                %v1522 = arith.constant 8 : i64
                %v1523 = arith.addi %v1522, %v32 : i64
                %v1524 = arith.muli %v1523, %v239 : i64
                %v1525 = arith.subi %v1503, %v211 : i64
                %v1526 = arith.addi %v1524, %v1525 : i64
                %v1527 = llvm.getelementptr %v67[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
                %v1529 = arith.mulf %v1528, %v1516 fastmath<contract> : f32
                %v1530 = llvm.load %v51 : !llvm.ptr -> f32
                %v1531 = llvm.load %v53 : !llvm.ptr -> f32
                %v1532 = arith.mulf %v1531, %v1530 fastmath<contract> : f32
                %v1533 = arith.addf %v1529, %v1532 fastmath<contract> : f32
                llvm.store %v1533, %v51 : f32, !llvm.ptr
                %v1534 = arith.subi %size_L, %v2 : i64
                %v1535 = arith.cmpi eq, %v1503, %v1534 : i64
                scf.if %v1535 {
                  %v1536 = arith.muli %v44, %v117 : i64
                  %v1537 = arith.muli %v42, %v116 : i64
                  %v1538 = arith.addi %v1536, %v1537 : i64
                  %v1539 = arith.muli %v32, %v2 : i64
                  %v1540 = arith.addi %v1538, %v1539 : i64
                  %v1541 = llvm.getelementptr %dy_h_last[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
                  %v1543 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1544 = arith.addf %v1543, %v1542 fastmath<contract> : f32
                  llvm.store %v1544, %v50 : f32, !llvm.ptr
                  %v1545 = arith.muli %v44, %v117 : i64
                  %v1546 = arith.muli %v42, %v116 : i64
                  %v1547 = arith.addi %v1545, %v1546 : i64
                  %v1548 = arith.constant 8 : i64
                  %v1549 = arith.addi %v1548, %v32 : i64
                  %v1550 = arith.muli %v1549, %v2 : i64
                  %v1551 = arith.addi %v1547, %v1550 : i64
                  %v1552 = llvm.getelementptr %dy_h_last[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1553 = llvm.load %v1552 : !llvm.ptr -> f32
                  %v1554 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1555 = arith.addf %v1554, %v1553 fastmath<contract> : f32
                  llvm.store %v1555, %v51 : f32, !llvm.ptr
                }
                %v1556 = arith.muli %v42, %v388 : i64
                %v1557 = arith.muli %v32, %v2 : i64
                %v1558 = arith.addi %v1556, %v1557 : i64
                %v1559 = llvm.getelementptr %in_A[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
                %v1561 = arith.mulf %v1492, %v1560 fastmath<contract> : f32
                %v1562 = arith.mulf %v1561, %v334 fastmath<contract> : f32
                %v1563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1562) : (f32) -> f32
                %v1564 = llvm.load %v50 : !llvm.ptr -> f32
                %v1565 = arith.mulf %v694, %v1564 fastmath<contract> : f32
                %v1566 = arith.mulf %v1563, %v1565 fastmath<contract> : f32
                %v1567 = arith.mulf %v1492, %v1566 fastmath<contract> : f32
                %v1568 = llvm.load %v54 : !llvm.ptr -> f32
                %v1569 = arith.addf %v1568, %v1567 fastmath<contract> : f32
                llvm.store %v1569, %v54 : f32, !llvm.ptr
                %v1570 = arith.muli %v42, %v388 : i64
                %v1571 = arith.constant 8 : i64
                %v1572 = arith.addi %v1571, %v32 : i64
                %v1573 = arith.muli %v1572, %v2 : i64
                %v1574 = arith.addi %v1570, %v1573 : i64
                %v1575 = llvm.getelementptr %in_A[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
                %v1577 = arith.mulf %v1492, %v1576 fastmath<contract> : f32
                %v1578 = arith.mulf %v1577, %v334 fastmath<contract> : f32
                %v1579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1578) : (f32) -> f32
                %v1580 = llvm.load %v51 : !llvm.ptr -> f32
                %v1581 = arith.mulf %v714, %v1580 fastmath<contract> : f32
                %v1582 = arith.mulf %v1579, %v1581 fastmath<contract> : f32
                %v1583 = arith.mulf %v1492, %v1582 fastmath<contract> : f32
                %v1584 = llvm.load %v55 : !llvm.ptr -> f32
                %v1585 = arith.addf %v1584, %v1583 fastmath<contract> : f32
                llvm.store %v1585, %v55 : f32, !llvm.ptr
                %v1586 = arith.mulf %v1494, %v1564 fastmath<contract> : f32
                %v1587 = arith.select %v36, %v1586, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1588, %v1589 = gpu.shuffle xor %v1587, %v999, %v380 : f32
                %v1590 = arith.addf %v1587, %v1588 fastmath<contract> : f32
                %v1591, %v1592 = gpu.shuffle xor %v1590, %v1003, %v380 : f32
                %v1593 = arith.addf %v1590, %v1591 fastmath<contract> : f32
                %v1594 = arith.divui %v17, %v19 : i64
                %v1595 = arith.remui %v17, %v19 : i64
                %v1596 = arith.cmpi ult, %v1595, %v31 : i64
                %v1597 = arith.addi %v70, %v32 : i64
                %v1598 = arith.muli %v1594, %v1 : i64
                %v1599 = arith.addi %v1598, %v1597 : i64
                %v1600 = arith.muli %v1599, %v1013 : i64
                %v1601 = arith.addi %v1600, %v1502 : i64
                scf.if %v1596 {
                  %v1602 = llvm.getelementptr %v61[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1593, %v1602 : f32, !llvm.ptr
                }
                %v1603 = arith.mulf %v1494, %v1580 fastmath<contract> : f32
                %v1604 = arith.select %v36, %v1603, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1605, %v1606 = gpu.shuffle xor %v1604, %v999, %v380 : f32
                %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
                %v1608, %v1609 = gpu.shuffle xor %v1607, %v1003, %v380 : f32
                %v1610 = arith.addf %v1607, %v1608 fastmath<contract> : f32
                %v1611 = arith.divui %v17, %v19 : i64
                %v1612 = arith.remui %v17, %v19 : i64
                %v1613 = arith.cmpi ult, %v1612, %v31 : i64
                %v1614 = arith.addi %v31, %v32 : i64
                %v1615 = arith.muli %v1611, %v1 : i64
                %v1616 = arith.addi %v1615, %v1614 : i64
                %v1617 = arith.muli %v1616, %v1013 : i64
                %v1618 = arith.addi %v1617, %v1502 : i64
                scf.if %v1613 {
                  %v1619 = llvm.getelementptr %v61[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1610, %v1619 : f32, !llvm.ptr
                }
                %v1620 = arith.mulf %v737, %v1516 fastmath<contract> : f32
                %v1621 = arith.select %v36, %v1620, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1622, %v1623 = gpu.shuffle xor %v1621, %v999, %v380 : f32
                %v1624 = arith.addf %v1621, %v1622 fastmath<contract> : f32
                %v1625, %v1626 = gpu.shuffle xor %v1624, %v1003, %v380 : f32
                %v1627 = arith.addf %v1624, %v1625 fastmath<contract> : f32
                %v1628 = arith.divui %v17, %v19 : i64
                %v1629 = arith.remui %v17, %v19 : i64
                %v1630 = arith.cmpi ult, %v1629, %v31 : i64
                %v1631 = arith.addi %v70, %v32 : i64
                %v1632 = arith.muli %v1628, %v1 : i64
                %v1633 = arith.addi %v1632, %v1631 : i64
                %v1634 = arith.muli %v1633, %v1013 : i64
                %v1635 = arith.addi %v1634, %v1502 : i64
                scf.if %v1630 {
                  %v1636 = llvm.getelementptr %v63[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1627, %v1636 : f32, !llvm.ptr
                }
                %v1637 = arith.mulf %v757, %v1516 fastmath<contract> : f32
                %v1638 = arith.select %v36, %v1637, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1639, %v1640 = gpu.shuffle xor %v1638, %v999, %v380 : f32
                %v1641 = arith.addf %v1638, %v1639 fastmath<contract> : f32
                %v1642, %v1643 = gpu.shuffle xor %v1641, %v1003, %v380 : f32
                %v1644 = arith.addf %v1641, %v1642 fastmath<contract> : f32
                %v1645 = arith.divui %v17, %v19 : i64
                %v1646 = arith.remui %v17, %v19 : i64
                %v1647 = arith.cmpi ult, %v1646, %v31 : i64
                %v1648 = arith.addi %v31, %v32 : i64
                %v1649 = arith.muli %v1645, %v1 : i64
                %v1650 = arith.addi %v1649, %v1648 : i64
                %v1651 = arith.muli %v1650, %v1013 : i64
                %v1652 = arith.addi %v1651, %v1502 : i64
                scf.if %v1647 {
                  %v1653 = llvm.getelementptr %v63[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1644, %v1653 : f32, !llvm.ptr
                }
                %v1654 = arith.mulf %v1508, %v737 fastmath<contract> : f32
                %v1655 = arith.mulf %v1528, %v757 fastmath<contract> : f32
                %v1656 = arith.addf %v1654, %v1655 fastmath<contract> : f32
                llvm.store %v1656, %v889 : f32, !llvm.ptr
                %v1657 = arith.muli %v32, %v239 : i64
                %v1658 = arith.subi %v1503, %v211 : i64
                %v1659 = arith.addi %v1657, %v1658 : i64
                %v1660 = llvm.getelementptr %v65[%v1659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1661 = llvm.load %v1660 : !llvm.ptr -> f32
                %v1662 = arith.mulf %v1661, %v1564 fastmath<contract> : f32
                %v1663 = arith.constant 8 : i64
                %v1664 = arith.addi %v1663, %v32 : i64
                %v1665 = arith.muli %v1664, %v239 : i64
                %v1666 = arith.subi %v1503, %v211 : i64
                %v1667 = arith.addi %v1665, %v1666 : i64
                %v1668 = llvm.getelementptr %v65[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1669 = llvm.load %v1668 : !llvm.ptr -> f32
                %v1670 = arith.mulf %v1669, %v1580 fastmath<contract> : f32
                %v1671 = arith.addf %v1662, %v1670 fastmath<contract> : f32
                llvm.store %v1671, %v890 : f32, !llvm.ptr
                %v1672 = arith.mulf %v1560, %v1565 fastmath<contract> : f32
                %v1673 = arith.mulf %v1563, %v1672 fastmath<contract> : f32
                %v1674 = arith.mulf %v1576, %v1581 fastmath<contract> : f32
                %v1675 = arith.mulf %v1579, %v1674 fastmath<contract> : f32
                %v1676 = arith.addf %v1673, %v1675 fastmath<contract> : f32
                llvm.store %v1676, %v891 : f32, !llvm.ptr
                llvm.store %v1563, %v52 : f32, !llvm.ptr
                llvm.store %v1579, %v53 : f32, !llvm.ptr
              }
              %v1677 = llvm.load %v889 : !llvm.ptr -> f32
              %v1678 = arith.select %v894, %v1677, %v1487 : f32
              %v1679 = arith.select %v894, %v1487, %v1677 : f32
              %v1680, %v1681 = gpu.shuffle xor %v1678, %v1284, %v380 : f32
              %v1682 = arith.addf %v1679, %v1680 fastmath<contract> : f32
              %v1683 = arith.select %v897, %v1682, %v1287 : f32
              %v1684 = arith.select %v897, %v1287, %v1682 : f32
              %v1686, %v1687 = gpu.shuffle xor %v1683, %v1685, %v380 : f32
              %v1688 = arith.addf %v1684, %v1686 fastmath<contract> : f32
              %v1689 = llvm.load %v890 : !llvm.ptr -> f32
              %v1690 = arith.select %v894, %v1689, %v1488 : f32
              %v1691 = arith.select %v894, %v1488, %v1689 : f32
              %v1692, %v1693 = gpu.shuffle xor %v1690, %v1284, %v380 : f32
              %v1694 = arith.addf %v1691, %v1692 fastmath<contract> : f32
              %v1695 = arith.select %v897, %v1694, %v1293 : f32
              %v1696 = arith.select %v897, %v1293, %v1694 : f32
              %v1697, %v1698 = gpu.shuffle xor %v1695, %v1685, %v380 : f32
              %v1699 = arith.addf %v1696, %v1697 fastmath<contract> : f32
              %v1700 = llvm.load %v891 : !llvm.ptr -> f32
              %v1701 = arith.select %v894, %v1700, %v1489 : f32
              %v1702 = arith.select %v894, %v1489, %v1700 : f32
              %v1703, %v1704 = gpu.shuffle xor %v1701, %v1284, %v380 : f32
              %v1705 = arith.addf %v1702, %v1703 fastmath<contract> : f32
              %v1706 = arith.select %v897, %v1705, %v1299 : f32
              %v1707 = arith.select %v897, %v1299, %v1705 : f32
              %v1708, %v1709 = gpu.shuffle xor %v1706, %v1685, %v380 : f32
              %v1710 = arith.addf %v1707, %v1708 fastmath<contract> : f32
              %v1711 = arith.addi %v445, %v427 : i64
              %v1712 = arith.cmpi slt, %v1711, %v213 : i64
              %v1713, %v1714 = gpu.shuffle idx %v506, %v181, %v380 : f32
              %v1715, %v1716 = gpu.shuffle idx %v514, %v181, %v380 : f32
              %v1717, %v1718 = gpu.shuffle idx %v527, %v181, %v380 : f32
              %v1719, %v1720 = gpu.shuffle idx %v536, %v181, %v380 : f32
              %v1721, %v1722 = gpu.shuffle idx %v541, %v181, %v380 : f32
              %v1723 = arith.addi %v447, %v46 : i64
              llvm.store %v68, %v889 : f32, !llvm.ptr
              llvm.store %v68, %v890 : f32, !llvm.ptr
              llvm.store %v68, %v891 : f32, !llvm.ptr
              scf.if %v1712 {
                %v1724 = arith.addi %v211, %v1711 : i64
                %v1725 = arith.muli %v32, %v239 : i64
                %v1726 = arith.subi %v1724, %v211 : i64
                %v1727 = arith.addi %v1725, %v1726 : i64
                %v1728 = llvm.getelementptr %v67[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1729 = llvm.load %v1728 : !llvm.ptr -> f32
                %v1730 = arith.muli %v44, %v319 : i64
                %v1731 = arith.muli %v1724, %v318 : i64
                %v1732 = arith.addi %v1730, %v1731 : i64
                %v1733 = arith.muli %v42, %v2 : i64
                %v1734 = arith.addi %v1732, %v1733 : i64
                %v1735 = llvm.getelementptr %dy_y[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
                %v1737 = arith.mulf %v1717, %v1736 fastmath<contract> : f32
                %v1738 = arith.mulf %v1729, %v1737 fastmath<contract> : f32
                %v1739 = llvm.load %v50 : !llvm.ptr -> f32
                %v1740 = llvm.load %v52 : !llvm.ptr -> f32
                %v1741 = arith.mulf %v1740, %v1739 fastmath<contract> : f32
                %v1742 = arith.addf %v1738, %v1741 fastmath<contract> : f32
                llvm.store %v1742, %v50 : f32, !llvm.ptr
                %v1743 = arith.constant 8 : i64
                %v1744 = arith.addi %v1743, %v32 : i64
                %v1745 = arith.muli %v1744, %v239 : i64
                %v1746 = arith.subi %v1724, %v211 : i64
                %v1747 = arith.addi %v1745, %v1746 : i64
                %v1748 = llvm.getelementptr %v67[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1749 = llvm.load %v1748 : !llvm.ptr -> f32
                %v1750 = arith.mulf %v1749, %v1737 fastmath<contract> : f32
                %v1751 = llvm.load %v51 : !llvm.ptr -> f32
                %v1752 = llvm.load %v53 : !llvm.ptr -> f32
                %v1753 = arith.mulf %v1752, %v1751 fastmath<contract> : f32
                %v1754 = arith.addf %v1750, %v1753 fastmath<contract> : f32
                llvm.store %v1754, %v51 : f32, !llvm.ptr
                %v1755 = arith.subi %size_L, %v2 : i64
                %v1756 = arith.cmpi eq, %v1724, %v1755 : i64
                scf.if %v1756 {
                  %v1757 = arith.muli %v44, %v117 : i64
                  %v1758 = arith.muli %v42, %v116 : i64
                  %v1759 = arith.addi %v1757, %v1758 : i64
                  %v1760 = arith.muli %v32, %v2 : i64
                  %v1761 = arith.addi %v1759, %v1760 : i64
                  %v1762 = llvm.getelementptr %dy_h_last[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
                  %v1764 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1765 = arith.addf %v1764, %v1763 fastmath<contract> : f32
                  llvm.store %v1765, %v50 : f32, !llvm.ptr
                  %v1766 = arith.muli %v44, %v117 : i64
                  %v1767 = arith.muli %v42, %v116 : i64
                  %v1768 = arith.addi %v1766, %v1767 : i64
                  %v1769 = arith.constant 8 : i64
                  %v1770 = arith.addi %v1769, %v32 : i64
                  %v1771 = arith.muli %v1770, %v2 : i64
                  %v1772 = arith.addi %v1768, %v1771 : i64
                  %v1773 = llvm.getelementptr %dy_h_last[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
                  %v1775 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1776 = arith.addf %v1775, %v1774 fastmath<contract> : f32
                  llvm.store %v1776, %v51 : f32, !llvm.ptr
                }
                %v1777 = arith.muli %v42, %v388 : i64
                %v1778 = arith.muli %v32, %v2 : i64
                %v1779 = arith.addi %v1777, %v1778 : i64
                %v1780 = llvm.getelementptr %in_A[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
                %v1782 = arith.mulf %v1713, %v1781 fastmath<contract> : f32
                %v1783 = arith.mulf %v1782, %v334 fastmath<contract> : f32
                %v1784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1783) : (f32) -> f32
                %v1785 = llvm.load %v50 : !llvm.ptr -> f32
                %v1786 = arith.mulf %v651, %v1785 fastmath<contract> : f32
                %v1787 = arith.mulf %v1784, %v1786 fastmath<contract> : f32
                %v1788 = arith.mulf %v1713, %v1787 fastmath<contract> : f32
                %v1789 = llvm.load %v54 : !llvm.ptr -> f32
                %v1790 = arith.addf %v1789, %v1788 fastmath<contract> : f32
                llvm.store %v1790, %v54 : f32, !llvm.ptr
                %v1791 = arith.muli %v42, %v388 : i64
                %v1792 = arith.constant 8 : i64
                %v1793 = arith.addi %v1792, %v32 : i64
                %v1794 = arith.muli %v1793, %v2 : i64
                %v1795 = arith.addi %v1791, %v1794 : i64
                %v1796 = llvm.getelementptr %in_A[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1797 = llvm.load %v1796 : !llvm.ptr -> f32
                %v1798 = arith.mulf %v1713, %v1797 fastmath<contract> : f32
                %v1799 = arith.mulf %v1798, %v334 fastmath<contract> : f32
                %v1800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1799) : (f32) -> f32
                %v1801 = llvm.load %v51 : !llvm.ptr -> f32
                %v1802 = arith.mulf %v671, %v1801 fastmath<contract> : f32
                %v1803 = arith.mulf %v1800, %v1802 fastmath<contract> : f32
                %v1804 = arith.mulf %v1713, %v1803 fastmath<contract> : f32
                %v1805 = llvm.load %v55 : !llvm.ptr -> f32
                %v1806 = arith.addf %v1805, %v1804 fastmath<contract> : f32
                llvm.store %v1806, %v55 : f32, !llvm.ptr
                %v1807 = arith.mulf %v1715, %v1785 fastmath<contract> : f32
                %v1808 = arith.select %v36, %v1807, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v999, %v380 : f32
                %v1811 = arith.addf %v1808, %v1809 fastmath<contract> : f32
                %v1812, %v1813 = gpu.shuffle xor %v1811, %v1003, %v380 : f32
                %v1814 = arith.addf %v1811, %v1812 fastmath<contract> : f32
                %v1815 = arith.divui %v17, %v19 : i64
                %v1816 = arith.remui %v17, %v19 : i64
                %v1817 = arith.cmpi ult, %v1816, %v31 : i64
                %v1818 = arith.addi %v70, %v32 : i64
                %v1819 = arith.muli %v1815, %v1 : i64
                %v1820 = arith.addi %v1819, %v1818 : i64
                %v1821 = arith.muli %v1820, %v1013 : i64
                %v1822 = arith.addi %v1821, %v1723 : i64
                scf.if %v1817 {
                  %v1823 = llvm.getelementptr %v61[%v1822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1814, %v1823 : f32, !llvm.ptr
                }
                %v1824 = arith.mulf %v1715, %v1801 fastmath<contract> : f32
                %v1825 = arith.select %v36, %v1824, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1826, %v1827 = gpu.shuffle xor %v1825, %v999, %v380 : f32
                %v1828 = arith.addf %v1825, %v1826 fastmath<contract> : f32
                %v1829, %v1830 = gpu.shuffle xor %v1828, %v1003, %v380 : f32
                %v1831 = arith.addf %v1828, %v1829 fastmath<contract> : f32
                %v1832 = arith.divui %v17, %v19 : i64
                %v1833 = arith.remui %v17, %v19 : i64
                %v1834 = arith.cmpi ult, %v1833, %v31 : i64
                %v1835 = arith.addi %v31, %v32 : i64
                %v1836 = arith.muli %v1832, %v1 : i64
                %v1837 = arith.addi %v1836, %v1835 : i64
                %v1838 = arith.muli %v1837, %v1013 : i64
                %v1839 = arith.addi %v1838, %v1723 : i64
                scf.if %v1834 {
                  %v1840 = llvm.getelementptr %v61[%v1839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1831, %v1840 : f32, !llvm.ptr
                }
                %v1841 = arith.mulf %v694, %v1737 fastmath<contract> : f32
                %v1842 = arith.select %v36, %v1841, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1843, %v1844 = gpu.shuffle xor %v1842, %v999, %v380 : f32
                %v1845 = arith.addf %v1842, %v1843 fastmath<contract> : f32
                %v1846, %v1847 = gpu.shuffle xor %v1845, %v1003, %v380 : f32
                %v1848 = arith.addf %v1845, %v1846 fastmath<contract> : f32
                %v1849 = arith.divui %v17, %v19 : i64
                %v1850 = arith.remui %v17, %v19 : i64
                %v1851 = arith.cmpi ult, %v1850, %v31 : i64
                %v1852 = arith.addi %v70, %v32 : i64
                %v1853 = arith.muli %v1849, %v1 : i64
                %v1854 = arith.addi %v1853, %v1852 : i64
                %v1855 = arith.muli %v1854, %v1013 : i64
                %v1856 = arith.addi %v1855, %v1723 : i64
                scf.if %v1851 {
                  %v1857 = llvm.getelementptr %v63[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1848, %v1857 : f32, !llvm.ptr
                }
                %v1858 = arith.mulf %v714, %v1737 fastmath<contract> : f32
                %v1859 = arith.select %v36, %v1858, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1860, %v1861 = gpu.shuffle xor %v1859, %v999, %v380 : f32
                %v1862 = arith.addf %v1859, %v1860 fastmath<contract> : f32
                %v1863, %v1864 = gpu.shuffle xor %v1862, %v1003, %v380 : f32
                %v1865 = arith.addf %v1862, %v1863 fastmath<contract> : f32
                %v1866 = arith.divui %v17, %v19 : i64
                %v1867 = arith.remui %v17, %v19 : i64
                %v1868 = arith.cmpi ult, %v1867, %v31 : i64
                %v1869 = arith.addi %v31, %v32 : i64
                %v1870 = arith.muli %v1866, %v1 : i64
                %v1871 = arith.addi %v1870, %v1869 : i64
                %v1872 = arith.muli %v1871, %v1013 : i64
                %v1873 = arith.addi %v1872, %v1723 : i64
                scf.if %v1868 {
                  %v1874 = llvm.getelementptr %v63[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1865, %v1874 : f32, !llvm.ptr
                }
                %v1875 = arith.mulf %v1729, %v694 fastmath<contract> : f32
                %v1876 = arith.mulf %v1749, %v714 fastmath<contract> : f32
                %v1877 = arith.addf %v1875, %v1876 fastmath<contract> : f32
                llvm.store %v1877, %v889 : f32, !llvm.ptr
                %v1878 = arith.muli %v32, %v239 : i64
                %v1879 = arith.subi %v1724, %v211 : i64
                %v1880 = arith.addi %v1878, %v1879 : i64
                %v1881 = llvm.getelementptr %v65[%v1880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1882 = llvm.load %v1881 : !llvm.ptr -> f32
                %v1883 = arith.mulf %v1882, %v1785 fastmath<contract> : f32
                %v1884 = arith.constant 8 : i64
                %v1885 = arith.addi %v1884, %v32 : i64
                %v1886 = arith.muli %v1885, %v239 : i64
                %v1887 = arith.subi %v1724, %v211 : i64
                %v1888 = arith.addi %v1886, %v1887 : i64
                %v1889 = llvm.getelementptr %v65[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
                %v1891 = arith.mulf %v1890, %v1801 fastmath<contract> : f32
                %v1892 = arith.addf %v1883, %v1891 fastmath<contract> : f32
                llvm.store %v1892, %v890 : f32, !llvm.ptr
                %v1893 = arith.mulf %v1781, %v1786 fastmath<contract> : f32
                %v1894 = arith.mulf %v1784, %v1893 fastmath<contract> : f32
                %v1895 = arith.mulf %v1797, %v1802 fastmath<contract> : f32
                %v1896 = arith.mulf %v1800, %v1895 fastmath<contract> : f32
                %v1897 = arith.addf %v1894, %v1896 fastmath<contract> : f32
                llvm.store %v1897, %v891 : f32, !llvm.ptr
                llvm.store %v1784, %v52 : f32, !llvm.ptr
                llvm.store %v1800, %v53 : f32, !llvm.ptr
              }
              %v1898 = llvm.load %v889 : !llvm.ptr -> f32
              %v1899 = llvm.load %v890 : !llvm.ptr -> f32
              %v1900 = llvm.load %v891 : !llvm.ptr -> f32
              %v1901 = arith.addi %v445, %v628 : i64
              %v1902 = arith.cmpi slt, %v1901, %v213 : i64
              %v1903, %v1904 = gpu.shuffle idx %v506, %v177, %v380 : f32
              %v1905, %v1906 = gpu.shuffle idx %v514, %v177, %v380 : f32
              %v1907, %v1908 = gpu.shuffle idx %v527, %v177, %v380 : f32
              %v1909, %v1910 = gpu.shuffle idx %v536, %v177, %v380 : f32
              %v1911, %v1912 = gpu.shuffle idx %v541, %v177, %v380 : f32
              %v1913 = arith.addi %v447, %v758 : i64
              llvm.store %v68, %v889 : f32, !llvm.ptr
              llvm.store %v68, %v890 : f32, !llvm.ptr
              llvm.store %v68, %v891 : f32, !llvm.ptr
              scf.if %v1902 {
                %v1914 = arith.addi %v211, %v1901 : i64
                %v1915 = arith.muli %v32, %v239 : i64
                %v1916 = arith.subi %v1914, %v211 : i64
                %v1917 = arith.addi %v1915, %v1916 : i64
                %v1918 = llvm.getelementptr %v67[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
                %v1920 = arith.muli %v44, %v319 : i64
                %v1921 = arith.muli %v1914, %v318 : i64
                %v1922 = arith.addi %v1920, %v1921 : i64
                %v1923 = arith.muli %v42, %v2 : i64
                %v1924 = arith.addi %v1922, %v1923 : i64
                %v1925 = llvm.getelementptr %dy_y[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1926 = llvm.load %v1925 : !llvm.ptr -> f32
                %v1927 = arith.mulf %v1907, %v1926 fastmath<contract> : f32
                %v1928 = arith.mulf %v1919, %v1927 fastmath<contract> : f32
                %v1929 = llvm.load %v50 : !llvm.ptr -> f32
                %v1930 = llvm.load %v52 : !llvm.ptr -> f32
                %v1931 = arith.mulf %v1930, %v1929 fastmath<contract> : f32
                %v1932 = arith.addf %v1928, %v1931 fastmath<contract> : f32
                llvm.store %v1932, %v50 : f32, !llvm.ptr
                %v1933 = arith.constant 8 : i64
                %v1934 = arith.addi %v1933, %v32 : i64
                %v1935 = arith.muli %v1934, %v239 : i64
                %v1936 = arith.subi %v1914, %v211 : i64
                %v1937 = arith.addi %v1935, %v1936 : i64
                %v1938 = llvm.getelementptr %v67[%v1937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1939 = llvm.load %v1938 : !llvm.ptr -> f32
                %v1940 = arith.mulf %v1939, %v1927 fastmath<contract> : f32
                %v1941 = llvm.load %v51 : !llvm.ptr -> f32
                %v1942 = llvm.load %v53 : !llvm.ptr -> f32
                %v1943 = arith.mulf %v1942, %v1941 fastmath<contract> : f32
                %v1944 = arith.addf %v1940, %v1943 fastmath<contract> : f32
                llvm.store %v1944, %v51 : f32, !llvm.ptr
                %v1945 = arith.subi %size_L, %v2 : i64
                %v1946 = arith.cmpi eq, %v1914, %v1945 : i64
                scf.if %v1946 {
                  %v1947 = arith.muli %v44, %v117 : i64
                  %v1948 = arith.muli %v42, %v116 : i64
                  %v1949 = arith.addi %v1947, %v1948 : i64
                  %v1950 = arith.muli %v32, %v2 : i64
                  %v1951 = arith.addi %v1949, %v1950 : i64
                  %v1952 = llvm.getelementptr %dy_h_last[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1953 = llvm.load %v1952 : !llvm.ptr -> f32
                  %v1954 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1955 = arith.addf %v1954, %v1953 fastmath<contract> : f32
                  llvm.store %v1955, %v50 : f32, !llvm.ptr
                  %v1956 = arith.muli %v44, %v117 : i64
                  %v1957 = arith.muli %v42, %v116 : i64
                  %v1958 = arith.addi %v1956, %v1957 : i64
                  %v1959 = arith.constant 8 : i64
                  %v1960 = arith.addi %v1959, %v32 : i64
                  %v1961 = arith.muli %v1960, %v2 : i64
                  %v1962 = arith.addi %v1958, %v1961 : i64
                  %v1963 = llvm.getelementptr %dy_h_last[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
                  %v1965 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1966 = arith.addf %v1965, %v1964 fastmath<contract> : f32
                  llvm.store %v1966, %v51 : f32, !llvm.ptr
                }
                %v1967 = arith.muli %v42, %v388 : i64
                %v1968 = arith.muli %v32, %v2 : i64
                %v1969 = arith.addi %v1967, %v1968 : i64
                %v1970 = llvm.getelementptr %in_A[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1971 = llvm.load %v1970 : !llvm.ptr -> f32
                %v1972 = arith.mulf %v1903, %v1971 fastmath<contract> : f32
                %v1973 = arith.mulf %v1972, %v334 fastmath<contract> : f32
                %v1974 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1973) : (f32) -> f32
                %v1975 = llvm.load %v50 : !llvm.ptr -> f32
                %v1976 = arith.mulf %v607, %v1975 fastmath<contract> : f32
                %v1977 = arith.mulf %v1974, %v1976 fastmath<contract> : f32
                %v1978 = arith.mulf %v1903, %v1977 fastmath<contract> : f32
                %v1979 = llvm.load %v54 : !llvm.ptr -> f32
                %v1980 = arith.addf %v1979, %v1978 fastmath<contract> : f32
                llvm.store %v1980, %v54 : f32, !llvm.ptr
                %v1981 = arith.muli %v42, %v388 : i64
                %v1982 = arith.constant 8 : i64
                %v1983 = arith.addi %v1982, %v32 : i64
                %v1984 = arith.muli %v1983, %v2 : i64
                %v1985 = arith.addi %v1981, %v1984 : i64
                %v1986 = llvm.getelementptr %in_A[%v1985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1987 = llvm.load %v1986 : !llvm.ptr -> f32
                %v1988 = arith.mulf %v1903, %v1987 fastmath<contract> : f32
                %v1989 = arith.mulf %v1988, %v334 fastmath<contract> : f32
                %v1990 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1989) : (f32) -> f32
                %v1991 = llvm.load %v51 : !llvm.ptr -> f32
                %v1992 = arith.mulf %v627, %v1991 fastmath<contract> : f32
                %v1993 = arith.mulf %v1990, %v1992 fastmath<contract> : f32
                %v1994 = arith.mulf %v1903, %v1993 fastmath<contract> : f32
                %v1995 = llvm.load %v55 : !llvm.ptr -> f32
                %v1996 = arith.addf %v1995, %v1994 fastmath<contract> : f32
                llvm.store %v1996, %v55 : f32, !llvm.ptr
                %v1997 = arith.mulf %v1905, %v1975 fastmath<contract> : f32
                %v1998 = arith.select %v36, %v1997, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1999, %v2000 = gpu.shuffle xor %v1998, %v999, %v380 : f32
                %v2001 = arith.addf %v1998, %v1999 fastmath<contract> : f32
                %v2002, %v2003 = gpu.shuffle xor %v2001, %v1003, %v380 : f32
                %v2004 = arith.addf %v2001, %v2002 fastmath<contract> : f32
                %v2005 = arith.divui %v17, %v19 : i64
                %v2006 = arith.remui %v17, %v19 : i64
                %v2007 = arith.cmpi ult, %v2006, %v31 : i64
                %v2008 = arith.addi %v70, %v32 : i64
                %v2009 = arith.muli %v2005, %v1 : i64
                %v2010 = arith.addi %v2009, %v2008 : i64
                %v2011 = arith.muli %v2010, %v1013 : i64
                %v2012 = arith.addi %v2011, %v1913 : i64
                scf.if %v2007 {
                  %v2013 = llvm.getelementptr %v61[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2004, %v2013 : f32, !llvm.ptr
                }
                %v2014 = arith.mulf %v1905, %v1991 fastmath<contract> : f32
                %v2015 = arith.select %v36, %v2014, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2016, %v2017 = gpu.shuffle xor %v2015, %v999, %v380 : f32
                %v2018 = arith.addf %v2015, %v2016 fastmath<contract> : f32
                %v2019, %v2020 = gpu.shuffle xor %v2018, %v1003, %v380 : f32
                %v2021 = arith.addf %v2018, %v2019 fastmath<contract> : f32
                %v2022 = arith.divui %v17, %v19 : i64
                %v2023 = arith.remui %v17, %v19 : i64
                %v2024 = arith.cmpi ult, %v2023, %v31 : i64
                %v2025 = arith.addi %v31, %v32 : i64
                %v2026 = arith.muli %v2022, %v1 : i64
                %v2027 = arith.addi %v2026, %v2025 : i64
                %v2028 = arith.muli %v2027, %v1013 : i64
                %v2029 = arith.addi %v2028, %v1913 : i64
                scf.if %v2024 {
                  %v2030 = llvm.getelementptr %v61[%v2029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2021, %v2030 : f32, !llvm.ptr
                }
                %v2031 = arith.mulf %v651, %v1927 fastmath<contract> : f32
                %v2032 = arith.select %v36, %v2031, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2033, %v2034 = gpu.shuffle xor %v2032, %v999, %v380 : f32
                %v2035 = arith.addf %v2032, %v2033 fastmath<contract> : f32
                %v2036, %v2037 = gpu.shuffle xor %v2035, %v1003, %v380 : f32
                %v2038 = arith.addf %v2035, %v2036 fastmath<contract> : f32
                %v2039 = arith.divui %v17, %v19 : i64
                %v2040 = arith.remui %v17, %v19 : i64
                %v2041 = arith.cmpi ult, %v2040, %v31 : i64
                %v2042 = arith.addi %v70, %v32 : i64
                %v2043 = arith.muli %v2039, %v1 : i64
                %v2044 = arith.addi %v2043, %v2042 : i64
                %v2045 = arith.muli %v2044, %v1013 : i64
                %v2046 = arith.addi %v2045, %v1913 : i64
                scf.if %v2041 {
                  %v2047 = llvm.getelementptr %v63[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2038, %v2047 : f32, !llvm.ptr
                }
                %v2048 = arith.mulf %v671, %v1927 fastmath<contract> : f32
                %v2049 = arith.select %v36, %v2048, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2050, %v2051 = gpu.shuffle xor %v2049, %v999, %v380 : f32
                %v2052 = arith.addf %v2049, %v2050 fastmath<contract> : f32
                %v2053, %v2054 = gpu.shuffle xor %v2052, %v1003, %v380 : f32
                %v2055 = arith.addf %v2052, %v2053 fastmath<contract> : f32
                %v2056 = arith.divui %v17, %v19 : i64
                %v2057 = arith.remui %v17, %v19 : i64
                %v2058 = arith.cmpi ult, %v2057, %v31 : i64
                %v2059 = arith.addi %v31, %v32 : i64
                %v2060 = arith.muli %v2056, %v1 : i64
                %v2061 = arith.addi %v2060, %v2059 : i64
                %v2062 = arith.muli %v2061, %v1013 : i64
                %v2063 = arith.addi %v2062, %v1913 : i64
                scf.if %v2058 {
                  %v2064 = llvm.getelementptr %v63[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2055, %v2064 : f32, !llvm.ptr
                }
                %v2065 = arith.mulf %v1919, %v651 fastmath<contract> : f32
                %v2066 = arith.mulf %v1939, %v671 fastmath<contract> : f32
                %v2067 = arith.addf %v2065, %v2066 fastmath<contract> : f32
                llvm.store %v2067, %v889 : f32, !llvm.ptr
                %v2068 = arith.muli %v32, %v239 : i64
                %v2069 = arith.subi %v1914, %v211 : i64
                %v2070 = arith.addi %v2068, %v2069 : i64
                %v2071 = llvm.getelementptr %v65[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
                %v2073 = arith.mulf %v2072, %v1975 fastmath<contract> : f32
                %v2074 = arith.constant 8 : i64
                %v2075 = arith.addi %v2074, %v32 : i64
                %v2076 = arith.muli %v2075, %v239 : i64
                %v2077 = arith.subi %v1914, %v211 : i64
                %v2078 = arith.addi %v2076, %v2077 : i64
                %v2079 = llvm.getelementptr %v65[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
                %v2081 = arith.mulf %v2080, %v1991 fastmath<contract> : f32
                %v2082 = arith.addf %v2073, %v2081 fastmath<contract> : f32
                llvm.store %v2082, %v890 : f32, !llvm.ptr
                %v2083 = arith.mulf %v1971, %v1976 fastmath<contract> : f32
                %v2084 = arith.mulf %v1974, %v2083 fastmath<contract> : f32
                %v2085 = arith.mulf %v1987, %v1992 fastmath<contract> : f32
                %v2086 = arith.mulf %v1990, %v2085 fastmath<contract> : f32
                %v2087 = arith.addf %v2084, %v2086 fastmath<contract> : f32
                llvm.store %v2087, %v891 : f32, !llvm.ptr
                llvm.store %v1974, %v52 : f32, !llvm.ptr
                llvm.store %v1990, %v53 : f32, !llvm.ptr
              }
              %v2088 = llvm.load %v889 : !llvm.ptr -> f32
              %v2089 = arith.select %v894, %v2088, %v1898 : f32
              %v2090 = arith.select %v894, %v1898, %v2088 : f32
              %v2091, %v2092 = gpu.shuffle xor %v2089, %v1284, %v380 : f32
              %v2093 = arith.addf %v2090, %v2091 fastmath<contract> : f32
              %v2094 = llvm.load %v890 : !llvm.ptr -> f32
              %v2095 = arith.select %v894, %v2094, %v1899 : f32
              %v2096 = arith.select %v894, %v1899, %v2094 : f32
              %v2097, %v2098 = gpu.shuffle xor %v2095, %v1284, %v380 : f32
              %v2099 = arith.addf %v2096, %v2097 fastmath<contract> : f32
              %v2100 = llvm.load %v891 : !llvm.ptr -> f32
              %v2101 = arith.select %v894, %v2100, %v1900 : f32
              %v2102 = arith.select %v894, %v1900, %v2100 : f32
              %v2103, %v2104 = gpu.shuffle xor %v2101, %v1284, %v380 : f32
              %v2105 = arith.addf %v2102, %v2103 fastmath<contract> : f32
              %v2106 = arith.addi %v445, %v2 : i64
              %v2107 = arith.cmpi slt, %v2106, %v213 : i64
              %v2108, %v2109 = gpu.shuffle idx %v506, %v173, %v380 : f32
              %v2110, %v2111 = gpu.shuffle idx %v514, %v173, %v380 : f32
              %v2112, %v2113 = gpu.shuffle idx %v527, %v173, %v380 : f32
              %v2114, %v2115 = gpu.shuffle idx %v536, %v173, %v380 : f32
              %v2116, %v2117 = gpu.shuffle idx %v541, %v173, %v380 : f32
              %v2118 = arith.addi %v447, %v802 : i64
              llvm.store %v68, %v889 : f32, !llvm.ptr
              llvm.store %v68, %v890 : f32, !llvm.ptr
              llvm.store %v68, %v891 : f32, !llvm.ptr
              scf.if %v2107 {
                %v2119 = arith.addi %v211, %v2106 : i64
                %v2120 = arith.muli %v32, %v239 : i64
                %v2121 = arith.subi %v2119, %v211 : i64
                %v2122 = arith.addi %v2120, %v2121 : i64
                %v2123 = llvm.getelementptr %v67[%v2122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2124 = llvm.load %v2123 : !llvm.ptr -> f32
                %v2125 = arith.muli %v44, %v319 : i64
                %v2126 = arith.muli %v2119, %v318 : i64
                %v2127 = arith.addi %v2125, %v2126 : i64
                %v2128 = arith.muli %v42, %v2 : i64
                %v2129 = arith.addi %v2127, %v2128 : i64
                %v2130 = llvm.getelementptr %dy_y[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
                %v2132 = arith.mulf %v2112, %v2131 fastmath<contract> : f32
                %v2133 = arith.mulf %v2124, %v2132 fastmath<contract> : f32
                %v2134 = llvm.load %v50 : !llvm.ptr -> f32
                %v2135 = llvm.load %v52 : !llvm.ptr -> f32
                %v2136 = arith.mulf %v2135, %v2134 fastmath<contract> : f32
                %v2137 = arith.addf %v2133, %v2136 fastmath<contract> : f32
                llvm.store %v2137, %v50 : f32, !llvm.ptr
                %v2138 = arith.constant 8 : i64
                %v2139 = arith.addi %v2138, %v32 : i64
                %v2140 = arith.muli %v2139, %v239 : i64
                %v2141 = arith.subi %v2119, %v211 : i64
                %v2142 = arith.addi %v2140, %v2141 : i64
                %v2143 = llvm.getelementptr %v67[%v2142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2144 = llvm.load %v2143 : !llvm.ptr -> f32
                %v2145 = arith.mulf %v2144, %v2132 fastmath<contract> : f32
                %v2146 = llvm.load %v51 : !llvm.ptr -> f32
                %v2147 = llvm.load %v53 : !llvm.ptr -> f32
                %v2148 = arith.mulf %v2147, %v2146 fastmath<contract> : f32
                %v2149 = arith.addf %v2145, %v2148 fastmath<contract> : f32
                llvm.store %v2149, %v51 : f32, !llvm.ptr
                %v2150 = arith.subi %size_L, %v2 : i64
                %v2151 = arith.cmpi eq, %v2119, %v2150 : i64
                scf.if %v2151 {
                  %v2152 = arith.muli %v44, %v117 : i64
                  %v2153 = arith.muli %v42, %v116 : i64
                  %v2154 = arith.addi %v2152, %v2153 : i64
                  %v2155 = arith.muli %v32, %v2 : i64
                  %v2156 = arith.addi %v2154, %v2155 : i64
                  %v2157 = llvm.getelementptr %dy_h_last[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
                  %v2159 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2160 = arith.addf %v2159, %v2158 fastmath<contract> : f32
                  llvm.store %v2160, %v50 : f32, !llvm.ptr
                  %v2161 = arith.muli %v44, %v117 : i64
                  %v2162 = arith.muli %v42, %v116 : i64
                  %v2163 = arith.addi %v2161, %v2162 : i64
                  %v2164 = arith.constant 8 : i64
                  %v2165 = arith.addi %v2164, %v32 : i64
                  %v2166 = arith.muli %v2165, %v2 : i64
                  %v2167 = arith.addi %v2163, %v2166 : i64
                  %v2168 = llvm.getelementptr %dy_h_last[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
                  %v2170 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2171 = arith.addf %v2170, %v2169 fastmath<contract> : f32
                  llvm.store %v2171, %v51 : f32, !llvm.ptr
                }
                %v2172 = arith.muli %v42, %v388 : i64
                %v2173 = arith.muli %v32, %v2 : i64
                %v2174 = arith.addi %v2172, %v2173 : i64
                %v2175 = llvm.getelementptr %in_A[%v2174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
                %v2177 = arith.mulf %v2108, %v2176 fastmath<contract> : f32
                %v2178 = arith.mulf %v2177, %v334 fastmath<contract> : f32
                %v2179 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2178) : (f32) -> f32
                %v2180 = llvm.load %v50 : !llvm.ptr -> f32
                %v2181 = arith.mulf %v564, %v2180 fastmath<contract> : f32
                %v2182 = arith.mulf %v2179, %v2181 fastmath<contract> : f32
                %v2183 = arith.mulf %v2108, %v2182 fastmath<contract> : f32
                %v2184 = llvm.load %v54 : !llvm.ptr -> f32
                %v2185 = arith.addf %v2184, %v2183 fastmath<contract> : f32
                llvm.store %v2185, %v54 : f32, !llvm.ptr
                %v2186 = arith.muli %v42, %v388 : i64
                %v2187 = arith.constant 8 : i64
                %v2188 = arith.addi %v2187, %v32 : i64
                %v2189 = arith.muli %v2188, %v2 : i64
                %v2190 = arith.addi %v2186, %v2189 : i64
                %v2191 = llvm.getelementptr %in_A[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
                %v2193 = arith.mulf %v2108, %v2192 fastmath<contract> : f32
                %v2194 = arith.mulf %v2193, %v334 fastmath<contract> : f32
                %v2195 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2194) : (f32) -> f32
                %v2196 = llvm.load %v51 : !llvm.ptr -> f32
                %v2197 = arith.mulf %v584, %v2196 fastmath<contract> : f32
                %v2198 = arith.mulf %v2195, %v2197 fastmath<contract> : f32
                %v2199 = arith.mulf %v2108, %v2198 fastmath<contract> : f32
                %v2200 = llvm.load %v55 : !llvm.ptr -> f32
                %v2201 = arith.addf %v2200, %v2199 fastmath<contract> : f32
                llvm.store %v2201, %v55 : f32, !llvm.ptr
                %v2202 = arith.mulf %v2110, %v2180 fastmath<contract> : f32
                %v2203 = arith.select %v36, %v2202, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2204, %v2205 = gpu.shuffle xor %v2203, %v999, %v380 : f32
                %v2206 = arith.addf %v2203, %v2204 fastmath<contract> : f32
                %v2207, %v2208 = gpu.shuffle xor %v2206, %v1003, %v380 : f32
                %v2209 = arith.addf %v2206, %v2207 fastmath<contract> : f32
                %v2210 = arith.divui %v17, %v19 : i64
                %v2211 = arith.remui %v17, %v19 : i64
                %v2212 = arith.cmpi ult, %v2211, %v31 : i64
                %v2213 = arith.addi %v70, %v32 : i64
                %v2214 = arith.muli %v2210, %v1 : i64
                %v2215 = arith.addi %v2214, %v2213 : i64
                %v2216 = arith.muli %v2215, %v1013 : i64
                %v2217 = arith.addi %v2216, %v2118 : i64
                scf.if %v2212 {
                  %v2218 = llvm.getelementptr %v61[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2209, %v2218 : f32, !llvm.ptr
                }
                %v2219 = arith.mulf %v2110, %v2196 fastmath<contract> : f32
                %v2220 = arith.select %v36, %v2219, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2221, %v2222 = gpu.shuffle xor %v2220, %v999, %v380 : f32
                %v2223 = arith.addf %v2220, %v2221 fastmath<contract> : f32
                %v2224, %v2225 = gpu.shuffle xor %v2223, %v1003, %v380 : f32
                %v2226 = arith.addf %v2223, %v2224 fastmath<contract> : f32
                %v2227 = arith.divui %v17, %v19 : i64
                %v2228 = arith.remui %v17, %v19 : i64
                %v2229 = arith.cmpi ult, %v2228, %v31 : i64
                %v2230 = arith.addi %v31, %v32 : i64
                %v2231 = arith.muli %v2227, %v1 : i64
                %v2232 = arith.addi %v2231, %v2230 : i64
                %v2233 = arith.muli %v2232, %v1013 : i64
                %v2234 = arith.addi %v2233, %v2118 : i64
                scf.if %v2229 {
                  %v2235 = llvm.getelementptr %v61[%v2234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2226, %v2235 : f32, !llvm.ptr
                }
                %v2236 = arith.mulf %v607, %v2132 fastmath<contract> : f32
                %v2237 = arith.select %v36, %v2236, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2238, %v2239 = gpu.shuffle xor %v2237, %v999, %v380 : f32
                %v2240 = arith.addf %v2237, %v2238 fastmath<contract> : f32
                %v2241, %v2242 = gpu.shuffle xor %v2240, %v1003, %v380 : f32
                %v2243 = arith.addf %v2240, %v2241 fastmath<contract> : f32
                %v2244 = arith.divui %v17, %v19 : i64
                %v2245 = arith.remui %v17, %v19 : i64
                %v2246 = arith.cmpi ult, %v2245, %v31 : i64
                %v2247 = arith.addi %v70, %v32 : i64
                %v2248 = arith.muli %v2244, %v1 : i64
                %v2249 = arith.addi %v2248, %v2247 : i64
                %v2250 = arith.muli %v2249, %v1013 : i64
                %v2251 = arith.addi %v2250, %v2118 : i64
                scf.if %v2246 {
                  %v2252 = llvm.getelementptr %v63[%v2251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2243, %v2252 : f32, !llvm.ptr
                }
                %v2253 = arith.mulf %v627, %v2132 fastmath<contract> : f32
                %v2254 = arith.select %v36, %v2253, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2255, %v2256 = gpu.shuffle xor %v2254, %v999, %v380 : f32
                %v2257 = arith.addf %v2254, %v2255 fastmath<contract> : f32
                %v2258, %v2259 = gpu.shuffle xor %v2257, %v1003, %v380 : f32
                %v2260 = arith.addf %v2257, %v2258 fastmath<contract> : f32
                %v2261 = arith.divui %v17, %v19 : i64
                %v2262 = arith.remui %v17, %v19 : i64
                %v2263 = arith.cmpi ult, %v2262, %v31 : i64
                %v2264 = arith.addi %v31, %v32 : i64
                %v2265 = arith.muli %v2261, %v1 : i64
                %v2266 = arith.addi %v2265, %v2264 : i64
                %v2267 = arith.muli %v2266, %v1013 : i64
                %v2268 = arith.addi %v2267, %v2118 : i64
                scf.if %v2263 {
                  %v2269 = llvm.getelementptr %v63[%v2268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2260, %v2269 : f32, !llvm.ptr
                }
                %v2270 = arith.mulf %v2124, %v607 fastmath<contract> : f32
                %v2271 = arith.mulf %v2144, %v627 fastmath<contract> : f32
                %v2272 = arith.addf %v2270, %v2271 fastmath<contract> : f32
                llvm.store %v2272, %v889 : f32, !llvm.ptr
                %v2273 = arith.muli %v32, %v239 : i64
                %v2274 = arith.subi %v2119, %v211 : i64
                %v2275 = arith.addi %v2273, %v2274 : i64
                %v2276 = llvm.getelementptr %v65[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
                %v2278 = arith.mulf %v2277, %v2180 fastmath<contract> : f32
                %v2279 = arith.constant 8 : i64
                %v2280 = arith.addi %v2279, %v32 : i64
                %v2281 = arith.muli %v2280, %v239 : i64
                %v2282 = arith.subi %v2119, %v211 : i64
                %v2283 = arith.addi %v2281, %v2282 : i64
                %v2284 = llvm.getelementptr %v65[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2285 = llvm.load %v2284 : !llvm.ptr -> f32
                %v2286 = arith.mulf %v2285, %v2196 fastmath<contract> : f32
                %v2287 = arith.addf %v2278, %v2286 fastmath<contract> : f32
                llvm.store %v2287, %v890 : f32, !llvm.ptr
                %v2288 = arith.mulf %v2176, %v2181 fastmath<contract> : f32
                %v2289 = arith.mulf %v2179, %v2288 fastmath<contract> : f32
                %v2290 = arith.mulf %v2192, %v2197 fastmath<contract> : f32
                %v2291 = arith.mulf %v2195, %v2290 fastmath<contract> : f32
                %v2292 = arith.addf %v2289, %v2291 fastmath<contract> : f32
                llvm.store %v2292, %v891 : f32, !llvm.ptr
                llvm.store %v2179, %v52 : f32, !llvm.ptr
                llvm.store %v2195, %v53 : f32, !llvm.ptr
              }
              %v2293 = llvm.load %v889 : !llvm.ptr -> f32
              %v2294 = llvm.load %v890 : !llvm.ptr -> f32
              %v2295 = llvm.load %v891 : !llvm.ptr -> f32
              %v2296 = arith.addi %v445, %v70 : i64
              %v2297 = arith.cmpi slt, %v2296, %v213 : i64
              %v2298, %v2299 = gpu.shuffle idx %v506, %v169, %v380 : f32
              %v2300, %v2301 = gpu.shuffle idx %v514, %v169, %v380 : f32
              %v2302, %v2303 = gpu.shuffle idx %v527, %v169, %v380 : f32
              %v2304, %v2305 = gpu.shuffle idx %v536, %v169, %v380 : f32
              %v2306, %v2307 = gpu.shuffle idx %v541, %v169, %v380 : f32
              %v2308 = arith.addi %v447, %v161 : i64
              llvm.store %v68, %v889 : f32, !llvm.ptr
              llvm.store %v68, %v890 : f32, !llvm.ptr
              llvm.store %v68, %v891 : f32, !llvm.ptr
              scf.if %v2297 {
                %v2309 = arith.addi %v211, %v2296 : i64
                %v2310 = arith.muli %v32, %v239 : i64
                %v2311 = arith.subi %v2309, %v211 : i64
                %v2312 = arith.addi %v2310, %v2311 : i64
                %v2313 = llvm.getelementptr %v67[%v2312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2314 = llvm.load %v2313 : !llvm.ptr -> f32
                %v2315 = arith.muli %v44, %v319 : i64
                %v2316 = arith.muli %v2309, %v318 : i64
                %v2317 = arith.addi %v2315, %v2316 : i64
                %v2318 = arith.muli %v42, %v2 : i64
                %v2319 = arith.addi %v2317, %v2318 : i64
                %v2320 = llvm.getelementptr %dy_y[%v2319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2321 = llvm.load %v2320 : !llvm.ptr -> f32
                %v2322 = arith.mulf %v2302, %v2321 fastmath<contract> : f32
                %v2323 = arith.mulf %v2314, %v2322 fastmath<contract> : f32
                %v2324 = llvm.load %v50 : !llvm.ptr -> f32
                %v2325 = llvm.load %v52 : !llvm.ptr -> f32
                %v2326 = arith.mulf %v2325, %v2324 fastmath<contract> : f32
                %v2327 = arith.addf %v2323, %v2326 fastmath<contract> : f32
                llvm.store %v2327, %v50 : f32, !llvm.ptr
                %v2328 = arith.constant 8 : i64
                %v2329 = arith.addi %v2328, %v32 : i64
                %v2330 = arith.muli %v2329, %v239 : i64
                %v2331 = arith.subi %v2309, %v211 : i64
                %v2332 = arith.addi %v2330, %v2331 : i64
                %v2333 = llvm.getelementptr %v67[%v2332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2334 = llvm.load %v2333 : !llvm.ptr -> f32
                %v2335 = arith.mulf %v2334, %v2322 fastmath<contract> : f32
                %v2336 = llvm.load %v51 : !llvm.ptr -> f32
                %v2337 = llvm.load %v53 : !llvm.ptr -> f32
                %v2338 = arith.mulf %v2337, %v2336 fastmath<contract> : f32
                %v2339 = arith.addf %v2335, %v2338 fastmath<contract> : f32
                llvm.store %v2339, %v51 : f32, !llvm.ptr
                %v2340 = arith.subi %size_L, %v2 : i64
                %v2341 = arith.cmpi eq, %v2309, %v2340 : i64
                scf.if %v2341 {
                  %v2342 = arith.muli %v44, %v117 : i64
                  %v2343 = arith.muli %v42, %v116 : i64
                  %v2344 = arith.addi %v2342, %v2343 : i64
                  %v2345 = arith.muli %v32, %v2 : i64
                  %v2346 = arith.addi %v2344, %v2345 : i64
                  %v2347 = llvm.getelementptr %dy_h_last[%v2346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2348 = llvm.load %v2347 : !llvm.ptr -> f32
                  %v2349 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2350 = arith.addf %v2349, %v2348 fastmath<contract> : f32
                  llvm.store %v2350, %v50 : f32, !llvm.ptr
                  %v2351 = arith.muli %v44, %v117 : i64
                  %v2352 = arith.muli %v42, %v116 : i64
                  %v2353 = arith.addi %v2351, %v2352 : i64
                  %v2354 = arith.constant 8 : i64
                  %v2355 = arith.addi %v2354, %v32 : i64
                  %v2356 = arith.muli %v2355, %v2 : i64
                  %v2357 = arith.addi %v2353, %v2356 : i64
                  %v2358 = llvm.getelementptr %dy_h_last[%v2357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2359 = llvm.load %v2358 : !llvm.ptr -> f32
                  %v2360 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2361 = arith.addf %v2360, %v2359 fastmath<contract> : f32
                  llvm.store %v2361, %v51 : f32, !llvm.ptr
                }
                %v2362 = arith.muli %v42, %v388 : i64
                %v2363 = arith.muli %v32, %v2 : i64
                %v2364 = arith.addi %v2362, %v2363 : i64
                %v2365 = llvm.getelementptr %in_A[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2366 = llvm.load %v2365 : !llvm.ptr -> f32
                %v2367 = arith.mulf %v2298, %v2366 fastmath<contract> : f32
                %v2368 = arith.mulf %v2367, %v334 fastmath<contract> : f32
                %v2369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2368) : (f32) -> f32
                %v2370 = llvm.load %v50 : !llvm.ptr -> f32
                %v2371 = arith.mulf %v458, %v2370 fastmath<contract> : f32
                %v2372 = arith.mulf %v2369, %v2371 fastmath<contract> : f32
                %v2373 = arith.mulf %v2298, %v2372 fastmath<contract> : f32
                %v2374 = llvm.load %v54 : !llvm.ptr -> f32
                %v2375 = arith.addf %v2374, %v2373 fastmath<contract> : f32
                llvm.store %v2375, %v54 : f32, !llvm.ptr
                %v2376 = arith.muli %v42, %v388 : i64
                %v2377 = arith.constant 8 : i64
                %v2378 = arith.addi %v2377, %v32 : i64
                %v2379 = arith.muli %v2378, %v2 : i64
                %v2380 = arith.addi %v2376, %v2379 : i64
                %v2381 = llvm.getelementptr %in_A[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
                %v2383 = arith.mulf %v2298, %v2382 fastmath<contract> : f32
                %v2384 = arith.mulf %v2383, %v334 fastmath<contract> : f32
                %v2385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2384) : (f32) -> f32
                %v2386 = llvm.load %v51 : !llvm.ptr -> f32
                %v2387 = arith.mulf %v467, %v2386 fastmath<contract> : f32
                %v2388 = arith.mulf %v2385, %v2387 fastmath<contract> : f32
                %v2389 = arith.mulf %v2298, %v2388 fastmath<contract> : f32
                %v2390 = llvm.load %v55 : !llvm.ptr -> f32
                %v2391 = arith.addf %v2390, %v2389 fastmath<contract> : f32
                llvm.store %v2391, %v55 : f32, !llvm.ptr
                %v2392 = arith.mulf %v2300, %v2370 fastmath<contract> : f32
                %v2393 = arith.select %v36, %v2392, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2394, %v2395 = gpu.shuffle xor %v2393, %v999, %v380 : f32
                %v2396 = arith.addf %v2393, %v2394 fastmath<contract> : f32
                %v2397, %v2398 = gpu.shuffle xor %v2396, %v1003, %v380 : f32
                %v2399 = arith.addf %v2396, %v2397 fastmath<contract> : f32
                %v2400 = arith.divui %v17, %v19 : i64
                %v2401 = arith.remui %v17, %v19 : i64
                %v2402 = arith.cmpi ult, %v2401, %v31 : i64
                %v2403 = arith.addi %v70, %v32 : i64
                %v2404 = arith.muli %v2400, %v1 : i64
                %v2405 = arith.addi %v2404, %v2403 : i64
                %v2406 = arith.muli %v2405, %v1013 : i64
                %v2407 = arith.addi %v2406, %v2308 : i64
                scf.if %v2402 {
                  %v2408 = llvm.getelementptr %v61[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2399, %v2408 : f32, !llvm.ptr
                }
                %v2409 = arith.mulf %v2300, %v2386 fastmath<contract> : f32
                %v2410 = arith.select %v36, %v2409, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2411, %v2412 = gpu.shuffle xor %v2410, %v999, %v380 : f32
                %v2413 = arith.addf %v2410, %v2411 fastmath<contract> : f32
                %v2414, %v2415 = gpu.shuffle xor %v2413, %v1003, %v380 : f32
                %v2416 = arith.addf %v2413, %v2414 fastmath<contract> : f32
                %v2417 = arith.divui %v17, %v19 : i64
                %v2418 = arith.remui %v17, %v19 : i64
                %v2419 = arith.cmpi ult, %v2418, %v31 : i64
                %v2420 = arith.addi %v31, %v32 : i64
                %v2421 = arith.muli %v2417, %v1 : i64
                %v2422 = arith.addi %v2421, %v2420 : i64
                %v2423 = arith.muli %v2422, %v1013 : i64
                %v2424 = arith.addi %v2423, %v2308 : i64
                scf.if %v2419 {
                  %v2425 = llvm.getelementptr %v61[%v2424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2416, %v2425 : f32, !llvm.ptr
                }
                %v2426 = arith.mulf %v564, %v2322 fastmath<contract> : f32
                %v2427 = arith.select %v36, %v2426, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2428, %v2429 = gpu.shuffle xor %v2427, %v999, %v380 : f32
                %v2430 = arith.addf %v2427, %v2428 fastmath<contract> : f32
                %v2431, %v2432 = gpu.shuffle xor %v2430, %v1003, %v380 : f32
                %v2433 = arith.addf %v2430, %v2431 fastmath<contract> : f32
                %v2434 = arith.divui %v17, %v19 : i64
                %v2435 = arith.remui %v17, %v19 : i64
                %v2436 = arith.cmpi ult, %v2435, %v31 : i64
                %v2437 = arith.addi %v70, %v32 : i64
                %v2438 = arith.muli %v2434, %v1 : i64
                %v2439 = arith.addi %v2438, %v2437 : i64
                %v2440 = arith.muli %v2439, %v1013 : i64
                %v2441 = arith.addi %v2440, %v2308 : i64
                scf.if %v2436 {
                  %v2442 = llvm.getelementptr %v63[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2433, %v2442 : f32, !llvm.ptr
                }
                %v2443 = arith.mulf %v584, %v2322 fastmath<contract> : f32
                %v2444 = arith.select %v36, %v2443, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2445, %v2446 = gpu.shuffle xor %v2444, %v999, %v380 : f32
                %v2447 = arith.addf %v2444, %v2445 fastmath<contract> : f32
                %v2448, %v2449 = gpu.shuffle xor %v2447, %v1003, %v380 : f32
                %v2450 = arith.addf %v2447, %v2448 fastmath<contract> : f32
                %v2451 = arith.divui %v17, %v19 : i64
                %v2452 = arith.remui %v17, %v19 : i64
                %v2453 = arith.cmpi ult, %v2452, %v31 : i64
                %v2454 = arith.addi %v31, %v32 : i64
                %v2455 = arith.muli %v2451, %v1 : i64
                %v2456 = arith.addi %v2455, %v2454 : i64
                %v2457 = arith.muli %v2456, %v1013 : i64
                %v2458 = arith.addi %v2457, %v2308 : i64
                scf.if %v2453 {
                  %v2459 = llvm.getelementptr %v63[%v2458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2450, %v2459 : f32, !llvm.ptr
                }
                %v2460 = arith.mulf %v2314, %v564 fastmath<contract> : f32
                %v2461 = arith.mulf %v2334, %v584 fastmath<contract> : f32
                %v2462 = arith.addf %v2460, %v2461 fastmath<contract> : f32
                llvm.store %v2462, %v889 : f32, !llvm.ptr
                %v2463 = arith.muli %v32, %v239 : i64
                %v2464 = arith.subi %v2309, %v211 : i64
                %v2465 = arith.addi %v2463, %v2464 : i64
                %v2466 = llvm.getelementptr %v65[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2467 = llvm.load %v2466 : !llvm.ptr -> f32
                %v2468 = arith.mulf %v2467, %v2370 fastmath<contract> : f32
                %v2469 = arith.constant 8 : i64
                %v2470 = arith.addi %v2469, %v32 : i64
                %v2471 = arith.muli %v2470, %v239 : i64
                %v2472 = arith.subi %v2309, %v211 : i64
                %v2473 = arith.addi %v2471, %v2472 : i64
                %v2474 = llvm.getelementptr %v65[%v2473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2475 = llvm.load %v2474 : !llvm.ptr -> f32
                %v2476 = arith.mulf %v2475, %v2386 fastmath<contract> : f32
                %v2477 = arith.addf %v2468, %v2476 fastmath<contract> : f32
                llvm.store %v2477, %v890 : f32, !llvm.ptr
                %v2478 = arith.mulf %v2366, %v2371 fastmath<contract> : f32
                %v2479 = arith.mulf %v2369, %v2478 fastmath<contract> : f32
                %v2480 = arith.mulf %v2382, %v2387 fastmath<contract> : f32
                %v2481 = arith.mulf %v2385, %v2480 fastmath<contract> : f32
                %v2482 = arith.addf %v2479, %v2481 fastmath<contract> : f32
                llvm.store %v2482, %v891 : f32, !llvm.ptr
                llvm.store %v2369, %v52 : f32, !llvm.ptr
                llvm.store %v2385, %v53 : f32, !llvm.ptr
              }
              %v2483 = llvm.load %v889 : !llvm.ptr -> f32
              %v2484 = arith.select %v894, %v2483, %v2293 : f32
              %v2485 = arith.select %v894, %v2293, %v2483 : f32
              %v2486, %v2487 = gpu.shuffle xor %v2484, %v1284, %v380 : f32
              %v2488 = arith.addf %v2485, %v2486 fastmath<contract> : f32
              %v2489 = arith.select %v897, %v2488, %v2093 : f32
              %v2490 = arith.select %v897, %v2093, %v2488 : f32
              %v2491, %v2492 = gpu.shuffle xor %v2489, %v1685, %v380 : f32
              %v2493 = arith.addf %v2490, %v2491 fastmath<contract> : f32
              %v2494 = arith.select %v900, %v2493, %v1688 : f32
              %v2495 = arith.select %v900, %v1688, %v2493 : f32
              %v2497, %v2498 = gpu.shuffle xor %v2494, %v2496, %v380 : f32
              %v2499 = arith.addf %v2495, %v2497 fastmath<contract> : f32
              %v2500 = llvm.load %v890 : !llvm.ptr -> f32
              %v2501 = arith.select %v894, %v2500, %v2294 : f32
              %v2502 = arith.select %v894, %v2294, %v2500 : f32
              %v2503, %v2504 = gpu.shuffle xor %v2501, %v1284, %v380 : f32
              %v2505 = arith.addf %v2502, %v2503 fastmath<contract> : f32
              %v2506 = arith.select %v897, %v2505, %v2099 : f32
              %v2507 = arith.select %v897, %v2099, %v2505 : f32
              %v2508, %v2509 = gpu.shuffle xor %v2506, %v1685, %v380 : f32
              %v2510 = arith.addf %v2507, %v2508 fastmath<contract> : f32
              %v2511 = arith.select %v900, %v2510, %v1699 : f32
              %v2512 = arith.select %v900, %v1699, %v2510 : f32
              %v2513, %v2514 = gpu.shuffle xor %v2511, %v2496, %v380 : f32
              %v2515 = arith.addf %v2512, %v2513 fastmath<contract> : f32
              %v2516 = llvm.load %v891 : !llvm.ptr -> f32
              %v2517 = arith.select %v894, %v2516, %v2295 : f32
              %v2518 = arith.select %v894, %v2295, %v2516 : f32
              %v2519, %v2520 = gpu.shuffle xor %v2517, %v1284, %v380 : f32
              %v2521 = arith.addf %v2518, %v2519 fastmath<contract> : f32
              %v2522 = arith.select %v897, %v2521, %v2105 : f32
              %v2523 = arith.select %v897, %v2105, %v2521 : f32
              %v2524, %v2525 = gpu.shuffle xor %v2522, %v1685, %v380 : f32
              %v2526 = arith.addf %v2523, %v2524 fastmath<contract> : f32
              %v2527 = arith.select %v900, %v2526, %v1710 : f32
              %v2528 = arith.select %v900, %v1710, %v2526 : f32
              %v2529, %v2530 = gpu.shuffle xor %v2527, %v2496, %v380 : f32
              %v2531 = arith.addf %v2528, %v2529 fastmath<contract> : f32
              %v2532 = arith.addi %v445, %v32 : i64
              %v2533 = arith.cmpi slt, %v2532, %v213 : i64
              %v2534 = arith.andi %v36, %v2533 : i1
              scf.if %v2534 {
                %v2535 = arith.addi %v211, %v2532 : i64
                // the gradients of this lane's own step
                %v2536 = arith.muli %v42, %v2 : i64
                %v2537 = llvm.getelementptr %in_Dskip[%v2536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2538 = llvm.load %v2537 : !llvm.ptr -> f32
                %v2539 = arith.muli %v44, %v319 : i64
                %v2540 = arith.muli %v2535, %v318 : i64
                %v2541 = arith.addi %v2539, %v2540 : i64
                %v2542 = arith.muli %v42, %v2 : i64
                %v2543 = arith.addi %v2541, %v2542 : i64
                %v2544 = llvm.getelementptr %dy_y[%v2543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
                %v2546 = arith.mulf %v527, %v2545 fastmath<contract> : f32
                %v2547 = arith.mulf %v2538, %v2546 fastmath<contract> : f32
                %v2548 = arith.mulf %v506, %v2515 fastmath<contract> : f32
                %v2549 = arith.addf %v2547, %v2548 fastmath<contract> : f32
                %v2550 = arith.muli %v44, %v319 : i64
                %v2551 = arith.muli %v2535, %v318 : i64
                %v2552 = arith.addi %v2550, %v2551 : i64
                %v2553 = arith.muli %v42, %v2 : i64
                %v2554 = arith.addi %v2552, %v2553 : i64
                %v2555 = llvm.getelementptr %dx_u[%v2554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2549, %v2555 : f32, !llvm.ptr
                %v2556 = arith.muli %v44, %v319 : i64
                %v2557 = arith.muli %v2535, %v318 : i64
                %v2558 = arith.addi %v2556, %v2557 : i64
                %v2559 = arith.muli %v42, %v2 : i64
                %v2560 = arith.addi %v2558, %v2559 : i64
                %v2561 = llvm.getelementptr %in_u[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
                %v2563 = arith.mulf %v2562, %v2515 fastmath<contract> : f32
                %v2564 = arith.addf %v2563, %v2531 fastmath<contract> : f32
                %v2565 = arith.mulf %v2564, %v541 fastmath<contract> : f32
                %v2566 = arith.muli %v44, %v319 : i64
                %v2567 = arith.muli %v2535, %v318 : i64
                %v2568 = arith.addi %v2566, %v2567 : i64
                %v2569 = arith.muli %v42, %v2 : i64
                %v2570 = arith.addi %v2568, %v2569 : i64
                %v2571 = llvm.getelementptr %dx_delta[%v2570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2565, %v2571 : f32, !llvm.ptr
                %v2572 = arith.mulf %v2562, %v2538 fastmath<contract> : f32
                %v2573 = arith.addf %v2499, %v2572 fastmath<contract> : f32
                %v2574 = arith.mulf %v2573, %v2545 fastmath<contract> : f32
                %v2575 = arith.mulf %v2574, %v536 fastmath<contract> : f32
                %v2576 = arith.muli %v44, %v319 : i64
                %v2577 = arith.muli %v2535, %v318 : i64
                %v2578 = arith.addi %v2576, %v2577 : i64
                %v2579 = arith.muli %v42, %v2 : i64
                %v2580 = arith.addi %v2578, %v2579 : i64
                %v2581 = llvm.getelementptr %dx_z[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2575, %v2581 : f32, !llvm.ptr
                %v2582 = arith.mulf %v2562, %v2546 fastmath<contract> : f32
                %v2583 = llvm.load %v56 : !llvm.ptr -> f32
                %v2584 = arith.addf %v2583, %v2582 fastmath<contract> : f32
                llvm.store %v2584, %v56 : f32, !llvm.ptr
                %v2585 = llvm.load %v57 : !llvm.ptr -> f32
                %v2586 = arith.addf %v2585, %v2565 fastmath<contract> : f32
                llvm.store %v2586, %v57 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2591 = arith.index_cast %v17 : i64 to index
          %v2592 = arith.index_cast %v2590 : i64 to index
          %v2593 = arith.index_cast %v7 : i64 to index
          scf.for %v2594 = %v2591 to %v2592 step %v2593 {
            %v2595 = arith.index_cast %v2594 : index to i64
            %v2596 = arith.remui %v2595, %v19 : i64
            %v2597 = arith.divui %v2595, %v19 : i64
            %v2598 = arith.muli %v434, %v46 : i64
            %v2599 = arith.divui %v2596, %v31 : i64
            %v2600 = arith.addi %v2598, %v2599 : i64
            %v2601 = arith.cmpi slt, %v2600, %v216 : i64
            %v2602 = arith.subi %v216, %v2 : i64
            %v2603 = arith.subi %v2602, %v2600 : i64
            %v2604 = arith.remui %v2596, %v31 : i64
            %v2605 = arith.subi %v161, %v2604 : i64
            %v2606 = arith.muli %v2603, %v31 : i64
            %v2607 = arith.addi %v2606, %v2605 : i64
            %v2608 = arith.cmpi slt, %v2607, %v213 : i64
            %v2609 = arith.andi %v2601, %v2608 : i1
            scf.if %v2609 {
              %v2610 = arith.addi %v211, %v2607 : i64
              %v2611 = arith.muli %v70, %v1 : i64
              %v2612 = arith.addi %v2611, %v2597 : i64
              %v2613 = arith.muli %v2612, %v1013 : i64
              %v2614 = arith.addi %v2613, %v2596 : i64
              %v2615 = llvm.getelementptr %v61[%v2614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2616 = llvm.load %v2615 : !llvm.ptr -> f32
              %v2617 = arith.muli %v2, %v1 : i64
              %v2618 = arith.addi %v2617, %v2597 : i64
              %v2619 = arith.muli %v2618, %v1013 : i64
              %v2620 = arith.addi %v2619, %v2596 : i64
              %v2621 = llvm.getelementptr %v61[%v2620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2622 = llvm.load %v2621 : !llvm.ptr -> f32
              %v2623 = arith.addf %v2616, %v2622 fastmath<contract> : f32
              %v2624 = arith.muli %v628, %v1 : i64
              %v2625 = arith.addi %v2624, %v2597 : i64
              %v2626 = arith.muli %v2625, %v1013 : i64
              %v2627 = arith.addi %v2626, %v2596 : i64
              %v2628 = llvm.getelementptr %v61[%v2627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2629 = llvm.load %v2628 : !llvm.ptr -> f32
              %v2630 = arith.addf %v2623, %v2629 fastmath<contract> : f32
              %v2631 = arith.muli %v427, %v1 : i64
              %v2632 = arith.addi %v2631, %v2597 : i64
              %v2633 = arith.muli %v2632, %v1013 : i64
              %v2634 = arith.addi %v2633, %v2596 : i64
              %v2635 = llvm.getelementptr %v61[%v2634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2636 = llvm.load %v2635 : !llvm.ptr -> f32
              %v2637 = arith.addf %v2630, %v2636 fastmath<contract> : f32
              %v2638 = arith.muli %v46, %v1 : i64
              %v2639 = arith.addi %v2638, %v2597 : i64
              %v2640 = arith.muli %v2639, %v1013 : i64
              %v2641 = arith.addi %v2640, %v2596 : i64
              %v2642 = llvm.getelementptr %v61[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
              %v2644 = arith.addf %v2637, %v2643 fastmath<contract> : f32
              %v2645 = arith.muli %v758, %v1 : i64
              %v2646 = arith.addi %v2645, %v2597 : i64
              %v2647 = arith.muli %v2646, %v1013 : i64
              %v2648 = arith.addi %v2647, %v2596 : i64
              %v2649 = llvm.getelementptr %v61[%v2648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
              %v2651 = arith.addf %v2644, %v2650 fastmath<contract> : f32
              %v2652 = arith.muli %v802, %v1 : i64
              %v2653 = arith.addi %v2652, %v2597 : i64
              %v2654 = arith.muli %v2653, %v1013 : i64
              %v2655 = arith.addi %v2654, %v2596 : i64
              %v2656 = llvm.getelementptr %v61[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
              %v2658 = arith.addf %v2651, %v2657 fastmath<contract> : f32
              %v2659 = arith.muli %v161, %v1 : i64
              %v2660 = arith.addi %v2659, %v2597 : i64
              %v2661 = arith.muli %v2660, %v1013 : i64
              %v2662 = arith.addi %v2661, %v2596 : i64
              %v2663 = llvm.getelementptr %v61[%v2662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2664 = llvm.load %v2663 : !llvm.ptr -> f32
              %v2665 = arith.addf %v2658, %v2664 fastmath<contract> : f32
              %v2666 = arith.remui %v2597, %v1 : i64
              %v2667 = arith.divui %v2597, %v1 : i64
              %v2668 = arith.muli %v44, %v231 : i64
              %v2669 = arith.muli %v2610, %v230 : i64
              %v2670 = arith.addi %v2668, %v2669 : i64
              %v2671 = arith.muli %v2666, %v2 : i64
              %v2672 = arith.addi %v2670, %v2671 : i64
              %v2673 = arith.muli %v30, %v2589 : i64
              %v2674 = arith.addi %v2673, %v2672 : i64
              %v2675 = llvm.getelementptr %part_Bm[%v2674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2665, %v2675 : f32, !llvm.ptr
            }
          }
          %v2679 = arith.index_cast %v17 : i64 to index
          %v2680 = arith.index_cast %v2590 : i64 to index
          %v2681 = arith.index_cast %v7 : i64 to index
          scf.for %v2682 = %v2679 to %v2680 step %v2681 {
            %v2683 = arith.index_cast %v2682 : index to i64
            %v2684 = arith.remui %v2683, %v19 : i64
            %v2685 = arith.divui %v2683, %v19 : i64
            %v2686 = arith.muli %v434, %v46 : i64
            %v2687 = arith.divui %v2684, %v31 : i64
            %v2688 = arith.addi %v2686, %v2687 : i64
            %v2689 = arith.cmpi slt, %v2688, %v216 : i64
            %v2690 = arith.subi %v216, %v2 : i64
            %v2691 = arith.subi %v2690, %v2688 : i64
            %v2692 = arith.remui %v2684, %v31 : i64
            %v2693 = arith.subi %v161, %v2692 : i64
            %v2694 = arith.muli %v2691, %v31 : i64
            %v2695 = arith.addi %v2694, %v2693 : i64
            %v2696 = arith.cmpi slt, %v2695, %v213 : i64
            %v2697 = arith.andi %v2689, %v2696 : i1
            scf.if %v2697 {
              %v2698 = arith.addi %v211, %v2695 : i64
              %v2699 = arith.muli %v70, %v1 : i64
              %v2700 = arith.addi %v2699, %v2685 : i64
              %v2701 = arith.muli %v2700, %v1013 : i64
              %v2702 = arith.addi %v2701, %v2684 : i64
              %v2703 = llvm.getelementptr %v63[%v2702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2704 = llvm.load %v2703 : !llvm.ptr -> f32
              %v2705 = arith.muli %v2, %v1 : i64
              %v2706 = arith.addi %v2705, %v2685 : i64
              %v2707 = arith.muli %v2706, %v1013 : i64
              %v2708 = arith.addi %v2707, %v2684 : i64
              %v2709 = llvm.getelementptr %v63[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
              %v2711 = arith.addf %v2704, %v2710 fastmath<contract> : f32
              %v2712 = arith.muli %v628, %v1 : i64
              %v2713 = arith.addi %v2712, %v2685 : i64
              %v2714 = arith.muli %v2713, %v1013 : i64
              %v2715 = arith.addi %v2714, %v2684 : i64
              %v2716 = llvm.getelementptr %v63[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
              %v2718 = arith.addf %v2711, %v2717 fastmath<contract> : f32
              %v2719 = arith.muli %v427, %v1 : i64
              %v2720 = arith.addi %v2719, %v2685 : i64
              %v2721 = arith.muli %v2720, %v1013 : i64
              %v2722 = arith.addi %v2721, %v2684 : i64
              %v2723 = llvm.getelementptr %v63[%v2722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2724 = llvm.load %v2723 : !llvm.ptr -> f32
              %v2725 = arith.addf %v2718, %v2724 fastmath<contract> : f32
              %v2726 = arith.muli %v46, %v1 : i64
              %v2727 = arith.addi %v2726, %v2685 : i64
              %v2728 = arith.muli %v2727, %v1013 : i64
              %v2729 = arith.addi %v2728, %v2684 : i64
              %v2730 = llvm.getelementptr %v63[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2731 = llvm.load %v2730 : !llvm.ptr -> f32
              %v2732 = arith.addf %v2725, %v2731 fastmath<contract> : f32
              %v2733 = arith.muli %v758, %v1 : i64
              %v2734 = arith.addi %v2733, %v2685 : i64
              %v2735 = arith.muli %v2734, %v1013 : i64
              %v2736 = arith.addi %v2735, %v2684 : i64
              %v2737 = llvm.getelementptr %v63[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2738 = llvm.load %v2737 : !llvm.ptr -> f32
              %v2739 = arith.addf %v2732, %v2738 fastmath<contract> : f32
              %v2740 = arith.muli %v802, %v1 : i64
              %v2741 = arith.addi %v2740, %v2685 : i64
              %v2742 = arith.muli %v2741, %v1013 : i64
              %v2743 = arith.addi %v2742, %v2684 : i64
              %v2744 = llvm.getelementptr %v63[%v2743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2745 = llvm.load %v2744 : !llvm.ptr -> f32
              %v2746 = arith.addf %v2739, %v2745 fastmath<contract> : f32
              %v2747 = arith.muli %v161, %v1 : i64
              %v2748 = arith.addi %v2747, %v2685 : i64
              %v2749 = arith.muli %v2748, %v1013 : i64
              %v2750 = arith.addi %v2749, %v2684 : i64
              %v2751 = llvm.getelementptr %v63[%v2750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2752 = llvm.load %v2751 : !llvm.ptr -> f32
              %v2753 = arith.addf %v2746, %v2752 fastmath<contract> : f32
              %v2754 = arith.remui %v2685, %v1 : i64
              %v2755 = arith.divui %v2685, %v1 : i64
              %v2756 = arith.muli %v44, %v231 : i64
              %v2757 = arith.muli %v2698, %v230 : i64
              %v2758 = arith.addi %v2756, %v2757 : i64
              %v2759 = arith.muli %v2754, %v2 : i64
              %v2760 = arith.addi %v2758, %v2759 : i64
              %v2761 = arith.muli %v30, %v2678 : i64
              %v2762 = arith.addi %v2761, %v2760 : i64
              %v2763 = llvm.getelementptr %part_Cm[%v2762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2753, %v2763 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2764 = arith.cmpi eq, %v27, %v70 : i64
      scf.if %v2764 {
        %v2765 = llvm.load %v50 : !llvm.ptr -> f32
        %v2766 = llvm.load %v52 : !llvm.ptr -> f32
        %v2767 = arith.mulf %v2766, %v2765 fastmath<contract> : f32
        %v2768 = llvm.load %v58 : !llvm.ptr -> f32
        %v2769 = arith.addf %v2768, %v2767 fastmath<contract> : f32
        llvm.store %v2769, %v58 : f32, !llvm.ptr
        %v2770 = llvm.load %v51 : !llvm.ptr -> f32
        %v2771 = llvm.load %v53 : !llvm.ptr -> f32
        %v2772 = arith.mulf %v2771, %v2770 fastmath<contract> : f32
        %v2773 = llvm.load %v59 : !llvm.ptr -> f32
        %v2774 = arith.addf %v2773, %v2772 fastmath<contract> : f32
        llvm.store %v2774, %v59 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v2775 = llvm.load %v54 : !llvm.ptr -> f32
        %v2776 = arith.addi %v70, %v32 : i64
        %v2777 = arith.addi %v49, %v38 : i64
        %v2778 = arith.muli %v2777, %v1 : i64
        %v2779 = arith.addi %v2778, %v2776 : i64
        %v2780 = llvm.getelementptr %part_A[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2775, %v2780 : f32, !llvm.ptr
        %v2781 = llvm.load %v55 : !llvm.ptr -> f32
        %v2782 = arith.addi %v31, %v32 : i64
        %v2783 = arith.addi %v49, %v38 : i64
        %v2784 = arith.muli %v2783, %v1 : i64
        %v2785 = arith.addi %v2784, %v2782 : i64
        %v2786 = llvm.getelementptr %part_A[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2781, %v2786 : f32, !llvm.ptr
      }
      %v2787 = llvm.load %v56 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2788, %v2789 = gpu.shuffle xor %v2787, %v1284, %v380 : f32
      %v2790 = arith.addf %v2787, %v2788 fastmath<contract> : f32
      %v2791, %v2792 = gpu.shuffle xor %v2790, %v1685, %v380 : f32
      %v2793 = arith.addf %v2790, %v2791 fastmath<contract> : f32
      %v2794, %v2795 = gpu.shuffle xor %v2793, %v2496, %v380 : f32
      %v2796 = arith.addf %v2793, %v2794 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2796, %v56 : f32, !llvm.ptr
      %v2797 = arith.cmpi eq, %v32, %v70 : i64
      %v2798 = arith.andi %v36, %v2797 : i1
      scf.if %v2798 {
        %v2799 = llvm.load %v56 : !llvm.ptr -> f32
        %v2800 = arith.addi %v49, %v38 : i64
        %v2801 = arith.muli %v2800, %v2 : i64
        %v2802 = arith.addi %v2801, %v70 : i64
        %v2803 = llvm.getelementptr %part_Dskip[%v2802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2799, %v2803 : f32, !llvm.ptr
      }
      %v2804 = llvm.load %v57 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2805, %v2806 = gpu.shuffle xor %v2804, %v1284, %v380 : f32
      %v2807 = arith.addf %v2804, %v2805 fastmath<contract> : f32
      %v2808, %v2809 = gpu.shuffle xor %v2807, %v1685, %v380 : f32
      %v2810 = arith.addf %v2807, %v2808 fastmath<contract> : f32
      %v2811, %v2812 = gpu.shuffle xor %v2810, %v2496, %v380 : f32
      %v2813 = arith.addf %v2810, %v2811 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2813, %v57 : f32, !llvm.ptr
      %v2814 = arith.cmpi eq, %v32, %v70 : i64
      %v2815 = arith.andi %v36, %v2814 : i1
      scf.if %v2815 {
        %v2816 = llvm.load %v57 : !llvm.ptr -> f32
        %v2817 = arith.addi %v49, %v38 : i64
        %v2818 = arith.muli %v2817, %v2 : i64
        %v2819 = arith.addi %v2818, %v70 : i64
        %v2820 = llvm.getelementptr %part_dt_bias[%v2819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2816, %v2820 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v2821 = llvm.load %v58 : !llvm.ptr -> f32
        %v2822 = arith.addi %v70, %v32 : i64
        %v2823 = arith.addi %v49, %v38 : i64
        %v2824 = arith.muli %v2823, %v1 : i64
        %v2825 = arith.addi %v2824, %v2822 : i64
        %v2826 = llvm.getelementptr %part_h0[%v2825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2821, %v2826 : f32, !llvm.ptr
        %v2827 = llvm.load %v59 : !llvm.ptr -> f32
        %v2828 = arith.addi %v31, %v32 : i64
        %v2829 = arith.addi %v49, %v38 : i64
        %v2830 = arith.muli %v2829, %v1 : i64
        %v2831 = arith.addi %v2830, %v2828 : i64
        %v2832 = llvm.getelementptr %part_h0[%v2831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2827, %v2832 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
