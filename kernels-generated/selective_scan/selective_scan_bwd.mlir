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
      %v158 = arith.constant 1024 : i64
      %v159 = arith.constant 256 : i64
      %v171 = arith.muli %v2, %size_L : i64
      %v172 = arith.muli %v171, %v1 : i64
      %v180 = arith.constant 65 : i64
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
      %v323 = arith.constant 32 : i32
      %v331 = arith.muli %v2, %v1 : i64
      %v370 = arith.constant 3 : i64
      %v371 = arith.constant 4 : i64
      %v571 = arith.constant 2 : i64
      %v701 = arith.constant 5 : i64
      %v745 = arith.constant 6 : i64
      %v832 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v833 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v834 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v849 = arith.constant 2147483647 : i64
      %v853 = arith.constant 7 : i32
      %v950 = arith.constant 8 : i32
      %v954 = arith.constant 16 : i32
      %v964 = arith.constant 33 : i64
      %v1046 = arith.constant 6 : i32
      %v1235 = arith.constant 1 : i32
      %v1252 = arith.constant 5 : i32
      %v1442 = arith.constant 4 : i32
      %v1636 = arith.constant 2 : i32
      %v1663 = arith.constant 3 : i32
      %v2246 = arith.constant 0 : i32
      %v2535 = arith.muli %v2, %size_B : i64
      %v2536 = arith.muli %v2535, %v1 : i64
      %v2537 = arith.muli %v2536, %size_L : i64
      %v2538 = arith.constant 512 : i64
      %v2624 = arith.muli %v2, %size_B : i64
      %v2625 = arith.muli %v2624, %v1 : i64
      %v2626 = arith.muli %v2625, %size_L : i64
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
        %v155 = arith.addi %v154, %v104 : i64
        %v156 = arith.divui %v155, %v22 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v157 = arith.subi %size_L, %v2 : i64
        %v160 = arith.index_cast %v13 : i64 to index
        %v161 = arith.index_cast %v158 : i64 to index
        %v162 = arith.index_cast %v159 : i64 to index
        scf.for %v163 = %v160 to %v161 step %v162 {
          %v164 = arith.index_cast %v163 : index to i64
          %v165 = arith.remui %v164, %v103 : i64
          %v166 = arith.divui %v164, %v103 : i64
          %v167 = arith.addi %v152, %v165 : i64
          %v168 = arith.minsi %v167, %v157 : i64
          %v169 = arith.remui %v166, %v1 : i64
          %v170 = arith.divui %v166, %v1 : i64
          %v173 = arith.muli %v35, %v172 : i64
          %v174 = arith.muli %v169, %v171 : i64
          %v175 = arith.addi %v173, %v174 : i64
          %v176 = arith.muli %v168, %v2 : i64
          %v177 = arith.addi %v175, %v176 : i64
          %v178 = llvm.getelementptr %in_Bm[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v179 = llvm.load %v178 : !llvm.ptr -> f32
          %v181 = arith.muli %v166, %v180 : i64
          %v182 = arith.addi %v181, %v165 : i64
          %v183 = llvm.getelementptr %v52[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v179, %v183 : f32, !llvm.ptr
        }
        %v184 = arith.index_cast %v13 : i64 to index
        %v185 = arith.index_cast %v158 : i64 to index
        %v186 = arith.index_cast %v159 : i64 to index
        scf.for %v187 = %v184 to %v185 step %v186 {
          %v188 = arith.index_cast %v187 : index to i64
          %v189 = arith.remui %v188, %v103 : i64
          %v190 = arith.divui %v188, %v103 : i64
          %v191 = arith.addi %v152, %v189 : i64
          %v192 = arith.minsi %v191, %v157 : i64
          %v193 = arith.remui %v190, %v1 : i64
          %v194 = arith.divui %v190, %v1 : i64
          %v195 = arith.muli %v35, %v172 : i64
          %v196 = arith.muli %v193, %v171 : i64
          %v197 = arith.addi %v195, %v196 : i64
          %v198 = arith.muli %v192, %v2 : i64
          %v199 = arith.addi %v197, %v198 : i64
          %v200 = llvm.getelementptr %in_Cm[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v201 = llvm.load %v200 : !llvm.ptr -> f32
          %v202 = arith.muli %v190, %v180 : i64
          %v203 = arith.addi %v202, %v189 : i64
          %v204 = llvm.getelementptr %v54[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v201, %v204 : f32, !llvm.ptr
        }
        gpu.barrier
        %v205 = arith.subi %v154, %v2 : i64
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
        %v233 = arith.index_cast %v156 : i64 to index
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
          %v257 = arith.minsi %v256, %v205 : i64
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
          %v314 = arith.subi %v154, %v255 : i64
          %v315 = arith.trunci %v314 : i64 to i32
          %v316 = arith.index_cast %v57 : i64 to index
          %v317 = arith.index_cast %v22 : i64 to index
          %v318 = arith.index_cast %v2 : i64 to index
          scf.for %v319 = %v316 to %v317 step %v318 {
            %v320 = arith.index_cast %v319 : index to i64
            %v321 = arith.trunci %v320 : i64 to i32
            %v322 = arith.ori %v112, %v321 : i32
            %v324, %v325 = gpu.shuffle idx %v305, %v322, %v323 : f32
            %v326, %v327 = gpu.shuffle idx %v313, %v322, %v323 : f32
            %v328 = arith.addi %v255, %v320 : i64
            %v329 = arith.cmpi slt, %v321, %v315 : i32
            scf.if %v329 {
              %v330 = arith.addi %v152, %v328 : i64
              %v332 = arith.muli %v33, %v331 : i64
              %v333 = arith.muli %v23, %v2 : i64
              %v334 = arith.addi %v332, %v333 : i64
              %v335 = llvm.getelementptr %in_A[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v336 = llvm.load %v335 : !llvm.ptr -> f32
              %v337 = arith.mulf %v324, %v336 fastmath<contract> : f32
              %v338 = arith.mulf %v337, %v275 fastmath<contract> : f32
              %v339 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v338) : (f32) -> f32
              %v340 = arith.muli %v23, %v180 : i64
              %v341 = arith.subi %v330, %v152 : i64
              %v342 = arith.addi %v340, %v341 : i64
              %v343 = llvm.getelementptr %v52[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v344 = llvm.load %v343 : !llvm.ptr -> f32
              %v345 = arith.mulf %v344, %v326 fastmath<contract> : f32
              %v346 = llvm.load %v7 : !llvm.ptr -> f32
              %v347 = arith.mulf %v339, %v346 fastmath<contract> : f32
              %v348 = arith.addf %v347, %v345 fastmath<contract> : f32
              llvm.store %v348, %v7 : f32, !llvm.ptr
              %v349 = arith.muli %v33, %v331 : i64
              %v350 = arith.constant 8 : i64
              %v351 = arith.addi %v350, %v23 : i64
              %v352 = arith.muli %v351, %v2 : i64
              %v353 = arith.addi %v349, %v352 : i64
              %v354 = llvm.getelementptr %in_A[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v355 = llvm.load %v354 : !llvm.ptr -> f32
              %v356 = arith.mulf %v324, %v355 fastmath<contract> : f32
              %v357 = arith.mulf %v356, %v275 fastmath<contract> : f32
              %v358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v357) : (f32) -> f32
              %v359 = arith.constant 8 : i64
              %v360 = arith.addi %v359, %v23 : i64
              %v361 = arith.muli %v360, %v180 : i64
              %v362 = arith.subi %v330, %v152 : i64
              %v363 = arith.addi %v361, %v362 : i64
              %v364 = llvm.getelementptr %v52[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v365 = llvm.load %v364 : !llvm.ptr -> f32
              %v366 = arith.mulf %v365, %v326 fastmath<contract> : f32
              %v367 = llvm.load %v8 : !llvm.ptr -> f32
              %v368 = arith.mulf %v358, %v367 fastmath<contract> : f32
              %v369 = arith.addf %v368, %v366 fastmath<contract> : f32
              llvm.store %v369, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v372 = arith.addi %v156, %v370 : i64
        %v373 = arith.divui %v372, %v371 : i64
        %v374 = arith.index_cast %v57 : i64 to index
        %v375 = arith.index_cast %v373 : i64 to index
        %v376 = arith.index_cast %v2 : i64 to index
        scf.for %v377 = %v374 to %v375 step %v376 {
          %v378 = arith.index_cast %v377 : index to i64
          %v379 = arith.muli %v378, %v371 : i64
          %v380 = arith.addi %v379, %v371 : i64
          %v381 = arith.index_cast %v379 : i64 to index
          %v382 = arith.index_cast %v380 : i64 to index
          %v383 = arith.index_cast %v2 : i64 to index
          scf.for %v384 = %v381 to %v382 step %v383 {
            %v385 = arith.index_cast %v384 : index to i64
            %v386 = arith.cmpi slt, %v385, %v156 : i64
            scf.if %v386 {
              %v387 = arith.subi %v156, %v2 : i64
              %v388 = arith.subi %v387, %v385 : i64
              %v389 = arith.muli %v388, %v22 : i64
              %v390 = arith.remui %v385, %v371 : i64
              %v391 = arith.muli %v390, %v22 : i64
              %v392 = arith.subi %v154, %v2 : i64
              %v393 = arith.muli %v388, %v4 : i64
              %v394 = arith.subi %v4, %v2 : i64
              %v395 = arith.minsi %v29, %v394 : i64
              %v396 = arith.addi %v393, %v395 : i64
              %v397 = arith.muli %v396, %v1 : i64
              %v398 = arith.addi %v397, %v57 : i64
              %v399 = arith.addi %v398, %v23 : i64
              %v400 = llvm.getelementptr %scratch_h[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v401 = llvm.load %v400 : !llvm.ptr -> f32
              %v402 = arith.muli %v388, %v4 : i64
              %v403 = arith.subi %v4, %v2 : i64
              %v404 = arith.minsi %v29, %v403 : i64
              %v405 = arith.addi %v402, %v404 : i64
              %v406 = arith.muli %v405, %v1 : i64
              %v407 = arith.addi %v406, %v22 : i64
              %v408 = arith.addi %v407, %v23 : i64
              %v409 = llvm.getelementptr %scratch_h[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v410 = llvm.load %v409 : !llvm.ptr -> f32
              %v411 = arith.addi %v389, %v23 : i64
              %v412 = arith.minsi %v411, %v392 : i64
              %v413 = arith.addi %v152, %v412 : i64
              %v414 = arith.muli %v35, %v260 : i64
              %v415 = arith.muli %v33, %v259 : i64
              %v416 = arith.addi %v414, %v415 : i64
              %v417 = arith.muli %v413, %v2 : i64
              %v418 = arith.addi %v416, %v417 : i64
              %v419 = llvm.getelementptr %in_delta[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v420 = llvm.load %v419 : !llvm.ptr -> f32
              %v421 = arith.muli %v33, %v2 : i64
              %v422 = llvm.getelementptr %in_dt_bias[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v423 = llvm.load %v422 : !llvm.ptr -> f32
              %v424 = arith.addf %v420, %v423 fastmath<contract> : f32
              %v425 = arith.maximumf %v424, %v55 : f32
              %v426 = llvm.call_intrinsic "llvm.fabs.f32"(%v424) : (f32) -> f32
              %v427 = arith.negf %v426 : f32
              %v428 = arith.mulf %v427, %v275 fastmath<contract> : f32
              %v429 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v428) : (f32) -> f32
              %v430 = arith.addf %v56, %v429 fastmath<contract> : f32
              %v431 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v430) : (f32) -> f32
              %v432 = arith.mulf %v431, %v280 fastmath<contract> : f32
              %v433 = arith.mulf %v282, %v429 fastmath<contract> : f32
              %v434 = arith.addf %v433, %v284 fastmath<contract> : f32
              %v435 = arith.mulf %v434, %v429 fastmath<contract> : f32
              %v436 = arith.addf %v435, %v287 fastmath<contract> : f32
              %v437 = arith.mulf %v436, %v429 fastmath<contract> : f32
              %v438 = arith.addf %v437, %v290 fastmath<contract> : f32
              %v439 = arith.mulf %v438, %v429 fastmath<contract> : f32
              %v440 = arith.addf %v439, %v293 fastmath<contract> : f32
              %v441 = arith.mulf %v440, %v429 fastmath<contract> : f32
              %v442 = arith.addf %v441, %v296 fastmath<contract> : f32
              %v443 = arith.mulf %v442, %v429 fastmath<contract> : f32
              %v444 = arith.addf %v443, %v56 fastmath<contract> : f32
              %v445 = arith.mulf %v444, %v429 fastmath<contract> : f32
              %v446 = llvm.call_intrinsic "llvm.fabs.f32"(%v429) : (f32) -> f32
              %v447 = arith.cmpf olt, %v446, %v302 : f32
              %v448 = arith.select %v447, %v445, %v432 : f32
              %v449 = arith.addf %v425, %v448 fastmath<contract> : f32
              %v450 = arith.muli %v35, %v260 : i64
              %v451 = arith.muli %v33, %v259 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.muli %v413, %v2 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = llvm.getelementptr %in_u[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v456 = llvm.load %v455 : !llvm.ptr -> f32
              %v457 = arith.mulf %v449, %v456 fastmath<contract> : f32
              %v458 = arith.muli %v35, %v260 : i64
              %v459 = arith.muli %v33, %v259 : i64
              %v460 = arith.addi %v458, %v459 : i64
              %v461 = arith.muli %v413, %v2 : i64
              %v462 = arith.addi %v460, %v461 : i64
              %v463 = llvm.getelementptr %in_z[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v464 = llvm.load %v463 : !llvm.ptr -> f32
              %v465 = arith.negf %v464 : f32
              %v466 = arith.mulf %v465, %v275 fastmath<contract> : f32
              %v467 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v466) : (f32) -> f32
              %v468 = arith.addf %v56, %v467 fastmath<contract> : f32
              %v469 = arith.divf %v56, %v468 : f32
              %v470 = arith.mulf %v464, %v469 fastmath<contract> : f32
              %v471 = arith.negf %v464 : f32
              %v472 = arith.mulf %v471, %v275 fastmath<contract> : f32
              %v473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v472) : (f32) -> f32
              %v474 = arith.addf %v56, %v473 fastmath<contract> : f32
              %v475 = arith.divf %v56, %v474 : f32
              %v476 = arith.subf %v56, %v475 fastmath<contract> : f32
              %v477 = arith.mulf %v464, %v476 fastmath<contract> : f32
              %v478 = arith.addf %v56, %v477 fastmath<contract> : f32
              %v479 = arith.mulf %v475, %v478 fastmath<contract> : f32
              %v480 = arith.negf %v424 : f32
              %v481 = arith.mulf %v480, %v275 fastmath<contract> : f32
              %v482 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v481) : (f32) -> f32
              %v483 = arith.addf %v56, %v482 fastmath<contract> : f32
              %v484 = arith.divf %v56, %v483 : f32
              // the group's states, recomputed into registers
              %v485 = arith.addi %v389, %v57 : i64
              %v486 = arith.minsi %v485, %v392 : i64
              %v487 = arith.addi %v152, %v486 : i64
              %v488, %v489 = gpu.shuffle idx %v449, %v112, %v323 : f32
              %v490, %v491 = gpu.shuffle idx %v457, %v112, %v323 : f32
              %v492 = arith.muli %v33, %v331 : i64
              %v493 = arith.muli %v23, %v2 : i64
              %v494 = arith.addi %v492, %v493 : i64
              %v495 = llvm.getelementptr %in_A[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v496 = llvm.load %v495 : !llvm.ptr -> f32
              %v497 = arith.mulf %v488, %v496 fastmath<contract> : f32
              %v498 = arith.mulf %v497, %v275 fastmath<contract> : f32
              %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
              %v500 = arith.muli %v23, %v180 : i64
              %v501 = arith.subi %v487, %v152 : i64
              %v502 = arith.addi %v500, %v501 : i64
              %v503 = llvm.getelementptr %v52[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v504 = llvm.load %v503 : !llvm.ptr -> f32
              %v505 = arith.mulf %v504, %v490 fastmath<contract> : f32
              %v506 = arith.mulf %v499, %v401 fastmath<contract> : f32
              %v507 = arith.addf %v506, %v505 fastmath<contract> : f32
              %v508 = arith.muli %v33, %v331 : i64
              %v509 = arith.constant 8 : i64
              %v510 = arith.addi %v509, %v23 : i64
              %v511 = arith.muli %v510, %v2 : i64
              %v512 = arith.addi %v508, %v511 : i64
              %v513 = llvm.getelementptr %in_A[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v514 = llvm.load %v513 : !llvm.ptr -> f32
              %v515 = arith.mulf %v488, %v514 fastmath<contract> : f32
              %v516 = arith.mulf %v515, %v275 fastmath<contract> : f32
              %v517 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v516) : (f32) -> f32
              %v518 = arith.constant 8 : i64
              %v519 = arith.addi %v518, %v23 : i64
              %v520 = arith.muli %v519, %v180 : i64
              %v521 = arith.subi %v487, %v152 : i64
              %v522 = arith.addi %v520, %v521 : i64
              %v523 = llvm.getelementptr %v52[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v524 = llvm.load %v523 : !llvm.ptr -> f32
              %v525 = arith.mulf %v524, %v490 fastmath<contract> : f32
              %v526 = arith.mulf %v517, %v410 fastmath<contract> : f32
              %v527 = arith.addf %v526, %v525 fastmath<contract> : f32
              %v528 = arith.addi %v389, %v2 : i64
              %v529 = arith.minsi %v528, %v392 : i64
              %v530 = arith.addi %v152, %v529 : i64
              %v531, %v532 = gpu.shuffle idx %v449, %v116, %v323 : f32
              %v533, %v534 = gpu.shuffle idx %v457, %v116, %v323 : f32
              %v535 = arith.muli %v33, %v331 : i64
              %v536 = arith.muli %v23, %v2 : i64
              %v537 = arith.addi %v535, %v536 : i64
              %v538 = llvm.getelementptr %in_A[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v539 = llvm.load %v538 : !llvm.ptr -> f32
              %v540 = arith.mulf %v531, %v539 fastmath<contract> : f32
              %v541 = arith.mulf %v540, %v275 fastmath<contract> : f32
              %v542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v541) : (f32) -> f32
              %v543 = arith.muli %v23, %v180 : i64
              %v544 = arith.subi %v530, %v152 : i64
              %v545 = arith.addi %v543, %v544 : i64
              %v546 = llvm.getelementptr %v52[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v547 = llvm.load %v546 : !llvm.ptr -> f32
              %v548 = arith.mulf %v547, %v533 fastmath<contract> : f32
              %v549 = arith.mulf %v542, %v507 fastmath<contract> : f32
              %v550 = arith.addf %v549, %v548 fastmath<contract> : f32
              %v551 = arith.muli %v33, %v331 : i64
              %v552 = arith.constant 8 : i64
              %v553 = arith.addi %v552, %v23 : i64
              %v554 = arith.muli %v553, %v2 : i64
              %v555 = arith.addi %v551, %v554 : i64
              %v556 = llvm.getelementptr %in_A[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v557 = llvm.load %v556 : !llvm.ptr -> f32
              %v558 = arith.mulf %v531, %v557 fastmath<contract> : f32
              %v559 = arith.mulf %v558, %v275 fastmath<contract> : f32
              %v560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v559) : (f32) -> f32
              %v561 = arith.constant 8 : i64
              %v562 = arith.addi %v561, %v23 : i64
              %v563 = arith.muli %v562, %v180 : i64
              %v564 = arith.subi %v530, %v152 : i64
              %v565 = arith.addi %v563, %v564 : i64
              %v566 = llvm.getelementptr %v52[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v567 = llvm.load %v566 : !llvm.ptr -> f32
              %v568 = arith.mulf %v567, %v533 fastmath<contract> : f32
              %v569 = arith.mulf %v560, %v527 fastmath<contract> : f32
              %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
              %v572 = arith.addi %v389, %v571 : i64
              %v573 = arith.minsi %v572, %v392 : i64
              %v574 = arith.addi %v152, %v573 : i64
              %v575, %v576 = gpu.shuffle idx %v449, %v120, %v323 : f32
              %v577, %v578 = gpu.shuffle idx %v457, %v120, %v323 : f32
              %v579 = arith.muli %v33, %v331 : i64
              %v580 = arith.muli %v23, %v2 : i64
              %v581 = arith.addi %v579, %v580 : i64
              %v582 = llvm.getelementptr %in_A[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v583 = llvm.load %v582 : !llvm.ptr -> f32
              %v584 = arith.mulf %v575, %v583 fastmath<contract> : f32
              %v585 = arith.mulf %v584, %v275 fastmath<contract> : f32
              %v586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v585) : (f32) -> f32
              %v587 = arith.muli %v23, %v180 : i64
              %v588 = arith.subi %v574, %v152 : i64
              %v589 = arith.addi %v587, %v588 : i64
              %v590 = llvm.getelementptr %v52[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v591 = llvm.load %v590 : !llvm.ptr -> f32
              %v592 = arith.mulf %v591, %v577 fastmath<contract> : f32
              %v593 = arith.mulf %v586, %v550 fastmath<contract> : f32
              %v594 = arith.addf %v593, %v592 fastmath<contract> : f32
              %v595 = arith.muli %v33, %v331 : i64
              %v596 = arith.constant 8 : i64
              %v597 = arith.addi %v596, %v23 : i64
              %v598 = arith.muli %v597, %v2 : i64
              %v599 = arith.addi %v595, %v598 : i64
              %v600 = llvm.getelementptr %in_A[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v601 = llvm.load %v600 : !llvm.ptr -> f32
              %v602 = arith.mulf %v575, %v601 fastmath<contract> : f32
              %v603 = arith.mulf %v602, %v275 fastmath<contract> : f32
              %v604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v603) : (f32) -> f32
              %v605 = arith.constant 8 : i64
              %v606 = arith.addi %v605, %v23 : i64
              %v607 = arith.muli %v606, %v180 : i64
              %v608 = arith.subi %v574, %v152 : i64
              %v609 = arith.addi %v607, %v608 : i64
              %v610 = llvm.getelementptr %v52[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v611 = llvm.load %v610 : !llvm.ptr -> f32
              %v612 = arith.mulf %v611, %v577 fastmath<contract> : f32
              %v613 = arith.mulf %v604, %v570 fastmath<contract> : f32
              %v614 = arith.addf %v613, %v612 fastmath<contract> : f32
              %v615 = arith.addi %v389, %v370 : i64
              %v616 = arith.minsi %v615, %v392 : i64
              %v617 = arith.addi %v152, %v616 : i64
              %v618, %v619 = gpu.shuffle idx %v449, %v124, %v323 : f32
              %v620, %v621 = gpu.shuffle idx %v457, %v124, %v323 : f32
              %v622 = arith.muli %v33, %v331 : i64
              %v623 = arith.muli %v23, %v2 : i64
              %v624 = arith.addi %v622, %v623 : i64
              %v625 = llvm.getelementptr %in_A[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v626 = llvm.load %v625 : !llvm.ptr -> f32
              %v627 = arith.mulf %v618, %v626 fastmath<contract> : f32
              %v628 = arith.mulf %v627, %v275 fastmath<contract> : f32
              %v629 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v628) : (f32) -> f32
              %v630 = arith.muli %v23, %v180 : i64
              %v631 = arith.subi %v617, %v152 : i64
              %v632 = arith.addi %v630, %v631 : i64
              %v633 = llvm.getelementptr %v52[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v634 = llvm.load %v633 : !llvm.ptr -> f32
              %v635 = arith.mulf %v634, %v620 fastmath<contract> : f32
              %v636 = arith.mulf %v629, %v594 fastmath<contract> : f32
              %v637 = arith.addf %v636, %v635 fastmath<contract> : f32
              %v638 = arith.muli %v33, %v331 : i64
              %v639 = arith.constant 8 : i64
              %v640 = arith.addi %v639, %v23 : i64
              %v641 = arith.muli %v640, %v2 : i64
              %v642 = arith.addi %v638, %v641 : i64
              %v643 = llvm.getelementptr %in_A[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v644 = llvm.load %v643 : !llvm.ptr -> f32
              %v645 = arith.mulf %v618, %v644 fastmath<contract> : f32
              %v646 = arith.mulf %v645, %v275 fastmath<contract> : f32
              %v647 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v646) : (f32) -> f32
              %v648 = arith.constant 8 : i64
              %v649 = arith.addi %v648, %v23 : i64
              %v650 = arith.muli %v649, %v180 : i64
              %v651 = arith.subi %v617, %v152 : i64
              %v652 = arith.addi %v650, %v651 : i64
              %v653 = llvm.getelementptr %v52[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v654 = llvm.load %v653 : !llvm.ptr -> f32
              %v655 = arith.mulf %v654, %v620 fastmath<contract> : f32
              %v656 = arith.mulf %v647, %v614 fastmath<contract> : f32
              %v657 = arith.addf %v656, %v655 fastmath<contract> : f32
              %v658 = arith.addi %v389, %v371 : i64
              %v659 = arith.minsi %v658, %v392 : i64
              %v660 = arith.addi %v152, %v659 : i64
              %v661, %v662 = gpu.shuffle idx %v449, %v128, %v323 : f32
              %v663, %v664 = gpu.shuffle idx %v457, %v128, %v323 : f32
              %v665 = arith.muli %v33, %v331 : i64
              %v666 = arith.muli %v23, %v2 : i64
              %v667 = arith.addi %v665, %v666 : i64
              %v668 = llvm.getelementptr %in_A[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v669 = llvm.load %v668 : !llvm.ptr -> f32
              %v670 = arith.mulf %v661, %v669 fastmath<contract> : f32
              %v671 = arith.mulf %v670, %v275 fastmath<contract> : f32
              %v672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v671) : (f32) -> f32
              %v673 = arith.muli %v23, %v180 : i64
              %v674 = arith.subi %v660, %v152 : i64
              %v675 = arith.addi %v673, %v674 : i64
              %v676 = llvm.getelementptr %v52[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v677 = llvm.load %v676 : !llvm.ptr -> f32
              %v678 = arith.mulf %v677, %v663 fastmath<contract> : f32
              %v679 = arith.mulf %v672, %v637 fastmath<contract> : f32
              %v680 = arith.addf %v679, %v678 fastmath<contract> : f32
              %v681 = arith.muli %v33, %v331 : i64
              %v682 = arith.constant 8 : i64
              %v683 = arith.addi %v682, %v23 : i64
              %v684 = arith.muli %v683, %v2 : i64
              %v685 = arith.addi %v681, %v684 : i64
              %v686 = llvm.getelementptr %in_A[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v687 = llvm.load %v686 : !llvm.ptr -> f32
              %v688 = arith.mulf %v661, %v687 fastmath<contract> : f32
              %v689 = arith.mulf %v688, %v275 fastmath<contract> : f32
              %v690 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v689) : (f32) -> f32
              %v691 = arith.constant 8 : i64
              %v692 = arith.addi %v691, %v23 : i64
              %v693 = arith.muli %v692, %v180 : i64
              %v694 = arith.subi %v660, %v152 : i64
              %v695 = arith.addi %v693, %v694 : i64
              %v696 = llvm.getelementptr %v52[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v697 = llvm.load %v696 : !llvm.ptr -> f32
              %v698 = arith.mulf %v697, %v663 fastmath<contract> : f32
              %v699 = arith.mulf %v690, %v657 fastmath<contract> : f32
              %v700 = arith.addf %v699, %v698 fastmath<contract> : f32
              %v702 = arith.addi %v389, %v701 : i64
              %v703 = arith.minsi %v702, %v392 : i64
              %v704 = arith.addi %v152, %v703 : i64
              %v705, %v706 = gpu.shuffle idx %v449, %v132, %v323 : f32
              %v707, %v708 = gpu.shuffle idx %v457, %v132, %v323 : f32
              %v709 = arith.muli %v33, %v331 : i64
              %v710 = arith.muli %v23, %v2 : i64
              %v711 = arith.addi %v709, %v710 : i64
              %v712 = llvm.getelementptr %in_A[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v713 = llvm.load %v712 : !llvm.ptr -> f32
              %v714 = arith.mulf %v705, %v713 fastmath<contract> : f32
              %v715 = arith.mulf %v714, %v275 fastmath<contract> : f32
              %v716 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v715) : (f32) -> f32
              %v717 = arith.muli %v23, %v180 : i64
              %v718 = arith.subi %v704, %v152 : i64
              %v719 = arith.addi %v717, %v718 : i64
              %v720 = llvm.getelementptr %v52[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v721 = llvm.load %v720 : !llvm.ptr -> f32
              %v722 = arith.mulf %v721, %v707 fastmath<contract> : f32
              %v723 = arith.mulf %v716, %v680 fastmath<contract> : f32
              %v724 = arith.addf %v723, %v722 fastmath<contract> : f32
              %v725 = arith.muli %v33, %v331 : i64
              %v726 = arith.constant 8 : i64
              %v727 = arith.addi %v726, %v23 : i64
              %v728 = arith.muli %v727, %v2 : i64
              %v729 = arith.addi %v725, %v728 : i64
              %v730 = llvm.getelementptr %in_A[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v731 = llvm.load %v730 : !llvm.ptr -> f32
              %v732 = arith.mulf %v705, %v731 fastmath<contract> : f32
              %v733 = arith.mulf %v732, %v275 fastmath<contract> : f32
              %v734 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v733) : (f32) -> f32
              %v735 = arith.constant 8 : i64
              %v736 = arith.addi %v735, %v23 : i64
              %v737 = arith.muli %v736, %v180 : i64
              %v738 = arith.subi %v704, %v152 : i64
              %v739 = arith.addi %v737, %v738 : i64
              %v740 = llvm.getelementptr %v52[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v741 = llvm.load %v740 : !llvm.ptr -> f32
              %v742 = arith.mulf %v741, %v707 fastmath<contract> : f32
              %v743 = arith.mulf %v734, %v700 fastmath<contract> : f32
              %v744 = arith.addf %v743, %v742 fastmath<contract> : f32
              %v746 = arith.addi %v389, %v745 : i64
              %v747 = arith.minsi %v746, %v392 : i64
              %v748 = arith.addi %v152, %v747 : i64
              %v749, %v750 = gpu.shuffle idx %v449, %v136, %v323 : f32
              %v751, %v752 = gpu.shuffle idx %v457, %v136, %v323 : f32
              %v753 = arith.muli %v33, %v331 : i64
              %v754 = arith.muli %v23, %v2 : i64
              %v755 = arith.addi %v753, %v754 : i64
              %v756 = llvm.getelementptr %in_A[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v757 = llvm.load %v756 : !llvm.ptr -> f32
              %v758 = arith.mulf %v749, %v757 fastmath<contract> : f32
              %v759 = arith.mulf %v758, %v275 fastmath<contract> : f32
              %v760 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v759) : (f32) -> f32
              %v761 = arith.muli %v23, %v180 : i64
              %v762 = arith.subi %v748, %v152 : i64
              %v763 = arith.addi %v761, %v762 : i64
              %v764 = llvm.getelementptr %v52[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v765 = llvm.load %v764 : !llvm.ptr -> f32
              %v766 = arith.mulf %v765, %v751 fastmath<contract> : f32
              %v767 = arith.mulf %v760, %v724 fastmath<contract> : f32
              %v768 = arith.addf %v767, %v766 fastmath<contract> : f32
              %v769 = arith.muli %v33, %v331 : i64
              %v770 = arith.constant 8 : i64
              %v771 = arith.addi %v770, %v23 : i64
              %v772 = arith.muli %v771, %v2 : i64
              %v773 = arith.addi %v769, %v772 : i64
              %v774 = llvm.getelementptr %in_A[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v775 = llvm.load %v774 : !llvm.ptr -> f32
              %v776 = arith.mulf %v749, %v775 fastmath<contract> : f32
              %v777 = arith.mulf %v776, %v275 fastmath<contract> : f32
              %v778 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v777) : (f32) -> f32
              %v779 = arith.constant 8 : i64
              %v780 = arith.addi %v779, %v23 : i64
              %v781 = arith.muli %v780, %v180 : i64
              %v782 = arith.subi %v748, %v152 : i64
              %v783 = arith.addi %v781, %v782 : i64
              %v784 = llvm.getelementptr %v52[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v785 = llvm.load %v784 : !llvm.ptr -> f32
              %v786 = arith.mulf %v785, %v751 fastmath<contract> : f32
              %v787 = arith.mulf %v778, %v744 fastmath<contract> : f32
              %v788 = arith.addf %v787, %v786 fastmath<contract> : f32
              %v789 = arith.addi %v389, %v104 : i64
              %v790 = arith.minsi %v789, %v392 : i64
              %v791 = arith.addi %v152, %v790 : i64
              %v792, %v793 = gpu.shuffle idx %v449, %v140, %v323 : f32
              %v794, %v795 = gpu.shuffle idx %v457, %v140, %v323 : f32
              %v796 = arith.muli %v33, %v331 : i64
              %v797 = arith.muli %v23, %v2 : i64
              %v798 = arith.addi %v796, %v797 : i64
              %v799 = llvm.getelementptr %in_A[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v800 = llvm.load %v799 : !llvm.ptr -> f32
              %v801 = arith.mulf %v792, %v800 fastmath<contract> : f32
              %v802 = arith.mulf %v801, %v275 fastmath<contract> : f32
              %v803 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v802) : (f32) -> f32
              %v804 = arith.muli %v23, %v180 : i64
              %v805 = arith.subi %v791, %v152 : i64
              %v806 = arith.addi %v804, %v805 : i64
              %v807 = llvm.getelementptr %v52[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v808 = llvm.load %v807 : !llvm.ptr -> f32
              %v809 = arith.mulf %v808, %v794 fastmath<contract> : f32
              %v810 = arith.mulf %v803, %v768 fastmath<contract> : f32
              %v811 = arith.addf %v810, %v809 fastmath<contract> : f32
              %v812 = arith.muli %v33, %v331 : i64
              %v813 = arith.constant 8 : i64
              %v814 = arith.addi %v813, %v23 : i64
              %v815 = arith.muli %v814, %v2 : i64
              %v816 = arith.addi %v812, %v815 : i64
              %v817 = llvm.getelementptr %in_A[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v818 = llvm.load %v817 : !llvm.ptr -> f32
              %v819 = arith.mulf %v792, %v818 fastmath<contract> : f32
              %v820 = arith.mulf %v819, %v275 fastmath<contract> : f32
              %v821 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v820) : (f32) -> f32
              %v822 = arith.constant 8 : i64
              %v823 = arith.addi %v822, %v23 : i64
              %v824 = arith.muli %v823, %v180 : i64
              %v825 = arith.subi %v791, %v152 : i64
              %v826 = arith.addi %v824, %v825 : i64
              %v827 = llvm.getelementptr %v52[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v828 = llvm.load %v827 : !llvm.ptr -> f32
              %v829 = arith.mulf %v828, %v794 fastmath<contract> : f32
              %v830 = arith.mulf %v821, %v788 fastmath<contract> : f32
              %v831 = arith.addf %v830, %v829 fastmath<contract> : f32
              %v835 = arith.shrui %v23, %v57 : i64
              %v836 = arith.andi %v835, %v2 : i64
              %v837 = arith.cmpi ne, %v836, %v57 : i64
              %v838 = arith.shrui %v23, %v2 : i64
              %v839 = arith.andi %v838, %v2 : i64
              %v840 = arith.cmpi ne, %v839, %v57 : i64
              %v841 = arith.shrui %v23, %v571 : i64
              %v842 = arith.andi %v841, %v2 : i64
              %v843 = arith.cmpi ne, %v842, %v57 : i64
              %v844 = arith.subi %v154, %v389 : i64
              %v845 = arith.trunci %v844 : i64 to i32
              %v846 = arith.subi %size_L, %v2 : i64
              %v847 = arith.addi %v152, %v389 : i64
              %v848 = arith.subi %v846, %v847 : i64
              %v850 = arith.minsi %v848, %v849 : i64
              %v851 = arith.trunci %v850 : i64 to i32
              %v852 = arith.addi %v389, %v104 : i64
              %v854 = arith.cmpi slt, %v853, %v845 : i32
              %v855 = arith.cmpi eq, %v853, %v851 : i32
              %v856, %v857 = gpu.shuffle idx %v449, %v140, %v323 : f32
              %v858, %v859 = gpu.shuffle idx %v457, %v140, %v323 : f32
              %v860, %v861 = gpu.shuffle idx %v470, %v140, %v323 : f32
              %v862, %v863 = gpu.shuffle idx %v479, %v140, %v323 : f32
              %v864, %v865 = gpu.shuffle idx %v484, %v140, %v323 : f32
              %v866 = arith.addi %v391, %v57 : i64
              llvm.store %v55, %v832 : f32, !llvm.ptr
              llvm.store %v55, %v833 : f32, !llvm.ptr
              llvm.store %v55, %v834 : f32, !llvm.ptr
              scf.if %v854 {
                %v867 = arith.addi %v152, %v852 : i64
                %v868 = arith.muli %v23, %v180 : i64
                %v869 = arith.subi %v867, %v152 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = llvm.getelementptr %v54[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v872 = llvm.load %v871 : !llvm.ptr -> f32
                %v873 = arith.muli %v35, %v260 : i64
                %v874 = arith.muli %v33, %v259 : i64
                %v875 = arith.addi %v873, %v874 : i64
                %v876 = arith.muli %v867, %v2 : i64
                %v877 = arith.addi %v875, %v876 : i64
                %v878 = llvm.getelementptr %dy_y[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v879 = llvm.load %v878 : !llvm.ptr -> f32
                %v880 = arith.mulf %v860, %v879 fastmath<contract> : f32
                %v881 = arith.mulf %v872, %v880 fastmath<contract> : f32
                %v882 = llvm.load %v37 : !llvm.ptr -> f32
                %v883 = llvm.load %v39 : !llvm.ptr -> f32
                %v884 = arith.mulf %v883, %v882 fastmath<contract> : f32
                %v885 = arith.addf %v881, %v884 fastmath<contract> : f32
                llvm.store %v885, %v37 : f32, !llvm.ptr
                %v886 = arith.constant 8 : i64
                %v887 = arith.addi %v886, %v23 : i64
                %v888 = arith.muli %v887, %v180 : i64
                %v889 = arith.subi %v867, %v152 : i64
                %v890 = arith.addi %v888, %v889 : i64
                %v891 = llvm.getelementptr %v54[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v892 = llvm.load %v891 : !llvm.ptr -> f32
                %v893 = arith.mulf %v892, %v880 fastmath<contract> : f32
                %v894 = llvm.load %v38 : !llvm.ptr -> f32
                %v895 = llvm.load %v40 : !llvm.ptr -> f32
                %v896 = arith.mulf %v895, %v894 fastmath<contract> : f32
                %v897 = arith.addf %v893, %v896 fastmath<contract> : f32
                llvm.store %v897, %v38 : f32, !llvm.ptr
                scf.if %v855 {
                  %v898 = arith.muli %v35, %v60 : i64
                  %v899 = arith.muli %v33, %v59 : i64
                  %v900 = arith.addi %v898, %v899 : i64
                  %v901 = arith.muli %v23, %v2 : i64
                  %v902 = arith.addi %v900, %v901 : i64
                  %v903 = llvm.getelementptr %dy_h_last[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v904 = llvm.load %v903 : !llvm.ptr -> f32
                  %v905 = llvm.load %v37 : !llvm.ptr -> f32
                  %v906 = arith.addf %v905, %v904 fastmath<contract> : f32
                  llvm.store %v906, %v37 : f32, !llvm.ptr
                  %v907 = arith.muli %v35, %v60 : i64
                  %v908 = arith.muli %v33, %v59 : i64
                  %v909 = arith.addi %v907, %v908 : i64
                  %v910 = arith.constant 8 : i64
                  %v911 = arith.addi %v910, %v23 : i64
                  %v912 = arith.muli %v911, %v2 : i64
                  %v913 = arith.addi %v909, %v912 : i64
                  %v914 = llvm.getelementptr %dy_h_last[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v915 = llvm.load %v914 : !llvm.ptr -> f32
                  %v916 = llvm.load %v38 : !llvm.ptr -> f32
                  %v917 = arith.addf %v916, %v915 fastmath<contract> : f32
                  llvm.store %v917, %v38 : f32, !llvm.ptr
                }
                %v918 = arith.muli %v33, %v331 : i64
                %v919 = arith.muli %v23, %v2 : i64
                %v920 = arith.addi %v918, %v919 : i64
                %v921 = llvm.getelementptr %in_A[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v922 = llvm.load %v921 : !llvm.ptr -> f32
                %v923 = arith.mulf %v856, %v922 fastmath<contract> : f32
                %v924 = arith.mulf %v923, %v275 fastmath<contract> : f32
                %v925 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v924) : (f32) -> f32
                %v926 = llvm.load %v37 : !llvm.ptr -> f32
                %v927 = arith.mulf %v768, %v926 fastmath<contract> : f32
                %v928 = arith.mulf %v925, %v927 fastmath<contract> : f32
                %v929 = arith.mulf %v856, %v928 fastmath<contract> : f32
                %v930 = llvm.load %v41 : !llvm.ptr -> f32
                %v931 = arith.addf %v930, %v929 fastmath<contract> : f32
                llvm.store %v931, %v41 : f32, !llvm.ptr
                %v932 = arith.muli %v33, %v331 : i64
                %v933 = arith.constant 8 : i64
                %v934 = arith.addi %v933, %v23 : i64
                %v935 = arith.muli %v934, %v2 : i64
                %v936 = arith.addi %v932, %v935 : i64
                %v937 = llvm.getelementptr %in_A[%v936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v938 = llvm.load %v937 : !llvm.ptr -> f32
                %v939 = arith.mulf %v856, %v938 fastmath<contract> : f32
                %v940 = arith.mulf %v939, %v275 fastmath<contract> : f32
                %v941 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v940) : (f32) -> f32
                %v942 = llvm.load %v38 : !llvm.ptr -> f32
                %v943 = arith.mulf %v788, %v942 fastmath<contract> : f32
                %v944 = arith.mulf %v941, %v943 fastmath<contract> : f32
                %v945 = arith.mulf %v856, %v944 fastmath<contract> : f32
                %v946 = llvm.load %v42 : !llvm.ptr -> f32
                %v947 = arith.addf %v946, %v945 fastmath<contract> : f32
                llvm.store %v947, %v42 : f32, !llvm.ptr
                %v948 = arith.mulf %v858, %v926 fastmath<contract> : f32
                %v949 = arith.select %v27, %v948, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v951, %v952 = gpu.shuffle xor %v949, %v950, %v323 : f32
                %v953 = arith.addf %v949, %v951 fastmath<contract> : f32
                %v955, %v956 = gpu.shuffle xor %v953, %v954, %v323 : f32
                %v957 = arith.addf %v953, %v955 fastmath<contract> : f32
                %v958 = arith.divui %v13, %v15 : i64
                %v959 = arith.remui %v13, %v15 : i64
                %v960 = arith.cmpi ult, %v959, %v22 : i64
                %v961 = arith.addi %v57, %v23 : i64
                %v962 = arith.muli %v958, %v1 : i64
                %v963 = arith.addi %v962, %v961 : i64
                %v965 = arith.muli %v963, %v964 : i64
                %v966 = arith.addi %v965, %v866 : i64
                scf.if %v960 {
                  %v967 = llvm.getelementptr %v48[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v957, %v967 : f32, !llvm.ptr
                }
                %v968 = arith.mulf %v858, %v942 fastmath<contract> : f32
                %v969 = arith.select %v27, %v968, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v970, %v971 = gpu.shuffle xor %v969, %v950, %v323 : f32
                %v972 = arith.addf %v969, %v970 fastmath<contract> : f32
                %v973, %v974 = gpu.shuffle xor %v972, %v954, %v323 : f32
                %v975 = arith.addf %v972, %v973 fastmath<contract> : f32
                %v976 = arith.divui %v13, %v15 : i64
                %v977 = arith.remui %v13, %v15 : i64
                %v978 = arith.cmpi ult, %v977, %v22 : i64
                %v979 = arith.addi %v22, %v23 : i64
                %v980 = arith.muli %v976, %v1 : i64
                %v981 = arith.addi %v980, %v979 : i64
                %v982 = arith.muli %v981, %v964 : i64
                %v983 = arith.addi %v982, %v866 : i64
                scf.if %v978 {
                  %v984 = llvm.getelementptr %v48[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v975, %v984 : f32, !llvm.ptr
                }
                %v985 = arith.mulf %v811, %v880 fastmath<contract> : f32
                %v986 = arith.select %v27, %v985, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v987, %v988 = gpu.shuffle xor %v986, %v950, %v323 : f32
                %v989 = arith.addf %v986, %v987 fastmath<contract> : f32
                %v990, %v991 = gpu.shuffle xor %v989, %v954, %v323 : f32
                %v992 = arith.addf %v989, %v990 fastmath<contract> : f32
                %v993 = arith.divui %v13, %v15 : i64
                %v994 = arith.remui %v13, %v15 : i64
                %v995 = arith.cmpi ult, %v994, %v22 : i64
                %v996 = arith.addi %v57, %v23 : i64
                %v997 = arith.muli %v993, %v1 : i64
                %v998 = arith.addi %v997, %v996 : i64
                %v999 = arith.muli %v998, %v964 : i64
                %v1000 = arith.addi %v999, %v866 : i64
                scf.if %v995 {
                  %v1001 = llvm.getelementptr %v50[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v992, %v1001 : f32, !llvm.ptr
                }
                %v1002 = arith.mulf %v831, %v880 fastmath<contract> : f32
                %v1003 = arith.select %v27, %v1002, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1004, %v1005 = gpu.shuffle xor %v1003, %v950, %v323 : f32
                %v1006 = arith.addf %v1003, %v1004 fastmath<contract> : f32
                %v1007, %v1008 = gpu.shuffle xor %v1006, %v954, %v323 : f32
                %v1009 = arith.addf %v1006, %v1007 fastmath<contract> : f32
                %v1010 = arith.divui %v13, %v15 : i64
                %v1011 = arith.remui %v13, %v15 : i64
                %v1012 = arith.cmpi ult, %v1011, %v22 : i64
                %v1013 = arith.addi %v22, %v23 : i64
                %v1014 = arith.muli %v1010, %v1 : i64
                %v1015 = arith.addi %v1014, %v1013 : i64
                %v1016 = arith.muli %v1015, %v964 : i64
                %v1017 = arith.addi %v1016, %v866 : i64
                scf.if %v1012 {
                  %v1018 = llvm.getelementptr %v50[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1009, %v1018 : f32, !llvm.ptr
                }
                %v1019 = arith.mulf %v872, %v811 fastmath<contract> : f32
                %v1020 = arith.mulf %v892, %v831 fastmath<contract> : f32
                %v1021 = arith.addf %v1019, %v1020 fastmath<contract> : f32
                llvm.store %v1021, %v832 : f32, !llvm.ptr
                %v1022 = arith.muli %v23, %v180 : i64
                %v1023 = arith.subi %v867, %v152 : i64
                %v1024 = arith.addi %v1022, %v1023 : i64
                %v1025 = llvm.getelementptr %v52[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
                %v1027 = arith.mulf %v1026, %v926 fastmath<contract> : f32
                %v1028 = arith.constant 8 : i64
                %v1029 = arith.addi %v1028, %v23 : i64
                %v1030 = arith.muli %v1029, %v180 : i64
                %v1031 = arith.subi %v867, %v152 : i64
                %v1032 = arith.addi %v1030, %v1031 : i64
                %v1033 = llvm.getelementptr %v52[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
                %v1035 = arith.mulf %v1034, %v942 fastmath<contract> : f32
                %v1036 = arith.addf %v1027, %v1035 fastmath<contract> : f32
                llvm.store %v1036, %v833 : f32, !llvm.ptr
                %v1037 = arith.mulf %v922, %v927 fastmath<contract> : f32
                %v1038 = arith.mulf %v925, %v1037 fastmath<contract> : f32
                %v1039 = arith.mulf %v938, %v943 fastmath<contract> : f32
                %v1040 = arith.mulf %v941, %v1039 fastmath<contract> : f32
                %v1041 = arith.addf %v1038, %v1040 fastmath<contract> : f32
                llvm.store %v1041, %v834 : f32, !llvm.ptr
                llvm.store %v925, %v39 : f32, !llvm.ptr
                llvm.store %v941, %v40 : f32, !llvm.ptr
              }
              %v1042 = llvm.load %v832 : !llvm.ptr -> f32
              %v1043 = llvm.load %v833 : !llvm.ptr -> f32
              %v1044 = llvm.load %v834 : !llvm.ptr -> f32
              %v1045 = arith.addi %v389, %v745 : i64
              %v1047 = arith.cmpi slt, %v1046, %v845 : i32
              %v1048 = arith.cmpi eq, %v1046, %v851 : i32
              %v1049, %v1050 = gpu.shuffle idx %v449, %v136, %v323 : f32
              %v1051, %v1052 = gpu.shuffle idx %v457, %v136, %v323 : f32
              %v1053, %v1054 = gpu.shuffle idx %v470, %v136, %v323 : f32
              %v1055, %v1056 = gpu.shuffle idx %v479, %v136, %v323 : f32
              %v1057, %v1058 = gpu.shuffle idx %v484, %v136, %v323 : f32
              %v1059 = arith.addi %v391, %v2 : i64
              llvm.store %v55, %v832 : f32, !llvm.ptr
              llvm.store %v55, %v833 : f32, !llvm.ptr
              llvm.store %v55, %v834 : f32, !llvm.ptr
              scf.if %v1047 {
                %v1060 = arith.addi %v152, %v1045 : i64
                %v1061 = arith.muli %v23, %v180 : i64
                %v1062 = arith.subi %v1060, %v152 : i64
                %v1063 = arith.addi %v1061, %v1062 : i64
                %v1064 = llvm.getelementptr %v54[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
                %v1066 = arith.muli %v35, %v260 : i64
                %v1067 = arith.muli %v33, %v259 : i64
                %v1068 = arith.addi %v1066, %v1067 : i64
                %v1069 = arith.muli %v1060, %v2 : i64
                %v1070 = arith.addi %v1068, %v1069 : i64
                %v1071 = llvm.getelementptr %dy_y[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
                %v1073 = arith.mulf %v1053, %v1072 fastmath<contract> : f32
                %v1074 = arith.mulf %v1065, %v1073 fastmath<contract> : f32
                %v1075 = llvm.load %v37 : !llvm.ptr -> f32
                %v1076 = llvm.load %v39 : !llvm.ptr -> f32
                %v1077 = arith.mulf %v1076, %v1075 fastmath<contract> : f32
                %v1078 = arith.addf %v1074, %v1077 fastmath<contract> : f32
                llvm.store %v1078, %v37 : f32, !llvm.ptr
                %v1079 = arith.constant 8 : i64
                %v1080 = arith.addi %v1079, %v23 : i64
                %v1081 = arith.muli %v1080, %v180 : i64
                %v1082 = arith.subi %v1060, %v152 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = llvm.getelementptr %v54[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                %v1086 = arith.mulf %v1085, %v1073 fastmath<contract> : f32
                %v1087 = llvm.load %v38 : !llvm.ptr -> f32
                %v1088 = llvm.load %v40 : !llvm.ptr -> f32
                %v1089 = arith.mulf %v1088, %v1087 fastmath<contract> : f32
                %v1090 = arith.addf %v1086, %v1089 fastmath<contract> : f32
                llvm.store %v1090, %v38 : f32, !llvm.ptr
                scf.if %v1048 {
                  %v1091 = arith.muli %v35, %v60 : i64
                  %v1092 = arith.muli %v33, %v59 : i64
                  %v1093 = arith.addi %v1091, %v1092 : i64
                  %v1094 = arith.muli %v23, %v2 : i64
                  %v1095 = arith.addi %v1093, %v1094 : i64
                  %v1096 = llvm.getelementptr %dy_h_last[%v1095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1097 = llvm.load %v1096 : !llvm.ptr -> f32
                  %v1098 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1099 = arith.addf %v1098, %v1097 fastmath<contract> : f32
                  llvm.store %v1099, %v37 : f32, !llvm.ptr
                  %v1100 = arith.muli %v35, %v60 : i64
                  %v1101 = arith.muli %v33, %v59 : i64
                  %v1102 = arith.addi %v1100, %v1101 : i64
                  %v1103 = arith.constant 8 : i64
                  %v1104 = arith.addi %v1103, %v23 : i64
                  %v1105 = arith.muli %v1104, %v2 : i64
                  %v1106 = arith.addi %v1102, %v1105 : i64
                  %v1107 = llvm.getelementptr %dy_h_last[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
                  %v1109 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1110 = arith.addf %v1109, %v1108 fastmath<contract> : f32
                  llvm.store %v1110, %v38 : f32, !llvm.ptr
                }
                %v1111 = arith.muli %v33, %v331 : i64
                %v1112 = arith.muli %v23, %v2 : i64
                %v1113 = arith.addi %v1111, %v1112 : i64
                %v1114 = llvm.getelementptr %in_A[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1115 = llvm.load %v1114 : !llvm.ptr -> f32
                %v1116 = arith.mulf %v1049, %v1115 fastmath<contract> : f32
                %v1117 = arith.mulf %v1116, %v275 fastmath<contract> : f32
                %v1118 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1117) : (f32) -> f32
                %v1119 = llvm.load %v37 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v724, %v1119 fastmath<contract> : f32
                %v1121 = arith.mulf %v1118, %v1120 fastmath<contract> : f32
                %v1122 = arith.mulf %v1049, %v1121 fastmath<contract> : f32
                %v1123 = llvm.load %v41 : !llvm.ptr -> f32
                %v1124 = arith.addf %v1123, %v1122 fastmath<contract> : f32
                llvm.store %v1124, %v41 : f32, !llvm.ptr
                %v1125 = arith.muli %v33, %v331 : i64
                %v1126 = arith.constant 8 : i64
                %v1127 = arith.addi %v1126, %v23 : i64
                %v1128 = arith.muli %v1127, %v2 : i64
                %v1129 = arith.addi %v1125, %v1128 : i64
                %v1130 = llvm.getelementptr %in_A[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
                %v1132 = arith.mulf %v1049, %v1131 fastmath<contract> : f32
                %v1133 = arith.mulf %v1132, %v275 fastmath<contract> : f32
                %v1134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1133) : (f32) -> f32
                %v1135 = llvm.load %v38 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v744, %v1135 fastmath<contract> : f32
                %v1137 = arith.mulf %v1134, %v1136 fastmath<contract> : f32
                %v1138 = arith.mulf %v1049, %v1137 fastmath<contract> : f32
                %v1139 = llvm.load %v42 : !llvm.ptr -> f32
                %v1140 = arith.addf %v1139, %v1138 fastmath<contract> : f32
                llvm.store %v1140, %v42 : f32, !llvm.ptr
                %v1141 = arith.mulf %v1051, %v1119 fastmath<contract> : f32
                %v1142 = arith.select %v27, %v1141, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1143, %v1144 = gpu.shuffle xor %v1142, %v950, %v323 : f32
                %v1145 = arith.addf %v1142, %v1143 fastmath<contract> : f32
                %v1146, %v1147 = gpu.shuffle xor %v1145, %v954, %v323 : f32
                %v1148 = arith.addf %v1145, %v1146 fastmath<contract> : f32
                %v1149 = arith.divui %v13, %v15 : i64
                %v1150 = arith.remui %v13, %v15 : i64
                %v1151 = arith.cmpi ult, %v1150, %v22 : i64
                %v1152 = arith.addi %v57, %v23 : i64
                %v1153 = arith.muli %v1149, %v1 : i64
                %v1154 = arith.addi %v1153, %v1152 : i64
                %v1155 = arith.muli %v1154, %v964 : i64
                %v1156 = arith.addi %v1155, %v1059 : i64
                scf.if %v1151 {
                  %v1157 = llvm.getelementptr %v48[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1148, %v1157 : f32, !llvm.ptr
                }
                %v1158 = arith.mulf %v1051, %v1135 fastmath<contract> : f32
                %v1159 = arith.select %v27, %v1158, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1160, %v1161 = gpu.shuffle xor %v1159, %v950, %v323 : f32
                %v1162 = arith.addf %v1159, %v1160 fastmath<contract> : f32
                %v1163, %v1164 = gpu.shuffle xor %v1162, %v954, %v323 : f32
                %v1165 = arith.addf %v1162, %v1163 fastmath<contract> : f32
                %v1166 = arith.divui %v13, %v15 : i64
                %v1167 = arith.remui %v13, %v15 : i64
                %v1168 = arith.cmpi ult, %v1167, %v22 : i64
                %v1169 = arith.addi %v22, %v23 : i64
                %v1170 = arith.muli %v1166, %v1 : i64
                %v1171 = arith.addi %v1170, %v1169 : i64
                %v1172 = arith.muli %v1171, %v964 : i64
                %v1173 = arith.addi %v1172, %v1059 : i64
                scf.if %v1168 {
                  %v1174 = llvm.getelementptr %v48[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1165, %v1174 : f32, !llvm.ptr
                }
                %v1175 = arith.mulf %v768, %v1073 fastmath<contract> : f32
                %v1176 = arith.select %v27, %v1175, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1177, %v1178 = gpu.shuffle xor %v1176, %v950, %v323 : f32
                %v1179 = arith.addf %v1176, %v1177 fastmath<contract> : f32
                %v1180, %v1181 = gpu.shuffle xor %v1179, %v954, %v323 : f32
                %v1182 = arith.addf %v1179, %v1180 fastmath<contract> : f32
                %v1183 = arith.divui %v13, %v15 : i64
                %v1184 = arith.remui %v13, %v15 : i64
                %v1185 = arith.cmpi ult, %v1184, %v22 : i64
                %v1186 = arith.addi %v57, %v23 : i64
                %v1187 = arith.muli %v1183, %v1 : i64
                %v1188 = arith.addi %v1187, %v1186 : i64
                %v1189 = arith.muli %v1188, %v964 : i64
                %v1190 = arith.addi %v1189, %v1059 : i64
                scf.if %v1185 {
                  %v1191 = llvm.getelementptr %v50[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1182, %v1191 : f32, !llvm.ptr
                }
                %v1192 = arith.mulf %v788, %v1073 fastmath<contract> : f32
                %v1193 = arith.select %v27, %v1192, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1194, %v1195 = gpu.shuffle xor %v1193, %v950, %v323 : f32
                %v1196 = arith.addf %v1193, %v1194 fastmath<contract> : f32
                %v1197, %v1198 = gpu.shuffle xor %v1196, %v954, %v323 : f32
                %v1199 = arith.addf %v1196, %v1197 fastmath<contract> : f32
                %v1200 = arith.divui %v13, %v15 : i64
                %v1201 = arith.remui %v13, %v15 : i64
                %v1202 = arith.cmpi ult, %v1201, %v22 : i64
                %v1203 = arith.addi %v22, %v23 : i64
                %v1204 = arith.muli %v1200, %v1 : i64
                %v1205 = arith.addi %v1204, %v1203 : i64
                %v1206 = arith.muli %v1205, %v964 : i64
                %v1207 = arith.addi %v1206, %v1059 : i64
                scf.if %v1202 {
                  %v1208 = llvm.getelementptr %v50[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1199, %v1208 : f32, !llvm.ptr
                }
                %v1209 = arith.mulf %v1065, %v768 fastmath<contract> : f32
                %v1210 = arith.mulf %v1085, %v788 fastmath<contract> : f32
                %v1211 = arith.addf %v1209, %v1210 fastmath<contract> : f32
                llvm.store %v1211, %v832 : f32, !llvm.ptr
                %v1212 = arith.muli %v23, %v180 : i64
                %v1213 = arith.subi %v1060, %v152 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = llvm.getelementptr %v52[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.mulf %v1216, %v1119 fastmath<contract> : f32
                %v1218 = arith.constant 8 : i64
                %v1219 = arith.addi %v1218, %v23 : i64
                %v1220 = arith.muli %v1219, %v180 : i64
                %v1221 = arith.subi %v1060, %v152 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = llvm.getelementptr %v52[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v1135 fastmath<contract> : f32
                %v1226 = arith.addf %v1217, %v1225 fastmath<contract> : f32
                llvm.store %v1226, %v833 : f32, !llvm.ptr
                %v1227 = arith.mulf %v1115, %v1120 fastmath<contract> : f32
                %v1228 = arith.mulf %v1118, %v1227 fastmath<contract> : f32
                %v1229 = arith.mulf %v1131, %v1136 fastmath<contract> : f32
                %v1230 = arith.mulf %v1134, %v1229 fastmath<contract> : f32
                %v1231 = arith.addf %v1228, %v1230 fastmath<contract> : f32
                llvm.store %v1231, %v834 : f32, !llvm.ptr
                llvm.store %v1118, %v39 : f32, !llvm.ptr
                llvm.store %v1134, %v40 : f32, !llvm.ptr
              }
              %v1232 = llvm.load %v832 : !llvm.ptr -> f32
              %v1233 = arith.select %v837, %v1232, %v1042 : f32
              %v1234 = arith.select %v837, %v1042, %v1232 : f32
              %v1236, %v1237 = gpu.shuffle xor %v1233, %v1235, %v323 : f32
              %v1238 = arith.addf %v1234, %v1236 fastmath<contract> : f32
              %v1239 = llvm.load %v833 : !llvm.ptr -> f32
              %v1240 = arith.select %v837, %v1239, %v1043 : f32
              %v1241 = arith.select %v837, %v1043, %v1239 : f32
              %v1242, %v1243 = gpu.shuffle xor %v1240, %v1235, %v323 : f32
              %v1244 = arith.addf %v1241, %v1242 fastmath<contract> : f32
              %v1245 = llvm.load %v834 : !llvm.ptr -> f32
              %v1246 = arith.select %v837, %v1245, %v1044 : f32
              %v1247 = arith.select %v837, %v1044, %v1245 : f32
              %v1248, %v1249 = gpu.shuffle xor %v1246, %v1235, %v323 : f32
              %v1250 = arith.addf %v1247, %v1248 fastmath<contract> : f32
              %v1251 = arith.addi %v389, %v701 : i64
              %v1253 = arith.cmpi slt, %v1252, %v845 : i32
              %v1254 = arith.cmpi eq, %v1252, %v851 : i32
              %v1255, %v1256 = gpu.shuffle idx %v449, %v132, %v323 : f32
              %v1257, %v1258 = gpu.shuffle idx %v457, %v132, %v323 : f32
              %v1259, %v1260 = gpu.shuffle idx %v470, %v132, %v323 : f32
              %v1261, %v1262 = gpu.shuffle idx %v479, %v132, %v323 : f32
              %v1263, %v1264 = gpu.shuffle idx %v484, %v132, %v323 : f32
              %v1265 = arith.addi %v391, %v571 : i64
              llvm.store %v55, %v832 : f32, !llvm.ptr
              llvm.store %v55, %v833 : f32, !llvm.ptr
              llvm.store %v55, %v834 : f32, !llvm.ptr
              scf.if %v1253 {
                %v1266 = arith.addi %v152, %v1251 : i64
                %v1267 = arith.muli %v23, %v180 : i64
                %v1268 = arith.subi %v1266, %v152 : i64
                %v1269 = arith.addi %v1267, %v1268 : i64
                %v1270 = llvm.getelementptr %v54[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
                %v1272 = arith.muli %v35, %v260 : i64
                %v1273 = arith.muli %v33, %v259 : i64
                %v1274 = arith.addi %v1272, %v1273 : i64
                %v1275 = arith.muli %v1266, %v2 : i64
                %v1276 = arith.addi %v1274, %v1275 : i64
                %v1277 = llvm.getelementptr %dy_y[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1278 = llvm.load %v1277 : !llvm.ptr -> f32
                %v1279 = arith.mulf %v1259, %v1278 fastmath<contract> : f32
                %v1280 = arith.mulf %v1271, %v1279 fastmath<contract> : f32
                %v1281 = llvm.load %v37 : !llvm.ptr -> f32
                %v1282 = llvm.load %v39 : !llvm.ptr -> f32
                %v1283 = arith.mulf %v1282, %v1281 fastmath<contract> : f32
                %v1284 = arith.addf %v1280, %v1283 fastmath<contract> : f32
                llvm.store %v1284, %v37 : f32, !llvm.ptr
                %v1285 = arith.constant 8 : i64
                %v1286 = arith.addi %v1285, %v23 : i64
                %v1287 = arith.muli %v1286, %v180 : i64
                %v1288 = arith.subi %v1266, %v152 : i64
                %v1289 = arith.addi %v1287, %v1288 : i64
                %v1290 = llvm.getelementptr %v54[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
                %v1292 = arith.mulf %v1291, %v1279 fastmath<contract> : f32
                %v1293 = llvm.load %v38 : !llvm.ptr -> f32
                %v1294 = llvm.load %v40 : !llvm.ptr -> f32
                %v1295 = arith.mulf %v1294, %v1293 fastmath<contract> : f32
                %v1296 = arith.addf %v1292, %v1295 fastmath<contract> : f32
                llvm.store %v1296, %v38 : f32, !llvm.ptr
                scf.if %v1254 {
                  %v1297 = arith.muli %v35, %v60 : i64
                  %v1298 = arith.muli %v33, %v59 : i64
                  %v1299 = arith.addi %v1297, %v1298 : i64
                  %v1300 = arith.muli %v23, %v2 : i64
                  %v1301 = arith.addi %v1299, %v1300 : i64
                  %v1302 = llvm.getelementptr %dy_h_last[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
                  %v1304 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1305 = arith.addf %v1304, %v1303 fastmath<contract> : f32
                  llvm.store %v1305, %v37 : f32, !llvm.ptr
                  %v1306 = arith.muli %v35, %v60 : i64
                  %v1307 = arith.muli %v33, %v59 : i64
                  %v1308 = arith.addi %v1306, %v1307 : i64
                  %v1309 = arith.constant 8 : i64
                  %v1310 = arith.addi %v1309, %v23 : i64
                  %v1311 = arith.muli %v1310, %v2 : i64
                  %v1312 = arith.addi %v1308, %v1311 : i64
                  %v1313 = llvm.getelementptr %dy_h_last[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1314 = llvm.load %v1313 : !llvm.ptr -> f32
                  %v1315 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1316 = arith.addf %v1315, %v1314 fastmath<contract> : f32
                  llvm.store %v1316, %v38 : f32, !llvm.ptr
                }
                %v1317 = arith.muli %v33, %v331 : i64
                %v1318 = arith.muli %v23, %v2 : i64
                %v1319 = arith.addi %v1317, %v1318 : i64
                %v1320 = llvm.getelementptr %in_A[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
                %v1322 = arith.mulf %v1255, %v1321 fastmath<contract> : f32
                %v1323 = arith.mulf %v1322, %v275 fastmath<contract> : f32
                %v1324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1323) : (f32) -> f32
                %v1325 = llvm.load %v37 : !llvm.ptr -> f32
                %v1326 = arith.mulf %v680, %v1325 fastmath<contract> : f32
                %v1327 = arith.mulf %v1324, %v1326 fastmath<contract> : f32
                %v1328 = arith.mulf %v1255, %v1327 fastmath<contract> : f32
                %v1329 = llvm.load %v41 : !llvm.ptr -> f32
                %v1330 = arith.addf %v1329, %v1328 fastmath<contract> : f32
                llvm.store %v1330, %v41 : f32, !llvm.ptr
                %v1331 = arith.muli %v33, %v331 : i64
                %v1332 = arith.constant 8 : i64
                %v1333 = arith.addi %v1332, %v23 : i64
                %v1334 = arith.muli %v1333, %v2 : i64
                %v1335 = arith.addi %v1331, %v1334 : i64
                %v1336 = llvm.getelementptr %in_A[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
                %v1338 = arith.mulf %v1255, %v1337 fastmath<contract> : f32
                %v1339 = arith.mulf %v1338, %v275 fastmath<contract> : f32
                %v1340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1339) : (f32) -> f32
                %v1341 = llvm.load %v38 : !llvm.ptr -> f32
                %v1342 = arith.mulf %v700, %v1341 fastmath<contract> : f32
                %v1343 = arith.mulf %v1340, %v1342 fastmath<contract> : f32
                %v1344 = arith.mulf %v1255, %v1343 fastmath<contract> : f32
                %v1345 = llvm.load %v42 : !llvm.ptr -> f32
                %v1346 = arith.addf %v1345, %v1344 fastmath<contract> : f32
                llvm.store %v1346, %v42 : f32, !llvm.ptr
                %v1347 = arith.mulf %v1257, %v1325 fastmath<contract> : f32
                %v1348 = arith.select %v27, %v1347, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1349, %v1350 = gpu.shuffle xor %v1348, %v950, %v323 : f32
                %v1351 = arith.addf %v1348, %v1349 fastmath<contract> : f32
                %v1352, %v1353 = gpu.shuffle xor %v1351, %v954, %v323 : f32
                %v1354 = arith.addf %v1351, %v1352 fastmath<contract> : f32
                %v1355 = arith.divui %v13, %v15 : i64
                %v1356 = arith.remui %v13, %v15 : i64
                %v1357 = arith.cmpi ult, %v1356, %v22 : i64
                %v1358 = arith.addi %v57, %v23 : i64
                %v1359 = arith.muli %v1355, %v1 : i64
                %v1360 = arith.addi %v1359, %v1358 : i64
                %v1361 = arith.muli %v1360, %v964 : i64
                %v1362 = arith.addi %v1361, %v1265 : i64
                scf.if %v1357 {
                  %v1363 = llvm.getelementptr %v48[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1354, %v1363 : f32, !llvm.ptr
                }
                %v1364 = arith.mulf %v1257, %v1341 fastmath<contract> : f32
                %v1365 = arith.select %v27, %v1364, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1366, %v1367 = gpu.shuffle xor %v1365, %v950, %v323 : f32
                %v1368 = arith.addf %v1365, %v1366 fastmath<contract> : f32
                %v1369, %v1370 = gpu.shuffle xor %v1368, %v954, %v323 : f32
                %v1371 = arith.addf %v1368, %v1369 fastmath<contract> : f32
                %v1372 = arith.divui %v13, %v15 : i64
                %v1373 = arith.remui %v13, %v15 : i64
                %v1374 = arith.cmpi ult, %v1373, %v22 : i64
                %v1375 = arith.addi %v22, %v23 : i64
                %v1376 = arith.muli %v1372, %v1 : i64
                %v1377 = arith.addi %v1376, %v1375 : i64
                %v1378 = arith.muli %v1377, %v964 : i64
                %v1379 = arith.addi %v1378, %v1265 : i64
                scf.if %v1374 {
                  %v1380 = llvm.getelementptr %v48[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1371, %v1380 : f32, !llvm.ptr
                }
                %v1381 = arith.mulf %v724, %v1279 fastmath<contract> : f32
                %v1382 = arith.select %v27, %v1381, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1383, %v1384 = gpu.shuffle xor %v1382, %v950, %v323 : f32
                %v1385 = arith.addf %v1382, %v1383 fastmath<contract> : f32
                %v1386, %v1387 = gpu.shuffle xor %v1385, %v954, %v323 : f32
                %v1388 = arith.addf %v1385, %v1386 fastmath<contract> : f32
                %v1389 = arith.divui %v13, %v15 : i64
                %v1390 = arith.remui %v13, %v15 : i64
                %v1391 = arith.cmpi ult, %v1390, %v22 : i64
                %v1392 = arith.addi %v57, %v23 : i64
                %v1393 = arith.muli %v1389, %v1 : i64
                %v1394 = arith.addi %v1393, %v1392 : i64
                %v1395 = arith.muli %v1394, %v964 : i64
                %v1396 = arith.addi %v1395, %v1265 : i64
                scf.if %v1391 {
                  %v1397 = llvm.getelementptr %v50[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1388, %v1397 : f32, !llvm.ptr
                }
                %v1398 = arith.mulf %v744, %v1279 fastmath<contract> : f32
                %v1399 = arith.select %v27, %v1398, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1400, %v1401 = gpu.shuffle xor %v1399, %v950, %v323 : f32
                %v1402 = arith.addf %v1399, %v1400 fastmath<contract> : f32
                %v1403, %v1404 = gpu.shuffle xor %v1402, %v954, %v323 : f32
                %v1405 = arith.addf %v1402, %v1403 fastmath<contract> : f32
                %v1406 = arith.divui %v13, %v15 : i64
                %v1407 = arith.remui %v13, %v15 : i64
                %v1408 = arith.cmpi ult, %v1407, %v22 : i64
                %v1409 = arith.addi %v22, %v23 : i64
                %v1410 = arith.muli %v1406, %v1 : i64
                %v1411 = arith.addi %v1410, %v1409 : i64
                %v1412 = arith.muli %v1411, %v964 : i64
                %v1413 = arith.addi %v1412, %v1265 : i64
                scf.if %v1408 {
                  %v1414 = llvm.getelementptr %v50[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1405, %v1414 : f32, !llvm.ptr
                }
                %v1415 = arith.mulf %v1271, %v724 fastmath<contract> : f32
                %v1416 = arith.mulf %v1291, %v744 fastmath<contract> : f32
                %v1417 = arith.addf %v1415, %v1416 fastmath<contract> : f32
                llvm.store %v1417, %v832 : f32, !llvm.ptr
                %v1418 = arith.muli %v23, %v180 : i64
                %v1419 = arith.subi %v1266, %v152 : i64
                %v1420 = arith.addi %v1418, %v1419 : i64
                %v1421 = llvm.getelementptr %v52[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
                %v1423 = arith.mulf %v1422, %v1325 fastmath<contract> : f32
                %v1424 = arith.constant 8 : i64
                %v1425 = arith.addi %v1424, %v23 : i64
                %v1426 = arith.muli %v1425, %v180 : i64
                %v1427 = arith.subi %v1266, %v152 : i64
                %v1428 = arith.addi %v1426, %v1427 : i64
                %v1429 = llvm.getelementptr %v52[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
                %v1431 = arith.mulf %v1430, %v1341 fastmath<contract> : f32
                %v1432 = arith.addf %v1423, %v1431 fastmath<contract> : f32
                llvm.store %v1432, %v833 : f32, !llvm.ptr
                %v1433 = arith.mulf %v1321, %v1326 fastmath<contract> : f32
                %v1434 = arith.mulf %v1324, %v1433 fastmath<contract> : f32
                %v1435 = arith.mulf %v1337, %v1342 fastmath<contract> : f32
                %v1436 = arith.mulf %v1340, %v1435 fastmath<contract> : f32
                %v1437 = arith.addf %v1434, %v1436 fastmath<contract> : f32
                llvm.store %v1437, %v834 : f32, !llvm.ptr
                llvm.store %v1324, %v39 : f32, !llvm.ptr
                llvm.store %v1340, %v40 : f32, !llvm.ptr
              }
              %v1438 = llvm.load %v832 : !llvm.ptr -> f32
              %v1439 = llvm.load %v833 : !llvm.ptr -> f32
              %v1440 = llvm.load %v834 : !llvm.ptr -> f32
              %v1441 = arith.addi %v389, %v371 : i64
              %v1443 = arith.cmpi slt, %v1442, %v845 : i32
              %v1444 = arith.cmpi eq, %v1442, %v851 : i32
              %v1445, %v1446 = gpu.shuffle idx %v449, %v128, %v323 : f32
              %v1447, %v1448 = gpu.shuffle idx %v457, %v128, %v323 : f32
              %v1449, %v1450 = gpu.shuffle idx %v470, %v128, %v323 : f32
              %v1451, %v1452 = gpu.shuffle idx %v479, %v128, %v323 : f32
              %v1453, %v1454 = gpu.shuffle idx %v484, %v128, %v323 : f32
              %v1455 = arith.addi %v391, %v370 : i64
              llvm.store %v55, %v832 : f32, !llvm.ptr
              llvm.store %v55, %v833 : f32, !llvm.ptr
              llvm.store %v55, %v834 : f32, !llvm.ptr
              scf.if %v1443 {
                %v1456 = arith.addi %v152, %v1441 : i64
                %v1457 = arith.muli %v23, %v180 : i64
                %v1458 = arith.subi %v1456, %v152 : i64
                %v1459 = arith.addi %v1457, %v1458 : i64
                %v1460 = llvm.getelementptr %v54[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
                %v1462 = arith.muli %v35, %v260 : i64
                %v1463 = arith.muli %v33, %v259 : i64
                %v1464 = arith.addi %v1462, %v1463 : i64
                %v1465 = arith.muli %v1456, %v2 : i64
                %v1466 = arith.addi %v1464, %v1465 : i64
                %v1467 = llvm.getelementptr %dy_y[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
                %v1469 = arith.mulf %v1449, %v1468 fastmath<contract> : f32
                %v1470 = arith.mulf %v1461, %v1469 fastmath<contract> : f32
                %v1471 = llvm.load %v37 : !llvm.ptr -> f32
                %v1472 = llvm.load %v39 : !llvm.ptr -> f32
                %v1473 = arith.mulf %v1472, %v1471 fastmath<contract> : f32
                %v1474 = arith.addf %v1470, %v1473 fastmath<contract> : f32
                llvm.store %v1474, %v37 : f32, !llvm.ptr
                %v1475 = arith.constant 8 : i64
                %v1476 = arith.addi %v1475, %v23 : i64
                %v1477 = arith.muli %v1476, %v180 : i64
                %v1478 = arith.subi %v1456, %v152 : i64
                %v1479 = arith.addi %v1477, %v1478 : i64
                %v1480 = llvm.getelementptr %v54[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.mulf %v1481, %v1469 fastmath<contract> : f32
                %v1483 = llvm.load %v38 : !llvm.ptr -> f32
                %v1484 = llvm.load %v40 : !llvm.ptr -> f32
                %v1485 = arith.mulf %v1484, %v1483 fastmath<contract> : f32
                %v1486 = arith.addf %v1482, %v1485 fastmath<contract> : f32
                llvm.store %v1486, %v38 : f32, !llvm.ptr
                scf.if %v1444 {
                  %v1487 = arith.muli %v35, %v60 : i64
                  %v1488 = arith.muli %v33, %v59 : i64
                  %v1489 = arith.addi %v1487, %v1488 : i64
                  %v1490 = arith.muli %v23, %v2 : i64
                  %v1491 = arith.addi %v1489, %v1490 : i64
                  %v1492 = llvm.getelementptr %dy_h_last[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
                  %v1494 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1495 = arith.addf %v1494, %v1493 fastmath<contract> : f32
                  llvm.store %v1495, %v37 : f32, !llvm.ptr
                  %v1496 = arith.muli %v35, %v60 : i64
                  %v1497 = arith.muli %v33, %v59 : i64
                  %v1498 = arith.addi %v1496, %v1497 : i64
                  %v1499 = arith.constant 8 : i64
                  %v1500 = arith.addi %v1499, %v23 : i64
                  %v1501 = arith.muli %v1500, %v2 : i64
                  %v1502 = arith.addi %v1498, %v1501 : i64
                  %v1503 = llvm.getelementptr %dy_h_last[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
                  %v1505 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1506 = arith.addf %v1505, %v1504 fastmath<contract> : f32
                  llvm.store %v1506, %v38 : f32, !llvm.ptr
                }
                %v1507 = arith.muli %v33, %v331 : i64
                %v1508 = arith.muli %v23, %v2 : i64
                %v1509 = arith.addi %v1507, %v1508 : i64
                %v1510 = llvm.getelementptr %in_A[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
                %v1512 = arith.mulf %v1445, %v1511 fastmath<contract> : f32
                %v1513 = arith.mulf %v1512, %v275 fastmath<contract> : f32
                %v1514 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1513) : (f32) -> f32
                %v1515 = llvm.load %v37 : !llvm.ptr -> f32
                %v1516 = arith.mulf %v637, %v1515 fastmath<contract> : f32
                %v1517 = arith.mulf %v1514, %v1516 fastmath<contract> : f32
                %v1518 = arith.mulf %v1445, %v1517 fastmath<contract> : f32
                %v1519 = llvm.load %v41 : !llvm.ptr -> f32
                %v1520 = arith.addf %v1519, %v1518 fastmath<contract> : f32
                llvm.store %v1520, %v41 : f32, !llvm.ptr
                %v1521 = arith.muli %v33, %v331 : i64
                %v1522 = arith.constant 8 : i64
                %v1523 = arith.addi %v1522, %v23 : i64
                %v1524 = arith.muli %v1523, %v2 : i64
                %v1525 = arith.addi %v1521, %v1524 : i64
                %v1526 = llvm.getelementptr %in_A[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
                %v1528 = arith.mulf %v1445, %v1527 fastmath<contract> : f32
                %v1529 = arith.mulf %v1528, %v275 fastmath<contract> : f32
                %v1530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1529) : (f32) -> f32
                %v1531 = llvm.load %v38 : !llvm.ptr -> f32
                %v1532 = arith.mulf %v657, %v1531 fastmath<contract> : f32
                %v1533 = arith.mulf %v1530, %v1532 fastmath<contract> : f32
                %v1534 = arith.mulf %v1445, %v1533 fastmath<contract> : f32
                %v1535 = llvm.load %v42 : !llvm.ptr -> f32
                %v1536 = arith.addf %v1535, %v1534 fastmath<contract> : f32
                llvm.store %v1536, %v42 : f32, !llvm.ptr
                %v1537 = arith.mulf %v1447, %v1515 fastmath<contract> : f32
                %v1538 = arith.select %v27, %v1537, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1539, %v1540 = gpu.shuffle xor %v1538, %v950, %v323 : f32
                %v1541 = arith.addf %v1538, %v1539 fastmath<contract> : f32
                %v1542, %v1543 = gpu.shuffle xor %v1541, %v954, %v323 : f32
                %v1544 = arith.addf %v1541, %v1542 fastmath<contract> : f32
                %v1545 = arith.divui %v13, %v15 : i64
                %v1546 = arith.remui %v13, %v15 : i64
                %v1547 = arith.cmpi ult, %v1546, %v22 : i64
                %v1548 = arith.addi %v57, %v23 : i64
                %v1549 = arith.muli %v1545, %v1 : i64
                %v1550 = arith.addi %v1549, %v1548 : i64
                %v1551 = arith.muli %v1550, %v964 : i64
                %v1552 = arith.addi %v1551, %v1455 : i64
                scf.if %v1547 {
                  %v1553 = llvm.getelementptr %v48[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1544, %v1553 : f32, !llvm.ptr
                }
                %v1554 = arith.mulf %v1447, %v1531 fastmath<contract> : f32
                %v1555 = arith.select %v27, %v1554, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1556, %v1557 = gpu.shuffle xor %v1555, %v950, %v323 : f32
                %v1558 = arith.addf %v1555, %v1556 fastmath<contract> : f32
                %v1559, %v1560 = gpu.shuffle xor %v1558, %v954, %v323 : f32
                %v1561 = arith.addf %v1558, %v1559 fastmath<contract> : f32
                %v1562 = arith.divui %v13, %v15 : i64
                %v1563 = arith.remui %v13, %v15 : i64
                %v1564 = arith.cmpi ult, %v1563, %v22 : i64
                %v1565 = arith.addi %v22, %v23 : i64
                %v1566 = arith.muli %v1562, %v1 : i64
                %v1567 = arith.addi %v1566, %v1565 : i64
                %v1568 = arith.muli %v1567, %v964 : i64
                %v1569 = arith.addi %v1568, %v1455 : i64
                scf.if %v1564 {
                  %v1570 = llvm.getelementptr %v48[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1561, %v1570 : f32, !llvm.ptr
                }
                %v1571 = arith.mulf %v680, %v1469 fastmath<contract> : f32
                %v1572 = arith.select %v27, %v1571, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1573, %v1574 = gpu.shuffle xor %v1572, %v950, %v323 : f32
                %v1575 = arith.addf %v1572, %v1573 fastmath<contract> : f32
                %v1576, %v1577 = gpu.shuffle xor %v1575, %v954, %v323 : f32
                %v1578 = arith.addf %v1575, %v1576 fastmath<contract> : f32
                %v1579 = arith.divui %v13, %v15 : i64
                %v1580 = arith.remui %v13, %v15 : i64
                %v1581 = arith.cmpi ult, %v1580, %v22 : i64
                %v1582 = arith.addi %v57, %v23 : i64
                %v1583 = arith.muli %v1579, %v1 : i64
                %v1584 = arith.addi %v1583, %v1582 : i64
                %v1585 = arith.muli %v1584, %v964 : i64
                %v1586 = arith.addi %v1585, %v1455 : i64
                scf.if %v1581 {
                  %v1587 = llvm.getelementptr %v50[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1578, %v1587 : f32, !llvm.ptr
                }
                %v1588 = arith.mulf %v700, %v1469 fastmath<contract> : f32
                %v1589 = arith.select %v27, %v1588, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1590, %v1591 = gpu.shuffle xor %v1589, %v950, %v323 : f32
                %v1592 = arith.addf %v1589, %v1590 fastmath<contract> : f32
                %v1593, %v1594 = gpu.shuffle xor %v1592, %v954, %v323 : f32
                %v1595 = arith.addf %v1592, %v1593 fastmath<contract> : f32
                %v1596 = arith.divui %v13, %v15 : i64
                %v1597 = arith.remui %v13, %v15 : i64
                %v1598 = arith.cmpi ult, %v1597, %v22 : i64
                %v1599 = arith.addi %v22, %v23 : i64
                %v1600 = arith.muli %v1596, %v1 : i64
                %v1601 = arith.addi %v1600, %v1599 : i64
                %v1602 = arith.muli %v1601, %v964 : i64
                %v1603 = arith.addi %v1602, %v1455 : i64
                scf.if %v1598 {
                  %v1604 = llvm.getelementptr %v50[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1595, %v1604 : f32, !llvm.ptr
                }
                %v1605 = arith.mulf %v1461, %v680 fastmath<contract> : f32
                %v1606 = arith.mulf %v1481, %v700 fastmath<contract> : f32
                %v1607 = arith.addf %v1605, %v1606 fastmath<contract> : f32
                llvm.store %v1607, %v832 : f32, !llvm.ptr
                %v1608 = arith.muli %v23, %v180 : i64
                %v1609 = arith.subi %v1456, %v152 : i64
                %v1610 = arith.addi %v1608, %v1609 : i64
                %v1611 = llvm.getelementptr %v52[%v1610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1612 = llvm.load %v1611 : !llvm.ptr -> f32
                %v1613 = arith.mulf %v1612, %v1515 fastmath<contract> : f32
                %v1614 = arith.constant 8 : i64
                %v1615 = arith.addi %v1614, %v23 : i64
                %v1616 = arith.muli %v1615, %v180 : i64
                %v1617 = arith.subi %v1456, %v152 : i64
                %v1618 = arith.addi %v1616, %v1617 : i64
                %v1619 = llvm.getelementptr %v52[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
                %v1621 = arith.mulf %v1620, %v1531 fastmath<contract> : f32
                %v1622 = arith.addf %v1613, %v1621 fastmath<contract> : f32
                llvm.store %v1622, %v833 : f32, !llvm.ptr
                %v1623 = arith.mulf %v1511, %v1516 fastmath<contract> : f32
                %v1624 = arith.mulf %v1514, %v1623 fastmath<contract> : f32
                %v1625 = arith.mulf %v1527, %v1532 fastmath<contract> : f32
                %v1626 = arith.mulf %v1530, %v1625 fastmath<contract> : f32
                %v1627 = arith.addf %v1624, %v1626 fastmath<contract> : f32
                llvm.store %v1627, %v834 : f32, !llvm.ptr
                llvm.store %v1514, %v39 : f32, !llvm.ptr
                llvm.store %v1530, %v40 : f32, !llvm.ptr
              }
              %v1628 = llvm.load %v832 : !llvm.ptr -> f32
              %v1629 = arith.select %v837, %v1628, %v1438 : f32
              %v1630 = arith.select %v837, %v1438, %v1628 : f32
              %v1631, %v1632 = gpu.shuffle xor %v1629, %v1235, %v323 : f32
              %v1633 = arith.addf %v1630, %v1631 fastmath<contract> : f32
              %v1634 = arith.select %v840, %v1633, %v1238 : f32
              %v1635 = arith.select %v840, %v1238, %v1633 : f32
              %v1637, %v1638 = gpu.shuffle xor %v1634, %v1636, %v323 : f32
              %v1639 = arith.addf %v1635, %v1637 fastmath<contract> : f32
              %v1640 = llvm.load %v833 : !llvm.ptr -> f32
              %v1641 = arith.select %v837, %v1640, %v1439 : f32
              %v1642 = arith.select %v837, %v1439, %v1640 : f32
              %v1643, %v1644 = gpu.shuffle xor %v1641, %v1235, %v323 : f32
              %v1645 = arith.addf %v1642, %v1643 fastmath<contract> : f32
              %v1646 = arith.select %v840, %v1645, %v1244 : f32
              %v1647 = arith.select %v840, %v1244, %v1645 : f32
              %v1648, %v1649 = gpu.shuffle xor %v1646, %v1636, %v323 : f32
              %v1650 = arith.addf %v1647, %v1648 fastmath<contract> : f32
              %v1651 = llvm.load %v834 : !llvm.ptr -> f32
              %v1652 = arith.select %v837, %v1651, %v1440 : f32
              %v1653 = arith.select %v837, %v1440, %v1651 : f32
              %v1654, %v1655 = gpu.shuffle xor %v1652, %v1235, %v323 : f32
              %v1656 = arith.addf %v1653, %v1654 fastmath<contract> : f32
              %v1657 = arith.select %v840, %v1656, %v1250 : f32
              %v1658 = arith.select %v840, %v1250, %v1656 : f32
              %v1659, %v1660 = gpu.shuffle xor %v1657, %v1636, %v323 : f32
              %v1661 = arith.addf %v1658, %v1659 fastmath<contract> : f32
              %v1662 = arith.addi %v389, %v370 : i64
              %v1664 = arith.cmpi slt, %v1663, %v845 : i32
              %v1665 = arith.cmpi eq, %v1663, %v851 : i32
              %v1666, %v1667 = gpu.shuffle idx %v449, %v124, %v323 : f32
              %v1668, %v1669 = gpu.shuffle idx %v457, %v124, %v323 : f32
              %v1670, %v1671 = gpu.shuffle idx %v470, %v124, %v323 : f32
              %v1672, %v1673 = gpu.shuffle idx %v479, %v124, %v323 : f32
              %v1674, %v1675 = gpu.shuffle idx %v484, %v124, %v323 : f32
              %v1676 = arith.addi %v391, %v371 : i64
              llvm.store %v55, %v832 : f32, !llvm.ptr
              llvm.store %v55, %v833 : f32, !llvm.ptr
              llvm.store %v55, %v834 : f32, !llvm.ptr
              scf.if %v1664 {
                %v1677 = arith.addi %v152, %v1662 : i64
                %v1678 = arith.muli %v23, %v180 : i64
                %v1679 = arith.subi %v1677, %v152 : i64
                %v1680 = arith.addi %v1678, %v1679 : i64
                %v1681 = llvm.getelementptr %v54[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                %v1683 = arith.muli %v35, %v260 : i64
                %v1684 = arith.muli %v33, %v259 : i64
                %v1685 = arith.addi %v1683, %v1684 : i64
                %v1686 = arith.muli %v1677, %v2 : i64
                %v1687 = arith.addi %v1685, %v1686 : i64
                %v1688 = llvm.getelementptr %dy_y[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1689 = llvm.load %v1688 : !llvm.ptr -> f32
                %v1690 = arith.mulf %v1670, %v1689 fastmath<contract> : f32
                %v1691 = arith.mulf %v1682, %v1690 fastmath<contract> : f32
                %v1692 = llvm.load %v37 : !llvm.ptr -> f32
                %v1693 = llvm.load %v39 : !llvm.ptr -> f32
                %v1694 = arith.mulf %v1693, %v1692 fastmath<contract> : f32
                %v1695 = arith.addf %v1691, %v1694 fastmath<contract> : f32
                llvm.store %v1695, %v37 : f32, !llvm.ptr
                %v1696 = arith.constant 8 : i64
                %v1697 = arith.addi %v1696, %v23 : i64
                %v1698 = arith.muli %v1697, %v180 : i64
                %v1699 = arith.subi %v1677, %v152 : i64
                %v1700 = arith.addi %v1698, %v1699 : i64
                %v1701 = llvm.getelementptr %v54[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
                %v1703 = arith.mulf %v1702, %v1690 fastmath<contract> : f32
                %v1704 = llvm.load %v38 : !llvm.ptr -> f32
                %v1705 = llvm.load %v40 : !llvm.ptr -> f32
                %v1706 = arith.mulf %v1705, %v1704 fastmath<contract> : f32
                %v1707 = arith.addf %v1703, %v1706 fastmath<contract> : f32
                llvm.store %v1707, %v38 : f32, !llvm.ptr
                scf.if %v1665 {
                  %v1708 = arith.muli %v35, %v60 : i64
                  %v1709 = arith.muli %v33, %v59 : i64
                  %v1710 = arith.addi %v1708, %v1709 : i64
                  %v1711 = arith.muli %v23, %v2 : i64
                  %v1712 = arith.addi %v1710, %v1711 : i64
                  %v1713 = llvm.getelementptr %dy_h_last[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
                  %v1715 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1716 = arith.addf %v1715, %v1714 fastmath<contract> : f32
                  llvm.store %v1716, %v37 : f32, !llvm.ptr
                  %v1717 = arith.muli %v35, %v60 : i64
                  %v1718 = arith.muli %v33, %v59 : i64
                  %v1719 = arith.addi %v1717, %v1718 : i64
                  %v1720 = arith.constant 8 : i64
                  %v1721 = arith.addi %v1720, %v23 : i64
                  %v1722 = arith.muli %v1721, %v2 : i64
                  %v1723 = arith.addi %v1719, %v1722 : i64
                  %v1724 = llvm.getelementptr %dy_h_last[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
                  %v1726 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1727 = arith.addf %v1726, %v1725 fastmath<contract> : f32
                  llvm.store %v1727, %v38 : f32, !llvm.ptr
                }
                %v1728 = arith.muli %v33, %v331 : i64
                %v1729 = arith.muli %v23, %v2 : i64
                %v1730 = arith.addi %v1728, %v1729 : i64
                %v1731 = llvm.getelementptr %in_A[%v1730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1732 = llvm.load %v1731 : !llvm.ptr -> f32
                %v1733 = arith.mulf %v1666, %v1732 fastmath<contract> : f32
                %v1734 = arith.mulf %v1733, %v275 fastmath<contract> : f32
                %v1735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1734) : (f32) -> f32
                %v1736 = llvm.load %v37 : !llvm.ptr -> f32
                %v1737 = arith.mulf %v594, %v1736 fastmath<contract> : f32
                %v1738 = arith.mulf %v1735, %v1737 fastmath<contract> : f32
                %v1739 = arith.mulf %v1666, %v1738 fastmath<contract> : f32
                %v1740 = llvm.load %v41 : !llvm.ptr -> f32
                %v1741 = arith.addf %v1740, %v1739 fastmath<contract> : f32
                llvm.store %v1741, %v41 : f32, !llvm.ptr
                %v1742 = arith.muli %v33, %v331 : i64
                %v1743 = arith.constant 8 : i64
                %v1744 = arith.addi %v1743, %v23 : i64
                %v1745 = arith.muli %v1744, %v2 : i64
                %v1746 = arith.addi %v1742, %v1745 : i64
                %v1747 = llvm.getelementptr %in_A[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1748 = llvm.load %v1747 : !llvm.ptr -> f32
                %v1749 = arith.mulf %v1666, %v1748 fastmath<contract> : f32
                %v1750 = arith.mulf %v1749, %v275 fastmath<contract> : f32
                %v1751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1750) : (f32) -> f32
                %v1752 = llvm.load %v38 : !llvm.ptr -> f32
                %v1753 = arith.mulf %v614, %v1752 fastmath<contract> : f32
                %v1754 = arith.mulf %v1751, %v1753 fastmath<contract> : f32
                %v1755 = arith.mulf %v1666, %v1754 fastmath<contract> : f32
                %v1756 = llvm.load %v42 : !llvm.ptr -> f32
                %v1757 = arith.addf %v1756, %v1755 fastmath<contract> : f32
                llvm.store %v1757, %v42 : f32, !llvm.ptr
                %v1758 = arith.mulf %v1668, %v1736 fastmath<contract> : f32
                %v1759 = arith.select %v27, %v1758, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1760, %v1761 = gpu.shuffle xor %v1759, %v950, %v323 : f32
                %v1762 = arith.addf %v1759, %v1760 fastmath<contract> : f32
                %v1763, %v1764 = gpu.shuffle xor %v1762, %v954, %v323 : f32
                %v1765 = arith.addf %v1762, %v1763 fastmath<contract> : f32
                %v1766 = arith.divui %v13, %v15 : i64
                %v1767 = arith.remui %v13, %v15 : i64
                %v1768 = arith.cmpi ult, %v1767, %v22 : i64
                %v1769 = arith.addi %v57, %v23 : i64
                %v1770 = arith.muli %v1766, %v1 : i64
                %v1771 = arith.addi %v1770, %v1769 : i64
                %v1772 = arith.muli %v1771, %v964 : i64
                %v1773 = arith.addi %v1772, %v1676 : i64
                scf.if %v1768 {
                  %v1774 = llvm.getelementptr %v48[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1765, %v1774 : f32, !llvm.ptr
                }
                %v1775 = arith.mulf %v1668, %v1752 fastmath<contract> : f32
                %v1776 = arith.select %v27, %v1775, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1777, %v1778 = gpu.shuffle xor %v1776, %v950, %v323 : f32
                %v1779 = arith.addf %v1776, %v1777 fastmath<contract> : f32
                %v1780, %v1781 = gpu.shuffle xor %v1779, %v954, %v323 : f32
                %v1782 = arith.addf %v1779, %v1780 fastmath<contract> : f32
                %v1783 = arith.divui %v13, %v15 : i64
                %v1784 = arith.remui %v13, %v15 : i64
                %v1785 = arith.cmpi ult, %v1784, %v22 : i64
                %v1786 = arith.addi %v22, %v23 : i64
                %v1787 = arith.muli %v1783, %v1 : i64
                %v1788 = arith.addi %v1787, %v1786 : i64
                %v1789 = arith.muli %v1788, %v964 : i64
                %v1790 = arith.addi %v1789, %v1676 : i64
                scf.if %v1785 {
                  %v1791 = llvm.getelementptr %v48[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1782, %v1791 : f32, !llvm.ptr
                }
                %v1792 = arith.mulf %v637, %v1690 fastmath<contract> : f32
                %v1793 = arith.select %v27, %v1792, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1794, %v1795 = gpu.shuffle xor %v1793, %v950, %v323 : f32
                %v1796 = arith.addf %v1793, %v1794 fastmath<contract> : f32
                %v1797, %v1798 = gpu.shuffle xor %v1796, %v954, %v323 : f32
                %v1799 = arith.addf %v1796, %v1797 fastmath<contract> : f32
                %v1800 = arith.divui %v13, %v15 : i64
                %v1801 = arith.remui %v13, %v15 : i64
                %v1802 = arith.cmpi ult, %v1801, %v22 : i64
                %v1803 = arith.addi %v57, %v23 : i64
                %v1804 = arith.muli %v1800, %v1 : i64
                %v1805 = arith.addi %v1804, %v1803 : i64
                %v1806 = arith.muli %v1805, %v964 : i64
                %v1807 = arith.addi %v1806, %v1676 : i64
                scf.if %v1802 {
                  %v1808 = llvm.getelementptr %v50[%v1807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1799, %v1808 : f32, !llvm.ptr
                }
                %v1809 = arith.mulf %v657, %v1690 fastmath<contract> : f32
                %v1810 = arith.select %v27, %v1809, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1811, %v1812 = gpu.shuffle xor %v1810, %v950, %v323 : f32
                %v1813 = arith.addf %v1810, %v1811 fastmath<contract> : f32
                %v1814, %v1815 = gpu.shuffle xor %v1813, %v954, %v323 : f32
                %v1816 = arith.addf %v1813, %v1814 fastmath<contract> : f32
                %v1817 = arith.divui %v13, %v15 : i64
                %v1818 = arith.remui %v13, %v15 : i64
                %v1819 = arith.cmpi ult, %v1818, %v22 : i64
                %v1820 = arith.addi %v22, %v23 : i64
                %v1821 = arith.muli %v1817, %v1 : i64
                %v1822 = arith.addi %v1821, %v1820 : i64
                %v1823 = arith.muli %v1822, %v964 : i64
                %v1824 = arith.addi %v1823, %v1676 : i64
                scf.if %v1819 {
                  %v1825 = llvm.getelementptr %v50[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1816, %v1825 : f32, !llvm.ptr
                }
                %v1826 = arith.mulf %v1682, %v637 fastmath<contract> : f32
                %v1827 = arith.mulf %v1702, %v657 fastmath<contract> : f32
                %v1828 = arith.addf %v1826, %v1827 fastmath<contract> : f32
                llvm.store %v1828, %v832 : f32, !llvm.ptr
                %v1829 = arith.muli %v23, %v180 : i64
                %v1830 = arith.subi %v1677, %v152 : i64
                %v1831 = arith.addi %v1829, %v1830 : i64
                %v1832 = llvm.getelementptr %v52[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
                %v1834 = arith.mulf %v1833, %v1736 fastmath<contract> : f32
                %v1835 = arith.constant 8 : i64
                %v1836 = arith.addi %v1835, %v23 : i64
                %v1837 = arith.muli %v1836, %v180 : i64
                %v1838 = arith.subi %v1677, %v152 : i64
                %v1839 = arith.addi %v1837, %v1838 : i64
                %v1840 = llvm.getelementptr %v52[%v1839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1841 = llvm.load %v1840 : !llvm.ptr -> f32
                %v1842 = arith.mulf %v1841, %v1752 fastmath<contract> : f32
                %v1843 = arith.addf %v1834, %v1842 fastmath<contract> : f32
                llvm.store %v1843, %v833 : f32, !llvm.ptr
                %v1844 = arith.mulf %v1732, %v1737 fastmath<contract> : f32
                %v1845 = arith.mulf %v1735, %v1844 fastmath<contract> : f32
                %v1846 = arith.mulf %v1748, %v1753 fastmath<contract> : f32
                %v1847 = arith.mulf %v1751, %v1846 fastmath<contract> : f32
                %v1848 = arith.addf %v1845, %v1847 fastmath<contract> : f32
                llvm.store %v1848, %v834 : f32, !llvm.ptr
                llvm.store %v1735, %v39 : f32, !llvm.ptr
                llvm.store %v1751, %v40 : f32, !llvm.ptr
              }
              %v1849 = llvm.load %v832 : !llvm.ptr -> f32
              %v1850 = llvm.load %v833 : !llvm.ptr -> f32
              %v1851 = llvm.load %v834 : !llvm.ptr -> f32
              %v1852 = arith.addi %v389, %v571 : i64
              %v1853 = arith.cmpi slt, %v1636, %v845 : i32
              %v1854 = arith.cmpi eq, %v1636, %v851 : i32
              %v1855, %v1856 = gpu.shuffle idx %v449, %v120, %v323 : f32
              %v1857, %v1858 = gpu.shuffle idx %v457, %v120, %v323 : f32
              %v1859, %v1860 = gpu.shuffle idx %v470, %v120, %v323 : f32
              %v1861, %v1862 = gpu.shuffle idx %v479, %v120, %v323 : f32
              %v1863, %v1864 = gpu.shuffle idx %v484, %v120, %v323 : f32
              %v1865 = arith.addi %v391, %v701 : i64
              llvm.store %v55, %v832 : f32, !llvm.ptr
              llvm.store %v55, %v833 : f32, !llvm.ptr
              llvm.store %v55, %v834 : f32, !llvm.ptr
              scf.if %v1853 {
                %v1866 = arith.addi %v152, %v1852 : i64
                %v1867 = arith.muli %v23, %v180 : i64
                %v1868 = arith.subi %v1866, %v152 : i64
                %v1869 = arith.addi %v1867, %v1868 : i64
                %v1870 = llvm.getelementptr %v54[%v1869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1871 = llvm.load %v1870 : !llvm.ptr -> f32
                %v1872 = arith.muli %v35, %v260 : i64
                %v1873 = arith.muli %v33, %v259 : i64
                %v1874 = arith.addi %v1872, %v1873 : i64
                %v1875 = arith.muli %v1866, %v2 : i64
                %v1876 = arith.addi %v1874, %v1875 : i64
                %v1877 = llvm.getelementptr %dy_y[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1878 = llvm.load %v1877 : !llvm.ptr -> f32
                %v1879 = arith.mulf %v1859, %v1878 fastmath<contract> : f32
                %v1880 = arith.mulf %v1871, %v1879 fastmath<contract> : f32
                %v1881 = llvm.load %v37 : !llvm.ptr -> f32
                %v1882 = llvm.load %v39 : !llvm.ptr -> f32
                %v1883 = arith.mulf %v1882, %v1881 fastmath<contract> : f32
                %v1884 = arith.addf %v1880, %v1883 fastmath<contract> : f32
                llvm.store %v1884, %v37 : f32, !llvm.ptr
                %v1885 = arith.constant 8 : i64
                %v1886 = arith.addi %v1885, %v23 : i64
                %v1887 = arith.muli %v1886, %v180 : i64
                %v1888 = arith.subi %v1866, %v152 : i64
                %v1889 = arith.addi %v1887, %v1888 : i64
                %v1890 = llvm.getelementptr %v54[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
                %v1892 = arith.mulf %v1891, %v1879 fastmath<contract> : f32
                %v1893 = llvm.load %v38 : !llvm.ptr -> f32
                %v1894 = llvm.load %v40 : !llvm.ptr -> f32
                %v1895 = arith.mulf %v1894, %v1893 fastmath<contract> : f32
                %v1896 = arith.addf %v1892, %v1895 fastmath<contract> : f32
                llvm.store %v1896, %v38 : f32, !llvm.ptr
                scf.if %v1854 {
                  %v1897 = arith.muli %v35, %v60 : i64
                  %v1898 = arith.muli %v33, %v59 : i64
                  %v1899 = arith.addi %v1897, %v1898 : i64
                  %v1900 = arith.muli %v23, %v2 : i64
                  %v1901 = arith.addi %v1899, %v1900 : i64
                  %v1902 = llvm.getelementptr %dy_h_last[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
                  %v1904 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1905 = arith.addf %v1904, %v1903 fastmath<contract> : f32
                  llvm.store %v1905, %v37 : f32, !llvm.ptr
                  %v1906 = arith.muli %v35, %v60 : i64
                  %v1907 = arith.muli %v33, %v59 : i64
                  %v1908 = arith.addi %v1906, %v1907 : i64
                  %v1909 = arith.constant 8 : i64
                  %v1910 = arith.addi %v1909, %v23 : i64
                  %v1911 = arith.muli %v1910, %v2 : i64
                  %v1912 = arith.addi %v1908, %v1911 : i64
                  %v1913 = llvm.getelementptr %dy_h_last[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1914 = llvm.load %v1913 : !llvm.ptr -> f32
                  %v1915 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1916 = arith.addf %v1915, %v1914 fastmath<contract> : f32
                  llvm.store %v1916, %v38 : f32, !llvm.ptr
                }
                %v1917 = arith.muli %v33, %v331 : i64
                %v1918 = arith.muli %v23, %v2 : i64
                %v1919 = arith.addi %v1917, %v1918 : i64
                %v1920 = llvm.getelementptr %in_A[%v1919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1921 = llvm.load %v1920 : !llvm.ptr -> f32
                %v1922 = arith.mulf %v1855, %v1921 fastmath<contract> : f32
                %v1923 = arith.mulf %v1922, %v275 fastmath<contract> : f32
                %v1924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1923) : (f32) -> f32
                %v1925 = llvm.load %v37 : !llvm.ptr -> f32
                %v1926 = arith.mulf %v550, %v1925 fastmath<contract> : f32
                %v1927 = arith.mulf %v1924, %v1926 fastmath<contract> : f32
                %v1928 = arith.mulf %v1855, %v1927 fastmath<contract> : f32
                %v1929 = llvm.load %v41 : !llvm.ptr -> f32
                %v1930 = arith.addf %v1929, %v1928 fastmath<contract> : f32
                llvm.store %v1930, %v41 : f32, !llvm.ptr
                %v1931 = arith.muli %v33, %v331 : i64
                %v1932 = arith.constant 8 : i64
                %v1933 = arith.addi %v1932, %v23 : i64
                %v1934 = arith.muli %v1933, %v2 : i64
                %v1935 = arith.addi %v1931, %v1934 : i64
                %v1936 = llvm.getelementptr %in_A[%v1935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1937 = llvm.load %v1936 : !llvm.ptr -> f32
                %v1938 = arith.mulf %v1855, %v1937 fastmath<contract> : f32
                %v1939 = arith.mulf %v1938, %v275 fastmath<contract> : f32
                %v1940 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1939) : (f32) -> f32
                %v1941 = llvm.load %v38 : !llvm.ptr -> f32
                %v1942 = arith.mulf %v570, %v1941 fastmath<contract> : f32
                %v1943 = arith.mulf %v1940, %v1942 fastmath<contract> : f32
                %v1944 = arith.mulf %v1855, %v1943 fastmath<contract> : f32
                %v1945 = llvm.load %v42 : !llvm.ptr -> f32
                %v1946 = arith.addf %v1945, %v1944 fastmath<contract> : f32
                llvm.store %v1946, %v42 : f32, !llvm.ptr
                %v1947 = arith.mulf %v1857, %v1925 fastmath<contract> : f32
                %v1948 = arith.select %v27, %v1947, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1949, %v1950 = gpu.shuffle xor %v1948, %v950, %v323 : f32
                %v1951 = arith.addf %v1948, %v1949 fastmath<contract> : f32
                %v1952, %v1953 = gpu.shuffle xor %v1951, %v954, %v323 : f32
                %v1954 = arith.addf %v1951, %v1952 fastmath<contract> : f32
                %v1955 = arith.divui %v13, %v15 : i64
                %v1956 = arith.remui %v13, %v15 : i64
                %v1957 = arith.cmpi ult, %v1956, %v22 : i64
                %v1958 = arith.addi %v57, %v23 : i64
                %v1959 = arith.muli %v1955, %v1 : i64
                %v1960 = arith.addi %v1959, %v1958 : i64
                %v1961 = arith.muli %v1960, %v964 : i64
                %v1962 = arith.addi %v1961, %v1865 : i64
                scf.if %v1957 {
                  %v1963 = llvm.getelementptr %v48[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1954, %v1963 : f32, !llvm.ptr
                }
                %v1964 = arith.mulf %v1857, %v1941 fastmath<contract> : f32
                %v1965 = arith.select %v27, %v1964, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1966, %v1967 = gpu.shuffle xor %v1965, %v950, %v323 : f32
                %v1968 = arith.addf %v1965, %v1966 fastmath<contract> : f32
                %v1969, %v1970 = gpu.shuffle xor %v1968, %v954, %v323 : f32
                %v1971 = arith.addf %v1968, %v1969 fastmath<contract> : f32
                %v1972 = arith.divui %v13, %v15 : i64
                %v1973 = arith.remui %v13, %v15 : i64
                %v1974 = arith.cmpi ult, %v1973, %v22 : i64
                %v1975 = arith.addi %v22, %v23 : i64
                %v1976 = arith.muli %v1972, %v1 : i64
                %v1977 = arith.addi %v1976, %v1975 : i64
                %v1978 = arith.muli %v1977, %v964 : i64
                %v1979 = arith.addi %v1978, %v1865 : i64
                scf.if %v1974 {
                  %v1980 = llvm.getelementptr %v48[%v1979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1971, %v1980 : f32, !llvm.ptr
                }
                %v1981 = arith.mulf %v594, %v1879 fastmath<contract> : f32
                %v1982 = arith.select %v27, %v1981, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1983, %v1984 = gpu.shuffle xor %v1982, %v950, %v323 : f32
                %v1985 = arith.addf %v1982, %v1983 fastmath<contract> : f32
                %v1986, %v1987 = gpu.shuffle xor %v1985, %v954, %v323 : f32
                %v1988 = arith.addf %v1985, %v1986 fastmath<contract> : f32
                %v1989 = arith.divui %v13, %v15 : i64
                %v1990 = arith.remui %v13, %v15 : i64
                %v1991 = arith.cmpi ult, %v1990, %v22 : i64
                %v1992 = arith.addi %v57, %v23 : i64
                %v1993 = arith.muli %v1989, %v1 : i64
                %v1994 = arith.addi %v1993, %v1992 : i64
                %v1995 = arith.muli %v1994, %v964 : i64
                %v1996 = arith.addi %v1995, %v1865 : i64
                scf.if %v1991 {
                  %v1997 = llvm.getelementptr %v50[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1988, %v1997 : f32, !llvm.ptr
                }
                %v1998 = arith.mulf %v614, %v1879 fastmath<contract> : f32
                %v1999 = arith.select %v27, %v1998, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2000, %v2001 = gpu.shuffle xor %v1999, %v950, %v323 : f32
                %v2002 = arith.addf %v1999, %v2000 fastmath<contract> : f32
                %v2003, %v2004 = gpu.shuffle xor %v2002, %v954, %v323 : f32
                %v2005 = arith.addf %v2002, %v2003 fastmath<contract> : f32
                %v2006 = arith.divui %v13, %v15 : i64
                %v2007 = arith.remui %v13, %v15 : i64
                %v2008 = arith.cmpi ult, %v2007, %v22 : i64
                %v2009 = arith.addi %v22, %v23 : i64
                %v2010 = arith.muli %v2006, %v1 : i64
                %v2011 = arith.addi %v2010, %v2009 : i64
                %v2012 = arith.muli %v2011, %v964 : i64
                %v2013 = arith.addi %v2012, %v1865 : i64
                scf.if %v2008 {
                  %v2014 = llvm.getelementptr %v50[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2005, %v2014 : f32, !llvm.ptr
                }
                %v2015 = arith.mulf %v1871, %v594 fastmath<contract> : f32
                %v2016 = arith.mulf %v1891, %v614 fastmath<contract> : f32
                %v2017 = arith.addf %v2015, %v2016 fastmath<contract> : f32
                llvm.store %v2017, %v832 : f32, !llvm.ptr
                %v2018 = arith.muli %v23, %v180 : i64
                %v2019 = arith.subi %v1866, %v152 : i64
                %v2020 = arith.addi %v2018, %v2019 : i64
                %v2021 = llvm.getelementptr %v52[%v2020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
                %v2023 = arith.mulf %v2022, %v1925 fastmath<contract> : f32
                %v2024 = arith.constant 8 : i64
                %v2025 = arith.addi %v2024, %v23 : i64
                %v2026 = arith.muli %v2025, %v180 : i64
                %v2027 = arith.subi %v1866, %v152 : i64
                %v2028 = arith.addi %v2026, %v2027 : i64
                %v2029 = llvm.getelementptr %v52[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
                %v2031 = arith.mulf %v2030, %v1941 fastmath<contract> : f32
                %v2032 = arith.addf %v2023, %v2031 fastmath<contract> : f32
                llvm.store %v2032, %v833 : f32, !llvm.ptr
                %v2033 = arith.mulf %v1921, %v1926 fastmath<contract> : f32
                %v2034 = arith.mulf %v1924, %v2033 fastmath<contract> : f32
                %v2035 = arith.mulf %v1937, %v1942 fastmath<contract> : f32
                %v2036 = arith.mulf %v1940, %v2035 fastmath<contract> : f32
                %v2037 = arith.addf %v2034, %v2036 fastmath<contract> : f32
                llvm.store %v2037, %v834 : f32, !llvm.ptr
                llvm.store %v1924, %v39 : f32, !llvm.ptr
                llvm.store %v1940, %v40 : f32, !llvm.ptr
              }
              %v2038 = llvm.load %v832 : !llvm.ptr -> f32
              %v2039 = arith.select %v837, %v2038, %v1849 : f32
              %v2040 = arith.select %v837, %v1849, %v2038 : f32
              %v2041, %v2042 = gpu.shuffle xor %v2039, %v1235, %v323 : f32
              %v2043 = arith.addf %v2040, %v2041 fastmath<contract> : f32
              %v2044 = llvm.load %v833 : !llvm.ptr -> f32
              %v2045 = arith.select %v837, %v2044, %v1850 : f32
              %v2046 = arith.select %v837, %v1850, %v2044 : f32
              %v2047, %v2048 = gpu.shuffle xor %v2045, %v1235, %v323 : f32
              %v2049 = arith.addf %v2046, %v2047 fastmath<contract> : f32
              %v2050 = llvm.load %v834 : !llvm.ptr -> f32
              %v2051 = arith.select %v837, %v2050, %v1851 : f32
              %v2052 = arith.select %v837, %v1851, %v2050 : f32
              %v2053, %v2054 = gpu.shuffle xor %v2051, %v1235, %v323 : f32
              %v2055 = arith.addf %v2052, %v2053 fastmath<contract> : f32
              %v2056 = arith.addi %v389, %v2 : i64
              %v2057 = arith.cmpi slt, %v1235, %v845 : i32
              %v2058 = arith.cmpi eq, %v1235, %v851 : i32
              %v2059, %v2060 = gpu.shuffle idx %v449, %v116, %v323 : f32
              %v2061, %v2062 = gpu.shuffle idx %v457, %v116, %v323 : f32
              %v2063, %v2064 = gpu.shuffle idx %v470, %v116, %v323 : f32
              %v2065, %v2066 = gpu.shuffle idx %v479, %v116, %v323 : f32
              %v2067, %v2068 = gpu.shuffle idx %v484, %v116, %v323 : f32
              %v2069 = arith.addi %v391, %v745 : i64
              llvm.store %v55, %v832 : f32, !llvm.ptr
              llvm.store %v55, %v833 : f32, !llvm.ptr
              llvm.store %v55, %v834 : f32, !llvm.ptr
              scf.if %v2057 {
                %v2070 = arith.addi %v152, %v2056 : i64
                %v2071 = arith.muli %v23, %v180 : i64
                %v2072 = arith.subi %v2070, %v152 : i64
                %v2073 = arith.addi %v2071, %v2072 : i64
                %v2074 = llvm.getelementptr %v54[%v2073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2075 = llvm.load %v2074 : !llvm.ptr -> f32
                %v2076 = arith.muli %v35, %v260 : i64
                %v2077 = arith.muli %v33, %v259 : i64
                %v2078 = arith.addi %v2076, %v2077 : i64
                %v2079 = arith.muli %v2070, %v2 : i64
                %v2080 = arith.addi %v2078, %v2079 : i64
                %v2081 = llvm.getelementptr %dy_y[%v2080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2082 = llvm.load %v2081 : !llvm.ptr -> f32
                %v2083 = arith.mulf %v2063, %v2082 fastmath<contract> : f32
                %v2084 = arith.mulf %v2075, %v2083 fastmath<contract> : f32
                %v2085 = llvm.load %v37 : !llvm.ptr -> f32
                %v2086 = llvm.load %v39 : !llvm.ptr -> f32
                %v2087 = arith.mulf %v2086, %v2085 fastmath<contract> : f32
                %v2088 = arith.addf %v2084, %v2087 fastmath<contract> : f32
                llvm.store %v2088, %v37 : f32, !llvm.ptr
                %v2089 = arith.constant 8 : i64
                %v2090 = arith.addi %v2089, %v23 : i64
                %v2091 = arith.muli %v2090, %v180 : i64
                %v2092 = arith.subi %v2070, %v152 : i64
                %v2093 = arith.addi %v2091, %v2092 : i64
                %v2094 = llvm.getelementptr %v54[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2095 = llvm.load %v2094 : !llvm.ptr -> f32
                %v2096 = arith.mulf %v2095, %v2083 fastmath<contract> : f32
                %v2097 = llvm.load %v38 : !llvm.ptr -> f32
                %v2098 = llvm.load %v40 : !llvm.ptr -> f32
                %v2099 = arith.mulf %v2098, %v2097 fastmath<contract> : f32
                %v2100 = arith.addf %v2096, %v2099 fastmath<contract> : f32
                llvm.store %v2100, %v38 : f32, !llvm.ptr
                scf.if %v2058 {
                  %v2101 = arith.muli %v35, %v60 : i64
                  %v2102 = arith.muli %v33, %v59 : i64
                  %v2103 = arith.addi %v2101, %v2102 : i64
                  %v2104 = arith.muli %v23, %v2 : i64
                  %v2105 = arith.addi %v2103, %v2104 : i64
                  %v2106 = llvm.getelementptr %dy_h_last[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2107 = llvm.load %v2106 : !llvm.ptr -> f32
                  %v2108 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2109 = arith.addf %v2108, %v2107 fastmath<contract> : f32
                  llvm.store %v2109, %v37 : f32, !llvm.ptr
                  %v2110 = arith.muli %v35, %v60 : i64
                  %v2111 = arith.muli %v33, %v59 : i64
                  %v2112 = arith.addi %v2110, %v2111 : i64
                  %v2113 = arith.constant 8 : i64
                  %v2114 = arith.addi %v2113, %v23 : i64
                  %v2115 = arith.muli %v2114, %v2 : i64
                  %v2116 = arith.addi %v2112, %v2115 : i64
                  %v2117 = llvm.getelementptr %dy_h_last[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2118 = llvm.load %v2117 : !llvm.ptr -> f32
                  %v2119 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2120 = arith.addf %v2119, %v2118 fastmath<contract> : f32
                  llvm.store %v2120, %v38 : f32, !llvm.ptr
                }
                %v2121 = arith.muli %v33, %v331 : i64
                %v2122 = arith.muli %v23, %v2 : i64
                %v2123 = arith.addi %v2121, %v2122 : i64
                %v2124 = llvm.getelementptr %in_A[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
                %v2126 = arith.mulf %v2059, %v2125 fastmath<contract> : f32
                %v2127 = arith.mulf %v2126, %v275 fastmath<contract> : f32
                %v2128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2127) : (f32) -> f32
                %v2129 = llvm.load %v37 : !llvm.ptr -> f32
                %v2130 = arith.mulf %v507, %v2129 fastmath<contract> : f32
                %v2131 = arith.mulf %v2128, %v2130 fastmath<contract> : f32
                %v2132 = arith.mulf %v2059, %v2131 fastmath<contract> : f32
                %v2133 = llvm.load %v41 : !llvm.ptr -> f32
                %v2134 = arith.addf %v2133, %v2132 fastmath<contract> : f32
                llvm.store %v2134, %v41 : f32, !llvm.ptr
                %v2135 = arith.muli %v33, %v331 : i64
                %v2136 = arith.constant 8 : i64
                %v2137 = arith.addi %v2136, %v23 : i64
                %v2138 = arith.muli %v2137, %v2 : i64
                %v2139 = arith.addi %v2135, %v2138 : i64
                %v2140 = llvm.getelementptr %in_A[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2141 = llvm.load %v2140 : !llvm.ptr -> f32
                %v2142 = arith.mulf %v2059, %v2141 fastmath<contract> : f32
                %v2143 = arith.mulf %v2142, %v275 fastmath<contract> : f32
                %v2144 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2143) : (f32) -> f32
                %v2145 = llvm.load %v38 : !llvm.ptr -> f32
                %v2146 = arith.mulf %v527, %v2145 fastmath<contract> : f32
                %v2147 = arith.mulf %v2144, %v2146 fastmath<contract> : f32
                %v2148 = arith.mulf %v2059, %v2147 fastmath<contract> : f32
                %v2149 = llvm.load %v42 : !llvm.ptr -> f32
                %v2150 = arith.addf %v2149, %v2148 fastmath<contract> : f32
                llvm.store %v2150, %v42 : f32, !llvm.ptr
                %v2151 = arith.mulf %v2061, %v2129 fastmath<contract> : f32
                %v2152 = arith.select %v27, %v2151, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2153, %v2154 = gpu.shuffle xor %v2152, %v950, %v323 : f32
                %v2155 = arith.addf %v2152, %v2153 fastmath<contract> : f32
                %v2156, %v2157 = gpu.shuffle xor %v2155, %v954, %v323 : f32
                %v2158 = arith.addf %v2155, %v2156 fastmath<contract> : f32
                %v2159 = arith.divui %v13, %v15 : i64
                %v2160 = arith.remui %v13, %v15 : i64
                %v2161 = arith.cmpi ult, %v2160, %v22 : i64
                %v2162 = arith.addi %v57, %v23 : i64
                %v2163 = arith.muli %v2159, %v1 : i64
                %v2164 = arith.addi %v2163, %v2162 : i64
                %v2165 = arith.muli %v2164, %v964 : i64
                %v2166 = arith.addi %v2165, %v2069 : i64
                scf.if %v2161 {
                  %v2167 = llvm.getelementptr %v48[%v2166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2158, %v2167 : f32, !llvm.ptr
                }
                %v2168 = arith.mulf %v2061, %v2145 fastmath<contract> : f32
                %v2169 = arith.select %v27, %v2168, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2170, %v2171 = gpu.shuffle xor %v2169, %v950, %v323 : f32
                %v2172 = arith.addf %v2169, %v2170 fastmath<contract> : f32
                %v2173, %v2174 = gpu.shuffle xor %v2172, %v954, %v323 : f32
                %v2175 = arith.addf %v2172, %v2173 fastmath<contract> : f32
                %v2176 = arith.divui %v13, %v15 : i64
                %v2177 = arith.remui %v13, %v15 : i64
                %v2178 = arith.cmpi ult, %v2177, %v22 : i64
                %v2179 = arith.addi %v22, %v23 : i64
                %v2180 = arith.muli %v2176, %v1 : i64
                %v2181 = arith.addi %v2180, %v2179 : i64
                %v2182 = arith.muli %v2181, %v964 : i64
                %v2183 = arith.addi %v2182, %v2069 : i64
                scf.if %v2178 {
                  %v2184 = llvm.getelementptr %v48[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2175, %v2184 : f32, !llvm.ptr
                }
                %v2185 = arith.mulf %v550, %v2083 fastmath<contract> : f32
                %v2186 = arith.select %v27, %v2185, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2187, %v2188 = gpu.shuffle xor %v2186, %v950, %v323 : f32
                %v2189 = arith.addf %v2186, %v2187 fastmath<contract> : f32
                %v2190, %v2191 = gpu.shuffle xor %v2189, %v954, %v323 : f32
                %v2192 = arith.addf %v2189, %v2190 fastmath<contract> : f32
                %v2193 = arith.divui %v13, %v15 : i64
                %v2194 = arith.remui %v13, %v15 : i64
                %v2195 = arith.cmpi ult, %v2194, %v22 : i64
                %v2196 = arith.addi %v57, %v23 : i64
                %v2197 = arith.muli %v2193, %v1 : i64
                %v2198 = arith.addi %v2197, %v2196 : i64
                %v2199 = arith.muli %v2198, %v964 : i64
                %v2200 = arith.addi %v2199, %v2069 : i64
                scf.if %v2195 {
                  %v2201 = llvm.getelementptr %v50[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2192, %v2201 : f32, !llvm.ptr
                }
                %v2202 = arith.mulf %v570, %v2083 fastmath<contract> : f32
                %v2203 = arith.select %v27, %v2202, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2204, %v2205 = gpu.shuffle xor %v2203, %v950, %v323 : f32
                %v2206 = arith.addf %v2203, %v2204 fastmath<contract> : f32
                %v2207, %v2208 = gpu.shuffle xor %v2206, %v954, %v323 : f32
                %v2209 = arith.addf %v2206, %v2207 fastmath<contract> : f32
                %v2210 = arith.divui %v13, %v15 : i64
                %v2211 = arith.remui %v13, %v15 : i64
                %v2212 = arith.cmpi ult, %v2211, %v22 : i64
                %v2213 = arith.addi %v22, %v23 : i64
                %v2214 = arith.muli %v2210, %v1 : i64
                %v2215 = arith.addi %v2214, %v2213 : i64
                %v2216 = arith.muli %v2215, %v964 : i64
                %v2217 = arith.addi %v2216, %v2069 : i64
                scf.if %v2212 {
                  %v2218 = llvm.getelementptr %v50[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2209, %v2218 : f32, !llvm.ptr
                }
                %v2219 = arith.mulf %v2075, %v550 fastmath<contract> : f32
                %v2220 = arith.mulf %v2095, %v570 fastmath<contract> : f32
                %v2221 = arith.addf %v2219, %v2220 fastmath<contract> : f32
                llvm.store %v2221, %v832 : f32, !llvm.ptr
                %v2222 = arith.muli %v23, %v180 : i64
                %v2223 = arith.subi %v2070, %v152 : i64
                %v2224 = arith.addi %v2222, %v2223 : i64
                %v2225 = llvm.getelementptr %v52[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2226 = llvm.load %v2225 : !llvm.ptr -> f32
                %v2227 = arith.mulf %v2226, %v2129 fastmath<contract> : f32
                %v2228 = arith.constant 8 : i64
                %v2229 = arith.addi %v2228, %v23 : i64
                %v2230 = arith.muli %v2229, %v180 : i64
                %v2231 = arith.subi %v2070, %v152 : i64
                %v2232 = arith.addi %v2230, %v2231 : i64
                %v2233 = llvm.getelementptr %v52[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2234 = llvm.load %v2233 : !llvm.ptr -> f32
                %v2235 = arith.mulf %v2234, %v2145 fastmath<contract> : f32
                %v2236 = arith.addf %v2227, %v2235 fastmath<contract> : f32
                llvm.store %v2236, %v833 : f32, !llvm.ptr
                %v2237 = arith.mulf %v2125, %v2130 fastmath<contract> : f32
                %v2238 = arith.mulf %v2128, %v2237 fastmath<contract> : f32
                %v2239 = arith.mulf %v2141, %v2146 fastmath<contract> : f32
                %v2240 = arith.mulf %v2144, %v2239 fastmath<contract> : f32
                %v2241 = arith.addf %v2238, %v2240 fastmath<contract> : f32
                llvm.store %v2241, %v834 : f32, !llvm.ptr
                llvm.store %v2128, %v39 : f32, !llvm.ptr
                llvm.store %v2144, %v40 : f32, !llvm.ptr
              }
              %v2242 = llvm.load %v832 : !llvm.ptr -> f32
              %v2243 = llvm.load %v833 : !llvm.ptr -> f32
              %v2244 = llvm.load %v834 : !llvm.ptr -> f32
              %v2245 = arith.addi %v389, %v57 : i64
              %v2247 = arith.cmpi slt, %v2246, %v845 : i32
              %v2248 = arith.cmpi eq, %v2246, %v851 : i32
              %v2249, %v2250 = gpu.shuffle idx %v449, %v112, %v323 : f32
              %v2251, %v2252 = gpu.shuffle idx %v457, %v112, %v323 : f32
              %v2253, %v2254 = gpu.shuffle idx %v470, %v112, %v323 : f32
              %v2255, %v2256 = gpu.shuffle idx %v479, %v112, %v323 : f32
              %v2257, %v2258 = gpu.shuffle idx %v484, %v112, %v323 : f32
              %v2259 = arith.addi %v391, %v104 : i64
              llvm.store %v55, %v832 : f32, !llvm.ptr
              llvm.store %v55, %v833 : f32, !llvm.ptr
              llvm.store %v55, %v834 : f32, !llvm.ptr
              scf.if %v2247 {
                %v2260 = arith.addi %v152, %v2245 : i64
                %v2261 = arith.muli %v23, %v180 : i64
                %v2262 = arith.subi %v2260, %v152 : i64
                %v2263 = arith.addi %v2261, %v2262 : i64
                %v2264 = llvm.getelementptr %v54[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
                %v2266 = arith.muli %v35, %v260 : i64
                %v2267 = arith.muli %v33, %v259 : i64
                %v2268 = arith.addi %v2266, %v2267 : i64
                %v2269 = arith.muli %v2260, %v2 : i64
                %v2270 = arith.addi %v2268, %v2269 : i64
                %v2271 = llvm.getelementptr %dy_y[%v2270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2272 = llvm.load %v2271 : !llvm.ptr -> f32
                %v2273 = arith.mulf %v2253, %v2272 fastmath<contract> : f32
                %v2274 = arith.mulf %v2265, %v2273 fastmath<contract> : f32
                %v2275 = llvm.load %v37 : !llvm.ptr -> f32
                %v2276 = llvm.load %v39 : !llvm.ptr -> f32
                %v2277 = arith.mulf %v2276, %v2275 fastmath<contract> : f32
                %v2278 = arith.addf %v2274, %v2277 fastmath<contract> : f32
                llvm.store %v2278, %v37 : f32, !llvm.ptr
                %v2279 = arith.constant 8 : i64
                %v2280 = arith.addi %v2279, %v23 : i64
                %v2281 = arith.muli %v2280, %v180 : i64
                %v2282 = arith.subi %v2260, %v152 : i64
                %v2283 = arith.addi %v2281, %v2282 : i64
                %v2284 = llvm.getelementptr %v54[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2285 = llvm.load %v2284 : !llvm.ptr -> f32
                %v2286 = arith.mulf %v2285, %v2273 fastmath<contract> : f32
                %v2287 = llvm.load %v38 : !llvm.ptr -> f32
                %v2288 = llvm.load %v40 : !llvm.ptr -> f32
                %v2289 = arith.mulf %v2288, %v2287 fastmath<contract> : f32
                %v2290 = arith.addf %v2286, %v2289 fastmath<contract> : f32
                llvm.store %v2290, %v38 : f32, !llvm.ptr
                scf.if %v2248 {
                  %v2291 = arith.muli %v35, %v60 : i64
                  %v2292 = arith.muli %v33, %v59 : i64
                  %v2293 = arith.addi %v2291, %v2292 : i64
                  %v2294 = arith.muli %v23, %v2 : i64
                  %v2295 = arith.addi %v2293, %v2294 : i64
                  %v2296 = llvm.getelementptr %dy_h_last[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2297 = llvm.load %v2296 : !llvm.ptr -> f32
                  %v2298 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2299 = arith.addf %v2298, %v2297 fastmath<contract> : f32
                  llvm.store %v2299, %v37 : f32, !llvm.ptr
                  %v2300 = arith.muli %v35, %v60 : i64
                  %v2301 = arith.muli %v33, %v59 : i64
                  %v2302 = arith.addi %v2300, %v2301 : i64
                  %v2303 = arith.constant 8 : i64
                  %v2304 = arith.addi %v2303, %v23 : i64
                  %v2305 = arith.muli %v2304, %v2 : i64
                  %v2306 = arith.addi %v2302, %v2305 : i64
                  %v2307 = llvm.getelementptr %dy_h_last[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2308 = llvm.load %v2307 : !llvm.ptr -> f32
                  %v2309 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2310 = arith.addf %v2309, %v2308 fastmath<contract> : f32
                  llvm.store %v2310, %v38 : f32, !llvm.ptr
                }
                %v2311 = arith.muli %v33, %v331 : i64
                %v2312 = arith.muli %v23, %v2 : i64
                %v2313 = arith.addi %v2311, %v2312 : i64
                %v2314 = llvm.getelementptr %in_A[%v2313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2315 = llvm.load %v2314 : !llvm.ptr -> f32
                %v2316 = arith.mulf %v2249, %v2315 fastmath<contract> : f32
                %v2317 = arith.mulf %v2316, %v275 fastmath<contract> : f32
                %v2318 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2317) : (f32) -> f32
                %v2319 = llvm.load %v37 : !llvm.ptr -> f32
                %v2320 = arith.mulf %v401, %v2319 fastmath<contract> : f32
                %v2321 = arith.mulf %v2318, %v2320 fastmath<contract> : f32
                %v2322 = arith.mulf %v2249, %v2321 fastmath<contract> : f32
                %v2323 = llvm.load %v41 : !llvm.ptr -> f32
                %v2324 = arith.addf %v2323, %v2322 fastmath<contract> : f32
                llvm.store %v2324, %v41 : f32, !llvm.ptr
                %v2325 = arith.muli %v33, %v331 : i64
                %v2326 = arith.constant 8 : i64
                %v2327 = arith.addi %v2326, %v23 : i64
                %v2328 = arith.muli %v2327, %v2 : i64
                %v2329 = arith.addi %v2325, %v2328 : i64
                %v2330 = llvm.getelementptr %in_A[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2331 = llvm.load %v2330 : !llvm.ptr -> f32
                %v2332 = arith.mulf %v2249, %v2331 fastmath<contract> : f32
                %v2333 = arith.mulf %v2332, %v275 fastmath<contract> : f32
                %v2334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2333) : (f32) -> f32
                %v2335 = llvm.load %v38 : !llvm.ptr -> f32
                %v2336 = arith.mulf %v410, %v2335 fastmath<contract> : f32
                %v2337 = arith.mulf %v2334, %v2336 fastmath<contract> : f32
                %v2338 = arith.mulf %v2249, %v2337 fastmath<contract> : f32
                %v2339 = llvm.load %v42 : !llvm.ptr -> f32
                %v2340 = arith.addf %v2339, %v2338 fastmath<contract> : f32
                llvm.store %v2340, %v42 : f32, !llvm.ptr
                %v2341 = arith.mulf %v2251, %v2319 fastmath<contract> : f32
                %v2342 = arith.select %v27, %v2341, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2343, %v2344 = gpu.shuffle xor %v2342, %v950, %v323 : f32
                %v2345 = arith.addf %v2342, %v2343 fastmath<contract> : f32
                %v2346, %v2347 = gpu.shuffle xor %v2345, %v954, %v323 : f32
                %v2348 = arith.addf %v2345, %v2346 fastmath<contract> : f32
                %v2349 = arith.divui %v13, %v15 : i64
                %v2350 = arith.remui %v13, %v15 : i64
                %v2351 = arith.cmpi ult, %v2350, %v22 : i64
                %v2352 = arith.addi %v57, %v23 : i64
                %v2353 = arith.muli %v2349, %v1 : i64
                %v2354 = arith.addi %v2353, %v2352 : i64
                %v2355 = arith.muli %v2354, %v964 : i64
                %v2356 = arith.addi %v2355, %v2259 : i64
                scf.if %v2351 {
                  %v2357 = llvm.getelementptr %v48[%v2356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2348, %v2357 : f32, !llvm.ptr
                }
                %v2358 = arith.mulf %v2251, %v2335 fastmath<contract> : f32
                %v2359 = arith.select %v27, %v2358, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2360, %v2361 = gpu.shuffle xor %v2359, %v950, %v323 : f32
                %v2362 = arith.addf %v2359, %v2360 fastmath<contract> : f32
                %v2363, %v2364 = gpu.shuffle xor %v2362, %v954, %v323 : f32
                %v2365 = arith.addf %v2362, %v2363 fastmath<contract> : f32
                %v2366 = arith.divui %v13, %v15 : i64
                %v2367 = arith.remui %v13, %v15 : i64
                %v2368 = arith.cmpi ult, %v2367, %v22 : i64
                %v2369 = arith.addi %v22, %v23 : i64
                %v2370 = arith.muli %v2366, %v1 : i64
                %v2371 = arith.addi %v2370, %v2369 : i64
                %v2372 = arith.muli %v2371, %v964 : i64
                %v2373 = arith.addi %v2372, %v2259 : i64
                scf.if %v2368 {
                  %v2374 = llvm.getelementptr %v48[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2365, %v2374 : f32, !llvm.ptr
                }
                %v2375 = arith.mulf %v507, %v2273 fastmath<contract> : f32
                %v2376 = arith.select %v27, %v2375, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2377, %v2378 = gpu.shuffle xor %v2376, %v950, %v323 : f32
                %v2379 = arith.addf %v2376, %v2377 fastmath<contract> : f32
                %v2380, %v2381 = gpu.shuffle xor %v2379, %v954, %v323 : f32
                %v2382 = arith.addf %v2379, %v2380 fastmath<contract> : f32
                %v2383 = arith.divui %v13, %v15 : i64
                %v2384 = arith.remui %v13, %v15 : i64
                %v2385 = arith.cmpi ult, %v2384, %v22 : i64
                %v2386 = arith.addi %v57, %v23 : i64
                %v2387 = arith.muli %v2383, %v1 : i64
                %v2388 = arith.addi %v2387, %v2386 : i64
                %v2389 = arith.muli %v2388, %v964 : i64
                %v2390 = arith.addi %v2389, %v2259 : i64
                scf.if %v2385 {
                  %v2391 = llvm.getelementptr %v50[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2382, %v2391 : f32, !llvm.ptr
                }
                %v2392 = arith.mulf %v527, %v2273 fastmath<contract> : f32
                %v2393 = arith.select %v27, %v2392, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2394, %v2395 = gpu.shuffle xor %v2393, %v950, %v323 : f32
                %v2396 = arith.addf %v2393, %v2394 fastmath<contract> : f32
                %v2397, %v2398 = gpu.shuffle xor %v2396, %v954, %v323 : f32
                %v2399 = arith.addf %v2396, %v2397 fastmath<contract> : f32
                %v2400 = arith.divui %v13, %v15 : i64
                %v2401 = arith.remui %v13, %v15 : i64
                %v2402 = arith.cmpi ult, %v2401, %v22 : i64
                %v2403 = arith.addi %v22, %v23 : i64
                %v2404 = arith.muli %v2400, %v1 : i64
                %v2405 = arith.addi %v2404, %v2403 : i64
                %v2406 = arith.muli %v2405, %v964 : i64
                %v2407 = arith.addi %v2406, %v2259 : i64
                scf.if %v2402 {
                  %v2408 = llvm.getelementptr %v50[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2399, %v2408 : f32, !llvm.ptr
                }
                %v2409 = arith.mulf %v2265, %v507 fastmath<contract> : f32
                %v2410 = arith.mulf %v2285, %v527 fastmath<contract> : f32
                %v2411 = arith.addf %v2409, %v2410 fastmath<contract> : f32
                llvm.store %v2411, %v832 : f32, !llvm.ptr
                %v2412 = arith.muli %v23, %v180 : i64
                %v2413 = arith.subi %v2260, %v152 : i64
                %v2414 = arith.addi %v2412, %v2413 : i64
                %v2415 = llvm.getelementptr %v52[%v2414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2416 = llvm.load %v2415 : !llvm.ptr -> f32
                %v2417 = arith.mulf %v2416, %v2319 fastmath<contract> : f32
                %v2418 = arith.constant 8 : i64
                %v2419 = arith.addi %v2418, %v23 : i64
                %v2420 = arith.muli %v2419, %v180 : i64
                %v2421 = arith.subi %v2260, %v152 : i64
                %v2422 = arith.addi %v2420, %v2421 : i64
                %v2423 = llvm.getelementptr %v52[%v2422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
                %v2425 = arith.mulf %v2424, %v2335 fastmath<contract> : f32
                %v2426 = arith.addf %v2417, %v2425 fastmath<contract> : f32
                llvm.store %v2426, %v833 : f32, !llvm.ptr
                %v2427 = arith.mulf %v2315, %v2320 fastmath<contract> : f32
                %v2428 = arith.mulf %v2318, %v2427 fastmath<contract> : f32
                %v2429 = arith.mulf %v2331, %v2336 fastmath<contract> : f32
                %v2430 = arith.mulf %v2334, %v2429 fastmath<contract> : f32
                %v2431 = arith.addf %v2428, %v2430 fastmath<contract> : f32
                llvm.store %v2431, %v834 : f32, !llvm.ptr
                llvm.store %v2318, %v39 : f32, !llvm.ptr
                llvm.store %v2334, %v40 : f32, !llvm.ptr
              }
              %v2432 = llvm.load %v832 : !llvm.ptr -> f32
              %v2433 = arith.select %v837, %v2432, %v2242 : f32
              %v2434 = arith.select %v837, %v2242, %v2432 : f32
              %v2435, %v2436 = gpu.shuffle xor %v2433, %v1235, %v323 : f32
              %v2437 = arith.addf %v2434, %v2435 fastmath<contract> : f32
              %v2438 = arith.select %v840, %v2437, %v2043 : f32
              %v2439 = arith.select %v840, %v2043, %v2437 : f32
              %v2440, %v2441 = gpu.shuffle xor %v2438, %v1636, %v323 : f32
              %v2442 = arith.addf %v2439, %v2440 fastmath<contract> : f32
              %v2443 = arith.select %v843, %v2442, %v1639 : f32
              %v2444 = arith.select %v843, %v1639, %v2442 : f32
              %v2445, %v2446 = gpu.shuffle xor %v2443, %v1442, %v323 : f32
              %v2447 = arith.addf %v2444, %v2445 fastmath<contract> : f32
              %v2448 = llvm.load %v833 : !llvm.ptr -> f32
              %v2449 = arith.select %v837, %v2448, %v2243 : f32
              %v2450 = arith.select %v837, %v2243, %v2448 : f32
              %v2451, %v2452 = gpu.shuffle xor %v2449, %v1235, %v323 : f32
              %v2453 = arith.addf %v2450, %v2451 fastmath<contract> : f32
              %v2454 = arith.select %v840, %v2453, %v2049 : f32
              %v2455 = arith.select %v840, %v2049, %v2453 : f32
              %v2456, %v2457 = gpu.shuffle xor %v2454, %v1636, %v323 : f32
              %v2458 = arith.addf %v2455, %v2456 fastmath<contract> : f32
              %v2459 = arith.select %v843, %v2458, %v1650 : f32
              %v2460 = arith.select %v843, %v1650, %v2458 : f32
              %v2461, %v2462 = gpu.shuffle xor %v2459, %v1442, %v323 : f32
              %v2463 = arith.addf %v2460, %v2461 fastmath<contract> : f32
              %v2464 = llvm.load %v834 : !llvm.ptr -> f32
              %v2465 = arith.select %v837, %v2464, %v2244 : f32
              %v2466 = arith.select %v837, %v2244, %v2464 : f32
              %v2467, %v2468 = gpu.shuffle xor %v2465, %v1235, %v323 : f32
              %v2469 = arith.addf %v2466, %v2467 fastmath<contract> : f32
              %v2470 = arith.select %v840, %v2469, %v2055 : f32
              %v2471 = arith.select %v840, %v2055, %v2469 : f32
              %v2472, %v2473 = gpu.shuffle xor %v2470, %v1636, %v323 : f32
              %v2474 = arith.addf %v2471, %v2472 fastmath<contract> : f32
              %v2475 = arith.select %v843, %v2474, %v1661 : f32
              %v2476 = arith.select %v843, %v1661, %v2474 : f32
              %v2477, %v2478 = gpu.shuffle xor %v2475, %v1442, %v323 : f32
              %v2479 = arith.addf %v2476, %v2477 fastmath<contract> : f32
              %v2480 = arith.addi %v389, %v23 : i64
              %v2481 = arith.cmpi slt, %v2480, %v154 : i64
              %v2482 = arith.andi %v27, %v2481 : i1
              scf.if %v2482 {
                %v2483 = arith.addi %v152, %v2480 : i64
                // the gradients of this lane's own step
                %v2484 = arith.muli %v33, %v2 : i64
                %v2485 = llvm.getelementptr %in_Dskip[%v2484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2486 = llvm.load %v2485 : !llvm.ptr -> f32
                %v2487 = arith.muli %v35, %v260 : i64
                %v2488 = arith.muli %v33, %v259 : i64
                %v2489 = arith.addi %v2487, %v2488 : i64
                %v2490 = arith.muli %v2483, %v2 : i64
                %v2491 = arith.addi %v2489, %v2490 : i64
                %v2492 = llvm.getelementptr %dy_y[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2493 = llvm.load %v2492 : !llvm.ptr -> f32
                %v2494 = arith.mulf %v470, %v2493 fastmath<contract> : f32
                %v2495 = arith.mulf %v2486, %v2494 fastmath<contract> : f32
                %v2496 = arith.mulf %v449, %v2463 fastmath<contract> : f32
                %v2497 = arith.addf %v2495, %v2496 fastmath<contract> : f32
                %v2498 = arith.muli %v35, %v260 : i64
                %v2499 = arith.muli %v33, %v259 : i64
                %v2500 = arith.addi %v2498, %v2499 : i64
                %v2501 = arith.muli %v2483, %v2 : i64
                %v2502 = arith.addi %v2500, %v2501 : i64
                %v2503 = llvm.getelementptr %dx_u[%v2502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2497, %v2503 : f32, !llvm.ptr
                %v2504 = arith.muli %v35, %v260 : i64
                %v2505 = arith.muli %v33, %v259 : i64
                %v2506 = arith.addi %v2504, %v2505 : i64
                %v2507 = arith.muli %v2483, %v2 : i64
                %v2508 = arith.addi %v2506, %v2507 : i64
                %v2509 = llvm.getelementptr %in_u[%v2508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2510 = llvm.load %v2509 : !llvm.ptr -> f32
                %v2511 = arith.mulf %v2510, %v2463 fastmath<contract> : f32
                %v2512 = arith.addf %v2511, %v2479 fastmath<contract> : f32
                %v2513 = arith.mulf %v2512, %v484 fastmath<contract> : f32
                %v2514 = arith.muli %v35, %v260 : i64
                %v2515 = arith.muli %v33, %v259 : i64
                %v2516 = arith.addi %v2514, %v2515 : i64
                %v2517 = arith.muli %v2483, %v2 : i64
                %v2518 = arith.addi %v2516, %v2517 : i64
                %v2519 = llvm.getelementptr %dx_delta[%v2518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2513, %v2519 : f32, !llvm.ptr
                %v2520 = arith.mulf %v2510, %v2486 fastmath<contract> : f32
                %v2521 = arith.addf %v2447, %v2520 fastmath<contract> : f32
                %v2522 = arith.mulf %v2521, %v2493 fastmath<contract> : f32
                %v2523 = arith.mulf %v2522, %v479 fastmath<contract> : f32
                %v2524 = arith.muli %v35, %v260 : i64
                %v2525 = arith.muli %v33, %v259 : i64
                %v2526 = arith.addi %v2524, %v2525 : i64
                %v2527 = arith.muli %v2483, %v2 : i64
                %v2528 = arith.addi %v2526, %v2527 : i64
                %v2529 = llvm.getelementptr %dx_z[%v2528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2523, %v2529 : f32, !llvm.ptr
                %v2530 = arith.mulf %v2510, %v2494 fastmath<contract> : f32
                %v2531 = llvm.load %v43 : !llvm.ptr -> f32
                %v2532 = arith.addf %v2531, %v2530 fastmath<contract> : f32
                llvm.store %v2532, %v43 : f32, !llvm.ptr
                %v2533 = llvm.load %v44 : !llvm.ptr -> f32
                %v2534 = arith.addf %v2533, %v2513 fastmath<contract> : f32
                llvm.store %v2534, %v44 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2539 = arith.index_cast %v13 : i64 to index
          %v2540 = arith.index_cast %v2538 : i64 to index
          %v2541 = arith.index_cast %v159 : i64 to index
          scf.for %v2542 = %v2539 to %v2540 step %v2541 {
            %v2543 = arith.index_cast %v2542 : index to i64
            %v2544 = arith.remui %v2543, %v15 : i64
            %v2545 = arith.divui %v2543, %v15 : i64
            %v2546 = arith.muli %v378, %v371 : i64
            %v2547 = arith.divui %v2544, %v22 : i64
            %v2548 = arith.addi %v2546, %v2547 : i64
            %v2549 = arith.cmpi slt, %v2548, %v156 : i64
            %v2550 = arith.subi %v156, %v2 : i64
            %v2551 = arith.subi %v2550, %v2548 : i64
            %v2552 = arith.remui %v2544, %v22 : i64
            %v2553 = arith.subi %v104, %v2552 : i64
            %v2554 = arith.muli %v2551, %v22 : i64
            %v2555 = arith.addi %v2554, %v2553 : i64
            %v2556 = arith.cmpi slt, %v2555, %v154 : i64
            %v2557 = arith.andi %v2549, %v2556 : i1
            scf.if %v2557 {
              %v2558 = arith.addi %v152, %v2555 : i64
              %v2559 = arith.muli %v57, %v1 : i64
              %v2560 = arith.addi %v2559, %v2545 : i64
              %v2561 = arith.muli %v2560, %v964 : i64
              %v2562 = arith.addi %v2561, %v2544 : i64
              %v2563 = llvm.getelementptr %v48[%v2562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2564 = llvm.load %v2563 : !llvm.ptr -> f32
              %v2565 = arith.muli %v2, %v1 : i64
              %v2566 = arith.addi %v2565, %v2545 : i64
              %v2567 = arith.muli %v2566, %v964 : i64
              %v2568 = arith.addi %v2567, %v2544 : i64
              %v2569 = llvm.getelementptr %v48[%v2568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2570 = llvm.load %v2569 : !llvm.ptr -> f32
              %v2571 = arith.addf %v2564, %v2570 fastmath<contract> : f32
              %v2572 = arith.muli %v571, %v1 : i64
              %v2573 = arith.addi %v2572, %v2545 : i64
              %v2574 = arith.muli %v2573, %v964 : i64
              %v2575 = arith.addi %v2574, %v2544 : i64
              %v2576 = llvm.getelementptr %v48[%v2575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2577 = llvm.load %v2576 : !llvm.ptr -> f32
              %v2578 = arith.addf %v2571, %v2577 fastmath<contract> : f32
              %v2579 = arith.muli %v370, %v1 : i64
              %v2580 = arith.addi %v2579, %v2545 : i64
              %v2581 = arith.muli %v2580, %v964 : i64
              %v2582 = arith.addi %v2581, %v2544 : i64
              %v2583 = llvm.getelementptr %v48[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2584 = llvm.load %v2583 : !llvm.ptr -> f32
              %v2585 = arith.addf %v2578, %v2584 fastmath<contract> : f32
              %v2586 = arith.muli %v371, %v1 : i64
              %v2587 = arith.addi %v2586, %v2545 : i64
              %v2588 = arith.muli %v2587, %v964 : i64
              %v2589 = arith.addi %v2588, %v2544 : i64
              %v2590 = llvm.getelementptr %v48[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2591 = llvm.load %v2590 : !llvm.ptr -> f32
              %v2592 = arith.addf %v2585, %v2591 fastmath<contract> : f32
              %v2593 = arith.muli %v701, %v1 : i64
              %v2594 = arith.addi %v2593, %v2545 : i64
              %v2595 = arith.muli %v2594, %v964 : i64
              %v2596 = arith.addi %v2595, %v2544 : i64
              %v2597 = llvm.getelementptr %v48[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2598 = llvm.load %v2597 : !llvm.ptr -> f32
              %v2599 = arith.addf %v2592, %v2598 fastmath<contract> : f32
              %v2600 = arith.muli %v745, %v1 : i64
              %v2601 = arith.addi %v2600, %v2545 : i64
              %v2602 = arith.muli %v2601, %v964 : i64
              %v2603 = arith.addi %v2602, %v2544 : i64
              %v2604 = llvm.getelementptr %v48[%v2603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2605 = llvm.load %v2604 : !llvm.ptr -> f32
              %v2606 = arith.addf %v2599, %v2605 fastmath<contract> : f32
              %v2607 = arith.muli %v104, %v1 : i64
              %v2608 = arith.addi %v2607, %v2545 : i64
              %v2609 = arith.muli %v2608, %v964 : i64
              %v2610 = arith.addi %v2609, %v2544 : i64
              %v2611 = llvm.getelementptr %v48[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
              %v2613 = arith.addf %v2606, %v2612 fastmath<contract> : f32
              %v2614 = arith.remui %v2545, %v1 : i64
              %v2615 = arith.divui %v2545, %v1 : i64
              %v2616 = arith.muli %v35, %v172 : i64
              %v2617 = arith.muli %v2614, %v171 : i64
              %v2618 = arith.addi %v2616, %v2617 : i64
              %v2619 = arith.muli %v2558, %v2 : i64
              %v2620 = arith.addi %v2618, %v2619 : i64
              %v2621 = arith.muli %v21, %v2537 : i64
              %v2622 = arith.addi %v2621, %v2620 : i64
              %v2623 = llvm.getelementptr %part_Bm[%v2622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2613, %v2623 : f32, !llvm.ptr
            }
          }
          %v2627 = arith.index_cast %v13 : i64 to index
          %v2628 = arith.index_cast %v2538 : i64 to index
          %v2629 = arith.index_cast %v159 : i64 to index
          scf.for %v2630 = %v2627 to %v2628 step %v2629 {
            %v2631 = arith.index_cast %v2630 : index to i64
            %v2632 = arith.remui %v2631, %v15 : i64
            %v2633 = arith.divui %v2631, %v15 : i64
            %v2634 = arith.muli %v378, %v371 : i64
            %v2635 = arith.divui %v2632, %v22 : i64
            %v2636 = arith.addi %v2634, %v2635 : i64
            %v2637 = arith.cmpi slt, %v2636, %v156 : i64
            %v2638 = arith.subi %v156, %v2 : i64
            %v2639 = arith.subi %v2638, %v2636 : i64
            %v2640 = arith.remui %v2632, %v22 : i64
            %v2641 = arith.subi %v104, %v2640 : i64
            %v2642 = arith.muli %v2639, %v22 : i64
            %v2643 = arith.addi %v2642, %v2641 : i64
            %v2644 = arith.cmpi slt, %v2643, %v154 : i64
            %v2645 = arith.andi %v2637, %v2644 : i1
            scf.if %v2645 {
              %v2646 = arith.addi %v152, %v2643 : i64
              %v2647 = arith.muli %v57, %v1 : i64
              %v2648 = arith.addi %v2647, %v2633 : i64
              %v2649 = arith.muli %v2648, %v964 : i64
              %v2650 = arith.addi %v2649, %v2632 : i64
              %v2651 = llvm.getelementptr %v50[%v2650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2652 = llvm.load %v2651 : !llvm.ptr -> f32
              %v2653 = arith.muli %v2, %v1 : i64
              %v2654 = arith.addi %v2653, %v2633 : i64
              %v2655 = arith.muli %v2654, %v964 : i64
              %v2656 = arith.addi %v2655, %v2632 : i64
              %v2657 = llvm.getelementptr %v50[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
              %v2659 = arith.addf %v2652, %v2658 fastmath<contract> : f32
              %v2660 = arith.muli %v571, %v1 : i64
              %v2661 = arith.addi %v2660, %v2633 : i64
              %v2662 = arith.muli %v2661, %v964 : i64
              %v2663 = arith.addi %v2662, %v2632 : i64
              %v2664 = llvm.getelementptr %v50[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
              %v2666 = arith.addf %v2659, %v2665 fastmath<contract> : f32
              %v2667 = arith.muli %v370, %v1 : i64
              %v2668 = arith.addi %v2667, %v2633 : i64
              %v2669 = arith.muli %v2668, %v964 : i64
              %v2670 = arith.addi %v2669, %v2632 : i64
              %v2671 = llvm.getelementptr %v50[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
              %v2673 = arith.addf %v2666, %v2672 fastmath<contract> : f32
              %v2674 = arith.muli %v371, %v1 : i64
              %v2675 = arith.addi %v2674, %v2633 : i64
              %v2676 = arith.muli %v2675, %v964 : i64
              %v2677 = arith.addi %v2676, %v2632 : i64
              %v2678 = llvm.getelementptr %v50[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2679 = llvm.load %v2678 : !llvm.ptr -> f32
              %v2680 = arith.addf %v2673, %v2679 fastmath<contract> : f32
              %v2681 = arith.muli %v701, %v1 : i64
              %v2682 = arith.addi %v2681, %v2633 : i64
              %v2683 = arith.muli %v2682, %v964 : i64
              %v2684 = arith.addi %v2683, %v2632 : i64
              %v2685 = llvm.getelementptr %v50[%v2684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
              %v2687 = arith.addf %v2680, %v2686 fastmath<contract> : f32
              %v2688 = arith.muli %v745, %v1 : i64
              %v2689 = arith.addi %v2688, %v2633 : i64
              %v2690 = arith.muli %v2689, %v964 : i64
              %v2691 = arith.addi %v2690, %v2632 : i64
              %v2692 = llvm.getelementptr %v50[%v2691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2693 = llvm.load %v2692 : !llvm.ptr -> f32
              %v2694 = arith.addf %v2687, %v2693 fastmath<contract> : f32
              %v2695 = arith.muli %v104, %v1 : i64
              %v2696 = arith.addi %v2695, %v2633 : i64
              %v2697 = arith.muli %v2696, %v964 : i64
              %v2698 = arith.addi %v2697, %v2632 : i64
              %v2699 = llvm.getelementptr %v50[%v2698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2700 = llvm.load %v2699 : !llvm.ptr -> f32
              %v2701 = arith.addf %v2694, %v2700 fastmath<contract> : f32
              %v2702 = arith.remui %v2633, %v1 : i64
              %v2703 = arith.divui %v2633, %v1 : i64
              %v2704 = arith.muli %v35, %v172 : i64
              %v2705 = arith.muli %v2702, %v171 : i64
              %v2706 = arith.addi %v2704, %v2705 : i64
              %v2707 = arith.muli %v2646, %v2 : i64
              %v2708 = arith.addi %v2706, %v2707 : i64
              %v2709 = arith.muli %v21, %v2626 : i64
              %v2710 = arith.addi %v2709, %v2708 : i64
              %v2711 = llvm.getelementptr %part_Cm[%v2710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2701, %v2711 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2712 = arith.constant true
      scf.if %v2712 {
        %v2713 = llvm.load %v37 : !llvm.ptr -> f32
        %v2714 = llvm.load %v39 : !llvm.ptr -> f32
        %v2715 = arith.mulf %v2714, %v2713 fastmath<contract> : f32
        %v2716 = llvm.load %v45 : !llvm.ptr -> f32
        %v2717 = arith.addf %v2716, %v2715 fastmath<contract> : f32
        llvm.store %v2717, %v45 : f32, !llvm.ptr
        %v2718 = llvm.load %v38 : !llvm.ptr -> f32
        %v2719 = llvm.load %v40 : !llvm.ptr -> f32
        %v2720 = arith.mulf %v2719, %v2718 fastmath<contract> : f32
        %v2721 = llvm.load %v46 : !llvm.ptr -> f32
        %v2722 = arith.addf %v2721, %v2720 fastmath<contract> : f32
        llvm.store %v2722, %v46 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v2723 = llvm.load %v41 : !llvm.ptr -> f32
        %v2724 = arith.addi %v57, %v23 : i64
        %v2725 = arith.muli %v29, %v1 : i64
        %v2726 = arith.addi %v2725, %v2724 : i64
        %v2727 = llvm.getelementptr %part_A[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2723, %v2727 : f32, !llvm.ptr
        %v2728 = llvm.load %v42 : !llvm.ptr -> f32
        %v2729 = arith.addi %v22, %v23 : i64
        %v2730 = arith.muli %v29, %v1 : i64
        %v2731 = arith.addi %v2730, %v2729 : i64
        %v2732 = llvm.getelementptr %part_A[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2728, %v2732 : f32, !llvm.ptr
      }
      %v2733 = llvm.load %v43 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2734, %v2735 = gpu.shuffle xor %v2733, %v1235, %v323 : f32
      %v2736 = arith.addf %v2733, %v2734 fastmath<contract> : f32
      %v2737, %v2738 = gpu.shuffle xor %v2736, %v1636, %v323 : f32
      %v2739 = arith.addf %v2736, %v2737 fastmath<contract> : f32
      %v2740, %v2741 = gpu.shuffle xor %v2739, %v1442, %v323 : f32
      %v2742 = arith.addf %v2739, %v2740 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2742, %v43 : f32, !llvm.ptr
      %v2743 = arith.cmpi eq, %v23, %v57 : i64
      %v2744 = arith.andi %v27, %v2743 : i1
      scf.if %v2744 {
        %v2745 = llvm.load %v43 : !llvm.ptr -> f32
        %v2746 = arith.muli %v29, %v2 : i64
        %v2747 = arith.addi %v2746, %v57 : i64
        %v2748 = llvm.getelementptr %part_Dskip[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2745, %v2748 : f32, !llvm.ptr
      }
      %v2749 = llvm.load %v44 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2750, %v2751 = gpu.shuffle xor %v2749, %v1235, %v323 : f32
      %v2752 = arith.addf %v2749, %v2750 fastmath<contract> : f32
      %v2753, %v2754 = gpu.shuffle xor %v2752, %v1636, %v323 : f32
      %v2755 = arith.addf %v2752, %v2753 fastmath<contract> : f32
      %v2756, %v2757 = gpu.shuffle xor %v2755, %v1442, %v323 : f32
      %v2758 = arith.addf %v2755, %v2756 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2758, %v44 : f32, !llvm.ptr
      %v2759 = arith.cmpi eq, %v23, %v57 : i64
      %v2760 = arith.andi %v27, %v2759 : i1
      scf.if %v2760 {
        %v2761 = llvm.load %v44 : !llvm.ptr -> f32
        %v2762 = arith.muli %v29, %v2 : i64
        %v2763 = arith.addi %v2762, %v57 : i64
        %v2764 = llvm.getelementptr %part_dt_bias[%v2763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2761, %v2764 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v2765 = llvm.load %v45 : !llvm.ptr -> f32
        %v2766 = arith.muli %v35, %v60 : i64
        %v2767 = arith.muli %v33, %v59 : i64
        %v2768 = arith.addi %v2766, %v2767 : i64
        %v2769 = arith.muli %v23, %v2 : i64
        %v2770 = arith.addi %v2768, %v2769 : i64
        %v2771 = llvm.getelementptr %dx_h0[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2765, %v2771 : f32, !llvm.ptr
        %v2772 = llvm.load %v46 : !llvm.ptr -> f32
        %v2773 = arith.muli %v35, %v60 : i64
        %v2774 = arith.muli %v33, %v59 : i64
        %v2775 = arith.addi %v2773, %v2774 : i64
        %v2776 = arith.constant 8 : i64
        %v2777 = arith.addi %v2776, %v23 : i64
        %v2778 = arith.muli %v2777, %v2 : i64
        %v2779 = arith.addi %v2775, %v2778 : i64
        %v2780 = llvm.getelementptr %dx_h0[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2772, %v2780 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
