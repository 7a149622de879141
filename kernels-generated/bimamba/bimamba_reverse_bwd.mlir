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
      %v158 = arith.constant 1024 : i64
      %v159 = arith.constant 256 : i64
      %v171 = arith.muli %v2, %size_L : i64
      %v172 = arith.muli %v171, %v1 : i64
      %v176 = arith.subi %size_L, %v2 : i64
      %v182 = arith.constant 65 : i64
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
      %v328 = arith.constant 32 : i32
      %v336 = arith.muli %v2, %v1 : i64
      %v375 = arith.constant 3 : i64
      %v376 = arith.constant 4 : i64
      %v579 = arith.constant 2 : i64
      %v709 = arith.constant 5 : i64
      %v753 = arith.constant 6 : i64
      %v840 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v841 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v842 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v857 = arith.constant 2147483647 : i64
      %v861 = arith.constant 7 : i32
      %v959 = arith.constant 8 : i32
      %v963 = arith.constant 16 : i32
      %v973 = arith.constant 33 : i64
      %v1055 = arith.constant 6 : i32
      %v1245 = arith.constant 1 : i32
      %v1262 = arith.constant 5 : i32
      %v1453 = arith.constant 4 : i32
      %v1648 = arith.constant 2 : i32
      %v1675 = arith.constant 3 : i32
      %v2261 = arith.constant 0 : i32
      %v2556 = arith.muli %v2, %size_B : i64
      %v2557 = arith.muli %v2556, %v1 : i64
      %v2558 = arith.muli %v2557, %size_L : i64
      %v2559 = arith.constant 512 : i64
      %v2646 = arith.muli %v2, %size_B : i64
      %v2647 = arith.muli %v2646, %v1 : i64
      %v2648 = arith.muli %v2647, %size_L : i64
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
          %v177 = arith.subi %v176, %v168 : i64
          %v178 = arith.muli %v177, %v2 : i64
          %v179 = arith.addi %v175, %v178 : i64
          %v180 = llvm.getelementptr %in_Bm[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v181 = llvm.load %v180 : !llvm.ptr -> f32
          %v183 = arith.muli %v166, %v182 : i64
          %v184 = arith.addi %v183, %v165 : i64
          %v185 = llvm.getelementptr %v52[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v181, %v185 : f32, !llvm.ptr
        }
        %v186 = arith.index_cast %v13 : i64 to index
        %v187 = arith.index_cast %v158 : i64 to index
        %v188 = arith.index_cast %v159 : i64 to index
        scf.for %v189 = %v186 to %v187 step %v188 {
          %v190 = arith.index_cast %v189 : index to i64
          %v191 = arith.remui %v190, %v103 : i64
          %v192 = arith.divui %v190, %v103 : i64
          %v193 = arith.addi %v152, %v191 : i64
          %v194 = arith.minsi %v193, %v157 : i64
          %v195 = arith.remui %v192, %v1 : i64
          %v196 = arith.divui %v192, %v1 : i64
          %v197 = arith.muli %v35, %v172 : i64
          %v198 = arith.muli %v195, %v171 : i64
          %v199 = arith.addi %v197, %v198 : i64
          %v200 = arith.subi %v176, %v194 : i64
          %v201 = arith.muli %v200, %v2 : i64
          %v202 = arith.addi %v199, %v201 : i64
          %v203 = llvm.getelementptr %in_Cm[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v204 = llvm.load %v203 : !llvm.ptr -> f32
          %v205 = arith.muli %v192, %v182 : i64
          %v206 = arith.addi %v205, %v191 : i64
          %v207 = llvm.getelementptr %v54[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v204, %v207 : f32, !llvm.ptr
        }
        gpu.barrier
        %v208 = arith.subi %v154, %v2 : i64
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
        %v236 = arith.index_cast %v156 : i64 to index
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
          %v260 = arith.minsi %v259, %v208 : i64
          %v261 = arith.addi %v152, %v260 : i64
          %v264 = arith.muli %v35, %v263 : i64
          %v265 = arith.muli %v33, %v262 : i64
          %v266 = arith.addi %v264, %v265 : i64
          %v267 = arith.subi %v176, %v261 : i64
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
          %v313 = arith.subi %v176, %v261 : i64
          %v314 = arith.muli %v313, %v2 : i64
          %v315 = arith.addi %v312, %v314 : i64
          %v316 = llvm.getelementptr %in_u[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.mulf %v309, %v317 fastmath<contract> : f32
          %v319 = arith.subi %v154, %v258 : i64
          %v320 = arith.trunci %v319 : i64 to i32
          %v321 = arith.index_cast %v57 : i64 to index
          %v322 = arith.index_cast %v22 : i64 to index
          %v323 = arith.index_cast %v2 : i64 to index
          scf.for %v324 = %v321 to %v322 step %v323 {
            %v325 = arith.index_cast %v324 : index to i64
            %v326 = arith.trunci %v325 : i64 to i32
            %v327 = arith.ori %v112, %v326 : i32
            %v329, %v330 = gpu.shuffle idx %v309, %v327, %v328 : f32
            %v331, %v332 = gpu.shuffle idx %v318, %v327, %v328 : f32
            %v333 = arith.addi %v258, %v325 : i64
            %v334 = arith.cmpi slt, %v326, %v320 : i32
            scf.if %v334 {
              %v335 = arith.addi %v152, %v333 : i64
              %v337 = arith.muli %v33, %v336 : i64
              %v338 = arith.muli %v23, %v2 : i64
              %v339 = arith.addi %v337, %v338 : i64
              %v340 = llvm.getelementptr %in_A[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v341 = llvm.load %v340 : !llvm.ptr -> f32
              %v342 = arith.mulf %v329, %v341 fastmath<contract> : f32
              %v343 = arith.mulf %v342, %v279 fastmath<contract> : f32
              %v344 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v343) : (f32) -> f32
              %v345 = arith.muli %v23, %v182 : i64
              %v346 = arith.subi %v335, %v152 : i64
              %v347 = arith.addi %v345, %v346 : i64
              %v348 = llvm.getelementptr %v52[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v349 = llvm.load %v348 : !llvm.ptr -> f32
              %v350 = arith.mulf %v349, %v331 fastmath<contract> : f32
              %v351 = llvm.load %v7 : !llvm.ptr -> f32
              %v352 = arith.mulf %v344, %v351 fastmath<contract> : f32
              %v353 = arith.addf %v352, %v350 fastmath<contract> : f32
              llvm.store %v353, %v7 : f32, !llvm.ptr
              %v354 = arith.muli %v33, %v336 : i64
              %v355 = arith.constant 8 : i64
              %v356 = arith.addi %v355, %v23 : i64
              %v357 = arith.muli %v356, %v2 : i64
              %v358 = arith.addi %v354, %v357 : i64
              %v359 = llvm.getelementptr %in_A[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v360 = llvm.load %v359 : !llvm.ptr -> f32
              %v361 = arith.mulf %v329, %v360 fastmath<contract> : f32
              %v362 = arith.mulf %v361, %v279 fastmath<contract> : f32
              %v363 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v362) : (f32) -> f32
              %v364 = arith.constant 8 : i64
              %v365 = arith.addi %v364, %v23 : i64
              %v366 = arith.muli %v365, %v182 : i64
              %v367 = arith.subi %v335, %v152 : i64
              %v368 = arith.addi %v366, %v367 : i64
              %v369 = llvm.getelementptr %v52[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v370 = llvm.load %v369 : !llvm.ptr -> f32
              %v371 = arith.mulf %v370, %v331 fastmath<contract> : f32
              %v372 = llvm.load %v8 : !llvm.ptr -> f32
              %v373 = arith.mulf %v363, %v372 fastmath<contract> : f32
              %v374 = arith.addf %v373, %v371 fastmath<contract> : f32
              llvm.store %v374, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v377 = arith.addi %v156, %v375 : i64
        %v378 = arith.divui %v377, %v376 : i64
        %v379 = arith.index_cast %v57 : i64 to index
        %v380 = arith.index_cast %v378 : i64 to index
        %v381 = arith.index_cast %v2 : i64 to index
        scf.for %v382 = %v379 to %v380 step %v381 {
          %v383 = arith.index_cast %v382 : index to i64
          %v384 = arith.muli %v383, %v376 : i64
          %v385 = arith.addi %v384, %v376 : i64
          %v386 = arith.index_cast %v384 : i64 to index
          %v387 = arith.index_cast %v385 : i64 to index
          %v388 = arith.index_cast %v2 : i64 to index
          scf.for %v389 = %v386 to %v387 step %v388 {
            %v390 = arith.index_cast %v389 : index to i64
            %v391 = arith.cmpi slt, %v390, %v156 : i64
            scf.if %v391 {
              %v392 = arith.subi %v156, %v2 : i64
              %v393 = arith.subi %v392, %v390 : i64
              %v394 = arith.muli %v393, %v22 : i64
              %v395 = arith.remui %v390, %v376 : i64
              %v396 = arith.muli %v395, %v22 : i64
              %v397 = arith.subi %v154, %v2 : i64
              %v398 = arith.muli %v393, %v4 : i64
              %v399 = arith.subi %v4, %v2 : i64
              %v400 = arith.minsi %v29, %v399 : i64
              %v401 = arith.addi %v398, %v400 : i64
              %v402 = arith.muli %v401, %v1 : i64
              %v403 = arith.addi %v402, %v57 : i64
              %v404 = arith.addi %v403, %v23 : i64
              %v405 = llvm.getelementptr %scratch_h[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v406 = llvm.load %v405 : !llvm.ptr -> f32
              %v407 = arith.muli %v393, %v4 : i64
              %v408 = arith.subi %v4, %v2 : i64
              %v409 = arith.minsi %v29, %v408 : i64
              %v410 = arith.addi %v407, %v409 : i64
              %v411 = arith.muli %v410, %v1 : i64
              %v412 = arith.addi %v411, %v22 : i64
              %v413 = arith.addi %v412, %v23 : i64
              %v414 = llvm.getelementptr %scratch_h[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v415 = llvm.load %v414 : !llvm.ptr -> f32
              %v416 = arith.addi %v394, %v23 : i64
              %v417 = arith.minsi %v416, %v397 : i64
              %v418 = arith.addi %v152, %v417 : i64
              %v419 = arith.muli %v35, %v263 : i64
              %v420 = arith.muli %v33, %v262 : i64
              %v421 = arith.addi %v419, %v420 : i64
              %v422 = arith.subi %v176, %v418 : i64
              %v423 = arith.muli %v422, %v2 : i64
              %v424 = arith.addi %v421, %v423 : i64
              %v425 = llvm.getelementptr %in_delta[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v426 = llvm.load %v425 : !llvm.ptr -> f32
              %v427 = arith.muli %v33, %v2 : i64
              %v428 = llvm.getelementptr %in_dt_bias[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v429 = llvm.load %v428 : !llvm.ptr -> f32
              %v430 = arith.addf %v426, %v429 fastmath<contract> : f32
              %v431 = arith.maximumf %v430, %v55 : f32
              %v432 = llvm.call_intrinsic "llvm.fabs.f32"(%v430) : (f32) -> f32
              %v433 = arith.negf %v432 : f32
              %v434 = arith.mulf %v433, %v279 fastmath<contract> : f32
              %v435 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v434) : (f32) -> f32
              %v436 = arith.addf %v56, %v435 fastmath<contract> : f32
              %v437 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v436) : (f32) -> f32
              %v438 = arith.mulf %v437, %v284 fastmath<contract> : f32
              %v439 = arith.mulf %v286, %v435 fastmath<contract> : f32
              %v440 = arith.addf %v439, %v288 fastmath<contract> : f32
              %v441 = arith.mulf %v440, %v435 fastmath<contract> : f32
              %v442 = arith.addf %v441, %v291 fastmath<contract> : f32
              %v443 = arith.mulf %v442, %v435 fastmath<contract> : f32
              %v444 = arith.addf %v443, %v294 fastmath<contract> : f32
              %v445 = arith.mulf %v444, %v435 fastmath<contract> : f32
              %v446 = arith.addf %v445, %v297 fastmath<contract> : f32
              %v447 = arith.mulf %v446, %v435 fastmath<contract> : f32
              %v448 = arith.addf %v447, %v300 fastmath<contract> : f32
              %v449 = arith.mulf %v448, %v435 fastmath<contract> : f32
              %v450 = arith.addf %v449, %v56 fastmath<contract> : f32
              %v451 = arith.mulf %v450, %v435 fastmath<contract> : f32
              %v452 = llvm.call_intrinsic "llvm.fabs.f32"(%v435) : (f32) -> f32
              %v453 = arith.cmpf olt, %v452, %v306 : f32
              %v454 = arith.select %v453, %v451, %v438 : f32
              %v455 = arith.addf %v431, %v454 fastmath<contract> : f32
              %v456 = arith.muli %v35, %v263 : i64
              %v457 = arith.muli %v33, %v262 : i64
              %v458 = arith.addi %v456, %v457 : i64
              %v459 = arith.subi %v176, %v418 : i64
              %v460 = arith.muli %v459, %v2 : i64
              %v461 = arith.addi %v458, %v460 : i64
              %v462 = llvm.getelementptr %in_u[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v463 = llvm.load %v462 : !llvm.ptr -> f32
              %v464 = arith.mulf %v455, %v463 fastmath<contract> : f32
              %v465 = arith.muli %v35, %v263 : i64
              %v466 = arith.muli %v33, %v262 : i64
              %v467 = arith.addi %v465, %v466 : i64
              %v468 = arith.subi %v176, %v418 : i64
              %v469 = arith.muli %v468, %v2 : i64
              %v470 = arith.addi %v467, %v469 : i64
              %v471 = llvm.getelementptr %in_z[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v472 = llvm.load %v471 : !llvm.ptr -> f32
              %v473 = arith.negf %v472 : f32
              %v474 = arith.mulf %v473, %v279 fastmath<contract> : f32
              %v475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v474) : (f32) -> f32
              %v476 = arith.addf %v56, %v475 fastmath<contract> : f32
              %v477 = arith.divf %v56, %v476 : f32
              %v478 = arith.mulf %v472, %v477 fastmath<contract> : f32
              %v479 = arith.negf %v472 : f32
              %v480 = arith.mulf %v479, %v279 fastmath<contract> : f32
              %v481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v480) : (f32) -> f32
              %v482 = arith.addf %v56, %v481 fastmath<contract> : f32
              %v483 = arith.divf %v56, %v482 : f32
              %v484 = arith.subf %v56, %v483 fastmath<contract> : f32
              %v485 = arith.mulf %v472, %v484 fastmath<contract> : f32
              %v486 = arith.addf %v56, %v485 fastmath<contract> : f32
              %v487 = arith.mulf %v483, %v486 fastmath<contract> : f32
              %v488 = arith.negf %v430 : f32
              %v489 = arith.mulf %v488, %v279 fastmath<contract> : f32
              %v490 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v489) : (f32) -> f32
              %v491 = arith.addf %v56, %v490 fastmath<contract> : f32
              %v492 = arith.divf %v56, %v491 : f32
              // the group's states, recomputed into registers
              %v493 = arith.addi %v394, %v57 : i64
              %v494 = arith.minsi %v493, %v397 : i64
              %v495 = arith.addi %v152, %v494 : i64
              %v496, %v497 = gpu.shuffle idx %v455, %v112, %v328 : f32
              %v498, %v499 = gpu.shuffle idx %v464, %v112, %v328 : f32
              %v500 = arith.muli %v33, %v336 : i64
              %v501 = arith.muli %v23, %v2 : i64
              %v502 = arith.addi %v500, %v501 : i64
              %v503 = llvm.getelementptr %in_A[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v504 = llvm.load %v503 : !llvm.ptr -> f32
              %v505 = arith.mulf %v496, %v504 fastmath<contract> : f32
              %v506 = arith.mulf %v505, %v279 fastmath<contract> : f32
              %v507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v506) : (f32) -> f32
              %v508 = arith.muli %v23, %v182 : i64
              %v509 = arith.subi %v495, %v152 : i64
              %v510 = arith.addi %v508, %v509 : i64
              %v511 = llvm.getelementptr %v52[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v512 = llvm.load %v511 : !llvm.ptr -> f32
              %v513 = arith.mulf %v512, %v498 fastmath<contract> : f32
              %v514 = arith.mulf %v507, %v406 fastmath<contract> : f32
              %v515 = arith.addf %v514, %v513 fastmath<contract> : f32
              %v516 = arith.muli %v33, %v336 : i64
              %v517 = arith.constant 8 : i64
              %v518 = arith.addi %v517, %v23 : i64
              %v519 = arith.muli %v518, %v2 : i64
              %v520 = arith.addi %v516, %v519 : i64
              %v521 = llvm.getelementptr %in_A[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v522 = llvm.load %v521 : !llvm.ptr -> f32
              %v523 = arith.mulf %v496, %v522 fastmath<contract> : f32
              %v524 = arith.mulf %v523, %v279 fastmath<contract> : f32
              %v525 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v524) : (f32) -> f32
              %v526 = arith.constant 8 : i64
              %v527 = arith.addi %v526, %v23 : i64
              %v528 = arith.muli %v527, %v182 : i64
              %v529 = arith.subi %v495, %v152 : i64
              %v530 = arith.addi %v528, %v529 : i64
              %v531 = llvm.getelementptr %v52[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v532 = llvm.load %v531 : !llvm.ptr -> f32
              %v533 = arith.mulf %v532, %v498 fastmath<contract> : f32
              %v534 = arith.mulf %v525, %v415 fastmath<contract> : f32
              %v535 = arith.addf %v534, %v533 fastmath<contract> : f32
              %v536 = arith.addi %v394, %v2 : i64
              %v537 = arith.minsi %v536, %v397 : i64
              %v538 = arith.addi %v152, %v537 : i64
              %v539, %v540 = gpu.shuffle idx %v455, %v116, %v328 : f32
              %v541, %v542 = gpu.shuffle idx %v464, %v116, %v328 : f32
              %v543 = arith.muli %v33, %v336 : i64
              %v544 = arith.muli %v23, %v2 : i64
              %v545 = arith.addi %v543, %v544 : i64
              %v546 = llvm.getelementptr %in_A[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v547 = llvm.load %v546 : !llvm.ptr -> f32
              %v548 = arith.mulf %v539, %v547 fastmath<contract> : f32
              %v549 = arith.mulf %v548, %v279 fastmath<contract> : f32
              %v550 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v549) : (f32) -> f32
              %v551 = arith.muli %v23, %v182 : i64
              %v552 = arith.subi %v538, %v152 : i64
              %v553 = arith.addi %v551, %v552 : i64
              %v554 = llvm.getelementptr %v52[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v555 = llvm.load %v554 : !llvm.ptr -> f32
              %v556 = arith.mulf %v555, %v541 fastmath<contract> : f32
              %v557 = arith.mulf %v550, %v515 fastmath<contract> : f32
              %v558 = arith.addf %v557, %v556 fastmath<contract> : f32
              %v559 = arith.muli %v33, %v336 : i64
              %v560 = arith.constant 8 : i64
              %v561 = arith.addi %v560, %v23 : i64
              %v562 = arith.muli %v561, %v2 : i64
              %v563 = arith.addi %v559, %v562 : i64
              %v564 = llvm.getelementptr %in_A[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v565 = llvm.load %v564 : !llvm.ptr -> f32
              %v566 = arith.mulf %v539, %v565 fastmath<contract> : f32
              %v567 = arith.mulf %v566, %v279 fastmath<contract> : f32
              %v568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v567) : (f32) -> f32
              %v569 = arith.constant 8 : i64
              %v570 = arith.addi %v569, %v23 : i64
              %v571 = arith.muli %v570, %v182 : i64
              %v572 = arith.subi %v538, %v152 : i64
              %v573 = arith.addi %v571, %v572 : i64
              %v574 = llvm.getelementptr %v52[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v575 = llvm.load %v574 : !llvm.ptr -> f32
              %v576 = arith.mulf %v575, %v541 fastmath<contract> : f32
              %v577 = arith.mulf %v568, %v535 fastmath<contract> : f32
              %v578 = arith.addf %v577, %v576 fastmath<contract> : f32
              %v580 = arith.addi %v394, %v579 : i64
              %v581 = arith.minsi %v580, %v397 : i64
              %v582 = arith.addi %v152, %v581 : i64
              %v583, %v584 = gpu.shuffle idx %v455, %v120, %v328 : f32
              %v585, %v586 = gpu.shuffle idx %v464, %v120, %v328 : f32
              %v587 = arith.muli %v33, %v336 : i64
              %v588 = arith.muli %v23, %v2 : i64
              %v589 = arith.addi %v587, %v588 : i64
              %v590 = llvm.getelementptr %in_A[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v591 = llvm.load %v590 : !llvm.ptr -> f32
              %v592 = arith.mulf %v583, %v591 fastmath<contract> : f32
              %v593 = arith.mulf %v592, %v279 fastmath<contract> : f32
              %v594 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v593) : (f32) -> f32
              %v595 = arith.muli %v23, %v182 : i64
              %v596 = arith.subi %v582, %v152 : i64
              %v597 = arith.addi %v595, %v596 : i64
              %v598 = llvm.getelementptr %v52[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v599 = llvm.load %v598 : !llvm.ptr -> f32
              %v600 = arith.mulf %v599, %v585 fastmath<contract> : f32
              %v601 = arith.mulf %v594, %v558 fastmath<contract> : f32
              %v602 = arith.addf %v601, %v600 fastmath<contract> : f32
              %v603 = arith.muli %v33, %v336 : i64
              %v604 = arith.constant 8 : i64
              %v605 = arith.addi %v604, %v23 : i64
              %v606 = arith.muli %v605, %v2 : i64
              %v607 = arith.addi %v603, %v606 : i64
              %v608 = llvm.getelementptr %in_A[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v609 = llvm.load %v608 : !llvm.ptr -> f32
              %v610 = arith.mulf %v583, %v609 fastmath<contract> : f32
              %v611 = arith.mulf %v610, %v279 fastmath<contract> : f32
              %v612 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v611) : (f32) -> f32
              %v613 = arith.constant 8 : i64
              %v614 = arith.addi %v613, %v23 : i64
              %v615 = arith.muli %v614, %v182 : i64
              %v616 = arith.subi %v582, %v152 : i64
              %v617 = arith.addi %v615, %v616 : i64
              %v618 = llvm.getelementptr %v52[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v619 = llvm.load %v618 : !llvm.ptr -> f32
              %v620 = arith.mulf %v619, %v585 fastmath<contract> : f32
              %v621 = arith.mulf %v612, %v578 fastmath<contract> : f32
              %v622 = arith.addf %v621, %v620 fastmath<contract> : f32
              %v623 = arith.addi %v394, %v375 : i64
              %v624 = arith.minsi %v623, %v397 : i64
              %v625 = arith.addi %v152, %v624 : i64
              %v626, %v627 = gpu.shuffle idx %v455, %v124, %v328 : f32
              %v628, %v629 = gpu.shuffle idx %v464, %v124, %v328 : f32
              %v630 = arith.muli %v33, %v336 : i64
              %v631 = arith.muli %v23, %v2 : i64
              %v632 = arith.addi %v630, %v631 : i64
              %v633 = llvm.getelementptr %in_A[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v634 = llvm.load %v633 : !llvm.ptr -> f32
              %v635 = arith.mulf %v626, %v634 fastmath<contract> : f32
              %v636 = arith.mulf %v635, %v279 fastmath<contract> : f32
              %v637 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v636) : (f32) -> f32
              %v638 = arith.muli %v23, %v182 : i64
              %v639 = arith.subi %v625, %v152 : i64
              %v640 = arith.addi %v638, %v639 : i64
              %v641 = llvm.getelementptr %v52[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v642 = llvm.load %v641 : !llvm.ptr -> f32
              %v643 = arith.mulf %v642, %v628 fastmath<contract> : f32
              %v644 = arith.mulf %v637, %v602 fastmath<contract> : f32
              %v645 = arith.addf %v644, %v643 fastmath<contract> : f32
              %v646 = arith.muli %v33, %v336 : i64
              %v647 = arith.constant 8 : i64
              %v648 = arith.addi %v647, %v23 : i64
              %v649 = arith.muli %v648, %v2 : i64
              %v650 = arith.addi %v646, %v649 : i64
              %v651 = llvm.getelementptr %in_A[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v652 = llvm.load %v651 : !llvm.ptr -> f32
              %v653 = arith.mulf %v626, %v652 fastmath<contract> : f32
              %v654 = arith.mulf %v653, %v279 fastmath<contract> : f32
              %v655 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v654) : (f32) -> f32
              %v656 = arith.constant 8 : i64
              %v657 = arith.addi %v656, %v23 : i64
              %v658 = arith.muli %v657, %v182 : i64
              %v659 = arith.subi %v625, %v152 : i64
              %v660 = arith.addi %v658, %v659 : i64
              %v661 = llvm.getelementptr %v52[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v662 = llvm.load %v661 : !llvm.ptr -> f32
              %v663 = arith.mulf %v662, %v628 fastmath<contract> : f32
              %v664 = arith.mulf %v655, %v622 fastmath<contract> : f32
              %v665 = arith.addf %v664, %v663 fastmath<contract> : f32
              %v666 = arith.addi %v394, %v376 : i64
              %v667 = arith.minsi %v666, %v397 : i64
              %v668 = arith.addi %v152, %v667 : i64
              %v669, %v670 = gpu.shuffle idx %v455, %v128, %v328 : f32
              %v671, %v672 = gpu.shuffle idx %v464, %v128, %v328 : f32
              %v673 = arith.muli %v33, %v336 : i64
              %v674 = arith.muli %v23, %v2 : i64
              %v675 = arith.addi %v673, %v674 : i64
              %v676 = llvm.getelementptr %in_A[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v677 = llvm.load %v676 : !llvm.ptr -> f32
              %v678 = arith.mulf %v669, %v677 fastmath<contract> : f32
              %v679 = arith.mulf %v678, %v279 fastmath<contract> : f32
              %v680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v679) : (f32) -> f32
              %v681 = arith.muli %v23, %v182 : i64
              %v682 = arith.subi %v668, %v152 : i64
              %v683 = arith.addi %v681, %v682 : i64
              %v684 = llvm.getelementptr %v52[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v685 = llvm.load %v684 : !llvm.ptr -> f32
              %v686 = arith.mulf %v685, %v671 fastmath<contract> : f32
              %v687 = arith.mulf %v680, %v645 fastmath<contract> : f32
              %v688 = arith.addf %v687, %v686 fastmath<contract> : f32
              %v689 = arith.muli %v33, %v336 : i64
              %v690 = arith.constant 8 : i64
              %v691 = arith.addi %v690, %v23 : i64
              %v692 = arith.muli %v691, %v2 : i64
              %v693 = arith.addi %v689, %v692 : i64
              %v694 = llvm.getelementptr %in_A[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v695 = llvm.load %v694 : !llvm.ptr -> f32
              %v696 = arith.mulf %v669, %v695 fastmath<contract> : f32
              %v697 = arith.mulf %v696, %v279 fastmath<contract> : f32
              %v698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v697) : (f32) -> f32
              %v699 = arith.constant 8 : i64
              %v700 = arith.addi %v699, %v23 : i64
              %v701 = arith.muli %v700, %v182 : i64
              %v702 = arith.subi %v668, %v152 : i64
              %v703 = arith.addi %v701, %v702 : i64
              %v704 = llvm.getelementptr %v52[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v705 = llvm.load %v704 : !llvm.ptr -> f32
              %v706 = arith.mulf %v705, %v671 fastmath<contract> : f32
              %v707 = arith.mulf %v698, %v665 fastmath<contract> : f32
              %v708 = arith.addf %v707, %v706 fastmath<contract> : f32
              %v710 = arith.addi %v394, %v709 : i64
              %v711 = arith.minsi %v710, %v397 : i64
              %v712 = arith.addi %v152, %v711 : i64
              %v713, %v714 = gpu.shuffle idx %v455, %v132, %v328 : f32
              %v715, %v716 = gpu.shuffle idx %v464, %v132, %v328 : f32
              %v717 = arith.muli %v33, %v336 : i64
              %v718 = arith.muli %v23, %v2 : i64
              %v719 = arith.addi %v717, %v718 : i64
              %v720 = llvm.getelementptr %in_A[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v721 = llvm.load %v720 : !llvm.ptr -> f32
              %v722 = arith.mulf %v713, %v721 fastmath<contract> : f32
              %v723 = arith.mulf %v722, %v279 fastmath<contract> : f32
              %v724 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v723) : (f32) -> f32
              %v725 = arith.muli %v23, %v182 : i64
              %v726 = arith.subi %v712, %v152 : i64
              %v727 = arith.addi %v725, %v726 : i64
              %v728 = llvm.getelementptr %v52[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v729 = llvm.load %v728 : !llvm.ptr -> f32
              %v730 = arith.mulf %v729, %v715 fastmath<contract> : f32
              %v731 = arith.mulf %v724, %v688 fastmath<contract> : f32
              %v732 = arith.addf %v731, %v730 fastmath<contract> : f32
              %v733 = arith.muli %v33, %v336 : i64
              %v734 = arith.constant 8 : i64
              %v735 = arith.addi %v734, %v23 : i64
              %v736 = arith.muli %v735, %v2 : i64
              %v737 = arith.addi %v733, %v736 : i64
              %v738 = llvm.getelementptr %in_A[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v739 = llvm.load %v738 : !llvm.ptr -> f32
              %v740 = arith.mulf %v713, %v739 fastmath<contract> : f32
              %v741 = arith.mulf %v740, %v279 fastmath<contract> : f32
              %v742 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v741) : (f32) -> f32
              %v743 = arith.constant 8 : i64
              %v744 = arith.addi %v743, %v23 : i64
              %v745 = arith.muli %v744, %v182 : i64
              %v746 = arith.subi %v712, %v152 : i64
              %v747 = arith.addi %v745, %v746 : i64
              %v748 = llvm.getelementptr %v52[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v749 = llvm.load %v748 : !llvm.ptr -> f32
              %v750 = arith.mulf %v749, %v715 fastmath<contract> : f32
              %v751 = arith.mulf %v742, %v708 fastmath<contract> : f32
              %v752 = arith.addf %v751, %v750 fastmath<contract> : f32
              %v754 = arith.addi %v394, %v753 : i64
              %v755 = arith.minsi %v754, %v397 : i64
              %v756 = arith.addi %v152, %v755 : i64
              %v757, %v758 = gpu.shuffle idx %v455, %v136, %v328 : f32
              %v759, %v760 = gpu.shuffle idx %v464, %v136, %v328 : f32
              %v761 = arith.muli %v33, %v336 : i64
              %v762 = arith.muli %v23, %v2 : i64
              %v763 = arith.addi %v761, %v762 : i64
              %v764 = llvm.getelementptr %in_A[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v765 = llvm.load %v764 : !llvm.ptr -> f32
              %v766 = arith.mulf %v757, %v765 fastmath<contract> : f32
              %v767 = arith.mulf %v766, %v279 fastmath<contract> : f32
              %v768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v767) : (f32) -> f32
              %v769 = arith.muli %v23, %v182 : i64
              %v770 = arith.subi %v756, %v152 : i64
              %v771 = arith.addi %v769, %v770 : i64
              %v772 = llvm.getelementptr %v52[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v773 = llvm.load %v772 : !llvm.ptr -> f32
              %v774 = arith.mulf %v773, %v759 fastmath<contract> : f32
              %v775 = arith.mulf %v768, %v732 fastmath<contract> : f32
              %v776 = arith.addf %v775, %v774 fastmath<contract> : f32
              %v777 = arith.muli %v33, %v336 : i64
              %v778 = arith.constant 8 : i64
              %v779 = arith.addi %v778, %v23 : i64
              %v780 = arith.muli %v779, %v2 : i64
              %v781 = arith.addi %v777, %v780 : i64
              %v782 = llvm.getelementptr %in_A[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v783 = llvm.load %v782 : !llvm.ptr -> f32
              %v784 = arith.mulf %v757, %v783 fastmath<contract> : f32
              %v785 = arith.mulf %v784, %v279 fastmath<contract> : f32
              %v786 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v785) : (f32) -> f32
              %v787 = arith.constant 8 : i64
              %v788 = arith.addi %v787, %v23 : i64
              %v789 = arith.muli %v788, %v182 : i64
              %v790 = arith.subi %v756, %v152 : i64
              %v791 = arith.addi %v789, %v790 : i64
              %v792 = llvm.getelementptr %v52[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v793 = llvm.load %v792 : !llvm.ptr -> f32
              %v794 = arith.mulf %v793, %v759 fastmath<contract> : f32
              %v795 = arith.mulf %v786, %v752 fastmath<contract> : f32
              %v796 = arith.addf %v795, %v794 fastmath<contract> : f32
              %v797 = arith.addi %v394, %v104 : i64
              %v798 = arith.minsi %v797, %v397 : i64
              %v799 = arith.addi %v152, %v798 : i64
              %v800, %v801 = gpu.shuffle idx %v455, %v140, %v328 : f32
              %v802, %v803 = gpu.shuffle idx %v464, %v140, %v328 : f32
              %v804 = arith.muli %v33, %v336 : i64
              %v805 = arith.muli %v23, %v2 : i64
              %v806 = arith.addi %v804, %v805 : i64
              %v807 = llvm.getelementptr %in_A[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v808 = llvm.load %v807 : !llvm.ptr -> f32
              %v809 = arith.mulf %v800, %v808 fastmath<contract> : f32
              %v810 = arith.mulf %v809, %v279 fastmath<contract> : f32
              %v811 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v810) : (f32) -> f32
              %v812 = arith.muli %v23, %v182 : i64
              %v813 = arith.subi %v799, %v152 : i64
              %v814 = arith.addi %v812, %v813 : i64
              %v815 = llvm.getelementptr %v52[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v816 = llvm.load %v815 : !llvm.ptr -> f32
              %v817 = arith.mulf %v816, %v802 fastmath<contract> : f32
              %v818 = arith.mulf %v811, %v776 fastmath<contract> : f32
              %v819 = arith.addf %v818, %v817 fastmath<contract> : f32
              %v820 = arith.muli %v33, %v336 : i64
              %v821 = arith.constant 8 : i64
              %v822 = arith.addi %v821, %v23 : i64
              %v823 = arith.muli %v822, %v2 : i64
              %v824 = arith.addi %v820, %v823 : i64
              %v825 = llvm.getelementptr %in_A[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v826 = llvm.load %v825 : !llvm.ptr -> f32
              %v827 = arith.mulf %v800, %v826 fastmath<contract> : f32
              %v828 = arith.mulf %v827, %v279 fastmath<contract> : f32
              %v829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v828) : (f32) -> f32
              %v830 = arith.constant 8 : i64
              %v831 = arith.addi %v830, %v23 : i64
              %v832 = arith.muli %v831, %v182 : i64
              %v833 = arith.subi %v799, %v152 : i64
              %v834 = arith.addi %v832, %v833 : i64
              %v835 = llvm.getelementptr %v52[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v836 = llvm.load %v835 : !llvm.ptr -> f32
              %v837 = arith.mulf %v836, %v802 fastmath<contract> : f32
              %v838 = arith.mulf %v829, %v796 fastmath<contract> : f32
              %v839 = arith.addf %v838, %v837 fastmath<contract> : f32
              %v843 = arith.shrui %v23, %v57 : i64
              %v844 = arith.andi %v843, %v2 : i64
              %v845 = arith.cmpi ne, %v844, %v57 : i64
              %v846 = arith.shrui %v23, %v2 : i64
              %v847 = arith.andi %v846, %v2 : i64
              %v848 = arith.cmpi ne, %v847, %v57 : i64
              %v849 = arith.shrui %v23, %v579 : i64
              %v850 = arith.andi %v849, %v2 : i64
              %v851 = arith.cmpi ne, %v850, %v57 : i64
              %v852 = arith.subi %v154, %v394 : i64
              %v853 = arith.trunci %v852 : i64 to i32
              %v854 = arith.subi %size_L, %v2 : i64
              %v855 = arith.addi %v152, %v394 : i64
              %v856 = arith.subi %v854, %v855 : i64
              %v858 = arith.minsi %v856, %v857 : i64
              %v859 = arith.trunci %v858 : i64 to i32
              %v860 = arith.addi %v394, %v104 : i64
              %v862 = arith.cmpi slt, %v861, %v853 : i32
              %v863 = arith.cmpi eq, %v861, %v859 : i32
              %v864, %v865 = gpu.shuffle idx %v455, %v140, %v328 : f32
              %v866, %v867 = gpu.shuffle idx %v464, %v140, %v328 : f32
              %v868, %v869 = gpu.shuffle idx %v478, %v140, %v328 : f32
              %v870, %v871 = gpu.shuffle idx %v487, %v140, %v328 : f32
              %v872, %v873 = gpu.shuffle idx %v492, %v140, %v328 : f32
              %v874 = arith.addi %v396, %v57 : i64
              llvm.store %v55, %v840 : f32, !llvm.ptr
              llvm.store %v55, %v841 : f32, !llvm.ptr
              llvm.store %v55, %v842 : f32, !llvm.ptr
              scf.if %v862 {
                %v875 = arith.addi %v152, %v860 : i64
                %v876 = arith.muli %v23, %v182 : i64
                %v877 = arith.subi %v875, %v152 : i64
                %v878 = arith.addi %v876, %v877 : i64
                %v879 = llvm.getelementptr %v54[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v880 = llvm.load %v879 : !llvm.ptr -> f32
                %v881 = arith.muli %v35, %v263 : i64
                %v882 = arith.muli %v33, %v262 : i64
                %v883 = arith.addi %v881, %v882 : i64
                %v884 = arith.subi %v176, %v875 : i64
                %v885 = arith.muli %v884, %v2 : i64
                %v886 = arith.addi %v883, %v885 : i64
                %v887 = llvm.getelementptr %dy_y[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v888 = llvm.load %v887 : !llvm.ptr -> f32
                %v889 = arith.mulf %v868, %v888 fastmath<contract> : f32
                %v890 = arith.mulf %v880, %v889 fastmath<contract> : f32
                %v891 = llvm.load %v37 : !llvm.ptr -> f32
                %v892 = llvm.load %v39 : !llvm.ptr -> f32
                %v893 = arith.mulf %v892, %v891 fastmath<contract> : f32
                %v894 = arith.addf %v890, %v893 fastmath<contract> : f32
                llvm.store %v894, %v37 : f32, !llvm.ptr
                %v895 = arith.constant 8 : i64
                %v896 = arith.addi %v895, %v23 : i64
                %v897 = arith.muli %v896, %v182 : i64
                %v898 = arith.subi %v875, %v152 : i64
                %v899 = arith.addi %v897, %v898 : i64
                %v900 = llvm.getelementptr %v54[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v901 = llvm.load %v900 : !llvm.ptr -> f32
                %v902 = arith.mulf %v901, %v889 fastmath<contract> : f32
                %v903 = llvm.load %v38 : !llvm.ptr -> f32
                %v904 = llvm.load %v40 : !llvm.ptr -> f32
                %v905 = arith.mulf %v904, %v903 fastmath<contract> : f32
                %v906 = arith.addf %v902, %v905 fastmath<contract> : f32
                llvm.store %v906, %v38 : f32, !llvm.ptr
                scf.if %v863 {
                  %v907 = arith.muli %v35, %v60 : i64
                  %v908 = arith.muli %v33, %v59 : i64
                  %v909 = arith.addi %v907, %v908 : i64
                  %v910 = arith.muli %v23, %v2 : i64
                  %v911 = arith.addi %v909, %v910 : i64
                  %v912 = llvm.getelementptr %dy_h_first[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v913 = llvm.load %v912 : !llvm.ptr -> f32
                  %v914 = llvm.load %v37 : !llvm.ptr -> f32
                  %v915 = arith.addf %v914, %v913 fastmath<contract> : f32
                  llvm.store %v915, %v37 : f32, !llvm.ptr
                  %v916 = arith.muli %v35, %v60 : i64
                  %v917 = arith.muli %v33, %v59 : i64
                  %v918 = arith.addi %v916, %v917 : i64
                  %v919 = arith.constant 8 : i64
                  %v920 = arith.addi %v919, %v23 : i64
                  %v921 = arith.muli %v920, %v2 : i64
                  %v922 = arith.addi %v918, %v921 : i64
                  %v923 = llvm.getelementptr %dy_h_first[%v922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v924 = llvm.load %v923 : !llvm.ptr -> f32
                  %v925 = llvm.load %v38 : !llvm.ptr -> f32
                  %v926 = arith.addf %v925, %v924 fastmath<contract> : f32
                  llvm.store %v926, %v38 : f32, !llvm.ptr
                }
                %v927 = arith.muli %v33, %v336 : i64
                %v928 = arith.muli %v23, %v2 : i64
                %v929 = arith.addi %v927, %v928 : i64
                %v930 = llvm.getelementptr %in_A[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v931 = llvm.load %v930 : !llvm.ptr -> f32
                %v932 = arith.mulf %v864, %v931 fastmath<contract> : f32
                %v933 = arith.mulf %v932, %v279 fastmath<contract> : f32
                %v934 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v933) : (f32) -> f32
                %v935 = llvm.load %v37 : !llvm.ptr -> f32
                %v936 = arith.mulf %v776, %v935 fastmath<contract> : f32
                %v937 = arith.mulf %v934, %v936 fastmath<contract> : f32
                %v938 = arith.mulf %v864, %v937 fastmath<contract> : f32
                %v939 = llvm.load %v41 : !llvm.ptr -> f32
                %v940 = arith.addf %v939, %v938 fastmath<contract> : f32
                llvm.store %v940, %v41 : f32, !llvm.ptr
                %v941 = arith.muli %v33, %v336 : i64
                %v942 = arith.constant 8 : i64
                %v943 = arith.addi %v942, %v23 : i64
                %v944 = arith.muli %v943, %v2 : i64
                %v945 = arith.addi %v941, %v944 : i64
                %v946 = llvm.getelementptr %in_A[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v947 = llvm.load %v946 : !llvm.ptr -> f32
                %v948 = arith.mulf %v864, %v947 fastmath<contract> : f32
                %v949 = arith.mulf %v948, %v279 fastmath<contract> : f32
                %v950 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v949) : (f32) -> f32
                %v951 = llvm.load %v38 : !llvm.ptr -> f32
                %v952 = arith.mulf %v796, %v951 fastmath<contract> : f32
                %v953 = arith.mulf %v950, %v952 fastmath<contract> : f32
                %v954 = arith.mulf %v864, %v953 fastmath<contract> : f32
                %v955 = llvm.load %v42 : !llvm.ptr -> f32
                %v956 = arith.addf %v955, %v954 fastmath<contract> : f32
                llvm.store %v956, %v42 : f32, !llvm.ptr
                %v957 = arith.mulf %v866, %v935 fastmath<contract> : f32
                %v958 = arith.select %v27, %v957, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v960, %v961 = gpu.shuffle xor %v958, %v959, %v328 : f32
                %v962 = arith.addf %v958, %v960 fastmath<contract> : f32
                %v964, %v965 = gpu.shuffle xor %v962, %v963, %v328 : f32
                %v966 = arith.addf %v962, %v964 fastmath<contract> : f32
                %v967 = arith.divui %v13, %v15 : i64
                %v968 = arith.remui %v13, %v15 : i64
                %v969 = arith.cmpi ult, %v968, %v22 : i64
                %v970 = arith.addi %v57, %v23 : i64
                %v971 = arith.muli %v967, %v1 : i64
                %v972 = arith.addi %v971, %v970 : i64
                %v974 = arith.muli %v972, %v973 : i64
                %v975 = arith.addi %v974, %v874 : i64
                scf.if %v969 {
                  %v976 = llvm.getelementptr %v48[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v966, %v976 : f32, !llvm.ptr
                }
                %v977 = arith.mulf %v866, %v951 fastmath<contract> : f32
                %v978 = arith.select %v27, %v977, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v979, %v980 = gpu.shuffle xor %v978, %v959, %v328 : f32
                %v981 = arith.addf %v978, %v979 fastmath<contract> : f32
                %v982, %v983 = gpu.shuffle xor %v981, %v963, %v328 : f32
                %v984 = arith.addf %v981, %v982 fastmath<contract> : f32
                %v985 = arith.divui %v13, %v15 : i64
                %v986 = arith.remui %v13, %v15 : i64
                %v987 = arith.cmpi ult, %v986, %v22 : i64
                %v988 = arith.addi %v22, %v23 : i64
                %v989 = arith.muli %v985, %v1 : i64
                %v990 = arith.addi %v989, %v988 : i64
                %v991 = arith.muli %v990, %v973 : i64
                %v992 = arith.addi %v991, %v874 : i64
                scf.if %v987 {
                  %v993 = llvm.getelementptr %v48[%v992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v984, %v993 : f32, !llvm.ptr
                }
                %v994 = arith.mulf %v819, %v889 fastmath<contract> : f32
                %v995 = arith.select %v27, %v994, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v996, %v997 = gpu.shuffle xor %v995, %v959, %v328 : f32
                %v998 = arith.addf %v995, %v996 fastmath<contract> : f32
                %v999, %v1000 = gpu.shuffle xor %v998, %v963, %v328 : f32
                %v1001 = arith.addf %v998, %v999 fastmath<contract> : f32
                %v1002 = arith.divui %v13, %v15 : i64
                %v1003 = arith.remui %v13, %v15 : i64
                %v1004 = arith.cmpi ult, %v1003, %v22 : i64
                %v1005 = arith.addi %v57, %v23 : i64
                %v1006 = arith.muli %v1002, %v1 : i64
                %v1007 = arith.addi %v1006, %v1005 : i64
                %v1008 = arith.muli %v1007, %v973 : i64
                %v1009 = arith.addi %v1008, %v874 : i64
                scf.if %v1004 {
                  %v1010 = llvm.getelementptr %v50[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1001, %v1010 : f32, !llvm.ptr
                }
                %v1011 = arith.mulf %v839, %v889 fastmath<contract> : f32
                %v1012 = arith.select %v27, %v1011, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1013, %v1014 = gpu.shuffle xor %v1012, %v959, %v328 : f32
                %v1015 = arith.addf %v1012, %v1013 fastmath<contract> : f32
                %v1016, %v1017 = gpu.shuffle xor %v1015, %v963, %v328 : f32
                %v1018 = arith.addf %v1015, %v1016 fastmath<contract> : f32
                %v1019 = arith.divui %v13, %v15 : i64
                %v1020 = arith.remui %v13, %v15 : i64
                %v1021 = arith.cmpi ult, %v1020, %v22 : i64
                %v1022 = arith.addi %v22, %v23 : i64
                %v1023 = arith.muli %v1019, %v1 : i64
                %v1024 = arith.addi %v1023, %v1022 : i64
                %v1025 = arith.muli %v1024, %v973 : i64
                %v1026 = arith.addi %v1025, %v874 : i64
                scf.if %v1021 {
                  %v1027 = llvm.getelementptr %v50[%v1026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1018, %v1027 : f32, !llvm.ptr
                }
                %v1028 = arith.mulf %v880, %v819 fastmath<contract> : f32
                %v1029 = arith.mulf %v901, %v839 fastmath<contract> : f32
                %v1030 = arith.addf %v1028, %v1029 fastmath<contract> : f32
                llvm.store %v1030, %v840 : f32, !llvm.ptr
                %v1031 = arith.muli %v23, %v182 : i64
                %v1032 = arith.subi %v875, %v152 : i64
                %v1033 = arith.addi %v1031, %v1032 : i64
                %v1034 = llvm.getelementptr %v52[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
                %v1036 = arith.mulf %v1035, %v935 fastmath<contract> : f32
                %v1037 = arith.constant 8 : i64
                %v1038 = arith.addi %v1037, %v23 : i64
                %v1039 = arith.muli %v1038, %v182 : i64
                %v1040 = arith.subi %v875, %v152 : i64
                %v1041 = arith.addi %v1039, %v1040 : i64
                %v1042 = llvm.getelementptr %v52[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
                %v1044 = arith.mulf %v1043, %v951 fastmath<contract> : f32
                %v1045 = arith.addf %v1036, %v1044 fastmath<contract> : f32
                llvm.store %v1045, %v841 : f32, !llvm.ptr
                %v1046 = arith.mulf %v931, %v936 fastmath<contract> : f32
                %v1047 = arith.mulf %v934, %v1046 fastmath<contract> : f32
                %v1048 = arith.mulf %v947, %v952 fastmath<contract> : f32
                %v1049 = arith.mulf %v950, %v1048 fastmath<contract> : f32
                %v1050 = arith.addf %v1047, %v1049 fastmath<contract> : f32
                llvm.store %v1050, %v842 : f32, !llvm.ptr
                llvm.store %v934, %v39 : f32, !llvm.ptr
                llvm.store %v950, %v40 : f32, !llvm.ptr
              }
              %v1051 = llvm.load %v840 : !llvm.ptr -> f32
              %v1052 = llvm.load %v841 : !llvm.ptr -> f32
              %v1053 = llvm.load %v842 : !llvm.ptr -> f32
              %v1054 = arith.addi %v394, %v753 : i64
              %v1056 = arith.cmpi slt, %v1055, %v853 : i32
              %v1057 = arith.cmpi eq, %v1055, %v859 : i32
              %v1058, %v1059 = gpu.shuffle idx %v455, %v136, %v328 : f32
              %v1060, %v1061 = gpu.shuffle idx %v464, %v136, %v328 : f32
              %v1062, %v1063 = gpu.shuffle idx %v478, %v136, %v328 : f32
              %v1064, %v1065 = gpu.shuffle idx %v487, %v136, %v328 : f32
              %v1066, %v1067 = gpu.shuffle idx %v492, %v136, %v328 : f32
              %v1068 = arith.addi %v396, %v2 : i64
              llvm.store %v55, %v840 : f32, !llvm.ptr
              llvm.store %v55, %v841 : f32, !llvm.ptr
              llvm.store %v55, %v842 : f32, !llvm.ptr
              scf.if %v1056 {
                %v1069 = arith.addi %v152, %v1054 : i64
                %v1070 = arith.muli %v23, %v182 : i64
                %v1071 = arith.subi %v1069, %v152 : i64
                %v1072 = arith.addi %v1070, %v1071 : i64
                %v1073 = llvm.getelementptr %v54[%v1072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1074 = llvm.load %v1073 : !llvm.ptr -> f32
                %v1075 = arith.muli %v35, %v263 : i64
                %v1076 = arith.muli %v33, %v262 : i64
                %v1077 = arith.addi %v1075, %v1076 : i64
                %v1078 = arith.subi %v176, %v1069 : i64
                %v1079 = arith.muli %v1078, %v2 : i64
                %v1080 = arith.addi %v1077, %v1079 : i64
                %v1081 = llvm.getelementptr %dy_y[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
                %v1083 = arith.mulf %v1062, %v1082 fastmath<contract> : f32
                %v1084 = arith.mulf %v1074, %v1083 fastmath<contract> : f32
                %v1085 = llvm.load %v37 : !llvm.ptr -> f32
                %v1086 = llvm.load %v39 : !llvm.ptr -> f32
                %v1087 = arith.mulf %v1086, %v1085 fastmath<contract> : f32
                %v1088 = arith.addf %v1084, %v1087 fastmath<contract> : f32
                llvm.store %v1088, %v37 : f32, !llvm.ptr
                %v1089 = arith.constant 8 : i64
                %v1090 = arith.addi %v1089, %v23 : i64
                %v1091 = arith.muli %v1090, %v182 : i64
                %v1092 = arith.subi %v1069, %v152 : i64
                %v1093 = arith.addi %v1091, %v1092 : i64
                %v1094 = llvm.getelementptr %v54[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
                %v1096 = arith.mulf %v1095, %v1083 fastmath<contract> : f32
                %v1097 = llvm.load %v38 : !llvm.ptr -> f32
                %v1098 = llvm.load %v40 : !llvm.ptr -> f32
                %v1099 = arith.mulf %v1098, %v1097 fastmath<contract> : f32
                %v1100 = arith.addf %v1096, %v1099 fastmath<contract> : f32
                llvm.store %v1100, %v38 : f32, !llvm.ptr
                scf.if %v1057 {
                  %v1101 = arith.muli %v35, %v60 : i64
                  %v1102 = arith.muli %v33, %v59 : i64
                  %v1103 = arith.addi %v1101, %v1102 : i64
                  %v1104 = arith.muli %v23, %v2 : i64
                  %v1105 = arith.addi %v1103, %v1104 : i64
                  %v1106 = llvm.getelementptr %dy_h_first[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
                  %v1108 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1109 = arith.addf %v1108, %v1107 fastmath<contract> : f32
                  llvm.store %v1109, %v37 : f32, !llvm.ptr
                  %v1110 = arith.muli %v35, %v60 : i64
                  %v1111 = arith.muli %v33, %v59 : i64
                  %v1112 = arith.addi %v1110, %v1111 : i64
                  %v1113 = arith.constant 8 : i64
                  %v1114 = arith.addi %v1113, %v23 : i64
                  %v1115 = arith.muli %v1114, %v2 : i64
                  %v1116 = arith.addi %v1112, %v1115 : i64
                  %v1117 = llvm.getelementptr %dy_h_first[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
                  %v1119 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1120 = arith.addf %v1119, %v1118 fastmath<contract> : f32
                  llvm.store %v1120, %v38 : f32, !llvm.ptr
                }
                %v1121 = arith.muli %v33, %v336 : i64
                %v1122 = arith.muli %v23, %v2 : i64
                %v1123 = arith.addi %v1121, %v1122 : i64
                %v1124 = llvm.getelementptr %in_A[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
                %v1126 = arith.mulf %v1058, %v1125 fastmath<contract> : f32
                %v1127 = arith.mulf %v1126, %v279 fastmath<contract> : f32
                %v1128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1127) : (f32) -> f32
                %v1129 = llvm.load %v37 : !llvm.ptr -> f32
                %v1130 = arith.mulf %v732, %v1129 fastmath<contract> : f32
                %v1131 = arith.mulf %v1128, %v1130 fastmath<contract> : f32
                %v1132 = arith.mulf %v1058, %v1131 fastmath<contract> : f32
                %v1133 = llvm.load %v41 : !llvm.ptr -> f32
                %v1134 = arith.addf %v1133, %v1132 fastmath<contract> : f32
                llvm.store %v1134, %v41 : f32, !llvm.ptr
                %v1135 = arith.muli %v33, %v336 : i64
                %v1136 = arith.constant 8 : i64
                %v1137 = arith.addi %v1136, %v23 : i64
                %v1138 = arith.muli %v1137, %v2 : i64
                %v1139 = arith.addi %v1135, %v1138 : i64
                %v1140 = llvm.getelementptr %in_A[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1141 = llvm.load %v1140 : !llvm.ptr -> f32
                %v1142 = arith.mulf %v1058, %v1141 fastmath<contract> : f32
                %v1143 = arith.mulf %v1142, %v279 fastmath<contract> : f32
                %v1144 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1143) : (f32) -> f32
                %v1145 = llvm.load %v38 : !llvm.ptr -> f32
                %v1146 = arith.mulf %v752, %v1145 fastmath<contract> : f32
                %v1147 = arith.mulf %v1144, %v1146 fastmath<contract> : f32
                %v1148 = arith.mulf %v1058, %v1147 fastmath<contract> : f32
                %v1149 = llvm.load %v42 : !llvm.ptr -> f32
                %v1150 = arith.addf %v1149, %v1148 fastmath<contract> : f32
                llvm.store %v1150, %v42 : f32, !llvm.ptr
                %v1151 = arith.mulf %v1060, %v1129 fastmath<contract> : f32
                %v1152 = arith.select %v27, %v1151, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1153, %v1154 = gpu.shuffle xor %v1152, %v959, %v328 : f32
                %v1155 = arith.addf %v1152, %v1153 fastmath<contract> : f32
                %v1156, %v1157 = gpu.shuffle xor %v1155, %v963, %v328 : f32
                %v1158 = arith.addf %v1155, %v1156 fastmath<contract> : f32
                %v1159 = arith.divui %v13, %v15 : i64
                %v1160 = arith.remui %v13, %v15 : i64
                %v1161 = arith.cmpi ult, %v1160, %v22 : i64
                %v1162 = arith.addi %v57, %v23 : i64
                %v1163 = arith.muli %v1159, %v1 : i64
                %v1164 = arith.addi %v1163, %v1162 : i64
                %v1165 = arith.muli %v1164, %v973 : i64
                %v1166 = arith.addi %v1165, %v1068 : i64
                scf.if %v1161 {
                  %v1167 = llvm.getelementptr %v48[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1158, %v1167 : f32, !llvm.ptr
                }
                %v1168 = arith.mulf %v1060, %v1145 fastmath<contract> : f32
                %v1169 = arith.select %v27, %v1168, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1170, %v1171 = gpu.shuffle xor %v1169, %v959, %v328 : f32
                %v1172 = arith.addf %v1169, %v1170 fastmath<contract> : f32
                %v1173, %v1174 = gpu.shuffle xor %v1172, %v963, %v328 : f32
                %v1175 = arith.addf %v1172, %v1173 fastmath<contract> : f32
                %v1176 = arith.divui %v13, %v15 : i64
                %v1177 = arith.remui %v13, %v15 : i64
                %v1178 = arith.cmpi ult, %v1177, %v22 : i64
                %v1179 = arith.addi %v22, %v23 : i64
                %v1180 = arith.muli %v1176, %v1 : i64
                %v1181 = arith.addi %v1180, %v1179 : i64
                %v1182 = arith.muli %v1181, %v973 : i64
                %v1183 = arith.addi %v1182, %v1068 : i64
                scf.if %v1178 {
                  %v1184 = llvm.getelementptr %v48[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1175, %v1184 : f32, !llvm.ptr
                }
                %v1185 = arith.mulf %v776, %v1083 fastmath<contract> : f32
                %v1186 = arith.select %v27, %v1185, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1187, %v1188 = gpu.shuffle xor %v1186, %v959, %v328 : f32
                %v1189 = arith.addf %v1186, %v1187 fastmath<contract> : f32
                %v1190, %v1191 = gpu.shuffle xor %v1189, %v963, %v328 : f32
                %v1192 = arith.addf %v1189, %v1190 fastmath<contract> : f32
                %v1193 = arith.divui %v13, %v15 : i64
                %v1194 = arith.remui %v13, %v15 : i64
                %v1195 = arith.cmpi ult, %v1194, %v22 : i64
                %v1196 = arith.addi %v57, %v23 : i64
                %v1197 = arith.muli %v1193, %v1 : i64
                %v1198 = arith.addi %v1197, %v1196 : i64
                %v1199 = arith.muli %v1198, %v973 : i64
                %v1200 = arith.addi %v1199, %v1068 : i64
                scf.if %v1195 {
                  %v1201 = llvm.getelementptr %v50[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1192, %v1201 : f32, !llvm.ptr
                }
                %v1202 = arith.mulf %v796, %v1083 fastmath<contract> : f32
                %v1203 = arith.select %v27, %v1202, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1204, %v1205 = gpu.shuffle xor %v1203, %v959, %v328 : f32
                %v1206 = arith.addf %v1203, %v1204 fastmath<contract> : f32
                %v1207, %v1208 = gpu.shuffle xor %v1206, %v963, %v328 : f32
                %v1209 = arith.addf %v1206, %v1207 fastmath<contract> : f32
                %v1210 = arith.divui %v13, %v15 : i64
                %v1211 = arith.remui %v13, %v15 : i64
                %v1212 = arith.cmpi ult, %v1211, %v22 : i64
                %v1213 = arith.addi %v22, %v23 : i64
                %v1214 = arith.muli %v1210, %v1 : i64
                %v1215 = arith.addi %v1214, %v1213 : i64
                %v1216 = arith.muli %v1215, %v973 : i64
                %v1217 = arith.addi %v1216, %v1068 : i64
                scf.if %v1212 {
                  %v1218 = llvm.getelementptr %v50[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1209, %v1218 : f32, !llvm.ptr
                }
                %v1219 = arith.mulf %v1074, %v776 fastmath<contract> : f32
                %v1220 = arith.mulf %v1095, %v796 fastmath<contract> : f32
                %v1221 = arith.addf %v1219, %v1220 fastmath<contract> : f32
                llvm.store %v1221, %v840 : f32, !llvm.ptr
                %v1222 = arith.muli %v23, %v182 : i64
                %v1223 = arith.subi %v1069, %v152 : i64
                %v1224 = arith.addi %v1222, %v1223 : i64
                %v1225 = llvm.getelementptr %v52[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1226 = llvm.load %v1225 : !llvm.ptr -> f32
                %v1227 = arith.mulf %v1226, %v1129 fastmath<contract> : f32
                %v1228 = arith.constant 8 : i64
                %v1229 = arith.addi %v1228, %v23 : i64
                %v1230 = arith.muli %v1229, %v182 : i64
                %v1231 = arith.subi %v1069, %v152 : i64
                %v1232 = arith.addi %v1230, %v1231 : i64
                %v1233 = llvm.getelementptr %v52[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
                %v1235 = arith.mulf %v1234, %v1145 fastmath<contract> : f32
                %v1236 = arith.addf %v1227, %v1235 fastmath<contract> : f32
                llvm.store %v1236, %v841 : f32, !llvm.ptr
                %v1237 = arith.mulf %v1125, %v1130 fastmath<contract> : f32
                %v1238 = arith.mulf %v1128, %v1237 fastmath<contract> : f32
                %v1239 = arith.mulf %v1141, %v1146 fastmath<contract> : f32
                %v1240 = arith.mulf %v1144, %v1239 fastmath<contract> : f32
                %v1241 = arith.addf %v1238, %v1240 fastmath<contract> : f32
                llvm.store %v1241, %v842 : f32, !llvm.ptr
                llvm.store %v1128, %v39 : f32, !llvm.ptr
                llvm.store %v1144, %v40 : f32, !llvm.ptr
              }
              %v1242 = llvm.load %v840 : !llvm.ptr -> f32
              %v1243 = arith.select %v845, %v1242, %v1051 : f32
              %v1244 = arith.select %v845, %v1051, %v1242 : f32
              %v1246, %v1247 = gpu.shuffle xor %v1243, %v1245, %v328 : f32
              %v1248 = arith.addf %v1244, %v1246 fastmath<contract> : f32
              %v1249 = llvm.load %v841 : !llvm.ptr -> f32
              %v1250 = arith.select %v845, %v1249, %v1052 : f32
              %v1251 = arith.select %v845, %v1052, %v1249 : f32
              %v1252, %v1253 = gpu.shuffle xor %v1250, %v1245, %v328 : f32
              %v1254 = arith.addf %v1251, %v1252 fastmath<contract> : f32
              %v1255 = llvm.load %v842 : !llvm.ptr -> f32
              %v1256 = arith.select %v845, %v1255, %v1053 : f32
              %v1257 = arith.select %v845, %v1053, %v1255 : f32
              %v1258, %v1259 = gpu.shuffle xor %v1256, %v1245, %v328 : f32
              %v1260 = arith.addf %v1257, %v1258 fastmath<contract> : f32
              %v1261 = arith.addi %v394, %v709 : i64
              %v1263 = arith.cmpi slt, %v1262, %v853 : i32
              %v1264 = arith.cmpi eq, %v1262, %v859 : i32
              %v1265, %v1266 = gpu.shuffle idx %v455, %v132, %v328 : f32
              %v1267, %v1268 = gpu.shuffle idx %v464, %v132, %v328 : f32
              %v1269, %v1270 = gpu.shuffle idx %v478, %v132, %v328 : f32
              %v1271, %v1272 = gpu.shuffle idx %v487, %v132, %v328 : f32
              %v1273, %v1274 = gpu.shuffle idx %v492, %v132, %v328 : f32
              %v1275 = arith.addi %v396, %v579 : i64
              llvm.store %v55, %v840 : f32, !llvm.ptr
              llvm.store %v55, %v841 : f32, !llvm.ptr
              llvm.store %v55, %v842 : f32, !llvm.ptr
              scf.if %v1263 {
                %v1276 = arith.addi %v152, %v1261 : i64
                %v1277 = arith.muli %v23, %v182 : i64
                %v1278 = arith.subi %v1276, %v152 : i64
                %v1279 = arith.addi %v1277, %v1278 : i64
                %v1280 = llvm.getelementptr %v54[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1281 = llvm.load %v1280 : !llvm.ptr -> f32
                %v1282 = arith.muli %v35, %v263 : i64
                %v1283 = arith.muli %v33, %v262 : i64
                %v1284 = arith.addi %v1282, %v1283 : i64
                %v1285 = arith.subi %v176, %v1276 : i64
                %v1286 = arith.muli %v1285, %v2 : i64
                %v1287 = arith.addi %v1284, %v1286 : i64
                %v1288 = llvm.getelementptr %dy_y[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                %v1290 = arith.mulf %v1269, %v1289 fastmath<contract> : f32
                %v1291 = arith.mulf %v1281, %v1290 fastmath<contract> : f32
                %v1292 = llvm.load %v37 : !llvm.ptr -> f32
                %v1293 = llvm.load %v39 : !llvm.ptr -> f32
                %v1294 = arith.mulf %v1293, %v1292 fastmath<contract> : f32
                %v1295 = arith.addf %v1291, %v1294 fastmath<contract> : f32
                llvm.store %v1295, %v37 : f32, !llvm.ptr
                %v1296 = arith.constant 8 : i64
                %v1297 = arith.addi %v1296, %v23 : i64
                %v1298 = arith.muli %v1297, %v182 : i64
                %v1299 = arith.subi %v1276, %v152 : i64
                %v1300 = arith.addi %v1298, %v1299 : i64
                %v1301 = llvm.getelementptr %v54[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
                %v1303 = arith.mulf %v1302, %v1290 fastmath<contract> : f32
                %v1304 = llvm.load %v38 : !llvm.ptr -> f32
                %v1305 = llvm.load %v40 : !llvm.ptr -> f32
                %v1306 = arith.mulf %v1305, %v1304 fastmath<contract> : f32
                %v1307 = arith.addf %v1303, %v1306 fastmath<contract> : f32
                llvm.store %v1307, %v38 : f32, !llvm.ptr
                scf.if %v1264 {
                  %v1308 = arith.muli %v35, %v60 : i64
                  %v1309 = arith.muli %v33, %v59 : i64
                  %v1310 = arith.addi %v1308, %v1309 : i64
                  %v1311 = arith.muli %v23, %v2 : i64
                  %v1312 = arith.addi %v1310, %v1311 : i64
                  %v1313 = llvm.getelementptr %dy_h_first[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1314 = llvm.load %v1313 : !llvm.ptr -> f32
                  %v1315 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1316 = arith.addf %v1315, %v1314 fastmath<contract> : f32
                  llvm.store %v1316, %v37 : f32, !llvm.ptr
                  %v1317 = arith.muli %v35, %v60 : i64
                  %v1318 = arith.muli %v33, %v59 : i64
                  %v1319 = arith.addi %v1317, %v1318 : i64
                  %v1320 = arith.constant 8 : i64
                  %v1321 = arith.addi %v1320, %v23 : i64
                  %v1322 = arith.muli %v1321, %v2 : i64
                  %v1323 = arith.addi %v1319, %v1322 : i64
                  %v1324 = llvm.getelementptr %dy_h_first[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1325 = llvm.load %v1324 : !llvm.ptr -> f32
                  %v1326 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1327 = arith.addf %v1326, %v1325 fastmath<contract> : f32
                  llvm.store %v1327, %v38 : f32, !llvm.ptr
                }
                %v1328 = arith.muli %v33, %v336 : i64
                %v1329 = arith.muli %v23, %v2 : i64
                %v1330 = arith.addi %v1328, %v1329 : i64
                %v1331 = llvm.getelementptr %in_A[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
                %v1333 = arith.mulf %v1265, %v1332 fastmath<contract> : f32
                %v1334 = arith.mulf %v1333, %v279 fastmath<contract> : f32
                %v1335 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1334) : (f32) -> f32
                %v1336 = llvm.load %v37 : !llvm.ptr -> f32
                %v1337 = arith.mulf %v688, %v1336 fastmath<contract> : f32
                %v1338 = arith.mulf %v1335, %v1337 fastmath<contract> : f32
                %v1339 = arith.mulf %v1265, %v1338 fastmath<contract> : f32
                %v1340 = llvm.load %v41 : !llvm.ptr -> f32
                %v1341 = arith.addf %v1340, %v1339 fastmath<contract> : f32
                llvm.store %v1341, %v41 : f32, !llvm.ptr
                %v1342 = arith.muli %v33, %v336 : i64
                %v1343 = arith.constant 8 : i64
                %v1344 = arith.addi %v1343, %v23 : i64
                %v1345 = arith.muli %v1344, %v2 : i64
                %v1346 = arith.addi %v1342, %v1345 : i64
                %v1347 = llvm.getelementptr %in_A[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                %v1349 = arith.mulf %v1265, %v1348 fastmath<contract> : f32
                %v1350 = arith.mulf %v1349, %v279 fastmath<contract> : f32
                %v1351 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1350) : (f32) -> f32
                %v1352 = llvm.load %v38 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v708, %v1352 fastmath<contract> : f32
                %v1354 = arith.mulf %v1351, %v1353 fastmath<contract> : f32
                %v1355 = arith.mulf %v1265, %v1354 fastmath<contract> : f32
                %v1356 = llvm.load %v42 : !llvm.ptr -> f32
                %v1357 = arith.addf %v1356, %v1355 fastmath<contract> : f32
                llvm.store %v1357, %v42 : f32, !llvm.ptr
                %v1358 = arith.mulf %v1267, %v1336 fastmath<contract> : f32
                %v1359 = arith.select %v27, %v1358, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1360, %v1361 = gpu.shuffle xor %v1359, %v959, %v328 : f32
                %v1362 = arith.addf %v1359, %v1360 fastmath<contract> : f32
                %v1363, %v1364 = gpu.shuffle xor %v1362, %v963, %v328 : f32
                %v1365 = arith.addf %v1362, %v1363 fastmath<contract> : f32
                %v1366 = arith.divui %v13, %v15 : i64
                %v1367 = arith.remui %v13, %v15 : i64
                %v1368 = arith.cmpi ult, %v1367, %v22 : i64
                %v1369 = arith.addi %v57, %v23 : i64
                %v1370 = arith.muli %v1366, %v1 : i64
                %v1371 = arith.addi %v1370, %v1369 : i64
                %v1372 = arith.muli %v1371, %v973 : i64
                %v1373 = arith.addi %v1372, %v1275 : i64
                scf.if %v1368 {
                  %v1374 = llvm.getelementptr %v48[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1365, %v1374 : f32, !llvm.ptr
                }
                %v1375 = arith.mulf %v1267, %v1352 fastmath<contract> : f32
                %v1376 = arith.select %v27, %v1375, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1377, %v1378 = gpu.shuffle xor %v1376, %v959, %v328 : f32
                %v1379 = arith.addf %v1376, %v1377 fastmath<contract> : f32
                %v1380, %v1381 = gpu.shuffle xor %v1379, %v963, %v328 : f32
                %v1382 = arith.addf %v1379, %v1380 fastmath<contract> : f32
                %v1383 = arith.divui %v13, %v15 : i64
                %v1384 = arith.remui %v13, %v15 : i64
                %v1385 = arith.cmpi ult, %v1384, %v22 : i64
                %v1386 = arith.addi %v22, %v23 : i64
                %v1387 = arith.muli %v1383, %v1 : i64
                %v1388 = arith.addi %v1387, %v1386 : i64
                %v1389 = arith.muli %v1388, %v973 : i64
                %v1390 = arith.addi %v1389, %v1275 : i64
                scf.if %v1385 {
                  %v1391 = llvm.getelementptr %v48[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1382, %v1391 : f32, !llvm.ptr
                }
                %v1392 = arith.mulf %v732, %v1290 fastmath<contract> : f32
                %v1393 = arith.select %v27, %v1392, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1394, %v1395 = gpu.shuffle xor %v1393, %v959, %v328 : f32
                %v1396 = arith.addf %v1393, %v1394 fastmath<contract> : f32
                %v1397, %v1398 = gpu.shuffle xor %v1396, %v963, %v328 : f32
                %v1399 = arith.addf %v1396, %v1397 fastmath<contract> : f32
                %v1400 = arith.divui %v13, %v15 : i64
                %v1401 = arith.remui %v13, %v15 : i64
                %v1402 = arith.cmpi ult, %v1401, %v22 : i64
                %v1403 = arith.addi %v57, %v23 : i64
                %v1404 = arith.muli %v1400, %v1 : i64
                %v1405 = arith.addi %v1404, %v1403 : i64
                %v1406 = arith.muli %v1405, %v973 : i64
                %v1407 = arith.addi %v1406, %v1275 : i64
                scf.if %v1402 {
                  %v1408 = llvm.getelementptr %v50[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1399, %v1408 : f32, !llvm.ptr
                }
                %v1409 = arith.mulf %v752, %v1290 fastmath<contract> : f32
                %v1410 = arith.select %v27, %v1409, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1411, %v1412 = gpu.shuffle xor %v1410, %v959, %v328 : f32
                %v1413 = arith.addf %v1410, %v1411 fastmath<contract> : f32
                %v1414, %v1415 = gpu.shuffle xor %v1413, %v963, %v328 : f32
                %v1416 = arith.addf %v1413, %v1414 fastmath<contract> : f32
                %v1417 = arith.divui %v13, %v15 : i64
                %v1418 = arith.remui %v13, %v15 : i64
                %v1419 = arith.cmpi ult, %v1418, %v22 : i64
                %v1420 = arith.addi %v22, %v23 : i64
                %v1421 = arith.muli %v1417, %v1 : i64
                %v1422 = arith.addi %v1421, %v1420 : i64
                %v1423 = arith.muli %v1422, %v973 : i64
                %v1424 = arith.addi %v1423, %v1275 : i64
                scf.if %v1419 {
                  %v1425 = llvm.getelementptr %v50[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1416, %v1425 : f32, !llvm.ptr
                }
                %v1426 = arith.mulf %v1281, %v732 fastmath<contract> : f32
                %v1427 = arith.mulf %v1302, %v752 fastmath<contract> : f32
                %v1428 = arith.addf %v1426, %v1427 fastmath<contract> : f32
                llvm.store %v1428, %v840 : f32, !llvm.ptr
                %v1429 = arith.muli %v23, %v182 : i64
                %v1430 = arith.subi %v1276, %v152 : i64
                %v1431 = arith.addi %v1429, %v1430 : i64
                %v1432 = llvm.getelementptr %v52[%v1431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1433 = llvm.load %v1432 : !llvm.ptr -> f32
                %v1434 = arith.mulf %v1433, %v1336 fastmath<contract> : f32
                %v1435 = arith.constant 8 : i64
                %v1436 = arith.addi %v1435, %v23 : i64
                %v1437 = arith.muli %v1436, %v182 : i64
                %v1438 = arith.subi %v1276, %v152 : i64
                %v1439 = arith.addi %v1437, %v1438 : i64
                %v1440 = llvm.getelementptr %v52[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
                %v1442 = arith.mulf %v1441, %v1352 fastmath<contract> : f32
                %v1443 = arith.addf %v1434, %v1442 fastmath<contract> : f32
                llvm.store %v1443, %v841 : f32, !llvm.ptr
                %v1444 = arith.mulf %v1332, %v1337 fastmath<contract> : f32
                %v1445 = arith.mulf %v1335, %v1444 fastmath<contract> : f32
                %v1446 = arith.mulf %v1348, %v1353 fastmath<contract> : f32
                %v1447 = arith.mulf %v1351, %v1446 fastmath<contract> : f32
                %v1448 = arith.addf %v1445, %v1447 fastmath<contract> : f32
                llvm.store %v1448, %v842 : f32, !llvm.ptr
                llvm.store %v1335, %v39 : f32, !llvm.ptr
                llvm.store %v1351, %v40 : f32, !llvm.ptr
              }
              %v1449 = llvm.load %v840 : !llvm.ptr -> f32
              %v1450 = llvm.load %v841 : !llvm.ptr -> f32
              %v1451 = llvm.load %v842 : !llvm.ptr -> f32
              %v1452 = arith.addi %v394, %v376 : i64
              %v1454 = arith.cmpi slt, %v1453, %v853 : i32
              %v1455 = arith.cmpi eq, %v1453, %v859 : i32
              %v1456, %v1457 = gpu.shuffle idx %v455, %v128, %v328 : f32
              %v1458, %v1459 = gpu.shuffle idx %v464, %v128, %v328 : f32
              %v1460, %v1461 = gpu.shuffle idx %v478, %v128, %v328 : f32
              %v1462, %v1463 = gpu.shuffle idx %v487, %v128, %v328 : f32
              %v1464, %v1465 = gpu.shuffle idx %v492, %v128, %v328 : f32
              %v1466 = arith.addi %v396, %v375 : i64
              llvm.store %v55, %v840 : f32, !llvm.ptr
              llvm.store %v55, %v841 : f32, !llvm.ptr
              llvm.store %v55, %v842 : f32, !llvm.ptr
              scf.if %v1454 {
                %v1467 = arith.addi %v152, %v1452 : i64
                %v1468 = arith.muli %v23, %v182 : i64
                %v1469 = arith.subi %v1467, %v152 : i64
                %v1470 = arith.addi %v1468, %v1469 : i64
                %v1471 = llvm.getelementptr %v54[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
                %v1473 = arith.muli %v35, %v263 : i64
                %v1474 = arith.muli %v33, %v262 : i64
                %v1475 = arith.addi %v1473, %v1474 : i64
                %v1476 = arith.subi %v176, %v1467 : i64
                %v1477 = arith.muli %v1476, %v2 : i64
                %v1478 = arith.addi %v1475, %v1477 : i64
                %v1479 = llvm.getelementptr %dy_y[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
                %v1481 = arith.mulf %v1460, %v1480 fastmath<contract> : f32
                %v1482 = arith.mulf %v1472, %v1481 fastmath<contract> : f32
                %v1483 = llvm.load %v37 : !llvm.ptr -> f32
                %v1484 = llvm.load %v39 : !llvm.ptr -> f32
                %v1485 = arith.mulf %v1484, %v1483 fastmath<contract> : f32
                %v1486 = arith.addf %v1482, %v1485 fastmath<contract> : f32
                llvm.store %v1486, %v37 : f32, !llvm.ptr
                %v1487 = arith.constant 8 : i64
                %v1488 = arith.addi %v1487, %v23 : i64
                %v1489 = arith.muli %v1488, %v182 : i64
                %v1490 = arith.subi %v1467, %v152 : i64
                %v1491 = arith.addi %v1489, %v1490 : i64
                %v1492 = llvm.getelementptr %v54[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
                %v1494 = arith.mulf %v1493, %v1481 fastmath<contract> : f32
                %v1495 = llvm.load %v38 : !llvm.ptr -> f32
                %v1496 = llvm.load %v40 : !llvm.ptr -> f32
                %v1497 = arith.mulf %v1496, %v1495 fastmath<contract> : f32
                %v1498 = arith.addf %v1494, %v1497 fastmath<contract> : f32
                llvm.store %v1498, %v38 : f32, !llvm.ptr
                scf.if %v1455 {
                  %v1499 = arith.muli %v35, %v60 : i64
                  %v1500 = arith.muli %v33, %v59 : i64
                  %v1501 = arith.addi %v1499, %v1500 : i64
                  %v1502 = arith.muli %v23, %v2 : i64
                  %v1503 = arith.addi %v1501, %v1502 : i64
                  %v1504 = llvm.getelementptr %dy_h_first[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1505 = llvm.load %v1504 : !llvm.ptr -> f32
                  %v1506 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1507 = arith.addf %v1506, %v1505 fastmath<contract> : f32
                  llvm.store %v1507, %v37 : f32, !llvm.ptr
                  %v1508 = arith.muli %v35, %v60 : i64
                  %v1509 = arith.muli %v33, %v59 : i64
                  %v1510 = arith.addi %v1508, %v1509 : i64
                  %v1511 = arith.constant 8 : i64
                  %v1512 = arith.addi %v1511, %v23 : i64
                  %v1513 = arith.muli %v1512, %v2 : i64
                  %v1514 = arith.addi %v1510, %v1513 : i64
                  %v1515 = llvm.getelementptr %dy_h_first[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1516 = llvm.load %v1515 : !llvm.ptr -> f32
                  %v1517 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1518 = arith.addf %v1517, %v1516 fastmath<contract> : f32
                  llvm.store %v1518, %v38 : f32, !llvm.ptr
                }
                %v1519 = arith.muli %v33, %v336 : i64
                %v1520 = arith.muli %v23, %v2 : i64
                %v1521 = arith.addi %v1519, %v1520 : i64
                %v1522 = llvm.getelementptr %in_A[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
                %v1524 = arith.mulf %v1456, %v1523 fastmath<contract> : f32
                %v1525 = arith.mulf %v1524, %v279 fastmath<contract> : f32
                %v1526 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1525) : (f32) -> f32
                %v1527 = llvm.load %v37 : !llvm.ptr -> f32
                %v1528 = arith.mulf %v645, %v1527 fastmath<contract> : f32
                %v1529 = arith.mulf %v1526, %v1528 fastmath<contract> : f32
                %v1530 = arith.mulf %v1456, %v1529 fastmath<contract> : f32
                %v1531 = llvm.load %v41 : !llvm.ptr -> f32
                %v1532 = arith.addf %v1531, %v1530 fastmath<contract> : f32
                llvm.store %v1532, %v41 : f32, !llvm.ptr
                %v1533 = arith.muli %v33, %v336 : i64
                %v1534 = arith.constant 8 : i64
                %v1535 = arith.addi %v1534, %v23 : i64
                %v1536 = arith.muli %v1535, %v2 : i64
                %v1537 = arith.addi %v1533, %v1536 : i64
                %v1538 = llvm.getelementptr %in_A[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1539 = llvm.load %v1538 : !llvm.ptr -> f32
                %v1540 = arith.mulf %v1456, %v1539 fastmath<contract> : f32
                %v1541 = arith.mulf %v1540, %v279 fastmath<contract> : f32
                %v1542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1541) : (f32) -> f32
                %v1543 = llvm.load %v38 : !llvm.ptr -> f32
                %v1544 = arith.mulf %v665, %v1543 fastmath<contract> : f32
                %v1545 = arith.mulf %v1542, %v1544 fastmath<contract> : f32
                %v1546 = arith.mulf %v1456, %v1545 fastmath<contract> : f32
                %v1547 = llvm.load %v42 : !llvm.ptr -> f32
                %v1548 = arith.addf %v1547, %v1546 fastmath<contract> : f32
                llvm.store %v1548, %v42 : f32, !llvm.ptr
                %v1549 = arith.mulf %v1458, %v1527 fastmath<contract> : f32
                %v1550 = arith.select %v27, %v1549, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1551, %v1552 = gpu.shuffle xor %v1550, %v959, %v328 : f32
                %v1553 = arith.addf %v1550, %v1551 fastmath<contract> : f32
                %v1554, %v1555 = gpu.shuffle xor %v1553, %v963, %v328 : f32
                %v1556 = arith.addf %v1553, %v1554 fastmath<contract> : f32
                %v1557 = arith.divui %v13, %v15 : i64
                %v1558 = arith.remui %v13, %v15 : i64
                %v1559 = arith.cmpi ult, %v1558, %v22 : i64
                %v1560 = arith.addi %v57, %v23 : i64
                %v1561 = arith.muli %v1557, %v1 : i64
                %v1562 = arith.addi %v1561, %v1560 : i64
                %v1563 = arith.muli %v1562, %v973 : i64
                %v1564 = arith.addi %v1563, %v1466 : i64
                scf.if %v1559 {
                  %v1565 = llvm.getelementptr %v48[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1556, %v1565 : f32, !llvm.ptr
                }
                %v1566 = arith.mulf %v1458, %v1543 fastmath<contract> : f32
                %v1567 = arith.select %v27, %v1566, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1568, %v1569 = gpu.shuffle xor %v1567, %v959, %v328 : f32
                %v1570 = arith.addf %v1567, %v1568 fastmath<contract> : f32
                %v1571, %v1572 = gpu.shuffle xor %v1570, %v963, %v328 : f32
                %v1573 = arith.addf %v1570, %v1571 fastmath<contract> : f32
                %v1574 = arith.divui %v13, %v15 : i64
                %v1575 = arith.remui %v13, %v15 : i64
                %v1576 = arith.cmpi ult, %v1575, %v22 : i64
                %v1577 = arith.addi %v22, %v23 : i64
                %v1578 = arith.muli %v1574, %v1 : i64
                %v1579 = arith.addi %v1578, %v1577 : i64
                %v1580 = arith.muli %v1579, %v973 : i64
                %v1581 = arith.addi %v1580, %v1466 : i64
                scf.if %v1576 {
                  %v1582 = llvm.getelementptr %v48[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1573, %v1582 : f32, !llvm.ptr
                }
                %v1583 = arith.mulf %v688, %v1481 fastmath<contract> : f32
                %v1584 = arith.select %v27, %v1583, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1585, %v1586 = gpu.shuffle xor %v1584, %v959, %v328 : f32
                %v1587 = arith.addf %v1584, %v1585 fastmath<contract> : f32
                %v1588, %v1589 = gpu.shuffle xor %v1587, %v963, %v328 : f32
                %v1590 = arith.addf %v1587, %v1588 fastmath<contract> : f32
                %v1591 = arith.divui %v13, %v15 : i64
                %v1592 = arith.remui %v13, %v15 : i64
                %v1593 = arith.cmpi ult, %v1592, %v22 : i64
                %v1594 = arith.addi %v57, %v23 : i64
                %v1595 = arith.muli %v1591, %v1 : i64
                %v1596 = arith.addi %v1595, %v1594 : i64
                %v1597 = arith.muli %v1596, %v973 : i64
                %v1598 = arith.addi %v1597, %v1466 : i64
                scf.if %v1593 {
                  %v1599 = llvm.getelementptr %v50[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1590, %v1599 : f32, !llvm.ptr
                }
                %v1600 = arith.mulf %v708, %v1481 fastmath<contract> : f32
                %v1601 = arith.select %v27, %v1600, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1602, %v1603 = gpu.shuffle xor %v1601, %v959, %v328 : f32
                %v1604 = arith.addf %v1601, %v1602 fastmath<contract> : f32
                %v1605, %v1606 = gpu.shuffle xor %v1604, %v963, %v328 : f32
                %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
                %v1608 = arith.divui %v13, %v15 : i64
                %v1609 = arith.remui %v13, %v15 : i64
                %v1610 = arith.cmpi ult, %v1609, %v22 : i64
                %v1611 = arith.addi %v22, %v23 : i64
                %v1612 = arith.muli %v1608, %v1 : i64
                %v1613 = arith.addi %v1612, %v1611 : i64
                %v1614 = arith.muli %v1613, %v973 : i64
                %v1615 = arith.addi %v1614, %v1466 : i64
                scf.if %v1610 {
                  %v1616 = llvm.getelementptr %v50[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1607, %v1616 : f32, !llvm.ptr
                }
                %v1617 = arith.mulf %v1472, %v688 fastmath<contract> : f32
                %v1618 = arith.mulf %v1493, %v708 fastmath<contract> : f32
                %v1619 = arith.addf %v1617, %v1618 fastmath<contract> : f32
                llvm.store %v1619, %v840 : f32, !llvm.ptr
                %v1620 = arith.muli %v23, %v182 : i64
                %v1621 = arith.subi %v1467, %v152 : i64
                %v1622 = arith.addi %v1620, %v1621 : i64
                %v1623 = llvm.getelementptr %v52[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
                %v1625 = arith.mulf %v1624, %v1527 fastmath<contract> : f32
                %v1626 = arith.constant 8 : i64
                %v1627 = arith.addi %v1626, %v23 : i64
                %v1628 = arith.muli %v1627, %v182 : i64
                %v1629 = arith.subi %v1467, %v152 : i64
                %v1630 = arith.addi %v1628, %v1629 : i64
                %v1631 = llvm.getelementptr %v52[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1632 = llvm.load %v1631 : !llvm.ptr -> f32
                %v1633 = arith.mulf %v1632, %v1543 fastmath<contract> : f32
                %v1634 = arith.addf %v1625, %v1633 fastmath<contract> : f32
                llvm.store %v1634, %v841 : f32, !llvm.ptr
                %v1635 = arith.mulf %v1523, %v1528 fastmath<contract> : f32
                %v1636 = arith.mulf %v1526, %v1635 fastmath<contract> : f32
                %v1637 = arith.mulf %v1539, %v1544 fastmath<contract> : f32
                %v1638 = arith.mulf %v1542, %v1637 fastmath<contract> : f32
                %v1639 = arith.addf %v1636, %v1638 fastmath<contract> : f32
                llvm.store %v1639, %v842 : f32, !llvm.ptr
                llvm.store %v1526, %v39 : f32, !llvm.ptr
                llvm.store %v1542, %v40 : f32, !llvm.ptr
              }
              %v1640 = llvm.load %v840 : !llvm.ptr -> f32
              %v1641 = arith.select %v845, %v1640, %v1449 : f32
              %v1642 = arith.select %v845, %v1449, %v1640 : f32
              %v1643, %v1644 = gpu.shuffle xor %v1641, %v1245, %v328 : f32
              %v1645 = arith.addf %v1642, %v1643 fastmath<contract> : f32
              %v1646 = arith.select %v848, %v1645, %v1248 : f32
              %v1647 = arith.select %v848, %v1248, %v1645 : f32
              %v1649, %v1650 = gpu.shuffle xor %v1646, %v1648, %v328 : f32
              %v1651 = arith.addf %v1647, %v1649 fastmath<contract> : f32
              %v1652 = llvm.load %v841 : !llvm.ptr -> f32
              %v1653 = arith.select %v845, %v1652, %v1450 : f32
              %v1654 = arith.select %v845, %v1450, %v1652 : f32
              %v1655, %v1656 = gpu.shuffle xor %v1653, %v1245, %v328 : f32
              %v1657 = arith.addf %v1654, %v1655 fastmath<contract> : f32
              %v1658 = arith.select %v848, %v1657, %v1254 : f32
              %v1659 = arith.select %v848, %v1254, %v1657 : f32
              %v1660, %v1661 = gpu.shuffle xor %v1658, %v1648, %v328 : f32
              %v1662 = arith.addf %v1659, %v1660 fastmath<contract> : f32
              %v1663 = llvm.load %v842 : !llvm.ptr -> f32
              %v1664 = arith.select %v845, %v1663, %v1451 : f32
              %v1665 = arith.select %v845, %v1451, %v1663 : f32
              %v1666, %v1667 = gpu.shuffle xor %v1664, %v1245, %v328 : f32
              %v1668 = arith.addf %v1665, %v1666 fastmath<contract> : f32
              %v1669 = arith.select %v848, %v1668, %v1260 : f32
              %v1670 = arith.select %v848, %v1260, %v1668 : f32
              %v1671, %v1672 = gpu.shuffle xor %v1669, %v1648, %v328 : f32
              %v1673 = arith.addf %v1670, %v1671 fastmath<contract> : f32
              %v1674 = arith.addi %v394, %v375 : i64
              %v1676 = arith.cmpi slt, %v1675, %v853 : i32
              %v1677 = arith.cmpi eq, %v1675, %v859 : i32
              %v1678, %v1679 = gpu.shuffle idx %v455, %v124, %v328 : f32
              %v1680, %v1681 = gpu.shuffle idx %v464, %v124, %v328 : f32
              %v1682, %v1683 = gpu.shuffle idx %v478, %v124, %v328 : f32
              %v1684, %v1685 = gpu.shuffle idx %v487, %v124, %v328 : f32
              %v1686, %v1687 = gpu.shuffle idx %v492, %v124, %v328 : f32
              %v1688 = arith.addi %v396, %v376 : i64
              llvm.store %v55, %v840 : f32, !llvm.ptr
              llvm.store %v55, %v841 : f32, !llvm.ptr
              llvm.store %v55, %v842 : f32, !llvm.ptr
              scf.if %v1676 {
                %v1689 = arith.addi %v152, %v1674 : i64
                %v1690 = arith.muli %v23, %v182 : i64
                %v1691 = arith.subi %v1689, %v152 : i64
                %v1692 = arith.addi %v1690, %v1691 : i64
                %v1693 = llvm.getelementptr %v54[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
                %v1695 = arith.muli %v35, %v263 : i64
                %v1696 = arith.muli %v33, %v262 : i64
                %v1697 = arith.addi %v1695, %v1696 : i64
                %v1698 = arith.subi %v176, %v1689 : i64
                %v1699 = arith.muli %v1698, %v2 : i64
                %v1700 = arith.addi %v1697, %v1699 : i64
                %v1701 = llvm.getelementptr %dy_y[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
                %v1703 = arith.mulf %v1682, %v1702 fastmath<contract> : f32
                %v1704 = arith.mulf %v1694, %v1703 fastmath<contract> : f32
                %v1705 = llvm.load %v37 : !llvm.ptr -> f32
                %v1706 = llvm.load %v39 : !llvm.ptr -> f32
                %v1707 = arith.mulf %v1706, %v1705 fastmath<contract> : f32
                %v1708 = arith.addf %v1704, %v1707 fastmath<contract> : f32
                llvm.store %v1708, %v37 : f32, !llvm.ptr
                %v1709 = arith.constant 8 : i64
                %v1710 = arith.addi %v1709, %v23 : i64
                %v1711 = arith.muli %v1710, %v182 : i64
                %v1712 = arith.subi %v1689, %v152 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = llvm.getelementptr %v54[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
                %v1716 = arith.mulf %v1715, %v1703 fastmath<contract> : f32
                %v1717 = llvm.load %v38 : !llvm.ptr -> f32
                %v1718 = llvm.load %v40 : !llvm.ptr -> f32
                %v1719 = arith.mulf %v1718, %v1717 fastmath<contract> : f32
                %v1720 = arith.addf %v1716, %v1719 fastmath<contract> : f32
                llvm.store %v1720, %v38 : f32, !llvm.ptr
                scf.if %v1677 {
                  %v1721 = arith.muli %v35, %v60 : i64
                  %v1722 = arith.muli %v33, %v59 : i64
                  %v1723 = arith.addi %v1721, %v1722 : i64
                  %v1724 = arith.muli %v23, %v2 : i64
                  %v1725 = arith.addi %v1723, %v1724 : i64
                  %v1726 = llvm.getelementptr %dy_h_first[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1727 = llvm.load %v1726 : !llvm.ptr -> f32
                  %v1728 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1729 = arith.addf %v1728, %v1727 fastmath<contract> : f32
                  llvm.store %v1729, %v37 : f32, !llvm.ptr
                  %v1730 = arith.muli %v35, %v60 : i64
                  %v1731 = arith.muli %v33, %v59 : i64
                  %v1732 = arith.addi %v1730, %v1731 : i64
                  %v1733 = arith.constant 8 : i64
                  %v1734 = arith.addi %v1733, %v23 : i64
                  %v1735 = arith.muli %v1734, %v2 : i64
                  %v1736 = arith.addi %v1732, %v1735 : i64
                  %v1737 = llvm.getelementptr %dy_h_first[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1738 = llvm.load %v1737 : !llvm.ptr -> f32
                  %v1739 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1740 = arith.addf %v1739, %v1738 fastmath<contract> : f32
                  llvm.store %v1740, %v38 : f32, !llvm.ptr
                }
                %v1741 = arith.muli %v33, %v336 : i64
                %v1742 = arith.muli %v23, %v2 : i64
                %v1743 = arith.addi %v1741, %v1742 : i64
                %v1744 = llvm.getelementptr %in_A[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1745 = llvm.load %v1744 : !llvm.ptr -> f32
                %v1746 = arith.mulf %v1678, %v1745 fastmath<contract> : f32
                %v1747 = arith.mulf %v1746, %v279 fastmath<contract> : f32
                %v1748 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1747) : (f32) -> f32
                %v1749 = llvm.load %v37 : !llvm.ptr -> f32
                %v1750 = arith.mulf %v602, %v1749 fastmath<contract> : f32
                %v1751 = arith.mulf %v1748, %v1750 fastmath<contract> : f32
                %v1752 = arith.mulf %v1678, %v1751 fastmath<contract> : f32
                %v1753 = llvm.load %v41 : !llvm.ptr -> f32
                %v1754 = arith.addf %v1753, %v1752 fastmath<contract> : f32
                llvm.store %v1754, %v41 : f32, !llvm.ptr
                %v1755 = arith.muli %v33, %v336 : i64
                %v1756 = arith.constant 8 : i64
                %v1757 = arith.addi %v1756, %v23 : i64
                %v1758 = arith.muli %v1757, %v2 : i64
                %v1759 = arith.addi %v1755, %v1758 : i64
                %v1760 = llvm.getelementptr %in_A[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
                %v1762 = arith.mulf %v1678, %v1761 fastmath<contract> : f32
                %v1763 = arith.mulf %v1762, %v279 fastmath<contract> : f32
                %v1764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1763) : (f32) -> f32
                %v1765 = llvm.load %v38 : !llvm.ptr -> f32
                %v1766 = arith.mulf %v622, %v1765 fastmath<contract> : f32
                %v1767 = arith.mulf %v1764, %v1766 fastmath<contract> : f32
                %v1768 = arith.mulf %v1678, %v1767 fastmath<contract> : f32
                %v1769 = llvm.load %v42 : !llvm.ptr -> f32
                %v1770 = arith.addf %v1769, %v1768 fastmath<contract> : f32
                llvm.store %v1770, %v42 : f32, !llvm.ptr
                %v1771 = arith.mulf %v1680, %v1749 fastmath<contract> : f32
                %v1772 = arith.select %v27, %v1771, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1773, %v1774 = gpu.shuffle xor %v1772, %v959, %v328 : f32
                %v1775 = arith.addf %v1772, %v1773 fastmath<contract> : f32
                %v1776, %v1777 = gpu.shuffle xor %v1775, %v963, %v328 : f32
                %v1778 = arith.addf %v1775, %v1776 fastmath<contract> : f32
                %v1779 = arith.divui %v13, %v15 : i64
                %v1780 = arith.remui %v13, %v15 : i64
                %v1781 = arith.cmpi ult, %v1780, %v22 : i64
                %v1782 = arith.addi %v57, %v23 : i64
                %v1783 = arith.muli %v1779, %v1 : i64
                %v1784 = arith.addi %v1783, %v1782 : i64
                %v1785 = arith.muli %v1784, %v973 : i64
                %v1786 = arith.addi %v1785, %v1688 : i64
                scf.if %v1781 {
                  %v1787 = llvm.getelementptr %v48[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1778, %v1787 : f32, !llvm.ptr
                }
                %v1788 = arith.mulf %v1680, %v1765 fastmath<contract> : f32
                %v1789 = arith.select %v27, %v1788, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1790, %v1791 = gpu.shuffle xor %v1789, %v959, %v328 : f32
                %v1792 = arith.addf %v1789, %v1790 fastmath<contract> : f32
                %v1793, %v1794 = gpu.shuffle xor %v1792, %v963, %v328 : f32
                %v1795 = arith.addf %v1792, %v1793 fastmath<contract> : f32
                %v1796 = arith.divui %v13, %v15 : i64
                %v1797 = arith.remui %v13, %v15 : i64
                %v1798 = arith.cmpi ult, %v1797, %v22 : i64
                %v1799 = arith.addi %v22, %v23 : i64
                %v1800 = arith.muli %v1796, %v1 : i64
                %v1801 = arith.addi %v1800, %v1799 : i64
                %v1802 = arith.muli %v1801, %v973 : i64
                %v1803 = arith.addi %v1802, %v1688 : i64
                scf.if %v1798 {
                  %v1804 = llvm.getelementptr %v48[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1795, %v1804 : f32, !llvm.ptr
                }
                %v1805 = arith.mulf %v645, %v1703 fastmath<contract> : f32
                %v1806 = arith.select %v27, %v1805, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1807, %v1808 = gpu.shuffle xor %v1806, %v959, %v328 : f32
                %v1809 = arith.addf %v1806, %v1807 fastmath<contract> : f32
                %v1810, %v1811 = gpu.shuffle xor %v1809, %v963, %v328 : f32
                %v1812 = arith.addf %v1809, %v1810 fastmath<contract> : f32
                %v1813 = arith.divui %v13, %v15 : i64
                %v1814 = arith.remui %v13, %v15 : i64
                %v1815 = arith.cmpi ult, %v1814, %v22 : i64
                %v1816 = arith.addi %v57, %v23 : i64
                %v1817 = arith.muli %v1813, %v1 : i64
                %v1818 = arith.addi %v1817, %v1816 : i64
                %v1819 = arith.muli %v1818, %v973 : i64
                %v1820 = arith.addi %v1819, %v1688 : i64
                scf.if %v1815 {
                  %v1821 = llvm.getelementptr %v50[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1812, %v1821 : f32, !llvm.ptr
                }
                %v1822 = arith.mulf %v665, %v1703 fastmath<contract> : f32
                %v1823 = arith.select %v27, %v1822, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1824, %v1825 = gpu.shuffle xor %v1823, %v959, %v328 : f32
                %v1826 = arith.addf %v1823, %v1824 fastmath<contract> : f32
                %v1827, %v1828 = gpu.shuffle xor %v1826, %v963, %v328 : f32
                %v1829 = arith.addf %v1826, %v1827 fastmath<contract> : f32
                %v1830 = arith.divui %v13, %v15 : i64
                %v1831 = arith.remui %v13, %v15 : i64
                %v1832 = arith.cmpi ult, %v1831, %v22 : i64
                %v1833 = arith.addi %v22, %v23 : i64
                %v1834 = arith.muli %v1830, %v1 : i64
                %v1835 = arith.addi %v1834, %v1833 : i64
                %v1836 = arith.muli %v1835, %v973 : i64
                %v1837 = arith.addi %v1836, %v1688 : i64
                scf.if %v1832 {
                  %v1838 = llvm.getelementptr %v50[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1829, %v1838 : f32, !llvm.ptr
                }
                %v1839 = arith.mulf %v1694, %v645 fastmath<contract> : f32
                %v1840 = arith.mulf %v1715, %v665 fastmath<contract> : f32
                %v1841 = arith.addf %v1839, %v1840 fastmath<contract> : f32
                llvm.store %v1841, %v840 : f32, !llvm.ptr
                %v1842 = arith.muli %v23, %v182 : i64
                %v1843 = arith.subi %v1689, %v152 : i64
                %v1844 = arith.addi %v1842, %v1843 : i64
                %v1845 = llvm.getelementptr %v52[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
                %v1847 = arith.mulf %v1846, %v1749 fastmath<contract> : f32
                %v1848 = arith.constant 8 : i64
                %v1849 = arith.addi %v1848, %v23 : i64
                %v1850 = arith.muli %v1849, %v182 : i64
                %v1851 = arith.subi %v1689, %v152 : i64
                %v1852 = arith.addi %v1850, %v1851 : i64
                %v1853 = llvm.getelementptr %v52[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                %v1855 = arith.mulf %v1854, %v1765 fastmath<contract> : f32
                %v1856 = arith.addf %v1847, %v1855 fastmath<contract> : f32
                llvm.store %v1856, %v841 : f32, !llvm.ptr
                %v1857 = arith.mulf %v1745, %v1750 fastmath<contract> : f32
                %v1858 = arith.mulf %v1748, %v1857 fastmath<contract> : f32
                %v1859 = arith.mulf %v1761, %v1766 fastmath<contract> : f32
                %v1860 = arith.mulf %v1764, %v1859 fastmath<contract> : f32
                %v1861 = arith.addf %v1858, %v1860 fastmath<contract> : f32
                llvm.store %v1861, %v842 : f32, !llvm.ptr
                llvm.store %v1748, %v39 : f32, !llvm.ptr
                llvm.store %v1764, %v40 : f32, !llvm.ptr
              }
              %v1862 = llvm.load %v840 : !llvm.ptr -> f32
              %v1863 = llvm.load %v841 : !llvm.ptr -> f32
              %v1864 = llvm.load %v842 : !llvm.ptr -> f32
              %v1865 = arith.addi %v394, %v579 : i64
              %v1866 = arith.cmpi slt, %v1648, %v853 : i32
              %v1867 = arith.cmpi eq, %v1648, %v859 : i32
              %v1868, %v1869 = gpu.shuffle idx %v455, %v120, %v328 : f32
              %v1870, %v1871 = gpu.shuffle idx %v464, %v120, %v328 : f32
              %v1872, %v1873 = gpu.shuffle idx %v478, %v120, %v328 : f32
              %v1874, %v1875 = gpu.shuffle idx %v487, %v120, %v328 : f32
              %v1876, %v1877 = gpu.shuffle idx %v492, %v120, %v328 : f32
              %v1878 = arith.addi %v396, %v709 : i64
              llvm.store %v55, %v840 : f32, !llvm.ptr
              llvm.store %v55, %v841 : f32, !llvm.ptr
              llvm.store %v55, %v842 : f32, !llvm.ptr
              scf.if %v1866 {
                %v1879 = arith.addi %v152, %v1865 : i64
                %v1880 = arith.muli %v23, %v182 : i64
                %v1881 = arith.subi %v1879, %v152 : i64
                %v1882 = arith.addi %v1880, %v1881 : i64
                %v1883 = llvm.getelementptr %v54[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1884 = llvm.load %v1883 : !llvm.ptr -> f32
                %v1885 = arith.muli %v35, %v263 : i64
                %v1886 = arith.muli %v33, %v262 : i64
                %v1887 = arith.addi %v1885, %v1886 : i64
                %v1888 = arith.subi %v176, %v1879 : i64
                %v1889 = arith.muli %v1888, %v2 : i64
                %v1890 = arith.addi %v1887, %v1889 : i64
                %v1891 = llvm.getelementptr %dy_y[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
                %v1893 = arith.mulf %v1872, %v1892 fastmath<contract> : f32
                %v1894 = arith.mulf %v1884, %v1893 fastmath<contract> : f32
                %v1895 = llvm.load %v37 : !llvm.ptr -> f32
                %v1896 = llvm.load %v39 : !llvm.ptr -> f32
                %v1897 = arith.mulf %v1896, %v1895 fastmath<contract> : f32
                %v1898 = arith.addf %v1894, %v1897 fastmath<contract> : f32
                llvm.store %v1898, %v37 : f32, !llvm.ptr
                %v1899 = arith.constant 8 : i64
                %v1900 = arith.addi %v1899, %v23 : i64
                %v1901 = arith.muli %v1900, %v182 : i64
                %v1902 = arith.subi %v1879, %v152 : i64
                %v1903 = arith.addi %v1901, %v1902 : i64
                %v1904 = llvm.getelementptr %v54[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
                %v1906 = arith.mulf %v1905, %v1893 fastmath<contract> : f32
                %v1907 = llvm.load %v38 : !llvm.ptr -> f32
                %v1908 = llvm.load %v40 : !llvm.ptr -> f32
                %v1909 = arith.mulf %v1908, %v1907 fastmath<contract> : f32
                %v1910 = arith.addf %v1906, %v1909 fastmath<contract> : f32
                llvm.store %v1910, %v38 : f32, !llvm.ptr
                scf.if %v1867 {
                  %v1911 = arith.muli %v35, %v60 : i64
                  %v1912 = arith.muli %v33, %v59 : i64
                  %v1913 = arith.addi %v1911, %v1912 : i64
                  %v1914 = arith.muli %v23, %v2 : i64
                  %v1915 = arith.addi %v1913, %v1914 : i64
                  %v1916 = llvm.getelementptr %dy_h_first[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1917 = llvm.load %v1916 : !llvm.ptr -> f32
                  %v1918 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1919 = arith.addf %v1918, %v1917 fastmath<contract> : f32
                  llvm.store %v1919, %v37 : f32, !llvm.ptr
                  %v1920 = arith.muli %v35, %v60 : i64
                  %v1921 = arith.muli %v33, %v59 : i64
                  %v1922 = arith.addi %v1920, %v1921 : i64
                  %v1923 = arith.constant 8 : i64
                  %v1924 = arith.addi %v1923, %v23 : i64
                  %v1925 = arith.muli %v1924, %v2 : i64
                  %v1926 = arith.addi %v1922, %v1925 : i64
                  %v1927 = llvm.getelementptr %dy_h_first[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
                  %v1929 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1930 = arith.addf %v1929, %v1928 fastmath<contract> : f32
                  llvm.store %v1930, %v38 : f32, !llvm.ptr
                }
                %v1931 = arith.muli %v33, %v336 : i64
                %v1932 = arith.muli %v23, %v2 : i64
                %v1933 = arith.addi %v1931, %v1932 : i64
                %v1934 = llvm.getelementptr %in_A[%v1933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1935 = llvm.load %v1934 : !llvm.ptr -> f32
                %v1936 = arith.mulf %v1868, %v1935 fastmath<contract> : f32
                %v1937 = arith.mulf %v1936, %v279 fastmath<contract> : f32
                %v1938 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1937) : (f32) -> f32
                %v1939 = llvm.load %v37 : !llvm.ptr -> f32
                %v1940 = arith.mulf %v558, %v1939 fastmath<contract> : f32
                %v1941 = arith.mulf %v1938, %v1940 fastmath<contract> : f32
                %v1942 = arith.mulf %v1868, %v1941 fastmath<contract> : f32
                %v1943 = llvm.load %v41 : !llvm.ptr -> f32
                %v1944 = arith.addf %v1943, %v1942 fastmath<contract> : f32
                llvm.store %v1944, %v41 : f32, !llvm.ptr
                %v1945 = arith.muli %v33, %v336 : i64
                %v1946 = arith.constant 8 : i64
                %v1947 = arith.addi %v1946, %v23 : i64
                %v1948 = arith.muli %v1947, %v2 : i64
                %v1949 = arith.addi %v1945, %v1948 : i64
                %v1950 = llvm.getelementptr %in_A[%v1949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1951 = llvm.load %v1950 : !llvm.ptr -> f32
                %v1952 = arith.mulf %v1868, %v1951 fastmath<contract> : f32
                %v1953 = arith.mulf %v1952, %v279 fastmath<contract> : f32
                %v1954 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1953) : (f32) -> f32
                %v1955 = llvm.load %v38 : !llvm.ptr -> f32
                %v1956 = arith.mulf %v578, %v1955 fastmath<contract> : f32
                %v1957 = arith.mulf %v1954, %v1956 fastmath<contract> : f32
                %v1958 = arith.mulf %v1868, %v1957 fastmath<contract> : f32
                %v1959 = llvm.load %v42 : !llvm.ptr -> f32
                %v1960 = arith.addf %v1959, %v1958 fastmath<contract> : f32
                llvm.store %v1960, %v42 : f32, !llvm.ptr
                %v1961 = arith.mulf %v1870, %v1939 fastmath<contract> : f32
                %v1962 = arith.select %v27, %v1961, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1963, %v1964 = gpu.shuffle xor %v1962, %v959, %v328 : f32
                %v1965 = arith.addf %v1962, %v1963 fastmath<contract> : f32
                %v1966, %v1967 = gpu.shuffle xor %v1965, %v963, %v328 : f32
                %v1968 = arith.addf %v1965, %v1966 fastmath<contract> : f32
                %v1969 = arith.divui %v13, %v15 : i64
                %v1970 = arith.remui %v13, %v15 : i64
                %v1971 = arith.cmpi ult, %v1970, %v22 : i64
                %v1972 = arith.addi %v57, %v23 : i64
                %v1973 = arith.muli %v1969, %v1 : i64
                %v1974 = arith.addi %v1973, %v1972 : i64
                %v1975 = arith.muli %v1974, %v973 : i64
                %v1976 = arith.addi %v1975, %v1878 : i64
                scf.if %v1971 {
                  %v1977 = llvm.getelementptr %v48[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1968, %v1977 : f32, !llvm.ptr
                }
                %v1978 = arith.mulf %v1870, %v1955 fastmath<contract> : f32
                %v1979 = arith.select %v27, %v1978, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1980, %v1981 = gpu.shuffle xor %v1979, %v959, %v328 : f32
                %v1982 = arith.addf %v1979, %v1980 fastmath<contract> : f32
                %v1983, %v1984 = gpu.shuffle xor %v1982, %v963, %v328 : f32
                %v1985 = arith.addf %v1982, %v1983 fastmath<contract> : f32
                %v1986 = arith.divui %v13, %v15 : i64
                %v1987 = arith.remui %v13, %v15 : i64
                %v1988 = arith.cmpi ult, %v1987, %v22 : i64
                %v1989 = arith.addi %v22, %v23 : i64
                %v1990 = arith.muli %v1986, %v1 : i64
                %v1991 = arith.addi %v1990, %v1989 : i64
                %v1992 = arith.muli %v1991, %v973 : i64
                %v1993 = arith.addi %v1992, %v1878 : i64
                scf.if %v1988 {
                  %v1994 = llvm.getelementptr %v48[%v1993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1985, %v1994 : f32, !llvm.ptr
                }
                %v1995 = arith.mulf %v602, %v1893 fastmath<contract> : f32
                %v1996 = arith.select %v27, %v1995, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v1997, %v1998 = gpu.shuffle xor %v1996, %v959, %v328 : f32
                %v1999 = arith.addf %v1996, %v1997 fastmath<contract> : f32
                %v2000, %v2001 = gpu.shuffle xor %v1999, %v963, %v328 : f32
                %v2002 = arith.addf %v1999, %v2000 fastmath<contract> : f32
                %v2003 = arith.divui %v13, %v15 : i64
                %v2004 = arith.remui %v13, %v15 : i64
                %v2005 = arith.cmpi ult, %v2004, %v22 : i64
                %v2006 = arith.addi %v57, %v23 : i64
                %v2007 = arith.muli %v2003, %v1 : i64
                %v2008 = arith.addi %v2007, %v2006 : i64
                %v2009 = arith.muli %v2008, %v973 : i64
                %v2010 = arith.addi %v2009, %v1878 : i64
                scf.if %v2005 {
                  %v2011 = llvm.getelementptr %v50[%v2010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2002, %v2011 : f32, !llvm.ptr
                }
                %v2012 = arith.mulf %v622, %v1893 fastmath<contract> : f32
                %v2013 = arith.select %v27, %v2012, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2014, %v2015 = gpu.shuffle xor %v2013, %v959, %v328 : f32
                %v2016 = arith.addf %v2013, %v2014 fastmath<contract> : f32
                %v2017, %v2018 = gpu.shuffle xor %v2016, %v963, %v328 : f32
                %v2019 = arith.addf %v2016, %v2017 fastmath<contract> : f32
                %v2020 = arith.divui %v13, %v15 : i64
                %v2021 = arith.remui %v13, %v15 : i64
                %v2022 = arith.cmpi ult, %v2021, %v22 : i64
                %v2023 = arith.addi %v22, %v23 : i64
                %v2024 = arith.muli %v2020, %v1 : i64
                %v2025 = arith.addi %v2024, %v2023 : i64
                %v2026 = arith.muli %v2025, %v973 : i64
                %v2027 = arith.addi %v2026, %v1878 : i64
                scf.if %v2022 {
                  %v2028 = llvm.getelementptr %v50[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2019, %v2028 : f32, !llvm.ptr
                }
                %v2029 = arith.mulf %v1884, %v602 fastmath<contract> : f32
                %v2030 = arith.mulf %v1905, %v622 fastmath<contract> : f32
                %v2031 = arith.addf %v2029, %v2030 fastmath<contract> : f32
                llvm.store %v2031, %v840 : f32, !llvm.ptr
                %v2032 = arith.muli %v23, %v182 : i64
                %v2033 = arith.subi %v1879, %v152 : i64
                %v2034 = arith.addi %v2032, %v2033 : i64
                %v2035 = llvm.getelementptr %v52[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2036 = llvm.load %v2035 : !llvm.ptr -> f32
                %v2037 = arith.mulf %v2036, %v1939 fastmath<contract> : f32
                %v2038 = arith.constant 8 : i64
                %v2039 = arith.addi %v2038, %v23 : i64
                %v2040 = arith.muli %v2039, %v182 : i64
                %v2041 = arith.subi %v1879, %v152 : i64
                %v2042 = arith.addi %v2040, %v2041 : i64
                %v2043 = llvm.getelementptr %v52[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
                %v2045 = arith.mulf %v2044, %v1955 fastmath<contract> : f32
                %v2046 = arith.addf %v2037, %v2045 fastmath<contract> : f32
                llvm.store %v2046, %v841 : f32, !llvm.ptr
                %v2047 = arith.mulf %v1935, %v1940 fastmath<contract> : f32
                %v2048 = arith.mulf %v1938, %v2047 fastmath<contract> : f32
                %v2049 = arith.mulf %v1951, %v1956 fastmath<contract> : f32
                %v2050 = arith.mulf %v1954, %v2049 fastmath<contract> : f32
                %v2051 = arith.addf %v2048, %v2050 fastmath<contract> : f32
                llvm.store %v2051, %v842 : f32, !llvm.ptr
                llvm.store %v1938, %v39 : f32, !llvm.ptr
                llvm.store %v1954, %v40 : f32, !llvm.ptr
              }
              %v2052 = llvm.load %v840 : !llvm.ptr -> f32
              %v2053 = arith.select %v845, %v2052, %v1862 : f32
              %v2054 = arith.select %v845, %v1862, %v2052 : f32
              %v2055, %v2056 = gpu.shuffle xor %v2053, %v1245, %v328 : f32
              %v2057 = arith.addf %v2054, %v2055 fastmath<contract> : f32
              %v2058 = llvm.load %v841 : !llvm.ptr -> f32
              %v2059 = arith.select %v845, %v2058, %v1863 : f32
              %v2060 = arith.select %v845, %v1863, %v2058 : f32
              %v2061, %v2062 = gpu.shuffle xor %v2059, %v1245, %v328 : f32
              %v2063 = arith.addf %v2060, %v2061 fastmath<contract> : f32
              %v2064 = llvm.load %v842 : !llvm.ptr -> f32
              %v2065 = arith.select %v845, %v2064, %v1864 : f32
              %v2066 = arith.select %v845, %v1864, %v2064 : f32
              %v2067, %v2068 = gpu.shuffle xor %v2065, %v1245, %v328 : f32
              %v2069 = arith.addf %v2066, %v2067 fastmath<contract> : f32
              %v2070 = arith.addi %v394, %v2 : i64
              %v2071 = arith.cmpi slt, %v1245, %v853 : i32
              %v2072 = arith.cmpi eq, %v1245, %v859 : i32
              %v2073, %v2074 = gpu.shuffle idx %v455, %v116, %v328 : f32
              %v2075, %v2076 = gpu.shuffle idx %v464, %v116, %v328 : f32
              %v2077, %v2078 = gpu.shuffle idx %v478, %v116, %v328 : f32
              %v2079, %v2080 = gpu.shuffle idx %v487, %v116, %v328 : f32
              %v2081, %v2082 = gpu.shuffle idx %v492, %v116, %v328 : f32
              %v2083 = arith.addi %v396, %v753 : i64
              llvm.store %v55, %v840 : f32, !llvm.ptr
              llvm.store %v55, %v841 : f32, !llvm.ptr
              llvm.store %v55, %v842 : f32, !llvm.ptr
              scf.if %v2071 {
                %v2084 = arith.addi %v152, %v2070 : i64
                %v2085 = arith.muli %v23, %v182 : i64
                %v2086 = arith.subi %v2084, %v152 : i64
                %v2087 = arith.addi %v2085, %v2086 : i64
                %v2088 = llvm.getelementptr %v54[%v2087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2089 = llvm.load %v2088 : !llvm.ptr -> f32
                %v2090 = arith.muli %v35, %v263 : i64
                %v2091 = arith.muli %v33, %v262 : i64
                %v2092 = arith.addi %v2090, %v2091 : i64
                %v2093 = arith.subi %v176, %v2084 : i64
                %v2094 = arith.muli %v2093, %v2 : i64
                %v2095 = arith.addi %v2092, %v2094 : i64
                %v2096 = llvm.getelementptr %dy_y[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
                %v2098 = arith.mulf %v2077, %v2097 fastmath<contract> : f32
                %v2099 = arith.mulf %v2089, %v2098 fastmath<contract> : f32
                %v2100 = llvm.load %v37 : !llvm.ptr -> f32
                %v2101 = llvm.load %v39 : !llvm.ptr -> f32
                %v2102 = arith.mulf %v2101, %v2100 fastmath<contract> : f32
                %v2103 = arith.addf %v2099, %v2102 fastmath<contract> : f32
                llvm.store %v2103, %v37 : f32, !llvm.ptr
                %v2104 = arith.constant 8 : i64
                %v2105 = arith.addi %v2104, %v23 : i64
                %v2106 = arith.muli %v2105, %v182 : i64
                %v2107 = arith.subi %v2084, %v152 : i64
                %v2108 = arith.addi %v2106, %v2107 : i64
                %v2109 = llvm.getelementptr %v54[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
                %v2111 = arith.mulf %v2110, %v2098 fastmath<contract> : f32
                %v2112 = llvm.load %v38 : !llvm.ptr -> f32
                %v2113 = llvm.load %v40 : !llvm.ptr -> f32
                %v2114 = arith.mulf %v2113, %v2112 fastmath<contract> : f32
                %v2115 = arith.addf %v2111, %v2114 fastmath<contract> : f32
                llvm.store %v2115, %v38 : f32, !llvm.ptr
                scf.if %v2072 {
                  %v2116 = arith.muli %v35, %v60 : i64
                  %v2117 = arith.muli %v33, %v59 : i64
                  %v2118 = arith.addi %v2116, %v2117 : i64
                  %v2119 = arith.muli %v23, %v2 : i64
                  %v2120 = arith.addi %v2118, %v2119 : i64
                  %v2121 = llvm.getelementptr %dy_h_first[%v2120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2122 = llvm.load %v2121 : !llvm.ptr -> f32
                  %v2123 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2124 = arith.addf %v2123, %v2122 fastmath<contract> : f32
                  llvm.store %v2124, %v37 : f32, !llvm.ptr
                  %v2125 = arith.muli %v35, %v60 : i64
                  %v2126 = arith.muli %v33, %v59 : i64
                  %v2127 = arith.addi %v2125, %v2126 : i64
                  %v2128 = arith.constant 8 : i64
                  %v2129 = arith.addi %v2128, %v23 : i64
                  %v2130 = arith.muli %v2129, %v2 : i64
                  %v2131 = arith.addi %v2127, %v2130 : i64
                  %v2132 = llvm.getelementptr %dy_h_first[%v2131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2133 = llvm.load %v2132 : !llvm.ptr -> f32
                  %v2134 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2135 = arith.addf %v2134, %v2133 fastmath<contract> : f32
                  llvm.store %v2135, %v38 : f32, !llvm.ptr
                }
                %v2136 = arith.muli %v33, %v336 : i64
                %v2137 = arith.muli %v23, %v2 : i64
                %v2138 = arith.addi %v2136, %v2137 : i64
                %v2139 = llvm.getelementptr %in_A[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
                %v2141 = arith.mulf %v2073, %v2140 fastmath<contract> : f32
                %v2142 = arith.mulf %v2141, %v279 fastmath<contract> : f32
                %v2143 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2142) : (f32) -> f32
                %v2144 = llvm.load %v37 : !llvm.ptr -> f32
                %v2145 = arith.mulf %v515, %v2144 fastmath<contract> : f32
                %v2146 = arith.mulf %v2143, %v2145 fastmath<contract> : f32
                %v2147 = arith.mulf %v2073, %v2146 fastmath<contract> : f32
                %v2148 = llvm.load %v41 : !llvm.ptr -> f32
                %v2149 = arith.addf %v2148, %v2147 fastmath<contract> : f32
                llvm.store %v2149, %v41 : f32, !llvm.ptr
                %v2150 = arith.muli %v33, %v336 : i64
                %v2151 = arith.constant 8 : i64
                %v2152 = arith.addi %v2151, %v23 : i64
                %v2153 = arith.muli %v2152, %v2 : i64
                %v2154 = arith.addi %v2150, %v2153 : i64
                %v2155 = llvm.getelementptr %in_A[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2156 = llvm.load %v2155 : !llvm.ptr -> f32
                %v2157 = arith.mulf %v2073, %v2156 fastmath<contract> : f32
                %v2158 = arith.mulf %v2157, %v279 fastmath<contract> : f32
                %v2159 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2158) : (f32) -> f32
                %v2160 = llvm.load %v38 : !llvm.ptr -> f32
                %v2161 = arith.mulf %v535, %v2160 fastmath<contract> : f32
                %v2162 = arith.mulf %v2159, %v2161 fastmath<contract> : f32
                %v2163 = arith.mulf %v2073, %v2162 fastmath<contract> : f32
                %v2164 = llvm.load %v42 : !llvm.ptr -> f32
                %v2165 = arith.addf %v2164, %v2163 fastmath<contract> : f32
                llvm.store %v2165, %v42 : f32, !llvm.ptr
                %v2166 = arith.mulf %v2075, %v2144 fastmath<contract> : f32
                %v2167 = arith.select %v27, %v2166, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2168, %v2169 = gpu.shuffle xor %v2167, %v959, %v328 : f32
                %v2170 = arith.addf %v2167, %v2168 fastmath<contract> : f32
                %v2171, %v2172 = gpu.shuffle xor %v2170, %v963, %v328 : f32
                %v2173 = arith.addf %v2170, %v2171 fastmath<contract> : f32
                %v2174 = arith.divui %v13, %v15 : i64
                %v2175 = arith.remui %v13, %v15 : i64
                %v2176 = arith.cmpi ult, %v2175, %v22 : i64
                %v2177 = arith.addi %v57, %v23 : i64
                %v2178 = arith.muli %v2174, %v1 : i64
                %v2179 = arith.addi %v2178, %v2177 : i64
                %v2180 = arith.muli %v2179, %v973 : i64
                %v2181 = arith.addi %v2180, %v2083 : i64
                scf.if %v2176 {
                  %v2182 = llvm.getelementptr %v48[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2173, %v2182 : f32, !llvm.ptr
                }
                %v2183 = arith.mulf %v2075, %v2160 fastmath<contract> : f32
                %v2184 = arith.select %v27, %v2183, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2185, %v2186 = gpu.shuffle xor %v2184, %v959, %v328 : f32
                %v2187 = arith.addf %v2184, %v2185 fastmath<contract> : f32
                %v2188, %v2189 = gpu.shuffle xor %v2187, %v963, %v328 : f32
                %v2190 = arith.addf %v2187, %v2188 fastmath<contract> : f32
                %v2191 = arith.divui %v13, %v15 : i64
                %v2192 = arith.remui %v13, %v15 : i64
                %v2193 = arith.cmpi ult, %v2192, %v22 : i64
                %v2194 = arith.addi %v22, %v23 : i64
                %v2195 = arith.muli %v2191, %v1 : i64
                %v2196 = arith.addi %v2195, %v2194 : i64
                %v2197 = arith.muli %v2196, %v973 : i64
                %v2198 = arith.addi %v2197, %v2083 : i64
                scf.if %v2193 {
                  %v2199 = llvm.getelementptr %v48[%v2198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2190, %v2199 : f32, !llvm.ptr
                }
                %v2200 = arith.mulf %v558, %v2098 fastmath<contract> : f32
                %v2201 = arith.select %v27, %v2200, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2202, %v2203 = gpu.shuffle xor %v2201, %v959, %v328 : f32
                %v2204 = arith.addf %v2201, %v2202 fastmath<contract> : f32
                %v2205, %v2206 = gpu.shuffle xor %v2204, %v963, %v328 : f32
                %v2207 = arith.addf %v2204, %v2205 fastmath<contract> : f32
                %v2208 = arith.divui %v13, %v15 : i64
                %v2209 = arith.remui %v13, %v15 : i64
                %v2210 = arith.cmpi ult, %v2209, %v22 : i64
                %v2211 = arith.addi %v57, %v23 : i64
                %v2212 = arith.muli %v2208, %v1 : i64
                %v2213 = arith.addi %v2212, %v2211 : i64
                %v2214 = arith.muli %v2213, %v973 : i64
                %v2215 = arith.addi %v2214, %v2083 : i64
                scf.if %v2210 {
                  %v2216 = llvm.getelementptr %v50[%v2215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2207, %v2216 : f32, !llvm.ptr
                }
                %v2217 = arith.mulf %v578, %v2098 fastmath<contract> : f32
                %v2218 = arith.select %v27, %v2217, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2219, %v2220 = gpu.shuffle xor %v2218, %v959, %v328 : f32
                %v2221 = arith.addf %v2218, %v2219 fastmath<contract> : f32
                %v2222, %v2223 = gpu.shuffle xor %v2221, %v963, %v328 : f32
                %v2224 = arith.addf %v2221, %v2222 fastmath<contract> : f32
                %v2225 = arith.divui %v13, %v15 : i64
                %v2226 = arith.remui %v13, %v15 : i64
                %v2227 = arith.cmpi ult, %v2226, %v22 : i64
                %v2228 = arith.addi %v22, %v23 : i64
                %v2229 = arith.muli %v2225, %v1 : i64
                %v2230 = arith.addi %v2229, %v2228 : i64
                %v2231 = arith.muli %v2230, %v973 : i64
                %v2232 = arith.addi %v2231, %v2083 : i64
                scf.if %v2227 {
                  %v2233 = llvm.getelementptr %v50[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2224, %v2233 : f32, !llvm.ptr
                }
                %v2234 = arith.mulf %v2089, %v558 fastmath<contract> : f32
                %v2235 = arith.mulf %v2110, %v578 fastmath<contract> : f32
                %v2236 = arith.addf %v2234, %v2235 fastmath<contract> : f32
                llvm.store %v2236, %v840 : f32, !llvm.ptr
                %v2237 = arith.muli %v23, %v182 : i64
                %v2238 = arith.subi %v2084, %v152 : i64
                %v2239 = arith.addi %v2237, %v2238 : i64
                %v2240 = llvm.getelementptr %v52[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2241 = llvm.load %v2240 : !llvm.ptr -> f32
                %v2242 = arith.mulf %v2241, %v2144 fastmath<contract> : f32
                %v2243 = arith.constant 8 : i64
                %v2244 = arith.addi %v2243, %v23 : i64
                %v2245 = arith.muli %v2244, %v182 : i64
                %v2246 = arith.subi %v2084, %v152 : i64
                %v2247 = arith.addi %v2245, %v2246 : i64
                %v2248 = llvm.getelementptr %v52[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2249 = llvm.load %v2248 : !llvm.ptr -> f32
                %v2250 = arith.mulf %v2249, %v2160 fastmath<contract> : f32
                %v2251 = arith.addf %v2242, %v2250 fastmath<contract> : f32
                llvm.store %v2251, %v841 : f32, !llvm.ptr
                %v2252 = arith.mulf %v2140, %v2145 fastmath<contract> : f32
                %v2253 = arith.mulf %v2143, %v2252 fastmath<contract> : f32
                %v2254 = arith.mulf %v2156, %v2161 fastmath<contract> : f32
                %v2255 = arith.mulf %v2159, %v2254 fastmath<contract> : f32
                %v2256 = arith.addf %v2253, %v2255 fastmath<contract> : f32
                llvm.store %v2256, %v842 : f32, !llvm.ptr
                llvm.store %v2143, %v39 : f32, !llvm.ptr
                llvm.store %v2159, %v40 : f32, !llvm.ptr
              }
              %v2257 = llvm.load %v840 : !llvm.ptr -> f32
              %v2258 = llvm.load %v841 : !llvm.ptr -> f32
              %v2259 = llvm.load %v842 : !llvm.ptr -> f32
              %v2260 = arith.addi %v394, %v57 : i64
              %v2262 = arith.cmpi slt, %v2261, %v853 : i32
              %v2263 = arith.cmpi eq, %v2261, %v859 : i32
              %v2264, %v2265 = gpu.shuffle idx %v455, %v112, %v328 : f32
              %v2266, %v2267 = gpu.shuffle idx %v464, %v112, %v328 : f32
              %v2268, %v2269 = gpu.shuffle idx %v478, %v112, %v328 : f32
              %v2270, %v2271 = gpu.shuffle idx %v487, %v112, %v328 : f32
              %v2272, %v2273 = gpu.shuffle idx %v492, %v112, %v328 : f32
              %v2274 = arith.addi %v396, %v104 : i64
              llvm.store %v55, %v840 : f32, !llvm.ptr
              llvm.store %v55, %v841 : f32, !llvm.ptr
              llvm.store %v55, %v842 : f32, !llvm.ptr
              scf.if %v2262 {
                %v2275 = arith.addi %v152, %v2260 : i64
                %v2276 = arith.muli %v23, %v182 : i64
                %v2277 = arith.subi %v2275, %v152 : i64
                %v2278 = arith.addi %v2276, %v2277 : i64
                %v2279 = llvm.getelementptr %v54[%v2278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
                %v2281 = arith.muli %v35, %v263 : i64
                %v2282 = arith.muli %v33, %v262 : i64
                %v2283 = arith.addi %v2281, %v2282 : i64
                %v2284 = arith.subi %v176, %v2275 : i64
                %v2285 = arith.muli %v2284, %v2 : i64
                %v2286 = arith.addi %v2283, %v2285 : i64
                %v2287 = llvm.getelementptr %dy_y[%v2286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
                %v2289 = arith.mulf %v2268, %v2288 fastmath<contract> : f32
                %v2290 = arith.mulf %v2280, %v2289 fastmath<contract> : f32
                %v2291 = llvm.load %v37 : !llvm.ptr -> f32
                %v2292 = llvm.load %v39 : !llvm.ptr -> f32
                %v2293 = arith.mulf %v2292, %v2291 fastmath<contract> : f32
                %v2294 = arith.addf %v2290, %v2293 fastmath<contract> : f32
                llvm.store %v2294, %v37 : f32, !llvm.ptr
                %v2295 = arith.constant 8 : i64
                %v2296 = arith.addi %v2295, %v23 : i64
                %v2297 = arith.muli %v2296, %v182 : i64
                %v2298 = arith.subi %v2275, %v152 : i64
                %v2299 = arith.addi %v2297, %v2298 : i64
                %v2300 = llvm.getelementptr %v54[%v2299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2301 = llvm.load %v2300 : !llvm.ptr -> f32
                %v2302 = arith.mulf %v2301, %v2289 fastmath<contract> : f32
                %v2303 = llvm.load %v38 : !llvm.ptr -> f32
                %v2304 = llvm.load %v40 : !llvm.ptr -> f32
                %v2305 = arith.mulf %v2304, %v2303 fastmath<contract> : f32
                %v2306 = arith.addf %v2302, %v2305 fastmath<contract> : f32
                llvm.store %v2306, %v38 : f32, !llvm.ptr
                scf.if %v2263 {
                  %v2307 = arith.muli %v35, %v60 : i64
                  %v2308 = arith.muli %v33, %v59 : i64
                  %v2309 = arith.addi %v2307, %v2308 : i64
                  %v2310 = arith.muli %v23, %v2 : i64
                  %v2311 = arith.addi %v2309, %v2310 : i64
                  %v2312 = llvm.getelementptr %dy_h_first[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2313 = llvm.load %v2312 : !llvm.ptr -> f32
                  %v2314 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2315 = arith.addf %v2314, %v2313 fastmath<contract> : f32
                  llvm.store %v2315, %v37 : f32, !llvm.ptr
                  %v2316 = arith.muli %v35, %v60 : i64
                  %v2317 = arith.muli %v33, %v59 : i64
                  %v2318 = arith.addi %v2316, %v2317 : i64
                  %v2319 = arith.constant 8 : i64
                  %v2320 = arith.addi %v2319, %v23 : i64
                  %v2321 = arith.muli %v2320, %v2 : i64
                  %v2322 = arith.addi %v2318, %v2321 : i64
                  %v2323 = llvm.getelementptr %dy_h_first[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2324 = llvm.load %v2323 : !llvm.ptr -> f32
                  %v2325 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2326 = arith.addf %v2325, %v2324 fastmath<contract> : f32
                  llvm.store %v2326, %v38 : f32, !llvm.ptr
                }
                %v2327 = arith.muli %v33, %v336 : i64
                %v2328 = arith.muli %v23, %v2 : i64
                %v2329 = arith.addi %v2327, %v2328 : i64
                %v2330 = llvm.getelementptr %in_A[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2331 = llvm.load %v2330 : !llvm.ptr -> f32
                %v2332 = arith.mulf %v2264, %v2331 fastmath<contract> : f32
                %v2333 = arith.mulf %v2332, %v279 fastmath<contract> : f32
                %v2334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2333) : (f32) -> f32
                %v2335 = llvm.load %v37 : !llvm.ptr -> f32
                %v2336 = arith.mulf %v406, %v2335 fastmath<contract> : f32
                %v2337 = arith.mulf %v2334, %v2336 fastmath<contract> : f32
                %v2338 = arith.mulf %v2264, %v2337 fastmath<contract> : f32
                %v2339 = llvm.load %v41 : !llvm.ptr -> f32
                %v2340 = arith.addf %v2339, %v2338 fastmath<contract> : f32
                llvm.store %v2340, %v41 : f32, !llvm.ptr
                %v2341 = arith.muli %v33, %v336 : i64
                %v2342 = arith.constant 8 : i64
                %v2343 = arith.addi %v2342, %v23 : i64
                %v2344 = arith.muli %v2343, %v2 : i64
                %v2345 = arith.addi %v2341, %v2344 : i64
                %v2346 = llvm.getelementptr %in_A[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2347 = llvm.load %v2346 : !llvm.ptr -> f32
                %v2348 = arith.mulf %v2264, %v2347 fastmath<contract> : f32
                %v2349 = arith.mulf %v2348, %v279 fastmath<contract> : f32
                %v2350 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2349) : (f32) -> f32
                %v2351 = llvm.load %v38 : !llvm.ptr -> f32
                %v2352 = arith.mulf %v415, %v2351 fastmath<contract> : f32
                %v2353 = arith.mulf %v2350, %v2352 fastmath<contract> : f32
                %v2354 = arith.mulf %v2264, %v2353 fastmath<contract> : f32
                %v2355 = llvm.load %v42 : !llvm.ptr -> f32
                %v2356 = arith.addf %v2355, %v2354 fastmath<contract> : f32
                llvm.store %v2356, %v42 : f32, !llvm.ptr
                %v2357 = arith.mulf %v2266, %v2335 fastmath<contract> : f32
                %v2358 = arith.select %v27, %v2357, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2359, %v2360 = gpu.shuffle xor %v2358, %v959, %v328 : f32
                %v2361 = arith.addf %v2358, %v2359 fastmath<contract> : f32
                %v2362, %v2363 = gpu.shuffle xor %v2361, %v963, %v328 : f32
                %v2364 = arith.addf %v2361, %v2362 fastmath<contract> : f32
                %v2365 = arith.divui %v13, %v15 : i64
                %v2366 = arith.remui %v13, %v15 : i64
                %v2367 = arith.cmpi ult, %v2366, %v22 : i64
                %v2368 = arith.addi %v57, %v23 : i64
                %v2369 = arith.muli %v2365, %v1 : i64
                %v2370 = arith.addi %v2369, %v2368 : i64
                %v2371 = arith.muli %v2370, %v973 : i64
                %v2372 = arith.addi %v2371, %v2274 : i64
                scf.if %v2367 {
                  %v2373 = llvm.getelementptr %v48[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2364, %v2373 : f32, !llvm.ptr
                }
                %v2374 = arith.mulf %v2266, %v2351 fastmath<contract> : f32
                %v2375 = arith.select %v27, %v2374, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2376, %v2377 = gpu.shuffle xor %v2375, %v959, %v328 : f32
                %v2378 = arith.addf %v2375, %v2376 fastmath<contract> : f32
                %v2379, %v2380 = gpu.shuffle xor %v2378, %v963, %v328 : f32
                %v2381 = arith.addf %v2378, %v2379 fastmath<contract> : f32
                %v2382 = arith.divui %v13, %v15 : i64
                %v2383 = arith.remui %v13, %v15 : i64
                %v2384 = arith.cmpi ult, %v2383, %v22 : i64
                %v2385 = arith.addi %v22, %v23 : i64
                %v2386 = arith.muli %v2382, %v1 : i64
                %v2387 = arith.addi %v2386, %v2385 : i64
                %v2388 = arith.muli %v2387, %v973 : i64
                %v2389 = arith.addi %v2388, %v2274 : i64
                scf.if %v2384 {
                  %v2390 = llvm.getelementptr %v48[%v2389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2381, %v2390 : f32, !llvm.ptr
                }
                %v2391 = arith.mulf %v515, %v2289 fastmath<contract> : f32
                %v2392 = arith.select %v27, %v2391, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2393, %v2394 = gpu.shuffle xor %v2392, %v959, %v328 : f32
                %v2395 = arith.addf %v2392, %v2393 fastmath<contract> : f32
                %v2396, %v2397 = gpu.shuffle xor %v2395, %v963, %v328 : f32
                %v2398 = arith.addf %v2395, %v2396 fastmath<contract> : f32
                %v2399 = arith.divui %v13, %v15 : i64
                %v2400 = arith.remui %v13, %v15 : i64
                %v2401 = arith.cmpi ult, %v2400, %v22 : i64
                %v2402 = arith.addi %v57, %v23 : i64
                %v2403 = arith.muli %v2399, %v1 : i64
                %v2404 = arith.addi %v2403, %v2402 : i64
                %v2405 = arith.muli %v2404, %v973 : i64
                %v2406 = arith.addi %v2405, %v2274 : i64
                scf.if %v2401 {
                  %v2407 = llvm.getelementptr %v50[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2398, %v2407 : f32, !llvm.ptr
                }
                %v2408 = arith.mulf %v535, %v2289 fastmath<contract> : f32
                %v2409 = arith.select %v27, %v2408, %v55 : f32
                // sum over the warp's outer points: shuffles
                %v2410, %v2411 = gpu.shuffle xor %v2409, %v959, %v328 : f32
                %v2412 = arith.addf %v2409, %v2410 fastmath<contract> : f32
                %v2413, %v2414 = gpu.shuffle xor %v2412, %v963, %v328 : f32
                %v2415 = arith.addf %v2412, %v2413 fastmath<contract> : f32
                %v2416 = arith.divui %v13, %v15 : i64
                %v2417 = arith.remui %v13, %v15 : i64
                %v2418 = arith.cmpi ult, %v2417, %v22 : i64
                %v2419 = arith.addi %v22, %v23 : i64
                %v2420 = arith.muli %v2416, %v1 : i64
                %v2421 = arith.addi %v2420, %v2419 : i64
                %v2422 = arith.muli %v2421, %v973 : i64
                %v2423 = arith.addi %v2422, %v2274 : i64
                scf.if %v2418 {
                  %v2424 = llvm.getelementptr %v50[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2415, %v2424 : f32, !llvm.ptr
                }
                %v2425 = arith.mulf %v2280, %v515 fastmath<contract> : f32
                %v2426 = arith.mulf %v2301, %v535 fastmath<contract> : f32
                %v2427 = arith.addf %v2425, %v2426 fastmath<contract> : f32
                llvm.store %v2427, %v840 : f32, !llvm.ptr
                %v2428 = arith.muli %v23, %v182 : i64
                %v2429 = arith.subi %v2275, %v152 : i64
                %v2430 = arith.addi %v2428, %v2429 : i64
                %v2431 = llvm.getelementptr %v52[%v2430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2432 = llvm.load %v2431 : !llvm.ptr -> f32
                %v2433 = arith.mulf %v2432, %v2335 fastmath<contract> : f32
                %v2434 = arith.constant 8 : i64
                %v2435 = arith.addi %v2434, %v23 : i64
                %v2436 = arith.muli %v2435, %v182 : i64
                %v2437 = arith.subi %v2275, %v152 : i64
                %v2438 = arith.addi %v2436, %v2437 : i64
                %v2439 = llvm.getelementptr %v52[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2440 = llvm.load %v2439 : !llvm.ptr -> f32
                %v2441 = arith.mulf %v2440, %v2351 fastmath<contract> : f32
                %v2442 = arith.addf %v2433, %v2441 fastmath<contract> : f32
                llvm.store %v2442, %v841 : f32, !llvm.ptr
                %v2443 = arith.mulf %v2331, %v2336 fastmath<contract> : f32
                %v2444 = arith.mulf %v2334, %v2443 fastmath<contract> : f32
                %v2445 = arith.mulf %v2347, %v2352 fastmath<contract> : f32
                %v2446 = arith.mulf %v2350, %v2445 fastmath<contract> : f32
                %v2447 = arith.addf %v2444, %v2446 fastmath<contract> : f32
                llvm.store %v2447, %v842 : f32, !llvm.ptr
                llvm.store %v2334, %v39 : f32, !llvm.ptr
                llvm.store %v2350, %v40 : f32, !llvm.ptr
              }
              %v2448 = llvm.load %v840 : !llvm.ptr -> f32
              %v2449 = arith.select %v845, %v2448, %v2257 : f32
              %v2450 = arith.select %v845, %v2257, %v2448 : f32
              %v2451, %v2452 = gpu.shuffle xor %v2449, %v1245, %v328 : f32
              %v2453 = arith.addf %v2450, %v2451 fastmath<contract> : f32
              %v2454 = arith.select %v848, %v2453, %v2057 : f32
              %v2455 = arith.select %v848, %v2057, %v2453 : f32
              %v2456, %v2457 = gpu.shuffle xor %v2454, %v1648, %v328 : f32
              %v2458 = arith.addf %v2455, %v2456 fastmath<contract> : f32
              %v2459 = arith.select %v851, %v2458, %v1651 : f32
              %v2460 = arith.select %v851, %v1651, %v2458 : f32
              %v2461, %v2462 = gpu.shuffle xor %v2459, %v1453, %v328 : f32
              %v2463 = arith.addf %v2460, %v2461 fastmath<contract> : f32
              %v2464 = llvm.load %v841 : !llvm.ptr -> f32
              %v2465 = arith.select %v845, %v2464, %v2258 : f32
              %v2466 = arith.select %v845, %v2258, %v2464 : f32
              %v2467, %v2468 = gpu.shuffle xor %v2465, %v1245, %v328 : f32
              %v2469 = arith.addf %v2466, %v2467 fastmath<contract> : f32
              %v2470 = arith.select %v848, %v2469, %v2063 : f32
              %v2471 = arith.select %v848, %v2063, %v2469 : f32
              %v2472, %v2473 = gpu.shuffle xor %v2470, %v1648, %v328 : f32
              %v2474 = arith.addf %v2471, %v2472 fastmath<contract> : f32
              %v2475 = arith.select %v851, %v2474, %v1662 : f32
              %v2476 = arith.select %v851, %v1662, %v2474 : f32
              %v2477, %v2478 = gpu.shuffle xor %v2475, %v1453, %v328 : f32
              %v2479 = arith.addf %v2476, %v2477 fastmath<contract> : f32
              %v2480 = llvm.load %v842 : !llvm.ptr -> f32
              %v2481 = arith.select %v845, %v2480, %v2259 : f32
              %v2482 = arith.select %v845, %v2259, %v2480 : f32
              %v2483, %v2484 = gpu.shuffle xor %v2481, %v1245, %v328 : f32
              %v2485 = arith.addf %v2482, %v2483 fastmath<contract> : f32
              %v2486 = arith.select %v848, %v2485, %v2069 : f32
              %v2487 = arith.select %v848, %v2069, %v2485 : f32
              %v2488, %v2489 = gpu.shuffle xor %v2486, %v1648, %v328 : f32
              %v2490 = arith.addf %v2487, %v2488 fastmath<contract> : f32
              %v2491 = arith.select %v851, %v2490, %v1673 : f32
              %v2492 = arith.select %v851, %v1673, %v2490 : f32
              %v2493, %v2494 = gpu.shuffle xor %v2491, %v1453, %v328 : f32
              %v2495 = arith.addf %v2492, %v2493 fastmath<contract> : f32
              %v2496 = arith.addi %v394, %v23 : i64
              %v2497 = arith.cmpi slt, %v2496, %v154 : i64
              %v2498 = arith.andi %v27, %v2497 : i1
              scf.if %v2498 {
                %v2499 = arith.addi %v152, %v2496 : i64
                // the gradients of this lane's own step
                %v2500 = arith.muli %v33, %v2 : i64
                %v2501 = llvm.getelementptr %in_Dskip[%v2500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2502 = llvm.load %v2501 : !llvm.ptr -> f32
                %v2503 = arith.muli %v35, %v263 : i64
                %v2504 = arith.muli %v33, %v262 : i64
                %v2505 = arith.addi %v2503, %v2504 : i64
                %v2506 = arith.subi %v176, %v2499 : i64
                %v2507 = arith.muli %v2506, %v2 : i64
                %v2508 = arith.addi %v2505, %v2507 : i64
                %v2509 = llvm.getelementptr %dy_y[%v2508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2510 = llvm.load %v2509 : !llvm.ptr -> f32
                %v2511 = arith.mulf %v478, %v2510 fastmath<contract> : f32
                %v2512 = arith.mulf %v2502, %v2511 fastmath<contract> : f32
                %v2513 = arith.mulf %v455, %v2479 fastmath<contract> : f32
                %v2514 = arith.addf %v2512, %v2513 fastmath<contract> : f32
                %v2515 = arith.muli %v35, %v263 : i64
                %v2516 = arith.muli %v33, %v262 : i64
                %v2517 = arith.addi %v2515, %v2516 : i64
                %v2518 = arith.subi %v176, %v2499 : i64
                %v2519 = arith.muli %v2518, %v2 : i64
                %v2520 = arith.addi %v2517, %v2519 : i64
                %v2521 = llvm.getelementptr %dx_u[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2514, %v2521 : f32, !llvm.ptr
                %v2522 = arith.muli %v35, %v263 : i64
                %v2523 = arith.muli %v33, %v262 : i64
                %v2524 = arith.addi %v2522, %v2523 : i64
                %v2525 = arith.subi %v176, %v2499 : i64
                %v2526 = arith.muli %v2525, %v2 : i64
                %v2527 = arith.addi %v2524, %v2526 : i64
                %v2528 = llvm.getelementptr %in_u[%v2527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2529 = llvm.load %v2528 : !llvm.ptr -> f32
                %v2530 = arith.mulf %v2529, %v2479 fastmath<contract> : f32
                %v2531 = arith.addf %v2530, %v2495 fastmath<contract> : f32
                %v2532 = arith.mulf %v2531, %v492 fastmath<contract> : f32
                %v2533 = arith.muli %v35, %v263 : i64
                %v2534 = arith.muli %v33, %v262 : i64
                %v2535 = arith.addi %v2533, %v2534 : i64
                %v2536 = arith.subi %v176, %v2499 : i64
                %v2537 = arith.muli %v2536, %v2 : i64
                %v2538 = arith.addi %v2535, %v2537 : i64
                %v2539 = llvm.getelementptr %dx_delta[%v2538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2532, %v2539 : f32, !llvm.ptr
                %v2540 = arith.mulf %v2529, %v2502 fastmath<contract> : f32
                %v2541 = arith.addf %v2463, %v2540 fastmath<contract> : f32
                %v2542 = arith.mulf %v2541, %v2510 fastmath<contract> : f32
                %v2543 = arith.mulf %v2542, %v487 fastmath<contract> : f32
                %v2544 = arith.muli %v35, %v263 : i64
                %v2545 = arith.muli %v33, %v262 : i64
                %v2546 = arith.addi %v2544, %v2545 : i64
                %v2547 = arith.subi %v176, %v2499 : i64
                %v2548 = arith.muli %v2547, %v2 : i64
                %v2549 = arith.addi %v2546, %v2548 : i64
                %v2550 = llvm.getelementptr %dx_z[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2543, %v2550 : f32, !llvm.ptr
                %v2551 = arith.mulf %v2529, %v2511 fastmath<contract> : f32
                %v2552 = llvm.load %v43 : !llvm.ptr -> f32
                %v2553 = arith.addf %v2552, %v2551 fastmath<contract> : f32
                llvm.store %v2553, %v43 : f32, !llvm.ptr
                %v2554 = llvm.load %v44 : !llvm.ptr -> f32
                %v2555 = arith.addf %v2554, %v2532 fastmath<contract> : f32
                llvm.store %v2555, %v44 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2560 = arith.index_cast %v13 : i64 to index
          %v2561 = arith.index_cast %v2559 : i64 to index
          %v2562 = arith.index_cast %v159 : i64 to index
          scf.for %v2563 = %v2560 to %v2561 step %v2562 {
            %v2564 = arith.index_cast %v2563 : index to i64
            %v2565 = arith.remui %v2564, %v15 : i64
            %v2566 = arith.divui %v2564, %v15 : i64
            %v2567 = arith.muli %v383, %v376 : i64
            %v2568 = arith.divui %v2565, %v22 : i64
            %v2569 = arith.addi %v2567, %v2568 : i64
            %v2570 = arith.cmpi slt, %v2569, %v156 : i64
            %v2571 = arith.subi %v156, %v2 : i64
            %v2572 = arith.subi %v2571, %v2569 : i64
            %v2573 = arith.remui %v2565, %v22 : i64
            %v2574 = arith.subi %v104, %v2573 : i64
            %v2575 = arith.muli %v2572, %v22 : i64
            %v2576 = arith.addi %v2575, %v2574 : i64
            %v2577 = arith.cmpi slt, %v2576, %v154 : i64
            %v2578 = arith.andi %v2570, %v2577 : i1
            scf.if %v2578 {
              %v2579 = arith.addi %v152, %v2576 : i64
              %v2580 = arith.muli %v57, %v1 : i64
              %v2581 = arith.addi %v2580, %v2566 : i64
              %v2582 = arith.muli %v2581, %v973 : i64
              %v2583 = arith.addi %v2582, %v2565 : i64
              %v2584 = llvm.getelementptr %v48[%v2583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2585 = llvm.load %v2584 : !llvm.ptr -> f32
              %v2586 = arith.muli %v2, %v1 : i64
              %v2587 = arith.addi %v2586, %v2566 : i64
              %v2588 = arith.muli %v2587, %v973 : i64
              %v2589 = arith.addi %v2588, %v2565 : i64
              %v2590 = llvm.getelementptr %v48[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2591 = llvm.load %v2590 : !llvm.ptr -> f32
              %v2592 = arith.addf %v2585, %v2591 fastmath<contract> : f32
              %v2593 = arith.muli %v579, %v1 : i64
              %v2594 = arith.addi %v2593, %v2566 : i64
              %v2595 = arith.muli %v2594, %v973 : i64
              %v2596 = arith.addi %v2595, %v2565 : i64
              %v2597 = llvm.getelementptr %v48[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2598 = llvm.load %v2597 : !llvm.ptr -> f32
              %v2599 = arith.addf %v2592, %v2598 fastmath<contract> : f32
              %v2600 = arith.muli %v375, %v1 : i64
              %v2601 = arith.addi %v2600, %v2566 : i64
              %v2602 = arith.muli %v2601, %v973 : i64
              %v2603 = arith.addi %v2602, %v2565 : i64
              %v2604 = llvm.getelementptr %v48[%v2603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2605 = llvm.load %v2604 : !llvm.ptr -> f32
              %v2606 = arith.addf %v2599, %v2605 fastmath<contract> : f32
              %v2607 = arith.muli %v376, %v1 : i64
              %v2608 = arith.addi %v2607, %v2566 : i64
              %v2609 = arith.muli %v2608, %v973 : i64
              %v2610 = arith.addi %v2609, %v2565 : i64
              %v2611 = llvm.getelementptr %v48[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
              %v2613 = arith.addf %v2606, %v2612 fastmath<contract> : f32
              %v2614 = arith.muli %v709, %v1 : i64
              %v2615 = arith.addi %v2614, %v2566 : i64
              %v2616 = arith.muli %v2615, %v973 : i64
              %v2617 = arith.addi %v2616, %v2565 : i64
              %v2618 = llvm.getelementptr %v48[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2619 = llvm.load %v2618 : !llvm.ptr -> f32
              %v2620 = arith.addf %v2613, %v2619 fastmath<contract> : f32
              %v2621 = arith.muli %v753, %v1 : i64
              %v2622 = arith.addi %v2621, %v2566 : i64
              %v2623 = arith.muli %v2622, %v973 : i64
              %v2624 = arith.addi %v2623, %v2565 : i64
              %v2625 = llvm.getelementptr %v48[%v2624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2626 = llvm.load %v2625 : !llvm.ptr -> f32
              %v2627 = arith.addf %v2620, %v2626 fastmath<contract> : f32
              %v2628 = arith.muli %v104, %v1 : i64
              %v2629 = arith.addi %v2628, %v2566 : i64
              %v2630 = arith.muli %v2629, %v973 : i64
              %v2631 = arith.addi %v2630, %v2565 : i64
              %v2632 = llvm.getelementptr %v48[%v2631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2633 = llvm.load %v2632 : !llvm.ptr -> f32
              %v2634 = arith.addf %v2627, %v2633 fastmath<contract> : f32
              %v2635 = arith.remui %v2566, %v1 : i64
              %v2636 = arith.divui %v2566, %v1 : i64
              %v2637 = arith.muli %v35, %v172 : i64
              %v2638 = arith.muli %v2635, %v171 : i64
              %v2639 = arith.addi %v2637, %v2638 : i64
              %v2640 = arith.subi %v176, %v2579 : i64
              %v2641 = arith.muli %v2640, %v2 : i64
              %v2642 = arith.addi %v2639, %v2641 : i64
              %v2643 = arith.muli %v21, %v2558 : i64
              %v2644 = arith.addi %v2643, %v2642 : i64
              %v2645 = llvm.getelementptr %part_Bm[%v2644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2634, %v2645 : f32, !llvm.ptr
            }
          }
          %v2649 = arith.index_cast %v13 : i64 to index
          %v2650 = arith.index_cast %v2559 : i64 to index
          %v2651 = arith.index_cast %v159 : i64 to index
          scf.for %v2652 = %v2649 to %v2650 step %v2651 {
            %v2653 = arith.index_cast %v2652 : index to i64
            %v2654 = arith.remui %v2653, %v15 : i64
            %v2655 = arith.divui %v2653, %v15 : i64
            %v2656 = arith.muli %v383, %v376 : i64
            %v2657 = arith.divui %v2654, %v22 : i64
            %v2658 = arith.addi %v2656, %v2657 : i64
            %v2659 = arith.cmpi slt, %v2658, %v156 : i64
            %v2660 = arith.subi %v156, %v2 : i64
            %v2661 = arith.subi %v2660, %v2658 : i64
            %v2662 = arith.remui %v2654, %v22 : i64
            %v2663 = arith.subi %v104, %v2662 : i64
            %v2664 = arith.muli %v2661, %v22 : i64
            %v2665 = arith.addi %v2664, %v2663 : i64
            %v2666 = arith.cmpi slt, %v2665, %v154 : i64
            %v2667 = arith.andi %v2659, %v2666 : i1
            scf.if %v2667 {
              %v2668 = arith.addi %v152, %v2665 : i64
              %v2669 = arith.muli %v57, %v1 : i64
              %v2670 = arith.addi %v2669, %v2655 : i64
              %v2671 = arith.muli %v2670, %v973 : i64
              %v2672 = arith.addi %v2671, %v2654 : i64
              %v2673 = llvm.getelementptr %v50[%v2672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2674 = llvm.load %v2673 : !llvm.ptr -> f32
              %v2675 = arith.muli %v2, %v1 : i64
              %v2676 = arith.addi %v2675, %v2655 : i64
              %v2677 = arith.muli %v2676, %v973 : i64
              %v2678 = arith.addi %v2677, %v2654 : i64
              %v2679 = llvm.getelementptr %v50[%v2678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2680 = llvm.load %v2679 : !llvm.ptr -> f32
              %v2681 = arith.addf %v2674, %v2680 fastmath<contract> : f32
              %v2682 = arith.muli %v579, %v1 : i64
              %v2683 = arith.addi %v2682, %v2655 : i64
              %v2684 = arith.muli %v2683, %v973 : i64
              %v2685 = arith.addi %v2684, %v2654 : i64
              %v2686 = llvm.getelementptr %v50[%v2685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2687 = llvm.load %v2686 : !llvm.ptr -> f32
              %v2688 = arith.addf %v2681, %v2687 fastmath<contract> : f32
              %v2689 = arith.muli %v375, %v1 : i64
              %v2690 = arith.addi %v2689, %v2655 : i64
              %v2691 = arith.muli %v2690, %v973 : i64
              %v2692 = arith.addi %v2691, %v2654 : i64
              %v2693 = llvm.getelementptr %v50[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2694 = llvm.load %v2693 : !llvm.ptr -> f32
              %v2695 = arith.addf %v2688, %v2694 fastmath<contract> : f32
              %v2696 = arith.muli %v376, %v1 : i64
              %v2697 = arith.addi %v2696, %v2655 : i64
              %v2698 = arith.muli %v2697, %v973 : i64
              %v2699 = arith.addi %v2698, %v2654 : i64
              %v2700 = llvm.getelementptr %v50[%v2699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
              %v2702 = arith.addf %v2695, %v2701 fastmath<contract> : f32
              %v2703 = arith.muli %v709, %v1 : i64
              %v2704 = arith.addi %v2703, %v2655 : i64
              %v2705 = arith.muli %v2704, %v973 : i64
              %v2706 = arith.addi %v2705, %v2654 : i64
              %v2707 = llvm.getelementptr %v50[%v2706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2708 = llvm.load %v2707 : !llvm.ptr -> f32
              %v2709 = arith.addf %v2702, %v2708 fastmath<contract> : f32
              %v2710 = arith.muli %v753, %v1 : i64
              %v2711 = arith.addi %v2710, %v2655 : i64
              %v2712 = arith.muli %v2711, %v973 : i64
              %v2713 = arith.addi %v2712, %v2654 : i64
              %v2714 = llvm.getelementptr %v50[%v2713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2715 = llvm.load %v2714 : !llvm.ptr -> f32
              %v2716 = arith.addf %v2709, %v2715 fastmath<contract> : f32
              %v2717 = arith.muli %v104, %v1 : i64
              %v2718 = arith.addi %v2717, %v2655 : i64
              %v2719 = arith.muli %v2718, %v973 : i64
              %v2720 = arith.addi %v2719, %v2654 : i64
              %v2721 = llvm.getelementptr %v50[%v2720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2722 = llvm.load %v2721 : !llvm.ptr -> f32
              %v2723 = arith.addf %v2716, %v2722 fastmath<contract> : f32
              %v2724 = arith.remui %v2655, %v1 : i64
              %v2725 = arith.divui %v2655, %v1 : i64
              %v2726 = arith.muli %v35, %v172 : i64
              %v2727 = arith.muli %v2724, %v171 : i64
              %v2728 = arith.addi %v2726, %v2727 : i64
              %v2729 = arith.subi %v176, %v2668 : i64
              %v2730 = arith.muli %v2729, %v2 : i64
              %v2731 = arith.addi %v2728, %v2730 : i64
              %v2732 = arith.muli %v21, %v2648 : i64
              %v2733 = arith.addi %v2732, %v2731 : i64
              %v2734 = llvm.getelementptr %part_Cm[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2723, %v2734 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2735 = arith.constant true
      scf.if %v2735 {
        %v2736 = llvm.load %v37 : !llvm.ptr -> f32
        %v2737 = llvm.load %v39 : !llvm.ptr -> f32
        %v2738 = arith.mulf %v2737, %v2736 fastmath<contract> : f32
        %v2739 = llvm.load %v45 : !llvm.ptr -> f32
        %v2740 = arith.addf %v2739, %v2738 fastmath<contract> : f32
        llvm.store %v2740, %v45 : f32, !llvm.ptr
        %v2741 = llvm.load %v38 : !llvm.ptr -> f32
        %v2742 = llvm.load %v40 : !llvm.ptr -> f32
        %v2743 = arith.mulf %v2742, %v2741 fastmath<contract> : f32
        %v2744 = llvm.load %v46 : !llvm.ptr -> f32
        %v2745 = arith.addf %v2744, %v2743 fastmath<contract> : f32
        llvm.store %v2745, %v46 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v2746 = llvm.load %v41 : !llvm.ptr -> f32
        %v2747 = arith.addi %v57, %v23 : i64
        %v2748 = arith.muli %v29, %v1 : i64
        %v2749 = arith.addi %v2748, %v2747 : i64
        %v2750 = llvm.getelementptr %part_A[%v2749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2746, %v2750 : f32, !llvm.ptr
        %v2751 = llvm.load %v42 : !llvm.ptr -> f32
        %v2752 = arith.addi %v22, %v23 : i64
        %v2753 = arith.muli %v29, %v1 : i64
        %v2754 = arith.addi %v2753, %v2752 : i64
        %v2755 = llvm.getelementptr %part_A[%v2754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2751, %v2755 : f32, !llvm.ptr
      }
      %v2756 = llvm.load %v43 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2757, %v2758 = gpu.shuffle xor %v2756, %v1245, %v328 : f32
      %v2759 = arith.addf %v2756, %v2757 fastmath<contract> : f32
      %v2760, %v2761 = gpu.shuffle xor %v2759, %v1648, %v328 : f32
      %v2762 = arith.addf %v2759, %v2760 fastmath<contract> : f32
      %v2763, %v2764 = gpu.shuffle xor %v2762, %v1453, %v328 : f32
      %v2765 = arith.addf %v2762, %v2763 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2765, %v43 : f32, !llvm.ptr
      %v2766 = arith.cmpi eq, %v23, %v57 : i64
      %v2767 = arith.andi %v27, %v2766 : i1
      scf.if %v2767 {
        %v2768 = llvm.load %v43 : !llvm.ptr -> f32
        %v2769 = arith.muli %v29, %v2 : i64
        %v2770 = arith.addi %v2769, %v57 : i64
        %v2771 = llvm.getelementptr %part_Dskip[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2768, %v2771 : f32, !llvm.ptr
      }
      %v2772 = llvm.load %v44 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v2773, %v2774 = gpu.shuffle xor %v2772, %v1245, %v328 : f32
      %v2775 = arith.addf %v2772, %v2773 fastmath<contract> : f32
      %v2776, %v2777 = gpu.shuffle xor %v2775, %v1648, %v328 : f32
      %v2778 = arith.addf %v2775, %v2776 fastmath<contract> : f32
      %v2779, %v2780 = gpu.shuffle xor %v2778, %v1453, %v328 : f32
      %v2781 = arith.addf %v2778, %v2779 fastmath<contract> : f32
      // end sum over the lanes
      llvm.store %v2781, %v44 : f32, !llvm.ptr
      %v2782 = arith.cmpi eq, %v23, %v57 : i64
      %v2783 = arith.andi %v27, %v2782 : i1
      scf.if %v2783 {
        %v2784 = llvm.load %v44 : !llvm.ptr -> f32
        %v2785 = arith.muli %v29, %v2 : i64
        %v2786 = arith.addi %v2785, %v57 : i64
        %v2787 = llvm.getelementptr %part_dt_bias[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2784, %v2787 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v2788 = llvm.load %v45 : !llvm.ptr -> f32
        %v2789 = arith.muli %v35, %v60 : i64
        %v2790 = arith.muli %v33, %v59 : i64
        %v2791 = arith.addi %v2789, %v2790 : i64
        %v2792 = arith.muli %v23, %v2 : i64
        %v2793 = arith.addi %v2791, %v2792 : i64
        %v2794 = llvm.getelementptr %dx_h0[%v2793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2788, %v2794 : f32, !llvm.ptr
        %v2795 = llvm.load %v46 : !llvm.ptr -> f32
        %v2796 = arith.muli %v35, %v60 : i64
        %v2797 = arith.muli %v33, %v59 : i64
        %v2798 = arith.addi %v2796, %v2797 : i64
        %v2799 = arith.constant 8 : i64
        %v2800 = arith.addi %v2799, %v23 : i64
        %v2801 = arith.muli %v2800, %v2 : i64
        %v2802 = arith.addi %v2798, %v2801 : i64
        %v2803 = llvm.getelementptr %dx_h0[%v2802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2795, %v2803 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
