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
      %v217 = arith.constant 1024 : i64
      %v229 = arith.muli %v2, %size_L : i64
      %v230 = arith.muli %v229, %v1 : i64
      %v234 = arith.subi %size_L, %v2 : i64
      %v240 = arith.constant 65 : i64
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
      %v387 = arith.constant 32 : i32
      %v395 = arith.muli %v2, %v1 : i64
      %v434 = arith.constant 3 : i64
      %v638 = arith.constant 2 : i64
      %v768 = arith.constant 5 : i64
      %v812 = arith.constant 6 : i64
      %v899 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v900 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v901 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v916 = arith.constant 2147483647 : i64
      %v920 = arith.constant 7 : i32
      %v1018 = arith.constant 8 : i32
      %v1022 = arith.constant 16 : i32
      %v1032 = arith.constant 33 : i64
      %v1114 = arith.constant 6 : i32
      %v1304 = arith.constant 1 : i32
      %v1321 = arith.constant 5 : i32
      %v1512 = arith.constant 4 : i32
      %v1707 = arith.constant 2 : i32
      %v1734 = arith.constant 3 : i32
      %v2320 = arith.constant 0 : i32
      %v2615 = arith.muli %v2, %size_B : i64
      %v2616 = arith.muli %v2615, %v1 : i64
      %v2617 = arith.muli %v2616, %size_L : i64
      %v2618 = arith.constant 512 : i64
      %v2705 = arith.muli %v2, %size_B : i64
      %v2706 = arith.muli %v2705, %v1 : i64
      %v2707 = arith.muli %v2706, %size_L : i64
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
          %v232 = arith.muli %v227, %v229 : i64
          %v233 = arith.addi %v231, %v232 : i64
          %v235 = arith.subi %v234, %v226 : i64
          %v236 = arith.muli %v235, %v2 : i64
          %v237 = arith.addi %v233, %v236 : i64
          %v238 = llvm.getelementptr %in_Bm[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v239 = llvm.load %v238 : !llvm.ptr -> f32
          %v241 = arith.muli %v224, %v240 : i64
          %v242 = arith.addi %v241, %v223 : i64
          %v243 = llvm.getelementptr %v65[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v239, %v243 : f32, !llvm.ptr
        }
        %v244 = arith.index_cast %v17 : i64 to index
        %v245 = arith.index_cast %v217 : i64 to index
        %v246 = arith.index_cast %v7 : i64 to index
        scf.for %v247 = %v244 to %v245 step %v246 {
          %v248 = arith.index_cast %v247 : index to i64
          %v249 = arith.remui %v248, %v160 : i64
          %v250 = arith.divui %v248, %v160 : i64
          %v251 = arith.addi %v211, %v249 : i64
          %v252 = arith.minsi %v251, %v216 : i64
          %v253 = arith.remui %v250, %v1 : i64
          %v254 = arith.divui %v250, %v1 : i64
          %v255 = arith.muli %v44, %v230 : i64
          %v256 = arith.muli %v253, %v229 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = arith.subi %v234, %v252 : i64
          %v259 = arith.muli %v258, %v2 : i64
          %v260 = arith.addi %v257, %v259 : i64
          %v261 = llvm.getelementptr %in_Cm[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v262 = llvm.load %v261 : !llvm.ptr -> f32
          %v263 = arith.muli %v250, %v240 : i64
          %v264 = arith.addi %v263, %v249 : i64
          %v265 = llvm.getelementptr %v67[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v262, %v265 : f32, !llvm.ptr
        }
        gpu.barrier
        %v266 = arith.subi %v213, %v2 : i64
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
        %v294 = arith.index_cast %v215 : i64 to index
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
          %v319 = arith.minsi %v318, %v266 : i64
          %v320 = arith.addi %v211, %v319 : i64
          %v323 = arith.muli %v44, %v322 : i64
          %v324 = arith.muli %v42, %v321 : i64
          %v325 = arith.addi %v323, %v324 : i64
          %v326 = arith.subi %v234, %v320 : i64
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
          %v372 = arith.subi %v234, %v320 : i64
          %v373 = arith.muli %v372, %v2 : i64
          %v374 = arith.addi %v371, %v373 : i64
          %v375 = llvm.getelementptr %in_u[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v376 = llvm.load %v375 : !llvm.ptr -> f32
          %v377 = arith.mulf %v368, %v376 fastmath<contract> : f32
          %v378 = arith.subi %v213, %v317 : i64
          %v379 = arith.trunci %v378 : i64 to i32
          %v380 = arith.index_cast %v70 : i64 to index
          %v381 = arith.index_cast %v31 : i64 to index
          %v382 = arith.index_cast %v2 : i64 to index
          scf.for %v383 = %v380 to %v381 step %v382 {
            %v384 = arith.index_cast %v383 : index to i64
            %v385 = arith.trunci %v384 : i64 to i32
            %v386 = arith.ori %v169, %v385 : i32
            %v388, %v389 = gpu.shuffle idx %v368, %v386, %v387 : f32
            %v390, %v391 = gpu.shuffle idx %v377, %v386, %v387 : f32
            %v392 = arith.addi %v317, %v384 : i64
            %v393 = arith.cmpi slt, %v385, %v379 : i32
            scf.if %v393 {
              %v394 = arith.addi %v211, %v392 : i64
              %v396 = arith.muli %v42, %v395 : i64
              %v397 = arith.muli %v32, %v2 : i64
              %v398 = arith.addi %v396, %v397 : i64
              %v399 = llvm.getelementptr %in_A[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v400 = llvm.load %v399 : !llvm.ptr -> f32
              %v401 = arith.mulf %v388, %v400 fastmath<contract> : f32
              %v402 = arith.mulf %v401, %v338 fastmath<contract> : f32
              %v403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v402) : (f32) -> f32
              %v404 = arith.muli %v32, %v240 : i64
              %v405 = arith.subi %v394, %v211 : i64
              %v406 = arith.addi %v404, %v405 : i64
              %v407 = llvm.getelementptr %v65[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v408 = llvm.load %v407 : !llvm.ptr -> f32
              %v409 = arith.mulf %v408, %v390 fastmath<contract> : f32
              %v410 = llvm.load %v11 : !llvm.ptr -> f32
              %v411 = arith.mulf %v403, %v410 fastmath<contract> : f32
              %v412 = arith.addf %v411, %v409 fastmath<contract> : f32
              llvm.store %v412, %v11 : f32, !llvm.ptr
              %v413 = arith.muli %v42, %v395 : i64
              %v414 = arith.constant 8 : i64
              %v415 = arith.addi %v414, %v32 : i64
              %v416 = arith.muli %v415, %v2 : i64
              %v417 = arith.addi %v413, %v416 : i64
              %v418 = llvm.getelementptr %in_A[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v419 = llvm.load %v418 : !llvm.ptr -> f32
              %v420 = arith.mulf %v388, %v419 fastmath<contract> : f32
              %v421 = arith.mulf %v420, %v338 fastmath<contract> : f32
              %v422 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v421) : (f32) -> f32
              %v423 = arith.constant 8 : i64
              %v424 = arith.addi %v423, %v32 : i64
              %v425 = arith.muli %v424, %v240 : i64
              %v426 = arith.subi %v394, %v211 : i64
              %v427 = arith.addi %v425, %v426 : i64
              %v428 = llvm.getelementptr %v65[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v429 = llvm.load %v428 : !llvm.ptr -> f32
              %v430 = arith.mulf %v429, %v390 fastmath<contract> : f32
              %v431 = llvm.load %v12 : !llvm.ptr -> f32
              %v432 = arith.mulf %v422, %v431 fastmath<contract> : f32
              %v433 = arith.addf %v432, %v430 fastmath<contract> : f32
              llvm.store %v433, %v12 : f32, !llvm.ptr
            }
          }
        }
        %v435 = arith.addi %v215, %v434 : i64
        %v436 = arith.divui %v435, %v46 : i64
        %v437 = arith.index_cast %v70 : i64 to index
        %v438 = arith.index_cast %v436 : i64 to index
        %v439 = arith.index_cast %v2 : i64 to index
        scf.for %v440 = %v437 to %v438 step %v439 {
          %v441 = arith.index_cast %v440 : index to i64
          %v442 = arith.muli %v441, %v46 : i64
          %v443 = arith.addi %v442, %v46 : i64
          %v444 = arith.index_cast %v442 : i64 to index
          %v445 = arith.index_cast %v443 : i64 to index
          %v446 = arith.index_cast %v2 : i64 to index
          scf.for %v447 = %v444 to %v445 step %v446 {
            %v448 = arith.index_cast %v447 : index to i64
            %v449 = arith.cmpi slt, %v448, %v215 : i64
            scf.if %v449 {
              %v450 = arith.subi %v215, %v2 : i64
              %v451 = arith.subi %v450, %v448 : i64
              %v452 = arith.muli %v451, %v31 : i64
              %v453 = arith.remui %v448, %v46 : i64
              %v454 = arith.muli %v453, %v31 : i64
              %v455 = arith.addi %v201, %v451 : i64
              %v456 = arith.subi %v213, %v2 : i64
              %v457 = arith.muli %v455, %v4 : i64
              %v458 = arith.subi %v4, %v2 : i64
              %v459 = arith.minsi %v38, %v458 : i64
              %v460 = arith.addi %v457, %v459 : i64
              %v461 = arith.muli %v460, %v1 : i64
              %v462 = arith.addi %v461, %v70 : i64
              %v463 = arith.addi %v462, %v32 : i64
              %v464 = llvm.getelementptr %scratch_h[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v465 = llvm.load %v464 : !llvm.ptr -> f32
              %v466 = arith.muli %v455, %v4 : i64
              %v467 = arith.subi %v4, %v2 : i64
              %v468 = arith.minsi %v38, %v467 : i64
              %v469 = arith.addi %v466, %v468 : i64
              %v470 = arith.muli %v469, %v1 : i64
              %v471 = arith.addi %v470, %v31 : i64
              %v472 = arith.addi %v471, %v32 : i64
              %v473 = llvm.getelementptr %scratch_h[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v474 = llvm.load %v473 : !llvm.ptr -> f32
              %v475 = arith.addi %v452, %v32 : i64
              %v476 = arith.minsi %v475, %v456 : i64
              %v477 = arith.addi %v211, %v476 : i64
              %v478 = arith.muli %v44, %v322 : i64
              %v479 = arith.muli %v42, %v321 : i64
              %v480 = arith.addi %v478, %v479 : i64
              %v481 = arith.subi %v234, %v477 : i64
              %v482 = arith.muli %v481, %v2 : i64
              %v483 = arith.addi %v480, %v482 : i64
              %v484 = llvm.getelementptr %in_delta[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v485 = llvm.load %v484 : !llvm.ptr -> f32
              %v486 = arith.muli %v42, %v2 : i64
              %v487 = llvm.getelementptr %in_dt_bias[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v488 = llvm.load %v487 : !llvm.ptr -> f32
              %v489 = arith.addf %v485, %v488 fastmath<contract> : f32
              %v490 = arith.maximumf %v489, %v68 : f32
              %v491 = llvm.call_intrinsic "llvm.fabs.f32"(%v489) : (f32) -> f32
              %v492 = arith.negf %v491 : f32
              %v493 = arith.mulf %v492, %v338 fastmath<contract> : f32
              %v494 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v493) : (f32) -> f32
              %v495 = arith.addf %v69, %v494 fastmath<contract> : f32
              %v496 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v495) : (f32) -> f32
              %v497 = arith.mulf %v496, %v343 fastmath<contract> : f32
              %v498 = arith.mulf %v345, %v494 fastmath<contract> : f32
              %v499 = arith.addf %v498, %v347 fastmath<contract> : f32
              %v500 = arith.mulf %v499, %v494 fastmath<contract> : f32
              %v501 = arith.addf %v500, %v350 fastmath<contract> : f32
              %v502 = arith.mulf %v501, %v494 fastmath<contract> : f32
              %v503 = arith.addf %v502, %v353 fastmath<contract> : f32
              %v504 = arith.mulf %v503, %v494 fastmath<contract> : f32
              %v505 = arith.addf %v504, %v356 fastmath<contract> : f32
              %v506 = arith.mulf %v505, %v494 fastmath<contract> : f32
              %v507 = arith.addf %v506, %v359 fastmath<contract> : f32
              %v508 = arith.mulf %v507, %v494 fastmath<contract> : f32
              %v509 = arith.addf %v508, %v69 fastmath<contract> : f32
              %v510 = arith.mulf %v509, %v494 fastmath<contract> : f32
              %v511 = llvm.call_intrinsic "llvm.fabs.f32"(%v494) : (f32) -> f32
              %v512 = arith.cmpf olt, %v511, %v365 : f32
              %v513 = arith.select %v512, %v510, %v497 : f32
              %v514 = arith.addf %v490, %v513 fastmath<contract> : f32
              %v515 = arith.muli %v44, %v322 : i64
              %v516 = arith.muli %v42, %v321 : i64
              %v517 = arith.addi %v515, %v516 : i64
              %v518 = arith.subi %v234, %v477 : i64
              %v519 = arith.muli %v518, %v2 : i64
              %v520 = arith.addi %v517, %v519 : i64
              %v521 = llvm.getelementptr %in_u[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v522 = llvm.load %v521 : !llvm.ptr -> f32
              %v523 = arith.mulf %v514, %v522 fastmath<contract> : f32
              %v524 = arith.muli %v44, %v322 : i64
              %v525 = arith.muli %v42, %v321 : i64
              %v526 = arith.addi %v524, %v525 : i64
              %v527 = arith.subi %v234, %v477 : i64
              %v528 = arith.muli %v527, %v2 : i64
              %v529 = arith.addi %v526, %v528 : i64
              %v530 = llvm.getelementptr %in_z[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v531 = llvm.load %v530 : !llvm.ptr -> f32
              %v532 = arith.negf %v531 : f32
              %v533 = arith.mulf %v532, %v338 fastmath<contract> : f32
              %v534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v533) : (f32) -> f32
              %v535 = arith.addf %v69, %v534 fastmath<contract> : f32
              %v536 = arith.divf %v69, %v535 : f32
              %v537 = arith.mulf %v531, %v536 fastmath<contract> : f32
              %v538 = arith.negf %v531 : f32
              %v539 = arith.mulf %v538, %v338 fastmath<contract> : f32
              %v540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v539) : (f32) -> f32
              %v541 = arith.addf %v69, %v540 fastmath<contract> : f32
              %v542 = arith.divf %v69, %v541 : f32
              %v543 = arith.subf %v69, %v542 fastmath<contract> : f32
              %v544 = arith.mulf %v531, %v543 fastmath<contract> : f32
              %v545 = arith.addf %v69, %v544 fastmath<contract> : f32
              %v546 = arith.mulf %v542, %v545 fastmath<contract> : f32
              %v547 = arith.negf %v489 : f32
              %v548 = arith.mulf %v547, %v338 fastmath<contract> : f32
              %v549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v548) : (f32) -> f32
              %v550 = arith.addf %v69, %v549 fastmath<contract> : f32
              %v551 = arith.divf %v69, %v550 : f32
              // the group's states, recomputed into registers
              %v552 = arith.addi %v452, %v70 : i64
              %v553 = arith.minsi %v552, %v456 : i64
              %v554 = arith.addi %v211, %v553 : i64
              %v555, %v556 = gpu.shuffle idx %v514, %v169, %v387 : f32
              %v557, %v558 = gpu.shuffle idx %v523, %v169, %v387 : f32
              %v559 = arith.muli %v42, %v395 : i64
              %v560 = arith.muli %v32, %v2 : i64
              %v561 = arith.addi %v559, %v560 : i64
              %v562 = llvm.getelementptr %in_A[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v563 = llvm.load %v562 : !llvm.ptr -> f32
              %v564 = arith.mulf %v555, %v563 fastmath<contract> : f32
              %v565 = arith.mulf %v564, %v338 fastmath<contract> : f32
              %v566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v565) : (f32) -> f32
              %v567 = arith.muli %v32, %v240 : i64
              %v568 = arith.subi %v554, %v211 : i64
              %v569 = arith.addi %v567, %v568 : i64
              %v570 = llvm.getelementptr %v65[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v571 = llvm.load %v570 : !llvm.ptr -> f32
              %v572 = arith.mulf %v571, %v557 fastmath<contract> : f32
              %v573 = arith.mulf %v566, %v465 fastmath<contract> : f32
              %v574 = arith.addf %v573, %v572 fastmath<contract> : f32
              %v575 = arith.muli %v42, %v395 : i64
              %v576 = arith.constant 8 : i64
              %v577 = arith.addi %v576, %v32 : i64
              %v578 = arith.muli %v577, %v2 : i64
              %v579 = arith.addi %v575, %v578 : i64
              %v580 = llvm.getelementptr %in_A[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v581 = llvm.load %v580 : !llvm.ptr -> f32
              %v582 = arith.mulf %v555, %v581 fastmath<contract> : f32
              %v583 = arith.mulf %v582, %v338 fastmath<contract> : f32
              %v584 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v583) : (f32) -> f32
              %v585 = arith.constant 8 : i64
              %v586 = arith.addi %v585, %v32 : i64
              %v587 = arith.muli %v586, %v240 : i64
              %v588 = arith.subi %v554, %v211 : i64
              %v589 = arith.addi %v587, %v588 : i64
              %v590 = llvm.getelementptr %v65[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v591 = llvm.load %v590 : !llvm.ptr -> f32
              %v592 = arith.mulf %v591, %v557 fastmath<contract> : f32
              %v593 = arith.mulf %v584, %v474 fastmath<contract> : f32
              %v594 = arith.addf %v593, %v592 fastmath<contract> : f32
              %v595 = arith.addi %v452, %v2 : i64
              %v596 = arith.minsi %v595, %v456 : i64
              %v597 = arith.addi %v211, %v596 : i64
              %v598, %v599 = gpu.shuffle idx %v514, %v173, %v387 : f32
              %v600, %v601 = gpu.shuffle idx %v523, %v173, %v387 : f32
              %v602 = arith.muli %v42, %v395 : i64
              %v603 = arith.muli %v32, %v2 : i64
              %v604 = arith.addi %v602, %v603 : i64
              %v605 = llvm.getelementptr %in_A[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v606 = llvm.load %v605 : !llvm.ptr -> f32
              %v607 = arith.mulf %v598, %v606 fastmath<contract> : f32
              %v608 = arith.mulf %v607, %v338 fastmath<contract> : f32
              %v609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v608) : (f32) -> f32
              %v610 = arith.muli %v32, %v240 : i64
              %v611 = arith.subi %v597, %v211 : i64
              %v612 = arith.addi %v610, %v611 : i64
              %v613 = llvm.getelementptr %v65[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v614 = llvm.load %v613 : !llvm.ptr -> f32
              %v615 = arith.mulf %v614, %v600 fastmath<contract> : f32
              %v616 = arith.mulf %v609, %v574 fastmath<contract> : f32
              %v617 = arith.addf %v616, %v615 fastmath<contract> : f32
              %v618 = arith.muli %v42, %v395 : i64
              %v619 = arith.constant 8 : i64
              %v620 = arith.addi %v619, %v32 : i64
              %v621 = arith.muli %v620, %v2 : i64
              %v622 = arith.addi %v618, %v621 : i64
              %v623 = llvm.getelementptr %in_A[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v624 = llvm.load %v623 : !llvm.ptr -> f32
              %v625 = arith.mulf %v598, %v624 fastmath<contract> : f32
              %v626 = arith.mulf %v625, %v338 fastmath<contract> : f32
              %v627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v626) : (f32) -> f32
              %v628 = arith.constant 8 : i64
              %v629 = arith.addi %v628, %v32 : i64
              %v630 = arith.muli %v629, %v240 : i64
              %v631 = arith.subi %v597, %v211 : i64
              %v632 = arith.addi %v630, %v631 : i64
              %v633 = llvm.getelementptr %v65[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v634 = llvm.load %v633 : !llvm.ptr -> f32
              %v635 = arith.mulf %v634, %v600 fastmath<contract> : f32
              %v636 = arith.mulf %v627, %v594 fastmath<contract> : f32
              %v637 = arith.addf %v636, %v635 fastmath<contract> : f32
              %v639 = arith.addi %v452, %v638 : i64
              %v640 = arith.minsi %v639, %v456 : i64
              %v641 = arith.addi %v211, %v640 : i64
              %v642, %v643 = gpu.shuffle idx %v514, %v177, %v387 : f32
              %v644, %v645 = gpu.shuffle idx %v523, %v177, %v387 : f32
              %v646 = arith.muli %v42, %v395 : i64
              %v647 = arith.muli %v32, %v2 : i64
              %v648 = arith.addi %v646, %v647 : i64
              %v649 = llvm.getelementptr %in_A[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v650 = llvm.load %v649 : !llvm.ptr -> f32
              %v651 = arith.mulf %v642, %v650 fastmath<contract> : f32
              %v652 = arith.mulf %v651, %v338 fastmath<contract> : f32
              %v653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v652) : (f32) -> f32
              %v654 = arith.muli %v32, %v240 : i64
              %v655 = arith.subi %v641, %v211 : i64
              %v656 = arith.addi %v654, %v655 : i64
              %v657 = llvm.getelementptr %v65[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v658 = llvm.load %v657 : !llvm.ptr -> f32
              %v659 = arith.mulf %v658, %v644 fastmath<contract> : f32
              %v660 = arith.mulf %v653, %v617 fastmath<contract> : f32
              %v661 = arith.addf %v660, %v659 fastmath<contract> : f32
              %v662 = arith.muli %v42, %v395 : i64
              %v663 = arith.constant 8 : i64
              %v664 = arith.addi %v663, %v32 : i64
              %v665 = arith.muli %v664, %v2 : i64
              %v666 = arith.addi %v662, %v665 : i64
              %v667 = llvm.getelementptr %in_A[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v668 = llvm.load %v667 : !llvm.ptr -> f32
              %v669 = arith.mulf %v642, %v668 fastmath<contract> : f32
              %v670 = arith.mulf %v669, %v338 fastmath<contract> : f32
              %v671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v670) : (f32) -> f32
              %v672 = arith.constant 8 : i64
              %v673 = arith.addi %v672, %v32 : i64
              %v674 = arith.muli %v673, %v240 : i64
              %v675 = arith.subi %v641, %v211 : i64
              %v676 = arith.addi %v674, %v675 : i64
              %v677 = llvm.getelementptr %v65[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v678 = llvm.load %v677 : !llvm.ptr -> f32
              %v679 = arith.mulf %v678, %v644 fastmath<contract> : f32
              %v680 = arith.mulf %v671, %v637 fastmath<contract> : f32
              %v681 = arith.addf %v680, %v679 fastmath<contract> : f32
              %v682 = arith.addi %v452, %v434 : i64
              %v683 = arith.minsi %v682, %v456 : i64
              %v684 = arith.addi %v211, %v683 : i64
              %v685, %v686 = gpu.shuffle idx %v514, %v181, %v387 : f32
              %v687, %v688 = gpu.shuffle idx %v523, %v181, %v387 : f32
              %v689 = arith.muli %v42, %v395 : i64
              %v690 = arith.muli %v32, %v2 : i64
              %v691 = arith.addi %v689, %v690 : i64
              %v692 = llvm.getelementptr %in_A[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v693 = llvm.load %v692 : !llvm.ptr -> f32
              %v694 = arith.mulf %v685, %v693 fastmath<contract> : f32
              %v695 = arith.mulf %v694, %v338 fastmath<contract> : f32
              %v696 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v695) : (f32) -> f32
              %v697 = arith.muli %v32, %v240 : i64
              %v698 = arith.subi %v684, %v211 : i64
              %v699 = arith.addi %v697, %v698 : i64
              %v700 = llvm.getelementptr %v65[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v701 = llvm.load %v700 : !llvm.ptr -> f32
              %v702 = arith.mulf %v701, %v687 fastmath<contract> : f32
              %v703 = arith.mulf %v696, %v661 fastmath<contract> : f32
              %v704 = arith.addf %v703, %v702 fastmath<contract> : f32
              %v705 = arith.muli %v42, %v395 : i64
              %v706 = arith.constant 8 : i64
              %v707 = arith.addi %v706, %v32 : i64
              %v708 = arith.muli %v707, %v2 : i64
              %v709 = arith.addi %v705, %v708 : i64
              %v710 = llvm.getelementptr %in_A[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v711 = llvm.load %v710 : !llvm.ptr -> f32
              %v712 = arith.mulf %v685, %v711 fastmath<contract> : f32
              %v713 = arith.mulf %v712, %v338 fastmath<contract> : f32
              %v714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v713) : (f32) -> f32
              %v715 = arith.constant 8 : i64
              %v716 = arith.addi %v715, %v32 : i64
              %v717 = arith.muli %v716, %v240 : i64
              %v718 = arith.subi %v684, %v211 : i64
              %v719 = arith.addi %v717, %v718 : i64
              %v720 = llvm.getelementptr %v65[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v721 = llvm.load %v720 : !llvm.ptr -> f32
              %v722 = arith.mulf %v721, %v687 fastmath<contract> : f32
              %v723 = arith.mulf %v714, %v681 fastmath<contract> : f32
              %v724 = arith.addf %v723, %v722 fastmath<contract> : f32
              %v725 = arith.addi %v452, %v46 : i64
              %v726 = arith.minsi %v725, %v456 : i64
              %v727 = arith.addi %v211, %v726 : i64
              %v728, %v729 = gpu.shuffle idx %v514, %v185, %v387 : f32
              %v730, %v731 = gpu.shuffle idx %v523, %v185, %v387 : f32
              %v732 = arith.muli %v42, %v395 : i64
              %v733 = arith.muli %v32, %v2 : i64
              %v734 = arith.addi %v732, %v733 : i64
              %v735 = llvm.getelementptr %in_A[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v736 = llvm.load %v735 : !llvm.ptr -> f32
              %v737 = arith.mulf %v728, %v736 fastmath<contract> : f32
              %v738 = arith.mulf %v737, %v338 fastmath<contract> : f32
              %v739 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v738) : (f32) -> f32
              %v740 = arith.muli %v32, %v240 : i64
              %v741 = arith.subi %v727, %v211 : i64
              %v742 = arith.addi %v740, %v741 : i64
              %v743 = llvm.getelementptr %v65[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v744 = llvm.load %v743 : !llvm.ptr -> f32
              %v745 = arith.mulf %v744, %v730 fastmath<contract> : f32
              %v746 = arith.mulf %v739, %v704 fastmath<contract> : f32
              %v747 = arith.addf %v746, %v745 fastmath<contract> : f32
              %v748 = arith.muli %v42, %v395 : i64
              %v749 = arith.constant 8 : i64
              %v750 = arith.addi %v749, %v32 : i64
              %v751 = arith.muli %v750, %v2 : i64
              %v752 = arith.addi %v748, %v751 : i64
              %v753 = llvm.getelementptr %in_A[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v754 = llvm.load %v753 : !llvm.ptr -> f32
              %v755 = arith.mulf %v728, %v754 fastmath<contract> : f32
              %v756 = arith.mulf %v755, %v338 fastmath<contract> : f32
              %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
              %v758 = arith.constant 8 : i64
              %v759 = arith.addi %v758, %v32 : i64
              %v760 = arith.muli %v759, %v240 : i64
              %v761 = arith.subi %v727, %v211 : i64
              %v762 = arith.addi %v760, %v761 : i64
              %v763 = llvm.getelementptr %v65[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v764 = llvm.load %v763 : !llvm.ptr -> f32
              %v765 = arith.mulf %v764, %v730 fastmath<contract> : f32
              %v766 = arith.mulf %v757, %v724 fastmath<contract> : f32
              %v767 = arith.addf %v766, %v765 fastmath<contract> : f32
              %v769 = arith.addi %v452, %v768 : i64
              %v770 = arith.minsi %v769, %v456 : i64
              %v771 = arith.addi %v211, %v770 : i64
              %v772, %v773 = gpu.shuffle idx %v514, %v189, %v387 : f32
              %v774, %v775 = gpu.shuffle idx %v523, %v189, %v387 : f32
              %v776 = arith.muli %v42, %v395 : i64
              %v777 = arith.muli %v32, %v2 : i64
              %v778 = arith.addi %v776, %v777 : i64
              %v779 = llvm.getelementptr %in_A[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v780 = llvm.load %v779 : !llvm.ptr -> f32
              %v781 = arith.mulf %v772, %v780 fastmath<contract> : f32
              %v782 = arith.mulf %v781, %v338 fastmath<contract> : f32
              %v783 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v782) : (f32) -> f32
              %v784 = arith.muli %v32, %v240 : i64
              %v785 = arith.subi %v771, %v211 : i64
              %v786 = arith.addi %v784, %v785 : i64
              %v787 = llvm.getelementptr %v65[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v788 = llvm.load %v787 : !llvm.ptr -> f32
              %v789 = arith.mulf %v788, %v774 fastmath<contract> : f32
              %v790 = arith.mulf %v783, %v747 fastmath<contract> : f32
              %v791 = arith.addf %v790, %v789 fastmath<contract> : f32
              %v792 = arith.muli %v42, %v395 : i64
              %v793 = arith.constant 8 : i64
              %v794 = arith.addi %v793, %v32 : i64
              %v795 = arith.muli %v794, %v2 : i64
              %v796 = arith.addi %v792, %v795 : i64
              %v797 = llvm.getelementptr %in_A[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v798 = llvm.load %v797 : !llvm.ptr -> f32
              %v799 = arith.mulf %v772, %v798 fastmath<contract> : f32
              %v800 = arith.mulf %v799, %v338 fastmath<contract> : f32
              %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
              %v802 = arith.constant 8 : i64
              %v803 = arith.addi %v802, %v32 : i64
              %v804 = arith.muli %v803, %v240 : i64
              %v805 = arith.subi %v771, %v211 : i64
              %v806 = arith.addi %v804, %v805 : i64
              %v807 = llvm.getelementptr %v65[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v808 = llvm.load %v807 : !llvm.ptr -> f32
              %v809 = arith.mulf %v808, %v774 fastmath<contract> : f32
              %v810 = arith.mulf %v801, %v767 fastmath<contract> : f32
              %v811 = arith.addf %v810, %v809 fastmath<contract> : f32
              %v813 = arith.addi %v452, %v812 : i64
              %v814 = arith.minsi %v813, %v456 : i64
              %v815 = arith.addi %v211, %v814 : i64
              %v816, %v817 = gpu.shuffle idx %v514, %v193, %v387 : f32
              %v818, %v819 = gpu.shuffle idx %v523, %v193, %v387 : f32
              %v820 = arith.muli %v42, %v395 : i64
              %v821 = arith.muli %v32, %v2 : i64
              %v822 = arith.addi %v820, %v821 : i64
              %v823 = llvm.getelementptr %in_A[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v824 = llvm.load %v823 : !llvm.ptr -> f32
              %v825 = arith.mulf %v816, %v824 fastmath<contract> : f32
              %v826 = arith.mulf %v825, %v338 fastmath<contract> : f32
              %v827 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v826) : (f32) -> f32
              %v828 = arith.muli %v32, %v240 : i64
              %v829 = arith.subi %v815, %v211 : i64
              %v830 = arith.addi %v828, %v829 : i64
              %v831 = llvm.getelementptr %v65[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v832 = llvm.load %v831 : !llvm.ptr -> f32
              %v833 = arith.mulf %v832, %v818 fastmath<contract> : f32
              %v834 = arith.mulf %v827, %v791 fastmath<contract> : f32
              %v835 = arith.addf %v834, %v833 fastmath<contract> : f32
              %v836 = arith.muli %v42, %v395 : i64
              %v837 = arith.constant 8 : i64
              %v838 = arith.addi %v837, %v32 : i64
              %v839 = arith.muli %v838, %v2 : i64
              %v840 = arith.addi %v836, %v839 : i64
              %v841 = llvm.getelementptr %in_A[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v842 = llvm.load %v841 : !llvm.ptr -> f32
              %v843 = arith.mulf %v816, %v842 fastmath<contract> : f32
              %v844 = arith.mulf %v843, %v338 fastmath<contract> : f32
              %v845 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v844) : (f32) -> f32
              %v846 = arith.constant 8 : i64
              %v847 = arith.addi %v846, %v32 : i64
              %v848 = arith.muli %v847, %v240 : i64
              %v849 = arith.subi %v815, %v211 : i64
              %v850 = arith.addi %v848, %v849 : i64
              %v851 = llvm.getelementptr %v65[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v852 = llvm.load %v851 : !llvm.ptr -> f32
              %v853 = arith.mulf %v852, %v818 fastmath<contract> : f32
              %v854 = arith.mulf %v845, %v811 fastmath<contract> : f32
              %v855 = arith.addf %v854, %v853 fastmath<contract> : f32
              %v856 = arith.addi %v452, %v161 : i64
              %v857 = arith.minsi %v856, %v456 : i64
              %v858 = arith.addi %v211, %v857 : i64
              %v859, %v860 = gpu.shuffle idx %v514, %v197, %v387 : f32
              %v861, %v862 = gpu.shuffle idx %v523, %v197, %v387 : f32
              %v863 = arith.muli %v42, %v395 : i64
              %v864 = arith.muli %v32, %v2 : i64
              %v865 = arith.addi %v863, %v864 : i64
              %v866 = llvm.getelementptr %in_A[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v867 = llvm.load %v866 : !llvm.ptr -> f32
              %v868 = arith.mulf %v859, %v867 fastmath<contract> : f32
              %v869 = arith.mulf %v868, %v338 fastmath<contract> : f32
              %v870 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v869) : (f32) -> f32
              %v871 = arith.muli %v32, %v240 : i64
              %v872 = arith.subi %v858, %v211 : i64
              %v873 = arith.addi %v871, %v872 : i64
              %v874 = llvm.getelementptr %v65[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v875 = llvm.load %v874 : !llvm.ptr -> f32
              %v876 = arith.mulf %v875, %v861 fastmath<contract> : f32
              %v877 = arith.mulf %v870, %v835 fastmath<contract> : f32
              %v878 = arith.addf %v877, %v876 fastmath<contract> : f32
              %v879 = arith.muli %v42, %v395 : i64
              %v880 = arith.constant 8 : i64
              %v881 = arith.addi %v880, %v32 : i64
              %v882 = arith.muli %v881, %v2 : i64
              %v883 = arith.addi %v879, %v882 : i64
              %v884 = llvm.getelementptr %in_A[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v885 = llvm.load %v884 : !llvm.ptr -> f32
              %v886 = arith.mulf %v859, %v885 fastmath<contract> : f32
              %v887 = arith.mulf %v886, %v338 fastmath<contract> : f32
              %v888 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v887) : (f32) -> f32
              %v889 = arith.constant 8 : i64
              %v890 = arith.addi %v889, %v32 : i64
              %v891 = arith.muli %v890, %v240 : i64
              %v892 = arith.subi %v858, %v211 : i64
              %v893 = arith.addi %v891, %v892 : i64
              %v894 = llvm.getelementptr %v65[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v895 = llvm.load %v894 : !llvm.ptr -> f32
              %v896 = arith.mulf %v895, %v861 fastmath<contract> : f32
              %v897 = arith.mulf %v888, %v855 fastmath<contract> : f32
              %v898 = arith.addf %v897, %v896 fastmath<contract> : f32
              %v902 = arith.shrui %v32, %v70 : i64
              %v903 = arith.andi %v902, %v2 : i64
              %v904 = arith.cmpi ne, %v903, %v70 : i64
              %v905 = arith.shrui %v32, %v2 : i64
              %v906 = arith.andi %v905, %v2 : i64
              %v907 = arith.cmpi ne, %v906, %v70 : i64
              %v908 = arith.shrui %v32, %v638 : i64
              %v909 = arith.andi %v908, %v2 : i64
              %v910 = arith.cmpi ne, %v909, %v70 : i64
              %v911 = arith.subi %v213, %v452 : i64
              %v912 = arith.trunci %v911 : i64 to i32
              %v913 = arith.subi %size_L, %v2 : i64
              %v914 = arith.addi %v211, %v452 : i64
              %v915 = arith.subi %v913, %v914 : i64
              %v917 = arith.minsi %v915, %v916 : i64
              %v918 = arith.trunci %v917 : i64 to i32
              %v919 = arith.addi %v452, %v161 : i64
              %v921 = arith.cmpi slt, %v920, %v912 : i32
              %v922 = arith.cmpi eq, %v920, %v918 : i32
              %v923, %v924 = gpu.shuffle idx %v514, %v197, %v387 : f32
              %v925, %v926 = gpu.shuffle idx %v523, %v197, %v387 : f32
              %v927, %v928 = gpu.shuffle idx %v537, %v197, %v387 : f32
              %v929, %v930 = gpu.shuffle idx %v546, %v197, %v387 : f32
              %v931, %v932 = gpu.shuffle idx %v551, %v197, %v387 : f32
              %v933 = arith.addi %v454, %v70 : i64
              llvm.store %v68, %v899 : f32, !llvm.ptr
              llvm.store %v68, %v900 : f32, !llvm.ptr
              llvm.store %v68, %v901 : f32, !llvm.ptr
              scf.if %v921 {
                %v934 = arith.addi %v211, %v919 : i64
                %v935 = arith.muli %v32, %v240 : i64
                %v936 = arith.subi %v934, %v211 : i64
                %v937 = arith.addi %v935, %v936 : i64
                %v938 = llvm.getelementptr %v67[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v939 = llvm.load %v938 : !llvm.ptr -> f32
                %v940 = arith.muli %v44, %v322 : i64
                %v941 = arith.muli %v42, %v321 : i64
                %v942 = arith.addi %v940, %v941 : i64
                %v943 = arith.subi %v234, %v934 : i64
                %v944 = arith.muli %v943, %v2 : i64
                %v945 = arith.addi %v942, %v944 : i64
                %v946 = llvm.getelementptr %dy_y[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v947 = llvm.load %v946 : !llvm.ptr -> f32
                %v948 = arith.mulf %v927, %v947 fastmath<contract> : f32
                %v949 = arith.mulf %v939, %v948 fastmath<contract> : f32
                %v950 = llvm.load %v50 : !llvm.ptr -> f32
                %v951 = llvm.load %v52 : !llvm.ptr -> f32
                %v952 = arith.mulf %v951, %v950 fastmath<contract> : f32
                %v953 = arith.addf %v949, %v952 fastmath<contract> : f32
                llvm.store %v953, %v50 : f32, !llvm.ptr
                %v954 = arith.constant 8 : i64
                %v955 = arith.addi %v954, %v32 : i64
                %v956 = arith.muli %v955, %v240 : i64
                %v957 = arith.subi %v934, %v211 : i64
                %v958 = arith.addi %v956, %v957 : i64
                %v959 = llvm.getelementptr %v67[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v960 = llvm.load %v959 : !llvm.ptr -> f32
                %v961 = arith.mulf %v960, %v948 fastmath<contract> : f32
                %v962 = llvm.load %v51 : !llvm.ptr -> f32
                %v963 = llvm.load %v53 : !llvm.ptr -> f32
                %v964 = arith.mulf %v963, %v962 fastmath<contract> : f32
                %v965 = arith.addf %v961, %v964 fastmath<contract> : f32
                llvm.store %v965, %v51 : f32, !llvm.ptr
                scf.if %v922 {
                  %v966 = arith.muli %v44, %v117 : i64
                  %v967 = arith.muli %v42, %v116 : i64
                  %v968 = arith.addi %v966, %v967 : i64
                  %v969 = arith.muli %v32, %v2 : i64
                  %v970 = arith.addi %v968, %v969 : i64
                  %v971 = llvm.getelementptr %dy_h_first[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v972 = llvm.load %v971 : !llvm.ptr -> f32
                  %v973 = llvm.load %v50 : !llvm.ptr -> f32
                  %v974 = arith.addf %v973, %v972 fastmath<contract> : f32
                  llvm.store %v974, %v50 : f32, !llvm.ptr
                  %v975 = arith.muli %v44, %v117 : i64
                  %v976 = arith.muli %v42, %v116 : i64
                  %v977 = arith.addi %v975, %v976 : i64
                  %v978 = arith.constant 8 : i64
                  %v979 = arith.addi %v978, %v32 : i64
                  %v980 = arith.muli %v979, %v2 : i64
                  %v981 = arith.addi %v977, %v980 : i64
                  %v982 = llvm.getelementptr %dy_h_first[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v983 = llvm.load %v982 : !llvm.ptr -> f32
                  %v984 = llvm.load %v51 : !llvm.ptr -> f32
                  %v985 = arith.addf %v984, %v983 fastmath<contract> : f32
                  llvm.store %v985, %v51 : f32, !llvm.ptr
                }
                %v986 = arith.muli %v42, %v395 : i64
                %v987 = arith.muli %v32, %v2 : i64
                %v988 = arith.addi %v986, %v987 : i64
                %v989 = llvm.getelementptr %in_A[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v990 = llvm.load %v989 : !llvm.ptr -> f32
                %v991 = arith.mulf %v923, %v990 fastmath<contract> : f32
                %v992 = arith.mulf %v991, %v338 fastmath<contract> : f32
                %v993 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v992) : (f32) -> f32
                %v994 = llvm.load %v50 : !llvm.ptr -> f32
                %v995 = arith.mulf %v835, %v994 fastmath<contract> : f32
                %v996 = arith.mulf %v993, %v995 fastmath<contract> : f32
                %v997 = arith.mulf %v923, %v996 fastmath<contract> : f32
                %v998 = llvm.load %v54 : !llvm.ptr -> f32
                %v999 = arith.addf %v998, %v997 fastmath<contract> : f32
                llvm.store %v999, %v54 : f32, !llvm.ptr
                %v1000 = arith.muli %v42, %v395 : i64
                %v1001 = arith.constant 8 : i64
                %v1002 = arith.addi %v1001, %v32 : i64
                %v1003 = arith.muli %v1002, %v2 : i64
                %v1004 = arith.addi %v1000, %v1003 : i64
                %v1005 = llvm.getelementptr %in_A[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
                %v1007 = arith.mulf %v923, %v1006 fastmath<contract> : f32
                %v1008 = arith.mulf %v1007, %v338 fastmath<contract> : f32
                %v1009 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1008) : (f32) -> f32
                %v1010 = llvm.load %v51 : !llvm.ptr -> f32
                %v1011 = arith.mulf %v855, %v1010 fastmath<contract> : f32
                %v1012 = arith.mulf %v1009, %v1011 fastmath<contract> : f32
                %v1013 = arith.mulf %v923, %v1012 fastmath<contract> : f32
                %v1014 = llvm.load %v55 : !llvm.ptr -> f32
                %v1015 = arith.addf %v1014, %v1013 fastmath<contract> : f32
                llvm.store %v1015, %v55 : f32, !llvm.ptr
                %v1016 = arith.mulf %v925, %v994 fastmath<contract> : f32
                %v1017 = arith.select %v36, %v1016, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1019, %v1020 = gpu.shuffle xor %v1017, %v1018, %v387 : f32
                %v1021 = arith.addf %v1017, %v1019 fastmath<contract> : f32
                %v1023, %v1024 = gpu.shuffle xor %v1021, %v1022, %v387 : f32
                %v1025 = arith.addf %v1021, %v1023 fastmath<contract> : f32
                %v1026 = arith.divui %v17, %v19 : i64
                %v1027 = arith.remui %v17, %v19 : i64
                %v1028 = arith.cmpi ult, %v1027, %v31 : i64
                %v1029 = arith.addi %v70, %v32 : i64
                %v1030 = arith.muli %v1026, %v1 : i64
                %v1031 = arith.addi %v1030, %v1029 : i64
                %v1033 = arith.muli %v1031, %v1032 : i64
                %v1034 = arith.addi %v1033, %v933 : i64
                scf.if %v1028 {
                  %v1035 = llvm.getelementptr %v61[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1025, %v1035 : f32, !llvm.ptr
                }
                %v1036 = arith.mulf %v925, %v1010 fastmath<contract> : f32
                %v1037 = arith.select %v36, %v1036, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1038, %v1039 = gpu.shuffle xor %v1037, %v1018, %v387 : f32
                %v1040 = arith.addf %v1037, %v1038 fastmath<contract> : f32
                %v1041, %v1042 = gpu.shuffle xor %v1040, %v1022, %v387 : f32
                %v1043 = arith.addf %v1040, %v1041 fastmath<contract> : f32
                %v1044 = arith.divui %v17, %v19 : i64
                %v1045 = arith.remui %v17, %v19 : i64
                %v1046 = arith.cmpi ult, %v1045, %v31 : i64
                %v1047 = arith.addi %v31, %v32 : i64
                %v1048 = arith.muli %v1044, %v1 : i64
                %v1049 = arith.addi %v1048, %v1047 : i64
                %v1050 = arith.muli %v1049, %v1032 : i64
                %v1051 = arith.addi %v1050, %v933 : i64
                scf.if %v1046 {
                  %v1052 = llvm.getelementptr %v61[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1043, %v1052 : f32, !llvm.ptr
                }
                %v1053 = arith.mulf %v878, %v948 fastmath<contract> : f32
                %v1054 = arith.select %v36, %v1053, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1055, %v1056 = gpu.shuffle xor %v1054, %v1018, %v387 : f32
                %v1057 = arith.addf %v1054, %v1055 fastmath<contract> : f32
                %v1058, %v1059 = gpu.shuffle xor %v1057, %v1022, %v387 : f32
                %v1060 = arith.addf %v1057, %v1058 fastmath<contract> : f32
                %v1061 = arith.divui %v17, %v19 : i64
                %v1062 = arith.remui %v17, %v19 : i64
                %v1063 = arith.cmpi ult, %v1062, %v31 : i64
                %v1064 = arith.addi %v70, %v32 : i64
                %v1065 = arith.muli %v1061, %v1 : i64
                %v1066 = arith.addi %v1065, %v1064 : i64
                %v1067 = arith.muli %v1066, %v1032 : i64
                %v1068 = arith.addi %v1067, %v933 : i64
                scf.if %v1063 {
                  %v1069 = llvm.getelementptr %v63[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1060, %v1069 : f32, !llvm.ptr
                }
                %v1070 = arith.mulf %v898, %v948 fastmath<contract> : f32
                %v1071 = arith.select %v36, %v1070, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1072, %v1073 = gpu.shuffle xor %v1071, %v1018, %v387 : f32
                %v1074 = arith.addf %v1071, %v1072 fastmath<contract> : f32
                %v1075, %v1076 = gpu.shuffle xor %v1074, %v1022, %v387 : f32
                %v1077 = arith.addf %v1074, %v1075 fastmath<contract> : f32
                %v1078 = arith.divui %v17, %v19 : i64
                %v1079 = arith.remui %v17, %v19 : i64
                %v1080 = arith.cmpi ult, %v1079, %v31 : i64
                %v1081 = arith.addi %v31, %v32 : i64
                %v1082 = arith.muli %v1078, %v1 : i64
                %v1083 = arith.addi %v1082, %v1081 : i64
                %v1084 = arith.muli %v1083, %v1032 : i64
                %v1085 = arith.addi %v1084, %v933 : i64
                scf.if %v1080 {
                  %v1086 = llvm.getelementptr %v63[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1077, %v1086 : f32, !llvm.ptr
                }
                %v1087 = arith.mulf %v939, %v878 fastmath<contract> : f32
                %v1088 = arith.mulf %v960, %v898 fastmath<contract> : f32
                %v1089 = arith.addf %v1087, %v1088 fastmath<contract> : f32
                llvm.store %v1089, %v899 : f32, !llvm.ptr
                %v1090 = arith.muli %v32, %v240 : i64
                %v1091 = arith.subi %v934, %v211 : i64
                %v1092 = arith.addi %v1090, %v1091 : i64
                %v1093 = llvm.getelementptr %v65[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
                %v1095 = arith.mulf %v1094, %v994 fastmath<contract> : f32
                %v1096 = arith.constant 8 : i64
                %v1097 = arith.addi %v1096, %v32 : i64
                %v1098 = arith.muli %v1097, %v240 : i64
                %v1099 = arith.subi %v934, %v211 : i64
                %v1100 = arith.addi %v1098, %v1099 : i64
                %v1101 = llvm.getelementptr %v65[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
                %v1103 = arith.mulf %v1102, %v1010 fastmath<contract> : f32
                %v1104 = arith.addf %v1095, %v1103 fastmath<contract> : f32
                llvm.store %v1104, %v900 : f32, !llvm.ptr
                %v1105 = arith.mulf %v990, %v995 fastmath<contract> : f32
                %v1106 = arith.mulf %v993, %v1105 fastmath<contract> : f32
                %v1107 = arith.mulf %v1006, %v1011 fastmath<contract> : f32
                %v1108 = arith.mulf %v1009, %v1107 fastmath<contract> : f32
                %v1109 = arith.addf %v1106, %v1108 fastmath<contract> : f32
                llvm.store %v1109, %v901 : f32, !llvm.ptr
                llvm.store %v993, %v52 : f32, !llvm.ptr
                llvm.store %v1009, %v53 : f32, !llvm.ptr
              }
              %v1110 = llvm.load %v899 : !llvm.ptr -> f32
              %v1111 = llvm.load %v900 : !llvm.ptr -> f32
              %v1112 = llvm.load %v901 : !llvm.ptr -> f32
              %v1113 = arith.addi %v452, %v812 : i64
              %v1115 = arith.cmpi slt, %v1114, %v912 : i32
              %v1116 = arith.cmpi eq, %v1114, %v918 : i32
              %v1117, %v1118 = gpu.shuffle idx %v514, %v193, %v387 : f32
              %v1119, %v1120 = gpu.shuffle idx %v523, %v193, %v387 : f32
              %v1121, %v1122 = gpu.shuffle idx %v537, %v193, %v387 : f32
              %v1123, %v1124 = gpu.shuffle idx %v546, %v193, %v387 : f32
              %v1125, %v1126 = gpu.shuffle idx %v551, %v193, %v387 : f32
              %v1127 = arith.addi %v454, %v2 : i64
              llvm.store %v68, %v899 : f32, !llvm.ptr
              llvm.store %v68, %v900 : f32, !llvm.ptr
              llvm.store %v68, %v901 : f32, !llvm.ptr
              scf.if %v1115 {
                %v1128 = arith.addi %v211, %v1113 : i64
                %v1129 = arith.muli %v32, %v240 : i64
                %v1130 = arith.subi %v1128, %v211 : i64
                %v1131 = arith.addi %v1129, %v1130 : i64
                %v1132 = llvm.getelementptr %v67[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
                %v1134 = arith.muli %v44, %v322 : i64
                %v1135 = arith.muli %v42, %v321 : i64
                %v1136 = arith.addi %v1134, %v1135 : i64
                %v1137 = arith.subi %v234, %v1128 : i64
                %v1138 = arith.muli %v1137, %v2 : i64
                %v1139 = arith.addi %v1136, %v1138 : i64
                %v1140 = llvm.getelementptr %dy_y[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1141 = llvm.load %v1140 : !llvm.ptr -> f32
                %v1142 = arith.mulf %v1121, %v1141 fastmath<contract> : f32
                %v1143 = arith.mulf %v1133, %v1142 fastmath<contract> : f32
                %v1144 = llvm.load %v50 : !llvm.ptr -> f32
                %v1145 = llvm.load %v52 : !llvm.ptr -> f32
                %v1146 = arith.mulf %v1145, %v1144 fastmath<contract> : f32
                %v1147 = arith.addf %v1143, %v1146 fastmath<contract> : f32
                llvm.store %v1147, %v50 : f32, !llvm.ptr
                %v1148 = arith.constant 8 : i64
                %v1149 = arith.addi %v1148, %v32 : i64
                %v1150 = arith.muli %v1149, %v240 : i64
                %v1151 = arith.subi %v1128, %v211 : i64
                %v1152 = arith.addi %v1150, %v1151 : i64
                %v1153 = llvm.getelementptr %v67[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
                %v1155 = arith.mulf %v1154, %v1142 fastmath<contract> : f32
                %v1156 = llvm.load %v51 : !llvm.ptr -> f32
                %v1157 = llvm.load %v53 : !llvm.ptr -> f32
                %v1158 = arith.mulf %v1157, %v1156 fastmath<contract> : f32
                %v1159 = arith.addf %v1155, %v1158 fastmath<contract> : f32
                llvm.store %v1159, %v51 : f32, !llvm.ptr
                scf.if %v1116 {
                  %v1160 = arith.muli %v44, %v117 : i64
                  %v1161 = arith.muli %v42, %v116 : i64
                  %v1162 = arith.addi %v1160, %v1161 : i64
                  %v1163 = arith.muli %v32, %v2 : i64
                  %v1164 = arith.addi %v1162, %v1163 : i64
                  %v1165 = llvm.getelementptr %dy_h_first[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
                  %v1167 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1168 = arith.addf %v1167, %v1166 fastmath<contract> : f32
                  llvm.store %v1168, %v50 : f32, !llvm.ptr
                  %v1169 = arith.muli %v44, %v117 : i64
                  %v1170 = arith.muli %v42, %v116 : i64
                  %v1171 = arith.addi %v1169, %v1170 : i64
                  %v1172 = arith.constant 8 : i64
                  %v1173 = arith.addi %v1172, %v32 : i64
                  %v1174 = arith.muli %v1173, %v2 : i64
                  %v1175 = arith.addi %v1171, %v1174 : i64
                  %v1176 = llvm.getelementptr %dy_h_first[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                  %v1178 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1179 = arith.addf %v1178, %v1177 fastmath<contract> : f32
                  llvm.store %v1179, %v51 : f32, !llvm.ptr
                }
                %v1180 = arith.muli %v42, %v395 : i64
                %v1181 = arith.muli %v32, %v2 : i64
                %v1182 = arith.addi %v1180, %v1181 : i64
                %v1183 = llvm.getelementptr %in_A[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
                %v1185 = arith.mulf %v1117, %v1184 fastmath<contract> : f32
                %v1186 = arith.mulf %v1185, %v338 fastmath<contract> : f32
                %v1187 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1186) : (f32) -> f32
                %v1188 = llvm.load %v50 : !llvm.ptr -> f32
                %v1189 = arith.mulf %v791, %v1188 fastmath<contract> : f32
                %v1190 = arith.mulf %v1187, %v1189 fastmath<contract> : f32
                %v1191 = arith.mulf %v1117, %v1190 fastmath<contract> : f32
                %v1192 = llvm.load %v54 : !llvm.ptr -> f32
                %v1193 = arith.addf %v1192, %v1191 fastmath<contract> : f32
                llvm.store %v1193, %v54 : f32, !llvm.ptr
                %v1194 = arith.muli %v42, %v395 : i64
                %v1195 = arith.constant 8 : i64
                %v1196 = arith.addi %v1195, %v32 : i64
                %v1197 = arith.muli %v1196, %v2 : i64
                %v1198 = arith.addi %v1194, %v1197 : i64
                %v1199 = llvm.getelementptr %in_A[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
                %v1201 = arith.mulf %v1117, %v1200 fastmath<contract> : f32
                %v1202 = arith.mulf %v1201, %v338 fastmath<contract> : f32
                %v1203 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1202) : (f32) -> f32
                %v1204 = llvm.load %v51 : !llvm.ptr -> f32
                %v1205 = arith.mulf %v811, %v1204 fastmath<contract> : f32
                %v1206 = arith.mulf %v1203, %v1205 fastmath<contract> : f32
                %v1207 = arith.mulf %v1117, %v1206 fastmath<contract> : f32
                %v1208 = llvm.load %v55 : !llvm.ptr -> f32
                %v1209 = arith.addf %v1208, %v1207 fastmath<contract> : f32
                llvm.store %v1209, %v55 : f32, !llvm.ptr
                %v1210 = arith.mulf %v1119, %v1188 fastmath<contract> : f32
                %v1211 = arith.select %v36, %v1210, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1212, %v1213 = gpu.shuffle xor %v1211, %v1018, %v387 : f32
                %v1214 = arith.addf %v1211, %v1212 fastmath<contract> : f32
                %v1215, %v1216 = gpu.shuffle xor %v1214, %v1022, %v387 : f32
                %v1217 = arith.addf %v1214, %v1215 fastmath<contract> : f32
                %v1218 = arith.divui %v17, %v19 : i64
                %v1219 = arith.remui %v17, %v19 : i64
                %v1220 = arith.cmpi ult, %v1219, %v31 : i64
                %v1221 = arith.addi %v70, %v32 : i64
                %v1222 = arith.muli %v1218, %v1 : i64
                %v1223 = arith.addi %v1222, %v1221 : i64
                %v1224 = arith.muli %v1223, %v1032 : i64
                %v1225 = arith.addi %v1224, %v1127 : i64
                scf.if %v1220 {
                  %v1226 = llvm.getelementptr %v61[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1217, %v1226 : f32, !llvm.ptr
                }
                %v1227 = arith.mulf %v1119, %v1204 fastmath<contract> : f32
                %v1228 = arith.select %v36, %v1227, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1229, %v1230 = gpu.shuffle xor %v1228, %v1018, %v387 : f32
                %v1231 = arith.addf %v1228, %v1229 fastmath<contract> : f32
                %v1232, %v1233 = gpu.shuffle xor %v1231, %v1022, %v387 : f32
                %v1234 = arith.addf %v1231, %v1232 fastmath<contract> : f32
                %v1235 = arith.divui %v17, %v19 : i64
                %v1236 = arith.remui %v17, %v19 : i64
                %v1237 = arith.cmpi ult, %v1236, %v31 : i64
                %v1238 = arith.addi %v31, %v32 : i64
                %v1239 = arith.muli %v1235, %v1 : i64
                %v1240 = arith.addi %v1239, %v1238 : i64
                %v1241 = arith.muli %v1240, %v1032 : i64
                %v1242 = arith.addi %v1241, %v1127 : i64
                scf.if %v1237 {
                  %v1243 = llvm.getelementptr %v61[%v1242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1234, %v1243 : f32, !llvm.ptr
                }
                %v1244 = arith.mulf %v835, %v1142 fastmath<contract> : f32
                %v1245 = arith.select %v36, %v1244, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1246, %v1247 = gpu.shuffle xor %v1245, %v1018, %v387 : f32
                %v1248 = arith.addf %v1245, %v1246 fastmath<contract> : f32
                %v1249, %v1250 = gpu.shuffle xor %v1248, %v1022, %v387 : f32
                %v1251 = arith.addf %v1248, %v1249 fastmath<contract> : f32
                %v1252 = arith.divui %v17, %v19 : i64
                %v1253 = arith.remui %v17, %v19 : i64
                %v1254 = arith.cmpi ult, %v1253, %v31 : i64
                %v1255 = arith.addi %v70, %v32 : i64
                %v1256 = arith.muli %v1252, %v1 : i64
                %v1257 = arith.addi %v1256, %v1255 : i64
                %v1258 = arith.muli %v1257, %v1032 : i64
                %v1259 = arith.addi %v1258, %v1127 : i64
                scf.if %v1254 {
                  %v1260 = llvm.getelementptr %v63[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1251, %v1260 : f32, !llvm.ptr
                }
                %v1261 = arith.mulf %v855, %v1142 fastmath<contract> : f32
                %v1262 = arith.select %v36, %v1261, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1263, %v1264 = gpu.shuffle xor %v1262, %v1018, %v387 : f32
                %v1265 = arith.addf %v1262, %v1263 fastmath<contract> : f32
                %v1266, %v1267 = gpu.shuffle xor %v1265, %v1022, %v387 : f32
                %v1268 = arith.addf %v1265, %v1266 fastmath<contract> : f32
                %v1269 = arith.divui %v17, %v19 : i64
                %v1270 = arith.remui %v17, %v19 : i64
                %v1271 = arith.cmpi ult, %v1270, %v31 : i64
                %v1272 = arith.addi %v31, %v32 : i64
                %v1273 = arith.muli %v1269, %v1 : i64
                %v1274 = arith.addi %v1273, %v1272 : i64
                %v1275 = arith.muli %v1274, %v1032 : i64
                %v1276 = arith.addi %v1275, %v1127 : i64
                scf.if %v1271 {
                  %v1277 = llvm.getelementptr %v63[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1268, %v1277 : f32, !llvm.ptr
                }
                %v1278 = arith.mulf %v1133, %v835 fastmath<contract> : f32
                %v1279 = arith.mulf %v1154, %v855 fastmath<contract> : f32
                %v1280 = arith.addf %v1278, %v1279 fastmath<contract> : f32
                llvm.store %v1280, %v899 : f32, !llvm.ptr
                %v1281 = arith.muli %v32, %v240 : i64
                %v1282 = arith.subi %v1128, %v211 : i64
                %v1283 = arith.addi %v1281, %v1282 : i64
                %v1284 = llvm.getelementptr %v65[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                %v1286 = arith.mulf %v1285, %v1188 fastmath<contract> : f32
                %v1287 = arith.constant 8 : i64
                %v1288 = arith.addi %v1287, %v32 : i64
                %v1289 = arith.muli %v1288, %v240 : i64
                %v1290 = arith.subi %v1128, %v211 : i64
                %v1291 = arith.addi %v1289, %v1290 : i64
                %v1292 = llvm.getelementptr %v65[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1293 = llvm.load %v1292 : !llvm.ptr -> f32
                %v1294 = arith.mulf %v1293, %v1204 fastmath<contract> : f32
                %v1295 = arith.addf %v1286, %v1294 fastmath<contract> : f32
                llvm.store %v1295, %v900 : f32, !llvm.ptr
                %v1296 = arith.mulf %v1184, %v1189 fastmath<contract> : f32
                %v1297 = arith.mulf %v1187, %v1296 fastmath<contract> : f32
                %v1298 = arith.mulf %v1200, %v1205 fastmath<contract> : f32
                %v1299 = arith.mulf %v1203, %v1298 fastmath<contract> : f32
                %v1300 = arith.addf %v1297, %v1299 fastmath<contract> : f32
                llvm.store %v1300, %v901 : f32, !llvm.ptr
                llvm.store %v1187, %v52 : f32, !llvm.ptr
                llvm.store %v1203, %v53 : f32, !llvm.ptr
              }
              %v1301 = llvm.load %v899 : !llvm.ptr -> f32
              %v1302 = arith.select %v904, %v1301, %v1110 : f32
              %v1303 = arith.select %v904, %v1110, %v1301 : f32
              %v1305, %v1306 = gpu.shuffle xor %v1302, %v1304, %v387 : f32
              %v1307 = arith.addf %v1303, %v1305 fastmath<contract> : f32
              %v1308 = llvm.load %v900 : !llvm.ptr -> f32
              %v1309 = arith.select %v904, %v1308, %v1111 : f32
              %v1310 = arith.select %v904, %v1111, %v1308 : f32
              %v1311, %v1312 = gpu.shuffle xor %v1309, %v1304, %v387 : f32
              %v1313 = arith.addf %v1310, %v1311 fastmath<contract> : f32
              %v1314 = llvm.load %v901 : !llvm.ptr -> f32
              %v1315 = arith.select %v904, %v1314, %v1112 : f32
              %v1316 = arith.select %v904, %v1112, %v1314 : f32
              %v1317, %v1318 = gpu.shuffle xor %v1315, %v1304, %v387 : f32
              %v1319 = arith.addf %v1316, %v1317 fastmath<contract> : f32
              %v1320 = arith.addi %v452, %v768 : i64
              %v1322 = arith.cmpi slt, %v1321, %v912 : i32
              %v1323 = arith.cmpi eq, %v1321, %v918 : i32
              %v1324, %v1325 = gpu.shuffle idx %v514, %v189, %v387 : f32
              %v1326, %v1327 = gpu.shuffle idx %v523, %v189, %v387 : f32
              %v1328, %v1329 = gpu.shuffle idx %v537, %v189, %v387 : f32
              %v1330, %v1331 = gpu.shuffle idx %v546, %v189, %v387 : f32
              %v1332, %v1333 = gpu.shuffle idx %v551, %v189, %v387 : f32
              %v1334 = arith.addi %v454, %v638 : i64
              llvm.store %v68, %v899 : f32, !llvm.ptr
              llvm.store %v68, %v900 : f32, !llvm.ptr
              llvm.store %v68, %v901 : f32, !llvm.ptr
              scf.if %v1322 {
                %v1335 = arith.addi %v211, %v1320 : i64
                %v1336 = arith.muli %v32, %v240 : i64
                %v1337 = arith.subi %v1335, %v211 : i64
                %v1338 = arith.addi %v1336, %v1337 : i64
                %v1339 = llvm.getelementptr %v67[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
                %v1341 = arith.muli %v44, %v322 : i64
                %v1342 = arith.muli %v42, %v321 : i64
                %v1343 = arith.addi %v1341, %v1342 : i64
                %v1344 = arith.subi %v234, %v1335 : i64
                %v1345 = arith.muli %v1344, %v2 : i64
                %v1346 = arith.addi %v1343, %v1345 : i64
                %v1347 = llvm.getelementptr %dy_y[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                %v1349 = arith.mulf %v1328, %v1348 fastmath<contract> : f32
                %v1350 = arith.mulf %v1340, %v1349 fastmath<contract> : f32
                %v1351 = llvm.load %v50 : !llvm.ptr -> f32
                %v1352 = llvm.load %v52 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v1352, %v1351 fastmath<contract> : f32
                %v1354 = arith.addf %v1350, %v1353 fastmath<contract> : f32
                llvm.store %v1354, %v50 : f32, !llvm.ptr
                %v1355 = arith.constant 8 : i64
                %v1356 = arith.addi %v1355, %v32 : i64
                %v1357 = arith.muli %v1356, %v240 : i64
                %v1358 = arith.subi %v1335, %v211 : i64
                %v1359 = arith.addi %v1357, %v1358 : i64
                %v1360 = llvm.getelementptr %v67[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1361 = llvm.load %v1360 : !llvm.ptr -> f32
                %v1362 = arith.mulf %v1361, %v1349 fastmath<contract> : f32
                %v1363 = llvm.load %v51 : !llvm.ptr -> f32
                %v1364 = llvm.load %v53 : !llvm.ptr -> f32
                %v1365 = arith.mulf %v1364, %v1363 fastmath<contract> : f32
                %v1366 = arith.addf %v1362, %v1365 fastmath<contract> : f32
                llvm.store %v1366, %v51 : f32, !llvm.ptr
                scf.if %v1323 {
                  %v1367 = arith.muli %v44, %v117 : i64
                  %v1368 = arith.muli %v42, %v116 : i64
                  %v1369 = arith.addi %v1367, %v1368 : i64
                  %v1370 = arith.muli %v32, %v2 : i64
                  %v1371 = arith.addi %v1369, %v1370 : i64
                  %v1372 = llvm.getelementptr %dy_h_first[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
                  %v1374 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1375 = arith.addf %v1374, %v1373 fastmath<contract> : f32
                  llvm.store %v1375, %v50 : f32, !llvm.ptr
                  %v1376 = arith.muli %v44, %v117 : i64
                  %v1377 = arith.muli %v42, %v116 : i64
                  %v1378 = arith.addi %v1376, %v1377 : i64
                  %v1379 = arith.constant 8 : i64
                  %v1380 = arith.addi %v1379, %v32 : i64
                  %v1381 = arith.muli %v1380, %v2 : i64
                  %v1382 = arith.addi %v1378, %v1381 : i64
                  %v1383 = llvm.getelementptr %dy_h_first[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
                  %v1385 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1386 = arith.addf %v1385, %v1384 fastmath<contract> : f32
                  llvm.store %v1386, %v51 : f32, !llvm.ptr
                }
                %v1387 = arith.muli %v42, %v395 : i64
                %v1388 = arith.muli %v32, %v2 : i64
                %v1389 = arith.addi %v1387, %v1388 : i64
                %v1390 = llvm.getelementptr %in_A[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
                %v1392 = arith.mulf %v1324, %v1391 fastmath<contract> : f32
                %v1393 = arith.mulf %v1392, %v338 fastmath<contract> : f32
                %v1394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1393) : (f32) -> f32
                %v1395 = llvm.load %v50 : !llvm.ptr -> f32
                %v1396 = arith.mulf %v747, %v1395 fastmath<contract> : f32
                %v1397 = arith.mulf %v1394, %v1396 fastmath<contract> : f32
                %v1398 = arith.mulf %v1324, %v1397 fastmath<contract> : f32
                %v1399 = llvm.load %v54 : !llvm.ptr -> f32
                %v1400 = arith.addf %v1399, %v1398 fastmath<contract> : f32
                llvm.store %v1400, %v54 : f32, !llvm.ptr
                %v1401 = arith.muli %v42, %v395 : i64
                %v1402 = arith.constant 8 : i64
                %v1403 = arith.addi %v1402, %v32 : i64
                %v1404 = arith.muli %v1403, %v2 : i64
                %v1405 = arith.addi %v1401, %v1404 : i64
                %v1406 = llvm.getelementptr %in_A[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1407 = llvm.load %v1406 : !llvm.ptr -> f32
                %v1408 = arith.mulf %v1324, %v1407 fastmath<contract> : f32
                %v1409 = arith.mulf %v1408, %v338 fastmath<contract> : f32
                %v1410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1409) : (f32) -> f32
                %v1411 = llvm.load %v51 : !llvm.ptr -> f32
                %v1412 = arith.mulf %v767, %v1411 fastmath<contract> : f32
                %v1413 = arith.mulf %v1410, %v1412 fastmath<contract> : f32
                %v1414 = arith.mulf %v1324, %v1413 fastmath<contract> : f32
                %v1415 = llvm.load %v55 : !llvm.ptr -> f32
                %v1416 = arith.addf %v1415, %v1414 fastmath<contract> : f32
                llvm.store %v1416, %v55 : f32, !llvm.ptr
                %v1417 = arith.mulf %v1326, %v1395 fastmath<contract> : f32
                %v1418 = arith.select %v36, %v1417, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1419, %v1420 = gpu.shuffle xor %v1418, %v1018, %v387 : f32
                %v1421 = arith.addf %v1418, %v1419 fastmath<contract> : f32
                %v1422, %v1423 = gpu.shuffle xor %v1421, %v1022, %v387 : f32
                %v1424 = arith.addf %v1421, %v1422 fastmath<contract> : f32
                %v1425 = arith.divui %v17, %v19 : i64
                %v1426 = arith.remui %v17, %v19 : i64
                %v1427 = arith.cmpi ult, %v1426, %v31 : i64
                %v1428 = arith.addi %v70, %v32 : i64
                %v1429 = arith.muli %v1425, %v1 : i64
                %v1430 = arith.addi %v1429, %v1428 : i64
                %v1431 = arith.muli %v1430, %v1032 : i64
                %v1432 = arith.addi %v1431, %v1334 : i64
                scf.if %v1427 {
                  %v1433 = llvm.getelementptr %v61[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1424, %v1433 : f32, !llvm.ptr
                }
                %v1434 = arith.mulf %v1326, %v1411 fastmath<contract> : f32
                %v1435 = arith.select %v36, %v1434, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1436, %v1437 = gpu.shuffle xor %v1435, %v1018, %v387 : f32
                %v1438 = arith.addf %v1435, %v1436 fastmath<contract> : f32
                %v1439, %v1440 = gpu.shuffle xor %v1438, %v1022, %v387 : f32
                %v1441 = arith.addf %v1438, %v1439 fastmath<contract> : f32
                %v1442 = arith.divui %v17, %v19 : i64
                %v1443 = arith.remui %v17, %v19 : i64
                %v1444 = arith.cmpi ult, %v1443, %v31 : i64
                %v1445 = arith.addi %v31, %v32 : i64
                %v1446 = arith.muli %v1442, %v1 : i64
                %v1447 = arith.addi %v1446, %v1445 : i64
                %v1448 = arith.muli %v1447, %v1032 : i64
                %v1449 = arith.addi %v1448, %v1334 : i64
                scf.if %v1444 {
                  %v1450 = llvm.getelementptr %v61[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1441, %v1450 : f32, !llvm.ptr
                }
                %v1451 = arith.mulf %v791, %v1349 fastmath<contract> : f32
                %v1452 = arith.select %v36, %v1451, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1453, %v1454 = gpu.shuffle xor %v1452, %v1018, %v387 : f32
                %v1455 = arith.addf %v1452, %v1453 fastmath<contract> : f32
                %v1456, %v1457 = gpu.shuffle xor %v1455, %v1022, %v387 : f32
                %v1458 = arith.addf %v1455, %v1456 fastmath<contract> : f32
                %v1459 = arith.divui %v17, %v19 : i64
                %v1460 = arith.remui %v17, %v19 : i64
                %v1461 = arith.cmpi ult, %v1460, %v31 : i64
                %v1462 = arith.addi %v70, %v32 : i64
                %v1463 = arith.muli %v1459, %v1 : i64
                %v1464 = arith.addi %v1463, %v1462 : i64
                %v1465 = arith.muli %v1464, %v1032 : i64
                %v1466 = arith.addi %v1465, %v1334 : i64
                scf.if %v1461 {
                  %v1467 = llvm.getelementptr %v63[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1458, %v1467 : f32, !llvm.ptr
                }
                %v1468 = arith.mulf %v811, %v1349 fastmath<contract> : f32
                %v1469 = arith.select %v36, %v1468, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1470, %v1471 = gpu.shuffle xor %v1469, %v1018, %v387 : f32
                %v1472 = arith.addf %v1469, %v1470 fastmath<contract> : f32
                %v1473, %v1474 = gpu.shuffle xor %v1472, %v1022, %v387 : f32
                %v1475 = arith.addf %v1472, %v1473 fastmath<contract> : f32
                %v1476 = arith.divui %v17, %v19 : i64
                %v1477 = arith.remui %v17, %v19 : i64
                %v1478 = arith.cmpi ult, %v1477, %v31 : i64
                %v1479 = arith.addi %v31, %v32 : i64
                %v1480 = arith.muli %v1476, %v1 : i64
                %v1481 = arith.addi %v1480, %v1479 : i64
                %v1482 = arith.muli %v1481, %v1032 : i64
                %v1483 = arith.addi %v1482, %v1334 : i64
                scf.if %v1478 {
                  %v1484 = llvm.getelementptr %v63[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1475, %v1484 : f32, !llvm.ptr
                }
                %v1485 = arith.mulf %v1340, %v791 fastmath<contract> : f32
                %v1486 = arith.mulf %v1361, %v811 fastmath<contract> : f32
                %v1487 = arith.addf %v1485, %v1486 fastmath<contract> : f32
                llvm.store %v1487, %v899 : f32, !llvm.ptr
                %v1488 = arith.muli %v32, %v240 : i64
                %v1489 = arith.subi %v1335, %v211 : i64
                %v1490 = arith.addi %v1488, %v1489 : i64
                %v1491 = llvm.getelementptr %v65[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1492 = llvm.load %v1491 : !llvm.ptr -> f32
                %v1493 = arith.mulf %v1492, %v1395 fastmath<contract> : f32
                %v1494 = arith.constant 8 : i64
                %v1495 = arith.addi %v1494, %v32 : i64
                %v1496 = arith.muli %v1495, %v240 : i64
                %v1497 = arith.subi %v1335, %v211 : i64
                %v1498 = arith.addi %v1496, %v1497 : i64
                %v1499 = llvm.getelementptr %v65[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
                %v1501 = arith.mulf %v1500, %v1411 fastmath<contract> : f32
                %v1502 = arith.addf %v1493, %v1501 fastmath<contract> : f32
                llvm.store %v1502, %v900 : f32, !llvm.ptr
                %v1503 = arith.mulf %v1391, %v1396 fastmath<contract> : f32
                %v1504 = arith.mulf %v1394, %v1503 fastmath<contract> : f32
                %v1505 = arith.mulf %v1407, %v1412 fastmath<contract> : f32
                %v1506 = arith.mulf %v1410, %v1505 fastmath<contract> : f32
                %v1507 = arith.addf %v1504, %v1506 fastmath<contract> : f32
                llvm.store %v1507, %v901 : f32, !llvm.ptr
                llvm.store %v1394, %v52 : f32, !llvm.ptr
                llvm.store %v1410, %v53 : f32, !llvm.ptr
              }
              %v1508 = llvm.load %v899 : !llvm.ptr -> f32
              %v1509 = llvm.load %v900 : !llvm.ptr -> f32
              %v1510 = llvm.load %v901 : !llvm.ptr -> f32
              %v1511 = arith.addi %v452, %v46 : i64
              %v1513 = arith.cmpi slt, %v1512, %v912 : i32
              %v1514 = arith.cmpi eq, %v1512, %v918 : i32
              %v1515, %v1516 = gpu.shuffle idx %v514, %v185, %v387 : f32
              %v1517, %v1518 = gpu.shuffle idx %v523, %v185, %v387 : f32
              %v1519, %v1520 = gpu.shuffle idx %v537, %v185, %v387 : f32
              %v1521, %v1522 = gpu.shuffle idx %v546, %v185, %v387 : f32
              %v1523, %v1524 = gpu.shuffle idx %v551, %v185, %v387 : f32
              %v1525 = arith.addi %v454, %v434 : i64
              llvm.store %v68, %v899 : f32, !llvm.ptr
              llvm.store %v68, %v900 : f32, !llvm.ptr
              llvm.store %v68, %v901 : f32, !llvm.ptr
              scf.if %v1513 {
                %v1526 = arith.addi %v211, %v1511 : i64
                %v1527 = arith.muli %v32, %v240 : i64
                %v1528 = arith.subi %v1526, %v211 : i64
                %v1529 = arith.addi %v1527, %v1528 : i64
                %v1530 = llvm.getelementptr %v67[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1531 = llvm.load %v1530 : !llvm.ptr -> f32
                %v1532 = arith.muli %v44, %v322 : i64
                %v1533 = arith.muli %v42, %v321 : i64
                %v1534 = arith.addi %v1532, %v1533 : i64
                %v1535 = arith.subi %v234, %v1526 : i64
                %v1536 = arith.muli %v1535, %v2 : i64
                %v1537 = arith.addi %v1534, %v1536 : i64
                %v1538 = llvm.getelementptr %dy_y[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1539 = llvm.load %v1538 : !llvm.ptr -> f32
                %v1540 = arith.mulf %v1519, %v1539 fastmath<contract> : f32
                %v1541 = arith.mulf %v1531, %v1540 fastmath<contract> : f32
                %v1542 = llvm.load %v50 : !llvm.ptr -> f32
                %v1543 = llvm.load %v52 : !llvm.ptr -> f32
                %v1544 = arith.mulf %v1543, %v1542 fastmath<contract> : f32
                %v1545 = arith.addf %v1541, %v1544 fastmath<contract> : f32
                llvm.store %v1545, %v50 : f32, !llvm.ptr
                %v1546 = arith.constant 8 : i64
                %v1547 = arith.addi %v1546, %v32 : i64
                %v1548 = arith.muli %v1547, %v240 : i64
                %v1549 = arith.subi %v1526, %v211 : i64
                %v1550 = arith.addi %v1548, %v1549 : i64
                %v1551 = llvm.getelementptr %v67[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
                %v1553 = arith.mulf %v1552, %v1540 fastmath<contract> : f32
                %v1554 = llvm.load %v51 : !llvm.ptr -> f32
                %v1555 = llvm.load %v53 : !llvm.ptr -> f32
                %v1556 = arith.mulf %v1555, %v1554 fastmath<contract> : f32
                %v1557 = arith.addf %v1553, %v1556 fastmath<contract> : f32
                llvm.store %v1557, %v51 : f32, !llvm.ptr
                scf.if %v1514 {
                  %v1558 = arith.muli %v44, %v117 : i64
                  %v1559 = arith.muli %v42, %v116 : i64
                  %v1560 = arith.addi %v1558, %v1559 : i64
                  %v1561 = arith.muli %v32, %v2 : i64
                  %v1562 = arith.addi %v1560, %v1561 : i64
                  %v1563 = llvm.getelementptr %dy_h_first[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
                  %v1565 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1566 = arith.addf %v1565, %v1564 fastmath<contract> : f32
                  llvm.store %v1566, %v50 : f32, !llvm.ptr
                  %v1567 = arith.muli %v44, %v117 : i64
                  %v1568 = arith.muli %v42, %v116 : i64
                  %v1569 = arith.addi %v1567, %v1568 : i64
                  %v1570 = arith.constant 8 : i64
                  %v1571 = arith.addi %v1570, %v32 : i64
                  %v1572 = arith.muli %v1571, %v2 : i64
                  %v1573 = arith.addi %v1569, %v1572 : i64
                  %v1574 = llvm.getelementptr %dy_h_first[%v1573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1575 = llvm.load %v1574 : !llvm.ptr -> f32
                  %v1576 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1577 = arith.addf %v1576, %v1575 fastmath<contract> : f32
                  llvm.store %v1577, %v51 : f32, !llvm.ptr
                }
                %v1578 = arith.muli %v42, %v395 : i64
                %v1579 = arith.muli %v32, %v2 : i64
                %v1580 = arith.addi %v1578, %v1579 : i64
                %v1581 = llvm.getelementptr %in_A[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
                %v1583 = arith.mulf %v1515, %v1582 fastmath<contract> : f32
                %v1584 = arith.mulf %v1583, %v338 fastmath<contract> : f32
                %v1585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1584) : (f32) -> f32
                %v1586 = llvm.load %v50 : !llvm.ptr -> f32
                %v1587 = arith.mulf %v704, %v1586 fastmath<contract> : f32
                %v1588 = arith.mulf %v1585, %v1587 fastmath<contract> : f32
                %v1589 = arith.mulf %v1515, %v1588 fastmath<contract> : f32
                %v1590 = llvm.load %v54 : !llvm.ptr -> f32
                %v1591 = arith.addf %v1590, %v1589 fastmath<contract> : f32
                llvm.store %v1591, %v54 : f32, !llvm.ptr
                %v1592 = arith.muli %v42, %v395 : i64
                %v1593 = arith.constant 8 : i64
                %v1594 = arith.addi %v1593, %v32 : i64
                %v1595 = arith.muli %v1594, %v2 : i64
                %v1596 = arith.addi %v1592, %v1595 : i64
                %v1597 = llvm.getelementptr %in_A[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1598 = llvm.load %v1597 : !llvm.ptr -> f32
                %v1599 = arith.mulf %v1515, %v1598 fastmath<contract> : f32
                %v1600 = arith.mulf %v1599, %v338 fastmath<contract> : f32
                %v1601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1600) : (f32) -> f32
                %v1602 = llvm.load %v51 : !llvm.ptr -> f32
                %v1603 = arith.mulf %v724, %v1602 fastmath<contract> : f32
                %v1604 = arith.mulf %v1601, %v1603 fastmath<contract> : f32
                %v1605 = arith.mulf %v1515, %v1604 fastmath<contract> : f32
                %v1606 = llvm.load %v55 : !llvm.ptr -> f32
                %v1607 = arith.addf %v1606, %v1605 fastmath<contract> : f32
                llvm.store %v1607, %v55 : f32, !llvm.ptr
                %v1608 = arith.mulf %v1517, %v1586 fastmath<contract> : f32
                %v1609 = arith.select %v36, %v1608, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1610, %v1611 = gpu.shuffle xor %v1609, %v1018, %v387 : f32
                %v1612 = arith.addf %v1609, %v1610 fastmath<contract> : f32
                %v1613, %v1614 = gpu.shuffle xor %v1612, %v1022, %v387 : f32
                %v1615 = arith.addf %v1612, %v1613 fastmath<contract> : f32
                %v1616 = arith.divui %v17, %v19 : i64
                %v1617 = arith.remui %v17, %v19 : i64
                %v1618 = arith.cmpi ult, %v1617, %v31 : i64
                %v1619 = arith.addi %v70, %v32 : i64
                %v1620 = arith.muli %v1616, %v1 : i64
                %v1621 = arith.addi %v1620, %v1619 : i64
                %v1622 = arith.muli %v1621, %v1032 : i64
                %v1623 = arith.addi %v1622, %v1525 : i64
                scf.if %v1618 {
                  %v1624 = llvm.getelementptr %v61[%v1623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1615, %v1624 : f32, !llvm.ptr
                }
                %v1625 = arith.mulf %v1517, %v1602 fastmath<contract> : f32
                %v1626 = arith.select %v36, %v1625, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1627, %v1628 = gpu.shuffle xor %v1626, %v1018, %v387 : f32
                %v1629 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                %v1630, %v1631 = gpu.shuffle xor %v1629, %v1022, %v387 : f32
                %v1632 = arith.addf %v1629, %v1630 fastmath<contract> : f32
                %v1633 = arith.divui %v17, %v19 : i64
                %v1634 = arith.remui %v17, %v19 : i64
                %v1635 = arith.cmpi ult, %v1634, %v31 : i64
                %v1636 = arith.addi %v31, %v32 : i64
                %v1637 = arith.muli %v1633, %v1 : i64
                %v1638 = arith.addi %v1637, %v1636 : i64
                %v1639 = arith.muli %v1638, %v1032 : i64
                %v1640 = arith.addi %v1639, %v1525 : i64
                scf.if %v1635 {
                  %v1641 = llvm.getelementptr %v61[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1632, %v1641 : f32, !llvm.ptr
                }
                %v1642 = arith.mulf %v747, %v1540 fastmath<contract> : f32
                %v1643 = arith.select %v36, %v1642, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1644, %v1645 = gpu.shuffle xor %v1643, %v1018, %v387 : f32
                %v1646 = arith.addf %v1643, %v1644 fastmath<contract> : f32
                %v1647, %v1648 = gpu.shuffle xor %v1646, %v1022, %v387 : f32
                %v1649 = arith.addf %v1646, %v1647 fastmath<contract> : f32
                %v1650 = arith.divui %v17, %v19 : i64
                %v1651 = arith.remui %v17, %v19 : i64
                %v1652 = arith.cmpi ult, %v1651, %v31 : i64
                %v1653 = arith.addi %v70, %v32 : i64
                %v1654 = arith.muli %v1650, %v1 : i64
                %v1655 = arith.addi %v1654, %v1653 : i64
                %v1656 = arith.muli %v1655, %v1032 : i64
                %v1657 = arith.addi %v1656, %v1525 : i64
                scf.if %v1652 {
                  %v1658 = llvm.getelementptr %v63[%v1657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1649, %v1658 : f32, !llvm.ptr
                }
                %v1659 = arith.mulf %v767, %v1540 fastmath<contract> : f32
                %v1660 = arith.select %v36, %v1659, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1661, %v1662 = gpu.shuffle xor %v1660, %v1018, %v387 : f32
                %v1663 = arith.addf %v1660, %v1661 fastmath<contract> : f32
                %v1664, %v1665 = gpu.shuffle xor %v1663, %v1022, %v387 : f32
                %v1666 = arith.addf %v1663, %v1664 fastmath<contract> : f32
                %v1667 = arith.divui %v17, %v19 : i64
                %v1668 = arith.remui %v17, %v19 : i64
                %v1669 = arith.cmpi ult, %v1668, %v31 : i64
                %v1670 = arith.addi %v31, %v32 : i64
                %v1671 = arith.muli %v1667, %v1 : i64
                %v1672 = arith.addi %v1671, %v1670 : i64
                %v1673 = arith.muli %v1672, %v1032 : i64
                %v1674 = arith.addi %v1673, %v1525 : i64
                scf.if %v1669 {
                  %v1675 = llvm.getelementptr %v63[%v1674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1666, %v1675 : f32, !llvm.ptr
                }
                %v1676 = arith.mulf %v1531, %v747 fastmath<contract> : f32
                %v1677 = arith.mulf %v1552, %v767 fastmath<contract> : f32
                %v1678 = arith.addf %v1676, %v1677 fastmath<contract> : f32
                llvm.store %v1678, %v899 : f32, !llvm.ptr
                %v1679 = arith.muli %v32, %v240 : i64
                %v1680 = arith.subi %v1526, %v211 : i64
                %v1681 = arith.addi %v1679, %v1680 : i64
                %v1682 = llvm.getelementptr %v65[%v1681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1683 = llvm.load %v1682 : !llvm.ptr -> f32
                %v1684 = arith.mulf %v1683, %v1586 fastmath<contract> : f32
                %v1685 = arith.constant 8 : i64
                %v1686 = arith.addi %v1685, %v32 : i64
                %v1687 = arith.muli %v1686, %v240 : i64
                %v1688 = arith.subi %v1526, %v211 : i64
                %v1689 = arith.addi %v1687, %v1688 : i64
                %v1690 = llvm.getelementptr %v65[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1691 = llvm.load %v1690 : !llvm.ptr -> f32
                %v1692 = arith.mulf %v1691, %v1602 fastmath<contract> : f32
                %v1693 = arith.addf %v1684, %v1692 fastmath<contract> : f32
                llvm.store %v1693, %v900 : f32, !llvm.ptr
                %v1694 = arith.mulf %v1582, %v1587 fastmath<contract> : f32
                %v1695 = arith.mulf %v1585, %v1694 fastmath<contract> : f32
                %v1696 = arith.mulf %v1598, %v1603 fastmath<contract> : f32
                %v1697 = arith.mulf %v1601, %v1696 fastmath<contract> : f32
                %v1698 = arith.addf %v1695, %v1697 fastmath<contract> : f32
                llvm.store %v1698, %v901 : f32, !llvm.ptr
                llvm.store %v1585, %v52 : f32, !llvm.ptr
                llvm.store %v1601, %v53 : f32, !llvm.ptr
              }
              %v1699 = llvm.load %v899 : !llvm.ptr -> f32
              %v1700 = arith.select %v904, %v1699, %v1508 : f32
              %v1701 = arith.select %v904, %v1508, %v1699 : f32
              %v1702, %v1703 = gpu.shuffle xor %v1700, %v1304, %v387 : f32
              %v1704 = arith.addf %v1701, %v1702 fastmath<contract> : f32
              %v1705 = arith.select %v907, %v1704, %v1307 : f32
              %v1706 = arith.select %v907, %v1307, %v1704 : f32
              %v1708, %v1709 = gpu.shuffle xor %v1705, %v1707, %v387 : f32
              %v1710 = arith.addf %v1706, %v1708 fastmath<contract> : f32
              %v1711 = llvm.load %v900 : !llvm.ptr -> f32
              %v1712 = arith.select %v904, %v1711, %v1509 : f32
              %v1713 = arith.select %v904, %v1509, %v1711 : f32
              %v1714, %v1715 = gpu.shuffle xor %v1712, %v1304, %v387 : f32
              %v1716 = arith.addf %v1713, %v1714 fastmath<contract> : f32
              %v1717 = arith.select %v907, %v1716, %v1313 : f32
              %v1718 = arith.select %v907, %v1313, %v1716 : f32
              %v1719, %v1720 = gpu.shuffle xor %v1717, %v1707, %v387 : f32
              %v1721 = arith.addf %v1718, %v1719 fastmath<contract> : f32
              %v1722 = llvm.load %v901 : !llvm.ptr -> f32
              %v1723 = arith.select %v904, %v1722, %v1510 : f32
              %v1724 = arith.select %v904, %v1510, %v1722 : f32
              %v1725, %v1726 = gpu.shuffle xor %v1723, %v1304, %v387 : f32
              %v1727 = arith.addf %v1724, %v1725 fastmath<contract> : f32
              %v1728 = arith.select %v907, %v1727, %v1319 : f32
              %v1729 = arith.select %v907, %v1319, %v1727 : f32
              %v1730, %v1731 = gpu.shuffle xor %v1728, %v1707, %v387 : f32
              %v1732 = arith.addf %v1729, %v1730 fastmath<contract> : f32
              %v1733 = arith.addi %v452, %v434 : i64
              %v1735 = arith.cmpi slt, %v1734, %v912 : i32
              %v1736 = arith.cmpi eq, %v1734, %v918 : i32
              %v1737, %v1738 = gpu.shuffle idx %v514, %v181, %v387 : f32
              %v1739, %v1740 = gpu.shuffle idx %v523, %v181, %v387 : f32
              %v1741, %v1742 = gpu.shuffle idx %v537, %v181, %v387 : f32
              %v1743, %v1744 = gpu.shuffle idx %v546, %v181, %v387 : f32
              %v1745, %v1746 = gpu.shuffle idx %v551, %v181, %v387 : f32
              %v1747 = arith.addi %v454, %v46 : i64
              llvm.store %v68, %v899 : f32, !llvm.ptr
              llvm.store %v68, %v900 : f32, !llvm.ptr
              llvm.store %v68, %v901 : f32, !llvm.ptr
              scf.if %v1735 {
                %v1748 = arith.addi %v211, %v1733 : i64
                %v1749 = arith.muli %v32, %v240 : i64
                %v1750 = arith.subi %v1748, %v211 : i64
                %v1751 = arith.addi %v1749, %v1750 : i64
                %v1752 = llvm.getelementptr %v67[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1753 = llvm.load %v1752 : !llvm.ptr -> f32
                %v1754 = arith.muli %v44, %v322 : i64
                %v1755 = arith.muli %v42, %v321 : i64
                %v1756 = arith.addi %v1754, %v1755 : i64
                %v1757 = arith.subi %v234, %v1748 : i64
                %v1758 = arith.muli %v1757, %v2 : i64
                %v1759 = arith.addi %v1756, %v1758 : i64
                %v1760 = llvm.getelementptr %dy_y[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
                %v1762 = arith.mulf %v1741, %v1761 fastmath<contract> : f32
                %v1763 = arith.mulf %v1753, %v1762 fastmath<contract> : f32
                %v1764 = llvm.load %v50 : !llvm.ptr -> f32
                %v1765 = llvm.load %v52 : !llvm.ptr -> f32
                %v1766 = arith.mulf %v1765, %v1764 fastmath<contract> : f32
                %v1767 = arith.addf %v1763, %v1766 fastmath<contract> : f32
                llvm.store %v1767, %v50 : f32, !llvm.ptr
                %v1768 = arith.constant 8 : i64
                %v1769 = arith.addi %v1768, %v32 : i64
                %v1770 = arith.muli %v1769, %v240 : i64
                %v1771 = arith.subi %v1748, %v211 : i64
                %v1772 = arith.addi %v1770, %v1771 : i64
                %v1773 = llvm.getelementptr %v67[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
                %v1775 = arith.mulf %v1774, %v1762 fastmath<contract> : f32
                %v1776 = llvm.load %v51 : !llvm.ptr -> f32
                %v1777 = llvm.load %v53 : !llvm.ptr -> f32
                %v1778 = arith.mulf %v1777, %v1776 fastmath<contract> : f32
                %v1779 = arith.addf %v1775, %v1778 fastmath<contract> : f32
                llvm.store %v1779, %v51 : f32, !llvm.ptr
                scf.if %v1736 {
                  %v1780 = arith.muli %v44, %v117 : i64
                  %v1781 = arith.muli %v42, %v116 : i64
                  %v1782 = arith.addi %v1780, %v1781 : i64
                  %v1783 = arith.muli %v32, %v2 : i64
                  %v1784 = arith.addi %v1782, %v1783 : i64
                  %v1785 = llvm.getelementptr %dy_h_first[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1786 = llvm.load %v1785 : !llvm.ptr -> f32
                  %v1787 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1788 = arith.addf %v1787, %v1786 fastmath<contract> : f32
                  llvm.store %v1788, %v50 : f32, !llvm.ptr
                  %v1789 = arith.muli %v44, %v117 : i64
                  %v1790 = arith.muli %v42, %v116 : i64
                  %v1791 = arith.addi %v1789, %v1790 : i64
                  %v1792 = arith.constant 8 : i64
                  %v1793 = arith.addi %v1792, %v32 : i64
                  %v1794 = arith.muli %v1793, %v2 : i64
                  %v1795 = arith.addi %v1791, %v1794 : i64
                  %v1796 = llvm.getelementptr %dy_h_first[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1797 = llvm.load %v1796 : !llvm.ptr -> f32
                  %v1798 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1799 = arith.addf %v1798, %v1797 fastmath<contract> : f32
                  llvm.store %v1799, %v51 : f32, !llvm.ptr
                }
                %v1800 = arith.muli %v42, %v395 : i64
                %v1801 = arith.muli %v32, %v2 : i64
                %v1802 = arith.addi %v1800, %v1801 : i64
                %v1803 = llvm.getelementptr %in_A[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1804 = llvm.load %v1803 : !llvm.ptr -> f32
                %v1805 = arith.mulf %v1737, %v1804 fastmath<contract> : f32
                %v1806 = arith.mulf %v1805, %v338 fastmath<contract> : f32
                %v1807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1806) : (f32) -> f32
                %v1808 = llvm.load %v50 : !llvm.ptr -> f32
                %v1809 = arith.mulf %v661, %v1808 fastmath<contract> : f32
                %v1810 = arith.mulf %v1807, %v1809 fastmath<contract> : f32
                %v1811 = arith.mulf %v1737, %v1810 fastmath<contract> : f32
                %v1812 = llvm.load %v54 : !llvm.ptr -> f32
                %v1813 = arith.addf %v1812, %v1811 fastmath<contract> : f32
                llvm.store %v1813, %v54 : f32, !llvm.ptr
                %v1814 = arith.muli %v42, %v395 : i64
                %v1815 = arith.constant 8 : i64
                %v1816 = arith.addi %v1815, %v32 : i64
                %v1817 = arith.muli %v1816, %v2 : i64
                %v1818 = arith.addi %v1814, %v1817 : i64
                %v1819 = llvm.getelementptr %in_A[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
                %v1821 = arith.mulf %v1737, %v1820 fastmath<contract> : f32
                %v1822 = arith.mulf %v1821, %v338 fastmath<contract> : f32
                %v1823 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1822) : (f32) -> f32
                %v1824 = llvm.load %v51 : !llvm.ptr -> f32
                %v1825 = arith.mulf %v681, %v1824 fastmath<contract> : f32
                %v1826 = arith.mulf %v1823, %v1825 fastmath<contract> : f32
                %v1827 = arith.mulf %v1737, %v1826 fastmath<contract> : f32
                %v1828 = llvm.load %v55 : !llvm.ptr -> f32
                %v1829 = arith.addf %v1828, %v1827 fastmath<contract> : f32
                llvm.store %v1829, %v55 : f32, !llvm.ptr
                %v1830 = arith.mulf %v1739, %v1808 fastmath<contract> : f32
                %v1831 = arith.select %v36, %v1830, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v1018, %v387 : f32
                %v1834 = arith.addf %v1831, %v1832 fastmath<contract> : f32
                %v1835, %v1836 = gpu.shuffle xor %v1834, %v1022, %v387 : f32
                %v1837 = arith.addf %v1834, %v1835 fastmath<contract> : f32
                %v1838 = arith.divui %v17, %v19 : i64
                %v1839 = arith.remui %v17, %v19 : i64
                %v1840 = arith.cmpi ult, %v1839, %v31 : i64
                %v1841 = arith.addi %v70, %v32 : i64
                %v1842 = arith.muli %v1838, %v1 : i64
                %v1843 = arith.addi %v1842, %v1841 : i64
                %v1844 = arith.muli %v1843, %v1032 : i64
                %v1845 = arith.addi %v1844, %v1747 : i64
                scf.if %v1840 {
                  %v1846 = llvm.getelementptr %v61[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1837, %v1846 : f32, !llvm.ptr
                }
                %v1847 = arith.mulf %v1739, %v1824 fastmath<contract> : f32
                %v1848 = arith.select %v36, %v1847, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1849, %v1850 = gpu.shuffle xor %v1848, %v1018, %v387 : f32
                %v1851 = arith.addf %v1848, %v1849 fastmath<contract> : f32
                %v1852, %v1853 = gpu.shuffle xor %v1851, %v1022, %v387 : f32
                %v1854 = arith.addf %v1851, %v1852 fastmath<contract> : f32
                %v1855 = arith.divui %v17, %v19 : i64
                %v1856 = arith.remui %v17, %v19 : i64
                %v1857 = arith.cmpi ult, %v1856, %v31 : i64
                %v1858 = arith.addi %v31, %v32 : i64
                %v1859 = arith.muli %v1855, %v1 : i64
                %v1860 = arith.addi %v1859, %v1858 : i64
                %v1861 = arith.muli %v1860, %v1032 : i64
                %v1862 = arith.addi %v1861, %v1747 : i64
                scf.if %v1857 {
                  %v1863 = llvm.getelementptr %v61[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1854, %v1863 : f32, !llvm.ptr
                }
                %v1864 = arith.mulf %v704, %v1762 fastmath<contract> : f32
                %v1865 = arith.select %v36, %v1864, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1866, %v1867 = gpu.shuffle xor %v1865, %v1018, %v387 : f32
                %v1868 = arith.addf %v1865, %v1866 fastmath<contract> : f32
                %v1869, %v1870 = gpu.shuffle xor %v1868, %v1022, %v387 : f32
                %v1871 = arith.addf %v1868, %v1869 fastmath<contract> : f32
                %v1872 = arith.divui %v17, %v19 : i64
                %v1873 = arith.remui %v17, %v19 : i64
                %v1874 = arith.cmpi ult, %v1873, %v31 : i64
                %v1875 = arith.addi %v70, %v32 : i64
                %v1876 = arith.muli %v1872, %v1 : i64
                %v1877 = arith.addi %v1876, %v1875 : i64
                %v1878 = arith.muli %v1877, %v1032 : i64
                %v1879 = arith.addi %v1878, %v1747 : i64
                scf.if %v1874 {
                  %v1880 = llvm.getelementptr %v63[%v1879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1871, %v1880 : f32, !llvm.ptr
                }
                %v1881 = arith.mulf %v724, %v1762 fastmath<contract> : f32
                %v1882 = arith.select %v36, %v1881, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1883, %v1884 = gpu.shuffle xor %v1882, %v1018, %v387 : f32
                %v1885 = arith.addf %v1882, %v1883 fastmath<contract> : f32
                %v1886, %v1887 = gpu.shuffle xor %v1885, %v1022, %v387 : f32
                %v1888 = arith.addf %v1885, %v1886 fastmath<contract> : f32
                %v1889 = arith.divui %v17, %v19 : i64
                %v1890 = arith.remui %v17, %v19 : i64
                %v1891 = arith.cmpi ult, %v1890, %v31 : i64
                %v1892 = arith.addi %v31, %v32 : i64
                %v1893 = arith.muli %v1889, %v1 : i64
                %v1894 = arith.addi %v1893, %v1892 : i64
                %v1895 = arith.muli %v1894, %v1032 : i64
                %v1896 = arith.addi %v1895, %v1747 : i64
                scf.if %v1891 {
                  %v1897 = llvm.getelementptr %v63[%v1896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1888, %v1897 : f32, !llvm.ptr
                }
                %v1898 = arith.mulf %v1753, %v704 fastmath<contract> : f32
                %v1899 = arith.mulf %v1774, %v724 fastmath<contract> : f32
                %v1900 = arith.addf %v1898, %v1899 fastmath<contract> : f32
                llvm.store %v1900, %v899 : f32, !llvm.ptr
                %v1901 = arith.muli %v32, %v240 : i64
                %v1902 = arith.subi %v1748, %v211 : i64
                %v1903 = arith.addi %v1901, %v1902 : i64
                %v1904 = llvm.getelementptr %v65[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
                %v1906 = arith.mulf %v1905, %v1808 fastmath<contract> : f32
                %v1907 = arith.constant 8 : i64
                %v1908 = arith.addi %v1907, %v32 : i64
                %v1909 = arith.muli %v1908, %v240 : i64
                %v1910 = arith.subi %v1748, %v211 : i64
                %v1911 = arith.addi %v1909, %v1910 : i64
                %v1912 = llvm.getelementptr %v65[%v1911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1913 = llvm.load %v1912 : !llvm.ptr -> f32
                %v1914 = arith.mulf %v1913, %v1824 fastmath<contract> : f32
                %v1915 = arith.addf %v1906, %v1914 fastmath<contract> : f32
                llvm.store %v1915, %v900 : f32, !llvm.ptr
                %v1916 = arith.mulf %v1804, %v1809 fastmath<contract> : f32
                %v1917 = arith.mulf %v1807, %v1916 fastmath<contract> : f32
                %v1918 = arith.mulf %v1820, %v1825 fastmath<contract> : f32
                %v1919 = arith.mulf %v1823, %v1918 fastmath<contract> : f32
                %v1920 = arith.addf %v1917, %v1919 fastmath<contract> : f32
                llvm.store %v1920, %v901 : f32, !llvm.ptr
                llvm.store %v1807, %v52 : f32, !llvm.ptr
                llvm.store %v1823, %v53 : f32, !llvm.ptr
              }
              %v1921 = llvm.load %v899 : !llvm.ptr -> f32
              %v1922 = llvm.load %v900 : !llvm.ptr -> f32
              %v1923 = llvm.load %v901 : !llvm.ptr -> f32
              %v1924 = arith.addi %v452, %v638 : i64
              %v1925 = arith.cmpi slt, %v1707, %v912 : i32
              %v1926 = arith.cmpi eq, %v1707, %v918 : i32
              %v1927, %v1928 = gpu.shuffle idx %v514, %v177, %v387 : f32
              %v1929, %v1930 = gpu.shuffle idx %v523, %v177, %v387 : f32
              %v1931, %v1932 = gpu.shuffle idx %v537, %v177, %v387 : f32
              %v1933, %v1934 = gpu.shuffle idx %v546, %v177, %v387 : f32
              %v1935, %v1936 = gpu.shuffle idx %v551, %v177, %v387 : f32
              %v1937 = arith.addi %v454, %v768 : i64
              llvm.store %v68, %v899 : f32, !llvm.ptr
              llvm.store %v68, %v900 : f32, !llvm.ptr
              llvm.store %v68, %v901 : f32, !llvm.ptr
              scf.if %v1925 {
                %v1938 = arith.addi %v211, %v1924 : i64
                %v1939 = arith.muli %v32, %v240 : i64
                %v1940 = arith.subi %v1938, %v211 : i64
                %v1941 = arith.addi %v1939, %v1940 : i64
                %v1942 = llvm.getelementptr %v67[%v1941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1943 = llvm.load %v1942 : !llvm.ptr -> f32
                %v1944 = arith.muli %v44, %v322 : i64
                %v1945 = arith.muli %v42, %v321 : i64
                %v1946 = arith.addi %v1944, %v1945 : i64
                %v1947 = arith.subi %v234, %v1938 : i64
                %v1948 = arith.muli %v1947, %v2 : i64
                %v1949 = arith.addi %v1946, %v1948 : i64
                %v1950 = llvm.getelementptr %dy_y[%v1949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1951 = llvm.load %v1950 : !llvm.ptr -> f32
                %v1952 = arith.mulf %v1931, %v1951 fastmath<contract> : f32
                %v1953 = arith.mulf %v1943, %v1952 fastmath<contract> : f32
                %v1954 = llvm.load %v50 : !llvm.ptr -> f32
                %v1955 = llvm.load %v52 : !llvm.ptr -> f32
                %v1956 = arith.mulf %v1955, %v1954 fastmath<contract> : f32
                %v1957 = arith.addf %v1953, %v1956 fastmath<contract> : f32
                llvm.store %v1957, %v50 : f32, !llvm.ptr
                %v1958 = arith.constant 8 : i64
                %v1959 = arith.addi %v1958, %v32 : i64
                %v1960 = arith.muli %v1959, %v240 : i64
                %v1961 = arith.subi %v1938, %v211 : i64
                %v1962 = arith.addi %v1960, %v1961 : i64
                %v1963 = llvm.getelementptr %v67[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
                %v1965 = arith.mulf %v1964, %v1952 fastmath<contract> : f32
                %v1966 = llvm.load %v51 : !llvm.ptr -> f32
                %v1967 = llvm.load %v53 : !llvm.ptr -> f32
                %v1968 = arith.mulf %v1967, %v1966 fastmath<contract> : f32
                %v1969 = arith.addf %v1965, %v1968 fastmath<contract> : f32
                llvm.store %v1969, %v51 : f32, !llvm.ptr
                scf.if %v1926 {
                  %v1970 = arith.muli %v44, %v117 : i64
                  %v1971 = arith.muli %v42, %v116 : i64
                  %v1972 = arith.addi %v1970, %v1971 : i64
                  %v1973 = arith.muli %v32, %v2 : i64
                  %v1974 = arith.addi %v1972, %v1973 : i64
                  %v1975 = llvm.getelementptr %dy_h_first[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
                  %v1977 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1978 = arith.addf %v1977, %v1976 fastmath<contract> : f32
                  llvm.store %v1978, %v50 : f32, !llvm.ptr
                  %v1979 = arith.muli %v44, %v117 : i64
                  %v1980 = arith.muli %v42, %v116 : i64
                  %v1981 = arith.addi %v1979, %v1980 : i64
                  %v1982 = arith.constant 8 : i64
                  %v1983 = arith.addi %v1982, %v32 : i64
                  %v1984 = arith.muli %v1983, %v2 : i64
                  %v1985 = arith.addi %v1981, %v1984 : i64
                  %v1986 = llvm.getelementptr %dy_h_first[%v1985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1987 = llvm.load %v1986 : !llvm.ptr -> f32
                  %v1988 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1989 = arith.addf %v1988, %v1987 fastmath<contract> : f32
                  llvm.store %v1989, %v51 : f32, !llvm.ptr
                }
                %v1990 = arith.muli %v42, %v395 : i64
                %v1991 = arith.muli %v32, %v2 : i64
                %v1992 = arith.addi %v1990, %v1991 : i64
                %v1993 = llvm.getelementptr %in_A[%v1992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1994 = llvm.load %v1993 : !llvm.ptr -> f32
                %v1995 = arith.mulf %v1927, %v1994 fastmath<contract> : f32
                %v1996 = arith.mulf %v1995, %v338 fastmath<contract> : f32
                %v1997 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1996) : (f32) -> f32
                %v1998 = llvm.load %v50 : !llvm.ptr -> f32
                %v1999 = arith.mulf %v617, %v1998 fastmath<contract> : f32
                %v2000 = arith.mulf %v1997, %v1999 fastmath<contract> : f32
                %v2001 = arith.mulf %v1927, %v2000 fastmath<contract> : f32
                %v2002 = llvm.load %v54 : !llvm.ptr -> f32
                %v2003 = arith.addf %v2002, %v2001 fastmath<contract> : f32
                llvm.store %v2003, %v54 : f32, !llvm.ptr
                %v2004 = arith.muli %v42, %v395 : i64
                %v2005 = arith.constant 8 : i64
                %v2006 = arith.addi %v2005, %v32 : i64
                %v2007 = arith.muli %v2006, %v2 : i64
                %v2008 = arith.addi %v2004, %v2007 : i64
                %v2009 = llvm.getelementptr %in_A[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2010 = llvm.load %v2009 : !llvm.ptr -> f32
                %v2011 = arith.mulf %v1927, %v2010 fastmath<contract> : f32
                %v2012 = arith.mulf %v2011, %v338 fastmath<contract> : f32
                %v2013 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2012) : (f32) -> f32
                %v2014 = llvm.load %v51 : !llvm.ptr -> f32
                %v2015 = arith.mulf %v637, %v2014 fastmath<contract> : f32
                %v2016 = arith.mulf %v2013, %v2015 fastmath<contract> : f32
                %v2017 = arith.mulf %v1927, %v2016 fastmath<contract> : f32
                %v2018 = llvm.load %v55 : !llvm.ptr -> f32
                %v2019 = arith.addf %v2018, %v2017 fastmath<contract> : f32
                llvm.store %v2019, %v55 : f32, !llvm.ptr
                %v2020 = arith.mulf %v1929, %v1998 fastmath<contract> : f32
                %v2021 = arith.select %v36, %v2020, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2022, %v2023 = gpu.shuffle xor %v2021, %v1018, %v387 : f32
                %v2024 = arith.addf %v2021, %v2022 fastmath<contract> : f32
                %v2025, %v2026 = gpu.shuffle xor %v2024, %v1022, %v387 : f32
                %v2027 = arith.addf %v2024, %v2025 fastmath<contract> : f32
                %v2028 = arith.divui %v17, %v19 : i64
                %v2029 = arith.remui %v17, %v19 : i64
                %v2030 = arith.cmpi ult, %v2029, %v31 : i64
                %v2031 = arith.addi %v70, %v32 : i64
                %v2032 = arith.muli %v2028, %v1 : i64
                %v2033 = arith.addi %v2032, %v2031 : i64
                %v2034 = arith.muli %v2033, %v1032 : i64
                %v2035 = arith.addi %v2034, %v1937 : i64
                scf.if %v2030 {
                  %v2036 = llvm.getelementptr %v61[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2027, %v2036 : f32, !llvm.ptr
                }
                %v2037 = arith.mulf %v1929, %v2014 fastmath<contract> : f32
                %v2038 = arith.select %v36, %v2037, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2039, %v2040 = gpu.shuffle xor %v2038, %v1018, %v387 : f32
                %v2041 = arith.addf %v2038, %v2039 fastmath<contract> : f32
                %v2042, %v2043 = gpu.shuffle xor %v2041, %v1022, %v387 : f32
                %v2044 = arith.addf %v2041, %v2042 fastmath<contract> : f32
                %v2045 = arith.divui %v17, %v19 : i64
                %v2046 = arith.remui %v17, %v19 : i64
                %v2047 = arith.cmpi ult, %v2046, %v31 : i64
                %v2048 = arith.addi %v31, %v32 : i64
                %v2049 = arith.muli %v2045, %v1 : i64
                %v2050 = arith.addi %v2049, %v2048 : i64
                %v2051 = arith.muli %v2050, %v1032 : i64
                %v2052 = arith.addi %v2051, %v1937 : i64
                scf.if %v2047 {
                  %v2053 = llvm.getelementptr %v61[%v2052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2044, %v2053 : f32, !llvm.ptr
                }
                %v2054 = arith.mulf %v661, %v1952 fastmath<contract> : f32
                %v2055 = arith.select %v36, %v2054, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2056, %v2057 = gpu.shuffle xor %v2055, %v1018, %v387 : f32
                %v2058 = arith.addf %v2055, %v2056 fastmath<contract> : f32
                %v2059, %v2060 = gpu.shuffle xor %v2058, %v1022, %v387 : f32
                %v2061 = arith.addf %v2058, %v2059 fastmath<contract> : f32
                %v2062 = arith.divui %v17, %v19 : i64
                %v2063 = arith.remui %v17, %v19 : i64
                %v2064 = arith.cmpi ult, %v2063, %v31 : i64
                %v2065 = arith.addi %v70, %v32 : i64
                %v2066 = arith.muli %v2062, %v1 : i64
                %v2067 = arith.addi %v2066, %v2065 : i64
                %v2068 = arith.muli %v2067, %v1032 : i64
                %v2069 = arith.addi %v2068, %v1937 : i64
                scf.if %v2064 {
                  %v2070 = llvm.getelementptr %v63[%v2069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2061, %v2070 : f32, !llvm.ptr
                }
                %v2071 = arith.mulf %v681, %v1952 fastmath<contract> : f32
                %v2072 = arith.select %v36, %v2071, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2073, %v2074 = gpu.shuffle xor %v2072, %v1018, %v387 : f32
                %v2075 = arith.addf %v2072, %v2073 fastmath<contract> : f32
                %v2076, %v2077 = gpu.shuffle xor %v2075, %v1022, %v387 : f32
                %v2078 = arith.addf %v2075, %v2076 fastmath<contract> : f32
                %v2079 = arith.divui %v17, %v19 : i64
                %v2080 = arith.remui %v17, %v19 : i64
                %v2081 = arith.cmpi ult, %v2080, %v31 : i64
                %v2082 = arith.addi %v31, %v32 : i64
                %v2083 = arith.muli %v2079, %v1 : i64
                %v2084 = arith.addi %v2083, %v2082 : i64
                %v2085 = arith.muli %v2084, %v1032 : i64
                %v2086 = arith.addi %v2085, %v1937 : i64
                scf.if %v2081 {
                  %v2087 = llvm.getelementptr %v63[%v2086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2078, %v2087 : f32, !llvm.ptr
                }
                %v2088 = arith.mulf %v1943, %v661 fastmath<contract> : f32
                %v2089 = arith.mulf %v1964, %v681 fastmath<contract> : f32
                %v2090 = arith.addf %v2088, %v2089 fastmath<contract> : f32
                llvm.store %v2090, %v899 : f32, !llvm.ptr
                %v2091 = arith.muli %v32, %v240 : i64
                %v2092 = arith.subi %v1938, %v211 : i64
                %v2093 = arith.addi %v2091, %v2092 : i64
                %v2094 = llvm.getelementptr %v65[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2095 = llvm.load %v2094 : !llvm.ptr -> f32
                %v2096 = arith.mulf %v2095, %v1998 fastmath<contract> : f32
                %v2097 = arith.constant 8 : i64
                %v2098 = arith.addi %v2097, %v32 : i64
                %v2099 = arith.muli %v2098, %v240 : i64
                %v2100 = arith.subi %v1938, %v211 : i64
                %v2101 = arith.addi %v2099, %v2100 : i64
                %v2102 = llvm.getelementptr %v65[%v2101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2103 = llvm.load %v2102 : !llvm.ptr -> f32
                %v2104 = arith.mulf %v2103, %v2014 fastmath<contract> : f32
                %v2105 = arith.addf %v2096, %v2104 fastmath<contract> : f32
                llvm.store %v2105, %v900 : f32, !llvm.ptr
                %v2106 = arith.mulf %v1994, %v1999 fastmath<contract> : f32
                %v2107 = arith.mulf %v1997, %v2106 fastmath<contract> : f32
                %v2108 = arith.mulf %v2010, %v2015 fastmath<contract> : f32
                %v2109 = arith.mulf %v2013, %v2108 fastmath<contract> : f32
                %v2110 = arith.addf %v2107, %v2109 fastmath<contract> : f32
                llvm.store %v2110, %v901 : f32, !llvm.ptr
                llvm.store %v1997, %v52 : f32, !llvm.ptr
                llvm.store %v2013, %v53 : f32, !llvm.ptr
              }
              %v2111 = llvm.load %v899 : !llvm.ptr -> f32
              %v2112 = arith.select %v904, %v2111, %v1921 : f32
              %v2113 = arith.select %v904, %v1921, %v2111 : f32
              %v2114, %v2115 = gpu.shuffle xor %v2112, %v1304, %v387 : f32
              %v2116 = arith.addf %v2113, %v2114 fastmath<contract> : f32
              %v2117 = llvm.load %v900 : !llvm.ptr -> f32
              %v2118 = arith.select %v904, %v2117, %v1922 : f32
              %v2119 = arith.select %v904, %v1922, %v2117 : f32
              %v2120, %v2121 = gpu.shuffle xor %v2118, %v1304, %v387 : f32
              %v2122 = arith.addf %v2119, %v2120 fastmath<contract> : f32
              %v2123 = llvm.load %v901 : !llvm.ptr -> f32
              %v2124 = arith.select %v904, %v2123, %v1923 : f32
              %v2125 = arith.select %v904, %v1923, %v2123 : f32
              %v2126, %v2127 = gpu.shuffle xor %v2124, %v1304, %v387 : f32
              %v2128 = arith.addf %v2125, %v2126 fastmath<contract> : f32
              %v2129 = arith.addi %v452, %v2 : i64
              %v2130 = arith.cmpi slt, %v1304, %v912 : i32
              %v2131 = arith.cmpi eq, %v1304, %v918 : i32
              %v2132, %v2133 = gpu.shuffle idx %v514, %v173, %v387 : f32
              %v2134, %v2135 = gpu.shuffle idx %v523, %v173, %v387 : f32
              %v2136, %v2137 = gpu.shuffle idx %v537, %v173, %v387 : f32
              %v2138, %v2139 = gpu.shuffle idx %v546, %v173, %v387 : f32
              %v2140, %v2141 = gpu.shuffle idx %v551, %v173, %v387 : f32
              %v2142 = arith.addi %v454, %v812 : i64
              llvm.store %v68, %v899 : f32, !llvm.ptr
              llvm.store %v68, %v900 : f32, !llvm.ptr
              llvm.store %v68, %v901 : f32, !llvm.ptr
              scf.if %v2130 {
                %v2143 = arith.addi %v211, %v2129 : i64
                %v2144 = arith.muli %v32, %v240 : i64
                %v2145 = arith.subi %v2143, %v211 : i64
                %v2146 = arith.addi %v2144, %v2145 : i64
                %v2147 = llvm.getelementptr %v67[%v2146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
                %v2149 = arith.muli %v44, %v322 : i64
                %v2150 = arith.muli %v42, %v321 : i64
                %v2151 = arith.addi %v2149, %v2150 : i64
                %v2152 = arith.subi %v234, %v2143 : i64
                %v2153 = arith.muli %v2152, %v2 : i64
                %v2154 = arith.addi %v2151, %v2153 : i64
                %v2155 = llvm.getelementptr %dy_y[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2156 = llvm.load %v2155 : !llvm.ptr -> f32
                %v2157 = arith.mulf %v2136, %v2156 fastmath<contract> : f32
                %v2158 = arith.mulf %v2148, %v2157 fastmath<contract> : f32
                %v2159 = llvm.load %v50 : !llvm.ptr -> f32
                %v2160 = llvm.load %v52 : !llvm.ptr -> f32
                %v2161 = arith.mulf %v2160, %v2159 fastmath<contract> : f32
                %v2162 = arith.addf %v2158, %v2161 fastmath<contract> : f32
                llvm.store %v2162, %v50 : f32, !llvm.ptr
                %v2163 = arith.constant 8 : i64
                %v2164 = arith.addi %v2163, %v32 : i64
                %v2165 = arith.muli %v2164, %v240 : i64
                %v2166 = arith.subi %v2143, %v211 : i64
                %v2167 = arith.addi %v2165, %v2166 : i64
                %v2168 = llvm.getelementptr %v67[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
                %v2170 = arith.mulf %v2169, %v2157 fastmath<contract> : f32
                %v2171 = llvm.load %v51 : !llvm.ptr -> f32
                %v2172 = llvm.load %v53 : !llvm.ptr -> f32
                %v2173 = arith.mulf %v2172, %v2171 fastmath<contract> : f32
                %v2174 = arith.addf %v2170, %v2173 fastmath<contract> : f32
                llvm.store %v2174, %v51 : f32, !llvm.ptr
                scf.if %v2131 {
                  %v2175 = arith.muli %v44, %v117 : i64
                  %v2176 = arith.muli %v42, %v116 : i64
                  %v2177 = arith.addi %v2175, %v2176 : i64
                  %v2178 = arith.muli %v32, %v2 : i64
                  %v2179 = arith.addi %v2177, %v2178 : i64
                  %v2180 = llvm.getelementptr %dy_h_first[%v2179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2181 = llvm.load %v2180 : !llvm.ptr -> f32
                  %v2182 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2183 = arith.addf %v2182, %v2181 fastmath<contract> : f32
                  llvm.store %v2183, %v50 : f32, !llvm.ptr
                  %v2184 = arith.muli %v44, %v117 : i64
                  %v2185 = arith.muli %v42, %v116 : i64
                  %v2186 = arith.addi %v2184, %v2185 : i64
                  %v2187 = arith.constant 8 : i64
                  %v2188 = arith.addi %v2187, %v32 : i64
                  %v2189 = arith.muli %v2188, %v2 : i64
                  %v2190 = arith.addi %v2186, %v2189 : i64
                  %v2191 = llvm.getelementptr %dy_h_first[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
                  %v2193 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2194 = arith.addf %v2193, %v2192 fastmath<contract> : f32
                  llvm.store %v2194, %v51 : f32, !llvm.ptr
                }
                %v2195 = arith.muli %v42, %v395 : i64
                %v2196 = arith.muli %v32, %v2 : i64
                %v2197 = arith.addi %v2195, %v2196 : i64
                %v2198 = llvm.getelementptr %in_A[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
                %v2200 = arith.mulf %v2132, %v2199 fastmath<contract> : f32
                %v2201 = arith.mulf %v2200, %v338 fastmath<contract> : f32
                %v2202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2201) : (f32) -> f32
                %v2203 = llvm.load %v50 : !llvm.ptr -> f32
                %v2204 = arith.mulf %v574, %v2203 fastmath<contract> : f32
                %v2205 = arith.mulf %v2202, %v2204 fastmath<contract> : f32
                %v2206 = arith.mulf %v2132, %v2205 fastmath<contract> : f32
                %v2207 = llvm.load %v54 : !llvm.ptr -> f32
                %v2208 = arith.addf %v2207, %v2206 fastmath<contract> : f32
                llvm.store %v2208, %v54 : f32, !llvm.ptr
                %v2209 = arith.muli %v42, %v395 : i64
                %v2210 = arith.constant 8 : i64
                %v2211 = arith.addi %v2210, %v32 : i64
                %v2212 = arith.muli %v2211, %v2 : i64
                %v2213 = arith.addi %v2209, %v2212 : i64
                %v2214 = llvm.getelementptr %in_A[%v2213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2215 = llvm.load %v2214 : !llvm.ptr -> f32
                %v2216 = arith.mulf %v2132, %v2215 fastmath<contract> : f32
                %v2217 = arith.mulf %v2216, %v338 fastmath<contract> : f32
                %v2218 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2217) : (f32) -> f32
                %v2219 = llvm.load %v51 : !llvm.ptr -> f32
                %v2220 = arith.mulf %v594, %v2219 fastmath<contract> : f32
                %v2221 = arith.mulf %v2218, %v2220 fastmath<contract> : f32
                %v2222 = arith.mulf %v2132, %v2221 fastmath<contract> : f32
                %v2223 = llvm.load %v55 : !llvm.ptr -> f32
                %v2224 = arith.addf %v2223, %v2222 fastmath<contract> : f32
                llvm.store %v2224, %v55 : f32, !llvm.ptr
                %v2225 = arith.mulf %v2134, %v2203 fastmath<contract> : f32
                %v2226 = arith.select %v36, %v2225, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2227, %v2228 = gpu.shuffle xor %v2226, %v1018, %v387 : f32
                %v2229 = arith.addf %v2226, %v2227 fastmath<contract> : f32
                %v2230, %v2231 = gpu.shuffle xor %v2229, %v1022, %v387 : f32
                %v2232 = arith.addf %v2229, %v2230 fastmath<contract> : f32
                %v2233 = arith.divui %v17, %v19 : i64
                %v2234 = arith.remui %v17, %v19 : i64
                %v2235 = arith.cmpi ult, %v2234, %v31 : i64
                %v2236 = arith.addi %v70, %v32 : i64
                %v2237 = arith.muli %v2233, %v1 : i64
                %v2238 = arith.addi %v2237, %v2236 : i64
                %v2239 = arith.muli %v2238, %v1032 : i64
                %v2240 = arith.addi %v2239, %v2142 : i64
                scf.if %v2235 {
                  %v2241 = llvm.getelementptr %v61[%v2240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2232, %v2241 : f32, !llvm.ptr
                }
                %v2242 = arith.mulf %v2134, %v2219 fastmath<contract> : f32
                %v2243 = arith.select %v36, %v2242, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2244, %v2245 = gpu.shuffle xor %v2243, %v1018, %v387 : f32
                %v2246 = arith.addf %v2243, %v2244 fastmath<contract> : f32
                %v2247, %v2248 = gpu.shuffle xor %v2246, %v1022, %v387 : f32
                %v2249 = arith.addf %v2246, %v2247 fastmath<contract> : f32
                %v2250 = arith.divui %v17, %v19 : i64
                %v2251 = arith.remui %v17, %v19 : i64
                %v2252 = arith.cmpi ult, %v2251, %v31 : i64
                %v2253 = arith.addi %v31, %v32 : i64
                %v2254 = arith.muli %v2250, %v1 : i64
                %v2255 = arith.addi %v2254, %v2253 : i64
                %v2256 = arith.muli %v2255, %v1032 : i64
                %v2257 = arith.addi %v2256, %v2142 : i64
                scf.if %v2252 {
                  %v2258 = llvm.getelementptr %v61[%v2257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2249, %v2258 : f32, !llvm.ptr
                }
                %v2259 = arith.mulf %v617, %v2157 fastmath<contract> : f32
                %v2260 = arith.select %v36, %v2259, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2261, %v2262 = gpu.shuffle xor %v2260, %v1018, %v387 : f32
                %v2263 = arith.addf %v2260, %v2261 fastmath<contract> : f32
                %v2264, %v2265 = gpu.shuffle xor %v2263, %v1022, %v387 : f32
                %v2266 = arith.addf %v2263, %v2264 fastmath<contract> : f32
                %v2267 = arith.divui %v17, %v19 : i64
                %v2268 = arith.remui %v17, %v19 : i64
                %v2269 = arith.cmpi ult, %v2268, %v31 : i64
                %v2270 = arith.addi %v70, %v32 : i64
                %v2271 = arith.muli %v2267, %v1 : i64
                %v2272 = arith.addi %v2271, %v2270 : i64
                %v2273 = arith.muli %v2272, %v1032 : i64
                %v2274 = arith.addi %v2273, %v2142 : i64
                scf.if %v2269 {
                  %v2275 = llvm.getelementptr %v63[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2266, %v2275 : f32, !llvm.ptr
                }
                %v2276 = arith.mulf %v637, %v2157 fastmath<contract> : f32
                %v2277 = arith.select %v36, %v2276, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2278, %v2279 = gpu.shuffle xor %v2277, %v1018, %v387 : f32
                %v2280 = arith.addf %v2277, %v2278 fastmath<contract> : f32
                %v2281, %v2282 = gpu.shuffle xor %v2280, %v1022, %v387 : f32
                %v2283 = arith.addf %v2280, %v2281 fastmath<contract> : f32
                %v2284 = arith.divui %v17, %v19 : i64
                %v2285 = arith.remui %v17, %v19 : i64
                %v2286 = arith.cmpi ult, %v2285, %v31 : i64
                %v2287 = arith.addi %v31, %v32 : i64
                %v2288 = arith.muli %v2284, %v1 : i64
                %v2289 = arith.addi %v2288, %v2287 : i64
                %v2290 = arith.muli %v2289, %v1032 : i64
                %v2291 = arith.addi %v2290, %v2142 : i64
                scf.if %v2286 {
                  %v2292 = llvm.getelementptr %v63[%v2291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2283, %v2292 : f32, !llvm.ptr
                }
                %v2293 = arith.mulf %v2148, %v617 fastmath<contract> : f32
                %v2294 = arith.mulf %v2169, %v637 fastmath<contract> : f32
                %v2295 = arith.addf %v2293, %v2294 fastmath<contract> : f32
                llvm.store %v2295, %v899 : f32, !llvm.ptr
                %v2296 = arith.muli %v32, %v240 : i64
                %v2297 = arith.subi %v2143, %v211 : i64
                %v2298 = arith.addi %v2296, %v2297 : i64
                %v2299 = llvm.getelementptr %v65[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2300 = llvm.load %v2299 : !llvm.ptr -> f32
                %v2301 = arith.mulf %v2300, %v2203 fastmath<contract> : f32
                %v2302 = arith.constant 8 : i64
                %v2303 = arith.addi %v2302, %v32 : i64
                %v2304 = arith.muli %v2303, %v240 : i64
                %v2305 = arith.subi %v2143, %v211 : i64
                %v2306 = arith.addi %v2304, %v2305 : i64
                %v2307 = llvm.getelementptr %v65[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2308 = llvm.load %v2307 : !llvm.ptr -> f32
                %v2309 = arith.mulf %v2308, %v2219 fastmath<contract> : f32
                %v2310 = arith.addf %v2301, %v2309 fastmath<contract> : f32
                llvm.store %v2310, %v900 : f32, !llvm.ptr
                %v2311 = arith.mulf %v2199, %v2204 fastmath<contract> : f32
                %v2312 = arith.mulf %v2202, %v2311 fastmath<contract> : f32
                %v2313 = arith.mulf %v2215, %v2220 fastmath<contract> : f32
                %v2314 = arith.mulf %v2218, %v2313 fastmath<contract> : f32
                %v2315 = arith.addf %v2312, %v2314 fastmath<contract> : f32
                llvm.store %v2315, %v901 : f32, !llvm.ptr
                llvm.store %v2202, %v52 : f32, !llvm.ptr
                llvm.store %v2218, %v53 : f32, !llvm.ptr
              }
              %v2316 = llvm.load %v899 : !llvm.ptr -> f32
              %v2317 = llvm.load %v900 : !llvm.ptr -> f32
              %v2318 = llvm.load %v901 : !llvm.ptr -> f32
              %v2319 = arith.addi %v452, %v70 : i64
              %v2321 = arith.cmpi slt, %v2320, %v912 : i32
              %v2322 = arith.cmpi eq, %v2320, %v918 : i32
              %v2323, %v2324 = gpu.shuffle idx %v514, %v169, %v387 : f32
              %v2325, %v2326 = gpu.shuffle idx %v523, %v169, %v387 : f32
              %v2327, %v2328 = gpu.shuffle idx %v537, %v169, %v387 : f32
              %v2329, %v2330 = gpu.shuffle idx %v546, %v169, %v387 : f32
              %v2331, %v2332 = gpu.shuffle idx %v551, %v169, %v387 : f32
              %v2333 = arith.addi %v454, %v161 : i64
              llvm.store %v68, %v899 : f32, !llvm.ptr
              llvm.store %v68, %v900 : f32, !llvm.ptr
              llvm.store %v68, %v901 : f32, !llvm.ptr
              scf.if %v2321 {
                %v2334 = arith.addi %v211, %v2319 : i64
                %v2335 = arith.muli %v32, %v240 : i64
                %v2336 = arith.subi %v2334, %v211 : i64
                %v2337 = arith.addi %v2335, %v2336 : i64
                %v2338 = llvm.getelementptr %v67[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2339 = llvm.load %v2338 : !llvm.ptr -> f32
                %v2340 = arith.muli %v44, %v322 : i64
                %v2341 = arith.muli %v42, %v321 : i64
                %v2342 = arith.addi %v2340, %v2341 : i64
                %v2343 = arith.subi %v234, %v2334 : i64
                %v2344 = arith.muli %v2343, %v2 : i64
                %v2345 = arith.addi %v2342, %v2344 : i64
                %v2346 = llvm.getelementptr %dy_y[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2347 = llvm.load %v2346 : !llvm.ptr -> f32
                %v2348 = arith.mulf %v2327, %v2347 fastmath<contract> : f32
                %v2349 = arith.mulf %v2339, %v2348 fastmath<contract> : f32
                %v2350 = llvm.load %v50 : !llvm.ptr -> f32
                %v2351 = llvm.load %v52 : !llvm.ptr -> f32
                %v2352 = arith.mulf %v2351, %v2350 fastmath<contract> : f32
                %v2353 = arith.addf %v2349, %v2352 fastmath<contract> : f32
                llvm.store %v2353, %v50 : f32, !llvm.ptr
                %v2354 = arith.constant 8 : i64
                %v2355 = arith.addi %v2354, %v32 : i64
                %v2356 = arith.muli %v2355, %v240 : i64
                %v2357 = arith.subi %v2334, %v211 : i64
                %v2358 = arith.addi %v2356, %v2357 : i64
                %v2359 = llvm.getelementptr %v67[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2360 = llvm.load %v2359 : !llvm.ptr -> f32
                %v2361 = arith.mulf %v2360, %v2348 fastmath<contract> : f32
                %v2362 = llvm.load %v51 : !llvm.ptr -> f32
                %v2363 = llvm.load %v53 : !llvm.ptr -> f32
                %v2364 = arith.mulf %v2363, %v2362 fastmath<contract> : f32
                %v2365 = arith.addf %v2361, %v2364 fastmath<contract> : f32
                llvm.store %v2365, %v51 : f32, !llvm.ptr
                scf.if %v2322 {
                  %v2366 = arith.muli %v44, %v117 : i64
                  %v2367 = arith.muli %v42, %v116 : i64
                  %v2368 = arith.addi %v2366, %v2367 : i64
                  %v2369 = arith.muli %v32, %v2 : i64
                  %v2370 = arith.addi %v2368, %v2369 : i64
                  %v2371 = llvm.getelementptr %dy_h_first[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2372 = llvm.load %v2371 : !llvm.ptr -> f32
                  %v2373 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2374 = arith.addf %v2373, %v2372 fastmath<contract> : f32
                  llvm.store %v2374, %v50 : f32, !llvm.ptr
                  %v2375 = arith.muli %v44, %v117 : i64
                  %v2376 = arith.muli %v42, %v116 : i64
                  %v2377 = arith.addi %v2375, %v2376 : i64
                  %v2378 = arith.constant 8 : i64
                  %v2379 = arith.addi %v2378, %v32 : i64
                  %v2380 = arith.muli %v2379, %v2 : i64
                  %v2381 = arith.addi %v2377, %v2380 : i64
                  %v2382 = llvm.getelementptr %dy_h_first[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2383 = llvm.load %v2382 : !llvm.ptr -> f32
                  %v2384 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2385 = arith.addf %v2384, %v2383 fastmath<contract> : f32
                  llvm.store %v2385, %v51 : f32, !llvm.ptr
                }
                %v2386 = arith.muli %v42, %v395 : i64
                %v2387 = arith.muli %v32, %v2 : i64
                %v2388 = arith.addi %v2386, %v2387 : i64
                %v2389 = llvm.getelementptr %in_A[%v2388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2390 = llvm.load %v2389 : !llvm.ptr -> f32
                %v2391 = arith.mulf %v2323, %v2390 fastmath<contract> : f32
                %v2392 = arith.mulf %v2391, %v338 fastmath<contract> : f32
                %v2393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2392) : (f32) -> f32
                %v2394 = llvm.load %v50 : !llvm.ptr -> f32
                %v2395 = arith.mulf %v465, %v2394 fastmath<contract> : f32
                %v2396 = arith.mulf %v2393, %v2395 fastmath<contract> : f32
                %v2397 = arith.mulf %v2323, %v2396 fastmath<contract> : f32
                %v2398 = llvm.load %v54 : !llvm.ptr -> f32
                %v2399 = arith.addf %v2398, %v2397 fastmath<contract> : f32
                llvm.store %v2399, %v54 : f32, !llvm.ptr
                %v2400 = arith.muli %v42, %v395 : i64
                %v2401 = arith.constant 8 : i64
                %v2402 = arith.addi %v2401, %v32 : i64
                %v2403 = arith.muli %v2402, %v2 : i64
                %v2404 = arith.addi %v2400, %v2403 : i64
                %v2405 = llvm.getelementptr %in_A[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2406 = llvm.load %v2405 : !llvm.ptr -> f32
                %v2407 = arith.mulf %v2323, %v2406 fastmath<contract> : f32
                %v2408 = arith.mulf %v2407, %v338 fastmath<contract> : f32
                %v2409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2408) : (f32) -> f32
                %v2410 = llvm.load %v51 : !llvm.ptr -> f32
                %v2411 = arith.mulf %v474, %v2410 fastmath<contract> : f32
                %v2412 = arith.mulf %v2409, %v2411 fastmath<contract> : f32
                %v2413 = arith.mulf %v2323, %v2412 fastmath<contract> : f32
                %v2414 = llvm.load %v55 : !llvm.ptr -> f32
                %v2415 = arith.addf %v2414, %v2413 fastmath<contract> : f32
                llvm.store %v2415, %v55 : f32, !llvm.ptr
                %v2416 = arith.mulf %v2325, %v2394 fastmath<contract> : f32
                %v2417 = arith.select %v36, %v2416, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2418, %v2419 = gpu.shuffle xor %v2417, %v1018, %v387 : f32
                %v2420 = arith.addf %v2417, %v2418 fastmath<contract> : f32
                %v2421, %v2422 = gpu.shuffle xor %v2420, %v1022, %v387 : f32
                %v2423 = arith.addf %v2420, %v2421 fastmath<contract> : f32
                %v2424 = arith.divui %v17, %v19 : i64
                %v2425 = arith.remui %v17, %v19 : i64
                %v2426 = arith.cmpi ult, %v2425, %v31 : i64
                %v2427 = arith.addi %v70, %v32 : i64
                %v2428 = arith.muli %v2424, %v1 : i64
                %v2429 = arith.addi %v2428, %v2427 : i64
                %v2430 = arith.muli %v2429, %v1032 : i64
                %v2431 = arith.addi %v2430, %v2333 : i64
                scf.if %v2426 {
                  %v2432 = llvm.getelementptr %v61[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2423, %v2432 : f32, !llvm.ptr
                }
                %v2433 = arith.mulf %v2325, %v2410 fastmath<contract> : f32
                %v2434 = arith.select %v36, %v2433, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2435, %v2436 = gpu.shuffle xor %v2434, %v1018, %v387 : f32
                %v2437 = arith.addf %v2434, %v2435 fastmath<contract> : f32
                %v2438, %v2439 = gpu.shuffle xor %v2437, %v1022, %v387 : f32
                %v2440 = arith.addf %v2437, %v2438 fastmath<contract> : f32
                %v2441 = arith.divui %v17, %v19 : i64
                %v2442 = arith.remui %v17, %v19 : i64
                %v2443 = arith.cmpi ult, %v2442, %v31 : i64
                %v2444 = arith.addi %v31, %v32 : i64
                %v2445 = arith.muli %v2441, %v1 : i64
                %v2446 = arith.addi %v2445, %v2444 : i64
                %v2447 = arith.muli %v2446, %v1032 : i64
                %v2448 = arith.addi %v2447, %v2333 : i64
                scf.if %v2443 {
                  %v2449 = llvm.getelementptr %v61[%v2448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2440, %v2449 : f32, !llvm.ptr
                }
                %v2450 = arith.mulf %v574, %v2348 fastmath<contract> : f32
                %v2451 = arith.select %v36, %v2450, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2452, %v2453 = gpu.shuffle xor %v2451, %v1018, %v387 : f32
                %v2454 = arith.addf %v2451, %v2452 fastmath<contract> : f32
                %v2455, %v2456 = gpu.shuffle xor %v2454, %v1022, %v387 : f32
                %v2457 = arith.addf %v2454, %v2455 fastmath<contract> : f32
                %v2458 = arith.divui %v17, %v19 : i64
                %v2459 = arith.remui %v17, %v19 : i64
                %v2460 = arith.cmpi ult, %v2459, %v31 : i64
                %v2461 = arith.addi %v70, %v32 : i64
                %v2462 = arith.muli %v2458, %v1 : i64
                %v2463 = arith.addi %v2462, %v2461 : i64
                %v2464 = arith.muli %v2463, %v1032 : i64
                %v2465 = arith.addi %v2464, %v2333 : i64
                scf.if %v2460 {
                  %v2466 = llvm.getelementptr %v63[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2457, %v2466 : f32, !llvm.ptr
                }
                %v2467 = arith.mulf %v594, %v2348 fastmath<contract> : f32
                %v2468 = arith.select %v36, %v2467, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2469, %v2470 = gpu.shuffle xor %v2468, %v1018, %v387 : f32
                %v2471 = arith.addf %v2468, %v2469 fastmath<contract> : f32
                %v2472, %v2473 = gpu.shuffle xor %v2471, %v1022, %v387 : f32
                %v2474 = arith.addf %v2471, %v2472 fastmath<contract> : f32
                %v2475 = arith.divui %v17, %v19 : i64
                %v2476 = arith.remui %v17, %v19 : i64
                %v2477 = arith.cmpi ult, %v2476, %v31 : i64
                %v2478 = arith.addi %v31, %v32 : i64
                %v2479 = arith.muli %v2475, %v1 : i64
                %v2480 = arith.addi %v2479, %v2478 : i64
                %v2481 = arith.muli %v2480, %v1032 : i64
                %v2482 = arith.addi %v2481, %v2333 : i64
                scf.if %v2477 {
                  %v2483 = llvm.getelementptr %v63[%v2482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2474, %v2483 : f32, !llvm.ptr
                }
                %v2484 = arith.mulf %v2339, %v574 fastmath<contract> : f32
                %v2485 = arith.mulf %v2360, %v594 fastmath<contract> : f32
                %v2486 = arith.addf %v2484, %v2485 fastmath<contract> : f32
                llvm.store %v2486, %v899 : f32, !llvm.ptr
                %v2487 = arith.muli %v32, %v240 : i64
                %v2488 = arith.subi %v2334, %v211 : i64
                %v2489 = arith.addi %v2487, %v2488 : i64
                %v2490 = llvm.getelementptr %v65[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2491 = llvm.load %v2490 : !llvm.ptr -> f32
                %v2492 = arith.mulf %v2491, %v2394 fastmath<contract> : f32
                %v2493 = arith.constant 8 : i64
                %v2494 = arith.addi %v2493, %v32 : i64
                %v2495 = arith.muli %v2494, %v240 : i64
                %v2496 = arith.subi %v2334, %v211 : i64
                %v2497 = arith.addi %v2495, %v2496 : i64
                %v2498 = llvm.getelementptr %v65[%v2497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2499 = llvm.load %v2498 : !llvm.ptr -> f32
                %v2500 = arith.mulf %v2499, %v2410 fastmath<contract> : f32
                %v2501 = arith.addf %v2492, %v2500 fastmath<contract> : f32
                llvm.store %v2501, %v900 : f32, !llvm.ptr
                %v2502 = arith.mulf %v2390, %v2395 fastmath<contract> : f32
                %v2503 = arith.mulf %v2393, %v2502 fastmath<contract> : f32
                %v2504 = arith.mulf %v2406, %v2411 fastmath<contract> : f32
                %v2505 = arith.mulf %v2409, %v2504 fastmath<contract> : f32
                %v2506 = arith.addf %v2503, %v2505 fastmath<contract> : f32
                llvm.store %v2506, %v901 : f32, !llvm.ptr
                llvm.store %v2393, %v52 : f32, !llvm.ptr
                llvm.store %v2409, %v53 : f32, !llvm.ptr
              }
              %v2507 = llvm.load %v899 : !llvm.ptr -> f32
              %v2508 = arith.select %v904, %v2507, %v2316 : f32
              %v2509 = arith.select %v904, %v2316, %v2507 : f32
              %v2510, %v2511 = gpu.shuffle xor %v2508, %v1304, %v387 : f32
              %v2512 = arith.addf %v2509, %v2510 fastmath<contract> : f32
              %v2513 = arith.select %v907, %v2512, %v2116 : f32
              %v2514 = arith.select %v907, %v2116, %v2512 : f32
              %v2515, %v2516 = gpu.shuffle xor %v2513, %v1707, %v387 : f32
              %v2517 = arith.addf %v2514, %v2515 fastmath<contract> : f32
              %v2518 = arith.select %v910, %v2517, %v1710 : f32
              %v2519 = arith.select %v910, %v1710, %v2517 : f32
              %v2520, %v2521 = gpu.shuffle xor %v2518, %v1512, %v387 : f32
              %v2522 = arith.addf %v2519, %v2520 fastmath<contract> : f32
              %v2523 = llvm.load %v900 : !llvm.ptr -> f32
              %v2524 = arith.select %v904, %v2523, %v2317 : f32
              %v2525 = arith.select %v904, %v2317, %v2523 : f32
              %v2526, %v2527 = gpu.shuffle xor %v2524, %v1304, %v387 : f32
              %v2528 = arith.addf %v2525, %v2526 fastmath<contract> : f32
              %v2529 = arith.select %v907, %v2528, %v2122 : f32
              %v2530 = arith.select %v907, %v2122, %v2528 : f32
              %v2531, %v2532 = gpu.shuffle xor %v2529, %v1707, %v387 : f32
              %v2533 = arith.addf %v2530, %v2531 fastmath<contract> : f32
              %v2534 = arith.select %v910, %v2533, %v1721 : f32
              %v2535 = arith.select %v910, %v1721, %v2533 : f32
              %v2536, %v2537 = gpu.shuffle xor %v2534, %v1512, %v387 : f32
              %v2538 = arith.addf %v2535, %v2536 fastmath<contract> : f32
              %v2539 = llvm.load %v901 : !llvm.ptr -> f32
              %v2540 = arith.select %v904, %v2539, %v2318 : f32
              %v2541 = arith.select %v904, %v2318, %v2539 : f32
              %v2542, %v2543 = gpu.shuffle xor %v2540, %v1304, %v387 : f32
              %v2544 = arith.addf %v2541, %v2542 fastmath<contract> : f32
              %v2545 = arith.select %v907, %v2544, %v2128 : f32
              %v2546 = arith.select %v907, %v2128, %v2544 : f32
              %v2547, %v2548 = gpu.shuffle xor %v2545, %v1707, %v387 : f32
              %v2549 = arith.addf %v2546, %v2547 fastmath<contract> : f32
              %v2550 = arith.select %v910, %v2549, %v1732 : f32
              %v2551 = arith.select %v910, %v1732, %v2549 : f32
              %v2552, %v2553 = gpu.shuffle xor %v2550, %v1512, %v387 : f32
              %v2554 = arith.addf %v2551, %v2552 fastmath<contract> : f32
              %v2555 = arith.addi %v452, %v32 : i64
              %v2556 = arith.cmpi slt, %v2555, %v213 : i64
              %v2557 = arith.andi %v36, %v2556 : i1
              scf.if %v2557 {
                %v2558 = arith.addi %v211, %v2555 : i64
                // the gradients of this lane's own step
                %v2559 = arith.muli %v42, %v2 : i64
                %v2560 = llvm.getelementptr %in_Dskip[%v2559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2561 = llvm.load %v2560 : !llvm.ptr -> f32
                %v2562 = arith.muli %v44, %v322 : i64
                %v2563 = arith.muli %v42, %v321 : i64
                %v2564 = arith.addi %v2562, %v2563 : i64
                %v2565 = arith.subi %v234, %v2558 : i64
                %v2566 = arith.muli %v2565, %v2 : i64
                %v2567 = arith.addi %v2564, %v2566 : i64
                %v2568 = llvm.getelementptr %dy_y[%v2567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2569 = llvm.load %v2568 : !llvm.ptr -> f32
                %v2570 = arith.mulf %v537, %v2569 fastmath<contract> : f32
                %v2571 = arith.mulf %v2561, %v2570 fastmath<contract> : f32
                %v2572 = arith.mulf %v514, %v2538 fastmath<contract> : f32
                %v2573 = arith.addf %v2571, %v2572 fastmath<contract> : f32
                %v2574 = arith.muli %v44, %v322 : i64
                %v2575 = arith.muli %v42, %v321 : i64
                %v2576 = arith.addi %v2574, %v2575 : i64
                %v2577 = arith.subi %v234, %v2558 : i64
                %v2578 = arith.muli %v2577, %v2 : i64
                %v2579 = arith.addi %v2576, %v2578 : i64
                %v2580 = llvm.getelementptr %dx_u[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2573, %v2580 : f32, !llvm.ptr
                %v2581 = arith.muli %v44, %v322 : i64
                %v2582 = arith.muli %v42, %v321 : i64
                %v2583 = arith.addi %v2581, %v2582 : i64
                %v2584 = arith.subi %v234, %v2558 : i64
                %v2585 = arith.muli %v2584, %v2 : i64
                %v2586 = arith.addi %v2583, %v2585 : i64
                %v2587 = llvm.getelementptr %in_u[%v2586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2588 = llvm.load %v2587 : !llvm.ptr -> f32
                %v2589 = arith.mulf %v2588, %v2538 fastmath<contract> : f32
                %v2590 = arith.addf %v2589, %v2554 fastmath<contract> : f32
                %v2591 = arith.mulf %v2590, %v551 fastmath<contract> : f32
                %v2592 = arith.muli %v44, %v322 : i64
                %v2593 = arith.muli %v42, %v321 : i64
                %v2594 = arith.addi %v2592, %v2593 : i64
                %v2595 = arith.subi %v234, %v2558 : i64
                %v2596 = arith.muli %v2595, %v2 : i64
                %v2597 = arith.addi %v2594, %v2596 : i64
                %v2598 = llvm.getelementptr %dx_delta[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2591, %v2598 : f32, !llvm.ptr
                %v2599 = arith.mulf %v2588, %v2561 fastmath<contract> : f32
                %v2600 = arith.addf %v2522, %v2599 fastmath<contract> : f32
                %v2601 = arith.mulf %v2600, %v2569 fastmath<contract> : f32
                %v2602 = arith.mulf %v2601, %v546 fastmath<contract> : f32
                %v2603 = arith.muli %v44, %v322 : i64
                %v2604 = arith.muli %v42, %v321 : i64
                %v2605 = arith.addi %v2603, %v2604 : i64
                %v2606 = arith.subi %v234, %v2558 : i64
                %v2607 = arith.muli %v2606, %v2 : i64
                %v2608 = arith.addi %v2605, %v2607 : i64
                %v2609 = llvm.getelementptr %dx_z[%v2608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2602, %v2609 : f32, !llvm.ptr
                %v2610 = arith.mulf %v2588, %v2570 fastmath<contract> : f32
                %v2611 = llvm.load %v56 : !llvm.ptr -> f32
                %v2612 = arith.addf %v2611, %v2610 fastmath<contract> : f32
                llvm.store %v2612, %v56 : f32, !llvm.ptr
                %v2613 = llvm.load %v57 : !llvm.ptr -> f32
                %v2614 = arith.addf %v2613, %v2591 fastmath<contract> : f32
                llvm.store %v2614, %v57 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2619 = arith.index_cast %v17 : i64 to index
          %v2620 = arith.index_cast %v2618 : i64 to index
          %v2621 = arith.index_cast %v7 : i64 to index
          scf.for %v2622 = %v2619 to %v2620 step %v2621 {
            %v2623 = arith.index_cast %v2622 : index to i64
            %v2624 = arith.remui %v2623, %v19 : i64
            %v2625 = arith.divui %v2623, %v19 : i64
            %v2626 = arith.muli %v441, %v46 : i64
            %v2627 = arith.divui %v2624, %v31 : i64
            %v2628 = arith.addi %v2626, %v2627 : i64
            %v2629 = arith.cmpi slt, %v2628, %v215 : i64
            %v2630 = arith.subi %v215, %v2 : i64
            %v2631 = arith.subi %v2630, %v2628 : i64
            %v2632 = arith.remui %v2624, %v31 : i64
            %v2633 = arith.subi %v161, %v2632 : i64
            %v2634 = arith.muli %v2631, %v31 : i64
            %v2635 = arith.addi %v2634, %v2633 : i64
            %v2636 = arith.cmpi slt, %v2635, %v213 : i64
            %v2637 = arith.andi %v2629, %v2636 : i1
            scf.if %v2637 {
              %v2638 = arith.addi %v211, %v2635 : i64
              %v2639 = arith.muli %v70, %v1 : i64
              %v2640 = arith.addi %v2639, %v2625 : i64
              %v2641 = arith.muli %v2640, %v1032 : i64
              %v2642 = arith.addi %v2641, %v2624 : i64
              %v2643 = llvm.getelementptr %v61[%v2642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
              %v2645 = arith.muli %v2, %v1 : i64
              %v2646 = arith.addi %v2645, %v2625 : i64
              %v2647 = arith.muli %v2646, %v1032 : i64
              %v2648 = arith.addi %v2647, %v2624 : i64
              %v2649 = llvm.getelementptr %v61[%v2648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
              %v2651 = arith.addf %v2644, %v2650 fastmath<contract> : f32
              %v2652 = arith.muli %v638, %v1 : i64
              %v2653 = arith.addi %v2652, %v2625 : i64
              %v2654 = arith.muli %v2653, %v1032 : i64
              %v2655 = arith.addi %v2654, %v2624 : i64
              %v2656 = llvm.getelementptr %v61[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
              %v2658 = arith.addf %v2651, %v2657 fastmath<contract> : f32
              %v2659 = arith.muli %v434, %v1 : i64
              %v2660 = arith.addi %v2659, %v2625 : i64
              %v2661 = arith.muli %v2660, %v1032 : i64
              %v2662 = arith.addi %v2661, %v2624 : i64
              %v2663 = llvm.getelementptr %v61[%v2662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2664 = llvm.load %v2663 : !llvm.ptr -> f32
              %v2665 = arith.addf %v2658, %v2664 fastmath<contract> : f32
              %v2666 = arith.muli %v46, %v1 : i64
              %v2667 = arith.addi %v2666, %v2625 : i64
              %v2668 = arith.muli %v2667, %v1032 : i64
              %v2669 = arith.addi %v2668, %v2624 : i64
              %v2670 = llvm.getelementptr %v61[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
              %v2672 = arith.addf %v2665, %v2671 fastmath<contract> : f32
              %v2673 = arith.muli %v768, %v1 : i64
              %v2674 = arith.addi %v2673, %v2625 : i64
              %v2675 = arith.muli %v2674, %v1032 : i64
              %v2676 = arith.addi %v2675, %v2624 : i64
              %v2677 = llvm.getelementptr %v61[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
              %v2679 = arith.addf %v2672, %v2678 fastmath<contract> : f32
              %v2680 = arith.muli %v812, %v1 : i64
              %v2681 = arith.addi %v2680, %v2625 : i64
              %v2682 = arith.muli %v2681, %v1032 : i64
              %v2683 = arith.addi %v2682, %v2624 : i64
              %v2684 = llvm.getelementptr %v61[%v2683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2685 = llvm.load %v2684 : !llvm.ptr -> f32
              %v2686 = arith.addf %v2679, %v2685 fastmath<contract> : f32
              %v2687 = arith.muli %v161, %v1 : i64
              %v2688 = arith.addi %v2687, %v2625 : i64
              %v2689 = arith.muli %v2688, %v1032 : i64
              %v2690 = arith.addi %v2689, %v2624 : i64
              %v2691 = llvm.getelementptr %v61[%v2690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2692 = llvm.load %v2691 : !llvm.ptr -> f32
              %v2693 = arith.addf %v2686, %v2692 fastmath<contract> : f32
              %v2694 = arith.remui %v2625, %v1 : i64
              %v2695 = arith.divui %v2625, %v1 : i64
              %v2696 = arith.muli %v44, %v230 : i64
              %v2697 = arith.muli %v2694, %v229 : i64
              %v2698 = arith.addi %v2696, %v2697 : i64
              %v2699 = arith.subi %v234, %v2638 : i64
              %v2700 = arith.muli %v2699, %v2 : i64
              %v2701 = arith.addi %v2698, %v2700 : i64
              %v2702 = arith.muli %v30, %v2617 : i64
              %v2703 = arith.addi %v2702, %v2701 : i64
              %v2704 = llvm.getelementptr %part_Bm[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2693, %v2704 : f32, !llvm.ptr
            }
          }
          %v2708 = arith.index_cast %v17 : i64 to index
          %v2709 = arith.index_cast %v2618 : i64 to index
          %v2710 = arith.index_cast %v7 : i64 to index
          scf.for %v2711 = %v2708 to %v2709 step %v2710 {
            %v2712 = arith.index_cast %v2711 : index to i64
            %v2713 = arith.remui %v2712, %v19 : i64
            %v2714 = arith.divui %v2712, %v19 : i64
            %v2715 = arith.muli %v441, %v46 : i64
            %v2716 = arith.divui %v2713, %v31 : i64
            %v2717 = arith.addi %v2715, %v2716 : i64
            %v2718 = arith.cmpi slt, %v2717, %v215 : i64
            %v2719 = arith.subi %v215, %v2 : i64
            %v2720 = arith.subi %v2719, %v2717 : i64
            %v2721 = arith.remui %v2713, %v31 : i64
            %v2722 = arith.subi %v161, %v2721 : i64
            %v2723 = arith.muli %v2720, %v31 : i64
            %v2724 = arith.addi %v2723, %v2722 : i64
            %v2725 = arith.cmpi slt, %v2724, %v213 : i64
            %v2726 = arith.andi %v2718, %v2725 : i1
            scf.if %v2726 {
              %v2727 = arith.addi %v211, %v2724 : i64
              %v2728 = arith.muli %v70, %v1 : i64
              %v2729 = arith.addi %v2728, %v2714 : i64
              %v2730 = arith.muli %v2729, %v1032 : i64
              %v2731 = arith.addi %v2730, %v2713 : i64
              %v2732 = llvm.getelementptr %v63[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2733 = llvm.load %v2732 : !llvm.ptr -> f32
              %v2734 = arith.muli %v2, %v1 : i64
              %v2735 = arith.addi %v2734, %v2714 : i64
              %v2736 = arith.muli %v2735, %v1032 : i64
              %v2737 = arith.addi %v2736, %v2713 : i64
              %v2738 = llvm.getelementptr %v63[%v2737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2739 = llvm.load %v2738 : !llvm.ptr -> f32
              %v2740 = arith.addf %v2733, %v2739 fastmath<contract> : f32
              %v2741 = arith.muli %v638, %v1 : i64
              %v2742 = arith.addi %v2741, %v2714 : i64
              %v2743 = arith.muli %v2742, %v1032 : i64
              %v2744 = arith.addi %v2743, %v2713 : i64
              %v2745 = llvm.getelementptr %v63[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2746 = llvm.load %v2745 : !llvm.ptr -> f32
              %v2747 = arith.addf %v2740, %v2746 fastmath<contract> : f32
              %v2748 = arith.muli %v434, %v1 : i64
              %v2749 = arith.addi %v2748, %v2714 : i64
              %v2750 = arith.muli %v2749, %v1032 : i64
              %v2751 = arith.addi %v2750, %v2713 : i64
              %v2752 = llvm.getelementptr %v63[%v2751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2753 = llvm.load %v2752 : !llvm.ptr -> f32
              %v2754 = arith.addf %v2747, %v2753 fastmath<contract> : f32
              %v2755 = arith.muli %v46, %v1 : i64
              %v2756 = arith.addi %v2755, %v2714 : i64
              %v2757 = arith.muli %v2756, %v1032 : i64
              %v2758 = arith.addi %v2757, %v2713 : i64
              %v2759 = llvm.getelementptr %v63[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2760 = llvm.load %v2759 : !llvm.ptr -> f32
              %v2761 = arith.addf %v2754, %v2760 fastmath<contract> : f32
              %v2762 = arith.muli %v768, %v1 : i64
              %v2763 = arith.addi %v2762, %v2714 : i64
              %v2764 = arith.muli %v2763, %v1032 : i64
              %v2765 = arith.addi %v2764, %v2713 : i64
              %v2766 = llvm.getelementptr %v63[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
              %v2768 = arith.addf %v2761, %v2767 fastmath<contract> : f32
              %v2769 = arith.muli %v812, %v1 : i64
              %v2770 = arith.addi %v2769, %v2714 : i64
              %v2771 = arith.muli %v2770, %v1032 : i64
              %v2772 = arith.addi %v2771, %v2713 : i64
              %v2773 = llvm.getelementptr %v63[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2774 = llvm.load %v2773 : !llvm.ptr -> f32
              %v2775 = arith.addf %v2768, %v2774 fastmath<contract> : f32
              %v2776 = arith.muli %v161, %v1 : i64
              %v2777 = arith.addi %v2776, %v2714 : i64
              %v2778 = arith.muli %v2777, %v1032 : i64
              %v2779 = arith.addi %v2778, %v2713 : i64
              %v2780 = llvm.getelementptr %v63[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2781 = llvm.load %v2780 : !llvm.ptr -> f32
              %v2782 = arith.addf %v2775, %v2781 fastmath<contract> : f32
              %v2783 = arith.remui %v2714, %v1 : i64
              %v2784 = arith.divui %v2714, %v1 : i64
              %v2785 = arith.muli %v44, %v230 : i64
              %v2786 = arith.muli %v2783, %v229 : i64
              %v2787 = arith.addi %v2785, %v2786 : i64
              %v2788 = arith.subi %v234, %v2727 : i64
              %v2789 = arith.muli %v2788, %v2 : i64
              %v2790 = arith.addi %v2787, %v2789 : i64
              %v2791 = arith.muli %v30, %v2707 : i64
              %v2792 = arith.addi %v2791, %v2790 : i64
              %v2793 = llvm.getelementptr %part_Cm[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2782, %v2793 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2794 = arith.cmpi eq, %v27, %v70 : i64
      scf.if %v2794 {
        %v2795 = llvm.load %v50 : !llvm.ptr -> f32
        %v2796 = llvm.load %v52 : !llvm.ptr -> f32
        %v2797 = arith.mulf %v2796, %v2795 fastmath<contract> : f32
        %v2798 = llvm.load %v58 : !llvm.ptr -> f32
        %v2799 = arith.addf %v2798, %v2797 fastmath<contract> : f32
        llvm.store %v2799, %v58 : f32, !llvm.ptr
        %v2800 = llvm.load %v51 : !llvm.ptr -> f32
        %v2801 = llvm.load %v53 : !llvm.ptr -> f32
        %v2802 = arith.mulf %v2801, %v2800 fastmath<contract> : f32
        %v2803 = llvm.load %v59 : !llvm.ptr -> f32
        %v2804 = arith.addf %v2803, %v2802 fastmath<contract> : f32
        llvm.store %v2804, %v59 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v2805 = llvm.load %v54 : !llvm.ptr -> f32
        %v2806 = arith.addi %v70, %v32 : i64
        %v2807 = arith.addi %v49, %v38 : i64
        %v2808 = arith.muli %v2807, %v1 : i64
        %v2809 = arith.addi %v2808, %v2806 : i64
        %v2810 = llvm.getelementptr %part_A[%v2809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2805, %v2810 : f32, !llvm.ptr
        %v2811 = llvm.load %v55 : !llvm.ptr -> f32
        %v2812 = arith.addi %v31, %v32 : i64
        %v2813 = arith.addi %v49, %v38 : i64
        %v2814 = arith.muli %v2813, %v1 : i64
        %v2815 = arith.addi %v2814, %v2812 : i64
        %v2816 = llvm.getelementptr %part_A[%v2815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2811, %v2816 : f32, !llvm.ptr
      }
      %v2817 = llvm.load %v56 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2818, %v2819 = gpu.shuffle xor %v2817, %v1304, %v387 : f32
      %v2820 = arith.addf %v2817, %v2818 fastmath<contract> : f32
      %v2821, %v2822 = gpu.shuffle xor %v2820, %v1707, %v387 : f32
      %v2823 = arith.addf %v2820, %v2821 fastmath<contract> : f32
      %v2824, %v2825 = gpu.shuffle xor %v2823, %v1512, %v387 : f32
      %v2826 = arith.addf %v2823, %v2824 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2826, %v56 : f32, !llvm.ptr
      %v2827 = arith.cmpi eq, %v32, %v70 : i64
      %v2828 = arith.andi %v36, %v2827 : i1
      scf.if %v2828 {
        %v2829 = llvm.load %v56 : !llvm.ptr -> f32
        %v2830 = arith.addi %v49, %v38 : i64
        %v2831 = arith.muli %v2830, %v2 : i64
        %v2832 = arith.addi %v2831, %v70 : i64
        %v2833 = llvm.getelementptr %part_Dskip[%v2832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2829, %v2833 : f32, !llvm.ptr
      }
      %v2834 = llvm.load %v57 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2835, %v2836 = gpu.shuffle xor %v2834, %v1304, %v387 : f32
      %v2837 = arith.addf %v2834, %v2835 fastmath<contract> : f32
      %v2838, %v2839 = gpu.shuffle xor %v2837, %v1707, %v387 : f32
      %v2840 = arith.addf %v2837, %v2838 fastmath<contract> : f32
      %v2841, %v2842 = gpu.shuffle xor %v2840, %v1512, %v387 : f32
      %v2843 = arith.addf %v2840, %v2841 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2843, %v57 : f32, !llvm.ptr
      %v2844 = arith.cmpi eq, %v32, %v70 : i64
      %v2845 = arith.andi %v36, %v2844 : i1
      scf.if %v2845 {
        %v2846 = llvm.load %v57 : !llvm.ptr -> f32
        %v2847 = arith.addi %v49, %v38 : i64
        %v2848 = arith.muli %v2847, %v2 : i64
        %v2849 = arith.addi %v2848, %v70 : i64
        %v2850 = llvm.getelementptr %part_dt_bias[%v2849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2846, %v2850 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v2851 = llvm.load %v58 : !llvm.ptr -> f32
        %v2852 = arith.addi %v70, %v32 : i64
        %v2853 = arith.addi %v49, %v38 : i64
        %v2854 = arith.muli %v2853, %v1 : i64
        %v2855 = arith.addi %v2854, %v2852 : i64
        %v2856 = llvm.getelementptr %part_h0[%v2855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2851, %v2856 : f32, !llvm.ptr
        %v2857 = llvm.load %v59 : !llvm.ptr -> f32
        %v2858 = arith.addi %v31, %v32 : i64
        %v2859 = arith.addi %v49, %v38 : i64
        %v2860 = arith.muli %v2859, %v1 : i64
        %v2861 = arith.addi %v2860, %v2858 : i64
        %v2862 = llvm.getelementptr %part_h0[%v2861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2857, %v2862 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
