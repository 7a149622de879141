module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_bimamba_reverse_bwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_bimamba_reverse_bwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @bimamba_reverse_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v47 = llvm.mlir.addressof @tile_bimamba_reverse_bwd_Bm : !llvm.ptr<3>
      %v48 = llvm.addrspacecast %v47 : !llvm.ptr<3> to !llvm.ptr
      %v49 = llvm.mlir.addressof @tile_bimamba_reverse_bwd_Cm : !llvm.ptr<3>
      %v50 = llvm.addrspacecast %v49 : !llvm.ptr<3> to !llvm.ptr
      %v51 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_Bm : !llvm.ptr<3>
      %v52 = llvm.addrspacecast %v51 : !llvm.ptr<3> to !llvm.ptr
      %v53 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_Cm : !llvm.ptr<3>
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
      %v177 = arith.subi %size_L, %v2 : i64
      %v183 = arith.constant 65 : i64
      %v209 = arith.muli %v2, %size_B : i64
      %v210 = arith.muli %v209, %size_D : i64
      %v211 = arith.muli %v210, %v1 : i64
      %v221 = arith.muli %v2, %size_B : i64
      %v222 = arith.muli %v221, %size_D : i64
      %v223 = arith.muli %v222, %v1 : i64
      %v262 = arith.muli %v2, %size_L : i64
      %v263 = arith.muli %v262, %size_D : i64
      %v279 = arith.constant 0x3FB8AA3B : f32
      %v284 = arith.constant 0x3F317218 : f32
      %v286 = arith.constant 0x3E124925 : f32
      %v288 = arith.constant 0xBE2AAAAB : f32
      %v291 = arith.constant 0x3E4CCCCD : f32
      %v294 = arith.constant 0xBE800000 : f32
      %v297 = arith.constant 0x3EAAAAAB : f32
      %v300 = arith.constant 0xBF000000 : f32
      %v306 = arith.constant 0x3D800000 : f32
      %v326 = arith.constant 32 : i32
      %v334 = arith.muli %v2, %v1 : i64
      %v373 = arith.constant 3 : i64
      %v374 = arith.constant 4 : i64
      %v577 = arith.constant 2 : i64
      %v707 = arith.constant 5 : i64
      %v751 = arith.constant 6 : i64
      %v838 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v839 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v840 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v949 = arith.constant 8 : i32
      %v953 = arith.constant 16 : i32
      %v963 = arith.constant 33 : i64
      %v1235 = arith.constant 1 : i32
      %v1638 = arith.constant 2 : i32
      %v2453 = arith.constant 4 : i32
      %v2549 = arith.muli %v2, %size_B : i64
      %v2550 = arith.muli %v2549, %v1 : i64
      %v2551 = arith.muli %v2550, %size_L : i64
      %v2552 = arith.constant 512 : i64
      %v2639 = arith.muli %v2, %size_B : i64
      %v2640 = arith.muli %v2639, %v1 : i64
      %v2641 = arith.muli %v2640, %size_L : i64
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
        %v88 = llvm.getelementptr %dy_h_first[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v99 = llvm.getelementptr %dy_h_first[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v178 = arith.subi %v177, %v169 : i64
          %v179 = arith.muli %v178, %v2 : i64
          %v180 = arith.addi %v176, %v179 : i64
          %v181 = llvm.getelementptr %in_Bm[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v182 = llvm.load %v181 : !llvm.ptr -> f32
          %v184 = arith.muli %v167, %v183 : i64
          %v185 = arith.addi %v184, %v166 : i64
          %v186 = llvm.getelementptr %v52[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v182, %v186 : f32, !llvm.ptr
        }
        %v187 = arith.index_cast %v13 : i64 to index
        %v188 = arith.index_cast %v159 : i64 to index
        %v189 = arith.index_cast %v160 : i64 to index
        scf.for %v190 = %v187 to %v188 step %v189 {
          %v191 = arith.index_cast %v190 : index to i64
          %v192 = arith.remui %v191, %v103 : i64
          %v193 = arith.divui %v191, %v103 : i64
          %v194 = arith.addi %v152, %v192 : i64
          %v195 = arith.minsi %v194, %v158 : i64
          %v196 = arith.remui %v193, %v1 : i64
          %v197 = arith.divui %v193, %v1 : i64
          %v198 = arith.muli %v35, %v173 : i64
          %v199 = arith.muli %v196, %v172 : i64
          %v200 = arith.addi %v198, %v199 : i64
          %v201 = arith.subi %v177, %v195 : i64
          %v202 = arith.muli %v201, %v2 : i64
          %v203 = arith.addi %v200, %v202 : i64
          %v204 = llvm.getelementptr %in_Cm[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = arith.muli %v193, %v183 : i64
          %v207 = arith.addi %v206, %v192 : i64
          %v208 = llvm.getelementptr %v54[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v205, %v208 : f32, !llvm.ptr
        }
        gpu.barrier
        %v212 = arith.muli %v151, %v211 : i64
        %v213 = arith.muli %v35, %v60 : i64
        %v214 = arith.muli %v33, %v59 : i64
        %v215 = arith.addi %v213, %v214 : i64
        %v216 = arith.muli %v23, %v2 : i64
        %v217 = arith.addi %v215, %v216 : i64
        %v218 = arith.addi %v212, %v217 : i64
        %v219 = llvm.getelementptr %ckpt_h[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v220 = llvm.load %v219 : !llvm.ptr -> f32
        llvm.store %v220, %v7 : f32, !llvm.ptr
        %v224 = arith.muli %v151, %v223 : i64
        %v225 = arith.muli %v35, %v60 : i64
        %v226 = arith.muli %v33, %v59 : i64
        %v227 = arith.addi %v225, %v226 : i64
        %v228 = arith.constant 8 : i64
        %v229 = arith.addi %v228, %v23 : i64
        %v230 = arith.muli %v229, %v2 : i64
        %v231 = arith.addi %v227, %v230 : i64
        %v232 = arith.addi %v224, %v231 : i64
        %v233 = llvm.getelementptr %ckpt_h[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v234 = llvm.load %v233 : !llvm.ptr -> f32
        llvm.store %v234, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v235 = arith.index_cast %v57 : i64 to index
        %v236 = arith.index_cast %v157 : i64 to index
        %v237 = arith.index_cast %v2 : i64 to index
        scf.for %v238 = %v235 to %v236 step %v237 {
          %v239 = arith.index_cast %v238 : index to i64
          scf.if %v27 {
            %v240 = llvm.load %v7 : !llvm.ptr -> f32
            %v241 = arith.muli %v239, %v4 : i64
            %v242 = arith.subi %v4, %v2 : i64
            %v243 = arith.minsi %v29, %v242 : i64
            %v244 = arith.addi %v241, %v243 : i64
            %v245 = arith.muli %v244, %v1 : i64
            %v246 = arith.addi %v245, %v57 : i64
            %v247 = arith.addi %v246, %v23 : i64
            %v248 = llvm.getelementptr %scratch_h[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v240, %v248 : f32, !llvm.ptr
            %v249 = llvm.load %v8 : !llvm.ptr -> f32
            %v250 = arith.muli %v239, %v4 : i64
            %v251 = arith.subi %v4, %v2 : i64
            %v252 = arith.minsi %v29, %v251 : i64
            %v253 = arith.addi %v250, %v252 : i64
            %v254 = arith.muli %v253, %v1 : i64
            %v255 = arith.addi %v254, %v22 : i64
            %v256 = arith.addi %v255, %v23 : i64
            %v257 = llvm.getelementptr %scratch_h[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v249, %v257 : f32, !llvm.ptr
          }
          %v258 = arith.muli %v239, %v22 : i64
          %v259 = arith.addi %v258, %v23 : i64
          %v260 = arith.minsi %v259, %v155 : i64
          %v261 = arith.addi %v152, %v260 : i64
          %v264 = arith.muli %v35, %v263 : i64
          %v265 = arith.muli %v33, %v262 : i64
          %v266 = arith.addi %v264, %v265 : i64
          %v267 = arith.subi %v177, %v261 : i64
          %v268 = arith.muli %v267, %v2 : i64
          %v269 = arith.addi %v266, %v268 : i64
          %v270 = llvm.getelementptr %in_delta[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v271 = llvm.load %v270 : !llvm.ptr -> f32
          %v272 = arith.muli %v33, %v2 : i64
          %v273 = llvm.getelementptr %in_dt_bias[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v274 = llvm.load %v273 : !llvm.ptr -> f32
          %v275 = arith.addf %v271, %v274 fastmath<contract> : f32
          %v276 = arith.maximumf %v275, %v55 : f32
          %v277 = llvm.call_intrinsic "llvm.fabs.f32"(%v275) : (f32) -> f32
          %v278 = arith.negf %v277 : f32
          %v280 = arith.mulf %v278, %v279 fastmath<contract> : f32
          %v281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v280) : (f32) -> f32
          %v282 = arith.addf %v56, %v281 fastmath<contract> : f32
          %v283 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v282) : (f32) -> f32
          %v285 = arith.mulf %v283, %v284 fastmath<contract> : f32
          %v287 = arith.mulf %v286, %v281 fastmath<contract> : f32
          %v289 = arith.addf %v287, %v288 fastmath<contract> : f32
          %v290 = arith.mulf %v289, %v281 fastmath<contract> : f32
          %v292 = arith.addf %v290, %v291 fastmath<contract> : f32
          %v293 = arith.mulf %v292, %v281 fastmath<contract> : f32
          %v295 = arith.addf %v293, %v294 fastmath<contract> : f32
          %v296 = arith.mulf %v295, %v281 fastmath<contract> : f32
          %v298 = arith.addf %v296, %v297 fastmath<contract> : f32
          %v299 = arith.mulf %v298, %v281 fastmath<contract> : f32
          %v301 = arith.addf %v299, %v300 fastmath<contract> : f32
          %v302 = arith.mulf %v301, %v281 fastmath<contract> : f32
          %v303 = arith.addf %v302, %v56 fastmath<contract> : f32
          %v304 = arith.mulf %v303, %v281 fastmath<contract> : f32
          %v305 = llvm.call_intrinsic "llvm.fabs.f32"(%v281) : (f32) -> f32
          %v307 = arith.cmpf olt, %v305, %v306 : f32
          %v308 = arith.select %v307, %v304, %v285 : f32
          %v309 = arith.addf %v276, %v308 fastmath<contract> : f32
          %v310 = arith.muli %v35, %v263 : i64
          %v311 = arith.muli %v33, %v262 : i64
          %v312 = arith.addi %v310, %v311 : i64
          %v313 = arith.subi %v177, %v261 : i64
          %v314 = arith.muli %v313, %v2 : i64
          %v315 = arith.addi %v312, %v314 : i64
          %v316 = llvm.getelementptr %in_u[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.mulf %v309, %v317 fastmath<contract> : f32
          %v319 = arith.index_cast %v57 : i64 to index
          %v320 = arith.index_cast %v22 : i64 to index
          %v321 = arith.index_cast %v2 : i64 to index
          scf.for %v322 = %v319 to %v320 step %v321 {
            %v323 = arith.index_cast %v322 : index to i64
            %v324 = arith.trunci %v323 : i64 to i32
            %v325 = arith.ori %v112, %v324 : i32
            %v327, %v328 = gpu.shuffle idx %v309, %v325, %v326 : f32
            %v329, %v330 = gpu.shuffle idx %v318, %v325, %v326 : f32
            %v331 = arith.addi %v258, %v323 : i64
            %v332 = arith.cmpi slt, %v331, %v154 : i64
            scf.if %v332 {
              %v333 = arith.addi %v152, %v331 : i64
              %v335 = arith.muli %v33, %v334 : i64
              %v336 = arith.muli %v23, %v2 : i64
              %v337 = arith.addi %v335, %v336 : i64
              %v338 = llvm.getelementptr %in_A[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v339 = llvm.load %v338 : !llvm.ptr -> f32
              %v340 = arith.mulf %v327, %v339 fastmath<contract> : f32
              %v341 = arith.mulf %v340, %v279 fastmath<contract> : f32
              %v342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v341) : (f32) -> f32
              %v343 = arith.muli %v23, %v183 : i64
              %v344 = arith.subi %v333, %v152 : i64
              %v345 = arith.addi %v343, %v344 : i64
              %v346 = llvm.getelementptr %v52[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v347 = llvm.load %v346 : !llvm.ptr -> f32
              %v348 = arith.mulf %v347, %v329 fastmath<contract> : f32
              %v349 = llvm.load %v7 : !llvm.ptr -> f32
              %v350 = arith.mulf %v342, %v349 fastmath<contract> : f32
              %v351 = arith.addf %v350, %v348 fastmath<contract> : f32
              llvm.store %v351, %v7 : f32, !llvm.ptr
              %v352 = arith.muli %v33, %v334 : i64
              %v353 = arith.constant 8 : i64
              %v354 = arith.addi %v353, %v23 : i64
              %v355 = arith.muli %v354, %v2 : i64
              %v356 = arith.addi %v352, %v355 : i64
              %v357 = llvm.getelementptr %in_A[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v358 = llvm.load %v357 : !llvm.ptr -> f32
              %v359 = arith.mulf %v327, %v358 fastmath<contract> : f32
              %v360 = arith.mulf %v359, %v279 fastmath<contract> : f32
              %v361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v360) : (f32) -> f32
              %v362 = arith.constant 8 : i64
              %v363 = arith.addi %v362, %v23 : i64
              %v364 = arith.muli %v363, %v183 : i64
              %v365 = arith.subi %v333, %v152 : i64
              %v366 = arith.addi %v364, %v365 : i64
              %v367 = llvm.getelementptr %v52[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v368 = llvm.load %v367 : !llvm.ptr -> f32
              %v369 = arith.mulf %v368, %v329 fastmath<contract> : f32
              %v370 = llvm.load %v8 : !llvm.ptr -> f32
              %v371 = arith.mulf %v361, %v370 fastmath<contract> : f32
              %v372 = arith.addf %v371, %v369 fastmath<contract> : f32
              llvm.store %v372, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v375 = arith.addi %v157, %v373 : i64
        %v376 = arith.divui %v375, %v374 : i64
        %v377 = arith.index_cast %v57 : i64 to index
        %v378 = arith.index_cast %v376 : i64 to index
        %v379 = arith.index_cast %v2 : i64 to index
        scf.for %v380 = %v377 to %v378 step %v379 {
          %v381 = arith.index_cast %v380 : index to i64
          %v382 = arith.muli %v381, %v374 : i64
          %v383 = arith.addi %v382, %v374 : i64
          %v384 = arith.index_cast %v382 : i64 to index
          %v385 = arith.index_cast %v383 : i64 to index
          %v386 = arith.index_cast %v2 : i64 to index
          scf.for %v387 = %v384 to %v385 step %v386 {
            %v388 = arith.index_cast %v387 : index to i64
            %v389 = arith.cmpi slt, %v388, %v157 : i64
            scf.if %v389 {
              %v390 = arith.subi %v157, %v2 : i64
              %v391 = arith.subi %v390, %v388 : i64
              %v392 = arith.muli %v391, %v22 : i64
              %v393 = arith.remui %v388, %v374 : i64
              %v394 = arith.muli %v393, %v22 : i64
              %v395 = arith.subi %v154, %v2 : i64
              %v396 = arith.muli %v391, %v4 : i64
              %v397 = arith.subi %v4, %v2 : i64
              %v398 = arith.minsi %v29, %v397 : i64
              %v399 = arith.addi %v396, %v398 : i64
              %v400 = arith.muli %v399, %v1 : i64
              %v401 = arith.addi %v400, %v57 : i64
              %v402 = arith.addi %v401, %v23 : i64
              %v403 = llvm.getelementptr %scratch_h[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v404 = llvm.load %v403 : !llvm.ptr -> f32
              %v405 = arith.muli %v391, %v4 : i64
              %v406 = arith.subi %v4, %v2 : i64
              %v407 = arith.minsi %v29, %v406 : i64
              %v408 = arith.addi %v405, %v407 : i64
              %v409 = arith.muli %v408, %v1 : i64
              %v410 = arith.addi %v409, %v22 : i64
              %v411 = arith.addi %v410, %v23 : i64
              %v412 = llvm.getelementptr %scratch_h[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v413 = llvm.load %v412 : !llvm.ptr -> f32
              %v414 = arith.addi %v392, %v23 : i64
              %v415 = arith.minsi %v414, %v395 : i64
              %v416 = arith.addi %v152, %v415 : i64
              %v417 = arith.muli %v35, %v263 : i64
              %v418 = arith.muli %v33, %v262 : i64
              %v419 = arith.addi %v417, %v418 : i64
              %v420 = arith.subi %v177, %v416 : i64
              %v421 = arith.muli %v420, %v2 : i64
              %v422 = arith.addi %v419, %v421 : i64
              %v423 = llvm.getelementptr %in_delta[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v424 = llvm.load %v423 : !llvm.ptr -> f32
              %v425 = arith.muli %v33, %v2 : i64
              %v426 = llvm.getelementptr %in_dt_bias[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v427 = llvm.load %v426 : !llvm.ptr -> f32
              %v428 = arith.addf %v424, %v427 fastmath<contract> : f32
              %v429 = arith.maximumf %v428, %v55 : f32
              %v430 = llvm.call_intrinsic "llvm.fabs.f32"(%v428) : (f32) -> f32
              %v431 = arith.negf %v430 : f32
              %v432 = arith.mulf %v431, %v279 fastmath<contract> : f32
              %v433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v432) : (f32) -> f32
              %v434 = arith.addf %v56, %v433 fastmath<contract> : f32
              %v435 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v434) : (f32) -> f32
              %v436 = arith.mulf %v435, %v284 fastmath<contract> : f32
              %v437 = arith.mulf %v286, %v433 fastmath<contract> : f32
              %v438 = arith.addf %v437, %v288 fastmath<contract> : f32
              %v439 = arith.mulf %v438, %v433 fastmath<contract> : f32
              %v440 = arith.addf %v439, %v291 fastmath<contract> : f32
              %v441 = arith.mulf %v440, %v433 fastmath<contract> : f32
              %v442 = arith.addf %v441, %v294 fastmath<contract> : f32
              %v443 = arith.mulf %v442, %v433 fastmath<contract> : f32
              %v444 = arith.addf %v443, %v297 fastmath<contract> : f32
              %v445 = arith.mulf %v444, %v433 fastmath<contract> : f32
              %v446 = arith.addf %v445, %v300 fastmath<contract> : f32
              %v447 = arith.mulf %v446, %v433 fastmath<contract> : f32
              %v448 = arith.addf %v447, %v56 fastmath<contract> : f32
              %v449 = arith.mulf %v448, %v433 fastmath<contract> : f32
              %v450 = llvm.call_intrinsic "llvm.fabs.f32"(%v433) : (f32) -> f32
              %v451 = arith.cmpf olt, %v450, %v306 : f32
              %v452 = arith.select %v451, %v449, %v436 : f32
              %v453 = arith.addf %v429, %v452 fastmath<contract> : f32
              %v454 = arith.muli %v35, %v263 : i64
              %v455 = arith.muli %v33, %v262 : i64
              %v456 = arith.addi %v454, %v455 : i64
              %v457 = arith.subi %v177, %v416 : i64
              %v458 = arith.muli %v457, %v2 : i64
              %v459 = arith.addi %v456, %v458 : i64
              %v460 = llvm.getelementptr %in_u[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v461 = llvm.load %v460 : !llvm.ptr -> f32
              %v462 = arith.mulf %v453, %v461 fastmath<contract> : f32
              %v463 = arith.muli %v35, %v263 : i64
              %v464 = arith.muli %v33, %v262 : i64
              %v465 = arith.addi %v463, %v464 : i64
              %v466 = arith.subi %v177, %v416 : i64
              %v467 = arith.muli %v466, %v2 : i64
              %v468 = arith.addi %v465, %v467 : i64
              %v469 = llvm.getelementptr %in_z[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v470 = llvm.load %v469 : !llvm.ptr -> f32
              %v471 = arith.negf %v470 : f32
              %v472 = arith.mulf %v471, %v279 fastmath<contract> : f32
              %v473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v472) : (f32) -> f32
              %v474 = arith.addf %v56, %v473 fastmath<contract> : f32
              %v475 = arith.divf %v56, %v474 : f32
              %v476 = arith.mulf %v470, %v475 fastmath<contract> : f32
              %v477 = arith.negf %v470 : f32
              %v478 = arith.mulf %v477, %v279 fastmath<contract> : f32
              %v479 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v478) : (f32) -> f32
              %v480 = arith.addf %v56, %v479 fastmath<contract> : f32
              %v481 = arith.divf %v56, %v480 : f32
              %v482 = arith.subf %v56, %v481 fastmath<contract> : f32
              %v483 = arith.mulf %v470, %v482 fastmath<contract> : f32
              %v484 = arith.addf %v56, %v483 fastmath<contract> : f32
              %v485 = arith.mulf %v481, %v484 fastmath<contract> : f32
              %v486 = arith.negf %v428 : f32
              %v487 = arith.mulf %v486, %v279 fastmath<contract> : f32
              %v488 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v487) : (f32) -> f32
              %v489 = arith.addf %v56, %v488 fastmath<contract> : f32
              %v490 = arith.divf %v56, %v489 : f32
              // the group's states, recomputed into registers
              %v491 = arith.addi %v392, %v57 : i64
              %v492 = arith.minsi %v491, %v395 : i64
              %v493 = arith.addi %v152, %v492 : i64
              %v494, %v495 = gpu.shuffle idx %v453, %v112, %v326 : f32
              %v496, %v497 = gpu.shuffle idx %v462, %v112, %v326 : f32
              %v498 = arith.muli %v33, %v334 : i64
              %v499 = arith.muli %v23, %v2 : i64
              %v500 = arith.addi %v498, %v499 : i64
              %v501 = llvm.getelementptr %in_A[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v502 = llvm.load %v501 : !llvm.ptr -> f32
              %v503 = arith.mulf %v494, %v502 fastmath<contract> : f32
              %v504 = arith.mulf %v503, %v279 fastmath<contract> : f32
              %v505 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v504) : (f32) -> f32
              %v506 = arith.muli %v23, %v183 : i64
              %v507 = arith.subi %v493, %v152 : i64
              %v508 = arith.addi %v506, %v507 : i64
              %v509 = llvm.getelementptr %v52[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v510 = llvm.load %v509 : !llvm.ptr -> f32
              %v511 = arith.mulf %v510, %v496 fastmath<contract> : f32
              %v512 = arith.mulf %v505, %v404 fastmath<contract> : f32
              %v513 = arith.addf %v512, %v511 fastmath<contract> : f32
              %v514 = arith.muli %v33, %v334 : i64
              %v515 = arith.constant 8 : i64
              %v516 = arith.addi %v515, %v23 : i64
              %v517 = arith.muli %v516, %v2 : i64
              %v518 = arith.addi %v514, %v517 : i64
              %v519 = llvm.getelementptr %in_A[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v520 = llvm.load %v519 : !llvm.ptr -> f32
              %v521 = arith.mulf %v494, %v520 fastmath<contract> : f32
              %v522 = arith.mulf %v521, %v279 fastmath<contract> : f32
              %v523 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v522) : (f32) -> f32
              %v524 = arith.constant 8 : i64
              %v525 = arith.addi %v524, %v23 : i64
              %v526 = arith.muli %v525, %v183 : i64
              %v527 = arith.subi %v493, %v152 : i64
              %v528 = arith.addi %v526, %v527 : i64
              %v529 = llvm.getelementptr %v52[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v530 = llvm.load %v529 : !llvm.ptr -> f32
              %v531 = arith.mulf %v530, %v496 fastmath<contract> : f32
              %v532 = arith.mulf %v523, %v413 fastmath<contract> : f32
              %v533 = arith.addf %v532, %v531 fastmath<contract> : f32
              %v534 = arith.addi %v392, %v2 : i64
              %v535 = arith.minsi %v534, %v395 : i64
              %v536 = arith.addi %v152, %v535 : i64
              %v537, %v538 = gpu.shuffle idx %v453, %v116, %v326 : f32
              %v539, %v540 = gpu.shuffle idx %v462, %v116, %v326 : f32
              %v541 = arith.muli %v33, %v334 : i64
              %v542 = arith.muli %v23, %v2 : i64
              %v543 = arith.addi %v541, %v542 : i64
              %v544 = llvm.getelementptr %in_A[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v545 = llvm.load %v544 : !llvm.ptr -> f32
              %v546 = arith.mulf %v537, %v545 fastmath<contract> : f32
              %v547 = arith.mulf %v546, %v279 fastmath<contract> : f32
              %v548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v547) : (f32) -> f32
              %v549 = arith.muli %v23, %v183 : i64
              %v550 = arith.subi %v536, %v152 : i64
              %v551 = arith.addi %v549, %v550 : i64
              %v552 = llvm.getelementptr %v52[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v553 = llvm.load %v552 : !llvm.ptr -> f32
              %v554 = arith.mulf %v553, %v539 fastmath<contract> : f32
              %v555 = arith.mulf %v548, %v513 fastmath<contract> : f32
              %v556 = arith.addf %v555, %v554 fastmath<contract> : f32
              %v557 = arith.muli %v33, %v334 : i64
              %v558 = arith.constant 8 : i64
              %v559 = arith.addi %v558, %v23 : i64
              %v560 = arith.muli %v559, %v2 : i64
              %v561 = arith.addi %v557, %v560 : i64
              %v562 = llvm.getelementptr %in_A[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v563 = llvm.load %v562 : !llvm.ptr -> f32
              %v564 = arith.mulf %v537, %v563 fastmath<contract> : f32
              %v565 = arith.mulf %v564, %v279 fastmath<contract> : f32
              %v566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v565) : (f32) -> f32
              %v567 = arith.constant 8 : i64
              %v568 = arith.addi %v567, %v23 : i64
              %v569 = arith.muli %v568, %v183 : i64
              %v570 = arith.subi %v536, %v152 : i64
              %v571 = arith.addi %v569, %v570 : i64
              %v572 = llvm.getelementptr %v52[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v573 = llvm.load %v572 : !llvm.ptr -> f32
              %v574 = arith.mulf %v573, %v539 fastmath<contract> : f32
              %v575 = arith.mulf %v566, %v533 fastmath<contract> : f32
              %v576 = arith.addf %v575, %v574 fastmath<contract> : f32
              %v578 = arith.addi %v392, %v577 : i64
              %v579 = arith.minsi %v578, %v395 : i64
              %v580 = arith.addi %v152, %v579 : i64
              %v581, %v582 = gpu.shuffle idx %v453, %v120, %v326 : f32
              %v583, %v584 = gpu.shuffle idx %v462, %v120, %v326 : f32
              %v585 = arith.muli %v33, %v334 : i64
              %v586 = arith.muli %v23, %v2 : i64
              %v587 = arith.addi %v585, %v586 : i64
              %v588 = llvm.getelementptr %in_A[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v589 = llvm.load %v588 : !llvm.ptr -> f32
              %v590 = arith.mulf %v581, %v589 fastmath<contract> : f32
              %v591 = arith.mulf %v590, %v279 fastmath<contract> : f32
              %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
              %v593 = arith.muli %v23, %v183 : i64
              %v594 = arith.subi %v580, %v152 : i64
              %v595 = arith.addi %v593, %v594 : i64
              %v596 = llvm.getelementptr %v52[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v597 = llvm.load %v596 : !llvm.ptr -> f32
              %v598 = arith.mulf %v597, %v583 fastmath<contract> : f32
              %v599 = arith.mulf %v592, %v556 fastmath<contract> : f32
              %v600 = arith.addf %v599, %v598 fastmath<contract> : f32
              %v601 = arith.muli %v33, %v334 : i64
              %v602 = arith.constant 8 : i64
              %v603 = arith.addi %v602, %v23 : i64
              %v604 = arith.muli %v603, %v2 : i64
              %v605 = arith.addi %v601, %v604 : i64
              %v606 = llvm.getelementptr %in_A[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v607 = llvm.load %v606 : !llvm.ptr -> f32
              %v608 = arith.mulf %v581, %v607 fastmath<contract> : f32
              %v609 = arith.mulf %v608, %v279 fastmath<contract> : f32
              %v610 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v609) : (f32) -> f32
              %v611 = arith.constant 8 : i64
              %v612 = arith.addi %v611, %v23 : i64
              %v613 = arith.muli %v612, %v183 : i64
              %v614 = arith.subi %v580, %v152 : i64
              %v615 = arith.addi %v613, %v614 : i64
              %v616 = llvm.getelementptr %v52[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v617 = llvm.load %v616 : !llvm.ptr -> f32
              %v618 = arith.mulf %v617, %v583 fastmath<contract> : f32
              %v619 = arith.mulf %v610, %v576 fastmath<contract> : f32
              %v620 = arith.addf %v619, %v618 fastmath<contract> : f32
              %v621 = arith.addi %v392, %v373 : i64
              %v622 = arith.minsi %v621, %v395 : i64
              %v623 = arith.addi %v152, %v622 : i64
              %v624, %v625 = gpu.shuffle idx %v453, %v124, %v326 : f32
              %v626, %v627 = gpu.shuffle idx %v462, %v124, %v326 : f32
              %v628 = arith.muli %v33, %v334 : i64
              %v629 = arith.muli %v23, %v2 : i64
              %v630 = arith.addi %v628, %v629 : i64
              %v631 = llvm.getelementptr %in_A[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v632 = llvm.load %v631 : !llvm.ptr -> f32
              %v633 = arith.mulf %v624, %v632 fastmath<contract> : f32
              %v634 = arith.mulf %v633, %v279 fastmath<contract> : f32
              %v635 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v634) : (f32) -> f32
              %v636 = arith.muli %v23, %v183 : i64
              %v637 = arith.subi %v623, %v152 : i64
              %v638 = arith.addi %v636, %v637 : i64
              %v639 = llvm.getelementptr %v52[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v640 = llvm.load %v639 : !llvm.ptr -> f32
              %v641 = arith.mulf %v640, %v626 fastmath<contract> : f32
              %v642 = arith.mulf %v635, %v600 fastmath<contract> : f32
              %v643 = arith.addf %v642, %v641 fastmath<contract> : f32
              %v644 = arith.muli %v33, %v334 : i64
              %v645 = arith.constant 8 : i64
              %v646 = arith.addi %v645, %v23 : i64
              %v647 = arith.muli %v646, %v2 : i64
              %v648 = arith.addi %v644, %v647 : i64
              %v649 = llvm.getelementptr %in_A[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v650 = llvm.load %v649 : !llvm.ptr -> f32
              %v651 = arith.mulf %v624, %v650 fastmath<contract> : f32
              %v652 = arith.mulf %v651, %v279 fastmath<contract> : f32
              %v653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v652) : (f32) -> f32
              %v654 = arith.constant 8 : i64
              %v655 = arith.addi %v654, %v23 : i64
              %v656 = arith.muli %v655, %v183 : i64
              %v657 = arith.subi %v623, %v152 : i64
              %v658 = arith.addi %v656, %v657 : i64
              %v659 = llvm.getelementptr %v52[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v660 = llvm.load %v659 : !llvm.ptr -> f32
              %v661 = arith.mulf %v660, %v626 fastmath<contract> : f32
              %v662 = arith.mulf %v653, %v620 fastmath<contract> : f32
              %v663 = arith.addf %v662, %v661 fastmath<contract> : f32
              %v664 = arith.addi %v392, %v374 : i64
              %v665 = arith.minsi %v664, %v395 : i64
              %v666 = arith.addi %v152, %v665 : i64
              %v667, %v668 = gpu.shuffle idx %v453, %v128, %v326 : f32
              %v669, %v670 = gpu.shuffle idx %v462, %v128, %v326 : f32
              %v671 = arith.muli %v33, %v334 : i64
              %v672 = arith.muli %v23, %v2 : i64
              %v673 = arith.addi %v671, %v672 : i64
              %v674 = llvm.getelementptr %in_A[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v675 = llvm.load %v674 : !llvm.ptr -> f32
              %v676 = arith.mulf %v667, %v675 fastmath<contract> : f32
              %v677 = arith.mulf %v676, %v279 fastmath<contract> : f32
              %v678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v677) : (f32) -> f32
              %v679 = arith.muli %v23, %v183 : i64
              %v680 = arith.subi %v666, %v152 : i64
              %v681 = arith.addi %v679, %v680 : i64
              %v682 = llvm.getelementptr %v52[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v683 = llvm.load %v682 : !llvm.ptr -> f32
              %v684 = arith.mulf %v683, %v669 fastmath<contract> : f32
              %v685 = arith.mulf %v678, %v643 fastmath<contract> : f32
              %v686 = arith.addf %v685, %v684 fastmath<contract> : f32
              %v687 = arith.muli %v33, %v334 : i64
              %v688 = arith.constant 8 : i64
              %v689 = arith.addi %v688, %v23 : i64
              %v690 = arith.muli %v689, %v2 : i64
              %v691 = arith.addi %v687, %v690 : i64
              %v692 = llvm.getelementptr %in_A[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v693 = llvm.load %v692 : !llvm.ptr -> f32
              %v694 = arith.mulf %v667, %v693 fastmath<contract> : f32
              %v695 = arith.mulf %v694, %v279 fastmath<contract> : f32
              %v696 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v695) : (f32) -> f32
              %v697 = arith.constant 8 : i64
              %v698 = arith.addi %v697, %v23 : i64
              %v699 = arith.muli %v698, %v183 : i64
              %v700 = arith.subi %v666, %v152 : i64
              %v701 = arith.addi %v699, %v700 : i64
              %v702 = llvm.getelementptr %v52[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v703 = llvm.load %v702 : !llvm.ptr -> f32
              %v704 = arith.mulf %v703, %v669 fastmath<contract> : f32
              %v705 = arith.mulf %v696, %v663 fastmath<contract> : f32
              %v706 = arith.addf %v705, %v704 fastmath<contract> : f32
              %v708 = arith.addi %v392, %v707 : i64
              %v709 = arith.minsi %v708, %v395 : i64
              %v710 = arith.addi %v152, %v709 : i64
              %v711, %v712 = gpu.shuffle idx %v453, %v132, %v326 : f32
              %v713, %v714 = gpu.shuffle idx %v462, %v132, %v326 : f32
              %v715 = arith.muli %v33, %v334 : i64
              %v716 = arith.muli %v23, %v2 : i64
              %v717 = arith.addi %v715, %v716 : i64
              %v718 = llvm.getelementptr %in_A[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v719 = llvm.load %v718 : !llvm.ptr -> f32
              %v720 = arith.mulf %v711, %v719 fastmath<contract> : f32
              %v721 = arith.mulf %v720, %v279 fastmath<contract> : f32
              %v722 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v721) : (f32) -> f32
              %v723 = arith.muli %v23, %v183 : i64
              %v724 = arith.subi %v710, %v152 : i64
              %v725 = arith.addi %v723, %v724 : i64
              %v726 = llvm.getelementptr %v52[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v727 = llvm.load %v726 : !llvm.ptr -> f32
              %v728 = arith.mulf %v727, %v713 fastmath<contract> : f32
              %v729 = arith.mulf %v722, %v686 fastmath<contract> : f32
              %v730 = arith.addf %v729, %v728 fastmath<contract> : f32
              %v731 = arith.muli %v33, %v334 : i64
              %v732 = arith.constant 8 : i64
              %v733 = arith.addi %v732, %v23 : i64
              %v734 = arith.muli %v733, %v2 : i64
              %v735 = arith.addi %v731, %v734 : i64
              %v736 = llvm.getelementptr %in_A[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v737 = llvm.load %v736 : !llvm.ptr -> f32
              %v738 = arith.mulf %v711, %v737 fastmath<contract> : f32
              %v739 = arith.mulf %v738, %v279 fastmath<contract> : f32
              %v740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v739) : (f32) -> f32
              %v741 = arith.constant 8 : i64
              %v742 = arith.addi %v741, %v23 : i64
              %v743 = arith.muli %v742, %v183 : i64
              %v744 = arith.subi %v710, %v152 : i64
              %v745 = arith.addi %v743, %v744 : i64
              %v746 = llvm.getelementptr %v52[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v747 = llvm.load %v746 : !llvm.ptr -> f32
              %v748 = arith.mulf %v747, %v713 fastmath<contract> : f32
              %v749 = arith.mulf %v740, %v706 fastmath<contract> : f32
              %v750 = arith.addf %v749, %v748 fastmath<contract> : f32
              %v752 = arith.addi %v392, %v751 : i64
              %v753 = arith.minsi %v752, %v395 : i64
              %v754 = arith.addi %v152, %v753 : i64
              %v755, %v756 = gpu.shuffle idx %v453, %v136, %v326 : f32
              %v757, %v758 = gpu.shuffle idx %v462, %v136, %v326 : f32
              %v759 = arith.muli %v33, %v334 : i64
              %v760 = arith.muli %v23, %v2 : i64
              %v761 = arith.addi %v759, %v760 : i64
              %v762 = llvm.getelementptr %in_A[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v763 = llvm.load %v762 : !llvm.ptr -> f32
              %v764 = arith.mulf %v755, %v763 fastmath<contract> : f32
              %v765 = arith.mulf %v764, %v279 fastmath<contract> : f32
              %v766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v765) : (f32) -> f32
              %v767 = arith.muli %v23, %v183 : i64
              %v768 = arith.subi %v754, %v152 : i64
              %v769 = arith.addi %v767, %v768 : i64
              %v770 = llvm.getelementptr %v52[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v771 = llvm.load %v770 : !llvm.ptr -> f32
              %v772 = arith.mulf %v771, %v757 fastmath<contract> : f32
              %v773 = arith.mulf %v766, %v730 fastmath<contract> : f32
              %v774 = arith.addf %v773, %v772 fastmath<contract> : f32
              %v775 = arith.muli %v33, %v334 : i64
              %v776 = arith.constant 8 : i64
              %v777 = arith.addi %v776, %v23 : i64
              %v778 = arith.muli %v777, %v2 : i64
              %v779 = arith.addi %v775, %v778 : i64
              %v780 = llvm.getelementptr %in_A[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v781 = llvm.load %v780 : !llvm.ptr -> f32
              %v782 = arith.mulf %v755, %v781 fastmath<contract> : f32
              %v783 = arith.mulf %v782, %v279 fastmath<contract> : f32
              %v784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v783) : (f32) -> f32
              %v785 = arith.constant 8 : i64
              %v786 = arith.addi %v785, %v23 : i64
              %v787 = arith.muli %v786, %v183 : i64
              %v788 = arith.subi %v754, %v152 : i64
              %v789 = arith.addi %v787, %v788 : i64
              %v790 = llvm.getelementptr %v52[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v791 = llvm.load %v790 : !llvm.ptr -> f32
              %v792 = arith.mulf %v791, %v757 fastmath<contract> : f32
              %v793 = arith.mulf %v784, %v750 fastmath<contract> : f32
              %v794 = arith.addf %v793, %v792 fastmath<contract> : f32
              %v795 = arith.addi %v392, %v104 : i64
              %v796 = arith.minsi %v795, %v395 : i64
              %v797 = arith.addi %v152, %v796 : i64
              %v798, %v799 = gpu.shuffle idx %v453, %v140, %v326 : f32
              %v800, %v801 = gpu.shuffle idx %v462, %v140, %v326 : f32
              %v802 = arith.muli %v33, %v334 : i64
              %v803 = arith.muli %v23, %v2 : i64
              %v804 = arith.addi %v802, %v803 : i64
              %v805 = llvm.getelementptr %in_A[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v806 = llvm.load %v805 : !llvm.ptr -> f32
              %v807 = arith.mulf %v798, %v806 fastmath<contract> : f32
              %v808 = arith.mulf %v807, %v279 fastmath<contract> : f32
              %v809 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v808) : (f32) -> f32
              %v810 = arith.muli %v23, %v183 : i64
              %v811 = arith.subi %v797, %v152 : i64
              %v812 = arith.addi %v810, %v811 : i64
              %v813 = llvm.getelementptr %v52[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v814 = llvm.load %v813 : !llvm.ptr -> f32
              %v815 = arith.mulf %v814, %v800 fastmath<contract> : f32
              %v816 = arith.mulf %v809, %v774 fastmath<contract> : f32
              %v817 = arith.addf %v816, %v815 fastmath<contract> : f32
              %v818 = arith.muli %v33, %v334 : i64
              %v819 = arith.constant 8 : i64
              %v820 = arith.addi %v819, %v23 : i64
              %v821 = arith.muli %v820, %v2 : i64
              %v822 = arith.addi %v818, %v821 : i64
              %v823 = llvm.getelementptr %in_A[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v824 = llvm.load %v823 : !llvm.ptr -> f32
              %v825 = arith.mulf %v798, %v824 fastmath<contract> : f32
              %v826 = arith.mulf %v825, %v279 fastmath<contract> : f32
              %v827 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v826) : (f32) -> f32
              %v828 = arith.constant 8 : i64
              %v829 = arith.addi %v828, %v23 : i64
              %v830 = arith.muli %v829, %v183 : i64
              %v831 = arith.subi %v797, %v152 : i64
              %v832 = arith.addi %v830, %v831 : i64
              %v833 = llvm.getelementptr %v52[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v834 = llvm.load %v833 : !llvm.ptr -> f32
              %v835 = arith.mulf %v834, %v800 fastmath<contract> : f32
              %v836 = arith.mulf %v827, %v794 fastmath<contract> : f32
              %v837 = arith.addf %v836, %v835 fastmath<contract> : f32
              %v841 = arith.shrui %v23, %v57 : i64
              %v842 = arith.andi %v841, %v2 : i64
              %v843 = arith.cmpi ne, %v842, %v57 : i64
              %v844 = arith.shrui %v23, %v2 : i64
              %v845 = arith.andi %v844, %v2 : i64
              %v846 = arith.cmpi ne, %v845, %v57 : i64
              %v847 = arith.shrui %v23, %v577 : i64
              %v848 = arith.andi %v847, %v2 : i64
              %v849 = arith.cmpi ne, %v848, %v57 : i64
              %v850 = arith.addi %v392, %v104 : i64
              %v851 = arith.cmpi slt, %v850, %v154 : i64
              %v852, %v853 = gpu.shuffle idx %v453, %v140, %v326 : f32
              %v854, %v855 = gpu.shuffle idx %v462, %v140, %v326 : f32
              %v856, %v857 = gpu.shuffle idx %v476, %v140, %v326 : f32
              %v858, %v859 = gpu.shuffle idx %v485, %v140, %v326 : f32
              %v860, %v861 = gpu.shuffle idx %v490, %v140, %v326 : f32
              %v862 = arith.addi %v394, %v57 : i64
              llvm.store %v55, %v838 : f32, !llvm.ptr
              llvm.store %v55, %v839 : f32, !llvm.ptr
              llvm.store %v55, %v840 : f32, !llvm.ptr
              scf.if %v851 {
                %v863 = arith.addi %v152, %v850 : i64
                %v864 = arith.muli %v23, %v183 : i64
                %v865 = arith.subi %v863, %v152 : i64
                %v866 = arith.addi %v864, %v865 : i64
                %v867 = llvm.getelementptr %v54[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v868 = llvm.load %v867 : !llvm.ptr -> f32
                %v869 = arith.muli %v35, %v263 : i64
                %v870 = arith.muli %v33, %v262 : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = arith.subi %v177, %v863 : i64
                %v873 = arith.muli %v872, %v2 : i64
                %v874 = arith.addi %v871, %v873 : i64
                %v875 = llvm.getelementptr %dy_y[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = arith.mulf %v856, %v876 fastmath<contract> : f32
                %v878 = arith.mulf %v868, %v877 fastmath<contract> : f32
                %v879 = llvm.load %v37 : !llvm.ptr -> f32
                %v880 = llvm.load %v39 : !llvm.ptr -> f32
                %v881 = arith.mulf %v880, %v879 fastmath<contract> : f32
                %v882 = arith.addf %v878, %v881 fastmath<contract> : f32
                llvm.store %v882, %v37 : f32, !llvm.ptr
                %v883 = arith.constant 8 : i64
                %v884 = arith.addi %v883, %v23 : i64
                %v885 = arith.muli %v884, %v183 : i64
                %v886 = arith.subi %v863, %v152 : i64
                %v887 = arith.addi %v885, %v886 : i64
                %v888 = llvm.getelementptr %v54[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v889 = llvm.load %v888 : !llvm.ptr -> f32
                %v890 = arith.mulf %v889, %v877 fastmath<contract> : f32
                %v891 = llvm.load %v38 : !llvm.ptr -> f32
                %v892 = llvm.load %v40 : !llvm.ptr -> f32
                %v893 = arith.mulf %v892, %v891 fastmath<contract> : f32
                %v894 = arith.addf %v890, %v893 fastmath<contract> : f32
                llvm.store %v894, %v38 : f32, !llvm.ptr
                %v895 = arith.subi %size_L, %v2 : i64
                %v896 = arith.cmpi eq, %v863, %v895 : i64
                scf.if %v896 {
                  %v897 = arith.muli %v35, %v60 : i64
                  %v898 = arith.muli %v33, %v59 : i64
                  %v899 = arith.addi %v897, %v898 : i64
                  %v900 = arith.muli %v23, %v2 : i64
                  %v901 = arith.addi %v899, %v900 : i64
                  %v902 = llvm.getelementptr %dy_h_first[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v903 = llvm.load %v902 : !llvm.ptr -> f32
                  %v904 = llvm.load %v37 : !llvm.ptr -> f32
                  %v905 = arith.addf %v904, %v903 fastmath<contract> : f32
                  llvm.store %v905, %v37 : f32, !llvm.ptr
                  %v906 = arith.muli %v35, %v60 : i64
                  %v907 = arith.muli %v33, %v59 : i64
                  %v908 = arith.addi %v906, %v907 : i64
                  %v909 = arith.constant 8 : i64
                  %v910 = arith.addi %v909, %v23 : i64
                  %v911 = arith.muli %v910, %v2 : i64
                  %v912 = arith.addi %v908, %v911 : i64
                  %v913 = llvm.getelementptr %dy_h_first[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v914 = llvm.load %v913 : !llvm.ptr -> f32
                  %v915 = llvm.load %v38 : !llvm.ptr -> f32
                  %v916 = arith.addf %v915, %v914 fastmath<contract> : f32
                  llvm.store %v916, %v38 : f32, !llvm.ptr
                }
                %v917 = arith.muli %v33, %v334 : i64
                %v918 = arith.muli %v23, %v2 : i64
                %v919 = arith.addi %v917, %v918 : i64
                %v920 = llvm.getelementptr %in_A[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v921 = llvm.load %v920 : !llvm.ptr -> f32
                %v922 = arith.mulf %v852, %v921 fastmath<contract> : f32
                %v923 = arith.mulf %v922, %v279 fastmath<contract> : f32
                %v924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v923) : (f32) -> f32
                %v925 = llvm.load %v37 : !llvm.ptr -> f32
                %v926 = arith.mulf %v774, %v925 fastmath<contract> : f32
                %v927 = arith.mulf %v924, %v926 fastmath<contract> : f32
                %v928 = arith.mulf %v852, %v927 fastmath<contract> : f32
                %v929 = llvm.load %v41 : !llvm.ptr -> f32
                %v930 = arith.addf %v929, %v928 fastmath<contract> : f32
                llvm.store %v930, %v41 : f32, !llvm.ptr
                %v931 = arith.muli %v33, %v334 : i64
                %v932 = arith.constant 8 : i64
                %v933 = arith.addi %v932, %v23 : i64
                %v934 = arith.muli %v933, %v2 : i64
                %v935 = arith.addi %v931, %v934 : i64
                %v936 = llvm.getelementptr %in_A[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v937 = llvm.load %v936 : !llvm.ptr -> f32
                %v938 = arith.mulf %v852, %v937 fastmath<contract> : f32
                %v939 = arith.mulf %v938, %v279 fastmath<contract> : f32
                %v940 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v939) : (f32) -> f32
                %v941 = llvm.load %v38 : !llvm.ptr -> f32
                %v942 = arith.mulf %v794, %v941 fastmath<contract> : f32
                %v943 = arith.mulf %v940, %v942 fastmath<contract> : f32
                %v944 = arith.mulf %v852, %v943 fastmath<contract> : f32
                %v945 = llvm.load %v42 : !llvm.ptr -> f32
                %v946 = arith.addf %v945, %v944 fastmath<contract> : f32
                llvm.store %v946, %v42 : f32, !llvm.ptr
                %v947 = arith.mulf %v854, %v925 fastmath<contract> : f32
                %v948 = arith.select %v27, %v947, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v950, %v951 = gpu.shuffle xor %v948, %v949, %v326 : f32
                %v952 = arith.addf %v948, %v950 fastmath<contract> : f32
                %v954, %v955 = gpu.shuffle xor %v952, %v953, %v326 : f32
                %v956 = arith.addf %v952, %v954 fastmath<contract> : f32
                %v957 = arith.divui %v13, %v15 : i64
                %v958 = arith.remui %v13, %v15 : i64
                %v959 = arith.cmpi ult, %v958, %v22 : i64
                %v960 = arith.addi %v57, %v23 : i64
                %v961 = arith.muli %v957, %v1 : i64
                %v962 = arith.addi %v961, %v960 : i64
                %v964 = arith.muli %v962, %v963 : i64
                %v965 = arith.addi %v964, %v862 : i64
                scf.if %v959 {
                  %v966 = llvm.getelementptr %v48[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v956, %v966 : f32, !llvm.ptr
                }
                %v967 = arith.mulf %v854, %v941 fastmath<contract> : f32
                %v968 = arith.select %v27, %v967, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v969, %v970 = gpu.shuffle xor %v968, %v949, %v326 : f32
                %v971 = arith.addf %v968, %v969 fastmath<contract> : f32
                %v972, %v973 = gpu.shuffle xor %v971, %v953, %v326 : f32
                %v974 = arith.addf %v971, %v972 fastmath<contract> : f32
                %v975 = arith.divui %v13, %v15 : i64
                %v976 = arith.remui %v13, %v15 : i64
                %v977 = arith.cmpi ult, %v976, %v22 : i64
                %v978 = arith.addi %v22, %v23 : i64
                %v979 = arith.muli %v975, %v1 : i64
                %v980 = arith.addi %v979, %v978 : i64
                %v981 = arith.muli %v980, %v963 : i64
                %v982 = arith.addi %v981, %v862 : i64
                scf.if %v977 {
                  %v983 = llvm.getelementptr %v48[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v974, %v983 : f32, !llvm.ptr
                }
                %v984 = arith.mulf %v817, %v877 fastmath<contract> : f32
                %v985 = arith.select %v27, %v984, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v986, %v987 = gpu.shuffle xor %v985, %v949, %v326 : f32
                %v988 = arith.addf %v985, %v986 fastmath<contract> : f32
                %v989, %v990 = gpu.shuffle xor %v988, %v953, %v326 : f32
                %v991 = arith.addf %v988, %v989 fastmath<contract> : f32
                %v992 = arith.divui %v13, %v15 : i64
                %v993 = arith.remui %v13, %v15 : i64
                %v994 = arith.cmpi ult, %v993, %v22 : i64
                %v995 = arith.addi %v57, %v23 : i64
                %v996 = arith.muli %v992, %v1 : i64
                %v997 = arith.addi %v996, %v995 : i64
                %v998 = arith.muli %v997, %v963 : i64
                %v999 = arith.addi %v998, %v862 : i64
                scf.if %v994 {
                  %v1000 = llvm.getelementptr %v50[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v991, %v1000 : f32, !llvm.ptr
                }
                %v1001 = arith.mulf %v837, %v877 fastmath<contract> : f32
                %v1002 = arith.select %v27, %v1001, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1003, %v1004 = gpu.shuffle xor %v1002, %v949, %v326 : f32
                %v1005 = arith.addf %v1002, %v1003 fastmath<contract> : f32
                %v1006, %v1007 = gpu.shuffle xor %v1005, %v953, %v326 : f32
                %v1008 = arith.addf %v1005, %v1006 fastmath<contract> : f32
                %v1009 = arith.divui %v13, %v15 : i64
                %v1010 = arith.remui %v13, %v15 : i64
                %v1011 = arith.cmpi ult, %v1010, %v22 : i64
                %v1012 = arith.addi %v22, %v23 : i64
                %v1013 = arith.muli %v1009, %v1 : i64
                %v1014 = arith.addi %v1013, %v1012 : i64
                %v1015 = arith.muli %v1014, %v963 : i64
                %v1016 = arith.addi %v1015, %v862 : i64
                scf.if %v1011 {
                  %v1017 = llvm.getelementptr %v50[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1008, %v1017 : f32, !llvm.ptr
                }
                %v1018 = arith.mulf %v868, %v817 fastmath<contract> : f32
                %v1019 = arith.mulf %v889, %v837 fastmath<contract> : f32
                %v1020 = arith.addf %v1018, %v1019 fastmath<contract> : f32
                llvm.store %v1020, %v838 : f32, !llvm.ptr
                %v1021 = arith.muli %v23, %v183 : i64
                %v1022 = arith.subi %v863, %v152 : i64
                %v1023 = arith.addi %v1021, %v1022 : i64
                %v1024 = llvm.getelementptr %v52[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1025 = llvm.load %v1024 : !llvm.ptr -> f32
                %v1026 = arith.mulf %v1025, %v925 fastmath<contract> : f32
                %v1027 = arith.constant 8 : i64
                %v1028 = arith.addi %v1027, %v23 : i64
                %v1029 = arith.muli %v1028, %v183 : i64
                %v1030 = arith.subi %v863, %v152 : i64
                %v1031 = arith.addi %v1029, %v1030 : i64
                %v1032 = llvm.getelementptr %v52[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
                %v1034 = arith.mulf %v1033, %v941 fastmath<contract> : f32
                %v1035 = arith.addf %v1026, %v1034 fastmath<contract> : f32
                llvm.store %v1035, %v839 : f32, !llvm.ptr
                %v1036 = arith.mulf %v921, %v926 fastmath<contract> : f32
                %v1037 = arith.mulf %v924, %v1036 fastmath<contract> : f32
                %v1038 = arith.mulf %v937, %v942 fastmath<contract> : f32
                %v1039 = arith.mulf %v940, %v1038 fastmath<contract> : f32
                %v1040 = arith.addf %v1037, %v1039 fastmath<contract> : f32
                llvm.store %v1040, %v840 : f32, !llvm.ptr
                llvm.store %v924, %v39 : f32, !llvm.ptr
                llvm.store %v940, %v40 : f32, !llvm.ptr
              }
              %v1041 = llvm.load %v838 : !llvm.ptr -> f32
              %v1042 = llvm.load %v839 : !llvm.ptr -> f32
              %v1043 = llvm.load %v840 : !llvm.ptr -> f32
              %v1044 = arith.addi %v392, %v751 : i64
              %v1045 = arith.cmpi slt, %v1044, %v154 : i64
              %v1046, %v1047 = gpu.shuffle idx %v453, %v136, %v326 : f32
              %v1048, %v1049 = gpu.shuffle idx %v462, %v136, %v326 : f32
              %v1050, %v1051 = gpu.shuffle idx %v476, %v136, %v326 : f32
              %v1052, %v1053 = gpu.shuffle idx %v485, %v136, %v326 : f32
              %v1054, %v1055 = gpu.shuffle idx %v490, %v136, %v326 : f32
              %v1056 = arith.addi %v394, %v2 : i64
              llvm.store %v55, %v838 : f32, !llvm.ptr
              llvm.store %v55, %v839 : f32, !llvm.ptr
              llvm.store %v55, %v840 : f32, !llvm.ptr
              scf.if %v1045 {
                %v1057 = arith.addi %v152, %v1044 : i64
                %v1058 = arith.muli %v23, %v183 : i64
                %v1059 = arith.subi %v1057, %v152 : i64
                %v1060 = arith.addi %v1058, %v1059 : i64
                %v1061 = llvm.getelementptr %v54[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1062 = llvm.load %v1061 : !llvm.ptr -> f32
                %v1063 = arith.muli %v35, %v263 : i64
                %v1064 = arith.muli %v33, %v262 : i64
                %v1065 = arith.addi %v1063, %v1064 : i64
                %v1066 = arith.subi %v177, %v1057 : i64
                %v1067 = arith.muli %v1066, %v2 : i64
                %v1068 = arith.addi %v1065, %v1067 : i64
                %v1069 = llvm.getelementptr %dy_y[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                %v1071 = arith.mulf %v1050, %v1070 fastmath<contract> : f32
                %v1072 = arith.mulf %v1062, %v1071 fastmath<contract> : f32
                %v1073 = llvm.load %v37 : !llvm.ptr -> f32
                %v1074 = llvm.load %v39 : !llvm.ptr -> f32
                %v1075 = arith.mulf %v1074, %v1073 fastmath<contract> : f32
                %v1076 = arith.addf %v1072, %v1075 fastmath<contract> : f32
                llvm.store %v1076, %v37 : f32, !llvm.ptr
                %v1077 = arith.constant 8 : i64
                %v1078 = arith.addi %v1077, %v23 : i64
                %v1079 = arith.muli %v1078, %v183 : i64
                %v1080 = arith.subi %v1057, %v152 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = llvm.getelementptr %v54[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                %v1084 = arith.mulf %v1083, %v1071 fastmath<contract> : f32
                %v1085 = llvm.load %v38 : !llvm.ptr -> f32
                %v1086 = llvm.load %v40 : !llvm.ptr -> f32
                %v1087 = arith.mulf %v1086, %v1085 fastmath<contract> : f32
                %v1088 = arith.addf %v1084, %v1087 fastmath<contract> : f32
                llvm.store %v1088, %v38 : f32, !llvm.ptr
                %v1089 = arith.subi %size_L, %v2 : i64
                %v1090 = arith.cmpi eq, %v1057, %v1089 : i64
                scf.if %v1090 {
                  %v1091 = arith.muli %v35, %v60 : i64
                  %v1092 = arith.muli %v33, %v59 : i64
                  %v1093 = arith.addi %v1091, %v1092 : i64
                  %v1094 = arith.muli %v23, %v2 : i64
                  %v1095 = arith.addi %v1093, %v1094 : i64
                  %v1096 = llvm.getelementptr %dy_h_first[%v1095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
                  %v1107 = llvm.getelementptr %dy_h_first[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
                  %v1109 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1110 = arith.addf %v1109, %v1108 fastmath<contract> : f32
                  llvm.store %v1110, %v38 : f32, !llvm.ptr
                }
                %v1111 = arith.muli %v33, %v334 : i64
                %v1112 = arith.muli %v23, %v2 : i64
                %v1113 = arith.addi %v1111, %v1112 : i64
                %v1114 = llvm.getelementptr %in_A[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1115 = llvm.load %v1114 : !llvm.ptr -> f32
                %v1116 = arith.mulf %v1046, %v1115 fastmath<contract> : f32
                %v1117 = arith.mulf %v1116, %v279 fastmath<contract> : f32
                %v1118 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1117) : (f32) -> f32
                %v1119 = llvm.load %v37 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v730, %v1119 fastmath<contract> : f32
                %v1121 = arith.mulf %v1118, %v1120 fastmath<contract> : f32
                %v1122 = arith.mulf %v1046, %v1121 fastmath<contract> : f32
                %v1123 = llvm.load %v41 : !llvm.ptr -> f32
                %v1124 = arith.addf %v1123, %v1122 fastmath<contract> : f32
                llvm.store %v1124, %v41 : f32, !llvm.ptr
                %v1125 = arith.muli %v33, %v334 : i64
                %v1126 = arith.constant 8 : i64
                %v1127 = arith.addi %v1126, %v23 : i64
                %v1128 = arith.muli %v1127, %v2 : i64
                %v1129 = arith.addi %v1125, %v1128 : i64
                %v1130 = llvm.getelementptr %in_A[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
                %v1132 = arith.mulf %v1046, %v1131 fastmath<contract> : f32
                %v1133 = arith.mulf %v1132, %v279 fastmath<contract> : f32
                %v1134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1133) : (f32) -> f32
                %v1135 = llvm.load %v38 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v750, %v1135 fastmath<contract> : f32
                %v1137 = arith.mulf %v1134, %v1136 fastmath<contract> : f32
                %v1138 = arith.mulf %v1046, %v1137 fastmath<contract> : f32
                %v1139 = llvm.load %v42 : !llvm.ptr -> f32
                %v1140 = arith.addf %v1139, %v1138 fastmath<contract> : f32
                llvm.store %v1140, %v42 : f32, !llvm.ptr
                %v1141 = arith.mulf %v1048, %v1119 fastmath<contract> : f32
                %v1142 = arith.select %v27, %v1141, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1143, %v1144 = gpu.shuffle xor %v1142, %v949, %v326 : f32
                %v1145 = arith.addf %v1142, %v1143 fastmath<contract> : f32
                %v1146, %v1147 = gpu.shuffle xor %v1145, %v953, %v326 : f32
                %v1148 = arith.addf %v1145, %v1146 fastmath<contract> : f32
                %v1149 = arith.divui %v13, %v15 : i64
                %v1150 = arith.remui %v13, %v15 : i64
                %v1151 = arith.cmpi ult, %v1150, %v22 : i64
                %v1152 = arith.addi %v57, %v23 : i64
                %v1153 = arith.muli %v1149, %v1 : i64
                %v1154 = arith.addi %v1153, %v1152 : i64
                %v1155 = arith.muli %v1154, %v963 : i64
                %v1156 = arith.addi %v1155, %v1056 : i64
                scf.if %v1151 {
                  %v1157 = llvm.getelementptr %v48[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1148, %v1157 : f32, !llvm.ptr
                }
                %v1158 = arith.mulf %v1048, %v1135 fastmath<contract> : f32
                %v1159 = arith.select %v27, %v1158, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1160, %v1161 = gpu.shuffle xor %v1159, %v949, %v326 : f32
                %v1162 = arith.addf %v1159, %v1160 fastmath<contract> : f32
                %v1163, %v1164 = gpu.shuffle xor %v1162, %v953, %v326 : f32
                %v1165 = arith.addf %v1162, %v1163 fastmath<contract> : f32
                %v1166 = arith.divui %v13, %v15 : i64
                %v1167 = arith.remui %v13, %v15 : i64
                %v1168 = arith.cmpi ult, %v1167, %v22 : i64
                %v1169 = arith.addi %v22, %v23 : i64
                %v1170 = arith.muli %v1166, %v1 : i64
                %v1171 = arith.addi %v1170, %v1169 : i64
                %v1172 = arith.muli %v1171, %v963 : i64
                %v1173 = arith.addi %v1172, %v1056 : i64
                scf.if %v1168 {
                  %v1174 = llvm.getelementptr %v48[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1165, %v1174 : f32, !llvm.ptr
                }
                %v1175 = arith.mulf %v774, %v1071 fastmath<contract> : f32
                %v1176 = arith.select %v27, %v1175, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1177, %v1178 = gpu.shuffle xor %v1176, %v949, %v326 : f32
                %v1179 = arith.addf %v1176, %v1177 fastmath<contract> : f32
                %v1180, %v1181 = gpu.shuffle xor %v1179, %v953, %v326 : f32
                %v1182 = arith.addf %v1179, %v1180 fastmath<contract> : f32
                %v1183 = arith.divui %v13, %v15 : i64
                %v1184 = arith.remui %v13, %v15 : i64
                %v1185 = arith.cmpi ult, %v1184, %v22 : i64
                %v1186 = arith.addi %v57, %v23 : i64
                %v1187 = arith.muli %v1183, %v1 : i64
                %v1188 = arith.addi %v1187, %v1186 : i64
                %v1189 = arith.muli %v1188, %v963 : i64
                %v1190 = arith.addi %v1189, %v1056 : i64
                scf.if %v1185 {
                  %v1191 = llvm.getelementptr %v50[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1182, %v1191 : f32, !llvm.ptr
                }
                %v1192 = arith.mulf %v794, %v1071 fastmath<contract> : f32
                %v1193 = arith.select %v27, %v1192, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1194, %v1195 = gpu.shuffle xor %v1193, %v949, %v326 : f32
                %v1196 = arith.addf %v1193, %v1194 fastmath<contract> : f32
                %v1197, %v1198 = gpu.shuffle xor %v1196, %v953, %v326 : f32
                %v1199 = arith.addf %v1196, %v1197 fastmath<contract> : f32
                %v1200 = arith.divui %v13, %v15 : i64
                %v1201 = arith.remui %v13, %v15 : i64
                %v1202 = arith.cmpi ult, %v1201, %v22 : i64
                %v1203 = arith.addi %v22, %v23 : i64
                %v1204 = arith.muli %v1200, %v1 : i64
                %v1205 = arith.addi %v1204, %v1203 : i64
                %v1206 = arith.muli %v1205, %v963 : i64
                %v1207 = arith.addi %v1206, %v1056 : i64
                scf.if %v1202 {
                  %v1208 = llvm.getelementptr %v50[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1199, %v1208 : f32, !llvm.ptr
                }
                %v1209 = arith.mulf %v1062, %v774 fastmath<contract> : f32
                %v1210 = arith.mulf %v1083, %v794 fastmath<contract> : f32
                %v1211 = arith.addf %v1209, %v1210 fastmath<contract> : f32
                llvm.store %v1211, %v838 : f32, !llvm.ptr
                %v1212 = arith.muli %v23, %v183 : i64
                %v1213 = arith.subi %v1057, %v152 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = llvm.getelementptr %v52[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.mulf %v1216, %v1119 fastmath<contract> : f32
                %v1218 = arith.constant 8 : i64
                %v1219 = arith.addi %v1218, %v23 : i64
                %v1220 = arith.muli %v1219, %v183 : i64
                %v1221 = arith.subi %v1057, %v152 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = llvm.getelementptr %v52[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v1135 fastmath<contract> : f32
                %v1226 = arith.addf %v1217, %v1225 fastmath<contract> : f32
                llvm.store %v1226, %v839 : f32, !llvm.ptr
                %v1227 = arith.mulf %v1115, %v1120 fastmath<contract> : f32
                %v1228 = arith.mulf %v1118, %v1227 fastmath<contract> : f32
                %v1229 = arith.mulf %v1131, %v1136 fastmath<contract> : f32
                %v1230 = arith.mulf %v1134, %v1229 fastmath<contract> : f32
                %v1231 = arith.addf %v1228, %v1230 fastmath<contract> : f32
                llvm.store %v1231, %v840 : f32, !llvm.ptr
                llvm.store %v1118, %v39 : f32, !llvm.ptr
                llvm.store %v1134, %v40 : f32, !llvm.ptr
              }
              %v1232 = llvm.load %v838 : !llvm.ptr -> f32
              %v1233 = arith.select %v843, %v1232, %v1041 : f32
              %v1234 = arith.select %v843, %v1041, %v1232 : f32
              %v1236, %v1237 = gpu.shuffle xor %v1233, %v1235, %v326 : f32
              %v1238 = arith.addf %v1234, %v1236 fastmath<contract> : f32
              %v1239 = llvm.load %v839 : !llvm.ptr -> f32
              %v1240 = arith.select %v843, %v1239, %v1042 : f32
              %v1241 = arith.select %v843, %v1042, %v1239 : f32
              %v1242, %v1243 = gpu.shuffle xor %v1240, %v1235, %v326 : f32
              %v1244 = arith.addf %v1241, %v1242 fastmath<contract> : f32
              %v1245 = llvm.load %v840 : !llvm.ptr -> f32
              %v1246 = arith.select %v843, %v1245, %v1043 : f32
              %v1247 = arith.select %v843, %v1043, %v1245 : f32
              %v1248, %v1249 = gpu.shuffle xor %v1246, %v1235, %v326 : f32
              %v1250 = arith.addf %v1247, %v1248 fastmath<contract> : f32
              %v1251 = arith.addi %v392, %v707 : i64
              %v1252 = arith.cmpi slt, %v1251, %v154 : i64
              %v1253, %v1254 = gpu.shuffle idx %v453, %v132, %v326 : f32
              %v1255, %v1256 = gpu.shuffle idx %v462, %v132, %v326 : f32
              %v1257, %v1258 = gpu.shuffle idx %v476, %v132, %v326 : f32
              %v1259, %v1260 = gpu.shuffle idx %v485, %v132, %v326 : f32
              %v1261, %v1262 = gpu.shuffle idx %v490, %v132, %v326 : f32
              %v1263 = arith.addi %v394, %v577 : i64
              llvm.store %v55, %v838 : f32, !llvm.ptr
              llvm.store %v55, %v839 : f32, !llvm.ptr
              llvm.store %v55, %v840 : f32, !llvm.ptr
              scf.if %v1252 {
                %v1264 = arith.addi %v152, %v1251 : i64
                %v1265 = arith.muli %v23, %v183 : i64
                %v1266 = arith.subi %v1264, %v152 : i64
                %v1267 = arith.addi %v1265, %v1266 : i64
                %v1268 = llvm.getelementptr %v54[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1269 = llvm.load %v1268 : !llvm.ptr -> f32
                %v1270 = arith.muli %v35, %v263 : i64
                %v1271 = arith.muli %v33, %v262 : i64
                %v1272 = arith.addi %v1270, %v1271 : i64
                %v1273 = arith.subi %v177, %v1264 : i64
                %v1274 = arith.muli %v1273, %v2 : i64
                %v1275 = arith.addi %v1272, %v1274 : i64
                %v1276 = llvm.getelementptr %dy_y[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
                %v1278 = arith.mulf %v1257, %v1277 fastmath<contract> : f32
                %v1279 = arith.mulf %v1269, %v1278 fastmath<contract> : f32
                %v1280 = llvm.load %v37 : !llvm.ptr -> f32
                %v1281 = llvm.load %v39 : !llvm.ptr -> f32
                %v1282 = arith.mulf %v1281, %v1280 fastmath<contract> : f32
                %v1283 = arith.addf %v1279, %v1282 fastmath<contract> : f32
                llvm.store %v1283, %v37 : f32, !llvm.ptr
                %v1284 = arith.constant 8 : i64
                %v1285 = arith.addi %v1284, %v23 : i64
                %v1286 = arith.muli %v1285, %v183 : i64
                %v1287 = arith.subi %v1264, %v152 : i64
                %v1288 = arith.addi %v1286, %v1287 : i64
                %v1289 = llvm.getelementptr %v54[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1290 = llvm.load %v1289 : !llvm.ptr -> f32
                %v1291 = arith.mulf %v1290, %v1278 fastmath<contract> : f32
                %v1292 = llvm.load %v38 : !llvm.ptr -> f32
                %v1293 = llvm.load %v40 : !llvm.ptr -> f32
                %v1294 = arith.mulf %v1293, %v1292 fastmath<contract> : f32
                %v1295 = arith.addf %v1291, %v1294 fastmath<contract> : f32
                llvm.store %v1295, %v38 : f32, !llvm.ptr
                %v1296 = arith.subi %size_L, %v2 : i64
                %v1297 = arith.cmpi eq, %v1264, %v1296 : i64
                scf.if %v1297 {
                  %v1298 = arith.muli %v35, %v60 : i64
                  %v1299 = arith.muli %v33, %v59 : i64
                  %v1300 = arith.addi %v1298, %v1299 : i64
                  %v1301 = arith.muli %v23, %v2 : i64
                  %v1302 = arith.addi %v1300, %v1301 : i64
                  %v1303 = llvm.getelementptr %dy_h_first[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
                  %v1305 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1306 = arith.addf %v1305, %v1304 fastmath<contract> : f32
                  llvm.store %v1306, %v37 : f32, !llvm.ptr
                  %v1307 = arith.muli %v35, %v60 : i64
                  %v1308 = arith.muli %v33, %v59 : i64
                  %v1309 = arith.addi %v1307, %v1308 : i64
                  %v1310 = arith.constant 8 : i64
                  %v1311 = arith.addi %v1310, %v23 : i64
                  %v1312 = arith.muli %v1311, %v2 : i64
                  %v1313 = arith.addi %v1309, %v1312 : i64
                  %v1314 = llvm.getelementptr %dy_h_first[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
                  %v1316 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1317 = arith.addf %v1316, %v1315 fastmath<contract> : f32
                  llvm.store %v1317, %v38 : f32, !llvm.ptr
                }
                %v1318 = arith.muli %v33, %v334 : i64
                %v1319 = arith.muli %v23, %v2 : i64
                %v1320 = arith.addi %v1318, %v1319 : i64
                %v1321 = llvm.getelementptr %in_A[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
                %v1323 = arith.mulf %v1253, %v1322 fastmath<contract> : f32
                %v1324 = arith.mulf %v1323, %v279 fastmath<contract> : f32
                %v1325 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1324) : (f32) -> f32
                %v1326 = llvm.load %v37 : !llvm.ptr -> f32
                %v1327 = arith.mulf %v686, %v1326 fastmath<contract> : f32
                %v1328 = arith.mulf %v1325, %v1327 fastmath<contract> : f32
                %v1329 = arith.mulf %v1253, %v1328 fastmath<contract> : f32
                %v1330 = llvm.load %v41 : !llvm.ptr -> f32
                %v1331 = arith.addf %v1330, %v1329 fastmath<contract> : f32
                llvm.store %v1331, %v41 : f32, !llvm.ptr
                %v1332 = arith.muli %v33, %v334 : i64
                %v1333 = arith.constant 8 : i64
                %v1334 = arith.addi %v1333, %v23 : i64
                %v1335 = arith.muli %v1334, %v2 : i64
                %v1336 = arith.addi %v1332, %v1335 : i64
                %v1337 = llvm.getelementptr %in_A[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1338 = llvm.load %v1337 : !llvm.ptr -> f32
                %v1339 = arith.mulf %v1253, %v1338 fastmath<contract> : f32
                %v1340 = arith.mulf %v1339, %v279 fastmath<contract> : f32
                %v1341 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1340) : (f32) -> f32
                %v1342 = llvm.load %v38 : !llvm.ptr -> f32
                %v1343 = arith.mulf %v706, %v1342 fastmath<contract> : f32
                %v1344 = arith.mulf %v1341, %v1343 fastmath<contract> : f32
                %v1345 = arith.mulf %v1253, %v1344 fastmath<contract> : f32
                %v1346 = llvm.load %v42 : !llvm.ptr -> f32
                %v1347 = arith.addf %v1346, %v1345 fastmath<contract> : f32
                llvm.store %v1347, %v42 : f32, !llvm.ptr
                %v1348 = arith.mulf %v1255, %v1326 fastmath<contract> : f32
                %v1349 = arith.select %v27, %v1348, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1350, %v1351 = gpu.shuffle xor %v1349, %v949, %v326 : f32
                %v1352 = arith.addf %v1349, %v1350 fastmath<contract> : f32
                %v1353, %v1354 = gpu.shuffle xor %v1352, %v953, %v326 : f32
                %v1355 = arith.addf %v1352, %v1353 fastmath<contract> : f32
                %v1356 = arith.divui %v13, %v15 : i64
                %v1357 = arith.remui %v13, %v15 : i64
                %v1358 = arith.cmpi ult, %v1357, %v22 : i64
                %v1359 = arith.addi %v57, %v23 : i64
                %v1360 = arith.muli %v1356, %v1 : i64
                %v1361 = arith.addi %v1360, %v1359 : i64
                %v1362 = arith.muli %v1361, %v963 : i64
                %v1363 = arith.addi %v1362, %v1263 : i64
                scf.if %v1358 {
                  %v1364 = llvm.getelementptr %v48[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1355, %v1364 : f32, !llvm.ptr
                }
                %v1365 = arith.mulf %v1255, %v1342 fastmath<contract> : f32
                %v1366 = arith.select %v27, %v1365, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1367, %v1368 = gpu.shuffle xor %v1366, %v949, %v326 : f32
                %v1369 = arith.addf %v1366, %v1367 fastmath<contract> : f32
                %v1370, %v1371 = gpu.shuffle xor %v1369, %v953, %v326 : f32
                %v1372 = arith.addf %v1369, %v1370 fastmath<contract> : f32
                %v1373 = arith.divui %v13, %v15 : i64
                %v1374 = arith.remui %v13, %v15 : i64
                %v1375 = arith.cmpi ult, %v1374, %v22 : i64
                %v1376 = arith.addi %v22, %v23 : i64
                %v1377 = arith.muli %v1373, %v1 : i64
                %v1378 = arith.addi %v1377, %v1376 : i64
                %v1379 = arith.muli %v1378, %v963 : i64
                %v1380 = arith.addi %v1379, %v1263 : i64
                scf.if %v1375 {
                  %v1381 = llvm.getelementptr %v48[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1372, %v1381 : f32, !llvm.ptr
                }
                %v1382 = arith.mulf %v730, %v1278 fastmath<contract> : f32
                %v1383 = arith.select %v27, %v1382, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1384, %v1385 = gpu.shuffle xor %v1383, %v949, %v326 : f32
                %v1386 = arith.addf %v1383, %v1384 fastmath<contract> : f32
                %v1387, %v1388 = gpu.shuffle xor %v1386, %v953, %v326 : f32
                %v1389 = arith.addf %v1386, %v1387 fastmath<contract> : f32
                %v1390 = arith.divui %v13, %v15 : i64
                %v1391 = arith.remui %v13, %v15 : i64
                %v1392 = arith.cmpi ult, %v1391, %v22 : i64
                %v1393 = arith.addi %v57, %v23 : i64
                %v1394 = arith.muli %v1390, %v1 : i64
                %v1395 = arith.addi %v1394, %v1393 : i64
                %v1396 = arith.muli %v1395, %v963 : i64
                %v1397 = arith.addi %v1396, %v1263 : i64
                scf.if %v1392 {
                  %v1398 = llvm.getelementptr %v50[%v1397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1389, %v1398 : f32, !llvm.ptr
                }
                %v1399 = arith.mulf %v750, %v1278 fastmath<contract> : f32
                %v1400 = arith.select %v27, %v1399, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1401, %v1402 = gpu.shuffle xor %v1400, %v949, %v326 : f32
                %v1403 = arith.addf %v1400, %v1401 fastmath<contract> : f32
                %v1404, %v1405 = gpu.shuffle xor %v1403, %v953, %v326 : f32
                %v1406 = arith.addf %v1403, %v1404 fastmath<contract> : f32
                %v1407 = arith.divui %v13, %v15 : i64
                %v1408 = arith.remui %v13, %v15 : i64
                %v1409 = arith.cmpi ult, %v1408, %v22 : i64
                %v1410 = arith.addi %v22, %v23 : i64
                %v1411 = arith.muli %v1407, %v1 : i64
                %v1412 = arith.addi %v1411, %v1410 : i64
                %v1413 = arith.muli %v1412, %v963 : i64
                %v1414 = arith.addi %v1413, %v1263 : i64
                scf.if %v1409 {
                  %v1415 = llvm.getelementptr %v50[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1406, %v1415 : f32, !llvm.ptr
                }
                %v1416 = arith.mulf %v1269, %v730 fastmath<contract> : f32
                %v1417 = arith.mulf %v1290, %v750 fastmath<contract> : f32
                %v1418 = arith.addf %v1416, %v1417 fastmath<contract> : f32
                llvm.store %v1418, %v838 : f32, !llvm.ptr
                %v1419 = arith.muli %v23, %v183 : i64
                %v1420 = arith.subi %v1264, %v152 : i64
                %v1421 = arith.addi %v1419, %v1420 : i64
                %v1422 = llvm.getelementptr %v52[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1423 = llvm.load %v1422 : !llvm.ptr -> f32
                %v1424 = arith.mulf %v1423, %v1326 fastmath<contract> : f32
                %v1425 = arith.constant 8 : i64
                %v1426 = arith.addi %v1425, %v23 : i64
                %v1427 = arith.muli %v1426, %v183 : i64
                %v1428 = arith.subi %v1264, %v152 : i64
                %v1429 = arith.addi %v1427, %v1428 : i64
                %v1430 = llvm.getelementptr %v52[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1431 = llvm.load %v1430 : !llvm.ptr -> f32
                %v1432 = arith.mulf %v1431, %v1342 fastmath<contract> : f32
                %v1433 = arith.addf %v1424, %v1432 fastmath<contract> : f32
                llvm.store %v1433, %v839 : f32, !llvm.ptr
                %v1434 = arith.mulf %v1322, %v1327 fastmath<contract> : f32
                %v1435 = arith.mulf %v1325, %v1434 fastmath<contract> : f32
                %v1436 = arith.mulf %v1338, %v1343 fastmath<contract> : f32
                %v1437 = arith.mulf %v1341, %v1436 fastmath<contract> : f32
                %v1438 = arith.addf %v1435, %v1437 fastmath<contract> : f32
                llvm.store %v1438, %v840 : f32, !llvm.ptr
                llvm.store %v1325, %v39 : f32, !llvm.ptr
                llvm.store %v1341, %v40 : f32, !llvm.ptr
              }
              %v1439 = llvm.load %v838 : !llvm.ptr -> f32
              %v1440 = llvm.load %v839 : !llvm.ptr -> f32
              %v1441 = llvm.load %v840 : !llvm.ptr -> f32
              %v1442 = arith.addi %v392, %v374 : i64
              %v1443 = arith.cmpi slt, %v1442, %v154 : i64
              %v1444, %v1445 = gpu.shuffle idx %v453, %v128, %v326 : f32
              %v1446, %v1447 = gpu.shuffle idx %v462, %v128, %v326 : f32
              %v1448, %v1449 = gpu.shuffle idx %v476, %v128, %v326 : f32
              %v1450, %v1451 = gpu.shuffle idx %v485, %v128, %v326 : f32
              %v1452, %v1453 = gpu.shuffle idx %v490, %v128, %v326 : f32
              %v1454 = arith.addi %v394, %v373 : i64
              llvm.store %v55, %v838 : f32, !llvm.ptr
              llvm.store %v55, %v839 : f32, !llvm.ptr
              llvm.store %v55, %v840 : f32, !llvm.ptr
              scf.if %v1443 {
                %v1455 = arith.addi %v152, %v1442 : i64
                %v1456 = arith.muli %v23, %v183 : i64
                %v1457 = arith.subi %v1455, %v152 : i64
                %v1458 = arith.addi %v1456, %v1457 : i64
                %v1459 = llvm.getelementptr %v54[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
                %v1461 = arith.muli %v35, %v263 : i64
                %v1462 = arith.muli %v33, %v262 : i64
                %v1463 = arith.addi %v1461, %v1462 : i64
                %v1464 = arith.subi %v177, %v1455 : i64
                %v1465 = arith.muli %v1464, %v2 : i64
                %v1466 = arith.addi %v1463, %v1465 : i64
                %v1467 = llvm.getelementptr %dy_y[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
                %v1469 = arith.mulf %v1448, %v1468 fastmath<contract> : f32
                %v1470 = arith.mulf %v1460, %v1469 fastmath<contract> : f32
                %v1471 = llvm.load %v37 : !llvm.ptr -> f32
                %v1472 = llvm.load %v39 : !llvm.ptr -> f32
                %v1473 = arith.mulf %v1472, %v1471 fastmath<contract> : f32
                %v1474 = arith.addf %v1470, %v1473 fastmath<contract> : f32
                llvm.store %v1474, %v37 : f32, !llvm.ptr
                %v1475 = arith.constant 8 : i64
                %v1476 = arith.addi %v1475, %v23 : i64
                %v1477 = arith.muli %v1476, %v183 : i64
                %v1478 = arith.subi %v1455, %v152 : i64
                %v1479 = arith.addi %v1477, %v1478 : i64
                %v1480 = llvm.getelementptr %v54[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.mulf %v1481, %v1469 fastmath<contract> : f32
                %v1483 = llvm.load %v38 : !llvm.ptr -> f32
                %v1484 = llvm.load %v40 : !llvm.ptr -> f32
                %v1485 = arith.mulf %v1484, %v1483 fastmath<contract> : f32
                %v1486 = arith.addf %v1482, %v1485 fastmath<contract> : f32
                llvm.store %v1486, %v38 : f32, !llvm.ptr
                %v1487 = arith.subi %size_L, %v2 : i64
                %v1488 = arith.cmpi eq, %v1455, %v1487 : i64
                scf.if %v1488 {
                  %v1489 = arith.muli %v35, %v60 : i64
                  %v1490 = arith.muli %v33, %v59 : i64
                  %v1491 = arith.addi %v1489, %v1490 : i64
                  %v1492 = arith.muli %v23, %v2 : i64
                  %v1493 = arith.addi %v1491, %v1492 : i64
                  %v1494 = llvm.getelementptr %dy_h_first[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
                  %v1496 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1497 = arith.addf %v1496, %v1495 fastmath<contract> : f32
                  llvm.store %v1497, %v37 : f32, !llvm.ptr
                  %v1498 = arith.muli %v35, %v60 : i64
                  %v1499 = arith.muli %v33, %v59 : i64
                  %v1500 = arith.addi %v1498, %v1499 : i64
                  %v1501 = arith.constant 8 : i64
                  %v1502 = arith.addi %v1501, %v23 : i64
                  %v1503 = arith.muli %v1502, %v2 : i64
                  %v1504 = arith.addi %v1500, %v1503 : i64
                  %v1505 = llvm.getelementptr %dy_h_first[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1506 = llvm.load %v1505 : !llvm.ptr -> f32
                  %v1507 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1508 = arith.addf %v1507, %v1506 fastmath<contract> : f32
                  llvm.store %v1508, %v38 : f32, !llvm.ptr
                }
                %v1509 = arith.muli %v33, %v334 : i64
                %v1510 = arith.muli %v23, %v2 : i64
                %v1511 = arith.addi %v1509, %v1510 : i64
                %v1512 = llvm.getelementptr %in_A[%v1511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1513 = llvm.load %v1512 : !llvm.ptr -> f32
                %v1514 = arith.mulf %v1444, %v1513 fastmath<contract> : f32
                %v1515 = arith.mulf %v1514, %v279 fastmath<contract> : f32
                %v1516 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1515) : (f32) -> f32
                %v1517 = llvm.load %v37 : !llvm.ptr -> f32
                %v1518 = arith.mulf %v643, %v1517 fastmath<contract> : f32
                %v1519 = arith.mulf %v1516, %v1518 fastmath<contract> : f32
                %v1520 = arith.mulf %v1444, %v1519 fastmath<contract> : f32
                %v1521 = llvm.load %v41 : !llvm.ptr -> f32
                %v1522 = arith.addf %v1521, %v1520 fastmath<contract> : f32
                llvm.store %v1522, %v41 : f32, !llvm.ptr
                %v1523 = arith.muli %v33, %v334 : i64
                %v1524 = arith.constant 8 : i64
                %v1525 = arith.addi %v1524, %v23 : i64
                %v1526 = arith.muli %v1525, %v2 : i64
                %v1527 = arith.addi %v1523, %v1526 : i64
                %v1528 = llvm.getelementptr %in_A[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1529 = llvm.load %v1528 : !llvm.ptr -> f32
                %v1530 = arith.mulf %v1444, %v1529 fastmath<contract> : f32
                %v1531 = arith.mulf %v1530, %v279 fastmath<contract> : f32
                %v1532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1531) : (f32) -> f32
                %v1533 = llvm.load %v38 : !llvm.ptr -> f32
                %v1534 = arith.mulf %v663, %v1533 fastmath<contract> : f32
                %v1535 = arith.mulf %v1532, %v1534 fastmath<contract> : f32
                %v1536 = arith.mulf %v1444, %v1535 fastmath<contract> : f32
                %v1537 = llvm.load %v42 : !llvm.ptr -> f32
                %v1538 = arith.addf %v1537, %v1536 fastmath<contract> : f32
                llvm.store %v1538, %v42 : f32, !llvm.ptr
                %v1539 = arith.mulf %v1446, %v1517 fastmath<contract> : f32
                %v1540 = arith.select %v27, %v1539, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1541, %v1542 = gpu.shuffle xor %v1540, %v949, %v326 : f32
                %v1543 = arith.addf %v1540, %v1541 fastmath<contract> : f32
                %v1544, %v1545 = gpu.shuffle xor %v1543, %v953, %v326 : f32
                %v1546 = arith.addf %v1543, %v1544 fastmath<contract> : f32
                %v1547 = arith.divui %v13, %v15 : i64
                %v1548 = arith.remui %v13, %v15 : i64
                %v1549 = arith.cmpi ult, %v1548, %v22 : i64
                %v1550 = arith.addi %v57, %v23 : i64
                %v1551 = arith.muli %v1547, %v1 : i64
                %v1552 = arith.addi %v1551, %v1550 : i64
                %v1553 = arith.muli %v1552, %v963 : i64
                %v1554 = arith.addi %v1553, %v1454 : i64
                scf.if %v1549 {
                  %v1555 = llvm.getelementptr %v48[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1546, %v1555 : f32, !llvm.ptr
                }
                %v1556 = arith.mulf %v1446, %v1533 fastmath<contract> : f32
                %v1557 = arith.select %v27, %v1556, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1558, %v1559 = gpu.shuffle xor %v1557, %v949, %v326 : f32
                %v1560 = arith.addf %v1557, %v1558 fastmath<contract> : f32
                %v1561, %v1562 = gpu.shuffle xor %v1560, %v953, %v326 : f32
                %v1563 = arith.addf %v1560, %v1561 fastmath<contract> : f32
                %v1564 = arith.divui %v13, %v15 : i64
                %v1565 = arith.remui %v13, %v15 : i64
                %v1566 = arith.cmpi ult, %v1565, %v22 : i64
                %v1567 = arith.addi %v22, %v23 : i64
                %v1568 = arith.muli %v1564, %v1 : i64
                %v1569 = arith.addi %v1568, %v1567 : i64
                %v1570 = arith.muli %v1569, %v963 : i64
                %v1571 = arith.addi %v1570, %v1454 : i64
                scf.if %v1566 {
                  %v1572 = llvm.getelementptr %v48[%v1571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1563, %v1572 : f32, !llvm.ptr
                }
                %v1573 = arith.mulf %v686, %v1469 fastmath<contract> : f32
                %v1574 = arith.select %v27, %v1573, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1575, %v1576 = gpu.shuffle xor %v1574, %v949, %v326 : f32
                %v1577 = arith.addf %v1574, %v1575 fastmath<contract> : f32
                %v1578, %v1579 = gpu.shuffle xor %v1577, %v953, %v326 : f32
                %v1580 = arith.addf %v1577, %v1578 fastmath<contract> : f32
                %v1581 = arith.divui %v13, %v15 : i64
                %v1582 = arith.remui %v13, %v15 : i64
                %v1583 = arith.cmpi ult, %v1582, %v22 : i64
                %v1584 = arith.addi %v57, %v23 : i64
                %v1585 = arith.muli %v1581, %v1 : i64
                %v1586 = arith.addi %v1585, %v1584 : i64
                %v1587 = arith.muli %v1586, %v963 : i64
                %v1588 = arith.addi %v1587, %v1454 : i64
                scf.if %v1583 {
                  %v1589 = llvm.getelementptr %v50[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1580, %v1589 : f32, !llvm.ptr
                }
                %v1590 = arith.mulf %v706, %v1469 fastmath<contract> : f32
                %v1591 = arith.select %v27, %v1590, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1592, %v1593 = gpu.shuffle xor %v1591, %v949, %v326 : f32
                %v1594 = arith.addf %v1591, %v1592 fastmath<contract> : f32
                %v1595, %v1596 = gpu.shuffle xor %v1594, %v953, %v326 : f32
                %v1597 = arith.addf %v1594, %v1595 fastmath<contract> : f32
                %v1598 = arith.divui %v13, %v15 : i64
                %v1599 = arith.remui %v13, %v15 : i64
                %v1600 = arith.cmpi ult, %v1599, %v22 : i64
                %v1601 = arith.addi %v22, %v23 : i64
                %v1602 = arith.muli %v1598, %v1 : i64
                %v1603 = arith.addi %v1602, %v1601 : i64
                %v1604 = arith.muli %v1603, %v963 : i64
                %v1605 = arith.addi %v1604, %v1454 : i64
                scf.if %v1600 {
                  %v1606 = llvm.getelementptr %v50[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1597, %v1606 : f32, !llvm.ptr
                }
                %v1607 = arith.mulf %v1460, %v686 fastmath<contract> : f32
                %v1608 = arith.mulf %v1481, %v706 fastmath<contract> : f32
                %v1609 = arith.addf %v1607, %v1608 fastmath<contract> : f32
                llvm.store %v1609, %v838 : f32, !llvm.ptr
                %v1610 = arith.muli %v23, %v183 : i64
                %v1611 = arith.subi %v1455, %v152 : i64
                %v1612 = arith.addi %v1610, %v1611 : i64
                %v1613 = llvm.getelementptr %v52[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
                %v1615 = arith.mulf %v1614, %v1517 fastmath<contract> : f32
                %v1616 = arith.constant 8 : i64
                %v1617 = arith.addi %v1616, %v23 : i64
                %v1618 = arith.muli %v1617, %v183 : i64
                %v1619 = arith.subi %v1455, %v152 : i64
                %v1620 = arith.addi %v1618, %v1619 : i64
                %v1621 = llvm.getelementptr %v52[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
                %v1623 = arith.mulf %v1622, %v1533 fastmath<contract> : f32
                %v1624 = arith.addf %v1615, %v1623 fastmath<contract> : f32
                llvm.store %v1624, %v839 : f32, !llvm.ptr
                %v1625 = arith.mulf %v1513, %v1518 fastmath<contract> : f32
                %v1626 = arith.mulf %v1516, %v1625 fastmath<contract> : f32
                %v1627 = arith.mulf %v1529, %v1534 fastmath<contract> : f32
                %v1628 = arith.mulf %v1532, %v1627 fastmath<contract> : f32
                %v1629 = arith.addf %v1626, %v1628 fastmath<contract> : f32
                llvm.store %v1629, %v840 : f32, !llvm.ptr
                llvm.store %v1516, %v39 : f32, !llvm.ptr
                llvm.store %v1532, %v40 : f32, !llvm.ptr
              }
              %v1630 = llvm.load %v838 : !llvm.ptr -> f32
              %v1631 = arith.select %v843, %v1630, %v1439 : f32
              %v1632 = arith.select %v843, %v1439, %v1630 : f32
              %v1633, %v1634 = gpu.shuffle xor %v1631, %v1235, %v326 : f32
              %v1635 = arith.addf %v1632, %v1633 fastmath<contract> : f32
              %v1636 = arith.select %v846, %v1635, %v1238 : f32
              %v1637 = arith.select %v846, %v1238, %v1635 : f32
              %v1639, %v1640 = gpu.shuffle xor %v1636, %v1638, %v326 : f32
              %v1641 = arith.addf %v1637, %v1639 fastmath<contract> : f32
              %v1642 = llvm.load %v839 : !llvm.ptr -> f32
              %v1643 = arith.select %v843, %v1642, %v1440 : f32
              %v1644 = arith.select %v843, %v1440, %v1642 : f32
              %v1645, %v1646 = gpu.shuffle xor %v1643, %v1235, %v326 : f32
              %v1647 = arith.addf %v1644, %v1645 fastmath<contract> : f32
              %v1648 = arith.select %v846, %v1647, %v1244 : f32
              %v1649 = arith.select %v846, %v1244, %v1647 : f32
              %v1650, %v1651 = gpu.shuffle xor %v1648, %v1638, %v326 : f32
              %v1652 = arith.addf %v1649, %v1650 fastmath<contract> : f32
              %v1653 = llvm.load %v840 : !llvm.ptr -> f32
              %v1654 = arith.select %v843, %v1653, %v1441 : f32
              %v1655 = arith.select %v843, %v1441, %v1653 : f32
              %v1656, %v1657 = gpu.shuffle xor %v1654, %v1235, %v326 : f32
              %v1658 = arith.addf %v1655, %v1656 fastmath<contract> : f32
              %v1659 = arith.select %v846, %v1658, %v1250 : f32
              %v1660 = arith.select %v846, %v1250, %v1658 : f32
              %v1661, %v1662 = gpu.shuffle xor %v1659, %v1638, %v326 : f32
              %v1663 = arith.addf %v1660, %v1661 fastmath<contract> : f32
              %v1664 = arith.addi %v392, %v373 : i64
              %v1665 = arith.cmpi slt, %v1664, %v154 : i64
              %v1666, %v1667 = gpu.shuffle idx %v453, %v124, %v326 : f32
              %v1668, %v1669 = gpu.shuffle idx %v462, %v124, %v326 : f32
              %v1670, %v1671 = gpu.shuffle idx %v476, %v124, %v326 : f32
              %v1672, %v1673 = gpu.shuffle idx %v485, %v124, %v326 : f32
              %v1674, %v1675 = gpu.shuffle idx %v490, %v124, %v326 : f32
              %v1676 = arith.addi %v394, %v374 : i64
              llvm.store %v55, %v838 : f32, !llvm.ptr
              llvm.store %v55, %v839 : f32, !llvm.ptr
              llvm.store %v55, %v840 : f32, !llvm.ptr
              scf.if %v1665 {
                %v1677 = arith.addi %v152, %v1664 : i64
                %v1678 = arith.muli %v23, %v183 : i64
                %v1679 = arith.subi %v1677, %v152 : i64
                %v1680 = arith.addi %v1678, %v1679 : i64
                %v1681 = llvm.getelementptr %v54[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                %v1683 = arith.muli %v35, %v263 : i64
                %v1684 = arith.muli %v33, %v262 : i64
                %v1685 = arith.addi %v1683, %v1684 : i64
                %v1686 = arith.subi %v177, %v1677 : i64
                %v1687 = arith.muli %v1686, %v2 : i64
                %v1688 = arith.addi %v1685, %v1687 : i64
                %v1689 = llvm.getelementptr %dy_y[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
                %v1691 = arith.mulf %v1670, %v1690 fastmath<contract> : f32
                %v1692 = arith.mulf %v1682, %v1691 fastmath<contract> : f32
                %v1693 = llvm.load %v37 : !llvm.ptr -> f32
                %v1694 = llvm.load %v39 : !llvm.ptr -> f32
                %v1695 = arith.mulf %v1694, %v1693 fastmath<contract> : f32
                %v1696 = arith.addf %v1692, %v1695 fastmath<contract> : f32
                llvm.store %v1696, %v37 : f32, !llvm.ptr
                %v1697 = arith.constant 8 : i64
                %v1698 = arith.addi %v1697, %v23 : i64
                %v1699 = arith.muli %v1698, %v183 : i64
                %v1700 = arith.subi %v1677, %v152 : i64
                %v1701 = arith.addi %v1699, %v1700 : i64
                %v1702 = llvm.getelementptr %v54[%v1701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1703 = llvm.load %v1702 : !llvm.ptr -> f32
                %v1704 = arith.mulf %v1703, %v1691 fastmath<contract> : f32
                %v1705 = llvm.load %v38 : !llvm.ptr -> f32
                %v1706 = llvm.load %v40 : !llvm.ptr -> f32
                %v1707 = arith.mulf %v1706, %v1705 fastmath<contract> : f32
                %v1708 = arith.addf %v1704, %v1707 fastmath<contract> : f32
                llvm.store %v1708, %v38 : f32, !llvm.ptr
                %v1709 = arith.subi %size_L, %v2 : i64
                %v1710 = arith.cmpi eq, %v1677, %v1709 : i64
                scf.if %v1710 {
                  %v1711 = arith.muli %v35, %v60 : i64
                  %v1712 = arith.muli %v33, %v59 : i64
                  %v1713 = arith.addi %v1711, %v1712 : i64
                  %v1714 = arith.muli %v23, %v2 : i64
                  %v1715 = arith.addi %v1713, %v1714 : i64
                  %v1716 = llvm.getelementptr %dy_h_first[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1717 = llvm.load %v1716 : !llvm.ptr -> f32
                  %v1718 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1719 = arith.addf %v1718, %v1717 fastmath<contract> : f32
                  llvm.store %v1719, %v37 : f32, !llvm.ptr
                  %v1720 = arith.muli %v35, %v60 : i64
                  %v1721 = arith.muli %v33, %v59 : i64
                  %v1722 = arith.addi %v1720, %v1721 : i64
                  %v1723 = arith.constant 8 : i64
                  %v1724 = arith.addi %v1723, %v23 : i64
                  %v1725 = arith.muli %v1724, %v2 : i64
                  %v1726 = arith.addi %v1722, %v1725 : i64
                  %v1727 = llvm.getelementptr %dy_h_first[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
                  %v1729 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1730 = arith.addf %v1729, %v1728 fastmath<contract> : f32
                  llvm.store %v1730, %v38 : f32, !llvm.ptr
                }
                %v1731 = arith.muli %v33, %v334 : i64
                %v1732 = arith.muli %v23, %v2 : i64
                %v1733 = arith.addi %v1731, %v1732 : i64
                %v1734 = llvm.getelementptr %in_A[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1735 = llvm.load %v1734 : !llvm.ptr -> f32
                %v1736 = arith.mulf %v1666, %v1735 fastmath<contract> : f32
                %v1737 = arith.mulf %v1736, %v279 fastmath<contract> : f32
                %v1738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1737) : (f32) -> f32
                %v1739 = llvm.load %v37 : !llvm.ptr -> f32
                %v1740 = arith.mulf %v600, %v1739 fastmath<contract> : f32
                %v1741 = arith.mulf %v1738, %v1740 fastmath<contract> : f32
                %v1742 = arith.mulf %v1666, %v1741 fastmath<contract> : f32
                %v1743 = llvm.load %v41 : !llvm.ptr -> f32
                %v1744 = arith.addf %v1743, %v1742 fastmath<contract> : f32
                llvm.store %v1744, %v41 : f32, !llvm.ptr
                %v1745 = arith.muli %v33, %v334 : i64
                %v1746 = arith.constant 8 : i64
                %v1747 = arith.addi %v1746, %v23 : i64
                %v1748 = arith.muli %v1747, %v2 : i64
                %v1749 = arith.addi %v1745, %v1748 : i64
                %v1750 = llvm.getelementptr %in_A[%v1749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
                %v1752 = arith.mulf %v1666, %v1751 fastmath<contract> : f32
                %v1753 = arith.mulf %v1752, %v279 fastmath<contract> : f32
                %v1754 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1753) : (f32) -> f32
                %v1755 = llvm.load %v38 : !llvm.ptr -> f32
                %v1756 = arith.mulf %v620, %v1755 fastmath<contract> : f32
                %v1757 = arith.mulf %v1754, %v1756 fastmath<contract> : f32
                %v1758 = arith.mulf %v1666, %v1757 fastmath<contract> : f32
                %v1759 = llvm.load %v42 : !llvm.ptr -> f32
                %v1760 = arith.addf %v1759, %v1758 fastmath<contract> : f32
                llvm.store %v1760, %v42 : f32, !llvm.ptr
                %v1761 = arith.mulf %v1668, %v1739 fastmath<contract> : f32
                %v1762 = arith.select %v27, %v1761, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1763, %v1764 = gpu.shuffle xor %v1762, %v949, %v326 : f32
                %v1765 = arith.addf %v1762, %v1763 fastmath<contract> : f32
                %v1766, %v1767 = gpu.shuffle xor %v1765, %v953, %v326 : f32
                %v1768 = arith.addf %v1765, %v1766 fastmath<contract> : f32
                %v1769 = arith.divui %v13, %v15 : i64
                %v1770 = arith.remui %v13, %v15 : i64
                %v1771 = arith.cmpi ult, %v1770, %v22 : i64
                %v1772 = arith.addi %v57, %v23 : i64
                %v1773 = arith.muli %v1769, %v1 : i64
                %v1774 = arith.addi %v1773, %v1772 : i64
                %v1775 = arith.muli %v1774, %v963 : i64
                %v1776 = arith.addi %v1775, %v1676 : i64
                scf.if %v1771 {
                  %v1777 = llvm.getelementptr %v48[%v1776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1768, %v1777 : f32, !llvm.ptr
                }
                %v1778 = arith.mulf %v1668, %v1755 fastmath<contract> : f32
                %v1779 = arith.select %v27, %v1778, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1780, %v1781 = gpu.shuffle xor %v1779, %v949, %v326 : f32
                %v1782 = arith.addf %v1779, %v1780 fastmath<contract> : f32
                %v1783, %v1784 = gpu.shuffle xor %v1782, %v953, %v326 : f32
                %v1785 = arith.addf %v1782, %v1783 fastmath<contract> : f32
                %v1786 = arith.divui %v13, %v15 : i64
                %v1787 = arith.remui %v13, %v15 : i64
                %v1788 = arith.cmpi ult, %v1787, %v22 : i64
                %v1789 = arith.addi %v22, %v23 : i64
                %v1790 = arith.muli %v1786, %v1 : i64
                %v1791 = arith.addi %v1790, %v1789 : i64
                %v1792 = arith.muli %v1791, %v963 : i64
                %v1793 = arith.addi %v1792, %v1676 : i64
                scf.if %v1788 {
                  %v1794 = llvm.getelementptr %v48[%v1793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1785, %v1794 : f32, !llvm.ptr
                }
                %v1795 = arith.mulf %v643, %v1691 fastmath<contract> : f32
                %v1796 = arith.select %v27, %v1795, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1797, %v1798 = gpu.shuffle xor %v1796, %v949, %v326 : f32
                %v1799 = arith.addf %v1796, %v1797 fastmath<contract> : f32
                %v1800, %v1801 = gpu.shuffle xor %v1799, %v953, %v326 : f32
                %v1802 = arith.addf %v1799, %v1800 fastmath<contract> : f32
                %v1803 = arith.divui %v13, %v15 : i64
                %v1804 = arith.remui %v13, %v15 : i64
                %v1805 = arith.cmpi ult, %v1804, %v22 : i64
                %v1806 = arith.addi %v57, %v23 : i64
                %v1807 = arith.muli %v1803, %v1 : i64
                %v1808 = arith.addi %v1807, %v1806 : i64
                %v1809 = arith.muli %v1808, %v963 : i64
                %v1810 = arith.addi %v1809, %v1676 : i64
                scf.if %v1805 {
                  %v1811 = llvm.getelementptr %v50[%v1810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1802, %v1811 : f32, !llvm.ptr
                }
                %v1812 = arith.mulf %v663, %v1691 fastmath<contract> : f32
                %v1813 = arith.select %v27, %v1812, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1814, %v1815 = gpu.shuffle xor %v1813, %v949, %v326 : f32
                %v1816 = arith.addf %v1813, %v1814 fastmath<contract> : f32
                %v1817, %v1818 = gpu.shuffle xor %v1816, %v953, %v326 : f32
                %v1819 = arith.addf %v1816, %v1817 fastmath<contract> : f32
                %v1820 = arith.divui %v13, %v15 : i64
                %v1821 = arith.remui %v13, %v15 : i64
                %v1822 = arith.cmpi ult, %v1821, %v22 : i64
                %v1823 = arith.addi %v22, %v23 : i64
                %v1824 = arith.muli %v1820, %v1 : i64
                %v1825 = arith.addi %v1824, %v1823 : i64
                %v1826 = arith.muli %v1825, %v963 : i64
                %v1827 = arith.addi %v1826, %v1676 : i64
                scf.if %v1822 {
                  %v1828 = llvm.getelementptr %v50[%v1827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1819, %v1828 : f32, !llvm.ptr
                }
                %v1829 = arith.mulf %v1682, %v643 fastmath<contract> : f32
                %v1830 = arith.mulf %v1703, %v663 fastmath<contract> : f32
                %v1831 = arith.addf %v1829, %v1830 fastmath<contract> : f32
                llvm.store %v1831, %v838 : f32, !llvm.ptr
                %v1832 = arith.muli %v23, %v183 : i64
                %v1833 = arith.subi %v1677, %v152 : i64
                %v1834 = arith.addi %v1832, %v1833 : i64
                %v1835 = llvm.getelementptr %v52[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1836 = llvm.load %v1835 : !llvm.ptr -> f32
                %v1837 = arith.mulf %v1836, %v1739 fastmath<contract> : f32
                %v1838 = arith.constant 8 : i64
                %v1839 = arith.addi %v1838, %v23 : i64
                %v1840 = arith.muli %v1839, %v183 : i64
                %v1841 = arith.subi %v1677, %v152 : i64
                %v1842 = arith.addi %v1840, %v1841 : i64
                %v1843 = llvm.getelementptr %v52[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1844 = llvm.load %v1843 : !llvm.ptr -> f32
                %v1845 = arith.mulf %v1844, %v1755 fastmath<contract> : f32
                %v1846 = arith.addf %v1837, %v1845 fastmath<contract> : f32
                llvm.store %v1846, %v839 : f32, !llvm.ptr
                %v1847 = arith.mulf %v1735, %v1740 fastmath<contract> : f32
                %v1848 = arith.mulf %v1738, %v1847 fastmath<contract> : f32
                %v1849 = arith.mulf %v1751, %v1756 fastmath<contract> : f32
                %v1850 = arith.mulf %v1754, %v1849 fastmath<contract> : f32
                %v1851 = arith.addf %v1848, %v1850 fastmath<contract> : f32
                llvm.store %v1851, %v840 : f32, !llvm.ptr
                llvm.store %v1738, %v39 : f32, !llvm.ptr
                llvm.store %v1754, %v40 : f32, !llvm.ptr
              }
              %v1852 = llvm.load %v838 : !llvm.ptr -> f32
              %v1853 = llvm.load %v839 : !llvm.ptr -> f32
              %v1854 = llvm.load %v840 : !llvm.ptr -> f32
              %v1855 = arith.addi %v392, %v577 : i64
              %v1856 = arith.cmpi slt, %v1855, %v154 : i64
              %v1857, %v1858 = gpu.shuffle idx %v453, %v120, %v326 : f32
              %v1859, %v1860 = gpu.shuffle idx %v462, %v120, %v326 : f32
              %v1861, %v1862 = gpu.shuffle idx %v476, %v120, %v326 : f32
              %v1863, %v1864 = gpu.shuffle idx %v485, %v120, %v326 : f32
              %v1865, %v1866 = gpu.shuffle idx %v490, %v120, %v326 : f32
              %v1867 = arith.addi %v394, %v707 : i64
              llvm.store %v55, %v838 : f32, !llvm.ptr
              llvm.store %v55, %v839 : f32, !llvm.ptr
              llvm.store %v55, %v840 : f32, !llvm.ptr
              scf.if %v1856 {
                %v1868 = arith.addi %v152, %v1855 : i64
                %v1869 = arith.muli %v23, %v183 : i64
                %v1870 = arith.subi %v1868, %v152 : i64
                %v1871 = arith.addi %v1869, %v1870 : i64
                %v1872 = llvm.getelementptr %v54[%v1871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1873 = llvm.load %v1872 : !llvm.ptr -> f32
                %v1874 = arith.muli %v35, %v263 : i64
                %v1875 = arith.muli %v33, %v262 : i64
                %v1876 = arith.addi %v1874, %v1875 : i64
                %v1877 = arith.subi %v177, %v1868 : i64
                %v1878 = arith.muli %v1877, %v2 : i64
                %v1879 = arith.addi %v1876, %v1878 : i64
                %v1880 = llvm.getelementptr %dy_y[%v1879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1881 = llvm.load %v1880 : !llvm.ptr -> f32
                %v1882 = arith.mulf %v1861, %v1881 fastmath<contract> : f32
                %v1883 = arith.mulf %v1873, %v1882 fastmath<contract> : f32
                %v1884 = llvm.load %v37 : !llvm.ptr -> f32
                %v1885 = llvm.load %v39 : !llvm.ptr -> f32
                %v1886 = arith.mulf %v1885, %v1884 fastmath<contract> : f32
                %v1887 = arith.addf %v1883, %v1886 fastmath<contract> : f32
                llvm.store %v1887, %v37 : f32, !llvm.ptr
                %v1888 = arith.constant 8 : i64
                %v1889 = arith.addi %v1888, %v23 : i64
                %v1890 = arith.muli %v1889, %v183 : i64
                %v1891 = arith.subi %v1868, %v152 : i64
                %v1892 = arith.addi %v1890, %v1891 : i64
                %v1893 = llvm.getelementptr %v54[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
                %v1895 = arith.mulf %v1894, %v1882 fastmath<contract> : f32
                %v1896 = llvm.load %v38 : !llvm.ptr -> f32
                %v1897 = llvm.load %v40 : !llvm.ptr -> f32
                %v1898 = arith.mulf %v1897, %v1896 fastmath<contract> : f32
                %v1899 = arith.addf %v1895, %v1898 fastmath<contract> : f32
                llvm.store %v1899, %v38 : f32, !llvm.ptr
                %v1900 = arith.subi %size_L, %v2 : i64
                %v1901 = arith.cmpi eq, %v1868, %v1900 : i64
                scf.if %v1901 {
                  %v1902 = arith.muli %v35, %v60 : i64
                  %v1903 = arith.muli %v33, %v59 : i64
                  %v1904 = arith.addi %v1902, %v1903 : i64
                  %v1905 = arith.muli %v23, %v2 : i64
                  %v1906 = arith.addi %v1904, %v1905 : i64
                  %v1907 = llvm.getelementptr %dy_h_first[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1908 = llvm.load %v1907 : !llvm.ptr -> f32
                  %v1909 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1910 = arith.addf %v1909, %v1908 fastmath<contract> : f32
                  llvm.store %v1910, %v37 : f32, !llvm.ptr
                  %v1911 = arith.muli %v35, %v60 : i64
                  %v1912 = arith.muli %v33, %v59 : i64
                  %v1913 = arith.addi %v1911, %v1912 : i64
                  %v1914 = arith.constant 8 : i64
                  %v1915 = arith.addi %v1914, %v23 : i64
                  %v1916 = arith.muli %v1915, %v2 : i64
                  %v1917 = arith.addi %v1913, %v1916 : i64
                  %v1918 = llvm.getelementptr %dy_h_first[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
                  %v1920 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1921 = arith.addf %v1920, %v1919 fastmath<contract> : f32
                  llvm.store %v1921, %v38 : f32, !llvm.ptr
                }
                %v1922 = arith.muli %v33, %v334 : i64
                %v1923 = arith.muli %v23, %v2 : i64
                %v1924 = arith.addi %v1922, %v1923 : i64
                %v1925 = llvm.getelementptr %in_A[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1926 = llvm.load %v1925 : !llvm.ptr -> f32
                %v1927 = arith.mulf %v1857, %v1926 fastmath<contract> : f32
                %v1928 = arith.mulf %v1927, %v279 fastmath<contract> : f32
                %v1929 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1928) : (f32) -> f32
                %v1930 = llvm.load %v37 : !llvm.ptr -> f32
                %v1931 = arith.mulf %v556, %v1930 fastmath<contract> : f32
                %v1932 = arith.mulf %v1929, %v1931 fastmath<contract> : f32
                %v1933 = arith.mulf %v1857, %v1932 fastmath<contract> : f32
                %v1934 = llvm.load %v41 : !llvm.ptr -> f32
                %v1935 = arith.addf %v1934, %v1933 fastmath<contract> : f32
                llvm.store %v1935, %v41 : f32, !llvm.ptr
                %v1936 = arith.muli %v33, %v334 : i64
                %v1937 = arith.constant 8 : i64
                %v1938 = arith.addi %v1937, %v23 : i64
                %v1939 = arith.muli %v1938, %v2 : i64
                %v1940 = arith.addi %v1936, %v1939 : i64
                %v1941 = llvm.getelementptr %in_A[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
                %v1943 = arith.mulf %v1857, %v1942 fastmath<contract> : f32
                %v1944 = arith.mulf %v1943, %v279 fastmath<contract> : f32
                %v1945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1944) : (f32) -> f32
                %v1946 = llvm.load %v38 : !llvm.ptr -> f32
                %v1947 = arith.mulf %v576, %v1946 fastmath<contract> : f32
                %v1948 = arith.mulf %v1945, %v1947 fastmath<contract> : f32
                %v1949 = arith.mulf %v1857, %v1948 fastmath<contract> : f32
                %v1950 = llvm.load %v42 : !llvm.ptr -> f32
                %v1951 = arith.addf %v1950, %v1949 fastmath<contract> : f32
                llvm.store %v1951, %v42 : f32, !llvm.ptr
                %v1952 = arith.mulf %v1859, %v1930 fastmath<contract> : f32
                %v1953 = arith.select %v27, %v1952, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1954, %v1955 = gpu.shuffle xor %v1953, %v949, %v326 : f32
                %v1956 = arith.addf %v1953, %v1954 fastmath<contract> : f32
                %v1957, %v1958 = gpu.shuffle xor %v1956, %v953, %v326 : f32
                %v1959 = arith.addf %v1956, %v1957 fastmath<contract> : f32
                %v1960 = arith.divui %v13, %v15 : i64
                %v1961 = arith.remui %v13, %v15 : i64
                %v1962 = arith.cmpi ult, %v1961, %v22 : i64
                %v1963 = arith.addi %v57, %v23 : i64
                %v1964 = arith.muli %v1960, %v1 : i64
                %v1965 = arith.addi %v1964, %v1963 : i64
                %v1966 = arith.muli %v1965, %v963 : i64
                %v1967 = arith.addi %v1966, %v1867 : i64
                scf.if %v1962 {
                  %v1968 = llvm.getelementptr %v48[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1959, %v1968 : f32, !llvm.ptr
                }
                %v1969 = arith.mulf %v1859, %v1946 fastmath<contract> : f32
                %v1970 = arith.select %v27, %v1969, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1971, %v1972 = gpu.shuffle xor %v1970, %v949, %v326 : f32
                %v1973 = arith.addf %v1970, %v1971 fastmath<contract> : f32
                %v1974, %v1975 = gpu.shuffle xor %v1973, %v953, %v326 : f32
                %v1976 = arith.addf %v1973, %v1974 fastmath<contract> : f32
                %v1977 = arith.divui %v13, %v15 : i64
                %v1978 = arith.remui %v13, %v15 : i64
                %v1979 = arith.cmpi ult, %v1978, %v22 : i64
                %v1980 = arith.addi %v22, %v23 : i64
                %v1981 = arith.muli %v1977, %v1 : i64
                %v1982 = arith.addi %v1981, %v1980 : i64
                %v1983 = arith.muli %v1982, %v963 : i64
                %v1984 = arith.addi %v1983, %v1867 : i64
                scf.if %v1979 {
                  %v1985 = llvm.getelementptr %v48[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1976, %v1985 : f32, !llvm.ptr
                }
                %v1986 = arith.mulf %v600, %v1882 fastmath<contract> : f32
                %v1987 = arith.select %v27, %v1986, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1988, %v1989 = gpu.shuffle xor %v1987, %v949, %v326 : f32
                %v1990 = arith.addf %v1987, %v1988 fastmath<contract> : f32
                %v1991, %v1992 = gpu.shuffle xor %v1990, %v953, %v326 : f32
                %v1993 = arith.addf %v1990, %v1991 fastmath<contract> : f32
                %v1994 = arith.divui %v13, %v15 : i64
                %v1995 = arith.remui %v13, %v15 : i64
                %v1996 = arith.cmpi ult, %v1995, %v22 : i64
                %v1997 = arith.addi %v57, %v23 : i64
                %v1998 = arith.muli %v1994, %v1 : i64
                %v1999 = arith.addi %v1998, %v1997 : i64
                %v2000 = arith.muli %v1999, %v963 : i64
                %v2001 = arith.addi %v2000, %v1867 : i64
                scf.if %v1996 {
                  %v2002 = llvm.getelementptr %v50[%v2001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1993, %v2002 : f32, !llvm.ptr
                }
                %v2003 = arith.mulf %v620, %v1882 fastmath<contract> : f32
                %v2004 = arith.select %v27, %v2003, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2005, %v2006 = gpu.shuffle xor %v2004, %v949, %v326 : f32
                %v2007 = arith.addf %v2004, %v2005 fastmath<contract> : f32
                %v2008, %v2009 = gpu.shuffle xor %v2007, %v953, %v326 : f32
                %v2010 = arith.addf %v2007, %v2008 fastmath<contract> : f32
                %v2011 = arith.divui %v13, %v15 : i64
                %v2012 = arith.remui %v13, %v15 : i64
                %v2013 = arith.cmpi ult, %v2012, %v22 : i64
                %v2014 = arith.addi %v22, %v23 : i64
                %v2015 = arith.muli %v2011, %v1 : i64
                %v2016 = arith.addi %v2015, %v2014 : i64
                %v2017 = arith.muli %v2016, %v963 : i64
                %v2018 = arith.addi %v2017, %v1867 : i64
                scf.if %v2013 {
                  %v2019 = llvm.getelementptr %v50[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2010, %v2019 : f32, !llvm.ptr
                }
                %v2020 = arith.mulf %v1873, %v600 fastmath<contract> : f32
                %v2021 = arith.mulf %v1894, %v620 fastmath<contract> : f32
                %v2022 = arith.addf %v2020, %v2021 fastmath<contract> : f32
                llvm.store %v2022, %v838 : f32, !llvm.ptr
                %v2023 = arith.muli %v23, %v183 : i64
                %v2024 = arith.subi %v1868, %v152 : i64
                %v2025 = arith.addi %v2023, %v2024 : i64
                %v2026 = llvm.getelementptr %v52[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2027 = llvm.load %v2026 : !llvm.ptr -> f32
                %v2028 = arith.mulf %v2027, %v1930 fastmath<contract> : f32
                %v2029 = arith.constant 8 : i64
                %v2030 = arith.addi %v2029, %v23 : i64
                %v2031 = arith.muli %v2030, %v183 : i64
                %v2032 = arith.subi %v1868, %v152 : i64
                %v2033 = arith.addi %v2031, %v2032 : i64
                %v2034 = llvm.getelementptr %v52[%v2033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2035 = llvm.load %v2034 : !llvm.ptr -> f32
                %v2036 = arith.mulf %v2035, %v1946 fastmath<contract> : f32
                %v2037 = arith.addf %v2028, %v2036 fastmath<contract> : f32
                llvm.store %v2037, %v839 : f32, !llvm.ptr
                %v2038 = arith.mulf %v1926, %v1931 fastmath<contract> : f32
                %v2039 = arith.mulf %v1929, %v2038 fastmath<contract> : f32
                %v2040 = arith.mulf %v1942, %v1947 fastmath<contract> : f32
                %v2041 = arith.mulf %v1945, %v2040 fastmath<contract> : f32
                %v2042 = arith.addf %v2039, %v2041 fastmath<contract> : f32
                llvm.store %v2042, %v840 : f32, !llvm.ptr
                llvm.store %v1929, %v39 : f32, !llvm.ptr
                llvm.store %v1945, %v40 : f32, !llvm.ptr
              }
              %v2043 = llvm.load %v838 : !llvm.ptr -> f32
              %v2044 = arith.select %v843, %v2043, %v1852 : f32
              %v2045 = arith.select %v843, %v1852, %v2043 : f32
              %v2046, %v2047 = gpu.shuffle xor %v2044, %v1235, %v326 : f32
              %v2048 = arith.addf %v2045, %v2046 fastmath<contract> : f32
              %v2049 = llvm.load %v839 : !llvm.ptr -> f32
              %v2050 = arith.select %v843, %v2049, %v1853 : f32
              %v2051 = arith.select %v843, %v1853, %v2049 : f32
              %v2052, %v2053 = gpu.shuffle xor %v2050, %v1235, %v326 : f32
              %v2054 = arith.addf %v2051, %v2052 fastmath<contract> : f32
              %v2055 = llvm.load %v840 : !llvm.ptr -> f32
              %v2056 = arith.select %v843, %v2055, %v1854 : f32
              %v2057 = arith.select %v843, %v1854, %v2055 : f32
              %v2058, %v2059 = gpu.shuffle xor %v2056, %v1235, %v326 : f32
              %v2060 = arith.addf %v2057, %v2058 fastmath<contract> : f32
              %v2061 = arith.addi %v392, %v2 : i64
              %v2062 = arith.cmpi slt, %v2061, %v154 : i64
              %v2063, %v2064 = gpu.shuffle idx %v453, %v116, %v326 : f32
              %v2065, %v2066 = gpu.shuffle idx %v462, %v116, %v326 : f32
              %v2067, %v2068 = gpu.shuffle idx %v476, %v116, %v326 : f32
              %v2069, %v2070 = gpu.shuffle idx %v485, %v116, %v326 : f32
              %v2071, %v2072 = gpu.shuffle idx %v490, %v116, %v326 : f32
              %v2073 = arith.addi %v394, %v751 : i64
              llvm.store %v55, %v838 : f32, !llvm.ptr
              llvm.store %v55, %v839 : f32, !llvm.ptr
              llvm.store %v55, %v840 : f32, !llvm.ptr
              scf.if %v2062 {
                %v2074 = arith.addi %v152, %v2061 : i64
                %v2075 = arith.muli %v23, %v183 : i64
                %v2076 = arith.subi %v2074, %v152 : i64
                %v2077 = arith.addi %v2075, %v2076 : i64
                %v2078 = llvm.getelementptr %v54[%v2077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2079 = llvm.load %v2078 : !llvm.ptr -> f32
                %v2080 = arith.muli %v35, %v263 : i64
                %v2081 = arith.muli %v33, %v262 : i64
                %v2082 = arith.addi %v2080, %v2081 : i64
                %v2083 = arith.subi %v177, %v2074 : i64
                %v2084 = arith.muli %v2083, %v2 : i64
                %v2085 = arith.addi %v2082, %v2084 : i64
                %v2086 = llvm.getelementptr %dy_y[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
                %v2088 = arith.mulf %v2067, %v2087 fastmath<contract> : f32
                %v2089 = arith.mulf %v2079, %v2088 fastmath<contract> : f32
                %v2090 = llvm.load %v37 : !llvm.ptr -> f32
                %v2091 = llvm.load %v39 : !llvm.ptr -> f32
                %v2092 = arith.mulf %v2091, %v2090 fastmath<contract> : f32
                %v2093 = arith.addf %v2089, %v2092 fastmath<contract> : f32
                llvm.store %v2093, %v37 : f32, !llvm.ptr
                %v2094 = arith.constant 8 : i64
                %v2095 = arith.addi %v2094, %v23 : i64
                %v2096 = arith.muli %v2095, %v183 : i64
                %v2097 = arith.subi %v2074, %v152 : i64
                %v2098 = arith.addi %v2096, %v2097 : i64
                %v2099 = llvm.getelementptr %v54[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2100 = llvm.load %v2099 : !llvm.ptr -> f32
                %v2101 = arith.mulf %v2100, %v2088 fastmath<contract> : f32
                %v2102 = llvm.load %v38 : !llvm.ptr -> f32
                %v2103 = llvm.load %v40 : !llvm.ptr -> f32
                %v2104 = arith.mulf %v2103, %v2102 fastmath<contract> : f32
                %v2105 = arith.addf %v2101, %v2104 fastmath<contract> : f32
                llvm.store %v2105, %v38 : f32, !llvm.ptr
                %v2106 = arith.subi %size_L, %v2 : i64
                %v2107 = arith.cmpi eq, %v2074, %v2106 : i64
                scf.if %v2107 {
                  %v2108 = arith.muli %v35, %v60 : i64
                  %v2109 = arith.muli %v33, %v59 : i64
                  %v2110 = arith.addi %v2108, %v2109 : i64
                  %v2111 = arith.muli %v23, %v2 : i64
                  %v2112 = arith.addi %v2110, %v2111 : i64
                  %v2113 = llvm.getelementptr %dy_h_first[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2114 = llvm.load %v2113 : !llvm.ptr -> f32
                  %v2115 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2116 = arith.addf %v2115, %v2114 fastmath<contract> : f32
                  llvm.store %v2116, %v37 : f32, !llvm.ptr
                  %v2117 = arith.muli %v35, %v60 : i64
                  %v2118 = arith.muli %v33, %v59 : i64
                  %v2119 = arith.addi %v2117, %v2118 : i64
                  %v2120 = arith.constant 8 : i64
                  %v2121 = arith.addi %v2120, %v23 : i64
                  %v2122 = arith.muli %v2121, %v2 : i64
                  %v2123 = arith.addi %v2119, %v2122 : i64
                  %v2124 = llvm.getelementptr %dy_h_first[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
                  %v2126 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2127 = arith.addf %v2126, %v2125 fastmath<contract> : f32
                  llvm.store %v2127, %v38 : f32, !llvm.ptr
                }
                %v2128 = arith.muli %v33, %v334 : i64
                %v2129 = arith.muli %v23, %v2 : i64
                %v2130 = arith.addi %v2128, %v2129 : i64
                %v2131 = llvm.getelementptr %in_A[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2132 = llvm.load %v2131 : !llvm.ptr -> f32
                %v2133 = arith.mulf %v2063, %v2132 fastmath<contract> : f32
                %v2134 = arith.mulf %v2133, %v279 fastmath<contract> : f32
                %v2135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2134) : (f32) -> f32
                %v2136 = llvm.load %v37 : !llvm.ptr -> f32
                %v2137 = arith.mulf %v513, %v2136 fastmath<contract> : f32
                %v2138 = arith.mulf %v2135, %v2137 fastmath<contract> : f32
                %v2139 = arith.mulf %v2063, %v2138 fastmath<contract> : f32
                %v2140 = llvm.load %v41 : !llvm.ptr -> f32
                %v2141 = arith.addf %v2140, %v2139 fastmath<contract> : f32
                llvm.store %v2141, %v41 : f32, !llvm.ptr
                %v2142 = arith.muli %v33, %v334 : i64
                %v2143 = arith.constant 8 : i64
                %v2144 = arith.addi %v2143, %v23 : i64
                %v2145 = arith.muli %v2144, %v2 : i64
                %v2146 = arith.addi %v2142, %v2145 : i64
                %v2147 = llvm.getelementptr %in_A[%v2146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
                %v2149 = arith.mulf %v2063, %v2148 fastmath<contract> : f32
                %v2150 = arith.mulf %v2149, %v279 fastmath<contract> : f32
                %v2151 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2150) : (f32) -> f32
                %v2152 = llvm.load %v38 : !llvm.ptr -> f32
                %v2153 = arith.mulf %v533, %v2152 fastmath<contract> : f32
                %v2154 = arith.mulf %v2151, %v2153 fastmath<contract> : f32
                %v2155 = arith.mulf %v2063, %v2154 fastmath<contract> : f32
                %v2156 = llvm.load %v42 : !llvm.ptr -> f32
                %v2157 = arith.addf %v2156, %v2155 fastmath<contract> : f32
                llvm.store %v2157, %v42 : f32, !llvm.ptr
                %v2158 = arith.mulf %v2065, %v2136 fastmath<contract> : f32
                %v2159 = arith.select %v27, %v2158, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2160, %v2161 = gpu.shuffle xor %v2159, %v949, %v326 : f32
                %v2162 = arith.addf %v2159, %v2160 fastmath<contract> : f32
                %v2163, %v2164 = gpu.shuffle xor %v2162, %v953, %v326 : f32
                %v2165 = arith.addf %v2162, %v2163 fastmath<contract> : f32
                %v2166 = arith.divui %v13, %v15 : i64
                %v2167 = arith.remui %v13, %v15 : i64
                %v2168 = arith.cmpi ult, %v2167, %v22 : i64
                %v2169 = arith.addi %v57, %v23 : i64
                %v2170 = arith.muli %v2166, %v1 : i64
                %v2171 = arith.addi %v2170, %v2169 : i64
                %v2172 = arith.muli %v2171, %v963 : i64
                %v2173 = arith.addi %v2172, %v2073 : i64
                scf.if %v2168 {
                  %v2174 = llvm.getelementptr %v48[%v2173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2165, %v2174 : f32, !llvm.ptr
                }
                %v2175 = arith.mulf %v2065, %v2152 fastmath<contract> : f32
                %v2176 = arith.select %v27, %v2175, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2177, %v2178 = gpu.shuffle xor %v2176, %v949, %v326 : f32
                %v2179 = arith.addf %v2176, %v2177 fastmath<contract> : f32
                %v2180, %v2181 = gpu.shuffle xor %v2179, %v953, %v326 : f32
                %v2182 = arith.addf %v2179, %v2180 fastmath<contract> : f32
                %v2183 = arith.divui %v13, %v15 : i64
                %v2184 = arith.remui %v13, %v15 : i64
                %v2185 = arith.cmpi ult, %v2184, %v22 : i64
                %v2186 = arith.addi %v22, %v23 : i64
                %v2187 = arith.muli %v2183, %v1 : i64
                %v2188 = arith.addi %v2187, %v2186 : i64
                %v2189 = arith.muli %v2188, %v963 : i64
                %v2190 = arith.addi %v2189, %v2073 : i64
                scf.if %v2185 {
                  %v2191 = llvm.getelementptr %v48[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2182, %v2191 : f32, !llvm.ptr
                }
                %v2192 = arith.mulf %v556, %v2088 fastmath<contract> : f32
                %v2193 = arith.select %v27, %v2192, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2194, %v2195 = gpu.shuffle xor %v2193, %v949, %v326 : f32
                %v2196 = arith.addf %v2193, %v2194 fastmath<contract> : f32
                %v2197, %v2198 = gpu.shuffle xor %v2196, %v953, %v326 : f32
                %v2199 = arith.addf %v2196, %v2197 fastmath<contract> : f32
                %v2200 = arith.divui %v13, %v15 : i64
                %v2201 = arith.remui %v13, %v15 : i64
                %v2202 = arith.cmpi ult, %v2201, %v22 : i64
                %v2203 = arith.addi %v57, %v23 : i64
                %v2204 = arith.muli %v2200, %v1 : i64
                %v2205 = arith.addi %v2204, %v2203 : i64
                %v2206 = arith.muli %v2205, %v963 : i64
                %v2207 = arith.addi %v2206, %v2073 : i64
                scf.if %v2202 {
                  %v2208 = llvm.getelementptr %v50[%v2207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2199, %v2208 : f32, !llvm.ptr
                }
                %v2209 = arith.mulf %v576, %v2088 fastmath<contract> : f32
                %v2210 = arith.select %v27, %v2209, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2211, %v2212 = gpu.shuffle xor %v2210, %v949, %v326 : f32
                %v2213 = arith.addf %v2210, %v2211 fastmath<contract> : f32
                %v2214, %v2215 = gpu.shuffle xor %v2213, %v953, %v326 : f32
                %v2216 = arith.addf %v2213, %v2214 fastmath<contract> : f32
                %v2217 = arith.divui %v13, %v15 : i64
                %v2218 = arith.remui %v13, %v15 : i64
                %v2219 = arith.cmpi ult, %v2218, %v22 : i64
                %v2220 = arith.addi %v22, %v23 : i64
                %v2221 = arith.muli %v2217, %v1 : i64
                %v2222 = arith.addi %v2221, %v2220 : i64
                %v2223 = arith.muli %v2222, %v963 : i64
                %v2224 = arith.addi %v2223, %v2073 : i64
                scf.if %v2219 {
                  %v2225 = llvm.getelementptr %v50[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2216, %v2225 : f32, !llvm.ptr
                }
                %v2226 = arith.mulf %v2079, %v556 fastmath<contract> : f32
                %v2227 = arith.mulf %v2100, %v576 fastmath<contract> : f32
                %v2228 = arith.addf %v2226, %v2227 fastmath<contract> : f32
                llvm.store %v2228, %v838 : f32, !llvm.ptr
                %v2229 = arith.muli %v23, %v183 : i64
                %v2230 = arith.subi %v2074, %v152 : i64
                %v2231 = arith.addi %v2229, %v2230 : i64
                %v2232 = llvm.getelementptr %v52[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2233 = llvm.load %v2232 : !llvm.ptr -> f32
                %v2234 = arith.mulf %v2233, %v2136 fastmath<contract> : f32
                %v2235 = arith.constant 8 : i64
                %v2236 = arith.addi %v2235, %v23 : i64
                %v2237 = arith.muli %v2236, %v183 : i64
                %v2238 = arith.subi %v2074, %v152 : i64
                %v2239 = arith.addi %v2237, %v2238 : i64
                %v2240 = llvm.getelementptr %v52[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2241 = llvm.load %v2240 : !llvm.ptr -> f32
                %v2242 = arith.mulf %v2241, %v2152 fastmath<contract> : f32
                %v2243 = arith.addf %v2234, %v2242 fastmath<contract> : f32
                llvm.store %v2243, %v839 : f32, !llvm.ptr
                %v2244 = arith.mulf %v2132, %v2137 fastmath<contract> : f32
                %v2245 = arith.mulf %v2135, %v2244 fastmath<contract> : f32
                %v2246 = arith.mulf %v2148, %v2153 fastmath<contract> : f32
                %v2247 = arith.mulf %v2151, %v2246 fastmath<contract> : f32
                %v2248 = arith.addf %v2245, %v2247 fastmath<contract> : f32
                llvm.store %v2248, %v840 : f32, !llvm.ptr
                llvm.store %v2135, %v39 : f32, !llvm.ptr
                llvm.store %v2151, %v40 : f32, !llvm.ptr
              }
              %v2249 = llvm.load %v838 : !llvm.ptr -> f32
              %v2250 = llvm.load %v839 : !llvm.ptr -> f32
              %v2251 = llvm.load %v840 : !llvm.ptr -> f32
              %v2252 = arith.addi %v392, %v57 : i64
              %v2253 = arith.cmpi slt, %v2252, %v154 : i64
              %v2254, %v2255 = gpu.shuffle idx %v453, %v112, %v326 : f32
              %v2256, %v2257 = gpu.shuffle idx %v462, %v112, %v326 : f32
              %v2258, %v2259 = gpu.shuffle idx %v476, %v112, %v326 : f32
              %v2260, %v2261 = gpu.shuffle idx %v485, %v112, %v326 : f32
              %v2262, %v2263 = gpu.shuffle idx %v490, %v112, %v326 : f32
              %v2264 = arith.addi %v394, %v104 : i64
              llvm.store %v55, %v838 : f32, !llvm.ptr
              llvm.store %v55, %v839 : f32, !llvm.ptr
              llvm.store %v55, %v840 : f32, !llvm.ptr
              scf.if %v2253 {
                %v2265 = arith.addi %v152, %v2252 : i64
                %v2266 = arith.muli %v23, %v183 : i64
                %v2267 = arith.subi %v2265, %v152 : i64
                %v2268 = arith.addi %v2266, %v2267 : i64
                %v2269 = llvm.getelementptr %v54[%v2268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2270 = llvm.load %v2269 : !llvm.ptr -> f32
                %v2271 = arith.muli %v35, %v263 : i64
                %v2272 = arith.muli %v33, %v262 : i64
                %v2273 = arith.addi %v2271, %v2272 : i64
                %v2274 = arith.subi %v177, %v2265 : i64
                %v2275 = arith.muli %v2274, %v2 : i64
                %v2276 = arith.addi %v2273, %v2275 : i64
                %v2277 = llvm.getelementptr %dy_y[%v2276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2278 = llvm.load %v2277 : !llvm.ptr -> f32
                %v2279 = arith.mulf %v2258, %v2278 fastmath<contract> : f32
                %v2280 = arith.mulf %v2270, %v2279 fastmath<contract> : f32
                %v2281 = llvm.load %v37 : !llvm.ptr -> f32
                %v2282 = llvm.load %v39 : !llvm.ptr -> f32
                %v2283 = arith.mulf %v2282, %v2281 fastmath<contract> : f32
                %v2284 = arith.addf %v2280, %v2283 fastmath<contract> : f32
                llvm.store %v2284, %v37 : f32, !llvm.ptr
                %v2285 = arith.constant 8 : i64
                %v2286 = arith.addi %v2285, %v23 : i64
                %v2287 = arith.muli %v2286, %v183 : i64
                %v2288 = arith.subi %v2265, %v152 : i64
                %v2289 = arith.addi %v2287, %v2288 : i64
                %v2290 = llvm.getelementptr %v54[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2291 = llvm.load %v2290 : !llvm.ptr -> f32
                %v2292 = arith.mulf %v2291, %v2279 fastmath<contract> : f32
                %v2293 = llvm.load %v38 : !llvm.ptr -> f32
                %v2294 = llvm.load %v40 : !llvm.ptr -> f32
                %v2295 = arith.mulf %v2294, %v2293 fastmath<contract> : f32
                %v2296 = arith.addf %v2292, %v2295 fastmath<contract> : f32
                llvm.store %v2296, %v38 : f32, !llvm.ptr
                %v2297 = arith.subi %size_L, %v2 : i64
                %v2298 = arith.cmpi eq, %v2265, %v2297 : i64
                scf.if %v2298 {
                  %v2299 = arith.muli %v35, %v60 : i64
                  %v2300 = arith.muli %v33, %v59 : i64
                  %v2301 = arith.addi %v2299, %v2300 : i64
                  %v2302 = arith.muli %v23, %v2 : i64
                  %v2303 = arith.addi %v2301, %v2302 : i64
                  %v2304 = llvm.getelementptr %dy_h_first[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2305 = llvm.load %v2304 : !llvm.ptr -> f32
                  %v2306 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2307 = arith.addf %v2306, %v2305 fastmath<contract> : f32
                  llvm.store %v2307, %v37 : f32, !llvm.ptr
                  %v2308 = arith.muli %v35, %v60 : i64
                  %v2309 = arith.muli %v33, %v59 : i64
                  %v2310 = arith.addi %v2308, %v2309 : i64
                  %v2311 = arith.constant 8 : i64
                  %v2312 = arith.addi %v2311, %v23 : i64
                  %v2313 = arith.muli %v2312, %v2 : i64
                  %v2314 = arith.addi %v2310, %v2313 : i64
                  %v2315 = llvm.getelementptr %dy_h_first[%v2314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2316 = llvm.load %v2315 : !llvm.ptr -> f32
                  %v2317 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2318 = arith.addf %v2317, %v2316 fastmath<contract> : f32
                  llvm.store %v2318, %v38 : f32, !llvm.ptr
                }
                %v2319 = arith.muli %v33, %v334 : i64
                %v2320 = arith.muli %v23, %v2 : i64
                %v2321 = arith.addi %v2319, %v2320 : i64
                %v2322 = llvm.getelementptr %in_A[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2323 = llvm.load %v2322 : !llvm.ptr -> f32
                %v2324 = arith.mulf %v2254, %v2323 fastmath<contract> : f32
                %v2325 = arith.mulf %v2324, %v279 fastmath<contract> : f32
                %v2326 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2325) : (f32) -> f32
                %v2327 = llvm.load %v37 : !llvm.ptr -> f32
                %v2328 = arith.mulf %v404, %v2327 fastmath<contract> : f32
                %v2329 = arith.mulf %v2326, %v2328 fastmath<contract> : f32
                %v2330 = arith.mulf %v2254, %v2329 fastmath<contract> : f32
                %v2331 = llvm.load %v41 : !llvm.ptr -> f32
                %v2332 = arith.addf %v2331, %v2330 fastmath<contract> : f32
                llvm.store %v2332, %v41 : f32, !llvm.ptr
                %v2333 = arith.muli %v33, %v334 : i64
                %v2334 = arith.constant 8 : i64
                %v2335 = arith.addi %v2334, %v23 : i64
                %v2336 = arith.muli %v2335, %v2 : i64
                %v2337 = arith.addi %v2333, %v2336 : i64
                %v2338 = llvm.getelementptr %in_A[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2339 = llvm.load %v2338 : !llvm.ptr -> f32
                %v2340 = arith.mulf %v2254, %v2339 fastmath<contract> : f32
                %v2341 = arith.mulf %v2340, %v279 fastmath<contract> : f32
                %v2342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2341) : (f32) -> f32
                %v2343 = llvm.load %v38 : !llvm.ptr -> f32
                %v2344 = arith.mulf %v413, %v2343 fastmath<contract> : f32
                %v2345 = arith.mulf %v2342, %v2344 fastmath<contract> : f32
                %v2346 = arith.mulf %v2254, %v2345 fastmath<contract> : f32
                %v2347 = llvm.load %v42 : !llvm.ptr -> f32
                %v2348 = arith.addf %v2347, %v2346 fastmath<contract> : f32
                llvm.store %v2348, %v42 : f32, !llvm.ptr
                %v2349 = arith.mulf %v2256, %v2327 fastmath<contract> : f32
                %v2350 = arith.select %v27, %v2349, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2351, %v2352 = gpu.shuffle xor %v2350, %v949, %v326 : f32
                %v2353 = arith.addf %v2350, %v2351 fastmath<contract> : f32
                %v2354, %v2355 = gpu.shuffle xor %v2353, %v953, %v326 : f32
                %v2356 = arith.addf %v2353, %v2354 fastmath<contract> : f32
                %v2357 = arith.divui %v13, %v15 : i64
                %v2358 = arith.remui %v13, %v15 : i64
                %v2359 = arith.cmpi ult, %v2358, %v22 : i64
                %v2360 = arith.addi %v57, %v23 : i64
                %v2361 = arith.muli %v2357, %v1 : i64
                %v2362 = arith.addi %v2361, %v2360 : i64
                %v2363 = arith.muli %v2362, %v963 : i64
                %v2364 = arith.addi %v2363, %v2264 : i64
                scf.if %v2359 {
                  %v2365 = llvm.getelementptr %v48[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2356, %v2365 : f32, !llvm.ptr
                }
                %v2366 = arith.mulf %v2256, %v2343 fastmath<contract> : f32
                %v2367 = arith.select %v27, %v2366, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2368, %v2369 = gpu.shuffle xor %v2367, %v949, %v326 : f32
                %v2370 = arith.addf %v2367, %v2368 fastmath<contract> : f32
                %v2371, %v2372 = gpu.shuffle xor %v2370, %v953, %v326 : f32
                %v2373 = arith.addf %v2370, %v2371 fastmath<contract> : f32
                %v2374 = arith.divui %v13, %v15 : i64
                %v2375 = arith.remui %v13, %v15 : i64
                %v2376 = arith.cmpi ult, %v2375, %v22 : i64
                %v2377 = arith.addi %v22, %v23 : i64
                %v2378 = arith.muli %v2374, %v1 : i64
                %v2379 = arith.addi %v2378, %v2377 : i64
                %v2380 = arith.muli %v2379, %v963 : i64
                %v2381 = arith.addi %v2380, %v2264 : i64
                scf.if %v2376 {
                  %v2382 = llvm.getelementptr %v48[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2373, %v2382 : f32, !llvm.ptr
                }
                %v2383 = arith.mulf %v513, %v2279 fastmath<contract> : f32
                %v2384 = arith.select %v27, %v2383, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2385, %v2386 = gpu.shuffle xor %v2384, %v949, %v326 : f32
                %v2387 = arith.addf %v2384, %v2385 fastmath<contract> : f32
                %v2388, %v2389 = gpu.shuffle xor %v2387, %v953, %v326 : f32
                %v2390 = arith.addf %v2387, %v2388 fastmath<contract> : f32
                %v2391 = arith.divui %v13, %v15 : i64
                %v2392 = arith.remui %v13, %v15 : i64
                %v2393 = arith.cmpi ult, %v2392, %v22 : i64
                %v2394 = arith.addi %v57, %v23 : i64
                %v2395 = arith.muli %v2391, %v1 : i64
                %v2396 = arith.addi %v2395, %v2394 : i64
                %v2397 = arith.muli %v2396, %v963 : i64
                %v2398 = arith.addi %v2397, %v2264 : i64
                scf.if %v2393 {
                  %v2399 = llvm.getelementptr %v50[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2390, %v2399 : f32, !llvm.ptr
                }
                %v2400 = arith.mulf %v533, %v2279 fastmath<contract> : f32
                %v2401 = arith.select %v27, %v2400, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2402, %v2403 = gpu.shuffle xor %v2401, %v949, %v326 : f32
                %v2404 = arith.addf %v2401, %v2402 fastmath<contract> : f32
                %v2405, %v2406 = gpu.shuffle xor %v2404, %v953, %v326 : f32
                %v2407 = arith.addf %v2404, %v2405 fastmath<contract> : f32
                %v2408 = arith.divui %v13, %v15 : i64
                %v2409 = arith.remui %v13, %v15 : i64
                %v2410 = arith.cmpi ult, %v2409, %v22 : i64
                %v2411 = arith.addi %v22, %v23 : i64
                %v2412 = arith.muli %v2408, %v1 : i64
                %v2413 = arith.addi %v2412, %v2411 : i64
                %v2414 = arith.muli %v2413, %v963 : i64
                %v2415 = arith.addi %v2414, %v2264 : i64
                scf.if %v2410 {
                  %v2416 = llvm.getelementptr %v50[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2407, %v2416 : f32, !llvm.ptr
                }
                %v2417 = arith.mulf %v2270, %v513 fastmath<contract> : f32
                %v2418 = arith.mulf %v2291, %v533 fastmath<contract> : f32
                %v2419 = arith.addf %v2417, %v2418 fastmath<contract> : f32
                llvm.store %v2419, %v838 : f32, !llvm.ptr
                %v2420 = arith.muli %v23, %v183 : i64
                %v2421 = arith.subi %v2265, %v152 : i64
                %v2422 = arith.addi %v2420, %v2421 : i64
                %v2423 = llvm.getelementptr %v52[%v2422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
                %v2425 = arith.mulf %v2424, %v2327 fastmath<contract> : f32
                %v2426 = arith.constant 8 : i64
                %v2427 = arith.addi %v2426, %v23 : i64
                %v2428 = arith.muli %v2427, %v183 : i64
                %v2429 = arith.subi %v2265, %v152 : i64
                %v2430 = arith.addi %v2428, %v2429 : i64
                %v2431 = llvm.getelementptr %v52[%v2430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2432 = llvm.load %v2431 : !llvm.ptr -> f32
                %v2433 = arith.mulf %v2432, %v2343 fastmath<contract> : f32
                %v2434 = arith.addf %v2425, %v2433 fastmath<contract> : f32
                llvm.store %v2434, %v839 : f32, !llvm.ptr
                %v2435 = arith.mulf %v2323, %v2328 fastmath<contract> : f32
                %v2436 = arith.mulf %v2326, %v2435 fastmath<contract> : f32
                %v2437 = arith.mulf %v2339, %v2344 fastmath<contract> : f32
                %v2438 = arith.mulf %v2342, %v2437 fastmath<contract> : f32
                %v2439 = arith.addf %v2436, %v2438 fastmath<contract> : f32
                llvm.store %v2439, %v840 : f32, !llvm.ptr
                llvm.store %v2326, %v39 : f32, !llvm.ptr
                llvm.store %v2342, %v40 : f32, !llvm.ptr
              }
              %v2440 = llvm.load %v838 : !llvm.ptr -> f32
              %v2441 = arith.select %v843, %v2440, %v2249 : f32
              %v2442 = arith.select %v843, %v2249, %v2440 : f32
              %v2443, %v2444 = gpu.shuffle xor %v2441, %v1235, %v326 : f32
              %v2445 = arith.addf %v2442, %v2443 fastmath<contract> : f32
              %v2446 = arith.select %v846, %v2445, %v2048 : f32
              %v2447 = arith.select %v846, %v2048, %v2445 : f32
              %v2448, %v2449 = gpu.shuffle xor %v2446, %v1638, %v326 : f32
              %v2450 = arith.addf %v2447, %v2448 fastmath<contract> : f32
              %v2451 = arith.select %v849, %v2450, %v1641 : f32
              %v2452 = arith.select %v849, %v1641, %v2450 : f32
              %v2454, %v2455 = gpu.shuffle xor %v2451, %v2453, %v326 : f32
              %v2456 = arith.addf %v2452, %v2454 fastmath<contract> : f32
              %v2457 = llvm.load %v839 : !llvm.ptr -> f32
              %v2458 = arith.select %v843, %v2457, %v2250 : f32
              %v2459 = arith.select %v843, %v2250, %v2457 : f32
              %v2460, %v2461 = gpu.shuffle xor %v2458, %v1235, %v326 : f32
              %v2462 = arith.addf %v2459, %v2460 fastmath<contract> : f32
              %v2463 = arith.select %v846, %v2462, %v2054 : f32
              %v2464 = arith.select %v846, %v2054, %v2462 : f32
              %v2465, %v2466 = gpu.shuffle xor %v2463, %v1638, %v326 : f32
              %v2467 = arith.addf %v2464, %v2465 fastmath<contract> : f32
              %v2468 = arith.select %v849, %v2467, %v1652 : f32
              %v2469 = arith.select %v849, %v1652, %v2467 : f32
              %v2470, %v2471 = gpu.shuffle xor %v2468, %v2453, %v326 : f32
              %v2472 = arith.addf %v2469, %v2470 fastmath<contract> : f32
              %v2473 = llvm.load %v840 : !llvm.ptr -> f32
              %v2474 = arith.select %v843, %v2473, %v2251 : f32
              %v2475 = arith.select %v843, %v2251, %v2473 : f32
              %v2476, %v2477 = gpu.shuffle xor %v2474, %v1235, %v326 : f32
              %v2478 = arith.addf %v2475, %v2476 fastmath<contract> : f32
              %v2479 = arith.select %v846, %v2478, %v2060 : f32
              %v2480 = arith.select %v846, %v2060, %v2478 : f32
              %v2481, %v2482 = gpu.shuffle xor %v2479, %v1638, %v326 : f32
              %v2483 = arith.addf %v2480, %v2481 fastmath<contract> : f32
              %v2484 = arith.select %v849, %v2483, %v1663 : f32
              %v2485 = arith.select %v849, %v1663, %v2483 : f32
              %v2486, %v2487 = gpu.shuffle xor %v2484, %v2453, %v326 : f32
              %v2488 = arith.addf %v2485, %v2486 fastmath<contract> : f32
              %v2489 = arith.addi %v392, %v23 : i64
              %v2490 = arith.cmpi slt, %v2489, %v154 : i64
              %v2491 = arith.andi %v27, %v2490 : i1
              scf.if %v2491 {
                %v2492 = arith.addi %v152, %v2489 : i64
                // the gradients of this lane's own step
                %v2493 = arith.muli %v33, %v2 : i64
                %v2494 = llvm.getelementptr %in_Dskip[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
                %v2496 = arith.muli %v35, %v263 : i64
                %v2497 = arith.muli %v33, %v262 : i64
                %v2498 = arith.addi %v2496, %v2497 : i64
                %v2499 = arith.subi %v177, %v2492 : i64
                %v2500 = arith.muli %v2499, %v2 : i64
                %v2501 = arith.addi %v2498, %v2500 : i64
                %v2502 = llvm.getelementptr %dy_y[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2503 = llvm.load %v2502 : !llvm.ptr -> f32
                %v2504 = arith.mulf %v476, %v2503 fastmath<contract> : f32
                %v2505 = arith.mulf %v2495, %v2504 fastmath<contract> : f32
                %v2506 = arith.mulf %v453, %v2472 fastmath<contract> : f32
                %v2507 = arith.addf %v2505, %v2506 fastmath<contract> : f32
                %v2508 = arith.muli %v35, %v263 : i64
                %v2509 = arith.muli %v33, %v262 : i64
                %v2510 = arith.addi %v2508, %v2509 : i64
                %v2511 = arith.subi %v177, %v2492 : i64
                %v2512 = arith.muli %v2511, %v2 : i64
                %v2513 = arith.addi %v2510, %v2512 : i64
                %v2514 = llvm.getelementptr %dx_u[%v2513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2507, %v2514 : f32, !llvm.ptr
                %v2515 = arith.muli %v35, %v263 : i64
                %v2516 = arith.muli %v33, %v262 : i64
                %v2517 = arith.addi %v2515, %v2516 : i64
                %v2518 = arith.subi %v177, %v2492 : i64
                %v2519 = arith.muli %v2518, %v2 : i64
                %v2520 = arith.addi %v2517, %v2519 : i64
                %v2521 = llvm.getelementptr %in_u[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2522 = llvm.load %v2521 : !llvm.ptr -> f32
                %v2523 = arith.mulf %v2522, %v2472 fastmath<contract> : f32
                %v2524 = arith.addf %v2523, %v2488 fastmath<contract> : f32
                %v2525 = arith.mulf %v2524, %v490 fastmath<contract> : f32
                %v2526 = arith.muli %v35, %v263 : i64
                %v2527 = arith.muli %v33, %v262 : i64
                %v2528 = arith.addi %v2526, %v2527 : i64
                %v2529 = arith.subi %v177, %v2492 : i64
                %v2530 = arith.muli %v2529, %v2 : i64
                %v2531 = arith.addi %v2528, %v2530 : i64
                %v2532 = llvm.getelementptr %dx_delta[%v2531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2525, %v2532 : f32, !llvm.ptr
                %v2533 = arith.mulf %v2522, %v2495 fastmath<contract> : f32
                %v2534 = arith.addf %v2456, %v2533 fastmath<contract> : f32
                %v2535 = arith.mulf %v2534, %v2503 fastmath<contract> : f32
                %v2536 = arith.mulf %v2535, %v485 fastmath<contract> : f32
                %v2537 = arith.muli %v35, %v263 : i64
                %v2538 = arith.muli %v33, %v262 : i64
                %v2539 = arith.addi %v2537, %v2538 : i64
                %v2540 = arith.subi %v177, %v2492 : i64
                %v2541 = arith.muli %v2540, %v2 : i64
                %v2542 = arith.addi %v2539, %v2541 : i64
                %v2543 = llvm.getelementptr %dx_z[%v2542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2536, %v2543 : f32, !llvm.ptr
                %v2544 = arith.mulf %v2522, %v2504 fastmath<contract> : f32
                %v2545 = llvm.load %v43 : !llvm.ptr -> f32
                %v2546 = arith.addf %v2545, %v2544 fastmath<contract> : f32
                llvm.store %v2546, %v43 : f32, !llvm.ptr
                %v2547 = llvm.load %v44 : !llvm.ptr -> f32
                %v2548 = arith.addf %v2547, %v2525 fastmath<contract> : f32
                llvm.store %v2548, %v44 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2553 = arith.index_cast %v13 : i64 to index
          %v2554 = arith.index_cast %v2552 : i64 to index
          %v2555 = arith.index_cast %v160 : i64 to index
          scf.for %v2556 = %v2553 to %v2554 step %v2555 {
            %v2557 = arith.index_cast %v2556 : index to i64
            %v2558 = arith.remui %v2557, %v15 : i64
            %v2559 = arith.divui %v2557, %v15 : i64
            %v2560 = arith.muli %v381, %v374 : i64
            %v2561 = arith.divui %v2558, %v22 : i64
            %v2562 = arith.addi %v2560, %v2561 : i64
            %v2563 = arith.cmpi slt, %v2562, %v157 : i64
            %v2564 = arith.subi %v157, %v2 : i64
            %v2565 = arith.subi %v2564, %v2562 : i64
            %v2566 = arith.remui %v2558, %v22 : i64
            %v2567 = arith.subi %v104, %v2566 : i64
            %v2568 = arith.muli %v2565, %v22 : i64
            %v2569 = arith.addi %v2568, %v2567 : i64
            %v2570 = arith.cmpi slt, %v2569, %v154 : i64
            %v2571 = arith.andi %v2563, %v2570 : i1
            scf.if %v2571 {
              %v2572 = arith.addi %v152, %v2569 : i64
              %v2573 = arith.muli %v57, %v1 : i64
              %v2574 = arith.addi %v2573, %v2559 : i64
              %v2575 = arith.muli %v2574, %v963 : i64
              %v2576 = arith.addi %v2575, %v2558 : i64
              %v2577 = llvm.getelementptr %v48[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2578 = llvm.load %v2577 : !llvm.ptr -> f32
              %v2579 = arith.muli %v2, %v1 : i64
              %v2580 = arith.addi %v2579, %v2559 : i64
              %v2581 = arith.muli %v2580, %v963 : i64
              %v2582 = arith.addi %v2581, %v2558 : i64
              %v2583 = llvm.getelementptr %v48[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2584 = llvm.load %v2583 : !llvm.ptr -> f32
              %v2585 = arith.addf %v2578, %v2584 fastmath<contract> : f32
              %v2586 = arith.muli %v577, %v1 : i64
              %v2587 = arith.addi %v2586, %v2559 : i64
              %v2588 = arith.muli %v2587, %v963 : i64
              %v2589 = arith.addi %v2588, %v2558 : i64
              %v2590 = llvm.getelementptr %v48[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2591 = llvm.load %v2590 : !llvm.ptr -> f32
              %v2592 = arith.addf %v2585, %v2591 fastmath<contract> : f32
              %v2593 = arith.muli %v373, %v1 : i64
              %v2594 = arith.addi %v2593, %v2559 : i64
              %v2595 = arith.muli %v2594, %v963 : i64
              %v2596 = arith.addi %v2595, %v2558 : i64
              %v2597 = llvm.getelementptr %v48[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2598 = llvm.load %v2597 : !llvm.ptr -> f32
              %v2599 = arith.addf %v2592, %v2598 fastmath<contract> : f32
              %v2600 = arith.muli %v374, %v1 : i64
              %v2601 = arith.addi %v2600, %v2559 : i64
              %v2602 = arith.muli %v2601, %v963 : i64
              %v2603 = arith.addi %v2602, %v2558 : i64
              %v2604 = llvm.getelementptr %v48[%v2603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2605 = llvm.load %v2604 : !llvm.ptr -> f32
              %v2606 = arith.addf %v2599, %v2605 fastmath<contract> : f32
              %v2607 = arith.muli %v707, %v1 : i64
              %v2608 = arith.addi %v2607, %v2559 : i64
              %v2609 = arith.muli %v2608, %v963 : i64
              %v2610 = arith.addi %v2609, %v2558 : i64
              %v2611 = llvm.getelementptr %v48[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
              %v2613 = arith.addf %v2606, %v2612 fastmath<contract> : f32
              %v2614 = arith.muli %v751, %v1 : i64
              %v2615 = arith.addi %v2614, %v2559 : i64
              %v2616 = arith.muli %v2615, %v963 : i64
              %v2617 = arith.addi %v2616, %v2558 : i64
              %v2618 = llvm.getelementptr %v48[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2619 = llvm.load %v2618 : !llvm.ptr -> f32
              %v2620 = arith.addf %v2613, %v2619 fastmath<contract> : f32
              %v2621 = arith.muli %v104, %v1 : i64
              %v2622 = arith.addi %v2621, %v2559 : i64
              %v2623 = arith.muli %v2622, %v963 : i64
              %v2624 = arith.addi %v2623, %v2558 : i64
              %v2625 = llvm.getelementptr %v48[%v2624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2626 = llvm.load %v2625 : !llvm.ptr -> f32
              %v2627 = arith.addf %v2620, %v2626 fastmath<contract> : f32
              %v2628 = arith.remui %v2559, %v1 : i64
              %v2629 = arith.divui %v2559, %v1 : i64
              %v2630 = arith.muli %v35, %v173 : i64
              %v2631 = arith.muli %v2628, %v172 : i64
              %v2632 = arith.addi %v2630, %v2631 : i64
              %v2633 = arith.subi %v177, %v2572 : i64
              %v2634 = arith.muli %v2633, %v2 : i64
              %v2635 = arith.addi %v2632, %v2634 : i64
              %v2636 = arith.muli %v21, %v2551 : i64
              %v2637 = arith.addi %v2636, %v2635 : i64
              %v2638 = llvm.getelementptr %part_Bm[%v2637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2627, %v2638 : f32, !llvm.ptr
            }
          }
          %v2642 = arith.index_cast %v13 : i64 to index
          %v2643 = arith.index_cast %v2552 : i64 to index
          %v2644 = arith.index_cast %v160 : i64 to index
          scf.for %v2645 = %v2642 to %v2643 step %v2644 {
            %v2646 = arith.index_cast %v2645 : index to i64
            %v2647 = arith.remui %v2646, %v15 : i64
            %v2648 = arith.divui %v2646, %v15 : i64
            %v2649 = arith.muli %v381, %v374 : i64
            %v2650 = arith.divui %v2647, %v22 : i64
            %v2651 = arith.addi %v2649, %v2650 : i64
            %v2652 = arith.cmpi slt, %v2651, %v157 : i64
            %v2653 = arith.subi %v157, %v2 : i64
            %v2654 = arith.subi %v2653, %v2651 : i64
            %v2655 = arith.remui %v2647, %v22 : i64
            %v2656 = arith.subi %v104, %v2655 : i64
            %v2657 = arith.muli %v2654, %v22 : i64
            %v2658 = arith.addi %v2657, %v2656 : i64
            %v2659 = arith.cmpi slt, %v2658, %v154 : i64
            %v2660 = arith.andi %v2652, %v2659 : i1
            scf.if %v2660 {
              %v2661 = arith.addi %v152, %v2658 : i64
              %v2662 = arith.muli %v57, %v1 : i64
              %v2663 = arith.addi %v2662, %v2648 : i64
              %v2664 = arith.muli %v2663, %v963 : i64
              %v2665 = arith.addi %v2664, %v2647 : i64
              %v2666 = llvm.getelementptr %v50[%v2665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2667 = llvm.load %v2666 : !llvm.ptr -> f32
              %v2668 = arith.muli %v2, %v1 : i64
              %v2669 = arith.addi %v2668, %v2648 : i64
              %v2670 = arith.muli %v2669, %v963 : i64
              %v2671 = arith.addi %v2670, %v2647 : i64
              %v2672 = llvm.getelementptr %v50[%v2671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2673 = llvm.load %v2672 : !llvm.ptr -> f32
              %v2674 = arith.addf %v2667, %v2673 fastmath<contract> : f32
              %v2675 = arith.muli %v577, %v1 : i64
              %v2676 = arith.addi %v2675, %v2648 : i64
              %v2677 = arith.muli %v2676, %v963 : i64
              %v2678 = arith.addi %v2677, %v2647 : i64
              %v2679 = llvm.getelementptr %v50[%v2678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2680 = llvm.load %v2679 : !llvm.ptr -> f32
              %v2681 = arith.addf %v2674, %v2680 fastmath<contract> : f32
              %v2682 = arith.muli %v373, %v1 : i64
              %v2683 = arith.addi %v2682, %v2648 : i64
              %v2684 = arith.muli %v2683, %v963 : i64
              %v2685 = arith.addi %v2684, %v2647 : i64
              %v2686 = llvm.getelementptr %v50[%v2685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2687 = llvm.load %v2686 : !llvm.ptr -> f32
              %v2688 = arith.addf %v2681, %v2687 fastmath<contract> : f32
              %v2689 = arith.muli %v374, %v1 : i64
              %v2690 = arith.addi %v2689, %v2648 : i64
              %v2691 = arith.muli %v2690, %v963 : i64
              %v2692 = arith.addi %v2691, %v2647 : i64
              %v2693 = llvm.getelementptr %v50[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2694 = llvm.load %v2693 : !llvm.ptr -> f32
              %v2695 = arith.addf %v2688, %v2694 fastmath<contract> : f32
              %v2696 = arith.muli %v707, %v1 : i64
              %v2697 = arith.addi %v2696, %v2648 : i64
              %v2698 = arith.muli %v2697, %v963 : i64
              %v2699 = arith.addi %v2698, %v2647 : i64
              %v2700 = llvm.getelementptr %v50[%v2699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
              %v2702 = arith.addf %v2695, %v2701 fastmath<contract> : f32
              %v2703 = arith.muli %v751, %v1 : i64
              %v2704 = arith.addi %v2703, %v2648 : i64
              %v2705 = arith.muli %v2704, %v963 : i64
              %v2706 = arith.addi %v2705, %v2647 : i64
              %v2707 = llvm.getelementptr %v50[%v2706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2708 = llvm.load %v2707 : !llvm.ptr -> f32
              %v2709 = arith.addf %v2702, %v2708 fastmath<contract> : f32
              %v2710 = arith.muli %v104, %v1 : i64
              %v2711 = arith.addi %v2710, %v2648 : i64
              %v2712 = arith.muli %v2711, %v963 : i64
              %v2713 = arith.addi %v2712, %v2647 : i64
              %v2714 = llvm.getelementptr %v50[%v2713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2715 = llvm.load %v2714 : !llvm.ptr -> f32
              %v2716 = arith.addf %v2709, %v2715 fastmath<contract> : f32
              %v2717 = arith.remui %v2648, %v1 : i64
              %v2718 = arith.divui %v2648, %v1 : i64
              %v2719 = arith.muli %v35, %v173 : i64
              %v2720 = arith.muli %v2717, %v172 : i64
              %v2721 = arith.addi %v2719, %v2720 : i64
              %v2722 = arith.subi %v177, %v2661 : i64
              %v2723 = arith.muli %v2722, %v2 : i64
              %v2724 = arith.addi %v2721, %v2723 : i64
              %v2725 = arith.muli %v21, %v2641 : i64
              %v2726 = arith.addi %v2725, %v2724 : i64
              %v2727 = llvm.getelementptr %part_Cm[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2716, %v2727 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2728 = arith.constant true
      scf.if %v2728 {
        %v2729 = llvm.load %v37 : !llvm.ptr -> f32
        %v2730 = llvm.load %v39 : !llvm.ptr -> f32
        %v2731 = arith.mulf %v2730, %v2729 fastmath<contract> : f32
        %v2732 = llvm.load %v45 : !llvm.ptr -> f32
        %v2733 = arith.addf %v2732, %v2731 fastmath<contract> : f32
        llvm.store %v2733, %v45 : f32, !llvm.ptr
        %v2734 = llvm.load %v38 : !llvm.ptr -> f32
        %v2735 = llvm.load %v40 : !llvm.ptr -> f32
        %v2736 = arith.mulf %v2735, %v2734 fastmath<contract> : f32
        %v2737 = llvm.load %v46 : !llvm.ptr -> f32
        %v2738 = arith.addf %v2737, %v2736 fastmath<contract> : f32
        llvm.store %v2738, %v46 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v2739 = llvm.load %v41 : !llvm.ptr -> f32
        %v2740 = arith.addi %v57, %v23 : i64
        %v2741 = arith.muli %v29, %v1 : i64
        %v2742 = arith.addi %v2741, %v2740 : i64
        %v2743 = llvm.getelementptr %part_A[%v2742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2739, %v2743 : f32, !llvm.ptr
        %v2744 = llvm.load %v42 : !llvm.ptr -> f32
        %v2745 = arith.addi %v22, %v23 : i64
        %v2746 = arith.muli %v29, %v1 : i64
        %v2747 = arith.addi %v2746, %v2745 : i64
        %v2748 = llvm.getelementptr %part_A[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2744, %v2748 : f32, !llvm.ptr
      }
      %v2749 = llvm.load %v43 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2750, %v2751 = gpu.shuffle xor %v2749, %v1235, %v326 : f32
      %v2752 = arith.addf %v2749, %v2750 fastmath<contract> : f32
      %v2753, %v2754 = gpu.shuffle xor %v2752, %v1638, %v326 : f32
      %v2755 = arith.addf %v2752, %v2753 fastmath<contract> : f32
      %v2756, %v2757 = gpu.shuffle xor %v2755, %v2453, %v326 : f32
      %v2758 = arith.addf %v2755, %v2756 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2758, %v43 : f32, !llvm.ptr
      %v2759 = arith.cmpi eq, %v23, %v57 : i64
      %v2760 = arith.andi %v27, %v2759 : i1
      scf.if %v2760 {
        %v2761 = llvm.load %v43 : !llvm.ptr -> f32
        %v2762 = arith.muli %v29, %v2 : i64
        %v2763 = arith.addi %v2762, %v57 : i64
        %v2764 = llvm.getelementptr %part_Dskip[%v2763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2761, %v2764 : f32, !llvm.ptr
      }
      %v2765 = llvm.load %v44 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2766, %v2767 = gpu.shuffle xor %v2765, %v1235, %v326 : f32
      %v2768 = arith.addf %v2765, %v2766 fastmath<contract> : f32
      %v2769, %v2770 = gpu.shuffle xor %v2768, %v1638, %v326 : f32
      %v2771 = arith.addf %v2768, %v2769 fastmath<contract> : f32
      %v2772, %v2773 = gpu.shuffle xor %v2771, %v2453, %v326 : f32
      %v2774 = arith.addf %v2771, %v2772 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2774, %v44 : f32, !llvm.ptr
      %v2775 = arith.cmpi eq, %v23, %v57 : i64
      %v2776 = arith.andi %v27, %v2775 : i1
      scf.if %v2776 {
        %v2777 = llvm.load %v44 : !llvm.ptr -> f32
        %v2778 = arith.muli %v29, %v2 : i64
        %v2779 = arith.addi %v2778, %v57 : i64
        %v2780 = llvm.getelementptr %part_dt_bias[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2777, %v2780 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v2781 = llvm.load %v45 : !llvm.ptr -> f32
        %v2782 = arith.muli %v35, %v60 : i64
        %v2783 = arith.muli %v33, %v59 : i64
        %v2784 = arith.addi %v2782, %v2783 : i64
        %v2785 = arith.muli %v23, %v2 : i64
        %v2786 = arith.addi %v2784, %v2785 : i64
        %v2787 = llvm.getelementptr %dx_h0[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2781, %v2787 : f32, !llvm.ptr
        %v2788 = llvm.load %v46 : !llvm.ptr -> f32
        %v2789 = arith.muli %v35, %v60 : i64
        %v2790 = arith.muli %v33, %v59 : i64
        %v2791 = arith.addi %v2789, %v2790 : i64
        %v2792 = arith.constant 8 : i64
        %v2793 = arith.addi %v2792, %v23 : i64
        %v2794 = arith.muli %v2793, %v2 : i64
        %v2795 = arith.addi %v2791, %v2794 : i64
        %v2796 = llvm.getelementptr %dx_h0[%v2795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2788, %v2796 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
