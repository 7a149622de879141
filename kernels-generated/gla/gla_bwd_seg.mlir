module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_gla_bwd_seg_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @tile_gla_bwd_seg_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @tile_gla_bwd_seg_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @rows_gla_bwd_seg_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_seg_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_seg_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @gla_bwd_seg(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_g: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %segcarry_S: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_g: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 32 : i64
      %v21 = arith.constant 31 : i64
      %v32 = arith.constant 8 : i64
      %v49 = arith.constant 4 : i64
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.mlir.addressof @tile_gla_bwd_seg_q : !llvm.ptr<3>
      %v58 = llvm.addrspacecast %v57 : !llvm.ptr<3> to !llvm.ptr
      %v59 = llvm.mlir.addressof @tile_gla_bwd_seg_k : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = llvm.mlir.addressof @tile_gla_bwd_seg_g : !llvm.ptr<3>
      %v62 = llvm.addrspacecast %v61 : !llvm.ptr<3> to !llvm.ptr
      %v63 = llvm.mlir.addressof @rows_gla_bwd_seg_q : !llvm.ptr<3>
      %v64 = llvm.addrspacecast %v63 : !llvm.ptr<3> to !llvm.ptr
      %v65 = llvm.mlir.addressof @rows_gla_bwd_seg_k : !llvm.ptr<3>
      %v66 = llvm.addrspacecast %v65 : !llvm.ptr<3> to !llvm.ptr
      %v67 = llvm.mlir.addressof @rows_gla_bwd_seg_g : !llvm.ptr<3>
      %v68 = llvm.addrspacecast %v67 : !llvm.ptr<3> to !llvm.ptr
      %v69 = arith.constant 0x00000000 : f32
      %v70 = arith.constant 0x3F800000 : f32
      %v71 = arith.constant 0 : i64
      %v117 = arith.constant 64 : i64
      %v118 = arith.constant 7 : i64
      %v174 = arith.constant 1024 : i64
      %v186 = arith.muli %v2, %v1 : i64
      %v187 = arith.muli %v186, %size_H : i64
      %v188 = arith.muli %v187, %size_L : i64
      %v198 = arith.constant 65 : i64
      %v249 = arith.muli %v2, %size_B : i64
      %v250 = arith.muli %v249, %size_H : i64
      %v251 = arith.muli %v250, %v1 : i64
      %v252 = arith.muli %v251, %size_DV : i64
      %v254 = arith.muli %v2, %size_DV : i64
      %v255 = arith.muli %v254, %v1 : i64
      %v256 = arith.muli %v255, %size_H : i64
      %v267 = arith.muli %v2, %size_B : i64
      %v268 = arith.muli %v267, %size_H : i64
      %v269 = arith.muli %v268, %v1 : i64
      %v270 = arith.muli %v269, %size_DV : i64
      %v321 = arith.constant 32 : i32
      %v331 = arith.constant 0x3FB8AA3B : f32
      %v336 = arith.constant 0x3D800000 : f32
      %v345 = arith.muli %v2, %size_DV : i64
      %v346 = arith.muli %v345, %size_H : i64
      %v347 = arith.muli %v346, %size_L : i64
      %v387 = arith.constant 2 : i64
      %v607 = arith.constant 3 : i64
      %v724 = arith.constant 5 : i64
      %v783 = arith.constant 6 : i64
      %v900 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v915 = arith.constant 2147483647 : i64
      %v919 = arith.constant 7 : i32
      %v980 = arith.constant 0xBF700000 : f32
      %v1012 = arith.constant 8 : i32
      %v1016 = arith.constant 16 : i32
      %v1026 = arith.constant 17 : i64
      %v1133 = arith.constant 6 : i32
      %v1344 = arith.constant 1 : i32
      %v1349 = arith.constant 5 : i32
      %v1559 = arith.constant 4 : i32
      %v1775 = arith.constant 2 : i32
      %v1780 = arith.constant 3 : i32
      %v2413 = arith.constant 0 : i32
      %v3135 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v4876 = arith.muli %v2, %size_B : i64
      %v4877 = arith.muli %v4876, %size_L : i64
      %v4878 = arith.muli %v4877, %size_H : i64
      %v4879 = arith.muli %v4878, %v1 : i64
      %v4969 = arith.muli %v2, %size_B : i64
      %v4970 = arith.muli %v4969, %size_L : i64
      %v4971 = arith.muli %v4970, %size_H : i64
      %v4972 = arith.muli %v4971, %v1 : i64
      %v5062 = arith.muli %v2, %size_B : i64
      %v5063 = arith.muli %v5062, %size_L : i64
      %v5064 = arith.muli %v5063, %size_H : i64
      %v5065 = arith.muli %v5064, %v1 : i64
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v22 = arith.addi %size_DV, %v21 : i64
      %v23 = arith.divui %v22, %v20 : i64
      %v24 = arith.maxsi %v23, %v2 : i64
      %v25 = arith.maxsi %size_DV, %v2 : i64
      %v26 = arith.divui %v5, %v25 : i64
      %v27 = arith.muli %v26, %v24 : i64
      %v28 = arith.divui %v19, %v27 : i64
      %v29 = arith.remui %v19, %v27 : i64
      %v30 = arith.divui %v29, %v24 : i64
      %v31 = arith.remui %v29, %v24 : i64
      %v33 = arith.remui %v18, %v32 : i64
      %v34 = arith.divui %v18, %v32 : i64
      %v35 = arith.muli %v31, %v20 : i64
      %v36 = arith.addi %v35, %v34 : i64
      %v37 = arith.cmpi slt, %v36, %size_DV : i64
      %v38 = arith.muli %v30, %size_DV : i64
      %v39 = arith.addi %v38, %v36 : i64
      %v40 = arith.subi %size_DV, %v2 : i64
      %v41 = arith.minsi %v36, %v40 : i64
      %v42 = arith.addi %v38, %v41 : i64
      %v43 = arith.remui %v42, %size_DV : i64
      %v44 = arith.divui %v42, %size_DV : i64
      %v45 = arith.remui %v44, %size_H : i64
      %v46 = arith.divui %v44, %size_H : i64
      %v47 = arith.remui %v46, %size_B : i64
      %v48 = arith.divui %v46, %size_B : i64
      %v122 = arith.trunci %v18 : i64 to i32
      %v123 = arith.constant 24 : i32
      %v124 = arith.andi %v122, %v123 : i32
      %v125 = arith.constant 0 : i32
      %v126 = arith.ori %v124, %v125 : i32
      %v127 = arith.constant 0 : i64
      %v128 = arith.cmpi eq, %v33, %v127 : i64
      %v129 = arith.constant 1 : i32
      %v130 = arith.ori %v124, %v129 : i32
      %v131 = arith.constant 1 : i64
      %v132 = arith.cmpi eq, %v33, %v131 : i64
      %v133 = arith.constant 2 : i32
      %v134 = arith.ori %v124, %v133 : i32
      %v135 = arith.constant 2 : i64
      %v136 = arith.cmpi eq, %v33, %v135 : i64
      %v137 = arith.constant 3 : i32
      %v138 = arith.ori %v124, %v137 : i32
      %v139 = arith.constant 3 : i64
      %v140 = arith.cmpi eq, %v33, %v139 : i64
      %v141 = arith.constant 4 : i32
      %v142 = arith.ori %v124, %v141 : i32
      %v143 = arith.constant 4 : i64
      %v144 = arith.cmpi eq, %v33, %v143 : i64
      %v145 = arith.constant 5 : i32
      %v146 = arith.ori %v124, %v145 : i32
      %v147 = arith.constant 5 : i64
      %v148 = arith.cmpi eq, %v33, %v147 : i64
      %v149 = arith.constant 6 : i32
      %v150 = arith.ori %v124, %v149 : i32
      %v151 = arith.constant 6 : i64
      %v152 = arith.cmpi eq, %v33, %v151 : i64
      %v153 = arith.constant 7 : i32
      %v154 = arith.ori %v124, %v153 : i32
      %v155 = arith.constant 7 : i64
      %v156 = arith.cmpi eq, %v33, %v155 : i64
      %v50 = arith.muli %v28, %v49 : i64
      %v51 = arith.addi %v50, %v49 : i64
      %v52 = arith.muli %v28, %v5 : i64
      llvm.store %v69, %v53 : f32, !llvm.ptr
      llvm.store %v69, %v54 : f32, !llvm.ptr
      llvm.store %v70, %v55 : f32, !llvm.ptr
      llvm.store %v70, %v56 : f32, !llvm.ptr
      %v72 = arith.addi %v71, %v33 : i64
      %v73 = arith.muli %v71, %v9 : i64
      %v74 = arith.addi %v73, %v28 : i64
      %v75 = arith.muli %v74, %v1 : i64
      %v76 = arith.addi %v75, %v72 : i64
      %v77 = arith.muli %v76, %v5 : i64
      %v78 = arith.subi %v5, %v2 : i64
      %v79 = arith.minsi %v39, %v78 : i64
      %v80 = arith.addi %v77, %v79 : i64
      %v81 = llvm.getelementptr %segcarry_S[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      llvm.store %v82, %v53 : f32, !llvm.ptr
      %v83 = arith.addi %v71, %v33 : i64
      %v84 = arith.muli %v2, %v9 : i64
      %v85 = arith.addi %v84, %v28 : i64
      %v86 = arith.muli %v85, %v1 : i64
      %v87 = arith.addi %v86, %v83 : i64
      %v88 = arith.muli %v87, %v5 : i64
      %v89 = arith.subi %v5, %v2 : i64
      %v90 = arith.minsi %v39, %v89 : i64
      %v91 = arith.addi %v88, %v90 : i64
      %v92 = llvm.getelementptr %segcarry_S[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v93 = llvm.load %v92 : !llvm.ptr -> f32
      llvm.store %v93, %v55 : f32, !llvm.ptr
      %v94 = arith.addi %v32, %v33 : i64
      %v95 = arith.muli %v71, %v9 : i64
      %v96 = arith.addi %v95, %v28 : i64
      %v97 = arith.muli %v96, %v1 : i64
      %v98 = arith.addi %v97, %v94 : i64
      %v99 = arith.muli %v98, %v5 : i64
      %v100 = arith.subi %v5, %v2 : i64
      %v101 = arith.minsi %v39, %v100 : i64
      %v102 = arith.addi %v99, %v101 : i64
      %v103 = llvm.getelementptr %segcarry_S[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v104 = llvm.load %v103 : !llvm.ptr -> f32
      llvm.store %v104, %v54 : f32, !llvm.ptr
      %v105 = arith.addi %v32, %v33 : i64
      %v106 = arith.muli %v2, %v9 : i64
      %v107 = arith.addi %v106, %v28 : i64
      %v108 = arith.muli %v107, %v1 : i64
      %v109 = arith.addi %v108, %v105 : i64
      %v110 = arith.muli %v109, %v5 : i64
      %v111 = arith.subi %v5, %v2 : i64
      %v112 = arith.minsi %v39, %v111 : i64
      %v113 = arith.addi %v110, %v112 : i64
      %v114 = llvm.getelementptr %segcarry_S[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v115 = llvm.load %v114 : !llvm.ptr -> f32
      llvm.store %v115, %v56 : f32, !llvm.ptr
      %v116 = arith.cmpi eq, %size_L, %v71 : i64
      scf.if %v116 {
        llvm.store %v69, %v14 : f32, !llvm.ptr
        llvm.store %v69, %v15 : f32, !llvm.ptr
      }
      %v119 = arith.subi %v117, %v2 : i64
      %v120 = arith.addi %size_L, %v119 : i64
      %v121 = arith.divui %v120, %v117 : i64
      %v157 = arith.minsi %v51, %v121 : i64
      %v158 = arith.muli %v28, %v32 : i64
      %v159 = arith.subi %v157, %v50 : i64
      %v160 = arith.maxsi %v159, %v71 : i64
      %v161 = arith.index_cast %v71 : i64 to index
      %v162 = arith.index_cast %v160 : i64 to index
      %v163 = arith.index_cast %v2 : i64 to index
      scf.for %v164 = %v161 to %v162 step %v163 {
        %v165 = arith.index_cast %v164 : index to i64
        %v166 = arith.subi %v157, %v2 : i64
        %v167 = arith.subi %v166, %v165 : i64
        %v168 = arith.muli %v167, %v117 : i64
        %v169 = arith.subi %size_L, %v168 : i64
        %v170 = arith.minsi %v169, %v117 : i64
        %v171 = arith.addi %v170, %v118 : i64
        %v172 = arith.divui %v171, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v173 = arith.subi %size_L, %v2 : i64
        %v175 = arith.index_cast %v18 : i64 to index
        %v176 = arith.index_cast %v174 : i64 to index
        %v177 = arith.index_cast %v8 : i64 to index
        scf.for %v178 = %v175 to %v176 step %v177 {
          %v179 = arith.index_cast %v178 : index to i64
          %v180 = arith.remui %v179, %v117 : i64
          %v181 = arith.divui %v179, %v117 : i64
          %v182 = arith.addi %v168, %v180 : i64
          %v183 = arith.minsi %v182, %v173 : i64
          %v184 = arith.remui %v181, %v1 : i64
          %v185 = arith.divui %v181, %v1 : i64
          %v189 = arith.muli %v47, %v188 : i64
          %v190 = arith.muli %v183, %v187 : i64
          %v191 = arith.addi %v189, %v190 : i64
          %v192 = arith.muli %v45, %v186 : i64
          %v193 = arith.addi %v191, %v192 : i64
          %v194 = arith.muli %v184, %v2 : i64
          %v195 = arith.addi %v193, %v194 : i64
          %v196 = llvm.getelementptr %in_q[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 : !llvm.ptr -> f32
          %v199 = arith.muli %v181, %v198 : i64
          %v200 = arith.addi %v199, %v180 : i64
          %v201 = llvm.getelementptr %v64[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v197, %v201 : f32, !llvm.ptr
        }
        %v202 = arith.index_cast %v18 : i64 to index
        %v203 = arith.index_cast %v174 : i64 to index
        %v204 = arith.index_cast %v8 : i64 to index
        scf.for %v205 = %v202 to %v203 step %v204 {
          %v206 = arith.index_cast %v205 : index to i64
          %v207 = arith.remui %v206, %v117 : i64
          %v208 = arith.divui %v206, %v117 : i64
          %v209 = arith.addi %v168, %v207 : i64
          %v210 = arith.minsi %v209, %v173 : i64
          %v211 = arith.remui %v208, %v1 : i64
          %v212 = arith.divui %v208, %v1 : i64
          %v213 = arith.muli %v47, %v188 : i64
          %v214 = arith.muli %v210, %v187 : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = arith.muli %v45, %v186 : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = arith.muli %v211, %v2 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = llvm.getelementptr %in_k[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v221 = llvm.load %v220 : !llvm.ptr -> f32
          %v222 = arith.muli %v208, %v198 : i64
          %v223 = arith.addi %v222, %v207 : i64
          %v224 = llvm.getelementptr %v66[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v221, %v224 : f32, !llvm.ptr
        }
        %v225 = arith.index_cast %v18 : i64 to index
        %v226 = arith.index_cast %v174 : i64 to index
        %v227 = arith.index_cast %v8 : i64 to index
        scf.for %v228 = %v225 to %v226 step %v227 {
          %v229 = arith.index_cast %v228 : index to i64
          %v230 = arith.remui %v229, %v117 : i64
          %v231 = arith.divui %v229, %v117 : i64
          %v232 = arith.addi %v168, %v230 : i64
          %v233 = arith.minsi %v232, %v173 : i64
          %v234 = arith.remui %v231, %v1 : i64
          %v235 = arith.divui %v231, %v1 : i64
          %v236 = arith.muli %v47, %v188 : i64
          %v237 = arith.muli %v233, %v187 : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.muli %v45, %v186 : i64
          %v240 = arith.addi %v238, %v239 : i64
          %v241 = arith.muli %v234, %v2 : i64
          %v242 = arith.addi %v240, %v241 : i64
          %v243 = llvm.getelementptr %in_g[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v244 = llvm.load %v243 : !llvm.ptr -> f32
          %v245 = arith.muli %v231, %v198 : i64
          %v246 = arith.addi %v245, %v230 : i64
          %v247 = llvm.getelementptr %v68[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v244, %v247 : f32, !llvm.ptr
        }
        gpu.barrier
        %v248 = arith.subi %v170, %v2 : i64
        %v253 = arith.muli %v167, %v252 : i64
        %v257 = arith.muli %v47, %v256 : i64
        %v258 = arith.muli %v45, %v255 : i64
        %v259 = arith.addi %v257, %v258 : i64
        %v260 = arith.muli %v33, %v254 : i64
        %v261 = arith.addi %v259, %v260 : i64
        %v262 = arith.muli %v43, %v2 : i64
        %v263 = arith.addi %v261, %v262 : i64
        %v264 = arith.addi %v253, %v263 : i64
        %v265 = llvm.getelementptr %ckpt_S[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v266 = llvm.load %v265 : !llvm.ptr -> f32
        llvm.store %v266, %v12 : f32, !llvm.ptr
        %v271 = arith.muli %v167, %v270 : i64
        %v272 = arith.muli %v47, %v256 : i64
        %v273 = arith.muli %v45, %v255 : i64
        %v274 = arith.addi %v272, %v273 : i64
        %v275 = arith.constant 8 : i64
        %v276 = arith.addi %v275, %v33 : i64
        %v277 = arith.muli %v276, %v254 : i64
        %v278 = arith.addi %v274, %v277 : i64
        %v279 = arith.muli %v43, %v2 : i64
        %v280 = arith.addi %v278, %v279 : i64
        %v281 = arith.addi %v271, %v280 : i64
        %v282 = llvm.getelementptr %ckpt_S[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v283 = llvm.load %v282 : !llvm.ptr -> f32
        llvm.store %v283, %v13 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v284 = arith.index_cast %v71 : i64 to index
        %v285 = arith.index_cast %v172 : i64 to index
        %v286 = arith.index_cast %v2 : i64 to index
        scf.for %v287 = %v284 to %v285 step %v286 {
          %v288 = arith.index_cast %v287 : index to i64
          %v289 = arith.addi %v158, %v288 : i64
          scf.if %v37 {
            %v290 = llvm.load %v12 : !llvm.ptr -> f32
            %v291 = arith.muli %v289, %v5 : i64
            %v292 = arith.subi %v5, %v2 : i64
            %v293 = arith.minsi %v39, %v292 : i64
            %v294 = arith.addi %v291, %v293 : i64
            %v295 = arith.muli %v294, %v1 : i64
            %v296 = arith.addi %v295, %v71 : i64
            %v297 = arith.addi %v296, %v33 : i64
            %v298 = llvm.getelementptr %scratch_S[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v290, %v298 : f32, !llvm.ptr
            %v299 = llvm.load %v13 : !llvm.ptr -> f32
            %v300 = arith.muli %v289, %v5 : i64
            %v301 = arith.subi %v5, %v2 : i64
            %v302 = arith.minsi %v39, %v301 : i64
            %v303 = arith.addi %v300, %v302 : i64
            %v304 = arith.muli %v303, %v1 : i64
            %v305 = arith.addi %v304, %v32 : i64
            %v306 = arith.addi %v305, %v33 : i64
            %v307 = llvm.getelementptr %scratch_S[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v299, %v307 : f32, !llvm.ptr
          }
          %v308 = arith.muli %v288, %v32 : i64
          %v309 = arith.addi %v308, %v33 : i64
          %v310 = arith.minsi %v309, %v248 : i64
          %v311 = arith.addi %v168, %v310 : i64
          %v312 = arith.subi %v170, %v308 : i64
          %v313 = arith.trunci %v312 : i64 to i32
          %v314 = arith.index_cast %v71 : i64 to index
          %v315 = arith.index_cast %v32 : i64 to index
          %v316 = arith.index_cast %v2 : i64 to index
          scf.for %v317 = %v314 to %v315 step %v316 {
            %v318 = arith.index_cast %v317 : index to i64
            %v319 = arith.trunci %v318 : i64 to i32
            %v320 = arith.ori %v126, %v319 : i32
            %v322 = arith.addi %v308, %v318 : i64
            %v323 = arith.cmpi slt, %v319, %v313 : i32
            scf.if %v323 {
              %v324 = arith.addi %v168, %v322 : i64
              %v325 = arith.muli %v33, %v198 : i64
              %v326 = arith.subi %v324, %v168 : i64
              %v327 = arith.addi %v325, %v326 : i64
              %v328 = llvm.getelementptr %v68[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v329 = llvm.load %v328 : !llvm.ptr -> f32
              %v330 = arith.negf %v329 : f32
              %v332 = arith.mulf %v330, %v331 fastmath<contract> : f32
              %v333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v332) : (f32) -> f32
              %v334 = arith.addf %v70, %v333 fastmath<contract> : f32
              %v335 = arith.divf %v70, %v334 : f32
              %v337 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v335) : (f32) -> f32
              %v338 = arith.mulf %v336, %v337 fastmath<contract> : f32
              %v339 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v338) : (f32) -> f32
              %v340 = arith.muli %v33, %v198 : i64
              %v341 = arith.subi %v324, %v168 : i64
              %v342 = arith.addi %v340, %v341 : i64
              %v343 = llvm.getelementptr %v66[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v344 = llvm.load %v343 : !llvm.ptr -> f32
              %v348 = arith.muli %v47, %v347 : i64
              %v349 = arith.muli %v324, %v346 : i64
              %v350 = arith.addi %v348, %v349 : i64
              %v351 = arith.muli %v45, %v345 : i64
              %v352 = arith.addi %v350, %v351 : i64
              %v353 = arith.muli %v43, %v2 : i64
              %v354 = arith.addi %v352, %v353 : i64
              %v355 = llvm.getelementptr %in_v[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v356 = llvm.load %v355 : !llvm.ptr -> f32
              %v357 = arith.mulf %v344, %v356 fastmath<contract> : f32
              %v358 = llvm.load %v12 : !llvm.ptr -> f32
              %v359 = arith.mulf %v339, %v358 fastmath<contract> : f32
              %v360 = arith.addf %v359, %v357 fastmath<contract> : f32
              llvm.store %v360, %v12 : f32, !llvm.ptr
              %v361 = arith.constant 8 : i64
              %v362 = arith.addi %v361, %v33 : i64
              %v363 = arith.muli %v362, %v198 : i64
              %v364 = arith.subi %v324, %v168 : i64
              %v365 = arith.addi %v363, %v364 : i64
              %v366 = llvm.getelementptr %v68[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v367 = llvm.load %v366 : !llvm.ptr -> f32
              %v368 = arith.negf %v367 : f32
              %v369 = arith.mulf %v368, %v331 fastmath<contract> : f32
              %v370 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v369) : (f32) -> f32
              %v371 = arith.addf %v70, %v370 fastmath<contract> : f32
              %v372 = arith.divf %v70, %v371 : f32
              %v373 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v372) : (f32) -> f32
              %v374 = arith.mulf %v336, %v373 fastmath<contract> : f32
              %v375 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v374) : (f32) -> f32
              %v376 = arith.constant 8 : i64
              %v377 = arith.addi %v376, %v33 : i64
              %v378 = arith.muli %v377, %v198 : i64
              %v379 = arith.subi %v324, %v168 : i64
              %v380 = arith.addi %v378, %v379 : i64
              %v381 = llvm.getelementptr %v66[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v382 = llvm.load %v381 : !llvm.ptr -> f32
              %v383 = arith.mulf %v382, %v356 fastmath<contract> : f32
              %v384 = llvm.load %v13 : !llvm.ptr -> f32
              %v385 = arith.mulf %v375, %v384 fastmath<contract> : f32
              %v386 = arith.addf %v385, %v383 fastmath<contract> : f32
              llvm.store %v386, %v13 : f32, !llvm.ptr
            }
          }
        }
        %v388 = arith.addi %v172, %v2 : i64
        %v389 = arith.divui %v388, %v387 : i64
        %v390 = arith.index_cast %v71 : i64 to index
        %v391 = arith.index_cast %v389 : i64 to index
        %v392 = arith.index_cast %v2 : i64 to index
        scf.for %v393 = %v390 to %v391 step %v392 {
          %v394 = arith.index_cast %v393 : index to i64
          %v395 = arith.muli %v394, %v387 : i64
          %v396 = arith.addi %v395, %v387 : i64
          %v397 = arith.index_cast %v395 : i64 to index
          %v398 = arith.index_cast %v396 : i64 to index
          %v399 = arith.index_cast %v2 : i64 to index
          scf.for %v400 = %v397 to %v398 step %v399 {
            %v401 = arith.index_cast %v400 : index to i64
            %v402 = arith.cmpi slt, %v401, %v172 : i64
            scf.if %v402 {
              %v403 = arith.subi %v172, %v2 : i64
              %v404 = arith.subi %v403, %v401 : i64
              %v405 = arith.muli %v404, %v32 : i64
              %v406 = arith.remui %v401, %v387 : i64
              %v407 = arith.muli %v406, %v32 : i64
              %v408 = arith.addi %v158, %v404 : i64
              %v409 = arith.addi %v405, %v32 : i64
              %v410 = arith.cmpi sle, %v409, %v170 : i64
              scf.if %v410 {
                %v411 = arith.subi %v170, %v2 : i64
                %v412 = arith.muli %v408, %v5 : i64
                %v413 = arith.subi %v5, %v2 : i64
                %v414 = arith.minsi %v39, %v413 : i64
                %v415 = arith.addi %v412, %v414 : i64
                %v416 = arith.muli %v415, %v1 : i64
                %v417 = arith.addi %v416, %v71 : i64
                %v418 = arith.addi %v417, %v33 : i64
                %v419 = llvm.getelementptr %scratch_S[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v420 = llvm.load %v419 : !llvm.ptr -> f32
                %v421 = arith.muli %v408, %v5 : i64
                %v422 = arith.subi %v5, %v2 : i64
                %v423 = arith.minsi %v39, %v422 : i64
                %v424 = arith.addi %v421, %v423 : i64
                %v425 = arith.muli %v424, %v1 : i64
                %v426 = arith.addi %v425, %v32 : i64
                %v427 = arith.addi %v426, %v33 : i64
                %v428 = llvm.getelementptr %scratch_S[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.addi %v405, %v33 : i64
                %v431 = arith.minsi %v430, %v411 : i64
                %v432 = arith.addi %v168, %v431 : i64
                // the group's states, recomputed into registers
                %v433 = arith.addi %v405, %v71 : i64
                %v434 = arith.minsi %v433, %v411 : i64
                %v435 = arith.addi %v168, %v434 : i64
                %v436 = arith.muli %v33, %v198 : i64
                %v437 = arith.subi %v435, %v168 : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = llvm.getelementptr %v68[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v440 = llvm.load %v439 : !llvm.ptr -> f32
                %v441 = arith.negf %v440 : f32
                %v442 = arith.mulf %v441, %v331 fastmath<contract> : f32
                %v443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v442) : (f32) -> f32
                %v444 = arith.addf %v70, %v443 fastmath<contract> : f32
                %v445 = arith.divf %v70, %v444 : f32
                %v446 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v445) : (f32) -> f32
                %v447 = arith.mulf %v336, %v446 fastmath<contract> : f32
                %v448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v447) : (f32) -> f32
                %v449 = arith.muli %v33, %v198 : i64
                %v450 = arith.subi %v435, %v168 : i64
                %v451 = arith.addi %v449, %v450 : i64
                %v452 = llvm.getelementptr %v66[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v453 = llvm.load %v452 : !llvm.ptr -> f32
                %v454 = arith.muli %v47, %v347 : i64
                %v455 = arith.muli %v435, %v346 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = arith.muli %v45, %v345 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = arith.muli %v43, %v2 : i64
                %v460 = arith.addi %v458, %v459 : i64
                %v461 = llvm.getelementptr %in_v[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v462 = llvm.load %v461 : !llvm.ptr -> f32
                %v463 = arith.mulf %v453, %v462 fastmath<contract> : f32
                %v464 = arith.mulf %v448, %v420 fastmath<contract> : f32
                %v465 = arith.addf %v464, %v463 fastmath<contract> : f32
                %v466 = arith.constant 8 : i64
                %v467 = arith.addi %v466, %v33 : i64
                %v468 = arith.muli %v467, %v198 : i64
                %v469 = arith.subi %v435, %v168 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = llvm.getelementptr %v68[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                %v473 = arith.negf %v472 : f32
                %v474 = arith.mulf %v473, %v331 fastmath<contract> : f32
                %v475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v474) : (f32) -> f32
                %v476 = arith.addf %v70, %v475 fastmath<contract> : f32
                %v477 = arith.divf %v70, %v476 : f32
                %v478 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v477) : (f32) -> f32
                %v479 = arith.mulf %v336, %v478 fastmath<contract> : f32
                %v480 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v479) : (f32) -> f32
                %v481 = arith.constant 8 : i64
                %v482 = arith.addi %v481, %v33 : i64
                %v483 = arith.muli %v482, %v198 : i64
                %v484 = arith.subi %v435, %v168 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = llvm.getelementptr %v66[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v487 = llvm.load %v486 : !llvm.ptr -> f32
                %v488 = arith.mulf %v487, %v462 fastmath<contract> : f32
                %v489 = arith.mulf %v480, %v429 fastmath<contract> : f32
                %v490 = arith.addf %v489, %v488 fastmath<contract> : f32
                %v491 = arith.addi %v405, %v2 : i64
                %v492 = arith.minsi %v491, %v411 : i64
                %v493 = arith.addi %v168, %v492 : i64
                %v494 = arith.muli %v33, %v198 : i64
                %v495 = arith.subi %v493, %v168 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = llvm.getelementptr %v68[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.negf %v498 : f32
                %v500 = arith.mulf %v499, %v331 fastmath<contract> : f32
                %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
                %v502 = arith.addf %v70, %v501 fastmath<contract> : f32
                %v503 = arith.divf %v70, %v502 : f32
                %v504 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v503) : (f32) -> f32
                %v505 = arith.mulf %v336, %v504 fastmath<contract> : f32
                %v506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v505) : (f32) -> f32
                %v507 = arith.muli %v33, %v198 : i64
                %v508 = arith.subi %v493, %v168 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = llvm.getelementptr %v66[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v511 = llvm.load %v510 : !llvm.ptr -> f32
                %v512 = arith.muli %v47, %v347 : i64
                %v513 = arith.muli %v493, %v346 : i64
                %v514 = arith.addi %v512, %v513 : i64
                %v515 = arith.muli %v45, %v345 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = arith.muli %v43, %v2 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = llvm.getelementptr %in_v[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.mulf %v511, %v520 fastmath<contract> : f32
                %v522 = arith.mulf %v506, %v465 fastmath<contract> : f32
                %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
                %v524 = arith.constant 8 : i64
                %v525 = arith.addi %v524, %v33 : i64
                %v526 = arith.muli %v525, %v198 : i64
                %v527 = arith.subi %v493, %v168 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = llvm.getelementptr %v68[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.negf %v530 : f32
                %v532 = arith.mulf %v531, %v331 fastmath<contract> : f32
                %v533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v532) : (f32) -> f32
                %v534 = arith.addf %v70, %v533 fastmath<contract> : f32
                %v535 = arith.divf %v70, %v534 : f32
                %v536 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v535) : (f32) -> f32
                %v537 = arith.mulf %v336, %v536 fastmath<contract> : f32
                %v538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v537) : (f32) -> f32
                %v539 = arith.constant 8 : i64
                %v540 = arith.addi %v539, %v33 : i64
                %v541 = arith.muli %v540, %v198 : i64
                %v542 = arith.subi %v493, %v168 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = llvm.getelementptr %v66[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v545 = llvm.load %v544 : !llvm.ptr -> f32
                %v546 = arith.mulf %v545, %v520 fastmath<contract> : f32
                %v547 = arith.mulf %v538, %v490 fastmath<contract> : f32
                %v548 = arith.addf %v547, %v546 fastmath<contract> : f32
                %v549 = arith.addi %v405, %v387 : i64
                %v550 = arith.minsi %v549, %v411 : i64
                %v551 = arith.addi %v168, %v550 : i64
                %v552 = arith.muli %v33, %v198 : i64
                %v553 = arith.subi %v551, %v168 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = llvm.getelementptr %v68[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.negf %v556 : f32
                %v558 = arith.mulf %v557, %v331 fastmath<contract> : f32
                %v559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v558) : (f32) -> f32
                %v560 = arith.addf %v70, %v559 fastmath<contract> : f32
                %v561 = arith.divf %v70, %v560 : f32
                %v562 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v561) : (f32) -> f32
                %v563 = arith.mulf %v336, %v562 fastmath<contract> : f32
                %v564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v563) : (f32) -> f32
                %v565 = arith.muli %v33, %v198 : i64
                %v566 = arith.subi %v551, %v168 : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = llvm.getelementptr %v66[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.muli %v47, %v347 : i64
                %v571 = arith.muli %v551, %v346 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = arith.muli %v45, %v345 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.muli %v43, %v2 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = llvm.getelementptr %in_v[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.mulf %v569, %v578 fastmath<contract> : f32
                %v580 = arith.mulf %v564, %v523 fastmath<contract> : f32
                %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
                %v582 = arith.constant 8 : i64
                %v583 = arith.addi %v582, %v33 : i64
                %v584 = arith.muli %v583, %v198 : i64
                %v585 = arith.subi %v551, %v168 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = llvm.getelementptr %v68[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.negf %v588 : f32
                %v590 = arith.mulf %v589, %v331 fastmath<contract> : f32
                %v591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v590) : (f32) -> f32
                %v592 = arith.addf %v70, %v591 fastmath<contract> : f32
                %v593 = arith.divf %v70, %v592 : f32
                %v594 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v593) : (f32) -> f32
                %v595 = arith.mulf %v336, %v594 fastmath<contract> : f32
                %v596 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v595) : (f32) -> f32
                %v597 = arith.constant 8 : i64
                %v598 = arith.addi %v597, %v33 : i64
                %v599 = arith.muli %v598, %v198 : i64
                %v600 = arith.subi %v551, %v168 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = llvm.getelementptr %v66[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v603 = llvm.load %v602 : !llvm.ptr -> f32
                %v604 = arith.mulf %v603, %v578 fastmath<contract> : f32
                %v605 = arith.mulf %v596, %v548 fastmath<contract> : f32
                %v606 = arith.addf %v605, %v604 fastmath<contract> : f32
                %v608 = arith.addi %v405, %v607 : i64
                %v609 = arith.minsi %v608, %v411 : i64
                %v610 = arith.addi %v168, %v609 : i64
                %v611 = arith.muli %v33, %v198 : i64
                %v612 = arith.subi %v610, %v168 : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = llvm.getelementptr %v68[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v615 = llvm.load %v614 : !llvm.ptr -> f32
                %v616 = arith.negf %v615 : f32
                %v617 = arith.mulf %v616, %v331 fastmath<contract> : f32
                %v618 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v617) : (f32) -> f32
                %v619 = arith.addf %v70, %v618 fastmath<contract> : f32
                %v620 = arith.divf %v70, %v619 : f32
                %v621 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v620) : (f32) -> f32
                %v622 = arith.mulf %v336, %v621 fastmath<contract> : f32
                %v623 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v622) : (f32) -> f32
                %v624 = arith.muli %v33, %v198 : i64
                %v625 = arith.subi %v610, %v168 : i64
                %v626 = arith.addi %v624, %v625 : i64
                %v627 = llvm.getelementptr %v66[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v628 = llvm.load %v627 : !llvm.ptr -> f32
                %v629 = arith.muli %v47, %v347 : i64
                %v630 = arith.muli %v610, %v346 : i64
                %v631 = arith.addi %v629, %v630 : i64
                %v632 = arith.muli %v45, %v345 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.muli %v43, %v2 : i64
                %v635 = arith.addi %v633, %v634 : i64
                %v636 = llvm.getelementptr %in_v[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v637 = llvm.load %v636 : !llvm.ptr -> f32
                %v638 = arith.mulf %v628, %v637 fastmath<contract> : f32
                %v639 = arith.mulf %v623, %v581 fastmath<contract> : f32
                %v640 = arith.addf %v639, %v638 fastmath<contract> : f32
                %v641 = arith.constant 8 : i64
                %v642 = arith.addi %v641, %v33 : i64
                %v643 = arith.muli %v642, %v198 : i64
                %v644 = arith.subi %v610, %v168 : i64
                %v645 = arith.addi %v643, %v644 : i64
                %v646 = llvm.getelementptr %v68[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v647 = llvm.load %v646 : !llvm.ptr -> f32
                %v648 = arith.negf %v647 : f32
                %v649 = arith.mulf %v648, %v331 fastmath<contract> : f32
                %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
                %v651 = arith.addf %v70, %v650 fastmath<contract> : f32
                %v652 = arith.divf %v70, %v651 : f32
                %v653 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v652) : (f32) -> f32
                %v654 = arith.mulf %v336, %v653 fastmath<contract> : f32
                %v655 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v654) : (f32) -> f32
                %v656 = arith.constant 8 : i64
                %v657 = arith.addi %v656, %v33 : i64
                %v658 = arith.muli %v657, %v198 : i64
                %v659 = arith.subi %v610, %v168 : i64
                %v660 = arith.addi %v658, %v659 : i64
                %v661 = llvm.getelementptr %v66[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v662 = llvm.load %v661 : !llvm.ptr -> f32
                %v663 = arith.mulf %v662, %v637 fastmath<contract> : f32
                %v664 = arith.mulf %v655, %v606 fastmath<contract> : f32
                %v665 = arith.addf %v664, %v663 fastmath<contract> : f32
                %v666 = arith.addi %v405, %v49 : i64
                %v667 = arith.minsi %v666, %v411 : i64
                %v668 = arith.addi %v168, %v667 : i64
                %v669 = arith.muli %v33, %v198 : i64
                %v670 = arith.subi %v668, %v168 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = llvm.getelementptr %v68[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v673 = llvm.load %v672 : !llvm.ptr -> f32
                %v674 = arith.negf %v673 : f32
                %v675 = arith.mulf %v674, %v331 fastmath<contract> : f32
                %v676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v675) : (f32) -> f32
                %v677 = arith.addf %v70, %v676 fastmath<contract> : f32
                %v678 = arith.divf %v70, %v677 : f32
                %v679 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v678) : (f32) -> f32
                %v680 = arith.mulf %v336, %v679 fastmath<contract> : f32
                %v681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v680) : (f32) -> f32
                %v682 = arith.muli %v33, %v198 : i64
                %v683 = arith.subi %v668, %v168 : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = llvm.getelementptr %v66[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v686 = llvm.load %v685 : !llvm.ptr -> f32
                %v687 = arith.muli %v47, %v347 : i64
                %v688 = arith.muli %v668, %v346 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = arith.muli %v45, %v345 : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = arith.muli %v43, %v2 : i64
                %v693 = arith.addi %v691, %v692 : i64
                %v694 = llvm.getelementptr %in_v[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v695 = llvm.load %v694 : !llvm.ptr -> f32
                %v696 = arith.mulf %v686, %v695 fastmath<contract> : f32
                %v697 = arith.mulf %v681, %v640 fastmath<contract> : f32
                %v698 = arith.addf %v697, %v696 fastmath<contract> : f32
                %v699 = arith.constant 8 : i64
                %v700 = arith.addi %v699, %v33 : i64
                %v701 = arith.muli %v700, %v198 : i64
                %v702 = arith.subi %v668, %v168 : i64
                %v703 = arith.addi %v701, %v702 : i64
                %v704 = llvm.getelementptr %v68[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v705 = llvm.load %v704 : !llvm.ptr -> f32
                %v706 = arith.negf %v705 : f32
                %v707 = arith.mulf %v706, %v331 fastmath<contract> : f32
                %v708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v707) : (f32) -> f32
                %v709 = arith.addf %v70, %v708 fastmath<contract> : f32
                %v710 = arith.divf %v70, %v709 : f32
                %v711 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v710) : (f32) -> f32
                %v712 = arith.mulf %v336, %v711 fastmath<contract> : f32
                %v713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v712) : (f32) -> f32
                %v714 = arith.constant 8 : i64
                %v715 = arith.addi %v714, %v33 : i64
                %v716 = arith.muli %v715, %v198 : i64
                %v717 = arith.subi %v668, %v168 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %v66[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.mulf %v720, %v695 fastmath<contract> : f32
                %v722 = arith.mulf %v713, %v665 fastmath<contract> : f32
                %v723 = arith.addf %v722, %v721 fastmath<contract> : f32
                %v725 = arith.addi %v405, %v724 : i64
                %v726 = arith.minsi %v725, %v411 : i64
                %v727 = arith.addi %v168, %v726 : i64
                %v728 = arith.muli %v33, %v198 : i64
                %v729 = arith.subi %v727, %v168 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = llvm.getelementptr %v68[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v732 = llvm.load %v731 : !llvm.ptr -> f32
                %v733 = arith.negf %v732 : f32
                %v734 = arith.mulf %v733, %v331 fastmath<contract> : f32
                %v735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v734) : (f32) -> f32
                %v736 = arith.addf %v70, %v735 fastmath<contract> : f32
                %v737 = arith.divf %v70, %v736 : f32
                %v738 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v737) : (f32) -> f32
                %v739 = arith.mulf %v336, %v738 fastmath<contract> : f32
                %v740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v739) : (f32) -> f32
                %v741 = arith.muli %v33, %v198 : i64
                %v742 = arith.subi %v727, %v168 : i64
                %v743 = arith.addi %v741, %v742 : i64
                %v744 = llvm.getelementptr %v66[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v745 = llvm.load %v744 : !llvm.ptr -> f32
                %v746 = arith.muli %v47, %v347 : i64
                %v747 = arith.muli %v727, %v346 : i64
                %v748 = arith.addi %v746, %v747 : i64
                %v749 = arith.muli %v45, %v345 : i64
                %v750 = arith.addi %v748, %v749 : i64
                %v751 = arith.muli %v43, %v2 : i64
                %v752 = arith.addi %v750, %v751 : i64
                %v753 = llvm.getelementptr %in_v[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v754 = llvm.load %v753 : !llvm.ptr -> f32
                %v755 = arith.mulf %v745, %v754 fastmath<contract> : f32
                %v756 = arith.mulf %v740, %v698 fastmath<contract> : f32
                %v757 = arith.addf %v756, %v755 fastmath<contract> : f32
                %v758 = arith.constant 8 : i64
                %v759 = arith.addi %v758, %v33 : i64
                %v760 = arith.muli %v759, %v198 : i64
                %v761 = arith.subi %v727, %v168 : i64
                %v762 = arith.addi %v760, %v761 : i64
                %v763 = llvm.getelementptr %v68[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v764 = llvm.load %v763 : !llvm.ptr -> f32
                %v765 = arith.negf %v764 : f32
                %v766 = arith.mulf %v765, %v331 fastmath<contract> : f32
                %v767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v766) : (f32) -> f32
                %v768 = arith.addf %v70, %v767 fastmath<contract> : f32
                %v769 = arith.divf %v70, %v768 : f32
                %v770 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v769) : (f32) -> f32
                %v771 = arith.mulf %v336, %v770 fastmath<contract> : f32
                %v772 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v771) : (f32) -> f32
                %v773 = arith.constant 8 : i64
                %v774 = arith.addi %v773, %v33 : i64
                %v775 = arith.muli %v774, %v198 : i64
                %v776 = arith.subi %v727, %v168 : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = llvm.getelementptr %v66[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v779 = llvm.load %v778 : !llvm.ptr -> f32
                %v780 = arith.mulf %v779, %v754 fastmath<contract> : f32
                %v781 = arith.mulf %v772, %v723 fastmath<contract> : f32
                %v782 = arith.addf %v781, %v780 fastmath<contract> : f32
                %v784 = arith.addi %v405, %v783 : i64
                %v785 = arith.minsi %v784, %v411 : i64
                %v786 = arith.addi %v168, %v785 : i64
                %v787 = arith.muli %v33, %v198 : i64
                %v788 = arith.subi %v786, %v168 : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = llvm.getelementptr %v68[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = arith.negf %v791 : f32
                %v793 = arith.mulf %v792, %v331 fastmath<contract> : f32
                %v794 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v793) : (f32) -> f32
                %v795 = arith.addf %v70, %v794 fastmath<contract> : f32
                %v796 = arith.divf %v70, %v795 : f32
                %v797 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v796) : (f32) -> f32
                %v798 = arith.mulf %v336, %v797 fastmath<contract> : f32
                %v799 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v798) : (f32) -> f32
                %v800 = arith.muli %v33, %v198 : i64
                %v801 = arith.subi %v786, %v168 : i64
                %v802 = arith.addi %v800, %v801 : i64
                %v803 = llvm.getelementptr %v66[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v804 = llvm.load %v803 : !llvm.ptr -> f32
                %v805 = arith.muli %v47, %v347 : i64
                %v806 = arith.muli %v786, %v346 : i64
                %v807 = arith.addi %v805, %v806 : i64
                %v808 = arith.muli %v45, %v345 : i64
                %v809 = arith.addi %v807, %v808 : i64
                %v810 = arith.muli %v43, %v2 : i64
                %v811 = arith.addi %v809, %v810 : i64
                %v812 = llvm.getelementptr %in_v[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v813 = llvm.load %v812 : !llvm.ptr -> f32
                %v814 = arith.mulf %v804, %v813 fastmath<contract> : f32
                %v815 = arith.mulf %v799, %v757 fastmath<contract> : f32
                %v816 = arith.addf %v815, %v814 fastmath<contract> : f32
                %v817 = arith.constant 8 : i64
                %v818 = arith.addi %v817, %v33 : i64
                %v819 = arith.muli %v818, %v198 : i64
                %v820 = arith.subi %v786, %v168 : i64
                %v821 = arith.addi %v819, %v820 : i64
                %v822 = llvm.getelementptr %v68[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v823 = llvm.load %v822 : !llvm.ptr -> f32
                %v824 = arith.negf %v823 : f32
                %v825 = arith.mulf %v824, %v331 fastmath<contract> : f32
                %v826 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v825) : (f32) -> f32
                %v827 = arith.addf %v70, %v826 fastmath<contract> : f32
                %v828 = arith.divf %v70, %v827 : f32
                %v829 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v828) : (f32) -> f32
                %v830 = arith.mulf %v336, %v829 fastmath<contract> : f32
                %v831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v830) : (f32) -> f32
                %v832 = arith.constant 8 : i64
                %v833 = arith.addi %v832, %v33 : i64
                %v834 = arith.muli %v833, %v198 : i64
                %v835 = arith.subi %v786, %v168 : i64
                %v836 = arith.addi %v834, %v835 : i64
                %v837 = llvm.getelementptr %v66[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v838 = llvm.load %v837 : !llvm.ptr -> f32
                %v839 = arith.mulf %v838, %v813 fastmath<contract> : f32
                %v840 = arith.mulf %v831, %v782 fastmath<contract> : f32
                %v841 = arith.addf %v840, %v839 fastmath<contract> : f32
                %v842 = arith.addi %v405, %v118 : i64
                %v843 = arith.minsi %v842, %v411 : i64
                %v844 = arith.addi %v168, %v843 : i64
                %v845 = arith.muli %v33, %v198 : i64
                %v846 = arith.subi %v844, %v168 : i64
                %v847 = arith.addi %v845, %v846 : i64
                %v848 = llvm.getelementptr %v68[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v849 = llvm.load %v848 : !llvm.ptr -> f32
                %v850 = arith.negf %v849 : f32
                %v851 = arith.mulf %v850, %v331 fastmath<contract> : f32
                %v852 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v851) : (f32) -> f32
                %v853 = arith.addf %v70, %v852 fastmath<contract> : f32
                %v854 = arith.divf %v70, %v853 : f32
                %v855 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v854) : (f32) -> f32
                %v856 = arith.mulf %v336, %v855 fastmath<contract> : f32
                %v857 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v856) : (f32) -> f32
                %v858 = arith.muli %v33, %v198 : i64
                %v859 = arith.subi %v844, %v168 : i64
                %v860 = arith.addi %v858, %v859 : i64
                %v861 = llvm.getelementptr %v66[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v862 = llvm.load %v861 : !llvm.ptr -> f32
                %v863 = arith.muli %v47, %v347 : i64
                %v864 = arith.muli %v844, %v346 : i64
                %v865 = arith.addi %v863, %v864 : i64
                %v866 = arith.muli %v45, %v345 : i64
                %v867 = arith.addi %v865, %v866 : i64
                %v868 = arith.muli %v43, %v2 : i64
                %v869 = arith.addi %v867, %v868 : i64
                %v870 = llvm.getelementptr %in_v[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v871 = llvm.load %v870 : !llvm.ptr -> f32
                %v872 = arith.mulf %v862, %v871 fastmath<contract> : f32
                %v873 = arith.mulf %v857, %v816 fastmath<contract> : f32
                %v874 = arith.addf %v873, %v872 fastmath<contract> : f32
                %v875 = arith.constant 8 : i64
                %v876 = arith.addi %v875, %v33 : i64
                %v877 = arith.muli %v876, %v198 : i64
                %v878 = arith.subi %v844, %v168 : i64
                %v879 = arith.addi %v877, %v878 : i64
                %v880 = llvm.getelementptr %v68[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v881 = llvm.load %v880 : !llvm.ptr -> f32
                %v882 = arith.negf %v881 : f32
                %v883 = arith.mulf %v882, %v331 fastmath<contract> : f32
                %v884 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v883) : (f32) -> f32
                %v885 = arith.addf %v70, %v884 fastmath<contract> : f32
                %v886 = arith.divf %v70, %v885 : f32
                %v887 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v886) : (f32) -> f32
                %v888 = arith.mulf %v336, %v887 fastmath<contract> : f32
                %v889 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v888) : (f32) -> f32
                %v890 = arith.constant 8 : i64
                %v891 = arith.addi %v890, %v33 : i64
                %v892 = arith.muli %v891, %v198 : i64
                %v893 = arith.subi %v844, %v168 : i64
                %v894 = arith.addi %v892, %v893 : i64
                %v895 = llvm.getelementptr %v66[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v896 = llvm.load %v895 : !llvm.ptr -> f32
                %v897 = arith.mulf %v896, %v871 fastmath<contract> : f32
                %v898 = arith.mulf %v889, %v841 fastmath<contract> : f32
                %v899 = arith.addf %v898, %v897 fastmath<contract> : f32
                %v901 = arith.shrui %v33, %v71 : i64
                %v902 = arith.andi %v901, %v2 : i64
                %v903 = arith.cmpi ne, %v902, %v71 : i64
                %v904 = arith.shrui %v33, %v2 : i64
                %v905 = arith.andi %v904, %v2 : i64
                %v906 = arith.cmpi ne, %v905, %v71 : i64
                %v907 = arith.shrui %v33, %v387 : i64
                %v908 = arith.andi %v907, %v2 : i64
                %v909 = arith.cmpi ne, %v908, %v71 : i64
                %v910 = arith.subi %v170, %v405 : i64
                %v911 = arith.trunci %v910 : i64 to i32
                %v912 = arith.subi %size_L, %v2 : i64
                %v913 = arith.addi %v168, %v405 : i64
                %v914 = arith.subi %v912, %v913 : i64
                %v916 = arith.minsi %v914, %v915 : i64
                %v917 = arith.trunci %v916 : i64 to i32
                %v918 = arith.addi %v405, %v118 : i64
                %v920 = arith.cmpi slt, %v919, %v911 : i32
                %v921 = arith.cmpi eq, %v919, %v917 : i32
                %v922 = arith.addi %v407, %v71 : i64
                llvm.store %v69, %v900 : f32, !llvm.ptr
                %v923 = arith.addi %v168, %v918 : i64
                %v924 = arith.muli %v33, %v198 : i64
                %v925 = arith.subi %v923, %v168 : i64
                %v926 = arith.addi %v924, %v925 : i64
                %v927 = llvm.getelementptr %v64[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v928 = llvm.load %v927 : !llvm.ptr -> f32
                %v929 = arith.muli %v47, %v347 : i64
                %v930 = arith.muli %v923, %v346 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = arith.muli %v45, %v345 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = arith.muli %v43, %v2 : i64
                %v935 = arith.addi %v933, %v934 : i64
                %v936 = llvm.getelementptr %dy_o[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v937 = llvm.load %v936 : !llvm.ptr -> f32
                %v938 = arith.mulf %v928, %v937 fastmath<contract> : f32
                %v939 = llvm.load %v53 : !llvm.ptr -> f32
                %v940 = llvm.load %v55 : !llvm.ptr -> f32
                %v941 = arith.mulf %v940, %v939 fastmath<contract> : f32
                %v942 = arith.addf %v938, %v941 fastmath<contract> : f32
                llvm.store %v942, %v53 : f32, !llvm.ptr
                %v943 = arith.constant 8 : i64
                %v944 = arith.addi %v943, %v33 : i64
                %v945 = arith.muli %v944, %v198 : i64
                %v946 = arith.subi %v923, %v168 : i64
                %v947 = arith.addi %v945, %v946 : i64
                %v948 = llvm.getelementptr %v64[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v949 = llvm.load %v948 : !llvm.ptr -> f32
                %v950 = arith.mulf %v949, %v937 fastmath<contract> : f32
                %v951 = llvm.load %v54 : !llvm.ptr -> f32
                %v952 = llvm.load %v56 : !llvm.ptr -> f32
                %v953 = arith.mulf %v952, %v951 fastmath<contract> : f32
                %v954 = arith.addf %v950, %v953 fastmath<contract> : f32
                llvm.store %v954, %v54 : f32, !llvm.ptr
                scf.if %v921 {
                }
                %v955 = arith.mulf %v874, %v937 fastmath<contract> : f32
                %v956 = arith.mulf %v899, %v937 fastmath<contract> : f32
                %v957 = arith.muli %v47, %v347 : i64
                %v958 = arith.muli %v923, %v346 : i64
                %v959 = arith.addi %v957, %v958 : i64
                %v960 = arith.muli %v45, %v345 : i64
                %v961 = arith.addi %v959, %v960 : i64
                %v962 = arith.muli %v43, %v2 : i64
                %v963 = arith.addi %v961, %v962 : i64
                %v964 = llvm.getelementptr %in_v[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v965 = llvm.load %v964 : !llvm.ptr -> f32
                %v966 = llvm.load %v53 : !llvm.ptr -> f32
                %v967 = arith.mulf %v965, %v966 fastmath<contract> : f32
                %v968 = llvm.load %v54 : !llvm.ptr -> f32
                %v969 = arith.mulf %v965, %v968 fastmath<contract> : f32
                %v970 = arith.muli %v33, %v198 : i64
                %v971 = arith.subi %v923, %v168 : i64
                %v972 = arith.addi %v970, %v971 : i64
                %v973 = llvm.getelementptr %v68[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v974 = llvm.load %v973 : !llvm.ptr -> f32
                %v975 = arith.negf %v974 : f32
                %v976 = arith.mulf %v975, %v331 fastmath<contract> : f32
                %v977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v976) : (f32) -> f32
                %v978 = arith.addf %v70, %v977 fastmath<contract> : f32
                %v979 = arith.divf %v70, %v978 : f32
                %v981 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v979) : (f32) -> f32
                %v982 = arith.mulf %v980, %v981 fastmath<contract> : f32
                %v983 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v982) : (f32) -> f32
                %v984 = arith.mulf %v816, %v966 fastmath<contract> : f32
                %v985 = arith.mulf %v336, %v984 fastmath<contract> : f32
                %v986 = arith.mulf %v983, %v985 fastmath<contract> : f32
                %v987 = arith.subf %v70, %v979 fastmath<contract> : f32
                %v988 = arith.mulf %v979, %v987 fastmath<contract> : f32
                %v989 = arith.mulf %v986, %v988 fastmath<contract> : f32
                %v990 = arith.constant 8 : i64
                %v991 = arith.addi %v990, %v33 : i64
                %v992 = arith.muli %v991, %v198 : i64
                %v993 = arith.subi %v923, %v168 : i64
                %v994 = arith.addi %v992, %v993 : i64
                %v995 = llvm.getelementptr %v68[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v996 = llvm.load %v995 : !llvm.ptr -> f32
                %v997 = arith.negf %v996 : f32
                %v998 = arith.mulf %v997, %v331 fastmath<contract> : f32
                %v999 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v998) : (f32) -> f32
                %v1000 = arith.addf %v70, %v999 fastmath<contract> : f32
                %v1001 = arith.divf %v70, %v1000 : f32
                %v1002 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1001) : (f32) -> f32
                %v1003 = arith.mulf %v980, %v1002 fastmath<contract> : f32
                %v1004 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1003) : (f32) -> f32
                %v1005 = arith.mulf %v841, %v968 fastmath<contract> : f32
                %v1006 = arith.mulf %v336, %v1005 fastmath<contract> : f32
                %v1007 = arith.mulf %v1004, %v1006 fastmath<contract> : f32
                %v1008 = arith.subf %v70, %v1001 fastmath<contract> : f32
                %v1009 = arith.mulf %v1001, %v1008 fastmath<contract> : f32
                %v1010 = arith.mulf %v1007, %v1009 fastmath<contract> : f32
                %v1011 = arith.select %v37, %v955, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1013, %v1014 = gpu.shuffle xor %v1011, %v1012, %v321 : f32
                %v1015 = arith.addf %v1011, %v1013 fastmath<contract> : f32
                %v1017, %v1018 = gpu.shuffle xor %v1015, %v1016, %v321 : f32
                %v1019 = arith.addf %v1015, %v1017 fastmath<contract> : f32
                %v1020 = arith.divui %v18, %v20 : i64
                %v1021 = arith.remui %v18, %v20 : i64
                %v1022 = arith.cmpi ult, %v1021, %v32 : i64
                %v1023 = arith.addi %v71, %v33 : i64
                %v1024 = arith.muli %v1020, %v1 : i64
                %v1025 = arith.addi %v1024, %v1023 : i64
                %v1027 = arith.muli %v1025, %v1026 : i64
                %v1028 = arith.addi %v1027, %v922 : i64
                scf.if %v1022 {
                  %v1029 = llvm.getelementptr %v58[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1019, %v1029 : f32, !llvm.ptr
                }
                %v1030 = arith.select %v37, %v956, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1031, %v1032 = gpu.shuffle xor %v1030, %v1012, %v321 : f32
                %v1033 = arith.addf %v1030, %v1031 fastmath<contract> : f32
                %v1034, %v1035 = gpu.shuffle xor %v1033, %v1016, %v321 : f32
                %v1036 = arith.addf %v1033, %v1034 fastmath<contract> : f32
                %v1037 = arith.divui %v18, %v20 : i64
                %v1038 = arith.remui %v18, %v20 : i64
                %v1039 = arith.cmpi ult, %v1038, %v32 : i64
                %v1040 = arith.addi %v32, %v33 : i64
                %v1041 = arith.muli %v1037, %v1 : i64
                %v1042 = arith.addi %v1041, %v1040 : i64
                %v1043 = arith.muli %v1042, %v1026 : i64
                %v1044 = arith.addi %v1043, %v922 : i64
                scf.if %v1039 {
                  %v1045 = llvm.getelementptr %v58[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1036, %v1045 : f32, !llvm.ptr
                }
                %v1046 = arith.select %v37, %v967, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1047, %v1048 = gpu.shuffle xor %v1046, %v1012, %v321 : f32
                %v1049 = arith.addf %v1046, %v1047 fastmath<contract> : f32
                %v1050, %v1051 = gpu.shuffle xor %v1049, %v1016, %v321 : f32
                %v1052 = arith.addf %v1049, %v1050 fastmath<contract> : f32
                %v1053 = arith.divui %v18, %v20 : i64
                %v1054 = arith.remui %v18, %v20 : i64
                %v1055 = arith.cmpi ult, %v1054, %v32 : i64
                %v1056 = arith.addi %v71, %v33 : i64
                %v1057 = arith.muli %v1053, %v1 : i64
                %v1058 = arith.addi %v1057, %v1056 : i64
                %v1059 = arith.muli %v1058, %v1026 : i64
                %v1060 = arith.addi %v1059, %v922 : i64
                scf.if %v1055 {
                  %v1061 = llvm.getelementptr %v60[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1052, %v1061 : f32, !llvm.ptr
                }
                %v1062 = arith.select %v37, %v969, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1063, %v1064 = gpu.shuffle xor %v1062, %v1012, %v321 : f32
                %v1065 = arith.addf %v1062, %v1063 fastmath<contract> : f32
                %v1066, %v1067 = gpu.shuffle xor %v1065, %v1016, %v321 : f32
                %v1068 = arith.addf %v1065, %v1066 fastmath<contract> : f32
                %v1069 = arith.divui %v18, %v20 : i64
                %v1070 = arith.remui %v18, %v20 : i64
                %v1071 = arith.cmpi ult, %v1070, %v32 : i64
                %v1072 = arith.addi %v32, %v33 : i64
                %v1073 = arith.muli %v1069, %v1 : i64
                %v1074 = arith.addi %v1073, %v1072 : i64
                %v1075 = arith.muli %v1074, %v1026 : i64
                %v1076 = arith.addi %v1075, %v922 : i64
                scf.if %v1071 {
                  %v1077 = llvm.getelementptr %v60[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1068, %v1077 : f32, !llvm.ptr
                }
                %v1078 = arith.select %v37, %v989, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1079, %v1080 = gpu.shuffle xor %v1078, %v1012, %v321 : f32
                %v1081 = arith.addf %v1078, %v1079 fastmath<contract> : f32
                %v1082, %v1083 = gpu.shuffle xor %v1081, %v1016, %v321 : f32
                %v1084 = arith.addf %v1081, %v1082 fastmath<contract> : f32
                %v1085 = arith.divui %v18, %v20 : i64
                %v1086 = arith.remui %v18, %v20 : i64
                %v1087 = arith.cmpi ult, %v1086, %v32 : i64
                %v1088 = arith.addi %v71, %v33 : i64
                %v1089 = arith.muli %v1085, %v1 : i64
                %v1090 = arith.addi %v1089, %v1088 : i64
                %v1091 = arith.muli %v1090, %v1026 : i64
                %v1092 = arith.addi %v1091, %v922 : i64
                scf.if %v1087 {
                  %v1093 = llvm.getelementptr %v62[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1084, %v1093 : f32, !llvm.ptr
                }
                %v1094 = arith.select %v37, %v1010, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1095, %v1096 = gpu.shuffle xor %v1094, %v1012, %v321 : f32
                %v1097 = arith.addf %v1094, %v1095 fastmath<contract> : f32
                %v1098, %v1099 = gpu.shuffle xor %v1097, %v1016, %v321 : f32
                %v1100 = arith.addf %v1097, %v1098 fastmath<contract> : f32
                %v1101 = arith.divui %v18, %v20 : i64
                %v1102 = arith.remui %v18, %v20 : i64
                %v1103 = arith.cmpi ult, %v1102, %v32 : i64
                %v1104 = arith.addi %v32, %v33 : i64
                %v1105 = arith.muli %v1101, %v1 : i64
                %v1106 = arith.addi %v1105, %v1104 : i64
                %v1107 = arith.muli %v1106, %v1026 : i64
                %v1108 = arith.addi %v1107, %v922 : i64
                scf.if %v1103 {
                  %v1109 = llvm.getelementptr %v62[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1100, %v1109 : f32, !llvm.ptr
                }
                %v1110 = arith.muli %v33, %v198 : i64
                %v1111 = arith.subi %v923, %v168 : i64
                %v1112 = arith.addi %v1110, %v1111 : i64
                %v1113 = llvm.getelementptr %v66[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
                %v1115 = arith.mulf %v1114, %v966 fastmath<contract> : f32
                %v1116 = arith.constant 8 : i64
                %v1117 = arith.addi %v1116, %v33 : i64
                %v1118 = arith.muli %v1117, %v198 : i64
                %v1119 = arith.subi %v923, %v168 : i64
                %v1120 = arith.addi %v1118, %v1119 : i64
                %v1121 = llvm.getelementptr %v66[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                %v1123 = arith.mulf %v1122, %v968 fastmath<contract> : f32
                %v1124 = arith.addf %v1115, %v1123 fastmath<contract> : f32
                llvm.store %v1124, %v900 : f32, !llvm.ptr
                %v1125 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v979) : (f32) -> f32
                %v1126 = arith.mulf %v336, %v1125 fastmath<contract> : f32
                %v1127 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1126) : (f32) -> f32
                llvm.store %v1127, %v55 : f32, !llvm.ptr
                %v1128 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1001) : (f32) -> f32
                %v1129 = arith.mulf %v336, %v1128 fastmath<contract> : f32
                %v1130 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1129) : (f32) -> f32
                llvm.store %v1130, %v56 : f32, !llvm.ptr
                %v1131 = llvm.load %v900 : !llvm.ptr -> f32
                %v1132 = arith.addi %v405, %v783 : i64
                %v1134 = arith.cmpi slt, %v1133, %v911 : i32
                %v1135 = arith.cmpi eq, %v1133, %v917 : i32
                %v1136 = arith.addi %v407, %v2 : i64
                llvm.store %v69, %v900 : f32, !llvm.ptr
                %v1137 = arith.addi %v168, %v1132 : i64
                %v1138 = arith.muli %v33, %v198 : i64
                %v1139 = arith.subi %v1137, %v168 : i64
                %v1140 = arith.addi %v1138, %v1139 : i64
                %v1141 = llvm.getelementptr %v64[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1142 = llvm.load %v1141 : !llvm.ptr -> f32
                %v1143 = arith.muli %v47, %v347 : i64
                %v1144 = arith.muli %v1137, %v346 : i64
                %v1145 = arith.addi %v1143, %v1144 : i64
                %v1146 = arith.muli %v45, %v345 : i64
                %v1147 = arith.addi %v1145, %v1146 : i64
                %v1148 = arith.muli %v43, %v2 : i64
                %v1149 = arith.addi %v1147, %v1148 : i64
                %v1150 = llvm.getelementptr %dy_o[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
                %v1152 = arith.mulf %v1142, %v1151 fastmath<contract> : f32
                %v1153 = llvm.load %v53 : !llvm.ptr -> f32
                %v1154 = llvm.load %v55 : !llvm.ptr -> f32
                %v1155 = arith.mulf %v1154, %v1153 fastmath<contract> : f32
                %v1156 = arith.addf %v1152, %v1155 fastmath<contract> : f32
                llvm.store %v1156, %v53 : f32, !llvm.ptr
                %v1157 = arith.constant 8 : i64
                %v1158 = arith.addi %v1157, %v33 : i64
                %v1159 = arith.muli %v1158, %v198 : i64
                %v1160 = arith.subi %v1137, %v168 : i64
                %v1161 = arith.addi %v1159, %v1160 : i64
                %v1162 = llvm.getelementptr %v64[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
                %v1164 = arith.mulf %v1163, %v1151 fastmath<contract> : f32
                %v1165 = llvm.load %v54 : !llvm.ptr -> f32
                %v1166 = llvm.load %v56 : !llvm.ptr -> f32
                %v1167 = arith.mulf %v1166, %v1165 fastmath<contract> : f32
                %v1168 = arith.addf %v1164, %v1167 fastmath<contract> : f32
                llvm.store %v1168, %v54 : f32, !llvm.ptr
                scf.if %v1135 {
                }
                %v1169 = arith.mulf %v816, %v1151 fastmath<contract> : f32
                %v1170 = arith.mulf %v841, %v1151 fastmath<contract> : f32
                %v1171 = arith.muli %v47, %v347 : i64
                %v1172 = arith.muli %v1137, %v346 : i64
                %v1173 = arith.addi %v1171, %v1172 : i64
                %v1174 = arith.muli %v45, %v345 : i64
                %v1175 = arith.addi %v1173, %v1174 : i64
                %v1176 = arith.muli %v43, %v2 : i64
                %v1177 = arith.addi %v1175, %v1176 : i64
                %v1178 = llvm.getelementptr %in_v[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
                %v1180 = llvm.load %v53 : !llvm.ptr -> f32
                %v1181 = arith.mulf %v1179, %v1180 fastmath<contract> : f32
                %v1182 = llvm.load %v54 : !llvm.ptr -> f32
                %v1183 = arith.mulf %v1179, %v1182 fastmath<contract> : f32
                %v1184 = arith.muli %v33, %v198 : i64
                %v1185 = arith.subi %v1137, %v168 : i64
                %v1186 = arith.addi %v1184, %v1185 : i64
                %v1187 = llvm.getelementptr %v68[%v1186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
                %v1189 = arith.negf %v1188 : f32
                %v1190 = arith.mulf %v1189, %v331 fastmath<contract> : f32
                %v1191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1190) : (f32) -> f32
                %v1192 = arith.addf %v70, %v1191 fastmath<contract> : f32
                %v1193 = arith.divf %v70, %v1192 : f32
                %v1194 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1193) : (f32) -> f32
                %v1195 = arith.mulf %v980, %v1194 fastmath<contract> : f32
                %v1196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1195) : (f32) -> f32
                %v1197 = arith.mulf %v757, %v1180 fastmath<contract> : f32
                %v1198 = arith.mulf %v336, %v1197 fastmath<contract> : f32
                %v1199 = arith.mulf %v1196, %v1198 fastmath<contract> : f32
                %v1200 = arith.subf %v70, %v1193 fastmath<contract> : f32
                %v1201 = arith.mulf %v1193, %v1200 fastmath<contract> : f32
                %v1202 = arith.mulf %v1199, %v1201 fastmath<contract> : f32
                %v1203 = arith.constant 8 : i64
                %v1204 = arith.addi %v1203, %v33 : i64
                %v1205 = arith.muli %v1204, %v198 : i64
                %v1206 = arith.subi %v1137, %v168 : i64
                %v1207 = arith.addi %v1205, %v1206 : i64
                %v1208 = llvm.getelementptr %v68[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
                %v1210 = arith.negf %v1209 : f32
                %v1211 = arith.mulf %v1210, %v331 fastmath<contract> : f32
                %v1212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1211) : (f32) -> f32
                %v1213 = arith.addf %v70, %v1212 fastmath<contract> : f32
                %v1214 = arith.divf %v70, %v1213 : f32
                %v1215 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1214) : (f32) -> f32
                %v1216 = arith.mulf %v980, %v1215 fastmath<contract> : f32
                %v1217 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1216) : (f32) -> f32
                %v1218 = arith.mulf %v782, %v1182 fastmath<contract> : f32
                %v1219 = arith.mulf %v336, %v1218 fastmath<contract> : f32
                %v1220 = arith.mulf %v1217, %v1219 fastmath<contract> : f32
                %v1221 = arith.subf %v70, %v1214 fastmath<contract> : f32
                %v1222 = arith.mulf %v1214, %v1221 fastmath<contract> : f32
                %v1223 = arith.mulf %v1220, %v1222 fastmath<contract> : f32
                %v1224 = arith.select %v37, %v1169, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1225, %v1226 = gpu.shuffle xor %v1224, %v1012, %v321 : f32
                %v1227 = arith.addf %v1224, %v1225 fastmath<contract> : f32
                %v1228, %v1229 = gpu.shuffle xor %v1227, %v1016, %v321 : f32
                %v1230 = arith.addf %v1227, %v1228 fastmath<contract> : f32
                %v1231 = arith.divui %v18, %v20 : i64
                %v1232 = arith.remui %v18, %v20 : i64
                %v1233 = arith.cmpi ult, %v1232, %v32 : i64
                %v1234 = arith.addi %v71, %v33 : i64
                %v1235 = arith.muli %v1231, %v1 : i64
                %v1236 = arith.addi %v1235, %v1234 : i64
                %v1237 = arith.muli %v1236, %v1026 : i64
                %v1238 = arith.addi %v1237, %v1136 : i64
                scf.if %v1233 {
                  %v1239 = llvm.getelementptr %v58[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1230, %v1239 : f32, !llvm.ptr
                }
                %v1240 = arith.select %v37, %v1170, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v1012, %v321 : f32
                %v1243 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                %v1244, %v1245 = gpu.shuffle xor %v1243, %v1016, %v321 : f32
                %v1246 = arith.addf %v1243, %v1244 fastmath<contract> : f32
                %v1247 = arith.divui %v18, %v20 : i64
                %v1248 = arith.remui %v18, %v20 : i64
                %v1249 = arith.cmpi ult, %v1248, %v32 : i64
                %v1250 = arith.addi %v32, %v33 : i64
                %v1251 = arith.muli %v1247, %v1 : i64
                %v1252 = arith.addi %v1251, %v1250 : i64
                %v1253 = arith.muli %v1252, %v1026 : i64
                %v1254 = arith.addi %v1253, %v1136 : i64
                scf.if %v1249 {
                  %v1255 = llvm.getelementptr %v58[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1246, %v1255 : f32, !llvm.ptr
                }
                %v1256 = arith.select %v37, %v1181, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1257, %v1258 = gpu.shuffle xor %v1256, %v1012, %v321 : f32
                %v1259 = arith.addf %v1256, %v1257 fastmath<contract> : f32
                %v1260, %v1261 = gpu.shuffle xor %v1259, %v1016, %v321 : f32
                %v1262 = arith.addf %v1259, %v1260 fastmath<contract> : f32
                %v1263 = arith.divui %v18, %v20 : i64
                %v1264 = arith.remui %v18, %v20 : i64
                %v1265 = arith.cmpi ult, %v1264, %v32 : i64
                %v1266 = arith.addi %v71, %v33 : i64
                %v1267 = arith.muli %v1263, %v1 : i64
                %v1268 = arith.addi %v1267, %v1266 : i64
                %v1269 = arith.muli %v1268, %v1026 : i64
                %v1270 = arith.addi %v1269, %v1136 : i64
                scf.if %v1265 {
                  %v1271 = llvm.getelementptr %v60[%v1270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1262, %v1271 : f32, !llvm.ptr
                }
                %v1272 = arith.select %v37, %v1183, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1273, %v1274 = gpu.shuffle xor %v1272, %v1012, %v321 : f32
                %v1275 = arith.addf %v1272, %v1273 fastmath<contract> : f32
                %v1276, %v1277 = gpu.shuffle xor %v1275, %v1016, %v321 : f32
                %v1278 = arith.addf %v1275, %v1276 fastmath<contract> : f32
                %v1279 = arith.divui %v18, %v20 : i64
                %v1280 = arith.remui %v18, %v20 : i64
                %v1281 = arith.cmpi ult, %v1280, %v32 : i64
                %v1282 = arith.addi %v32, %v33 : i64
                %v1283 = arith.muli %v1279, %v1 : i64
                %v1284 = arith.addi %v1283, %v1282 : i64
                %v1285 = arith.muli %v1284, %v1026 : i64
                %v1286 = arith.addi %v1285, %v1136 : i64
                scf.if %v1281 {
                  %v1287 = llvm.getelementptr %v60[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1278, %v1287 : f32, !llvm.ptr
                }
                %v1288 = arith.select %v37, %v1202, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1289, %v1290 = gpu.shuffle xor %v1288, %v1012, %v321 : f32
                %v1291 = arith.addf %v1288, %v1289 fastmath<contract> : f32
                %v1292, %v1293 = gpu.shuffle xor %v1291, %v1016, %v321 : f32
                %v1294 = arith.addf %v1291, %v1292 fastmath<contract> : f32
                %v1295 = arith.divui %v18, %v20 : i64
                %v1296 = arith.remui %v18, %v20 : i64
                %v1297 = arith.cmpi ult, %v1296, %v32 : i64
                %v1298 = arith.addi %v71, %v33 : i64
                %v1299 = arith.muli %v1295, %v1 : i64
                %v1300 = arith.addi %v1299, %v1298 : i64
                %v1301 = arith.muli %v1300, %v1026 : i64
                %v1302 = arith.addi %v1301, %v1136 : i64
                scf.if %v1297 {
                  %v1303 = llvm.getelementptr %v62[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1294, %v1303 : f32, !llvm.ptr
                }
                %v1304 = arith.select %v37, %v1223, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1305, %v1306 = gpu.shuffle xor %v1304, %v1012, %v321 : f32
                %v1307 = arith.addf %v1304, %v1305 fastmath<contract> : f32
                %v1308, %v1309 = gpu.shuffle xor %v1307, %v1016, %v321 : f32
                %v1310 = arith.addf %v1307, %v1308 fastmath<contract> : f32
                %v1311 = arith.divui %v18, %v20 : i64
                %v1312 = arith.remui %v18, %v20 : i64
                %v1313 = arith.cmpi ult, %v1312, %v32 : i64
                %v1314 = arith.addi %v32, %v33 : i64
                %v1315 = arith.muli %v1311, %v1 : i64
                %v1316 = arith.addi %v1315, %v1314 : i64
                %v1317 = arith.muli %v1316, %v1026 : i64
                %v1318 = arith.addi %v1317, %v1136 : i64
                scf.if %v1313 {
                  %v1319 = llvm.getelementptr %v62[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1310, %v1319 : f32, !llvm.ptr
                }
                %v1320 = arith.muli %v33, %v198 : i64
                %v1321 = arith.subi %v1137, %v168 : i64
                %v1322 = arith.addi %v1320, %v1321 : i64
                %v1323 = llvm.getelementptr %v66[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                %v1325 = arith.mulf %v1324, %v1180 fastmath<contract> : f32
                %v1326 = arith.constant 8 : i64
                %v1327 = arith.addi %v1326, %v33 : i64
                %v1328 = arith.muli %v1327, %v198 : i64
                %v1329 = arith.subi %v1137, %v168 : i64
                %v1330 = arith.addi %v1328, %v1329 : i64
                %v1331 = llvm.getelementptr %v66[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
                %v1333 = arith.mulf %v1332, %v1182 fastmath<contract> : f32
                %v1334 = arith.addf %v1325, %v1333 fastmath<contract> : f32
                llvm.store %v1334, %v900 : f32, !llvm.ptr
                %v1335 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1193) : (f32) -> f32
                %v1336 = arith.mulf %v336, %v1335 fastmath<contract> : f32
                %v1337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1336) : (f32) -> f32
                llvm.store %v1337, %v55 : f32, !llvm.ptr
                %v1338 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1214) : (f32) -> f32
                %v1339 = arith.mulf %v336, %v1338 fastmath<contract> : f32
                %v1340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1339) : (f32) -> f32
                llvm.store %v1340, %v56 : f32, !llvm.ptr
                %v1341 = llvm.load %v900 : !llvm.ptr -> f32
                %v1342 = arith.select %v903, %v1341, %v1131 : f32
                %v1343 = arith.select %v903, %v1131, %v1341 : f32
                %v1345, %v1346 = gpu.shuffle xor %v1342, %v1344, %v321 : f32
                %v1347 = arith.addf %v1343, %v1345 fastmath<contract> : f32
                %v1348 = arith.addi %v405, %v724 : i64
                %v1350 = arith.cmpi slt, %v1349, %v911 : i32
                %v1351 = arith.cmpi eq, %v1349, %v917 : i32
                %v1352 = arith.addi %v407, %v387 : i64
                llvm.store %v69, %v900 : f32, !llvm.ptr
                %v1353 = arith.addi %v168, %v1348 : i64
                %v1354 = arith.muli %v33, %v198 : i64
                %v1355 = arith.subi %v1353, %v168 : i64
                %v1356 = arith.addi %v1354, %v1355 : i64
                %v1357 = llvm.getelementptr %v64[%v1356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1358 = llvm.load %v1357 : !llvm.ptr -> f32
                %v1359 = arith.muli %v47, %v347 : i64
                %v1360 = arith.muli %v1353, %v346 : i64
                %v1361 = arith.addi %v1359, %v1360 : i64
                %v1362 = arith.muli %v45, %v345 : i64
                %v1363 = arith.addi %v1361, %v1362 : i64
                %v1364 = arith.muli %v43, %v2 : i64
                %v1365 = arith.addi %v1363, %v1364 : i64
                %v1366 = llvm.getelementptr %dy_o[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1367 = llvm.load %v1366 : !llvm.ptr -> f32
                %v1368 = arith.mulf %v1358, %v1367 fastmath<contract> : f32
                %v1369 = llvm.load %v53 : !llvm.ptr -> f32
                %v1370 = llvm.load %v55 : !llvm.ptr -> f32
                %v1371 = arith.mulf %v1370, %v1369 fastmath<contract> : f32
                %v1372 = arith.addf %v1368, %v1371 fastmath<contract> : f32
                llvm.store %v1372, %v53 : f32, !llvm.ptr
                %v1373 = arith.constant 8 : i64
                %v1374 = arith.addi %v1373, %v33 : i64
                %v1375 = arith.muli %v1374, %v198 : i64
                %v1376 = arith.subi %v1353, %v168 : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = llvm.getelementptr %v64[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1379 = llvm.load %v1378 : !llvm.ptr -> f32
                %v1380 = arith.mulf %v1379, %v1367 fastmath<contract> : f32
                %v1381 = llvm.load %v54 : !llvm.ptr -> f32
                %v1382 = llvm.load %v56 : !llvm.ptr -> f32
                %v1383 = arith.mulf %v1382, %v1381 fastmath<contract> : f32
                %v1384 = arith.addf %v1380, %v1383 fastmath<contract> : f32
                llvm.store %v1384, %v54 : f32, !llvm.ptr
                scf.if %v1351 {
                }
                %v1385 = arith.mulf %v757, %v1367 fastmath<contract> : f32
                %v1386 = arith.mulf %v782, %v1367 fastmath<contract> : f32
                %v1387 = arith.muli %v47, %v347 : i64
                %v1388 = arith.muli %v1353, %v346 : i64
                %v1389 = arith.addi %v1387, %v1388 : i64
                %v1390 = arith.muli %v45, %v345 : i64
                %v1391 = arith.addi %v1389, %v1390 : i64
                %v1392 = arith.muli %v43, %v2 : i64
                %v1393 = arith.addi %v1391, %v1392 : i64
                %v1394 = llvm.getelementptr %in_v[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
                %v1396 = llvm.load %v53 : !llvm.ptr -> f32
                %v1397 = arith.mulf %v1395, %v1396 fastmath<contract> : f32
                %v1398 = llvm.load %v54 : !llvm.ptr -> f32
                %v1399 = arith.mulf %v1395, %v1398 fastmath<contract> : f32
                %v1400 = arith.muli %v33, %v198 : i64
                %v1401 = arith.subi %v1353, %v168 : i64
                %v1402 = arith.addi %v1400, %v1401 : i64
                %v1403 = llvm.getelementptr %v68[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1404 = llvm.load %v1403 : !llvm.ptr -> f32
                %v1405 = arith.negf %v1404 : f32
                %v1406 = arith.mulf %v1405, %v331 fastmath<contract> : f32
                %v1407 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1406) : (f32) -> f32
                %v1408 = arith.addf %v70, %v1407 fastmath<contract> : f32
                %v1409 = arith.divf %v70, %v1408 : f32
                %v1410 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1409) : (f32) -> f32
                %v1411 = arith.mulf %v980, %v1410 fastmath<contract> : f32
                %v1412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1411) : (f32) -> f32
                %v1413 = arith.mulf %v698, %v1396 fastmath<contract> : f32
                %v1414 = arith.mulf %v336, %v1413 fastmath<contract> : f32
                %v1415 = arith.mulf %v1412, %v1414 fastmath<contract> : f32
                %v1416 = arith.subf %v70, %v1409 fastmath<contract> : f32
                %v1417 = arith.mulf %v1409, %v1416 fastmath<contract> : f32
                %v1418 = arith.mulf %v1415, %v1417 fastmath<contract> : f32
                %v1419 = arith.constant 8 : i64
                %v1420 = arith.addi %v1419, %v33 : i64
                %v1421 = arith.muli %v1420, %v198 : i64
                %v1422 = arith.subi %v1353, %v168 : i64
                %v1423 = arith.addi %v1421, %v1422 : i64
                %v1424 = llvm.getelementptr %v68[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
                %v1426 = arith.negf %v1425 : f32
                %v1427 = arith.mulf %v1426, %v331 fastmath<contract> : f32
                %v1428 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1427) : (f32) -> f32
                %v1429 = arith.addf %v70, %v1428 fastmath<contract> : f32
                %v1430 = arith.divf %v70, %v1429 : f32
                %v1431 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1430) : (f32) -> f32
                %v1432 = arith.mulf %v980, %v1431 fastmath<contract> : f32
                %v1433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1432) : (f32) -> f32
                %v1434 = arith.mulf %v723, %v1398 fastmath<contract> : f32
                %v1435 = arith.mulf %v336, %v1434 fastmath<contract> : f32
                %v1436 = arith.mulf %v1433, %v1435 fastmath<contract> : f32
                %v1437 = arith.subf %v70, %v1430 fastmath<contract> : f32
                %v1438 = arith.mulf %v1430, %v1437 fastmath<contract> : f32
                %v1439 = arith.mulf %v1436, %v1438 fastmath<contract> : f32
                %v1440 = arith.select %v37, %v1385, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1441, %v1442 = gpu.shuffle xor %v1440, %v1012, %v321 : f32
                %v1443 = arith.addf %v1440, %v1441 fastmath<contract> : f32
                %v1444, %v1445 = gpu.shuffle xor %v1443, %v1016, %v321 : f32
                %v1446 = arith.addf %v1443, %v1444 fastmath<contract> : f32
                %v1447 = arith.divui %v18, %v20 : i64
                %v1448 = arith.remui %v18, %v20 : i64
                %v1449 = arith.cmpi ult, %v1448, %v32 : i64
                %v1450 = arith.addi %v71, %v33 : i64
                %v1451 = arith.muli %v1447, %v1 : i64
                %v1452 = arith.addi %v1451, %v1450 : i64
                %v1453 = arith.muli %v1452, %v1026 : i64
                %v1454 = arith.addi %v1453, %v1352 : i64
                scf.if %v1449 {
                  %v1455 = llvm.getelementptr %v58[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1446, %v1455 : f32, !llvm.ptr
                }
                %v1456 = arith.select %v37, %v1386, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1457, %v1458 = gpu.shuffle xor %v1456, %v1012, %v321 : f32
                %v1459 = arith.addf %v1456, %v1457 fastmath<contract> : f32
                %v1460, %v1461 = gpu.shuffle xor %v1459, %v1016, %v321 : f32
                %v1462 = arith.addf %v1459, %v1460 fastmath<contract> : f32
                %v1463 = arith.divui %v18, %v20 : i64
                %v1464 = arith.remui %v18, %v20 : i64
                %v1465 = arith.cmpi ult, %v1464, %v32 : i64
                %v1466 = arith.addi %v32, %v33 : i64
                %v1467 = arith.muli %v1463, %v1 : i64
                %v1468 = arith.addi %v1467, %v1466 : i64
                %v1469 = arith.muli %v1468, %v1026 : i64
                %v1470 = arith.addi %v1469, %v1352 : i64
                scf.if %v1465 {
                  %v1471 = llvm.getelementptr %v58[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1462, %v1471 : f32, !llvm.ptr
                }
                %v1472 = arith.select %v37, %v1397, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1473, %v1474 = gpu.shuffle xor %v1472, %v1012, %v321 : f32
                %v1475 = arith.addf %v1472, %v1473 fastmath<contract> : f32
                %v1476, %v1477 = gpu.shuffle xor %v1475, %v1016, %v321 : f32
                %v1478 = arith.addf %v1475, %v1476 fastmath<contract> : f32
                %v1479 = arith.divui %v18, %v20 : i64
                %v1480 = arith.remui %v18, %v20 : i64
                %v1481 = arith.cmpi ult, %v1480, %v32 : i64
                %v1482 = arith.addi %v71, %v33 : i64
                %v1483 = arith.muli %v1479, %v1 : i64
                %v1484 = arith.addi %v1483, %v1482 : i64
                %v1485 = arith.muli %v1484, %v1026 : i64
                %v1486 = arith.addi %v1485, %v1352 : i64
                scf.if %v1481 {
                  %v1487 = llvm.getelementptr %v60[%v1486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1478, %v1487 : f32, !llvm.ptr
                }
                %v1488 = arith.select %v37, %v1399, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1489, %v1490 = gpu.shuffle xor %v1488, %v1012, %v321 : f32
                %v1491 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                %v1492, %v1493 = gpu.shuffle xor %v1491, %v1016, %v321 : f32
                %v1494 = arith.addf %v1491, %v1492 fastmath<contract> : f32
                %v1495 = arith.divui %v18, %v20 : i64
                %v1496 = arith.remui %v18, %v20 : i64
                %v1497 = arith.cmpi ult, %v1496, %v32 : i64
                %v1498 = arith.addi %v32, %v33 : i64
                %v1499 = arith.muli %v1495, %v1 : i64
                %v1500 = arith.addi %v1499, %v1498 : i64
                %v1501 = arith.muli %v1500, %v1026 : i64
                %v1502 = arith.addi %v1501, %v1352 : i64
                scf.if %v1497 {
                  %v1503 = llvm.getelementptr %v60[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1494, %v1503 : f32, !llvm.ptr
                }
                %v1504 = arith.select %v37, %v1418, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1505, %v1506 = gpu.shuffle xor %v1504, %v1012, %v321 : f32
                %v1507 = arith.addf %v1504, %v1505 fastmath<contract> : f32
                %v1508, %v1509 = gpu.shuffle xor %v1507, %v1016, %v321 : f32
                %v1510 = arith.addf %v1507, %v1508 fastmath<contract> : f32
                %v1511 = arith.divui %v18, %v20 : i64
                %v1512 = arith.remui %v18, %v20 : i64
                %v1513 = arith.cmpi ult, %v1512, %v32 : i64
                %v1514 = arith.addi %v71, %v33 : i64
                %v1515 = arith.muli %v1511, %v1 : i64
                %v1516 = arith.addi %v1515, %v1514 : i64
                %v1517 = arith.muli %v1516, %v1026 : i64
                %v1518 = arith.addi %v1517, %v1352 : i64
                scf.if %v1513 {
                  %v1519 = llvm.getelementptr %v62[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1510, %v1519 : f32, !llvm.ptr
                }
                %v1520 = arith.select %v37, %v1439, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1521, %v1522 = gpu.shuffle xor %v1520, %v1012, %v321 : f32
                %v1523 = arith.addf %v1520, %v1521 fastmath<contract> : f32
                %v1524, %v1525 = gpu.shuffle xor %v1523, %v1016, %v321 : f32
                %v1526 = arith.addf %v1523, %v1524 fastmath<contract> : f32
                %v1527 = arith.divui %v18, %v20 : i64
                %v1528 = arith.remui %v18, %v20 : i64
                %v1529 = arith.cmpi ult, %v1528, %v32 : i64
                %v1530 = arith.addi %v32, %v33 : i64
                %v1531 = arith.muli %v1527, %v1 : i64
                %v1532 = arith.addi %v1531, %v1530 : i64
                %v1533 = arith.muli %v1532, %v1026 : i64
                %v1534 = arith.addi %v1533, %v1352 : i64
                scf.if %v1529 {
                  %v1535 = llvm.getelementptr %v62[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1526, %v1535 : f32, !llvm.ptr
                }
                %v1536 = arith.muli %v33, %v198 : i64
                %v1537 = arith.subi %v1353, %v168 : i64
                %v1538 = arith.addi %v1536, %v1537 : i64
                %v1539 = llvm.getelementptr %v66[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1540 = llvm.load %v1539 : !llvm.ptr -> f32
                %v1541 = arith.mulf %v1540, %v1396 fastmath<contract> : f32
                %v1542 = arith.constant 8 : i64
                %v1543 = arith.addi %v1542, %v33 : i64
                %v1544 = arith.muli %v1543, %v198 : i64
                %v1545 = arith.subi %v1353, %v168 : i64
                %v1546 = arith.addi %v1544, %v1545 : i64
                %v1547 = llvm.getelementptr %v66[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
                %v1549 = arith.mulf %v1548, %v1398 fastmath<contract> : f32
                %v1550 = arith.addf %v1541, %v1549 fastmath<contract> : f32
                llvm.store %v1550, %v900 : f32, !llvm.ptr
                %v1551 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1409) : (f32) -> f32
                %v1552 = arith.mulf %v336, %v1551 fastmath<contract> : f32
                %v1553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1552) : (f32) -> f32
                llvm.store %v1553, %v55 : f32, !llvm.ptr
                %v1554 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1430) : (f32) -> f32
                %v1555 = arith.mulf %v336, %v1554 fastmath<contract> : f32
                %v1556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1555) : (f32) -> f32
                llvm.store %v1556, %v56 : f32, !llvm.ptr
                %v1557 = llvm.load %v900 : !llvm.ptr -> f32
                %v1558 = arith.addi %v405, %v49 : i64
                %v1560 = arith.cmpi slt, %v1559, %v911 : i32
                %v1561 = arith.cmpi eq, %v1559, %v917 : i32
                %v1562 = arith.addi %v407, %v607 : i64
                llvm.store %v69, %v900 : f32, !llvm.ptr
                %v1563 = arith.addi %v168, %v1558 : i64
                %v1564 = arith.muli %v33, %v198 : i64
                %v1565 = arith.subi %v1563, %v168 : i64
                %v1566 = arith.addi %v1564, %v1565 : i64
                %v1567 = llvm.getelementptr %v64[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1568 = llvm.load %v1567 : !llvm.ptr -> f32
                %v1569 = arith.muli %v47, %v347 : i64
                %v1570 = arith.muli %v1563, %v346 : i64
                %v1571 = arith.addi %v1569, %v1570 : i64
                %v1572 = arith.muli %v45, %v345 : i64
                %v1573 = arith.addi %v1571, %v1572 : i64
                %v1574 = arith.muli %v43, %v2 : i64
                %v1575 = arith.addi %v1573, %v1574 : i64
                %v1576 = llvm.getelementptr %dy_o[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1577 = llvm.load %v1576 : !llvm.ptr -> f32
                %v1578 = arith.mulf %v1568, %v1577 fastmath<contract> : f32
                %v1579 = llvm.load %v53 : !llvm.ptr -> f32
                %v1580 = llvm.load %v55 : !llvm.ptr -> f32
                %v1581 = arith.mulf %v1580, %v1579 fastmath<contract> : f32
                %v1582 = arith.addf %v1578, %v1581 fastmath<contract> : f32
                llvm.store %v1582, %v53 : f32, !llvm.ptr
                %v1583 = arith.constant 8 : i64
                %v1584 = arith.addi %v1583, %v33 : i64
                %v1585 = arith.muli %v1584, %v198 : i64
                %v1586 = arith.subi %v1563, %v168 : i64
                %v1587 = arith.addi %v1585, %v1586 : i64
                %v1588 = llvm.getelementptr %v64[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1589 = llvm.load %v1588 : !llvm.ptr -> f32
                %v1590 = arith.mulf %v1589, %v1577 fastmath<contract> : f32
                %v1591 = llvm.load %v54 : !llvm.ptr -> f32
                %v1592 = llvm.load %v56 : !llvm.ptr -> f32
                %v1593 = arith.mulf %v1592, %v1591 fastmath<contract> : f32
                %v1594 = arith.addf %v1590, %v1593 fastmath<contract> : f32
                llvm.store %v1594, %v54 : f32, !llvm.ptr
                scf.if %v1561 {
                }
                %v1595 = arith.mulf %v698, %v1577 fastmath<contract> : f32
                %v1596 = arith.mulf %v723, %v1577 fastmath<contract> : f32
                %v1597 = arith.muli %v47, %v347 : i64
                %v1598 = arith.muli %v1563, %v346 : i64
                %v1599 = arith.addi %v1597, %v1598 : i64
                %v1600 = arith.muli %v45, %v345 : i64
                %v1601 = arith.addi %v1599, %v1600 : i64
                %v1602 = arith.muli %v43, %v2 : i64
                %v1603 = arith.addi %v1601, %v1602 : i64
                %v1604 = llvm.getelementptr %in_v[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1605 = llvm.load %v1604 : !llvm.ptr -> f32
                %v1606 = llvm.load %v53 : !llvm.ptr -> f32
                %v1607 = arith.mulf %v1605, %v1606 fastmath<contract> : f32
                %v1608 = llvm.load %v54 : !llvm.ptr -> f32
                %v1609 = arith.mulf %v1605, %v1608 fastmath<contract> : f32
                %v1610 = arith.muli %v33, %v198 : i64
                %v1611 = arith.subi %v1563, %v168 : i64
                %v1612 = arith.addi %v1610, %v1611 : i64
                %v1613 = llvm.getelementptr %v68[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
                %v1615 = arith.negf %v1614 : f32
                %v1616 = arith.mulf %v1615, %v331 fastmath<contract> : f32
                %v1617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1616) : (f32) -> f32
                %v1618 = arith.addf %v70, %v1617 fastmath<contract> : f32
                %v1619 = arith.divf %v70, %v1618 : f32
                %v1620 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1619) : (f32) -> f32
                %v1621 = arith.mulf %v980, %v1620 fastmath<contract> : f32
                %v1622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1621) : (f32) -> f32
                %v1623 = arith.mulf %v640, %v1606 fastmath<contract> : f32
                %v1624 = arith.mulf %v336, %v1623 fastmath<contract> : f32
                %v1625 = arith.mulf %v1622, %v1624 fastmath<contract> : f32
                %v1626 = arith.subf %v70, %v1619 fastmath<contract> : f32
                %v1627 = arith.mulf %v1619, %v1626 fastmath<contract> : f32
                %v1628 = arith.mulf %v1625, %v1627 fastmath<contract> : f32
                %v1629 = arith.constant 8 : i64
                %v1630 = arith.addi %v1629, %v33 : i64
                %v1631 = arith.muli %v1630, %v198 : i64
                %v1632 = arith.subi %v1563, %v168 : i64
                %v1633 = arith.addi %v1631, %v1632 : i64
                %v1634 = llvm.getelementptr %v68[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
                %v1636 = arith.negf %v1635 : f32
                %v1637 = arith.mulf %v1636, %v331 fastmath<contract> : f32
                %v1638 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1637) : (f32) -> f32
                %v1639 = arith.addf %v70, %v1638 fastmath<contract> : f32
                %v1640 = arith.divf %v70, %v1639 : f32
                %v1641 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1640) : (f32) -> f32
                %v1642 = arith.mulf %v980, %v1641 fastmath<contract> : f32
                %v1643 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1642) : (f32) -> f32
                %v1644 = arith.mulf %v665, %v1608 fastmath<contract> : f32
                %v1645 = arith.mulf %v336, %v1644 fastmath<contract> : f32
                %v1646 = arith.mulf %v1643, %v1645 fastmath<contract> : f32
                %v1647 = arith.subf %v70, %v1640 fastmath<contract> : f32
                %v1648 = arith.mulf %v1640, %v1647 fastmath<contract> : f32
                %v1649 = arith.mulf %v1646, %v1648 fastmath<contract> : f32
                %v1650 = arith.select %v37, %v1595, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1651, %v1652 = gpu.shuffle xor %v1650, %v1012, %v321 : f32
                %v1653 = arith.addf %v1650, %v1651 fastmath<contract> : f32
                %v1654, %v1655 = gpu.shuffle xor %v1653, %v1016, %v321 : f32
                %v1656 = arith.addf %v1653, %v1654 fastmath<contract> : f32
                %v1657 = arith.divui %v18, %v20 : i64
                %v1658 = arith.remui %v18, %v20 : i64
                %v1659 = arith.cmpi ult, %v1658, %v32 : i64
                %v1660 = arith.addi %v71, %v33 : i64
                %v1661 = arith.muli %v1657, %v1 : i64
                %v1662 = arith.addi %v1661, %v1660 : i64
                %v1663 = arith.muli %v1662, %v1026 : i64
                %v1664 = arith.addi %v1663, %v1562 : i64
                scf.if %v1659 {
                  %v1665 = llvm.getelementptr %v58[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1656, %v1665 : f32, !llvm.ptr
                }
                %v1666 = arith.select %v37, %v1596, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1667, %v1668 = gpu.shuffle xor %v1666, %v1012, %v321 : f32
                %v1669 = arith.addf %v1666, %v1667 fastmath<contract> : f32
                %v1670, %v1671 = gpu.shuffle xor %v1669, %v1016, %v321 : f32
                %v1672 = arith.addf %v1669, %v1670 fastmath<contract> : f32
                %v1673 = arith.divui %v18, %v20 : i64
                %v1674 = arith.remui %v18, %v20 : i64
                %v1675 = arith.cmpi ult, %v1674, %v32 : i64
                %v1676 = arith.addi %v32, %v33 : i64
                %v1677 = arith.muli %v1673, %v1 : i64
                %v1678 = arith.addi %v1677, %v1676 : i64
                %v1679 = arith.muli %v1678, %v1026 : i64
                %v1680 = arith.addi %v1679, %v1562 : i64
                scf.if %v1675 {
                  %v1681 = llvm.getelementptr %v58[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1672, %v1681 : f32, !llvm.ptr
                }
                %v1682 = arith.select %v37, %v1607, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1683, %v1684 = gpu.shuffle xor %v1682, %v1012, %v321 : f32
                %v1685 = arith.addf %v1682, %v1683 fastmath<contract> : f32
                %v1686, %v1687 = gpu.shuffle xor %v1685, %v1016, %v321 : f32
                %v1688 = arith.addf %v1685, %v1686 fastmath<contract> : f32
                %v1689 = arith.divui %v18, %v20 : i64
                %v1690 = arith.remui %v18, %v20 : i64
                %v1691 = arith.cmpi ult, %v1690, %v32 : i64
                %v1692 = arith.addi %v71, %v33 : i64
                %v1693 = arith.muli %v1689, %v1 : i64
                %v1694 = arith.addi %v1693, %v1692 : i64
                %v1695 = arith.muli %v1694, %v1026 : i64
                %v1696 = arith.addi %v1695, %v1562 : i64
                scf.if %v1691 {
                  %v1697 = llvm.getelementptr %v60[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1688, %v1697 : f32, !llvm.ptr
                }
                %v1698 = arith.select %v37, %v1609, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1699, %v1700 = gpu.shuffle xor %v1698, %v1012, %v321 : f32
                %v1701 = arith.addf %v1698, %v1699 fastmath<contract> : f32
                %v1702, %v1703 = gpu.shuffle xor %v1701, %v1016, %v321 : f32
                %v1704 = arith.addf %v1701, %v1702 fastmath<contract> : f32
                %v1705 = arith.divui %v18, %v20 : i64
                %v1706 = arith.remui %v18, %v20 : i64
                %v1707 = arith.cmpi ult, %v1706, %v32 : i64
                %v1708 = arith.addi %v32, %v33 : i64
                %v1709 = arith.muli %v1705, %v1 : i64
                %v1710 = arith.addi %v1709, %v1708 : i64
                %v1711 = arith.muli %v1710, %v1026 : i64
                %v1712 = arith.addi %v1711, %v1562 : i64
                scf.if %v1707 {
                  %v1713 = llvm.getelementptr %v60[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1704, %v1713 : f32, !llvm.ptr
                }
                %v1714 = arith.select %v37, %v1628, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1715, %v1716 = gpu.shuffle xor %v1714, %v1012, %v321 : f32
                %v1717 = arith.addf %v1714, %v1715 fastmath<contract> : f32
                %v1718, %v1719 = gpu.shuffle xor %v1717, %v1016, %v321 : f32
                %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
                %v1721 = arith.divui %v18, %v20 : i64
                %v1722 = arith.remui %v18, %v20 : i64
                %v1723 = arith.cmpi ult, %v1722, %v32 : i64
                %v1724 = arith.addi %v71, %v33 : i64
                %v1725 = arith.muli %v1721, %v1 : i64
                %v1726 = arith.addi %v1725, %v1724 : i64
                %v1727 = arith.muli %v1726, %v1026 : i64
                %v1728 = arith.addi %v1727, %v1562 : i64
                scf.if %v1723 {
                  %v1729 = llvm.getelementptr %v62[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1720, %v1729 : f32, !llvm.ptr
                }
                %v1730 = arith.select %v37, %v1649, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1731, %v1732 = gpu.shuffle xor %v1730, %v1012, %v321 : f32
                %v1733 = arith.addf %v1730, %v1731 fastmath<contract> : f32
                %v1734, %v1735 = gpu.shuffle xor %v1733, %v1016, %v321 : f32
                %v1736 = arith.addf %v1733, %v1734 fastmath<contract> : f32
                %v1737 = arith.divui %v18, %v20 : i64
                %v1738 = arith.remui %v18, %v20 : i64
                %v1739 = arith.cmpi ult, %v1738, %v32 : i64
                %v1740 = arith.addi %v32, %v33 : i64
                %v1741 = arith.muli %v1737, %v1 : i64
                %v1742 = arith.addi %v1741, %v1740 : i64
                %v1743 = arith.muli %v1742, %v1026 : i64
                %v1744 = arith.addi %v1743, %v1562 : i64
                scf.if %v1739 {
                  %v1745 = llvm.getelementptr %v62[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1736, %v1745 : f32, !llvm.ptr
                }
                %v1746 = arith.muli %v33, %v198 : i64
                %v1747 = arith.subi %v1563, %v168 : i64
                %v1748 = arith.addi %v1746, %v1747 : i64
                %v1749 = llvm.getelementptr %v66[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
                %v1751 = arith.mulf %v1750, %v1606 fastmath<contract> : f32
                %v1752 = arith.constant 8 : i64
                %v1753 = arith.addi %v1752, %v33 : i64
                %v1754 = arith.muli %v1753, %v198 : i64
                %v1755 = arith.subi %v1563, %v168 : i64
                %v1756 = arith.addi %v1754, %v1755 : i64
                %v1757 = llvm.getelementptr %v66[%v1756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1758 = llvm.load %v1757 : !llvm.ptr -> f32
                %v1759 = arith.mulf %v1758, %v1608 fastmath<contract> : f32
                %v1760 = arith.addf %v1751, %v1759 fastmath<contract> : f32
                llvm.store %v1760, %v900 : f32, !llvm.ptr
                %v1761 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1619) : (f32) -> f32
                %v1762 = arith.mulf %v336, %v1761 fastmath<contract> : f32
                %v1763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1762) : (f32) -> f32
                llvm.store %v1763, %v55 : f32, !llvm.ptr
                %v1764 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1640) : (f32) -> f32
                %v1765 = arith.mulf %v336, %v1764 fastmath<contract> : f32
                %v1766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1765) : (f32) -> f32
                llvm.store %v1766, %v56 : f32, !llvm.ptr
                %v1767 = llvm.load %v900 : !llvm.ptr -> f32
                %v1768 = arith.select %v903, %v1767, %v1557 : f32
                %v1769 = arith.select %v903, %v1557, %v1767 : f32
                %v1770, %v1771 = gpu.shuffle xor %v1768, %v1344, %v321 : f32
                %v1772 = arith.addf %v1769, %v1770 fastmath<contract> : f32
                %v1773 = arith.select %v906, %v1772, %v1347 : f32
                %v1774 = arith.select %v906, %v1347, %v1772 : f32
                %v1776, %v1777 = gpu.shuffle xor %v1773, %v1775, %v321 : f32
                %v1778 = arith.addf %v1774, %v1776 fastmath<contract> : f32
                %v1779 = arith.addi %v405, %v607 : i64
                %v1781 = arith.cmpi slt, %v1780, %v911 : i32
                %v1782 = arith.cmpi eq, %v1780, %v917 : i32
                %v1783 = arith.addi %v407, %v49 : i64
                llvm.store %v69, %v900 : f32, !llvm.ptr
                %v1784 = arith.addi %v168, %v1779 : i64
                %v1785 = arith.muli %v33, %v198 : i64
                %v1786 = arith.subi %v1784, %v168 : i64
                %v1787 = arith.addi %v1785, %v1786 : i64
                %v1788 = llvm.getelementptr %v64[%v1787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1789 = llvm.load %v1788 : !llvm.ptr -> f32
                %v1790 = arith.muli %v47, %v347 : i64
                %v1791 = arith.muli %v1784, %v346 : i64
                %v1792 = arith.addi %v1790, %v1791 : i64
                %v1793 = arith.muli %v45, %v345 : i64
                %v1794 = arith.addi %v1792, %v1793 : i64
                %v1795 = arith.muli %v43, %v2 : i64
                %v1796 = arith.addi %v1794, %v1795 : i64
                %v1797 = llvm.getelementptr %dy_o[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
                %v1799 = arith.mulf %v1789, %v1798 fastmath<contract> : f32
                %v1800 = llvm.load %v53 : !llvm.ptr -> f32
                %v1801 = llvm.load %v55 : !llvm.ptr -> f32
                %v1802 = arith.mulf %v1801, %v1800 fastmath<contract> : f32
                %v1803 = arith.addf %v1799, %v1802 fastmath<contract> : f32
                llvm.store %v1803, %v53 : f32, !llvm.ptr
                %v1804 = arith.constant 8 : i64
                %v1805 = arith.addi %v1804, %v33 : i64
                %v1806 = arith.muli %v1805, %v198 : i64
                %v1807 = arith.subi %v1784, %v168 : i64
                %v1808 = arith.addi %v1806, %v1807 : i64
                %v1809 = llvm.getelementptr %v64[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1810 = llvm.load %v1809 : !llvm.ptr -> f32
                %v1811 = arith.mulf %v1810, %v1798 fastmath<contract> : f32
                %v1812 = llvm.load %v54 : !llvm.ptr -> f32
                %v1813 = llvm.load %v56 : !llvm.ptr -> f32
                %v1814 = arith.mulf %v1813, %v1812 fastmath<contract> : f32
                %v1815 = arith.addf %v1811, %v1814 fastmath<contract> : f32
                llvm.store %v1815, %v54 : f32, !llvm.ptr
                scf.if %v1782 {
                }
                %v1816 = arith.mulf %v640, %v1798 fastmath<contract> : f32
                %v1817 = arith.mulf %v665, %v1798 fastmath<contract> : f32
                %v1818 = arith.muli %v47, %v347 : i64
                %v1819 = arith.muli %v1784, %v346 : i64
                %v1820 = arith.addi %v1818, %v1819 : i64
                %v1821 = arith.muli %v45, %v345 : i64
                %v1822 = arith.addi %v1820, %v1821 : i64
                %v1823 = arith.muli %v43, %v2 : i64
                %v1824 = arith.addi %v1822, %v1823 : i64
                %v1825 = llvm.getelementptr %in_v[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1826 = llvm.load %v1825 : !llvm.ptr -> f32
                %v1827 = llvm.load %v53 : !llvm.ptr -> f32
                %v1828 = arith.mulf %v1826, %v1827 fastmath<contract> : f32
                %v1829 = llvm.load %v54 : !llvm.ptr -> f32
                %v1830 = arith.mulf %v1826, %v1829 fastmath<contract> : f32
                %v1831 = arith.muli %v33, %v198 : i64
                %v1832 = arith.subi %v1784, %v168 : i64
                %v1833 = arith.addi %v1831, %v1832 : i64
                %v1834 = llvm.getelementptr %v68[%v1833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
                %v1836 = arith.negf %v1835 : f32
                %v1837 = arith.mulf %v1836, %v331 fastmath<contract> : f32
                %v1838 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1837) : (f32) -> f32
                %v1839 = arith.addf %v70, %v1838 fastmath<contract> : f32
                %v1840 = arith.divf %v70, %v1839 : f32
                %v1841 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1840) : (f32) -> f32
                %v1842 = arith.mulf %v980, %v1841 fastmath<contract> : f32
                %v1843 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1842) : (f32) -> f32
                %v1844 = arith.mulf %v581, %v1827 fastmath<contract> : f32
                %v1845 = arith.mulf %v336, %v1844 fastmath<contract> : f32
                %v1846 = arith.mulf %v1843, %v1845 fastmath<contract> : f32
                %v1847 = arith.subf %v70, %v1840 fastmath<contract> : f32
                %v1848 = arith.mulf %v1840, %v1847 fastmath<contract> : f32
                %v1849 = arith.mulf %v1846, %v1848 fastmath<contract> : f32
                %v1850 = arith.constant 8 : i64
                %v1851 = arith.addi %v1850, %v33 : i64
                %v1852 = arith.muli %v1851, %v198 : i64
                %v1853 = arith.subi %v1784, %v168 : i64
                %v1854 = arith.addi %v1852, %v1853 : i64
                %v1855 = llvm.getelementptr %v68[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1856 = llvm.load %v1855 : !llvm.ptr -> f32
                %v1857 = arith.negf %v1856 : f32
                %v1858 = arith.mulf %v1857, %v331 fastmath<contract> : f32
                %v1859 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1858) : (f32) -> f32
                %v1860 = arith.addf %v70, %v1859 fastmath<contract> : f32
                %v1861 = arith.divf %v70, %v1860 : f32
                %v1862 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1861) : (f32) -> f32
                %v1863 = arith.mulf %v980, %v1862 fastmath<contract> : f32
                %v1864 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1863) : (f32) -> f32
                %v1865 = arith.mulf %v606, %v1829 fastmath<contract> : f32
                %v1866 = arith.mulf %v336, %v1865 fastmath<contract> : f32
                %v1867 = arith.mulf %v1864, %v1866 fastmath<contract> : f32
                %v1868 = arith.subf %v70, %v1861 fastmath<contract> : f32
                %v1869 = arith.mulf %v1861, %v1868 fastmath<contract> : f32
                %v1870 = arith.mulf %v1867, %v1869 fastmath<contract> : f32
                %v1871 = arith.select %v37, %v1816, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1872, %v1873 = gpu.shuffle xor %v1871, %v1012, %v321 : f32
                %v1874 = arith.addf %v1871, %v1872 fastmath<contract> : f32
                %v1875, %v1876 = gpu.shuffle xor %v1874, %v1016, %v321 : f32
                %v1877 = arith.addf %v1874, %v1875 fastmath<contract> : f32
                %v1878 = arith.divui %v18, %v20 : i64
                %v1879 = arith.remui %v18, %v20 : i64
                %v1880 = arith.cmpi ult, %v1879, %v32 : i64
                %v1881 = arith.addi %v71, %v33 : i64
                %v1882 = arith.muli %v1878, %v1 : i64
                %v1883 = arith.addi %v1882, %v1881 : i64
                %v1884 = arith.muli %v1883, %v1026 : i64
                %v1885 = arith.addi %v1884, %v1783 : i64
                scf.if %v1880 {
                  %v1886 = llvm.getelementptr %v58[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1877, %v1886 : f32, !llvm.ptr
                }
                %v1887 = arith.select %v37, %v1817, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1888, %v1889 = gpu.shuffle xor %v1887, %v1012, %v321 : f32
                %v1890 = arith.addf %v1887, %v1888 fastmath<contract> : f32
                %v1891, %v1892 = gpu.shuffle xor %v1890, %v1016, %v321 : f32
                %v1893 = arith.addf %v1890, %v1891 fastmath<contract> : f32
                %v1894 = arith.divui %v18, %v20 : i64
                %v1895 = arith.remui %v18, %v20 : i64
                %v1896 = arith.cmpi ult, %v1895, %v32 : i64
                %v1897 = arith.addi %v32, %v33 : i64
                %v1898 = arith.muli %v1894, %v1 : i64
                %v1899 = arith.addi %v1898, %v1897 : i64
                %v1900 = arith.muli %v1899, %v1026 : i64
                %v1901 = arith.addi %v1900, %v1783 : i64
                scf.if %v1896 {
                  %v1902 = llvm.getelementptr %v58[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1893, %v1902 : f32, !llvm.ptr
                }
                %v1903 = arith.select %v37, %v1828, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1904, %v1905 = gpu.shuffle xor %v1903, %v1012, %v321 : f32
                %v1906 = arith.addf %v1903, %v1904 fastmath<contract> : f32
                %v1907, %v1908 = gpu.shuffle xor %v1906, %v1016, %v321 : f32
                %v1909 = arith.addf %v1906, %v1907 fastmath<contract> : f32
                %v1910 = arith.divui %v18, %v20 : i64
                %v1911 = arith.remui %v18, %v20 : i64
                %v1912 = arith.cmpi ult, %v1911, %v32 : i64
                %v1913 = arith.addi %v71, %v33 : i64
                %v1914 = arith.muli %v1910, %v1 : i64
                %v1915 = arith.addi %v1914, %v1913 : i64
                %v1916 = arith.muli %v1915, %v1026 : i64
                %v1917 = arith.addi %v1916, %v1783 : i64
                scf.if %v1912 {
                  %v1918 = llvm.getelementptr %v60[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1909, %v1918 : f32, !llvm.ptr
                }
                %v1919 = arith.select %v37, %v1830, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1920, %v1921 = gpu.shuffle xor %v1919, %v1012, %v321 : f32
                %v1922 = arith.addf %v1919, %v1920 fastmath<contract> : f32
                %v1923, %v1924 = gpu.shuffle xor %v1922, %v1016, %v321 : f32
                %v1925 = arith.addf %v1922, %v1923 fastmath<contract> : f32
                %v1926 = arith.divui %v18, %v20 : i64
                %v1927 = arith.remui %v18, %v20 : i64
                %v1928 = arith.cmpi ult, %v1927, %v32 : i64
                %v1929 = arith.addi %v32, %v33 : i64
                %v1930 = arith.muli %v1926, %v1 : i64
                %v1931 = arith.addi %v1930, %v1929 : i64
                %v1932 = arith.muli %v1931, %v1026 : i64
                %v1933 = arith.addi %v1932, %v1783 : i64
                scf.if %v1928 {
                  %v1934 = llvm.getelementptr %v60[%v1933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1925, %v1934 : f32, !llvm.ptr
                }
                %v1935 = arith.select %v37, %v1849, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1936, %v1937 = gpu.shuffle xor %v1935, %v1012, %v321 : f32
                %v1938 = arith.addf %v1935, %v1936 fastmath<contract> : f32
                %v1939, %v1940 = gpu.shuffle xor %v1938, %v1016, %v321 : f32
                %v1941 = arith.addf %v1938, %v1939 fastmath<contract> : f32
                %v1942 = arith.divui %v18, %v20 : i64
                %v1943 = arith.remui %v18, %v20 : i64
                %v1944 = arith.cmpi ult, %v1943, %v32 : i64
                %v1945 = arith.addi %v71, %v33 : i64
                %v1946 = arith.muli %v1942, %v1 : i64
                %v1947 = arith.addi %v1946, %v1945 : i64
                %v1948 = arith.muli %v1947, %v1026 : i64
                %v1949 = arith.addi %v1948, %v1783 : i64
                scf.if %v1944 {
                  %v1950 = llvm.getelementptr %v62[%v1949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1941, %v1950 : f32, !llvm.ptr
                }
                %v1951 = arith.select %v37, %v1870, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1952, %v1953 = gpu.shuffle xor %v1951, %v1012, %v321 : f32
                %v1954 = arith.addf %v1951, %v1952 fastmath<contract> : f32
                %v1955, %v1956 = gpu.shuffle xor %v1954, %v1016, %v321 : f32
                %v1957 = arith.addf %v1954, %v1955 fastmath<contract> : f32
                %v1958 = arith.divui %v18, %v20 : i64
                %v1959 = arith.remui %v18, %v20 : i64
                %v1960 = arith.cmpi ult, %v1959, %v32 : i64
                %v1961 = arith.addi %v32, %v33 : i64
                %v1962 = arith.muli %v1958, %v1 : i64
                %v1963 = arith.addi %v1962, %v1961 : i64
                %v1964 = arith.muli %v1963, %v1026 : i64
                %v1965 = arith.addi %v1964, %v1783 : i64
                scf.if %v1960 {
                  %v1966 = llvm.getelementptr %v62[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1957, %v1966 : f32, !llvm.ptr
                }
                %v1967 = arith.muli %v33, %v198 : i64
                %v1968 = arith.subi %v1784, %v168 : i64
                %v1969 = arith.addi %v1967, %v1968 : i64
                %v1970 = llvm.getelementptr %v66[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1971 = llvm.load %v1970 : !llvm.ptr -> f32
                %v1972 = arith.mulf %v1971, %v1827 fastmath<contract> : f32
                %v1973 = arith.constant 8 : i64
                %v1974 = arith.addi %v1973, %v33 : i64
                %v1975 = arith.muli %v1974, %v198 : i64
                %v1976 = arith.subi %v1784, %v168 : i64
                %v1977 = arith.addi %v1975, %v1976 : i64
                %v1978 = llvm.getelementptr %v66[%v1977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1979 = llvm.load %v1978 : !llvm.ptr -> f32
                %v1980 = arith.mulf %v1979, %v1829 fastmath<contract> : f32
                %v1981 = arith.addf %v1972, %v1980 fastmath<contract> : f32
                llvm.store %v1981, %v900 : f32, !llvm.ptr
                %v1982 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1840) : (f32) -> f32
                %v1983 = arith.mulf %v336, %v1982 fastmath<contract> : f32
                %v1984 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1983) : (f32) -> f32
                llvm.store %v1984, %v55 : f32, !llvm.ptr
                %v1985 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1861) : (f32) -> f32
                %v1986 = arith.mulf %v336, %v1985 fastmath<contract> : f32
                %v1987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1986) : (f32) -> f32
                llvm.store %v1987, %v56 : f32, !llvm.ptr
                %v1988 = llvm.load %v900 : !llvm.ptr -> f32
                %v1989 = arith.addi %v405, %v387 : i64
                %v1990 = arith.cmpi slt, %v1775, %v911 : i32
                %v1991 = arith.cmpi eq, %v1775, %v917 : i32
                %v1992 = arith.addi %v407, %v724 : i64
                llvm.store %v69, %v900 : f32, !llvm.ptr
                %v1993 = arith.addi %v168, %v1989 : i64
                %v1994 = arith.muli %v33, %v198 : i64
                %v1995 = arith.subi %v1993, %v168 : i64
                %v1996 = arith.addi %v1994, %v1995 : i64
                %v1997 = llvm.getelementptr %v64[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1998 = llvm.load %v1997 : !llvm.ptr -> f32
                %v1999 = arith.muli %v47, %v347 : i64
                %v2000 = arith.muli %v1993, %v346 : i64
                %v2001 = arith.addi %v1999, %v2000 : i64
                %v2002 = arith.muli %v45, %v345 : i64
                %v2003 = arith.addi %v2001, %v2002 : i64
                %v2004 = arith.muli %v43, %v2 : i64
                %v2005 = arith.addi %v2003, %v2004 : i64
                %v2006 = llvm.getelementptr %dy_o[%v2005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2007 = llvm.load %v2006 : !llvm.ptr -> f32
                %v2008 = arith.mulf %v1998, %v2007 fastmath<contract> : f32
                %v2009 = llvm.load %v53 : !llvm.ptr -> f32
                %v2010 = llvm.load %v55 : !llvm.ptr -> f32
                %v2011 = arith.mulf %v2010, %v2009 fastmath<contract> : f32
                %v2012 = arith.addf %v2008, %v2011 fastmath<contract> : f32
                llvm.store %v2012, %v53 : f32, !llvm.ptr
                %v2013 = arith.constant 8 : i64
                %v2014 = arith.addi %v2013, %v33 : i64
                %v2015 = arith.muli %v2014, %v198 : i64
                %v2016 = arith.subi %v1993, %v168 : i64
                %v2017 = arith.addi %v2015, %v2016 : i64
                %v2018 = llvm.getelementptr %v64[%v2017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2019 = llvm.load %v2018 : !llvm.ptr -> f32
                %v2020 = arith.mulf %v2019, %v2007 fastmath<contract> : f32
                %v2021 = llvm.load %v54 : !llvm.ptr -> f32
                %v2022 = llvm.load %v56 : !llvm.ptr -> f32
                %v2023 = arith.mulf %v2022, %v2021 fastmath<contract> : f32
                %v2024 = arith.addf %v2020, %v2023 fastmath<contract> : f32
                llvm.store %v2024, %v54 : f32, !llvm.ptr
                scf.if %v1991 {
                }
                %v2025 = arith.mulf %v581, %v2007 fastmath<contract> : f32
                %v2026 = arith.mulf %v606, %v2007 fastmath<contract> : f32
                %v2027 = arith.muli %v47, %v347 : i64
                %v2028 = arith.muli %v1993, %v346 : i64
                %v2029 = arith.addi %v2027, %v2028 : i64
                %v2030 = arith.muli %v45, %v345 : i64
                %v2031 = arith.addi %v2029, %v2030 : i64
                %v2032 = arith.muli %v43, %v2 : i64
                %v2033 = arith.addi %v2031, %v2032 : i64
                %v2034 = llvm.getelementptr %in_v[%v2033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2035 = llvm.load %v2034 : !llvm.ptr -> f32
                %v2036 = llvm.load %v53 : !llvm.ptr -> f32
                %v2037 = arith.mulf %v2035, %v2036 fastmath<contract> : f32
                %v2038 = llvm.load %v54 : !llvm.ptr -> f32
                %v2039 = arith.mulf %v2035, %v2038 fastmath<contract> : f32
                %v2040 = arith.muli %v33, %v198 : i64
                %v2041 = arith.subi %v1993, %v168 : i64
                %v2042 = arith.addi %v2040, %v2041 : i64
                %v2043 = llvm.getelementptr %v68[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
                %v2045 = arith.negf %v2044 : f32
                %v2046 = arith.mulf %v2045, %v331 fastmath<contract> : f32
                %v2047 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2046) : (f32) -> f32
                %v2048 = arith.addf %v70, %v2047 fastmath<contract> : f32
                %v2049 = arith.divf %v70, %v2048 : f32
                %v2050 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2049) : (f32) -> f32
                %v2051 = arith.mulf %v980, %v2050 fastmath<contract> : f32
                %v2052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2051) : (f32) -> f32
                %v2053 = arith.mulf %v523, %v2036 fastmath<contract> : f32
                %v2054 = arith.mulf %v336, %v2053 fastmath<contract> : f32
                %v2055 = arith.mulf %v2052, %v2054 fastmath<contract> : f32
                %v2056 = arith.subf %v70, %v2049 fastmath<contract> : f32
                %v2057 = arith.mulf %v2049, %v2056 fastmath<contract> : f32
                %v2058 = arith.mulf %v2055, %v2057 fastmath<contract> : f32
                %v2059 = arith.constant 8 : i64
                %v2060 = arith.addi %v2059, %v33 : i64
                %v2061 = arith.muli %v2060, %v198 : i64
                %v2062 = arith.subi %v1993, %v168 : i64
                %v2063 = arith.addi %v2061, %v2062 : i64
                %v2064 = llvm.getelementptr %v68[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2065 = llvm.load %v2064 : !llvm.ptr -> f32
                %v2066 = arith.negf %v2065 : f32
                %v2067 = arith.mulf %v2066, %v331 fastmath<contract> : f32
                %v2068 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2067) : (f32) -> f32
                %v2069 = arith.addf %v70, %v2068 fastmath<contract> : f32
                %v2070 = arith.divf %v70, %v2069 : f32
                %v2071 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2070) : (f32) -> f32
                %v2072 = arith.mulf %v980, %v2071 fastmath<contract> : f32
                %v2073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2072) : (f32) -> f32
                %v2074 = arith.mulf %v548, %v2038 fastmath<contract> : f32
                %v2075 = arith.mulf %v336, %v2074 fastmath<contract> : f32
                %v2076 = arith.mulf %v2073, %v2075 fastmath<contract> : f32
                %v2077 = arith.subf %v70, %v2070 fastmath<contract> : f32
                %v2078 = arith.mulf %v2070, %v2077 fastmath<contract> : f32
                %v2079 = arith.mulf %v2076, %v2078 fastmath<contract> : f32
                %v2080 = arith.select %v37, %v2025, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2081, %v2082 = gpu.shuffle xor %v2080, %v1012, %v321 : f32
                %v2083 = arith.addf %v2080, %v2081 fastmath<contract> : f32
                %v2084, %v2085 = gpu.shuffle xor %v2083, %v1016, %v321 : f32
                %v2086 = arith.addf %v2083, %v2084 fastmath<contract> : f32
                %v2087 = arith.divui %v18, %v20 : i64
                %v2088 = arith.remui %v18, %v20 : i64
                %v2089 = arith.cmpi ult, %v2088, %v32 : i64
                %v2090 = arith.addi %v71, %v33 : i64
                %v2091 = arith.muli %v2087, %v1 : i64
                %v2092 = arith.addi %v2091, %v2090 : i64
                %v2093 = arith.muli %v2092, %v1026 : i64
                %v2094 = arith.addi %v2093, %v1992 : i64
                scf.if %v2089 {
                  %v2095 = llvm.getelementptr %v58[%v2094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2086, %v2095 : f32, !llvm.ptr
                }
                %v2096 = arith.select %v37, %v2026, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2097, %v2098 = gpu.shuffle xor %v2096, %v1012, %v321 : f32
                %v2099 = arith.addf %v2096, %v2097 fastmath<contract> : f32
                %v2100, %v2101 = gpu.shuffle xor %v2099, %v1016, %v321 : f32
                %v2102 = arith.addf %v2099, %v2100 fastmath<contract> : f32
                %v2103 = arith.divui %v18, %v20 : i64
                %v2104 = arith.remui %v18, %v20 : i64
                %v2105 = arith.cmpi ult, %v2104, %v32 : i64
                %v2106 = arith.addi %v32, %v33 : i64
                %v2107 = arith.muli %v2103, %v1 : i64
                %v2108 = arith.addi %v2107, %v2106 : i64
                %v2109 = arith.muli %v2108, %v1026 : i64
                %v2110 = arith.addi %v2109, %v1992 : i64
                scf.if %v2105 {
                  %v2111 = llvm.getelementptr %v58[%v2110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2102, %v2111 : f32, !llvm.ptr
                }
                %v2112 = arith.select %v37, %v2037, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2113, %v2114 = gpu.shuffle xor %v2112, %v1012, %v321 : f32
                %v2115 = arith.addf %v2112, %v2113 fastmath<contract> : f32
                %v2116, %v2117 = gpu.shuffle xor %v2115, %v1016, %v321 : f32
                %v2118 = arith.addf %v2115, %v2116 fastmath<contract> : f32
                %v2119 = arith.divui %v18, %v20 : i64
                %v2120 = arith.remui %v18, %v20 : i64
                %v2121 = arith.cmpi ult, %v2120, %v32 : i64
                %v2122 = arith.addi %v71, %v33 : i64
                %v2123 = arith.muli %v2119, %v1 : i64
                %v2124 = arith.addi %v2123, %v2122 : i64
                %v2125 = arith.muli %v2124, %v1026 : i64
                %v2126 = arith.addi %v2125, %v1992 : i64
                scf.if %v2121 {
                  %v2127 = llvm.getelementptr %v60[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2118, %v2127 : f32, !llvm.ptr
                }
                %v2128 = arith.select %v37, %v2039, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2129, %v2130 = gpu.shuffle xor %v2128, %v1012, %v321 : f32
                %v2131 = arith.addf %v2128, %v2129 fastmath<contract> : f32
                %v2132, %v2133 = gpu.shuffle xor %v2131, %v1016, %v321 : f32
                %v2134 = arith.addf %v2131, %v2132 fastmath<contract> : f32
                %v2135 = arith.divui %v18, %v20 : i64
                %v2136 = arith.remui %v18, %v20 : i64
                %v2137 = arith.cmpi ult, %v2136, %v32 : i64
                %v2138 = arith.addi %v32, %v33 : i64
                %v2139 = arith.muli %v2135, %v1 : i64
                %v2140 = arith.addi %v2139, %v2138 : i64
                %v2141 = arith.muli %v2140, %v1026 : i64
                %v2142 = arith.addi %v2141, %v1992 : i64
                scf.if %v2137 {
                  %v2143 = llvm.getelementptr %v60[%v2142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2134, %v2143 : f32, !llvm.ptr
                }
                %v2144 = arith.select %v37, %v2058, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2145, %v2146 = gpu.shuffle xor %v2144, %v1012, %v321 : f32
                %v2147 = arith.addf %v2144, %v2145 fastmath<contract> : f32
                %v2148, %v2149 = gpu.shuffle xor %v2147, %v1016, %v321 : f32
                %v2150 = arith.addf %v2147, %v2148 fastmath<contract> : f32
                %v2151 = arith.divui %v18, %v20 : i64
                %v2152 = arith.remui %v18, %v20 : i64
                %v2153 = arith.cmpi ult, %v2152, %v32 : i64
                %v2154 = arith.addi %v71, %v33 : i64
                %v2155 = arith.muli %v2151, %v1 : i64
                %v2156 = arith.addi %v2155, %v2154 : i64
                %v2157 = arith.muli %v2156, %v1026 : i64
                %v2158 = arith.addi %v2157, %v1992 : i64
                scf.if %v2153 {
                  %v2159 = llvm.getelementptr %v62[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2150, %v2159 : f32, !llvm.ptr
                }
                %v2160 = arith.select %v37, %v2079, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2161, %v2162 = gpu.shuffle xor %v2160, %v1012, %v321 : f32
                %v2163 = arith.addf %v2160, %v2161 fastmath<contract> : f32
                %v2164, %v2165 = gpu.shuffle xor %v2163, %v1016, %v321 : f32
                %v2166 = arith.addf %v2163, %v2164 fastmath<contract> : f32
                %v2167 = arith.divui %v18, %v20 : i64
                %v2168 = arith.remui %v18, %v20 : i64
                %v2169 = arith.cmpi ult, %v2168, %v32 : i64
                %v2170 = arith.addi %v32, %v33 : i64
                %v2171 = arith.muli %v2167, %v1 : i64
                %v2172 = arith.addi %v2171, %v2170 : i64
                %v2173 = arith.muli %v2172, %v1026 : i64
                %v2174 = arith.addi %v2173, %v1992 : i64
                scf.if %v2169 {
                  %v2175 = llvm.getelementptr %v62[%v2174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2166, %v2175 : f32, !llvm.ptr
                }
                %v2176 = arith.muli %v33, %v198 : i64
                %v2177 = arith.subi %v1993, %v168 : i64
                %v2178 = arith.addi %v2176, %v2177 : i64
                %v2179 = llvm.getelementptr %v66[%v2178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2180 = llvm.load %v2179 : !llvm.ptr -> f32
                %v2181 = arith.mulf %v2180, %v2036 fastmath<contract> : f32
                %v2182 = arith.constant 8 : i64
                %v2183 = arith.addi %v2182, %v33 : i64
                %v2184 = arith.muli %v2183, %v198 : i64
                %v2185 = arith.subi %v1993, %v168 : i64
                %v2186 = arith.addi %v2184, %v2185 : i64
                %v2187 = llvm.getelementptr %v66[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2188 = llvm.load %v2187 : !llvm.ptr -> f32
                %v2189 = arith.mulf %v2188, %v2038 fastmath<contract> : f32
                %v2190 = arith.addf %v2181, %v2189 fastmath<contract> : f32
                llvm.store %v2190, %v900 : f32, !llvm.ptr
                %v2191 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2049) : (f32) -> f32
                %v2192 = arith.mulf %v336, %v2191 fastmath<contract> : f32
                %v2193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2192) : (f32) -> f32
                llvm.store %v2193, %v55 : f32, !llvm.ptr
                %v2194 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2070) : (f32) -> f32
                %v2195 = arith.mulf %v336, %v2194 fastmath<contract> : f32
                %v2196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2195) : (f32) -> f32
                llvm.store %v2196, %v56 : f32, !llvm.ptr
                %v2197 = llvm.load %v900 : !llvm.ptr -> f32
                %v2198 = arith.select %v903, %v2197, %v1988 : f32
                %v2199 = arith.select %v903, %v1988, %v2197 : f32
                %v2200, %v2201 = gpu.shuffle xor %v2198, %v1344, %v321 : f32
                %v2202 = arith.addf %v2199, %v2200 fastmath<contract> : f32
                %v2203 = arith.addi %v405, %v2 : i64
                %v2204 = arith.cmpi slt, %v1344, %v911 : i32
                %v2205 = arith.cmpi eq, %v1344, %v917 : i32
                %v2206 = arith.addi %v407, %v783 : i64
                llvm.store %v69, %v900 : f32, !llvm.ptr
                %v2207 = arith.addi %v168, %v2203 : i64
                %v2208 = arith.muli %v33, %v198 : i64
                %v2209 = arith.subi %v2207, %v168 : i64
                %v2210 = arith.addi %v2208, %v2209 : i64
                %v2211 = llvm.getelementptr %v64[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2212 = llvm.load %v2211 : !llvm.ptr -> f32
                %v2213 = arith.muli %v47, %v347 : i64
                %v2214 = arith.muli %v2207, %v346 : i64
                %v2215 = arith.addi %v2213, %v2214 : i64
                %v2216 = arith.muli %v45, %v345 : i64
                %v2217 = arith.addi %v2215, %v2216 : i64
                %v2218 = arith.muli %v43, %v2 : i64
                %v2219 = arith.addi %v2217, %v2218 : i64
                %v2220 = llvm.getelementptr %dy_o[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
                %v2222 = arith.mulf %v2212, %v2221 fastmath<contract> : f32
                %v2223 = llvm.load %v53 : !llvm.ptr -> f32
                %v2224 = llvm.load %v55 : !llvm.ptr -> f32
                %v2225 = arith.mulf %v2224, %v2223 fastmath<contract> : f32
                %v2226 = arith.addf %v2222, %v2225 fastmath<contract> : f32
                llvm.store %v2226, %v53 : f32, !llvm.ptr
                %v2227 = arith.constant 8 : i64
                %v2228 = arith.addi %v2227, %v33 : i64
                %v2229 = arith.muli %v2228, %v198 : i64
                %v2230 = arith.subi %v2207, %v168 : i64
                %v2231 = arith.addi %v2229, %v2230 : i64
                %v2232 = llvm.getelementptr %v64[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2233 = llvm.load %v2232 : !llvm.ptr -> f32
                %v2234 = arith.mulf %v2233, %v2221 fastmath<contract> : f32
                %v2235 = llvm.load %v54 : !llvm.ptr -> f32
                %v2236 = llvm.load %v56 : !llvm.ptr -> f32
                %v2237 = arith.mulf %v2236, %v2235 fastmath<contract> : f32
                %v2238 = arith.addf %v2234, %v2237 fastmath<contract> : f32
                llvm.store %v2238, %v54 : f32, !llvm.ptr
                scf.if %v2205 {
                }
                %v2239 = arith.mulf %v523, %v2221 fastmath<contract> : f32
                %v2240 = arith.mulf %v548, %v2221 fastmath<contract> : f32
                %v2241 = arith.muli %v47, %v347 : i64
                %v2242 = arith.muli %v2207, %v346 : i64
                %v2243 = arith.addi %v2241, %v2242 : i64
                %v2244 = arith.muli %v45, %v345 : i64
                %v2245 = arith.addi %v2243, %v2244 : i64
                %v2246 = arith.muli %v43, %v2 : i64
                %v2247 = arith.addi %v2245, %v2246 : i64
                %v2248 = llvm.getelementptr %in_v[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2249 = llvm.load %v2248 : !llvm.ptr -> f32
                %v2250 = llvm.load %v53 : !llvm.ptr -> f32
                %v2251 = arith.mulf %v2249, %v2250 fastmath<contract> : f32
                %v2252 = llvm.load %v54 : !llvm.ptr -> f32
                %v2253 = arith.mulf %v2249, %v2252 fastmath<contract> : f32
                %v2254 = arith.muli %v33, %v198 : i64
                %v2255 = arith.subi %v2207, %v168 : i64
                %v2256 = arith.addi %v2254, %v2255 : i64
                %v2257 = llvm.getelementptr %v68[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2258 = llvm.load %v2257 : !llvm.ptr -> f32
                %v2259 = arith.negf %v2258 : f32
                %v2260 = arith.mulf %v2259, %v331 fastmath<contract> : f32
                %v2261 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2260) : (f32) -> f32
                %v2262 = arith.addf %v70, %v2261 fastmath<contract> : f32
                %v2263 = arith.divf %v70, %v2262 : f32
                %v2264 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2263) : (f32) -> f32
                %v2265 = arith.mulf %v980, %v2264 fastmath<contract> : f32
                %v2266 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2265) : (f32) -> f32
                %v2267 = arith.mulf %v465, %v2250 fastmath<contract> : f32
                %v2268 = arith.mulf %v336, %v2267 fastmath<contract> : f32
                %v2269 = arith.mulf %v2266, %v2268 fastmath<contract> : f32
                %v2270 = arith.subf %v70, %v2263 fastmath<contract> : f32
                %v2271 = arith.mulf %v2263, %v2270 fastmath<contract> : f32
                %v2272 = arith.mulf %v2269, %v2271 fastmath<contract> : f32
                %v2273 = arith.constant 8 : i64
                %v2274 = arith.addi %v2273, %v33 : i64
                %v2275 = arith.muli %v2274, %v198 : i64
                %v2276 = arith.subi %v2207, %v168 : i64
                %v2277 = arith.addi %v2275, %v2276 : i64
                %v2278 = llvm.getelementptr %v68[%v2277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2279 = llvm.load %v2278 : !llvm.ptr -> f32
                %v2280 = arith.negf %v2279 : f32
                %v2281 = arith.mulf %v2280, %v331 fastmath<contract> : f32
                %v2282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2281) : (f32) -> f32
                %v2283 = arith.addf %v70, %v2282 fastmath<contract> : f32
                %v2284 = arith.divf %v70, %v2283 : f32
                %v2285 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2284) : (f32) -> f32
                %v2286 = arith.mulf %v980, %v2285 fastmath<contract> : f32
                %v2287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2286) : (f32) -> f32
                %v2288 = arith.mulf %v490, %v2252 fastmath<contract> : f32
                %v2289 = arith.mulf %v336, %v2288 fastmath<contract> : f32
                %v2290 = arith.mulf %v2287, %v2289 fastmath<contract> : f32
                %v2291 = arith.subf %v70, %v2284 fastmath<contract> : f32
                %v2292 = arith.mulf %v2284, %v2291 fastmath<contract> : f32
                %v2293 = arith.mulf %v2290, %v2292 fastmath<contract> : f32
                %v2294 = arith.select %v37, %v2239, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2295, %v2296 = gpu.shuffle xor %v2294, %v1012, %v321 : f32
                %v2297 = arith.addf %v2294, %v2295 fastmath<contract> : f32
                %v2298, %v2299 = gpu.shuffle xor %v2297, %v1016, %v321 : f32
                %v2300 = arith.addf %v2297, %v2298 fastmath<contract> : f32
                %v2301 = arith.divui %v18, %v20 : i64
                %v2302 = arith.remui %v18, %v20 : i64
                %v2303 = arith.cmpi ult, %v2302, %v32 : i64
                %v2304 = arith.addi %v71, %v33 : i64
                %v2305 = arith.muli %v2301, %v1 : i64
                %v2306 = arith.addi %v2305, %v2304 : i64
                %v2307 = arith.muli %v2306, %v1026 : i64
                %v2308 = arith.addi %v2307, %v2206 : i64
                scf.if %v2303 {
                  %v2309 = llvm.getelementptr %v58[%v2308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2300, %v2309 : f32, !llvm.ptr
                }
                %v2310 = arith.select %v37, %v2240, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2311, %v2312 = gpu.shuffle xor %v2310, %v1012, %v321 : f32
                %v2313 = arith.addf %v2310, %v2311 fastmath<contract> : f32
                %v2314, %v2315 = gpu.shuffle xor %v2313, %v1016, %v321 : f32
                %v2316 = arith.addf %v2313, %v2314 fastmath<contract> : f32
                %v2317 = arith.divui %v18, %v20 : i64
                %v2318 = arith.remui %v18, %v20 : i64
                %v2319 = arith.cmpi ult, %v2318, %v32 : i64
                %v2320 = arith.addi %v32, %v33 : i64
                %v2321 = arith.muli %v2317, %v1 : i64
                %v2322 = arith.addi %v2321, %v2320 : i64
                %v2323 = arith.muli %v2322, %v1026 : i64
                %v2324 = arith.addi %v2323, %v2206 : i64
                scf.if %v2319 {
                  %v2325 = llvm.getelementptr %v58[%v2324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2316, %v2325 : f32, !llvm.ptr
                }
                %v2326 = arith.select %v37, %v2251, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2327, %v2328 = gpu.shuffle xor %v2326, %v1012, %v321 : f32
                %v2329 = arith.addf %v2326, %v2327 fastmath<contract> : f32
                %v2330, %v2331 = gpu.shuffle xor %v2329, %v1016, %v321 : f32
                %v2332 = arith.addf %v2329, %v2330 fastmath<contract> : f32
                %v2333 = arith.divui %v18, %v20 : i64
                %v2334 = arith.remui %v18, %v20 : i64
                %v2335 = arith.cmpi ult, %v2334, %v32 : i64
                %v2336 = arith.addi %v71, %v33 : i64
                %v2337 = arith.muli %v2333, %v1 : i64
                %v2338 = arith.addi %v2337, %v2336 : i64
                %v2339 = arith.muli %v2338, %v1026 : i64
                %v2340 = arith.addi %v2339, %v2206 : i64
                scf.if %v2335 {
                  %v2341 = llvm.getelementptr %v60[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2332, %v2341 : f32, !llvm.ptr
                }
                %v2342 = arith.select %v37, %v2253, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2343, %v2344 = gpu.shuffle xor %v2342, %v1012, %v321 : f32
                %v2345 = arith.addf %v2342, %v2343 fastmath<contract> : f32
                %v2346, %v2347 = gpu.shuffle xor %v2345, %v1016, %v321 : f32
                %v2348 = arith.addf %v2345, %v2346 fastmath<contract> : f32
                %v2349 = arith.divui %v18, %v20 : i64
                %v2350 = arith.remui %v18, %v20 : i64
                %v2351 = arith.cmpi ult, %v2350, %v32 : i64
                %v2352 = arith.addi %v32, %v33 : i64
                %v2353 = arith.muli %v2349, %v1 : i64
                %v2354 = arith.addi %v2353, %v2352 : i64
                %v2355 = arith.muli %v2354, %v1026 : i64
                %v2356 = arith.addi %v2355, %v2206 : i64
                scf.if %v2351 {
                  %v2357 = llvm.getelementptr %v60[%v2356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2348, %v2357 : f32, !llvm.ptr
                }
                %v2358 = arith.select %v37, %v2272, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2359, %v2360 = gpu.shuffle xor %v2358, %v1012, %v321 : f32
                %v2361 = arith.addf %v2358, %v2359 fastmath<contract> : f32
                %v2362, %v2363 = gpu.shuffle xor %v2361, %v1016, %v321 : f32
                %v2364 = arith.addf %v2361, %v2362 fastmath<contract> : f32
                %v2365 = arith.divui %v18, %v20 : i64
                %v2366 = arith.remui %v18, %v20 : i64
                %v2367 = arith.cmpi ult, %v2366, %v32 : i64
                %v2368 = arith.addi %v71, %v33 : i64
                %v2369 = arith.muli %v2365, %v1 : i64
                %v2370 = arith.addi %v2369, %v2368 : i64
                %v2371 = arith.muli %v2370, %v1026 : i64
                %v2372 = arith.addi %v2371, %v2206 : i64
                scf.if %v2367 {
                  %v2373 = llvm.getelementptr %v62[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2364, %v2373 : f32, !llvm.ptr
                }
                %v2374 = arith.select %v37, %v2293, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2375, %v2376 = gpu.shuffle xor %v2374, %v1012, %v321 : f32
                %v2377 = arith.addf %v2374, %v2375 fastmath<contract> : f32
                %v2378, %v2379 = gpu.shuffle xor %v2377, %v1016, %v321 : f32
                %v2380 = arith.addf %v2377, %v2378 fastmath<contract> : f32
                %v2381 = arith.divui %v18, %v20 : i64
                %v2382 = arith.remui %v18, %v20 : i64
                %v2383 = arith.cmpi ult, %v2382, %v32 : i64
                %v2384 = arith.addi %v32, %v33 : i64
                %v2385 = arith.muli %v2381, %v1 : i64
                %v2386 = arith.addi %v2385, %v2384 : i64
                %v2387 = arith.muli %v2386, %v1026 : i64
                %v2388 = arith.addi %v2387, %v2206 : i64
                scf.if %v2383 {
                  %v2389 = llvm.getelementptr %v62[%v2388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2380, %v2389 : f32, !llvm.ptr
                }
                %v2390 = arith.muli %v33, %v198 : i64
                %v2391 = arith.subi %v2207, %v168 : i64
                %v2392 = arith.addi %v2390, %v2391 : i64
                %v2393 = llvm.getelementptr %v66[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2394 = llvm.load %v2393 : !llvm.ptr -> f32
                %v2395 = arith.mulf %v2394, %v2250 fastmath<contract> : f32
                %v2396 = arith.constant 8 : i64
                %v2397 = arith.addi %v2396, %v33 : i64
                %v2398 = arith.muli %v2397, %v198 : i64
                %v2399 = arith.subi %v2207, %v168 : i64
                %v2400 = arith.addi %v2398, %v2399 : i64
                %v2401 = llvm.getelementptr %v66[%v2400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2402 = llvm.load %v2401 : !llvm.ptr -> f32
                %v2403 = arith.mulf %v2402, %v2252 fastmath<contract> : f32
                %v2404 = arith.addf %v2395, %v2403 fastmath<contract> : f32
                llvm.store %v2404, %v900 : f32, !llvm.ptr
                %v2405 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2263) : (f32) -> f32
                %v2406 = arith.mulf %v336, %v2405 fastmath<contract> : f32
                %v2407 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2406) : (f32) -> f32
                llvm.store %v2407, %v55 : f32, !llvm.ptr
                %v2408 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2284) : (f32) -> f32
                %v2409 = arith.mulf %v336, %v2408 fastmath<contract> : f32
                %v2410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2409) : (f32) -> f32
                llvm.store %v2410, %v56 : f32, !llvm.ptr
                %v2411 = llvm.load %v900 : !llvm.ptr -> f32
                %v2412 = arith.addi %v405, %v71 : i64
                %v2414 = arith.cmpi slt, %v2413, %v911 : i32
                %v2415 = arith.cmpi eq, %v2413, %v917 : i32
                %v2416 = arith.addi %v407, %v118 : i64
                llvm.store %v69, %v900 : f32, !llvm.ptr
                %v2417 = arith.addi %v168, %v2412 : i64
                %v2418 = arith.muli %v33, %v198 : i64
                %v2419 = arith.subi %v2417, %v168 : i64
                %v2420 = arith.addi %v2418, %v2419 : i64
                %v2421 = llvm.getelementptr %v64[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2422 = llvm.load %v2421 : !llvm.ptr -> f32
                %v2423 = arith.muli %v47, %v347 : i64
                %v2424 = arith.muli %v2417, %v346 : i64
                %v2425 = arith.addi %v2423, %v2424 : i64
                %v2426 = arith.muli %v45, %v345 : i64
                %v2427 = arith.addi %v2425, %v2426 : i64
                %v2428 = arith.muli %v43, %v2 : i64
                %v2429 = arith.addi %v2427, %v2428 : i64
                %v2430 = llvm.getelementptr %dy_o[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2431 = llvm.load %v2430 : !llvm.ptr -> f32
                %v2432 = arith.mulf %v2422, %v2431 fastmath<contract> : f32
                %v2433 = llvm.load %v53 : !llvm.ptr -> f32
                %v2434 = llvm.load %v55 : !llvm.ptr -> f32
                %v2435 = arith.mulf %v2434, %v2433 fastmath<contract> : f32
                %v2436 = arith.addf %v2432, %v2435 fastmath<contract> : f32
                llvm.store %v2436, %v53 : f32, !llvm.ptr
                %v2437 = arith.constant 8 : i64
                %v2438 = arith.addi %v2437, %v33 : i64
                %v2439 = arith.muli %v2438, %v198 : i64
                %v2440 = arith.subi %v2417, %v168 : i64
                %v2441 = arith.addi %v2439, %v2440 : i64
                %v2442 = llvm.getelementptr %v64[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2443 = llvm.load %v2442 : !llvm.ptr -> f32
                %v2444 = arith.mulf %v2443, %v2431 fastmath<contract> : f32
                %v2445 = llvm.load %v54 : !llvm.ptr -> f32
                %v2446 = llvm.load %v56 : !llvm.ptr -> f32
                %v2447 = arith.mulf %v2446, %v2445 fastmath<contract> : f32
                %v2448 = arith.addf %v2444, %v2447 fastmath<contract> : f32
                llvm.store %v2448, %v54 : f32, !llvm.ptr
                scf.if %v2415 {
                }
                %v2449 = arith.mulf %v465, %v2431 fastmath<contract> : f32
                %v2450 = arith.mulf %v490, %v2431 fastmath<contract> : f32
                %v2451 = arith.muli %v47, %v347 : i64
                %v2452 = arith.muli %v2417, %v346 : i64
                %v2453 = arith.addi %v2451, %v2452 : i64
                %v2454 = arith.muli %v45, %v345 : i64
                %v2455 = arith.addi %v2453, %v2454 : i64
                %v2456 = arith.muli %v43, %v2 : i64
                %v2457 = arith.addi %v2455, %v2456 : i64
                %v2458 = llvm.getelementptr %in_v[%v2457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2459 = llvm.load %v2458 : !llvm.ptr -> f32
                %v2460 = llvm.load %v53 : !llvm.ptr -> f32
                %v2461 = arith.mulf %v2459, %v2460 fastmath<contract> : f32
                %v2462 = llvm.load %v54 : !llvm.ptr -> f32
                %v2463 = arith.mulf %v2459, %v2462 fastmath<contract> : f32
                %v2464 = arith.muli %v33, %v198 : i64
                %v2465 = arith.subi %v2417, %v168 : i64
                %v2466 = arith.addi %v2464, %v2465 : i64
                %v2467 = llvm.getelementptr %v68[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2468 = llvm.load %v2467 : !llvm.ptr -> f32
                %v2469 = arith.negf %v2468 : f32
                %v2470 = arith.mulf %v2469, %v331 fastmath<contract> : f32
                %v2471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2470) : (f32) -> f32
                %v2472 = arith.addf %v70, %v2471 fastmath<contract> : f32
                %v2473 = arith.divf %v70, %v2472 : f32
                %v2474 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2473) : (f32) -> f32
                %v2475 = arith.mulf %v980, %v2474 fastmath<contract> : f32
                %v2476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2475) : (f32) -> f32
                %v2477 = arith.mulf %v420, %v2460 fastmath<contract> : f32
                %v2478 = arith.mulf %v336, %v2477 fastmath<contract> : f32
                %v2479 = arith.mulf %v2476, %v2478 fastmath<contract> : f32
                %v2480 = arith.subf %v70, %v2473 fastmath<contract> : f32
                %v2481 = arith.mulf %v2473, %v2480 fastmath<contract> : f32
                %v2482 = arith.mulf %v2479, %v2481 fastmath<contract> : f32
                %v2483 = arith.constant 8 : i64
                %v2484 = arith.addi %v2483, %v33 : i64
                %v2485 = arith.muli %v2484, %v198 : i64
                %v2486 = arith.subi %v2417, %v168 : i64
                %v2487 = arith.addi %v2485, %v2486 : i64
                %v2488 = llvm.getelementptr %v68[%v2487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2489 = llvm.load %v2488 : !llvm.ptr -> f32
                %v2490 = arith.negf %v2489 : f32
                %v2491 = arith.mulf %v2490, %v331 fastmath<contract> : f32
                %v2492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2491) : (f32) -> f32
                %v2493 = arith.addf %v70, %v2492 fastmath<contract> : f32
                %v2494 = arith.divf %v70, %v2493 : f32
                %v2495 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2494) : (f32) -> f32
                %v2496 = arith.mulf %v980, %v2495 fastmath<contract> : f32
                %v2497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2496) : (f32) -> f32
                %v2498 = arith.mulf %v429, %v2462 fastmath<contract> : f32
                %v2499 = arith.mulf %v336, %v2498 fastmath<contract> : f32
                %v2500 = arith.mulf %v2497, %v2499 fastmath<contract> : f32
                %v2501 = arith.subf %v70, %v2494 fastmath<contract> : f32
                %v2502 = arith.mulf %v2494, %v2501 fastmath<contract> : f32
                %v2503 = arith.mulf %v2500, %v2502 fastmath<contract> : f32
                %v2504 = arith.select %v37, %v2449, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2505, %v2506 = gpu.shuffle xor %v2504, %v1012, %v321 : f32
                %v2507 = arith.addf %v2504, %v2505 fastmath<contract> : f32
                %v2508, %v2509 = gpu.shuffle xor %v2507, %v1016, %v321 : f32
                %v2510 = arith.addf %v2507, %v2508 fastmath<contract> : f32
                %v2511 = arith.divui %v18, %v20 : i64
                %v2512 = arith.remui %v18, %v20 : i64
                %v2513 = arith.cmpi ult, %v2512, %v32 : i64
                %v2514 = arith.addi %v71, %v33 : i64
                %v2515 = arith.muli %v2511, %v1 : i64
                %v2516 = arith.addi %v2515, %v2514 : i64
                %v2517 = arith.muli %v2516, %v1026 : i64
                %v2518 = arith.addi %v2517, %v2416 : i64
                scf.if %v2513 {
                  %v2519 = llvm.getelementptr %v58[%v2518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2510, %v2519 : f32, !llvm.ptr
                }
                %v2520 = arith.select %v37, %v2450, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2521, %v2522 = gpu.shuffle xor %v2520, %v1012, %v321 : f32
                %v2523 = arith.addf %v2520, %v2521 fastmath<contract> : f32
                %v2524, %v2525 = gpu.shuffle xor %v2523, %v1016, %v321 : f32
                %v2526 = arith.addf %v2523, %v2524 fastmath<contract> : f32
                %v2527 = arith.divui %v18, %v20 : i64
                %v2528 = arith.remui %v18, %v20 : i64
                %v2529 = arith.cmpi ult, %v2528, %v32 : i64
                %v2530 = arith.addi %v32, %v33 : i64
                %v2531 = arith.muli %v2527, %v1 : i64
                %v2532 = arith.addi %v2531, %v2530 : i64
                %v2533 = arith.muli %v2532, %v1026 : i64
                %v2534 = arith.addi %v2533, %v2416 : i64
                scf.if %v2529 {
                  %v2535 = llvm.getelementptr %v58[%v2534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2526, %v2535 : f32, !llvm.ptr
                }
                %v2536 = arith.select %v37, %v2461, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2537, %v2538 = gpu.shuffle xor %v2536, %v1012, %v321 : f32
                %v2539 = arith.addf %v2536, %v2537 fastmath<contract> : f32
                %v2540, %v2541 = gpu.shuffle xor %v2539, %v1016, %v321 : f32
                %v2542 = arith.addf %v2539, %v2540 fastmath<contract> : f32
                %v2543 = arith.divui %v18, %v20 : i64
                %v2544 = arith.remui %v18, %v20 : i64
                %v2545 = arith.cmpi ult, %v2544, %v32 : i64
                %v2546 = arith.addi %v71, %v33 : i64
                %v2547 = arith.muli %v2543, %v1 : i64
                %v2548 = arith.addi %v2547, %v2546 : i64
                %v2549 = arith.muli %v2548, %v1026 : i64
                %v2550 = arith.addi %v2549, %v2416 : i64
                scf.if %v2545 {
                  %v2551 = llvm.getelementptr %v60[%v2550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2542, %v2551 : f32, !llvm.ptr
                }
                %v2552 = arith.select %v37, %v2463, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2553, %v2554 = gpu.shuffle xor %v2552, %v1012, %v321 : f32
                %v2555 = arith.addf %v2552, %v2553 fastmath<contract> : f32
                %v2556, %v2557 = gpu.shuffle xor %v2555, %v1016, %v321 : f32
                %v2558 = arith.addf %v2555, %v2556 fastmath<contract> : f32
                %v2559 = arith.divui %v18, %v20 : i64
                %v2560 = arith.remui %v18, %v20 : i64
                %v2561 = arith.cmpi ult, %v2560, %v32 : i64
                %v2562 = arith.addi %v32, %v33 : i64
                %v2563 = arith.muli %v2559, %v1 : i64
                %v2564 = arith.addi %v2563, %v2562 : i64
                %v2565 = arith.muli %v2564, %v1026 : i64
                %v2566 = arith.addi %v2565, %v2416 : i64
                scf.if %v2561 {
                  %v2567 = llvm.getelementptr %v60[%v2566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2558, %v2567 : f32, !llvm.ptr
                }
                %v2568 = arith.select %v37, %v2482, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2569, %v2570 = gpu.shuffle xor %v2568, %v1012, %v321 : f32
                %v2571 = arith.addf %v2568, %v2569 fastmath<contract> : f32
                %v2572, %v2573 = gpu.shuffle xor %v2571, %v1016, %v321 : f32
                %v2574 = arith.addf %v2571, %v2572 fastmath<contract> : f32
                %v2575 = arith.divui %v18, %v20 : i64
                %v2576 = arith.remui %v18, %v20 : i64
                %v2577 = arith.cmpi ult, %v2576, %v32 : i64
                %v2578 = arith.addi %v71, %v33 : i64
                %v2579 = arith.muli %v2575, %v1 : i64
                %v2580 = arith.addi %v2579, %v2578 : i64
                %v2581 = arith.muli %v2580, %v1026 : i64
                %v2582 = arith.addi %v2581, %v2416 : i64
                scf.if %v2577 {
                  %v2583 = llvm.getelementptr %v62[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2574, %v2583 : f32, !llvm.ptr
                }
                %v2584 = arith.select %v37, %v2503, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2585, %v2586 = gpu.shuffle xor %v2584, %v1012, %v321 : f32
                %v2587 = arith.addf %v2584, %v2585 fastmath<contract> : f32
                %v2588, %v2589 = gpu.shuffle xor %v2587, %v1016, %v321 : f32
                %v2590 = arith.addf %v2587, %v2588 fastmath<contract> : f32
                %v2591 = arith.divui %v18, %v20 : i64
                %v2592 = arith.remui %v18, %v20 : i64
                %v2593 = arith.cmpi ult, %v2592, %v32 : i64
                %v2594 = arith.addi %v32, %v33 : i64
                %v2595 = arith.muli %v2591, %v1 : i64
                %v2596 = arith.addi %v2595, %v2594 : i64
                %v2597 = arith.muli %v2596, %v1026 : i64
                %v2598 = arith.addi %v2597, %v2416 : i64
                scf.if %v2593 {
                  %v2599 = llvm.getelementptr %v62[%v2598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2590, %v2599 : f32, !llvm.ptr
                }
                %v2600 = arith.muli %v33, %v198 : i64
                %v2601 = arith.subi %v2417, %v168 : i64
                %v2602 = arith.addi %v2600, %v2601 : i64
                %v2603 = llvm.getelementptr %v66[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2604 = llvm.load %v2603 : !llvm.ptr -> f32
                %v2605 = arith.mulf %v2604, %v2460 fastmath<contract> : f32
                %v2606 = arith.constant 8 : i64
                %v2607 = arith.addi %v2606, %v33 : i64
                %v2608 = arith.muli %v2607, %v198 : i64
                %v2609 = arith.subi %v2417, %v168 : i64
                %v2610 = arith.addi %v2608, %v2609 : i64
                %v2611 = llvm.getelementptr %v66[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
                %v2613 = arith.mulf %v2612, %v2462 fastmath<contract> : f32
                %v2614 = arith.addf %v2605, %v2613 fastmath<contract> : f32
                llvm.store %v2614, %v900 : f32, !llvm.ptr
                %v2615 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2473) : (f32) -> f32
                %v2616 = arith.mulf %v336, %v2615 fastmath<contract> : f32
                %v2617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2616) : (f32) -> f32
                llvm.store %v2617, %v55 : f32, !llvm.ptr
                %v2618 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2494) : (f32) -> f32
                %v2619 = arith.mulf %v336, %v2618 fastmath<contract> : f32
                %v2620 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2619) : (f32) -> f32
                llvm.store %v2620, %v56 : f32, !llvm.ptr
                %v2621 = llvm.load %v900 : !llvm.ptr -> f32
                %v2622 = arith.select %v903, %v2621, %v2411 : f32
                %v2623 = arith.select %v903, %v2411, %v2621 : f32
                %v2624, %v2625 = gpu.shuffle xor %v2622, %v1344, %v321 : f32
                %v2626 = arith.addf %v2623, %v2624 fastmath<contract> : f32
                %v2627 = arith.select %v906, %v2626, %v2202 : f32
                %v2628 = arith.select %v906, %v2202, %v2626 : f32
                %v2629, %v2630 = gpu.shuffle xor %v2627, %v1775, %v321 : f32
                %v2631 = arith.addf %v2628, %v2629 fastmath<contract> : f32
                %v2632 = arith.select %v909, %v2631, %v1778 : f32
                %v2633 = arith.select %v909, %v1778, %v2631 : f32
                %v2634, %v2635 = gpu.shuffle xor %v2632, %v1559, %v321 : f32
                %v2636 = arith.addf %v2633, %v2634 fastmath<contract> : f32
                %v2637 = arith.addi %v405, %v33 : i64
                %v2638 = arith.cmpi slt, %v2637, %v170 : i64
                %v2639 = arith.andi %v37, %v2638 : i1
                scf.if %v2639 {
                  %v2640 = arith.addi %v168, %v2637 : i64
                  // the gradients of this lane's own step
                  %v2641 = arith.muli %v47, %v347 : i64
                  %v2642 = arith.muli %v2640, %v346 : i64
                  %v2643 = arith.addi %v2641, %v2642 : i64
                  %v2644 = arith.muli %v45, %v345 : i64
                  %v2645 = arith.addi %v2643, %v2644 : i64
                  %v2646 = arith.muli %v43, %v2 : i64
                  %v2647 = arith.addi %v2645, %v2646 : i64
                  %v2648 = llvm.getelementptr %dx_v[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2636, %v2648 : f32, !llvm.ptr
                }
              } else {
                %v2649 = arith.subi %v170, %v2 : i64
                %v2650 = arith.muli %v408, %v5 : i64
                %v2651 = arith.subi %v5, %v2 : i64
                %v2652 = arith.minsi %v39, %v2651 : i64
                %v2653 = arith.addi %v2650, %v2652 : i64
                %v2654 = arith.muli %v2653, %v1 : i64
                %v2655 = arith.addi %v2654, %v71 : i64
                %v2656 = arith.addi %v2655, %v33 : i64
                %v2657 = llvm.getelementptr %scratch_S[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
                %v2659 = arith.muli %v408, %v5 : i64
                %v2660 = arith.subi %v5, %v2 : i64
                %v2661 = arith.minsi %v39, %v2660 : i64
                %v2662 = arith.addi %v2659, %v2661 : i64
                %v2663 = arith.muli %v2662, %v1 : i64
                %v2664 = arith.addi %v2663, %v32 : i64
                %v2665 = arith.addi %v2664, %v33 : i64
                %v2666 = llvm.getelementptr %scratch_S[%v2665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2667 = llvm.load %v2666 : !llvm.ptr -> f32
                %v2668 = arith.addi %v405, %v33 : i64
                %v2669 = arith.minsi %v2668, %v2649 : i64
                %v2670 = arith.addi %v168, %v2669 : i64
                // the group's states, recomputed into registers
                %v2671 = arith.addi %v405, %v71 : i64
                %v2672 = arith.minsi %v2671, %v2649 : i64
                %v2673 = arith.addi %v168, %v2672 : i64
                %v2674 = arith.muli %v33, %v198 : i64
                %v2675 = arith.subi %v2673, %v168 : i64
                %v2676 = arith.addi %v2674, %v2675 : i64
                %v2677 = llvm.getelementptr %v68[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
                %v2679 = arith.negf %v2678 : f32
                %v2680 = arith.mulf %v2679, %v331 fastmath<contract> : f32
                %v2681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2680) : (f32) -> f32
                %v2682 = arith.addf %v70, %v2681 fastmath<contract> : f32
                %v2683 = arith.divf %v70, %v2682 : f32
                %v2684 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2683) : (f32) -> f32
                %v2685 = arith.mulf %v336, %v2684 fastmath<contract> : f32
                %v2686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2685) : (f32) -> f32
                %v2687 = arith.muli %v33, %v198 : i64
                %v2688 = arith.subi %v2673, %v168 : i64
                %v2689 = arith.addi %v2687, %v2688 : i64
                %v2690 = llvm.getelementptr %v66[%v2689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2691 = llvm.load %v2690 : !llvm.ptr -> f32
                %v2692 = arith.muli %v47, %v347 : i64
                %v2693 = arith.muli %v2673, %v346 : i64
                %v2694 = arith.addi %v2692, %v2693 : i64
                %v2695 = arith.muli %v45, %v345 : i64
                %v2696 = arith.addi %v2694, %v2695 : i64
                %v2697 = arith.muli %v43, %v2 : i64
                %v2698 = arith.addi %v2696, %v2697 : i64
                %v2699 = llvm.getelementptr %in_v[%v2698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2700 = llvm.load %v2699 : !llvm.ptr -> f32
                %v2701 = arith.mulf %v2691, %v2700 fastmath<contract> : f32
                %v2702 = arith.mulf %v2686, %v2658 fastmath<contract> : f32
                %v2703 = arith.addf %v2702, %v2701 fastmath<contract> : f32
                %v2704 = arith.constant 8 : i64
                %v2705 = arith.addi %v2704, %v33 : i64
                %v2706 = arith.muli %v2705, %v198 : i64
                %v2707 = arith.subi %v2673, %v168 : i64
                %v2708 = arith.addi %v2706, %v2707 : i64
                %v2709 = llvm.getelementptr %v68[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
                %v2711 = arith.negf %v2710 : f32
                %v2712 = arith.mulf %v2711, %v331 fastmath<contract> : f32
                %v2713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2712) : (f32) -> f32
                %v2714 = arith.addf %v70, %v2713 fastmath<contract> : f32
                %v2715 = arith.divf %v70, %v2714 : f32
                %v2716 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2715) : (f32) -> f32
                %v2717 = arith.mulf %v336, %v2716 fastmath<contract> : f32
                %v2718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2717) : (f32) -> f32
                %v2719 = arith.constant 8 : i64
                %v2720 = arith.addi %v2719, %v33 : i64
                %v2721 = arith.muli %v2720, %v198 : i64
                %v2722 = arith.subi %v2673, %v168 : i64
                %v2723 = arith.addi %v2721, %v2722 : i64
                %v2724 = llvm.getelementptr %v66[%v2723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2725 = llvm.load %v2724 : !llvm.ptr -> f32
                %v2726 = arith.mulf %v2725, %v2700 fastmath<contract> : f32
                %v2727 = arith.mulf %v2718, %v2667 fastmath<contract> : f32
                %v2728 = arith.addf %v2727, %v2726 fastmath<contract> : f32
                %v2729 = arith.addi %v405, %v2 : i64
                %v2730 = arith.minsi %v2729, %v2649 : i64
                %v2731 = arith.addi %v168, %v2730 : i64
                %v2732 = arith.muli %v33, %v198 : i64
                %v2733 = arith.subi %v2731, %v168 : i64
                %v2734 = arith.addi %v2732, %v2733 : i64
                %v2735 = llvm.getelementptr %v68[%v2734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2736 = llvm.load %v2735 : !llvm.ptr -> f32
                %v2737 = arith.negf %v2736 : f32
                %v2738 = arith.mulf %v2737, %v331 fastmath<contract> : f32
                %v2739 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2738) : (f32) -> f32
                %v2740 = arith.addf %v70, %v2739 fastmath<contract> : f32
                %v2741 = arith.divf %v70, %v2740 : f32
                %v2742 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2741) : (f32) -> f32
                %v2743 = arith.mulf %v336, %v2742 fastmath<contract> : f32
                %v2744 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2743) : (f32) -> f32
                %v2745 = arith.muli %v33, %v198 : i64
                %v2746 = arith.subi %v2731, %v168 : i64
                %v2747 = arith.addi %v2745, %v2746 : i64
                %v2748 = llvm.getelementptr %v66[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2749 = llvm.load %v2748 : !llvm.ptr -> f32
                %v2750 = arith.muli %v47, %v347 : i64
                %v2751 = arith.muli %v2731, %v346 : i64
                %v2752 = arith.addi %v2750, %v2751 : i64
                %v2753 = arith.muli %v45, %v345 : i64
                %v2754 = arith.addi %v2752, %v2753 : i64
                %v2755 = arith.muli %v43, %v2 : i64
                %v2756 = arith.addi %v2754, %v2755 : i64
                %v2757 = llvm.getelementptr %in_v[%v2756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2758 = llvm.load %v2757 : !llvm.ptr -> f32
                %v2759 = arith.mulf %v2749, %v2758 fastmath<contract> : f32
                %v2760 = arith.mulf %v2744, %v2703 fastmath<contract> : f32
                %v2761 = arith.addf %v2760, %v2759 fastmath<contract> : f32
                %v2762 = arith.constant 8 : i64
                %v2763 = arith.addi %v2762, %v33 : i64
                %v2764 = arith.muli %v2763, %v198 : i64
                %v2765 = arith.subi %v2731, %v168 : i64
                %v2766 = arith.addi %v2764, %v2765 : i64
                %v2767 = llvm.getelementptr %v68[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2768 = llvm.load %v2767 : !llvm.ptr -> f32
                %v2769 = arith.negf %v2768 : f32
                %v2770 = arith.mulf %v2769, %v331 fastmath<contract> : f32
                %v2771 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2770) : (f32) -> f32
                %v2772 = arith.addf %v70, %v2771 fastmath<contract> : f32
                %v2773 = arith.divf %v70, %v2772 : f32
                %v2774 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2773) : (f32) -> f32
                %v2775 = arith.mulf %v336, %v2774 fastmath<contract> : f32
                %v2776 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2775) : (f32) -> f32
                %v2777 = arith.constant 8 : i64
                %v2778 = arith.addi %v2777, %v33 : i64
                %v2779 = arith.muli %v2778, %v198 : i64
                %v2780 = arith.subi %v2731, %v168 : i64
                %v2781 = arith.addi %v2779, %v2780 : i64
                %v2782 = llvm.getelementptr %v66[%v2781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2783 = llvm.load %v2782 : !llvm.ptr -> f32
                %v2784 = arith.mulf %v2783, %v2758 fastmath<contract> : f32
                %v2785 = arith.mulf %v2776, %v2728 fastmath<contract> : f32
                %v2786 = arith.addf %v2785, %v2784 fastmath<contract> : f32
                %v2787 = arith.addi %v405, %v387 : i64
                %v2788 = arith.minsi %v2787, %v2649 : i64
                %v2789 = arith.addi %v168, %v2788 : i64
                %v2790 = arith.muli %v33, %v198 : i64
                %v2791 = arith.subi %v2789, %v168 : i64
                %v2792 = arith.addi %v2790, %v2791 : i64
                %v2793 = llvm.getelementptr %v68[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2794 = llvm.load %v2793 : !llvm.ptr -> f32
                %v2795 = arith.negf %v2794 : f32
                %v2796 = arith.mulf %v2795, %v331 fastmath<contract> : f32
                %v2797 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2796) : (f32) -> f32
                %v2798 = arith.addf %v70, %v2797 fastmath<contract> : f32
                %v2799 = arith.divf %v70, %v2798 : f32
                %v2800 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2799) : (f32) -> f32
                %v2801 = arith.mulf %v336, %v2800 fastmath<contract> : f32
                %v2802 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2801) : (f32) -> f32
                %v2803 = arith.muli %v33, %v198 : i64
                %v2804 = arith.subi %v2789, %v168 : i64
                %v2805 = arith.addi %v2803, %v2804 : i64
                %v2806 = llvm.getelementptr %v66[%v2805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2807 = llvm.load %v2806 : !llvm.ptr -> f32
                %v2808 = arith.muli %v47, %v347 : i64
                %v2809 = arith.muli %v2789, %v346 : i64
                %v2810 = arith.addi %v2808, %v2809 : i64
                %v2811 = arith.muli %v45, %v345 : i64
                %v2812 = arith.addi %v2810, %v2811 : i64
                %v2813 = arith.muli %v43, %v2 : i64
                %v2814 = arith.addi %v2812, %v2813 : i64
                %v2815 = llvm.getelementptr %in_v[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
                %v2817 = arith.mulf %v2807, %v2816 fastmath<contract> : f32
                %v2818 = arith.mulf %v2802, %v2761 fastmath<contract> : f32
                %v2819 = arith.addf %v2818, %v2817 fastmath<contract> : f32
                %v2820 = arith.constant 8 : i64
                %v2821 = arith.addi %v2820, %v33 : i64
                %v2822 = arith.muli %v2821, %v198 : i64
                %v2823 = arith.subi %v2789, %v168 : i64
                %v2824 = arith.addi %v2822, %v2823 : i64
                %v2825 = llvm.getelementptr %v68[%v2824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2826 = llvm.load %v2825 : !llvm.ptr -> f32
                %v2827 = arith.negf %v2826 : f32
                %v2828 = arith.mulf %v2827, %v331 fastmath<contract> : f32
                %v2829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2828) : (f32) -> f32
                %v2830 = arith.addf %v70, %v2829 fastmath<contract> : f32
                %v2831 = arith.divf %v70, %v2830 : f32
                %v2832 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2831) : (f32) -> f32
                %v2833 = arith.mulf %v336, %v2832 fastmath<contract> : f32
                %v2834 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2833) : (f32) -> f32
                %v2835 = arith.constant 8 : i64
                %v2836 = arith.addi %v2835, %v33 : i64
                %v2837 = arith.muli %v2836, %v198 : i64
                %v2838 = arith.subi %v2789, %v168 : i64
                %v2839 = arith.addi %v2837, %v2838 : i64
                %v2840 = llvm.getelementptr %v66[%v2839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2841 = llvm.load %v2840 : !llvm.ptr -> f32
                %v2842 = arith.mulf %v2841, %v2816 fastmath<contract> : f32
                %v2843 = arith.mulf %v2834, %v2786 fastmath<contract> : f32
                %v2844 = arith.addf %v2843, %v2842 fastmath<contract> : f32
                %v2845 = arith.addi %v405, %v607 : i64
                %v2846 = arith.minsi %v2845, %v2649 : i64
                %v2847 = arith.addi %v168, %v2846 : i64
                %v2848 = arith.muli %v33, %v198 : i64
                %v2849 = arith.subi %v2847, %v168 : i64
                %v2850 = arith.addi %v2848, %v2849 : i64
                %v2851 = llvm.getelementptr %v68[%v2850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2852 = llvm.load %v2851 : !llvm.ptr -> f32
                %v2853 = arith.negf %v2852 : f32
                %v2854 = arith.mulf %v2853, %v331 fastmath<contract> : f32
                %v2855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2854) : (f32) -> f32
                %v2856 = arith.addf %v70, %v2855 fastmath<contract> : f32
                %v2857 = arith.divf %v70, %v2856 : f32
                %v2858 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2857) : (f32) -> f32
                %v2859 = arith.mulf %v336, %v2858 fastmath<contract> : f32
                %v2860 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2859) : (f32) -> f32
                %v2861 = arith.muli %v33, %v198 : i64
                %v2862 = arith.subi %v2847, %v168 : i64
                %v2863 = arith.addi %v2861, %v2862 : i64
                %v2864 = llvm.getelementptr %v66[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2865 = llvm.load %v2864 : !llvm.ptr -> f32
                %v2866 = arith.muli %v47, %v347 : i64
                %v2867 = arith.muli %v2847, %v346 : i64
                %v2868 = arith.addi %v2866, %v2867 : i64
                %v2869 = arith.muli %v45, %v345 : i64
                %v2870 = arith.addi %v2868, %v2869 : i64
                %v2871 = arith.muli %v43, %v2 : i64
                %v2872 = arith.addi %v2870, %v2871 : i64
                %v2873 = llvm.getelementptr %in_v[%v2872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2874 = llvm.load %v2873 : !llvm.ptr -> f32
                %v2875 = arith.mulf %v2865, %v2874 fastmath<contract> : f32
                %v2876 = arith.mulf %v2860, %v2819 fastmath<contract> : f32
                %v2877 = arith.addf %v2876, %v2875 fastmath<contract> : f32
                %v2878 = arith.constant 8 : i64
                %v2879 = arith.addi %v2878, %v33 : i64
                %v2880 = arith.muli %v2879, %v198 : i64
                %v2881 = arith.subi %v2847, %v168 : i64
                %v2882 = arith.addi %v2880, %v2881 : i64
                %v2883 = llvm.getelementptr %v68[%v2882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2884 = llvm.load %v2883 : !llvm.ptr -> f32
                %v2885 = arith.negf %v2884 : f32
                %v2886 = arith.mulf %v2885, %v331 fastmath<contract> : f32
                %v2887 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2886) : (f32) -> f32
                %v2888 = arith.addf %v70, %v2887 fastmath<contract> : f32
                %v2889 = arith.divf %v70, %v2888 : f32
                %v2890 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2889) : (f32) -> f32
                %v2891 = arith.mulf %v336, %v2890 fastmath<contract> : f32
                %v2892 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2891) : (f32) -> f32
                %v2893 = arith.constant 8 : i64
                %v2894 = arith.addi %v2893, %v33 : i64
                %v2895 = arith.muli %v2894, %v198 : i64
                %v2896 = arith.subi %v2847, %v168 : i64
                %v2897 = arith.addi %v2895, %v2896 : i64
                %v2898 = llvm.getelementptr %v66[%v2897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2899 = llvm.load %v2898 : !llvm.ptr -> f32
                %v2900 = arith.mulf %v2899, %v2874 fastmath<contract> : f32
                %v2901 = arith.mulf %v2892, %v2844 fastmath<contract> : f32
                %v2902 = arith.addf %v2901, %v2900 fastmath<contract> : f32
                %v2903 = arith.addi %v405, %v49 : i64
                %v2904 = arith.minsi %v2903, %v2649 : i64
                %v2905 = arith.addi %v168, %v2904 : i64
                %v2906 = arith.muli %v33, %v198 : i64
                %v2907 = arith.subi %v2905, %v168 : i64
                %v2908 = arith.addi %v2906, %v2907 : i64
                %v2909 = llvm.getelementptr %v68[%v2908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2910 = llvm.load %v2909 : !llvm.ptr -> f32
                %v2911 = arith.negf %v2910 : f32
                %v2912 = arith.mulf %v2911, %v331 fastmath<contract> : f32
                %v2913 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2912) : (f32) -> f32
                %v2914 = arith.addf %v70, %v2913 fastmath<contract> : f32
                %v2915 = arith.divf %v70, %v2914 : f32
                %v2916 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2915) : (f32) -> f32
                %v2917 = arith.mulf %v336, %v2916 fastmath<contract> : f32
                %v2918 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2917) : (f32) -> f32
                %v2919 = arith.muli %v33, %v198 : i64
                %v2920 = arith.subi %v2905, %v168 : i64
                %v2921 = arith.addi %v2919, %v2920 : i64
                %v2922 = llvm.getelementptr %v66[%v2921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2923 = llvm.load %v2922 : !llvm.ptr -> f32
                %v2924 = arith.muli %v47, %v347 : i64
                %v2925 = arith.muli %v2905, %v346 : i64
                %v2926 = arith.addi %v2924, %v2925 : i64
                %v2927 = arith.muli %v45, %v345 : i64
                %v2928 = arith.addi %v2926, %v2927 : i64
                %v2929 = arith.muli %v43, %v2 : i64
                %v2930 = arith.addi %v2928, %v2929 : i64
                %v2931 = llvm.getelementptr %in_v[%v2930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2932 = llvm.load %v2931 : !llvm.ptr -> f32
                %v2933 = arith.mulf %v2923, %v2932 fastmath<contract> : f32
                %v2934 = arith.mulf %v2918, %v2877 fastmath<contract> : f32
                %v2935 = arith.addf %v2934, %v2933 fastmath<contract> : f32
                %v2936 = arith.constant 8 : i64
                %v2937 = arith.addi %v2936, %v33 : i64
                %v2938 = arith.muli %v2937, %v198 : i64
                %v2939 = arith.subi %v2905, %v168 : i64
                %v2940 = arith.addi %v2938, %v2939 : i64
                %v2941 = llvm.getelementptr %v68[%v2940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2942 = llvm.load %v2941 : !llvm.ptr -> f32
                %v2943 = arith.negf %v2942 : f32
                %v2944 = arith.mulf %v2943, %v331 fastmath<contract> : f32
                %v2945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2944) : (f32) -> f32
                %v2946 = arith.addf %v70, %v2945 fastmath<contract> : f32
                %v2947 = arith.divf %v70, %v2946 : f32
                %v2948 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2947) : (f32) -> f32
                %v2949 = arith.mulf %v336, %v2948 fastmath<contract> : f32
                %v2950 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2949) : (f32) -> f32
                %v2951 = arith.constant 8 : i64
                %v2952 = arith.addi %v2951, %v33 : i64
                %v2953 = arith.muli %v2952, %v198 : i64
                %v2954 = arith.subi %v2905, %v168 : i64
                %v2955 = arith.addi %v2953, %v2954 : i64
                %v2956 = llvm.getelementptr %v66[%v2955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2957 = llvm.load %v2956 : !llvm.ptr -> f32
                %v2958 = arith.mulf %v2957, %v2932 fastmath<contract> : f32
                %v2959 = arith.mulf %v2950, %v2902 fastmath<contract> : f32
                %v2960 = arith.addf %v2959, %v2958 fastmath<contract> : f32
                %v2961 = arith.addi %v405, %v724 : i64
                %v2962 = arith.minsi %v2961, %v2649 : i64
                %v2963 = arith.addi %v168, %v2962 : i64
                %v2964 = arith.muli %v33, %v198 : i64
                %v2965 = arith.subi %v2963, %v168 : i64
                %v2966 = arith.addi %v2964, %v2965 : i64
                %v2967 = llvm.getelementptr %v68[%v2966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2968 = llvm.load %v2967 : !llvm.ptr -> f32
                %v2969 = arith.negf %v2968 : f32
                %v2970 = arith.mulf %v2969, %v331 fastmath<contract> : f32
                %v2971 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2970) : (f32) -> f32
                %v2972 = arith.addf %v70, %v2971 fastmath<contract> : f32
                %v2973 = arith.divf %v70, %v2972 : f32
                %v2974 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2973) : (f32) -> f32
                %v2975 = arith.mulf %v336, %v2974 fastmath<contract> : f32
                %v2976 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2975) : (f32) -> f32
                %v2977 = arith.muli %v33, %v198 : i64
                %v2978 = arith.subi %v2963, %v168 : i64
                %v2979 = arith.addi %v2977, %v2978 : i64
                %v2980 = llvm.getelementptr %v66[%v2979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2981 = llvm.load %v2980 : !llvm.ptr -> f32
                %v2982 = arith.muli %v47, %v347 : i64
                %v2983 = arith.muli %v2963, %v346 : i64
                %v2984 = arith.addi %v2982, %v2983 : i64
                %v2985 = arith.muli %v45, %v345 : i64
                %v2986 = arith.addi %v2984, %v2985 : i64
                %v2987 = arith.muli %v43, %v2 : i64
                %v2988 = arith.addi %v2986, %v2987 : i64
                %v2989 = llvm.getelementptr %in_v[%v2988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2990 = llvm.load %v2989 : !llvm.ptr -> f32
                %v2991 = arith.mulf %v2981, %v2990 fastmath<contract> : f32
                %v2992 = arith.mulf %v2976, %v2935 fastmath<contract> : f32
                %v2993 = arith.addf %v2992, %v2991 fastmath<contract> : f32
                %v2994 = arith.constant 8 : i64
                %v2995 = arith.addi %v2994, %v33 : i64
                %v2996 = arith.muli %v2995, %v198 : i64
                %v2997 = arith.subi %v2963, %v168 : i64
                %v2998 = arith.addi %v2996, %v2997 : i64
                %v2999 = llvm.getelementptr %v68[%v2998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3000 = llvm.load %v2999 : !llvm.ptr -> f32
                %v3001 = arith.negf %v3000 : f32
                %v3002 = arith.mulf %v3001, %v331 fastmath<contract> : f32
                %v3003 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3002) : (f32) -> f32
                %v3004 = arith.addf %v70, %v3003 fastmath<contract> : f32
                %v3005 = arith.divf %v70, %v3004 : f32
                %v3006 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3005) : (f32) -> f32
                %v3007 = arith.mulf %v336, %v3006 fastmath<contract> : f32
                %v3008 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3007) : (f32) -> f32
                %v3009 = arith.constant 8 : i64
                %v3010 = arith.addi %v3009, %v33 : i64
                %v3011 = arith.muli %v3010, %v198 : i64
                %v3012 = arith.subi %v2963, %v168 : i64
                %v3013 = arith.addi %v3011, %v3012 : i64
                %v3014 = llvm.getelementptr %v66[%v3013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3015 = llvm.load %v3014 : !llvm.ptr -> f32
                %v3016 = arith.mulf %v3015, %v2990 fastmath<contract> : f32
                %v3017 = arith.mulf %v3008, %v2960 fastmath<contract> : f32
                %v3018 = arith.addf %v3017, %v3016 fastmath<contract> : f32
                %v3019 = arith.addi %v405, %v783 : i64
                %v3020 = arith.minsi %v3019, %v2649 : i64
                %v3021 = arith.addi %v168, %v3020 : i64
                %v3022 = arith.muli %v33, %v198 : i64
                %v3023 = arith.subi %v3021, %v168 : i64
                %v3024 = arith.addi %v3022, %v3023 : i64
                %v3025 = llvm.getelementptr %v68[%v3024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3026 = llvm.load %v3025 : !llvm.ptr -> f32
                %v3027 = arith.negf %v3026 : f32
                %v3028 = arith.mulf %v3027, %v331 fastmath<contract> : f32
                %v3029 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3028) : (f32) -> f32
                %v3030 = arith.addf %v70, %v3029 fastmath<contract> : f32
                %v3031 = arith.divf %v70, %v3030 : f32
                %v3032 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3031) : (f32) -> f32
                %v3033 = arith.mulf %v336, %v3032 fastmath<contract> : f32
                %v3034 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3033) : (f32) -> f32
                %v3035 = arith.muli %v33, %v198 : i64
                %v3036 = arith.subi %v3021, %v168 : i64
                %v3037 = arith.addi %v3035, %v3036 : i64
                %v3038 = llvm.getelementptr %v66[%v3037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3039 = llvm.load %v3038 : !llvm.ptr -> f32
                %v3040 = arith.muli %v47, %v347 : i64
                %v3041 = arith.muli %v3021, %v346 : i64
                %v3042 = arith.addi %v3040, %v3041 : i64
                %v3043 = arith.muli %v45, %v345 : i64
                %v3044 = arith.addi %v3042, %v3043 : i64
                %v3045 = arith.muli %v43, %v2 : i64
                %v3046 = arith.addi %v3044, %v3045 : i64
                %v3047 = llvm.getelementptr %in_v[%v3046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3048 = llvm.load %v3047 : !llvm.ptr -> f32
                %v3049 = arith.mulf %v3039, %v3048 fastmath<contract> : f32
                %v3050 = arith.mulf %v3034, %v2993 fastmath<contract> : f32
                %v3051 = arith.addf %v3050, %v3049 fastmath<contract> : f32
                %v3052 = arith.constant 8 : i64
                %v3053 = arith.addi %v3052, %v33 : i64
                %v3054 = arith.muli %v3053, %v198 : i64
                %v3055 = arith.subi %v3021, %v168 : i64
                %v3056 = arith.addi %v3054, %v3055 : i64
                %v3057 = llvm.getelementptr %v68[%v3056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3058 = llvm.load %v3057 : !llvm.ptr -> f32
                %v3059 = arith.negf %v3058 : f32
                %v3060 = arith.mulf %v3059, %v331 fastmath<contract> : f32
                %v3061 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3060) : (f32) -> f32
                %v3062 = arith.addf %v70, %v3061 fastmath<contract> : f32
                %v3063 = arith.divf %v70, %v3062 : f32
                %v3064 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3063) : (f32) -> f32
                %v3065 = arith.mulf %v336, %v3064 fastmath<contract> : f32
                %v3066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3065) : (f32) -> f32
                %v3067 = arith.constant 8 : i64
                %v3068 = arith.addi %v3067, %v33 : i64
                %v3069 = arith.muli %v3068, %v198 : i64
                %v3070 = arith.subi %v3021, %v168 : i64
                %v3071 = arith.addi %v3069, %v3070 : i64
                %v3072 = llvm.getelementptr %v66[%v3071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3073 = llvm.load %v3072 : !llvm.ptr -> f32
                %v3074 = arith.mulf %v3073, %v3048 fastmath<contract> : f32
                %v3075 = arith.mulf %v3066, %v3018 fastmath<contract> : f32
                %v3076 = arith.addf %v3075, %v3074 fastmath<contract> : f32
                %v3077 = arith.addi %v405, %v118 : i64
                %v3078 = arith.minsi %v3077, %v2649 : i64
                %v3079 = arith.addi %v168, %v3078 : i64
                %v3080 = arith.muli %v33, %v198 : i64
                %v3081 = arith.subi %v3079, %v168 : i64
                %v3082 = arith.addi %v3080, %v3081 : i64
                %v3083 = llvm.getelementptr %v68[%v3082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3084 = llvm.load %v3083 : !llvm.ptr -> f32
                %v3085 = arith.negf %v3084 : f32
                %v3086 = arith.mulf %v3085, %v331 fastmath<contract> : f32
                %v3087 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3086) : (f32) -> f32
                %v3088 = arith.addf %v70, %v3087 fastmath<contract> : f32
                %v3089 = arith.divf %v70, %v3088 : f32
                %v3090 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3089) : (f32) -> f32
                %v3091 = arith.mulf %v336, %v3090 fastmath<contract> : f32
                %v3092 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3091) : (f32) -> f32
                %v3093 = arith.muli %v33, %v198 : i64
                %v3094 = arith.subi %v3079, %v168 : i64
                %v3095 = arith.addi %v3093, %v3094 : i64
                %v3096 = llvm.getelementptr %v66[%v3095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3097 = llvm.load %v3096 : !llvm.ptr -> f32
                %v3098 = arith.muli %v47, %v347 : i64
                %v3099 = arith.muli %v3079, %v346 : i64
                %v3100 = arith.addi %v3098, %v3099 : i64
                %v3101 = arith.muli %v45, %v345 : i64
                %v3102 = arith.addi %v3100, %v3101 : i64
                %v3103 = arith.muli %v43, %v2 : i64
                %v3104 = arith.addi %v3102, %v3103 : i64
                %v3105 = llvm.getelementptr %in_v[%v3104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3106 = llvm.load %v3105 : !llvm.ptr -> f32
                %v3107 = arith.mulf %v3097, %v3106 fastmath<contract> : f32
                %v3108 = arith.mulf %v3092, %v3051 fastmath<contract> : f32
                %v3109 = arith.addf %v3108, %v3107 fastmath<contract> : f32
                %v3110 = arith.constant 8 : i64
                %v3111 = arith.addi %v3110, %v33 : i64
                %v3112 = arith.muli %v3111, %v198 : i64
                %v3113 = arith.subi %v3079, %v168 : i64
                %v3114 = arith.addi %v3112, %v3113 : i64
                %v3115 = llvm.getelementptr %v68[%v3114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3116 = llvm.load %v3115 : !llvm.ptr -> f32
                %v3117 = arith.negf %v3116 : f32
                %v3118 = arith.mulf %v3117, %v331 fastmath<contract> : f32
                %v3119 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3118) : (f32) -> f32
                %v3120 = arith.addf %v70, %v3119 fastmath<contract> : f32
                %v3121 = arith.divf %v70, %v3120 : f32
                %v3122 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3121) : (f32) -> f32
                %v3123 = arith.mulf %v336, %v3122 fastmath<contract> : f32
                %v3124 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3123) : (f32) -> f32
                %v3125 = arith.constant 8 : i64
                %v3126 = arith.addi %v3125, %v33 : i64
                %v3127 = arith.muli %v3126, %v198 : i64
                %v3128 = arith.subi %v3079, %v168 : i64
                %v3129 = arith.addi %v3127, %v3128 : i64
                %v3130 = llvm.getelementptr %v66[%v3129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3131 = llvm.load %v3130 : !llvm.ptr -> f32
                %v3132 = arith.mulf %v3131, %v3106 fastmath<contract> : f32
                %v3133 = arith.mulf %v3124, %v3076 fastmath<contract> : f32
                %v3134 = arith.addf %v3133, %v3132 fastmath<contract> : f32
                %v3136 = arith.shrui %v33, %v71 : i64
                %v3137 = arith.andi %v3136, %v2 : i64
                %v3138 = arith.cmpi ne, %v3137, %v71 : i64
                %v3139 = arith.shrui %v33, %v2 : i64
                %v3140 = arith.andi %v3139, %v2 : i64
                %v3141 = arith.cmpi ne, %v3140, %v71 : i64
                %v3142 = arith.shrui %v33, %v387 : i64
                %v3143 = arith.andi %v3142, %v2 : i64
                %v3144 = arith.cmpi ne, %v3143, %v71 : i64
                %v3145 = arith.subi %v170, %v405 : i64
                %v3146 = arith.trunci %v3145 : i64 to i32
                %v3147 = arith.subi %size_L, %v2 : i64
                %v3148 = arith.addi %v168, %v405 : i64
                %v3149 = arith.subi %v3147, %v3148 : i64
                %v3150 = arith.minsi %v3149, %v915 : i64
                %v3151 = arith.trunci %v3150 : i64 to i32
                %v3152 = arith.addi %v405, %v118 : i64
                %v3153 = arith.cmpi slt, %v919, %v3146 : i32
                %v3154 = arith.cmpi eq, %v919, %v3151 : i32
                %v3155 = arith.addi %v407, %v71 : i64
                llvm.store %v69, %v3135 : f32, !llvm.ptr
                scf.if %v3153 {
                  %v3156 = arith.addi %v168, %v3152 : i64
                  %v3157 = arith.muli %v33, %v198 : i64
                  %v3158 = arith.subi %v3156, %v168 : i64
                  %v3159 = arith.addi %v3157, %v3158 : i64
                  %v3160 = llvm.getelementptr %v64[%v3159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3161 = llvm.load %v3160 : !llvm.ptr -> f32
                  %v3162 = arith.muli %v47, %v347 : i64
                  %v3163 = arith.muli %v3156, %v346 : i64
                  %v3164 = arith.addi %v3162, %v3163 : i64
                  %v3165 = arith.muli %v45, %v345 : i64
                  %v3166 = arith.addi %v3164, %v3165 : i64
                  %v3167 = arith.muli %v43, %v2 : i64
                  %v3168 = arith.addi %v3166, %v3167 : i64
                  %v3169 = llvm.getelementptr %dy_o[%v3168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3170 = llvm.load %v3169 : !llvm.ptr -> f32
                  %v3171 = arith.mulf %v3161, %v3170 fastmath<contract> : f32
                  %v3172 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3173 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3174 = arith.mulf %v3173, %v3172 fastmath<contract> : f32
                  %v3175 = arith.addf %v3171, %v3174 fastmath<contract> : f32
                  llvm.store %v3175, %v53 : f32, !llvm.ptr
                  %v3176 = arith.constant 8 : i64
                  %v3177 = arith.addi %v3176, %v33 : i64
                  %v3178 = arith.muli %v3177, %v198 : i64
                  %v3179 = arith.subi %v3156, %v168 : i64
                  %v3180 = arith.addi %v3178, %v3179 : i64
                  %v3181 = llvm.getelementptr %v64[%v3180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3182 = llvm.load %v3181 : !llvm.ptr -> f32
                  %v3183 = arith.mulf %v3182, %v3170 fastmath<contract> : f32
                  %v3184 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3185 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3186 = arith.mulf %v3185, %v3184 fastmath<contract> : f32
                  %v3187 = arith.addf %v3183, %v3186 fastmath<contract> : f32
                  llvm.store %v3187, %v54 : f32, !llvm.ptr
                  scf.if %v3154 {
                  }
                  %v3188 = arith.mulf %v3109, %v3170 fastmath<contract> : f32
                  %v3189 = arith.mulf %v3134, %v3170 fastmath<contract> : f32
                  %v3190 = arith.muli %v47, %v347 : i64
                  %v3191 = arith.muli %v3156, %v346 : i64
                  %v3192 = arith.addi %v3190, %v3191 : i64
                  %v3193 = arith.muli %v45, %v345 : i64
                  %v3194 = arith.addi %v3192, %v3193 : i64
                  %v3195 = arith.muli %v43, %v2 : i64
                  %v3196 = arith.addi %v3194, %v3195 : i64
                  %v3197 = llvm.getelementptr %in_v[%v3196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3198 = llvm.load %v3197 : !llvm.ptr -> f32
                  %v3199 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3200 = arith.mulf %v3198, %v3199 fastmath<contract> : f32
                  %v3201 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3202 = arith.mulf %v3198, %v3201 fastmath<contract> : f32
                  %v3203 = arith.muli %v33, %v198 : i64
                  %v3204 = arith.subi %v3156, %v168 : i64
                  %v3205 = arith.addi %v3203, %v3204 : i64
                  %v3206 = llvm.getelementptr %v68[%v3205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3207 = llvm.load %v3206 : !llvm.ptr -> f32
                  %v3208 = arith.negf %v3207 : f32
                  %v3209 = arith.mulf %v3208, %v331 fastmath<contract> : f32
                  %v3210 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3209) : (f32) -> f32
                  %v3211 = arith.addf %v70, %v3210 fastmath<contract> : f32
                  %v3212 = arith.divf %v70, %v3211 : f32
                  %v3213 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3212) : (f32) -> f32
                  %v3214 = arith.mulf %v980, %v3213 fastmath<contract> : f32
                  %v3215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3214) : (f32) -> f32
                  %v3216 = arith.mulf %v3051, %v3199 fastmath<contract> : f32
                  %v3217 = arith.mulf %v336, %v3216 fastmath<contract> : f32
                  %v3218 = arith.mulf %v3215, %v3217 fastmath<contract> : f32
                  %v3219 = arith.subf %v70, %v3212 fastmath<contract> : f32
                  %v3220 = arith.mulf %v3212, %v3219 fastmath<contract> : f32
                  %v3221 = arith.mulf %v3218, %v3220 fastmath<contract> : f32
                  %v3222 = arith.constant 8 : i64
                  %v3223 = arith.addi %v3222, %v33 : i64
                  %v3224 = arith.muli %v3223, %v198 : i64
                  %v3225 = arith.subi %v3156, %v168 : i64
                  %v3226 = arith.addi %v3224, %v3225 : i64
                  %v3227 = llvm.getelementptr %v68[%v3226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3228 = llvm.load %v3227 : !llvm.ptr -> f32
                  %v3229 = arith.negf %v3228 : f32
                  %v3230 = arith.mulf %v3229, %v331 fastmath<contract> : f32
                  %v3231 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3230) : (f32) -> f32
                  %v3232 = arith.addf %v70, %v3231 fastmath<contract> : f32
                  %v3233 = arith.divf %v70, %v3232 : f32
                  %v3234 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3233) : (f32) -> f32
                  %v3235 = arith.mulf %v980, %v3234 fastmath<contract> : f32
                  %v3236 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3235) : (f32) -> f32
                  %v3237 = arith.mulf %v3076, %v3201 fastmath<contract> : f32
                  %v3238 = arith.mulf %v336, %v3237 fastmath<contract> : f32
                  %v3239 = arith.mulf %v3236, %v3238 fastmath<contract> : f32
                  %v3240 = arith.subf %v70, %v3233 fastmath<contract> : f32
                  %v3241 = arith.mulf %v3233, %v3240 fastmath<contract> : f32
                  %v3242 = arith.mulf %v3239, %v3241 fastmath<contract> : f32
                  %v3243 = arith.select %v37, %v3188, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3244, %v3245 = gpu.shuffle xor %v3243, %v1012, %v321 : f32
                  %v3246 = arith.addf %v3243, %v3244 fastmath<contract> : f32
                  %v3247, %v3248 = gpu.shuffle xor %v3246, %v1016, %v321 : f32
                  %v3249 = arith.addf %v3246, %v3247 fastmath<contract> : f32
                  %v3250 = arith.divui %v18, %v20 : i64
                  %v3251 = arith.remui %v18, %v20 : i64
                  %v3252 = arith.cmpi ult, %v3251, %v32 : i64
                  %v3253 = arith.addi %v71, %v33 : i64
                  %v3254 = arith.muli %v3250, %v1 : i64
                  %v3255 = arith.addi %v3254, %v3253 : i64
                  %v3256 = arith.muli %v3255, %v1026 : i64
                  %v3257 = arith.addi %v3256, %v3155 : i64
                  scf.if %v3252 {
                    %v3258 = llvm.getelementptr %v58[%v3257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3249, %v3258 : f32, !llvm.ptr
                  }
                  %v3259 = arith.select %v37, %v3189, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3260, %v3261 = gpu.shuffle xor %v3259, %v1012, %v321 : f32
                  %v3262 = arith.addf %v3259, %v3260 fastmath<contract> : f32
                  %v3263, %v3264 = gpu.shuffle xor %v3262, %v1016, %v321 : f32
                  %v3265 = arith.addf %v3262, %v3263 fastmath<contract> : f32
                  %v3266 = arith.divui %v18, %v20 : i64
                  %v3267 = arith.remui %v18, %v20 : i64
                  %v3268 = arith.cmpi ult, %v3267, %v32 : i64
                  %v3269 = arith.addi %v32, %v33 : i64
                  %v3270 = arith.muli %v3266, %v1 : i64
                  %v3271 = arith.addi %v3270, %v3269 : i64
                  %v3272 = arith.muli %v3271, %v1026 : i64
                  %v3273 = arith.addi %v3272, %v3155 : i64
                  scf.if %v3268 {
                    %v3274 = llvm.getelementptr %v58[%v3273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3265, %v3274 : f32, !llvm.ptr
                  }
                  %v3275 = arith.select %v37, %v3200, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3276, %v3277 = gpu.shuffle xor %v3275, %v1012, %v321 : f32
                  %v3278 = arith.addf %v3275, %v3276 fastmath<contract> : f32
                  %v3279, %v3280 = gpu.shuffle xor %v3278, %v1016, %v321 : f32
                  %v3281 = arith.addf %v3278, %v3279 fastmath<contract> : f32
                  %v3282 = arith.divui %v18, %v20 : i64
                  %v3283 = arith.remui %v18, %v20 : i64
                  %v3284 = arith.cmpi ult, %v3283, %v32 : i64
                  %v3285 = arith.addi %v71, %v33 : i64
                  %v3286 = arith.muli %v3282, %v1 : i64
                  %v3287 = arith.addi %v3286, %v3285 : i64
                  %v3288 = arith.muli %v3287, %v1026 : i64
                  %v3289 = arith.addi %v3288, %v3155 : i64
                  scf.if %v3284 {
                    %v3290 = llvm.getelementptr %v60[%v3289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3281, %v3290 : f32, !llvm.ptr
                  }
                  %v3291 = arith.select %v37, %v3202, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3292, %v3293 = gpu.shuffle xor %v3291, %v1012, %v321 : f32
                  %v3294 = arith.addf %v3291, %v3292 fastmath<contract> : f32
                  %v3295, %v3296 = gpu.shuffle xor %v3294, %v1016, %v321 : f32
                  %v3297 = arith.addf %v3294, %v3295 fastmath<contract> : f32
                  %v3298 = arith.divui %v18, %v20 : i64
                  %v3299 = arith.remui %v18, %v20 : i64
                  %v3300 = arith.cmpi ult, %v3299, %v32 : i64
                  %v3301 = arith.addi %v32, %v33 : i64
                  %v3302 = arith.muli %v3298, %v1 : i64
                  %v3303 = arith.addi %v3302, %v3301 : i64
                  %v3304 = arith.muli %v3303, %v1026 : i64
                  %v3305 = arith.addi %v3304, %v3155 : i64
                  scf.if %v3300 {
                    %v3306 = llvm.getelementptr %v60[%v3305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3297, %v3306 : f32, !llvm.ptr
                  }
                  %v3307 = arith.select %v37, %v3221, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3308, %v3309 = gpu.shuffle xor %v3307, %v1012, %v321 : f32
                  %v3310 = arith.addf %v3307, %v3308 fastmath<contract> : f32
                  %v3311, %v3312 = gpu.shuffle xor %v3310, %v1016, %v321 : f32
                  %v3313 = arith.addf %v3310, %v3311 fastmath<contract> : f32
                  %v3314 = arith.divui %v18, %v20 : i64
                  %v3315 = arith.remui %v18, %v20 : i64
                  %v3316 = arith.cmpi ult, %v3315, %v32 : i64
                  %v3317 = arith.addi %v71, %v33 : i64
                  %v3318 = arith.muli %v3314, %v1 : i64
                  %v3319 = arith.addi %v3318, %v3317 : i64
                  %v3320 = arith.muli %v3319, %v1026 : i64
                  %v3321 = arith.addi %v3320, %v3155 : i64
                  scf.if %v3316 {
                    %v3322 = llvm.getelementptr %v62[%v3321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3313, %v3322 : f32, !llvm.ptr
                  }
                  %v3323 = arith.select %v37, %v3242, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3324, %v3325 = gpu.shuffle xor %v3323, %v1012, %v321 : f32
                  %v3326 = arith.addf %v3323, %v3324 fastmath<contract> : f32
                  %v3327, %v3328 = gpu.shuffle xor %v3326, %v1016, %v321 : f32
                  %v3329 = arith.addf %v3326, %v3327 fastmath<contract> : f32
                  %v3330 = arith.divui %v18, %v20 : i64
                  %v3331 = arith.remui %v18, %v20 : i64
                  %v3332 = arith.cmpi ult, %v3331, %v32 : i64
                  %v3333 = arith.addi %v32, %v33 : i64
                  %v3334 = arith.muli %v3330, %v1 : i64
                  %v3335 = arith.addi %v3334, %v3333 : i64
                  %v3336 = arith.muli %v3335, %v1026 : i64
                  %v3337 = arith.addi %v3336, %v3155 : i64
                  scf.if %v3332 {
                    %v3338 = llvm.getelementptr %v62[%v3337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3329, %v3338 : f32, !llvm.ptr
                  }
                  %v3339 = arith.muli %v33, %v198 : i64
                  %v3340 = arith.subi %v3156, %v168 : i64
                  %v3341 = arith.addi %v3339, %v3340 : i64
                  %v3342 = llvm.getelementptr %v66[%v3341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3343 = llvm.load %v3342 : !llvm.ptr -> f32
                  %v3344 = arith.mulf %v3343, %v3199 fastmath<contract> : f32
                  %v3345 = arith.constant 8 : i64
                  %v3346 = arith.addi %v3345, %v33 : i64
                  %v3347 = arith.muli %v3346, %v198 : i64
                  %v3348 = arith.subi %v3156, %v168 : i64
                  %v3349 = arith.addi %v3347, %v3348 : i64
                  %v3350 = llvm.getelementptr %v66[%v3349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3351 = llvm.load %v3350 : !llvm.ptr -> f32
                  %v3352 = arith.mulf %v3351, %v3201 fastmath<contract> : f32
                  %v3353 = arith.addf %v3344, %v3352 fastmath<contract> : f32
                  llvm.store %v3353, %v3135 : f32, !llvm.ptr
                  %v3354 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3212) : (f32) -> f32
                  %v3355 = arith.mulf %v336, %v3354 fastmath<contract> : f32
                  %v3356 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3355) : (f32) -> f32
                  llvm.store %v3356, %v55 : f32, !llvm.ptr
                  %v3357 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3233) : (f32) -> f32
                  %v3358 = arith.mulf %v336, %v3357 fastmath<contract> : f32
                  %v3359 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3358) : (f32) -> f32
                  llvm.store %v3359, %v56 : f32, !llvm.ptr
                }
                %v3360 = llvm.load %v3135 : !llvm.ptr -> f32
                %v3361 = arith.addi %v405, %v783 : i64
                %v3362 = arith.cmpi slt, %v1133, %v3146 : i32
                %v3363 = arith.cmpi eq, %v1133, %v3151 : i32
                %v3364 = arith.addi %v407, %v2 : i64
                llvm.store %v69, %v3135 : f32, !llvm.ptr
                scf.if %v3362 {
                  %v3365 = arith.addi %v168, %v3361 : i64
                  %v3366 = arith.muli %v33, %v198 : i64
                  %v3367 = arith.subi %v3365, %v168 : i64
                  %v3368 = arith.addi %v3366, %v3367 : i64
                  %v3369 = llvm.getelementptr %v64[%v3368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3370 = llvm.load %v3369 : !llvm.ptr -> f32
                  %v3371 = arith.muli %v47, %v347 : i64
                  %v3372 = arith.muli %v3365, %v346 : i64
                  %v3373 = arith.addi %v3371, %v3372 : i64
                  %v3374 = arith.muli %v45, %v345 : i64
                  %v3375 = arith.addi %v3373, %v3374 : i64
                  %v3376 = arith.muli %v43, %v2 : i64
                  %v3377 = arith.addi %v3375, %v3376 : i64
                  %v3378 = llvm.getelementptr %dy_o[%v3377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3379 = llvm.load %v3378 : !llvm.ptr -> f32
                  %v3380 = arith.mulf %v3370, %v3379 fastmath<contract> : f32
                  %v3381 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3382 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3383 = arith.mulf %v3382, %v3381 fastmath<contract> : f32
                  %v3384 = arith.addf %v3380, %v3383 fastmath<contract> : f32
                  llvm.store %v3384, %v53 : f32, !llvm.ptr
                  %v3385 = arith.constant 8 : i64
                  %v3386 = arith.addi %v3385, %v33 : i64
                  %v3387 = arith.muli %v3386, %v198 : i64
                  %v3388 = arith.subi %v3365, %v168 : i64
                  %v3389 = arith.addi %v3387, %v3388 : i64
                  %v3390 = llvm.getelementptr %v64[%v3389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3391 = llvm.load %v3390 : !llvm.ptr -> f32
                  %v3392 = arith.mulf %v3391, %v3379 fastmath<contract> : f32
                  %v3393 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3394 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3395 = arith.mulf %v3394, %v3393 fastmath<contract> : f32
                  %v3396 = arith.addf %v3392, %v3395 fastmath<contract> : f32
                  llvm.store %v3396, %v54 : f32, !llvm.ptr
                  scf.if %v3363 {
                  }
                  %v3397 = arith.mulf %v3051, %v3379 fastmath<contract> : f32
                  %v3398 = arith.mulf %v3076, %v3379 fastmath<contract> : f32
                  %v3399 = arith.muli %v47, %v347 : i64
                  %v3400 = arith.muli %v3365, %v346 : i64
                  %v3401 = arith.addi %v3399, %v3400 : i64
                  %v3402 = arith.muli %v45, %v345 : i64
                  %v3403 = arith.addi %v3401, %v3402 : i64
                  %v3404 = arith.muli %v43, %v2 : i64
                  %v3405 = arith.addi %v3403, %v3404 : i64
                  %v3406 = llvm.getelementptr %in_v[%v3405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3407 = llvm.load %v3406 : !llvm.ptr -> f32
                  %v3408 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3409 = arith.mulf %v3407, %v3408 fastmath<contract> : f32
                  %v3410 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3411 = arith.mulf %v3407, %v3410 fastmath<contract> : f32
                  %v3412 = arith.muli %v33, %v198 : i64
                  %v3413 = arith.subi %v3365, %v168 : i64
                  %v3414 = arith.addi %v3412, %v3413 : i64
                  %v3415 = llvm.getelementptr %v68[%v3414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3416 = llvm.load %v3415 : !llvm.ptr -> f32
                  %v3417 = arith.negf %v3416 : f32
                  %v3418 = arith.mulf %v3417, %v331 fastmath<contract> : f32
                  %v3419 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3418) : (f32) -> f32
                  %v3420 = arith.addf %v70, %v3419 fastmath<contract> : f32
                  %v3421 = arith.divf %v70, %v3420 : f32
                  %v3422 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3421) : (f32) -> f32
                  %v3423 = arith.mulf %v980, %v3422 fastmath<contract> : f32
                  %v3424 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3423) : (f32) -> f32
                  %v3425 = arith.mulf %v2993, %v3408 fastmath<contract> : f32
                  %v3426 = arith.mulf %v336, %v3425 fastmath<contract> : f32
                  %v3427 = arith.mulf %v3424, %v3426 fastmath<contract> : f32
                  %v3428 = arith.subf %v70, %v3421 fastmath<contract> : f32
                  %v3429 = arith.mulf %v3421, %v3428 fastmath<contract> : f32
                  %v3430 = arith.mulf %v3427, %v3429 fastmath<contract> : f32
                  %v3431 = arith.constant 8 : i64
                  %v3432 = arith.addi %v3431, %v33 : i64
                  %v3433 = arith.muli %v3432, %v198 : i64
                  %v3434 = arith.subi %v3365, %v168 : i64
                  %v3435 = arith.addi %v3433, %v3434 : i64
                  %v3436 = llvm.getelementptr %v68[%v3435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3437 = llvm.load %v3436 : !llvm.ptr -> f32
                  %v3438 = arith.negf %v3437 : f32
                  %v3439 = arith.mulf %v3438, %v331 fastmath<contract> : f32
                  %v3440 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3439) : (f32) -> f32
                  %v3441 = arith.addf %v70, %v3440 fastmath<contract> : f32
                  %v3442 = arith.divf %v70, %v3441 : f32
                  %v3443 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3442) : (f32) -> f32
                  %v3444 = arith.mulf %v980, %v3443 fastmath<contract> : f32
                  %v3445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3444) : (f32) -> f32
                  %v3446 = arith.mulf %v3018, %v3410 fastmath<contract> : f32
                  %v3447 = arith.mulf %v336, %v3446 fastmath<contract> : f32
                  %v3448 = arith.mulf %v3445, %v3447 fastmath<contract> : f32
                  %v3449 = arith.subf %v70, %v3442 fastmath<contract> : f32
                  %v3450 = arith.mulf %v3442, %v3449 fastmath<contract> : f32
                  %v3451 = arith.mulf %v3448, %v3450 fastmath<contract> : f32
                  %v3452 = arith.select %v37, %v3397, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3453, %v3454 = gpu.shuffle xor %v3452, %v1012, %v321 : f32
                  %v3455 = arith.addf %v3452, %v3453 fastmath<contract> : f32
                  %v3456, %v3457 = gpu.shuffle xor %v3455, %v1016, %v321 : f32
                  %v3458 = arith.addf %v3455, %v3456 fastmath<contract> : f32
                  %v3459 = arith.divui %v18, %v20 : i64
                  %v3460 = arith.remui %v18, %v20 : i64
                  %v3461 = arith.cmpi ult, %v3460, %v32 : i64
                  %v3462 = arith.addi %v71, %v33 : i64
                  %v3463 = arith.muli %v3459, %v1 : i64
                  %v3464 = arith.addi %v3463, %v3462 : i64
                  %v3465 = arith.muli %v3464, %v1026 : i64
                  %v3466 = arith.addi %v3465, %v3364 : i64
                  scf.if %v3461 {
                    %v3467 = llvm.getelementptr %v58[%v3466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3458, %v3467 : f32, !llvm.ptr
                  }
                  %v3468 = arith.select %v37, %v3398, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3469, %v3470 = gpu.shuffle xor %v3468, %v1012, %v321 : f32
                  %v3471 = arith.addf %v3468, %v3469 fastmath<contract> : f32
                  %v3472, %v3473 = gpu.shuffle xor %v3471, %v1016, %v321 : f32
                  %v3474 = arith.addf %v3471, %v3472 fastmath<contract> : f32
                  %v3475 = arith.divui %v18, %v20 : i64
                  %v3476 = arith.remui %v18, %v20 : i64
                  %v3477 = arith.cmpi ult, %v3476, %v32 : i64
                  %v3478 = arith.addi %v32, %v33 : i64
                  %v3479 = arith.muli %v3475, %v1 : i64
                  %v3480 = arith.addi %v3479, %v3478 : i64
                  %v3481 = arith.muli %v3480, %v1026 : i64
                  %v3482 = arith.addi %v3481, %v3364 : i64
                  scf.if %v3477 {
                    %v3483 = llvm.getelementptr %v58[%v3482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3474, %v3483 : f32, !llvm.ptr
                  }
                  %v3484 = arith.select %v37, %v3409, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3485, %v3486 = gpu.shuffle xor %v3484, %v1012, %v321 : f32
                  %v3487 = arith.addf %v3484, %v3485 fastmath<contract> : f32
                  %v3488, %v3489 = gpu.shuffle xor %v3487, %v1016, %v321 : f32
                  %v3490 = arith.addf %v3487, %v3488 fastmath<contract> : f32
                  %v3491 = arith.divui %v18, %v20 : i64
                  %v3492 = arith.remui %v18, %v20 : i64
                  %v3493 = arith.cmpi ult, %v3492, %v32 : i64
                  %v3494 = arith.addi %v71, %v33 : i64
                  %v3495 = arith.muli %v3491, %v1 : i64
                  %v3496 = arith.addi %v3495, %v3494 : i64
                  %v3497 = arith.muli %v3496, %v1026 : i64
                  %v3498 = arith.addi %v3497, %v3364 : i64
                  scf.if %v3493 {
                    %v3499 = llvm.getelementptr %v60[%v3498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3490, %v3499 : f32, !llvm.ptr
                  }
                  %v3500 = arith.select %v37, %v3411, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3501, %v3502 = gpu.shuffle xor %v3500, %v1012, %v321 : f32
                  %v3503 = arith.addf %v3500, %v3501 fastmath<contract> : f32
                  %v3504, %v3505 = gpu.shuffle xor %v3503, %v1016, %v321 : f32
                  %v3506 = arith.addf %v3503, %v3504 fastmath<contract> : f32
                  %v3507 = arith.divui %v18, %v20 : i64
                  %v3508 = arith.remui %v18, %v20 : i64
                  %v3509 = arith.cmpi ult, %v3508, %v32 : i64
                  %v3510 = arith.addi %v32, %v33 : i64
                  %v3511 = arith.muli %v3507, %v1 : i64
                  %v3512 = arith.addi %v3511, %v3510 : i64
                  %v3513 = arith.muli %v3512, %v1026 : i64
                  %v3514 = arith.addi %v3513, %v3364 : i64
                  scf.if %v3509 {
                    %v3515 = llvm.getelementptr %v60[%v3514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3506, %v3515 : f32, !llvm.ptr
                  }
                  %v3516 = arith.select %v37, %v3430, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3517, %v3518 = gpu.shuffle xor %v3516, %v1012, %v321 : f32
                  %v3519 = arith.addf %v3516, %v3517 fastmath<contract> : f32
                  %v3520, %v3521 = gpu.shuffle xor %v3519, %v1016, %v321 : f32
                  %v3522 = arith.addf %v3519, %v3520 fastmath<contract> : f32
                  %v3523 = arith.divui %v18, %v20 : i64
                  %v3524 = arith.remui %v18, %v20 : i64
                  %v3525 = arith.cmpi ult, %v3524, %v32 : i64
                  %v3526 = arith.addi %v71, %v33 : i64
                  %v3527 = arith.muli %v3523, %v1 : i64
                  %v3528 = arith.addi %v3527, %v3526 : i64
                  %v3529 = arith.muli %v3528, %v1026 : i64
                  %v3530 = arith.addi %v3529, %v3364 : i64
                  scf.if %v3525 {
                    %v3531 = llvm.getelementptr %v62[%v3530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3522, %v3531 : f32, !llvm.ptr
                  }
                  %v3532 = arith.select %v37, %v3451, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3533, %v3534 = gpu.shuffle xor %v3532, %v1012, %v321 : f32
                  %v3535 = arith.addf %v3532, %v3533 fastmath<contract> : f32
                  %v3536, %v3537 = gpu.shuffle xor %v3535, %v1016, %v321 : f32
                  %v3538 = arith.addf %v3535, %v3536 fastmath<contract> : f32
                  %v3539 = arith.divui %v18, %v20 : i64
                  %v3540 = arith.remui %v18, %v20 : i64
                  %v3541 = arith.cmpi ult, %v3540, %v32 : i64
                  %v3542 = arith.addi %v32, %v33 : i64
                  %v3543 = arith.muli %v3539, %v1 : i64
                  %v3544 = arith.addi %v3543, %v3542 : i64
                  %v3545 = arith.muli %v3544, %v1026 : i64
                  %v3546 = arith.addi %v3545, %v3364 : i64
                  scf.if %v3541 {
                    %v3547 = llvm.getelementptr %v62[%v3546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3538, %v3547 : f32, !llvm.ptr
                  }
                  %v3548 = arith.muli %v33, %v198 : i64
                  %v3549 = arith.subi %v3365, %v168 : i64
                  %v3550 = arith.addi %v3548, %v3549 : i64
                  %v3551 = llvm.getelementptr %v66[%v3550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3552 = llvm.load %v3551 : !llvm.ptr -> f32
                  %v3553 = arith.mulf %v3552, %v3408 fastmath<contract> : f32
                  %v3554 = arith.constant 8 : i64
                  %v3555 = arith.addi %v3554, %v33 : i64
                  %v3556 = arith.muli %v3555, %v198 : i64
                  %v3557 = arith.subi %v3365, %v168 : i64
                  %v3558 = arith.addi %v3556, %v3557 : i64
                  %v3559 = llvm.getelementptr %v66[%v3558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3560 = llvm.load %v3559 : !llvm.ptr -> f32
                  %v3561 = arith.mulf %v3560, %v3410 fastmath<contract> : f32
                  %v3562 = arith.addf %v3553, %v3561 fastmath<contract> : f32
                  llvm.store %v3562, %v3135 : f32, !llvm.ptr
                  %v3563 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3421) : (f32) -> f32
                  %v3564 = arith.mulf %v336, %v3563 fastmath<contract> : f32
                  %v3565 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3564) : (f32) -> f32
                  llvm.store %v3565, %v55 : f32, !llvm.ptr
                  %v3566 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3442) : (f32) -> f32
                  %v3567 = arith.mulf %v336, %v3566 fastmath<contract> : f32
                  %v3568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3567) : (f32) -> f32
                  llvm.store %v3568, %v56 : f32, !llvm.ptr
                }
                %v3569 = llvm.load %v3135 : !llvm.ptr -> f32
                %v3570 = arith.select %v3138, %v3569, %v3360 : f32
                %v3571 = arith.select %v3138, %v3360, %v3569 : f32
                %v3572, %v3573 = gpu.shuffle xor %v3570, %v1344, %v321 : f32
                %v3574 = arith.addf %v3571, %v3572 fastmath<contract> : f32
                %v3575 = arith.addi %v405, %v724 : i64
                %v3576 = arith.cmpi slt, %v1349, %v3146 : i32
                %v3577 = arith.cmpi eq, %v1349, %v3151 : i32
                %v3578 = arith.addi %v407, %v387 : i64
                llvm.store %v69, %v3135 : f32, !llvm.ptr
                scf.if %v3576 {
                  %v3579 = arith.addi %v168, %v3575 : i64
                  %v3580 = arith.muli %v33, %v198 : i64
                  %v3581 = arith.subi %v3579, %v168 : i64
                  %v3582 = arith.addi %v3580, %v3581 : i64
                  %v3583 = llvm.getelementptr %v64[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3584 = llvm.load %v3583 : !llvm.ptr -> f32
                  %v3585 = arith.muli %v47, %v347 : i64
                  %v3586 = arith.muli %v3579, %v346 : i64
                  %v3587 = arith.addi %v3585, %v3586 : i64
                  %v3588 = arith.muli %v45, %v345 : i64
                  %v3589 = arith.addi %v3587, %v3588 : i64
                  %v3590 = arith.muli %v43, %v2 : i64
                  %v3591 = arith.addi %v3589, %v3590 : i64
                  %v3592 = llvm.getelementptr %dy_o[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3593 = llvm.load %v3592 : !llvm.ptr -> f32
                  %v3594 = arith.mulf %v3584, %v3593 fastmath<contract> : f32
                  %v3595 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3596 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3597 = arith.mulf %v3596, %v3595 fastmath<contract> : f32
                  %v3598 = arith.addf %v3594, %v3597 fastmath<contract> : f32
                  llvm.store %v3598, %v53 : f32, !llvm.ptr
                  %v3599 = arith.constant 8 : i64
                  %v3600 = arith.addi %v3599, %v33 : i64
                  %v3601 = arith.muli %v3600, %v198 : i64
                  %v3602 = arith.subi %v3579, %v168 : i64
                  %v3603 = arith.addi %v3601, %v3602 : i64
                  %v3604 = llvm.getelementptr %v64[%v3603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3605 = llvm.load %v3604 : !llvm.ptr -> f32
                  %v3606 = arith.mulf %v3605, %v3593 fastmath<contract> : f32
                  %v3607 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3608 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3609 = arith.mulf %v3608, %v3607 fastmath<contract> : f32
                  %v3610 = arith.addf %v3606, %v3609 fastmath<contract> : f32
                  llvm.store %v3610, %v54 : f32, !llvm.ptr
                  scf.if %v3577 {
                  }
                  %v3611 = arith.mulf %v2993, %v3593 fastmath<contract> : f32
                  %v3612 = arith.mulf %v3018, %v3593 fastmath<contract> : f32
                  %v3613 = arith.muli %v47, %v347 : i64
                  %v3614 = arith.muli %v3579, %v346 : i64
                  %v3615 = arith.addi %v3613, %v3614 : i64
                  %v3616 = arith.muli %v45, %v345 : i64
                  %v3617 = arith.addi %v3615, %v3616 : i64
                  %v3618 = arith.muli %v43, %v2 : i64
                  %v3619 = arith.addi %v3617, %v3618 : i64
                  %v3620 = llvm.getelementptr %in_v[%v3619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3621 = llvm.load %v3620 : !llvm.ptr -> f32
                  %v3622 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3623 = arith.mulf %v3621, %v3622 fastmath<contract> : f32
                  %v3624 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3625 = arith.mulf %v3621, %v3624 fastmath<contract> : f32
                  %v3626 = arith.muli %v33, %v198 : i64
                  %v3627 = arith.subi %v3579, %v168 : i64
                  %v3628 = arith.addi %v3626, %v3627 : i64
                  %v3629 = llvm.getelementptr %v68[%v3628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3630 = llvm.load %v3629 : !llvm.ptr -> f32
                  %v3631 = arith.negf %v3630 : f32
                  %v3632 = arith.mulf %v3631, %v331 fastmath<contract> : f32
                  %v3633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3632) : (f32) -> f32
                  %v3634 = arith.addf %v70, %v3633 fastmath<contract> : f32
                  %v3635 = arith.divf %v70, %v3634 : f32
                  %v3636 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3635) : (f32) -> f32
                  %v3637 = arith.mulf %v980, %v3636 fastmath<contract> : f32
                  %v3638 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3637) : (f32) -> f32
                  %v3639 = arith.mulf %v2935, %v3622 fastmath<contract> : f32
                  %v3640 = arith.mulf %v336, %v3639 fastmath<contract> : f32
                  %v3641 = arith.mulf %v3638, %v3640 fastmath<contract> : f32
                  %v3642 = arith.subf %v70, %v3635 fastmath<contract> : f32
                  %v3643 = arith.mulf %v3635, %v3642 fastmath<contract> : f32
                  %v3644 = arith.mulf %v3641, %v3643 fastmath<contract> : f32
                  %v3645 = arith.constant 8 : i64
                  %v3646 = arith.addi %v3645, %v33 : i64
                  %v3647 = arith.muli %v3646, %v198 : i64
                  %v3648 = arith.subi %v3579, %v168 : i64
                  %v3649 = arith.addi %v3647, %v3648 : i64
                  %v3650 = llvm.getelementptr %v68[%v3649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3651 = llvm.load %v3650 : !llvm.ptr -> f32
                  %v3652 = arith.negf %v3651 : f32
                  %v3653 = arith.mulf %v3652, %v331 fastmath<contract> : f32
                  %v3654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3653) : (f32) -> f32
                  %v3655 = arith.addf %v70, %v3654 fastmath<contract> : f32
                  %v3656 = arith.divf %v70, %v3655 : f32
                  %v3657 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3656) : (f32) -> f32
                  %v3658 = arith.mulf %v980, %v3657 fastmath<contract> : f32
                  %v3659 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3658) : (f32) -> f32
                  %v3660 = arith.mulf %v2960, %v3624 fastmath<contract> : f32
                  %v3661 = arith.mulf %v336, %v3660 fastmath<contract> : f32
                  %v3662 = arith.mulf %v3659, %v3661 fastmath<contract> : f32
                  %v3663 = arith.subf %v70, %v3656 fastmath<contract> : f32
                  %v3664 = arith.mulf %v3656, %v3663 fastmath<contract> : f32
                  %v3665 = arith.mulf %v3662, %v3664 fastmath<contract> : f32
                  %v3666 = arith.select %v37, %v3611, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3667, %v3668 = gpu.shuffle xor %v3666, %v1012, %v321 : f32
                  %v3669 = arith.addf %v3666, %v3667 fastmath<contract> : f32
                  %v3670, %v3671 = gpu.shuffle xor %v3669, %v1016, %v321 : f32
                  %v3672 = arith.addf %v3669, %v3670 fastmath<contract> : f32
                  %v3673 = arith.divui %v18, %v20 : i64
                  %v3674 = arith.remui %v18, %v20 : i64
                  %v3675 = arith.cmpi ult, %v3674, %v32 : i64
                  %v3676 = arith.addi %v71, %v33 : i64
                  %v3677 = arith.muli %v3673, %v1 : i64
                  %v3678 = arith.addi %v3677, %v3676 : i64
                  %v3679 = arith.muli %v3678, %v1026 : i64
                  %v3680 = arith.addi %v3679, %v3578 : i64
                  scf.if %v3675 {
                    %v3681 = llvm.getelementptr %v58[%v3680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3672, %v3681 : f32, !llvm.ptr
                  }
                  %v3682 = arith.select %v37, %v3612, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3683, %v3684 = gpu.shuffle xor %v3682, %v1012, %v321 : f32
                  %v3685 = arith.addf %v3682, %v3683 fastmath<contract> : f32
                  %v3686, %v3687 = gpu.shuffle xor %v3685, %v1016, %v321 : f32
                  %v3688 = arith.addf %v3685, %v3686 fastmath<contract> : f32
                  %v3689 = arith.divui %v18, %v20 : i64
                  %v3690 = arith.remui %v18, %v20 : i64
                  %v3691 = arith.cmpi ult, %v3690, %v32 : i64
                  %v3692 = arith.addi %v32, %v33 : i64
                  %v3693 = arith.muli %v3689, %v1 : i64
                  %v3694 = arith.addi %v3693, %v3692 : i64
                  %v3695 = arith.muli %v3694, %v1026 : i64
                  %v3696 = arith.addi %v3695, %v3578 : i64
                  scf.if %v3691 {
                    %v3697 = llvm.getelementptr %v58[%v3696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3688, %v3697 : f32, !llvm.ptr
                  }
                  %v3698 = arith.select %v37, %v3623, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3699, %v3700 = gpu.shuffle xor %v3698, %v1012, %v321 : f32
                  %v3701 = arith.addf %v3698, %v3699 fastmath<contract> : f32
                  %v3702, %v3703 = gpu.shuffle xor %v3701, %v1016, %v321 : f32
                  %v3704 = arith.addf %v3701, %v3702 fastmath<contract> : f32
                  %v3705 = arith.divui %v18, %v20 : i64
                  %v3706 = arith.remui %v18, %v20 : i64
                  %v3707 = arith.cmpi ult, %v3706, %v32 : i64
                  %v3708 = arith.addi %v71, %v33 : i64
                  %v3709 = arith.muli %v3705, %v1 : i64
                  %v3710 = arith.addi %v3709, %v3708 : i64
                  %v3711 = arith.muli %v3710, %v1026 : i64
                  %v3712 = arith.addi %v3711, %v3578 : i64
                  scf.if %v3707 {
                    %v3713 = llvm.getelementptr %v60[%v3712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3704, %v3713 : f32, !llvm.ptr
                  }
                  %v3714 = arith.select %v37, %v3625, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3715, %v3716 = gpu.shuffle xor %v3714, %v1012, %v321 : f32
                  %v3717 = arith.addf %v3714, %v3715 fastmath<contract> : f32
                  %v3718, %v3719 = gpu.shuffle xor %v3717, %v1016, %v321 : f32
                  %v3720 = arith.addf %v3717, %v3718 fastmath<contract> : f32
                  %v3721 = arith.divui %v18, %v20 : i64
                  %v3722 = arith.remui %v18, %v20 : i64
                  %v3723 = arith.cmpi ult, %v3722, %v32 : i64
                  %v3724 = arith.addi %v32, %v33 : i64
                  %v3725 = arith.muli %v3721, %v1 : i64
                  %v3726 = arith.addi %v3725, %v3724 : i64
                  %v3727 = arith.muli %v3726, %v1026 : i64
                  %v3728 = arith.addi %v3727, %v3578 : i64
                  scf.if %v3723 {
                    %v3729 = llvm.getelementptr %v60[%v3728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3720, %v3729 : f32, !llvm.ptr
                  }
                  %v3730 = arith.select %v37, %v3644, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3731, %v3732 = gpu.shuffle xor %v3730, %v1012, %v321 : f32
                  %v3733 = arith.addf %v3730, %v3731 fastmath<contract> : f32
                  %v3734, %v3735 = gpu.shuffle xor %v3733, %v1016, %v321 : f32
                  %v3736 = arith.addf %v3733, %v3734 fastmath<contract> : f32
                  %v3737 = arith.divui %v18, %v20 : i64
                  %v3738 = arith.remui %v18, %v20 : i64
                  %v3739 = arith.cmpi ult, %v3738, %v32 : i64
                  %v3740 = arith.addi %v71, %v33 : i64
                  %v3741 = arith.muli %v3737, %v1 : i64
                  %v3742 = arith.addi %v3741, %v3740 : i64
                  %v3743 = arith.muli %v3742, %v1026 : i64
                  %v3744 = arith.addi %v3743, %v3578 : i64
                  scf.if %v3739 {
                    %v3745 = llvm.getelementptr %v62[%v3744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3736, %v3745 : f32, !llvm.ptr
                  }
                  %v3746 = arith.select %v37, %v3665, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3747, %v3748 = gpu.shuffle xor %v3746, %v1012, %v321 : f32
                  %v3749 = arith.addf %v3746, %v3747 fastmath<contract> : f32
                  %v3750, %v3751 = gpu.shuffle xor %v3749, %v1016, %v321 : f32
                  %v3752 = arith.addf %v3749, %v3750 fastmath<contract> : f32
                  %v3753 = arith.divui %v18, %v20 : i64
                  %v3754 = arith.remui %v18, %v20 : i64
                  %v3755 = arith.cmpi ult, %v3754, %v32 : i64
                  %v3756 = arith.addi %v32, %v33 : i64
                  %v3757 = arith.muli %v3753, %v1 : i64
                  %v3758 = arith.addi %v3757, %v3756 : i64
                  %v3759 = arith.muli %v3758, %v1026 : i64
                  %v3760 = arith.addi %v3759, %v3578 : i64
                  scf.if %v3755 {
                    %v3761 = llvm.getelementptr %v62[%v3760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3752, %v3761 : f32, !llvm.ptr
                  }
                  %v3762 = arith.muli %v33, %v198 : i64
                  %v3763 = arith.subi %v3579, %v168 : i64
                  %v3764 = arith.addi %v3762, %v3763 : i64
                  %v3765 = llvm.getelementptr %v66[%v3764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3766 = llvm.load %v3765 : !llvm.ptr -> f32
                  %v3767 = arith.mulf %v3766, %v3622 fastmath<contract> : f32
                  %v3768 = arith.constant 8 : i64
                  %v3769 = arith.addi %v3768, %v33 : i64
                  %v3770 = arith.muli %v3769, %v198 : i64
                  %v3771 = arith.subi %v3579, %v168 : i64
                  %v3772 = arith.addi %v3770, %v3771 : i64
                  %v3773 = llvm.getelementptr %v66[%v3772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3774 = llvm.load %v3773 : !llvm.ptr -> f32
                  %v3775 = arith.mulf %v3774, %v3624 fastmath<contract> : f32
                  %v3776 = arith.addf %v3767, %v3775 fastmath<contract> : f32
                  llvm.store %v3776, %v3135 : f32, !llvm.ptr
                  %v3777 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3635) : (f32) -> f32
                  %v3778 = arith.mulf %v336, %v3777 fastmath<contract> : f32
                  %v3779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3778) : (f32) -> f32
                  llvm.store %v3779, %v55 : f32, !llvm.ptr
                  %v3780 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3656) : (f32) -> f32
                  %v3781 = arith.mulf %v336, %v3780 fastmath<contract> : f32
                  %v3782 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3781) : (f32) -> f32
                  llvm.store %v3782, %v56 : f32, !llvm.ptr
                }
                %v3783 = llvm.load %v3135 : !llvm.ptr -> f32
                %v3784 = arith.addi %v405, %v49 : i64
                %v3785 = arith.cmpi slt, %v1559, %v3146 : i32
                %v3786 = arith.cmpi eq, %v1559, %v3151 : i32
                %v3787 = arith.addi %v407, %v607 : i64
                llvm.store %v69, %v3135 : f32, !llvm.ptr
                scf.if %v3785 {
                  %v3788 = arith.addi %v168, %v3784 : i64
                  %v3789 = arith.muli %v33, %v198 : i64
                  %v3790 = arith.subi %v3788, %v168 : i64
                  %v3791 = arith.addi %v3789, %v3790 : i64
                  %v3792 = llvm.getelementptr %v64[%v3791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3793 = llvm.load %v3792 : !llvm.ptr -> f32
                  %v3794 = arith.muli %v47, %v347 : i64
                  %v3795 = arith.muli %v3788, %v346 : i64
                  %v3796 = arith.addi %v3794, %v3795 : i64
                  %v3797 = arith.muli %v45, %v345 : i64
                  %v3798 = arith.addi %v3796, %v3797 : i64
                  %v3799 = arith.muli %v43, %v2 : i64
                  %v3800 = arith.addi %v3798, %v3799 : i64
                  %v3801 = llvm.getelementptr %dy_o[%v3800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3802 = llvm.load %v3801 : !llvm.ptr -> f32
                  %v3803 = arith.mulf %v3793, %v3802 fastmath<contract> : f32
                  %v3804 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3805 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3806 = arith.mulf %v3805, %v3804 fastmath<contract> : f32
                  %v3807 = arith.addf %v3803, %v3806 fastmath<contract> : f32
                  llvm.store %v3807, %v53 : f32, !llvm.ptr
                  %v3808 = arith.constant 8 : i64
                  %v3809 = arith.addi %v3808, %v33 : i64
                  %v3810 = arith.muli %v3809, %v198 : i64
                  %v3811 = arith.subi %v3788, %v168 : i64
                  %v3812 = arith.addi %v3810, %v3811 : i64
                  %v3813 = llvm.getelementptr %v64[%v3812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3814 = llvm.load %v3813 : !llvm.ptr -> f32
                  %v3815 = arith.mulf %v3814, %v3802 fastmath<contract> : f32
                  %v3816 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3817 = llvm.load %v56 : !llvm.ptr -> f32
                  %v3818 = arith.mulf %v3817, %v3816 fastmath<contract> : f32
                  %v3819 = arith.addf %v3815, %v3818 fastmath<contract> : f32
                  llvm.store %v3819, %v54 : f32, !llvm.ptr
                  scf.if %v3786 {
                  }
                  %v3820 = arith.mulf %v2935, %v3802 fastmath<contract> : f32
                  %v3821 = arith.mulf %v2960, %v3802 fastmath<contract> : f32
                  %v3822 = arith.muli %v47, %v347 : i64
                  %v3823 = arith.muli %v3788, %v346 : i64
                  %v3824 = arith.addi %v3822, %v3823 : i64
                  %v3825 = arith.muli %v45, %v345 : i64
                  %v3826 = arith.addi %v3824, %v3825 : i64
                  %v3827 = arith.muli %v43, %v2 : i64
                  %v3828 = arith.addi %v3826, %v3827 : i64
                  %v3829 = llvm.getelementptr %in_v[%v3828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3830 = llvm.load %v3829 : !llvm.ptr -> f32
                  %v3831 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3832 = arith.mulf %v3830, %v3831 fastmath<contract> : f32
                  %v3833 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3834 = arith.mulf %v3830, %v3833 fastmath<contract> : f32
                  %v3835 = arith.muli %v33, %v198 : i64
                  %v3836 = arith.subi %v3788, %v168 : i64
                  %v3837 = arith.addi %v3835, %v3836 : i64
                  %v3838 = llvm.getelementptr %v68[%v3837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3839 = llvm.load %v3838 : !llvm.ptr -> f32
                  %v3840 = arith.negf %v3839 : f32
                  %v3841 = arith.mulf %v3840, %v331 fastmath<contract> : f32
                  %v3842 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3841) : (f32) -> f32
                  %v3843 = arith.addf %v70, %v3842 fastmath<contract> : f32
                  %v3844 = arith.divf %v70, %v3843 : f32
                  %v3845 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3844) : (f32) -> f32
                  %v3846 = arith.mulf %v980, %v3845 fastmath<contract> : f32
                  %v3847 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3846) : (f32) -> f32
                  %v3848 = arith.mulf %v2877, %v3831 fastmath<contract> : f32
                  %v3849 = arith.mulf %v336, %v3848 fastmath<contract> : f32
                  %v3850 = arith.mulf %v3847, %v3849 fastmath<contract> : f32
                  %v3851 = arith.subf %v70, %v3844 fastmath<contract> : f32
                  %v3852 = arith.mulf %v3844, %v3851 fastmath<contract> : f32
                  %v3853 = arith.mulf %v3850, %v3852 fastmath<contract> : f32
                  %v3854 = arith.constant 8 : i64
                  %v3855 = arith.addi %v3854, %v33 : i64
                  %v3856 = arith.muli %v3855, %v198 : i64
                  %v3857 = arith.subi %v3788, %v168 : i64
                  %v3858 = arith.addi %v3856, %v3857 : i64
                  %v3859 = llvm.getelementptr %v68[%v3858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3860 = llvm.load %v3859 : !llvm.ptr -> f32
                  %v3861 = arith.negf %v3860 : f32
                  %v3862 = arith.mulf %v3861, %v331 fastmath<contract> : f32
                  %v3863 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3862) : (f32) -> f32
                  %v3864 = arith.addf %v70, %v3863 fastmath<contract> : f32
                  %v3865 = arith.divf %v70, %v3864 : f32
                  %v3866 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3865) : (f32) -> f32
                  %v3867 = arith.mulf %v980, %v3866 fastmath<contract> : f32
                  %v3868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3867) : (f32) -> f32
                  %v3869 = arith.mulf %v2902, %v3833 fastmath<contract> : f32
                  %v3870 = arith.mulf %v336, %v3869 fastmath<contract> : f32
                  %v3871 = arith.mulf %v3868, %v3870 fastmath<contract> : f32
                  %v3872 = arith.subf %v70, %v3865 fastmath<contract> : f32
                  %v3873 = arith.mulf %v3865, %v3872 fastmath<contract> : f32
                  %v3874 = arith.mulf %v3871, %v3873 fastmath<contract> : f32
                  %v3875 = arith.select %v37, %v3820, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3876, %v3877 = gpu.shuffle xor %v3875, %v1012, %v321 : f32
                  %v3878 = arith.addf %v3875, %v3876 fastmath<contract> : f32
                  %v3879, %v3880 = gpu.shuffle xor %v3878, %v1016, %v321 : f32
                  %v3881 = arith.addf %v3878, %v3879 fastmath<contract> : f32
                  %v3882 = arith.divui %v18, %v20 : i64
                  %v3883 = arith.remui %v18, %v20 : i64
                  %v3884 = arith.cmpi ult, %v3883, %v32 : i64
                  %v3885 = arith.addi %v71, %v33 : i64
                  %v3886 = arith.muli %v3882, %v1 : i64
                  %v3887 = arith.addi %v3886, %v3885 : i64
                  %v3888 = arith.muli %v3887, %v1026 : i64
                  %v3889 = arith.addi %v3888, %v3787 : i64
                  scf.if %v3884 {
                    %v3890 = llvm.getelementptr %v58[%v3889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3881, %v3890 : f32, !llvm.ptr
                  }
                  %v3891 = arith.select %v37, %v3821, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3892, %v3893 = gpu.shuffle xor %v3891, %v1012, %v321 : f32
                  %v3894 = arith.addf %v3891, %v3892 fastmath<contract> : f32
                  %v3895, %v3896 = gpu.shuffle xor %v3894, %v1016, %v321 : f32
                  %v3897 = arith.addf %v3894, %v3895 fastmath<contract> : f32
                  %v3898 = arith.divui %v18, %v20 : i64
                  %v3899 = arith.remui %v18, %v20 : i64
                  %v3900 = arith.cmpi ult, %v3899, %v32 : i64
                  %v3901 = arith.addi %v32, %v33 : i64
                  %v3902 = arith.muli %v3898, %v1 : i64
                  %v3903 = arith.addi %v3902, %v3901 : i64
                  %v3904 = arith.muli %v3903, %v1026 : i64
                  %v3905 = arith.addi %v3904, %v3787 : i64
                  scf.if %v3900 {
                    %v3906 = llvm.getelementptr %v58[%v3905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3897, %v3906 : f32, !llvm.ptr
                  }
                  %v3907 = arith.select %v37, %v3832, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3908, %v3909 = gpu.shuffle xor %v3907, %v1012, %v321 : f32
                  %v3910 = arith.addf %v3907, %v3908 fastmath<contract> : f32
                  %v3911, %v3912 = gpu.shuffle xor %v3910, %v1016, %v321 : f32
                  %v3913 = arith.addf %v3910, %v3911 fastmath<contract> : f32
                  %v3914 = arith.divui %v18, %v20 : i64
                  %v3915 = arith.remui %v18, %v20 : i64
                  %v3916 = arith.cmpi ult, %v3915, %v32 : i64
                  %v3917 = arith.addi %v71, %v33 : i64
                  %v3918 = arith.muli %v3914, %v1 : i64
                  %v3919 = arith.addi %v3918, %v3917 : i64
                  %v3920 = arith.muli %v3919, %v1026 : i64
                  %v3921 = arith.addi %v3920, %v3787 : i64
                  scf.if %v3916 {
                    %v3922 = llvm.getelementptr %v60[%v3921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3913, %v3922 : f32, !llvm.ptr
                  }
                  %v3923 = arith.select %v37, %v3834, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3924, %v3925 = gpu.shuffle xor %v3923, %v1012, %v321 : f32
                  %v3926 = arith.addf %v3923, %v3924 fastmath<contract> : f32
                  %v3927, %v3928 = gpu.shuffle xor %v3926, %v1016, %v321 : f32
                  %v3929 = arith.addf %v3926, %v3927 fastmath<contract> : f32
                  %v3930 = arith.divui %v18, %v20 : i64
                  %v3931 = arith.remui %v18, %v20 : i64
                  %v3932 = arith.cmpi ult, %v3931, %v32 : i64
                  %v3933 = arith.addi %v32, %v33 : i64
                  %v3934 = arith.muli %v3930, %v1 : i64
                  %v3935 = arith.addi %v3934, %v3933 : i64
                  %v3936 = arith.muli %v3935, %v1026 : i64
                  %v3937 = arith.addi %v3936, %v3787 : i64
                  scf.if %v3932 {
                    %v3938 = llvm.getelementptr %v60[%v3937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3929, %v3938 : f32, !llvm.ptr
                  }
                  %v3939 = arith.select %v37, %v3853, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3940, %v3941 = gpu.shuffle xor %v3939, %v1012, %v321 : f32
                  %v3942 = arith.addf %v3939, %v3940 fastmath<contract> : f32
                  %v3943, %v3944 = gpu.shuffle xor %v3942, %v1016, %v321 : f32
                  %v3945 = arith.addf %v3942, %v3943 fastmath<contract> : f32
                  %v3946 = arith.divui %v18, %v20 : i64
                  %v3947 = arith.remui %v18, %v20 : i64
                  %v3948 = arith.cmpi ult, %v3947, %v32 : i64
                  %v3949 = arith.addi %v71, %v33 : i64
                  %v3950 = arith.muli %v3946, %v1 : i64
                  %v3951 = arith.addi %v3950, %v3949 : i64
                  %v3952 = arith.muli %v3951, %v1026 : i64
                  %v3953 = arith.addi %v3952, %v3787 : i64
                  scf.if %v3948 {
                    %v3954 = llvm.getelementptr %v62[%v3953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3945, %v3954 : f32, !llvm.ptr
                  }
                  %v3955 = arith.select %v37, %v3874, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v3956, %v3957 = gpu.shuffle xor %v3955, %v1012, %v321 : f32
                  %v3958 = arith.addf %v3955, %v3956 fastmath<contract> : f32
                  %v3959, %v3960 = gpu.shuffle xor %v3958, %v1016, %v321 : f32
                  %v3961 = arith.addf %v3958, %v3959 fastmath<contract> : f32
                  %v3962 = arith.divui %v18, %v20 : i64
                  %v3963 = arith.remui %v18, %v20 : i64
                  %v3964 = arith.cmpi ult, %v3963, %v32 : i64
                  %v3965 = arith.addi %v32, %v33 : i64
                  %v3966 = arith.muli %v3962, %v1 : i64
                  %v3967 = arith.addi %v3966, %v3965 : i64
                  %v3968 = arith.muli %v3967, %v1026 : i64
                  %v3969 = arith.addi %v3968, %v3787 : i64
                  scf.if %v3964 {
                    %v3970 = llvm.getelementptr %v62[%v3969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3961, %v3970 : f32, !llvm.ptr
                  }
                  %v3971 = arith.muli %v33, %v198 : i64
                  %v3972 = arith.subi %v3788, %v168 : i64
                  %v3973 = arith.addi %v3971, %v3972 : i64
                  %v3974 = llvm.getelementptr %v66[%v3973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3975 = llvm.load %v3974 : !llvm.ptr -> f32
                  %v3976 = arith.mulf %v3975, %v3831 fastmath<contract> : f32
                  %v3977 = arith.constant 8 : i64
                  %v3978 = arith.addi %v3977, %v33 : i64
                  %v3979 = arith.muli %v3978, %v198 : i64
                  %v3980 = arith.subi %v3788, %v168 : i64
                  %v3981 = arith.addi %v3979, %v3980 : i64
                  %v3982 = llvm.getelementptr %v66[%v3981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3983 = llvm.load %v3982 : !llvm.ptr -> f32
                  %v3984 = arith.mulf %v3983, %v3833 fastmath<contract> : f32
                  %v3985 = arith.addf %v3976, %v3984 fastmath<contract> : f32
                  llvm.store %v3985, %v3135 : f32, !llvm.ptr
                  %v3986 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3844) : (f32) -> f32
                  %v3987 = arith.mulf %v336, %v3986 fastmath<contract> : f32
                  %v3988 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3987) : (f32) -> f32
                  llvm.store %v3988, %v55 : f32, !llvm.ptr
                  %v3989 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3865) : (f32) -> f32
                  %v3990 = arith.mulf %v336, %v3989 fastmath<contract> : f32
                  %v3991 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3990) : (f32) -> f32
                  llvm.store %v3991, %v56 : f32, !llvm.ptr
                }
                %v3992 = llvm.load %v3135 : !llvm.ptr -> f32
                %v3993 = arith.select %v3138, %v3992, %v3783 : f32
                %v3994 = arith.select %v3138, %v3783, %v3992 : f32
                %v3995, %v3996 = gpu.shuffle xor %v3993, %v1344, %v321 : f32
                %v3997 = arith.addf %v3994, %v3995 fastmath<contract> : f32
                %v3998 = arith.select %v3141, %v3997, %v3574 : f32
                %v3999 = arith.select %v3141, %v3574, %v3997 : f32
                %v4000, %v4001 = gpu.shuffle xor %v3998, %v1775, %v321 : f32
                %v4002 = arith.addf %v3999, %v4000 fastmath<contract> : f32
                %v4003 = arith.addi %v405, %v607 : i64
                %v4004 = arith.cmpi slt, %v1780, %v3146 : i32
                %v4005 = arith.cmpi eq, %v1780, %v3151 : i32
                %v4006 = arith.addi %v407, %v49 : i64
                llvm.store %v69, %v3135 : f32, !llvm.ptr
                scf.if %v4004 {
                  %v4007 = arith.addi %v168, %v4003 : i64
                  %v4008 = arith.muli %v33, %v198 : i64
                  %v4009 = arith.subi %v4007, %v168 : i64
                  %v4010 = arith.addi %v4008, %v4009 : i64
                  %v4011 = llvm.getelementptr %v64[%v4010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4012 = llvm.load %v4011 : !llvm.ptr -> f32
                  %v4013 = arith.muli %v47, %v347 : i64
                  %v4014 = arith.muli %v4007, %v346 : i64
                  %v4015 = arith.addi %v4013, %v4014 : i64
                  %v4016 = arith.muli %v45, %v345 : i64
                  %v4017 = arith.addi %v4015, %v4016 : i64
                  %v4018 = arith.muli %v43, %v2 : i64
                  %v4019 = arith.addi %v4017, %v4018 : i64
                  %v4020 = llvm.getelementptr %dy_o[%v4019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4021 = llvm.load %v4020 : !llvm.ptr -> f32
                  %v4022 = arith.mulf %v4012, %v4021 fastmath<contract> : f32
                  %v4023 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4024 = llvm.load %v55 : !llvm.ptr -> f32
                  %v4025 = arith.mulf %v4024, %v4023 fastmath<contract> : f32
                  %v4026 = arith.addf %v4022, %v4025 fastmath<contract> : f32
                  llvm.store %v4026, %v53 : f32, !llvm.ptr
                  %v4027 = arith.constant 8 : i64
                  %v4028 = arith.addi %v4027, %v33 : i64
                  %v4029 = arith.muli %v4028, %v198 : i64
                  %v4030 = arith.subi %v4007, %v168 : i64
                  %v4031 = arith.addi %v4029, %v4030 : i64
                  %v4032 = llvm.getelementptr %v64[%v4031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4033 = llvm.load %v4032 : !llvm.ptr -> f32
                  %v4034 = arith.mulf %v4033, %v4021 fastmath<contract> : f32
                  %v4035 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4036 = llvm.load %v56 : !llvm.ptr -> f32
                  %v4037 = arith.mulf %v4036, %v4035 fastmath<contract> : f32
                  %v4038 = arith.addf %v4034, %v4037 fastmath<contract> : f32
                  llvm.store %v4038, %v54 : f32, !llvm.ptr
                  scf.if %v4005 {
                  }
                  %v4039 = arith.mulf %v2877, %v4021 fastmath<contract> : f32
                  %v4040 = arith.mulf %v2902, %v4021 fastmath<contract> : f32
                  %v4041 = arith.muli %v47, %v347 : i64
                  %v4042 = arith.muli %v4007, %v346 : i64
                  %v4043 = arith.addi %v4041, %v4042 : i64
                  %v4044 = arith.muli %v45, %v345 : i64
                  %v4045 = arith.addi %v4043, %v4044 : i64
                  %v4046 = arith.muli %v43, %v2 : i64
                  %v4047 = arith.addi %v4045, %v4046 : i64
                  %v4048 = llvm.getelementptr %in_v[%v4047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4049 = llvm.load %v4048 : !llvm.ptr -> f32
                  %v4050 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4051 = arith.mulf %v4049, %v4050 fastmath<contract> : f32
                  %v4052 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4053 = arith.mulf %v4049, %v4052 fastmath<contract> : f32
                  %v4054 = arith.muli %v33, %v198 : i64
                  %v4055 = arith.subi %v4007, %v168 : i64
                  %v4056 = arith.addi %v4054, %v4055 : i64
                  %v4057 = llvm.getelementptr %v68[%v4056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4058 = llvm.load %v4057 : !llvm.ptr -> f32
                  %v4059 = arith.negf %v4058 : f32
                  %v4060 = arith.mulf %v4059, %v331 fastmath<contract> : f32
                  %v4061 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4060) : (f32) -> f32
                  %v4062 = arith.addf %v70, %v4061 fastmath<contract> : f32
                  %v4063 = arith.divf %v70, %v4062 : f32
                  %v4064 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4063) : (f32) -> f32
                  %v4065 = arith.mulf %v980, %v4064 fastmath<contract> : f32
                  %v4066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4065) : (f32) -> f32
                  %v4067 = arith.mulf %v2819, %v4050 fastmath<contract> : f32
                  %v4068 = arith.mulf %v336, %v4067 fastmath<contract> : f32
                  %v4069 = arith.mulf %v4066, %v4068 fastmath<contract> : f32
                  %v4070 = arith.subf %v70, %v4063 fastmath<contract> : f32
                  %v4071 = arith.mulf %v4063, %v4070 fastmath<contract> : f32
                  %v4072 = arith.mulf %v4069, %v4071 fastmath<contract> : f32
                  %v4073 = arith.constant 8 : i64
                  %v4074 = arith.addi %v4073, %v33 : i64
                  %v4075 = arith.muli %v4074, %v198 : i64
                  %v4076 = arith.subi %v4007, %v168 : i64
                  %v4077 = arith.addi %v4075, %v4076 : i64
                  %v4078 = llvm.getelementptr %v68[%v4077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4079 = llvm.load %v4078 : !llvm.ptr -> f32
                  %v4080 = arith.negf %v4079 : f32
                  %v4081 = arith.mulf %v4080, %v331 fastmath<contract> : f32
                  %v4082 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4081) : (f32) -> f32
                  %v4083 = arith.addf %v70, %v4082 fastmath<contract> : f32
                  %v4084 = arith.divf %v70, %v4083 : f32
                  %v4085 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4084) : (f32) -> f32
                  %v4086 = arith.mulf %v980, %v4085 fastmath<contract> : f32
                  %v4087 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4086) : (f32) -> f32
                  %v4088 = arith.mulf %v2844, %v4052 fastmath<contract> : f32
                  %v4089 = arith.mulf %v336, %v4088 fastmath<contract> : f32
                  %v4090 = arith.mulf %v4087, %v4089 fastmath<contract> : f32
                  %v4091 = arith.subf %v70, %v4084 fastmath<contract> : f32
                  %v4092 = arith.mulf %v4084, %v4091 fastmath<contract> : f32
                  %v4093 = arith.mulf %v4090, %v4092 fastmath<contract> : f32
                  %v4094 = arith.select %v37, %v4039, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4095, %v4096 = gpu.shuffle xor %v4094, %v1012, %v321 : f32
                  %v4097 = arith.addf %v4094, %v4095 fastmath<contract> : f32
                  %v4098, %v4099 = gpu.shuffle xor %v4097, %v1016, %v321 : f32
                  %v4100 = arith.addf %v4097, %v4098 fastmath<contract> : f32
                  %v4101 = arith.divui %v18, %v20 : i64
                  %v4102 = arith.remui %v18, %v20 : i64
                  %v4103 = arith.cmpi ult, %v4102, %v32 : i64
                  %v4104 = arith.addi %v71, %v33 : i64
                  %v4105 = arith.muli %v4101, %v1 : i64
                  %v4106 = arith.addi %v4105, %v4104 : i64
                  %v4107 = arith.muli %v4106, %v1026 : i64
                  %v4108 = arith.addi %v4107, %v4006 : i64
                  scf.if %v4103 {
                    %v4109 = llvm.getelementptr %v58[%v4108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4100, %v4109 : f32, !llvm.ptr
                  }
                  %v4110 = arith.select %v37, %v4040, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4111, %v4112 = gpu.shuffle xor %v4110, %v1012, %v321 : f32
                  %v4113 = arith.addf %v4110, %v4111 fastmath<contract> : f32
                  %v4114, %v4115 = gpu.shuffle xor %v4113, %v1016, %v321 : f32
                  %v4116 = arith.addf %v4113, %v4114 fastmath<contract> : f32
                  %v4117 = arith.divui %v18, %v20 : i64
                  %v4118 = arith.remui %v18, %v20 : i64
                  %v4119 = arith.cmpi ult, %v4118, %v32 : i64
                  %v4120 = arith.addi %v32, %v33 : i64
                  %v4121 = arith.muli %v4117, %v1 : i64
                  %v4122 = arith.addi %v4121, %v4120 : i64
                  %v4123 = arith.muli %v4122, %v1026 : i64
                  %v4124 = arith.addi %v4123, %v4006 : i64
                  scf.if %v4119 {
                    %v4125 = llvm.getelementptr %v58[%v4124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4116, %v4125 : f32, !llvm.ptr
                  }
                  %v4126 = arith.select %v37, %v4051, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4127, %v4128 = gpu.shuffle xor %v4126, %v1012, %v321 : f32
                  %v4129 = arith.addf %v4126, %v4127 fastmath<contract> : f32
                  %v4130, %v4131 = gpu.shuffle xor %v4129, %v1016, %v321 : f32
                  %v4132 = arith.addf %v4129, %v4130 fastmath<contract> : f32
                  %v4133 = arith.divui %v18, %v20 : i64
                  %v4134 = arith.remui %v18, %v20 : i64
                  %v4135 = arith.cmpi ult, %v4134, %v32 : i64
                  %v4136 = arith.addi %v71, %v33 : i64
                  %v4137 = arith.muli %v4133, %v1 : i64
                  %v4138 = arith.addi %v4137, %v4136 : i64
                  %v4139 = arith.muli %v4138, %v1026 : i64
                  %v4140 = arith.addi %v4139, %v4006 : i64
                  scf.if %v4135 {
                    %v4141 = llvm.getelementptr %v60[%v4140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4132, %v4141 : f32, !llvm.ptr
                  }
                  %v4142 = arith.select %v37, %v4053, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4143, %v4144 = gpu.shuffle xor %v4142, %v1012, %v321 : f32
                  %v4145 = arith.addf %v4142, %v4143 fastmath<contract> : f32
                  %v4146, %v4147 = gpu.shuffle xor %v4145, %v1016, %v321 : f32
                  %v4148 = arith.addf %v4145, %v4146 fastmath<contract> : f32
                  %v4149 = arith.divui %v18, %v20 : i64
                  %v4150 = arith.remui %v18, %v20 : i64
                  %v4151 = arith.cmpi ult, %v4150, %v32 : i64
                  %v4152 = arith.addi %v32, %v33 : i64
                  %v4153 = arith.muli %v4149, %v1 : i64
                  %v4154 = arith.addi %v4153, %v4152 : i64
                  %v4155 = arith.muli %v4154, %v1026 : i64
                  %v4156 = arith.addi %v4155, %v4006 : i64
                  scf.if %v4151 {
                    %v4157 = llvm.getelementptr %v60[%v4156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4148, %v4157 : f32, !llvm.ptr
                  }
                  %v4158 = arith.select %v37, %v4072, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4159, %v4160 = gpu.shuffle xor %v4158, %v1012, %v321 : f32
                  %v4161 = arith.addf %v4158, %v4159 fastmath<contract> : f32
                  %v4162, %v4163 = gpu.shuffle xor %v4161, %v1016, %v321 : f32
                  %v4164 = arith.addf %v4161, %v4162 fastmath<contract> : f32
                  %v4165 = arith.divui %v18, %v20 : i64
                  %v4166 = arith.remui %v18, %v20 : i64
                  %v4167 = arith.cmpi ult, %v4166, %v32 : i64
                  %v4168 = arith.addi %v71, %v33 : i64
                  %v4169 = arith.muli %v4165, %v1 : i64
                  %v4170 = arith.addi %v4169, %v4168 : i64
                  %v4171 = arith.muli %v4170, %v1026 : i64
                  %v4172 = arith.addi %v4171, %v4006 : i64
                  scf.if %v4167 {
                    %v4173 = llvm.getelementptr %v62[%v4172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4164, %v4173 : f32, !llvm.ptr
                  }
                  %v4174 = arith.select %v37, %v4093, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4175, %v4176 = gpu.shuffle xor %v4174, %v1012, %v321 : f32
                  %v4177 = arith.addf %v4174, %v4175 fastmath<contract> : f32
                  %v4178, %v4179 = gpu.shuffle xor %v4177, %v1016, %v321 : f32
                  %v4180 = arith.addf %v4177, %v4178 fastmath<contract> : f32
                  %v4181 = arith.divui %v18, %v20 : i64
                  %v4182 = arith.remui %v18, %v20 : i64
                  %v4183 = arith.cmpi ult, %v4182, %v32 : i64
                  %v4184 = arith.addi %v32, %v33 : i64
                  %v4185 = arith.muli %v4181, %v1 : i64
                  %v4186 = arith.addi %v4185, %v4184 : i64
                  %v4187 = arith.muli %v4186, %v1026 : i64
                  %v4188 = arith.addi %v4187, %v4006 : i64
                  scf.if %v4183 {
                    %v4189 = llvm.getelementptr %v62[%v4188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4180, %v4189 : f32, !llvm.ptr
                  }
                  %v4190 = arith.muli %v33, %v198 : i64
                  %v4191 = arith.subi %v4007, %v168 : i64
                  %v4192 = arith.addi %v4190, %v4191 : i64
                  %v4193 = llvm.getelementptr %v66[%v4192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4194 = llvm.load %v4193 : !llvm.ptr -> f32
                  %v4195 = arith.mulf %v4194, %v4050 fastmath<contract> : f32
                  %v4196 = arith.constant 8 : i64
                  %v4197 = arith.addi %v4196, %v33 : i64
                  %v4198 = arith.muli %v4197, %v198 : i64
                  %v4199 = arith.subi %v4007, %v168 : i64
                  %v4200 = arith.addi %v4198, %v4199 : i64
                  %v4201 = llvm.getelementptr %v66[%v4200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4202 = llvm.load %v4201 : !llvm.ptr -> f32
                  %v4203 = arith.mulf %v4202, %v4052 fastmath<contract> : f32
                  %v4204 = arith.addf %v4195, %v4203 fastmath<contract> : f32
                  llvm.store %v4204, %v3135 : f32, !llvm.ptr
                  %v4205 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4063) : (f32) -> f32
                  %v4206 = arith.mulf %v336, %v4205 fastmath<contract> : f32
                  %v4207 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4206) : (f32) -> f32
                  llvm.store %v4207, %v55 : f32, !llvm.ptr
                  %v4208 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4084) : (f32) -> f32
                  %v4209 = arith.mulf %v336, %v4208 fastmath<contract> : f32
                  %v4210 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4209) : (f32) -> f32
                  llvm.store %v4210, %v56 : f32, !llvm.ptr
                }
                %v4211 = llvm.load %v3135 : !llvm.ptr -> f32
                %v4212 = arith.addi %v405, %v387 : i64
                %v4213 = arith.cmpi slt, %v1775, %v3146 : i32
                %v4214 = arith.cmpi eq, %v1775, %v3151 : i32
                %v4215 = arith.addi %v407, %v724 : i64
                llvm.store %v69, %v3135 : f32, !llvm.ptr
                scf.if %v4213 {
                  %v4216 = arith.addi %v168, %v4212 : i64
                  %v4217 = arith.muli %v33, %v198 : i64
                  %v4218 = arith.subi %v4216, %v168 : i64
                  %v4219 = arith.addi %v4217, %v4218 : i64
                  %v4220 = llvm.getelementptr %v64[%v4219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4221 = llvm.load %v4220 : !llvm.ptr -> f32
                  %v4222 = arith.muli %v47, %v347 : i64
                  %v4223 = arith.muli %v4216, %v346 : i64
                  %v4224 = arith.addi %v4222, %v4223 : i64
                  %v4225 = arith.muli %v45, %v345 : i64
                  %v4226 = arith.addi %v4224, %v4225 : i64
                  %v4227 = arith.muli %v43, %v2 : i64
                  %v4228 = arith.addi %v4226, %v4227 : i64
                  %v4229 = llvm.getelementptr %dy_o[%v4228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4230 = llvm.load %v4229 : !llvm.ptr -> f32
                  %v4231 = arith.mulf %v4221, %v4230 fastmath<contract> : f32
                  %v4232 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4233 = llvm.load %v55 : !llvm.ptr -> f32
                  %v4234 = arith.mulf %v4233, %v4232 fastmath<contract> : f32
                  %v4235 = arith.addf %v4231, %v4234 fastmath<contract> : f32
                  llvm.store %v4235, %v53 : f32, !llvm.ptr
                  %v4236 = arith.constant 8 : i64
                  %v4237 = arith.addi %v4236, %v33 : i64
                  %v4238 = arith.muli %v4237, %v198 : i64
                  %v4239 = arith.subi %v4216, %v168 : i64
                  %v4240 = arith.addi %v4238, %v4239 : i64
                  %v4241 = llvm.getelementptr %v64[%v4240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4242 = llvm.load %v4241 : !llvm.ptr -> f32
                  %v4243 = arith.mulf %v4242, %v4230 fastmath<contract> : f32
                  %v4244 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4245 = llvm.load %v56 : !llvm.ptr -> f32
                  %v4246 = arith.mulf %v4245, %v4244 fastmath<contract> : f32
                  %v4247 = arith.addf %v4243, %v4246 fastmath<contract> : f32
                  llvm.store %v4247, %v54 : f32, !llvm.ptr
                  scf.if %v4214 {
                  }
                  %v4248 = arith.mulf %v2819, %v4230 fastmath<contract> : f32
                  %v4249 = arith.mulf %v2844, %v4230 fastmath<contract> : f32
                  %v4250 = arith.muli %v47, %v347 : i64
                  %v4251 = arith.muli %v4216, %v346 : i64
                  %v4252 = arith.addi %v4250, %v4251 : i64
                  %v4253 = arith.muli %v45, %v345 : i64
                  %v4254 = arith.addi %v4252, %v4253 : i64
                  %v4255 = arith.muli %v43, %v2 : i64
                  %v4256 = arith.addi %v4254, %v4255 : i64
                  %v4257 = llvm.getelementptr %in_v[%v4256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4258 = llvm.load %v4257 : !llvm.ptr -> f32
                  %v4259 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4260 = arith.mulf %v4258, %v4259 fastmath<contract> : f32
                  %v4261 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4262 = arith.mulf %v4258, %v4261 fastmath<contract> : f32
                  %v4263 = arith.muli %v33, %v198 : i64
                  %v4264 = arith.subi %v4216, %v168 : i64
                  %v4265 = arith.addi %v4263, %v4264 : i64
                  %v4266 = llvm.getelementptr %v68[%v4265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4267 = llvm.load %v4266 : !llvm.ptr -> f32
                  %v4268 = arith.negf %v4267 : f32
                  %v4269 = arith.mulf %v4268, %v331 fastmath<contract> : f32
                  %v4270 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4269) : (f32) -> f32
                  %v4271 = arith.addf %v70, %v4270 fastmath<contract> : f32
                  %v4272 = arith.divf %v70, %v4271 : f32
                  %v4273 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4272) : (f32) -> f32
                  %v4274 = arith.mulf %v980, %v4273 fastmath<contract> : f32
                  %v4275 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4274) : (f32) -> f32
                  %v4276 = arith.mulf %v2761, %v4259 fastmath<contract> : f32
                  %v4277 = arith.mulf %v336, %v4276 fastmath<contract> : f32
                  %v4278 = arith.mulf %v4275, %v4277 fastmath<contract> : f32
                  %v4279 = arith.subf %v70, %v4272 fastmath<contract> : f32
                  %v4280 = arith.mulf %v4272, %v4279 fastmath<contract> : f32
                  %v4281 = arith.mulf %v4278, %v4280 fastmath<contract> : f32
                  %v4282 = arith.constant 8 : i64
                  %v4283 = arith.addi %v4282, %v33 : i64
                  %v4284 = arith.muli %v4283, %v198 : i64
                  %v4285 = arith.subi %v4216, %v168 : i64
                  %v4286 = arith.addi %v4284, %v4285 : i64
                  %v4287 = llvm.getelementptr %v68[%v4286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4288 = llvm.load %v4287 : !llvm.ptr -> f32
                  %v4289 = arith.negf %v4288 : f32
                  %v4290 = arith.mulf %v4289, %v331 fastmath<contract> : f32
                  %v4291 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4290) : (f32) -> f32
                  %v4292 = arith.addf %v70, %v4291 fastmath<contract> : f32
                  %v4293 = arith.divf %v70, %v4292 : f32
                  %v4294 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4293) : (f32) -> f32
                  %v4295 = arith.mulf %v980, %v4294 fastmath<contract> : f32
                  %v4296 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4295) : (f32) -> f32
                  %v4297 = arith.mulf %v2786, %v4261 fastmath<contract> : f32
                  %v4298 = arith.mulf %v336, %v4297 fastmath<contract> : f32
                  %v4299 = arith.mulf %v4296, %v4298 fastmath<contract> : f32
                  %v4300 = arith.subf %v70, %v4293 fastmath<contract> : f32
                  %v4301 = arith.mulf %v4293, %v4300 fastmath<contract> : f32
                  %v4302 = arith.mulf %v4299, %v4301 fastmath<contract> : f32
                  %v4303 = arith.select %v37, %v4248, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4304, %v4305 = gpu.shuffle xor %v4303, %v1012, %v321 : f32
                  %v4306 = arith.addf %v4303, %v4304 fastmath<contract> : f32
                  %v4307, %v4308 = gpu.shuffle xor %v4306, %v1016, %v321 : f32
                  %v4309 = arith.addf %v4306, %v4307 fastmath<contract> : f32
                  %v4310 = arith.divui %v18, %v20 : i64
                  %v4311 = arith.remui %v18, %v20 : i64
                  %v4312 = arith.cmpi ult, %v4311, %v32 : i64
                  %v4313 = arith.addi %v71, %v33 : i64
                  %v4314 = arith.muli %v4310, %v1 : i64
                  %v4315 = arith.addi %v4314, %v4313 : i64
                  %v4316 = arith.muli %v4315, %v1026 : i64
                  %v4317 = arith.addi %v4316, %v4215 : i64
                  scf.if %v4312 {
                    %v4318 = llvm.getelementptr %v58[%v4317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4309, %v4318 : f32, !llvm.ptr
                  }
                  %v4319 = arith.select %v37, %v4249, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4320, %v4321 = gpu.shuffle xor %v4319, %v1012, %v321 : f32
                  %v4322 = arith.addf %v4319, %v4320 fastmath<contract> : f32
                  %v4323, %v4324 = gpu.shuffle xor %v4322, %v1016, %v321 : f32
                  %v4325 = arith.addf %v4322, %v4323 fastmath<contract> : f32
                  %v4326 = arith.divui %v18, %v20 : i64
                  %v4327 = arith.remui %v18, %v20 : i64
                  %v4328 = arith.cmpi ult, %v4327, %v32 : i64
                  %v4329 = arith.addi %v32, %v33 : i64
                  %v4330 = arith.muli %v4326, %v1 : i64
                  %v4331 = arith.addi %v4330, %v4329 : i64
                  %v4332 = arith.muli %v4331, %v1026 : i64
                  %v4333 = arith.addi %v4332, %v4215 : i64
                  scf.if %v4328 {
                    %v4334 = llvm.getelementptr %v58[%v4333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4325, %v4334 : f32, !llvm.ptr
                  }
                  %v4335 = arith.select %v37, %v4260, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4336, %v4337 = gpu.shuffle xor %v4335, %v1012, %v321 : f32
                  %v4338 = arith.addf %v4335, %v4336 fastmath<contract> : f32
                  %v4339, %v4340 = gpu.shuffle xor %v4338, %v1016, %v321 : f32
                  %v4341 = arith.addf %v4338, %v4339 fastmath<contract> : f32
                  %v4342 = arith.divui %v18, %v20 : i64
                  %v4343 = arith.remui %v18, %v20 : i64
                  %v4344 = arith.cmpi ult, %v4343, %v32 : i64
                  %v4345 = arith.addi %v71, %v33 : i64
                  %v4346 = arith.muli %v4342, %v1 : i64
                  %v4347 = arith.addi %v4346, %v4345 : i64
                  %v4348 = arith.muli %v4347, %v1026 : i64
                  %v4349 = arith.addi %v4348, %v4215 : i64
                  scf.if %v4344 {
                    %v4350 = llvm.getelementptr %v60[%v4349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4341, %v4350 : f32, !llvm.ptr
                  }
                  %v4351 = arith.select %v37, %v4262, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4352, %v4353 = gpu.shuffle xor %v4351, %v1012, %v321 : f32
                  %v4354 = arith.addf %v4351, %v4352 fastmath<contract> : f32
                  %v4355, %v4356 = gpu.shuffle xor %v4354, %v1016, %v321 : f32
                  %v4357 = arith.addf %v4354, %v4355 fastmath<contract> : f32
                  %v4358 = arith.divui %v18, %v20 : i64
                  %v4359 = arith.remui %v18, %v20 : i64
                  %v4360 = arith.cmpi ult, %v4359, %v32 : i64
                  %v4361 = arith.addi %v32, %v33 : i64
                  %v4362 = arith.muli %v4358, %v1 : i64
                  %v4363 = arith.addi %v4362, %v4361 : i64
                  %v4364 = arith.muli %v4363, %v1026 : i64
                  %v4365 = arith.addi %v4364, %v4215 : i64
                  scf.if %v4360 {
                    %v4366 = llvm.getelementptr %v60[%v4365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4357, %v4366 : f32, !llvm.ptr
                  }
                  %v4367 = arith.select %v37, %v4281, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4368, %v4369 = gpu.shuffle xor %v4367, %v1012, %v321 : f32
                  %v4370 = arith.addf %v4367, %v4368 fastmath<contract> : f32
                  %v4371, %v4372 = gpu.shuffle xor %v4370, %v1016, %v321 : f32
                  %v4373 = arith.addf %v4370, %v4371 fastmath<contract> : f32
                  %v4374 = arith.divui %v18, %v20 : i64
                  %v4375 = arith.remui %v18, %v20 : i64
                  %v4376 = arith.cmpi ult, %v4375, %v32 : i64
                  %v4377 = arith.addi %v71, %v33 : i64
                  %v4378 = arith.muli %v4374, %v1 : i64
                  %v4379 = arith.addi %v4378, %v4377 : i64
                  %v4380 = arith.muli %v4379, %v1026 : i64
                  %v4381 = arith.addi %v4380, %v4215 : i64
                  scf.if %v4376 {
                    %v4382 = llvm.getelementptr %v62[%v4381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4373, %v4382 : f32, !llvm.ptr
                  }
                  %v4383 = arith.select %v37, %v4302, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4384, %v4385 = gpu.shuffle xor %v4383, %v1012, %v321 : f32
                  %v4386 = arith.addf %v4383, %v4384 fastmath<contract> : f32
                  %v4387, %v4388 = gpu.shuffle xor %v4386, %v1016, %v321 : f32
                  %v4389 = arith.addf %v4386, %v4387 fastmath<contract> : f32
                  %v4390 = arith.divui %v18, %v20 : i64
                  %v4391 = arith.remui %v18, %v20 : i64
                  %v4392 = arith.cmpi ult, %v4391, %v32 : i64
                  %v4393 = arith.addi %v32, %v33 : i64
                  %v4394 = arith.muli %v4390, %v1 : i64
                  %v4395 = arith.addi %v4394, %v4393 : i64
                  %v4396 = arith.muli %v4395, %v1026 : i64
                  %v4397 = arith.addi %v4396, %v4215 : i64
                  scf.if %v4392 {
                    %v4398 = llvm.getelementptr %v62[%v4397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4389, %v4398 : f32, !llvm.ptr
                  }
                  %v4399 = arith.muli %v33, %v198 : i64
                  %v4400 = arith.subi %v4216, %v168 : i64
                  %v4401 = arith.addi %v4399, %v4400 : i64
                  %v4402 = llvm.getelementptr %v66[%v4401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4403 = llvm.load %v4402 : !llvm.ptr -> f32
                  %v4404 = arith.mulf %v4403, %v4259 fastmath<contract> : f32
                  %v4405 = arith.constant 8 : i64
                  %v4406 = arith.addi %v4405, %v33 : i64
                  %v4407 = arith.muli %v4406, %v198 : i64
                  %v4408 = arith.subi %v4216, %v168 : i64
                  %v4409 = arith.addi %v4407, %v4408 : i64
                  %v4410 = llvm.getelementptr %v66[%v4409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4411 = llvm.load %v4410 : !llvm.ptr -> f32
                  %v4412 = arith.mulf %v4411, %v4261 fastmath<contract> : f32
                  %v4413 = arith.addf %v4404, %v4412 fastmath<contract> : f32
                  llvm.store %v4413, %v3135 : f32, !llvm.ptr
                  %v4414 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4272) : (f32) -> f32
                  %v4415 = arith.mulf %v336, %v4414 fastmath<contract> : f32
                  %v4416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4415) : (f32) -> f32
                  llvm.store %v4416, %v55 : f32, !llvm.ptr
                  %v4417 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4293) : (f32) -> f32
                  %v4418 = arith.mulf %v336, %v4417 fastmath<contract> : f32
                  %v4419 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4418) : (f32) -> f32
                  llvm.store %v4419, %v56 : f32, !llvm.ptr
                }
                %v4420 = llvm.load %v3135 : !llvm.ptr -> f32
                %v4421 = arith.select %v3138, %v4420, %v4211 : f32
                %v4422 = arith.select %v3138, %v4211, %v4420 : f32
                %v4423, %v4424 = gpu.shuffle xor %v4421, %v1344, %v321 : f32
                %v4425 = arith.addf %v4422, %v4423 fastmath<contract> : f32
                %v4426 = arith.addi %v405, %v2 : i64
                %v4427 = arith.cmpi slt, %v1344, %v3146 : i32
                %v4428 = arith.cmpi eq, %v1344, %v3151 : i32
                %v4429 = arith.addi %v407, %v783 : i64
                llvm.store %v69, %v3135 : f32, !llvm.ptr
                scf.if %v4427 {
                  %v4430 = arith.addi %v168, %v4426 : i64
                  %v4431 = arith.muli %v33, %v198 : i64
                  %v4432 = arith.subi %v4430, %v168 : i64
                  %v4433 = arith.addi %v4431, %v4432 : i64
                  %v4434 = llvm.getelementptr %v64[%v4433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4435 = llvm.load %v4434 : !llvm.ptr -> f32
                  %v4436 = arith.muli %v47, %v347 : i64
                  %v4437 = arith.muli %v4430, %v346 : i64
                  %v4438 = arith.addi %v4436, %v4437 : i64
                  %v4439 = arith.muli %v45, %v345 : i64
                  %v4440 = arith.addi %v4438, %v4439 : i64
                  %v4441 = arith.muli %v43, %v2 : i64
                  %v4442 = arith.addi %v4440, %v4441 : i64
                  %v4443 = llvm.getelementptr %dy_o[%v4442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4444 = llvm.load %v4443 : !llvm.ptr -> f32
                  %v4445 = arith.mulf %v4435, %v4444 fastmath<contract> : f32
                  %v4446 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4447 = llvm.load %v55 : !llvm.ptr -> f32
                  %v4448 = arith.mulf %v4447, %v4446 fastmath<contract> : f32
                  %v4449 = arith.addf %v4445, %v4448 fastmath<contract> : f32
                  llvm.store %v4449, %v53 : f32, !llvm.ptr
                  %v4450 = arith.constant 8 : i64
                  %v4451 = arith.addi %v4450, %v33 : i64
                  %v4452 = arith.muli %v4451, %v198 : i64
                  %v4453 = arith.subi %v4430, %v168 : i64
                  %v4454 = arith.addi %v4452, %v4453 : i64
                  %v4455 = llvm.getelementptr %v64[%v4454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4456 = llvm.load %v4455 : !llvm.ptr -> f32
                  %v4457 = arith.mulf %v4456, %v4444 fastmath<contract> : f32
                  %v4458 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4459 = llvm.load %v56 : !llvm.ptr -> f32
                  %v4460 = arith.mulf %v4459, %v4458 fastmath<contract> : f32
                  %v4461 = arith.addf %v4457, %v4460 fastmath<contract> : f32
                  llvm.store %v4461, %v54 : f32, !llvm.ptr
                  scf.if %v4428 {
                  }
                  %v4462 = arith.mulf %v2761, %v4444 fastmath<contract> : f32
                  %v4463 = arith.mulf %v2786, %v4444 fastmath<contract> : f32
                  %v4464 = arith.muli %v47, %v347 : i64
                  %v4465 = arith.muli %v4430, %v346 : i64
                  %v4466 = arith.addi %v4464, %v4465 : i64
                  %v4467 = arith.muli %v45, %v345 : i64
                  %v4468 = arith.addi %v4466, %v4467 : i64
                  %v4469 = arith.muli %v43, %v2 : i64
                  %v4470 = arith.addi %v4468, %v4469 : i64
                  %v4471 = llvm.getelementptr %in_v[%v4470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4472 = llvm.load %v4471 : !llvm.ptr -> f32
                  %v4473 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4474 = arith.mulf %v4472, %v4473 fastmath<contract> : f32
                  %v4475 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4476 = arith.mulf %v4472, %v4475 fastmath<contract> : f32
                  %v4477 = arith.muli %v33, %v198 : i64
                  %v4478 = arith.subi %v4430, %v168 : i64
                  %v4479 = arith.addi %v4477, %v4478 : i64
                  %v4480 = llvm.getelementptr %v68[%v4479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4481 = llvm.load %v4480 : !llvm.ptr -> f32
                  %v4482 = arith.negf %v4481 : f32
                  %v4483 = arith.mulf %v4482, %v331 fastmath<contract> : f32
                  %v4484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4483) : (f32) -> f32
                  %v4485 = arith.addf %v70, %v4484 fastmath<contract> : f32
                  %v4486 = arith.divf %v70, %v4485 : f32
                  %v4487 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4486) : (f32) -> f32
                  %v4488 = arith.mulf %v980, %v4487 fastmath<contract> : f32
                  %v4489 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4488) : (f32) -> f32
                  %v4490 = arith.mulf %v2703, %v4473 fastmath<contract> : f32
                  %v4491 = arith.mulf %v336, %v4490 fastmath<contract> : f32
                  %v4492 = arith.mulf %v4489, %v4491 fastmath<contract> : f32
                  %v4493 = arith.subf %v70, %v4486 fastmath<contract> : f32
                  %v4494 = arith.mulf %v4486, %v4493 fastmath<contract> : f32
                  %v4495 = arith.mulf %v4492, %v4494 fastmath<contract> : f32
                  %v4496 = arith.constant 8 : i64
                  %v4497 = arith.addi %v4496, %v33 : i64
                  %v4498 = arith.muli %v4497, %v198 : i64
                  %v4499 = arith.subi %v4430, %v168 : i64
                  %v4500 = arith.addi %v4498, %v4499 : i64
                  %v4501 = llvm.getelementptr %v68[%v4500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4502 = llvm.load %v4501 : !llvm.ptr -> f32
                  %v4503 = arith.negf %v4502 : f32
                  %v4504 = arith.mulf %v4503, %v331 fastmath<contract> : f32
                  %v4505 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4504) : (f32) -> f32
                  %v4506 = arith.addf %v70, %v4505 fastmath<contract> : f32
                  %v4507 = arith.divf %v70, %v4506 : f32
                  %v4508 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4507) : (f32) -> f32
                  %v4509 = arith.mulf %v980, %v4508 fastmath<contract> : f32
                  %v4510 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4509) : (f32) -> f32
                  %v4511 = arith.mulf %v2728, %v4475 fastmath<contract> : f32
                  %v4512 = arith.mulf %v336, %v4511 fastmath<contract> : f32
                  %v4513 = arith.mulf %v4510, %v4512 fastmath<contract> : f32
                  %v4514 = arith.subf %v70, %v4507 fastmath<contract> : f32
                  %v4515 = arith.mulf %v4507, %v4514 fastmath<contract> : f32
                  %v4516 = arith.mulf %v4513, %v4515 fastmath<contract> : f32
                  %v4517 = arith.select %v37, %v4462, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4518, %v4519 = gpu.shuffle xor %v4517, %v1012, %v321 : f32
                  %v4520 = arith.addf %v4517, %v4518 fastmath<contract> : f32
                  %v4521, %v4522 = gpu.shuffle xor %v4520, %v1016, %v321 : f32
                  %v4523 = arith.addf %v4520, %v4521 fastmath<contract> : f32
                  %v4524 = arith.divui %v18, %v20 : i64
                  %v4525 = arith.remui %v18, %v20 : i64
                  %v4526 = arith.cmpi ult, %v4525, %v32 : i64
                  %v4527 = arith.addi %v71, %v33 : i64
                  %v4528 = arith.muli %v4524, %v1 : i64
                  %v4529 = arith.addi %v4528, %v4527 : i64
                  %v4530 = arith.muli %v4529, %v1026 : i64
                  %v4531 = arith.addi %v4530, %v4429 : i64
                  scf.if %v4526 {
                    %v4532 = llvm.getelementptr %v58[%v4531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4523, %v4532 : f32, !llvm.ptr
                  }
                  %v4533 = arith.select %v37, %v4463, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4534, %v4535 = gpu.shuffle xor %v4533, %v1012, %v321 : f32
                  %v4536 = arith.addf %v4533, %v4534 fastmath<contract> : f32
                  %v4537, %v4538 = gpu.shuffle xor %v4536, %v1016, %v321 : f32
                  %v4539 = arith.addf %v4536, %v4537 fastmath<contract> : f32
                  %v4540 = arith.divui %v18, %v20 : i64
                  %v4541 = arith.remui %v18, %v20 : i64
                  %v4542 = arith.cmpi ult, %v4541, %v32 : i64
                  %v4543 = arith.addi %v32, %v33 : i64
                  %v4544 = arith.muli %v4540, %v1 : i64
                  %v4545 = arith.addi %v4544, %v4543 : i64
                  %v4546 = arith.muli %v4545, %v1026 : i64
                  %v4547 = arith.addi %v4546, %v4429 : i64
                  scf.if %v4542 {
                    %v4548 = llvm.getelementptr %v58[%v4547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4539, %v4548 : f32, !llvm.ptr
                  }
                  %v4549 = arith.select %v37, %v4474, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4550, %v4551 = gpu.shuffle xor %v4549, %v1012, %v321 : f32
                  %v4552 = arith.addf %v4549, %v4550 fastmath<contract> : f32
                  %v4553, %v4554 = gpu.shuffle xor %v4552, %v1016, %v321 : f32
                  %v4555 = arith.addf %v4552, %v4553 fastmath<contract> : f32
                  %v4556 = arith.divui %v18, %v20 : i64
                  %v4557 = arith.remui %v18, %v20 : i64
                  %v4558 = arith.cmpi ult, %v4557, %v32 : i64
                  %v4559 = arith.addi %v71, %v33 : i64
                  %v4560 = arith.muli %v4556, %v1 : i64
                  %v4561 = arith.addi %v4560, %v4559 : i64
                  %v4562 = arith.muli %v4561, %v1026 : i64
                  %v4563 = arith.addi %v4562, %v4429 : i64
                  scf.if %v4558 {
                    %v4564 = llvm.getelementptr %v60[%v4563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4555, %v4564 : f32, !llvm.ptr
                  }
                  %v4565 = arith.select %v37, %v4476, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4566, %v4567 = gpu.shuffle xor %v4565, %v1012, %v321 : f32
                  %v4568 = arith.addf %v4565, %v4566 fastmath<contract> : f32
                  %v4569, %v4570 = gpu.shuffle xor %v4568, %v1016, %v321 : f32
                  %v4571 = arith.addf %v4568, %v4569 fastmath<contract> : f32
                  %v4572 = arith.divui %v18, %v20 : i64
                  %v4573 = arith.remui %v18, %v20 : i64
                  %v4574 = arith.cmpi ult, %v4573, %v32 : i64
                  %v4575 = arith.addi %v32, %v33 : i64
                  %v4576 = arith.muli %v4572, %v1 : i64
                  %v4577 = arith.addi %v4576, %v4575 : i64
                  %v4578 = arith.muli %v4577, %v1026 : i64
                  %v4579 = arith.addi %v4578, %v4429 : i64
                  scf.if %v4574 {
                    %v4580 = llvm.getelementptr %v60[%v4579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4571, %v4580 : f32, !llvm.ptr
                  }
                  %v4581 = arith.select %v37, %v4495, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4582, %v4583 = gpu.shuffle xor %v4581, %v1012, %v321 : f32
                  %v4584 = arith.addf %v4581, %v4582 fastmath<contract> : f32
                  %v4585, %v4586 = gpu.shuffle xor %v4584, %v1016, %v321 : f32
                  %v4587 = arith.addf %v4584, %v4585 fastmath<contract> : f32
                  %v4588 = arith.divui %v18, %v20 : i64
                  %v4589 = arith.remui %v18, %v20 : i64
                  %v4590 = arith.cmpi ult, %v4589, %v32 : i64
                  %v4591 = arith.addi %v71, %v33 : i64
                  %v4592 = arith.muli %v4588, %v1 : i64
                  %v4593 = arith.addi %v4592, %v4591 : i64
                  %v4594 = arith.muli %v4593, %v1026 : i64
                  %v4595 = arith.addi %v4594, %v4429 : i64
                  scf.if %v4590 {
                    %v4596 = llvm.getelementptr %v62[%v4595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4587, %v4596 : f32, !llvm.ptr
                  }
                  %v4597 = arith.select %v37, %v4516, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4598, %v4599 = gpu.shuffle xor %v4597, %v1012, %v321 : f32
                  %v4600 = arith.addf %v4597, %v4598 fastmath<contract> : f32
                  %v4601, %v4602 = gpu.shuffle xor %v4600, %v1016, %v321 : f32
                  %v4603 = arith.addf %v4600, %v4601 fastmath<contract> : f32
                  %v4604 = arith.divui %v18, %v20 : i64
                  %v4605 = arith.remui %v18, %v20 : i64
                  %v4606 = arith.cmpi ult, %v4605, %v32 : i64
                  %v4607 = arith.addi %v32, %v33 : i64
                  %v4608 = arith.muli %v4604, %v1 : i64
                  %v4609 = arith.addi %v4608, %v4607 : i64
                  %v4610 = arith.muli %v4609, %v1026 : i64
                  %v4611 = arith.addi %v4610, %v4429 : i64
                  scf.if %v4606 {
                    %v4612 = llvm.getelementptr %v62[%v4611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4603, %v4612 : f32, !llvm.ptr
                  }
                  %v4613 = arith.muli %v33, %v198 : i64
                  %v4614 = arith.subi %v4430, %v168 : i64
                  %v4615 = arith.addi %v4613, %v4614 : i64
                  %v4616 = llvm.getelementptr %v66[%v4615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4617 = llvm.load %v4616 : !llvm.ptr -> f32
                  %v4618 = arith.mulf %v4617, %v4473 fastmath<contract> : f32
                  %v4619 = arith.constant 8 : i64
                  %v4620 = arith.addi %v4619, %v33 : i64
                  %v4621 = arith.muli %v4620, %v198 : i64
                  %v4622 = arith.subi %v4430, %v168 : i64
                  %v4623 = arith.addi %v4621, %v4622 : i64
                  %v4624 = llvm.getelementptr %v66[%v4623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4625 = llvm.load %v4624 : !llvm.ptr -> f32
                  %v4626 = arith.mulf %v4625, %v4475 fastmath<contract> : f32
                  %v4627 = arith.addf %v4618, %v4626 fastmath<contract> : f32
                  llvm.store %v4627, %v3135 : f32, !llvm.ptr
                  %v4628 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4486) : (f32) -> f32
                  %v4629 = arith.mulf %v336, %v4628 fastmath<contract> : f32
                  %v4630 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4629) : (f32) -> f32
                  llvm.store %v4630, %v55 : f32, !llvm.ptr
                  %v4631 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4507) : (f32) -> f32
                  %v4632 = arith.mulf %v336, %v4631 fastmath<contract> : f32
                  %v4633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4632) : (f32) -> f32
                  llvm.store %v4633, %v56 : f32, !llvm.ptr
                }
                %v4634 = llvm.load %v3135 : !llvm.ptr -> f32
                %v4635 = arith.addi %v405, %v71 : i64
                %v4636 = arith.cmpi slt, %v2413, %v3146 : i32
                %v4637 = arith.cmpi eq, %v2413, %v3151 : i32
                %v4638 = arith.addi %v407, %v118 : i64
                llvm.store %v69, %v3135 : f32, !llvm.ptr
                scf.if %v4636 {
                  %v4639 = arith.addi %v168, %v4635 : i64
                  %v4640 = arith.muli %v33, %v198 : i64
                  %v4641 = arith.subi %v4639, %v168 : i64
                  %v4642 = arith.addi %v4640, %v4641 : i64
                  %v4643 = llvm.getelementptr %v64[%v4642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4644 = llvm.load %v4643 : !llvm.ptr -> f32
                  %v4645 = arith.muli %v47, %v347 : i64
                  %v4646 = arith.muli %v4639, %v346 : i64
                  %v4647 = arith.addi %v4645, %v4646 : i64
                  %v4648 = arith.muli %v45, %v345 : i64
                  %v4649 = arith.addi %v4647, %v4648 : i64
                  %v4650 = arith.muli %v43, %v2 : i64
                  %v4651 = arith.addi %v4649, %v4650 : i64
                  %v4652 = llvm.getelementptr %dy_o[%v4651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4653 = llvm.load %v4652 : !llvm.ptr -> f32
                  %v4654 = arith.mulf %v4644, %v4653 fastmath<contract> : f32
                  %v4655 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4656 = llvm.load %v55 : !llvm.ptr -> f32
                  %v4657 = arith.mulf %v4656, %v4655 fastmath<contract> : f32
                  %v4658 = arith.addf %v4654, %v4657 fastmath<contract> : f32
                  llvm.store %v4658, %v53 : f32, !llvm.ptr
                  %v4659 = arith.constant 8 : i64
                  %v4660 = arith.addi %v4659, %v33 : i64
                  %v4661 = arith.muli %v4660, %v198 : i64
                  %v4662 = arith.subi %v4639, %v168 : i64
                  %v4663 = arith.addi %v4661, %v4662 : i64
                  %v4664 = llvm.getelementptr %v64[%v4663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4665 = llvm.load %v4664 : !llvm.ptr -> f32
                  %v4666 = arith.mulf %v4665, %v4653 fastmath<contract> : f32
                  %v4667 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4668 = llvm.load %v56 : !llvm.ptr -> f32
                  %v4669 = arith.mulf %v4668, %v4667 fastmath<contract> : f32
                  %v4670 = arith.addf %v4666, %v4669 fastmath<contract> : f32
                  llvm.store %v4670, %v54 : f32, !llvm.ptr
                  scf.if %v4637 {
                  }
                  %v4671 = arith.mulf %v2703, %v4653 fastmath<contract> : f32
                  %v4672 = arith.mulf %v2728, %v4653 fastmath<contract> : f32
                  %v4673 = arith.muli %v47, %v347 : i64
                  %v4674 = arith.muli %v4639, %v346 : i64
                  %v4675 = arith.addi %v4673, %v4674 : i64
                  %v4676 = arith.muli %v45, %v345 : i64
                  %v4677 = arith.addi %v4675, %v4676 : i64
                  %v4678 = arith.muli %v43, %v2 : i64
                  %v4679 = arith.addi %v4677, %v4678 : i64
                  %v4680 = llvm.getelementptr %in_v[%v4679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4681 = llvm.load %v4680 : !llvm.ptr -> f32
                  %v4682 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4683 = arith.mulf %v4681, %v4682 fastmath<contract> : f32
                  %v4684 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4685 = arith.mulf %v4681, %v4684 fastmath<contract> : f32
                  %v4686 = arith.muli %v33, %v198 : i64
                  %v4687 = arith.subi %v4639, %v168 : i64
                  %v4688 = arith.addi %v4686, %v4687 : i64
                  %v4689 = llvm.getelementptr %v68[%v4688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4690 = llvm.load %v4689 : !llvm.ptr -> f32
                  %v4691 = arith.negf %v4690 : f32
                  %v4692 = arith.mulf %v4691, %v331 fastmath<contract> : f32
                  %v4693 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4692) : (f32) -> f32
                  %v4694 = arith.addf %v70, %v4693 fastmath<contract> : f32
                  %v4695 = arith.divf %v70, %v4694 : f32
                  %v4696 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4695) : (f32) -> f32
                  %v4697 = arith.mulf %v980, %v4696 fastmath<contract> : f32
                  %v4698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4697) : (f32) -> f32
                  %v4699 = arith.mulf %v2658, %v4682 fastmath<contract> : f32
                  %v4700 = arith.mulf %v336, %v4699 fastmath<contract> : f32
                  %v4701 = arith.mulf %v4698, %v4700 fastmath<contract> : f32
                  %v4702 = arith.subf %v70, %v4695 fastmath<contract> : f32
                  %v4703 = arith.mulf %v4695, %v4702 fastmath<contract> : f32
                  %v4704 = arith.mulf %v4701, %v4703 fastmath<contract> : f32
                  %v4705 = arith.constant 8 : i64
                  %v4706 = arith.addi %v4705, %v33 : i64
                  %v4707 = arith.muli %v4706, %v198 : i64
                  %v4708 = arith.subi %v4639, %v168 : i64
                  %v4709 = arith.addi %v4707, %v4708 : i64
                  %v4710 = llvm.getelementptr %v68[%v4709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4711 = llvm.load %v4710 : !llvm.ptr -> f32
                  %v4712 = arith.negf %v4711 : f32
                  %v4713 = arith.mulf %v4712, %v331 fastmath<contract> : f32
                  %v4714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4713) : (f32) -> f32
                  %v4715 = arith.addf %v70, %v4714 fastmath<contract> : f32
                  %v4716 = arith.divf %v70, %v4715 : f32
                  %v4717 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4716) : (f32) -> f32
                  %v4718 = arith.mulf %v980, %v4717 fastmath<contract> : f32
                  %v4719 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4718) : (f32) -> f32
                  %v4720 = arith.mulf %v2667, %v4684 fastmath<contract> : f32
                  %v4721 = arith.mulf %v336, %v4720 fastmath<contract> : f32
                  %v4722 = arith.mulf %v4719, %v4721 fastmath<contract> : f32
                  %v4723 = arith.subf %v70, %v4716 fastmath<contract> : f32
                  %v4724 = arith.mulf %v4716, %v4723 fastmath<contract> : f32
                  %v4725 = arith.mulf %v4722, %v4724 fastmath<contract> : f32
                  %v4726 = arith.select %v37, %v4671, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4727, %v4728 = gpu.shuffle xor %v4726, %v1012, %v321 : f32
                  %v4729 = arith.addf %v4726, %v4727 fastmath<contract> : f32
                  %v4730, %v4731 = gpu.shuffle xor %v4729, %v1016, %v321 : f32
                  %v4732 = arith.addf %v4729, %v4730 fastmath<contract> : f32
                  %v4733 = arith.divui %v18, %v20 : i64
                  %v4734 = arith.remui %v18, %v20 : i64
                  %v4735 = arith.cmpi ult, %v4734, %v32 : i64
                  %v4736 = arith.addi %v71, %v33 : i64
                  %v4737 = arith.muli %v4733, %v1 : i64
                  %v4738 = arith.addi %v4737, %v4736 : i64
                  %v4739 = arith.muli %v4738, %v1026 : i64
                  %v4740 = arith.addi %v4739, %v4638 : i64
                  scf.if %v4735 {
                    %v4741 = llvm.getelementptr %v58[%v4740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4732, %v4741 : f32, !llvm.ptr
                  }
                  %v4742 = arith.select %v37, %v4672, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4743, %v4744 = gpu.shuffle xor %v4742, %v1012, %v321 : f32
                  %v4745 = arith.addf %v4742, %v4743 fastmath<contract> : f32
                  %v4746, %v4747 = gpu.shuffle xor %v4745, %v1016, %v321 : f32
                  %v4748 = arith.addf %v4745, %v4746 fastmath<contract> : f32
                  %v4749 = arith.divui %v18, %v20 : i64
                  %v4750 = arith.remui %v18, %v20 : i64
                  %v4751 = arith.cmpi ult, %v4750, %v32 : i64
                  %v4752 = arith.addi %v32, %v33 : i64
                  %v4753 = arith.muli %v4749, %v1 : i64
                  %v4754 = arith.addi %v4753, %v4752 : i64
                  %v4755 = arith.muli %v4754, %v1026 : i64
                  %v4756 = arith.addi %v4755, %v4638 : i64
                  scf.if %v4751 {
                    %v4757 = llvm.getelementptr %v58[%v4756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4748, %v4757 : f32, !llvm.ptr
                  }
                  %v4758 = arith.select %v37, %v4683, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4759, %v4760 = gpu.shuffle xor %v4758, %v1012, %v321 : f32
                  %v4761 = arith.addf %v4758, %v4759 fastmath<contract> : f32
                  %v4762, %v4763 = gpu.shuffle xor %v4761, %v1016, %v321 : f32
                  %v4764 = arith.addf %v4761, %v4762 fastmath<contract> : f32
                  %v4765 = arith.divui %v18, %v20 : i64
                  %v4766 = arith.remui %v18, %v20 : i64
                  %v4767 = arith.cmpi ult, %v4766, %v32 : i64
                  %v4768 = arith.addi %v71, %v33 : i64
                  %v4769 = arith.muli %v4765, %v1 : i64
                  %v4770 = arith.addi %v4769, %v4768 : i64
                  %v4771 = arith.muli %v4770, %v1026 : i64
                  %v4772 = arith.addi %v4771, %v4638 : i64
                  scf.if %v4767 {
                    %v4773 = llvm.getelementptr %v60[%v4772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4764, %v4773 : f32, !llvm.ptr
                  }
                  %v4774 = arith.select %v37, %v4685, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4775, %v4776 = gpu.shuffle xor %v4774, %v1012, %v321 : f32
                  %v4777 = arith.addf %v4774, %v4775 fastmath<contract> : f32
                  %v4778, %v4779 = gpu.shuffle xor %v4777, %v1016, %v321 : f32
                  %v4780 = arith.addf %v4777, %v4778 fastmath<contract> : f32
                  %v4781 = arith.divui %v18, %v20 : i64
                  %v4782 = arith.remui %v18, %v20 : i64
                  %v4783 = arith.cmpi ult, %v4782, %v32 : i64
                  %v4784 = arith.addi %v32, %v33 : i64
                  %v4785 = arith.muli %v4781, %v1 : i64
                  %v4786 = arith.addi %v4785, %v4784 : i64
                  %v4787 = arith.muli %v4786, %v1026 : i64
                  %v4788 = arith.addi %v4787, %v4638 : i64
                  scf.if %v4783 {
                    %v4789 = llvm.getelementptr %v60[%v4788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4780, %v4789 : f32, !llvm.ptr
                  }
                  %v4790 = arith.select %v37, %v4704, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4791, %v4792 = gpu.shuffle xor %v4790, %v1012, %v321 : f32
                  %v4793 = arith.addf %v4790, %v4791 fastmath<contract> : f32
                  %v4794, %v4795 = gpu.shuffle xor %v4793, %v1016, %v321 : f32
                  %v4796 = arith.addf %v4793, %v4794 fastmath<contract> : f32
                  %v4797 = arith.divui %v18, %v20 : i64
                  %v4798 = arith.remui %v18, %v20 : i64
                  %v4799 = arith.cmpi ult, %v4798, %v32 : i64
                  %v4800 = arith.addi %v71, %v33 : i64
                  %v4801 = arith.muli %v4797, %v1 : i64
                  %v4802 = arith.addi %v4801, %v4800 : i64
                  %v4803 = arith.muli %v4802, %v1026 : i64
                  %v4804 = arith.addi %v4803, %v4638 : i64
                  scf.if %v4799 {
                    %v4805 = llvm.getelementptr %v62[%v4804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4796, %v4805 : f32, !llvm.ptr
                  }
                  %v4806 = arith.select %v37, %v4725, %v69 : f32
                  // sum over the warp's outer points: shuffles
                  %v4807, %v4808 = gpu.shuffle xor %v4806, %v1012, %v321 : f32
                  %v4809 = arith.addf %v4806, %v4807 fastmath<contract> : f32
                  %v4810, %v4811 = gpu.shuffle xor %v4809, %v1016, %v321 : f32
                  %v4812 = arith.addf %v4809, %v4810 fastmath<contract> : f32
                  %v4813 = arith.divui %v18, %v20 : i64
                  %v4814 = arith.remui %v18, %v20 : i64
                  %v4815 = arith.cmpi ult, %v4814, %v32 : i64
                  %v4816 = arith.addi %v32, %v33 : i64
                  %v4817 = arith.muli %v4813, %v1 : i64
                  %v4818 = arith.addi %v4817, %v4816 : i64
                  %v4819 = arith.muli %v4818, %v1026 : i64
                  %v4820 = arith.addi %v4819, %v4638 : i64
                  scf.if %v4815 {
                    %v4821 = llvm.getelementptr %v62[%v4820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4812, %v4821 : f32, !llvm.ptr
                  }
                  %v4822 = arith.muli %v33, %v198 : i64
                  %v4823 = arith.subi %v4639, %v168 : i64
                  %v4824 = arith.addi %v4822, %v4823 : i64
                  %v4825 = llvm.getelementptr %v66[%v4824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4826 = llvm.load %v4825 : !llvm.ptr -> f32
                  %v4827 = arith.mulf %v4826, %v4682 fastmath<contract> : f32
                  %v4828 = arith.constant 8 : i64
                  %v4829 = arith.addi %v4828, %v33 : i64
                  %v4830 = arith.muli %v4829, %v198 : i64
                  %v4831 = arith.subi %v4639, %v168 : i64
                  %v4832 = arith.addi %v4830, %v4831 : i64
                  %v4833 = llvm.getelementptr %v66[%v4832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4834 = llvm.load %v4833 : !llvm.ptr -> f32
                  %v4835 = arith.mulf %v4834, %v4684 fastmath<contract> : f32
                  %v4836 = arith.addf %v4827, %v4835 fastmath<contract> : f32
                  llvm.store %v4836, %v3135 : f32, !llvm.ptr
                  %v4837 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4695) : (f32) -> f32
                  %v4838 = arith.mulf %v336, %v4837 fastmath<contract> : f32
                  %v4839 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4838) : (f32) -> f32
                  llvm.store %v4839, %v55 : f32, !llvm.ptr
                  %v4840 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4716) : (f32) -> f32
                  %v4841 = arith.mulf %v336, %v4840 fastmath<contract> : f32
                  %v4842 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4841) : (f32) -> f32
                  llvm.store %v4842, %v56 : f32, !llvm.ptr
                }
                %v4843 = llvm.load %v3135 : !llvm.ptr -> f32
                %v4844 = arith.select %v3138, %v4843, %v4634 : f32
                %v4845 = arith.select %v3138, %v4634, %v4843 : f32
                %v4846, %v4847 = gpu.shuffle xor %v4844, %v1344, %v321 : f32
                %v4848 = arith.addf %v4845, %v4846 fastmath<contract> : f32
                %v4849 = arith.select %v3141, %v4848, %v4425 : f32
                %v4850 = arith.select %v3141, %v4425, %v4848 : f32
                %v4851, %v4852 = gpu.shuffle xor %v4849, %v1775, %v321 : f32
                %v4853 = arith.addf %v4850, %v4851 fastmath<contract> : f32
                %v4854 = arith.select %v3144, %v4853, %v4002 : f32
                %v4855 = arith.select %v3144, %v4002, %v4853 : f32
                %v4856, %v4857 = gpu.shuffle xor %v4854, %v1559, %v321 : f32
                %v4858 = arith.addf %v4855, %v4856 fastmath<contract> : f32
                %v4859 = arith.addi %v405, %v33 : i64
                %v4860 = arith.cmpi slt, %v4859, %v170 : i64
                %v4861 = arith.andi %v37, %v4860 : i1
                scf.if %v4861 {
                  %v4862 = arith.addi %v168, %v4859 : i64
                  // the gradients of this lane's own step
                  %v4863 = arith.muli %v47, %v347 : i64
                  %v4864 = arith.muli %v4862, %v346 : i64
                  %v4865 = arith.addi %v4863, %v4864 : i64
                  %v4866 = arith.muli %v45, %v345 : i64
                  %v4867 = arith.addi %v4865, %v4866 : i64
                  %v4868 = arith.muli %v43, %v2 : i64
                  %v4869 = arith.addi %v4867, %v4868 : i64
                  %v4870 = llvm.getelementptr %dx_v[%v4869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v4858, %v4870 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v4871 = arith.index_cast %v18 : i64 to index
          %v4872 = arith.index_cast %v8 : i64 to index
          %v4873 = arith.index_cast %v8 : i64 to index
          scf.for %v4874 = %v4871 to %v4872 step %v4873 {
            %v4875 = arith.index_cast %v4874 : index to i64
            %v4880 = arith.remui %v4875, %v1 : i64
            %v4881 = arith.divui %v4875, %v1 : i64
            %v4882 = arith.muli %v394, %v387 : i64
            %v4883 = arith.divui %v4880, %v32 : i64
            %v4884 = arith.addi %v4882, %v4883 : i64
            %v4885 = arith.cmpi slt, %v4884, %v172 : i64
            %v4886 = arith.subi %v172, %v2 : i64
            %v4887 = arith.subi %v4886, %v4884 : i64
            %v4888 = arith.remui %v4880, %v32 : i64
            %v4889 = arith.subi %v118, %v4888 : i64
            %v4890 = arith.muli %v4887, %v32 : i64
            %v4891 = arith.addi %v4890, %v4889 : i64
            %v4892 = arith.cmpi slt, %v4891, %v170 : i64
            %v4893 = arith.andi %v4885, %v4892 : i1
            scf.if %v4893 {
              %v4894 = arith.addi %v168, %v4891 : i64
              %v4895 = arith.remui %v4875, %v1 : i64
              %v4896 = arith.divui %v4875, %v1 : i64
              %v4897 = arith.muli %v71, %v1 : i64
              %v4898 = arith.addi %v4897, %v4896 : i64
              %v4899 = arith.muli %v4898, %v1026 : i64
              %v4900 = arith.addi %v4899, %v4895 : i64
              %v4901 = llvm.getelementptr %v58[%v4900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4902 = llvm.load %v4901 : !llvm.ptr -> f32
              %v4903 = arith.muli %v2, %v1 : i64
              %v4904 = arith.addi %v4903, %v4896 : i64
              %v4905 = arith.muli %v4904, %v1026 : i64
              %v4906 = arith.addi %v4905, %v4895 : i64
              %v4907 = llvm.getelementptr %v58[%v4906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4908 = llvm.load %v4907 : !llvm.ptr -> f32
              %v4909 = arith.addf %v4902, %v4908 fastmath<contract> : f32
              %v4910 = arith.muli %v387, %v1 : i64
              %v4911 = arith.addi %v4910, %v4896 : i64
              %v4912 = arith.muli %v4911, %v1026 : i64
              %v4913 = arith.addi %v4912, %v4895 : i64
              %v4914 = llvm.getelementptr %v58[%v4913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4915 = llvm.load %v4914 : !llvm.ptr -> f32
              %v4916 = arith.addf %v4909, %v4915 fastmath<contract> : f32
              %v4917 = arith.muli %v607, %v1 : i64
              %v4918 = arith.addi %v4917, %v4896 : i64
              %v4919 = arith.muli %v4918, %v1026 : i64
              %v4920 = arith.addi %v4919, %v4895 : i64
              %v4921 = llvm.getelementptr %v58[%v4920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4922 = llvm.load %v4921 : !llvm.ptr -> f32
              %v4923 = arith.addf %v4916, %v4922 fastmath<contract> : f32
              %v4924 = arith.muli %v49, %v1 : i64
              %v4925 = arith.addi %v4924, %v4896 : i64
              %v4926 = arith.muli %v4925, %v1026 : i64
              %v4927 = arith.addi %v4926, %v4895 : i64
              %v4928 = llvm.getelementptr %v58[%v4927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4929 = llvm.load %v4928 : !llvm.ptr -> f32
              %v4930 = arith.addf %v4923, %v4929 fastmath<contract> : f32
              %v4931 = arith.muli %v724, %v1 : i64
              %v4932 = arith.addi %v4931, %v4896 : i64
              %v4933 = arith.muli %v4932, %v1026 : i64
              %v4934 = arith.addi %v4933, %v4895 : i64
              %v4935 = llvm.getelementptr %v58[%v4934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4936 = llvm.load %v4935 : !llvm.ptr -> f32
              %v4937 = arith.addf %v4930, %v4936 fastmath<contract> : f32
              %v4938 = arith.muli %v783, %v1 : i64
              %v4939 = arith.addi %v4938, %v4896 : i64
              %v4940 = arith.muli %v4939, %v1026 : i64
              %v4941 = arith.addi %v4940, %v4895 : i64
              %v4942 = llvm.getelementptr %v58[%v4941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4943 = llvm.load %v4942 : !llvm.ptr -> f32
              %v4944 = arith.addf %v4937, %v4943 fastmath<contract> : f32
              %v4945 = arith.muli %v118, %v1 : i64
              %v4946 = arith.addi %v4945, %v4896 : i64
              %v4947 = arith.muli %v4946, %v1026 : i64
              %v4948 = arith.addi %v4947, %v4895 : i64
              %v4949 = llvm.getelementptr %v58[%v4948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4950 = llvm.load %v4949 : !llvm.ptr -> f32
              %v4951 = arith.addf %v4944, %v4950 fastmath<contract> : f32
              %v4952 = arith.remui %v4881, %v1 : i64
              %v4953 = arith.divui %v4881, %v1 : i64
              %v4954 = arith.muli %v47, %v188 : i64
              %v4955 = arith.muli %v4894, %v187 : i64
              %v4956 = arith.addi %v4954, %v4955 : i64
              %v4957 = arith.muli %v45, %v186 : i64
              %v4958 = arith.addi %v4956, %v4957 : i64
              %v4959 = arith.muli %v4952, %v2 : i64
              %v4960 = arith.addi %v4958, %v4959 : i64
              %v4961 = arith.muli %v31, %v4879 : i64
              %v4962 = arith.addi %v4961, %v4960 : i64
              %v4963 = llvm.getelementptr %part_q[%v4962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4951, %v4963 : f32, !llvm.ptr
            }
          }
          %v4964 = arith.index_cast %v18 : i64 to index
          %v4965 = arith.index_cast %v8 : i64 to index
          %v4966 = arith.index_cast %v8 : i64 to index
          scf.for %v4967 = %v4964 to %v4965 step %v4966 {
            %v4968 = arith.index_cast %v4967 : index to i64
            %v4973 = arith.remui %v4968, %v1 : i64
            %v4974 = arith.divui %v4968, %v1 : i64
            %v4975 = arith.muli %v394, %v387 : i64
            %v4976 = arith.divui %v4973, %v32 : i64
            %v4977 = arith.addi %v4975, %v4976 : i64
            %v4978 = arith.cmpi slt, %v4977, %v172 : i64
            %v4979 = arith.subi %v172, %v2 : i64
            %v4980 = arith.subi %v4979, %v4977 : i64
            %v4981 = arith.remui %v4973, %v32 : i64
            %v4982 = arith.subi %v118, %v4981 : i64
            %v4983 = arith.muli %v4980, %v32 : i64
            %v4984 = arith.addi %v4983, %v4982 : i64
            %v4985 = arith.cmpi slt, %v4984, %v170 : i64
            %v4986 = arith.andi %v4978, %v4985 : i1
            scf.if %v4986 {
              %v4987 = arith.addi %v168, %v4984 : i64
              %v4988 = arith.remui %v4968, %v1 : i64
              %v4989 = arith.divui %v4968, %v1 : i64
              %v4990 = arith.muli %v71, %v1 : i64
              %v4991 = arith.addi %v4990, %v4989 : i64
              %v4992 = arith.muli %v4991, %v1026 : i64
              %v4993 = arith.addi %v4992, %v4988 : i64
              %v4994 = llvm.getelementptr %v60[%v4993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4995 = llvm.load %v4994 : !llvm.ptr -> f32
              %v4996 = arith.muli %v2, %v1 : i64
              %v4997 = arith.addi %v4996, %v4989 : i64
              %v4998 = arith.muli %v4997, %v1026 : i64
              %v4999 = arith.addi %v4998, %v4988 : i64
              %v5000 = llvm.getelementptr %v60[%v4999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5001 = llvm.load %v5000 : !llvm.ptr -> f32
              %v5002 = arith.addf %v4995, %v5001 fastmath<contract> : f32
              %v5003 = arith.muli %v387, %v1 : i64
              %v5004 = arith.addi %v5003, %v4989 : i64
              %v5005 = arith.muli %v5004, %v1026 : i64
              %v5006 = arith.addi %v5005, %v4988 : i64
              %v5007 = llvm.getelementptr %v60[%v5006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5008 = llvm.load %v5007 : !llvm.ptr -> f32
              %v5009 = arith.addf %v5002, %v5008 fastmath<contract> : f32
              %v5010 = arith.muli %v607, %v1 : i64
              %v5011 = arith.addi %v5010, %v4989 : i64
              %v5012 = arith.muli %v5011, %v1026 : i64
              %v5013 = arith.addi %v5012, %v4988 : i64
              %v5014 = llvm.getelementptr %v60[%v5013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5015 = llvm.load %v5014 : !llvm.ptr -> f32
              %v5016 = arith.addf %v5009, %v5015 fastmath<contract> : f32
              %v5017 = arith.muli %v49, %v1 : i64
              %v5018 = arith.addi %v5017, %v4989 : i64
              %v5019 = arith.muli %v5018, %v1026 : i64
              %v5020 = arith.addi %v5019, %v4988 : i64
              %v5021 = llvm.getelementptr %v60[%v5020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5022 = llvm.load %v5021 : !llvm.ptr -> f32
              %v5023 = arith.addf %v5016, %v5022 fastmath<contract> : f32
              %v5024 = arith.muli %v724, %v1 : i64
              %v5025 = arith.addi %v5024, %v4989 : i64
              %v5026 = arith.muli %v5025, %v1026 : i64
              %v5027 = arith.addi %v5026, %v4988 : i64
              %v5028 = llvm.getelementptr %v60[%v5027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5029 = llvm.load %v5028 : !llvm.ptr -> f32
              %v5030 = arith.addf %v5023, %v5029 fastmath<contract> : f32
              %v5031 = arith.muli %v783, %v1 : i64
              %v5032 = arith.addi %v5031, %v4989 : i64
              %v5033 = arith.muli %v5032, %v1026 : i64
              %v5034 = arith.addi %v5033, %v4988 : i64
              %v5035 = llvm.getelementptr %v60[%v5034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5036 = llvm.load %v5035 : !llvm.ptr -> f32
              %v5037 = arith.addf %v5030, %v5036 fastmath<contract> : f32
              %v5038 = arith.muli %v118, %v1 : i64
              %v5039 = arith.addi %v5038, %v4989 : i64
              %v5040 = arith.muli %v5039, %v1026 : i64
              %v5041 = arith.addi %v5040, %v4988 : i64
              %v5042 = llvm.getelementptr %v60[%v5041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5043 = llvm.load %v5042 : !llvm.ptr -> f32
              %v5044 = arith.addf %v5037, %v5043 fastmath<contract> : f32
              %v5045 = arith.remui %v4974, %v1 : i64
              %v5046 = arith.divui %v4974, %v1 : i64
              %v5047 = arith.muli %v47, %v188 : i64
              %v5048 = arith.muli %v4987, %v187 : i64
              %v5049 = arith.addi %v5047, %v5048 : i64
              %v5050 = arith.muli %v45, %v186 : i64
              %v5051 = arith.addi %v5049, %v5050 : i64
              %v5052 = arith.muli %v5045, %v2 : i64
              %v5053 = arith.addi %v5051, %v5052 : i64
              %v5054 = arith.muli %v31, %v4972 : i64
              %v5055 = arith.addi %v5054, %v5053 : i64
              %v5056 = llvm.getelementptr %part_k[%v5055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5044, %v5056 : f32, !llvm.ptr
            }
          }
          %v5057 = arith.index_cast %v18 : i64 to index
          %v5058 = arith.index_cast %v8 : i64 to index
          %v5059 = arith.index_cast %v8 : i64 to index
          scf.for %v5060 = %v5057 to %v5058 step %v5059 {
            %v5061 = arith.index_cast %v5060 : index to i64
            %v5066 = arith.remui %v5061, %v1 : i64
            %v5067 = arith.divui %v5061, %v1 : i64
            %v5068 = arith.muli %v394, %v387 : i64
            %v5069 = arith.divui %v5066, %v32 : i64
            %v5070 = arith.addi %v5068, %v5069 : i64
            %v5071 = arith.cmpi slt, %v5070, %v172 : i64
            %v5072 = arith.subi %v172, %v2 : i64
            %v5073 = arith.subi %v5072, %v5070 : i64
            %v5074 = arith.remui %v5066, %v32 : i64
            %v5075 = arith.subi %v118, %v5074 : i64
            %v5076 = arith.muli %v5073, %v32 : i64
            %v5077 = arith.addi %v5076, %v5075 : i64
            %v5078 = arith.cmpi slt, %v5077, %v170 : i64
            %v5079 = arith.andi %v5071, %v5078 : i1
            scf.if %v5079 {
              %v5080 = arith.addi %v168, %v5077 : i64
              %v5081 = arith.remui %v5061, %v1 : i64
              %v5082 = arith.divui %v5061, %v1 : i64
              %v5083 = arith.muli %v71, %v1 : i64
              %v5084 = arith.addi %v5083, %v5082 : i64
              %v5085 = arith.muli %v5084, %v1026 : i64
              %v5086 = arith.addi %v5085, %v5081 : i64
              %v5087 = llvm.getelementptr %v62[%v5086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5088 = llvm.load %v5087 : !llvm.ptr -> f32
              %v5089 = arith.muli %v2, %v1 : i64
              %v5090 = arith.addi %v5089, %v5082 : i64
              %v5091 = arith.muli %v5090, %v1026 : i64
              %v5092 = arith.addi %v5091, %v5081 : i64
              %v5093 = llvm.getelementptr %v62[%v5092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5094 = llvm.load %v5093 : !llvm.ptr -> f32
              %v5095 = arith.addf %v5088, %v5094 fastmath<contract> : f32
              %v5096 = arith.muli %v387, %v1 : i64
              %v5097 = arith.addi %v5096, %v5082 : i64
              %v5098 = arith.muli %v5097, %v1026 : i64
              %v5099 = arith.addi %v5098, %v5081 : i64
              %v5100 = llvm.getelementptr %v62[%v5099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5101 = llvm.load %v5100 : !llvm.ptr -> f32
              %v5102 = arith.addf %v5095, %v5101 fastmath<contract> : f32
              %v5103 = arith.muli %v607, %v1 : i64
              %v5104 = arith.addi %v5103, %v5082 : i64
              %v5105 = arith.muli %v5104, %v1026 : i64
              %v5106 = arith.addi %v5105, %v5081 : i64
              %v5107 = llvm.getelementptr %v62[%v5106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5108 = llvm.load %v5107 : !llvm.ptr -> f32
              %v5109 = arith.addf %v5102, %v5108 fastmath<contract> : f32
              %v5110 = arith.muli %v49, %v1 : i64
              %v5111 = arith.addi %v5110, %v5082 : i64
              %v5112 = arith.muli %v5111, %v1026 : i64
              %v5113 = arith.addi %v5112, %v5081 : i64
              %v5114 = llvm.getelementptr %v62[%v5113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5115 = llvm.load %v5114 : !llvm.ptr -> f32
              %v5116 = arith.addf %v5109, %v5115 fastmath<contract> : f32
              %v5117 = arith.muli %v724, %v1 : i64
              %v5118 = arith.addi %v5117, %v5082 : i64
              %v5119 = arith.muli %v5118, %v1026 : i64
              %v5120 = arith.addi %v5119, %v5081 : i64
              %v5121 = llvm.getelementptr %v62[%v5120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5122 = llvm.load %v5121 : !llvm.ptr -> f32
              %v5123 = arith.addf %v5116, %v5122 fastmath<contract> : f32
              %v5124 = arith.muli %v783, %v1 : i64
              %v5125 = arith.addi %v5124, %v5082 : i64
              %v5126 = arith.muli %v5125, %v1026 : i64
              %v5127 = arith.addi %v5126, %v5081 : i64
              %v5128 = llvm.getelementptr %v62[%v5127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5129 = llvm.load %v5128 : !llvm.ptr -> f32
              %v5130 = arith.addf %v5123, %v5129 fastmath<contract> : f32
              %v5131 = arith.muli %v118, %v1 : i64
              %v5132 = arith.addi %v5131, %v5082 : i64
              %v5133 = arith.muli %v5132, %v1026 : i64
              %v5134 = arith.addi %v5133, %v5081 : i64
              %v5135 = llvm.getelementptr %v62[%v5134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5136 = llvm.load %v5135 : !llvm.ptr -> f32
              %v5137 = arith.addf %v5130, %v5136 fastmath<contract> : f32
              %v5138 = arith.remui %v5067, %v1 : i64
              %v5139 = arith.divui %v5067, %v1 : i64
              %v5140 = arith.muli %v47, %v188 : i64
              %v5141 = arith.muli %v5080, %v187 : i64
              %v5142 = arith.addi %v5140, %v5141 : i64
              %v5143 = arith.muli %v45, %v186 : i64
              %v5144 = arith.addi %v5142, %v5143 : i64
              %v5145 = arith.muli %v5138, %v2 : i64
              %v5146 = arith.addi %v5144, %v5145 : i64
              %v5147 = arith.muli %v31, %v5065 : i64
              %v5148 = arith.addi %v5147, %v5146 : i64
              %v5149 = llvm.getelementptr %part_g[%v5148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5137, %v5149 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v5150 = arith.cmpi eq, %v28, %v71 : i64
      scf.if %v5150 {
      }
      gpu.return
    }
  }
}
