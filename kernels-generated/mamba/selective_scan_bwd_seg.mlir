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
      %v217 = arith.constant 1024 : i64
      %v229 = arith.muli %v2, %v1 : i64
      %v230 = arith.muli %v229, %size_L : i64
      %v238 = arith.constant 65 : i64
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
      %v382 = arith.constant 32 : i32
      %v390 = arith.muli %v2, %v1 : i64
      %v429 = arith.constant 3 : i64
      %v630 = arith.constant 2 : i64
      %v760 = arith.constant 5 : i64
      %v804 = arith.constant 6 : i64
      %v891 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v892 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v893 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v908 = arith.constant 2147483647 : i64
      %v912 = arith.constant 7 : i32
      %v1009 = arith.constant 8 : i32
      %v1013 = arith.constant 16 : i32
      %v1023 = arith.constant 33 : i64
      %v1105 = arith.constant 6 : i32
      %v1294 = arith.constant 1 : i32
      %v1311 = arith.constant 5 : i32
      %v1501 = arith.constant 4 : i32
      %v1695 = arith.constant 2 : i32
      %v1722 = arith.constant 3 : i32
      %v2305 = arith.constant 0 : i32
      %v2594 = arith.muli %v2, %size_B : i64
      %v2595 = arith.muli %v2594, %size_L : i64
      %v2596 = arith.muli %v2595, %v1 : i64
      %v2597 = arith.constant 512 : i64
      %v2683 = arith.muli %v2, %size_B : i64
      %v2684 = arith.muli %v2683, %size_L : i64
      %v2685 = arith.muli %v2684, %v1 : i64
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
        %v214 = arith.addi %v213, %v161 : i64
        %v215 = arith.divui %v214, %v31 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v216 = arith.subi %size_L, %v2 : i64
        %v218 = arith.index_cast %v17 : i64 to index
        %v219 = arith.index_cast %v217 : i64 to index
        %v220 = arith.index_cast %v7 : i64 to index
        scf.for %v221 = %v218 to %v219 step %v220 {
          %v222 = arith.index_cast %v221 : index to i64
          %v223 = arith.remui %v222, %v160 : i64
          %v224 = arith.divui %v222, %v160 : i64
          %v225 = arith.addi %v211, %v223 : i64
          %v226 = arith.minsi %v225, %v216 : i64
          %v227 = arith.remui %v224, %v1 : i64
          %v228 = arith.divui %v224, %v1 : i64
          %v231 = arith.muli %v44, %v230 : i64
          %v232 = arith.muli %v226, %v229 : i64
          %v233 = arith.addi %v231, %v232 : i64
          %v234 = arith.muli %v227, %v2 : i64
          %v235 = arith.addi %v233, %v234 : i64
          %v236 = llvm.getelementptr %in_Bm[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v239 = arith.muli %v224, %v238 : i64
          %v240 = arith.addi %v239, %v223 : i64
          %v241 = llvm.getelementptr %v65[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v237, %v241 : f32, !llvm.ptr
        }
        %v242 = arith.index_cast %v17 : i64 to index
        %v243 = arith.index_cast %v217 : i64 to index
        %v244 = arith.index_cast %v7 : i64 to index
        scf.for %v245 = %v242 to %v243 step %v244 {
          %v246 = arith.index_cast %v245 : index to i64
          %v247 = arith.remui %v246, %v160 : i64
          %v248 = arith.divui %v246, %v160 : i64
          %v249 = arith.addi %v211, %v247 : i64
          %v250 = arith.minsi %v249, %v216 : i64
          %v251 = arith.remui %v248, %v1 : i64
          %v252 = arith.divui %v248, %v1 : i64
          %v253 = arith.muli %v44, %v230 : i64
          %v254 = arith.muli %v250, %v229 : i64
          %v255 = arith.addi %v253, %v254 : i64
          %v256 = arith.muli %v251, %v2 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = llvm.getelementptr %in_Cm[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = arith.muli %v248, %v238 : i64
          %v261 = arith.addi %v260, %v247 : i64
          %v262 = llvm.getelementptr %v67[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v259, %v262 : f32, !llvm.ptr
        }
        gpu.barrier
        %v263 = arith.subi %v213, %v2 : i64
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
        %v291 = arith.index_cast %v215 : i64 to index
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
          %v316 = arith.minsi %v315, %v263 : i64
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
          %v373 = arith.subi %v213, %v314 : i64
          %v374 = arith.trunci %v373 : i64 to i32
          %v375 = arith.index_cast %v70 : i64 to index
          %v376 = arith.index_cast %v31 : i64 to index
          %v377 = arith.index_cast %v2 : i64 to index
          scf.for %v378 = %v375 to %v376 step %v377 {
            %v379 = arith.index_cast %v378 : index to i64
            %v380 = arith.trunci %v379 : i64 to i32
            %v381 = arith.ori %v169, %v380 : i32
            %v383, %v384 = gpu.shuffle idx %v364, %v381, %v382 : f32
            %v385, %v386 = gpu.shuffle idx %v372, %v381, %v382 : f32
            %v387 = arith.addi %v314, %v379 : i64
            %v388 = arith.cmpi slt, %v380, %v374 : i32
            scf.if %v388 {
              %v389 = arith.addi %v211, %v387 : i64
              %v391 = arith.muli %v42, %v390 : i64
              %v392 = arith.muli %v32, %v2 : i64
              %v393 = arith.addi %v391, %v392 : i64
              %v394 = llvm.getelementptr %in_A[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v395 = llvm.load %v394 : !llvm.ptr -> f32
              %v396 = arith.mulf %v383, %v395 fastmath<contract> : f32
              %v397 = arith.mulf %v396, %v334 fastmath<contract> : f32
              %v398 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v397) : (f32) -> f32
              %v399 = arith.muli %v32, %v238 : i64
              %v400 = arith.subi %v389, %v211 : i64
              %v401 = arith.addi %v399, %v400 : i64
              %v402 = llvm.getelementptr %v65[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v403 = llvm.load %v402 : !llvm.ptr -> f32
              %v404 = arith.mulf %v403, %v385 fastmath<contract> : f32
              %v405 = llvm.load %v11 : !llvm.ptr -> f32
              %v406 = arith.mulf %v398, %v405 fastmath<contract> : f32
              %v407 = arith.addf %v406, %v404 fastmath<contract> : f32
              llvm.store %v407, %v11 : f32, !llvm.ptr
              %v408 = arith.muli %v42, %v390 : i64
              %v409 = arith.constant 8 : i64
              %v410 = arith.addi %v409, %v32 : i64
              %v411 = arith.muli %v410, %v2 : i64
              %v412 = arith.addi %v408, %v411 : i64
              %v413 = llvm.getelementptr %in_A[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v414 = llvm.load %v413 : !llvm.ptr -> f32
              %v415 = arith.mulf %v383, %v414 fastmath<contract> : f32
              %v416 = arith.mulf %v415, %v334 fastmath<contract> : f32
              %v417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v416) : (f32) -> f32
              %v418 = arith.constant 8 : i64
              %v419 = arith.addi %v418, %v32 : i64
              %v420 = arith.muli %v419, %v238 : i64
              %v421 = arith.subi %v389, %v211 : i64
              %v422 = arith.addi %v420, %v421 : i64
              %v423 = llvm.getelementptr %v65[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v424 = llvm.load %v423 : !llvm.ptr -> f32
              %v425 = arith.mulf %v424, %v385 fastmath<contract> : f32
              %v426 = llvm.load %v12 : !llvm.ptr -> f32
              %v427 = arith.mulf %v417, %v426 fastmath<contract> : f32
              %v428 = arith.addf %v427, %v425 fastmath<contract> : f32
              llvm.store %v428, %v12 : f32, !llvm.ptr
            }
          }
        }
        %v430 = arith.addi %v215, %v429 : i64
        %v431 = arith.divui %v430, %v46 : i64
        %v432 = arith.index_cast %v70 : i64 to index
        %v433 = arith.index_cast %v431 : i64 to index
        %v434 = arith.index_cast %v2 : i64 to index
        scf.for %v435 = %v432 to %v433 step %v434 {
          %v436 = arith.index_cast %v435 : index to i64
          %v437 = arith.muli %v436, %v46 : i64
          %v438 = arith.addi %v437, %v46 : i64
          %v439 = arith.index_cast %v437 : i64 to index
          %v440 = arith.index_cast %v438 : i64 to index
          %v441 = arith.index_cast %v2 : i64 to index
          scf.for %v442 = %v439 to %v440 step %v441 {
            %v443 = arith.index_cast %v442 : index to i64
            %v444 = arith.cmpi slt, %v443, %v215 : i64
            scf.if %v444 {
              %v445 = arith.subi %v215, %v2 : i64
              %v446 = arith.subi %v445, %v443 : i64
              %v447 = arith.muli %v446, %v31 : i64
              %v448 = arith.remui %v443, %v46 : i64
              %v449 = arith.muli %v448, %v31 : i64
              %v450 = arith.addi %v201, %v446 : i64
              %v451 = arith.subi %v213, %v2 : i64
              %v452 = arith.muli %v450, %v4 : i64
              %v453 = arith.subi %v4, %v2 : i64
              %v454 = arith.minsi %v38, %v453 : i64
              %v455 = arith.addi %v452, %v454 : i64
              %v456 = arith.muli %v455, %v1 : i64
              %v457 = arith.addi %v456, %v70 : i64
              %v458 = arith.addi %v457, %v32 : i64
              %v459 = llvm.getelementptr %scratch_h[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v460 = llvm.load %v459 : !llvm.ptr -> f32
              %v461 = arith.muli %v450, %v4 : i64
              %v462 = arith.subi %v4, %v2 : i64
              %v463 = arith.minsi %v38, %v462 : i64
              %v464 = arith.addi %v461, %v463 : i64
              %v465 = arith.muli %v464, %v1 : i64
              %v466 = arith.addi %v465, %v31 : i64
              %v467 = arith.addi %v466, %v32 : i64
              %v468 = llvm.getelementptr %scratch_h[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v469 = llvm.load %v468 : !llvm.ptr -> f32
              %v470 = arith.addi %v447, %v32 : i64
              %v471 = arith.minsi %v470, %v451 : i64
              %v472 = arith.addi %v211, %v471 : i64
              %v473 = arith.muli %v44, %v319 : i64
              %v474 = arith.muli %v472, %v318 : i64
              %v475 = arith.addi %v473, %v474 : i64
              %v476 = arith.muli %v42, %v2 : i64
              %v477 = arith.addi %v475, %v476 : i64
              %v478 = llvm.getelementptr %in_delta[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v479 = llvm.load %v478 : !llvm.ptr -> f32
              %v480 = arith.muli %v42, %v2 : i64
              %v481 = llvm.getelementptr %in_dt_bias[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v482 = llvm.load %v481 : !llvm.ptr -> f32
              %v483 = arith.addf %v479, %v482 fastmath<contract> : f32
              %v484 = arith.maximumf %v483, %v68 : f32
              %v485 = llvm.call_intrinsic "llvm.fabs.f32"(%v483) : (f32) -> f32
              %v486 = arith.negf %v485 : f32
              %v487 = arith.mulf %v486, %v334 fastmath<contract> : f32
              %v488 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v487) : (f32) -> f32
              %v489 = arith.addf %v69, %v488 fastmath<contract> : f32
              %v490 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v489) : (f32) -> f32
              %v491 = arith.mulf %v490, %v339 fastmath<contract> : f32
              %v492 = arith.mulf %v341, %v488 fastmath<contract> : f32
              %v493 = arith.addf %v492, %v343 fastmath<contract> : f32
              %v494 = arith.mulf %v493, %v488 fastmath<contract> : f32
              %v495 = arith.addf %v494, %v346 fastmath<contract> : f32
              %v496 = arith.mulf %v495, %v488 fastmath<contract> : f32
              %v497 = arith.addf %v496, %v349 fastmath<contract> : f32
              %v498 = arith.mulf %v497, %v488 fastmath<contract> : f32
              %v499 = arith.addf %v498, %v352 fastmath<contract> : f32
              %v500 = arith.mulf %v499, %v488 fastmath<contract> : f32
              %v501 = arith.addf %v500, %v355 fastmath<contract> : f32
              %v502 = arith.mulf %v501, %v488 fastmath<contract> : f32
              %v503 = arith.addf %v502, %v69 fastmath<contract> : f32
              %v504 = arith.mulf %v503, %v488 fastmath<contract> : f32
              %v505 = llvm.call_intrinsic "llvm.fabs.f32"(%v488) : (f32) -> f32
              %v506 = arith.cmpf olt, %v505, %v361 : f32
              %v507 = arith.select %v506, %v504, %v491 : f32
              %v508 = arith.addf %v484, %v507 fastmath<contract> : f32
              %v509 = arith.muli %v44, %v319 : i64
              %v510 = arith.muli %v472, %v318 : i64
              %v511 = arith.addi %v509, %v510 : i64
              %v512 = arith.muli %v42, %v2 : i64
              %v513 = arith.addi %v511, %v512 : i64
              %v514 = llvm.getelementptr %in_u[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v515 = llvm.load %v514 : !llvm.ptr -> f32
              %v516 = arith.mulf %v508, %v515 fastmath<contract> : f32
              %v517 = arith.muli %v44, %v319 : i64
              %v518 = arith.muli %v472, %v318 : i64
              %v519 = arith.addi %v517, %v518 : i64
              %v520 = arith.muli %v42, %v2 : i64
              %v521 = arith.addi %v519, %v520 : i64
              %v522 = llvm.getelementptr %in_z[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v523 = llvm.load %v522 : !llvm.ptr -> f32
              %v524 = arith.negf %v523 : f32
              %v525 = arith.mulf %v524, %v334 fastmath<contract> : f32
              %v526 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v525) : (f32) -> f32
              %v527 = arith.addf %v69, %v526 fastmath<contract> : f32
              %v528 = arith.divf %v69, %v527 : f32
              %v529 = arith.mulf %v523, %v528 fastmath<contract> : f32
              %v530 = arith.negf %v523 : f32
              %v531 = arith.mulf %v530, %v334 fastmath<contract> : f32
              %v532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v531) : (f32) -> f32
              %v533 = arith.addf %v69, %v532 fastmath<contract> : f32
              %v534 = arith.divf %v69, %v533 : f32
              %v535 = arith.subf %v69, %v534 fastmath<contract> : f32
              %v536 = arith.mulf %v523, %v535 fastmath<contract> : f32
              %v537 = arith.addf %v69, %v536 fastmath<contract> : f32
              %v538 = arith.mulf %v534, %v537 fastmath<contract> : f32
              %v539 = arith.negf %v483 : f32
              %v540 = arith.mulf %v539, %v334 fastmath<contract> : f32
              %v541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v540) : (f32) -> f32
              %v542 = arith.addf %v69, %v541 fastmath<contract> : f32
              %v543 = arith.divf %v69, %v542 : f32
              // the group's states, recomputed into registers
              %v544 = arith.addi %v447, %v70 : i64
              %v545 = arith.minsi %v544, %v451 : i64
              %v546 = arith.addi %v211, %v545 : i64
              %v547, %v548 = gpu.shuffle idx %v508, %v169, %v382 : f32
              %v549, %v550 = gpu.shuffle idx %v516, %v169, %v382 : f32
              %v551 = arith.muli %v42, %v390 : i64
              %v552 = arith.muli %v32, %v2 : i64
              %v553 = arith.addi %v551, %v552 : i64
              %v554 = llvm.getelementptr %in_A[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v555 = llvm.load %v554 : !llvm.ptr -> f32
              %v556 = arith.mulf %v547, %v555 fastmath<contract> : f32
              %v557 = arith.mulf %v556, %v334 fastmath<contract> : f32
              %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
              %v559 = arith.muli %v32, %v238 : i64
              %v560 = arith.subi %v546, %v211 : i64
              %v561 = arith.addi %v559, %v560 : i64
              %v562 = llvm.getelementptr %v65[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v563 = llvm.load %v562 : !llvm.ptr -> f32
              %v564 = arith.mulf %v563, %v549 fastmath<contract> : f32
              %v565 = arith.mulf %v558, %v460 fastmath<contract> : f32
              %v566 = arith.addf %v565, %v564 fastmath<contract> : f32
              %v567 = arith.muli %v42, %v390 : i64
              %v568 = arith.constant 8 : i64
              %v569 = arith.addi %v568, %v32 : i64
              %v570 = arith.muli %v569, %v2 : i64
              %v571 = arith.addi %v567, %v570 : i64
              %v572 = llvm.getelementptr %in_A[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v573 = llvm.load %v572 : !llvm.ptr -> f32
              %v574 = arith.mulf %v547, %v573 fastmath<contract> : f32
              %v575 = arith.mulf %v574, %v334 fastmath<contract> : f32
              %v576 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v575) : (f32) -> f32
              %v577 = arith.constant 8 : i64
              %v578 = arith.addi %v577, %v32 : i64
              %v579 = arith.muli %v578, %v238 : i64
              %v580 = arith.subi %v546, %v211 : i64
              %v581 = arith.addi %v579, %v580 : i64
              %v582 = llvm.getelementptr %v65[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v583 = llvm.load %v582 : !llvm.ptr -> f32
              %v584 = arith.mulf %v583, %v549 fastmath<contract> : f32
              %v585 = arith.mulf %v576, %v469 fastmath<contract> : f32
              %v586 = arith.addf %v585, %v584 fastmath<contract> : f32
              %v587 = arith.addi %v447, %v2 : i64
              %v588 = arith.minsi %v587, %v451 : i64
              %v589 = arith.addi %v211, %v588 : i64
              %v590, %v591 = gpu.shuffle idx %v508, %v173, %v382 : f32
              %v592, %v593 = gpu.shuffle idx %v516, %v173, %v382 : f32
              %v594 = arith.muli %v42, %v390 : i64
              %v595 = arith.muli %v32, %v2 : i64
              %v596 = arith.addi %v594, %v595 : i64
              %v597 = llvm.getelementptr %in_A[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v598 = llvm.load %v597 : !llvm.ptr -> f32
              %v599 = arith.mulf %v590, %v598 fastmath<contract> : f32
              %v600 = arith.mulf %v599, %v334 fastmath<contract> : f32
              %v601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v600) : (f32) -> f32
              %v602 = arith.muli %v32, %v238 : i64
              %v603 = arith.subi %v589, %v211 : i64
              %v604 = arith.addi %v602, %v603 : i64
              %v605 = llvm.getelementptr %v65[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v606 = llvm.load %v605 : !llvm.ptr -> f32
              %v607 = arith.mulf %v606, %v592 fastmath<contract> : f32
              %v608 = arith.mulf %v601, %v566 fastmath<contract> : f32
              %v609 = arith.addf %v608, %v607 fastmath<contract> : f32
              %v610 = arith.muli %v42, %v390 : i64
              %v611 = arith.constant 8 : i64
              %v612 = arith.addi %v611, %v32 : i64
              %v613 = arith.muli %v612, %v2 : i64
              %v614 = arith.addi %v610, %v613 : i64
              %v615 = llvm.getelementptr %in_A[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v616 = llvm.load %v615 : !llvm.ptr -> f32
              %v617 = arith.mulf %v590, %v616 fastmath<contract> : f32
              %v618 = arith.mulf %v617, %v334 fastmath<contract> : f32
              %v619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v618) : (f32) -> f32
              %v620 = arith.constant 8 : i64
              %v621 = arith.addi %v620, %v32 : i64
              %v622 = arith.muli %v621, %v238 : i64
              %v623 = arith.subi %v589, %v211 : i64
              %v624 = arith.addi %v622, %v623 : i64
              %v625 = llvm.getelementptr %v65[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v626 = llvm.load %v625 : !llvm.ptr -> f32
              %v627 = arith.mulf %v626, %v592 fastmath<contract> : f32
              %v628 = arith.mulf %v619, %v586 fastmath<contract> : f32
              %v629 = arith.addf %v628, %v627 fastmath<contract> : f32
              %v631 = arith.addi %v447, %v630 : i64
              %v632 = arith.minsi %v631, %v451 : i64
              %v633 = arith.addi %v211, %v632 : i64
              %v634, %v635 = gpu.shuffle idx %v508, %v177, %v382 : f32
              %v636, %v637 = gpu.shuffle idx %v516, %v177, %v382 : f32
              %v638 = arith.muli %v42, %v390 : i64
              %v639 = arith.muli %v32, %v2 : i64
              %v640 = arith.addi %v638, %v639 : i64
              %v641 = llvm.getelementptr %in_A[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v642 = llvm.load %v641 : !llvm.ptr -> f32
              %v643 = arith.mulf %v634, %v642 fastmath<contract> : f32
              %v644 = arith.mulf %v643, %v334 fastmath<contract> : f32
              %v645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v644) : (f32) -> f32
              %v646 = arith.muli %v32, %v238 : i64
              %v647 = arith.subi %v633, %v211 : i64
              %v648 = arith.addi %v646, %v647 : i64
              %v649 = llvm.getelementptr %v65[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v650 = llvm.load %v649 : !llvm.ptr -> f32
              %v651 = arith.mulf %v650, %v636 fastmath<contract> : f32
              %v652 = arith.mulf %v645, %v609 fastmath<contract> : f32
              %v653 = arith.addf %v652, %v651 fastmath<contract> : f32
              %v654 = arith.muli %v42, %v390 : i64
              %v655 = arith.constant 8 : i64
              %v656 = arith.addi %v655, %v32 : i64
              %v657 = arith.muli %v656, %v2 : i64
              %v658 = arith.addi %v654, %v657 : i64
              %v659 = llvm.getelementptr %in_A[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v660 = llvm.load %v659 : !llvm.ptr -> f32
              %v661 = arith.mulf %v634, %v660 fastmath<contract> : f32
              %v662 = arith.mulf %v661, %v334 fastmath<contract> : f32
              %v663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v662) : (f32) -> f32
              %v664 = arith.constant 8 : i64
              %v665 = arith.addi %v664, %v32 : i64
              %v666 = arith.muli %v665, %v238 : i64
              %v667 = arith.subi %v633, %v211 : i64
              %v668 = arith.addi %v666, %v667 : i64
              %v669 = llvm.getelementptr %v65[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v670 = llvm.load %v669 : !llvm.ptr -> f32
              %v671 = arith.mulf %v670, %v636 fastmath<contract> : f32
              %v672 = arith.mulf %v663, %v629 fastmath<contract> : f32
              %v673 = arith.addf %v672, %v671 fastmath<contract> : f32
              %v674 = arith.addi %v447, %v429 : i64
              %v675 = arith.minsi %v674, %v451 : i64
              %v676 = arith.addi %v211, %v675 : i64
              %v677, %v678 = gpu.shuffle idx %v508, %v181, %v382 : f32
              %v679, %v680 = gpu.shuffle idx %v516, %v181, %v382 : f32
              %v681 = arith.muli %v42, %v390 : i64
              %v682 = arith.muli %v32, %v2 : i64
              %v683 = arith.addi %v681, %v682 : i64
              %v684 = llvm.getelementptr %in_A[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v685 = llvm.load %v684 : !llvm.ptr -> f32
              %v686 = arith.mulf %v677, %v685 fastmath<contract> : f32
              %v687 = arith.mulf %v686, %v334 fastmath<contract> : f32
              %v688 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v687) : (f32) -> f32
              %v689 = arith.muli %v32, %v238 : i64
              %v690 = arith.subi %v676, %v211 : i64
              %v691 = arith.addi %v689, %v690 : i64
              %v692 = llvm.getelementptr %v65[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v693 = llvm.load %v692 : !llvm.ptr -> f32
              %v694 = arith.mulf %v693, %v679 fastmath<contract> : f32
              %v695 = arith.mulf %v688, %v653 fastmath<contract> : f32
              %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
              %v697 = arith.muli %v42, %v390 : i64
              %v698 = arith.constant 8 : i64
              %v699 = arith.addi %v698, %v32 : i64
              %v700 = arith.muli %v699, %v2 : i64
              %v701 = arith.addi %v697, %v700 : i64
              %v702 = llvm.getelementptr %in_A[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v703 = llvm.load %v702 : !llvm.ptr -> f32
              %v704 = arith.mulf %v677, %v703 fastmath<contract> : f32
              %v705 = arith.mulf %v704, %v334 fastmath<contract> : f32
              %v706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v705) : (f32) -> f32
              %v707 = arith.constant 8 : i64
              %v708 = arith.addi %v707, %v32 : i64
              %v709 = arith.muli %v708, %v238 : i64
              %v710 = arith.subi %v676, %v211 : i64
              %v711 = arith.addi %v709, %v710 : i64
              %v712 = llvm.getelementptr %v65[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v713 = llvm.load %v712 : !llvm.ptr -> f32
              %v714 = arith.mulf %v713, %v679 fastmath<contract> : f32
              %v715 = arith.mulf %v706, %v673 fastmath<contract> : f32
              %v716 = arith.addf %v715, %v714 fastmath<contract> : f32
              %v717 = arith.addi %v447, %v46 : i64
              %v718 = arith.minsi %v717, %v451 : i64
              %v719 = arith.addi %v211, %v718 : i64
              %v720, %v721 = gpu.shuffle idx %v508, %v185, %v382 : f32
              %v722, %v723 = gpu.shuffle idx %v516, %v185, %v382 : f32
              %v724 = arith.muli %v42, %v390 : i64
              %v725 = arith.muli %v32, %v2 : i64
              %v726 = arith.addi %v724, %v725 : i64
              %v727 = llvm.getelementptr %in_A[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v728 = llvm.load %v727 : !llvm.ptr -> f32
              %v729 = arith.mulf %v720, %v728 fastmath<contract> : f32
              %v730 = arith.mulf %v729, %v334 fastmath<contract> : f32
              %v731 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v730) : (f32) -> f32
              %v732 = arith.muli %v32, %v238 : i64
              %v733 = arith.subi %v719, %v211 : i64
              %v734 = arith.addi %v732, %v733 : i64
              %v735 = llvm.getelementptr %v65[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v736 = llvm.load %v735 : !llvm.ptr -> f32
              %v737 = arith.mulf %v736, %v722 fastmath<contract> : f32
              %v738 = arith.mulf %v731, %v696 fastmath<contract> : f32
              %v739 = arith.addf %v738, %v737 fastmath<contract> : f32
              %v740 = arith.muli %v42, %v390 : i64
              %v741 = arith.constant 8 : i64
              %v742 = arith.addi %v741, %v32 : i64
              %v743 = arith.muli %v742, %v2 : i64
              %v744 = arith.addi %v740, %v743 : i64
              %v745 = llvm.getelementptr %in_A[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v746 = llvm.load %v745 : !llvm.ptr -> f32
              %v747 = arith.mulf %v720, %v746 fastmath<contract> : f32
              %v748 = arith.mulf %v747, %v334 fastmath<contract> : f32
              %v749 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v748) : (f32) -> f32
              %v750 = arith.constant 8 : i64
              %v751 = arith.addi %v750, %v32 : i64
              %v752 = arith.muli %v751, %v238 : i64
              %v753 = arith.subi %v719, %v211 : i64
              %v754 = arith.addi %v752, %v753 : i64
              %v755 = llvm.getelementptr %v65[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v756 = llvm.load %v755 : !llvm.ptr -> f32
              %v757 = arith.mulf %v756, %v722 fastmath<contract> : f32
              %v758 = arith.mulf %v749, %v716 fastmath<contract> : f32
              %v759 = arith.addf %v758, %v757 fastmath<contract> : f32
              %v761 = arith.addi %v447, %v760 : i64
              %v762 = arith.minsi %v761, %v451 : i64
              %v763 = arith.addi %v211, %v762 : i64
              %v764, %v765 = gpu.shuffle idx %v508, %v189, %v382 : f32
              %v766, %v767 = gpu.shuffle idx %v516, %v189, %v382 : f32
              %v768 = arith.muli %v42, %v390 : i64
              %v769 = arith.muli %v32, %v2 : i64
              %v770 = arith.addi %v768, %v769 : i64
              %v771 = llvm.getelementptr %in_A[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v772 = llvm.load %v771 : !llvm.ptr -> f32
              %v773 = arith.mulf %v764, %v772 fastmath<contract> : f32
              %v774 = arith.mulf %v773, %v334 fastmath<contract> : f32
              %v775 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v774) : (f32) -> f32
              %v776 = arith.muli %v32, %v238 : i64
              %v777 = arith.subi %v763, %v211 : i64
              %v778 = arith.addi %v776, %v777 : i64
              %v779 = llvm.getelementptr %v65[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v780 = llvm.load %v779 : !llvm.ptr -> f32
              %v781 = arith.mulf %v780, %v766 fastmath<contract> : f32
              %v782 = arith.mulf %v775, %v739 fastmath<contract> : f32
              %v783 = arith.addf %v782, %v781 fastmath<contract> : f32
              %v784 = arith.muli %v42, %v390 : i64
              %v785 = arith.constant 8 : i64
              %v786 = arith.addi %v785, %v32 : i64
              %v787 = arith.muli %v786, %v2 : i64
              %v788 = arith.addi %v784, %v787 : i64
              %v789 = llvm.getelementptr %in_A[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v790 = llvm.load %v789 : !llvm.ptr -> f32
              %v791 = arith.mulf %v764, %v790 fastmath<contract> : f32
              %v792 = arith.mulf %v791, %v334 fastmath<contract> : f32
              %v793 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v792) : (f32) -> f32
              %v794 = arith.constant 8 : i64
              %v795 = arith.addi %v794, %v32 : i64
              %v796 = arith.muli %v795, %v238 : i64
              %v797 = arith.subi %v763, %v211 : i64
              %v798 = arith.addi %v796, %v797 : i64
              %v799 = llvm.getelementptr %v65[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v800 = llvm.load %v799 : !llvm.ptr -> f32
              %v801 = arith.mulf %v800, %v766 fastmath<contract> : f32
              %v802 = arith.mulf %v793, %v759 fastmath<contract> : f32
              %v803 = arith.addf %v802, %v801 fastmath<contract> : f32
              %v805 = arith.addi %v447, %v804 : i64
              %v806 = arith.minsi %v805, %v451 : i64
              %v807 = arith.addi %v211, %v806 : i64
              %v808, %v809 = gpu.shuffle idx %v508, %v193, %v382 : f32
              %v810, %v811 = gpu.shuffle idx %v516, %v193, %v382 : f32
              %v812 = arith.muli %v42, %v390 : i64
              %v813 = arith.muli %v32, %v2 : i64
              %v814 = arith.addi %v812, %v813 : i64
              %v815 = llvm.getelementptr %in_A[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v816 = llvm.load %v815 : !llvm.ptr -> f32
              %v817 = arith.mulf %v808, %v816 fastmath<contract> : f32
              %v818 = arith.mulf %v817, %v334 fastmath<contract> : f32
              %v819 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v818) : (f32) -> f32
              %v820 = arith.muli %v32, %v238 : i64
              %v821 = arith.subi %v807, %v211 : i64
              %v822 = arith.addi %v820, %v821 : i64
              %v823 = llvm.getelementptr %v65[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v824 = llvm.load %v823 : !llvm.ptr -> f32
              %v825 = arith.mulf %v824, %v810 fastmath<contract> : f32
              %v826 = arith.mulf %v819, %v783 fastmath<contract> : f32
              %v827 = arith.addf %v826, %v825 fastmath<contract> : f32
              %v828 = arith.muli %v42, %v390 : i64
              %v829 = arith.constant 8 : i64
              %v830 = arith.addi %v829, %v32 : i64
              %v831 = arith.muli %v830, %v2 : i64
              %v832 = arith.addi %v828, %v831 : i64
              %v833 = llvm.getelementptr %in_A[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v834 = llvm.load %v833 : !llvm.ptr -> f32
              %v835 = arith.mulf %v808, %v834 fastmath<contract> : f32
              %v836 = arith.mulf %v835, %v334 fastmath<contract> : f32
              %v837 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v836) : (f32) -> f32
              %v838 = arith.constant 8 : i64
              %v839 = arith.addi %v838, %v32 : i64
              %v840 = arith.muli %v839, %v238 : i64
              %v841 = arith.subi %v807, %v211 : i64
              %v842 = arith.addi %v840, %v841 : i64
              %v843 = llvm.getelementptr %v65[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v844 = llvm.load %v843 : !llvm.ptr -> f32
              %v845 = arith.mulf %v844, %v810 fastmath<contract> : f32
              %v846 = arith.mulf %v837, %v803 fastmath<contract> : f32
              %v847 = arith.addf %v846, %v845 fastmath<contract> : f32
              %v848 = arith.addi %v447, %v161 : i64
              %v849 = arith.minsi %v848, %v451 : i64
              %v850 = arith.addi %v211, %v849 : i64
              %v851, %v852 = gpu.shuffle idx %v508, %v197, %v382 : f32
              %v853, %v854 = gpu.shuffle idx %v516, %v197, %v382 : f32
              %v855 = arith.muli %v42, %v390 : i64
              %v856 = arith.muli %v32, %v2 : i64
              %v857 = arith.addi %v855, %v856 : i64
              %v858 = llvm.getelementptr %in_A[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v859 = llvm.load %v858 : !llvm.ptr -> f32
              %v860 = arith.mulf %v851, %v859 fastmath<contract> : f32
              %v861 = arith.mulf %v860, %v334 fastmath<contract> : f32
              %v862 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v861) : (f32) -> f32
              %v863 = arith.muli %v32, %v238 : i64
              %v864 = arith.subi %v850, %v211 : i64
              %v865 = arith.addi %v863, %v864 : i64
              %v866 = llvm.getelementptr %v65[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v867 = llvm.load %v866 : !llvm.ptr -> f32
              %v868 = arith.mulf %v867, %v853 fastmath<contract> : f32
              %v869 = arith.mulf %v862, %v827 fastmath<contract> : f32
              %v870 = arith.addf %v869, %v868 fastmath<contract> : f32
              %v871 = arith.muli %v42, %v390 : i64
              %v872 = arith.constant 8 : i64
              %v873 = arith.addi %v872, %v32 : i64
              %v874 = arith.muli %v873, %v2 : i64
              %v875 = arith.addi %v871, %v874 : i64
              %v876 = llvm.getelementptr %in_A[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v877 = llvm.load %v876 : !llvm.ptr -> f32
              %v878 = arith.mulf %v851, %v877 fastmath<contract> : f32
              %v879 = arith.mulf %v878, %v334 fastmath<contract> : f32
              %v880 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v879) : (f32) -> f32
              %v881 = arith.constant 8 : i64
              %v882 = arith.addi %v881, %v32 : i64
              %v883 = arith.muli %v882, %v238 : i64
              %v884 = arith.subi %v850, %v211 : i64
              %v885 = arith.addi %v883, %v884 : i64
              %v886 = llvm.getelementptr %v65[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v887 = llvm.load %v886 : !llvm.ptr -> f32
              %v888 = arith.mulf %v887, %v853 fastmath<contract> : f32
              %v889 = arith.mulf %v880, %v847 fastmath<contract> : f32
              %v890 = arith.addf %v889, %v888 fastmath<contract> : f32
              %v894 = arith.shrui %v32, %v70 : i64
              %v895 = arith.andi %v894, %v2 : i64
              %v896 = arith.cmpi ne, %v895, %v70 : i64
              %v897 = arith.shrui %v32, %v2 : i64
              %v898 = arith.andi %v897, %v2 : i64
              %v899 = arith.cmpi ne, %v898, %v70 : i64
              %v900 = arith.shrui %v32, %v630 : i64
              %v901 = arith.andi %v900, %v2 : i64
              %v902 = arith.cmpi ne, %v901, %v70 : i64
              %v903 = arith.subi %v213, %v447 : i64
              %v904 = arith.trunci %v903 : i64 to i32
              %v905 = arith.subi %size_L, %v2 : i64
              %v906 = arith.addi %v211, %v447 : i64
              %v907 = arith.subi %v905, %v906 : i64
              %v909 = arith.minsi %v907, %v908 : i64
              %v910 = arith.trunci %v909 : i64 to i32
              %v911 = arith.addi %v447, %v161 : i64
              %v913 = arith.cmpi slt, %v912, %v904 : i32
              %v914 = arith.cmpi eq, %v912, %v910 : i32
              %v915, %v916 = gpu.shuffle idx %v508, %v197, %v382 : f32
              %v917, %v918 = gpu.shuffle idx %v516, %v197, %v382 : f32
              %v919, %v920 = gpu.shuffle idx %v529, %v197, %v382 : f32
              %v921, %v922 = gpu.shuffle idx %v538, %v197, %v382 : f32
              %v923, %v924 = gpu.shuffle idx %v543, %v197, %v382 : f32
              %v925 = arith.addi %v449, %v70 : i64
              llvm.store %v68, %v891 : f32, !llvm.ptr
              llvm.store %v68, %v892 : f32, !llvm.ptr
              llvm.store %v68, %v893 : f32, !llvm.ptr
              scf.if %v913 {
                %v926 = arith.addi %v211, %v911 : i64
                %v927 = arith.muli %v32, %v238 : i64
                %v928 = arith.subi %v926, %v211 : i64
                %v929 = arith.addi %v927, %v928 : i64
                %v930 = llvm.getelementptr %v67[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v931 = llvm.load %v930 : !llvm.ptr -> f32
                %v932 = arith.muli %v44, %v319 : i64
                %v933 = arith.muli %v926, %v318 : i64
                %v934 = arith.addi %v932, %v933 : i64
                %v935 = arith.muli %v42, %v2 : i64
                %v936 = arith.addi %v934, %v935 : i64
                %v937 = llvm.getelementptr %dy_y[%v936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v938 = llvm.load %v937 : !llvm.ptr -> f32
                %v939 = arith.mulf %v919, %v938 fastmath<contract> : f32
                %v940 = arith.mulf %v931, %v939 fastmath<contract> : f32
                %v941 = llvm.load %v50 : !llvm.ptr -> f32
                %v942 = llvm.load %v52 : !llvm.ptr -> f32
                %v943 = arith.mulf %v942, %v941 fastmath<contract> : f32
                %v944 = arith.addf %v940, %v943 fastmath<contract> : f32
                llvm.store %v944, %v50 : f32, !llvm.ptr
                %v945 = arith.constant 8 : i64
                %v946 = arith.addi %v945, %v32 : i64
                %v947 = arith.muli %v946, %v238 : i64
                %v948 = arith.subi %v926, %v211 : i64
                %v949 = arith.addi %v947, %v948 : i64
                %v950 = llvm.getelementptr %v67[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v951 = llvm.load %v950 : !llvm.ptr -> f32
                %v952 = arith.mulf %v951, %v939 fastmath<contract> : f32
                %v953 = llvm.load %v51 : !llvm.ptr -> f32
                %v954 = llvm.load %v53 : !llvm.ptr -> f32
                %v955 = arith.mulf %v954, %v953 fastmath<contract> : f32
                %v956 = arith.addf %v952, %v955 fastmath<contract> : f32
                llvm.store %v956, %v51 : f32, !llvm.ptr
                scf.if %v914 {
                  %v957 = arith.muli %v44, %v117 : i64
                  %v958 = arith.muli %v42, %v116 : i64
                  %v959 = arith.addi %v957, %v958 : i64
                  %v960 = arith.muli %v32, %v2 : i64
                  %v961 = arith.addi %v959, %v960 : i64
                  %v962 = llvm.getelementptr %dy_h_last[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v963 = llvm.load %v962 : !llvm.ptr -> f32
                  %v964 = llvm.load %v50 : !llvm.ptr -> f32
                  %v965 = arith.addf %v964, %v963 fastmath<contract> : f32
                  llvm.store %v965, %v50 : f32, !llvm.ptr
                  %v966 = arith.muli %v44, %v117 : i64
                  %v967 = arith.muli %v42, %v116 : i64
                  %v968 = arith.addi %v966, %v967 : i64
                  %v969 = arith.constant 8 : i64
                  %v970 = arith.addi %v969, %v32 : i64
                  %v971 = arith.muli %v970, %v2 : i64
                  %v972 = arith.addi %v968, %v971 : i64
                  %v973 = llvm.getelementptr %dy_h_last[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v974 = llvm.load %v973 : !llvm.ptr -> f32
                  %v975 = llvm.load %v51 : !llvm.ptr -> f32
                  %v976 = arith.addf %v975, %v974 fastmath<contract> : f32
                  llvm.store %v976, %v51 : f32, !llvm.ptr
                }
                %v977 = arith.muli %v42, %v390 : i64
                %v978 = arith.muli %v32, %v2 : i64
                %v979 = arith.addi %v977, %v978 : i64
                %v980 = llvm.getelementptr %in_A[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v981 = llvm.load %v980 : !llvm.ptr -> f32
                %v982 = arith.mulf %v915, %v981 fastmath<contract> : f32
                %v983 = arith.mulf %v982, %v334 fastmath<contract> : f32
                %v984 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v983) : (f32) -> f32
                %v985 = llvm.load %v50 : !llvm.ptr -> f32
                %v986 = arith.mulf %v827, %v985 fastmath<contract> : f32
                %v987 = arith.mulf %v984, %v986 fastmath<contract> : f32
                %v988 = arith.mulf %v915, %v987 fastmath<contract> : f32
                %v989 = llvm.load %v54 : !llvm.ptr -> f32
                %v990 = arith.addf %v989, %v988 fastmath<contract> : f32
                llvm.store %v990, %v54 : f32, !llvm.ptr
                %v991 = arith.muli %v42, %v390 : i64
                %v992 = arith.constant 8 : i64
                %v993 = arith.addi %v992, %v32 : i64
                %v994 = arith.muli %v993, %v2 : i64
                %v995 = arith.addi %v991, %v994 : i64
                %v996 = llvm.getelementptr %in_A[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v997 = llvm.load %v996 : !llvm.ptr -> f32
                %v998 = arith.mulf %v915, %v997 fastmath<contract> : f32
                %v999 = arith.mulf %v998, %v334 fastmath<contract> : f32
                %v1000 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v999) : (f32) -> f32
                %v1001 = llvm.load %v51 : !llvm.ptr -> f32
                %v1002 = arith.mulf %v847, %v1001 fastmath<contract> : f32
                %v1003 = arith.mulf %v1000, %v1002 fastmath<contract> : f32
                %v1004 = arith.mulf %v915, %v1003 fastmath<contract> : f32
                %v1005 = llvm.load %v55 : !llvm.ptr -> f32
                %v1006 = arith.addf %v1005, %v1004 fastmath<contract> : f32
                llvm.store %v1006, %v55 : f32, !llvm.ptr
                %v1007 = arith.mulf %v917, %v985 fastmath<contract> : f32
                %v1008 = arith.select %v36, %v1007, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1010, %v1011 = gpu.shuffle xor %v1008, %v1009, %v382 : f32
                %v1012 = arith.addf %v1008, %v1010 fastmath<contract> : f32
                %v1014, %v1015 = gpu.shuffle xor %v1012, %v1013, %v382 : f32
                %v1016 = arith.addf %v1012, %v1014 fastmath<contract> : f32
                %v1017 = arith.divui %v17, %v19 : i64
                %v1018 = arith.remui %v17, %v19 : i64
                %v1019 = arith.cmpi ult, %v1018, %v31 : i64
                %v1020 = arith.addi %v70, %v32 : i64
                %v1021 = arith.muli %v1017, %v1 : i64
                %v1022 = arith.addi %v1021, %v1020 : i64
                %v1024 = arith.muli %v1022, %v1023 : i64
                %v1025 = arith.addi %v1024, %v925 : i64
                scf.if %v1019 {
                  %v1026 = llvm.getelementptr %v61[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1016, %v1026 : f32, !llvm.ptr
                }
                %v1027 = arith.mulf %v917, %v1001 fastmath<contract> : f32
                %v1028 = arith.select %v36, %v1027, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1029, %v1030 = gpu.shuffle xor %v1028, %v1009, %v382 : f32
                %v1031 = arith.addf %v1028, %v1029 fastmath<contract> : f32
                %v1032, %v1033 = gpu.shuffle xor %v1031, %v1013, %v382 : f32
                %v1034 = arith.addf %v1031, %v1032 fastmath<contract> : f32
                %v1035 = arith.divui %v17, %v19 : i64
                %v1036 = arith.remui %v17, %v19 : i64
                %v1037 = arith.cmpi ult, %v1036, %v31 : i64
                %v1038 = arith.addi %v31, %v32 : i64
                %v1039 = arith.muli %v1035, %v1 : i64
                %v1040 = arith.addi %v1039, %v1038 : i64
                %v1041 = arith.muli %v1040, %v1023 : i64
                %v1042 = arith.addi %v1041, %v925 : i64
                scf.if %v1037 {
                  %v1043 = llvm.getelementptr %v61[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1034, %v1043 : f32, !llvm.ptr
                }
                %v1044 = arith.mulf %v870, %v939 fastmath<contract> : f32
                %v1045 = arith.select %v36, %v1044, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1046, %v1047 = gpu.shuffle xor %v1045, %v1009, %v382 : f32
                %v1048 = arith.addf %v1045, %v1046 fastmath<contract> : f32
                %v1049, %v1050 = gpu.shuffle xor %v1048, %v1013, %v382 : f32
                %v1051 = arith.addf %v1048, %v1049 fastmath<contract> : f32
                %v1052 = arith.divui %v17, %v19 : i64
                %v1053 = arith.remui %v17, %v19 : i64
                %v1054 = arith.cmpi ult, %v1053, %v31 : i64
                %v1055 = arith.addi %v70, %v32 : i64
                %v1056 = arith.muli %v1052, %v1 : i64
                %v1057 = arith.addi %v1056, %v1055 : i64
                %v1058 = arith.muli %v1057, %v1023 : i64
                %v1059 = arith.addi %v1058, %v925 : i64
                scf.if %v1054 {
                  %v1060 = llvm.getelementptr %v63[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1051, %v1060 : f32, !llvm.ptr
                }
                %v1061 = arith.mulf %v890, %v939 fastmath<contract> : f32
                %v1062 = arith.select %v36, %v1061, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1063, %v1064 = gpu.shuffle xor %v1062, %v1009, %v382 : f32
                %v1065 = arith.addf %v1062, %v1063 fastmath<contract> : f32
                %v1066, %v1067 = gpu.shuffle xor %v1065, %v1013, %v382 : f32
                %v1068 = arith.addf %v1065, %v1066 fastmath<contract> : f32
                %v1069 = arith.divui %v17, %v19 : i64
                %v1070 = arith.remui %v17, %v19 : i64
                %v1071 = arith.cmpi ult, %v1070, %v31 : i64
                %v1072 = arith.addi %v31, %v32 : i64
                %v1073 = arith.muli %v1069, %v1 : i64
                %v1074 = arith.addi %v1073, %v1072 : i64
                %v1075 = arith.muli %v1074, %v1023 : i64
                %v1076 = arith.addi %v1075, %v925 : i64
                scf.if %v1071 {
                  %v1077 = llvm.getelementptr %v63[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1068, %v1077 : f32, !llvm.ptr
                }
                %v1078 = arith.mulf %v931, %v870 fastmath<contract> : f32
                %v1079 = arith.mulf %v951, %v890 fastmath<contract> : f32
                %v1080 = arith.addf %v1078, %v1079 fastmath<contract> : f32
                llvm.store %v1080, %v891 : f32, !llvm.ptr
                %v1081 = arith.muli %v32, %v238 : i64
                %v1082 = arith.subi %v926, %v211 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = llvm.getelementptr %v65[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                %v1086 = arith.mulf %v1085, %v985 fastmath<contract> : f32
                %v1087 = arith.constant 8 : i64
                %v1088 = arith.addi %v1087, %v32 : i64
                %v1089 = arith.muli %v1088, %v238 : i64
                %v1090 = arith.subi %v926, %v211 : i64
                %v1091 = arith.addi %v1089, %v1090 : i64
                %v1092 = llvm.getelementptr %v65[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1093 = llvm.load %v1092 : !llvm.ptr -> f32
                %v1094 = arith.mulf %v1093, %v1001 fastmath<contract> : f32
                %v1095 = arith.addf %v1086, %v1094 fastmath<contract> : f32
                llvm.store %v1095, %v892 : f32, !llvm.ptr
                %v1096 = arith.mulf %v981, %v986 fastmath<contract> : f32
                %v1097 = arith.mulf %v984, %v1096 fastmath<contract> : f32
                %v1098 = arith.mulf %v997, %v1002 fastmath<contract> : f32
                %v1099 = arith.mulf %v1000, %v1098 fastmath<contract> : f32
                %v1100 = arith.addf %v1097, %v1099 fastmath<contract> : f32
                llvm.store %v1100, %v893 : f32, !llvm.ptr
                llvm.store %v984, %v52 : f32, !llvm.ptr
                llvm.store %v1000, %v53 : f32, !llvm.ptr
              }
              %v1101 = llvm.load %v891 : !llvm.ptr -> f32
              %v1102 = llvm.load %v892 : !llvm.ptr -> f32
              %v1103 = llvm.load %v893 : !llvm.ptr -> f32
              %v1104 = arith.addi %v447, %v804 : i64
              %v1106 = arith.cmpi slt, %v1105, %v904 : i32
              %v1107 = arith.cmpi eq, %v1105, %v910 : i32
              %v1108, %v1109 = gpu.shuffle idx %v508, %v193, %v382 : f32
              %v1110, %v1111 = gpu.shuffle idx %v516, %v193, %v382 : f32
              %v1112, %v1113 = gpu.shuffle idx %v529, %v193, %v382 : f32
              %v1114, %v1115 = gpu.shuffle idx %v538, %v193, %v382 : f32
              %v1116, %v1117 = gpu.shuffle idx %v543, %v193, %v382 : f32
              %v1118 = arith.addi %v449, %v2 : i64
              llvm.store %v68, %v891 : f32, !llvm.ptr
              llvm.store %v68, %v892 : f32, !llvm.ptr
              llvm.store %v68, %v893 : f32, !llvm.ptr
              scf.if %v1106 {
                %v1119 = arith.addi %v211, %v1104 : i64
                %v1120 = arith.muli %v32, %v238 : i64
                %v1121 = arith.subi %v1119, %v211 : i64
                %v1122 = arith.addi %v1120, %v1121 : i64
                %v1123 = llvm.getelementptr %v67[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
                %v1125 = arith.muli %v44, %v319 : i64
                %v1126 = arith.muli %v1119, %v318 : i64
                %v1127 = arith.addi %v1125, %v1126 : i64
                %v1128 = arith.muli %v42, %v2 : i64
                %v1129 = arith.addi %v1127, %v1128 : i64
                %v1130 = llvm.getelementptr %dy_y[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
                %v1132 = arith.mulf %v1112, %v1131 fastmath<contract> : f32
                %v1133 = arith.mulf %v1124, %v1132 fastmath<contract> : f32
                %v1134 = llvm.load %v50 : !llvm.ptr -> f32
                %v1135 = llvm.load %v52 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v1135, %v1134 fastmath<contract> : f32
                %v1137 = arith.addf %v1133, %v1136 fastmath<contract> : f32
                llvm.store %v1137, %v50 : f32, !llvm.ptr
                %v1138 = arith.constant 8 : i64
                %v1139 = arith.addi %v1138, %v32 : i64
                %v1140 = arith.muli %v1139, %v238 : i64
                %v1141 = arith.subi %v1119, %v211 : i64
                %v1142 = arith.addi %v1140, %v1141 : i64
                %v1143 = llvm.getelementptr %v67[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
                %v1145 = arith.mulf %v1144, %v1132 fastmath<contract> : f32
                %v1146 = llvm.load %v51 : !llvm.ptr -> f32
                %v1147 = llvm.load %v53 : !llvm.ptr -> f32
                %v1148 = arith.mulf %v1147, %v1146 fastmath<contract> : f32
                %v1149 = arith.addf %v1145, %v1148 fastmath<contract> : f32
                llvm.store %v1149, %v51 : f32, !llvm.ptr
                scf.if %v1107 {
                  %v1150 = arith.muli %v44, %v117 : i64
                  %v1151 = arith.muli %v42, %v116 : i64
                  %v1152 = arith.addi %v1150, %v1151 : i64
                  %v1153 = arith.muli %v32, %v2 : i64
                  %v1154 = arith.addi %v1152, %v1153 : i64
                  %v1155 = llvm.getelementptr %dy_h_last[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
                  %v1166 = llvm.getelementptr %dy_h_last[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
                  %v1168 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1169 = arith.addf %v1168, %v1167 fastmath<contract> : f32
                  llvm.store %v1169, %v51 : f32, !llvm.ptr
                }
                %v1170 = arith.muli %v42, %v390 : i64
                %v1171 = arith.muli %v32, %v2 : i64
                %v1172 = arith.addi %v1170, %v1171 : i64
                %v1173 = llvm.getelementptr %in_A[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
                %v1175 = arith.mulf %v1108, %v1174 fastmath<contract> : f32
                %v1176 = arith.mulf %v1175, %v334 fastmath<contract> : f32
                %v1177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1176) : (f32) -> f32
                %v1178 = llvm.load %v50 : !llvm.ptr -> f32
                %v1179 = arith.mulf %v783, %v1178 fastmath<contract> : f32
                %v1180 = arith.mulf %v1177, %v1179 fastmath<contract> : f32
                %v1181 = arith.mulf %v1108, %v1180 fastmath<contract> : f32
                %v1182 = llvm.load %v54 : !llvm.ptr -> f32
                %v1183 = arith.addf %v1182, %v1181 fastmath<contract> : f32
                llvm.store %v1183, %v54 : f32, !llvm.ptr
                %v1184 = arith.muli %v42, %v390 : i64
                %v1185 = arith.constant 8 : i64
                %v1186 = arith.addi %v1185, %v32 : i64
                %v1187 = arith.muli %v1186, %v2 : i64
                %v1188 = arith.addi %v1184, %v1187 : i64
                %v1189 = llvm.getelementptr %in_A[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
                %v1191 = arith.mulf %v1108, %v1190 fastmath<contract> : f32
                %v1192 = arith.mulf %v1191, %v334 fastmath<contract> : f32
                %v1193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1192) : (f32) -> f32
                %v1194 = llvm.load %v51 : !llvm.ptr -> f32
                %v1195 = arith.mulf %v803, %v1194 fastmath<contract> : f32
                %v1196 = arith.mulf %v1193, %v1195 fastmath<contract> : f32
                %v1197 = arith.mulf %v1108, %v1196 fastmath<contract> : f32
                %v1198 = llvm.load %v55 : !llvm.ptr -> f32
                %v1199 = arith.addf %v1198, %v1197 fastmath<contract> : f32
                llvm.store %v1199, %v55 : f32, !llvm.ptr
                %v1200 = arith.mulf %v1110, %v1178 fastmath<contract> : f32
                %v1201 = arith.select %v36, %v1200, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1202, %v1203 = gpu.shuffle xor %v1201, %v1009, %v382 : f32
                %v1204 = arith.addf %v1201, %v1202 fastmath<contract> : f32
                %v1205, %v1206 = gpu.shuffle xor %v1204, %v1013, %v382 : f32
                %v1207 = arith.addf %v1204, %v1205 fastmath<contract> : f32
                %v1208 = arith.divui %v17, %v19 : i64
                %v1209 = arith.remui %v17, %v19 : i64
                %v1210 = arith.cmpi ult, %v1209, %v31 : i64
                %v1211 = arith.addi %v70, %v32 : i64
                %v1212 = arith.muli %v1208, %v1 : i64
                %v1213 = arith.addi %v1212, %v1211 : i64
                %v1214 = arith.muli %v1213, %v1023 : i64
                %v1215 = arith.addi %v1214, %v1118 : i64
                scf.if %v1210 {
                  %v1216 = llvm.getelementptr %v61[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1207, %v1216 : f32, !llvm.ptr
                }
                %v1217 = arith.mulf %v1110, %v1194 fastmath<contract> : f32
                %v1218 = arith.select %v36, %v1217, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1219, %v1220 = gpu.shuffle xor %v1218, %v1009, %v382 : f32
                %v1221 = arith.addf %v1218, %v1219 fastmath<contract> : f32
                %v1222, %v1223 = gpu.shuffle xor %v1221, %v1013, %v382 : f32
                %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
                %v1225 = arith.divui %v17, %v19 : i64
                %v1226 = arith.remui %v17, %v19 : i64
                %v1227 = arith.cmpi ult, %v1226, %v31 : i64
                %v1228 = arith.addi %v31, %v32 : i64
                %v1229 = arith.muli %v1225, %v1 : i64
                %v1230 = arith.addi %v1229, %v1228 : i64
                %v1231 = arith.muli %v1230, %v1023 : i64
                %v1232 = arith.addi %v1231, %v1118 : i64
                scf.if %v1227 {
                  %v1233 = llvm.getelementptr %v61[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1224, %v1233 : f32, !llvm.ptr
                }
                %v1234 = arith.mulf %v827, %v1132 fastmath<contract> : f32
                %v1235 = arith.select %v36, %v1234, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1236, %v1237 = gpu.shuffle xor %v1235, %v1009, %v382 : f32
                %v1238 = arith.addf %v1235, %v1236 fastmath<contract> : f32
                %v1239, %v1240 = gpu.shuffle xor %v1238, %v1013, %v382 : f32
                %v1241 = arith.addf %v1238, %v1239 fastmath<contract> : f32
                %v1242 = arith.divui %v17, %v19 : i64
                %v1243 = arith.remui %v17, %v19 : i64
                %v1244 = arith.cmpi ult, %v1243, %v31 : i64
                %v1245 = arith.addi %v70, %v32 : i64
                %v1246 = arith.muli %v1242, %v1 : i64
                %v1247 = arith.addi %v1246, %v1245 : i64
                %v1248 = arith.muli %v1247, %v1023 : i64
                %v1249 = arith.addi %v1248, %v1118 : i64
                scf.if %v1244 {
                  %v1250 = llvm.getelementptr %v63[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1241, %v1250 : f32, !llvm.ptr
                }
                %v1251 = arith.mulf %v847, %v1132 fastmath<contract> : f32
                %v1252 = arith.select %v36, %v1251, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1253, %v1254 = gpu.shuffle xor %v1252, %v1009, %v382 : f32
                %v1255 = arith.addf %v1252, %v1253 fastmath<contract> : f32
                %v1256, %v1257 = gpu.shuffle xor %v1255, %v1013, %v382 : f32
                %v1258 = arith.addf %v1255, %v1256 fastmath<contract> : f32
                %v1259 = arith.divui %v17, %v19 : i64
                %v1260 = arith.remui %v17, %v19 : i64
                %v1261 = arith.cmpi ult, %v1260, %v31 : i64
                %v1262 = arith.addi %v31, %v32 : i64
                %v1263 = arith.muli %v1259, %v1 : i64
                %v1264 = arith.addi %v1263, %v1262 : i64
                %v1265 = arith.muli %v1264, %v1023 : i64
                %v1266 = arith.addi %v1265, %v1118 : i64
                scf.if %v1261 {
                  %v1267 = llvm.getelementptr %v63[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1258, %v1267 : f32, !llvm.ptr
                }
                %v1268 = arith.mulf %v1124, %v827 fastmath<contract> : f32
                %v1269 = arith.mulf %v1144, %v847 fastmath<contract> : f32
                %v1270 = arith.addf %v1268, %v1269 fastmath<contract> : f32
                llvm.store %v1270, %v891 : f32, !llvm.ptr
                %v1271 = arith.muli %v32, %v238 : i64
                %v1272 = arith.subi %v1119, %v211 : i64
                %v1273 = arith.addi %v1271, %v1272 : i64
                %v1274 = llvm.getelementptr %v65[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
                %v1276 = arith.mulf %v1275, %v1178 fastmath<contract> : f32
                %v1277 = arith.constant 8 : i64
                %v1278 = arith.addi %v1277, %v32 : i64
                %v1279 = arith.muli %v1278, %v238 : i64
                %v1280 = arith.subi %v1119, %v211 : i64
                %v1281 = arith.addi %v1279, %v1280 : i64
                %v1282 = llvm.getelementptr %v65[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
                %v1284 = arith.mulf %v1283, %v1194 fastmath<contract> : f32
                %v1285 = arith.addf %v1276, %v1284 fastmath<contract> : f32
                llvm.store %v1285, %v892 : f32, !llvm.ptr
                %v1286 = arith.mulf %v1174, %v1179 fastmath<contract> : f32
                %v1287 = arith.mulf %v1177, %v1286 fastmath<contract> : f32
                %v1288 = arith.mulf %v1190, %v1195 fastmath<contract> : f32
                %v1289 = arith.mulf %v1193, %v1288 fastmath<contract> : f32
                %v1290 = arith.addf %v1287, %v1289 fastmath<contract> : f32
                llvm.store %v1290, %v893 : f32, !llvm.ptr
                llvm.store %v1177, %v52 : f32, !llvm.ptr
                llvm.store %v1193, %v53 : f32, !llvm.ptr
              }
              %v1291 = llvm.load %v891 : !llvm.ptr -> f32
              %v1292 = arith.select %v896, %v1291, %v1101 : f32
              %v1293 = arith.select %v896, %v1101, %v1291 : f32
              %v1295, %v1296 = gpu.shuffle xor %v1292, %v1294, %v382 : f32
              %v1297 = arith.addf %v1293, %v1295 fastmath<contract> : f32
              %v1298 = llvm.load %v892 : !llvm.ptr -> f32
              %v1299 = arith.select %v896, %v1298, %v1102 : f32
              %v1300 = arith.select %v896, %v1102, %v1298 : f32
              %v1301, %v1302 = gpu.shuffle xor %v1299, %v1294, %v382 : f32
              %v1303 = arith.addf %v1300, %v1301 fastmath<contract> : f32
              %v1304 = llvm.load %v893 : !llvm.ptr -> f32
              %v1305 = arith.select %v896, %v1304, %v1103 : f32
              %v1306 = arith.select %v896, %v1103, %v1304 : f32
              %v1307, %v1308 = gpu.shuffle xor %v1305, %v1294, %v382 : f32
              %v1309 = arith.addf %v1306, %v1307 fastmath<contract> : f32
              %v1310 = arith.addi %v447, %v760 : i64
              %v1312 = arith.cmpi slt, %v1311, %v904 : i32
              %v1313 = arith.cmpi eq, %v1311, %v910 : i32
              %v1314, %v1315 = gpu.shuffle idx %v508, %v189, %v382 : f32
              %v1316, %v1317 = gpu.shuffle idx %v516, %v189, %v382 : f32
              %v1318, %v1319 = gpu.shuffle idx %v529, %v189, %v382 : f32
              %v1320, %v1321 = gpu.shuffle idx %v538, %v189, %v382 : f32
              %v1322, %v1323 = gpu.shuffle idx %v543, %v189, %v382 : f32
              %v1324 = arith.addi %v449, %v630 : i64
              llvm.store %v68, %v891 : f32, !llvm.ptr
              llvm.store %v68, %v892 : f32, !llvm.ptr
              llvm.store %v68, %v893 : f32, !llvm.ptr
              scf.if %v1312 {
                %v1325 = arith.addi %v211, %v1310 : i64
                %v1326 = arith.muli %v32, %v238 : i64
                %v1327 = arith.subi %v1325, %v211 : i64
                %v1328 = arith.addi %v1326, %v1327 : i64
                %v1329 = llvm.getelementptr %v67[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
                %v1331 = arith.muli %v44, %v319 : i64
                %v1332 = arith.muli %v1325, %v318 : i64
                %v1333 = arith.addi %v1331, %v1332 : i64
                %v1334 = arith.muli %v42, %v2 : i64
                %v1335 = arith.addi %v1333, %v1334 : i64
                %v1336 = llvm.getelementptr %dy_y[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
                %v1338 = arith.mulf %v1318, %v1337 fastmath<contract> : f32
                %v1339 = arith.mulf %v1330, %v1338 fastmath<contract> : f32
                %v1340 = llvm.load %v50 : !llvm.ptr -> f32
                %v1341 = llvm.load %v52 : !llvm.ptr -> f32
                %v1342 = arith.mulf %v1341, %v1340 fastmath<contract> : f32
                %v1343 = arith.addf %v1339, %v1342 fastmath<contract> : f32
                llvm.store %v1343, %v50 : f32, !llvm.ptr
                %v1344 = arith.constant 8 : i64
                %v1345 = arith.addi %v1344, %v32 : i64
                %v1346 = arith.muli %v1345, %v238 : i64
                %v1347 = arith.subi %v1325, %v211 : i64
                %v1348 = arith.addi %v1346, %v1347 : i64
                %v1349 = llvm.getelementptr %v67[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
                %v1351 = arith.mulf %v1350, %v1338 fastmath<contract> : f32
                %v1352 = llvm.load %v51 : !llvm.ptr -> f32
                %v1353 = llvm.load %v53 : !llvm.ptr -> f32
                %v1354 = arith.mulf %v1353, %v1352 fastmath<contract> : f32
                %v1355 = arith.addf %v1351, %v1354 fastmath<contract> : f32
                llvm.store %v1355, %v51 : f32, !llvm.ptr
                scf.if %v1313 {
                  %v1356 = arith.muli %v44, %v117 : i64
                  %v1357 = arith.muli %v42, %v116 : i64
                  %v1358 = arith.addi %v1356, %v1357 : i64
                  %v1359 = arith.muli %v32, %v2 : i64
                  %v1360 = arith.addi %v1358, %v1359 : i64
                  %v1361 = llvm.getelementptr %dy_h_last[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
                  %v1363 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1364 = arith.addf %v1363, %v1362 fastmath<contract> : f32
                  llvm.store %v1364, %v50 : f32, !llvm.ptr
                  %v1365 = arith.muli %v44, %v117 : i64
                  %v1366 = arith.muli %v42, %v116 : i64
                  %v1367 = arith.addi %v1365, %v1366 : i64
                  %v1368 = arith.constant 8 : i64
                  %v1369 = arith.addi %v1368, %v32 : i64
                  %v1370 = arith.muli %v1369, %v2 : i64
                  %v1371 = arith.addi %v1367, %v1370 : i64
                  %v1372 = llvm.getelementptr %dy_h_last[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
                  %v1374 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1375 = arith.addf %v1374, %v1373 fastmath<contract> : f32
                  llvm.store %v1375, %v51 : f32, !llvm.ptr
                }
                %v1376 = arith.muli %v42, %v390 : i64
                %v1377 = arith.muli %v32, %v2 : i64
                %v1378 = arith.addi %v1376, %v1377 : i64
                %v1379 = llvm.getelementptr %in_A[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
                %v1381 = arith.mulf %v1314, %v1380 fastmath<contract> : f32
                %v1382 = arith.mulf %v1381, %v334 fastmath<contract> : f32
                %v1383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1382) : (f32) -> f32
                %v1384 = llvm.load %v50 : !llvm.ptr -> f32
                %v1385 = arith.mulf %v739, %v1384 fastmath<contract> : f32
                %v1386 = arith.mulf %v1383, %v1385 fastmath<contract> : f32
                %v1387 = arith.mulf %v1314, %v1386 fastmath<contract> : f32
                %v1388 = llvm.load %v54 : !llvm.ptr -> f32
                %v1389 = arith.addf %v1388, %v1387 fastmath<contract> : f32
                llvm.store %v1389, %v54 : f32, !llvm.ptr
                %v1390 = arith.muli %v42, %v390 : i64
                %v1391 = arith.constant 8 : i64
                %v1392 = arith.addi %v1391, %v32 : i64
                %v1393 = arith.muli %v1392, %v2 : i64
                %v1394 = arith.addi %v1390, %v1393 : i64
                %v1395 = llvm.getelementptr %in_A[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
                %v1397 = arith.mulf %v1314, %v1396 fastmath<contract> : f32
                %v1398 = arith.mulf %v1397, %v334 fastmath<contract> : f32
                %v1399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1398) : (f32) -> f32
                %v1400 = llvm.load %v51 : !llvm.ptr -> f32
                %v1401 = arith.mulf %v759, %v1400 fastmath<contract> : f32
                %v1402 = arith.mulf %v1399, %v1401 fastmath<contract> : f32
                %v1403 = arith.mulf %v1314, %v1402 fastmath<contract> : f32
                %v1404 = llvm.load %v55 : !llvm.ptr -> f32
                %v1405 = arith.addf %v1404, %v1403 fastmath<contract> : f32
                llvm.store %v1405, %v55 : f32, !llvm.ptr
                %v1406 = arith.mulf %v1316, %v1384 fastmath<contract> : f32
                %v1407 = arith.select %v36, %v1406, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1408, %v1409 = gpu.shuffle xor %v1407, %v1009, %v382 : f32
                %v1410 = arith.addf %v1407, %v1408 fastmath<contract> : f32
                %v1411, %v1412 = gpu.shuffle xor %v1410, %v1013, %v382 : f32
                %v1413 = arith.addf %v1410, %v1411 fastmath<contract> : f32
                %v1414 = arith.divui %v17, %v19 : i64
                %v1415 = arith.remui %v17, %v19 : i64
                %v1416 = arith.cmpi ult, %v1415, %v31 : i64
                %v1417 = arith.addi %v70, %v32 : i64
                %v1418 = arith.muli %v1414, %v1 : i64
                %v1419 = arith.addi %v1418, %v1417 : i64
                %v1420 = arith.muli %v1419, %v1023 : i64
                %v1421 = arith.addi %v1420, %v1324 : i64
                scf.if %v1416 {
                  %v1422 = llvm.getelementptr %v61[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1413, %v1422 : f32, !llvm.ptr
                }
                %v1423 = arith.mulf %v1316, %v1400 fastmath<contract> : f32
                %v1424 = arith.select %v36, %v1423, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1425, %v1426 = gpu.shuffle xor %v1424, %v1009, %v382 : f32
                %v1427 = arith.addf %v1424, %v1425 fastmath<contract> : f32
                %v1428, %v1429 = gpu.shuffle xor %v1427, %v1013, %v382 : f32
                %v1430 = arith.addf %v1427, %v1428 fastmath<contract> : f32
                %v1431 = arith.divui %v17, %v19 : i64
                %v1432 = arith.remui %v17, %v19 : i64
                %v1433 = arith.cmpi ult, %v1432, %v31 : i64
                %v1434 = arith.addi %v31, %v32 : i64
                %v1435 = arith.muli %v1431, %v1 : i64
                %v1436 = arith.addi %v1435, %v1434 : i64
                %v1437 = arith.muli %v1436, %v1023 : i64
                %v1438 = arith.addi %v1437, %v1324 : i64
                scf.if %v1433 {
                  %v1439 = llvm.getelementptr %v61[%v1438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1430, %v1439 : f32, !llvm.ptr
                }
                %v1440 = arith.mulf %v783, %v1338 fastmath<contract> : f32
                %v1441 = arith.select %v36, %v1440, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1442, %v1443 = gpu.shuffle xor %v1441, %v1009, %v382 : f32
                %v1444 = arith.addf %v1441, %v1442 fastmath<contract> : f32
                %v1445, %v1446 = gpu.shuffle xor %v1444, %v1013, %v382 : f32
                %v1447 = arith.addf %v1444, %v1445 fastmath<contract> : f32
                %v1448 = arith.divui %v17, %v19 : i64
                %v1449 = arith.remui %v17, %v19 : i64
                %v1450 = arith.cmpi ult, %v1449, %v31 : i64
                %v1451 = arith.addi %v70, %v32 : i64
                %v1452 = arith.muli %v1448, %v1 : i64
                %v1453 = arith.addi %v1452, %v1451 : i64
                %v1454 = arith.muli %v1453, %v1023 : i64
                %v1455 = arith.addi %v1454, %v1324 : i64
                scf.if %v1450 {
                  %v1456 = llvm.getelementptr %v63[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1447, %v1456 : f32, !llvm.ptr
                }
                %v1457 = arith.mulf %v803, %v1338 fastmath<contract> : f32
                %v1458 = arith.select %v36, %v1457, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1459, %v1460 = gpu.shuffle xor %v1458, %v1009, %v382 : f32
                %v1461 = arith.addf %v1458, %v1459 fastmath<contract> : f32
                %v1462, %v1463 = gpu.shuffle xor %v1461, %v1013, %v382 : f32
                %v1464 = arith.addf %v1461, %v1462 fastmath<contract> : f32
                %v1465 = arith.divui %v17, %v19 : i64
                %v1466 = arith.remui %v17, %v19 : i64
                %v1467 = arith.cmpi ult, %v1466, %v31 : i64
                %v1468 = arith.addi %v31, %v32 : i64
                %v1469 = arith.muli %v1465, %v1 : i64
                %v1470 = arith.addi %v1469, %v1468 : i64
                %v1471 = arith.muli %v1470, %v1023 : i64
                %v1472 = arith.addi %v1471, %v1324 : i64
                scf.if %v1467 {
                  %v1473 = llvm.getelementptr %v63[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1464, %v1473 : f32, !llvm.ptr
                }
                %v1474 = arith.mulf %v1330, %v783 fastmath<contract> : f32
                %v1475 = arith.mulf %v1350, %v803 fastmath<contract> : f32
                %v1476 = arith.addf %v1474, %v1475 fastmath<contract> : f32
                llvm.store %v1476, %v891 : f32, !llvm.ptr
                %v1477 = arith.muli %v32, %v238 : i64
                %v1478 = arith.subi %v1325, %v211 : i64
                %v1479 = arith.addi %v1477, %v1478 : i64
                %v1480 = llvm.getelementptr %v65[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.mulf %v1481, %v1384 fastmath<contract> : f32
                %v1483 = arith.constant 8 : i64
                %v1484 = arith.addi %v1483, %v32 : i64
                %v1485 = arith.muli %v1484, %v238 : i64
                %v1486 = arith.subi %v1325, %v211 : i64
                %v1487 = arith.addi %v1485, %v1486 : i64
                %v1488 = llvm.getelementptr %v65[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
                %v1490 = arith.mulf %v1489, %v1400 fastmath<contract> : f32
                %v1491 = arith.addf %v1482, %v1490 fastmath<contract> : f32
                llvm.store %v1491, %v892 : f32, !llvm.ptr
                %v1492 = arith.mulf %v1380, %v1385 fastmath<contract> : f32
                %v1493 = arith.mulf %v1383, %v1492 fastmath<contract> : f32
                %v1494 = arith.mulf %v1396, %v1401 fastmath<contract> : f32
                %v1495 = arith.mulf %v1399, %v1494 fastmath<contract> : f32
                %v1496 = arith.addf %v1493, %v1495 fastmath<contract> : f32
                llvm.store %v1496, %v893 : f32, !llvm.ptr
                llvm.store %v1383, %v52 : f32, !llvm.ptr
                llvm.store %v1399, %v53 : f32, !llvm.ptr
              }
              %v1497 = llvm.load %v891 : !llvm.ptr -> f32
              %v1498 = llvm.load %v892 : !llvm.ptr -> f32
              %v1499 = llvm.load %v893 : !llvm.ptr -> f32
              %v1500 = arith.addi %v447, %v46 : i64
              %v1502 = arith.cmpi slt, %v1501, %v904 : i32
              %v1503 = arith.cmpi eq, %v1501, %v910 : i32
              %v1504, %v1505 = gpu.shuffle idx %v508, %v185, %v382 : f32
              %v1506, %v1507 = gpu.shuffle idx %v516, %v185, %v382 : f32
              %v1508, %v1509 = gpu.shuffle idx %v529, %v185, %v382 : f32
              %v1510, %v1511 = gpu.shuffle idx %v538, %v185, %v382 : f32
              %v1512, %v1513 = gpu.shuffle idx %v543, %v185, %v382 : f32
              %v1514 = arith.addi %v449, %v429 : i64
              llvm.store %v68, %v891 : f32, !llvm.ptr
              llvm.store %v68, %v892 : f32, !llvm.ptr
              llvm.store %v68, %v893 : f32, !llvm.ptr
              scf.if %v1502 {
                %v1515 = arith.addi %v211, %v1500 : i64
                %v1516 = arith.muli %v32, %v238 : i64
                %v1517 = arith.subi %v1515, %v211 : i64
                %v1518 = arith.addi %v1516, %v1517 : i64
                %v1519 = llvm.getelementptr %v67[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
                %v1521 = arith.muli %v44, %v319 : i64
                %v1522 = arith.muli %v1515, %v318 : i64
                %v1523 = arith.addi %v1521, %v1522 : i64
                %v1524 = arith.muli %v42, %v2 : i64
                %v1525 = arith.addi %v1523, %v1524 : i64
                %v1526 = llvm.getelementptr %dy_y[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
                %v1528 = arith.mulf %v1508, %v1527 fastmath<contract> : f32
                %v1529 = arith.mulf %v1520, %v1528 fastmath<contract> : f32
                %v1530 = llvm.load %v50 : !llvm.ptr -> f32
                %v1531 = llvm.load %v52 : !llvm.ptr -> f32
                %v1532 = arith.mulf %v1531, %v1530 fastmath<contract> : f32
                %v1533 = arith.addf %v1529, %v1532 fastmath<contract> : f32
                llvm.store %v1533, %v50 : f32, !llvm.ptr
                %v1534 = arith.constant 8 : i64
                %v1535 = arith.addi %v1534, %v32 : i64
                %v1536 = arith.muli %v1535, %v238 : i64
                %v1537 = arith.subi %v1515, %v211 : i64
                %v1538 = arith.addi %v1536, %v1537 : i64
                %v1539 = llvm.getelementptr %v67[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1540 = llvm.load %v1539 : !llvm.ptr -> f32
                %v1541 = arith.mulf %v1540, %v1528 fastmath<contract> : f32
                %v1542 = llvm.load %v51 : !llvm.ptr -> f32
                %v1543 = llvm.load %v53 : !llvm.ptr -> f32
                %v1544 = arith.mulf %v1543, %v1542 fastmath<contract> : f32
                %v1545 = arith.addf %v1541, %v1544 fastmath<contract> : f32
                llvm.store %v1545, %v51 : f32, !llvm.ptr
                scf.if %v1503 {
                  %v1546 = arith.muli %v44, %v117 : i64
                  %v1547 = arith.muli %v42, %v116 : i64
                  %v1548 = arith.addi %v1546, %v1547 : i64
                  %v1549 = arith.muli %v32, %v2 : i64
                  %v1550 = arith.addi %v1548, %v1549 : i64
                  %v1551 = llvm.getelementptr %dy_h_last[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
                  %v1553 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1554 = arith.addf %v1553, %v1552 fastmath<contract> : f32
                  llvm.store %v1554, %v50 : f32, !llvm.ptr
                  %v1555 = arith.muli %v44, %v117 : i64
                  %v1556 = arith.muli %v42, %v116 : i64
                  %v1557 = arith.addi %v1555, %v1556 : i64
                  %v1558 = arith.constant 8 : i64
                  %v1559 = arith.addi %v1558, %v32 : i64
                  %v1560 = arith.muli %v1559, %v2 : i64
                  %v1561 = arith.addi %v1557, %v1560 : i64
                  %v1562 = llvm.getelementptr %dy_h_last[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1563 = llvm.load %v1562 : !llvm.ptr -> f32
                  %v1564 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1565 = arith.addf %v1564, %v1563 fastmath<contract> : f32
                  llvm.store %v1565, %v51 : f32, !llvm.ptr
                }
                %v1566 = arith.muli %v42, %v390 : i64
                %v1567 = arith.muli %v32, %v2 : i64
                %v1568 = arith.addi %v1566, %v1567 : i64
                %v1569 = llvm.getelementptr %in_A[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
                %v1571 = arith.mulf %v1504, %v1570 fastmath<contract> : f32
                %v1572 = arith.mulf %v1571, %v334 fastmath<contract> : f32
                %v1573 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1572) : (f32) -> f32
                %v1574 = llvm.load %v50 : !llvm.ptr -> f32
                %v1575 = arith.mulf %v696, %v1574 fastmath<contract> : f32
                %v1576 = arith.mulf %v1573, %v1575 fastmath<contract> : f32
                %v1577 = arith.mulf %v1504, %v1576 fastmath<contract> : f32
                %v1578 = llvm.load %v54 : !llvm.ptr -> f32
                %v1579 = arith.addf %v1578, %v1577 fastmath<contract> : f32
                llvm.store %v1579, %v54 : f32, !llvm.ptr
                %v1580 = arith.muli %v42, %v390 : i64
                %v1581 = arith.constant 8 : i64
                %v1582 = arith.addi %v1581, %v32 : i64
                %v1583 = arith.muli %v1582, %v2 : i64
                %v1584 = arith.addi %v1580, %v1583 : i64
                %v1585 = llvm.getelementptr %in_A[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
                %v1587 = arith.mulf %v1504, %v1586 fastmath<contract> : f32
                %v1588 = arith.mulf %v1587, %v334 fastmath<contract> : f32
                %v1589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1588) : (f32) -> f32
                %v1590 = llvm.load %v51 : !llvm.ptr -> f32
                %v1591 = arith.mulf %v716, %v1590 fastmath<contract> : f32
                %v1592 = arith.mulf %v1589, %v1591 fastmath<contract> : f32
                %v1593 = arith.mulf %v1504, %v1592 fastmath<contract> : f32
                %v1594 = llvm.load %v55 : !llvm.ptr -> f32
                %v1595 = arith.addf %v1594, %v1593 fastmath<contract> : f32
                llvm.store %v1595, %v55 : f32, !llvm.ptr
                %v1596 = arith.mulf %v1506, %v1574 fastmath<contract> : f32
                %v1597 = arith.select %v36, %v1596, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1598, %v1599 = gpu.shuffle xor %v1597, %v1009, %v382 : f32
                %v1600 = arith.addf %v1597, %v1598 fastmath<contract> : f32
                %v1601, %v1602 = gpu.shuffle xor %v1600, %v1013, %v382 : f32
                %v1603 = arith.addf %v1600, %v1601 fastmath<contract> : f32
                %v1604 = arith.divui %v17, %v19 : i64
                %v1605 = arith.remui %v17, %v19 : i64
                %v1606 = arith.cmpi ult, %v1605, %v31 : i64
                %v1607 = arith.addi %v70, %v32 : i64
                %v1608 = arith.muli %v1604, %v1 : i64
                %v1609 = arith.addi %v1608, %v1607 : i64
                %v1610 = arith.muli %v1609, %v1023 : i64
                %v1611 = arith.addi %v1610, %v1514 : i64
                scf.if %v1606 {
                  %v1612 = llvm.getelementptr %v61[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1603, %v1612 : f32, !llvm.ptr
                }
                %v1613 = arith.mulf %v1506, %v1590 fastmath<contract> : f32
                %v1614 = arith.select %v36, %v1613, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1615, %v1616 = gpu.shuffle xor %v1614, %v1009, %v382 : f32
                %v1617 = arith.addf %v1614, %v1615 fastmath<contract> : f32
                %v1618, %v1619 = gpu.shuffle xor %v1617, %v1013, %v382 : f32
                %v1620 = arith.addf %v1617, %v1618 fastmath<contract> : f32
                %v1621 = arith.divui %v17, %v19 : i64
                %v1622 = arith.remui %v17, %v19 : i64
                %v1623 = arith.cmpi ult, %v1622, %v31 : i64
                %v1624 = arith.addi %v31, %v32 : i64
                %v1625 = arith.muli %v1621, %v1 : i64
                %v1626 = arith.addi %v1625, %v1624 : i64
                %v1627 = arith.muli %v1626, %v1023 : i64
                %v1628 = arith.addi %v1627, %v1514 : i64
                scf.if %v1623 {
                  %v1629 = llvm.getelementptr %v61[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1620, %v1629 : f32, !llvm.ptr
                }
                %v1630 = arith.mulf %v739, %v1528 fastmath<contract> : f32
                %v1631 = arith.select %v36, %v1630, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1632, %v1633 = gpu.shuffle xor %v1631, %v1009, %v382 : f32
                %v1634 = arith.addf %v1631, %v1632 fastmath<contract> : f32
                %v1635, %v1636 = gpu.shuffle xor %v1634, %v1013, %v382 : f32
                %v1637 = arith.addf %v1634, %v1635 fastmath<contract> : f32
                %v1638 = arith.divui %v17, %v19 : i64
                %v1639 = arith.remui %v17, %v19 : i64
                %v1640 = arith.cmpi ult, %v1639, %v31 : i64
                %v1641 = arith.addi %v70, %v32 : i64
                %v1642 = arith.muli %v1638, %v1 : i64
                %v1643 = arith.addi %v1642, %v1641 : i64
                %v1644 = arith.muli %v1643, %v1023 : i64
                %v1645 = arith.addi %v1644, %v1514 : i64
                scf.if %v1640 {
                  %v1646 = llvm.getelementptr %v63[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1637, %v1646 : f32, !llvm.ptr
                }
                %v1647 = arith.mulf %v759, %v1528 fastmath<contract> : f32
                %v1648 = arith.select %v36, %v1647, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1649, %v1650 = gpu.shuffle xor %v1648, %v1009, %v382 : f32
                %v1651 = arith.addf %v1648, %v1649 fastmath<contract> : f32
                %v1652, %v1653 = gpu.shuffle xor %v1651, %v1013, %v382 : f32
                %v1654 = arith.addf %v1651, %v1652 fastmath<contract> : f32
                %v1655 = arith.divui %v17, %v19 : i64
                %v1656 = arith.remui %v17, %v19 : i64
                %v1657 = arith.cmpi ult, %v1656, %v31 : i64
                %v1658 = arith.addi %v31, %v32 : i64
                %v1659 = arith.muli %v1655, %v1 : i64
                %v1660 = arith.addi %v1659, %v1658 : i64
                %v1661 = arith.muli %v1660, %v1023 : i64
                %v1662 = arith.addi %v1661, %v1514 : i64
                scf.if %v1657 {
                  %v1663 = llvm.getelementptr %v63[%v1662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1654, %v1663 : f32, !llvm.ptr
                }
                %v1664 = arith.mulf %v1520, %v739 fastmath<contract> : f32
                %v1665 = arith.mulf %v1540, %v759 fastmath<contract> : f32
                %v1666 = arith.addf %v1664, %v1665 fastmath<contract> : f32
                llvm.store %v1666, %v891 : f32, !llvm.ptr
                %v1667 = arith.muli %v32, %v238 : i64
                %v1668 = arith.subi %v1515, %v211 : i64
                %v1669 = arith.addi %v1667, %v1668 : i64
                %v1670 = llvm.getelementptr %v65[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1671 = llvm.load %v1670 : !llvm.ptr -> f32
                %v1672 = arith.mulf %v1671, %v1574 fastmath<contract> : f32
                %v1673 = arith.constant 8 : i64
                %v1674 = arith.addi %v1673, %v32 : i64
                %v1675 = arith.muli %v1674, %v238 : i64
                %v1676 = arith.subi %v1515, %v211 : i64
                %v1677 = arith.addi %v1675, %v1676 : i64
                %v1678 = llvm.getelementptr %v65[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
                %v1680 = arith.mulf %v1679, %v1590 fastmath<contract> : f32
                %v1681 = arith.addf %v1672, %v1680 fastmath<contract> : f32
                llvm.store %v1681, %v892 : f32, !llvm.ptr
                %v1682 = arith.mulf %v1570, %v1575 fastmath<contract> : f32
                %v1683 = arith.mulf %v1573, %v1682 fastmath<contract> : f32
                %v1684 = arith.mulf %v1586, %v1591 fastmath<contract> : f32
                %v1685 = arith.mulf %v1589, %v1684 fastmath<contract> : f32
                %v1686 = arith.addf %v1683, %v1685 fastmath<contract> : f32
                llvm.store %v1686, %v893 : f32, !llvm.ptr
                llvm.store %v1573, %v52 : f32, !llvm.ptr
                llvm.store %v1589, %v53 : f32, !llvm.ptr
              }
              %v1687 = llvm.load %v891 : !llvm.ptr -> f32
              %v1688 = arith.select %v896, %v1687, %v1497 : f32
              %v1689 = arith.select %v896, %v1497, %v1687 : f32
              %v1690, %v1691 = gpu.shuffle xor %v1688, %v1294, %v382 : f32
              %v1692 = arith.addf %v1689, %v1690 fastmath<contract> : f32
              %v1693 = arith.select %v899, %v1692, %v1297 : f32
              %v1694 = arith.select %v899, %v1297, %v1692 : f32
              %v1696, %v1697 = gpu.shuffle xor %v1693, %v1695, %v382 : f32
              %v1698 = arith.addf %v1694, %v1696 fastmath<contract> : f32
              %v1699 = llvm.load %v892 : !llvm.ptr -> f32
              %v1700 = arith.select %v896, %v1699, %v1498 : f32
              %v1701 = arith.select %v896, %v1498, %v1699 : f32
              %v1702, %v1703 = gpu.shuffle xor %v1700, %v1294, %v382 : f32
              %v1704 = arith.addf %v1701, %v1702 fastmath<contract> : f32
              %v1705 = arith.select %v899, %v1704, %v1303 : f32
              %v1706 = arith.select %v899, %v1303, %v1704 : f32
              %v1707, %v1708 = gpu.shuffle xor %v1705, %v1695, %v382 : f32
              %v1709 = arith.addf %v1706, %v1707 fastmath<contract> : f32
              %v1710 = llvm.load %v893 : !llvm.ptr -> f32
              %v1711 = arith.select %v896, %v1710, %v1499 : f32
              %v1712 = arith.select %v896, %v1499, %v1710 : f32
              %v1713, %v1714 = gpu.shuffle xor %v1711, %v1294, %v382 : f32
              %v1715 = arith.addf %v1712, %v1713 fastmath<contract> : f32
              %v1716 = arith.select %v899, %v1715, %v1309 : f32
              %v1717 = arith.select %v899, %v1309, %v1715 : f32
              %v1718, %v1719 = gpu.shuffle xor %v1716, %v1695, %v382 : f32
              %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
              %v1721 = arith.addi %v447, %v429 : i64
              %v1723 = arith.cmpi slt, %v1722, %v904 : i32
              %v1724 = arith.cmpi eq, %v1722, %v910 : i32
              %v1725, %v1726 = gpu.shuffle idx %v508, %v181, %v382 : f32
              %v1727, %v1728 = gpu.shuffle idx %v516, %v181, %v382 : f32
              %v1729, %v1730 = gpu.shuffle idx %v529, %v181, %v382 : f32
              %v1731, %v1732 = gpu.shuffle idx %v538, %v181, %v382 : f32
              %v1733, %v1734 = gpu.shuffle idx %v543, %v181, %v382 : f32
              %v1735 = arith.addi %v449, %v46 : i64
              llvm.store %v68, %v891 : f32, !llvm.ptr
              llvm.store %v68, %v892 : f32, !llvm.ptr
              llvm.store %v68, %v893 : f32, !llvm.ptr
              scf.if %v1723 {
                %v1736 = arith.addi %v211, %v1721 : i64
                %v1737 = arith.muli %v32, %v238 : i64
                %v1738 = arith.subi %v1736, %v211 : i64
                %v1739 = arith.addi %v1737, %v1738 : i64
                %v1740 = llvm.getelementptr %v67[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1741 = llvm.load %v1740 : !llvm.ptr -> f32
                %v1742 = arith.muli %v44, %v319 : i64
                %v1743 = arith.muli %v1736, %v318 : i64
                %v1744 = arith.addi %v1742, %v1743 : i64
                %v1745 = arith.muli %v42, %v2 : i64
                %v1746 = arith.addi %v1744, %v1745 : i64
                %v1747 = llvm.getelementptr %dy_y[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1748 = llvm.load %v1747 : !llvm.ptr -> f32
                %v1749 = arith.mulf %v1729, %v1748 fastmath<contract> : f32
                %v1750 = arith.mulf %v1741, %v1749 fastmath<contract> : f32
                %v1751 = llvm.load %v50 : !llvm.ptr -> f32
                %v1752 = llvm.load %v52 : !llvm.ptr -> f32
                %v1753 = arith.mulf %v1752, %v1751 fastmath<contract> : f32
                %v1754 = arith.addf %v1750, %v1753 fastmath<contract> : f32
                llvm.store %v1754, %v50 : f32, !llvm.ptr
                %v1755 = arith.constant 8 : i64
                %v1756 = arith.addi %v1755, %v32 : i64
                %v1757 = arith.muli %v1756, %v238 : i64
                %v1758 = arith.subi %v1736, %v211 : i64
                %v1759 = arith.addi %v1757, %v1758 : i64
                %v1760 = llvm.getelementptr %v67[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
                %v1762 = arith.mulf %v1761, %v1749 fastmath<contract> : f32
                %v1763 = llvm.load %v51 : !llvm.ptr -> f32
                %v1764 = llvm.load %v53 : !llvm.ptr -> f32
                %v1765 = arith.mulf %v1764, %v1763 fastmath<contract> : f32
                %v1766 = arith.addf %v1762, %v1765 fastmath<contract> : f32
                llvm.store %v1766, %v51 : f32, !llvm.ptr
                scf.if %v1724 {
                  %v1767 = arith.muli %v44, %v117 : i64
                  %v1768 = arith.muli %v42, %v116 : i64
                  %v1769 = arith.addi %v1767, %v1768 : i64
                  %v1770 = arith.muli %v32, %v2 : i64
                  %v1771 = arith.addi %v1769, %v1770 : i64
                  %v1772 = llvm.getelementptr %dy_h_last[%v1771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1773 = llvm.load %v1772 : !llvm.ptr -> f32
                  %v1774 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1775 = arith.addf %v1774, %v1773 fastmath<contract> : f32
                  llvm.store %v1775, %v50 : f32, !llvm.ptr
                  %v1776 = arith.muli %v44, %v117 : i64
                  %v1777 = arith.muli %v42, %v116 : i64
                  %v1778 = arith.addi %v1776, %v1777 : i64
                  %v1779 = arith.constant 8 : i64
                  %v1780 = arith.addi %v1779, %v32 : i64
                  %v1781 = arith.muli %v1780, %v2 : i64
                  %v1782 = arith.addi %v1778, %v1781 : i64
                  %v1783 = llvm.getelementptr %dy_h_last[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
                  %v1785 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1786 = arith.addf %v1785, %v1784 fastmath<contract> : f32
                  llvm.store %v1786, %v51 : f32, !llvm.ptr
                }
                %v1787 = arith.muli %v42, %v390 : i64
                %v1788 = arith.muli %v32, %v2 : i64
                %v1789 = arith.addi %v1787, %v1788 : i64
                %v1790 = llvm.getelementptr %in_A[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1791 = llvm.load %v1790 : !llvm.ptr -> f32
                %v1792 = arith.mulf %v1725, %v1791 fastmath<contract> : f32
                %v1793 = arith.mulf %v1792, %v334 fastmath<contract> : f32
                %v1794 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1793) : (f32) -> f32
                %v1795 = llvm.load %v50 : !llvm.ptr -> f32
                %v1796 = arith.mulf %v653, %v1795 fastmath<contract> : f32
                %v1797 = arith.mulf %v1794, %v1796 fastmath<contract> : f32
                %v1798 = arith.mulf %v1725, %v1797 fastmath<contract> : f32
                %v1799 = llvm.load %v54 : !llvm.ptr -> f32
                %v1800 = arith.addf %v1799, %v1798 fastmath<contract> : f32
                llvm.store %v1800, %v54 : f32, !llvm.ptr
                %v1801 = arith.muli %v42, %v390 : i64
                %v1802 = arith.constant 8 : i64
                %v1803 = arith.addi %v1802, %v32 : i64
                %v1804 = arith.muli %v1803, %v2 : i64
                %v1805 = arith.addi %v1801, %v1804 : i64
                %v1806 = llvm.getelementptr %in_A[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
                %v1808 = arith.mulf %v1725, %v1807 fastmath<contract> : f32
                %v1809 = arith.mulf %v1808, %v334 fastmath<contract> : f32
                %v1810 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1809) : (f32) -> f32
                %v1811 = llvm.load %v51 : !llvm.ptr -> f32
                %v1812 = arith.mulf %v673, %v1811 fastmath<contract> : f32
                %v1813 = arith.mulf %v1810, %v1812 fastmath<contract> : f32
                %v1814 = arith.mulf %v1725, %v1813 fastmath<contract> : f32
                %v1815 = llvm.load %v55 : !llvm.ptr -> f32
                %v1816 = arith.addf %v1815, %v1814 fastmath<contract> : f32
                llvm.store %v1816, %v55 : f32, !llvm.ptr
                %v1817 = arith.mulf %v1727, %v1795 fastmath<contract> : f32
                %v1818 = arith.select %v36, %v1817, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1819, %v1820 = gpu.shuffle xor %v1818, %v1009, %v382 : f32
                %v1821 = arith.addf %v1818, %v1819 fastmath<contract> : f32
                %v1822, %v1823 = gpu.shuffle xor %v1821, %v1013, %v382 : f32
                %v1824 = arith.addf %v1821, %v1822 fastmath<contract> : f32
                %v1825 = arith.divui %v17, %v19 : i64
                %v1826 = arith.remui %v17, %v19 : i64
                %v1827 = arith.cmpi ult, %v1826, %v31 : i64
                %v1828 = arith.addi %v70, %v32 : i64
                %v1829 = arith.muli %v1825, %v1 : i64
                %v1830 = arith.addi %v1829, %v1828 : i64
                %v1831 = arith.muli %v1830, %v1023 : i64
                %v1832 = arith.addi %v1831, %v1735 : i64
                scf.if %v1827 {
                  %v1833 = llvm.getelementptr %v61[%v1832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1824, %v1833 : f32, !llvm.ptr
                }
                %v1834 = arith.mulf %v1727, %v1811 fastmath<contract> : f32
                %v1835 = arith.select %v36, %v1834, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1836, %v1837 = gpu.shuffle xor %v1835, %v1009, %v382 : f32
                %v1838 = arith.addf %v1835, %v1836 fastmath<contract> : f32
                %v1839, %v1840 = gpu.shuffle xor %v1838, %v1013, %v382 : f32
                %v1841 = arith.addf %v1838, %v1839 fastmath<contract> : f32
                %v1842 = arith.divui %v17, %v19 : i64
                %v1843 = arith.remui %v17, %v19 : i64
                %v1844 = arith.cmpi ult, %v1843, %v31 : i64
                %v1845 = arith.addi %v31, %v32 : i64
                %v1846 = arith.muli %v1842, %v1 : i64
                %v1847 = arith.addi %v1846, %v1845 : i64
                %v1848 = arith.muli %v1847, %v1023 : i64
                %v1849 = arith.addi %v1848, %v1735 : i64
                scf.if %v1844 {
                  %v1850 = llvm.getelementptr %v61[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1841, %v1850 : f32, !llvm.ptr
                }
                %v1851 = arith.mulf %v696, %v1749 fastmath<contract> : f32
                %v1852 = arith.select %v36, %v1851, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1853, %v1854 = gpu.shuffle xor %v1852, %v1009, %v382 : f32
                %v1855 = arith.addf %v1852, %v1853 fastmath<contract> : f32
                %v1856, %v1857 = gpu.shuffle xor %v1855, %v1013, %v382 : f32
                %v1858 = arith.addf %v1855, %v1856 fastmath<contract> : f32
                %v1859 = arith.divui %v17, %v19 : i64
                %v1860 = arith.remui %v17, %v19 : i64
                %v1861 = arith.cmpi ult, %v1860, %v31 : i64
                %v1862 = arith.addi %v70, %v32 : i64
                %v1863 = arith.muli %v1859, %v1 : i64
                %v1864 = arith.addi %v1863, %v1862 : i64
                %v1865 = arith.muli %v1864, %v1023 : i64
                %v1866 = arith.addi %v1865, %v1735 : i64
                scf.if %v1861 {
                  %v1867 = llvm.getelementptr %v63[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1858, %v1867 : f32, !llvm.ptr
                }
                %v1868 = arith.mulf %v716, %v1749 fastmath<contract> : f32
                %v1869 = arith.select %v36, %v1868, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1870, %v1871 = gpu.shuffle xor %v1869, %v1009, %v382 : f32
                %v1872 = arith.addf %v1869, %v1870 fastmath<contract> : f32
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v1013, %v382 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                %v1876 = arith.divui %v17, %v19 : i64
                %v1877 = arith.remui %v17, %v19 : i64
                %v1878 = arith.cmpi ult, %v1877, %v31 : i64
                %v1879 = arith.addi %v31, %v32 : i64
                %v1880 = arith.muli %v1876, %v1 : i64
                %v1881 = arith.addi %v1880, %v1879 : i64
                %v1882 = arith.muli %v1881, %v1023 : i64
                %v1883 = arith.addi %v1882, %v1735 : i64
                scf.if %v1878 {
                  %v1884 = llvm.getelementptr %v63[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1875, %v1884 : f32, !llvm.ptr
                }
                %v1885 = arith.mulf %v1741, %v696 fastmath<contract> : f32
                %v1886 = arith.mulf %v1761, %v716 fastmath<contract> : f32
                %v1887 = arith.addf %v1885, %v1886 fastmath<contract> : f32
                llvm.store %v1887, %v891 : f32, !llvm.ptr
                %v1888 = arith.muli %v32, %v238 : i64
                %v1889 = arith.subi %v1736, %v211 : i64
                %v1890 = arith.addi %v1888, %v1889 : i64
                %v1891 = llvm.getelementptr %v65[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
                %v1893 = arith.mulf %v1892, %v1795 fastmath<contract> : f32
                %v1894 = arith.constant 8 : i64
                %v1895 = arith.addi %v1894, %v32 : i64
                %v1896 = arith.muli %v1895, %v238 : i64
                %v1897 = arith.subi %v1736, %v211 : i64
                %v1898 = arith.addi %v1896, %v1897 : i64
                %v1899 = llvm.getelementptr %v65[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1900 = llvm.load %v1899 : !llvm.ptr -> f32
                %v1901 = arith.mulf %v1900, %v1811 fastmath<contract> : f32
                %v1902 = arith.addf %v1893, %v1901 fastmath<contract> : f32
                llvm.store %v1902, %v892 : f32, !llvm.ptr
                %v1903 = arith.mulf %v1791, %v1796 fastmath<contract> : f32
                %v1904 = arith.mulf %v1794, %v1903 fastmath<contract> : f32
                %v1905 = arith.mulf %v1807, %v1812 fastmath<contract> : f32
                %v1906 = arith.mulf %v1810, %v1905 fastmath<contract> : f32
                %v1907 = arith.addf %v1904, %v1906 fastmath<contract> : f32
                llvm.store %v1907, %v893 : f32, !llvm.ptr
                llvm.store %v1794, %v52 : f32, !llvm.ptr
                llvm.store %v1810, %v53 : f32, !llvm.ptr
              }
              %v1908 = llvm.load %v891 : !llvm.ptr -> f32
              %v1909 = llvm.load %v892 : !llvm.ptr -> f32
              %v1910 = llvm.load %v893 : !llvm.ptr -> f32
              %v1911 = arith.addi %v447, %v630 : i64
              %v1912 = arith.cmpi slt, %v1695, %v904 : i32
              %v1913 = arith.cmpi eq, %v1695, %v910 : i32
              %v1914, %v1915 = gpu.shuffle idx %v508, %v177, %v382 : f32
              %v1916, %v1917 = gpu.shuffle idx %v516, %v177, %v382 : f32
              %v1918, %v1919 = gpu.shuffle idx %v529, %v177, %v382 : f32
              %v1920, %v1921 = gpu.shuffle idx %v538, %v177, %v382 : f32
              %v1922, %v1923 = gpu.shuffle idx %v543, %v177, %v382 : f32
              %v1924 = arith.addi %v449, %v760 : i64
              llvm.store %v68, %v891 : f32, !llvm.ptr
              llvm.store %v68, %v892 : f32, !llvm.ptr
              llvm.store %v68, %v893 : f32, !llvm.ptr
              scf.if %v1912 {
                %v1925 = arith.addi %v211, %v1911 : i64
                %v1926 = arith.muli %v32, %v238 : i64
                %v1927 = arith.subi %v1925, %v211 : i64
                %v1928 = arith.addi %v1926, %v1927 : i64
                %v1929 = llvm.getelementptr %v67[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1930 = llvm.load %v1929 : !llvm.ptr -> f32
                %v1931 = arith.muli %v44, %v319 : i64
                %v1932 = arith.muli %v1925, %v318 : i64
                %v1933 = arith.addi %v1931, %v1932 : i64
                %v1934 = arith.muli %v42, %v2 : i64
                %v1935 = arith.addi %v1933, %v1934 : i64
                %v1936 = llvm.getelementptr %dy_y[%v1935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1937 = llvm.load %v1936 : !llvm.ptr -> f32
                %v1938 = arith.mulf %v1918, %v1937 fastmath<contract> : f32
                %v1939 = arith.mulf %v1930, %v1938 fastmath<contract> : f32
                %v1940 = llvm.load %v50 : !llvm.ptr -> f32
                %v1941 = llvm.load %v52 : !llvm.ptr -> f32
                %v1942 = arith.mulf %v1941, %v1940 fastmath<contract> : f32
                %v1943 = arith.addf %v1939, %v1942 fastmath<contract> : f32
                llvm.store %v1943, %v50 : f32, !llvm.ptr
                %v1944 = arith.constant 8 : i64
                %v1945 = arith.addi %v1944, %v32 : i64
                %v1946 = arith.muli %v1945, %v238 : i64
                %v1947 = arith.subi %v1925, %v211 : i64
                %v1948 = arith.addi %v1946, %v1947 : i64
                %v1949 = llvm.getelementptr %v67[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1950 = llvm.load %v1949 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1950, %v1938 fastmath<contract> : f32
                %v1952 = llvm.load %v51 : !llvm.ptr -> f32
                %v1953 = llvm.load %v53 : !llvm.ptr -> f32
                %v1954 = arith.mulf %v1953, %v1952 fastmath<contract> : f32
                %v1955 = arith.addf %v1951, %v1954 fastmath<contract> : f32
                llvm.store %v1955, %v51 : f32, !llvm.ptr
                scf.if %v1913 {
                  %v1956 = arith.muli %v44, %v117 : i64
                  %v1957 = arith.muli %v42, %v116 : i64
                  %v1958 = arith.addi %v1956, %v1957 : i64
                  %v1959 = arith.muli %v32, %v2 : i64
                  %v1960 = arith.addi %v1958, %v1959 : i64
                  %v1961 = llvm.getelementptr %dy_h_last[%v1960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1962 = llvm.load %v1961 : !llvm.ptr -> f32
                  %v1963 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1964 = arith.addf %v1963, %v1962 fastmath<contract> : f32
                  llvm.store %v1964, %v50 : f32, !llvm.ptr
                  %v1965 = arith.muli %v44, %v117 : i64
                  %v1966 = arith.muli %v42, %v116 : i64
                  %v1967 = arith.addi %v1965, %v1966 : i64
                  %v1968 = arith.constant 8 : i64
                  %v1969 = arith.addi %v1968, %v32 : i64
                  %v1970 = arith.muli %v1969, %v2 : i64
                  %v1971 = arith.addi %v1967, %v1970 : i64
                  %v1972 = llvm.getelementptr %dy_h_last[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1973 = llvm.load %v1972 : !llvm.ptr -> f32
                  %v1974 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1975 = arith.addf %v1974, %v1973 fastmath<contract> : f32
                  llvm.store %v1975, %v51 : f32, !llvm.ptr
                }
                %v1976 = arith.muli %v42, %v390 : i64
                %v1977 = arith.muli %v32, %v2 : i64
                %v1978 = arith.addi %v1976, %v1977 : i64
                %v1979 = llvm.getelementptr %in_A[%v1978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
                %v1981 = arith.mulf %v1914, %v1980 fastmath<contract> : f32
                %v1982 = arith.mulf %v1981, %v334 fastmath<contract> : f32
                %v1983 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1982) : (f32) -> f32
                %v1984 = llvm.load %v50 : !llvm.ptr -> f32
                %v1985 = arith.mulf %v609, %v1984 fastmath<contract> : f32
                %v1986 = arith.mulf %v1983, %v1985 fastmath<contract> : f32
                %v1987 = arith.mulf %v1914, %v1986 fastmath<contract> : f32
                %v1988 = llvm.load %v54 : !llvm.ptr -> f32
                %v1989 = arith.addf %v1988, %v1987 fastmath<contract> : f32
                llvm.store %v1989, %v54 : f32, !llvm.ptr
                %v1990 = arith.muli %v42, %v390 : i64
                %v1991 = arith.constant 8 : i64
                %v1992 = arith.addi %v1991, %v32 : i64
                %v1993 = arith.muli %v1992, %v2 : i64
                %v1994 = arith.addi %v1990, %v1993 : i64
                %v1995 = llvm.getelementptr %in_A[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1996 = llvm.load %v1995 : !llvm.ptr -> f32
                %v1997 = arith.mulf %v1914, %v1996 fastmath<contract> : f32
                %v1998 = arith.mulf %v1997, %v334 fastmath<contract> : f32
                %v1999 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1998) : (f32) -> f32
                %v2000 = llvm.load %v51 : !llvm.ptr -> f32
                %v2001 = arith.mulf %v629, %v2000 fastmath<contract> : f32
                %v2002 = arith.mulf %v1999, %v2001 fastmath<contract> : f32
                %v2003 = arith.mulf %v1914, %v2002 fastmath<contract> : f32
                %v2004 = llvm.load %v55 : !llvm.ptr -> f32
                %v2005 = arith.addf %v2004, %v2003 fastmath<contract> : f32
                llvm.store %v2005, %v55 : f32, !llvm.ptr
                %v2006 = arith.mulf %v1916, %v1984 fastmath<contract> : f32
                %v2007 = arith.select %v36, %v2006, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2008, %v2009 = gpu.shuffle xor %v2007, %v1009, %v382 : f32
                %v2010 = arith.addf %v2007, %v2008 fastmath<contract> : f32
                %v2011, %v2012 = gpu.shuffle xor %v2010, %v1013, %v382 : f32
                %v2013 = arith.addf %v2010, %v2011 fastmath<contract> : f32
                %v2014 = arith.divui %v17, %v19 : i64
                %v2015 = arith.remui %v17, %v19 : i64
                %v2016 = arith.cmpi ult, %v2015, %v31 : i64
                %v2017 = arith.addi %v70, %v32 : i64
                %v2018 = arith.muli %v2014, %v1 : i64
                %v2019 = arith.addi %v2018, %v2017 : i64
                %v2020 = arith.muli %v2019, %v1023 : i64
                %v2021 = arith.addi %v2020, %v1924 : i64
                scf.if %v2016 {
                  %v2022 = llvm.getelementptr %v61[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2013, %v2022 : f32, !llvm.ptr
                }
                %v2023 = arith.mulf %v1916, %v2000 fastmath<contract> : f32
                %v2024 = arith.select %v36, %v2023, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2025, %v2026 = gpu.shuffle xor %v2024, %v1009, %v382 : f32
                %v2027 = arith.addf %v2024, %v2025 fastmath<contract> : f32
                %v2028, %v2029 = gpu.shuffle xor %v2027, %v1013, %v382 : f32
                %v2030 = arith.addf %v2027, %v2028 fastmath<contract> : f32
                %v2031 = arith.divui %v17, %v19 : i64
                %v2032 = arith.remui %v17, %v19 : i64
                %v2033 = arith.cmpi ult, %v2032, %v31 : i64
                %v2034 = arith.addi %v31, %v32 : i64
                %v2035 = arith.muli %v2031, %v1 : i64
                %v2036 = arith.addi %v2035, %v2034 : i64
                %v2037 = arith.muli %v2036, %v1023 : i64
                %v2038 = arith.addi %v2037, %v1924 : i64
                scf.if %v2033 {
                  %v2039 = llvm.getelementptr %v61[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2030, %v2039 : f32, !llvm.ptr
                }
                %v2040 = arith.mulf %v653, %v1938 fastmath<contract> : f32
                %v2041 = arith.select %v36, %v2040, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2042, %v2043 = gpu.shuffle xor %v2041, %v1009, %v382 : f32
                %v2044 = arith.addf %v2041, %v2042 fastmath<contract> : f32
                %v2045, %v2046 = gpu.shuffle xor %v2044, %v1013, %v382 : f32
                %v2047 = arith.addf %v2044, %v2045 fastmath<contract> : f32
                %v2048 = arith.divui %v17, %v19 : i64
                %v2049 = arith.remui %v17, %v19 : i64
                %v2050 = arith.cmpi ult, %v2049, %v31 : i64
                %v2051 = arith.addi %v70, %v32 : i64
                %v2052 = arith.muli %v2048, %v1 : i64
                %v2053 = arith.addi %v2052, %v2051 : i64
                %v2054 = arith.muli %v2053, %v1023 : i64
                %v2055 = arith.addi %v2054, %v1924 : i64
                scf.if %v2050 {
                  %v2056 = llvm.getelementptr %v63[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2047, %v2056 : f32, !llvm.ptr
                }
                %v2057 = arith.mulf %v673, %v1938 fastmath<contract> : f32
                %v2058 = arith.select %v36, %v2057, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2059, %v2060 = gpu.shuffle xor %v2058, %v1009, %v382 : f32
                %v2061 = arith.addf %v2058, %v2059 fastmath<contract> : f32
                %v2062, %v2063 = gpu.shuffle xor %v2061, %v1013, %v382 : f32
                %v2064 = arith.addf %v2061, %v2062 fastmath<contract> : f32
                %v2065 = arith.divui %v17, %v19 : i64
                %v2066 = arith.remui %v17, %v19 : i64
                %v2067 = arith.cmpi ult, %v2066, %v31 : i64
                %v2068 = arith.addi %v31, %v32 : i64
                %v2069 = arith.muli %v2065, %v1 : i64
                %v2070 = arith.addi %v2069, %v2068 : i64
                %v2071 = arith.muli %v2070, %v1023 : i64
                %v2072 = arith.addi %v2071, %v1924 : i64
                scf.if %v2067 {
                  %v2073 = llvm.getelementptr %v63[%v2072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2064, %v2073 : f32, !llvm.ptr
                }
                %v2074 = arith.mulf %v1930, %v653 fastmath<contract> : f32
                %v2075 = arith.mulf %v1950, %v673 fastmath<contract> : f32
                %v2076 = arith.addf %v2074, %v2075 fastmath<contract> : f32
                llvm.store %v2076, %v891 : f32, !llvm.ptr
                %v2077 = arith.muli %v32, %v238 : i64
                %v2078 = arith.subi %v1925, %v211 : i64
                %v2079 = arith.addi %v2077, %v2078 : i64
                %v2080 = llvm.getelementptr %v65[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2081 = llvm.load %v2080 : !llvm.ptr -> f32
                %v2082 = arith.mulf %v2081, %v1984 fastmath<contract> : f32
                %v2083 = arith.constant 8 : i64
                %v2084 = arith.addi %v2083, %v32 : i64
                %v2085 = arith.muli %v2084, %v238 : i64
                %v2086 = arith.subi %v1925, %v211 : i64
                %v2087 = arith.addi %v2085, %v2086 : i64
                %v2088 = llvm.getelementptr %v65[%v2087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2089 = llvm.load %v2088 : !llvm.ptr -> f32
                %v2090 = arith.mulf %v2089, %v2000 fastmath<contract> : f32
                %v2091 = arith.addf %v2082, %v2090 fastmath<contract> : f32
                llvm.store %v2091, %v892 : f32, !llvm.ptr
                %v2092 = arith.mulf %v1980, %v1985 fastmath<contract> : f32
                %v2093 = arith.mulf %v1983, %v2092 fastmath<contract> : f32
                %v2094 = arith.mulf %v1996, %v2001 fastmath<contract> : f32
                %v2095 = arith.mulf %v1999, %v2094 fastmath<contract> : f32
                %v2096 = arith.addf %v2093, %v2095 fastmath<contract> : f32
                llvm.store %v2096, %v893 : f32, !llvm.ptr
                llvm.store %v1983, %v52 : f32, !llvm.ptr
                llvm.store %v1999, %v53 : f32, !llvm.ptr
              }
              %v2097 = llvm.load %v891 : !llvm.ptr -> f32
              %v2098 = arith.select %v896, %v2097, %v1908 : f32
              %v2099 = arith.select %v896, %v1908, %v2097 : f32
              %v2100, %v2101 = gpu.shuffle xor %v2098, %v1294, %v382 : f32
              %v2102 = arith.addf %v2099, %v2100 fastmath<contract> : f32
              %v2103 = llvm.load %v892 : !llvm.ptr -> f32
              %v2104 = arith.select %v896, %v2103, %v1909 : f32
              %v2105 = arith.select %v896, %v1909, %v2103 : f32
              %v2106, %v2107 = gpu.shuffle xor %v2104, %v1294, %v382 : f32
              %v2108 = arith.addf %v2105, %v2106 fastmath<contract> : f32
              %v2109 = llvm.load %v893 : !llvm.ptr -> f32
              %v2110 = arith.select %v896, %v2109, %v1910 : f32
              %v2111 = arith.select %v896, %v1910, %v2109 : f32
              %v2112, %v2113 = gpu.shuffle xor %v2110, %v1294, %v382 : f32
              %v2114 = arith.addf %v2111, %v2112 fastmath<contract> : f32
              %v2115 = arith.addi %v447, %v2 : i64
              %v2116 = arith.cmpi slt, %v1294, %v904 : i32
              %v2117 = arith.cmpi eq, %v1294, %v910 : i32
              %v2118, %v2119 = gpu.shuffle idx %v508, %v173, %v382 : f32
              %v2120, %v2121 = gpu.shuffle idx %v516, %v173, %v382 : f32
              %v2122, %v2123 = gpu.shuffle idx %v529, %v173, %v382 : f32
              %v2124, %v2125 = gpu.shuffle idx %v538, %v173, %v382 : f32
              %v2126, %v2127 = gpu.shuffle idx %v543, %v173, %v382 : f32
              %v2128 = arith.addi %v449, %v804 : i64
              llvm.store %v68, %v891 : f32, !llvm.ptr
              llvm.store %v68, %v892 : f32, !llvm.ptr
              llvm.store %v68, %v893 : f32, !llvm.ptr
              scf.if %v2116 {
                %v2129 = arith.addi %v211, %v2115 : i64
                %v2130 = arith.muli %v32, %v238 : i64
                %v2131 = arith.subi %v2129, %v211 : i64
                %v2132 = arith.addi %v2130, %v2131 : i64
                %v2133 = llvm.getelementptr %v67[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
                %v2135 = arith.muli %v44, %v319 : i64
                %v2136 = arith.muli %v2129, %v318 : i64
                %v2137 = arith.addi %v2135, %v2136 : i64
                %v2138 = arith.muli %v42, %v2 : i64
                %v2139 = arith.addi %v2137, %v2138 : i64
                %v2140 = llvm.getelementptr %dy_y[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2141 = llvm.load %v2140 : !llvm.ptr -> f32
                %v2142 = arith.mulf %v2122, %v2141 fastmath<contract> : f32
                %v2143 = arith.mulf %v2134, %v2142 fastmath<contract> : f32
                %v2144 = llvm.load %v50 : !llvm.ptr -> f32
                %v2145 = llvm.load %v52 : !llvm.ptr -> f32
                %v2146 = arith.mulf %v2145, %v2144 fastmath<contract> : f32
                %v2147 = arith.addf %v2143, %v2146 fastmath<contract> : f32
                llvm.store %v2147, %v50 : f32, !llvm.ptr
                %v2148 = arith.constant 8 : i64
                %v2149 = arith.addi %v2148, %v32 : i64
                %v2150 = arith.muli %v2149, %v238 : i64
                %v2151 = arith.subi %v2129, %v211 : i64
                %v2152 = arith.addi %v2150, %v2151 : i64
                %v2153 = llvm.getelementptr %v67[%v2152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2154 = llvm.load %v2153 : !llvm.ptr -> f32
                %v2155 = arith.mulf %v2154, %v2142 fastmath<contract> : f32
                %v2156 = llvm.load %v51 : !llvm.ptr -> f32
                %v2157 = llvm.load %v53 : !llvm.ptr -> f32
                %v2158 = arith.mulf %v2157, %v2156 fastmath<contract> : f32
                %v2159 = arith.addf %v2155, %v2158 fastmath<contract> : f32
                llvm.store %v2159, %v51 : f32, !llvm.ptr
                scf.if %v2117 {
                  %v2160 = arith.muli %v44, %v117 : i64
                  %v2161 = arith.muli %v42, %v116 : i64
                  %v2162 = arith.addi %v2160, %v2161 : i64
                  %v2163 = arith.muli %v32, %v2 : i64
                  %v2164 = arith.addi %v2162, %v2163 : i64
                  %v2165 = llvm.getelementptr %dy_h_last[%v2164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
                  %v2167 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2168 = arith.addf %v2167, %v2166 fastmath<contract> : f32
                  llvm.store %v2168, %v50 : f32, !llvm.ptr
                  %v2169 = arith.muli %v44, %v117 : i64
                  %v2170 = arith.muli %v42, %v116 : i64
                  %v2171 = arith.addi %v2169, %v2170 : i64
                  %v2172 = arith.constant 8 : i64
                  %v2173 = arith.addi %v2172, %v32 : i64
                  %v2174 = arith.muli %v2173, %v2 : i64
                  %v2175 = arith.addi %v2171, %v2174 : i64
                  %v2176 = llvm.getelementptr %dy_h_last[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2177 = llvm.load %v2176 : !llvm.ptr -> f32
                  %v2178 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2179 = arith.addf %v2178, %v2177 fastmath<contract> : f32
                  llvm.store %v2179, %v51 : f32, !llvm.ptr
                }
                %v2180 = arith.muli %v42, %v390 : i64
                %v2181 = arith.muli %v32, %v2 : i64
                %v2182 = arith.addi %v2180, %v2181 : i64
                %v2183 = llvm.getelementptr %in_A[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2184 = llvm.load %v2183 : !llvm.ptr -> f32
                %v2185 = arith.mulf %v2118, %v2184 fastmath<contract> : f32
                %v2186 = arith.mulf %v2185, %v334 fastmath<contract> : f32
                %v2187 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2186) : (f32) -> f32
                %v2188 = llvm.load %v50 : !llvm.ptr -> f32
                %v2189 = arith.mulf %v566, %v2188 fastmath<contract> : f32
                %v2190 = arith.mulf %v2187, %v2189 fastmath<contract> : f32
                %v2191 = arith.mulf %v2118, %v2190 fastmath<contract> : f32
                %v2192 = llvm.load %v54 : !llvm.ptr -> f32
                %v2193 = arith.addf %v2192, %v2191 fastmath<contract> : f32
                llvm.store %v2193, %v54 : f32, !llvm.ptr
                %v2194 = arith.muli %v42, %v390 : i64
                %v2195 = arith.constant 8 : i64
                %v2196 = arith.addi %v2195, %v32 : i64
                %v2197 = arith.muli %v2196, %v2 : i64
                %v2198 = arith.addi %v2194, %v2197 : i64
                %v2199 = llvm.getelementptr %in_A[%v2198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2200 = llvm.load %v2199 : !llvm.ptr -> f32
                %v2201 = arith.mulf %v2118, %v2200 fastmath<contract> : f32
                %v2202 = arith.mulf %v2201, %v334 fastmath<contract> : f32
                %v2203 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2202) : (f32) -> f32
                %v2204 = llvm.load %v51 : !llvm.ptr -> f32
                %v2205 = arith.mulf %v586, %v2204 fastmath<contract> : f32
                %v2206 = arith.mulf %v2203, %v2205 fastmath<contract> : f32
                %v2207 = arith.mulf %v2118, %v2206 fastmath<contract> : f32
                %v2208 = llvm.load %v55 : !llvm.ptr -> f32
                %v2209 = arith.addf %v2208, %v2207 fastmath<contract> : f32
                llvm.store %v2209, %v55 : f32, !llvm.ptr
                %v2210 = arith.mulf %v2120, %v2188 fastmath<contract> : f32
                %v2211 = arith.select %v36, %v2210, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2212, %v2213 = gpu.shuffle xor %v2211, %v1009, %v382 : f32
                %v2214 = arith.addf %v2211, %v2212 fastmath<contract> : f32
                %v2215, %v2216 = gpu.shuffle xor %v2214, %v1013, %v382 : f32
                %v2217 = arith.addf %v2214, %v2215 fastmath<contract> : f32
                %v2218 = arith.divui %v17, %v19 : i64
                %v2219 = arith.remui %v17, %v19 : i64
                %v2220 = arith.cmpi ult, %v2219, %v31 : i64
                %v2221 = arith.addi %v70, %v32 : i64
                %v2222 = arith.muli %v2218, %v1 : i64
                %v2223 = arith.addi %v2222, %v2221 : i64
                %v2224 = arith.muli %v2223, %v1023 : i64
                %v2225 = arith.addi %v2224, %v2128 : i64
                scf.if %v2220 {
                  %v2226 = llvm.getelementptr %v61[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2217, %v2226 : f32, !llvm.ptr
                }
                %v2227 = arith.mulf %v2120, %v2204 fastmath<contract> : f32
                %v2228 = arith.select %v36, %v2227, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2229, %v2230 = gpu.shuffle xor %v2228, %v1009, %v382 : f32
                %v2231 = arith.addf %v2228, %v2229 fastmath<contract> : f32
                %v2232, %v2233 = gpu.shuffle xor %v2231, %v1013, %v382 : f32
                %v2234 = arith.addf %v2231, %v2232 fastmath<contract> : f32
                %v2235 = arith.divui %v17, %v19 : i64
                %v2236 = arith.remui %v17, %v19 : i64
                %v2237 = arith.cmpi ult, %v2236, %v31 : i64
                %v2238 = arith.addi %v31, %v32 : i64
                %v2239 = arith.muli %v2235, %v1 : i64
                %v2240 = arith.addi %v2239, %v2238 : i64
                %v2241 = arith.muli %v2240, %v1023 : i64
                %v2242 = arith.addi %v2241, %v2128 : i64
                scf.if %v2237 {
                  %v2243 = llvm.getelementptr %v61[%v2242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2234, %v2243 : f32, !llvm.ptr
                }
                %v2244 = arith.mulf %v609, %v2142 fastmath<contract> : f32
                %v2245 = arith.select %v36, %v2244, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2246, %v2247 = gpu.shuffle xor %v2245, %v1009, %v382 : f32
                %v2248 = arith.addf %v2245, %v2246 fastmath<contract> : f32
                %v2249, %v2250 = gpu.shuffle xor %v2248, %v1013, %v382 : f32
                %v2251 = arith.addf %v2248, %v2249 fastmath<contract> : f32
                %v2252 = arith.divui %v17, %v19 : i64
                %v2253 = arith.remui %v17, %v19 : i64
                %v2254 = arith.cmpi ult, %v2253, %v31 : i64
                %v2255 = arith.addi %v70, %v32 : i64
                %v2256 = arith.muli %v2252, %v1 : i64
                %v2257 = arith.addi %v2256, %v2255 : i64
                %v2258 = arith.muli %v2257, %v1023 : i64
                %v2259 = arith.addi %v2258, %v2128 : i64
                scf.if %v2254 {
                  %v2260 = llvm.getelementptr %v63[%v2259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2251, %v2260 : f32, !llvm.ptr
                }
                %v2261 = arith.mulf %v629, %v2142 fastmath<contract> : f32
                %v2262 = arith.select %v36, %v2261, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2263, %v2264 = gpu.shuffle xor %v2262, %v1009, %v382 : f32
                %v2265 = arith.addf %v2262, %v2263 fastmath<contract> : f32
                %v2266, %v2267 = gpu.shuffle xor %v2265, %v1013, %v382 : f32
                %v2268 = arith.addf %v2265, %v2266 fastmath<contract> : f32
                %v2269 = arith.divui %v17, %v19 : i64
                %v2270 = arith.remui %v17, %v19 : i64
                %v2271 = arith.cmpi ult, %v2270, %v31 : i64
                %v2272 = arith.addi %v31, %v32 : i64
                %v2273 = arith.muli %v2269, %v1 : i64
                %v2274 = arith.addi %v2273, %v2272 : i64
                %v2275 = arith.muli %v2274, %v1023 : i64
                %v2276 = arith.addi %v2275, %v2128 : i64
                scf.if %v2271 {
                  %v2277 = llvm.getelementptr %v63[%v2276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2268, %v2277 : f32, !llvm.ptr
                }
                %v2278 = arith.mulf %v2134, %v609 fastmath<contract> : f32
                %v2279 = arith.mulf %v2154, %v629 fastmath<contract> : f32
                %v2280 = arith.addf %v2278, %v2279 fastmath<contract> : f32
                llvm.store %v2280, %v891 : f32, !llvm.ptr
                %v2281 = arith.muli %v32, %v238 : i64
                %v2282 = arith.subi %v2129, %v211 : i64
                %v2283 = arith.addi %v2281, %v2282 : i64
                %v2284 = llvm.getelementptr %v65[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2285 = llvm.load %v2284 : !llvm.ptr -> f32
                %v2286 = arith.mulf %v2285, %v2188 fastmath<contract> : f32
                %v2287 = arith.constant 8 : i64
                %v2288 = arith.addi %v2287, %v32 : i64
                %v2289 = arith.muli %v2288, %v238 : i64
                %v2290 = arith.subi %v2129, %v211 : i64
                %v2291 = arith.addi %v2289, %v2290 : i64
                %v2292 = llvm.getelementptr %v65[%v2291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2293 = llvm.load %v2292 : !llvm.ptr -> f32
                %v2294 = arith.mulf %v2293, %v2204 fastmath<contract> : f32
                %v2295 = arith.addf %v2286, %v2294 fastmath<contract> : f32
                llvm.store %v2295, %v892 : f32, !llvm.ptr
                %v2296 = arith.mulf %v2184, %v2189 fastmath<contract> : f32
                %v2297 = arith.mulf %v2187, %v2296 fastmath<contract> : f32
                %v2298 = arith.mulf %v2200, %v2205 fastmath<contract> : f32
                %v2299 = arith.mulf %v2203, %v2298 fastmath<contract> : f32
                %v2300 = arith.addf %v2297, %v2299 fastmath<contract> : f32
                llvm.store %v2300, %v893 : f32, !llvm.ptr
                llvm.store %v2187, %v52 : f32, !llvm.ptr
                llvm.store %v2203, %v53 : f32, !llvm.ptr
              }
              %v2301 = llvm.load %v891 : !llvm.ptr -> f32
              %v2302 = llvm.load %v892 : !llvm.ptr -> f32
              %v2303 = llvm.load %v893 : !llvm.ptr -> f32
              %v2304 = arith.addi %v447, %v70 : i64
              %v2306 = arith.cmpi slt, %v2305, %v904 : i32
              %v2307 = arith.cmpi eq, %v2305, %v910 : i32
              %v2308, %v2309 = gpu.shuffle idx %v508, %v169, %v382 : f32
              %v2310, %v2311 = gpu.shuffle idx %v516, %v169, %v382 : f32
              %v2312, %v2313 = gpu.shuffle idx %v529, %v169, %v382 : f32
              %v2314, %v2315 = gpu.shuffle idx %v538, %v169, %v382 : f32
              %v2316, %v2317 = gpu.shuffle idx %v543, %v169, %v382 : f32
              %v2318 = arith.addi %v449, %v161 : i64
              llvm.store %v68, %v891 : f32, !llvm.ptr
              llvm.store %v68, %v892 : f32, !llvm.ptr
              llvm.store %v68, %v893 : f32, !llvm.ptr
              scf.if %v2306 {
                %v2319 = arith.addi %v211, %v2304 : i64
                %v2320 = arith.muli %v32, %v238 : i64
                %v2321 = arith.subi %v2319, %v211 : i64
                %v2322 = arith.addi %v2320, %v2321 : i64
                %v2323 = llvm.getelementptr %v67[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2324 = llvm.load %v2323 : !llvm.ptr -> f32
                %v2325 = arith.muli %v44, %v319 : i64
                %v2326 = arith.muli %v2319, %v318 : i64
                %v2327 = arith.addi %v2325, %v2326 : i64
                %v2328 = arith.muli %v42, %v2 : i64
                %v2329 = arith.addi %v2327, %v2328 : i64
                %v2330 = llvm.getelementptr %dy_y[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2331 = llvm.load %v2330 : !llvm.ptr -> f32
                %v2332 = arith.mulf %v2312, %v2331 fastmath<contract> : f32
                %v2333 = arith.mulf %v2324, %v2332 fastmath<contract> : f32
                %v2334 = llvm.load %v50 : !llvm.ptr -> f32
                %v2335 = llvm.load %v52 : !llvm.ptr -> f32
                %v2336 = arith.mulf %v2335, %v2334 fastmath<contract> : f32
                %v2337 = arith.addf %v2333, %v2336 fastmath<contract> : f32
                llvm.store %v2337, %v50 : f32, !llvm.ptr
                %v2338 = arith.constant 8 : i64
                %v2339 = arith.addi %v2338, %v32 : i64
                %v2340 = arith.muli %v2339, %v238 : i64
                %v2341 = arith.subi %v2319, %v211 : i64
                %v2342 = arith.addi %v2340, %v2341 : i64
                %v2343 = llvm.getelementptr %v67[%v2342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
                %v2345 = arith.mulf %v2344, %v2332 fastmath<contract> : f32
                %v2346 = llvm.load %v51 : !llvm.ptr -> f32
                %v2347 = llvm.load %v53 : !llvm.ptr -> f32
                %v2348 = arith.mulf %v2347, %v2346 fastmath<contract> : f32
                %v2349 = arith.addf %v2345, %v2348 fastmath<contract> : f32
                llvm.store %v2349, %v51 : f32, !llvm.ptr
                scf.if %v2307 {
                  %v2350 = arith.muli %v44, %v117 : i64
                  %v2351 = arith.muli %v42, %v116 : i64
                  %v2352 = arith.addi %v2350, %v2351 : i64
                  %v2353 = arith.muli %v32, %v2 : i64
                  %v2354 = arith.addi %v2352, %v2353 : i64
                  %v2355 = llvm.getelementptr %dy_h_last[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2356 = llvm.load %v2355 : !llvm.ptr -> f32
                  %v2357 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2358 = arith.addf %v2357, %v2356 fastmath<contract> : f32
                  llvm.store %v2358, %v50 : f32, !llvm.ptr
                  %v2359 = arith.muli %v44, %v117 : i64
                  %v2360 = arith.muli %v42, %v116 : i64
                  %v2361 = arith.addi %v2359, %v2360 : i64
                  %v2362 = arith.constant 8 : i64
                  %v2363 = arith.addi %v2362, %v32 : i64
                  %v2364 = arith.muli %v2363, %v2 : i64
                  %v2365 = arith.addi %v2361, %v2364 : i64
                  %v2366 = llvm.getelementptr %dy_h_last[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
                  %v2368 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2369 = arith.addf %v2368, %v2367 fastmath<contract> : f32
                  llvm.store %v2369, %v51 : f32, !llvm.ptr
                }
                %v2370 = arith.muli %v42, %v390 : i64
                %v2371 = arith.muli %v32, %v2 : i64
                %v2372 = arith.addi %v2370, %v2371 : i64
                %v2373 = llvm.getelementptr %in_A[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2374 = llvm.load %v2373 : !llvm.ptr -> f32
                %v2375 = arith.mulf %v2308, %v2374 fastmath<contract> : f32
                %v2376 = arith.mulf %v2375, %v334 fastmath<contract> : f32
                %v2377 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2376) : (f32) -> f32
                %v2378 = llvm.load %v50 : !llvm.ptr -> f32
                %v2379 = arith.mulf %v460, %v2378 fastmath<contract> : f32
                %v2380 = arith.mulf %v2377, %v2379 fastmath<contract> : f32
                %v2381 = arith.mulf %v2308, %v2380 fastmath<contract> : f32
                %v2382 = llvm.load %v54 : !llvm.ptr -> f32
                %v2383 = arith.addf %v2382, %v2381 fastmath<contract> : f32
                llvm.store %v2383, %v54 : f32, !llvm.ptr
                %v2384 = arith.muli %v42, %v390 : i64
                %v2385 = arith.constant 8 : i64
                %v2386 = arith.addi %v2385, %v32 : i64
                %v2387 = arith.muli %v2386, %v2 : i64
                %v2388 = arith.addi %v2384, %v2387 : i64
                %v2389 = llvm.getelementptr %in_A[%v2388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2390 = llvm.load %v2389 : !llvm.ptr -> f32
                %v2391 = arith.mulf %v2308, %v2390 fastmath<contract> : f32
                %v2392 = arith.mulf %v2391, %v334 fastmath<contract> : f32
                %v2393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2392) : (f32) -> f32
                %v2394 = llvm.load %v51 : !llvm.ptr -> f32
                %v2395 = arith.mulf %v469, %v2394 fastmath<contract> : f32
                %v2396 = arith.mulf %v2393, %v2395 fastmath<contract> : f32
                %v2397 = arith.mulf %v2308, %v2396 fastmath<contract> : f32
                %v2398 = llvm.load %v55 : !llvm.ptr -> f32
                %v2399 = arith.addf %v2398, %v2397 fastmath<contract> : f32
                llvm.store %v2399, %v55 : f32, !llvm.ptr
                %v2400 = arith.mulf %v2310, %v2378 fastmath<contract> : f32
                %v2401 = arith.select %v36, %v2400, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2402, %v2403 = gpu.shuffle xor %v2401, %v1009, %v382 : f32
                %v2404 = arith.addf %v2401, %v2402 fastmath<contract> : f32
                %v2405, %v2406 = gpu.shuffle xor %v2404, %v1013, %v382 : f32
                %v2407 = arith.addf %v2404, %v2405 fastmath<contract> : f32
                %v2408 = arith.divui %v17, %v19 : i64
                %v2409 = arith.remui %v17, %v19 : i64
                %v2410 = arith.cmpi ult, %v2409, %v31 : i64
                %v2411 = arith.addi %v70, %v32 : i64
                %v2412 = arith.muli %v2408, %v1 : i64
                %v2413 = arith.addi %v2412, %v2411 : i64
                %v2414 = arith.muli %v2413, %v1023 : i64
                %v2415 = arith.addi %v2414, %v2318 : i64
                scf.if %v2410 {
                  %v2416 = llvm.getelementptr %v61[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2407, %v2416 : f32, !llvm.ptr
                }
                %v2417 = arith.mulf %v2310, %v2394 fastmath<contract> : f32
                %v2418 = arith.select %v36, %v2417, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2419, %v2420 = gpu.shuffle xor %v2418, %v1009, %v382 : f32
                %v2421 = arith.addf %v2418, %v2419 fastmath<contract> : f32
                %v2422, %v2423 = gpu.shuffle xor %v2421, %v1013, %v382 : f32
                %v2424 = arith.addf %v2421, %v2422 fastmath<contract> : f32
                %v2425 = arith.divui %v17, %v19 : i64
                %v2426 = arith.remui %v17, %v19 : i64
                %v2427 = arith.cmpi ult, %v2426, %v31 : i64
                %v2428 = arith.addi %v31, %v32 : i64
                %v2429 = arith.muli %v2425, %v1 : i64
                %v2430 = arith.addi %v2429, %v2428 : i64
                %v2431 = arith.muli %v2430, %v1023 : i64
                %v2432 = arith.addi %v2431, %v2318 : i64
                scf.if %v2427 {
                  %v2433 = llvm.getelementptr %v61[%v2432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2424, %v2433 : f32, !llvm.ptr
                }
                %v2434 = arith.mulf %v566, %v2332 fastmath<contract> : f32
                %v2435 = arith.select %v36, %v2434, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2436, %v2437 = gpu.shuffle xor %v2435, %v1009, %v382 : f32
                %v2438 = arith.addf %v2435, %v2436 fastmath<contract> : f32
                %v2439, %v2440 = gpu.shuffle xor %v2438, %v1013, %v382 : f32
                %v2441 = arith.addf %v2438, %v2439 fastmath<contract> : f32
                %v2442 = arith.divui %v17, %v19 : i64
                %v2443 = arith.remui %v17, %v19 : i64
                %v2444 = arith.cmpi ult, %v2443, %v31 : i64
                %v2445 = arith.addi %v70, %v32 : i64
                %v2446 = arith.muli %v2442, %v1 : i64
                %v2447 = arith.addi %v2446, %v2445 : i64
                %v2448 = arith.muli %v2447, %v1023 : i64
                %v2449 = arith.addi %v2448, %v2318 : i64
                scf.if %v2444 {
                  %v2450 = llvm.getelementptr %v63[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2441, %v2450 : f32, !llvm.ptr
                }
                %v2451 = arith.mulf %v586, %v2332 fastmath<contract> : f32
                %v2452 = arith.select %v36, %v2451, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2453, %v2454 = gpu.shuffle xor %v2452, %v1009, %v382 : f32
                %v2455 = arith.addf %v2452, %v2453 fastmath<contract> : f32
                %v2456, %v2457 = gpu.shuffle xor %v2455, %v1013, %v382 : f32
                %v2458 = arith.addf %v2455, %v2456 fastmath<contract> : f32
                %v2459 = arith.divui %v17, %v19 : i64
                %v2460 = arith.remui %v17, %v19 : i64
                %v2461 = arith.cmpi ult, %v2460, %v31 : i64
                %v2462 = arith.addi %v31, %v32 : i64
                %v2463 = arith.muli %v2459, %v1 : i64
                %v2464 = arith.addi %v2463, %v2462 : i64
                %v2465 = arith.muli %v2464, %v1023 : i64
                %v2466 = arith.addi %v2465, %v2318 : i64
                scf.if %v2461 {
                  %v2467 = llvm.getelementptr %v63[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2458, %v2467 : f32, !llvm.ptr
                }
                %v2468 = arith.mulf %v2324, %v566 fastmath<contract> : f32
                %v2469 = arith.mulf %v2344, %v586 fastmath<contract> : f32
                %v2470 = arith.addf %v2468, %v2469 fastmath<contract> : f32
                llvm.store %v2470, %v891 : f32, !llvm.ptr
                %v2471 = arith.muli %v32, %v238 : i64
                %v2472 = arith.subi %v2319, %v211 : i64
                %v2473 = arith.addi %v2471, %v2472 : i64
                %v2474 = llvm.getelementptr %v65[%v2473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2475 = llvm.load %v2474 : !llvm.ptr -> f32
                %v2476 = arith.mulf %v2475, %v2378 fastmath<contract> : f32
                %v2477 = arith.constant 8 : i64
                %v2478 = arith.addi %v2477, %v32 : i64
                %v2479 = arith.muli %v2478, %v238 : i64
                %v2480 = arith.subi %v2319, %v211 : i64
                %v2481 = arith.addi %v2479, %v2480 : i64
                %v2482 = llvm.getelementptr %v65[%v2481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
                %v2484 = arith.mulf %v2483, %v2394 fastmath<contract> : f32
                %v2485 = arith.addf %v2476, %v2484 fastmath<contract> : f32
                llvm.store %v2485, %v892 : f32, !llvm.ptr
                %v2486 = arith.mulf %v2374, %v2379 fastmath<contract> : f32
                %v2487 = arith.mulf %v2377, %v2486 fastmath<contract> : f32
                %v2488 = arith.mulf %v2390, %v2395 fastmath<contract> : f32
                %v2489 = arith.mulf %v2393, %v2488 fastmath<contract> : f32
                %v2490 = arith.addf %v2487, %v2489 fastmath<contract> : f32
                llvm.store %v2490, %v893 : f32, !llvm.ptr
                llvm.store %v2377, %v52 : f32, !llvm.ptr
                llvm.store %v2393, %v53 : f32, !llvm.ptr
              }
              %v2491 = llvm.load %v891 : !llvm.ptr -> f32
              %v2492 = arith.select %v896, %v2491, %v2301 : f32
              %v2493 = arith.select %v896, %v2301, %v2491 : f32
              %v2494, %v2495 = gpu.shuffle xor %v2492, %v1294, %v382 : f32
              %v2496 = arith.addf %v2493, %v2494 fastmath<contract> : f32
              %v2497 = arith.select %v899, %v2496, %v2102 : f32
              %v2498 = arith.select %v899, %v2102, %v2496 : f32
              %v2499, %v2500 = gpu.shuffle xor %v2497, %v1695, %v382 : f32
              %v2501 = arith.addf %v2498, %v2499 fastmath<contract> : f32
              %v2502 = arith.select %v902, %v2501, %v1698 : f32
              %v2503 = arith.select %v902, %v1698, %v2501 : f32
              %v2504, %v2505 = gpu.shuffle xor %v2502, %v1501, %v382 : f32
              %v2506 = arith.addf %v2503, %v2504 fastmath<contract> : f32
              %v2507 = llvm.load %v892 : !llvm.ptr -> f32
              %v2508 = arith.select %v896, %v2507, %v2302 : f32
              %v2509 = arith.select %v896, %v2302, %v2507 : f32
              %v2510, %v2511 = gpu.shuffle xor %v2508, %v1294, %v382 : f32
              %v2512 = arith.addf %v2509, %v2510 fastmath<contract> : f32
              %v2513 = arith.select %v899, %v2512, %v2108 : f32
              %v2514 = arith.select %v899, %v2108, %v2512 : f32
              %v2515, %v2516 = gpu.shuffle xor %v2513, %v1695, %v382 : f32
              %v2517 = arith.addf %v2514, %v2515 fastmath<contract> : f32
              %v2518 = arith.select %v902, %v2517, %v1709 : f32
              %v2519 = arith.select %v902, %v1709, %v2517 : f32
              %v2520, %v2521 = gpu.shuffle xor %v2518, %v1501, %v382 : f32
              %v2522 = arith.addf %v2519, %v2520 fastmath<contract> : f32
              %v2523 = llvm.load %v893 : !llvm.ptr -> f32
              %v2524 = arith.select %v896, %v2523, %v2303 : f32
              %v2525 = arith.select %v896, %v2303, %v2523 : f32
              %v2526, %v2527 = gpu.shuffle xor %v2524, %v1294, %v382 : f32
              %v2528 = arith.addf %v2525, %v2526 fastmath<contract> : f32
              %v2529 = arith.select %v899, %v2528, %v2114 : f32
              %v2530 = arith.select %v899, %v2114, %v2528 : f32
              %v2531, %v2532 = gpu.shuffle xor %v2529, %v1695, %v382 : f32
              %v2533 = arith.addf %v2530, %v2531 fastmath<contract> : f32
              %v2534 = arith.select %v902, %v2533, %v1720 : f32
              %v2535 = arith.select %v902, %v1720, %v2533 : f32
              %v2536, %v2537 = gpu.shuffle xor %v2534, %v1501, %v382 : f32
              %v2538 = arith.addf %v2535, %v2536 fastmath<contract> : f32
              %v2539 = arith.addi %v447, %v32 : i64
              %v2540 = arith.cmpi slt, %v2539, %v213 : i64
              %v2541 = arith.andi %v36, %v2540 : i1
              scf.if %v2541 {
                %v2542 = arith.addi %v211, %v2539 : i64
                // the gradients of this lane's own step
                %v2543 = arith.muli %v42, %v2 : i64
                %v2544 = llvm.getelementptr %in_Dskip[%v2543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
                %v2546 = arith.muli %v44, %v319 : i64
                %v2547 = arith.muli %v2542, %v318 : i64
                %v2548 = arith.addi %v2546, %v2547 : i64
                %v2549 = arith.muli %v42, %v2 : i64
                %v2550 = arith.addi %v2548, %v2549 : i64
                %v2551 = llvm.getelementptr %dy_y[%v2550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2552 = llvm.load %v2551 : !llvm.ptr -> f32
                %v2553 = arith.mulf %v529, %v2552 fastmath<contract> : f32
                %v2554 = arith.mulf %v2545, %v2553 fastmath<contract> : f32
                %v2555 = arith.mulf %v508, %v2522 fastmath<contract> : f32
                %v2556 = arith.addf %v2554, %v2555 fastmath<contract> : f32
                %v2557 = arith.muli %v44, %v319 : i64
                %v2558 = arith.muli %v2542, %v318 : i64
                %v2559 = arith.addi %v2557, %v2558 : i64
                %v2560 = arith.muli %v42, %v2 : i64
                %v2561 = arith.addi %v2559, %v2560 : i64
                %v2562 = llvm.getelementptr %dx_u[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2556, %v2562 : f32, !llvm.ptr
                %v2563 = arith.muli %v44, %v319 : i64
                %v2564 = arith.muli %v2542, %v318 : i64
                %v2565 = arith.addi %v2563, %v2564 : i64
                %v2566 = arith.muli %v42, %v2 : i64
                %v2567 = arith.addi %v2565, %v2566 : i64
                %v2568 = llvm.getelementptr %in_u[%v2567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2569 = llvm.load %v2568 : !llvm.ptr -> f32
                %v2570 = arith.mulf %v2569, %v2522 fastmath<contract> : f32
                %v2571 = arith.addf %v2570, %v2538 fastmath<contract> : f32
                %v2572 = arith.mulf %v2571, %v543 fastmath<contract> : f32
                %v2573 = arith.muli %v44, %v319 : i64
                %v2574 = arith.muli %v2542, %v318 : i64
                %v2575 = arith.addi %v2573, %v2574 : i64
                %v2576 = arith.muli %v42, %v2 : i64
                %v2577 = arith.addi %v2575, %v2576 : i64
                %v2578 = llvm.getelementptr %dx_delta[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2572, %v2578 : f32, !llvm.ptr
                %v2579 = arith.mulf %v2569, %v2545 fastmath<contract> : f32
                %v2580 = arith.addf %v2506, %v2579 fastmath<contract> : f32
                %v2581 = arith.mulf %v2580, %v2552 fastmath<contract> : f32
                %v2582 = arith.mulf %v2581, %v538 fastmath<contract> : f32
                %v2583 = arith.muli %v44, %v319 : i64
                %v2584 = arith.muli %v2542, %v318 : i64
                %v2585 = arith.addi %v2583, %v2584 : i64
                %v2586 = arith.muli %v42, %v2 : i64
                %v2587 = arith.addi %v2585, %v2586 : i64
                %v2588 = llvm.getelementptr %dx_z[%v2587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2582, %v2588 : f32, !llvm.ptr
                %v2589 = arith.mulf %v2569, %v2553 fastmath<contract> : f32
                %v2590 = llvm.load %v56 : !llvm.ptr -> f32
                %v2591 = arith.addf %v2590, %v2589 fastmath<contract> : f32
                llvm.store %v2591, %v56 : f32, !llvm.ptr
                %v2592 = llvm.load %v57 : !llvm.ptr -> f32
                %v2593 = arith.addf %v2592, %v2572 fastmath<contract> : f32
                llvm.store %v2593, %v57 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2598 = arith.index_cast %v17 : i64 to index
          %v2599 = arith.index_cast %v2597 : i64 to index
          %v2600 = arith.index_cast %v7 : i64 to index
          scf.for %v2601 = %v2598 to %v2599 step %v2600 {
            %v2602 = arith.index_cast %v2601 : index to i64
            %v2603 = arith.remui %v2602, %v19 : i64
            %v2604 = arith.divui %v2602, %v19 : i64
            %v2605 = arith.muli %v436, %v46 : i64
            %v2606 = arith.divui %v2603, %v31 : i64
            %v2607 = arith.addi %v2605, %v2606 : i64
            %v2608 = arith.cmpi slt, %v2607, %v215 : i64
            %v2609 = arith.subi %v215, %v2 : i64
            %v2610 = arith.subi %v2609, %v2607 : i64
            %v2611 = arith.remui %v2603, %v31 : i64
            %v2612 = arith.subi %v161, %v2611 : i64
            %v2613 = arith.muli %v2610, %v31 : i64
            %v2614 = arith.addi %v2613, %v2612 : i64
            %v2615 = arith.cmpi slt, %v2614, %v213 : i64
            %v2616 = arith.andi %v2608, %v2615 : i1
            scf.if %v2616 {
              %v2617 = arith.addi %v211, %v2614 : i64
              %v2618 = arith.muli %v70, %v1 : i64
              %v2619 = arith.addi %v2618, %v2604 : i64
              %v2620 = arith.muli %v2619, %v1023 : i64
              %v2621 = arith.addi %v2620, %v2603 : i64
              %v2622 = llvm.getelementptr %v61[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
              %v2624 = arith.muli %v2, %v1 : i64
              %v2625 = arith.addi %v2624, %v2604 : i64
              %v2626 = arith.muli %v2625, %v1023 : i64
              %v2627 = arith.addi %v2626, %v2603 : i64
              %v2628 = llvm.getelementptr %v61[%v2627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2629 = llvm.load %v2628 : !llvm.ptr -> f32
              %v2630 = arith.addf %v2623, %v2629 fastmath<contract> : f32
              %v2631 = arith.muli %v630, %v1 : i64
              %v2632 = arith.addi %v2631, %v2604 : i64
              %v2633 = arith.muli %v2632, %v1023 : i64
              %v2634 = arith.addi %v2633, %v2603 : i64
              %v2635 = llvm.getelementptr %v61[%v2634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2636 = llvm.load %v2635 : !llvm.ptr -> f32
              %v2637 = arith.addf %v2630, %v2636 fastmath<contract> : f32
              %v2638 = arith.muli %v429, %v1 : i64
              %v2639 = arith.addi %v2638, %v2604 : i64
              %v2640 = arith.muli %v2639, %v1023 : i64
              %v2641 = arith.addi %v2640, %v2603 : i64
              %v2642 = llvm.getelementptr %v61[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
              %v2644 = arith.addf %v2637, %v2643 fastmath<contract> : f32
              %v2645 = arith.muli %v46, %v1 : i64
              %v2646 = arith.addi %v2645, %v2604 : i64
              %v2647 = arith.muli %v2646, %v1023 : i64
              %v2648 = arith.addi %v2647, %v2603 : i64
              %v2649 = llvm.getelementptr %v61[%v2648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
              %v2651 = arith.addf %v2644, %v2650 fastmath<contract> : f32
              %v2652 = arith.muli %v760, %v1 : i64
              %v2653 = arith.addi %v2652, %v2604 : i64
              %v2654 = arith.muli %v2653, %v1023 : i64
              %v2655 = arith.addi %v2654, %v2603 : i64
              %v2656 = llvm.getelementptr %v61[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
              %v2658 = arith.addf %v2651, %v2657 fastmath<contract> : f32
              %v2659 = arith.muli %v804, %v1 : i64
              %v2660 = arith.addi %v2659, %v2604 : i64
              %v2661 = arith.muli %v2660, %v1023 : i64
              %v2662 = arith.addi %v2661, %v2603 : i64
              %v2663 = llvm.getelementptr %v61[%v2662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2664 = llvm.load %v2663 : !llvm.ptr -> f32
              %v2665 = arith.addf %v2658, %v2664 fastmath<contract> : f32
              %v2666 = arith.muli %v161, %v1 : i64
              %v2667 = arith.addi %v2666, %v2604 : i64
              %v2668 = arith.muli %v2667, %v1023 : i64
              %v2669 = arith.addi %v2668, %v2603 : i64
              %v2670 = llvm.getelementptr %v61[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
              %v2672 = arith.addf %v2665, %v2671 fastmath<contract> : f32
              %v2673 = arith.remui %v2604, %v1 : i64
              %v2674 = arith.divui %v2604, %v1 : i64
              %v2675 = arith.muli %v44, %v230 : i64
              %v2676 = arith.muli %v2617, %v229 : i64
              %v2677 = arith.addi %v2675, %v2676 : i64
              %v2678 = arith.muli %v2673, %v2 : i64
              %v2679 = arith.addi %v2677, %v2678 : i64
              %v2680 = arith.muli %v30, %v2596 : i64
              %v2681 = arith.addi %v2680, %v2679 : i64
              %v2682 = llvm.getelementptr %part_Bm[%v2681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2672, %v2682 : f32, !llvm.ptr
            }
          }
          %v2686 = arith.index_cast %v17 : i64 to index
          %v2687 = arith.index_cast %v2597 : i64 to index
          %v2688 = arith.index_cast %v7 : i64 to index
          scf.for %v2689 = %v2686 to %v2687 step %v2688 {
            %v2690 = arith.index_cast %v2689 : index to i64
            %v2691 = arith.remui %v2690, %v19 : i64
            %v2692 = arith.divui %v2690, %v19 : i64
            %v2693 = arith.muli %v436, %v46 : i64
            %v2694 = arith.divui %v2691, %v31 : i64
            %v2695 = arith.addi %v2693, %v2694 : i64
            %v2696 = arith.cmpi slt, %v2695, %v215 : i64
            %v2697 = arith.subi %v215, %v2 : i64
            %v2698 = arith.subi %v2697, %v2695 : i64
            %v2699 = arith.remui %v2691, %v31 : i64
            %v2700 = arith.subi %v161, %v2699 : i64
            %v2701 = arith.muli %v2698, %v31 : i64
            %v2702 = arith.addi %v2701, %v2700 : i64
            %v2703 = arith.cmpi slt, %v2702, %v213 : i64
            %v2704 = arith.andi %v2696, %v2703 : i1
            scf.if %v2704 {
              %v2705 = arith.addi %v211, %v2702 : i64
              %v2706 = arith.muli %v70, %v1 : i64
              %v2707 = arith.addi %v2706, %v2692 : i64
              %v2708 = arith.muli %v2707, %v1023 : i64
              %v2709 = arith.addi %v2708, %v2691 : i64
              %v2710 = llvm.getelementptr %v63[%v2709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2711 = llvm.load %v2710 : !llvm.ptr -> f32
              %v2712 = arith.muli %v2, %v1 : i64
              %v2713 = arith.addi %v2712, %v2692 : i64
              %v2714 = arith.muli %v2713, %v1023 : i64
              %v2715 = arith.addi %v2714, %v2691 : i64
              %v2716 = llvm.getelementptr %v63[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
              %v2718 = arith.addf %v2711, %v2717 fastmath<contract> : f32
              %v2719 = arith.muli %v630, %v1 : i64
              %v2720 = arith.addi %v2719, %v2692 : i64
              %v2721 = arith.muli %v2720, %v1023 : i64
              %v2722 = arith.addi %v2721, %v2691 : i64
              %v2723 = llvm.getelementptr %v63[%v2722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2724 = llvm.load %v2723 : !llvm.ptr -> f32
              %v2725 = arith.addf %v2718, %v2724 fastmath<contract> : f32
              %v2726 = arith.muli %v429, %v1 : i64
              %v2727 = arith.addi %v2726, %v2692 : i64
              %v2728 = arith.muli %v2727, %v1023 : i64
              %v2729 = arith.addi %v2728, %v2691 : i64
              %v2730 = llvm.getelementptr %v63[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2731 = llvm.load %v2730 : !llvm.ptr -> f32
              %v2732 = arith.addf %v2725, %v2731 fastmath<contract> : f32
              %v2733 = arith.muli %v46, %v1 : i64
              %v2734 = arith.addi %v2733, %v2692 : i64
              %v2735 = arith.muli %v2734, %v1023 : i64
              %v2736 = arith.addi %v2735, %v2691 : i64
              %v2737 = llvm.getelementptr %v63[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2738 = llvm.load %v2737 : !llvm.ptr -> f32
              %v2739 = arith.addf %v2732, %v2738 fastmath<contract> : f32
              %v2740 = arith.muli %v760, %v1 : i64
              %v2741 = arith.addi %v2740, %v2692 : i64
              %v2742 = arith.muli %v2741, %v1023 : i64
              %v2743 = arith.addi %v2742, %v2691 : i64
              %v2744 = llvm.getelementptr %v63[%v2743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2745 = llvm.load %v2744 : !llvm.ptr -> f32
              %v2746 = arith.addf %v2739, %v2745 fastmath<contract> : f32
              %v2747 = arith.muli %v804, %v1 : i64
              %v2748 = arith.addi %v2747, %v2692 : i64
              %v2749 = arith.muli %v2748, %v1023 : i64
              %v2750 = arith.addi %v2749, %v2691 : i64
              %v2751 = llvm.getelementptr %v63[%v2750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2752 = llvm.load %v2751 : !llvm.ptr -> f32
              %v2753 = arith.addf %v2746, %v2752 fastmath<contract> : f32
              %v2754 = arith.muli %v161, %v1 : i64
              %v2755 = arith.addi %v2754, %v2692 : i64
              %v2756 = arith.muli %v2755, %v1023 : i64
              %v2757 = arith.addi %v2756, %v2691 : i64
              %v2758 = llvm.getelementptr %v63[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2759 = llvm.load %v2758 : !llvm.ptr -> f32
              %v2760 = arith.addf %v2753, %v2759 fastmath<contract> : f32
              %v2761 = arith.remui %v2692, %v1 : i64
              %v2762 = arith.divui %v2692, %v1 : i64
              %v2763 = arith.muli %v44, %v230 : i64
              %v2764 = arith.muli %v2705, %v229 : i64
              %v2765 = arith.addi %v2763, %v2764 : i64
              %v2766 = arith.muli %v2761, %v2 : i64
              %v2767 = arith.addi %v2765, %v2766 : i64
              %v2768 = arith.muli %v30, %v2685 : i64
              %v2769 = arith.addi %v2768, %v2767 : i64
              %v2770 = llvm.getelementptr %part_Cm[%v2769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2760, %v2770 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2771 = arith.cmpi eq, %v27, %v70 : i64
      scf.if %v2771 {
        %v2772 = llvm.load %v50 : !llvm.ptr -> f32
        %v2773 = llvm.load %v52 : !llvm.ptr -> f32
        %v2774 = arith.mulf %v2773, %v2772 fastmath<contract> : f32
        %v2775 = llvm.load %v58 : !llvm.ptr -> f32
        %v2776 = arith.addf %v2775, %v2774 fastmath<contract> : f32
        llvm.store %v2776, %v58 : f32, !llvm.ptr
        %v2777 = llvm.load %v51 : !llvm.ptr -> f32
        %v2778 = llvm.load %v53 : !llvm.ptr -> f32
        %v2779 = arith.mulf %v2778, %v2777 fastmath<contract> : f32
        %v2780 = llvm.load %v59 : !llvm.ptr -> f32
        %v2781 = arith.addf %v2780, %v2779 fastmath<contract> : f32
        llvm.store %v2781, %v59 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v2782 = llvm.load %v54 : !llvm.ptr -> f32
        %v2783 = arith.addi %v70, %v32 : i64
        %v2784 = arith.addi %v49, %v38 : i64
        %v2785 = arith.muli %v2784, %v1 : i64
        %v2786 = arith.addi %v2785, %v2783 : i64
        %v2787 = llvm.getelementptr %part_A[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2782, %v2787 : f32, !llvm.ptr
        %v2788 = llvm.load %v55 : !llvm.ptr -> f32
        %v2789 = arith.addi %v31, %v32 : i64
        %v2790 = arith.addi %v49, %v38 : i64
        %v2791 = arith.muli %v2790, %v1 : i64
        %v2792 = arith.addi %v2791, %v2789 : i64
        %v2793 = llvm.getelementptr %part_A[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2788, %v2793 : f32, !llvm.ptr
      }
      %v2794 = llvm.load %v56 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2795, %v2796 = gpu.shuffle xor %v2794, %v1294, %v382 : f32
      %v2797 = arith.addf %v2794, %v2795 fastmath<contract> : f32
      %v2798, %v2799 = gpu.shuffle xor %v2797, %v1695, %v382 : f32
      %v2800 = arith.addf %v2797, %v2798 fastmath<contract> : f32
      %v2801, %v2802 = gpu.shuffle xor %v2800, %v1501, %v382 : f32
      %v2803 = arith.addf %v2800, %v2801 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2803, %v56 : f32, !llvm.ptr
      %v2804 = arith.cmpi eq, %v32, %v70 : i64
      %v2805 = arith.andi %v36, %v2804 : i1
      scf.if %v2805 {
        %v2806 = llvm.load %v56 : !llvm.ptr -> f32
        %v2807 = arith.addi %v49, %v38 : i64
        %v2808 = arith.muli %v2807, %v2 : i64
        %v2809 = arith.addi %v2808, %v70 : i64
        %v2810 = llvm.getelementptr %part_Dskip[%v2809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2806, %v2810 : f32, !llvm.ptr
      }
      %v2811 = llvm.load %v57 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2812, %v2813 = gpu.shuffle xor %v2811, %v1294, %v382 : f32
      %v2814 = arith.addf %v2811, %v2812 fastmath<contract> : f32
      %v2815, %v2816 = gpu.shuffle xor %v2814, %v1695, %v382 : f32
      %v2817 = arith.addf %v2814, %v2815 fastmath<contract> : f32
      %v2818, %v2819 = gpu.shuffle xor %v2817, %v1501, %v382 : f32
      %v2820 = arith.addf %v2817, %v2818 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2820, %v57 : f32, !llvm.ptr
      %v2821 = arith.cmpi eq, %v32, %v70 : i64
      %v2822 = arith.andi %v36, %v2821 : i1
      scf.if %v2822 {
        %v2823 = llvm.load %v57 : !llvm.ptr -> f32
        %v2824 = arith.addi %v49, %v38 : i64
        %v2825 = arith.muli %v2824, %v2 : i64
        %v2826 = arith.addi %v2825, %v70 : i64
        %v2827 = llvm.getelementptr %part_dt_bias[%v2826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2823, %v2827 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v2828 = llvm.load %v58 : !llvm.ptr -> f32
        %v2829 = arith.addi %v70, %v32 : i64
        %v2830 = arith.addi %v49, %v38 : i64
        %v2831 = arith.muli %v2830, %v1 : i64
        %v2832 = arith.addi %v2831, %v2829 : i64
        %v2833 = llvm.getelementptr %part_h0[%v2832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2828, %v2833 : f32, !llvm.ptr
        %v2834 = llvm.load %v59 : !llvm.ptr -> f32
        %v2835 = arith.addi %v31, %v32 : i64
        %v2836 = arith.addi %v49, %v38 : i64
        %v2837 = arith.muli %v2836, %v1 : i64
        %v2838 = arith.addi %v2837, %v2835 : i64
        %v2839 = llvm.getelementptr %part_h0[%v2838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2834, %v2839 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
