module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_selective_scan_bwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_selective_scan_bwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = arith.constant 32 : i64
      %v22 = arith.constant 8 : i64
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.mlir.addressof @tile_selective_scan_bwd_Bm : !llvm.ptr<3>
      %v48 = llvm.addrspacecast %v47 : !llvm.ptr<3> to !llvm.ptr
      %v49 = llvm.mlir.addressof @tile_selective_scan_bwd_Cm : !llvm.ptr<3>
      %v50 = llvm.addrspacecast %v49 : !llvm.ptr<3> to !llvm.ptr
      %v51 = llvm.mlir.addressof @rows_selective_scan_bwd_Bm : !llvm.ptr<3>
      %v52 = llvm.addrspacecast %v51 : !llvm.ptr<3> to !llvm.ptr
      %v53 = llvm.mlir.addressof @rows_selective_scan_bwd_Cm : !llvm.ptr<3>
      %v54 = llvm.addrspacecast %v53 : !llvm.ptr<3> to !llvm.ptr
      %v55 = arith.constant 0x00000000 : f32
      %v56 = arith.constant 0x3F800000 : f32
      %v57 = arith.constant 0 : i64
      %v59 = arith.muli %v2, %v1 : i64
      %v60 = arith.muli %v59, %size_D : i64
      %v103 = arith.constant 64 : i64
      %v104 = arith.constant 7 : i64
      %v159 = arith.constant 1024 : i64
      %v160 = arith.constant 256 : i64
      %v172 = arith.muli %v2, %size_L : i64
      %v173 = arith.muli %v172, %v1 : i64
      %v181 = arith.constant 65 : i64
      %v206 = arith.muli %v2, %size_B : i64
      %v207 = arith.muli %v206, %size_D : i64
      %v208 = arith.muli %v207, %v1 : i64
      %v218 = arith.muli %v2, %size_B : i64
      %v219 = arith.muli %v218, %size_D : i64
      %v220 = arith.muli %v219, %v1 : i64
      %v259 = arith.muli %v2, %size_L : i64
      %v260 = arith.muli %v259, %size_D : i64
      %v275 = arith.constant 0x3FB8AA3B : f32
      %v280 = arith.constant 0x3F317218 : f32
      %v282 = arith.constant 0x3E124925 : f32
      %v284 = arith.constant 0xBE2AAAAB : f32
      %v287 = arith.constant 0x3E4CCCCD : f32
      %v290 = arith.constant 0xBE800000 : f32
      %v293 = arith.constant 0x3EAAAAAB : f32
      %v296 = arith.constant 0xBF000000 : f32
      %v302 = arith.constant 0x3D800000 : f32
      %v321 = arith.constant 32 : i32
      %v329 = arith.muli %v2, %v1 : i64
      %v368 = arith.constant 3 : i64
      %v369 = arith.constant 4 : i64
      %v569 = arith.constant 2 : i64
      %v699 = arith.constant 5 : i64
      %v743 = arith.constant 6 : i64
      %v830 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v831 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v832 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v940 = arith.constant 8 : i32
      %v944 = arith.constant 16 : i32
      %v954 = arith.constant 33 : i64
      %v1225 = arith.constant 1 : i32
      %v1626 = arith.constant 2 : i32
      %v2437 = arith.constant 4 : i32
      %v2528 = arith.muli %v2, %size_B : i64
      %v2529 = arith.muli %v2528, %v1 : i64
      %v2530 = arith.muli %v2529, %size_L : i64
      %v2531 = arith.constant 512 : i64
      %v2617 = arith.muli %v2, %size_B : i64
      %v2618 = arith.muli %v2617, %v1 : i64
      %v2619 = arith.muli %v2618, %size_L : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.subi %v15, %v2 : i64
      %v17 = arith.addi %size_D, %v16 : i64
      %v18 = arith.divui %v17, %v15 : i64
      %v19 = arith.maxsi %v18, %v2 : i64
      %v20 = arith.divui %v14, %v19 : i64
      %v21 = arith.remui %v14, %v19 : i64
      %v23 = arith.remui %v13, %v22 : i64
      %v24 = arith.divui %v13, %v22 : i64
      %v25 = arith.muli %v21, %v15 : i64
      %v26 = arith.addi %v25, %v24 : i64
      %v27 = arith.cmpi slt, %v26, %size_D : i64
      %v28 = arith.muli %v20, %size_D : i64
      %v29 = arith.addi %v28, %v26 : i64
      %v30 = arith.subi %size_D, %v2 : i64
      %v31 = arith.minsi %v26, %v30 : i64
      %v32 = arith.addi %v28, %v31 : i64
      %v33 = arith.remui %v32, %size_D : i64
      %v34 = arith.divui %v32, %size_D : i64
      %v35 = arith.remui %v34, %size_B : i64
      %v36 = arith.divui %v34, %size_B : i64
      %v108 = arith.trunci %v13 : i64 to i32
      %v109 = arith.constant 24 : i32
      %v110 = arith.andi %v108, %v109 : i32
      %v111 = arith.constant 0 : i32
      %v112 = arith.ori %v110, %v111 : i32
      %v113 = arith.constant 0 : i64
      %v114 = arith.cmpi eq, %v23, %v113 : i64
      %v115 = arith.constant 1 : i32
      %v116 = arith.ori %v110, %v115 : i32
      %v117 = arith.constant 1 : i64
      %v118 = arith.cmpi eq, %v23, %v117 : i64
      %v119 = arith.constant 2 : i32
      %v120 = arith.ori %v110, %v119 : i32
      %v121 = arith.constant 2 : i64
      %v122 = arith.cmpi eq, %v23, %v121 : i64
      %v123 = arith.constant 3 : i32
      %v124 = arith.ori %v110, %v123 : i32
      %v125 = arith.constant 3 : i64
      %v126 = arith.cmpi eq, %v23, %v125 : i64
      %v127 = arith.constant 4 : i32
      %v128 = arith.ori %v110, %v127 : i32
      %v129 = arith.constant 4 : i64
      %v130 = arith.cmpi eq, %v23, %v129 : i64
      %v131 = arith.constant 5 : i32
      %v132 = arith.ori %v110, %v131 : i32
      %v133 = arith.constant 5 : i64
      %v134 = arith.cmpi eq, %v23, %v133 : i64
      %v135 = arith.constant 6 : i32
      %v136 = arith.ori %v110, %v135 : i32
      %v137 = arith.constant 6 : i64
      %v138 = arith.cmpi eq, %v23, %v137 : i64
      %v139 = arith.constant 7 : i32
      %v140 = arith.ori %v110, %v139 : i32
      %v141 = arith.constant 7 : i64
      %v142 = arith.cmpi eq, %v23, %v141 : i64
      llvm.store %v55, %v37 : f32, !llvm.ptr
      llvm.store %v55, %v38 : f32, !llvm.ptr
      llvm.store %v56, %v39 : f32, !llvm.ptr
      llvm.store %v56, %v40 : f32, !llvm.ptr
      llvm.store %v55, %v41 : f32, !llvm.ptr
      llvm.store %v55, %v42 : f32, !llvm.ptr
      llvm.store %v55, %v43 : f32, !llvm.ptr
      llvm.store %v55, %v44 : f32, !llvm.ptr
      llvm.store %v55, %v45 : f32, !llvm.ptr
      llvm.store %v55, %v46 : f32, !llvm.ptr
      %v58 = arith.cmpi eq, %size_L, %v57 : i64
      scf.if %v58 {
        %v61 = arith.muli %v35, %v60 : i64
        %v62 = arith.muli %v33, %v59 : i64
        %v63 = arith.addi %v61, %v62 : i64
        %v64 = arith.muli %v23, %v2 : i64
        %v65 = arith.addi %v63, %v64 : i64
        %v66 = llvm.mlir.zero : !llvm.ptr
        %v67 = llvm.icmp "ne" %in_h0, %v66 : !llvm.ptr
        %v68 = scf.if %v67 -> (f32) {
          %v69 = llvm.getelementptr %in_h0[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v70 = llvm.load %v69 : !llvm.ptr -> f32
          scf.yield %v70 : f32
        } else {
          scf.yield %v55 : f32
        }
        llvm.store %v68, %v9 : f32, !llvm.ptr
        %v71 = arith.muli %v35, %v60 : i64
        %v72 = arith.muli %v33, %v59 : i64
        %v73 = arith.addi %v71, %v72 : i64
        %v74 = arith.constant 8 : i64
        %v75 = arith.addi %v74, %v23 : i64
        %v76 = arith.muli %v75, %v2 : i64
        %v77 = arith.addi %v73, %v76 : i64
        %v78 = llvm.mlir.zero : !llvm.ptr
        %v79 = llvm.icmp "ne" %in_h0, %v78 : !llvm.ptr
        %v80 = scf.if %v79 -> (f32) {
          %v81 = llvm.getelementptr %in_h0[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v82 = llvm.load %v81 : !llvm.ptr -> f32
          scf.yield %v82 : f32
        } else {
          scf.yield %v55 : f32
        }
        llvm.store %v80, %v10 : f32, !llvm.ptr
        %v83 = arith.muli %v35, %v60 : i64
        %v84 = arith.muli %v33, %v59 : i64
        %v85 = arith.addi %v83, %v84 : i64
        %v86 = arith.muli %v23, %v2 : i64
        %v87 = arith.addi %v85, %v86 : i64
        %v88 = llvm.getelementptr %dy_h_last[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v89 = llvm.load %v88 : !llvm.ptr -> f32
        %v90 = llvm.load %v37 : !llvm.ptr -> f32
        %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
        llvm.store %v91, %v37 : f32, !llvm.ptr
        %v92 = arith.muli %v35, %v60 : i64
        %v93 = arith.muli %v33, %v59 : i64
        %v94 = arith.addi %v92, %v93 : i64
        %v95 = arith.constant 8 : i64
        %v96 = arith.addi %v95, %v23 : i64
        %v97 = arith.muli %v96, %v2 : i64
        %v98 = arith.addi %v94, %v97 : i64
        %v99 = llvm.getelementptr %dy_h_last[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v100 = llvm.load %v99 : !llvm.ptr -> f32
        %v101 = llvm.load %v38 : !llvm.ptr -> f32
        %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
        llvm.store %v102, %v38 : f32, !llvm.ptr
      }
      %v105 = arith.subi %v103, %v2 : i64
      %v106 = arith.addi %size_L, %v105 : i64
      %v107 = arith.divui %v106, %v103 : i64
      %v143 = arith.subi %v107, %v57 : i64
      %v144 = arith.maxsi %v143, %v57 : i64
      %v145 = arith.index_cast %v57 : i64 to index
      %v146 = arith.index_cast %v144 : i64 to index
      %v147 = arith.index_cast %v2 : i64 to index
      scf.for %v148 = %v145 to %v146 step %v147 {
        %v149 = arith.index_cast %v148 : index to i64
        %v150 = arith.subi %v107, %v2 : i64
        %v151 = arith.subi %v150, %v149 : i64
        %v152 = arith.muli %v151, %v103 : i64
        %v153 = arith.subi %size_L, %v152 : i64
        %v154 = arith.minsi %v153, %v103 : i64
        %v155 = arith.subi %v154, %v2 : i64
        %v156 = arith.addi %v154, %v104 : i64
        %v157 = arith.divui %v156, %v22 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v158 = arith.subi %size_L, %v2 : i64
        %v161 = arith.index_cast %v13 : i64 to index
        %v162 = arith.index_cast %v159 : i64 to index
        %v163 = arith.index_cast %v160 : i64 to index
        scf.for %v164 = %v161 to %v162 step %v163 {
          %v165 = arith.index_cast %v164 : index to i64
          %v166 = arith.remui %v165, %v103 : i64
          %v167 = arith.divui %v165, %v103 : i64
          %v168 = arith.addi %v152, %v166 : i64
          %v169 = arith.minsi %v168, %v158 : i64
          %v170 = arith.remui %v167, %v1 : i64
          %v171 = arith.divui %v167, %v1 : i64
          %v174 = arith.muli %v35, %v173 : i64
          %v175 = arith.muli %v170, %v172 : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = arith.muli %v169, %v2 : i64
          %v178 = arith.addi %v176, %v177 : i64
          %v179 = llvm.getelementptr %in_Bm[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 : !llvm.ptr -> f32
          %v182 = arith.muli %v167, %v181 : i64
          %v183 = arith.addi %v182, %v166 : i64
          %v184 = llvm.getelementptr %v52[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v180, %v184 : f32, !llvm.ptr
        }
        %v185 = arith.index_cast %v13 : i64 to index
        %v186 = arith.index_cast %v159 : i64 to index
        %v187 = arith.index_cast %v160 : i64 to index
        scf.for %v188 = %v185 to %v186 step %v187 {
          %v189 = arith.index_cast %v188 : index to i64
          %v190 = arith.remui %v189, %v103 : i64
          %v191 = arith.divui %v189, %v103 : i64
          %v192 = arith.addi %v152, %v190 : i64
          %v193 = arith.minsi %v192, %v158 : i64
          %v194 = arith.remui %v191, %v1 : i64
          %v195 = arith.divui %v191, %v1 : i64
          %v196 = arith.muli %v35, %v173 : i64
          %v197 = arith.muli %v194, %v172 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = arith.muli %v193, %v2 : i64
          %v200 = arith.addi %v198, %v199 : i64
          %v201 = llvm.getelementptr %in_Cm[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v202 = llvm.load %v201 : !llvm.ptr -> f32
          %v203 = arith.muli %v191, %v181 : i64
          %v204 = arith.addi %v203, %v190 : i64
          %v205 = llvm.getelementptr %v54[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v202, %v205 : f32, !llvm.ptr
        }
        gpu.barrier
        %v209 = arith.muli %v151, %v208 : i64
        %v210 = arith.muli %v35, %v60 : i64
        %v211 = arith.muli %v33, %v59 : i64
        %v212 = arith.addi %v210, %v211 : i64
        %v213 = arith.muli %v23, %v2 : i64
        %v214 = arith.addi %v212, %v213 : i64
        %v215 = arith.addi %v209, %v214 : i64
        %v216 = llvm.getelementptr %ckpt_h[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v217 = llvm.load %v216 : !llvm.ptr -> f32
        llvm.store %v217, %v7 : f32, !llvm.ptr
        %v221 = arith.muli %v151, %v220 : i64
        %v222 = arith.muli %v35, %v60 : i64
        %v223 = arith.muli %v33, %v59 : i64
        %v224 = arith.addi %v222, %v223 : i64
        %v225 = arith.constant 8 : i64
        %v226 = arith.addi %v225, %v23 : i64
        %v227 = arith.muli %v226, %v2 : i64
        %v228 = arith.addi %v224, %v227 : i64
        %v229 = arith.addi %v221, %v228 : i64
        %v230 = llvm.getelementptr %ckpt_h[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v231 = llvm.load %v230 : !llvm.ptr -> f32
        llvm.store %v231, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v232 = arith.index_cast %v57 : i64 to index
        %v233 = arith.index_cast %v157 : i64 to index
        %v234 = arith.index_cast %v2 : i64 to index
        scf.for %v235 = %v232 to %v233 step %v234 {
          %v236 = arith.index_cast %v235 : index to i64
          scf.if %v27 {
            %v237 = llvm.load %v7 : !llvm.ptr -> f32
            %v238 = arith.muli %v236, %v4 : i64
            %v239 = arith.subi %v4, %v2 : i64
            %v240 = arith.minsi %v29, %v239 : i64
            %v241 = arith.addi %v238, %v240 : i64
            %v242 = arith.muli %v241, %v1 : i64
            %v243 = arith.addi %v242, %v57 : i64
            %v244 = arith.addi %v243, %v23 : i64
            %v245 = llvm.getelementptr %scratch_h[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v237, %v245 : f32, !llvm.ptr
            %v246 = llvm.load %v8 : !llvm.ptr -> f32
            %v247 = arith.muli %v236, %v4 : i64
            %v248 = arith.subi %v4, %v2 : i64
            %v249 = arith.minsi %v29, %v248 : i64
            %v250 = arith.addi %v247, %v249 : i64
            %v251 = arith.muli %v250, %v1 : i64
            %v252 = arith.addi %v251, %v22 : i64
            %v253 = arith.addi %v252, %v23 : i64
            %v254 = llvm.getelementptr %scratch_h[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v246, %v254 : f32, !llvm.ptr
          }
          %v255 = arith.muli %v236, %v22 : i64
          %v256 = arith.addi %v255, %v23 : i64
          %v257 = arith.minsi %v256, %v155 : i64
          %v258 = arith.addi %v152, %v257 : i64
          %v261 = arith.muli %v35, %v260 : i64
          %v262 = arith.muli %v33, %v259 : i64
          %v263 = arith.addi %v261, %v262 : i64
          %v264 = arith.muli %v258, %v2 : i64
          %v265 = arith.addi %v263, %v264 : i64
          %v266 = llvm.getelementptr %in_delta[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.muli %v33, %v2 : i64
          %v269 = llvm.getelementptr %in_dt_bias[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = arith.addf %v267, %v270 fastmath<contract> : f32
          %v272 = arith.maximumf %v271, %v55 : f32
          %v273 = llvm.call_intrinsic "llvm.fabs.f32"(%v271) : (f32) -> f32
          %v274 = arith.negf %v273 : f32
          %v276 = arith.mulf %v274, %v275 fastmath<contract> : f32
          %v277 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v276) : (f32) -> f32
          %v278 = arith.addf %v56, %v277 fastmath<contract> : f32
          %v279 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v278) : (f32) -> f32
          %v281 = arith.mulf %v279, %v280 fastmath<contract> : f32
          %v283 = arith.mulf %v282, %v277 fastmath<contract> : f32
          %v285 = arith.addf %v283, %v284 fastmath<contract> : f32
          %v286 = arith.mulf %v285, %v277 fastmath<contract> : f32
          %v288 = arith.addf %v286, %v287 fastmath<contract> : f32
          %v289 = arith.mulf %v288, %v277 fastmath<contract> : f32
          %v291 = arith.addf %v289, %v290 fastmath<contract> : f32
          %v292 = arith.mulf %v291, %v277 fastmath<contract> : f32
          %v294 = arith.addf %v292, %v293 fastmath<contract> : f32
          %v295 = arith.mulf %v294, %v277 fastmath<contract> : f32
          %v297 = arith.addf %v295, %v296 fastmath<contract> : f32
          %v298 = arith.mulf %v297, %v277 fastmath<contract> : f32
          %v299 = arith.addf %v298, %v56 fastmath<contract> : f32
          %v300 = arith.mulf %v299, %v277 fastmath<contract> : f32
          %v301 = llvm.call_intrinsic "llvm.fabs.f32"(%v277) : (f32) -> f32
          %v303 = arith.cmpf olt, %v301, %v302 : f32
          %v304 = arith.select %v303, %v300, %v281 : f32
          %v305 = arith.addf %v272, %v304 fastmath<contract> : f32
          %v306 = arith.muli %v35, %v260 : i64
          %v307 = arith.muli %v33, %v259 : i64
          %v308 = arith.addi %v306, %v307 : i64
          %v309 = arith.muli %v258, %v2 : i64
          %v310 = arith.addi %v308, %v309 : i64
          %v311 = llvm.getelementptr %in_u[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v312 = llvm.load %v311 : !llvm.ptr -> f32
          %v313 = arith.mulf %v305, %v312 fastmath<contract> : f32
          %v314 = arith.index_cast %v57 : i64 to index
          %v315 = arith.index_cast %v22 : i64 to index
          %v316 = arith.index_cast %v2 : i64 to index
          scf.for %v317 = %v314 to %v315 step %v316 {
            %v318 = arith.index_cast %v317 : index to i64
            %v319 = arith.trunci %v318 : i64 to i32
            %v320 = arith.ori %v112, %v319 : i32
            %v322, %v323 = gpu.shuffle idx %v305, %v320, %v321 : f32
            %v324, %v325 = gpu.shuffle idx %v313, %v320, %v321 : f32
            %v326 = arith.addi %v255, %v318 : i64
            %v327 = arith.cmpi slt, %v326, %v154 : i64
            scf.if %v327 {
              %v328 = arith.addi %v152, %v326 : i64
              %v330 = arith.muli %v33, %v329 : i64
              %v331 = arith.muli %v23, %v2 : i64
              %v332 = arith.addi %v330, %v331 : i64
              %v333 = llvm.getelementptr %in_A[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v334 = llvm.load %v333 : !llvm.ptr -> f32
              %v335 = arith.mulf %v322, %v334 fastmath<contract> : f32
              %v336 = arith.mulf %v335, %v275 fastmath<contract> : f32
              %v337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v336) : (f32) -> f32
              %v338 = arith.muli %v23, %v181 : i64
              %v339 = arith.subi %v328, %v152 : i64
              %v340 = arith.addi %v338, %v339 : i64
              %v341 = llvm.getelementptr %v52[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v342 = llvm.load %v341 : !llvm.ptr -> f32
              %v343 = arith.mulf %v342, %v324 fastmath<contract> : f32
              %v344 = llvm.load %v7 : !llvm.ptr -> f32
              %v345 = arith.mulf %v337, %v344 fastmath<contract> : f32
              %v346 = arith.addf %v345, %v343 fastmath<contract> : f32
              llvm.store %v346, %v7 : f32, !llvm.ptr
              %v347 = arith.muli %v33, %v329 : i64
              %v348 = arith.constant 8 : i64
              %v349 = arith.addi %v348, %v23 : i64
              %v350 = arith.muli %v349, %v2 : i64
              %v351 = arith.addi %v347, %v350 : i64
              %v352 = llvm.getelementptr %in_A[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v353 = llvm.load %v352 : !llvm.ptr -> f32
              %v354 = arith.mulf %v322, %v353 fastmath<contract> : f32
              %v355 = arith.mulf %v354, %v275 fastmath<contract> : f32
              %v356 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v355) : (f32) -> f32
              %v357 = arith.constant 8 : i64
              %v358 = arith.addi %v357, %v23 : i64
              %v359 = arith.muli %v358, %v181 : i64
              %v360 = arith.subi %v328, %v152 : i64
              %v361 = arith.addi %v359, %v360 : i64
              %v362 = llvm.getelementptr %v52[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v363 = llvm.load %v362 : !llvm.ptr -> f32
              %v364 = arith.mulf %v363, %v324 fastmath<contract> : f32
              %v365 = llvm.load %v8 : !llvm.ptr -> f32
              %v366 = arith.mulf %v356, %v365 fastmath<contract> : f32
              %v367 = arith.addf %v366, %v364 fastmath<contract> : f32
              llvm.store %v367, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v370 = arith.addi %v157, %v368 : i64
        %v371 = arith.divui %v370, %v369 : i64
        %v372 = arith.index_cast %v57 : i64 to index
        %v373 = arith.index_cast %v371 : i64 to index
        %v374 = arith.index_cast %v2 : i64 to index
        scf.for %v375 = %v372 to %v373 step %v374 {
          %v376 = arith.index_cast %v375 : index to i64
          %v377 = arith.muli %v376, %v369 : i64
          %v378 = arith.addi %v377, %v369 : i64
          %v379 = arith.index_cast %v377 : i64 to index
          %v380 = arith.index_cast %v378 : i64 to index
          %v381 = arith.index_cast %v2 : i64 to index
          scf.for %v382 = %v379 to %v380 step %v381 {
            %v383 = arith.index_cast %v382 : index to i64
            %v384 = arith.cmpi slt, %v383, %v157 : i64
            scf.if %v384 {
              %v385 = arith.subi %v157, %v2 : i64
              %v386 = arith.subi %v385, %v383 : i64
              %v387 = arith.muli %v386, %v22 : i64
              %v388 = arith.remui %v383, %v369 : i64
              %v389 = arith.muli %v388, %v22 : i64
              %v390 = arith.subi %v154, %v2 : i64
              %v391 = arith.muli %v386, %v4 : i64
              %v392 = arith.subi %v4, %v2 : i64
              %v393 = arith.minsi %v29, %v392 : i64
              %v394 = arith.addi %v391, %v393 : i64
              %v395 = arith.muli %v394, %v1 : i64
              %v396 = arith.addi %v395, %v57 : i64
              %v397 = arith.addi %v396, %v23 : i64
              %v398 = llvm.getelementptr %scratch_h[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v399 = llvm.load %v398 : !llvm.ptr -> f32
              %v400 = arith.muli %v386, %v4 : i64
              %v401 = arith.subi %v4, %v2 : i64
              %v402 = arith.minsi %v29, %v401 : i64
              %v403 = arith.addi %v400, %v402 : i64
              %v404 = arith.muli %v403, %v1 : i64
              %v405 = arith.addi %v404, %v22 : i64
              %v406 = arith.addi %v405, %v23 : i64
              %v407 = llvm.getelementptr %scratch_h[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v408 = llvm.load %v407 : !llvm.ptr -> f32
              %v409 = arith.addi %v387, %v23 : i64
              %v410 = arith.minsi %v409, %v390 : i64
              %v411 = arith.addi %v152, %v410 : i64
              %v412 = arith.muli %v35, %v260 : i64
              %v413 = arith.muli %v33, %v259 : i64
              %v414 = arith.addi %v412, %v413 : i64
              %v415 = arith.muli %v411, %v2 : i64
              %v416 = arith.addi %v414, %v415 : i64
              %v417 = llvm.getelementptr %in_delta[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v418 = llvm.load %v417 : !llvm.ptr -> f32
              %v419 = arith.muli %v33, %v2 : i64
              %v420 = llvm.getelementptr %in_dt_bias[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v421 = llvm.load %v420 : !llvm.ptr -> f32
              %v422 = arith.addf %v418, %v421 fastmath<contract> : f32
              %v423 = arith.maximumf %v422, %v55 : f32
              %v424 = llvm.call_intrinsic "llvm.fabs.f32"(%v422) : (f32) -> f32
              %v425 = arith.negf %v424 : f32
              %v426 = arith.mulf %v425, %v275 fastmath<contract> : f32
              %v427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v426) : (f32) -> f32
              %v428 = arith.addf %v56, %v427 fastmath<contract> : f32
              %v429 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v428) : (f32) -> f32
              %v430 = arith.mulf %v429, %v280 fastmath<contract> : f32
              %v431 = arith.mulf %v282, %v427 fastmath<contract> : f32
              %v432 = arith.addf %v431, %v284 fastmath<contract> : f32
              %v433 = arith.mulf %v432, %v427 fastmath<contract> : f32
              %v434 = arith.addf %v433, %v287 fastmath<contract> : f32
              %v435 = arith.mulf %v434, %v427 fastmath<contract> : f32
              %v436 = arith.addf %v435, %v290 fastmath<contract> : f32
              %v437 = arith.mulf %v436, %v427 fastmath<contract> : f32
              %v438 = arith.addf %v437, %v293 fastmath<contract> : f32
              %v439 = arith.mulf %v438, %v427 fastmath<contract> : f32
              %v440 = arith.addf %v439, %v296 fastmath<contract> : f32
              %v441 = arith.mulf %v440, %v427 fastmath<contract> : f32
              %v442 = arith.addf %v441, %v56 fastmath<contract> : f32
              %v443 = arith.mulf %v442, %v427 fastmath<contract> : f32
              %v444 = llvm.call_intrinsic "llvm.fabs.f32"(%v427) : (f32) -> f32
              %v445 = arith.cmpf olt, %v444, %v302 : f32
              %v446 = arith.select %v445, %v443, %v430 : f32
              %v447 = arith.addf %v423, %v446 fastmath<contract> : f32
              %v448 = arith.muli %v35, %v260 : i64
              %v449 = arith.muli %v33, %v259 : i64
              %v450 = arith.addi %v448, %v449 : i64
              %v451 = arith.muli %v411, %v2 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = llvm.getelementptr %in_u[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v454 = llvm.load %v453 : !llvm.ptr -> f32
              %v455 = arith.mulf %v447, %v454 fastmath<contract> : f32
              %v456 = arith.muli %v35, %v260 : i64
              %v457 = arith.muli %v33, %v259 : i64
              %v458 = arith.addi %v456, %v457 : i64
              %v459 = arith.muli %v411, %v2 : i64
              %v460 = arith.addi %v458, %v459 : i64
              %v461 = llvm.getelementptr %in_z[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v462 = llvm.load %v461 : !llvm.ptr -> f32
              %v463 = arith.negf %v462 : f32
              %v464 = arith.mulf %v463, %v275 fastmath<contract> : f32
              %v465 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v464) : (f32) -> f32
              %v466 = arith.addf %v56, %v465 fastmath<contract> : f32
              %v467 = arith.divf %v56, %v466 : f32
              %v468 = arith.mulf %v462, %v467 fastmath<contract> : f32
              %v469 = arith.negf %v462 : f32
              %v470 = arith.mulf %v469, %v275 fastmath<contract> : f32
              %v471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v470) : (f32) -> f32
              %v472 = arith.addf %v56, %v471 fastmath<contract> : f32
              %v473 = arith.divf %v56, %v472 : f32
              %v474 = arith.subf %v56, %v473 fastmath<contract> : f32
              %v475 = arith.mulf %v462, %v474 fastmath<contract> : f32
              %v476 = arith.addf %v56, %v475 fastmath<contract> : f32
              %v477 = arith.mulf %v473, %v476 fastmath<contract> : f32
              %v478 = arith.negf %v422 : f32
              %v479 = arith.mulf %v478, %v275 fastmath<contract> : f32
              %v480 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v479) : (f32) -> f32
              %v481 = arith.addf %v56, %v480 fastmath<contract> : f32
              %v482 = arith.divf %v56, %v481 : f32
              // the group's states, recomputed into registers
              %v483 = arith.addi %v387, %v57 : i64
              %v484 = arith.minsi %v483, %v390 : i64
              %v485 = arith.addi %v152, %v484 : i64
              %v486, %v487 = gpu.shuffle idx %v447, %v112, %v321 : f32
              %v488, %v489 = gpu.shuffle idx %v455, %v112, %v321 : f32
              %v490 = arith.muli %v33, %v329 : i64
              %v491 = arith.muli %v23, %v2 : i64
              %v492 = arith.addi %v490, %v491 : i64
              %v493 = llvm.getelementptr %in_A[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v494 = llvm.load %v493 : !llvm.ptr -> f32
              %v495 = arith.mulf %v486, %v494 fastmath<contract> : f32
              %v496 = arith.mulf %v495, %v275 fastmath<contract> : f32
              %v497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v496) : (f32) -> f32
              %v498 = arith.muli %v23, %v181 : i64
              %v499 = arith.subi %v485, %v152 : i64
              %v500 = arith.addi %v498, %v499 : i64
              %v501 = llvm.getelementptr %v52[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v502 = llvm.load %v501 : !llvm.ptr -> f32
              %v503 = arith.mulf %v502, %v488 fastmath<contract> : f32
              %v504 = arith.mulf %v497, %v399 fastmath<contract> : f32
              %v505 = arith.addf %v504, %v503 fastmath<contract> : f32
              %v506 = arith.muli %v33, %v329 : i64
              %v507 = arith.constant 8 : i64
              %v508 = arith.addi %v507, %v23 : i64
              %v509 = arith.muli %v508, %v2 : i64
              %v510 = arith.addi %v506, %v509 : i64
              %v511 = llvm.getelementptr %in_A[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v512 = llvm.load %v511 : !llvm.ptr -> f32
              %v513 = arith.mulf %v486, %v512 fastmath<contract> : f32
              %v514 = arith.mulf %v513, %v275 fastmath<contract> : f32
              %v515 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v514) : (f32) -> f32
              %v516 = arith.constant 8 : i64
              %v517 = arith.addi %v516, %v23 : i64
              %v518 = arith.muli %v517, %v181 : i64
              %v519 = arith.subi %v485, %v152 : i64
              %v520 = arith.addi %v518, %v519 : i64
              %v521 = llvm.getelementptr %v52[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v522 = llvm.load %v521 : !llvm.ptr -> f32
              %v523 = arith.mulf %v522, %v488 fastmath<contract> : f32
              %v524 = arith.mulf %v515, %v408 fastmath<contract> : f32
              %v525 = arith.addf %v524, %v523 fastmath<contract> : f32
              %v526 = arith.addi %v387, %v2 : i64
              %v527 = arith.minsi %v526, %v390 : i64
              %v528 = arith.addi %v152, %v527 : i64
              %v529, %v530 = gpu.shuffle idx %v447, %v116, %v321 : f32
              %v531, %v532 = gpu.shuffle idx %v455, %v116, %v321 : f32
              %v533 = arith.muli %v33, %v329 : i64
              %v534 = arith.muli %v23, %v2 : i64
              %v535 = arith.addi %v533, %v534 : i64
              %v536 = llvm.getelementptr %in_A[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v537 = llvm.load %v536 : !llvm.ptr -> f32
              %v538 = arith.mulf %v529, %v537 fastmath<contract> : f32
              %v539 = arith.mulf %v538, %v275 fastmath<contract> : f32
              %v540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v539) : (f32) -> f32
              %v541 = arith.muli %v23, %v181 : i64
              %v542 = arith.subi %v528, %v152 : i64
              %v543 = arith.addi %v541, %v542 : i64
              %v544 = llvm.getelementptr %v52[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v545 = llvm.load %v544 : !llvm.ptr -> f32
              %v546 = arith.mulf %v545, %v531 fastmath<contract> : f32
              %v547 = arith.mulf %v540, %v505 fastmath<contract> : f32
              %v548 = arith.addf %v547, %v546 fastmath<contract> : f32
              %v549 = arith.muli %v33, %v329 : i64
              %v550 = arith.constant 8 : i64
              %v551 = arith.addi %v550, %v23 : i64
              %v552 = arith.muli %v551, %v2 : i64
              %v553 = arith.addi %v549, %v552 : i64
              %v554 = llvm.getelementptr %in_A[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v555 = llvm.load %v554 : !llvm.ptr -> f32
              %v556 = arith.mulf %v529, %v555 fastmath<contract> : f32
              %v557 = arith.mulf %v556, %v275 fastmath<contract> : f32
              %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
              %v559 = arith.constant 8 : i64
              %v560 = arith.addi %v559, %v23 : i64
              %v561 = arith.muli %v560, %v181 : i64
              %v562 = arith.subi %v528, %v152 : i64
              %v563 = arith.addi %v561, %v562 : i64
              %v564 = llvm.getelementptr %v52[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v565 = llvm.load %v564 : !llvm.ptr -> f32
              %v566 = arith.mulf %v565, %v531 fastmath<contract> : f32
              %v567 = arith.mulf %v558, %v525 fastmath<contract> : f32
              %v568 = arith.addf %v567, %v566 fastmath<contract> : f32
              %v570 = arith.addi %v387, %v569 : i64
              %v571 = arith.minsi %v570, %v390 : i64
              %v572 = arith.addi %v152, %v571 : i64
              %v573, %v574 = gpu.shuffle idx %v447, %v120, %v321 : f32
              %v575, %v576 = gpu.shuffle idx %v455, %v120, %v321 : f32
              %v577 = arith.muli %v33, %v329 : i64
              %v578 = arith.muli %v23, %v2 : i64
              %v579 = arith.addi %v577, %v578 : i64
              %v580 = llvm.getelementptr %in_A[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v581 = llvm.load %v580 : !llvm.ptr -> f32
              %v582 = arith.mulf %v573, %v581 fastmath<contract> : f32
              %v583 = arith.mulf %v582, %v275 fastmath<contract> : f32
              %v584 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v583) : (f32) -> f32
              %v585 = arith.muli %v23, %v181 : i64
              %v586 = arith.subi %v572, %v152 : i64
              %v587 = arith.addi %v585, %v586 : i64
              %v588 = llvm.getelementptr %v52[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v589 = llvm.load %v588 : !llvm.ptr -> f32
              %v590 = arith.mulf %v589, %v575 fastmath<contract> : f32
              %v591 = arith.mulf %v584, %v548 fastmath<contract> : f32
              %v592 = arith.addf %v591, %v590 fastmath<contract> : f32
              %v593 = arith.muli %v33, %v329 : i64
              %v594 = arith.constant 8 : i64
              %v595 = arith.addi %v594, %v23 : i64
              %v596 = arith.muli %v595, %v2 : i64
              %v597 = arith.addi %v593, %v596 : i64
              %v598 = llvm.getelementptr %in_A[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v599 = llvm.load %v598 : !llvm.ptr -> f32
              %v600 = arith.mulf %v573, %v599 fastmath<contract> : f32
              %v601 = arith.mulf %v600, %v275 fastmath<contract> : f32
              %v602 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v601) : (f32) -> f32
              %v603 = arith.constant 8 : i64
              %v604 = arith.addi %v603, %v23 : i64
              %v605 = arith.muli %v604, %v181 : i64
              %v606 = arith.subi %v572, %v152 : i64
              %v607 = arith.addi %v605, %v606 : i64
              %v608 = llvm.getelementptr %v52[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v609 = llvm.load %v608 : !llvm.ptr -> f32
              %v610 = arith.mulf %v609, %v575 fastmath<contract> : f32
              %v611 = arith.mulf %v602, %v568 fastmath<contract> : f32
              %v612 = arith.addf %v611, %v610 fastmath<contract> : f32
              %v613 = arith.addi %v387, %v368 : i64
              %v614 = arith.minsi %v613, %v390 : i64
              %v615 = arith.addi %v152, %v614 : i64
              %v616, %v617 = gpu.shuffle idx %v447, %v124, %v321 : f32
              %v618, %v619 = gpu.shuffle idx %v455, %v124, %v321 : f32
              %v620 = arith.muli %v33, %v329 : i64
              %v621 = arith.muli %v23, %v2 : i64
              %v622 = arith.addi %v620, %v621 : i64
              %v623 = llvm.getelementptr %in_A[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v624 = llvm.load %v623 : !llvm.ptr -> f32
              %v625 = arith.mulf %v616, %v624 fastmath<contract> : f32
              %v626 = arith.mulf %v625, %v275 fastmath<contract> : f32
              %v627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v626) : (f32) -> f32
              %v628 = arith.muli %v23, %v181 : i64
              %v629 = arith.subi %v615, %v152 : i64
              %v630 = arith.addi %v628, %v629 : i64
              %v631 = llvm.getelementptr %v52[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v632 = llvm.load %v631 : !llvm.ptr -> f32
              %v633 = arith.mulf %v632, %v618 fastmath<contract> : f32
              %v634 = arith.mulf %v627, %v592 fastmath<contract> : f32
              %v635 = arith.addf %v634, %v633 fastmath<contract> : f32
              %v636 = arith.muli %v33, %v329 : i64
              %v637 = arith.constant 8 : i64
              %v638 = arith.addi %v637, %v23 : i64
              %v639 = arith.muli %v638, %v2 : i64
              %v640 = arith.addi %v636, %v639 : i64
              %v641 = llvm.getelementptr %in_A[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v642 = llvm.load %v641 : !llvm.ptr -> f32
              %v643 = arith.mulf %v616, %v642 fastmath<contract> : f32
              %v644 = arith.mulf %v643, %v275 fastmath<contract> : f32
              %v645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v644) : (f32) -> f32
              %v646 = arith.constant 8 : i64
              %v647 = arith.addi %v646, %v23 : i64
              %v648 = arith.muli %v647, %v181 : i64
              %v649 = arith.subi %v615, %v152 : i64
              %v650 = arith.addi %v648, %v649 : i64
              %v651 = llvm.getelementptr %v52[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v652 = llvm.load %v651 : !llvm.ptr -> f32
              %v653 = arith.mulf %v652, %v618 fastmath<contract> : f32
              %v654 = arith.mulf %v645, %v612 fastmath<contract> : f32
              %v655 = arith.addf %v654, %v653 fastmath<contract> : f32
              %v656 = arith.addi %v387, %v369 : i64
              %v657 = arith.minsi %v656, %v390 : i64
              %v658 = arith.addi %v152, %v657 : i64
              %v659, %v660 = gpu.shuffle idx %v447, %v128, %v321 : f32
              %v661, %v662 = gpu.shuffle idx %v455, %v128, %v321 : f32
              %v663 = arith.muli %v33, %v329 : i64
              %v664 = arith.muli %v23, %v2 : i64
              %v665 = arith.addi %v663, %v664 : i64
              %v666 = llvm.getelementptr %in_A[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v667 = llvm.load %v666 : !llvm.ptr -> f32
              %v668 = arith.mulf %v659, %v667 fastmath<contract> : f32
              %v669 = arith.mulf %v668, %v275 fastmath<contract> : f32
              %v670 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v669) : (f32) -> f32
              %v671 = arith.muli %v23, %v181 : i64
              %v672 = arith.subi %v658, %v152 : i64
              %v673 = arith.addi %v671, %v672 : i64
              %v674 = llvm.getelementptr %v52[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v675 = llvm.load %v674 : !llvm.ptr -> f32
              %v676 = arith.mulf %v675, %v661 fastmath<contract> : f32
              %v677 = arith.mulf %v670, %v635 fastmath<contract> : f32
              %v678 = arith.addf %v677, %v676 fastmath<contract> : f32
              %v679 = arith.muli %v33, %v329 : i64
              %v680 = arith.constant 8 : i64
              %v681 = arith.addi %v680, %v23 : i64
              %v682 = arith.muli %v681, %v2 : i64
              %v683 = arith.addi %v679, %v682 : i64
              %v684 = llvm.getelementptr %in_A[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v685 = llvm.load %v684 : !llvm.ptr -> f32
              %v686 = arith.mulf %v659, %v685 fastmath<contract> : f32
              %v687 = arith.mulf %v686, %v275 fastmath<contract> : f32
              %v688 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v687) : (f32) -> f32
              %v689 = arith.constant 8 : i64
              %v690 = arith.addi %v689, %v23 : i64
              %v691 = arith.muli %v690, %v181 : i64
              %v692 = arith.subi %v658, %v152 : i64
              %v693 = arith.addi %v691, %v692 : i64
              %v694 = llvm.getelementptr %v52[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v695 = llvm.load %v694 : !llvm.ptr -> f32
              %v696 = arith.mulf %v695, %v661 fastmath<contract> : f32
              %v697 = arith.mulf %v688, %v655 fastmath<contract> : f32
              %v698 = arith.addf %v697, %v696 fastmath<contract> : f32
              %v700 = arith.addi %v387, %v699 : i64
              %v701 = arith.minsi %v700, %v390 : i64
              %v702 = arith.addi %v152, %v701 : i64
              %v703, %v704 = gpu.shuffle idx %v447, %v132, %v321 : f32
              %v705, %v706 = gpu.shuffle idx %v455, %v132, %v321 : f32
              %v707 = arith.muli %v33, %v329 : i64
              %v708 = arith.muli %v23, %v2 : i64
              %v709 = arith.addi %v707, %v708 : i64
              %v710 = llvm.getelementptr %in_A[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v711 = llvm.load %v710 : !llvm.ptr -> f32
              %v712 = arith.mulf %v703, %v711 fastmath<contract> : f32
              %v713 = arith.mulf %v712, %v275 fastmath<contract> : f32
              %v714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v713) : (f32) -> f32
              %v715 = arith.muli %v23, %v181 : i64
              %v716 = arith.subi %v702, %v152 : i64
              %v717 = arith.addi %v715, %v716 : i64
              %v718 = llvm.getelementptr %v52[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v719 = llvm.load %v718 : !llvm.ptr -> f32
              %v720 = arith.mulf %v719, %v705 fastmath<contract> : f32
              %v721 = arith.mulf %v714, %v678 fastmath<contract> : f32
              %v722 = arith.addf %v721, %v720 fastmath<contract> : f32
              %v723 = arith.muli %v33, %v329 : i64
              %v724 = arith.constant 8 : i64
              %v725 = arith.addi %v724, %v23 : i64
              %v726 = arith.muli %v725, %v2 : i64
              %v727 = arith.addi %v723, %v726 : i64
              %v728 = llvm.getelementptr %in_A[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v729 = llvm.load %v728 : !llvm.ptr -> f32
              %v730 = arith.mulf %v703, %v729 fastmath<contract> : f32
              %v731 = arith.mulf %v730, %v275 fastmath<contract> : f32
              %v732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v731) : (f32) -> f32
              %v733 = arith.constant 8 : i64
              %v734 = arith.addi %v733, %v23 : i64
              %v735 = arith.muli %v734, %v181 : i64
              %v736 = arith.subi %v702, %v152 : i64
              %v737 = arith.addi %v735, %v736 : i64
              %v738 = llvm.getelementptr %v52[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v739 = llvm.load %v738 : !llvm.ptr -> f32
              %v740 = arith.mulf %v739, %v705 fastmath<contract> : f32
              %v741 = arith.mulf %v732, %v698 fastmath<contract> : f32
              %v742 = arith.addf %v741, %v740 fastmath<contract> : f32
              %v744 = arith.addi %v387, %v743 : i64
              %v745 = arith.minsi %v744, %v390 : i64
              %v746 = arith.addi %v152, %v745 : i64
              %v747, %v748 = gpu.shuffle idx %v447, %v136, %v321 : f32
              %v749, %v750 = gpu.shuffle idx %v455, %v136, %v321 : f32
              %v751 = arith.muli %v33, %v329 : i64
              %v752 = arith.muli %v23, %v2 : i64
              %v753 = arith.addi %v751, %v752 : i64
              %v754 = llvm.getelementptr %in_A[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v755 = llvm.load %v754 : !llvm.ptr -> f32
              %v756 = arith.mulf %v747, %v755 fastmath<contract> : f32
              %v757 = arith.mulf %v756, %v275 fastmath<contract> : f32
              %v758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v757) : (f32) -> f32
              %v759 = arith.muli %v23, %v181 : i64
              %v760 = arith.subi %v746, %v152 : i64
              %v761 = arith.addi %v759, %v760 : i64
              %v762 = llvm.getelementptr %v52[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v763 = llvm.load %v762 : !llvm.ptr -> f32
              %v764 = arith.mulf %v763, %v749 fastmath<contract> : f32
              %v765 = arith.mulf %v758, %v722 fastmath<contract> : f32
              %v766 = arith.addf %v765, %v764 fastmath<contract> : f32
              %v767 = arith.muli %v33, %v329 : i64
              %v768 = arith.constant 8 : i64
              %v769 = arith.addi %v768, %v23 : i64
              %v770 = arith.muli %v769, %v2 : i64
              %v771 = arith.addi %v767, %v770 : i64
              %v772 = llvm.getelementptr %in_A[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v773 = llvm.load %v772 : !llvm.ptr -> f32
              %v774 = arith.mulf %v747, %v773 fastmath<contract> : f32
              %v775 = arith.mulf %v774, %v275 fastmath<contract> : f32
              %v776 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v775) : (f32) -> f32
              %v777 = arith.constant 8 : i64
              %v778 = arith.addi %v777, %v23 : i64
              %v779 = arith.muli %v778, %v181 : i64
              %v780 = arith.subi %v746, %v152 : i64
              %v781 = arith.addi %v779, %v780 : i64
              %v782 = llvm.getelementptr %v52[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v783 = llvm.load %v782 : !llvm.ptr -> f32
              %v784 = arith.mulf %v783, %v749 fastmath<contract> : f32
              %v785 = arith.mulf %v776, %v742 fastmath<contract> : f32
              %v786 = arith.addf %v785, %v784 fastmath<contract> : f32
              %v787 = arith.addi %v387, %v104 : i64
              %v788 = arith.minsi %v787, %v390 : i64
              %v789 = arith.addi %v152, %v788 : i64
              %v790, %v791 = gpu.shuffle idx %v447, %v140, %v321 : f32
              %v792, %v793 = gpu.shuffle idx %v455, %v140, %v321 : f32
              %v794 = arith.muli %v33, %v329 : i64
              %v795 = arith.muli %v23, %v2 : i64
              %v796 = arith.addi %v794, %v795 : i64
              %v797 = llvm.getelementptr %in_A[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v798 = llvm.load %v797 : !llvm.ptr -> f32
              %v799 = arith.mulf %v790, %v798 fastmath<contract> : f32
              %v800 = arith.mulf %v799, %v275 fastmath<contract> : f32
              %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
              %v802 = arith.muli %v23, %v181 : i64
              %v803 = arith.subi %v789, %v152 : i64
              %v804 = arith.addi %v802, %v803 : i64
              %v805 = llvm.getelementptr %v52[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v806 = llvm.load %v805 : !llvm.ptr -> f32
              %v807 = arith.mulf %v806, %v792 fastmath<contract> : f32
              %v808 = arith.mulf %v801, %v766 fastmath<contract> : f32
              %v809 = arith.addf %v808, %v807 fastmath<contract> : f32
              %v810 = arith.muli %v33, %v329 : i64
              %v811 = arith.constant 8 : i64
              %v812 = arith.addi %v811, %v23 : i64
              %v813 = arith.muli %v812, %v2 : i64
              %v814 = arith.addi %v810, %v813 : i64
              %v815 = llvm.getelementptr %in_A[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v816 = llvm.load %v815 : !llvm.ptr -> f32
              %v817 = arith.mulf %v790, %v816 fastmath<contract> : f32
              %v818 = arith.mulf %v817, %v275 fastmath<contract> : f32
              %v819 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v818) : (f32) -> f32
              %v820 = arith.constant 8 : i64
              %v821 = arith.addi %v820, %v23 : i64
              %v822 = arith.muli %v821, %v181 : i64
              %v823 = arith.subi %v789, %v152 : i64
              %v824 = arith.addi %v822, %v823 : i64
              %v825 = llvm.getelementptr %v52[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v826 = llvm.load %v825 : !llvm.ptr -> f32
              %v827 = arith.mulf %v826, %v792 fastmath<contract> : f32
              %v828 = arith.mulf %v819, %v786 fastmath<contract> : f32
              %v829 = arith.addf %v828, %v827 fastmath<contract> : f32
              %v833 = arith.shrui %v23, %v57 : i64
              %v834 = arith.andi %v833, %v2 : i64
              %v835 = arith.cmpi ne, %v834, %v57 : i64
              %v836 = arith.shrui %v23, %v2 : i64
              %v837 = arith.andi %v836, %v2 : i64
              %v838 = arith.cmpi ne, %v837, %v57 : i64
              %v839 = arith.shrui %v23, %v569 : i64
              %v840 = arith.andi %v839, %v2 : i64
              %v841 = arith.cmpi ne, %v840, %v57 : i64
              %v842 = arith.addi %v387, %v104 : i64
              %v843 = arith.cmpi slt, %v842, %v154 : i64
              %v844, %v845 = gpu.shuffle idx %v447, %v140, %v321 : f32
              %v846, %v847 = gpu.shuffle idx %v455, %v140, %v321 : f32
              %v848, %v849 = gpu.shuffle idx %v468, %v140, %v321 : f32
              %v850, %v851 = gpu.shuffle idx %v477, %v140, %v321 : f32
              %v852, %v853 = gpu.shuffle idx %v482, %v140, %v321 : f32
              %v854 = arith.addi %v389, %v57 : i64
              llvm.store %v55, %v830 : f32, !llvm.ptr
              llvm.store %v55, %v831 : f32, !llvm.ptr
              llvm.store %v55, %v832 : f32, !llvm.ptr
              scf.if %v843 {
                %v855 = arith.addi %v152, %v842 : i64
                %v856 = arith.muli %v23, %v181 : i64
                %v857 = arith.subi %v855, %v152 : i64
                %v858 = arith.addi %v856, %v857 : i64
                %v859 = llvm.getelementptr %v54[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v860 = llvm.load %v859 : !llvm.ptr -> f32
                %v861 = arith.muli %v35, %v260 : i64
                %v862 = arith.muli %v33, %v259 : i64
                %v863 = arith.addi %v861, %v862 : i64
                %v864 = arith.muli %v855, %v2 : i64
                %v865 = arith.addi %v863, %v864 : i64
                %v866 = llvm.getelementptr %dy_y[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v867 = llvm.load %v866 : !llvm.ptr -> f32
                %v868 = arith.mulf %v848, %v867 fastmath<contract> : f32
                %v869 = arith.mulf %v860, %v868 fastmath<contract> : f32
                %v870 = llvm.load %v37 : !llvm.ptr -> f32
                %v871 = llvm.load %v39 : !llvm.ptr -> f32
                %v872 = arith.mulf %v871, %v870 fastmath<contract> : f32
                %v873 = arith.addf %v869, %v872 fastmath<contract> : f32
                llvm.store %v873, %v37 : f32, !llvm.ptr
                %v874 = arith.constant 8 : i64
                %v875 = arith.addi %v874, %v23 : i64
                %v876 = arith.muli %v875, %v181 : i64
                %v877 = arith.subi %v855, %v152 : i64
                %v878 = arith.addi %v876, %v877 : i64
                %v879 = llvm.getelementptr %v54[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v880 = llvm.load %v879 : !llvm.ptr -> f32
                %v881 = arith.mulf %v880, %v868 fastmath<contract> : f32
                %v882 = llvm.load %v38 : !llvm.ptr -> f32
                %v883 = llvm.load %v40 : !llvm.ptr -> f32
                %v884 = arith.mulf %v883, %v882 fastmath<contract> : f32
                %v885 = arith.addf %v881, %v884 fastmath<contract> : f32
                llvm.store %v885, %v38 : f32, !llvm.ptr
                %v886 = arith.subi %size_L, %v2 : i64
                %v887 = arith.cmpi eq, %v855, %v886 : i64
                scf.if %v887 {
                  %v888 = arith.muli %v35, %v60 : i64
                  %v889 = arith.muli %v33, %v59 : i64
                  %v890 = arith.addi %v888, %v889 : i64
                  %v891 = arith.muli %v23, %v2 : i64
                  %v892 = arith.addi %v890, %v891 : i64
                  %v893 = llvm.getelementptr %dy_h_last[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v894 = llvm.load %v893 : !llvm.ptr -> f32
                  %v895 = llvm.load %v37 : !llvm.ptr -> f32
                  %v896 = arith.addf %v895, %v894 fastmath<contract> : f32
                  llvm.store %v896, %v37 : f32, !llvm.ptr
                  %v897 = arith.muli %v35, %v60 : i64
                  %v898 = arith.muli %v33, %v59 : i64
                  %v899 = arith.addi %v897, %v898 : i64
                  %v900 = arith.constant 8 : i64
                  %v901 = arith.addi %v900, %v23 : i64
                  %v902 = arith.muli %v901, %v2 : i64
                  %v903 = arith.addi %v899, %v902 : i64
                  %v904 = llvm.getelementptr %dy_h_last[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v905 = llvm.load %v904 : !llvm.ptr -> f32
                  %v906 = llvm.load %v38 : !llvm.ptr -> f32
                  %v907 = arith.addf %v906, %v905 fastmath<contract> : f32
                  llvm.store %v907, %v38 : f32, !llvm.ptr
                }
                %v908 = arith.muli %v33, %v329 : i64
                %v909 = arith.muli %v23, %v2 : i64
                %v910 = arith.addi %v908, %v909 : i64
                %v911 = llvm.getelementptr %in_A[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v912 = llvm.load %v911 : !llvm.ptr -> f32
                %v913 = arith.mulf %v844, %v912 fastmath<contract> : f32
                %v914 = arith.mulf %v913, %v275 fastmath<contract> : f32
                %v915 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v914) : (f32) -> f32
                %v916 = llvm.load %v37 : !llvm.ptr -> f32
                %v917 = arith.mulf %v766, %v916 fastmath<contract> : f32
                %v918 = arith.mulf %v915, %v917 fastmath<contract> : f32
                %v919 = arith.mulf %v844, %v918 fastmath<contract> : f32
                %v920 = llvm.load %v41 : !llvm.ptr -> f32
                %v921 = arith.addf %v920, %v919 fastmath<contract> : f32
                llvm.store %v921, %v41 : f32, !llvm.ptr
                %v922 = arith.muli %v33, %v329 : i64
                %v923 = arith.constant 8 : i64
                %v924 = arith.addi %v923, %v23 : i64
                %v925 = arith.muli %v924, %v2 : i64
                %v926 = arith.addi %v922, %v925 : i64
                %v927 = llvm.getelementptr %in_A[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v928 = llvm.load %v927 : !llvm.ptr -> f32
                %v929 = arith.mulf %v844, %v928 fastmath<contract> : f32
                %v930 = arith.mulf %v929, %v275 fastmath<contract> : f32
                %v931 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v930) : (f32) -> f32
                %v932 = llvm.load %v38 : !llvm.ptr -> f32
                %v933 = arith.mulf %v786, %v932 fastmath<contract> : f32
                %v934 = arith.mulf %v931, %v933 fastmath<contract> : f32
                %v935 = arith.mulf %v844, %v934 fastmath<contract> : f32
                %v936 = llvm.load %v42 : !llvm.ptr -> f32
                %v937 = arith.addf %v936, %v935 fastmath<contract> : f32
                llvm.store %v937, %v42 : f32, !llvm.ptr
                %v938 = arith.mulf %v846, %v916 fastmath<contract> : f32
                %v939 = arith.select %v27, %v938, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v941, %v942 = gpu.shuffle xor %v939, %v940, %v321 : f32
                %v943 = arith.addf %v939, %v941 fastmath<contract> : f32
                %v945, %v946 = gpu.shuffle xor %v943, %v944, %v321 : f32
                %v947 = arith.addf %v943, %v945 fastmath<contract> : f32
                %v948 = arith.divui %v13, %v15 : i64
                %v949 = arith.remui %v13, %v15 : i64
                %v950 = arith.cmpi ult, %v949, %v22 : i64
                %v951 = arith.addi %v57, %v23 : i64
                %v952 = arith.muli %v948, %v1 : i64
                %v953 = arith.addi %v952, %v951 : i64
                %v955 = arith.muli %v953, %v954 : i64
                %v956 = arith.addi %v955, %v854 : i64
                scf.if %v950 {
                  %v957 = llvm.getelementptr %v48[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v947, %v957 : f32, !llvm.ptr
                }
                %v958 = arith.mulf %v846, %v932 fastmath<contract> : f32
                %v959 = arith.select %v27, %v958, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v960, %v961 = gpu.shuffle xor %v959, %v940, %v321 : f32
                %v962 = arith.addf %v959, %v960 fastmath<contract> : f32
                %v963, %v964 = gpu.shuffle xor %v962, %v944, %v321 : f32
                %v965 = arith.addf %v962, %v963 fastmath<contract> : f32
                %v966 = arith.divui %v13, %v15 : i64
                %v967 = arith.remui %v13, %v15 : i64
                %v968 = arith.cmpi ult, %v967, %v22 : i64
                %v969 = arith.addi %v22, %v23 : i64
                %v970 = arith.muli %v966, %v1 : i64
                %v971 = arith.addi %v970, %v969 : i64
                %v972 = arith.muli %v971, %v954 : i64
                %v973 = arith.addi %v972, %v854 : i64
                scf.if %v968 {
                  %v974 = llvm.getelementptr %v48[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v965, %v974 : f32, !llvm.ptr
                }
                %v975 = arith.mulf %v809, %v868 fastmath<contract> : f32
                %v976 = arith.select %v27, %v975, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v977, %v978 = gpu.shuffle xor %v976, %v940, %v321 : f32
                %v979 = arith.addf %v976, %v977 fastmath<contract> : f32
                %v980, %v981 = gpu.shuffle xor %v979, %v944, %v321 : f32
                %v982 = arith.addf %v979, %v980 fastmath<contract> : f32
                %v983 = arith.divui %v13, %v15 : i64
                %v984 = arith.remui %v13, %v15 : i64
                %v985 = arith.cmpi ult, %v984, %v22 : i64
                %v986 = arith.addi %v57, %v23 : i64
                %v987 = arith.muli %v983, %v1 : i64
                %v988 = arith.addi %v987, %v986 : i64
                %v989 = arith.muli %v988, %v954 : i64
                %v990 = arith.addi %v989, %v854 : i64
                scf.if %v985 {
                  %v991 = llvm.getelementptr %v50[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v982, %v991 : f32, !llvm.ptr
                }
                %v992 = arith.mulf %v829, %v868 fastmath<contract> : f32
                %v993 = arith.select %v27, %v992, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v994, %v995 = gpu.shuffle xor %v993, %v940, %v321 : f32
                %v996 = arith.addf %v993, %v994 fastmath<contract> : f32
                %v997, %v998 = gpu.shuffle xor %v996, %v944, %v321 : f32
                %v999 = arith.addf %v996, %v997 fastmath<contract> : f32
                %v1000 = arith.divui %v13, %v15 : i64
                %v1001 = arith.remui %v13, %v15 : i64
                %v1002 = arith.cmpi ult, %v1001, %v22 : i64
                %v1003 = arith.addi %v22, %v23 : i64
                %v1004 = arith.muli %v1000, %v1 : i64
                %v1005 = arith.addi %v1004, %v1003 : i64
                %v1006 = arith.muli %v1005, %v954 : i64
                %v1007 = arith.addi %v1006, %v854 : i64
                scf.if %v1002 {
                  %v1008 = llvm.getelementptr %v50[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v999, %v1008 : f32, !llvm.ptr
                }
                %v1009 = arith.mulf %v860, %v809 fastmath<contract> : f32
                %v1010 = arith.mulf %v880, %v829 fastmath<contract> : f32
                %v1011 = arith.addf %v1009, %v1010 fastmath<contract> : f32
                llvm.store %v1011, %v830 : f32, !llvm.ptr
                %v1012 = arith.muli %v23, %v181 : i64
                %v1013 = arith.subi %v855, %v152 : i64
                %v1014 = arith.addi %v1012, %v1013 : i64
                %v1015 = llvm.getelementptr %v52[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                %v1017 = arith.mulf %v1016, %v916 fastmath<contract> : f32
                %v1018 = arith.constant 8 : i64
                %v1019 = arith.addi %v1018, %v23 : i64
                %v1020 = arith.muli %v1019, %v181 : i64
                %v1021 = arith.subi %v855, %v152 : i64
                %v1022 = arith.addi %v1020, %v1021 : i64
                %v1023 = llvm.getelementptr %v52[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                %v1025 = arith.mulf %v1024, %v932 fastmath<contract> : f32
                %v1026 = arith.addf %v1017, %v1025 fastmath<contract> : f32
                llvm.store %v1026, %v831 : f32, !llvm.ptr
                %v1027 = arith.mulf %v912, %v917 fastmath<contract> : f32
                %v1028 = arith.mulf %v915, %v1027 fastmath<contract> : f32
                %v1029 = arith.mulf %v928, %v933 fastmath<contract> : f32
                %v1030 = arith.mulf %v931, %v1029 fastmath<contract> : f32
                %v1031 = arith.addf %v1028, %v1030 fastmath<contract> : f32
                llvm.store %v1031, %v832 : f32, !llvm.ptr
                llvm.store %v915, %v39 : f32, !llvm.ptr
                llvm.store %v931, %v40 : f32, !llvm.ptr
              }
              %v1032 = llvm.load %v830 : !llvm.ptr -> f32
              %v1033 = llvm.load %v831 : !llvm.ptr -> f32
              %v1034 = llvm.load %v832 : !llvm.ptr -> f32
              %v1035 = arith.addi %v387, %v743 : i64
              %v1036 = arith.cmpi slt, %v1035, %v154 : i64
              %v1037, %v1038 = gpu.shuffle idx %v447, %v136, %v321 : f32
              %v1039, %v1040 = gpu.shuffle idx %v455, %v136, %v321 : f32
              %v1041, %v1042 = gpu.shuffle idx %v468, %v136, %v321 : f32
              %v1043, %v1044 = gpu.shuffle idx %v477, %v136, %v321 : f32
              %v1045, %v1046 = gpu.shuffle idx %v482, %v136, %v321 : f32
              %v1047 = arith.addi %v389, %v2 : i64
              llvm.store %v55, %v830 : f32, !llvm.ptr
              llvm.store %v55, %v831 : f32, !llvm.ptr
              llvm.store %v55, %v832 : f32, !llvm.ptr
              scf.if %v1036 {
                %v1048 = arith.addi %v152, %v1035 : i64
                %v1049 = arith.muli %v23, %v181 : i64
                %v1050 = arith.subi %v1048, %v152 : i64
                %v1051 = arith.addi %v1049, %v1050 : i64
                %v1052 = llvm.getelementptr %v54[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
                %v1054 = arith.muli %v35, %v260 : i64
                %v1055 = arith.muli %v33, %v259 : i64
                %v1056 = arith.addi %v1054, %v1055 : i64
                %v1057 = arith.muli %v1048, %v2 : i64
                %v1058 = arith.addi %v1056, %v1057 : i64
                %v1059 = llvm.getelementptr %dy_y[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
                %v1061 = arith.mulf %v1041, %v1060 fastmath<contract> : f32
                %v1062 = arith.mulf %v1053, %v1061 fastmath<contract> : f32
                %v1063 = llvm.load %v37 : !llvm.ptr -> f32
                %v1064 = llvm.load %v39 : !llvm.ptr -> f32
                %v1065 = arith.mulf %v1064, %v1063 fastmath<contract> : f32
                %v1066 = arith.addf %v1062, %v1065 fastmath<contract> : f32
                llvm.store %v1066, %v37 : f32, !llvm.ptr
                %v1067 = arith.constant 8 : i64
                %v1068 = arith.addi %v1067, %v23 : i64
                %v1069 = arith.muli %v1068, %v181 : i64
                %v1070 = arith.subi %v1048, %v152 : i64
                %v1071 = arith.addi %v1069, %v1070 : i64
                %v1072 = llvm.getelementptr %v54[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
                %v1074 = arith.mulf %v1073, %v1061 fastmath<contract> : f32
                %v1075 = llvm.load %v38 : !llvm.ptr -> f32
                %v1076 = llvm.load %v40 : !llvm.ptr -> f32
                %v1077 = arith.mulf %v1076, %v1075 fastmath<contract> : f32
                %v1078 = arith.addf %v1074, %v1077 fastmath<contract> : f32
                llvm.store %v1078, %v38 : f32, !llvm.ptr
                %v1079 = arith.subi %size_L, %v2 : i64
                %v1080 = arith.cmpi eq, %v1048, %v1079 : i64
                scf.if %v1080 {
                  %v1081 = arith.muli %v35, %v60 : i64
                  %v1082 = arith.muli %v33, %v59 : i64
                  %v1083 = arith.addi %v1081, %v1082 : i64
                  %v1084 = arith.muli %v23, %v2 : i64
                  %v1085 = arith.addi %v1083, %v1084 : i64
                  %v1086 = llvm.getelementptr %dy_h_last[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                  %v1088 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1089 = arith.addf %v1088, %v1087 fastmath<contract> : f32
                  llvm.store %v1089, %v37 : f32, !llvm.ptr
                  %v1090 = arith.muli %v35, %v60 : i64
                  %v1091 = arith.muli %v33, %v59 : i64
                  %v1092 = arith.addi %v1090, %v1091 : i64
                  %v1093 = arith.constant 8 : i64
                  %v1094 = arith.addi %v1093, %v23 : i64
                  %v1095 = arith.muli %v1094, %v2 : i64
                  %v1096 = arith.addi %v1092, %v1095 : i64
                  %v1097 = llvm.getelementptr %dy_h_last[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
                  %v1099 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1100 = arith.addf %v1099, %v1098 fastmath<contract> : f32
                  llvm.store %v1100, %v38 : f32, !llvm.ptr
                }
                %v1101 = arith.muli %v33, %v329 : i64
                %v1102 = arith.muli %v23, %v2 : i64
                %v1103 = arith.addi %v1101, %v1102 : i64
                %v1104 = llvm.getelementptr %in_A[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
                %v1106 = arith.mulf %v1037, %v1105 fastmath<contract> : f32
                %v1107 = arith.mulf %v1106, %v275 fastmath<contract> : f32
                %v1108 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1107) : (f32) -> f32
                %v1109 = llvm.load %v37 : !llvm.ptr -> f32
                %v1110 = arith.mulf %v722, %v1109 fastmath<contract> : f32
                %v1111 = arith.mulf %v1108, %v1110 fastmath<contract> : f32
                %v1112 = arith.mulf %v1037, %v1111 fastmath<contract> : f32
                %v1113 = llvm.load %v41 : !llvm.ptr -> f32
                %v1114 = arith.addf %v1113, %v1112 fastmath<contract> : f32
                llvm.store %v1114, %v41 : f32, !llvm.ptr
                %v1115 = arith.muli %v33, %v329 : i64
                %v1116 = arith.constant 8 : i64
                %v1117 = arith.addi %v1116, %v23 : i64
                %v1118 = arith.muli %v1117, %v2 : i64
                %v1119 = arith.addi %v1115, %v1118 : i64
                %v1120 = llvm.getelementptr %in_A[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
                %v1122 = arith.mulf %v1037, %v1121 fastmath<contract> : f32
                %v1123 = arith.mulf %v1122, %v275 fastmath<contract> : f32
                %v1124 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1123) : (f32) -> f32
                %v1125 = llvm.load %v38 : !llvm.ptr -> f32
                %v1126 = arith.mulf %v742, %v1125 fastmath<contract> : f32
                %v1127 = arith.mulf %v1124, %v1126 fastmath<contract> : f32
                %v1128 = arith.mulf %v1037, %v1127 fastmath<contract> : f32
                %v1129 = llvm.load %v42 : !llvm.ptr -> f32
                %v1130 = arith.addf %v1129, %v1128 fastmath<contract> : f32
                llvm.store %v1130, %v42 : f32, !llvm.ptr
                %v1131 = arith.mulf %v1039, %v1109 fastmath<contract> : f32
                %v1132 = arith.select %v27, %v1131, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1133, %v1134 = gpu.shuffle xor %v1132, %v940, %v321 : f32
                %v1135 = arith.addf %v1132, %v1133 fastmath<contract> : f32
                %v1136, %v1137 = gpu.shuffle xor %v1135, %v944, %v321 : f32
                %v1138 = arith.addf %v1135, %v1136 fastmath<contract> : f32
                %v1139 = arith.divui %v13, %v15 : i64
                %v1140 = arith.remui %v13, %v15 : i64
                %v1141 = arith.cmpi ult, %v1140, %v22 : i64
                %v1142 = arith.addi %v57, %v23 : i64
                %v1143 = arith.muli %v1139, %v1 : i64
                %v1144 = arith.addi %v1143, %v1142 : i64
                %v1145 = arith.muli %v1144, %v954 : i64
                %v1146 = arith.addi %v1145, %v1047 : i64
                scf.if %v1141 {
                  %v1147 = llvm.getelementptr %v48[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1138, %v1147 : f32, !llvm.ptr
                }
                %v1148 = arith.mulf %v1039, %v1125 fastmath<contract> : f32
                %v1149 = arith.select %v27, %v1148, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1150, %v1151 = gpu.shuffle xor %v1149, %v940, %v321 : f32
                %v1152 = arith.addf %v1149, %v1150 fastmath<contract> : f32
                %v1153, %v1154 = gpu.shuffle xor %v1152, %v944, %v321 : f32
                %v1155 = arith.addf %v1152, %v1153 fastmath<contract> : f32
                %v1156 = arith.divui %v13, %v15 : i64
                %v1157 = arith.remui %v13, %v15 : i64
                %v1158 = arith.cmpi ult, %v1157, %v22 : i64
                %v1159 = arith.addi %v22, %v23 : i64
                %v1160 = arith.muli %v1156, %v1 : i64
                %v1161 = arith.addi %v1160, %v1159 : i64
                %v1162 = arith.muli %v1161, %v954 : i64
                %v1163 = arith.addi %v1162, %v1047 : i64
                scf.if %v1158 {
                  %v1164 = llvm.getelementptr %v48[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1155, %v1164 : f32, !llvm.ptr
                }
                %v1165 = arith.mulf %v766, %v1061 fastmath<contract> : f32
                %v1166 = arith.select %v27, %v1165, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1167, %v1168 = gpu.shuffle xor %v1166, %v940, %v321 : f32
                %v1169 = arith.addf %v1166, %v1167 fastmath<contract> : f32
                %v1170, %v1171 = gpu.shuffle xor %v1169, %v944, %v321 : f32
                %v1172 = arith.addf %v1169, %v1170 fastmath<contract> : f32
                %v1173 = arith.divui %v13, %v15 : i64
                %v1174 = arith.remui %v13, %v15 : i64
                %v1175 = arith.cmpi ult, %v1174, %v22 : i64
                %v1176 = arith.addi %v57, %v23 : i64
                %v1177 = arith.muli %v1173, %v1 : i64
                %v1178 = arith.addi %v1177, %v1176 : i64
                %v1179 = arith.muli %v1178, %v954 : i64
                %v1180 = arith.addi %v1179, %v1047 : i64
                scf.if %v1175 {
                  %v1181 = llvm.getelementptr %v50[%v1180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1172, %v1181 : f32, !llvm.ptr
                }
                %v1182 = arith.mulf %v786, %v1061 fastmath<contract> : f32
                %v1183 = arith.select %v27, %v1182, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1184, %v1185 = gpu.shuffle xor %v1183, %v940, %v321 : f32
                %v1186 = arith.addf %v1183, %v1184 fastmath<contract> : f32
                %v1187, %v1188 = gpu.shuffle xor %v1186, %v944, %v321 : f32
                %v1189 = arith.addf %v1186, %v1187 fastmath<contract> : f32
                %v1190 = arith.divui %v13, %v15 : i64
                %v1191 = arith.remui %v13, %v15 : i64
                %v1192 = arith.cmpi ult, %v1191, %v22 : i64
                %v1193 = arith.addi %v22, %v23 : i64
                %v1194 = arith.muli %v1190, %v1 : i64
                %v1195 = arith.addi %v1194, %v1193 : i64
                %v1196 = arith.muli %v1195, %v954 : i64
                %v1197 = arith.addi %v1196, %v1047 : i64
                scf.if %v1192 {
                  %v1198 = llvm.getelementptr %v50[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1189, %v1198 : f32, !llvm.ptr
                }
                %v1199 = arith.mulf %v1053, %v766 fastmath<contract> : f32
                %v1200 = arith.mulf %v1073, %v786 fastmath<contract> : f32
                %v1201 = arith.addf %v1199, %v1200 fastmath<contract> : f32
                llvm.store %v1201, %v830 : f32, !llvm.ptr
                %v1202 = arith.muli %v23, %v181 : i64
                %v1203 = arith.subi %v1048, %v152 : i64
                %v1204 = arith.addi %v1202, %v1203 : i64
                %v1205 = llvm.getelementptr %v52[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
                %v1207 = arith.mulf %v1206, %v1109 fastmath<contract> : f32
                %v1208 = arith.constant 8 : i64
                %v1209 = arith.addi %v1208, %v23 : i64
                %v1210 = arith.muli %v1209, %v181 : i64
                %v1211 = arith.subi %v1048, %v152 : i64
                %v1212 = arith.addi %v1210, %v1211 : i64
                %v1213 = llvm.getelementptr %v52[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
                %v1215 = arith.mulf %v1214, %v1125 fastmath<contract> : f32
                %v1216 = arith.addf %v1207, %v1215 fastmath<contract> : f32
                llvm.store %v1216, %v831 : f32, !llvm.ptr
                %v1217 = arith.mulf %v1105, %v1110 fastmath<contract> : f32
                %v1218 = arith.mulf %v1108, %v1217 fastmath<contract> : f32
                %v1219 = arith.mulf %v1121, %v1126 fastmath<contract> : f32
                %v1220 = arith.mulf %v1124, %v1219 fastmath<contract> : f32
                %v1221 = arith.addf %v1218, %v1220 fastmath<contract> : f32
                llvm.store %v1221, %v832 : f32, !llvm.ptr
                llvm.store %v1108, %v39 : f32, !llvm.ptr
                llvm.store %v1124, %v40 : f32, !llvm.ptr
              }
              %v1222 = llvm.load %v830 : !llvm.ptr -> f32
              %v1223 = arith.select %v835, %v1222, %v1032 : f32
              %v1224 = arith.select %v835, %v1032, %v1222 : f32
              %v1226, %v1227 = gpu.shuffle xor %v1223, %v1225, %v321 : f32
              %v1228 = arith.addf %v1224, %v1226 fastmath<contract> : f32
              %v1229 = llvm.load %v831 : !llvm.ptr -> f32
              %v1230 = arith.select %v835, %v1229, %v1033 : f32
              %v1231 = arith.select %v835, %v1033, %v1229 : f32
              %v1232, %v1233 = gpu.shuffle xor %v1230, %v1225, %v321 : f32
              %v1234 = arith.addf %v1231, %v1232 fastmath<contract> : f32
              %v1235 = llvm.load %v832 : !llvm.ptr -> f32
              %v1236 = arith.select %v835, %v1235, %v1034 : f32
              %v1237 = arith.select %v835, %v1034, %v1235 : f32
              %v1238, %v1239 = gpu.shuffle xor %v1236, %v1225, %v321 : f32
              %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
              %v1241 = arith.addi %v387, %v699 : i64
              %v1242 = arith.cmpi slt, %v1241, %v154 : i64
              %v1243, %v1244 = gpu.shuffle idx %v447, %v132, %v321 : f32
              %v1245, %v1246 = gpu.shuffle idx %v455, %v132, %v321 : f32
              %v1247, %v1248 = gpu.shuffle idx %v468, %v132, %v321 : f32
              %v1249, %v1250 = gpu.shuffle idx %v477, %v132, %v321 : f32
              %v1251, %v1252 = gpu.shuffle idx %v482, %v132, %v321 : f32
              %v1253 = arith.addi %v389, %v569 : i64
              llvm.store %v55, %v830 : f32, !llvm.ptr
              llvm.store %v55, %v831 : f32, !llvm.ptr
              llvm.store %v55, %v832 : f32, !llvm.ptr
              scf.if %v1242 {
                %v1254 = arith.addi %v152, %v1241 : i64
                %v1255 = arith.muli %v23, %v181 : i64
                %v1256 = arith.subi %v1254, %v152 : i64
                %v1257 = arith.addi %v1255, %v1256 : i64
                %v1258 = llvm.getelementptr %v54[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
                %v1260 = arith.muli %v35, %v260 : i64
                %v1261 = arith.muli %v33, %v259 : i64
                %v1262 = arith.addi %v1260, %v1261 : i64
                %v1263 = arith.muli %v1254, %v2 : i64
                %v1264 = arith.addi %v1262, %v1263 : i64
                %v1265 = llvm.getelementptr %dy_y[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
                %v1267 = arith.mulf %v1247, %v1266 fastmath<contract> : f32
                %v1268 = arith.mulf %v1259, %v1267 fastmath<contract> : f32
                %v1269 = llvm.load %v37 : !llvm.ptr -> f32
                %v1270 = llvm.load %v39 : !llvm.ptr -> f32
                %v1271 = arith.mulf %v1270, %v1269 fastmath<contract> : f32
                %v1272 = arith.addf %v1268, %v1271 fastmath<contract> : f32
                llvm.store %v1272, %v37 : f32, !llvm.ptr
                %v1273 = arith.constant 8 : i64
                %v1274 = arith.addi %v1273, %v23 : i64
                %v1275 = arith.muli %v1274, %v181 : i64
                %v1276 = arith.subi %v1254, %v152 : i64
                %v1277 = arith.addi %v1275, %v1276 : i64
                %v1278 = llvm.getelementptr %v54[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1279 = llvm.load %v1278 : !llvm.ptr -> f32
                %v1280 = arith.mulf %v1279, %v1267 fastmath<contract> : f32
                %v1281 = llvm.load %v38 : !llvm.ptr -> f32
                %v1282 = llvm.load %v40 : !llvm.ptr -> f32
                %v1283 = arith.mulf %v1282, %v1281 fastmath<contract> : f32
                %v1284 = arith.addf %v1280, %v1283 fastmath<contract> : f32
                llvm.store %v1284, %v38 : f32, !llvm.ptr
                %v1285 = arith.subi %size_L, %v2 : i64
                %v1286 = arith.cmpi eq, %v1254, %v1285 : i64
                scf.if %v1286 {
                  %v1287 = arith.muli %v35, %v60 : i64
                  %v1288 = arith.muli %v33, %v59 : i64
                  %v1289 = arith.addi %v1287, %v1288 : i64
                  %v1290 = arith.muli %v23, %v2 : i64
                  %v1291 = arith.addi %v1289, %v1290 : i64
                  %v1292 = llvm.getelementptr %dy_h_last[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1293 = llvm.load %v1292 : !llvm.ptr -> f32
                  %v1294 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1295 = arith.addf %v1294, %v1293 fastmath<contract> : f32
                  llvm.store %v1295, %v37 : f32, !llvm.ptr
                  %v1296 = arith.muli %v35, %v60 : i64
                  %v1297 = arith.muli %v33, %v59 : i64
                  %v1298 = arith.addi %v1296, %v1297 : i64
                  %v1299 = arith.constant 8 : i64
                  %v1300 = arith.addi %v1299, %v23 : i64
                  %v1301 = arith.muli %v1300, %v2 : i64
                  %v1302 = arith.addi %v1298, %v1301 : i64
                  %v1303 = llvm.getelementptr %dy_h_last[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
                  %v1305 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1306 = arith.addf %v1305, %v1304 fastmath<contract> : f32
                  llvm.store %v1306, %v38 : f32, !llvm.ptr
                }
                %v1307 = arith.muli %v33, %v329 : i64
                %v1308 = arith.muli %v23, %v2 : i64
                %v1309 = arith.addi %v1307, %v1308 : i64
                %v1310 = llvm.getelementptr %in_A[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1311 = llvm.load %v1310 : !llvm.ptr -> f32
                %v1312 = arith.mulf %v1243, %v1311 fastmath<contract> : f32
                %v1313 = arith.mulf %v1312, %v275 fastmath<contract> : f32
                %v1314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1313) : (f32) -> f32
                %v1315 = llvm.load %v37 : !llvm.ptr -> f32
                %v1316 = arith.mulf %v678, %v1315 fastmath<contract> : f32
                %v1317 = arith.mulf %v1314, %v1316 fastmath<contract> : f32
                %v1318 = arith.mulf %v1243, %v1317 fastmath<contract> : f32
                %v1319 = llvm.load %v41 : !llvm.ptr -> f32
                %v1320 = arith.addf %v1319, %v1318 fastmath<contract> : f32
                llvm.store %v1320, %v41 : f32, !llvm.ptr
                %v1321 = arith.muli %v33, %v329 : i64
                %v1322 = arith.constant 8 : i64
                %v1323 = arith.addi %v1322, %v23 : i64
                %v1324 = arith.muli %v1323, %v2 : i64
                %v1325 = arith.addi %v1321, %v1324 : i64
                %v1326 = llvm.getelementptr %in_A[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
                %v1328 = arith.mulf %v1243, %v1327 fastmath<contract> : f32
                %v1329 = arith.mulf %v1328, %v275 fastmath<contract> : f32
                %v1330 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1329) : (f32) -> f32
                %v1331 = llvm.load %v38 : !llvm.ptr -> f32
                %v1332 = arith.mulf %v698, %v1331 fastmath<contract> : f32
                %v1333 = arith.mulf %v1330, %v1332 fastmath<contract> : f32
                %v1334 = arith.mulf %v1243, %v1333 fastmath<contract> : f32
                %v1335 = llvm.load %v42 : !llvm.ptr -> f32
                %v1336 = arith.addf %v1335, %v1334 fastmath<contract> : f32
                llvm.store %v1336, %v42 : f32, !llvm.ptr
                %v1337 = arith.mulf %v1245, %v1315 fastmath<contract> : f32
                %v1338 = arith.select %v27, %v1337, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1339, %v1340 = gpu.shuffle xor %v1338, %v940, %v321 : f32
                %v1341 = arith.addf %v1338, %v1339 fastmath<contract> : f32
                %v1342, %v1343 = gpu.shuffle xor %v1341, %v944, %v321 : f32
                %v1344 = arith.addf %v1341, %v1342 fastmath<contract> : f32
                %v1345 = arith.divui %v13, %v15 : i64
                %v1346 = arith.remui %v13, %v15 : i64
                %v1347 = arith.cmpi ult, %v1346, %v22 : i64
                %v1348 = arith.addi %v57, %v23 : i64
                %v1349 = arith.muli %v1345, %v1 : i64
                %v1350 = arith.addi %v1349, %v1348 : i64
                %v1351 = arith.muli %v1350, %v954 : i64
                %v1352 = arith.addi %v1351, %v1253 : i64
                scf.if %v1347 {
                  %v1353 = llvm.getelementptr %v48[%v1352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1344, %v1353 : f32, !llvm.ptr
                }
                %v1354 = arith.mulf %v1245, %v1331 fastmath<contract> : f32
                %v1355 = arith.select %v27, %v1354, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1356, %v1357 = gpu.shuffle xor %v1355, %v940, %v321 : f32
                %v1358 = arith.addf %v1355, %v1356 fastmath<contract> : f32
                %v1359, %v1360 = gpu.shuffle xor %v1358, %v944, %v321 : f32
                %v1361 = arith.addf %v1358, %v1359 fastmath<contract> : f32
                %v1362 = arith.divui %v13, %v15 : i64
                %v1363 = arith.remui %v13, %v15 : i64
                %v1364 = arith.cmpi ult, %v1363, %v22 : i64
                %v1365 = arith.addi %v22, %v23 : i64
                %v1366 = arith.muli %v1362, %v1 : i64
                %v1367 = arith.addi %v1366, %v1365 : i64
                %v1368 = arith.muli %v1367, %v954 : i64
                %v1369 = arith.addi %v1368, %v1253 : i64
                scf.if %v1364 {
                  %v1370 = llvm.getelementptr %v48[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1361, %v1370 : f32, !llvm.ptr
                }
                %v1371 = arith.mulf %v722, %v1267 fastmath<contract> : f32
                %v1372 = arith.select %v27, %v1371, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1373, %v1374 = gpu.shuffle xor %v1372, %v940, %v321 : f32
                %v1375 = arith.addf %v1372, %v1373 fastmath<contract> : f32
                %v1376, %v1377 = gpu.shuffle xor %v1375, %v944, %v321 : f32
                %v1378 = arith.addf %v1375, %v1376 fastmath<contract> : f32
                %v1379 = arith.divui %v13, %v15 : i64
                %v1380 = arith.remui %v13, %v15 : i64
                %v1381 = arith.cmpi ult, %v1380, %v22 : i64
                %v1382 = arith.addi %v57, %v23 : i64
                %v1383 = arith.muli %v1379, %v1 : i64
                %v1384 = arith.addi %v1383, %v1382 : i64
                %v1385 = arith.muli %v1384, %v954 : i64
                %v1386 = arith.addi %v1385, %v1253 : i64
                scf.if %v1381 {
                  %v1387 = llvm.getelementptr %v50[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1378, %v1387 : f32, !llvm.ptr
                }
                %v1388 = arith.mulf %v742, %v1267 fastmath<contract> : f32
                %v1389 = arith.select %v27, %v1388, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1390, %v1391 = gpu.shuffle xor %v1389, %v940, %v321 : f32
                %v1392 = arith.addf %v1389, %v1390 fastmath<contract> : f32
                %v1393, %v1394 = gpu.shuffle xor %v1392, %v944, %v321 : f32
                %v1395 = arith.addf %v1392, %v1393 fastmath<contract> : f32
                %v1396 = arith.divui %v13, %v15 : i64
                %v1397 = arith.remui %v13, %v15 : i64
                %v1398 = arith.cmpi ult, %v1397, %v22 : i64
                %v1399 = arith.addi %v22, %v23 : i64
                %v1400 = arith.muli %v1396, %v1 : i64
                %v1401 = arith.addi %v1400, %v1399 : i64
                %v1402 = arith.muli %v1401, %v954 : i64
                %v1403 = arith.addi %v1402, %v1253 : i64
                scf.if %v1398 {
                  %v1404 = llvm.getelementptr %v50[%v1403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1395, %v1404 : f32, !llvm.ptr
                }
                %v1405 = arith.mulf %v1259, %v722 fastmath<contract> : f32
                %v1406 = arith.mulf %v1279, %v742 fastmath<contract> : f32
                %v1407 = arith.addf %v1405, %v1406 fastmath<contract> : f32
                llvm.store %v1407, %v830 : f32, !llvm.ptr
                %v1408 = arith.muli %v23, %v181 : i64
                %v1409 = arith.subi %v1254, %v152 : i64
                %v1410 = arith.addi %v1408, %v1409 : i64
                %v1411 = llvm.getelementptr %v52[%v1410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1412 = llvm.load %v1411 : !llvm.ptr -> f32
                %v1413 = arith.mulf %v1412, %v1315 fastmath<contract> : f32
                %v1414 = arith.constant 8 : i64
                %v1415 = arith.addi %v1414, %v23 : i64
                %v1416 = arith.muli %v1415, %v181 : i64
                %v1417 = arith.subi %v1254, %v152 : i64
                %v1418 = arith.addi %v1416, %v1417 : i64
                %v1419 = llvm.getelementptr %v52[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
                %v1421 = arith.mulf %v1420, %v1331 fastmath<contract> : f32
                %v1422 = arith.addf %v1413, %v1421 fastmath<contract> : f32
                llvm.store %v1422, %v831 : f32, !llvm.ptr
                %v1423 = arith.mulf %v1311, %v1316 fastmath<contract> : f32
                %v1424 = arith.mulf %v1314, %v1423 fastmath<contract> : f32
                %v1425 = arith.mulf %v1327, %v1332 fastmath<contract> : f32
                %v1426 = arith.mulf %v1330, %v1425 fastmath<contract> : f32
                %v1427 = arith.addf %v1424, %v1426 fastmath<contract> : f32
                llvm.store %v1427, %v832 : f32, !llvm.ptr
                llvm.store %v1314, %v39 : f32, !llvm.ptr
                llvm.store %v1330, %v40 : f32, !llvm.ptr
              }
              %v1428 = llvm.load %v830 : !llvm.ptr -> f32
              %v1429 = llvm.load %v831 : !llvm.ptr -> f32
              %v1430 = llvm.load %v832 : !llvm.ptr -> f32
              %v1431 = arith.addi %v387, %v369 : i64
              %v1432 = arith.cmpi slt, %v1431, %v154 : i64
              %v1433, %v1434 = gpu.shuffle idx %v447, %v128, %v321 : f32
              %v1435, %v1436 = gpu.shuffle idx %v455, %v128, %v321 : f32
              %v1437, %v1438 = gpu.shuffle idx %v468, %v128, %v321 : f32
              %v1439, %v1440 = gpu.shuffle idx %v477, %v128, %v321 : f32
              %v1441, %v1442 = gpu.shuffle idx %v482, %v128, %v321 : f32
              %v1443 = arith.addi %v389, %v368 : i64
              llvm.store %v55, %v830 : f32, !llvm.ptr
              llvm.store %v55, %v831 : f32, !llvm.ptr
              llvm.store %v55, %v832 : f32, !llvm.ptr
              scf.if %v1432 {
                %v1444 = arith.addi %v152, %v1431 : i64
                %v1445 = arith.muli %v23, %v181 : i64
                %v1446 = arith.subi %v1444, %v152 : i64
                %v1447 = arith.addi %v1445, %v1446 : i64
                %v1448 = llvm.getelementptr %v54[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1449 = llvm.load %v1448 : !llvm.ptr -> f32
                %v1450 = arith.muli %v35, %v260 : i64
                %v1451 = arith.muli %v33, %v259 : i64
                %v1452 = arith.addi %v1450, %v1451 : i64
                %v1453 = arith.muli %v1444, %v2 : i64
                %v1454 = arith.addi %v1452, %v1453 : i64
                %v1455 = llvm.getelementptr %dy_y[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
                %v1457 = arith.mulf %v1437, %v1456 fastmath<contract> : f32
                %v1458 = arith.mulf %v1449, %v1457 fastmath<contract> : f32
                %v1459 = llvm.load %v37 : !llvm.ptr -> f32
                %v1460 = llvm.load %v39 : !llvm.ptr -> f32
                %v1461 = arith.mulf %v1460, %v1459 fastmath<contract> : f32
                %v1462 = arith.addf %v1458, %v1461 fastmath<contract> : f32
                llvm.store %v1462, %v37 : f32, !llvm.ptr
                %v1463 = arith.constant 8 : i64
                %v1464 = arith.addi %v1463, %v23 : i64
                %v1465 = arith.muli %v1464, %v181 : i64
                %v1466 = arith.subi %v1444, %v152 : i64
                %v1467 = arith.addi %v1465, %v1466 : i64
                %v1468 = llvm.getelementptr %v54[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
                %v1470 = arith.mulf %v1469, %v1457 fastmath<contract> : f32
                %v1471 = llvm.load %v38 : !llvm.ptr -> f32
                %v1472 = llvm.load %v40 : !llvm.ptr -> f32
                %v1473 = arith.mulf %v1472, %v1471 fastmath<contract> : f32
                %v1474 = arith.addf %v1470, %v1473 fastmath<contract> : f32
                llvm.store %v1474, %v38 : f32, !llvm.ptr
                %v1475 = arith.subi %size_L, %v2 : i64
                %v1476 = arith.cmpi eq, %v1444, %v1475 : i64
                scf.if %v1476 {
                  %v1477 = arith.muli %v35, %v60 : i64
                  %v1478 = arith.muli %v33, %v59 : i64
                  %v1479 = arith.addi %v1477, %v1478 : i64
                  %v1480 = arith.muli %v23, %v2 : i64
                  %v1481 = arith.addi %v1479, %v1480 : i64
                  %v1482 = llvm.getelementptr %dy_h_last[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
                  %v1484 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1485 = arith.addf %v1484, %v1483 fastmath<contract> : f32
                  llvm.store %v1485, %v37 : f32, !llvm.ptr
                  %v1486 = arith.muli %v35, %v60 : i64
                  %v1487 = arith.muli %v33, %v59 : i64
                  %v1488 = arith.addi %v1486, %v1487 : i64
                  %v1489 = arith.constant 8 : i64
                  %v1490 = arith.addi %v1489, %v23 : i64
                  %v1491 = arith.muli %v1490, %v2 : i64
                  %v1492 = arith.addi %v1488, %v1491 : i64
                  %v1493 = llvm.getelementptr %dy_h_last[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
                  %v1495 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1496 = arith.addf %v1495, %v1494 fastmath<contract> : f32
                  llvm.store %v1496, %v38 : f32, !llvm.ptr
                }
                %v1497 = arith.muli %v33, %v329 : i64
                %v1498 = arith.muli %v23, %v2 : i64
                %v1499 = arith.addi %v1497, %v1498 : i64
                %v1500 = llvm.getelementptr %in_A[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1501 = llvm.load %v1500 : !llvm.ptr -> f32
                %v1502 = arith.mulf %v1433, %v1501 fastmath<contract> : f32
                %v1503 = arith.mulf %v1502, %v275 fastmath<contract> : f32
                %v1504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1503) : (f32) -> f32
                %v1505 = llvm.load %v37 : !llvm.ptr -> f32
                %v1506 = arith.mulf %v635, %v1505 fastmath<contract> : f32
                %v1507 = arith.mulf %v1504, %v1506 fastmath<contract> : f32
                %v1508 = arith.mulf %v1433, %v1507 fastmath<contract> : f32
                %v1509 = llvm.load %v41 : !llvm.ptr -> f32
                %v1510 = arith.addf %v1509, %v1508 fastmath<contract> : f32
                llvm.store %v1510, %v41 : f32, !llvm.ptr
                %v1511 = arith.muli %v33, %v329 : i64
                %v1512 = arith.constant 8 : i64
                %v1513 = arith.addi %v1512, %v23 : i64
                %v1514 = arith.muli %v1513, %v2 : i64
                %v1515 = arith.addi %v1511, %v1514 : i64
                %v1516 = llvm.getelementptr %in_A[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1517 = llvm.load %v1516 : !llvm.ptr -> f32
                %v1518 = arith.mulf %v1433, %v1517 fastmath<contract> : f32
                %v1519 = arith.mulf %v1518, %v275 fastmath<contract> : f32
                %v1520 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1519) : (f32) -> f32
                %v1521 = llvm.load %v38 : !llvm.ptr -> f32
                %v1522 = arith.mulf %v655, %v1521 fastmath<contract> : f32
                %v1523 = arith.mulf %v1520, %v1522 fastmath<contract> : f32
                %v1524 = arith.mulf %v1433, %v1523 fastmath<contract> : f32
                %v1525 = llvm.load %v42 : !llvm.ptr -> f32
                %v1526 = arith.addf %v1525, %v1524 fastmath<contract> : f32
                llvm.store %v1526, %v42 : f32, !llvm.ptr
                %v1527 = arith.mulf %v1435, %v1505 fastmath<contract> : f32
                %v1528 = arith.select %v27, %v1527, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1529, %v1530 = gpu.shuffle xor %v1528, %v940, %v321 : f32
                %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
                %v1532, %v1533 = gpu.shuffle xor %v1531, %v944, %v321 : f32
                %v1534 = arith.addf %v1531, %v1532 fastmath<contract> : f32
                %v1535 = arith.divui %v13, %v15 : i64
                %v1536 = arith.remui %v13, %v15 : i64
                %v1537 = arith.cmpi ult, %v1536, %v22 : i64
                %v1538 = arith.addi %v57, %v23 : i64
                %v1539 = arith.muli %v1535, %v1 : i64
                %v1540 = arith.addi %v1539, %v1538 : i64
                %v1541 = arith.muli %v1540, %v954 : i64
                %v1542 = arith.addi %v1541, %v1443 : i64
                scf.if %v1537 {
                  %v1543 = llvm.getelementptr %v48[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1534, %v1543 : f32, !llvm.ptr
                }
                %v1544 = arith.mulf %v1435, %v1521 fastmath<contract> : f32
                %v1545 = arith.select %v27, %v1544, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1546, %v1547 = gpu.shuffle xor %v1545, %v940, %v321 : f32
                %v1548 = arith.addf %v1545, %v1546 fastmath<contract> : f32
                %v1549, %v1550 = gpu.shuffle xor %v1548, %v944, %v321 : f32
                %v1551 = arith.addf %v1548, %v1549 fastmath<contract> : f32
                %v1552 = arith.divui %v13, %v15 : i64
                %v1553 = arith.remui %v13, %v15 : i64
                %v1554 = arith.cmpi ult, %v1553, %v22 : i64
                %v1555 = arith.addi %v22, %v23 : i64
                %v1556 = arith.muli %v1552, %v1 : i64
                %v1557 = arith.addi %v1556, %v1555 : i64
                %v1558 = arith.muli %v1557, %v954 : i64
                %v1559 = arith.addi %v1558, %v1443 : i64
                scf.if %v1554 {
                  %v1560 = llvm.getelementptr %v48[%v1559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1551, %v1560 : f32, !llvm.ptr
                }
                %v1561 = arith.mulf %v678, %v1457 fastmath<contract> : f32
                %v1562 = arith.select %v27, %v1561, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1563, %v1564 = gpu.shuffle xor %v1562, %v940, %v321 : f32
                %v1565 = arith.addf %v1562, %v1563 fastmath<contract> : f32
                %v1566, %v1567 = gpu.shuffle xor %v1565, %v944, %v321 : f32
                %v1568 = arith.addf %v1565, %v1566 fastmath<contract> : f32
                %v1569 = arith.divui %v13, %v15 : i64
                %v1570 = arith.remui %v13, %v15 : i64
                %v1571 = arith.cmpi ult, %v1570, %v22 : i64
                %v1572 = arith.addi %v57, %v23 : i64
                %v1573 = arith.muli %v1569, %v1 : i64
                %v1574 = arith.addi %v1573, %v1572 : i64
                %v1575 = arith.muli %v1574, %v954 : i64
                %v1576 = arith.addi %v1575, %v1443 : i64
                scf.if %v1571 {
                  %v1577 = llvm.getelementptr %v50[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1568, %v1577 : f32, !llvm.ptr
                }
                %v1578 = arith.mulf %v698, %v1457 fastmath<contract> : f32
                %v1579 = arith.select %v27, %v1578, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1580, %v1581 = gpu.shuffle xor %v1579, %v940, %v321 : f32
                %v1582 = arith.addf %v1579, %v1580 fastmath<contract> : f32
                %v1583, %v1584 = gpu.shuffle xor %v1582, %v944, %v321 : f32
                %v1585 = arith.addf %v1582, %v1583 fastmath<contract> : f32
                %v1586 = arith.divui %v13, %v15 : i64
                %v1587 = arith.remui %v13, %v15 : i64
                %v1588 = arith.cmpi ult, %v1587, %v22 : i64
                %v1589 = arith.addi %v22, %v23 : i64
                %v1590 = arith.muli %v1586, %v1 : i64
                %v1591 = arith.addi %v1590, %v1589 : i64
                %v1592 = arith.muli %v1591, %v954 : i64
                %v1593 = arith.addi %v1592, %v1443 : i64
                scf.if %v1588 {
                  %v1594 = llvm.getelementptr %v50[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1585, %v1594 : f32, !llvm.ptr
                }
                %v1595 = arith.mulf %v1449, %v678 fastmath<contract> : f32
                %v1596 = arith.mulf %v1469, %v698 fastmath<contract> : f32
                %v1597 = arith.addf %v1595, %v1596 fastmath<contract> : f32
                llvm.store %v1597, %v830 : f32, !llvm.ptr
                %v1598 = arith.muli %v23, %v181 : i64
                %v1599 = arith.subi %v1444, %v152 : i64
                %v1600 = arith.addi %v1598, %v1599 : i64
                %v1601 = llvm.getelementptr %v52[%v1600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
                %v1603 = arith.mulf %v1602, %v1505 fastmath<contract> : f32
                %v1604 = arith.constant 8 : i64
                %v1605 = arith.addi %v1604, %v23 : i64
                %v1606 = arith.muli %v1605, %v181 : i64
                %v1607 = arith.subi %v1444, %v152 : i64
                %v1608 = arith.addi %v1606, %v1607 : i64
                %v1609 = llvm.getelementptr %v52[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
                %v1611 = arith.mulf %v1610, %v1521 fastmath<contract> : f32
                %v1612 = arith.addf %v1603, %v1611 fastmath<contract> : f32
                llvm.store %v1612, %v831 : f32, !llvm.ptr
                %v1613 = arith.mulf %v1501, %v1506 fastmath<contract> : f32
                %v1614 = arith.mulf %v1504, %v1613 fastmath<contract> : f32
                %v1615 = arith.mulf %v1517, %v1522 fastmath<contract> : f32
                %v1616 = arith.mulf %v1520, %v1615 fastmath<contract> : f32
                %v1617 = arith.addf %v1614, %v1616 fastmath<contract> : f32
                llvm.store %v1617, %v832 : f32, !llvm.ptr
                llvm.store %v1504, %v39 : f32, !llvm.ptr
                llvm.store %v1520, %v40 : f32, !llvm.ptr
              }
              %v1618 = llvm.load %v830 : !llvm.ptr -> f32
              %v1619 = arith.select %v835, %v1618, %v1428 : f32
              %v1620 = arith.select %v835, %v1428, %v1618 : f32
              %v1621, %v1622 = gpu.shuffle xor %v1619, %v1225, %v321 : f32
              %v1623 = arith.addf %v1620, %v1621 fastmath<contract> : f32
              %v1624 = arith.select %v838, %v1623, %v1228 : f32
              %v1625 = arith.select %v838, %v1228, %v1623 : f32
              %v1627, %v1628 = gpu.shuffle xor %v1624, %v1626, %v321 : f32
              %v1629 = arith.addf %v1625, %v1627 fastmath<contract> : f32
              %v1630 = llvm.load %v831 : !llvm.ptr -> f32
              %v1631 = arith.select %v835, %v1630, %v1429 : f32
              %v1632 = arith.select %v835, %v1429, %v1630 : f32
              %v1633, %v1634 = gpu.shuffle xor %v1631, %v1225, %v321 : f32
              %v1635 = arith.addf %v1632, %v1633 fastmath<contract> : f32
              %v1636 = arith.select %v838, %v1635, %v1234 : f32
              %v1637 = arith.select %v838, %v1234, %v1635 : f32
              %v1638, %v1639 = gpu.shuffle xor %v1636, %v1626, %v321 : f32
              %v1640 = arith.addf %v1637, %v1638 fastmath<contract> : f32
              %v1641 = llvm.load %v832 : !llvm.ptr -> f32
              %v1642 = arith.select %v835, %v1641, %v1430 : f32
              %v1643 = arith.select %v835, %v1430, %v1641 : f32
              %v1644, %v1645 = gpu.shuffle xor %v1642, %v1225, %v321 : f32
              %v1646 = arith.addf %v1643, %v1644 fastmath<contract> : f32
              %v1647 = arith.select %v838, %v1646, %v1240 : f32
              %v1648 = arith.select %v838, %v1240, %v1646 : f32
              %v1649, %v1650 = gpu.shuffle xor %v1647, %v1626, %v321 : f32
              %v1651 = arith.addf %v1648, %v1649 fastmath<contract> : f32
              %v1652 = arith.addi %v387, %v368 : i64
              %v1653 = arith.cmpi slt, %v1652, %v154 : i64
              %v1654, %v1655 = gpu.shuffle idx %v447, %v124, %v321 : f32
              %v1656, %v1657 = gpu.shuffle idx %v455, %v124, %v321 : f32
              %v1658, %v1659 = gpu.shuffle idx %v468, %v124, %v321 : f32
              %v1660, %v1661 = gpu.shuffle idx %v477, %v124, %v321 : f32
              %v1662, %v1663 = gpu.shuffle idx %v482, %v124, %v321 : f32
              %v1664 = arith.addi %v389, %v369 : i64
              llvm.store %v55, %v830 : f32, !llvm.ptr
              llvm.store %v55, %v831 : f32, !llvm.ptr
              llvm.store %v55, %v832 : f32, !llvm.ptr
              scf.if %v1653 {
                %v1665 = arith.addi %v152, %v1652 : i64
                %v1666 = arith.muli %v23, %v181 : i64
                %v1667 = arith.subi %v1665, %v152 : i64
                %v1668 = arith.addi %v1666, %v1667 : i64
                %v1669 = llvm.getelementptr %v54[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
                %v1671 = arith.muli %v35, %v260 : i64
                %v1672 = arith.muli %v33, %v259 : i64
                %v1673 = arith.addi %v1671, %v1672 : i64
                %v1674 = arith.muli %v1665, %v2 : i64
                %v1675 = arith.addi %v1673, %v1674 : i64
                %v1676 = llvm.getelementptr %dy_y[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
                %v1678 = arith.mulf %v1658, %v1677 fastmath<contract> : f32
                %v1679 = arith.mulf %v1670, %v1678 fastmath<contract> : f32
                %v1680 = llvm.load %v37 : !llvm.ptr -> f32
                %v1681 = llvm.load %v39 : !llvm.ptr -> f32
                %v1682 = arith.mulf %v1681, %v1680 fastmath<contract> : f32
                %v1683 = arith.addf %v1679, %v1682 fastmath<contract> : f32
                llvm.store %v1683, %v37 : f32, !llvm.ptr
                %v1684 = arith.constant 8 : i64
                %v1685 = arith.addi %v1684, %v23 : i64
                %v1686 = arith.muli %v1685, %v181 : i64
                %v1687 = arith.subi %v1665, %v152 : i64
                %v1688 = arith.addi %v1686, %v1687 : i64
                %v1689 = llvm.getelementptr %v54[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
                %v1691 = arith.mulf %v1690, %v1678 fastmath<contract> : f32
                %v1692 = llvm.load %v38 : !llvm.ptr -> f32
                %v1693 = llvm.load %v40 : !llvm.ptr -> f32
                %v1694 = arith.mulf %v1693, %v1692 fastmath<contract> : f32
                %v1695 = arith.addf %v1691, %v1694 fastmath<contract> : f32
                llvm.store %v1695, %v38 : f32, !llvm.ptr
                %v1696 = arith.subi %size_L, %v2 : i64
                %v1697 = arith.cmpi eq, %v1665, %v1696 : i64
                scf.if %v1697 {
                  %v1698 = arith.muli %v35, %v60 : i64
                  %v1699 = arith.muli %v33, %v59 : i64
                  %v1700 = arith.addi %v1698, %v1699 : i64
                  %v1701 = arith.muli %v23, %v2 : i64
                  %v1702 = arith.addi %v1700, %v1701 : i64
                  %v1703 = llvm.getelementptr %dy_h_last[%v1702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1704 = llvm.load %v1703 : !llvm.ptr -> f32
                  %v1705 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1706 = arith.addf %v1705, %v1704 fastmath<contract> : f32
                  llvm.store %v1706, %v37 : f32, !llvm.ptr
                  %v1707 = arith.muli %v35, %v60 : i64
                  %v1708 = arith.muli %v33, %v59 : i64
                  %v1709 = arith.addi %v1707, %v1708 : i64
                  %v1710 = arith.constant 8 : i64
                  %v1711 = arith.addi %v1710, %v23 : i64
                  %v1712 = arith.muli %v1711, %v2 : i64
                  %v1713 = arith.addi %v1709, %v1712 : i64
                  %v1714 = llvm.getelementptr %dy_h_last[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
                  %v1716 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1717 = arith.addf %v1716, %v1715 fastmath<contract> : f32
                  llvm.store %v1717, %v38 : f32, !llvm.ptr
                }
                %v1718 = arith.muli %v33, %v329 : i64
                %v1719 = arith.muli %v23, %v2 : i64
                %v1720 = arith.addi %v1718, %v1719 : i64
                %v1721 = llvm.getelementptr %in_A[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                %v1723 = arith.mulf %v1654, %v1722 fastmath<contract> : f32
                %v1724 = arith.mulf %v1723, %v275 fastmath<contract> : f32
                %v1725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1724) : (f32) -> f32
                %v1726 = llvm.load %v37 : !llvm.ptr -> f32
                %v1727 = arith.mulf %v592, %v1726 fastmath<contract> : f32
                %v1728 = arith.mulf %v1725, %v1727 fastmath<contract> : f32
                %v1729 = arith.mulf %v1654, %v1728 fastmath<contract> : f32
                %v1730 = llvm.load %v41 : !llvm.ptr -> f32
                %v1731 = arith.addf %v1730, %v1729 fastmath<contract> : f32
                llvm.store %v1731, %v41 : f32, !llvm.ptr
                %v1732 = arith.muli %v33, %v329 : i64
                %v1733 = arith.constant 8 : i64
                %v1734 = arith.addi %v1733, %v23 : i64
                %v1735 = arith.muli %v1734, %v2 : i64
                %v1736 = arith.addi %v1732, %v1735 : i64
                %v1737 = llvm.getelementptr %in_A[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1738 = llvm.load %v1737 : !llvm.ptr -> f32
                %v1739 = arith.mulf %v1654, %v1738 fastmath<contract> : f32
                %v1740 = arith.mulf %v1739, %v275 fastmath<contract> : f32
                %v1741 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1740) : (f32) -> f32
                %v1742 = llvm.load %v38 : !llvm.ptr -> f32
                %v1743 = arith.mulf %v612, %v1742 fastmath<contract> : f32
                %v1744 = arith.mulf %v1741, %v1743 fastmath<contract> : f32
                %v1745 = arith.mulf %v1654, %v1744 fastmath<contract> : f32
                %v1746 = llvm.load %v42 : !llvm.ptr -> f32
                %v1747 = arith.addf %v1746, %v1745 fastmath<contract> : f32
                llvm.store %v1747, %v42 : f32, !llvm.ptr
                %v1748 = arith.mulf %v1656, %v1726 fastmath<contract> : f32
                %v1749 = arith.select %v27, %v1748, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1750, %v1751 = gpu.shuffle xor %v1749, %v940, %v321 : f32
                %v1752 = arith.addf %v1749, %v1750 fastmath<contract> : f32
                %v1753, %v1754 = gpu.shuffle xor %v1752, %v944, %v321 : f32
                %v1755 = arith.addf %v1752, %v1753 fastmath<contract> : f32
                %v1756 = arith.divui %v13, %v15 : i64
                %v1757 = arith.remui %v13, %v15 : i64
                %v1758 = arith.cmpi ult, %v1757, %v22 : i64
                %v1759 = arith.addi %v57, %v23 : i64
                %v1760 = arith.muli %v1756, %v1 : i64
                %v1761 = arith.addi %v1760, %v1759 : i64
                %v1762 = arith.muli %v1761, %v954 : i64
                %v1763 = arith.addi %v1762, %v1664 : i64
                scf.if %v1758 {
                  %v1764 = llvm.getelementptr %v48[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1755, %v1764 : f32, !llvm.ptr
                }
                %v1765 = arith.mulf %v1656, %v1742 fastmath<contract> : f32
                %v1766 = arith.select %v27, %v1765, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1767, %v1768 = gpu.shuffle xor %v1766, %v940, %v321 : f32
                %v1769 = arith.addf %v1766, %v1767 fastmath<contract> : f32
                %v1770, %v1771 = gpu.shuffle xor %v1769, %v944, %v321 : f32
                %v1772 = arith.addf %v1769, %v1770 fastmath<contract> : f32
                %v1773 = arith.divui %v13, %v15 : i64
                %v1774 = arith.remui %v13, %v15 : i64
                %v1775 = arith.cmpi ult, %v1774, %v22 : i64
                %v1776 = arith.addi %v22, %v23 : i64
                %v1777 = arith.muli %v1773, %v1 : i64
                %v1778 = arith.addi %v1777, %v1776 : i64
                %v1779 = arith.muli %v1778, %v954 : i64
                %v1780 = arith.addi %v1779, %v1664 : i64
                scf.if %v1775 {
                  %v1781 = llvm.getelementptr %v48[%v1780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1772, %v1781 : f32, !llvm.ptr
                }
                %v1782 = arith.mulf %v635, %v1678 fastmath<contract> : f32
                %v1783 = arith.select %v27, %v1782, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1784, %v1785 = gpu.shuffle xor %v1783, %v940, %v321 : f32
                %v1786 = arith.addf %v1783, %v1784 fastmath<contract> : f32
                %v1787, %v1788 = gpu.shuffle xor %v1786, %v944, %v321 : f32
                %v1789 = arith.addf %v1786, %v1787 fastmath<contract> : f32
                %v1790 = arith.divui %v13, %v15 : i64
                %v1791 = arith.remui %v13, %v15 : i64
                %v1792 = arith.cmpi ult, %v1791, %v22 : i64
                %v1793 = arith.addi %v57, %v23 : i64
                %v1794 = arith.muli %v1790, %v1 : i64
                %v1795 = arith.addi %v1794, %v1793 : i64
                %v1796 = arith.muli %v1795, %v954 : i64
                %v1797 = arith.addi %v1796, %v1664 : i64
                scf.if %v1792 {
                  %v1798 = llvm.getelementptr %v50[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1789, %v1798 : f32, !llvm.ptr
                }
                %v1799 = arith.mulf %v655, %v1678 fastmath<contract> : f32
                %v1800 = arith.select %v27, %v1799, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1801, %v1802 = gpu.shuffle xor %v1800, %v940, %v321 : f32
                %v1803 = arith.addf %v1800, %v1801 fastmath<contract> : f32
                %v1804, %v1805 = gpu.shuffle xor %v1803, %v944, %v321 : f32
                %v1806 = arith.addf %v1803, %v1804 fastmath<contract> : f32
                %v1807 = arith.divui %v13, %v15 : i64
                %v1808 = arith.remui %v13, %v15 : i64
                %v1809 = arith.cmpi ult, %v1808, %v22 : i64
                %v1810 = arith.addi %v22, %v23 : i64
                %v1811 = arith.muli %v1807, %v1 : i64
                %v1812 = arith.addi %v1811, %v1810 : i64
                %v1813 = arith.muli %v1812, %v954 : i64
                %v1814 = arith.addi %v1813, %v1664 : i64
                scf.if %v1809 {
                  %v1815 = llvm.getelementptr %v50[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1806, %v1815 : f32, !llvm.ptr
                }
                %v1816 = arith.mulf %v1670, %v635 fastmath<contract> : f32
                %v1817 = arith.mulf %v1690, %v655 fastmath<contract> : f32
                %v1818 = arith.addf %v1816, %v1817 fastmath<contract> : f32
                llvm.store %v1818, %v830 : f32, !llvm.ptr
                %v1819 = arith.muli %v23, %v181 : i64
                %v1820 = arith.subi %v1665, %v152 : i64
                %v1821 = arith.addi %v1819, %v1820 : i64
                %v1822 = llvm.getelementptr %v52[%v1821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1823 = llvm.load %v1822 : !llvm.ptr -> f32
                %v1824 = arith.mulf %v1823, %v1726 fastmath<contract> : f32
                %v1825 = arith.constant 8 : i64
                %v1826 = arith.addi %v1825, %v23 : i64
                %v1827 = arith.muli %v1826, %v181 : i64
                %v1828 = arith.subi %v1665, %v152 : i64
                %v1829 = arith.addi %v1827, %v1828 : i64
                %v1830 = llvm.getelementptr %v52[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1831 = llvm.load %v1830 : !llvm.ptr -> f32
                %v1832 = arith.mulf %v1831, %v1742 fastmath<contract> : f32
                %v1833 = arith.addf %v1824, %v1832 fastmath<contract> : f32
                llvm.store %v1833, %v831 : f32, !llvm.ptr
                %v1834 = arith.mulf %v1722, %v1727 fastmath<contract> : f32
                %v1835 = arith.mulf %v1725, %v1834 fastmath<contract> : f32
                %v1836 = arith.mulf %v1738, %v1743 fastmath<contract> : f32
                %v1837 = arith.mulf %v1741, %v1836 fastmath<contract> : f32
                %v1838 = arith.addf %v1835, %v1837 fastmath<contract> : f32
                llvm.store %v1838, %v832 : f32, !llvm.ptr
                llvm.store %v1725, %v39 : f32, !llvm.ptr
                llvm.store %v1741, %v40 : f32, !llvm.ptr
              }
              %v1839 = llvm.load %v830 : !llvm.ptr -> f32
              %v1840 = llvm.load %v831 : !llvm.ptr -> f32
              %v1841 = llvm.load %v832 : !llvm.ptr -> f32
              %v1842 = arith.addi %v387, %v569 : i64
              %v1843 = arith.cmpi slt, %v1842, %v154 : i64
              %v1844, %v1845 = gpu.shuffle idx %v447, %v120, %v321 : f32
              %v1846, %v1847 = gpu.shuffle idx %v455, %v120, %v321 : f32
              %v1848, %v1849 = gpu.shuffle idx %v468, %v120, %v321 : f32
              %v1850, %v1851 = gpu.shuffle idx %v477, %v120, %v321 : f32
              %v1852, %v1853 = gpu.shuffle idx %v482, %v120, %v321 : f32
              %v1854 = arith.addi %v389, %v699 : i64
              llvm.store %v55, %v830 : f32, !llvm.ptr
              llvm.store %v55, %v831 : f32, !llvm.ptr
              llvm.store %v55, %v832 : f32, !llvm.ptr
              scf.if %v1843 {
                %v1855 = arith.addi %v152, %v1842 : i64
                %v1856 = arith.muli %v23, %v181 : i64
                %v1857 = arith.subi %v1855, %v152 : i64
                %v1858 = arith.addi %v1856, %v1857 : i64
                %v1859 = llvm.getelementptr %v54[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
                %v1861 = arith.muli %v35, %v260 : i64
                %v1862 = arith.muli %v33, %v259 : i64
                %v1863 = arith.addi %v1861, %v1862 : i64
                %v1864 = arith.muli %v1855, %v2 : i64
                %v1865 = arith.addi %v1863, %v1864 : i64
                %v1866 = llvm.getelementptr %dy_y[%v1865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1867 = llvm.load %v1866 : !llvm.ptr -> f32
                %v1868 = arith.mulf %v1848, %v1867 fastmath<contract> : f32
                %v1869 = arith.mulf %v1860, %v1868 fastmath<contract> : f32
                %v1870 = llvm.load %v37 : !llvm.ptr -> f32
                %v1871 = llvm.load %v39 : !llvm.ptr -> f32
                %v1872 = arith.mulf %v1871, %v1870 fastmath<contract> : f32
                %v1873 = arith.addf %v1869, %v1872 fastmath<contract> : f32
                llvm.store %v1873, %v37 : f32, !llvm.ptr
                %v1874 = arith.constant 8 : i64
                %v1875 = arith.addi %v1874, %v23 : i64
                %v1876 = arith.muli %v1875, %v181 : i64
                %v1877 = arith.subi %v1855, %v152 : i64
                %v1878 = arith.addi %v1876, %v1877 : i64
                %v1879 = llvm.getelementptr %v54[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
                %v1881 = arith.mulf %v1880, %v1868 fastmath<contract> : f32
                %v1882 = llvm.load %v38 : !llvm.ptr -> f32
                %v1883 = llvm.load %v40 : !llvm.ptr -> f32
                %v1884 = arith.mulf %v1883, %v1882 fastmath<contract> : f32
                %v1885 = arith.addf %v1881, %v1884 fastmath<contract> : f32
                llvm.store %v1885, %v38 : f32, !llvm.ptr
                %v1886 = arith.subi %size_L, %v2 : i64
                %v1887 = arith.cmpi eq, %v1855, %v1886 : i64
                scf.if %v1887 {
                  %v1888 = arith.muli %v35, %v60 : i64
                  %v1889 = arith.muli %v33, %v59 : i64
                  %v1890 = arith.addi %v1888, %v1889 : i64
                  %v1891 = arith.muli %v23, %v2 : i64
                  %v1892 = arith.addi %v1890, %v1891 : i64
                  %v1893 = llvm.getelementptr %dy_h_last[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
                  %v1895 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1896 = arith.addf %v1895, %v1894 fastmath<contract> : f32
                  llvm.store %v1896, %v37 : f32, !llvm.ptr
                  %v1897 = arith.muli %v35, %v60 : i64
                  %v1898 = arith.muli %v33, %v59 : i64
                  %v1899 = arith.addi %v1897, %v1898 : i64
                  %v1900 = arith.constant 8 : i64
                  %v1901 = arith.addi %v1900, %v23 : i64
                  %v1902 = arith.muli %v1901, %v2 : i64
                  %v1903 = arith.addi %v1899, %v1902 : i64
                  %v1904 = llvm.getelementptr %dy_h_last[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
                  %v1906 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1907 = arith.addf %v1906, %v1905 fastmath<contract> : f32
                  llvm.store %v1907, %v38 : f32, !llvm.ptr
                }
                %v1908 = arith.muli %v33, %v329 : i64
                %v1909 = arith.muli %v23, %v2 : i64
                %v1910 = arith.addi %v1908, %v1909 : i64
                %v1911 = llvm.getelementptr %in_A[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
                %v1913 = arith.mulf %v1844, %v1912 fastmath<contract> : f32
                %v1914 = arith.mulf %v1913, %v275 fastmath<contract> : f32
                %v1915 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1914) : (f32) -> f32
                %v1916 = llvm.load %v37 : !llvm.ptr -> f32
                %v1917 = arith.mulf %v548, %v1916 fastmath<contract> : f32
                %v1918 = arith.mulf %v1915, %v1917 fastmath<contract> : f32
                %v1919 = arith.mulf %v1844, %v1918 fastmath<contract> : f32
                %v1920 = llvm.load %v41 : !llvm.ptr -> f32
                %v1921 = arith.addf %v1920, %v1919 fastmath<contract> : f32
                llvm.store %v1921, %v41 : f32, !llvm.ptr
                %v1922 = arith.muli %v33, %v329 : i64
                %v1923 = arith.constant 8 : i64
                %v1924 = arith.addi %v1923, %v23 : i64
                %v1925 = arith.muli %v1924, %v2 : i64
                %v1926 = arith.addi %v1922, %v1925 : i64
                %v1927 = llvm.getelementptr %in_A[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
                %v1929 = arith.mulf %v1844, %v1928 fastmath<contract> : f32
                %v1930 = arith.mulf %v1929, %v275 fastmath<contract> : f32
                %v1931 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1930) : (f32) -> f32
                %v1932 = llvm.load %v38 : !llvm.ptr -> f32
                %v1933 = arith.mulf %v568, %v1932 fastmath<contract> : f32
                %v1934 = arith.mulf %v1931, %v1933 fastmath<contract> : f32
                %v1935 = arith.mulf %v1844, %v1934 fastmath<contract> : f32
                %v1936 = llvm.load %v42 : !llvm.ptr -> f32
                %v1937 = arith.addf %v1936, %v1935 fastmath<contract> : f32
                llvm.store %v1937, %v42 : f32, !llvm.ptr
                %v1938 = arith.mulf %v1846, %v1916 fastmath<contract> : f32
                %v1939 = arith.select %v27, %v1938, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1940, %v1941 = gpu.shuffle xor %v1939, %v940, %v321 : f32
                %v1942 = arith.addf %v1939, %v1940 fastmath<contract> : f32
                %v1943, %v1944 = gpu.shuffle xor %v1942, %v944, %v321 : f32
                %v1945 = arith.addf %v1942, %v1943 fastmath<contract> : f32
                %v1946 = arith.divui %v13, %v15 : i64
                %v1947 = arith.remui %v13, %v15 : i64
                %v1948 = arith.cmpi ult, %v1947, %v22 : i64
                %v1949 = arith.addi %v57, %v23 : i64
                %v1950 = arith.muli %v1946, %v1 : i64
                %v1951 = arith.addi %v1950, %v1949 : i64
                %v1952 = arith.muli %v1951, %v954 : i64
                %v1953 = arith.addi %v1952, %v1854 : i64
                scf.if %v1948 {
                  %v1954 = llvm.getelementptr %v48[%v1953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1945, %v1954 : f32, !llvm.ptr
                }
                %v1955 = arith.mulf %v1846, %v1932 fastmath<contract> : f32
                %v1956 = arith.select %v27, %v1955, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1957, %v1958 = gpu.shuffle xor %v1956, %v940, %v321 : f32
                %v1959 = arith.addf %v1956, %v1957 fastmath<contract> : f32
                %v1960, %v1961 = gpu.shuffle xor %v1959, %v944, %v321 : f32
                %v1962 = arith.addf %v1959, %v1960 fastmath<contract> : f32
                %v1963 = arith.divui %v13, %v15 : i64
                %v1964 = arith.remui %v13, %v15 : i64
                %v1965 = arith.cmpi ult, %v1964, %v22 : i64
                %v1966 = arith.addi %v22, %v23 : i64
                %v1967 = arith.muli %v1963, %v1 : i64
                %v1968 = arith.addi %v1967, %v1966 : i64
                %v1969 = arith.muli %v1968, %v954 : i64
                %v1970 = arith.addi %v1969, %v1854 : i64
                scf.if %v1965 {
                  %v1971 = llvm.getelementptr %v48[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1962, %v1971 : f32, !llvm.ptr
                }
                %v1972 = arith.mulf %v592, %v1868 fastmath<contract> : f32
                %v1973 = arith.select %v27, %v1972, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1974, %v1975 = gpu.shuffle xor %v1973, %v940, %v321 : f32
                %v1976 = arith.addf %v1973, %v1974 fastmath<contract> : f32
                %v1977, %v1978 = gpu.shuffle xor %v1976, %v944, %v321 : f32
                %v1979 = arith.addf %v1976, %v1977 fastmath<contract> : f32
                %v1980 = arith.divui %v13, %v15 : i64
                %v1981 = arith.remui %v13, %v15 : i64
                %v1982 = arith.cmpi ult, %v1981, %v22 : i64
                %v1983 = arith.addi %v57, %v23 : i64
                %v1984 = arith.muli %v1980, %v1 : i64
                %v1985 = arith.addi %v1984, %v1983 : i64
                %v1986 = arith.muli %v1985, %v954 : i64
                %v1987 = arith.addi %v1986, %v1854 : i64
                scf.if %v1982 {
                  %v1988 = llvm.getelementptr %v50[%v1987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1979, %v1988 : f32, !llvm.ptr
                }
                %v1989 = arith.mulf %v612, %v1868 fastmath<contract> : f32
                %v1990 = arith.select %v27, %v1989, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1991, %v1992 = gpu.shuffle xor %v1990, %v940, %v321 : f32
                %v1993 = arith.addf %v1990, %v1991 fastmath<contract> : f32
                %v1994, %v1995 = gpu.shuffle xor %v1993, %v944, %v321 : f32
                %v1996 = arith.addf %v1993, %v1994 fastmath<contract> : f32
                %v1997 = arith.divui %v13, %v15 : i64
                %v1998 = arith.remui %v13, %v15 : i64
                %v1999 = arith.cmpi ult, %v1998, %v22 : i64
                %v2000 = arith.addi %v22, %v23 : i64
                %v2001 = arith.muli %v1997, %v1 : i64
                %v2002 = arith.addi %v2001, %v2000 : i64
                %v2003 = arith.muli %v2002, %v954 : i64
                %v2004 = arith.addi %v2003, %v1854 : i64
                scf.if %v1999 {
                  %v2005 = llvm.getelementptr %v50[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1996, %v2005 : f32, !llvm.ptr
                }
                %v2006 = arith.mulf %v1860, %v592 fastmath<contract> : f32
                %v2007 = arith.mulf %v1880, %v612 fastmath<contract> : f32
                %v2008 = arith.addf %v2006, %v2007 fastmath<contract> : f32
                llvm.store %v2008, %v830 : f32, !llvm.ptr
                %v2009 = arith.muli %v23, %v181 : i64
                %v2010 = arith.subi %v1855, %v152 : i64
                %v2011 = arith.addi %v2009, %v2010 : i64
                %v2012 = llvm.getelementptr %v52[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
                %v2014 = arith.mulf %v2013, %v1916 fastmath<contract> : f32
                %v2015 = arith.constant 8 : i64
                %v2016 = arith.addi %v2015, %v23 : i64
                %v2017 = arith.muli %v2016, %v181 : i64
                %v2018 = arith.subi %v1855, %v152 : i64
                %v2019 = arith.addi %v2017, %v2018 : i64
                %v2020 = llvm.getelementptr %v52[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2021 = llvm.load %v2020 : !llvm.ptr -> f32
                %v2022 = arith.mulf %v2021, %v1932 fastmath<contract> : f32
                %v2023 = arith.addf %v2014, %v2022 fastmath<contract> : f32
                llvm.store %v2023, %v831 : f32, !llvm.ptr
                %v2024 = arith.mulf %v1912, %v1917 fastmath<contract> : f32
                %v2025 = arith.mulf %v1915, %v2024 fastmath<contract> : f32
                %v2026 = arith.mulf %v1928, %v1933 fastmath<contract> : f32
                %v2027 = arith.mulf %v1931, %v2026 fastmath<contract> : f32
                %v2028 = arith.addf %v2025, %v2027 fastmath<contract> : f32
                llvm.store %v2028, %v832 : f32, !llvm.ptr
                llvm.store %v1915, %v39 : f32, !llvm.ptr
                llvm.store %v1931, %v40 : f32, !llvm.ptr
              }
              %v2029 = llvm.load %v830 : !llvm.ptr -> f32
              %v2030 = arith.select %v835, %v2029, %v1839 : f32
              %v2031 = arith.select %v835, %v1839, %v2029 : f32
              %v2032, %v2033 = gpu.shuffle xor %v2030, %v1225, %v321 : f32
              %v2034 = arith.addf %v2031, %v2032 fastmath<contract> : f32
              %v2035 = llvm.load %v831 : !llvm.ptr -> f32
              %v2036 = arith.select %v835, %v2035, %v1840 : f32
              %v2037 = arith.select %v835, %v1840, %v2035 : f32
              %v2038, %v2039 = gpu.shuffle xor %v2036, %v1225, %v321 : f32
              %v2040 = arith.addf %v2037, %v2038 fastmath<contract> : f32
              %v2041 = llvm.load %v832 : !llvm.ptr -> f32
              %v2042 = arith.select %v835, %v2041, %v1841 : f32
              %v2043 = arith.select %v835, %v1841, %v2041 : f32
              %v2044, %v2045 = gpu.shuffle xor %v2042, %v1225, %v321 : f32
              %v2046 = arith.addf %v2043, %v2044 fastmath<contract> : f32
              %v2047 = arith.addi %v387, %v2 : i64
              %v2048 = arith.cmpi slt, %v2047, %v154 : i64
              %v2049, %v2050 = gpu.shuffle idx %v447, %v116, %v321 : f32
              %v2051, %v2052 = gpu.shuffle idx %v455, %v116, %v321 : f32
              %v2053, %v2054 = gpu.shuffle idx %v468, %v116, %v321 : f32
              %v2055, %v2056 = gpu.shuffle idx %v477, %v116, %v321 : f32
              %v2057, %v2058 = gpu.shuffle idx %v482, %v116, %v321 : f32
              %v2059 = arith.addi %v389, %v743 : i64
              llvm.store %v55, %v830 : f32, !llvm.ptr
              llvm.store %v55, %v831 : f32, !llvm.ptr
              llvm.store %v55, %v832 : f32, !llvm.ptr
              scf.if %v2048 {
                %v2060 = arith.addi %v152, %v2047 : i64
                %v2061 = arith.muli %v23, %v181 : i64
                %v2062 = arith.subi %v2060, %v152 : i64
                %v2063 = arith.addi %v2061, %v2062 : i64
                %v2064 = llvm.getelementptr %v54[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2065 = llvm.load %v2064 : !llvm.ptr -> f32
                %v2066 = arith.muli %v35, %v260 : i64
                %v2067 = arith.muli %v33, %v259 : i64
                %v2068 = arith.addi %v2066, %v2067 : i64
                %v2069 = arith.muli %v2060, %v2 : i64
                %v2070 = arith.addi %v2068, %v2069 : i64
                %v2071 = llvm.getelementptr %dy_y[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
                %v2073 = arith.mulf %v2053, %v2072 fastmath<contract> : f32
                %v2074 = arith.mulf %v2065, %v2073 fastmath<contract> : f32
                %v2075 = llvm.load %v37 : !llvm.ptr -> f32
                %v2076 = llvm.load %v39 : !llvm.ptr -> f32
                %v2077 = arith.mulf %v2076, %v2075 fastmath<contract> : f32
                %v2078 = arith.addf %v2074, %v2077 fastmath<contract> : f32
                llvm.store %v2078, %v37 : f32, !llvm.ptr
                %v2079 = arith.constant 8 : i64
                %v2080 = arith.addi %v2079, %v23 : i64
                %v2081 = arith.muli %v2080, %v181 : i64
                %v2082 = arith.subi %v2060, %v152 : i64
                %v2083 = arith.addi %v2081, %v2082 : i64
                %v2084 = llvm.getelementptr %v54[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2085 = llvm.load %v2084 : !llvm.ptr -> f32
                %v2086 = arith.mulf %v2085, %v2073 fastmath<contract> : f32
                %v2087 = llvm.load %v38 : !llvm.ptr -> f32
                %v2088 = llvm.load %v40 : !llvm.ptr -> f32
                %v2089 = arith.mulf %v2088, %v2087 fastmath<contract> : f32
                %v2090 = arith.addf %v2086, %v2089 fastmath<contract> : f32
                llvm.store %v2090, %v38 : f32, !llvm.ptr
                %v2091 = arith.subi %size_L, %v2 : i64
                %v2092 = arith.cmpi eq, %v2060, %v2091 : i64
                scf.if %v2092 {
                  %v2093 = arith.muli %v35, %v60 : i64
                  %v2094 = arith.muli %v33, %v59 : i64
                  %v2095 = arith.addi %v2093, %v2094 : i64
                  %v2096 = arith.muli %v23, %v2 : i64
                  %v2097 = arith.addi %v2095, %v2096 : i64
                  %v2098 = llvm.getelementptr %dy_h_last[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
                  %v2100 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2101 = arith.addf %v2100, %v2099 fastmath<contract> : f32
                  llvm.store %v2101, %v37 : f32, !llvm.ptr
                  %v2102 = arith.muli %v35, %v60 : i64
                  %v2103 = arith.muli %v33, %v59 : i64
                  %v2104 = arith.addi %v2102, %v2103 : i64
                  %v2105 = arith.constant 8 : i64
                  %v2106 = arith.addi %v2105, %v23 : i64
                  %v2107 = arith.muli %v2106, %v2 : i64
                  %v2108 = arith.addi %v2104, %v2107 : i64
                  %v2109 = llvm.getelementptr %dy_h_last[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
                  %v2111 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2112 = arith.addf %v2111, %v2110 fastmath<contract> : f32
                  llvm.store %v2112, %v38 : f32, !llvm.ptr
                }
                %v2113 = arith.muli %v33, %v329 : i64
                %v2114 = arith.muli %v23, %v2 : i64
                %v2115 = arith.addi %v2113, %v2114 : i64
                %v2116 = llvm.getelementptr %in_A[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
                %v2118 = arith.mulf %v2049, %v2117 fastmath<contract> : f32
                %v2119 = arith.mulf %v2118, %v275 fastmath<contract> : f32
                %v2120 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2119) : (f32) -> f32
                %v2121 = llvm.load %v37 : !llvm.ptr -> f32
                %v2122 = arith.mulf %v505, %v2121 fastmath<contract> : f32
                %v2123 = arith.mulf %v2120, %v2122 fastmath<contract> : f32
                %v2124 = arith.mulf %v2049, %v2123 fastmath<contract> : f32
                %v2125 = llvm.load %v41 : !llvm.ptr -> f32
                %v2126 = arith.addf %v2125, %v2124 fastmath<contract> : f32
                llvm.store %v2126, %v41 : f32, !llvm.ptr
                %v2127 = arith.muli %v33, %v329 : i64
                %v2128 = arith.constant 8 : i64
                %v2129 = arith.addi %v2128, %v23 : i64
                %v2130 = arith.muli %v2129, %v2 : i64
                %v2131 = arith.addi %v2127, %v2130 : i64
                %v2132 = llvm.getelementptr %in_A[%v2131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2133 = llvm.load %v2132 : !llvm.ptr -> f32
                %v2134 = arith.mulf %v2049, %v2133 fastmath<contract> : f32
                %v2135 = arith.mulf %v2134, %v275 fastmath<contract> : f32
                %v2136 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2135) : (f32) -> f32
                %v2137 = llvm.load %v38 : !llvm.ptr -> f32
                %v2138 = arith.mulf %v525, %v2137 fastmath<contract> : f32
                %v2139 = arith.mulf %v2136, %v2138 fastmath<contract> : f32
                %v2140 = arith.mulf %v2049, %v2139 fastmath<contract> : f32
                %v2141 = llvm.load %v42 : !llvm.ptr -> f32
                %v2142 = arith.addf %v2141, %v2140 fastmath<contract> : f32
                llvm.store %v2142, %v42 : f32, !llvm.ptr
                %v2143 = arith.mulf %v2051, %v2121 fastmath<contract> : f32
                %v2144 = arith.select %v27, %v2143, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2145, %v2146 = gpu.shuffle xor %v2144, %v940, %v321 : f32
                %v2147 = arith.addf %v2144, %v2145 fastmath<contract> : f32
                %v2148, %v2149 = gpu.shuffle xor %v2147, %v944, %v321 : f32
                %v2150 = arith.addf %v2147, %v2148 fastmath<contract> : f32
                %v2151 = arith.divui %v13, %v15 : i64
                %v2152 = arith.remui %v13, %v15 : i64
                %v2153 = arith.cmpi ult, %v2152, %v22 : i64
                %v2154 = arith.addi %v57, %v23 : i64
                %v2155 = arith.muli %v2151, %v1 : i64
                %v2156 = arith.addi %v2155, %v2154 : i64
                %v2157 = arith.muli %v2156, %v954 : i64
                %v2158 = arith.addi %v2157, %v2059 : i64
                scf.if %v2153 {
                  %v2159 = llvm.getelementptr %v48[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2150, %v2159 : f32, !llvm.ptr
                }
                %v2160 = arith.mulf %v2051, %v2137 fastmath<contract> : f32
                %v2161 = arith.select %v27, %v2160, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2162, %v2163 = gpu.shuffle xor %v2161, %v940, %v321 : f32
                %v2164 = arith.addf %v2161, %v2162 fastmath<contract> : f32
                %v2165, %v2166 = gpu.shuffle xor %v2164, %v944, %v321 : f32
                %v2167 = arith.addf %v2164, %v2165 fastmath<contract> : f32
                %v2168 = arith.divui %v13, %v15 : i64
                %v2169 = arith.remui %v13, %v15 : i64
                %v2170 = arith.cmpi ult, %v2169, %v22 : i64
                %v2171 = arith.addi %v22, %v23 : i64
                %v2172 = arith.muli %v2168, %v1 : i64
                %v2173 = arith.addi %v2172, %v2171 : i64
                %v2174 = arith.muli %v2173, %v954 : i64
                %v2175 = arith.addi %v2174, %v2059 : i64
                scf.if %v2170 {
                  %v2176 = llvm.getelementptr %v48[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2167, %v2176 : f32, !llvm.ptr
                }
                %v2177 = arith.mulf %v548, %v2073 fastmath<contract> : f32
                %v2178 = arith.select %v27, %v2177, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2179, %v2180 = gpu.shuffle xor %v2178, %v940, %v321 : f32
                %v2181 = arith.addf %v2178, %v2179 fastmath<contract> : f32
                %v2182, %v2183 = gpu.shuffle xor %v2181, %v944, %v321 : f32
                %v2184 = arith.addf %v2181, %v2182 fastmath<contract> : f32
                %v2185 = arith.divui %v13, %v15 : i64
                %v2186 = arith.remui %v13, %v15 : i64
                %v2187 = arith.cmpi ult, %v2186, %v22 : i64
                %v2188 = arith.addi %v57, %v23 : i64
                %v2189 = arith.muli %v2185, %v1 : i64
                %v2190 = arith.addi %v2189, %v2188 : i64
                %v2191 = arith.muli %v2190, %v954 : i64
                %v2192 = arith.addi %v2191, %v2059 : i64
                scf.if %v2187 {
                  %v2193 = llvm.getelementptr %v50[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2184, %v2193 : f32, !llvm.ptr
                }
                %v2194 = arith.mulf %v568, %v2073 fastmath<contract> : f32
                %v2195 = arith.select %v27, %v2194, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2196, %v2197 = gpu.shuffle xor %v2195, %v940, %v321 : f32
                %v2198 = arith.addf %v2195, %v2196 fastmath<contract> : f32
                %v2199, %v2200 = gpu.shuffle xor %v2198, %v944, %v321 : f32
                %v2201 = arith.addf %v2198, %v2199 fastmath<contract> : f32
                %v2202 = arith.divui %v13, %v15 : i64
                %v2203 = arith.remui %v13, %v15 : i64
                %v2204 = arith.cmpi ult, %v2203, %v22 : i64
                %v2205 = arith.addi %v22, %v23 : i64
                %v2206 = arith.muli %v2202, %v1 : i64
                %v2207 = arith.addi %v2206, %v2205 : i64
                %v2208 = arith.muli %v2207, %v954 : i64
                %v2209 = arith.addi %v2208, %v2059 : i64
                scf.if %v2204 {
                  %v2210 = llvm.getelementptr %v50[%v2209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2201, %v2210 : f32, !llvm.ptr
                }
                %v2211 = arith.mulf %v2065, %v548 fastmath<contract> : f32
                %v2212 = arith.mulf %v2085, %v568 fastmath<contract> : f32
                %v2213 = arith.addf %v2211, %v2212 fastmath<contract> : f32
                llvm.store %v2213, %v830 : f32, !llvm.ptr
                %v2214 = arith.muli %v23, %v181 : i64
                %v2215 = arith.subi %v2060, %v152 : i64
                %v2216 = arith.addi %v2214, %v2215 : i64
                %v2217 = llvm.getelementptr %v52[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
                %v2219 = arith.mulf %v2218, %v2121 fastmath<contract> : f32
                %v2220 = arith.constant 8 : i64
                %v2221 = arith.addi %v2220, %v23 : i64
                %v2222 = arith.muli %v2221, %v181 : i64
                %v2223 = arith.subi %v2060, %v152 : i64
                %v2224 = arith.addi %v2222, %v2223 : i64
                %v2225 = llvm.getelementptr %v52[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2226 = llvm.load %v2225 : !llvm.ptr -> f32
                %v2227 = arith.mulf %v2226, %v2137 fastmath<contract> : f32
                %v2228 = arith.addf %v2219, %v2227 fastmath<contract> : f32
                llvm.store %v2228, %v831 : f32, !llvm.ptr
                %v2229 = arith.mulf %v2117, %v2122 fastmath<contract> : f32
                %v2230 = arith.mulf %v2120, %v2229 fastmath<contract> : f32
                %v2231 = arith.mulf %v2133, %v2138 fastmath<contract> : f32
                %v2232 = arith.mulf %v2136, %v2231 fastmath<contract> : f32
                %v2233 = arith.addf %v2230, %v2232 fastmath<contract> : f32
                llvm.store %v2233, %v832 : f32, !llvm.ptr
                llvm.store %v2120, %v39 : f32, !llvm.ptr
                llvm.store %v2136, %v40 : f32, !llvm.ptr
              }
              %v2234 = llvm.load %v830 : !llvm.ptr -> f32
              %v2235 = llvm.load %v831 : !llvm.ptr -> f32
              %v2236 = llvm.load %v832 : !llvm.ptr -> f32
              %v2237 = arith.addi %v387, %v57 : i64
              %v2238 = arith.cmpi slt, %v2237, %v154 : i64
              %v2239, %v2240 = gpu.shuffle idx %v447, %v112, %v321 : f32
              %v2241, %v2242 = gpu.shuffle idx %v455, %v112, %v321 : f32
              %v2243, %v2244 = gpu.shuffle idx %v468, %v112, %v321 : f32
              %v2245, %v2246 = gpu.shuffle idx %v477, %v112, %v321 : f32
              %v2247, %v2248 = gpu.shuffle idx %v482, %v112, %v321 : f32
              %v2249 = arith.addi %v389, %v104 : i64
              llvm.store %v55, %v830 : f32, !llvm.ptr
              llvm.store %v55, %v831 : f32, !llvm.ptr
              llvm.store %v55, %v832 : f32, !llvm.ptr
              scf.if %v2238 {
                %v2250 = arith.addi %v152, %v2237 : i64
                %v2251 = arith.muli %v23, %v181 : i64
                %v2252 = arith.subi %v2250, %v152 : i64
                %v2253 = arith.addi %v2251, %v2252 : i64
                %v2254 = llvm.getelementptr %v54[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2255 = llvm.load %v2254 : !llvm.ptr -> f32
                %v2256 = arith.muli %v35, %v260 : i64
                %v2257 = arith.muli %v33, %v259 : i64
                %v2258 = arith.addi %v2256, %v2257 : i64
                %v2259 = arith.muli %v2250, %v2 : i64
                %v2260 = arith.addi %v2258, %v2259 : i64
                %v2261 = llvm.getelementptr %dy_y[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2262 = llvm.load %v2261 : !llvm.ptr -> f32
                %v2263 = arith.mulf %v2243, %v2262 fastmath<contract> : f32
                %v2264 = arith.mulf %v2255, %v2263 fastmath<contract> : f32
                %v2265 = llvm.load %v37 : !llvm.ptr -> f32
                %v2266 = llvm.load %v39 : !llvm.ptr -> f32
                %v2267 = arith.mulf %v2266, %v2265 fastmath<contract> : f32
                %v2268 = arith.addf %v2264, %v2267 fastmath<contract> : f32
                llvm.store %v2268, %v37 : f32, !llvm.ptr
                %v2269 = arith.constant 8 : i64
                %v2270 = arith.addi %v2269, %v23 : i64
                %v2271 = arith.muli %v2270, %v181 : i64
                %v2272 = arith.subi %v2250, %v152 : i64
                %v2273 = arith.addi %v2271, %v2272 : i64
                %v2274 = llvm.getelementptr %v54[%v2273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2275 = llvm.load %v2274 : !llvm.ptr -> f32
                %v2276 = arith.mulf %v2275, %v2263 fastmath<contract> : f32
                %v2277 = llvm.load %v38 : !llvm.ptr -> f32
                %v2278 = llvm.load %v40 : !llvm.ptr -> f32
                %v2279 = arith.mulf %v2278, %v2277 fastmath<contract> : f32
                %v2280 = arith.addf %v2276, %v2279 fastmath<contract> : f32
                llvm.store %v2280, %v38 : f32, !llvm.ptr
                %v2281 = arith.subi %size_L, %v2 : i64
                %v2282 = arith.cmpi eq, %v2250, %v2281 : i64
                scf.if %v2282 {
                  %v2283 = arith.muli %v35, %v60 : i64
                  %v2284 = arith.muli %v33, %v59 : i64
                  %v2285 = arith.addi %v2283, %v2284 : i64
                  %v2286 = arith.muli %v23, %v2 : i64
                  %v2287 = arith.addi %v2285, %v2286 : i64
                  %v2288 = llvm.getelementptr %dy_h_last[%v2287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2289 = llvm.load %v2288 : !llvm.ptr -> f32
                  %v2290 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2291 = arith.addf %v2290, %v2289 fastmath<contract> : f32
                  llvm.store %v2291, %v37 : f32, !llvm.ptr
                  %v2292 = arith.muli %v35, %v60 : i64
                  %v2293 = arith.muli %v33, %v59 : i64
                  %v2294 = arith.addi %v2292, %v2293 : i64
                  %v2295 = arith.constant 8 : i64
                  %v2296 = arith.addi %v2295, %v23 : i64
                  %v2297 = arith.muli %v2296, %v2 : i64
                  %v2298 = arith.addi %v2294, %v2297 : i64
                  %v2299 = llvm.getelementptr %dy_h_last[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2300 = llvm.load %v2299 : !llvm.ptr -> f32
                  %v2301 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2302 = arith.addf %v2301, %v2300 fastmath<contract> : f32
                  llvm.store %v2302, %v38 : f32, !llvm.ptr
                }
                %v2303 = arith.muli %v33, %v329 : i64
                %v2304 = arith.muli %v23, %v2 : i64
                %v2305 = arith.addi %v2303, %v2304 : i64
                %v2306 = llvm.getelementptr %in_A[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2307 = llvm.load %v2306 : !llvm.ptr -> f32
                %v2308 = arith.mulf %v2239, %v2307 fastmath<contract> : f32
                %v2309 = arith.mulf %v2308, %v275 fastmath<contract> : f32
                %v2310 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2309) : (f32) -> f32
                %v2311 = llvm.load %v37 : !llvm.ptr -> f32
                %v2312 = arith.mulf %v399, %v2311 fastmath<contract> : f32
                %v2313 = arith.mulf %v2310, %v2312 fastmath<contract> : f32
                %v2314 = arith.mulf %v2239, %v2313 fastmath<contract> : f32
                %v2315 = llvm.load %v41 : !llvm.ptr -> f32
                %v2316 = arith.addf %v2315, %v2314 fastmath<contract> : f32
                llvm.store %v2316, %v41 : f32, !llvm.ptr
                %v2317 = arith.muli %v33, %v329 : i64
                %v2318 = arith.constant 8 : i64
                %v2319 = arith.addi %v2318, %v23 : i64
                %v2320 = arith.muli %v2319, %v2 : i64
                %v2321 = arith.addi %v2317, %v2320 : i64
                %v2322 = llvm.getelementptr %in_A[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2323 = llvm.load %v2322 : !llvm.ptr -> f32
                %v2324 = arith.mulf %v2239, %v2323 fastmath<contract> : f32
                %v2325 = arith.mulf %v2324, %v275 fastmath<contract> : f32
                %v2326 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2325) : (f32) -> f32
                %v2327 = llvm.load %v38 : !llvm.ptr -> f32
                %v2328 = arith.mulf %v408, %v2327 fastmath<contract> : f32
                %v2329 = arith.mulf %v2326, %v2328 fastmath<contract> : f32
                %v2330 = arith.mulf %v2239, %v2329 fastmath<contract> : f32
                %v2331 = llvm.load %v42 : !llvm.ptr -> f32
                %v2332 = arith.addf %v2331, %v2330 fastmath<contract> : f32
                llvm.store %v2332, %v42 : f32, !llvm.ptr
                %v2333 = arith.mulf %v2241, %v2311 fastmath<contract> : f32
                %v2334 = arith.select %v27, %v2333, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2335, %v2336 = gpu.shuffle xor %v2334, %v940, %v321 : f32
                %v2337 = arith.addf %v2334, %v2335 fastmath<contract> : f32
                %v2338, %v2339 = gpu.shuffle xor %v2337, %v944, %v321 : f32
                %v2340 = arith.addf %v2337, %v2338 fastmath<contract> : f32
                %v2341 = arith.divui %v13, %v15 : i64
                %v2342 = arith.remui %v13, %v15 : i64
                %v2343 = arith.cmpi ult, %v2342, %v22 : i64
                %v2344 = arith.addi %v57, %v23 : i64
                %v2345 = arith.muli %v2341, %v1 : i64
                %v2346 = arith.addi %v2345, %v2344 : i64
                %v2347 = arith.muli %v2346, %v954 : i64
                %v2348 = arith.addi %v2347, %v2249 : i64
                scf.if %v2343 {
                  %v2349 = llvm.getelementptr %v48[%v2348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2340, %v2349 : f32, !llvm.ptr
                }
                %v2350 = arith.mulf %v2241, %v2327 fastmath<contract> : f32
                %v2351 = arith.select %v27, %v2350, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2352, %v2353 = gpu.shuffle xor %v2351, %v940, %v321 : f32
                %v2354 = arith.addf %v2351, %v2352 fastmath<contract> : f32
                %v2355, %v2356 = gpu.shuffle xor %v2354, %v944, %v321 : f32
                %v2357 = arith.addf %v2354, %v2355 fastmath<contract> : f32
                %v2358 = arith.divui %v13, %v15 : i64
                %v2359 = arith.remui %v13, %v15 : i64
                %v2360 = arith.cmpi ult, %v2359, %v22 : i64
                %v2361 = arith.addi %v22, %v23 : i64
                %v2362 = arith.muli %v2358, %v1 : i64
                %v2363 = arith.addi %v2362, %v2361 : i64
                %v2364 = arith.muli %v2363, %v954 : i64
                %v2365 = arith.addi %v2364, %v2249 : i64
                scf.if %v2360 {
                  %v2366 = llvm.getelementptr %v48[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2357, %v2366 : f32, !llvm.ptr
                }
                %v2367 = arith.mulf %v505, %v2263 fastmath<contract> : f32
                %v2368 = arith.select %v27, %v2367, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2369, %v2370 = gpu.shuffle xor %v2368, %v940, %v321 : f32
                %v2371 = arith.addf %v2368, %v2369 fastmath<contract> : f32
                %v2372, %v2373 = gpu.shuffle xor %v2371, %v944, %v321 : f32
                %v2374 = arith.addf %v2371, %v2372 fastmath<contract> : f32
                %v2375 = arith.divui %v13, %v15 : i64
                %v2376 = arith.remui %v13, %v15 : i64
                %v2377 = arith.cmpi ult, %v2376, %v22 : i64
                %v2378 = arith.addi %v57, %v23 : i64
                %v2379 = arith.muli %v2375, %v1 : i64
                %v2380 = arith.addi %v2379, %v2378 : i64
                %v2381 = arith.muli %v2380, %v954 : i64
                %v2382 = arith.addi %v2381, %v2249 : i64
                scf.if %v2377 {
                  %v2383 = llvm.getelementptr %v50[%v2382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2374, %v2383 : f32, !llvm.ptr
                }
                %v2384 = arith.mulf %v525, %v2263 fastmath<contract> : f32
                %v2385 = arith.select %v27, %v2384, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2386, %v2387 = gpu.shuffle xor %v2385, %v940, %v321 : f32
                %v2388 = arith.addf %v2385, %v2386 fastmath<contract> : f32
                %v2389, %v2390 = gpu.shuffle xor %v2388, %v944, %v321 : f32
                %v2391 = arith.addf %v2388, %v2389 fastmath<contract> : f32
                %v2392 = arith.divui %v13, %v15 : i64
                %v2393 = arith.remui %v13, %v15 : i64
                %v2394 = arith.cmpi ult, %v2393, %v22 : i64
                %v2395 = arith.addi %v22, %v23 : i64
                %v2396 = arith.muli %v2392, %v1 : i64
                %v2397 = arith.addi %v2396, %v2395 : i64
                %v2398 = arith.muli %v2397, %v954 : i64
                %v2399 = arith.addi %v2398, %v2249 : i64
                scf.if %v2394 {
                  %v2400 = llvm.getelementptr %v50[%v2399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2391, %v2400 : f32, !llvm.ptr
                }
                %v2401 = arith.mulf %v2255, %v505 fastmath<contract> : f32
                %v2402 = arith.mulf %v2275, %v525 fastmath<contract> : f32
                %v2403 = arith.addf %v2401, %v2402 fastmath<contract> : f32
                llvm.store %v2403, %v830 : f32, !llvm.ptr
                %v2404 = arith.muli %v23, %v181 : i64
                %v2405 = arith.subi %v2250, %v152 : i64
                %v2406 = arith.addi %v2404, %v2405 : i64
                %v2407 = llvm.getelementptr %v52[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2408 = llvm.load %v2407 : !llvm.ptr -> f32
                %v2409 = arith.mulf %v2408, %v2311 fastmath<contract> : f32
                %v2410 = arith.constant 8 : i64
                %v2411 = arith.addi %v2410, %v23 : i64
                %v2412 = arith.muli %v2411, %v181 : i64
                %v2413 = arith.subi %v2250, %v152 : i64
                %v2414 = arith.addi %v2412, %v2413 : i64
                %v2415 = llvm.getelementptr %v52[%v2414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2416 = llvm.load %v2415 : !llvm.ptr -> f32
                %v2417 = arith.mulf %v2416, %v2327 fastmath<contract> : f32
                %v2418 = arith.addf %v2409, %v2417 fastmath<contract> : f32
                llvm.store %v2418, %v831 : f32, !llvm.ptr
                %v2419 = arith.mulf %v2307, %v2312 fastmath<contract> : f32
                %v2420 = arith.mulf %v2310, %v2419 fastmath<contract> : f32
                %v2421 = arith.mulf %v2323, %v2328 fastmath<contract> : f32
                %v2422 = arith.mulf %v2326, %v2421 fastmath<contract> : f32
                %v2423 = arith.addf %v2420, %v2422 fastmath<contract> : f32
                llvm.store %v2423, %v832 : f32, !llvm.ptr
                llvm.store %v2310, %v39 : f32, !llvm.ptr
                llvm.store %v2326, %v40 : f32, !llvm.ptr
              }
              %v2424 = llvm.load %v830 : !llvm.ptr -> f32
              %v2425 = arith.select %v835, %v2424, %v2234 : f32
              %v2426 = arith.select %v835, %v2234, %v2424 : f32
              %v2427, %v2428 = gpu.shuffle xor %v2425, %v1225, %v321 : f32
              %v2429 = arith.addf %v2426, %v2427 fastmath<contract> : f32
              %v2430 = arith.select %v838, %v2429, %v2034 : f32
              %v2431 = arith.select %v838, %v2034, %v2429 : f32
              %v2432, %v2433 = gpu.shuffle xor %v2430, %v1626, %v321 : f32
              %v2434 = arith.addf %v2431, %v2432 fastmath<contract> : f32
              %v2435 = arith.select %v841, %v2434, %v1629 : f32
              %v2436 = arith.select %v841, %v1629, %v2434 : f32
              %v2438, %v2439 = gpu.shuffle xor %v2435, %v2437, %v321 : f32
              %v2440 = arith.addf %v2436, %v2438 fastmath<contract> : f32
              %v2441 = llvm.load %v831 : !llvm.ptr -> f32
              %v2442 = arith.select %v835, %v2441, %v2235 : f32
              %v2443 = arith.select %v835, %v2235, %v2441 : f32
              %v2444, %v2445 = gpu.shuffle xor %v2442, %v1225, %v321 : f32
              %v2446 = arith.addf %v2443, %v2444 fastmath<contract> : f32
              %v2447 = arith.select %v838, %v2446, %v2040 : f32
              %v2448 = arith.select %v838, %v2040, %v2446 : f32
              %v2449, %v2450 = gpu.shuffle xor %v2447, %v1626, %v321 : f32
              %v2451 = arith.addf %v2448, %v2449 fastmath<contract> : f32
              %v2452 = arith.select %v841, %v2451, %v1640 : f32
              %v2453 = arith.select %v841, %v1640, %v2451 : f32
              %v2454, %v2455 = gpu.shuffle xor %v2452, %v2437, %v321 : f32
              %v2456 = arith.addf %v2453, %v2454 fastmath<contract> : f32
              %v2457 = llvm.load %v832 : !llvm.ptr -> f32
              %v2458 = arith.select %v835, %v2457, %v2236 : f32
              %v2459 = arith.select %v835, %v2236, %v2457 : f32
              %v2460, %v2461 = gpu.shuffle xor %v2458, %v1225, %v321 : f32
              %v2462 = arith.addf %v2459, %v2460 fastmath<contract> : f32
              %v2463 = arith.select %v838, %v2462, %v2046 : f32
              %v2464 = arith.select %v838, %v2046, %v2462 : f32
              %v2465, %v2466 = gpu.shuffle xor %v2463, %v1626, %v321 : f32
              %v2467 = arith.addf %v2464, %v2465 fastmath<contract> : f32
              %v2468 = arith.select %v841, %v2467, %v1651 : f32
              %v2469 = arith.select %v841, %v1651, %v2467 : f32
              %v2470, %v2471 = gpu.shuffle xor %v2468, %v2437, %v321 : f32
              %v2472 = arith.addf %v2469, %v2470 fastmath<contract> : f32
              %v2473 = arith.addi %v387, %v23 : i64
              %v2474 = arith.cmpi slt, %v2473, %v154 : i64
              %v2475 = arith.andi %v27, %v2474 : i1
              scf.if %v2475 {
                %v2476 = arith.addi %v152, %v2473 : i64
                // the gradients of this lane's own step
                %v2477 = arith.muli %v33, %v2 : i64
                %v2478 = llvm.getelementptr %in_Dskip[%v2477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2479 = llvm.load %v2478 : !llvm.ptr -> f32
                %v2480 = arith.muli %v35, %v260 : i64
                %v2481 = arith.muli %v33, %v259 : i64
                %v2482 = arith.addi %v2480, %v2481 : i64
                %v2483 = arith.muli %v2476, %v2 : i64
                %v2484 = arith.addi %v2482, %v2483 : i64
                %v2485 = llvm.getelementptr %dy_y[%v2484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2486 = llvm.load %v2485 : !llvm.ptr -> f32
                %v2487 = arith.mulf %v468, %v2486 fastmath<contract> : f32
                %v2488 = arith.mulf %v2479, %v2487 fastmath<contract> : f32
                %v2489 = arith.mulf %v447, %v2456 fastmath<contract> : f32
                %v2490 = arith.addf %v2488, %v2489 fastmath<contract> : f32
                %v2491 = arith.muli %v35, %v260 : i64
                %v2492 = arith.muli %v33, %v259 : i64
                %v2493 = arith.addi %v2491, %v2492 : i64
                %v2494 = arith.muli %v2476, %v2 : i64
                %v2495 = arith.addi %v2493, %v2494 : i64
                %v2496 = llvm.getelementptr %dx_u[%v2495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2490, %v2496 : f32, !llvm.ptr
                %v2497 = arith.muli %v35, %v260 : i64
                %v2498 = arith.muli %v33, %v259 : i64
                %v2499 = arith.addi %v2497, %v2498 : i64
                %v2500 = arith.muli %v2476, %v2 : i64
                %v2501 = arith.addi %v2499, %v2500 : i64
                %v2502 = llvm.getelementptr %in_u[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2503 = llvm.load %v2502 : !llvm.ptr -> f32
                %v2504 = arith.mulf %v2503, %v2456 fastmath<contract> : f32
                %v2505 = arith.addf %v2504, %v2472 fastmath<contract> : f32
                %v2506 = arith.mulf %v2505, %v482 fastmath<contract> : f32
                %v2507 = arith.muli %v35, %v260 : i64
                %v2508 = arith.muli %v33, %v259 : i64
                %v2509 = arith.addi %v2507, %v2508 : i64
                %v2510 = arith.muli %v2476, %v2 : i64
                %v2511 = arith.addi %v2509, %v2510 : i64
                %v2512 = llvm.getelementptr %dx_delta[%v2511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2506, %v2512 : f32, !llvm.ptr
                %v2513 = arith.mulf %v2503, %v2479 fastmath<contract> : f32
                %v2514 = arith.addf %v2440, %v2513 fastmath<contract> : f32
                %v2515 = arith.mulf %v2514, %v2486 fastmath<contract> : f32
                %v2516 = arith.mulf %v2515, %v477 fastmath<contract> : f32
                %v2517 = arith.muli %v35, %v260 : i64
                %v2518 = arith.muli %v33, %v259 : i64
                %v2519 = arith.addi %v2517, %v2518 : i64
                %v2520 = arith.muli %v2476, %v2 : i64
                %v2521 = arith.addi %v2519, %v2520 : i64
                %v2522 = llvm.getelementptr %dx_z[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2516, %v2522 : f32, !llvm.ptr
                %v2523 = arith.mulf %v2503, %v2487 fastmath<contract> : f32
                %v2524 = llvm.load %v43 : !llvm.ptr -> f32
                %v2525 = arith.addf %v2524, %v2523 fastmath<contract> : f32
                llvm.store %v2525, %v43 : f32, !llvm.ptr
                %v2526 = llvm.load %v44 : !llvm.ptr -> f32
                %v2527 = arith.addf %v2526, %v2506 fastmath<contract> : f32
                llvm.store %v2527, %v44 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2532 = arith.index_cast %v13 : i64 to index
          %v2533 = arith.index_cast %v2531 : i64 to index
          %v2534 = arith.index_cast %v160 : i64 to index
          scf.for %v2535 = %v2532 to %v2533 step %v2534 {
            %v2536 = arith.index_cast %v2535 : index to i64
            %v2537 = arith.remui %v2536, %v15 : i64
            %v2538 = arith.divui %v2536, %v15 : i64
            %v2539 = arith.muli %v376, %v369 : i64
            %v2540 = arith.divui %v2537, %v22 : i64
            %v2541 = arith.addi %v2539, %v2540 : i64
            %v2542 = arith.cmpi slt, %v2541, %v157 : i64
            %v2543 = arith.subi %v157, %v2 : i64
            %v2544 = arith.subi %v2543, %v2541 : i64
            %v2545 = arith.remui %v2537, %v22 : i64
            %v2546 = arith.subi %v104, %v2545 : i64
            %v2547 = arith.muli %v2544, %v22 : i64
            %v2548 = arith.addi %v2547, %v2546 : i64
            %v2549 = arith.cmpi slt, %v2548, %v154 : i64
            %v2550 = arith.andi %v2542, %v2549 : i1
            scf.if %v2550 {
              %v2551 = arith.addi %v152, %v2548 : i64
              %v2552 = arith.muli %v57, %v1 : i64
              %v2553 = arith.addi %v2552, %v2538 : i64
              %v2554 = arith.muli %v2553, %v954 : i64
              %v2555 = arith.addi %v2554, %v2537 : i64
              %v2556 = llvm.getelementptr %v48[%v2555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2557 = llvm.load %v2556 : !llvm.ptr -> f32
              %v2558 = arith.muli %v2, %v1 : i64
              %v2559 = arith.addi %v2558, %v2538 : i64
              %v2560 = arith.muli %v2559, %v954 : i64
              %v2561 = arith.addi %v2560, %v2537 : i64
              %v2562 = llvm.getelementptr %v48[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2563 = llvm.load %v2562 : !llvm.ptr -> f32
              %v2564 = arith.addf %v2557, %v2563 fastmath<contract> : f32
              %v2565 = arith.muli %v569, %v1 : i64
              %v2566 = arith.addi %v2565, %v2538 : i64
              %v2567 = arith.muli %v2566, %v954 : i64
              %v2568 = arith.addi %v2567, %v2537 : i64
              %v2569 = llvm.getelementptr %v48[%v2568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2570 = llvm.load %v2569 : !llvm.ptr -> f32
              %v2571 = arith.addf %v2564, %v2570 fastmath<contract> : f32
              %v2572 = arith.muli %v368, %v1 : i64
              %v2573 = arith.addi %v2572, %v2538 : i64
              %v2574 = arith.muli %v2573, %v954 : i64
              %v2575 = arith.addi %v2574, %v2537 : i64
              %v2576 = llvm.getelementptr %v48[%v2575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2577 = llvm.load %v2576 : !llvm.ptr -> f32
              %v2578 = arith.addf %v2571, %v2577 fastmath<contract> : f32
              %v2579 = arith.muli %v369, %v1 : i64
              %v2580 = arith.addi %v2579, %v2538 : i64
              %v2581 = arith.muli %v2580, %v954 : i64
              %v2582 = arith.addi %v2581, %v2537 : i64
              %v2583 = llvm.getelementptr %v48[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2584 = llvm.load %v2583 : !llvm.ptr -> f32
              %v2585 = arith.addf %v2578, %v2584 fastmath<contract> : f32
              %v2586 = arith.muli %v699, %v1 : i64
              %v2587 = arith.addi %v2586, %v2538 : i64
              %v2588 = arith.muli %v2587, %v954 : i64
              %v2589 = arith.addi %v2588, %v2537 : i64
              %v2590 = llvm.getelementptr %v48[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2591 = llvm.load %v2590 : !llvm.ptr -> f32
              %v2592 = arith.addf %v2585, %v2591 fastmath<contract> : f32
              %v2593 = arith.muli %v743, %v1 : i64
              %v2594 = arith.addi %v2593, %v2538 : i64
              %v2595 = arith.muli %v2594, %v954 : i64
              %v2596 = arith.addi %v2595, %v2537 : i64
              %v2597 = llvm.getelementptr %v48[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2598 = llvm.load %v2597 : !llvm.ptr -> f32
              %v2599 = arith.addf %v2592, %v2598 fastmath<contract> : f32
              %v2600 = arith.muli %v104, %v1 : i64
              %v2601 = arith.addi %v2600, %v2538 : i64
              %v2602 = arith.muli %v2601, %v954 : i64
              %v2603 = arith.addi %v2602, %v2537 : i64
              %v2604 = llvm.getelementptr %v48[%v2603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2605 = llvm.load %v2604 : !llvm.ptr -> f32
              %v2606 = arith.addf %v2599, %v2605 fastmath<contract> : f32
              %v2607 = arith.remui %v2538, %v1 : i64
              %v2608 = arith.divui %v2538, %v1 : i64
              %v2609 = arith.muli %v35, %v173 : i64
              %v2610 = arith.muli %v2607, %v172 : i64
              %v2611 = arith.addi %v2609, %v2610 : i64
              %v2612 = arith.muli %v2551, %v2 : i64
              %v2613 = arith.addi %v2611, %v2612 : i64
              %v2614 = arith.muli %v21, %v2530 : i64
              %v2615 = arith.addi %v2614, %v2613 : i64
              %v2616 = llvm.getelementptr %part_Bm[%v2615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2606, %v2616 : f32, !llvm.ptr
            }
          }
          %v2620 = arith.index_cast %v13 : i64 to index
          %v2621 = arith.index_cast %v2531 : i64 to index
          %v2622 = arith.index_cast %v160 : i64 to index
          scf.for %v2623 = %v2620 to %v2621 step %v2622 {
            %v2624 = arith.index_cast %v2623 : index to i64
            %v2625 = arith.remui %v2624, %v15 : i64
            %v2626 = arith.divui %v2624, %v15 : i64
            %v2627 = arith.muli %v376, %v369 : i64
            %v2628 = arith.divui %v2625, %v22 : i64
            %v2629 = arith.addi %v2627, %v2628 : i64
            %v2630 = arith.cmpi slt, %v2629, %v157 : i64
            %v2631 = arith.subi %v157, %v2 : i64
            %v2632 = arith.subi %v2631, %v2629 : i64
            %v2633 = arith.remui %v2625, %v22 : i64
            %v2634 = arith.subi %v104, %v2633 : i64
            %v2635 = arith.muli %v2632, %v22 : i64
            %v2636 = arith.addi %v2635, %v2634 : i64
            %v2637 = arith.cmpi slt, %v2636, %v154 : i64
            %v2638 = arith.andi %v2630, %v2637 : i1
            scf.if %v2638 {
              %v2639 = arith.addi %v152, %v2636 : i64
              %v2640 = arith.muli %v57, %v1 : i64
              %v2641 = arith.addi %v2640, %v2626 : i64
              %v2642 = arith.muli %v2641, %v954 : i64
              %v2643 = arith.addi %v2642, %v2625 : i64
              %v2644 = llvm.getelementptr %v50[%v2643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2645 = llvm.load %v2644 : !llvm.ptr -> f32
              %v2646 = arith.muli %v2, %v1 : i64
              %v2647 = arith.addi %v2646, %v2626 : i64
              %v2648 = arith.muli %v2647, %v954 : i64
              %v2649 = arith.addi %v2648, %v2625 : i64
              %v2650 = llvm.getelementptr %v50[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
              %v2652 = arith.addf %v2645, %v2651 fastmath<contract> : f32
              %v2653 = arith.muli %v569, %v1 : i64
              %v2654 = arith.addi %v2653, %v2626 : i64
              %v2655 = arith.muli %v2654, %v954 : i64
              %v2656 = arith.addi %v2655, %v2625 : i64
              %v2657 = llvm.getelementptr %v50[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
              %v2659 = arith.addf %v2652, %v2658 fastmath<contract> : f32
              %v2660 = arith.muli %v368, %v1 : i64
              %v2661 = arith.addi %v2660, %v2626 : i64
              %v2662 = arith.muli %v2661, %v954 : i64
              %v2663 = arith.addi %v2662, %v2625 : i64
              %v2664 = llvm.getelementptr %v50[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
              %v2666 = arith.addf %v2659, %v2665 fastmath<contract> : f32
              %v2667 = arith.muli %v369, %v1 : i64
              %v2668 = arith.addi %v2667, %v2626 : i64
              %v2669 = arith.muli %v2668, %v954 : i64
              %v2670 = arith.addi %v2669, %v2625 : i64
              %v2671 = llvm.getelementptr %v50[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
              %v2673 = arith.addf %v2666, %v2672 fastmath<contract> : f32
              %v2674 = arith.muli %v699, %v1 : i64
              %v2675 = arith.addi %v2674, %v2626 : i64
              %v2676 = arith.muli %v2675, %v954 : i64
              %v2677 = arith.addi %v2676, %v2625 : i64
              %v2678 = llvm.getelementptr %v50[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2679 = llvm.load %v2678 : !llvm.ptr -> f32
              %v2680 = arith.addf %v2673, %v2679 fastmath<contract> : f32
              %v2681 = arith.muli %v743, %v1 : i64
              %v2682 = arith.addi %v2681, %v2626 : i64
              %v2683 = arith.muli %v2682, %v954 : i64
              %v2684 = arith.addi %v2683, %v2625 : i64
              %v2685 = llvm.getelementptr %v50[%v2684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
              %v2687 = arith.addf %v2680, %v2686 fastmath<contract> : f32
              %v2688 = arith.muli %v104, %v1 : i64
              %v2689 = arith.addi %v2688, %v2626 : i64
              %v2690 = arith.muli %v2689, %v954 : i64
              %v2691 = arith.addi %v2690, %v2625 : i64
              %v2692 = llvm.getelementptr %v50[%v2691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2693 = llvm.load %v2692 : !llvm.ptr -> f32
              %v2694 = arith.addf %v2687, %v2693 fastmath<contract> : f32
              %v2695 = arith.remui %v2626, %v1 : i64
              %v2696 = arith.divui %v2626, %v1 : i64
              %v2697 = arith.muli %v35, %v173 : i64
              %v2698 = arith.muli %v2695, %v172 : i64
              %v2699 = arith.addi %v2697, %v2698 : i64
              %v2700 = arith.muli %v2639, %v2 : i64
              %v2701 = arith.addi %v2699, %v2700 : i64
              %v2702 = arith.muli %v21, %v2619 : i64
              %v2703 = arith.addi %v2702, %v2701 : i64
              %v2704 = llvm.getelementptr %part_Cm[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2694, %v2704 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2705 = arith.constant true
      scf.if %v2705 {
        %v2706 = llvm.load %v37 : !llvm.ptr -> f32
        %v2707 = llvm.load %v39 : !llvm.ptr -> f32
        %v2708 = arith.mulf %v2707, %v2706 fastmath<contract> : f32
        %v2709 = llvm.load %v45 : !llvm.ptr -> f32
        %v2710 = arith.addf %v2709, %v2708 fastmath<contract> : f32
        llvm.store %v2710, %v45 : f32, !llvm.ptr
        %v2711 = llvm.load %v38 : !llvm.ptr -> f32
        %v2712 = llvm.load %v40 : !llvm.ptr -> f32
        %v2713 = arith.mulf %v2712, %v2711 fastmath<contract> : f32
        %v2714 = llvm.load %v46 : !llvm.ptr -> f32
        %v2715 = arith.addf %v2714, %v2713 fastmath<contract> : f32
        llvm.store %v2715, %v46 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v2716 = llvm.load %v41 : !llvm.ptr -> f32
        %v2717 = arith.addi %v57, %v23 : i64
        %v2718 = arith.muli %v29, %v1 : i64
        %v2719 = arith.addi %v2718, %v2717 : i64
        %v2720 = llvm.getelementptr %part_A[%v2719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2716, %v2720 : f32, !llvm.ptr
        %v2721 = llvm.load %v42 : !llvm.ptr -> f32
        %v2722 = arith.addi %v22, %v23 : i64
        %v2723 = arith.muli %v29, %v1 : i64
        %v2724 = arith.addi %v2723, %v2722 : i64
        %v2725 = llvm.getelementptr %part_A[%v2724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2721, %v2725 : f32, !llvm.ptr
      }
      %v2726 = llvm.load %v43 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2727, %v2728 = gpu.shuffle xor %v2726, %v1225, %v321 : f32
      %v2729 = arith.addf %v2726, %v2727 fastmath<contract> : f32
      %v2730, %v2731 = gpu.shuffle xor %v2729, %v1626, %v321 : f32
      %v2732 = arith.addf %v2729, %v2730 fastmath<contract> : f32
      %v2733, %v2734 = gpu.shuffle xor %v2732, %v2437, %v321 : f32
      %v2735 = arith.addf %v2732, %v2733 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2735, %v43 : f32, !llvm.ptr
      %v2736 = arith.cmpi eq, %v23, %v57 : i64
      %v2737 = arith.andi %v27, %v2736 : i1
      scf.if %v2737 {
        %v2738 = llvm.load %v43 : !llvm.ptr -> f32
        %v2739 = arith.muli %v29, %v2 : i64
        %v2740 = arith.addi %v2739, %v57 : i64
        %v2741 = llvm.getelementptr %part_Dskip[%v2740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2738, %v2741 : f32, !llvm.ptr
      }
      %v2742 = llvm.load %v44 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2743, %v2744 = gpu.shuffle xor %v2742, %v1225, %v321 : f32
      %v2745 = arith.addf %v2742, %v2743 fastmath<contract> : f32
      %v2746, %v2747 = gpu.shuffle xor %v2745, %v1626, %v321 : f32
      %v2748 = arith.addf %v2745, %v2746 fastmath<contract> : f32
      %v2749, %v2750 = gpu.shuffle xor %v2748, %v2437, %v321 : f32
      %v2751 = arith.addf %v2748, %v2749 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2751, %v44 : f32, !llvm.ptr
      %v2752 = arith.cmpi eq, %v23, %v57 : i64
      %v2753 = arith.andi %v27, %v2752 : i1
      scf.if %v2753 {
        %v2754 = llvm.load %v44 : !llvm.ptr -> f32
        %v2755 = arith.muli %v29, %v2 : i64
        %v2756 = arith.addi %v2755, %v57 : i64
        %v2757 = llvm.getelementptr %part_dt_bias[%v2756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2754, %v2757 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v2758 = llvm.load %v45 : !llvm.ptr -> f32
        %v2759 = arith.muli %v35, %v60 : i64
        %v2760 = arith.muli %v33, %v59 : i64
        %v2761 = arith.addi %v2759, %v2760 : i64
        %v2762 = arith.muli %v23, %v2 : i64
        %v2763 = arith.addi %v2761, %v2762 : i64
        %v2764 = llvm.getelementptr %dx_h0[%v2763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2758, %v2764 : f32, !llvm.ptr
        %v2765 = llvm.load %v46 : !llvm.ptr -> f32
        %v2766 = arith.muli %v35, %v60 : i64
        %v2767 = arith.muli %v33, %v59 : i64
        %v2768 = arith.addi %v2766, %v2767 : i64
        %v2769 = arith.constant 8 : i64
        %v2770 = arith.addi %v2769, %v23 : i64
        %v2771 = arith.muli %v2770, %v2 : i64
        %v2772 = arith.addi %v2768, %v2771 : i64
        %v2773 = llvm.getelementptr %dx_h0[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2765, %v2773 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
