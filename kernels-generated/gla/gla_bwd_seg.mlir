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
      %v605 = arith.constant 3 : i64
      %v722 = arith.constant 5 : i64
      %v781 = arith.constant 6 : i64
      %v898 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v913 = arith.constant 2147483647 : i64
      %v917 = arith.constant 7 : i32
      %v978 = arith.constant 0xBF700000 : f32
      %v1010 = arith.constant 8 : i32
      %v1014 = arith.constant 16 : i32
      %v1024 = arith.constant 17 : i64
      %v1131 = arith.constant 6 : i32
      %v1342 = arith.constant 1 : i32
      %v1347 = arith.constant 5 : i32
      %v1557 = arith.constant 4 : i32
      %v1773 = arith.constant 2 : i32
      %v1778 = arith.constant 3 : i32
      %v2411 = arith.constant 0 : i32
      %v2647 = arith.muli %v2, %size_B : i64
      %v2648 = arith.muli %v2647, %size_L : i64
      %v2649 = arith.muli %v2648, %size_H : i64
      %v2650 = arith.muli %v2649, %v1 : i64
      %v2738 = arith.muli %v2, %size_B : i64
      %v2739 = arith.muli %v2738, %size_L : i64
      %v2740 = arith.muli %v2739, %size_H : i64
      %v2741 = arith.muli %v2740, %v1 : i64
      %v2829 = arith.muli %v2, %size_B : i64
      %v2830 = arith.muli %v2829, %size_L : i64
      %v2831 = arith.muli %v2830, %size_H : i64
      %v2832 = arith.muli %v2831, %v1 : i64
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.subi %v20, %v2 : i64
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
              %v409 = arith.subi %v170, %v2 : i64
              %v410 = arith.muli %v408, %v5 : i64
              %v411 = arith.subi %v5, %v2 : i64
              %v412 = arith.minsi %v39, %v411 : i64
              %v413 = arith.addi %v410, %v412 : i64
              %v414 = arith.muli %v413, %v1 : i64
              %v415 = arith.addi %v414, %v71 : i64
              %v416 = arith.addi %v415, %v33 : i64
              %v417 = llvm.getelementptr %scratch_S[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v418 = llvm.load %v417 : !llvm.ptr -> f32
              %v419 = arith.muli %v408, %v5 : i64
              %v420 = arith.subi %v5, %v2 : i64
              %v421 = arith.minsi %v39, %v420 : i64
              %v422 = arith.addi %v419, %v421 : i64
              %v423 = arith.muli %v422, %v1 : i64
              %v424 = arith.addi %v423, %v32 : i64
              %v425 = arith.addi %v424, %v33 : i64
              %v426 = llvm.getelementptr %scratch_S[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v427 = llvm.load %v426 : !llvm.ptr -> f32
              %v428 = arith.addi %v405, %v33 : i64
              %v429 = arith.minsi %v428, %v409 : i64
              %v430 = arith.addi %v168, %v429 : i64
              // the group's states, recomputed into registers
              %v431 = arith.addi %v405, %v71 : i64
              %v432 = arith.minsi %v431, %v409 : i64
              %v433 = arith.addi %v168, %v432 : i64
              %v434 = arith.muli %v33, %v198 : i64
              %v435 = arith.subi %v433, %v168 : i64
              %v436 = arith.addi %v434, %v435 : i64
              %v437 = llvm.getelementptr %v68[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v438 = llvm.load %v437 : !llvm.ptr -> f32
              %v439 = arith.negf %v438 : f32
              %v440 = arith.mulf %v439, %v331 fastmath<contract> : f32
              %v441 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v440) : (f32) -> f32
              %v442 = arith.addf %v70, %v441 fastmath<contract> : f32
              %v443 = arith.divf %v70, %v442 : f32
              %v444 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v443) : (f32) -> f32
              %v445 = arith.mulf %v336, %v444 fastmath<contract> : f32
              %v446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v445) : (f32) -> f32
              %v447 = arith.muli %v33, %v198 : i64
              %v448 = arith.subi %v433, %v168 : i64
              %v449 = arith.addi %v447, %v448 : i64
              %v450 = llvm.getelementptr %v66[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v451 = llvm.load %v450 : !llvm.ptr -> f32
              %v452 = arith.muli %v47, %v347 : i64
              %v453 = arith.muli %v433, %v346 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = arith.muli %v45, %v345 : i64
              %v456 = arith.addi %v454, %v455 : i64
              %v457 = arith.muli %v43, %v2 : i64
              %v458 = arith.addi %v456, %v457 : i64
              %v459 = llvm.getelementptr %in_v[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v460 = llvm.load %v459 : !llvm.ptr -> f32
              %v461 = arith.mulf %v451, %v460 fastmath<contract> : f32
              %v462 = arith.mulf %v446, %v418 fastmath<contract> : f32
              %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
              %v464 = arith.constant 8 : i64
              %v465 = arith.addi %v464, %v33 : i64
              %v466 = arith.muli %v465, %v198 : i64
              %v467 = arith.subi %v433, %v168 : i64
              %v468 = arith.addi %v466, %v467 : i64
              %v469 = llvm.getelementptr %v68[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v470 = llvm.load %v469 : !llvm.ptr -> f32
              %v471 = arith.negf %v470 : f32
              %v472 = arith.mulf %v471, %v331 fastmath<contract> : f32
              %v473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v472) : (f32) -> f32
              %v474 = arith.addf %v70, %v473 fastmath<contract> : f32
              %v475 = arith.divf %v70, %v474 : f32
              %v476 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v475) : (f32) -> f32
              %v477 = arith.mulf %v336, %v476 fastmath<contract> : f32
              %v478 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v477) : (f32) -> f32
              %v479 = arith.constant 8 : i64
              %v480 = arith.addi %v479, %v33 : i64
              %v481 = arith.muli %v480, %v198 : i64
              %v482 = arith.subi %v433, %v168 : i64
              %v483 = arith.addi %v481, %v482 : i64
              %v484 = llvm.getelementptr %v66[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v485 = llvm.load %v484 : !llvm.ptr -> f32
              %v486 = arith.mulf %v485, %v460 fastmath<contract> : f32
              %v487 = arith.mulf %v478, %v427 fastmath<contract> : f32
              %v488 = arith.addf %v487, %v486 fastmath<contract> : f32
              %v489 = arith.addi %v405, %v2 : i64
              %v490 = arith.minsi %v489, %v409 : i64
              %v491 = arith.addi %v168, %v490 : i64
              %v492 = arith.muli %v33, %v198 : i64
              %v493 = arith.subi %v491, %v168 : i64
              %v494 = arith.addi %v492, %v493 : i64
              %v495 = llvm.getelementptr %v68[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v496 = llvm.load %v495 : !llvm.ptr -> f32
              %v497 = arith.negf %v496 : f32
              %v498 = arith.mulf %v497, %v331 fastmath<contract> : f32
              %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
              %v500 = arith.addf %v70, %v499 fastmath<contract> : f32
              %v501 = arith.divf %v70, %v500 : f32
              %v502 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v501) : (f32) -> f32
              %v503 = arith.mulf %v336, %v502 fastmath<contract> : f32
              %v504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v503) : (f32) -> f32
              %v505 = arith.muli %v33, %v198 : i64
              %v506 = arith.subi %v491, %v168 : i64
              %v507 = arith.addi %v505, %v506 : i64
              %v508 = llvm.getelementptr %v66[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v509 = llvm.load %v508 : !llvm.ptr -> f32
              %v510 = arith.muli %v47, %v347 : i64
              %v511 = arith.muli %v491, %v346 : i64
              %v512 = arith.addi %v510, %v511 : i64
              %v513 = arith.muli %v45, %v345 : i64
              %v514 = arith.addi %v512, %v513 : i64
              %v515 = arith.muli %v43, %v2 : i64
              %v516 = arith.addi %v514, %v515 : i64
              %v517 = llvm.getelementptr %in_v[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v518 = llvm.load %v517 : !llvm.ptr -> f32
              %v519 = arith.mulf %v509, %v518 fastmath<contract> : f32
              %v520 = arith.mulf %v504, %v463 fastmath<contract> : f32
              %v521 = arith.addf %v520, %v519 fastmath<contract> : f32
              %v522 = arith.constant 8 : i64
              %v523 = arith.addi %v522, %v33 : i64
              %v524 = arith.muli %v523, %v198 : i64
              %v525 = arith.subi %v491, %v168 : i64
              %v526 = arith.addi %v524, %v525 : i64
              %v527 = llvm.getelementptr %v68[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v528 = llvm.load %v527 : !llvm.ptr -> f32
              %v529 = arith.negf %v528 : f32
              %v530 = arith.mulf %v529, %v331 fastmath<contract> : f32
              %v531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v530) : (f32) -> f32
              %v532 = arith.addf %v70, %v531 fastmath<contract> : f32
              %v533 = arith.divf %v70, %v532 : f32
              %v534 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v533) : (f32) -> f32
              %v535 = arith.mulf %v336, %v534 fastmath<contract> : f32
              %v536 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v535) : (f32) -> f32
              %v537 = arith.constant 8 : i64
              %v538 = arith.addi %v537, %v33 : i64
              %v539 = arith.muli %v538, %v198 : i64
              %v540 = arith.subi %v491, %v168 : i64
              %v541 = arith.addi %v539, %v540 : i64
              %v542 = llvm.getelementptr %v66[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v543 = llvm.load %v542 : !llvm.ptr -> f32
              %v544 = arith.mulf %v543, %v518 fastmath<contract> : f32
              %v545 = arith.mulf %v536, %v488 fastmath<contract> : f32
              %v546 = arith.addf %v545, %v544 fastmath<contract> : f32
              %v547 = arith.addi %v405, %v387 : i64
              %v548 = arith.minsi %v547, %v409 : i64
              %v549 = arith.addi %v168, %v548 : i64
              %v550 = arith.muli %v33, %v198 : i64
              %v551 = arith.subi %v549, %v168 : i64
              %v552 = arith.addi %v550, %v551 : i64
              %v553 = llvm.getelementptr %v68[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v554 = llvm.load %v553 : !llvm.ptr -> f32
              %v555 = arith.negf %v554 : f32
              %v556 = arith.mulf %v555, %v331 fastmath<contract> : f32
              %v557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v556) : (f32) -> f32
              %v558 = arith.addf %v70, %v557 fastmath<contract> : f32
              %v559 = arith.divf %v70, %v558 : f32
              %v560 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v559) : (f32) -> f32
              %v561 = arith.mulf %v336, %v560 fastmath<contract> : f32
              %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
              %v563 = arith.muli %v33, %v198 : i64
              %v564 = arith.subi %v549, %v168 : i64
              %v565 = arith.addi %v563, %v564 : i64
              %v566 = llvm.getelementptr %v66[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v567 = llvm.load %v566 : !llvm.ptr -> f32
              %v568 = arith.muli %v47, %v347 : i64
              %v569 = arith.muli %v549, %v346 : i64
              %v570 = arith.addi %v568, %v569 : i64
              %v571 = arith.muli %v45, %v345 : i64
              %v572 = arith.addi %v570, %v571 : i64
              %v573 = arith.muli %v43, %v2 : i64
              %v574 = arith.addi %v572, %v573 : i64
              %v575 = llvm.getelementptr %in_v[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v576 = llvm.load %v575 : !llvm.ptr -> f32
              %v577 = arith.mulf %v567, %v576 fastmath<contract> : f32
              %v578 = arith.mulf %v562, %v521 fastmath<contract> : f32
              %v579 = arith.addf %v578, %v577 fastmath<contract> : f32
              %v580 = arith.constant 8 : i64
              %v581 = arith.addi %v580, %v33 : i64
              %v582 = arith.muli %v581, %v198 : i64
              %v583 = arith.subi %v549, %v168 : i64
              %v584 = arith.addi %v582, %v583 : i64
              %v585 = llvm.getelementptr %v68[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v586 = llvm.load %v585 : !llvm.ptr -> f32
              %v587 = arith.negf %v586 : f32
              %v588 = arith.mulf %v587, %v331 fastmath<contract> : f32
              %v589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v588) : (f32) -> f32
              %v590 = arith.addf %v70, %v589 fastmath<contract> : f32
              %v591 = arith.divf %v70, %v590 : f32
              %v592 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v591) : (f32) -> f32
              %v593 = arith.mulf %v336, %v592 fastmath<contract> : f32
              %v594 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v593) : (f32) -> f32
              %v595 = arith.constant 8 : i64
              %v596 = arith.addi %v595, %v33 : i64
              %v597 = arith.muli %v596, %v198 : i64
              %v598 = arith.subi %v549, %v168 : i64
              %v599 = arith.addi %v597, %v598 : i64
              %v600 = llvm.getelementptr %v66[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v601 = llvm.load %v600 : !llvm.ptr -> f32
              %v602 = arith.mulf %v601, %v576 fastmath<contract> : f32
              %v603 = arith.mulf %v594, %v546 fastmath<contract> : f32
              %v604 = arith.addf %v603, %v602 fastmath<contract> : f32
              %v606 = arith.addi %v405, %v605 : i64
              %v607 = arith.minsi %v606, %v409 : i64
              %v608 = arith.addi %v168, %v607 : i64
              %v609 = arith.muli %v33, %v198 : i64
              %v610 = arith.subi %v608, %v168 : i64
              %v611 = arith.addi %v609, %v610 : i64
              %v612 = llvm.getelementptr %v68[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v613 = llvm.load %v612 : !llvm.ptr -> f32
              %v614 = arith.negf %v613 : f32
              %v615 = arith.mulf %v614, %v331 fastmath<contract> : f32
              %v616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v615) : (f32) -> f32
              %v617 = arith.addf %v70, %v616 fastmath<contract> : f32
              %v618 = arith.divf %v70, %v617 : f32
              %v619 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v618) : (f32) -> f32
              %v620 = arith.mulf %v336, %v619 fastmath<contract> : f32
              %v621 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v620) : (f32) -> f32
              %v622 = arith.muli %v33, %v198 : i64
              %v623 = arith.subi %v608, %v168 : i64
              %v624 = arith.addi %v622, %v623 : i64
              %v625 = llvm.getelementptr %v66[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v626 = llvm.load %v625 : !llvm.ptr -> f32
              %v627 = arith.muli %v47, %v347 : i64
              %v628 = arith.muli %v608, %v346 : i64
              %v629 = arith.addi %v627, %v628 : i64
              %v630 = arith.muli %v45, %v345 : i64
              %v631 = arith.addi %v629, %v630 : i64
              %v632 = arith.muli %v43, %v2 : i64
              %v633 = arith.addi %v631, %v632 : i64
              %v634 = llvm.getelementptr %in_v[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v635 = llvm.load %v634 : !llvm.ptr -> f32
              %v636 = arith.mulf %v626, %v635 fastmath<contract> : f32
              %v637 = arith.mulf %v621, %v579 fastmath<contract> : f32
              %v638 = arith.addf %v637, %v636 fastmath<contract> : f32
              %v639 = arith.constant 8 : i64
              %v640 = arith.addi %v639, %v33 : i64
              %v641 = arith.muli %v640, %v198 : i64
              %v642 = arith.subi %v608, %v168 : i64
              %v643 = arith.addi %v641, %v642 : i64
              %v644 = llvm.getelementptr %v68[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v645 = llvm.load %v644 : !llvm.ptr -> f32
              %v646 = arith.negf %v645 : f32
              %v647 = arith.mulf %v646, %v331 fastmath<contract> : f32
              %v648 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v647) : (f32) -> f32
              %v649 = arith.addf %v70, %v648 fastmath<contract> : f32
              %v650 = arith.divf %v70, %v649 : f32
              %v651 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v650) : (f32) -> f32
              %v652 = arith.mulf %v336, %v651 fastmath<contract> : f32
              %v653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v652) : (f32) -> f32
              %v654 = arith.constant 8 : i64
              %v655 = arith.addi %v654, %v33 : i64
              %v656 = arith.muli %v655, %v198 : i64
              %v657 = arith.subi %v608, %v168 : i64
              %v658 = arith.addi %v656, %v657 : i64
              %v659 = llvm.getelementptr %v66[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v660 = llvm.load %v659 : !llvm.ptr -> f32
              %v661 = arith.mulf %v660, %v635 fastmath<contract> : f32
              %v662 = arith.mulf %v653, %v604 fastmath<contract> : f32
              %v663 = arith.addf %v662, %v661 fastmath<contract> : f32
              %v664 = arith.addi %v405, %v49 : i64
              %v665 = arith.minsi %v664, %v409 : i64
              %v666 = arith.addi %v168, %v665 : i64
              %v667 = arith.muli %v33, %v198 : i64
              %v668 = arith.subi %v666, %v168 : i64
              %v669 = arith.addi %v667, %v668 : i64
              %v670 = llvm.getelementptr %v68[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v671 = llvm.load %v670 : !llvm.ptr -> f32
              %v672 = arith.negf %v671 : f32
              %v673 = arith.mulf %v672, %v331 fastmath<contract> : f32
              %v674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v673) : (f32) -> f32
              %v675 = arith.addf %v70, %v674 fastmath<contract> : f32
              %v676 = arith.divf %v70, %v675 : f32
              %v677 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v676) : (f32) -> f32
              %v678 = arith.mulf %v336, %v677 fastmath<contract> : f32
              %v679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v678) : (f32) -> f32
              %v680 = arith.muli %v33, %v198 : i64
              %v681 = arith.subi %v666, %v168 : i64
              %v682 = arith.addi %v680, %v681 : i64
              %v683 = llvm.getelementptr %v66[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v684 = llvm.load %v683 : !llvm.ptr -> f32
              %v685 = arith.muli %v47, %v347 : i64
              %v686 = arith.muli %v666, %v346 : i64
              %v687 = arith.addi %v685, %v686 : i64
              %v688 = arith.muli %v45, %v345 : i64
              %v689 = arith.addi %v687, %v688 : i64
              %v690 = arith.muli %v43, %v2 : i64
              %v691 = arith.addi %v689, %v690 : i64
              %v692 = llvm.getelementptr %in_v[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v693 = llvm.load %v692 : !llvm.ptr -> f32
              %v694 = arith.mulf %v684, %v693 fastmath<contract> : f32
              %v695 = arith.mulf %v679, %v638 fastmath<contract> : f32
              %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
              %v697 = arith.constant 8 : i64
              %v698 = arith.addi %v697, %v33 : i64
              %v699 = arith.muli %v698, %v198 : i64
              %v700 = arith.subi %v666, %v168 : i64
              %v701 = arith.addi %v699, %v700 : i64
              %v702 = llvm.getelementptr %v68[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v703 = llvm.load %v702 : !llvm.ptr -> f32
              %v704 = arith.negf %v703 : f32
              %v705 = arith.mulf %v704, %v331 fastmath<contract> : f32
              %v706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v705) : (f32) -> f32
              %v707 = arith.addf %v70, %v706 fastmath<contract> : f32
              %v708 = arith.divf %v70, %v707 : f32
              %v709 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v708) : (f32) -> f32
              %v710 = arith.mulf %v336, %v709 fastmath<contract> : f32
              %v711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v710) : (f32) -> f32
              %v712 = arith.constant 8 : i64
              %v713 = arith.addi %v712, %v33 : i64
              %v714 = arith.muli %v713, %v198 : i64
              %v715 = arith.subi %v666, %v168 : i64
              %v716 = arith.addi %v714, %v715 : i64
              %v717 = llvm.getelementptr %v66[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v718 = llvm.load %v717 : !llvm.ptr -> f32
              %v719 = arith.mulf %v718, %v693 fastmath<contract> : f32
              %v720 = arith.mulf %v711, %v663 fastmath<contract> : f32
              %v721 = arith.addf %v720, %v719 fastmath<contract> : f32
              %v723 = arith.addi %v405, %v722 : i64
              %v724 = arith.minsi %v723, %v409 : i64
              %v725 = arith.addi %v168, %v724 : i64
              %v726 = arith.muli %v33, %v198 : i64
              %v727 = arith.subi %v725, %v168 : i64
              %v728 = arith.addi %v726, %v727 : i64
              %v729 = llvm.getelementptr %v68[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v730 = llvm.load %v729 : !llvm.ptr -> f32
              %v731 = arith.negf %v730 : f32
              %v732 = arith.mulf %v731, %v331 fastmath<contract> : f32
              %v733 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v732) : (f32) -> f32
              %v734 = arith.addf %v70, %v733 fastmath<contract> : f32
              %v735 = arith.divf %v70, %v734 : f32
              %v736 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v735) : (f32) -> f32
              %v737 = arith.mulf %v336, %v736 fastmath<contract> : f32
              %v738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v737) : (f32) -> f32
              %v739 = arith.muli %v33, %v198 : i64
              %v740 = arith.subi %v725, %v168 : i64
              %v741 = arith.addi %v739, %v740 : i64
              %v742 = llvm.getelementptr %v66[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v743 = llvm.load %v742 : !llvm.ptr -> f32
              %v744 = arith.muli %v47, %v347 : i64
              %v745 = arith.muli %v725, %v346 : i64
              %v746 = arith.addi %v744, %v745 : i64
              %v747 = arith.muli %v45, %v345 : i64
              %v748 = arith.addi %v746, %v747 : i64
              %v749 = arith.muli %v43, %v2 : i64
              %v750 = arith.addi %v748, %v749 : i64
              %v751 = llvm.getelementptr %in_v[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v752 = llvm.load %v751 : !llvm.ptr -> f32
              %v753 = arith.mulf %v743, %v752 fastmath<contract> : f32
              %v754 = arith.mulf %v738, %v696 fastmath<contract> : f32
              %v755 = arith.addf %v754, %v753 fastmath<contract> : f32
              %v756 = arith.constant 8 : i64
              %v757 = arith.addi %v756, %v33 : i64
              %v758 = arith.muli %v757, %v198 : i64
              %v759 = arith.subi %v725, %v168 : i64
              %v760 = arith.addi %v758, %v759 : i64
              %v761 = llvm.getelementptr %v68[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v762 = llvm.load %v761 : !llvm.ptr -> f32
              %v763 = arith.negf %v762 : f32
              %v764 = arith.mulf %v763, %v331 fastmath<contract> : f32
              %v765 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v764) : (f32) -> f32
              %v766 = arith.addf %v70, %v765 fastmath<contract> : f32
              %v767 = arith.divf %v70, %v766 : f32
              %v768 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v767) : (f32) -> f32
              %v769 = arith.mulf %v336, %v768 fastmath<contract> : f32
              %v770 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v769) : (f32) -> f32
              %v771 = arith.constant 8 : i64
              %v772 = arith.addi %v771, %v33 : i64
              %v773 = arith.muli %v772, %v198 : i64
              %v774 = arith.subi %v725, %v168 : i64
              %v775 = arith.addi %v773, %v774 : i64
              %v776 = llvm.getelementptr %v66[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v777 = llvm.load %v776 : !llvm.ptr -> f32
              %v778 = arith.mulf %v777, %v752 fastmath<contract> : f32
              %v779 = arith.mulf %v770, %v721 fastmath<contract> : f32
              %v780 = arith.addf %v779, %v778 fastmath<contract> : f32
              %v782 = arith.addi %v405, %v781 : i64
              %v783 = arith.minsi %v782, %v409 : i64
              %v784 = arith.addi %v168, %v783 : i64
              %v785 = arith.muli %v33, %v198 : i64
              %v786 = arith.subi %v784, %v168 : i64
              %v787 = arith.addi %v785, %v786 : i64
              %v788 = llvm.getelementptr %v68[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v789 = llvm.load %v788 : !llvm.ptr -> f32
              %v790 = arith.negf %v789 : f32
              %v791 = arith.mulf %v790, %v331 fastmath<contract> : f32
              %v792 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v791) : (f32) -> f32
              %v793 = arith.addf %v70, %v792 fastmath<contract> : f32
              %v794 = arith.divf %v70, %v793 : f32
              %v795 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v794) : (f32) -> f32
              %v796 = arith.mulf %v336, %v795 fastmath<contract> : f32
              %v797 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v796) : (f32) -> f32
              %v798 = arith.muli %v33, %v198 : i64
              %v799 = arith.subi %v784, %v168 : i64
              %v800 = arith.addi %v798, %v799 : i64
              %v801 = llvm.getelementptr %v66[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v802 = llvm.load %v801 : !llvm.ptr -> f32
              %v803 = arith.muli %v47, %v347 : i64
              %v804 = arith.muli %v784, %v346 : i64
              %v805 = arith.addi %v803, %v804 : i64
              %v806 = arith.muli %v45, %v345 : i64
              %v807 = arith.addi %v805, %v806 : i64
              %v808 = arith.muli %v43, %v2 : i64
              %v809 = arith.addi %v807, %v808 : i64
              %v810 = llvm.getelementptr %in_v[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v811 = llvm.load %v810 : !llvm.ptr -> f32
              %v812 = arith.mulf %v802, %v811 fastmath<contract> : f32
              %v813 = arith.mulf %v797, %v755 fastmath<contract> : f32
              %v814 = arith.addf %v813, %v812 fastmath<contract> : f32
              %v815 = arith.constant 8 : i64
              %v816 = arith.addi %v815, %v33 : i64
              %v817 = arith.muli %v816, %v198 : i64
              %v818 = arith.subi %v784, %v168 : i64
              %v819 = arith.addi %v817, %v818 : i64
              %v820 = llvm.getelementptr %v68[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v821 = llvm.load %v820 : !llvm.ptr -> f32
              %v822 = arith.negf %v821 : f32
              %v823 = arith.mulf %v822, %v331 fastmath<contract> : f32
              %v824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v823) : (f32) -> f32
              %v825 = arith.addf %v70, %v824 fastmath<contract> : f32
              %v826 = arith.divf %v70, %v825 : f32
              %v827 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v826) : (f32) -> f32
              %v828 = arith.mulf %v336, %v827 fastmath<contract> : f32
              %v829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v828) : (f32) -> f32
              %v830 = arith.constant 8 : i64
              %v831 = arith.addi %v830, %v33 : i64
              %v832 = arith.muli %v831, %v198 : i64
              %v833 = arith.subi %v784, %v168 : i64
              %v834 = arith.addi %v832, %v833 : i64
              %v835 = llvm.getelementptr %v66[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v836 = llvm.load %v835 : !llvm.ptr -> f32
              %v837 = arith.mulf %v836, %v811 fastmath<contract> : f32
              %v838 = arith.mulf %v829, %v780 fastmath<contract> : f32
              %v839 = arith.addf %v838, %v837 fastmath<contract> : f32
              %v840 = arith.addi %v405, %v118 : i64
              %v841 = arith.minsi %v840, %v409 : i64
              %v842 = arith.addi %v168, %v841 : i64
              %v843 = arith.muli %v33, %v198 : i64
              %v844 = arith.subi %v842, %v168 : i64
              %v845 = arith.addi %v843, %v844 : i64
              %v846 = llvm.getelementptr %v68[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v847 = llvm.load %v846 : !llvm.ptr -> f32
              %v848 = arith.negf %v847 : f32
              %v849 = arith.mulf %v848, %v331 fastmath<contract> : f32
              %v850 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v849) : (f32) -> f32
              %v851 = arith.addf %v70, %v850 fastmath<contract> : f32
              %v852 = arith.divf %v70, %v851 : f32
              %v853 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v852) : (f32) -> f32
              %v854 = arith.mulf %v336, %v853 fastmath<contract> : f32
              %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
              %v856 = arith.muli %v33, %v198 : i64
              %v857 = arith.subi %v842, %v168 : i64
              %v858 = arith.addi %v856, %v857 : i64
              %v859 = llvm.getelementptr %v66[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v860 = llvm.load %v859 : !llvm.ptr -> f32
              %v861 = arith.muli %v47, %v347 : i64
              %v862 = arith.muli %v842, %v346 : i64
              %v863 = arith.addi %v861, %v862 : i64
              %v864 = arith.muli %v45, %v345 : i64
              %v865 = arith.addi %v863, %v864 : i64
              %v866 = arith.muli %v43, %v2 : i64
              %v867 = arith.addi %v865, %v866 : i64
              %v868 = llvm.getelementptr %in_v[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v869 = llvm.load %v868 : !llvm.ptr -> f32
              %v870 = arith.mulf %v860, %v869 fastmath<contract> : f32
              %v871 = arith.mulf %v855, %v814 fastmath<contract> : f32
              %v872 = arith.addf %v871, %v870 fastmath<contract> : f32
              %v873 = arith.constant 8 : i64
              %v874 = arith.addi %v873, %v33 : i64
              %v875 = arith.muli %v874, %v198 : i64
              %v876 = arith.subi %v842, %v168 : i64
              %v877 = arith.addi %v875, %v876 : i64
              %v878 = llvm.getelementptr %v68[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v879 = llvm.load %v878 : !llvm.ptr -> f32
              %v880 = arith.negf %v879 : f32
              %v881 = arith.mulf %v880, %v331 fastmath<contract> : f32
              %v882 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v881) : (f32) -> f32
              %v883 = arith.addf %v70, %v882 fastmath<contract> : f32
              %v884 = arith.divf %v70, %v883 : f32
              %v885 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v884) : (f32) -> f32
              %v886 = arith.mulf %v336, %v885 fastmath<contract> : f32
              %v887 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v886) : (f32) -> f32
              %v888 = arith.constant 8 : i64
              %v889 = arith.addi %v888, %v33 : i64
              %v890 = arith.muli %v889, %v198 : i64
              %v891 = arith.subi %v842, %v168 : i64
              %v892 = arith.addi %v890, %v891 : i64
              %v893 = llvm.getelementptr %v66[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v894 = llvm.load %v893 : !llvm.ptr -> f32
              %v895 = arith.mulf %v894, %v869 fastmath<contract> : f32
              %v896 = arith.mulf %v887, %v839 fastmath<contract> : f32
              %v897 = arith.addf %v896, %v895 fastmath<contract> : f32
              %v899 = arith.shrui %v33, %v71 : i64
              %v900 = arith.andi %v899, %v2 : i64
              %v901 = arith.cmpi ne, %v900, %v71 : i64
              %v902 = arith.shrui %v33, %v2 : i64
              %v903 = arith.andi %v902, %v2 : i64
              %v904 = arith.cmpi ne, %v903, %v71 : i64
              %v905 = arith.shrui %v33, %v387 : i64
              %v906 = arith.andi %v905, %v2 : i64
              %v907 = arith.cmpi ne, %v906, %v71 : i64
              %v908 = arith.subi %v170, %v405 : i64
              %v909 = arith.trunci %v908 : i64 to i32
              %v910 = arith.subi %size_L, %v2 : i64
              %v911 = arith.addi %v168, %v405 : i64
              %v912 = arith.subi %v910, %v911 : i64
              %v914 = arith.minsi %v912, %v913 : i64
              %v915 = arith.trunci %v914 : i64 to i32
              %v916 = arith.addi %v405, %v118 : i64
              %v918 = arith.cmpi slt, %v917, %v909 : i32
              %v919 = arith.cmpi eq, %v917, %v915 : i32
              %v920 = arith.addi %v407, %v71 : i64
              llvm.store %v69, %v898 : f32, !llvm.ptr
              scf.if %v918 {
                %v921 = arith.addi %v168, %v916 : i64
                %v922 = arith.muli %v33, %v198 : i64
                %v923 = arith.subi %v921, %v168 : i64
                %v924 = arith.addi %v922, %v923 : i64
                %v925 = llvm.getelementptr %v64[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v926 = llvm.load %v925 : !llvm.ptr -> f32
                %v927 = arith.muli %v47, %v347 : i64
                %v928 = arith.muli %v921, %v346 : i64
                %v929 = arith.addi %v927, %v928 : i64
                %v930 = arith.muli %v45, %v345 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = arith.muli %v43, %v2 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = llvm.getelementptr %dy_o[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v935 = llvm.load %v934 : !llvm.ptr -> f32
                %v936 = arith.mulf %v926, %v935 fastmath<contract> : f32
                %v937 = llvm.load %v53 : !llvm.ptr -> f32
                %v938 = llvm.load %v55 : !llvm.ptr -> f32
                %v939 = arith.mulf %v938, %v937 fastmath<contract> : f32
                %v940 = arith.addf %v936, %v939 fastmath<contract> : f32
                llvm.store %v940, %v53 : f32, !llvm.ptr
                %v941 = arith.constant 8 : i64
                %v942 = arith.addi %v941, %v33 : i64
                %v943 = arith.muli %v942, %v198 : i64
                %v944 = arith.subi %v921, %v168 : i64
                %v945 = arith.addi %v943, %v944 : i64
                %v946 = llvm.getelementptr %v64[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v947 = llvm.load %v946 : !llvm.ptr -> f32
                %v948 = arith.mulf %v947, %v935 fastmath<contract> : f32
                %v949 = llvm.load %v54 : !llvm.ptr -> f32
                %v950 = llvm.load %v56 : !llvm.ptr -> f32
                %v951 = arith.mulf %v950, %v949 fastmath<contract> : f32
                %v952 = arith.addf %v948, %v951 fastmath<contract> : f32
                llvm.store %v952, %v54 : f32, !llvm.ptr
                scf.if %v919 {
                }
                %v953 = arith.mulf %v872, %v935 fastmath<contract> : f32
                %v954 = arith.mulf %v897, %v935 fastmath<contract> : f32
                %v955 = arith.muli %v47, %v347 : i64
                %v956 = arith.muli %v921, %v346 : i64
                %v957 = arith.addi %v955, %v956 : i64
                %v958 = arith.muli %v45, %v345 : i64
                %v959 = arith.addi %v957, %v958 : i64
                %v960 = arith.muli %v43, %v2 : i64
                %v961 = arith.addi %v959, %v960 : i64
                %v962 = llvm.getelementptr %in_v[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v963 = llvm.load %v962 : !llvm.ptr -> f32
                %v964 = llvm.load %v53 : !llvm.ptr -> f32
                %v965 = arith.mulf %v963, %v964 fastmath<contract> : f32
                %v966 = llvm.load %v54 : !llvm.ptr -> f32
                %v967 = arith.mulf %v963, %v966 fastmath<contract> : f32
                %v968 = arith.muli %v33, %v198 : i64
                %v969 = arith.subi %v921, %v168 : i64
                %v970 = arith.addi %v968, %v969 : i64
                %v971 = llvm.getelementptr %v68[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v972 = llvm.load %v971 : !llvm.ptr -> f32
                %v973 = arith.negf %v972 : f32
                %v974 = arith.mulf %v973, %v331 fastmath<contract> : f32
                %v975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v974) : (f32) -> f32
                %v976 = arith.addf %v70, %v975 fastmath<contract> : f32
                %v977 = arith.divf %v70, %v976 : f32
                %v979 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v977) : (f32) -> f32
                %v980 = arith.mulf %v978, %v979 fastmath<contract> : f32
                %v981 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v980) : (f32) -> f32
                %v982 = arith.mulf %v814, %v964 fastmath<contract> : f32
                %v983 = arith.mulf %v336, %v982 fastmath<contract> : f32
                %v984 = arith.mulf %v981, %v983 fastmath<contract> : f32
                %v985 = arith.subf %v70, %v977 fastmath<contract> : f32
                %v986 = arith.mulf %v977, %v985 fastmath<contract> : f32
                %v987 = arith.mulf %v984, %v986 fastmath<contract> : f32
                %v988 = arith.constant 8 : i64
                %v989 = arith.addi %v988, %v33 : i64
                %v990 = arith.muli %v989, %v198 : i64
                %v991 = arith.subi %v921, %v168 : i64
                %v992 = arith.addi %v990, %v991 : i64
                %v993 = llvm.getelementptr %v68[%v992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v994 = llvm.load %v993 : !llvm.ptr -> f32
                %v995 = arith.negf %v994 : f32
                %v996 = arith.mulf %v995, %v331 fastmath<contract> : f32
                %v997 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v996) : (f32) -> f32
                %v998 = arith.addf %v70, %v997 fastmath<contract> : f32
                %v999 = arith.divf %v70, %v998 : f32
                %v1000 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v999) : (f32) -> f32
                %v1001 = arith.mulf %v978, %v1000 fastmath<contract> : f32
                %v1002 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1001) : (f32) -> f32
                %v1003 = arith.mulf %v839, %v966 fastmath<contract> : f32
                %v1004 = arith.mulf %v336, %v1003 fastmath<contract> : f32
                %v1005 = arith.mulf %v1002, %v1004 fastmath<contract> : f32
                %v1006 = arith.subf %v70, %v999 fastmath<contract> : f32
                %v1007 = arith.mulf %v999, %v1006 fastmath<contract> : f32
                %v1008 = arith.mulf %v1005, %v1007 fastmath<contract> : f32
                %v1009 = arith.select %v37, %v953, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1011, %v1012 = gpu.shuffle xor %v1009, %v1010, %v321 : f32
                %v1013 = arith.addf %v1009, %v1011 fastmath<contract> : f32
                %v1015, %v1016 = gpu.shuffle xor %v1013, %v1014, %v321 : f32
                %v1017 = arith.addf %v1013, %v1015 fastmath<contract> : f32
                %v1018 = arith.divui %v18, %v20 : i64
                %v1019 = arith.remui %v18, %v20 : i64
                %v1020 = arith.cmpi ult, %v1019, %v32 : i64
                %v1021 = arith.addi %v71, %v33 : i64
                %v1022 = arith.muli %v1018, %v1 : i64
                %v1023 = arith.addi %v1022, %v1021 : i64
                %v1025 = arith.muli %v1023, %v1024 : i64
                %v1026 = arith.addi %v1025, %v920 : i64
                scf.if %v1020 {
                  %v1027 = llvm.getelementptr %v58[%v1026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1017, %v1027 : f32, !llvm.ptr
                }
                %v1028 = arith.select %v37, %v954, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1029, %v1030 = gpu.shuffle xor %v1028, %v1010, %v321 : f32
                %v1031 = arith.addf %v1028, %v1029 fastmath<contract> : f32
                %v1032, %v1033 = gpu.shuffle xor %v1031, %v1014, %v321 : f32
                %v1034 = arith.addf %v1031, %v1032 fastmath<contract> : f32
                %v1035 = arith.divui %v18, %v20 : i64
                %v1036 = arith.remui %v18, %v20 : i64
                %v1037 = arith.cmpi ult, %v1036, %v32 : i64
                %v1038 = arith.addi %v32, %v33 : i64
                %v1039 = arith.muli %v1035, %v1 : i64
                %v1040 = arith.addi %v1039, %v1038 : i64
                %v1041 = arith.muli %v1040, %v1024 : i64
                %v1042 = arith.addi %v1041, %v920 : i64
                scf.if %v1037 {
                  %v1043 = llvm.getelementptr %v58[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1034, %v1043 : f32, !llvm.ptr
                }
                %v1044 = arith.select %v37, %v965, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1045, %v1046 = gpu.shuffle xor %v1044, %v1010, %v321 : f32
                %v1047 = arith.addf %v1044, %v1045 fastmath<contract> : f32
                %v1048, %v1049 = gpu.shuffle xor %v1047, %v1014, %v321 : f32
                %v1050 = arith.addf %v1047, %v1048 fastmath<contract> : f32
                %v1051 = arith.divui %v18, %v20 : i64
                %v1052 = arith.remui %v18, %v20 : i64
                %v1053 = arith.cmpi ult, %v1052, %v32 : i64
                %v1054 = arith.addi %v71, %v33 : i64
                %v1055 = arith.muli %v1051, %v1 : i64
                %v1056 = arith.addi %v1055, %v1054 : i64
                %v1057 = arith.muli %v1056, %v1024 : i64
                %v1058 = arith.addi %v1057, %v920 : i64
                scf.if %v1053 {
                  %v1059 = llvm.getelementptr %v60[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1050, %v1059 : f32, !llvm.ptr
                }
                %v1060 = arith.select %v37, %v967, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1061, %v1062 = gpu.shuffle xor %v1060, %v1010, %v321 : f32
                %v1063 = arith.addf %v1060, %v1061 fastmath<contract> : f32
                %v1064, %v1065 = gpu.shuffle xor %v1063, %v1014, %v321 : f32
                %v1066 = arith.addf %v1063, %v1064 fastmath<contract> : f32
                %v1067 = arith.divui %v18, %v20 : i64
                %v1068 = arith.remui %v18, %v20 : i64
                %v1069 = arith.cmpi ult, %v1068, %v32 : i64
                %v1070 = arith.addi %v32, %v33 : i64
                %v1071 = arith.muli %v1067, %v1 : i64
                %v1072 = arith.addi %v1071, %v1070 : i64
                %v1073 = arith.muli %v1072, %v1024 : i64
                %v1074 = arith.addi %v1073, %v920 : i64
                scf.if %v1069 {
                  %v1075 = llvm.getelementptr %v60[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1066, %v1075 : f32, !llvm.ptr
                }
                %v1076 = arith.select %v37, %v987, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1077, %v1078 = gpu.shuffle xor %v1076, %v1010, %v321 : f32
                %v1079 = arith.addf %v1076, %v1077 fastmath<contract> : f32
                %v1080, %v1081 = gpu.shuffle xor %v1079, %v1014, %v321 : f32
                %v1082 = arith.addf %v1079, %v1080 fastmath<contract> : f32
                %v1083 = arith.divui %v18, %v20 : i64
                %v1084 = arith.remui %v18, %v20 : i64
                %v1085 = arith.cmpi ult, %v1084, %v32 : i64
                %v1086 = arith.addi %v71, %v33 : i64
                %v1087 = arith.muli %v1083, %v1 : i64
                %v1088 = arith.addi %v1087, %v1086 : i64
                %v1089 = arith.muli %v1088, %v1024 : i64
                %v1090 = arith.addi %v1089, %v920 : i64
                scf.if %v1085 {
                  %v1091 = llvm.getelementptr %v62[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1082, %v1091 : f32, !llvm.ptr
                }
                %v1092 = arith.select %v37, %v1008, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1093, %v1094 = gpu.shuffle xor %v1092, %v1010, %v321 : f32
                %v1095 = arith.addf %v1092, %v1093 fastmath<contract> : f32
                %v1096, %v1097 = gpu.shuffle xor %v1095, %v1014, %v321 : f32
                %v1098 = arith.addf %v1095, %v1096 fastmath<contract> : f32
                %v1099 = arith.divui %v18, %v20 : i64
                %v1100 = arith.remui %v18, %v20 : i64
                %v1101 = arith.cmpi ult, %v1100, %v32 : i64
                %v1102 = arith.addi %v32, %v33 : i64
                %v1103 = arith.muli %v1099, %v1 : i64
                %v1104 = arith.addi %v1103, %v1102 : i64
                %v1105 = arith.muli %v1104, %v1024 : i64
                %v1106 = arith.addi %v1105, %v920 : i64
                scf.if %v1101 {
                  %v1107 = llvm.getelementptr %v62[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1098, %v1107 : f32, !llvm.ptr
                }
                %v1108 = arith.muli %v33, %v198 : i64
                %v1109 = arith.subi %v921, %v168 : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = llvm.getelementptr %v66[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                %v1113 = arith.mulf %v1112, %v964 fastmath<contract> : f32
                %v1114 = arith.constant 8 : i64
                %v1115 = arith.addi %v1114, %v33 : i64
                %v1116 = arith.muli %v1115, %v198 : i64
                %v1117 = arith.subi %v921, %v168 : i64
                %v1118 = arith.addi %v1116, %v1117 : i64
                %v1119 = llvm.getelementptr %v66[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                %v1121 = arith.mulf %v1120, %v966 fastmath<contract> : f32
                %v1122 = arith.addf %v1113, %v1121 fastmath<contract> : f32
                llvm.store %v1122, %v898 : f32, !llvm.ptr
                %v1123 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v977) : (f32) -> f32
                %v1124 = arith.mulf %v336, %v1123 fastmath<contract> : f32
                %v1125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1124) : (f32) -> f32
                llvm.store %v1125, %v55 : f32, !llvm.ptr
                %v1126 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v999) : (f32) -> f32
                %v1127 = arith.mulf %v336, %v1126 fastmath<contract> : f32
                %v1128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1127) : (f32) -> f32
                llvm.store %v1128, %v56 : f32, !llvm.ptr
              }
              %v1129 = llvm.load %v898 : !llvm.ptr -> f32
              %v1130 = arith.addi %v405, %v781 : i64
              %v1132 = arith.cmpi slt, %v1131, %v909 : i32
              %v1133 = arith.cmpi eq, %v1131, %v915 : i32
              %v1134 = arith.addi %v407, %v2 : i64
              llvm.store %v69, %v898 : f32, !llvm.ptr
              scf.if %v1132 {
                %v1135 = arith.addi %v168, %v1130 : i64
                %v1136 = arith.muli %v33, %v198 : i64
                %v1137 = arith.subi %v1135, %v168 : i64
                %v1138 = arith.addi %v1136, %v1137 : i64
                %v1139 = llvm.getelementptr %v64[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
                %v1141 = arith.muli %v47, %v347 : i64
                %v1142 = arith.muli %v1135, %v346 : i64
                %v1143 = arith.addi %v1141, %v1142 : i64
                %v1144 = arith.muli %v45, %v345 : i64
                %v1145 = arith.addi %v1143, %v1144 : i64
                %v1146 = arith.muli %v43, %v2 : i64
                %v1147 = arith.addi %v1145, %v1146 : i64
                %v1148 = llvm.getelementptr %dy_o[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                %v1150 = arith.mulf %v1140, %v1149 fastmath<contract> : f32
                %v1151 = llvm.load %v53 : !llvm.ptr -> f32
                %v1152 = llvm.load %v55 : !llvm.ptr -> f32
                %v1153 = arith.mulf %v1152, %v1151 fastmath<contract> : f32
                %v1154 = arith.addf %v1150, %v1153 fastmath<contract> : f32
                llvm.store %v1154, %v53 : f32, !llvm.ptr
                %v1155 = arith.constant 8 : i64
                %v1156 = arith.addi %v1155, %v33 : i64
                %v1157 = arith.muli %v1156, %v198 : i64
                %v1158 = arith.subi %v1135, %v168 : i64
                %v1159 = arith.addi %v1157, %v1158 : i64
                %v1160 = llvm.getelementptr %v64[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
                %v1162 = arith.mulf %v1161, %v1149 fastmath<contract> : f32
                %v1163 = llvm.load %v54 : !llvm.ptr -> f32
                %v1164 = llvm.load %v56 : !llvm.ptr -> f32
                %v1165 = arith.mulf %v1164, %v1163 fastmath<contract> : f32
                %v1166 = arith.addf %v1162, %v1165 fastmath<contract> : f32
                llvm.store %v1166, %v54 : f32, !llvm.ptr
                scf.if %v1133 {
                }
                %v1167 = arith.mulf %v814, %v1149 fastmath<contract> : f32
                %v1168 = arith.mulf %v839, %v1149 fastmath<contract> : f32
                %v1169 = arith.muli %v47, %v347 : i64
                %v1170 = arith.muli %v1135, %v346 : i64
                %v1171 = arith.addi %v1169, %v1170 : i64
                %v1172 = arith.muli %v45, %v345 : i64
                %v1173 = arith.addi %v1171, %v1172 : i64
                %v1174 = arith.muli %v43, %v2 : i64
                %v1175 = arith.addi %v1173, %v1174 : i64
                %v1176 = llvm.getelementptr %in_v[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                %v1178 = llvm.load %v53 : !llvm.ptr -> f32
                %v1179 = arith.mulf %v1177, %v1178 fastmath<contract> : f32
                %v1180 = llvm.load %v54 : !llvm.ptr -> f32
                %v1181 = arith.mulf %v1177, %v1180 fastmath<contract> : f32
                %v1182 = arith.muli %v33, %v198 : i64
                %v1183 = arith.subi %v1135, %v168 : i64
                %v1184 = arith.addi %v1182, %v1183 : i64
                %v1185 = llvm.getelementptr %v68[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
                %v1187 = arith.negf %v1186 : f32
                %v1188 = arith.mulf %v1187, %v331 fastmath<contract> : f32
                %v1189 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1188) : (f32) -> f32
                %v1190 = arith.addf %v70, %v1189 fastmath<contract> : f32
                %v1191 = arith.divf %v70, %v1190 : f32
                %v1192 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1191) : (f32) -> f32
                %v1193 = arith.mulf %v978, %v1192 fastmath<contract> : f32
                %v1194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1193) : (f32) -> f32
                %v1195 = arith.mulf %v755, %v1178 fastmath<contract> : f32
                %v1196 = arith.mulf %v336, %v1195 fastmath<contract> : f32
                %v1197 = arith.mulf %v1194, %v1196 fastmath<contract> : f32
                %v1198 = arith.subf %v70, %v1191 fastmath<contract> : f32
                %v1199 = arith.mulf %v1191, %v1198 fastmath<contract> : f32
                %v1200 = arith.mulf %v1197, %v1199 fastmath<contract> : f32
                %v1201 = arith.constant 8 : i64
                %v1202 = arith.addi %v1201, %v33 : i64
                %v1203 = arith.muli %v1202, %v198 : i64
                %v1204 = arith.subi %v1135, %v168 : i64
                %v1205 = arith.addi %v1203, %v1204 : i64
                %v1206 = llvm.getelementptr %v68[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
                %v1208 = arith.negf %v1207 : f32
                %v1209 = arith.mulf %v1208, %v331 fastmath<contract> : f32
                %v1210 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1209) : (f32) -> f32
                %v1211 = arith.addf %v70, %v1210 fastmath<contract> : f32
                %v1212 = arith.divf %v70, %v1211 : f32
                %v1213 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1212) : (f32) -> f32
                %v1214 = arith.mulf %v978, %v1213 fastmath<contract> : f32
                %v1215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1214) : (f32) -> f32
                %v1216 = arith.mulf %v780, %v1180 fastmath<contract> : f32
                %v1217 = arith.mulf %v336, %v1216 fastmath<contract> : f32
                %v1218 = arith.mulf %v1215, %v1217 fastmath<contract> : f32
                %v1219 = arith.subf %v70, %v1212 fastmath<contract> : f32
                %v1220 = arith.mulf %v1212, %v1219 fastmath<contract> : f32
                %v1221 = arith.mulf %v1218, %v1220 fastmath<contract> : f32
                %v1222 = arith.select %v37, %v1167, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1223, %v1224 = gpu.shuffle xor %v1222, %v1010, %v321 : f32
                %v1225 = arith.addf %v1222, %v1223 fastmath<contract> : f32
                %v1226, %v1227 = gpu.shuffle xor %v1225, %v1014, %v321 : f32
                %v1228 = arith.addf %v1225, %v1226 fastmath<contract> : f32
                %v1229 = arith.divui %v18, %v20 : i64
                %v1230 = arith.remui %v18, %v20 : i64
                %v1231 = arith.cmpi ult, %v1230, %v32 : i64
                %v1232 = arith.addi %v71, %v33 : i64
                %v1233 = arith.muli %v1229, %v1 : i64
                %v1234 = arith.addi %v1233, %v1232 : i64
                %v1235 = arith.muli %v1234, %v1024 : i64
                %v1236 = arith.addi %v1235, %v1134 : i64
                scf.if %v1231 {
                  %v1237 = llvm.getelementptr %v58[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1228, %v1237 : f32, !llvm.ptr
                }
                %v1238 = arith.select %v37, %v1168, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1239, %v1240 = gpu.shuffle xor %v1238, %v1010, %v321 : f32
                %v1241 = arith.addf %v1238, %v1239 fastmath<contract> : f32
                %v1242, %v1243 = gpu.shuffle xor %v1241, %v1014, %v321 : f32
                %v1244 = arith.addf %v1241, %v1242 fastmath<contract> : f32
                %v1245 = arith.divui %v18, %v20 : i64
                %v1246 = arith.remui %v18, %v20 : i64
                %v1247 = arith.cmpi ult, %v1246, %v32 : i64
                %v1248 = arith.addi %v32, %v33 : i64
                %v1249 = arith.muli %v1245, %v1 : i64
                %v1250 = arith.addi %v1249, %v1248 : i64
                %v1251 = arith.muli %v1250, %v1024 : i64
                %v1252 = arith.addi %v1251, %v1134 : i64
                scf.if %v1247 {
                  %v1253 = llvm.getelementptr %v58[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1244, %v1253 : f32, !llvm.ptr
                }
                %v1254 = arith.select %v37, %v1179, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1255, %v1256 = gpu.shuffle xor %v1254, %v1010, %v321 : f32
                %v1257 = arith.addf %v1254, %v1255 fastmath<contract> : f32
                %v1258, %v1259 = gpu.shuffle xor %v1257, %v1014, %v321 : f32
                %v1260 = arith.addf %v1257, %v1258 fastmath<contract> : f32
                %v1261 = arith.divui %v18, %v20 : i64
                %v1262 = arith.remui %v18, %v20 : i64
                %v1263 = arith.cmpi ult, %v1262, %v32 : i64
                %v1264 = arith.addi %v71, %v33 : i64
                %v1265 = arith.muli %v1261, %v1 : i64
                %v1266 = arith.addi %v1265, %v1264 : i64
                %v1267 = arith.muli %v1266, %v1024 : i64
                %v1268 = arith.addi %v1267, %v1134 : i64
                scf.if %v1263 {
                  %v1269 = llvm.getelementptr %v60[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1260, %v1269 : f32, !llvm.ptr
                }
                %v1270 = arith.select %v37, %v1181, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1271, %v1272 = gpu.shuffle xor %v1270, %v1010, %v321 : f32
                %v1273 = arith.addf %v1270, %v1271 fastmath<contract> : f32
                %v1274, %v1275 = gpu.shuffle xor %v1273, %v1014, %v321 : f32
                %v1276 = arith.addf %v1273, %v1274 fastmath<contract> : f32
                %v1277 = arith.divui %v18, %v20 : i64
                %v1278 = arith.remui %v18, %v20 : i64
                %v1279 = arith.cmpi ult, %v1278, %v32 : i64
                %v1280 = arith.addi %v32, %v33 : i64
                %v1281 = arith.muli %v1277, %v1 : i64
                %v1282 = arith.addi %v1281, %v1280 : i64
                %v1283 = arith.muli %v1282, %v1024 : i64
                %v1284 = arith.addi %v1283, %v1134 : i64
                scf.if %v1279 {
                  %v1285 = llvm.getelementptr %v60[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1276, %v1285 : f32, !llvm.ptr
                }
                %v1286 = arith.select %v37, %v1200, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1287, %v1288 = gpu.shuffle xor %v1286, %v1010, %v321 : f32
                %v1289 = arith.addf %v1286, %v1287 fastmath<contract> : f32
                %v1290, %v1291 = gpu.shuffle xor %v1289, %v1014, %v321 : f32
                %v1292 = arith.addf %v1289, %v1290 fastmath<contract> : f32
                %v1293 = arith.divui %v18, %v20 : i64
                %v1294 = arith.remui %v18, %v20 : i64
                %v1295 = arith.cmpi ult, %v1294, %v32 : i64
                %v1296 = arith.addi %v71, %v33 : i64
                %v1297 = arith.muli %v1293, %v1 : i64
                %v1298 = arith.addi %v1297, %v1296 : i64
                %v1299 = arith.muli %v1298, %v1024 : i64
                %v1300 = arith.addi %v1299, %v1134 : i64
                scf.if %v1295 {
                  %v1301 = llvm.getelementptr %v62[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1292, %v1301 : f32, !llvm.ptr
                }
                %v1302 = arith.select %v37, %v1221, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1303, %v1304 = gpu.shuffle xor %v1302, %v1010, %v321 : f32
                %v1305 = arith.addf %v1302, %v1303 fastmath<contract> : f32
                %v1306, %v1307 = gpu.shuffle xor %v1305, %v1014, %v321 : f32
                %v1308 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                %v1309 = arith.divui %v18, %v20 : i64
                %v1310 = arith.remui %v18, %v20 : i64
                %v1311 = arith.cmpi ult, %v1310, %v32 : i64
                %v1312 = arith.addi %v32, %v33 : i64
                %v1313 = arith.muli %v1309, %v1 : i64
                %v1314 = arith.addi %v1313, %v1312 : i64
                %v1315 = arith.muli %v1314, %v1024 : i64
                %v1316 = arith.addi %v1315, %v1134 : i64
                scf.if %v1311 {
                  %v1317 = llvm.getelementptr %v62[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1308, %v1317 : f32, !llvm.ptr
                }
                %v1318 = arith.muli %v33, %v198 : i64
                %v1319 = arith.subi %v1135, %v168 : i64
                %v1320 = arith.addi %v1318, %v1319 : i64
                %v1321 = llvm.getelementptr %v66[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
                %v1323 = arith.mulf %v1322, %v1178 fastmath<contract> : f32
                %v1324 = arith.constant 8 : i64
                %v1325 = arith.addi %v1324, %v33 : i64
                %v1326 = arith.muli %v1325, %v198 : i64
                %v1327 = arith.subi %v1135, %v168 : i64
                %v1328 = arith.addi %v1326, %v1327 : i64
                %v1329 = llvm.getelementptr %v66[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
                %v1331 = arith.mulf %v1330, %v1180 fastmath<contract> : f32
                %v1332 = arith.addf %v1323, %v1331 fastmath<contract> : f32
                llvm.store %v1332, %v898 : f32, !llvm.ptr
                %v1333 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1191) : (f32) -> f32
                %v1334 = arith.mulf %v336, %v1333 fastmath<contract> : f32
                %v1335 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1334) : (f32) -> f32
                llvm.store %v1335, %v55 : f32, !llvm.ptr
                %v1336 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1212) : (f32) -> f32
                %v1337 = arith.mulf %v336, %v1336 fastmath<contract> : f32
                %v1338 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1337) : (f32) -> f32
                llvm.store %v1338, %v56 : f32, !llvm.ptr
              }
              %v1339 = llvm.load %v898 : !llvm.ptr -> f32
              %v1340 = arith.select %v901, %v1339, %v1129 : f32
              %v1341 = arith.select %v901, %v1129, %v1339 : f32
              %v1343, %v1344 = gpu.shuffle xor %v1340, %v1342, %v321 : f32
              %v1345 = arith.addf %v1341, %v1343 fastmath<contract> : f32
              %v1346 = arith.addi %v405, %v722 : i64
              %v1348 = arith.cmpi slt, %v1347, %v909 : i32
              %v1349 = arith.cmpi eq, %v1347, %v915 : i32
              %v1350 = arith.addi %v407, %v387 : i64
              llvm.store %v69, %v898 : f32, !llvm.ptr
              scf.if %v1348 {
                %v1351 = arith.addi %v168, %v1346 : i64
                %v1352 = arith.muli %v33, %v198 : i64
                %v1353 = arith.subi %v1351, %v168 : i64
                %v1354 = arith.addi %v1352, %v1353 : i64
                %v1355 = llvm.getelementptr %v64[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
                %v1357 = arith.muli %v47, %v347 : i64
                %v1358 = arith.muli %v1351, %v346 : i64
                %v1359 = arith.addi %v1357, %v1358 : i64
                %v1360 = arith.muli %v45, %v345 : i64
                %v1361 = arith.addi %v1359, %v1360 : i64
                %v1362 = arith.muli %v43, %v2 : i64
                %v1363 = arith.addi %v1361, %v1362 : i64
                %v1364 = llvm.getelementptr %dy_o[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1365 = llvm.load %v1364 : !llvm.ptr -> f32
                %v1366 = arith.mulf %v1356, %v1365 fastmath<contract> : f32
                %v1367 = llvm.load %v53 : !llvm.ptr -> f32
                %v1368 = llvm.load %v55 : !llvm.ptr -> f32
                %v1369 = arith.mulf %v1368, %v1367 fastmath<contract> : f32
                %v1370 = arith.addf %v1366, %v1369 fastmath<contract> : f32
                llvm.store %v1370, %v53 : f32, !llvm.ptr
                %v1371 = arith.constant 8 : i64
                %v1372 = arith.addi %v1371, %v33 : i64
                %v1373 = arith.muli %v1372, %v198 : i64
                %v1374 = arith.subi %v1351, %v168 : i64
                %v1375 = arith.addi %v1373, %v1374 : i64
                %v1376 = llvm.getelementptr %v64[%v1375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1377 = llvm.load %v1376 : !llvm.ptr -> f32
                %v1378 = arith.mulf %v1377, %v1365 fastmath<contract> : f32
                %v1379 = llvm.load %v54 : !llvm.ptr -> f32
                %v1380 = llvm.load %v56 : !llvm.ptr -> f32
                %v1381 = arith.mulf %v1380, %v1379 fastmath<contract> : f32
                %v1382 = arith.addf %v1378, %v1381 fastmath<contract> : f32
                llvm.store %v1382, %v54 : f32, !llvm.ptr
                scf.if %v1349 {
                }
                %v1383 = arith.mulf %v755, %v1365 fastmath<contract> : f32
                %v1384 = arith.mulf %v780, %v1365 fastmath<contract> : f32
                %v1385 = arith.muli %v47, %v347 : i64
                %v1386 = arith.muli %v1351, %v346 : i64
                %v1387 = arith.addi %v1385, %v1386 : i64
                %v1388 = arith.muli %v45, %v345 : i64
                %v1389 = arith.addi %v1387, %v1388 : i64
                %v1390 = arith.muli %v43, %v2 : i64
                %v1391 = arith.addi %v1389, %v1390 : i64
                %v1392 = llvm.getelementptr %in_v[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1393 = llvm.load %v1392 : !llvm.ptr -> f32
                %v1394 = llvm.load %v53 : !llvm.ptr -> f32
                %v1395 = arith.mulf %v1393, %v1394 fastmath<contract> : f32
                %v1396 = llvm.load %v54 : !llvm.ptr -> f32
                %v1397 = arith.mulf %v1393, %v1396 fastmath<contract> : f32
                %v1398 = arith.muli %v33, %v198 : i64
                %v1399 = arith.subi %v1351, %v168 : i64
                %v1400 = arith.addi %v1398, %v1399 : i64
                %v1401 = llvm.getelementptr %v68[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
                %v1403 = arith.negf %v1402 : f32
                %v1404 = arith.mulf %v1403, %v331 fastmath<contract> : f32
                %v1405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1404) : (f32) -> f32
                %v1406 = arith.addf %v70, %v1405 fastmath<contract> : f32
                %v1407 = arith.divf %v70, %v1406 : f32
                %v1408 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1407) : (f32) -> f32
                %v1409 = arith.mulf %v978, %v1408 fastmath<contract> : f32
                %v1410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1409) : (f32) -> f32
                %v1411 = arith.mulf %v696, %v1394 fastmath<contract> : f32
                %v1412 = arith.mulf %v336, %v1411 fastmath<contract> : f32
                %v1413 = arith.mulf %v1410, %v1412 fastmath<contract> : f32
                %v1414 = arith.subf %v70, %v1407 fastmath<contract> : f32
                %v1415 = arith.mulf %v1407, %v1414 fastmath<contract> : f32
                %v1416 = arith.mulf %v1413, %v1415 fastmath<contract> : f32
                %v1417 = arith.constant 8 : i64
                %v1418 = arith.addi %v1417, %v33 : i64
                %v1419 = arith.muli %v1418, %v198 : i64
                %v1420 = arith.subi %v1351, %v168 : i64
                %v1421 = arith.addi %v1419, %v1420 : i64
                %v1422 = llvm.getelementptr %v68[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1423 = llvm.load %v1422 : !llvm.ptr -> f32
                %v1424 = arith.negf %v1423 : f32
                %v1425 = arith.mulf %v1424, %v331 fastmath<contract> : f32
                %v1426 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1425) : (f32) -> f32
                %v1427 = arith.addf %v70, %v1426 fastmath<contract> : f32
                %v1428 = arith.divf %v70, %v1427 : f32
                %v1429 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1428) : (f32) -> f32
                %v1430 = arith.mulf %v978, %v1429 fastmath<contract> : f32
                %v1431 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1430) : (f32) -> f32
                %v1432 = arith.mulf %v721, %v1396 fastmath<contract> : f32
                %v1433 = arith.mulf %v336, %v1432 fastmath<contract> : f32
                %v1434 = arith.mulf %v1431, %v1433 fastmath<contract> : f32
                %v1435 = arith.subf %v70, %v1428 fastmath<contract> : f32
                %v1436 = arith.mulf %v1428, %v1435 fastmath<contract> : f32
                %v1437 = arith.mulf %v1434, %v1436 fastmath<contract> : f32
                %v1438 = arith.select %v37, %v1383, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1439, %v1440 = gpu.shuffle xor %v1438, %v1010, %v321 : f32
                %v1441 = arith.addf %v1438, %v1439 fastmath<contract> : f32
                %v1442, %v1443 = gpu.shuffle xor %v1441, %v1014, %v321 : f32
                %v1444 = arith.addf %v1441, %v1442 fastmath<contract> : f32
                %v1445 = arith.divui %v18, %v20 : i64
                %v1446 = arith.remui %v18, %v20 : i64
                %v1447 = arith.cmpi ult, %v1446, %v32 : i64
                %v1448 = arith.addi %v71, %v33 : i64
                %v1449 = arith.muli %v1445, %v1 : i64
                %v1450 = arith.addi %v1449, %v1448 : i64
                %v1451 = arith.muli %v1450, %v1024 : i64
                %v1452 = arith.addi %v1451, %v1350 : i64
                scf.if %v1447 {
                  %v1453 = llvm.getelementptr %v58[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1444, %v1453 : f32, !llvm.ptr
                }
                %v1454 = arith.select %v37, %v1384, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1455, %v1456 = gpu.shuffle xor %v1454, %v1010, %v321 : f32
                %v1457 = arith.addf %v1454, %v1455 fastmath<contract> : f32
                %v1458, %v1459 = gpu.shuffle xor %v1457, %v1014, %v321 : f32
                %v1460 = arith.addf %v1457, %v1458 fastmath<contract> : f32
                %v1461 = arith.divui %v18, %v20 : i64
                %v1462 = arith.remui %v18, %v20 : i64
                %v1463 = arith.cmpi ult, %v1462, %v32 : i64
                %v1464 = arith.addi %v32, %v33 : i64
                %v1465 = arith.muli %v1461, %v1 : i64
                %v1466 = arith.addi %v1465, %v1464 : i64
                %v1467 = arith.muli %v1466, %v1024 : i64
                %v1468 = arith.addi %v1467, %v1350 : i64
                scf.if %v1463 {
                  %v1469 = llvm.getelementptr %v58[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1460, %v1469 : f32, !llvm.ptr
                }
                %v1470 = arith.select %v37, %v1395, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1471, %v1472 = gpu.shuffle xor %v1470, %v1010, %v321 : f32
                %v1473 = arith.addf %v1470, %v1471 fastmath<contract> : f32
                %v1474, %v1475 = gpu.shuffle xor %v1473, %v1014, %v321 : f32
                %v1476 = arith.addf %v1473, %v1474 fastmath<contract> : f32
                %v1477 = arith.divui %v18, %v20 : i64
                %v1478 = arith.remui %v18, %v20 : i64
                %v1479 = arith.cmpi ult, %v1478, %v32 : i64
                %v1480 = arith.addi %v71, %v33 : i64
                %v1481 = arith.muli %v1477, %v1 : i64
                %v1482 = arith.addi %v1481, %v1480 : i64
                %v1483 = arith.muli %v1482, %v1024 : i64
                %v1484 = arith.addi %v1483, %v1350 : i64
                scf.if %v1479 {
                  %v1485 = llvm.getelementptr %v60[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1476, %v1485 : f32, !llvm.ptr
                }
                %v1486 = arith.select %v37, %v1397, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1487, %v1488 = gpu.shuffle xor %v1486, %v1010, %v321 : f32
                %v1489 = arith.addf %v1486, %v1487 fastmath<contract> : f32
                %v1490, %v1491 = gpu.shuffle xor %v1489, %v1014, %v321 : f32
                %v1492 = arith.addf %v1489, %v1490 fastmath<contract> : f32
                %v1493 = arith.divui %v18, %v20 : i64
                %v1494 = arith.remui %v18, %v20 : i64
                %v1495 = arith.cmpi ult, %v1494, %v32 : i64
                %v1496 = arith.addi %v32, %v33 : i64
                %v1497 = arith.muli %v1493, %v1 : i64
                %v1498 = arith.addi %v1497, %v1496 : i64
                %v1499 = arith.muli %v1498, %v1024 : i64
                %v1500 = arith.addi %v1499, %v1350 : i64
                scf.if %v1495 {
                  %v1501 = llvm.getelementptr %v60[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1492, %v1501 : f32, !llvm.ptr
                }
                %v1502 = arith.select %v37, %v1416, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1503, %v1504 = gpu.shuffle xor %v1502, %v1010, %v321 : f32
                %v1505 = arith.addf %v1502, %v1503 fastmath<contract> : f32
                %v1506, %v1507 = gpu.shuffle xor %v1505, %v1014, %v321 : f32
                %v1508 = arith.addf %v1505, %v1506 fastmath<contract> : f32
                %v1509 = arith.divui %v18, %v20 : i64
                %v1510 = arith.remui %v18, %v20 : i64
                %v1511 = arith.cmpi ult, %v1510, %v32 : i64
                %v1512 = arith.addi %v71, %v33 : i64
                %v1513 = arith.muli %v1509, %v1 : i64
                %v1514 = arith.addi %v1513, %v1512 : i64
                %v1515 = arith.muli %v1514, %v1024 : i64
                %v1516 = arith.addi %v1515, %v1350 : i64
                scf.if %v1511 {
                  %v1517 = llvm.getelementptr %v62[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1508, %v1517 : f32, !llvm.ptr
                }
                %v1518 = arith.select %v37, %v1437, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1519, %v1520 = gpu.shuffle xor %v1518, %v1010, %v321 : f32
                %v1521 = arith.addf %v1518, %v1519 fastmath<contract> : f32
                %v1522, %v1523 = gpu.shuffle xor %v1521, %v1014, %v321 : f32
                %v1524 = arith.addf %v1521, %v1522 fastmath<contract> : f32
                %v1525 = arith.divui %v18, %v20 : i64
                %v1526 = arith.remui %v18, %v20 : i64
                %v1527 = arith.cmpi ult, %v1526, %v32 : i64
                %v1528 = arith.addi %v32, %v33 : i64
                %v1529 = arith.muli %v1525, %v1 : i64
                %v1530 = arith.addi %v1529, %v1528 : i64
                %v1531 = arith.muli %v1530, %v1024 : i64
                %v1532 = arith.addi %v1531, %v1350 : i64
                scf.if %v1527 {
                  %v1533 = llvm.getelementptr %v62[%v1532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1524, %v1533 : f32, !llvm.ptr
                }
                %v1534 = arith.muli %v33, %v198 : i64
                %v1535 = arith.subi %v1351, %v168 : i64
                %v1536 = arith.addi %v1534, %v1535 : i64
                %v1537 = llvm.getelementptr %v66[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                %v1539 = arith.mulf %v1538, %v1394 fastmath<contract> : f32
                %v1540 = arith.constant 8 : i64
                %v1541 = arith.addi %v1540, %v33 : i64
                %v1542 = arith.muli %v1541, %v198 : i64
                %v1543 = arith.subi %v1351, %v168 : i64
                %v1544 = arith.addi %v1542, %v1543 : i64
                %v1545 = llvm.getelementptr %v66[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
                %v1547 = arith.mulf %v1546, %v1396 fastmath<contract> : f32
                %v1548 = arith.addf %v1539, %v1547 fastmath<contract> : f32
                llvm.store %v1548, %v898 : f32, !llvm.ptr
                %v1549 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1407) : (f32) -> f32
                %v1550 = arith.mulf %v336, %v1549 fastmath<contract> : f32
                %v1551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1550) : (f32) -> f32
                llvm.store %v1551, %v55 : f32, !llvm.ptr
                %v1552 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1428) : (f32) -> f32
                %v1553 = arith.mulf %v336, %v1552 fastmath<contract> : f32
                %v1554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1553) : (f32) -> f32
                llvm.store %v1554, %v56 : f32, !llvm.ptr
              }
              %v1555 = llvm.load %v898 : !llvm.ptr -> f32
              %v1556 = arith.addi %v405, %v49 : i64
              %v1558 = arith.cmpi slt, %v1557, %v909 : i32
              %v1559 = arith.cmpi eq, %v1557, %v915 : i32
              %v1560 = arith.addi %v407, %v605 : i64
              llvm.store %v69, %v898 : f32, !llvm.ptr
              scf.if %v1558 {
                %v1561 = arith.addi %v168, %v1556 : i64
                %v1562 = arith.muli %v33, %v198 : i64
                %v1563 = arith.subi %v1561, %v168 : i64
                %v1564 = arith.addi %v1562, %v1563 : i64
                %v1565 = llvm.getelementptr %v64[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
                %v1567 = arith.muli %v47, %v347 : i64
                %v1568 = arith.muli %v1561, %v346 : i64
                %v1569 = arith.addi %v1567, %v1568 : i64
                %v1570 = arith.muli %v45, %v345 : i64
                %v1571 = arith.addi %v1569, %v1570 : i64
                %v1572 = arith.muli %v43, %v2 : i64
                %v1573 = arith.addi %v1571, %v1572 : i64
                %v1574 = llvm.getelementptr %dy_o[%v1573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1575 = llvm.load %v1574 : !llvm.ptr -> f32
                %v1576 = arith.mulf %v1566, %v1575 fastmath<contract> : f32
                %v1577 = llvm.load %v53 : !llvm.ptr -> f32
                %v1578 = llvm.load %v55 : !llvm.ptr -> f32
                %v1579 = arith.mulf %v1578, %v1577 fastmath<contract> : f32
                %v1580 = arith.addf %v1576, %v1579 fastmath<contract> : f32
                llvm.store %v1580, %v53 : f32, !llvm.ptr
                %v1581 = arith.constant 8 : i64
                %v1582 = arith.addi %v1581, %v33 : i64
                %v1583 = arith.muli %v1582, %v198 : i64
                %v1584 = arith.subi %v1561, %v168 : i64
                %v1585 = arith.addi %v1583, %v1584 : i64
                %v1586 = llvm.getelementptr %v64[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
                %v1588 = arith.mulf %v1587, %v1575 fastmath<contract> : f32
                %v1589 = llvm.load %v54 : !llvm.ptr -> f32
                %v1590 = llvm.load %v56 : !llvm.ptr -> f32
                %v1591 = arith.mulf %v1590, %v1589 fastmath<contract> : f32
                %v1592 = arith.addf %v1588, %v1591 fastmath<contract> : f32
                llvm.store %v1592, %v54 : f32, !llvm.ptr
                scf.if %v1559 {
                }
                %v1593 = arith.mulf %v696, %v1575 fastmath<contract> : f32
                %v1594 = arith.mulf %v721, %v1575 fastmath<contract> : f32
                %v1595 = arith.muli %v47, %v347 : i64
                %v1596 = arith.muli %v1561, %v346 : i64
                %v1597 = arith.addi %v1595, %v1596 : i64
                %v1598 = arith.muli %v45, %v345 : i64
                %v1599 = arith.addi %v1597, %v1598 : i64
                %v1600 = arith.muli %v43, %v2 : i64
                %v1601 = arith.addi %v1599, %v1600 : i64
                %v1602 = llvm.getelementptr %in_v[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1603 = llvm.load %v1602 : !llvm.ptr -> f32
                %v1604 = llvm.load %v53 : !llvm.ptr -> f32
                %v1605 = arith.mulf %v1603, %v1604 fastmath<contract> : f32
                %v1606 = llvm.load %v54 : !llvm.ptr -> f32
                %v1607 = arith.mulf %v1603, %v1606 fastmath<contract> : f32
                %v1608 = arith.muli %v33, %v198 : i64
                %v1609 = arith.subi %v1561, %v168 : i64
                %v1610 = arith.addi %v1608, %v1609 : i64
                %v1611 = llvm.getelementptr %v68[%v1610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1612 = llvm.load %v1611 : !llvm.ptr -> f32
                %v1613 = arith.negf %v1612 : f32
                %v1614 = arith.mulf %v1613, %v331 fastmath<contract> : f32
                %v1615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1614) : (f32) -> f32
                %v1616 = arith.addf %v70, %v1615 fastmath<contract> : f32
                %v1617 = arith.divf %v70, %v1616 : f32
                %v1618 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1617) : (f32) -> f32
                %v1619 = arith.mulf %v978, %v1618 fastmath<contract> : f32
                %v1620 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1619) : (f32) -> f32
                %v1621 = arith.mulf %v638, %v1604 fastmath<contract> : f32
                %v1622 = arith.mulf %v336, %v1621 fastmath<contract> : f32
                %v1623 = arith.mulf %v1620, %v1622 fastmath<contract> : f32
                %v1624 = arith.subf %v70, %v1617 fastmath<contract> : f32
                %v1625 = arith.mulf %v1617, %v1624 fastmath<contract> : f32
                %v1626 = arith.mulf %v1623, %v1625 fastmath<contract> : f32
                %v1627 = arith.constant 8 : i64
                %v1628 = arith.addi %v1627, %v33 : i64
                %v1629 = arith.muli %v1628, %v198 : i64
                %v1630 = arith.subi %v1561, %v168 : i64
                %v1631 = arith.addi %v1629, %v1630 : i64
                %v1632 = llvm.getelementptr %v68[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1633 = llvm.load %v1632 : !llvm.ptr -> f32
                %v1634 = arith.negf %v1633 : f32
                %v1635 = arith.mulf %v1634, %v331 fastmath<contract> : f32
                %v1636 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1635) : (f32) -> f32
                %v1637 = arith.addf %v70, %v1636 fastmath<contract> : f32
                %v1638 = arith.divf %v70, %v1637 : f32
                %v1639 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1638) : (f32) -> f32
                %v1640 = arith.mulf %v978, %v1639 fastmath<contract> : f32
                %v1641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1640) : (f32) -> f32
                %v1642 = arith.mulf %v663, %v1606 fastmath<contract> : f32
                %v1643 = arith.mulf %v336, %v1642 fastmath<contract> : f32
                %v1644 = arith.mulf %v1641, %v1643 fastmath<contract> : f32
                %v1645 = arith.subf %v70, %v1638 fastmath<contract> : f32
                %v1646 = arith.mulf %v1638, %v1645 fastmath<contract> : f32
                %v1647 = arith.mulf %v1644, %v1646 fastmath<contract> : f32
                %v1648 = arith.select %v37, %v1593, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1649, %v1650 = gpu.shuffle xor %v1648, %v1010, %v321 : f32
                %v1651 = arith.addf %v1648, %v1649 fastmath<contract> : f32
                %v1652, %v1653 = gpu.shuffle xor %v1651, %v1014, %v321 : f32
                %v1654 = arith.addf %v1651, %v1652 fastmath<contract> : f32
                %v1655 = arith.divui %v18, %v20 : i64
                %v1656 = arith.remui %v18, %v20 : i64
                %v1657 = arith.cmpi ult, %v1656, %v32 : i64
                %v1658 = arith.addi %v71, %v33 : i64
                %v1659 = arith.muli %v1655, %v1 : i64
                %v1660 = arith.addi %v1659, %v1658 : i64
                %v1661 = arith.muli %v1660, %v1024 : i64
                %v1662 = arith.addi %v1661, %v1560 : i64
                scf.if %v1657 {
                  %v1663 = llvm.getelementptr %v58[%v1662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1654, %v1663 : f32, !llvm.ptr
                }
                %v1664 = arith.select %v37, %v1594, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1665, %v1666 = gpu.shuffle xor %v1664, %v1010, %v321 : f32
                %v1667 = arith.addf %v1664, %v1665 fastmath<contract> : f32
                %v1668, %v1669 = gpu.shuffle xor %v1667, %v1014, %v321 : f32
                %v1670 = arith.addf %v1667, %v1668 fastmath<contract> : f32
                %v1671 = arith.divui %v18, %v20 : i64
                %v1672 = arith.remui %v18, %v20 : i64
                %v1673 = arith.cmpi ult, %v1672, %v32 : i64
                %v1674 = arith.addi %v32, %v33 : i64
                %v1675 = arith.muli %v1671, %v1 : i64
                %v1676 = arith.addi %v1675, %v1674 : i64
                %v1677 = arith.muli %v1676, %v1024 : i64
                %v1678 = arith.addi %v1677, %v1560 : i64
                scf.if %v1673 {
                  %v1679 = llvm.getelementptr %v58[%v1678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1670, %v1679 : f32, !llvm.ptr
                }
                %v1680 = arith.select %v37, %v1605, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1681, %v1682 = gpu.shuffle xor %v1680, %v1010, %v321 : f32
                %v1683 = arith.addf %v1680, %v1681 fastmath<contract> : f32
                %v1684, %v1685 = gpu.shuffle xor %v1683, %v1014, %v321 : f32
                %v1686 = arith.addf %v1683, %v1684 fastmath<contract> : f32
                %v1687 = arith.divui %v18, %v20 : i64
                %v1688 = arith.remui %v18, %v20 : i64
                %v1689 = arith.cmpi ult, %v1688, %v32 : i64
                %v1690 = arith.addi %v71, %v33 : i64
                %v1691 = arith.muli %v1687, %v1 : i64
                %v1692 = arith.addi %v1691, %v1690 : i64
                %v1693 = arith.muli %v1692, %v1024 : i64
                %v1694 = arith.addi %v1693, %v1560 : i64
                scf.if %v1689 {
                  %v1695 = llvm.getelementptr %v60[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1686, %v1695 : f32, !llvm.ptr
                }
                %v1696 = arith.select %v37, %v1607, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1697, %v1698 = gpu.shuffle xor %v1696, %v1010, %v321 : f32
                %v1699 = arith.addf %v1696, %v1697 fastmath<contract> : f32
                %v1700, %v1701 = gpu.shuffle xor %v1699, %v1014, %v321 : f32
                %v1702 = arith.addf %v1699, %v1700 fastmath<contract> : f32
                %v1703 = arith.divui %v18, %v20 : i64
                %v1704 = arith.remui %v18, %v20 : i64
                %v1705 = arith.cmpi ult, %v1704, %v32 : i64
                %v1706 = arith.addi %v32, %v33 : i64
                %v1707 = arith.muli %v1703, %v1 : i64
                %v1708 = arith.addi %v1707, %v1706 : i64
                %v1709 = arith.muli %v1708, %v1024 : i64
                %v1710 = arith.addi %v1709, %v1560 : i64
                scf.if %v1705 {
                  %v1711 = llvm.getelementptr %v60[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1702, %v1711 : f32, !llvm.ptr
                }
                %v1712 = arith.select %v37, %v1626, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1713, %v1714 = gpu.shuffle xor %v1712, %v1010, %v321 : f32
                %v1715 = arith.addf %v1712, %v1713 fastmath<contract> : f32
                %v1716, %v1717 = gpu.shuffle xor %v1715, %v1014, %v321 : f32
                %v1718 = arith.addf %v1715, %v1716 fastmath<contract> : f32
                %v1719 = arith.divui %v18, %v20 : i64
                %v1720 = arith.remui %v18, %v20 : i64
                %v1721 = arith.cmpi ult, %v1720, %v32 : i64
                %v1722 = arith.addi %v71, %v33 : i64
                %v1723 = arith.muli %v1719, %v1 : i64
                %v1724 = arith.addi %v1723, %v1722 : i64
                %v1725 = arith.muli %v1724, %v1024 : i64
                %v1726 = arith.addi %v1725, %v1560 : i64
                scf.if %v1721 {
                  %v1727 = llvm.getelementptr %v62[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1718, %v1727 : f32, !llvm.ptr
                }
                %v1728 = arith.select %v37, %v1647, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1729, %v1730 = gpu.shuffle xor %v1728, %v1010, %v321 : f32
                %v1731 = arith.addf %v1728, %v1729 fastmath<contract> : f32
                %v1732, %v1733 = gpu.shuffle xor %v1731, %v1014, %v321 : f32
                %v1734 = arith.addf %v1731, %v1732 fastmath<contract> : f32
                %v1735 = arith.divui %v18, %v20 : i64
                %v1736 = arith.remui %v18, %v20 : i64
                %v1737 = arith.cmpi ult, %v1736, %v32 : i64
                %v1738 = arith.addi %v32, %v33 : i64
                %v1739 = arith.muli %v1735, %v1 : i64
                %v1740 = arith.addi %v1739, %v1738 : i64
                %v1741 = arith.muli %v1740, %v1024 : i64
                %v1742 = arith.addi %v1741, %v1560 : i64
                scf.if %v1737 {
                  %v1743 = llvm.getelementptr %v62[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1734, %v1743 : f32, !llvm.ptr
                }
                %v1744 = arith.muli %v33, %v198 : i64
                %v1745 = arith.subi %v1561, %v168 : i64
                %v1746 = arith.addi %v1744, %v1745 : i64
                %v1747 = llvm.getelementptr %v66[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1748 = llvm.load %v1747 : !llvm.ptr -> f32
                %v1749 = arith.mulf %v1748, %v1604 fastmath<contract> : f32
                %v1750 = arith.constant 8 : i64
                %v1751 = arith.addi %v1750, %v33 : i64
                %v1752 = arith.muli %v1751, %v198 : i64
                %v1753 = arith.subi %v1561, %v168 : i64
                %v1754 = arith.addi %v1752, %v1753 : i64
                %v1755 = llvm.getelementptr %v66[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1756 = llvm.load %v1755 : !llvm.ptr -> f32
                %v1757 = arith.mulf %v1756, %v1606 fastmath<contract> : f32
                %v1758 = arith.addf %v1749, %v1757 fastmath<contract> : f32
                llvm.store %v1758, %v898 : f32, !llvm.ptr
                %v1759 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1617) : (f32) -> f32
                %v1760 = arith.mulf %v336, %v1759 fastmath<contract> : f32
                %v1761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1760) : (f32) -> f32
                llvm.store %v1761, %v55 : f32, !llvm.ptr
                %v1762 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1638) : (f32) -> f32
                %v1763 = arith.mulf %v336, %v1762 fastmath<contract> : f32
                %v1764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1763) : (f32) -> f32
                llvm.store %v1764, %v56 : f32, !llvm.ptr
              }
              %v1765 = llvm.load %v898 : !llvm.ptr -> f32
              %v1766 = arith.select %v901, %v1765, %v1555 : f32
              %v1767 = arith.select %v901, %v1555, %v1765 : f32
              %v1768, %v1769 = gpu.shuffle xor %v1766, %v1342, %v321 : f32
              %v1770 = arith.addf %v1767, %v1768 fastmath<contract> : f32
              %v1771 = arith.select %v904, %v1770, %v1345 : f32
              %v1772 = arith.select %v904, %v1345, %v1770 : f32
              %v1774, %v1775 = gpu.shuffle xor %v1771, %v1773, %v321 : f32
              %v1776 = arith.addf %v1772, %v1774 fastmath<contract> : f32
              %v1777 = arith.addi %v405, %v605 : i64
              %v1779 = arith.cmpi slt, %v1778, %v909 : i32
              %v1780 = arith.cmpi eq, %v1778, %v915 : i32
              %v1781 = arith.addi %v407, %v49 : i64
              llvm.store %v69, %v898 : f32, !llvm.ptr
              scf.if %v1779 {
                %v1782 = arith.addi %v168, %v1777 : i64
                %v1783 = arith.muli %v33, %v198 : i64
                %v1784 = arith.subi %v1782, %v168 : i64
                %v1785 = arith.addi %v1783, %v1784 : i64
                %v1786 = llvm.getelementptr %v64[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
                %v1788 = arith.muli %v47, %v347 : i64
                %v1789 = arith.muli %v1782, %v346 : i64
                %v1790 = arith.addi %v1788, %v1789 : i64
                %v1791 = arith.muli %v45, %v345 : i64
                %v1792 = arith.addi %v1790, %v1791 : i64
                %v1793 = arith.muli %v43, %v2 : i64
                %v1794 = arith.addi %v1792, %v1793 : i64
                %v1795 = llvm.getelementptr %dy_o[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1796 = llvm.load %v1795 : !llvm.ptr -> f32
                %v1797 = arith.mulf %v1787, %v1796 fastmath<contract> : f32
                %v1798 = llvm.load %v53 : !llvm.ptr -> f32
                %v1799 = llvm.load %v55 : !llvm.ptr -> f32
                %v1800 = arith.mulf %v1799, %v1798 fastmath<contract> : f32
                %v1801 = arith.addf %v1797, %v1800 fastmath<contract> : f32
                llvm.store %v1801, %v53 : f32, !llvm.ptr
                %v1802 = arith.constant 8 : i64
                %v1803 = arith.addi %v1802, %v33 : i64
                %v1804 = arith.muli %v1803, %v198 : i64
                %v1805 = arith.subi %v1782, %v168 : i64
                %v1806 = arith.addi %v1804, %v1805 : i64
                %v1807 = llvm.getelementptr %v64[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1808 = llvm.load %v1807 : !llvm.ptr -> f32
                %v1809 = arith.mulf %v1808, %v1796 fastmath<contract> : f32
                %v1810 = llvm.load %v54 : !llvm.ptr -> f32
                %v1811 = llvm.load %v56 : !llvm.ptr -> f32
                %v1812 = arith.mulf %v1811, %v1810 fastmath<contract> : f32
                %v1813 = arith.addf %v1809, %v1812 fastmath<contract> : f32
                llvm.store %v1813, %v54 : f32, !llvm.ptr
                scf.if %v1780 {
                }
                %v1814 = arith.mulf %v638, %v1796 fastmath<contract> : f32
                %v1815 = arith.mulf %v663, %v1796 fastmath<contract> : f32
                %v1816 = arith.muli %v47, %v347 : i64
                %v1817 = arith.muli %v1782, %v346 : i64
                %v1818 = arith.addi %v1816, %v1817 : i64
                %v1819 = arith.muli %v45, %v345 : i64
                %v1820 = arith.addi %v1818, %v1819 : i64
                %v1821 = arith.muli %v43, %v2 : i64
                %v1822 = arith.addi %v1820, %v1821 : i64
                %v1823 = llvm.getelementptr %in_v[%v1822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1824 = llvm.load %v1823 : !llvm.ptr -> f32
                %v1825 = llvm.load %v53 : !llvm.ptr -> f32
                %v1826 = arith.mulf %v1824, %v1825 fastmath<contract> : f32
                %v1827 = llvm.load %v54 : !llvm.ptr -> f32
                %v1828 = arith.mulf %v1824, %v1827 fastmath<contract> : f32
                %v1829 = arith.muli %v33, %v198 : i64
                %v1830 = arith.subi %v1782, %v168 : i64
                %v1831 = arith.addi %v1829, %v1830 : i64
                %v1832 = llvm.getelementptr %v68[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
                %v1834 = arith.negf %v1833 : f32
                %v1835 = arith.mulf %v1834, %v331 fastmath<contract> : f32
                %v1836 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1835) : (f32) -> f32
                %v1837 = arith.addf %v70, %v1836 fastmath<contract> : f32
                %v1838 = arith.divf %v70, %v1837 : f32
                %v1839 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1838) : (f32) -> f32
                %v1840 = arith.mulf %v978, %v1839 fastmath<contract> : f32
                %v1841 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1840) : (f32) -> f32
                %v1842 = arith.mulf %v579, %v1825 fastmath<contract> : f32
                %v1843 = arith.mulf %v336, %v1842 fastmath<contract> : f32
                %v1844 = arith.mulf %v1841, %v1843 fastmath<contract> : f32
                %v1845 = arith.subf %v70, %v1838 fastmath<contract> : f32
                %v1846 = arith.mulf %v1838, %v1845 fastmath<contract> : f32
                %v1847 = arith.mulf %v1844, %v1846 fastmath<contract> : f32
                %v1848 = arith.constant 8 : i64
                %v1849 = arith.addi %v1848, %v33 : i64
                %v1850 = arith.muli %v1849, %v198 : i64
                %v1851 = arith.subi %v1782, %v168 : i64
                %v1852 = arith.addi %v1850, %v1851 : i64
                %v1853 = llvm.getelementptr %v68[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                %v1855 = arith.negf %v1854 : f32
                %v1856 = arith.mulf %v1855, %v331 fastmath<contract> : f32
                %v1857 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1856) : (f32) -> f32
                %v1858 = arith.addf %v70, %v1857 fastmath<contract> : f32
                %v1859 = arith.divf %v70, %v1858 : f32
                %v1860 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1859) : (f32) -> f32
                %v1861 = arith.mulf %v978, %v1860 fastmath<contract> : f32
                %v1862 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1861) : (f32) -> f32
                %v1863 = arith.mulf %v604, %v1827 fastmath<contract> : f32
                %v1864 = arith.mulf %v336, %v1863 fastmath<contract> : f32
                %v1865 = arith.mulf %v1862, %v1864 fastmath<contract> : f32
                %v1866 = arith.subf %v70, %v1859 fastmath<contract> : f32
                %v1867 = arith.mulf %v1859, %v1866 fastmath<contract> : f32
                %v1868 = arith.mulf %v1865, %v1867 fastmath<contract> : f32
                %v1869 = arith.select %v37, %v1814, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1870, %v1871 = gpu.shuffle xor %v1869, %v1010, %v321 : f32
                %v1872 = arith.addf %v1869, %v1870 fastmath<contract> : f32
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v1014, %v321 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                %v1876 = arith.divui %v18, %v20 : i64
                %v1877 = arith.remui %v18, %v20 : i64
                %v1878 = arith.cmpi ult, %v1877, %v32 : i64
                %v1879 = arith.addi %v71, %v33 : i64
                %v1880 = arith.muli %v1876, %v1 : i64
                %v1881 = arith.addi %v1880, %v1879 : i64
                %v1882 = arith.muli %v1881, %v1024 : i64
                %v1883 = arith.addi %v1882, %v1781 : i64
                scf.if %v1878 {
                  %v1884 = llvm.getelementptr %v58[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1875, %v1884 : f32, !llvm.ptr
                }
                %v1885 = arith.select %v37, %v1815, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1886, %v1887 = gpu.shuffle xor %v1885, %v1010, %v321 : f32
                %v1888 = arith.addf %v1885, %v1886 fastmath<contract> : f32
                %v1889, %v1890 = gpu.shuffle xor %v1888, %v1014, %v321 : f32
                %v1891 = arith.addf %v1888, %v1889 fastmath<contract> : f32
                %v1892 = arith.divui %v18, %v20 : i64
                %v1893 = arith.remui %v18, %v20 : i64
                %v1894 = arith.cmpi ult, %v1893, %v32 : i64
                %v1895 = arith.addi %v32, %v33 : i64
                %v1896 = arith.muli %v1892, %v1 : i64
                %v1897 = arith.addi %v1896, %v1895 : i64
                %v1898 = arith.muli %v1897, %v1024 : i64
                %v1899 = arith.addi %v1898, %v1781 : i64
                scf.if %v1894 {
                  %v1900 = llvm.getelementptr %v58[%v1899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1891, %v1900 : f32, !llvm.ptr
                }
                %v1901 = arith.select %v37, %v1826, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1902, %v1903 = gpu.shuffle xor %v1901, %v1010, %v321 : f32
                %v1904 = arith.addf %v1901, %v1902 fastmath<contract> : f32
                %v1905, %v1906 = gpu.shuffle xor %v1904, %v1014, %v321 : f32
                %v1907 = arith.addf %v1904, %v1905 fastmath<contract> : f32
                %v1908 = arith.divui %v18, %v20 : i64
                %v1909 = arith.remui %v18, %v20 : i64
                %v1910 = arith.cmpi ult, %v1909, %v32 : i64
                %v1911 = arith.addi %v71, %v33 : i64
                %v1912 = arith.muli %v1908, %v1 : i64
                %v1913 = arith.addi %v1912, %v1911 : i64
                %v1914 = arith.muli %v1913, %v1024 : i64
                %v1915 = arith.addi %v1914, %v1781 : i64
                scf.if %v1910 {
                  %v1916 = llvm.getelementptr %v60[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1907, %v1916 : f32, !llvm.ptr
                }
                %v1917 = arith.select %v37, %v1828, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1918, %v1919 = gpu.shuffle xor %v1917, %v1010, %v321 : f32
                %v1920 = arith.addf %v1917, %v1918 fastmath<contract> : f32
                %v1921, %v1922 = gpu.shuffle xor %v1920, %v1014, %v321 : f32
                %v1923 = arith.addf %v1920, %v1921 fastmath<contract> : f32
                %v1924 = arith.divui %v18, %v20 : i64
                %v1925 = arith.remui %v18, %v20 : i64
                %v1926 = arith.cmpi ult, %v1925, %v32 : i64
                %v1927 = arith.addi %v32, %v33 : i64
                %v1928 = arith.muli %v1924, %v1 : i64
                %v1929 = arith.addi %v1928, %v1927 : i64
                %v1930 = arith.muli %v1929, %v1024 : i64
                %v1931 = arith.addi %v1930, %v1781 : i64
                scf.if %v1926 {
                  %v1932 = llvm.getelementptr %v60[%v1931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1923, %v1932 : f32, !llvm.ptr
                }
                %v1933 = arith.select %v37, %v1847, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1934, %v1935 = gpu.shuffle xor %v1933, %v1010, %v321 : f32
                %v1936 = arith.addf %v1933, %v1934 fastmath<contract> : f32
                %v1937, %v1938 = gpu.shuffle xor %v1936, %v1014, %v321 : f32
                %v1939 = arith.addf %v1936, %v1937 fastmath<contract> : f32
                %v1940 = arith.divui %v18, %v20 : i64
                %v1941 = arith.remui %v18, %v20 : i64
                %v1942 = arith.cmpi ult, %v1941, %v32 : i64
                %v1943 = arith.addi %v71, %v33 : i64
                %v1944 = arith.muli %v1940, %v1 : i64
                %v1945 = arith.addi %v1944, %v1943 : i64
                %v1946 = arith.muli %v1945, %v1024 : i64
                %v1947 = arith.addi %v1946, %v1781 : i64
                scf.if %v1942 {
                  %v1948 = llvm.getelementptr %v62[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1939, %v1948 : f32, !llvm.ptr
                }
                %v1949 = arith.select %v37, %v1868, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1950, %v1951 = gpu.shuffle xor %v1949, %v1010, %v321 : f32
                %v1952 = arith.addf %v1949, %v1950 fastmath<contract> : f32
                %v1953, %v1954 = gpu.shuffle xor %v1952, %v1014, %v321 : f32
                %v1955 = arith.addf %v1952, %v1953 fastmath<contract> : f32
                %v1956 = arith.divui %v18, %v20 : i64
                %v1957 = arith.remui %v18, %v20 : i64
                %v1958 = arith.cmpi ult, %v1957, %v32 : i64
                %v1959 = arith.addi %v32, %v33 : i64
                %v1960 = arith.muli %v1956, %v1 : i64
                %v1961 = arith.addi %v1960, %v1959 : i64
                %v1962 = arith.muli %v1961, %v1024 : i64
                %v1963 = arith.addi %v1962, %v1781 : i64
                scf.if %v1958 {
                  %v1964 = llvm.getelementptr %v62[%v1963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1955, %v1964 : f32, !llvm.ptr
                }
                %v1965 = arith.muli %v33, %v198 : i64
                %v1966 = arith.subi %v1782, %v168 : i64
                %v1967 = arith.addi %v1965, %v1966 : i64
                %v1968 = llvm.getelementptr %v66[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1969 = llvm.load %v1968 : !llvm.ptr -> f32
                %v1970 = arith.mulf %v1969, %v1825 fastmath<contract> : f32
                %v1971 = arith.constant 8 : i64
                %v1972 = arith.addi %v1971, %v33 : i64
                %v1973 = arith.muli %v1972, %v198 : i64
                %v1974 = arith.subi %v1782, %v168 : i64
                %v1975 = arith.addi %v1973, %v1974 : i64
                %v1976 = llvm.getelementptr %v66[%v1975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1977 = llvm.load %v1976 : !llvm.ptr -> f32
                %v1978 = arith.mulf %v1977, %v1827 fastmath<contract> : f32
                %v1979 = arith.addf %v1970, %v1978 fastmath<contract> : f32
                llvm.store %v1979, %v898 : f32, !llvm.ptr
                %v1980 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1838) : (f32) -> f32
                %v1981 = arith.mulf %v336, %v1980 fastmath<contract> : f32
                %v1982 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1981) : (f32) -> f32
                llvm.store %v1982, %v55 : f32, !llvm.ptr
                %v1983 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1859) : (f32) -> f32
                %v1984 = arith.mulf %v336, %v1983 fastmath<contract> : f32
                %v1985 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1984) : (f32) -> f32
                llvm.store %v1985, %v56 : f32, !llvm.ptr
              }
              %v1986 = llvm.load %v898 : !llvm.ptr -> f32
              %v1987 = arith.addi %v405, %v387 : i64
              %v1988 = arith.cmpi slt, %v1773, %v909 : i32
              %v1989 = arith.cmpi eq, %v1773, %v915 : i32
              %v1990 = arith.addi %v407, %v722 : i64
              llvm.store %v69, %v898 : f32, !llvm.ptr
              scf.if %v1988 {
                %v1991 = arith.addi %v168, %v1987 : i64
                %v1992 = arith.muli %v33, %v198 : i64
                %v1993 = arith.subi %v1991, %v168 : i64
                %v1994 = arith.addi %v1992, %v1993 : i64
                %v1995 = llvm.getelementptr %v64[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1996 = llvm.load %v1995 : !llvm.ptr -> f32
                %v1997 = arith.muli %v47, %v347 : i64
                %v1998 = arith.muli %v1991, %v346 : i64
                %v1999 = arith.addi %v1997, %v1998 : i64
                %v2000 = arith.muli %v45, %v345 : i64
                %v2001 = arith.addi %v1999, %v2000 : i64
                %v2002 = arith.muli %v43, %v2 : i64
                %v2003 = arith.addi %v2001, %v2002 : i64
                %v2004 = llvm.getelementptr %dy_o[%v2003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2005 = llvm.load %v2004 : !llvm.ptr -> f32
                %v2006 = arith.mulf %v1996, %v2005 fastmath<contract> : f32
                %v2007 = llvm.load %v53 : !llvm.ptr -> f32
                %v2008 = llvm.load %v55 : !llvm.ptr -> f32
                %v2009 = arith.mulf %v2008, %v2007 fastmath<contract> : f32
                %v2010 = arith.addf %v2006, %v2009 fastmath<contract> : f32
                llvm.store %v2010, %v53 : f32, !llvm.ptr
                %v2011 = arith.constant 8 : i64
                %v2012 = arith.addi %v2011, %v33 : i64
                %v2013 = arith.muli %v2012, %v198 : i64
                %v2014 = arith.subi %v1991, %v168 : i64
                %v2015 = arith.addi %v2013, %v2014 : i64
                %v2016 = llvm.getelementptr %v64[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2017 = llvm.load %v2016 : !llvm.ptr -> f32
                %v2018 = arith.mulf %v2017, %v2005 fastmath<contract> : f32
                %v2019 = llvm.load %v54 : !llvm.ptr -> f32
                %v2020 = llvm.load %v56 : !llvm.ptr -> f32
                %v2021 = arith.mulf %v2020, %v2019 fastmath<contract> : f32
                %v2022 = arith.addf %v2018, %v2021 fastmath<contract> : f32
                llvm.store %v2022, %v54 : f32, !llvm.ptr
                scf.if %v1989 {
                }
                %v2023 = arith.mulf %v579, %v2005 fastmath<contract> : f32
                %v2024 = arith.mulf %v604, %v2005 fastmath<contract> : f32
                %v2025 = arith.muli %v47, %v347 : i64
                %v2026 = arith.muli %v1991, %v346 : i64
                %v2027 = arith.addi %v2025, %v2026 : i64
                %v2028 = arith.muli %v45, %v345 : i64
                %v2029 = arith.addi %v2027, %v2028 : i64
                %v2030 = arith.muli %v43, %v2 : i64
                %v2031 = arith.addi %v2029, %v2030 : i64
                %v2032 = llvm.getelementptr %in_v[%v2031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2033 = llvm.load %v2032 : !llvm.ptr -> f32
                %v2034 = llvm.load %v53 : !llvm.ptr -> f32
                %v2035 = arith.mulf %v2033, %v2034 fastmath<contract> : f32
                %v2036 = llvm.load %v54 : !llvm.ptr -> f32
                %v2037 = arith.mulf %v2033, %v2036 fastmath<contract> : f32
                %v2038 = arith.muli %v33, %v198 : i64
                %v2039 = arith.subi %v1991, %v168 : i64
                %v2040 = arith.addi %v2038, %v2039 : i64
                %v2041 = llvm.getelementptr %v68[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2042 = llvm.load %v2041 : !llvm.ptr -> f32
                %v2043 = arith.negf %v2042 : f32
                %v2044 = arith.mulf %v2043, %v331 fastmath<contract> : f32
                %v2045 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2044) : (f32) -> f32
                %v2046 = arith.addf %v70, %v2045 fastmath<contract> : f32
                %v2047 = arith.divf %v70, %v2046 : f32
                %v2048 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2047) : (f32) -> f32
                %v2049 = arith.mulf %v978, %v2048 fastmath<contract> : f32
                %v2050 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2049) : (f32) -> f32
                %v2051 = arith.mulf %v521, %v2034 fastmath<contract> : f32
                %v2052 = arith.mulf %v336, %v2051 fastmath<contract> : f32
                %v2053 = arith.mulf %v2050, %v2052 fastmath<contract> : f32
                %v2054 = arith.subf %v70, %v2047 fastmath<contract> : f32
                %v2055 = arith.mulf %v2047, %v2054 fastmath<contract> : f32
                %v2056 = arith.mulf %v2053, %v2055 fastmath<contract> : f32
                %v2057 = arith.constant 8 : i64
                %v2058 = arith.addi %v2057, %v33 : i64
                %v2059 = arith.muli %v2058, %v198 : i64
                %v2060 = arith.subi %v1991, %v168 : i64
                %v2061 = arith.addi %v2059, %v2060 : i64
                %v2062 = llvm.getelementptr %v68[%v2061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2063 = llvm.load %v2062 : !llvm.ptr -> f32
                %v2064 = arith.negf %v2063 : f32
                %v2065 = arith.mulf %v2064, %v331 fastmath<contract> : f32
                %v2066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2065) : (f32) -> f32
                %v2067 = arith.addf %v70, %v2066 fastmath<contract> : f32
                %v2068 = arith.divf %v70, %v2067 : f32
                %v2069 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2068) : (f32) -> f32
                %v2070 = arith.mulf %v978, %v2069 fastmath<contract> : f32
                %v2071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2070) : (f32) -> f32
                %v2072 = arith.mulf %v546, %v2036 fastmath<contract> : f32
                %v2073 = arith.mulf %v336, %v2072 fastmath<contract> : f32
                %v2074 = arith.mulf %v2071, %v2073 fastmath<contract> : f32
                %v2075 = arith.subf %v70, %v2068 fastmath<contract> : f32
                %v2076 = arith.mulf %v2068, %v2075 fastmath<contract> : f32
                %v2077 = arith.mulf %v2074, %v2076 fastmath<contract> : f32
                %v2078 = arith.select %v37, %v2023, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2079, %v2080 = gpu.shuffle xor %v2078, %v1010, %v321 : f32
                %v2081 = arith.addf %v2078, %v2079 fastmath<contract> : f32
                %v2082, %v2083 = gpu.shuffle xor %v2081, %v1014, %v321 : f32
                %v2084 = arith.addf %v2081, %v2082 fastmath<contract> : f32
                %v2085 = arith.divui %v18, %v20 : i64
                %v2086 = arith.remui %v18, %v20 : i64
                %v2087 = arith.cmpi ult, %v2086, %v32 : i64
                %v2088 = arith.addi %v71, %v33 : i64
                %v2089 = arith.muli %v2085, %v1 : i64
                %v2090 = arith.addi %v2089, %v2088 : i64
                %v2091 = arith.muli %v2090, %v1024 : i64
                %v2092 = arith.addi %v2091, %v1990 : i64
                scf.if %v2087 {
                  %v2093 = llvm.getelementptr %v58[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2084, %v2093 : f32, !llvm.ptr
                }
                %v2094 = arith.select %v37, %v2024, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2095, %v2096 = gpu.shuffle xor %v2094, %v1010, %v321 : f32
                %v2097 = arith.addf %v2094, %v2095 fastmath<contract> : f32
                %v2098, %v2099 = gpu.shuffle xor %v2097, %v1014, %v321 : f32
                %v2100 = arith.addf %v2097, %v2098 fastmath<contract> : f32
                %v2101 = arith.divui %v18, %v20 : i64
                %v2102 = arith.remui %v18, %v20 : i64
                %v2103 = arith.cmpi ult, %v2102, %v32 : i64
                %v2104 = arith.addi %v32, %v33 : i64
                %v2105 = arith.muli %v2101, %v1 : i64
                %v2106 = arith.addi %v2105, %v2104 : i64
                %v2107 = arith.muli %v2106, %v1024 : i64
                %v2108 = arith.addi %v2107, %v1990 : i64
                scf.if %v2103 {
                  %v2109 = llvm.getelementptr %v58[%v2108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2100, %v2109 : f32, !llvm.ptr
                }
                %v2110 = arith.select %v37, %v2035, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2111, %v2112 = gpu.shuffle xor %v2110, %v1010, %v321 : f32
                %v2113 = arith.addf %v2110, %v2111 fastmath<contract> : f32
                %v2114, %v2115 = gpu.shuffle xor %v2113, %v1014, %v321 : f32
                %v2116 = arith.addf %v2113, %v2114 fastmath<contract> : f32
                %v2117 = arith.divui %v18, %v20 : i64
                %v2118 = arith.remui %v18, %v20 : i64
                %v2119 = arith.cmpi ult, %v2118, %v32 : i64
                %v2120 = arith.addi %v71, %v33 : i64
                %v2121 = arith.muli %v2117, %v1 : i64
                %v2122 = arith.addi %v2121, %v2120 : i64
                %v2123 = arith.muli %v2122, %v1024 : i64
                %v2124 = arith.addi %v2123, %v1990 : i64
                scf.if %v2119 {
                  %v2125 = llvm.getelementptr %v60[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2116, %v2125 : f32, !llvm.ptr
                }
                %v2126 = arith.select %v37, %v2037, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2127, %v2128 = gpu.shuffle xor %v2126, %v1010, %v321 : f32
                %v2129 = arith.addf %v2126, %v2127 fastmath<contract> : f32
                %v2130, %v2131 = gpu.shuffle xor %v2129, %v1014, %v321 : f32
                %v2132 = arith.addf %v2129, %v2130 fastmath<contract> : f32
                %v2133 = arith.divui %v18, %v20 : i64
                %v2134 = arith.remui %v18, %v20 : i64
                %v2135 = arith.cmpi ult, %v2134, %v32 : i64
                %v2136 = arith.addi %v32, %v33 : i64
                %v2137 = arith.muli %v2133, %v1 : i64
                %v2138 = arith.addi %v2137, %v2136 : i64
                %v2139 = arith.muli %v2138, %v1024 : i64
                %v2140 = arith.addi %v2139, %v1990 : i64
                scf.if %v2135 {
                  %v2141 = llvm.getelementptr %v60[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2132, %v2141 : f32, !llvm.ptr
                }
                %v2142 = arith.select %v37, %v2056, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2143, %v2144 = gpu.shuffle xor %v2142, %v1010, %v321 : f32
                %v2145 = arith.addf %v2142, %v2143 fastmath<contract> : f32
                %v2146, %v2147 = gpu.shuffle xor %v2145, %v1014, %v321 : f32
                %v2148 = arith.addf %v2145, %v2146 fastmath<contract> : f32
                %v2149 = arith.divui %v18, %v20 : i64
                %v2150 = arith.remui %v18, %v20 : i64
                %v2151 = arith.cmpi ult, %v2150, %v32 : i64
                %v2152 = arith.addi %v71, %v33 : i64
                %v2153 = arith.muli %v2149, %v1 : i64
                %v2154 = arith.addi %v2153, %v2152 : i64
                %v2155 = arith.muli %v2154, %v1024 : i64
                %v2156 = arith.addi %v2155, %v1990 : i64
                scf.if %v2151 {
                  %v2157 = llvm.getelementptr %v62[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2148, %v2157 : f32, !llvm.ptr
                }
                %v2158 = arith.select %v37, %v2077, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2159, %v2160 = gpu.shuffle xor %v2158, %v1010, %v321 : f32
                %v2161 = arith.addf %v2158, %v2159 fastmath<contract> : f32
                %v2162, %v2163 = gpu.shuffle xor %v2161, %v1014, %v321 : f32
                %v2164 = arith.addf %v2161, %v2162 fastmath<contract> : f32
                %v2165 = arith.divui %v18, %v20 : i64
                %v2166 = arith.remui %v18, %v20 : i64
                %v2167 = arith.cmpi ult, %v2166, %v32 : i64
                %v2168 = arith.addi %v32, %v33 : i64
                %v2169 = arith.muli %v2165, %v1 : i64
                %v2170 = arith.addi %v2169, %v2168 : i64
                %v2171 = arith.muli %v2170, %v1024 : i64
                %v2172 = arith.addi %v2171, %v1990 : i64
                scf.if %v2167 {
                  %v2173 = llvm.getelementptr %v62[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2164, %v2173 : f32, !llvm.ptr
                }
                %v2174 = arith.muli %v33, %v198 : i64
                %v2175 = arith.subi %v1991, %v168 : i64
                %v2176 = arith.addi %v2174, %v2175 : i64
                %v2177 = llvm.getelementptr %v66[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2178 = llvm.load %v2177 : !llvm.ptr -> f32
                %v2179 = arith.mulf %v2178, %v2034 fastmath<contract> : f32
                %v2180 = arith.constant 8 : i64
                %v2181 = arith.addi %v2180, %v33 : i64
                %v2182 = arith.muli %v2181, %v198 : i64
                %v2183 = arith.subi %v1991, %v168 : i64
                %v2184 = arith.addi %v2182, %v2183 : i64
                %v2185 = llvm.getelementptr %v66[%v2184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2186 = llvm.load %v2185 : !llvm.ptr -> f32
                %v2187 = arith.mulf %v2186, %v2036 fastmath<contract> : f32
                %v2188 = arith.addf %v2179, %v2187 fastmath<contract> : f32
                llvm.store %v2188, %v898 : f32, !llvm.ptr
                %v2189 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2047) : (f32) -> f32
                %v2190 = arith.mulf %v336, %v2189 fastmath<contract> : f32
                %v2191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2190) : (f32) -> f32
                llvm.store %v2191, %v55 : f32, !llvm.ptr
                %v2192 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2068) : (f32) -> f32
                %v2193 = arith.mulf %v336, %v2192 fastmath<contract> : f32
                %v2194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2193) : (f32) -> f32
                llvm.store %v2194, %v56 : f32, !llvm.ptr
              }
              %v2195 = llvm.load %v898 : !llvm.ptr -> f32
              %v2196 = arith.select %v901, %v2195, %v1986 : f32
              %v2197 = arith.select %v901, %v1986, %v2195 : f32
              %v2198, %v2199 = gpu.shuffle xor %v2196, %v1342, %v321 : f32
              %v2200 = arith.addf %v2197, %v2198 fastmath<contract> : f32
              %v2201 = arith.addi %v405, %v2 : i64
              %v2202 = arith.cmpi slt, %v1342, %v909 : i32
              %v2203 = arith.cmpi eq, %v1342, %v915 : i32
              %v2204 = arith.addi %v407, %v781 : i64
              llvm.store %v69, %v898 : f32, !llvm.ptr
              scf.if %v2202 {
                %v2205 = arith.addi %v168, %v2201 : i64
                %v2206 = arith.muli %v33, %v198 : i64
                %v2207 = arith.subi %v2205, %v168 : i64
                %v2208 = arith.addi %v2206, %v2207 : i64
                %v2209 = llvm.getelementptr %v64[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2210 = llvm.load %v2209 : !llvm.ptr -> f32
                %v2211 = arith.muli %v47, %v347 : i64
                %v2212 = arith.muli %v2205, %v346 : i64
                %v2213 = arith.addi %v2211, %v2212 : i64
                %v2214 = arith.muli %v45, %v345 : i64
                %v2215 = arith.addi %v2213, %v2214 : i64
                %v2216 = arith.muli %v43, %v2 : i64
                %v2217 = arith.addi %v2215, %v2216 : i64
                %v2218 = llvm.getelementptr %dy_o[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2219 = llvm.load %v2218 : !llvm.ptr -> f32
                %v2220 = arith.mulf %v2210, %v2219 fastmath<contract> : f32
                %v2221 = llvm.load %v53 : !llvm.ptr -> f32
                %v2222 = llvm.load %v55 : !llvm.ptr -> f32
                %v2223 = arith.mulf %v2222, %v2221 fastmath<contract> : f32
                %v2224 = arith.addf %v2220, %v2223 fastmath<contract> : f32
                llvm.store %v2224, %v53 : f32, !llvm.ptr
                %v2225 = arith.constant 8 : i64
                %v2226 = arith.addi %v2225, %v33 : i64
                %v2227 = arith.muli %v2226, %v198 : i64
                %v2228 = arith.subi %v2205, %v168 : i64
                %v2229 = arith.addi %v2227, %v2228 : i64
                %v2230 = llvm.getelementptr %v64[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2231 = llvm.load %v2230 : !llvm.ptr -> f32
                %v2232 = arith.mulf %v2231, %v2219 fastmath<contract> : f32
                %v2233 = llvm.load %v54 : !llvm.ptr -> f32
                %v2234 = llvm.load %v56 : !llvm.ptr -> f32
                %v2235 = arith.mulf %v2234, %v2233 fastmath<contract> : f32
                %v2236 = arith.addf %v2232, %v2235 fastmath<contract> : f32
                llvm.store %v2236, %v54 : f32, !llvm.ptr
                scf.if %v2203 {
                }
                %v2237 = arith.mulf %v521, %v2219 fastmath<contract> : f32
                %v2238 = arith.mulf %v546, %v2219 fastmath<contract> : f32
                %v2239 = arith.muli %v47, %v347 : i64
                %v2240 = arith.muli %v2205, %v346 : i64
                %v2241 = arith.addi %v2239, %v2240 : i64
                %v2242 = arith.muli %v45, %v345 : i64
                %v2243 = arith.addi %v2241, %v2242 : i64
                %v2244 = arith.muli %v43, %v2 : i64
                %v2245 = arith.addi %v2243, %v2244 : i64
                %v2246 = llvm.getelementptr %in_v[%v2245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2247 = llvm.load %v2246 : !llvm.ptr -> f32
                %v2248 = llvm.load %v53 : !llvm.ptr -> f32
                %v2249 = arith.mulf %v2247, %v2248 fastmath<contract> : f32
                %v2250 = llvm.load %v54 : !llvm.ptr -> f32
                %v2251 = arith.mulf %v2247, %v2250 fastmath<contract> : f32
                %v2252 = arith.muli %v33, %v198 : i64
                %v2253 = arith.subi %v2205, %v168 : i64
                %v2254 = arith.addi %v2252, %v2253 : i64
                %v2255 = llvm.getelementptr %v68[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
                %v2257 = arith.negf %v2256 : f32
                %v2258 = arith.mulf %v2257, %v331 fastmath<contract> : f32
                %v2259 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2258) : (f32) -> f32
                %v2260 = arith.addf %v70, %v2259 fastmath<contract> : f32
                %v2261 = arith.divf %v70, %v2260 : f32
                %v2262 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2261) : (f32) -> f32
                %v2263 = arith.mulf %v978, %v2262 fastmath<contract> : f32
                %v2264 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2263) : (f32) -> f32
                %v2265 = arith.mulf %v463, %v2248 fastmath<contract> : f32
                %v2266 = arith.mulf %v336, %v2265 fastmath<contract> : f32
                %v2267 = arith.mulf %v2264, %v2266 fastmath<contract> : f32
                %v2268 = arith.subf %v70, %v2261 fastmath<contract> : f32
                %v2269 = arith.mulf %v2261, %v2268 fastmath<contract> : f32
                %v2270 = arith.mulf %v2267, %v2269 fastmath<contract> : f32
                %v2271 = arith.constant 8 : i64
                %v2272 = arith.addi %v2271, %v33 : i64
                %v2273 = arith.muli %v2272, %v198 : i64
                %v2274 = arith.subi %v2205, %v168 : i64
                %v2275 = arith.addi %v2273, %v2274 : i64
                %v2276 = llvm.getelementptr %v68[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
                %v2278 = arith.negf %v2277 : f32
                %v2279 = arith.mulf %v2278, %v331 fastmath<contract> : f32
                %v2280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2279) : (f32) -> f32
                %v2281 = arith.addf %v70, %v2280 fastmath<contract> : f32
                %v2282 = arith.divf %v70, %v2281 : f32
                %v2283 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2282) : (f32) -> f32
                %v2284 = arith.mulf %v978, %v2283 fastmath<contract> : f32
                %v2285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2284) : (f32) -> f32
                %v2286 = arith.mulf %v488, %v2250 fastmath<contract> : f32
                %v2287 = arith.mulf %v336, %v2286 fastmath<contract> : f32
                %v2288 = arith.mulf %v2285, %v2287 fastmath<contract> : f32
                %v2289 = arith.subf %v70, %v2282 fastmath<contract> : f32
                %v2290 = arith.mulf %v2282, %v2289 fastmath<contract> : f32
                %v2291 = arith.mulf %v2288, %v2290 fastmath<contract> : f32
                %v2292 = arith.select %v37, %v2237, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2293, %v2294 = gpu.shuffle xor %v2292, %v1010, %v321 : f32
                %v2295 = arith.addf %v2292, %v2293 fastmath<contract> : f32
                %v2296, %v2297 = gpu.shuffle xor %v2295, %v1014, %v321 : f32
                %v2298 = arith.addf %v2295, %v2296 fastmath<contract> : f32
                %v2299 = arith.divui %v18, %v20 : i64
                %v2300 = arith.remui %v18, %v20 : i64
                %v2301 = arith.cmpi ult, %v2300, %v32 : i64
                %v2302 = arith.addi %v71, %v33 : i64
                %v2303 = arith.muli %v2299, %v1 : i64
                %v2304 = arith.addi %v2303, %v2302 : i64
                %v2305 = arith.muli %v2304, %v1024 : i64
                %v2306 = arith.addi %v2305, %v2204 : i64
                scf.if %v2301 {
                  %v2307 = llvm.getelementptr %v58[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2298, %v2307 : f32, !llvm.ptr
                }
                %v2308 = arith.select %v37, %v2238, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2309, %v2310 = gpu.shuffle xor %v2308, %v1010, %v321 : f32
                %v2311 = arith.addf %v2308, %v2309 fastmath<contract> : f32
                %v2312, %v2313 = gpu.shuffle xor %v2311, %v1014, %v321 : f32
                %v2314 = arith.addf %v2311, %v2312 fastmath<contract> : f32
                %v2315 = arith.divui %v18, %v20 : i64
                %v2316 = arith.remui %v18, %v20 : i64
                %v2317 = arith.cmpi ult, %v2316, %v32 : i64
                %v2318 = arith.addi %v32, %v33 : i64
                %v2319 = arith.muli %v2315, %v1 : i64
                %v2320 = arith.addi %v2319, %v2318 : i64
                %v2321 = arith.muli %v2320, %v1024 : i64
                %v2322 = arith.addi %v2321, %v2204 : i64
                scf.if %v2317 {
                  %v2323 = llvm.getelementptr %v58[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2314, %v2323 : f32, !llvm.ptr
                }
                %v2324 = arith.select %v37, %v2249, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2325, %v2326 = gpu.shuffle xor %v2324, %v1010, %v321 : f32
                %v2327 = arith.addf %v2324, %v2325 fastmath<contract> : f32
                %v2328, %v2329 = gpu.shuffle xor %v2327, %v1014, %v321 : f32
                %v2330 = arith.addf %v2327, %v2328 fastmath<contract> : f32
                %v2331 = arith.divui %v18, %v20 : i64
                %v2332 = arith.remui %v18, %v20 : i64
                %v2333 = arith.cmpi ult, %v2332, %v32 : i64
                %v2334 = arith.addi %v71, %v33 : i64
                %v2335 = arith.muli %v2331, %v1 : i64
                %v2336 = arith.addi %v2335, %v2334 : i64
                %v2337 = arith.muli %v2336, %v1024 : i64
                %v2338 = arith.addi %v2337, %v2204 : i64
                scf.if %v2333 {
                  %v2339 = llvm.getelementptr %v60[%v2338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2330, %v2339 : f32, !llvm.ptr
                }
                %v2340 = arith.select %v37, %v2251, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2341, %v2342 = gpu.shuffle xor %v2340, %v1010, %v321 : f32
                %v2343 = arith.addf %v2340, %v2341 fastmath<contract> : f32
                %v2344, %v2345 = gpu.shuffle xor %v2343, %v1014, %v321 : f32
                %v2346 = arith.addf %v2343, %v2344 fastmath<contract> : f32
                %v2347 = arith.divui %v18, %v20 : i64
                %v2348 = arith.remui %v18, %v20 : i64
                %v2349 = arith.cmpi ult, %v2348, %v32 : i64
                %v2350 = arith.addi %v32, %v33 : i64
                %v2351 = arith.muli %v2347, %v1 : i64
                %v2352 = arith.addi %v2351, %v2350 : i64
                %v2353 = arith.muli %v2352, %v1024 : i64
                %v2354 = arith.addi %v2353, %v2204 : i64
                scf.if %v2349 {
                  %v2355 = llvm.getelementptr %v60[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2346, %v2355 : f32, !llvm.ptr
                }
                %v2356 = arith.select %v37, %v2270, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2357, %v2358 = gpu.shuffle xor %v2356, %v1010, %v321 : f32
                %v2359 = arith.addf %v2356, %v2357 fastmath<contract> : f32
                %v2360, %v2361 = gpu.shuffle xor %v2359, %v1014, %v321 : f32
                %v2362 = arith.addf %v2359, %v2360 fastmath<contract> : f32
                %v2363 = arith.divui %v18, %v20 : i64
                %v2364 = arith.remui %v18, %v20 : i64
                %v2365 = arith.cmpi ult, %v2364, %v32 : i64
                %v2366 = arith.addi %v71, %v33 : i64
                %v2367 = arith.muli %v2363, %v1 : i64
                %v2368 = arith.addi %v2367, %v2366 : i64
                %v2369 = arith.muli %v2368, %v1024 : i64
                %v2370 = arith.addi %v2369, %v2204 : i64
                scf.if %v2365 {
                  %v2371 = llvm.getelementptr %v62[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2362, %v2371 : f32, !llvm.ptr
                }
                %v2372 = arith.select %v37, %v2291, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2373, %v2374 = gpu.shuffle xor %v2372, %v1010, %v321 : f32
                %v2375 = arith.addf %v2372, %v2373 fastmath<contract> : f32
                %v2376, %v2377 = gpu.shuffle xor %v2375, %v1014, %v321 : f32
                %v2378 = arith.addf %v2375, %v2376 fastmath<contract> : f32
                %v2379 = arith.divui %v18, %v20 : i64
                %v2380 = arith.remui %v18, %v20 : i64
                %v2381 = arith.cmpi ult, %v2380, %v32 : i64
                %v2382 = arith.addi %v32, %v33 : i64
                %v2383 = arith.muli %v2379, %v1 : i64
                %v2384 = arith.addi %v2383, %v2382 : i64
                %v2385 = arith.muli %v2384, %v1024 : i64
                %v2386 = arith.addi %v2385, %v2204 : i64
                scf.if %v2381 {
                  %v2387 = llvm.getelementptr %v62[%v2386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2378, %v2387 : f32, !llvm.ptr
                }
                %v2388 = arith.muli %v33, %v198 : i64
                %v2389 = arith.subi %v2205, %v168 : i64
                %v2390 = arith.addi %v2388, %v2389 : i64
                %v2391 = llvm.getelementptr %v66[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2392 = llvm.load %v2391 : !llvm.ptr -> f32
                %v2393 = arith.mulf %v2392, %v2248 fastmath<contract> : f32
                %v2394 = arith.constant 8 : i64
                %v2395 = arith.addi %v2394, %v33 : i64
                %v2396 = arith.muli %v2395, %v198 : i64
                %v2397 = arith.subi %v2205, %v168 : i64
                %v2398 = arith.addi %v2396, %v2397 : i64
                %v2399 = llvm.getelementptr %v66[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
                %v2401 = arith.mulf %v2400, %v2250 fastmath<contract> : f32
                %v2402 = arith.addf %v2393, %v2401 fastmath<contract> : f32
                llvm.store %v2402, %v898 : f32, !llvm.ptr
                %v2403 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2261) : (f32) -> f32
                %v2404 = arith.mulf %v336, %v2403 fastmath<contract> : f32
                %v2405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2404) : (f32) -> f32
                llvm.store %v2405, %v55 : f32, !llvm.ptr
                %v2406 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2282) : (f32) -> f32
                %v2407 = arith.mulf %v336, %v2406 fastmath<contract> : f32
                %v2408 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2407) : (f32) -> f32
                llvm.store %v2408, %v56 : f32, !llvm.ptr
              }
              %v2409 = llvm.load %v898 : !llvm.ptr -> f32
              %v2410 = arith.addi %v405, %v71 : i64
              %v2412 = arith.cmpi slt, %v2411, %v909 : i32
              %v2413 = arith.cmpi eq, %v2411, %v915 : i32
              %v2414 = arith.addi %v407, %v118 : i64
              llvm.store %v69, %v898 : f32, !llvm.ptr
              scf.if %v2412 {
                %v2415 = arith.addi %v168, %v2410 : i64
                %v2416 = arith.muli %v33, %v198 : i64
                %v2417 = arith.subi %v2415, %v168 : i64
                %v2418 = arith.addi %v2416, %v2417 : i64
                %v2419 = llvm.getelementptr %v64[%v2418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2420 = llvm.load %v2419 : !llvm.ptr -> f32
                %v2421 = arith.muli %v47, %v347 : i64
                %v2422 = arith.muli %v2415, %v346 : i64
                %v2423 = arith.addi %v2421, %v2422 : i64
                %v2424 = arith.muli %v45, %v345 : i64
                %v2425 = arith.addi %v2423, %v2424 : i64
                %v2426 = arith.muli %v43, %v2 : i64
                %v2427 = arith.addi %v2425, %v2426 : i64
                %v2428 = llvm.getelementptr %dy_o[%v2427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2429 = llvm.load %v2428 : !llvm.ptr -> f32
                %v2430 = arith.mulf %v2420, %v2429 fastmath<contract> : f32
                %v2431 = llvm.load %v53 : !llvm.ptr -> f32
                %v2432 = llvm.load %v55 : !llvm.ptr -> f32
                %v2433 = arith.mulf %v2432, %v2431 fastmath<contract> : f32
                %v2434 = arith.addf %v2430, %v2433 fastmath<contract> : f32
                llvm.store %v2434, %v53 : f32, !llvm.ptr
                %v2435 = arith.constant 8 : i64
                %v2436 = arith.addi %v2435, %v33 : i64
                %v2437 = arith.muli %v2436, %v198 : i64
                %v2438 = arith.subi %v2415, %v168 : i64
                %v2439 = arith.addi %v2437, %v2438 : i64
                %v2440 = llvm.getelementptr %v64[%v2439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2441 = llvm.load %v2440 : !llvm.ptr -> f32
                %v2442 = arith.mulf %v2441, %v2429 fastmath<contract> : f32
                %v2443 = llvm.load %v54 : !llvm.ptr -> f32
                %v2444 = llvm.load %v56 : !llvm.ptr -> f32
                %v2445 = arith.mulf %v2444, %v2443 fastmath<contract> : f32
                %v2446 = arith.addf %v2442, %v2445 fastmath<contract> : f32
                llvm.store %v2446, %v54 : f32, !llvm.ptr
                scf.if %v2413 {
                }
                %v2447 = arith.mulf %v463, %v2429 fastmath<contract> : f32
                %v2448 = arith.mulf %v488, %v2429 fastmath<contract> : f32
                %v2449 = arith.muli %v47, %v347 : i64
                %v2450 = arith.muli %v2415, %v346 : i64
                %v2451 = arith.addi %v2449, %v2450 : i64
                %v2452 = arith.muli %v45, %v345 : i64
                %v2453 = arith.addi %v2451, %v2452 : i64
                %v2454 = arith.muli %v43, %v2 : i64
                %v2455 = arith.addi %v2453, %v2454 : i64
                %v2456 = llvm.getelementptr %in_v[%v2455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2457 = llvm.load %v2456 : !llvm.ptr -> f32
                %v2458 = llvm.load %v53 : !llvm.ptr -> f32
                %v2459 = arith.mulf %v2457, %v2458 fastmath<contract> : f32
                %v2460 = llvm.load %v54 : !llvm.ptr -> f32
                %v2461 = arith.mulf %v2457, %v2460 fastmath<contract> : f32
                %v2462 = arith.muli %v33, %v198 : i64
                %v2463 = arith.subi %v2415, %v168 : i64
                %v2464 = arith.addi %v2462, %v2463 : i64
                %v2465 = llvm.getelementptr %v68[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2466 = llvm.load %v2465 : !llvm.ptr -> f32
                %v2467 = arith.negf %v2466 : f32
                %v2468 = arith.mulf %v2467, %v331 fastmath<contract> : f32
                %v2469 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2468) : (f32) -> f32
                %v2470 = arith.addf %v70, %v2469 fastmath<contract> : f32
                %v2471 = arith.divf %v70, %v2470 : f32
                %v2472 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2471) : (f32) -> f32
                %v2473 = arith.mulf %v978, %v2472 fastmath<contract> : f32
                %v2474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2473) : (f32) -> f32
                %v2475 = arith.mulf %v418, %v2458 fastmath<contract> : f32
                %v2476 = arith.mulf %v336, %v2475 fastmath<contract> : f32
                %v2477 = arith.mulf %v2474, %v2476 fastmath<contract> : f32
                %v2478 = arith.subf %v70, %v2471 fastmath<contract> : f32
                %v2479 = arith.mulf %v2471, %v2478 fastmath<contract> : f32
                %v2480 = arith.mulf %v2477, %v2479 fastmath<contract> : f32
                %v2481 = arith.constant 8 : i64
                %v2482 = arith.addi %v2481, %v33 : i64
                %v2483 = arith.muli %v2482, %v198 : i64
                %v2484 = arith.subi %v2415, %v168 : i64
                %v2485 = arith.addi %v2483, %v2484 : i64
                %v2486 = llvm.getelementptr %v68[%v2485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2487 = llvm.load %v2486 : !llvm.ptr -> f32
                %v2488 = arith.negf %v2487 : f32
                %v2489 = arith.mulf %v2488, %v331 fastmath<contract> : f32
                %v2490 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2489) : (f32) -> f32
                %v2491 = arith.addf %v70, %v2490 fastmath<contract> : f32
                %v2492 = arith.divf %v70, %v2491 : f32
                %v2493 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2492) : (f32) -> f32
                %v2494 = arith.mulf %v978, %v2493 fastmath<contract> : f32
                %v2495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2494) : (f32) -> f32
                %v2496 = arith.mulf %v427, %v2460 fastmath<contract> : f32
                %v2497 = arith.mulf %v336, %v2496 fastmath<contract> : f32
                %v2498 = arith.mulf %v2495, %v2497 fastmath<contract> : f32
                %v2499 = arith.subf %v70, %v2492 fastmath<contract> : f32
                %v2500 = arith.mulf %v2492, %v2499 fastmath<contract> : f32
                %v2501 = arith.mulf %v2498, %v2500 fastmath<contract> : f32
                %v2502 = arith.select %v37, %v2447, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2503, %v2504 = gpu.shuffle xor %v2502, %v1010, %v321 : f32
                %v2505 = arith.addf %v2502, %v2503 fastmath<contract> : f32
                %v2506, %v2507 = gpu.shuffle xor %v2505, %v1014, %v321 : f32
                %v2508 = arith.addf %v2505, %v2506 fastmath<contract> : f32
                %v2509 = arith.divui %v18, %v20 : i64
                %v2510 = arith.remui %v18, %v20 : i64
                %v2511 = arith.cmpi ult, %v2510, %v32 : i64
                %v2512 = arith.addi %v71, %v33 : i64
                %v2513 = arith.muli %v2509, %v1 : i64
                %v2514 = arith.addi %v2513, %v2512 : i64
                %v2515 = arith.muli %v2514, %v1024 : i64
                %v2516 = arith.addi %v2515, %v2414 : i64
                scf.if %v2511 {
                  %v2517 = llvm.getelementptr %v58[%v2516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2508, %v2517 : f32, !llvm.ptr
                }
                %v2518 = arith.select %v37, %v2448, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2519, %v2520 = gpu.shuffle xor %v2518, %v1010, %v321 : f32
                %v2521 = arith.addf %v2518, %v2519 fastmath<contract> : f32
                %v2522, %v2523 = gpu.shuffle xor %v2521, %v1014, %v321 : f32
                %v2524 = arith.addf %v2521, %v2522 fastmath<contract> : f32
                %v2525 = arith.divui %v18, %v20 : i64
                %v2526 = arith.remui %v18, %v20 : i64
                %v2527 = arith.cmpi ult, %v2526, %v32 : i64
                %v2528 = arith.addi %v32, %v33 : i64
                %v2529 = arith.muli %v2525, %v1 : i64
                %v2530 = arith.addi %v2529, %v2528 : i64
                %v2531 = arith.muli %v2530, %v1024 : i64
                %v2532 = arith.addi %v2531, %v2414 : i64
                scf.if %v2527 {
                  %v2533 = llvm.getelementptr %v58[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2524, %v2533 : f32, !llvm.ptr
                }
                %v2534 = arith.select %v37, %v2459, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2535, %v2536 = gpu.shuffle xor %v2534, %v1010, %v321 : f32
                %v2537 = arith.addf %v2534, %v2535 fastmath<contract> : f32
                %v2538, %v2539 = gpu.shuffle xor %v2537, %v1014, %v321 : f32
                %v2540 = arith.addf %v2537, %v2538 fastmath<contract> : f32
                %v2541 = arith.divui %v18, %v20 : i64
                %v2542 = arith.remui %v18, %v20 : i64
                %v2543 = arith.cmpi ult, %v2542, %v32 : i64
                %v2544 = arith.addi %v71, %v33 : i64
                %v2545 = arith.muli %v2541, %v1 : i64
                %v2546 = arith.addi %v2545, %v2544 : i64
                %v2547 = arith.muli %v2546, %v1024 : i64
                %v2548 = arith.addi %v2547, %v2414 : i64
                scf.if %v2543 {
                  %v2549 = llvm.getelementptr %v60[%v2548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2540, %v2549 : f32, !llvm.ptr
                }
                %v2550 = arith.select %v37, %v2461, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2551, %v2552 = gpu.shuffle xor %v2550, %v1010, %v321 : f32
                %v2553 = arith.addf %v2550, %v2551 fastmath<contract> : f32
                %v2554, %v2555 = gpu.shuffle xor %v2553, %v1014, %v321 : f32
                %v2556 = arith.addf %v2553, %v2554 fastmath<contract> : f32
                %v2557 = arith.divui %v18, %v20 : i64
                %v2558 = arith.remui %v18, %v20 : i64
                %v2559 = arith.cmpi ult, %v2558, %v32 : i64
                %v2560 = arith.addi %v32, %v33 : i64
                %v2561 = arith.muli %v2557, %v1 : i64
                %v2562 = arith.addi %v2561, %v2560 : i64
                %v2563 = arith.muli %v2562, %v1024 : i64
                %v2564 = arith.addi %v2563, %v2414 : i64
                scf.if %v2559 {
                  %v2565 = llvm.getelementptr %v60[%v2564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2556, %v2565 : f32, !llvm.ptr
                }
                %v2566 = arith.select %v37, %v2480, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2567, %v2568 = gpu.shuffle xor %v2566, %v1010, %v321 : f32
                %v2569 = arith.addf %v2566, %v2567 fastmath<contract> : f32
                %v2570, %v2571 = gpu.shuffle xor %v2569, %v1014, %v321 : f32
                %v2572 = arith.addf %v2569, %v2570 fastmath<contract> : f32
                %v2573 = arith.divui %v18, %v20 : i64
                %v2574 = arith.remui %v18, %v20 : i64
                %v2575 = arith.cmpi ult, %v2574, %v32 : i64
                %v2576 = arith.addi %v71, %v33 : i64
                %v2577 = arith.muli %v2573, %v1 : i64
                %v2578 = arith.addi %v2577, %v2576 : i64
                %v2579 = arith.muli %v2578, %v1024 : i64
                %v2580 = arith.addi %v2579, %v2414 : i64
                scf.if %v2575 {
                  %v2581 = llvm.getelementptr %v62[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2572, %v2581 : f32, !llvm.ptr
                }
                %v2582 = arith.select %v37, %v2501, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2583, %v2584 = gpu.shuffle xor %v2582, %v1010, %v321 : f32
                %v2585 = arith.addf %v2582, %v2583 fastmath<contract> : f32
                %v2586, %v2587 = gpu.shuffle xor %v2585, %v1014, %v321 : f32
                %v2588 = arith.addf %v2585, %v2586 fastmath<contract> : f32
                %v2589 = arith.divui %v18, %v20 : i64
                %v2590 = arith.remui %v18, %v20 : i64
                %v2591 = arith.cmpi ult, %v2590, %v32 : i64
                %v2592 = arith.addi %v32, %v33 : i64
                %v2593 = arith.muli %v2589, %v1 : i64
                %v2594 = arith.addi %v2593, %v2592 : i64
                %v2595 = arith.muli %v2594, %v1024 : i64
                %v2596 = arith.addi %v2595, %v2414 : i64
                scf.if %v2591 {
                  %v2597 = llvm.getelementptr %v62[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2588, %v2597 : f32, !llvm.ptr
                }
                %v2598 = arith.muli %v33, %v198 : i64
                %v2599 = arith.subi %v2415, %v168 : i64
                %v2600 = arith.addi %v2598, %v2599 : i64
                %v2601 = llvm.getelementptr %v66[%v2600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2602 = llvm.load %v2601 : !llvm.ptr -> f32
                %v2603 = arith.mulf %v2602, %v2458 fastmath<contract> : f32
                %v2604 = arith.constant 8 : i64
                %v2605 = arith.addi %v2604, %v33 : i64
                %v2606 = arith.muli %v2605, %v198 : i64
                %v2607 = arith.subi %v2415, %v168 : i64
                %v2608 = arith.addi %v2606, %v2607 : i64
                %v2609 = llvm.getelementptr %v66[%v2608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2610 = llvm.load %v2609 : !llvm.ptr -> f32
                %v2611 = arith.mulf %v2610, %v2460 fastmath<contract> : f32
                %v2612 = arith.addf %v2603, %v2611 fastmath<contract> : f32
                llvm.store %v2612, %v898 : f32, !llvm.ptr
                %v2613 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2471) : (f32) -> f32
                %v2614 = arith.mulf %v336, %v2613 fastmath<contract> : f32
                %v2615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2614) : (f32) -> f32
                llvm.store %v2615, %v55 : f32, !llvm.ptr
                %v2616 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2492) : (f32) -> f32
                %v2617 = arith.mulf %v336, %v2616 fastmath<contract> : f32
                %v2618 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2617) : (f32) -> f32
                llvm.store %v2618, %v56 : f32, !llvm.ptr
              }
              %v2619 = llvm.load %v898 : !llvm.ptr -> f32
              %v2620 = arith.select %v901, %v2619, %v2409 : f32
              %v2621 = arith.select %v901, %v2409, %v2619 : f32
              %v2622, %v2623 = gpu.shuffle xor %v2620, %v1342, %v321 : f32
              %v2624 = arith.addf %v2621, %v2622 fastmath<contract> : f32
              %v2625 = arith.select %v904, %v2624, %v2200 : f32
              %v2626 = arith.select %v904, %v2200, %v2624 : f32
              %v2627, %v2628 = gpu.shuffle xor %v2625, %v1773, %v321 : f32
              %v2629 = arith.addf %v2626, %v2627 fastmath<contract> : f32
              %v2630 = arith.select %v907, %v2629, %v1776 : f32
              %v2631 = arith.select %v907, %v1776, %v2629 : f32
              %v2632, %v2633 = gpu.shuffle xor %v2630, %v1557, %v321 : f32
              %v2634 = arith.addf %v2631, %v2632 fastmath<contract> : f32
              %v2635 = arith.addi %v405, %v33 : i64
              %v2636 = arith.cmpi slt, %v2635, %v170 : i64
              %v2637 = arith.andi %v37, %v2636 : i1
              scf.if %v2637 {
                %v2638 = arith.addi %v168, %v2635 : i64
                // the gradients of this lane's own step
                %v2639 = arith.muli %v47, %v347 : i64
                %v2640 = arith.muli %v2638, %v346 : i64
                %v2641 = arith.addi %v2639, %v2640 : i64
                %v2642 = arith.muli %v45, %v345 : i64
                %v2643 = arith.addi %v2641, %v2642 : i64
                %v2644 = arith.muli %v43, %v2 : i64
                %v2645 = arith.addi %v2643, %v2644 : i64
                %v2646 = llvm.getelementptr %dx_v[%v2645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2634, %v2646 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2651 = arith.index_cast %v18 : i64 to index
          %v2652 = arith.index_cast %v8 : i64 to index
          %v2653 = arith.index_cast %v8 : i64 to index
          scf.for %v2654 = %v2651 to %v2652 step %v2653 {
            %v2655 = arith.index_cast %v2654 : index to i64
            %v2656 = arith.remui %v2655, %v1 : i64
            %v2657 = arith.divui %v2655, %v1 : i64
            %v2658 = arith.muli %v394, %v387 : i64
            %v2659 = arith.divui %v2656, %v32 : i64
            %v2660 = arith.addi %v2658, %v2659 : i64
            %v2661 = arith.cmpi slt, %v2660, %v172 : i64
            %v2662 = arith.subi %v172, %v2 : i64
            %v2663 = arith.subi %v2662, %v2660 : i64
            %v2664 = arith.remui %v2656, %v32 : i64
            %v2665 = arith.subi %v118, %v2664 : i64
            %v2666 = arith.muli %v2663, %v32 : i64
            %v2667 = arith.addi %v2666, %v2665 : i64
            %v2668 = arith.cmpi slt, %v2667, %v170 : i64
            %v2669 = arith.andi %v2661, %v2668 : i1
            scf.if %v2669 {
              %v2670 = arith.addi %v168, %v2667 : i64
              %v2671 = arith.muli %v71, %v1 : i64
              %v2672 = arith.addi %v2671, %v2657 : i64
              %v2673 = arith.muli %v2672, %v1024 : i64
              %v2674 = arith.addi %v2673, %v2656 : i64
              %v2675 = llvm.getelementptr %v58[%v2674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2676 = llvm.load %v2675 : !llvm.ptr -> f32
              %v2677 = arith.muli %v2, %v1 : i64
              %v2678 = arith.addi %v2677, %v2657 : i64
              %v2679 = arith.muli %v2678, %v1024 : i64
              %v2680 = arith.addi %v2679, %v2656 : i64
              %v2681 = llvm.getelementptr %v58[%v2680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2682 = llvm.load %v2681 : !llvm.ptr -> f32
              %v2683 = arith.addf %v2676, %v2682 fastmath<contract> : f32
              %v2684 = arith.muli %v387, %v1 : i64
              %v2685 = arith.addi %v2684, %v2657 : i64
              %v2686 = arith.muli %v2685, %v1024 : i64
              %v2687 = arith.addi %v2686, %v2656 : i64
              %v2688 = llvm.getelementptr %v58[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2689 = llvm.load %v2688 : !llvm.ptr -> f32
              %v2690 = arith.addf %v2683, %v2689 fastmath<contract> : f32
              %v2691 = arith.muli %v605, %v1 : i64
              %v2692 = arith.addi %v2691, %v2657 : i64
              %v2693 = arith.muli %v2692, %v1024 : i64
              %v2694 = arith.addi %v2693, %v2656 : i64
              %v2695 = llvm.getelementptr %v58[%v2694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2696 = llvm.load %v2695 : !llvm.ptr -> f32
              %v2697 = arith.addf %v2690, %v2696 fastmath<contract> : f32
              %v2698 = arith.muli %v49, %v1 : i64
              %v2699 = arith.addi %v2698, %v2657 : i64
              %v2700 = arith.muli %v2699, %v1024 : i64
              %v2701 = arith.addi %v2700, %v2656 : i64
              %v2702 = llvm.getelementptr %v58[%v2701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2703 = llvm.load %v2702 : !llvm.ptr -> f32
              %v2704 = arith.addf %v2697, %v2703 fastmath<contract> : f32
              %v2705 = arith.muli %v722, %v1 : i64
              %v2706 = arith.addi %v2705, %v2657 : i64
              %v2707 = arith.muli %v2706, %v1024 : i64
              %v2708 = arith.addi %v2707, %v2656 : i64
              %v2709 = llvm.getelementptr %v58[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
              %v2711 = arith.addf %v2704, %v2710 fastmath<contract> : f32
              %v2712 = arith.muli %v781, %v1 : i64
              %v2713 = arith.addi %v2712, %v2657 : i64
              %v2714 = arith.muli %v2713, %v1024 : i64
              %v2715 = arith.addi %v2714, %v2656 : i64
              %v2716 = llvm.getelementptr %v58[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
              %v2718 = arith.addf %v2711, %v2717 fastmath<contract> : f32
              %v2719 = arith.muli %v118, %v1 : i64
              %v2720 = arith.addi %v2719, %v2657 : i64
              %v2721 = arith.muli %v2720, %v1024 : i64
              %v2722 = arith.addi %v2721, %v2656 : i64
              %v2723 = llvm.getelementptr %v58[%v2722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2724 = llvm.load %v2723 : !llvm.ptr -> f32
              %v2725 = arith.addf %v2718, %v2724 fastmath<contract> : f32
              %v2726 = arith.remui %v2657, %v1 : i64
              %v2727 = arith.divui %v2657, %v1 : i64
              %v2728 = arith.muli %v47, %v188 : i64
              %v2729 = arith.muli %v2670, %v187 : i64
              %v2730 = arith.addi %v2728, %v2729 : i64
              %v2731 = arith.muli %v45, %v186 : i64
              %v2732 = arith.addi %v2730, %v2731 : i64
              %v2733 = arith.muli %v2726, %v2 : i64
              %v2734 = arith.addi %v2732, %v2733 : i64
              %v2735 = arith.muli %v31, %v2650 : i64
              %v2736 = arith.addi %v2735, %v2734 : i64
              %v2737 = llvm.getelementptr %part_q[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2725, %v2737 : f32, !llvm.ptr
            }
          }
          %v2742 = arith.index_cast %v18 : i64 to index
          %v2743 = arith.index_cast %v8 : i64 to index
          %v2744 = arith.index_cast %v8 : i64 to index
          scf.for %v2745 = %v2742 to %v2743 step %v2744 {
            %v2746 = arith.index_cast %v2745 : index to i64
            %v2747 = arith.remui %v2746, %v1 : i64
            %v2748 = arith.divui %v2746, %v1 : i64
            %v2749 = arith.muli %v394, %v387 : i64
            %v2750 = arith.divui %v2747, %v32 : i64
            %v2751 = arith.addi %v2749, %v2750 : i64
            %v2752 = arith.cmpi slt, %v2751, %v172 : i64
            %v2753 = arith.subi %v172, %v2 : i64
            %v2754 = arith.subi %v2753, %v2751 : i64
            %v2755 = arith.remui %v2747, %v32 : i64
            %v2756 = arith.subi %v118, %v2755 : i64
            %v2757 = arith.muli %v2754, %v32 : i64
            %v2758 = arith.addi %v2757, %v2756 : i64
            %v2759 = arith.cmpi slt, %v2758, %v170 : i64
            %v2760 = arith.andi %v2752, %v2759 : i1
            scf.if %v2760 {
              %v2761 = arith.addi %v168, %v2758 : i64
              %v2762 = arith.muli %v71, %v1 : i64
              %v2763 = arith.addi %v2762, %v2748 : i64
              %v2764 = arith.muli %v2763, %v1024 : i64
              %v2765 = arith.addi %v2764, %v2747 : i64
              %v2766 = llvm.getelementptr %v60[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
              %v2768 = arith.muli %v2, %v1 : i64
              %v2769 = arith.addi %v2768, %v2748 : i64
              %v2770 = arith.muli %v2769, %v1024 : i64
              %v2771 = arith.addi %v2770, %v2747 : i64
              %v2772 = llvm.getelementptr %v60[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2773 = llvm.load %v2772 : !llvm.ptr -> f32
              %v2774 = arith.addf %v2767, %v2773 fastmath<contract> : f32
              %v2775 = arith.muli %v387, %v1 : i64
              %v2776 = arith.addi %v2775, %v2748 : i64
              %v2777 = arith.muli %v2776, %v1024 : i64
              %v2778 = arith.addi %v2777, %v2747 : i64
              %v2779 = llvm.getelementptr %v60[%v2778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2780 = llvm.load %v2779 : !llvm.ptr -> f32
              %v2781 = arith.addf %v2774, %v2780 fastmath<contract> : f32
              %v2782 = arith.muli %v605, %v1 : i64
              %v2783 = arith.addi %v2782, %v2748 : i64
              %v2784 = arith.muli %v2783, %v1024 : i64
              %v2785 = arith.addi %v2784, %v2747 : i64
              %v2786 = llvm.getelementptr %v60[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2787 = llvm.load %v2786 : !llvm.ptr -> f32
              %v2788 = arith.addf %v2781, %v2787 fastmath<contract> : f32
              %v2789 = arith.muli %v49, %v1 : i64
              %v2790 = arith.addi %v2789, %v2748 : i64
              %v2791 = arith.muli %v2790, %v1024 : i64
              %v2792 = arith.addi %v2791, %v2747 : i64
              %v2793 = llvm.getelementptr %v60[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2794 = llvm.load %v2793 : !llvm.ptr -> f32
              %v2795 = arith.addf %v2788, %v2794 fastmath<contract> : f32
              %v2796 = arith.muli %v722, %v1 : i64
              %v2797 = arith.addi %v2796, %v2748 : i64
              %v2798 = arith.muli %v2797, %v1024 : i64
              %v2799 = arith.addi %v2798, %v2747 : i64
              %v2800 = llvm.getelementptr %v60[%v2799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2801 = llvm.load %v2800 : !llvm.ptr -> f32
              %v2802 = arith.addf %v2795, %v2801 fastmath<contract> : f32
              %v2803 = arith.muli %v781, %v1 : i64
              %v2804 = arith.addi %v2803, %v2748 : i64
              %v2805 = arith.muli %v2804, %v1024 : i64
              %v2806 = arith.addi %v2805, %v2747 : i64
              %v2807 = llvm.getelementptr %v60[%v2806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2808 = llvm.load %v2807 : !llvm.ptr -> f32
              %v2809 = arith.addf %v2802, %v2808 fastmath<contract> : f32
              %v2810 = arith.muli %v118, %v1 : i64
              %v2811 = arith.addi %v2810, %v2748 : i64
              %v2812 = arith.muli %v2811, %v1024 : i64
              %v2813 = arith.addi %v2812, %v2747 : i64
              %v2814 = llvm.getelementptr %v60[%v2813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2815 = llvm.load %v2814 : !llvm.ptr -> f32
              %v2816 = arith.addf %v2809, %v2815 fastmath<contract> : f32
              %v2817 = arith.remui %v2748, %v1 : i64
              %v2818 = arith.divui %v2748, %v1 : i64
              %v2819 = arith.muli %v47, %v188 : i64
              %v2820 = arith.muli %v2761, %v187 : i64
              %v2821 = arith.addi %v2819, %v2820 : i64
              %v2822 = arith.muli %v45, %v186 : i64
              %v2823 = arith.addi %v2821, %v2822 : i64
              %v2824 = arith.muli %v2817, %v2 : i64
              %v2825 = arith.addi %v2823, %v2824 : i64
              %v2826 = arith.muli %v31, %v2741 : i64
              %v2827 = arith.addi %v2826, %v2825 : i64
              %v2828 = llvm.getelementptr %part_k[%v2827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2816, %v2828 : f32, !llvm.ptr
            }
          }
          %v2833 = arith.index_cast %v18 : i64 to index
          %v2834 = arith.index_cast %v8 : i64 to index
          %v2835 = arith.index_cast %v8 : i64 to index
          scf.for %v2836 = %v2833 to %v2834 step %v2835 {
            %v2837 = arith.index_cast %v2836 : index to i64
            %v2838 = arith.remui %v2837, %v1 : i64
            %v2839 = arith.divui %v2837, %v1 : i64
            %v2840 = arith.muli %v394, %v387 : i64
            %v2841 = arith.divui %v2838, %v32 : i64
            %v2842 = arith.addi %v2840, %v2841 : i64
            %v2843 = arith.cmpi slt, %v2842, %v172 : i64
            %v2844 = arith.subi %v172, %v2 : i64
            %v2845 = arith.subi %v2844, %v2842 : i64
            %v2846 = arith.remui %v2838, %v32 : i64
            %v2847 = arith.subi %v118, %v2846 : i64
            %v2848 = arith.muli %v2845, %v32 : i64
            %v2849 = arith.addi %v2848, %v2847 : i64
            %v2850 = arith.cmpi slt, %v2849, %v170 : i64
            %v2851 = arith.andi %v2843, %v2850 : i1
            scf.if %v2851 {
              %v2852 = arith.addi %v168, %v2849 : i64
              %v2853 = arith.muli %v71, %v1 : i64
              %v2854 = arith.addi %v2853, %v2839 : i64
              %v2855 = arith.muli %v2854, %v1024 : i64
              %v2856 = arith.addi %v2855, %v2838 : i64
              %v2857 = llvm.getelementptr %v62[%v2856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2858 = llvm.load %v2857 : !llvm.ptr -> f32
              %v2859 = arith.muli %v2, %v1 : i64
              %v2860 = arith.addi %v2859, %v2839 : i64
              %v2861 = arith.muli %v2860, %v1024 : i64
              %v2862 = arith.addi %v2861, %v2838 : i64
              %v2863 = llvm.getelementptr %v62[%v2862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2864 = llvm.load %v2863 : !llvm.ptr -> f32
              %v2865 = arith.addf %v2858, %v2864 fastmath<contract> : f32
              %v2866 = arith.muli %v387, %v1 : i64
              %v2867 = arith.addi %v2866, %v2839 : i64
              %v2868 = arith.muli %v2867, %v1024 : i64
              %v2869 = arith.addi %v2868, %v2838 : i64
              %v2870 = llvm.getelementptr %v62[%v2869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2871 = llvm.load %v2870 : !llvm.ptr -> f32
              %v2872 = arith.addf %v2865, %v2871 fastmath<contract> : f32
              %v2873 = arith.muli %v605, %v1 : i64
              %v2874 = arith.addi %v2873, %v2839 : i64
              %v2875 = arith.muli %v2874, %v1024 : i64
              %v2876 = arith.addi %v2875, %v2838 : i64
              %v2877 = llvm.getelementptr %v62[%v2876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2878 = llvm.load %v2877 : !llvm.ptr -> f32
              %v2879 = arith.addf %v2872, %v2878 fastmath<contract> : f32
              %v2880 = arith.muli %v49, %v1 : i64
              %v2881 = arith.addi %v2880, %v2839 : i64
              %v2882 = arith.muli %v2881, %v1024 : i64
              %v2883 = arith.addi %v2882, %v2838 : i64
              %v2884 = llvm.getelementptr %v62[%v2883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2885 = llvm.load %v2884 : !llvm.ptr -> f32
              %v2886 = arith.addf %v2879, %v2885 fastmath<contract> : f32
              %v2887 = arith.muli %v722, %v1 : i64
              %v2888 = arith.addi %v2887, %v2839 : i64
              %v2889 = arith.muli %v2888, %v1024 : i64
              %v2890 = arith.addi %v2889, %v2838 : i64
              %v2891 = llvm.getelementptr %v62[%v2890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2892 = llvm.load %v2891 : !llvm.ptr -> f32
              %v2893 = arith.addf %v2886, %v2892 fastmath<contract> : f32
              %v2894 = arith.muli %v781, %v1 : i64
              %v2895 = arith.addi %v2894, %v2839 : i64
              %v2896 = arith.muli %v2895, %v1024 : i64
              %v2897 = arith.addi %v2896, %v2838 : i64
              %v2898 = llvm.getelementptr %v62[%v2897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2899 = llvm.load %v2898 : !llvm.ptr -> f32
              %v2900 = arith.addf %v2893, %v2899 fastmath<contract> : f32
              %v2901 = arith.muli %v118, %v1 : i64
              %v2902 = arith.addi %v2901, %v2839 : i64
              %v2903 = arith.muli %v2902, %v1024 : i64
              %v2904 = arith.addi %v2903, %v2838 : i64
              %v2905 = llvm.getelementptr %v62[%v2904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2906 = llvm.load %v2905 : !llvm.ptr -> f32
              %v2907 = arith.addf %v2900, %v2906 fastmath<contract> : f32
              %v2908 = arith.remui %v2839, %v1 : i64
              %v2909 = arith.divui %v2839, %v1 : i64
              %v2910 = arith.muli %v47, %v188 : i64
              %v2911 = arith.muli %v2852, %v187 : i64
              %v2912 = arith.addi %v2910, %v2911 : i64
              %v2913 = arith.muli %v45, %v186 : i64
              %v2914 = arith.addi %v2912, %v2913 : i64
              %v2915 = arith.muli %v2908, %v2 : i64
              %v2916 = arith.addi %v2914, %v2915 : i64
              %v2917 = arith.muli %v31, %v2832 : i64
              %v2918 = arith.addi %v2917, %v2916 : i64
              %v2919 = llvm.getelementptr %part_g[%v2918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2907, %v2919 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2920 = arith.cmpi eq, %v28, %v71 : i64
      scf.if %v2920 {
      }
      gpu.return
    }
  }
}
