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
      %v979 = arith.constant 1 : i32
      %v983 = arith.constant 2 : i32
      %v987 = arith.constant 4 : i32
      %v1072 = arith.constant 8 : i32
      %v1076 = arith.constant 16 : i32
      %v1086 = arith.constant 33 : i64
      %v2907 = arith.muli %v2, %size_B : i64
      %v2908 = arith.muli %v2907, %size_L : i64
      %v2909 = arith.muli %v2908, %v1 : i64
      %v2910 = arith.constant 512 : i64
      %v2996 = arith.muli %v2, %size_B : i64
      %v2997 = arith.muli %v2996, %size_L : i64
      %v2998 = arith.muli %v2997, %v1 : i64
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
          %v336 = llvm.call_intrinsic "llvm.exp2.f32"(%v335) : (f32) -> f32
          %v337 = arith.addf %v69, %v336 fastmath<contract> : f32
          %v338 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v337) : (f32) -> f32
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
              %v396 = llvm.call_intrinsic "llvm.exp2.f32"(%v395) : (f32) -> f32
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
              %v415 = llvm.call_intrinsic "llvm.exp2.f32"(%v414) : (f32) -> f32
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
              %v486 = llvm.call_intrinsic "llvm.exp2.f32"(%v485) : (f32) -> f32
              %v487 = arith.addf %v69, %v486 fastmath<contract> : f32
              %v488 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v487) : (f32) -> f32
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
              %v524 = llvm.call_intrinsic "llvm.exp2.f32"(%v523) : (f32) -> f32
              %v525 = arith.addf %v69, %v524 fastmath<contract> : f32
              %v526 = arith.divf %v69, %v525 : f32
              %v527 = arith.mulf %v521, %v526 fastmath<contract> : f32
              %v528 = arith.negf %v521 : f32
              %v529 = arith.mulf %v528, %v334 fastmath<contract> : f32
              %v530 = llvm.call_intrinsic "llvm.exp2.f32"(%v529) : (f32) -> f32
              %v531 = arith.addf %v69, %v530 fastmath<contract> : f32
              %v532 = arith.divf %v69, %v531 : f32
              %v533 = arith.subf %v69, %v532 fastmath<contract> : f32
              %v534 = arith.mulf %v521, %v533 fastmath<contract> : f32
              %v535 = arith.addf %v69, %v534 fastmath<contract> : f32
              %v536 = arith.mulf %v532, %v535 fastmath<contract> : f32
              %v537 = arith.negf %v481 : f32
              %v538 = arith.mulf %v537, %v334 fastmath<contract> : f32
              %v539 = llvm.call_intrinsic "llvm.exp2.f32"(%v538) : (f32) -> f32
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
              %v556 = llvm.call_intrinsic "llvm.exp2.f32"(%v555) : (f32) -> f32
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
              %v574 = llvm.call_intrinsic "llvm.exp2.f32"(%v573) : (f32) -> f32
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
              %v599 = llvm.call_intrinsic "llvm.exp2.f32"(%v598) : (f32) -> f32
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
              %v617 = llvm.call_intrinsic "llvm.exp2.f32"(%v616) : (f32) -> f32
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
              %v643 = llvm.call_intrinsic "llvm.exp2.f32"(%v642) : (f32) -> f32
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
              %v661 = llvm.call_intrinsic "llvm.exp2.f32"(%v660) : (f32) -> f32
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
              %v686 = llvm.call_intrinsic "llvm.exp2.f32"(%v685) : (f32) -> f32
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
              %v704 = llvm.call_intrinsic "llvm.exp2.f32"(%v703) : (f32) -> f32
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
              %v729 = llvm.call_intrinsic "llvm.exp2.f32"(%v728) : (f32) -> f32
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
              %v747 = llvm.call_intrinsic "llvm.exp2.f32"(%v746) : (f32) -> f32
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
              %v773 = llvm.call_intrinsic "llvm.exp2.f32"(%v772) : (f32) -> f32
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
              %v791 = llvm.call_intrinsic "llvm.exp2.f32"(%v790) : (f32) -> f32
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
              %v817 = llvm.call_intrinsic "llvm.exp2.f32"(%v816) : (f32) -> f32
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
              %v835 = llvm.call_intrinsic "llvm.exp2.f32"(%v834) : (f32) -> f32
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
              %v860 = llvm.call_intrinsic "llvm.exp2.f32"(%v859) : (f32) -> f32
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
              %v878 = llvm.call_intrinsic "llvm.exp2.f32"(%v877) : (f32) -> f32
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
              %v892 = arith.addi %v445, %v161 : i64
              %v893 = arith.cmpi slt, %v892, %v213 : i64
              %v894, %v895 = gpu.shuffle idx %v506, %v197, %v380 : f32
              %v896, %v897 = gpu.shuffle idx %v514, %v197, %v380 : f32
              %v898, %v899 = gpu.shuffle idx %v527, %v197, %v380 : f32
              %v900, %v901 = gpu.shuffle idx %v536, %v197, %v380 : f32
              %v902, %v903 = gpu.shuffle idx %v541, %v197, %v380 : f32
              %v904 = arith.addi %v447, %v70 : i64
              scf.if %v893 {
                %v905 = arith.addi %v211, %v892 : i64
                %v906 = arith.muli %v32, %v239 : i64
                %v907 = arith.subi %v905, %v211 : i64
                %v908 = arith.addi %v906, %v907 : i64
                %v909 = llvm.getelementptr %v67[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v910 = llvm.load %v909 : !llvm.ptr -> f32
                %v911 = arith.muli %v44, %v319 : i64
                %v912 = arith.muli %v905, %v318 : i64
                %v913 = arith.addi %v911, %v912 : i64
                %v914 = arith.muli %v42, %v2 : i64
                %v915 = arith.addi %v913, %v914 : i64
                %v916 = llvm.getelementptr %dy_y[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v917 = llvm.load %v916 : !llvm.ptr -> f32
                %v918 = arith.mulf %v898, %v917 fastmath<contract> : f32
                %v919 = arith.mulf %v910, %v918 fastmath<contract> : f32
                %v920 = llvm.load %v50 : !llvm.ptr -> f32
                %v921 = llvm.load %v52 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v920 fastmath<contract> : f32
                %v923 = arith.addf %v919, %v922 fastmath<contract> : f32
                llvm.store %v923, %v50 : f32, !llvm.ptr
                %v924 = arith.constant 8 : i64
                %v925 = arith.addi %v924, %v32 : i64
                %v926 = arith.muli %v925, %v239 : i64
                %v927 = arith.subi %v905, %v211 : i64
                %v928 = arith.addi %v926, %v927 : i64
                %v929 = llvm.getelementptr %v67[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v930 = llvm.load %v929 : !llvm.ptr -> f32
                %v931 = arith.mulf %v930, %v918 fastmath<contract> : f32
                %v932 = llvm.load %v51 : !llvm.ptr -> f32
                %v933 = llvm.load %v53 : !llvm.ptr -> f32
                %v934 = arith.mulf %v933, %v932 fastmath<contract> : f32
                %v935 = arith.addf %v931, %v934 fastmath<contract> : f32
                llvm.store %v935, %v51 : f32, !llvm.ptr
                %v936 = arith.subi %size_L, %v2 : i64
                %v937 = arith.cmpi eq, %v905, %v936 : i64
                scf.if %v937 {
                  %v938 = arith.muli %v44, %v117 : i64
                  %v939 = arith.muli %v42, %v116 : i64
                  %v940 = arith.addi %v938, %v939 : i64
                  %v941 = arith.muli %v32, %v2 : i64
                  %v942 = arith.addi %v940, %v941 : i64
                  %v943 = llvm.getelementptr %dy_h_last[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v944 = llvm.load %v943 : !llvm.ptr -> f32
                  %v945 = llvm.load %v50 : !llvm.ptr -> f32
                  %v946 = arith.addf %v945, %v944 fastmath<contract> : f32
                  llvm.store %v946, %v50 : f32, !llvm.ptr
                  %v947 = arith.muli %v44, %v117 : i64
                  %v948 = arith.muli %v42, %v116 : i64
                  %v949 = arith.addi %v947, %v948 : i64
                  %v950 = arith.constant 8 : i64
                  %v951 = arith.addi %v950, %v32 : i64
                  %v952 = arith.muli %v951, %v2 : i64
                  %v953 = arith.addi %v949, %v952 : i64
                  %v954 = llvm.getelementptr %dy_h_last[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v955 = llvm.load %v954 : !llvm.ptr -> f32
                  %v956 = llvm.load %v51 : !llvm.ptr -> f32
                  %v957 = arith.addf %v956, %v955 fastmath<contract> : f32
                  llvm.store %v957, %v51 : f32, !llvm.ptr
                }
                %v958 = arith.muli %v42, %v2 : i64
                %v959 = llvm.getelementptr %in_Dskip[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v960 = llvm.load %v959 : !llvm.ptr -> f32
                %v961 = arith.mulf %v960, %v918 fastmath<contract> : f32
                %v962 = arith.muli %v32, %v239 : i64
                %v963 = arith.subi %v905, %v211 : i64
                %v964 = arith.addi %v962, %v963 : i64
                %v965 = llvm.getelementptr %v65[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v966 = llvm.load %v965 : !llvm.ptr -> f32
                %v967 = llvm.load %v50 : !llvm.ptr -> f32
                %v968 = arith.mulf %v966, %v967 fastmath<contract> : f32
                %v969 = arith.constant 8 : i64
                %v970 = arith.addi %v969, %v32 : i64
                %v971 = arith.muli %v970, %v239 : i64
                %v972 = arith.subi %v905, %v211 : i64
                %v973 = arith.addi %v971, %v972 : i64
                %v974 = llvm.getelementptr %v65[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v975 = llvm.load %v974 : !llvm.ptr -> f32
                %v976 = llvm.load %v51 : !llvm.ptr -> f32
                %v977 = arith.mulf %v975, %v976 fastmath<contract> : f32
                %v978 = arith.addf %v968, %v977 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v980, %v981 = gpu.shuffle xor %v978, %v979, %v380 : f32
                %v982 = arith.addf %v978, %v980 fastmath<contract> : f32
                %v984, %v985 = gpu.shuffle xor %v982, %v983, %v380 : f32
                %v986 = arith.addf %v982, %v984 fastmath<contract> : f32
                %v988, %v989 = gpu.shuffle xor %v986, %v987, %v380 : f32
                %v990 = arith.addf %v986, %v988 fastmath<contract> : f32
                // end sum over the lanes
                %v991 = arith.mulf %v894, %v990 fastmath<contract> : f32
                %v992 = arith.addf %v961, %v991 fastmath<contract> : f32
                %v993 = arith.cmpi eq, %v32, %v161 : i64
                %v994 = llvm.load %v889 : !llvm.ptr -> f32
                %v995 = arith.select %v993, %v992, %v994 : f32
                llvm.store %v995, %v889 : f32, !llvm.ptr
                %v996 = arith.muli %v44, %v319 : i64
                %v997 = arith.muli %v905, %v318 : i64
                %v998 = arith.addi %v996, %v997 : i64
                %v999 = arith.muli %v42, %v2 : i64
                %v1000 = arith.addi %v998, %v999 : i64
                %v1001 = llvm.getelementptr %in_u[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1002 = llvm.load %v1001 : !llvm.ptr -> f32
                %v1003 = arith.mulf %v1002, %v990 fastmath<contract> : f32
                %v1004 = arith.muli %v42, %v388 : i64
                %v1005 = arith.muli %v32, %v2 : i64
                %v1006 = arith.addi %v1004, %v1005 : i64
                %v1007 = llvm.getelementptr %in_A[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
                %v1009 = arith.mulf %v894, %v1008 fastmath<contract> : f32
                %v1010 = arith.mulf %v1009, %v334 fastmath<contract> : f32
                %v1011 = llvm.call_intrinsic "llvm.exp2.f32"(%v1010) : (f32) -> f32
                %v1012 = arith.mulf %v825, %v967 fastmath<contract> : f32
                %v1013 = arith.mulf %v1008, %v1012 fastmath<contract> : f32
                %v1014 = arith.mulf %v1011, %v1013 fastmath<contract> : f32
                %v1015 = arith.muli %v42, %v388 : i64
                %v1016 = arith.constant 8 : i64
                %v1017 = arith.addi %v1016, %v32 : i64
                %v1018 = arith.muli %v1017, %v2 : i64
                %v1019 = arith.addi %v1015, %v1018 : i64
                %v1020 = llvm.getelementptr %in_A[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
                %v1022 = arith.mulf %v894, %v1021 fastmath<contract> : f32
                %v1023 = arith.mulf %v1022, %v334 fastmath<contract> : f32
                %v1024 = llvm.call_intrinsic "llvm.exp2.f32"(%v1023) : (f32) -> f32
                %v1025 = arith.mulf %v845, %v976 fastmath<contract> : f32
                %v1026 = arith.mulf %v1021, %v1025 fastmath<contract> : f32
                %v1027 = arith.mulf %v1024, %v1026 fastmath<contract> : f32
                %v1028 = arith.addf %v1014, %v1027 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1029, %v1030 = gpu.shuffle xor %v1028, %v979, %v380 : f32
                %v1031 = arith.addf %v1028, %v1029 fastmath<contract> : f32
                %v1032, %v1033 = gpu.shuffle xor %v1031, %v983, %v380 : f32
                %v1034 = arith.addf %v1031, %v1032 fastmath<contract> : f32
                %v1035, %v1036 = gpu.shuffle xor %v1034, %v987, %v380 : f32
                %v1037 = arith.addf %v1034, %v1035 fastmath<contract> : f32
                // end sum over the lanes
                %v1038 = arith.addf %v1003, %v1037 fastmath<contract> : f32
                %v1039 = arith.mulf %v1038, %v902 fastmath<contract> : f32
                %v1040 = arith.cmpi eq, %v32, %v161 : i64
                %v1041 = llvm.load %v890 : !llvm.ptr -> f32
                %v1042 = arith.select %v1040, %v1039, %v1041 : f32
                llvm.store %v1042, %v890 : f32, !llvm.ptr
                %v1043 = arith.mulf %v910, %v868 fastmath<contract> : f32
                %v1044 = arith.mulf %v930, %v888 fastmath<contract> : f32
                %v1045 = arith.addf %v1043, %v1044 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1046, %v1047 = gpu.shuffle xor %v1045, %v979, %v380 : f32
                %v1048 = arith.addf %v1045, %v1046 fastmath<contract> : f32
                %v1049, %v1050 = gpu.shuffle xor %v1048, %v983, %v380 : f32
                %v1051 = arith.addf %v1048, %v1049 fastmath<contract> : f32
                %v1052, %v1053 = gpu.shuffle xor %v1051, %v987, %v380 : f32
                %v1054 = arith.addf %v1051, %v1052 fastmath<contract> : f32
                // end sum over the lanes
                %v1055 = arith.mulf %v1002, %v960 fastmath<contract> : f32
                %v1056 = arith.addf %v1054, %v1055 fastmath<contract> : f32
                %v1057 = arith.mulf %v1056, %v917 fastmath<contract> : f32
                %v1058 = arith.mulf %v1057, %v900 fastmath<contract> : f32
                %v1059 = arith.cmpi eq, %v32, %v161 : i64
                %v1060 = llvm.load %v891 : !llvm.ptr -> f32
                %v1061 = arith.select %v1059, %v1058, %v1060 : f32
                llvm.store %v1061, %v891 : f32, !llvm.ptr
                %v1062 = arith.mulf %v1011, %v1012 fastmath<contract> : f32
                %v1063 = arith.mulf %v894, %v1062 fastmath<contract> : f32
                %v1064 = llvm.load %v54 : !llvm.ptr -> f32
                %v1065 = arith.addf %v1064, %v1063 fastmath<contract> : f32
                llvm.store %v1065, %v54 : f32, !llvm.ptr
                %v1066 = arith.mulf %v1024, %v1025 fastmath<contract> : f32
                %v1067 = arith.mulf %v894, %v1066 fastmath<contract> : f32
                %v1068 = llvm.load %v55 : !llvm.ptr -> f32
                %v1069 = arith.addf %v1068, %v1067 fastmath<contract> : f32
                llvm.store %v1069, %v55 : f32, !llvm.ptr
                %v1070 = arith.mulf %v896, %v967 fastmath<contract> : f32
                %v1071 = arith.select %v36, %v1070, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1073, %v1074 = gpu.shuffle xor %v1071, %v1072, %v380 : f32
                %v1075 = arith.addf %v1071, %v1073 fastmath<contract> : f32
                %v1077, %v1078 = gpu.shuffle xor %v1075, %v1076, %v380 : f32
                %v1079 = arith.addf %v1075, %v1077 fastmath<contract> : f32
                %v1080 = arith.divui %v17, %v19 : i64
                %v1081 = arith.remui %v17, %v19 : i64
                %v1082 = arith.cmpi ult, %v1081, %v31 : i64
                %v1083 = arith.addi %v70, %v32 : i64
                %v1084 = arith.muli %v1080, %v1 : i64
                %v1085 = arith.addi %v1084, %v1083 : i64
                %v1087 = arith.muli %v1085, %v1086 : i64
                %v1088 = arith.addi %v1087, %v904 : i64
                scf.if %v1082 {
                  %v1089 = llvm.getelementptr %v61[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1079, %v1089 : f32, !llvm.ptr
                }
                %v1090 = arith.mulf %v896, %v976 fastmath<contract> : f32
                %v1091 = arith.select %v36, %v1090, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1092, %v1093 = gpu.shuffle xor %v1091, %v1072, %v380 : f32
                %v1094 = arith.addf %v1091, %v1092 fastmath<contract> : f32
                %v1095, %v1096 = gpu.shuffle xor %v1094, %v1076, %v380 : f32
                %v1097 = arith.addf %v1094, %v1095 fastmath<contract> : f32
                %v1098 = arith.divui %v17, %v19 : i64
                %v1099 = arith.remui %v17, %v19 : i64
                %v1100 = arith.cmpi ult, %v1099, %v31 : i64
                %v1101 = arith.addi %v31, %v32 : i64
                %v1102 = arith.muli %v1098, %v1 : i64
                %v1103 = arith.addi %v1102, %v1101 : i64
                %v1104 = arith.muli %v1103, %v1086 : i64
                %v1105 = arith.addi %v1104, %v904 : i64
                scf.if %v1100 {
                  %v1106 = llvm.getelementptr %v61[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1097, %v1106 : f32, !llvm.ptr
                }
                %v1107 = arith.mulf %v868, %v918 fastmath<contract> : f32
                %v1108 = arith.select %v36, %v1107, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1109, %v1110 = gpu.shuffle xor %v1108, %v1072, %v380 : f32
                %v1111 = arith.addf %v1108, %v1109 fastmath<contract> : f32
                %v1112, %v1113 = gpu.shuffle xor %v1111, %v1076, %v380 : f32
                %v1114 = arith.addf %v1111, %v1112 fastmath<contract> : f32
                %v1115 = arith.divui %v17, %v19 : i64
                %v1116 = arith.remui %v17, %v19 : i64
                %v1117 = arith.cmpi ult, %v1116, %v31 : i64
                %v1118 = arith.addi %v70, %v32 : i64
                %v1119 = arith.muli %v1115, %v1 : i64
                %v1120 = arith.addi %v1119, %v1118 : i64
                %v1121 = arith.muli %v1120, %v1086 : i64
                %v1122 = arith.addi %v1121, %v904 : i64
                scf.if %v1117 {
                  %v1123 = llvm.getelementptr %v63[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1114, %v1123 : f32, !llvm.ptr
                }
                %v1124 = arith.mulf %v888, %v918 fastmath<contract> : f32
                %v1125 = arith.select %v36, %v1124, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1126, %v1127 = gpu.shuffle xor %v1125, %v1072, %v380 : f32
                %v1128 = arith.addf %v1125, %v1126 fastmath<contract> : f32
                %v1129, %v1130 = gpu.shuffle xor %v1128, %v1076, %v380 : f32
                %v1131 = arith.addf %v1128, %v1129 fastmath<contract> : f32
                %v1132 = arith.divui %v17, %v19 : i64
                %v1133 = arith.remui %v17, %v19 : i64
                %v1134 = arith.cmpi ult, %v1133, %v31 : i64
                %v1135 = arith.addi %v31, %v32 : i64
                %v1136 = arith.muli %v1132, %v1 : i64
                %v1137 = arith.addi %v1136, %v1135 : i64
                %v1138 = arith.muli %v1137, %v1086 : i64
                %v1139 = arith.addi %v1138, %v904 : i64
                scf.if %v1134 {
                  %v1140 = llvm.getelementptr %v63[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1131, %v1140 : f32, !llvm.ptr
                }
                %v1141 = arith.mulf %v1002, %v918 fastmath<contract> : f32
                %v1142 = llvm.load %v56 : !llvm.ptr -> f32
                %v1143 = arith.addf %v1142, %v1141 fastmath<contract> : f32
                llvm.store %v1143, %v56 : f32, !llvm.ptr
                %v1144 = llvm.load %v57 : !llvm.ptr -> f32
                %v1145 = arith.addf %v1144, %v1039 fastmath<contract> : f32
                llvm.store %v1145, %v57 : f32, !llvm.ptr
                llvm.store %v1011, %v52 : f32, !llvm.ptr
                llvm.store %v1024, %v53 : f32, !llvm.ptr
              }
              %v1146 = arith.addi %v445, %v802 : i64
              %v1147 = arith.cmpi slt, %v1146, %v213 : i64
              %v1148, %v1149 = gpu.shuffle idx %v506, %v193, %v380 : f32
              %v1150, %v1151 = gpu.shuffle idx %v514, %v193, %v380 : f32
              %v1152, %v1153 = gpu.shuffle idx %v527, %v193, %v380 : f32
              %v1154, %v1155 = gpu.shuffle idx %v536, %v193, %v380 : f32
              %v1156, %v1157 = gpu.shuffle idx %v541, %v193, %v380 : f32
              %v1158 = arith.addi %v447, %v2 : i64
              scf.if %v1147 {
                %v1159 = arith.addi %v211, %v1146 : i64
                %v1160 = arith.muli %v32, %v239 : i64
                %v1161 = arith.subi %v1159, %v211 : i64
                %v1162 = arith.addi %v1160, %v1161 : i64
                %v1163 = llvm.getelementptr %v67[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1164 = llvm.load %v1163 : !llvm.ptr -> f32
                %v1165 = arith.muli %v44, %v319 : i64
                %v1166 = arith.muli %v1159, %v318 : i64
                %v1167 = arith.addi %v1165, %v1166 : i64
                %v1168 = arith.muli %v42, %v2 : i64
                %v1169 = arith.addi %v1167, %v1168 : i64
                %v1170 = llvm.getelementptr %dy_y[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
                %v1172 = arith.mulf %v1152, %v1171 fastmath<contract> : f32
                %v1173 = arith.mulf %v1164, %v1172 fastmath<contract> : f32
                %v1174 = llvm.load %v50 : !llvm.ptr -> f32
                %v1175 = llvm.load %v52 : !llvm.ptr -> f32
                %v1176 = arith.mulf %v1175, %v1174 fastmath<contract> : f32
                %v1177 = arith.addf %v1173, %v1176 fastmath<contract> : f32
                llvm.store %v1177, %v50 : f32, !llvm.ptr
                %v1178 = arith.constant 8 : i64
                %v1179 = arith.addi %v1178, %v32 : i64
                %v1180 = arith.muli %v1179, %v239 : i64
                %v1181 = arith.subi %v1159, %v211 : i64
                %v1182 = arith.addi %v1180, %v1181 : i64
                %v1183 = llvm.getelementptr %v67[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
                %v1185 = arith.mulf %v1184, %v1172 fastmath<contract> : f32
                %v1186 = llvm.load %v51 : !llvm.ptr -> f32
                %v1187 = llvm.load %v53 : !llvm.ptr -> f32
                %v1188 = arith.mulf %v1187, %v1186 fastmath<contract> : f32
                %v1189 = arith.addf %v1185, %v1188 fastmath<contract> : f32
                llvm.store %v1189, %v51 : f32, !llvm.ptr
                %v1190 = arith.subi %size_L, %v2 : i64
                %v1191 = arith.cmpi eq, %v1159, %v1190 : i64
                scf.if %v1191 {
                  %v1192 = arith.muli %v44, %v117 : i64
                  %v1193 = arith.muli %v42, %v116 : i64
                  %v1194 = arith.addi %v1192, %v1193 : i64
                  %v1195 = arith.muli %v32, %v2 : i64
                  %v1196 = arith.addi %v1194, %v1195 : i64
                  %v1197 = llvm.getelementptr %dy_h_last[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1198 = llvm.load %v1197 : !llvm.ptr -> f32
                  %v1199 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1200 = arith.addf %v1199, %v1198 fastmath<contract> : f32
                  llvm.store %v1200, %v50 : f32, !llvm.ptr
                  %v1201 = arith.muli %v44, %v117 : i64
                  %v1202 = arith.muli %v42, %v116 : i64
                  %v1203 = arith.addi %v1201, %v1202 : i64
                  %v1204 = arith.constant 8 : i64
                  %v1205 = arith.addi %v1204, %v32 : i64
                  %v1206 = arith.muli %v1205, %v2 : i64
                  %v1207 = arith.addi %v1203, %v1206 : i64
                  %v1208 = llvm.getelementptr %dy_h_last[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
                  %v1210 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1211 = arith.addf %v1210, %v1209 fastmath<contract> : f32
                  llvm.store %v1211, %v51 : f32, !llvm.ptr
                }
                %v1212 = arith.muli %v42, %v2 : i64
                %v1213 = llvm.getelementptr %in_Dskip[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
                %v1215 = arith.mulf %v1214, %v1172 fastmath<contract> : f32
                %v1216 = arith.muli %v32, %v239 : i64
                %v1217 = arith.subi %v1159, %v211 : i64
                %v1218 = arith.addi %v1216, %v1217 : i64
                %v1219 = llvm.getelementptr %v65[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1220 = llvm.load %v1219 : !llvm.ptr -> f32
                %v1221 = llvm.load %v50 : !llvm.ptr -> f32
                %v1222 = arith.mulf %v1220, %v1221 fastmath<contract> : f32
                %v1223 = arith.constant 8 : i64
                %v1224 = arith.addi %v1223, %v32 : i64
                %v1225 = arith.muli %v1224, %v239 : i64
                %v1226 = arith.subi %v1159, %v211 : i64
                %v1227 = arith.addi %v1225, %v1226 : i64
                %v1228 = llvm.getelementptr %v65[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
                %v1230 = llvm.load %v51 : !llvm.ptr -> f32
                %v1231 = arith.mulf %v1229, %v1230 fastmath<contract> : f32
                %v1232 = arith.addf %v1222, %v1231 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1233, %v1234 = gpu.shuffle xor %v1232, %v979, %v380 : f32
                %v1235 = arith.addf %v1232, %v1233 fastmath<contract> : f32
                %v1236, %v1237 = gpu.shuffle xor %v1235, %v983, %v380 : f32
                %v1238 = arith.addf %v1235, %v1236 fastmath<contract> : f32
                %v1239, %v1240 = gpu.shuffle xor %v1238, %v987, %v380 : f32
                %v1241 = arith.addf %v1238, %v1239 fastmath<contract> : f32
                // end sum over the lanes
                %v1242 = arith.mulf %v1148, %v1241 fastmath<contract> : f32
                %v1243 = arith.addf %v1215, %v1242 fastmath<contract> : f32
                %v1244 = arith.cmpi eq, %v32, %v802 : i64
                %v1245 = llvm.load %v889 : !llvm.ptr -> f32
                %v1246 = arith.select %v1244, %v1243, %v1245 : f32
                llvm.store %v1246, %v889 : f32, !llvm.ptr
                %v1247 = arith.muli %v44, %v319 : i64
                %v1248 = arith.muli %v1159, %v318 : i64
                %v1249 = arith.addi %v1247, %v1248 : i64
                %v1250 = arith.muli %v42, %v2 : i64
                %v1251 = arith.addi %v1249, %v1250 : i64
                %v1252 = llvm.getelementptr %in_u[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
                %v1254 = arith.mulf %v1253, %v1241 fastmath<contract> : f32
                %v1255 = arith.muli %v42, %v388 : i64
                %v1256 = arith.muli %v32, %v2 : i64
                %v1257 = arith.addi %v1255, %v1256 : i64
                %v1258 = llvm.getelementptr %in_A[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
                %v1260 = arith.mulf %v1148, %v1259 fastmath<contract> : f32
                %v1261 = arith.mulf %v1260, %v334 fastmath<contract> : f32
                %v1262 = llvm.call_intrinsic "llvm.exp2.f32"(%v1261) : (f32) -> f32
                %v1263 = arith.mulf %v781, %v1221 fastmath<contract> : f32
                %v1264 = arith.mulf %v1259, %v1263 fastmath<contract> : f32
                %v1265 = arith.mulf %v1262, %v1264 fastmath<contract> : f32
                %v1266 = arith.muli %v42, %v388 : i64
                %v1267 = arith.constant 8 : i64
                %v1268 = arith.addi %v1267, %v32 : i64
                %v1269 = arith.muli %v1268, %v2 : i64
                %v1270 = arith.addi %v1266, %v1269 : i64
                %v1271 = llvm.getelementptr %in_A[%v1270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1272 = llvm.load %v1271 : !llvm.ptr -> f32
                %v1273 = arith.mulf %v1148, %v1272 fastmath<contract> : f32
                %v1274 = arith.mulf %v1273, %v334 fastmath<contract> : f32
                %v1275 = llvm.call_intrinsic "llvm.exp2.f32"(%v1274) : (f32) -> f32
                %v1276 = arith.mulf %v801, %v1230 fastmath<contract> : f32
                %v1277 = arith.mulf %v1272, %v1276 fastmath<contract> : f32
                %v1278 = arith.mulf %v1275, %v1277 fastmath<contract> : f32
                %v1279 = arith.addf %v1265, %v1278 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1280, %v1281 = gpu.shuffle xor %v1279, %v979, %v380 : f32
                %v1282 = arith.addf %v1279, %v1280 fastmath<contract> : f32
                %v1283, %v1284 = gpu.shuffle xor %v1282, %v983, %v380 : f32
                %v1285 = arith.addf %v1282, %v1283 fastmath<contract> : f32
                %v1286, %v1287 = gpu.shuffle xor %v1285, %v987, %v380 : f32
                %v1288 = arith.addf %v1285, %v1286 fastmath<contract> : f32
                // end sum over the lanes
                %v1289 = arith.addf %v1254, %v1288 fastmath<contract> : f32
                %v1290 = arith.mulf %v1289, %v1156 fastmath<contract> : f32
                %v1291 = arith.cmpi eq, %v32, %v802 : i64
                %v1292 = llvm.load %v890 : !llvm.ptr -> f32
                %v1293 = arith.select %v1291, %v1290, %v1292 : f32
                llvm.store %v1293, %v890 : f32, !llvm.ptr
                %v1294 = arith.mulf %v1164, %v825 fastmath<contract> : f32
                %v1295 = arith.mulf %v1184, %v845 fastmath<contract> : f32
                %v1296 = arith.addf %v1294, %v1295 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1297, %v1298 = gpu.shuffle xor %v1296, %v979, %v380 : f32
                %v1299 = arith.addf %v1296, %v1297 fastmath<contract> : f32
                %v1300, %v1301 = gpu.shuffle xor %v1299, %v983, %v380 : f32
                %v1302 = arith.addf %v1299, %v1300 fastmath<contract> : f32
                %v1303, %v1304 = gpu.shuffle xor %v1302, %v987, %v380 : f32
                %v1305 = arith.addf %v1302, %v1303 fastmath<contract> : f32
                // end sum over the lanes
                %v1306 = arith.mulf %v1253, %v1214 fastmath<contract> : f32
                %v1307 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                %v1308 = arith.mulf %v1307, %v1171 fastmath<contract> : f32
                %v1309 = arith.mulf %v1308, %v1154 fastmath<contract> : f32
                %v1310 = arith.cmpi eq, %v32, %v802 : i64
                %v1311 = llvm.load %v891 : !llvm.ptr -> f32
                %v1312 = arith.select %v1310, %v1309, %v1311 : f32
                llvm.store %v1312, %v891 : f32, !llvm.ptr
                %v1313 = arith.mulf %v1262, %v1263 fastmath<contract> : f32
                %v1314 = arith.mulf %v1148, %v1313 fastmath<contract> : f32
                %v1315 = llvm.load %v54 : !llvm.ptr -> f32
                %v1316 = arith.addf %v1315, %v1314 fastmath<contract> : f32
                llvm.store %v1316, %v54 : f32, !llvm.ptr
                %v1317 = arith.mulf %v1275, %v1276 fastmath<contract> : f32
                %v1318 = arith.mulf %v1148, %v1317 fastmath<contract> : f32
                %v1319 = llvm.load %v55 : !llvm.ptr -> f32
                %v1320 = arith.addf %v1319, %v1318 fastmath<contract> : f32
                llvm.store %v1320, %v55 : f32, !llvm.ptr
                %v1321 = arith.mulf %v1150, %v1221 fastmath<contract> : f32
                %v1322 = arith.select %v36, %v1321, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1323, %v1324 = gpu.shuffle xor %v1322, %v1072, %v380 : f32
                %v1325 = arith.addf %v1322, %v1323 fastmath<contract> : f32
                %v1326, %v1327 = gpu.shuffle xor %v1325, %v1076, %v380 : f32
                %v1328 = arith.addf %v1325, %v1326 fastmath<contract> : f32
                %v1329 = arith.divui %v17, %v19 : i64
                %v1330 = arith.remui %v17, %v19 : i64
                %v1331 = arith.cmpi ult, %v1330, %v31 : i64
                %v1332 = arith.addi %v70, %v32 : i64
                %v1333 = arith.muli %v1329, %v1 : i64
                %v1334 = arith.addi %v1333, %v1332 : i64
                %v1335 = arith.muli %v1334, %v1086 : i64
                %v1336 = arith.addi %v1335, %v1158 : i64
                scf.if %v1331 {
                  %v1337 = llvm.getelementptr %v61[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1328, %v1337 : f32, !llvm.ptr
                }
                %v1338 = arith.mulf %v1150, %v1230 fastmath<contract> : f32
                %v1339 = arith.select %v36, %v1338, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1340, %v1341 = gpu.shuffle xor %v1339, %v1072, %v380 : f32
                %v1342 = arith.addf %v1339, %v1340 fastmath<contract> : f32
                %v1343, %v1344 = gpu.shuffle xor %v1342, %v1076, %v380 : f32
                %v1345 = arith.addf %v1342, %v1343 fastmath<contract> : f32
                %v1346 = arith.divui %v17, %v19 : i64
                %v1347 = arith.remui %v17, %v19 : i64
                %v1348 = arith.cmpi ult, %v1347, %v31 : i64
                %v1349 = arith.addi %v31, %v32 : i64
                %v1350 = arith.muli %v1346, %v1 : i64
                %v1351 = arith.addi %v1350, %v1349 : i64
                %v1352 = arith.muli %v1351, %v1086 : i64
                %v1353 = arith.addi %v1352, %v1158 : i64
                scf.if %v1348 {
                  %v1354 = llvm.getelementptr %v61[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1345, %v1354 : f32, !llvm.ptr
                }
                %v1355 = arith.mulf %v825, %v1172 fastmath<contract> : f32
                %v1356 = arith.select %v36, %v1355, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1357, %v1358 = gpu.shuffle xor %v1356, %v1072, %v380 : f32
                %v1359 = arith.addf %v1356, %v1357 fastmath<contract> : f32
                %v1360, %v1361 = gpu.shuffle xor %v1359, %v1076, %v380 : f32
                %v1362 = arith.addf %v1359, %v1360 fastmath<contract> : f32
                %v1363 = arith.divui %v17, %v19 : i64
                %v1364 = arith.remui %v17, %v19 : i64
                %v1365 = arith.cmpi ult, %v1364, %v31 : i64
                %v1366 = arith.addi %v70, %v32 : i64
                %v1367 = arith.muli %v1363, %v1 : i64
                %v1368 = arith.addi %v1367, %v1366 : i64
                %v1369 = arith.muli %v1368, %v1086 : i64
                %v1370 = arith.addi %v1369, %v1158 : i64
                scf.if %v1365 {
                  %v1371 = llvm.getelementptr %v63[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1362, %v1371 : f32, !llvm.ptr
                }
                %v1372 = arith.mulf %v845, %v1172 fastmath<contract> : f32
                %v1373 = arith.select %v36, %v1372, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1374, %v1375 = gpu.shuffle xor %v1373, %v1072, %v380 : f32
                %v1376 = arith.addf %v1373, %v1374 fastmath<contract> : f32
                %v1377, %v1378 = gpu.shuffle xor %v1376, %v1076, %v380 : f32
                %v1379 = arith.addf %v1376, %v1377 fastmath<contract> : f32
                %v1380 = arith.divui %v17, %v19 : i64
                %v1381 = arith.remui %v17, %v19 : i64
                %v1382 = arith.cmpi ult, %v1381, %v31 : i64
                %v1383 = arith.addi %v31, %v32 : i64
                %v1384 = arith.muli %v1380, %v1 : i64
                %v1385 = arith.addi %v1384, %v1383 : i64
                %v1386 = arith.muli %v1385, %v1086 : i64
                %v1387 = arith.addi %v1386, %v1158 : i64
                scf.if %v1382 {
                  %v1388 = llvm.getelementptr %v63[%v1387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1379, %v1388 : f32, !llvm.ptr
                }
                %v1389 = arith.mulf %v1253, %v1172 fastmath<contract> : f32
                %v1390 = llvm.load %v56 : !llvm.ptr -> f32
                %v1391 = arith.addf %v1390, %v1389 fastmath<contract> : f32
                llvm.store %v1391, %v56 : f32, !llvm.ptr
                %v1392 = llvm.load %v57 : !llvm.ptr -> f32
                %v1393 = arith.addf %v1392, %v1290 fastmath<contract> : f32
                llvm.store %v1393, %v57 : f32, !llvm.ptr
                llvm.store %v1262, %v52 : f32, !llvm.ptr
                llvm.store %v1275, %v53 : f32, !llvm.ptr
              }
              %v1394 = arith.addi %v445, %v758 : i64
              %v1395 = arith.cmpi slt, %v1394, %v213 : i64
              %v1396, %v1397 = gpu.shuffle idx %v506, %v189, %v380 : f32
              %v1398, %v1399 = gpu.shuffle idx %v514, %v189, %v380 : f32
              %v1400, %v1401 = gpu.shuffle idx %v527, %v189, %v380 : f32
              %v1402, %v1403 = gpu.shuffle idx %v536, %v189, %v380 : f32
              %v1404, %v1405 = gpu.shuffle idx %v541, %v189, %v380 : f32
              %v1406 = arith.addi %v447, %v628 : i64
              scf.if %v1395 {
                %v1407 = arith.addi %v211, %v1394 : i64
                %v1408 = arith.muli %v32, %v239 : i64
                %v1409 = arith.subi %v1407, %v211 : i64
                %v1410 = arith.addi %v1408, %v1409 : i64
                %v1411 = llvm.getelementptr %v67[%v1410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1412 = llvm.load %v1411 : !llvm.ptr -> f32
                %v1413 = arith.muli %v44, %v319 : i64
                %v1414 = arith.muli %v1407, %v318 : i64
                %v1415 = arith.addi %v1413, %v1414 : i64
                %v1416 = arith.muli %v42, %v2 : i64
                %v1417 = arith.addi %v1415, %v1416 : i64
                %v1418 = llvm.getelementptr %dy_y[%v1417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1419 = llvm.load %v1418 : !llvm.ptr -> f32
                %v1420 = arith.mulf %v1400, %v1419 fastmath<contract> : f32
                %v1421 = arith.mulf %v1412, %v1420 fastmath<contract> : f32
                %v1422 = llvm.load %v50 : !llvm.ptr -> f32
                %v1423 = llvm.load %v52 : !llvm.ptr -> f32
                %v1424 = arith.mulf %v1423, %v1422 fastmath<contract> : f32
                %v1425 = arith.addf %v1421, %v1424 fastmath<contract> : f32
                llvm.store %v1425, %v50 : f32, !llvm.ptr
                %v1426 = arith.constant 8 : i64
                %v1427 = arith.addi %v1426, %v32 : i64
                %v1428 = arith.muli %v1427, %v239 : i64
                %v1429 = arith.subi %v1407, %v211 : i64
                %v1430 = arith.addi %v1428, %v1429 : i64
                %v1431 = llvm.getelementptr %v67[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
                %v1433 = arith.mulf %v1432, %v1420 fastmath<contract> : f32
                %v1434 = llvm.load %v51 : !llvm.ptr -> f32
                %v1435 = llvm.load %v53 : !llvm.ptr -> f32
                %v1436 = arith.mulf %v1435, %v1434 fastmath<contract> : f32
                %v1437 = arith.addf %v1433, %v1436 fastmath<contract> : f32
                llvm.store %v1437, %v51 : f32, !llvm.ptr
                %v1438 = arith.subi %size_L, %v2 : i64
                %v1439 = arith.cmpi eq, %v1407, %v1438 : i64
                scf.if %v1439 {
                  %v1440 = arith.muli %v44, %v117 : i64
                  %v1441 = arith.muli %v42, %v116 : i64
                  %v1442 = arith.addi %v1440, %v1441 : i64
                  %v1443 = arith.muli %v32, %v2 : i64
                  %v1444 = arith.addi %v1442, %v1443 : i64
                  %v1445 = llvm.getelementptr %dy_h_last[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
                  %v1447 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1448 = arith.addf %v1447, %v1446 fastmath<contract> : f32
                  llvm.store %v1448, %v50 : f32, !llvm.ptr
                  %v1449 = arith.muli %v44, %v117 : i64
                  %v1450 = arith.muli %v42, %v116 : i64
                  %v1451 = arith.addi %v1449, %v1450 : i64
                  %v1452 = arith.constant 8 : i64
                  %v1453 = arith.addi %v1452, %v32 : i64
                  %v1454 = arith.muli %v1453, %v2 : i64
                  %v1455 = arith.addi %v1451, %v1454 : i64
                  %v1456 = llvm.getelementptr %dy_h_last[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1457 = llvm.load %v1456 : !llvm.ptr -> f32
                  %v1458 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1459 = arith.addf %v1458, %v1457 fastmath<contract> : f32
                  llvm.store %v1459, %v51 : f32, !llvm.ptr
                }
                %v1460 = arith.muli %v42, %v2 : i64
                %v1461 = llvm.getelementptr %in_Dskip[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
                %v1463 = arith.mulf %v1462, %v1420 fastmath<contract> : f32
                %v1464 = arith.muli %v32, %v239 : i64
                %v1465 = arith.subi %v1407, %v211 : i64
                %v1466 = arith.addi %v1464, %v1465 : i64
                %v1467 = llvm.getelementptr %v65[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
                %v1469 = llvm.load %v50 : !llvm.ptr -> f32
                %v1470 = arith.mulf %v1468, %v1469 fastmath<contract> : f32
                %v1471 = arith.constant 8 : i64
                %v1472 = arith.addi %v1471, %v32 : i64
                %v1473 = arith.muli %v1472, %v239 : i64
                %v1474 = arith.subi %v1407, %v211 : i64
                %v1475 = arith.addi %v1473, %v1474 : i64
                %v1476 = llvm.getelementptr %v65[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
                %v1478 = llvm.load %v51 : !llvm.ptr -> f32
                %v1479 = arith.mulf %v1477, %v1478 fastmath<contract> : f32
                %v1480 = arith.addf %v1470, %v1479 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1481, %v1482 = gpu.shuffle xor %v1480, %v979, %v380 : f32
                %v1483 = arith.addf %v1480, %v1481 fastmath<contract> : f32
                %v1484, %v1485 = gpu.shuffle xor %v1483, %v983, %v380 : f32
                %v1486 = arith.addf %v1483, %v1484 fastmath<contract> : f32
                %v1487, %v1488 = gpu.shuffle xor %v1486, %v987, %v380 : f32
                %v1489 = arith.addf %v1486, %v1487 fastmath<contract> : f32
                // end sum over the lanes
                %v1490 = arith.mulf %v1396, %v1489 fastmath<contract> : f32
                %v1491 = arith.addf %v1463, %v1490 fastmath<contract> : f32
                %v1492 = arith.cmpi eq, %v32, %v758 : i64
                %v1493 = llvm.load %v889 : !llvm.ptr -> f32
                %v1494 = arith.select %v1492, %v1491, %v1493 : f32
                llvm.store %v1494, %v889 : f32, !llvm.ptr
                %v1495 = arith.muli %v44, %v319 : i64
                %v1496 = arith.muli %v1407, %v318 : i64
                %v1497 = arith.addi %v1495, %v1496 : i64
                %v1498 = arith.muli %v42, %v2 : i64
                %v1499 = arith.addi %v1497, %v1498 : i64
                %v1500 = llvm.getelementptr %in_u[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1501 = llvm.load %v1500 : !llvm.ptr -> f32
                %v1502 = arith.mulf %v1501, %v1489 fastmath<contract> : f32
                %v1503 = arith.muli %v42, %v388 : i64
                %v1504 = arith.muli %v32, %v2 : i64
                %v1505 = arith.addi %v1503, %v1504 : i64
                %v1506 = llvm.getelementptr %in_A[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
                %v1508 = arith.mulf %v1396, %v1507 fastmath<contract> : f32
                %v1509 = arith.mulf %v1508, %v334 fastmath<contract> : f32
                %v1510 = llvm.call_intrinsic "llvm.exp2.f32"(%v1509) : (f32) -> f32
                %v1511 = arith.mulf %v737, %v1469 fastmath<contract> : f32
                %v1512 = arith.mulf %v1507, %v1511 fastmath<contract> : f32
                %v1513 = arith.mulf %v1510, %v1512 fastmath<contract> : f32
                %v1514 = arith.muli %v42, %v388 : i64
                %v1515 = arith.constant 8 : i64
                %v1516 = arith.addi %v1515, %v32 : i64
                %v1517 = arith.muli %v1516, %v2 : i64
                %v1518 = arith.addi %v1514, %v1517 : i64
                %v1519 = llvm.getelementptr %in_A[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
                %v1521 = arith.mulf %v1396, %v1520 fastmath<contract> : f32
                %v1522 = arith.mulf %v1521, %v334 fastmath<contract> : f32
                %v1523 = llvm.call_intrinsic "llvm.exp2.f32"(%v1522) : (f32) -> f32
                %v1524 = arith.mulf %v757, %v1478 fastmath<contract> : f32
                %v1525 = arith.mulf %v1520, %v1524 fastmath<contract> : f32
                %v1526 = arith.mulf %v1523, %v1525 fastmath<contract> : f32
                %v1527 = arith.addf %v1513, %v1526 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1528, %v1529 = gpu.shuffle xor %v1527, %v979, %v380 : f32
                %v1530 = arith.addf %v1527, %v1528 fastmath<contract> : f32
                %v1531, %v1532 = gpu.shuffle xor %v1530, %v983, %v380 : f32
                %v1533 = arith.addf %v1530, %v1531 fastmath<contract> : f32
                %v1534, %v1535 = gpu.shuffle xor %v1533, %v987, %v380 : f32
                %v1536 = arith.addf %v1533, %v1534 fastmath<contract> : f32
                // end sum over the lanes
                %v1537 = arith.addf %v1502, %v1536 fastmath<contract> : f32
                %v1538 = arith.mulf %v1537, %v1404 fastmath<contract> : f32
                %v1539 = arith.cmpi eq, %v32, %v758 : i64
                %v1540 = llvm.load %v890 : !llvm.ptr -> f32
                %v1541 = arith.select %v1539, %v1538, %v1540 : f32
                llvm.store %v1541, %v890 : f32, !llvm.ptr
                %v1542 = arith.mulf %v1412, %v781 fastmath<contract> : f32
                %v1543 = arith.mulf %v1432, %v801 fastmath<contract> : f32
                %v1544 = arith.addf %v1542, %v1543 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1545, %v1546 = gpu.shuffle xor %v1544, %v979, %v380 : f32
                %v1547 = arith.addf %v1544, %v1545 fastmath<contract> : f32
                %v1548, %v1549 = gpu.shuffle xor %v1547, %v983, %v380 : f32
                %v1550 = arith.addf %v1547, %v1548 fastmath<contract> : f32
                %v1551, %v1552 = gpu.shuffle xor %v1550, %v987, %v380 : f32
                %v1553 = arith.addf %v1550, %v1551 fastmath<contract> : f32
                // end sum over the lanes
                %v1554 = arith.mulf %v1501, %v1462 fastmath<contract> : f32
                %v1555 = arith.addf %v1553, %v1554 fastmath<contract> : f32
                %v1556 = arith.mulf %v1555, %v1419 fastmath<contract> : f32
                %v1557 = arith.mulf %v1556, %v1402 fastmath<contract> : f32
                %v1558 = arith.cmpi eq, %v32, %v758 : i64
                %v1559 = llvm.load %v891 : !llvm.ptr -> f32
                %v1560 = arith.select %v1558, %v1557, %v1559 : f32
                llvm.store %v1560, %v891 : f32, !llvm.ptr
                %v1561 = arith.mulf %v1510, %v1511 fastmath<contract> : f32
                %v1562 = arith.mulf %v1396, %v1561 fastmath<contract> : f32
                %v1563 = llvm.load %v54 : !llvm.ptr -> f32
                %v1564 = arith.addf %v1563, %v1562 fastmath<contract> : f32
                llvm.store %v1564, %v54 : f32, !llvm.ptr
                %v1565 = arith.mulf %v1523, %v1524 fastmath<contract> : f32
                %v1566 = arith.mulf %v1396, %v1565 fastmath<contract> : f32
                %v1567 = llvm.load %v55 : !llvm.ptr -> f32
                %v1568 = arith.addf %v1567, %v1566 fastmath<contract> : f32
                llvm.store %v1568, %v55 : f32, !llvm.ptr
                %v1569 = arith.mulf %v1398, %v1469 fastmath<contract> : f32
                %v1570 = arith.select %v36, %v1569, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1571, %v1572 = gpu.shuffle xor %v1570, %v1072, %v380 : f32
                %v1573 = arith.addf %v1570, %v1571 fastmath<contract> : f32
                %v1574, %v1575 = gpu.shuffle xor %v1573, %v1076, %v380 : f32
                %v1576 = arith.addf %v1573, %v1574 fastmath<contract> : f32
                %v1577 = arith.divui %v17, %v19 : i64
                %v1578 = arith.remui %v17, %v19 : i64
                %v1579 = arith.cmpi ult, %v1578, %v31 : i64
                %v1580 = arith.addi %v70, %v32 : i64
                %v1581 = arith.muli %v1577, %v1 : i64
                %v1582 = arith.addi %v1581, %v1580 : i64
                %v1583 = arith.muli %v1582, %v1086 : i64
                %v1584 = arith.addi %v1583, %v1406 : i64
                scf.if %v1579 {
                  %v1585 = llvm.getelementptr %v61[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1576, %v1585 : f32, !llvm.ptr
                }
                %v1586 = arith.mulf %v1398, %v1478 fastmath<contract> : f32
                %v1587 = arith.select %v36, %v1586, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1588, %v1589 = gpu.shuffle xor %v1587, %v1072, %v380 : f32
                %v1590 = arith.addf %v1587, %v1588 fastmath<contract> : f32
                %v1591, %v1592 = gpu.shuffle xor %v1590, %v1076, %v380 : f32
                %v1593 = arith.addf %v1590, %v1591 fastmath<contract> : f32
                %v1594 = arith.divui %v17, %v19 : i64
                %v1595 = arith.remui %v17, %v19 : i64
                %v1596 = arith.cmpi ult, %v1595, %v31 : i64
                %v1597 = arith.addi %v31, %v32 : i64
                %v1598 = arith.muli %v1594, %v1 : i64
                %v1599 = arith.addi %v1598, %v1597 : i64
                %v1600 = arith.muli %v1599, %v1086 : i64
                %v1601 = arith.addi %v1600, %v1406 : i64
                scf.if %v1596 {
                  %v1602 = llvm.getelementptr %v61[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1593, %v1602 : f32, !llvm.ptr
                }
                %v1603 = arith.mulf %v781, %v1420 fastmath<contract> : f32
                %v1604 = arith.select %v36, %v1603, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1605, %v1606 = gpu.shuffle xor %v1604, %v1072, %v380 : f32
                %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
                %v1608, %v1609 = gpu.shuffle xor %v1607, %v1076, %v380 : f32
                %v1610 = arith.addf %v1607, %v1608 fastmath<contract> : f32
                %v1611 = arith.divui %v17, %v19 : i64
                %v1612 = arith.remui %v17, %v19 : i64
                %v1613 = arith.cmpi ult, %v1612, %v31 : i64
                %v1614 = arith.addi %v70, %v32 : i64
                %v1615 = arith.muli %v1611, %v1 : i64
                %v1616 = arith.addi %v1615, %v1614 : i64
                %v1617 = arith.muli %v1616, %v1086 : i64
                %v1618 = arith.addi %v1617, %v1406 : i64
                scf.if %v1613 {
                  %v1619 = llvm.getelementptr %v63[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1610, %v1619 : f32, !llvm.ptr
                }
                %v1620 = arith.mulf %v801, %v1420 fastmath<contract> : f32
                %v1621 = arith.select %v36, %v1620, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1622, %v1623 = gpu.shuffle xor %v1621, %v1072, %v380 : f32
                %v1624 = arith.addf %v1621, %v1622 fastmath<contract> : f32
                %v1625, %v1626 = gpu.shuffle xor %v1624, %v1076, %v380 : f32
                %v1627 = arith.addf %v1624, %v1625 fastmath<contract> : f32
                %v1628 = arith.divui %v17, %v19 : i64
                %v1629 = arith.remui %v17, %v19 : i64
                %v1630 = arith.cmpi ult, %v1629, %v31 : i64
                %v1631 = arith.addi %v31, %v32 : i64
                %v1632 = arith.muli %v1628, %v1 : i64
                %v1633 = arith.addi %v1632, %v1631 : i64
                %v1634 = arith.muli %v1633, %v1086 : i64
                %v1635 = arith.addi %v1634, %v1406 : i64
                scf.if %v1630 {
                  %v1636 = llvm.getelementptr %v63[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1627, %v1636 : f32, !llvm.ptr
                }
                %v1637 = arith.mulf %v1501, %v1420 fastmath<contract> : f32
                %v1638 = llvm.load %v56 : !llvm.ptr -> f32
                %v1639 = arith.addf %v1638, %v1637 fastmath<contract> : f32
                llvm.store %v1639, %v56 : f32, !llvm.ptr
                %v1640 = llvm.load %v57 : !llvm.ptr -> f32
                %v1641 = arith.addf %v1640, %v1538 fastmath<contract> : f32
                llvm.store %v1641, %v57 : f32, !llvm.ptr
                llvm.store %v1510, %v52 : f32, !llvm.ptr
                llvm.store %v1523, %v53 : f32, !llvm.ptr
              }
              %v1642 = arith.addi %v445, %v46 : i64
              %v1643 = arith.cmpi slt, %v1642, %v213 : i64
              %v1644, %v1645 = gpu.shuffle idx %v506, %v185, %v380 : f32
              %v1646, %v1647 = gpu.shuffle idx %v514, %v185, %v380 : f32
              %v1648, %v1649 = gpu.shuffle idx %v527, %v185, %v380 : f32
              %v1650, %v1651 = gpu.shuffle idx %v536, %v185, %v380 : f32
              %v1652, %v1653 = gpu.shuffle idx %v541, %v185, %v380 : f32
              %v1654 = arith.addi %v447, %v427 : i64
              scf.if %v1643 {
                %v1655 = arith.addi %v211, %v1642 : i64
                %v1656 = arith.muli %v32, %v239 : i64
                %v1657 = arith.subi %v1655, %v211 : i64
                %v1658 = arith.addi %v1656, %v1657 : i64
                %v1659 = llvm.getelementptr %v67[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
                %v1661 = arith.muli %v44, %v319 : i64
                %v1662 = arith.muli %v1655, %v318 : i64
                %v1663 = arith.addi %v1661, %v1662 : i64
                %v1664 = arith.muli %v42, %v2 : i64
                %v1665 = arith.addi %v1663, %v1664 : i64
                %v1666 = llvm.getelementptr %dy_y[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
                %v1668 = arith.mulf %v1648, %v1667 fastmath<contract> : f32
                %v1669 = arith.mulf %v1660, %v1668 fastmath<contract> : f32
                %v1670 = llvm.load %v50 : !llvm.ptr -> f32
                %v1671 = llvm.load %v52 : !llvm.ptr -> f32
                %v1672 = arith.mulf %v1671, %v1670 fastmath<contract> : f32
                %v1673 = arith.addf %v1669, %v1672 fastmath<contract> : f32
                llvm.store %v1673, %v50 : f32, !llvm.ptr
                %v1674 = arith.constant 8 : i64
                %v1675 = arith.addi %v1674, %v32 : i64
                %v1676 = arith.muli %v1675, %v239 : i64
                %v1677 = arith.subi %v1655, %v211 : i64
                %v1678 = arith.addi %v1676, %v1677 : i64
                %v1679 = llvm.getelementptr %v67[%v1678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
                %v1681 = arith.mulf %v1680, %v1668 fastmath<contract> : f32
                %v1682 = llvm.load %v51 : !llvm.ptr -> f32
                %v1683 = llvm.load %v53 : !llvm.ptr -> f32
                %v1684 = arith.mulf %v1683, %v1682 fastmath<contract> : f32
                %v1685 = arith.addf %v1681, %v1684 fastmath<contract> : f32
                llvm.store %v1685, %v51 : f32, !llvm.ptr
                %v1686 = arith.subi %size_L, %v2 : i64
                %v1687 = arith.cmpi eq, %v1655, %v1686 : i64
                scf.if %v1687 {
                  %v1688 = arith.muli %v44, %v117 : i64
                  %v1689 = arith.muli %v42, %v116 : i64
                  %v1690 = arith.addi %v1688, %v1689 : i64
                  %v1691 = arith.muli %v32, %v2 : i64
                  %v1692 = arith.addi %v1690, %v1691 : i64
                  %v1693 = llvm.getelementptr %dy_h_last[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
                  %v1695 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1696 = arith.addf %v1695, %v1694 fastmath<contract> : f32
                  llvm.store %v1696, %v50 : f32, !llvm.ptr
                  %v1697 = arith.muli %v44, %v117 : i64
                  %v1698 = arith.muli %v42, %v116 : i64
                  %v1699 = arith.addi %v1697, %v1698 : i64
                  %v1700 = arith.constant 8 : i64
                  %v1701 = arith.addi %v1700, %v32 : i64
                  %v1702 = arith.muli %v1701, %v2 : i64
                  %v1703 = arith.addi %v1699, %v1702 : i64
                  %v1704 = llvm.getelementptr %dy_h_last[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1705 = llvm.load %v1704 : !llvm.ptr -> f32
                  %v1706 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1707 = arith.addf %v1706, %v1705 fastmath<contract> : f32
                  llvm.store %v1707, %v51 : f32, !llvm.ptr
                }
                %v1708 = arith.muli %v42, %v2 : i64
                %v1709 = llvm.getelementptr %in_Dskip[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
                %v1711 = arith.mulf %v1710, %v1668 fastmath<contract> : f32
                %v1712 = arith.muli %v32, %v239 : i64
                %v1713 = arith.subi %v1655, %v211 : i64
                %v1714 = arith.addi %v1712, %v1713 : i64
                %v1715 = llvm.getelementptr %v65[%v1714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1716 = llvm.load %v1715 : !llvm.ptr -> f32
                %v1717 = llvm.load %v50 : !llvm.ptr -> f32
                %v1718 = arith.mulf %v1716, %v1717 fastmath<contract> : f32
                %v1719 = arith.constant 8 : i64
                %v1720 = arith.addi %v1719, %v32 : i64
                %v1721 = arith.muli %v1720, %v239 : i64
                %v1722 = arith.subi %v1655, %v211 : i64
                %v1723 = arith.addi %v1721, %v1722 : i64
                %v1724 = llvm.getelementptr %v65[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
                %v1726 = llvm.load %v51 : !llvm.ptr -> f32
                %v1727 = arith.mulf %v1725, %v1726 fastmath<contract> : f32
                %v1728 = arith.addf %v1718, %v1727 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1729, %v1730 = gpu.shuffle xor %v1728, %v979, %v380 : f32
                %v1731 = arith.addf %v1728, %v1729 fastmath<contract> : f32
                %v1732, %v1733 = gpu.shuffle xor %v1731, %v983, %v380 : f32
                %v1734 = arith.addf %v1731, %v1732 fastmath<contract> : f32
                %v1735, %v1736 = gpu.shuffle xor %v1734, %v987, %v380 : f32
                %v1737 = arith.addf %v1734, %v1735 fastmath<contract> : f32
                // end sum over the lanes
                %v1738 = arith.mulf %v1644, %v1737 fastmath<contract> : f32
                %v1739 = arith.addf %v1711, %v1738 fastmath<contract> : f32
                %v1740 = arith.cmpi eq, %v32, %v46 : i64
                %v1741 = llvm.load %v889 : !llvm.ptr -> f32
                %v1742 = arith.select %v1740, %v1739, %v1741 : f32
                llvm.store %v1742, %v889 : f32, !llvm.ptr
                %v1743 = arith.muli %v44, %v319 : i64
                %v1744 = arith.muli %v1655, %v318 : i64
                %v1745 = arith.addi %v1743, %v1744 : i64
                %v1746 = arith.muli %v42, %v2 : i64
                %v1747 = arith.addi %v1745, %v1746 : i64
                %v1748 = llvm.getelementptr %in_u[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1749 = llvm.load %v1748 : !llvm.ptr -> f32
                %v1750 = arith.mulf %v1749, %v1737 fastmath<contract> : f32
                %v1751 = arith.muli %v42, %v388 : i64
                %v1752 = arith.muli %v32, %v2 : i64
                %v1753 = arith.addi %v1751, %v1752 : i64
                %v1754 = llvm.getelementptr %in_A[%v1753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
                %v1756 = arith.mulf %v1644, %v1755 fastmath<contract> : f32
                %v1757 = arith.mulf %v1756, %v334 fastmath<contract> : f32
                %v1758 = llvm.call_intrinsic "llvm.exp2.f32"(%v1757) : (f32) -> f32
                %v1759 = arith.mulf %v694, %v1717 fastmath<contract> : f32
                %v1760 = arith.mulf %v1755, %v1759 fastmath<contract> : f32
                %v1761 = arith.mulf %v1758, %v1760 fastmath<contract> : f32
                %v1762 = arith.muli %v42, %v388 : i64
                %v1763 = arith.constant 8 : i64
                %v1764 = arith.addi %v1763, %v32 : i64
                %v1765 = arith.muli %v1764, %v2 : i64
                %v1766 = arith.addi %v1762, %v1765 : i64
                %v1767 = llvm.getelementptr %in_A[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
                %v1769 = arith.mulf %v1644, %v1768 fastmath<contract> : f32
                %v1770 = arith.mulf %v1769, %v334 fastmath<contract> : f32
                %v1771 = llvm.call_intrinsic "llvm.exp2.f32"(%v1770) : (f32) -> f32
                %v1772 = arith.mulf %v714, %v1726 fastmath<contract> : f32
                %v1773 = arith.mulf %v1768, %v1772 fastmath<contract> : f32
                %v1774 = arith.mulf %v1771, %v1773 fastmath<contract> : f32
                %v1775 = arith.addf %v1761, %v1774 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1776, %v1777 = gpu.shuffle xor %v1775, %v979, %v380 : f32
                %v1778 = arith.addf %v1775, %v1776 fastmath<contract> : f32
                %v1779, %v1780 = gpu.shuffle xor %v1778, %v983, %v380 : f32
                %v1781 = arith.addf %v1778, %v1779 fastmath<contract> : f32
                %v1782, %v1783 = gpu.shuffle xor %v1781, %v987, %v380 : f32
                %v1784 = arith.addf %v1781, %v1782 fastmath<contract> : f32
                // end sum over the lanes
                %v1785 = arith.addf %v1750, %v1784 fastmath<contract> : f32
                %v1786 = arith.mulf %v1785, %v1652 fastmath<contract> : f32
                %v1787 = arith.cmpi eq, %v32, %v46 : i64
                %v1788 = llvm.load %v890 : !llvm.ptr -> f32
                %v1789 = arith.select %v1787, %v1786, %v1788 : f32
                llvm.store %v1789, %v890 : f32, !llvm.ptr
                %v1790 = arith.mulf %v1660, %v737 fastmath<contract> : f32
                %v1791 = arith.mulf %v1680, %v757 fastmath<contract> : f32
                %v1792 = arith.addf %v1790, %v1791 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1793, %v1794 = gpu.shuffle xor %v1792, %v979, %v380 : f32
                %v1795 = arith.addf %v1792, %v1793 fastmath<contract> : f32
                %v1796, %v1797 = gpu.shuffle xor %v1795, %v983, %v380 : f32
                %v1798 = arith.addf %v1795, %v1796 fastmath<contract> : f32
                %v1799, %v1800 = gpu.shuffle xor %v1798, %v987, %v380 : f32
                %v1801 = arith.addf %v1798, %v1799 fastmath<contract> : f32
                // end sum over the lanes
                %v1802 = arith.mulf %v1749, %v1710 fastmath<contract> : f32
                %v1803 = arith.addf %v1801, %v1802 fastmath<contract> : f32
                %v1804 = arith.mulf %v1803, %v1667 fastmath<contract> : f32
                %v1805 = arith.mulf %v1804, %v1650 fastmath<contract> : f32
                %v1806 = arith.cmpi eq, %v32, %v46 : i64
                %v1807 = llvm.load %v891 : !llvm.ptr -> f32
                %v1808 = arith.select %v1806, %v1805, %v1807 : f32
                llvm.store %v1808, %v891 : f32, !llvm.ptr
                %v1809 = arith.mulf %v1758, %v1759 fastmath<contract> : f32
                %v1810 = arith.mulf %v1644, %v1809 fastmath<contract> : f32
                %v1811 = llvm.load %v54 : !llvm.ptr -> f32
                %v1812 = arith.addf %v1811, %v1810 fastmath<contract> : f32
                llvm.store %v1812, %v54 : f32, !llvm.ptr
                %v1813 = arith.mulf %v1771, %v1772 fastmath<contract> : f32
                %v1814 = arith.mulf %v1644, %v1813 fastmath<contract> : f32
                %v1815 = llvm.load %v55 : !llvm.ptr -> f32
                %v1816 = arith.addf %v1815, %v1814 fastmath<contract> : f32
                llvm.store %v1816, %v55 : f32, !llvm.ptr
                %v1817 = arith.mulf %v1646, %v1717 fastmath<contract> : f32
                %v1818 = arith.select %v36, %v1817, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1819, %v1820 = gpu.shuffle xor %v1818, %v1072, %v380 : f32
                %v1821 = arith.addf %v1818, %v1819 fastmath<contract> : f32
                %v1822, %v1823 = gpu.shuffle xor %v1821, %v1076, %v380 : f32
                %v1824 = arith.addf %v1821, %v1822 fastmath<contract> : f32
                %v1825 = arith.divui %v17, %v19 : i64
                %v1826 = arith.remui %v17, %v19 : i64
                %v1827 = arith.cmpi ult, %v1826, %v31 : i64
                %v1828 = arith.addi %v70, %v32 : i64
                %v1829 = arith.muli %v1825, %v1 : i64
                %v1830 = arith.addi %v1829, %v1828 : i64
                %v1831 = arith.muli %v1830, %v1086 : i64
                %v1832 = arith.addi %v1831, %v1654 : i64
                scf.if %v1827 {
                  %v1833 = llvm.getelementptr %v61[%v1832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1824, %v1833 : f32, !llvm.ptr
                }
                %v1834 = arith.mulf %v1646, %v1726 fastmath<contract> : f32
                %v1835 = arith.select %v36, %v1834, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1836, %v1837 = gpu.shuffle xor %v1835, %v1072, %v380 : f32
                %v1838 = arith.addf %v1835, %v1836 fastmath<contract> : f32
                %v1839, %v1840 = gpu.shuffle xor %v1838, %v1076, %v380 : f32
                %v1841 = arith.addf %v1838, %v1839 fastmath<contract> : f32
                %v1842 = arith.divui %v17, %v19 : i64
                %v1843 = arith.remui %v17, %v19 : i64
                %v1844 = arith.cmpi ult, %v1843, %v31 : i64
                %v1845 = arith.addi %v31, %v32 : i64
                %v1846 = arith.muli %v1842, %v1 : i64
                %v1847 = arith.addi %v1846, %v1845 : i64
                %v1848 = arith.muli %v1847, %v1086 : i64
                %v1849 = arith.addi %v1848, %v1654 : i64
                scf.if %v1844 {
                  %v1850 = llvm.getelementptr %v61[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1841, %v1850 : f32, !llvm.ptr
                }
                %v1851 = arith.mulf %v737, %v1668 fastmath<contract> : f32
                %v1852 = arith.select %v36, %v1851, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1853, %v1854 = gpu.shuffle xor %v1852, %v1072, %v380 : f32
                %v1855 = arith.addf %v1852, %v1853 fastmath<contract> : f32
                %v1856, %v1857 = gpu.shuffle xor %v1855, %v1076, %v380 : f32
                %v1858 = arith.addf %v1855, %v1856 fastmath<contract> : f32
                %v1859 = arith.divui %v17, %v19 : i64
                %v1860 = arith.remui %v17, %v19 : i64
                %v1861 = arith.cmpi ult, %v1860, %v31 : i64
                %v1862 = arith.addi %v70, %v32 : i64
                %v1863 = arith.muli %v1859, %v1 : i64
                %v1864 = arith.addi %v1863, %v1862 : i64
                %v1865 = arith.muli %v1864, %v1086 : i64
                %v1866 = arith.addi %v1865, %v1654 : i64
                scf.if %v1861 {
                  %v1867 = llvm.getelementptr %v63[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1858, %v1867 : f32, !llvm.ptr
                }
                %v1868 = arith.mulf %v757, %v1668 fastmath<contract> : f32
                %v1869 = arith.select %v36, %v1868, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1870, %v1871 = gpu.shuffle xor %v1869, %v1072, %v380 : f32
                %v1872 = arith.addf %v1869, %v1870 fastmath<contract> : f32
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v1076, %v380 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                %v1876 = arith.divui %v17, %v19 : i64
                %v1877 = arith.remui %v17, %v19 : i64
                %v1878 = arith.cmpi ult, %v1877, %v31 : i64
                %v1879 = arith.addi %v31, %v32 : i64
                %v1880 = arith.muli %v1876, %v1 : i64
                %v1881 = arith.addi %v1880, %v1879 : i64
                %v1882 = arith.muli %v1881, %v1086 : i64
                %v1883 = arith.addi %v1882, %v1654 : i64
                scf.if %v1878 {
                  %v1884 = llvm.getelementptr %v63[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1875, %v1884 : f32, !llvm.ptr
                }
                %v1885 = arith.mulf %v1749, %v1668 fastmath<contract> : f32
                %v1886 = llvm.load %v56 : !llvm.ptr -> f32
                %v1887 = arith.addf %v1886, %v1885 fastmath<contract> : f32
                llvm.store %v1887, %v56 : f32, !llvm.ptr
                %v1888 = llvm.load %v57 : !llvm.ptr -> f32
                %v1889 = arith.addf %v1888, %v1786 fastmath<contract> : f32
                llvm.store %v1889, %v57 : f32, !llvm.ptr
                llvm.store %v1758, %v52 : f32, !llvm.ptr
                llvm.store %v1771, %v53 : f32, !llvm.ptr
              }
              %v1890 = arith.addi %v445, %v427 : i64
              %v1891 = arith.cmpi slt, %v1890, %v213 : i64
              %v1892, %v1893 = gpu.shuffle idx %v506, %v181, %v380 : f32
              %v1894, %v1895 = gpu.shuffle idx %v514, %v181, %v380 : f32
              %v1896, %v1897 = gpu.shuffle idx %v527, %v181, %v380 : f32
              %v1898, %v1899 = gpu.shuffle idx %v536, %v181, %v380 : f32
              %v1900, %v1901 = gpu.shuffle idx %v541, %v181, %v380 : f32
              %v1902 = arith.addi %v447, %v46 : i64
              scf.if %v1891 {
                %v1903 = arith.addi %v211, %v1890 : i64
                %v1904 = arith.muli %v32, %v239 : i64
                %v1905 = arith.subi %v1903, %v211 : i64
                %v1906 = arith.addi %v1904, %v1905 : i64
                %v1907 = llvm.getelementptr %v67[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1908 = llvm.load %v1907 : !llvm.ptr -> f32
                %v1909 = arith.muli %v44, %v319 : i64
                %v1910 = arith.muli %v1903, %v318 : i64
                %v1911 = arith.addi %v1909, %v1910 : i64
                %v1912 = arith.muli %v42, %v2 : i64
                %v1913 = arith.addi %v1911, %v1912 : i64
                %v1914 = llvm.getelementptr %dy_y[%v1913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1915 = llvm.load %v1914 : !llvm.ptr -> f32
                %v1916 = arith.mulf %v1896, %v1915 fastmath<contract> : f32
                %v1917 = arith.mulf %v1908, %v1916 fastmath<contract> : f32
                %v1918 = llvm.load %v50 : !llvm.ptr -> f32
                %v1919 = llvm.load %v52 : !llvm.ptr -> f32
                %v1920 = arith.mulf %v1919, %v1918 fastmath<contract> : f32
                %v1921 = arith.addf %v1917, %v1920 fastmath<contract> : f32
                llvm.store %v1921, %v50 : f32, !llvm.ptr
                %v1922 = arith.constant 8 : i64
                %v1923 = arith.addi %v1922, %v32 : i64
                %v1924 = arith.muli %v1923, %v239 : i64
                %v1925 = arith.subi %v1903, %v211 : i64
                %v1926 = arith.addi %v1924, %v1925 : i64
                %v1927 = llvm.getelementptr %v67[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
                %v1929 = arith.mulf %v1928, %v1916 fastmath<contract> : f32
                %v1930 = llvm.load %v51 : !llvm.ptr -> f32
                %v1931 = llvm.load %v53 : !llvm.ptr -> f32
                %v1932 = arith.mulf %v1931, %v1930 fastmath<contract> : f32
                %v1933 = arith.addf %v1929, %v1932 fastmath<contract> : f32
                llvm.store %v1933, %v51 : f32, !llvm.ptr
                %v1934 = arith.subi %size_L, %v2 : i64
                %v1935 = arith.cmpi eq, %v1903, %v1934 : i64
                scf.if %v1935 {
                  %v1936 = arith.muli %v44, %v117 : i64
                  %v1937 = arith.muli %v42, %v116 : i64
                  %v1938 = arith.addi %v1936, %v1937 : i64
                  %v1939 = arith.muli %v32, %v2 : i64
                  %v1940 = arith.addi %v1938, %v1939 : i64
                  %v1941 = llvm.getelementptr %dy_h_last[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
                  %v1943 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1944 = arith.addf %v1943, %v1942 fastmath<contract> : f32
                  llvm.store %v1944, %v50 : f32, !llvm.ptr
                  %v1945 = arith.muli %v44, %v117 : i64
                  %v1946 = arith.muli %v42, %v116 : i64
                  %v1947 = arith.addi %v1945, %v1946 : i64
                  %v1948 = arith.constant 8 : i64
                  %v1949 = arith.addi %v1948, %v32 : i64
                  %v1950 = arith.muli %v1949, %v2 : i64
                  %v1951 = arith.addi %v1947, %v1950 : i64
                  %v1952 = llvm.getelementptr %dy_h_last[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1953 = llvm.load %v1952 : !llvm.ptr -> f32
                  %v1954 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1955 = arith.addf %v1954, %v1953 fastmath<contract> : f32
                  llvm.store %v1955, %v51 : f32, !llvm.ptr
                }
                %v1956 = arith.muli %v42, %v2 : i64
                %v1957 = llvm.getelementptr %in_Dskip[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
                %v1959 = arith.mulf %v1958, %v1916 fastmath<contract> : f32
                %v1960 = arith.muli %v32, %v239 : i64
                %v1961 = arith.subi %v1903, %v211 : i64
                %v1962 = arith.addi %v1960, %v1961 : i64
                %v1963 = llvm.getelementptr %v65[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
                %v1965 = llvm.load %v50 : !llvm.ptr -> f32
                %v1966 = arith.mulf %v1964, %v1965 fastmath<contract> : f32
                %v1967 = arith.constant 8 : i64
                %v1968 = arith.addi %v1967, %v32 : i64
                %v1969 = arith.muli %v1968, %v239 : i64
                %v1970 = arith.subi %v1903, %v211 : i64
                %v1971 = arith.addi %v1969, %v1970 : i64
                %v1972 = llvm.getelementptr %v65[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1973 = llvm.load %v1972 : !llvm.ptr -> f32
                %v1974 = llvm.load %v51 : !llvm.ptr -> f32
                %v1975 = arith.mulf %v1973, %v1974 fastmath<contract> : f32
                %v1976 = arith.addf %v1966, %v1975 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1977, %v1978 = gpu.shuffle xor %v1976, %v979, %v380 : f32
                %v1979 = arith.addf %v1976, %v1977 fastmath<contract> : f32
                %v1980, %v1981 = gpu.shuffle xor %v1979, %v983, %v380 : f32
                %v1982 = arith.addf %v1979, %v1980 fastmath<contract> : f32
                %v1983, %v1984 = gpu.shuffle xor %v1982, %v987, %v380 : f32
                %v1985 = arith.addf %v1982, %v1983 fastmath<contract> : f32
                // end sum over the lanes
                %v1986 = arith.mulf %v1892, %v1985 fastmath<contract> : f32
                %v1987 = arith.addf %v1959, %v1986 fastmath<contract> : f32
                %v1988 = arith.cmpi eq, %v32, %v427 : i64
                %v1989 = llvm.load %v889 : !llvm.ptr -> f32
                %v1990 = arith.select %v1988, %v1987, %v1989 : f32
                llvm.store %v1990, %v889 : f32, !llvm.ptr
                %v1991 = arith.muli %v44, %v319 : i64
                %v1992 = arith.muli %v1903, %v318 : i64
                %v1993 = arith.addi %v1991, %v1992 : i64
                %v1994 = arith.muli %v42, %v2 : i64
                %v1995 = arith.addi %v1993, %v1994 : i64
                %v1996 = llvm.getelementptr %in_u[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1997 = llvm.load %v1996 : !llvm.ptr -> f32
                %v1998 = arith.mulf %v1997, %v1985 fastmath<contract> : f32
                %v1999 = arith.muli %v42, %v388 : i64
                %v2000 = arith.muli %v32, %v2 : i64
                %v2001 = arith.addi %v1999, %v2000 : i64
                %v2002 = llvm.getelementptr %in_A[%v2001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2003 = llvm.load %v2002 : !llvm.ptr -> f32
                %v2004 = arith.mulf %v1892, %v2003 fastmath<contract> : f32
                %v2005 = arith.mulf %v2004, %v334 fastmath<contract> : f32
                %v2006 = llvm.call_intrinsic "llvm.exp2.f32"(%v2005) : (f32) -> f32
                %v2007 = arith.mulf %v651, %v1965 fastmath<contract> : f32
                %v2008 = arith.mulf %v2003, %v2007 fastmath<contract> : f32
                %v2009 = arith.mulf %v2006, %v2008 fastmath<contract> : f32
                %v2010 = arith.muli %v42, %v388 : i64
                %v2011 = arith.constant 8 : i64
                %v2012 = arith.addi %v2011, %v32 : i64
                %v2013 = arith.muli %v2012, %v2 : i64
                %v2014 = arith.addi %v2010, %v2013 : i64
                %v2015 = llvm.getelementptr %in_A[%v2014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2016 = llvm.load %v2015 : !llvm.ptr -> f32
                %v2017 = arith.mulf %v1892, %v2016 fastmath<contract> : f32
                %v2018 = arith.mulf %v2017, %v334 fastmath<contract> : f32
                %v2019 = llvm.call_intrinsic "llvm.exp2.f32"(%v2018) : (f32) -> f32
                %v2020 = arith.mulf %v671, %v1974 fastmath<contract> : f32
                %v2021 = arith.mulf %v2016, %v2020 fastmath<contract> : f32
                %v2022 = arith.mulf %v2019, %v2021 fastmath<contract> : f32
                %v2023 = arith.addf %v2009, %v2022 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2024, %v2025 = gpu.shuffle xor %v2023, %v979, %v380 : f32
                %v2026 = arith.addf %v2023, %v2024 fastmath<contract> : f32
                %v2027, %v2028 = gpu.shuffle xor %v2026, %v983, %v380 : f32
                %v2029 = arith.addf %v2026, %v2027 fastmath<contract> : f32
                %v2030, %v2031 = gpu.shuffle xor %v2029, %v987, %v380 : f32
                %v2032 = arith.addf %v2029, %v2030 fastmath<contract> : f32
                // end sum over the lanes
                %v2033 = arith.addf %v1998, %v2032 fastmath<contract> : f32
                %v2034 = arith.mulf %v2033, %v1900 fastmath<contract> : f32
                %v2035 = arith.cmpi eq, %v32, %v427 : i64
                %v2036 = llvm.load %v890 : !llvm.ptr -> f32
                %v2037 = arith.select %v2035, %v2034, %v2036 : f32
                llvm.store %v2037, %v890 : f32, !llvm.ptr
                %v2038 = arith.mulf %v1908, %v694 fastmath<contract> : f32
                %v2039 = arith.mulf %v1928, %v714 fastmath<contract> : f32
                %v2040 = arith.addf %v2038, %v2039 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2041, %v2042 = gpu.shuffle xor %v2040, %v979, %v380 : f32
                %v2043 = arith.addf %v2040, %v2041 fastmath<contract> : f32
                %v2044, %v2045 = gpu.shuffle xor %v2043, %v983, %v380 : f32
                %v2046 = arith.addf %v2043, %v2044 fastmath<contract> : f32
                %v2047, %v2048 = gpu.shuffle xor %v2046, %v987, %v380 : f32
                %v2049 = arith.addf %v2046, %v2047 fastmath<contract> : f32
                // end sum over the lanes
                %v2050 = arith.mulf %v1997, %v1958 fastmath<contract> : f32
                %v2051 = arith.addf %v2049, %v2050 fastmath<contract> : f32
                %v2052 = arith.mulf %v2051, %v1915 fastmath<contract> : f32
                %v2053 = arith.mulf %v2052, %v1898 fastmath<contract> : f32
                %v2054 = arith.cmpi eq, %v32, %v427 : i64
                %v2055 = llvm.load %v891 : !llvm.ptr -> f32
                %v2056 = arith.select %v2054, %v2053, %v2055 : f32
                llvm.store %v2056, %v891 : f32, !llvm.ptr
                %v2057 = arith.mulf %v2006, %v2007 fastmath<contract> : f32
                %v2058 = arith.mulf %v1892, %v2057 fastmath<contract> : f32
                %v2059 = llvm.load %v54 : !llvm.ptr -> f32
                %v2060 = arith.addf %v2059, %v2058 fastmath<contract> : f32
                llvm.store %v2060, %v54 : f32, !llvm.ptr
                %v2061 = arith.mulf %v2019, %v2020 fastmath<contract> : f32
                %v2062 = arith.mulf %v1892, %v2061 fastmath<contract> : f32
                %v2063 = llvm.load %v55 : !llvm.ptr -> f32
                %v2064 = arith.addf %v2063, %v2062 fastmath<contract> : f32
                llvm.store %v2064, %v55 : f32, !llvm.ptr
                %v2065 = arith.mulf %v1894, %v1965 fastmath<contract> : f32
                %v2066 = arith.select %v36, %v2065, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2067, %v2068 = gpu.shuffle xor %v2066, %v1072, %v380 : f32
                %v2069 = arith.addf %v2066, %v2067 fastmath<contract> : f32
                %v2070, %v2071 = gpu.shuffle xor %v2069, %v1076, %v380 : f32
                %v2072 = arith.addf %v2069, %v2070 fastmath<contract> : f32
                %v2073 = arith.divui %v17, %v19 : i64
                %v2074 = arith.remui %v17, %v19 : i64
                %v2075 = arith.cmpi ult, %v2074, %v31 : i64
                %v2076 = arith.addi %v70, %v32 : i64
                %v2077 = arith.muli %v2073, %v1 : i64
                %v2078 = arith.addi %v2077, %v2076 : i64
                %v2079 = arith.muli %v2078, %v1086 : i64
                %v2080 = arith.addi %v2079, %v1902 : i64
                scf.if %v2075 {
                  %v2081 = llvm.getelementptr %v61[%v2080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2072, %v2081 : f32, !llvm.ptr
                }
                %v2082 = arith.mulf %v1894, %v1974 fastmath<contract> : f32
                %v2083 = arith.select %v36, %v2082, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2084, %v2085 = gpu.shuffle xor %v2083, %v1072, %v380 : f32
                %v2086 = arith.addf %v2083, %v2084 fastmath<contract> : f32
                %v2087, %v2088 = gpu.shuffle xor %v2086, %v1076, %v380 : f32
                %v2089 = arith.addf %v2086, %v2087 fastmath<contract> : f32
                %v2090 = arith.divui %v17, %v19 : i64
                %v2091 = arith.remui %v17, %v19 : i64
                %v2092 = arith.cmpi ult, %v2091, %v31 : i64
                %v2093 = arith.addi %v31, %v32 : i64
                %v2094 = arith.muli %v2090, %v1 : i64
                %v2095 = arith.addi %v2094, %v2093 : i64
                %v2096 = arith.muli %v2095, %v1086 : i64
                %v2097 = arith.addi %v2096, %v1902 : i64
                scf.if %v2092 {
                  %v2098 = llvm.getelementptr %v61[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2089, %v2098 : f32, !llvm.ptr
                }
                %v2099 = arith.mulf %v694, %v1916 fastmath<contract> : f32
                %v2100 = arith.select %v36, %v2099, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2101, %v2102 = gpu.shuffle xor %v2100, %v1072, %v380 : f32
                %v2103 = arith.addf %v2100, %v2101 fastmath<contract> : f32
                %v2104, %v2105 = gpu.shuffle xor %v2103, %v1076, %v380 : f32
                %v2106 = arith.addf %v2103, %v2104 fastmath<contract> : f32
                %v2107 = arith.divui %v17, %v19 : i64
                %v2108 = arith.remui %v17, %v19 : i64
                %v2109 = arith.cmpi ult, %v2108, %v31 : i64
                %v2110 = arith.addi %v70, %v32 : i64
                %v2111 = arith.muli %v2107, %v1 : i64
                %v2112 = arith.addi %v2111, %v2110 : i64
                %v2113 = arith.muli %v2112, %v1086 : i64
                %v2114 = arith.addi %v2113, %v1902 : i64
                scf.if %v2109 {
                  %v2115 = llvm.getelementptr %v63[%v2114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2106, %v2115 : f32, !llvm.ptr
                }
                %v2116 = arith.mulf %v714, %v1916 fastmath<contract> : f32
                %v2117 = arith.select %v36, %v2116, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2118, %v2119 = gpu.shuffle xor %v2117, %v1072, %v380 : f32
                %v2120 = arith.addf %v2117, %v2118 fastmath<contract> : f32
                %v2121, %v2122 = gpu.shuffle xor %v2120, %v1076, %v380 : f32
                %v2123 = arith.addf %v2120, %v2121 fastmath<contract> : f32
                %v2124 = arith.divui %v17, %v19 : i64
                %v2125 = arith.remui %v17, %v19 : i64
                %v2126 = arith.cmpi ult, %v2125, %v31 : i64
                %v2127 = arith.addi %v31, %v32 : i64
                %v2128 = arith.muli %v2124, %v1 : i64
                %v2129 = arith.addi %v2128, %v2127 : i64
                %v2130 = arith.muli %v2129, %v1086 : i64
                %v2131 = arith.addi %v2130, %v1902 : i64
                scf.if %v2126 {
                  %v2132 = llvm.getelementptr %v63[%v2131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2123, %v2132 : f32, !llvm.ptr
                }
                %v2133 = arith.mulf %v1997, %v1916 fastmath<contract> : f32
                %v2134 = llvm.load %v56 : !llvm.ptr -> f32
                %v2135 = arith.addf %v2134, %v2133 fastmath<contract> : f32
                llvm.store %v2135, %v56 : f32, !llvm.ptr
                %v2136 = llvm.load %v57 : !llvm.ptr -> f32
                %v2137 = arith.addf %v2136, %v2034 fastmath<contract> : f32
                llvm.store %v2137, %v57 : f32, !llvm.ptr
                llvm.store %v2006, %v52 : f32, !llvm.ptr
                llvm.store %v2019, %v53 : f32, !llvm.ptr
              }
              %v2138 = arith.addi %v445, %v628 : i64
              %v2139 = arith.cmpi slt, %v2138, %v213 : i64
              %v2140, %v2141 = gpu.shuffle idx %v506, %v177, %v380 : f32
              %v2142, %v2143 = gpu.shuffle idx %v514, %v177, %v380 : f32
              %v2144, %v2145 = gpu.shuffle idx %v527, %v177, %v380 : f32
              %v2146, %v2147 = gpu.shuffle idx %v536, %v177, %v380 : f32
              %v2148, %v2149 = gpu.shuffle idx %v541, %v177, %v380 : f32
              %v2150 = arith.addi %v447, %v758 : i64
              scf.if %v2139 {
                %v2151 = arith.addi %v211, %v2138 : i64
                %v2152 = arith.muli %v32, %v239 : i64
                %v2153 = arith.subi %v2151, %v211 : i64
                %v2154 = arith.addi %v2152, %v2153 : i64
                %v2155 = llvm.getelementptr %v67[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2156 = llvm.load %v2155 : !llvm.ptr -> f32
                %v2157 = arith.muli %v44, %v319 : i64
                %v2158 = arith.muli %v2151, %v318 : i64
                %v2159 = arith.addi %v2157, %v2158 : i64
                %v2160 = arith.muli %v42, %v2 : i64
                %v2161 = arith.addi %v2159, %v2160 : i64
                %v2162 = llvm.getelementptr %dy_y[%v2161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2163 = llvm.load %v2162 : !llvm.ptr -> f32
                %v2164 = arith.mulf %v2144, %v2163 fastmath<contract> : f32
                %v2165 = arith.mulf %v2156, %v2164 fastmath<contract> : f32
                %v2166 = llvm.load %v50 : !llvm.ptr -> f32
                %v2167 = llvm.load %v52 : !llvm.ptr -> f32
                %v2168 = arith.mulf %v2167, %v2166 fastmath<contract> : f32
                %v2169 = arith.addf %v2165, %v2168 fastmath<contract> : f32
                llvm.store %v2169, %v50 : f32, !llvm.ptr
                %v2170 = arith.constant 8 : i64
                %v2171 = arith.addi %v2170, %v32 : i64
                %v2172 = arith.muli %v2171, %v239 : i64
                %v2173 = arith.subi %v2151, %v211 : i64
                %v2174 = arith.addi %v2172, %v2173 : i64
                %v2175 = llvm.getelementptr %v67[%v2174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
                %v2177 = arith.mulf %v2176, %v2164 fastmath<contract> : f32
                %v2178 = llvm.load %v51 : !llvm.ptr -> f32
                %v2179 = llvm.load %v53 : !llvm.ptr -> f32
                %v2180 = arith.mulf %v2179, %v2178 fastmath<contract> : f32
                %v2181 = arith.addf %v2177, %v2180 fastmath<contract> : f32
                llvm.store %v2181, %v51 : f32, !llvm.ptr
                %v2182 = arith.subi %size_L, %v2 : i64
                %v2183 = arith.cmpi eq, %v2151, %v2182 : i64
                scf.if %v2183 {
                  %v2184 = arith.muli %v44, %v117 : i64
                  %v2185 = arith.muli %v42, %v116 : i64
                  %v2186 = arith.addi %v2184, %v2185 : i64
                  %v2187 = arith.muli %v32, %v2 : i64
                  %v2188 = arith.addi %v2186, %v2187 : i64
                  %v2189 = llvm.getelementptr %dy_h_last[%v2188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
                  %v2191 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2192 = arith.addf %v2191, %v2190 fastmath<contract> : f32
                  llvm.store %v2192, %v50 : f32, !llvm.ptr
                  %v2193 = arith.muli %v44, %v117 : i64
                  %v2194 = arith.muli %v42, %v116 : i64
                  %v2195 = arith.addi %v2193, %v2194 : i64
                  %v2196 = arith.constant 8 : i64
                  %v2197 = arith.addi %v2196, %v32 : i64
                  %v2198 = arith.muli %v2197, %v2 : i64
                  %v2199 = arith.addi %v2195, %v2198 : i64
                  %v2200 = llvm.getelementptr %dy_h_last[%v2199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2201 = llvm.load %v2200 : !llvm.ptr -> f32
                  %v2202 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2203 = arith.addf %v2202, %v2201 fastmath<contract> : f32
                  llvm.store %v2203, %v51 : f32, !llvm.ptr
                }
                %v2204 = arith.muli %v42, %v2 : i64
                %v2205 = llvm.getelementptr %in_Dskip[%v2204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2206 = llvm.load %v2205 : !llvm.ptr -> f32
                %v2207 = arith.mulf %v2206, %v2164 fastmath<contract> : f32
                %v2208 = arith.muli %v32, %v239 : i64
                %v2209 = arith.subi %v2151, %v211 : i64
                %v2210 = arith.addi %v2208, %v2209 : i64
                %v2211 = llvm.getelementptr %v65[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2212 = llvm.load %v2211 : !llvm.ptr -> f32
                %v2213 = llvm.load %v50 : !llvm.ptr -> f32
                %v2214 = arith.mulf %v2212, %v2213 fastmath<contract> : f32
                %v2215 = arith.constant 8 : i64
                %v2216 = arith.addi %v2215, %v32 : i64
                %v2217 = arith.muli %v2216, %v239 : i64
                %v2218 = arith.subi %v2151, %v211 : i64
                %v2219 = arith.addi %v2217, %v2218 : i64
                %v2220 = llvm.getelementptr %v65[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
                %v2222 = llvm.load %v51 : !llvm.ptr -> f32
                %v2223 = arith.mulf %v2221, %v2222 fastmath<contract> : f32
                %v2224 = arith.addf %v2214, %v2223 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2225, %v2226 = gpu.shuffle xor %v2224, %v979, %v380 : f32
                %v2227 = arith.addf %v2224, %v2225 fastmath<contract> : f32
                %v2228, %v2229 = gpu.shuffle xor %v2227, %v983, %v380 : f32
                %v2230 = arith.addf %v2227, %v2228 fastmath<contract> : f32
                %v2231, %v2232 = gpu.shuffle xor %v2230, %v987, %v380 : f32
                %v2233 = arith.addf %v2230, %v2231 fastmath<contract> : f32
                // end sum over the lanes
                %v2234 = arith.mulf %v2140, %v2233 fastmath<contract> : f32
                %v2235 = arith.addf %v2207, %v2234 fastmath<contract> : f32
                %v2236 = arith.cmpi eq, %v32, %v628 : i64
                %v2237 = llvm.load %v889 : !llvm.ptr -> f32
                %v2238 = arith.select %v2236, %v2235, %v2237 : f32
                llvm.store %v2238, %v889 : f32, !llvm.ptr
                %v2239 = arith.muli %v44, %v319 : i64
                %v2240 = arith.muli %v2151, %v318 : i64
                %v2241 = arith.addi %v2239, %v2240 : i64
                %v2242 = arith.muli %v42, %v2 : i64
                %v2243 = arith.addi %v2241, %v2242 : i64
                %v2244 = llvm.getelementptr %in_u[%v2243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2245 = llvm.load %v2244 : !llvm.ptr -> f32
                %v2246 = arith.mulf %v2245, %v2233 fastmath<contract> : f32
                %v2247 = arith.muli %v42, %v388 : i64
                %v2248 = arith.muli %v32, %v2 : i64
                %v2249 = arith.addi %v2247, %v2248 : i64
                %v2250 = llvm.getelementptr %in_A[%v2249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2251 = llvm.load %v2250 : !llvm.ptr -> f32
                %v2252 = arith.mulf %v2140, %v2251 fastmath<contract> : f32
                %v2253 = arith.mulf %v2252, %v334 fastmath<contract> : f32
                %v2254 = llvm.call_intrinsic "llvm.exp2.f32"(%v2253) : (f32) -> f32
                %v2255 = arith.mulf %v607, %v2213 fastmath<contract> : f32
                %v2256 = arith.mulf %v2251, %v2255 fastmath<contract> : f32
                %v2257 = arith.mulf %v2254, %v2256 fastmath<contract> : f32
                %v2258 = arith.muli %v42, %v388 : i64
                %v2259 = arith.constant 8 : i64
                %v2260 = arith.addi %v2259, %v32 : i64
                %v2261 = arith.muli %v2260, %v2 : i64
                %v2262 = arith.addi %v2258, %v2261 : i64
                %v2263 = llvm.getelementptr %in_A[%v2262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2264 = llvm.load %v2263 : !llvm.ptr -> f32
                %v2265 = arith.mulf %v2140, %v2264 fastmath<contract> : f32
                %v2266 = arith.mulf %v2265, %v334 fastmath<contract> : f32
                %v2267 = llvm.call_intrinsic "llvm.exp2.f32"(%v2266) : (f32) -> f32
                %v2268 = arith.mulf %v627, %v2222 fastmath<contract> : f32
                %v2269 = arith.mulf %v2264, %v2268 fastmath<contract> : f32
                %v2270 = arith.mulf %v2267, %v2269 fastmath<contract> : f32
                %v2271 = arith.addf %v2257, %v2270 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2272, %v2273 = gpu.shuffle xor %v2271, %v979, %v380 : f32
                %v2274 = arith.addf %v2271, %v2272 fastmath<contract> : f32
                %v2275, %v2276 = gpu.shuffle xor %v2274, %v983, %v380 : f32
                %v2277 = arith.addf %v2274, %v2275 fastmath<contract> : f32
                %v2278, %v2279 = gpu.shuffle xor %v2277, %v987, %v380 : f32
                %v2280 = arith.addf %v2277, %v2278 fastmath<contract> : f32
                // end sum over the lanes
                %v2281 = arith.addf %v2246, %v2280 fastmath<contract> : f32
                %v2282 = arith.mulf %v2281, %v2148 fastmath<contract> : f32
                %v2283 = arith.cmpi eq, %v32, %v628 : i64
                %v2284 = llvm.load %v890 : !llvm.ptr -> f32
                %v2285 = arith.select %v2283, %v2282, %v2284 : f32
                llvm.store %v2285, %v890 : f32, !llvm.ptr
                %v2286 = arith.mulf %v2156, %v651 fastmath<contract> : f32
                %v2287 = arith.mulf %v2176, %v671 fastmath<contract> : f32
                %v2288 = arith.addf %v2286, %v2287 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2289, %v2290 = gpu.shuffle xor %v2288, %v979, %v380 : f32
                %v2291 = arith.addf %v2288, %v2289 fastmath<contract> : f32
                %v2292, %v2293 = gpu.shuffle xor %v2291, %v983, %v380 : f32
                %v2294 = arith.addf %v2291, %v2292 fastmath<contract> : f32
                %v2295, %v2296 = gpu.shuffle xor %v2294, %v987, %v380 : f32
                %v2297 = arith.addf %v2294, %v2295 fastmath<contract> : f32
                // end sum over the lanes
                %v2298 = arith.mulf %v2245, %v2206 fastmath<contract> : f32
                %v2299 = arith.addf %v2297, %v2298 fastmath<contract> : f32
                %v2300 = arith.mulf %v2299, %v2163 fastmath<contract> : f32
                %v2301 = arith.mulf %v2300, %v2146 fastmath<contract> : f32
                %v2302 = arith.cmpi eq, %v32, %v628 : i64
                %v2303 = llvm.load %v891 : !llvm.ptr -> f32
                %v2304 = arith.select %v2302, %v2301, %v2303 : f32
                llvm.store %v2304, %v891 : f32, !llvm.ptr
                %v2305 = arith.mulf %v2254, %v2255 fastmath<contract> : f32
                %v2306 = arith.mulf %v2140, %v2305 fastmath<contract> : f32
                %v2307 = llvm.load %v54 : !llvm.ptr -> f32
                %v2308 = arith.addf %v2307, %v2306 fastmath<contract> : f32
                llvm.store %v2308, %v54 : f32, !llvm.ptr
                %v2309 = arith.mulf %v2267, %v2268 fastmath<contract> : f32
                %v2310 = arith.mulf %v2140, %v2309 fastmath<contract> : f32
                %v2311 = llvm.load %v55 : !llvm.ptr -> f32
                %v2312 = arith.addf %v2311, %v2310 fastmath<contract> : f32
                llvm.store %v2312, %v55 : f32, !llvm.ptr
                %v2313 = arith.mulf %v2142, %v2213 fastmath<contract> : f32
                %v2314 = arith.select %v36, %v2313, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2315, %v2316 = gpu.shuffle xor %v2314, %v1072, %v380 : f32
                %v2317 = arith.addf %v2314, %v2315 fastmath<contract> : f32
                %v2318, %v2319 = gpu.shuffle xor %v2317, %v1076, %v380 : f32
                %v2320 = arith.addf %v2317, %v2318 fastmath<contract> : f32
                %v2321 = arith.divui %v17, %v19 : i64
                %v2322 = arith.remui %v17, %v19 : i64
                %v2323 = arith.cmpi ult, %v2322, %v31 : i64
                %v2324 = arith.addi %v70, %v32 : i64
                %v2325 = arith.muli %v2321, %v1 : i64
                %v2326 = arith.addi %v2325, %v2324 : i64
                %v2327 = arith.muli %v2326, %v1086 : i64
                %v2328 = arith.addi %v2327, %v2150 : i64
                scf.if %v2323 {
                  %v2329 = llvm.getelementptr %v61[%v2328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2320, %v2329 : f32, !llvm.ptr
                }
                %v2330 = arith.mulf %v2142, %v2222 fastmath<contract> : f32
                %v2331 = arith.select %v36, %v2330, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2332, %v2333 = gpu.shuffle xor %v2331, %v1072, %v380 : f32
                %v2334 = arith.addf %v2331, %v2332 fastmath<contract> : f32
                %v2335, %v2336 = gpu.shuffle xor %v2334, %v1076, %v380 : f32
                %v2337 = arith.addf %v2334, %v2335 fastmath<contract> : f32
                %v2338 = arith.divui %v17, %v19 : i64
                %v2339 = arith.remui %v17, %v19 : i64
                %v2340 = arith.cmpi ult, %v2339, %v31 : i64
                %v2341 = arith.addi %v31, %v32 : i64
                %v2342 = arith.muli %v2338, %v1 : i64
                %v2343 = arith.addi %v2342, %v2341 : i64
                %v2344 = arith.muli %v2343, %v1086 : i64
                %v2345 = arith.addi %v2344, %v2150 : i64
                scf.if %v2340 {
                  %v2346 = llvm.getelementptr %v61[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2337, %v2346 : f32, !llvm.ptr
                }
                %v2347 = arith.mulf %v651, %v2164 fastmath<contract> : f32
                %v2348 = arith.select %v36, %v2347, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2349, %v2350 = gpu.shuffle xor %v2348, %v1072, %v380 : f32
                %v2351 = arith.addf %v2348, %v2349 fastmath<contract> : f32
                %v2352, %v2353 = gpu.shuffle xor %v2351, %v1076, %v380 : f32
                %v2354 = arith.addf %v2351, %v2352 fastmath<contract> : f32
                %v2355 = arith.divui %v17, %v19 : i64
                %v2356 = arith.remui %v17, %v19 : i64
                %v2357 = arith.cmpi ult, %v2356, %v31 : i64
                %v2358 = arith.addi %v70, %v32 : i64
                %v2359 = arith.muli %v2355, %v1 : i64
                %v2360 = arith.addi %v2359, %v2358 : i64
                %v2361 = arith.muli %v2360, %v1086 : i64
                %v2362 = arith.addi %v2361, %v2150 : i64
                scf.if %v2357 {
                  %v2363 = llvm.getelementptr %v63[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2354, %v2363 : f32, !llvm.ptr
                }
                %v2364 = arith.mulf %v671, %v2164 fastmath<contract> : f32
                %v2365 = arith.select %v36, %v2364, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2366, %v2367 = gpu.shuffle xor %v2365, %v1072, %v380 : f32
                %v2368 = arith.addf %v2365, %v2366 fastmath<contract> : f32
                %v2369, %v2370 = gpu.shuffle xor %v2368, %v1076, %v380 : f32
                %v2371 = arith.addf %v2368, %v2369 fastmath<contract> : f32
                %v2372 = arith.divui %v17, %v19 : i64
                %v2373 = arith.remui %v17, %v19 : i64
                %v2374 = arith.cmpi ult, %v2373, %v31 : i64
                %v2375 = arith.addi %v31, %v32 : i64
                %v2376 = arith.muli %v2372, %v1 : i64
                %v2377 = arith.addi %v2376, %v2375 : i64
                %v2378 = arith.muli %v2377, %v1086 : i64
                %v2379 = arith.addi %v2378, %v2150 : i64
                scf.if %v2374 {
                  %v2380 = llvm.getelementptr %v63[%v2379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2371, %v2380 : f32, !llvm.ptr
                }
                %v2381 = arith.mulf %v2245, %v2164 fastmath<contract> : f32
                %v2382 = llvm.load %v56 : !llvm.ptr -> f32
                %v2383 = arith.addf %v2382, %v2381 fastmath<contract> : f32
                llvm.store %v2383, %v56 : f32, !llvm.ptr
                %v2384 = llvm.load %v57 : !llvm.ptr -> f32
                %v2385 = arith.addf %v2384, %v2282 fastmath<contract> : f32
                llvm.store %v2385, %v57 : f32, !llvm.ptr
                llvm.store %v2254, %v52 : f32, !llvm.ptr
                llvm.store %v2267, %v53 : f32, !llvm.ptr
              }
              %v2386 = arith.addi %v445, %v2 : i64
              %v2387 = arith.cmpi slt, %v2386, %v213 : i64
              %v2388, %v2389 = gpu.shuffle idx %v506, %v173, %v380 : f32
              %v2390, %v2391 = gpu.shuffle idx %v514, %v173, %v380 : f32
              %v2392, %v2393 = gpu.shuffle idx %v527, %v173, %v380 : f32
              %v2394, %v2395 = gpu.shuffle idx %v536, %v173, %v380 : f32
              %v2396, %v2397 = gpu.shuffle idx %v541, %v173, %v380 : f32
              %v2398 = arith.addi %v447, %v802 : i64
              scf.if %v2387 {
                %v2399 = arith.addi %v211, %v2386 : i64
                %v2400 = arith.muli %v32, %v239 : i64
                %v2401 = arith.subi %v2399, %v211 : i64
                %v2402 = arith.addi %v2400, %v2401 : i64
                %v2403 = llvm.getelementptr %v67[%v2402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
                %v2405 = arith.muli %v44, %v319 : i64
                %v2406 = arith.muli %v2399, %v318 : i64
                %v2407 = arith.addi %v2405, %v2406 : i64
                %v2408 = arith.muli %v42, %v2 : i64
                %v2409 = arith.addi %v2407, %v2408 : i64
                %v2410 = llvm.getelementptr %dy_y[%v2409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2411 = llvm.load %v2410 : !llvm.ptr -> f32
                %v2412 = arith.mulf %v2392, %v2411 fastmath<contract> : f32
                %v2413 = arith.mulf %v2404, %v2412 fastmath<contract> : f32
                %v2414 = llvm.load %v50 : !llvm.ptr -> f32
                %v2415 = llvm.load %v52 : !llvm.ptr -> f32
                %v2416 = arith.mulf %v2415, %v2414 fastmath<contract> : f32
                %v2417 = arith.addf %v2413, %v2416 fastmath<contract> : f32
                llvm.store %v2417, %v50 : f32, !llvm.ptr
                %v2418 = arith.constant 8 : i64
                %v2419 = arith.addi %v2418, %v32 : i64
                %v2420 = arith.muli %v2419, %v239 : i64
                %v2421 = arith.subi %v2399, %v211 : i64
                %v2422 = arith.addi %v2420, %v2421 : i64
                %v2423 = llvm.getelementptr %v67[%v2422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
                %v2425 = arith.mulf %v2424, %v2412 fastmath<contract> : f32
                %v2426 = llvm.load %v51 : !llvm.ptr -> f32
                %v2427 = llvm.load %v53 : !llvm.ptr -> f32
                %v2428 = arith.mulf %v2427, %v2426 fastmath<contract> : f32
                %v2429 = arith.addf %v2425, %v2428 fastmath<contract> : f32
                llvm.store %v2429, %v51 : f32, !llvm.ptr
                %v2430 = arith.subi %size_L, %v2 : i64
                %v2431 = arith.cmpi eq, %v2399, %v2430 : i64
                scf.if %v2431 {
                  %v2432 = arith.muli %v44, %v117 : i64
                  %v2433 = arith.muli %v42, %v116 : i64
                  %v2434 = arith.addi %v2432, %v2433 : i64
                  %v2435 = arith.muli %v32, %v2 : i64
                  %v2436 = arith.addi %v2434, %v2435 : i64
                  %v2437 = llvm.getelementptr %dy_h_last[%v2436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2438 = llvm.load %v2437 : !llvm.ptr -> f32
                  %v2439 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2440 = arith.addf %v2439, %v2438 fastmath<contract> : f32
                  llvm.store %v2440, %v50 : f32, !llvm.ptr
                  %v2441 = arith.muli %v44, %v117 : i64
                  %v2442 = arith.muli %v42, %v116 : i64
                  %v2443 = arith.addi %v2441, %v2442 : i64
                  %v2444 = arith.constant 8 : i64
                  %v2445 = arith.addi %v2444, %v32 : i64
                  %v2446 = arith.muli %v2445, %v2 : i64
                  %v2447 = arith.addi %v2443, %v2446 : i64
                  %v2448 = llvm.getelementptr %dy_h_last[%v2447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2449 = llvm.load %v2448 : !llvm.ptr -> f32
                  %v2450 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2451 = arith.addf %v2450, %v2449 fastmath<contract> : f32
                  llvm.store %v2451, %v51 : f32, !llvm.ptr
                }
                %v2452 = arith.muli %v42, %v2 : i64
                %v2453 = llvm.getelementptr %in_Dskip[%v2452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2454 = llvm.load %v2453 : !llvm.ptr -> f32
                %v2455 = arith.mulf %v2454, %v2412 fastmath<contract> : f32
                %v2456 = arith.muli %v32, %v239 : i64
                %v2457 = arith.subi %v2399, %v211 : i64
                %v2458 = arith.addi %v2456, %v2457 : i64
                %v2459 = llvm.getelementptr %v65[%v2458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2460 = llvm.load %v2459 : !llvm.ptr -> f32
                %v2461 = llvm.load %v50 : !llvm.ptr -> f32
                %v2462 = arith.mulf %v2460, %v2461 fastmath<contract> : f32
                %v2463 = arith.constant 8 : i64
                %v2464 = arith.addi %v2463, %v32 : i64
                %v2465 = arith.muli %v2464, %v239 : i64
                %v2466 = arith.subi %v2399, %v211 : i64
                %v2467 = arith.addi %v2465, %v2466 : i64
                %v2468 = llvm.getelementptr %v65[%v2467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2469 = llvm.load %v2468 : !llvm.ptr -> f32
                %v2470 = llvm.load %v51 : !llvm.ptr -> f32
                %v2471 = arith.mulf %v2469, %v2470 fastmath<contract> : f32
                %v2472 = arith.addf %v2462, %v2471 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2473, %v2474 = gpu.shuffle xor %v2472, %v979, %v380 : f32
                %v2475 = arith.addf %v2472, %v2473 fastmath<contract> : f32
                %v2476, %v2477 = gpu.shuffle xor %v2475, %v983, %v380 : f32
                %v2478 = arith.addf %v2475, %v2476 fastmath<contract> : f32
                %v2479, %v2480 = gpu.shuffle xor %v2478, %v987, %v380 : f32
                %v2481 = arith.addf %v2478, %v2479 fastmath<contract> : f32
                // end sum over the lanes
                %v2482 = arith.mulf %v2388, %v2481 fastmath<contract> : f32
                %v2483 = arith.addf %v2455, %v2482 fastmath<contract> : f32
                %v2484 = arith.cmpi eq, %v32, %v2 : i64
                %v2485 = llvm.load %v889 : !llvm.ptr -> f32
                %v2486 = arith.select %v2484, %v2483, %v2485 : f32
                llvm.store %v2486, %v889 : f32, !llvm.ptr
                %v2487 = arith.muli %v44, %v319 : i64
                %v2488 = arith.muli %v2399, %v318 : i64
                %v2489 = arith.addi %v2487, %v2488 : i64
                %v2490 = arith.muli %v42, %v2 : i64
                %v2491 = arith.addi %v2489, %v2490 : i64
                %v2492 = llvm.getelementptr %in_u[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2493 = llvm.load %v2492 : !llvm.ptr -> f32
                %v2494 = arith.mulf %v2493, %v2481 fastmath<contract> : f32
                %v2495 = arith.muli %v42, %v388 : i64
                %v2496 = arith.muli %v32, %v2 : i64
                %v2497 = arith.addi %v2495, %v2496 : i64
                %v2498 = llvm.getelementptr %in_A[%v2497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2499 = llvm.load %v2498 : !llvm.ptr -> f32
                %v2500 = arith.mulf %v2388, %v2499 fastmath<contract> : f32
                %v2501 = arith.mulf %v2500, %v334 fastmath<contract> : f32
                %v2502 = llvm.call_intrinsic "llvm.exp2.f32"(%v2501) : (f32) -> f32
                %v2503 = arith.mulf %v564, %v2461 fastmath<contract> : f32
                %v2504 = arith.mulf %v2499, %v2503 fastmath<contract> : f32
                %v2505 = arith.mulf %v2502, %v2504 fastmath<contract> : f32
                %v2506 = arith.muli %v42, %v388 : i64
                %v2507 = arith.constant 8 : i64
                %v2508 = arith.addi %v2507, %v32 : i64
                %v2509 = arith.muli %v2508, %v2 : i64
                %v2510 = arith.addi %v2506, %v2509 : i64
                %v2511 = llvm.getelementptr %in_A[%v2510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2512 = llvm.load %v2511 : !llvm.ptr -> f32
                %v2513 = arith.mulf %v2388, %v2512 fastmath<contract> : f32
                %v2514 = arith.mulf %v2513, %v334 fastmath<contract> : f32
                %v2515 = llvm.call_intrinsic "llvm.exp2.f32"(%v2514) : (f32) -> f32
                %v2516 = arith.mulf %v584, %v2470 fastmath<contract> : f32
                %v2517 = arith.mulf %v2512, %v2516 fastmath<contract> : f32
                %v2518 = arith.mulf %v2515, %v2517 fastmath<contract> : f32
                %v2519 = arith.addf %v2505, %v2518 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2520, %v2521 = gpu.shuffle xor %v2519, %v979, %v380 : f32
                %v2522 = arith.addf %v2519, %v2520 fastmath<contract> : f32
                %v2523, %v2524 = gpu.shuffle xor %v2522, %v983, %v380 : f32
                %v2525 = arith.addf %v2522, %v2523 fastmath<contract> : f32
                %v2526, %v2527 = gpu.shuffle xor %v2525, %v987, %v380 : f32
                %v2528 = arith.addf %v2525, %v2526 fastmath<contract> : f32
                // end sum over the lanes
                %v2529 = arith.addf %v2494, %v2528 fastmath<contract> : f32
                %v2530 = arith.mulf %v2529, %v2396 fastmath<contract> : f32
                %v2531 = arith.cmpi eq, %v32, %v2 : i64
                %v2532 = llvm.load %v890 : !llvm.ptr -> f32
                %v2533 = arith.select %v2531, %v2530, %v2532 : f32
                llvm.store %v2533, %v890 : f32, !llvm.ptr
                %v2534 = arith.mulf %v2404, %v607 fastmath<contract> : f32
                %v2535 = arith.mulf %v2424, %v627 fastmath<contract> : f32
                %v2536 = arith.addf %v2534, %v2535 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2537, %v2538 = gpu.shuffle xor %v2536, %v979, %v380 : f32
                %v2539 = arith.addf %v2536, %v2537 fastmath<contract> : f32
                %v2540, %v2541 = gpu.shuffle xor %v2539, %v983, %v380 : f32
                %v2542 = arith.addf %v2539, %v2540 fastmath<contract> : f32
                %v2543, %v2544 = gpu.shuffle xor %v2542, %v987, %v380 : f32
                %v2545 = arith.addf %v2542, %v2543 fastmath<contract> : f32
                // end sum over the lanes
                %v2546 = arith.mulf %v2493, %v2454 fastmath<contract> : f32
                %v2547 = arith.addf %v2545, %v2546 fastmath<contract> : f32
                %v2548 = arith.mulf %v2547, %v2411 fastmath<contract> : f32
                %v2549 = arith.mulf %v2548, %v2394 fastmath<contract> : f32
                %v2550 = arith.cmpi eq, %v32, %v2 : i64
                %v2551 = llvm.load %v891 : !llvm.ptr -> f32
                %v2552 = arith.select %v2550, %v2549, %v2551 : f32
                llvm.store %v2552, %v891 : f32, !llvm.ptr
                %v2553 = arith.mulf %v2502, %v2503 fastmath<contract> : f32
                %v2554 = arith.mulf %v2388, %v2553 fastmath<contract> : f32
                %v2555 = llvm.load %v54 : !llvm.ptr -> f32
                %v2556 = arith.addf %v2555, %v2554 fastmath<contract> : f32
                llvm.store %v2556, %v54 : f32, !llvm.ptr
                %v2557 = arith.mulf %v2515, %v2516 fastmath<contract> : f32
                %v2558 = arith.mulf %v2388, %v2557 fastmath<contract> : f32
                %v2559 = llvm.load %v55 : !llvm.ptr -> f32
                %v2560 = arith.addf %v2559, %v2558 fastmath<contract> : f32
                llvm.store %v2560, %v55 : f32, !llvm.ptr
                %v2561 = arith.mulf %v2390, %v2461 fastmath<contract> : f32
                %v2562 = arith.select %v36, %v2561, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2563, %v2564 = gpu.shuffle xor %v2562, %v1072, %v380 : f32
                %v2565 = arith.addf %v2562, %v2563 fastmath<contract> : f32
                %v2566, %v2567 = gpu.shuffle xor %v2565, %v1076, %v380 : f32
                %v2568 = arith.addf %v2565, %v2566 fastmath<contract> : f32
                %v2569 = arith.divui %v17, %v19 : i64
                %v2570 = arith.remui %v17, %v19 : i64
                %v2571 = arith.cmpi ult, %v2570, %v31 : i64
                %v2572 = arith.addi %v70, %v32 : i64
                %v2573 = arith.muli %v2569, %v1 : i64
                %v2574 = arith.addi %v2573, %v2572 : i64
                %v2575 = arith.muli %v2574, %v1086 : i64
                %v2576 = arith.addi %v2575, %v2398 : i64
                scf.if %v2571 {
                  %v2577 = llvm.getelementptr %v61[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2568, %v2577 : f32, !llvm.ptr
                }
                %v2578 = arith.mulf %v2390, %v2470 fastmath<contract> : f32
                %v2579 = arith.select %v36, %v2578, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2580, %v2581 = gpu.shuffle xor %v2579, %v1072, %v380 : f32
                %v2582 = arith.addf %v2579, %v2580 fastmath<contract> : f32
                %v2583, %v2584 = gpu.shuffle xor %v2582, %v1076, %v380 : f32
                %v2585 = arith.addf %v2582, %v2583 fastmath<contract> : f32
                %v2586 = arith.divui %v17, %v19 : i64
                %v2587 = arith.remui %v17, %v19 : i64
                %v2588 = arith.cmpi ult, %v2587, %v31 : i64
                %v2589 = arith.addi %v31, %v32 : i64
                %v2590 = arith.muli %v2586, %v1 : i64
                %v2591 = arith.addi %v2590, %v2589 : i64
                %v2592 = arith.muli %v2591, %v1086 : i64
                %v2593 = arith.addi %v2592, %v2398 : i64
                scf.if %v2588 {
                  %v2594 = llvm.getelementptr %v61[%v2593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2585, %v2594 : f32, !llvm.ptr
                }
                %v2595 = arith.mulf %v607, %v2412 fastmath<contract> : f32
                %v2596 = arith.select %v36, %v2595, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2597, %v2598 = gpu.shuffle xor %v2596, %v1072, %v380 : f32
                %v2599 = arith.addf %v2596, %v2597 fastmath<contract> : f32
                %v2600, %v2601 = gpu.shuffle xor %v2599, %v1076, %v380 : f32
                %v2602 = arith.addf %v2599, %v2600 fastmath<contract> : f32
                %v2603 = arith.divui %v17, %v19 : i64
                %v2604 = arith.remui %v17, %v19 : i64
                %v2605 = arith.cmpi ult, %v2604, %v31 : i64
                %v2606 = arith.addi %v70, %v32 : i64
                %v2607 = arith.muli %v2603, %v1 : i64
                %v2608 = arith.addi %v2607, %v2606 : i64
                %v2609 = arith.muli %v2608, %v1086 : i64
                %v2610 = arith.addi %v2609, %v2398 : i64
                scf.if %v2605 {
                  %v2611 = llvm.getelementptr %v63[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2602, %v2611 : f32, !llvm.ptr
                }
                %v2612 = arith.mulf %v627, %v2412 fastmath<contract> : f32
                %v2613 = arith.select %v36, %v2612, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2614, %v2615 = gpu.shuffle xor %v2613, %v1072, %v380 : f32
                %v2616 = arith.addf %v2613, %v2614 fastmath<contract> : f32
                %v2617, %v2618 = gpu.shuffle xor %v2616, %v1076, %v380 : f32
                %v2619 = arith.addf %v2616, %v2617 fastmath<contract> : f32
                %v2620 = arith.divui %v17, %v19 : i64
                %v2621 = arith.remui %v17, %v19 : i64
                %v2622 = arith.cmpi ult, %v2621, %v31 : i64
                %v2623 = arith.addi %v31, %v32 : i64
                %v2624 = arith.muli %v2620, %v1 : i64
                %v2625 = arith.addi %v2624, %v2623 : i64
                %v2626 = arith.muli %v2625, %v1086 : i64
                %v2627 = arith.addi %v2626, %v2398 : i64
                scf.if %v2622 {
                  %v2628 = llvm.getelementptr %v63[%v2627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2619, %v2628 : f32, !llvm.ptr
                }
                %v2629 = arith.mulf %v2493, %v2412 fastmath<contract> : f32
                %v2630 = llvm.load %v56 : !llvm.ptr -> f32
                %v2631 = arith.addf %v2630, %v2629 fastmath<contract> : f32
                llvm.store %v2631, %v56 : f32, !llvm.ptr
                %v2632 = llvm.load %v57 : !llvm.ptr -> f32
                %v2633 = arith.addf %v2632, %v2530 fastmath<contract> : f32
                llvm.store %v2633, %v57 : f32, !llvm.ptr
                llvm.store %v2502, %v52 : f32, !llvm.ptr
                llvm.store %v2515, %v53 : f32, !llvm.ptr
              }
              %v2634 = arith.addi %v445, %v70 : i64
              %v2635 = arith.cmpi slt, %v2634, %v213 : i64
              %v2636, %v2637 = gpu.shuffle idx %v506, %v169, %v380 : f32
              %v2638, %v2639 = gpu.shuffle idx %v514, %v169, %v380 : f32
              %v2640, %v2641 = gpu.shuffle idx %v527, %v169, %v380 : f32
              %v2642, %v2643 = gpu.shuffle idx %v536, %v169, %v380 : f32
              %v2644, %v2645 = gpu.shuffle idx %v541, %v169, %v380 : f32
              %v2646 = arith.addi %v447, %v161 : i64
              scf.if %v2635 {
                %v2647 = arith.addi %v211, %v2634 : i64
                %v2648 = arith.muli %v32, %v239 : i64
                %v2649 = arith.subi %v2647, %v211 : i64
                %v2650 = arith.addi %v2648, %v2649 : i64
                %v2651 = llvm.getelementptr %v67[%v2650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2652 = llvm.load %v2651 : !llvm.ptr -> f32
                %v2653 = arith.muli %v44, %v319 : i64
                %v2654 = arith.muli %v2647, %v318 : i64
                %v2655 = arith.addi %v2653, %v2654 : i64
                %v2656 = arith.muli %v42, %v2 : i64
                %v2657 = arith.addi %v2655, %v2656 : i64
                %v2658 = llvm.getelementptr %dy_y[%v2657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2659 = llvm.load %v2658 : !llvm.ptr -> f32
                %v2660 = arith.mulf %v2640, %v2659 fastmath<contract> : f32
                %v2661 = arith.mulf %v2652, %v2660 fastmath<contract> : f32
                %v2662 = llvm.load %v50 : !llvm.ptr -> f32
                %v2663 = llvm.load %v52 : !llvm.ptr -> f32
                %v2664 = arith.mulf %v2663, %v2662 fastmath<contract> : f32
                %v2665 = arith.addf %v2661, %v2664 fastmath<contract> : f32
                llvm.store %v2665, %v50 : f32, !llvm.ptr
                %v2666 = arith.constant 8 : i64
                %v2667 = arith.addi %v2666, %v32 : i64
                %v2668 = arith.muli %v2667, %v239 : i64
                %v2669 = arith.subi %v2647, %v211 : i64
                %v2670 = arith.addi %v2668, %v2669 : i64
                %v2671 = llvm.getelementptr %v67[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
                %v2673 = arith.mulf %v2672, %v2660 fastmath<contract> : f32
                %v2674 = llvm.load %v51 : !llvm.ptr -> f32
                %v2675 = llvm.load %v53 : !llvm.ptr -> f32
                %v2676 = arith.mulf %v2675, %v2674 fastmath<contract> : f32
                %v2677 = arith.addf %v2673, %v2676 fastmath<contract> : f32
                llvm.store %v2677, %v51 : f32, !llvm.ptr
                %v2678 = arith.subi %size_L, %v2 : i64
                %v2679 = arith.cmpi eq, %v2647, %v2678 : i64
                scf.if %v2679 {
                  %v2680 = arith.muli %v44, %v117 : i64
                  %v2681 = arith.muli %v42, %v116 : i64
                  %v2682 = arith.addi %v2680, %v2681 : i64
                  %v2683 = arith.muli %v32, %v2 : i64
                  %v2684 = arith.addi %v2682, %v2683 : i64
                  %v2685 = llvm.getelementptr %dy_h_last[%v2684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
                  %v2687 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2688 = arith.addf %v2687, %v2686 fastmath<contract> : f32
                  llvm.store %v2688, %v50 : f32, !llvm.ptr
                  %v2689 = arith.muli %v44, %v117 : i64
                  %v2690 = arith.muli %v42, %v116 : i64
                  %v2691 = arith.addi %v2689, %v2690 : i64
                  %v2692 = arith.constant 8 : i64
                  %v2693 = arith.addi %v2692, %v32 : i64
                  %v2694 = arith.muli %v2693, %v2 : i64
                  %v2695 = arith.addi %v2691, %v2694 : i64
                  %v2696 = llvm.getelementptr %dy_h_last[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2697 = llvm.load %v2696 : !llvm.ptr -> f32
                  %v2698 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2699 = arith.addf %v2698, %v2697 fastmath<contract> : f32
                  llvm.store %v2699, %v51 : f32, !llvm.ptr
                }
                %v2700 = arith.muli %v42, %v2 : i64
                %v2701 = llvm.getelementptr %in_Dskip[%v2700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2702 = llvm.load %v2701 : !llvm.ptr -> f32
                %v2703 = arith.mulf %v2702, %v2660 fastmath<contract> : f32
                %v2704 = arith.muli %v32, %v239 : i64
                %v2705 = arith.subi %v2647, %v211 : i64
                %v2706 = arith.addi %v2704, %v2705 : i64
                %v2707 = llvm.getelementptr %v65[%v2706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2708 = llvm.load %v2707 : !llvm.ptr -> f32
                %v2709 = llvm.load %v50 : !llvm.ptr -> f32
                %v2710 = arith.mulf %v2708, %v2709 fastmath<contract> : f32
                %v2711 = arith.constant 8 : i64
                %v2712 = arith.addi %v2711, %v32 : i64
                %v2713 = arith.muli %v2712, %v239 : i64
                %v2714 = arith.subi %v2647, %v211 : i64
                %v2715 = arith.addi %v2713, %v2714 : i64
                %v2716 = llvm.getelementptr %v65[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
                %v2718 = llvm.load %v51 : !llvm.ptr -> f32
                %v2719 = arith.mulf %v2717, %v2718 fastmath<contract> : f32
                %v2720 = arith.addf %v2710, %v2719 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2721, %v2722 = gpu.shuffle xor %v2720, %v979, %v380 : f32
                %v2723 = arith.addf %v2720, %v2721 fastmath<contract> : f32
                %v2724, %v2725 = gpu.shuffle xor %v2723, %v983, %v380 : f32
                %v2726 = arith.addf %v2723, %v2724 fastmath<contract> : f32
                %v2727, %v2728 = gpu.shuffle xor %v2726, %v987, %v380 : f32
                %v2729 = arith.addf %v2726, %v2727 fastmath<contract> : f32
                // end sum over the lanes
                %v2730 = arith.mulf %v2636, %v2729 fastmath<contract> : f32
                %v2731 = arith.addf %v2703, %v2730 fastmath<contract> : f32
                %v2732 = arith.cmpi eq, %v32, %v70 : i64
                %v2733 = llvm.load %v889 : !llvm.ptr -> f32
                %v2734 = arith.select %v2732, %v2731, %v2733 : f32
                llvm.store %v2734, %v889 : f32, !llvm.ptr
                %v2735 = arith.muli %v44, %v319 : i64
                %v2736 = arith.muli %v2647, %v318 : i64
                %v2737 = arith.addi %v2735, %v2736 : i64
                %v2738 = arith.muli %v42, %v2 : i64
                %v2739 = arith.addi %v2737, %v2738 : i64
                %v2740 = llvm.getelementptr %in_u[%v2739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2741 = llvm.load %v2740 : !llvm.ptr -> f32
                %v2742 = arith.mulf %v2741, %v2729 fastmath<contract> : f32
                %v2743 = arith.muli %v42, %v388 : i64
                %v2744 = arith.muli %v32, %v2 : i64
                %v2745 = arith.addi %v2743, %v2744 : i64
                %v2746 = llvm.getelementptr %in_A[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2747 = llvm.load %v2746 : !llvm.ptr -> f32
                %v2748 = arith.mulf %v2636, %v2747 fastmath<contract> : f32
                %v2749 = arith.mulf %v2748, %v334 fastmath<contract> : f32
                %v2750 = llvm.call_intrinsic "llvm.exp2.f32"(%v2749) : (f32) -> f32
                %v2751 = arith.mulf %v458, %v2709 fastmath<contract> : f32
                %v2752 = arith.mulf %v2747, %v2751 fastmath<contract> : f32
                %v2753 = arith.mulf %v2750, %v2752 fastmath<contract> : f32
                %v2754 = arith.muli %v42, %v388 : i64
                %v2755 = arith.constant 8 : i64
                %v2756 = arith.addi %v2755, %v32 : i64
                %v2757 = arith.muli %v2756, %v2 : i64
                %v2758 = arith.addi %v2754, %v2757 : i64
                %v2759 = llvm.getelementptr %in_A[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2760 = llvm.load %v2759 : !llvm.ptr -> f32
                %v2761 = arith.mulf %v2636, %v2760 fastmath<contract> : f32
                %v2762 = arith.mulf %v2761, %v334 fastmath<contract> : f32
                %v2763 = llvm.call_intrinsic "llvm.exp2.f32"(%v2762) : (f32) -> f32
                %v2764 = arith.mulf %v467, %v2718 fastmath<contract> : f32
                %v2765 = arith.mulf %v2760, %v2764 fastmath<contract> : f32
                %v2766 = arith.mulf %v2763, %v2765 fastmath<contract> : f32
                %v2767 = arith.addf %v2753, %v2766 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2768, %v2769 = gpu.shuffle xor %v2767, %v979, %v380 : f32
                %v2770 = arith.addf %v2767, %v2768 fastmath<contract> : f32
                %v2771, %v2772 = gpu.shuffle xor %v2770, %v983, %v380 : f32
                %v2773 = arith.addf %v2770, %v2771 fastmath<contract> : f32
                %v2774, %v2775 = gpu.shuffle xor %v2773, %v987, %v380 : f32
                %v2776 = arith.addf %v2773, %v2774 fastmath<contract> : f32
                // end sum over the lanes
                %v2777 = arith.addf %v2742, %v2776 fastmath<contract> : f32
                %v2778 = arith.mulf %v2777, %v2644 fastmath<contract> : f32
                %v2779 = arith.cmpi eq, %v32, %v70 : i64
                %v2780 = llvm.load %v890 : !llvm.ptr -> f32
                %v2781 = arith.select %v2779, %v2778, %v2780 : f32
                llvm.store %v2781, %v890 : f32, !llvm.ptr
                %v2782 = arith.mulf %v2652, %v564 fastmath<contract> : f32
                %v2783 = arith.mulf %v2672, %v584 fastmath<contract> : f32
                %v2784 = arith.addf %v2782, %v2783 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2785, %v2786 = gpu.shuffle xor %v2784, %v979, %v380 : f32
                %v2787 = arith.addf %v2784, %v2785 fastmath<contract> : f32
                %v2788, %v2789 = gpu.shuffle xor %v2787, %v983, %v380 : f32
                %v2790 = arith.addf %v2787, %v2788 fastmath<contract> : f32
                %v2791, %v2792 = gpu.shuffle xor %v2790, %v987, %v380 : f32
                %v2793 = arith.addf %v2790, %v2791 fastmath<contract> : f32
                // end sum over the lanes
                %v2794 = arith.mulf %v2741, %v2702 fastmath<contract> : f32
                %v2795 = arith.addf %v2793, %v2794 fastmath<contract> : f32
                %v2796 = arith.mulf %v2795, %v2659 fastmath<contract> : f32
                %v2797 = arith.mulf %v2796, %v2642 fastmath<contract> : f32
                %v2798 = arith.cmpi eq, %v32, %v70 : i64
                %v2799 = llvm.load %v891 : !llvm.ptr -> f32
                %v2800 = arith.select %v2798, %v2797, %v2799 : f32
                llvm.store %v2800, %v891 : f32, !llvm.ptr
                %v2801 = arith.mulf %v2750, %v2751 fastmath<contract> : f32
                %v2802 = arith.mulf %v2636, %v2801 fastmath<contract> : f32
                %v2803 = llvm.load %v54 : !llvm.ptr -> f32
                %v2804 = arith.addf %v2803, %v2802 fastmath<contract> : f32
                llvm.store %v2804, %v54 : f32, !llvm.ptr
                %v2805 = arith.mulf %v2763, %v2764 fastmath<contract> : f32
                %v2806 = arith.mulf %v2636, %v2805 fastmath<contract> : f32
                %v2807 = llvm.load %v55 : !llvm.ptr -> f32
                %v2808 = arith.addf %v2807, %v2806 fastmath<contract> : f32
                llvm.store %v2808, %v55 : f32, !llvm.ptr
                %v2809 = arith.mulf %v2638, %v2709 fastmath<contract> : f32
                %v2810 = arith.select %v36, %v2809, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2811, %v2812 = gpu.shuffle xor %v2810, %v1072, %v380 : f32
                %v2813 = arith.addf %v2810, %v2811 fastmath<contract> : f32
                %v2814, %v2815 = gpu.shuffle xor %v2813, %v1076, %v380 : f32
                %v2816 = arith.addf %v2813, %v2814 fastmath<contract> : f32
                %v2817 = arith.divui %v17, %v19 : i64
                %v2818 = arith.remui %v17, %v19 : i64
                %v2819 = arith.cmpi ult, %v2818, %v31 : i64
                %v2820 = arith.addi %v70, %v32 : i64
                %v2821 = arith.muli %v2817, %v1 : i64
                %v2822 = arith.addi %v2821, %v2820 : i64
                %v2823 = arith.muli %v2822, %v1086 : i64
                %v2824 = arith.addi %v2823, %v2646 : i64
                scf.if %v2819 {
                  %v2825 = llvm.getelementptr %v61[%v2824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2816, %v2825 : f32, !llvm.ptr
                }
                %v2826 = arith.mulf %v2638, %v2718 fastmath<contract> : f32
                %v2827 = arith.select %v36, %v2826, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2828, %v2829 = gpu.shuffle xor %v2827, %v1072, %v380 : f32
                %v2830 = arith.addf %v2827, %v2828 fastmath<contract> : f32
                %v2831, %v2832 = gpu.shuffle xor %v2830, %v1076, %v380 : f32
                %v2833 = arith.addf %v2830, %v2831 fastmath<contract> : f32
                %v2834 = arith.divui %v17, %v19 : i64
                %v2835 = arith.remui %v17, %v19 : i64
                %v2836 = arith.cmpi ult, %v2835, %v31 : i64
                %v2837 = arith.addi %v31, %v32 : i64
                %v2838 = arith.muli %v2834, %v1 : i64
                %v2839 = arith.addi %v2838, %v2837 : i64
                %v2840 = arith.muli %v2839, %v1086 : i64
                %v2841 = arith.addi %v2840, %v2646 : i64
                scf.if %v2836 {
                  %v2842 = llvm.getelementptr %v61[%v2841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2833, %v2842 : f32, !llvm.ptr
                }
                %v2843 = arith.mulf %v564, %v2660 fastmath<contract> : f32
                %v2844 = arith.select %v36, %v2843, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2845, %v2846 = gpu.shuffle xor %v2844, %v1072, %v380 : f32
                %v2847 = arith.addf %v2844, %v2845 fastmath<contract> : f32
                %v2848, %v2849 = gpu.shuffle xor %v2847, %v1076, %v380 : f32
                %v2850 = arith.addf %v2847, %v2848 fastmath<contract> : f32
                %v2851 = arith.divui %v17, %v19 : i64
                %v2852 = arith.remui %v17, %v19 : i64
                %v2853 = arith.cmpi ult, %v2852, %v31 : i64
                %v2854 = arith.addi %v70, %v32 : i64
                %v2855 = arith.muli %v2851, %v1 : i64
                %v2856 = arith.addi %v2855, %v2854 : i64
                %v2857 = arith.muli %v2856, %v1086 : i64
                %v2858 = arith.addi %v2857, %v2646 : i64
                scf.if %v2853 {
                  %v2859 = llvm.getelementptr %v63[%v2858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2850, %v2859 : f32, !llvm.ptr
                }
                %v2860 = arith.mulf %v584, %v2660 fastmath<contract> : f32
                %v2861 = arith.select %v36, %v2860, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2862, %v2863 = gpu.shuffle xor %v2861, %v1072, %v380 : f32
                %v2864 = arith.addf %v2861, %v2862 fastmath<contract> : f32
                %v2865, %v2866 = gpu.shuffle xor %v2864, %v1076, %v380 : f32
                %v2867 = arith.addf %v2864, %v2865 fastmath<contract> : f32
                %v2868 = arith.divui %v17, %v19 : i64
                %v2869 = arith.remui %v17, %v19 : i64
                %v2870 = arith.cmpi ult, %v2869, %v31 : i64
                %v2871 = arith.addi %v31, %v32 : i64
                %v2872 = arith.muli %v2868, %v1 : i64
                %v2873 = arith.addi %v2872, %v2871 : i64
                %v2874 = arith.muli %v2873, %v1086 : i64
                %v2875 = arith.addi %v2874, %v2646 : i64
                scf.if %v2870 {
                  %v2876 = llvm.getelementptr %v63[%v2875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2867, %v2876 : f32, !llvm.ptr
                }
                %v2877 = arith.mulf %v2741, %v2660 fastmath<contract> : f32
                %v2878 = llvm.load %v56 : !llvm.ptr -> f32
                %v2879 = arith.addf %v2878, %v2877 fastmath<contract> : f32
                llvm.store %v2879, %v56 : f32, !llvm.ptr
                %v2880 = llvm.load %v57 : !llvm.ptr -> f32
                %v2881 = arith.addf %v2880, %v2778 fastmath<contract> : f32
                llvm.store %v2881, %v57 : f32, !llvm.ptr
                llvm.store %v2750, %v52 : f32, !llvm.ptr
                llvm.store %v2763, %v53 : f32, !llvm.ptr
              }
              %v2882 = arith.addi %v445, %v32 : i64
              %v2883 = arith.cmpi slt, %v2882, %v213 : i64
              %v2884 = arith.andi %v36, %v2883 : i1
              scf.if %v2884 {
                %v2885 = arith.addi %v211, %v2882 : i64
                %v2886 = llvm.load %v889 : !llvm.ptr -> f32
                %v2887 = arith.muli %v44, %v319 : i64
                %v2888 = arith.muli %v2885, %v318 : i64
                %v2889 = arith.addi %v2887, %v2888 : i64
                %v2890 = arith.muli %v42, %v2 : i64
                %v2891 = arith.addi %v2889, %v2890 : i64
                %v2892 = llvm.getelementptr %dx_u[%v2891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2886, %v2892 : f32, !llvm.ptr
                %v2893 = llvm.load %v890 : !llvm.ptr -> f32
                %v2894 = arith.muli %v44, %v319 : i64
                %v2895 = arith.muli %v2885, %v318 : i64
                %v2896 = arith.addi %v2894, %v2895 : i64
                %v2897 = arith.muli %v42, %v2 : i64
                %v2898 = arith.addi %v2896, %v2897 : i64
                %v2899 = llvm.getelementptr %dx_delta[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2893, %v2899 : f32, !llvm.ptr
                %v2900 = llvm.load %v891 : !llvm.ptr -> f32
                %v2901 = arith.muli %v44, %v319 : i64
                %v2902 = arith.muli %v2885, %v318 : i64
                %v2903 = arith.addi %v2901, %v2902 : i64
                %v2904 = arith.muli %v42, %v2 : i64
                %v2905 = arith.addi %v2903, %v2904 : i64
                %v2906 = llvm.getelementptr %dx_z[%v2905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2900, %v2906 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2911 = arith.index_cast %v17 : i64 to index
          %v2912 = arith.index_cast %v2910 : i64 to index
          %v2913 = arith.index_cast %v7 : i64 to index
          scf.for %v2914 = %v2911 to %v2912 step %v2913 {
            %v2915 = arith.index_cast %v2914 : index to i64
            %v2916 = arith.remui %v2915, %v19 : i64
            %v2917 = arith.divui %v2915, %v19 : i64
            %v2918 = arith.muli %v434, %v46 : i64
            %v2919 = arith.divui %v2916, %v31 : i64
            %v2920 = arith.addi %v2918, %v2919 : i64
            %v2921 = arith.cmpi slt, %v2920, %v216 : i64
            %v2922 = arith.subi %v216, %v2 : i64
            %v2923 = arith.subi %v2922, %v2920 : i64
            %v2924 = arith.remui %v2916, %v31 : i64
            %v2925 = arith.subi %v161, %v2924 : i64
            %v2926 = arith.muli %v2923, %v31 : i64
            %v2927 = arith.addi %v2926, %v2925 : i64
            %v2928 = arith.cmpi slt, %v2927, %v213 : i64
            %v2929 = arith.andi %v2921, %v2928 : i1
            scf.if %v2929 {
              %v2930 = arith.addi %v211, %v2927 : i64
              %v2931 = arith.muli %v70, %v1 : i64
              %v2932 = arith.addi %v2931, %v2917 : i64
              %v2933 = arith.muli %v2932, %v1086 : i64
              %v2934 = arith.addi %v2933, %v2916 : i64
              %v2935 = llvm.getelementptr %v61[%v2934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2936 = llvm.load %v2935 : !llvm.ptr -> f32
              %v2937 = arith.muli %v2, %v1 : i64
              %v2938 = arith.addi %v2937, %v2917 : i64
              %v2939 = arith.muli %v2938, %v1086 : i64
              %v2940 = arith.addi %v2939, %v2916 : i64
              %v2941 = llvm.getelementptr %v61[%v2940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2942 = llvm.load %v2941 : !llvm.ptr -> f32
              %v2943 = arith.addf %v2936, %v2942 fastmath<contract> : f32
              %v2944 = arith.muli %v628, %v1 : i64
              %v2945 = arith.addi %v2944, %v2917 : i64
              %v2946 = arith.muli %v2945, %v1086 : i64
              %v2947 = arith.addi %v2946, %v2916 : i64
              %v2948 = llvm.getelementptr %v61[%v2947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2949 = llvm.load %v2948 : !llvm.ptr -> f32
              %v2950 = arith.addf %v2943, %v2949 fastmath<contract> : f32
              %v2951 = arith.muli %v427, %v1 : i64
              %v2952 = arith.addi %v2951, %v2917 : i64
              %v2953 = arith.muli %v2952, %v1086 : i64
              %v2954 = arith.addi %v2953, %v2916 : i64
              %v2955 = llvm.getelementptr %v61[%v2954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2956 = llvm.load %v2955 : !llvm.ptr -> f32
              %v2957 = arith.addf %v2950, %v2956 fastmath<contract> : f32
              %v2958 = arith.muli %v46, %v1 : i64
              %v2959 = arith.addi %v2958, %v2917 : i64
              %v2960 = arith.muli %v2959, %v1086 : i64
              %v2961 = arith.addi %v2960, %v2916 : i64
              %v2962 = llvm.getelementptr %v61[%v2961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2963 = llvm.load %v2962 : !llvm.ptr -> f32
              %v2964 = arith.addf %v2957, %v2963 fastmath<contract> : f32
              %v2965 = arith.muli %v758, %v1 : i64
              %v2966 = arith.addi %v2965, %v2917 : i64
              %v2967 = arith.muli %v2966, %v1086 : i64
              %v2968 = arith.addi %v2967, %v2916 : i64
              %v2969 = llvm.getelementptr %v61[%v2968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2970 = llvm.load %v2969 : !llvm.ptr -> f32
              %v2971 = arith.addf %v2964, %v2970 fastmath<contract> : f32
              %v2972 = arith.muli %v802, %v1 : i64
              %v2973 = arith.addi %v2972, %v2917 : i64
              %v2974 = arith.muli %v2973, %v1086 : i64
              %v2975 = arith.addi %v2974, %v2916 : i64
              %v2976 = llvm.getelementptr %v61[%v2975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2977 = llvm.load %v2976 : !llvm.ptr -> f32
              %v2978 = arith.addf %v2971, %v2977 fastmath<contract> : f32
              %v2979 = arith.muli %v161, %v1 : i64
              %v2980 = arith.addi %v2979, %v2917 : i64
              %v2981 = arith.muli %v2980, %v1086 : i64
              %v2982 = arith.addi %v2981, %v2916 : i64
              %v2983 = llvm.getelementptr %v61[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2984 = llvm.load %v2983 : !llvm.ptr -> f32
              %v2985 = arith.addf %v2978, %v2984 fastmath<contract> : f32
              %v2986 = arith.remui %v2917, %v1 : i64
              %v2987 = arith.divui %v2917, %v1 : i64
              %v2988 = arith.muli %v44, %v231 : i64
              %v2989 = arith.muli %v2930, %v230 : i64
              %v2990 = arith.addi %v2988, %v2989 : i64
              %v2991 = arith.muli %v2986, %v2 : i64
              %v2992 = arith.addi %v2990, %v2991 : i64
              %v2993 = arith.muli %v30, %v2909 : i64
              %v2994 = arith.addi %v2993, %v2992 : i64
              %v2995 = llvm.getelementptr %part_Bm[%v2994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2985, %v2995 : f32, !llvm.ptr
            }
          }
          %v2999 = arith.index_cast %v17 : i64 to index
          %v3000 = arith.index_cast %v2910 : i64 to index
          %v3001 = arith.index_cast %v7 : i64 to index
          scf.for %v3002 = %v2999 to %v3000 step %v3001 {
            %v3003 = arith.index_cast %v3002 : index to i64
            %v3004 = arith.remui %v3003, %v19 : i64
            %v3005 = arith.divui %v3003, %v19 : i64
            %v3006 = arith.muli %v434, %v46 : i64
            %v3007 = arith.divui %v3004, %v31 : i64
            %v3008 = arith.addi %v3006, %v3007 : i64
            %v3009 = arith.cmpi slt, %v3008, %v216 : i64
            %v3010 = arith.subi %v216, %v2 : i64
            %v3011 = arith.subi %v3010, %v3008 : i64
            %v3012 = arith.remui %v3004, %v31 : i64
            %v3013 = arith.subi %v161, %v3012 : i64
            %v3014 = arith.muli %v3011, %v31 : i64
            %v3015 = arith.addi %v3014, %v3013 : i64
            %v3016 = arith.cmpi slt, %v3015, %v213 : i64
            %v3017 = arith.andi %v3009, %v3016 : i1
            scf.if %v3017 {
              %v3018 = arith.addi %v211, %v3015 : i64
              %v3019 = arith.muli %v70, %v1 : i64
              %v3020 = arith.addi %v3019, %v3005 : i64
              %v3021 = arith.muli %v3020, %v1086 : i64
              %v3022 = arith.addi %v3021, %v3004 : i64
              %v3023 = llvm.getelementptr %v63[%v3022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3024 = llvm.load %v3023 : !llvm.ptr -> f32
              %v3025 = arith.muli %v2, %v1 : i64
              %v3026 = arith.addi %v3025, %v3005 : i64
              %v3027 = arith.muli %v3026, %v1086 : i64
              %v3028 = arith.addi %v3027, %v3004 : i64
              %v3029 = llvm.getelementptr %v63[%v3028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3030 = llvm.load %v3029 : !llvm.ptr -> f32
              %v3031 = arith.addf %v3024, %v3030 fastmath<contract> : f32
              %v3032 = arith.muli %v628, %v1 : i64
              %v3033 = arith.addi %v3032, %v3005 : i64
              %v3034 = arith.muli %v3033, %v1086 : i64
              %v3035 = arith.addi %v3034, %v3004 : i64
              %v3036 = llvm.getelementptr %v63[%v3035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3037 = llvm.load %v3036 : !llvm.ptr -> f32
              %v3038 = arith.addf %v3031, %v3037 fastmath<contract> : f32
              %v3039 = arith.muli %v427, %v1 : i64
              %v3040 = arith.addi %v3039, %v3005 : i64
              %v3041 = arith.muli %v3040, %v1086 : i64
              %v3042 = arith.addi %v3041, %v3004 : i64
              %v3043 = llvm.getelementptr %v63[%v3042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3044 = llvm.load %v3043 : !llvm.ptr -> f32
              %v3045 = arith.addf %v3038, %v3044 fastmath<contract> : f32
              %v3046 = arith.muli %v46, %v1 : i64
              %v3047 = arith.addi %v3046, %v3005 : i64
              %v3048 = arith.muli %v3047, %v1086 : i64
              %v3049 = arith.addi %v3048, %v3004 : i64
              %v3050 = llvm.getelementptr %v63[%v3049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3051 = llvm.load %v3050 : !llvm.ptr -> f32
              %v3052 = arith.addf %v3045, %v3051 fastmath<contract> : f32
              %v3053 = arith.muli %v758, %v1 : i64
              %v3054 = arith.addi %v3053, %v3005 : i64
              %v3055 = arith.muli %v3054, %v1086 : i64
              %v3056 = arith.addi %v3055, %v3004 : i64
              %v3057 = llvm.getelementptr %v63[%v3056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3058 = llvm.load %v3057 : !llvm.ptr -> f32
              %v3059 = arith.addf %v3052, %v3058 fastmath<contract> : f32
              %v3060 = arith.muli %v802, %v1 : i64
              %v3061 = arith.addi %v3060, %v3005 : i64
              %v3062 = arith.muli %v3061, %v1086 : i64
              %v3063 = arith.addi %v3062, %v3004 : i64
              %v3064 = llvm.getelementptr %v63[%v3063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3065 = llvm.load %v3064 : !llvm.ptr -> f32
              %v3066 = arith.addf %v3059, %v3065 fastmath<contract> : f32
              %v3067 = arith.muli %v161, %v1 : i64
              %v3068 = arith.addi %v3067, %v3005 : i64
              %v3069 = arith.muli %v3068, %v1086 : i64
              %v3070 = arith.addi %v3069, %v3004 : i64
              %v3071 = llvm.getelementptr %v63[%v3070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3072 = llvm.load %v3071 : !llvm.ptr -> f32
              %v3073 = arith.addf %v3066, %v3072 fastmath<contract> : f32
              %v3074 = arith.remui %v3005, %v1 : i64
              %v3075 = arith.divui %v3005, %v1 : i64
              %v3076 = arith.muli %v44, %v231 : i64
              %v3077 = arith.muli %v3018, %v230 : i64
              %v3078 = arith.addi %v3076, %v3077 : i64
              %v3079 = arith.muli %v3074, %v2 : i64
              %v3080 = arith.addi %v3078, %v3079 : i64
              %v3081 = arith.muli %v30, %v2998 : i64
              %v3082 = arith.addi %v3081, %v3080 : i64
              %v3083 = llvm.getelementptr %part_Cm[%v3082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3073, %v3083 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3084 = arith.cmpi eq, %v27, %v70 : i64
      scf.if %v3084 {
        %v3085 = llvm.load %v50 : !llvm.ptr -> f32
        %v3086 = llvm.load %v52 : !llvm.ptr -> f32
        %v3087 = arith.mulf %v3086, %v3085 fastmath<contract> : f32
        %v3088 = llvm.load %v58 : !llvm.ptr -> f32
        %v3089 = arith.addf %v3088, %v3087 fastmath<contract> : f32
        llvm.store %v3089, %v58 : f32, !llvm.ptr
        %v3090 = llvm.load %v51 : !llvm.ptr -> f32
        %v3091 = llvm.load %v53 : !llvm.ptr -> f32
        %v3092 = arith.mulf %v3091, %v3090 fastmath<contract> : f32
        %v3093 = llvm.load %v59 : !llvm.ptr -> f32
        %v3094 = arith.addf %v3093, %v3092 fastmath<contract> : f32
        llvm.store %v3094, %v59 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v3095 = llvm.load %v54 : !llvm.ptr -> f32
        %v3096 = arith.addi %v70, %v32 : i64
        %v3097 = arith.addi %v49, %v38 : i64
        %v3098 = arith.muli %v3097, %v1 : i64
        %v3099 = arith.addi %v3098, %v3096 : i64
        %v3100 = llvm.getelementptr %part_A[%v3099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3095, %v3100 : f32, !llvm.ptr
        %v3101 = llvm.load %v55 : !llvm.ptr -> f32
        %v3102 = arith.addi %v31, %v32 : i64
        %v3103 = arith.addi %v49, %v38 : i64
        %v3104 = arith.muli %v3103, %v1 : i64
        %v3105 = arith.addi %v3104, %v3102 : i64
        %v3106 = llvm.getelementptr %part_A[%v3105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3101, %v3106 : f32, !llvm.ptr
      }
      %v3107 = arith.cmpi eq, %v32, %v70 : i64
      %v3108 = arith.andi %v36, %v3107 : i1
      scf.if %v3108 {
        %v3109 = llvm.load %v56 : !llvm.ptr -> f32
        %v3110 = arith.addi %v49, %v38 : i64
        %v3111 = arith.muli %v3110, %v2 : i64
        %v3112 = arith.addi %v3111, %v70 : i64
        %v3113 = llvm.getelementptr %part_Dskip[%v3112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3109, %v3113 : f32, !llvm.ptr
      }
      %v3114 = arith.cmpi eq, %v32, %v70 : i64
      %v3115 = arith.andi %v36, %v3114 : i1
      scf.if %v3115 {
        %v3116 = llvm.load %v57 : !llvm.ptr -> f32
        %v3117 = arith.addi %v49, %v38 : i64
        %v3118 = arith.muli %v3117, %v2 : i64
        %v3119 = arith.addi %v3118, %v70 : i64
        %v3120 = llvm.getelementptr %part_dt_bias[%v3119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3116, %v3120 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v3121 = llvm.load %v58 : !llvm.ptr -> f32
        %v3122 = arith.addi %v70, %v32 : i64
        %v3123 = arith.addi %v49, %v38 : i64
        %v3124 = arith.muli %v3123, %v1 : i64
        %v3125 = arith.addi %v3124, %v3122 : i64
        %v3126 = llvm.getelementptr %part_h0[%v3125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3121, %v3126 : f32, !llvm.ptr
        %v3127 = llvm.load %v59 : !llvm.ptr -> f32
        %v3128 = arith.addi %v31, %v32 : i64
        %v3129 = arith.addi %v49, %v38 : i64
        %v3130 = arith.muli %v3129, %v1 : i64
        %v3131 = arith.addi %v3130, %v3128 : i64
        %v3132 = llvm.getelementptr %part_h0[%v3131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3127, %v3132 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
