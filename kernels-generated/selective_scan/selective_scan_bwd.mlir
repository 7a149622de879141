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
      %v920 = arith.constant 1 : i32
      %v924 = arith.constant 2 : i32
      %v928 = arith.constant 4 : i32
      %v1013 = arith.constant 8 : i32
      %v1017 = arith.constant 16 : i32
      %v1027 = arith.constant 33 : i64
      %v2848 = arith.muli %v2, %size_B : i64
      %v2849 = arith.muli %v2848, %v1 : i64
      %v2850 = arith.muli %v2849, %size_L : i64
      %v2851 = arith.constant 512 : i64
      %v2937 = arith.muli %v2, %size_B : i64
      %v2938 = arith.muli %v2937, %v1 : i64
      %v2939 = arith.muli %v2938, %size_L : i64
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
          %v277 = llvm.call_intrinsic "llvm.exp2.f32"(%v276) : (f32) -> f32
          %v278 = arith.addf %v56, %v277 fastmath<contract> : f32
          %v279 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v278) : (f32) -> f32
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
              %v337 = llvm.call_intrinsic "llvm.exp2.f32"(%v336) : (f32) -> f32
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
              %v356 = llvm.call_intrinsic "llvm.exp2.f32"(%v355) : (f32) -> f32
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
              %v427 = llvm.call_intrinsic "llvm.exp2.f32"(%v426) : (f32) -> f32
              %v428 = arith.addf %v56, %v427 fastmath<contract> : f32
              %v429 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v428) : (f32) -> f32
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
              %v465 = llvm.call_intrinsic "llvm.exp2.f32"(%v464) : (f32) -> f32
              %v466 = arith.addf %v56, %v465 fastmath<contract> : f32
              %v467 = arith.divf %v56, %v466 : f32
              %v468 = arith.mulf %v462, %v467 fastmath<contract> : f32
              %v469 = arith.negf %v462 : f32
              %v470 = arith.mulf %v469, %v275 fastmath<contract> : f32
              %v471 = llvm.call_intrinsic "llvm.exp2.f32"(%v470) : (f32) -> f32
              %v472 = arith.addf %v56, %v471 fastmath<contract> : f32
              %v473 = arith.divf %v56, %v472 : f32
              %v474 = arith.subf %v56, %v473 fastmath<contract> : f32
              %v475 = arith.mulf %v462, %v474 fastmath<contract> : f32
              %v476 = arith.addf %v56, %v475 fastmath<contract> : f32
              %v477 = arith.mulf %v473, %v476 fastmath<contract> : f32
              %v478 = arith.negf %v422 : f32
              %v479 = arith.mulf %v478, %v275 fastmath<contract> : f32
              %v480 = llvm.call_intrinsic "llvm.exp2.f32"(%v479) : (f32) -> f32
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
              %v497 = llvm.call_intrinsic "llvm.exp2.f32"(%v496) : (f32) -> f32
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
              %v515 = llvm.call_intrinsic "llvm.exp2.f32"(%v514) : (f32) -> f32
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
              %v540 = llvm.call_intrinsic "llvm.exp2.f32"(%v539) : (f32) -> f32
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
              %v558 = llvm.call_intrinsic "llvm.exp2.f32"(%v557) : (f32) -> f32
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
              %v584 = llvm.call_intrinsic "llvm.exp2.f32"(%v583) : (f32) -> f32
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
              %v602 = llvm.call_intrinsic "llvm.exp2.f32"(%v601) : (f32) -> f32
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
              %v627 = llvm.call_intrinsic "llvm.exp2.f32"(%v626) : (f32) -> f32
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
              %v645 = llvm.call_intrinsic "llvm.exp2.f32"(%v644) : (f32) -> f32
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
              %v670 = llvm.call_intrinsic "llvm.exp2.f32"(%v669) : (f32) -> f32
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
              %v688 = llvm.call_intrinsic "llvm.exp2.f32"(%v687) : (f32) -> f32
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
              %v714 = llvm.call_intrinsic "llvm.exp2.f32"(%v713) : (f32) -> f32
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
              %v732 = llvm.call_intrinsic "llvm.exp2.f32"(%v731) : (f32) -> f32
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
              %v758 = llvm.call_intrinsic "llvm.exp2.f32"(%v757) : (f32) -> f32
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
              %v776 = llvm.call_intrinsic "llvm.exp2.f32"(%v775) : (f32) -> f32
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
              %v801 = llvm.call_intrinsic "llvm.exp2.f32"(%v800) : (f32) -> f32
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
              %v819 = llvm.call_intrinsic "llvm.exp2.f32"(%v818) : (f32) -> f32
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
              %v833 = arith.addi %v387, %v104 : i64
              %v834 = arith.cmpi slt, %v833, %v154 : i64
              %v835, %v836 = gpu.shuffle idx %v447, %v140, %v321 : f32
              %v837, %v838 = gpu.shuffle idx %v455, %v140, %v321 : f32
              %v839, %v840 = gpu.shuffle idx %v468, %v140, %v321 : f32
              %v841, %v842 = gpu.shuffle idx %v477, %v140, %v321 : f32
              %v843, %v844 = gpu.shuffle idx %v482, %v140, %v321 : f32
              %v845 = arith.addi %v389, %v57 : i64
              scf.if %v834 {
                %v846 = arith.addi %v152, %v833 : i64
                %v847 = arith.muli %v23, %v181 : i64
                %v848 = arith.subi %v846, %v152 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = llvm.getelementptr %v54[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.muli %v35, %v260 : i64
                %v853 = arith.muli %v33, %v259 : i64
                %v854 = arith.addi %v852, %v853 : i64
                %v855 = arith.muli %v846, %v2 : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = llvm.getelementptr %dy_y[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v858 = llvm.load %v857 : !llvm.ptr -> f32
                %v859 = arith.mulf %v839, %v858 fastmath<contract> : f32
                %v860 = arith.mulf %v851, %v859 fastmath<contract> : f32
                %v861 = llvm.load %v37 : !llvm.ptr -> f32
                %v862 = llvm.load %v39 : !llvm.ptr -> f32
                %v863 = arith.mulf %v862, %v861 fastmath<contract> : f32
                %v864 = arith.addf %v860, %v863 fastmath<contract> : f32
                llvm.store %v864, %v37 : f32, !llvm.ptr
                %v865 = arith.constant 8 : i64
                %v866 = arith.addi %v865, %v23 : i64
                %v867 = arith.muli %v866, %v181 : i64
                %v868 = arith.subi %v846, %v152 : i64
                %v869 = arith.addi %v867, %v868 : i64
                %v870 = llvm.getelementptr %v54[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v871 = llvm.load %v870 : !llvm.ptr -> f32
                %v872 = arith.mulf %v871, %v859 fastmath<contract> : f32
                %v873 = llvm.load %v38 : !llvm.ptr -> f32
                %v874 = llvm.load %v40 : !llvm.ptr -> f32
                %v875 = arith.mulf %v874, %v873 fastmath<contract> : f32
                %v876 = arith.addf %v872, %v875 fastmath<contract> : f32
                llvm.store %v876, %v38 : f32, !llvm.ptr
                %v877 = arith.subi %size_L, %v2 : i64
                %v878 = arith.cmpi eq, %v846, %v877 : i64
                scf.if %v878 {
                  %v879 = arith.muli %v35, %v60 : i64
                  %v880 = arith.muli %v33, %v59 : i64
                  %v881 = arith.addi %v879, %v880 : i64
                  %v882 = arith.muli %v23, %v2 : i64
                  %v883 = arith.addi %v881, %v882 : i64
                  %v884 = llvm.getelementptr %dy_h_last[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v885 = llvm.load %v884 : !llvm.ptr -> f32
                  %v886 = llvm.load %v37 : !llvm.ptr -> f32
                  %v887 = arith.addf %v886, %v885 fastmath<contract> : f32
                  llvm.store %v887, %v37 : f32, !llvm.ptr
                  %v888 = arith.muli %v35, %v60 : i64
                  %v889 = arith.muli %v33, %v59 : i64
                  %v890 = arith.addi %v888, %v889 : i64
                  %v891 = arith.constant 8 : i64
                  %v892 = arith.addi %v891, %v23 : i64
                  %v893 = arith.muli %v892, %v2 : i64
                  %v894 = arith.addi %v890, %v893 : i64
                  %v895 = llvm.getelementptr %dy_h_last[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v896 = llvm.load %v895 : !llvm.ptr -> f32
                  %v897 = llvm.load %v38 : !llvm.ptr -> f32
                  %v898 = arith.addf %v897, %v896 fastmath<contract> : f32
                  llvm.store %v898, %v38 : f32, !llvm.ptr
                }
                %v899 = arith.muli %v33, %v2 : i64
                %v900 = llvm.getelementptr %in_Dskip[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v901 = llvm.load %v900 : !llvm.ptr -> f32
                %v902 = arith.mulf %v901, %v859 fastmath<contract> : f32
                %v903 = arith.muli %v23, %v181 : i64
                %v904 = arith.subi %v846, %v152 : i64
                %v905 = arith.addi %v903, %v904 : i64
                %v906 = llvm.getelementptr %v52[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v907 = llvm.load %v906 : !llvm.ptr -> f32
                %v908 = llvm.load %v37 : !llvm.ptr -> f32
                %v909 = arith.mulf %v907, %v908 fastmath<contract> : f32
                %v910 = arith.constant 8 : i64
                %v911 = arith.addi %v910, %v23 : i64
                %v912 = arith.muli %v911, %v181 : i64
                %v913 = arith.subi %v846, %v152 : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = llvm.getelementptr %v52[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v916 = llvm.load %v915 : !llvm.ptr -> f32
                %v917 = llvm.load %v38 : !llvm.ptr -> f32
                %v918 = arith.mulf %v916, %v917 fastmath<contract> : f32
                %v919 = arith.addf %v909, %v918 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v921, %v922 = gpu.shuffle xor %v919, %v920, %v321 : f32
                %v923 = arith.addf %v919, %v921 fastmath<contract> : f32
                %v925, %v926 = gpu.shuffle xor %v923, %v924, %v321 : f32
                %v927 = arith.addf %v923, %v925 fastmath<contract> : f32
                %v929, %v930 = gpu.shuffle xor %v927, %v928, %v321 : f32
                %v931 = arith.addf %v927, %v929 fastmath<contract> : f32
                // end sum over the lanes
                %v932 = arith.mulf %v835, %v931 fastmath<contract> : f32
                %v933 = arith.addf %v902, %v932 fastmath<contract> : f32
                %v934 = arith.cmpi eq, %v23, %v104 : i64
                %v935 = llvm.load %v830 : !llvm.ptr -> f32
                %v936 = arith.select %v934, %v933, %v935 : f32
                llvm.store %v936, %v830 : f32, !llvm.ptr
                %v937 = arith.muli %v35, %v260 : i64
                %v938 = arith.muli %v33, %v259 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = arith.muli %v846, %v2 : i64
                %v941 = arith.addi %v939, %v940 : i64
                %v942 = llvm.getelementptr %in_u[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v943 = llvm.load %v942 : !llvm.ptr -> f32
                %v944 = arith.mulf %v943, %v931 fastmath<contract> : f32
                %v945 = arith.muli %v33, %v329 : i64
                %v946 = arith.muli %v23, %v2 : i64
                %v947 = arith.addi %v945, %v946 : i64
                %v948 = llvm.getelementptr %in_A[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v949 = llvm.load %v948 : !llvm.ptr -> f32
                %v950 = arith.mulf %v835, %v949 fastmath<contract> : f32
                %v951 = arith.mulf %v950, %v275 fastmath<contract> : f32
                %v952 = llvm.call_intrinsic "llvm.exp2.f32"(%v951) : (f32) -> f32
                %v953 = arith.mulf %v766, %v908 fastmath<contract> : f32
                %v954 = arith.mulf %v949, %v953 fastmath<contract> : f32
                %v955 = arith.mulf %v952, %v954 fastmath<contract> : f32
                %v956 = arith.muli %v33, %v329 : i64
                %v957 = arith.constant 8 : i64
                %v958 = arith.addi %v957, %v23 : i64
                %v959 = arith.muli %v958, %v2 : i64
                %v960 = arith.addi %v956, %v959 : i64
                %v961 = llvm.getelementptr %in_A[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v962 = llvm.load %v961 : !llvm.ptr -> f32
                %v963 = arith.mulf %v835, %v962 fastmath<contract> : f32
                %v964 = arith.mulf %v963, %v275 fastmath<contract> : f32
                %v965 = llvm.call_intrinsic "llvm.exp2.f32"(%v964) : (f32) -> f32
                %v966 = arith.mulf %v786, %v917 fastmath<contract> : f32
                %v967 = arith.mulf %v962, %v966 fastmath<contract> : f32
                %v968 = arith.mulf %v965, %v967 fastmath<contract> : f32
                %v969 = arith.addf %v955, %v968 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v970, %v971 = gpu.shuffle xor %v969, %v920, %v321 : f32
                %v972 = arith.addf %v969, %v970 fastmath<contract> : f32
                %v973, %v974 = gpu.shuffle xor %v972, %v924, %v321 : f32
                %v975 = arith.addf %v972, %v973 fastmath<contract> : f32
                %v976, %v977 = gpu.shuffle xor %v975, %v928, %v321 : f32
                %v978 = arith.addf %v975, %v976 fastmath<contract> : f32
                // end sum over the lanes
                %v979 = arith.addf %v944, %v978 fastmath<contract> : f32
                %v980 = arith.mulf %v979, %v843 fastmath<contract> : f32
                %v981 = arith.cmpi eq, %v23, %v104 : i64
                %v982 = llvm.load %v831 : !llvm.ptr -> f32
                %v983 = arith.select %v981, %v980, %v982 : f32
                llvm.store %v983, %v831 : f32, !llvm.ptr
                %v984 = arith.mulf %v851, %v809 fastmath<contract> : f32
                %v985 = arith.mulf %v871, %v829 fastmath<contract> : f32
                %v986 = arith.addf %v984, %v985 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v987, %v988 = gpu.shuffle xor %v986, %v920, %v321 : f32
                %v989 = arith.addf %v986, %v987 fastmath<contract> : f32
                %v990, %v991 = gpu.shuffle xor %v989, %v924, %v321 : f32
                %v992 = arith.addf %v989, %v990 fastmath<contract> : f32
                %v993, %v994 = gpu.shuffle xor %v992, %v928, %v321 : f32
                %v995 = arith.addf %v992, %v993 fastmath<contract> : f32
                // end sum over the lanes
                %v996 = arith.mulf %v943, %v901 fastmath<contract> : f32
                %v997 = arith.addf %v995, %v996 fastmath<contract> : f32
                %v998 = arith.mulf %v997, %v858 fastmath<contract> : f32
                %v999 = arith.mulf %v998, %v841 fastmath<contract> : f32
                %v1000 = arith.cmpi eq, %v23, %v104 : i64
                %v1001 = llvm.load %v832 : !llvm.ptr -> f32
                %v1002 = arith.select %v1000, %v999, %v1001 : f32
                llvm.store %v1002, %v832 : f32, !llvm.ptr
                %v1003 = arith.mulf %v952, %v953 fastmath<contract> : f32
                %v1004 = arith.mulf %v835, %v1003 fastmath<contract> : f32
                %v1005 = llvm.load %v41 : !llvm.ptr -> f32
                %v1006 = arith.addf %v1005, %v1004 fastmath<contract> : f32
                llvm.store %v1006, %v41 : f32, !llvm.ptr
                %v1007 = arith.mulf %v965, %v966 fastmath<contract> : f32
                %v1008 = arith.mulf %v835, %v1007 fastmath<contract> : f32
                %v1009 = llvm.load %v42 : !llvm.ptr -> f32
                %v1010 = arith.addf %v1009, %v1008 fastmath<contract> : f32
                llvm.store %v1010, %v42 : f32, !llvm.ptr
                %v1011 = arith.mulf %v837, %v908 fastmath<contract> : f32
                %v1012 = arith.select %v27, %v1011, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1014, %v1015 = gpu.shuffle xor %v1012, %v1013, %v321 : f32
                %v1016 = arith.addf %v1012, %v1014 fastmath<contract> : f32
                %v1018, %v1019 = gpu.shuffle xor %v1016, %v1017, %v321 : f32
                %v1020 = arith.addf %v1016, %v1018 fastmath<contract> : f32
                %v1021 = arith.divui %v13, %v15 : i64
                %v1022 = arith.remui %v13, %v15 : i64
                %v1023 = arith.cmpi ult, %v1022, %v22 : i64
                %v1024 = arith.addi %v57, %v23 : i64
                %v1025 = arith.muli %v1021, %v1 : i64
                %v1026 = arith.addi %v1025, %v1024 : i64
                %v1028 = arith.muli %v1026, %v1027 : i64
                %v1029 = arith.addi %v1028, %v845 : i64
                scf.if %v1023 {
                  %v1030 = llvm.getelementptr %v48[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1020, %v1030 : f32, !llvm.ptr
                }
                %v1031 = arith.mulf %v837, %v917 fastmath<contract> : f32
                %v1032 = arith.select %v27, %v1031, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1033, %v1034 = gpu.shuffle xor %v1032, %v1013, %v321 : f32
                %v1035 = arith.addf %v1032, %v1033 fastmath<contract> : f32
                %v1036, %v1037 = gpu.shuffle xor %v1035, %v1017, %v321 : f32
                %v1038 = arith.addf %v1035, %v1036 fastmath<contract> : f32
                %v1039 = arith.divui %v13, %v15 : i64
                %v1040 = arith.remui %v13, %v15 : i64
                %v1041 = arith.cmpi ult, %v1040, %v22 : i64
                %v1042 = arith.addi %v22, %v23 : i64
                %v1043 = arith.muli %v1039, %v1 : i64
                %v1044 = arith.addi %v1043, %v1042 : i64
                %v1045 = arith.muli %v1044, %v1027 : i64
                %v1046 = arith.addi %v1045, %v845 : i64
                scf.if %v1041 {
                  %v1047 = llvm.getelementptr %v48[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1038, %v1047 : f32, !llvm.ptr
                }
                %v1048 = arith.mulf %v809, %v859 fastmath<contract> : f32
                %v1049 = arith.select %v27, %v1048, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1050, %v1051 = gpu.shuffle xor %v1049, %v1013, %v321 : f32
                %v1052 = arith.addf %v1049, %v1050 fastmath<contract> : f32
                %v1053, %v1054 = gpu.shuffle xor %v1052, %v1017, %v321 : f32
                %v1055 = arith.addf %v1052, %v1053 fastmath<contract> : f32
                %v1056 = arith.divui %v13, %v15 : i64
                %v1057 = arith.remui %v13, %v15 : i64
                %v1058 = arith.cmpi ult, %v1057, %v22 : i64
                %v1059 = arith.addi %v57, %v23 : i64
                %v1060 = arith.muli %v1056, %v1 : i64
                %v1061 = arith.addi %v1060, %v1059 : i64
                %v1062 = arith.muli %v1061, %v1027 : i64
                %v1063 = arith.addi %v1062, %v845 : i64
                scf.if %v1058 {
                  %v1064 = llvm.getelementptr %v50[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1055, %v1064 : f32, !llvm.ptr
                }
                %v1065 = arith.mulf %v829, %v859 fastmath<contract> : f32
                %v1066 = arith.select %v27, %v1065, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1067, %v1068 = gpu.shuffle xor %v1066, %v1013, %v321 : f32
                %v1069 = arith.addf %v1066, %v1067 fastmath<contract> : f32
                %v1070, %v1071 = gpu.shuffle xor %v1069, %v1017, %v321 : f32
                %v1072 = arith.addf %v1069, %v1070 fastmath<contract> : f32
                %v1073 = arith.divui %v13, %v15 : i64
                %v1074 = arith.remui %v13, %v15 : i64
                %v1075 = arith.cmpi ult, %v1074, %v22 : i64
                %v1076 = arith.addi %v22, %v23 : i64
                %v1077 = arith.muli %v1073, %v1 : i64
                %v1078 = arith.addi %v1077, %v1076 : i64
                %v1079 = arith.muli %v1078, %v1027 : i64
                %v1080 = arith.addi %v1079, %v845 : i64
                scf.if %v1075 {
                  %v1081 = llvm.getelementptr %v50[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1072, %v1081 : f32, !llvm.ptr
                }
                %v1082 = arith.mulf %v943, %v859 fastmath<contract> : f32
                %v1083 = llvm.load %v43 : !llvm.ptr -> f32
                %v1084 = arith.addf %v1083, %v1082 fastmath<contract> : f32
                llvm.store %v1084, %v43 : f32, !llvm.ptr
                %v1085 = llvm.load %v44 : !llvm.ptr -> f32
                %v1086 = arith.addf %v1085, %v980 fastmath<contract> : f32
                llvm.store %v1086, %v44 : f32, !llvm.ptr
                llvm.store %v952, %v39 : f32, !llvm.ptr
                llvm.store %v965, %v40 : f32, !llvm.ptr
              }
              %v1087 = arith.addi %v387, %v743 : i64
              %v1088 = arith.cmpi slt, %v1087, %v154 : i64
              %v1089, %v1090 = gpu.shuffle idx %v447, %v136, %v321 : f32
              %v1091, %v1092 = gpu.shuffle idx %v455, %v136, %v321 : f32
              %v1093, %v1094 = gpu.shuffle idx %v468, %v136, %v321 : f32
              %v1095, %v1096 = gpu.shuffle idx %v477, %v136, %v321 : f32
              %v1097, %v1098 = gpu.shuffle idx %v482, %v136, %v321 : f32
              %v1099 = arith.addi %v389, %v2 : i64
              scf.if %v1088 {
                %v1100 = arith.addi %v152, %v1087 : i64
                %v1101 = arith.muli %v23, %v181 : i64
                %v1102 = arith.subi %v1100, %v152 : i64
                %v1103 = arith.addi %v1101, %v1102 : i64
                %v1104 = llvm.getelementptr %v54[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
                %v1106 = arith.muli %v35, %v260 : i64
                %v1107 = arith.muli %v33, %v259 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = arith.muli %v1100, %v2 : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = llvm.getelementptr %dy_y[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                %v1113 = arith.mulf %v1093, %v1112 fastmath<contract> : f32
                %v1114 = arith.mulf %v1105, %v1113 fastmath<contract> : f32
                %v1115 = llvm.load %v37 : !llvm.ptr -> f32
                %v1116 = llvm.load %v39 : !llvm.ptr -> f32
                %v1117 = arith.mulf %v1116, %v1115 fastmath<contract> : f32
                %v1118 = arith.addf %v1114, %v1117 fastmath<contract> : f32
                llvm.store %v1118, %v37 : f32, !llvm.ptr
                %v1119 = arith.constant 8 : i64
                %v1120 = arith.addi %v1119, %v23 : i64
                %v1121 = arith.muli %v1120, %v181 : i64
                %v1122 = arith.subi %v1100, %v152 : i64
                %v1123 = arith.addi %v1121, %v1122 : i64
                %v1124 = llvm.getelementptr %v54[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
                %v1126 = arith.mulf %v1125, %v1113 fastmath<contract> : f32
                %v1127 = llvm.load %v38 : !llvm.ptr -> f32
                %v1128 = llvm.load %v40 : !llvm.ptr -> f32
                %v1129 = arith.mulf %v1128, %v1127 fastmath<contract> : f32
                %v1130 = arith.addf %v1126, %v1129 fastmath<contract> : f32
                llvm.store %v1130, %v38 : f32, !llvm.ptr
                %v1131 = arith.subi %size_L, %v2 : i64
                %v1132 = arith.cmpi eq, %v1100, %v1131 : i64
                scf.if %v1132 {
                  %v1133 = arith.muli %v35, %v60 : i64
                  %v1134 = arith.muli %v33, %v59 : i64
                  %v1135 = arith.addi %v1133, %v1134 : i64
                  %v1136 = arith.muli %v23, %v2 : i64
                  %v1137 = arith.addi %v1135, %v1136 : i64
                  %v1138 = llvm.getelementptr %dy_h_last[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1139 = llvm.load %v1138 : !llvm.ptr -> f32
                  %v1140 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1141 = arith.addf %v1140, %v1139 fastmath<contract> : f32
                  llvm.store %v1141, %v37 : f32, !llvm.ptr
                  %v1142 = arith.muli %v35, %v60 : i64
                  %v1143 = arith.muli %v33, %v59 : i64
                  %v1144 = arith.addi %v1142, %v1143 : i64
                  %v1145 = arith.constant 8 : i64
                  %v1146 = arith.addi %v1145, %v23 : i64
                  %v1147 = arith.muli %v1146, %v2 : i64
                  %v1148 = arith.addi %v1144, %v1147 : i64
                  %v1149 = llvm.getelementptr %dy_h_last[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1150 = llvm.load %v1149 : !llvm.ptr -> f32
                  %v1151 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1152 = arith.addf %v1151, %v1150 fastmath<contract> : f32
                  llvm.store %v1152, %v38 : f32, !llvm.ptr
                }
                %v1153 = arith.muli %v33, %v2 : i64
                %v1154 = llvm.getelementptr %in_Dskip[%v1153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1155 = llvm.load %v1154 : !llvm.ptr -> f32
                %v1156 = arith.mulf %v1155, %v1113 fastmath<contract> : f32
                %v1157 = arith.muli %v23, %v181 : i64
                %v1158 = arith.subi %v1100, %v152 : i64
                %v1159 = arith.addi %v1157, %v1158 : i64
                %v1160 = llvm.getelementptr %v52[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
                %v1162 = llvm.load %v37 : !llvm.ptr -> f32
                %v1163 = arith.mulf %v1161, %v1162 fastmath<contract> : f32
                %v1164 = arith.constant 8 : i64
                %v1165 = arith.addi %v1164, %v23 : i64
                %v1166 = arith.muli %v1165, %v181 : i64
                %v1167 = arith.subi %v1100, %v152 : i64
                %v1168 = arith.addi %v1166, %v1167 : i64
                %v1169 = llvm.getelementptr %v52[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
                %v1171 = llvm.load %v38 : !llvm.ptr -> f32
                %v1172 = arith.mulf %v1170, %v1171 fastmath<contract> : f32
                %v1173 = arith.addf %v1163, %v1172 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1174, %v1175 = gpu.shuffle xor %v1173, %v920, %v321 : f32
                %v1176 = arith.addf %v1173, %v1174 fastmath<contract> : f32
                %v1177, %v1178 = gpu.shuffle xor %v1176, %v924, %v321 : f32
                %v1179 = arith.addf %v1176, %v1177 fastmath<contract> : f32
                %v1180, %v1181 = gpu.shuffle xor %v1179, %v928, %v321 : f32
                %v1182 = arith.addf %v1179, %v1180 fastmath<contract> : f32
                // end sum over the lanes
                %v1183 = arith.mulf %v1089, %v1182 fastmath<contract> : f32
                %v1184 = arith.addf %v1156, %v1183 fastmath<contract> : f32
                %v1185 = arith.cmpi eq, %v23, %v743 : i64
                %v1186 = llvm.load %v830 : !llvm.ptr -> f32
                %v1187 = arith.select %v1185, %v1184, %v1186 : f32
                llvm.store %v1187, %v830 : f32, !llvm.ptr
                %v1188 = arith.muli %v35, %v260 : i64
                %v1189 = arith.muli %v33, %v259 : i64
                %v1190 = arith.addi %v1188, %v1189 : i64
                %v1191 = arith.muli %v1100, %v2 : i64
                %v1192 = arith.addi %v1190, %v1191 : i64
                %v1193 = llvm.getelementptr %in_u[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                %v1195 = arith.mulf %v1194, %v1182 fastmath<contract> : f32
                %v1196 = arith.muli %v33, %v329 : i64
                %v1197 = arith.muli %v23, %v2 : i64
                %v1198 = arith.addi %v1196, %v1197 : i64
                %v1199 = llvm.getelementptr %in_A[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
                %v1201 = arith.mulf %v1089, %v1200 fastmath<contract> : f32
                %v1202 = arith.mulf %v1201, %v275 fastmath<contract> : f32
                %v1203 = llvm.call_intrinsic "llvm.exp2.f32"(%v1202) : (f32) -> f32
                %v1204 = arith.mulf %v722, %v1162 fastmath<contract> : f32
                %v1205 = arith.mulf %v1200, %v1204 fastmath<contract> : f32
                %v1206 = arith.mulf %v1203, %v1205 fastmath<contract> : f32
                %v1207 = arith.muli %v33, %v329 : i64
                %v1208 = arith.constant 8 : i64
                %v1209 = arith.addi %v1208, %v23 : i64
                %v1210 = arith.muli %v1209, %v2 : i64
                %v1211 = arith.addi %v1207, %v1210 : i64
                %v1212 = llvm.getelementptr %in_A[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1213 = llvm.load %v1212 : !llvm.ptr -> f32
                %v1214 = arith.mulf %v1089, %v1213 fastmath<contract> : f32
                %v1215 = arith.mulf %v1214, %v275 fastmath<contract> : f32
                %v1216 = llvm.call_intrinsic "llvm.exp2.f32"(%v1215) : (f32) -> f32
                %v1217 = arith.mulf %v742, %v1171 fastmath<contract> : f32
                %v1218 = arith.mulf %v1213, %v1217 fastmath<contract> : f32
                %v1219 = arith.mulf %v1216, %v1218 fastmath<contract> : f32
                %v1220 = arith.addf %v1206, %v1219 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1221, %v1222 = gpu.shuffle xor %v1220, %v920, %v321 : f32
                %v1223 = arith.addf %v1220, %v1221 fastmath<contract> : f32
                %v1224, %v1225 = gpu.shuffle xor %v1223, %v924, %v321 : f32
                %v1226 = arith.addf %v1223, %v1224 fastmath<contract> : f32
                %v1227, %v1228 = gpu.shuffle xor %v1226, %v928, %v321 : f32
                %v1229 = arith.addf %v1226, %v1227 fastmath<contract> : f32
                // end sum over the lanes
                %v1230 = arith.addf %v1195, %v1229 fastmath<contract> : f32
                %v1231 = arith.mulf %v1230, %v1097 fastmath<contract> : f32
                %v1232 = arith.cmpi eq, %v23, %v743 : i64
                %v1233 = llvm.load %v831 : !llvm.ptr -> f32
                %v1234 = arith.select %v1232, %v1231, %v1233 : f32
                llvm.store %v1234, %v831 : f32, !llvm.ptr
                %v1235 = arith.mulf %v1105, %v766 fastmath<contract> : f32
                %v1236 = arith.mulf %v1125, %v786 fastmath<contract> : f32
                %v1237 = arith.addf %v1235, %v1236 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1238, %v1239 = gpu.shuffle xor %v1237, %v920, %v321 : f32
                %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v924, %v321 : f32
                %v1243 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                %v1244, %v1245 = gpu.shuffle xor %v1243, %v928, %v321 : f32
                %v1246 = arith.addf %v1243, %v1244 fastmath<contract> : f32
                // end sum over the lanes
                %v1247 = arith.mulf %v1194, %v1155 fastmath<contract> : f32
                %v1248 = arith.addf %v1246, %v1247 fastmath<contract> : f32
                %v1249 = arith.mulf %v1248, %v1112 fastmath<contract> : f32
                %v1250 = arith.mulf %v1249, %v1095 fastmath<contract> : f32
                %v1251 = arith.cmpi eq, %v23, %v743 : i64
                %v1252 = llvm.load %v832 : !llvm.ptr -> f32
                %v1253 = arith.select %v1251, %v1250, %v1252 : f32
                llvm.store %v1253, %v832 : f32, !llvm.ptr
                %v1254 = arith.mulf %v1203, %v1204 fastmath<contract> : f32
                %v1255 = arith.mulf %v1089, %v1254 fastmath<contract> : f32
                %v1256 = llvm.load %v41 : !llvm.ptr -> f32
                %v1257 = arith.addf %v1256, %v1255 fastmath<contract> : f32
                llvm.store %v1257, %v41 : f32, !llvm.ptr
                %v1258 = arith.mulf %v1216, %v1217 fastmath<contract> : f32
                %v1259 = arith.mulf %v1089, %v1258 fastmath<contract> : f32
                %v1260 = llvm.load %v42 : !llvm.ptr -> f32
                %v1261 = arith.addf %v1260, %v1259 fastmath<contract> : f32
                llvm.store %v1261, %v42 : f32, !llvm.ptr
                %v1262 = arith.mulf %v1091, %v1162 fastmath<contract> : f32
                %v1263 = arith.select %v27, %v1262, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1264, %v1265 = gpu.shuffle xor %v1263, %v1013, %v321 : f32
                %v1266 = arith.addf %v1263, %v1264 fastmath<contract> : f32
                %v1267, %v1268 = gpu.shuffle xor %v1266, %v1017, %v321 : f32
                %v1269 = arith.addf %v1266, %v1267 fastmath<contract> : f32
                %v1270 = arith.divui %v13, %v15 : i64
                %v1271 = arith.remui %v13, %v15 : i64
                %v1272 = arith.cmpi ult, %v1271, %v22 : i64
                %v1273 = arith.addi %v57, %v23 : i64
                %v1274 = arith.muli %v1270, %v1 : i64
                %v1275 = arith.addi %v1274, %v1273 : i64
                %v1276 = arith.muli %v1275, %v1027 : i64
                %v1277 = arith.addi %v1276, %v1099 : i64
                scf.if %v1272 {
                  %v1278 = llvm.getelementptr %v48[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1269, %v1278 : f32, !llvm.ptr
                }
                %v1279 = arith.mulf %v1091, %v1171 fastmath<contract> : f32
                %v1280 = arith.select %v27, %v1279, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1281, %v1282 = gpu.shuffle xor %v1280, %v1013, %v321 : f32
                %v1283 = arith.addf %v1280, %v1281 fastmath<contract> : f32
                %v1284, %v1285 = gpu.shuffle xor %v1283, %v1017, %v321 : f32
                %v1286 = arith.addf %v1283, %v1284 fastmath<contract> : f32
                %v1287 = arith.divui %v13, %v15 : i64
                %v1288 = arith.remui %v13, %v15 : i64
                %v1289 = arith.cmpi ult, %v1288, %v22 : i64
                %v1290 = arith.addi %v22, %v23 : i64
                %v1291 = arith.muli %v1287, %v1 : i64
                %v1292 = arith.addi %v1291, %v1290 : i64
                %v1293 = arith.muli %v1292, %v1027 : i64
                %v1294 = arith.addi %v1293, %v1099 : i64
                scf.if %v1289 {
                  %v1295 = llvm.getelementptr %v48[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1286, %v1295 : f32, !llvm.ptr
                }
                %v1296 = arith.mulf %v766, %v1113 fastmath<contract> : f32
                %v1297 = arith.select %v27, %v1296, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1298, %v1299 = gpu.shuffle xor %v1297, %v1013, %v321 : f32
                %v1300 = arith.addf %v1297, %v1298 fastmath<contract> : f32
                %v1301, %v1302 = gpu.shuffle xor %v1300, %v1017, %v321 : f32
                %v1303 = arith.addf %v1300, %v1301 fastmath<contract> : f32
                %v1304 = arith.divui %v13, %v15 : i64
                %v1305 = arith.remui %v13, %v15 : i64
                %v1306 = arith.cmpi ult, %v1305, %v22 : i64
                %v1307 = arith.addi %v57, %v23 : i64
                %v1308 = arith.muli %v1304, %v1 : i64
                %v1309 = arith.addi %v1308, %v1307 : i64
                %v1310 = arith.muli %v1309, %v1027 : i64
                %v1311 = arith.addi %v1310, %v1099 : i64
                scf.if %v1306 {
                  %v1312 = llvm.getelementptr %v50[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1303, %v1312 : f32, !llvm.ptr
                }
                %v1313 = arith.mulf %v786, %v1113 fastmath<contract> : f32
                %v1314 = arith.select %v27, %v1313, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1315, %v1316 = gpu.shuffle xor %v1314, %v1013, %v321 : f32
                %v1317 = arith.addf %v1314, %v1315 fastmath<contract> : f32
                %v1318, %v1319 = gpu.shuffle xor %v1317, %v1017, %v321 : f32
                %v1320 = arith.addf %v1317, %v1318 fastmath<contract> : f32
                %v1321 = arith.divui %v13, %v15 : i64
                %v1322 = arith.remui %v13, %v15 : i64
                %v1323 = arith.cmpi ult, %v1322, %v22 : i64
                %v1324 = arith.addi %v22, %v23 : i64
                %v1325 = arith.muli %v1321, %v1 : i64
                %v1326 = arith.addi %v1325, %v1324 : i64
                %v1327 = arith.muli %v1326, %v1027 : i64
                %v1328 = arith.addi %v1327, %v1099 : i64
                scf.if %v1323 {
                  %v1329 = llvm.getelementptr %v50[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1320, %v1329 : f32, !llvm.ptr
                }
                %v1330 = arith.mulf %v1194, %v1113 fastmath<contract> : f32
                %v1331 = llvm.load %v43 : !llvm.ptr -> f32
                %v1332 = arith.addf %v1331, %v1330 fastmath<contract> : f32
                llvm.store %v1332, %v43 : f32, !llvm.ptr
                %v1333 = llvm.load %v44 : !llvm.ptr -> f32
                %v1334 = arith.addf %v1333, %v1231 fastmath<contract> : f32
                llvm.store %v1334, %v44 : f32, !llvm.ptr
                llvm.store %v1203, %v39 : f32, !llvm.ptr
                llvm.store %v1216, %v40 : f32, !llvm.ptr
              }
              %v1335 = arith.addi %v387, %v699 : i64
              %v1336 = arith.cmpi slt, %v1335, %v154 : i64
              %v1337, %v1338 = gpu.shuffle idx %v447, %v132, %v321 : f32
              %v1339, %v1340 = gpu.shuffle idx %v455, %v132, %v321 : f32
              %v1341, %v1342 = gpu.shuffle idx %v468, %v132, %v321 : f32
              %v1343, %v1344 = gpu.shuffle idx %v477, %v132, %v321 : f32
              %v1345, %v1346 = gpu.shuffle idx %v482, %v132, %v321 : f32
              %v1347 = arith.addi %v389, %v569 : i64
              scf.if %v1336 {
                %v1348 = arith.addi %v152, %v1335 : i64
                %v1349 = arith.muli %v23, %v181 : i64
                %v1350 = arith.subi %v1348, %v152 : i64
                %v1351 = arith.addi %v1349, %v1350 : i64
                %v1352 = llvm.getelementptr %v54[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
                %v1354 = arith.muli %v35, %v260 : i64
                %v1355 = arith.muli %v33, %v259 : i64
                %v1356 = arith.addi %v1354, %v1355 : i64
                %v1357 = arith.muli %v1348, %v2 : i64
                %v1358 = arith.addi %v1356, %v1357 : i64
                %v1359 = llvm.getelementptr %dy_y[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
                %v1361 = arith.mulf %v1341, %v1360 fastmath<contract> : f32
                %v1362 = arith.mulf %v1353, %v1361 fastmath<contract> : f32
                %v1363 = llvm.load %v37 : !llvm.ptr -> f32
                %v1364 = llvm.load %v39 : !llvm.ptr -> f32
                %v1365 = arith.mulf %v1364, %v1363 fastmath<contract> : f32
                %v1366 = arith.addf %v1362, %v1365 fastmath<contract> : f32
                llvm.store %v1366, %v37 : f32, !llvm.ptr
                %v1367 = arith.constant 8 : i64
                %v1368 = arith.addi %v1367, %v23 : i64
                %v1369 = arith.muli %v1368, %v181 : i64
                %v1370 = arith.subi %v1348, %v152 : i64
                %v1371 = arith.addi %v1369, %v1370 : i64
                %v1372 = llvm.getelementptr %v54[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
                %v1374 = arith.mulf %v1373, %v1361 fastmath<contract> : f32
                %v1375 = llvm.load %v38 : !llvm.ptr -> f32
                %v1376 = llvm.load %v40 : !llvm.ptr -> f32
                %v1377 = arith.mulf %v1376, %v1375 fastmath<contract> : f32
                %v1378 = arith.addf %v1374, %v1377 fastmath<contract> : f32
                llvm.store %v1378, %v38 : f32, !llvm.ptr
                %v1379 = arith.subi %size_L, %v2 : i64
                %v1380 = arith.cmpi eq, %v1348, %v1379 : i64
                scf.if %v1380 {
                  %v1381 = arith.muli %v35, %v60 : i64
                  %v1382 = arith.muli %v33, %v59 : i64
                  %v1383 = arith.addi %v1381, %v1382 : i64
                  %v1384 = arith.muli %v23, %v2 : i64
                  %v1385 = arith.addi %v1383, %v1384 : i64
                  %v1386 = llvm.getelementptr %dy_h_last[%v1385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
                  %v1388 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1389 = arith.addf %v1388, %v1387 fastmath<contract> : f32
                  llvm.store %v1389, %v37 : f32, !llvm.ptr
                  %v1390 = arith.muli %v35, %v60 : i64
                  %v1391 = arith.muli %v33, %v59 : i64
                  %v1392 = arith.addi %v1390, %v1391 : i64
                  %v1393 = arith.constant 8 : i64
                  %v1394 = arith.addi %v1393, %v23 : i64
                  %v1395 = arith.muli %v1394, %v2 : i64
                  %v1396 = arith.addi %v1392, %v1395 : i64
                  %v1397 = llvm.getelementptr %dy_h_last[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
                  %v1399 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1400 = arith.addf %v1399, %v1398 fastmath<contract> : f32
                  llvm.store %v1400, %v38 : f32, !llvm.ptr
                }
                %v1401 = arith.muli %v33, %v2 : i64
                %v1402 = llvm.getelementptr %in_Dskip[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
                %v1404 = arith.mulf %v1403, %v1361 fastmath<contract> : f32
                %v1405 = arith.muli %v23, %v181 : i64
                %v1406 = arith.subi %v1348, %v152 : i64
                %v1407 = arith.addi %v1405, %v1406 : i64
                %v1408 = llvm.getelementptr %v52[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                %v1410 = llvm.load %v37 : !llvm.ptr -> f32
                %v1411 = arith.mulf %v1409, %v1410 fastmath<contract> : f32
                %v1412 = arith.constant 8 : i64
                %v1413 = arith.addi %v1412, %v23 : i64
                %v1414 = arith.muli %v1413, %v181 : i64
                %v1415 = arith.subi %v1348, %v152 : i64
                %v1416 = arith.addi %v1414, %v1415 : i64
                %v1417 = llvm.getelementptr %v52[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
                %v1419 = llvm.load %v38 : !llvm.ptr -> f32
                %v1420 = arith.mulf %v1418, %v1419 fastmath<contract> : f32
                %v1421 = arith.addf %v1411, %v1420 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1422, %v1423 = gpu.shuffle xor %v1421, %v920, %v321 : f32
                %v1424 = arith.addf %v1421, %v1422 fastmath<contract> : f32
                %v1425, %v1426 = gpu.shuffle xor %v1424, %v924, %v321 : f32
                %v1427 = arith.addf %v1424, %v1425 fastmath<contract> : f32
                %v1428, %v1429 = gpu.shuffle xor %v1427, %v928, %v321 : f32
                %v1430 = arith.addf %v1427, %v1428 fastmath<contract> : f32
                // end sum over the lanes
                %v1431 = arith.mulf %v1337, %v1430 fastmath<contract> : f32
                %v1432 = arith.addf %v1404, %v1431 fastmath<contract> : f32
                %v1433 = arith.cmpi eq, %v23, %v699 : i64
                %v1434 = llvm.load %v830 : !llvm.ptr -> f32
                %v1435 = arith.select %v1433, %v1432, %v1434 : f32
                llvm.store %v1435, %v830 : f32, !llvm.ptr
                %v1436 = arith.muli %v35, %v260 : i64
                %v1437 = arith.muli %v33, %v259 : i64
                %v1438 = arith.addi %v1436, %v1437 : i64
                %v1439 = arith.muli %v1348, %v2 : i64
                %v1440 = arith.addi %v1438, %v1439 : i64
                %v1441 = llvm.getelementptr %in_u[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1442 = llvm.load %v1441 : !llvm.ptr -> f32
                %v1443 = arith.mulf %v1442, %v1430 fastmath<contract> : f32
                %v1444 = arith.muli %v33, %v329 : i64
                %v1445 = arith.muli %v23, %v2 : i64
                %v1446 = arith.addi %v1444, %v1445 : i64
                %v1447 = llvm.getelementptr %in_A[%v1446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
                %v1449 = arith.mulf %v1337, %v1448 fastmath<contract> : f32
                %v1450 = arith.mulf %v1449, %v275 fastmath<contract> : f32
                %v1451 = llvm.call_intrinsic "llvm.exp2.f32"(%v1450) : (f32) -> f32
                %v1452 = arith.mulf %v678, %v1410 fastmath<contract> : f32
                %v1453 = arith.mulf %v1448, %v1452 fastmath<contract> : f32
                %v1454 = arith.mulf %v1451, %v1453 fastmath<contract> : f32
                %v1455 = arith.muli %v33, %v329 : i64
                %v1456 = arith.constant 8 : i64
                %v1457 = arith.addi %v1456, %v23 : i64
                %v1458 = arith.muli %v1457, %v2 : i64
                %v1459 = arith.addi %v1455, %v1458 : i64
                %v1460 = llvm.getelementptr %in_A[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
                %v1462 = arith.mulf %v1337, %v1461 fastmath<contract> : f32
                %v1463 = arith.mulf %v1462, %v275 fastmath<contract> : f32
                %v1464 = llvm.call_intrinsic "llvm.exp2.f32"(%v1463) : (f32) -> f32
                %v1465 = arith.mulf %v698, %v1419 fastmath<contract> : f32
                %v1466 = arith.mulf %v1461, %v1465 fastmath<contract> : f32
                %v1467 = arith.mulf %v1464, %v1466 fastmath<contract> : f32
                %v1468 = arith.addf %v1454, %v1467 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1469, %v1470 = gpu.shuffle xor %v1468, %v920, %v321 : f32
                %v1471 = arith.addf %v1468, %v1469 fastmath<contract> : f32
                %v1472, %v1473 = gpu.shuffle xor %v1471, %v924, %v321 : f32
                %v1474 = arith.addf %v1471, %v1472 fastmath<contract> : f32
                %v1475, %v1476 = gpu.shuffle xor %v1474, %v928, %v321 : f32
                %v1477 = arith.addf %v1474, %v1475 fastmath<contract> : f32
                // end sum over the lanes
                %v1478 = arith.addf %v1443, %v1477 fastmath<contract> : f32
                %v1479 = arith.mulf %v1478, %v1345 fastmath<contract> : f32
                %v1480 = arith.cmpi eq, %v23, %v699 : i64
                %v1481 = llvm.load %v831 : !llvm.ptr -> f32
                %v1482 = arith.select %v1480, %v1479, %v1481 : f32
                llvm.store %v1482, %v831 : f32, !llvm.ptr
                %v1483 = arith.mulf %v1353, %v722 fastmath<contract> : f32
                %v1484 = arith.mulf %v1373, %v742 fastmath<contract> : f32
                %v1485 = arith.addf %v1483, %v1484 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1486, %v1487 = gpu.shuffle xor %v1485, %v920, %v321 : f32
                %v1488 = arith.addf %v1485, %v1486 fastmath<contract> : f32
                %v1489, %v1490 = gpu.shuffle xor %v1488, %v924, %v321 : f32
                %v1491 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                %v1492, %v1493 = gpu.shuffle xor %v1491, %v928, %v321 : f32
                %v1494 = arith.addf %v1491, %v1492 fastmath<contract> : f32
                // end sum over the lanes
                %v1495 = arith.mulf %v1442, %v1403 fastmath<contract> : f32
                %v1496 = arith.addf %v1494, %v1495 fastmath<contract> : f32
                %v1497 = arith.mulf %v1496, %v1360 fastmath<contract> : f32
                %v1498 = arith.mulf %v1497, %v1343 fastmath<contract> : f32
                %v1499 = arith.cmpi eq, %v23, %v699 : i64
                %v1500 = llvm.load %v832 : !llvm.ptr -> f32
                %v1501 = arith.select %v1499, %v1498, %v1500 : f32
                llvm.store %v1501, %v832 : f32, !llvm.ptr
                %v1502 = arith.mulf %v1451, %v1452 fastmath<contract> : f32
                %v1503 = arith.mulf %v1337, %v1502 fastmath<contract> : f32
                %v1504 = llvm.load %v41 : !llvm.ptr -> f32
                %v1505 = arith.addf %v1504, %v1503 fastmath<contract> : f32
                llvm.store %v1505, %v41 : f32, !llvm.ptr
                %v1506 = arith.mulf %v1464, %v1465 fastmath<contract> : f32
                %v1507 = arith.mulf %v1337, %v1506 fastmath<contract> : f32
                %v1508 = llvm.load %v42 : !llvm.ptr -> f32
                %v1509 = arith.addf %v1508, %v1507 fastmath<contract> : f32
                llvm.store %v1509, %v42 : f32, !llvm.ptr
                %v1510 = arith.mulf %v1339, %v1410 fastmath<contract> : f32
                %v1511 = arith.select %v27, %v1510, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1512, %v1513 = gpu.shuffle xor %v1511, %v1013, %v321 : f32
                %v1514 = arith.addf %v1511, %v1512 fastmath<contract> : f32
                %v1515, %v1516 = gpu.shuffle xor %v1514, %v1017, %v321 : f32
                %v1517 = arith.addf %v1514, %v1515 fastmath<contract> : f32
                %v1518 = arith.divui %v13, %v15 : i64
                %v1519 = arith.remui %v13, %v15 : i64
                %v1520 = arith.cmpi ult, %v1519, %v22 : i64
                %v1521 = arith.addi %v57, %v23 : i64
                %v1522 = arith.muli %v1518, %v1 : i64
                %v1523 = arith.addi %v1522, %v1521 : i64
                %v1524 = arith.muli %v1523, %v1027 : i64
                %v1525 = arith.addi %v1524, %v1347 : i64
                scf.if %v1520 {
                  %v1526 = llvm.getelementptr %v48[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1517, %v1526 : f32, !llvm.ptr
                }
                %v1527 = arith.mulf %v1339, %v1419 fastmath<contract> : f32
                %v1528 = arith.select %v27, %v1527, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1529, %v1530 = gpu.shuffle xor %v1528, %v1013, %v321 : f32
                %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
                %v1532, %v1533 = gpu.shuffle xor %v1531, %v1017, %v321 : f32
                %v1534 = arith.addf %v1531, %v1532 fastmath<contract> : f32
                %v1535 = arith.divui %v13, %v15 : i64
                %v1536 = arith.remui %v13, %v15 : i64
                %v1537 = arith.cmpi ult, %v1536, %v22 : i64
                %v1538 = arith.addi %v22, %v23 : i64
                %v1539 = arith.muli %v1535, %v1 : i64
                %v1540 = arith.addi %v1539, %v1538 : i64
                %v1541 = arith.muli %v1540, %v1027 : i64
                %v1542 = arith.addi %v1541, %v1347 : i64
                scf.if %v1537 {
                  %v1543 = llvm.getelementptr %v48[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1534, %v1543 : f32, !llvm.ptr
                }
                %v1544 = arith.mulf %v722, %v1361 fastmath<contract> : f32
                %v1545 = arith.select %v27, %v1544, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1546, %v1547 = gpu.shuffle xor %v1545, %v1013, %v321 : f32
                %v1548 = arith.addf %v1545, %v1546 fastmath<contract> : f32
                %v1549, %v1550 = gpu.shuffle xor %v1548, %v1017, %v321 : f32
                %v1551 = arith.addf %v1548, %v1549 fastmath<contract> : f32
                %v1552 = arith.divui %v13, %v15 : i64
                %v1553 = arith.remui %v13, %v15 : i64
                %v1554 = arith.cmpi ult, %v1553, %v22 : i64
                %v1555 = arith.addi %v57, %v23 : i64
                %v1556 = arith.muli %v1552, %v1 : i64
                %v1557 = arith.addi %v1556, %v1555 : i64
                %v1558 = arith.muli %v1557, %v1027 : i64
                %v1559 = arith.addi %v1558, %v1347 : i64
                scf.if %v1554 {
                  %v1560 = llvm.getelementptr %v50[%v1559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1551, %v1560 : f32, !llvm.ptr
                }
                %v1561 = arith.mulf %v742, %v1361 fastmath<contract> : f32
                %v1562 = arith.select %v27, %v1561, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1563, %v1564 = gpu.shuffle xor %v1562, %v1013, %v321 : f32
                %v1565 = arith.addf %v1562, %v1563 fastmath<contract> : f32
                %v1566, %v1567 = gpu.shuffle xor %v1565, %v1017, %v321 : f32
                %v1568 = arith.addf %v1565, %v1566 fastmath<contract> : f32
                %v1569 = arith.divui %v13, %v15 : i64
                %v1570 = arith.remui %v13, %v15 : i64
                %v1571 = arith.cmpi ult, %v1570, %v22 : i64
                %v1572 = arith.addi %v22, %v23 : i64
                %v1573 = arith.muli %v1569, %v1 : i64
                %v1574 = arith.addi %v1573, %v1572 : i64
                %v1575 = arith.muli %v1574, %v1027 : i64
                %v1576 = arith.addi %v1575, %v1347 : i64
                scf.if %v1571 {
                  %v1577 = llvm.getelementptr %v50[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1568, %v1577 : f32, !llvm.ptr
                }
                %v1578 = arith.mulf %v1442, %v1361 fastmath<contract> : f32
                %v1579 = llvm.load %v43 : !llvm.ptr -> f32
                %v1580 = arith.addf %v1579, %v1578 fastmath<contract> : f32
                llvm.store %v1580, %v43 : f32, !llvm.ptr
                %v1581 = llvm.load %v44 : !llvm.ptr -> f32
                %v1582 = arith.addf %v1581, %v1479 fastmath<contract> : f32
                llvm.store %v1582, %v44 : f32, !llvm.ptr
                llvm.store %v1451, %v39 : f32, !llvm.ptr
                llvm.store %v1464, %v40 : f32, !llvm.ptr
              }
              %v1583 = arith.addi %v387, %v369 : i64
              %v1584 = arith.cmpi slt, %v1583, %v154 : i64
              %v1585, %v1586 = gpu.shuffle idx %v447, %v128, %v321 : f32
              %v1587, %v1588 = gpu.shuffle idx %v455, %v128, %v321 : f32
              %v1589, %v1590 = gpu.shuffle idx %v468, %v128, %v321 : f32
              %v1591, %v1592 = gpu.shuffle idx %v477, %v128, %v321 : f32
              %v1593, %v1594 = gpu.shuffle idx %v482, %v128, %v321 : f32
              %v1595 = arith.addi %v389, %v368 : i64
              scf.if %v1584 {
                %v1596 = arith.addi %v152, %v1583 : i64
                %v1597 = arith.muli %v23, %v181 : i64
                %v1598 = arith.subi %v1596, %v152 : i64
                %v1599 = arith.addi %v1597, %v1598 : i64
                %v1600 = llvm.getelementptr %v54[%v1599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
                %v1602 = arith.muli %v35, %v260 : i64
                %v1603 = arith.muli %v33, %v259 : i64
                %v1604 = arith.addi %v1602, %v1603 : i64
                %v1605 = arith.muli %v1596, %v2 : i64
                %v1606 = arith.addi %v1604, %v1605 : i64
                %v1607 = llvm.getelementptr %dy_y[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
                %v1609 = arith.mulf %v1589, %v1608 fastmath<contract> : f32
                %v1610 = arith.mulf %v1601, %v1609 fastmath<contract> : f32
                %v1611 = llvm.load %v37 : !llvm.ptr -> f32
                %v1612 = llvm.load %v39 : !llvm.ptr -> f32
                %v1613 = arith.mulf %v1612, %v1611 fastmath<contract> : f32
                %v1614 = arith.addf %v1610, %v1613 fastmath<contract> : f32
                llvm.store %v1614, %v37 : f32, !llvm.ptr
                %v1615 = arith.constant 8 : i64
                %v1616 = arith.addi %v1615, %v23 : i64
                %v1617 = arith.muli %v1616, %v181 : i64
                %v1618 = arith.subi %v1596, %v152 : i64
                %v1619 = arith.addi %v1617, %v1618 : i64
                %v1620 = llvm.getelementptr %v54[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1621 = llvm.load %v1620 : !llvm.ptr -> f32
                %v1622 = arith.mulf %v1621, %v1609 fastmath<contract> : f32
                %v1623 = llvm.load %v38 : !llvm.ptr -> f32
                %v1624 = llvm.load %v40 : !llvm.ptr -> f32
                %v1625 = arith.mulf %v1624, %v1623 fastmath<contract> : f32
                %v1626 = arith.addf %v1622, %v1625 fastmath<contract> : f32
                llvm.store %v1626, %v38 : f32, !llvm.ptr
                %v1627 = arith.subi %size_L, %v2 : i64
                %v1628 = arith.cmpi eq, %v1596, %v1627 : i64
                scf.if %v1628 {
                  %v1629 = arith.muli %v35, %v60 : i64
                  %v1630 = arith.muli %v33, %v59 : i64
                  %v1631 = arith.addi %v1629, %v1630 : i64
                  %v1632 = arith.muli %v23, %v2 : i64
                  %v1633 = arith.addi %v1631, %v1632 : i64
                  %v1634 = llvm.getelementptr %dy_h_last[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
                  %v1636 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1637 = arith.addf %v1636, %v1635 fastmath<contract> : f32
                  llvm.store %v1637, %v37 : f32, !llvm.ptr
                  %v1638 = arith.muli %v35, %v60 : i64
                  %v1639 = arith.muli %v33, %v59 : i64
                  %v1640 = arith.addi %v1638, %v1639 : i64
                  %v1641 = arith.constant 8 : i64
                  %v1642 = arith.addi %v1641, %v23 : i64
                  %v1643 = arith.muli %v1642, %v2 : i64
                  %v1644 = arith.addi %v1640, %v1643 : i64
                  %v1645 = llvm.getelementptr %dy_h_last[%v1644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1646 = llvm.load %v1645 : !llvm.ptr -> f32
                  %v1647 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1648 = arith.addf %v1647, %v1646 fastmath<contract> : f32
                  llvm.store %v1648, %v38 : f32, !llvm.ptr
                }
                %v1649 = arith.muli %v33, %v2 : i64
                %v1650 = llvm.getelementptr %in_Dskip[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1651 = llvm.load %v1650 : !llvm.ptr -> f32
                %v1652 = arith.mulf %v1651, %v1609 fastmath<contract> : f32
                %v1653 = arith.muli %v23, %v181 : i64
                %v1654 = arith.subi %v1596, %v152 : i64
                %v1655 = arith.addi %v1653, %v1654 : i64
                %v1656 = llvm.getelementptr %v52[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1657 = llvm.load %v1656 : !llvm.ptr -> f32
                %v1658 = llvm.load %v37 : !llvm.ptr -> f32
                %v1659 = arith.mulf %v1657, %v1658 fastmath<contract> : f32
                %v1660 = arith.constant 8 : i64
                %v1661 = arith.addi %v1660, %v23 : i64
                %v1662 = arith.muli %v1661, %v181 : i64
                %v1663 = arith.subi %v1596, %v152 : i64
                %v1664 = arith.addi %v1662, %v1663 : i64
                %v1665 = llvm.getelementptr %v52[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1666 = llvm.load %v1665 : !llvm.ptr -> f32
                %v1667 = llvm.load %v38 : !llvm.ptr -> f32
                %v1668 = arith.mulf %v1666, %v1667 fastmath<contract> : f32
                %v1669 = arith.addf %v1659, %v1668 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1670, %v1671 = gpu.shuffle xor %v1669, %v920, %v321 : f32
                %v1672 = arith.addf %v1669, %v1670 fastmath<contract> : f32
                %v1673, %v1674 = gpu.shuffle xor %v1672, %v924, %v321 : f32
                %v1675 = arith.addf %v1672, %v1673 fastmath<contract> : f32
                %v1676, %v1677 = gpu.shuffle xor %v1675, %v928, %v321 : f32
                %v1678 = arith.addf %v1675, %v1676 fastmath<contract> : f32
                // end sum over the lanes
                %v1679 = arith.mulf %v1585, %v1678 fastmath<contract> : f32
                %v1680 = arith.addf %v1652, %v1679 fastmath<contract> : f32
                %v1681 = arith.cmpi eq, %v23, %v369 : i64
                %v1682 = llvm.load %v830 : !llvm.ptr -> f32
                %v1683 = arith.select %v1681, %v1680, %v1682 : f32
                llvm.store %v1683, %v830 : f32, !llvm.ptr
                %v1684 = arith.muli %v35, %v260 : i64
                %v1685 = arith.muli %v33, %v259 : i64
                %v1686 = arith.addi %v1684, %v1685 : i64
                %v1687 = arith.muli %v1596, %v2 : i64
                %v1688 = arith.addi %v1686, %v1687 : i64
                %v1689 = llvm.getelementptr %in_u[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
                %v1691 = arith.mulf %v1690, %v1678 fastmath<contract> : f32
                %v1692 = arith.muli %v33, %v329 : i64
                %v1693 = arith.muli %v23, %v2 : i64
                %v1694 = arith.addi %v1692, %v1693 : i64
                %v1695 = llvm.getelementptr %in_A[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1696 = llvm.load %v1695 : !llvm.ptr -> f32
                %v1697 = arith.mulf %v1585, %v1696 fastmath<contract> : f32
                %v1698 = arith.mulf %v1697, %v275 fastmath<contract> : f32
                %v1699 = llvm.call_intrinsic "llvm.exp2.f32"(%v1698) : (f32) -> f32
                %v1700 = arith.mulf %v635, %v1658 fastmath<contract> : f32
                %v1701 = arith.mulf %v1696, %v1700 fastmath<contract> : f32
                %v1702 = arith.mulf %v1699, %v1701 fastmath<contract> : f32
                %v1703 = arith.muli %v33, %v329 : i64
                %v1704 = arith.constant 8 : i64
                %v1705 = arith.addi %v1704, %v23 : i64
                %v1706 = arith.muli %v1705, %v2 : i64
                %v1707 = arith.addi %v1703, %v1706 : i64
                %v1708 = llvm.getelementptr %in_A[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
                %v1710 = arith.mulf %v1585, %v1709 fastmath<contract> : f32
                %v1711 = arith.mulf %v1710, %v275 fastmath<contract> : f32
                %v1712 = llvm.call_intrinsic "llvm.exp2.f32"(%v1711) : (f32) -> f32
                %v1713 = arith.mulf %v655, %v1667 fastmath<contract> : f32
                %v1714 = arith.mulf %v1709, %v1713 fastmath<contract> : f32
                %v1715 = arith.mulf %v1712, %v1714 fastmath<contract> : f32
                %v1716 = arith.addf %v1702, %v1715 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1717, %v1718 = gpu.shuffle xor %v1716, %v920, %v321 : f32
                %v1719 = arith.addf %v1716, %v1717 fastmath<contract> : f32
                %v1720, %v1721 = gpu.shuffle xor %v1719, %v924, %v321 : f32
                %v1722 = arith.addf %v1719, %v1720 fastmath<contract> : f32
                %v1723, %v1724 = gpu.shuffle xor %v1722, %v928, %v321 : f32
                %v1725 = arith.addf %v1722, %v1723 fastmath<contract> : f32
                // end sum over the lanes
                %v1726 = arith.addf %v1691, %v1725 fastmath<contract> : f32
                %v1727 = arith.mulf %v1726, %v1593 fastmath<contract> : f32
                %v1728 = arith.cmpi eq, %v23, %v369 : i64
                %v1729 = llvm.load %v831 : !llvm.ptr -> f32
                %v1730 = arith.select %v1728, %v1727, %v1729 : f32
                llvm.store %v1730, %v831 : f32, !llvm.ptr
                %v1731 = arith.mulf %v1601, %v678 fastmath<contract> : f32
                %v1732 = arith.mulf %v1621, %v698 fastmath<contract> : f32
                %v1733 = arith.addf %v1731, %v1732 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1734, %v1735 = gpu.shuffle xor %v1733, %v920, %v321 : f32
                %v1736 = arith.addf %v1733, %v1734 fastmath<contract> : f32
                %v1737, %v1738 = gpu.shuffle xor %v1736, %v924, %v321 : f32
                %v1739 = arith.addf %v1736, %v1737 fastmath<contract> : f32
                %v1740, %v1741 = gpu.shuffle xor %v1739, %v928, %v321 : f32
                %v1742 = arith.addf %v1739, %v1740 fastmath<contract> : f32
                // end sum over the lanes
                %v1743 = arith.mulf %v1690, %v1651 fastmath<contract> : f32
                %v1744 = arith.addf %v1742, %v1743 fastmath<contract> : f32
                %v1745 = arith.mulf %v1744, %v1608 fastmath<contract> : f32
                %v1746 = arith.mulf %v1745, %v1591 fastmath<contract> : f32
                %v1747 = arith.cmpi eq, %v23, %v369 : i64
                %v1748 = llvm.load %v832 : !llvm.ptr -> f32
                %v1749 = arith.select %v1747, %v1746, %v1748 : f32
                llvm.store %v1749, %v832 : f32, !llvm.ptr
                %v1750 = arith.mulf %v1699, %v1700 fastmath<contract> : f32
                %v1751 = arith.mulf %v1585, %v1750 fastmath<contract> : f32
                %v1752 = llvm.load %v41 : !llvm.ptr -> f32
                %v1753 = arith.addf %v1752, %v1751 fastmath<contract> : f32
                llvm.store %v1753, %v41 : f32, !llvm.ptr
                %v1754 = arith.mulf %v1712, %v1713 fastmath<contract> : f32
                %v1755 = arith.mulf %v1585, %v1754 fastmath<contract> : f32
                %v1756 = llvm.load %v42 : !llvm.ptr -> f32
                %v1757 = arith.addf %v1756, %v1755 fastmath<contract> : f32
                llvm.store %v1757, %v42 : f32, !llvm.ptr
                %v1758 = arith.mulf %v1587, %v1658 fastmath<contract> : f32
                %v1759 = arith.select %v27, %v1758, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1760, %v1761 = gpu.shuffle xor %v1759, %v1013, %v321 : f32
                %v1762 = arith.addf %v1759, %v1760 fastmath<contract> : f32
                %v1763, %v1764 = gpu.shuffle xor %v1762, %v1017, %v321 : f32
                %v1765 = arith.addf %v1762, %v1763 fastmath<contract> : f32
                %v1766 = arith.divui %v13, %v15 : i64
                %v1767 = arith.remui %v13, %v15 : i64
                %v1768 = arith.cmpi ult, %v1767, %v22 : i64
                %v1769 = arith.addi %v57, %v23 : i64
                %v1770 = arith.muli %v1766, %v1 : i64
                %v1771 = arith.addi %v1770, %v1769 : i64
                %v1772 = arith.muli %v1771, %v1027 : i64
                %v1773 = arith.addi %v1772, %v1595 : i64
                scf.if %v1768 {
                  %v1774 = llvm.getelementptr %v48[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1765, %v1774 : f32, !llvm.ptr
                }
                %v1775 = arith.mulf %v1587, %v1667 fastmath<contract> : f32
                %v1776 = arith.select %v27, %v1775, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1777, %v1778 = gpu.shuffle xor %v1776, %v1013, %v321 : f32
                %v1779 = arith.addf %v1776, %v1777 fastmath<contract> : f32
                %v1780, %v1781 = gpu.shuffle xor %v1779, %v1017, %v321 : f32
                %v1782 = arith.addf %v1779, %v1780 fastmath<contract> : f32
                %v1783 = arith.divui %v13, %v15 : i64
                %v1784 = arith.remui %v13, %v15 : i64
                %v1785 = arith.cmpi ult, %v1784, %v22 : i64
                %v1786 = arith.addi %v22, %v23 : i64
                %v1787 = arith.muli %v1783, %v1 : i64
                %v1788 = arith.addi %v1787, %v1786 : i64
                %v1789 = arith.muli %v1788, %v1027 : i64
                %v1790 = arith.addi %v1789, %v1595 : i64
                scf.if %v1785 {
                  %v1791 = llvm.getelementptr %v48[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1782, %v1791 : f32, !llvm.ptr
                }
                %v1792 = arith.mulf %v678, %v1609 fastmath<contract> : f32
                %v1793 = arith.select %v27, %v1792, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1794, %v1795 = gpu.shuffle xor %v1793, %v1013, %v321 : f32
                %v1796 = arith.addf %v1793, %v1794 fastmath<contract> : f32
                %v1797, %v1798 = gpu.shuffle xor %v1796, %v1017, %v321 : f32
                %v1799 = arith.addf %v1796, %v1797 fastmath<contract> : f32
                %v1800 = arith.divui %v13, %v15 : i64
                %v1801 = arith.remui %v13, %v15 : i64
                %v1802 = arith.cmpi ult, %v1801, %v22 : i64
                %v1803 = arith.addi %v57, %v23 : i64
                %v1804 = arith.muli %v1800, %v1 : i64
                %v1805 = arith.addi %v1804, %v1803 : i64
                %v1806 = arith.muli %v1805, %v1027 : i64
                %v1807 = arith.addi %v1806, %v1595 : i64
                scf.if %v1802 {
                  %v1808 = llvm.getelementptr %v50[%v1807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1799, %v1808 : f32, !llvm.ptr
                }
                %v1809 = arith.mulf %v698, %v1609 fastmath<contract> : f32
                %v1810 = arith.select %v27, %v1809, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1811, %v1812 = gpu.shuffle xor %v1810, %v1013, %v321 : f32
                %v1813 = arith.addf %v1810, %v1811 fastmath<contract> : f32
                %v1814, %v1815 = gpu.shuffle xor %v1813, %v1017, %v321 : f32
                %v1816 = arith.addf %v1813, %v1814 fastmath<contract> : f32
                %v1817 = arith.divui %v13, %v15 : i64
                %v1818 = arith.remui %v13, %v15 : i64
                %v1819 = arith.cmpi ult, %v1818, %v22 : i64
                %v1820 = arith.addi %v22, %v23 : i64
                %v1821 = arith.muli %v1817, %v1 : i64
                %v1822 = arith.addi %v1821, %v1820 : i64
                %v1823 = arith.muli %v1822, %v1027 : i64
                %v1824 = arith.addi %v1823, %v1595 : i64
                scf.if %v1819 {
                  %v1825 = llvm.getelementptr %v50[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1816, %v1825 : f32, !llvm.ptr
                }
                %v1826 = arith.mulf %v1690, %v1609 fastmath<contract> : f32
                %v1827 = llvm.load %v43 : !llvm.ptr -> f32
                %v1828 = arith.addf %v1827, %v1826 fastmath<contract> : f32
                llvm.store %v1828, %v43 : f32, !llvm.ptr
                %v1829 = llvm.load %v44 : !llvm.ptr -> f32
                %v1830 = arith.addf %v1829, %v1727 fastmath<contract> : f32
                llvm.store %v1830, %v44 : f32, !llvm.ptr
                llvm.store %v1699, %v39 : f32, !llvm.ptr
                llvm.store %v1712, %v40 : f32, !llvm.ptr
              }
              %v1831 = arith.addi %v387, %v368 : i64
              %v1832 = arith.cmpi slt, %v1831, %v154 : i64
              %v1833, %v1834 = gpu.shuffle idx %v447, %v124, %v321 : f32
              %v1835, %v1836 = gpu.shuffle idx %v455, %v124, %v321 : f32
              %v1837, %v1838 = gpu.shuffle idx %v468, %v124, %v321 : f32
              %v1839, %v1840 = gpu.shuffle idx %v477, %v124, %v321 : f32
              %v1841, %v1842 = gpu.shuffle idx %v482, %v124, %v321 : f32
              %v1843 = arith.addi %v389, %v369 : i64
              scf.if %v1832 {
                %v1844 = arith.addi %v152, %v1831 : i64
                %v1845 = arith.muli %v23, %v181 : i64
                %v1846 = arith.subi %v1844, %v152 : i64
                %v1847 = arith.addi %v1845, %v1846 : i64
                %v1848 = llvm.getelementptr %v54[%v1847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1849 = llvm.load %v1848 : !llvm.ptr -> f32
                %v1850 = arith.muli %v35, %v260 : i64
                %v1851 = arith.muli %v33, %v259 : i64
                %v1852 = arith.addi %v1850, %v1851 : i64
                %v1853 = arith.muli %v1844, %v2 : i64
                %v1854 = arith.addi %v1852, %v1853 : i64
                %v1855 = llvm.getelementptr %dy_y[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1856 = llvm.load %v1855 : !llvm.ptr -> f32
                %v1857 = arith.mulf %v1837, %v1856 fastmath<contract> : f32
                %v1858 = arith.mulf %v1849, %v1857 fastmath<contract> : f32
                %v1859 = llvm.load %v37 : !llvm.ptr -> f32
                %v1860 = llvm.load %v39 : !llvm.ptr -> f32
                %v1861 = arith.mulf %v1860, %v1859 fastmath<contract> : f32
                %v1862 = arith.addf %v1858, %v1861 fastmath<contract> : f32
                llvm.store %v1862, %v37 : f32, !llvm.ptr
                %v1863 = arith.constant 8 : i64
                %v1864 = arith.addi %v1863, %v23 : i64
                %v1865 = arith.muli %v1864, %v181 : i64
                %v1866 = arith.subi %v1844, %v152 : i64
                %v1867 = arith.addi %v1865, %v1866 : i64
                %v1868 = llvm.getelementptr %v54[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1869 = llvm.load %v1868 : !llvm.ptr -> f32
                %v1870 = arith.mulf %v1869, %v1857 fastmath<contract> : f32
                %v1871 = llvm.load %v38 : !llvm.ptr -> f32
                %v1872 = llvm.load %v40 : !llvm.ptr -> f32
                %v1873 = arith.mulf %v1872, %v1871 fastmath<contract> : f32
                %v1874 = arith.addf %v1870, %v1873 fastmath<contract> : f32
                llvm.store %v1874, %v38 : f32, !llvm.ptr
                %v1875 = arith.subi %size_L, %v2 : i64
                %v1876 = arith.cmpi eq, %v1844, %v1875 : i64
                scf.if %v1876 {
                  %v1877 = arith.muli %v35, %v60 : i64
                  %v1878 = arith.muli %v33, %v59 : i64
                  %v1879 = arith.addi %v1877, %v1878 : i64
                  %v1880 = arith.muli %v23, %v2 : i64
                  %v1881 = arith.addi %v1879, %v1880 : i64
                  %v1882 = llvm.getelementptr %dy_h_last[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1883 = llvm.load %v1882 : !llvm.ptr -> f32
                  %v1884 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1885 = arith.addf %v1884, %v1883 fastmath<contract> : f32
                  llvm.store %v1885, %v37 : f32, !llvm.ptr
                  %v1886 = arith.muli %v35, %v60 : i64
                  %v1887 = arith.muli %v33, %v59 : i64
                  %v1888 = arith.addi %v1886, %v1887 : i64
                  %v1889 = arith.constant 8 : i64
                  %v1890 = arith.addi %v1889, %v23 : i64
                  %v1891 = arith.muli %v1890, %v2 : i64
                  %v1892 = arith.addi %v1888, %v1891 : i64
                  %v1893 = llvm.getelementptr %dy_h_last[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
                  %v1895 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1896 = arith.addf %v1895, %v1894 fastmath<contract> : f32
                  llvm.store %v1896, %v38 : f32, !llvm.ptr
                }
                %v1897 = arith.muli %v33, %v2 : i64
                %v1898 = llvm.getelementptr %in_Dskip[%v1897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1899 = llvm.load %v1898 : !llvm.ptr -> f32
                %v1900 = arith.mulf %v1899, %v1857 fastmath<contract> : f32
                %v1901 = arith.muli %v23, %v181 : i64
                %v1902 = arith.subi %v1844, %v152 : i64
                %v1903 = arith.addi %v1901, %v1902 : i64
                %v1904 = llvm.getelementptr %v52[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
                %v1906 = llvm.load %v37 : !llvm.ptr -> f32
                %v1907 = arith.mulf %v1905, %v1906 fastmath<contract> : f32
                %v1908 = arith.constant 8 : i64
                %v1909 = arith.addi %v1908, %v23 : i64
                %v1910 = arith.muli %v1909, %v181 : i64
                %v1911 = arith.subi %v1844, %v152 : i64
                %v1912 = arith.addi %v1910, %v1911 : i64
                %v1913 = llvm.getelementptr %v52[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1914 = llvm.load %v1913 : !llvm.ptr -> f32
                %v1915 = llvm.load %v38 : !llvm.ptr -> f32
                %v1916 = arith.mulf %v1914, %v1915 fastmath<contract> : f32
                %v1917 = arith.addf %v1907, %v1916 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1918, %v1919 = gpu.shuffle xor %v1917, %v920, %v321 : f32
                %v1920 = arith.addf %v1917, %v1918 fastmath<contract> : f32
                %v1921, %v1922 = gpu.shuffle xor %v1920, %v924, %v321 : f32
                %v1923 = arith.addf %v1920, %v1921 fastmath<contract> : f32
                %v1924, %v1925 = gpu.shuffle xor %v1923, %v928, %v321 : f32
                %v1926 = arith.addf %v1923, %v1924 fastmath<contract> : f32
                // end sum over the lanes
                %v1927 = arith.mulf %v1833, %v1926 fastmath<contract> : f32
                %v1928 = arith.addf %v1900, %v1927 fastmath<contract> : f32
                %v1929 = arith.cmpi eq, %v23, %v368 : i64
                %v1930 = llvm.load %v830 : !llvm.ptr -> f32
                %v1931 = arith.select %v1929, %v1928, %v1930 : f32
                llvm.store %v1931, %v830 : f32, !llvm.ptr
                %v1932 = arith.muli %v35, %v260 : i64
                %v1933 = arith.muli %v33, %v259 : i64
                %v1934 = arith.addi %v1932, %v1933 : i64
                %v1935 = arith.muli %v1844, %v2 : i64
                %v1936 = arith.addi %v1934, %v1935 : i64
                %v1937 = llvm.getelementptr %in_u[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1938 = llvm.load %v1937 : !llvm.ptr -> f32
                %v1939 = arith.mulf %v1938, %v1926 fastmath<contract> : f32
                %v1940 = arith.muli %v33, %v329 : i64
                %v1941 = arith.muli %v23, %v2 : i64
                %v1942 = arith.addi %v1940, %v1941 : i64
                %v1943 = llvm.getelementptr %in_A[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1944 = llvm.load %v1943 : !llvm.ptr -> f32
                %v1945 = arith.mulf %v1833, %v1944 fastmath<contract> : f32
                %v1946 = arith.mulf %v1945, %v275 fastmath<contract> : f32
                %v1947 = llvm.call_intrinsic "llvm.exp2.f32"(%v1946) : (f32) -> f32
                %v1948 = arith.mulf %v592, %v1906 fastmath<contract> : f32
                %v1949 = arith.mulf %v1944, %v1948 fastmath<contract> : f32
                %v1950 = arith.mulf %v1947, %v1949 fastmath<contract> : f32
                %v1951 = arith.muli %v33, %v329 : i64
                %v1952 = arith.constant 8 : i64
                %v1953 = arith.addi %v1952, %v23 : i64
                %v1954 = arith.muli %v1953, %v2 : i64
                %v1955 = arith.addi %v1951, %v1954 : i64
                %v1956 = llvm.getelementptr %in_A[%v1955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1957 = llvm.load %v1956 : !llvm.ptr -> f32
                %v1958 = arith.mulf %v1833, %v1957 fastmath<contract> : f32
                %v1959 = arith.mulf %v1958, %v275 fastmath<contract> : f32
                %v1960 = llvm.call_intrinsic "llvm.exp2.f32"(%v1959) : (f32) -> f32
                %v1961 = arith.mulf %v612, %v1915 fastmath<contract> : f32
                %v1962 = arith.mulf %v1957, %v1961 fastmath<contract> : f32
                %v1963 = arith.mulf %v1960, %v1962 fastmath<contract> : f32
                %v1964 = arith.addf %v1950, %v1963 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1965, %v1966 = gpu.shuffle xor %v1964, %v920, %v321 : f32
                %v1967 = arith.addf %v1964, %v1965 fastmath<contract> : f32
                %v1968, %v1969 = gpu.shuffle xor %v1967, %v924, %v321 : f32
                %v1970 = arith.addf %v1967, %v1968 fastmath<contract> : f32
                %v1971, %v1972 = gpu.shuffle xor %v1970, %v928, %v321 : f32
                %v1973 = arith.addf %v1970, %v1971 fastmath<contract> : f32
                // end sum over the lanes
                %v1974 = arith.addf %v1939, %v1973 fastmath<contract> : f32
                %v1975 = arith.mulf %v1974, %v1841 fastmath<contract> : f32
                %v1976 = arith.cmpi eq, %v23, %v368 : i64
                %v1977 = llvm.load %v831 : !llvm.ptr -> f32
                %v1978 = arith.select %v1976, %v1975, %v1977 : f32
                llvm.store %v1978, %v831 : f32, !llvm.ptr
                %v1979 = arith.mulf %v1849, %v635 fastmath<contract> : f32
                %v1980 = arith.mulf %v1869, %v655 fastmath<contract> : f32
                %v1981 = arith.addf %v1979, %v1980 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1982, %v1983 = gpu.shuffle xor %v1981, %v920, %v321 : f32
                %v1984 = arith.addf %v1981, %v1982 fastmath<contract> : f32
                %v1985, %v1986 = gpu.shuffle xor %v1984, %v924, %v321 : f32
                %v1987 = arith.addf %v1984, %v1985 fastmath<contract> : f32
                %v1988, %v1989 = gpu.shuffle xor %v1987, %v928, %v321 : f32
                %v1990 = arith.addf %v1987, %v1988 fastmath<contract> : f32
                // end sum over the lanes
                %v1991 = arith.mulf %v1938, %v1899 fastmath<contract> : f32
                %v1992 = arith.addf %v1990, %v1991 fastmath<contract> : f32
                %v1993 = arith.mulf %v1992, %v1856 fastmath<contract> : f32
                %v1994 = arith.mulf %v1993, %v1839 fastmath<contract> : f32
                %v1995 = arith.cmpi eq, %v23, %v368 : i64
                %v1996 = llvm.load %v832 : !llvm.ptr -> f32
                %v1997 = arith.select %v1995, %v1994, %v1996 : f32
                llvm.store %v1997, %v832 : f32, !llvm.ptr
                %v1998 = arith.mulf %v1947, %v1948 fastmath<contract> : f32
                %v1999 = arith.mulf %v1833, %v1998 fastmath<contract> : f32
                %v2000 = llvm.load %v41 : !llvm.ptr -> f32
                %v2001 = arith.addf %v2000, %v1999 fastmath<contract> : f32
                llvm.store %v2001, %v41 : f32, !llvm.ptr
                %v2002 = arith.mulf %v1960, %v1961 fastmath<contract> : f32
                %v2003 = arith.mulf %v1833, %v2002 fastmath<contract> : f32
                %v2004 = llvm.load %v42 : !llvm.ptr -> f32
                %v2005 = arith.addf %v2004, %v2003 fastmath<contract> : f32
                llvm.store %v2005, %v42 : f32, !llvm.ptr
                %v2006 = arith.mulf %v1835, %v1906 fastmath<contract> : f32
                %v2007 = arith.select %v27, %v2006, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2008, %v2009 = gpu.shuffle xor %v2007, %v1013, %v321 : f32
                %v2010 = arith.addf %v2007, %v2008 fastmath<contract> : f32
                %v2011, %v2012 = gpu.shuffle xor %v2010, %v1017, %v321 : f32
                %v2013 = arith.addf %v2010, %v2011 fastmath<contract> : f32
                %v2014 = arith.divui %v13, %v15 : i64
                %v2015 = arith.remui %v13, %v15 : i64
                %v2016 = arith.cmpi ult, %v2015, %v22 : i64
                %v2017 = arith.addi %v57, %v23 : i64
                %v2018 = arith.muli %v2014, %v1 : i64
                %v2019 = arith.addi %v2018, %v2017 : i64
                %v2020 = arith.muli %v2019, %v1027 : i64
                %v2021 = arith.addi %v2020, %v1843 : i64
                scf.if %v2016 {
                  %v2022 = llvm.getelementptr %v48[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2013, %v2022 : f32, !llvm.ptr
                }
                %v2023 = arith.mulf %v1835, %v1915 fastmath<contract> : f32
                %v2024 = arith.select %v27, %v2023, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2025, %v2026 = gpu.shuffle xor %v2024, %v1013, %v321 : f32
                %v2027 = arith.addf %v2024, %v2025 fastmath<contract> : f32
                %v2028, %v2029 = gpu.shuffle xor %v2027, %v1017, %v321 : f32
                %v2030 = arith.addf %v2027, %v2028 fastmath<contract> : f32
                %v2031 = arith.divui %v13, %v15 : i64
                %v2032 = arith.remui %v13, %v15 : i64
                %v2033 = arith.cmpi ult, %v2032, %v22 : i64
                %v2034 = arith.addi %v22, %v23 : i64
                %v2035 = arith.muli %v2031, %v1 : i64
                %v2036 = arith.addi %v2035, %v2034 : i64
                %v2037 = arith.muli %v2036, %v1027 : i64
                %v2038 = arith.addi %v2037, %v1843 : i64
                scf.if %v2033 {
                  %v2039 = llvm.getelementptr %v48[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2030, %v2039 : f32, !llvm.ptr
                }
                %v2040 = arith.mulf %v635, %v1857 fastmath<contract> : f32
                %v2041 = arith.select %v27, %v2040, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2042, %v2043 = gpu.shuffle xor %v2041, %v1013, %v321 : f32
                %v2044 = arith.addf %v2041, %v2042 fastmath<contract> : f32
                %v2045, %v2046 = gpu.shuffle xor %v2044, %v1017, %v321 : f32
                %v2047 = arith.addf %v2044, %v2045 fastmath<contract> : f32
                %v2048 = arith.divui %v13, %v15 : i64
                %v2049 = arith.remui %v13, %v15 : i64
                %v2050 = arith.cmpi ult, %v2049, %v22 : i64
                %v2051 = arith.addi %v57, %v23 : i64
                %v2052 = arith.muli %v2048, %v1 : i64
                %v2053 = arith.addi %v2052, %v2051 : i64
                %v2054 = arith.muli %v2053, %v1027 : i64
                %v2055 = arith.addi %v2054, %v1843 : i64
                scf.if %v2050 {
                  %v2056 = llvm.getelementptr %v50[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2047, %v2056 : f32, !llvm.ptr
                }
                %v2057 = arith.mulf %v655, %v1857 fastmath<contract> : f32
                %v2058 = arith.select %v27, %v2057, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2059, %v2060 = gpu.shuffle xor %v2058, %v1013, %v321 : f32
                %v2061 = arith.addf %v2058, %v2059 fastmath<contract> : f32
                %v2062, %v2063 = gpu.shuffle xor %v2061, %v1017, %v321 : f32
                %v2064 = arith.addf %v2061, %v2062 fastmath<contract> : f32
                %v2065 = arith.divui %v13, %v15 : i64
                %v2066 = arith.remui %v13, %v15 : i64
                %v2067 = arith.cmpi ult, %v2066, %v22 : i64
                %v2068 = arith.addi %v22, %v23 : i64
                %v2069 = arith.muli %v2065, %v1 : i64
                %v2070 = arith.addi %v2069, %v2068 : i64
                %v2071 = arith.muli %v2070, %v1027 : i64
                %v2072 = arith.addi %v2071, %v1843 : i64
                scf.if %v2067 {
                  %v2073 = llvm.getelementptr %v50[%v2072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2064, %v2073 : f32, !llvm.ptr
                }
                %v2074 = arith.mulf %v1938, %v1857 fastmath<contract> : f32
                %v2075 = llvm.load %v43 : !llvm.ptr -> f32
                %v2076 = arith.addf %v2075, %v2074 fastmath<contract> : f32
                llvm.store %v2076, %v43 : f32, !llvm.ptr
                %v2077 = llvm.load %v44 : !llvm.ptr -> f32
                %v2078 = arith.addf %v2077, %v1975 fastmath<contract> : f32
                llvm.store %v2078, %v44 : f32, !llvm.ptr
                llvm.store %v1947, %v39 : f32, !llvm.ptr
                llvm.store %v1960, %v40 : f32, !llvm.ptr
              }
              %v2079 = arith.addi %v387, %v569 : i64
              %v2080 = arith.cmpi slt, %v2079, %v154 : i64
              %v2081, %v2082 = gpu.shuffle idx %v447, %v120, %v321 : f32
              %v2083, %v2084 = gpu.shuffle idx %v455, %v120, %v321 : f32
              %v2085, %v2086 = gpu.shuffle idx %v468, %v120, %v321 : f32
              %v2087, %v2088 = gpu.shuffle idx %v477, %v120, %v321 : f32
              %v2089, %v2090 = gpu.shuffle idx %v482, %v120, %v321 : f32
              %v2091 = arith.addi %v389, %v699 : i64
              scf.if %v2080 {
                %v2092 = arith.addi %v152, %v2079 : i64
                %v2093 = arith.muli %v23, %v181 : i64
                %v2094 = arith.subi %v2092, %v152 : i64
                %v2095 = arith.addi %v2093, %v2094 : i64
                %v2096 = llvm.getelementptr %v54[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
                %v2098 = arith.muli %v35, %v260 : i64
                %v2099 = arith.muli %v33, %v259 : i64
                %v2100 = arith.addi %v2098, %v2099 : i64
                %v2101 = arith.muli %v2092, %v2 : i64
                %v2102 = arith.addi %v2100, %v2101 : i64
                %v2103 = llvm.getelementptr %dy_y[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2104 = llvm.load %v2103 : !llvm.ptr -> f32
                %v2105 = arith.mulf %v2085, %v2104 fastmath<contract> : f32
                %v2106 = arith.mulf %v2097, %v2105 fastmath<contract> : f32
                %v2107 = llvm.load %v37 : !llvm.ptr -> f32
                %v2108 = llvm.load %v39 : !llvm.ptr -> f32
                %v2109 = arith.mulf %v2108, %v2107 fastmath<contract> : f32
                %v2110 = arith.addf %v2106, %v2109 fastmath<contract> : f32
                llvm.store %v2110, %v37 : f32, !llvm.ptr
                %v2111 = arith.constant 8 : i64
                %v2112 = arith.addi %v2111, %v23 : i64
                %v2113 = arith.muli %v2112, %v181 : i64
                %v2114 = arith.subi %v2092, %v152 : i64
                %v2115 = arith.addi %v2113, %v2114 : i64
                %v2116 = llvm.getelementptr %v54[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
                %v2118 = arith.mulf %v2117, %v2105 fastmath<contract> : f32
                %v2119 = llvm.load %v38 : !llvm.ptr -> f32
                %v2120 = llvm.load %v40 : !llvm.ptr -> f32
                %v2121 = arith.mulf %v2120, %v2119 fastmath<contract> : f32
                %v2122 = arith.addf %v2118, %v2121 fastmath<contract> : f32
                llvm.store %v2122, %v38 : f32, !llvm.ptr
                %v2123 = arith.subi %size_L, %v2 : i64
                %v2124 = arith.cmpi eq, %v2092, %v2123 : i64
                scf.if %v2124 {
                  %v2125 = arith.muli %v35, %v60 : i64
                  %v2126 = arith.muli %v33, %v59 : i64
                  %v2127 = arith.addi %v2125, %v2126 : i64
                  %v2128 = arith.muli %v23, %v2 : i64
                  %v2129 = arith.addi %v2127, %v2128 : i64
                  %v2130 = llvm.getelementptr %dy_h_last[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
                  %v2132 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2133 = arith.addf %v2132, %v2131 fastmath<contract> : f32
                  llvm.store %v2133, %v37 : f32, !llvm.ptr
                  %v2134 = arith.muli %v35, %v60 : i64
                  %v2135 = arith.muli %v33, %v59 : i64
                  %v2136 = arith.addi %v2134, %v2135 : i64
                  %v2137 = arith.constant 8 : i64
                  %v2138 = arith.addi %v2137, %v23 : i64
                  %v2139 = arith.muli %v2138, %v2 : i64
                  %v2140 = arith.addi %v2136, %v2139 : i64
                  %v2141 = llvm.getelementptr %dy_h_last[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2142 = llvm.load %v2141 : !llvm.ptr -> f32
                  %v2143 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2144 = arith.addf %v2143, %v2142 fastmath<contract> : f32
                  llvm.store %v2144, %v38 : f32, !llvm.ptr
                }
                %v2145 = arith.muli %v33, %v2 : i64
                %v2146 = llvm.getelementptr %in_Dskip[%v2145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2147 = llvm.load %v2146 : !llvm.ptr -> f32
                %v2148 = arith.mulf %v2147, %v2105 fastmath<contract> : f32
                %v2149 = arith.muli %v23, %v181 : i64
                %v2150 = arith.subi %v2092, %v152 : i64
                %v2151 = arith.addi %v2149, %v2150 : i64
                %v2152 = llvm.getelementptr %v52[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
                %v2154 = llvm.load %v37 : !llvm.ptr -> f32
                %v2155 = arith.mulf %v2153, %v2154 fastmath<contract> : f32
                %v2156 = arith.constant 8 : i64
                %v2157 = arith.addi %v2156, %v23 : i64
                %v2158 = arith.muli %v2157, %v181 : i64
                %v2159 = arith.subi %v2092, %v152 : i64
                %v2160 = arith.addi %v2158, %v2159 : i64
                %v2161 = llvm.getelementptr %v52[%v2160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
                %v2163 = llvm.load %v38 : !llvm.ptr -> f32
                %v2164 = arith.mulf %v2162, %v2163 fastmath<contract> : f32
                %v2165 = arith.addf %v2155, %v2164 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2166, %v2167 = gpu.shuffle xor %v2165, %v920, %v321 : f32
                %v2168 = arith.addf %v2165, %v2166 fastmath<contract> : f32
                %v2169, %v2170 = gpu.shuffle xor %v2168, %v924, %v321 : f32
                %v2171 = arith.addf %v2168, %v2169 fastmath<contract> : f32
                %v2172, %v2173 = gpu.shuffle xor %v2171, %v928, %v321 : f32
                %v2174 = arith.addf %v2171, %v2172 fastmath<contract> : f32
                // end sum over the lanes
                %v2175 = arith.mulf %v2081, %v2174 fastmath<contract> : f32
                %v2176 = arith.addf %v2148, %v2175 fastmath<contract> : f32
                %v2177 = arith.cmpi eq, %v23, %v569 : i64
                %v2178 = llvm.load %v830 : !llvm.ptr -> f32
                %v2179 = arith.select %v2177, %v2176, %v2178 : f32
                llvm.store %v2179, %v830 : f32, !llvm.ptr
                %v2180 = arith.muli %v35, %v260 : i64
                %v2181 = arith.muli %v33, %v259 : i64
                %v2182 = arith.addi %v2180, %v2181 : i64
                %v2183 = arith.muli %v2092, %v2 : i64
                %v2184 = arith.addi %v2182, %v2183 : i64
                %v2185 = llvm.getelementptr %in_u[%v2184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2186 = llvm.load %v2185 : !llvm.ptr -> f32
                %v2187 = arith.mulf %v2186, %v2174 fastmath<contract> : f32
                %v2188 = arith.muli %v33, %v329 : i64
                %v2189 = arith.muli %v23, %v2 : i64
                %v2190 = arith.addi %v2188, %v2189 : i64
                %v2191 = llvm.getelementptr %in_A[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
                %v2193 = arith.mulf %v2081, %v2192 fastmath<contract> : f32
                %v2194 = arith.mulf %v2193, %v275 fastmath<contract> : f32
                %v2195 = llvm.call_intrinsic "llvm.exp2.f32"(%v2194) : (f32) -> f32
                %v2196 = arith.mulf %v548, %v2154 fastmath<contract> : f32
                %v2197 = arith.mulf %v2192, %v2196 fastmath<contract> : f32
                %v2198 = arith.mulf %v2195, %v2197 fastmath<contract> : f32
                %v2199 = arith.muli %v33, %v329 : i64
                %v2200 = arith.constant 8 : i64
                %v2201 = arith.addi %v2200, %v23 : i64
                %v2202 = arith.muli %v2201, %v2 : i64
                %v2203 = arith.addi %v2199, %v2202 : i64
                %v2204 = llvm.getelementptr %in_A[%v2203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2205 = llvm.load %v2204 : !llvm.ptr -> f32
                %v2206 = arith.mulf %v2081, %v2205 fastmath<contract> : f32
                %v2207 = arith.mulf %v2206, %v275 fastmath<contract> : f32
                %v2208 = llvm.call_intrinsic "llvm.exp2.f32"(%v2207) : (f32) -> f32
                %v2209 = arith.mulf %v568, %v2163 fastmath<contract> : f32
                %v2210 = arith.mulf %v2205, %v2209 fastmath<contract> : f32
                %v2211 = arith.mulf %v2208, %v2210 fastmath<contract> : f32
                %v2212 = arith.addf %v2198, %v2211 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2213, %v2214 = gpu.shuffle xor %v2212, %v920, %v321 : f32
                %v2215 = arith.addf %v2212, %v2213 fastmath<contract> : f32
                %v2216, %v2217 = gpu.shuffle xor %v2215, %v924, %v321 : f32
                %v2218 = arith.addf %v2215, %v2216 fastmath<contract> : f32
                %v2219, %v2220 = gpu.shuffle xor %v2218, %v928, %v321 : f32
                %v2221 = arith.addf %v2218, %v2219 fastmath<contract> : f32
                // end sum over the lanes
                %v2222 = arith.addf %v2187, %v2221 fastmath<contract> : f32
                %v2223 = arith.mulf %v2222, %v2089 fastmath<contract> : f32
                %v2224 = arith.cmpi eq, %v23, %v569 : i64
                %v2225 = llvm.load %v831 : !llvm.ptr -> f32
                %v2226 = arith.select %v2224, %v2223, %v2225 : f32
                llvm.store %v2226, %v831 : f32, !llvm.ptr
                %v2227 = arith.mulf %v2097, %v592 fastmath<contract> : f32
                %v2228 = arith.mulf %v2117, %v612 fastmath<contract> : f32
                %v2229 = arith.addf %v2227, %v2228 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2230, %v2231 = gpu.shuffle xor %v2229, %v920, %v321 : f32
                %v2232 = arith.addf %v2229, %v2230 fastmath<contract> : f32
                %v2233, %v2234 = gpu.shuffle xor %v2232, %v924, %v321 : f32
                %v2235 = arith.addf %v2232, %v2233 fastmath<contract> : f32
                %v2236, %v2237 = gpu.shuffle xor %v2235, %v928, %v321 : f32
                %v2238 = arith.addf %v2235, %v2236 fastmath<contract> : f32
                // end sum over the lanes
                %v2239 = arith.mulf %v2186, %v2147 fastmath<contract> : f32
                %v2240 = arith.addf %v2238, %v2239 fastmath<contract> : f32
                %v2241 = arith.mulf %v2240, %v2104 fastmath<contract> : f32
                %v2242 = arith.mulf %v2241, %v2087 fastmath<contract> : f32
                %v2243 = arith.cmpi eq, %v23, %v569 : i64
                %v2244 = llvm.load %v832 : !llvm.ptr -> f32
                %v2245 = arith.select %v2243, %v2242, %v2244 : f32
                llvm.store %v2245, %v832 : f32, !llvm.ptr
                %v2246 = arith.mulf %v2195, %v2196 fastmath<contract> : f32
                %v2247 = arith.mulf %v2081, %v2246 fastmath<contract> : f32
                %v2248 = llvm.load %v41 : !llvm.ptr -> f32
                %v2249 = arith.addf %v2248, %v2247 fastmath<contract> : f32
                llvm.store %v2249, %v41 : f32, !llvm.ptr
                %v2250 = arith.mulf %v2208, %v2209 fastmath<contract> : f32
                %v2251 = arith.mulf %v2081, %v2250 fastmath<contract> : f32
                %v2252 = llvm.load %v42 : !llvm.ptr -> f32
                %v2253 = arith.addf %v2252, %v2251 fastmath<contract> : f32
                llvm.store %v2253, %v42 : f32, !llvm.ptr
                %v2254 = arith.mulf %v2083, %v2154 fastmath<contract> : f32
                %v2255 = arith.select %v27, %v2254, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2256, %v2257 = gpu.shuffle xor %v2255, %v1013, %v321 : f32
                %v2258 = arith.addf %v2255, %v2256 fastmath<contract> : f32
                %v2259, %v2260 = gpu.shuffle xor %v2258, %v1017, %v321 : f32
                %v2261 = arith.addf %v2258, %v2259 fastmath<contract> : f32
                %v2262 = arith.divui %v13, %v15 : i64
                %v2263 = arith.remui %v13, %v15 : i64
                %v2264 = arith.cmpi ult, %v2263, %v22 : i64
                %v2265 = arith.addi %v57, %v23 : i64
                %v2266 = arith.muli %v2262, %v1 : i64
                %v2267 = arith.addi %v2266, %v2265 : i64
                %v2268 = arith.muli %v2267, %v1027 : i64
                %v2269 = arith.addi %v2268, %v2091 : i64
                scf.if %v2264 {
                  %v2270 = llvm.getelementptr %v48[%v2269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2261, %v2270 : f32, !llvm.ptr
                }
                %v2271 = arith.mulf %v2083, %v2163 fastmath<contract> : f32
                %v2272 = arith.select %v27, %v2271, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2273, %v2274 = gpu.shuffle xor %v2272, %v1013, %v321 : f32
                %v2275 = arith.addf %v2272, %v2273 fastmath<contract> : f32
                %v2276, %v2277 = gpu.shuffle xor %v2275, %v1017, %v321 : f32
                %v2278 = arith.addf %v2275, %v2276 fastmath<contract> : f32
                %v2279 = arith.divui %v13, %v15 : i64
                %v2280 = arith.remui %v13, %v15 : i64
                %v2281 = arith.cmpi ult, %v2280, %v22 : i64
                %v2282 = arith.addi %v22, %v23 : i64
                %v2283 = arith.muli %v2279, %v1 : i64
                %v2284 = arith.addi %v2283, %v2282 : i64
                %v2285 = arith.muli %v2284, %v1027 : i64
                %v2286 = arith.addi %v2285, %v2091 : i64
                scf.if %v2281 {
                  %v2287 = llvm.getelementptr %v48[%v2286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2278, %v2287 : f32, !llvm.ptr
                }
                %v2288 = arith.mulf %v592, %v2105 fastmath<contract> : f32
                %v2289 = arith.select %v27, %v2288, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2290, %v2291 = gpu.shuffle xor %v2289, %v1013, %v321 : f32
                %v2292 = arith.addf %v2289, %v2290 fastmath<contract> : f32
                %v2293, %v2294 = gpu.shuffle xor %v2292, %v1017, %v321 : f32
                %v2295 = arith.addf %v2292, %v2293 fastmath<contract> : f32
                %v2296 = arith.divui %v13, %v15 : i64
                %v2297 = arith.remui %v13, %v15 : i64
                %v2298 = arith.cmpi ult, %v2297, %v22 : i64
                %v2299 = arith.addi %v57, %v23 : i64
                %v2300 = arith.muli %v2296, %v1 : i64
                %v2301 = arith.addi %v2300, %v2299 : i64
                %v2302 = arith.muli %v2301, %v1027 : i64
                %v2303 = arith.addi %v2302, %v2091 : i64
                scf.if %v2298 {
                  %v2304 = llvm.getelementptr %v50[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2295, %v2304 : f32, !llvm.ptr
                }
                %v2305 = arith.mulf %v612, %v2105 fastmath<contract> : f32
                %v2306 = arith.select %v27, %v2305, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2307, %v2308 = gpu.shuffle xor %v2306, %v1013, %v321 : f32
                %v2309 = arith.addf %v2306, %v2307 fastmath<contract> : f32
                %v2310, %v2311 = gpu.shuffle xor %v2309, %v1017, %v321 : f32
                %v2312 = arith.addf %v2309, %v2310 fastmath<contract> : f32
                %v2313 = arith.divui %v13, %v15 : i64
                %v2314 = arith.remui %v13, %v15 : i64
                %v2315 = arith.cmpi ult, %v2314, %v22 : i64
                %v2316 = arith.addi %v22, %v23 : i64
                %v2317 = arith.muli %v2313, %v1 : i64
                %v2318 = arith.addi %v2317, %v2316 : i64
                %v2319 = arith.muli %v2318, %v1027 : i64
                %v2320 = arith.addi %v2319, %v2091 : i64
                scf.if %v2315 {
                  %v2321 = llvm.getelementptr %v50[%v2320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2312, %v2321 : f32, !llvm.ptr
                }
                %v2322 = arith.mulf %v2186, %v2105 fastmath<contract> : f32
                %v2323 = llvm.load %v43 : !llvm.ptr -> f32
                %v2324 = arith.addf %v2323, %v2322 fastmath<contract> : f32
                llvm.store %v2324, %v43 : f32, !llvm.ptr
                %v2325 = llvm.load %v44 : !llvm.ptr -> f32
                %v2326 = arith.addf %v2325, %v2223 fastmath<contract> : f32
                llvm.store %v2326, %v44 : f32, !llvm.ptr
                llvm.store %v2195, %v39 : f32, !llvm.ptr
                llvm.store %v2208, %v40 : f32, !llvm.ptr
              }
              %v2327 = arith.addi %v387, %v2 : i64
              %v2328 = arith.cmpi slt, %v2327, %v154 : i64
              %v2329, %v2330 = gpu.shuffle idx %v447, %v116, %v321 : f32
              %v2331, %v2332 = gpu.shuffle idx %v455, %v116, %v321 : f32
              %v2333, %v2334 = gpu.shuffle idx %v468, %v116, %v321 : f32
              %v2335, %v2336 = gpu.shuffle idx %v477, %v116, %v321 : f32
              %v2337, %v2338 = gpu.shuffle idx %v482, %v116, %v321 : f32
              %v2339 = arith.addi %v389, %v743 : i64
              scf.if %v2328 {
                %v2340 = arith.addi %v152, %v2327 : i64
                %v2341 = arith.muli %v23, %v181 : i64
                %v2342 = arith.subi %v2340, %v152 : i64
                %v2343 = arith.addi %v2341, %v2342 : i64
                %v2344 = llvm.getelementptr %v54[%v2343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2345 = llvm.load %v2344 : !llvm.ptr -> f32
                %v2346 = arith.muli %v35, %v260 : i64
                %v2347 = arith.muli %v33, %v259 : i64
                %v2348 = arith.addi %v2346, %v2347 : i64
                %v2349 = arith.muli %v2340, %v2 : i64
                %v2350 = arith.addi %v2348, %v2349 : i64
                %v2351 = llvm.getelementptr %dy_y[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2352 = llvm.load %v2351 : !llvm.ptr -> f32
                %v2353 = arith.mulf %v2333, %v2352 fastmath<contract> : f32
                %v2354 = arith.mulf %v2345, %v2353 fastmath<contract> : f32
                %v2355 = llvm.load %v37 : !llvm.ptr -> f32
                %v2356 = llvm.load %v39 : !llvm.ptr -> f32
                %v2357 = arith.mulf %v2356, %v2355 fastmath<contract> : f32
                %v2358 = arith.addf %v2354, %v2357 fastmath<contract> : f32
                llvm.store %v2358, %v37 : f32, !llvm.ptr
                %v2359 = arith.constant 8 : i64
                %v2360 = arith.addi %v2359, %v23 : i64
                %v2361 = arith.muli %v2360, %v181 : i64
                %v2362 = arith.subi %v2340, %v152 : i64
                %v2363 = arith.addi %v2361, %v2362 : i64
                %v2364 = llvm.getelementptr %v54[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
                %v2366 = arith.mulf %v2365, %v2353 fastmath<contract> : f32
                %v2367 = llvm.load %v38 : !llvm.ptr -> f32
                %v2368 = llvm.load %v40 : !llvm.ptr -> f32
                %v2369 = arith.mulf %v2368, %v2367 fastmath<contract> : f32
                %v2370 = arith.addf %v2366, %v2369 fastmath<contract> : f32
                llvm.store %v2370, %v38 : f32, !llvm.ptr
                %v2371 = arith.subi %size_L, %v2 : i64
                %v2372 = arith.cmpi eq, %v2340, %v2371 : i64
                scf.if %v2372 {
                  %v2373 = arith.muli %v35, %v60 : i64
                  %v2374 = arith.muli %v33, %v59 : i64
                  %v2375 = arith.addi %v2373, %v2374 : i64
                  %v2376 = arith.muli %v23, %v2 : i64
                  %v2377 = arith.addi %v2375, %v2376 : i64
                  %v2378 = llvm.getelementptr %dy_h_last[%v2377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2379 = llvm.load %v2378 : !llvm.ptr -> f32
                  %v2380 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2381 = arith.addf %v2380, %v2379 fastmath<contract> : f32
                  llvm.store %v2381, %v37 : f32, !llvm.ptr
                  %v2382 = arith.muli %v35, %v60 : i64
                  %v2383 = arith.muli %v33, %v59 : i64
                  %v2384 = arith.addi %v2382, %v2383 : i64
                  %v2385 = arith.constant 8 : i64
                  %v2386 = arith.addi %v2385, %v23 : i64
                  %v2387 = arith.muli %v2386, %v2 : i64
                  %v2388 = arith.addi %v2384, %v2387 : i64
                  %v2389 = llvm.getelementptr %dy_h_last[%v2388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2390 = llvm.load %v2389 : !llvm.ptr -> f32
                  %v2391 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2392 = arith.addf %v2391, %v2390 fastmath<contract> : f32
                  llvm.store %v2392, %v38 : f32, !llvm.ptr
                }
                %v2393 = arith.muli %v33, %v2 : i64
                %v2394 = llvm.getelementptr %in_Dskip[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2395 = llvm.load %v2394 : !llvm.ptr -> f32
                %v2396 = arith.mulf %v2395, %v2353 fastmath<contract> : f32
                %v2397 = arith.muli %v23, %v181 : i64
                %v2398 = arith.subi %v2340, %v152 : i64
                %v2399 = arith.addi %v2397, %v2398 : i64
                %v2400 = llvm.getelementptr %v52[%v2399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2401 = llvm.load %v2400 : !llvm.ptr -> f32
                %v2402 = llvm.load %v37 : !llvm.ptr -> f32
                %v2403 = arith.mulf %v2401, %v2402 fastmath<contract> : f32
                %v2404 = arith.constant 8 : i64
                %v2405 = arith.addi %v2404, %v23 : i64
                %v2406 = arith.muli %v2405, %v181 : i64
                %v2407 = arith.subi %v2340, %v152 : i64
                %v2408 = arith.addi %v2406, %v2407 : i64
                %v2409 = llvm.getelementptr %v52[%v2408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2410 = llvm.load %v2409 : !llvm.ptr -> f32
                %v2411 = llvm.load %v38 : !llvm.ptr -> f32
                %v2412 = arith.mulf %v2410, %v2411 fastmath<contract> : f32
                %v2413 = arith.addf %v2403, %v2412 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2414, %v2415 = gpu.shuffle xor %v2413, %v920, %v321 : f32
                %v2416 = arith.addf %v2413, %v2414 fastmath<contract> : f32
                %v2417, %v2418 = gpu.shuffle xor %v2416, %v924, %v321 : f32
                %v2419 = arith.addf %v2416, %v2417 fastmath<contract> : f32
                %v2420, %v2421 = gpu.shuffle xor %v2419, %v928, %v321 : f32
                %v2422 = arith.addf %v2419, %v2420 fastmath<contract> : f32
                // end sum over the lanes
                %v2423 = arith.mulf %v2329, %v2422 fastmath<contract> : f32
                %v2424 = arith.addf %v2396, %v2423 fastmath<contract> : f32
                %v2425 = arith.cmpi eq, %v23, %v2 : i64
                %v2426 = llvm.load %v830 : !llvm.ptr -> f32
                %v2427 = arith.select %v2425, %v2424, %v2426 : f32
                llvm.store %v2427, %v830 : f32, !llvm.ptr
                %v2428 = arith.muli %v35, %v260 : i64
                %v2429 = arith.muli %v33, %v259 : i64
                %v2430 = arith.addi %v2428, %v2429 : i64
                %v2431 = arith.muli %v2340, %v2 : i64
                %v2432 = arith.addi %v2430, %v2431 : i64
                %v2433 = llvm.getelementptr %in_u[%v2432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2434 = llvm.load %v2433 : !llvm.ptr -> f32
                %v2435 = arith.mulf %v2434, %v2422 fastmath<contract> : f32
                %v2436 = arith.muli %v33, %v329 : i64
                %v2437 = arith.muli %v23, %v2 : i64
                %v2438 = arith.addi %v2436, %v2437 : i64
                %v2439 = llvm.getelementptr %in_A[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2440 = llvm.load %v2439 : !llvm.ptr -> f32
                %v2441 = arith.mulf %v2329, %v2440 fastmath<contract> : f32
                %v2442 = arith.mulf %v2441, %v275 fastmath<contract> : f32
                %v2443 = llvm.call_intrinsic "llvm.exp2.f32"(%v2442) : (f32) -> f32
                %v2444 = arith.mulf %v505, %v2402 fastmath<contract> : f32
                %v2445 = arith.mulf %v2440, %v2444 fastmath<contract> : f32
                %v2446 = arith.mulf %v2443, %v2445 fastmath<contract> : f32
                %v2447 = arith.muli %v33, %v329 : i64
                %v2448 = arith.constant 8 : i64
                %v2449 = arith.addi %v2448, %v23 : i64
                %v2450 = arith.muli %v2449, %v2 : i64
                %v2451 = arith.addi %v2447, %v2450 : i64
                %v2452 = llvm.getelementptr %in_A[%v2451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2453 = llvm.load %v2452 : !llvm.ptr -> f32
                %v2454 = arith.mulf %v2329, %v2453 fastmath<contract> : f32
                %v2455 = arith.mulf %v2454, %v275 fastmath<contract> : f32
                %v2456 = llvm.call_intrinsic "llvm.exp2.f32"(%v2455) : (f32) -> f32
                %v2457 = arith.mulf %v525, %v2411 fastmath<contract> : f32
                %v2458 = arith.mulf %v2453, %v2457 fastmath<contract> : f32
                %v2459 = arith.mulf %v2456, %v2458 fastmath<contract> : f32
                %v2460 = arith.addf %v2446, %v2459 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2461, %v2462 = gpu.shuffle xor %v2460, %v920, %v321 : f32
                %v2463 = arith.addf %v2460, %v2461 fastmath<contract> : f32
                %v2464, %v2465 = gpu.shuffle xor %v2463, %v924, %v321 : f32
                %v2466 = arith.addf %v2463, %v2464 fastmath<contract> : f32
                %v2467, %v2468 = gpu.shuffle xor %v2466, %v928, %v321 : f32
                %v2469 = arith.addf %v2466, %v2467 fastmath<contract> : f32
                // end sum over the lanes
                %v2470 = arith.addf %v2435, %v2469 fastmath<contract> : f32
                %v2471 = arith.mulf %v2470, %v2337 fastmath<contract> : f32
                %v2472 = arith.cmpi eq, %v23, %v2 : i64
                %v2473 = llvm.load %v831 : !llvm.ptr -> f32
                %v2474 = arith.select %v2472, %v2471, %v2473 : f32
                llvm.store %v2474, %v831 : f32, !llvm.ptr
                %v2475 = arith.mulf %v2345, %v548 fastmath<contract> : f32
                %v2476 = arith.mulf %v2365, %v568 fastmath<contract> : f32
                %v2477 = arith.addf %v2475, %v2476 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2478, %v2479 = gpu.shuffle xor %v2477, %v920, %v321 : f32
                %v2480 = arith.addf %v2477, %v2478 fastmath<contract> : f32
                %v2481, %v2482 = gpu.shuffle xor %v2480, %v924, %v321 : f32
                %v2483 = arith.addf %v2480, %v2481 fastmath<contract> : f32
                %v2484, %v2485 = gpu.shuffle xor %v2483, %v928, %v321 : f32
                %v2486 = arith.addf %v2483, %v2484 fastmath<contract> : f32
                // end sum over the lanes
                %v2487 = arith.mulf %v2434, %v2395 fastmath<contract> : f32
                %v2488 = arith.addf %v2486, %v2487 fastmath<contract> : f32
                %v2489 = arith.mulf %v2488, %v2352 fastmath<contract> : f32
                %v2490 = arith.mulf %v2489, %v2335 fastmath<contract> : f32
                %v2491 = arith.cmpi eq, %v23, %v2 : i64
                %v2492 = llvm.load %v832 : !llvm.ptr -> f32
                %v2493 = arith.select %v2491, %v2490, %v2492 : f32
                llvm.store %v2493, %v832 : f32, !llvm.ptr
                %v2494 = arith.mulf %v2443, %v2444 fastmath<contract> : f32
                %v2495 = arith.mulf %v2329, %v2494 fastmath<contract> : f32
                %v2496 = llvm.load %v41 : !llvm.ptr -> f32
                %v2497 = arith.addf %v2496, %v2495 fastmath<contract> : f32
                llvm.store %v2497, %v41 : f32, !llvm.ptr
                %v2498 = arith.mulf %v2456, %v2457 fastmath<contract> : f32
                %v2499 = arith.mulf %v2329, %v2498 fastmath<contract> : f32
                %v2500 = llvm.load %v42 : !llvm.ptr -> f32
                %v2501 = arith.addf %v2500, %v2499 fastmath<contract> : f32
                llvm.store %v2501, %v42 : f32, !llvm.ptr
                %v2502 = arith.mulf %v2331, %v2402 fastmath<contract> : f32
                %v2503 = arith.select %v27, %v2502, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2504, %v2505 = gpu.shuffle xor %v2503, %v1013, %v321 : f32
                %v2506 = arith.addf %v2503, %v2504 fastmath<contract> : f32
                %v2507, %v2508 = gpu.shuffle xor %v2506, %v1017, %v321 : f32
                %v2509 = arith.addf %v2506, %v2507 fastmath<contract> : f32
                %v2510 = arith.divui %v13, %v15 : i64
                %v2511 = arith.remui %v13, %v15 : i64
                %v2512 = arith.cmpi ult, %v2511, %v22 : i64
                %v2513 = arith.addi %v57, %v23 : i64
                %v2514 = arith.muli %v2510, %v1 : i64
                %v2515 = arith.addi %v2514, %v2513 : i64
                %v2516 = arith.muli %v2515, %v1027 : i64
                %v2517 = arith.addi %v2516, %v2339 : i64
                scf.if %v2512 {
                  %v2518 = llvm.getelementptr %v48[%v2517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2509, %v2518 : f32, !llvm.ptr
                }
                %v2519 = arith.mulf %v2331, %v2411 fastmath<contract> : f32
                %v2520 = arith.select %v27, %v2519, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2521, %v2522 = gpu.shuffle xor %v2520, %v1013, %v321 : f32
                %v2523 = arith.addf %v2520, %v2521 fastmath<contract> : f32
                %v2524, %v2525 = gpu.shuffle xor %v2523, %v1017, %v321 : f32
                %v2526 = arith.addf %v2523, %v2524 fastmath<contract> : f32
                %v2527 = arith.divui %v13, %v15 : i64
                %v2528 = arith.remui %v13, %v15 : i64
                %v2529 = arith.cmpi ult, %v2528, %v22 : i64
                %v2530 = arith.addi %v22, %v23 : i64
                %v2531 = arith.muli %v2527, %v1 : i64
                %v2532 = arith.addi %v2531, %v2530 : i64
                %v2533 = arith.muli %v2532, %v1027 : i64
                %v2534 = arith.addi %v2533, %v2339 : i64
                scf.if %v2529 {
                  %v2535 = llvm.getelementptr %v48[%v2534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2526, %v2535 : f32, !llvm.ptr
                }
                %v2536 = arith.mulf %v548, %v2353 fastmath<contract> : f32
                %v2537 = arith.select %v27, %v2536, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2538, %v2539 = gpu.shuffle xor %v2537, %v1013, %v321 : f32
                %v2540 = arith.addf %v2537, %v2538 fastmath<contract> : f32
                %v2541, %v2542 = gpu.shuffle xor %v2540, %v1017, %v321 : f32
                %v2543 = arith.addf %v2540, %v2541 fastmath<contract> : f32
                %v2544 = arith.divui %v13, %v15 : i64
                %v2545 = arith.remui %v13, %v15 : i64
                %v2546 = arith.cmpi ult, %v2545, %v22 : i64
                %v2547 = arith.addi %v57, %v23 : i64
                %v2548 = arith.muli %v2544, %v1 : i64
                %v2549 = arith.addi %v2548, %v2547 : i64
                %v2550 = arith.muli %v2549, %v1027 : i64
                %v2551 = arith.addi %v2550, %v2339 : i64
                scf.if %v2546 {
                  %v2552 = llvm.getelementptr %v50[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2543, %v2552 : f32, !llvm.ptr
                }
                %v2553 = arith.mulf %v568, %v2353 fastmath<contract> : f32
                %v2554 = arith.select %v27, %v2553, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2555, %v2556 = gpu.shuffle xor %v2554, %v1013, %v321 : f32
                %v2557 = arith.addf %v2554, %v2555 fastmath<contract> : f32
                %v2558, %v2559 = gpu.shuffle xor %v2557, %v1017, %v321 : f32
                %v2560 = arith.addf %v2557, %v2558 fastmath<contract> : f32
                %v2561 = arith.divui %v13, %v15 : i64
                %v2562 = arith.remui %v13, %v15 : i64
                %v2563 = arith.cmpi ult, %v2562, %v22 : i64
                %v2564 = arith.addi %v22, %v23 : i64
                %v2565 = arith.muli %v2561, %v1 : i64
                %v2566 = arith.addi %v2565, %v2564 : i64
                %v2567 = arith.muli %v2566, %v1027 : i64
                %v2568 = arith.addi %v2567, %v2339 : i64
                scf.if %v2563 {
                  %v2569 = llvm.getelementptr %v50[%v2568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2560, %v2569 : f32, !llvm.ptr
                }
                %v2570 = arith.mulf %v2434, %v2353 fastmath<contract> : f32
                %v2571 = llvm.load %v43 : !llvm.ptr -> f32
                %v2572 = arith.addf %v2571, %v2570 fastmath<contract> : f32
                llvm.store %v2572, %v43 : f32, !llvm.ptr
                %v2573 = llvm.load %v44 : !llvm.ptr -> f32
                %v2574 = arith.addf %v2573, %v2471 fastmath<contract> : f32
                llvm.store %v2574, %v44 : f32, !llvm.ptr
                llvm.store %v2443, %v39 : f32, !llvm.ptr
                llvm.store %v2456, %v40 : f32, !llvm.ptr
              }
              %v2575 = arith.addi %v387, %v57 : i64
              %v2576 = arith.cmpi slt, %v2575, %v154 : i64
              %v2577, %v2578 = gpu.shuffle idx %v447, %v112, %v321 : f32
              %v2579, %v2580 = gpu.shuffle idx %v455, %v112, %v321 : f32
              %v2581, %v2582 = gpu.shuffle idx %v468, %v112, %v321 : f32
              %v2583, %v2584 = gpu.shuffle idx %v477, %v112, %v321 : f32
              %v2585, %v2586 = gpu.shuffle idx %v482, %v112, %v321 : f32
              %v2587 = arith.addi %v389, %v104 : i64
              scf.if %v2576 {
                %v2588 = arith.addi %v152, %v2575 : i64
                %v2589 = arith.muli %v23, %v181 : i64
                %v2590 = arith.subi %v2588, %v152 : i64
                %v2591 = arith.addi %v2589, %v2590 : i64
                %v2592 = llvm.getelementptr %v54[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2593 = llvm.load %v2592 : !llvm.ptr -> f32
                %v2594 = arith.muli %v35, %v260 : i64
                %v2595 = arith.muli %v33, %v259 : i64
                %v2596 = arith.addi %v2594, %v2595 : i64
                %v2597 = arith.muli %v2588, %v2 : i64
                %v2598 = arith.addi %v2596, %v2597 : i64
                %v2599 = llvm.getelementptr %dy_y[%v2598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2600 = llvm.load %v2599 : !llvm.ptr -> f32
                %v2601 = arith.mulf %v2581, %v2600 fastmath<contract> : f32
                %v2602 = arith.mulf %v2593, %v2601 fastmath<contract> : f32
                %v2603 = llvm.load %v37 : !llvm.ptr -> f32
                %v2604 = llvm.load %v39 : !llvm.ptr -> f32
                %v2605 = arith.mulf %v2604, %v2603 fastmath<contract> : f32
                %v2606 = arith.addf %v2602, %v2605 fastmath<contract> : f32
                llvm.store %v2606, %v37 : f32, !llvm.ptr
                %v2607 = arith.constant 8 : i64
                %v2608 = arith.addi %v2607, %v23 : i64
                %v2609 = arith.muli %v2608, %v181 : i64
                %v2610 = arith.subi %v2588, %v152 : i64
                %v2611 = arith.addi %v2609, %v2610 : i64
                %v2612 = llvm.getelementptr %v54[%v2611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2613 = llvm.load %v2612 : !llvm.ptr -> f32
                %v2614 = arith.mulf %v2613, %v2601 fastmath<contract> : f32
                %v2615 = llvm.load %v38 : !llvm.ptr -> f32
                %v2616 = llvm.load %v40 : !llvm.ptr -> f32
                %v2617 = arith.mulf %v2616, %v2615 fastmath<contract> : f32
                %v2618 = arith.addf %v2614, %v2617 fastmath<contract> : f32
                llvm.store %v2618, %v38 : f32, !llvm.ptr
                %v2619 = arith.subi %size_L, %v2 : i64
                %v2620 = arith.cmpi eq, %v2588, %v2619 : i64
                scf.if %v2620 {
                  %v2621 = arith.muli %v35, %v60 : i64
                  %v2622 = arith.muli %v33, %v59 : i64
                  %v2623 = arith.addi %v2621, %v2622 : i64
                  %v2624 = arith.muli %v23, %v2 : i64
                  %v2625 = arith.addi %v2623, %v2624 : i64
                  %v2626 = llvm.getelementptr %dy_h_last[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2627 = llvm.load %v2626 : !llvm.ptr -> f32
                  %v2628 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2629 = arith.addf %v2628, %v2627 fastmath<contract> : f32
                  llvm.store %v2629, %v37 : f32, !llvm.ptr
                  %v2630 = arith.muli %v35, %v60 : i64
                  %v2631 = arith.muli %v33, %v59 : i64
                  %v2632 = arith.addi %v2630, %v2631 : i64
                  %v2633 = arith.constant 8 : i64
                  %v2634 = arith.addi %v2633, %v23 : i64
                  %v2635 = arith.muli %v2634, %v2 : i64
                  %v2636 = arith.addi %v2632, %v2635 : i64
                  %v2637 = llvm.getelementptr %dy_h_last[%v2636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2638 = llvm.load %v2637 : !llvm.ptr -> f32
                  %v2639 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2640 = arith.addf %v2639, %v2638 fastmath<contract> : f32
                  llvm.store %v2640, %v38 : f32, !llvm.ptr
                }
                %v2641 = arith.muli %v33, %v2 : i64
                %v2642 = llvm.getelementptr %in_Dskip[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
                %v2644 = arith.mulf %v2643, %v2601 fastmath<contract> : f32
                %v2645 = arith.muli %v23, %v181 : i64
                %v2646 = arith.subi %v2588, %v152 : i64
                %v2647 = arith.addi %v2645, %v2646 : i64
                %v2648 = llvm.getelementptr %v52[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2649 = llvm.load %v2648 : !llvm.ptr -> f32
                %v2650 = llvm.load %v37 : !llvm.ptr -> f32
                %v2651 = arith.mulf %v2649, %v2650 fastmath<contract> : f32
                %v2652 = arith.constant 8 : i64
                %v2653 = arith.addi %v2652, %v23 : i64
                %v2654 = arith.muli %v2653, %v181 : i64
                %v2655 = arith.subi %v2588, %v152 : i64
                %v2656 = arith.addi %v2654, %v2655 : i64
                %v2657 = llvm.getelementptr %v52[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
                %v2659 = llvm.load %v38 : !llvm.ptr -> f32
                %v2660 = arith.mulf %v2658, %v2659 fastmath<contract> : f32
                %v2661 = arith.addf %v2651, %v2660 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2662, %v2663 = gpu.shuffle xor %v2661, %v920, %v321 : f32
                %v2664 = arith.addf %v2661, %v2662 fastmath<contract> : f32
                %v2665, %v2666 = gpu.shuffle xor %v2664, %v924, %v321 : f32
                %v2667 = arith.addf %v2664, %v2665 fastmath<contract> : f32
                %v2668, %v2669 = gpu.shuffle xor %v2667, %v928, %v321 : f32
                %v2670 = arith.addf %v2667, %v2668 fastmath<contract> : f32
                // end sum over the lanes
                %v2671 = arith.mulf %v2577, %v2670 fastmath<contract> : f32
                %v2672 = arith.addf %v2644, %v2671 fastmath<contract> : f32
                %v2673 = arith.cmpi eq, %v23, %v57 : i64
                %v2674 = llvm.load %v830 : !llvm.ptr -> f32
                %v2675 = arith.select %v2673, %v2672, %v2674 : f32
                llvm.store %v2675, %v830 : f32, !llvm.ptr
                %v2676 = arith.muli %v35, %v260 : i64
                %v2677 = arith.muli %v33, %v259 : i64
                %v2678 = arith.addi %v2676, %v2677 : i64
                %v2679 = arith.muli %v2588, %v2 : i64
                %v2680 = arith.addi %v2678, %v2679 : i64
                %v2681 = llvm.getelementptr %in_u[%v2680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2682 = llvm.load %v2681 : !llvm.ptr -> f32
                %v2683 = arith.mulf %v2682, %v2670 fastmath<contract> : f32
                %v2684 = arith.muli %v33, %v329 : i64
                %v2685 = arith.muli %v23, %v2 : i64
                %v2686 = arith.addi %v2684, %v2685 : i64
                %v2687 = llvm.getelementptr %in_A[%v2686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2688 = llvm.load %v2687 : !llvm.ptr -> f32
                %v2689 = arith.mulf %v2577, %v2688 fastmath<contract> : f32
                %v2690 = arith.mulf %v2689, %v275 fastmath<contract> : f32
                %v2691 = llvm.call_intrinsic "llvm.exp2.f32"(%v2690) : (f32) -> f32
                %v2692 = arith.mulf %v399, %v2650 fastmath<contract> : f32
                %v2693 = arith.mulf %v2688, %v2692 fastmath<contract> : f32
                %v2694 = arith.mulf %v2691, %v2693 fastmath<contract> : f32
                %v2695 = arith.muli %v33, %v329 : i64
                %v2696 = arith.constant 8 : i64
                %v2697 = arith.addi %v2696, %v23 : i64
                %v2698 = arith.muli %v2697, %v2 : i64
                %v2699 = arith.addi %v2695, %v2698 : i64
                %v2700 = llvm.getelementptr %in_A[%v2699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
                %v2702 = arith.mulf %v2577, %v2701 fastmath<contract> : f32
                %v2703 = arith.mulf %v2702, %v275 fastmath<contract> : f32
                %v2704 = llvm.call_intrinsic "llvm.exp2.f32"(%v2703) : (f32) -> f32
                %v2705 = arith.mulf %v408, %v2659 fastmath<contract> : f32
                %v2706 = arith.mulf %v2701, %v2705 fastmath<contract> : f32
                %v2707 = arith.mulf %v2704, %v2706 fastmath<contract> : f32
                %v2708 = arith.addf %v2694, %v2707 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2709, %v2710 = gpu.shuffle xor %v2708, %v920, %v321 : f32
                %v2711 = arith.addf %v2708, %v2709 fastmath<contract> : f32
                %v2712, %v2713 = gpu.shuffle xor %v2711, %v924, %v321 : f32
                %v2714 = arith.addf %v2711, %v2712 fastmath<contract> : f32
                %v2715, %v2716 = gpu.shuffle xor %v2714, %v928, %v321 : f32
                %v2717 = arith.addf %v2714, %v2715 fastmath<contract> : f32
                // end sum over the lanes
                %v2718 = arith.addf %v2683, %v2717 fastmath<contract> : f32
                %v2719 = arith.mulf %v2718, %v2585 fastmath<contract> : f32
                %v2720 = arith.cmpi eq, %v23, %v57 : i64
                %v2721 = llvm.load %v831 : !llvm.ptr -> f32
                %v2722 = arith.select %v2720, %v2719, %v2721 : f32
                llvm.store %v2722, %v831 : f32, !llvm.ptr
                %v2723 = arith.mulf %v2593, %v505 fastmath<contract> : f32
                %v2724 = arith.mulf %v2613, %v525 fastmath<contract> : f32
                %v2725 = arith.addf %v2723, %v2724 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2726, %v2727 = gpu.shuffle xor %v2725, %v920, %v321 : f32
                %v2728 = arith.addf %v2725, %v2726 fastmath<contract> : f32
                %v2729, %v2730 = gpu.shuffle xor %v2728, %v924, %v321 : f32
                %v2731 = arith.addf %v2728, %v2729 fastmath<contract> : f32
                %v2732, %v2733 = gpu.shuffle xor %v2731, %v928, %v321 : f32
                %v2734 = arith.addf %v2731, %v2732 fastmath<contract> : f32
                // end sum over the lanes
                %v2735 = arith.mulf %v2682, %v2643 fastmath<contract> : f32
                %v2736 = arith.addf %v2734, %v2735 fastmath<contract> : f32
                %v2737 = arith.mulf %v2736, %v2600 fastmath<contract> : f32
                %v2738 = arith.mulf %v2737, %v2583 fastmath<contract> : f32
                %v2739 = arith.cmpi eq, %v23, %v57 : i64
                %v2740 = llvm.load %v832 : !llvm.ptr -> f32
                %v2741 = arith.select %v2739, %v2738, %v2740 : f32
                llvm.store %v2741, %v832 : f32, !llvm.ptr
                %v2742 = arith.mulf %v2691, %v2692 fastmath<contract> : f32
                %v2743 = arith.mulf %v2577, %v2742 fastmath<contract> : f32
                %v2744 = llvm.load %v41 : !llvm.ptr -> f32
                %v2745 = arith.addf %v2744, %v2743 fastmath<contract> : f32
                llvm.store %v2745, %v41 : f32, !llvm.ptr
                %v2746 = arith.mulf %v2704, %v2705 fastmath<contract> : f32
                %v2747 = arith.mulf %v2577, %v2746 fastmath<contract> : f32
                %v2748 = llvm.load %v42 : !llvm.ptr -> f32
                %v2749 = arith.addf %v2748, %v2747 fastmath<contract> : f32
                llvm.store %v2749, %v42 : f32, !llvm.ptr
                %v2750 = arith.mulf %v2579, %v2650 fastmath<contract> : f32
                %v2751 = arith.select %v27, %v2750, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2752, %v2753 = gpu.shuffle xor %v2751, %v1013, %v321 : f32
                %v2754 = arith.addf %v2751, %v2752 fastmath<contract> : f32
                %v2755, %v2756 = gpu.shuffle xor %v2754, %v1017, %v321 : f32
                %v2757 = arith.addf %v2754, %v2755 fastmath<contract> : f32
                %v2758 = arith.divui %v13, %v15 : i64
                %v2759 = arith.remui %v13, %v15 : i64
                %v2760 = arith.cmpi ult, %v2759, %v22 : i64
                %v2761 = arith.addi %v57, %v23 : i64
                %v2762 = arith.muli %v2758, %v1 : i64
                %v2763 = arith.addi %v2762, %v2761 : i64
                %v2764 = arith.muli %v2763, %v1027 : i64
                %v2765 = arith.addi %v2764, %v2587 : i64
                scf.if %v2760 {
                  %v2766 = llvm.getelementptr %v48[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2757, %v2766 : f32, !llvm.ptr
                }
                %v2767 = arith.mulf %v2579, %v2659 fastmath<contract> : f32
                %v2768 = arith.select %v27, %v2767, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2769, %v2770 = gpu.shuffle xor %v2768, %v1013, %v321 : f32
                %v2771 = arith.addf %v2768, %v2769 fastmath<contract> : f32
                %v2772, %v2773 = gpu.shuffle xor %v2771, %v1017, %v321 : f32
                %v2774 = arith.addf %v2771, %v2772 fastmath<contract> : f32
                %v2775 = arith.divui %v13, %v15 : i64
                %v2776 = arith.remui %v13, %v15 : i64
                %v2777 = arith.cmpi ult, %v2776, %v22 : i64
                %v2778 = arith.addi %v22, %v23 : i64
                %v2779 = arith.muli %v2775, %v1 : i64
                %v2780 = arith.addi %v2779, %v2778 : i64
                %v2781 = arith.muli %v2780, %v1027 : i64
                %v2782 = arith.addi %v2781, %v2587 : i64
                scf.if %v2777 {
                  %v2783 = llvm.getelementptr %v48[%v2782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2774, %v2783 : f32, !llvm.ptr
                }
                %v2784 = arith.mulf %v505, %v2601 fastmath<contract> : f32
                %v2785 = arith.select %v27, %v2784, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2786, %v2787 = gpu.shuffle xor %v2785, %v1013, %v321 : f32
                %v2788 = arith.addf %v2785, %v2786 fastmath<contract> : f32
                %v2789, %v2790 = gpu.shuffle xor %v2788, %v1017, %v321 : f32
                %v2791 = arith.addf %v2788, %v2789 fastmath<contract> : f32
                %v2792 = arith.divui %v13, %v15 : i64
                %v2793 = arith.remui %v13, %v15 : i64
                %v2794 = arith.cmpi ult, %v2793, %v22 : i64
                %v2795 = arith.addi %v57, %v23 : i64
                %v2796 = arith.muli %v2792, %v1 : i64
                %v2797 = arith.addi %v2796, %v2795 : i64
                %v2798 = arith.muli %v2797, %v1027 : i64
                %v2799 = arith.addi %v2798, %v2587 : i64
                scf.if %v2794 {
                  %v2800 = llvm.getelementptr %v50[%v2799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2791, %v2800 : f32, !llvm.ptr
                }
                %v2801 = arith.mulf %v525, %v2601 fastmath<contract> : f32
                %v2802 = arith.select %v27, %v2801, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2803, %v2804 = gpu.shuffle xor %v2802, %v1013, %v321 : f32
                %v2805 = arith.addf %v2802, %v2803 fastmath<contract> : f32
                %v2806, %v2807 = gpu.shuffle xor %v2805, %v1017, %v321 : f32
                %v2808 = arith.addf %v2805, %v2806 fastmath<contract> : f32
                %v2809 = arith.divui %v13, %v15 : i64
                %v2810 = arith.remui %v13, %v15 : i64
                %v2811 = arith.cmpi ult, %v2810, %v22 : i64
                %v2812 = arith.addi %v22, %v23 : i64
                %v2813 = arith.muli %v2809, %v1 : i64
                %v2814 = arith.addi %v2813, %v2812 : i64
                %v2815 = arith.muli %v2814, %v1027 : i64
                %v2816 = arith.addi %v2815, %v2587 : i64
                scf.if %v2811 {
                  %v2817 = llvm.getelementptr %v50[%v2816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2808, %v2817 : f32, !llvm.ptr
                }
                %v2818 = arith.mulf %v2682, %v2601 fastmath<contract> : f32
                %v2819 = llvm.load %v43 : !llvm.ptr -> f32
                %v2820 = arith.addf %v2819, %v2818 fastmath<contract> : f32
                llvm.store %v2820, %v43 : f32, !llvm.ptr
                %v2821 = llvm.load %v44 : !llvm.ptr -> f32
                %v2822 = arith.addf %v2821, %v2719 fastmath<contract> : f32
                llvm.store %v2822, %v44 : f32, !llvm.ptr
                llvm.store %v2691, %v39 : f32, !llvm.ptr
                llvm.store %v2704, %v40 : f32, !llvm.ptr
              }
              %v2823 = arith.addi %v387, %v23 : i64
              %v2824 = arith.cmpi slt, %v2823, %v154 : i64
              %v2825 = arith.andi %v27, %v2824 : i1
              scf.if %v2825 {
                %v2826 = arith.addi %v152, %v2823 : i64
                %v2827 = llvm.load %v830 : !llvm.ptr -> f32
                %v2828 = arith.muli %v35, %v260 : i64
                %v2829 = arith.muli %v33, %v259 : i64
                %v2830 = arith.addi %v2828, %v2829 : i64
                %v2831 = arith.muli %v2826, %v2 : i64
                %v2832 = arith.addi %v2830, %v2831 : i64
                %v2833 = llvm.getelementptr %dx_u[%v2832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2827, %v2833 : f32, !llvm.ptr
                %v2834 = llvm.load %v831 : !llvm.ptr -> f32
                %v2835 = arith.muli %v35, %v260 : i64
                %v2836 = arith.muli %v33, %v259 : i64
                %v2837 = arith.addi %v2835, %v2836 : i64
                %v2838 = arith.muli %v2826, %v2 : i64
                %v2839 = arith.addi %v2837, %v2838 : i64
                %v2840 = llvm.getelementptr %dx_delta[%v2839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2834, %v2840 : f32, !llvm.ptr
                %v2841 = llvm.load %v832 : !llvm.ptr -> f32
                %v2842 = arith.muli %v35, %v260 : i64
                %v2843 = arith.muli %v33, %v259 : i64
                %v2844 = arith.addi %v2842, %v2843 : i64
                %v2845 = arith.muli %v2826, %v2 : i64
                %v2846 = arith.addi %v2844, %v2845 : i64
                %v2847 = llvm.getelementptr %dx_z[%v2846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2841, %v2847 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2852 = arith.index_cast %v13 : i64 to index
          %v2853 = arith.index_cast %v2851 : i64 to index
          %v2854 = arith.index_cast %v160 : i64 to index
          scf.for %v2855 = %v2852 to %v2853 step %v2854 {
            %v2856 = arith.index_cast %v2855 : index to i64
            %v2857 = arith.remui %v2856, %v15 : i64
            %v2858 = arith.divui %v2856, %v15 : i64
            %v2859 = arith.muli %v376, %v369 : i64
            %v2860 = arith.divui %v2857, %v22 : i64
            %v2861 = arith.addi %v2859, %v2860 : i64
            %v2862 = arith.cmpi slt, %v2861, %v157 : i64
            %v2863 = arith.subi %v157, %v2 : i64
            %v2864 = arith.subi %v2863, %v2861 : i64
            %v2865 = arith.remui %v2857, %v22 : i64
            %v2866 = arith.subi %v104, %v2865 : i64
            %v2867 = arith.muli %v2864, %v22 : i64
            %v2868 = arith.addi %v2867, %v2866 : i64
            %v2869 = arith.cmpi slt, %v2868, %v154 : i64
            %v2870 = arith.andi %v2862, %v2869 : i1
            scf.if %v2870 {
              %v2871 = arith.addi %v152, %v2868 : i64
              %v2872 = arith.muli %v57, %v1 : i64
              %v2873 = arith.addi %v2872, %v2858 : i64
              %v2874 = arith.muli %v2873, %v1027 : i64
              %v2875 = arith.addi %v2874, %v2857 : i64
              %v2876 = llvm.getelementptr %v48[%v2875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2877 = llvm.load %v2876 : !llvm.ptr -> f32
              %v2878 = arith.muli %v2, %v1 : i64
              %v2879 = arith.addi %v2878, %v2858 : i64
              %v2880 = arith.muli %v2879, %v1027 : i64
              %v2881 = arith.addi %v2880, %v2857 : i64
              %v2882 = llvm.getelementptr %v48[%v2881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2883 = llvm.load %v2882 : !llvm.ptr -> f32
              %v2884 = arith.addf %v2877, %v2883 fastmath<contract> : f32
              %v2885 = arith.muli %v569, %v1 : i64
              %v2886 = arith.addi %v2885, %v2858 : i64
              %v2887 = arith.muli %v2886, %v1027 : i64
              %v2888 = arith.addi %v2887, %v2857 : i64
              %v2889 = llvm.getelementptr %v48[%v2888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2890 = llvm.load %v2889 : !llvm.ptr -> f32
              %v2891 = arith.addf %v2884, %v2890 fastmath<contract> : f32
              %v2892 = arith.muli %v368, %v1 : i64
              %v2893 = arith.addi %v2892, %v2858 : i64
              %v2894 = arith.muli %v2893, %v1027 : i64
              %v2895 = arith.addi %v2894, %v2857 : i64
              %v2896 = llvm.getelementptr %v48[%v2895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2897 = llvm.load %v2896 : !llvm.ptr -> f32
              %v2898 = arith.addf %v2891, %v2897 fastmath<contract> : f32
              %v2899 = arith.muli %v369, %v1 : i64
              %v2900 = arith.addi %v2899, %v2858 : i64
              %v2901 = arith.muli %v2900, %v1027 : i64
              %v2902 = arith.addi %v2901, %v2857 : i64
              %v2903 = llvm.getelementptr %v48[%v2902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2904 = llvm.load %v2903 : !llvm.ptr -> f32
              %v2905 = arith.addf %v2898, %v2904 fastmath<contract> : f32
              %v2906 = arith.muli %v699, %v1 : i64
              %v2907 = arith.addi %v2906, %v2858 : i64
              %v2908 = arith.muli %v2907, %v1027 : i64
              %v2909 = arith.addi %v2908, %v2857 : i64
              %v2910 = llvm.getelementptr %v48[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2911 = llvm.load %v2910 : !llvm.ptr -> f32
              %v2912 = arith.addf %v2905, %v2911 fastmath<contract> : f32
              %v2913 = arith.muli %v743, %v1 : i64
              %v2914 = arith.addi %v2913, %v2858 : i64
              %v2915 = arith.muli %v2914, %v1027 : i64
              %v2916 = arith.addi %v2915, %v2857 : i64
              %v2917 = llvm.getelementptr %v48[%v2916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2918 = llvm.load %v2917 : !llvm.ptr -> f32
              %v2919 = arith.addf %v2912, %v2918 fastmath<contract> : f32
              %v2920 = arith.muli %v104, %v1 : i64
              %v2921 = arith.addi %v2920, %v2858 : i64
              %v2922 = arith.muli %v2921, %v1027 : i64
              %v2923 = arith.addi %v2922, %v2857 : i64
              %v2924 = llvm.getelementptr %v48[%v2923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2925 = llvm.load %v2924 : !llvm.ptr -> f32
              %v2926 = arith.addf %v2919, %v2925 fastmath<contract> : f32
              %v2927 = arith.remui %v2858, %v1 : i64
              %v2928 = arith.divui %v2858, %v1 : i64
              %v2929 = arith.muli %v35, %v173 : i64
              %v2930 = arith.muli %v2927, %v172 : i64
              %v2931 = arith.addi %v2929, %v2930 : i64
              %v2932 = arith.muli %v2871, %v2 : i64
              %v2933 = arith.addi %v2931, %v2932 : i64
              %v2934 = arith.muli %v21, %v2850 : i64
              %v2935 = arith.addi %v2934, %v2933 : i64
              %v2936 = llvm.getelementptr %part_Bm[%v2935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2926, %v2936 : f32, !llvm.ptr
            }
          }
          %v2940 = arith.index_cast %v13 : i64 to index
          %v2941 = arith.index_cast %v2851 : i64 to index
          %v2942 = arith.index_cast %v160 : i64 to index
          scf.for %v2943 = %v2940 to %v2941 step %v2942 {
            %v2944 = arith.index_cast %v2943 : index to i64
            %v2945 = arith.remui %v2944, %v15 : i64
            %v2946 = arith.divui %v2944, %v15 : i64
            %v2947 = arith.muli %v376, %v369 : i64
            %v2948 = arith.divui %v2945, %v22 : i64
            %v2949 = arith.addi %v2947, %v2948 : i64
            %v2950 = arith.cmpi slt, %v2949, %v157 : i64
            %v2951 = arith.subi %v157, %v2 : i64
            %v2952 = arith.subi %v2951, %v2949 : i64
            %v2953 = arith.remui %v2945, %v22 : i64
            %v2954 = arith.subi %v104, %v2953 : i64
            %v2955 = arith.muli %v2952, %v22 : i64
            %v2956 = arith.addi %v2955, %v2954 : i64
            %v2957 = arith.cmpi slt, %v2956, %v154 : i64
            %v2958 = arith.andi %v2950, %v2957 : i1
            scf.if %v2958 {
              %v2959 = arith.addi %v152, %v2956 : i64
              %v2960 = arith.muli %v57, %v1 : i64
              %v2961 = arith.addi %v2960, %v2946 : i64
              %v2962 = arith.muli %v2961, %v1027 : i64
              %v2963 = arith.addi %v2962, %v2945 : i64
              %v2964 = llvm.getelementptr %v50[%v2963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2965 = llvm.load %v2964 : !llvm.ptr -> f32
              %v2966 = arith.muli %v2, %v1 : i64
              %v2967 = arith.addi %v2966, %v2946 : i64
              %v2968 = arith.muli %v2967, %v1027 : i64
              %v2969 = arith.addi %v2968, %v2945 : i64
              %v2970 = llvm.getelementptr %v50[%v2969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2971 = llvm.load %v2970 : !llvm.ptr -> f32
              %v2972 = arith.addf %v2965, %v2971 fastmath<contract> : f32
              %v2973 = arith.muli %v569, %v1 : i64
              %v2974 = arith.addi %v2973, %v2946 : i64
              %v2975 = arith.muli %v2974, %v1027 : i64
              %v2976 = arith.addi %v2975, %v2945 : i64
              %v2977 = llvm.getelementptr %v50[%v2976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2978 = llvm.load %v2977 : !llvm.ptr -> f32
              %v2979 = arith.addf %v2972, %v2978 fastmath<contract> : f32
              %v2980 = arith.muli %v368, %v1 : i64
              %v2981 = arith.addi %v2980, %v2946 : i64
              %v2982 = arith.muli %v2981, %v1027 : i64
              %v2983 = arith.addi %v2982, %v2945 : i64
              %v2984 = llvm.getelementptr %v50[%v2983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2985 = llvm.load %v2984 : !llvm.ptr -> f32
              %v2986 = arith.addf %v2979, %v2985 fastmath<contract> : f32
              %v2987 = arith.muli %v369, %v1 : i64
              %v2988 = arith.addi %v2987, %v2946 : i64
              %v2989 = arith.muli %v2988, %v1027 : i64
              %v2990 = arith.addi %v2989, %v2945 : i64
              %v2991 = llvm.getelementptr %v50[%v2990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2992 = llvm.load %v2991 : !llvm.ptr -> f32
              %v2993 = arith.addf %v2986, %v2992 fastmath<contract> : f32
              %v2994 = arith.muli %v699, %v1 : i64
              %v2995 = arith.addi %v2994, %v2946 : i64
              %v2996 = arith.muli %v2995, %v1027 : i64
              %v2997 = arith.addi %v2996, %v2945 : i64
              %v2998 = llvm.getelementptr %v50[%v2997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2999 = llvm.load %v2998 : !llvm.ptr -> f32
              %v3000 = arith.addf %v2993, %v2999 fastmath<contract> : f32
              %v3001 = arith.muli %v743, %v1 : i64
              %v3002 = arith.addi %v3001, %v2946 : i64
              %v3003 = arith.muli %v3002, %v1027 : i64
              %v3004 = arith.addi %v3003, %v2945 : i64
              %v3005 = llvm.getelementptr %v50[%v3004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3006 = llvm.load %v3005 : !llvm.ptr -> f32
              %v3007 = arith.addf %v3000, %v3006 fastmath<contract> : f32
              %v3008 = arith.muli %v104, %v1 : i64
              %v3009 = arith.addi %v3008, %v2946 : i64
              %v3010 = arith.muli %v3009, %v1027 : i64
              %v3011 = arith.addi %v3010, %v2945 : i64
              %v3012 = llvm.getelementptr %v50[%v3011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3013 = llvm.load %v3012 : !llvm.ptr -> f32
              %v3014 = arith.addf %v3007, %v3013 fastmath<contract> : f32
              %v3015 = arith.remui %v2946, %v1 : i64
              %v3016 = arith.divui %v2946, %v1 : i64
              %v3017 = arith.muli %v35, %v173 : i64
              %v3018 = arith.muli %v3015, %v172 : i64
              %v3019 = arith.addi %v3017, %v3018 : i64
              %v3020 = arith.muli %v2959, %v2 : i64
              %v3021 = arith.addi %v3019, %v3020 : i64
              %v3022 = arith.muli %v21, %v2939 : i64
              %v3023 = arith.addi %v3022, %v3021 : i64
              %v3024 = llvm.getelementptr %part_Cm[%v3023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3014, %v3024 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3025 = arith.constant true
      scf.if %v3025 {
        %v3026 = llvm.load %v37 : !llvm.ptr -> f32
        %v3027 = llvm.load %v39 : !llvm.ptr -> f32
        %v3028 = arith.mulf %v3027, %v3026 fastmath<contract> : f32
        %v3029 = llvm.load %v45 : !llvm.ptr -> f32
        %v3030 = arith.addf %v3029, %v3028 fastmath<contract> : f32
        llvm.store %v3030, %v45 : f32, !llvm.ptr
        %v3031 = llvm.load %v38 : !llvm.ptr -> f32
        %v3032 = llvm.load %v40 : !llvm.ptr -> f32
        %v3033 = arith.mulf %v3032, %v3031 fastmath<contract> : f32
        %v3034 = llvm.load %v46 : !llvm.ptr -> f32
        %v3035 = arith.addf %v3034, %v3033 fastmath<contract> : f32
        llvm.store %v3035, %v46 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v3036 = llvm.load %v41 : !llvm.ptr -> f32
        %v3037 = arith.addi %v57, %v23 : i64
        %v3038 = arith.muli %v29, %v1 : i64
        %v3039 = arith.addi %v3038, %v3037 : i64
        %v3040 = llvm.getelementptr %part_A[%v3039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3036, %v3040 : f32, !llvm.ptr
        %v3041 = llvm.load %v42 : !llvm.ptr -> f32
        %v3042 = arith.addi %v22, %v23 : i64
        %v3043 = arith.muli %v29, %v1 : i64
        %v3044 = arith.addi %v3043, %v3042 : i64
        %v3045 = llvm.getelementptr %part_A[%v3044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3041, %v3045 : f32, !llvm.ptr
      }
      %v3046 = arith.cmpi eq, %v23, %v57 : i64
      %v3047 = arith.andi %v27, %v3046 : i1
      scf.if %v3047 {
        %v3048 = llvm.load %v43 : !llvm.ptr -> f32
        %v3049 = arith.muli %v29, %v2 : i64
        %v3050 = arith.addi %v3049, %v57 : i64
        %v3051 = llvm.getelementptr %part_Dskip[%v3050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3048, %v3051 : f32, !llvm.ptr
      }
      %v3052 = arith.cmpi eq, %v23, %v57 : i64
      %v3053 = arith.andi %v27, %v3052 : i1
      scf.if %v3053 {
        %v3054 = llvm.load %v44 : !llvm.ptr -> f32
        %v3055 = arith.muli %v29, %v2 : i64
        %v3056 = arith.addi %v3055, %v57 : i64
        %v3057 = llvm.getelementptr %part_dt_bias[%v3056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3054, %v3057 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v3058 = llvm.load %v45 : !llvm.ptr -> f32
        %v3059 = arith.muli %v35, %v60 : i64
        %v3060 = arith.muli %v33, %v59 : i64
        %v3061 = arith.addi %v3059, %v3060 : i64
        %v3062 = arith.muli %v23, %v2 : i64
        %v3063 = arith.addi %v3061, %v3062 : i64
        %v3064 = llvm.getelementptr %dx_h0[%v3063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3058, %v3064 : f32, !llvm.ptr
        %v3065 = llvm.load %v46 : !llvm.ptr -> f32
        %v3066 = arith.muli %v35, %v60 : i64
        %v3067 = arith.muli %v33, %v59 : i64
        %v3068 = arith.addi %v3066, %v3067 : i64
        %v3069 = arith.constant 8 : i64
        %v3070 = arith.addi %v3069, %v23 : i64
        %v3071 = arith.muli %v3070, %v2 : i64
        %v3072 = arith.addi %v3068, %v3071 : i64
        %v3073 = llvm.getelementptr %dx_h0[%v3072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3065, %v3073 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
